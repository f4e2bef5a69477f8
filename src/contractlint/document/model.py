"""The Document: what every reader produces and every rule queries.

All spans are character offsets into ``Document.text``, the normalised text of the whole contract
(blocks joined by a blank line). Physical positions (page, paragraph, line) and the clause number
as the contract shows it are kept apart, and a ``Location`` joins them for display.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Location(_Frozen):
    """Where a span stands: physical position plus the clause as printed."""

    file: str
    page: int | None = None
    paragraph: int | None = None
    line: int | None = None
    section: str | None = None
    heading: str | None = None
    start: int = 0
    end: int = 0

    def label(self) -> str:
        """The location as a reader of the contract would write it: ``12.3 Governance, p. 7``."""
        parts = [p for p in (self.section, self.heading) if p]
        text = " ".join(parts)
        if self.page:
            text = f"{text}, p. {self.page}" if text else f"p. {self.page}"
        elif self.line and not text:
            text = f"line {self.line}"
        elif self.paragraph and not text:
            text = f"paragraph {self.paragraph}"
        return text or "document"


class BlockKind(str, Enum):
    heading = "heading"
    paragraph = "paragraph"
    table_row = "table_row"
    toc = "toc"


class Paragraph(_Frozen):
    """One block of text: a heading, a paragraph, a table row or a table-of-contents line."""

    index: int
    kind: BlockKind
    start: int
    end: int
    section: int | None = Field(None, description="index into Document.sections")
    page: int | None = None
    paragraph: int | None = Field(None, description="the source paragraph index (docx), 1-based")
    line: int | None = Field(None, description="the source line (txt/md), 1-based")
    table: int | None = None
    row: int | None = None


class Sentence(_Frozen):
    start: int
    end: int
    paragraph: int
    lead_in: int | None = Field(
        None, description="index of the sentence that introduces an enumerated item ('The Client shall:')"
    )


class Section(_Frozen):
    """A numbered or headed part of the contract; ``end`` includes its subsections."""

    index: int
    number: str | None = Field(None, description="as printed: '12', '12.3', '12.3(b)', 'Schedule 4'")
    heading: str | None = None
    depth: int
    parent: int | None = None
    start: int
    end: int
    body_end: int = Field(description="end of the section's own text, before its first subsection")


class Cell(_Frozen):
    row: int
    column: int
    text: str
    start: int
    end: int


class Table(_Frozen):
    index: int
    rows: list[list[Cell]]
    section: int | None = None
    page: int | None = None


class Definition(_Frozen):
    term: str
    text: str = Field(description="the definition's wording")
    start: int
    end: int
    section: int | None = None
    whole: bool = Field(False, description="the wording is one role, read whole (an appointment 'as' it)")
    used: bool = Field(True, description="a glossary entry whose term appears nowhere else is False")


Role = Literal["client", "provider", "unknown"]


class Party(_Frozen):
    name: str
    defined_as: str | None = None
    aliases: list[str] = Field(default_factory=list)
    role: Role = "unknown"
    role_reason: str = ""

    @property
    def names(self) -> list[str]:
        """Every name the party goes by: its name, its defined term and its aliases."""
        return [n for n in (self.name, self.defined_as, *self.aliases) if n]


class Document(BaseModel):
    """The contract as read: text, structure, definitions and parties."""

    model_config = ConfigDict(extra="forbid")

    path: str
    format: str
    text: str
    paragraphs: list[Paragraph]
    sentences: list[Sentence]
    sections: list[Section]
    tables: list[Table] = Field(default_factory=list)
    definitions: list[Definition] = Field(default_factory=list)
    parties: list[Party] = Field(default_factory=list)
    pages: int | None = None
    warnings: list[str] = Field(default_factory=list)
    _starts: list[int] | None = PrivateAttr(None)

    def paragraph_at(self, offset: int) -> Paragraph | None:
        """The paragraph containing a character offset."""
        if self._starts is None:
            self._starts = [p.start for p in self.paragraphs]
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self.paragraphs[i].start <= offset <= self.paragraphs[i].end:
            return self.paragraphs[i]
        return None

    def locate(self, start: int, end: int | None = None) -> Location:
        """A ``Location`` for a span, with the clause number of the innermost section."""
        para = self.paragraph_at(start)
        section = self.sections[para.section] if para and para.section is not None else None
        line = para.line if para else None
        if para and para.line is not None:
            line = para.line + self.text.count("\n", para.start, start)
        return Location(
            file=self.path,
            page=para.page if para else None,
            paragraph=para.paragraph if para else None,
            line=line,
            section=section.number if section else None,
            heading=self.heading_of(section) if section else None,
            start=start,
            end=end if end is not None else start,
        )

    def lineage(self, section: Section) -> Iterator[Section]:
        """The section, then each section it stands in, up to the top level."""
        cur: Section | None = section
        while cur is not None:
            yield cur
            cur = self.sections[cur.parent] if cur.parent is not None else None

    def heading_of(self, section: Section) -> str | None:
        """The nearest heading at or above a section (a sub-clause `(b)` borrows its clause's)."""
        return next((s.heading for s in self.lineage(section) if s.heading), None)

    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]
