"""The names of the bodies a contract sets up fill ``{forum_term}``."""

from __future__ import annotations

import pytest

from contractlint.document.load import document_from_text
from contractlint.engine.forums import forum_terms


@pytest.mark.parametrize(("sentence", "forums"), [
    ("We'll set up a Season Committee with two people from your side and two from ours.", ["season committee"]),
    ("A Joint Partnership Council is established by this Agreement.", ["joint partnership council"]),
    ("We and you will sit together in a joint forum we call the Ride Care Table.", ["ride care table"]),
    ("The parties shall constitute an Operations Coordination Cell and an Apex Review Board.",
     ["apex review board", "operations coordination cell"]),
    # a plural possessive names the members, not an owner; a standing consultation is held
    ("The parties shall form a \"Captains' Council\" of six persons, three named by each party.", ["captains' council"]),
    ("The parties shall hold a Work Consultation every two weeks.", ["work consultation"]),
    # a body one party owns is not the relationship's
    ("The Supplier's Audit Committee, formed under its articles, oversees its risks.", []),
    # named but not set up here; the Board of Directors; a noun alone
    ("The Season Committee meets every two weeks.", []),
    ("The Board of Directors of the Supplier shall be formed of five persons.", []),
    ("The Supplier shall form links with the Massachusetts Commission for the Blind.", []),
    ("The Parties shall constitute an Operations Coordination Cell of two officers of each Party.",
     ["operations coordination cell"]),
    ("The parties shall establish a Committee.", []),
    # a naming verb names what follows it, not a company organ before it
    ('ACME S.A., represented by two members of the Management Board, hereinafter referred to as the "Client".', []),
    # named with seats for both parties, in the next sentence; members of one party's own are no seats
    ("The Harvest Table is where we set the direction. It has two senior people from you and two from us.",
     ["harvest table"]),
    # brought in by "A" as a body that meets; a body named before ("The") is not set up here
    ("A Technical Cell, composed of the two Correspondents, shall meet every week.", ["technical cell"]),
    ("7.2 An Export Desk Circle shall meet each month to plan shipments.", ["export desk circle"]),
    ("The Technical Cell shall meet every week.", []),
    # ... or that meets, in the present, after its paragraph's own number; a round of something else is no body
    ("(2) An Operations Round of the contact persons of both parties meets every two weeks.", ["operations round"]),
    ("The Operations Round meets every two weeks.", []),
    ("A Funding Round closes each March.", []),
    ("A Supplier Manager shall meet the Client each month.", []),
    # named by what it is, at the head of its sentence
    ("Shop Talk is a weekly video huddle between our Team Manager and your Parts Support Manager.", ["shop talk"]),
    ("Pulse is a weekly huddle between the team leaders.", []),  # one word is no name to look for
    ("The Supplier's Risk Panel is a committee of its board.", []),
    ("The Principal keeps an internal Supplier Steering Circle, composed of its heads of After Sales and Purchasing.",
     []),
])
def test_the_bodies_a_contract_sets_up(sentence: str, forums: list[str]) -> None:
    assert forum_terms(document_from_text(sentence + "\n")) == forums


def test_a_body_brought_in_with_its_name_in_the_original_and_an_acronym() -> None:
    """ "A Technical Monitoring Committee (comité technique de suivi, COTECH), composed of ..., shall meet monthly":
    the composition may run long before "shall meet", and "the COTECH" is the body where the contract uses it."""
    text = ("7.2 A Technical Monitoring Committee (comité technique de suivi, COTECH), composed of the contract referent "
            "and two budget advisers for the Département and the account manager and team leader for the Holder, shall "
            "meet monthly to review the dashboard.\n\n22.1 A difficulty not settled within three days is referred to "
            "the COTECH.\n")
    assert forum_terms(document_from_text(text)) == ["cotech", "technical monitoring committee"]


def test_a_body_set_up_under_its_original_name_with_a_translation_in_brackets() -> None:
    """ "A Comisión de Seguimiento (Monitoring Commission) is hereby constituted": the contract then uses the
    original name, which is the body as much as the translation is."""
    text = ("3.1 A Comisión de Seguimiento (Monitoring Commission) is hereby constituted, made up of two "
            "representatives of each Party.\n\n3.2 The Comisión de Seguimiento shall meet monthly.\n")
    assert forum_terms(document_from_text(text)) == ["comisión de seguimiento", "monitoring commission"]
    # (a regulator's name before a bracket of another body is not the body)
    other = ("3.1 A Monitoring Commission is hereby constituted, made up of two representatives of each Party.\n\n"
             "3.2 The Comisión Nacional de Telecomunicaciones (the regulator) may ask for its minutes.\n")
    assert forum_terms(document_from_text(other)) == ["monitoring commission"]


