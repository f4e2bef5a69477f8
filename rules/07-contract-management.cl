pack bpo-contract-management "1.0.0" { description: "Contract management: change control, invoice validation and disputes, term and renewal" }

# ---- vocabularies -------------------------------------------------------------------------------

# A named procedure or instrument through which changes are requested, assessed and agreed.
vocab cm_change_procedure = "change control" | "change control procedure" | "change control process"
                          | "change request" | "change request form" | "change order" | "change note" | "change notice"
                          | "change proposal" | "change authorisation note" | "change authorization"
                          | "contract change note" | "contract change procedure" | "change procedure"
                          | "variation procedure" | "variation form" | "variation request"
                          | "contract variation procedure" | "change management procedure"
                          | "variation order" | "variation note" | "variation notice" | "change form"
                          | "modification procedure" | "amendment procedure" | "modification request"
                          # the procedure written out: "Any modification of the services ... shall follow
                          # this procedure: written request ...; technical report ...; approval ..."
                          # ("Any alteration to the Service, ... follows this procedure: a written request ...")
                          # ("shall be made through a modifying contract, following this procedure: (i) ...")
                          | /\b(?:modification|change|variation|amendment|alteration)s?\s+(?:of|to)\s+(?:the\s+)?(?:services?|scope|agreement|contract|price|prices|fees|charges|service\s+levels)\b[^.;]{0,160}?\b(?:(?:shall|must|will)\s+(?:follow|go\s+through|be\s+made\s+(?:under|by|through))|follows|goes\s+through|following)\s+(?:this|the\s+following)\s+(?:procedure|process|steps)\b/
                          # ... "Any modification shall follow this procedure: proposal of the Contract Management Unit, ..."
                          | /\b(?:any|every|each)\s+(?:modification|change|variation|amendment|alteration)\s+(?:shall|must|will)\s+(?:follow|go\s+through)\s+(?:this|the\s+following)\s+(?:procedure|process|steps)\s*:/

# The procedure written out over a paragraph: a written request for a change, then an assessment of
# its effect ("Any request to modify the services shall be made in writing ... the Holder shall submit a
# note assessing the effect of the modification on resources, cost and timing").
vocab cm_change_request_written = /\b(?:requests?|proposals?)\s+(?:to|for)\s+(?:(?:a|any)\s+)?(?:modif\w*|chang\w*|var\w*|amend\w*)\s+(?:(?:of|to)\s+)?(?:the\s+)?(?:services|scope|agreement|contract|service\s+levels)\b[^.;]{0,80}?\b(?:shall|must)\s+be\s+(?:made|submitted|sent|given)\s+in\s+writing\b/
# ... or asked for in writing: "Any modification of the Services ... shall be requested in writing by the Party that wishes it"
vocab cm_change_request_written += /\b(?:modif\w*|chang\w*|variations?|amendments?)\s+(?:of|to)\s+(?:the\s+)?(?:services|scope|agreement|contract|service\s+levels)\b[^.;]{0,80}?\b(?:(?:shall|must)\s+be|is|are)\s+(?:requested|proposed|submitted|notified)\s+in\s+writing\b/
# ... or sent as a written proposal: "the Party initiating the change sends the other Party a written proposal"
vocab cm_change_request_written += /\b(?:sends?|send|submits?|makes?|gives?|delivers?)\s+(?:to\s+)?(?:the\s+other(?:\s+party)?\s+)?(?:a\s+)?written\s+(?:change\s+)?(?:proposal|request|notice)\b/
# ... or a step of the procedure: "written request from the Party initiating the change; impact study ..."
vocab cm_change_request_written += /\bwritten\s+(?:change\s+|amendment\s+|modification\s+|variation\s+)?(?:request|proposal)\s+(?:from|by)\s+(?:the\s+)?(?:party|parties|either\s+party)\s+(?:initiating|proposing|seeking|requesting|wishing)\b/
# ("shall follow the Procedimiento de Modificaciones: written request of either Party, impact assessment ...")
  | /\bwritten\s+(?:change\s+|amendment\s+|modification\s+|variation\s+)?(?:request|proposal)\s+(?:of|from|by)\s+either\s+party\b/
# ... or the steps listed after a colon: "Any modification of the services ... is made in accordance with the
# review clause of Article 13: written request, impact analysis by the Contract Holder ..., approval ..."
  | /\b(?:modif\w*|chang\w*|variations?|amendments?|alterations?)\s+(?:of|to)\s+(?:the\s+)?(?:services|scope|agreement|contract|service\s+levels|prices?)\b[^.;]{0,120}?:\s*(?:an?\s+|the\s+)?written\s+(?:change\s+)?(?:request|proposal)\b/
# ... or preceded by one: "Any amendment to the services ... shall be preceded by a written request"
# ("Any modification of this Agreement, including of the service levels, ..., shall be the subject of a
# written request from the requesting Party")
vocab cm_change_request_written += /\b(?:modif\w*|chang\w*|variations?|amendments?)\s+(?:of|to)\s+(?:the\s+|this\s+)?(?:services|scope|agreement|contract|service\s+levels)\b[^.;]{0,80}?\b(?:shall|must)\s+be\s+(?:preceded\s+by|based\s+on|initiated\s+by|the\s+subject\s+of)\s+(?:a\s+)?written\s+(?:change\s+)?(?:request|proposal|application)\b/
# ... or required by the change itself: "Any alteration of the object, the service levels or the price requires
# a written proposal by either party", "The contract may be amended only ...: on a written request of either party"
vocab cm_change_request_written += /\b(?:alterations?|modif\w*|chang\w*|variations?|amendments?)\s+(?:of|to)\s+[^.;]{0,80}?\b(?:requires?|needs?|shall\s+require|is\s+subject\s+to)\s+(?:a\s+)?(?:prior\s+)?written\s+(?:proposal|request)\b/
  | /\b(?:amended|modified|varied|altered|changed)\s+only\b[^.;]{0,80}?\b(?:on|upon|following|after|by)\s+(?:a\s+)?written\s+(?:request|proposal)\b/
# ("Each party may request changes to the services in writing")
vocab cm_change_request_written += /\brequest\s+(?:changes?|modifications?|variations?|amendments?)\s+(?:to|of|in)\s+(?:the\s+)?(?:services|scope|agreement|contract|service\s+levels)\s+in\s+writing\b/
vocab cm_impact_assessed = "impact assessment" | "impact analysis" | "impact note" | "impact statement" | "impact study"
  # "an offer describing the effects on the services, the service levels, the prices and the deadlines"
  | /\b(?:offer|proposal|quotation|quote|estimate)\s+(?:describing|setting\s+out|showing|stating|specifying)\s+(?:the\s+|its\s+)?(?:effects?|impacts?|consequences)\s+on\b/
  | "impact report"
  # French public drafting: "the Holder shall submit its technical and financial proposal within ten (10) days"
  | /\btechnical\s+and\s+financial\s+(?:proposal|offer|assessment|evaluation)\b/
  # "a written request ..., stating the proposed wording of the amendment, its justification and its effect on the remuneration"
  # ("The Contract Holder states its impact on price, staffing and timetable within ten (10) Working Days")
  | /\b(?:stat(?:ing|es?)|setting\s+out|sets?\s+out|showing|shows?|describ(?:ing|es?)|specif(?:ying|ies|y))\b[^.;]{0,80}?\b(?:its|the)\s+(?:effects?|impacts?|consequences)\s+on\s+(?:the\s+)?(?:remuneration|price|prices|fees?|charges|service\s+levels|services|costs?)\b/
  # the study and its subject apart: "a study by the Joint Working Committee, within ten (10) days, of
  # the effect of the change on cost and staffing"
  | /\b(?:study|assessment|evaluation|analysis|estimate)\b[^.;]{0,80}?\bof\s+the\s+(?:effects?|impacts?|consequences)\s+of\s+the\s+(?:proposed\s+)?(?:change|modification|variation|amendment|request)\b/
  # "an assessment of its impact on the organisation of the Services, on the delays and on the price"
  | /\b(?:assessment|evaluation|analysis|estimate)\s+of\s+(?:its|their|the)\s+(?:effects?|impacts?|consequences)\s+on\b/
  # "shall assess its impact on cost, staffing and timetable", "state the effect of the change on charges"
  # a reply that gives it: "shall study the request and reply within fifteen (15) days with its effect on the cost"
  | /\b(?:with|stating|giving|setting\s+out|indicating)\s+(?:its|their|the)\s+(?:effects?|impacts?|consequences)\s+on\s+(?:the\s+)?(?:costs?|price|prices|charges|fees|remuneration|staff\w*|organi[sz]ation|timetable|schedule|resources)\b/
  # (with its deadline between: "shall state within seven (7) days the effect of the requested change on its fees")
  | /\b(?:assess\w*|evaluat\w*|analys\w*|stat(?:e|es|ing)|estimat\w*)\s+(?:in\s+writing,?\s+)?(?:within\s+[^.;]{1,30}?\s+)?(?:its|their|the)\s+(?:effects?|impacts?|consequences)\s+(?:of\s+(?:the\s+|that\s+|such\s+|any\s+)?(?:requested\s+|proposed\s+)?(?:modification|change|variation|amendment|request)s?\s+)?on\s+(?:the\s+|its\s+|their\s+)?(?:costs?|price|prices|charges|fees|staff\w*|service\s+levels|timetable|schedule|resources)\b/
  | /\b(?:assess\w*|evaluat\w*|analys\w*)\s+(?:of\s+)?(?:the\s+)?(?:effects?|impacts?|consequences)\s+of\s+(?:the\s+|that\s+|such\s+|any\s+|each\s+)?(?:modification|change|variation|amendment|request)s?\b/
# An article on changes, by its heading ("Article 10 - Modification of the Services", "Change Control").
vocab cm_change_heading = /\b(?:change|changes|modification|modifications|variation|variations|amendment|amendments)\b/

# The public-sector steps of a change in one sentence: a written request, the opinion of a named body, and
# a written addendum ("requires a written proposal by either party, an opinion of the Follow-up Commission,
# a decision of the Administrative Council and a written addendum").
vocab cm_change_assessed_by = cm_impact_assessed
  | /\b(?:opinion|assessment|evaluation|recommendation|report)\s+(?:of|by|from)\s+the\s+(?-i:(?:[A-Z][\w-]*\s+){0,4}(?:Commission|Committee|Board|Council|Group|Panel|Forum|Manager|Officer))\b/
vocab cm_written_instrument = /\bwritten\s+(?:addend(?:um|a)|amendments?|variations?|riders?|supplements?|additional\s+agreements?)\b/
  | /\b(?:addendum|amendment|rider|variation)\s+signed\s+by\s+(?:both|the)\s+parties\b/

# Words that put the procedure to work (rather than merely naming it in a list of schedules).
vocab cm_change_use = "in accordance with" | "pursuant to" | "under" | "through" | "using" | "subject to"
                    | "submit" | "submitting" | "approved" | "agreed" | "signed" | "raise" | "request"
                    | "impact assessment" | "impact analysis" | "means the procedure" | "procedure set out"
                    | "only" | "follow"

vocab cm_placeholder = "intentionally left blank" | "not used" | "to be agreed" | "not applicable"
                     | /\[\s*reserved\s*\]/ | exact "TBC" | exact "TBA"

