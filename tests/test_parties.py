"""find_parties: preambles in UK and US styles, cover pages, roles from names and from context, hints."""

from __future__ import annotations

import re

import pytest
from pydantic import ValidationError

from contractlint.document.definitions import find_definitions
from contractlint.document.load import document_from_text
from contractlint.document.model import Paragraph, Party
from contractlint.document.parties import RoleHints, find_parties


def paragraphs(text: str) -> list[Paragraph]:
    """Blocks of ``text`` separated by blank lines, as a reader would hand them over."""
    return [
        Paragraph(index=i, kind="paragraph", start=m.start(), end=m.end())
        for i, m in enumerate(re.finditer(r"\S(?:.|\n(?![ \t]*\n))*", text))
    ]


def parties(text: str, hints: RoleHints | None = None) -> list[Party]:
    paras = paragraphs(text)
    return find_parties(text, paras, find_definitions(text, paras), hints)


def summary(text: str, hints: RoleHints | None = None) -> list[tuple[str, str | None, str]]:
    return [(p.name, p.defined_as, p.role) for p in parties(text, hints)]


UK_BANK = """SERVICES AGREEMENT

This Agreement is made between Acme Bank plc, a company incorporated in England (company number 123) whose \
registered office is at 1 Bank Street, London ("the Bank"); and Helix CX Limited, a company incorporated in \
Scotland ("Helix") (each a "Party" and together the "Parties").

1. Definitions

1.1 "Affiliate" means any entity controlling a Party.

1.2 "Third Party" means anyone else.

3.1 Helix shall provide the Services to the Bank in accordance with Schedule 2.

3.2 Acme shall not be liable for anything."""

UK_NUMBERED = """THIS AGREEMENT is dated 1 May 2024

BETWEEN:

(1) ACME RETAIL LIMITED, a company incorporated in England and Wales with company number 01234567 whose \
registered office is at 1 High St. London ("Customer"); and

(2) HELIX CX LIMITED, a company incorporated in Scotland (No. SC123) ("Supplier").

BACKGROUND

A. The Customer wishes to outsource its contact centre."""

US_DELAWARE = """MASTER SERVICES AGREEMENT

This Master Services Agreement (the "Agreement") is entered into as of May 1, 2024 (the "Effective Date") by and \
between Acme Corp., a Delaware corporation ("Company"), and Beta LLC, a New York limited liability company \
("Vendor")."""

US_HEREINAFTER = """This Agreement is made by and between First Federal Bank, N.A., with offices at 10 Main Street \
(hereinafter referred to as the "Bank"), and Gamma Outsourcing, Inc. (hereinafter "Vendor")."""

CLIENT_SUPPLIER = """This Agreement is between Acme Ltd (the "Client") and Beta Ltd (the "Supplier") (each a \
"Party" and together the "Parties").

1. The Supplier shall provide the Services."""

UK_GOVERNMENT = """This Contract is made between THE SECRETARY OF STATE FOR WORK AND PENSIONS (the "Authority") \
and Helix CX Limited, a company registered in England (the "Contractor")."""

LETTERED = """0.1 This MASTER SERVICES AGREEMENT (this "MSA") is entered into as of September 30, 2014 (the \
"Effective Date") by and between (a) the Massachusetts Office of Information Technology, with a principal \
business address of One Ashburton Place, Boston ("Client"), and (b) OptumInsight, Inc., with a principal \
business address of 13625 Technology Drive ("Contractor")."""

LICENCE = """THIS LICENCE AGREEMENT is made BETWEEN Orion Software GmbH ("Licensor") AND Delta Insurance plc \
("Licensee")."""

COVER_PAGE = """ORDER FORM

Customer: Acme Corp

Provider: Beta Inc., a Delaware corporation

1. Term. This Order Form starts on the Effective Date."""

MARKDOWN_TABLE = """# Order Form

| Party | Name |
|---|---|
| Customer | Acme Retail Ltd |
| Supplier | Helix CX Ltd |"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (UK_BANK, [("Acme Bank plc", "Bank", "client"), ("Helix CX Limited", "Helix", "provider")]),
        (UK_NUMBERED, [("ACME RETAIL LIMITED", "Customer", "client"), ("HELIX CX LIMITED", "Supplier", "provider")]),
        (US_DELAWARE, [("Acme Corp.", "Company", "client"), ("Beta LLC", "Vendor", "provider")]),
        (US_HEREINAFTER, [("First Federal Bank, N.A.", "Bank", "client"), ("Gamma Outsourcing, Inc.", "Vendor",
                                                                          "provider")]),
        (CLIENT_SUPPLIER, [("Acme Ltd", "Client", "client"), ("Beta Ltd", "Supplier", "provider")]),
        (UK_GOVERNMENT, [("THE SECRETARY OF STATE FOR WORK AND PENSIONS", "Authority", "client"),
                         ("Helix CX Limited", "Contractor", "provider")]),
        (LETTERED, [("Massachusetts Office of Information Technology", "Client", "client"),
                    ("OptumInsight, Inc.", "Contractor", "provider")]),
        (LICENCE, [("Orion Software GmbH", "Licensor", "provider"), ("Delta Insurance plc", "Licensee", "client")]),
        (COVER_PAGE, [("Acme Corp", "Customer", "client"), ("Beta Inc.", "Provider", "provider")]),
        (MARKDOWN_TABLE, [("Acme Retail Ltd", "Customer", "client"), ("Helix CX Ltd", "Supplier", "provider")]),
    ],
)
def test_preambles(text: str, expected: list[tuple[str, str, str]]) -> None:
    """Each preamble style yields exactly its parties, with legal name, defined term and role."""
    assert summary(text) == expected


def test_aliases_and_reasons() -> None:
    """Aliases carry the defined term, "the Bank" and a short name the contract uses; reasons cite the text."""
    bank, helix = parties(UK_BANK)
    assert bank.aliases == ["Bank", "the Bank", "Acme"]
    assert bank.role_reason == 'defined as "the Bank"'
    assert helix.aliases == ["Helix"]
    assert helix.role_reason == '"Helix shall provide the Services" (clause 3.1)'


def test_defined_terms_that_are_not_parties_are_left_out() -> None:
    """"Party", "Parties", "Affiliate", "Third Party", "Agreement" and "Effective Date" are not parties."""
    names = {p.defined_as for p in parties(UK_BANK) + parties(CLIENT_SUPPLIER) + parties(US_DELAWARE)}
    assert names.isdisjoint({"Party", "Parties", "Affiliate", "Third Party", "Agreement", "Effective Date"})


PLAIN_NAMES = """This Agreement is made between Alpha Ltd and Omega Ltd.

1. Services

1.1 Omega shall provide the Services to Alpha.

1.2 Alpha shall pay Omega the Charges monthly in arrears.

1.3 Omega shall pay Alpha the Service Credits."""


def test_plain_names_take_their_role_from_the_text() -> None:
    """With no role names, "Omega shall provide the Services" and "Alpha shall pay Omega the Charges" decide."""
    alpha, omega = parties(PLAIN_NAMES)
    assert (alpha.name, alpha.role) == ("Alpha Ltd", "client")
    assert (omega.name, omega.role) == ("Omega Ltd", "provider")
    assert alpha.role_reason == '"Alpha shall pay Omega the Charges" (clause 1.2)'
    assert omega.role_reason == '"Omega shall provide the Services" (clause 1.1)'
    assert alpha.aliases == ["Alpha"] and omega.aliases == ["Omega"]


def test_engages_sentence_sets_both_roles() -> None:
    """"A engages B to provide the Services": A is the client, B the provider."""
    text = ('This Agreement is made between Northwind Ltd ("Northwind") and Southwind Ltd ("Southwind").\n\n'
            "1. Northwind engages Southwind to run its helpdesk.")
    assert summary(text) == [("Northwind Ltd", "Northwind", "client"), ("Southwind Ltd", "Southwind", "provider")]


@pytest.mark.parametrize("desk", ["Crew Helpdesk", "crew helpdesk", "Member Support Line"])
def test_running_a_desk_by_its_name_makes_the_provider(desk: str) -> None:
    """"the SERVICE PARTNER shall operate the Crew Helpdesk": a desk named in capitals is still a desk."""
    text = ('This Agreement is made between Maharlika Inc., hereinafter the "AGENCY", and Bayanihan Corp., '
            f'hereinafter the "SERVICE PARTNER".\n\n1. The SERVICE PARTNER shall operate the {desk} round the clock.')
    assert [p.role for p in parties(text)] == ["client", "provider"]


def test_the_party_a_desk_is_run_for_may_stand_before_the_desk() -> None:
    """"The Operator shall operate for the Bottler a distributor order desk": the Operator provides."""
    text = ('This Contract is concluded between Tatranske pramene a.s. (the "Bottler") and Hornad Service Hub '
            's.r.o. (the "Operator").\n\n1. The Operator shall operate for the Bottler a distributor order desk.')
    assert [p.role for p in parties(text)] == ["client", "provider"]


def test_one_known_role_gives_the_other_party_the_opposite() -> None:
    """With two parties, a client by name makes the other the provider, and the reason says so."""
    text = 'This Agreement is made between Acme Ltd (the "Customer") and Helix CX Limited ("Helix").'
    customer, helix = parties(text)
    assert (customer.role, helix.role) == ("client", "provider")
    assert helix.role_reason == "the other party to the Customer, the client"


def test_undecidable_roles_are_unknown_with_a_reason() -> None:
    text = "This Agreement is made between Alpha Ltd and Omega Ltd.\n\n1. The parties will cooperate."
    found = parties(text)
    assert [p.role for p in found] == ["unknown", "unknown"]
    assert all(p.role_reason == "no defined role name and no sentence saying who provides the Services"
               for p in found)


def test_two_clients_by_name_are_unknown() -> None:
    text = 'This Agreement is made between Acme Ltd (the "Customer") and Beta Ltd (the "Client").'
    found = parties(text)
    assert [p.role for p in found] == ["unknown", "unknown"]
    assert found[0].role_reason == "both parties look like the client"


def test_usual_name_yields_to_a_decisive_one() -> None:
    """"Company" usually names the client, but beside "the Bank" it is the provider."""
    text = 'This Agreement is made between Acme Bank plc (the "Bank") and Helix Services Ltd (the "Company").'
    assert summary(text) == [("Acme Bank plc", "Bank", "client"), ("Helix Services Ltd", "Company", "provider")]


def test_client_hint_sets_roles() -> None:
    """--client names a party (fuzzily, by name, alias or term) and the other party becomes the provider."""
    text = "This Agreement is made between Alpha Ltd and Omega Ltd.\n\n1. The parties will cooperate."
    alpha, omega = parties(text, RoleHints(client="omega limited"))
    assert (omega.role, omega.role_reason) == ("client", "set by --client")
    assert (alpha.role, alpha.role_reason) == ("provider", "the other party to Omega Ltd (set by --client)")


def test_hint_overrides_names_and_context() -> None:
    helix = parties(UK_BANK, RoleHints(client="Helix"))[1]
    assert (helix.role, helix.role_reason) == ("client", "set by --client")
    assert parties(UK_BANK, RoleHints(client="Helix"))[0].role == "provider"
    assert parties(UK_BANK, RoleHints(provider="acme bank"))[0].role == "provider"


def test_unmatched_hint_changes_nothing() -> None:
    assert summary(UK_BANK, RoleHints(client="Zebra Holdings")) == summary(UK_BANK)


def test_hints_are_frozen() -> None:
    hints = RoleHints(client="Acme")
    with pytest.raises(ValidationError):
        hints.client = "Beta"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        RoleHints(customer="Acme")  # type: ignore[call-arg]


STANDARD_TERMS = """# Cloud Service Agreement

1. Service

1.1 Provider will provide the Cloud Service. Customer may access the Cloud Service.

1.2 Customer will pay the Fees. Provider may suspend access. Customer is responsible for Users.

1.3 Provider will notify Customer of changes. Customer Content remains Customer's."""


def test_standard_terms_fall_back_to_role_names_used_as_names() -> None:
    """Terms signed on a separate cover page: "Provider will ..." and "Customer may ..." name the parties."""
    assert sorted(summary(STANDARD_TERMS)) == [("Customer", "Customer", "client"), ("Provider", "Provider",
                                                                                    "provider")]
    assert parties(STANDARD_TERMS)[0].role_reason == 'called "Customer" throughout the contract'


def test_glossary_entity_is_a_party_when_there_is_no_preamble() -> None:
    """'"GitHub" means GitHub, Inc.' names a party; GitHub is the provider because it performs the Services."""
    text = ('Customer accepts these terms.\n\n"GitHub" means GitHub, Inc., its Affiliates and Representatives.\n\n'
            "GitHub will perform the Professional Services. Customer will pay the Fees. Customer may cancel.")
    assert sorted(summary(text)) == [("Customer", "Customer", "client"), ("GitHub, Inc.", "GitHub", "provider")]


def test_no_parties_in_an_empty_or_party_free_text() -> None:
    assert parties("") == []
    assert parties("The weather was fine.\n\nNothing else happened.") == []


