"""Defined terms: the glossary entries of a contract and its inline "(the "Supplier")" definitions.

Glossary forms, at the start of a paragraph or table row (after a clause number, a list mark or
inline markup such as ``<span>`` and ``**``)::

    "Service Levels" means ...              'Service Levels' shall mean ...
    “Service Levels” includes ...           **Service Credits** means ...
    Service Levels: means ...               Service Level Failure<TAB>means ...
    "Charges" has the meaning given in clause 7.1
    "Acceptance", "Accepted" or "Accept" means ...     (three terms, one definition)
    Change Control Procedure<TAB>the procedure ...     (only inside a run of glossary rows)

A quoted term followed by a defining verb is also taken in the middle of a paragraph
(``... where "control" means ...``). Inline definitions are parentheses holding nothing but quoted
terms and connecting words: ``(the "Supplier")``, ``(hereinafter referred to as the "Bank")``,
``(each a "Party" and together the "Parties")``, ``(the "Joint Steering Committee" or "JSC")``.
Their text is the phrase the parenthesis follows. A system named by an apposition is defined
by it: ``DentaPlan, the Clinic Group's patient booking and records system``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from contractlint.document.model import BlockKind, Definition, Paragraph

_MARK = r"(?:<[^<>\n]{0,200}>|\*\*|__)"
_GAP = rf"(?:[ \t]|{_MARK})*"
# Clause numbers and list marks before a glossary entry; CommonAccord's "1.Def=" key prefix too.
# (Persian drafting numbers with hyphens: '3-4 "Samaneh": the Employer's ... system'.)
_LABEL = r"(?:\(?\d{1,3}(?:[.-]\d{1,3})*[.)]?|\(?[a-z]{1,2}\)|\(?[ivxlc]{1,6}\)|[-*•·–])"
_PREFIX = rf"^(?:\s|{_MARK}|\|)*(?:{_LABEL}(?:[ \t]|{_MARK})+|[\w.]{{1,30}}=)?{_GAP}"
_DQ = r"[\"“”][^\"“”\n]{1,100}?[\"“”]"
# A single-quoted term must not be an apostrophe: no letter before the opening or after the closing.
_SQ = r"(?<!\w)['‘][^'‘’\"“”\n]{1,100}?['’](?!\w)"
_QTERM = rf"(?:{_MARK})*(?:{_DQ}|{_SQ})(?:{_MARK})*"
_QLIST = rf"{_QTERM}(?:{_GAP}(?:,|;|/|\bor\b|\band\b)(?:{_GAP}(?:or|and)\b)?{_GAP}{_QTERM})*"
_BOLD = r"(?:\*\*|__)[^*_\n\"“”]{1,80}?(?:\*\*|__)"
# ('"we", "us" and "our" always mean Rēkohu Contact Limited': plain English may stress it.)
_VERB = (
    r"(?P<verb>(?:shall|will)\s+(?:mean|include|have\s+the\s+(?:same\s+)?meaning(?:s|\(s\))?)"
    r"|(?:(?:always|also)\s+)?(?:means|mean)|includes|include|(?:has|have)\s+the\s+(?:same\s+)?meaning(?:s|\(s\))?|(?:is|are)\s+defined|shall\s+be\s+construed)(?!\w)"
)

_LEAD_QUOTED = re.compile(rf"{_PREFIX}(?P<terms>{_QLIST}|{_BOLD}){_GAP}(?:[:\t|,]{_GAP})?{_VERB}")
# '"Delay" | a delay in ...': a glossary row with no verb (taken only inside a glossary).
_LEAD_QUOTED_SEP = re.compile(rf"{_PREFIX}(?P<terms>{_QLIST}|{_BOLD}){_GAP}[:\t|]{_GAP}")
# Bare terms: after a tab, a pipe or a colon any words; before a plain space only Title Case words.
_LEAD_BARE_SEP = re.compile(
    rf"{_PREFIX}(?P<terms>[A-Za-z][\w&/’'()-]*(?: [\w&/’'()-]+){{0,7}}?)[ ]*(?P<sep>[\t|]+|:)[ \t]*(?:{_VERB})?"
)
_TITLE_WORD = r"[A-Z][\w&/’'-]*"
_LEAD_BARE_SPACE = re.compile(
    rf"{_PREFIX}(?P<terms>{_TITLE_WORD}(?: (?:(?:of|and|or|the|for|to|in|on|a|an|by|per) )*{_TITLE_WORD}){{0,6}}) +"
    r"(?P<verb>means|shall mean|will mean|has the meaning|shall have the meaning)\b[ \t]*(?P<next>[\w’']*)"
)
# The next bare entry of a run-on glossary paragraph: "Agreement means ... . Platform means ... .
# Process Owner means ...". Read only after a bare entry that opens the paragraph.
_NEXT_BARE = re.compile(
    rf"(?<=[.;] )(?P<terms>{_TITLE_WORD}(?: (?:(?:of|and|or|the|for|to|in|on|a|an|by|per) )*{_TITLE_WORD}){{0,6}}) +"
    r"(?P<verb>means|shall mean|will mean)\b[ \t]*(?P<next>[\w’']*)"
)
_DETERMINERS = frozenset(
    "the this that these those each any all such no other its their our your in by if where when "
    "for with under upon a an".split()
)
# "Electronic means of communication ..." is the noun "means", not a definition.
_NOT_AFTER_MEANS = frozenset("of by for to that which are is was were shall will may must and or used".split())
# '"Owner Satisfaction Index" or "OSI" means': a term and its short form, defined together.
# A translation may gloss the term in its own language first: '"Buyer Register" (registre des
# acheteurs) means ...'.
_MID_QUOTED = re.compile(
    rf"(?<!\w)(?P<terms>{_QTERM}(?:{_GAP},?{_GAP}or{_GAP}{_QTERM})?){_GAP}(?:\([^()\n]{{1,60}}\){_GAP})?"
    rf"(?:,{_GAP})?{_VERB}"
)
# Plain English: 'Where we say "couple", we mean anyone who books ...', 'By "booking" we mean ...'.
_WE_MEAN = re.compile(
    rf"(?:\b(?:[Ww]here|[Ww]hen|[Ww]henever|[Ii]f)\s+(?:we|you|this\s+agreement)\s+(?:say|says|use|uses|write|writes)"
    rf"\s+(?:the\s+words?\s+)?|\b[Bb]y\s+)(?P<terms>{_QTERM}),?\s+(?P<verb>(?:we|it|this|that)\s+means?)\b"
)
# A run-on glossary with colons, as Dutch drafting writes it: 'the following capitalised terms have the
# following meanings: "Claims Portal": the Principal's case-handling system ...; "Resident": any person ...'
# (read only where two or more such entries run on in one paragraph).
_MID_COLON = re.compile(rf"(?:(?<=:)|(?<=;))\s+(?P<terms>{_QTERM}){_GAP}(?P<verb>:)\s")
_INLINE_PAREN = re.compile(r"\(([^()\n]{1,300})\)")
# A translation glosses the term in brackets of its own inside the definition: '(the "Principal"
# (il Committente))', '(the "Foundation", which is the principal (de Opdrachtgever) under this agreement)'.
# (The term's quotes close before the gloss: '(“Standard Contractual Clauses (EU/EEA)”)' names no gloss.)
_GLOSSED_PAREN = re.compile(r"\(([^()\n]{0,120}[\"”’][^()\n\"“”]{0,80})\([^()\n\"“”]{1,60}\)([^()\n]{0,120})\)")
_IN_THIS_CONTRACT = r"(?:in|for\s+the\s+purposes?\s+of)\s+this\s+(?:contract|agreement|deed)\s*,?"
_CALLED = r"(?:referred\s+to\s+as|called|designated\s+as|named|known\s+as)"
# Civil-law and older drafting defines without brackets: '... represented by its Management Board -
# hereinafter the "Principal" (Auftraggeber) -', 'hereinafter referred to as "the Company"'.
# ("an entity which will hereinafter be called "THE PLATFORM"", as Guatemalan deeds put it)
_HEREINAFTER = re.compile(
    rf"(?:\b(?:hereinafter|hereafter):?\s+"  # 'hereinafter: "the Principal"', as Dutch drafting puts it
    rf"(?:(?:(?:shall|will)\s+)?(?:be\s+)?(?:referred\s+to|called|designated|named|known)\s+(?:as\s+)?)?"
    # (... or 'who in this contract will be called "THE MUNICIPAL AUTHORITY"', as Guatemalan deeds put it)
    rf"|\b(?:who|which)\s+{_IN_THIS_CONTRACT}\s+(?:shall|will)\s+(?:hereinafter\s+)?be\s+{_CALLED}\s+)(?:the\s+)?"
    # (a translation may gloss a term before the next: 'hereinafter "the Contracting Authority" (le Maître
    # d'ouvrage) or "the Hospital"')
    rf"({_QTERM}(?:\s+(?:or|and)\s+(?:the\s+)?{_QTERM}|\s+\([^()\"“”]{{1,40}}\)(?=\s+(?:or|and)\s))*)",
    re.I,
)
# Civil-law drafting names the term bare: "(hereinafter: the Principal)", "hereinafter referred to as
# the FIRST PARTY;", "hereinafter THE CONTRACTOR;". Only a capitalised term that ends the phrase.
# So does "..., who for the purposes of this contract shall be called THE CONTRACTING PARTY, on the one part".
_HEREINAFTER_BARE = re.compile(
    rf"(?P<open>\(\s*)?\b(?:(?:hereinafter|hereafter)(?:\s+{_CALLED})?"
    rf"|(?:who|which)(?:\s+{_IN_THIS_CONTRACT})?\s+(?:shall|will)"
    rf"\s+(?:hereinafter\s+)?be\s+{_CALLED})"
    r"\s*[:–-]?\s*(?P<the>the\s+)?(?P<term>(?-i:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}))"
    r"(?(open)\s*\)|(?=\s*[;,.)]|\s*$))",
    re.I,
)
_QUOTED = re.compile(rf"(?P<d>{_DQ})|(?P<s>{_SQ})")
# The first- and second-person forms a plain-language contract uses for its two parties.
PERSONS = {"we": ("us", "our"), "you": ("your",)}
_PRONOUN_TERMS = frozenset(form for person, forms in PERSONS.items() for form in (person, *forms))
_INLINE_TAIL = re.compile(r"[,;]?\s*\b(?:which|who|whose|including|together with its|and its)\b.*$", re.S)
_GLOSS_TAIL = re.compile(r"^\s*,\s*(?:[^\W\d][\w’'-]*\s*){1,3}(?:in\s+the\s+[A-Z]\w+\s+(?:text|original|version)\s*)?$")
_INLINE_FILLER = frozenset(
    "the a an each together collectively jointly individually severally hereinafter hereafter herein "
    "referred to as and or called this such respectively below both also known".split()
)
_DEFINING_WORDS = frozenset(
    "the each together collectively jointly individually severally hereinafter hereafter referred called".split()
)
_SENTENCE_END = re.compile(r"[.!?](?=[\s\"”)]+[A-Z(\"“])")
_ABBREVIATIONS = frozenset(
    "inc ltd corp co no plc llc l.l.c n.a s.a b.v n.v st rd ave pty e.g i.e u.s u.k cl para art sch seq etc al vs"
    .split()
)
_PARTY_LIST = re.compile(r"\b(?:[Bb]etween|BETWEEN|[Aa]mong(?:st)?|AMONG(?:ST)?)\b")
# Where a noun phrase starts inside a clause: after a modal and its verb, "to" and a verb,
# a form of "be" (with a participle), or "as of"/"dated" before a date.
_CLAUSE_CUT = re.compile(
    r"\b(?:as of|dated|(?:shall|will|may|must|should|can|could|would)\s+(?:not\s+)?(?:\w+ly\s+)?[a-z]+"
    r"|to\s+(?!the\b|a\b|an\b|any\b|all\b|each\b|its\b|their\b|such\b|this\b|that\b)[a-z]+"
    r"|(?:is|are|was|were|be|been|being)(?:\s+[a-z]+ed(?:\s+(?:into|to|with|by|as|in|for))?)?)\b"
)
_PREPOSITION = re.compile(r"(?:with|for|by|in|on|at|from|into|upon|under|of)\b")
_LEADING_JUNK = re.compile(
    r"^(?:[\s,;:]|#+\s|[\w.]{1,30}=|\((?:\d{1,2}|[a-z]{1,3})\)|\d{1,2}(?:\.\d{1,2})*\.?\s|and\b|or\b)*"
    # "shall work directly in the Line's booking system (the "Booking System")": no noun phrase
    # starts with a preposition
    r"(?:(?:\w+ly\s+)?(?:in|into|within|on|onto|through|via|using)\s+(?=\S+\s+\S))?", re.I
)
_ARTICLE = re.compile(r"\b(?:a|an|the|any|each|such)\s")
_LONG_PHRASE = 15
_GLOSSARY_INTRO = re.compile(
    r"following (?:words|terms|expressions|definitions)|(?:have|bear) the (?:following )?meanings|[Dd]efinitions"
)
_GLOSSARY_HEADER = re.compile(r"\b(?:[Dd]efinitions?|[Mm]eanings?|[Dd]efined [Tt]erms?)\b")
_TRAILING_JUNK = re.compile(r"(?:[\s,;|]|\band\s*$|\bor\s*$)+$")


def plain(s: str) -> str:
    """``s`` without HTML tags and Markdown emphasis, whitespace collapsed."""
    s = re.sub(r"<[^<>\n]{0,200}>", "", s)
    s = re.sub(r"\*\*|__", "", s)
    return re.sub(r"\s+", " ", s).strip()


def _term(quoted: str) -> tuple[str, bool]:
    """The term inside its quotes or bold marks, and whether it was written with "the"."""
    t = plain(quoted).strip("\"“”'‘’ ").strip(",")
    with_the = bool(re.match(r"(?:the|The|THE|this|This|THIS)\s", t))
    if with_the:
        t = t.split(None, 1)[1]
    return t, with_the


def _valid_term(t: str) -> bool:
    return (
        bool(t) and t[0].isalnum() and len(t.split()) <= 10 and ". " not in t and re.search(r"[A-Za-z]", t) is not None
    )


def _terms_in(s: str) -> list[str]:
    s = plain(s)
    found = [m.group(0) for m in _QUOTED.finditer(s)]
    if not found:
        found = [s]
    return [t for t in (_term(q)[0] for q in found) if _valid_term(t)]


def _wording(ptext: str, m: re.Match[str] | None, start: int = 0) -> str:
    """The definition's wording: after the verb ("has the meaning" keeps "the meaning ...")."""
    if m is not None and m.group("verb"):
        verb = m.group("verb")
        start = m.start("verb") + verb.index("the") if "meaning" in verb else m.end("verb")
    return _TRAILING_JUNK.sub("", plain(ptext[start:]).rstrip(";|")).lstrip(",;: ")


