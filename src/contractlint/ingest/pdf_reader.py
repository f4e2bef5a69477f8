"""PDF contracts: pdfplumber words and ruled tables, assembled into blocks by ``pdf_layout``.

Each page is read once (words with size and font, then ruled tables if the page draws any
lines) and its caches are dropped at once, so memory stays flat on long contracts. Files that
cannot be read get one plain line: empty, not a PDF, encrypted, or scanned without a text layer.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError
from pdfminer.psexceptions import PSEOF, PSException
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

from contractlint.errors import InputError
from contractlint.ingest.blocks import RawDocument, ReadOptions
from contractlint.ingest.encoding import check_regular_file
from contractlint.ingest.pdf_fast import FastPdf
from contractlint.ingest.pdf_layout import Line, Table, assemble, group_lines, strip_margins
from contractlint.ingest.pdf_parallel import collect, page_workers, start_reading, stop

# From this many pages on, half of them are read in a second process where there is a second CPU.
PARALLEL_MIN_PAGES = 24
# The helper's share of the pages: less than half, since it first opens the file again and checks
# its first page against pdfplumber.
HELPER_SHARE = 0.42
# Fewer non-space characters than this per page on average means there is no text layer.
MIN_CHARS_PER_PAGE = 20
_WORD_ATTRS = ["size", "fontname"]
# Read pages through PDFium where that gives pdfplumber's very words (see pdf_fast); tests turn it off.
FAST_PATH = True
# pdfminer reports damaged files through its own exceptions, which pdfplumber wraps, but also
# through plain built-ins raised deep in its object parser (a missing key, a bad number).
_BROKEN = (PdfminerException, MalformedPDFException, PSException, ValueError, KeyError, TypeError,
           IndexError, AttributeError, AssertionError, EOFError, RecursionError)


class _Page(NamedTuple):
    lines: list[Line]
    tables: list[Table]
    height: float
    chars: int
    pictured_numbers: bool
    problem: str | None = None


def read(path: Path, options: ReadOptions) -> RawDocument:
    """Read a .pdf contract into blocks (paragraphs, headings, tables), each with its page."""
    _check_header(path)
    pdf = _open(path)
    helper = None
    try:
        count = len(_pages(pdf, path))
        # A long contract's second half is read in a second process meanwhile (see pdf_parallel).
        split = count + 1
        if count >= PARALLEL_MIN_PAGES and page_workers(options) > 1:
            first = count - round(count * HELPER_SHARE) + 1
            helper = start_reading(_read_range, path, range(first, count + 1))
            split = first if helper is not None else split
        pages = _read_pages(pdf, path, range(1, split))
        if split <= count:
            theirs = collect(helper)
            helper = None
            pages += theirs if theirs is not None else _read_pages(pdf, path, range(split, count + 1))
    finally:
        stop(helper)
        _close(pdf)
    if not pages:
        raise InputError("not a readable PDF (it has no pages)", path=str(path))
    problems = [p.problem for p in pages if p.problem]
    if len(problems) == len(pages):
        raise InputError(f"not a readable PDF ({problems[0]})", path=str(path))
    if sum(p.chars for p in pages) < MIN_CHARS_PER_PAGE * len(pages):
        raise InputError("no text layer: this PDF looks scanned; run OCR on it first", path=str(path))
    lines = strip_margins([p.lines for p in pages], [p.height for p in pages])
    blocks = assemble(lines, [p.tables for p in pages])
    return RawDocument(path=str(path), format="pdf", blocks=blocks, pages=len(pages), warnings=_warnings(pages))


def _read_pages(pdf: pdfplumber.PDF, path: Path, numbers: range) -> list[_Page]:
    """The pages numbered ``numbers`` (1-based) of an open PDF, each read and closed in turn."""
    pages: list[_Page] = []
    fast = _fast(path, pdf) if numbers else None
    try:
        all_pages = _pages(pdf, path)
        for number in numbers:
            page = all_pages[number - 1]
            try:
                words, tables, images, chars = _extract(page, number, fast)
            except _BROKEN as exc:
                # One damaged page should not cost the rest of the contract.
                pages.append(_Page([], [], float(page.height), 0, False, _cause(exc)))
                continue
            finally:
                page.close()
            lines = group_lines(words, number)
            pictured = bool(images) and _pictured_numbers(images, lines) >= 2
            pages.append(_Page(lines, tables, float(page.height), chars, pictured))
    finally:
        if fast is not None:
            fast.close()
    return pages


def _read_range(path: Path, numbers: range) -> list[_Page]:
    """The pages numbered ``numbers``, read from the file opened afresh (in the helper process)."""
    pdf = _open(path)
    try:
        return _read_pages(pdf, path, numbers)
    finally:
        _close(pdf)


def _open(path: Path) -> pdfplumber.PDF:
    try:
        return pdfplumber.open(path, raise_unicode_errors=False)
    except _BROKEN as exc:
        raise _broken(exc, path) from None
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror or exc})", path=str(path)) from None


def _close(pdf: pdfplumber.PDF) -> None:
    try:
        pdf.close()
    except _BROKEN:  # closing walks the page tree again, which may be what is broken
        pdf.stream.close()


def _pages(pdf: pdfplumber.PDF, path: Path) -> list[pdfplumber.page.Page]:
    try:
        return pdf.pages
    except _BROKEN as exc:
        raise _broken(exc, path) from None


def _warnings(pages: list[_Page]) -> list[str]:
    """Pages whose text is missing or incomplete, said once each."""
    out = []
    for n, page in enumerate(pages, start=1):
        if page.problem:
            out.append(f"page {n} could not be read ({page.problem}); its content is not checked")
        elif page.chars == 0:
            out.append(f"page {n} has no text layer (a scanned image?); its content is not checked")
    pictured = [n for n, page in enumerate(pages, start=1) if page.pictured_numbers]
    if pictured:
        shown = ", ".join(map(str, pictured[:5])) + (", ..." if len(pictured) > 5 else "")
        out.append(f"clause numbers look drawn as images, not text (page {shown}); "
                   "they are missing from the text checked")
    return out


def _fast(path: Path, pdf: pdfplumber.PDF) -> FastPdf | None:
    """PDFium's handle on the file for the fast path, or None (turned off, or PDFium cannot open it)."""
    if not FAST_PATH:
        return None
    try:
        return FastPdf(str(path), pdf.rsrcmgr, len(pdf.pages))
    except Exception:  # noqa: BLE001 - whatever PDFium refuses, pdfplumber reads (and reports) alone
        return None


