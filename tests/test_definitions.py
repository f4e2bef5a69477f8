"""find_definitions: glossary entries, inline definitions, and the look-alikes that are not definitions;
find_appointments: titles appointed "as" a role."""

from __future__ import annotations

import re

import pytest

from contractlint.document.appointments import find_appointments
from contractlint.document.definitions import find_definitions, find_inline_terms
from contractlint.document.load import document_from_text
from contractlint.document.model import Paragraph


def paragraphs(text: str, kind: str = "paragraph", section: int | None = None) -> list[Paragraph]:
    """Blocks of ``text`` separated by blank lines, as a reader would hand them over."""
    return [
        Paragraph(index=i, kind=kind, start=m.start(), end=m.end(), section=section)
        for i, m in enumerate(re.finditer(r"\S(?:.|\n(?![ \t]*\n))*", text))
    ]


def defs(text: str) -> dict[str, str]:
    return {d.term: d.text for d in find_definitions(text, paragraphs(text))}


@pytest.mark.parametrize(
    ("text", "term", "wording"),
    [
        ('"Service Levels" means the levels in Schedule 2; and', "Service Levels", "the levels in Schedule 2"),
        ("“Service Levels” means the levels in the Annex.", "Service Levels", "the levels in the Annex."),
        ("'Service Levels' shall mean the levels in the Annex.", "Service Levels", "the levels in the Annex."),
        ("Service Levels: means the levels in the Annex.", "Service Levels", "the levels in the Annex."),
        ('"Charges" has the meaning given in clause 7.1.', "Charges", "the meaning given in clause 7.1."),
        ('"Services" includes the Deliverables.', "Services", "the Deliverables."),
        ("Service Level Failure\tmeans a failure to meet a Service Level;", "Service Level Failure",
         "a failure to meet a Service Level"),
        ("**Service Credits** means the credits set out in Annex 1.", "Service Credits",
         "the credits set out in Annex 1."),
        ('1.1 "Business Day" means a day other than a Saturday.', "Business Day", "a day other than a Saturday."),
        ("(a) “Term” shall have the meaning given in clause 2.", "Term", "the meaning given in clause 2."),
        ('2. <span id="13.2">**"Affiliate"**</span> means an entity under common control.', "Affiliate",
         "an entity under common control."),
        ('1.Def="AAC" has the meaning set forth in Section 14.2(e).', "AAC",
         "the meaning set forth in Section 14.2(e)."),
        ('**“Fork”** means to copy the Content of one repository.', "Fork", "to copy the Content of one repository."),
        ("| **Service Credits** | means the credits in Annex 1 |", "Service Credits", "the credits in Annex 1"),
        ('"Personal Data" will have the meaning(s) given in the GDPR.', "Personal Data",
         "the meaning(s) given in the GDPR."),
        ("Services means the services described in Schedule 1.", "Services", "the services described in Schedule 1."),
    ],
)
def test_glossary_forms(text: str, term: str, wording: str) -> None:
    """Each glossary form yields its term and the wording after the defining verb, to the paragraph's end."""
    assert defs(text) == {term: wording}


def test_a_run_on_glossary_with_colons() -> None:
    """Dutch drafting: 'the following terms have the following meanings: "Claims Portal": ...; "Resident": ...'.
    A lone quoted term before a colon in running text defines nothing."""
    text = ('1.1 In this Agreement the following capitalised terms have the following meanings: "Claims Portal": '
            'the Principal\'s case-handling system; "Resident": any person who contacts the contact centre.')
    assert defs(text) == {"Claims Portal": "the Principal's case-handling system",
                          "Resident": "any person who contacts the contact centre."}
    assert defs('The sign read: "Closed": nobody came.') == {}


def test_several_terms_share_one_definition() -> None:
    """'"Acceptance", "Accepted" or "Accept" means' defines three terms with the same text and span."""
    text = '"Acceptance", "Accepted" or "Accept" means written confirmation by the Client.'
    found = find_definitions(text, paragraphs(text))
    assert [d.term for d in found] == ["Acceptance", "Accepted", "Accept"]
    assert {(d.text, d.start, d.end) for d in found} == {("written confirmation by the Client.", 0, len(text))}


