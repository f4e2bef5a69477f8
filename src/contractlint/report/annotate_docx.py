"""Word comments on a copy of the contract: one per finding, on the paragraph it concerns.

The writer never judges the contract: it is given finished verdicts and puts each where its
evidence says it stands (``Evidence.paragraph``, the 1-based index among every ``w:p`` of the body,
counted by the reader's own ``paragraph_elements``). A violation gets a comment on each paragraph
its evidence quotes; a gap, which has nothing to quote, gets one on the heading of the section its
evidence points to, else on a heading that shares words with the rule's area or title, else on
the first paragraph with text. A comment reads::

    [HIGH] GOV-001: No joint governance body (steering committee or similar) was found.

    Suggested wording: The parties shall establish a Joint Steering Committee ...
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO, NamedTuple

from docx import Document as open_docx
from docx.opc.exceptions import OpcError
from docx.oxml import OxmlElement
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run
from lxml import etree

from contractlint.document.model import Document
from contractlint.engine.verdicts import Status, Verdict
from contractlint.errors import InputError
from contractlint.ingest.docx_numbering import W
from contractlint.ingest.docx_reader import paragraph_elements
from contractlint.nlp.normalize import phrase_stems

AUTHOR, INITIALS = "contractlint", "CL"
_R, _T, _REF = f"{W}r", f"{W}t", f"{W}commentReference"
_M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
# Children of a w:p that can carry visible text: the comment range must enclose all of them.
_TEXT_HOLDERS = {f"{W}{t}" for t in ("r", "hyperlink", "ins", "del", "moveTo", "moveFrom", "sdt", "smartTag",
                                     "fldSimple", "customXml", "dir", "bdo")} | {f"{_M}oMath", f"{_M}oMathPara"}
# Words that say nothing about which heading a rule belongs under.
_VAGUE = set(phrase_stems("a an and or of the for to in on by with at from no not any all each its is are be "
                          "that this which shall may must clause section schedule agreement general "
                          "party parties other miscellaneous"))


class Heading(NamedTuple):
    """A paragraph that heads a section: its 1-based body paragraph index and its heading text."""

    paragraph: int
    text: str


class Placed(NamedTuple):
    """One comment written: which verdict, on which body paragraph (1-based)."""

    rule: str
    status: Status
    paragraph: int
    text: str


def heading_anchors(doc: Document) -> list[Heading]:
    """The headed sections of a read .docx, each at the paragraph that opens it, in document order."""
    out: list[Heading] = []
    for section in doc.sections:
        para = doc.paragraph_at(section.start)
        if section.heading and para is not None and para.paragraph is not None:
            out.append(Heading(para.paragraph, section.heading))
    return sorted(set(out))


def comment_text(verdict: Verdict) -> str:
    """``[SEVERITY] RULE: message``, then a blank line and the suggested wording when the rule has one."""
    tag = "PASS" if verdict.status == Status.passed else verdict.severity.upper()
    text = f"[{tag}] {verdict.rule}: {verdict.message}"
    if verdict.fix and verdict.status in (Status.gap, Status.violation):
        text += "\n\nSuggested wording: " + " ".join(verdict.fix.split())
    return text


def annotate(source: Path, verdicts: Sequence[Verdict], out: BinaryIO, *,
             headings: Sequence[Heading] | None = None, include_passes: bool = False) -> list[Placed]:
    """Write to ``out`` a copy of ``source`` with a comment for each gap and violation.

    ``headings`` are the section headings the reader found (``heading_anchors``); without them the
    paragraphs styled as Word headings are used. With ``include_passes`` a passed rule is noted on
    the paragraph of its first evidence. ``source`` is read once into memory and never written.
    """
    try:
        docx = open_docx(io.BytesIO(source.read_bytes()))
    except (OpcError, KeyError, ValueError, etree.XMLSyntaxError, zipfile.BadZipFile) as error:
        # The reader accepts some packages python-docx refuses (a dangling relationship): those
        # can be checked but not annotated.
        raise InputError(f"cannot be annotated (python-docx cannot open it: {error})", path=str(source)) from error
    body = docx.element.body
    elements = paragraph_elements(body)
    if headings is None:
        headings = _styled_headings(docx, elements)
    placed: list[Placed] = []
    for verdict in verdicts:
        for index in _targets(verdict, elements, headings, include_passes):
            text = comment_text(verdict)
            paragraph = DocxParagraph(elements[index - 1], docx)
            docx.add_comment(list(_anchor_runs(paragraph)), text=text, author=AUTHOR, initials=INITIALS)
            placed.append(Placed(verdict.rule, verdict.status, index, text))
    docx.save(out)
    return placed


def _targets(verdict: Verdict, elements: list[etree._Element], headings: Sequence[Heading],
             include_passes: bool) -> list[int]:
    """The paragraphs (1-based) that get this verdict's comment; none for a verdict not commented."""
    located = [e.paragraph for e in verdict.evidence if e.paragraph and e.paragraph <= len(elements)]
    if verdict.status == Status.violation and located:
        return list(dict.fromkeys(located))
    if verdict.status == Status.passed:
        return located[:1] if include_passes else []
    if verdict.status not in (Status.gap, Status.violation):
        return []
    return [_heading_for(verdict, located, elements, headings)]


