"""Validate parsed rule files and compile them into one ``RuleSet`` the engine evaluates.

Every check a rule author can fail is made here, once, at load time: unknown vocabularies and
severities (with "did you mean"), duplicate ids, a duration compared with a percentage, bad
regular expressions, empty packs. Vocabulary references are resolved into their phrases and every
phrase is reduced to the stems the engine's index matches.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from contractlint.errors import RuleFileError
from contractlint.lang import ast
from contractlint.nlp.normalize import phrase_stems, phrase_words

PLACEHOLDERS = ("duration", "percentage", "money", "frequency", "match", "party")
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_REGEX_FLAGS = {"i": re.I, "m": re.M, "s": re.S, "x": re.X, "a": re.A}


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
        if isinstance(pred, (ast.Mentions, ast.HeadingMentions)):
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
            flags = re.I
            for ch in term.flags:
                flags |= _REGEX_FLAGS.get(ch, 0)
            try:
                re.compile(term.pattern, flags)
            except re.error as exc:
                raise self.error(f"bad regular expression: {exc}", file, term.line, term.column) from None
            return term
        if isinstance(term, ast.Fuzzy) and not 50 <= term.threshold <= 100:
            raise self.error("a fuzzy threshold is a score from 50 to 100", file, term.line, term.column)
        return term

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


def compile_rules(files: Sequence[ast.RuleFile]) -> RuleSet:
    """Validate parsed rule files together and return the compiled rule set."""
    return _Compiler(files).run()
