"""What changed between two drafts: the findings a new draft closed, opened and kept.

A finding is a gap or violation, keyed by rule id and status: a rule that was a gap and is now a
violation closes the gap and opens the violation. Each entry carries the rule's verdict on both
sides, so a closed gap shows where the new draft now meets the rule. Text output::

    old.md -> new.md   2 closed · 1 opened · 1 kept
      closed (fixed by the new draft)
        ✓ critical  GOV-001    No steering committee.
                    old: gap
                    new: pass, 1 Governance: "The parties shall form a Steering Committee."
      opened (new in this draft)
        ✗ low       RED-003    Service levels are effort-only.
                    new: violation, 4.1 Service Levels: "The Supplier shall use reasonable ..."
      ...
    exit 0 (fail-on: high; 0 opened at or above it)
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable

from pydantic import BaseModel, ConfigDict, Field

from contractlint import __version__
from contractlint.engine.verdicts import Evidence, FileResult, Status, ToolInfo, Verdict
from contractlint.lang.ast import Severity

FINDINGS = (Status.gap, Status.violation)
EXIT_OK, EXIT_OPENED = 0, 1
_INDENT = " " * 16


class Side(BaseModel):
    """A rule's verdict in one draft."""

    model_config = ConfigDict(frozen=True)

    status: Status
    message: str
    evidence: list[Evidence] = Field(default_factory=list)


class DiffEntry(BaseModel):
    """One finding (rule and status) and the rule's verdict in each draft (``None``: rule not run there)."""

    model_config = ConfigDict(frozen=True)

    rule: str
    status: Status = Field(description="the finding's status: gap or violation")
    title: str
    area: str
    severity: str
    message: str
    fix: str | None = None
    old: Side | None = None
    new: Side | None = None


class DiffResult(BaseModel):
    """The whole comparison: the shape of ``diff --format json``."""

    tool: ToolInfo = Field(default_factory=lambda: ToolInfo(version=__version__))
    old: str
    new: str
    closed: list[DiffEntry] = Field(description="findings of the old draft that the new one no longer has")
    opened: list[DiffEntry] = Field(description="findings of the new draft that the old one did not have")
    kept: list[DiffEntry] = Field(description="findings of both drafts")
    fail_on: str
    exit_code: int


def diff_results(old: FileResult, new: FileResult, fail_on: Severity = Severity.high) -> DiffResult:
    """Compare the verdicts of two readable drafts checked with the same rules."""
    old_by_rule = {v.rule: v for v in old.verdicts}
    new_by_rule = {v.rule: v for v in new.verdicts}
    old_keys = {(v.rule, v.status) for v in old.verdicts if v.status in FINDINGS}
    new_keys = {(v.rule, v.status) for v in new.verdicts if v.status in FINDINGS}

    def entries(keys: set[tuple[str, Status]], finding_side: dict[str, Verdict]) -> list[DiffEntry]:
        out = [_entry(finding_side[rule], old_by_rule.get(rule), new_by_rule.get(rule)) for rule, _ in keys]
        return sorted(out, key=lambda e: (_rank(e.severity), e.rule, e.status.value))

    opened = entries(new_keys - old_keys, new_by_rule)
    failing = any(_rank(e.severity) <= fail_on.rank for e in opened)
    return DiffResult(
        old=old.path, new=new.path, closed=entries(old_keys - new_keys, old_by_rule), opened=opened,
        kept=entries(old_keys & new_keys, new_by_rule), fail_on=fail_on.value,
        exit_code=EXIT_OPENED if failing else EXIT_OK,
    )


def _entry(finding: Verdict, old: Verdict | None, new: Verdict | None) -> DiffEntry:
    return DiffEntry(
        rule=finding.rule, status=finding.status, title=finding.title, area=finding.area,
        severity=finding.severity, message=finding.message, fix=finding.fix,
        old=_side(old), new=_side(new),
    )


def _side(v: Verdict | None) -> Side | None:
    return Side(status=v.status, message=v.message, evidence=v.evidence) if v is not None else None


def _rank(severity: str) -> int:
    return Severity(severity).rank


# ---- rendering -----------------------------------------------------------------------------------
_GROUPS = (
    ("closed", "closed (fixed by the new draft)", "✓"),
    ("opened", "opened (new in this draft)", "✗"),
    ("kept", "kept (in both drafts)", "·"),
)


def render_json(diff: DiffResult) -> str:
    """The comparison as indented JSON."""
    return diff.model_dump_json(indent=2) + "\n"


def render_text(diff: DiffResult, width: int = 100) -> str:
    """The comparison as terminal text, most serious first in each group."""
    counts = " · ".join(f"{len(getattr(diff, name))} {name}" for name, _, _ in _GROUPS)
    out = [f"{diff.old} -> {diff.new}   {counts}"]
    for name, heading, mark in _GROUPS:
        entries: list[DiffEntry] = getattr(diff, name)
        if not entries:
            continue
        out.append(f"  {heading}")
        for e in entries:
            out.append(f"    {mark} {e.severity:<9} {e.rule:<10} {e.message}")
            out.extend(_side_lines("old", e.old, width))
            out.extend(_side_lines("new", e.new, width))
            if name != "closed" and e.fix:
                out.append(textwrap.fill(" ".join(e.fix.split()), width=width, initial_indent=_INDENT + "fix: ",
                                         subsequent_indent=_INDENT + "     "))
    failing = sum(1 for e in diff.opened if _rank(e.severity) <= Severity(diff.fail_on).rank)
    out.append(f"exit {diff.exit_code} (fail-on: {diff.fail_on}; {failing} opened at or above it)")
    return "\n".join(out) + "\n"


def _side_lines(label: str, side: Side | None, width: int) -> list[str]:
    if side is None:
        return [f"{_INDENT}{label}: rule not run"]
    head = f"{_INDENT}{label}: {side.status.value}"
    if not side.evidence:
        return [head]
    e = side.evidence[0]
    room = max(width - len(head) - len(e.where()) - 6, 50)
    more = f" (+{len(side.evidence) - 1} more)" if len(side.evidence) > 1 else ""
    return [f'{head}, {e.where()}: "{textwrap.shorten(e.quote, width=room, placeholder=" ...")}"{more}']


RENDERERS: dict[str, Callable[[DiffResult], str]] = {"text": render_text, "json": render_json}
