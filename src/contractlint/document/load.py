"""From a file path (or a snippet of text) to a finished Document: read, build, find definitions and parties."""

from __future__ import annotations

from pathlib import Path

from contractlint.document.build import build_document
from contractlint.document.appointments import find_appointments
from contractlint.document.definitions import find_definitions
from contractlint.document.model import Document
from contractlint.document.parties import RoleHints, find_parties
from contractlint.ingest import RawDocument, ReadOptions, read_raw


def load_document(path: Path, options: ReadOptions | None = None, hints: RoleHints | None = None) -> Document:
    """Read a contract and return its Document; raises ``InputError`` when it cannot be read."""
    return finish_document(read_raw(path, options), hints)


def document_from_text(text: str, path: str = "<text>", hints: RoleHints | None = None) -> Document:
    """A Document from Markdown or plain text held in memory (rule examples, tests)."""
    from contractlint.ingest.markdown_reader import parse_markdown

    return finish_document(RawDocument(path=path, format="md", blocks=parse_markdown(text)), hints)


def finish_document(raw: RawDocument, hints: RoleHints | None = None) -> Document:
    """Build the Document from a reader's blocks and add its definitions and parties."""
    doc = build_document(raw)
    definitions = find_definitions(doc.text, doc.paragraphs)
    parties = find_parties(doc.text, doc.paragraphs, definitions, hints)
    # Appointed roles name people, never parties: they join the definitions once parties are known.
    definitions = sorted(definitions + find_appointments(doc.text, doc.paragraphs), key=lambda d: (d.start, d.end))
    return doc.model_copy(update={"definitions": definitions, "parties": parties})