def _extract(page: pdfplumber.page.Page, number: int,
             fast: FastPdf | None = None) -> tuple[list[dict], list[Table], list[dict], int]:
    """What one page gives: words outside tables, ruled tables, images, text size."""
    quick = fast.page(number - 1, page) if fast is not None else None
    if quick is not None:  # PDFium's words and tables, found as below (see pdf_tables)
        return quick.words, quick.tables, quick.images, quick.chars
    words = page.extract_words(extra_attrs=_WORD_ATTRS, use_text_flow=False)
    chars = sum(len(w["text"]) for w in words)
    found: list[Table] = []
    if page.rects or page.lines:
        boxes = []
        for table in page.find_tables():
            rows = [[" ".join((cell or "").split()) for cell in row] for row in table.extract()]
            # Shading and boxed notes come back as one-column "tables": a real table has a row
            # with two filled cells.
            if any(sum(1 for cell in row if cell) >= 2 for row in rows):
                found.append(Table(table.bbox[1], [r for r in rows if any(r)], number))
                boxes.append(table.bbox)
        if boxes:
            words = [w for w in words if not any(_inside(w, box) for box in boxes)]
    return words, found, page.images, chars


def _pictured_numbers(images: list[dict], lines: list[Line]) -> int:
    """How many lines start just right of a small image: numbering some converters draw as pictures."""
    small = [im for im in images if im["x1"] - im["x0"] <= 40 and im["bottom"] - im["top"] <= 20]
    count = 0
    for ln in lines:
        middle = (ln.top + ln.bottom) / 2
        if any(0 <= ln.x0 - im["x1"] <= 36 and abs((im["top"] + im["bottom"]) / 2 - middle) <= ln.bottom - ln.top
               for im in small):
            count += 1
    return count


def _inside(word: dict, box: tuple[float, float, float, float]) -> bool:
    x = (word["x0"] + word["x1"]) / 2
    y = (word["top"] + word["bottom"]) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _check_header(path: Path) -> None:
    """Refuse empty files and files that do not start like a PDF, before pdfminer guesses."""
    check_regular_file(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror or exc})", path=str(path)) from None
    if not head:
        raise InputError("empty file", path=str(path))
    if b"%PDF-" not in head:
        raise InputError("not a readable PDF (no PDF header; is it really a PDF?)", path=str(path))


def _broken(exc: Exception, path: Path) -> InputError:
    """The one-line error for a PDF that pdfminer could not open."""
    inner = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
    if isinstance(inner, PDFEncryptionError):
        return InputError("encrypted PDF; remove the password and try again", path=str(path))
    return InputError(f"not a readable PDF ({_cause(exc)})", path=str(path))


def _cause(exc: Exception) -> str:
    """A short reason for a parsing failure, in words a user can act on."""
    inner = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
    if isinstance(inner, PSEOF) or "EOF" in str(inner):
        return "the file is cut short"
    # pdfminer's messages often dump raw objects after a colon; the words before it are the cause.
    cause = str(inner).split(":", 1)[0].strip() if isinstance(inner, PSException) else ""
    if sum(ch.isalpha() for ch in cause) < 8:
        return "its internal structure is damaged"
    return cause if len(cause) <= 60 else cause[:57] + "..."
