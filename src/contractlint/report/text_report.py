"""Terminal output: findings per file grouped by area, with location, quote and suggested wording.

Example::

    samples/weak-draft.pdf   Northwind Retail plc (client) · Helix CX Ltd (provider)   47 rules
      governance
        ✗ critical  GOV-001  No joint governance body (steering committee or similar) was found.
                    fix: The parties shall establish a Joint Steering Committee ...
      ...
      scorecard   governance 1/6 · spoc 0/3 · escalation 2/4 ...
    14 gaps (2 critical, 6 high, ...) · 3 violations · 28 passed · exit 1 (fail-on: high)
"""

from __future__ import annotations

import textwrap
from collections import defaultdict

import click

from contractlint.engine.verdicts import FileResult, Report, Status, Verdict
from contractlint.lang.ast import Severity

_COLOURS = {"critical": "magenta", "high": "red", "medium": "yellow", "low": "cyan", "info": "white"}
_MARK = {Status.gap: "✗", Status.violation: "✗", Status.passed: "✓", Status.waived: "~", Status.not_applicable: "-"}
_INDENT = " " * 16


def render(report: Report, *, color: bool = False, show_passes: bool = False, width: int = 100) -> str:
    """The report as terminal text; ``color`` adds ANSI colours."""
    style = (lambda text, **kw: click.style(text, **kw)) if color else (lambda text, **kw: text)
    out: list[str] = []
    for result in report.files:
        out.extend(_file(result, style, show_passes, width))
        out.append("")
    out.append(_summary(report, style))
    return "\n".join(out) + "\n"


def _file(result: FileResult, style, show_passes: bool, width: int) -> list[str]:
    if result.error:
        return [f"{style(result.path, bold=True)}   {style('error', fg='red', bold=True)}: {result.error}"]
    parties = " · ".join(f"{p.name} ({p.role})" for p in result.parties) or "parties not identified"
    lines = [f"{style(result.path, bold=True)}   {parties}   {len(result.verdicts)} rules"]
    by_area: dict[str, list[Verdict]] = defaultdict(list)
    for v in result.verdicts:
        by_area[v.area].append(v)
    for area, verdicts in by_area.items():
        shown = [v for v in verdicts if v.status in (Status.gap, Status.violation, Status.waived)
                 or (show_passes and v.status == Status.passed)]
        if not shown:
            continue
        lines.append(f"  {style(area, bold=True)}")
        shown.sort(key=lambda v: (v.status == Status.passed, Severity(v.severity).rank, v.rule))
        for v in shown:
            lines.extend(_verdict(v, style, width))
    lines.append("  " + style("scorecard", bold=True) + "   " + _scorecard(result))
    for note in result.notes:
        lines.append("  " + style("note", fg="yellow", bold=True) + "   " + note)
    return lines


def _verdict(v: Verdict, style, width: int) -> list[str]:
    colour = _COLOURS.get(v.severity, "white") if v.status != Status.passed else "green"
    head = f"    {_MARK[v.status]} {v.severity:<9} {v.rule:<9}"
    lines = [style(head, fg=colour, bold=v.status != Status.passed) + " " + v.message]
    if v.status == Status.waived and v.waiver:
        lines.append(f"{_INDENT}waived: {v.waiver}")
    for e in v.evidence[:3]:
        quote = textwrap.shorten(e.quote, width=max(width - len(_INDENT) - 4, 40), placeholder=" ...")
        lines.append(f"{_INDENT}{style(e.where(), fg='blue')}: \"{quote}\"")
    if v.fix and v.status in (Status.gap, Status.violation):
        fix = textwrap.fill(" ".join(v.fix.split()), width=width, initial_indent=_INDENT + "fix: ",
                            subsequent_indent=_INDENT + "     ")
        lines.append(style(fix, fg="green"))
    return lines


def _scorecard(result: FileResult) -> str:
    met: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for v in result.verdicts:
        if v.status == Status.not_applicable:
            continue
        met[v.area][1] += 1
        if v.status in (Status.passed, Status.waived):
            met[v.area][0] += 1
    return " · ".join(f"{area} {a}/{b}" for area, (a, b) in met.items())


def _summary(report: Report, style) -> str:
    s = report.summary
    sev = ", ".join(f"{n} {k}" for k, n in s.findings_by_severity.items() if n)
    # The severities count every finding, gaps and violations together.
    parts = [f"{s.by_status['gap']} gaps", f"{s.by_status['violation']} violations" + (f" ({sev})" if sev else ""),
             f"{s.by_status['pass']} passed"]
    if s.by_status.get("waived"):
        parts.append(f"{s.by_status['waived']} waived")
    if s.by_status.get("not-applicable"):
        parts.append(f"{s.by_status['not-applicable']} not applicable")
    if s.baselined:
        parts.append(f"{s.baselined} in the baseline")
    if s.unreadable:
        parts.append(f"{s.unreadable} unreadable")
    parts.append(f"exit {s.exit_code} (fail-on: {s.fail_on})")
    return style(" · ".join(parts), bold=True)