@dataclass(frozen=True)
class _Lead:
    terms: list[str]
    at: int  # offset of the term in the paragraph
    text: str
    has_verb: bool
    body: int  # offset where the wording starts
    quoted: bool = False  # a quoted term with no verb: '"Request": a request for ...'


def _leading(ptext: str) -> _Lead | None:
    """A glossary entry at the start of a paragraph or table row."""
    m = _LEAD_QUOTED.match(ptext)
    if m:
        return _Lead(_terms_in(m.group("terms")), m.start("terms"), _wording(ptext, m), True, m.end())
    m = _LEAD_QUOTED_SEP.match(ptext)
    if m:
        text = _wording(ptext, None, m.end())
        if text[:1].islower() and re.search(r"[a-z]{3}", text):
            return _Lead(_terms_in(m.group("terms")), m.start("terms"), text, False, m.end(), quoted=True)
    m = _LEAD_BARE_SEP.match(ptext)
    if m and m.group("verb"):
        return _Lead([m.group("terms").strip()], m.start("terms"), _wording(ptext, m), True, m.end())
    if m and m.group("sep") != ":":
        text = _wording(ptext, None, m.end())
        if text[:1].islower() and re.search(r"[a-z]{3}", text):
            return _Lead([m.group("terms").strip()], m.start("terms"), text, False, m.end())
    m = _LEAD_BARE_SPACE.match(ptext)
    if m:
        term = m.group("terms")
        if term.split()[0].lower() not in _DETERMINERS and m.group("next").lower() not in _NOT_AFTER_MEANS:
            return _Lead([term], m.start("terms"), _wording(ptext, m), True, m.end("verb"))
    return None


