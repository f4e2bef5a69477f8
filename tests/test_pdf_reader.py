"""The .pdf reader: lines, paragraphs, headings, running headers, tables and unreadable files."""

from __future__ import annotations

from pathlib import Path

import pytest

from contractlint.errors import InputError
from contractlint.ingest import read_raw
from contractlint.ingest.blocks import RawDocument, ReadOptions
from contractlint.ingest.pdf_layout import join_lines
from contractlint.ingest.pdf_reader import read
from pdf_fixtures import ContractPdf, image_only_pdf

FILLER = "The Supplier shall provide the Services in accordance with this Agreement and Good Industry Practice."


def _read(pdf: ContractPdf, path: Path) -> RawDocument:
    return read(pdf.save(path), ReadOptions())


def _texts(doc: RawDocument) -> list[str]:
    return [b.text for b in doc.blocks]


def _block(doc: RawDocument, start: str):
    found = [b for b in doc.blocks if b.text.startswith(start)]
    assert len(found) == 1, (start, _texts(doc))
    return found[0]


@pytest.mark.parametrize("footer", ["Page {n} of {m}", "- {n} -", "{n}", "{n} | Page"])
def test_running_header_and_page_numbers_are_removed(tmp_path: Path, footer: str) -> None:
    """A header repeated on every page and any page-number footer vanish; the body stays."""
    pdf = ContractPdf(header="Master Services Agreement - CONFIDENTIAL - v2", footer=footer)
    for n in range(1, 4):
        if n > 1:
            pdf.page_break()
        pdf.para(f"{n}. Clause number {n} of the agreement sets out obligations.")
    doc = _read(pdf, tmp_path / "msa.pdf")
    assert doc.format == "pdf" and doc.pages == 3
    assert _texts(doc) == [f"{n}. Clause number {n} of the agreement sets out obligations." for n in range(1, 4)]
    assert [b.page for b in doc.blocks] == [1, 2, 3]


def test_header_on_a_single_page_is_kept(tmp_path: Path) -> None:
    """Repetition is what marks a running header: a one-page file keeps its top line."""
    pdf = ContractPdf(header="Letter of Intent between Acme and Helix")
    pdf.para(FILLER)
    doc = _read(pdf, tmp_path / "one.pdf")
    assert _texts(doc) == ["Letter of Intent between Acme and Helix", FILLER]


def test_title_repeating_the_header_words_is_kept(tmp_path: Path) -> None:
    """A running header is matched by text, size and place: the larger title below it stays."""
    pdf = ContractPdf(header="Master Support Services Agreement")
    pdf.heading("Master Support Services Agreement", size=18)
    pdf.para(FILLER)
    pdf.page_break()
    pdf.para("1. The Client shall pay each invoice within 30 days.")
    doc = _read(pdf, tmp_path / "title.pdf")
    assert [(b.text, b.heading_level, b.page) for b in doc.blocks] == [
        ("Master Support Services Agreement", 1, 1),
        (FILLER, None, 1),
        ("1. The Client shall pay each invoice within 30 days.", None, 2),
    ]


def test_hyphenated_word_across_lines_is_joined(tmp_path: Path) -> None:
    """'mainte-' + 'nance' becomes one word; 'Call-' + 'Off' keeps its real hyphen."""
    pdf = ContractPdf()
    pdf.para("The Supplier shall carry out preventive mainte-", "nance of all Equipment under each Call-",
             "Off Contract during the Term.")
    doc = _read(pdf, tmp_path / "hyphen.pdf")
    assert _texts(doc) == ["The Supplier shall carry out preventive maintenance of all Equipment under each "
                           "Call-Off Contract during the Term."]


