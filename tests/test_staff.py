"""The titles a contract gives one party's people, read into the ``{client_staff}`` and
``{provider_staff}`` slots."""

from __future__ import annotations

import pytest

from contractlint.document.load import document_from_text
from contractlint.engine.index import DocumentIndex
from test_engine import status

OPENING = ('This Contract is made between El Paso County (the "County") and Franklin Mountain Contact '
           'Solutions, LLC (the "Vendor").\n\n1.1 The Vendor shall provide the Services to the County.\n\n')


def staff(text: str) -> tuple[list[str], list[str]]:
    index = DocumentIndex(document_from_text(OPENING + text))
    return index.party_names["client_staff"], index.party_names["provider_staff"]


def test_titles_given_to_a_party_by_of_by_possessive_and_by_appointment() -> None:
    text = ("2.1 The District Clerk of El Paso County summons jurors. The County's Jury Administrator answers "
            "escalations. The Vendor appoints an Account Director.\n")
    assert staff(text) == (["district clerk", "jury administrator"], ["account director"])


def test_a_title_both_parties_give_is_neither_partys() -> None:
    text = "2.1 The County's Project Manager and the Vendor's Project Manager meet weekly.\n"
    assert staff(text) == ([], [])


BODY = ("5.1 The parties shall govern this Contract through an Executive Oversight Committee whose members are "
        "the District Clerk, the Jury Administrator and the Account Director.\n\n")


@pytest.mark.parametrize(("titles", "expected"), [
    ("2.1 The District Clerk of El Paso County summons jurors. The Vendor appoints an Account Director.\n\n", "pass"),
    # the titles the body holds are never given to a party
    ("2.1 The County summons jurors.\n\n", "gap"),
])
def test_a_body_of_both_sides_titles_is_joint(titles: str, expected: str) -> None:
    condition = r"sentence mentions /\b{client_staff}\b/ and mentions /\b{provider_staff}\b/"
    assert status(condition, OPENING + titles + BODY) == expected


def test_titles_appointed_in_a_list_or_seated_for_a_party() -> None:
    text = ("2.1 The County shall designate a Contract Manager (Gestor do Contrato) and a Technical Inspector "
            "(Fiscal Técnico). A committee is formed by the Jury Administrator for the County and the Vendor's "
            "Account Director.\n")
    assert staff(text) == (["contract manager", "jury administrator", "technical inspector"], ["account director"])


@pytest.mark.parametrize(("text", "expected"), [
    # a party's titled officer acts for that party
    ("2.1 The County shall designate a Technical Inspector.\n\n2.2 The Technical Inspector may visit the service "
     "centre at least once a month.\n", "pass"),
    # ... and a title owned as written by another party is that party's
    ("2.1 The County shall designate a Technical Inspector.\n\n2.2 The Vendor's Technical Inspector may visit the "
     "service centre at least once a month.\n", "gap"),
    ("2.1 The Vendor shall designate a Technical Inspector.\n\n2.2 The Technical Inspector may visit the service "
     "centre at least once a month.\n", "gap"),
])
def test_a_partys_officer_binds_or_permits_that_party(text: str, expected: str) -> None:
    assert status('sentence permits client to "visit"', OPENING + text) == expected


def test_a_title_the_party_designates_by_its_initials() -> None:
    text = "6.1 The County designates the DEC as its sole contact. The Vendor designates a Project Lead.\n"
    assert staff(text) == (["dec"], ["project lead"])


def test_a_title_the_party_appoints_in_lower_case_and_its_acronym() -> None:
    text = ("6.1 The County appoints an execution director (direttore dell'esecuzione del contratto, DEC), who is the "
            "Vendor's point of contact. The DEC may inspect the premises.\n")
    assert staff(text) == (["dec", "execution director"], [])