def test_cover_table_rows_as_the_builder_joins_them() -> None:
    """Order-form rows arrive as table_row paragraphs with cells joined by " | "."""
    rows = ["Party | Details", "Customer | Acme Retail Ltd, a company registered in England",
            "Supplier | [Supplier legal name]"]
    text = "\n\n".join(rows)
    paras, pos = [], 0
    for r, row in enumerate(rows):
        paras.append(Paragraph(index=r, kind="table_row", start=pos, end=pos + len(row), table=0, row=r))
        pos += len(row) + 2
    found = find_parties(text, paras, [])
    assert [(p.name, p.defined_as, p.role) for p in found] == [
        ("Acme Retail Ltd", "Customer", "client"), ("Supplier", "Supplier", "provider")]
    assert found[1].role_reason == 'named "Supplier" on the cover page'


def test_party_paragraph_names_the_party_not_its_postcode() -> None:
    text = (
        "PARTIES\n\n"
        "(1) HARBOURLINE BANK PLC, a company incorporated in England and Wales with company number 02938471, "
        'whose registered office is at 40 Quayside Street, Bristol BS1 4QA (the "Bank"); and\n\n'
        "(2) MERIDIAN CONTACT SOLUTIONS LIMITED, a company incorporated in England and Wales, whose registered "
        'office is at Unit 7, Thornfield Business Park, Sunderland SR5 3XJ (the "Service Provider").\n'
    )
    assert summary(text) == [
        ("HARBOURLINE BANK PLC", "Bank", "client"),
        ("MERIDIAN CONTACT SOLUTIONS LIMITED", "Service Provider", "provider"),
    ]


def test_plain_names_engaged_without_defined_terms() -> None:
    text = (
        "Larkspur Insurance Company Limited, of 22 Wharf Street, Bristol BS1 4RN, engages Orbis Services Ltd, "
        "of Orbis House, Swansea SA1 5LQ, to run the claims line on the terms below.\n\n"
        "1. Orbis will answer calls.\n\n2. Larkspur will pay Orbis the fees.\n"
    )
    got = {p.name: p.role for p in parties(text)}
    assert got == {"Larkspur Insurance Company Limited": "client", "Orbis Services Ltd": "provider"}


def test_party_list_in_the_first_clause_under_a_heading() -> None:
    """A numbered heading ("1. Parties") does not end the preamble; 'Operator' and 'Department' have roles."""
    text = (
        "# Contract for the Operation of a Telephone Line\n\n## 1. Parties\n\n"
        "1.1 This Contract is made between the Secretary of State, acting through the Department of Social "
        'Support (the "Department"), and Meridian Contact Services Limited (the "Operator").\n\n'
        "1.2 The Operator already answers calls for the Department.\n"
    )
    from contractlint.document.load import document_from_text

    got = {p.name: p.role for p in document_from_text(text).parties}
    assert got == {"Secretary of State": "client", "Meridian Contact Services Limited": "provider"}


def test_first_person_terms_make_we_the_provider_unless_a_role_name_says_otherwise() -> None:
    """Terms written as "we" and "you" are the provider's own: "we" provide, "you" receive."""
    text = ('These terms are between Wayfarer Roadside Limited ("we") and Kestrel Car Rental Limited ("you").\n\n'
            "1. We will send a patrol to your customers' vehicles within 60 minutes.\n")
    assert summary(text) == [("Wayfarer Roadside Limited", "we", "provider"), ("Kestrel Car Rental Limited", "you", "client")]
    # ... unless the text says what each does, contractions included
    plain = ('This agreement is between Top End Pool Safety Inspections Pty Ltd ("we") and Arafura Contact Co. '
             'Pty Ltd ("you").\n\nYou run a contact centre. We want you to run our booking line.\n\n'
             "You'll answer calls, emails and web messages from pool owners.\n")
    assert [role for *_, role in summary(plain)] == ["client", "provider"]
    named = ('These terms are between Northgate Council (the "Council", "we") and Helix CX Limited '
             '(the "Supplier", "you").\n\n1. You will answer calls for us.\n')
    assert [role for *_, role in summary(named)] == ["client", "provider"]


def test_party_list_on_its_own_lines_joined_by_a_line_and() -> None:
    """"entered into between" / PARTY A (the "Board") / "and" / PARTY B (the "Service Provider")."""
    text = ("Agreement for Billing Services\n\nentered into between\n\n"
            'AMANZI COAST WATER BOARD, a water board, herein represented by its Chief Executive (the "Board")\n\n'
            "and\n\n"
            'SIYAKHULA CONTACT SOLUTIONS, herein represented by its Managing Director (the "Service Provider")\n\n'
            "1. The Board appoints the Service Provider to provide the Services.\n")
    assert summary(text) == [("AMANZI COAST WATER BOARD", "Board", "client"),
                             ("SIYAKHULA CONTACT SOLUTIONS", "Service Provider", "provider")]


def test_party_paragraphs_ending_in_an_unquoted_role_name() -> None:
    """Australian drafting: a paragraph per party, its role in brackets without quotes."""
    text = ("Central Reservations Services Agreement\n\n"
            "Wattle Hotels Pty Ltd (ABN 48 611 902 375) of Level 9, 120 Collins Street, Melbourne (the Principal)\n\n"
            "Bluegum Contact Pty Ltd (ABN 17 604 338 921) of 55 Hunter Street, Newcastle NSW 2300 (the Agent)\n\n"
            "Background\n\n(a) The Principal wishes to appoint the Agent to run its reservations centre.\n\n"
            "1. Services\n\n1.1 The Agent must provide the Services.\n")
    assert summary(text) == [("Wattle Hotels Pty Ltd", "Principal", "client"),
                             ("Bluegum Contact Pty Ltd", "Agent", "provider")]


def test_an_unquoted_short_name_taken_from_the_party_name_and_a_pty_in_brackets() -> None:
    """Lesotho drafting: "Maloti ... Centre (Pty) Ltd ... (the Centre)"; a season "between February and
    July" in the next clause names no parties."""
    text = ("## Parties\n\n"
            "1. Maloti Altitude Performance Centre (Pty) Ltd, a company registered in the Kingdom of Lesotho, whose "
            "campus is on the Sani Top Road (the Centre).\n\n"
            "2. Thaba Connect (Pty) Ltd, a company registered in the Kingdom of Lesotho, whose offices are at "
            "Kingsway, Maseru (the Operator).\n\n## Purpose\n\n"
            "3. Athletes book camps from around the world, mostly between February and July.\n\n"
            "4. The Centre appoints the Operator to run the camp bookings contact centre.\n")
    assert [(p.name, p.defined_as, p.role) for p in document_from_text(text).parties] == [
        ("Maloti Altitude Performance Centre (Pty) Ltd", "Centre", "client"),
        ("Thaba Connect (Pty) Ltd", "Operator", "provider")]


@pytest.mark.parametrize("span", ["February and July", "1 May and 30 June", "Monday and Friday"])
def test_a_span_of_time_after_between_is_no_party_list(span: str) -> None:
    text = f"Bookings are taken between {span}.\n\n1. Athletes book camps.\n"
    assert parties(text) == []


def test_one_bracketed_role_word_is_no_party_list() -> None:
    # A bracket that happens to close a paragraph with a role word is not a party on its own.
    text = ("Reservations are recorded by the reservations team (the Agent)\n\n"
            "1. Services\n\n1.1 The services are set out below.\n")
    assert all(p.name != "Reservations are recorded by the reservations team" for p in parties(text))


def test_numbered_items_of_an_order_form_name_the_parties() -> None:
    text = ("Order Form\n\n| Item | Detail |\n|---|---|\n"
            "| 1. Customer | Wrenfield Pet Insurance Limited, a company registered in England |\n"
            "| 2. Supplier | Pennine Claims Services Ltd, of Calder House, Halifax |\n\n"
            "1. Services\n\n1.1 The Supplier shall handle claims.\n")
    # The reader joins a table row's cells with " | "; paragraphs() keeps each row as written.
    assert summary(text) == [("Wrenfield Pet Insurance Limited", "Customer", "client"),
                             ("Pennine Claims Services Ltd", "Supplier", "provider")]


def test_a_short_name_in_the_same_bracket_is_an_alias_of_the_party() -> None:
    text = ('Federal Annuitant Services Administration, Office of Acquisition Management (the "Government" or '
            '"FASA") issues this task order to Bluestem Federal Solutions, LLC (the "Contractor").\n\n'
            "1. Scope\n\n1.1 FASA shall maintain a Contract Oversight Team.\n")
    government = next(p for p in parties(text) if p.role == "client")
    assert government.defined_as == "Government"
    assert "FASA" in government.aliases


def test_hereinafter_without_brackets_names_the_party() -> None:
    """Civil-law drafting: the party's name, its register entry, then '- hereinafter the "X" -'."""
    text = ("between\n\nRheinau Fahrzeugwerke AG, Industriestrasse 40, 70565 Stuttgart, represented by its "
            'Management Board - hereinafter the "Principal" (Auftraggeber) -\n\nand\n\n'
            "DialogHaus Kundenservice GmbH, Hafenstrasse 12, 68159 Mannheim, represented by its managing "
            'directors - hereinafter the "Contractor" (Auftragnehmer) -\n\n'
            "§ 1 Subject Matter\n\n(1) The Contractor operates the hotline.\n")
    assert summary(text) == [("Rheinau Fahrzeugwerke AG", "Principal", "client"),
                             ("DialogHaus Kundenservice GmbH", "Contractor", "provider")]


@pytest.mark.parametrize(("paragraph", "name"), [
    ("Coral Gum Patient Access Pty Ltd ABN 47 612 908 331 of Level 4, 88 Phillip Street (the Contractor)",
     "Coral Gum Patient Access Pty Ltd"),
    ('BANAUE SHORES OUTSOURCING CORPORATION, a PEZA-registered enterprise, represented by its Chief Executive '
     'Officer, Mr. Ramon T. Dela Cruz (the "Vendor").', "BANAUE SHORES OUTSOURCING CORPORATION"),
])
def test_the_name_ends_before_its_registration_number_or_representative(paragraph: str, name: str) -> None:
    quote = '"' if '"' in paragraph else ""
    text = (f"Riverina Coast Health District (the {quote}Authority{quote})\n\n" + paragraph + "\n\n1. Services\n\n"
            "1.1 The Supplier shall provide the Services.\n")
    assert name in [p.name for p in parties(text)]


def test_of_the_one_part_closes_a_party_and_opens_no_name() -> None:
    """Older Commonwealth drafting: '... ("the Board") of the one part; AND NAME ... of the other part'."""
    text = ('THIS AGREEMENT is made this 2nd day of June 2025 BETWEEN the AYETORO STATE BOARD OF INTERNAL '
            'REVENUE, a body corporate whose principal office is at Revenue House, Ayetoro City (hereinafter called '
            '"the Board", which expression shall include its successors) of the one part; AND MARINA LAGOON '
            'CONTACT SERVICES LIMITED, a company whose registered office is at 27 Akin Adesola Street, Lagos '
            '(hereinafter called "the Service Provider") of the other part.\n\n'
            "1. Services\n\n1.1 The Service Provider shall operate the contact centre.\n")
    assert summary(text) == [("AYETORO STATE BOARD OF INTERNAL REVENUE", "Board", "client"),
                             ("MARINA LAGOON CONTACT SERVICES LIMITED", "Service Provider", "provider")]


def test_on_the_one_side_and_contracting_and_contracted_party() -> None:
    """Brazilian drafting in translation: CONTRATANTE (the client) and CONTRATADA (the provider)."""
    text = ('By this private instrument, on the one side, VOLTARA ELETRONICOS S.A., a corporation with head office '
            'in Manaus, herein represented in accordance with its by-laws, hereinafter the "CONTRACTING PARTY"; and, '
            'on the other side, ATENDE MAIS SERVICOS LTDA., a limited company with head office in Recife, hereinafter '
            'the "CONTRACTED PARTY"; have agreed as follows.\n\n'
            "1. Purpose\n\n1.1 The CONTRACTED PARTY shall provide customer service.\n")
    assert summary(text) == [("VOLTARA ELETRONICOS S.A.", "CONTRACTING PARTY", "client"),
                             ("ATENDE MAIS SERVICOS LTDA.", "CONTRACTED PARTY", "provider")]


def test_numbered_items_under_a_parties_heading_name_the_parties() -> None:
    text = ("Agreement on the Booking Line\n\n## § 1 Parties\n\n"
            '1.1 Skargardslinjen i Roslagen AB, corporate identity number 556812-3456, Hamngatan 4 ("Skargardslinjen").\n\n'
            '1.2 Nordkontakt Kundservice AB, corporate identity number 559034-7788, Sundsgatan 12 ("Nordkontakt").\n\n'
            "## § 2 Services\n\n2.1 Nordkontakt shall answer telephone calls about bookings.\n")
    # (read through the Markdown reader, which makes "## § 1 Parties" a heading)
    assert [(p.name, p.role) for p in document_from_text(text).parties] == [("Skargardslinjen i Roslagen AB", "client"),
                                                          ("Nordkontakt Kundservice AB", "provider")]