@pytest.mark.parametrize("text", [
    '"Owner Satisfaction Index" or "OSI" means the average score given by Owners.',
    'Defined Terms. "Owner" means a holder. "Owner Satisfaction Index" or "OSI" means the average score given by Owners.',
    '"Statement of Work" or "SOW" means the average score given by Owners.',
])
def test_a_short_form_defined_with_its_long_name_also_stands_for_the_name(text: str) -> None:
    """'"Owner Satisfaction Index" or "OSI" means': OSI carries the wording and, like an unquoted "(OSI)", the name."""
    found = [(d.term, d.text, d.whole) for d in find_definitions(text, paragraphs(text))]
    long, short = re.findall(r'"([^"]+)" or "([A-Z]+)"', text)[0]
    assert (short, "the average score given by Owners.", False) in found
    assert (short, long, True) in found
    assert (long, "the average score given by Owners.", False) in found


@pytest.mark.parametrize("text", [
    '"Service Credit" or "Credit" means a reduction of the Charges.',  # not initials
    '"Owner Satisfaction Index" or "OCI" means the average score.',  # other letters
])
def test_co_defined_terms_that_are_not_initials_stand_for_no_name(text: str) -> None:
    assert all(not d.whole for d in find_definitions(text, paragraphs(text)))


def test_span_and_section_come_from_the_paragraph() -> None:
    """start is the term's opening quote, end the paragraph's end; section is the paragraph's."""
    text = 'Intro.\n\n1.1 "Charges" means the fees in Schedule 3.\n\nNext.'
    found = find_definitions(text, paragraphs(text, section=4))
    (d,) = found
    assert text[d.start : d.end] == '"Charges" means the fees in Schedule 3.'
    assert d.section == 4


def test_definition_in_the_middle_of_a_paragraph_ends_with_its_sentence() -> None:
    """A quoted term followed by 'means' mid-paragraph is a definition too, with its own sentence's wording."""
    text = '"Affiliate" means any entity controlling a party, where "control" means owning 50%. Other terms apply.'
    found = {d.term: d for d in find_definitions(text, paragraphs(text))}
    assert found["control"].text == "owning 50%."
    assert found["Affiliate"].text.startswith("any entity controlling a party")


def test_untabbed_glossary_row_counts_only_beside_other_entries() -> None:
    """'Term<TAB>wording' without a verb is an entry inside a glossary, not in an ordinary table."""
    glossary = "Business Day\tmeans a working day;\n\nChange Control Procedure\tthe procedure in clause 9;"
    assert defs(glossary)["Change Control Procedure"] == "the procedure in clause 9"
    assert defs("Priority 1\tresponse within one hour") == {}


def test_quoted_terms_without_a_verb_make_a_glossary_when_they_run_on() -> None:
    """'(2) "Request": a request ...' beside another such entry is a glossary; alone it may be anything."""
    glossary = ('(2) "Request": a request for an extract registered through the Helpdesk.\n\n'
                '(3) "BRP-Loket": the Bureau\'s case-handling system for Requests.')
    assert defs(glossary)["BRP-Loket"] == "the Bureau's case-handling system for Requests."
    assert defs('(3) "BRP-Loket": the Bureau\'s case-handling system for Requests.') == {}


@pytest.mark.parametrize(
    ("text", "terms", "phrase"),
    [
        ('The Supplier shall provide the services described in Schedule 1 (the "Services").', ["Services"],
         "the services described in Schedule 1"),
        ('This Agreement is made between Acme Bank plc, a company incorporated in England (company number 123) '
         'whose registered office is at 1 Bank St, London ("the Bank"); and Helix CX Limited ("Helix").',
         ["Bank", "Helix"], "Acme Bank plc"),
        ("The Vendor is Beta LLC (hereinafter \"Vendor\").", ["Vendor"], "Beta LLC"),
        ("The lender is Acme Bank (hereinafter referred to as the \"Bank\").", ["Bank"], "Acme Bank"),
        ('The parties shall establish a joint steering committee (the "Joint Steering Committee" or "JSC").',
         ["Joint Steering Committee", "JSC"], "joint steering committee"),
        ('The parties shall establish a joint steering committee (the "JSC") within 30 days.', ["JSC"],
         "joint steering committee"),
        ('The Supplier shall use the portal (collectively, the **"Portal"**) for reporting.', ["Portal"], "the portal"),
    ],
)
def test_inline_definitions(text: str, terms: list[str], phrase: str) -> None:
    """A parenthesis of quoted terms defines them as the phrase it follows."""
    found = find_definitions(text, paragraphs(text))
    assert [d.term for d in found] == terms
    assert phrase in found[0].text


@pytest.mark.parametrize("verb", ["work in", "work directly in", "operate within"])
def test_an_inline_definition_names_a_noun_phrase_not_a_preposition(verb: str) -> None:
    """'shall work directly in the Line's booking system (the "Booking System")' defines the system."""
    text = f"The agents shall {verb} the Line's booking system (the \"Booking System\")."
    assert defs(text) == {"Booking System": "the Line's booking system"}


