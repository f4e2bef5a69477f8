"""Configuration: ``contractlint.toml`` or ``[tool.contractlint]`` in ``pyproject.toml``, validated once.

The file is found upward from the working directory: the first folder that holds a
``contractlint.toml``, or a ``pyproject.toml`` with a ``[tool.contractlint]`` table, wins
(``contractlint.toml`` first when a folder has both). ``--config PATH`` names one instead, and it
must exist. Options given on the command line override the file.

Example ``contractlint.toml`` (in a ``pyproject.toml`` the same keys go under ``[tool.contractlint]``,
``[tool.contractlint.severity]`` and ``[[tool.contractlint.waivers]]``)::

    packs = ["bpo-governance", "bpo-escalation"]   # bundled packs to use (default: all)
    rules = ["contract-rules"]                      # extra rule folders, relative to this file
    disable = ["RED-003"]
    fail-on = "medium"
    format = "text"
    client = "Northwind"                            # role hints, as --client / --provider
    exclude = ["drafts/**", "*.txt"]                # skipped when a folder is searched

    [severity]
    GOV-003 = "critical"

    [[waivers]]
    rule = "INC-002"
    files = "legacy/*.pdf"
    reason = "Renegotiation agreed for the 2027 renewal"
    approver = "J. Smith (Legal)"
    expires = 2026-12-31

Globs (``exclude``, a waiver's ``files``) use ``fnmatch``: ``*`` also matches ``/``, and a
leading ``**/`` also matches nothing. A path matches when its form as given, or its form relative
to the configuration file's folder, matches.

Line numbers: ``tomllib`` gives no positions, so an error's line is found by searching the file's
text for the key (for a bad value in a list, for the quoted value after its key), only within the
``[tool.contractlint]`` tables of a ``pyproject.toml``. A key written in an unusual way (quoted
dotted keys, an array of inline tables) may be reported at the line of its table or array instead.
"""

from __future__ import annotations

import difflib
import fnmatch
import re
import tomllib
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Annotated

from pydantic import (BaseModel, ConfigDict, Field, PrivateAttr, StringConstraints, ValidationError, ValidationInfo,
                      field_validator)

from contractlint.errors import ConfigError, UsageError
from contractlint.lang.ast import Severity
from contractlint.lang.compiler import RuleSet

OWN_FILE, PYPROJECT, TABLE = "contractlint.toml", "pyproject.toml", "tool.contractlint"
SEVERITIES = ", ".join(s.value for s in Severity)

