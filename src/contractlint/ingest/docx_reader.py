"""Word .docx files: body paragraphs and tables as blocks, with labels as Word's numbering renders them.

python-docx opens the package (after the zip has been checked for bombs and encryption); the text
itself is read straight off the lxml tree, since python-docx's run objects are slow and hide
tracked changes, fields and content controls. Headers, footers, comments and footnotes are never
read. ``RawBlock.paragraph`` is the 1-based position among every ``w:p`` of the body in document
order (``paragraph_elements``), tables and text boxes included, so a writer can find the
paragraph again to attach a Word comment.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import OpcError
from docx.opc.part import Part, XmlPart
from docx.package import Package
from lxml import etree

from contractlint.errors import InputError
from contractlint.ingest.blocks import RawBlock, RawDocument, ReadOptions
from contractlint.ingest.docx_numbering import W, Numbering, ParagraphProps, Styles, on
from contractlint.ingest.encoding import check_regular_file

MAX_PART_BYTES = 200 * 1024 * 1024
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
MAX_RATIO = 200
# Only a part that unpacks to something big can be a bomb; tiny repetitive XML compresses far
# better than 200:1 without being a threat.
RATIO_FLOOR_BYTES = 1024 * 1024
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"
# Word never writes a DOCTYPE; one in a part can only be there to declare entities.
_DOCTYPES = tuple("<!DOCTYPE".encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be"))
_CHUNK = 1024 * 1024
_SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)
_SPACES = re.compile(r"[ \t\r\n]+")

_P, _TBL, _TR, _TC, _R, _SDT = (f"{W}{t}" for t in ("p", "tbl", "tr", "tc", "r", "sdt"))
_SDT_CONTENT, _CUSTOM_XML, _PPR, _VAL = f"{W}sdtContent", f"{W}customXml", f"{W}pPr", f"{W}val"
_ACCEPTED_ONLY = {f"{W}ins", f"{W}moveTo"}
_ORIGINAL_ONLY = {f"{W}del", f"{W}moveFrom"}
_CONTAINERS = {f"{W}{t}" for t in ("hyperlink", "smartTag", "sdtContent", "customXml", "dir", "bdo")}
_SPACE_LIKE = {f"{W}{t}" for t in ("tab", "ptab", "br", "cr")}
_T, _DEL_TEXT, _NO_BREAK_HYPHEN, _RPR, _VANISH = (f"{W}{t}" for t in ("t", "delText", "noBreakHyphen", "rPr", "vanish"))
_MATH, _MATH_TEXT = {f"{M}oMath", f"{M}oMathPara"}, f"{M}t"
_TEXT_BOX = f"{W}txbxContent"
_HIDDEN_RUNS = etree.XPath(".//w:r[w:rPr/w:vanish]", namespaces={"w": W[1:-1]})
_FLD_CHAR, _FLD_CHAR_TYPE, _INSTR_TEXT, _FLD_SIMPLE = f"{W}fldChar", f"{W}fldCharType", f"{W}instrText", f"{W}fldSimple"


def paragraph_elements(body: etree._Element) -> list[etree._Element]:
    """Every ``w:p`` of the body in document order: what ``RawBlock.paragraph`` counts from 1."""
    return list(body.iter(_P))


def read(path: Path, options: ReadOptions) -> RawDocument:
    """Read a .docx into blocks; raises ``InputError`` for anything that is not a readable Word file."""
    _check_container(path)
    document, styles, numbering = _load_parts(path)
    body = document.find(f"{W}body")
    if body is None:
        raise InputError("damaged Word file (it has no document body)", path=str(path))
    style_sheet = Styles(styles)
    walker = _BodyWalker(style_sheet, Numbering(numbering, style_sheet.numbering_style_num_ids), options, body)
    blocks = list(walker.blocks(body))
    warnings = list(walker.warnings)
    if any(box.find(f".//{_T}") is not None for box in body.iter(_TEXT_BOX)):
        warnings.append("text inside text boxes and shapes is not read")
    if not blocks:
        warnings.append("the document has no text (is it a scanned image?)")
    return RawDocument(path=str(path), format="docx", blocks=blocks, warnings=warnings)


def _check_container(path: Path) -> None:
    """Reject empty, legacy, encrypted, non-zip and bomb files before anything is unpacked."""
    where = str(path)
    check_regular_file(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as error:
        raise InputError(f"cannot be opened ({error.strerror or error})", path=where) from error
    if not head:
        raise InputError("the file is empty", path=where)
    if head.startswith(_OLE_MAGIC):
        raise InputError("password-protected or legacy Word .doc file; save it as .docx without a password", path=where)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise InputError("not a Word .docx file (it is not a zip archive)", path=where) from error
    total = 0
    for member in members:
        if member.flag_bits & 0x1:
            raise InputError("password-protected Word file; save it as .docx without a password", path=where)
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        big = member.file_size > MAX_PART_BYTES or total > MAX_TOTAL_BYTES
        if big or (member.file_size > RATIO_FLOOR_BYTES and ratio > MAX_RATIO):
            size = member.file_size // (1024 * 1024)
            raise InputError(f"looks like a zip bomb ('{member.filename}' would unpack to {size} MB)", path=where)
    _check_members(path, members)
    if not any(member.filename == "word/document.xml" for member in members) and not _names_main_part(path):
        raise InputError("not a Word .docx file (it has no word/document.xml)", path=where)


def _check_members(path: Path, members: list[zipfile.ZipInfo]) -> None:
    """Unpack every member once, a chunk at a time, before python-docx reads any of them whole.

    A member whose data holds more than its header declares (a bomb that lies about its size)
    stops at the declared size with a checksum error, so memory stays at one chunk; an XML part
    with a DOCTYPE is refused before any parser sees its entities.
    """
    where = str(path)
    try:
        with zipfile.ZipFile(path) as archive:
            for member in members:
                xml = member.filename.endswith((".xml", ".rels"))
                with archive.open(member) as stream:
                    tail = b""
                    while chunk := stream.read(_CHUNK):
                        window = tail + chunk
                        if xml and any(doctype in window for doctype in _DOCTYPES):
                            raise InputError(f"declares XML entities (a DOCTYPE in '{member.filename}'), which Word "
                                             "never writes; refused for safety", path=where)
                        tail = window[-32:]
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, ValueError, NotImplementedError) as error:
        raise InputError(f"damaged Word file (the zip archive is corrupt: {_zip_cause(error)})", path=where) from None


def _zip_cause(error: Exception) -> str:
    text = str(error)
    if text.startswith("Bad CRC-32 for file"):
        return f"{text[len('Bad CRC-32 for file '):]} fails its checksum"
    return text if 0 < len(text) <= 80 else type(error).__name__


def _names_main_part(path: Path) -> bool:
    """Whether the package's relationships name a main document stored under another name."""
    try:
        with zipfile.ZipFile(path) as archive:
            rels = archive.read("_rels/.rels")
    except (KeyError, zipfile.BadZipFile, zlib.error, OSError):
        return False
    return b"officeDocument" in rels and b"word/" in rels


