"""Negated statements and prohibitions inside one sentence.

A phrase found inside a negated statement does not satisfy a ``require`` rule: "The Supplier is not
required to appoint a single point of contact" mentions a single point of contact but promises none.
A prohibition is different: "The Supplier shall not subcontract ... without the prior written
consent of the Client" *is* the consent requirement a rule may be looking for, so prohibitions are
reported apart (``prohibition_spans``) and never as negation.

How each cue is read (spans are character offsets into the sentence, end exclusive):

- *negation* (the statement does not hold): "is not", "does not include", "is not required to",
  "shall not be obliged/required/liable/responsible", "under no obligation", "has no obligation",
  "without any obligation to", "need not", "there is no", "Nothing in this Agreement requires ...",
  "Neither party shall be required to", "no steering committee shall be established", "Neither of
  us owns ...", an unconditional "will not set up / have a / co-fund" ("We won't set up a joint
  committee"), a choice made against a thing ("decided against establishing a fund", "have
  declined to set up"), and the exclusions "other than", "excluding", "except for", "save for", "with the
  exception of" ("excluding tax" leaves out the tax alone). A subject is negated too where its
  things "do not apply" or it is "outside the scope of" something; an adverb may stand before
  "not" ("have deliberately not provided for").
- *prohibition* (an actor must not act): "shall/must/may/will not", "cannot", "shall never",
  "is not permitted/entitled to", "is prohibited from", "agrees not to", "refrain from",
  "has no right to", "Neither party shall disclose", "In no event shall the Supplier disclose".
  A limit such as "shall not exceed" or "shall not be less than" is a prohibition too, so a
  service-level rule still sees it. "shall not apply / affect / constitute / be construed / be
  subject to" speaks of legal effect and is a negation; so does a promise withheld ("cannot
  commit", "will not guarantee", "does not undertake").
- *double negation*: "shall not ... unless/except/without ..." is a conditional prohibition; its
  span keeps the condition, so "subcontract ... consent" stays inside one prohibition. "No change
  shall be made unless ..." is read the same way. A negation stops at "unless"/"except": in "is not
  required to attend unless requested" only "to attend" is negated. "Nothing ... shall prevent /
  limit / affect" affirms what follows and yields no span; "not to be unreasonably withheld" (no
  auxiliary before "not") yields none either.

A span runs from its cue to the end of its clause: ``;``, a following ", but", ", provided that",
", except", ", unless" (negation only), a new enumeration item "(b)", or a coordinated main clause
("and the Client shall ..."). When the clause itself opens a list ("is not obliged to (a) ...;
(b) ...") the span takes in the whole list. Negations inside an "if/where/when ..." clause also stop
at the next comma; an exclusion ("other than complaints") stops at a comma or before the next verb.

Speed: a contract has thousands of sentences, so no large case-insensitive alternation scans a whole
sentence. The sentence is lower-cased once (offsets kept), cue words are located by one space-led
word pattern, and the detailed patterns are only tried where a cue word stands. ``lowered``,
``word_starts`` and ``clause_end`` are shared with ``contractlint.nlp.obligations``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

Span = tuple[int, int]

_SPACES = str.maketrans("\t\n\r\v\f\xa0\u2009\u202f", "        ")
_ODD_SPACE = re.compile("[\t\n\r\v\f\xa0\u2009\u202f]")


@lru_cache(maxsize=1024)
def lowered(sentence: str) -> str:
    """``sentence`` in lower case with every space character a plain space; offsets unchanged."""
    low = sentence.lower()
    if len(low) != len(sentence):  # "İ" and a few others lower to two characters
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in sentence)
    return low.translate(_SPACES) if _ODD_SPACE.search(low) else low


def _trie(node: dict[str, dict]) -> str:
    """The regex for a trie of words: shared prefixes are tried once ("n(?:o(?:t|ne)?|eed)")."""
    branches = [(r"\s+" if ch == " " else re.escape(ch)) + _trie(child)
                for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


@lru_cache(maxsize=512)
def word_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern for ``words`` as whole words in a lower-cased text padded with one leading space.

    Every match begins with the character before the word (a space, bracket or quote), so the
    offset of a match in the padded text is the offset of the word in the unpadded one. The
    literal first character lets the engine skip from space to space, and the words form a trie,
    so a long word list costs little more than a short one.
    """
    root: dict[str, dict] = {}
    for word in {" ".join(w.lower().split()) for w in words if w.strip()}:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return re.compile(rf"[ (\"'“‘](?:{_trie(root)})(?![\w])")


