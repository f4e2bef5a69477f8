"""The builder infers sections, numbers, headings, sentences and tables the same way for every format."""

from contractlint.document.load import document_from_text
from contractlint.ingest.blocks import RawBlock, RawDocument
from contractlint.document.build import build_document

CONTRACT = """# Master Services Agreement

## Contents
1. Definitions ........ 2
2. Governance ......... 5

## 1. Definitions

1.1 "Service Levels" means the levels in Schedule 2.

## 2. Governance

2.1 The parties shall establish a Joint Steering Committee.

2.2 The Client shall:

(a) respond to escalations within four (4) hours; and

(b) provide forecasts; and

(i) weekly, and

(ii) monthly.

(c) approve scripts.

2.3 Escalation. If a dispute is not resolved, it shall be escalated.

## Schedule 2 - Service Levels

| Metric | Target |
|---|---|
| CSAT | 85% |
"""


def numbers(doc):
    return [s.number for s in doc.sections if s.number]


def where(doc, phrase: str) -> tuple[str | None, str | None]:
    """The section number and heading a reader is shown for ``phrase``."""
    loc = doc.locate(doc.text.index(phrase))
    return loc.section, loc.heading


def lead_ins(text: str) -> dict[str, str | None]:
    """Each sentence of ``text``, read as a contract, mapped to the text of its lead-in (or None)."""
    doc = document_from_text(text)
    said = [doc.text[s.start:s.end] for s in doc.sentences]
    return {said[i]: (said[s.lead_in] if s.lead_in is not None else None) for i, s in enumerate(doc.sentences)}


def test_section_numbers_nest_as_printed():
    doc = document_from_text(CONTRACT)
    assert numbers(doc) == ["1", "1.1", "2", "2.1", "2.2", "2.2(a)", "2.2(b)", "2.2(b)(i)", "2.2(b)(ii)",
                            "2.2(c)", "2.3", "Schedule 2"]
    by_number = {s.number: s for s in doc.sections}
    assert by_number["2.2(c)"].parent == by_number["2.2"].index
    assert by_number["2.3"].heading == "Escalation"
    assert by_number["Schedule 2"].heading == "Service Levels"


def test_table_of_contents_is_not_a_clause():
    doc = document_from_text(CONTRACT)
    toc = [p for p in doc.paragraphs if p.kind.value == "toc"]
    assert len(toc) == 2
    assert all(doc.text[s.start:s.end] != "1. Definitions ........ 2" for s in doc.sentences)


def test_enumerated_items_know_their_lead_in():
    doc = document_from_text(CONTRACT)
    texts = {doc.text[s.start:s.end]: s for s in doc.sentences}
    item = texts["respond to escalations within four (4) hours; and"]
    assert item.lead_in is not None
    assert doc.text[doc.sentences[item.lead_in].start:doc.sentences[item.lead_in].end] == "The Client shall:"


def test_an_item_has_no_lead_in_from_another_article_or_before_a_table():
    text = ("## Article 5 - Service Levels\n\n(1) The Service Levels are as follows:\n\n"
            "| Service Level | Target |\n|---|---|\n| Answer | 80% in 20 s |\n\n"
            "(2) The Operator shall report monthly.\n\n"
            "## Article 7 - Obligations of the Institution\n\n(3) The Institution shall give the Operator access.\n\n"
            "## Article 8 - Duties\n\n(1) The Institution shall:\n\n(a) answer questions within two hours; and\n")
    lead = lead_ins(text)
    assert lead["The Operator shall report monthly."] is None
    assert lead["The Institution shall give the Operator access."] is None
    assert lead["answer questions within two hours; and"] == "The Institution shall:"


def test_numbered_subclauses_are_items_of_their_parents_lead_in():
    text = ("## 5. Obligations of the Company\n\n5.1 The Company shall:\n\n"
            "5.1.1 approve scripts within five (5) Business Days; and\n\n"
            "5.1.2 reply to queries within two (2) Business Days.\n\n"
            "5.2 The Service Provider shall report monthly.\n")
    lead = lead_ins(text)
    for item in ("approve scripts within five (5) Business Days; and",
                 "reply to queries within two (2) Business Days."):
        assert lead[item] == "The Company shall:"
    assert lead["The Service Provider shall report monthly."] is None