def test_a_team_is_a_body_only_where_its_sentence_seats_both_parties() -> None:
    """Polish drafting: "the Parties appoint a Coordination Team composed of two representatives of the Awarding
    Entity and two representatives of the Contractor"; a provider's own team is no body of the relationship."""
    head = 'This Contract is made between Torun City ("Awarding Entity") and Vistula Contact ("Contractor").\n\n'
    seated = head + ("1. The Parties appoint a Coordination Team composed of two representatives of the Awarding "
                     "Entity and two representatives of the Contractor.\n")
    assert forum_terms(document_from_text(seated)) == ["coordination team"]
    own = head + "1. The Contractor shall set up an Operations Team of ten agents and two team leaders.\n"
    assert forum_terms(document_from_text(own)) == []


def test_a_body_is_also_found_by_the_shorter_names_the_contract_then_uses() -> None:
    """"the Partnership Table" and "the Table" stand for the "Hiring Line Partnership Table"; a lone noun
    keeps its capital, so that "the table below" is not the body."""
    text = ('We\'ll set up a "Hiring Line Partnership Table": our HR director and your site manager.\n\n'
            "The Table meets every other week. The Partnership Table takes up escalated issues.\n")
    assert forum_terms(document_from_text(text)) == ["Table", "hiring line partnership table", "partnership table"]
    lower = 'We\'ll set up a "Hiring Line Partnership Table" with your site manager.\n\nThe table below lists volumes.\n'
    assert forum_terms(document_from_text(lower)) == ["hiring line partnership table"]
    # "the Board" is as often the company's own board: a lone "Board" is never a short name
    board = "The parties shall establish a Joint Review Board.\n\nThe Board approved the budget.\n"
    assert forum_terms(document_from_text(board)) == ["joint review board"]


def test_a_lone_commission_is_the_body_only_where_no_other_commission_is_named() -> None:
    """"The Commission" is the "Joint Monitoring Commission" the contract sets up, unless the contract
    also names an outside commission, such as a regulator, that the lone noun could mean."""
    own = ("A Joint Monitoring Commission is hereby constituted, composed of three members appointed by each Party.\n\n"
           "The Commission shall meet every two months.\n")
    assert forum_terms(document_from_text(own)) == ["Commission", "joint monitoring commission"]
    regulator = own + "\nThe Supplier shall report to the National Communications Commission. The Commission may fine it.\n"
    assert forum_terms(document_from_text(regulator)) == ["joint monitoring commission"]


def test_each_side_sending_its_people_sets_up_a_body() -> None:
    """"We and you will each send two people to a Joint Table" names a body with seats for both sides;
    one side sending its own people to a table does not."""
    cover = 'This contract is between Tuktu Co-op ("we") and Baffin Contact Inc. ("you").\n\n'
    both = cover + "We and you will each send two people to a Joint Table, which meets every month.\n"
    assert forum_terms(document_from_text(both)) == ["joint table"]
    one = cover + "We will send two people to a Quality Table, which meets every month.\n"
    assert forum_terms(document_from_text(one)) == []


def test_a_governance_table_lists_its_bodies_in_the_first_column() -> None:
    """Under a first column headed "Forum" each row names a body or a standing meeting ("Floor Review"),
    however plain its set-up sentence; a row's first cell under any other heading ("Activity") names
    none, nor does a unit that is no body."""
    table = ("11. The governance of this Contract is as follows:\n\n| Forum | Members | Frequency |\n|---|---|---|\n"
             "| Partnership Board | Client director; Supplier director | quarterly |\n"
             "| Service Cell | Client supervisor; Supplier team leaders | weekly |\n"
             "| Floor Review | Client supervisor; Supplier floor leads | every two weeks |\n"
             "| Supplier Governance Office | Client staff only | continuous |\n")
    assert forum_terms(document_from_text(table)) == ["floor review", "partnership board", "service cell"]
    other = table.replace("| Forum |", "| Activity |")
    assert forum_terms(document_from_text(other)) == []