def word_starts(low: str, words: tuple[str, ...]) -> list[int]:
    """Sorted offsets where one of ``words`` stands as a whole word in the lower-cased ``low``."""
    return [m.start() for m in word_pattern(words).finditer(" " + low)]


def _word_starts_before(low: str, pos: int, count: int) -> list[int]:
    """The starts of up to ``count`` words before the word at ``pos``, farthest first."""
    starts: list[int] = []
    while pos > 0 and len(starts) < count:
        pos = low.rfind(" ", 0, pos - 1) + 1
        starts.append(pos)
    return starts[::-1]


# --- where a clause ends -----------------------------------------------------------------------

# Every alternative opens with a literal character, so the engine jumps between candidates.
_STOP_CANDIDATE = re.compile(r";|,| (?:and|or|but|whereas|while|whilst|unless|except)\b| \(")
# The enumeration marker takes letters and roman numerals only: "(5)" in "five (5) Business
# Days" is a numeral gloss, not a new item.
_ITEM = re.compile(r" (\((?:[a-h]|[ivx]{1,5})\))(?= )")
_SUBJECT_WORDS = r"(?P<subject>(?:[\w'’-]+\s+){0,4}?)"
# A subject with one of these words belongs to a relative or infinitive clause, not a new one.
_NOT_IN_SUBJECT = frozenset("as that which who whom where when if than to".split())
_FINITE = r"(?:shall|must|will|may|agrees?|undertakes?|is|are|has|have|can|need)\b"
_AFTER_COMMA = re.compile(
    r",\s*(?:(?P<proviso>(?:but|provided(?:\s+always)?\s+that|save\s+that|whereupon)\b)"
    r"|(?P<condition>(?:except|unless|save\s+where)\b)"
    rf"|(?P<clause>(?:(?:and|or|but|whereas|while|whilst)\s+)?{_SUBJECT_WORDS}{_FINITE}))"
)
# A bare "have" and a participle go on with the modal before them: "may carry out, or have carried
# out by an auditor, inspections". (Read from just after "have".)
_DONE = re.compile(r"\s+[a-z]+(?:ed|en|ne|wn|de)\b")
_CLAUSE_AND = re.compile(rf" (?:and|or|but|whereas|while|whilst)\s+{_SUBJECT_WORDS}{_FINITE}")
_DETERMINERS = frozenset("the each either both neither its their any such all no a an".split())
# An item marker cited in a cross-reference does not end the clause.
# ("at level (a)", "to stage (b)": an escalation ladder's steps are named so too)
_REFERENCE = re.compile(r"(?:paragraph|clause|sub-clause|item|limb|section|point|level|stage|step|tier)\s*$")


# A list item that is a bare verb with its object: "; keep them encrypted", "; and notify the Client".
_NEXT_VERB = re.compile(
    r";\s*(?:and\s+|or\s+)?(?!(?:the|a|an|each|either|both|neither|its|their|any|such|all|no|this|that|these|those"
    r"|it|they|he|she|we|you|there|provided|save|subject|except|unless|however|otherwise|in|on|at|for|if|where"
    r"|when|whereas|while|but|nor|not|then|thereafter|also|further|furthermore|moreover|and|or)\b)"
    r"[a-z]+\s+(?:them|it|the|all|any|each|every|its|their|such|these|those|access|only|promptly)\b"
)


