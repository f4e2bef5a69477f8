"""Baselines: accept the findings contracts have today and fail only on new ones.

``--write-baseline FILE`` records every gap and violation; ``--baseline FILE`` still reports them
all, but only findings not in the baseline count for the exit code. A finding is keyed by a
fingerprint that survives renumbering and moving clauses: a hash of the rule id, the status and the
normalised text of one evidence quote (case, spacing, leading clause numbers and cross-reference
numbers removed), never section numbers, pages or offsets. A verdict with several quotes is in the
baseline only when every quote is, so a second offending clause counts as new. A gap without
evidence is keyed by rule id, status and file.

Files are recorded relative to the baseline's folder, so the baseline works from any working
directory and survives moving the whole tree, but not renaming a contract.

Example::

    {"version": 1, "tool": "contractlint",
     "findings": [{"rule": "RED-003", "file": "contracts/msa.md", "status": "violation",
                   "fingerprint": "5c1f..."}]}
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from contractlint.engine.verdicts import FileResult, Status, Verdict
from contractlint.errors import UsageError

VERSION = 1
FINDINGS = (Status.gap, Status.violation)
# "4.1", "12.3(b).", "(b)", "iv)", "7." or "Clause 7:" at the start of a quote; a bare "4" only before a
# capital ("4 Service Levels"), so "30 days" keeps its number.
_LEADING_NUMBER = re.compile(
    r"^(?:(?i:clause|section|article|paragraph)\s+)?"
    r"(?:\d+(?:\.\d+)+(?:\([a-z0-9]{1,4}\))*[.:)]?|\d+(?:\([a-z0-9]{1,4}\))+[.:)]?|\d+[.:)]|\d+(?=\s+[A-Z])"
    r"|\([a-zA-Z0-9]{1,4}\)|[a-zA-Z0-9]{1,4}\))\s+")
# "clause 12.3(b)" inside a quote: the number changes when the contract is renumbered.
_REFERENCE = re.compile(r"\b(clauses?|sections?|articles?|paragraphs?|schedules?|annex(?:es)?|appendix)"
                        r"\s+\d+(?:\.\d+)*(?:\([a-z0-9]{1,4}\))*")


class Entry(BaseModel):
    """One recorded finding."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    rule: str
    file: str
    status: Status
    fingerprint: str


class Baseline(BaseModel):
    """The recorded findings and the folder their file paths are relative to."""

    model_config = ConfigDict(frozen=True)

    base: Path
    entries: frozenset[tuple[str, str]] = frozenset()

    def covers(self, path: str, verdict: Verdict) -> bool:
        """Whether a gap or violation was recorded (every one of its quotes, for a quoted finding)."""
        key = file_key(path, self.base)
        return verdict.status in FINDINGS and all((key, fp) in self.entries for fp in fingerprints(verdict, key))


def normalise_quote(quote: str) -> str:
    """The quote without what renumbering or reflowing changes: case, spacing, clause numbers."""
    text = " ".join(unicodedata.normalize("NFKC", quote).split())
    previous = None
    while previous != text:
        previous, text = text, _LEADING_NUMBER.sub("", text, count=1)
    return _REFERENCE.sub(r"\1 #", text.lower()).strip(" .;:")


def fingerprints(verdict: Verdict, file: str) -> list[str]:
    """One fingerprint per distinct evidence quote, or one keyed by the file when there is no evidence."""
    parts = sorted({normalise_quote(e.quote) for e in verdict.evidence}) or [f"file:{file}"]
    return [hashlib.sha256("\x1f".join((verdict.rule, verdict.status.value, p)).encode()).hexdigest() for p in parts]


def file_key(path: str | Path, base: Path) -> str:
    """The path relative to ``base`` when inside it (else absolute), with forward slashes."""
    resolved = Path(path).resolve()
    try:
        return resolved.relative_to(base.resolve()).as_posix()
    except ValueError:
        return resolved.as_posix()


def entries(results: Iterable[FileResult], base: Path) -> list[Entry]:
    """Every gap and violation in the results, as sorted, de-duplicated entries."""
    out: set[Entry] = set()
    for r in results:
        key = file_key(r.path, base)
        for v in r.verdicts:
            if v.status in FINDINGS:
                out.update(Entry(rule=v.rule, file=key, status=v.status, fingerprint=fp) for fp in fingerprints(v, key))
    return sorted(out, key=lambda e: (e.file, e.rule, e.status.value, e.fingerprint))


def render(results: Iterable[FileResult], target: Path) -> tuple[str, Baseline]:
    """The JSON text of a baseline for ``target`` and the Baseline it stands for."""
    base = target.resolve().parent
    found = entries(results, base)
    data = {"version": VERSION, "tool": "contractlint", "findings": [e.model_dump(mode="json") for e in found]}
    baseline = Baseline(base=base, entries=frozenset((e.file, e.fingerprint) for e in found))
    return json.dumps(data, indent=2) + "\n", baseline


def read(path: Path) -> Baseline:
    """Load a baseline file; a missing or malformed one is a usage error."""
    if not path.is_file():
        raise UsageError(f"baseline file not found: {path}")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("version") != VERSION:
            raise ValueError(f"expected a version {VERSION} baseline")
        found = [Entry.model_validate(e) for e in data.get("findings", [])]
    except (OSError, ValueError, ValidationError) as exc:
        first = str(exc).splitlines()[0]
        raise UsageError(f"{path}: not a contractlint baseline ({first})") from None
    return Baseline(base=path.resolve().parent, entries=frozenset((e.file, e.fingerprint) for e in found))
