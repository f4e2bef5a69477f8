"""What a forum does at each of its meetings happens as often as the forum meets."""

from __future__ import annotations

import pytest

from contractlint.document.load import document_from_text
from contractlint.engine.index import DocumentIndex


def _cadence_of(text: str) -> list[str]:
    """The frequencies the engine sees in the sentence of ``text`` that reviews the plan."""
    doc = document_from_text(text)
    ix = DocumentIndex(doc)
    si = next(i for i, s in enumerate(doc.sentences) if "review the plan" in doc.text[s.start:s.end])
    return [q.text for q in ix.quantities(si) if q.kind == "frequency"]


@pytest.mark.parametrize(("text", "expected"), [
    # each forum takes the frequency after its own name, not its neighbour's
    ("5.1 The Executive Council shall meet twice a year and the Floor Group shall meet monthly.\n\n"
     "5.2 At each meeting the Floor Group shall review the plan.\n",
     ["monthly (the Floor Group's meetings)"]),
    ("5.1 The Executive Council shall meet twice a year and the Floor Group shall meet monthly.\n\n"
     "5.2 At each of its meetings the Executive Council shall review the plan.\n",
     ["twice a year (the Executive Council's meetings)"]),
    # "it" is the forum named earlier in the paragraph; the cadence may stand in a table row
    ("| Forum | Frequency |\n|---|---|\n| Relationship Council | every three months |\n\n"
     "7.4 The Relationship Council sets direction. At each of its meetings it shall review the plan.\n",
     ["every three months (the Relationship Council's meetings)"]),
    # the cadence stated of "it", the forum named in the sentence before
    ("The Harvest Table sets direction. It has four members, and it meets every three months.\n\n"
     "At each Harvest Table meeting we review the plan.\n",
     ["every three months (the Harvest Table's meetings)"]),
    # ... but not of "it" in another paragraph
    ("The Harvest Table sets direction.\n\nIt meets every three months.\n\n"
     "At each Harvest Table meeting we review the plan.\n", []),
    # the governance table's frequency column wins over a sentence on something the forum holds once
    ("12.2 Before the end of the Initial Term the Partnership Board shall hold a renewal review informed by "
     "the latest Annual Partnership Health Check.\n\n"
     "| Forum | Members | Frequency |\n|---|---|---|\n| Partnership Board | two from each party | quarterly |\n\n"
     "4.4 At each meeting of the Partnership Board the parties shall review the plan.\n",
     ["quarterly (the Partnership Board's meetings)"]),
    # in a table row, the cell that is a frequency and nothing else is the cadence, not "annual plan"
    ("4.2 At every meeting of the Harbour Board the parties shall review the plan.\n\n"
     "| Forum | Purpose | Meets |\n|---|---|---|\n| Harbour Board | strategy, annual plan, renewals | quarterly |\n",
     ["quarterly (the Harbour Board's meetings)"]),
    # a frequency of something the forum does is not how often it meets
    ("5.1 Once in each Contract Year the Board shall evaluate the Supplier.\n\n"
     "5.2 At each meeting the Board shall review the plan.\n", []),
    # a forum whose cadence is never stated lends none
    ("5.2 At each meeting the Board shall review the plan.\n", []),
    # "each of those meetings", and "Each meeting" opening the sentence
    ("7.3 The Council shall hold a meeting in each calendar quarter. At each of those meetings the Council "
     "shall review the plan.\n", ["each calendar quarter (the Council's meetings)"]),
    ("5.1 The Board shall meet monthly.\n\n5.2 Each meeting of the Board shall review the plan.\n",
     ["monthly (the Board's meetings)"]),
    # "each ordinary session": a session held in the ordinary course, not an extraordinary one
    ("The Follow-up Board shall meet in ordinary session once each calendar quarter and in extraordinary "
     "session when either party requests it.\n\nAt each ordinary session, the Follow-up Board shall review the plan.\n",
     ["once each calendar quarter (the Follow-up Board's meetings)"]),
    # a sentence with a frequency of its own keeps only that
    ("5.1 The Board shall meet monthly.\n\n5.2 At each meeting the Board shall review the plan once a year.\n",
     ["once a year"]),
    # ... but a cadence word that only describes a thing reviewed is no frequency of the review
    ("5.1 The Board shall meet quarterly.\n\n5.2 In each of its sessions the Board shall review the plan and its "
     "annual tax campaign.\n", ["annual", "quarterly (the Board's meetings)"]),
])
def test_each_meeting_carries_the_cadence_of_its_forum(text: str, expected: list[str]) -> None:
    assert _cadence_of(text) == expected



