"""Quantities in contract sentences (durations, percentages, money, frequencies), normalised.

Rules compare what a contract promises with a threshold ("no escalation level over 15 business
days", "termination for convenience below 180 days' notice"), so each quantity carries one
comparable ``value`` beside the ``amount`` as written:

* **duration** -> calendar days. A business (working) day counts as 7/5 calendar days, so five
  business days make a week; an hour is 1/24 day and so is a business hour (see ``_DAYS_PER``);
  a week is 7 days, a fortnight 14, a month 365/12, a quarter ("one quarter") 365/4, a year 365.
  Minutes and seconds, common in call-handling SLAs, are accepted too.
* **percentage** -> percent: "12%", "12 per cent", "twelve percent (12%)" all give 12.
* **money** -> the amount in its own currency, multiplied out ("EUR 2.5 million" -> 2,500,000),
  with the ISO code as unit; "$" is read as USD. Currencies are never converted.
* **frequency** -> times per year: daily 365, each business day 260, weekly 52, fortnightly 26,
  monthly 12, quarterly 4, biannually / twice a year / each semester 2, annually 1, biennially 0.5. "Every N
  months" is 12/N, "N times a month" 12N, "once every two years" 0.5. Adjectives count
  ("monthly service review" -> 12); whether a frequency matters is for the rule to decide.

Numbers may be digits (1,000; 2.5), words ("twenty-four", "one hundred and eighty") or the legal
doubled form "thirty (30)" (or "30 (thirty)"), which is one quantity. Ranges give their upper end ("10-15 days" ->
15 days).

Deliberately not quantities: ordinals ("the 5th Business Day of each month" is a deadline inside a
monthly cycle, so only "each month" is reported), availability ("24x7", "24/7", and in words "24
hours a day, 7 days a week"), bare numbers ("Schedule 4", "clause 12.3"), and a count of something
else per period ("3,000 registrations per day" is a rate, so only "per day" is reported, as a
frequency). "Biweekly" and "bimonthly" are ambiguous (twice a week or every two weeks?) and are
not reported at all; nor is "hourly", which in contracts almost always means "Hourly Rates".

Everything is one regular expression compiled at import from the word tables below and run once
over the text: 300,000 characters of real contracts take about 20 ms, and a worst case packed with
a quantity every 70 characters about 55 ms.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from itertools import groupby
from typing import Literal

from pydantic import BaseModel, ConfigDict


Kind = Literal["duration", "percentage", "money", "frequency"]


class Quantity(BaseModel):
    """One quantity found in text: its normalised value, the number as written, and its span."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Kind
    value: float
    unit: str
    amount: float
    text: str
    start: int
    end: int


# --- word tables ------------------------------------------------------------------------------

