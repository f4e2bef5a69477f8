"""Quantities in contract sentences: what is found, how it is normalised, and what is not a quantity.

Each case table is data: (sentence, matched text, value, unit, amount). One parametrised test per
table asserts the kind, the normalised value and unit, the number as written and the span.
"""

from __future__ import annotations


import pytest
from pydantic import ValidationError

from contractlint.nlp.quantities import Quantity, find_quantities, parse_quantity, to_days

DURATIONS = [
    ("Either party may terminate on thirty (30) days' notice.", "thirty (30) days'", 30, "days", 30),
    # ... and the figure first, as Brazilian and Portuguese drafting writes it
    ("The Executive Committee shall decide within 15 (fifteen) Business Days.", "15 (fifteen) Business Days", 15 * 7 / 5,
     "business_days", 15),
    ("within five (5) Business Days of receipt", "five (5) Business Days", 7, "business_days", 5),
    # a bank's own business day
    ("shall answer within one banking day", "one banking day", 7 / 5, "business_days", 1),
    # a translation that keeps the original's business days
    ("who shall have five (5) días hábiles to resolve it", "five (5) días hábiles", 7, "business_days", 5),
    ("within 10 dias úteis of receipt", "10 dias úteis", 14, "business_days", 10),
    # a bank's own working days, as German drafting translated names them
    ("within one Bank Working Day", "one Bank Working Day", 7 / 5, "business_days", 1),
    ("respond within four (4) business hours", "four (4) business hours", 4 / 24, "business_hours", 4),
    ("restore service within 24 hours", "24 hours", 1, "hours", 24),
    ("no later than two weeks before go-live", "two weeks", 14, "weeks", 2),
    ("for six (6) months after exit", "six (6) months", 182.5, "months", 6),
    ("an initial term of three (3) crop years", "three (3) crop years", 1095, "years", 3),
    ("on giving 12 months' written notice", "12 months'", 365, "months", 12),
    ("the initial term is one year", "one year", 365, "years", 1),
    ("renewal for 1 yr", "1 yr", 365, "years", 1),
    ("The term of this contract is two (2) Gregorian years", "two (2) Gregorian years", 730, "years", 2),
    ("for twelve full months after exit", "twelve full months", 365, "months", 12),
    ("for a period of up to twelve (12) months", "twelve (12) months", 365, "months", 12),
    ("not less than one hundred and eighty (180) days' notice", "one hundred and eighty (180) days'", 180, "days", 180),
    ("staffed for twenty-four hours after cut-over", "twenty-four hours", 1, "hours", 24),
    ("over one quarter", "one quarter", 365 / 4, "quarters", 1),
    ("a 30-day cure period", "30-day", 30, "days", 30),
    ("within 10 calendar days of award", "10 calendar days", 10, "days", 10),
    ("in any 12\u2013month period", "12\u2013month", 365, "months", 12),
    ("for three (3) consecutive months", "three (3) consecutive months", 91.25, "months", 3),
    ("answer calls within 20 seconds", "20 seconds", 20 / 86_400, "seconds", 20),
    ("acknowledge within an hour", "an hour", 1 / 24, "hours", 1),
    ("escalate within 10-15 days", "15 days", 15, "days", 15),
    ("within 14\ncalendar days of the meeting", "14\ncalendar days", 14, "days", 14),
]

PERCENTAGES = [
    ("credits capped at 12% of the Charges", "12%", 12),
    ("credits capped at 12 % of the Charges", "12 %", 12),
    ("no more than twelve percent (12%) a year", "twelve percent (12%)", 12),
    ("a discount of 12 per cent", "12 per cent", 12),
    ("a discount of 12 percent", "12 percent", 12),
    ("availability of 99.9% or more", "99.9%", 99.9),
]

