"""Who is obliged, permitted or forbidden in one sentence of real contract wording."""

from __future__ import annotations

import pytest

from contractlint.nlp.obligations import Obligation, find_obligations

ACTORS = {
    "client": "client",
    "customer": "client",
    "the bank": "client",
    "acme bank plc": "client",
    "acme bank": "client",
    "supplier": "provider",
    "service provider": "provider",
    "helix": "provider",
}


def _read(sentence: str) -> list[tuple[str, str, str, bool, str]]:
    """Each obligation as (actor, role, modality, negated, predicate text)."""
    return [
        (o.actor, o.role, o.modality, o.negated, sentence[o.predicate_start : o.predicate_end])
        for o in find_obligations(sentence, ACTORS)
    ]


# (sentence, every obligation expected as (actor, role, modality, negated, predicate))
CASES = [
    pytest.param(
        "The Supplier shall receive the Client's invoices each quarter and shall visit the Client's warehouse.",
        [("The Supplier", "provider", "obliged", False, "receive the Client's invoices each quarter"),
         ("The Supplier", "provider", "obliged", False, "visit the Client's warehouse")],
        id="a-second-modal-after-and-keeps-the-subject-not-a-possessive-in-the-object",
    ),
    pytest.param(
        "Each Contracting Party shall designate one Interlocutor.",
        [("Each Contracting Party", "both", "obliged", False, "designate one Interlocutor")],
        id="each-contracting-party-binds-both",
    ),
    pytest.param(
        "Each Outorgante shall appoint an Interlocutor.",
        [("Each Outorgante", "both", "obliged", False, "appoint an Interlocutor")],
        id="each-outorgante-binds-both",
    ),
    pytest.param(
        "Helix's Account Manager and Acme Bank's Head of Collections shall try to resolve it within five Business Days.",
        [("Helix's Account Manager and Acme Bank's Head of Collections", "both", "obliged", False,
          "try to resolve it within five Business Days")],
        id="each-party's-person-coordinated-binds-both",
    ),
    pytest.param(
        "Acme Bank's Head of Collections shall approve the scripts.",
        [("Acme Bank's Head of Collections", "client", "obliged", False, "approve the scripts")],
        id="one-party's-person-binds-that-party",
    ),
    pytest.param(
        "The Supplier shall respond within 4 hours.",
        [("The Supplier", "provider", "obliged", False, "respond within 4 hours")],
        id="provider-obliged-not-client",
    ),
    pytest.param(
        "The Client may, at its discretion, respond.",
        [("The Client", "client", "permitted", False, "respond")],
        id="client-may-at-discretion-is-permitted",
    ),
    pytest.param(
        "The Client shall respond to any escalated customer issue within four (4) business hours.",
        [("The Client", "client", "obliged", False,
          "respond to any escalated customer issue within four (4) business hours")],
        id="client-obliged-to-respond",
    ),
    pytest.param(
        "The Supplier may amend the Service Levels at its sole discretion upon notice to the Client.",
        [("The Supplier", "provider", "permitted", False,
          "amend the Service Levels at its sole discretion upon notice to the Client")],
        id="provider-permitted-to-amend",
    ),
    pytest.param(
        "Service Levels may be amended only by written agreement of both parties.",
        [("", "unknown", "permitted", False, "amended only by written agreement of both parties")],
        id="passive-without-party-agent-binds-nobody",
    ),
    pytest.param(
        "The Supplier shall not be obliged to designate a single point of contact.",
        [("The Supplier", "provider", "obliged", True, "designate a single point of contact")],
        id="shall-not-be-obliged-is-negated-duty",
    ),
    pytest.param(
        "The Supplier shall not remove or replace Key Personnel without the Client's prior written "
        "consent.",
        [("The Supplier", "provider", "prohibited", False,
          "remove or replace Key Personnel without the Client's prior written consent")],
        id="conditional-prohibition-keeps-its-condition",
    ),
    pytest.param(
        "Each party shall appoint a single point of contact.",
        [("Each party", "both", "obliged", False, "appoint a single point of contact")],
        id="each-party-both-obliged",
    ),
    pytest.param(
        "The Supplier shall designate a Relationship Manager and the Client shall designate a "
        "Contract Manager.",
        [("The Supplier", "provider", "obliged", False, "designate a Relationship Manager"),
         ("the Client", "client", "obliged", False, "designate a Contract Manager")],
        id="two-obligations-in-one-sentence",
    ),
    pytest.param(
        "The Client's Contract Manager shall respond to the Supplier within two (2) Business Days.",
        [("The Client's Contract Manager", "client", "obliged", False,
          "respond to the Supplier within two (2) Business Days")],
        id="possessive-binds-the-owning-party",
    ),
    pytest.param(
        "If the Supplier fails to meet a Service Level in three consecutive months, the Client may "
        "terminate this Agreement.",
        [("the Client", "client", "permitted", False, "terminate this Agreement")],
        id="if-clause-is-no-obligation",
    ),
    pytest.param(
        "All Client Data shall be provided by the Client in the agreed format.",
        [("the Client", "client", "obliged", False, "provided by the Client in the agreed format")],
        id="passive-by-phrase-is-the-actor",
    ),
    pytest.param(
        "Change Requests must be approved by the Customer within five (5) Business Days.",
        [("the Customer", "client", "obliged", False,
          "approved by the Customer within five (5) Business Days")],
        id="passive-must-be-approved-by",
    ),
    pytest.param(
        "Acme Bank plc reserves the right to audit the Supplier's contact centres.",
        [("Acme Bank plc", "client", "permitted", False, "audit the Supplier's contact centres")],
        id="longest-actor-name-wins",
    ),
    pytest.param(
        "The Client has the right at any time during working hours to inspect the Supplier's premises.",
        [("The Client", "client", "permitted", False, "inspect the Supplier's premises")],
        id="right-with-a-time-phrase-before-to",
    ),
    pytest.param(
        "The Service Provider is not required to consult the Bank before reassigning its personnel.",
        [("The Service Provider", "provider", "obliged", True,
          "consult the Bank before reassigning its personnel")],
        id="is-not-required-to",
    ),
    pytest.param(
        "Helix is under no obligation to measure or report the realisation of any benefit.",
        [("Helix", "provider", "obliged", True,
          "measure or report the realisation of any benefit")],
        id="under-no-obligation",
    ),
    pytest.param(
        "A Service Forum made up of the Relationship Leads, the Centre Manager and Helix's Distribution Manager "
        "shall meet every second week to manage forecasts.",
        # (the words before the cue are kept as the actor; the party named in them binds nobody)
        [("Helix's Distribution Manager", "unknown", "obliged", False,
          "meet every second week to manage forecasts")],
        id="a-member-of-the-subject-is-not-the-subject",
    ),
    pytest.param(
        "Helix shall have no obligations concerning personal data beyond the Annex.",
        [("Helix", "provider", "obliged", True, "personal data beyond the Annex")],
        id="no-obligations-plural",
    ),
    pytest.param(
        "Neither party shall be required to attend more than four meetings in any Contract Year.",
        [("Neither party", "both", "obliged", True,
          "attend more than four meetings in any Contract Year")],
        id="neither-party-required-is-negated",
    ),
    pytest.param(
        "Neither party shall disclose the terms of this Agreement to any third party.",
        [("Neither party", "both", "prohibited", False,
          "disclose the terms of this Agreement to any third party")],
        id="neither-party-shall-is-prohibition",
    ),
    pytest.param(
        "Nothing in this Agreement requires the Supplier to establish a steering committee.",
        [("the Supplier", "provider", "obliged", True, "establish a steering committee")],
        id="nothing-in-this-agreement-requires",
    ),
    pytest.param(
        "The Service Provider shall, at its own cost, provide the Bank with monthly reports.",
        [("The Service Provider", "provider", "obliged", False,
          "provide the Bank with monthly reports")],
        id="aside-between-modal-and-verb",
    ),
    pytest.param(
        "The Client will, at its sole discretion, decide whether to extend the Term.",
        [("The Client", "client", "permitted", False, "decide whether to extend the Term")],
        id="will-at-its-sole-discretion-is-permission",
    ),
    pytest.param(
        "The Service Provider has no right to terminate this Agreement for convenience.",
        [("The Service Provider", "provider", "prohibited", False,
          "terminate this Agreement for convenience")],
        id="has-no-right-to",
    ),
    pytest.param(
        "The Supplier and the Client shall each appoint a Contract Manager.",
        [("The Supplier and the Client", "both", "obliged", False, "each appoint a Contract Manager")],
        id="coordinated-parties-are-both",
    ),
    pytest.param(
        "First, the Account Director and the Client's Service Manager shall try to resolve it within three days.",
        [("the Account Director and the Client's Service Manager", "unknown", "obliged", False,
          "try to resolve it within three days")],
        id="a-title-of-no-named-party-with-a-party's-person-binds-neither-side",
    ),
    pytest.param(
        "The Supplier shall deliver the report and the Client shall approve it within five days.",
        [("The Supplier", "provider", "obliged", False, "deliver the report"),
         ("the Client", "client", "obliged", False, "approve it within five days")],
        id="a-clause-before-and-is-no-coordinated-subject",
    ),
    pytest.param(
        "The Supplier shall appoint a Relationship Manager and shall ensure that the Relationship "
        "Manager attends every meeting of the Steering Committee.",
        [("The Supplier", "provider", "obliged", False, "appoint a Relationship Manager"),
         ("The Supplier", "provider", "obliged", False,
          "ensure that the Relationship Manager attends every meeting of the Steering Committee")],
        id="elided-subject-keeps-the-actor",
    ),
    pytest.param(
        "The Supplier shall: (a) appoint a single point of contact; and (b) provide monthly reports.",
        [("The Supplier", "provider", "obliged", False,
          "(a) appoint a single point of contact; and (b) provide monthly reports")],
        id="list-belongs-to-its-modal",
    ),
    pytest.param(
        "The Customer shall: (b) pay the Charges; and",
        [("The Customer", "client", "obliged", False, "(b) pay the Charges")],
        id="item-read-with-its-lead-in",
    ),
    pytest.param(
        "Acme Bank shall pay each undisputed invoice within thirty (30) days of receipt, unless "
        "disputed in good faith.",
        [("Acme Bank", "client", "obliged", False,
          "pay each undisputed invoice within thirty (30) days of receipt")],
        id="predicate-stops-at-unless",
    ),
    pytest.param(
        "5.1 The parties shall establish a Joint Steering Committee.",
        [("The parties", "both", "obliged", False, "establish a Joint Steering Committee")],
        id="clause-number-before-the-actor",
    ),
    pytest.param(
        "The Supplier is responsible for recruiting, training and retaining all agents.",
        [("The Supplier", "provider", "obliged", False, "recruiting, training and retaining all agents")],
        id="is-responsible-for",
    ),
    pytest.param(
        "The Supplier is prohibited from subcontracting any part of the Services.",
        [("The Supplier", "provider", "prohibited", False, "subcontracting any part of the Services")],
        id="is-prohibited-from",
    ),
    pytest.param(
        "The Client is entitled to withhold payment of any amount disputed in good faith.",
        [("The Client", "client", "permitted", False,
          "withhold payment of any amount disputed in good faith")],
        id="is-entitled-to",
    ),
    pytest.param(
        "The Bank shall be entitled, on ten (10) Business Days' notice, to audit the Supplier's "
        "compliance with this Agreement.",
        [("The Bank", "client", "permitted", False, "audit the Supplier's compliance with this Agreement")],
        id="aside-inside-entitled-to",
    ),
    pytest.param(
        "Helix hereby undertakes to maintain ISO/IEC 27001 certification for every site.",
        [("Helix", "provider", "obliged", False, "maintain ISO/IEC 27001 certification for every site")],
        id="hereby-undertakes-to",
    ),
    pytest.param(
        "The Supplier is free to operate its own staff reward schemes, but nothing in this Agreement "
        "requires it to recognise or reward agents for any particular behaviour.",
        [("The Supplier", "provider", "permitted", False, "operate its own staff reward schemes"),
         ("it", "provider", "obliged", True,
          "recognise or reward agents for any particular behaviour")],
        id="pronoun-takes-the-only-party-named",
    ),
    pytest.param(
        "The Supplier shall provide any report that the Client may reasonably request.",
        [("The Supplier", "provider", "obliged", False,
          "provide any report that the Client may reasonably request"),
         ("the Client", "client", "permitted", False, "reasonably request")],
        id="relative-clause-cue-is-reported",
    ),
    pytest.param(
        '"Services" shall mean the services described in Schedule 1.',
        [],
        id="definition-is-no-duty",
    ),
    pytest.param(
        "Any report delivered by the Supplier shall include a root cause analysis.",
        [("Any report delivered by the Supplier", "unknown", "obliged", False,
          "include a root cause analysis")],
        id="party-after-a-preposition-is-not-the-subject",
    ),
    # ... but a person the party designates acts for it
    pytest.param(
        "Once a month the Client's Journey Owner or a person designated by the Client may listen in to live calls.",
        [("a person designated by the Client", "client", "permitted", False, "listen in to live calls")],
        id="a-person-designated-by-a-party-acts-for-it",
    ),
    # ", and shall" after a relative clause goes back to the sentence's subject
    pytest.param(
        "The Supplier shall handle all contacts in the Client's system, to which the Client shall grant it access, "
        "and shall record every contact there.",
        [("The Supplier", "provider", "obliged", False,
          "handle all contacts in the Client's system, to which the Client shall grant it access"),
         ("the Client", "client", "obliged", False, "grant it access"),
         ("The Supplier", "provider", "obliged", False, "record every contact there")],
        id="and-shall-after-a-relative-clause",
    ),
    # a lead-in read with its item, as the engine reads "4.2 The Customer is obliged:" / "4.2.3 to maintain ..."
    pytest.param(
        "The Customer is obliged: to maintain a priority line.",
        [("The Customer", "client", "obliged", False, "to maintain a priority line")],
        id="obliged-colon-lead-in",
    ),
    pytest.param(
        "The Supplier undertakes: (a) to answer calls.",
        [("The Supplier", "provider", "obliged", False, "(a) to answer calls")],
        id="undertakes-colon-lead-in",
    ),
    # ... and a right's lead-in: "3.2. The Bank has the right:" / "3.2.2. to visit the call centre ..."
    pytest.param(
        "The Customer has the right: to visit the call centre.",
        [("The Customer", "client", "permitted", False, "to visit the call centre")],
        id="has-the-right-colon-lead-in",
    ),
    pytest.param(
        "The Supplier is entitled: to suspend the service.",
        [("The Supplier", "provider", "permitted", False, "to suspend the service")],
        id="entitled-colon-lead-in",
    ),
    # ... and a prohibition among the items of a duty: "2.1. The Contractor shall:" / "2.1.6. not transfer ..."
    pytest.param(
        "The Supplier shall: not transfer the services to third parties.",
        [("The Supplier", "provider", "prohibited", False, "transfer the services to third parties")],
        id="shall-colon-not-lead-in",
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_find_obligations(sentence: str, expected: list[tuple[str, str, str, bool, str]]) -> None:
    """Each obligation has the right actor, role, modality, negation and predicate text."""
    assert _read(sentence) == expected


def test_provider_duty_is_not_a_client_duty() -> None:
    """"The Supplier shall respond" gives the client no duty to respond (catalog trap)."""
    found = find_obligations("The Supplier shall respond within 4 hours.", ACTORS)
    assert [o.role for o in found] == ["provider"]


def test_joint_amendment_is_no_provider_permission() -> None:
    """Amendment "only by written agreement of both parties" is no unilateral provider right."""
    sentence = "Service Levels may be amended only by written agreement of both parties."
    assert not [
        o for o in find_obligations(sentence, ACTORS)
        if o.modality == "permitted" and o.role in ("provider", "both")
    ]


def test_spans_point_into_the_sentence() -> None:
    """``start`` is the actor's offset; in the passive it is the modal's."""
    active = "Then the Supplier shall respond."
    passive = "Reports shall be provided by the Client."
    (a,) = find_obligations(active, ACTORS)
    (p,) = find_obligations(passive, ACTORS)
    assert active[a.start :].startswith("the Supplier shall")
    assert passive[p.start :].startswith("shall be provided")


def test_obligation_is_frozen() -> None:
    """Obligations are values: they cannot be changed after the fact."""
    (found,) = find_obligations("The Supplier shall respond.", ACTORS)
    assert isinstance(found, Obligation)
    with pytest.raises(ValueError):
        found.role = "client"  # type: ignore[misc]


def test_unknown_role_in_actor_map_is_rejected() -> None:
    """A typo in the role of a party name is reported, not silently mapped."""
    with pytest.raises(ValueError, match="role 'providr' is not one of"):
        find_obligations("The Vendor shall respond.", {"vendor": "providr"})


def test_builtin_actors_need_no_mapping() -> None:
    """"Either party" is known without the contract's own party names."""
    (found,) = find_obligations("Either party may terminate this Agreement on notice.", {})
    assert (found.actor, found.role, found.modality) == ("Either party", "both", "permitted")


@pytest.mark.parametrize(("sentence", "roles"), [
    ("In addition, at least once each quarter the Supplier must host a call listening session.", ["provider"]),
    ("Once a month the Supplier shall report the results to the Client.", ["provider"]),
    # "once" opening a condition still suspends the duty inside it
    ("Once the plan is approved the Supplier must host a call listening session.", []),
])
def test_once_as_a_frequency_is_no_condition(sentence: str, roles: list[str]) -> None:
    assert [o.role for o in find_obligations(sentence, ACTORS)] == roles


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Supplier maintains a business continuity plan, which Supplier tests at least once a year.",
     [("Supplier", "provider", "maintains a business continuity plan, which Supplier tests at least once a year"),
      ("Supplier", "provider", "tests at least once a year")]),
    ("Customer provides a dedicated phone bridge into its monitoring centre.",
     [("Customer", "client", "provides a dedicated phone bridge into its monitoring centre")]),
    # a verb of knowing binds nobody, nor what the other party is said to do after "that"
    ("The Supplier acknowledges that the Client provides its own helpline.", []),
    # a negated object, a negative subject and a condition bind nobody either
    ("The Supplier gives no undertaking as to data security.", []),
    ("Neither the Supplier nor the Client provides any warranty.", []),
    ("If the Supplier maintains a second site, it is at its own cost.", []),
    # a plural subject takes the plain form of the verb; "agree" is no verb of doing
    ("The Parties establish a Steering Board of four members.",
     [("The Parties", "both", "establish a Steering Board of four members")]),
    ("Both parties jointly fund the innovation pot.", [("Both parties", "both", "fund the innovation pot")]),
    ("The Supplier establish a board.", []),
    ("The parties agree that Austrian law applies.", []),
    # translations keep the French and Dutch present of duty
    ("The Supplier complies with all laws applicable to its work.",
     [("The Supplier", "provider", "complies with all laws applicable to its work")]),
    ("The Supplier implements the security measures in Annex 1.",
     [("The Supplier", "provider", "implements the security measures in Annex 1")]),
    # ... but "processes" describes as often as it binds: it binds only as a limit
    ("Whether the Supplier processes personal data is for the Client to say.", []),
    ("The Supplier processes personal data of callers on behalf of the Client.", []),
    ("The Parties process personal data as joint controllers.", []),
    ("The Supplier processes the personal data only on the Client's instructions.",
     [("The Supplier", "provider", "processes the personal data only on the Client's instructions")]),
    ("If the Parties meet, minutes are kept.", []),
    # German drafting's present of duty, as at exit
    ("Upon expiry, the Supplier supports the Client for up to six months in taking over the service.",
     [("the Supplier", "provider", "supports the Client for up to six months in taking over the service")]),
    ("If the Supplier supports other clients from the same site, the costs are its own.", []),
])
def test_a_verb_of_doing_in_the_present_tense_binds_its_party(sentence, expected):
    found = [(o.actor, o.role, sentence[o.predicate_start:o.predicate_end])
             for o in find_obligations(sentence, ACTORS) if o.modality == "obliged" and not o.negated]
    assert found == expected


