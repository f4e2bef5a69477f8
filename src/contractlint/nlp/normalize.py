"""Word tokens and their stems, the common currency of phrase matching.

Matching on stems makes a phrase survive case, line breaks, hyphens and dashes, quotes, plurals
and inflections: "escalate", "escalates", "escalated", "escalating" and "escalation" all stem to
``escalat``. British and American spellings meet too ("prioritise" / "prioritize").

The stemmer is deliberately light: it removes inflections and the "-ion" of a nominalised verb,
but keeps derivations apart, because in contracts they mean different things: "provide" is not
"Provider", "accept" is not "acceptable", "inform" is not "information". (A Porter stemmer
merges each of those pairs.)
"""

from __future__ import annotations

import re
from functools import lru_cache

# A word is letters and digits, with inner apostrophes ("Client's"); hyphens and dashes split words
# so that "e-mail" / "e mail" and "24-hour" / "24 hour" meet. A template's variable
# ("{non_renewal_notice_days}") is one word: its parts are not the contract's words.
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*(?:_[^\W_]+)*")
_POSSESSIVE = re.compile(r"['’]s?$")
_IZE = re.compile(r"iz(?=e|a|i)")
# Suffixes in the order they are tried; the first that leaves a stem of 3+ letters is removed.
_SUFFIXES = ("ions", "ion", "ings", "ing", "ies", "ied", "ed", "es", "s")
_KEEP = frozenset("""
    always perhaps unless thus plus bonus status process business access across address less loss
    gross analysis basis crisis series species news means various previous this his its us yes was
    has does is as gas bias canvas chaos lens atlas alias congress express success witness harness
    progress stress class glass pass miss boss focus census virus corpus thesis emphasis hypothesis
    during nothing anything something everything thing things bring string spring king ring sing
    wing swing sibling ceiling evening morning building hearing sterling shilling earnings
    need speed seed feed deed breed creed bleed heed indeed exceed proceed succeed red bed led fled
    shed wed hundred kindred sacred naked wicked ragged rugged crooked
    union onion lion million billion opinion champion companion region religion legion
    """.split())
# Nouns whose "-ion" is no suffix: "ration" is not "rate" (a ration card is no rate card), "station" not
# "state", "portion" not "port", "notion" not "not". Their plural meets the singular.
_ION_NOUNS = frozenset("ration nation station portion notion motion lotion potion mention".split())


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The stem of one word (lower-cased, possessive dropped, -ize spelled -ise)."""
    w = word.lower().replace("’", "'")
    if "'" in w:
        w = _POSSESSIVE.sub("", w).replace("'", "")
    w = _IZE.sub("is", w)
    if w in _KEEP or not w.isalpha():
        return w
    if w in _ION_NOUNS or w.endswith("s") and w[:-1] in _ION_NOUNS:
        return w.removesuffix("s")
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            if (suffix == "s" and w.endswith(("ss", "us", "is"))):
                break
            # "-es" is a plural ending only after a sibilant ("processes", "approaches"); otherwise
            # the "e" belongs to the word ("committees", "services").
            if suffix == "es" and not w[:-2].endswith(("s", "x", "z", "ch", "sh")):
                continue
            base = w[: -len(suffix)]
            if suffix in ("ies", "ied"):
                base += "y"
            elif suffix in ("ed", "ing", "ings") and len(base) > 3 and base[-1] == base[-2] and base[-1] not in "lsz":
                base = base[:-1]  # "planned" -> "plan", "committed" -> "commit"
            w = base
            break
    # A final silent "e" goes, so "escalate" meets "escalat(ed|ing|ion)" and "service" meets "services".
    if w.endswith("e") and len(w) > 3 and not w.endswith(("ee", "ye")):
        w = w[:-1]
    return w


def tokens(text: str, offset: int = 0) -> list[tuple[str, str, int, int]]:
    """Tokens of ``text`` as (stem, lower-cased word, start, end), offsets shifted by ``offset``."""
    out = []
    for m in WORD.finditer(text):
        word = m.group(0)
        out.append((stem(word), word.lower(), m.start() + offset, m.end() + offset))
    return out


def phrase_stems(text: str) -> tuple[str, ...]:
    """The stems a phrase must match, in order."""
    return tuple(t[0] for t in tokens(text))


def phrase_words(text: str) -> tuple[str, ...]:
    """The lower-cased words an exact phrase must match, in order."""
    return tuple(t[1] for t in tokens(text))