def test_plain_language_pronouns_are_the_parties_they_are_defined_as() -> None:
    text = ("1. This agreement is between the Court Services Administration, of Kingston, and Blue Mountain Contact "
            'Services Limited, of Montego Bay. In this agreement "we", "us" and "our" mean the Court Services '
            'Administration, and "you" and "your" mean Blue Mountain Contact Services Limited.\n\n'
            "2. You will run a helpline for court users.\n\n3. We will pay you the fees.\n")
    found = {p.name: (p.role, p.defined_as) for p in parties(text)}
    assert found == {"Court Services Administration": ("client", "we"),
                     "Blue Mountain Contact Services Limited": ("provider", "you")}


def test_a_party_called_we_is_also_our_and_one_called_you_is_your() -> None:
    text = ('This agreement is between Adinkra Pay Limited ("we") and Volta Contact Hub Limited ("you").\n\n'
            "1. You will run our agent helpline.\n\n2. We will pay your fees.\n")
    aliases = {p.name: set(p.aliases) for p in parties(text)}
    assert {"us", "our"} <= aliases["Adinkra Pay Limited"]
    assert "your" in aliases["Volta Contact Hub Limited"]
    assert "our" not in aliases["Volta Contact Hub Limited"]


def test_on_the_one_part_by_name_and_quoted_the_in_capitals() -> None:
    """Mexican drafting in translation: '(hereinafter "THE COMPANY")' is the term "COMPANY"."""
    text = ('SERVICES AGREEMENT entered into, on the one part, by CEMENTOS SIERRA MADRE, S.A.B. DE C.V., represented '
            'herein by its attorney-in-fact (hereinafter "THE COMPANY"), and, on the other part, SOLUCIONES DE '
            'CONTACTO REGIA, S.A. DE C.V., represented herein by its sole administrator (hereinafter "THE VENDOR").\n\n'
            "1. Purpose\n\n1.1 THE VENDOR shall answer dealer calls.\n")
    assert summary(text) == [("CEMENTOS SIERRA MADRE, S.A.B. DE C.V.", "COMPANY", "client"),
                             ("SOLUCIONES DE CONTACTO REGIA, S.A. DE C.V.", "VENDOR", "provider")]


def test_two_names_that_both_usually_mean_the_provider_are_told_apart_by_what_each_does() -> None:
    # A train operating company engages a contact-centre supplier: "Operator" is the client here.
    text = ('This Agreement is made between NORTHLINE TRAINS LIMITED (the "Operator") and PENNINE CONTACT '
            'SERVICES LTD (the "Supplier").\n\n1. Services\n\n1.1 The Supplier shall provide the Services.\n\n'
            "1.2 The Supplier shall invoice the Operator monthly.\n")
    assert [(p.defined_as, p.role) for p in parties(text)] == [("Operator", "client"), ("Supplier", "provider")]


def test_an_operator_may_be_the_client_and_a_contact_centre_is_the_provider() -> None:
    # A lounge operator outsources its member line: what each party does decides, not "Operator".
    text = ('This Agreement is made between Steppe Lounges LLC (the "Operator") and Orkhon Calls LLC (the '
            '"Contact Centre").\n\nThe Operator wishes to entrust member contacts to the Contact Centre.\n\n'
            "1.1 The Operator shall pay the Monthly Fee.\n")
    assert [(p.defined_as, p.role) for p in parties(text)] == [("Operator", "client"), ("Contact Centre", "provider")]
    text = ('This Agreement is made between Lagoon Transit Ltd (the "Operator") and Kestrel Telecom Ltd (the '
            '"Customer").\n\n1.1 The Operator shall run the Customer\'s service desk.\n')
    assert [(p.defined_as, p.role) for p in parties(text)] == [("Operator", "provider"), ("Customer", "client")]


@pytest.mark.parametrize(("sentence", "provider"), [
    ("Hanbit shall handle the following work for Purewell: inquiries and complaints.", "Hanbit"),
    ("This agreement sets out how Hanbit will look after customers on Purewell's behalf.", "Hanbit"),
    # a heading that says what one party does for the other is no evidence of who provides
    ("What Purewell will do for Hanbit is set out below. Hanbit shall answer customer calls.", "Hanbit"),
    ("Hanbit shall answer Purewell's service line twenty-four hours a day.", "Hanbit"),
    ("Purewell shall pay Hanbit a fixed monthly standby fee.", "Hanbit"),
    ("Purewell hopes that engaging Hanbit will shorten waiting times.", "Hanbit"),
    ("Purewell wishes Hanbit to operate a results helpline on its behalf.", "Hanbit"),
    ("Purewell want Hanbit to run the booking line.", "Hanbit"),
    ("Hanbit shall operate the results helpline. Purewell shall pay Hanbit a quality bonus. Purewell shall staff a "
     "Critical Desk.", "Hanbit"),
])
def test_work_done_for_the_other_party_marks_the_provider(sentence: str, provider: str) -> None:
    text = ('Purewell Co., Ltd. (hereinafter "Purewell") and Hanbit CX Co., Ltd. (hereinafter "Hanbit") enter into '
            f"this Agreement.\n\nArticle 1 (Scope)\n\n(1) {sentence}\n")
    assert {p.defined_as: p.role for p in parties(text)}[provider] == "provider"


@pytest.mark.parametrize(("preamble", "names"), [
    # short names in brackets without quotes, each the first word of its party's name
    ("THIS AGREEMENT is made on 2 June 2025 BETWEEN Lusenga Copper Mines Plc, a company incorporated in the "
     "Republic of Zambia (Zambia), of Plot 118, Kitwe (Lusenga), AND Tandiza Business Services Limited, of "
     "Stand 4472, Lusaka (Tandiza).",
     ["Lusenga Copper Mines Plc", "Tandiza Business Services Limited"]),
    # "entered into by" opens the list as "between" does
    ('This Contract is entered into by the Commonwealth of Virginia, Department of Conservation, 600 East Main '
     'Street, Richmond (the "Agency"), and Blue Ridge Contact Solutions, LLC, a Virginia limited liability company '
     '(the "Contractor").',
     ["Commonwealth of Virginia", "Blue Ridge Contact Solutions, LLC"]),
    # a cover line that goes on after the name
    ("PARTY A: SONG HONG MOTOR JOINT STOCK COMPANY. Address: Khai Quang Industrial Park. Represented by: Mr. Thanh.\n\n"
     "PARTY B: SAO MAI CONTACT CENTRE COMPANY LIMITED. Address: 112 Nguyen Van Linh Street. Represented by: Ms. Anh.",
     ["SONG HONG MOTOR JOINT STOCK COMPANY", "SAO MAI CONTACT CENTRE COMPANY LIMITED"]),
])
def test_more_ways_of_naming_the_parties(preamble: str, names: list[str]) -> None:
    text = preamble + "\n\n1. Services\n\n1.1 The second party shall answer the calls.\n"
    assert [p.name for p in parties(text)] == names


def test_hereinafter_with_a_colon_and_no_quotes_names_the_party() -> None:
    """Central European drafting: '... represented by the Director (hereinafter: the Contractor)'."""
    text = ("concluded between:\n\n"
            "DRAVA CESTE d.d., Tržaška cesta 12, 1000 Ljubljana, registration number 5512300000, represented by "
            "the President of the Management Board (hereinafter: the Principal),\n\n"
            "and\n\n"
            "KLIC PLUS d.o.o., Savska cesta 3, 4000 Kranj, represented by the Director (hereinafter referred to as "
            "the Contractor),\n\n"
            "1. Subject\n\n1.1 The Contractor shall operate the helpdesk.\n")
    assert summary(text) == [("DRAVA CESTE d.d.", "Principal", "client"),
                             ("KLIC PLUS d.o.o.", "Contractor", "provider")]


def test_a_bracketed_hereinafter_defines_a_bare_term_only_when_capitalised() -> None:
    def terms(text: str) -> list[str]:
        return [d.term for d in find_definitions(text, paragraphs(text))]
    assert terms("The fees are set out below (hereinafter: see Annex 2).") == []
    assert terms("The first invoice (hereinafter the 'Invoice') is due in May.") == ["Invoice"]
    assert terms("The web shop (hereinafter: the Shop) sells vignettes.") == ["Shop"]


def test_a_party_term_after_a_thing_defined_in_its_description_is_the_party_term() -> None:
    """Colombian drafting: '... concessionaire of the system (the "System"), represented by ...,
    hereinafter THE CONTRACTING PARTY; and ...'. The party is the Contracting Party, not the System."""
    text = ('Between the undersigned, namely PEDAL URBANO S.A.S., domiciled in Medellin, operator of the public '
            'bicycle system (the "System"), represented by its legal representative, Ms Ana Ruiz, hereinafter THE '
            'CONTRACTING PARTY; and LINEA ANDINA S.A.S., domiciled in Cali, represented by its legal '
            'representative, Mr Luis Mora, hereinafter THE CONTRACTOR; the parties agree as follows.\n\n'
            "1. Object\n\n1.1 The Contractor shall operate the user centre.\n")
    assert summary(text) == [("PEDAL URBANO S.A.S.", "CONTRACTING PARTY", "client"),
                             ("LINEA ANDINA S.A.S.", "CONTRACTOR", "provider")]


def test_numbered_items_after_a_lead_in_name_the_companies_their_signatories_act_for() -> None:
    """Indonesian drafting: 'the undersigned:' then '1. NAME, Director, acting for and on behalf of PT ...'."""
    text = ("On this day, Monday, 16 June 2025, in South Jakarta, the undersigned:\n\n"
            "1. Budi Santoso, President Director, acting for and on behalf of PT Cahaya Ilmu, a limited liability "
            "company domiciled in Jakarta, hereinafter referred to as the FIRST PARTY;\n\n"
            "2. Sari Dewi, Director, acting for and on behalf of PT Suara Prima, a limited liability company "
            "domiciled in Bandung, hereinafter referred to as the SECOND PARTY.\n\n"
            "Clause 1\n\n1. The SECOND PARTY shall provide the Services to the FIRST PARTY.\n")
    assert summary(text) == [("PT Cahaya Ilmu", "FIRST PARTY", "client"), ("PT Suara Prima", "SECOND PARTY", "provider")]


def test_a_lead_in_line_without_a_colon_opens_the_numbered_party_items() -> None:
    """Dutch drafting in translation: "The undersigned" on a line of its own, then "1. NAME N.V., ...,
    lawfully represented by ..., hereinafter ..."; before, the preamble ended at item 1."""
    text = ("The undersigned\n\n"
            "1. Hooiberg Aloe N.V., a limited liability company under Aruban law, with its registered office at "
            'Hooiberg, lawfully represented by its managing director, hereinafter "the Commissioning Party";\n\n'
            "2. Solito Contact V.B.A., a company under Aruban law, with its registered office at Oranjestad, "
            'lawfully represented by its director, hereinafter "the Contractor";\n\n'
            "6. The Contractor shall handle the questions of web shop customers for the Commissioning Party.\n")
    assert [(name, role) for name, _, role in summary(text)] == [("Hooiberg Aloe N.V.", "client"),
                                                                 ("Solito Contact V.B.A.", "provider")]


def test_a_portuguese_outorgante_label_is_no_part_of_the_name() -> None:
    text = ("## Parties (Outorgantes)\n\n"
            "FIRST OUTORGANTE: Olaria Lotus, Limitada, a private limited company, represented by its manager Ms Ho, "
            'with powers to bind it for this act, hereinafter "the Workshop";\n\n'
            "SECOND OUTORGANTE: Apoio Perola, Limitada, a private limited company, represented by its manager Mr Chan, "
            'with powers to bind it for this act, hereinafter "the Provider".\n\n'
            "1. The Provider shall answer the buyers of the Workshop.\n")
    assert [(name, role) for name, _, role in summary(text)] == [("Olaria Lotus", "client"), ("Apoio Perola", "provider")]


def test_a_numbered_clause_after_an_agreed_as_follows_is_not_a_party() -> None:
    text = ('BETWEEN\n\nKIJANI SEEDS LIMITED, of Nairobi ("Kijani"); and\n\nSAUTI LIMITED, of Eldoret ("Sauti").\n\n'
            "NOW IT IS AGREED as follows:\n\n"
            '1.2 "Charges" means the charges agreed in the letter between Kijani and Sauti of the same date.\n\n'
            "2.1 Sauti shall operate the helpline for Kijani.\n")
    assert [p.name for p in parties(text)] == ["KIJANI SEEDS LIMITED", "SAUTI LIMITED"]


