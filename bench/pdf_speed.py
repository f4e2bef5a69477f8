"""PDF text extraction: pdfplumber against pypdfium2, and contractlint's PDF reader with and without its fast path.

Runs on the given PDFs (the bench passes the generated 100-page contract and, when the shared
corpus is there, its PDFs). Prints one JSON object: seconds per page for each way (the reader
alone, blocks out, no Document built), how many pages the fast path still left to pdfplumber
(``fallback_pages``), and whether the fast path gave the same Document as the pdfplumber path
for every file.

Usage: python bench/pdf_speed.py FILE.pdf [FILE.pdf ...]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    import pdfplumber
    import pypdfium2

    from contractlint.document.load import load_document
    from contractlint.ingest import pdf_reader, read_raw

    fallbacks = _count_fallbacks()
    files = [Path(a) for a in (argv if argv is not None else sys.argv[1:])]
    pages = plumber = pdfium = slow = fast = 0.0
    fallback_pages = 0
    same = True
    documents: list[dict] = []
    for path in files:
        start = time.perf_counter()
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                pages += 1
        plumber += time.perf_counter() - start
        start = time.perf_counter()
        doc = pypdfium2.PdfDocument(path)
        for i in range(len(doc)):
            doc[i].get_textpage().get_text_range()
        doc.close()
        pdfium += time.perf_counter() - start
        for flag in (False, True):
            if hasattr(pdf_reader, "FAST_PATH"):
                pdf_reader.FAST_PATH = flag
            mark = fallbacks[0]
            start = time.perf_counter()
            read_raw(path)
            elapsed = time.perf_counter() - start
            if flag:
                fast += elapsed
                fallback_pages += fallbacks[0] - mark
            else:
                slow += elapsed
            documents.append(load_document(path).model_dump(exclude={"path"}))
        same = same and documents[-1] == documents[-2]
    pages = pages or 1
    print(json.dumps({"pages": pages, "pdfplumber": plumber / pages, "pypdfium2": pdfium / pages,
                      "reader_slow": slow / pages, "reader_fast": fast / pages, "fallback_pages": fallback_pages,
                      "same_document": same,
                      "has_fast_path": hasattr(pdf_reader, "FAST_PATH")}))
    return 0


def _count_fallbacks() -> list[int]:
    """A running count of the pages the fast path leaves to pdfplumber (one item, updated in place)."""
    count = [0]
    try:
        from contractlint.ingest.pdf_fast import FastPdf
    except ImportError:  # a checkout from before the fast path
        return count
    original = FastPdf.page

    def page(self, index, plumber_page):  # noqa: ANN001, ANN202
        found = original(self, index, plumber_page)
        count[0] += found is None
        return found

    FastPdf.page = page
    return count


if __name__ == "__main__":
    sys.exit(main())