# "the pendency of the dispute resolution" names the contract's general process, not a disputed bill.
# (A query of an invoice, not "Licence invoicing queries" as a kind of customer contact.)
vocab cm_dispute = /\bdisput(?:e|es|ed|ing)\b(?!\s+resolution\b)/ | "disagreement" | "disagree"
                 | /\b(?:query|queries|queried|querying)\s+(?:any|the|an|each|such|that|this|its|all|part)\b/
                 | /\bquer(?:y|ies)\s+(?:about|on|regarding|concerning|in\s+respect\s+of|relating\s+to)\s+(?:an?|the|any|its)\b/
                 | "contest" | "challenge" | "object to"
                 | /\breject(?:s|ed|ing)?\s+(?:an?|the|any|each|such)\s+(?:[\w-]+\s+)?invoices?\b/
                 # Nordic drafting: "Complaints about an invoice shall be made in writing within fourteen days"
                 | /\bcomplaints?\s+(?:about|concerning|regarding|against|on)\s+(?:an?|the|any)\s+invoices?\b/
                 # Chilean drafting: "may claim against the content of any invoice within eight days"
                 | /\bclaim\s+against\s+(?:the\s+content\s+of\s+)?(?:any|an|the|each)\s+invoices?\b/
                 # Latin American drafting: "may make observations on any invoice", "the observed amount"
                 | /\b(?:make|makes|raise|raises|submit|submits|formulate)\s+(?:an?\s+|any\s+)?observations?\s+(?:on|about|regarding|to)\b/
                 # Finnish drafting: "shall make any remarks about an invoice within fourteen days"
                 | /\bremarks?\s+(?:about|on|concerning|regarding|against)\s+(?:an?|the|any|each)\s+invoices?\b/
                 # ... or "may observe the invoice within ten días hábiles of receipt" (observar la factura)
                 | /\bobserv(?:e|es|ed|ing)\s+(?:an?|the|any|each|such)\s+invoices?\b/
                 | "observed amount"
                 # plain English: "If we think an invoice is wrong we tell you within fifteen days"
                 # ... "If we think a line on a bill is wrong, we'll tell you within 20 days"
                 | /\b(?:think|thinks|believe|believes|consider|considers|find|finds)\s+(?:that\s+)?(?:an|the|any|a)\s+(?:(?:line|item|amount|charge|figure)\s+(?:on|in)\s+(?:an?|the|any|our|your|its|their)\s+)?(?:invoice|bill)\s+(?:is|was)\s+(?:wrong|incorrect|inaccurate|in\s+error|not\s+right)\b/
                 # "If something in an invoice looks wrong, we can question it"
                 | /\b(?:question|questions|questioned)\s+(?:it|them|the\s+(?:invoice|charge|amount|item)s?|any\s+(?:invoice|charge|amount|item)s?)\b/
                 | /\binvoice\s+(?:looks|seems|appears)\s+(?:wrong|incorrect|inaccurate)\b/
                 # Russian drafting's acceptance act, refused with reasons: "the Fund shall sign the certificate or
                 # send a reasoned refusal stating the deficiencies"
                 | /\bsigns?\s+the\s+(?:acceptance\s+)?(?:certificate|act)\s+or\s+(?:send|sends|issue|issues|give|gives)\s+(?:a\s+)?(?:reasoned|motivated|written)\s+refusal\b/