def test_the_representative_before_the_bracket_does_not_name_the_party() -> None:
    """'Caja Sur S.A., RUC ..., represented by its General Manager (the "Bank")' defines the company."""
    text = ('This contract is entered into in Lima by Caja Sur de Ahorro S.A., RUC 20512345678, with domicile at '
            'Av. Arequipa 100, Lima, represented by its General Manager (the "Bank"), and Fono Peru S.A.C., RUC '
            '20698765432, with domicile at Av. Larco 880, Lima, represented by its Legal Representative (the '
            '"Provider"), on the following terms.\n\n1. Object\n\n1.1 The Provider shall run the contact centre.\n')
    assert summary(text) == [("Caja Sur de Ahorro S.A.", "Bank", "client"), ("Fono Peru S.A.C.", "Provider", "provider")]


@pytest.mark.parametrize(("text", "expected"), [
    # Dutch drafting: the parties are numbered items under "THE UNDERSIGNED:"; a recital's "between
    # the Benelux, Germany and Poland" comes after "WHEREAS:" and names nobody.
    pytest.param(
        'THE UNDERSIGNED:\n\n1. Hollandse Vracht B.V., having its registered office in Rotterdam (hereinafter: '
        '"Client");\n\n2. Zuidkust Claims B.V., having its registered office in Breda (hereinafter: "Vendor");\n\n'
        'WHEREAS:\n\nA. Client carries goods by road between the Benelux, Germany and Poland;\n\n'
        "B. Vendor operates a claims desk;\n\nHAVE AGREED AS FOLLOWS:\n\n"
        "Article 1\n\n1.1 Vendor shall perform the Services.\n",
        [("Hollandse Vracht B.V.", "Client", "client"), ("Zuidkust Claims B.V.", "Vendor", "provider")],
        id="a recital that says between lists no parties"),
    # An unnumbered contract: "responsibilities between Cepa and Llamado for each of these activities"
    # is a clause, and its second "name" is no name.
    pytest.param(
        'In Mendoza, on 4 August 2025, CEPA (hereinafter "Cepa"), CUIT 30-71584229-6, domiciled at Avenida San '
        'Martin 1250, represented by its attorney-in-fact, and LLAMADO (hereinafter "Llamado"), CUIT '
        '30-71237744-1, domiciled at Bv. Chacabuco 980, represented by its chairman, agree as follows.\n\n'
        "Cepa wishes to entrust to Llamado the attention of club members, and Llamado accepts.\n\n"
        "The distribution of responsibilities between Cepa and Llamado for each of these activities is set out "
        "in Annex A.\n",
        [("CEPA", "Cepa", "client"), ("LLAMADO", "Llamado", "provider")],
        id="a between in a body clause is no party list"),
    pytest.param(
        'Atlas Gares SA, with its registered office in Casablanca ("Atlas Gares"); and Amana SARL, with its '
        'registered office in Rabat ("Amana").\n\n'
        "Atlas Gares manages stations. It entrusts Amana, which accepts, with the operation of the desks.\n",
        [("Atlas Gares SA", "Atlas Gares", "client"), ("Amana SARL", "Amana", "provider")],
        id="entrusting a party with the work makes it the provider"),
    # '... have concluded this contract (the "Contract")' follows the parties' particulars: the
    # bracket names the contract, and reading it must not fail.
    pytest.param(
        'Linnasõit OÜ, registry code 14000001, domiciled at Tartu mnt 2, Tallinn, represented by its management '
        'board member (the "Operator"), and Kõnekeskus AS, registry code 10000002, represented by its management '
        'board member (the "Provider") (jointly the "Parties" and separately a "Party"), have concluded this '
        'contract (the "Contract") on the following terms.\n\n1. Services\n\n'
        "1.1 The Provider shall answer passenger calls.\n",
        [("Linnasõit OÜ", "Operator", "client"), ("Kõnekeskus AS", "Provider", "provider")],
        id="a defined contract after the parties' particulars is no party"),
    # Gulf drafting labels each party ("First Party: ...") and then defines its own short name.
    pytest.param(
        "This Contract was concluded in Muscat on 9 March 2025, between:\n\n"
        "First Party: Al Wusta Free Zone Development Company SAOC, a closed joint stock company, represented "
        'by its Chief Executive Officer (hereinafter "the Zone Company").\n\n'
        "Second Party: Majan Customer Experience LLC, a limited liability company, represented by its General "
        'Manager (hereinafter "the Provider").\n\n## Article (2)\n\n2.1 The Provider shall operate the Desk.\n',
        [("Al Wusta Free Zone Development Company SAOC", "Zone Company", "client"),
         ("Majan Customer Experience LLC", "Provider", "provider")],
        id="a labelled party is known by the name it defines"),
    # Each party on a line of its own, labelled "First:" and "Second:", with a full stop between them;
    # the provider is the one that provides the services "on behalf of" the other.
    pytest.param(
        "This Agreement was made and entered into in Doha on 9 February 2025, by and between:\n\n"
        "First: Al Waha Premium Motors W.L.L., a limited liability company, represented by its General Manager, "
        'hereinafter referred to as the "First Party".\n\n'
        "Second: Barzan Customer Care Services W.L.L., a limited liability company, represented by its Managing "
        'Director, hereinafter referred to as the "Second Party".\n\n## Article (2): Services\n\n'
        "2.1 The Second Party shall provide, in Arabic and English, the following Services on behalf of the "
        "First Party: booking appointments and answering enquiries.\n",
        [("Al Waha Premium Motors W.L.L.", "First Party", "client"),
         ("Barzan Customer Care Services W.L.L.", "Second Party", "provider")],
        id="parties labelled first and second on lines of their own"),
    # Plain English: a list of pronouns joined by "and" defines the party, and "of Level 3, ..." is its
    # address, not its name.
    pytest.param(
        "This agreement is between Riverbend Home Care Ltd of 22 Hutchinson Street, Mount Barker "
        '("we", "us" and "our") and Coorong Contact Pty Ltd of Level 3, 70 Pirie Street, Adelaide ("you" and '
        '"your").\n\n## What you will do\n\nYou will run our client line.\n',
        [("Riverbend Home Care Ltd", "we", "client"), ("Coorong Contact Pty Ltd", "you", "provider")],
        id="pronouns joined by and"),
    # Panamanian drafting: each signatory acts "in his capacity as" an officer of the company, which
    # "for the purposes of this contract shall be called" by its role.
    pytest.param(
        "Between the undersigned, namely: ROBERTO VEGA, Panamanian, of legal age, acting in his capacity as "
        "President and Legal Representative of SERVICIOS DE PROGRAMACION, S.A., a company registered in Panama, "
        "who for the purposes of this contract shall be called THE CONTRACTING PARTY, on the one part;\n\n"
        "and MARIA DE LEON, of legal age, acting in her capacity as General Manager of CENTRO DE CONTACTO AZUERO, "
        "S.A., a company registered in Panama, who for the purposes of this contract shall be called THE "
        "CONTRACTOR, on the other part;\n\n"
        "FIRST: PURPOSE\n\nTHE CONTRACTOR shall operate the desk.\n",
        [("SERVICIOS DE PROGRAMACION, S.A.", "CONTRACTING PARTY", "client"),
         ("CENTRO DE CONTACTO AZUERO, S.A.", "CONTRACTOR", "provider")],
        id="signatories acting in their capacity for companies called by a role"),
    # Latvian drafting: the legal form stands before the quoted name.
    pytest.param(
        'SIA "Baltic Boxline", registration No 40103987215, legal address Eksporta iela 12, Riga, represented by '
        'Chair of the Board Martins Ozols, acting on the basis of the Articles of Association (the "Line"), and\n\n'
        'SIA "Daugava Service Hub", registration No 40203154478, legal address Krasta iela 68, Riga, represented '
        'by Board Member Ilze Kalnina, acting on the basis of the Articles of Association (the "Desk Operator"),'
        "\n\n1. The Desk Operator shall run the Line's customer booking desk.\n",
        [('SIA "Baltic Boxline"', "Line", "client"), ('SIA "Daugava Service Hub"', "Desk Operator", "provider")],
        id="Baltic legal forms before the quoted name"),
    # Moldovan drafting: "S.R.L." with its dots, and the Beneficiary who entrusts the work to the Executant.
    pytest.param(
        "The undersigned:\n\nTehnoLeasing Prim S.R.L., a limited liability company registered in the Republic of "
        'Moldova, represented by its Administrator, Mr Ion Rusu, hereinafter the "Beneficiary", on the one hand,'
        "\n\nand\n\nNistru Support Hub S.R.L., a limited liability company, represented by its Director, Ms Elena "
        'Ciobanu, hereinafter the "Executant", on the other hand,\n\n## § 1. Subject\n\n(1) The Executant shall '
        "answer the Lessees' calls.\n",
        [("TehnoLeasing Prim S.R.L.", "Beneficiary", "client"), ("Nistru Support Hub S.R.L.", "Executant", "provider")],
        id="Moldovan S.R.L. Beneficiary and Executant"),
    # Kazakh drafting: both parties in one paragraph, each a long legal form ("Joint Stock Company",
    # "Limited Liability Partnership") far before its bracket; the second bracket is the second party's.
    pytest.param(
        "Steppe Grain Terminal Joint Stock Company, BIN 041140002871, a grain receiving enterprise, represented by "
        'Chairman of the Management Board A. K. Zhaksybekov acting under the Charter (the "Elevator Company"), and '
        "Esil Service Centre Limited Liability Partnership, BIN 150640019352, located at 12 Kabanbay Batyr Avenue, "
        'Astana, represented by Director D. S. Omarova acting under the Charter (the "Service Company"), together '
        'the "Parties", have concluded this Agreement.\n\n## First: Subject\n\n1. The Elevator Company entrusts '
        "to the Service Company, and the Service Company undertakes, the servicing of Farmer enquiries (the "
        '"Services").\n',
        [("Steppe Grain Terminal Joint Stock Company", "Elevator Company", "client"),
         ("Esil Service Centre Limited Liability Partnership", "Service Company", "provider")],
        id="two long legal forms in one paragraph"),
    # Costa Rican and Guatemalan deeds: the signatory acts "as" an officer "of" the company, which "will
    # hereinafter be called" by its role; "Sociedad Anónima" ends the company's name.
    pytest.param(
        "APPEARING: On the one part, ANA LUCÍA VARGAS SOLANO, of legal age, acting as general attorney-in-fact "
        "without limit of amount of SONRISA ALINEADA SOCIEDAD ANÓNIMA, corporate identification number "
        'three-one-zero-one, hereinafter "THE COMPANY"; and on the other part, JOSÉ PABLO MORA CHAVES, of legal '
        "age, acting in his capacity as Sole Administrator of the company SERVICIOS DE CONTACTO GUANACASTE, "
        'SOCIEDAD ANÓNIMA, an entity which will hereinafter be called "THE CONTRACTOR"; we have agreed as '
        "follows.\n\n## FIRST: PURPOSE\n\nTHE CONTRACTOR undertakes to provide the services to THE COMPANY.\n",
        [("SONRISA ALINEADA SOCIEDAD ANÓNIMA", "COMPANY", "client"),
         ("SERVICIOS DE CONTACTO GUANACASTE, SOCIEDAD ANÓNIMA", "CONTRACTOR", "provider")],
        id="signatories acting as officers of companies hereinafter called by a role"),
    # Gulf drafting with no role names: the Second Party operates the centre "on behalf of" the First,
    # which pays "a fixed monthly fee", though the First Party also operates a line of its own.
    pytest.param(
        "This Contract was concluded in Kuwait City between:\n\nFirst Party: Bayan Household Staffing Company "
        "W.L.L., a recruitment office.\n\nSecond Party: Gulf Crescent Contact Services Company K.S.C., a "
        "company.\n\n## Article (3)\n\nThe Second Party shall, from the Start Date, operate on behalf of the "
        "First Party a contact centre answering calls.\n\nThe First Party shall operate an Urgent Case Line for "
        "the Second Party's supervisors.\n\nThe First Party shall pay the Second Party a fixed monthly fee.\n",
        [("Bayan Household Staffing Company W.L.L.", "First Party", "client"),
         ("Gulf Crescent Contact Services Company K.S.C.", "Second Party", "provider")],
        id="both parties operate something and one pays a fee"),
    # Nicaraguan notarial drafting: each signatory acts "in the name and representation of the company"
    # it names, which "hereinafter shall be called" by its role.
    pytest.param(
        "APPEARING: On the one hand, Mr. JOSÉ LACAYO, of legal age, acting in the name and representation of "
        "the company OLAS DEL SUR, SOCIEDAD ANÓNIMA, with its place of business in Rivas, which hereinafter "
        'shall be called "THE PRINCIPAL" (EL CONTRATANTE); and on the other hand, Mrs. MARÍA OBANDO, of '
        "legal age, acting in the name and representation of the company CONTACTO XOLOTLÁN, SOCIEDAD "
        'ANÓNIMA, with its place of business in Managua, which hereinafter shall be called "THE CONTRACTOR" '
        "(EL CONTRATISTA).\n\n## FIRST: PURPOSE\n\nTHE CONTRACTOR shall answer calls.\n",
        [("OLAS DEL SUR, SOCIEDAD ANÓNIMA", "PRINCIPAL", "client"),
         ("CONTACTO XOLOTLÁN, SOCIEDAD ANÓNIMA", "CONTRACTOR", "provider")],
        id="acting in the name and representation of a company hereinafter shall be called"),
    # A cover line of bare names gives way to the numbered list that defines the parties' terms.
    pytest.param(
        "# Request Line Services Contract\n\nbetween Tonle Wells Co., Ltd. and Bayon Connect Co., Ltd.\n\n"
        "THIS CONTRACT is made on 5 May 2025 between:\n\n(1) TONLE WELLS CO., LTD., a private limited "
        'company (the "Company"); and\n\n(2) BAYON CONNECT CO., LTD., a private limited company (the '
        '"Contractor").\n\n1. The Contractor shall answer calls.\n',
        [("TONLE WELLS CO., LTD.", "Company", "client"), ("BAYON CONNECT CO., LTD.", "Contractor", "provider")],
        id="a cover line of bare names and then a defining list"),
    # A "Parties:" label and the address before the bracket are no name ("..., of Beach Road, Apia (the
    # "Agency")"); nor a "FIRST CONTRACTING PARTY:" label; a Portuguese "Lda" stays in the name; a
    # pronoun's definition names a party whatever its name ends with.
    pytest.param(
        'Parties: the TAUTAI WORKFORCE MOBILITY AGENCY, a body corporate established under the Tautai Act 2019, of '
        'Beach Road, Apia, Samoa (the "Agency"); and MULINU\'U CONNECT LIMITED, a company registered in Samoa, of '
        'Vaitele Industrial Estate, Upolu (the "Operator").\n\n'
        "1. The Operator shall run the Agency's helpline.\n",
        [("TAUTAI WORKFORCE MOBILITY AGENCY", "Agency", "client"), ("MULINU'U CONNECT LIMITED", "Operator", "provider")],
        id="parties-label-and-address"),
    pytest.param(
        "BETWEEN:\n\n"
        "FIRST CONTRACTING PARTY: SOFALA GATEWAY TERMINALS, S.A., a public limited company with registered office "
        'in Beira, hereinafter referred to as "the Contracting Entity";\n\n'
        "AND\n\n"
        "SECOND CONTRACTING PARTY: LINHA DIRECTA SERVICOS DE ATENDIMENTO, LDA., a private limited company with "
        'registered office in Beira, hereinafter referred to as "the Service Provider";\n\n'
        "1. The Service Provider shall answer the Contracting Entity's users.\n",
        [("SOFALA GATEWAY TERMINALS, S.A.", "Contracting Entity", "client"),
         ("LINHA DIRECTA SERVICOS DE ATENDIMENTO, LDA.", "Service Provider", "provider")],
        id="contracting-party-labels-and-lda"),
    pytest.param(
        'In this agreement, "we", "us" and "our" mean Platte Bend Beef Company, a Nebraska corporation. "You" and '
        '"your" mean Sandhill Crane Contact Services LLC, which will run our hiring hotline.\n\n'
        "You will answer applicants' calls on our behalf.\n",
        [("Platte Bend Beef Company", "we", "client"), ("Sandhill Crane Contact Services LLC", "you", "provider")],
        id="pronoun-definitions"),
    # particulars written before the term name the party at the paragraph's head
    pytest.param(
        "THE UNDERSIGNED:\n\n"
        "The Republic of Suriname, acting for the Central Bureau for Civil Affairs, having its seat at Paramaribo "
        'and lawfully represented by its Director, hereinafter "the Bureau";\n\n'
        "and\n\n"
        "Maroni Klantcontact N.V., having its registered office at Paramaribo, lawfully represented by its "
        'Managing Director, hereinafter "the Contractor";\n\n'
        "1. The Contractor shall answer citizens' questions for the Bureau.\n",
        [("The Republic of Suriname", "Bureau", "client"), ("Maroni Klantcontact N.V.", "Contractor", "provider")],
        id="particulars-before-the-term"),
    # the second party's company name heads its segment; the capitalised words before its bracket are
    # its address ("of 3rd Floor, Nkoyoyo Centre, Manzini")
    pytest.param(
        'Lubombo Cane Milling (Pty) Ltd, a company incorporated in Eswatini, of Plot 14, Mhlume Road, Tshaneni (the '
        '"Miller"), and Sibaya Contact Bureau (Pty) Ltd, a company incorporated in Eswatini, of 3rd Floor, Nkoyoyo '
        'Centre, Manzini (the "Bureau"), agree as follows.\n\n'
        "1. The Miller engages the Bureau to run a helpline.\n",
        [("Lubombo Cane Milling (Pty) Ltd", "Miller", "client"), ("Sibaya Contact Bureau (Pty) Ltd", "Bureau", "provider")],
        id="second-party-address-before-the-bracket"),
    # a table header of pronouns ("| Task | You | Us |") is no cover line naming a third party
    pytest.param(
        'In this agreement, "we", "us" and "our" mean Prairie Line Contact Centre Inc., and "you" and "your" mean '
        "Chinook Comfort Rentals Ltd.\n\nWe will answer your customers' calls.\n\n| Task | You | Us |\n|---|---|---|\n"
        "| Prices | set them | apply them |\n",
        [("Prairie Line Contact Centre Inc.", "we", "provider"), ("Chinook Comfort Rentals Ltd.", "you", "client")],
        id="pronoun-table-header"),
    # Faroese companies put their form first ("P/F", "Sp/F"), and "whose address is" ends in an address
    pytest.param(
        '(1) P/F Hvalba Wool, a Faroese limited company (partafelag) registered under V-number 6001, whose address is '
        'Tinghúsvegur 9, FO-100 Tórshavn (the "Shop").\n\n(2) Sp/F Eystur Kundatænasta, a private limited company, '
        'whose address is Vágsvegur 3, FO-700 Klaksvík (the "Agency").\n\n1. The Shop engages the Agency to run its '
        "customer care.\n",
        [("P/F Hvalba Wool", "Shop", "client"), ("Sp/F Eystur Kundatænasta", "Agency", "provider")],
        id="faroese-form-first-and-whose-address-is"),
    # "(PTY)" in capitals inside a Seychelles company's name; a short name no role list knows
    pytest.param(
        '(1) ANSE KERLAN VILLAS (PTY) LTD, a company incorporated in the Republic of Seychelles, whose registered '
        'office is at Anse Kerlan, Praslin (the "Estate"); and\n\n(2) MAHE GUEST CONNECT LTD, a company incorporated '
        'in the Republic of Seychelles (the "Agency").\n\n(A) The Estate wishes to appoint the Agency to run a '
        "concierge line.\n",
        [("ANSE KERLAN VILLAS (PTY) LTD", "Estate", "client"), ("MAHE GUEST CONNECT LTD", "Agency", "provider")],
        id="capital-pty-inside-the-name"),
    # a name in quotes before its legal form, with letters outside A-Z; the Customer and the Executor
    pytest.param(
        '"Şəki Meyvə" Limited Liability Company, located at 4 Nizami Street, Shaki, represented by its Director '
        '(hereinafter the "Customer"), on the one hand, and "Abşeron Əlaqə" Limited Liability Company, located at '
        '8 Xətai Avenue, Baku, represented by its Director (hereinafter the "Executor"), on the other hand, have '
        "concluded this Agreement.\n\n1.1. The Executor shall operate the Customer's order desk.\n",
        [('"Şəki Meyvə" Limited Liability Company', "Customer", "client"),
         ('"Abşeron Əlaqə" Limited Liability Company', "Executor", "provider")],
        id="quoted-name-before-its-form-and-the-executor"),
])
def test_civil_law_preambles_name_the_parties_and_nothing_else(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert summary(text) == expected


def test_a_french_appearance_keeps_both_the_short_name_and_the_hereinafter_name() -> None:
    """'SA ("SOSAMAS"), ..., hereinafter "the Exporter"': the contract speaks of the party by either name."""
    text = ('BETWEEN THE UNDERSIGNED:\n\nSociété des Mangues de Sikasso SA ("SOSAMAS"), a public limited company '
            "having its registered office at Sikasso, represented by Mrs Aminata Traoré, Managing Director,\n\n"
            'hereinafter "the Exporter", of the first part,\n\nAND\n\nBamako Relation Clients SARL, a limited '
            'liability company represented by its Manager,\n\nhereinafter "the Service Provider", of the second '
            "part.\n\n1. The Service Provider shall answer the Buyers of the Exporter on its behalf.\n")
    exporter, provider = parties(text)
    assert (exporter.name, exporter.defined_as, exporter.role) == ("Société des Mangues de Sikasso SA", "Exporter", "client")
    assert {"Exporter", "the Exporter", "SOSAMAS"} <= set(exporter.aliases)
    assert (provider.defined_as, provider.role) == ("Service Provider", "provider")


def test_a_heading_the_undersigned_opens_the_numbered_party_items() -> None:
    """Dutch drafting in translation, with the lead-in as a heading of its own."""
    text = ("## THE UNDERSIGNED\n\n"
            "1. Droogdok Noord N.V., a public limited company under the laws of Curacao, duly represented by its "
            'managing director, hereinafter referred to as "the Yard";\n\n'
            "2. Punda Hulp B.V., a private limited company under the laws of Curacao, duly represented by its "
            'managing director, hereinafter referred to as "the Contractor";\n\n'
            "## Article 1\n\n1.1 The Contractor shall operate the booking desk of the Yard on its behalf.\n")
    assert [(p.name, p.role) for p in document_from_text(text).parties] == [("Droogdok Noord N.V.", "client"),
                                                                           ("Punda Hulp B.V.", "provider")]


def test_a_spanish_cooperative_and_the_provision_by_a_party_of_a_helpline() -> None:
    """An "S. Coop." is a company name; "the provision by the Service Company of a helpline" says who provides."""
    text = ("On the one part, Ms Perez, acting in the name and on behalf of COOPERATIVA LOS LLANOS, S. COOP., with "
            'registered office in La Palma (hereinafter, "the Cooperative").\n\n'
            "On the other part, Mr Acosta, acting in the name and on behalf of RELACION ISLENA, S.L., with registered "
            'office in Tenerife (hereinafter, "the Service Company").\n\n'
            "1.1 The purpose of this contract is the provision by the Service Company of a helpline for the member "
            "growers of the Cooperative.\n")
    assert [(name, role) for name, _, role in summary(text)] == [("COOPERATIVA LOS LLANOS, S. COOP.", "client"),
                                                                 ("RELACION ISLENA, S.L.", "provider")]


def test_the_representative_acting_under_the_articles_does_not_name_the_party() -> None:
    """Lithuanian drafting: '..., represented by its Director acting under the Articles of Association
    (hereinafter "the Purchaser")' defines the institution at the head, not "Association"."""
    text = ("1. PARTIES\n\n1.1. Public Institution Panevėžys City Polyclinic, legal entity code 145 123 456, registered office at "
            "Respublikos g. 5, Panevėžys, represented by its Director acting under the Articles of Association "
            '(hereinafter "the Purchaser"), and\n\n1.2. UAB Aukštaitijos kontaktai, legal entity code 304 111 222, '
            "registered office at Smėlynės g. 9, Panevėžys, represented by its Chief Executive acting under the "
            'Articles of Association (hereinafter "the Service Provider").\n\n2.1. The Service Provider shall run '
            "the appointment line of the Purchaser.\n")
    assert summary(text) == [("Public Institution Panevėžys City Polyclinic", "Purchaser", "client"),
                             ("UAB Aukštaitijos kontaktai", "Service Provider", "provider")]


@pytest.mark.parametrize(("opening", "name", "short"), [
    ("the Municipality of Kallithea, with its seat at Davaki 72, Kallithea, lawfully represented by its Mayor",
     "Municipality of Kallithea", "the Municipality"),
    ("The Municipality of Kallithea", "The Municipality of Kallithea", "the Municipality"),
])
def test_a_public_body_of_a_place_goes_by_its_body(opening: str, name: str, short: str) -> None:
    """"<Body> of <Place>" keeps its "of" in the name and goes by "the <Body>" where the contract calls it so."""
    text = (f'{opening} (hereinafter "the Contracting Authority"), and Saronic Call S.A. (hereinafter "the '
            'Contractor") agree as follows.\n\n1. The Contractor shall answer calls for the Municipality. The '
            "Municipality shall pay the Contractor. The Municipality's IT Department creates the accounts.\n")
    authority = parties(text)[0]
    assert (authority.name, authority.role) == (name, "client")
    assert short in authority.aliases


@pytest.mark.parametrize(("first", "aliased"), [("Wattle", True), ("Current", False)])
def test_a_first_word_the_contract_writes_in_lower_case_is_no_short_name(first: str, aliased: bool) -> None:
    """"Current River Outfitters, LLC" is not "Current" where the contract speaks of the current season."""
    text = (f'This Agreement is made between {first} River Outfitters, LLC (the "Outfitter") and Bluff Contact, Inc. '
            f'(the "Agency").\n\nThe Agency shall answer calls for {first}. {first} shall pay the Agency. In the current '
            f"season {first} shall review the Agency. Write to info@{first.lower()}.com.\n")
    outfitter = parties(text)[0]
    assert (first in outfitter.aliases) is aliased


def test_a_closed_joint_stock_company_named_before_its_form() -> None:
    """Armenian drafting: the name in quotes, then its form: '"Sevan Call" Closed Joint-Stock Company'."""
    text = ('"Ararat Rug Care" Limited Liability Company, represented by its Director (hereinafter the "Principal"), on '
            'the one part, and "Sevan Call" Closed Joint-Stock Company, represented by its Director (hereinafter the '
            '"Operator"), on the other part, have concluded this Agreement.\n\n'
            "1.2 The Operator undertakes to receive and handle, on behalf of the Principal, all customer contacts.\n")
    assert [name for name, _, _ in summary(text)] == ['"Ararat Rug Care" Limited Liability Company',
                                                      '"Sevan Call" Closed Joint-Stock Company']


def test_a_greek_company_named_in_quotes_after_its_form() -> None:
    """'the société anonyme under the name "X SOCIETE ANONYME", having its registered seat ...' names X,
    however long its particulars run before the party's bracket."""
    seat = ", registered with the General Commercial Registry under number 158812301000" * 4
    text = ('On the one part, the société anonyme under the name "AEOLOS WIND PARKS SOCIETE ANONYME", having its '
            f'registered seat in Marousi{seat}, represented by its Chief Executive Officer (hereinafter the "Operator"); and\n\n'
            'On the other part, the société anonyme under the name "HERMES CONTACT SOCIETE ANONYME", having its '
            f'registered seat in Chalkida{seat}, represented by its Managing Director (hereinafter the "Contractor").\n\n'
            "1. The Contractor undertakes to operate a liaison line for the Operator.\n")
    assert [(name, role) for name, _, role in summary(text)] == [("AEOLOS WIND PARKS SOCIETE ANONYME", "client"),
                                                                 ("HERMES CONTACT SOCIETE ANONYME", "provider")]


def test_a_bracket_with_an_article_closing_a_companys_description_is_its_short_name() -> None:
    """'Indian Ocean Reservations Pty Ltd (ACN ...) of ... (the Bureau)': the bracket that closes the
    description of a company with a legal form names it, though "Bureau" is neither a role word nor
    part of its name; a place in a bracket inside the description names nobody."""
    text = ("BETWEEN\n\nDirection Island Kite Lodge Pty Ltd (ACN 631 208 447) of Lot 12, West Island (the Lodge)\n\n"
            "AND\n\nIndian Ocean Reservations Pty Ltd (ACN 655 902 118) of Sydney Highway (the Island), "
            "West Island (the Bureau)\n\n1. Services\n\n1.1 The Bureau will take bookings for the Lodge.\n")
    assert [(name, term) for name, term, _ in summary(text)] == [
        ("Direction Island Kite Lodge Pty Ltd", "Lodge"), ("Indian Ocean Reservations Pty Ltd", "Bureau")]


@pytest.mark.parametrize(("regulator", "term"), [
    # a regulator's acronym in the description gives way to the bracket that closes it
    ('the Cyprus Securities and Exchange Commission ("CySEC")', "Firm"),
    # a bracket that is no acronym of the words before it stays the party's term
    ('the Cyprus Securities and Exchange Commission ("Regulator")', "Regulator"),
])
def test_an_acronym_of_another_body_in_a_partys_description_is_not_its_term(regulator: str, term: str) -> None:
    text = (f"THIS AGREEMENT is made BETWEEN:\n\n(1) AKAMAS BAY CAPITAL LTD, authorised as an investment firm by {regulator} "
            'under licence number 412/22, whose registered office is at 58 Makariou Avenue, Limassol (the "Firm"); and\n\n'
            '(2) TROODOS CONTACT SOLUTIONS LTD, whose registered office is in Larnaca (the "Service Company").\n\n'
            "2.1 The Service Company shall provide the Services.\n")
    assert summary(text)[0][:2] == ("AKAMAS BAY CAPITAL LTD", term)


def test_an_aland_company_and_a_term_glossed_in_its_own_language() -> None:
    """'Skärgårdstramp Ab, ... (the "Commissioning Party", beställaren)': "Ab" is a legal form, and the
    Swedish gloss after the term leaves it the party's term."""
    text = ("Parties\n\n1. Skärgårdstramp Ab, business ID 2981144-6, Norra Esplanadgatan 9, AX-22100 Mariehamn "
            '(the "Commissioning Party", beställaren).\n\n2. Sjökvarteret Kontaktcenter Ab, Sjökvarteret 4, '
            'AX-22100 Mariehamn (the "Supplier", leverantören).\n\n'
            "3. The Supplier shall answer calls for the Commissioning Party.\n")
    assert summary(text) == [("Skärgårdstramp Ab", "Commissioning Party", "client"),
                             ("Sjökvarteret Kontaktcenter Ab", "Supplier", "provider")]


def test_a_role_label_before_a_partys_name_is_not_part_of_it() -> None:
    text = ("§ 1 The parties\n\nThe Customer: Adventdalen Ekspedisjon AS, organisation number 918 442 067, "
            'Longyearbyen, hereafter "the Customer".\n\nThe Supplier: Nordlys Kundesenter AS, organisation number '
            '921 308 554, Tromsø, hereafter "the Supplier".\n\n§ 2 The Supplier shall answer calls for the Customer.\n')
    assert [name for name, _, _ in summary(text)] == ["Adventdalen Ekspedisjon AS", "Nordlys Kundesenter AS"]


def test_a_second_term_after_a_glossed_first_one() -> None:
    """'hereinafter "the Contracting Authority" (le Maître d'ouvrage) or "the Hospital"': both terms."""
    text = ('The Provincial Hospital Centre of Ouarzazate, represented by its Director, hereinafter "the Contracting '
            'Authority" (le Maître d\'ouvrage) or "the Hospital",\n\nand\n\nDraa Relation Client SARL, hereinafter '
            '"the Contractor".\n\n1. The Contractor shall book appointments for the Hospital.\n')
    found = parties(text)
    assert "Hospital" in found[0].aliases and found[0].role == "client"


@pytest.mark.parametrize(("text", "expected"), [
    # a Swedish municipality identified by its register number, acting through a board
    ('1.1 Skellefteå Municipality, corporate identity number 212000-4817, acting through its Community Planning '
     'Board, 931 85 Skellefteå (the "Municipality").\n\n1.2 Norrkust Kundservice AB, corporate identity number '
     '559312-4406, Skellefteå (the "Supplier").\n\n2.1 The Supplier answers calls for the Municipality.\n',
     [("Skellefteå Municipality", "Municipality", "client"), ("Norrkust Kundservice AB", "Supplier", "provider")]),
    # Russian drafting: the form first, then the name in quotes
    ('Non-Commercial Organisation "Severny Dom", hereinafter referred to as the "Customer", represented by General '
     'Director Irina Sokolova, on the one hand, and Limited Liability Company "Kontakt-Sever", hereinafter referred '
     'to as the "Contractor", represented by General Director Andrei Belov, on the other hand.\n\n'
     "1.1 The Contractor shall provide contact centre services to the Customer.\n",
     [('Non-Commercial Organisation "Severny Dom"', "Customer", "client"),
      ('Limited Liability Company "Kontakt-Sever"', "Contractor", "provider")]),
    # Vietnamese drafting: the label says what the party is
    ("PARTY A (the service recipient): TAY DO POWER COMPANY, Address: 06 Nguyen Trai Street, Can Tho.\n\n"
     "PARTY B (the service provider): MEKONG CONTACT JOINT STOCK COMPANY. Address: Lot 12, Can Tho.\n\n"
     "1. Party B shall provide to Party A the service of operating the customer care hotline of Party A.\n",
     [("TAY DO POWER COMPANY", "Party A", "client"), ("MEKONG CONTACT JOINT STOCK COMPANY", "Party B", "provider")]),
    # Colombian drafting keeps EL CONTRATANTE and EL CONTRATISTA
    ('Between GAS DE LA COSTA S.A. E.S.P., NIT 890.114.562-3 (hereinafter "EL CONTRATANTE"), and CONECTA CARIBE '
     'BPO S.A.S., NIT 901.332.118-6 (hereinafter "EL CONTRATISTA"), this contract is entered into.\n',
     [("GAS DE LA COSTA S.A. E.S.P.", "EL CONTRATANTE", "client"), ("CONECTA CARIBE BPO S.A.S.", "EL CONTRATISTA", "provider")]),
    # Norwegian drafting says who is who in a sentence
    ('The customer is Saltenkraft Nett AS, organisation number 923 418 702, Bodø (the "Customer").\n\n'
     'The supplier is Polarkontakt AS, organisation number 917 552 038, Bodø (the "Supplier").\n\n'
     "1.2 The agreement covers the Supplier's handling of enquiries.\n",
     [("Saltenkraft Nett AS", "Customer", "client"), ("Polarkontakt AS", "Supplier", "provider")]),
    # NEC drafting's Contract Data table
    ("Contract Data\n\n| Entry | Data |\n|---|---|\n| The Client | Kentdale Building Society, Stricklandgate House, "
     "Kendal |\n| The Consultant | Eden Valley Customer Care Ltd, Unit 4, Penrith |\n\n"
     "1. The Consultant provides the services to the Client.\n",
     [("Kentdale Building Society", "Client", "client"), ("Eden Valley Customer Care Ltd", "Consultant", "provider")]),
    # Czech, Slovak and Polish translations call the client "the Ordering Party" (objednávateľ); the label
    # before the name is no part of it
    ("Article I Contracting Parties\n\n1. Ordering Party: Správa mestských poplatkov Košice, registered office: "
     'Kasárenské námestie 7, Košice (hereinafter the "Ordering Party").\n\n2. Operator: Hornád Contact, s.r.o., '
     'registered office: Južná trieda 48, Košice (hereinafter the "Operator").\n\n'
     "Article II The Operator shall answer the fee payers' calls for the Ordering Party.\n",
     [("Správa mestských poplatkov Košice", "Ordering Party", "client"), ("Hornád Contact, s.r.o.", "Operator", "provider")]),
    # Korean drafting calls the client "Gap" and the provider "Eul"; the entrustment says so too
    ('Haneul Card Co., Ltd. (hereinafter "Gap") and Seohae CS Co., Ltd. (hereinafter "Eul") enter into '
     "this Agreement.\n\nArticle 1 (Purpose) The purpose of this Agreement is the entrustment by Gap to Eul "
     "of the operation of the customer centre.\n",
     [("Haneul Card Co., Ltd.", "Gap", "client"), ("Seohae CS Co., Ltd.", "Eul", "provider")]),
    # a label the contract makes its own term ("Service Producer:") is no part of the name
    ('Purchaser: Turku Health Authority, Business ID 3221302-6, Turku (hereinafter "the Purchaser").\n\n'
     'Service Producer: Auranlaakso Terveyspalvelut Oy, Business ID 2987654-1, Turku (hereinafter "the Service '
     'Producer").\n\n1. The Service Producer shall call back the residents for the Purchaser.\n',
     [("Turku Health Authority", "Purchaser", "client"), ("Auranlaakso Terveyspalvelut Oy", "Service Producer", "provider")]),
    # Japanese drafting: the term closes a bracket of particulars
    ('Kiso Shinkin Bank (head office: 3-1 Honmachi, Kiso Town; hereinafter "the Entrusting Party") and Ontake '
     'Business Service Co., Ltd. (head office: 8-2 Fukushima, Kiso Town; hereinafter "the Operator") hereby conclude '
     "this Agreement as follows.\n\nArticle 1 (Purpose)\n\n1. The Operator shall run the support desk.\n",
     [("Kiso Shinkin Bank", "Entrusting Party", "client"), ("Ontake Business Service Co., Ltd.", "Operator", "provider")]),
    # Chinese drafting: labelled by the entrustment
    ("Entrusting Party: Jiaxing Elderly Care Guidance Centre, a public institution, address: No. 5 Lake Road, "
     "Jiaxing.\n\nEntrusted Party: Jiaxing Hexin Service Outsourcing Co., Ltd., address: No. 9 Renmin Road, "
     "Jiaxing.\n\nArticle 1 The Entrusting Party entrusts the Entrusted Party with the operation of the hotline.\n",
     [("Jiaxing Elderly Care Guidance Centre", "Entrusting Party", "client"),
      ("Jiaxing Hexin Service Outsourcing Co., Ltd.", "Entrusted Party", "provider")]),
    # a Swiss mandate: the Mandator and the Mandatary, a "Sàrl"
    ('(a) Services Industriels de Nyon SA, with its registered office at Rue de la Gare 1, 1260 Nyon (hereinafter '
     '"the Mandator");\n\n(b) Léman Appels Sàrl, with its registered office at Route de Genève 3, 1260 Nyon, entered '
     'under number CHE-301.111.222 (hereinafter "the Mandatary").\n\nArticle 2\n\n(a) The Mandatary runs the '
     "appointment centre.\n",
     [("Services Industriels de Nyon SA", "Mandator", "client"), ("Léman Appels Sàrl", "Mandatary", "provider")]),
    # the words before the bracket end an address
    ('This Contract is made between the Regional Revenue Bureau, having its office at Piassa, Dessie (hereinafter '
     'referred to as "the Institution"), represented by Ato Kebede Ali, Branch Manager, and Tossa Business Services '
     'PLC, a private limited company registered under registration No. AM/DS/14/2871, having its office at Arada '
     'Sub-City, Kebele 04, Dessie (hereinafter referred to as "the Contractor").\n\n'
     "1. The Contractor shall run the registration desk.\n",
     [("Regional Revenue Bureau", "Institution", "client"), ("Tossa Business Services PLC", "Contractor", "provider")]),
    # Australian drafting: unquoted terms right after each name in the list (the cover line names the parties)
    ("Contract No. ACC-2025-07 between the Australian Capital Territory and Weston Contact Pty Ltd\n\n"
     "This Contract is made between the Australian Capital Territory (the Territory), represented by the Chief "
     "Minister, Treasury and Economic Development Directorate, and Weston Contact Pty Ltd ACN 614 220 583 of Level 4, "
     "18 Bowes Street, Phillip ACT 2606 (the Contractor).\n\n1. The Contractor shall answer enquiries.\n",
     [("Australian Capital Territory", "Territory", "client"), ("Weston Contact Pty Ltd", "Contractor", "provider")]),
    # Ukrainian drafting: the form and the quoted name open the party's paragraph, its particulars after it
    ('Municipal Enterprise "Ternliftservis" of the City Council, EDRPOU code 03341895, represented by Director I. '
     'Tkachenko, acting on the basis of the Charter (hereinafter the "Principal"), on the one hand,\n\nand Limited '
     'Liability Company "Ternopil Kontakt", EDRPOU code 44127530, represented by Director O. Savchenko, acting on the '
     'basis of the Charter (hereinafter the "Performer"), on the other hand, have concluded this Contract.\n\n'
     "1.1. The Performer undertakes to provide the services.\n",
     [('Municipal Enterprise "Ternliftservis"', "Principal", "client"),
      ('Limited Liability Company "Ternopil Kontakt"', "Performer", "provider")]),
    # Indonesian drafting: signatories acting for the body or "for and on behalf of the company"
    ("Ir. Budi Santoso, M.Si., Commitment-Making Officer of the Balikpapan Halal Service Centre, acting for and on "
     'behalf of the Balikpapan Halal Service Centre, hereinafter referred to as "the Employer"; and\n\nSiti Rahma, '
     "S.E., President Director of PT Layanan Teluk, a limited liability company, acting for and on behalf of the "
     'company, hereinafter referred to as "the Vendor".\n\nArticle 1\n\n(1) The Vendor shall run the helpdesk.\n',
     [("Balikpapan Halal Service Centre", "Employer", "client"), ("PT Layanan Teluk", "Vendor", "provider")]),
    # Catalan drafting: "On one side, ... On the other side", each name followed by its street, number and town;
    # "the Administration" is the public client, "the Contractor Company" the contractor
    ("1.1 On one side, the Department of Health of the Generalitat de Catalunya, acting through its Regional "
     'Services, Rambla Nova 84, Reus (hereinafter "the Administration"), represented by the Director.\n\n'
     "1.2 On the other side, CAMP ATENCIÓ TELEFÒNICA, SL, tax number B43111222, with registered office at carrer "
     'Major 3, Reus (hereinafter "the Contractor Company"), represented by its sole director.\n\n'
     "2.1 The object is the appointment line.\n",
     [("Department of Health of the Generalitat de Catalunya", "Administration", "client"),
      ("CAMP ATENCIÓ TELEFÒNICA, SL", "Contractor Company", "provider")]),
    # Serbian drafting: an ambiguous "Operator", told by what the contract says it does; the company's town
    # after its form ("d.o.o. Subotica") is no part of a name cut short
    ("The CLINICAL CENTRE OF SUBOTICA, Izvorska 3, Subotica, registration number 08012345, tax identification "
     'number 100111222, represented by the Director (hereinafter: "the Centre"),\n\nand PALIĆKI TELEFONSKI '
     "KONTAKT CENTAR d.o.o. Subotica, Korzo 9, registration number 21999888, tax identification number "
     '111222333, represented by the Managing Director (hereinafter: "the Operator").\n\n'
     "The subject of this contract is the operation, by the Operator, of the Appointment Line. The Centre pays "
     "the Operator a monthly fee.\n",
     [("The CLINICAL CENTRE OF SUBOTICA", "Centre", "client"),
      ("PALIĆKI TELEFONSKI KONTAKT CENTAR d.o.o.", "Operator", "provider")]),
    # Bulgarian drafting: numbered parties joined by a line of their own, the ASSIGNOR and the EXECUTOR
    ("Today, 3 March 2025, in the city of Vidin, between:\n\n1. Vidin Water Services EAD, with registered office at "
     "2 Dunavska Street, Vidin 3700, represented by the Executive Director, hereinafter referred to as the "
     "ASSIGNOR, on the one hand,\n\nand\n\n2. Bdin Contact EOOD, with registered office at 9 Gladstone Street, "
     "Vidin 3700, represented by the Manager, hereinafter referred to as the EXECUTOR, on the other hand,\n\n"
     "the following contract was concluded:\n\nArt. 1. (1) The ASSIGNOR assigns the helpline.\n",
     [("Vidin Water Services EAD", "ASSIGNOR", "client"), ("Bdin Contact EOOD", "EXECUTOR", "provider")]),
    # Paraguayan drafting: LA COMITENTE and LA PRESTADORA, unquoted, after "hereinafter"
    ("Between ELECTRO ITAPÚA S.A., RUC 80011111-2, domiciled at Avenida Irala 100, Encarnación, represented by its "
     "General Manager, hereinafter LA COMITENTE, and SUR CONTACTO S.R.L., RUC 80022222-3, domiciled at Calle "
     "Mariscal Estigarribia 55, Encarnación, represented by its Managing Partner, hereinafter LA PRESTADORA, the "
     "present contract is entered into.\n\nLA PRESTADORA undertakes to provide LA COMITENTE with customer care "
     "services.\n",
     [("ELECTRO ITAPÚA S.A.", "LA COMITENTE", "client"), ("SUR CONTACTO S.R.L.", "LA PRESTADORA", "provider")]),
    # Lithuanian drafting: a numbered paragraph with the run-in heading "Parties.", the company's form first
    ("## SPECIAL PART\n\n1. Parties. AB Alytaus vandenys, legal entity code 300000010, registered office at Pramonės g. "
     '1, Alytus, represented by the Chief Executive Officer (the "Buyer"), and UAB Dzūkijos kontaktai, legal entity '
     'code 300000011, represented by its Director (the "Supplier").\n\n2. Subject. The Supplier undertakes to operate '
     "the Buyer's helpline.\n",
     [("AB Alytaus vandenys", "Buyer", "client"), ("UAB Dzūkijos kontaktai", "Supplier", "provider")]),
    # Mongolian drafting: the name in quotes, its form after it, particulars before the term
    ('This contract is concluded between the Social Insurance Department of Selenge aimag, a state budget '
     'organisation located at 2nd bag, Sukhbaatar soum (hereinafter "the Department"), represented by its Director, '
     'and "Selenge Kholboo" LLC, state registration number 9011204111, located at 3rd khoroolol, Sukhbaatar soum '
     '(hereinafter "the Contractor"), represented by its Executive Director.\n\n1.1 The Contractor shall answer '
     "enquiries for the Department.\n",
     [("Social Insurance Department of Selenge aimag", "Department", "client"),
      ('"Selenge Kholboo" LLC', "Contractor", "provider")]),
    # Uzbek drafting: the form in lower case, the name in quotes, particulars and representative after it
    ('Joint-Stock Commercial Bank "Qishloq Krediti", located at Navoi Street 5, Gulistan, represented by the Branch '
     'Manager (hereinafter "the Bank"), on the one side, and limited liability company "Sirdaryo Aloqa", taxpayer '
     'identification number 309876111, located at Mustaqillik Street 3, Gulistan, represented by its Director acting '
     'on the basis of the Charter (hereinafter "the Service Company"), on the other side, have concluded this '
     "contract.\n\n1.1 The Service Company undertakes to answer the borrowers of the Bank.\n",
     [('Joint-Stock Commercial Bank "Qishloq Krediti"', "Bank", "client"),
      ('limited liability company "Sirdaryo Aloqa"', "Service Company", "provider")]),
    # Israeli drafting: ", of" and a house number before the street, the town before the bracket
    ('Between: ASHDOD-YAM MUNICIPALITY, of 3 Herzl Boulevard, Ashdod (hereinafter: "the Municipality"), by its '
     'authorised signatories;\n\nand: NEGEV SERVICE CENTRES LTD, company no. 514000001, of 8 Hamelacha Street, '
     'Beersheba (hereinafter: "the Operator").\n\n1. The Operator shall answer calls for the Municipality.\n',
     [("ASHDOD-YAM MUNICIPALITY", "Municipality", "client"), ("NEGEV SERVICE CENTRES LTD", "Operator", "provider")]),
    # English council drafting: the name in capitals, then the address after a bare "of"
    ('(1) CITY OF YORK COUNCIL of West Offices, Station Rise, York YO1 6GA (the "Council"); and\n\n(2) OUSE CONTACT '
     'LIMITED, a company registered in England (the "Service Provider").\n\n1. The Service Provider shall answer '
     "calls for the Council.\n",
     [("CITY OF YORK COUNCIL", "Council", "client"), ("OUSE CONTACT LIMITED", "Service Provider", "provider")]),
    # Spanish public drafting: a "Contracting Entity", a law named in its representative's powers
    ('ON ONE SIDE, the PROVINCIAL COUNCIL OF SORIA, with registered address at Plaza Mayor 9, 42002 Soria, represented '
     'by its President by virtue of the powers conferred by Law 7/1985 regulating the Bases of the Local Regime '
     '(hereinafter the "Contracting Entity").\n\nON THE OTHER SIDE, DUERO CONTACTO, S.L., with registered address at '
     'Calle Real 2, 42002 Soria, represented by its sole director (hereinafter the "Awardee").\n\n'
     "1. The contract was awarded to the Awardee.\n",
     [("PROVINCIAL COUNCIL OF SORIA", "Contracting Entity", "client"), ("DUERO CONTACTO, S.L.", "Awardee", "provider")]),
    # German drafting: the provider "operates on behalf of" the bank, which "shall provide the Service
    # Company with" a forecast (no service of its own)
    ('between\n\nSparkasse Rothenburg, a public-law institution, Markt 1, 91541 Rothenburg, represented by its '
     'Management Board (hereinafter the "Savings Bank"),\n\nand\n\nTauber Dialog GmbH, Ansbacher Straße 4, 91541 '
     'Rothenburg, represented by its managing directors (hereinafter the "Service Company").\n\n'
     "(1) The Service Company operates on behalf of the Savings Bank the Online Banking Hotline.\n\n"
     "(2) The Savings Bank shall provide the Service Company with a volume forecast each month.\n",
     [("Sparkasse Rothenburg", "Savings Bank", "client"), ("Tauber Dialog GmbH", "Service Company", "provider")]),
])
def test_parties_of_translated_and_unusual_drafting(text: str, expected) -> None:
    assert summary(text) == expected


def test_a_term_glossed_in_brackets_of_its_own_inside_the_definition() -> None:
    text = ('BETWEEN Consorzio Agriturismi della Gallura Soc. Coop. a r.l., with registered office at Via Gioberti 22, '
            'Tempio Pausania, represented by its President, Ms Giovanna Pirastru (the "Principal" (il Committente));\n\n'
            'AND Maestrale Servizi Clienti S.r.l., with registered office at Via Roma 117, Olbia '
            '(the "Provider" (l\'Appaltatore));\n\n1. The Provider shall answer calls for the Principal.\n')
    assert summary(text) == [("Consorzio Agriturismi della Gallura Soc. Coop. a r.l.", "Principal", "client"),
                             ("Maestrale Servizi Clienti S.r.l.", "Provider", "provider")]


def test_a_plain_text_parties_line_and_a_dutch_foundation() -> None:
    """In a .txt file "Parties" is a line like any other; "Stichting" is the form of a Dutch foundation."""
    text = ("Agreement for Booking Line Services\n\nPreliminary note\n\n1. This is an English translation of the "
            "Dutch original.\n\nParties\n\n2. Stichting Saba Zeepark Beheer, a foundation with its seat at The "
            'Bottom, Saba, represented by the chair of its board (the "Foundation", which is the principal '
            "(de Opdrachtgever) under this agreement); and\n\n3. Windwardside Contact B.V., with its seat at "
            'Windwardside (the "Contractor", which is the contractor (de Opdrachtnemer) under this agreement).\n\n'
            "Definitions\n\n4. \"Booking Line\" means the telephone service.\n\n"
            "5. The Contractor shall answer calls for the Foundation.\n")
    assert summary(text) == [("Stichting Saba Zeepark Beheer", "Foundation", "client"),
                             ("Windwardside Contact B.V.", "Contractor", "provider")]


def test_a_japanese_translation_glosses_party_a_and_labels_a_cover_line() -> None:
    text = ('Yotei Snow Resorts Co., Ltd., of 3-1 Yamada, Kutchan-cho, Hokkaido ("Party A", ko in the Japanese '
            'text), and Hokkai Call Partners Co., Ltd., of 2-5 Kita 3-jo Nishi, Sapporo ("Party B", otsu in the '
            'Japanese text), enter into this agreement.\n\nArticle 1 Party B shall answer calls for Party A.\n')
    assert [(name, term) for name, term, _ in summary(text)] == [("Yotei Snow Resorts Co., Ltd.", "Party A"),
                                                                 ("Hokkai Call Partners Co., Ltd.", "Party B")]
    cover = "Party A (gap): Seogwipo Farm-Stay Association\n\nParty B (eul): Tamna Contact Co., Ltd.\n\n"
    assert [name for name, _, _ in summary(cover + "Article 1 Party B shall answer calls for Party A.\n")] == [
        "Seogwipo Farm-Stay Association", "Tamna Contact Co., Ltd."]


def test_an_officer_named_before_the_bracket_is_not_the_party() -> None:
    text = ("Seogwipo Farm-Stay Association, an incorporated association whose principal office is at 41 Jungjeong-ro, "
            'Seogwipo-si, represented by its Chairperson ("Party A"), and Tamna Contact Co., Ltd., a company whose '
            'head office is at 18 Yeonsam-ro, Jeju-si, Jeju Special Self-Governing Province, represented by its '
            'Representative Director ("Party B"), agree as follows.\n\nArticle 1 Party B shall answer calls.\n')
    assert [name for name, _, _ in summary(text)] == ["Seogwipo Farm-Stay Association", "Tamna Contact Co., Ltd."]


def test_registration_numbers_in_a_bare_list_and_a_list_of_places() -> None:
    """A bare list of names may carry registration numbers; a list of ports is no list of parties. The
    pronouns go to their parties, one of them by a word of its name ("the Co-operative")."""
    text = ("This agreement is between Rekohu Contact Limited (NZBN 9429051837264), of 12 Tikitiki Hill Road, "
            "Waitangi, and Kangaroo Island Bee Co-operative Ltd (ABN 71 098 443 256), of 3 Playford Highway.\n\n"
            'In this agreement, "we", "us" and "our" always mean Rekohu Contact Limited, the service provider. '
            '"You" and "your" mean the Co-operative, our client.\n\n'
            '"Sailing schedule" means your timetable of sailings between Napier, Timaru or Lyttelton and Waitangi '
            "and Pitt Island.\n\nWe'll answer your customers' calls.\n")
    found = parties(text)
    assert [(p.name, p.defined_as, p.role) for p in found] == [
        ("Rekohu Contact Limited", "we", "provider"), ("Kangaroo Island Bee Co-operative Ltd", "you", "client")]
    assert "the Co-operative" in found[1].aliases


def test_unquoted_short_names_taken_from_the_name_or_its_initials() -> None:
    """Australian drafting: "Geordie Bay Cabin Holdings Pty Ltd (ACN ...) of ... (Cabin Holdings)" and an
    acronym of the name, "(FCCS)". (Before, the reader took a sentence of the recitals for the client.)"""
    text = ("1.1 This agreement is between Geordie Bay Cabin Holdings Pty Ltd (ACN 612 345 870) of Thomson Bay, "
            "Rottnest Island, Western Australia (Cabin Holdings) and Fremantle Contact Centre Services Pty Ltd "
            "(ACN 655 019 224) of Cliff Street, Fremantle, Western Australia (FCCS).\n\n"
            "1.2 Cabin Holdings lets holiday cabins. Cabin Holdings engages FCCS to run the bookings line.\n")
    assert summary(text) == [("Geordie Bay Cabin Holdings Pty Ltd", "Cabin Holdings", "client"),
                             ("Fremantle Contact Centre Services Pty Ltd", "FCCS", "provider")]


def test_a_signatory_acting_for_a_body_names_the_body() -> None:
    """Indonesian drafting: the person signs "acting for and on behalf of" the party, or "of that company"
    named before; the party is the body, not the person."""
    text = ("I Wayan Suarsana, the Pekaseh (head) of Subak Tegal Sari, Penebel District, acting for and on behalf "
            "of Subak Tegal Sari by virtue of the decision of the subak plenary meeting of 12 January 2025, "
            "hereinafter referred to as the FIRST PARTY;\n\n"
            "Ni Made Ayu Lestari, President Director of PT Layanan Pelanggan Nusa Dewata, a limited liability "
            "company domiciled at Jalan Gatot Subroto, Denpasar, acting for and on behalf of that company, "
            "hereinafter referred to as the SECOND PARTY;\n\n"
            "Article 1. The SECOND PARTY shall operate the Helpdesk. The FIRST PARTY shall pay the fee.\n")
    assert summary(text) == [("Subak Tegal Sari", "FIRST PARTY", "client"),
                             ("PT Layanan Pelanggan Nusa Dewata", "SECOND PARTY", "provider")]


def test_a_pronouns_definition_keeps_both_words_of_the_legal_form() -> None:
    text = ('In this agreement "we", "us" and "our" mean Grassy Harbour Hampers Pty Ltd, of Grassy, King Island.\n\n'
            '"You" and "your" mean Bass Strait Contact Pty Ltd, of Currie.\n\nYou will answer our customers.\n')
    assert [name for name, _, _ in summary(text)] == ["Grassy Harbour Hampers Pty Ltd", "Bass Strait Contact Pty Ltd"]



@pytest.mark.parametrize(("text", "expected"), [
    # Australian drafting under a "Parties" heading: the short name is no role word, but a bracket with
    # "the" that closes a company's paragraph is its short name
    ("## Parties\n\nBruny Bay Oysters and Cheese Pty Ltd (ACN 612 903 448) of 1840 Main Road, Great Bay, "
     "Tasmania 7150 (the Owner).\n\nChannel Contact Co Pty Ltd (ACN 630 117 285) of 12 Ferry Road, "
     "Kettering, Tasmania 7155 (the Operator).\n\n## Background\n\n1. The Operator will answer the Owner's "
     "Orders Line.\n",
     [("Bruny Bay Oysters and Cheese Pty Ltd", "Owner", "client"),
      ("Channel Contact Co Pty Ltd", "Operator", "provider")]),
    # Greek drafting: "On the other side" opens the second party, whose bracket is no later term of the
    # first, and whose name stands in quotes after its legal form
    ("In Kerkyra today the following met:\n\nOn the one side, the Union of Olive-Press Cooperatives of South "
     "Corfu, with its seat at Lefkimmi, lawfully represented by the President of its Board, Mr Spyridon "
     'Kouris (the "Union"); and\n\nOn the other side, the société anonyme "Ionian Helpdesk Services S.A.", '
     'with its seat at Kerkyra, lawfully represented by its Managing Director (the "Operator");\n\n'
     "who agreed the following.\n\n1. The Operator shall operate a helpdesk for the Union's members.\n",
     [("Union of Olive-Press Cooperatives of South Corfu", "Union", "client"),
      ("Ionian Helpdesk Services S.A.", "Operator", "provider")]),
    # an address, not a name, stands before the bracket: the party is the head of its paragraph
    ("## § 1 Parties\n\n1.1 Norfolk Island Visitor Levy and Permits Office, a business unit of the Regional "
     'Council, of New Cascade Road, Burnt Pine, Norfolk Island 2899 (the "Office").\n\n1.2 Pacific Pine '
     'Service Centre Pty Ltd ACN 662 418 305, of 14 Taylors Road, Burnt Pine, Norfolk Island 2899 (the '
     '"Contractor").\n\n## § 2 Background\n\n2.1 The Contractor shall provide a helpdesk to the Office.\n',
     [("Norfolk Island Visitor Levy and Permits Office", "Office", "client"),
      ("Pacific Pine Service Centre Pty Ltd", "Contractor", "provider")]),
    # Ecuadorian drafting sets the scene first: the first party opens at "on the one hand", not the town; and a
    # company's "S.A.S." is its whole form
    ("In the city of Loja, province of Loja, on the third day of March, the following parties appear: on the one "
     "hand, the Provincial Social Security Directorate, represented by the Provincial Director, hereinafter \"the "
     "Institute\"; and on the other hand, the company Contacto Sur Servicios S.A.S., domiciled in Loja, represented "
     'by its general manager, hereinafter "the Operator".\n\n1. The Operator shall run the affiliates\' line for the '
     "Institute.\n",
     [("Provincial Social Security Directorate", "Institute", "client"),
      ("Contacto Sur Servicios S.A.S.", "Operator", "provider")]),
    # Guatemalan deeds: the mayor acts "in the name and on behalf of the Municipality", each party "in this contract
    # will be called" by its role, and the company's name follows its representative's
    ("In the city of Cobán, on the second of May, WE: on the one hand, the Municipal Mayor of Cobán, acting in the "
     "name and on behalf of the Municipality of Cobán, who in this contract will be called \"THE MUNICIPAL "
     "AUTHORITY\"; and on the other hand, the legal representative of the commercial entity SERVICIOS VERAPAZ, "
     "SOCIEDAD ANÓNIMA, registered in the Commercial Register, which in this contract will be called \"THE "
     "CONTRACTOR\"; state that we enter into this contract:\n\nFIRST: THE CONTRACTOR shall run the desk.\n",
     [("Municipality of Cobán", "MUNICIPAL AUTHORITY", "client"),
      ("SERVICIOS VERAPAZ, SOCIEDAD ANÓNIMA", "CONTRACTOR", "provider")]),
    # Armenian drafting: the form after the quoted name, in lower case
    ('"Kumayri Bank" closed joint-stock company, a bank registered at 47 Vardanants Street, Gyumri (hereinafter the '
     '"Company"), on the one hand, and "Shirak Contact" limited liability company, registered at 12 Gorki Street, '
     'Gyumri (hereinafter the "Performer"), on the other hand.\n\n1.1. The Performer undertakes to provide services to '
     "the Company.\n",
     [('"Kumayri Bank" closed joint-stock company', "Company", "client"),
      ('"Shirak Contact" limited liability company', "Performer", "provider")]),
    # a French social-security fund and the holder of its public contract
    ("The Caisse primaire d'assurance maladie de Lens, represented by its Director (hereinafter \"the Caisse\"),\n\nand\n\n"
     'Centre d\'Appels Artois SAS, represented by its Chairman (hereinafter "the Contract Holder").\n\n'
     "7.1 The Contract Holder shall attain the Indicators.\n",
     [("The Caisse primaire d'assurance maladie de Lens", "Caisse", "client"),
      ("Centre d'Appels Artois SAS", "Contract Holder", "provider")]),
    # Japanese and Korean translations: a city that consigns the work, a district
    ('Mito City (hereinafter the "Consignor") and Hitachi Business Support Co., Ltd. (hereinafter the '
     '"Consignee") hereby conclude this contract.\n\n(1) The Consignee shall perform the Work.\n',
     [("Mito City", "Consignor", "client"), ("Hitachi Business Support Co., Ltd.", "Consignee", "provider")]),
    ('Seo-gu, Daejeon Metropolitan City (the "District") and Dunsan Care Co., Ltd. (the "Consignee") enter into '
     "this Agreement.\n\nArticle 1 (Purpose) The Consignee shall operate the helpline.\n",
     [("Seo-gu", "District", "client"), ("Dunsan Care Co., Ltd.", "Consignee", "provider")]),
])
def test_preamble_shapes_that_had_named_no_party_or_only_one(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert summary(text) == expected

@pytest.mark.parametrize(("text", "provider"), [
    # the work named in lower case
    ('Contract between Rhein-Mosel Stadtwerke GmbH (hereinafter "Party A") and Vistara BPO S.R.L. (hereinafter '
     '"Party B"). Party B shall render customer-service services for the energy customers of Party A.\n',
     "Vistara BPO S.R.L."),
    ('This Agreement is made between Sunbelt Water Company (the "Utility") and Pioneer Teleservices, Inc. (the '
     '"Service Company"). The Service Company shall provide customer account, billing and outage call handling to '
     'the Utility.\n', "Pioneer Teleservices, Inc."),
    # the client writing as "we": what "you" do "on our behalf" makes you the provider
    ('This agreement is between Pinecrest Credit Union ("we", "us") and Lumen Support LLC ("you"). You will answer '
     "our members' phone, chat and email questions on our behalf.\n", "Lumen Support LLC"),
])
def test_the_provider_by_what_it_does_for_the_other(text: str, provider: str) -> None:
    assert [name for name, _, role in summary(text) if role == "provider"] == [provider]
