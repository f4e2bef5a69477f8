"""docgen: turn a contract written in a small Markdown dialect into .docx, .pdf, .txt or .md.

A development tool for building contractlint's sample contracts (not part of the package):

    python tools/docgen.py SRC.md OUT.{docx,pdf,txt,md} [--author NAME]

Source format:
  # Title                      the document title
  ## 1. Heading / ### 1.2 ...  Heading 1 / Heading 2 (#### is Heading 3); the typed clause number
                               is optional ("## Schedule 2 - Service Levels" has none)
  paragraphs                   separated by blank lines; may start with a typed number:
                               "1.", "1.1", "12.3.1", "(a)" or "(iv)"
  | a | b |                    a pipe table; first row is the header, the |---| row is skipped
  Heading ..... 12             a table-of-contents line (dot leaders and a page number)
  {++text++} {--text--}        CriticMarkup insertion / deletion, inside a paragraph or around one

Outputs:
  .docx  Title and Heading 1-3 styles; typed clause numbers removed and produced by Word
         automatic numbering (one multi-level list in numbering.xml, a new list instance with
         startOverride where the typed numbers restart); "Table Grid" tables; tracked changes
         (w:ins, w:del with w:delText) by --author.
  .pdf   A4, running header (the title), "Page N of M" footer, typed numbers kept, grid tables,
         changes accepted.
  .txt   plain text, typed numbers kept, table cells joined by " | ", changes accepted.
  .md    the source with changes accepted.
"""

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

CHANGE_DATE = "2025-03-14T09:30:00Z"  # fixed, so that regenerated samples do not churn
MARKUP_RE = re.compile(r"(\{\+\+.*?\+\+\}|\{--.*?--\})", re.DOTALL)
NUMBER_RE = re.compile(r"^(\{\+\+)?"                                   # an opening insertion
                       r"(\d+(?:\.\d+)+\.?|\d+\.|"                       # 1.2  12.3.1  3.
                       r"\((?:[a-z]|i{1,3}|iv|vi{0,3}|ix|xi{0,2})\))\s+")  # (a)  (iv)
TOC_RE = re.compile(r"\.{4,}\s*\d+\s*$")
SEPARATOR_RE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9,
         "x": 10, "xi": 11, "xii": 12}


@dataclass
class Block:
    """One unit of the document: title, heading, para, toc or table."""
    kind: str
    text: str = ""        # CriticMarkup text without the typed number
    number: str = ""      # the typed number as written ("1.2", "3.", "(a)"), or ""
    level: int = 0        # heading level 1-3 (headings only)
    rows: list = field(default_factory=list)  # table rows (lists of cell texts)

    @property
    def full_text(self):
        """The text with its typed number put back in front."""
        return f"{self.number} {self.text}" if self.number else self.text


# ----------------------------------------------------------------------------- parsing

def split_number(text):
    """Split a leading typed number off `text`; keep an opening ``{++`` in the text."""
    m = NUMBER_RE.match(text)
    if not m:
        return "", text
    return m.group(2), (m.group(1) or "") + text[m.end():]


def parse(source):
    """Parse the source text into a list of Blocks."""
    blocks, para, table = [], [], []

    def flush():
        if para:
            number, text = split_number(" ".join(para))
            blocks.append(Block("para", text, number))
            para.clear()
        if table:
            blocks.append(Block("table", rows=list(table)))
            table.clear()

    for raw in source.splitlines():
        line = raw.strip()
        if not line:
            flush()
        elif line.startswith("#"):
            flush()
            hashes = len(line) - len(line.lstrip("#"))
            text = line[hashes:].strip()
            if hashes == 1:
                blocks.append(Block("title", text))
            else:
                number, text = split_number(text)
                blocks.append(Block("heading", text, number, level=min(hashes - 1, 3)))
        elif line.startswith("|"):
            if para:
                flush()
            if not SEPARATOR_RE.match(line):
                table.append([cell.strip() for cell in line.strip("|").split("|")])
        elif TOC_RE.search(line):
            flush()
            blocks.append(Block("toc", line))
        else:
            if table:
                flush()
            para.append(line)
    flush()
    return blocks


