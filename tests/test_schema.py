"""`contractlint schema` describes the JSON report, and real reports validate against it."""

import json

import jsonschema
import pytest

from contractlint.cli.main import main


def test_json_reports_of_the_samples_validate_against_the_schema(repo, tmp_path, capsys):
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert {"tool", "files", "summary"} <= set(schema["required"])
    (tmp_path / "broken.docx").write_bytes(b"junk")
    code = main(["check", "--format", "json", str(repo / "samples"), str(tmp_path / "broken.docx")])
    report = json.loads(capsys.readouterr().out)
    assert code == 3
    jsonschema.validate(report, schema)
    statuses = {v["status"] for f in report["files"] for v in f["verdicts"]}
    assert statuses <= {"pass", "gap", "violation", "not-applicable", "waived"}
    report["files"][0]["verdicts"][0]["status"] = "maybe"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(report, schema)
