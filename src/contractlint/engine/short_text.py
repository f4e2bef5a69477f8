"""A term in a short text read without the contract: a section heading or a table's title row.

A vocabulary of a hundred phrases is tried against every heading, so its phrases are flattened
into sets of word sequences (one lookup per heading n-gram); patterns and fuzzy phrases are tried
as they are. The parties' full names are left out here: a party term or slot stands for the usual
role words, and for the pronouns and defined terms the contract gives a party ("What we promise
you", where "we" is the client, and "Obligations of the Principal" are headings of the client's).
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from contractlint.lang import ast
from contractlint.nlp.normalize import phrase_stems, tokens

# Role words every contract may use even when its preamble was not recognised.
CLIENT_WORDS = ("client", "customer", "bank", "company", "buyer", "purchaser", "authority", "insurer", "retailer",
                "department", "university", "council", "ministry", "division")
PROVIDER_WORDS = ("supplier", "vendor", "service provider", "provider", "contractor", "consultant", "outsourcer",
                  "operator")


def actor_key(name: str) -> str:
    """A party's name as the actors table keys it: lower-cased, without a leading "the"."""
    key = name.lower().strip()
    return key[4:] if key.startswith("the ") else key


@lru_cache(maxsize=1024)
def compiled(pattern: str, flags: int) -> re.Pattern[str]:
    """A rule regex compiled once per process, whichever document asks for it."""
    return re.compile(pattern, flags)


# A heading is read without the contract's parties: a regex's party slots hold the role words.
_ROLE_WORDS = {"client": list(CLIENT_WORDS), "provider": list(PROVIDER_WORDS),
               "empty_part": [], "customer_term": [], "forum_term": [], "contact_term": [],
               "client_system": [], "client_staff": [], "provider_staff": []}


@lru_cache(maxsize=4096)
def _heading_tokens(text: str, exact: bool) -> tuple[str, ...]:
    return tuple(t[1] if exact else t[0] for t in tokens(text))


class FlatTerm:
    """A term's phrases as sets of stem (or word) sequences, and its other alternatives as they are."""

    def __init__(self, term: ast.Term, names: dict[str, list[str]] | None = None) -> None:
        """``names``: the pronouns and defined terms the contract gives each role ("we", "the Principal")."""
        names = names or {}
        self.slots = {role: words + names.get(role, []) for role, words in _ROLE_WORDS.items()}
        self.stems: set[tuple[str, ...]] = set()
        self.words: set[tuple[str, ...]] = set()
        self.others: list[ast.Term] = []
        stack = [term]
        while stack:
            t = stack.pop()
            if isinstance(t, ast.Alts):
                stack.extend(t.terms)
            elif isinstance(t, ast.Phrase):
                (self.words if t.exact else self.stems).add(t.stems)
            elif isinstance(t, ast.PartyNames):
                # A heading is read without the parties' full names: role words, pronouns, defined terms.
                self.stems.update(phrase_stems(w) for w in self.slots[t.role])
            else:
                self.others.append(t)
        self.longest = max((len(p) for p in (*self.stems, *self.words)), default=0)

    def found_in(self, text: str) -> bool:
        """Whether the term occurs in a short text such as a heading."""
        for table, exact in ((self.stems, False), (self.words, True)):
            if table:
                seq = _heading_tokens(text, exact)
                for n in range(1, min(self.longest, len(seq)) + 1):
                    if any(seq[i:i + n] in table for i in range(len(seq) - n + 1)):
                        return True
        return any(_other_in_text(t, text, self.slots) for t in self.others)


def _other_in_text(term: ast.Term, text: str, slots: dict[str, list[str]]) -> bool:
    """Whether a regex or fuzzy term occurs in a short text such as a heading."""
    if isinstance(term, ast.Regex):
        pattern = ast.fill_party_slots(term.pattern, slots) if term.party_slots else term.pattern
        return compiled(pattern, term.re_flags).search(text) is not None
    if isinstance(term, ast.Fuzzy):
        return fuzz.partial_ratio(term.text.lower(), text.lower()) >= term.threshold
    return False
