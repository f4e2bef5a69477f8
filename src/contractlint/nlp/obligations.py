"""Who is obliged, permitted or forbidden to do what, inside one sentence.

``find_obligations`` finds every modal cue (shall, must, may, is required to, shall not, need not
...), the actor it binds and the predicate it governs, and maps the actor to a role through the
contract's own party names. How the harder forms are read:

- *Actor*: the party name closest before the cue, longest name first, a leading "the" ignored
  ("Acme Bank plc" beats "Acme Bank"). "each party", "either party", "both parties", "the
  parties", "each of the parties", "neither party" and "no party" are built in with role ``both``,
  as is "The Supplier and the Client". A title the sentence gives no party, coordinated with a
  party's person ("the Account Director and the Client's Manager shall"), binds neither: ``unknown``.
- *Possessives*: "the Client's Contract Manager shall respond" binds the Client (actor "the
  Client's Contract Manager"): a contract answers for its own managers and staff, and rules ask
  about the party. "the personnel of the Supplier" and "Supplier Personnel" read the same.
- *Passive*: "shall be provided by the Client" binds the by-phrase (actor "the Client", ``start``
  at the modal, predicate from the participle). With no party as agent ("Service Levels may be
  amended only by written agreement of both parties", "The Supplier shall be paid") it binds
  nobody in particular: role ``unknown``, actor "".
- *Conditions*: a cue inside an "if/where/when/unless ..." clause (to its comma) is skipped:
  "If the Supplier fails to ..., the Client may ..." yields only the Client's permission.
- *Negation*: "is not required to", "shall not be obliged to", "has no obligation to", "need
  not", "Neither party shall be required to", "Nothing in this Agreement requires the Supplier to"
  give ``obliged`` with ``negated=True``; "Neither party shall disclose", "No party may" give
  ``prohibited``; "No steering committee shall be established" an unknown, negated duty.
- *Discretion*: a duty or permission "at its (sole/absolute) discretion" is a permission.
- *Elided and pronoun subjects*: in "The Supplier shall appoint ... and shall maintain ..." the
  second cue keeps the first actor (``start`` at its modal); "it", "they", "its staff" take the
  role of the parties named before them when those share one role, else ``unknown``.
- A cue inside a relative clause ("any report that the Supplier must deliver") is reported.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Literal, NamedTuple, get_args

from pydantic import BaseModel, ConfigDict

from contractlint.nlp.negation import clause_end, lowered, word_pattern

Role = Literal["client", "provider", "both", "unknown"]
_ROLES = get_args(Role)
Modality = Literal["obliged", "permitted", "prohibited"]

BUILTIN_ACTORS: dict[str, str] = dict.fromkeys(
    ("each party", "either party", "both parties", "parties", "each of the parties",
     "neither party", "neither of the parties", "no party", "either of us", "each of us", "both of us",
     "neither of us",
     # translated civil-law drafting: "Each Contracting Party shall designate one Interlocutor"
     "each contracting party", "either contracting party", "both contracting parties", "contracting parties",
     "neither contracting party",
     # ... and in Portuguese drafting: "Each Outorgante shall appoint an Interlocutor"
     "each outorgante", "either outorgante", "both outorgantes", "outorgantes", "neither outorgante"), "both"
)


class Obligation(BaseModel):
    """One duty, permission or prohibition: who, which kind, and the span of what."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    actor: str
    role: Role
    modality: Modality
    negated: bool = False
    start: int
    predicate_start: int
    predicate_end: int
    # Where an aside between the modal and the verb opens ("shall, within 24 hours of each report,
    # inform"): a duration there qualifies the duty, though it is no part of what is done.
    aside_start: int | None = None


# One pass per sentence finds these words: cue patterns are tried only where a cue word stands;
# condition words open clauses whose cues bind nobody; boundary words (and ``;:,()``) end subjects.
_CUE_WORDS = frozenset("shall must will may can cannot is are has have need needs does do bear"
                       " bears agree agrees undertake undertakes covenant covenants commit commits"
                       " retain retains reserve reserves won shan mustn don doesn needn isn aren"
                       " 'll 're".split())
# "you'll", "we're": the contracted modal or verb is found where its apostrophe stands.
_CONTRACTED = re.compile(r"(?<=\w)['’](?:ll|re)\b")
_CONDITION_WORDS = frozenset(["in the event", *"if where when whenever unless until once".split()])
# "once" counts times as often as it opens a condition: "at least once each quarter the Contractor
# must host", "once a month", "once in every Contract Year".
_ONCE_AS_FREQUENCY = re.compile(r"once\s+(?:a|an|each|every|per|in|during|more|again|only|yearly|annually|monthly"
                                r"|quarterly|weekly|daily|or\s+twice|or\s+more)\b")
