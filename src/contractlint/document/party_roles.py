"""Which party is the client and which the provider.

A decisive defined name settles it ("the Supplier", "the Bank"); else what the whole contract says
the party does ("Helix shall provide the Services", "the Client shall pay the Charges", "A engages
B"); else a usual name ("we", "Company"); else being the other of two parties. The user's
``--client`` / ``--provider`` (``RoleHints``) override all of these. ``parties`` finds the
candidates this module judges.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict
from rapidfuzz import fuzz

from contractlint.document.definitions import plain
from contractlint.document.model import Paragraph, Role
from contractlint.nlp.fastscan import ScanText, finditer_spans

# Defined names and the role they give: 2 = decisive, 1 = usual but yields to context and to
# the other party's decisive name.
ROLE_NAMES: dict[str, tuple[Role, int]] = {
    **{w: ("client", 2) for w in (
        "client", "customer", "bank", "buyer", "purchaser", "authority", "contracting authority", "licensee",
        "insurer", "retailer", "government", "government agency", "principal", "council", "department",
        "commonwealth", "trust", "employer", "the crown", "university", "ministry", "hospital", "school",
        "municipality", "municipal authority",
        # local government by its kind ("Tsukuba City", "Yuseong-gu ... (the "District")", "the Commune")
        "city", "district", "commune", "county",
        # Japanese consignment contracts in translation (委託者 / 受託者): the Consignor consigns the work
        "consignor",
        # French social-security funds (la Caisse primaire d'assurance maladie) and Brazilian municipal autarchies
        "caisse", "autarchy", "autarquia",
        # Brazilian and other civil-law drafting in translation: CONTRATANTE / CONTRATADA; Czech, Slovak
        # and Polish: the Ordering Party (objednatel, objednávateľ, zamawiający)
        "contracting party", "hiring party", "ordering party",
        # ... and the Spanish and Portuguese terms kept as they are: "EL CONTRATANTE", "el Mandante"
        "contratante", "el contratante", "la contratante", "mandante", "el mandante",
        # Swiss and French mandates in translation (le mandant), Chinese and Japanese entrustment contracts,
        # Hungarian drafting's "Orderer" (Megrendelő), East African procurement's "Procuring (and Disposing) Entity"
        "mandator", "entrusting party", "entrustor", "orderer", "procuring entity", "procuring and disposing entity",
        "pde", "procuring agency",
        # an Australian state or territory government contracting as "the Territory"; Polish procurement's
        # "Awarding Entity" (zamawiający)
        "territory", "awarding entity",
        # Spanish public contracts in translation: the "Contracting Entity" (la entidad contratante)
        "contracting entity",
        # the public body in Spanish, Catalan, French and Turkish drafting (la Administración, l'Administration,
        # İdare); the one who commissions the work in Spanish, Italian and Portuguese (el comitente, il committente)
        "administration", "comitente", "la comitente", "el comitente", "committente",
    )},
    **{w: ("provider", 2) for w in (
        "supplier", "vendor", "service provider", "provider", "contractor", "consultant", "seller", "licensor",
        "servicer", "outsourcing provider", "managed service provider", "bpo provider",
        "contact centre provider", "contact centre", "contact center", "call centre", "call center",
        "contracted party", "hired party",
        # ... "EL CONTRATISTA", "la CONTRATADA", "el Prestador"
        "contratista", "el contratista", "contratada", "la contratada", "prestador", "el prestador",
        # Romanian and Moldovan drafting in translation: the Beneficiary engages the Executant; Russian
        # and Azerbaijani drafting: the Customer engages the Executor (or Performer)
        "executant", "executor", "performer",
        # ... le mandataire, the entrusted party (受托方), Hungarian drafting's "Undertaker" (Vállalkozó)
        "mandatary", "entrusted party", "entrustee", "undertaker", "consignee",
        # French public contracts' "titulaire" (the Contract Holder); Brazilian drafting's "Contracted Company"
        "contract holder", "holder", "contracted company",
        # ... "LA PRESTADORA" (the providing company), "la Empresa Prestadora"
        "prestadora", "la prestadora",
    )},
    # "Company" is the engaging side in most consulting and services agreements ("Company" and
    # "Consultant"), but a provider may call itself "the Company" in its own terms.
    "company": ("client", 1),
    # Data-protection roles: the client is usually the controller and the provider its processor.
    "controller": ("client", 1),
    "processor": ("provider", 1),
    # Terms written in the first person ("Wayfarer Roadside Limited (\"we\")") are the provider's
    # own terms of service: "we" provide, "you" receive, unless a role name says otherwise.
    "we": ("provider", 1),
    "us": ("provider", 1),
    "you": ("client", 1),
    # An agency agreement's "Agent" acts for the "Principal": in outsourced customer service, the
    # provider answering in the client's name.
    "agent": ("provider", 1),
    # Bulgarian drafting in translation: the Assignor (Възложител) engages the Executor.
    "assignor": ("client", 1),
    # The one the services are for, in civil-law drafting ("Beneficiarul"); elsewhere also a payee.
    "beneficiary": ("client", 1),
    # Korean drafting in translation names the one who orders the work "Gap" (갑) and the one who does it
    # "Eul" (을).
    "gap": ("client", 1), "party gap": ("client", 1),
    "eul": ("provider", 1), "party eul": ("provider", 1),
}
# Names that mark a party but not its side: "Agency" is the buyer in US federal contracts and the
# provider in staffing or marketing ones; "Partner" is either; "Outsourcer" is used in the UK for
# the party that outsources and elsewhere for the one that takes the work; the "Operator" runs a
# railway, lounge or casino that buys the service as often as it runs the service desk itself.
AMBIGUOUS_NAMES = frozenset(
    # (A public "Office" licenses or levies and buys a helpdesk; a contractor may also call itself one.)
    {"agency", "partner", "outsourcer", "operator", "office", "party a", "party b", "first party", "second party"}
)

# The endings of a company's legal name ("Ltd", "GmbH", "PTY"), which mark a party's full name.
LEGAL_SUFFIX = (
    # (the long forms first: "Esil Service Centre Limited Liability Partnership" ends in all three words)
    r"(?:Limited\s+Liability\s+(?:Partnership|Company)|(?:Public\s+|Private\s+|Closed\s+|Open\s+)?Joint[\s-]Stock\s+Company|JSC"
    r"|Inc|INC|Ltd|LTD|LLC|L\.L\.C|LLP|L\.P|LP|plc|PLC|Plc|Limited|LIMITED|Corp|CORP|Corporation|Co|N\.A"
    # (the longer Latin forms before "S.A": "Contacto Austral Servicios Integrales S.A.S." is no "S.A.")
    r"|S\.A\.S|S\.A\.C|S\.A\.A|S\.A|SA"
    r"|GmbH|AG|B\.V|BV|N\.V|NV|Pty|Incorporated|SE|SAS|S\.p\.A|CORPORATION|INCORPORATED|GMBH|PTY|Pte|PTE|Bhd|BHD"
    r"|DAC|Sdn|SDN|AB|Ab|ASA|AS|A/S|Oy|Ltda|LTDA|Lda|LDA|SRL|S\.R\.L|S\.r\.l|SpA|K\.K|Kft|SL|SLU|EAD|sp\.\s+z\s+o\.o"
    # Central and Eastern Europe, the Baltics, Iberia and Latin America, Indonesia
    r"|d\.o\.o|d\.d|s\.r\.o|a\.s|UAB|SIA|OÜ|Zrt|Nyrt|EOOD|OOD|ApS|KG|S\.L|S\.L\.U|SAC"
    r"|(?i:Sociedad\s+An[oó]nima|Sociedad\s+de\s+Responsabilidad\s+Limitada)|S\.\s*(?i:coop(?:erativa)?)"  # S. Coop.: a co-operative
    r"|S\.\s*de\s+R\.L\.(?:\s+de\s+C\.V)?|S\.A\.\s+de\s+C\.V|Tbk|Oyj|SARL|Sàrl|S\.à\s+r\.l|BVBA|SPRL|Ltée)\b\.?"
)

_CLAUSE_NO = re.compile(r"\W*(?:Clause\s+)?(\d{1,2}(?:\.\d{1,2})+|\d{1,2}(?=[.\s]))")


class RoleHints(BaseModel):
    """The user's word on who is who: ``--client NAME`` / ``--provider NAME`` (a name or defined term)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    client: str | None = None
    provider: str | None = None


