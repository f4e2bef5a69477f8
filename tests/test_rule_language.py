"""Rule files: syntax and semantic errors point at file:line:col with a caret and a suggestion."""

import pytest

from contractlint.cli.main import main
from contractlint.errors import RuleFileError
from contractlint.lang import ast
from conftest import ruleset

HEADER = 'pack p "1.0" { description: "d" }\n'
GOOD = HEADER + """
vocab body = "steering committee" | fuzzy 85 "relationship board" | /\\bJSC\\b/
rule GOV-001 "A governance body" {
  area: governance
  severity: critical
  source: "003"
  tags: governance, structure
  require: sentence mentions body and has frequency >= quarterly
  message: "No governance body meets[; found {frequency}]."
  fix: \"\"\"The parties shall establish
a Joint Steering Committee.\"\"\"
  examples {
    pass: "The Steering Committee shall meet monthly."
    gap: "The Steering Committee shall meet annually."
  }
}
"""


def error_of(text: str) -> RuleFileError:
    with pytest.raises(RuleFileError) as info:
        ruleset(text, "r.cl")
    return info.value


def test_a_valid_file_compiles_to_typed_rules():
    rs = ruleset(GOOD)
    rule = rs.rule("GOV-001")
    assert rule.area == "governance" and rule.severity == "critical" and rule.pack == "p"
    assert rule.tags == ("governance", "structure")
    assert rule.fix == "The parties shall establish\na Joint Steering Committee."
    assert isinstance(rule.require, ast.Scoped) and rule.require.scope == "sentence"
    has = rule.require.pred.items[1]
    assert has.quantity == "frequency" and has.op == ">=" and has.bound.value == 4
    body = rule.require.pred.items[0].term
    assert body.name == "body" and body.terms[0].stems == ("steer", "committee")
    assert [e.expect for e in rule.examples] == ["pass", "gap"]


def test_syntax_error_shows_line_column_caret_expected_and_did_you_mean():
    err = error_of(HEADER + 'rule A "x" {\n  area: a\n  severity: low\n  require: sentence mention "x"\n}\n')
    assert err.one_line() == "r.cl:5:21: unexpected 'mention'"
    rendered = err.render().splitlines()
    assert rendered[1].strip() == 'require: sentence mention "x"'
    assert rendered[2].index("^") == rendered[1].index("mention")
    assert "'mentions'" in err.render() and "did you mean 'mentions'?" in err.render()


def test_unknown_vocabulary_suggests_the_nearest():
    err = error_of(GOOD.replace("mentions body", "mentions bdy"))
    assert "unknown vocabulary 'bdy'" in err.one_line() and err.hint == "did you mean 'body'?"
    assert err.line == 9


def test_bad_severity_suggests_the_nearest():
    err = error_of(GOOD.replace("severity: critical", "severity: critcal"))
    assert "unknown severity 'critcal'" in err.one_line() and "did you mean 'critical'?" in err.render()


def test_duplicate_rule_ids_are_refused():
    rule = GOOD.split("\n", 3)[3]
    err = error_of(GOOD + rule)
    assert "duplicate rule id 'GOV-001' (first defined at r.cl:4)" in err.one_line()


def test_comparing_a_duration_with_a_percentage_is_refused():
    err = error_of(GOOD.replace("has frequency >= quarterly", "has duration > 12%"))
    assert "cannot compare a duration with a percentage ('12%')" in err.one_line()


def test_empty_pack_is_refused():
    err = error_of(HEADER)
    assert "pack 'p' is empty" in err.one_line()


def test_bad_regex_and_placeholder_and_extension_are_refused():
    assert "bad regular expression" in error_of(GOOD.replace("/\\bJSC\\b/", "/(unclosed/")).one_line()
    assert "unknown placeholder '{frequncy}'" in error_of(GOOD.replace("{frequency}", "{frequncy}")).one_line()
    assert "cannot extend unknown vocabulary 'nobody'" in error_of(GOOD + 'vocab nobody += "x"\n').one_line()


def test_a_vocabulary_inside_a_regex_must_exist_and_be_patterns_only():
    err = error_of(GOOD.replace("/\\bJSC\\b/", "/\\b{bdy}\\b/"))
    assert "unknown vocabulary '{bdy}' in a regular expression" in err.one_line() and err.hint == "did you mean 'body'?"
    err = error_of(GOOD.replace("/\\bJSC\\b/", "/\\b{words}\\b/") + 'vocab words = "joint board"\n')
    assert "'{words}' in a regular expression must name a vocabulary of /regular expressions/ only" in err.one_line()
    assert err.one_line().startswith("r.cl:3:")
    err = error_of(GOOD + "vocab loop = /a{loop}/\n")
    assert "vocabulary 'loop' refers to itself (loop -> loop)" in err.one_line()
    # A quantifier and an escaped brace are not names; the party slots are left for the engine.
    ok = ruleset(GOOD + "vocab kept = /x{2}\\{note\\}{client}/\n")
    assert ok.vocabs["kept"].terms[0].pattern == "x{2}\\{note\\}{client}"


def test_forbid_rule_cannot_expect_a_gap():
    text = HEADER + 'rule R "x" {\n area: a\n severity: low\n forbid: sentence mentions "x"\n examples { gap: "x" }\n}\n'
    assert "a 'forbid' rule cannot give 'gap'" in error_of(text).one_line()


def test_rule_file_errors_exit_2_with_the_rendered_message(tmp_path, capsys):
    (tmp_path / "bad.cl").write_text(GOOD.replace("mentions body", "mentions bdy"))
    (tmp_path / "c.md").write_text("The Steering Committee shall meet monthly.\n")
    code = main(["check", "--no-bundled", "--rules", str(tmp_path / "bad.cl"), str(tmp_path / "c.md")])
    err = capsys.readouterr().err
    assert code == 2
    assert f"{tmp_path / 'bad.cl'}:9:" in err and "did you mean 'body'?" in err and "^" in err


def test_extending_an_unknown_vocabulary_suggests_a_defined_one():
    err = error_of(GOOD + 'vocab bdy += "board"\n')
    assert "cannot extend unknown vocabulary 'bdy'" in err.one_line() and err.hint == "did you mean 'body'?"
    err = error_of(GOOD + 'vocab zzz += "board"\n')
    assert err.hint is None


def test_party_names_only_for_the_two_roles():
    ok = ruleset(GOOD.replace('| /\\bJSC\\b/', '| /\\bJSC\\b/ | party client'))
    terms = ok.rule("GOV-001").require.pred.items[0].term.terms
    assert terms[-1] == ast.PartyNames(role="client", line=terms[-1].line, column=terms[-1].column)
    err = error_of(GOOD.replace('| /\\bJSC\\b/', '| party either party'))
    assert "'party either party' names no one" in err.one_line()
    assert err.one_line().startswith("r.cl:3:")


@pytest.mark.parametrize(("written", "read"), [
    (r'"\"Advisers\" means consultants"', '"Advisers" means consultants'),
    (r'"a back\\slash"', "a back\\slash"),
    (r'"no escape \y here"', "no escape \\y here"),  # an unknown escape stands for itself
])
def test_escapes_in_plain_text(written: str, read: str) -> None:
    import warnings

    from contractlint.lang.parser import _unquote

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no DeprecationWarning from a codec either
        assert _unquote(written) == read
