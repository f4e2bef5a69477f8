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
    y: float
    col_width: float
    row_height: float


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

    def table(self, rows: list[list[str]], *, col_width: float = 150.0, row_height: float = 22.0) -> None:
        """A fully ruled table (every cell boxed), as Word draws one."""
        self.y += self.paragraph_gap
        self.pages[-1].append(_Grid(rows, LEFT, self.y, col_width, row_height))
        self.y += row_height * len(rows)

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
    c.setLineWidth(0.75)
    for r, row in enumerate(g.rows):
        top = HEIGHT - g.y - r * g.row_height
        for col, text in enumerate(row):
            x = g.x + col * g.col_width
            c.rect(x, top - g.row_height, g.col_width, g.row_height, stroke=1, fill=0)
            c.setFont("Helvetica", 10)
            c.drawString(x + 4, top - g.row_height + 7, text)


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
