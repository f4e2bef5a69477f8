"""Negated statements and prohibitions in real contract wording."""

from __future__ import annotations

import pytest

from contractlint.nlp.negation import (
    clause_end,
    is_negated,
    is_prohibition,
    negated_spans,
    prohibition_spans,
)


def _span(sentence: str, phrase: str) -> tuple[int, int]:
    start = sentence.index(phrase)
    return start, start + len(phrase)


def _negated(sentence: str, phrase: str) -> bool:
    return is_negated(sentence, *_span(sentence, phrase))


def _prohibited(sentence: str, phrase: str) -> bool:
    return is_prohibition(sentence, *_span(sentence, phrase))


# (sentence, phrase that is negated)
NEGATED = [
    pytest.param("The Client's customer strategy and its marketing are outside the scope of these reviews.",
                 "customer strategy", id="a-subject-outside-the-scope-of-something"),
    pytest.param("The Parties have deliberately not provided for any other committee or level of governance.",
                 "level of governance", id="an-adverb-between-the-auxiliary-and-not"),
    pytest.param("We cannot commit Council funding to joint projects under this agreement.",
                 "joint projects", id="cannot-commit-withholds-a-promise"),
    pytest.param("The Supplier will not guarantee any level of savings.", "savings", id="will-not-guarantee"),
    pytest.param("The results are collected for information only and shall not form part of the Service "
                 "Levels.", "results", id="subject-of-joined-predicates"),
    pytest.param("The results are collected for information only and shall not form part of the Service "
                 "Levels.", "Service Levels", id="second-of-two-joined-predicates"),
    pytest.param("Nothing in this Agreement appoints a single owner of the end-to-end process.",
                 "single owner", id="nothing-appoints"),
    pytest.param("The parties have agreed not to form a joint steering committee.", "joint steering committee",
                 id="agreed-not-to-form"),
    pytest.param("We won't set up a joint committee.", "joint committee", id="wont-set-up"),
    pytest.param("We will not have a formal escalation ladder.", "formal escalation ladder",
                 id="will-not-have-a"),
    pytest.param("New technology is your own investment. We won't co-fund it.", "co-fund", id="wont-co-fund"),
    pytest.param("Neither of us owns the process from end to end.", "process from end to end",
                 id="neither-of-us-owns"),
    pytest.param("Annex (7) (Annual Partner Scorecard) is reserved.", "Annual Partner Scorecard",
                 id="a-part-that-is-reserved"),
    pytest.param("The Supplier shall have no obligations concerning personal data or information security.",
                 "personal data", id="no-obligations-plural"),
    pytest.param("Neither of us has to go to mediation before starting court proceedings.", "go to mediation",
                 id="neither-has-to-before"),
    pytest.param("Nothing in this Agreement creates a joint steering committee.",
                 "joint steering committee", id="nothing-creates"),
    pytest.param("Nothing in this Contract commits the State to any joint investment with Contractor.",
                 "joint investment", id="nothing-commits"),
    pytest.param("Nothing in this Agreement binds the Client to purchase any minimum volume.",
                 "minimum volume", id="nothing-binds"),
    pytest.param("For each month in which a service level in Annex 1 is not met, a penalty of 2% shall be deducted.",
                 "not met", id="a-long-relative-clause-after-in-which"),
    pytest.param("Nothing in this Contract obligates either party to fund or undertake joint projects.",
                 "joint projects", id="nothing-obligates-to-a-or-undertake-b"),
    pytest.param("The Supplier is not required to appoint a single point of contact.",
                 "single point of contact", id="is-not-required-to"),
    pytest.param("The Supplier shall not be obliged to designate a single point of contact.",
                 "single point of contact", id="shall-not-be-obliged-to"),
    pytest.param("The Supplier is under no obligation to provide a dedicated account manager.",
                 "dedicated account manager", id="under-no-obligation"),
    pytest.param("No steering committee shall be established.", "steering committee",
                 id="no-x-shall-be-established"),
    pytest.param("Neither party shall be required to attend quarterly business reviews.",
                 "quarterly business reviews", id="neither-party-required"),
    pytest.param("Nothing in this Agreement requires the Supplier to establish a governance board.",
                 "governance board", id="nothing-requires"),
    pytest.param("The Client may terminate this Agreement without any obligation to pay "
                 "compensation to the Supplier.", "pay compensation", id="without-any-obligation"),
    pytest.param("The Supplier need not provide a dedicated relationship manager.",
                 "dedicated relationship manager", id="need-not"),
    pytest.param("The Services do not include a customer satisfaction survey.",
                 "customer satisfaction survey", id="does-not-include"),
    pytest.param("All contacts other than complaints shall be handled in Dundee.", "complaints",
                 id="other-than"),
    pytest.param("The Supplier shall report monthly on all KPIs, excluding SL5 and SL6, to the "
                 "Steering Committee.", "SL5", id="excluding"),
    pytest.param("The Service Provider shall have no obligation to measure or report the "
                 "realisation of any benefit.", "realisation of any benefit", id="has-no-obligation"),
    pytest.param("The Supplier shall not be obliged to (a) appoint a single point of contact; or "
                 "(b) attend meetings of the Steering Committee.", "attend meetings",
                 id="list-opened-by-the-cue-is-all-negated"),
    pytest.param("The Supplier shall not be obliged to: (b) attend meetings of the Steering "
                 "Committee.", "attend meetings", id="item-read-with-its-lead-in"),
    pytest.param("Clause 12 shall not apply to the Transition Services.", "Transition Services",
                 id="shall-not-apply-is-about-effect"),
    pytest.param("The Supplier shall not be subject to any annual performance review.",
                 "annual performance review", id="shall-not-be-subject-to"),
    pytest.param("In no event shall the Supplier be liable for indirect loss.", "indirect loss",
                 id="in-no-event-liable"),
    pytest.param("There is no minimum volume commitment.", "minimum volume commitment",
                 id="there-is-no"),
    pytest.param("There's no bonus in this agreement.", "bonus", id="there-s-no"),
    pytest.param("Nobody owns the whole process from end to end.", "whole process", id="nobody"),
    pytest.param("No one person is accountable for the journey.", "accountable", id="no-one"),
]