@pytest.mark.parametrize(
    ("before", "after", "joined"),
    [
        ("preventive mainte-", "nance of", "preventive maintenance of"),
        ("each Call-", "Off Contract", "each Call-Off Contract"),
        ("in 2020-", "2021 the", "in 2020-2021 the"),
        ("the Schedule 4-", "5 tables", "the Schedule 4-5 tables"),
        ("a non-", "exclusive licence", "a non-exclusive licence"),
        ("on a need-", "to-know basis", "on a need-to-know basis"),
        ("see https://www.gov.uk/", "guidance/policy.pdf", "see https://www.gov.uk/guidance/policy.pdf"),
        ("at https://www.cpni.gov.uk/", "complies with", "at https://www.cpni.gov.uk/ complies with"),
        ("a fee of £100 -", "payable", "a fee of £100 - payable"),
        ("the Services", "and the Goods", "the Services and the Goods"),
    ],
)
def test_join_lines(before: str, after: str, joined: str) -> None:
    """End-of-line hyphens are removed only inside a broken word."""
    assert join_lines(before, after) == joined


def test_headings_by_size_and_by_bold(tmp_path: Path) -> None:
    """Larger text ranks by size (1 = largest); a short wholly bold line is the next level down."""
    pdf = ContractPdf()
    pdf.heading("MASTER SERVICES AGREEMENT", size=20)
    pdf.heading("1. Definitions", size=14)
    pdf.para("Service Levels", font="Helvetica-Bold")
    pdf.para(FILLER)
    pdf.para("The Supplier acknowledges that this whole sentence is printed in bold for emphasis only.",
             font="Helvetica-Bold")
    doc = _read(pdf, tmp_path / "headings.pdf")
    levels = {b.text: b.heading_level for b in doc.blocks}
    assert levels == {
        "MASTER SERVICES AGREEMENT": 1,
        "1. Definitions": 2,
        "Service Levels": 3,
        FILLER: None,
        "The Supplier acknowledges that this whole sentence is printed in bold for emphasis only.": None,
    }
    assert all(b.label is None for b in doc.blocks)


def test_multi_line_heading_is_one_block(tmp_path: Path) -> None:
    """A heading wrapped over two lines at the same size stays one heading."""
    pdf = ContractPdf()
    pdf.heading("SCHEDULE 4: SERVICE LEVELS AND", size=16)
    pdf.line("SERVICE CREDITS", font="Helvetica-Bold", size=16)
    pdf.para(FILLER)
    doc = _read(pdf, tmp_path / "wrapped.pdf")
    assert [(b.text, b.heading_level) for b in doc.blocks] == [
        ("SCHEDULE 4: SERVICE LEVELS AND SERVICE CREDITS", 1), (FILLER, None)]


def test_clause_numbers_start_paragraphs_without_gaps(tmp_path: Path) -> None:
    """Lines opening with typed numbering start a block even at normal line spacing; numbers stay in the text."""
    pdf = ContractPdf()
    pdf.para(
        "1.1 The Supplier shall respond to each Priority 1 Incident",
        "within 30 minutes.",
        "1.2 The Client shall:",
        "(a) provide access to its premises; and",
        "(b) approve each Release within three",
        "(3) Business Days in accordance with Clause",
        "12.3 of this Agreement.",
        "Schedule 4 applies to the Services.",
        "(iv) Annex A sets out the Service Levels.",
    )
    doc = _read(pdf, tmp_path / "clauses.pdf")
    assert _texts(doc) == [
        "1.1 The Supplier shall respond to each Priority 1 Incident within 30 minutes.",
        "1.2 The Client shall:",
        "(a) provide access to its premises; and",
        "(b) approve each Release within three (3) Business Days in accordance with Clause 12.3 of this Agreement.",
        "Schedule 4 applies to the Services.",
        "(iv) Annex A sets out the Service Levels.",
    ]
    assert all(b.label is None and b.heading_level is None for b in doc.blocks)


def test_wrapped_reference_to_a_schedule_is_not_a_new_clause(tmp_path: Path) -> None:
    """'... must use Framework' + 'Schedule 7 (Award Procedure)' is one sentence across a line break."""
    pdf = ContractPdf()
    pdf.para("2.4 If the Buyer decides to buy Deliverables it must use Framework",
             "Schedule 7 (Call-Off Award Procedure) and state its requirements.")
    doc = _read(pdf, tmp_path / "wrapped_ref.pdf")
    assert len(doc.blocks) == 1 and "Framework Schedule 7" in doc.blocks[0].text


