"""Build small .docx files in code for the reader's tests: python-docx for the package, raw XML
for what python-docx cannot write (numbering definitions, tracked changes, fields, content
controls). Nothing binary is committed; every test makes the file it reads in ``tmp_path``.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.parser import parse_xml

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_WRAP = f'<w:body xmlns:w="{W_NS}">{{}}</w:body>'


def p(text: str = "", *, style: str | None = None, num: tuple[int, int] | None = None, bold: bool = False) -> str:
    """One ``w:p``: optional style id, ``(numId, ilvl)`` numbering and bold run."""
    props = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num is not None:
        props += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    run_props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    runs = f'<w:r>{run_props}<w:t xml:space="preserve">{text}</w:t></w:r>' if text else ""
    return f"<w:p><w:pPr>{props}</w:pPr>{runs}</w:p>"


def level(ilvl: int, fmt: str, text: str, start: int = 1, extra: str = "") -> str:
    """One ``w:lvl`` of an abstract list definition."""
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{extra}'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
    )


def abstract_num(abstract_id: int, *levels: str) -> str:
    return f'<w:abstractNum w:abstractNumId="{abstract_id}">{"".join(levels)}</w:abstractNum>'


def num(num_id: int, abstract_id: int, overrides: dict[int, int] | None = None) -> str:
    """A list instance; ``overrides`` maps a level to its ``startOverride``."""
    extra = "".join(
        f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
        for ilvl, start in (overrides or {}).items()
    )
    return f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{extra}</w:num>'


# The usual contract outline: 1. / 1.1 / (a) / (i)
CLAUSES = abstract_num(
    1,
    level(0, "decimal", "%1."),
    level(1, "decimal", "%1.%2"),
    level(2, "lowerLetter", "(%3)"),
    level(3, "lowerRoman", "(%4)"),
)


class DocxBuilder:
    """A document assembled from python-docx calls and raw body XML, saved with ``save``."""

    def __init__(self) -> None:
        self.doc = Document()
        self._body = self.doc.element.body
        self._sect_pr = self._body[-1]
        for paragraph in list(self._body.iterfind(f"{{{W_NS}}}p")):
            self._body.remove(paragraph)

    def xml(self, *fragments: str) -> DocxBuilder:
        """Append raw body XML (``w:p``, ``w:tbl``, ``w:sdt`` ...) before the final section properties."""
        for element in parse_xml(_WRAP.format("".join(fragments)).encode()):
            self._sect_pr.addprevious(element)
        return self

    def numbering(self, *definitions: str) -> DocxBuilder:
        """Replace numbering.xml's definitions (abstract definitions first, then instances)."""
        root = self.doc.part.numbering_part.element
        for child in list(root):
            root.remove(child)
        for element in parse_xml(_WRAP.format("".join(definitions)).encode()):
            root.append(element)
        return self

    def paragraph_style(self, name: str, *, based_on: str | None = None, bold: bool = False) -> str:
        """Add a paragraph style and return its id (raw XML for numPr or outline levels can follow)."""
        style = self.doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        if based_on:
            style.base_style = self.doc.styles[based_on]
        style.font.bold = bold or None
        return style.style_id

    def style_xml(self, style_id: str, ppr_xml: str) -> DocxBuilder:
        """Append raw XML to a style's ``w:pPr`` (``w:numPr``, ``w:outlineLvl``)."""
        style = self.doc.styles.element.get_by_id(style_id)
        ppr = style.get_or_add_pPr()
        for element in parse_xml(_WRAP.format(ppr_xml).encode()):
            ppr.append(element)
        return self

    def save(self, path: Path) -> Path:
        self.doc.save(str(path))
        return path


def rewrite_member(path: Path, name: str, data: bytes | None) -> Path:
    """Copy a saved .docx with one zip member replaced (or dropped when ``data`` is None)."""
    with zipfile.ZipFile(path) as source:
        members = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, content in members:
            if info.filename == name:
                if data is None:
                    continue
                content = data
            target.writestr(info.filename, content)
    return path
