"""What ``contractlint parse`` shows: the contract as the tool read it, for a lawyer to confirm."""

from __future__ import annotations

from pydantic import BaseModel

from contractlint.document.model import Document, Party


class SectionView(BaseModel):
    number: str | None
    heading: str | None
    depth: int
    page: int | None = None
    line: int | None = None


class DefinitionView(BaseModel):
    term: str
    text: str
    section: str | None = None
    used: bool = True


class ParseView(BaseModel):
    path: str
    format: str
    pages: int | None
    sections: list[SectionView]
    parties: list[Party]
    definitions: list[DefinitionView]
    counts: dict[str, int]
    warnings: list[str]


def parse_view(doc: Document) -> ParseView:
    """Summarise a Document: its section tree, parties, definitions and counts."""
    sections = []
    for s in doc.sections:
        loc = doc.locate(s.start)
        sections.append(SectionView(number=s.number, heading=s.heading, depth=s.depth, page=loc.page, line=loc.line))
    definitions = [
        DefinitionView(
            term=d.term,
            text=" ".join(d.text.split()),
            section=doc.sections[d.section].number if d.section is not None else None,
            used=d.used,
        )
        for d in doc.definitions
    ]
    counts = {
        "sections": len(doc.sections),
        "paragraphs": sum(1 for p in doc.paragraphs if p.kind.value in ("paragraph", "heading")),
        "sentences": len(doc.sentences),
        "tables": len(doc.tables),
        "definitions": len(doc.definitions),
    }
    return ParseView(path=doc.path, format=doc.format, pages=doc.pages, sections=sections, parties=doc.parties,
                     definitions=definitions, counts=counts, warnings=doc.warnings)


def render_text(view: ParseView) -> str:
    """The parse view as an indented outline for the terminal."""
    out = [f"{view.path}  ({view.format}" + (f", {view.pages} pages)" if view.pages else ")")]
    out.append("")
    out.append("Parties")
    if not view.parties:
        out.append("  (none found; set them with --client NAME / --provider NAME)")
    for p in view.parties:
        # A pronoun is no title: ("we"), not (the "we").
        the = "the " if p.defined_as and p.defined_as[0].isupper() else ""
        alias = f' ({the}"{p.defined_as}")' if p.defined_as else ""
        out.append(f"  {p.role:<9} {p.name}{alias}  [{p.role_reason}]")
    out.append("")
    out.append("Sections")
    for s in view.sections:
        where = f"p. {s.page}" if s.page else (f"line {s.line}" if s.line else "")
        title = " ".join(x for x in (s.number, s.heading) if x) or "(untitled)"
        out.append(f"  {'  ' * (s.depth - 1)}{title}" + (f"   {where}" if where else ""))
    out.append("")
    out.append(f"Definitions ({len(view.definitions)})")
    for d in view.definitions:
        snippet = d.text if len(d.text) <= 70 else d.text[:67] + "..."
        where = f" [{d.section}]" if d.section else ""
        unused = "  (never used again: not read as evidence)" if not d.used else ""
        out.append(f"  {d.term}{where}: {snippet}{unused}")
    out.append("")
    out.append("Counts: " + ", ".join(f"{v} {k}" for k, v in view.counts.items()))
    for w in view.warnings:
        out.append(f"warning: {w}")
    return "\n".join(out)
