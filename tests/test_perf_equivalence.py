"""The PDF fast path (PDFium) gives the very Document the pdfplumber path gives.

Each contract is read twice, with ``pdf_reader.FAST_PATH`` off and on, and the two Documents
(text, paragraphs with their pages, sentences, sections, tables, definitions, parties) must be
equal. A spy on ``FastPdf.page`` checks that the fast path really read the pages, ruled tables
included, and left to pdfplumber the pages it cannot be sure of. No timing is asserted: machines
here are shared.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from contractlint.document.load import load_document
from contractlint.ingest import pdf_reader
from reportlab.pdfbase.pdfmetrics import stringWidth

from contractlint.ingest.pdf_fast import FastPdf
from contractlint.ingest.pdf_tables import Choices, Unsure, explore
from pdf_fixtures import LEFT, ContractPdf

REPO = Path(__file__).resolve().parent.parent
FILLER = ("The Supplier shall provide the Services in accordance with this Agreement, the Service Levels and "
          "Good Industry Practice, and shall report on its performance every month.")


@pytest.fixture
def fast_pages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, bool]]:
    """(page index, read by the fast path) for every page the fast path was asked about."""
    seen: list[tuple[int, bool]] = []
    original = FastPdf.page

    def spy(self: FastPdf, index: int, plumber_page):  # noqa: ANN001, ANN202
        found = original(self, index, plumber_page)
        seen.append((index, found is not None))
        return found

    monkeypatch.setattr(FastPdf, "page", spy)
    return seen


def _both(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[dict, dict]:
    monkeypatch.setattr(pdf_reader, "FAST_PATH", False)
    slow = load_document(path).model_dump()
    monkeypatch.setattr(pdf_reader, "FAST_PATH", True)
    fast = load_document(path).model_dump()
    return slow, fast


def _contract(path: Path, *, table: bool) -> Path:
    """Headers and footers, headings in two sizes, bold, numbered clauses, hyphenation, a bullet."""
    pdf = ContractPdf(header="Master Services Agreement - CONFIDENTIAL", footer="Page {n} of {m}")
    pdf.heading("Master Services Agreement", size=18)
    pdf.heading("1. Definitions and Interpretation", size=14)
    pdf.para("1.1 In this Agreement the following words have the meanings given below, and the",
             "Supplier's obligations under Clause", "12.3 continue after termination.")
    pdf.para('"Service Levels" means the levels of performance set out in Schedule 2 and the mainte-',
             "nance windows agreed by the parties, including the Call-", "Off Procedure.")
    pdf.heading("2. Services", size=12, font="Helvetica-Bold")
    pdf.para("2.1 The Supplier shall answer 80% of calls within 20 seconds and resolve com-",
             "plaints within 5 Business Days.")
    pdf.bullet("keep a non-")
    pdf.para("exclusive licence to the Client's data only for the Term.", gap=False)
    for n in range(3, 9):
        pdf.heading(f"{n}. Clause heading number {n}", size=12, font="Helvetica-Bold")
        for k in range(1, 4):
            pdf.para(f"{n}.{k} {FILLER[:70]}", FILLER[70:])
    if table:
        pdf.page_break()
        pdf.para("The Service Levels are:")
        pdf.table([["Service Level", "Target", "Measured"], ["Answer calls", "80% in 20 s", "Monthly"],
                   ["Resolve complaints", "5 Business Days", "Monthly"]])
        pdf.para("9.1 Service credits apply to each failure.")
    return pdf.save(path)


def test_fast_path_gives_the_same_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           fast_pages: list[tuple[int, bool]]) -> None:
    """Headings, running header and footer, hyphenation and bullets: the same Document, read fast."""
    slow, fast = _both(_contract(tmp_path / "msa.pdf", table=False), monkeypatch)
    assert fast == slow
    assert fast["pages"] >= 2 and fast_pages and all(used for _, used in fast_pages)


def test_page_with_a_ruled_table_is_read_fast(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              fast_pages: list[tuple[int, bool]]) -> None:
    """PDFium's paths give the ruled table pdfplumber finds: every page is read the fast way."""
    slow, fast = _both(_contract(tmp_path / "tables.pdf", table=True), monkeypatch)
    assert fast == slow
    assert [_texts(t)[1] for t in fast["tables"]] == [["Answer calls", "80% in 20 s", "Monthly"]]
    assert len(fast_pages) == fast["pages"] and all(used for _, used in fast_pages)


def _texts(table: dict) -> list[list[str]]:
    return [[cell["text"] for cell in row] for row in table["rows"]]


def _read_fast(pdf: ContractPdf, path: Path, monkeypatch: pytest.MonkeyPatch,
               fast_pages: list[tuple[int, bool]]) -> dict:
    """The Document read both ways, asserted equal and read wholly by the fast path."""
    slow, fast = _both(pdf.save(path), monkeypatch)
    assert fast == slow
    assert len(fast_pages) == fast["pages"] and all(used for _, used in fast_pages), fast_pages
    return fast


