"""Baselines: record today's findings, then fail only on new ones, even after clauses move or are renumbered."""

from __future__ import annotations

import json

import pytest

from contractlint.baseline import fingerprints, normalise_quote
from contractlint.cli.main import main
from contractlint.engine.verdicts import Evidence, Status, Verdict
from packs import GOV_001, RED_003, pack

RED_001 = """rule RED-001 "Unilateral changes" {
  area: red-flags
  severity: high
  forbid: sentence mentions "sole discretion"
  message: "The provider may change terms at its sole discretion."
}
"""
RULES = pack(GOV_001, RED_001, RED_003.replace("severity: low", "severity: high"))
ORIGINAL = ("# Agreement\n\n## 4. Service Levels\n\n"
            "4.1 The Supplier shall use reasonable efforts to meet the Service Levels.\n")
# The same clause, now 7.3 under another heading, with new clauses before it and reflowed.
RENUMBERED = ("# Agreement\n\n## 1. Definitions\n\n1.1 Words have their usual meaning.\n\n"
              "## 7. Performance\n\n7.1 Reports are monthly.\n\n7.2 Reports are in English.\n\n"
              "7.3 The Supplier shall use   reasonable efforts\nto meet the Service Levels.\n")
NEW_VIOLATION = RENUMBERED + "\n7.4 The Supplier may change the Services at its sole discretion.\n"


@pytest.fixture
def project(tmp_path, monkeypatch):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "t.cl").write_text(RULES)
    (tmp_path / "contracts").mkdir()
    (tmp_path / "contracts" / "msa.md").write_text(ORIGINAL)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def check(capsys, *args):
    code = main(["check", "--no-bundled", "--rules", "rules", "--format", "json", *args])
    out = capsys.readouterr()
    return code, json.loads(out.out) if out.out else None, out.err


def test_write_baseline_records_rule_file_status_and_fingerprint(project, capsys):
    code, report, _ = check(capsys, "--write-baseline", "baseline.json", "contracts/msa.md")
    assert code == 0 and report["summary"]["baselined"] == 2  # everything is in the baseline just written
    data = json.loads((project / "baseline.json").read_text())
    assert data["version"] == 1
    found = {(e["rule"], e["file"], e["status"]) for e in data["findings"]}
    assert found == {("GOV-001", "contracts/msa.md", "gap"), ("RED-003", "contracts/msa.md", "violation")}
    assert all(len(e["fingerprint"]) == 64 for e in data["findings"])


def test_renumbered_contract_passes_against_its_baseline_and_a_new_violation_fails(project, capsys):
    assert check(capsys, "--write-baseline", "baseline.json", "contracts/msa.md")[0] == 0
    (project / "contracts" / "msa.md").write_text(RENUMBERED)
    code, report, err = check(capsys, "contracts/msa.md")
    assert code == 1  # without the baseline the old findings still fail the run
    code, report, err = check(capsys, "--baseline", "baseline.json", "contracts/msa.md")
    assert code == 0 and report["summary"]["baselined"] == 2
    statuses = {v["rule"]: v["status"] for v in report["files"][0]["verdicts"]}
    assert statuses == {"GOV-001": "gap", "RED-001": "pass", "RED-003": "violation"}  # still reported
    assert "2 finding(s) in the baseline baseline.json do not count" in err
    (project / "contracts" / "msa.md").write_text(NEW_VIOLATION)
    code, report, _ = check(capsys, "--baseline", "baseline.json", "contracts/msa.md")
    assert code == 1 and report["summary"]["baselined"] == 2 and report["summary"]["exit_code"] == 1


def test_a_second_occurrence_of_a_baselined_violation_counts_as_new(project, capsys):
    check(capsys, "--write-baseline", "baseline.json", "contracts/msa.md")
    (project / "contracts" / "msa.md").write_text(
        ORIGINAL + "\n4.2 The Supplier shall use reasonable efforts to achieve the critical Service Levels.\n")
    code, report, _ = check(capsys, "--baseline", "baseline.json", "contracts/msa.md")
    assert code == 1 and report["summary"]["baselined"] == 1  # only the evidence-less gap


def test_a_gap_without_evidence_is_keyed_by_its_file(project, capsys):
    check(capsys, "--write-baseline", "baseline.json", "contracts/msa.md")
    (project / "contracts" / "other.md").write_text(ORIGINAL)
    code, report, _ = check(capsys, "--baseline", "baseline.json", "contracts/other.md")
    assert code == 1 and report["summary"]["baselined"] == 0


def test_the_baseline_works_from_another_working_folder(project, monkeypatch, capsys):
    check(capsys, "--write-baseline", "baseline.json", "contracts/msa.md")
    monkeypatch.chdir(project / "contracts")
    code = main(["check", "--no-bundled", "--rules", "../rules", "--baseline", "../baseline.json", "msa.md"])
    capsys.readouterr()
    assert code == 0


def test_a_missing_or_broken_baseline_is_a_usage_error(project, capsys):
    code, _, err = check(capsys, "--baseline", "nope.json", "contracts/msa.md")
    assert code == 2 and "baseline file not found: nope.json" in err
    (project / "bad.json").write_text("[1, 2]")
    code, _, err = check(capsys, "--baseline", "bad.json", "contracts/msa.md")
    assert code == 2 and "not a contractlint baseline" in err


def test_fingerprints_ignore_numbering_spacing_and_case_but_not_rule_or_status():
    def verdict(quote, rule="RED-003", status=Status.violation):
        return Verdict(rule=rule, title="t", area="a", severity="high", status=status, message="m",
                       evidence=[Evidence(quote=quote, section="4.1", start=10, end=20)])

    base = fingerprints(verdict("4.1 The Supplier shall use reasonable efforts."), "f")
    assert fingerprints(verdict("12.3(b)  the supplier shall use\nreasonable efforts"), "f") == base
    assert fingerprints(verdict("The Supplier shall use reasonable efforts."), "other-file") == base
    assert fingerprints(verdict("4.1 The Supplier shall use reasonable efforts.", rule="RED-004"), "f") != base
    assert fingerprints(verdict("The Supplier shall use best efforts."), "f") != base
    assert fingerprints(verdict("The Supplier shall use reasonable efforts.", status=Status.gap), "f") != base
    gap = Verdict(rule="GOV-001", title="t", area="a", severity="high", status=Status.gap, message="m")
    assert fingerprints(gap, "a.md") != fingerprints(gap, "b.md")
    assert normalise_quote("as set out in Clause 12.3(b) and 30 days") == "as set out in clause # and 30 days"
