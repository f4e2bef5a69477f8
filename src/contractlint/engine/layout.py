"""Where a passage stands in the contract's layout: table captions, the recitals before the body,
the parts attached for information only, and the signature lines after it.

Each is read once per document from its paragraphs and sections, without the rules.
"""

from __future__ import annotations

import re

from contractlint.document.model import BlockKind, Document, Section, Sentence

Span = tuple[int, int]

_RECITAL_OPENING = re.compile(r"\s*(?:whereas|WHEREAS|Whereas)\b")
_RECITAL_HEADING = re.compile(r"(?i)\b(?:background|recitals?|preamble|whereas)\b")
# (Spanish and Portuguese drafting kept in translation: "CLÁUSULA PRIMEIRA", "ARTÍCULO 1")
_CLAUSE_NUMBER = re.compile(r"(?:\d|§|(?i:clause|article|section|part|cl[áa]usula|art[íi]culo|artigo)\b)")
_CAPTION = re.compile(r"(?i)(?:table|tbl\.?)\s+[\w.-]*\d[\w.-]*\b")
# ... or a short label with a colon ("Escalation table:"), not a sentence leading in ("as follows:")
_LABEL = re.compile(r"[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}\s*:")
_INFORMATION_ONLY = re.compile(
    r"\((?:[^()]{0,40},\s*)?for\s+(?:information|reference|illustration)(?:\s+purposes)?\s+only\)\s*[.:]?\s*$", re.I)
_SIGNATURE = re.compile(r"\s*(?i:(?:signed|executed)\s+(?:for|by|on\s+behalf\s+of)|for\s+and\s+on\s+behalf\s+of)\b")


def table_captions(doc: Document) -> dict[int, Span]:
    """Each table's caption: the short paragraph right before its first row, in the same section
    ("Table 3 - Service Levels", "Escalation matrix", "Escalation table:"); a sentence leading into a table
    is no title."""
    found: dict[int, Span] = {}
    paras = doc.paragraphs
    for i, p in enumerate(paras):
        if p.kind != BlockKind.table_row or p.table is None or p.row != 0 or i == 0:
            continue
        before = paras[i - 1]
        text = doc.text[before.start:before.end].strip()
        if (before.kind == BlockKind.paragraph and before.section == p.section
                and (_CAPTION.match(text) or len(text.split()) <= 6 and not text.endswith((".", ":", ";"))
                     or _LABEL.fullmatch(text) and "follow" not in text.lower())):
            found[p.table] = (before.start, before.end)
    return found


def information_only_parts(doc: Document) -> list[Span]:
    """The parts the contract attaches "for information only", which bind no one: "Annex 4: Outsourcing
    Management Policy (extract, for information only)" sets up no vendor management function."""
    return [(s.start, s.end) for s in doc.sections if _INFORMATION_ONLY.search(_title(doc, s))]


def _title(doc: Document, section: Section) -> str:
    """A section's heading, or the short line that opens it where it has none ("6. Reference indicators
    (indicative, for information only).")."""
    if section.heading:
        return section.heading
    line_end = doc.text.find("\n", section.start, section.body_end)
    first = doc.text[section.start:line_end if line_end != -1 else section.body_end]
    return first if len(first) <= 120 else ""


def is_signature_line(text: str) -> bool:
    """A signature line ("Signed for Acme Ltd by Pema Lhamo, Managing Director."): its titles are
    signatories, not levels of escalation or contacts."""
    return len(text.split()) <= 40 and _SIGNATURE.match(text) is not None


def body_start(doc: Document) -> int:
    """Where the first numbered clause starts (the first section, when none is numbered)."""
    numbered = [s.start for s in doc.sections if s.number and _CLAUSE_NUMBER.match(s.number)]
    return min(numbered, default=doc.sections[0].start if doc.sections else 0)


def in_recitals(doc: Document, sentence: Sentence, body: int) -> bool:
    """Whether a sentence stands in the preamble or the recitals, which describe and bind nobody."""
    if _RECITAL_OPENING.match(doc.text, sentence.start):
        return True
    para = doc.paragraphs[sentence.paragraph]
    if para.start < body:
        return True  # before the first numbered clause: the parties and their background
    if para.section is None:
        return False
    return any(s.heading and _RECITAL_HEADING.search(s.heading) for s in doc.lineage(doc.sections[para.section]))
