"""Waivers: an accepted finding is reported as waived with its reason until it expires, then counts again."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from contractlint.cli.main import main
from contractlint.config import Waiver
from contractlint.engine.verdicts import FileResult, Status, Verdict
from contractlint.waivers import apply_waivers

RULES = """pack t "1" { description: "t" }
rule RED-003 "Effort-only service levels" {
  area: red-flags
  severity: high
  forbid: sentence mentions "reasonable efforts" near "service levels" within 8 words
  message: "Service levels are effort-only."
}
"""
EFFORTS = ("# Agreement\n\n## 2. Service Levels\n\n"
           "2.1 The Supplier shall use reasonable efforts to meet the Service Levels.\n")


@pytest.fixture
def project(tmp_path, monkeypatch):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "t.cl").write_text(RULES)
    (tmp_path / "legacy").mkdir()
    (tmp_path / "legacy" / "old.md").write_text(EFFORTS)
    (tmp_path / "new.md").write_text(EFFORTS)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def configure(project, expires: date, files: str = "legacy/*", extra: str = "") -> None:
    (project / "contractlint.toml").write_text(
        'packs = []\nrules = ["rules"]\n\n[[waivers]]\nrule = "RED-003"\n'
        f'files = "{files}"\nreason = "Renegotiation agreed for the renewal"\napprover = "J. Smith (Legal)"\n'
        f"expires = {expires.isoformat()}\n{extra}")


def check(capsys, *paths):
    code = main(["check", "--format", "json", *paths])
    out = capsys.readouterr()
    return code, {f["path"]: f for f in json.loads(out.out)["files"]} if out.out else {}, out.err


def status(file) -> tuple[str, str | None]:
    (v,) = file["verdicts"]
    return v["status"], v["waiver"]


def test_an_unexpired_waiver_waives_the_matching_file_only(project, capsys):
    configure(project, date.today() + timedelta(days=30))
    code, files, _ = check(capsys, "legacy/old.md", "new.md")
    st, why = status(files["legacy/old.md"])
    assert st == "waived" and "Renegotiation agreed for the renewal" in why and "J. Smith (Legal)" in why
    assert status(files["new.md"]) == ("violation", None)
    assert code == 1  # new.md still fails
    code, files, _ = check(capsys, "legacy/old.md")
    assert code == 0  # a waived finding does not count


def test_the_waiver_glob_also_matches_the_path_relative_to_the_config(project, monkeypatch, capsys):
    configure(project, date.today() + timedelta(days=1))
    monkeypatch.chdir(project / "legacy")
    code, files, _ = check(capsys, "old.md")
    assert code == 0 and status(files["old.md"])[0] == "waived"


def test_an_expired_waiver_no_longer_applies_and_the_report_says_so(project, capsys):
    configure(project, date.today() - timedelta(days=1))
    code, files, err = check(capsys, "legacy/old.md")
    assert code == 1 and status(files["legacy/old.md"]) == ("violation", None)
    (note,) = files["legacy/old.md"]["notes"]
    assert "RED-003" in note and "expired on" in note and "J. Smith (Legal)" in note
    assert "legacy/old.md: RED-003: the waiver for 'legacy/*' expired on" in err


def test_a_waiver_lasts_through_its_expiry_day():
    verdict = Verdict(rule="R-1", title="t", area="a", severity="high", status=Status.gap, message="m")
    result = FileResult(path="c.md", verdicts=[verdict])
    waiver = Waiver(rule="R-1", reason="why", approver="who", expires=date(2026, 3, 1))
    on_the_day = apply_waivers(result, [waiver], today=date(2026, 3, 1), base=Path("."))
    after = apply_waivers(result, [waiver], today=date(2026, 3, 2), base=Path("."))
    assert on_the_day.verdicts[0].status == Status.waived and not on_the_day.notes
    assert after.verdicts[0].status == Status.gap and len(after.notes) == 1


def test_passes_are_never_marked_waived():
    verdict = Verdict(rule="R-1", title="t", area="a", severity="high", status=Status.passed, message="m")
    result = apply_waivers(FileResult(path="c.md", verdicts=[verdict]),
                           [Waiver(rule="R-1", reason="r", approver="a", expires=date.max)], today=date.today(),
                           base=Path("."))
    assert result.verdicts[0].status == Status.passed and result.verdicts[0].waiver is None


@pytest.mark.parametrize("missing", ["reason", "approver", "expires"])
def test_a_waiver_without_reason_approver_or_expiry_is_a_config_error(project, capsys, missing):
    configure(project, date(2030, 1, 1))
    path = project / "contractlint.toml"
    path.write_text("\n".join(line for line in path.read_text().splitlines() if not line.startswith(missing)) + "\n")
    code, _, err = check(capsys, "new.md")
    assert code == 2
    assert f"contractlint.toml:4: [waivers[0].{missing}] waiver 1 has no '{missing}'" in err


def test_a_waiver_for_an_unknown_rule_is_a_config_error(project, capsys):
    configure(project, date(2030, 1, 1))
    path = project / "contractlint.toml"
    path.write_text(path.read_text().replace('rule = "RED-003"', 'rule = "RED-033"'))
    code, _, err = check(capsys, "new.md")
    assert code == 2 and ":5: [waivers[0].rule] unknown rule id 'RED-033' (did you mean 'RED-003'?)" in err



def test_text_report_shows_an_expired_waiver_note(tmp_path, capsys):
    """The terminal report names an expired waiver, not only stderr."""
    from contractlint.cli.main import main

    (tmp_path / "r.cl").write_text('pack t "1" { description: "t" }\n'
                                   'rule R-1 "x" { area: a  severity: high  require: sentence mentions "hotline" }\n')
    (tmp_path / "c.md").write_text("Nothing here.\n")
    (tmp_path / "contractlint.toml").write_text(
        'rules = ["r.cl"]\npacks = []\n[[waivers]]\nrule = "R-1"\nreason = "agreed"\napprover = "Legal"\n'
        "expires = 2020-01-01\n")
    import os

    old = os.getcwd()
    os.chdir(tmp_path)
    try:
        code = main(["check", "c.md"])
    finally:
        os.chdir(old)
    out = capsys.readouterr().out
    assert code == 1
    assert "note" in out and "R-1" in out and "expired" in out
