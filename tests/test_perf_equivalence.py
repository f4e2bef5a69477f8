"""The PDF fast path (PDFium) gives the very Document the pdfplumber path gives.

Each contract is read twice, with ``pdf_reader.FAST_PATH`` off and on, and the two Documents
(text, paragraphs with their pages, sentences, sections, tables, definitions, parties) must be
equal. A spy on ``FastPdf.page`` checks that the fast path really read the plain pages and
left the pages with ruled tables to pdfplumber. No timing is asserted: machines here are shared.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from contractlint.document.load import load_document
from contractlint.ingest import pdf_reader
from contractlint.ingest.pdf_fast import FastPdf
from pdf_fixtures import ContractPdf

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


def test_page_with_a_ruled_table_falls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            fast_pages: list[tuple[int, bool]]) -> None:
    """A ruled table is pdfplumber's to find: its page is read the slow way, the rest fast."""
    slow, fast = _both(_contract(tmp_path / "tables.pdf", table=True), monkeypatch)
    assert fast == slow
    assert fast["tables"], "the table should be found"
    used = dict(fast_pages)
    assert used[fast["pages"] - 1] is False and used[0] is True


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