@lru_cache(maxsize=32)
def _sentence_ends(ptext: str) -> tuple[int, ...]:
    """Where sentences end in a paragraph; a full stop after Inc/Ltd/No. or an initial ends none."""
    ends = []
    for m in _SENTENCE_END.finditer(ptext):
        word = re.search(r"([\w.]+)$", ptext[max(0, m.start() - 12) : m.start()])
        if word and (word.group(1).lower() in _ABBREVIATIONS or len(word.group(1)) == 1):
            continue
        ends.append(m.end())
    return tuple(ends)


def _sentence_bounds(ptext: str, pos: int) -> tuple[int, int]:
    """The sentence of ``ptext`` around ``pos``."""
    ends = _sentence_ends(ptext)
    i = bisect.bisect_right(ends, pos)
    return (ends[i - 1] if i else 0), (ends[i] if i < len(ends) else len(ptext))


@dataclass(frozen=True)
class InlineTerms:
    """A parenthesis that defines terms: ``(the "Supplier")``; offsets are absolute."""

    terms: tuple[str, ...]
    written: tuple[str, ...]  # as quoted, with "the" where the contract writes it: 'the Bank'
    start: int
    end: int


def find_inline_terms(text: str, start: int, end: int) -> list[InlineTerms]:
    """Every inline-definition parenthesis in ``text[start:end]``."""
    found: list[InlineTerms] = []
    for m in _HEREINAFTER.finditer(text, start, end):
        if "(" in text[max(start, m.start() - 2) : m.start()]:
            continue  # "(hereinafter ...)" in brackets is read below
        content = m.group(0)
        if it := _named(content, list(_QUOTED.finditer(content)), m.start(), m.end()):
            found.append(it)
    for m in _HEREINAFTER_BARE.finditer(text, start, end):
        term = m.group("term")
        if _valid_term(term) and not _QUOTED.search(m.group(0)):
            found.append(InlineTerms((term,), (f"the {term}" if m.group("the") else term,), m.start(), m.end()))
    parens = [(m.group(1), m.start(), m.end()) for m in _INLINE_PAREN.finditer(text, start, end)]
    parens += [(f"{m.group(1)} {m.group(2)}", m.start(), m.end()) for m in _GLOSSED_PAREN.finditer(text, start, end)]
    for raw, pstart, pend in parens:
        if it := _paren_terms(plain(raw), pstart, pend):
            found.append(it)
    return sorted(found, key=lambda it: it.start)