def test_inline_heading_is_the_clause_heading_and_not_a_sentence():
    doc = document_from_text(CONTRACT)
    assert "Escalation." not in [doc.text[s.start:s.end] for s in doc.sentences]


def test_table_rows_keep_cells_and_location():
    doc = document_from_text(CONTRACT)
    assert len(doc.tables) == 1
    cells = doc.tables[0].rows[1]
    assert [(c.row, c.column, c.text) for c in cells] == [(1, 0, "CSAT"), (1, 1, "85%")]
    assert doc.text[cells[1].start:cells[1].end] == "85%"
    loc = doc.locate(cells[0].start)
    assert loc.section == "Schedule 2"
    assert loc.line == CONTRACT.splitlines().index("| CSAT | 85% |") + 1


def test_location_reads_as_the_contract_shows_it():
    doc = document_from_text(CONTRACT)
    loc = doc.locate(doc.text.index("approve scripts"))
    assert loc.section == "2.2(c)"
    assert loc.heading == "Governance"
    assert loc.label() == "2.2(c) Governance"


def test_reader_labels_give_the_same_structure_as_typed_numbers():
    typed = RawDocument(path="a", format="txt", blocks=[
        RawBlock(text="5. SERVICE LEVELS"), RawBlock(text="5.1 The Supplier shall meet the Service Levels."),
        RawBlock(text="(a) answer calls;")])
    word = RawDocument(path="b", format="docx", blocks=[
        RawBlock(text="SERVICE LEVELS", label="5.", heading_level=1),
        RawBlock(text="The Supplier shall meet the Service Levels.", label="5.1"),
        RawBlock(text="answer calls;", label="(a)")])
    assert numbers(build_document(typed)) == numbers(build_document(word)) == ["5", "5.1", "5.1(a)"]


def test_letter_i_after_h_is_a_letter_not_a_roman_numeral():
    blocks = [RawBlock(text="1.1 The Supplier shall:")] + [RawBlock(text=f"({c}) do {c};") for c in "ghi"]
    doc = build_document(RawDocument(path="x", format="txt", blocks=blocks))
    assert numbers(doc)[-1] == "1.1(i)"
    assert doc.sections[-1].parent == doc.sections[1].parent or doc.sections[-1].depth == doc.sections[-2].depth


def test_years_and_amounts_are_not_clause_numbers():
    doc = build_document(RawDocument(path="x", format="txt", blocks=[
        RawBlock(text="2024 was the first Contract Year."), RawBlock(text="100 agents shall be trained.")]))
    assert numbers(doc) == []


def test_a_sentence_case_title_after_an_article_number_is_a_heading():
    text = ("Article 17 - Visits by the Client\n\nThe Client may visit the premises.\n\n"
            "Article 18 - Joint projects\n\nJoint projects are excluded from the scope of this contract.\n\n"
            "Article 19 - Fees are due monthly\n")
    doc = document_from_text(text)
    kinds = {doc.text[p.start:p.end]: p.kind.value for p in doc.paragraphs}
    assert kinds["Article 17 - Visits by the Client"] == "heading"
    assert kinds["Article 18 - Joint projects"] == "heading"
    # a short line that states something is a clause, not its title
    assert kinds["Article 19 - Fees are due monthly"] == "paragraph"
    assert "Joint projects" not in [doc.text[s.start:s.end] for s in doc.sentences]


def test_a_lead_in_in_the_preamble_ends_at_the_first_article():
    text = ("The two Parties agree to sign this contract with the following terms:\n\n"
            "Article 1. Subject matter of the Contract\n\n1.1 Party B shall answer calls.\n\n"
            "Article 2. Service indicators\n\n2.1 Party B shall meet the indicators.\n")
    lead = lead_ins(text)
    assert lead["Party B shall answer calls."] is None
    assert lead["Party B shall meet the indicators."] is None


