"""Word tokens and their stems, the common currency of phrase matching.

Matching on stems makes a phrase survive case, line breaks, hyphens and dashes, quotes, plurals
and inflections: "escalate", "escalated" and "escalation" all stem to ``escal``. British and
American spellings meet too ("prioritise" / "prioritize").
"""

from __future__ import annotations

import re
from functools import lru_cache

import snowballstemmer

# A word is letters and digits, with inner apostrophes ("Client's"); hyphens and dashes split words
# so that "e-mail" / "e mail" and "24-hour" / "24 hour" meet.
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_POSSESSIVE = re.compile(r"['’]s?$")
_IZE = re.compile(r"iz(?=e|a|i)")
_STEMMER = snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The stem of one word (lower-cased, possessive dropped, -ize spelled -ise)."""
    w = word.lower().replace("’", "'")
    if "'" in w:
        w = _POSSESSIVE.sub("", w).replace("'", "")
    w = _IZE.sub("is", w)
    return _STEMMER.stemWord(w)


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