MONEY = [
    ("liability capped at £1,000 in total", "£1,000", 1_000, "GBP", 1_000),
    ("a fee of $5,000.00 per release", "$5,000.00", 5_000, "USD", 5_000),
    ("a cap of USD 10,000", "USD 10,000", 10_000, "USD", 10_000),
    ("a cap of EUR 2.5 million", "EUR 2.5 million", 2_500_000, "EUR", 2.5),
    ("a charge of €2,500", "€2,500", 2_500, "EUR", 2_500),
    ("damages of 10,000 pounds sterling", "10,000 pounds sterling", 10_000, "GBP", 10_000),
    ("a cap of £2.5m", "£2.5m", 2_500_000, "GBP", 2.5),
    ("a fee of ten thousand pounds (£10,000)", "ten thousand pounds (£10,000)", 10_000, "GBP", 10_000),
    ("a cap of GBP1,000", "GBP1,000", 1_000, "GBP", 1_000),
    # dollars by their country's letters, which stand right before the sign
    ("we will pay you an extra EC$2,000 for that month", "EC$2,000", 2_000, "XCD", 2_000),
    ("a fee of J$120,000", "J$120,000", 120_000, "JMD", 120_000),
    ("a bonus of US$ 5,000", "US$ 5,000", 5_000, "USD", 5_000),
    # any common ISO code, before or after the amount
    ("an uplift of AUD 40 for each Package above 120", "AUD 40", 40, "AUD", 40),
    ("a deposit of 250 NOK per rental", "250 NOK", 250, "NOK", 250),
    ("a grant of TZS 1,500,000 a season", "TZS 1,500,000", 1_500_000, "TZS", 1_500_000),
]

FREQUENCIES = [
    ("reports are produced daily", "daily", 365, 1),
    ("a call on each Business Day", "each Business Day", 260, 1),
    ("a call every business day", "every business day", 260, 1),
    # a word naming whose year it is, before the kind of year
    ("Twice in each Ethiopian fiscal year, the Parties shall meet", "Twice in each Ethiopian fiscal year", 2, 2),
    ("stand-ups are held weekly", "weekly", 52, 1),
    ("reviewed every week", "every week", 52, 1),
    ("met once a week", "once a week", 52, 1),
    ("a fortnightly call", "fortnightly", 26, 1),
    ("a call every two weeks", "every two weeks", 26, 2),
    ("monthly service review meetings", "monthly", 12, 1),
    ("a report each month", "each month", 12, 1),
    # a named month comes round once a year
    ("Each January the Client evaluates the Provider", "Each January", 1, 1),
    ("a report every month", "every month", 12, 1),
    ("a report once a month", "once a month", 12, 1),
    ("one invoice per month", "per month", 12, 1),
    ("calculated each calendar month", "each calendar month", 12, 1),
    ("invoiced on a monthly basis", "on a monthly basis", 12, 1),
    ("quarterly business reviews", "quarterly", 4, 1),
    ("reviewed every quarter", "every quarter", 4, 1),
    ("reviewed each quarter", "each quarter", 4, 1),
    ("meet at least once per calendar quarter", "once per calendar quarter", 4, 1),
    ("tested every three months", "every three months", 4, 3),
    ("a biannual audit", "biannual", 2, 1),
    ("audited biannually", "biannually", 2, 1),
    ("a semi-annual audit", "semi-annual", 2, 1),
    ("a half-yearly audit", "half-yearly", 2, 1),
    ("a workshop once in each calendar half-year", "once in each calendar half-year", 2, 1),
    ("reviewed every half year", "every half year", 2, 1),
    ("journey mapping twice a year", "twice a year", 2, 2),
    ("journey mapping twice yearly", "twice yearly", 2, 2),
    ("journey mapping at least every six months", "every six months", 2, 6),
    ("journey mapping each semester", "each semester", 2, 1),
    ("a review every two semesters", "every two semesters", 1, 2),
    ("journey mapping two times per year", "two times per year", 2, 2),
    ("an annual audit", "annual", 1, 1),
    ("audited annually", "annually", 1, 1),
    ("a yearly audit", "yearly", 1, 1),
    ("audited once a year", "once a year", 1, 1),
    ("audited every year", "every year", 1, 1),
    ("audited every twelve months", "every twelve months", 1, 12),
    ("a biennial benchmark", "biennial", 0.5, 1),
    ("benchmarked every two years", "every two years", 0.5, 2),
    ("a summary every Monday during the season", "every Monday", 52, 1),
    ("the team leaders meet each Friday", "each Friday", 52, 1),
    ("twice each winter we walk through the journey", "twice each winter", 2, 2),
    ("a health check every spring", "every spring", 1, 1),
    ("benchmarked once every two years", "once every two years", 0.5, 2),
    ("surveyed 3 times a year", "3 times a year", 3, 3),
    ("calibrated four times per month", "four times per month", 48, 4),
    ("coached every 6 weeks", "every 6 weeks", 52 / 6, 6),
    ("a call every other week", "every other week", 26, 2),
    ("interest accrues per annum", "per annum", 1, 1),
    ("no more than twice in any twelve (12) month period", "twice in any twelve (12) month", 2, 12),
    ("the Steering Committee shall meet Quarterly", "Quarterly", 4, 1),
]


