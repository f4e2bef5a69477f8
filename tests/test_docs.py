"""The documentation's tutorial pack passes its own tests, as the tutorial says it does."""

from contractlint.cli.main import main


def test_tutorial_rules_pass_their_tests(repo, capsys):
    code = main(["test-rules", str(repo / "docs" / "tutorial")])
    out = capsys.readouterr().out
    assert code == 0, out
    last = out.strip().splitlines()[-1]
    assert last.endswith("failed (11 cases of 1 rules)") and " 0 failed" in last


def test_every_construct_of_the_grammar_is_documented(repo):
    text = (repo / "docs" / "rule-language.md").read_text(encoding="utf-8")
    for construct in ["pack", "vocab", "+=", "require:", "forbid:", "when:", "negated:", "examples", "fuzzy",
                      "exact", "near", "within", "at least", "different", "has duration", "has frequency",
                      "has percentage", "has money", "obliges", "permits", "prohibits", "with duration",
                      "in section", "no sentence", "heading mentions", "clause", "row", "paragraph", "document"]:
        assert construct in text, construct