_SMALL = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split()
    )
}
_TENS = {w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
_COUNTS = {"once": 1, "twice": 2, "thrice": 3}
# "every other week", "every second month": an ordinal here is an interval, not a position.
_EVERY_ORDINALS = {"other": 2, "second": 2, "third": 3}

# (numerator, denominator) in calendar days, kept as integers so 15 business days are exactly 21.
_DAYS_PER: dict[str, tuple[int, int]] = {
    "seconds": (1, 86_400),
    "minutes": (1, 1_440),
    "hours": (1, 24),
    # The calendar time a business hour spans depends on a service window set elsewhere (8x5,
    # 12x6, 24x7). Without it we take the lower bound, an ordinary hour: conservative, because a
    # "no longer than" rule then flags a business-hours promise only if even its shortest
    # reading breaks the limit.
    "business_hours": (1, 24),
    "days": (1, 1),
    "business_days": (7, 5),
    "weeks": (7, 1),
    "fortnights": (14, 1),
    "months": (365, 12),
    "quarters": (365, 4),
    "years": (365, 1),
}
# Singular stems of the duration units as written ("hrs" -> "hr") to their normalised names.
_UNIT_STEMS = {
    "second": "seconds", "minute": "minutes", "min": "minutes",
    "hour": "hours", "hr": "hours", "day": "days", "week": "weeks", "wk": "weeks",
    "fortnight": "fortnights", "month": "months", "quarter": "quarters", "year": "years",
    "yr": "years",
}  # fmt: skip
# A weekday comes round once a week ("every Monday"), a season once a year ("twice each winter").
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_SEASONS = ("winter", "spring", "summer", "autumn", "season")
# So does a named month ("each January"); not May, which "each may ..." would misread.
_MONTHS = ("january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
           "december")
# Times per year of one period, for "every N <period>" and "N times a <period>".
_PER_YEAR = {
    "hour": 8_760, "day": 365, "business_day": 260, "week": 52, "fortnight": 26, "month": 12,
    "quarter": 4, "year": 1, "annum": 1, "half_year": 2, "semester": 2,
    **dict.fromkeys(_WEEKDAYS, 52), **dict.fromkeys((*_SEASONS, *_MONTHS), 1),
}  # fmt: skip
# Adverbs and adjectives of frequency, keyed by their letters only ("semi-annual" -> "semiannual").
_ADVERBS = {
    "daily": 365, "weekly": 52, "fortnightly": 26, "monthly": 12, "quarterly": 4,
    "biannual": 2, "biannually": 2, "semiannual": 2, "semiannually": 2, "halfyearly": 2,
    "annual": 1, "annually": 1, "yearly": 1, "biennial": 0.5, "biennially": 0.5,
}  # fmt: skip
_CURRENCIES = {
    "£": "GBP", "$": "USD", "us$": "USD", "€": "EUR", "gbp": "GBP", "usd": "USD", "eur": "EUR",
    "pounds sterling": "GBP", "pounds": "GBP", "pound": "GBP", "sterling": "GBP",
    "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR",
    "ec$": "XCD", "nz$": "NZD", "hk$": "HKD", "nt$": "TWD", "bds$": "BBD", "tt$": "TTD", "bz$": "BZD",
    "fj$": "FJD", "sg$": "SGD", "s$": "SGD", "au$": "AUD", "a$": "AUD", "ca$": "CAD", "c$": "CAD", "j$": "JMD",
}  # fmt: skip
_MULTIPLIERS = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}