def test_we_and_you_are_bound_by_the_plain_form_of_the_verb():
    actors = {"we": "provider", "you": "client"}
    found = find_obligations("We maintain a continuity plan and you provide the forecast.", actors)
    assert [(o.role, o.modality) for o in found] == [("provider", "obliged"), ("client", "obliged")]


def test_present_tense_duties_can_be_switched_off_for_recitals():
    sentence = "The Customer provides telephone banking to its account holders."
    assert find_obligations(sentence, ACTORS)
    assert find_obligations(sentence, ACTORS, present_tense=False) == []


# Plain-English drafting contracts its modals: each form reads as its full form does.
@pytest.mark.parametrize(("sentence", "expected"), [
    ("You'll run a recognition scheme for your team each quarter.",
     [("provider", "obliged", False, "run a recognition scheme for your team each quarter")]),
    ("You’ll record every call in our client database.",
     [("provider", "obliged", False, "record every call in our client database")]),
    ("You won't subcontract any part of the services.",
     [("provider", "prohibited", False, "subcontract any part of the services")]),
    ("You can't charge callers anything.", [("provider", "prohibited", False, "charge callers anything")]),
    ("You don't need to send us an invoice.", [("provider", "obliged", True, "send us an invoice")]),
    ("You won't be required to staff the line at night.",
     [("provider", "obliged", True, "staff the line at night")]),
    ("You're responsible for your own rosters.", [("provider", "obliged", False, "your own rosters")]),
    # "we'll each" and "we will jointly" bind both parties, not the one that writes "we"
    ("We'll each name one person as the main contact.",
     [("both", "obliged", False, "name one person as the main contact")]),
    ("We will jointly review the action list.", [("both", "obliged", False, "review the action list")]),
    # an apostrophe that is a possessive is no modal
    ("Our Intake Coordinator's decision is final.", []),
])
def test_contracted_modals_read_as_their_full_forms(sentence, expected):
    actors = {"we": "client", "us": "client", "our": "client", "you": "provider"}
    found = [(o.role, o.modality, o.negated, sentence[o.predicate_start:o.predicate_end])
             for o in find_obligations(sentence, actors)]
    assert found == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Each quarter our rider care team may sit with your agents.",
     [("our rider care team", "client", "permitted")]),
    ("Your Account Lead shall attend every meeting.", [("Your Account Lead", "provider", "obliged")]),
])
def test_our_and_your_own_the_people_of_the_party_that_writes_or_is_addressed(sentence, expected):
    actors = {"we": "client", "us": "client", "our": "client", "you": "provider", "your": "provider"}
    assert [(o.actor, o.role, o.modality) for o in find_obligations(sentence, actors)] == expected


