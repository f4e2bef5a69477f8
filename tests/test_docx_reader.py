"""The .docx reader: labels as Word renders them, headings, tables, tracked changes, bad files."""

from __future__ import annotations

import hashlib
import os
import zipfile
from pathlib import Path

import pytest

from contractlint.errors import InputError
from contractlint.ingest import docx_reader, read_raw
from contractlint.ingest.blocks import RawDocument, ReadOptions
from contractlint.ingest.docx_numbering import format_number
from docx_fixtures import CLAUSES, DocxBuilder, abstract_num, level, num, p, rewrite_member


def read(path: Path, revisions: str = "accepted") -> RawDocument:
    return docx_reader.read(path, ReadOptions(revisions=revisions))


def labelled(doc: RawDocument) -> list[tuple[str | None, str]]:
    return [(b.label, b.text) for b in doc.blocks if b.kind == "paragraph"]


# -- numbering ------------------------------------------------------------------------------


def test_clause_hierarchy_restarts_deeper_levels(tmp_path: Path) -> None:
    """1. / 1.1 / (a) (b) / 1.2 / (a) again / 2. / 2.1: a new 1.2 restarts its (a) list."""
    path = (
        DocxBuilder()
        .numbering(CLAUSES, num(1, 1))
        .xml(
            p("Services", num=(1, 0)),
            p("The Supplier shall provide:", num=(1, 1)),
            p("support;", num=(1, 2)),
            p("training.", num=(1, 2)),
            p("The Buyer shall:", num=(1, 1)),
            p("pay.", num=(1, 2)),
            p("Charges", num=(1, 0)),
            p("Invoices are due in 30 days.", num=(1, 1)),
        )
        .save(tmp_path / "clauses.docx")
    )
    assert labelled(read(path)) == [
        ("1.", "Services"),
        ("1.1", "The Supplier shall provide:"),
        ("(a)", "support;"),
        ("(b)", "training."),
        ("1.2", "The Buyer shall:"),
        ("(a)", "pay."),
        ("2.", "Charges"),
        ("2.1", "Invoices are due in 30 days."),
    ]


def test_start_override_restarts_and_instances_share_the_counter(tmp_path: Path) -> None:
    """An instance with a startOverride restarts there; a plain instance of the same list continues it."""
    path = (
        DocxBuilder()
        .numbering(CLAUSES, num(1, 1), num(2, 1, {0: 5}))
        .xml(p("One", num=(1, 0)), p("Five", num=(2, 0)), p("Five point one", num=(2, 1)), p("Six", num=(1, 0)))
        .save(tmp_path / "override.docx")
    )
    assert [label for label, _ in labelled(read(path))] == ["1.", "5.", "5.1", "6."]


def test_schedule_labels_start_value_and_legal_numbering(tmp_path: Path) -> None:
    """'Schedule %1' from 4; an isLgl level renders an upper-roman parent as decimal."""
    schedules = abstract_num(
        7,
        level(0, "upperRoman", "Schedule %1", start=4),
        level(1, "decimal", "%1.%2", extra="<w:isLgl/>"),
        level(2, "decimal", "%1-%3"),
    )
    path = (
        DocxBuilder()
        .numbering(schedules, num(3, 7))
        .xml(p("Pricing", num=(3, 0)), p("Rates", num=(3, 1)), p("Exit", num=(3, 0)), p("Plan", num=(3, 2)))
        .save(tmp_path / "schedules.docx")
    )
    assert [label for label, _ in labelled(read(path))] == ["Schedule IV", "4.1", "Schedule V", "V-1"]


def test_lvl_restart_zero_keeps_counting_across_parents(tmp_path: Path) -> None:
    never = '<w:lvlRestart w:val="0"/>'
    keeps = abstract_num(2, level(0, "decimal", "%1."), level(1, "upperLetter", "%2)", extra=never))
    path = (
        DocxBuilder()
        .numbering(keeps, num(4, 2))
        .xml(p("a", num=(4, 0)), p("b", num=(4, 1)), p("c", num=(4, 0)), p("d", num=(4, 1)))
        .save(tmp_path / "norestart.docx")
    )
    assert [label for label, _ in labelled(read(path))] == ["1.", "A)", "2.", "B)"]