# (sentence, phrase that is NOT negated: the scope of a negation ended before it)
NOT_NEGATED = [
    # ... which ends at its comma, before the main clause's own subject
    pytest.param("For each month in which a service level in Annex 1 is not met, a penalty of 2% shall be deducted.",
                 "penalty", id="the-main-clause-after-a-long-relative-clause"),
    # "and undertakes to" opens a promise of its own
    pytest.param("The Supplier is not required to hold meetings, and undertakes to report monthly to the Client.",
                 "report monthly", id="and-undertakes-to-a-new-promise"),
    pytest.param("Those surveys are outside the scope of this Agreement.", "scope of this Agreement",
                 id="what-a-subject-is-outside-the-scope-of"),
    pytest.param("The Client shall pay DJF 1,150 excluding tax for each Booking confirmed beyond that number.",
                 "for each Booking", id="excluding-tax-leaves-out-the-tax-alone"),
    pytest.param("The Client shall keep a telephone line that is reserved for the Supplier's team leaders.",
                 "telephone line", id="a-line-reserved-for-use"),
    pytest.param("Nothing in this Agreement shall prevent the Client from appointing a process owner.",
                 "process owner", id="nothing-prevents-is-no-negation"),
    pytest.param("The Supplier is not required to appoint a single point of contact, but the "
                 "Client shall appoint a Contract Manager.", "Contract Manager", id="stops-at-but"),
    pytest.param("The Supplier is under no obligation to provide monthly reports; the Client shall "
                 "pay the Charges.", "pay the Charges", id="stops-at-semicolon"),
    pytest.param("The Supplier is not required to attend, provided that the Relationship Manager "
                 "attends every meeting.", "Relationship Manager attends", id="stops-at-provided-that"),
    pytest.param("The Supplier (a) is not required to attend the Steering Committee and (b) shall "
                 "appoint a single point of contact.", "single point of contact",
                 id="stops-at-enumeration-item"),
    pytest.param("The Supplier shall not be obliged to designate a Relationship Manager and the "
                 "Client shall designate a Contract Manager.", "Contract Manager",
                 id="stops-at-coordinated-clause"),
    pytest.param("If the dispute is not resolved within ten (10) Business Days, either party may "
                 "refer it to mediation.", "refer it to mediation", id="if-clause-ends-at-comma"),
    pytest.param("The Supplier is not required to attend unless the Client requests it in writing.",
                 "requests it in writing", id="not-unless-condition-is-not-negated"),
    pytest.param("All contacts other than complaints shall be handled in Dundee.",
                 "handled in Dundee", id="exclusion-ends-before-verb"),
    pytest.param("The Supplier shall respond within five (5) Business Days to every complaint.",
                 "every complaint", id="numeral-gloss-is-no-item"),
    pytest.param("Nothing in this clause shall prevent either party from seeking urgent injunctive "
                 "relief.", "injunctive relief", id="nothing-shall-prevent-affirms"),
    pytest.param("Availability shall be not less than 99.5% in each month.", "99.5%",
                 id="not-less-than-is-a-bound"),
    pytest.param("The Bank's consent, such consent not to be unreasonably withheld, is required.",
                 "consent", id="not-unreasonably-withheld"),
    pytest.param("The results are collected for information only and shall not form part of the Service "
                 "Levels.", "for information only", id="first-of-two-joined-predicates"),
    pytest.param("The Client shall pay DKK 38.50 (excluding VAT) for each Booking handled.",
                 "for each Booking", id="exclusion-in-brackets-ends-at-the-bracket"),
]