def test_inline_phrase_stops_at_the_previous_party() -> None:
    """In 'between A (...) and B (...)', B's phrase starts after A's parenthesis; "(together ...)" takes both."""
    text = ('This Agreement is made between Acme Ltd (the "Client") and Beta Ltd (the "Supplier") '
            '(each a "Party" and together the "Parties").')
    found = {d.term: d.text for d in find_definitions(text, paragraphs(text))}
    assert found["Client"] == "Acme Ltd"
    assert found["Supplier"] == "Beta Ltd"
    assert "Acme Ltd" in found["Parties"] and "Beta Ltd" in found["Parties"]


def test_inline_terms_keep_how_the_contract_writes_them() -> None:
    """find_inline_terms reports 'the Bank' for ("the Bank") and (the "Bank"), and 'Helix' for ("Helix")."""
    text = 'Acme ("the Bank"), Beta (the "Agent") and Helix ("Helix")'
    found = find_inline_terms(text, 0, len(text))
    assert [(i.terms, i.written) for i in found] == [
        (("Bank",), ("the Bank",)), (("Agent",), ("the Agent",)), (("Helix",), ("Helix",))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Notices may be sent by any means, including email.",
        "The Services means of delivery are set out in the Service Description.",
        "Electronic means of communication are acceptable for notices.",
        "Payment by electronic means is accepted.",
        "Service Level\tTarget\tMeasurement",
        'Customer gives Feedback "AS IS". Provider may use Feedback freely.',
        'The work streams (as further described in Task Order 1, "New HIX") are listed below.',
        "The Customer's staff and the Supplier's premises are covered.",
        "Customer: Acme Corp",
        "1\tDefinitions",
    ],
)
def test_not_definitions(text: str) -> None:
    """The noun "means", table headers, quotations and cover-page lines define nothing."""
    assert defs(text) == {}


def test_table_of_contents_lines_are_skipped() -> None:
    """A TOC line that looks like an entry is not read as one."""
    text = '"Services" means ........ 4'
    assert find_definitions(text, paragraphs(text, kind="toc")) == []
    assert [d.term for d in find_definitions(text, paragraphs(text))] == ["Services"]


def test_definitions_come_in_text_order_without_duplicates() -> None:
    text = '"B" means bee.\n\n"A" means ay.\n\nThe thing (the "C").'
    assert [d.term for d in find_definitions(text, paragraphs(text))] == ["B", "A", "C"]


def table_rows(rows: list[str]) -> tuple[str, list[Paragraph]]:
    """Rows of one table joined the way the document builder joins them (cells by " | ")."""
    text, paras, pos = "", [], 0
    for r, row in enumerate(rows):
        paras.append(Paragraph(index=r, kind="table_row", start=pos, end=pos + len(row), table=0, row=r))
        text += row + "\n\n"
        pos = len(text)
    return text, paras


def test_glossary_table_without_verbs() -> None:
    """A table headed "Term | Meaning" defines each row's first cell as its second."""
    text, paras = table_rows(["Term | Meaning", "Business Day | a day other than a weekend",
                              "Charges | the fees in Schedule 3"])
    assert {d.term: d.text for d in find_definitions(text, paras)} == {
        "Business Day": "a day other than a weekend", "Charges": "the fees in Schedule 3"}


def test_ordinary_table_defines_nothing() -> None:
    text, paras = table_rows(["Priority | Response", "Priority 1 | within one hour", "Priority 2 | within four hours"])
    assert find_definitions(text, paras) == []


def test_table_row_with_a_verb() -> None:
    text, paras = table_rows(["Service Level Failure | means a failure to meet a Service Level"])
    assert [(d.term, d.text) for d in find_definitions(text, paras)] == [
        ("Service Level Failure", "a failure to meet a Service Level")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The parties also establish an Operations Working Group (OWG) of four members.",
     {"OWG": "Operations Working Group"}),
    ("The Joint Relationship Committee (the JRC) meets quarterly.", {"JRC": "Joint Relationship Committee"}),
    ("Sponsor shall keep a Vendor Oversight Group (VOG) within its Patient Services department.",
     {"VOG": "Vendor Oversight Group"}),
    ("the Quality Assurance Surveillance Plan (QASP) applies", {"QASP": "Quality Assurance Surveillance Plan"}),
    ("Services are provided in New South Wales (NSW) only.", {"NSW": "New South Wales"}),
])
def test_an_acronym_in_brackets_defines_the_words_it_abbreviates(text, expected):
    assert defs(text) == expected