def test_bullets_and_none_formats_have_no_label_but_count(tmp_path: Path) -> None:
    mixed = abstract_num(3, level(0, "bullet", "\u2022"), level(1, "decimal", "%2."), level(2, "none", ""))
    path = (
        DocxBuilder()
        .numbering(mixed, num(5, 3))
        .xml(p("x", num=(5, 1)), p("point", num=(5, 0)), p("y", num=(5, 1)), p("z", num=(5, 2)))
        .save(tmp_path / "bullets.docx")
    )
    assert labelled(read(path)) == [("1.", "x"), (None, "point"), ("1.", "y"), (None, "z")]


def test_numbering_from_a_heading_style_and_its_linked_level(tmp_path: Path) -> None:
    """Heading 2 carries only a numId; its level comes from the lvl whose pStyle names it."""
    builder = DocxBuilder()
    linked = abstract_num(
        9,
        level(0, "decimal", "%1.", extra='<w:pStyle w:val="Heading1"/>'),
        level(1, "decimal", "%1.%2", extra='<w:pStyle w:val="Heading2"/>'),
    )
    builder.numbering(linked, num(6, 9))
    builder.style_xml("Heading1", '<w:numPr><w:numId w:val="6"/></w:numPr>')
    builder.style_xml("Heading2", '<w:numPr><w:numId w:val="6"/></w:numPr>')
    child = builder.paragraph_style("Clause Heading", based_on="Heading 2")
    builder.xml(
        p("Definitions", style="Heading1"),
        p("Interpretation", style="Heading2"),
        p("Inherited", style=child),
        p("Unnumbered heading", style="Heading1", num=(0, 0)),
        p("Scope", style="Heading1"),
    )
    doc = read(builder.save(tmp_path / "styled.docx"))
    assert [(b.label, b.text, b.heading_level) for b in doc.blocks] == [
        ("1.", "Definitions", 1),
        ("1.1", "Interpretation", 2),
        ("1.2", "Inherited", 2),
        (None, "Unnumbered heading", 1),
        ("2.", "Scope", 1),
    ]


def test_empty_numbered_paragraph_counts_unless_it_only_holds_a_section_break(tmp_path: Path) -> None:
    section_break = '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:sectPr/></w:pPr></w:p>'
    path = (
        DocxBuilder()
        .numbering(CLAUSES, num(1, 1))
        .xml(p("a", num=(1, 0)), p("", num=(1, 0)), section_break, p("c", num=(1, 0)))
        .save(tmp_path / "empty.docx")
    )
    assert labelled(read(path)) == [("1.", "a"), ("3.", "c")]


@pytest.mark.parametrize(
    ("value", "fmt", "expected"),
    [
        (3, "decimal", "3"),
        (3, "decimalZero", "03"),
        (12, "decimalZero", "12"),
        (2, "lowerLetter", "b"),
        (28, "lowerLetter", "bb"),
        (27, "upperLetter", "AA"),
        (14, "lowerRoman", "xiv"),
        (1999, "upperRoman", "MCMXCIX"),
        (2, "ordinal", "2"),
        (5, "bullet", ""),
    ],
)
def test_number_formats(value: int, fmt: str, expected: str) -> None:
    assert format_number(value, fmt) == expected


# -- headings and tables of contents --------------------------------------------------------


def test_heading_styles_title_and_outline_levels(tmp_path: Path) -> None:
    builder = DocxBuilder()
    builder.doc.add_paragraph("Master Services Agreement", style="Title")
    builder.doc.add_heading("Definitions", level=1)
    builder.doc.add_heading("Interpretation", level=2)
    builder.doc.add_paragraph("In this Agreement the following definitions apply.")
    outline = builder.paragraph_style("Annex Title")
    builder.style_xml(outline, '<w:outlineLvl w:val="2"/>')
    builder.doc.add_paragraph("Annex A", style="Annex Title")
    builder.xml('<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:r><w:t>Direct outline</w:t></w:r></w:p>')
    doc = read(builder.save(tmp_path / "headings.docx"))
    assert [(b.text, b.heading_level) for b in doc.blocks] == [
        ("Master Services Agreement", 1),
        ("Definitions", 1),
        ("Interpretation", 2),
        ("In this Agreement the following definitions apply.", None),
        ("Annex A", 3),
        ("Direct outline", 2),
    ]


