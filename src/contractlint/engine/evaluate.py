"""Evaluate compiled conditions against a document index.

A scoped test ("sentence mentions X and has duration") runs over units of its scope; a unit
satisfies it when every part holds inside that same unit. Only units holding a match of an
anchor term (one the test cannot be true without) are visited, so a rule costs in proportion to
its matches, not to the length of the contract.
"""

from __future__ import annotations

import bisect
import operator
from dataclasses import dataclass, field

from contractlint.engine.index import DocumentIndex, Span
from contractlint.lang import ast

_OPS = {"<": operator.lt, "under": operator.lt, "<=": operator.le, "at most": operator.le,
        ">": operator.gt, "over": operator.gt, ">=": operator.ge, "at least": operator.ge, "=": operator.eq}
PARTY_ROLES = {
    "client": {"client", "both"},
    "provider": {"provider", "both"},
    "both parties": {"both"},
    "either party": {"both"},
    "any party": {"client", "provider", "both", "unknown"},
}


@dataclass
class Spot:
    """Where a part of a test held, and what it captured (the duration found, the phrase)."""

    start: int
    end: int
    captures: dict[str, str] = field(default_factory=dict)


@dataclass
class Outcome:
    """Whether a condition holds; ``spots`` support it when true and block it when false."""

    ok: bool
    spots: list[Spot] = field(default_factory=list)