def _paren_terms(content: str, start: int, end: int) -> InlineTerms | None:
    """The terms a parenthesis defines, or None when it quotes something else ("('Moderate' and 'Low')")."""
    quoted = list(_QUOTED.finditer(content))
    if not quoted:
        return None
    # A translation glosses the term in its own language after it: '(the "Supplier", leverantören)',
    # '("Party A", ko in the Japanese text)'.
    rest = _GLOSS_TAIL.sub("", _INLINE_TAIL.sub("", content[quoted[-1].end() :]))
    rest = content[: quoted[-1].start()] + " " + rest
    for q in quoted[:-1]:
        rest = rest.replace(q.group(0), " ", 1)
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", rest)}
    if words - _INLINE_FILLER:
        return None
    # "(‘Moderate’ and ‘Low’)" lists examples; "(each a "Party" and together the "Parties")" defines,
    # and so does a list of a party's pronouns ("("we", "us" and "our")").
    pronouns = all(_term(q.group(0))[0].lower() in _PRONOUN_TERMS for q in quoted)
    if len(quoted) > 1 and "and" in words and not words & _DEFINING_WORDS and not pronouns:
        return None
    return _named(content, quoted, start, end)


def _named(content: str, quoted: list[re.Match[str]], start: int, end: int) -> InlineTerms | None:
    """The valid terms quoted in ``content``, each written with "the" where the contract puts it."""
    terms, written = [], []
    for q in quoted:
        term, with_the = _term(q.group(0))
        if _valid_term(term):
            terms.append(term)
            before = content[: q.start()].rstrip().lower()
            written.append(f"the {term}" if with_the or before.endswith("the") else term)
    return InlineTerms(tuple(terms), tuple(written), start, end) if terms else None


