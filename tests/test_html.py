"""HTML output: one self-contained page; its structure read back with the stdlib parser, its filters run in Chromium."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime, timezone
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import ruleset
from contractlint.checker import build_report, check_file
from contractlint.cli.main import main
from contractlint.engine.verdicts import Report, Status, Verdict
from contractlint.lang.ast import Severity
from contractlint.report import html_report
from packs import CC_001, GOV_001, GOV_002, RED_003, SPOC_001, pack

RULES = pack(GOV_001, GOV_002, RED_003, SPOC_001, CC_001)
BAD = ("# Agreement\n\nBetween Acme Ltd (the \"Client\") and Beta Ltd (the \"Supplier\").\n\n"
       "## 4. Service Levels\n\n4.1 The Supplier shall use reasonable efforts to meet the Service Levels.\n\n"
       "4.2 Each party names a single point of contact.\n")
GENERATED = datetime(2026, 3, 2, 14, 5, tzinfo=timezone.utc)
CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


class Page(HTMLParser):
    """Elements with their attributes, classes and the text inside each, for structural assertions."""

    VOID = {"meta", "link", "input", "br", "img", "hr", "source", "wbr"}

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[dict] = []
        self._open: list[dict] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        el = {"tag": tag, "attrs": dict(attrs), "text": "", "parents": [e["tag"] for e in self._open],
              "parent_classes": [c for e in self._open for c in e["classes"]]}
        el["classes"] = (el["attrs"].get("class") or "").split()
        self.elements.append(el)
        if tag not in self.VOID:
            self._open.append(el)

    def handle_endtag(self, tag):
        while self._open:
            if self._open.pop()["tag"] == tag:
                break

    def handle_data(self, data):
        for el in self._open:
            el["text"] += " " + data  # cells and blocks read as separate words; text() collapses the spaces

    def find(self, tag: str | None = None, cls: str | None = None, **attrs) -> list[dict]:
        return [e for e in self.elements if (tag is None or e["tag"] == tag) and (cls is None or cls in e["classes"])
                and all(e["attrs"].get(k.replace("_", "-")) == v for k, v in attrs.items())]


def text(el: dict) -> str:
    return " ".join(el["text"].split())


def _report(tmp_path: Path, *names: str) -> Report:
    rules = ruleset(RULES)
    return build_report([check_file(tmp_path / n, rules) for n in names], rules, Severity.high)


@pytest.fixture
def report(tmp_path) -> Report:
    (tmp_path / "bad.md").write_text(BAD)
    (tmp_path / "broken.docx").write_bytes(b"not a zip at all")
    return _report(tmp_path, "bad.md", "broken.docx")


def _findings(report: Report) -> list[Verdict]:
    return [v for f in report.files for v in f.verdicts if v.status in (Status.gap, Status.violation)]


def test_page_is_self_contained_with_parties_date_scorecard_and_findings(report):
    page_text = html_report.render(report, generated=GENERATED)
    page = Page(page_text)
    # Self-contained: CSS and JS inline, nothing fetched.
    assert not page.find("link") and not [e for e in page.find("script") if "src" in e["attrs"]]
    assert not [e for e in page.elements if any(k in e["attrs"] for k in ("src", "href"))]
    assert "@import" not in page_text and "url(" not in page_text and "http" not in page_text.lower()
    assert len(page.find("style")) == 1 and len(page.find("script")) == 1
    (time_el,) = page.find("time")
    assert time_el["attrs"]["datetime"] == "2026-03-02T14:05:00+00:00" and text(time_el) == "2 March 2026, 14:05 UTC"
    assert text(page.find("p", "outcome")[0]) == \
        "1 file could not be read. Findings of severity high or higher need attention."

    bad_file, broken_file = page.find("section", "file")
    assert text(page.find("h2")[0]).endswith("bad.md")
    rows = [text(r) for r in page.find("tr") if "parties" in r["parent_classes"] and "tbody" in r["parents"]]
    assert rows == ['Acme Ltd Client the “Client”', 'Beta Ltd Provider the “Supplier”']
    score_rows = {text(r).split()[0]: text(r) for r in page.find("tr")
                  if "scorecard" in r["parent_classes"] and "tbody" in r["parents"]}
    assert score_rows == {"governance": "governance 0 / 2", "red-flags": "red-flags 0 / 1", "spoc": "spoc 1 / 1",
                          "sla": "sla 0 / 0"}
    widths = [e["attrs"]["style"] for e in page.elements if "bar" in e["parent_classes"] and e["tag"] == "span"]
    assert widths == ["width: 0%", "width: 0%", "width: 100%", "width: 100%"]

    expected = _findings(report)
    articles = page.find("article", "finding")
    assert [(a["attrs"]["data-rule"], a["attrs"]["data-severity"], a["attrs"]["data-area"]) for a in articles] == \
        [("GOV-001", "critical", "governance"), ("GOV-002", "high", "governance"), ("RED-003", "low", "red-flags")]
    assert {v.rule for v in expected} == {a["attrs"]["data-rule"] for a in articles}
    assert [text(g) for g in page.find("h4")] == ["governance 2 findings", "red-flags 1 finding"]
    badges = [text(b) for b in page.find("span", "badge") if "finding" in b["parent_classes"]]
    assert badges == ["critical", "high", "low"]
    red = articles[2]
    assert "Service levels are effort-only." in text(red) and "Wording to change" in text(red)
    (quote,) = [text(e) for e in page.find("blockquote")]
    assert "reasonable efforts to meet the Service Levels" in quote
    assert [text(e) for e in page.find("figcaption")] == ["4.1 Service Levels, line 7"]
    fixes = [text(e) for e in page.find("div", "fix")]
    assert fixes == ["Suggested wording The parties shall establish a Steering Committee.",
                     "Suggested wording The Supplier shall meet the Service Levels."]

    passes, others = page.find("details", "passes")[0], page.find("details", "others")[0]
    assert "open" not in passes["attrs"] and "SPOC-001" in text(passes) and "Rules met (1)" in text(passes)
    assert "CC-001" in text(others) and "Not applicable" in text(others)
    assert "could not be read" in text(broken_file) and "not a Word .docx file" in text(broken_file)
    assert bad_file["attrs"]["id"] == "file-1"

    severities = [e["attrs"]["value"] for e in page.find("input", name="severity")]
    areas = [e["attrs"]["value"] for e in page.find("input", name="area")]
    assert severities == ["critical", "high", "medium", "low", "info"] and areas == ["governance", "red-flags"]
    style = text(page.find("style")[0])
    print_css = style[style.index("@media print"):]
    assert ".filters" in print_css and "display: none" in print_css and ".finding[hidden]" in print_css


def test_everything_from_the_report_is_escaped(tmp_path):
    (tmp_path / "x.md").write_text(BAD)
    hostile = ruleset(RULES.replace('"No steering committee."', '"<script>alert(1)</script> & <b>bold</b>"'))
    report = build_report([check_file(tmp_path / "x.md", hostile)], hostile, Severity.high)
    page_text = html_report.render(report, generated=GENERATED)
    page = Page(page_text)
    assert len(page.find("script")) == 1 and not page.find("b")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in page_text
    assert any(text(e) == "<script>alert(1)</script> & <b>bold</b>" for e in page.find("p", "message"))


def test_generated_defaults_to_now_and_the_cli_writes_html(tmp_path, capsys):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "t.cl").write_text(RULES)
    (tmp_path / "bad.md").write_text(BAD)
    before = datetime.now().astimezone()
    code = main(["check", "--no-bundled", "--rules", str(tmp_path / "rules"), "--format", "html",
                 str(tmp_path / "bad.md")])
    out = capsys.readouterr().out
    assert code == 1 and out.startswith("<!DOCTYPE html>")
    (time_el,) = Page(out).find("time")
    stamp = datetime.fromisoformat(time_el["attrs"]["datetime"])
    assert abs((stamp - before).total_seconds()) < 120


# ---- in a browser -------------------------------------------------------------------------------
def _chromium(args: list[str], profile: Path) -> subprocess.CompletedProcess:
    return subprocess.run([CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=120)


def _visible(dom: str) -> set[str]:
    return {a["attrs"]["data-rule"] for a in Page(dom).find("article", "finding") if "hidden" not in a["attrs"]}


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (Debian package 'chromium'; .ci/run installs it)")
def test_filters_in_headless_chromium(report, tmp_path):
    """Open the page in headless Chromium, filter by severity and by area, and take a screenshot.

    How: ``chromium --headless --dump-dom URL#severity=...&area=...`` loads the page, runs its script
    and prints the DOM as it then stands. The page reads a filter from the address fragment (the
    same fragment it writes when a reader ticks the boxes, so filtered views can be shared) and
    applies it by calling ``click()`` on each checkbox that differs, which fires the same click and
    change events as a mouse, so the page's own handlers do the hiding. The test then reads which
    findings carry the ``hidden`` attribute. This needs no Python package beyond the standard
    library (no DevTools websocket client) and no running browser between steps.
    """
    page = tmp_path / "report.html"
    page.write_text(html_report.render(report, generated=GENERATED), encoding="utf-8")
    everything = {v.rule for v in _findings(report)}
    by_severity = {v.rule for v in _findings(report) if v.severity == "critical"}
    by_area = {v.rule for v in _findings(report) if v.area == "red-flags"}
    assert by_severity and by_area and by_severity != everything and by_area != everything

    runs = {}
    for n, fragment in enumerate(["", "#severity=critical", "#area=red-flags", "#severity=critical&area=red-flags"]):
        proc = _chromium(["--dump-dom", page.as_uri() + fragment], tmp_path / f"profile-{n}")
        assert proc.returncode == 0 and "</html>" in proc.stdout, proc.stderr[-2000:]
        runs[fragment] = proc.stdout
    assert _visible(runs[""]) == everything
    assert _visible(runs["#severity=critical"]) == by_severity
    assert _visible(runs["#area=red-flags"]) == by_area
    both = Page(runs["#severity=critical&area=red-flags"])
    assert _visible(runs["#severity=critical&area=red-flags"]) == set()
    assert "hidden" not in both.find("p", "no-match")[0]["attrs"]
    assert all("hidden" in g["attrs"] for g in both.find("section", "area-group"))
    assert text(Page(runs["#severity=critical"]).find(id="shown")[0]) == f"Showing 1 of {len(everything)} findings"

    shot = tmp_path / "filtered.png"
    proc = _chromium(["--hide-scrollbars", "--window-size=1280,1800", f"--screenshot={shot}",
                      page.as_uri() + "#severity=critical,high"], tmp_path / "profile-shot")
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert shot.is_file() and shot.stat().st_size > 1000
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (Debian package 'chromium'; .ci/run installs it)")
def test_printing_shows_every_finding_and_the_rules_met_without_the_filters(report, tmp_path):
    """Chromium prints a page filtered to critical findings to PDF; the print CSS shows everything anyway."""
    import pdfplumber

    page = tmp_path / "report.html"
    page.write_text(html_report.render(report, generated=GENERATED), encoding="utf-8")
    pdf = tmp_path / "report.pdf"
    proc = _chromium(["--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri() + "#severity=critical"],
                     tmp_path / "profile-print")
    assert proc.returncode == 0 and pdf.is_file(), proc.stderr[-2000:]
    with pdfplumber.open(pdf) as doc:
        printed = " ".join(" ".join((p.extract_text() or "").split()) for p in doc.pages)
    assert all(v.rule in printed for v in _findings(report))  # hidden on screen, printed on paper
    assert "SPOC-001" in printed and "Rules met (1)" in printed  # the collapsed list is printed open
    assert "Show all" not in printed and "Showing" not in printed