def _only(sentence: str) -> Quantity:
    found = find_quantities(sentence)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


def _assert_span(q: Quantity, sentence: str, text: str) -> None:
    assert q.text == text
    assert sentence[q.start : q.end] == text
    assert q.start == sentence.index(text)


@pytest.mark.parametrize(("sentence", "text", "days", "unit", "amount"), DURATIONS)
def test_durations_normalise_to_calendar_days(sentence: str, text: str, days: float, unit: str, amount: float) -> None:
    """Each duration is found once, in calendar days, with its unit and the number as written."""
    q = _only(sentence)
    assert (q.kind, q.unit, q.amount) == ("duration", unit, amount)
    assert q.value == pytest.approx(days)
    _assert_span(q, sentence, text)


@pytest.mark.parametrize(("sentence", "text", "percent"), PERCENTAGES)
def test_percentages(sentence: str, text: str, percent: float) -> None:
    """Signs, "per cent", "percent" and the doubled "twelve percent (12%)" are one percentage."""
    q = _only(sentence)
    assert (q.kind, q.unit, q.value, q.amount) == ("percentage", "percent", percent, percent)
    _assert_span(q, sentence, text)


@pytest.mark.parametrize(("sentence", "text", "value", "currency", "amount"), MONEY)
def test_money_is_multiplied_out_in_its_currency(
    sentence: str, text: str, value: float, currency: str, amount: float
) -> None:
    """Symbols, ISO codes and currency words give the ISO code; "million" and "m" multiply."""
    q = _only(sentence)
    assert (q.kind, q.unit, q.value, q.amount) == ("money", currency, value, amount)
    _assert_span(q, sentence, text)


@pytest.mark.parametrize(("sentence", "text", "per_year", "amount"), FREQUENCIES)
def test_frequencies_normalise_to_times_per_year(sentence: str, text: str, per_year: float, amount: float) -> None:
    """Adverbs, "every N <period>" and "N times a <period>" all become times per year."""
    q = _only(sentence)
    assert (q.kind, q.unit, q.amount) == ("frequency", "per_year", amount)
    assert q.value == pytest.approx(per_year)
    _assert_span(q, sentence, text)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Services are provided 24x7.",
        "Support is available 24/7.",
        "as set out in Schedule 4",
        "subject to clause 12.3",
        "the Supplier shall process 3,000 customer registrations",
        "Support is available 24 hours a day, 7 days a week.",
        "on the fifth Business Day",
        "bi-weekly and biweekly and bimonthly calls",
        "at the Hourly Rates",
        "one quarter of the Charges",
        "30 June 2025",
        "the 10th day",
        "under Mass. Gen. Laws c. 4 sec. 7",
        "The line is staffed from 8am to 6pm each Monday to Friday.",
        "open every Monday through Saturday",
        "each may terminate this Agreement",
    ],
)
def test_not_quantities(sentence: str) -> None:
    """Availability, references, ordinals, ambiguous and misleading words yield nothing."""
    assert find_quantities(sentence) == []


def test_a_count_per_day_is_a_rate_not_a_duration() -> None:
    """ "3,000 registrations per day" reports no duration; "per day" is a frequency of 365."""
    sentence = "The Supplier shall handle 3,000 customer registrations per day."
    (q,) = find_quantities(sentence)
    assert (q.kind, q.value) == ("frequency", 365)
    _assert_span(q, sentence, "per day")


