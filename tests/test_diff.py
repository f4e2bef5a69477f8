"""``contractlint diff``: what a new draft closed, opened and kept, and the exit code it earns."""

from __future__ import annotations

import json

import pytest

from contractlint.cli.main import main
from contractlint.engine.verdicts import FileResult, Status, Verdict
from contractlint.lang.ast import Severity
from contractlint.report.diff_report import diff_results, render_text
from packs import ESC_001, GOV_001, RED_003, pack

TRM_001 = """rule TRM-001 "Termination for convenience" {
  area: lifecycle
  severity: low
  forbid: sentence mentions "terminate for convenience"
  message: "Either party may terminate for convenience."
}
"""
RULES = pack(GOV_001, RED_003.replace("severity: low", "severity: high"), ESC_001, TRM_001)
# Round 1: no steering committee (gap), effort-only service levels (violation), no escalation (gap).
ROUND_1 = """# Agreement

## 1. Governance

1.1 The parties shall meet monthly.

## 4. Service Levels

4.1 The Supplier shall use reasonable efforts to meet the Service Levels.
"""
# Round 2 fixes governance and the service levels, keeps the escalation gap, adds a low-severity violation.
ROUND_2 = """# Agreement

## 1. Governance

1.1 The parties shall form a Steering Committee.

## 4. Service Levels

4.1 The Supplier shall meet the Service Levels.

## 9. Termination

9.1 The Client may terminate for convenience on 30 days' notice.
"""
# Round 3 reverts the service levels: a high-severity violation opens again.
ROUND_3 = ROUND_2.replace("4.1 The Supplier shall meet", "4.1 The Supplier shall use reasonable efforts to meet")


@pytest.fixture
def drafts(tmp_path):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "t.cl").write_text(RULES)
    for name, text in (("r1.md", ROUND_1), ("r2.md", ROUND_2), ("r3.md", ROUND_3)):
        (tmp_path / name).write_text(text)
    return tmp_path


def run(drafts, capsys, *args):
    code = main(["diff", "--no-bundled", "--rules", str(drafts / "rules"), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_json_lists_closed_opened_and_kept_with_evidence_from_both_sides(drafts, capsys):
    code, out, _ = run(drafts, capsys, str(drafts / "r1.md"), str(drafts / "r2.md"), "--format", "json")
    data = json.loads(out)
    assert [(e["rule"], e["status"]) for e in data["closed"]] == [("GOV-001", "gap"), ("RED-003", "violation")]
    assert [(e["rule"], e["status"]) for e in data["opened"]] == [("TRM-001", "violation")]
    assert [(e["rule"], e["status"]) for e in data["kept"]] == [("ESC-001", "gap")]
    gov = data["closed"][0]
    assert gov["old"]["status"] == "gap" and gov["old"]["evidence"] == []
    assert gov["new"]["status"] == "pass"  # where the new draft now meets the rule
    assert gov["new"]["evidence"][0]["quote"] == "The parties shall form a Steering Committee."
    red = data["closed"][1]
    assert red["old"]["evidence"][0]["section"] == "4.1" and red["new"]["status"] == "pass"
    trm = data["opened"][0]
    assert trm["old"]["status"] == "pass" and trm["new"]["evidence"][0]["heading"] == "Termination"
    assert data["fail_on"] == "high" and data["exit_code"] == code == 0  # only a low finding opened


def test_exit_1_when_something_at_or_above_fail_on_opens(drafts, capsys):
    r1, r2, r3 = (str(drafts / n) for n in ("r1.md", "r2.md", "r3.md"))
    assert run(drafts, capsys, r2, r3)[0] == 1  # RED-003 (high) is back
    assert run(drafts, capsys, r2, r3, "--fail-on", "critical")[0] == 0
    assert run(drafts, capsys, r1, r2, "--fail-on", "low")[0] == 1  # TRM-001 (low)
    assert run(drafts, capsys, r1, r1)[0] == 0  # the same draft opens nothing


def test_text_output(drafts, capsys):
    code, out, _ = run(drafts, capsys, str(drafts / "r2.md"), str(drafts / "r3.md"))
    assert code == 1
    lines = out.splitlines()
    assert lines[0].endswith("r3.md   0 closed · 1 opened · 2 kept")
    opened = lines.index("  opened (new in this draft)")
    assert "high" in lines[opened + 1] and "RED-003" in lines[opened + 1]
    assert lines[opened + 2].strip() == "old: pass"
    assert lines[opened + 3].strip().startswith('new: violation, 4.1 Service Levels, line 9: "The Supplier shall use')
    assert lines[opened + 4].strip() == "fix: The Supplier shall meet the Service Levels."
    assert lines[-1] == "exit 1 (fail-on: high; 1 opened at or above it)"


def test_unreadable_draft_exits_3_with_one_line(drafts, capsys):
    (drafts / "broken.pdf").write_bytes(b"not a pdf")
    code, out, err = run(drafts, capsys, str(drafts / "r1.md"), str(drafts / "broken.pdf"))
    assert code == 3 and out == "" and err.count("\n") == 1 and "broken.pdf" in err


def test_a_changed_status_closes_one_finding_and_opens_another():
    """Keyed by rule and status: a gap that became a violation is one closed and one opened."""
    def result(status: Status) -> FileResult:
        v = Verdict(rule="R-1", title="t", area="a", severity="high", status=status, message=status.value)
        return FileResult(path=status.value, verdicts=[v])

    diff = diff_results(result(Status.gap), result(Status.violation), Severity.high)
    assert [(e.rule, e.status) for e in diff.closed] == [("R-1", Status.gap)]
    assert [(e.rule, e.status, e.old.status, e.new.status) for e in diff.opened] == [
        ("R-1", Status.violation, Status.gap, Status.violation)]
    assert diff.kept == [] and diff.exit_code == 1
    assert "R-1" in render_text(diff)
