"""The typed syntax tree of rule files.

The parser builds these from the Lark tree; the compiler validates them and resolves vocabularies.
Every node keeps its position so semantic errors point at ``file:line:col``.
"""

from __future__ import annotations

import re
from enum import Enum
from functools import lru_cache
from typing import Literal, Union

from pydantic import BaseModel, ConfigDict, Field


_REGEX_FLAGS = {"i": re.I, "m": re.M, "s": re.S, "x": re.X, "a": re.A}


@lru_cache(maxsize=64)
def _re_flags(letters: str) -> int:
    # Combining RegexFlag members goes through Enum.__or__: cached, since headings ask thousands of times.
    return int(re.I | re.M | sum(_REGEX_FLAGS.get(c, 0) for c in letters))


class Node(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    line: int = 0
    column: int = 0


class Severity(str, Enum):
    """Ordered from most to least serious; ``rank`` gives the order."""

    critical = "critical"
    high = "high"
    medium = "medium"
    low = "low"
    info = "info"

    @property
    def rank(self) -> int:
        return list(Severity).index(self)


# ---- terms -------------------------------------------------------------------------------------
class Phrase(Node):
    kind: Literal["phrase"] = "phrase"
    text: str
    exact: bool = False
    stems: tuple[str, ...] = ()


class Fuzzy(Node):
    kind: Literal["fuzzy"] = "fuzzy"
    text: str
    threshold: int = 88


class Regex(Node):
    kind: Literal["regex"] = "regex"
    pattern: str
    flags: str = ""
    openings: tuple[str, ...] | None = Field(
        None, description="set by the compiler: strings one of which every match starts with (see nlp/fastscan)")

    @property
    def re_flags(self) -> int:
        """The ``re`` flags a rule's regex runs with: always case-insensitive and multi-line."""
        return _re_flags(self.flags)

    @property
    def party_slots(self) -> bool:
        """Whether the pattern holds a slot (``{client}``, ``{client's}``, ``{empty_part}`` ...) filled per document."""
        return PARTY_SLOT.search(self.pattern) is not None


# ``{client}`` in a regex stands for whatever the contract calls the client (see ``PartyNames``),
# ``{empty_part}`` for each schedule, annex or exhibit of the contract that holds only a placeholder
# ("Annex C ... Intentionally left blank"), ``{customer_term}`` for the contract's own defined names
# for the people the service is for ("Retailer", "Guest"), ``{forum_term}`` for the names of the
# bodies the contract sets up ("Season Committee"), ``{contact_term}`` for the titles it gives its
# points of contact ("Contract Owner"), ``{client_system}`` for the names it defines for the client's
# systems ("Booking System"), ``{client_staff}`` and ``{provider_staff}`` for the titles it gives each
# party's people ("District Clerk", "Service Coordinator"). Python reads "{client}" as literal braces, never as a
# repeat, so no valid pattern is taken. ``{client's}`` is the party's possessive: each name with
# "'s" (or a bare "'"), and "our" or "your" where the party writes or is addressed in person.
SLOT_NAMES = ("client", "provider", "empty_part", "customer_term", "forum_term", "contact_term", "client_system",
              "client_staff", "provider_staff")
PARTY_SLOT = re.compile(r"\{(" + "|".join(SLOT_NAMES) + r")(['’]s)?\}")
# The pronouns a plain-English contract names the parties by.
PERSONS = frozenset({"we", "us", "our", "you", "your"})
_POSSESSIVE_PRONOUNS = ("our", "your")


def fill_party_slots(pattern: str, names: dict[str, list[str]]) -> str:
    """The pattern with each ``{role}`` replaced by an alternation of that role's names, and each
    ``{role's}`` by their possessive forms."""
    # Names come lower-cased; one that keeps a capital is matched as written ("the Table" is the body
    # the contract set up, "the table below" is not).
    def spelt(words: list[str]) -> str:
        return "|".join(_as_written(w, r"\s+".join(map(re.escape, w.split())))
                        for w in sorted(words, key=len, reverse=True))

    def alternation(m: re.Match[str]) -> str:
        words = list(names.get(m.group(1), ()))
        if m.group(2):
            named = [w for w in words if w.lower() not in PERSONS]
            forms = ([f"(?:{spelt(named)})['’]s?"] if named else []) + [w for w in words if w in _POSSESSIVE_PRONOUNS]
            return "(?:" + "|".join(forms) + ")" if forms else "(?!)"
        return f"(?:{spelt(words)})" if words else "(?!)"
    return PARTY_SLOT.sub(alternation, pattern)


def _as_written(name: str, pattern: str) -> str:
    return pattern if name.islower() else f"(?-i:{pattern})"


class PartyNames(Node):
    """``party client``: whatever this contract calls that party (its name, short names, defined
    term), found per document, plus the usual words for the role ("the Client", "the Buyer")."""

    kind: Literal["party"] = "party"
    role: str


class VocabRef(Node):
    kind: Literal["vocab"] = "vocab"
    name: str


class Alts(Node):
    kind: Literal["alts"] = "alts"
    terms: tuple["Term", ...]
    name: str | None = Field(None, description="the vocabulary this came from, for messages")


Term = Union[Phrase, Fuzzy, Regex, PartyNames, VocabRef, Alts]


# ---- predicates (inside one scope unit) ---------------------------------------------------------
class Mentions(Node):
    kind: Literal["mentions"] = "mentions"
    term: Term
    at_least: int = 1
    distinct: bool = False


class Near(Node):
    kind: Literal["near"] = "near"
    first: Term
    second: Term
    within: int = 10


class QuantityLit(Node):
    text: str
    kind: str
    value: float


class Has(Node):
    kind: Literal["has"] = "has"
    quantity: Literal["duration", "percentage", "money", "frequency"]
    op: str | None = None
    bound: QuantityLit | None = None


class Duty(Node):
    """``obliges``, ``permits`` or ``prohibits`` a party, optionally to do a term."""

    kind: Literal["duty"] = "duty"
    modality: Literal["obliged", "permitted", "prohibited"]
    party: Literal["client", "provider", "either party", "both parties", "any party"]
    term: Term | None = None
    quantity: Has | None = Field(None, description="a quantity that must stand inside the duty itself")


class HeadingMentions(Node):
    kind: Literal["heading"] = "heading"
    term: Term


class HeaderMentions(Node):
    """``header mentions TERM``: the header row of the table a row stands in mentions the term."""

    kind: Literal["header"] = "header"
    term: Term


class PAnd(Node):
    kind: Literal["pand"] = "pand"
    items: tuple["Pred", ...]


class POr(Node):
    kind: Literal["por"] = "por"
    items: tuple["Pred", ...]


class PNot(Node):
    kind: Literal["pnot"] = "pnot"
    item: "Pred"


Pred = Union[Mentions, Near, Has, Duty, HeadingMentions, HeaderMentions, PAnd, POr, PNot]


# ---- conditions -----------------------------------------------------------------------------------
ScopeKind = Literal["document", "section", "clause", "sentence", "paragraph", "row"]


class Scoped(Node):
    kind: Literal["scoped"] = "scoped"
    scope: ScopeKind
    heading: Term | None = Field(None, description="for section scope: which headings")
    within: Term | None = Field(None, description="only units inside sections with these headings")
    at_least: int = 1
    none: bool = False
    pred: Pred


class CAnd(Node):
    kind: Literal["cand"] = "cand"
    items: tuple["Condition", ...]


class COr(Node):
    kind: Literal["cor"] = "cor"
    items: tuple["Condition", ...]


class CNot(Node):
    kind: Literal["cnot"] = "cnot"
    item: "Condition"


Condition = Union[Scoped, CAnd, COr, CNot]


# ---- files ----------------------------------------------------------------------------------------
class Example(Node):
    expect: Literal["pass", "gap", "violation", "not-applicable"]
    text: str


class Rule(Node):
    id: str
    title: str
    file: str = ""
    pack: str | None = None
    area: str | None = None
    severity: str | None = None
    source: str | None = None
    message: str | None = None
    fix: str | None = None
    tags: tuple[str, ...] = ()
    negated: str = "skip"
    require: Condition | None = None
    forbid: Condition | None = None
    when: Condition | None = None
    examples: tuple[Example, ...] = ()
    # Positions of the fields, for semantic errors: field name -> (line, column).
    positions: dict[str, tuple[int, int]] = Field(default_factory=dict)


class Vocab(Node):
    name: str
    extend: bool = False
    terms: tuple[Term, ...]
    file: str = ""


class Pack(Node):
    name: str
    version: str | None = None
    description: str | None = None
    file: str = ""


class RuleFile(BaseModel):
    """One parsed rule file."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    path: str
    pack: Pack | None
    vocabs: tuple[Vocab, ...]
    rules: tuple[Rule, ...]
    text: str = Field("", repr=False, description="the file's text, for error messages")


for _model in (Alts, Mentions, Near, Duty, HeadingMentions, HeaderMentions, PAnd, POr, PNot, Scoped, CAnd, COr, CNot, Rule, Vocab):
    _model.model_rebuild()
