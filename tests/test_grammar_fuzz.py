"""Fuzzing the rule language: random and mutated rule files give a clean error, never a crash or hang."""

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contractlint.errors import RuleFileError
from contractlint.lang.compiler import compile_rules
from contractlint.lang.parser import parse_rule_text

BUNDLED = Path(__file__).resolve().parent.parent / "rules" / "03-escalation.cl"
SEED = """pack p "1" { description: "d" }
vocab body = "steering committee" | fuzzy 85 "relationship board" | /\\bJSC\\b/
rule GOV-003 "Cadence" {
  area: governance
  severity: high
  when: document mentions "contact centre"
  require: (sentence mentions body and has frequency >= quarterly)
           or (at least 2 sentences in section "Governance" obliges client to ("meet" | "attend") with duration)
  message: "No cadence[: {frequency}]."
  fix: \"\"\"The Steering Committee shall meet monthly.\"\"\"
  examples { pass: "The Steering Committee shall meet monthly." gap: "Nothing." }
}
"""
TOKENS = ["rule", "vocab", "pack", "{", "}", "(", ")", ":", "|", "and", "or", "not", "mentions", "has",
          "sentence", "document", "section", '"x"', "/a+/", "duration", ">", "15 days", "obliges", "client",
          "near", "within", "words", "at least", "2", "=", "+=", "\n", '"""', "#"]


def compile_text(text: str) -> None:
    try:
        compile_rules([parse_rule_text(text, "fuzz.cl")])
    except RuleFileError as exc:
        assert exc.line >= 1 and exc.column >= 1
        assert exc.render().startswith("fuzz.cl:")


FUZZ = settings(max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.text(max_size=300))
def test_random_text_gives_a_clean_error(text):
    compile_text(text)


@FUZZ
@given(st.lists(st.sampled_from(TOKENS), max_size=60))
def test_random_token_soup_gives_a_clean_error(tokens):
    compile_text(" ".join(tokens))


@FUZZ
@given(st.data())
def test_mutated_valid_files_give_a_clean_error(data):
    text = data.draw(st.sampled_from([SEED, BUNDLED.read_text(encoding="utf-8")]))
    for _ in range(data.draw(st.integers(1, 4))):
        pos = data.draw(st.integers(0, len(text)))
        action = data.draw(st.sampled_from(["delete", "insert", "replace"]))
        chunk = data.draw(st.sampled_from(TOKENS + ["", "'", "\\", "\x00", "é", "{{", "}}"]))
        if action == "delete":
            text = text[:pos] + text[pos + data.draw(st.integers(1, 20)):]
        elif action == "insert":
            text = text[:pos] + chunk + text[pos:]
        else:
            text = text[:pos] + chunk + text[pos + len(chunk):]
    compile_text(text)