def _heading_for(verdict: Verdict, located: list[int], elements: list[etree._Element],
                 headings: Sequence[Heading]) -> int:
    """The heading of the evidence's section, else the best-matching heading, else the first text."""
    for evidence in verdict.evidence:
        if evidence.paragraph and evidence.heading:
            above = [h for h in headings if h.paragraph <= evidence.paragraph and h.text == evidence.heading]
            if above:
                return above[-1].paragraph
    if located:
        return located[0]
    wanted = set(phrase_stems(verdict.area.replace("-", " "))) - _VAGUE
    titled = set(phrase_stems(verdict.title)) - _VAGUE
    best, best_score = None, 0
    for heading in headings:
        words = set(phrase_stems(heading.text)) - _VAGUE
        # The area names the part of the contract a rule is about; the title only refines it.
        score = 2 * _shared(wanted, words) + _shared(titled, words)
        if score > best_score:
            best, best_score = heading.paragraph, score
    if best is not None:
        return best
    return next((n for n, p in enumerate(elements, start=1) if _has_text(p)), 1)


def _shared(a: set[str], b: set[str]) -> int:
    """Words in common; long stems that agree on six letters count ("governance" / "governing")."""
    return sum(1 for x in a if any(x == y or (len(x) >= 6 and len(y) >= 6 and x[:6] == y[:6]) for y in b))


def _has_text(p: etree._Element) -> bool:
    return any((t.text or "").strip() for t in p.iter(_T))


def _styled_headings(docx, elements: list[etree._Element]) -> list[Heading]:  # noqa: ANN001 - python-docx Document
    out = []
    for n, p in enumerate(elements, start=1):
        style = DocxParagraph(p, docx).style
        name = (style.name or "") if style is not None else ""
        if (name.startswith("Heading") or name == "Title") and _has_text(p):
            out.append(Heading(n, "".join(t.text or "" for t in p.iter(_T)).strip()))
    return out


def _anchor_runs(paragraph: DocxParagraph) -> tuple[Run, Run]:
    """The first and last run of the paragraph's text; an empty run stands in where text is not in a run.

    A comment range opens before its first run and closes after its last, so when the text begins
    or ends inside a hyperlink, tracked change or content control an empty run is put outside it.
    """
    p = paragraph._p
    content = [c for c in p if c.tag in _TEXT_HOLDERS and not (c.tag == _R and c.find(_REF) is not None)]
    if not content:
        run = OxmlElement("w:r")
        p.append(run)
        return Run(run, paragraph), Run(run, paragraph)
    first, last = content[0], content[-1]
    if first.tag != _R:
        first.addprevious(run := OxmlElement("w:r"))
        first = run
    if last.tag != _R:
        last.addnext(run := OxmlElement("w:r"))
        last = run
    return Run(first, paragraph), Run(last, paragraph)