class _Stops:
    """The places a clause of one sentence may end, each classified on first use."""

    def __init__(self, sentence: str) -> None:
        self.sentence = sentence
        self.low = lowered(sentence)
        found = [(m.start(), m.group()) for m in _STOP_CANDIDATE.finditer(self.low)]
        self.positions = [pos for pos, _ in found]
        self.firsts = [first for _, first in found]
        self._kinds: dict[int, tuple[str, str]] = {}

    def kind(self, i: int) -> tuple[str, str]:
        """The ``i``-th candidate as (kind, item marker); kind "" when it ends nothing."""
        if i not in self._kinds:
            self._kinds[i] = self._classify(self.positions[i], self.firsts[i])
        return self._kinds[i]

    def _classify(self, pos: int, first: str) -> tuple[str, str]:
        low = self.low
        if first == ";":
            # "shall treat them as confidential; process them only on instructions; keep them encrypted;
            # and notify ...": a bare verb after the semicolon goes on with the modal before it.
            return ("", "") if _NEXT_VERB.match(low, pos) else ("semi", "")
        if first == ",":
            after = _AFTER_COMMA.match(low, pos)
            kind = after.lastgroup if after is not None else None
            if kind == "clause" and _NOT_IN_SUBJECT.intersection(after.group("subject").split()):
                kind = None  # ", which shall": a relative clause, not a new one
            if kind == "clause" and not after.group("subject") and _has_done(low, after.end()):
                kind = None  # the modal's verb goes on
            return kind or "comma", ""
        if first == " (":
            item = _ITEM.match(low, pos)
            return ("item", item.group(1)) if item else ("", "")
        if first in (" unless", " except"):
            return "condition", ""
        # A coordinated main clause: "and the Client shall", "and Helix shall", "and shall".
        clause = _CLAUSE_AND.match(low, pos)
        words = clause.group("subject").split() if clause else ["that"]
        if _NOT_IN_SUBJECT.intersection(words) or not words and _has_done(low, clause.end()):
            return "", ""
        # A bare "undertake" or "agree" with no subject goes on with the verb before it: "obligates
        # either party to fund or undertake joint projects" (not "and undertakes to", a new promise).
        if not words and low.endswith(("undertake", "agree"), 0, clause.end()):
            return "", ""
        opener = not words or words[0] in _DETERMINERS
        opener = opener or self.sentence[clause.start("subject")].isupper()
        return ("clause", "") if opener else ("", "")


def _has_done(low: str, finite_end: int) -> bool:
    """Whether the finite word ending at ``finite_end`` is a bare "have" with a participle after it."""
    return low.endswith("have", 0, finite_end) and _DONE.match(low, finite_end) is not None


@lru_cache(maxsize=1024)
def _stops(sentence: str) -> _Stops:
    return _Stops(sentence)


def clause_end(sentence: str, start: int, *, conditions: bool = True, comma: bool = False) -> int:
    """Where the clause that continues at ``start`` ends (exclusive, trailing punctuation dropped).

    ``conditions`` stops at "unless"/"except" (a negation or a plain duty ends there; a prohibition
    keeps its condition); ``comma`` stops at any comma (exclusions, subordinate clauses). A clause
    that opens a list with "(a)" or "(i)" runs through the whole list.
    """
    stops = _stops(sentence)
    end = len(sentence)
    # An item marker's offset is the space before it, so one just before ``start`` counts.
    for i in range(bisect_left(stops.positions, start - 1), len(stops.positions)):
        pos = stops.positions[i]
        if pos < start and stops.firsts[i] != " (":
            continue
        kind, marker = stops.kind(i)
        if not kind or kind == "comma" and not comma or kind == "condition" and not conditions:
            continue
        if kind == "item":
            if _REFERENCE.search(stops.low, max(start, pos - 20), pos):
                continue
            if marker in ("(a)", "(i)"):  # the clause opens a list
                break
            before = sentence[start:pos].rstrip()
            if not before.strip(" :") or before.endswith(":"):  # its own item, after a lead-in
                continue
        end = pos
        break
    end = _strip_end(sentence, start, end)
    low = lowered(sentence)
    for link in (" and", " or", " and/or"):  # "(a) respond within 2 days; and" ends before "; and"
        if low.endswith(link, start, end) and low[: end - len(link)].rstrip()[-1:] in (";", ","):
            end = _strip_end(sentence, start, end - len(link))
    return end


