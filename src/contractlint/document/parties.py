"""The parties to a contract, and which of them is the client and which the provider.

Parties are read from the preamble (the paragraphs before the first numbered clause, within about
the first 3,000 characters of body text):

    This Agreement is made between Acme Bank plc, a company ... ("the Bank"); and Helix CX Limited ... ("Helix")
    BETWEEN: (1) ACME LIMITED ... ("Customer"); and (2) HELIX CX LIMITED ... ("Supplier").
    ... by and between Acme Corp., a Delaware corporation ("Company"), and Beta LLC ("Vendor").
    This Agreement is made between Acme Corp and Beta Ltd.                  (plain names)
    Customer: Acme Corp        Provider<TAB>Beta Inc.                       (cover pages, order forms)

Standard terms with no preamble (the parties sign a separate cover page) fall back to the glossary
(``"GitHub" means GitHub, Inc. ...``, ``"Customer" means the company ...``) and then to role names
used as proper nouns throughout (``Provider will ...``, ``Customer may ...``).

Which candidate is the client and which the provider is judged in ``party_roles``.
"""

from __future__ import annotations

import re
from collections import Counter

from contractlint.document.definitions import PERSONS, find_inline_terms, plain
from contractlint.document.model import BlockKind, Definition, Paragraph, Party
from contractlint.document.party_roles import (
    AMBIGUOUS_NAMES,
    LEGAL_SUFFIX,
    ROLE_NAMES,
    Candidate,
    RoleHints,
    apply_hints,
    assign_roles,
    is_party_term,
)

PREAMBLE_CHARS = 3000

NOT_PARTIES = frozenset({
    "party", "parties", "affiliate", "affiliates", "third party", "third parties", "agreement", "effective date",
    "commencement date", "services", "contract", "msa", "sow", "order form", "group", "representatives",
    "personnel", "subcontractor", "subcontractors",
})
_NAME_END = re.compile(
    # "Thaba Connect (Pty) Ltd", "ANSE SOLEIL VILLAS (PTY) LTD": South African, Lesotho and Seychelles
    # companies put "(Pty)" inside the name.
    rf",\s+(?!{LEGAL_SUFFIX})|\s+\((?!(?i:pty|proprietary)\))|\s+(?:whose|having|with|incorporated|registered|acting|located|organi[sz]ed"
    r"|trading|doing\s+business|which|formerly|by\s+virtue\s+of|of\s+\d+|of\s+(?:Level|Suite|Unit|Floor|PO\s+Box|P\.O\.)\s"
    r"|a\s+company|a\s+corporation"
    # a registration number after the name: "Coral Gum Pty Ltd ABN 47 612 908 331 of Level 4"; an
    # address ("Coorong Contact Pty Ltd of Level 3, 70 Pirie Street")
    r"|ABN|ACN|UEN|NZBN|CIN|EIN|CRN|(?:company|registration|registered)\s+(?:no|number))\b"
    # a cover line that goes on after the name: "SAO MAI COMPANY LIMITED. Address: ... Represented by"
    r"|\.\s+(?=(?:Address|Registered\s+office|Head\s+office|Enterprise\s+code|Tax\s+code|Represented\s+by)\b)"
)
# The label of a party after the first: "Second Party:", "Third:", "Party B:".
# (Portuguese drafting calls the parties "Outorgantes": "FIRST OUTORGANTE: Oficina de Azulejos ...")
_LATER_PARTY_LABEL = r"(?:second|third)(?:\s+contracting)?(?:\s+(?:party|outorgante))?|party\s+[b2]"
# The words a party is labelled by in a list or on a cover page ("Customer", "Service Provider", "Party A").
_LABELS = "|".join(sorted((re.escape(w) for w in (*ROLE_NAMES, *AMBIGUOUS_NAMES)), key=len, reverse=True))
# A paragraph's own heading run into it before the first party's name: "1. Parties. AB Nemuno ryšiai, ...".
_RUN_IN_HEADING = r"(?i:(?:the\s+)?(?:contracting\s+)?parties)\s*\.\s+(?=[A-Z])"
# What closes the previous party in older drafting ("... of the one part; AND ...") opens no name.
# (Persian drafting numbers with hyphens: "1-1 Kavir Sepehr Insurance Company".)
_ONE_HAND = re.compile(r"\b(?:on\s+the\s+one\s+(?:hand|side|part)|of\s+the\s+one\s+part)\b\s*,?\s*", re.I)
_NAME_LEAD = re.compile(r"^(?:[\s,;:.]|\((?:\d{1,2}|[a-zA-Z]{1,3})\)|\d{1,2}(?:[.-]\d{1,2})*[.)]?\s|(?i:and|or|between|among)\b"
                        r"|(?i:the\s+undersigned(?:\s+parties)?,?(?:\s+(?:namely|being))?)\b|the\b"
                        r"|(?i:of\s+the\s+(?:one|first|second|third|other)\s+part)\b"
                        r"|(?i:on\s+(?:the\s+)?(?:one|other)\s+(?:side|hand|part))\b|by\b"
                        # a party's label before its name: "First Party: Al Wusta ...", "Party B: ...",
                        # "FIRST CONTRACTING PARTY: SOFALA ...", and the label of the whole list, "Parties: ..."
                        # ... or its role: "The Customer: Adventdalen Ekspedisjon AS, ..."
                        rf"|(?i:first(?:\s+contracting)?(?:\s+(?:party|outorgante))?|party\s+[a1]|parties|{_LATER_PARTY_LABEL}"
                        rf"|(?:the\s+)?(?:{_LABELS}))\s*:"
                        # ... or a sentence saying it: "The customer is Saltenkraft Nett AS, organisation number ..."
                        rf"|(?i:the\s+(?:{_LABELS})\s+is)\s+(?=[A-Z])"
                        # ... or a run-in heading: "1. Parties. AB Nemuno ryšiai, ..."
                        rf"|{_RUN_IN_HEADING})+")
# A date line in a letter ("12 May 2025") is not clause 12.
_NUMBERED_CLAUSE = re.compile(
    r"^\s*(?:(?:Clause|Article|Section|CLAUSE|ARTICLE|SECTION)\s+)?\d{1,2}(?:\.\d{1,2})*\.?\s+"
    r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}\b)\S"
)
# "By this private instrument, on the one side, VOLTARA S.A. ...; and, on the other side, ..."
_PARTIES_HEADING = re.compile(r"(?i)\b(?:parties|contracting\s+parties|the\s+parties|(?:the\s+)?undersigned)\b")
# A short line of words alone, as a plain-text heading stands: "Parties", "Preliminary note".
_HEADING_LINE = re.compile(r"\s*[A-Z][a-z]*(?:[ \t]+[A-Za-z][a-z’'-]*){0,5}\s*")
_LIST_WORD = re.compile(r"\b(?:[Bb]etween|BETWEEN|[Aa]mong(?:st)?|AMONG(?:ST)?|(?i:on\s+the\s+one\s+(?:side|hand|part))"
                        r"|(?i:entered\s+into\s+(?:[\w.,]+\s+){0,6}?by))\b")