# (sentence, phrase inside a prohibition, which is never a negation)
PROHIBITED = [
    pytest.param("No one shall disclose the Client's data.", "disclose", id="no-one-shall"),
    pytest.param("The Supplier shall not subcontract any part of the Services without the prior "
                 "written consent of the Client.", "subcontract any part of the Services without "
                 "the prior written consent", id="shall-not-subcontract-without-consent"),
    pytest.param("The Supplier shall not remove or replace Key Personnel without the Client's "
                 "prior written consent.", "Key Personnel without the Client's prior written consent",
                 id="shall-not-remove-key-personnel"),
    pytest.param("The Supplier shall not form any joint venture without the Client's consent.",
                 "joint venture", id="shall-not-form-on-a-condition"),
    pytest.param("The Supplier may not assign this Agreement.", "assign this Agreement",
                 id="may-not"),
    pytest.param("The Supplier agrees not to solicit any employee of the Client.", "solicit any employee",
                 id="agrees-not-to-is-a-prohibition"),
    pytest.param("Neither party shall disclose Confidential Information to any third party.",
                 "disclose Confidential Information", id="neither-party-shall"),
    pytest.param("No change shall take effect unless it has been agreed in writing.",
                 "agreed in writing", id="no-x-unless-is-conditional-prohibition"),
    pytest.param("No dispute shall be referred to arbitration until the Executives have met to resolve it.",
                 "referred to arbitration", id="no-x-until-is-a-rule-of-order"),
    pytest.param("The total Service Credits in any month shall not exceed ten per cent (10%) of the "
                 "Charges.", "ten per cent (10%)", id="shall-not-exceed-is-a-limit"),
    pytest.param("The Service Provider has no right to terminate this Agreement for convenience.",
                 "terminate this Agreement", id="has-no-right"),
    pytest.param("The Supplier is not permitted to use offshore sites.", "offshore sites",
                 id="is-not-permitted"),
    pytest.param("The Supplier shall not, unless the Client so requests, record calls.",
                 "record calls", id="shall-not-unless"),
    pytest.param("The Supplier shall not, and shall procure that its Subcontractors do not, "
                 "disclose Confidential Information.", "disclose Confidential Information",
                 id="echoed-prohibition"),
]


@pytest.mark.parametrize(("sentence", "phrase"), NEGATED)
def test_negated(sentence: str, phrase: str) -> None:
    """A phrase inside a negated statement is negated and is no prohibition."""
    assert _negated(sentence, phrase)
    assert not _prohibited(sentence, phrase)


@pytest.mark.parametrize(("sentence", "phrase"), NOT_NEGATED)
def test_not_negated(sentence: str, phrase: str) -> None:
    """A negation's scope ends with its clause; affirmations and bounds are not negations."""
    assert not _negated(sentence, phrase)


