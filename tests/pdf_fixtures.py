"""Contract PDFs drawn with reportlab at test time, so no binary fixture is committed.

``ContractPdf`` lays text out the way a word processor does: lines at a fixed leading, a blank
gap between paragraphs, a page break when the body area is full, and optional running header and
footer text (``{n}`` and ``{m}`` are replaced by the page number and page count)::

    pdf = ContractPdf(header="Master Services Agreement", footer="Page {n} of {m}")
    pdf.heading("1. Definitions", size=14)
    pdf.para("1.1 The Supplier shall maintain the", "systems at all times.")
    pdf.save(tmp_path / "msa.pdf")
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

WIDTH, HEIGHT = A4
BODY_TOP = 100.0
BODY_BOTTOM = HEIGHT - 100.0
LEFT = 72.0


@dataclass
class _Text:
    text: str
    x: float
    y: float  # baseline, measured down from the top edge
    font: str
    size: float


@dataclass
class _Grid:
    rows: list[list[str]]
    x: float
    y: float  # top edge, measured down from the top of the page
    col_width: float
    row_height: float
    spans: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)
    style: str = "boxes"


@dataclass
class ContractPdf:
    """A document built line by line, rendered to PDF by ``save``."""

    header: str | None = None
    footer: str | None = None
    size: float = 11.0
    leading: float = 14.0
    paragraph_gap: float = 10.0
    pages: list[list[_Text | _Grid]] = field(default_factory=lambda: [[]])
    y: float = BODY_TOP

    def line(self, text: str, *, font: str = "Helvetica", size: float | None = None, x: float = LEFT) -> None:
        """One printed line, below the previous one; a new page when the body area is full."""
        size = size or self.size
        if self.y + self.leading > BODY_BOTTOM:
            self.page_break()
        self.y += self.leading if self.pages[-1] else size
        self.pages[-1].append(_Text(text, x, self.y, font, size))

    def para(self, *lines: str, font: str = "Helvetica", size: float | None = None, gap: bool = True) -> None:
        """A paragraph of printed lines, with a blank gap before it (unless ``gap`` is false)."""
        if gap and self.pages[-1]:
            self.y += self.paragraph_gap
        for text in lines:
            self.line(text, font=font, size=size)

    def bullet(self, text: str, *, glyph: str = "\u2022", glyph_font: str = "Symbol") -> None:
        """A list item as Word prints it: the bullet glyph (Symbol font), then indented text."""
        self.line(glyph, font=glyph_font)
        self.pages[-1].append(_Text(text, LEFT + 18, self.y, "Helvetica", self.size))

    def heading(self, text: str, *, size: float = 14.0, font: str = "Helvetica-Bold") -> None:
        """A heading line with space above it."""
        if self.pages[-1]:
            self.y += self.paragraph_gap + 4
        self.y += size - self.leading
        self.line(text, font=font, size=size)

    def table(self, rows: list[list[str]], *, col_width: float = 150.0, row_height: float = 22.0,
              spans: dict[tuple[int, int], tuple[int, int]] | None = None, style: str = "boxes") -> None:
        """A fully ruled table; rows that do not fit go on to the next page.

        ``spans`` merges cells: {(row, column): (rows, columns)}, the covered cells' texts unused.
        ``style`` is how the rules are drawn: "boxes" (each cell stroked, as reportlab's canvas
        does), "lines" (each side a line segment, as platypus does) or "bars" (each side a thin
        filled rectangle, as Word does).
        """
        self.y += self.paragraph_gap
        spans = spans or {}
        start = 0
        while start < len(rows):
            fit = max(1, int((BODY_BOTTOM - self.y) // row_height))
            if fit < 2 and self.pages[-1]:
                self.page_break()
                continue
            part = rows[start:start + fit]
            moved = {(r - start, c): span for (r, c), span in spans.items() if start <= r < start + fit}
            self.pages[-1].append(_Grid(part, LEFT, self.y, col_width, row_height, moved, style))
            self.y += row_height * len(part)
            start += len(part)
            if start < len(rows):
                self.page_break()

    def note(self, *lines: str, width: float = 420.0) -> None:
        """A boxed note, as Word draws a one-column table: one ruled cell a line."""
        self.table([[line] for line in lines], col_width=width, row_height=self.leading + 6)

    def text_at(self, text: str, x: float, y: float, *, size: float = 10.0, font: str = "Helvetica") -> None:
        """Text at a set place on the current page (baseline ``y`` down from the top), the flow unmoved."""
        self.pages[-1].append(_Text(text, x, y, font, size))

    def page_break(self) -> None:
        """Start a new page."""
        self.pages.append([])
        self.y = BODY_TOP

    def save(self, path: Path, *, encrypt: str | None = None) -> Path:
        """Render every page, with header and footer, to ``path``; ``encrypt`` sets a user password."""
        c = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)
        total = len(self.pages)
        for n, items in enumerate(self.pages, start=1):
            if self.header:
                _draw(c, _Text(self.header.format(n=n, m=total), LEFT, 40, "Helvetica", 9))
            if self.footer:
                _draw(c, _Text(self.footer.format(n=n, m=total), WIDTH / 2 - 30, HEIGHT - 40, "Helvetica", 9))
            for item in items:
                if isinstance(item, _Grid):
                    _draw_grid(c, item)
                else:
                    _draw(c, item)
            c.showPage()
        c.save()
        return path


def _draw(c: canvas.Canvas, t: _Text) -> None:
    c.setFont(t.font, t.size)
    c.drawString(t.x, HEIGHT - t.y, t.text)


def _draw_grid(c: canvas.Canvas, g: _Grid) -> None:
    covered = {(r + i, col + j) for (r, col), (rs, cs) in g.spans.items() for i in range(rs) for j in range(cs)}
    for r, row in enumerate(g.rows):
        for col, text in enumerate(row):
            if (r, col) in covered and (r, col) not in g.spans:
                continue
            rs, cs = g.spans.get((r, col), (1, 1))
            x, top = g.x + col * g.col_width, HEIGHT - g.y - r * g.row_height
            _draw_cell(c, g.style, x, top - rs * g.row_height, cs * g.col_width, rs * g.row_height)
            c.setFont("Helvetica", 10)
            c.drawString(x + 4, top - g.row_height + 7, text)


def _draw_cell(c: canvas.Canvas, style: str, x: float, y: float, w: float, h: float) -> None:
    """One cell's four sides, drawn the way ``style`` names."""
    c.setLineWidth(0.75)
    if style == "boxes":
        c.rect(x, y, w, h, stroke=1, fill=0)
    elif style == "lines":
        c.lines([(x, y, x + w, y), (x, y + h, x + w, y + h), (x, y, x, y + h), (x + w, y, x + w, y + h)])
    else:  # "bars"
        c.rect(x, y - 0.25, w, 0.5, stroke=0, fill=1)
        c.rect(x, y + h - 0.25, w, 0.5, stroke=0, fill=1)
        c.rect(x - 0.25, y, 0.5, h, stroke=0, fill=1)
        c.rect(x + w - 0.25, y, 0.5, h, stroke=0, fill=1)


def image_only_pdf(path: Path, pages: int = 2) -> Path:
    """A 'scanned' PDF: shapes on every page and no text at all."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(pages):
        c.setFillGray(0.4)
        c.rect(72, 300, 400, 300, stroke=1, fill=1)
        for i in range(20):
            c.line(80, 320 + i * 12, 460, 320 + i * 12)
        c.showPage()
    c.save()
    return path
