"""Build a ``Document`` from a reader's blocks: text, sections, sentences, tables.

The same inference serves every format, so a clause numbered by Word and the same clause typed in a
text file end up with the same section number and heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from contractlint.document.labels import Label, display_number, label_from_reader, parse_label
from contractlint.document.model import BlockKind, Cell, Document, Paragraph, Section, Sentence, Table
from contractlint.ingest.blocks import RawBlock, RawDocument
from contractlint.nlp.sentences import split_sentences

_TOC_LINE = re.compile(r"^.{2,120}?(?:\s*\.{3,}|\s*…+|\t| {3,})\s*\d{1,4}\s*$")
_INLINE_HEADING = re.compile(
    r"^((?:[A-Z][\w'’&/-]*)(?:\s+(?:[A-Z][\w'’&/-]*|of|and|or|the|for|to|in|on|by|&)){0,6})\.\s+(?=[A-Z(\"“])"
)
_NOT_INLINE_HEADING = {"ltd", "inc", "co", "corp", "plc", "llc", "no", "cl", "sch"}
# ... or in sentence case: "(4) Allocation of responsibilities. The detailed ...", a bare noun phrase.
_INLINE_HEADING_LOWER = re.compile(r"^([A-Z][\w'’&/-]*(?:,?[ \t]+[\w'’&/-]+){0,5})\.[ \t]+(?=[A-Z(\"“])")
# Words that make such a fragment a sentence ("(2) Time is of the essence.", "7. Each Party appoints an
# Account Director.") or an abbreviation ("No."): a heading names its subject and says nothing of it.
_NOT_IN_HEADING = frozenset("shall will must may is are was were be been has have had means mean can cannot does do "
                            "not should apply applies a an the each any all every this that these those its their "
                            "our your we you it they he she his her".split()) | _NOT_INLINE_HEADING
_MAX_HEADING_WORDS = 12
_STATES = re.compile(r"\b(?:shall|will|must|may|is|are|was|were|has|have|does|do)\b", re.I)
# Named parts that head a run of plain-numbered paragraphs ("Article 18 - Disputes", then "41.").
_NAMED_PARTS = frozenset({"article", "section", "clause", "chapter"})
# The words that join the parties, capitalised on a line of their own ("BETWEEN:", "AND"): no headings.
# ("RECITALS" and "WHEREAS:" do open the recitals.)
_PREAMBLE_WORDS = frozenset({"and", "or", "between", "among", "amongst", "by and between", "witnesseth"})
_RECITALS = re.compile(r"(?i)\s*(?:recitals?|background|preamble|whereas)\s*:?\s*")
# A clause's title in brackets after its number: "Clause First (Object)".
_BRACKETED_TITLE = re.compile(r"\(([A-Z][^()]{0,60})\)")
_SMALL_WORDS = {"of", "and", "or", "the", "for", "to", "in", "on", "by", "a", "an", "with", "at", "from"}


@dataclass
class _Open:
    section: int
    kind: str  # "heading" (unnumbered), "top", "decimal", "paren"
    level: int
    depth: int = 0
    style: str = ""
    number: str | None = None
    is_heading: bool = False
    last_inner: str = ""


@dataclass
class _Builder:
    raw: RawDocument
    text: list[str] = field(default_factory=list)
    length: int = 0
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    sections: list[dict] = field(default_factory=list)
    stack: list[_Open] = field(default_factory=list)
    lead_in: tuple[int, int | None] | None = None  # (sentence index, section index)

    def append(self, s: str) -> tuple[int, int]:
        if self.text:
            self.text.append("\n\n")
            self.length += 2
        start = self.length
        self.text.append(s)
        self.length += len(s)
        return start, self.length

    # -- sections -----------------------------------------------------------------------
    def close_to(self, keep: int, at: int) -> None:
        while len(self.stack) > keep:
            sec = self.sections[self.stack.pop().section]
            sec["end"] = at

    def open(self, entry: _Open, heading: str | None, at: int) -> int:
        parent = self.stack[-1].section if self.stack else None
        index = len(self.sections)
        if parent is not None and self.sections[parent]["body_end"] is None:
            self.sections[parent]["body_end"] = at
        depth = len(self.stack) + 1
        self.sections.append(
            dict(index=index, number=entry.number, heading=heading, depth=depth, parent=parent,
                 start=at, end=None, body_end=None)
        )
        entry.section = index
        self.stack.append(entry)
        return index

    def place(self, label: Label | None, heading_level: int | None, heading: str | None, at: int) -> None:
        """Close the sections this block ends and open the one it starts."""
        if label is None:
            level = heading_level or 1
            keep = len(self.stack)
            while keep and (not self.stack[keep - 1].is_heading or self.stack[keep - 1].level >= level):
                if self.stack[keep - 1].kind == "top" and self.stack[keep - 1].level < level:
                    break
                keep -= 1
            self.close_to(keep, at)
            self.open(_Open(0, "heading", level, is_heading=True), heading, at)
            return
        if label.kind == "part" and label.top:
            keep = len(self.stack)
            while keep and not (self.stack[keep - 1].kind == "heading" and self.stack[keep - 1].level < (heading_level or 99)):
                keep -= 1
            self.close_to(keep, at)
            entry = _Open(0, "top", heading_level or 1, depth=0, number=display_number(label, None),
                          is_heading=heading is not None)
            self.open(entry, heading, at)
            return
        if label.kind in ("decimal", "part"):
            keep = len(self.stack)
            while keep:
                top = self.stack[keep - 1]
                # A plain paragraph number under an "Article 18 - Disputes" heading is the article's
                # paragraph, numbered through the contract ("41."), not the next article.
                if (top.kind == "decimal" and top.is_heading and top.style in _NAMED_PARTS
                        and label.style == "decimal" and label.depth == 1):
                    break
                if top.kind == "paren" or (top.kind == "decimal" and top.depth >= label.depth):
                    keep -= 1
                    continue
                # "## 2. Governance" ends an unnumbered "## Contents" of the same level; a titled clause
                # ("1 Definitions") ends a "RECITALS" heading of any level, which holds no clauses.
                if top.kind == "heading" and (heading_level is not None and top.level >= heading_level or heading
                                              and _RECITALS.fullmatch(self.sections[top.section]["heading"] or "")):
                    keep -= 1
                    continue
                break
            self.close_to(keep, at)
            entry = _Open(0, "decimal", heading_level or label.depth, depth=label.depth, style=label.style,
                          number=display_number(label, None), is_heading=heading is not None)
            self.open(entry, heading, at)
            return
        self._place_paren(label, heading, at)

    def _place_paren(self, label: Label, heading: str | None, at: int) -> None:
        inner = label.text.strip("()")
        style = label.style
        keep = len(self.stack)
        # "(i)" after "(h)" is the letter i, not roman one.
        if style == "roman" and keep and self.stack[-1].kind == "paren" and self.stack[-1].style == "lower":
            prev = self.stack[-1].last_inner
            if len(inner) == 1 and len(prev) == 1 and ord(inner) == ord(prev) + 1:
                style = "lower"
        run = keep
        while run and self.stack[run - 1].kind == "paren":
            run -= 1
        for i in range(keep - 1, run - 1, -1):
            if self.stack[i].style == style:
                keep = i
                break
        self.close_to(keep, at)
        parent_number = self.stack[-1].number if self.stack else None
        entry = _Open(0, "paren", 99, style=style, number=display_number(label, parent_number),
                      is_heading=heading is not None, last_inner=inner)
        if self.stack and self.stack[-1].kind == "paren" and self.stack[-1].style == style:
            self.stack[-1].last_inner = inner
        self.open(entry, heading, at)

    # -- blocks ---------------------------------------------------------------------------
    def add_block(self, block: RawBlock) -> None:
        if block.kind == "table" and block.rows:
            self.add_table(block)
            return
        body = block.text.strip()
        if not body:
            return
        if block.kind == "toc" or _looks_like_toc(body):
            start, end = self.append(body if not block.label else f"{block.label} {body}")
            self.add_paragraph(BlockKind.toc, start, end, block)
            return
        label: Label | None
        if block.label:
            label = label_from_reader(block.label)
            text = f"{block.label.strip()} {body}"
            text_start = len(block.label.strip()) + 1
        else:
            label = parse_label(body)
            text = body
            text_start = label.text_start if label else 0
        own = text[text_start:]
        heading, is_heading = _heading_of(own, label, block)
        if heading and not is_heading and own.startswith(heading + "."):
            text_start += len(heading) + 1
        start, end = self.append(text)
        # Some drafters style whole clauses as "Heading 2": such a block opens a section but is
        # still read as body text.
        if label is not None or is_heading or block.heading_level is not None:
            self.place(label, block.heading_level, heading, start)
        kind = BlockKind.heading if is_heading else BlockKind.paragraph
        para = self.add_paragraph(kind, start, end, block)
        if not is_heading:
            self.add_sentences(para, text, start, text_start, label)
        elif label is None or label.kind == "part" or block.heading_level is not None:
            # A new article ends the list a lead-in opened ("... with the following terms:" in the
            # preamble is no lead-in of clause 6.4).
            self.lead_in = None

    def add_paragraph(self, kind: BlockKind, start: int, end: int, block: RawBlock,
                      table: int | None = None, row: int | None = None) -> Paragraph:
        para = Paragraph(
            index=len(self.paragraphs), kind=kind, start=start, end=end,
            section=self.stack[-1].section if self.stack else None,
            page=block.page, paragraph=block.paragraph, line=block.line, table=table, row=row,
        )
        self.paragraphs.append(para)
        return para

    def add_sentences(self, para: Paragraph, text: str, base: int, text_start: int, label: Label | None) -> None:
        lead = None
        # An item belongs to a lead-in of its own section or the section above it ("3.3(a)" under
        # "3.3 The Customer shall:"), never to one of another article ("(3)" of Article 7 is no item
        # of an "as follows:" in Article 5). A numbered item must sit below the lead-in's clause
        # ("5.1.1" under "5.1 The Company shall:"); "5.2" is the next clause, not an item.
        item = label is not None and self.lead_in is not None and self._within(para.section, self.lead_in[1]) and (
            label.kind == "paren" or (label.kind == "decimal" and para.section != self.lead_in[1]))
        if item:
            lead = self.lead_in[0]
        for a, b in split_sentences(text, text_start):
            self.sentences.append(Sentence(start=base + a, end=base + b, paragraph=para.index, lead_in=lead))
            if text[a:b].rstrip().endswith((":", "—", "–")):
                self.lead_in = (len(self.sentences) - 1, para.section)
            elif not item and (label is None or label.kind != "paren"):
                self.lead_in = None

    def _within(self, section: int | None, outer: int | None) -> bool:
        """Whether ``section`` is ``outer`` or one of its subsections."""
        while section is not None and section != outer:
            section = self.sections[section]["parent"]
        return section == outer

    def add_table(self, block: RawBlock) -> None:
        index = len(self.tables)
        self.lead_in = None  # a table after "as follows:" is the list the lead-in opens
        rows: list[list[Cell]] = []
        for r, cells in enumerate(block.rows or []):
            texts = [" ".join(c.split()) for c in cells]
            if not any(texts):
                continue
            row_text = " | ".join(texts)
            start, end = self.append(row_text)
            row_cells, pos = [], start
            for c, t in enumerate(texts):
                row_cells.append(Cell(row=r, column=c, text=t, start=pos, end=pos + len(t)))
                pos += len(t) + 3
            rows.append(row_cells)
            row_block = block
            if block.row_lines and r < len(block.row_lines):
                row_block = block.model_copy(update={"line": block.row_lines[r]})
            if block.row_paragraphs and r < len(block.row_paragraphs):
                row_block = block.model_copy(update={"paragraph": block.row_paragraphs[r] or block.paragraph})
            para = self.add_paragraph(BlockKind.table_row, start, end, row_block, table=index, row=r)
            self.sentences.append(Sentence(start=start, end=end, paragraph=para.index))
        section = self.stack[-1].section if self.stack else None
        self.tables.append(Table(index=index, rows=rows, section=section, page=block.page))

    def finish(self) -> tuple[str, list[Section]]:
        text = "".join(self.text)
        self.close_to(0, len(text))
        sections = []
        for s in self.sections:
            end = s["end"] if s["end"] is not None else len(text)
            body_end = s["body_end"] if s["body_end"] is not None else end
            sections.append(Section(**{**s, "end": end, "body_end": body_end}))
        return text, sections


def _heading_of(own: str, label: Label | None, block: RawBlock) -> tuple[str | None, bool]:
    """Whether a block is a heading, and the heading text of the section it starts."""
    words = own.split()
    short = 0 < len(words) <= _MAX_HEADING_WORDS and not own.rstrip().endswith((".", ";", ",", ":"))
    if block.heading_level is not None and len(words) <= 2 * _MAX_HEADING_WORDS:
        return (" ".join(words) or None), True
    if label is not None and short and _title_like(words):
        return " ".join(words), True
    # "Article 18 - Joint projects": after an Article, Clause or Section number a short line in sentence
    # case is the clause's title too, unless it says something ("Article 5 Fees are due monthly").
    if (label is not None and label.kind == "part" and short and len(words) <= 8 and words[0][:1].isupper()
            and not _STATES.search(own)):
        return " ".join(words), True
    # "Clause First (Object)": Portuguese and Brazilian drafting puts the clause's title in brackets.
    if label is not None and label.kind == "part" and (m := _BRACKETED_TITLE.fullmatch(own.strip())):
        return m.group(1), True
    # "5.2 Termination." standing alone is a heading too, its full stop a drafting habit.
    if label is not None and 0 < len(words) <= 6 and own.rstrip().endswith(".") and _title_like(own.rstrip(". ").split()):
        return own.rstrip(". "), True
    # (A capitalised "AND" or "WITNESSETH" between the parties joins them; it opens no section.)
    if (label is None and short and len(words) <= 8 and own.isupper() and sum(c.isalpha() for c in own) > 2
            and own.strip(" :;,-–—").lower() not in _PREAMBLE_WORDS):
        return " ".join(words), True
    if label is not None:
        m = _INLINE_HEADING.match(own)
        if m and m.group(1).split()[-1].lower() not in _NOT_INLINE_HEADING:
            return m.group(1), False
        m = _INLINE_HEADING_LOWER.match(own)
        if m and not any(w.lower() in _NOT_IN_HEADING for w in m.group(1).replace(",", " ").split()):
            return m.group(1), False
    return None, False


def _title_like(words: list[str]) -> bool:
    """A heading reads like a title: capitalised words, not a list item ending in "and"."""
    if not words or not words[0][:1].isupper() or words[-1].lower() in ("and", "or"):
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS and w[:1].isalpha()]
    return bool(content) and sum(w[:1].isupper() for w in content) >= len(content) * 0.6


def _looks_like_toc(text: str) -> bool:
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return bool(lines) and sum(bool(_TOC_LINE.match(ln.strip())) for ln in lines) >= max(1, len(lines) * 0.6) and (
        len(lines) > 1 or bool(re.search(r"\.{4,}|…", text))
    )


def build_document(raw: RawDocument) -> Document:
    """Turn a reader's blocks into the Document: text, sections, sentences and tables.

    Definitions and parties are found afterwards by ``enrich``, which needs the finished text.
    """
    b = _Builder(raw)
    for block in raw.blocks:
        b.add_block(block)
    text, sections = b.finish()
    return Document(
        path=raw.path, format=raw.format, text=text, paragraphs=b.paragraphs, sentences=b.sentences,
        sections=sections, tables=b.tables, pages=raw.pages, warnings=list(raw.warnings),
    )
