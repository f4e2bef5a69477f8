"""Clause labels: recognising typed numbering and deciding how labels nest.

Forms accepted (as contracts print them): ``12``, ``12.``, ``12.3``, ``12.3.1``, ``(a)``, ``a)``,
``(iv)``, ``(A)``, ``(3)``, and named parts ``Schedule 4``, ``Annex A``, ``Appendix 1``,
``Exhibit B``, ``Attachment 2``, ``Annex No. 4``, ``Part 3``, ``Article 5``, ``Section 5.2``, ``§ 5``, ``Clause 7``, and the
bracketed number of Gulf drafting, ``Article (3)`` and ``Annex (7)``, and the number spelled out,
``Section One.`` and ``Article First:``, and the ordinal before the word, ``First Article -``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

LabelKind = Literal["part", "decimal", "paren"]

_PART_WORDS = r"Schedule|Annex|Annexure|Appendix|Exhibit|Attachment|Part|Article|Section|Clause|Chapter"
# ("§ 3", as German and Nordic drafting numbers its sections, is a Section; Central European drafting
# numbers its parts "Annex No. 4", "Article No. 2".)
_PART = re.compile(
    rf"^(?P<label>(?:(?i:{_PART_WORDS})\s+(?:(?i:No|Nr)\.\s?)?|§\s?)(?P<num>\d+(?:\.\d+)*|[A-Z]{{1,2}}|[IVXLC]+|\(\d{{1,3}}\)))(?P<sep>[.:)]?)(?=\s|$|[-–—])"
)
# The number spelled out, as drafting translated from Russian or Spanish has it ("Section One. Subject
# of the Contract", "ARTICLE FIRST: OBJECT"); a dot, colon or dash, or the line's end, must follow,
# so "Part one of the fee is ..." is no label.
_NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                 "sixteen seventeen eighteen nineteen twenty").split()
_ORDINAL_WORDS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
                  "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
_PART_SPELLED = re.compile(
    rf"^(?P<label>(?i:{_PART_WORDS})\s+(?P<num>(?i:{'|'.join(sorted((*_NUMBER_WORDS, *_ORDINAL_WORDS), key=len, reverse=True))})))"
    r"(?P<sep>[.:]|\s*[-–—]|(?=\s*$)|(?=\s+\(\w))"  # "Clause First (Object)"
)
# Spanish and Portuguese drafting kept in translation: "CLÁUSULA OITAVA – DA GESTÃO", "CLÁUSULA PRIMERA.-
# ANTECEDENTES", "CLÁUSULA DÉCIMA PRIMEIRA:", "ARTÍCULO SEGUNDO." (the ordinal agreeing with the word).
_IBERIAN_ORDINALS = (
    "primera primero primeira primeiro segunda segundo tercera tercero terceira terceiro cuarta cuarto quarta quarto "
    "quinta quinto sexta sexto séptima séptimo septima septimo sétima sétimo setima setimo octava octavo oitava "
    "oitavo novena noveno nona nono décima décimo decima decimo undécima undécimo undecima undecimo duodécima "
    "duodécimo duodecima duodecimo vigésima vigésimo vigesima vigesimo").split()
_IBERIAN_WORDS = {"cláusula": "clause", "clausula": "clause", "artículo": "article", "articulo": "article",
                  "artigo": "article"}
_PART_IBERIAN = re.compile(
    r"^(?P<label>(?i:cl[áa]usula|art[íi]culo|artigo)\s+(?P<num>(?i:(?:d[ée]cim[ao]\s+|vig[ée]sim[ao]\s+|decimo|decima)?"
    rf"(?:{'|'.join(sorted(_IBERIAN_ORDINALS, key=len, reverse=True))}))))"
    r"(?P<sep>\.-|[.:]|\s*[-–—]|(?=\s*$)|(?=\s+\(\w))"
)
# The ordinal before the word, as Dutch and Scandinavian drafting translated has it ("First Article -
# Definitions", "SECOND ARTICLE: THE ASSIGNMENT"), and as Malaysian and Indian drafting names its
# schedules ("Third Schedule – Responsibilities"); only the words a body clause or a part takes, so
# "First Party:" stays text, and a separator must follow, so "the First Schedule applies" does too.
_ORDINAL_FIRST = re.compile(
    rf"^(?P<label>(?P<num>(?i:{'|'.join(sorted(_ORDINAL_WORDS, key=len, reverse=True))}))\s+"
    r"(?P<word>(?i:Article|Clause|Section|Schedule|Annex|Annexure|Appendix|Exhibit)))"
    r"(?P<sep>[.:]|\s*[-–—]|(?=\s*$))"
)
# Three digits at most per component keeps years ("2024 was") and amounts out.
_DECIMAL = re.compile(r"^(?P<label>\d{1,3}(?:\.\d{1,3})*)(?P<sep>\.?)(?=\s+\S)")
# Persian drafting numbers its points with hyphens: "4-2 The Claims Desk operates ..." (a capital or a
# quote must follow, so "10-15 days after" stays text).
_HYPHENATED = re.compile(r"^(?P<label>\d{1,2}(?:-\d{1,2}){1,3})(?=\s+[\"“(]?[A-Z])")
_PAREN = re.compile(r"^(?P<label>\((?P<p>[a-z]{1,2}|[ivxlc]{1,6}|[A-Z]{1,2}|\d{1,2})\)|(?P<q>[a-z]|[ivx]{1,4})\))(?=\s)")
# "a. Either party ..." and "iv. The Supplier ...": a lower-case letter or numeral with a dot, as
# Markdown and plain-text drafts letter their items; a capital must follow so "e.g. x" is not one.
_DOTTED = re.compile(r"^(?P<label>(?P<d>[a-z]|[ivx]{1,4})\.)(?=\s+[\"“(]?[A-Z])")
_ROMAN = re.compile(r"^[ivxlc]+$")
_TOP_PART_WORDS = {"schedule", "annex", "annexure", "appendix", "exhibit", "attachment", "part", "chapter"}


@dataclass(frozen=True)
class Label:
    """A recognised clause label and where the clause's own text starts after it."""

    text: str
    kind: LabelKind
    depth: int
    style: str
    text_start: int
    top: bool = False