def test_nth_business_day_of_each_month_is_a_monthly_cycle_not_a_duration() -> None:
    """ "the 5th Business Day of each month" gives only the frequency "each month" (12)."""
    sentence = "Invoices are payable on the 5th Business Day of each month."
    (q,) = find_quantities(sentence)
    assert (q.kind, q.value) == ("frequency", 12)
    _assert_span(q, sentence, "each month")


def test_every_six_months_is_one_frequency_not_a_duration_too() -> None:
    """The frequency takes the whole phrase, so "six months" is not also reported as a duration."""
    (q,) = find_quantities("Journey mapping shall be repeated at least every six months.")
    assert (q.kind, q.text, q.value) == ("frequency", "every six months", 2)


def test_quantities_come_in_order_with_spans_into_the_original_text() -> None:
    """A sentence with several quantities returns them in order, non-overlapping, spans exact."""
    sentence = (
        "İf the Supplier fails to resolve a Severity 1 Incident within four (4) hours on two occasions "
        "in any calendar month, Service Credits of 5% of the monthly Charges, up to £250,000, apply."
    )
    found = find_quantities(sentence)
    assert [(q.kind, q.text) for q in found] == [
        ("duration", "four (4) hours"),
        ("percentage", "5%"),
        ("frequency", "monthly"),
        ("money", "£250,000"),
    ]
    assert all(sentence[q.start : q.end] == q.text for q in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def test_to_days_compares_units() -> None:
    """Fifteen business days are three calendar weeks; six months are half a year."""
    assert to_days(15, "business_days") == 21
    assert to_days(6, "months") == 182.5
    assert to_days(1, "quarters") == 365 / 4
    assert to_days(8, "business_hours") == to_days(8, "hours") == pytest.approx(1 / 3)
    with pytest.raises(ValueError, match="unknown duration unit 'fortnight'"):
        to_days(1, "fortnight")


def test_rule_thresholds_compare_with_found_quantities() -> None:
    """The comparisons rules make: escalation vs 15 business days, notice vs 180 days, frequency."""
    limit = parse_quantity("15 business days")
    notice = find_quantities("terminate for convenience on ninety (90) days' notice")[0]
    assert limit is not None and limit.value == 21
    assert notice.value < 180
    assert parse_quantity("every six months").value == 2  # type: ignore[union-attr]
    annual = parse_quantity("annual")
    assert annual is not None and annual.value < 2
    assert parse_quantity("quarterly").value > parse_quantity("twice a year").value  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("literal", "kind", "value", "unit"),
    [
        ("15 business days", "duration", 21, "business_days"),
        ("6 months", "duration", 182.5, "months"),
        ("12%", "percentage", 12, "percent"),
        ("quarterly", "frequency", 4, "per_year"),
        ("twice a year", "frequency", 2, "per_year"),
        ("  £1,000 ", "money", 1_000, "GBP"),
    ],
)
def test_parse_quantity_reads_a_whole_literal(literal: str, kind: str, value: float, unit: str) -> None:
    """A literal that is one quantity, surrounding blanks aside, parses to it."""
    q = parse_quantity(literal)
    assert q is not None
    assert (q.kind, q.value, q.unit, q.text) == (kind, value, unit, literal.strip())


@pytest.mark.parametrize("literal", ["within 15 days", "", "Schedule 4", "5 days and 6 months", "soon"])
def test_parse_quantity_rejects_anything_but_one_whole_quantity(literal: str) -> None:
    """Extra words, nothing, or two quantities give None."""
    assert parse_quantity(literal) is None


def test_quantity_is_frozen() -> None:
    """A Quantity is a value: it cannot be changed after it is made."""
    q = parse_quantity("30 days")
    assert q is not None
    with pytest.raises(ValidationError):
        q.value = 1  # type: ignore[misc]