_BOUNDARY_WORDS = frozenset("and or nor but that which who whom whose whereby if where when"
                            " whenever unless then while whilst until once because"
                            " provided".split())
_WORDS = word_pattern(tuple(sorted(_CUE_WORDS | _CONDITION_WORDS | _BOUNDARY_WORDS)))
_PUNCTUATION = re.compile(r"[;:,()]")
_BE = r"(?:is|are|['’]re|shall\s+be|will\s+be|['’]ll\s+be)"
# "shall not", and the contractions of plain English drafting: "won't", "isn't".
_AUX_NOT = r"(?:(?:is|are|['’]re|shall|will|['’]ll|must)\s+not|(?:isn|aren|shan|won|mustn)['’]t)"
_TO = r"(?:\s*,[^,;]{1,80},)?\s+to"  # "shall be entitled, on ten days' notice, to audit"
# A lead-in read with its item: "The Customer is obliged: to maintain a priority line".
_LEAD_IN = r"(?=\s*:)"
_CUES = re.compile(
    rf"""(?:
    (?P<negated>{_AUX_NOT}\s+(?:be\s+)?(?:required|obliged|obligated|bound
          |responsible|liable)(?:{_TO}|\s+for)?
      | {_BE}\s+under\s+no\s+(?:obligation|duty)(?:\s+to)?
      | {_AUX_NOT}\s+(?:be\s+)?under\s+any\s+(?:obligation|duty)(?:\s+to)?
      | (?:has|have|shall\s+have|will\s+have|bears?|shall\s+bear)\s+no\s+(?:obligations?|duty|duties
          |responsibility|responsibilities|liability)(?:\s+(?:to|for|concerning|regarding|in\s+respect\s+of))?
      | needs?\s+not | needn['’]t
      | (?:(?:does|do|shall|will|['’]ll)\s+not|(?:doesn|don|won)['’]t)\s+(?:need|have)\s+to)
  | (?P<prohibited>{_AUX_NOT}\s+(?:be\s+)?(?:permitted|allowed|entitled
          |authori[sz]ed){_TO}
      | {_BE}\s+(?:prohibited|forbidden|barred|precluded)\s+from
      | (?:has|have|shall\s+have|will\s+have)\s+no\s+right\s+to
      | (?:agrees?|undertakes?|covenants?)\s+not\s+to | (?:shall|must|will)\s+refrain\s+from
      # (also an item of a list under "shall:": "The Contractor shall: ... (f) not transfer the Services")
      | (?:shall|must|may|will|['’]ll)(?:\s*:)?\s+(?:not|never) | cannot | can\s+not
      | (?:won|can|shan|mustn)['’]t)
  | (?P<permitted>{_BE}\s+(?:entitled|permitted|allowed|authori[sz]ed|free|at\s+liberty)(?:{_TO}|{_LEAD_IN})
      | (?:has|have|shall\s+have|will\s+have|retains?)\s+the\s+(?:right|option|discretion)
          (?:,?\s+(?:at|during|upon|on|without|with|within|in|after|before)(?:\s+[\w-]+){{1,6}}?,?)?(?:\s+to|{_LEAD_IN})
      | reserves?\s+the\s+right\s+to)
  | (?P<obliged>{_BE}\s+(?:solely\s+)?(?:responsible|accountable)\s+for
      | {_BE}\s+(?:required|obliged|obligated|bound)(?:{_TO}|{_LEAD_IN})
      # (not "may agree to fund": an agreement to agree, read with its "may")
      | (?<!may\s)(?<!might\s)(?<!could\s)(?:agrees?|undertakes?|covenants?|commits?)(?:\s+to|{_LEAD_IN})
      | (?:has|have|shall\s+have)\s+(?:an?\s+)?(?:obligation|duty)\s+to)
  | (?P<may>may|can)
  | (?P<shall>shall|must|will|['’]ll)
  )\b""",
    re.VERBOSE,
)
_MODALITY: dict[str, tuple[Modality, bool]] = {
    "negated": ("obliged", True), "prohibited": ("prohibited", False),
    "permitted": ("permitted", False), "may": ("permitted", False),
    "obliged": ("obliged", False), "shall": ("obliged", False),
}
# "shall mean", "shall be deemed": interpretation, not a duty; "as the case may be", "at will".
_NOT_A_DUTY = re.compile(
    r"\s+(?:means?|have\s+the\s+meanings?|be\s+(?:deemed|construed|interpreted)|prevail|survive)\b"
)
_NOT_A_MODAL_BEFORE = re.compile(r"(?:\bcase|\bat|\d)\s+$")
# Words that may stand before a party name in its subject: "each", "neither", "any of".
_LEAD_WORDS = frozenset("neither no none each any all every both either only".split())
_PREPOSITIONS = frozenset("by to from with for on in at against between than upon behalf under via"
                          " through toward towards within without about over".split())