def test_a_part_numbered_in_words_heads_its_clauses():
    # Drafting translated from Russian or Spanish spells the number out ("Section One.", "ARTICLE
    # FIRST:"); its clauses nest under it and its title is a heading. "Part one of the fee" is prose.
    text = ("Section One. Subject of the Contract\n\n1.1. The Supplier shall answer calls.\n\n"
            "Section Two. Continuity of the Services\n\n2.1. The Supplier shall test the plan yearly.\n\n"
            "ARTICLE THIRD: FEES\n\nPart one of the fee is paid in advance.\n")
    doc = document_from_text(text)
    assert numbers(doc) == ["Section One", "1.1", "Section Two", "2.1", "ARTICLE THIRD"]
    assert where(doc, "test the plan") == ("2.1", "Continuity of the Services")


def test_a_spanish_or_portuguese_clause_label_kept_in_translation_heads_its_clause():
    # "CLÁUSULA OITAVA – DA GESTÃO E FISCALIZAÇÃO (Management and Inspection)" in a plain-text translation is a
    # clause of its own, ordinal and all ("DÉCIMA PRIMEIRA", "DECIMOCUARTA.-"); "cláusula primera de ..." is prose.
    text = ("CLÁUSULA SÉTIMA – DAS OBRIGAÇÕES (Obligations)\n\n(a) pay the invoices.\n\n"
            "CLÁUSULA OITAVA – DA GESTÃO E FISCALIZAÇÃO (Management and Inspection)\n\n"
            "The Autarchy designates a Contract Manager.\n\n"
            "CLÁUSULA DÉCIMA PRIMEIRA: TERM\n\nThe term is one year.\n\n"
            "CLÁUSULA DECIMOCUARTA.- EVALUATION\n\nThe cláusula primera de este contrato applies.\n")
    doc = document_from_text(text)
    assert numbers(doc) == ["CLÁUSULA SÉTIMA", "CLÁUSULA SÉTIMA(a)", "CLÁUSULA OITAVA", "CLÁUSULA DÉCIMA PRIMEIRA",
                            "CLÁUSULA DECIMOCUARTA"]
    assert where(doc, "designates a Contract Manager")[0] == "CLÁUSULA OITAVA"


def test_paragraphs_numbered_through_the_contract_belong_to_their_article():
    # French-style drafting numbers paragraphs 1 to 44 across the articles: "41." under "Article 18
    # - Disputes" is that article's paragraph, so a rule reading the heading sees "Disputes".
    text = ("Article 17 - Termination\n\n40. Either Party may terminate this Contract.\n\n"
            "Article 18 - Disputes\n\n41. Disputes shall be escalated as shown below.\n\n"
            "42. Unsettled disputes go to arbitration.\n\n"
            "Article 19 - Final Provisions\n\n43. This Contract is governed by the law of Chad.\n")
    doc = document_from_text(text)
    parent = {s.number: doc.sections[s.parent].number if s.parent is not None else None for s in doc.sections}
    assert parent["41"] == parent["42"] == "Article 18"
    assert parent["43"] == "Article 19"
    assert parent["Article 19"] is None
    assert where(doc, "escalated") == ("41", "Disputes")


def test_a_section_sign_numbers_a_section_in_plain_text():
    # German and Nordic drafting numbers its sections "§ 1", "§ 17"; a plain-text contract has no
    # other mark of them, so without the sign every "(1)" would be a clause of its own.
    text = ("§ 1 The parties\n\n(1) Kangerluk Seafood A/S (the \"Buyer\").\n\n"
            "§ 17 Disputes and governing law\n\n(1) If the parties disagree, they shall meet.\n\n"
            "(2) Disputes shall be decided by the Court of Greenland.\n")
    doc = document_from_text(text)
    assert numbers(doc) == ["§ 1", "§ 1(1)", "§ 17", "§ 17(1)", "§ 17(2)"]
    assert where(doc, "disagree") == ("§ 17(1)", "Disputes and governing law")