def test_short_wholly_bold_paragraph_is_a_heading(tmp_path: Path) -> None:
    builder = DocxBuilder().numbering(CLAUSES, num(1, 1))
    strong = builder.paragraph_style("Strong Para", bold=True)
    partly = (
        '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Term </w:t></w:r>'
        "<w:r><w:t>of the deal</w:t></w:r></w:p>"
    )
    builder.xml(
        p("Governance and Reporting", bold=True),
        p("Service Credits", bold=True, num=(1, 1)),
        p("Bold by its style", style=strong),
        p("The Supplier shall report monthly.", bold=True),
        p("Notices:", bold=True),
        p("This bold line is far too long to be a heading because it runs on for many words", bold=True),
        partly,
    )
    doc = read(builder.save(tmp_path / "bold.docx"))
    assert [b.heading_level for b in doc.blocks] == [1, 2, 1, None, None, None, None]


def _toc_field(entry: str, page: int, *, begin: bool = False) -> str:
    start = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        if begin
        else ""
    )
    return f"<w:p>{start}<w:r><w:t>{entry}</w:t></w:r><w:r><w:tab/><w:t>{page}</w:t></w:r></w:p>"


def test_table_of_contents_by_style_field_and_content_control(tmp_path: Path) -> None:
    builder = DocxBuilder()
    toc_style = builder.paragraph_style("TOC 1")
    sdt = (
        '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr>'
        f'<w:sdtContent>{p("Contents")}{p("1. Services 3")}</w:sdtContent></w:sdt>'
    )
    builder.xml(
        sdt,
        _toc_field("Definitions", 2, begin=True),
        _toc_field("Charges", 5),
        p("Services 3", style=toc_style),
        '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:fldChar w:fldCharType="end"/></w:r>'
        "<w:r><w:t>Definitions</w:t></w:r></w:p>",
    )
    doc = read(builder.save(tmp_path / "toc.docx"))
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("toc", "Contents"),
        ("toc", "1. Services 3"),
        ("toc", "Definitions 2"),
        ("toc", "Charges 5"),
        ("toc", "Services 3"),
        ("paragraph", "Definitions"),
    ]
    assert all(b.heading_level is None for b in doc.blocks[:-1])


# -- tables and paragraph positions ----------------------------------------------------------


def _cell(text: str, props: str = "") -> str:
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{p(text)}</w:tc>"


def test_tables_merged_cells_nested_tables_and_order(tmp_path: Path) -> None:
    nested = f"<w:tbl><w:tr>{_cell('inner A')}{_cell('inner B')}</w:tr></w:tbl>"
    span, restart, cont = '<w:gridSpan w:val="2"/>', '<w:vMerge w:val="restart"/>', "<w:vMerge/>"
    table = (
        "<w:tbl>"
        f"<w:tr>{_cell('Service level', span)}{_cell('Credit')}</w:tr>"
        f"<w:tr>{_cell('Availability', restart)}{_cell('99.9%')}{_cell('5%')}</w:tr>"
        f"<w:tr>{_cell('', cont)}{_cell('99.5%')}<w:tc>{p('see')}{nested}</w:tc></w:tr>"
        "</w:tbl>"
    )
    path = DocxBuilder().xml(p("Before"), table, p("After")).save(tmp_path / "table.docx")
    doc = read(path)
    assert [b.kind for b in doc.blocks] == ["paragraph", "table", "paragraph"]
    assert doc.blocks[1].rows == [
        ["Service level", "Credit"],
        ["Availability", "99.9%", "5%"],
        ["", "99.5%", "see inner A inner B"],
    ]
    # Every w:p counts, those in cells included: Before=1, the table's first cell=2, After=12.
    assert [b.paragraph for b in doc.blocks] == [1, 2, 12]


