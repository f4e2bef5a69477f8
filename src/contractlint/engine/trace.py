"""Why a rule passed or failed: the scope it looked in, its candidates, and each test met or missed.

``explain`` re-runs one rule with an ``Evaluator`` that records a ``ScopeTrace`` per scoped test;
for each candidate unit every part of the test is evaluated (no short cut) and given a reason a
user can check against the contract: negated, wrong party, only permitted, duration too long.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from contractlint.engine.evaluate import PARTY_ROLES, Evaluator
from contractlint.lang import ast, describe

MAX_UNITS = 12


@dataclass
class Note:
    met: bool
    text: str
    depth: int = 0


@dataclass
class UnitTrace:
    start: int
    end: int
    ok: bool
    notes: list[Note] = field(default_factory=list)


@dataclass
class ScopeTrace:
    condition: str
    scope: str
    units: int
    candidates: int
    satisfied: int
    needed: str
    ok: bool
    shown: list[UnitTrace] = field(default_factory=list)


class TracingEvaluator(Evaluator):
    """An Evaluator that records, for each scoped test, why its candidate units met it or not."""

    def __init__(self, index, count_negated: bool = False) -> None:
        super().__init__(index, count_negated)
        self.traces: list[ScopeTrace] = []

    def scoped(self, cond: ast.Scoped):
        outcome = super().scoped(cond)
        units, candidates = self.candidates(cond)
        traced = [self._unit(cond.pred, a, b) for a, b in candidates]
        satisfied = sum(1 for u in traced if u.ok)
        needed = "none" if cond.none else f"at least {cond.at_least}"
        shown = sorted(traced, key=lambda u: (not u.ok, -sum(n.met for n in u.notes)))[:MAX_UNITS]
        self.traces.append(ScopeTrace(
            condition=describe.condition(cond), scope=describe.scope(cond), units=len(units),
            candidates=len(candidates), satisfied=satisfied, needed=needed, ok=outcome.ok,
            shown=sorted(shown, key=lambda u: u.start),
        ))
        return outcome

    def _unit(self, pred: ast.Pred, a: int, b: int) -> UnitTrace:
        ok, _ = self.pred(pred, a, b)
        unit = UnitTrace(a, b, ok)
        self._notes(pred, a, b, unit.notes, 0, top=True)
        return unit

    def _notes(self, pred: ast.Pred, a: int, b: int, out: list[Note], depth: int, top: bool = True) -> None:
        ok, spots = self.pred(pred, a, b)
        if isinstance(pred, (ast.PAnd, ast.POr)):
            # The top-level "and" lists its parts; a nested group gets a line of its own first.
            if not top:
                out.append(Note(ok, ("either of:" if isinstance(pred, ast.POr) else "all of:"), depth))
                depth += 1
            elif isinstance(pred, ast.POr):
                out.append(Note(ok, "either of:", depth))
                depth += 1
            for p in pred.items:
                self._notes(p, a, b, out, depth, top=False)
            return
        if isinstance(pred, ast.PNot):
            inner_ok, inner_spots = self.pred(pred.item, a, b)
            why = f"but found {self._quote(inner_spots)}" if inner_ok else "and it is absent"
            out.append(Note(ok, f"{describe.pred(pred)}: {why}", depth))
            return
        out.append(Note(ok, f"{describe.pred(pred)}: {self._reason(pred, a, b, ok, spots)}", depth))

    # ---- reasons ------------------------------------------------------------------------------------
    def _reason(self, pred: ast.Pred, a: int, b: int, ok: bool, spots) -> str:
        if ok:
            return f"found {self._quote(spots)}"
        if isinstance(pred, ast.Mentions):
            found = self.ix.find(pred.term)
            inside = found[bisect.bisect_left(found, (a, -1)):bisect.bisect_left(found, (b, -1))]
            if not inside:
                return "not found here"
            matched = self.matches(pred.term, a, b)
            if not matched:
                return f"found {self._text(inside[0])} but only in a negated statement"
            if pred.distinct:
                return f"found {len(self.distinct(matched))} different, needs {pred.at_least}"
            return f"found {len(matched)}, needs {pred.at_least}"
        if isinstance(pred, ast.Near):
            if self.matches(pred.first, a, b) and self.matches(pred.second, a, b):
                return f"both found, but more than {pred.within} words apart"
            return "one of the two is not found here"
        if isinstance(pred, ast.Has):
            return self._quantity_reason(pred, a, b)
        if isinstance(pred, ast.Duty):
            return self._duty_reason(pred, a, b)
        if isinstance(pred, ast.HeaderMentions):
            return "not a table row, or its table's header row does not mention it"
        return "the heading does not mention it"

    def _quantity_reason(self, pred: ast.Has, a: int, b: int) -> str:
        found = [q for si in self.ix.sentences_in(*self._sentence_range(a, b)) for q in self.ix.quantities(si)
                 if q.kind == pred.quantity and a <= q.start < b]
        if not found:
            return f"no {pred.quantity} found"
        texts = ", ".join(f'"{q.text}"' for q in found[:3])
        return f"found {texts}, not {pred.op} {pred.bound.text}" if pred.bound else f"found {texts}"

    def _duty_reason(self, pred: ast.Duty, a: int, b: int) -> str:
        roles = PARTY_ROLES[pred.party]
        seen = [o for si in self.ix.sentences_in(a, b) for o in self.ix.obligations(si)]
        if not seen:
            return "no party is obliged, permitted or prohibited here"
        reasons = []
        for o in seen:
            who = {"both": "both parties", "unknown": "an unnamed actor"}.get(o.role, "the " + o.role)
            if o.role not in roles:
                reasons.append(f"wrong party: {who} is {o.modality}")
            elif o.negated:
                reasons.append(f"the duty of {who} is negated")
            elif o.modality != pred.modality:
                reasons.append(f"{who} is only {o.modality}, not {pred.modality}")
            elif pred.term is not None and not any(o.predicate[0] <= m[0] < o.predicate[1]
                                                   for m in self.ix.find(pred.term)):
                reasons.append(f"{describe.term(pred.term)} is not part of what {who} is {o.modality} to do")
            elif pred.quantity is not None:
                found = self._quantity_reason(pred.quantity, *o.predicate)
                reasons.append(f"inside the duty of {who}: {found}")
        return "; ".join(dict.fromkeys(reasons)) or "no matching duty"

    def _text(self, span) -> str:
        return '"' + " ".join(self.ix.text[span[0]:span[1]].split())[:80] + '"'

    def _quote(self, spots) -> str:
        return self._text((spots[0].start, spots[0].end)) if spots else "it"


def explain_rule(rule: ast.Rule, index) -> tuple[list[ScopeTrace], list[ScopeTrace]]:
    """Traces of a rule's precondition (``when``) and of its require/forbid condition."""
    when: list[ScopeTrace] = []
    ev = TracingEvaluator(index, count_negated=rule.negated == "count")
    if rule.when is not None:
        ev.condition(rule.when)
        when, ev.traces = ev.traces, []
    ev.condition(rule.require if rule.require is not None else rule.forbid)
    return when, ev.traces


__all__ = ["ScopeTrace", "TracingEvaluator", "UnitTrace", "explain_rule"]