# "12.3", "12.3(b)", "(b)", "(iv)" at the head of a clause.
_CLAUSE_NUMBER = re.compile(r"\s*(?:\d+(?:\.\d+)*\.?(?:\([a-z0-9]{1,4}\))*|\([a-z0-9]{1,4}\))?\s*")
# A capitalised pronoun opening a sentence, which may stand for a party ("It implements ..."); not
# the "It" of "It is agreed that".
_OPENING_PRONOUN = re.compile(r"\s*(?:\d+(?:\.\d+)*\.?\s+)?(It|They)\s+(?!is\b|are\b|was\b|were\b|has\s+been\b)")
# A title written alone, as the first of two coordinated subjects: "the Account Director".
_TITLE_CONJUNCT = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*\s*$")
_ADVERBS = frozenset("hereby also each further jointly severally therefore thereupon".split())
_AGENT_NOUNS = re.compile(
    r"\s+(?:personnel|staff|representatives?|(?:contract|relationship|account|service|project)\s+"
    r"managers?|managers?|team|employees|agents|subcontractors|affiliates|auditors)\s*"
)
# Someone a party chooses to act for it: "a person designated by the Client", "any officer authorised by the Bank".
_DESIGNEE = re.compile(r"\b(?:a|an|any|another|other|the)\s+(?:person|officer|employee|representative|staff\s+member"
                       r"|member\s+of\s+(?:its\s+)?staff)s?\s+(?:designated|authori[sz]ed|nominated|appointed|named|chosen)"
                       r"\s+by\s+$")
_POSSESSED = re.compile(r"(?:['’]s?)?(?:\s+[\w-]+){1,4}\s*")
_PRONOUN = re.compile(r"(?:it|they|each\s+of\s+them|(?:its|their)(?:\s+[\w-]+){1,4})")
_PASSIVE = re.compile(
    r"\s+(?:\w+\s+)?be\s+(?:\w+ly\s+)?(?P<part>\w+(?:ed|en|wn)|paid|made|sent|held|kept|set|met"
    r"|done|borne|sold|brought|sought|told|laid|led|lent|put|read|run|spent|withheld)\b"
)
_ADJECTIVAL = frozenset("deemed construed interpreted interested qualified experienced located"
                        " based involved concerned satisfied".split())
# The agent follows the participle closely: "must be approved in writing by the Customer".
_BY = re.compile(r"(?:\s+(?!by\b)[\w'’-]+){0,5}?\s+by\s+")
_DISCRETION = re.compile(r"\b(?:at|in)\s+(?:its|their)\s+(?:\w+\s+){0,3}?discretion\b")
_LEADING_ASIDE = re.compile(r"\s*(?:,[^,;]{0,80},)?\s*:?\s*")
_NOTHING = re.compile(
    r"\bnothing\s+(?:(?!\b(?:shall|will|prevents?|limits?|restricts?|affects?)\b)[^;,]){0,60}?\s"
    r"(?:(?:shall|will|may)\s+)?(?:be\s+(?:construed|deemed|interpreted)\s+(?:as\s+|to\s+)?)?"
    r"(?:requires?|requiring|obliges?|obliging|obligates?|compels?)\s+"
)
_TO_VERB = re.compile(r"\s+to\s+")
# Verbs of doing that bind a party in the present tense; verbs of knowing, wishing or being do not.
_PRESENT_VERBS = ("maintains provides tests keeps answers performs delivers shares reviews reports updates trains"
                  " monitors records appoints designates nominates pays makes gives supplies sends handles manages"
                  " staffs ensures publishes holds hosts submits prepares conducts carries responds notifies"
                  " approves allocates funds grants works names"
                  # German drafting's present of duty: "the Contractor supports the Principal ... for up to six months"
                  " supports assists"
                  # translations keep the French and Dutch present of duty: "The Contractor complies with
                  # all laws", "implements the security measures", "informs the Client without delay"
                  # ("processes" only as a limit: "processes the personal data only on the Principal's
                  # instructions", not "Whether the Contractor processes personal data will be agreed")
                  " complies implements informs processes").split()