# What the provider charges the client. Not "bill", "billing" or "payment": in a customer-service
# contract those are mostly the end customer's (a disputed bill or a disputed card payment is a
# contact the provider handles, not an invoice dispute between the parties).
# The invoices of the people the desk serves, whose disputes the desk handles: "route supplier invoice
# disputes raised by Fleet Suppliers to the Cannery's accounts payable team" (not the provider's own).
vocab cm_others_invoice = /\b(?:suppliers?|vendors?|fleet)['’]?\s+(?:invoice|bill)s?\s+disput\w*/
  | /\bdisput\w*\s+raised\s+by\s+(?:the\s+)?(?!{client}\b)(?!{provider}\b)(?:[\w-]+\s+)?(?:suppliers?|vendors?|{end_customer})s?\b/
vocab cm_billed = "invoice" | "invoiced" | "invoices" | exact "billed" | "charges" | "fees"
                # (post-Soviet drafting bills by the act of acceptance of the services)
                | "acceptance certificate" | "acceptance act" | "certificate of acceptance" | "act of acceptance"
                | "tax receipt" | "tax receipts" | "fiscal receipt" | "fiscal receipts" | /(?-i:\bCFDIs?\b)/
                | "billing statement" | "billing statements" | "statement of account"
                # plain English: "a line on a bill", "your monthly bill" (not a bill of lading or of materials,
                # nor "a cardholder disputes a payment or a bill", the customer's own)
                | /\b(?:your|our|its|their|each|every|this|that|monthly)\s+bills?\b(?!\s+of\b)/
                | /\b(?:line|item|amount|charge|figure)s?\s+(?:on|in)\s+(?:an?|the|any|your|our|its|their)\s+bills?\b/
                | /\b(?:an?|the|any)\s+bills?\s+(?:is|was|are)\s+(?:wrong|incorrect|inaccurate|in\s+error|not\s+right)\b/
                | "amount" | "amounts" | "sum" | "sums"
                # "may contest any item in writing within twenty days of receipt", "may dispute individual items"
                | /\b(?:any|each|an|that|individual|the\s+disputed|the\s+contested)\s+(?:line\s+)?items?\b/

# A dispute named only to take away the client's remedy: a waiver of the right to withhold, set off
# or dispute, or payment due "notwithstanding any dispute" / "whether or not disputed". That is the
# opposite of an invoice dispute process.
vocab cm_dispute_waived = /\b(?:waive[sd]?|waiving|give[sn]?\s+up|giving\s+up|gave\s+up|relinquish(?:es|ed|ing)?|forgo(?:es|ne)?|forego(?:es|ne)?|surrender(?:s|ed)?)\s+(?:any|all|each|every|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:rights?|entitlements?|remed(?:y|ies))\s+(?:[\w-]+\s+){0,3}?(?:withhold|hold\s+back|set[- ]?off|deduct|dispute|contest|challenge|query|object|refuse)/
                        | /\b(?:notwithstanding|regardless\s+of|irrespective\s+of|despite)\s+(?:any|a|the\s+existence\s+of\s+any)\s+(?:[\w-]+\s+){0,2}?(?:dispute|disagreement|query)/
                        # "A disagreement about an invoice does not entitle the Council to withhold or defer payment."
                        # (matched before the negation, which hides what it covers)
                        | /\b(?:disagreement|dispute|query)\s+(?:about|over|concerning|regarding|on)\s+(?:an?|the|any)\s+invoice(?=\s+(?:does|shall|will)\s+not\s+entitle\b[^.;]{0,40}?\bto\s+(?:withhold|defer|delay|set\s+off|suspend|reduce)\b)/
                        | /\b(?:whether\s+or\s+not|even\s+if|even\s+where)\s+(?:[\w-]+\s+){0,3}?(?:disputed|contested|queried|challenged)\b/
                        # "If you think an invoice is wrong, you must still pay it in full by the due date"
                        | /\b(?:must|shall|will)\s+still\s+pay\s+(?:it|them|the\s+invoice|the\s+amount|the\s+fees)?\s*(?:in\s+full)?\b/
                        # paid "in full ..., without dispute, deduction or set-off"
                        # "the First Party waives any objection to the amounts invoiced"; "Invoices shall be
                        # deemed accepted upon receipt"
                        | /\b(?:waive[sd]?|waiving|give[sn]?\s+up|relinquish(?:es|ed|ing)?|forgo(?:es|ne)?)\s+(?:any|all|each|every|its|their|the)\s+(?:[\w-]+\s+)?(?:objections?|challenges?|disputes?|contests?|quer(?:y|ies))\b/
                        | /\b(?:invoices?|bills?|statements?)\s+(?:shall|will)\s+be\s+deemed\s+(?:accepted|approved|agreed)\s+(?:up)?on\s+(?:receipt|delivery|issue)\b/
                        # "each invoice shall be conclusive and not open to challenge"
                        | /\bnot\s+(?:be\s+)?(?:open|subject|liable)\s+to\s+(?:any\s+)?(?:challenge|dispute|query|question|contest)\b/
                        | /\bwithout\s+(?:any\s+)?(?:dispute|query|challenge|contest)\s*(?:,|or|and)\s*(?:[\w-]+\s*(?:,|or|and)\s*){0,3}?(?:deduction|set-?off|withholding|counterclaim)/
                        # "without set-off or withholding, including on account of any query about the invoice"
                        | /\bincluding\s+on\s+account\s+of\s+any\s+(?:query|dispute|challenge)\b/

vocab cm_invoice = "invoice" | "invoices" | "invoiced" | "invoicing" | "statement of charges"
  # the invoice under its local names: Mexico's "digital tax receipt (CFDI)", Brazil's "nota fiscal",
  # India's monthly "bill" ("shall verify each bill against the attendance sheet")
  | "tax receipt" | "tax receipts" | "fiscal receipt" | "fiscal receipts" | "tax invoice" | "tax invoices"
  # Ukrainian and Russian drafting bills on a signed act: "the act of services rendered", "the acceptance act"
  | /\bacts?\s+of\s+(?:services?\s+rendered|acceptance(?:\s+of\s+(?:the\s+)?services?)?|completed\s+(?:works?|services?))\b/
  | "acceptance act" | "acceptance acts"
  # Turkish and FIDIC-style drafting bill on a progress payment report or a payment certificate
  | /\bprogress\s+payment\s+(?:reports?|certificates?|statements?)\b/ | /\b(?:interim\s+)?payment\s+certificates?\b/
  | /(?-i:\bCFDIs?\b)/ | "nota fiscal" | "notas fiscais"
  | /\b(?:each|every|any|the\s+corrected|monthly|its|their)\s+bills?\b(?!\s+of\b)/
vocab cm_sent_back = /\b(?:return|send\s+back|reject)\w*\s+(?:it|them|the\s+invoices?|such\s+(?:an?\s+)?invoices?|that\s+invoice|any\s+invoice)\s+(?:to\s+(?:the\s+)?[\w-]+\s+)?(?:[\w-]+\s+){0,4}?for\s+(?:correction|amendment|completion|rectification|re-?issue)\b/
  # ... or with the objections or reasons: "may return any bill with written objections", "may reject it,
  # stating the reasons in writing"
  | /\b(?:return|send\s+back|reject)\w*\s+(?:it|them|(?:the|any|each|such|that)\s+[\w-]+)(?:\s+(?:that|which)\s+[^,;.]{1,40})?,?\s+(?:to\s+(?:the\s+)?[\w-]+\s+)?(?:with|stating|giving|setting\s+out)\s+(?:(?:an?|its|their|the|written|reasoned|specific)\s+)*(?:objections?|reasons|comments|queries|refusal)\b/
# Brazilian and other Latin drafting bills on a monthly "measurement" that details what was done: "submit the
# measurement of the previous month, indicating the PAs in operation per day, ..., together with the
# corresponding invoice".
vocab cm_measurement_detail = /\bmeasurement\s+(?:of\s+(?:the\s+)?(?:previous|preceding|past|prior)\s+month\s*,?\s+|of\s+the\s+services\s*,?\s+)?(?:indicating|showing|itemi[sz]ing|detailing|listing|setting\s+out|specifying|stating)\b/

# Specific words only: a generic word ("includes", "detailed") would also match every defined term
# whose definition opens with it.
vocab cm_breakdown = /\bbreakdown\s+(?:of|by|per|showing)\b/
  | /\b(?:itemi[sz]ed|detailed|full|cost|price|pricing|charges?|fee|line[\s-]by[\s-]line)\s+breakdown\b/
# (A "breakdown" is the invoice's only when it breaks something down: a lift breakdown line is no detail.)
vocab cm_invoice_detail = "itemise" | "itemised" | "itemize" | "itemized" | cm_breakdown | "broken down"
                        # "Each invoice shall list every Call-Out dispatched by date"
                        | /\b(?:shall|will|must)\s+(?:list|itemi[sz]e|enumerate)\b/
                        # "The invoice shall specify the number of callback requests handled on each day"
                        | /\b(?:shall|will|must)\s+(?:specify|show|state|set\s+out|detail)\s+(?:the\s+)?(?:number|volume|quantity|count|hours?|breakdown)\s+of\b/
                        # "an invoice monthly, with an annex listing the Order Lines processed"
                        | /\bwith\s+(?:an?\s+)?(?:annex|schedule|attachment|appendix|statement)\s+(?:listing|showing|itemi[sz]ing|detailing|setting\s+out)\b/
                        | "supporting documentation" | "supporting information" | "supporting evidence"
                        | "supporting detail" | "supporting data" | "supported by" | "accompanied by"
                        | "reasonable detail" | "sufficient detail" | "verify" | "verification"
                        | exact "validate" | exact "validated" | exact "validation" | "reconcile" | "reconciliation"
                        # (an invoice that "shall show the abatement" shows a credit, not the detail to check)
                        | "review and approval" | "approves the invoice" | "approve the invoice"
                        | /\bshall\s+show\b(?!\s+(?:the\s+|any\s+)?(?:abatement|credit|service\s+credit|deduction|reduction)s?\b)/
                        # "The First Party shall check each invoice against the Order Book"
                        | /\b(?:check|checks|checked|checking)\s+(?:each|every|the|all|any|its)\s+(?:[\w-]+\s+)?invoices?\s+against\b/

# The contract by another name it gives itself: "This charter runs for three years", "this Deed".
vocab contract_self = "agreement" | "contract" | /\bthis\s+(?:charter|deed|memorandum|protocol|instrument)\b/
vocab cm_contract = "agreement" | "contract" | "term" | "terms" | "period" | "periods" | "year" | "years"
                  | "months" | "season" | "seasons"

# What may be extended: the contract or its term, not some other period ("extend the Test Plan").
# (The "no automatic extension" before it is a negation, which the rules do not match inside.)
vocab cm_no_extension = /\b(?:any|an)\s+(?:extension|renewal|prolongation)\s+(?:shall|will|may|would)\s+(?:depend\s+(?:on|upon)|require|be\s+subject\s+to|only\s+be\s+(?:made|possible)\s+by)\s+(?:an?\s+|the\s+)?(?:amendment|new\s+agreement|(?:separate\s+|written\s+)?agreement)\b/
vocab cm_term_heading = "term" | "duration" | "renewal" | "extension" | "period of the contract" | "validity"
vocab cm_extendable = "agreement" | "contract" | "term" | "initial term" | "contract period" | "initial period"
                    | "call-off contract" | "subscription"
                    # "extend it by two further years": a pronoun object standing for the term just stated.
                    | /\b(?:it|this)\b(?=\s+(?:once\s+|twice\s+)?(?:by|for)\b)/
                    # ... or as the subject: "It shall be extended for a further two seasons"
                    | /\b(?:it|this)\b(?=\s+(?:shall|will|may)\s+be\s+(?:automatically\s+|tacitly\s+)?extended\b)/

vocab cm_renewal_phrase = "renewal term" | "renewal period" | "extension period" | "extension term"
                        | "non-renewal" | "renewal review"
                        # post-Soviet drafting's prolongation: "It is prolonged for each following calendar year unless a
                        # Party notifies the other of refusal of prolongation"
                        | /\b(?:is|are|shall\s+be|will\s+be)\s+(?:automatically\s+|tacitly\s+)?prolonged\b/ | "prolongation"
                        # New Zealand and Australian drafting: "The Council has two rights of renewal, each for a
                        # further term of one year"
                        # (not the boilerplate "Any discretionary or vested right of renewal notwithstanding, ...")
                        | /\b(?:has|have|holds?|grants?|granted|exercises?|exercise|an?|one|two|three|the)\s+(?:[\w-]+\s+)?(?:rights?|options?)\s+(?:of|to)\s+(?:renewal|renew|extension|extend)\b(?!\s+notwithstanding)/
                        # "recommend to the parties whether to renew"
                        | /\bwhether\s+(?:or\s+not\s+)?to\s+renew\b/
                        # "the Strategic Steering Committee shall examine the annual evaluation report ... and give
                        # its opinion on renewal"
                        | /\b(?:opinion|decision|recommendation|view|advice)\s+(?:on|about|regarding|as\s+to)\s+(?:the\s+|its\s+|any\s+)?(?:renewal|extension)\b/
                        # ... "the Council shall decide on extension within one month after that review"
                        | /\bdecides?\s+(?:on|about|upon)\s+(?:the\s+|its\s+|any\s+|each\s+|an\s+)?(?:renewal|extension)\b/
                        | "auto-renew" | "automatic renewal"
                        # the contract itself extendable: "The Contract is concluded for 24 months and may be
                        # extended once for 12 months"
                        # (not "may be extended as the Parties may agree", an agreement to agree)
                        | /\b(?:contract|agreement)\b[^.;]{0,90}?\band\s+(?:may|can|shall|will)\s+be\s+(?:extended|renewed|prolonged)\b(?!\s+(?:as|if|when|where|should)\s+(?:the\s+parties|both\s+parties|they)\s+(?:may\s+|so\s+)?agree)/
                        # "It then continues Season by Season unless either party gives written notice"
                        | /\bcontinues?\s+(?:season|year|month|term)\s+by\s+(?:season|year|month|term)\b/
                        # "It is extended once, by two years, unless either party gives notice"
                        | /\bit\s+(?:is|shall\s+be|will\s+be)\s+(?:automatically\s+|tacitly\s+)?(?:extended|renewed)\s+(?:once|twice|(?:by|for)\s+(?:a\s+further\s+|another\s+|(?:one|two|three|four|five|\d+)\s+(?:further\s+)?)?(?:years?|terms?|periods?))\b/
                        # "It then rolls over for another year each time, unless either of us gives ... notice"
                        | /\b(?:rolls?|rolled|rolling)\s+over\s+for\s+(?:a\s+|an\s+|another\s+|one\s+|further\s+)?(?:further\s+)?(?:year|term|period|season|\d+|[a-z]+\s+(?:years?|months?))\b/
                        # "use it to decide ... whether the Agreement should continue"
                        | /\bwhether\s+(?:the|this)\s+(?:agreement|contract)\s+(?:should|shall|will|is\s+to)\s+(?:continue|be\s+renewed|be\s+extended)\b/
                        # translated drafting: "the Contract is deemed prolonged for each following year"
                        | /\b(?:deemed|automatically|tacitly)\s+(?:prolonged|extended|renewed)\b/
                        # "It then continues for one further period of two years unless ..."
                        | /\b(?:continues?|continued|extended|renews?|renewed)\s+for\s+(?:one|a|an|two|three|\d+)\s+further\s+periods?\b/
                        # "It is then extended each time by one year unless ...", as Dutch drafting translated has it
                        | /\b(?:extended|renewed|prolonged)\s+(?:each\s+time\s+|every\s+time\s+|successively\s+)?(?:by|for)\s+(?:one|a|an|two|three|\d+)\s+(?:\(\d+\)\s+)?(?:further\s+)?(?:years?|months?)\b/
                        # "It shall be extended for successive periods of one (1) year unless ..."
                        | /\b(?:continues?|continued|extended|renews?|renewed)\s+for\s+(?:successive|consecutive|subsequent|further|additional)\s+periods?\b/
                        # plain English: "After that it carries on from year to year unless ..."
                        # ... "After that it carries on for one year at a time, unless ..."
                        | /\b(?:carr(?:y|ies)\s+on|continues?|rolls?\s+over|runs?\s+on)\s+(?:from\s+)?(?:year\s+to\s+year|year\s+by\s+year|month\s+to\s+month|for\s+(?:one|a|an|two|\d+)\s+(?:years?|months?)\s+at\s+a\s+time)\b/

# What gives the parties a decision point before renewal: a notice window, a review, an option.
vocab cm_renewal_check = "notice" | "notify" | "notifies" | "notification" | "non-renewal" | "not to renew"
                       | "review" | "elect" | "election" | "option" | "agree" | "evaluate" | "assess"
                       | "assessment" | "evaluation" | "appraisal"
                       # "by mutual written agreement of the parties reached not later than three (3) months before"
                       | /\bagreement\s+(?:of\s+the\s+parties\s+)?reached\b/
                       # "decide on each extension at a meeting of the Joint Committee held no later than four
                       # months before the expiry"
                       | "meeting"
                       | "decide" | "decision" | "consider" | "recommendation" | "discuss"
                       # plain English: "unless either of us tells the other ... that we don't want to renew"
                       | /\b(?:don['’]t|do\s+not|doesn['’]t|does\s+not)\s+want\s+(?:it\s+)?to\s+(?:renew|continue|go\s+on)\b/
                       | /\btells?\s+(?:the\s+other|us|you)\b/
                       # "renewed by tacit agreement ..., unless terminated by either Party by registered letter"
                       | /\bunless\s+(?:it\s+is\s+)?(?:terminated|denounced|cancell?ed|ended)\s+by\s+(?:either|any|one|the\s+other)\s+party\b/
                       # "... unless either Party terminates it by registered letter ... three months before expiry"
                       | /\bunless\s+(?:either|any|one|the\s+other)\s+party\s+(?:terminates|ends|cancels|denounces)\b/
                       # "If neither Party declares its termination thirty (30) days before the expiry"
                       | /\bif\s+neither\s+party\s+(?:declares?|gives?|serves?|sends?)\s+(?:its|the|a|any)\s+(?:termination|non-renewal|withdrawal|notice)\b/
                       # civil-law drafting: "unless either Party opposes renewal by registered letter"
                       | /\b(?:oppos\w*|object\w*\s+to|denounc\w*)\s+(?:(?:the|its|any|tacit)\s+)?(?:renewal|extension|prolongation)\b/
# A point in time before the term ends: "no later than three months before it expires", "not later
# than four months before the end of the initial duration".
# ("No later than three months before each anniversary date, the Authority shall review ...")
vocab cm_before_end = /\b(?:before|prior\s+to|ahead\s+of)\s+(?:(?:the|its|it|this|each|every)\s+)?(?:expir\w*|expires|ends|end\s+of|renewal|extension|the\s+end|anniversary)\b/

vocab cm_it_runs = /\b(?:it|this)\s+(?:(?:starts|begins|commences)\s+on\s+[^.;]{1,30}?\s+and\s+)?(?:runs?|lasts?|continues?)\s+for\b/
# The agreement's own duration stated with a verb ("This agreement runs for three years").
# (Italian drafting in translation: "The contract lasts twenty-four (24) months from the start of the service")
vocab cm_runs = /\b(?:lasts|shall\s+last|will\s+last)\b/ | "run for" | "last for" | "in force for" | "in effect for" | "effective for" | "valid for"
              | "continue for" | "continue in force for" | "lasts for" | "last for" | "concluded for"
              | "entered into for" | "has a term of" | "have a term of"
              | "has a duration of" | "have a duration of" | "shall have a duration of"
              # translated drafting: "The Agreement applies for three (3) years from 1 September 2025"
              | "applies for" | "shall apply for" | "is concluded for"
              # "This agreement lasts two years from the start date"
              | /\b(?:lasts|runs)\s+(?:(?:an?|one|two|three|four|five|\d+)\s+)(?:\(\d+\)\s+)?(?:years?|months?)\b/
              # "The Agreement is for two (2) Gregorian years starting 1 April 2025"
              | /\b(?:is|shall\s+be|will\s+be)\s+for\s+(?:a\s+(?:term|period)\s+of\s+)?(?:an?|one|two|three|four|five|six|\d+)\s+(?:\(\d+\)\s+)?(?:[A-Z][\w-]*\s+)?(?:years?|months?)\b/
              # "This agreement starts on May 1, 2025 and lasts for two years"
              | /\b(?:agreement|contract)\s+(?:starts|begins|commences|takes\s+effect)\s+on\s+[^.;]{1,40}?\s+and\s+(?:lasts|runs|continues(?:\s+in\s+force)?)\s+for\b/
              # translated drafting: "The contract takes effect on 1 April 2025 for a period of one (1) year"
              | /\b(?:agreement|contract)\s+(?:takes\s+effect|enters\s+into\s+force|starts|begins|commences)\s+on\s+[^.;]{1,40}?\s+for\s+a\s+(?:period|term)\s+of\b/
              # "This contract enters into force on the date of its signature for a period of one (1) year."
              | /\b(?:enters?|entered|comes?|came)\s+into\s+(?:force|effect)\b(?=[^.;]{0,60}?\bfor\s+(?:a\s+(?:period|term)\s+of\s+)?(?:a|an|one|two|three|four|five|\d+)\b)/
# A term written as two dates: "applies from 1 March 2026 up to and including 28 February 2029".
vocab cm_dated_term = /\bfrom\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}\s+(?:up\s+to\s+and\s+including|until|to|through)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}\b/
  # ("continues for three (3) Selling Seasons, until 31 December 2028")
  | /\b(?:runs?|continues?|remains?\s+in\s+force|lasts?)\s+(?:for\s+[^.;]{1,40}?,\s+)?until\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}\b/
  # Swiss and French drafting: "The agreement takes effect on 1 June 2025 and is concluded until 31 December 2027"
  | /\b(?:is|shall\s+be)\s+(?:concluded|entered\s+into|valid|in\s+force)\s+until\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}\b/
  # a term counted in the seasons the contract defines: "This Agreement starts on 1 October 2025 and runs
  # for two (2) Seasons"
  | /\b(?:runs?|continues?|lasts?)\s+for\s+(?:an?\s+initial\s+term\s+of\s+)?(?:one|two|three|four|five|six|\d+)\s+(?:\(\d+\)\s+)?(?:full\s+)?(?:seasons?|contract\s+years?)\b/
  # the US order: "continues until May 31, 2028"
  | /\b(?:runs?|continues?|remains?\s+in\s+(?:force|effect)|lasts?)\s+(?:in\s+(?:force|effect)\s+)?(?:until|through)\s+[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b/
  # a term named by its season or year: "This agreement covers the 2025 fair season"
  # the term's end date: "The Initial Term begins on the Effective Date and ends on June 30, 2028"
  # ("continues for an initial term of three (3) seasons, ending on 31 March 2028")
  | /\b(?:ends|ending|expires|expiring|terminates|shall\s+end|shall\s+expire|will\s+end|will\s+expire)\s+on\s+(?:the\s+)?(?:[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})\b/
  | /\b(?:covers|runs\s+for|is\s+for)\s+the\s+\d{4}(?:[-–\/]\d{2,4})?\s+(?:[\w-]+\s+)?(?:season|year|financial\s+year|fiscal\s+year)\b/

vocab cm_term = "initial term" | "initial period" | "minimum term" | "fixed term" | "term of this agreement"
              | "initial duration" | "duration of this agreement" | "duration of the contract" | "duration of this contract"
              | "term of the agreement" | "contract term" | "contract period" | "subscription period"
              | "subscription term" | "renewal term" | "renewal period" | "extension period" | "base period"
              | "period of performance" | "continue for" | "continues for" | "remain in force for"
              | "remains in force for" | "the term"

# A glossary entry ('"Change Control Procedure" means the procedure by which the parties agree
# changes'): it names a procedure; only a clause that sends changes through it makes it one. A
# clause that uses the defined term is found through the definition, so nothing is lost.
# (An optional clause label first; spaces, not \s, so a match never starts on the blank line above.)
# (A match starts after the item's label, "(b)" or "1.1", where the item's sentence starts.)
vocab definition_entry = /(?:^[ \t*]*|(?<=[)\].\d][ \t]))(?:["“‘'][^"”’'\n]{1,60}["”’']|(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5}))\s+(?:means|shall\s+mean|has\s+the\s+meaning|refers\s+to|is\s+defined\s+as)\b/
  # a glossary written with a colon or dash: '"Change Request": a written request by Client ...'
  | /(?:^[ \t*]*|(?<=[)\].\d][ \t]))["“‘'][^"”’'\n]{1,60}["”’'][ \t]*(?::|[–—-][ \t])/

