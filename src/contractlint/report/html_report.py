"""HTML output: one self-contained page for the people who negotiate the contract, not the ones who run the tool.

Per contract: the parties and their roles, a scorecard per area (rules met out of rules that apply,
with a bar), then the findings grouped by area, each with its severity badge, the message, the
quoted evidence and where it stands, and the suggested wording in a box of its own; rules met,
waived or not applicable are listed collapsed. Checkboxes filter the findings by severity and by
area (plain inline JavaScript; the choice is kept in the address as ``#severity=high,critical&area=sla``
so a filtered view can be shared). Nothing is loaded from elsewhere, and printing shows everything
without the filters. The page is made by ``templates/report.html.j2`` with Jinja2 autoescaping.

Example (abridged)::

    <header><h1>Contract check report</h1>
      <p>Checked <time datetime="2026-03-02T14:05:00+00:00">2 March 2026, 14:05 UTC</time> ...</p></header>
    <section class="file"><h2>samples/weak-draft.pdf</h2>
      <table class="parties"><tr><td>Northwind Retail plc</td><td>Client</td><td>the "Client"</td></tr>...
      <table class="scorecard"><tr><th>governance</th><td>1 / 6</td><td><span class="bar">...</span></td></tr>...
      <section class="area-group" data-area="governance"><h3>governance</h3>
        <article class="finding" data-severity="critical" data-area="governance">
          <span class="badge sev-critical">Critical</span> <b>GOV-001</b> A joint governance body ...
          <p class="message">No joint governance body (steering committee or similar) was found.</p>
          <div class="fix"><h4>Suggested wording</h4><p>The parties shall establish ...</p></div>
        </article>
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from contractlint.engine.verdicts import FileResult, Report, Status, Summary, Verdict
from contractlint.lang.ast import Severity

FINDINGS = (Status.gap, Status.violation)
FORMAT_NAMES = {"docx": "Word document", "pdf": "PDF", "md": "Markdown", "txt": "Plain text"}
STATUS_LABELS = {
    Status.gap: "Missing from the contract",
    Status.violation: "Wording to change",
    Status.passed: "Met",
    Status.waived: "Waived",
    Status.not_applicable: "Not applicable",
}


@dataclass
class AreaScore:
    """Rules met (passed or waived) out of the rules that apply in one area, as the text scorecard counts them."""

    area: str
    met: int = 0
    total: int = 0

    @property
    def percent(self) -> int:
        return round(100 * self.met / self.total) if self.total else 100


@dataclass
class FileView:
    """What the page shows for one contract, already grouped and sorted."""

    result: FileResult
    scores: list[AreaScore] = field(default_factory=list)
    groups: list[tuple[str, list[Verdict]]] = field(default_factory=list)
    passes: list[Verdict] = field(default_factory=list)
    others: list[Verdict] = field(default_factory=list)


def render(report: Report, *, generated: datetime | None = None) -> str:
    """The report as one HTML page; ``generated`` is the time shown as the date of the check (default: now)."""
    when = generated or datetime.now().astimezone()
    files = [_file_view(f) for f in report.files]
    areas = list(dict.fromkeys(v.area or "general" for f in report.files for v in f.verdicts if v.status in FINDINGS))
    by_severity = report.summary.findings_by_severity
    return _template().render(
        report=report, files=files, areas=areas, severities=[(s.value, by_severity.get(s.value, 0)) for s in Severity],
        generated=when, generated_text=_when(when), outcome=_outcome(report.summary), labels=STATUS_LABELS,
        formats=FORMAT_NAMES, Status=Status,
    )


def _file_view(result: FileResult) -> FileView:
    view = FileView(result)
    if result.error:
        return view
    scores: dict[str, AreaScore] = {}
    groups: dict[str, list[Verdict]] = defaultdict(list)
    for v in result.verdicts:
        area = v.area or "general"
        score = scores.setdefault(area, AreaScore(area))
        if v.status != Status.not_applicable:
            score.total += 1
            score.met += v.status in (Status.passed, Status.waived)
        if v.status in FINDINGS:
            groups[area].append(v)
        elif v.status == Status.passed:
            view.passes.append(v)
        else:
            view.others.append(v)
    view.scores = list(scores.values())
    view.groups = [(area, sorted(vs, key=lambda v: (_rank(v.severity), v.rule))) for area, vs in groups.items()]
    return view


def _rank(severity: str) -> int:
    try:
        return Severity(severity).rank
    except ValueError:
        return len(Severity)


def _when(when: datetime) -> str:
    text = f"{when.day} {when:%B %Y, %H:%M}"
    zone = when.tzname()
    return f"{text} {zone}" if zone else text


def _outcome(summary: Summary) -> str:
    """The run's result in words: unreadable files first, then whether anything reaches ``fail_on``."""
    limit = _rank(summary.fail_on)
    serious = sum(n for sev, n in summary.findings_by_severity.items() if _rank(sev) <= limit)
    text = (f"Findings of severity {summary.fail_on} or higher need attention." if serious
            else f"No findings of severity {summary.fail_on} or higher.")
    if summary.unreadable:
        text = f"{summary.unreadable} file{'' if summary.unreadable == 1 else 's'} could not be read. {text}"
    return text


@lru_cache(maxsize=1)
def _template():  # noqa: ANN202 - a jinja2.Template
    env = Environment(loader=PackageLoader("contractlint.report", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    return env.get_template("report.html.j2")