Glob = Annotated[str, StringConstraints(min_length=1)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class Waiver(BaseModel):
    """An accepted finding: one rule on the files a glob matches, with a reason, an approver and an end."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    rule: str
    files: Glob = Field("*", description="glob matched against the contract's path (default: every file)")
    reason: Text
    approver: Text
    expires: date = Field(description="the last day the waiver applies")


class Config(BaseModel):
    """The validated configuration; every key has the default a run without a file uses."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    packs: tuple[str, ...] | None = Field(None, description="bundled packs to use; None means all")
    rules: tuple[Path, ...] = Field((), description="extra rule folders, resolved against the file's folder")
    disable: tuple[str, ...] = ()
    severity: dict[str, Severity] = Field(default_factory=dict)
    fail_on: Severity = Field(Severity.high, alias="fail-on")
    format: str = "text"
    client: str | None = None
    provider: str | None = None
    exclude: tuple[Glob, ...] = ()
    waivers: tuple[Waiver, ...] = ()

    _path: Path | None = PrivateAttr(None)
    _text: str = PrivateAttr("")
    _table: str = PrivateAttr("")

    @field_validator("rules")
    @classmethod
    def _resolve_rules(cls, value: tuple[Path, ...], info: ValidationInfo) -> tuple[Path, ...]:
        base = (info.context or {}).get("base", Path.cwd())
        out = tuple(p if p.is_absolute() else base / p for p in value)
        for p in out:
            if not p.exists():
                raise ValueError(f"rule folder not found: {p}")
        return out

    @field_validator("format")
    @classmethod
    def _known_format(cls, value: str) -> str:
        from contractlint.report.registry import REPORTERS

        if value not in REPORTERS:
            raise ValueError(f"unknown format '{value}'{_did_you_mean(value, REPORTERS)}; "
                             f"choose {', '.join(REPORTERS)}")
        return value

    @property
    def path(self) -> Path | None:
        """The file this came from, or None for the defaults."""
        return self._path

    @property
    def base(self) -> Path:
        """The folder relative paths and globs are taken from: the file's folder, else the working one."""
        return self._path.parent if self._path else Path.cwd()

    def error(self, message: str, loc: Sequence[str | int], value: str | None = None) -> ConfigError:
        """A ConfigError naming this file, the line of ``loc`` (or of ``value`` under it) and the key."""
        return ConfigError(message, path=str(self._path or "<defaults>"), key=key_name(loc),
                           line=find_line(self._text, loc, self._table, value))


# -- finding and loading -------------------------------------------------------------------------
def find_config(start: Path) -> Path | None:
    """The nearest configuration file in ``start`` or a folder above it, or None."""
    for folder in (start, *start.parents):
        own, pyproject = folder / OWN_FILE, folder / PYPROJECT
        if own.is_file():
            return own
        # A quick look first: an unrelated, possibly broken pyproject.toml must not stop the search.
        if pyproject.is_file() and re.search(r"^\s*\[\[?\s*tool\.contractlint\b", _read(pyproject), re.M):
            return pyproject
    return None


def load_config(named: Path | None = None, cwd: Path | None = None) -> Config:
    """The file named with ``--config`` (which must exist), else the one found upward, else defaults."""
    if named is not None:
        if not named.is_file():
            raise UsageError(f"configuration file not found: {named}")
        return read_config(named)
    found = find_config((cwd or Path.cwd()).resolve())
    return read_config(found) if found else Config()


def read_config(path: Path) -> Config:
    """Parse and validate one configuration file; every problem is a ConfigError with its line."""
    text = _read(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"\(at line (\d+), column \d+\)", str(exc))
        line = int(m.group(1)) if m else (len(text.splitlines()) or None)
        message = re.sub(r" \(at (line \d+, column \d+|end of document)\)", "", str(exc))
        raise ConfigError(f"not valid TOML: {message}", path=str(path), line=line) from None
    table = ""
    if path.name == PYPROJECT:
        table, data = TABLE, data.get("tool", {}).get("contractlint")
        if data is None:
            raise ConfigError("has no [tool.contractlint] table", path=str(path))
    try:
        config = Config.model_validate(data, context={"base": path.resolve().parent})
    except ValidationError as exc:
        raise _validation_error(exc, path, text, table) from None
    config._path, config._text, config._table = path, text, table
    return config


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read the configuration file: {exc}", path=str(path)) from None


# -- applying it to the rules --------------------------------------------------------------------
def with_overrides(rules: RuleSet, config: Config) -> RuleSet:
    """The rule set with bundled packs chosen, rules disabled and severities overridden.

    Every rule id the configuration names (in ``disable``, ``severity`` and waivers) must be loaded.
    """
    known = [r.id for r in rules.rules]
    for rule_id in config.disable:
        _check_rule(config, known, rule_id, ("disable",), rule_id)
    for rule_id in config.severity:
        _check_rule(config, known, rule_id, ("severity", rule_id))
    for i, waiver in enumerate(config.waivers):
        _check_rule(config, known, waiver.rule, ("waivers", i, "rule"))
    bundled = _bundled_packs(rules)
    drop = set(config.disable)
    if config.packs is not None and bundled:
        for name in config.packs:
            if name not in bundled:
                raise config.error(f"unknown pack '{name}'{_did_you_mean(name, bundled)}; "
                                   f"bundled packs: {', '.join(sorted(bundled))}", ("packs",), name)
        unused = bundled - set(config.packs)
        drop |= {r.id for r in rules.rules if r.pack in unused}
    else:
        unused = set()
    kept = tuple(
        r.model_copy(update={"severity": config.severity[r.id].value}) if r.id in config.severity else r
        for r in rules.rules if r.id not in drop
    )
    return rules.model_copy(update={"rules": kept, "packs": tuple(p for p in rules.packs if p.name not in unused)})


def _bundled_packs(rules: RuleSet) -> set[str]:
    from contractlint.resources import bundled_rules_dir

    root = bundled_rules_dir().resolve()
    return {p.name for p in rules.packs if Path(p.file).resolve().is_relative_to(root)}


def _check_rule(config: Config, known: list[str], rule_id: str, loc: Sequence[str | int], value: str | None = None):
    if rule_id in known:
        return
    prefix = rule_id.split("-")[0].upper()
    family = [k for k in known if k.startswith(prefix + "-")]
    listed = f"{prefix} rules: {', '.join(family)}" if family else f"loaded rules: {', '.join(known)}"
    raise config.error(f"unknown rule id '{rule_id}'{_did_you_mean(rule_id, known)}; {listed}", loc, value)


# -- paths and globs -----------------------------------------------------------------------------
def path_forms(path: str | Path, base: Path) -> list[str]:
    """The forms of a path a glob is tried on: as given, and relative to ``base`` when inside it."""
    p = Path(path)
    forms = [p.as_posix().removeprefix("./")]
    try:
        rel = p.resolve().relative_to(base.resolve()).as_posix()
    except (ValueError, OSError, RuntimeError):  # outside base, or a symlink loop
        rel = None
    if rel and rel not in forms:
        forms.append(rel)
    return forms


def glob_match(pattern: str, forms: Sequence[str]) -> bool:
    """Whether any form matches ``pattern`` (``*`` crosses ``/``; ``**/`` may match nothing)."""
    patterns = [pattern] + ([pattern[3:]] if pattern.startswith("**/") else [])
    return any(fnmatch.fnmatchcase(f, p) for f in forms for p in patterns)


# -- error messages ------------------------------------------------------------------------------
_TYPES = {
    "tuple_type": "must be an array", "list_type": "must be an array", "string_type": "must be a string",
    "dict_type": "must be a table", "model_type": "must be a table", "string_too_short": "must not be empty",
    "date_from_datetime_inexact": "must be a date, not a date and time",
}


def _validation_error(exc: ValidationError, path: Path, text: str, table: str) -> ConfigError:
    # An unknown key first: a misspelt key also shows up as the missing key it was meant to be.
    err = min(exc.errors(), key=lambda e: e["type"] != "extra_forbidden")
    loc, kind, value = err["loc"], err["type"], err.get("input")
    name = str(loc[-1]) if loc else ""
    if kind == "extra_forbidden":
        valid = _keys(Waiver if "waivers" in loc[:-1] else Config)
        message = f"unknown key '{name}'{_did_you_mean(name, valid)}; valid keys: {', '.join(valid)}"
    elif kind == "missing" and "waivers" in loc:
        message = (f"waiver {loc[1] + 1} has no '{name}': every waiver needs rule, reason, approver and expires "
                   "(files defaults to every file)")
    elif kind == "missing":
        message = f"missing key '{name}'"
    elif kind == "enum":
        near = _did_you_mean(str(value), [s.value for s in Severity])
        message = f"unknown severity '{value}'{near}; choose {SEVERITIES}"
    elif kind == "value_error":
        message = err["msg"].removeprefix("Value error, ")
    elif not loc:
        message = "the configuration must be a table of keys"
    elif kind.startswith("date") and kind not in _TYPES:
        message = f"'{value}' is not a date: write it as 2026-12-31"
    else:
        message = _TYPES.get(kind, err["msg"])
    # A missing key has no line of its own: point at the table that lacks it.
    at = loc[:-1] if kind == "missing" else loc
    return ConfigError(message, path=str(path), line=find_line(text, at, table), key=key_name(loc) or None)


def _keys(model: type[BaseModel]) -> list[str]:
    return [f.alias or n for n, f in model.model_fields.items()]


def _did_you_mean(word: str, choices) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def key_name(loc: Sequence[str | int]) -> str:
    """``("waivers", 0, "reason")`` as ``waivers[0].reason``."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


# -- line numbers (tomllib gives none) -----------------------------------------------------------
_HEADER = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")


def _tables(lines: list[str], table: str) -> list[str | None]:
    """For each line, its table's name relative to ``table`` (None when outside it)."""
    out: list[str | None] = []
    current = ""
    for line in lines:
        m = _HEADER.match(line)
        if m:
            current = ".".join(p.strip().strip("\"'") for p in m.group(1).split("."))
        if not table:
            out.append(current)
        elif current == table:
            out.append("")
        else:
            out.append(current[len(table) + 1:] if current.startswith(table + ".") else None)
    return out


def _key_at(key: str, line: str, anywhere: bool) -> bool:
    k = re.escape(key)
    lead = r"(?:^|[\s{,.])" if anywhere else r"^\s*"
    return re.search(lead + rf"(?:\"{k}\"|'{k}'|{k})\s*[=.]", line) is not None


def find_line(text: str, loc: Sequence[str | int], table: str = "", value: str | None = None) -> int | None:
    """The 1-based line of the key at ``loc`` (and of the quoted ``value`` under it), found in the text."""
    lines = text.splitlines()
    tables = _tables(lines, table)
    found: int | None = None
    start, end, parents, header = 0, len(lines), [], False
    for part in loc:
        if isinstance(part, int):
            if found is None:
                break
            name = ".".join(parents)
            if header:  # the n-th [[array]] header, and its body up to the next header
                hits = [i for i in range(found, len(lines)) if tables[i] == name and _HEADER.match(lines[i])]
            else:  # an array of inline tables: the n-th '{' from the key
                hits = [i for i in range(found, len(lines)) for _ in range(lines[i].count("{"))]
            if part < len(hits):
                found = start = hits[part]
                end = next((i for i in range(start + 1, len(lines)) if _HEADER.match(lines[i])), len(lines))
            continue
        inner, here = ".".join([*parents, part]), ".".join(parents)
        for i in range(start, end if header else len(lines)):
            if tables[i] is None:
                continue
            if _HEADER.match(lines[i]) and tables[i] == inner:
                found, header = i, True
                break
            if (tables[i] == here and _key_at(part, lines[i], False)) or (i == found and _key_at(part, lines[i], True)):
                found, header = i, False
                break
        else:
            break
        start = found
        parents.append(part)
    if value is not None and found is not None:
        quoted = re.compile(rf"[\"']{re.escape(value)}[\"']")
        found = next((i for i in range(found, len(lines)) if tables[i] == tables[found] and quoted.search(lines[i])),
                     found)
    return found + 1 if found is not None else None
