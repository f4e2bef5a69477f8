"""A long PDF's second half read in a forked helper gives the very Document one process gives.

The helper is spied on (it was started, or not), and made to fail, in which case the reader
reads those pages itself. No timing is asserted here: bench/run.py measures the gain.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from contractlint.document.load import load_document
from contractlint.ingest import pdf_reader
from contractlint.ingest.blocks import ReadOptions
from pdf_fixtures import ContractPdf

TEXT = ("The Supplier shall provide the Services in accordance with this Agreement and shall report "
        "on its performance against the Service Levels every month.")


def _long_contract(path: Path, pages: int) -> Path:
    pdf = ContractPdf(header="Outsourcing Agreement", footer="Page {n} of {m}")
    pdf.heading("Outsourcing Agreement", size=18)
    for n in range(1, pages + 1):
        pdf.heading(f"{n}. Clause heading {n}", size=12, font="Helvetica-Bold")
        pdf.para(f"{n}.1 {TEXT[:80]}", TEXT[80:])
        if n == pages // 2:
            pdf.table([["Service Level", "Target"], ["Answer calls", "80% in 20 s"]])
        if n < pages:
            pdf.page_break()
    return pdf.save(path)


@pytest.fixture
def helpers(monkeypatch: pytest.MonkeyPatch) -> list[range]:
    """The page ranges helpers were started for."""
    started: list[range] = []
    original = pdf_reader.start_reading

    def spy(read, path, numbers):  # noqa: ANN001, ANN202
        started.append(numbers)
        return original(read, path, numbers)

    monkeypatch.setattr(pdf_reader, "start_reading", spy)
    return started


def test_second_half_read_by_a_helper_gives_the_same_document(tmp_path: Path, helpers: list[range]) -> None:
    path = _long_contract(tmp_path / "long.pdf", 30)
    alone = load_document(path, ReadOptions(page_workers=1)).model_dump()
    assert helpers == []
    shared = load_document(path, ReadOptions(page_workers=2)).model_dump()
    first = 30 - round(30 * pdf_reader.HELPER_SHARE) + 1
    assert helpers == [range(first, 31)] and 2 <= first <= 30
    assert shared == alone
    assert shared["pages"] == 30 and "30.1 The Supplier" in shared["text"]


def test_a_failing_helper_leaves_its_pages_to_the_reader(tmp_path: Path, helpers: list[range],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    path = _long_contract(tmp_path / "long.pdf", 30)
    alone = load_document(path, ReadOptions(page_workers=1)).model_dump()

    def broken(path: Path, numbers: range):  # noqa: ANN202 - runs in the helper
        raise RuntimeError("the helper fails")

    monkeypatch.setattr(pdf_reader, "_read_range", broken)
    assert load_document(path, ReadOptions(page_workers=2)).model_dump() == alone
    assert len(helpers) == 1 and helpers[0].stop == 31


def test_a_short_pdf_is_read_in_one_process(tmp_path: Path, helpers: list[range]) -> None:
    path = _long_contract(tmp_path / "short.pdf", pdf_reader.PARALLEL_MIN_PAGES - 1)
    load_document(path, ReadOptions(page_workers=2))
    assert helpers == []