def test_tracked_table_rows(tmp_path: Path) -> None:
    inserted = f'<w:tr><w:trPr><w:ins w:id="8" w:author="A"/></w:trPr>{_cell("New KPI")}</w:tr>'
    deleted = f'<w:tr><w:trPr><w:del w:id="9" w:author="A"/></w:trPr>{_cell("Old KPI")}</w:tr>'
    table = f"<w:tbl><w:tr>{_cell('KPI')}</w:tr>{inserted}{deleted}</w:tbl>"
    path = DocxBuilder().xml(table).save(tmp_path / "rows.docx")
    assert read(path).blocks[0].rows == [["KPI"], ["New KPI"]]
    assert read(path, "original").blocks[0].rows == [["KPI"], ["Old KPI"]]


def test_paragraph_index_counts_empty_paragraphs(tmp_path: Path) -> None:
    path = DocxBuilder().xml(p("one"), p(""), p(""), p("four")).save(tmp_path / "index.docx")
    assert [(b.text, b.paragraph) for b in read(path).blocks] == [("one", 1), ("four", 4)]


# -- text: tracked changes, fields, what is never read ---------------------------------------

TRACKED = (
    "<w:p><w:r><w:t xml:space=\"preserve\">The Supplier shall pay </w:t></w:r>"
    '<w:del w:id="1" w:author="A"><w:r><w:delText xml:space="preserve">at its discretion </w:delText></w:r></w:del>'
    "<w:r><w:t>service credits.</w:t></w:r>"
    '<w:ins w:id="2" w:author="A"><w:r><w:t xml:space="preserve"> Credits are capped at 10%.</w:t></w:r></w:ins>'
    "</w:p>"
)


def test_tracked_changes_accepted_and_original(tmp_path: Path) -> None:
    path = DocxBuilder().xml(TRACKED).save(tmp_path / "tracked.docx")
    accepted = read(path).blocks[0].text
    original = read(path, "original").blocks[0].text
    assert accepted == "The Supplier shall pay service credits. Credits are capped at 10%."
    assert original == "The Supplier shall pay at its discretion service credits."


def test_tracked_moves_and_deleted_paragraph_marks(tmp_path: Path) -> None:
    moved = (
        '<w:p><w:moveFrom w:id="3" w:author="A"><w:r><w:t>old place</w:t></w:r></w:moveFrom>'
        '<w:moveTo w:id="4" w:author="A"><w:r><w:t>new place</w:t></w:r></w:moveTo></w:p>'
    )
    removed = (
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
        '<w:rPr><w:del w:id="5" w:author="A"/></w:rPr></w:pPr>'
        '<w:del w:id="6" w:author="A"><w:r><w:delText>Removed clause</w:delText></w:r></w:del></w:p>'
    )
    path = (
        DocxBuilder()
        .numbering(CLAUSES, num(1, 1))
        .xml(moved, removed, p("Kept clause", num=(1, 0)))
        .save(tmp_path / "moves.docx")
    )
    assert labelled(read(path)) == [(None, "new place"), ("1.", "Kept clause")]
    assert labelled(read(path, "original")) == [(None, "old place"), ("1.", "Removed clause"), ("2.", "Kept clause")]


def test_tracked_formatting_change_numbers_only_the_accepted_version(tmp_path: Path) -> None:
    """Numbering applied as a tracked change: the original paragraph had none."""
    numbered_later = (
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
        '<w:pPrChange w:id="7" w:author="A"><w:pPr/></w:pPrChange></w:pPr><w:r><w:t>Scope</w:t></w:r></w:p>'
    )
    path = DocxBuilder().numbering(CLAUSES, num(1, 1)).xml(numbered_later).save(tmp_path / "pprchange.docx")
    assert labelled(read(path)) == [("1.", "Scope")]
    assert labelled(read(path, "original")) == [(None, "Scope")]


def test_fields_hyperlinks_controls_and_special_characters(tmp_path: Path) -> None:
    body = (
        "<w:p>"
        '<w:r><w:t xml:space="preserve">See clause </w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> REF _Ref1 \\r \\h </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>12.3</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:hyperlink w:anchor="x"><w:r><w:t xml:space="preserve"> of the </w:t></w:r></w:hyperlink>'
        '<w:smartTag w:uri="u" w:element="place"><w:r><w:t>Master</w:t></w:r></w:smartTag>'
        '<w:sdt><w:sdtContent><w:r><w:t xml:space="preserve"> Agreement</w:t></w:r></w:sdtContent></w:sdt>'
        '<w:r><w:tab/><w:t>non</w:t><w:noBreakHyphen/><w:t>exclusive</w:t><w:br/><w:t>licence</w:t></w:r>'
        '<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden note</w:t></w:r>'
        '<w:r><w:footnoteReference w:id="1"/></w:r>'
        "</w:p>"
    )
    path = DocxBuilder().xml(body).save(tmp_path / "fields.docx")
    assert read(path).blocks[0].text == "See clause 12.3 of the Master Agreement non-exclusive licence"