def _strip_end(sentence: str, start: int, end: int) -> int:
    while end > start and sentence[end - 1] in " \t\n.,;:":
        end -= 1
    return end


# --- negation and prohibition cues -------------------------------------------------------------

# Words that, right after "not" (or after "no <noun> shall"), take a duty away rather than forbid.
_DUTY_OFF = re.compile(
    r"\s+(?:\w+ly\s+)?(?:be\s+)?(?:required|obliged|obligated|bound|expected|liable|responsible"
    r"|under\s+any\s+(?:obligation|duty))\b|\s+(?:need|have)\s+to\b|\s+any\s+(?:obligations?|duty|duties)\b"
)
# "cannot commit / will not guarantee / does not undertake": a promise withheld, not a conduct forbidden.
_NO_PROMISE = re.compile(r"\s+(?:commit|guarantee|promise|undertake|warrant|assure|ensure)\b")
# "shall not apply / affect / constitute ...": a statement about legal effect, not a prohibition.
_NO_EFFECT = re.compile(
    r"\s+(?:apply|affect|constitute|prejudice|operate|relieve|excuse|entitle|give\s+rise"
    r"|take\s+effect|be\s+(?:construed|deemed|interpreted|taken|subject\s+to|bound\s+by)"
    # ... and of a term that will not run on: "It shall not be tacitly renewed"
    r"|be\s+(?:tacitly\s+|automatically\s+)?(?:renewed|extended|prolonged))\b"
)
_SET_UP_VERBS = r"form|establish|create|set\s+up|constitute|convene"
# "have agreed not to form a joint committee": what the parties agree not to set up does not exist.
_NOT_SET_UP = re.compile(rf"\s+(?:{_SET_UP_VERBS}|appoint|hold|have|include|offer|provide)\b")
# "We won't set up a joint committee", "We won't co-fund it": what a party will not set up or pay for
# does not exist. (On a condition it stays a prohibition: "shall not form a committee without consent".)
# ("We will not fund joint projects": what a party will not pay for is not paid for either.)
_WILL_NOT_SET_UP = re.compile(
    rf"\s+(?:{_SET_UP_VERBS}|have\s+(?:a|an|any)|co-?fund|co-?invest|co-?finance|fund|finance)\b")
_PERMISSION_OFF = re.compile(r"\s+(?:be\s+)?(?:permitted|allowed|entitled|authori[sz]ed)\b")
_BOUND = re.compile(
    r"\s+(?:be\s+)?(?:less|more|fewer|greater|later|earlier|sooner|lower|higher)\s+than\b"
)
_PASSIVE = re.compile(r"\s+(?:\w+ly\s+)?be\b")
_LIABLE = re.compile(r"\bbe\s+(?:liable|required|obliged|responsible)\b")
# A condition or a time after a prohibition makes it a rule of order, not a denial: "No dispute
# shall be referred to arbitration until the Executives have met" still sends disputes there.
_CONDITION = re.compile(r"\b(?:unless|except|without|save|until|before|prior\s+to)\b")
_SUBORDINATE = re.compile(
    r"\b(?:if|where|when|whenever|unless|until|once|whether|in\s+the\s+event)\b"
)
# A cue in a relative clause ("that is not resolved", "that the Leads do not settle").
# (A preposition before "which" opens a longer one: "each month in which a service level in Annex 1 is not met".)
_RELATIVE = re.compile(r"\b(?:(?:that|which|who|whom)\s+(?:[\w'’-]+\s+){0,4}|(?:in|on|during|for)\s+which\s+(?:[\w'’-]+\s+){0,8})$")
_MAIN_MODAL = re.compile(r"\b(?:shall|must|will|may|should)\b")
# ... or the comma that closes the relative clause before the main clause's own subject.
_COMMA_THEN_SUBJECT = re.compile(r",\s+(?:a|an|the|any|each|such|that|this)\s")
# ... and a relative clause without its "that": "Any dispute the Strategic Council does not resolve shall
# be referred to arbitration" (a noun with "any" or "each", then the clause's own subject).
_REDUCED_RELATIVE = re.compile(
    r"(?:any|each|every|all)\s+(?:[\w'’-]+\s+){1,2}?(?:the|its|their|we|you|they|either|both)\s+(?:[\w'’-]+\s+){0,3}")