def parse_label(text: str) -> Label | None:
    """The clause label at the start of a paragraph's text, if any."""
    m = _PART.match(text) or _PART_SPELLED.match(text) or _PART_IBERIAN.match(text)
    if m:
        word = "section" if m.group("label").startswith("§") else m.group("label").split()[0].lower()
        word = _IBERIAN_WORDS.get(word, word)
        num = m.group("num")
        depth = num.count(".") + 1 if num[0].isdigit() else 1
        return Label(m.group("label"), "part", depth, word, _skip_sep(text, m.end()), top=word in _TOP_PART_WORDS)
    m = _ORDINAL_FIRST.match(text)
    if m:
        word = m.group("word").lower()
        return Label(m.group("label"), "part", 1, word, _skip_sep(text, m.end()), top=word in _TOP_PART_WORDS)
    m = _DECIMAL.match(text)
    if m:
        label = m.group("label")
        # "2024 the parties" is not a clause: a single-component label needs its dot ("12. "), unless
        # the line is a numbered heading of its own, as Nordic drafting in plain text has it ("1 Parties",
        # "2 Background and Purpose of the Agreement").
        if "." not in label and not m.group("sep") and not _bare_heading(text, label, m.end()):
            return None
        return Label(label, "decimal", label.count(".") + 1, "decimal", _skip_sep(text, m.end()))
    m = _HYPHENATED.match(text)
    if m:
        label = m.group("label")
        return Label(label, "decimal", label.count("-") + 1, "decimal", _skip_sep(text, m.end()))
    m = _PAREN.match(text) or _DOTTED.match(text)
    if m:
        inner = m.groupdict().get("p") or m.groupdict().get("q") or m.group("d")
        return Label(m.group("label"), "paren", 0, paren_style(inner), _skip_sep(text, m.end()))
    return None


_HEADING_JOINERS = frozenset({"and", "of", "the", "for", "to", "in", "on", "a", "an", "or", "with", "by", "&"})


def _bare_heading(text: str, number: str, end: int) -> bool:
    """Whether "1 Parties" is a whole line that reads as a heading: a clause number up to 99, then
    Title Case words with no closing stop (not "30 Working Days of the invoice date", a wrapped line)."""
    words = text[end:].split()
    if len(number) > 2 or "\n" in text.strip() or not 1 <= len(words) <= 8 or text.rstrip()[-1] in ".,;:":
        return False
    return (words[0][:1].isupper() and words[-1].lower() not in _HEADING_JOINERS
            and all(w[:1].isupper() or w.lower() in _HEADING_JOINERS for w in words))


def label_from_reader(label: str) -> Label:
    """Classify a label that a reader rendered (Word's automatic numbering)."""
    parsed = parse_label(label.strip() + " x")
    if parsed is not None:
        return Label(parsed.text, parsed.kind, parsed.depth, parsed.style, 0, parsed.top)
    bare = label.strip().rstrip(".")
    if re.fullmatch(r"\d+", bare):
        return Label(bare, "decimal", 1, "decimal", 0)
    return Label(bare, "paren", 0, paren_style(bare.strip("()")), 0)


def paren_style(inner: str) -> str:
    """The numbering style of a bracketed label: lower, roman, upper or digit."""
    if inner.isdigit():
        return "digit"
    # Single letters other than i, v and x are letters even though "c" and "l" are numerals.
    if inner in ("i", "v", "x") or (len(inner) > 1 and _ROMAN.match(inner)):
        return "roman"
    if inner.isupper():
        return "upper"
    return "lower"


def display_number(label: Label, parent_number: str | None) -> str:
    """The number a reader cites: a bracketed label joins its clause's number, ``12.3(b)``."""
    text = label.text.rstrip(".:")
    if label.kind == "paren":
        bare = "(" + text.strip("().") + ")"
        return f"{parent_number}{bare}" if parent_number else bare
    return text


def _skip_sep(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t\n.:–—-":
        i += 1
    return i