@pytest.mark.parametrize(("text", "expected"), [
    # "the Committee" is the Joint Monitoring Committee, the only committee with a cadence
    ("7.1 A Joint Monitoring Committee shall be constituted, composed of two members appointed by each party, "
     "which shall meet once every calendar quarter.\n\n7.2 At each meeting the Committee shall review the plan.\n",
     ["once every calendar quarter (the Joint Monitoring Committee's meetings)"]),
    # two committees with cadences: "the Committee" could be either, so neither lends its cadence
    ("7.1 A Joint Monitoring Committee shall meet once every calendar quarter.\n\n"
     "7.2 A Desk Operations Committee shall meet every week.\n\n7.3 At each meeting the Committee shall review "
     "the plan.\n", []),
])
def test_a_forum_by_its_short_name_carries_its_cadence(text: str, expected: list[str]) -> None:
    assert _cadence_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the SPF", defined for the Strategic Partnership Forum, lends it its cadence
    ('6.1 The parties shall establish a Strategic Partnership Forum (the "SPF"). The SPF shall meet once every '
     "quarter.\n\n6.2 At each SPF meeting the Board shall review the plan.\n",
     ["once every quarter (the Strategic Partnership Forum's meetings)"]),
    # a party's defined term is no forum, though its description names its board
    ('This Agreement is made between the Fonte Mineral Water Board (the "Bottler") and Desk Lda. (the "Operator").\n\n'
     "The Operator shall provide the Services to the Bottler. The Bottler shall meet the Operator every quarter.\n\n"
     "At each Bottler meeting the Operator shall review the plan.\n", []),
])
def test_a_forum_by_its_defined_acronym_carries_its_cadence(text: str, expected: list[str]) -> None:
    assert _cadence_of(text) == expected


def test_a_capitalised_pronoun_opening_the_sentence_refers_to_the_forum_before_it() -> None:
    """ "a) The Strategic Committee shall be composed of ... It shall meet ordinarily once every quarter":
    the cadence is the Committee's, not that of a later extraordinary session about an annual evaluation."""
    text = ("a) The Strategic Committee shall be composed of the General Managers of both parties. It shall meet "
            "ordinarily once every quarter. At each ordinary session, the Strategic Committee shall review the plan.\n\n"
            "b) Ninety days before each expiry, the Strategic Committee shall meet in extraordinary session to weigh "
            "the latest annual evaluation.\n")
    assert _cadence_of(text) == ["once every quarter (the Strategic Committee's meetings)"]


def test_a_forum_called_by_its_kind_in_lower_case_carries_its_cadence() -> None:
    """ "a Members' Service Panel ... The panel meets every other month. ... At each meeting the panel will
    review the plan": the cadence is the panel's."""
    text = ("We will each put two people on a Members' Service Panel. The panel meets every other month.\n\n"
            "At each meeting the panel will review the plan.\n")
    assert _cadence_of(text) == ["every other month (the panel's meetings)"]


def test_a_cadence_stated_for_the_forum_by_its_kind_carries_to_its_full_name() -> None:
    """ "An Executive Oversight Panel is established ... The Panel shall meet once every three months." and
    later "At each meeting the Executive Oversight Panel shall review the plan"."""
    text = ("(a) An Executive Oversight Panel is established, comprising two directors of each party. The Panel "
            "shall meet once every three months.\n\n(b) At each meeting the Executive Oversight Panel shall review "
            "the plan.\n")
    assert _cadence_of(text) == ["once every three months (the Panel's meetings)"]


def test_a_party_named_in_a_members_cell_is_no_forum() -> None:
    """In "| Relationship Board | Council General Manager; Supplier Managing Director | Quarterly |" the
    Council is the party, not a body that would take the Board's cadence."""
    text = ("| Forum | Members | Frequency |\n|---|---|---|\n| Relationship Board | Council General Manager; "
            "Supplier Managing Director | Quarterly |\n\nAt each meeting of the Relationship Board the parties "
            "will review the plan.\n")
    assert _cadence_of(text) == ["Quarterly (the Relationship Board's meetings)"]