def _inline_phrase(ptext: str, paren: int, previous_end: int, whole: bool = False) -> tuple[int, int]:
    """Where the phrase an inline definition names starts and ends, within its paragraph.

    In a party list ("between A (...) and B (...)") the phrase runs from the list word or the
    previous definition; elsewhere from the start of the noun phrase (after "shall establish",
    "to perform", "as of" ...). ``whole`` takes the whole list, for "(together the "Parties")".
    """
    sentence_start, _ = _sentence_bounds(ptext, paren)
    listing = [m.end() for m in _PARTY_LIST.finditer(ptext, sentence_start, paren)]
    seg_start = max([sentence_start, 0 if whole else previous_end] + listing[-1:])
    if not whole:
        seg_start = max(seg_start, ptext.rfind(";", seg_start, paren) + 1, ptext.rfind(":", seg_start, paren) + 1)
    if not listing:
        # After the last verb, unless that leaves a bare prepositional phrase or one word
        # ("a person to assist with the transition"): then the verb before it.
        cuts = [m.end() for m in _CLAUSE_CUT.finditer(ptext, seg_start, paren)]
        while cuts:
            phrase = plain(ptext[cuts[-1] : paren])
            if len(cuts) == 1 or (len(phrase.split()) > 1 and not _PREPOSITION.match(phrase)):
                seg_start = cuts[-1]
                break
            cuts.pop()
    if not listing and len(ptext[seg_start:paren].split()) > _LONG_PHRASE:
        # "The Supplier shall, within 20 days, give the Buyer a report (a "Review Report")": the
        # last noun phrase, from its article.
        for m in reversed(list(_ARTICLE.finditer(ptext, seg_start, paren))):
            if len(ptext[m.start() : paren].split()) >= 2:
                seg_start = m.start()
                break
    seg = ptext[seg_start:paren]
    lead = _LEADING_JUNK.match(seg)
    s = seg_start + (lead.end() if lead else 0)
    e = seg_start + len(_TRAILING_JUNK.sub("", seg))
    return s, max(s, e)


