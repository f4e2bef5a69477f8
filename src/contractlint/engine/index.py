"""The per-document index every rule is evaluated against.

The contract is tokenised once (one scan): each stem maps to its positions, so a phrase of any rule
is found by a dictionary lookup and a short walk, whatever the number of rules. Term matches,
negated spans, quantities and obligations are computed on first use and cached for all rules.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz

from contractlint.document.model import BlockKind, Document, Section
from contractlint.engine.contacts import contact_terms
from contractlint.engine.duty_headings import heading_lead
from contractlint.engine.forums import forum_terms
from contractlint.engine.layout import (body_start, in_recitals, information_only_parts, is_signature_line,
                                        table_captions)
from contractlint.engine.meetings import inherited_cadences
from contractlint.engine.own_bodies import own_bodies
from contractlint.engine.placeholders import empty_parts
from contractlint.engine.served import customer_terms
from contractlint.engine.short_text import CLIENT_WORDS, PROVIDER_WORDS, FlatTerm, actor_key, compiled
from contractlint.engine.staff import staff_titles
from contractlint.engine.systems import client_system_terms
from contractlint.lang import ast
from contractlint.nlp.fastscan import ScanText, finditer_spans
from contractlint.nlp.negation import negated_spans
from contractlint.nlp.normalize import phrase_stems, tokens
from contractlint.nlp.obligations import Obligation, find_obligations, opens_with_pronoun, subject_role
from contractlint.nlp.quantities import Quantity, find_quantities

Span = tuple[int, int]

# A forum of the relationship named "... Council" ("the Joint Partnership Council") makes "the
# Council" that forum, not the client, where no party is itself called the Council. A local
# authority's name ("Leeds City Council") is a party's, not a forum's.
_COUNCIL_NAME = re.compile(r"\b([A-Z][\w-]*)\s+Council\b")
_LOCAL_AUTHORITY = frozenset({"City", "County", "District", "Borough", "Town", "Parish", "Shire", "Regional",
                              "Municipal", "Metropolitan", "Island", "Village"})

_MATCHABLE = (BlockKind.paragraph, BlockKind.table_row)
# A defined term stands in for a vocabulary only when its definition is *about* that thing: the
# match must be the head of the definition's opening noun phrase ("the JSC" means "a joint
# steering committee established under ..."), not a word somewhere inside a definition of
# something else ("Business Day" means "a day ... observed", "Service Credit" means "the accrued
# Uptime Credit").
# A party named after "of" in a definition's head: "of the Principal", "of Atlas Gares".
_OWNER = re.compile(r"\s+(?:the\s+)?(?P<owner>[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,2})\s*")
# The capitalised word right before a use of a term, on the same line ("Employment" of "Employment Act").
_NAME_WORD_BEFORE = re.compile(r"(?<![.:;!?|]\s)(?<!^)\b([A-Z][\w'’-]*)[^\S\n]+$")
_NOT_NAME_WORDS = frozenset("the a an this that these those each every any such our your its their no all".split())
_HEAD_STOP = re.compile(
    r"[,;:.()\[\]\"“”]|\b(?:which|that|who|whose|established|constituted|comprising|consisting|composed|described|"
    r"referred|set|as|in|under|with|for|to|and|or|being|means|has|is|are|shall|will|may|between|from|by|of|on|at|"
    r"including|other|than|pursuant|appointed|designated|formed|created|given|"
    # a participle that places the thing: '"Indicator" means a quality indicator listed in section 6'
    r"listed|specified|defined|contained|identified|stated|detailed|shown|indicated|mentioned)\b",
    re.I,
)


@dataclass(frozen=True)
class SentenceObligation:
    """An obligation mapped back to document offsets."""

    role: str
    modality: str
    negated: bool
    predicate: Span
    # where an aside between the modal and the verb opens ("shall, within 24 hours, inform")
    aside_start: int | None = None

    @property
    def reach(self) -> Span:
        """The predicate with the aside before it: where a duration or amount qualifies the duty."""
        return (self.predicate[0] if self.aside_start is None else self.aside_start, self.predicate[1])


# A bracketed note to the drafter: "[Drafting note: ...]", "[Note to draft: ...]", "[NTD: ...]"; and a
# template's option left unticked, up to the next box: "[ ] ISO 27001 [ ] Penetration testing", "( ) ...".
_BOX = r"(?:\[\s?[xX✓✔]?\s?\]|\(\s?[xX✓✔]?\s?\)|[☐☒☑])"
_DRAFTING_NOTE = re.compile(
    r"\[\s*(?:drafting\s+notes?|notes?\s+to\s+(?:draft|drafter)s?|NTD)\s*:[^\[\]]*\]"
    rf"|(?:\[\s?\]|\(\s?\)|☐)[^\n]*?(?=\s*{_BOX}|\n|$)", re.I)


class DocumentIndex:
    """Tokens, sentences and cached analyses of one Document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.stems: list[str] = []
        self.words: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.block: list[int] = []
        self.by_stem: dict[str, list[int]] = defaultdict(list)
        self.by_word: dict[str, list[int]] = defaultdict(list)
        self.matchable: list[Span] = []
        # A glossary entry for a term the contract never uses again is no evidence of anything.
        unused = sorted((d.start, d.end) for d in doc.definitions if not d.used)
        aside = information_only_parts(doc)
        for para in doc.paragraphs:
            ptext = doc.text[para.start:para.end]
            if para.kind not in _MATCHABLE or is_signature_line(ptext):
                continue
            if aside and any(a <= para.start < b for a, b in aside):
                continue
            dead = [(max(a, para.start), min(b, para.end)) for a, b in unused if a < para.end and b > para.start]
            # A template's note to whoever fills it in is no term of the contract ("[Drafting note:
            # Optional variable. ...]"), nor is an option it leaves unticked ("[ ] ISO 27001").
            if any(c in ptext for c in "[(☐"):
                dead = sorted(dead + [(m.start(), m.end()) for m in _DRAFTING_NOTE.finditer(doc.text, para.start, para.end)])
            self.matchable.extend(_without(para.start, para.end, dead))
            for st, word, a, b in tokens(ptext, para.start):
                if dead and any(x <= a < y for x, y in dead):
                    continue
                i = len(self.stems)
                self.stems.append(st)
                self.words.append(word)
                self.starts.append(a)
                self.ends.append(b)
                self.block.append(para.index)
                self.by_stem[st].append(i)
                self.by_word[word].append(i)
        self._matchable_starts = [a for a, _ in self.matchable]
        self.sentence_starts = [s.start for s in doc.sentences]
        self._terms: dict[int, list[Span]] = {}
        self._negated: dict[int, list[Span]] = {}
        self._quantities: dict[int, list[Quantity]] | None = None
        self._obligations: dict[int, list[SentenceObligation]] = {}
        self._units: dict[str, list[Span]] = {}
        self._headings: dict[tuple[int, int], bool] = {}
        self._table_headers: dict[int, Span] | None = None
        self._titles: dict[tuple[int, int], bool] = {}
        self._table_captions: dict[int, Span] | None = None
        self._captions: dict[tuple[int, int], bool] = {}
        self._body_start: int | None = None
        self._phrases: dict[tuple[tuple[str, ...], bool], list[Span]] = {}
        self.scan = ScanText(doc.text)
        self._flats: dict[int, FlatTerm] = {}
        self.actors = _actors(doc)
        staff = staff_titles(doc, self.actors)
        # The titles of one party's people act for that party: "The Technical Inspector may carry out visits"
        # is the client's right where the client designates the Technical Inspector.
        self._duty_actors = {**{t: role for role in ("client", "provider") for t in staff[role]}, **self.actors}
        self.party_names: dict[str, list[str]] = defaultdict(list)
        for name, role in self.actors.items():
            self.party_names[role].append(name)
        self.party_names["empty_part"] = empty_parts(doc)
        self.party_names["customer_term"] = customer_terms(doc)
        self.party_names["forum_term"] = forum_terms(doc)
        self.party_names["contact_term"] = contact_terms(doc)
        self.party_names["client_system"] = client_system_terms(doc)
        self.party_names["client_staff"] = staff["client"]
        self.party_names["provider_staff"] = staff["provider"]
        # A heading names a party by its pronoun ("What we promise you") or by the term the contract
        # defines for it ("Obligations of the Principal"), not by its full legal name.
        terms = {actor_key(p.defined_as) for p in doc.parties if p.defined_as}
        self._heading_names = {role: [n for n in names if n in ast.PERSONS or n in terms]
                               for role, names in self.party_names.items() if role in ("client", "provider")}
        self._definition_heads = self._heads()
        self._defined_terms = frozenset(" ".join(d.term.lower().split()) for d in doc.definitions)

    # ---- sentences ---------------------------------------------------------------------------
    def sentence_at(self, offset: int) -> int | None:
        i = bisect.bisect_right(self.sentence_starts, offset) - 1
        if i >= 0 and offset < self.doc.sentences[i].end:
            return i
        return None

    def sentences_in(self, a: int, b: int) -> range:
        lo = bisect.bisect_left(self.sentence_starts, a)
        hi = bisect.bisect_left(self.sentence_starts, b)
        return range(lo, hi)

    def is_negated(self, start: int, end: int) -> bool:
        """Whether a span lies inside a negated statement of its sentence."""
        si = self.sentence_at(start)
        if si is None:
            return False
        if si not in self._negated:
            s = self.doc.sentences[si]
            self._negated[si] = [(s.start + a, s.start + b) for a, b in negated_spans(self.text[s.start:s.end])]
        return any(a <= start < b for a, b in self._negated[si])

    # ---- terms --------------------------------------------------------------------------------
    def find(self, term: ast.Term) -> list[Span]:
        """Every match of a term in the matchable text, sorted, including uses of defined terms."""
        key = id(term)
        if key not in self._terms:
            direct = self._direct(term)
            self._terms[key] = _merge(direct + self._via_definitions(direct))
        return self._terms[key]

    def _direct(self, term: ast.Term) -> list[Span]:
        if isinstance(term, ast.Phrase):
            return self._phrase(term.stems, self.by_word if term.exact else self.by_stem,
                                self.words if term.exact else self.stems)
        if isinstance(term, ast.Alts):
            out: list[Span] = []
            for t in term.terms:
                out.extend(self._direct(t))
            return out
        if isinstance(term, ast.Regex):
            # One pass over the whole text (re.M, so "^" still opens a paragraph), each match inside
            # one matchable paragraph: headings and contents lines never count.
            pattern, openings = term.pattern, term.openings
            if term.party_slots:
                pattern = ast.fill_party_slots(pattern, self.party_names)
                openings = self.scan.expand(openings, [w for ws in self.party_names.values() for w in ws])
            if openings is not None and not self.scan.contains_any(openings):
                return []  # no match can start anywhere: the pattern need not even be compiled
            # The compiler listed the openings already: parsing the pattern again would double the work.
            return [(a, b) for a, b in finditer_spans(compiled(pattern, term.re_flags), self.scan, openings,
                                                      self.matchable, self._matchable_starts) if b > a]
        if isinstance(term, ast.PartyNames):
            out = []
            for name, role in self.actors.items():
                stems = phrase_stems(name) if role == term.role else ()
                if stems:
                    out.extend(self._phrase(stems, self.by_stem, self.stems))
            return out
        if isinstance(term, ast.Fuzzy):
            needle = " ".join(term.text.lower().split())
            out = []
            for a, b in self.matchable:
                hay = self.text[a:b].lower()
                if len(hay) < len(needle) * 0.6:
                    continue
                res = fuzz.partial_ratio_alignment(needle, hay, score_cutoff=term.threshold)
                if res is not None:
                    out.append((a + res.dest_start, a + res.dest_end))
            return out
        return []

    def _phrase(self, stems: tuple[str, ...], table: dict[str, list[int]], seq: list[str]) -> list[Span]:
        # The same phrase stands in many vocabularies ("service level" in a dozen): found once.
        key = (stems, table is self.by_word)
        if key not in self._phrases:
            self._phrases[key] = self._walk(stems, table, seq)
        return self._phrases[key]

    def _walk(self, stems: tuple[str, ...], table: dict[str, list[int]], seq: list[str]) -> list[Span]:
        # Walk the positions of the phrase's rarest word: cost follows the rarest, not the first.
        n = len(stems)
        k = min(range(n), key=lambda x: len(table.get(stems[x], ())))
        out = []
        for p in table.get(stems[k], ()):
            i, j = p - k, p - k + n - 1
            if i < 0 or j >= len(seq) or self.block[j] != self.block[i]:
                continue
            if n == 1 or tuple(seq[i:j + 1]) == stems:
                out.append((self.starts[i], self.ends[j]))
        return out

    def _heads(self) -> list[tuple[int, int, tuple[str, ...]]]:
        """Each definition's head noun phrase (start, end) and its term's stems, sorted by position."""
        heads = []
        party_names = {n.lower() for p in self.doc.parties for n in p.names}
        for d in self.doc.definitions:
            stems = phrase_stems(d.term)
            # A party is the party, whatever its description ends in: "... represented by two members
            # of the Management Board, hereinafter the "Ordering Party"" makes no body of the Ordering Party.
            if not stems or not d.text or d.term.lower() in party_names:
                continue
            start = self.text.find(d.text[:40], d.start, d.end + 1)
            if start < 0:
                continue
            if d.whole:
                heads.append((start, start + len(d.text), stems))
                continue
            limit = min(start + 200, len(self.text))
            stop = _HEAD_STOP.search(self.text, start, limit)
            ends = [stop.start() if stop else limit]
            # A system may be named by its owner: "the web application of the Principal in which ...".
            if stop is not None and stop.group(0).lower() == "of":
                after = _HEAD_STOP.search(self.text, stop.end(), limit)
                owner = _OWNER.fullmatch(self.text, stop.end(), after.start()) if after is not None else None
                if owner is not None and owner.group("owner").lower() in party_names:
                    ends.append(after.start())
            # Nouns sharing a head ("the Company's customer information and billing platform", "the
            # Ranch's reservation, guest-history and folio system"): any may be what the definition is
            # about, so the phrase counts up to either end of the list of short words.
            pos = stop
            while pos is not None and pos.group(0).lower() in (",", "and", "or"):
                after = _HEAD_STOP.search(self.text, pos.end(), limit)
                tail = self.text[pos.end():after.start() if after else limit]
                if after is None or not 1 <= len(tail.split()) <= 3:
                    break
                if pos.group(0).lower() in ("and", "or"):
                    if after.group(0).lower() not in ("and", "or"):
                        ends.append(after.start())
                    break
                pos = after
            for end in ends:
                end = len(self.text[start:end].rstrip()) + start
                if end > start:
                    heads.append((start, end, stems))
        return sorted(heads)

    def _via_definitions(self, direct: list[Span]) -> list[Span]:
        if not direct or not self._definition_heads:
            return []
        ordered = sorted(direct)
        starts = [a for a, _ in ordered]
        out: list[Span] = []
        for head, end, stems in self._definition_heads:
            i = bisect.bisect_left(starts, head)
            # The match must end the head phrase: "joint steering COMMITTEE", not "UPTIME credit".
            while i < len(ordered) and ordered[i][0] < end:
                if ordered[i][1] == end:
                    out.extend(u for u in self._phrase(stems, self.by_stem, self.stems) if not self._ends_a_name(u))
                    break
                i += 1
        return out

    def _ends_a_name(self, span: Span) -> bool:
        """Whether a use of a defined term is only the last word of a longer name: "Act" in "the Employment
        Act", where "Act" is defined as the procurement law. (Not where the longer name is a defined term of
        its own, a kind of the shorter: "Sensitive Grievance" beside "Grievance".)"""
        before = self.text[max(0, span[0] - 40) : span[0]]
        m = _NAME_WORD_BEFORE.search(before)
        if m is None or m.group(1).lower() in _NOT_NAME_WORDS or not self.text[span[0]].isupper():
            return False
        longer = f"{m.group(1)} {self.text[span[0]:span[1]]}".lower()
        return not any(t.startswith(longer[: len(t)]) and len(t) > len(m.group(1)) for t in self._defined_terms)

    def token_at(self, offset: int) -> int:
        return bisect.bisect_left(self.starts, offset)

    # ---- quantities and obligations ------------------------------------------------------------
    def quantities(self, si: int) -> list[Quantity]:
        """Quantities of one sentence, with offsets into the document text."""
        if self._quantities is None:
            self._quantities = defaultdict(list)
            for i, s in enumerate(self.doc.sentences):
                for q in find_quantities(self.text[s.start:s.end]):
                    self._quantities[i].append(q.model_copy(update={"start": q.start + s.start, "end": q.end + s.start}))
            direct = self._quantities
            for i, found in inherited_cadences(self.doc, lambda k: direct.get(k, [])).items():
                self._quantities[i].extend(found)
        return self._quantities.get(si, [])

    def obligations(self, si: int) -> list[SentenceObligation]:
        """Who is obliged, permitted or prohibited in a sentence, reading an item with its lead-in."""
        if si in self._obligations:
            return self._obligations[si]
        s = self.doc.sentences[si]
        body = self.text[s.start:s.end]
        lead = ""
        if s.lead_in is not None:
            ls = self.doc.sentences[s.lead_in]
            lead = self.text[ls.start:ls.end] + " "
        elif (heading := heading_lead(self.doc, s, self.actors)) is not None:
            lead = heading
        if self._body_start is None:
            self._body_start = body_start(self.doc)
        recital = in_recitals(self.doc, s, self._body_start)
        found: list[Obligation] = find_obligations(lead + body, self._duty_actors, present_tense=not recital,
                                                   antecedent=self._antecedent(si) if not lead else None)
        out = []
        for o in found:
            a = max(o.predicate_start - len(lead), 0) + s.start
            b = max(o.predicate_end - len(lead), 0) + s.start
            if b > a:
                aside = max(o.aside_start - len(lead), 0) + s.start if o.aside_start is not None else None
                out.append(SentenceObligation(o.role, o.modality, o.negated, (a, b), aside))
        self._obligations[si] = out
        return out

    def _antecedent(self, si: int) -> str | None:
        """The role of the party an opening "It" or "They" stands for: the one the sentence before, in
        the same paragraph, was about ("The Contractor processes ... . It implements ...")."""
        s = self.doc.sentences[si]
        if si == 0 or not opens_with_pronoun(self.text[s.start:s.end]):
            return None
        prev = self.doc.sentences[si - 1]
        if prev.paragraph != s.paragraph:
            return None
        if (role := subject_role(self.text[prev.start:prev.end], self._duty_actors)) is not None:
            return role
        roles = {o.role for o in self.obligations(si - 1)} - {"unknown"}
        return roles.pop() if len(roles) == 1 and roles <= {"client", "provider"} else None

    # ---- units ------------------------------------------------------------------------------------
    def units(self, scope: str) -> list[Span]:
        """The spans of every unit of a scope other than headed sections, computed once."""
        if scope not in self._units:
            doc = self.doc
            if scope == "document":
                units = [(0, len(doc.text))]
            elif scope == "sentence":
                units = [(s.start, s.end) for s in doc.sentences]
            elif scope == "paragraph":
                units = list(self.matchable)
            elif scope == "row":
                units = [(p.start, p.end) for p in doc.paragraphs if p.kind == BlockKind.table_row]
            elif scope == "clause":
                units = _clauses(doc)
            else:
                units = [(s.start, s.end) for s in doc.sections]
            self._units[scope] = units
        return self._units[scope]

    # ---- sections -----------------------------------------------------------------------------
    def heading_matches(self, section: Section, term: ast.Term) -> bool:
        key = (section.index, id(term))
        if key not in self._headings:
            heading = self.doc.heading_of(section) if section.heading is None else section.heading
            self._headings[key] = bool(heading) and self._flat(term).found_in(heading)
        return self._headings[key]

    def table_header(self, table: int) -> Span | None:
        """The span of a table's first row, when the reader kept it as a row of the text."""
        if self._table_headers is None:
            self._table_headers = {}
            for p in self.doc.paragraphs:
                if p.kind == BlockKind.table_row and p.table is not None and p.row == 0:
                    self._table_headers.setdefault(p.table, (p.start, p.end))
        return self._table_headers.get(table)

    def caption_matches(self, table: int, term: ast.Term) -> bool:
        """Whether the caption standing just above a table ("Table A-5. Escalation") mentions a term."""
        key = (table, id(term))
        if key not in self._captions:
            if self._table_captions is None:
                self._table_captions = table_captions(self.doc)
            caption = self._table_captions.get(table)
            self._captions[key] = caption is not None and self._flat(term).found_in(self.text[caption[0]:caption[1]])
        return self._captions[key]

    def header_matches(self, table: int, term: ast.Term) -> bool:
        """Whether a table's first row mentions a term, read as a heading is."""
        key = (table, id(term))
        if key not in self._titles:
            header = self.table_header(table)
            self._titles[key] = header is not None and self._flat(term).found_in(self.text[header[0]:header[1]])
        return self._titles[key]

    def _flat(self, term: ast.Term) -> FlatTerm:
        # A vocabulary of a hundred phrases is tried against every heading: as sets of word
        # sequences it is one lookup per heading n-gram instead of a walk over the alternatives.
        key = id(term)
        if key not in self._flats:
            self._flats[key] = FlatTerm(term, self._heading_names)
        return self._flats[key]


