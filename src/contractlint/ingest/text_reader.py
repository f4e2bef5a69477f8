"""Plain-text contracts: paragraphs separated by blank lines or by a new clause number."""

from __future__ import annotations

import re
from pathlib import Path

from contractlint.document.labels import parse_label
from contractlint.ingest.blocks import RawBlock, RawDocument, ReadOptions
from contractlint.ingest.encoding import read_text


def read(path: Path, options: ReadOptions) -> RawDocument:
    """Read a .txt contract into blocks, one per paragraph, with its first line number."""
    text = read_text(path)
    return RawDocument(path=str(path), format="txt", blocks=split_blocks(text.split("\n")))


def split_blocks(lines: list[str], first_line: int = 1) -> list[RawBlock]:
    """Group lines into paragraphs: a blank line, or a line opening a numbered clause, starts one.

    Hard-wrapped lines stay joined by newlines so that a match can be traced to its exact line.
    Two or more lines of cells split by " | " with the same number of cells are a table.
    """
    blocks: list[RawBlock] = []
    current: list[str] = []
    start = first_line

    def flush() -> None:
        if current:
            rows = _rows(current)
            if rows is not None:
                kept = [(start + i, r) for i, r in enumerate(rows) if r]
                blocks.append(RawBlock(text="", kind="table", rows=[r for _, r in kept],
                                       row_lines=[n for n, _ in kept], line=start))
            else:
                blocks.append(RawBlock(text="\n".join(current), line=start))
            current.clear()

    for n, raw in enumerate(lines, start=first_line):
        line = raw.rstrip()
        if not line.strip():
            flush()
            continue
        stripped = line.strip()
        row, in_table = _is_row(stripped), bool(current) and all(map(_is_row, current))
        if current and (row != in_table or not row and (
                parse_label(stripped) is not None or _is_heading_line(current[-1]))):
            flush()
        if not current:
            start = n
        current.append(stripped if "\t" not in stripped else stripped.replace("\t", " "))
    flush()
    return blocks


# The line under a table's header: "|---|:---:|", "-------|---------|".
TABLE_SEP = re.compile(r"^\s*(?:\|\s*)?:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*(?:\|\s*)?$")


def split_row(line: str) -> list[str]:
    """The cells of one table line, with or without the outer bars ("a | b", "| a | b |")."""
    row = line.strip()
    row = row[1:] if row.startswith("|") else row
    row = row[:-1] if row.endswith("|") else row
    return [c.strip() for c in re.split(r"(?<!\\)\|", row)]


def _is_row(line: str) -> bool:
    return " | " in line or line.startswith("|") and line.endswith("|") and len(line) > 2


def _rows(lines: list[str]) -> list[list[str]] | None:
    """The cells of each line when ``lines`` are a table (a separator line "|---|---|" gives an
    empty row), else None."""
    if len(lines) < 2 or not all(map(_is_row, lines)):
        return None
    rows = [[] if TABLE_SEP.match(line) else split_row(line) for line in lines]
    widths = {len(r) for r in rows if r}
    return rows if len(widths) == 1 and widths.pop() >= 2 else None


def _is_heading_line(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 8 and line.isupper() and sum(c.isalpha() for c in line) > 2
