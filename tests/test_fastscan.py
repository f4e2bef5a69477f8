"""The literal-opening scan must find exactly what ``finditer`` finds, only faster."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contractlint.nlp.fastscan import DIGIT_MARK, ScanText, finditer_spans, literal_openings

TEXT = (
    "1.1 The Joint Steering Committee (the JSC) shall meet monthly. The Supplier's Account Manager "
    "is the single point of contact. SPOCs are named in Schedule 2. Steering  committees may "
    "escalate; the JSC's chair escalates disputes to the Executive Board. Semi-annual reviews and "
    "annual reviews. A STEERING GROUP is not a Steering Committee. Client’s and client's duties. "
    "Answer 80% in 20 seconds; report within 5 days; 80/20."
)

PATTERNS = [
    r"\b(?:joint\s+)?steering\s+(?:committee|group)s?\b",
    r"\b(?:single\s+points?\s+of\s+contact|SPOCs?)\b",
    r"(?<!semi-)\bannual(?:ly)?\b",
    r"\b(?:client|supplier)(?:['’]s?)?\s+(?:account\s+manager|duties)",
    r"\bthe\s+JSC\b",
    r"escalat\w*",
    r"\b(?:a|the)\s+\w+",
    r"(?-i:Steering)\s+\w+",
    r"\bexecutive\s+board\b|\bschedule\s+\d",
    r"(?<![\d.])\d+\s*(?:%|days|/\s?\d+)",
]


def _finditer(pattern: str, text: str, flags: int = re.I | re.M) -> list[tuple[int, int]]:
    return [m.span() for m in re.compile(pattern, flags).finditer(text)]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_same_spans_as_finditer(pattern: str) -> None:
    compiled = re.compile(pattern, re.I | re.M)
    assert finditer_spans(compiled, ScanText(TEXT)) == _finditer(pattern, TEXT)
    assert _finditer(pattern, TEXT), "each pattern should match something, or the test proves little"


def test_openings_are_listed_for_a_typical_rule_regex() -> None:
    openings = literal_openings(r"\b(?:(?:joint\s+)?steering\s+committee|governance\s+board)s?", re.I | re.M)
    assert openings is not None
    assert set(openings) == {"joint", "steering", "governance"}


@pytest.mark.parametrize("pattern", [r"\w+\s+committee", r"[A-Z]\w+", r".", r"(?:x|\s)ab"])
def test_patterns_without_literal_openings_fall_back(pattern: str) -> None:
    assert literal_openings(pattern, re.I) is None
    compiled = re.compile(pattern, re.I | re.M)
    assert finditer_spans(compiled, ScanText(TEXT + " 30 days")) == _finditer(pattern, TEXT + " 30 days")


def test_case_sensitive_pattern_uses_the_text_as_written() -> None:
    pattern = re.compile(r"(?<![\w])(?:Supplier|the JSC)(?![\w])")
    assert set(literal_openings(pattern.pattern, pattern.flags) or ()) == {"Supplier", "the JSC"}
    assert finditer_spans(pattern, ScanText(TEXT)) == [m.span() for m in pattern.finditer(TEXT)]
    inline = re.compile(r"(?i:steering) committee")
    assert literal_openings(inline.pattern, inline.flags) is None  # its literals are not literal


@pytest.mark.parametrize("odd", ["\u0130", "\u0131", "\u017f", "\u212a"])
def test_texts_with_case_folds_lower_cannot_mirror_fall_back(odd: str) -> None:
    # re.I matches "\u017f" (long s) to "s" and "\u212a" (Kelvin) to "k", but str.lower keeps them.
    text = f"the {odd}teering committee and the steering committee; ba{odd}k"
    pattern = re.compile(r"\b(?:steering|ba[sk]k)\s*\w*", re.I | re.M)
    assert ScanText(text).lower is None
    assert finditer_spans(pattern, ScanText(text)) == [m.span() for m in pattern.finditer(text)]


def test_every_non_ascii_fold_to_ascii_is_known() -> None:
    # The characters the scan must refuse are exactly those re.I matches to an ASCII letter
    # while str.lower does not lower them to it.
    letter = re.compile("[a-z]", re.I)
    folds = {chr(c) for c in range(128, 0x10000) if letter.fullmatch(chr(c)) and not chr(c).lower().isascii()}
    from contractlint.nlp import fastscan

    assert folds <= fastscan._FOLDS_TO_ASCII


WORDS = ["steering", "committee", "Steering", "joint", "the", "JSC", "client’s", "client's", "annual",
         "semi-annual", "escalates", "", "  ", "\n", "Board", "s", "ſ", "30", "85%", "days", "80/20", "\u0663", "1.5"]


@settings(max_examples=200, deadline=None)
@given(words=st.lists(st.sampled_from(WORDS), max_size=30), pattern=st.sampled_from(PATTERNS))
def test_equivalence_on_generated_texts(words: list[str], pattern: str) -> None:
    text = " ".join(words)
    compiled = re.compile(pattern, re.I | re.M)
    assert finditer_spans(compiled, ScanText(text)) == [m.span() for m in compiled.finditer(text)]


def test_small_character_ranges_open_with_each_character_but_letters_alone_do_not() -> None:
    digits = re.compile(r"(?<![\d/])[0-9]{2}\s?/\s?[0-9]{2}\b", re.I | re.M)
    assert set(literal_openings(digits.pattern, digits.flags) or ()) == set("0123456789")
    text = "Scores of 85/100 and 4 / 5, and 12/ 10 and 7/10."
    assert finditer_spans(digits, ScanText(text)) == [m.span() for m in digits.finditer(text)]
    assert literal_openings(r"[a-c]\s", re.I) is None  # one letter opens too many words
    assert set(literal_openings(r"[a-c]x", re.I) or ()) == {"ax", "bx", "cx"}



@pytest.mark.parametrize("text", [
    "Answer 80% of calls within 20 seconds; 5 days.",
    "Answer \u0668\u0660% of calls within 20 seconds; 5 days.",  # Arabic-Indic digits: \d takes them too
])
def test_a_digit_opening_is_written_out_only_for_a_text_of_ascii_digits(text: str) -> None:
    pattern = re.compile(r"\d+\s*(?:%|days)", re.I | re.M)
    openings = literal_openings(pattern.pattern, pattern.flags)
    assert openings == (DIGIT_MARK,)  # \d also takes other scripts' digits: known only per text
    scan = ScanText(text)
    expanded = scan.expand(openings)
    assert (expanded is None) == (not text.isascii())
    assert finditer_spans(pattern, scan, openings) == [m.span() for m in pattern.finditer(text)]


def test_a_slot_opening_is_written_out_as_each_names_first_word() -> None:
    from contractlint.lang.ast import fill_party_slots
    from contractlint.nlp.fastscan import SLOT_MARK

    slotted = r"\b(?:the\s+)?{client}(?:'s)?\s+(?:\w+\s+){0,2}system"
    names = {"client": ["wattle hotels", "principal"]}
    marked = literal_openings(fill_party_slots(slotted, {"client": [SLOT_MARK]}), re.I | re.M)
    assert marked is not None and any(SLOT_MARK in o for o in marked)
    text = "The Agent works in Wattle  Hotels' booking system and the Principal's CRS system."
    scan = ScanText(text)
    openings = scan.expand(marked, names["client"])
    assert set(openings or ()) >= {"wattle", "principal"}
    pattern = re.compile(fill_party_slots(slotted, names), re.I | re.M)
    assert pattern.search(text), "the slot should match something, or the test proves little"
    assert finditer_spans(pattern, scan, openings) == [m.span() for m in pattern.finditer(text)]
    assert ScanText(text).expand(marked, ["Tūī Streaming"]) is None  # non-ASCII names: unsure


@pytest.mark.parametrize("pattern", [r"\bwork\s+(?:\w+\s+){0,3}?in\b", r"(?:work|works)\s+(?:\w+\s+){0,3}?in\b"])
def test_a_match_stays_inside_its_region(pattern: str) -> None:
    """A heading's last word does not open a match that runs into the paragraph and hides the
    paragraph's own; without regions the one match across the break is all finditer gives."""
    text = "Where you will work\nYou will work in our booking system."
    body = text.index("You")
    rx = re.compile(pattern)
    assert [text[a:b] for a, b in finditer_spans(rx, ScanText(text))] == ["work\nYou will work in"]
    spans = finditer_spans(rx, ScanText(text), regions=[(body, len(text))])
    assert [text[a:b] for a, b in spans] == ["work in"]


def test_a_long_alternation_keeps_its_openings_once_covered_ones_are_dropped() -> None:
    """Over a hundred words, many sharing a stem ("contract", "contracts", "contractor"), still open with
    one word per stem, and the scan finds what ``finditer`` finds (before, one word too many sent the
    whole pattern to ``finditer``, trying it at every character of the text)."""
    stems = ["account", "contract", "service", "relation", "deliver", "program", "partner", "vendor",
             "liaison", "govern", "operation", "engage", "supplier", "client", "customer", "project"]
    words = [stem + end for stem in stems for end in ("", "s", "or", "ing", "ed", "er", "al")]
    assert len(words) > 96
    pattern = r"\b(?:" + "|".join(words) + r")\b"
    assert literal_openings(pattern, re.I) == tuple(sorted(stems, key=lambda s: (len(s), s)))
    text = "The Contractor delivers the programs; the vendors engage a liaison for each project."
    assert finditer_spans(re.compile(pattern, re.I), ScanText(text)) == _finditer(pattern, text, re.I)
    assert len(_finditer(pattern, text, re.I)) == 7