_PRESENT_VERB = re.compile(r"\s+(?:also\s+)?(?P<verb>(?:" + "|".join(_PRESENT_VERBS) + r"))\b")
# The same verbs after a plural subject ("the Parties establish a Steering Board", "we maintain a
# continuity plan", "you provide the forecast"): the base form, plus the verbs of joint bodies.
_PLURAL_VERBS = [v[:-2] if v.endswith(("shes", "ches", "sses", "xes")) else v[:-3] + "y" if v.endswith("ies")
                 else v[:-1] for v in _PRESENT_VERBS] + ["establish", "set up", "form", "constitute", "convene", "meet"]
_PLURAL_VERB = re.compile(r"\s+(?:also\s+|jointly\s+|each\s+|hereby\s+)?(?P<verb>(?:"
                          + "|".join(v.replace(" ", r"\s+") for v in _PLURAL_VERBS) + r"))\b")
_PLURAL_SUBJECT = re.compile(r"(?:\bparties|\bboth\s+of\s+us|^we|^you|^they)$")
# People of a party are a plural subject: "the agents of the Service Company work in ...".
_PEOPLE_OF = re.compile(r"\b(?:[a-z]+s|staff|personnel|people)\s+of\s*$")
_WE_EACH = re.compile(r"(?:each|both|jointly|together)\s+")
_MEMBERS = re.compile(r"\b(?:made\s+up\s+of|consisting\s+of|composed\s+of|comprising|formed\s+by|chaired\s+by"
                      r"|attended\s+by)\b")
_NO_OBJECT = re.compile(r"\s+(?:no|none|nothing|neither)\b")
_SAYS_THAT = re.compile(r"\s+that\b")
_SAYING = frozenset({"record", "records", "report", "reports"})
_ONLY_AS = re.compile(r"[^.;]{0,60}?\b(?:only|solely|exclusively)\b")
_PRESENT_VERB_ANYWHERE = re.compile(r"\b(?:" + "|".join(_PRESENT_VERBS + _PLURAL_VERBS) + r")\b")


class _Mention(NamedTuple):
    start: int  # with a leading "the"
    end: int  # before any possessive
    possessive: bool
    role: str


class _Subject(NamedTuple):
    actor: str
    role: str
    start: int
    negative: bool  # "neither party", "no committee": the subject turns the cue round


class _Text:
    """One sentence with what every cue needs: its lower-case form, party mentions, boundaries."""

    def __init__(self, sentence: str, words: list[tuple[int, str]], names: tuple[str, ...],
                 roles: dict[str, str], antecedent: str | None = None) -> None:
        self.sentence = sentence
        self.low = lowered(sentence)
        self.words = words
        self.mentions = _mentions(self.low, names, roles)
        # "It implements appropriate measures ...": a capitalised pronoun that opens the sentence is
        # the party the sentence before was about.
        if antecedent is not None and (m := _OPENING_PRONOUN.match(sentence)) is not None:
            self.mentions = sorted([*self.mentions, _Mention(m.start(1), m.end(1), False, antecedent)])
        self.by_end = {m.end: m for m in self.mentions if not m.possessive}
        self.by_start = {m.start: m for m in self.mentions}
        self._boundaries: tuple[list[int], list[str]] | None = None

    def boundary_before(self, pos: int) -> tuple[int, str]:
        """The end of the last clause boundary before ``pos`` and the boundary word or mark."""
        if self._boundaries is None:
            found = [(i + len(w), w) for i, w in self.words if w in _BOUNDARY_WORDS]
            found += [(m.end(), m.group()) for m in _PUNCTUATION.finditer(self.low)]
            found.sort()
            self._boundaries = [end for end, _ in found], [mark for _, mark in found]
        ends, words = self._boundaries
        i = bisect_right(ends, pos) - 1
        return (ends[i], words[i]) if i >= 0 else (0, "")

    def roles_before(self, pos: int) -> str:
        """The one role of the parties named before ``pos``, else "unknown" (for "it", "its")."""
        roles = {m.role for m in self.mentions if m.end <= pos}
        return roles.pop() if len(roles) == 1 else "unknown"