def test_comments_headers_and_footers_are_not_read(tmp_path: Path) -> None:
    builder = DocxBuilder()
    paragraph = builder.doc.add_paragraph("The Supplier shall meet the service levels.")
    builder.doc.add_comment(paragraph.runs, text="COMMENT-TEXT check this", author="Reviewer")
    section = builder.doc.sections[0]
    section.header.paragraphs[0].text = "HEADER-TEXT Confidential"
    section.footer.paragraphs[0].text = "FOOTER-TEXT Page"
    doc = read(builder.save(tmp_path / "comments.docx"))
    assert [b.text for b in doc.blocks] == ["The Supplier shall meet the service levels."]


def test_entities_are_never_resolved(tmp_path: Path) -> None:
    builder = DocxBuilder().xml(p("Body"))
    path = builder.save(tmp_path / "entity.docx")
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("word/document.xml").decode()
    doctype = '<!DOCTYPE w:document [<!ENTITY secret "EXPANDED-ENTITY"><!ENTITY file SYSTEM "file:///etc/hostname">]>'
    xml = xml.replace("?>", "?>" + doctype, 1).replace(">Body<", ">Body &secret;&file;<")
    rewrite_member(path, "word/document.xml", xml.encode())
    # Word never writes a DOCTYPE, so one is refused before any entity could be resolved.
    with pytest.raises(InputError, match="declares XML entities") as info:
        read(path)
    assert "EXPANDED" not in str(info.value)


def test_entity_expansion_bomb_is_refused(tmp_path: Path) -> None:
    path = DocxBuilder().xml(p("Body")).save(tmp_path / "laughs.docx")
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("word/document.xml").decode()
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    )
    xml = xml.replace("?>", f"?><!DOCTYPE w:document [{entities}]>", 1).replace(">Body<", ">Body &lol9;<")
    rewrite_member(path, "word/document.xml", xml.encode())
    with pytest.raises(InputError, match="declares XML entities"):
        read(path)


def test_read_raw_dispatches_and_leaves_the_file_untouched(tmp_path: Path) -> None:
    path = DocxBuilder().xml(TRACKED).save(tmp_path / "Contract.DOCX")
    before = (hashlib.sha256(path.read_bytes()).hexdigest(), os.stat(path).st_mtime_ns)
    doc = read_raw(path)
    assert doc.format == "docx" and doc.path == str(path)
    assert (hashlib.sha256(path.read_bytes()).hexdigest(), os.stat(path).st_mtime_ns) == before


def test_equations_are_read_and_text_boxes_are_reported(tmp_path: Path) -> None:
    math = (
        '<w:p xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math">'
        "<w:r><w:t xml:space=\"preserve\">Availability </w:t></w:r>"
        "<m:oMath><m:r><m:t>A=U/T</m:t></m:r></m:oMath></w:p>"
    )
    box = (
        '<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>'
        "<w:p><w:r><w:t>Boxed note</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
    )
    doc = read(DocxBuilder().xml(math, box).save(tmp_path / "math.docx"))
    assert [b.text for b in doc.blocks] == ["Availability A=U/T"]
    assert doc.warnings == ["text inside text boxes and shapes is not read"]


def test_document_without_text_warns(tmp_path: Path) -> None:
    doc = read(DocxBuilder().xml(p("")).save(tmp_path / "blank.docx"))
    assert doc.blocks == [] and "no text" in doc.warnings[0]


# -- files that are not readable Word documents ----------------------------------------------