@pytest.mark.parametrize("text", [
    "Bluegum Contact Pty Ltd (ABN 17 604 338 921) of 55 Hunter Street",  # not an acronym of the name
    "The Supplier (SPOC) shall attend.",  # one word for four letters
    "an operations working group (OWG)",  # lower-case words are no name
])
def test_brackets_that_are_not_acronyms_of_the_words_before_them(text):
    assert defs(text) == {}


# ---- roles named by appointment ("designates a Coordinator as its single point of contact") -----


def appointed(text: str, kind: str = "paragraph") -> dict[str, str]:
    return {d.term: d.text for d in find_appointments(text, paragraphs(text, kind))}


@pytest.mark.parametrize(("text", "title", "role"), [
    ("Each party designates a Coordinator as its single point of contact for this contract.",
     "Coordinator", "single point of contact"),
    ("The Bank appoints its Manager of Customer Service as Customer Journey Owner, responsible end to end.",
     "Manager of Customer Service", "Customer Journey Owner"),
    ("The Supplier shall appoint a Service Delivery Manager to act as the Client's primary contact.",
     "Service Delivery Manager", "primary contact"),
    ("The Operator nominates its Head of Operations as Key Personnel.", "Head of Operations", "Key Personnel"),
])
def test_a_title_appointed_as_a_role_is_defined_as_that_role(text, title, role):
    assert appointed(text) == {title: role}


@pytest.mark.parametrize("text", [
    "The Supplier may appoint subcontractors as it sees fit.",          # no title
    "The Supplier shall name John Smith as soon as possible.",          # a person, and no role
    "The Supplier shall appoint a Transition Manager as required.",     # "as required" is no role
    "The Client appoints the Supplier as its agent for collections.",   # a party, not a title
])
def test_appointments_that_name_no_role_are_not_definitions(text):
    assert appointed(text) == {}


def test_an_appointment_in_a_contents_line_or_heading_is_not_read():
    text = "Each party designates a Coordinator as its single point of contact"
    assert appointed(text, "toc") == {} and appointed(text, "heading") == {}


def test_a_mention_of_the_appointed_title_counts_as_the_role():
    from contractlint.engine.run import check_document
    from conftest import ruleset
    rs = ruleset('pack t "1" { description: "t" }\nrule R-1 "t" {\n area: a\n severity: high\n'
                 ' require: sentence mentions "single point of contact" near "responsible for" within 4 words\n'
                 ' message: "m"\n}\n')
    base = "1.1 Each party designates a Coordinator as its single point of contact.\n\n"
    said = check_document(document_from_text(base + "1.2 The Coordinator is responsible for staffing.\n"), rs)
    other = check_document(document_from_text(base + "1.2 The Auditor is responsible for staffing.\n"), rs)
    assert said[0].status.value == "pass" and other[0].status.value == "gap"


# ---- glossary entries the contract never uses again ---------------------------------------------
def unused(text: str) -> list[str]:
    return [d.term for d in find_definitions(text, paragraphs(text)) if not d.used]


def test_a_glossary_term_never_used_again_is_marked_unused():
    text = ('"Recognition Scheme" means a scheme recognising staff for exemplary service.\n\n'
            '"Service Levels" means the levels in Annex B.\n\n'
            "The Supplier shall meet the Service Levels.\n")
    assert unused(text) == ["Recognition Scheme"]


def test_a_term_used_in_another_form_or_by_a_sibling_term_is_used():
    text = ('"Service Level" means a level in Annex B.\n\n'
            '"Acceptance", "Accepted" or "Accept" means written approval.\n\n'
            "The Supplier shall meet all Service Levels; each deliverable must be Accepted.\n")
    assert unused(text) == []


def test_an_inline_definition_is_never_marked_unused():
    text = 'The Supplier shall operate a scheme recognising agents (the "Recognition Scheme").\n'
    assert unused(text) == []


def test_the_engine_reads_no_evidence_in_an_unused_entry_but_reads_a_used_one():
    from contractlint.document.load import document_from_text
    from contractlint.engine.run import check_document
    from conftest import ruleset
    rs = ruleset('pack t "1" { description: "t" }\nrule R-1 "t" {\n area: a\n severity: high\n'
                 ' require: sentence mentions "recognising" near "staff" within 4 words\n message: "m"\n}\n')
    entry = '1. "Recognition Scheme" means a scheme recognising staff for exemplary service.\n\n'
    dead = check_document(document_from_text(entry + "2. The Supplier shall answer calls.\n"), rs)
    alive = check_document(document_from_text(entry + "2. The Supplier shall run the Recognition Scheme.\n"), rs)
    assert dead[0].status.value == "gap" and alive[0].status.value == "pass"