def _load_parts(path: Path) -> tuple[etree._Element, etree._Element | None, etree._Element | None]:
    """The document, styles and numbering XML; python-docx's parser never resolves entities."""
    where = str(path)
    try:
        try:
            main = Package.open(where).main_document_part
        except (KeyError, OpcError, etree.XMLSyntaxError):
            # python-docx refuses a package with a dangling relationship or a broken part it does
            # not need (docProps, a header) that Word repairs; the parts that matter are still
            # read from their usual names, and are refused only if they are broken themselves.
            return _load_by_name(path)
        content_type = main.content_type
        if "wordprocessingml" not in content_type and "ms-word" not in content_type:
            raise InputError("not a Word .docx file (it is another kind of Office file)", path=where)
        return _xml(main), _xml(_related(main, RT.STYLES)), _xml(_related(main, RT.NUMBERING))
    except etree.XMLSyntaxError as error:
        message = "damaged Word file (its XML is malformed); open it in Word and save it again"
        raise InputError(message, path=where) from error
    except (KeyError, OpcError) as error:
        raise InputError("damaged Word file (a part it refers to is missing)", path=where) from error
    except (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, ValueError) as error:
        raise InputError("damaged Word file (the zip archive is corrupt)", path=where) from error


def _load_by_name(path: Path) -> tuple[etree._Element, etree._Element | None, etree._Element | None]:
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        parts = [
            etree.fromstring(archive.read(name), _SAFE_PARSER) if name in names else None
            for name in ("word/document.xml", "word/styles.xml", "word/numbering.xml")
        ]
    if parts[0] is None:
        raise KeyError("word/document.xml")
    return parts[0], parts[1], parts[2]


def _related(part: Part, reltype: str) -> Part | None:
    try:
        return part.part_related_by(reltype)
    except KeyError:
        return None


def _xml(part: Part | None) -> etree._Element | None:
    if part is None:
        return None
    if isinstance(part, XmlPart):
        return part.element
    return etree.fromstring(part.blob, _SAFE_PARSER)


