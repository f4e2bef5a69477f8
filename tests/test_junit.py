"""JUnit XML output: a suite per contract, a case per rule, failures carrying the evidence and the fix."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from conftest import ruleset
from contractlint.checker import build_report, check_file
from contractlint.cli.main import main
from contractlint.engine.verdicts import Evidence, FileResult, Report, Status, Summary, ToolInfo, Verdict
from contractlint.lang.ast import Severity
from contractlint.report import junit_report
from packs import CC_001, GOV_001, RED_003, pack

RULES = pack(GOV_001, RED_003, CC_001)
GOOD = "# Agreement\n\n## 1. Governance\n\n1.1 The parties shall form a Steering Committee.\n"
BAD = ("# Agreement\n\nBetween Acme Ltd (the \"Client\") and Beta Ltd (the \"Supplier\").\n\n"
       "## 4. Service Levels\n\n4.1 The Supplier shall use reasonable efforts to meet the Service Levels.\n")


def _parse(report: Report) -> ET.Element:
    return ET.fromstring(junit_report.render(report))


def _cases(suite: ET.Element) -> dict[str, ET.Element]:
    return {c.get("name").split()[0]: c for c in suite.iter("testcase")}


def test_suites_cases_and_counts_follow_the_verdicts(tmp_path):
    (tmp_path / "good.md").write_text(GOOD)
    (tmp_path / "bad.md").write_text(BAD)
    (tmp_path / "broken.docx").write_bytes(b"not a zip at all")
    rules = ruleset(RULES)
    report = build_report([check_file(tmp_path / n, rules) for n in ("good.md", "bad.md", "broken.docx")],
                          rules, Severity.high)
    root = _parse(report)
    assert root.tag == "testsuites" and root.get("name") == "contractlint"
    good, bad, broken = root.findall("testsuite")
    assert [s.get("name") for s in (good, bad, broken)] == [str(tmp_path / n) for n in ("good.md", "bad.md", "broken.docx")]
    # good.md: the governance rule passes, nothing is effort-only, the contact-centre rule does not apply.
    assert {k: good.get(k) for k in ("tests", "failures", "errors", "skipped")} == \
        {"tests": "3", "failures": "0", "errors": "0", "skipped": "1"}
    assert {k: bad.get(k) for k in ("tests", "failures", "errors", "skipped")} == \
        {"tests": "3", "failures": "2", "errors": "0", "skipped": "1"}
    assert {k: root.get(k) for k in ("tests", "failures", "errors", "skipped")} == \
        {"tests": "7", "failures": "2", "errors": "1", "skipped": "2"}

    cases = _cases(bad)
    assert cases["GOV-001"].get("classname") == "governance" and cases["GOV-001"].get("name") == "GOV-001 A governance body"
    gov = cases["GOV-001"].find("failure")
    assert gov.get("message") == "No steering committee." and gov.get("type") == "gap"
    assert "Suggested wording:\n  The parties shall establish a Steering Committee." in gov.text
    red = cases["RED-003"].find("failure")
    assert red.get("message") == "Service levels are effort-only." and red.get("type") == "violation"
    assert '4.1 Service Levels, line 7: "' in red.text and "reasonable efforts" in red.text
    assert cases["CC-001"].find("skipped").get("message").startswith("Not applicable")
    assert list(_cases(good)["GOV-001"]) == []  # a pass is a bare test case
    assert {p.get("name"): p.get("value") for p in bad.iter("property")} == {"client": "Acme Ltd", "provider": "Beta Ltd"}

    (case,) = broken.iter("testcase")
    error = case.find("error")
    assert "not a Word .docx file" in error.get("message") and error.get("type") == "unreadable"
    assert broken.get("errors") == "1" and broken.get("tests") == "1"


def _one_file_report(verdicts: list[Verdict]) -> Report:
    summary = Summary(files=1, unreadable=0, rules=len(verdicts), by_status={}, findings_by_severity={},
                      fail_on="high", exit_code=0)
    return Report(tool=ToolInfo(version="0"), files=[FileResult(path="c.pdf", format="pdf", verdicts=verdicts)],
                  summary=summary)


def test_waived_is_skipped_with_its_reason_and_text_is_escaped_and_cleaned():
    """Markup characters round-trip through the XML; control characters from PDF text are dropped."""
    quote = 'Fees <"net"> & costs\x0c apply'
    waived = Verdict(rule="W-1", title="Waived rule", area="x", severity="high", status=Status.waived,
                     message="m", waiver="agreed in side letter <SL-4>")
    gap = Verdict(rule="G-1", title="A <b>bold</b> title", area="fees & costs", severity="high", status=Status.violation,
                  message="Watch <this> & that", evidence=[Evidence(quote=quote, section="7.2", heading="Fees", page=3)])
    suite = _parse(_one_file_report([waived, gap])).find("testsuite")
    assert suite.get("skipped") == "1" and suite.get("failures") == "1"
    cases = _cases(suite)
    assert cases["W-1"].find("skipped").get("message") == "Waived: agreed in side letter <SL-4>"
    assert cases["G-1"].get("name") == "G-1 A <b>bold</b> title" and cases["G-1"].get("classname") == "fees & costs"
    failure = cases["G-1"].find("failure")
    assert failure.get("message") == "Watch <this> & that"
    assert '7.2 Fees, p. 3: "Fees <"net"> & costs apply"' in failure.text


def test_check_format_junit_from_the_command_line(tmp_path, capsys):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "t.cl").write_text(RULES)
    (tmp_path / "bad.md").write_text(BAD)
    out = tmp_path / "report.xml"
    code = main(["check", "--no-bundled", "--rules", str(tmp_path / "rules"), "--format", "junit", "-o", str(out),
                 str(tmp_path / "bad.md")])
    assert code == 1 and capsys.readouterr().out == ""
    assert out.read_text().startswith("<?xml")
    assert ET.parse(out).getroot().get("failures") == "2"
