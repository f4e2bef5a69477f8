"""The titles a contract gives its points of contact fill ``{contact_term}``."""

from __future__ import annotations

import pytest

from contractlint.document.load import document_from_text
from contractlint.engine.contacts import contact_terms


@pytest.mark.parametrize(("sentence", "contacts"), [
    ("The Service Partner shall appoint an Engagement Lead and the Smelter shall appoint a Contract Owner, each of "
     "whom shall be the principal point of contact for the other party.", ["contract owner", "engagement lead"]),
    ("Each party shall designate a Coordinator, who shall be its sole channel of communication with the other party.",
     ["coordinator"]),
    ("The Contract Owner is the Smelter's single point of contact.", ["contract owner"]),
    # translated drafting: the contact is the party's "sole correspondent"
    ("Each Party shall designate a Focal Point, who shall be its sole correspondent for the execution of this "
     "Contract.", ["focal point"]),
    ("The Operator shall appoint a Site Manager, who shall correspond with the Principal's accountant.", []),
    # Korean drafting in translation: the party's "single window"
    ("Gap shall designate a Contract Supervisor and Eul shall designate a Centre Manager, and each shall act as the "
     "single window of its party for all matters under this Agreement.", ["centre manager", "contract supervisor"]),
    # the contact named after the verb: "X's principal contact shall be its <title>"
    ("The Contractor's principal contact shall be its Grower Desk Principal, and the Cooperative's principal "
     "contact shall be the Cooperative Liaison.", ["cooperative liaison", "grower desk principal"]),
    ("Each Party appoints a Contact Coordinator. The Contact Coordinators are the main channel of communication "
     "between the Parties.", ["contact coordinator"]),
    # appointed in one sentence, made the contacts in the next ("Each shall be ...")
    ("The Agency shall designate a Programme Liaison and the Operator shall designate a Helpline Director. Each "
     "shall be the first point of contact for the other party on all matters.", ["helpline director", "programme liaison"]),
    # titles in quotes
    ('The Club shall designate a "Club Liaison" and the Supplier shall designate an "Account Director". Each is '
     "the first port of call of the designating party.", ["account director", "club liaison"]),
    # ... but not when the next sentence speaks of someone else
    ("The Agency shall designate a Programme Liaison. Workers may call the first point of contact listed on the "
     "website.", []),
    # two titles at once, each under its party's name, and "shall each be"
    ('This Agreement is made between Sombrero Charters Ltd (the "Charter Company") and Windward Ltd (the "Agent").'
     "\n\nThe Agent's Booking Desk Manager and the Charter Company's Dock Master shall each be the principal "
     "contact of their party.", ["booking desk manager", "dock master"]),
    # appointed, but not made a contact; or said not to be one
    ("The Supplier shall appoint a Transition Director to manage the transition.", []),
    ("The Purchaser appoints a Journey Owner. The Journey Owner is not a contact person.", []),
    # "from first contact to resolution" is a journey, not a contact role
    ("The Insurer shall appoint a Member Journey Owner, accountable from first contact to claim settlement.", []),
    # a body, a bare word, a short form and a title cut off before "of" are no titles to look for
    ("The parties shall appoint a Liaison Board as the channel of communication between them.", []),
    ("Each party shall appoint a Representative as its point of contact.", []),
    ('The Supplier shall appoint an Account Manager (the "AM") as its point of contact. The AM is its point of '
     'contact.', ["account manager"]),
    ("The Company shall designate its Director of Guest Contact Partnerships as its primary point of contact.", []),
    # what merely "is" near a contact is no title: the Mobilisation Period is planned, not a contact
    ("appoint a Supplier Authorised Representative who shall ensure that the Mobilisation Period is planned and "
     "resourced, and who will act as a point of contact for the Buyer;", ["supplier authorised representative"]),
])
def test_the_titles_a_contract_makes_contacts(sentence: str, contacts: list[str]) -> None:
    """Each title is found in both numbers, so "the Contact Coordinators" are the Coordinator too."""
    both = sorted({form for title in contacts for form in (title, title + "s")})
    assert contact_terms(document_from_text(sentence + "\n")) == both



@pytest.mark.parametrize(("sentence", "contacts"), [
    # the contact named first, with whom it is for: "Our main contact for you will be our Bookings Manager"
    ("Our main contact for you will be our Bookings Manager. Your main contact for us will be your Team Leader.",
     ["bookings manager", "team leader"]),
    ("The Contractor's principal contact with the Authority shall be its Desk Principal.", ["desk principal"]),
    # the contact words must be the subject: a contact centre is no contact
    ("Our contact centre for you will be our Booking Hub.", []),
])
def test_a_contact_named_after_the_words_that_make_it_one(sentence: str, contacts: list[str]) -> None:
    both = sorted({form for title in contacts for form in (title, title + "s")})
    assert contact_terms(document_from_text(sentence + "\n")) == both


def test_each_of_them_the_only_channel_makes_both_titles_contacts() -> None:
    text = ("The Contractor designates a Booking Desk Coordinator and the Principal designates a Season Liaison. "
            "Each of them is the only channel through which the Parties communicate on the Contract.\n")
    assert contact_terms(document_from_text(text)) == ["booking desk coordinator", "booking desk coordinators",
                                                       "season liaison", "season liaisons"]
