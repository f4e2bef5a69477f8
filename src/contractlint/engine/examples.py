"""Rule self-tests: inline ``examples`` and test files beside rule files must get their stated verdicts."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel

from contractlint.document.load import document_from_text
from contractlint.engine.index import DocumentIndex
from contractlint.engine.run import evaluate_rule
from contractlint.lang.compiler import RuleSet
from contractlint.lang.testfile import Case, parse_test_file, test_file_for


class ExampleResult(BaseModel):
    rule: str
    file: str
    line: int
    expect: str
    got: str
    text: str
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.expect == self.got


def collect_cases(rules: RuleSet) -> list[Case]:
    """Every rule's inline examples, plus the cases of the test file beside each rule file."""
    cases = [Case(rule=r.id, expect=e.expect, text=e.text, file=r.file, line=e.line)
             for r in rules.rules for e in r.examples]
    for file in sorted({r.file for r in rules.rules}):
        test_file = test_file_for(Path(file))
        if test_file.is_file():
            cases.extend(parse_test_file(test_file))
    return cases


def run_examples(rules: RuleSet, only: set[str] | None = None) -> list[ExampleResult]:
    """Evaluate each case as a one-snippet contract against its rule; a rule with no case fails."""
    by_id = {r.id: r for r in rules.rules}
    out = []
    tested: set[str] = set()
    for case in collect_cases(rules):
        if only and case.rule not in only:
            continue
        rule = by_id.get(case.rule)
        if rule is None:
            out.append(ExampleResult(rule=case.rule, file=case.file, line=case.line, expect=case.expect,
                                     got="unknown rule", text=case.text, reason="no rule has this id"))
            continue
        tested.add(rule.id)
        doc = document_from_text(case.text, path=f"<example {rule.id}:{case.line}>")
        verdict = evaluate_rule(rule, DocumentIndex(doc))
        out.append(ExampleResult(rule=rule.id, file=case.file, line=case.line, expect=case.expect,
                                 got=verdict.status.value, text=case.text, reason=verdict.message))
    for rule in rules.rules:
        if rule.id not in tested and (not only or rule.id in only):
            out.append(ExampleResult(rule=rule.id, file=rule.file, line=rule.line, expect="a test", got="none",
                                     text="", reason="the rule has no example and no test"))
    return out
