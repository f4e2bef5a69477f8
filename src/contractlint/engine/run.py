"""Run a rule set over one Document and turn outcomes into verdicts with quoted evidence."""

from __future__ import annotations

import re

from contractlint.document.model import Document
from contractlint.engine.evaluate import Evaluator, Outcome, Spot
from contractlint.engine.index import DocumentIndex
from contractlint.engine.verdicts import Evidence, Status, Verdict
from contractlint.lang import ast
from contractlint.lang.compiler import RuleSet

_OPTIONAL = re.compile(r"\[([^\[\]]*)\]")
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_MAX_EVIDENCE = 10
_MAX_QUOTE = 400


def check_document(doc: Document, rules: RuleSet) -> list[Verdict]:
    """One verdict per rule, in the rule set's order."""
    index = DocumentIndex(doc)
    return [evaluate_rule(rule, index) for rule in rules.rules]


def evaluate_rule(rule: ast.Rule, index: DocumentIndex) -> Verdict:
    """The verdict of one rule: not-applicable, pass, gap or violation, with evidence."""
    ev = Evaluator(index, count_negated=rule.negated == "count")
    if rule.when is not None and not ev.condition(rule.when).ok:
        return _verdict(rule, Status.not_applicable, f"Not applicable: {rule.title}.", [], index)
    if rule.require is not None:
        out = ev.condition(rule.require)
        status = Status.passed if out.ok else Status.gap
    else:
        out = ev.condition(rule.forbid)
        status = Status.violation if out.ok else Status.passed
    return _verdict(rule, status, None, out.spots, index, out)


def _verdict(rule: ast.Rule, status: Status, message: str | None, spots: list[Spot], index: DocumentIndex,
             outcome: Outcome | None = None) -> Verdict:
    evidence, captures = _evidence(spots, index)
    if message is None:
        if status in (Status.gap, Status.violation):
            message = render_message(rule.message or rule.title, captures)
        else:
            message = rule.title
    return Verdict(
        rule=rule.id, title=rule.title, area=rule.area or "", severity=rule.severity or "info", status=status,
        message=message, fix=rule.fix, source=rule.source, pack=rule.pack, tags=list(rule.tags),
        evidence=evidence, captures=captures,
    )


def render_message(template: str, captures: dict[str, str]) -> str:
    """Fill ``{duration}``-style placeholders; a ``[bracketed part]`` whose value is missing is dropped."""

    def optional(m: re.Match[str]) -> str:
        names = _PLACEHOLDER.findall(m.group(1))
        return m.group(1) if all(n in captures for n in names) else ""

    text = _OPTIONAL.sub(optional, template)
    # A placeholder outside brackets with nothing found must not print as "{duration}".
    return _PLACEHOLDER.sub(lambda m: captures.get(m.group(1), "(none found)"), text)


def _evidence(spots: list[Spot], index: DocumentIndex) -> tuple[list[Evidence], dict[str, str]]:
    doc = index.doc
    captures: dict[str, str] = {}
    out: list[Evidence] = []
    seen: set[tuple[int, int]] = set()
    for spot in spots:
        for k, v in spot.captures.items():
            captures.setdefault(k, " ".join(v.split()))
        if (spot.start, spot.end) in seen or len(out) >= _MAX_EVIDENCE:
            continue
        seen.add((spot.start, spot.end))
        loc = doc.locate(spot.start, spot.end)
        quote = " ".join(doc.text[spot.start:spot.end].split())
        if len(quote) > _MAX_QUOTE:
            quote = quote[: _MAX_QUOTE - 3].rstrip() + "..."
        out.append(Evidence(quote=quote, section=loc.section, heading=loc.heading, page=loc.page,
                            paragraph=loc.paragraph, line=loc.line, start=spot.start, end=spot.end))
    return out, captures