@dataclass
class Candidate:
    """A party found in the contract, with the role judged for it and the reason."""

    name: str
    defined_as: str | None = None
    written: str | None = None  # the defined name as the contract writes it: "the Bank"
    terms: list[str] = field(default_factory=list)
    source: str = "preamble"
    aliases: list[str] = field(default_factory=list)
    role: Role = "unknown"
    reason: str = ""
    strength: float = 0  # 3 hint, 2 decisive name, 1.5 what the contract says it does, 1 usual name

    def label(self) -> str:
        return self.written or self.defined_as or self.name


# A role name with the word for a business after it: "the Contractor Company", "the Supplier Firm".
_BUSINESS_AFTER = re.compile(r"\s+(?:company|firm)$")


def _role_name(term: str) -> tuple[Role, int] | None:
    """The role a term gives as written ("Contractor"), or once the word for a business after it is
    dropped ("Contractor Company")."""
    key = term.lower()
    return ROLE_NAMES.get(key) or ROLE_NAMES.get(_BUSINESS_AFTER.sub("", key))


def name_role(c: Candidate) -> tuple[Role, int] | None:
    """The role a candidate's defined name gives, and how decisively (2) or usually (1)."""
    for term in [*c.terms, c.name]:
        if (found := _role_name(term)) is not None:
            return found
    return None


