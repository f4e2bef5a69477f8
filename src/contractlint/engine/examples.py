"""Rule self-tests: every example in a rule's ``examples`` block must get the verdict it names."""

from __future__ import annotations

from pydantic import BaseModel

from contractlint.document.load import document_from_text
from contractlint.engine.index import DocumentIndex
from contractlint.engine.run import evaluate_rule
from contractlint.lang.compiler import RuleSet


class ExampleResult(BaseModel):
    rule: str
    file: str
    line: int
    expect: str
    got: str
    text: str

    @property
    def ok(self) -> bool:
        return self.expect == self.got


def run_examples(rules: RuleSet, only: set[str] | None = None) -> list[ExampleResult]:
    """Evaluate each example as a one-snippet contract against its own rule."""
    out = []
    for rule in rules.rules:
        if only and rule.id not in only:
            continue
        for ex in rule.examples:
            doc = document_from_text(ex.text, path=f"<example {rule.id}:{ex.line}>")
            verdict = evaluate_rule(rule, DocumentIndex(doc))
            out.append(ExampleResult(rule=rule.id, file=rule.file, line=ex.line, expect=ex.expect,
                                     got=verdict.status.value, text=ex.text))
    return out
