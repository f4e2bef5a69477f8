"""Waivers: findings the organisation has accepted for a while, each with a reason, an approver and an end.

A waiver names one rule and a glob of files (see ``config.glob_match``). While it lasts (to the end
of its ``expires`` day) a matching gap or violation becomes ``waived`` and carries the reason and
the approver; it then no longer counts for the exit code. After that day the finding counts again
and the file's ``notes`` say which waiver ran out, so an expiry is never silent.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from contractlint.config import Waiver, glob_match, path_forms
from contractlint.engine.verdicts import FileResult, Status, Verdict

_WAIVABLE = (Status.gap, Status.violation)


def apply_waivers(result: FileResult, waivers: Sequence[Waiver], *, today: date, base: Path) -> FileResult:
    """The result with matching, unexpired waivers applied and a note for each expired one that matched."""
    if result.error or not waivers:
        return result
    forms = path_forms(result.path, base)
    verdicts: list[Verdict] = []
    notes = list(result.notes)
    for v in result.verdicts:
        waivable = v.status in _WAIVABLE
        matching = [w for w in waivers if waivable and w.rule == v.rule and glob_match(w.files, forms)]
        live = next((w for w in matching if w.expires >= today), None)
        if live is not None:
            v = v.model_copy(update={"status": Status.waived, "waiver": describe(live)})
        else:
            notes.extend(f"{v.rule}: the waiver for '{w.files}' expired on {w.expires.isoformat()} "
                         f"({w.reason}; approved by {w.approver}); the {v.status.value} counts again"
                         for w in matching)
        verdicts.append(v)
    return result.model_copy(update={"verdicts": verdicts, "notes": notes})


def describe(waiver: Waiver) -> str:
    """The text a waived verdict carries: ``Renegotiation agreed (approved by J. Smith, until 2026-12-31)``."""
    return f"{waiver.reason} (approved by {waiver.approver}, until {waiver.expires.isoformat()})"