def is_party_term(term: str) -> bool:
    """Whether a defined term names a party ("Supplier", "Agency"), whichever side it is."""
    return _role_name(term) is not None or term.lower() in AMBIGUOUS_NAMES


# Sentences that say who provides and who receives; {P} is the party the evidence is about,
# {O} any party. "(?:\w+\s+){0,2}?" lets "wishes to engage" and "shall promptly provide" through.
# ("shall render customer-service services": the kind of service in lower case too)
_OBJECT = (r"(?:(?:the|all|any|such|its|these)\s+)?"
           r"(?:[A-Z][\w-]*\s+|(?:customer|contact|call|support|help|care)[\w-]*\s+){0,4}"
           r"(?:[Ss]ervices?|Deliverables|Work|Solution)\b")
_FEES = (r"(?:(?:the|all|any|a|an)\s+)?(?:\w+\s+){0,3}?"
         r"(?:Charges?|Fees?|fees?|charges?|Price|Contract Price|invoices?|[Bb]onus(?:es)?)\b")
# A phrase set off by commas after the modal: "The Second Party shall, from the Start Date, operate ...".
_ASIDE = r"(?:\s*,[^,.;]{1,40},)?"
# The modal of a promise, with the plain-English contraction: "You'll answer calls".
_WILL = r"(?:\s+(?:shall|will|must)|['’]ll)"
_EVIDENCE: list[tuple[str, Role]] = [
    # ("undertakes to provide LA COMITENTE with customer care services")
    (r"{P}\s+(?:shall|will|must|agrees\s+to|undertakes\s+to|is\s+to|has\s+agreed\s+to|wishes\s+to|desires\s+to)"
     r"\s+(?:\w+\s+){0,2}?(?:provide|perform|deliver|supply|render|carry\s+out)\s+(?:to\s+{O}\s+|{O}\s+with\s+)?"
     + _OBJECT, "provider"),
    (r"{P}\s+(?:provides|performs|delivers|supplies|renders)\s+" + _OBJECT, "provider"),
    # Customer service is run, operated or answered: "Harbourline will run subscriber care for Tui",
    # "Contractor shall operate a player support center", "You will answer subscriber contacts", "the
    # SERVICE PARTNER shall operate the Crew Helpdesk", "The Operator shall operate for the Bottler a
    # distributor order desk".
    (r"{P}(?:" + _WILL + r"|\s+agrees\s+to|\s+undertakes\s+to)" + _ASIDE + r"\s+(?:\w+\s+)?"
     r"(?:run|operate|staff|answer|handle)\s+(?:for\s+{O}\s+)?"
     r"(?:[\w'’-]+\s+){0,4}?(?i:care|support|centre|center|desk|helpdesk|help\s*line|hotline|line|contacts?|calls?"
     r"|enquiries|inquiries|services?)\b", "provider"),
    # The customer-service work named in lower case: "The Service Company shall provide customer account,
    # billing and outage call handling to the Utility".
    (r"{P}\s+(?:shall|will|must)\s+(?:provide|perform|deliver|render|supply)\s+(?:[\w'’-]+,?\s+){0,8}?"
     r"(?:call|contact|enquiry|inquiry|complaint)\s+handling\s+(?:services\s+)?(?:to|for)\s+{O}(?![\w'’])", "provider"),
    # Work done for the other party: "Hanbit shall handle the following work for Purewell", "you
    # will look after our riders on our behalf"; a contact-centre business: "You run contact centres".
    (r"{P}\s+(?:shall|will|must)\s+(?:handle|perform|carry\s+out|do|undertake)\s+(?:the\s+)?(?:following\s+)?"
     r"(?:work|services?|tasks|activities)\s+(?:for|on\s+behalf\s+of)\s+{O}(?![\w'’])", "provider"),
    # ("You will answer our members' phone, chat and email questions on our behalf")
    (r"{P}" + _WILL + _ASIDE + r"\s+(?:[\w'’-]+,?\s+){1,8}?on\s+(?:{O}['’]?s?|our|its|their)\s+behalf\b",
     "provider"),
    # "The Second Party shall provide, in Arabic and English, the following Services on behalf of the
    # First Party"
    (r"{P}\s+(?:shall|will|must)" + _ASIDE + r"\s+(?:provide|perform|deliver|render|carry\s+out|handle|operate|run)\b[^.;]{0,100}?"
     r"\bon\s+behalf\s+of\s+{O}(?![\w'’])", "provider"),
    (r"{P}\s+(?:runs?|operates?)\s+(?:\w+\s+){0,2}?(?:contact|call|customer\s+service|customer\s+care)\s+cent(?:re|er)s\b",
     "provider"),
    # ... and in the present, as German drafting translated states it: "The Service Company operates on
    # behalf of the Savings Bank the Online Banking Customer Hotline"
    (r"{P}\s+(?:operates|runs|provides|performs|handles|answers)\s+(?:[\w'’-]+\s+){0,8}?on\s+behalf\s+of\s+{O}(?![\w'’])",
     "provider"),
    (r"{O}\s+(?:\w+\s+){0,2}?(?:entrusts?|outsources?|delegates?)\s+(?:[\w'’-]+\s+){0,8}?to\s+{P}", "provider"),
    # translated drafting: "The purpose of this contract is the provision by the Service Company of a helpline"
    # ... "the operation, by the Operator, of the Screening Invitation and Booking Centre"
    (r"\b(?:provision|operation)\s*,?\s+by\s+{P}\s*,?\s+of\s+(?:[\w'’-]+\s+){0,4}?(?i:services?|help\s*line|helpdesk|desk|line|centre|center"
     r"|support|care)\b", "provider"),
    # "The Laboratory wishes the Service Company to operate a results helpline on its behalf"
    (r"{O}\s+(?:wish(?:es)?|wants?|would\s+like|requires?|asks?)\s+{P}\s+to\s+(?:\w+\s+)?"
     r"(?:provide|perform|deliver|operate|run|staff|answer|handle)\b", "provider"),
    # Korean and Japanese drafting in translation: "the entrustment by Gap to Eul of the operation of the
    # customer centre"; "the customer centre operated by Eul at its premises"
    (r"\bentrustment\s+(?:[\w'’-]+\s+){0,6}?by\s+{O}\s+to\s+{P}", "provider"),
    (r"(?i:customer|contact|call|service)\s+(?i:centre|center)\s+operated\s+by\s+{P}", "provider"),
    # "It entrusts Amana, which accepts, with the operation of the desks"
    (r"\bentrusts?\s+{P}(?:\s*,[^,]{1,40},)?\s+with\b", "provider"),
    (r"\b(?:[Ss]ervices?|Deliverables)\s+(?:to\s+be\s+|are\s+|is\s+|being\s+|will\s+be\s+)?"
     r"(?:provided|performed|delivered|supplied|rendered)\s+by\s+{P}", "provider"),
    (r"{O}\s+(?:\w+\s+){0,2}?(?:engages?|appoints?|retains?|hires?|engaged|engaging|appointed|retained|hired)\s+{P}",
     "provider"),
    (r"\b(?:pay|pays)\s+{P}\s+" + _FEES, "provider"),
    # a public contract "was awarded to" the provider
    (r"\b(?:contract|tender|procurement)\s+(?:was|is|has\s+been)\s+awarded\s+to\s+{P}", "provider"),
    (r"{P}\s+(?:shall|will|may)\s+(?:be\s+entitled\s+to\s+)?invoice\b", "provider"),
    (r"{P}\s+(?:\w+\s+){0,2}?(?:engages?|appoints?|retains?|hires?|engaged|appointed|retained|hired)\s+{O}", "client"),
    # (translated drafting states duties in the present: "the Institute pays the Operator a quality bonus")
    (r"{P}\s+(?:(?:shall|will|must|agrees\s+to|undertakes\s+to)\s+pay|pays)\s+(?:to\s+)?(?:{O}\s+)?" + _FEES, "client"),
    (r"\b(?:[Ss]ervices?|Deliverables)\s+(?:\w+\s+)?(?:provided|performed|delivered|supplied|rendered)\s+"
     r"(?:by\s+{O}\s+)?to\s+{P}", "client"),
    (r"{P}\s+(?:\w+\s+){0,2}?(?:receives?|purchases?|procures?|buys?|orders?)\s+" + _OBJECT, "client"),
]