def test_a_hundred_page_contract_finds_every_quantity_of_every_paragraph() -> None:
    """300,000 characters: each repeated paragraph yields the same quantities, none lost or merged
    across paragraphs (speed is measured in bench/, not asserted here)."""
    paragraph = (
        "12.3 The Service Provider shall, within five (5) Business Days of receipt of a Change Request, "
        "provide an impact assessment in accordance with Schedule 4. The Steering Committee shall meet "
        "at least once per calendar quarter. Either Party may terminate for convenience on not less than "
        "one hundred and eighty (180) days' written notice. Service Credits shall not exceed 12% of the "
        "monthly Charges, subject to a cap of £250,000 in any Contract Year.\n\n"
    )
    one = find_quantities(paragraph)
    repeats = 300_000 // len(paragraph)
    found = find_quantities(paragraph * repeats)
    assert len(one) >= 5
    assert len(found) == repeats * len(one)
    assert [q.text for q in found[-len(one):]] == [q.text for q in one]


def test_ages_are_not_durations():
    found = find_quantities("Policyholders under 18 years of age or 70 years old may call within 2 years.")
    assert [q.text for q in found] == ["2 years"]


@pytest.mark.parametrize(("text", "per_year", "quoted"), [
    ("a joint workshop in March and in September of each year, attended by", 2.0,
     "in March and in September of each year"),
    ("map the journeys in February and August of each year.", 2.0, "in February and August of each year"),
    ("the Board meets each January, May and September.", 3.0, "each January, May and September"),
    ("a review in January of each year", 1.0, "each year"),
    # two seasons, each once a year: twice a year
    ("Before each winter season and before each summer season, the parties shall map the journey.", 2.0,
     "each winter season and before each summer season"),
    ("a review every spring and autumn", 2.0, "every spring and autumn"),
    ("a review each winter", 1.0, "each winter"),
])
def test_named_months_of_each_year_are_a_frequency(text: str, per_year: float, quoted: str) -> None:
    found = [q for q in find_quantities(text) if q.kind == "frequency"]
    assert [(q.value, q.text) for q in found] == [(per_year, quoted)]


@pytest.mark.parametrize("text", ["launched in March 2025 and April 2026", "the parties may meet in May and June",
                                  "each party may and shall"])
def test_months_without_each_year_are_no_frequency(text: str) -> None:
    assert [q for q in find_quantities(text) if q.kind == "frequency"] == []


@pytest.mark.parametrize(("text", "per_year"), [
    ("The parties shall jointly carry out, semiannually, a mapping exercise.", 2.0),
    ("Twice in each Financial Year the parties shall meet.", 2.0),
    ("Once in every fiscal year the parties shall meet.", 1.0),
])
def test_frequencies_in_one_word_and_per_financial_year(text, per_year):
    found = [q for q in find_quantities(text) if q.kind == "frequency"]
    assert [q.value for q in found] == [per_year]



@pytest.mark.parametrize(("text", "per_year"), [
    ("In each half of the calendar year the Parties shall map the journey.", 2.0),
    ("once in every half of the financial year", 2.0),
    ("Before the end of each Agreement year the Co-operative shall complete a scorecard.", 1.0),
])
def test_halves_of_the_year_and_agreement_years_are_frequencies(text: str, per_year: float) -> None:
    assert [q.value for q in find_quantities(text) if q.kind == "frequency"] == [per_year]


@pytest.mark.parametrize(("text", "per_year"), [
    # the running of the service in a forum's remit is no cadence
    ("| Desk Group | Operational | Daily operation, staffing and open orders |", []),
    ("It follows the daily running of the Desk.", []),
    ("The Desk Group meets daily.", [365.0]),
    ("a daily report on the backlog", [365.0]),
])
def test_daily_is_a_cadence_but_daily_operation_is_not(text: str, per_year: list[float]) -> None:
    assert [q.value for q in find_quantities(text) if q.kind == "frequency"] == per_year


def test_currency_codes_that_are_english_words_are_no_money() -> None:
    """ "the top 40 callers" is no amount in Tongan pa'anga: codes that are words are left out."""
    assert [q.kind for q in find_quantities("a prize for the top 40 callers")] == []