def _inline(text: str, para: Paragraph) -> list[Definition]:
    ptext = text[para.start : para.end]
    out: list[Definition] = []
    previous_end = 0
    for inline in find_inline_terms(ptext, 0, len(ptext)):
        s, e = _inline_phrase(ptext, inline.start, previous_end)
        if e <= s:  # "(together the "Parties")" straight after another: it names the whole list
            s, e = _inline_phrase(ptext, inline.start, 0, whole=True)
        phrase = plain(ptext[s:e])
        for term in inline.terms:
            out.append(Definition(term=term, text=phrase, start=para.start + s, end=para.start + inline.end,
                                  section=para.section))
        previous_end = inline.end
    return out


# "an Operations Working Group (OWG)", "the Joint Relationship Committee (the JRC)": an acronym
# defined without quotes, taken only when its letters are the initials of the words before it.
_ACRONYM = re.compile(r"\((?:the\s+)?(?P<acr>[A-Z]{2,6})\)")
_NAME_WORD = re.compile(r"[A-Z][\w&’'-]*|of|and|for|the|on|&")


def _acronyms(text: str, para: Paragraph) -> list[Definition]:
    ptext = text[para.start : para.end]
    out = []
    for m in _ACRONYM.finditer(ptext):
        letters = m.group("acr")
        caps: list[tuple[int, int]] = []
        # Back from the bracket over name words, until one capitalised word per letter is taken.
        for w in reversed(list(re.finditer(r"\S+", ptext[: m.start()]))):
            if len(caps) == len(letters) or not _NAME_WORD.fullmatch(w.group(0)):
                break
            if w.group(0)[0].isupper():
                caps.insert(0, (w.start(), w.end()))
        if len(caps) != len(letters) or "".join(ptext[a] for a, _ in caps) != letters:
            continue
        start, end = caps[0][0], caps[-1][1]
        out.append(Definition(term=letters, text=ptext[start:end], start=para.start + start,
                              end=para.start + m.end(), section=para.section))
    return out


# "access to DentaPlan, the Clinic Group's patient booking and records system": the name of a system
# followed by whose system it is. (Not "Through Tapway CRM, ...": a sentence's opening word is no name.)
_SYSTEM_APPOSITION = re.compile(
    r"(?<![\w-])(?!(?:The|This|That|In|On|Through|Using|Via|Under|With|From|By|To|At|For|Each|Any|All|Its|Our"
    r"|Your|Their)\s)(?P<term>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}),\s+(?P<text>(?:the|its|their|our|your)\s+"
    r"(?:[\w-]+(?:\s+[\w-]+){0,3}['’]s\s+)?(?:[\w-]+\s+){0,5}?(?:system|platform|database|application|CRM))\b"
)


