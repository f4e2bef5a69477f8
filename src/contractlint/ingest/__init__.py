"""Readers: one per format, each turning a file into a ``RawDocument`` of blocks.

The registry maps a file suffix to the module that reads it; modules are imported only when a
file of their format is read, so a text-only run never pays for python-docx or pdfplumber.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from contractlint.errors import InputError
from contractlint.ingest.blocks import RawBlock, RawDocument, ReadOptions

READERS: dict[str, str] = {
    ".docx": "contractlint.ingest.docx_reader",
    ".pdf": "contractlint.ingest.pdf_reader",
    ".txt": "contractlint.ingest.text_reader",
    ".md": "contractlint.ingest.markdown_reader",
    ".markdown": "contractlint.ingest.markdown_reader",
}


def supported(path: Path) -> bool:
    """Whether a file's suffix names a format contractlint reads."""
    return path.suffix.lower() in READERS


def read_raw(path: Path, options: ReadOptions | None = None) -> RawDocument:
    """Read one file with the reader for its suffix; raises ``InputError`` for anything unreadable."""
    suffix = path.suffix.lower()
    if suffix not in READERS:
        known = ", ".join(sorted(READERS))
        raise InputError(f"unsupported file type '{suffix or path.name}' (contractlint reads {known})", path=str(path))
    from contractlint.ingest.encoding import check_regular_file

    check_regular_file(path)
    module = importlib.import_module(READERS[suffix])
    return module.read(path, options or ReadOptions())


__all__ = ["READERS", "RawBlock", "RawDocument", "ReadOptions", "read_raw", "supported"]