@pytest.mark.parametrize("style", ["boxes", "lines", "bars"])
def test_grid_drawn_any_way_is_read_fast(style: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         fast_pages: list[tuple[int, bool]]) -> None:
    """Cells stroked as boxes, ruled with line segments, or bordered with thin filled bars (Word)."""
    pdf = ContractPdf()
    pdf.para("4.1 The Supplier shall meet the Service Levels below.", FILLER[:80])
    pdf.table([["Service", "Target", "Credit"], ["Answer", "80% in 20 s", "2%"], ["Resolve", "5 days", ""]],
              col_width=120, style=style)
    pdf.para("4.2 Service Credits are the Customer's sole remedy.")
    doc = _read_fast(pdf, tmp_path / f"{style}.pdf", monkeypatch, fast_pages)
    assert [_texts(t) for t in doc["tables"]] == [[["Service", "Target", "Credit"], ["Answer", "80% in 20 s", "2%"],
                                                   ["Resolve", "5 days", ""]]]
    prose = [doc["text"][p["start"]:p["end"]] for p in doc["paragraphs"] if p["table"] is None]
    assert prose and not any("Answer" in text for text in prose), "table words left in the prose"


def test_merged_cells_are_read_fast(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    fast_pages: list[tuple[int, bool]]) -> None:
    """A heading cell across three columns and a label down two rows, as pdfplumber splits them."""
    pdf = ContractPdf()
    pdf.para("Schedule 2 - Charges")
    pdf.table([["Charges", "", ""], ["Set-up", "Fixed", "GBP 45,000"], ["", "Per seat", "GBP 1,200"],
               ["Run", "Monthly", "GBP 9,000"]], col_width=130, spans={(0, 0): (1, 3), (1, 0): (2, 1)})
    doc = _read_fast(pdf, tmp_path / "merged.pdf", monkeypatch, fast_pages)
    (table,) = [_texts(t) for t in doc["tables"]]
    assert table[0][0] == "Charges" and ["Run", "Monthly", "GBP 9,000"] in table
    assert any(row[1:] == ["Per seat", "GBP 1,200"] for row in table)


def test_boxed_note_is_not_a_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   fast_pages: list[tuple[int, bool]]) -> None:
    """A one-column box has no row with two filled cells: its words stay in the text."""
    pdf = ContractPdf()
    pdf.para("5.1 The Parties shall meet monthly.")
    pdf.note("Drafting note: the Supplier to confirm", "the escalation contacts before signature.")
    pdf.para("5.2 Either Party may call an extra meeting.")
    doc = _read_fast(pdf, tmp_path / "note.pdf", monkeypatch, fast_pages)
    assert doc["tables"] == []
    assert any("escalation contacts" in doc["text"][p["start"]:p["end"]] for p in doc["paragraphs"])


def test_table_across_a_page_break(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   fast_pages: list[tuple[int, bool]]) -> None:
    """A long table split over two pages gives a table on each, both pages read fast."""
    pdf = ContractPdf(footer="Page {n} of {m}")
    for n in range(1, 12):
        pdf.para(f"{n}. {FILLER[:90]}")
    pdf.table([["Level", "Target"]] + [[f"Metric {k}", f"{k} %"] for k in range(1, 31)], style="bars")
    pdf.para("20. This Schedule ends here.")
    doc = _read_fast(pdf, tmp_path / "long.pdf", monkeypatch, fast_pages)
    assert doc["pages"] == 2
    rows = [row for t in doc["tables"] for row in _texts(t)]
    assert len(doc["tables"]) == 2 and rows[1:] == [[f"Metric {k}", f"{k} %"] for k in range(1, 31)]


def test_letter_on_a_cell_border_sends_the_page_to_pdfplumber(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               fast_pages: list[tuple[int, bool]]) -> None:
    """Where PDFium's rounding could put a letter in either cell, pdfplumber reads that page."""
    pdf = ContractPdf()
    pdf.para("6.1 The rates are:")
    pdf.table([["Band", "Rate"], ["A", "GBP 10"]], col_width=150)
    pdf.text_at("X", LEFT + 150 - stringWidth("X", "Helvetica", 10) / 2, pdf.y - 7)  # centred on the rule
    pdf.page_break()
    pdf.para("6.2 Rates are fixed for the Term.")
    slow, fast = _both(pdf.save(tmp_path / "border.pdf"), monkeypatch)
    assert fast == slow
    assert dict(fast_pages) == {0: False, 1: True}


