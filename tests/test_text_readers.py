"""Plain text and Markdown readers: encodings, paragraphs, headings, tables, inline markup."""

import codecs

import pytest

from contractlint.document.load import load_document
from contractlint.errors import InputError
from contractlint.ingest.markdown_reader import inline, parse_markdown

TEXT = "1. SERVICES\n\n1.1 The Supplier shall provide the “Services” to the Client’s customers.\n"


@pytest.mark.parametrize("encoding,bom", [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
                                          ("utf-16-be", codecs.BOM_UTF16_BE), ("cp1252", b"")])
def test_encodings_are_read_correctly(tmp_path, encoding, bom):
    path = tmp_path / "c.txt"
    path.write_bytes(bom + TEXT.encode(encoding))
    doc = load_document(path)
    assert "“Services” to the Client’s customers" in doc.text
    assert [s.number for s in doc.sections] == ["1", "1.1"]


def test_utf16_without_bom_is_detected(tmp_path):
    path = tmp_path / "c.txt"
    path.write_bytes(TEXT.encode("utf-16-le"))
    assert "Client’s" in load_document(path).text


def test_binary_garbage_named_txt_is_refused(tmp_path):
    path = tmp_path / "c.txt"
    path.write_bytes(bytes(range(256)) * 20)
    with pytest.raises(InputError, match="binary data"):
        load_document(path)


def test_empty_file_is_refused(tmp_path):
    path = tmp_path / "c.txt"
    path.write_text("  \n")
    with pytest.raises(InputError, match="empty"):
        load_document(path)


def test_unknown_extension_is_refused(tmp_path):
    path = tmp_path / "c.rtf"
    path.write_text("x")
    with pytest.raises(InputError, match="unsupported file type '.rtf'"):
        load_document(path)


def test_hard_wrapped_text_keeps_line_numbers(tmp_path):
    path = tmp_path / "c.txt"
    path.write_text("1. TERM\n\n1.1 The Initial Term is three\nyears from the Effective\nDate.\n")
    doc = load_document(path)
    assert doc.locate(doc.text.index("Date")).line == 5


def test_markdown_headings_tables_lists_and_html():
    blocks = parse_markdown(
        "---\ntitle: x\n---\n# Agreement\n\nSetext Heading\n--------------\n\n"
        "Text with <span class='x'>inline HTML</span>, **bold**, *em* and [a link](http://x).\n\n"
        "- first item\n- second item\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<!-- hidden -->\n**Governance**\n"
    )
    assert [(b.text, b.heading_level) for b in blocks if b.heading_level] == [
        ("Agreement", 1), ("Setext Heading", 2), ("Governance", 4)]
    texts = [b.text for b in blocks]
    assert "Text with inline HTML, bold, em and a link." in texts
    assert "first item" in texts and "second item" in texts
    table = next(b for b in blocks if b.kind == "table")
    assert table.rows == [["a", "b"], ["1", "2"]]
    assert not any("hidden" in t for t in texts)
    assert blocks[0].line == 4


def test_inline_keeps_snake_case_and_escapes():
    assert inline(r"a_b_c and \*literal\*") == "a_b_c and *literal*"


def test_nested_markdown_lists_compose_clause_numbers(tmp_path):
    path = tmp_path / "c.md"
    path.write_text(
        "5. Term & Termination\n"
        "    1. Term. This Agreement lasts two years.\n"
        "    2. Termination.\n"
        "        a. Either party may terminate for material breach.\n"
        "        b. Either party may terminate on insolvency.\n"
        "6. General\n"
    )
    doc = load_document(path)
    assert [s.number for s in doc.sections] == ["5", "5.1", "5.2", "5.2(a)", "5.2(b)", "6"]
    by_number = {s.number: s for s in doc.sections}
    assert by_number["5.2"].heading == "Termination"
    loc = doc.locate(doc.text.index("insolvency"))
    assert loc.section == "5.2(b)" and loc.line == 5
    # Each lettered item is its own sentence, not glued to its neighbours.
    assert "Either party may terminate on insolvency." in [doc.text[s.start:s.end] for s in doc.sentences]


def test_dotted_letters_start_items_in_plain_text(tmp_path):
    path = tmp_path / "c.txt"
    path.write_text("7.1 The Supplier shall:\na. Answer calls.\nb. Log every call.\n")
    doc = load_document(path)
    assert [s.number for s in doc.sections] == ["7.1", "7.1(a)", "7.1(b)"]


def test_a_numbered_heading_without_a_dot_opens_a_section_in_plain_text(tmp_path):
    """Nordic drafting numbers its headings "1 Parties"; a wrapped line that opens with a number
    ("30 Working Days of the invoice date and") or a year stays text."""
    path = tmp_path / "c.txt"
    path.write_text("1 Parties\n\nPurchaser: Turku Health Ltd.\n\n2 Background and Purpose of the Agreement\n\n"
                    "The Purchaser shall pay within\n30 Working Days of the invoice date and\n"
                    "2024 the parties met.\n")
    doc = load_document(path)
    assert [(s.number, s.heading) for s in doc.sections] == [
        ("1", "Parties"), ("2", "Background and Purpose of the Agreement")]
    assert "30 Working Days of the invoice date" in doc.text[doc.sections[1].start:doc.sections[1].end]


def test_plain_text_rows_of_cells_are_a_table(tmp_path):
    """A .txt export writes a table as lines of cells split by " | "; a row may open with a number."""
    path = tmp_path / "c.txt"
    path.write_text("SCHEDULE 2 - RESPONSIBILITIES\n\nActivity | Company | Service Provider\n"
                    "Answering enquiries | I | R, A\nResponse templates | A | R\n\n"
                    "Level | Company | Service Provider | Time\n1 | Desk Lead | Team Leader | 3 days\n"
                    "2 | Director | Managing Director | 5 days\n\n"
                    "4.1 The Service Provider shall answer calls | emails within one day.\n", encoding="utf-8")
    doc = load_document(path)
    assert [[c.text for c in row] for row in doc.tables[0].rows] == [
        ["Activity", "Company", "Service Provider"], ["Answering enquiries", "I", "R, A"], ["Response templates", "A", "R"]]
    assert [row[0].text for row in doc.tables[1].rows] == ["Level", "1", "2"]
    assert doc.paragraphs[-1].table is None  # one line with a bar is no table
    lines = {doc.text[p.start:p.end]: p.line for p in doc.paragraphs if p.table == 1}
    assert lines["1 | Desk Lead | Team Leader | 3 days"] == 8  # each row keeps its own source line


def test_rows_of_unequal_width_stay_paragraphs(tmp_path):
    path = tmp_path / "c.txt"
    path.write_text("Fees | monthly\nThe Client pays | within 30 days | by transfer\n", encoding="utf-8")
    doc = load_document(path)
    assert doc.tables == []


def test_markdown_table_without_outer_bars():
    blocks = parse_markdown("Domain | Practices\n-------|---------|\nAsset Management | GitHub keeps an inventory.\n"
                            "Access Control | Access is logged.\n")
    tables = [b for b in blocks if b.kind == "table"]
    assert len(tables) == 1 and tables[0].rows[0] == ["Domain", "Practices"]
    assert [r[0] for r in tables[0].rows[1:]] == ["Asset Management", "Access Control"]