def test_an_aside_between_the_modal_and_the_verb_is_kept_for_its_duration():
    # "shall, within 24 hours of each report, inform": the duration qualifies the duty, so a rule's
    # "obliges client to X with duration" must see it, though the aside is no part of what is done.
    sentence = "The Client shall, within twenty-four (24) hours of each report, inform the Supplier of the crew."
    (duty,) = find_obligations(sentence, ACTORS)
    assert sentence[duty.predicate_start:duty.predicate_end] == "inform the Supplier of the crew"
    assert duty.aside_start is not None
    assert sentence[duty.aside_start:duty.predicate_start].strip(" ,") == "within twenty-four (24) hours of each report"
    (plain,) = find_obligations("The Client shall inform the Supplier of the crew.", ACTORS)
    assert plain.aside_start is None


def test_the_people_of_a_party_take_the_plural_verb_and_bind_it():
    sentence = "The agents of the Service Company work directly in the Buyer Register."
    found = find_obligations(sentence, {"the service company": "provider", "service company": "provider"})
    assert [(o.role, o.modality, sentence[o.predicate_start:o.predicate_end]) for o in found] == [
        ("provider", "obliged", "work directly in the Buyer Register")]
    # the singular verb after the same people is no duty of the party
    assert find_obligations("The agents of the Service Company works hard.",
                            {"service company": "provider"}) == []


