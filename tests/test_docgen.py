"""tools/docgen.py, which writes the bench's contracts: accepting tracked changes keeps the text around them."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _docgen():
    spec = importlib.util.spec_from_file_location("docgen", REPO / "tools" / "docgen.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("source", "accepted"), [
    # a deletion written right against an insertion ends at its own "--}", not at a later deletion's
    ("A {--old--}{++new++} text.\n\nNext para {--x--} y.", "A new text.\n\nNext para y."),
    ("A {--old--} {++new++} text. B {--gone--}.", "A new text. B."),
    ("{--Deleted first.--} Kept.", "Kept."),
])
def test_accept_keeps_insertions_and_drops_only_the_deleted_words(source: str, accepted: str) -> None:
    assert _docgen().accept(source) == accepted
