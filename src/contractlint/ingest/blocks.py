"""What a reader hands over: the contract as a flat list of blocks, still format-free.

A reader knows its format (styles, fonts, numbering.xml, Markdown marks) and turns it into
``RawBlock``s; the shared builder then infers sections, sentences, definitions and parties the
same way for every format.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class RawBlock(BaseModel):
    """A paragraph, heading, table or table-of-contents line as the reader saw it."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="visible text, without a label that Word's numbering renders")
    kind: Literal["paragraph", "table", "toc"] = "paragraph"
    label: str | None = Field(
        None, description="the number Word renders for an auto-numbered paragraph: '12.3', '(b)', 'Schedule 4'"
    )
    heading_level: int | None = Field(None, description="1 = top; None when the reader saw a body paragraph")
    rows: list[list[str]] | None = Field(None, description="cell texts, for kind='table'")
    row_lines: list[int] | None = Field(None, description="1-based source line of each row (txt/md)")
    row_paragraphs: list[int] | None = Field(None, description="1-based source paragraph of each row (docx)")
    page: int | None = None
    paragraph: int | None = Field(None, description="1-based paragraph index in the source (docx)")
    line: int | None = Field(None, description="1-based first line in the source (txt/md)")


class RawDocument(BaseModel):
    """A reader's output for one file."""

    model_config = ConfigDict(extra="forbid")

    path: str
    format: str
    blocks: list[RawBlock]
    pages: int | None = None
    warnings: list[str] = Field(default_factory=list)


class ReadOptions(BaseModel):
    """Choices a user makes about how a file is read."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    revisions: Literal["accepted", "original"] = Field(
        "accepted", description="judge tracked changes as accepted (w:ins counts) or as the original (w:del counts)"
    )
    page_workers: int = Field(
        0, ge=0, description="processes a long PDF's pages are read in (0: two where there are two CPUs)"
    )