def _system_appositions(text: str, para: Paragraph) -> list[Definition]:
    return [Definition(term=m.group("term"), text=m.group("text"), start=m.start(), end=m.end(), section=para.section)
            for m in _SYSTEM_APPOSITION.finditer(text, para.start, para.end)]


def _glossary_tables(text: str, body: list[Paragraph], leads: list[_Lead | None]) -> set[int]:
    """Tables that are glossaries: headed "Term | Meaning", introduced by "the following words shall
    have the following meanings", or holding at least one entry with a defining verb."""
    tables: set[int] = set()
    for i, (p, lead) in enumerate(zip(body, leads, strict=True)):
        if p.table is None:
            continue
        before = body[i - 1] if i and p.row == 0 else None
        if (
            (lead is not None and lead.has_verb)
            or (p.row == 0 and _GLOSSARY_HEADER.search(text, p.start, p.end) and lead is None)
            or (before is not None and before.table is None and _GLOSSARY_INTRO.search(text, before.start, before.end))
        ):
            tables.add(p.table)
    return tables


def find_definitions(text: str, paragraphs: list[Paragraph]) -> list[Definition]:
    """The defined terms of a contract, glossary entries and inline definitions, in text order.

    ``paragraphs`` are spans into ``text``; table-of-contents lines are skipped. A term defined
    together with others (``"Acceptance", "Accepted" or "Accept" means``) yields one Definition
    per term, with the same text and span.
    """
    body = [p for p in paragraphs if p.kind != BlockKind.toc]
    leads = [_leading(text[p.start : p.end]) for p in body]
    glossary_tables = _glossary_tables(text, body, leads)
    out: list[Definition] = []
    glossary_entries: list[Definition] = []  # entries with a defining verb or in a glossary, not "(the "X")"
    for i, (para, lead) in enumerate(zip(body, leads, strict=True)):
        ptext = text[para.start : para.end]
        scan_from = 0
        # A row with no defining verb ("Term<TAB>the wording") counts only inside a glossary: beside
        # an entry that has one, or in a table headed "Term | Meaning" (not "Priority 1 | within 1 hour").
        # Quoted terms with no verb make a glossary of their own when they run on: '(2) "Request": a
        # request for ...' then '(3) "BRP-Loket": the Bureau's case-handling system'.
        neighbours = [leads[j] for j in (i - 1, i + 1) if 0 <= j < len(leads)]
        in_glossary = any(n is not None and (n.has_verb or n.quoted and lead is not None and lead.quoted)
                          for n in neighbours) or (para.table is not None and para.table in glossary_tables)
        if lead is not None and (lead.has_verb or in_glossary):
            # A bare entry may run on into more: "Agreement means ... . Platform means ...".
            more = _next_bare_entries(ptext, lead.body) if _LEAD_BARE_SPACE.match(ptext) else []
            stop = more[0].start("terms") if more else len(ptext.rstrip())
            wording = _wording(ptext[:stop], None, lead.body) if more else lead.text
            for term in lead.terms:
                out.append(Definition(term=term, text=wording, start=para.start + lead.at, end=para.start + stop,
                                      section=para.section))
                glossary_entries.append(out[-1])
            out.extend(_short_forms(text, lead.terms, para.start + lead.at, para.start + lead.body, para.section))
            scan_from = lead.body
            for m in more:
                _, s_end = _sentence_bounds(ptext, m.start())
                out.append(Definition(term=m.group("terms"), text=_wording(ptext[:s_end], m),
                                      start=para.start + m.start("terms"), end=para.start + s_end,
                                      section=para.section))
                glossary_entries.append(out[-1])
        colons = list(_MID_COLON.finditer(ptext, scan_from))
        mids = sorted([*_MID_QUOTED.finditer(ptext, scan_from), *_WE_MEAN.finditer(ptext, scan_from),
                       *(colons if len(colons) >= 2 else [])], key=lambda m: m.start())
        for k, m in enumerate(mids):
            _, s_end = _sentence_bounds(ptext, m.start())
            # 'In this contract, "Buyer" means ...; "Buyer Register" means ...': each wording ends
            # where the next definition of the same sentence begins.
            sentence = ptext[:min(s_end, mids[k + 1].start())] if k + 1 < len(mids) else ptext[:s_end]
            for term in _terms_in(m.group("terms")):
                out.append(Definition(term=term, text=_wording(sentence, m), start=para.start + m.start("terms"),
                                      end=para.start + len(sentence.rstrip()), section=para.section))
                glossary_entries.append(out[-1])
            out.extend(_short_forms(text, _terms_in(m.group("terms")), para.start + m.start("terms"),
                                    para.start + m.end("terms"), para.section))
        out.extend(_inline(text, para))
        out.extend(_acronyms(text, para))
        out.extend(_system_appositions(text, para))
    seen: set[tuple[str, int]] = set()
    unique = []
    for d in sorted(out, key=lambda d: (d.start, d.end)):
        if (d.term, d.start) not in seen:
            seen.add((d.term, d.start))
            unique.append(d)
    glossary = {id(d) for d in glossary_entries}
    lower = text.lower()
    marked = [_mark_unused(lower, d, unique) if id(d) in glossary else d for d in unique]
    # '"Acceptance", "Accepted" or "Accept" means ...' is one entry: used if any of its terms is.
    used_at = {d.start for d in marked if d.used}
    return [d if d.used or d.start not in used_at else unique[i] for i, d in enumerate(marked)]