def _alias_re(c: Candidate) -> str:
    names = sorted({c.name, *c.aliases, *(f"the {t}" for t in c.terms)}, key=len, reverse=True)
    # A name written in lower case ("we", "you") opens a sentence with a capital: "You will answer".
    alts = [f"[{n[0].upper()}{n[0]}]{re.escape(n[1:])}" if n[0].islower() else re.escape(n) for n in names if n]
    return r"(?<![\w])(?:" + "|".join(alts) + r")(?![\w])"


def _clause_of(text: str, paragraphs: list[Paragraph], starts: list[int], pos: int) -> str | None:
    """The clause number a paragraph opens with ("3.1 Helix shall ..."), for citing evidence."""
    i = bisect.bisect_right(starts, pos) - 1
    if i < 0 or pos > paragraphs[i].end:
        return None
    m = _CLAUSE_NO.match(text, paragraphs[i].start, paragraphs[i].end)
    return m.group(1) if m else None


_NAME_REACH = 200  # characters either side of a match end where a party's name holding it may start or end


def _context(text: str, paragraphs: list[Paragraph], cands: list[Candidate]) -> list[dict[Role, list[str]]]:
    """For each candidate, quoted evidence of each role, earliest first."""
    starts = [p.start for p in paragraphs]
    any_party = r"(?:" + "|".join(_alias_re(c) for c in cands) + r")"
    evidence: list[dict[Role, list[str]]] = [{"client": [], "provider": []} for _ in cands]
    scan = ScanText(text)
    # Evidence must not end inside a party's name: "The Savings Bank shall provide the Service Company
    # with a forecast" says nothing of "the Service". (Only around each piece of evidence: a list of every
    # name in a 10 MB contract would not fit the memory limit.)
    name_rx = re.compile(any_party)
    for i, c in enumerate(cands):
        for pattern, role in _EVIDENCE:
            rx = re.compile(pattern.replace("{P}", _alias_re(c)).replace("{O}", any_party))
            for a, b in finditer_spans(rx, scan):
                if any(m.start() < b < m.end() for m in name_rx.finditer(text, max(0, b - _NAME_REACH),
                                                                         min(len(text), b + _NAME_REACH))):
                    continue
                quote = plain(text[a:b])
                if len(quote) > 90:
                    quote = quote[:87].rstrip() + "..."
                clause = _clause_of(text, paragraphs, starts, a)
                evidence[i][role].append(f'"{quote}" (clause {clause})' if clause else f'"{quote}"')
    return evidence