def _alt(words: Iterable[str]) -> str:
    """An alternation of literal words, longest first so that "seventeen" is tried before "seven"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# --- the pattern ------------------------------------------------------------------------------

# Gaps inside a quantity may break a line ("within 14\ncalendar days" in wrapped text) but never
# cross a blank line, which separates blocks. Hyphens include the Unicode ones ("12–month").
# Gaps and numbers are atomic groups (Python 3.11): they never give back characters, so a failed
# match is abandoned at once instead of retrying every split of the spaces.
_GAP = r"(?>[^\S\n]*\n?[^\S\n]*)"
_GAP1 = r"(?>[^\S\n]+\n?[^\S\n]*|\n[^\S\n]*)"
_DASH = "[-\u2010-\u2013]"
_JOIN = rf"(?>{_GAP}{_DASH}{_GAP}|{_GAP1})"  # "twenty-four", "30-day", "thirty days"

_WORD = rf"(?:{_alt([*_SMALL, *_TENS, *_SCALES])})\b"
# "twenty-four", "one hundred and eighty": "and" only after a scale word, so "one and two" is two.
_WORDS = rf"{_WORD}(?:{_JOIN}{_WORD}|(?:(?<=hundred)|(?<=thousand)){_GAP1}and{_GAP1}{_WORD})*"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# (the doubled form either way round: "thirty (30)", and Brazilian and Portuguese drafting's "30 (thirty)")
_NUMBER = rf"(?>(?:{_WORDS})(?:{_GAP}\({_GAP}(?:{_DIGITS}){_GAP}\))?|{_DIGITS}(?:{_GAP}\({_GAP}(?:{_WORDS}){_GAP}\))?)"
_COUNT = rf"{_alt(_COUNTS)}|(?:{_NUMBER}){_JOIN}times?"
# The words that make a day a business day (a bank's own, "within one banking day", is one too).
_BUSINESS_WORDS = ("business", "working", "banking")
_BUSINESS = "(?:" + "|".join(_BUSINESS_WORDS) + ")"
# A translation may keep the original's business days: "five (5) días hábiles", "dez dias úteis".
_FOREIGN_BUSINESS_DAYS = rf"d[ií]as?{_GAP1}(?:h[áa]bil(?:es)?|[úu]teis|[úu]til)"
_FOREIGN_BUSINESS_UNIT = re.compile(_FOREIGN_BUSINESS_DAYS)
_QUAL = rf"(?:calendar|{_BUSINESS}|contract|agreement|financial|fiscal){_GAP1}"
# "in each half of the calendar year" is a half-year too.
_HALF_OF_YEAR = rf"half{_GAP1}of{_GAP1}(?:the|each|every|a){_GAP1}(?:(?:calendar|financial|fiscal|contract){_GAP1})?year"
_PERIOD = rf"(?:{_HALF_OF_YEAR}|half[ -]?year|hour|day|week|fortnight|month|quarter|semester|year|annum)s?\b"
# "each Monday to Friday" is a service window, not a cadence.
_WEEKDAY = rf"(?:{_alt(_WEEKDAYS)})\b(?!\s*(?:to|through|until|and|-|–)\s)"
_SEASON = rf"(?:{_alt((*_SEASONS, *_MONTHS))})\b"
# ("Daily operation, staffing, open orders" in a forum's remit is the running of the service, not a cadence.)
_DAILY = r"daily(?![^\S\n]+(?:operations?|running|management|business|work|activit(?:y|ies)|affairs|tasks)\b)"
_ADVERB = r"semi[ -]?annual(?:ly)?|bi-?annual(?:ly)?|half[ -]?yearly|biennial(?:ly)?|annual(?:ly)?|" + _alt(
    ["yearly", "quarterly", "monthly", "fortnightly", "weekly"]
) + "|" + _DAILY
# Dollars by their country's letters: "US$", "EC$2,000" (Eastern Caribbean), "NZ$", "J$", "BDS$".
_DOLLAR = r"(?:us|ec|nz|hk|nt|bds|tt|bz|fj|sg|au|ca|a|c|s|j)\$"
# ISO codes before or after the amount: "AUD 40", "250 NOK", "TZS 1,500,000". (Not the codes that are
# English words, "ALL", "TOP", "TRY", "CUP", "RUB", "GEL", "MOP": "the top 40 callers".)
_ISO_CODES = ("aud nzd cad chf jpy cny hkd sgd myr inr zar kes tzs ugx ngn ghs xof xaf xpf xcd nok sek dkk isk "
              "pln czk huf ron bgn brl mxn ars clp cop pen php idr thb vnd aed sar qar omr kwd bhd egp mad tnd "
              "fjd pgk wst twd krw bbd ttd jmd bzd bsd kyd bmd ang awg mur scr mvr lkr bdt pkr npr mzn aoa zmw "
              "bwp nad mwk rwf etb sbd vuv kzt uzs azn uah ils jod dzd").split()
_CURRENCIES.update({code: code.upper() for code in _ISO_CODES})
_ISO = "|".join(f"{first}(?:{'|'.join(c[1:] for c in group)})"
                for first, group in groupby(sorted(_ISO_CODES), key=lambda c: c[0]))
_SYMBOL = rf"{_DOLLAR}|[£$€]|(?:gbp|usd|eur|{_ISO})(?![a-z])"  # "GBP1,000" too
_CURRENCY_WORDS = rf"pounds{_GAP1}sterling|pounds?|sterling|dollars?|euros?|gbp|usd|eur|{_ISO}"
_MULTIPLIER = r"(?:thousand|million|billion|mn|bn|m|k)\b"
_UNIT = (
    rf"(?:consecutive{_GAP1})?(?:(?:{_BUSINESS}{_GAP1})?(?:hours?|hrs?)"
    rf"|{_FOREIGN_BUSINESS_DAYS}|(?:(?:(?:bank{_GAP1})?{_BUSINESS}|calendar){_GAP1})?days?"
    rf"|(?:(?:calendar|gregorian|full){_GAP1})?(?:weeks?|wks?|months?|quarters?(?!{_GAP1}of\b))|fortnights?"
    rf"|(?:(?:calendar|contract|agreement|gregorian|full|crop|harvest|fiscal|financial|academic|school|marketing){_GAP1})?(?:years?|yrs?)"
    rf"|minutes?|mins|seconds?)"
)
_UNIT_TAIL = r"\b(?:\(s\))?(?:['’]s?(?!\w))?"  # "day(s)", "12 months'", "one day's notice"
# "24 hours a day", "five (5) days per week" state a service window, as "24x7" does, not a
# duration; such a match is dropped and only the "per day" that follows is reported.
_NOT_RATE = rf"(?!{_GAP1}(?:an?|per|each|every){_GAP1}(?:{_QUAL})?(?:day|week|month|year|annum)\b)"
# Every word a quantity can start with, by its first four letters ("fortnightly" -> "fort") or
# whole if shorter. Most words of a contract start none, and rejecting them with this list, grouped
# by first letter, before trying the alternatives is what keeps the scan fast.
_LEADS = [
    *_SMALL, *_TENS, *_SCALES, *_COUNTS, "every", "each", "per", "on", "a", "an",
    "semi", "semiannual", "bi-annual", "biannual", "biennial", "half", "annual", "yearly", "quarterly", "monthly",
    "fortnightly", "weekly", "daily",
]  # fmt: skip
_PREFIXES = sorted({re.escape(w[:4]) if len(w) > 4 else re.escape(w) + r"\b" for w in _LEADS})
_LEAD = rf"\d|[£$€]|{_DOLLAR}|gbp|usd|eur|{_ISO}|" + "|".join(
    f"{first}(?:{'|'.join(p[1:] for p in group)})" for first, group in groupby(_PREFIXES, key=lambda p: p[0])
)

# Matched against lower-cased text: without IGNORECASE every alternative below starts with a
# plain literal, which the regex engine rejects in one comparison; that makes the scan 3x faster.
_PATTERN = re.compile(
    # A quantity starts a word and never follows "x", "/", "." or ",": "24x7", "24/7", "12.3".
    rf"(?<![\w.,/])(?=(?:{_LEAD}))(?:"
    # "every six months", "once per calendar quarter", "twice a year", "each Business Day"
    rf"(?P<every>(?:(?P<count>{_COUNT}){_JOIN}(?:(?:in|during){_GAP1})?(?:an?|per|each|every|any)"
    rf"|every|each|per){_GAP1}(?:(?P<interval>{_NUMBER}|{_alt(_EVERY_ORDINALS)}){_JOIN})?"
    # (a word may name whose year it is: "twice in each Ethiopian fiscal year")
    rf"(?:[a-z]+{_GAP1}(?={_QUAL}))?(?P<qual>{_QUAL})?(?P<period>{_PERIOD}|{_WEEKDAY}|{_SEASON}))"
    # "quarterly", "twice yearly", "on a monthly basis"; not "bi-weekly", which is ambiguous
    rf"|(?P<adverb>(?:(?P<adv_count>{_COUNT}){_JOIN}|on{_GAP1}an?{_GAP1}|(?<!-))"
    rf"(?P<adv>{_ADVERB})\b(?:{_GAP1}basis)?)"
    # "£1,000", "USD 10,000", "EUR 2.5 million", "£10,000 (ten thousand pounds)"
    rf"|(?P<money_pre>(?P<symbol>{_SYMBOL}){_GAP}(?P<pre_num>{_DIGITS})"
    rf"(?:{_GAP}(?P<pre_mult>{_MULTIPLIER}))?"
    rf"(?:{_GAP}\({_GAP}{_WORDS}(?:{_GAP1}(?:{_CURRENCY_WORDS}))?{_GAP}\))?)"
    # Everything else starts with a number, read once: money, percentage or duration follows.
    rf"|(?P<num>{_NUMBER})(?:"
    # "10,000 pounds sterling", "ten thousand pounds (£10,000)"
    rf"(?P<money_post>(?:{_GAP}(?P<post_mult>{_MULTIPLIER}))?{_GAP1}"
    rf"(?P<currency>{_CURRENCY_WORDS})\b"
    rf"(?:{_GAP}\({_GAP}(?:{_SYMBOL})?{_GAP}(?:{_DIGITS})(?:{_GAP}{_MULTIPLIER})?{_GAP}\))?)"
    # "12%", "12 per cent", "twelve percent (12%)"
    rf"|(?P<percent>{_GAP}(?:%|per ?cent\b|pct\b)(?:{_GAP}\({_GAP}(?:{_DIGITS}){_GAP}%{_GAP}\))?)"
    # "five (5) Business Days", "12 months'", "a 30-day period", "thirty\ndays"
    rf"|(?P<duration>(?:{_JOIN})?(?>(?P<unit>{_UNIT}){_UNIT_TAIL}){_NOT_RATE}))"
    # "within an hour"; "a" counts as one only after such words, never in "3,000 calls a day".
    rf"|(?P<duration_a>a(?:(?<=within a)|(?<=than a)|(?<=least a)|(?<=for a))n?{_JOIN}"
    rf"(?>(?P<a_unit>{_UNIT}){_UNIT_TAIL}){_NOT_RATE})"
    ")"
)


def _lower(text: str) -> str:
    """``text`` lower-cased with every offset kept ("İ" alone lower-cases to two characters)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


