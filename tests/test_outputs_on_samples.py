"""Every output format on the bundled samples, as a user would produce it from the command line."""

import json
import xml.etree.ElementTree as ET

import docx
import pytest

from contractlint.cli.main import main
from test_html import CHROMIUM, _chromium, _visible
from test_sarif import _validate, multitool  # noqa: F401 - the session fixture that installs the multitool


@pytest.fixture(scope="module")
def verdicts(repo, tmp_path_factory):
    out = tmp_path_factory.mktemp("json") / "report.json"
    assert main(["check", "--format", "json", "-o", str(out), str(repo / "samples")]) == 1
    return {f["path"].rsplit("/", 1)[-1]: f for f in json.loads(out.read_text())["files"]}


def findings(file):
    return [v for v in file["verdicts"] if v["status"] in ("gap", "violation")]


def test_samples_get_the_verdicts_a_reviewer_expects(verdicts):
    assert findings(verdicts["strong-msa.docx"]) == []
    weak = {v["rule"]: v for v in findings(verdicts["weak-draft.pdf"])}
    assert {r for r, v in weak.items() if v["status"] == "violation"} == {"RED-001", "RED-002", "RED-003", "RED-004"}
    assert "thirty (30) days" in weak["RED-004"]["message"] and weak["RED-004"]["evidence"][0]["page"]
    assert 20 <= len(weak) <= 40
    assert 10 <= len(findings(verdicts["mid-agreement.md"])) <= 30


def test_sarif_of_the_samples_has_no_validation_errors(repo, tmp_path, multitool, verdicts):  # noqa: F811
    log = tmp_path / "samples.sarif"
    assert main(["check", "--format", "sarif", "-o", str(log), str(repo / "samples")]) == 1
    data = json.loads(log.read_text())
    results = data["runs"][0]["results"]
    assert len(results) == sum(len(findings(f)) for f in verdicts.values())
    found = _validate(multitool, log)
    assert [f for f in found if f.startswith("error")] == []


def test_junit_of_the_samples_has_one_case_per_rule(repo, tmp_path, verdicts):
    out = tmp_path / "samples.xml"
    assert main(["check", "--format", "junit", "-o", str(out), str(repo / "samples")]) == 1
    suites = ET.parse(out).getroot().findall("testsuite")
    assert len(suites) == 3
    for suite in suites:
        name = suite.get("name").rsplit("/", 1)[-1]
        assert len(suite.findall("testcase")) == 47
        assert len(suite.findall("testcase/failure")) == len(findings(verdicts[name]))


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (Debian package 'chromium'; .ci/run installs it)")
def test_html_report_of_the_samples_filters_in_a_browser(repo, tmp_path, verdicts):
    page = tmp_path / "samples.html"
    assert main(["check", "--format", "html", "-o", str(page), str(repo / "samples")]) == 1
    every = [v for f in verdicts.values() for v in findings(f)]
    red = {v["rule"] for v in every if v["area"] == "red-flags"}
    proc = _chromium(["--dump-dom", page.as_uri() + "#area=red-flags"], tmp_path / "profile")
    assert proc.returncode == 0
    assert _visible(proc.stdout) == red
    shot = tmp_path / "samples.png"
    proc = _chromium(["--hide-scrollbars", "--window-size=1280,1600", f"--screenshot={shot}", page.as_uri()],
                     tmp_path / "profile-shot")
    assert proc.returncode == 0 and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_annotated_samples_have_one_comment_per_finding(repo, tmp_path, verdicts):
    strong = tmp_path / "strong-reviewed.docx"
    assert main(["annotate", str(repo / "samples" / "strong-msa.docx"), "-o", str(strong)]) == 0
    assert len(docx.Document(strong).comments) == 0  # the strong sample has no finding
    passes = [v for v in verdicts["strong-msa.docx"]["verdicts"] if v["status"] == "pass" and v["evidence"]]
    assert main(["annotate", "--include-passes", str(repo / "samples" / "strong-msa.docx"), "-o",
                 str(tmp_path / "strong-passes.docx")]) == 0
    comments = list(docx.Document(tmp_path / "strong-passes.docx").comments)
    assert len(comments) == len(passes)
    assert all(c.author == "contractlint" for c in comments)
    assert all(c.text.startswith("[PASS] ") for c in comments)


def test_every_verdict_on_the_samples_is_the_one_samples_expected_toml_records(repo, verdicts):
    """The README's quick start promises the counts samples/expected.toml implies; hold every verdict to it."""
    import tomllib
    kinds = {r["id"]: r["kind"] for r in tomllib.loads((repo / "tests/data/requirements.toml").read_text())["requirement"]}
    truth = tomllib.loads((repo / "samples/expected.toml").read_text())["samples"]
    wrong = []
    for name, sample in truth.items():
        status = {v["rule"]: v["status"] for v in verdicts[name]["verdicts"]}
        for rule, expected in sample["expected"].items():
            found = status.get(rule, "pass") == ("violation" if kinds[rule] == "forbid" else "pass")
            if found != expected:
                wrong.append(f"{name} {rule}: {status.get(rule, 'pass')}, expected {expected}")
    assert wrong == []
