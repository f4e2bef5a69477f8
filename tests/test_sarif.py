"""SARIF output: the shape GitHub code scanning reads, checked by Microsoft's SARIF multitool and the schema."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ruleset
from contractlint.checker import build_report, check_file
from contractlint.cli.main import main
from contractlint.engine.verdicts import Report
from contractlint.lang.ast import Severity
from contractlint.report import sarif_report
from pdf_fixtures import ContractPdf
from packs import GOV_001, RED_003, SPOC_001, pack

RULES = pack(GOV_001, RED_003, SPOC_001)
BAD = ("# Agreement\n\nBetween Acme Ltd (the \"Client\") and Beta Ltd (the \"Supplier\").\n\n"
       "## 4. Service Levels\n\n4.1 The Supplier shall use reasonable efforts to meet the Service Levels.\n\n"
       "4.2 Each party names a single point of contact.\n")
MULTITOOL = "@microsoft/sarif-multitool@5.7.0"


def _report(tmp_path: Path, *names: str) -> Report:
    rules = ruleset(RULES)
    return build_report([check_file(tmp_path / n, rules) for n in names], rules, Severity.high)


def _log(report: Report, root: Path) -> dict:
    return json.loads(sarif_report.render(report, root=root))


@pytest.fixture
def contracts(tmp_path: Path) -> Path:
    (tmp_path / "bad.md").write_text(BAD)
    pdf = ContractPdf(footer="Page {n} of {m}")
    pdf.heading("1. Definitions")
    pdf.para("1.1 Agreement means this agreement.")
    pdf.page_break()
    pdf.heading("4. Service Levels")
    pdf.para("4.1 The Supplier shall use reasonable efforts to meet the Service Levels.")
    pdf.save(tmp_path / "draft.pdf")
    (tmp_path / "broken.docx").write_bytes(b"not a zip at all")
    return tmp_path


def test_severity_maps_to_level_in_one_function():
    assert {s.value: sarif_report.level(s.value) for s in Severity} == {
        "critical": "error", "high": "error", "medium": "warning", "low": "note", "info": "note"}


def test_findings_become_results_with_rules_and_line_regions(contracts):
    """Gaps and violations are results; each rule that has one is described once, with its fix as help."""
    report = _report(contracts, "bad.md")
    log = _log(report, contracts)
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-schema-2.1.0.json")
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "contractlint" and driver["version"] == report.tool.version
    assert driver["informationUri"].startswith("https://")
    rules = {r["id"]: r for r in driver["rules"]}
    assert set(rules) == {"GOV-001", "RED-003"}  # SPOC-001 passed: no result, no descriptor
    gov = rules["GOV-001"]
    assert gov["shortDescription"]["text"] == "A governance body" and gov["name"] == "AGovernanceBody"
    assert "001: joint governance" in gov["fullDescription"]["text"]
    assert "The parties shall establish a Steering Committee." in gov["help"]["text"]
    assert "Suggested wording" in gov["help"]["markdown"] and "Steering Committee" in gov["help"]["markdown"]
    assert gov["defaultConfiguration"] == {"level": "error"}
    assert gov["properties"]["tags"] == ["governance", "committee"]
    assert "security-severity" not in json.dumps(log)
    statuses = {v.rule: v.status.value for v in report.files[0].verdicts}
    results = {r["ruleId"]: r for r in run["results"]}
    assert set(results) == {rule for rule, status in statuses.items() if status in ("gap", "violation")}
    for r in results.values():
        assert driver["rules"][r["ruleIndex"]]["id"] == r["ruleId"]
    red = results["RED-003"]
    assert red["level"] == "note" and red["message"]["text"] == "Service levels are effort-only."
    (loc,) = red["locations"]
    assert loc["physicalLocation"]["artifactLocation"] == {"uri": "bad.md", "uriBaseId": "%SRCROOT%"}
    assert loc["physicalLocation"]["region"] == {"startLine": 7}
    assert red["properties"]["evidence"][0]["where"] == "4.1 Service Levels, line 7"
    # A gap has nothing to point at: the first line of the file stands for the whole file.
    assert results["GOV-001"]["locations"][0]["physicalLocation"]["region"] == {"startLine": 1}
    assert results["GOV-001"]["level"] == "error"
    assert run["invocations"] == [{"executionSuccessful": True, "exitCode": 1}]


def test_pdf_findings_name_clause_and_page_without_a_region(contracts):
    log = _log(_report(contracts, "draft.pdf"), contracts)
    red = next(r for r in log["runs"][0]["results"] if r["ruleId"] == "RED-003")
    (loc,) = red["locations"]
    assert loc["physicalLocation"] == {"artifactLocation": {"uri": "draft.pdf", "uriBaseId": "%SRCROOT%"}}
    assert loc["logicalLocations"] == [{"name": "4.1", "fullyQualifiedName": "4.1 Service Levels, p. 2", "kind": "section"}]
    quote = "The Supplier shall use reasonable efforts to meet the Service Levels."
    assert f'4.1 Service Levels, p. 2: "{quote}"' in red["message"]["text"]
    assert red["properties"]["evidence"] == [{"quote": quote, "where": "4.1 Service Levels, p. 2"}]
    gap = next(r for r in log["runs"][0]["results"] if r["ruleId"] == "GOV-001")
    assert "region" not in gap["locations"][0]["physicalLocation"] and "logicalLocations" not in gap["locations"][0]


def test_unreadable_file_is_a_tool_execution_notification(contracts):
    log = _log(_report(contracts, "bad.md", "broken.docx"), contracts)
    (invocation,) = log["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False and invocation["exitCode"] == 3
    (note,) = invocation["toolExecutionNotifications"]
    assert note["level"] == "error" and "not a Word .docx file" in note["message"]["text"]
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "broken.docx"
    assert note["descriptor"]["id"] == log["runs"][0]["tool"]["driver"]["notifications"][0]["id"]
    assert all("broken.docx" not in json.dumps(r) for r in log["runs"][0]["results"])


def test_fingerprints_survive_renumbering_and_moving(tmp_path):
    """The same clause renumbered and moved down keeps its fingerprint; different wording does not."""
    (tmp_path / "v1.md").write_text(BAD)
    (tmp_path / "v2.md").write_text(BAD.replace("## 4. Service", "Recitals.\n\nMore recitals.\n\n## 7. Service")
                                    .replace("4.1 The", "7.3 The"))
    (tmp_path / "v3.md").write_text(BAD.replace("meet the Service Levels", "achieve the Service Levels"))
    log = _log(_report(tmp_path, "v1.md", "v2.md", "v3.md"), tmp_path)
    red = [r for r in log["runs"][0]["results"] if r["ruleId"] == "RED-003"]
    assert [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in red] == ["v1.md", "v2.md", "v3.md"]
    lines = [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in red]
    prints = [r["partialFingerprints"][sarif_report.FINGERPRINT] for r in red]
    assert lines[0] != lines[1] and prints[0] == prints[1]
    assert prints[2] != prints[0]
    assert sarif_report.fingerprint("X-1", "12.3 As set out in clause 9, the Supplier") == \
        sarif_report.fingerprint("X-1", "14.1 as set out in Clause 11, the supplier")
    assert sarif_report.fingerprint("X-1", "the Supplier") != sarif_report.fingerprint("X-2", "the Supplier")


def test_paths_outside_the_root_are_absolute_file_uris(tmp_path):
    folder = tmp_path / "my contracts"
    folder.mkdir()
    (folder / "bad draft.md").write_text(BAD)
    report = _report(folder, "bad draft.md")
    inside = _log(report, tmp_path)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert inside == {"uri": "my%20contracts/bad%20draft.md", "uriBaseId": "%SRCROOT%"}
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    outside = _log(report, elsewhere)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert outside == {"uri": (folder / "bad draft.md").as_uri()}


def test_check_format_sarif_from_the_command_line(contracts, capsys, monkeypatch):
    (contracts / "rules").mkdir()
    (contracts / "rules" / "t.cl").write_text(RULES)
    monkeypatch.chdir(contracts)
    code = main(["check", "--no-bundled", "--rules", "rules", "--format", "sarif", "bad.md"])
    log = json.loads(capsys.readouterr().out)
    assert code == 1 and {r["ruleId"] for r in log["runs"][0]["results"]} == {"GOV-001", "RED-003"}
    assert log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "bad.md"


# ---- external validation ------------------------------------------------------------------------
@pytest.fixture(scope="session")
def multitool(pytestconfig) -> Path:
    """The SARIF multitool's own executable, installed once with npm into pytest's cache folder.

    The npm package is a small launcher whose ``bin`` passes arguments through a shell (which would
    split ``Sarif;Gh``), so the platform executable it points at is run directly.
    """
    npm, node = shutil.which("npm"), shutil.which("node")
    if not (npm and node):
        pytest.skip("npm/node not installed: the SARIF multitool is an npm package")
    prefix = pytestconfig.cache.mkdir("sarif-multitool")
    where = [node, "-p", "require('@microsoft/sarif-multitool')"]
    found = subprocess.run(where, cwd=prefix, capture_output=True, text=True)
    if found.returncode != 0 or not Path(found.stdout.strip()).is_file():
        install = subprocess.run([npm, "install", "--prefix", str(prefix), "--no-audit", "--no-fund", MULTITOOL],
                                 capture_output=True, text=True, timeout=600)
        assert install.returncode == 0, f"npm install {MULTITOOL} failed:\n{install.stderr[-2000:]}"
        found = subprocess.run(where, cwd=prefix, capture_output=True, text=True, check=True)
    exe = Path(found.stdout.strip())
    exe.chmod(exe.stat().st_mode | 0o100)  # npm may skip the package's own chmod (install scripts off)
    return exe


def _validate(exe: Path, sarif: Path) -> list[str]:
    """Run ``validate`` with the SARIF and GitHub rule sets; its findings, as ``LEVEL RULE: text``.

    The multitool exits 0 whether or not it finds problems, so its own SARIF output is read. A
    result without a level takes its rule's default level, as SARIF says.
    """
    out = sarif.with_name(sarif.stem + ".validation.sarif")
    proc = subprocess.run([str(exe), "validate", str(sarif), "--output", str(out), "--log", "ForceOverwrite",
                           "--rule-kind", "Sarif;Gh;Ghas"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0 and out.is_file(), proc.stdout + proc.stderr
    (run,) = json.loads(out.read_text(encoding="utf-8-sig"))["runs"]
    assert run["invocations"][0]["executionSuccessful"], proc.stdout
    rules = run["tool"]["driver"].get("rules", [])
    found = []
    for r in run.get("results", []):
        default = rules[r["ruleIndex"]].get("defaultConfiguration", {}).get("level") if "ruleIndex" in r else None
        text = r["message"].get("text") or ", ".join(r["message"].get("arguments", []))
        found.append(f'{r.get("level") or default or "warning"} {r["ruleId"]}: {text}')
    return found


def test_sarif_multitool_finds_no_errors(contracts, multitool):
    """The multitool (SARIF and GitHub rule sets) finds no errors in a log with text, PDF and unreadable inputs.

    Its only warnings are SARIF2017, for the .pdf results, which have no region by design (a PDF has no
    lines a code viewer could show). A log broken on purpose proves the check can fail.
    """
    log = contracts / "out.sarif"
    log.write_text(sarif_report.render(_report(contracts, "bad.md", "draft.pdf", "broken.docx"), root=contracts))
    found = _validate(multitool, log)
    assert [f for f in found if f.startswith("error")] == []
    assert {f.split(":")[0] for f in found} <= {"warning SARIF2017"}, found

    # Two separate breakages: the GitHub rules run only on a log that passes the schema.
    no_version, no_help = json.loads(log.read_text()), json.loads(log.read_text())
    del no_version["version"]
    del no_help["runs"][0]["tool"]["driver"]["rules"][0]["help"]
    for name, broken, rule in (("no-version", no_version, "JSON1002"), ("no-help", no_help, "GH2012")):
        (contracts / f"{name}.sarif").write_text(json.dumps(broken))
        errors = [f for f in _validate(multitool, contracts / f"{name}.sarif") if f.startswith("error")]
        assert any(rule in e for e in errors), (name, errors)


def test_sarif_matches_the_json_schema_shipped_with_the_multitool(contracts, multitool):
    """The SARIF 2.1.0 JSON schema from the multitool's package, applied with jsonschema.

    This also catches what the multitool lets through silently (it skips a log whose ``level`` is
    not one of the allowed words, reporting nothing).
    """
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is a test extra: pip install '.[test]'")
    schema_path = multitool.parent / "sarif-2.1.0.json"
    if not schema_path.is_file():
        pytest.skip(f"this multitool package ships no schema at {schema_path}")
    schema = json.loads(schema_path.read_text(encoding="utf-8-sig"))
    validator_class = jsonschema.validators.validator_for(schema)
    validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)
    log = _log(_report(contracts, "bad.md", "draft.pdf", "broken.docx"), contracts)
    assert [e.message for e in validator.iter_errors(log)] == []
    log["runs"][0]["results"][0]["level"] = "critical"
    assert [e.message for e in validator.iter_errors(log)] != []