class _Field:
    """One complex field (``fldChar`` begin .. separate .. end): only its result is visible."""

    __slots__ = ("instruction", "in_result", "is_toc")

    def __init__(self, instruction: str = "", in_result: bool = False) -> None:
        self.instruction = instruction
        self.in_result = False
        self.is_toc = False
        if in_result:
            self.show_result()

    def show_result(self) -> None:
        """The instruction is complete: what follows is the result Word displays."""
        self.in_result = True
        self.is_toc = self.instruction.split()[:1] in (["TOC"], ["toc"])


class _Paragraph:
    """What one ``w:p`` shows once tracked changes and fields are resolved."""

    __slots__ = ("text", "label", "heading_level", "toc")

    def __init__(self, text: str, label: str | None, heading_level: int | None, toc: bool) -> None:
        self.text, self.label, self.heading_level, self.toc = text, label, heading_level, toc

    def shown(self) -> str:
        return f"{self.label} {self.text}" if self.label and self.text else self.text


class _BodyWalker:
    """Walks the body in document order, keeping list counters and open fields across paragraphs."""

    def __init__(self, styles: Styles, numbering: Numbering, options: ReadOptions, body: etree._Element) -> None:
        self.styles = styles
        self.numbering = numbering
        self.accepted = options.revisions == "accepted"
        self.index = {p: n for n, p in enumerate(paragraph_elements(body), start=1)}
        self.fields: list[_Field] = []
        self.warnings: list[str] = []
        # One XPath pass finds the rare hidden runs, so the hot loop never looks inside w:rPr.
        self._hidden_runs = {run for run in _HIDDEN_RUNS(body) if on(run.find(f"{_RPR}/{_VANISH}"))}
        # per-paragraph scratch, reset by _paragraph
        self._parts: list[str] = []
        self._bold = True
        self._saw_text = False
        self._saw_toc = False
        self._style_id: str | None = None

    # -- blocks ---------------------------------------------------------------------------
    def blocks(self, container: etree._Element, toc: bool = False) -> Iterator[RawBlock]:
        for child in container:
            tag = child.tag
            if tag == _P:
                para = self._paragraph(child)
                if para.text:
                    yield RawBlock(
                        text=para.text,
                        kind="toc" if (toc or para.toc) else "paragraph",
                        label=None if (toc or para.toc) else para.label,
                        heading_level=None if (toc or para.toc) else para.heading_level,
                        paragraph=self.index.get(child),
                    )
            elif tag == _TBL:
                rows = self._table(child)
                if any(any(cell for cell in row) for row in rows):
                    first = next(child.iter(_P), None)
                    # Each row keeps the index of its own first paragraph, so a finding in a row
                    # can be found again in Word (a comment on that row, not on the header).
                    row_paragraphs = [self.index.get(next(tr.iter(_P), None)) or 0 for tr in self._rows(child)]
                    text = "\n".join(" | ".join(row) for row in rows)
                    yield RawBlock(text=text, kind="table", rows=rows, paragraph=self.index.get(first),
                                   row_paragraphs=row_paragraphs)
            elif tag == _SDT:
                content = child.find(_SDT_CONTENT)
                if content is not None:
                    yield from self.blocks(content, toc or _is_toc_control(child))
            elif tag == _CUSTOM_XML:
                yield from self.blocks(child, toc)
            elif tag == f"{W}altChunk":
                self.warnings.append("text of an embedded document (altChunk) is not read")

    # -- tables ---------------------------------------------------------------------------
    def _rows(self, table: etree._Element) -> list[etree._Element]:
        """The table's rows that count: a row deleted (or, judging the original, inserted) is left out."""
        kept = []
        for row in _children(table, _TR):
            props = row.find(f"{W}trPr")
            if props is not None and props.find(f"{W}{'del' if self.accepted else 'ins'}") is not None:
                continue
            kept.append(row)
        return kept

    def _table(self, table: etree._Element) -> list[list[str]]:
        rows = []
        for row in self._rows(table):
            cells = []
            for cell in _children(row, _TC):
                text = self._cell_text(cell)
                props = cell.find(f"{W}tcPr")
                h_merge = props.find(f"{W}hMerge") if props is not None else None
                v_merge = props.find(f"{W}vMerge") if props is not None else None
                if h_merge is not None and h_merge.get(_VAL) != "restart":
                    continue
                if v_merge is not None and v_merge.get(_VAL) != "restart":
                    text = ""
                cells.append(text)
            rows.append(cells)
        return rows

    def _cell_text(self, cell: etree._Element) -> str:
        texts = []
        for element in _children(cell, _P, _TBL):
            if element.tag == _P:
                texts.append(self._paragraph(element).shown())
            else:
                texts.extend(text for row in self._table(element) for text in row)
        return " ".join(text for text in texts if text)

    # -- paragraphs -----------------------------------------------------------------------
    def _paragraph(self, p: etree._Element) -> _Paragraph:
        first = p[0] if len(p) else None
        props = ParagraphProps.of(first if first is not None and first.tag == _PPR else None)
        if not self.accepted and props.before_change is not None:
            # The paragraph as it was before a tracked formatting change (style, numbering).
            before = ParagraphProps.of(props.before_change)
            props = replace(before, section_break=props.section_break, mark_inserted=props.mark_inserted)
        style_id = self.styles.paragraph_style(props)
        self._parts, self._bold, self._saw_text, self._style_id = [], True, False, style_id
        self._saw_toc = False
        self._walk(p)
        text = _SPACES.sub(" ", "".join(self._parts)).strip()
        # A paragraph whose mark is a tracked deletion (or, read as the original, a tracked
        # insertion) and has no text left does not exist in that version. An empty paragraph
        # that only carries a section break shows no number in Word and does not advance the
        # list (templates whose clauses would otherwise start at 2 rely on it).
        exists = bool(text) or not (props.mark_deleted if self.accepted else props.mark_inserted)
        counted = bool(text) or (exists and not props.section_break)
        num_id, ilvl = self.styles.numbering(props, self.numbering)
        label = None
        if num_id is not None and counted:
            label = self.numbering.next_label(num_id, ilvl)
        level = self.styles.heading_level(props)
        if level is None and self._saw_text and self._bold and _short_title(text):
            level = ilvl + 1 if num_id is not None else 1
        toc = self._saw_toc or self.styles.is_toc(style_id)
        return _Paragraph(text, label, level, toc)

    def _walk(self, element: etree._Element) -> None:
        for child in element:
            tag = child.tag
            if tag == _R:
                self._run(child)
            elif tag in _CONTAINERS:
                self._walk(child)
            elif tag in _ACCEPTED_ONLY:
                if self.accepted:
                    self._walk(child)
            elif tag in _ORIGINAL_ONLY:
                if not self.accepted:
                    self._walk(child)
            elif tag == _SDT:
                content = child.find(_SDT_CONTENT)
                if content is not None:
                    self._walk(content)
            elif tag in _MATH:
                self._parts.append("".join(t.text or "" for t in child.iter(_MATH_TEXT)))
            elif tag == _FLD_SIMPLE:
                self.fields.append(_Field(child.get(f"{W}instr", ""), in_result=True))
                self._saw_toc = self._saw_toc or self.fields[-1].is_toc
                self._walk(child)
                self.fields.pop()

    def _run(self, run: etree._Element) -> None:
        hidden = run in self._hidden_runs
        fields = self.fields
        visible = not hidden and (not fields or all(f.in_result for f in fields))
        for child in run:
            tag = child.tag
            if tag == _T or (tag == _DEL_TEXT and not self.accepted):
                text = child.text or ""
            elif tag == _RPR:
                continue
            elif tag in _SPACE_LIKE:
                text = " "
            elif tag == _NO_BREAK_HYPHEN:
                text = "-"
            elif tag == _FLD_CHAR:
                self._field_char(child.get(_FLD_CHAR_TYPE))
                visible = not hidden and (not fields or all(f.in_result for f in fields))
                continue
            elif tag == _INSTR_TEXT:
                if fields and not fields[-1].in_result:
                    fields[-1].instruction += child.text or ""
                continue
            else:
                continue
            if not visible:
                continue
            self._parts.append(text)
            if (self._bold or not self._saw_text or fields) and text and not text.isspace():
                self._saw_text = True
                if self._bold:
                    props = run[0] if run[0].tag == _RPR else None
                    self._bold = self.styles.run_is_bold(props, self._style_id)
                if fields and not self._saw_toc:
                    self._saw_toc = any(f.is_toc for f in fields)

    def _field_char(self, kind: str | None) -> None:
        if kind == "begin":
            self.fields.append(_Field())
        elif kind == "separate" and self.fields:
            self.fields[-1].show_result()
        elif kind == "end" and self.fields:
            self.fields.pop()


def _children(element: etree._Element, *tags: str) -> Iterator[etree._Element]:
    """Children with these tags, looking through content controls and custom XML wrappers."""
    for child in element:
        if child.tag in tags:
            yield child
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _children(content, *tags)
        elif child.tag == _CUSTOM_XML:
            yield from _children(child, *tags)


def _is_toc_control(sdt: etree._Element) -> bool:
    gallery = sdt.find(f"{W}sdtPr/{W}docPartObj/{W}docPartGallery")
    return gallery is not None and gallery.get(_VAL, "").lower() == "table of contents"


def _short_title(text: str) -> bool:
    """A wholly bold line reads as a heading when it is short and does not end like a sentence."""
    return len(text.split()) <= 12 and not text.endswith((".", ";", ":")) and any(c.isalpha() for c in text)
