"""`explain` traces a verdict to its candidates and reasons; `rules` lists, shows and validates."""

import pytest

from contractlint.cli.main import main

RULES = """pack t "1" { description: "t" }
vocab esc = "escalate" | "refer"
rule ESC-002 "Escalation levels are time-limited" {
  area: escalation
  severity: high
  require: (sentence mentions esc and has duration)
           and not (sentence mentions esc and has duration > 15 business days)
  message: "An escalation level allows too long[: {duration}]."
  fix: "Escalate after five Business Days."
  examples { pass: "Escalate within 5 days." gap: "Escalate within 30 days." }
}
rule SLA-003 "The client has time-bound duties" {
  area: sla
  severity: high
  require: sentence obliges client to ("respond" | "approve") with duration
  fix: "The Client shall respond within 2 Business Days."
}
"""
CONTRACT = """This Agreement is between Acme Ltd (the "Client") and Beta Ltd (the "Supplier").

## 19. Escalation

19.1 Any dispute shall first be referred to the managers within five (5) Business Days.

19.2 If not resolved, either party may escalate it to the directors within thirty (30) days.

## 6. Client Duties

6.1 The Supplier shall respond to complaints within 2 days.

6.2 The Client may approve scripts within 3 days.

6.3 The Client is not required to respond to escalations within 4 hours.
"""


@pytest.fixture
def files(tmp_path):
    (tmp_path / "r.cl").write_text(RULES)
    (tmp_path / "c.md").write_text(CONTRACT)
    return tmp_path


def run(args, capsys):
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_explain_shows_the_offending_candidate_and_its_reasons(files, capsys):
    code, out, _ = run(["explain", "ESC-002", str(files / "c.md"), "--no-bundled", "--rules", str(files / "r.cl")],
                       capsys)
    assert code == 0
    assert out.startswith("ESC-002  Escalation levels are time-limited   gap")
    assert "An escalation level allows too long: thirty (30) days." in out
    assert "scope: sentence; 3 of 6 units hold a candidate match; 2 meet the test" in out
    assert "found \"escalations\" but only in a negated statement" in out
    assert '19.2 Escalation: "If not resolved, either party may escalate it' in out
    assert '✓ has duration > 15 business days: found "thirty (30) days"' in out
    assert '✗ has duration > 15 business days: found "five (5) Business Days", not > 15 business days' in out


def test_explain_names_wrong_party_permission_and_negation(files, capsys):
    code, out, _ = run(["explain", "SLA-003", str(files / "c.md"), "--no-bundled", "--rules", str(files / "r.cl")],
                       capsys)
    assert code == 0 and "gap" in out.splitlines()[0]
    assert "wrong party: the provider is obliged" in out
    assert "the client is only permitted, not obliged" in out
    assert "the duty of the client is negated" in out


def test_explain_unknown_rule_suggests_the_nearest(files, capsys):
    code, _, err = run(["explain", "ESC-02", str(files / "c.md"), "--no-bundled", "--rules", str(files / "r.cl")],
                       capsys)
    assert code == 2 and "no rule 'ESC-02' (did you mean ESC-002?)" in err


def test_rules_list_show_and_validate(files, capsys):
    code, out, _ = run(["rules", "list", "--no-bundled", "--rules", str(files / "r.cl")], capsys)
    assert code == 0
    assert out.splitlines()[0].split() == ["ESC-002", "high", "require", "escalation", "Escalation", "levels",
                                           "are", "time-limited"]
    assert out.strip().endswith("2 rules in 1 packs")
    code, out, _ = run(["rules", "show", "SLA-003", "--no-bundled", "--rules", str(files / "r.cl")], capsys)
    assert "require: sentence obliges client to (\"respond\" | \"approve\") with duration" in out
    assert "fix: The Client shall respond within 2 Business Days." in out
    code, out, _ = run(["rules", "validate", str(files / "r.cl")], capsys)
    assert code == 0 and out.strip() == "ok: 2 rules, 1 vocabularies, 1 packs"
    (files / "bad.cl").write_text(RULES.replace("severity: high", "severity: hihg", 1))
    code, _, err = run(["rules", "validate", str(files / "bad.cl")], capsys)
    assert code == 2 and "bad.cl:5:13: unknown severity 'hihg'" in err and "did you mean 'high'?" in err


def test_bundled_rules_are_listed(capsys):
    code, out, _ = run(["rules", "list"], capsys)
    assert code == 0 and out.strip().endswith("47 rules in 10 packs")
