"""The contract's own names for the people its customer service serves.

Contracts call them by their trade: "Retailer" means any customer of Qalam that buys for resale,
"Guest" means any person who contacts the Company about a booking. Rules speak of "customer
feedback" or "the customer journey"; the rule language's ``{customer_term}`` slot holds these
defined terms, so that "Retailer feedback" and "the Guest journey" are found as well.
"""

from __future__ import annotations

import re

from contractlint.document.model import Document

# The definition's head is the people served: customers, consumers or callers, or persons or
# individuals described by what they do as customers ("who contacts", "booking", "insured") and
# not by a role on either side ("the individuals engaged by the Provider", "the person appointed").
_QUALIFIER = (r"(?:(?:existing|current|prospective|potential|future|former|residential|domestic|business|retail"
              r"|trade|wholesale|commercial|corporate|private|overseas|foreign|end|natural|legal|or|and)\s+)*")
_SERVED_HEAD = re.compile(
    r"^\W*(?:(?:any|a|an|each|every|all|the)\s+)?" + _QUALIFIER
    + r"(?:customers?|consumers?|callers?|end[\s-]users?|users?|members?\s+of\s+the\s+public)\b"
    # the head itself, not a modifier of something else ("the Customer's platform", "customer data")
    r"(?=\s*(?:$|[,;:.(]|(?:of|who|whom|that|which|or|and|in|on|at|whose|with|for|under|within|holding|using)\b))"
    # people named by what they buy, ship, grow, own or hold from the client ("any overseas or regional
    # purchaser", "any grower registered with the Mill", "a property owner who has a management contract",
    # "any importer, wholesaler or agent authorised by the Principal to buy its products")
    r"|^\W*(?:(?:any|a|an|each|every|all|the)\s+)?(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:purchasers?|buyers?|importers?|wholesalers?|distributors?|resellers?|shippers?|consignors?|investors?"
    r"|growers?|farmers?|smallholders?|owners?|holders?)\b"
    r"(?=\s*(?:$|[,;:.(]|(?:of|who|whom|that|which|or|and|whose|with|registered|holding|having)\b))"
    r"|^\W*(?:(?:any|a|an|each|every|all|the)\s+)?" + _QUALIFIER
    + r"(?:persons?|individuals?|people|anyone|anybody|everyone|someone)(?:\s+or\s+(?:organi[sz]ations?|bod(?:y|ies)|entit(?:y|ies)|businesses?))?\s+"
    r"(?:(?:who|that)\s+(?:(?:is|are)\s+(?:or\s+)?)?(?:asks?|contacts?|calls?|uses?|buys?|purchases?|receives?|holds?|"
    r"appl(?:y|ies|ied)|has\s+applied|books?|travels?|visits?|enquires?|inquires?|seeks?|wishes|requests?|intends?|"
    r"claims?|subscribes?|rents?|orders?|attends?|owns?|lives?|resides?|insured|enrolled|registered)"
    r"|booking|buying|using|holding(?!\s+(?:the\s+|a\s+|an\s+)?(?:roles?|positions?|posts?|offices?)\b)|calling"
    r"|contacting|enrolled|insured|travell?ing|applying|receiving|seeking|visiting|enquiring|inquiring|registered"
    r"|subscribed|renting|ordering|attending|living|residing)\b",
    re.I,
)


def customer_terms(doc: Document) -> list[str]:
    """The defined terms (lower-cased) whose definition names the people the service is for."""
    return sorted({d.term.lower() for d in doc.definitions if _SERVED_HEAD.search(d.text)})