def test_a_duty_runs_on_through_a_semicolon_list_of_bare_verbs():
    # "shall treat ...; process ...; keep ...; and notify ...": each item is the same party's duty.
    sentence = ("The Contractor shall treat grower records as Confidential Information; process them only on "
                "instructions; keep them encrypted; and notify the Cooperative of any security breach.")
    (duty,) = find_obligations(sentence, {"the contractor": "provider", "the cooperative": "client"})
    assert duty.role == "provider"
    assert sentence[duty.predicate_start:duty.predicate_end].endswith("of any security breach")
    # ... but a new subject after the semicolon ends it
    sentence = "The Contractor shall keep the records; the Cooperative shall pay the fees."
    duties = find_obligations(sentence, {"the contractor": "provider", "the cooperative": "client"})
    assert [(o.role, sentence[o.predicate_start:o.predicate_end]) for o in duties] == [
        ("provider", "keep the records"), ("client", "pay the fees")]


def test_a_duty_ends_where_the_other_party_takes_over_after_a_comma():
    """"we'll tell you, and you'll update ... within 2 working days": the two days are the provider's duty,
    not the client's; a party named inside the duty itself ("ensure that the Client may") ends nothing."""
    actors = {"we": "client", "you": "provider"}
    sentence = "When we change a tour, we'll tell you, and you'll update your scripts within 2 working days."
    duties = find_obligations(sentence, actors)
    assert [(o.role, sentence[o.predicate_start:o.predicate_end]) for o in duties] == [
        ("client", "tell you"), ("provider", "update your scripts within 2 working days")]
    sentence = "The Supplier shall ensure that the Client may inspect the records."
    found = find_obligations(sentence, {"the supplier": "provider", "the client": "client"})
    first = next(o for o in found if o.role == "provider")
    assert sentence[first.predicate_start:first.predicate_end] == "ensure that the Client may inspect the records"


