"""`test-rules`: inline examples and test files beside rule files; untested rules fail."""

from contractlint.cli.main import main

RULES = """pack t "1" { description: "t" }
rule A-1 "A committee" { area: a  severity: low  require: sentence mentions "steering committee" }
rule A-2 "A cadence" { area: a  severity: low  require: sentence has frequency }
rule A-3 "No walk-away" { area: a  severity: low  forbid: sentence permits provider to "terminate" }
"""
TESTS = """Tests for t.cl: the preamble is ignored.

# pass: A-1, A-2
The Steering Committee shall meet monthly.

# gap: A-1
## Contents
1. Steering Committee ..... 4

# violation: A-3
The Supplier may terminate this Agreement on notice.

# pass: A-3
The Client may terminate this Agreement on notice.
"""


def run(args, capsys):
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_test_file_beside_the_rule_file_is_run(tmp_path, capsys):
    (tmp_path / "t.cl").write_text(RULES)
    (tmp_path / "t.test").write_text(TESTS)
    code, out, _ = run(["test-rules", str(tmp_path / "t.cl"), "-v"], capsys)
    assert code == 0, out
    assert out.strip().splitlines()[-1] == "5 passed, 0 failed (5 cases of 3 rules)"
    assert f"ok   {tmp_path / 't.test'}:3: A-1 expected pass, got pass" in out
    assert f"ok   {tmp_path / 't.test'}:3: A-2 expected pass, got pass" in out


def test_a_failing_snippet_and_an_untested_rule_fail_the_run(tmp_path, capsys):
    (tmp_path / "t.cl").write_text(RULES + 'rule A-4 "Untested" { area: a  severity: low  require: sentence mentions "x" }\n')
    (tmp_path / "t.test").write_text(TESTS.replace("# gap: A-1", "# pass: A-1"))
    code, out, _ = run(["test-rules", str(tmp_path)], capsys)
    assert code == 1
    assert f"FAIL {tmp_path / 't.test'}:6: A-1 expected pass, got gap" in out
    assert "A-4 expected a test, got none" in out and "(the rule has no example and no test)" in out
    assert out.strip().splitlines()[-1] == "4 passed, 2 failed (6 cases of 4 rules)"


def test_a_malformed_marker_is_a_rule_file_error(tmp_path, capsys):
    (tmp_path / "t.cl").write_text(RULES)
    (tmp_path / "t.test").write_text("# pass: A-1, not an id\nThe Steering Committee meets.\n")
    code, _, err = run(["test-rules", str(tmp_path / "t.cl")], capsys)
    assert code == 2 and f"{tmp_path / 't.test'}:1:" in err and "'not an id' is not a rule id" in err
