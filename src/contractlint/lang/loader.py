"""Find rule files (the bundled packs and the user's folders), parse them and compile them together.

Parsing and compiling the bundled packs takes most of a short run's time, so the compiled
``RuleSet`` is kept as a pickle in a user cache folder: ``$CONTRACTLINT_CACHE_DIR`` if set (an
empty value turns the cache off), else ``$XDG_CACHE_HOME/contractlint``, else
``~/.cache/contractlint``. Its name is a hash of everything the result depends on: each rule
file's path and contents, the grammar, the package version and the code that parses and
compiles rules, so an edit to any of them misses the cache. It is written atomically; one that
cannot be read is ignored and rebuilt; a folder that cannot be written to means no cache; the
eight most recent sets are kept.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from contractlint.errors import UsageError
from contractlint.resources import bundled_rules_dir, grammar_path

if TYPE_CHECKING:
    from contractlint.lang.compiler import RuleSet

RULE_SUFFIX = ".cl"
_CACHE_FORMAT = b"contractlint-rules-1"
# Compiled sets kept; older ones are removed when a new one is written (tests and users with
# many rule folders would otherwise fill the folder).
KEEP = 8
# The modules whose code shapes a compiled RuleSet (its model, the parser, the stems).
_COMPILING_MODULES = ("lang/ast.py", "lang/compiler.py", "lang/parser.py", "nlp/normalize.py", "nlp/fastscan.py")
_PACKAGE = Path(__file__).resolve().parent.parent


def rule_files(folders: Sequence[Path]) -> list[Path]:
    """The rule files in some folders (or single files), in a stable order."""
    out: list[Path] = []
    for folder in folders:
        if folder.is_file():
            out.append(folder)
        elif folder.is_dir():
            out.extend(sorted(p for p in folder.rglob(f"*{RULE_SUFFIX}") if p.is_file()))
        else:
            raise UsageError(f"rule folder not found: {folder}")
    return out


def load_rules(extra: Sequence[Path] = (), bundled: bool = True) -> RuleSet:
    """Parse and compile the bundled packs (unless ``bundled`` is false) and the user's rule folders."""
    folders = ([bundled_rules_dir()] if bundled else []) + list(extra)
    files = rule_files(folders)
    if not files:
        raise UsageError("no rule files found (rule files end in .cl)")
    folder = cache_dir()
    cached = folder / f"rules-{cache_key(files)}.pickle" if folder is not None else None
    if cached is not None:
        found = _read_cache(cached)
        if found is not None:
            return found
    from contractlint.lang.compiler import compile_rules
    from contractlint.lang.parser import parse_rule_file

    rules = compile_rules([parse_rule_file(p) for p in files])
    if cached is not None:
        _write_cache(cached, rules)
    return rules


def cache_dir() -> Path | None:
    """The folder of the compiled-rules cache, or None when the cache is turned off."""
    chosen = os.environ.get("CONTRACTLINT_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "contractlint"


def cache_key(files: Sequence[Path]) -> str:
    """A hash of all a compiled RuleSet depends on."""
    from contractlint import __version__

    digest = hashlib.sha256(_CACHE_FORMAT)
    digest.update(f"{__version__}|{sys.version_info[:2]}|{_pydantic_version()}".encode())
    for path in (grammar_path(), *(_PACKAGE / m for m in _COMPILING_MODULES)):
        digest.update(_bytes(path))
    for path in files:
        # The path too: compiled rules carry it into every message and location.
        digest.update(str(path).encode("utf-8", "surrogateescape") + b"\0")
        digest.update(_bytes(path))
    return digest.hexdigest()[:32]


def _bytes(path: Path) -> bytes:
    data = path.read_bytes()
    return len(data).to_bytes(8, "big") + data


def _pydantic_version() -> str:
    from pydantic import VERSION

    return VERSION


def _read_cache(path: Path) -> RuleSet | None:
    """The cached RuleSet, or None if there is none or it cannot be read (it is then rebuilt)."""
    from contractlint.lang.compiler import RuleSet

    try:
        with path.open("rb") as fh:
            found = pickle.load(fh)  # noqa: S301 - our own file, in the user's own cache folder
    except FileNotFoundError:
        return None
    except Exception:  # noqa: BLE001 - a truncated or foreign pickle raises almost anything
        return None
    return found if isinstance(found, RuleSet) else None


def _write_cache(path: Path, rules: RuleSet) -> None:
    """Write the cache atomically (temporary file, then rename); a folder we cannot write is no error."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(rules, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except (OSError, pickle.PicklingError):
        Path(tmp).unlink(missing_ok=True)
        return
    _prune(path.parent)


def _prune(folder: Path) -> None:
    """Remove all but the KEEP most recently written compiled sets."""
    try:
        found = sorted(folder.glob("rules-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in found[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass  # another run pruning at the same time, or a read-only entry: the next write retries