def accept(text):
    """Resolve CriticMarkup as accepted: keep insertions, drop deletions (and one space)."""
    # A deletion never runs past its own "--}": "{--old--}{++new++} ... {--x--} y" must not be read as
    # one deletion from "old" to "x".
    deletion = r"\{--(?:(?!--\}).)*--\}"
    text = re.sub(rf"^{deletion} ?", "", text, flags=re.DOTALL | re.MULTILINE)
    text = re.sub(rf" {deletion}(?=[ .,;:)])", "", text, flags=re.DOTALL)
    text = re.sub(deletion, "", text, flags=re.DOTALL)
    return re.sub(r"\{\+\+(.*?)\+\+\}", r"\1", text, flags=re.DOTALL)


def segments(text):
    """Split CriticMarkup text into (kind, text) pairs, kind being 'same', 'ins' or 'del'."""
    out = []
    for piece in MARKUP_RE.split(text):
        if piece.startswith("{++"):
            out.append(("ins", piece[3:-3]))
        elif piece.startswith("{--"):
            out.append(("del", piece[3:-3]))
        elif piece:
            out.append(("same", piece))
    return out


# ----------------------------------------------------------------------------- numbering

def number_value(number, previous_letter):
    """Return (level, values) for a typed number; values are the integers it displays.

    Dotted numbers give level 0-2 and all their components; "(a)" gives level 3, "(iv)" level 4.
    "(i)", "(v)" and "(x)" are letters only when they continue a letter list ("(h)" -> "(i)").
    """
    if not number.startswith("("):
        values = [int(p) for p in number.rstrip(".").split(".")]
        return min(len(values) - 1, 2), values
    token = number[1:-1]
    is_letter_successor = previous_letter and ord(token[0]) == ord(previous_letter) + 1
    if token in ROMAN and not (len(token) == 1 and is_letter_successor):
        return 4, [ROMAN[token]]
    return 3, [ord(token) - ord("a") + 1]


class Numbering:
    """Simulates Word's counters so the automatic numbers equal the typed ones.

    Each list instance (w:num) has its own counters. A level that has not been used yet shows
    its start value; using a level resets all deeper levels. When the next automatic number
    would differ from the typed one, a new instance starts with startOverride values.
    """

    def __init__(self):
        self.instances = []   # one list of five start values per w:num
        self.counters = None
        self.previous_letter = ""

    def assign(self, number):
        """Return (instance index, ilvl) for a typed number, opening a new instance if needed."""
        level, values = number_value(number, self.previous_letter)
        if level == 3:
            self.previous_letter = number[1]
        elif level < 3:
            self.previous_letter = ""
        if not self.instances or self._predict(level, values) != values:
            starts = [1] * 5
            if level <= 2:
                starts[:level + 1] = values
            else:
                starts[level] = values[0]
            self.instances.append(starts)
            self.counters = [None] * 5
        starts = self.instances[-1]
        counters = self.counters
        counters[level] = starts[level] if counters[level] is None else counters[level] + 1
        for deeper in range(level + 1, 5):
            counters[deeper] = None
        return len(self.instances) - 1, level

    def _predict(self, level, values):
        starts, counters = self.instances[-1], self.counters
        shown = [starts[k] if counters[k] is None else counters[k] for k in range(5)]
        shown[level] = starts[level] if counters[level] is None else counters[level] + 1
        return shown[:level + 1] if level <= 2 else [shown[level]]


LEVELS = [  # (numFmt, lvlText, left indent, hanging) in twentieths of a point
    ("decimal", "%1.", 567, 567),
    ("decimal", "%1.%2", 567, 567),
    ("decimal", "%1.%2.%3", 1418, 851),
    ("lowerLetter", "(%4)", 1134, 567),
    ("lowerRoman", "(%5)", 1701, 567),
]