@lru_cache(maxsize=64)
def _names(actors: tuple[tuple[str, str], ...]) -> tuple[tuple[str, ...], dict[str, str]]:
    """The party names (lower-cased, without a leading "the") and their roles."""
    roles = dict(BUILTIN_ACTORS)
    for name, role in actors:
        if role not in _ROLES:
            raise ValueError(f"actor {name!r}: role {role!r} is not one of {', '.join(_ROLES)}")
        key = " ".join(name.lower().split())
        key = key[4:] if key.startswith("the ") else key
        if key:
            roles[key] = role
    return tuple(roles), roles


def _mentions(low: str, names: tuple[str, ...], roles: dict[str, str]) -> list[_Mention]:
    """Every party mention; the longest name wins ("Acme Bank plc" over "Acme Bank")."""
    present = tuple(name for name in names if name in low)
    if not present:
        return []
    found = []
    for m in word_pattern(present).finditer(" " + low):
        i, end = m.start(), m.end() - 1
        the = i >= 4 and low[i - 4 : i] == "the " and (i == 4 or low[i - 5] in " (\"'“‘")
        start = i - 4 if the else i
        after = low[end : end + 2]
        # "our rider care team": a party written as "we" owns its people by "our", as by "'s".
        possessive = after in ("'s", "’s") or low[i:end] in ("our", "your") or (
            low[end - 1] == "s" and after[:1] in ("'", "’") and not after[1:].isalnum())
        role = roles.get(low[i:end]) or roles[" ".join(low[i:end].split())]
        found.append(_Mention(start, end, possessive, role))
    return found


def _head(t: _Text, mention: _Mention) -> _Subject | None:
    """Accept ``mention`` as the head of its subject, with any determiner or coordinated party.

    Rejected when a preposition governs it ("any report delivered by the Supplier shall ...").
    """
    boundary, word = t.boundary_before(mention.start)
    left = _CLAUSE_NUMBER.match(t.low, boundary).end()
    if _MEMBERS.search(t.low, t.low.rfind(";", 0, mention.start) + 1, mention.start):
        return None  # a member of the subject: "a Forum made up of ... the Association's Manager shall meet"
    words = t.low[left : mention.start].split()
    lead = words[-2] if len(words) > 1 and words[-1] == "of" else words[-1] if words else ""
    if words and words[-1] == "of" and lead not in _LEAD_WORDS and len(words) <= 6:
        return _Subject(t.sentence[left : mention.end], mention.role, left, False)  # "staff of"
    if _DESIGNEE.search(t.low, left, mention.start):
        # "... or a person designated by the Orderer may listen in": someone acting for that party
        return _Subject(t.sentence[left : mention.end], mention.role, left, False)
    if words and words[-1] in _PREPOSITIONS:
        return None
    start = mention.start
    if lead in _LEAD_WORDS:
        start = t.low.rfind(lead, left, mention.start)
    negative = lead in ("neither", "no", "none") or word == "nor"
    negative = negative or t.low.startswith(("neither", "no "), mention.start)
    role = mention.role
    if word in ("and", "or", "nor") and not words:
        before = len(t.low[: boundary - len(word)].rstrip())
        other = t.by_end.get(before) or next((o for o in _owners_before(t, before) if o.possessive), None)
        if other is not None and (partner := _head(t, other)) is not None:
            role = role if partner.role == role else "both"
            start, negative = partner.start, negative or partner.negative
        elif (title := _TITLE_CONJUNCT.search(t.sentence, 0, before)) and (
                _CLAUSE_NUMBER.match(t.low, t.boundary_before(title.start())[0]).end() == title.start()):
            # "the Account Director and the Operator's Manager shall try to resolve it": one of two
            # people whose party the sentence does not say; neither side alone is bound.
            role, start = "unknown", title.start()
    return _Subject(t.sentence[start : mention.end], role, start, negative)


def _owners_before(t: _Text, end: int) -> Iterator[_Mention]:
    """Parties whose people end at ``end``, nearest first: "Corvid" in "Corvid's Client Partner",
    "the Supplier" in "the Supplier personnel"."""
    for owner in reversed(t.mentions):
        if end - 60 <= owner.end < end:
            matcher = _POSSESSED if owner.possessive else _AGENT_NOUNS
            tail = t.low[owner.end : end]
            # "receive the Client's invoices each quarter and shall visit": a subject never ends in "and"
            if matcher.fullmatch(tail) and tail.split()[-1] not in _BOUNDARY_WORDS:
                yield owner