_NEW_SENTENCE = re.compile(
    r"[.](?:\s|\*\*|__)+(?=(?:The|This|These|Each|It|In|WHEREAS|Whereas|NOW|Now|BACKGROUND|Background|RECITALS"
    r"|Recitals|Both|Either|IT|We|You|Subject|Under|By|If|All|Any)\b)"
)
_HEREINAFTER = re.compile(r"(?i)(?:hereinafter|hereafter)\b")
# What opens the next party in a list: "...; and", "On the other side, ...", a new paragraph.
_NEXT_PARTY = re.compile(r";|\n|(?i:\bon\s+the\s+other\s+(?:side|hand|part))\b")
_QUOTED_ENTITY = re.compile(rf"[\"“](?P<name>[A-Z][^\"“”]{{1,100}}?\s{LEGAL_SUFFIX})[\"”]")
_AFTER_TERM = re.compile(r"^\s*(?:\([^()]{0,60}\)\s*)?[-–—]*")
_NEXT_PARTY_LABEL = re.compile(rf"\W*(?i:{_LATER_PARTY_LABEL})\s*:")
_JOINS_NEXT = re.compile(r"\W*(?:and|AND|or|OR)\b")
_JOINING_LINE = re.compile(r"\W*(?:and|AND|And)\W*")
_RUN_IN_HEAD = re.compile(_RUN_IN_HEADING)
# A numbered paragraph headed "Parties" in its own first words: "1. Parties. AB Nemuno ryšiai, ... (the "Buyer"), and ...".
_RUN_IN_PARTIES = re.compile(r"\s*\d{1,2}(?:\.\d{1,2})*\.?\s+(?:The\s+)?(?:Contracting\s+)?Parties\s*[.:]\s")
# A numbered paragraph that opens with the second party: "1.2 On the other side, SERVEIS ..., SL".
_OTHER_SIDE = re.compile(r"\s*\d{1,2}(?:\.\d{1,2})*\.?\s+(?i:on\s+the\s+other\s+(?:side|hand|part))\b")
# Used with .match(text, pos): no "^", which would only match at the start of the whole text.
_STOP_PARAGRAPH = re.compile(r"\W*(?:WHEREAS|Whereas|RECITALS|Recitals|BACKGROUND|Background|NOW|IT IS|IN WITNESS)\b")
_CONTINUES = re.compile(r"(?:[:;,]|\b(?:and|AND|or|OR)|\b(?:between|BETWEEN|among|AMONG)|^\W*(?:BETWEEN|Between|AMONG|PARTIES|Parties)\W*)\s*$")
_GENERIC_FIRST = frozenset(
    "the a an first national general global international united american british royal new bank company "
    "department office ministry secretary state commonwealth city county mr mrs ms dr".split()
)
_PLACEHOLDER = re.compile(r"^\s*[\[{<_]|^\s*\.{3}")


_MADE_BETWEEN = re.compile(r"^.{0,120}?\b(?i:made|entered\s+into|concluded|agreement)\b.{0,80}?\b(?i:by\s+and\s+between|between)\s+")
_OWN_LABEL = re.compile(r"^(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*\s*:\s+(?=[A-Z0-9\"“])")


_CAPS_THEN_OF = re.compile(r"((?:[A-Z0-9][A-Z0-9&.'’-]*\s+){1,8}[A-Z0-9][A-Z0-9&.'’-]*)\s+of\s+(?=[A-Z][a-z])")


def _name(segment: str) -> str | None:
    """The legal name at the head of a party description: 'Acme Bank plc, a company ...' -> 'Acme Bank plc'."""
    s = plain(segment)
    # "Dimas Wibowo, President Director, acting for and on behalf of PT Belajar Cerdas": the company.
    if behalf := list(_ON_BEHALF.finditer(s)):
        s = s[behalf[-1].end():]
    elif (back := _ON_BEHALF_OF_IT.search(s)) and (ent := _ENTITY_IN.search(s, 0, back.start())):
        # "Ni Made Ayu Lestari, President Director of PT Layanan ..., acting for and on behalf of that
        # company": the company named before.
        s = ent.group(0)
    # "MEMORANDUM OF AGREEMENT made and entered into at Harare by and between MAZOWE LEAF AUCTION FLOORS"
    s = _MADE_BETWEEN.sub("", s, count=1)
    s = _NAME_LEAD.sub("", s)
    # ... and a label of the contract's own before the name: "Service Producer: Auranlaakso Terveyspalvelut Oy"
    s = _OWN_LABEL.sub("", s, count=1)
    cut = _NAME_END.search(s)
    s = (s[: cut.start()] if cut else s).strip(" ,;:")
    # A name in capitals ends where the address starts in lower case: "CITY OF LINCOLN COUNCIL of City Hall".
    if caps := _CAPS_THEN_OF.match(s):
        s = caps.group(1)
    if not s or not (s[0].isupper() or s[0].isdigit()) or len(s) > 120 or s.lower() in NOT_PARTIES:
        return None
    if s.startswith(("This ", "THIS ")):
        return None
    return s


# "On this day ..., the undersigned:" followed by one numbered item per party, each described as
# a party is ("acting for and on behalf of PT ..., hereinafter referred to as the FIRST PARTY;").
# (A line of its own needs no colon: "The undersigned" above "1. Hooiberg Aloe N.V., ...".)
_LEAD_IN = re.compile(r"(?i)(?:\b(?:undersigned|between|among|parties|by\s+and\s+between)\s*:"
                      r"|^\s*(?:the\s+)?(?:undersigned|between|among|by\s+and\s+between))\s*$")
_DESCRIBES_PARTY = re.compile(r"(?i)\b(?:hereinafter|hereafter|on\s+behalf\s+of|represented\s+by)\b")