_NAMED = {
    "preamble": 'defined as "{}"',
    "definition": 'defined as "{}"',
    "cover": 'named "{}" on the cover page',
    "usage": 'called "{}" throughout the contract',
}
_OTHER: dict[Role, Role] = {"client": "provider", "provider": "client", "unknown": "unknown"}


def assign_roles(text: str, paragraphs: list[Paragraph], cands: list[Candidate]) -> None:
    """A decisive role name wins, then the weight of evidence, then a usual role name; with two
    parties, the weaker claim of a shared role (or a missing one) becomes the other role."""
    evidence = _context(text, paragraphs, cands)
    for c, ev in zip(cands, evidence, strict=True):
        named = name_role(c)
        n_client, n_provider = len(ev["client"]), len(ev["provider"])
        if named and named[1] == 2:
            c.role, c.strength, c.reason = named[0], 2, _NAMED[c.source].format(c.label())
        elif n_client != n_provider:
            c.role = "client" if n_client > n_provider else "provider"
            c.strength, c.reason = 1.5, ev[c.role][0]
        elif named:
            c.role, c.strength = named[0], 1
            c.reason = f'defined as "{c.label()}", a name that usually means the {named[0]}'
    if len(cands) != 2:
        for c in cands:
            if c.role == "unknown":
                c.reason = "no defined role name and no sentence saying who provides the Services"
        return
    a, b = cands
    if a.role == b.role != "unknown" and a.strength == b.strength and a.strength in (2, 1.5):
        # Two names that both usually mean one side ("the Operator" of trains and its "Supplier"),
        # or two parties both said to run something (the provider its contact centre, the client
        # its own urgent line): the weight of what each is said to do decides.
        lean = [len(ev["client"]) - len(ev["provider"]) for ev in evidence]
        if lean[0] != lean[1]:
            client, provider = (a, b) if lean[0] > lean[1] else (b, a)
            ev = evidence[cands.index(provider)]["provider"] or evidence[cands.index(client)]["client"]
            shared = a.role
            client.role, provider.role = "client", "provider"
            client.strength = provider.strength = 1.5
            client.reason = provider.reason = f"both names usually mean the {shared}; {ev[0]}"
            return
    if a.role == b.role == "unknown":
        a.reason = b.reason = "no defined role name and no sentence saying who provides the Services"
    elif a.role == b.role:
        if a.strength == b.strength:
            reason = f"both parties look like the {a.role}"
            a.role = b.role = "unknown"
            a.reason = b.reason = reason
        else:
            weak, strong = (a, b) if a.strength < b.strength else (b, a)
            _set_other(weak, strong)
    elif b.role == "unknown" or a.role == "unknown":
        unknown, known = (a, b) if a.role == "unknown" else (b, a)
        _set_other(unknown, known)


