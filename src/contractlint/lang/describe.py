"""Conditions back into the rule language's own words, for explanations and documentation."""

from __future__ import annotations

from contractlint.lang import ast


def term(t: ast.Term) -> str:
    """A term as a rule author writes it."""
    if isinstance(t, ast.Alts):
        if t.name:
            return t.name
        return "(" + " | ".join(term(x) for x in t.terms) + ")"
    if isinstance(t, ast.Phrase):
        return ("exact " if t.exact else "") + f'"{t.text}"'
    if isinstance(t, ast.Fuzzy):
        return f'fuzzy {t.threshold} "{t.text}"'
    if isinstance(t, ast.Regex):
        return f"/{t.pattern}/{t.flags}"
    if isinstance(t, ast.PartyNames):
        return f"party {t.role}"
    return t.name


def pred(p: ast.Pred) -> str:
    """A predicate as a rule author writes it."""
    if isinstance(p, ast.PAnd):
        return " and ".join(_wrap(x) for x in p.items)
    if isinstance(p, ast.POr):
        return " or ".join(_wrap(x) for x in p.items)
    if isinstance(p, ast.PNot):
        return "not " + _wrap(p.item)
    if isinstance(p, ast.Mentions):
        count = f"at least {p.at_least} {'different ' if p.distinct else ''}" if p.at_least > 1 else ""
        return f"mentions {count}{term(p.term)}"
    if isinstance(p, ast.Near):
        return f"mentions {term(p.first)} near {term(p.second)} within {p.within} words"
    if isinstance(p, ast.Has):
        return has(p)
    if isinstance(p, ast.Duty):
        verb = {"obliged": "obliges", "permitted": "permits", "prohibited": "prohibits"}[p.modality]
        out = f"{verb} {p.party}"
        if p.term is not None:
            out += (" from " if p.modality == "prohibited" else " to ") + term(p.term)
        if p.quantity is not None:
            out += " with " + has(p.quantity)[4:]
        return out
    if isinstance(p, ast.HeaderMentions):
        return f"header mentions {term(p.term)}"
    return f"heading mentions {term(p.term)}"


def has(p: ast.Has) -> str:
    bound = f" {p.op} {p.bound.text}" if p.bound is not None else ""
    return f"has {p.quantity}{bound}"


def condition(c: ast.Condition) -> str:
    """A condition as a rule author writes it."""
    if isinstance(c, ast.Scoped):
        return scope(c) + " " + pred(c.pred)
    if isinstance(c, ast.CNot):
        return f"not ({condition(c.item)})"
    joiner = " and " if isinstance(c, ast.CAnd) else " or "
    return joiner.join(f"({condition(x)})" for x in c.items)


def scope(c: ast.Scoped) -> str:
    """The scope part of a scoped test: ``at least 2 sentences in section "Escalation"``."""
    name = c.scope + (f" {term(c.heading)}" if c.heading is not None else "")
    if c.none:
        name = "no " + name
    elif c.at_least > 1:
        name = f"at least {c.at_least} {name}s"
    if c.within is not None:
        name += f" in section {term(c.within)}"
    return name


def _wrap(p: ast.Pred) -> str:
    text = pred(p)
    return f"({text})" if isinstance(p, (ast.PAnd, ast.POr)) else text