def test_a_clause_title_in_brackets_after_a_spelled_number_is_its_heading():
    # Portuguese drafting: "Clause First (Object)"; its numbered paragraphs belong to it.
    text = ("Clause First (Object)\n\n1. The Provider shall take bookings.\n\n"
            "Clause Second (Manner of Performance)\n\n1. The Provider shall answer in three languages.\n")
    doc = document_from_text(text)
    assert where(doc, "three languages")[1] == "Manner of Performance"
    assert where(doc, "take bookings")[1] == "Object"


def test_a_capitalised_and_between_the_parties_opens_no_section():
    # "BETWEEN: ... AND ... WHEREAS:": the joining words of a civil-law preamble are no headings, so
    # the recitals after them do not fall under a section called "AND".
    text = ("BETWEEN:\n\nFIRST CONTRACTING PARTY: Sete Ondas Ecolodge, Lda., hereinafter \"the Lodge\";\n\n"
            "AND\n\nSECOND CONTRACTING PARTY: Equador Reservas, Lda., hereinafter \"the Provider\";\n\n"
            "a) The Lodge operates an eco-lodge.\n\nRECITALS\n\n(A) The Lodge wishes to outsource its bookings.\n")
    doc = document_from_text(text)
    assert all(s.heading != "AND" for s in doc.sections)
    assert where(doc, "eco-lodge")[1] != "AND"
    # ... while "RECITALS" does open the recitals
    assert where(doc, "outsource")[1] == "RECITALS"


def test_an_ordinal_before_the_word_numbers_an_article():
    # Dutch and Nordic drafting translated: "First Article - Definitions"; its lettered items are
    # that article's, and "First Party:" in the appearance stays text.
    text = ("First Party: Kralendijk Ship Supply B.V.\n\nFirst Article - Definitions\n\n(a) \"Call\": the stay of a ship.\n\n"
            "Second Article - The Assignment\n\n(a) The Contractor shall operate the Orders Desk.\n")
    doc = document_from_text(text)
    assert numbers(doc) == ["First Article", "First Article(a)", "Second Article", "Second Article(a)"]
    assert where(doc, "Orders Desk") == ("Second Article(a)", "The Assignment")


def test_hyphenated_points_number_clauses():
    # Persian drafting: "Article 4- Subject" with points "4-1", "4-2"; "10-15 days after" stays text.
    text = ("Article 4- Subject of the Contract\n\n4-1 The Contractor shall answer calls.\n\n"
            "4-2 The Claims Desk operates on Working Days.\n\n10-15 days after the start the parties meet.\n")
    doc = document_from_text(text)
    assert numbers(doc) == ["Article 4", "4-1", "4-2"]
    assert where(doc, "Claims Desk") == ("4-2", "Subject of the Contract")


def test_an_ordinal_before_schedule_numbers_a_part():
    # Malaysian and Indian drafting: "Third Schedule – Responsibilities" is a part of the contract, and a
    # "[Reserved.]" body leaves it empty; "the First Schedule applies" stays text.
    from contractlint.engine.placeholders import empty_parts
    text = ("4.6 The respective responsibilities of the parties shall be as set out in the Third Schedule.\n\n"
            "First Schedule – Services\n\nThe First Schedule applies to every channel.\n\n"
            "Third Schedule – Responsibilities\n\n[Reserved.]\n")
    doc = document_from_text(text)
    assert numbers(doc) == ["4.6", "First Schedule", "Third Schedule"]
    assert empty_parts(doc) == ["third schedule"]


def test_a_titled_clause_ends_a_recitals_heading_above_it():
    # A bold "RECITALS" above "1 Definitions" in a PDF holds the recitals, not the whole contract: the
    # clauses after it must not be read as recitals (which bind nobody).
    blocks = [RawBlock(text="RECITALS", heading_level=1),
              RawBlock(text="A. The Lodge runs a kitesurfing camp."),
              RawBlock(text="Definitions", label="1", heading_level=2),
              RawBlock(text="1.1 Booking means a confirmed reservation.")]
    doc = build_document(RawDocument(path="t.pdf", format="pdf", blocks=blocks))
    parent = {s.heading or s.number: s.parent for s in doc.sections}
    assert parent["Definitions"] is None
    assert where(doc, "kitesurfing")[1] == "RECITALS"