def _set_other(c: Candidate, other: Candidate, why: str = "") -> None:
    c.role = _OTHER[other.role]
    label = other.label() if other.label() != other.label().lower() else other.name  # not "the other party to you"
    c.reason = f"the other party to {label}{why or ', the ' + other.role}"


def _match_hint(hint: str, cands: list[Candidate]) -> Candidate | None:
    def norm(s: str) -> str:
        s = re.sub(rf"[, ]+{LEGAL_SUFFIX}$", "", s.strip(), flags=re.I)
        return re.sub(r"^the\s+|[^\w ]", "", s.lower()).strip()

    best, best_score = None, 0.0
    for c in cands:
        for option in {c.name, *c.aliases, *c.terms}:
            h, o = norm(hint), norm(option)
            score = 90.0 if h and o.startswith(h + " ") else fuzz.ratio(h, o)
            if score > best_score:
                best, best_score = c, score
    return best if best_score >= 85 else None


def apply_hints(hints: RoleHints, cands: list[Candidate]) -> None:
    """Give the candidates the user named their roles (and, with two parties, the other one the other role)."""
    wanted: tuple[tuple[str | None, Role], ...] = ((hints.client, "client"), (hints.provider, "provider"))
    for hint, role in wanted:
        c = _match_hint(hint, cands) if hint else None
        if c is None or c.strength == 3:
            continue
        c.role, c.strength, c.reason = role, 3, f"set by --{role}"
        if len(cands) == 2:
            other = cands[1] if c is cands[0] else cands[0]
            if other.strength < 3:
                _set_other(other, c, f" (set by --{role})")