def test_vertical_gap_and_bullets_start_paragraphs(tmp_path: Path) -> None:
    """A blank gap ends a paragraph; lines of one paragraph are joined with spaces; bullets are items."""
    pdf = ContractPdf()
    pdf.para("The Parties shall meet every month to review", "performance against the Service Levels.")
    pdf.para("Each meeting shall consider:")
    pdf.para("• complaints received from Customers", "• the staffing forecast", gap=False)
    pdf.bullet("escalations to the Steering Committee")
    doc = _read(pdf, tmp_path / "gaps.pdf")
    assert _texts(doc) == [
        "The Parties shall meet every month to review performance against the Service Levels.",
        "Each meeting shall consider:",
        "• complaints received from Customers",
        "• the staffing forecast",
        "• escalations to the Steering Committee",
    ]


def test_dash_starts_an_item_only_after_a_lead_in(tmp_path: Path) -> None:
    """'– ' after a colon is a list item; after a word mid-sentence it is punctuation."""
    pdf = ContractPdf()
    pdf.para("The Supplier shall report monthly on:", "– answer times", "– complaints received")
    pdf.para("The Supplier shall publish the report", "– which the Client may share – on its website.")
    doc = _read(pdf, tmp_path / "dashes.pdf")
    assert _texts(doc) == ["The Supplier shall report monthly on:", "– answer times", "– complaints received",
                           "The Supplier shall publish the report – which the Client may share – on its website."]


def test_table_of_contents_lines_are_toc_blocks(tmp_path: Path) -> None:
    """Dot-leader lines ending in a page number are contents entries, one block each."""
    pdf = ContractPdf()
    pdf.para("1. Definitions .......... 1", "2. Services .......... 3")
    pdf.para("1. Definitions")
    doc = _read(pdf, tmp_path / "toc.pdf")
    assert [(b.text, b.kind) for b in doc.blocks] == [
        ("1. Definitions .......... 1", "toc"), ("2. Services .......... 3", "toc"), ("1. Definitions", "paragraph")]


def test_paragraph_across_page_break_is_one_block_on_its_first_page(tmp_path: Path) -> None:
    """A sentence running off the bottom of page 1 continues on page 2 in the same block."""
    pdf = ContractPdf(header="Call-Off Contract RM3830", footer="Page {n} of {m}")
    pdf.para("1. The Supplier shall keep Records for the Term.")
    pdf.para(*[FILLER[:60]] * 40)  # fills page 1 and ends it mid-sentence
    pdf.page_break()
    pdf.pages[-2][-1].text = "The Supplier shall retain all Records for a period of"
    pdf.line("seven (7) years after the end of the Term.")
    pdf.para("2. The Client may audit the Records on reasonable notice.")
    doc = _read(pdf, tmp_path / "flow.pdf")
    crossing = [b for b in doc.blocks if "retain all Records for a period of seven (7) years" in b.text]
    assert len(crossing) == 1 and crossing[0].page == 1
    assert _block(doc, "2. The Client").page == 2
    assert _block(doc, "1. The Supplier").page == 1


def test_sentence_ending_at_page_foot_does_not_swallow_next_page(tmp_path: Path) -> None:
    """A finished sentence at the foot of a page and a capitalised start on the next stay apart."""
    pdf = ContractPdf(footer="{n}")
    pdf.para("The Supplier shall keep Records for the Term.")
    pdf.page_break()
    pdf.para("The Client may audit the Records on reasonable notice.")
    doc = _read(pdf, tmp_path / "apart.pdf")
    assert [(b.text, b.page) for b in doc.blocks] == [
        ("The Supplier shall keep Records for the Term.", 1),
        ("The Client may audit the Records on reasonable notice.", 2),
    ]