def _subject_end(t: _Text, pos: int) -> int:
    """Step back from the cue over adverbs and asides: "The Supplier, at its own cost, shall"."""
    low, end = t.low, pos
    for _ in range(3):
        end = len(low[:end].rstrip())
        k = low.rfind(" ", 0, end) + 1
        word = low[k:end]
        if word in _ADVERBS or len(word) > 4 and word.endswith("ly") and t.sentence[k].islower():
            end = k
        elif low[end - 1 : end] == ")" and (opening := low.rfind("(", 0, end)) >= 0:
            end = opening
        elif low[end - 1 : end] == "," and (comma := low.rfind(",", 0, end - 1)) >= 0 and (
                len(low[:comma].rstrip()) in t.by_end):
            end = comma
        else:
            break
    return len(low[:end].rstrip())


def _subject(t: _Text, pos: int, previous: _Subject | None) -> _Subject | None:
    """The subject that binds the cue at ``pos``; None when the cue is to be skipped."""
    end = _subject_end(t, pos)
    mention = t.by_end.get(end)
    # A title of one party's people that a party owns as written is that party's: "the Contractor's Program
    # Manager", read through its owner (and so with the party coordinated before it).
    if mention is not None and any(o.possessive and o.end <= mention.start for o in _owners_before(t, end)):
        mention = None
    if mention is not None and (head := _head(t, mention)):
        return head
    for owner in _owners_before(t, end):
        if (head := _head(t, owner)) is not None:
            return head._replace(actor=t.sentence[head.start : end])
    boundary, word = t.boundary_before(end)
    left = _CLAUSE_NUMBER.match(t.low, boundary).end()
    start = end - len(t.low[left:end].lstrip()) if left < end else end
    text = t.sentence[start:end]
    low = t.low[start:end]
    if low.startswith("nothing"):
        return None
    if not text and word in ("and", "or", "but", ",") and previous is not None:
        return previous._replace(start=pos)
    if _PRONOUN.fullmatch(low):
        return _Subject(text, t.roles_before(start), start, False)
    negative = low.startswith(("neither ", "no ", "none "))
    return _Subject(text, "unknown", start if text else pos, negative)


def _passive(t: _Text, cue_end: int) -> tuple[int, _Mention | None] | None:
    """For "shall be provided by the Client": the participle's start and the agent (if a party)."""
    m = _PASSIVE.match(t.low, cue_end)
    if m is None or m.group("part") in _ADJECTIVAL:
        return None
    agent = t.by_start.get(by.end()) if (by := _BY.match(t.low, m.end())) else None
    return m.start("part"), agent if agent is not None and not agent.possessive else None


