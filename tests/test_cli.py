"""The command line as a user meets it: commands, formats, exit codes and safe output."""

import json
import subprocess
import sys

import pytest

from contractlint import __version__
from contractlint.cli.main import main
from packs import GOV_001, RED_003, pack

RULES = pack(GOV_001, RED_003)
GOOD = "# Agreement\n\n## 1. Governance\n\n1.1 The parties shall form a Steering Committee.\n"
BAD = ("# Agreement\n\nBetween Acme Ltd (the \"Client\") and Beta Ltd (the \"Supplier\").\n\n"
       "## 4. Service Levels\n\n4.1 The Supplier shall use reasonable efforts to meet the Service Levels.\n")


@pytest.fixture
def setup(tmp_path):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "t.cl").write_text(RULES)
    (tmp_path / "good.md").write_text(GOOD)
    (tmp_path / "bad.md").write_text(BAD)
    return tmp_path


def run(args, capsys):
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_version_and_help(capsys):
    code, out, _ = run(["--version"], capsys)
    assert code == 0 and out.strip() == f"contractlint {__version__}"
    code, out, _ = run(["--help"], capsys)
    assert code == 0 and "check" in out and "parse" in out and "Exit codes" in out


def test_python_dash_m_runs_the_same_cli():
    proc = subprocess.run([sys.executable, "-m", "contractlint", "--version"], capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout.strip() == f"contractlint {__version__}"


def test_check_json_has_the_documented_shape(setup, capsys):
    code, out, _ = run(["check", "--no-bundled", "--rules", str(setup / "rules"), "--format", "json",
                        str(setup / "bad.md")], capsys)
    data = json.loads(out)
    assert data["tool"] == {"name": "contractlint", "version": __version__}
    (file,) = data["files"]
    assert file["path"].endswith("bad.md") and file["error"] is None
    assert {p["role"] for p in file["parties"]} == {"client", "provider"}
    verdicts = {v["rule"]: v for v in file["verdicts"]}
    for v in verdicts.values():
        assert set(v) >= {"rule", "title", "area", "severity", "status", "message", "fix", "evidence"}
    assert verdicts["GOV-001"]["status"] == "gap"
    red = verdicts["RED-003"]
    assert red["status"] == "violation"
    (ev,) = red["evidence"]
    assert set(ev) >= {"quote", "section", "heading", "page", "paragraph", "line"}
    assert ev["section"] == "4.1" and ev["heading"] == "Service Levels" and ev["line"] == 7
    assert data["summary"]["exit_code"] == code == 1


def test_exit_codes_follow_fail_on(setup, capsys):
    rules = ["--no-bundled", "--rules", str(setup / "rules")]
    assert run(["check", *rules, str(setup / "good.md")], capsys)[0] == 0
    assert run(["check", *rules, str(setup / "bad.md")], capsys)[0] == 1
    # Only a low violation is left when the critical gap is ignored: fail-on critical passes it.
    assert run(["check", *rules, "--fail-on", "critical", str(setup / "good.md")], capsys)[0] == 0


def test_unreadable_input_exits_3_and_the_others_are_still_checked(setup, capsys):
    (setup / "broken.docx").write_bytes(b"not a zip at all")
    code, out, err = run(["check", "--no-bundled", "--rules", str(setup / "rules"), "--format", "json",
                          str(setup / "good.md"), str(setup / "broken.docx")], capsys)
    assert code == 3
    files = {f["path"].rsplit("/", 1)[-1]: f for f in json.loads(out)["files"]}
    assert files["good.md"]["verdicts"] and files["good.md"]["error"] is None
    assert "not a Word .docx file" in files["broken.docx"]["error"]
    assert "broken.docx" in err and "Traceback" not in err


def test_folders_are_searched_recursively(setup, capsys):
    (setup / "sub").mkdir()
    (setup / "sub" / "more.txt").write_text("The Steering Committee meets.\n")
    (setup / "sub" / "notes.csv").write_text("ignored")
    code, out, _ = run(["check", "--no-bundled", "--rules", str(setup / "rules"), "--format", "json", str(setup)], capsys)
    names = sorted(f["path"].rsplit("/", 1)[-1] for f in json.loads(out)["files"])
    assert names == ["bad.md", "good.md", "more.txt"]


def test_output_is_written_atomically_and_never_over_an_input(setup, capsys):
    target = setup / "report.json"
    code, out, _ = run(["check", "--no-bundled", "--rules", str(setup / "rules"), "--format", "json",
                        "-o", str(target), str(setup / "good.md")], capsys)
    assert code == 0 and out == "" and json.loads(target.read_text())["files"]
    assert not [p for p in setup.iterdir() if p.name.startswith(".report.json.")]
    before = (setup / "good.md").read_bytes()
    code, _, err = run(["check", "--no-bundled", "--rules", str(setup / "rules"), "-o", str(setup / "good.md"),
                        str(setup / "good.md")], capsys)
    assert code == 2 and "refusing to write the output over the input file" in err
    assert (setup / "good.md").read_bytes() == before


def test_text_report_shows_location_quote_and_fix(setup, capsys):
    code, out, _ = run(["check", "--no-bundled", "--rules", str(setup / "rules"), str(setup / "bad.md")], capsys)
    assert "Acme Ltd (client) · Beta Ltd (provider)" in out
    assert "GOV-001" in out and "fix: The parties shall establish a Steering Committee." in out
    assert '4.1 Service Levels, line 7: "The Supplier shall use reasonable efforts' in out
    assert "\x1b[" not in out  # not a terminal: no colour codes
    assert "exit 1 (fail-on: high)" in out


def test_missing_file_and_unknown_option_are_usage_errors(setup, capsys):
    assert run(["check", "--no-bundled", "--rules", str(setup / "rules"), str(setup / "nope.md")], capsys)[0] == 2
    assert run(["check", "--bogus", str(setup / "good.md")], capsys)[0] == 2


def test_parse_shows_sections_parties_and_definitions(setup, capsys):
    code, out, _ = run(["parse", str(setup / "bad.md")], capsys)
    assert code == 0
    assert 'client    Acme Ltd (the "Client")' in out and 'provider  Beta Ltd (the "Supplier")' in out
    assert "4 Service Levels" in out and "4.1" in out
    code, out, _ = run(["parse", "--format", "json", str(setup / "bad.md")], capsys)
    data = json.loads(out)
    assert [s["number"] for s in data["sections"] if s["number"]] == ["4", "4.1"]
    assert data["counts"]["sentences"] == 2


def test_parse_client_hint_sets_roles(tmp_path, capsys):
    path = tmp_path / "c.md"
    path.write_text('This Agreement is between Alpha Ltd ("Alpha") and Omega Ltd ("Omega").\n')
    code, out, _ = run(["parse", "--format", "json", "--client", "Omega", str(path)], capsys)
    roles = {p["name"]: p["role"] for p in json.loads(out)["parties"]}
    assert roles == {"Alpha Ltd": "provider", "Omega Ltd": "client"}


def test_unreadable_file_in_parse_exits_3(tmp_path, capsys):
    path = tmp_path / "c.pdf"
    path.write_bytes(b"%PDF-garbage")
    code, _, err = run(["parse", str(path)], capsys)
    assert code == 3 and err.startswith("contractlint: ") and len(err.strip().splitlines()) == 1


def test_output_file_has_ordinary_permissions(setup, capsys):
    import os

    target = setup / "report.json"
    old = os.umask(0o022)
    try:
        run(["check", "--no-bundled", "--rules", str(setup / "rules"), "--format", "json", "-o", str(target),
             str(setup / "good.md")], capsys)
    finally:
        os.umask(old)
    assert target.stat().st_mode & 0o777 == 0o644


def test_fail_on_choices_are_the_severities_in_order():
    from contractlint.cli.options import SEVERITIES
    from contractlint.lang.ast import Severity

    assert SEVERITIES == [s.value for s in Severity]


def _failing_reader(real):
    """A document reader with a bug on one file: it raises what no reader should."""
    def load(path, *args, **kwargs):
        if path.name == "bad.md":
            raise IndexError("list index out of range")
        return real(path, *args, **kwargs)
    return load


def test_a_bug_on_one_file_is_one_line_and_the_other_files_are_still_checked(setup, capsys, monkeypatch):
    import contractlint.document.load as load_module
    monkeypatch.setattr(load_module, "load_document", _failing_reader(load_module.load_document))
    rules = ["--no-bundled", "--rules", str(setup / "rules")]
    code, out, err = run(["check", *rules, "--format", "json", str(setup / "good.md"), str(setup / "bad.md")], capsys)
    files = {f["path"].rsplit("/", 1)[-1]: f for f in json.loads(out)["files"]}
    assert code == 3 and "Traceback" not in out + err
    assert "IndexError" in files["bad.md"]["error"] and "bug in contractlint" in files["bad.md"]["error"]
    assert files["good.md"]["error"] is None and files["good.md"]["verdicts"]


def test_a_bug_in_a_single_file_command_exits_4_with_one_line(setup, capsys, monkeypatch):
    import contractlint.document.load as load_module
    monkeypatch.setattr(load_module, "load_document", _failing_reader(load_module.load_document))
    code, out, err = run(["parse", str(setup / "bad.md")], capsys)
    assert code == 4 and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1 and "IndexError" in err and "bug in contractlint" in err