def test_explore_tries_each_close_call_both_ways() -> None:
    """A close comparison is taken both ways: one answer is kept, two answers mean Unsure."""
    runs: list[bool] = []

    def agreeing(ch: Choices) -> tuple:
        runs.append(ch.le(3.0, 3.0000001))  # too close to call
        return ("same", ch.le(1.0, 2.0)), None

    assert explore(agreeing)[0] == ("same", True) and sorted(runs) == [False, True]
    with pytest.raises(Unsure):
        explore(lambda ch: (ch.le(3.0, 3.0000001), None))

    def undecidable(ch: Choices) -> tuple:
        for k in range(8):  # 256 ways: more than it will try
            ch.le(float(k), k + 1e-7)
        return "same", None

    with pytest.raises(Unsure):
        explore(undecidable)


def test_docgen_contract_is_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     fast_pages: list[tuple[int, bool]]) -> None:
    """A contract laid out by tools/docgen.py (title, numbered clauses, grid tables, footer)."""
    spec = importlib.util.spec_from_file_location("docgen", REPO / "tools" / "docgen.py")
    docgen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(docgen)
    out = tmp_path / "mid.pdf"
    docgen.main([str(REPO / "tools" / "sample-sources" / "mid-agreement.md"), str(out)])
    slow, fast = _both(out, monkeypatch)
    assert fast == slow
    assert any(used for _, used in fast_pages)


def test_fast_path_off_when_the_first_page_disagrees(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first fast page is checked against pdfplumber; a disagreement turns the fast path off."""
    monkeypatch.setattr("contractlint.ingest.pdf_fast.same_words", lambda fast, slow: False)
    path = _contract(tmp_path / "msa.pdf", table=False)
    calls: list[bool] = []
    original = FastPdf.page

    def spy(self: FastPdf, index: int, plumber_page):  # noqa: ANN001, ANN202
        found = original(self, index, plumber_page)
        calls.append(found is not None)
        return found

    monkeypatch.setattr(FastPdf, "page", spy)
    slow, fast = _both(path, monkeypatch)
    assert fast == slow
    assert calls and not any(calls)


# -- the compiled-rules cache gives the same RuleSet as compiling afresh

RULES = 'pack cache "1" { description: "cache test" }\nrule C-001 "a rule" { area: test  severity: low  require: sentence mentions "service credit" }\n'


def _rules_dir(tmp_path: Path, text: str = RULES) -> Path:
    folder = tmp_path / "rules"
    folder.mkdir(exist_ok=True)
    (folder / "pack.cl").write_text(text, encoding="utf-8")
    return folder


def test_cached_rules_equal_compiled_rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The second load comes from the cache and equals a fresh compile of the same files."""
    from contractlint.lang import loader

    rules_dir = _rules_dir(tmp_path)
    monkeypatch.setenv("CONTRACTLINT_CACHE_DIR", str(tmp_path / "cache"))
    first = loader.load_rules([rules_dir], bundled=False)
    assert len(list((tmp_path / "cache").glob("rules-*.pickle"))) == 1
    with monkeypatch.context() as patched:
        patched.setattr("contractlint.lang.compiler.compile_rules", lambda files: pytest.fail("cache missed"))
        assert loader.load_rules([rules_dir], bundled=False) == first
    monkeypatch.setenv("CONTRACTLINT_CACHE_DIR", "")  # off: compiled afresh
    assert loader.load_rules([rules_dir], bundled=False) == first


def test_edited_rule_file_misses_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The key is the files' contents: an edit gives a new compiled set, not the stale one."""
    from contractlint.lang import loader

    monkeypatch.setenv("CONTRACTLINT_CACHE_DIR", str(tmp_path / "cache"))
    rules_dir = _rules_dir(tmp_path)
    assert loader.load_rules([rules_dir], bundled=False).rules[0].severity == "low"
    _rules_dir(tmp_path, RULES.replace("severity: low", "severity: high"))
    assert loader.load_rules([rules_dir], bundled=False).rules[0].severity == "high"


def test_corrupt_cache_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A truncated cache file is ignored, the rules compiled again and the file rewritten."""
    from contractlint.lang import loader

    monkeypatch.setenv("CONTRACTLINT_CACHE_DIR", str(tmp_path / "cache"))
    rules_dir = _rules_dir(tmp_path)
    first = loader.load_rules([rules_dir], bundled=False)
    (cached,) = (tmp_path / "cache").glob("rules-*.pickle")
    cached.write_bytes(cached.read_bytes()[:100])
    assert loader.load_rules([rules_dir], bundled=False) == first
    assert cached.stat().st_size > 100


def test_unwritable_cache_folder_means_no_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cache folder that cannot be made (a file is in the way) is no error: rules load as usual."""
    from contractlint.lang import loader

    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("CONTRACTLINT_CACHE_DIR", str(blocker / "cache"))
    assert loader.load_rules([_rules_dir(tmp_path)], bundled=False).rules[0].id == "C-001"