# An exclusion ("other than complaints") covers a noun phrase: it ends before the next verb.
# ... and a price "excluding tax" leaves out the tax alone.
_TAX = re.compile(
    r"\s+(?:any\s+|all\s+)?(?:applicable\s+)?(?:value[\s-]+added\s+tax|sales\s+tax|taxes|tax|vat|gst|duties|levies)\b")
_VERB = re.compile(r"\b(?:shall|must|will|may|can|is|are|does|do|has|have)\b")

# The cue patterns are tried only where one of these words stands.
_ANCHORS = tuple("not no nobody never nothing neither none need needs cannot refrain prohibited forbidden"
                 " barred precluded other excluding exclude excludes except save exception"
                 " without decided decides decide elected elects chose chosen opted opts declined".split())
_CUES = re.compile(
    r"""
    \b(?:
      (?P<never_modal>(?:shall|must|may|will)\s+never)
    | (?P<no_right>(?:has|have|shall\s+have|will\s+have)\s+no\s+right)
    | (?P<agree_not>(?:agree[sd]?|undertak(?:e|es|en)|covenant(?:s|ed)?)\s+not\s+to)
    | (?P<prohibit>(?:is|are|shall\s+be|will\s+be)\s+(?:prohibited|forbidden|barred|precluded)
        \s+from|refrain\s+from)
    | (?P<modal_not>(?:shall|must|may|will|can|should|might)\s+not|cannot|can['’]t|won['’]t
        |shan['’]t|mustn['’]t)
    # (an adverb may stand between: "The Parties have deliberately not provided for any other level")
    | (?P<aux_not>(?:is|are|was|were|be|been|being|do|does|did|has|have|had|would|could)\s+(?:[a-z]+ly\s+)?not
        |isn['’]t|aren['’]t|doesn['’]t|don['’]t|hasn['’]t|haven['’]t)
    | (?P<duty_off>under\s+no\s+(?:obligation|duty)
        |no\s+(?:obligations?|duty|duties|requirements?|responsibilit(?:y|ies))
        # "The Contractor gives no undertaking that the Helpdesk complies with any law"
        |(?:gives?|makes?|given|made)\s+no\s+(?:undertakings?|commitments?|warrant(?:y|ies)|representations?
            |promises?|guarantees?)
        |without\s+(?:any\s+)?(?:further\s+)?(?:obligation|duty|requirement)
        |needs?\s+not)
    | (?P<nothing>nothing\s+
        (?:(?!\b(?:shall|will|prevents?|limits?|restricts?|affects?|prejudices?)\b)[^;,]){0,60}?
        \s(?:(?:shall|will|may)\s+)?(?:be\s+(?:construed|deemed|interpreted)\s+(?:as\s+|to\s+)?)?
        (?:requir|oblig|compel|commit|bind|appoint|establish|creat|constitut|designat|confer|grant)\w*)
    # "Nobody owns the whole process": no one does it ("No one shall ..." is a prohibition, below)
    | (?P<nobody>nobody|no[\s-]one(?!\s+(?:shall|may|must|will|can|should)\b))
    | (?P<there_no>there(?:\s+(?:is|are|shall\s+be|will\s+be)|['’]s|['’]ll\s+be)\s+no)
    | (?P<in_no>in\s+no\s+(?:event|circumstances|case))
    | (?P<exclusion>other\s+than|excluding|excludes?|except\s+for|save\s+for
        |with\s+the\s+exception\s+of)
    # "Neither of us owns the process": no one does it
    | (?P<neither_does>neither\s+(?:of\s+(?:us|them|the\s+parties)|party|side)(?=\s+[a-z]+s\b)(?!\s+(?:is|has|does)\b))
    | (?P<det>(?:neither|none\s+of(?:\s+the)?|no)
        (?!\s+(?:later|earlier|more|less|fewer|sooner|longer|greater|event|circumstances)\b)
        \s+(?:(?!(?:to|who|which|that|if|where|when|than|not)\b)[\w'’-]+,?\s+){1,8}?
        (?P<det_verb>shall|will|may|must|can|is|are|has|have))
    | (?P<never>never)
    # "The contract provides for no incentive premium or bonus of any kind"
    | (?P<provides_no>(?:provides|provide|provided|contains|contain|includes|include)\s+(?:for\s+)?no)
    # a choice made against a thing: "have considered and decided against establishing a joint fund",
    # "have declined to set up", "elected not to form" (not "may decline to approve", a right to refuse)
    | (?P<decided_against>(?:decided|decides|decide|elected|elects|chose|chosen|opted|opts)\s+(?:against|not\s+to)
        |(?:has|have|had)\s+(?:expressly\s+)?declined\s+to)
    )\b
    """,
    re.VERBOSE,
)