# --- reading a match --------------------------------------------------------------------------


def _number(text: str) -> float:
    """The value of a number as written: digits, words, or the doubled "thirty (30)"."""
    # In the doubled form the words are read: where words and figures disagree, the usual
    # canon of construction is that the words prevail.
    written = text.split("(")[0].strip()
    if written[0].isdigit():
        return float(written.replace(",", ""))
    total, current = 0, 0
    for word in re.split(rf"(?:\s|{_DASH})+", written):
        if word in _SMALL:
            current += _SMALL[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in _SCALES:
            total, current = total + (current or 1) * _SCALES[word], 0
    return float(total + current)


def _count(text: str | None) -> float:
    """How many times: "once", "twice", "three times"; 1 when no count is written."""
    if not text:
        return 1.0
    if text in _COUNTS:
        return float(_COUNTS[text])
    return _number(re.sub(rf"(?:\s|{_DASH})+times?$", "", text))


# What a reader of one alternative returns: (kind, value, unit, amount as written).
_Reading = tuple[Kind, float, str, float]


def _every(m: re.Match[str]) -> _Reading:
    """ "every six months", "twice a year", "each Business Day": times per year."""
    period = re.sub(r"^half\b.*year$", "half_year", m["period"].rstrip("s").lower())
    if period == "day" and (m["qual"] or "").startswith(_BUSINESS_WORDS):
        period = "business_day"
    count = _count(m["count"])
    if not m["interval"]:
        return "frequency", count * _PER_YEAR[period], "per_year", count
    interval = m["interval"]
    every = _EVERY_ORDINALS[interval] if interval in _EVERY_ORDINALS else _number(interval)
    return "frequency", count * _PER_YEAR[period] / every, "per_year", every


def _adverb(m: re.Match[str]) -> _Reading:
    """ "quarterly", "twice yearly", "on an annual basis": times per year."""
    count = _count(m["adv_count"])
    return "frequency", count * _ADVERBS[re.sub(r"[^a-z]", "", m["adv"])], "per_year", count


def _money(number: str, multiplier: str | None, currency: str) -> _Reading:
    """An amount of money, multiplied out, in the ISO code of its currency."""
    amount = _number(number)
    factor = _MULTIPLIERS[multiplier] if multiplier else 1.0
    return "money", amount * factor, _CURRENCIES[" ".join(currency.split())], amount


def _percent(m: re.Match[str]) -> _Reading:
    """ "12%", "twelve percent (12%)"."""
    amount = _number(m["num"])
    return "percentage", amount, "percent", amount


def _duration(m: re.Match[str]) -> _Reading:
    """ "five (5) Business Days" in calendar days; "within an hour" reads "an" as one."""
    words = (m["unit"] or m["a_unit"]).split()
    if _FOREIGN_BUSINESS_UNIT.fullmatch(" ".join(words[-2:])):
        words = ["business", "day"]
    unit = _UNIT_STEMS[words[-1].rstrip("s")]
    if any(w in words for w in _BUSINESS_WORDS):
        unit = f"business_{unit}"
    amount = _number(m["num"]) if m["num"] else 1.0
    return "duration", to_days(amount, unit), unit, amount


# Keyed by the named group of the alternative that matched (``Match.lastgroup``).
_READERS: dict[str, Callable[[re.Match[str]], _Reading]] = {
    "every": _every,
    "adverb": _adverb,
    "money_pre": lambda m: _money(m["pre_num"], m["pre_mult"], m["symbol"]),
    "money_post": lambda m: _money(m["num"], m["post_mult"], m["currency"]),
    "percent": _percent,
    "duration": _duration,
    "duration_a": _duration,
}


# --- public API -------------------------------------------------------------------------------


def to_days(amount: float, unit: str) -> float:
    """Calendar days in ``amount`` of a duration ``unit`` ("business_days", "months", ...).

    >>> to_days(15, "business_days")
    21.0
    """
    if unit not in _DAYS_PER:
        raise ValueError(f"unknown duration unit {unit!r}; expected one of {', '.join(_DAYS_PER)}")
    numerator, denominator = _DAYS_PER[unit]
    return amount * numerator / denominator


# An age is not a period of time: "customers under 18 years of age", "a 12-year-old account".
_AGE = re.compile(r"\s*(?:of\s+age|old|of\s+age\b)")


# Named months of each year: "in March and September of each year", "each January, May and
# September" happen as many times a year as months are named. (In a list of months May is one too.)
_MONTH = rf"(?:{_alt((*_MONTHS, 'may'))})"
_MONTH_LIST = re.compile(
    rf"\b(?:(?:in|during)\s+(?:the\s+months?\s+of\s+)?|each\s+|every\s+)(?P<names>{_MONTH}"
    rf"(?:\s*,\s*(?:and\s+|in\s+)?{_MONTH}|\s+(?:and|&)\s+(?:in\s+)?{_MONTH})+)"
    r"(?:\s+(?:of|in)\s+(?:each|every)\s+(?:calendar\s+|contract\s+)?year\b)?"
)


# The seasons of the year named in turn: "before each winter season and before each summer season",
# "every spring and autumn" (each comes once a year, so two named are twice a year).
_SEASON_NAME = r"(?:winter|spring|summer|autumn|fall)"
_SEASON_LIST = re.compile(
    rf"\b(?:each|every)\s+(?P<names>{_SEASON_NAME}(?:\s+seasons?)?(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)"
    rf"(?:(?:before|after|during|in|at\s+the\s+(?:start|end)\s+of)\s+)?(?:(?:each|every|the)\s+)?{_SEASON_NAME}"
    rf"(?:\s+seasons?)?)"
)


def _with_month_lists(low: str, text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with the frequencies stated as named months (or seasons) of the year; such a list
    replaces the "each year" it ends with, and gives way to any other quantity it overlaps."""
    lists = [(m, _MONTH) for m in _MONTH_LIST.finditer(low)] + [(m, _SEASON_NAME) for m in _SEASON_LIST.finditer(low)]
    for m, name in lists:
        start, end = m.span()
        if not (m.group(0).startswith(("each", "every")) or low.endswith("year", 0, end)):
            continue
        inside = [q for q in found if q.start < end and start < q.end]
        if any(q.kind != "frequency" or q.start < start or q.end > end for q in inside):
            continue
        count = float(len(set(re.findall(name, m["names"]))))
        found = [q for q in found if q not in inside]
        found.append(Quantity(kind="frequency", value=count, unit="per_year", amount=count,
                              text=text[start:end], start=start, end=end))
    return sorted(found, key=lambda q: q.start)


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text``, in order and non-overlapping, with spans into ``text``."""
    found = []
    low = _lower(text)
    # Matching runs on the lower-cased text; spans and ``text`` come from the original.
    for m in _PATTERN.finditer(low):
        kind, value, unit, amount = _READERS[m.lastgroup or ""](m)
        start, end = m.span()
        if kind == "duration" and unit == "years" and _AGE.match(low, end):
            continue
        found.append(
            Quantity(kind=kind, value=value, unit=unit, amount=amount, text=text[start:end], start=start, end=end)
        )
    if "year" in low or "each" in low or "every" in low:
        found = _with_month_lists(low, text, found)
    return found


def parse_quantity(text: str) -> Quantity | None:
    """The quantity that ``text`` is as a whole ("15 business days", "quarterly"), else None.

    Rule files use this for thresholds; surrounding words ("within 15 days") make it None.
    """
    found = find_quantities(text)
    stripped = text.strip()
    if len(found) != 1 or found[0].text != stripped:
        return None
    return found[0]