def test_an_opening_it_binds_the_party_the_sentence_before_was_about():
    """Translated drafting: "The Contractor processes the data ... It implements appropriate measures";
    without an antecedent the pronoun binds nobody in particular."""
    actors = {"the contractor": "provider", "the principal": "client"}
    sentence = "It implements appropriate technical and organisational measures to ensure their security."
    assert [(o.role, o.modality) for o in find_obligations(sentence, actors, antecedent="provider")] == [
        ("provider", "obliged")]
    assert all(o.role != "provider" for o in find_obligations(sentence, actors))
    # "It is agreed that ..." opens with no party
    assert find_obligations("It is agreed that the fees are fixed.", actors, antecedent="provider") == []
    # a party named in the sentence is still the subject
    duties = find_obligations("It shall notify the Principal, and the Principal shall pay.", actors, antecedent="provider")
    assert [o.role for o in duties] == ["provider", "client"]


def test_what_the_parties_record_binds_no_one_and_may_agree_is_no_duty() -> None:
    """"The parties record that they have decided ..." states a fact; "may agree to fund" is a permission
    to agree, not an agreement to fund."""
    recorded = "The parties record that they have decided not to constitute a joint committee."
    assert [o for o in find_obligations(recorded, ACTORS) if o.modality == "obliged"] == []
    may_agree = "The Parties may agree to fund joint projects in future."
    assert [o.modality for o in find_obligations(may_agree, ACTORS)] == ["permitted"]
    agree = "The Parties agree to fund joint projects."
    assert [o.modality for o in find_obligations(agree, ACTORS)] == ["obliged"]


@pytest.mark.parametrize(("sentence", "roles"), [
    # translated drafting leaves out the comma after a time clause: the party and its modal open the main clause
    ("From signature until the start of operation the Supplier shall carry out the introduction phase.", ["provider"]),
    # ("if", "once" and "when" suspend what follows them, as before: only "until" bounds a duty in time)
    ("If the Supplier fails to meet a service level the Client may terminate.", []),
    # with the comma the clause ends there, as before
    ("Until the start of operation, the Supplier shall carry out the introduction phase.", ["provider"]),
    # nothing opens a main clause inside: the duty stays suspended
    ("Until the plan is approved by the Client.", []),
])
def test_a_condition_without_a_comma_ends_at_the_main_clause(sentence: str, roles: list[str]) -> None:
    assert [o.role for o in find_obligations(sentence, ACTORS)] == roles