def _cues(low: str) -> list[re.Match[str]]:
    """The negation and prohibition cues of a lower-cased sentence, in order."""
    found: list[re.Match[str]] = []
    anchors = word_starts(low, _ANCHORS)
    for word in ("n't", "n’t"):
        anchors += [low.rfind(" ", 0, i) + 1 for i in _find_all(low, word)]
    for i in sorted(set(anchors)):
        if found and i < found[-1].end():
            continue
        for k in (*_word_starts_before(low, i, 3), i):
            m = _CUES.match(low, k)
            if m is not None and m.start() <= i < m.end():
                found.append(m)
                break
    return found


def _find_all(low: str, word: str) -> list[int]:
    found, i = [], low.find(word)
    while i >= 0:
        found.append(i)
        i = low.find(word, i + 1)
    return found


def _in_subordinate(low: str, pos: int) -> bool:
    """Is ``pos`` inside an "if/where/when ..." clause (looking back to the last punctuation)?"""
    left = max(low.rfind(c, 0, pos) for c in ",;:")
    return _SUBORDINATE.search(low, left + 1, pos) is not None


_MODAL_BEFORE = re.compile(r"\b(?:may|can|shall|will|might|could|is\s+entitled\s+to|has\s+the\s+right\s+to)\s+(?:\w+ly\s+)?$")


def _classify(sentence: str, low: str, m: re.Match[str]) -> tuple[str, bool] | None:
    """Return ("neg"|"prohib", stop_at_conditions) for a cue match, or None for no span."""
    kind = m.lastgroup if m.lastgroup != "det_verb" else "det"
    end = m.end()
    if kind in ("never_modal", "no_right", "prohibit"):
        return "prohib", False
    if kind == "agree_not":
        return ("neg", True) if _NOT_SET_UP.match(low, end) else ("prohib", False)
    if kind == "modal_not":
        if _DUTY_OFF.match(low, end) or _NO_EFFECT.match(low, end) or _NO_PROMISE.match(low, end):
            return "neg", True
        if _WILL_NOT_SET_UP.match(low, end) and not _CONDITION.search(low, end, clause_end(sentence, end, conditions=False)):
            return "neg", True
        return "prohib", False
    if kind == "aux_not":
        # "shall not, and shall procure that its staff do not, disclose": the prohibition echoed
        if _PERMISSION_OFF.match(low, end) or low.startswith(",", end):
            return "prohib", False
        return None if _BOUND.match(low, end) else ("neg", True)
    # "The Commune may decide not to renew the contract": a right to choose, not a choice made against a thing
    if kind == "decided_against" and _MODAL_BEFORE.search(low, max(0, m.start() - 30), m.start()):
        return None
    if kind == "in_no":
        return ("neg", True) if _LIABLE.search(low, end, end + 80) else ("prohib", False)
    if kind == "det":
        if _DUTY_OFF.match(low, end):
            return "neg", True
        if _PERMISSION_OFF.match(low, end):
            return "prohib", False
        # "Neither of us has to go to mediation": no duty, whatever comes after it
        if m.group("det_verb") in ("has", "have") and low.startswith(" to ", end):
            return "neg", True
        if m.group("det_verb") in ("is", "are", "has", "have") or _PASSIVE.match(low, end):
            clause = clause_end(sentence, end, conditions=False)
            if _CONDITION.search(low, end, clause):
                return "prohib", False
            return "neg", True
        return "prohib", False
    return "neg", True


