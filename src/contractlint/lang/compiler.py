"""Validate parsed rule files and compile them into one ``RuleSet`` the engine evaluates.

Every check a rule author can fail is made here, once, at load time: unknown vocabularies and
severities (with "did you mean"), duplicate ids, a duration compared with a percentage, bad
regular expressions, empty packs. Vocabulary references are resolved into their phrases and every
phrase is reduced to the stems the engine's index matches.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from re import _compiler as sre_compile, _constants as sre, _parser as sre_parse  # sre_* before 3.11

from pydantic import BaseModel, ConfigDict

from contractlint.errors import RuleFileError
from contractlint.lang import ast
from contractlint.nlp.fastscan import SLOT_MARK, literal_openings
from contractlint.nlp.normalize import phrase_stems, phrase_words

PLACEHOLDERS = ("duration", "percentage", "money", "frequency", "match", "party")
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
# A vocabulary (or party slot) named inside a regular expression; "\{" stays a literal brace.
_INLINE = re.compile(r"(?<!\\)\{([A-Za-z_][\w-]*)\}")


class RuleSet(BaseModel):
    """All packs and rules of a run, validated, with vocabularies resolved."""

    model_config = ConfigDict(frozen=True)

    packs: tuple[ast.Pack, ...]
    rules: tuple[ast.Rule, ...]
    vocabs: dict[str, ast.Alts]

    def rule(self, rule_id: str) -> ast.Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)


class _Compiler:
    def __init__(self, files: Sequence[ast.RuleFile]) -> None:
        self.files = files
        self.texts: dict[str, list[str]] = {f.path: f.text.splitlines() for f in files if f.text}
        self.vocab_defs: dict[str, list[ast.Vocab]] = {}
        self.resolved: dict[str, ast.Alts] = {}

    def error(self, message: str, file: str, line: int, column: int, hint: str | None = None) -> RuleFileError:
        if file not in self.texts:
            try:
                self.texts[file] = Path(file).read_text(encoding="utf-8").splitlines()
            except OSError:
                self.texts[file] = []
        lines = self.texts[file]
        source = lines[line - 1] if 0 < line <= len(lines) else ""
        return RuleFileError(message, path=file, line=line, column=column, source_line=source, hint=hint)

    def run(self) -> RuleSet:
        for f in self.files:
            if f.pack is not None and not f.rules and not f.vocabs:
                raise self.error(f"pack '{f.pack.name}' is empty: it has no rules and no vocabularies",
                                 f.path, f.pack.line, f.pack.column)
            for v in f.vocabs:
                defs = self.vocab_defs.get(v.name, [])
                if v.extend and not defs:
                    known = [name for name, found in self.vocab_defs.items() if found]
                    raise self.error(f"cannot extend unknown vocabulary '{v.name}'", v.file, v.line, v.column,
                                     self._suggest(v.name, known))
                defs = self.vocab_defs.setdefault(v.name, [])
                if not v.extend and defs:
                    first = defs[0]
                    raise self.error(f"vocabulary '{v.name}' is already defined at {first.file}:{first.line}"
                                     " (use += to extend it)", v.file, v.line, v.column)
                defs.append(v)
        for name in self.vocab_defs:
            self._vocab(name, ())
        seen: dict[str, ast.Rule] = {}
        rules = []
        for f in self.files:
            for rule in f.rules:
                if rule.id in seen:
                    first = seen[rule.id]
                    raise self.error(f"duplicate rule id '{rule.id}' (first defined at {first.file}:{first.line})",
                                     rule.file, rule.line, rule.column)
                seen[rule.id] = rule
                rules.append(self._rule(rule, f.pack.name if f.pack else Path(f.path).stem))
        return RuleSet(packs=tuple(f.pack for f in self.files if f.pack), rules=tuple(rules), vocabs=self.resolved)

    # -- rules
    def _rule(self, rule: ast.Rule, pack: str) -> ast.Rule:
        def at(key: str) -> tuple[int, int]:
            return rule.positions.get(key, (rule.line, rule.column))

        if rule.severity is None:
            raise self.error(f"rule {rule.id} has no severity", rule.file, rule.line, rule.column)
        if rule.severity not in ast.Severity.__members__:
            raise self.error(f"unknown severity '{rule.severity}'", rule.file, *at("severity"),
                             self._suggest(rule.severity, ast.Severity.__members__,
                                           "choose critical, high, medium, low or info"))
        if rule.area is None:
            raise self.error(f"rule {rule.id} has no area", rule.file, rule.line, rule.column)
        if (rule.require is None) == (rule.forbid is None):
            raise self.error(f"rule {rule.id} needs exactly one of 'require' or 'forbid'", rule.file, rule.line,
                             rule.column)
        if rule.negated not in ("skip", "count"):
            raise self.error(f"'negated' is 'skip' or 'count', not '{rule.negated}'", rule.file, *at("negated"))
        for key in ("message", "fix"):
            text = getattr(rule, key) or ""
            for name in _PLACEHOLDER.findall(text):
                if name not in PLACEHOLDERS:
                    raise self.error(f"unknown placeholder '{{{name}}}' in {key}", rule.file, *at(key),
                                     self._suggest(name, PLACEHOLDERS, "placeholders: " + ", ".join(PLACEHOLDERS)))
        allowed = {"pass", "not-applicable"} | ({"gap"} if rule.require is not None else {"violation"})
        for ex in rule.examples:
            if ex.expect not in allowed:
                kind = "require" if rule.require is not None else "forbid"
                raise self.error(f"a '{kind}' rule cannot give '{ex.expect}'", rule.file, ex.line, ex.column)
        update = {"pack": pack}
        for key in ("require", "forbid", "when"):
            cond = getattr(rule, key)
            if cond is not None:
                update[key] = self._cond(cond, rule.file)
        return rule.model_copy(update=update)

    def _cond(self, cond: ast.Condition, file: str) -> ast.Condition:
        if isinstance(cond, ast.Scoped):
            return cond.model_copy(update={
                "pred": self._pred(cond.pred, file),
                "heading": self._term(cond.heading, file) if cond.heading else None,
                "within": self._term(cond.within, file) if cond.within else None,
            })
        if isinstance(cond, ast.CNot):
            return cond.model_copy(update={"item": self._cond(cond.item, file)})
        return cond.model_copy(update={"items": tuple(self._cond(c, file) for c in cond.items)})

    def _pred(self, pred: ast.Pred, file: str) -> ast.Pred:
        if isinstance(pred, (ast.PAnd, ast.POr)):
            return pred.model_copy(update={"items": tuple(self._pred(p, file) for p in pred.items)})
        if isinstance(pred, ast.PNot):
            return pred.model_copy(update={"item": self._pred(pred.item, file)})
        if isinstance(pred, ast.Near):
            return pred.model_copy(update={"first": self._term(pred.first, file),
                                           "second": self._term(pred.second, file)})
        if isinstance(pred, ast.Has):
            if pred.bound is not None and pred.bound.kind != pred.quantity:
                raise self.error(f"cannot compare a {pred.quantity} with a {pred.bound.kind} "
                                 f"('{pred.bound.text}')", file, pred.bound.line, pred.bound.column)
            return pred
        if isinstance(pred, ast.Duty) and pred.quantity is not None:
            pred = pred.model_copy(update={"quantity": self._pred(pred.quantity, file)})
        if isinstance(pred, (ast.Mentions, ast.HeadingMentions, ast.HeaderMentions)):
            return pred.model_copy(update={"term": self._term(pred.term, file)})
        if isinstance(pred, ast.Duty) and pred.term is not None:
            return pred.model_copy(update={"term": self._term(pred.term, file)})
        return pred

    # -- terms
    def _term(self, term: ast.Term, file: str, trail: tuple[str, ...] = ()) -> ast.Term:
        if isinstance(term, ast.VocabRef):
            if term.name not in self.vocab_defs:
                raise self.error(f"unknown vocabulary '{term.name}'", file, term.line, term.column,
                                 self._suggest(term.name, self.vocab_defs))
            return self._vocab(term.name, trail, at=(file, term.line, term.column))
        if isinstance(term, ast.Alts):
            return term.model_copy(update={"terms": tuple(self._term(t, file, trail) for t in term.terms)})
        if isinstance(term, ast.Phrase):
            stems = phrase_words(term.text) if term.exact else phrase_stems(term.text)
            if not stems:
                raise self.error(f"the phrase '{term.text}' has no words to match", file, term.line, term.column)
            return term.model_copy(update={"stems": stems})
        if isinstance(term, ast.Regex):
            term = self._inline_patterns(term, file, trail)
            flags = term.re_flags
            # Checked with each party slot as a name would fill it: a group of literal words.
            pattern = ast.fill_party_slots(term.pattern, {"client": ["client"], "provider": ["provider"],
                                                          "empty_part": ["annex a"], "customer_term": ["guest"],
                                                          "forum_term": ["season committee"],
                                                          "contact_term": ["contract owner"],
                                                          "client_system": ["booking system"],
                                                          "client_staff": ["district clerk"],
                                                          "provider_staff": ["account director"]})
            try:
                re.compile(pattern, flags)
            except re.error as exc:
                raise self.error(f"bad regular expression: {exc}", file, term.line, term.column) from None
            if backtracks(pattern, flags):
                raise self.error(CATASTROPHIC, file, term.line, term.column)
            # A slot's names are known only per document: its openings hold a mark the engine fills.
            if term.party_slots:
                marked = ast.fill_party_slots(term.pattern, dict.fromkeys(ast.SLOT_NAMES, [SLOT_MARK]))
                openings = literal_openings(marked, flags)
            else:
                openings = literal_openings(pattern, flags)
            return term.model_copy(update={"openings": openings})
        if isinstance(term, ast.PartyNames) and term.role not in ("client", "provider"):
            raise self.error(f"'party {term.role}' names no one: write 'party client' or 'party provider'",
                             file, term.line, term.column)
        if isinstance(term, ast.Fuzzy) and not 50 <= term.threshold <= 100:
            raise self.error("a fuzzy threshold is a score from 50 to 100", file, term.line, term.column)
        return term

    def _inline_patterns(self, term: ast.Regex, file: str, trail: tuple[str, ...]) -> ast.Regex:
        # "{contact_title}" inside a pattern is the pattern of that vocabulary, so a long shape is
        # written once and reused; the party slots are left for the engine to fill per document.
        def inline(m: re.Match[str]) -> str:
            name = m.group(1)
            if name in ast.SLOT_NAMES:
                return m.group(0)
            if name not in self.vocab_defs:
                raise self.error(f"unknown vocabulary '{{{name}}}' in a regular expression", file, term.line,
                                 term.column, self._suggest(name, [*self.vocab_defs, *ast.SLOT_NAMES],
                                                            r"write \{ for a literal brace"))
            inner = _flat(self._vocab(name, trail, at=(file, term.line, term.column)))
            if not all(isinstance(t, ast.Regex) for t in inner):
                raise self.error(f"'{{{name}}}' in a regular expression must name a vocabulary of /regular "
                                 "expressions/ only", file, term.line, term.column)
            parts = []
            for t in inner:
                extra = "".join(sorted(set(t.flags) - set(term.flags) - {"i", "m"}))
                if "a" in extra:
                    raise self.error(f"a pattern of '{name}' has the 'a' flag, which this pattern lacks",
                                     file, term.line, term.column)
                parts.append(f"(?{extra}:{t.pattern})" if extra else f"(?:{t.pattern})")
            # One pattern goes in as it is; a vocabulary extended with += goes in as the alternation.
            return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

        pattern = _INLINE.sub(inline, term.pattern)
        return term if pattern == term.pattern else term.model_copy(update={"pattern": pattern})

    def _vocab(self, name: str, trail: tuple[str, ...], at: tuple[str, int, int] | None = None) -> ast.Alts:
        if name in self.resolved:
            return self.resolved[name]
        if name in trail:
            first = self.vocab_defs[name][0]
            raise self.error(f"vocabulary '{name}' refers to itself ({' -> '.join(trail + (name,))})",
                             first.file, first.line, first.column)
        terms: list[ast.Term] = []
        for v in self.vocab_defs[name]:
            terms.extend(self._term(t, v.file, trail + (name,)) for t in v.terms)
        first = self.vocab_defs[name][0]
        alts = ast.Alts(terms=tuple(terms), name=name, line=first.line, column=first.column)
        self.resolved[name] = alts
        return alts

    @staticmethod
    def _suggest(word: str, choices, fallback: str | None = None) -> str | None:
        close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
        return f"did you mean '{close[0]}'?" if close else fallback


def _flat(alts: ast.Alts) -> list[ast.Term]:
    """The terms of a vocabulary with the vocabularies it names opened up."""
    return [t for term in alts.terms for t in (_flat(term) if isinstance(term, ast.Alts) else [term])]


def compile_rules(files: Sequence[ast.RuleFile]) -> RuleSet:
    """Validate parsed rule files together and return the compiled rule set."""
    return _Compiler(files).run()


# -- catastrophic backtracking ---------------------------------------------------------------------
# An unbounded repeat whose body holds another unbounded repeat, as in /(a+)+$/ or /(\w+\s?)*$/, can
# share one run of characters out between the two in exponentially many ways before a match fails.
# The inner repeat is harmless when no neighbour can take its characters: in /(?:(?:a|the)\s+)*/ the
# spaces can only go to \s+. Its neighbours are the body's other atoms, plus the body's first (last)
# characters when it can end (start) an iteration, since the next (previous) iteration touches it.
CATASTROPHIC = ("regular expression may backtrack catastrophically: a repeated group inside an unbounded "
                "repetition; bound the outer repeat (e.g. {0,5}) or make the group atomic (?>...)")
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT)
_ATOMS = (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN)
_STARTS, _ENDS = (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING), (sre.AT_END, sre.AT_END_STRING)
# Character sets are bit masks over these characters and the pattern's own literals.
_SAMPLE = "".join(map(chr, [*range(0x250), *range(0x2000, 0x2070), 0x3000, 0xFEFF]))


def backtracks(pattern: str, flags: int) -> bool:
    """Whether a (valid) pattern has an unbounded repeat holding another that can trade characters."""
    return _Backtracking(sre_parse.parse(pattern, flags)).check()


def _children(op, av, flags: int) -> list[tuple[sre_parse.SubPattern, int]]:
    """The sub-sequences of one node, each with the flags in force inside it."""
    if op in _REPEATS or op is sre.POSSESSIVE_REPEAT:
        return [(av[2], flags)]
    if op is sre.SUBPATTERN:
        return [(av[3], (flags | av[1]) & ~av[2])]
    if op is sre.BRANCH:
        return [(branch, flags) for branch in av[1]]
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return [(av[1], flags)]
    if op is sre.ATOMIC_GROUP:
        return [(av, flags)]
    if op is sre.GROUPREF_EXISTS:
        return [(sub, flags) for sub in av[1:] if sub is not None]
    return []


class _Backtracking:
    def __init__(self, parsed: sre_parse.SubPattern) -> None:
        self.parsed = parsed
        extra = {chr(code) for code in self._codes(parsed)} - set(_SAMPLE)
        self.alphabet = _SAMPLE + "".join(sorted(extra))
        self.masks: dict[tuple, int] = {}

    def check(self) -> bool:
        for op, av, flags in self._nodes(self.parsed, self.parsed.state.flags):
            if op in _REPEATS and av[1] == sre.MAXREPEAT:
                for inner, inner_flags, levels in self._inner(av[2], flags, [(av[2], flags)]):
                    if self._shares(inner, inner_flags, levels):
                        return True
        return False

    def _nodes(self, items, flags: int) -> Iterator[tuple]:
        for op, av in items:
            yield op, av, flags
            for sub, sub_flags in _children(op, av, flags):
                yield from self._nodes(sub, sub_flags)

    def _inner(self, items, flags: int, levels: list) -> Iterator[tuple]:
        """Unbounded repeats that can give characters back, with the bodies around them that may repeat."""
        for op, av in items:
            if op in (sre.ATOMIC_GROUP, sre.POSSESSIVE_REPEAT, sre.ASSERT, sre.ASSERT_NOT):
                continue  # Python never backtracks into these once they have matched
            if op in _REPEATS and av[1] == sre.MAXREPEAT:
                yield av, flags, levels
            for sub, sub_flags in _children(op, av, flags):
                more = levels + [(sub, sub_flags)] if op in _REPEATS and av[1] > 1 else levels
                yield from self._inner(sub, sub_flags, more)

    def _shares(self, inner: tuple, flags: int, levels: list) -> bool:
        body, body_flags = levels[0]
        neighbours = self._chars(body, body_flags, skip=inner)
        for seq, seq_flags in levels:
            start, end = self._edges(seq, inner) or (False, False)
            if end:
                neighbours |= self._first(seq, seq_flags)
            if start:
                neighbours |= self._first(list(reversed(seq)), seq_flags, last=True)
        return bool(self._chars(inner[2], flags) & neighbours)

    # -- what a sequence can match
    def _mask(self, op, av, flags: int) -> int:
        key = (op, repr(av), flags)
        if key not in self.masks:
            one = sre_compile.compile(sre_parse.SubPattern(self.parsed.state, [(op, av)]), flags)
            self.masks[key] = sum(1 << i for i, ch in enumerate(self.alphabet) if one.match(ch))
        return self.masks[key]

    def _chars(self, items, flags: int, skip: tuple | None = None) -> int:
        total = 0
        for op, av in items:
            if skip is not None and av is skip:
                continue
            if op in _ATOMS:
                total |= self._mask(op, av, flags)
            elif op is sre.GROUPREF:
                total |= (1 << len(self.alphabet)) - 1
            for sub, sub_flags in _children(op, av, flags):
                total |= self._chars(sub, sub_flags, skip)
        return total

    def _first(self, items, flags: int, last: bool = False) -> int:
        """Characters a match of the sequence can start with (``last``: items reversed, end with)."""
        total = 0
        for op, av in items:
            if op in _ATOMS:
                return total | self._mask(op, av, flags)
            if op is sre.GROUPREF:
                return (1 << len(self.alphabet)) - 1
            if op not in (sre.ASSERT, sre.ASSERT_NOT):
                for sub, sub_flags in _children(op, av, flags):
                    total |= self._first(list(reversed(sub)) if last else sub, sub_flags, last)
            if not self._nullable(op, av, _ENDS if last else _STARTS):
                return total
        return total

    def _nullable(self, op, av, anchors: tuple = ()) -> bool:
        """Whether the node can match "" (where none of ``anchors`` holds: "not at the very end")."""
        if op in _ATOMS:
            return False
        if op in _REPEATS or op is sre.POSSESSIVE_REPEAT:
            return av[0] == 0 or all(self._nullable(*item, anchors) for item in av[2])
        if op in (sre.SUBPATTERN, sre.ATOMIC_GROUP, sre.BRANCH, sre.GROUPREF_EXISTS):
            subs = _children(op, av, 0)
            return any(all(self._nullable(*item, anchors) for item in sub) for sub, _ in subs) or (
                op is sre.GROUPREF_EXISTS and av[2] is None)
        return not (op is sre.AT and av in anchors)  # lookarounds, back references (which may match "")

    def _edges(self, items, target: tuple) -> tuple[bool, bool] | None:
        """Whether ``target`` inside the sequence can be the first and the last thing it matches."""
        items = list(items)
        for k, (op, av) in enumerate(items):
            found = (True, True) if av is target else None
            for sub, _ in [] if found else _children(op, av, 0):
                found = self._edges(sub, target)
                if found:
                    break
            if found:
                # Only one position is the start (end) of the text: an anchor there splits no run.
                return (found[0] and all(self._nullable(*item, _STARTS) for item in items[:k]),
                        found[1] and all(self._nullable(*item, _ENDS) for item in items[k + 1:]))
        return None

    @classmethod
    def _codes(cls, items) -> Iterator[int]:
        for op, av in items:
            if op in (sre.LITERAL, sre.NOT_LITERAL):
                yield av
            elif op is sre.IN:
                for kind, value in av:
                    if kind is sre.LITERAL:
                        yield value
                    elif kind is sre.RANGE:
                        yield from value
            for sub, _ in _children(op, av, 0):
                yield from cls._codes(sub)