def test_a_governance_table_may_keep_the_bodies_names_in_the_original() -> None:
    """A translation may keep a body's own name, noun first: "Comité de pilotage", "Mesa Técnica Operativa"."""
    table = ("6. The governance bodies are the following:\n\n| Body | Composition | Frequency |\n|---|---|---|\n"
             "| Comité de pilotage | two members per party | every quarter |\n"
             "| Mesa Técnica Operativa | interlocutors of both parties | every month |\n"
             "| Secretaría | staff of the Mandator | continuous |\n")
    assert forum_terms(document_from_text(table)) == ["comité de pilotage", "mesa técnica operativa"]


@pytest.mark.parametrize(("sentence", "forums"), [
    # a sub-body made up of named roles of both parties
    ("A Technical Sub-commission, composed of the supervisors of both parties, shall deal with operational "
     "matters.", ["technical sub-commission"]),
    ("A Field Sub-committee, made up of the desk leads of each party, shall follow the daily work.",
     ["field sub-committee"]),
    # one party's people only make no joint body
    ("A Technical Sub-commission, composed of the Provider's supervisors, shall deal with operational matters.", []),
])
def test_a_sub_body_made_up_of_both_parties_people(sentence: str, forums: list[str]) -> None:
    assert forum_terms(document_from_text(sentence + "\n")) == forums


@pytest.mark.parametrize(("sentence", "forums"), [
    # the second of a list the verb sets up, far from the verb
    ("The parties shall establish an Executive Council, composed of the Company's Director (Merchandising) and "
     "Head of Commercial and the Service Provider's Managing Director and Head of Delivery, and a Floor Review "
     "Group, composed of the Company's senior merchandisers.", ["executive council", "floor review group"]),
    # members each side appoints
    ("The Joint Orientation Council consists of two members appointed by the School, including its Director of "
     "Studies, and two members appointed by the Agency.", ["joint orientation council"]),
    # the people of two named sides
    ("The Enrolment Operations Cell, made up of the School's admissions officers and the Agency's team leaders, "
     "meets every week.", ["enrolment operations cell"]),
    # one side's people only: its own body
    ("The Enrolment Operations Cell, made up of the School's admissions officers and the School's registrars, "
     "meets every week.", []),
])
def test_a_body_of_both_sides_people_or_one_of_a_list_set_up(sentence: str, forums: list[str]) -> None:
    assert forum_terms(document_from_text(sentence + "\n")) == forums


def test_a_body_named_by_what_is_done_in_it_or_by_the_officers_of_each_party() -> None:
    """"X is where we run this agreement" names a forum; so does a body of officers "of" each party in
    turn, where both are parties of the contract (not two outside bodies)."""
    text = ("This agreement is between Grassy Hampers Pty Ltd (\"we\") and Bass Contact Pty Ltd (\"you\").\n\n"
            "The Paddock Meeting is where we run this agreement together.\n")
    assert forum_terms(document_from_text(text)) == ["paddock meeting"]
    assert forum_terms(document_from_text("The Paddock Meeting is where we keep the hampers.\n")) == []
    preamble = ('Subak Tegal Sari, hereinafter referred to as the "FIRST PARTY", and PT Layanan Nusa, hereinafter '
                'referred to as the "SECOND PARTY", agree as follows.\n\n')
    sentence = ("At the leadership level, the Paruman Forum, consisting of the Pekaseh and the Petengen of the {a} and "
                "the President Director of the {b}, meets once every three months.\n")
    assert forum_terms(document_from_text(preamble + sentence.format(a="FIRST PARTY", b="SECOND PARTY"))) == [
        "paruman forum"]
    # officers of two outside bodies make no forum of the parties
    assert forum_terms(document_from_text(preamble + sentence.format(a="Regency Office", b="Water Board"))) == []


def test_a_lone_council_or_committee_is_the_body_unless_a_party_is_called_so() -> None:
    """"the Council" is the "Export Line Council" the contract sets up; where the client is the Council,
    the lone noun names the client, not the body."""
    own = ("We and you will set up an Export Line Council of two people from each side.\n\n"
           "If the main contacts cannot solve a problem, either of us can send it to the Council.\n")
    assert forum_terms(document_from_text(own)) == ["Council", "export line council"]
    party = ('This Agreement is made between Mountain Shire Council ("Council") and Relay Contact Ltd ("Supplier").'
             "\n\nThe parties shall establish a Contract Review Council.\n\nThe Council shall pay the Supplier.\n")
    assert forum_terms(document_from_text(party)) == ["contract review council"]