# A negated verb that says a thing does not exist or apply negates its subject too: in "Service
# Credits do not apply" a rule looking for service credits must not count them. So does a clause
# opening with "No <things> (shall) apply / are payable", and one said to lie outside the scope of
# something ("The Client's customer strategy and its marketing are outside the scope of these reviews").
_STATE_VERBS = (
    r"(?:apply|applies|applicable|include|includes|included|form\s+part|payable|due|available|exist|exists"
    r"|subject\s+to|provided|offered|measured|part\s+of|in\s+scope|covered|attach|attaches|attached|accrue|accrues)\b"
)
_SUBJECT_NEGATED = re.compile(
    r"\b(?:(?:do|does|did|is|are|was|were|shall|will|may|must|can|need)\s+not\s+(?:be\s+|form\s+)?" + _STATE_VERBS
    + r"|(?P<scope>(?:is|are|was|were|shall\s+be|will\s+be|remains?|falls?)\s+(?:outside|beyond)\s+(?:the\s+)?scope\s+of)\b)"
)
_NO_SUBJECT = re.compile(
    r"(?:^|[;:]\s*)(?P<no>no)\s+[^.;:]{1,160}?\b(?:shall\s+|will\s+|may\s+)?(?:be\s+)?" + _STATE_VERBS
    # ... or a sentence of "No" and a noun alone, as a run-in heading says it: "**No joint projects.**"
    + r"|^\W*(?P<no_alone>no)\s+(?:[a-z][\w'’-]*\s+){0,4}[a-z][\w'’-]*\W*$"
)


# A part of the contract said to be empty: "Annex (7) (Annual Partner Scorecard) is reserved." What
# it names is not in the contract. (Only at the end of the sentence: a line "reserved for the
# Supplier's team leaders" is in use.)
_RESERVED_SUBJECT = re.compile(
    r"\b(?:is|are|has\s+been|have\s+been)\s+(?:hereby\s+)?(?:reserved|(?:intentionally\s+)?left\s+blank"
    r"|intentionally\s+omitted|not\s+used)\W*$"
)
_JOINED_BEFORE = re.compile(r",?\s+(?:and|but|or)\s+$")
_FIRST_VERB = re.compile(r"\b(?:is|are|was|were|shall|will|may|must|do|does|did|has|have|can)\b")


def _clause_start(low: str, pos: int) -> int:
    cut = max(low.rfind(";", 0, pos), low.rfind(":", 0, pos))
    start = cut + 1
    while start < pos and low[start].isspace():
        start += 1
    return start


def _bracket_end(low: str, pos: int) -> int:
    """Where the bracket that ``pos`` stands in closes; the sentence's end when it stands in none."""
    opened = low.rfind("(", 0, pos)
    if opened < 0 or low.rfind(")", opened, pos) >= 0:
        return len(low)
    closed = low.find(")", pos)
    return closed if closed >= 0 else len(low)