def _clauses(doc: Document) -> list[Span]:
    """A clause is a numbered section with its lettered items, but without its numbered subclauses."""
    first_child: dict[int, int] = {}
    for s in doc.sections:
        if s.parent is not None and s.number and not s.number.endswith(")"):
            first_child.setdefault(s.parent, s.start)
    return [(s.start, first_child.get(s.index, s.end)) for s in doc.sections
            if s.number is not None and not s.number.endswith(")")]


def _without(start: int, end: int, holes: list[Span]) -> list[Span]:
    """The span ``start``-``end`` with the (sorted) holes cut out."""
    out, at = [], start
    for a, b in holes:
        if a > at:
            out.append((at, a))
        at = max(at, b)
    if at < end:
        out.append((at, end))
    return out


def _merge(spans: list[Span]) -> list[Span]:
    return sorted(set(spans))


def _names_a_forum_council(text: str) -> bool:
    """Whether ``text`` names a body "... Council" that is no local authority."""
    return any(m.group(1) not in _LOCAL_AUTHORITY for m in _COUNCIL_NAME.finditer(text))


def _actors(doc: Document) -> dict[str, str]:
    """Surface names of the parties, lower-cased, mapped to their roles."""
    actors: dict[str, str] = {}
    for party in doc.parties:
        if party.role == "unknown":
            continue
        for name in party.names:
            actors[actor_key(name)] = party.role
    # A body of one party's people acts for that party: "a Contract Management Team made up of officers of the PDE".
    for name, role in own_bodies(doc, actors).items():
        actors.setdefault(name, role)
    forum_council = bool(actors) and "council" not in actors and _names_a_forum_council(doc.text)
    # A generic word the other party's name ends in is that party's short name, not this role's
    # usual word: where the provider is "the Service Company", "the Company" is no client.
    heads: dict[str, set[str]] = defaultdict(set)
    for key, role in actors.items():
        heads[key.rsplit(None, 1)[-1]].add(role)
    for words, role in ((CLIENT_WORDS, "client"), (PROVIDER_WORDS, "provider")):
        for w in words:
            if not (w == "council" and forum_council) and heads.get(w, {role}) & {role}:
                actors.setdefault(w, role)
    return actors
