"""One call from a file path to a finished Document: read, build, then find definitions and parties."""

from __future__ import annotations

from pathlib import Path

from contractlint.document.build import build_document
from contractlint.document.definitions import find_definitions
from contractlint.document.model import Document
from contractlint.document.parties import RoleHints, find_parties
from contractlint.ingest import ReadOptions, read_raw


def load_document(path: Path, options: ReadOptions | None = None, hints: RoleHints | None = None) -> Document:
    """Read a contract and return its Document; raises ``InputError`` when it cannot be read."""
    doc = build_document(read_raw(path, options))
    definitions = find_definitions(doc.text, doc.paragraphs)
    parties = find_parties(doc.text, doc.paragraphs, definitions, hints)
    return doc.model_copy(update={"definitions": definitions, "parties": parties})