# ---- rules ---------------------------------------------------------------------------------------

rule CM-001 "Changes go through a change control procedure" {
  area: contract
  severity: high
  source: "003 (contract management: contract and scope changes)"
  # A procedure that "will be agreed by the Board" is not yet one (KPIs to be agreed and then
  # recorded through the procedure are another matter).
  require: (sentence mentions cm_change_procedure and mentions cm_change_use and not mentions cm_placeholder
            and not (mentions cm_change_procedure near deferred within 8 words) and not mentions empty_part_ref
            and not mentions definition_entry)
    or (paragraph mentions cm_change_request_written and mentions cm_impact_assessed and not mentions deferred
        and not mentions cm_placeholder)
    # (... or its steps in the numbered paragraphs of one article on changes: "10.1 ... requested in
    # writing", "10.2 ... an assessment of its impact", "10.3 ... an amendment signed by both")
    or (section cm_change_heading mentions cm_change_request_written and mentions cm_impact_assessed
        and not mentions deferred and not mentions cm_placeholder)
    or (sentence mentions cm_change_request_written and mentions cm_change_assessed_by and mentions cm_written_instrument
        and not mentions deferred and not mentions cm_placeholder)
  message: "No change control procedure governing changes to the scope, services or terms was found."
  fix: "Any change to the scope of the Services, the Service Levels, the Charges or any other term of this Agreement shall be made only in accordance with the Change Control Procedure in Schedule [X]: either party may submit a Change Request, the Supplier shall provide a written impact assessment within ten (10) Business Days, and no change shall take effect until a Change Note has been signed by authorised representatives of both parties."
  tags: contract-management, change-control
  examples {
    pass: """This Agreement is made between Harbour Salt Ltd (the "Client") and Tide Contact Ltd (the "Supplier").

The Supplier shall provide the Services to the Client.

Any change to the Services requires an amendment. The Party requesting the change shall send the other a written request describing it. Within ten days the Supplier shall send an assessment of the effect of the change on the price and the timetable."""
    gap: """This Agreement is made between Harbour Salt Ltd (the "Client") and Tide Contact Ltd (the "Supplier").

The Supplier shall provide the Services to the Client.

Any change to the Services requires an amendment. The Party requesting the change shall send the other a written request describing it."""
    pass: """This Agreement is made between Cilaos Verticale SAS (the "Principal") and Ocean Relation SARL (the "Service Provider").

The Service Provider shall provide the Services to the Principal.

15.1 Any modification of this Agreement, including of the service levels, shall be the subject of a written request from the requesting Party, an impact study prepared by the Service Provider within ten (10) working days, and a rider signed by both Parties."""
    pass: """This contract is made between Tabacos del Norte, S.R.L. (the "Company") and Servicios Quisqueya, S.A.S. (the "Provider").

The Provider shall operate the distributor orders desk of the Company.

1. Any modification to the services, annexes, fee or other terms of this Agreement shall follow the Modification Procedure: the requesting party submits a written modification request; the Provider states its effect on the fee within ten (10) Business Days; and the modification is recorded in a written addendum signed by both parties."""
    gap: """This contract is made between Tabacos del Norte, S.R.L. (the "Company") and Servicios Quisqueya, S.A.S. (the "Provider").

The Provider shall operate the distributor orders desk of the Company.

1. Any modification to the services shall be agreed between the parties from time to time."""
    pass: """FIRST OUTORGANTE: Olaria Lotus, Limitada, a private limited company with registered office in Macao, hereinafter "the Workshop";

SECOND OUTORGANTE: Apoio Perola, Limitada, a private limited company with registered office in Macao, hereinafter "the Provider".

The Provider shall answer the buyers of the Workshop on its behalf.

1. Any change to the services, their scope or the terms of this Contract shall be requested in writing by the Outorgante proposing it. The Provider shall state in writing, within ten (10) working days, the effect of the change on price, staffing and timing."""
    gap: """FIRST OUTORGANTE: Olaria Lotus, Limitada, a private limited company with registered office in Macao, hereinafter "the Workshop";

SECOND OUTORGANTE: Apoio Perola, Limitada, a private limited company with registered office in Macao, hereinafter "the Provider".

The Provider shall answer the buyers of the Workshop on its behalf.

1. Any change to the services, their scope or the terms of this Contract shall be requested in writing by the Outorgante proposing it. The Provider shall state in writing whether it accepts the change."""
    pass: """This contract is made between Nakhil El Oued SARL (the "First Party") and Sahara Contact Services SARL (the "Second Party").

1. The Second Party shall operate for the First Party a buyer desk.

44. Any amendment to the services, the service levels or the remuneration shall be requested in writing. The receiving Party shall study the request and reply within fifteen (15) days with its effect on the cost and organisation of the Desk. The amendment takes effect only when set out in a rider signed by both Parties."""
    gap: """This contract is made between Nakhil El Oued SARL (the "First Party") and Sahara Contact Services SARL (the "Second Party").

1. The Second Party shall operate for the First Party a buyer desk.

44. The Second Party shall send a note each month with its effect on the cost of the Desk of any rise in fuel prices."""
    pass: """This Agreement is made between Andros Flats Lodge Limited (the "Lodge") and Conch Reef Reservations Ltd. (the "Bureau").

The Bureau shall answer enquiries from the customers of the Lodge on its behalf.

13.1 Any change to the Services, the Schedules or the fees shall be requested in writing. The Bureau shall state within seven (7) days the effect of the requested change on its fees and staffing, and the change shall take effect only when recorded in a written variation signed by both parties."""
    gap: """This Agreement is made between Andros Flats Lodge Limited (the "Lodge") and Conch Reef Reservations Ltd. (the "Bureau").

The Bureau shall answer enquiries from the customers of the Lodge on its behalf.

13.1 The Bureau shall state within seven (7) days the effect of any storm on its staffing."""
    pass: """## Article 17 - Amendment requests

17.1 Any modification of the services, of the annexes or of the conditions of this contract shall be the subject of a written amendment request from the Party requesting it.

17.2 The Supplier shall assess the impact of the request on the staff, the indicators and the price within ten (10) working days. The modification shall take effect only when a rider signed by both Parties has been concluded."""
    pass: "15.1 Any modification of the scope of the Services, of the Service Levels or of the price shall be the subject of an amendment concluded according to the following procedure: written request from the Party initiating the change; impact study by the Supplier within ten (10) Working Days covering cost, staffing and deadlines; signature of the amendment by both Parties."
    gap: "15.1 The Supplier shall provide the Client with its call recordings upon written request from the Party initiating an audit."
    pass: "33. Any change in the scope of the work shall follow this procedure: a written request by the party seeking the change; a study by the Joint Working Committee, within ten (10) days, of the effect of the change on cost and staffing; approval in writing by the Council; and an annex to this contract signed by the two parties."
    gap: "33. Any change in the scope of the work shall be discussed by the parties when the need arises."
    pass: "20.1 Any amendment to the services or to this contract shall be preceded by a written request from the Party seeking it, followed by an impact note drawn up by the Supplier within ten (10) Working Days on the cost, the staff and the timetable. It shall be recorded in a rider signed by both Parties, without which it shall have no effect."
    gap: "20.1 Any amendment to this contract shall be preceded by a written request from the Party seeking it. The Parties shall then discuss it in good faith."
    pass: """## Article 10 - Modification of the Services

10.1 Any modification of the Services or of their volume shall be requested in writing by the Party that wishes it.

10.2 The Supplier shall send the Client, within ten (10) days of the request, an assessment of its impact on the organisation of the Services and on the price.

10.3 The modification shall take effect only after both Parties sign an amendment."""
    gap: """## Article 10 - Modification of the Services

10.1 Any modification of the Services shall be requested in writing by the Party that wishes it.

10.2 The Parties shall then discuss it."""
    gap: """## Article 10 - Notices

10.1 Notices shall be given in writing.

10.2 The Supplier shall send the Client an assessment of its impact on the environment each year."""
    pass: "13.1 Any request to modify the Services shall be sent in writing to the other Party's contract correspondent. The Supplier shall assess its impact on cost, staffing and timetable within ten Working Days."
    gap: "13.1 The Supplier shall assess its impact on the environment each year."
    pass: "44. Changes to the scope of the Services are made as follows: (a) the Party initiating the change sends the other Party a written proposal; (b) the Executor, within ten working days, sends an assessment of the consequences of the change for the cost and the staff; (c) the change takes effect only when both Parties sign an additional agreement."
    gap: "44. Changes to this Contract are valid if made in writing and signed by both Parties."
    pass: "Any request to modify the services shall be made in writing to the other party's correspondent. Within ten working days the Supplier shall submit a note assessing the effect of the modification on resources, cost and timing."
    gap: "Any request to modify the services shall be made in writing to the other party's correspondent."
    gap: "Any request to modify the services shall be made in writing. The Supplier shall assess the effect of the modification only if we both later agree."
    pass: "16.1 Any modification of the services, the indicators or the price shall follow this procedure: written request by the interested party; technical and economic report by the Supplier within ten (10) business days; approval by the Joint Board; and signature of a modifying addendum."
    pass: "14.1 Either Party may request a variation to the Services by written request to the other Party. A variation takes effect only after both Parties sign a variation order describing it."
    gap: "16.1 The Client may modify the services at any time by notice to the Supplier."
    gap: "\"Change Control Procedure\" means the procedure by which the parties agree changes to the Services."
    gap: "(b) \"Change Control Procedure\" means the procedure by which the parties agree changes to the Services."
    gap: "(b) \"Change Request\": a written request by the Client for services additional to the Services;"
    pass: """1.1 "Change Control Procedure" means the procedure by which the parties agree changes to the Services.

12.1 Any change to the Services shall be agreed under the Change Control Procedure."""
    gap: """1.1 "Change Control Procedure" means the procedure set out in Annexure C for agreeing changes to the Services.

Annexure C - Change Control Procedure

To be agreed between the parties within sixty (60) days after the Effective Date."""
    gap: "A change control procedure for changes to the Services will be agreed by the Partnership Board."
    pass: "Any change to the Services shall be made in accordance with the Change Control Procedure in Schedule 9."
    pass: "Either Party may request a change to the scope of the Services by submitting a written change request, and no change shall be effective unless it is documented in a change order signed by both Parties."
    pass: "Changes to any Milestones, Milestone Payments and Delay Payments shall only be made in accordance with the Variation Procedure."
    pass: "No variation to the Services or the Charges shall take effect until a Contract Change Note has been signed by authorised representatives of the Bank and the Service Provider."
    pass: "The Vendor shall respond to each Change Request within ten (10) Business Days with an impact assessment covering the fees, the service levels and the schedule."
    gap: "The parties may agree changes to the Services from time to time."
    gap: "This Agreement may be amended only by a written instrument signed by both parties."
    gap: "Schedule 9 (Change Control Procedure): intentionally left blank."
    gap: "There is no change control procedure under this Agreement, and the Supplier may vary the Services on notice to the Client."
    gap: "The Contractor may change the Services at any time by posting an updated service description."
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

14.1 Any alteration to the Service, the Service Levels, the price or the Schedules follows this procedure: a written request by the interested party, an impact assessment by the Supplier within ten Working Days and, if approved, a written addendum signed by both parties."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

14.1 Any alteration to the Service may be discussed by the parties at their next meeting."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

19.1 Any modification of the scope, the service hours, the number of agents or the indicators shall be made through a modifying contract, following this procedure: (i) written request of either party stating the reasons; (ii) technical report of the Supervising Officer assessing the need, cost and effect on the service; (iii) approval by the Director."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

19.1 Any modification of the scope, the service hours, the number of agents or the indicators shall be made through a modifying contract signed by both parties."""
    pass: """Between the Instituto Politécnico de Leiria (the "First Contracting Party") and Lis Contact, Lda. (the "Second Contracting Party") this contract is concluded. The Second Contracting Party shall operate the student services line of the First Contracting Party.

Clause 12 - Alterations

Any alteration of the object, the service levels or the price requires a written proposal by either party, an opinion of the Monitoring Commission, a decision of the Board of the First Contracting Party and a written addendum."""
    pass: """The Municipality of Kallithea (the "Contracting Authority") and Saronic Call S.A. (the "Contractor") agree as follows. The Contractor shall operate the municipal helpdesk.

Article 14

1. The contract may be amended only on a written request of either party, after an opinion of the Committee on the necessity and cost of the change, followed by a written amendment signed by both parties."""
    gap: """Between the Instituto Politécnico de Leiria (the "First Contracting Party") and Lis Contact, Lda. (the "Second Contracting Party") this contract is concluded. The Second Contracting Party shall operate the student services line of the First Contracting Party.

Clause 12 - Alterations

Alterations of the object or the price shall be discussed in good faith and agreed from time to time."""
    gap: """The Municipality of Kallithea (the "Contracting Authority") and Saronic Call S.A. (the "Contractor") agree as follows. The Contractor shall operate the municipal helpdesk.

Article 14

1. Any amendment of the contract requires a written request of either party; the procedure for assessing it shall be agreed in due course."""
    pass: """This contract is concluded between ALPINE ROADS d.d. (the "Ordering Party") and KRAS CONTACT d.o.o. (the "Performer"). The Performer shall operate the toll helpdesk of the Ordering Party.

Article 13 – Changes

A contracting party wishing to change the scope of the services shall send a written change notice to the other party. The Performer shall prepare an assessment of the effects of the change on prices and staffing within ten working days. An agreed change shall be made by an annex to this contract."""
    gap: """This contract is concluded between ALPINE ROADS d.d. (the "Ordering Party") and KRAS CONTACT d.o.o. (the "Performer"). The Performer shall operate the toll helpdesk of the Ordering Party.

Article 13 – Changes

A contracting party wishing to change the scope of the services shall send a written change notice to the other party, and the parties shall then negotiate in good faith."""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

## 12 Change requests

12.1 Each party may request changes to the services in writing. The Supplier submits within ten Working Days an offer describing the effects on the services, the service levels, the prices and the deadlines. The change takes effect only when both parties have signed a change sheet."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

## 12 Changes

12.1 Each party may request changes to the services in writing."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

10.1 Any modification of the Service, of the service levels or of the price shall follow the Procedimiento de Modificaciones: written request of either Party, impact assessment by the Contractor within ten (10) días hábiles, approval by the Monitoring Commission and signature of an addendum."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

10.1 Any modification of the Service, of the service levels or of the price may be discussed on the written request of either Party; the Parties shall then agree how to proceed."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

## Article 10 – Modifications

Any modification of the services, volumes or prices is made in accordance with the review clause of Article 13 of the Specifications: written request, impact analysis by the Contractor within ten (10) working days, approval by the steering committee and signature of a written amendment by both parties."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

## Article 10 – Modifications

Any modification of the services, volumes or prices is made in accordance with the review clause of Article 13 of the Specifications, which the parties will complete by mutual agreement."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

11.1 The contract may only be modified for reasons of public interest. Any modification shall follow this procedure: proposal of the Contract Management Unit, hearing of the Contractor for five (5) working days, report of the Legal Services, approval by the Presidency and formalisation in writing, fixing the new price and indicators."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

11.1 The contract may only be modified for reasons of public interest, in the cases provided by law."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

## § 14. Amendments to the Contract

2. A Party requesting an amendment shall submit a written request to the other Party, stating the proposed wording of the amendment, its justification and its effect on the remuneration. The Contractor shall take a position on it within 7 days of receiving it.

3. Any amendment to the Contract shall be made in writing in the form of an annex, under pain of nullity."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

## § 14. Amendments to the Contract

3. Any amendment to the Contract shall be made in writing in the form of an annex, under pain of nullity."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

19.1 Any change to the scope of the services, the indicators or the price requires a rider (avenant). The requesting Party shall submit a written request; the Contractor shall submit its technical and financial proposal within ten (10) days; the Technical Monitoring Committee shall examine it; and the rider shall be signed by both parties."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

14.1 Any change to the services, volumes or Indicators is requested in writing by the party concerned. The Contractor states its impact on price, staffing and timetable within ten Working Days, and the change takes effect only by an amendment."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

14.1 The Principal may change the services, volumes or Indicators by notice to the Contractor."""
  }
}