@pytest.mark.parametrize(("sentence", "phrase"), PROHIBITED)
def test_prohibition_is_not_negation(sentence: str, phrase: str) -> None:
    """What a prohibition covers, including its condition, is prohibited and never negated."""
    assert _prohibited(sentence, phrase)
    assert not _negated(sentence, phrase)


def test_negated_span_runs_from_cue_to_clause_end() -> None:
    """The span starts at the cue and ends with the clause, without the full stop."""
    sentence = "The Supplier is not required to appoint a single point of contact."
    assert [sentence[a:b] for a, b in negated_spans(sentence)] == [
        "is not required to appoint a single point of contact"
    ]


def test_prohibition_span_keeps_the_consent_condition() -> None:
    """A conditional prohibition's span runs through "without ..." and ", which shall not ..."."""
    sentence = (
        "The Supplier shall not remove any Key Personnel without the Client's prior written "
        "consent, which shall not be unreasonably withheld."
    )
    assert [sentence[a:b] for a, b in prohibition_spans(sentence)] == [
        "shall not remove any Key Personnel without the Client's prior written consent, which "
        "shall not be unreasonably withheld"
    ]
    assert negated_spans(sentence) == []


def test_match_including_its_cue_is_negated() -> None:
    """A match that takes in the cue itself overlaps the span and counts as negated."""
    sentence = "The Supplier is not required to appoint a single point of contact."
    assert _negated(sentence, "not required to appoint")
    assert not _negated(sentence, "The Supplier")


def test_sentence_without_cues_has_no_spans() -> None:
    """Plain duties yield nothing, and a match may be empty (zero width) without error."""
    sentence = "The Supplier shall appoint a single point of contact."
    assert negated_spans(sentence) == [] and prohibition_spans(sentence) == []
    assert not is_negated(sentence, 5, 5)


def test_clause_end_stops_at_proviso() -> None:
    """``clause_end`` is shared with obligations: it stops at ", provided that"."""
    sentence = "The Supplier shall attend, provided that it has notice."
    assert sentence[: clause_end(sentence, 0)] == "The Supplier shall attend"


def test_offsets_survive_characters_that_change_length_when_lowered() -> None:
    """"İ" lowers to two characters; spans still point into the original sentence."""
    sentence = "İstanbul Ltd is not required to appoint a single point of contact."
    ((start, end),) = negated_spans(sentence)
    assert sentence[start:end] == "is not required to appoint a single point of contact"


@pytest.mark.parametrize("sentence,negated", [
    ("No service credits, fee reductions or other adjustments apply if the Service Levels are missed.",
     "No service credits"),
    ("Service Credits do not apply under this Agreement.", "Service Credits"),
    ("Customer satisfaction surveys are not included in the Services.", "Customer satisfaction surveys"),
    ("The Supplier shall respond within 4 hours; no credits are payable for delay.", "no credits"),
    ("No contractual penalty attaches to the road user satisfaction indicator in Annex 2.", "No contractual penalty"),
    ("Service credits do not accrue for the satisfaction measure.", "Service credits"),
])
def test_a_negated_state_verb_negates_its_subject(sentence, negated):
    start = sentence.index(negated)
    assert is_negated(sentence, start, start + len(negated))
    assert not is_prohibition(sentence, start, start + len(negated))


def test_a_prohibition_keeps_its_subject_unnegated():
    sentence = "The Supplier shall not subcontract any Services without consent."
    assert not is_negated(sentence, 0, 12)
    assert not is_negated(sentence, sentence.index("subcontract"), sentence.index("subcontract") + 11)


@pytest.mark.parametrize(("sentence", "negated", "kept"), [
    ("Any dispute that is not resolved within 10 days shall be referred to arbitration.",
     "is not resolved within 10 days", "referred to arbitration"),
    ("A Service Level that is not met in any month shall give rise to a Service Credit.",
     "is not met in any month", "Service Credit"),
    ("Any dispute which cannot be settled by the Contract Managers shall be escalated to the Board.",
     "cannot be settled by the Contract Managers", "escalated to the Board"),
    ("Any dispute that the Leads do not settle shall be finally resolved by arbitration.",
     "do not settle", "resolved by arbitration"),
    # the relative clause without its "that"
    ("Any dispute the Strategic Council does not resolve shall be referred to arbitration.",
     "does not resolve", "referred to arbitration"),
])
def test_a_negated_relative_clause_ends_at_its_nouns_own_verb(sentence, negated, kept):
    start = sentence.index(negated)
    assert is_negated(sentence, start, start + len(negated)) or is_prohibition(sentence, start, start + len(negated))
    k = sentence.index(kept)
    assert not is_negated(sentence, k, k + len(kept)) and not is_prohibition(sentence, k, k + len(kept))


