"""The contract's own names for the client's systems fill ``{client_system}``."""

from __future__ import annotations

import pytest

from contractlint.document.load import document_from_text
from contractlint.engine.systems import client_system_terms

PARTIES = 'This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").\n\n'


@pytest.mark.parametrize(("definition", "systems"), [
    ('"Booking System" means the Client\'s passage and cargo booking application known as TaoBook.',
     ["booking system"]),
    ('"Club Platform" means the software in which the Client keeps the records of club members.', ["club platform"]),
    ('"Harbourlight" means the reservations platform operated by the Client.', ["harbourlight"]),
    ('"Consultation System" means the customer consultation and dispute management system owned and operated by '
     "the Client.", ["consultation system"]),
    # the provider's own system, or a thing that is no system, is not the client's
    ('"Club Platform" means the software in which the Supplier keeps the records of club members.', []),
    ('"Deliverables" means all documents of which the Client is the owner.', []),
    ('"Client Data" means all data the Client gives the Supplier.', []),
])
def test_a_defined_term_for_the_clients_system(definition: str, systems: list[str]) -> None:
    doc = document_from_text(f"{PARTIES}1. Definitions\n\n1.1 {definition}\n\n2.1 The Supplier shall answer calls.\n")
    assert client_system_terms(doc) == systems


def test_a_system_of_yours_in_a_contract_written_to_you() -> None:
    text = ('This agreement is between Harbour Inn Ltd ("you") and Wave Answering Ltd ("we").\n\n'
            '"Harbourlight" means your booking and guest records system.\n\nWe will answer your guests\' calls.\n')
    assert client_system_terms(document_from_text(text)) == ["harbourlight"]