rule CM-002 "Invoices can be checked and disputed" {
  area: contract
  severity: medium
  source: "003 (validating invoicing)"
  require: (sentence mentions cm_dispute near cm_billed within 10 words and not prohibits any party from cm_dispute
            and not mentions cm_dispute_waived and not mentions cm_others_invoice)
           or (sentence permits client to cm_dispute and mentions cm_dispute near cm_billed within 10 words)
           # an invoice sent back for correction: "If the invoice does not contain the required particulars
           # ..., the Ordering Party is entitled to return it to the Operator ... for correction"
           or (sentence mentions cm_invoice and mentions cm_sent_back and not (obliges provider to cm_sent_back and not permits client to cm_sent_back))
           # (The provider's own right to verify the client's records behind its invoice checks nothing for
           # the client: "The Service Provider may ... verify the Cooperative's order records".)
           or (sentence mentions cm_invoice near cm_invoice_detail within 12 words
               and not (permits provider to cm_invoice_detail and not obliges provider to cm_invoice_detail))
           or (clause mentions cm_invoice and mentions ("itemise" | "itemised" | "itemize" | "itemized"
                                                       | cm_breakdown | "supporting documentation"
                                                       | "supporting information" | "reasonable detail"
                                                       | cm_measurement_detail))
  message: "No invoice detail, verification or invoice dispute process was found."
  fix: "Each invoice shall itemise the volumes, unit prices, Service Credits and any other adjustments for the period it covers, with supporting data. The Client may dispute any invoice, or any part of it, in good faith by notice within thirty (30) days of receipt stating its reasons; the Client shall pay the undisputed amount when due and the parties shall resolve the disputed amount under the dispute resolution procedure."
  tags: contract-management, invoicing, payment
  examples {
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

If you think an invoice is wrong, you must still pay it in full by the due date, and we don't reopen paid invoices."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

If you think an invoice is wrong, tell us within 15 working days; you can hold back the amount you dispute until we have sorted it out together."""
    gap: """This Agreement is made between Wrenfield Pet Cover Limited (the "Customer") and Calder Claims Services Ltd (the "Supplier").

The Supplier shall handle the claims of the Customer's policyholders on its behalf.

7.3 The Customer shall pay each invoice in full within fourteen (14) days of the invoice date, without set-off or withholding, including on account of any query about the invoice."""
    gap: """This Agreement is made between Wrenfield Pet Cover Limited (the "Customer") and Calder Claims Services Ltd (the "Supplier").

The Supplier shall handle the claims of the Customer's policyholders on its behalf.

5.1 Where the Supplier fails to meet a Service Level in a month, the fees for that month shall be abated by 2%, and the Supplier shall show the abatement on its next invoice."""
    pass: """This Agreement is made between Wrenfield Pet Cover Limited (the "Customer") and Calder Claims Services Ltd (the "Supplier").

The Supplier shall handle the claims of the Customer's policyholders on its behalf.

7.3 Each invoice shall show the number of claims handled in the month, by type, and the Customer may query any item within ten (10) days of receipt."""
    pass: """This Agreement is made between Crewlink Maritime Agency, Inc. (the "AGENCY") and Bayside Contact Corp. (the "SERVICE PARTNER").

The SERVICE PARTNER shall operate the crew helpdesk of the AGENCY.

Section 6.02. The AGENCY may contest any billing statement or item in writing within fifteen (15) days of receipt, stating its grounds."""
    gap: """This Agreement is made between Crewlink Maritime Agency, Inc. (the "AGENCY") and Bayside Contact Corp. (the "SERVICE PARTNER").

The SERVICE PARTNER shall operate the crew helpdesk of the AGENCY.

Section 6.02. The AGENCY shall pay each billing statement within fifteen (15) days of receipt."""
    pass: """This Contract is entered into by the Department of Coastal Parks (the "Agency") and Blue Ridge Contact Solutions, LLC (the "Contractor").

The Contractor shall answer the visitors of the Agency on its behalf.

The Agency may claim against the content of any invoice within eight (8) calendar days after its receipt, stating the reasons."""
    gap: """This Contract is entered into by the Department of Coastal Parks (the "Agency") and Blue Ridge Contact Solutions, LLC (the "Contractor").

The Contractor shall answer the visitors of the Agency on its behalf.

The Agency shall pay each invoice within thirty (30) days after its receipt."""
    gap: """This Contract is made between Distillerie Anse Noire SAS (the "Principal") and Relais Caraibes SARL (the "Service Company").

The Service Company shall operate a distributor order desk for the Principal.

12.4 The Service Company may, on reasonable notice, verify the Principal's order records to check the volumes on which its invoice is based."""
    pass: """This Contract is made between Distillerie Anse Noire SAS (the "Principal") and Relais Caraibes SARL (the "Service Company").

The Service Company shall operate a distributor order desk for the Principal.

12.4 The Principal may verify each invoice against the Service Company's call records."""
    gap: """This Agreement is made between Pago Pago Albacore Packers Company (the "Cannery") and Leone Business Services LLC (the "Service Partner").

The Service Partner shall operate the supplier payments desk for the Cannery.

(b) The Desk shall receive, log and route supplier invoice disputes raised by Fleet Suppliers to the Cannery's accounts payable team."""
    pass: """This Agreement is made between Pago Pago Albacore Packers Company (the "Cannery") and Leone Business Services LLC (the "Service Partner").

The Service Partner shall operate the supplier payments desk for the Cannery.

(b) The Cannery may dispute any invoice of the Service Partner by notice within twenty (20) days of receipt."""
    pass: """This Contract is concluded between Tatranske pramene a.s. (the "Bottler") and Hornad Service Hub s.r.o. (the "Operator").

(1) The Operator shall operate for the Bottler a distributor order desk.

(3) The Bottler may return an invoice that does not contain the particulars required by Act No. 222/2004 Coll. on Value Added Tax, or may dispute individual items by written notice within 14 days of receipt stating the reasons."""
    pass: """This Contract is concluded between Tatranske pramene a.s. (the "Bottler") and Hornad Service Hub s.r.o. (the "Operator").

(1) The Operator shall operate for the Bottler a distributor order desk.

(2) The Operator shall issue an invoice monthly, with an annex listing the Order Lines processed by Distributor and the service credits applied."""
    gap: """This Contract is concluded between Tatranske pramene a.s. (the "Bottler") and Hornad Service Hub s.r.o. (the "Operator").

(1) The Operator shall operate for the Bottler a distributor order desk.

(2) The Operator shall issue an invoice monthly. The Desk shall register complaints about individual items delivered to Distributors."""
    gap: """This contract is made between Nakhil El Oued SARL (the "First Party") and Sahara Contact Services SARL (the "Second Party").

1. The Second Party shall operate for the First Party a buyer desk.

18. The Second Party shall invoice monthly. Invoices shall be deemed accepted upon receipt and shall be paid within thirty days; the First Party waives any objection to the amounts invoiced."""
    pass: """This contract is made between Nakhil El Oued SARL (the "First Party") and Sahara Contact Services SARL (the "Second Party").

1. The Second Party shall operate for the First Party a buyer desk.

18. The Second Party shall invoice monthly. The First Party may raise an objection to any amount invoiced within fifteen days of receipt, and the Parties shall settle it within a further ten days."""
    gap: """This Agreement is made between Andros Flats Lodge Limited (the "Lodge") and Conch Reef Reservations Ltd. (the "Bureau").

8.3 The Bureau shall invoice the Lodge monthly. The Lodge shall pay each invoice in full within fourteen (14) days without set-off, deduction or counterclaim, and each invoice shall be conclusive and not open to challenge by the Lodge."""
    pass: """This Agreement is made between Andros Flats Lodge Limited (the "Lodge") and Conch Reef Reservations Ltd. (the "Bureau").

8.3 The Bureau shall invoice the Lodge monthly with a breakdown of each booking. The Lodge may challenge any invoice by written notice within fourteen (14) days, and the parties shall settle the challenged amount within a further ten days."""
    pass: "23. The Client shall check each invoice against the Order Book and may, within fifteen (15) days from its receipt, return it with written objections; the Client shall pay the part not objected to within thirty (30) days."
    gap: "23. The Client shall pay each invoice within thirty (30) days of receipt."
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

You'll bill us once a month. If we think a bill is wrong, we'll tell you in writing within 15 days, explain why, and pay the part we agree with on time."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

We pay you each month. If we think a line on a bill is wrong, we'll tell you within 20 days after we get it and say why, and we'll pay the rest on time."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

We pay you each month. We'll pay every bill in full within 30 days, even if we think a line on it is wrong."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

You will keep a copy of each bill of lading for the shipments you book for our buyers."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

We'll pay each invoice in full within 30 days, without dispute, deduction or set-off."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

We'll pay each invoice within 30 days. If we dispute an invoice, we'll tell you why within 10 days and pay the rest."""
    pass: "10.5 The Supplier shall invoice monthly in arrears. Each invoice shall list the confirmed bookings by reference and date."
    pass: "10.5 The Client may contest any item in writing within twenty (20) days of receipt, giving reasons."
    gap: "10.5 The Supplier shall invoice monthly in arrears and the Client shall pay each invoice within thirty (30) days."
    pass: "The Client may make observations on any invoice within ten (10) business days of its receipt, stating the reasons in writing. Payment of the observed amount shall be suspended until the observation is clarified."
    pass: "The Client may query any invoice within 30 days of receipt."
    gap: """| Activity | Client | Supplier |
|---|---|---|
| Licence invoicing queries | approves credit notes | resolves queries, raises credit note requests |"""
    pass: "If something in an invoice looks wrong, we can question it by email within fifteen days of receiving it, and we'll pay the part we agree with."
    gap: "If a boater has a question about their moorage invoice, you'll answer it within two days."
    gap: """| Benefit | Baseline | Target | Measured by |
|---|---|---|---|
| Cost per breakdown call | JOD 3.10 | JOD 2.40 | invoices and call counts |"""
    pass: "If we think an invoice is wrong we tell you within fifteen (15) days of receiving it, with our reasons, and we pay the part we don't dispute."
    gap: "If we think a Rider's bill is wrong we tell the Rider within fifteen (15) days."
    gap: "The amount of Fees paid to the Supplier during the pendency of the dispute resolution shall reduce the Fees the Supplier may collect for the delay."
    pass: "The Client may dispute any invoice in good faith within thirty days of receipt."
    pass: "Each invoice shall itemise the number of Customer Contacts handled by channel, the applicable unit prices and the Service Credits applied."
    pass: "If Customer has a good-faith disagreement about the amounts charged on an invoice, Customer must notify Vendor about the dispute before payment is due and must pay all undisputed amounts on time."
    pass: "The parties shall work together to resolve any disputed amount under the Dispute Resolution Procedure, and the Bank shall pay any amount found to be due within fifteen (15) days."
    pass: """4.5 A Supplier invoice is only valid if it:

(a) includes the Contract reference number and the purchase order number; and

(b) includes a detailed breakdown of the Deliverables supplied in the period."""
    gap: "The Client shall pay each invoice within thirty (30) days of receipt."
    gap: "The Customer shall not withhold or delay payment of any invoice, or any part of an invoice, on the grounds of any dispute or claim."
    gap: "The Company shall pay each valid, undisputed invoice within forty-five (45) days."
    gap: "Any dispute arising under this Agreement shall be referred to arbitration in London."
    gap: "Invoices issued by the Vendor are final and may not be disputed by the Company."
    gap: "The Provider shall pass to the Bank's specialist team, within one (1) hour, any call in which a cardholder disputes a payment or a bill."
    pass: "The Purchaser may, by written notice within twenty (20) days, contest any sum billed by the Provider, giving its reasons."
    gap: "The Company waives any right to set off or hold back any amount invoiced by the Vendor by reason of a dispute about that amount."
    gap: "The Purchaser shall pay each invoice in full by its due date, notwithstanding any dispute about the invoiced amount."
    pass: "The Client may dispute any invoice in good faith by notice within thirty (30) days, but waives any right to withhold payment of the undisputed amount."
    pass: """This Contract is made between COOPERATIVA DE CRÉDITO SERRA DO CURRAL LTDA. (the "CONTRATANTE") and ATENDE MINAS SERVIÇOS LTDA. (the "CONTRATADA"). The CONTRATADA shall provide telephone service to the members of the CONTRATANTE.

10.2. By the fifth (5th) business day of each month, the CONTRATADA shall submit the measurement of the previous month, indicating the PAs in operation per day and the hours actually staffed, together with the corresponding invoice."""
    gap: """This Contract is made between COOPERATIVA DE CRÉDITO SERRA DO CURRAL LTDA. (the "CONTRATANTE") and ATENDE MINAS SERVIÇOS LTDA. (the "CONTRATADA"). The CONTRATADA shall provide telephone service to the members of the CONTRATANTE.

10.2. By the fifth (5th) business day of each month, the CONTRATADA shall submit its invoice for the previous month, which the CONTRATANTE shall pay within fifteen days without deduction."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

Article V. 4. If the invoice does not contain the required particulars or contains an incorrect number of handled calls, the Principal is entitled to return it to the Contractor before its maturity for correction or completion."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

Article V. 4. The Contractor shall issue the invoice by the 10th day of the following month and the Principal shall pay it within 30 days without set-off."""
    pass: """Service Agreement between Turku Health Authority (hereinafter "the Purchaser") and Auranlaakso Terveyspalvelut Oy (hereinafter "the Service Producer"). The Service Producer returns callback requests for the Purchaser.

11 The Service Producer invoices monthly in arrears. The invoice shall specify the number of callback requests handled on each day of the month. Complaints about an invoice shall be made in writing within fourteen (14) days of receipt of the invoice."""
    gap: """Service Agreement between Turku Health Authority (hereinafter "the Purchaser") and Auranlaakso Terveyspalvelut Oy (hereinafter "the Service Producer"). The Service Producer returns callback requests for the Purchaser.

11 The Service Producer invoices monthly in arrears and the Purchaser pays each invoice within 30 days."""
    pass: """SERVICE CONTRACT entered into by ASEGURADORA DEL BAJÍO, S.A. DE C.V. ("LA CONTRATANTE") and CONTACTO LEÓN, S.A. DE C.V. ("EL PRESTADOR"). EL PRESTADOR shall operate the claims line of LA CONTRATANTE.

NINTH. EL PRESTADOR shall issue each month a digital tax receipt (CFDI) for the services of the previous month. LA CONTRATANTE shall review each CFDI and may reject it, stating the reasons in writing, within ten (10) business days of its receipt."""
    pass: """This Agreement is made between the Pune Municipal Corporation (the "Corporation") and Deccan Contact Services Private Limited (the "Agency"). The Agency shall operate the water billing helpline for the Corporation.

7.2 The Chief Accounts Officer shall verify each bill against the attendance sheet and may return any bill with written objections within seven Working Days."""
    gap: """SERVICE CONTRACT entered into by ASEGURADORA DEL BAJÍO, S.A. DE C.V. ("LA CONTRATANTE") and CONTACTO LEÓN, S.A. DE C.V. ("EL PRESTADOR"). EL PRESTADOR shall operate the claims line of LA CONTRATANTE.

NINTH. EL PRESTADOR shall issue each month a digital tax receipt (CFDI) for the services of the previous month, which LA CONTRATANTE shall pay within thirty (30) days of its receipt."""
    gap: """This Agreement is made between the Pune Municipal Corporation (the "Corporation") and Deccan Contact Services Private Limited (the "Agency"). The Agency shall operate the water billing helpline for the Corporation.

7.2 The Agency shall submit monthly bills, which the Corporation shall pay within thirty days; the Agency shall return any bill of a subcontractor with its objections."""
    pass: """Municipal Enterprise "Dniproliftservis" (hereinafter the "Principal") and Limited Liability Company "Dnipro Kontakt" (hereinafter the "Performer") have concluded this Contract. The Performer shall receive calls about lift breakdowns.

2.4. The Principal shall sign the act of services rendered or return it to the Performer with a reasoned refusal stating the deficiencies found."""
    gap: """Municipal Enterprise "Dniproliftservis" (hereinafter the "Principal") and Limited Liability Company "Dnipro Kontakt" (hereinafter the "Performer") have concluded this Contract. The Performer shall receive calls about lift breakdowns.

2.4. The Principal shall sign the act of services rendered and pay within 10 banking days of its signing."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

36. The Principal may reject an invoice within five (5) working days of receipt, stating the reasons, and the Contractor shall issue a corrected invoice."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

36. The Principal shall pay each invoice within thirty (30) days of receipt."""
    pass: """This Contract is made between the Metropolitan Municipality (the "Administration") and Porsuk Hizmetleri A.S. (the "Contractor").

9.2 The Control Organisation shall examine the progress payment report within five business days and reject any item that is not supported, stating its reasons in writing."""
    gap: """This Contract is made between the Metropolitan Municipality (the "Administration") and Porsuk Hizmetleri A.S. (the "Contractor").

9.2 The Administration shall pay the progress payment within thirty days."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

6.2 The Contractor shall issue its invoice within the first five working days of each month. The Principal may observe the invoice within ten (10) días hábiles of receipt; the observation shall be dealt with by the contact persons, and the undisputed portion shall be paid within thirty (30) days."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

6.2 The Contractor shall issue its invoice within the first five working days of each month. The Principal shall pay each invoice within thirty (30) days of receipt and shall observe the invoicing rules of the tax authority."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

14. The Contractor invoices monthly in arrears. The Principal shall make any remarks about an invoice within fourteen (14) days of receipt and may withhold the disputed part until the matter is settled."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

14. The Contractor invoices monthly in arrears. The Principal shall pay each invoice within twenty-one (21) days net."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

9.2 The Principal shall pay each invoice within 30 days. A disagreement about an invoice does not entitle the Principal to withhold or defer payment."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

9.2 The Principal shall pay each invoice within 30 days. The Principal may dispute an invoice by written notice within 10 days and withhold the disputed part until it is resolved."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

10.2 Within five working days of receipt of the acceptance certificate and the report, the Principal shall sign the certificate or send a reasoned refusal stating the deficiencies."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

10.2 The Principal shall sign the acceptance certificate within five working days of receipt."""
  }
}

# "no notice", not "by written notice no later than six months before"
vocab cm_no = /\bno\b(?!\s+(?:later|earlier|more|less)\s+than\b)/

rule CM-003 "The term and renewal are stated, with a decision point before renewal" {
  area: contract
  severity: medium
  source: "000 (engagement lifecycle: renewal phase)"
  require: ((sentence (mentions "renew" near cm_contract within 8 words or mentions "extend" near cm_extendable within 4 words
                      or mentions cm_renewal_phrase)
                     and mentions cm_renewal_check
                     and not prohibits any party from cm_renewal_check
                     and not mentions ("without" | cm_no) near cm_renewal_check within 3 words)
            # The review in the next sentence, tied to a time before the end: "The Authority may extend
            # the Contract ... Not later than four months before the end ..., the Authority shall review".
            or (paragraph (mentions "renew" near cm_contract within 8 words or mentions "extend" near cm_extendable within 4 words
                           or mentions cm_renewal_phrase)
                          and mentions cm_renewal_check near cm_before_end within 15 words
                          and not prohibits any party from cm_renewal_check)
            # ... or in the next numbered paragraph of the article on the term: "3.2 The Parties may extend the
            # term by one year ... 3.3 ... no later than ninety days before the expiry of the term, the Orderer
            # shall prepare a written performance evaluation"
            or (section cm_term_heading (mentions "renew" near cm_contract within 8 words
                                         or mentions "extend" near cm_extendable within 4 words or mentions cm_renewal_phrase)
                and mentions cm_renewal_check near cm_before_end within 15 words
                and not prohibits any party from cm_renewal_check))
           and ((sentence mentions cm_term and has duration)
                # ("The Contract enters into force upon its signature by both Parties and is valid for thirty-six months")
                or (sentence mentions contract_self near cm_runs within 14 words and has duration)
                # "It starts on 1 July 2025 and runs for two years." under "How long does this agreement last?"
                or (sentence mentions cm_it_runs and has duration and heading mentions contract_self)
                or (sentence mentions cm_term and mentions ("renew" | "extend" | cm_renewal_phrase))
                or (sentence mentions ("agreement" | "contract" | cm_term) and mentions cm_dated_term))
           # (An extension left to a future amendment is no mechanism: "There shall be no automatic extension;
           # any extension shall depend on an amendment to be agreed by the Parties".)
           and not (sentence mentions cm_no_extension)
  message: "No term with a renewal or extension mechanism and a notice or review point before renewal was found."
  fix: "This Agreement starts on the Effective Date and continues for an Initial Term of [three (3)] years. It shall then renew for successive periods of twelve (12) months unless either party gives the other not less than six (6) months' written notice of non-renewal. No later than nine (9) months before the end of the Initial Term or any renewal period, the parties shall hold a renewal review of the Supplier's performance and the Client's requirements."
  tags: contract-management, term, renewal
  examples {
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

This agreement runs for one year from 1 August 2026. It then rolls over for another year each time, unless either of us gives the other two months' notice before the anniversary."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

This agreement runs for one year from 1 August 2026. Unused call credits roll over to the next month."""
    pass: """This Agreement is made between Stichting Zeepark (the "Foundation") and Windwardside Contact B.V. (the "Contractor").

The Contractor shall provide the Services to the Foundation.

This agreement is entered into for a period of five years from the Commencement Date. It is extended once, by two years, unless either party gives notice at least six months before the end of the five-year period."""
    gap: """This Agreement is made between Stichting Zeepark (the "Foundation") and Windwardside Contact B.V. (the "Contractor").

The Contractor shall provide the Services to the Foundation.

This agreement is entered into for a period of five years from the Commencement Date and ends on its expiry without further notice."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

## How long does this agreement last?

It starts on 1 July 2025 and runs for two years. After that, it renews automatically for one year at a time, unless either of us tells the other in writing at least 60 days before the renewal date that we do not want it to renew."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

## How long does this agreement last?

It starts on 1 July 2025. We will review how it is going from time to time."""
    pass: """This Agreement is made between Dixcart Carriage Company Limited (the "Company") and Havelet Contact Limited ("Havelet").

Havelet shall provide the Services to the Company.

2.1 This Agreement starts on the date above and continues for an initial term of three (3) seasons, ending on 31 March 2028.

2.2 It then renews automatically for further periods of one (1) season each, unless either party gives the other written notice of non-renewal no later than 30 November before the end of the then-current term."""
    pass: """This Agreement is made between Pitcairn Shore Landings Limited (the "Landing Office") and Tasman Reach Limited (the "Bureau").

The Bureau shall provide the Services to the Landing Office.

33. This Agreement starts on 1 October 2025 and runs for two (2) Seasons. It then continues Season by Season unless either party gives written notice by 30 June that it is not to continue for the next Season."""
    pass: """This Agreement is made between Adventdalen Ekspedisjon AS (the "Customer") and Nordlys Kundesenter AS (the "Supplier").

The Supplier shall provide the Services to the Customer.

The Agreement applies for three (3) years from 1 September 2025. The Customer may extend the Agreement by one (1) year at a time by written notice no later than six (6) months before the Agreement would otherwise expire."""
    gap: """This Agreement is made between Adventdalen Ekspedisjon AS (the "Customer") and Nordlys Kundesenter AS (the "Supplier").

The Supplier shall provide the Services to the Customer.

The Agreement applies for three (3) years from 1 September 2025 and then ends."""
    pass: """This Agreement is made between Kaya Supply B.V. (the "Principal") and Flamingo Contact B.V. (the "Contractor").

The Contractor shall operate the orders desk of the Principal.

19. This agreement is entered into for a period of three years from 1 May 2025. It is then extended each time by one year unless one of the Parties gives notice of termination at least six months before the end of the current period."""
    gap: """This Agreement is made between Kaya Supply B.V. (the "Principal") and Flamingo Contact B.V. (the "Contractor").

The Contractor shall operate the orders desk of the Principal.

19. This agreement is entered into for a period of three years from 1 May 2025. It then ends without further notice."""
    pass: """This Contract is made between Syndicat du Lagon (the "Authority") and Lagon Relation SAS (the "Holder").

The Holder shall answer calls for the Authority.

2.1 The Contract is concluded for an initial period of one year from 2 June 2025.

2.2 It may be renewed three times for one year each. No later than three months before each anniversary date, the Authority shall review the Holder's performance and notify the Holder of its decision to renew or not to renew."""
    pass: """This Agreement is made between Crewlink Maritime Agency, Inc. (the "AGENCY") and Bayside Contact Corp. (the "SERVICE PARTNER").

The SERVICE PARTNER shall operate the crew helpdesk of the AGENCY.

Section 10.01. This Agreement shall be effective for two (2) years from the Commencement Date.

Section 10.02. At least ninety (90) days before the end of the term, the Council shall review the latest Partnership Health Check and recommend to the parties whether to renew."""
    gap: """This Agreement is made between Crewlink Maritime Agency, Inc. (the "AGENCY") and Bayside Contact Corp. (the "SERVICE PARTNER").

The SERVICE PARTNER shall operate the crew helpdesk of the AGENCY.

Section 10.01. This Agreement shall be effective for two (2) years from the Commencement Date. The parties may discuss whether to extend it."""
    pass: """This Contract is made between Distillerie Anse Noire SAS (the "Principal") and Relais Caraibes SARL (the "Service Company").

The Service Company shall operate a distributor order desk for the Principal.

15.1 This Contract enters into force on 1 March 2026 for a period of two (2) years. It is then renewed by tacit agreement for successive periods of one (1) year, unless either Party terminates it by registered letter sent at least three (3) months before the expiry of the current period."""
    gap: """This Contract is made between Distillerie Anse Noire SAS (the "Principal") and Relais Caraibes SARL (the "Service Company").

The Service Company shall operate a distributor order desk for the Principal.

15.1 This Contract enters into force on 1 March 2026 for a period of two (2) years. It is then renewed by tacit agreement for successive periods of one (1) year."""
    pass: """This Agreement is made between Kestrel Point Trails Authority (the "Authority") and Bramble Reach Contact Services Limited (the "Contractor").

The Contractor shall answer the visitors of the Authority on its behalf.

13.1 This Agreement commences on 1 February 2026 and continues for three (3) Selling Seasons, until 31 December 2028. It shall thereafter renew for one Selling Season at a time, unless either party gives written notice of non-renewal on or before 30 September of the final year."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

This agreement lasts for two years from 1 October 2025. After that it carries on for one year at a time, unless one of us tells the other in writing at least three months before the end date that we do not want it to continue."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

This agreement lasts for two years from 1 October 2025. After that it carries on for one year at a time."""
    pass: """This Contract is made between Vanille Tahaa SARL ("the Ordering Party") and Moana Relation SAS ("the Service Provider").

The Service Provider shall answer the buyers of the Ordering Party on its behalf.

3.1 The contract takes effect on 1 May 2026 for a period of two (2) years.

3.2 It is then renewed by tacit renewal for successive periods of one (1) year, unless terminated by either Party by registered letter sent at least three (3) months before the anniversary date."""
    gap: """This Contract is made between Vanille Tahaa SARL ("the Ordering Party") and Moana Relation SAS ("the Service Provider").

The Service Provider shall answer the buyers of the Ordering Party on its behalf.

3.1 The contract takes effect on 1 May 2026 for a period of two (2) years.

3.2 It then expires and may not be renewed."""
    pass: """This Agreement is made between Pinelands Cranberry Growers' Cooperative, Inc. (the "Cooperative") and Barnegat Contact Solutions LLC (the "Contractor").

The Contractor shall answer the growers of the Cooperative on its behalf.

12.1 This Agreement begins on the Effective Date and continues for an initial term of three (3) crop years. It shall then renew automatically for successive one-crop-year terms unless either party gives written notice of non-renewal at least one hundred twenty (120) days before the end of the current term."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

## How long this agreement lasts

The agreement starts on 1 March 2026 and runs for two years. After that it carries on from year to year unless either of us gives the other at least three months' written notice before an anniversary that we want it to end."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

## How long this agreement lasts

The agreement starts on 1 March 2026 and runs for two years. After that it ends."""
    pass: "12.1 This Contract is concluded for two (2) years. It shall then be renewed by tacit agreement for successive periods of one (1) year, unless terminated by either Party by registered letter at least three (3) months before its expiry."
    pass: """12.1 This Contract is concluded for a term of two (2) years.

12.2 If neither Party declares its termination thirty (30) days before the expiry of its term, the Contract is deemed prolonged for each following year on the same terms."""
    gap: "12.1 This Contract is valid until 31 December 2027 and may not be prolonged."
    pass: "2.2 The Contract is concluded for two (2) years and shall be renewed automatically for successive periods of one (1) year, unless either Party opposes renewal by registered letter sent at least ninety (90) days before the end of the period in course."
    gap: "2.2 The Contract is concluded for two (2) years and shall be renewed automatically for successive periods of one (1) year, and neither Party may oppose its renewal."
    pass: "12.1 This Agreement enters into force on the date of signature and is concluded for a term of two (2) years. It shall be extended for successive periods of one (1) year unless either Party notifies the other of its refusal to extend no later than sixty (60) days before the end of the current term."
    gap: "12.1 This Agreement enters into force on the date of signature and is concluded for a term of two (2) years. It shall be extended for successive periods of one (1) year."
    pass: "This contract enters into force on the date of its signature for a period of one (1) year. It shall be renewed by tacit agreement for further periods of one (1) year, up to three times, unless either party gives notice of non-renewal at least three (3) months before the end of the current period."
    gap: "This contract enters into force on the date of its signature. It shall be renewed by tacit agreement for further periods of one (1) year, up to three times, unless either party gives notice of non-renewal at least three (3) months before the end of the current period."
    pass: "This agreement covers the 2026 harvest season. It renews for the 2027 and 2028 seasons unless either party gives notice of non-renewal by 30 November, after the annual review."
    gap: "This agreement covers the 2026 harvest season."
    pass: "29. This charter runs for three years from 1 April 2025. It may then be renewed for a further two years. No later than six months before the end of the three years, the Liaison Persons shall meet to consider whether the charter should be renewed."
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

This agreement lasts two years from the start date. After that it renews for one year at a time, unless either of us tells the other in writing at least six months before the end of the current period that it should end."""
    pass: "This contract shall have a term of three (3) years and shall be tacitly renewed for periods of one (1) year. Ninety (90) days before each expiry, the Strategic Committee shall meet to evaluate renewing the contract."
    pass: "This agreement starts on May 1, 2025 and lasts for two years. After that it renews for one year at a time, unless either of us tells the other at least 90 days before the end of the current period that we don't want to renew."
    gap: "This agreement starts on May 1, 2025 and lasts for two years. After that it renews for one year at a time."
    pass: """(a) This Agreement commences on the Effective Date and continues until May 31, 2028. It renews automatically for successive one-year terms unless either party gives written notice of non-renewal at least one hundred twenty (120) days before the end of the then-current term."""
    gap: "(a) This Agreement commences on the Effective Date and continues until May 31, 2028, when it ends."
    pass: "3.1 This Agreement runs for two (2) years from 1 July 2025. 3.2 The Client may extend the Agreement for one further year. Not later than four months before the end of the term, the Client shall review the Supplier's performance and notify the Supplier of its decision."
    gap: "3.1 This Agreement runs for two (2) years from 1 July 2025. 3.2 The Client may extend the Agreement for one further year. The Client shall review the Supplier's performance each quarter."
    pass: """15.1 This agreement starts on signature and runs until 31 October 2028.

15.2 It then continues for one further period of two years unless either party gives notice at least six months before the end date."""
    pass: "This Contract shall run for four (4) years from the Commencement Date. The Department may extend it once for a further period of up to two (2) years by notice given not less than six (6) months before expiry."
    pass: """1. The Agreement is concluded for a period of three (3) years from 1 July 2025.

2. The Agreement shall be extended for successive periods of twelve (12) months unless either Party notifies the other Party in writing, at least six (6) months before the end of the current period, that it does not wish to extend it."""
    pass: """4.1 The Agreement applies from 1 March 2026 up to and including 28 February 2029.

4.2 The Company has the option to extend the Agreement twice, by one year each time, and shall review its need for the services not later than nine months before the Agreement would otherwise expire."""
    gap: "4.1 The Agreement applies from 1 March 2026 up to and including 28 February 2029. There is no option to extend it."
    pass: "The initial term of three (3) years shall renew for successive one-year periods unless either party gives 90 days' notice."
    pass: """The term of this Agreement begins on the Effective Date and continues for three (3) years (the "Initial Term").

Upon expiration of the Initial Term, this Agreement will automatically renew for successive one (1) year periods unless either Party notifies the other in writing of its intention not to renew at least one hundred twenty (120) days prior to the end of the then-current term."""
    pass: "The Bank may extend the Initial Term by one Extension Period of two (2) years by giving the Service Provider at least six (6) months' written notice before the end of the Initial Term."
    pass: """This Agreement shall continue for an initial term of five (5) years.

No later than nine (9) months before the end of the initial term, the Steering Committee shall hold a renewal review and recommend whether the Agreement should be renewed."""
    gap: "This Agreement shall continue until terminated by either party on ninety (90) days' notice."
    gap: "This Agreement shall automatically renew for successive one-year periods unless terminated in accordance with clause 20."
    gap: "This Agreement commences on the Effective Date and continues for an initial term of three (3) years."
    gap: "The Supplier shall renew its insurance policies each year and provide the Client with evidence of renewal on request."
    gap: "The Buyer may extend the Test Plan by such reasonable period as the Parties may agree."
    gap: "The Customer shall have an option to extend the Termination Assistance Period by up to six (6) months by notice to the Supplier."
    gap: "This Agreement continues for an initial term of three (3) years and renews automatically for successive one-year periods, and neither party may give notice of non-renewal."
    gap: "This Agreement continues for an initial term of three (3) years and then renews automatically for successive one-year periods without any review or notice of non-renewal."
    pass: """This contract will run for four (4) years from the Commencement Date.

The Customer may renew the contract for one further year by notifying the Provider at least ninety (90) days before expiry."""
    pass: """The Contract Period is four (4) years from the Commencement Date.

The Customer may extend it for one further year by notifying the Provider at least ninety (90) days before expiry."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

3.1 This agreement shall enter into force on 1 February 2025 and shall remain in force for two years. It shall not be tacitly renewed and shall terminate automatically on expiry, without the need for notice."""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

6. This Agreement is concluded for three seasons, from 1 October 2025 to 30 September 2028.

7. It shall be extended for a further two seasons on the same terms, unless either party notifies the other in writing of its wish not to extend, at least four months before expiry."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

6. This Agreement is concluded for three seasons, from 1 October 2025 to 30 September 2028, and shall then end."""
    pass: """This Agreement is executed between Langtang Gas Udyog Private Limited (the "Company") and Bagmati Contact Solutions Private Limited (the "Agency"). The Agency shall operate the refill booking helpline of the Company.

3.1 This Agreement shall remain in force for three (3) years from the Effective Date.
3.2 The Agreement may be renewed for a further period of two (2) years by mutual written consent. Not later than ninety (90) days prior to expiry, the Parties shall meet to review the performance of the Agreement and to decide upon renewal."""
    pass: """This contract is made between The Provincial Hospital Centre of Ouarzazate, hereinafter "the Hospital", and Draa Relation Client SARL, hereinafter "the Contractor". The Contractor shall operate the appointment call platform of the Hospital.

4. The contract is concluded for a period of one (1) year. It shall be renewed by tacit renewal for successive periods of one year, within a total limit of three (3) years.

5. At least sixty (60) days before each anniversary date, the Strategic Steering Committee shall examine the annual evaluation report and give its opinion on renewal."""
    pass: """This Agreement is concluded between the Nile Valley Savings Bank S.A.E. (the "Bank") and Giza Contact Company S.A.E. (the "Company"). The Company shall operate the card activation line of the Bank.

Clause (4) - Duration

The Agreement is for two (2) Gregorian years starting 1 May 2025. Three (3) months before its end, the Joint Committee shall meet to decide whether the Agreement is to be renewed for one further year."""
    pass: """This Contract is concluded between the Public Institution Šiauliai City Polyclinic (the "Purchaser") and UAB Saulės kontaktai (the "Service Provider"). The Service Provider shall operate the appointment line of the Purchaser.

12.1. The Contract is concluded for 24 months and may be extended once for 12 months by a written agreement of the Parties, provided that the evaluation carried out before the end of the initial term is at least satisfactory."""
    gap: """This Agreement is concluded between the Nile Valley Savings Bank S.A.E. (the "Bank") and Giza Contact Company S.A.E. (the "Company"). The Company shall operate the card activation line of the Bank.

Clause (4) - Duration

The Agreement is for two (2) Gregorian years starting 1 May 2025 and ends on its expiry without renewal."""
    gap: """This Contract is concluded between the Public Institution Šiauliai City Polyclinic (the "Purchaser") and UAB Saulės kontaktai (the "Service Provider"). The Service Provider shall operate the appointment line of the Purchaser.

12.1. The Contract is concluded for 24 months and may be extended once for 12 months by a written agreement of the Parties."""
    pass: """This contract is concluded between BALATONI ENERGIA Zrt. (the "Orderer") and SOMOGY-KONTAKT Kft. (the "Undertaker"). The Undertaker shall operate the customer line of the Orderer.

## 3. Term of the Contract

3.1. This contract is concluded for a fixed term of two (2) years from 1 April 2025.

3.2. The Parties may extend the term by one (1) year by written amendment.

3.3. No later than ninety (90) days before the expiry of the term, the Orderer shall prepare a written performance evaluation of the Undertaker, on the basis of which the Parties decide on any extension."""
    gap: """This contract is concluded between BALATONI ENERGIA Zrt. (the "Orderer") and SOMOGY-KONTAKT Kft. (the "Undertaker"). The Undertaker shall operate the customer line of the Orderer.

## 3. Term of the Contract

3.1. This contract is concluded for a fixed term of two (2) years from 1 April 2025.

3.2. The Parties may extend the term by one (1) year by written amendment.

## 8. Reporting

8.1. No later than ninety (90) days before the end of each year, the Undertaker shall send a written evaluation of its training programme."""
    pass: """Between Services Industriels de Nyon SA (hereinafter "the Mandator") and Léman Appels Sàrl (hereinafter "the Mandatary") this agreement is concluded. The Mandatary runs the appointment centre of the Mandator.

Article 3 – Duration

(a) The agreement takes effect on 1 June 2025 and is concluded until 31 December 2027.

(b) It is then renewed tacitly from year to year unless terminated by either party six (6) months before the expiry date."""
    gap: """Between Services Industriels de Nyon SA (hereinafter "the Mandator") and Léman Appels Sàrl (hereinafter "the Mandatary") this agreement is concluded. The Mandatary runs the appointment centre of the Mandator.

Article 3 – Duration

(a) The agreement takes effect on 1 June 2025 and is concluded until 31 December 2027, when it ends without renewal."""
    pass: """Entrusting Party: Jiaxing Elderly Care Guidance Centre, a public institution.

Entrusted Party: Jiaxing Hexin Service Outsourcing Co., Ltd.

Article 4 The term of this Contract is one year, from 1 July 2025 to 30 June 2026. Upon expiry, if neither Party raises an objection in writing sixty days in advance, the Contract is automatically renewed for one year. Before each renewal, the Entrusting Party shall take the result of the annual assessment into account."""
    pass: """This contract is concluded between ALPINE ROADS d.d. (the "Ordering Party") and KRAS CONTACT d.o.o. (the "Performer"). The Performer shall operate the toll helpdesk of the Ordering Party.

## Article 3 – Duration

This contract is concluded for a period of three years from 1 June 2025.

The Ordering Party may extend the contract by one year, not more than twice. The contracting parties shall decide on each extension at a meeting of the Joint Committee held no later than four months before the expiry of the current period."""
    gap: """This contract is concluded between ALPINE ROADS d.d. (the "Ordering Party") and KRAS CONTACT d.o.o. (the "Performer"). The Performer shall operate the toll helpdesk of the Ordering Party.

## Article 3 – Duration

This contract is concluded for a period of three years from 1 June 2025 and may not be extended."""
    gap: """BANCO POPULAR DO ABC S.A., hereinafter called the CONTRATANTE, and CENTRAL DE ATENDIMENTO LTDA., hereinafter called the CONTRATADA, agree as follows. The CONTRATADA shall operate the loans service centre.

10.6 Once a year the CONTRATANTE shall carry out the Supplier Performance Evaluation of the CONTRATADA; the result shall be taken into account in any decision on extending the Contract.

16.1 This Contract shall be in force for 24 (twenty-four) months from the date of its signature. There shall be no automatic extension; any extension shall depend on an amendment to be agreed by the Parties."""
    pass: """BANCO POPULAR DO ABC S.A., hereinafter called the CONTRATANTE, and CENTRAL DE ATENDIMENTO LTDA., hereinafter called the CONTRATADA, agree as follows. The CONTRATADA shall operate the loans service centre.

16.1 This Contract shall be in force for 24 (twenty-four) months from the date of its signature and may be extended for a further 12 (twelve) months. The CONTRATANTE shall decide on the extension no later than 90 (ninety) days before the expiry, on the basis of the annual Supplier Performance Evaluation."""
    gap: """This Contract is made between the Regional Revenue Bureau (hereinafter referred to as "the Institution") and Tossa Business Services PLC (hereinafter referred to as "the Contractor"). The Contractor shall run the registration desk of the Institution.

4.1 This Contract shall be valid for one (1) year from the date of its signature and may be extended as the Parties may agree.

14.2 If force majeure continues for more than sixty (60) days, either Party may terminate this Contract by written notice."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

3.1 The contract has a duration of two years from 1 September 2025.

3.2 It may be extended for one further year; the Principal shall review the Contractor's performance and notify its decision on the extension at least three months before the end of the current period."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

3.1 The contract has a duration of two years from 1 September 2025, without any extension."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

3.1 The Contract enters into force upon its signature by both Parties and is valid for thirty-six (36) months. It shall be extended by twelve (12) months at a time unless either Party notifies the other of non-extension at least 120 days before expiry."""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

2.1 This Agreement runs for three years from 1 July 2025.

2.2 The Client has two rights of renewal, each for a further term of one year. The Client may exercise a right of renewal by written notice given no later than three months before the end of the then current term."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

2.1 This Agreement runs for three years from 1 July 2025.

3.1 Any discretionary or vested right of renewal notwithstanding, either party may terminate this Agreement on ninety days' notice."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

3.2 The Contract shall remain in force for a period of two (2) years from the Commencement Date. The Contract may be extended for one (1) further year by mutual written agreement of the parties reached not later than three (3) months before the expiry of the initial period."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

3.2 The Contract shall remain in force for a period of two (2) years from the Commencement Date. The Contract may be extended for one (1) further year."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

2.1 This Contract continues for an Initial Term of three (3) years.

2.2 The Principal may extend this Contract for up to two further periods of twelve (12) months each. Not later than six (6) months before the end of the Initial Term or any extension, the parties shall hold a Contract Review, and the Principal shall decide on extension within one month after that review."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

2.1 This Contract continues for an Initial Term of three (3) years.

2.2 The Principal may extend this Contract for up to two further periods of twelve (12) months each. The parties shall hold a Contract Review every year."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

3.1 The contract is concluded for one year. It may be tacitly renewed three times for one year. The Principal may decide not to renew the contract by registered letter sent at least three months before the anniversary date."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

3.1 The contract is concluded for one year and may not be renewed."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

16.1 This Contract is valid until 31 December 2026. It is prolonged for each following calendar year unless a Party notifies the other of refusal of prolongation no later than sixty days before expiry."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

16.1 This Contract is valid until 31 December 2026. Its prolongation is excluded."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

2.1 The contract lasts twenty-four (24) months from the start of the service.

2.2 The Principal has the option to renew the contract for a further twelve months by notice sent at least sixty days before expiry."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

2.1 Each call lasts four minutes on average. The Principal has the option to order additional hours."""
  }
}
