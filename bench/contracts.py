"""Long contracts for the benchmarks, made at bench time (no big binary is committed).

The sample sources (``tools/sample-sources/*.md``) are repeated until the contract has the
requested number of pages, then written by ``tools/docgen.py`` as .docx, .pdf, .md or .txt. A
page is about 500 words for .docx, .md and .txt; a PDF is made with the real page count (docgen
lays out A4 pages), so its source is grown until the rendered file has that many pages. Files
are kept in a cache folder keyed by the page count, the sources and this script, so reruns are
quick.

    python bench/contracts.py 100 pdf     # prints the path of a 100-page PDF contract
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SOURCES = sorted((REPO / "tools" / "sample-sources").glob("*.md"))
WORDS_PER_PAGE = 500
# Words of source per rendered PDF page: measured once, corrected by one re-render if off.
PDF_WORDS_PER_PAGE = 560


def _docgen():
    spec = importlib.util.spec_from_file_location("docgen", REPO / "tools" / "docgen.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def source(words: int, accepted: bool = False) -> str:
    """The sample sources' paragraphs, in turn and repeated, up to ``words`` words; one title.

    ``accepted`` resolves the tracked changes of each sample first (for .md and .txt: docgen's
    own resolution is meant for one contract and goes wrong on a very long one).
    """
    docgen = _docgen() if accepted else None
    texts = [p.read_text(encoding="utf-8") for p in SOURCES]
    paragraphs = [para for text in texts for para in (docgen.accept(text) if docgen else text).split("\n\n")]
    out, count, i = [], 0, 0
    while count < words:
        para = paragraphs[i % len(paragraphs)]
        i += 1
        if para.startswith("# ") and out:
            continue  # later copies keep their headings but not a second document title
        out.append(para)
        count += len(para.split())
    return "\n\n".join(out)


def cache_dir() -> Path:
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in [*SOURCES, Path(__file__)])).hexdigest()[:12]
    folder = Path(os.environ.get("CONTRACTLINT_BENCH_DIR") or Path(tempfile.gettempdir()) / "contractlint-bench") / digest
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def pdf_pages(path: Path) -> int:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def contract(pages: int, fmt: str, folder: Path | None = None) -> Path:
    """A contract of about ``pages`` pages in format ``fmt`` (docx, pdf, md, txt), made once."""
    folder = folder or cache_dir()
    out = folder / f"contract-{pages}p.{fmt}"
    if out.exists():
        return out
    docgen = _docgen()
    src = folder / f"contract-{pages}p.src.md"
    tmp = folder / f".tmp-{os.getpid()}-{out.name}"
    words = pages * (PDF_WORDS_PER_PAGE if fmt == "pdf" else WORDS_PER_PAGE)
    for _ in range(3):
        src.write_text(source(words, accepted=fmt in ("md", "txt")), encoding="utf-8")
        docgen.main([str(src), str(tmp)])
        if fmt != "pdf":
            break
        got = pdf_pages(tmp)
        if abs(got - pages) <= max(1, pages // 50):
            break
        words = int(words * pages / got)
    os.replace(tmp, out)
    return out


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    print(contract(int(args[0]), args[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