def add_numbering_definitions(document, numbering):
    """Write one multi-level abstractNum and one w:num per list instance into numbering.xml.

    Returns the numId of every instance, in order.
    """
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    root = document.part.numbering_part.element
    abstract_id = 1 + max([int(v) for v in root.xpath("./w:abstractNum/@w:abstractNumId")] or [0])
    first_num = 1 + max([int(v) for v in root.xpath("./w:num/@w:numId")] or [0])
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{left}" w:hanging="{hang}"/></w:pPr></w:lvl>'
        for i, (fmt, text, left, hang) in enumerate(LEVELS))
    abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
                         f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>')
    existing_nums = root.findall(qn("w:num"))
    if existing_nums:            # schema order: every abstractNum before the first num
        existing_nums[0].addprevious(abstract)
    else:
        root.append(abstract)
    num_ids = []
    for index, starts in enumerate(numbering.instances):
        overrides = "" if index == 0 else "".join(
            f'<w:lvlOverride w:ilvl="{i}"><w:startOverride w:val="{s}"/></w:lvlOverride>'
            for i, s in enumerate(starts))
        root.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{first_num + index}">'
                              f'<w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'))
        num_ids.append(first_num + index)
    return num_ids


# ----------------------------------------------------------------------------- writers

def write_docx(blocks, out, author):
    """Write a .docx with Word styles, automatic numbering, tables and tracked changes."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    if "TOC 1" not in [s.name for s in document.styles]:
        toc_style = document.styles.add_style("TOC 1", WD_STYLE_TYPE.PARAGRAPH)
        toc_style.base_style = document.styles["Normal"]
    change_id = iter(range(1, 100000))
    numbering, numbered = Numbering(), []  # numbered: (paragraph, instance, ilvl)

    def change_element(tag):
        element = OxmlElement(tag)
        element.set(qn("w:id"), str(next(change_id)))
        element.set(qn("w:author"), author)
        element.set(qn("w:date"), CHANGE_DATE)
        return element

    def add_runs(paragraph, text, bold=False):
        """Append one run per CriticMarkup segment, wrapping changed runs in w:ins / w:del."""
        for kind, piece in segments(text):
            run = paragraph.add_run()
            if bold:
                run.bold = True
            if kind == "del":
                del_text = OxmlElement("w:delText")
                del_text.set(qn("xml:space"), "preserve")
                del_text.text = piece
                run._r.append(del_text)
            else:
                run.text = piece
            if kind != "same":
                wrapper = change_element("w:ins" if kind == "ins" else "w:del")
                run._r.addprevious(wrapper)
                wrapper.append(run._r)

    for block in blocks:
        if block.kind == "title":
            document.core_properties.title = accept(block.text)
            add_runs(document.add_paragraph(style="Title"), block.text)
        elif block.kind == "table":
            table = document.add_table(rows=len(block.rows), cols=max(len(r) for r in block.rows))
            table.style = document.styles["Table Grid"]
            for r, row in enumerate(block.rows):
                for c, cell_text in enumerate(row):
                    add_runs(table.cell(r, c).paragraphs[0], cell_text, bold=(r == 0))
        elif block.kind == "toc":
            add_runs(document.add_paragraph(style="TOC 1"), block.text)
        else:
            style = f"Heading {block.level}" if block.kind == "heading" else None
            paragraph = document.add_paragraph(style=style)
            add_runs(paragraph, block.text)
            parts = segments(block.text)
            if len(parts) == 1 and parts[0][0] != "same":  # a wholly inserted/deleted paragraph:
                mark = OxmlElement("w:rPr")                 # its paragraph mark changes too
                mark.append(change_element("w:ins" if parts[0][0] == "ins" else "w:del"))
                paragraph._p.get_or_add_pPr().append(mark)
            if block.number:
                numbered.append((paragraph, *numbering.assign(block.number)))
    num_ids = add_numbering_definitions(document, numbering)
    for paragraph, instance, ilvl in numbered:
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = ilvl
        num_pr.get_or_add_numId().val = num_ids[instance]
    document.core_properties.author = author
    document.save(out)


def write_pdf(blocks, out, author):
    """Write an A4 PDF with a running header, 'Page N of M' footer and grid tables."""
    from xml.sax.saxutils import escape
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    rl_config.invariant = 1   # no timestamp or random document id: same input, same bytes
    title = next((accept(b.text) for b in blocks if b.kind == "title"), "")

    class NumberedCanvas(canvas.Canvas):
        """Keeps every page until save() so the footer can say 'Page N of M'."""
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.pages = []

        def showPage(self):
            self.pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            for number, state in enumerate(self.pages, start=1):
                self.__dict__.update(state)
                self.setFont("Helvetica", 8)
                footer = f"Page {number} of {len(self.pages)}"
                self.drawRightString(A4[0] - 20 * mm, 12 * mm, footer)
                self.drawString(20 * mm, A4[1] - 12 * mm, title)
                self.line(20 * mm, A4[1] - 14 * mm, A4[0] - 20 * mm, A4[1] - 14 * mm)
                super().showPage()
            super().save()

    sheet = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=sheet["BodyText"], fontSize=10, leading=13, spaceAfter=5)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0)
    styles = {1: sheet["Heading1"], 2: sheet["Heading2"], 3: sheet["Heading3"]}
    for style, size in zip(styles.values(), (15, 12.5, 11)):
        style.fontSize, style.leading = size, size + 3
    by_level = {level: ParagraphStyle(f"level{level}", parent=body, leftIndent=indent)
                for level, indent in enumerate((0, 0, 24, 24, 48))}
    numbering, story = Numbering(), []
    for block in blocks:
        text = escape(accept(block.full_text))
        if block.kind == "title":
            story.append(Paragraph(text, sheet["Title"]))
        elif block.kind == "heading":
            story.append(Paragraph(text, styles[block.level]))
        elif block.kind == "table":
            data = [[Paragraph(escape(accept(c)), cell) for c in row] for row in block.rows]
            table = Table(data, repeatRows=1, hAlign="LEFT",
                          colWidths=[(A4[0] - 40 * mm) / len(block.rows[0])] * len(block.rows[0]))
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.extend([table, Spacer(1, 8)])
        elif text:
            level = numbering.assign(block.number)[1] if block.number else 0
            story.append(Paragraph(text, by_level[level]))
    document = SimpleDocTemplate(str(out), pagesize=A4, title=title, author=author,
                                 leftMargin=20 * mm, rightMargin=20 * mm,
                                 topMargin=22 * mm, bottomMargin=22 * mm)
    document.build(story, canvasmaker=NumberedCanvas)


def write_txt(blocks, out):
    """Write plain text with changes accepted; blank lines between blocks."""
    lines = []
    for block in blocks:
        if block.kind == "table":
            lines.extend(" | ".join(accept(c) for c in row) for row in block.rows)
        elif accept(block.full_text).strip():
            lines.append(accept(block.full_text))
        else:
            continue
        lines.append("")
    Path(out).write_text("\n".join(lines), encoding="utf-8")


def write_md(source, out):
    """Write the source with changes accepted."""
    text = accept(source)
    Path(out).write_text(re.sub(r"\n{3,}", "\n\n", text).strip() + "\n", encoding="utf-8")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--author", default="Contract Review", help="author of tracked changes")
    args = parser.parse_args(argv)
    if args.out.resolve() == args.source.resolve():
        sys.exit("docgen: the output would overwrite the source")
    source = args.source.read_text(encoding="utf-8")
    suffix = args.out.suffix.lower()
    if suffix == ".md":
        write_md(source, args.out)
    elif suffix == ".txt":
        write_txt(parse(source), args.out)
    elif suffix == ".pdf":
        write_pdf(parse(source), args.out, args.author)
    elif suffix == ".docx":
        write_docx(parse(source), args.out, args.author)
    else:
        sys.exit(f"docgen: unsupported output type {suffix!r} (use .docx, .pdf, .txt or .md)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