@lru_cache(maxsize=1024)
def _analyse(sentence: str) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    low = lowered(sentence)
    negated: list[Span] = []
    prohibited: list[Span] = []
    for m in _SUBJECT_NEGATED.finditer(low):
        start = _clause_start(low, m.start())
        # "The results are collected for information only and shall not form part of the Service
        # Levels": the subject is negated, the first of two joined predicates is not.
        if _JOINED_BEFORE.search(low, start, m.start()) and (verb := _FIRST_VERB.search(low, start, m.start())):
            negated.append((start, verb.start()))
            start = m.start()
        # (what a thing is outside the scope of is not negated itself: "of this Agreement")
        negated.append((start, m.start() if m.group("scope") else clause_end(sentence, m.end())))
    for m in _NO_SUBJECT.finditer(low):
        if m.group("no"):
            negated.append((m.start("no"), clause_end(sentence, m.end())))
        else:
            negated.append((m.start("no_alone"), len(low)))
    if reserved := _RESERVED_SUBJECT.search(low):
        negated.append((_clause_start(low, reserved.start()), reserved.end()))
    for m in _cues(low):
        found = _classify(sentence, low, m)
        if found is None:
            continue
        kind, conditions = found
        comma = m.lastgroup == "exclusion" or kind == "neg" and _in_subordinate(low, m.start())
        end = clause_end(sentence, m.end(), conditions=conditions, comma=comma)
        if m.lastgroup == "exclusion" and (tax := _TAX.match(low, m.end())):
            end = tax.end()  # "DJF 1,150 excluding tax for each Booking": only the tax is left out
        elif m.lastgroup == "exclusion" and (verb := _VERB.search(low, m.end(), end)):
            end = verb.start() - 1
        # A relative clause ends where its noun's own verb comes: in "Any dispute that is not
        # resolved within 10 days shall be referred to arbitration" only "is not resolved within 10
        # days" is negated.
        elif (_RELATIVE.search(low, max(0, m.start() - 40), m.start())
              or _REDUCED_RELATIVE.fullmatch(low, _clause_start(low, m.start()), m.start())) and (
                verb := _MAIN_MODAL.search(low, m.end(), end)):
            end = verb.start() - 1
            # ... or at the comma that closes it before the main clause's own subject: "For each month in
            # which a service level is not met, a penalty of 2% shall be deducted".
            if closed := _COMMA_THEN_SUBJECT.search(low, m.end(), end):
                end = closed.start()
        # "(excluding VAT) for each Booking": a cue inside brackets negates only the bracket.
        end = min(end, _bracket_end(low, m.start()))
        (negated if kind == "neg" else prohibited).append((m.start(), max(end, m.end())))
    # What is negated as a whole is no prohibition ("No Service Credits shall apply").
    prohibited = [p for p in prohibited if not any(a <= p[0] < b for a, b in negated)]
    return _merge(negated), _merge(prohibited)


def _merge(spans: list[Span]) -> tuple[Span, ...]:
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def _overlaps(spans: tuple[Span, ...], start: int, end: int) -> bool:
    end = max(end, start + 1)
    return any(s < end and start < e for s, e in spans)


def negated_spans(sentence: str) -> list[tuple[int, int]]:
    """The negated statements in ``sentence``: sorted, merged ``(start, end)`` spans, from the cue.

    Offsets are into ``sentence``; the end is exclusive.
    """
    return list(_analyse(sentence)[0])


def prohibition_spans(sentence: str) -> list[tuple[int, int]]:
    """The prohibitions in ``sentence``, from the cue ("shall not") to the end of its clause."""
    return list(_analyse(sentence)[1])


def is_negated(sentence: str, start: int, end: int) -> bool:
    """Is the match ``[start, end)`` inside a negated statement (does it overlap a negated span)?

    Overlap rather than containment, so a match that takes in its own cue ("not required to
    appoint") counts too. A prohibition never counts as negation.
    """
    return _overlaps(_analyse(sentence)[0], start, end)


def is_prohibition(sentence: str, start: int, end: int) -> bool:
    """Is the match ``[start, end)`` inside a prohibition ("shall not remove ... without consent")?

    Overlap, as for ``is_negated``.
    """
    return _overlaps(_analyse(sentence)[1], start, end)