def _short_forms(text: str, terms: list[str], start: int, end: int, section: int | None) -> list[Definition]:
    """'"Owner Satisfaction Index" or "OSI" means ...': the short form also stands for the long name.

    Only a short form made of the long name's initials, as an unquoted "(OSI)" would be. ``start``
    and ``end`` bound the quoted terms in ``text``.
    """
    out = []
    for short in terms:
        if not re.fullmatch(r"[A-Z]{2,6}", short):
            continue
        for long in terms:
            words = long.split()
            initials = ("".join(w[0] for w in words if w[0].isupper()), "".join(w[0] for w in words).upper())
            at = text.find(long, start, end)
            if at >= 0 and short in initials:
                out.append(Definition(term=short, text=long, start=at, end=at + len(long), section=section, whole=True))
    return out


def _next_bare_entries(ptext: str, start: int) -> list[re.Match[str]]:
    """The further bare entries of a glossary paragraph that opens with one."""
    return [m for m in _NEXT_BARE.finditer(ptext, start)
            if m.group("terms").split()[0].lower() not in _DETERMINERS
            and m.group("next").lower() not in _NOT_AFTER_MEANS]


def _mark_unused(lower: str, d: Definition, everything: list[Definition]) -> Definition:
    """A glossary entry whose term the contract never uses again, ending where the next entry starts.

    '"Recognition Scheme" means a scheme recognising staff ...' with no other "Recognition Scheme"
    in the contract defines a word and promises nothing; the engine reads no evidence in it.
    """
    end = min([e.start for e in everything if d.start < e.start < d.end] + [d.end])
    words = d.term.lower().split()
    needle = " ".join(words)

    def used(first: str, rest: Callable[[int], object]) -> bool:
        """Whether the contract uses the term outside its own entry: a find of ``first`` that ``rest`` accepts."""
        at = lower.find(first)
        while at != -1:
            if not d.start <= at < end and _USE_BEFORE.match(lower, at - 1 if at else 0) and rest(at):
                return True
            at = lower.find(first, at + 1)
        return False

    # Most terms are used, and str.find finds the first use fast; a term of several words may also
    # stand broken over a line, which only the pattern sees.
    if used(needle, lambda at: _USE_AFTER.match(lower, at + len(needle))):
        return d
    if len(words) > 1:
        broken = re.compile(r"\s+".join(map(re.escape, words)) + r"(?:s|es|'s|’s)?(?![\w-])")
        if used(words[0], lambda at: broken.match(lower, at)):
            return d
    return d.model_copy(update={"used": False, "end": end})


_USE_BEFORE = re.compile(r"^|[^\w-]")
_USE_AFTER = re.compile(r"(?:s|es|'s|’s)?(?![\w-])")
