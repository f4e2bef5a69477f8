"""The Document model and the steps that build it from a reader's blocks."""

from contractlint.document.model import (
    BlockKind,
    Cell,
    Definition,
    Document,
    Location,
    Paragraph,
    Party,
    Section,
    Sentence,
    Table,
)

__all__ = [
    "BlockKind",
    "Cell",
    "Definition",
    "Document",
    "Location",
    "Paragraph",
    "Party",
    "Section",
    "Sentence",
    "Table",
]
