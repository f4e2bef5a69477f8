"""Find rule files (the bundled packs and the user's folders), parse them and compile them together."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from contractlint.errors import UsageError
from contractlint.lang.compiler import RuleSet, compile_rules
from contractlint.lang.parser import parse_rule_file
from contractlint.resources import bundled_rules_dir

RULE_SUFFIX = ".cl"


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
    return compile_rules([parse_rule_file(p) for p in files])