def test_a_negated_main_clause_keeps_its_that_clause():
    # "does not warrant that ... shall" is no relative clause: what is not warranted stays negated
    sentence = "The Supplier does not warrant that the Services shall be uninterrupted."
    k = sentence.index("uninterrupted")
    assert is_negated(sentence, k, k + len("uninterrupted"))


@pytest.mark.parametrize(("sentence", "clause"), [
    # a bare "have" and a participle go on with the modal; a new subject's "has" does not
    ("The Principal may carry out, or have carried out by an auditor of its choice, inspections of the premises.",
     "The Principal may carry out, or have carried out by an auditor of its choice, inspections of the premises"),
    ("The Principal may inspect the premises, and the Supplier has given its consent.",
     "The Principal may inspect the premises"),
])
def test_a_bare_have_and_a_participle_continue_the_modal(sentence: str, clause: str) -> None:
    assert sentence[: clause_end(sentence, 0)] == clause



@pytest.mark.parametrize(("sentence", "phrase", "negated"), [
    ("The parties have considered and decided against establishing a joint development fund.",
     "joint development fund", True),
    ("The Parties have declined to set up a joint innovation board.", "joint innovation board", True),
    ("The Parties elected not to form a steering committee.", "steering committee", True),
    # a contract that provides for none
    ("The contract provides for no incentive premium or bonus of any kind.", "bonus", True),
    # a right to refuse is no refusal: the approval it withholds is the client's to give
    ("The Client may decline to approve the replacement of the Account Manager.", "approve the replacement", False),
    # ... and so is a right to decide against a renewal: the renewal is the client's to refuse
    ("The Commune may decide not to renew the contract by registered letter sent three months before its expiry.",
     "renew the contract", False),
    ("Performance against the targets is reported monthly.", "targets", False),
])
def test_a_choice_made_against_a_thing_negates_it(sentence: str, phrase: str, negated: bool) -> None:
    assert is_negated(sentence, *_span(sentence, phrase)) is negated


@pytest.mark.parametrize(("sentence", "phrase", "negated"), [
    # a promise withheld: what is given no undertaking is not undertaken
    ("The Contractor gives no undertaking that the Helpdesk complies with any law.", "complies with any law", True),
    # what a party will not pay for is not paid for
    ("We will not fund joint projects or innovation work under this agreement.", "joint projects", True),
    # a run-in heading of "No" and a noun says there is none
    ("**No joint projects.**", "joint projects", True),
    ("No joint projects shall be funded without the Board's approval.", "joint projects", False),
    # a term that will not run on is not renewed
    ("It shall not be tacitly renewed and shall terminate on expiry.", "tacitly renewed", True),
    ("The Supplier shall not subcontract without consent.", "subcontract", False),
])
def test_withheld_promises_unfunded_things_and_terms_that_do_not_renew(sentence: str, phrase: str,
                                                                       negated: bool) -> None:
    assert is_negated(sentence, *_span(sentence, phrase)) is negated


def test_a_named_level_of_a_ladder_opens_no_list() -> None:
    """"not resolved at level (a) within ..., it shall be escalated to level (b)": "(a)" names a level, so the
    negated condition ends at its comma and the escalation stays affirmed."""
    sentence = ("If a dispute is not resolved at level (a) within fifteen (15) Business Days, it shall be escalated "
                "to level (b).")
    assert is_negated(sentence, *_span(sentence, "not resolved"))
    assert not is_negated(sentence, *_span(sentence, "escalated"))


def test_no_responsibility_for_a_thing_negates_it() -> None:
    sentence = ("The Service Provider has no responsibility for training content or for keeping the knowledge base "
                "current.")
    assert is_negated(sentence, *_span(sentence, "knowledge base current"))
