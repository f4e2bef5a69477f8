"""A body made up of one party's people acts for that party in the obligation reader."""

from __future__ import annotations

import pytest

from contractlint.document.load import document_from_text
from contractlint.engine.index import DocumentIndex
from contractlint.engine.own_bodies import own_bodies

OPENING = ('THIS CONTRACT is made between LAKESIDE REGIONAL HOSPITAL (the "PDE") and KYOGA CONTACT SERVICES '
           'LIMITED (the "Service Provider").\n\n')
ACTORS = {"pde": "client", "service provider": "provider"}


@pytest.mark.parametrize(("text", "expected"), [
    ("5.1 The PDE has appointed a Contract Management Team made up of officers of the PDE.\n",
     {"contract management team": "client"}),
    # a long name and its defined short form
    ('1. Monitoring is carried out by the Committee for the Monitoring of the Contract (the "Committee"), '
     "consisting of three employees of the PDE appointed by its board.\n",
     {"committee": "client"}),
    ("4.2 The Service Provider keeps a Quality Unit composed of senior staff of the Service Provider.\n",
     {"quality unit": "provider"}),
    # people of both sides make a joint body, which the governance rules read
    ("5.1 A Review Committee is composed of two officers of the PDE and two officers of the Service Provider.\n", {}),
    ("5.1 A Review Committee is composed of officers of each party.\n", {}),
    # one the party sets up of "its" people, then called by its noun alone where no other body shares it
    ("9.1 The PDE shall set up a Monitoring and Inspection Commission composed of three of its officials.\n\n"
     "9.2 The Commission is responsible for the management of this contract.\n",
     {"monitoring and inspection commission": "client", "commission": "client"}),
    ("9.1 The PDE shall set up a Monitoring and Inspection Commission composed of three of its officials.\n\n"
     "9.2 The Joint Review Commission meets each quarter.\n",
     {"monitoring and inspection commission": "client"}),
    # one a party acts through, whoever else the sentence names
    ("\n5.1 The PDE shall manage the contract through the Contract Management Unit of its Finance Department, "
     "which is responsible for the relationship with the Service Provider.\n\n5.2 The Unit shall keep the file.\n",
     {"contract management unit": "client", "unit": "client"}),
    # (not across a heading: "GOVERNANCE\n\nThe PDE ..." names no party "GOVERNANCE The PDE")
    ("## 5 OVERSIGHT AND GOVERNANCE\n\nThe PDE shall manage the contract through the Contract Management Unit.\n",
     {"contract management unit": "client"}),
    # ... or in the present tense of a recital, and one made up of the party's servants
    ("Whereas the PDE runs, through its Immigration Desk, a service of information to residents;\n",
     {"immigration desk": "client"}),
    ("5.2 The execution is inspected by an Inspection Commission made up of three servants of the PDE.\n",
     {"inspection commission": "client"}),
])
def test_a_body_of_one_partys_people(text: str, expected: dict[str, str]) -> None:
    assert own_bodies(document_from_text(OPENING + text), ACTORS) == expected


def test_the_body_then_binds_or_permits_its_party() -> None:
    """"The Contract Management Team may visit" is the client's permission."""
    text = (OPENING + "5.1 The PDE has appointed a Contract Management Team made up of officers of the PDE.\n\n"
            "5.2 The Contract Management Team may visit the helpline premises once in every quarter.\n")
    index = DocumentIndex(document_from_text(text))
    assert index.actors["contract management team"] == "client"