def test_each_entry_of_a_run_on_bare_glossary_paragraph_is_a_definition():
    text = ("(1) Agreement means this agreement. Platform means the tutoring app. Process Owner means the person "
            "accountable for the process.\n\nThe Supplier shall support users of the Platform under this Agreement.\n")
    found = {d.term: (d.text, d.used) for d in find_definitions(text, paragraphs(text))}
    assert found == {"Agreement": ("this agreement.", True), "Platform": ("the tutoring app.", True),
                     "Process Owner": ("the person accountable for the process.", False)}


@pytest.mark.parametrize(("text", "term", "wording"), [
    ('Where we say "couple", we mean anyone who books one of our venues.', "couple", "anyone who books one of our venues."),
    ('When this agreement uses "Hold", it means a date kept for a couple for 7 days.', "Hold",
     "a date kept for a couple for 7 days."),
    ('By "Booking" we mean a signed venue contract.', "Booking", "a signed venue contract."),
])
def test_plain_english_definitions(text: str, term: str, wording: str) -> None:
    defs = {d.term: d.text for d in document_from_text(text + "\n").definitions}
    assert defs.get(term) == wording


@pytest.mark.parametrize(("text", "expected"), [
    ("7.1 The Clinic Group shall give the agents access to DentaPlan, the Clinic Group's patient booking and "
     "records system, for bookings.", {"DentaPlan": "the Clinic Group's patient booking and records system"}),
    ("You will log each call in Isange Desk, our ticketing and helpdesk system.",
     {"Isange Desk": "our ticketing and helpdesk system"}),
    # a sentence's opening word is no name, and a mere list of things is no apposition
    ("Through Tapway CRM, the Buyer's customer relationship management system, agents see each order.",
     {"Tapway CRM": "the Buyer's customer relationship management system"}),
    ("The Supplier shall answer Calls, Emails, the chat and the Client's letters.", {}),
])
def test_a_system_named_by_an_apposition_is_defined_by_it(text: str, expected: dict[str, str]) -> None:
    assert defs(text + "\n") == expected


def test_a_glossed_term_in_a_run_of_definitions_gets_its_own_wording():
    text = ('In this contract, "Buyer" means any person who buys latex; "Buyer Register" (registre des acheteurs) '
            'means the web application of the Principal in which orders are recorded; and "Annex" means an annex.\n')
    found = {d.term: d.text for d in find_definitions(text, paragraphs(text))}
    assert found == {"Buyer": "any person who buys latex",
                     "Buyer Register": "the web application of the Principal in which orders are recorded",
                     "Annex": "an annex."}


def test_a_colon_after_hereinafter_still_defines_the_quoted_term() -> None:
    """Dutch drafting translated: '..., lawfully represented by its managing director, hereinafter: "the Principal";'."""
    text = ('1. Kralendijk Ship Supply B.V., lawfully represented by its managing director, hereinafter: "the Principal";')
    found = find_definitions(text, paragraphs(text))
    assert [d.term for d in found] == ["Principal"]


@pytest.mark.parametrize(("text", "terms"), [
    ('Maestrale S.r.l. (the "Provider" (l\'Appaltatore)) shall', ("Provider",)),
    ('Stichting Beheer (the "Foundation", which is the principal (de Opdrachtgever) under this agreement)',
     ("Foundation",)),
    # The term's own brackets are part of it, not a gloss after it.
    ("approved by Implementing Decision 2021/91 (“Standard Contractual Clauses (EU/EEA)”). They", ()),
])
def test_a_gloss_in_brackets_inside_a_definition(text: str, terms: tuple[str, ...]) -> None:
    found = find_inline_terms(text, 0, len(text))
    assert tuple(t for it in found for t in it.terms) == terms


def test_a_glossary_numbered_with_hyphens_as_persian_drafting_numbers_it() -> None:
    """'3-4 "Samaneh": the Employer's integrated claims management system' is an entry of the glossary,
    and the engine then knows Samaneh as the client's system."""
    from contractlint.engine.systems import client_system_terms
    text = ('This Agreement is made between Kavir Insurance Company ("Employer") and Narin Company ("Contractor").\n\n'
            "## Article 3- Definitions\n\n3-1 \"Claimant\": a policyholder who contacts the Claims Desk.\n\n"
            "3-4 \"Samaneh\": the Employer's integrated claims management system.\n\n"
            "## Article 7- Obligations\n\n7-2 The Contractor shall register every Claimant contact in Samaneh.\n")
    doc = document_from_text(text)
    assert {"Claimant", "Samaneh"} <= {d.term for d in doc.definitions}
    assert client_system_terms(doc) == ["samaneh"]