def _condition_zones(low: str, words: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """Each "if/where/when ..." clause, from its condition word to the next comma or semicolon."""
    return [(a, min([e for e in (low.find(",", a), low.find(";", a)) if e >= 0], default=len(low)))
            for a, w in words if w in _CONDITION_WORDS and not (w == "once" and _ONCE_AS_FREQUENCY.match(low, a))]


_MODAL_AFTER_NAME = re.compile(r"\s+(?:shall|will|must|may)\b")


def _main_clause_cut(low: str, zone: tuple[int, int], names: tuple[str, ...]) -> tuple[int, int]:
    """A time limit ("until ...") with no comma after it ends where a party and its modal open the main
    clause, as translated drafting writes it: "From signature until the start of operation the Mandatary
    shall ...". (A condition proper, "if" or "once", still suspends the duty after it.)"""
    a, b = zone
    if b < len(low) or not low.startswith("until", a):
        return zone
    present = tuple(name for name in names if name in low[a:b])
    if present:
        for m in word_pattern(present).finditer(" " + low, a + 1, b + 1):
            if _MODAL_AFTER_NAME.match(low, m.end() - 1):
                # (the name's article goes with it: "... operation | the Mandatary shall")
                return a, m.start() - 4 if low.startswith("the ", m.start() - 4) else m.start()
    return zone


def _cues(low: str, words: list[tuple[int, str]], zones: list[tuple[int, int]]) -> list[re.Match[str]]:
    """The modal cues that bind someone, in order; none inside an "if/where/when ..." clause (``zones``)."""
    found: list[re.Match[str]] = []
    for i, word in words:
        if word not in _CUE_WORDS or found and i < found[-1].end():
            continue
        if (cue := _CUES.match(low, i)) is None:
            continue
        if any(a <= i < b for a, b in zones):
            continue
        if cue.lastgroup in ("may", "shall") and (
            _NOT_A_DUTY.match(low, cue.end())
            or _NOT_A_MODAL_BEFORE.search(low, max(0, i - 6), i)
            or cue.lastgroup == "may" and low[cue.end() : cue.end() + 2].strip()[:1].isdigit()
        ):
            continue
        found.append(cue)
    return found


def _obligation(t: _Text, cue: re.Match[str], subject: _Subject) -> tuple[Obligation, _Subject]:
    """Read one cue with its subject: modality, passive agent, predicate span, discretion."""
    kind = cue.lastgroup or "shall"
    modality, negated = _MODALITY[kind]
    actor, role, start, active = subject.actor, subject.role, subject.start, True
    predicate_start = _LEADING_ASIDE.match(t.low, cue.end()).end()
    if (each := _WE_EACH.match(t.low, predicate_start)) and actor.lower() == "we":
        role, predicate_start = "both", each.end()  # "we'll each name": both parties, not the writer
    passive = _passive(t, cue.end()) if kind in ("shall", "may", "prohibited") else None
    if passive is not None:
        predicate_start, agent = passive
        start, active = cue.start(), agent is not None
        if agent is not None:
            actor, role = t.sentence[agent.start : agent.end], agent.role
        else:
            actor, role = "", "unknown"
    predicate_end = clause_end(t.sentence, predicate_start, conditions=modality != "prohibited")
    if subject.negative and not negated and modality != "prohibited":
        # "Neither party shall be required to" / "No committee shall be formed": nobody's duty;
        # "Neither party shall disclose" / "No party may assign": a prohibition.
        duty_off = modality == "obliged" and (kind == "obliged" or not active)
        modality, negated = ("obliged", True) if duty_off else ("prohibited", False)
    if modality != "prohibited" and not negated and "discretion" in t.low:
        if _DISCRETION.search(t.low, min(start, cue.start()), predicate_end):
            modality = "permitted"
    aside = cue.end() if passive is None and t.low.startswith(",", cue.end()) else None
    found = Obligation(actor=actor, role=role, modality=modality, negated=negated, start=start,
                       predicate_start=predicate_start,
                       predicate_end=max(predicate_end, predicate_start), aside_start=aside)
    return found, _Subject(actor, role, start, subject.negative)


def _nothing_requires(t: _Text) -> list[Obligation]:
    """"Nothing in this Agreement requires the Supplier to ...": a negated duty of the Supplier."""
    found = []
    for m in _NOTHING.finditer(t.low):
        target = t.by_start.get(m.end())
        if target is not None:
            role, end = target.role, target.end
        elif t.low.startswith(("it ", "them "), m.end()):
            role, end = t.roles_before(m.start()), t.low.index(" ", m.end())
        else:
            continue
        if (to := _TO_VERB.match(t.low, end)) is None:
            continue
        found.append(Obligation(
            actor=t.sentence[m.end() : end], role=role, modality="obliged", negated=True,
            start=m.end(), predicate_start=to.end(), predicate_end=clause_end(t.sentence, to.end()),
        ))
    return found


def _present_duties(t: _Text, taken: list[Obligation], zones: list[tuple[int, int]]) -> list[Obligation]:
    """Plain-English duties in the present tense: "Provider maintains a continuity plan and tests it
    at least once a year", "Customer provides a dedicated line", "the Parties establish a Steering
    Board". Only verbs of doing, so that "the Supplier acknowledges" or "the Client wishes" bind nobody."""
    found = []
    for mention in t.mentions:
        plural = (_PLURAL_SUBJECT.search(t.low[mention.start:mention.end]) is not None
                  or _PEOPLE_OF.search(t.low, max(0, mention.start - 40), mention.start) is not None)
        verbs = _PLURAL_VERB if plural else _PRESENT_VERB
        if mention.possessive or (m := verbs.match(t.low, mention.end)) is None:
            continue
        if _NO_OBJECT.match(t.low, m.end()):
            continue  # "gives no undertaking", "makes no commitment"
        if m.group("verb") in _SAYING and _SAYS_THAT.match(t.low, m.end()):
            continue  # "The parties record that they have decided ...": a statement, no duty
        if m.group("verb") in ("processes", "process") and not _ONLY_AS.match(t.low, m.end()):
            continue
        if any(o.predicate_start <= mention.start < o.predicate_end for o in taken):
            continue  # part of what a modal duty already says: "shall ensure that Vendor keeps"
        # "acknowledges that the Client operates": what a party knows is no duty of the other; "if
        # the Supplier maintains a second site, ...": a condition binds nobody
        if t.boundary_before(mention.start)[1] == "that" or any(a <= mention.start < b for a, b in zones):
            continue
        if (head := _head(t, mention)) is None or head.negative:
            continue
        verb = m.start("verb")
        found.append(Obligation(actor=head.actor, role=head.role, modality="obliged", start=head.start,
                                predicate_start=verb, predicate_end=max(clause_end(t.sentence, verb), verb)))
    return found


def opens_with_pronoun(sentence: str) -> bool:
    """Whether ``sentence`` opens with a capitalised "It" or "They" that may stand for a party."""
    return _OPENING_PRONOUN.match(sentence) is not None


def subject_role(sentence: str, actors: Mapping[str, str]) -> str | None:
    """The role of the party that opens ``sentence`` as its subject ("The Contractor processes ..."), if any."""
    names, roles = _names(tuple(sorted(actors.items())))
    low = lowered(sentence)
    left = _CLAUSE_NUMBER.match(low).end()
    for mention in _mentions(low, names, roles):
        if mention.start == left and not mention.possessive and mention.role in ("client", "provider"):
            return mention.role
    return None


def find_obligations(sentence: str, actors: Mapping[str, str], present_tense: bool = True,
                     antecedent: str | None = None) -> list[Obligation]:
    """Every duty, permission and prohibition in ``sentence``, in order of the predicate.

    ``actors`` maps lower-cased party names as the contract writes them ("the bank", "helix") to
    their roles ("client", "provider"); the built-in "each party" and the like map to "both".
    With ``present_tense``, a party that "maintains" or "provides" something is bound to it too
    (not in recitals, where the same words only describe). ``antecedent`` is the role of the party
    the sentence before was about, which an opening "It" or "They" stands for.
    """
    names = _names(tuple(sorted(actors.items())))
    low = lowered(sentence)
    words = [(m.start(), m.group()[1:]) for m in _WORDS.finditer(" " + low)]
    if "'" in low or "’" in low:
        words = sorted(words + [(m.start(), m.group().replace("’", "'")) for m in _CONTRACTED.finditer(low)])
    zones = [_main_clause_cut(low, zone, names[0]) for zone in _condition_zones(low, words)]
    cues = _cues(low, words, zones)
    present = present_tense and _PRESENT_VERB_ANYWHERE.search(low) is not None
    if not cues and "nothing" not in low and not present:
        return []
    t = _Text(sentence, words, *names, antecedent)
    found: list[Obligation] = []
    previous: _Subject | None = None
    main: _Subject | None = None  # the last subject outside a relative clause
    for cue in cues:
        subject = _subject(t, cue.start(), main if previous is not main and _and_after(low, cue.start()) else previous)
        if subject is not None:
            obligation, previous = _obligation(t, cue, subject)
            found.append(obligation)
            if not _RELATIVE_BEFORE.search(low, 0, previous.start):
                main = previous
    found += _nothing_requires(t) if "nothing" in low else []
    found += _present_duties(t, found, zones) if present else []
    return sorted(_handed_over(sentence, found), key=lambda o: (o.predicate_start, o.start))


# A subject inside a relative clause ("..., to which the Client shall grant it access, and shall record every
# contact"): the "and shall" after it goes back to the sentence's own subject.
_RELATIVE_BEFORE = re.compile(r",\s*(?:(?:to|for|by|with|in|from|of|on)\s+)?(?:which|whom|whose)\s+$")
_AND_BEFORE = re.compile(r",\s*and\s+$")


def _and_after(low: str, cue: int) -> bool:
    """Whether the cue at ``cue`` follows ", and" with no subject of its own."""
    return _AND_BEFORE.search(low, max(0, cue - 8), cue) is not None


# What joins one party's duty to the next party's: "we'll tell you, and you'll update ...".
_HAND_OVER = re.compile(r"\s*[,;]\s*(?:and|but|while|whereas)?\s*$")


def _handed_over(sentence: str, found: list[Obligation]) -> list[Obligation]:
    """Each duty ended where another party's duty takes over after a comma or a semicolon: in "we'll
    tell you, and you'll update your scripts within 2 working days" the two days are the provider's."""
    ended = []
    for o in found:
        end = o.predicate_end
        for n in found:
            if (n.role != o.role and o.predicate_start < n.start < end
                    and (m := _HAND_OVER.search(sentence, o.predicate_start, n.start)) is not None):
                end = m.start()
        ended.append(o if end == o.predicate_end else o.model_copy(update={"predicate_end": end}))
    return ended