class Evaluator:
    """Evaluates one rule's conditions; ``count_negated`` lets matches in negated statements count."""

    def __init__(self, index: DocumentIndex, count_negated: bool = False) -> None:
        self.ix = index
        self.count_negated = count_negated

    # ---- conditions ------------------------------------------------------------------------------
    def condition(self, cond: ast.Condition) -> Outcome:
        if isinstance(cond, ast.Scoped):
            return self.scoped(cond)
        if isinstance(cond, ast.CNot):
            inner = self.condition(cond.item)
            return Outcome(not inner.ok, inner.spots)
        results = [self.condition(c) for c in cond.items]
        if isinstance(cond, ast.CAnd):
            ok = all(r.ok for r in results)
            pick = results if ok else [r for r in results if not r.ok]
        else:
            ok = any(r.ok for r in results)
            pick = [r for r in results if r.ok] if ok else results
        return Outcome(ok, [s for r in pick for s in r.spots])

    def candidates(self, cond: ast.Scoped) -> tuple[list[Span], list[Span]]:
        """All units of a scoped test, and those holding a match of its anchor term (the ones visited)."""
        units = self.units(cond)
        anchor = self._anchor(cond.pred)
        if anchor is None:
            return units, units
        return units, _touching(units, anchor, disjoint=cond.scope in ("sentence", "paragraph", "row"))

    def scoped(self, cond: ast.Scoped) -> Outcome:
        hits: list[Spot] = []
        count = 0
        for a, b in self.candidates(cond)[1]:
            ok, spots = self.pred(cond.pred, a, b)
            if ok:
                count += 1
                hits.extend(self._evidence(cond.scope, a, b, spots))
        if cond.none:
            return Outcome(count == 0, hits)
        return Outcome(count >= cond.at_least, hits)

    def units(self, cond: ast.Scoped) -> list[Span]:
        doc = self.ix.doc
        if cond.scope == "section" and cond.heading is not None:
            units = [(s.start, s.end) for s in doc.sections if self.ix.heading_matches(s, cond.heading)]
        else:
            units = self.ix.units(cond.scope)
        if cond.within is not None:
            areas = _merged([(s.start, s.end) for s in doc.sections if self.ix.heading_matches(s, cond.within)])
            starts = [a for a, _ in areas]
            units = [u for u in units if (i := bisect.bisect_right(starts, u[0]) - 1) >= 0 and u[0] < areas[i][1]]
        return units

    # ---- predicates --------------------------------------------------------------------------------
    def pred(self, pred: ast.Pred, a: int, b: int) -> tuple[bool, list[Spot]]:
        """Whether a predicate holds inside the unit [a, b), and where."""
        if isinstance(pred, ast.PAnd):
            spots: list[Spot] = []
            for p in pred.items:
                ok, s = self.pred(p, a, b)
                if not ok:
                    return False, []
                spots.extend(s)
            return True, spots
        if isinstance(pred, ast.POr):
            for p in pred.items:
                ok, s = self.pred(p, a, b)
                if ok:
                    return True, s
            return False, []
        if isinstance(pred, ast.PNot):
            ok, _ = self.pred(pred.item, a, b)
            return not ok, []
        if isinstance(pred, ast.Mentions):
            return self._mentions(pred, a, b)
        if isinstance(pred, ast.Near):
            return self._near(pred, a, b)
        if isinstance(pred, ast.Has):
            return self._has(pred, a, b)
        if isinstance(pred, ast.Duty):
            return self._duty(pred, a, b)
        if isinstance(pred, ast.HeadingMentions):
            return self._heading(pred, a)
        if isinstance(pred, ast.HeaderMentions):
            return self._header(pred, a)
        raise TypeError(f"unknown predicate {pred!r}")  # pragma: no cover - the compiler forbids it

    def matches(self, term: ast.Term, a: int, b: int) -> list[Span]:
        """Matches of a term inside [a, b), without those in negated statements (unless counted)."""
        found = self.ix.find(term)
        lo = bisect.bisect_left(found, (a, -1))
        out = []
        for m in found[lo:]:
            if m[0] >= b:
                break
            # A match that runs on into the next unit belongs to neither ("... Account Director.
            # The authority of ..." is no sentence about a director's authority).
            if m[1] > b:
                continue
            if self.count_negated or not self.ix.is_negated(*m):
                out.append(m)
        return out

    def distinct(self, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """One match per different name among ``found``, the longest form of each kept."""
        seen: dict[str, tuple[int, int]] = {}
        for m in found:
            words = self.ix.text[m[0]:m[1]].lower().split()
            seen.setdefault(" ".join(words[1:] if len(words) > 1 and words[0] == "the" else words), m)
        # A name that ends another is that one cut short: "the Table", "the Partnership Table" and
        # the "Hiring Line Partnership Table" are one body (and "The Council" is the Partnership Council).
        return [m for key, m in seen.items() if not any(other.endswith(" " + key) for other in seen)]

    def _mentions(self, pred: ast.Mentions, a: int, b: int) -> tuple[bool, list[Spot]]:
        found = self.matches(pred.term, a, b)
        if pred.distinct:
            found = self.distinct(found)
        if len(found) < pred.at_least:
            return False, []
        return True, [Spot(s, e, {"match": self.ix.text[s:e]}) for s, e in found]

    def _near(self, pred: ast.Near, a: int, b: int) -> tuple[bool, list[Spot]]:
        first, second = self.matches(pred.first, a, b), self.matches(pred.second, a, b)
        for m1 in first:
            t1 = self.ix.token_at(m1[0])
            for m2 in second:
                if abs(self.ix.token_at(m2[0]) - t1) <= pred.within:
                    lo, hi = min(m1[0], m2[0]), max(m1[1], m2[1])
                    return True, [Spot(lo, hi, {"match": self.ix.text[lo:hi]})]
        return False, []

    def _has(self, pred: ast.Has, a: int, b: int) -> tuple[bool, list[Spot]]:
        spots = []
        for si in self.ix.sentences_in(*self._sentence_range(a, b)):
            for q in self.ix.quantities(si):
                if q.kind != pred.quantity or not (a <= q.start < b):
                    continue
                if pred.bound is not None and not _OPS[pred.op](q.value, pred.bound.value):
                    continue
                spots.append(Spot(q.start, q.end, {pred.quantity: q.text}))
        return bool(spots), spots

    def _duty(self, pred: ast.Duty, a: int, b: int) -> tuple[bool, list[Spot]]:
        roles = PARTY_ROLES[pred.party]
        for si in self.ix.sentences_in(a, b):
            for o in self.ix.obligations(si):
                if o.role not in roles or o.modality != pred.modality or o.negated:
                    continue
                spots = [Spot(*o.predicate, {"party": pred.party})]
                if pred.term is not None:
                    found = self.ix.find(pred.term)
                    i = bisect.bisect_left(found, (o.predicate[0], -1))
                    if i >= len(found) or found[i][0] >= o.predicate[1]:
                        continue
                    s, e = found[i]
                    spots = [Spot(s, e, {"match": self.ix.text[s:e], "party": pred.party})]
                if pred.quantity is not None:
                    ok, qspots = self._has(pred.quantity, *o.reach)
                    if not ok:
                        continue
                    spots += qspots
                return True, spots
        return False, []

    def _sentence_range(self, a: int, b: int) -> tuple[int, int]:
        """Widen a span inside one sentence to that sentence, so its quantities are found."""
        si = self.ix.sentence_at(a)
        return (self.ix.doc.sentences[si].start if si is not None else a), b

    def _heading(self, pred: ast.HeadingMentions, a: int) -> tuple[bool, list[Spot]]:
        para = self.ix.doc.paragraph_at(a)
        if para is None:
            return False, []
        # A table's caption ("Table A-5. Escalation") heads its rows as a heading would.
        if para.table is not None and self.ix.caption_matches(para.table, pred.term):
            return True, []
        if para.section is None:
            return False, []
        lineage = self.ix.doc.lineage(self.ix.doc.sections[para.section])
        return any(s.heading and self.ix.heading_matches(s, pred.term) for s in lineage), []

    def _header(self, pred: ast.HeaderMentions, a: int) -> tuple[bool, list[Spot]]:
        # The header row itself has no header: a column title is not a value under it.
        para = self.ix.doc.paragraph_at(a)
        if para is None or para.table is None or not para.row:
            return False, []
        if not self.ix.header_matches(para.table, pred.term):
            return False, []
        start, end = self.ix.table_header(para.table)  # type: ignore[misc] - it matched, so it exists
        return True, [Spot(start, end, {"header": self.ix.text[start:end]})]

    # ---- helpers -------------------------------------------------------------------------------------
    def _anchor(self, pred: ast.Pred) -> list[Span] | None:
        """Matches a unit must contain for the predicate to hold, or None when no such term exists."""
        if isinstance(pred, ast.Mentions) and pred.at_least >= 1:
            return self.ix.find(pred.term)
        if isinstance(pred, ast.Near):
            return self.ix.find(pred.first)
        if isinstance(pred, ast.Duty) and pred.term is not None:
            return self.ix.find(pred.term)
        if isinstance(pred, ast.PAnd):
            anchors = [x for x in (self._anchor(p) for p in pred.items) if x is not None]
            return min(anchors, key=len) if anchors else None
        if isinstance(pred, ast.POr):
            anchors = [self._anchor(p) for p in pred.items]
            if all(x is not None for x in anchors):
                return sorted({m for x in anchors for m in x})
        return None

    def _evidence(self, scope: str, a: int, b: int, spots: list[Spot]) -> list[Spot]:
        """Evidence for a satisfied unit: the sentence or row itself, or the sentences of its matches."""
        captures: dict[str, str] = {}
        for s in spots:
            for k, v in s.captures.items():
                captures.setdefault(k, v)
        if scope in ("sentence", "row") or not spots:
            return [Spot(a, b, captures)]
        out, seen = [], set()
        for s in spots:
            si = self.ix.sentence_at(s.start)
            if si is None or si in seen:
                continue
            seen.add(si)
            sent = self.ix.doc.sentences[si]
            out.append(Spot(sent.start, sent.end, {**captures, **s.captures}))
            if len(out) == 3:
                break
        return out or [Spot(a, b, captures)]


def _touching(units: list[Span], anchor: list[Span], disjoint: bool) -> list[Span]:
    """The units that hold at least one anchor match."""
    if not anchor:
        return []
    if disjoint and len(anchor) < len(units):
        # Sorted, non-overlapping units: place each match in its unit (cost follows the matches).
        unit_starts = [u[0] for u in units]
        picked = []
        for m in anchor:
            i = bisect.bisect_right(unit_starts, m[0]) - 1
            if i >= 0 and m[0] < units[i][1] and (not picked or picked[-1] != i):
                picked.append(i)
        return [units[i] for i in sorted(set(picked))]
    starts = [m[0] for m in anchor]
    out = []
    for a, b in units:
        i = bisect.bisect_left(starts, a)
        if i < len(starts) and starts[i] < b:
            out.append((a, b))
    return out


def _merged(spans: list[Span]) -> list[Span]:
    """Overlapping or nested spans (sections within sections) joined into sorted disjoint ones."""
    out: list[Span] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out
