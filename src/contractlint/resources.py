"""Where the grammar and the bundled rule packs are.

An installed wheel carries them in ``contractlint/_data``; a development checkout (editable
install) reads them from the top of the repository, where authors edit them.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_REPO = _PACKAGE.parent.parent


def _data_dir(name: str) -> Path:
    bundled = _PACKAGE / "_data" / name
    if bundled.is_dir():
        return bundled
    return _REPO / name


def grammar_path() -> Path:
    """The Lark grammar of the rule language."""
    return _data_dir("grammar") / "contractlint.lark"


def bundled_rules_dir() -> Path:
    """The folder of the bundled rule packs."""
    return _data_dir("rules")
