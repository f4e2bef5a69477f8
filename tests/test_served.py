"""The contract's own names for the people its customer service serves fill ``{customer_term}``."""

from __future__ import annotations

import pytest

from contractlint.document.load import document_from_text
from contractlint.engine.served import customer_terms


@pytest.mark.parametrize(("definition", "served"), [
    ('"Retailer" means any customer of Qalam that buys for resale.', ["retailer"]),
    ('"Guest" means any person who contacts the Company about a booking, a visit or a complaint.', ["guest"]),
    ('"Learner" means any person enrolled in, or enquiring about, a course offered by the College.', ["learner"]),
    ('"Member" means any natural or legal person holding a membership or a day pass.', ["member"]),
    ('"Holidaymaker" means any customer or prospective customer of the Customer.', ["holidaymaker"]),
    # people named by what they buy, grow or own
    ('"Buyer" means any overseas or regional purchaser, or prospective purchaser, of the Society\'s nutmeg.',
     ["buyer"]),
    ('"Smallholder" means any grower registered with the Mill as a supplier of fresh fruit bunches.', ["smallholder"]),
    ('"Owner" means a property owner who has a management contract with the Manager.', ["owner"]),
    ('"Investor" means a holder or prospective holder of Units.', ["investor"]),
    # plain English
    ('Where we say "couple", we mean anyone who books or asks about booking one of our venues.', ["couple"]),
    # people on either side of the contract are not the people served
    ('"Agents" means the individuals engaged by the Provider to handle chats.', []),
    ('"Key Persons" means the individuals identified as such in Exhibit A.', []),
    ('"Lead" means the person appointed by each party under Clause 6.', []),
    ('"Key Staff" means the individuals holding the roles listed in Annex B.', []),
    ('"Authorised User" means a person authorised by the Client to use the Portal.', []),
    # a thing about customers is not a customer
    ('"Buyer Desk" means the telephone and e-mail service through which buyers reach the Society.', []),
    ('"Deliverables" means all documents of which the Client is the owner.', []),
    ('"Billing Dispute" means any query or complaint by a customer of the Company about a bill.', []),
    ('"Compass" means the Customer\'s booking and customer relationship platform.', []),
    ('"Customer Data" means all data relating to customers of the Client.', []),
])
def test_a_defined_term_for_the_people_served(definition: str, served: list[str]) -> None:
    doc = document_from_text(f"1. Definitions\n\n1.1 {definition}\n\n2. Services\n\n2.1 The Supplier shall answer calls.\n")
    assert customer_terms(doc) == served



@pytest.mark.parametrize(("definition", "served"), [
    # trade buyers, named by what they do with the goods
    ('"Distributor" means any importer, wholesaler or agent authorised by the Principal to buy its products for '
     'resale.', ["distributor"]),
    ('"Buyer" means a trade customer or prospective trade customer of the Exporter.', ["buyer"]),
    ('"Stockist" means a wholesale customer of the Bakery.', ["stockist"]),
    # a thing the trade buyers use is not one of them
    ('"Distributor Portal" means the website through which distributors order.', []),
])
def test_trade_buyers_are_people_served(definition: str, served: list[str]) -> None:
    doc = document_from_text(f"1. Definitions\n\n1.1 {definition}\n\n2. Services\n\n2.1 The Supplier shall answer calls.\n")
    assert customer_terms(doc) == served