def test_ruled_table_becomes_one_table_block(tmp_path: Path) -> None:
    """A boxed grid is read as rows of cells, and its words are not repeated in paragraph text."""
    pdf = ContractPdf()
    pdf.para("The Service Levels are:")
    pdf.table([["Service Level", "Target", "Credit"], ["Answer time", "80% in 20s", "2%"],
               ["Abandon rate", "under 5%", "1%"]])
    pdf.para("Service Credits are the sole remedy.")
    doc = _read(pdf, tmp_path / "table.pdf")
    assert [b.kind for b in doc.blocks] == ["paragraph", "table", "paragraph"]
    table = doc.blocks[1]
    assert table.rows == [["Service Level", "Target", "Credit"], ["Answer time", "80% in 20s", "2%"],
                          ["Abandon rate", "under 5%", "1%"]]
    assert table.page == 1
    assert not any("Answer time" in b.text for b in doc.blocks if b.kind != "table")


def test_table_only_page_has_a_text_layer(tmp_path: Path) -> None:
    """Text inside a table counts as text: a rate card alone is not 'scanned'."""
    pdf = ContractPdf()
    pdf.table([["Item", "Charge"], ["Set-up fee", "GBP 45,000"]])
    doc = _read(pdf, tmp_path / "rates.pdf")
    assert [b.rows for b in doc.blocks] == [[["Item", "Charge"], ["Set-up fee", "GBP 45,000"]]]


def test_read_raw_dispatches_pdf_files(tmp_path: Path) -> None:
    """The registry sends .pdf files here."""
    pdf = ContractPdf()
    pdf.para(FILLER)
    doc = read_raw(pdf.save(tmp_path / "CONTRACT.PDF"))
    assert doc.format == "pdf" and _texts(doc) == [FILLER]


def test_blank_page_in_a_text_pdf_is_a_warning(tmp_path: Path) -> None:
    """One page without text (a scanned signature page) is reported, not fatal."""
    pdf = ContractPdf()
    for _ in range(3):
        pdf.para(FILLER)
        pdf.page_break()
    doc = _read(pdf, tmp_path / "signature.pdf")
    assert doc.pages == 4
    assert doc.warnings == ["page 4 has no text layer (a scanned image?); its content is not checked"]


# -- unreadable files ---------------------------------------------------------------------


def _error(path: Path) -> InputError:
    with pytest.raises(InputError) as info:
        read(path, ReadOptions())
    assert info.value.path == str(path)
    assert "\n" not in info.value.one_line()
    return info.value


def test_encrypted_pdf(tmp_path: Path) -> None:
    """A PDF that needs a password to open is refused with a plain instruction."""
    pdf = ContractPdf()
    pdf.para(FILLER)
    path = pdf.save(tmp_path / "locked.pdf", encrypt="s3cret")
    assert _error(path).message == "encrypted PDF; remove the password and try again"


def test_owner_password_only_pdf_is_read(tmp_path: Path) -> None:
    """Permissions without an open password do not stop reading."""
    from reportlab.lib.pdfencrypt import StandardEncryption

    pdf = ContractPdf()
    pdf.para(FILLER)
    path = pdf.save(tmp_path / "restricted.pdf", encrypt=StandardEncryption("", ownerPassword="owner", canCopy=0))
    assert _texts(read(path, ReadOptions())) == [FILLER]


def test_garbage_named_pdf(tmp_path: Path) -> None:
    """Bytes that are not a PDF get 'not a readable PDF' with a short cause."""
    path = tmp_path / "contract.pdf"
    path.write_bytes(b"PK\x03\x04 this is really a zip file " * 20)
    assert _error(path).message.startswith("not a readable PDF (")


def test_truncated_pdf(tmp_path: Path) -> None:
    """A download cut short is named as such."""
    pdf = ContractPdf()
    pdf.para(FILLER)
    whole = pdf.save(tmp_path / "whole.pdf").read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(whole[:400])
    assert _error(path).message == "not a readable PDF (the file is cut short)"


def test_empty_file(tmp_path: Path) -> None:
    """A zero-byte file says so."""
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    assert _error(path).message == "empty file"


def test_image_only_pdf_has_no_text_layer(tmp_path: Path) -> None:
    """A scan without OCR is refused, pointing at the fix."""
    path = image_only_pdf(tmp_path / "scan.pdf")
    assert _error(path).message == "no text layer: this PDF looks scanned; run OCR on it first"