def _preamble(text: str, paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Body paragraphs up to the first numbered clause, and about ``PREAMBLE_CHARS`` at most."""
    out: list[Paragraph] = []
    seen = 0
    under_parties = False
    body = False  # a paragraph other than a heading-like line has been seen
    listing = False  # after a lead-in ("the undersigned:"), numbered items are the parties
    for p in paragraphs:
        if p.kind == BlockKind.toc:
            continue
        ptext = text[p.start : p.end]
        # A heading ("1. Parties and Background") does not end the preamble: the party list
        # often stands in the first clause under it, one numbered item per party ("§ 1 Parties").
        if p.kind == BlockKind.heading:
            under_parties = bool(_PARTIES_HEADING.search(ptext))
            continue
        # A plain-text contract's heading is a line like any other: "Parties" above "1. Stichting ...",
        # and a title or a "Preliminary note" above a first numbered paragraph ends nothing.
        title = not out and len(ptext) < 160 and "\n" not in ptext.strip() and not ptext.rstrip().endswith((".", ";", ":"))
        heading_like = (title or _HEADING_LINE.fullmatch(ptext) is not None) and not _LIST_WORD.search(ptext)
        if heading_like:
            under_parties = bool(_PARTIES_HEADING.search(ptext))
        numbered = _NUMBERED_CLAUSE.match(ptext) is not None
        party_item = listing and _DESCRIBES_PARTY.search(ptext) is not None
        if (body and numbered and not under_parties and not party_item and not _OTHER_SIDE.match(ptext)
                and not _RUN_IN_PARTIES.match(ptext)
                and not (_LIST_WORD.search(ptext) or _cover_lines(ptext))):
            break
        body = body or not heading_like
        # (A line holding only the joining word, "and", between two numbered parties keeps the list open.)
        joining = listing and _JOINING_LINE.fullmatch(ptext) is not None
        listing = party_item if numbered else (_LEAD_IN.search(ptext) is not None or joining)
        if seen > PREAMBLE_CHARS:
            break
        out.append(p)
        seen += p.end - p.start
    return out


def _list_end(text: str, pre: list[Paragraph], i: int, pos: int) -> int:
    """Where a party list that starts at ``pos`` in paragraph ``i`` ends: its sentence or its run of lines."""
    while True:
        p = pre[i]
        m = _NEW_SENTENCE.search(text, pos, p.end)
        if m:
            return m.start() + 1
        tail = plain(text[p.start : p.end])
        # The list also goes on when the next line opens with its joining word, as in South African
        # and older English drafting: "... (the "Board")" / "and" / "SIYAKHULA ... (the "Provider")".
        # So it does when the next line is labelled as the next party: "First: ..." / "Second: ...".
        joined = i + 1 < len(pre) and (_JOINS_NEXT.match(text, pre[i + 1].start, pre[i + 1].end)
                                       or _NEXT_PARTY_LABEL.match(text, pre[i + 1].start, pre[i + 1].end))
        if i + 1 >= len(pre) or not (_CONTINUES.search(tail) or joined) or _STOP_PARAGRAPH.match(text, pre[i + 1].start):
            return p.end
        i, pos = i + 1, pre[i + 1].start


# The small words inside a company's name: "Caja Sur de Ahorro", "Bank of Asia", "Smith & Co".
_JOINERS = r"de|del|la|y|e|da|do|di|of|and|&"
# A bare name in a list: capitalised words and their joining words, not a clause ("Llamado for each
# of these activities is set out in Annex A").
_LOOKS_LIKE_NAME = re.compile(rf"(?:[A-Z0-9][\w&.'’-]*|{_JOINERS}|for|the)(?:[\s,]+(?:[A-Z0-9(][\w&.'’()-]*"
                              rf"|{_JOINERS}|for|the)){{0,9}}")
# Nor is a span of time: "between February and July", "between 1 May and 30 June", "Monday and Friday".
_DATE_LIKE = re.compile(r"(?i)(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:january|february|march|april|may|june|july|august"
                        r"|september|october|november|december|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
                        r"|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?)(?:\s+\d{1,4})?$")


# A company's registration number in brackets after its name: "Rēkohu Contact Limited (NZBN 9429051837264)".
_REGISTRATION = re.compile(r"\s*\((?:[^()\d]{0,20}\d[\d\s-]{4,}){1,2}\)")
# A list of places, not of parties: "between Napier, Timaru or Lyttelton and Waitangi", "between
# Santiago, Fogo, Brava ... and Boa Vista". (A name's comma comes before its legal form or its particulars.)
_ENUMERATION = re.compile(rf"\s*[^,()]{{1,60}},\s+(?!{LEGAL_SUFFIX})(?-i:[A-Z])|[^,()]{{1,60}}\s+or\s+(?-i:[A-Z])")


def _from_party_list(text: str, pre: list[Paragraph]) -> list[Candidate]:
    """Parties named after "between"/"among", with or without inline definitions.

    A list of bare names (a cover line "between Tonle Wells Co., Ltd. and Bayon Connect Co., Ltd.")
    gives way to a later list that defines the parties' terms.
    """
    bare: list[Candidate] = []
    for i, p in enumerate(pre):
        if _STOP_PARAGRAPH.match(text, p.start, p.end):
            break  # a recital's "between the Benelux, Germany and Poland" lists no parties
        for m in _LIST_WORD.finditer(text, p.start, p.end):
            end = _list_end(text, pre, i, m.end())
            found: list[Candidate] = []
            prev = m.end()
            last_start = m.end()
            for it in find_inline_terms(text, m.end(), end):
                terms = [t for t in it.terms if t.lower() not in NOT_PARTIES]
                # What closes the previous party ("(Auftraggeber) -") does not open this one.
                name = _name(_AFTER_TERM.sub("", text[prev : it.start])) if terms else None
                # 'On the other side, the société anonyme "Ionian Helpdesk Services S.A.", with its seat ...':
                # the name stands in quotes after the company's form.
                if terms and not name and (quoted := _QUOTED_ENTITY.search(text, prev, it.start)):
                    name = quoted.group("name")
                prev = it.end
                written = [w for t, w in zip(it.terms, it.written, strict=True) if t in terms]
                if (not name and terms and found and found[-1].defined_as
                        and _is_acronym_before(text, last_start, found[-1].defined_as)):
                    # '... authorised by the Cyprus Securities and Exchange Commission ("CySEC") ...
                    # (the "Firm")': the first bracket named a regulator in the description; the
                    # bracket that closes it names the party.
                    last = found[-1]
                    found[-1] = Candidate(name=last.name, defined_as=terms[0], written=written[0], terms=terms,
                                          aliases=[*terms, *written])
                    last_start = it.start
                    continue
                last_start = it.start
                if name:
                    found.append(Candidate(name=name, defined_as=terms[0], written=written[0], terms=terms,
                                            aliases=[*terms, *written]))
                elif (terms and found and is_party_term(terms[0]) and not is_party_term(found[-1].defined_as or "")
                      and not _NEXT_PARTY.search(text, last_start, it.start)):
                    # '... (the "System"), represented by ..., hereinafter THE CONTRACTING PARTY': the
                    # party's own term comes last; the first named a thing in its description.
                    found[-1] = Candidate(name=found[-1].name, defined_as=terms[0], written=written[0], terms=terms,
                                          aliases=[*terms, *written])
                elif terms and found and _HEREINAFTER.match(text, it.start) and found[-1].terms:
                    # 'Société ... SA ("SOSAMAS"), ..., represented by ..., hereinafter "the Exporter"': a
                    # French appearance gives the party its short name first and its role name last;
                    # the contract speaks of it by either. (A bracket that named a thing in the
                    # description, neither an acronym nor taken from the name, gives way.)
                    last = found[-1]
                    own = [t for t in last.terms if t.isupper() or t.split()[0] in last.name.split()]
                    found[-1] = Candidate(name=last.name, defined_as=terms[0], written=written[0],
                                          terms=[*terms, *own],
                                          aliases=[*terms, *written, *(last.aliases if own else ())])
            if len(found) < 2:
                found = _unquoted_short_names(text, m.end(), end) or found
            listed_text = _REGISTRATION.sub("", text[m.end() : end])
            if not found and "(" not in listed_text:
                parts = re.split(r";|,?\s+and\s+(?=\(?\w{1,3}\)|[A-Z0-9])", listed_text)
                names = [_name(s.rstrip(". ")) for s in parts]
                if len(names) >= 2 and all(n and _LOOKS_LIKE_NAME.fullmatch(n) and not _DATE_LIKE.match(n)
                                           for n in names) and not any(_ENUMERATION.match(s) for s in parts):
                    found = [Candidate(name=n) for n in names if n]
            if len(found) >= 2:
                if any(c.defined_as for c in found):
                    return found
                bare = bare or found
    return bare


_SMALL_JOINERS = frozenset({"and", "of", "for", "the", "&"})


def _is_acronym_before(text: str, bracket: int, term: str) -> bool:
    """Whether ``term`` is made of the initials of the capitalised words right before its bracket:
    "Cyprus Securities and Exchange Commission ("CySEC")"."""
    capitals = "".join(c for c in term if c.isupper())
    if len(capitals) < 2 or " " in term:
        return False
    initials = []
    for word in reversed(re.findall(r"[\w&'’-]+", text[max(0, bracket - 120):bracket])):
        if word.lower() in _SMALL_JOINERS:
            continue
        if not word[0].isupper() or len(initials) == len(capitals):
            break
        initials.append(word[0])
    return "".join(reversed(initials)) == capitals


# "BETWEEN Lusenga Copper Mines Plc, ... (Lusenga), AND Tandiza Business Services Limited ... (Tandiza)"
_SHORT_NAME = re.compile(r"\((?:the\s+)?([A-Z][\w&'-]+(?:\s+[A-Z][\w&'-]+)?)\)")


def _unquoted_short_names(text: str, start: int, end: int) -> list[Candidate]:
    """Parties in a list whose short names stand in brackets without quotes: the bracket must hold
    a role word or the first words of the name before it, so that "(Zambia)" names nobody."""
    found: list[Candidate] = []
    prev = start
    for b in _SHORT_NAME.finditer(text, start, end):
        term = b.group(1)
        name = _name(_AFTER_TERM.sub("", text[prev : b.start()]))
        if name and (is_party_term(term) or name.lower().startswith(term.lower() + " ")
                     or _closes_company(text, b, name) or _shortens(term, name) and _CLOSES.match(text, b.end())):
            found.append(Candidate(name=name, defined_as=term, written=term, terms=[term], aliases=[term]))
            prev = b.end()
    return found if len(found) >= 2 else []


def _acts_for(segment: str) -> bool:
    """Whether the signatory in ``segment`` acts on behalf of a body, named after or before."""
    return _ON_BEHALF.search(segment) is not None or _ON_BEHALF_OF_IT.search(segment) is not None


def _shortens(term: str, name: str) -> bool:
    """Whether ``term`` is made of the name's own words or of their initials: "Cabin Holdings" or "FCCS"
    for "Geordie Bay Cabin Holdings Pty Ltd" and "Fremantle Contact Centre Services Pty Ltd"."""
    words = [w for w in re.findall(r"[\w&'’-]+", name) if w.lower() not in _SMALL_JOINERS]
    if f" {term.lower()} " in f" {' '.join(words).lower()} ":
        return True
    initials = "".join(w[0] for w in words if w[0].isupper())
    return term.isupper() and len(term) >= 2 and initials.startswith(term)


# What may follow a party's closing bracket: the end of its paragraph, or the list's next joint.
_CLOSES = re.compile(r"\s*(?:[;,.]\s*)?(?:\n|$|(?:and|AND)\b)")


def _names_company(bracket: str, name: str) -> bool:
    """'Indian Ocean Reservations Pty Ltd (ACN ...) of ... (the Bureau)': a bracket with an article
    after a company with a legal form is that company's short name, whatever the word."""
    return bracket.startswith("(the ") and _ENTITY_NAME.search(name) is not None


def _closes_company(text: str, bracket: re.Match[str], name: str) -> bool:
    """A bracket that names the company (``_names_company``) and closes its description."""
    return _names_company(bracket.group(0), name) and _CLOSES.match(text, bracket.end()) is not None


# (A translation glosses the label in its own language: "Party A (gap): Seogwipo ..."; or says what the
# party is: "PARTY A (the service recipient): TAY DO POWER COMPANY".)
# (NEC drafting's Contract Data: "| The Client | Kentdale Building Society, ... |")
_COVER = re.compile(rf"^[\s*#]*(?:\d{{1,2}}[.)]?\s+)?(?:(?i:the)\s+)?(?P<label>{_LABELS})(?:\s+\((?-i:[a-z][\w-]{{0,15}}(?:\s+[a-z][\w-]{{0,15}}){{0,3}})\))?"
                    rf"(?:\s+(?:legal\s+)?(?:name|entity))?[ *]*(?P<colon>:)?[ *]*", re.I)
# The next "Label:" in a signature block ("Customer: Signature: ... Company: {customer_name}").
_NEXT_LABEL = re.compile(r"\s*\b[A-Z][\w ]{0,25}:")


# Indonesian companies put their form first: "PT Belajar Cerdas", "CV Maju"; Baltic ones before the
# name in quotes: 'SIA "Baltic Boxline"', 'UAB "Vėjas"', 'AS "Tallinna Sadam"'; Faroese ones too:
# "P/F Gjógv Knit", "Sp/F Norðlýsi".
# (Dutch law names a foundation or an association by its form first: "Stichting Saba Zeepark Beheer".)
_LEGAL_PREFIX = (r"\b(?:(?:PT|CV|P/F|Sp/F)\s|(?:SIA|UAB|AS|AAS|OÜ)\s+(?=[\"“„])"
                 r"|(?-i:Stichting|Vereniging|Coöperatie)\s+(?=[A-Z]))")
# ... or "acting in his capacity as President and Legal Representative of SERVICIOS ..., S.A."
# Costa Rican and Guatemalan notarial drafting: "acting as general attorney-in-fact ... of SONRISA
# ALINEADA SOCIEDAD ANÓNIMA", "acting in her capacity as General Manager ... of the company IMPULSA".
_BODY = r"(?:company|firm|entity|corporation|partnership)"
_ON_BEHALF = re.compile(rf"\b(?:(?:acting\s+)?(?:for\s+and\s+)?on\s+behalf\s+of"
                        rf"|acting\s+in\s+the\s+name\s+and\s+(?:on\s+behalf|representation)\s+of"
                        rf"(?:\s+the\s+{_BODY}|\s+the)?"
                        rf"|acting\s+(?:in\s+(?:his|her|their|its)\s+capacity\s+)?as\s+[^,;]{{1,80}}?\s+of"
                        rf"(?:\s+the\s+{_BODY})?"
                        # a signatory "acting for and on behalf of the Nusantara Halal Service Centre"
                        rf"|acting\s+for\s+and\s+on\s+behalf\s+of\s+the)\s+(?=[A-Z])")
# ... or for a body named before it: "President Director of PT Layanan ..., acting for and on behalf of that company".
_ON_BEHALF_OF_IT = re.compile(rf"\b(?:for\s+and\s+)?on\s+behalf\s+of\s+(?:that|the\s+said|the\s+aforesaid|the)\s+{_BODY}\b")
# What a party's representative is called, right before the bracket: "represented by its General
# Manager (the "Bank")" defines the company, whose name stands before "represented".
_REPRESENTED = re.compile(r"\b(?:duly\s+)?represented\s+(?:herein\s+|hereby\s+)?by\b")
# ... where only the representative's title (and name) follows: "represented by its President, Ms Giovanna
# Pirastru (the "Principal")", "represented by its Director acting under the Articles of Association".
_OFFICER_ONLY = re.compile(r"\s+(?:its|their|the)\s+(?:[A-Z][\w-]*\s*){1,4}(?:,\s*(?:Mr|Ms|Mrs|Dr)\.?\s+(?:[A-Z][\w.’'-]*\s*){1,4})?"
                           r"(?:,?\s*acting\s+(?:under|on\s+the\s+basis\s+of|pursuant\s+to|in\s+accordance\s+with)\s+"
                           r"(?:the\s+|its\s+|a\s+)?(?:[\w-]+\s*){1,5})?$")
# (A name in quotes before its form, '"Abşeron Əlaqə Xidmətləri" Limited Liability Company', may hold
# letters outside A-Z.)
_ENTITY_IN = re.compile(
    rf"{_LEGAL_PREFIX}\s*(?:[A-Z][\w&'’-]*\s*){{1,5}}|(?:[\"“„«][^\"“”„«»]{{1,60}}[\"”“»]"
    rf"|(?-i:[A-Z][\w&.'’-]*)(?:\s+(?:{_JOINERS}|[A-Z][\w&.'’-]*)){{0,6}}?),?\s+{LEGAL_SUFFIX}"
)
# ... or a street and its number: "Plaça de Carrilet 1, Tortosa (hereinafter ...)" (not a year: "on 4
# August 2025, CEPA (hereinafter ...)").
_POSTCODE_BEFORE = re.compile(r"(?:(?:,\s*|\b)\d{2,5}(?:[\s-]\d{2,4})?\s+|[A-Za-z]\s+\d{1,3}[A-Za-z]?,\s*)$")
_POST_SOVIET_FORM = (
    r"(?i:Limited\s+Liability\s+Company|(?:Public\s+|Non-Public\s+|Closed\s+|Open\s+)?Joint[\s-]Stock\s+Company"
    r"|(?:Autonomous\s+)?Non-(?:Commercial|Profit)\s+Organi[sz]ation|State\s+(?:Budgetary|Autonomous)\s+Institution"
    r"|(?:Federal\s+|Municipal\s+)?(?:State\s+)?Unitary\s+Enterprise|Limited\s+Liability\s+Partnership"
    r"|(?:Municipal|Communal|State)\s+(?:Enterprise|Institution))")
# (Armenian drafting puts the form after the name: '"Kumayri Bank" closed joint-stock company, a bank ...')
_FORM_QUOTED = (rf"(?:\b{_POST_SOVIET_FORM}\s+[\"“„«][^\"“”„«»]{{1,100}}[\"”“»]"
                rf"|[\"“„«][^\"“”„«»]{{1,100}}[\"”“»]\s+{_POST_SOVIET_FORM}\b)")
_FORM_QUOTED_IN = re.compile(_FORM_QUOTED)
_FORM_THEN_QUOTED = re.compile(_FORM_QUOTED + r"\s*,?\s*$")
# ... or opening its party's paragraph, its particulars after it: 'Municipal Enterprise "Kryvbasliftservis" of the
# Kryvyi Rih City Council, EDRPOU code ..., acting on the basis of the Charter (hereinafter the "Principal")'
_FORM_QUOTED_HEAD = re.compile(r"\s*(?:\(?[a-z0-9]{1,2}[.)]\s*)?(?:and\s+)?" + _FORM_QUOTED)
# (A public body's name keeps its "of": "the Municipality of Kallithea", "Ministry of Health".)
_NAME_BEFORE = re.compile(r"(\bthe\s+)?((?<![\w&.'-])(?:[A-Z][\w&.'-]*,?\s+(?:of\s+(?:the\s+)?(?=[A-Z]))?){0,6}[A-Z][\w&.'-]*\.?)\s*$")
_ENTITY_NAME = re.compile(rf"\s{LEGAL_SUFFIX}$|^{_LEGAL_PREFIX}")


# A company's particulars right after its short name: 'CEPA (hereinafter "Cepa"), CUIT ..., domiciled
# at ..., represented by its attorney-in-fact' describes a party, whatever the short name.
# (Nordic drafting identifies a party by its register number: "Skellefteå Municipality, corporate identity
# number 212000-4817, acting through its Community Planning Board, ... (the "Municipality")".)
_DESCRIBED = re.compile(r"\b(?:represented\s+(?:herein\s+)?by|domiciled|(?:with\s+its\s+)?registered\s+(?:office|address)"
                        r"|incorporated\s+(?:in|under)|having\s+its\s+(?:registered|principal|head)"
                        r"|(?:corporate|company|organi[sz]ation|registration|business)\s+(?:identity\s+)?(?:number|no\.|id|code)"
                        r"|acting\s+through\s+its)\b", re.I)


# A name given in quotes after the company's form: 'the société anonyme under the name "HERMES ..."'.
_UNDER_THE_NAME = re.compile(
    r"\bunder\s+the\s+(?:corporate\s+|business\s+|company\s+)?name\s+[\"“](?P<name>[^\"“”]{2,100})[\"”]")


# What puts an address, not a name, right before a party's bracket: ", of Beach Road", "located at".
# (Also "whose address is Biskupsstøðgøta 3, FO-700 Klaksvík".)
# (A house number may stand before the street: "MODI'IN-MACCABIM-RE'UT MUNICIPALITY, of 1 Dalia Dorner Boulevard".)
_ADDRESS_BEFORE = re.compile(r"(?:,\s*(?:of|at)(?:\s+\d{1,4}[A-Za-z]?)?|\b(?:located|situated|domiciled|based|office)\s+(?:at|in)"
                             r"|\bwhose\s+(?:registered\s+|principal\s+|business\s+)?(?:address|office|seat)\s+is)\s*$")


_ADDRESS_IN = re.compile(r"\b(?:having\s+its\s+(?:registered\s+|principal\s+|head\s+)?office|registered\s+office"
                         r"|head\s+office|located|situated|domiciled)\s+(?:at|in)\b"
                         r"|,\s*of\s+(?:Plot|Stand|Erf|Lot|Unit|Suite|Level|Floor|House|Block)\s")


def _from_inline_roles(text: str, pre: list[Paragraph]) -> list[Candidate]:
    """Parties introduced without "between": 'Acme Corp ("Customer") wishes to engage ...',
    '... provided by GitHub, Inc. ("GitHub")'. A title after "the" ('the GitHub Customer
    Agreement ("Customer")') is not a name: the party is then known by its defined term only."""
    found = []
    for p in pre:
        after = p.start  # a name stands after the previous party's bracket, never inside it
        earlier = len(found)
        for it in find_inline_terms(text, p.start, p.end):
            # A "hereinafter" inside a bracket of particulars ('Ina Valley Shinkin Bank (head office: ...;
            # hereinafter "the Entrusting Party")') defines the name before the bracket.
            at = it.start
            if (opened := text.rfind("(", max(after, p.start), it.start)) != -1 and ")" not in text[opened:it.start]:
                at = opened
            # A long name and its particulars ("Esil Service Centre Limited Liability Partnership, BIN
            # ..., located at ..., represented by ...") may run well before the bracket.
            window_start = max(after, at - 150)
            if not _ENTITY_IN.search(text, window_start, at) and at - 150 > after:
                window_start = max(after, at - 300)
            window = plain(text[window_start : at])
            segment_start, after = after, it.end
            m = _NAME_BEFORE.search(window)
            before = _name(m.group(2)) if m else None
            # Russian drafting names the form, then the name in quotes: 'and Limited Liability Company
            # "Kontakt-Sever", hereinafter referred to as the "Contractor"'.
            if (formed := _FORM_THEN_QUOTED.search(window)) is not None:
                before, m = formed.group(0).strip(" ,"), None
            # The name heads the segment where the capitalised words before the bracket are the party's
            # address: after ", of" ("the TAUTAI AGENCY, a body corporate ..., of Beach Road, Apia (the
            # "Agency")"), or where only the head is a company's name ("... and Sibaya Contact Bureau
            # (Pty) Ltd, a company ..., of 3rd Floor, Nkoyoyo Centre, Manzini (the "Bureau")").
            segment = _name(text[segment_start : at]) if m else None
            if segment and (_ADDRESS_BEFORE.search(window, 0, m.start())
                            or _ENTITY_NAME.search(segment) and not _ENTITY_NAME.search(m.group(2))):
                before = segment
            represented = list(_REPRESENTED.finditer(window))
            # The words before the bracket may be the end of an address: "Tossa Business Services PLC, ...,
            # having its office at Arada Sub-City, Kebele 04, Dessie (hereinafter ...)", "NALUBAALE CONTACT
            # SERVICES LIMITED, a company ..., of Plot 44 Lugogo Bypass, Kampala (the "Service Provider")".
            wide = plain(text[max(segment_start, at - 300) : at])
            address = list(_ADDRESS_IN.finditer(wide))
            tail = _NAME_BEFORE.search(wide) if m is not None and address else None
            if (tail and tail.start() > address[-1].start()
                    and (entities := list(_ENTITY_IN.finditer(wide, 0, address[-1].start())))):
                before, m = entities[-1].group(0).strip(" ,"), None
            elif represented and (ent := _ENTITY_IN.search(window, 0, represented[-1].start())):
                before, m = ent.group(0).strip(" ,"), None
                # (The window may cut the name short: "Co., Ltd." of "Tamna Contact Co., Ltd.", "TAKT d.o.o." of
                # "PETROVARADIN KONTAKT d.o.o. Novi Sad", where the town follows the form.)
                own = _name(text[segment_start : at])
                if own and ent.start() == 0 and (cut := own.rfind(before)) != -1:
                    before = own[: cut + len(before)]
            elif (represented and _OFFICER_ONLY.match(window, represented[-1].end())
                  and (own := _name(text[segment_start : at]))):
                # '... Association, an incorporated association ..., represented by its Chairperson
                # ("Party A")': the officer's title before the bracket is not the party's name.
                before, m = own, None
            # A party paragraph opens with the name and ends with its address ("(1) ACME BANK PLC, a
            # company ... Bristol BS1 4QA (the "Bank")"): the head names the party, not the postcode.
            # (Only for the paragraph's first party: a second one names its own.)
            # (A paragraph that sets the scene first opens the first party at "on the one hand": "In the city of
            # Cuenca, ..., the following parties appear ...: on the one hand, the Ecuadorian Social Security
            # Institute, ..., hereinafter "the Institute"" names no party "In the city of Cuenca".)
            opens = p.start
            if len(found) == earlier and (hands := list(_ONE_HAND.finditer(text, p.start, at))):
                opens = segment_start = hands[-1].end()
            opening = plain(text[opens : at]) if len(found) == earlier else ""
            head = _name(opening) if opening else None
            formed_head = _FORM_QUOTED_HEAD.match(opening) if opening else None
            # (A signatory "acting for and on behalf of Subak Tegal Sari" speaks for the body named.)
            if head and (_ENTITY_NAME.search(head) or _acts_for(opening)):
                before, m = head, None
            # (... and so is a town after its postcode: "Skellefteå Municipality, ..., 931 85 Skellefteå (the
            # "Municipality")" is no party called Skellefteå.)
            elif head and m is not None and _POSTCODE_BEFORE.search(window, 0, m.start()):
                before, m = head, None
            # (... and so are capitalised words after the representative: "the PROVINCIAL COUNCIL OF ÁVILA ...,
            # represented by its President by virtue of ... Law 7/1985 regulating the Bases of the Local Regime
            # (hereinafter the "Contracting Entity")" is no party called "Local Regime".)
            elif head and m is not None and represented and represented[-1].start() < m.start():
                before, m = head, None
            if formed_head is not None:
                before, m = formed_head.group(0).strip(" ,").removeprefix("and ").strip(), None
            # "The Republic of Suriname, ..., having its seat at Paramaribo and lawfully represented by its
            # Director, hereinafter "the Bureau"": particulars before the term describe the party at the head.
            # (So is a party term after an address: "Norfolk Island Visitor Levy and Permits Office, a business
            # unit of ..., of New Cascade Road, Burnt Pine, Norfolk Island 2899 (the "Office")".)
            # (So do they a name taken before its representative: 'The CLINICAL CENTRE OF SUBOTICA, ...,
            # registration number ..., represented by the Director (hereinafter: "the Centre")'.)
            described_before = bool(m is None and (head or before) and _DESCRIBED.search(window))
            if head and m is None and before is None and (described_before or is_party_term(it.terms[0])):
                before = head
            # A name in quotes with its form, its particulars after it: 'limited liability company "Sangzor
            # Aloqa Xizmati", taxpayer identification number ..., represented by its Director (hereinafter ...)',
            # 'and "Darkhan Kholboo Tuv" LLC, state registration number ..., located at ... (hereinafter ...)'.
            if forms := list(_FORM_QUOTED_IN.finditer(text, segment_start, at)):
                before, m = forms[-1].group(0).strip(), None
                described_before = True
            elif before is None and m is None and (quoted := [e for e in _ENTITY_IN.finditer(text, segment_start, at)
                                                              if e.group(0)[0] in "\"“„«"]):
                before = quoted[-1].group(0).strip(" ,")
            # (... or unquoted, after the words of its representative: "the legal representative of the commercial
            # entity SERVICIOS DE ATENCIÓN PANCHOY, SOCIEDAD ANÓNIMA, registered in ..., which in this contract
            # will be called "THE CONTRACTOR"")
            elif before is None and m is None and (named := _ENTITY_IN.search(text, segment_start, at)):
                before = named.group(0).strip(" ,")
            # (Greek drafting: the name in quotes after the company's form, its seat and registry after it.)
            if styled := list(_UNDER_THE_NAME.finditer(text, segment_start, at)):
                before, m = styled[-1].group("name").strip(), None
                described_before = True
            # (A run-in heading is no part of the name: "Parties. AB" of "1. Parties. AB Nemuno ryšiai, ...,
            # represented by ...", where "AB" is the company's form written first.)
            if before and (lead := _RUN_IN_HEAD.match(before)):
                own = _name(text[segment_start : at])
                rest = before[lead.end():]
                before = own if own and own.startswith(rest) else rest
            entity = bool(before and _ENTITY_NAME.search(before))
            # One party may take several names in one bracket: ("we" or "us").
            kept = [(t, w) for t, w in zip(it.terms, it.written, strict=True) if t.lower() not in NOT_PARTIES]
            if not kept:  # ("the "Contract"") after a party's particulars names the contract, not a party
                continue
            described = _DESCRIBED.search(text, it.end, min(p.end, it.end + 200)) is not None
            if not (entity or described or described_before or any(is_party_term(t) for t, _ in kept)):
                continue
            # The party term names the party; a short name beside it ("FASA") is another alias.
            kept.sort(key=lambda tw: not is_party_term(tw[0]))
            term, written = kept[0]
            name = before if before and (entity or m is None or not m.group(1)) else term
            found.append(Candidate(name=name, defined_as=term, written=written, terms=[t for t, _ in kept],
                                    aliases=[a for t, w in kept for a in (t, w)]))
    return found


# A party's term in brackets without quotes, as Australian and some English drafting writes it: right after
# the party's name in the list, its particulars between ("between the Australian Capital Territory (the
# Territory), represented by ..., and Molonglo Contact Solutions Pty Ltd ACN 614 220 583 of Level 4, ...
# (the Contractor)"), or at the end of the party's own paragraph (``_UNQUOTED_ROLE``).
_UNQUOTED_TERM = re.compile(r"\((?:the\s+)?(?P<term>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\)")


def _attach_unquoted_terms(text: str, pre: list[Paragraph], listed: list[Candidate]) -> None:
    """Give each listed party without a defined term the unquoted role term that follows its name
    ("(the Territory)"), where that term names a party and stands before the next party's name."""
    if not pre or not listed or any(c.defined_as for c in listed):
        return
    start, end = pre[0].start, pre[-1].end
    found: list[str] = []
    for c in listed:
        others = [o.name for o in listed if o is not c]
        for occurrence in re.finditer(re.escape(c.name), text[start:end]):
            after = start + occurrence.end()
            stop = min([end, after + 400] + [i for o in others if (i := text.find(o, after, end)) != -1])
            if (m := _UNQUOTED_TERM.search(text, after, stop)) and is_party_term(m["term"]):
                found.append(m["term"])
                break
        else:
            return
    if len(set(found)) != len(found):
        return
    for c, term in zip(listed, found, strict=True):
        c.defined_as, c.written, c.terms = term, f"the {term}", [term]
        c.aliases = [*c.aliases, term, f"the {term}"]


# ... at the end of its own paragraph: "Bluegum Contact Pty Ltd (ABN 17 604 338 921) of 55 Hunter Street ...
# (the Agent)".
_UNQUOTED_ROLE = re.compile(_UNQUOTED_TERM.pattern + r"\s*[.;,]?\s*(?:and)?\s*$")


def _from_unquoted_roles(text: str, pre: list[Paragraph]) -> list[Candidate]:
    """Party paragraphs that end with an unquoted role name: 'Acme Pty Ltd (ABN ...) of ... (the Principal)'."""
    found = []
    for p in pre:
        ptext = plain(text[p.start : p.end])
        m = _UNQUOTED_ROLE.search(ptext)
        if not m:
            continue
        name = _name(ptext[: m.start()])
        # "Maloti Altitude Performance Centre (Pty) Ltd ... (the Centre)": a short name taken from the
        # party's own name is as good as a role word.
        own = bool(name and m.group("term").lower() in name.lower().split())
        # "Bruny Bay Oysters and Cheese Pty Ltd (ACN ...) of ... (the Owner).": the bracket closes the
        # company's paragraph (the pattern ends there).
        if name and name.lower() != m.group("term").lower() and (is_party_term(m.group("term")) or own
                                                                 or _names_company(m.group(0), name)):
            term = m.group("term")
            found.append(Candidate(name=name, defined_as=term, written=f"the {term}", terms=[term],
                                    aliases=[term, f"the {term}"]))
    return found if len(found) >= 2 else []


_ENGAGES = re.compile(
    r"\b(?:engages|appoints|retains|hires|contracts\s+with|commissions)\s+(?P<rest>.{3,200}?)\s+to\s+"
    r"(?:provide|perform|run|operate|deliver|supply|handle|manage|carry\s+out)\b"
)


def _from_engagement(text: str, pre: list[Paragraph]) -> list[Candidate]:
    """Plain names without defined terms: 'Larkspur Insurance Ltd, of ..., engages Orbis Ltd, of ..., to run ...'."""
    for p in pre:
        ptext = plain(text[p.start : p.end])
        m = _ENGAGES.search(ptext)
        if not m:
            continue
        client, provider = _name(ptext[: m.start()]), _name(m.group("rest"))
        if client and provider and client != provider:
            return [Candidate(name=client, aliases=[client]), Candidate(name=provider, aliases=[provider])]
    return []


def _cover_lines(ptext: str) -> list[Candidate]:
    """'Customer: Acme Corp', 'Provider<TAB>Beta Inc.', '| Supplier | Helix CX Ltd |', and the
    cells of a signature table ('Customer: Signature: ...<TAB>Provider: Signature: ...')."""
    cells = [c.strip() for c in re.split(r"\t|\s\|\s|^\||\|$", plain(ptext) if "\t" not in ptext else ptext)]
    cells = [plain(c) for c in cells if c.strip()]
    found = []
    for i, cell in enumerate(cells):
        m = _COVER.match(cell)
        if not m:
            continue
        if m.end() == len(cell) and i + 1 < len(cells):
            value = cells[i + 1]
        elif m.group("colon"):
            value = cell[m.end() :]
        else:
            continue
        nxt = _NEXT_LABEL.match(value)
        value = value[: nxt.start()] if nxt and nxt.start() > 0 else ("" if nxt else value)
        value = value.strip()
        if re.match(r"(?:means|shall|has|is|will|may|must)\b", value) or value[:1].islower():
            continue
        label = m.group("label").strip()
        label = label.title() if label.isupper() else label[0].upper() + label[1:]
        name = label if not value or _PLACEHOLDER.match(value) else _name(value)
        # A pronoun beside a pronoun is a table's header ("| Task | You | Us |"), not a party and its name.
        if not name or name.lower() in _PRONOUNS:
            continue
        # "First Party: Al Wusta ... (hereinafter "the Zone Company")": the party is known by the term
        # it defines for itself; the label stays an alias.
        inline = [t for it in find_inline_terms(value, 0, len(value)) for t in it.terms if t.lower() not in NOT_PARTIES]
        term = inline[0] if inline and label.lower() in AMBIGUOUS_NAMES else label
        names = list(dict.fromkeys([term, label]))
        found.append(Candidate(name=name, defined_as=term, terms=names, source="cover", aliases=list(names)))
    return found


_ENTITY_DEFINITION = re.compile(
    rf"^(?:(?:collectively|together),?\s+)?(?P<n>[A-Z][\w&'-]*(?:[ ,]+[A-Z][\w&'-]*){{0,5}}?,?\s+{LEGAL_SUFFIX}"
    rf"(?:\s+{LEGAL_SUFFIX})?)"  # "Pty Ltd", not "Pty"
)
# A role name used as a name: "Provider will ...", "the Supplier shall ..."; not "a customer",
# "each Provider", nor the first word of another term ("Customer Content").
_USAGE_WORDS = ("Customer", "Client", "Buyer", "Purchaser", "Licensee", "Authority", "Government", "Company",
                "Supplier", "Vendor", "Provider", "Service Provider", "Contractor", "Consultant", "Licensor", "Seller",
                "Partner")
_ROLE_WORD_USE = re.compile(
    r"(?<![Aa] )(?<![Aa]n )(?<![Ee]ach )(?<![Aa]ny )\b("
    + "|".join(sorted(_USAGE_WORDS, key=len, reverse=True))
    + r")\b(?![ \t]+[A-Z])"
)
# A glossary entry that names a capacity either party may hold ("Licensor" means Company or
# Partner, as applicable, when it is providing ...), not a party.
_CAPACITY = re.compile(r"\b(?:as applicable|either party|a party|the party|each party|whichever|the meaning)\b", re.I)


def _fallback(text: str, definitions: list[Definition]) -> list[Candidate]:
    """Parties of standard terms with no preamble: glossary entries naming a legal entity
    ("GitHub" means GitHub, Inc. ...), then role names used as names at least three times."""
    found: list[Candidate] = []
    capacities = {d.term for d in definitions if _CAPACITY.search(d.text)}
    for d in definitions:
        m = _ENTITY_DEFINITION.match(d.text)
        # '"we", "us" and "our" mean Platte Bend Beef Company, a Nebraska corporation': a pronoun's
        # definition names a party, whatever its name ends with; the party is known by the person.
        person = _PRONOUNS.get(d.term.lower())
        name = m.group("n") if m else (_name(d.text) if person else None)
        if name:
            term = person or d.term
            found.append(Candidate(name=name, defined_as=term, terms=[term], source="definition", aliases=[term]))
    body = plain(text)
    counts = Counter(m.group(1) for m in _ROLE_WORD_USE.finditer(body))
    for w, n in counts.most_common():
        if n >= 3 and w not in capacities:
            found.append(Candidate(name=w, defined_as=w, terms=[w], source="usage", aliases=[w]))
    return found


def _merge(groups: list[list[Candidate]], limit_extra: bool) -> list[Candidate]:
    """Candidates in order of trust, one per name or defined term; fallbacks only up to two parties."""
    out: list[Candidate] = []
    keys: set[str] = set()
    for gi, group in enumerate(groups):
        for c in group:
            ks = {k.lower() for k in (c.name, c.defined_as) if k}
            if ks & keys:
                continue
            if limit_extra and gi > 0 and len(out) >= 2:
                return out
            out.append(c)
            keys |= ks
    return out


def _in_lower_case(word: str, text: str) -> bool:
    """Whether ``text`` uses ``word`` in lower case as a word of its own (not in "info@hochalm.at")."""
    return re.search(rf"(?<![\w@./-]){re.escape(word.lower())}(?![\w@/-]|\.\w)", text) is not None


_BODY_OF_PLACE = re.compile(r"(?:[Tt]he\s+)?([A-Z][a-z]+)\s+of\s+(?:the\s+)?[A-Z]")


def _add_aliases(text: str, cands: list[Candidate]) -> None:
    """Short forms the contract uses: "the Bank" beside "Bank", "Acme" for "Acme Bank plc".

    "the X" only for a common-noun term ("the Supplier", not "the GitHub"); a company's first word
    only when the name carries a legal suffix (so "Massachusetts" is not taken for a state office),
    no other party's name starts with it and the contract never writes it in lower case. Each must
    occur more often than the full name.
    """
    first_words = [c.name.split()[0] for c in cands if c.name.split()]
    for c in cands:
        extra: list[str] = []
        for t in c.terms:
            common = is_party_term(t) or any(w.lower() == f"the {t}".lower() for w in c.aliases)
            if common and re.search(rf"\b[Tt]he {re.escape(t)}\b(?![ \t]+[A-Z])", text):
                extra.append(f"the {t}")
        short = re.sub(rf"[, ]+{LEGAL_SUFFIX}$", "", c.name).strip(" ,")
        words = c.name.split()
        options = [short]
        # (not a word the contract also uses in lower case: "Half" of "Half Tree Hollow Contact Limited"
        # would make every "half" a mention of the party)
        first = words[0].strip(",") if words else ""
        if (short != c.name and len(words) > 1 and first.lower() not in _GENERIC_FIRST
                and first_words.count(words[0]) == 1 and not _in_lower_case(first, text)):
            options.append(first)
        for o in options:
            if o and o != c.name and len(o) >= 3 and len(re.findall(rf"\b{re.escape(o)}\b", text)) > text.count(c.name):
                extra.append(o)
        # A public body named "<Body> of <Place>" goes by "the <Body>": "the Municipality" for the
        # "Municipality of Peristeri", whatever term the preamble defines (where the contract says so twice).
        body = _BODY_OF_PLACE.match(c.name)
        if body and not any(body[1] in other.name.split() for other in cands if other is not c):
            if len(re.findall(rf"\b[Tt]he {body[1]}\b(?!\s+of\b)", text)) >= 2:
                extra.append(f"the {body[1]}")
        seen: set[str] = set()
        c.aliases = [a for a in [*c.aliases, *extra] if a != c.name and not (a in seen or seen.add(a))]


_PRONOUNS = {form: person for person, forms in PERSONS.items() for form in (person, *forms)}


def _add_pronouns(definitions: list[Definition], cands: list[Candidate]) -> None:
    """Plain-language terms that define their pronouns ('"we", "us" and "our" mean the Court Services
    Administration, and "you" and "your" mean Blue Mountain Contact Services Limited'); and a party
    called "we" is also "us" and "our" ("our Agent CRM"), one called "you" also "your"."""
    for d in definitions:
        pronoun = _PRONOUNS.get(d.term.lower())
        if pronoun is None:
            continue
        written = re.sub(r"^(?:the\s+)", "", plain(d.text).strip(), flags=re.I)
        head = written.lower()
        # '"You" and "your" mean the Co-operative': a word of one party's name is its short name.
        word = re.match(r"[\w’'-]+(?=\s*(?:[,.;]|$))", written)
        owners = [c for c in cands if word and word.group(0).lower() in c.name.lower().split()]
        for c in cands:
            name = re.sub(r"^(?:the\s+)", "", c.name, flags=re.I).lower()
            short = owners == [c] and not head.startswith(name)
            if (name and head.startswith(name) or short) and pronoun not in c.terms:
                if short and word:
                    c.aliases.extend(a for a in (word.group(0), f"the {word.group(0)}") if a not in c.aliases)
                c.terms.append(pronoun)
                c.aliases.append(pronoun)
                if c.defined_as is None:
                    c.defined_as = pronoun
    for c in cands:
        names = {a.lower() for a in (*c.terms, *c.aliases)}
        for person, forms in PERSONS.items():
            if person in names:
                c.aliases.extend(f for f in forms if f not in names)


def find_parties(
    text: str, paragraphs: list[Paragraph], definitions: list[Definition], hints: RoleHints | None = None
) -> list[Party]:
    """The parties named in the preamble (or, failing that, the glossary), each with a role and its reason.

    Defined terms that are not parties ("Affiliate", "Third Party", "Party", "Parties") are never
    returned. With two parties, a role known for one gives the other the opposite role; with two
    claims of the same role and nothing to tell them apart, both are "unknown".
    """
    pre = _preamble(text, paragraphs)
    listed = _from_party_list(text, pre)
    _attach_unquoted_terms(text, pre, listed)
    covers = [c for p in pre for line in text[p.start : p.end].splitlines() for c in _cover_lines(line)]
    named = [] if listed else _from_inline_roles(text, pre)
    if not listed and len(named) < 2:
        named += _from_unquoted_roles(text, pre)
    engaged = [] if listed or len(named) >= 2 else _from_engagement(text, pre)
    cands = _merge([listed, covers, named, engaged], limit_extra=False)
    if len(cands) < 2:
        cands = _merge([cands, _fallback(text, definitions)], limit_extra=True)
    _add_aliases(text, cands)
    _add_pronouns(definitions, cands)
    assign_roles(text, paragraphs, cands)
    if hints is not None:
        apply_hints(hints, cands)
    return [
        Party(name=c.name, defined_as=c.defined_as, aliases=c.aliases, role=c.role, role_reason=c.reason)
        for c in cands
    ]
