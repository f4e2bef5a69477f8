"""Sentence splitting survives legal abbreviations and enumerations."""

from contractlint.nlp.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_abbreviations_do_not_end_sentences():
    text = ("Acme Ltd. shall provide the services, e.g. inbound calls, i.e. voice only, under cl. 12.3 "
            "and No. 5 of the U.S. rules. The Client shall pay.")
    assert sentences(text) == [
        "Acme Ltd. shall provide the services, e.g. inbound calls, i.e. voice only, under cl. 12.3 "
        "and No. 5 of the U.S. rules.",
        "The Client shall pay.",
    ]


def test_enumeration_with_semicolons_stays_one_sentence():
    text = "The Client shall: (a) respond within 4 hours; (b) approve scripts; and (c) pay. Then it ends."
    got = sentences(text)
    assert len(got) == 2
    assert got[0].endswith("(c) pay.")


def test_ordinary_sentences_split_on_full_stop_question_and_quote():
    got = sentences('The term is "three years." The Supplier agrees. Is that so? Yes.')
    assert got == ['The term is "three years."', "The Supplier agrees.", "Is that so?", "Yes."]


def test_decimal_numbers_and_initials_do_not_split():
    assert len(sentences("Availability of 99.5 per cent is measured by J. Smith monthly.")) == 1


def test_a_bold_run_in_heading_is_a_sentence_of_its_own():
    text = "**No joint projects.** We will not fund joint projects. **Note**: it stays."
    assert sentences(text) == ["**No joint projects.**", "We will not fund joint projects.", "**Note**: it stays."]


def test_the_indian_rupee_abbreviation_does_not_end_a_sentence():
    text = "The award carries a cash prize of not less than Rs. 2,000, paid with the salary. The Agency shall pay."
    assert sentences(text) == [
        "The award carries a cash prize of not less than Rs. 2,000, paid with the salary.",
        "The Agency shall pay.",
    ]