def _zip(path: Path, members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _malformed(tmp_path: Path) -> Path:
    path = DocxBuilder().xml(p("x")).save(tmp_path / "malformed.docx")
    return rewrite_member(path, "word/document.xml", b"<w:document><w:body><w:p></w:body>")


BAD_FILES = {
    "empty": (lambda d: _write(d / "empty.docx", b""), "the file is empty"),
    "text": (lambda d: _write(d / "notes.docx", b"just some text"), "not a Word .docx file (it is not a zip archive)"),
    "ole": (
        lambda d: _write(d / "legacy.docx", bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 600),
        "password-protected or legacy Word .doc file; save it as .docx without a password",
    ),
    "no-document": (
        lambda d: _zip(d / "other.docx", {"hello.txt": b"hi"}),
        "not a Word .docx file (it has no word/document.xml)",
    ),
    "bomb-ratio": (
        lambda d: _zip(d / "bomb.docx", {"word/document.xml": b"\0" * (4 * 1024 * 1024)}),
        "looks like a zip bomb",
    ),
    "malformed": (_malformed, "damaged Word file (its XML is malformed)"),
}


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_unreadable_files_raise_input_error(tmp_path: Path, case: str) -> None:
    make, message = BAD_FILES[case]
    path = make(tmp_path)
    with pytest.raises(InputError) as raised:
        read(path)
    assert message in raised.value.message
    assert raised.value.path == str(path)
    assert "\n" not in raised.value.one_line()


def test_encrypted_zip_members_are_refused(tmp_path: Path) -> None:
    path = DocxBuilder().xml(p("x")).save(tmp_path / "locked.docx")
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("word/media/secret.bin", b"ciphertext")
    # zipfile cannot encrypt, so set the "encrypted" bit in the member's central directory entry.
    data = bytearray(path.read_bytes())
    entry = data.rindex(b"PK\x01\x02")
    assert data[entry + 46 : entry + 46 + 21] == b"word/media/secret.bin"
    data[entry + 8] |= 0x1
    path.write_bytes(bytes(data))
    with pytest.raises(InputError, match="password-protected"):
        read(path)


@pytest.mark.parametrize(
    ("member", "data"),
    [("word/styles.xml", None), ("[Content_Types].xml", None), ("docProps/core.xml", b"<broken")],
)
def test_parts_word_would_repair_do_not_stop_the_read(tmp_path: Path, member: str, data: bytes | None) -> None:
    """A dangling relationship or a broken part the reader never uses still leaves the body readable."""
    path = DocxBuilder().numbering(CLAUSES, num(1, 1)).xml(p("Scope", num=(1, 0))).save(tmp_path / "repair.docx")
    rewrite_member(path, member, data)
    assert labelled(read(path)) == [("1.", "Scope")]


def test_malformed_styles_are_refused(tmp_path: Path) -> None:
    path = rewrite_member(DocxBuilder().xml(p("x")).save(tmp_path / "s.docx"), "word/styles.xml", b"<w:styles")
    with pytest.raises(InputError, match="malformed"):
        read(path)


def test_oversized_part_is_refused_before_loading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The size limit is checked from the zip directory: incompressible data, limit lowered for speed."""
    path = DocxBuilder().xml(p("x")).save(tmp_path / "big.docx")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_STORED) as archive:
        archive.writestr("word/media/huge.bin", os.urandom(64 * 1024))
    monkeypatch.setattr(docx_reader, "MAX_PART_BYTES", 32 * 1024)
    with pytest.raises(InputError, match="looks like a zip bomb"):
        read(path)


def test_each_table_row_keeps_its_own_paragraph_index(tmp_path):
    """A finding in a table row must point at that row's paragraph, not the table's first cell."""
    import docx

    from contractlint.document.load import load_document

    d = docx.Document()
    d.add_paragraph("Service levels")
    table = d.add_table(rows=3, cols=2)
    for r, (a, b) in enumerate([("Metric", "Target"), ("CSAT", "85%"), ("NPS", "+30")]):
        table.cell(r, 0).text, table.cell(r, 1).text = a, b
    path = tmp_path / "t.docx"
    d.save(path)
    doc = load_document(path)
    rows = [p for p in doc.paragraphs if p.kind.value == "table_row"]
    # Paragraphs: 1 heading-like line, then two cells per row.
    assert [p.paragraph for p in rows] == [2, 4, 6]
    assert doc.locate(doc.text.index("NPS")).paragraph == 6
