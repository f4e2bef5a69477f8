pack bpo-spoc "1.0.0" { description: "Single points of contact on both sides: designation, authority and continuity" }

# ---- vocabularies ------------------------------------------------------------------------------

# A person who is a party's contact for the relationship, whatever the contract calls the role: a
# point of contact, a relationship / account / contract / service delivery / framework ... manager,
# executive, director or lead, or a party's (authorised) representative. Stemming reads "manager"
# and "management" alike ("contract management" is no contact), so this is a regular expression.
# The title alone, reused inside the patterns below; a bare "representative" is a contact only
# where it stands alone, not before "authority".
# French drafting's "correspondant" is translated "correspondent": "Each party shall designate a sole
# correspondent"; its "interlocuteur" (Portuguese "interlocutor") is the "interlocutor".
# (Korean drafting in translation names the contact its party's "single window" (창구).)
vocab spoc_title = /single\s+points?\s+of\s+contact|points?\s+of\s+contact|SPOCs?|(?:primary|main|principal|key|first|nominated|designated|named|dedicated|single|sole|day[\s-]to[\s-]day)\s+(?:(?:account|business|operational|relationship|contract|service)\s+)?contacts?(?!\s+(?:cent(?:re|er)s?|channels?|volumes?|handling|details|numbers?|records?|rates?))|contact\s+persons?|go-to\s+(?:persons?|people|contacts?)|persons?\s+in\s+charge(?:\s+of\s+(?:liaison|communications?|the\s+services))?|(?:liaison|nodal)\s+(?:officers?|persons?|contacts?)|(?:single|sole|only|primary|principal|main)\s+liaisons?\b|(?:single|sole|only|exclusive)\s+channel\s+(?:of|for)\s+(?:communications?|correspondence)|(?:administrador|administradora|coordinador|coordinadora|gestor|gestora|fiscal|supervisor|supervisora)\s+d(?:el|o|a)\s+(?:contrato|servicio|servi[çc]o)|prepostos?|(?:persons?|officers?)\s+responsible\s+for\s+(?:the\s+)?(?:performance|execution|implementation|administration)\s+of\s+(?:the|this)\s+(?:contract|agreement)|(?:client|engagement)\s+partners?|(?:relationship|account|client|customer|engagement|contracts?|commercial|framework|partnership|service\s+delivery|delivery|service|operations|partner|vendor|supplier|programme|program|project|liaison|governance)\s+(?:managers?|executives?|directors?|leads?|administrators?|officers?|co-?ordinators?|custodians?|stewards?|principals?)|(?:(?:authori[sz]ed|nominated|designated|contract|party|client|customer|supplier|vendor|provider|contractor|bank|company|buyer|authority|officer|technical|employer)['’]?s?\s+representatives?|(?-i:COR|COTR|CTR)s?|{contact_term}|correspondents?(?!\s+bank)|interlocutors?|(?:contract|project|service)\s+curators?|focal\s+(?:points?|persons?)|(?:single|sole|main|primary|designated)\s+contact\s+points?|contact\s+points?(?=\s+(?:of|for)\s+(?:the|each|either|its|their)\s)|(?:single|sole|contact)\s+windows?)/
# Italian and French drafting's contact: "a single service referent (referente unico del servizio)"
# (not a lead for one part of the work: "a process lead (référent processus)")
# (The accented "référent" is left to the words around it: an accented letter in a pattern this vocabulary lends
# to a dozen others would keep the engine from pre-scanning any of them for their opening words.)
vocab spoc_title += /(?:single\s+|sole\s+)?(?:service\s+|contract\s+)?referents?(?!\s+(?:processus|process|qualit|quality|technique|technical))/
  # ... and the French account director kept in the original: "the Contract Holder designates a directeur de compte"
  | /\bdirect(?:eur|rice)\s+de\s+(?:compte|projet|contrat)\b/ | /\bchef\s+de\s+projet\b/
vocab spoc_contact = /\b(?:{spoc_title}|representatives?)\b/

# Designating a contact: "appoint a Relationship Manager", "act as its single point of contact",
# "provide a dedicated Account Manager". Reporting to someone else's contact is no designation.
# (A body's member list names no contact: "two representatives of the Operator, one of whom shall be
# the Account Lead".)
vocab spoc_designation = /\b(?:(?:appoint|designat|nominat|identif|assign)\w*|name[ds]?|naming|act(?:s|ing)?\s+as|serv(?:e|es|ing)\s+as|(?<!whom\sshall\s)(?<!whom\swill\s)(?<!whom\smust\s)be)\s+(?:(?:a|an|the|its|their|our|your|one|his|her|such|each|as|single|dedicated|suitably|qualified|appropriately|experienced|senior|named|individual|person|employee|of|who|will|shall|to|initial|that|this|other|primary|principal|main|sole|first|key|overall|[\w-]+['’]s|client|customer|bank|company|buyer|purchaser|authority|insurer|retailer|supplier|vendor|provider|contractor|consultant)\s+){0,5}(?:{spoc_title}|representatives?)\b(?!\s+as\s+(?:(?:its|their|the|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:transition|exit|mobili[sz]ation|implementation|onboarding|training|security|privacy|fraud|project)\b)/
  | /\b(?:provid|maintain|mak)\w*\s+(?:available\s+)?(?:a|an|one)\s+(?:(?:single|dedicated|suitably|qualified|experienced|senior|named|full[\s-]time|client|customer|bank|company|buyer|purchaser|authority|insurer|retailer|supplier|vendor|provider|contractor|consultant)\s+){0,3}(?:{spoc_title}|representatives?)\b/
# The contact named before "as": "designates a Coordinator as its single point of contact".
# (the person may be named at length: "designates the Deputy Director in charge of resident services as its liaison person")
vocab spoc_designation += /\b(?:appoint|designat|nominat|nam)\w*\s+(?:[\w.,'’-]+\s+){1,9}?(?:to\s+act\s+|to\s+serve\s+)?as\s+(?:(?:its|their|the|his|her|a|an|each|that)\s+)?(?:[\w-]+['’]s?\s+)?(?:{spoc_title})\b/
# ... or as the party's own titled contact: "You'll name one person as your Freight Desk Contact"
vocab spoc_designation += /\b(?:appoint|designat|nominat|nam)\w*\s+(?:one|a|a\s+single|an)\s+(?:named\s+)?(?:person|individual|officer|employee)\s+as\s+(?:its|their|your|our|his|her)\s+(?-i:(?:[A-Z][\w-]*\s+){0,3}(?:Contact|Lead|Liaison|Manager|Coordinator|Co-ordinator|Representative))\b/
# The one channel described, not titled: "Each party shall name one person through whom all
# communications under this Agreement shall flow"
vocab spoc_designation += /\b(?:appoint|designat|nominat|nam)\w*\s+(?:one|a\s+single|a|an)\s+(?:person|individual|officer|representative|employee)\s+through\s+whom\s+(?:all|every)\b/
# ... with an aside between: "Each Party shall designate, within eight (8) days of signature, a sole correspondent"
vocab spoc_designation += /\b(?:appoint|designat|nominat|nam)\w*\s*,[^,;]{1,60},\s*(?:a|an|one|its|their)\s+(?:(?:single|sole|dedicated|named|senior|primary|main)\s+){0,3}(?:{spoc_title})\b/
# ... or made the party's one channel: "Each party shall appoint one named individual to be its single
# channel for day-to-day matters"
vocab spoc_designation += /\b(?:appoint|designat|nominat|nam)\w*\s+(?:one|a\s+single|a|an)\s+(?:named\s+|senior\s+)?(?:person|individual|officer|representative|employee)\s+(?:to\s+be|to\s+act\s+as|to\s+serve\s+as|as)\s+(?:its|their|the)\s+(?:single|sole|only|main|primary)\s+(?:channel|point|line|contact)\b/
# Each side's contact stated as a fact: "The Authority's Contract Manager is the Head of Customer
# Services." A title or a name follows; "is responsible for ..." states a duty, not who.
vocab spoc_client_named = /\b{client}['’]?s?\s+(?:{spoc_title})\s+(?:is|shall\s+be|will\s+be)\s+(?:(?:the|its|their)\s+)?(?-i:[A-Z])/
vocab spoc_provider_named = /\b{provider}['’]?s?\s+(?:{spoc_title})\s+(?:is|shall\s+be|will\s+be)\s+(?:(?:the|its|their)\s+)?(?-i:[A-Z])/

# The contacts given in a table that follows: "Each party designates the following contact for all
# communications under this Contract:"
vocab spoc_designation += /\b(?:designat|appoint|nominat|nam)\w*\s+the\s+following\s+(?:contacts?|representatives?|persons?)\s+for\b/
# ... or made one in a relative clause: "The Awarding Entity appoints an execution director (direttore
# dell'esecuzione del contratto, DEC), who is the Operator's point of contact for all matters"
vocab spoc_designation += /\b(?:appoint|designat|nominat|nam)\w*\s+(?:a|an|one|its|the)\s+(?:[\w-]+\s+){0,4}?(?:\([^()]{0,80}\)\s*)?,?\s*who\s+(?:is|shall\s+be|will\s+be|acts\s+as)\s+(?:the\s+)?(?:[\w'’-]+['’]s?\s+)?(?:sole\s+|single\s+|main\s+|primary\s+)?(?:point\s+of\s+contact|contact\s+person|interlocutor|contact(?=\s+(?:of|for)\b))\b/
# Having a contact: "We will each have one main contact".
vocab spoc_designation += /\bha(?:ve|s)\s+(?:a|an|one)\s+(?:single\s+|sole\s+|named\s+|dedicated\s+)?(?:{spoc_title})\b/
# a coordinator or contact of each party, however plain: "Each Party shall appoint a coordinator within 5 working days"
vocab spoc_designation += /\b(?:appoint|designat|nominat)\w*\s+(?:a|an|one|its)\s+(?:coordinator|co-ordinator|contact)\b(?!\s+(?:cent(?:re|er)|for\s+(?:the\s+)?(?:transition|exit|training|security|implementation)))/
# Two contacts, one per side, made the channel between the parties together: "The Supervisor, for the
# Client, and the Service Coordinator appointed by the Supplier shall be the sole channel of
# communication between the parties".
# The two sides' people made contacts for one another: "Our Account Lead and your Parts Support Manager
# are each other's main contact".
vocab spoc_each_others = /\beach\s+other['’]s\s+(?:(?:single|sole|main|primary|principal|first|key|day-to-day)\s+)?(?:points?\s+of\s+contact|contacts?|counterparts?|ports?\s+of\s+call)\b/
vocab spoc_give_named = /\b(?:give|gives|provide|provides|appoint|appoints|name|names)\s+(?:(?:us|you|them|it|the\s+other)\s+)?(?:a|an|one)\s+(?:named|dedicated|single)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:manager|lead|leader|contact|coordinator|co-ordinator|officer|representative|executive)\b/
vocab spoc_pair_channel = /\band\s+[^.;]{0,100}?\b(?:shall|will)\s+(?:together\s+|jointly\s+)?be\s+the\s+(?:sole|single|only|exclusive|principal|primary|main)\s+(?:channels?|points?|means|lines?)\s+of\s+(?:communication|contact)\s+between\s+(?:the\s+)?parties\b/
  # "The supervisor, for the Municipality, and the project coordinator, for the Operator, shall be the sole
  # interlocutors of the parties"
  | /,\s*for\s+the\s+{client},\s*and\s+[^.;]{0,60}?,\s*for\s+the\s+{provider},\s*(?:shall|will)\s+be\s+the\s+(?:sole|single|only|exclusive|principal|primary|main)\s+(?:interlocutors|contacts|points\s+of\s+contact|contact\s+persons|representatives)\b/

# Appointing a role by its title, whatever the title ("appoint a Service Owner", "designate a
# Retention Contract Manager", "appoint a Nodal Officer", "name an Account Custodian"): a capitalised title
# ending in a role noun.
# (A manager for one task, "an Exit Manager", "a Security Officer", is no contact for the relationship.)
vocab spoc_appoint_title = /\b(?:appoint|designat|nominat|nam)\w*\s+(?:(?:a|an|one|its|their|the|single|dedicated|senior|named|suitably|qualified|full-time)\s+){1,3}["“]?(?!(?-i:Exit|Transition|Mobilisation|Mobilization|Security|Data|Privacy|Health|Fraud|Training|Information\s+Security)\b)(?-i:(?:[A-Z][\w-]*\s+){0,3}(?:Manager|Director|Lead|Leader|Owner|Executive|Officer|Representative|Coordinator|Co-ordinator|Partner|Head|Controller|Administrator|Superintendent|Commissioner|Liaison|Contact|Custodian|Steward|Guardian|Champion|Sponsor|Focal\s+Point))\b/
vocab spoc_per_party = /\beach\s+of\s+whom\b[^.;]{0,60}?\b(?:that|its|their|the\s+relevant)\s+(?:party|organi[sz]ation|side)\b/
  # "The Agency's Account Lead and the Resort's Partnership Manager are each their Party's first point of contact"
  | /\b(?:are|shall\s+be|will\s+be)\s+each\s+(?:their|its|his\s+or\s+her)\s+(?:own\s+)?(?:party|side|organi[sz]ation)['’]s?\s+(?:(?:single|sole|primary|principal|main|key|first)\s+)?points?\s+of\s+contact\b/
  | /\b(?:shall|will)\s+each\s+be\s+(?:the\s+)?(?:single\s+|sole\s+|primary\s+|principal\s+|main\s+|key\s+|first\s+)?points?\s+of\s+contact\s+(?:of|for)\s+(?:their|its)\s+(?:respective\s+)?(?:party|parties|organi[sz]ations?|side)\b/
  # "The Service Manager and the Contract Lead are each the single point of contact for their Party"
  | /\b(?:are|shall\s+be|will\s+be)\s+each\s+(?:the\s+)?(?:single\s+|sole\s+|primary\s+|principal\s+|main\s+|first\s+)?points?\s+of\s+contact\s+(?:of|for)\s+(?:their|its)\s+(?:respective\s+)?(?:party|parties|organi[sz]ations?|side)\b/
  # "Each is the single point of contact for its party for all matters under this contract"
  | /\beach\s+(?:is|shall\s+be|will\s+be|acts?\s+as|shall\s+act\s+as)\s+(?:the\s+)?(?:single\s+|sole\s+|primary\s+|principal\s+|main\s+|first\s+)?points?\s+of\s+contact\s+(?:of|for)\s+(?:their|its)\s+(?:own\s+)?(?:party|organi[sz]ation|side)\b/
vocab spoc_designate_verb = "designate" | "appoint" | "nominate" | "name"
# Designated by both parties, in the passive.
vocab spoc_by_both = /\b(?:appoint|designat|nominat|nam)\w*\s+by\s+(?:each|both|either)\s+(?:of\s+the\s+)?(?:party|parties)\b/

# What makes a named role a contact for the relationship. Only multi-word phrases: a defined term
# whose definition opens with one of these counts as one, and a single word such as "principal"
# ("principal business address" in a party's definition) would make every party name a contact.
vocab spoc_contact_role = spoc_contact_named | "first point" | "port of call" | "liaison" | "liaise" | "act on behalf"
  | "acts on behalf" | "act for" | "day to day" | "relationship between the parties" | "principal contacts"
  | "primary contacts"
# A contact in so many words.
vocab spoc_contact_named = "point of contact" | "points of contact" | "contact person" | "primary contact"
  | "principal contact" | "main contact" | "key contact"
  # the idiom: "the first port of call for the other party on every matter"
  | "first port of call" | "single port of call" | "main port of call"
  | "go-to person" | "go-to contact" | "go-to people"
  # (not "first contact resolution", nor "from first contact to resolution")
  | /\b(?:is|are|be)\s+(?:the\s+|its\s+|their\s+)?first\s+contact\b/
  | /\beach\s+other['’]s\s+(?:first|main|primary|principal|single|day-to-day)\s+(?:point\s+of\s+)?contacts?\b/
  # the one route between the parties: "the single channel through which that party communicates"
  | /\b(?:single|sole|only|exclusive)\s+(?:channel|conduit|route)s?\s+(?:of\s+communication|through\s+which|between)\b/

# Both parties at once, in wording that is not a modal duty ("the parties have each designated").
vocab spoc_each_party = "each party" | "both parties" | "each of the parties" | "parties have each"
  | "each contracting party" | "both contracting parties"
  | "we will each" | "we shall each" | "we each" | "each of us" | "both of us"
  | "parties shall each" | "parties will each" | "parties each" | "respective parties"
  | /\beach\s+of\s+(?:the\s+)?(?:{client}|{provider}|commonwealth|government)\s+and\s+(?:the\s+)?(?:{client}|{provider}|commonwealth|government)\b/
  # both named first, then "each": "Gap shall designate a Contract Supervisor and Eul shall designate a Centre
  # Manager, and each shall act as the single window of its party"
  | /\b(?:{client}|{provider})\b[^.;]{1,120}?\band\s+(?:the\s+)?(?:{client}|{provider})\b[^.;]{1,80}?,?\s+and\s+each\s+(?:shall|will|must)\b/

# Authority and responsibility of a named contact (SPOC-002). The regular expressions read a contact
# followed closely by what it may decide or answers for, or "the authority of the <contact>". The
# words between stay in one sentence: a match from "your main contact." would swallow the next
# sentence's "The Account Lead may decide", and a match across sentences counts for neither.
# "Authority" is a power only before what it is over ("authority to", "authority for"): "the Head
# of Customer Services of the Authority" names the client.
# (Not across a second appointee: "an Account Director, who shall be its point of contact, and a Site
# Lead responsible for the site" gives the contact no responsibility.)
vocab spoc_authority = /\b{spoc_title}\b(?:['’]s?)?(?:[^\w.;!?]+(?!and\s+an?\s)\w+){0,8}?[^\w.;!?]+(?:(?-i:authority)(?=\s+(?:to|for|of|over|in|and|under|with|on|as|limits?|levels?)\b)|authori[sz]ed(?!\s+(?:representative|signatory|signatories|officer|person)s?\b)|empowered|(?<!\bthe\s)(?<!\ba\s)(?<!\bits\s)responsible|responsibilit\w*|accountable|accountabilit\w*|(?<!other\s)duties|mandate|powers?|decisions?|decide|bind|approve|approvals|commit\s+(?:its|their|that|the)\s+part(?:y|ies)|(?:may|can)\s+settle|sign\s+off)\b/
  | /\b(?:authority|responsibilit\w*|duties|role|roles|powers?|mandate|accountabilit\w*)\s+(?:and\s+\w+\s+)?of\s+(?:(?:the|each|its|their|a|an|party['’]s|\w+['’]s?)\s+){0,3}{spoc_title}\b/
  | /\b{spoc_title}\s+(?:shall|will|must)(?:\s+\w+){0,3}\s*:/
  # what the contact may settle: "Each Desk Coordinator may agree, on behalf of the party appointing them, any
  # operational matter" (not "may not agree")
  # the contacts called by their bare kind once designated: "Each lead may decide day-to-day matters",
  # "The Liaisons are empowered to issue and receive operational instructions" (not "may not")
  | /\b(?:each|the|either|both)\s+(?:(?:party['’]s|[\w-]+['’]s)\s+)?(?:leads?|liaisons?|contacts?|co-?ordinators?|delegates?|focal\s+(?:points?|persons?))\s+(?:may|can|is|are|shall\s+be|will\s+be)\s+(?!not\b)(?:\w+\s+){0,2}?(?:decide|empowered|authori[sz]ed|approve|agree|bind|settle)\b/
  # ("The Account Lead may, on the Bureau's behalf, agree date changes")
  | /\b{spoc_title}\s+(?:may|can|is\s+entitled\s+to|has\s+power\s+to)(?:\s+|\s*,[^,;.]{1,40},\s*)(?!not\b)(?:\w+\s+){0,2}?(?:agree|decide|approve|bind|settle|commit|authori[sz]e|sign\s+off)\b/
  # ... in the present: "The Booking Desk Manager decides agent rotas, waitlists and ...", "The contract
  # manager of the Second Contracting Party directs the team, decides on shift schedules"
  | /\b{spoc_title}\s+(?:of\s+the\s+(?:[\w-]+\s+){1,3}?)?(?:(?:directs|manages|runs|leads|supervises)\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:\s+and|\s*,)\s+)?(?:alone\s+)?(?:decides|approves|settles|authori[sz]es|signs\s+off)\b/
  # "Your go-to person can make day-to-day calls on staffing, agent schedules and scripts"
  | /\b{spoc_title}\s+(?:may|can|is\s+entitled\s+to)\s+(?!not\b)make\s+(?:[\w-]+\s+){0,2}?(?:calls|decisions|choices)\s+(?:on|about|over)\b/

# The contacts just appointed, by a pronoun: "Each of them may decide, and bind its party on, routine
# operating questions".
vocab spoc_they_decide = /\b(?:each\s+of\s+them|either\s+of\s+them|both\s+of\s+them|they)\s+(?:may|shall|will|can)\s+(?:\w+\s+){0,2}?(?:decide|bind|approve|settle|authori[sz]e)\b/

# What a contact may decide or answers for, next to its appointment ("appoint a representative who
# shall have authority to make decisions on its behalf").
# (Not the title "Authorised Representative": naming one grants no stated power.)
# (lower-case "authority" only, as below; the look-behind keeps the pattern findable by its word)
# Words that grant a power (lower-case "authority" only: "the Authority" is often the client itself).
vocab spoc_grant = /\bauthority\b(?<=(?-i:a)uthority)/ | exact "empowered" | exact "mandate" | exact "power to"
  | exact "powers"
vocab spoc_power = spoc_grant | /\bauthori[sz]ed\b(?!\s+(?:representative|signatory|signatories|officer|person)s?\b)/
  | spoc_responsible_for | exact "accountable for" | exact "responsibility for"
# (not the title of Baltic drafting's contact, "a person responsible for the performance of the Contract")
vocab spoc_responsible_for = /\bresponsible\s+for\b(?!\s+(?:the\s+)?(?:performance|execution|implementation|administration)\s+of\s+(?:the|this)\s+(?:contract|agreement)\b)/

# The same, without "authorised": "signed by the authorised representatives" gives nobody a role.
# (lower-case "authority" only: "the Authority" is often the client itself)
vocab spoc_power_duty = /(?-i:\bauthority\b)/ | exact "empowered" | spoc_responsible_for | exact "accountable for"
  | exact "responsibility for" | exact "mandate" | exact "power to" | exact "powers"

# Key personnel and the contact roles they include (SPOC-003).
vocab spoc_key = /\b(?:{spoc_title})\b/ | "key personnel" | "key staff" | "key people" | "key persons" | "key individuals"
  # procurement drafting: "The key experts named in the Service Provider's tender", "any of the key
  # professional staff named in its bid"
  | "key experts" | "key expert" | /\bkey\s+(?:professional|technical|senior|management)\s+(?:staff|personnel|experts?)\b/
  # Polish drafting: "A change of the persons indicated in the Contractor's tender ... requires the prior written consent"
  | /\bpersons?\s+(?:indicated|named|listed|identified|proposed)\s+in\s+(?:the\s+)?{provider's}\s+(?:tender|offer|bid|proposal)\b/
  | "key roles" | "key positions" | "key employees" | "key members" | "key team members" | "named personnel"
  | "named individuals" | "senior personnel" | "single point of contact" | exact "SPOC"
  | "specified personnel" | "nominated personnel" | "designated personnel" | "designated staff" | "nominated staff" | "critical personnel"
  | /\b(?:relationship|account|engagement|contracts?|service\s+delivery|delivery|programme|program|project)\s+(?:managers?|executives?|directors?|leads?)\b/
  # Any named senior role, written as a title ("the Service Director", "its Quality Manager",
  # "the Head of Operations", "a Desk Coordinator"): naming the role in the contract is what makes it key.
  # (not a party's own name: "the Service Partner")
  | /(?!(?:{client}|{provider})\b)(?-i:\b(?!(?:The|A|An|Each|Any|Such|Its|Their|No|All|Every|Other)\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:Manager|Director|Lead|Leader|Executive|Officer|Partner|Owner|Coordinator|Co-ordinator|Administrator|Custodian|Steward)s?\b)/
  | /(?-i:\bHeads?\s+of\s+[A-Z][a-z]+)/
  # ... or in lower case, as translations write titles: "the platform supervisor or the quality manager"
  | /\b(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:supervisor|manager|director|co-?ordinator)s?\b/
  # ... or in lower case, by what it heads: "the head of the export orders desk"
  | /\bheads?\s+of\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:desk|team|department|unit|cent(?:re|er)|operations|helpdesk|help\s+desk|hotline|line)\b/
  # people the contract names in a list of its own: "the shift supervisors identified in Annex I"
  | /\b(?:identified|named|listed|specified)\s+in\s+(?:annex|annexure|schedule|appendix|exhibit|attachment)\b/
  # ... or by what they are in charge of: "shall not replace the supervisor in charge of the Cepa account"
  | /\b(?:supervisors?|managers?|leads?|leaders?|co-?ordinators?|persons?|individuals?)\s+in\s+charge\s+of\s+(?:the|its|our|your|their)\b/
  # the provider's own people by their role: "shall not replace its site manager or its team leaders"
  | /\b(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:managers?|leads|leaders?|supervisors?|co-?ordinators?|directors?)\b/
  # a capitalised role of the contract's own ("its Coordinator"), and people listed by name in a
  # schedule ("the shift supervisors listed in Annex III")
  | /(?-i:\b(?:its|their|the|our|your)\s+(?:[A-Z][a-z]+\s+)?(?:Coordinator|Co-ordinator|Supervisor|Liaison)s?\b)/
  | /\b(?:personnel|persons|people|individuals|staff|supervisors|managers|team\s+leaders|agents)\s+(?:listed|named|identified|specified)\s+in\s+(?:annex|annexure|schedule|appendix|exhibit|attachment)\b/
# (A "transfer of knowledge" that a Transition Manager leads moves no one.)
# The key people named in the sentence before: "replacing either of them".
vocab spoc_key_ref = /\b(?:either|any|each|one|both|all|none|neither)\s+of\s+them\b/
                   # plain English: "Your Service Manager ... is key to us. You can't replace them without ..."
                   | /\b(?:him|her|them)\b/
                   | /\b(?:such|those|these)\s+(?:persons|people|individuals|key\s+\w+)\b/

vocab spoc_change = "remove" | "removal" | "replace" | "replacement" | "reassign" | "reassignment" | "substitute"
  # "The Agency shall not change key personnel without the prior written approval of the Corporation"
  | /\bchang(?:e|es|ing)\b(?=\s+(?:(?:any|the|its|their|a|of|in)\s+)*key\s)/
  # "The Key Personnel are ... A change of any of these persons requires the prior written consent"
  | /\bchange\s+of\s+(?:any\s+of\s+)?(?:these|those|such|the\s+said)\s+(?:persons?|individuals?|people|members?)\b/
  | "substitution"
  # plain English: "move our Account Lead or our start-up lead to other work", "move your Service Lead,
  # or the key people named in Schedule 1, off this agreement"
  | /\bmove\s+(?:our|your|its|their|the|any)\s+[^.;]{0,80}?\b(?:to\s+other\s+(?:work|duties|projects|accounts|clients|contracts)|off\s+(?:this|the)\s+(?:agreement|contract|account|services?|work))\b/
  # "We won't change your account lead without telling you", not "change the call scripts"
  | /\bchange\s+(?:our|your|its|their|the|any)\s+(?:[\w-]+\s+){0,3}?(?:leads?|leaders?|managers?|contacts?|representatives?|personnel|people|persons?|staff|supervisors?|directors?|co-?ordinators?)\b/
  # a change of someone, not of something: "any change of the Account Manager", not "any change of boat or time"
  | /\bchanges?\s+of\s+(?:(?:the|its|their|any|a|an|our|your)\s+)?(?:(?-i:[A-Z])|key\b|personnel\b|staff\b|contacts?\b|persons?\b|people\b|individuals?\b|managers?\b|leads?\b|representatives?\b|account\b|team\s+leaders?\b|supervisors?\b)/
  # (not a power the contact holds: "Our account manager can agree changes to our staffing")
  | /(?<!\bagree\s)(?<!\bapprove\s)(?<!\bauthorise\s)(?<!\bauthorize\s)\bchanges\s+to\b/ | exact "changing" | "change the" | "change any" | "change its"
  # the passive: "The Account Lead and the team leaders may be changed only with the Client's approval"
  | exact "be changed"
  | "withdraw" | "withdrawn" | "withdrawal" | /\b(?<!knowledge\s)(?<!data\s)(?<!call\s)transfer(?:s|red|ring)?\b(?!\s+of\s+(?:the\s+)?(?:knowledge|know-how|skills|data|records|information|calls?|assets|services|work))/ | "redeploy" | "rotate" | "rotation" | "re-deploy" | "re-assign"
  | "swap" | "swaps" | "swapping" | "swap out" | "switch out"
  # the idiom: "take any of the Key Staff off the Services", "put another person in a Key Staff role"
  | /\b(?:take|takes|taking|took|move|moves|moving)\s+(?:[\w'’-]+\s+){1,8}?off\s+(?:the\s+|this\s+|our\s+|your\s+|its\s+|their\s+)?(?:services|account|contract|agreement|engagement|programme|program|work)\b/
  # ... and the passive: "No Key Person may be taken off the Company's account"
  | /\b(?:be|been|is|are)\s+(?:taken|moved)\s+off\s+(?:the\s+|this\s+|our\s+|your\s+|its\s+|their\s+)?(?:[\w-]+['’]s\s+)?(?:services|account|contract|agreement|engagement|programme|program|work)\b/
  | /\bput(?:s|ting)?\s+(?:another|a\s+new|a\s+different|someone\s+else|any\s+other)\s+(?:[\w-]+\s+)?in(?:to)?\s+(?:a|the|that|any)\b/
# The client's say: its consent, or notice given before the change. Notice counts only when it comes
# first ("prior notice", "notify ... of any proposed replacement"): "will inform the Customer of a
# change as soon as practicable" is news after the event.
vocab spoc_consent = "consent" | "approval" | "approve" | "written agreement" | "prior agreement" | "agreement of"
  | "objection" | "acceptance" | "accept" | "agree"
  # translated drafting: "shall require the prior written authorisation of THE CLIENT"
  | "authorisation" | "authorization"
  # plain English: "without our written OK", "without our say-so"
  | /\b(?:written\s+)?(?:OK|okay|go-ahead|say-so)\b/
  # "unless the Floors have first agreed in writing"
  | /\b(?:has|have)\s+(?:first\s+|previously\s+|already\s+)?agreed\b/
vocab spoc_notice = "notice" | "notify" | "notification" | "consult" | "inform"
  # plain English: "without telling you at least 30 days ahead"
  | /\b(?:tell|telling|let|letting)\s+(?:you|us|the\s+(?:client|customer|company|bank|authority|buyer|purchaser)|{client})\b/
# Notice as the means of the change ("may replace ... by written notice to the Client") comes with it.
vocab spoc_by_notice = /\b(?:by|on|upon|after\s+giving|giving)\s+(?:(?:prior|reasonable|written|advance|formal|not\s+less\s+than|at\s+least|\w+|\(\d+\))\s+){0,5}?(?:days['’]?\s+|months['’]?\s+|weeks['’]?\s+)?(?:written\s+)?notice\s+(?:in\s+writing\s+)?to\s+(?:the\s+)?(?:client|customer|bank|company|buyer|purchaser|authority|commonwealth|agency|department|government|contracting\s+officer|other\s+part(?:y|ies))\b/
# Notice given to the client as the means: "without giving you at least 30 days' prior written notice".
vocab spoc_by_notice += /\b(?:giv(?:e|es|ing)|serv(?:e|es|ing))\s+(?:you|(?:the\s+)?{client})\s+(?:(?:prior|reasonable|written|advance|formal|not\s+less\s+than|at\s+least|[\w-]+['’]?|\(\d+\))\s+){0,6}?notice\b/
vocab spoc_prior = "prior" | "advance" | "before" | "beforehand" | "proposed" | "propose" | "intention"
  | "intend" | "at least" | "not less than" | "in advance"
# The client by name too ("without Harbourline's prior written approval"), and "you" where the
# provider writes as "we". Across a whole section only the role words count: a client's name
# anywhere in a section (agreeing call guides) says nothing about replacing its people.
# (and the client's own officers who approve, by the titles the contract gives them: "the prior written approval
# of the Contract Administrator", named earlier as "the Contract Administrator for the Institute"; not the officer
# replaced: "notice before replacing the Contract Manager")
vocab spoc_approver = party client | spoc_approver_word | exact "you" | exact "your"
  | /\b(?:approval|consent|agreement|authori[sz]ation|acceptance)\s+(?:in\s+writing\s+)?(?:of|by|from)\s+(?:the\s+)?{client_staff}\b/
vocab spoc_approver_word = "client" | "customer" | "bank" | "company" | "buyer" | "purchaser" | "authority"
  | "commonwealth" | "agency" | "department" | "government" | "contracting officer" | "other party"
  # the public client's officer who approves on its behalf: "without the prior written approval of the
  # Commissioner", "of the Chief Procurement Officer", Latin drafting's contract manager ("the prior acceptance
  # of the gestor")
  | "commissioner" | "procurement officer" | /\b(?:gestor|gestora|administrador|administradora)\b/
  | "other parties" | /\b(?-i:COR|COTR|CO)\b/
  # a body of the contract that approves for the client: "without the prior written approval of the
  # Committee" (not a company's own "Board of Directors")
  | /\bthe\s+(?-i:(?:[A-Z][\w-]*\s+){0,3}(?:Committee|Commission|Council|Board|Panel))\b(?!\s+of\s+(?i:directors|management))/
# A free hand to replace: "may replace ... at any time without notice".
# (Not after "Neither of them": "Neither of them may be replaced without the prior written approval".)
vocab spoc_free = /(?<!neither\sof\sthem\s)(?<!neither\sof\swhom\s)(?<!none\sof\sthem\s)\b(?:may|can|is\s+entitled\s+to|shall\s+be\s+entitled\s+to|is\s+free\s+to|reserves\s+the\s+right\s+to)\b(?!\s+not\b|['’]t\b|not\b)[^.;]{0,120}?\bwithout\s+(?:any\s+)?(?:(?:obligation|duty|need)\s+to\s+)?(?:(?:prior|written|the|our|your|its|their|need\s+for|requirement\s+for|reference\s+to|obtaining|seeking|giving|(?:client|customer|bank|company|authority)['’]?s?|[\w-]+['’]s)\s+){0,4}(?:notice|consent|approval|agreement|notification|asking|telling|consulting|informing|notifying|notify|inform|consult|tell|ask)\b/
  # ("... as its business requires, without any obligation to notify the Company in advance")
  # "We may change your Account Lead at any time, and we don't need to tell you beforehand"
  # (from the subject: words inside a negation are not matched on their own)
  | /\b(?:we|you|it|they)\s+(?:don['’]t|do\s+not|doesn['’]t|does\s+not|won['’]t|will\s+not|shall\s+not)\s+(?:need|have)\s+to\s+(?:tell|notify|inform|ask|consult)\b/
  | "at its sole discretion" | "at its absolute discretion" | "in its sole discretion" | "in its absolute discretion"
  | "at its discretion" | "at its own discretion" | "in its discretion" | "as it sees fit" | "as it thinks fit"
  | /\bwithout\s+(?:reference|recourse)\s+to\s+(?:the\s+)?(?:{client}|commonwealth|government)\b/
  # "such replacement requires neither the consent of, nor notice to, the Workshop"
  | /\b(?:requires?|needs?)\s+neither\s+(?:the\s+|any\s+|prior\s+)?(?:consent|approval|agreement|notice)\b/
  # "may reassign its personnel, including the Account Director and team leaders, according to its internal
  # human-resources arrangements"
  | /\b(?:may|can|is\s+free\s+to)\s+(?:reassign|replace|change|substitute|move|rotate)\b[^.;]{0,100}?\b(?:according\s+to|in\s+accordance\s+with|under)\s+its\s+(?:own\s+)?(?:internal\s+)?(?:human[\s-]resources?|HR|staffing|personnel)\b/
  # "is free to substitute the preposto and its supervisors, there being no need for prior communication to or approval by"
  | /\b(?:there\s+being|with)\s+no\s+need\s+(?:for|of)\s+(?:any\s+)?(?:prior\s+)?(?:communication|notice|notification|consent|approval|agreement)\b/
  # "The Contractor decides alone on the selection, deployment and replacement of its personnel"
  | /\b(?:decides?|determines?)\s+(?:alone|solely|unilaterally)\s+(?:on|upon)\b/

# A contact named for one side: "the Client's Contract Manager", "Supplier Relationship Manager".
vocab spoc_client_contact = /(?<!\bbe\s)(?<!\bas\s)(?<!\bbe\sthe\s)(?<!\bas\sthe\s)\b(?:{client}|commonwealth|agency|government)(?:['’]s?)?\s+(?:(?:(?:single|sole|primary|principal|main|key|first|designated|nominated)\s+)?points?\s+of\s+contact|primary\s+contact|relationship\s+manager|account\s+manager|contracts?\s+manager|contract\s+administrator|service\s+manager|vendor\s+manager|supplier\s+manager|programme\s+manager|program\s+manager|project\s+manager|representative|authori[sz]ed\s+representative|liaison)s?\b/
vocab spoc_provider_contact = /\b{provider}(?:['’]s?)?\s+(?:(?:(?:single|sole|primary|principal|main|key|first|designated|nominated)\s+)?points?\s+of\s+contact|primary\s+contact|relationship\s+manager|account\s+manager|account\s+executive|account\s+director|contracts?\s+manager|service\s+delivery\s+manager|delivery\s+manager|service\s+manager|programme\s+manager|program\s+manager|project\s+manager|engagement\s+manager|representative|authori[sz]ed\s+representative|liaison)s?\b/

# The client changing its own contact ("notify the Supplier in advance of any change of the Client's
# Person in Charge") restricts nothing the provider does. "Your Account Lead", where the provider
# writes as "we", is the provider's person serving the client.
vocab spoc_client_own = /\b(?:chang\w*|replac\w*|substitut\w*|reassign\w*|remov\w*)\s+(?:of\s+|to\s+)?(?:the\s+|its\s+)?(?!your\b){client}['’]?s?\s+(?:own\s+)?(?:{spoc_title})/
# ... or "The Authority shall give the Operator 15 days' notice before replacing its Contract Officer".
# ... or "The Distillery shall inform the Bureau in writing before replacing its Head of Export Sales"
# ... "The Cooperative shall give the Contractor at least ten (10) Business Days' notice before replacing
# the Cooperative Liaison"
vocab spoc_client_own += /\b(?:the\s+)?{client}\s+(?:shall|will|must|may)\s+[^.;]{0,80}?\b(?:chang|replac|substitut|reassign|remov)\w*\s+(?:its|the\s+{client}['’]?s?)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:{spoc_title}|(?-i:Heads?\s+of\s+[A-Z]|(?:[A-Z][\w-]*\s+){1,2}(?:Manager|Director|Lead|Leader|Executive|Officer|Owner)s?\b|(?:Liaison|Coordinator|Correspondent)s?\b))/

# ... or "The Lodge shall not change the person serving as Guest Journey Custodian without notice"
# (not "The Client may require the Supplier to replace the person serving as Account Manager")
vocab spoc_client_own += /\b(?:the\s+)?{client}\s+(?:shall|will|must|may)\s+(?:(?!{provider}\b)[^.;]){0,80}?\b(?:chang|replac|substitut|reassign|remov)\w*\s+(?:the\s+)?(?:person|individual)\s+(?:serving|acting)\s+as\b/

vocab spoc_not_removed = /\b(?:shall|will|must|may)\s+not\s+be\s+(?:removed|replaced|reassigned|substituted|withdrawn)\b/
  # "may be replaced only with the prior written consent of the Purchaser"
  | /\b(?:shall|will|must|may|can)\s+be\s+(?:removed|replaced|reassigned|substituted|withdrawn|changed)\s+only\s+(?:with|after|upon|on|following|if)\b/
  # "may only be replaced with the prior written approval of ..."
  | /\b(?:shall|will|must|may|can)\s+only\s+be\s+(?:removed|replaced|reassigned|substituted|withdrawn|changed)\s+(?:with|after|upon|on|following|if)\b/
# "Key Personnel stay in their roles unless the Company agrees in writing to a change"
vocab spoc_not_removed += /\b(?:(?:shall|will|must)\s+)?(?:stay|stays|remain|remains)\s+in\s+(?:their|his|her|its|the|that|those|these)\s+(?:roles?|posts?|positions?|jobs?)\s+unless\s+(?:[\w'’-]+\s+){0,3}?(?:(?:has|have|shall\s+have)\s+)?(?:first\s+)?(?:agrees?|agreed|consents?|consented|approves?|approved)\b/

# ---- rules -------------------------------------------------------------------------------------

rule SPOC-001 "Each party designates a single point of contact" {
  area: spoc
  severity: high
  source: "002 (SPOC on both sides)"
  require: (document obliges both parties to spoc_designation)
    or ((document obliges client to spoc_designation) and (document obliges provider to spoc_designation))
    # Each side's contact, by the party's own name, in one paragraph: "The COR is the Government's
    # primary point of contact. The Contractor's Program Manager is the Contractor's single point of contact."
    # (A person appointed to "be" or "act as" the Client's primary contact is the provider's, serving the client.)
    or (paragraph mentions spoc_client_contact and mentions spoc_provider_contact and mentions spoc_contact_role)
    or (sentence mentions spoc_each_party and mentions spoc_designation and not mentions optional)
    or (paragraph mentions spoc_client_named and mentions spoc_provider_named)
    or (sentence mentions spoc_pair_channel)
    # (not a committee's seats: "a Joint Helpline Committee of two representatives appointed by each party")
    or (sentence mentions spoc_contact and mentions spoc_by_both and not mentions ("committee" | "board" | "council" | "forum" | "panel"))
    # Each names its contact, and the sentence makes each the contact of its own side ("Vendor
    # designates its Client Partner, and Company designates its Vendor Relationship Director, each
    # of whom shall be that party's single point of contact").
    # Designated by a verb, or by naming each side's person in the sentence itself.
    or (sentence mentions spoc_per_party and mentions spoc_contact_role
        and (mentions spoc_designate_verb or mentions at least 2 different spoc_contact))
    # ... or names them in the sentence before: "The State's Contract Manager is ... The Contractor's Project
    # Manager is .... Each is the single point of contact for its party"
    or (paragraph mentions spoc_per_party and mentions spoc_contact_role and mentions at least 2 different spoc_contact)
    # Each party appoints a titled role, and the same clause (or paragraph, where the contract numbers
    # its paragraphs "§1." or not at all) makes those roles the contacts.
    or (clause obliges client to spoc_appoint_title and obliges provider to spoc_appoint_title
        and mentions spoc_contact_role)
    or (paragraph obliges client to spoc_appoint_title and obliges provider to spoc_appoint_title
        and mentions spoc_contact_role)
    # "Each of us names one lead for this agreement ... The leads are each other's first contact."
    # (Named as a contact in so many words: Exit Managers who "liaise" are no contacts for the relationship.)
    # (Distances run from the start of one match to the start of the other: "Each of us will name" is 4.)
    or (paragraph mentions spoc_each_party near spoc_designate_verb within 5 words and mentions spoc_contact_named
        and not mentions optional)
    or (sentence mentions spoc_each_others and mentions party client and mentions party provider and not mentions optional)
    # ... or the pair named first and made contacts in the next sentence: "We will give you a named
    # account lead, and you will give us a named bookings manager. They will be each other's main contact."
    or (paragraph mentions spoc_each_others and obliges client to spoc_give_named and obliges provider to spoc_give_named
        and not mentions optional)
  message: "A single point of contact designated by both parties was not found; each of the Client and the Supplier must name its contact for the relationship."
  fix: "Each party shall appoint a single point of contact for the relationship (the Supplier's Relationship Manager and the Client's Contract Manager), who shall be the primary point of contact for all matters under this Agreement, and shall notify the other party in writing of that person's name and contact details."
  tags: spoc, contacts
  examples {
    gap: """This Agreement is made between Harbour Salt Ltd (the "Client") and Tide Contact Ltd (the "Supplier").

The Supplier shall provide the Services to the Client.

The Client appoints its secretary and the Supplier appoints its operations manager as transition coordinators, who shall together lead the transition."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

You'll name one person as your Desk Contact, and we'll name one person as our Account Lead. Each is the main point of contact for their business."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

You'll name one person as your Desk Contact. We may tell you who to call."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

We will give you a named account lead, and you will give us a named bookings manager. They will be each other's main contact and first port of call."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

We will give you a named account lead. You may contact any of our team leaders as well."""
    pass: """This Agreement is made between Cilaos Verticale SAS (the "Principal") and Ocean Relation SARL (the "Service Provider").

The Service Provider shall provide the Services to the Principal.

6.1 Each Party shall designate, within eight (8) days of signature, a sole correspondent (interlocuteur unique) through whom all exchanges relating to this Agreement shall pass."""
    pass: """This Agreement is made between Periglis Narcissi Limited (the "Farm") and Penwith Care Limited (the "Provider").

The Provider shall provide the Services to the Farm.

6.1 Each party shall appoint one named individual to be its single channel for day-to-day matters."""
    pass: """This Contract is entered into by the Department of Coastal Parks (the "Agency") and Blue Ridge Contact Solutions, LLC (the "Contractor").

The Contractor shall answer the visitors of the Agency on its behalf.

4.5 Each party designates the following contact for all communications under this Contract:

| Party | Contact | Telephone |
|---|---|---|
| Agency | Reservations Manager | 804-555-0101 |
| Contractor | Account Lead | 540-555-0199 |"""
    gap: """This Contract is entered into by the Department of Coastal Parks (the "Agency") and Blue Ridge Contact Solutions, LLC (the "Contractor").

The Contractor shall answer the visitors of the Agency on its behalf.

4.5 Communications under this Contract may be sent to the following addresses:

| Party | Address |
|---|---|
| Agency | 600 Main Street |
| Contractor | 1410 Peters Creek Road |"""
    pass: """This Contract is made between the Union of Shea Producers of Leo (the "Union") and Faso Appel SARL (the "Service Company").

The Service Company shall operate, on behalf of the Union, a buyer order desk.

Each Party shall appoint a focal point, who shall be the usual interlocutor of the other Party for the performance of this Contract."""
    gap: """This Contract is made between the Union of Shea Producers of Leo (the "Union") and Faso Appel SARL (the "Service Company").

The Service Company shall operate, on behalf of the Union, a buyer order desk.

Communications under this Contract may be addressed to any officer of either Party."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Our main contact for you will be our Bookings Manager. Your main contact for us will be your Team Leader."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Our Bookings Manager will handle refunds. Your Team Leader will handle rotas."""
    gap: """This Agreement is made between Harbour Charters Ltd (the "Company") and Windward Bookings Ltd (the "Agent").

The Agent shall answer the guests of the Company on its behalf.

4.1 The parties shall establish a Joint Service Committee of two representatives appointed by each party."""
    pass: """FIRST OUTORGANTE: Olaria Lotus, Limitada, a private limited company with registered office in Macao, hereinafter "the Workshop";

SECOND OUTORGANTE: Apoio Perola, Limitada, a private limited company with registered office in Macao, hereinafter "the Provider".

The Provider shall answer the buyers of the Workshop on its behalf.

1. Each Outorgante shall appoint an Interlocutor, who shall be the sole channel of communication between the Outorgantes on all matters relating to this Contract."""
    pass: """This Agreement is made between St. Paul River Rice Milling Company, Inc. (the "Mill") and Capitol Hill Call Services, Inc. (the "Operator").

The Operator shall run a helpline for the farmers of the Mill on its behalf.

13. Each party shall name one person through whom all communications under this Agreement shall flow: for the Operator, its Helpline Manager; for the Mill, its Farmer Relations Coordinator."""
    gap: """This Agreement is made between St. Paul River Rice Milling Company, Inc. (the "Mill") and Capitol Hill Call Services, Inc. (the "Operator").

The Operator shall run a helpline for the farmers of the Mill on its behalf.

13. Each party shall send communications under this Agreement to the other's registered office."""
    pass: """This Agreement is made between Andros Flats Lodge Limited (the "Lodge") and Conch Reef Reservations Ltd. (the "Bureau").

The Bureau shall answer enquiries from the customers of the Lodge on its behalf.

7.1 The Bureau names its Bureau Manager, and the Lodge names its Guest Journey Custodian, as its contact person under this Agreement. Each is the first point of contact for the other party on all matters arising under it."""
    gap: """This Agreement is made between Andros Flats Lodge Limited (the "Lodge") and Conch Reef Reservations Ltd. (the "Bureau").

The Bureau shall answer enquiries from the customers of the Lodge on its behalf.

7.1 The Bureau names its Bureau Manager as its contact person under this Agreement."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Each of us will name one person who is the go-to contact for everything under this agreement. For us that is our Operations Manager. For you it is your Account Lead."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Each of us will name one person to attend the annual planning day. For us that is our Operations Manager."""
    pass: """This Contract is made between CAJUBIS S.A. ("the Exporter") and Geba Contacto Lda. ("the Operator").

1. Each Contracting Party shall designate one Interlocutor, who shall be the exclusive channel of communication between the Contracting Parties on matters concerning the execution of the Contract."""
    gap: """This Contract is made between CAJUBIS S.A. ("the Exporter") and Geba Contacto Lda. ("the Operator").

1. The Operator shall designate one Interlocutor, who shall be the exclusive channel of communication between the Contracting Parties on matters concerning the execution of the Contract."""
    pass: "5.1 The Supplier's Account Lead and the Client's Partnership Manager are each their Party's first point of contact for all matters under this Agreement."
    gap: "5.1 The Supplier's Account Lead is the first point of contact for all matters under this Agreement."
    gap: "5.1 The parties shall establish a Service Board consisting of two representatives of the Client, one of whom shall be the Operations Director, and two representatives of the Supplier, one of whom shall be the Account Lead."
    pass: "9.1 Each Party shall designate one interlocutor for the performance of this Contract and shall notify the other Party of that person's name and telephone number."
    gap: "9.1 The Supplier's agents shall be the sole interlocutors of the callers, and no caller shall be directed to the Client's staff."
    pass: """The Client shall designate a "Club Liaison" and the Supplier shall designate an "Account Director". Each is the first port of call of the designating party for every matter under this Agreement."""
    gap: """The Supplier shall designate an "Account Director" to run the desk."""
    pass: "Each party shall designate a sole correspondent for the performance of this contract."
    gap: "Each party may, if it wishes, designate a correspondent for the performance of this contract."
    gap: "Payments shall be made through the Supplier's correspondent bank in Paris."
    pass: """This agreement is between Prairie Line Inc. ("we") and Red Coulee Ltd. ("you"). We will answer your calls.

Our Account Lead and your Parts Support Manager are each other's main contact for everything under this agreement."""
    gap: """This agreement is between Prairie Line Inc. ("we") and Red Coulee Ltd. ("you"). We will answer your calls.

Our Account Lead and our Team Manager are each other's main contact when either is away."""
    pass: "Each of us names one go-to person for everything under this agreement. Ours is our Guest Services Coordinator. Yours is your Operations Manager."
    gap: "Our Guest Services Coordinator is the go-to person for boaters with questions about moorage."
    gap: "4.01 The Supplier shall designate an Account Director who shall be the Client's primary contact for all matters under this Agreement. The Supplier's Account Director on the Effective Date is Marisol Ortega."
    pass: "Each of us names one lead for this agreement: for us, our Rider Care Operations Manager; for you, your Account Lead. The leads are each other's first contact for everything under this agreement."
    gap: "Each of us names one lead for the training programme."
    pass: "6.1 The Supplier shall name an Account Custodian and the Client shall name a Contract Steward. Each of them is the first port of call for the other party on every matter arising under this Agreement."
    gap: "6.1 The Supplier shall name an Account Custodian, who is the first port of call for the Client on every matter arising under this Agreement."
    pass: "§1. Each party shall appoint a Coordinator, who shall be the sole channel of communication between the parties for the performance of this agreement."
    gap: "1.1 The Supplier shall appoint an Exit Manager and the Customer shall appoint an Exit Manager, and the Exit Managers shall liaise on all matters relating to exit."
    gap: "Each party may, if it wishes, nominate a relationship lead."
    pass: "Each party shall appoint a single point of contact for all matters relating to this Agreement."
    pass: "The Supplier shall designate a Relationship Manager and the Client shall designate a Contract Manager, each of whom shall be the primary point of contact for that party."
    pass: """The Vendor shall appoint an Account Executive who shall act as the Customer's primary point of contact.

The Customer shall nominate a Vendor Manager to liaise with the Account Executive."""
    pass: "The Bank's Relationship Manager and the Service Provider's Account Director shall be the principal contacts between the parties for the duration of the Agreement."
    pass: "Each party's Contract Manager shall be that party's single point of contact."
    pass: "The Company and the Contractor shall each nominate an Authorised Representative to act on its behalf."
    pass: "The parties have each designated a Project Director who will manage this Agreement on behalf of that party."
    pass: "A Contract Manager shall be appointed by each party to act as its single point of contact."
    pass: "Each of the Bank and the Service Provider shall nominate an individual to act as its primary point of contact."
    # A role title that opens with the party's own name ("a Company Contract Manager").
    pass: "The Contractor shall designate a Contractor Engagement Lead, and the Company shall designate a Company Contract Manager, to liaise with one another on all matters under this Agreement."
    pass: "5.5 The Department shall appoint a Service Owner and the Operator shall appoint a Contract Lead. The Service Owner and the Contract Lead shall each be the single point of contact for their organisation."
    pass: "The Vendor designates its Client Partner, and the Company designates its Vendor Relationship Director, each of whom shall be that party's single point of contact for all matters under this Agreement."
    gap: "The Vendor designates its Client Partner, who shall be the single point of contact for the Company on all matters."
    pass: "Aroha Ngata, the Supplier's Client Director, and Simon Bell, the Customer's Relationship Executive, will each be the main point of contact for their organisation."
    gap: "Aroha Ngata, the Supplier's Client Director, will be the main point of contact for the Customer's organisation."
    gap: "5.5 The Supplier shall appoint a Service Owner and the Customer may appoint a Contract Lead. The Service Owner shall be the single point of contact for the Services."
    # Each side's contact stated as who holds the role, and a contact named "as" the role.
    pass: "7.3 The Client's Contract Manager is the Director of Citizen Services. The Supplier's Contract Manager is its Client Director."
    gap: "7.3 The Client's Contract Manager is responsible for approving scripts. The Supplier's Contract Manager is responsible for staffing."
    pass: "Each party designates a Focal Person as its single point of contact for the performance of this Agreement."
    pass: "Each party names a key business contact: for the Client, Ana Ruiz; for the Supplier, Tom Beck."
    gap: "The Supplier names a key business contact: Tom Beck."
    pass: "We will each have one main contact. Ours is the Contract Manager named in Schedule 1."
    gap: "We will have one main contact, the Contract Manager named in Schedule 1."
    pass: "The Supervisor, for the Client, and the Service Coordinator appointed by the Supplier shall be the sole channel of communication between the parties."
    gap: "The Service Coordinator appointed by the Supplier shall be the sole channel of communication between the parties."
    gap: "Each party shall publish the main contact centre number on its website."
    gap: "The Supplier shall not be obliged to designate a single point of contact."
    gap: "The Supplier shall appoint an Account Manager who shall be the Client's single point of contact for the Services."
    gap: "The Service Provider shall provide a dedicated relationship manager for the Bank."
    gap: "Neither party shall be required to appoint a relationship manager."
    gap: "The Supplier shall report to the Client's Contract Manager, and the Client shall notify the Supplier's Account Manager of any complaint."
    gap: "All notices under this Agreement shall be sent to the addresses set out in Schedule 1."
    # A contact by the channel it is, under a title of the contract's own.
    pass: """This Contract is made between Qalam for Stationery Trading ("Qalam") and Wasla Contact Centres ("Wasla"). Wasla shall provide the Services to Qalam.

6.1 Qalam and Wasla shall each name a Coordinator, who shall be the single channel through which that party communicates with the other about the Services."""
    gap: "The Vendor shall name a Coordinator, who shall be the single channel through which it communicates with the Company about the Services."
    gap: "The parties shall each name a Coordinator for the training programme."
    gap: """# Contents

4. Contract Managers and Points of Contact ..... 9"""
    pass: """Haneul Card Co., Ltd. (hereinafter "Gap") and Seohae CS Co., Ltd. (hereinafter "Eul") enter into this Agreement concerning the entrustment by Gap to Eul of the operation of the customer centre.

Article 7 (Single Window)

(1) Gap shall designate a Contract Supervisor and Eul shall designate a Centre Manager, and each shall act as the single window of its party for all matters under this Agreement."""
    gap: """Haneul Card Co., Ltd. (hereinafter "Gap") and Seohae CS Co., Ltd. (hereinafter "Eul") enter into this Agreement concerning the entrustment by Gap to Eul of the operation of the customer centre.

Article 7 (Window)

(1) Eul shall designate a Centre Manager, who shall act as the single window of Eul for all matters under this Agreement."""
    pass: """This Agreement is between the State of Alaska, Department of Labor and Workforce Development (the "Department"), and Tanana Valley Contact Solutions, LLC (the "Contractor"). The Contractor shall answer unemployment insurance claimant calls for the Department.

5.1 The State's Contract Manager is the Contract Administration Unit Supervisor, currently Janet K. Moreau. The Contractor's Project Manager is Dale R. Fenwick. Each is the single point of contact for its party for all matters under this contract."""
    gap: """This Agreement is between the State of Alaska, Department of Labor and Workforce Development (the "Department"), and Tanana Valley Contact Solutions, LLC (the "Contractor"). The Contractor shall answer unemployment insurance claimant calls for the Department.

5.1 The Contractor's Project Manager is Dale R. Fenwick, who is the single point of contact of the Contractor for all matters under this contract."""
    pass: """Contract Data: the Client is Kentdale Building Society (the "Client") and the Consultant is Eden Valley Customer Care Ltd (the "Consultant"). The Consultant provides a mortgage payment support service to the Client.

12.1 The Service Manager acts for the Client. The Contract Lead acts for the Consultant. The Service Manager and the Contract Lead are each the single point of contact for their Party in all matters under this contract."""
    pass: """This Agreement is made between the Nagpur Municipal Corporation (the "Corporation") and Vidarbha Citizen Services Private Limited (the "Agency"). The Agency shall operate the property tax helpline for the Corporation.

6.1 The Corporation shall nominate the Assistant Commissioner (Revenue), and the Agency shall nominate its Project Head, as Nodal Officers, each being the single point of contact of its organisation for all matters under this Agreement."""
    gap: """This Agreement is made between the Nagpur Municipal Corporation (the "Corporation") and Vidarbha Citizen Services Private Limited (the "Agency"). The Agency shall operate the property tax helpline for the Corporation.

6.1 The Agency shall nominate its Project Head as Nodal Officer, the single point of contact of the Agency for all matters under this Agreement. The Corporation does not nominate a Nodal Officer."""
    pass: """This Contract is concluded between the Public Institution Šiauliai City Polyclinic (the "Purchaser") and UAB Saulės kontaktai (the "Service Provider"). The Service Provider shall operate the appointment line of the Purchaser.

8.1. Each Party appoints a person responsible for the performance of the Contract: for the Purchaser, the Head of Patient Services; for the Service Provider, its Project Manager."""
    gap: """This Contract is concluded between the Public Institution Šiauliai City Polyclinic (the "Purchaser") and UAB Saulės kontaktai (the "Service Provider"). The Service Provider shall operate the appointment line of the Purchaser.

8.1. The Service Provider appoints a person responsible for the performance of the Contract. The Purchaser communicates with the Service Provider through its general mailbox."""
    pass: """The following appear for the execution of this contract: the INSTITUTO DE PREVISIÓN DEL AUSTRO (hereinafter "LA CONTRATANTE") and CONTACTO CUENCA CÍA. LTDA. (hereinafter "LA CONTRATISTA"). LA CONTRATISTA shall operate the contact centre of LA CONTRATANTE.

9.1 LA CONTRATANTE designates as Administrador del Contrato the Head of the Benefits Unit, who shall be its only channel of communication with LA CONTRATISTA.

9.3 LA CONTRATISTA designates a Coordinador del Servicio, who shall be its only channel of communication with LA CONTRATANTE."""
    gap: """The following appear for the execution of this contract: the INSTITUTO DE PREVISIÓN DEL AUSTRO (hereinafter "LA CONTRATANTE") and CONTACTO CUENCA CÍA. LTDA. (hereinafter "LA CONTRATISTA"). LA CONTRATISTA shall operate the contact centre of LA CONTRATANTE.

9.3 LA CONTRATISTA designates a Coordinador del Servicio, who shall be its only channel of communication with LA CONTRATANTE. LA CONTRATANTE shall communicate through its general secretariat."""
    pass: """Joint-Stock Company "Qazaq Registry Centre", hereinafter referred to as the "Customer", and Limited Liability Partnership "Esil Contact", hereinafter referred to as the "Executor", have concluded this Contract. The Executor shall run the contact centre of the Customer.

5.1. Each Party shall appoint a coordinator within 5 (five) working days after signature. The coordinators are the single channel for correspondence between the Parties."""
    gap: """Joint-Stock Company "Qazaq Registry Centre", hereinafter referred to as the "Customer", and Limited Liability Partnership "Esil Contact", hereinafter referred to as the "Executor", have concluded this Contract. The Executor shall run the contact centre of the Customer.

5.1. The Executor shall appoint a coordinator for the transition within 5 (five) working days after signature."""
    pass: """This contract is made between the Municipality of Sondrio (the "Awarding Entity") and Valtellina Servizi (the "Operator").

6.1 The Awarding Entity appoints an execution director (direttore dell'esecuzione del contratto, DEC), who is the Operator's point of contact for all matters concerning the performance of the contract.

6.2 The Operator appoints a single service referent (referente unico del servizio), who is the DEC's point of contact."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

5.3 Each party shall have a sole interlocutor for all matters relating to the contract: for the Principal, the person responsible for the contract; for the Contractor, the service coordinator."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

5.3 The Contractor shall have a sole interlocutor for all matters relating to the contract."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

6.2 The supervisor, for the Principal, and the project coordinator, for the Contractor, shall be the sole interlocutors of the parties for all matters of the contract."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

4.4 The Principal's Program Coordinator and the Contractor's Program Manager shall each act as the sole liaison of its party for all communications concerning this Contract."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

4.4 The Contractor's Program Manager shall liaise with the Principal's staff as needed; the Principal's departments may contact any member of the Contractor's team."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

5.3 The Principal designates the Deputy Director in charge of resident services as its liaison person.

6.1 The Contractor designates its project manager as its liaison person."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

5.3 The Principal's Deputy Director in charge of resident services may attend the monthly meetings.

6.1 The Contractor designates its project manager as its liaison person."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

10-1 The Principal appoints Mrs. Maryam Sadeghi, head of the claims service unit, as the Employer's Representative, and the Contractor appoints Mr. Reza Kazemi as its Project Manager. Each of them is the sole channel for the communications of their party."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

10-1 The Contractor appoints Mr. Reza Kazemi as its Project Manager. The Principal's staff may contact any of the Contractor's experts directly."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.4. Each Party shall appoint one responsible coordinator who is the single contact of that Party for all matters under this Contract."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.4. The Contractor shall appoint one responsible coordinator who is the single contact of the Contractor for all matters under this Contract."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

6. Each party designates a single contact (interlocuteur unique): for the Principal, the head of the Pensions Service; for the Contractor, its project director."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.1 Each party shall appoint one focal person for all communications under this contract. The focal persons are listed in Annex 3."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.1 The Contractor shall appoint one focal person for all communications under this contract."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

6.1 The Contractor shall appoint a Responsible Person for Business who shall act as the contact point of the Contractor for all communications concerning the Work.

6.2 The Principal shall designate a Supervisory Officer, who shall act as the contact point of the Principal."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

6.1 The Contractor shall appoint a Responsible Person for Business. The Principal's website lists the contact points for residents at each branch office."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

4.1 The Principal appoints a Contract Curator, and the Contractor appoints a Project Manager, each of whom is the authorised representative of its party for all questions of performance of this Contract."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

4.1 The Contractor appoints a Project Manager, who is its authorised representative for all questions of performance of this Contract."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

6.1 The Principal designates a référent métier and the Contractor designates a directeur de compte. Each is the single point of contact of its party for the performance of the contract."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

6.1 Each party appoints a process lead (référent processus) responsible for the stages of the process it performs."""
  }
}

# Authority left to be settled later, or to whatever the contact's own post carries ("The powers of
# each contact person follow from his or her position within the party that appointed him or her"):
# nothing is stated in the contract.
# (Nor powers "set out in Annex C" where Annex C is intentionally left blank.)
vocab spoc_not_stated = deferred | empty_part_ref
  | /\b(?:follow|follows|derive|derives|flow|flows|result|results|arise|arises)\s+from\s+(?:his|her|their|its|his\s+or\s+her|the)\s+(?:own\s+)?(?:position|role|office|post|function|employment|rank|job)s?\b/
  # Nor the signing powers of a legal representative ("its legal representative has sufficient powers to
  # sign this Contract"), nor a process owner's accountability ("shall be the sole person accountable for
  # the member attention process"), which GOV-006 reads.
  | /\b(?:legal|statutory)\s+representatives?\s+(?:has|have|holds?|with)\s+(?:sufficient|full|the\s+necessary|all\s+necessary)\s+(?:powers?|authority)\b/
  # ... whoever holds them: "Its representative has sufficient powers to sign this contract"
  | /\b(?:sufficient|full|the\s+necessary|all\s+necessary)\s+(?:powers?|authority)\s+to\s+(?:sign|execute|enter\s+into|conclude)\s+(?:this|the)\s+(?:contract|agreement)\b/
  | /\baccountable\s+for\s+[^.;]{0,60}?\b(?:process|journey)\b/
  # Left to what may be written later: "Further arrangements about the role of the contact persons may
  # be made in the Service Description".
  | /\bmay\s+(?:later\s+|subsequently\s+)?be\s+(?:made|agreed|set\s+out|laid\s+down|specified|described|recorded)\s+in\b/
  # Nor the remit of a body the contact sits on: "an Operational Technical Table, composed of the Referente
  # Unico and the Company's service managers, with responsibility for operational matters"
  | /\b(?:composed|made\s+up|consisting|comprising)\s+(?:of\s+)?[^.;]{0,120}?,?\s+with\s+(?:the\s+)?(?:responsibility|authority|powers?|a\s+remit)\s+(?:for|to|over)\b/

# A contact responsible only for being the contact states no responsibility: "a project liaison person, who
# shall be responsible for communication with Party A on matters under this Agreement." (unless the
# sentence also gives it a power: "has authority to decide on the daily operation ... and is responsible
# for communication between the parties")
vocab spoc_only_liaison = /\b(?:responsible\s+for|in\s+charge\s+of)\s+(?:all\s+)?(?:communications?|communicating|liaison|liaising|contacts?)\s+(?:with|between)\s+[^.;,]{1,60}?(?:\s+(?:on|in\s+respect\s+of|regarding|concerning|about|in)\s+(?:all\s+|any\s+)?matters\s+(?:under|arising\s+under|relating\s+to|concerning)\s+(?:this|the)\s+(?:agreement|contract))?(?=\s*(?:[.;]|$))/
vocab spoc_decides = spoc_grant | "decide" | "approve" | "make decisions"

vocab spoc_contact_column = "delegate" | "contact" | "contacts" | "representative" | "lead" | "liaison" | "point of contact"
vocab spoc_authority_column = "authority" | "powers" | "decision rights" | "may decide" | "mandate"

rule SPOC-002 "The contacts' authority and responsibilities are stated" {
  area: spoc
  severity: medium
  source: "002 (clear definition of scope of authority and responsibility)"
  # Authority "to be set out in a Governance Charter" the committee will adopt later is not stated.
  require: (sentence mentions spoc_authority and not mentions spoc_not_stated
             and not (mentions spoc_only_liaison and not mentions spoc_decides))
    or (sentence mentions spoc_designation near spoc_power within 10 words and not mentions spoc_not_stated
        and not (mentions spoc_only_liaison and not mentions spoc_decides))
    # A contact named by a defined short form ("the AM is responsible for ...") is found through
    # its definition, which the regular expressions above cannot see.
    or (sentence mentions spoc_contact near spoc_power_duty within 4 words and not mentions spoc_not_stated)
    or (paragraph mentions spoc_designation and mentions spoc_they_decide and not mentions spoc_not_stated)
    # A table of the contacts with a column for their authority: "| Party | Delegate | Authority | Responsibilities |".
    or (row header mentions spoc_contact_column and header mentions spoc_authority_column and not mentions deferred)
  message: "The authority and responsibilities of the single points of contact (what they may decide and what they answer for) were not found."
  fix: "Each party's Relationship Manager shall have authority to make binding decisions on behalf of that party on day-to-day operational matters up to the limits set out in Schedule [X], and shall be responsible for the overall management of the relationship, service performance and the resolution of issues."
  tags: spoc, authority
  examples {
    gap: """This Agreement is made between Yotei Snow Resorts Co., Ltd. (the "Client") and Hokkai Call Partners Co., Ltd. (the "Provider").

The Provider shall provide the Services to the Client.

The Provider shall designate one Desk Liaison as its point of contact with the Client. The scope of authority of the Desk Liaison shall be set out in the operations manual to be prepared by the Provider."""
    pass: """This Agreement is made between Yotei Snow Resorts Co., Ltd. (the "Client") and Hokkai Call Partners Co., Ltd. (the "Provider").

The Provider shall provide the Services to the Client.

The Provider shall designate one Desk Liaison as its point of contact with the Client. The Desk Liaison has authority to approve refunds of up to JPY 50,000 and to change staffing rosters."""
    gap: """This Agreement is made between Stichting Zeepark (the "Foundation") and Windwardside Contact B.V. (the "Contractor").

The Contractor shall provide the Services to the Foundation.

Each party designates a contact person who is that party's single point of contact for the Services. Further arrangements about the role of the contact persons may be made in the Service Description."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

(1) Each of us names one lead for this agreement: for us, our Rider Care Operations Manager; for you, your Account Lead.

(2) Each lead may decide day-to-day matters (rota changes, script changes and refunds up to EUR 500). Neither lead may change the price."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

(1) Each of us names one lead for this agreement: for us, our Rider Care Operations Manager; for you, your Account Lead.

(2) Each lead may not decide anything without the written approval of the other party's board."""
    pass: """This Contract is made between Impulsa Plataforma S.A. ("THE PLATFORM") and Servicios Maya S.A. ("THE CONTRACTOR").

THE CONTRACTOR shall provide the SERVICES to THE PLATFORM.

(a) Each party designates a Liaison. All communications shall be channelled through the Liaisons.

(b) The Liaisons are empowered to issue and receive operational instructions and to approve response templates on behalf of their respective parties."""
    pass: """This Agreement is made between Apiary Exports Ltd (the "Exporter") and Honeyline Ltd (the "Operator").

The Operator shall provide the Services to the Exporter.

| Party | Delegate | Authority | Responsibilities |
|---|---|---|---|
| Exporter | Export Manager | Approves discounts up to 5% | Prices, samples, complaints |
| Operator | Desk Supervisor | Agrees rosters | Enquiries, orders |"""
    gap: """This Contract is made between Cementos del Norte S.A. ("THE COMPANY") and Distribuidora Sur S.A. ("THE VENDOR").

THE VENDOR shall provide the services to THE COMPANY.

THE VENDOR declares that its legal representative has sufficient powers to sign this Contract."""
    gap: """This Contract is made between AFP Futuro S.A. (the "Administrator") and Contacto S.A. (the "Contractor").

The Contractor shall provide the Services to the Administrator.

The Administrator's Member Service Manager shall be the sole person accountable for the member attention process, from the first contact to the closing of the case."""
    pass: """This Agreement is made between Direction Island Lodge Pty Ltd (the "Lodge") and Ocean Reservations Pty Ltd (the "Bureau").

The Bureau will take bookings for the Lodge.

5.1 The Bureau appoints its Account Lead as its first point of contact.

5.2 The Account Lead may, on the Bureau's behalf, agree date changes and waive amendment fees of up to AUD 250 per Booking."""
    gap: """This Contract is made between Syndicat du Lagon (the "Authority") and Lagon Relation SAS (the "Holder").

The Holder shall answer calls for the Authority.

4.1 The Holder shall designate a Contract Manager, who shall be the sole interlocutor of the Authority for the performance of the Contract."""
    gap: """This Agreement is made between Crewlink Maritime Agency, Inc. (the "AGENCY") and Bayside Contact Corp. (the "SERVICE PARTNER").

The SERVICE PARTNER shall operate the crew helpdesk of the AGENCY.

Section 4.01. Each party shall designate a Liaison Officer, who shall be its principal contact. The scope of authority of each Liaison Officer shall be settled by the Council at its first meeting."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Our main contact for you will be our Bookings Manager. Your main contact for us will be your Team Leader.

Our Bookings Manager can decide on refunds up to £300. Your Team Leader can decide your rotas and can agree a goodwill gesture up to £50 with a guest."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Our main contact for you will be our Bookings Manager. Your main contact for us will be your Team Leader."""
    pass: """This Agreement is made between Harbour Charters Ltd (the "Company") and Windward Bookings Ltd (the "Agent").

The Agent shall answer the guests of the Company on its behalf.

6.1 The Agent's Booking Desk Manager and the Company's Harbour Master shall each be the principal contact of their party for all matters under this Agreement.

6.2 The Booking Desk Manager decides agent rotas and waitlists. The Harbour Master decides boat allocation and weather calls."""
    gap: """This Agreement is made between Harbour Charters Ltd (the "Company") and Windward Bookings Ltd (the "Agent").

The Agent shall answer the guests of the Company on its behalf.

6.1 The Agent's Booking Desk Manager and the Company's Harbour Master shall each be the principal contact of their party for all matters under this Agreement.

6.2 The Booking Desk Manager works from the Agent's office in The Valley."""
    pass: """This Agreement is made between Pinelands Cranberry Growers' Cooperative, Inc. (the "Cooperative") and Barnegat Contact Solutions LLC (the "Contractor").

The Contractor shall answer the growers of the Cooperative on its behalf.

4.1 The Contractor's principal contact shall be its Grower Desk Principal, and the Cooperative's principal contact shall be the Cooperative Liaison.

4.2 The Grower Desk Principal shall be responsible for the daily running of the Desk and may, without further approval, decide agent schedules and overtime."""
    gap: """This Agreement is made between Pinelands Cranberry Growers' Cooperative, Inc. (the "Cooperative") and Barnegat Contact Solutions LLC (the "Contractor").

The Contractor shall answer the growers of the Cooperative on its behalf.

4.1 The Contractor's principal contact shall be its Grower Desk Principal, and the Cooperative's principal contact shall be the Cooperative Liaison.

4.2 The Grower Desk Principal shall work from the Contractor's office in Toms River."""
    gap: """This contract is made between Brasseries du Kouilou S.A. (the "Brewer") and Kouilou Relation Client SARL (the "Service Company").

The Service Company undertakes to provide the services of a bar orders desk to the Brewer.

5.1 Each Party shall designate a single correspondent through whom all communications relating to this contract shall pass.

5.2 The extent of the powers of each correspondent shall be specified later by common accord of the Parties."""
    gap: """This Agreement is made between Prestige Moorings S.A.M. (the "Harbour Company") and Riviera Owner Services S.A.R.L. (the "Provider").

Each Party shall appoint a Relationship Principal as its single point of contact. The authority of each Relationship Principal is set out in Annex C.

Annex C - Responsibilities Matrix and Authorities

[Intentionally left blank]"""
    pass: """This Agreement is made between Prestige Moorings S.A.M. (the "Harbour Company") and Riviera Owner Services S.A.R.L. (the "Provider").

Each Party shall appoint a Relationship Principal as its single point of contact. The authority of each Relationship Principal is set out in Annex C.

Annex C - Responsibilities Matrix and Authorities

Each Relationship Principal may approve script changes and agree staffing changes of up to ten agents."""
    gap: """This Contract is made between CAJUBIS S.A. ("the Exporter") and Geba Contacto Lda. ("the Operator").

1. Each Contracting Party shall designate one Interlocutor, who shall be the exclusive channel of communication between the Contracting Parties.

2. The powers of the Interlocutors shall be defined by the Commission at its first meeting."""
    pass: """This Contract is made between CAJUBIS S.A. ("the Exporter") and Geba Contacto Lda. ("the Operator").

1. Each Contracting Party shall designate one Interlocutor, who shall be the exclusive channel of communication between the Contracting Parties.

2. The powers of the Interlocutors are set out in Annex 3 and include approving scripts and staffing changes."""
    pass: """This Contract is made between Hydro Gestion S.A. ("the Principal") and Centre Chari SARL ("the Service Provider").

9. Each Party shall designate a Focal Point, who shall be its sole correspondent for the execution of this Contract.

10. The Focal Point of the Service Provider shall have authority to decide on the staffing and rosters of the Line."""
    gap: """This Contract is made between Hydro Gestion S.A. ("the Principal") and Centre Chari SARL ("the Service Provider").

9. Each Party shall designate a Focal Point, who shall be its sole correspondent for the execution of this Contract.

10. The Focal Points shall meet every month."""
    gap: """1. Each Party shall designate an interlocutor.

2. The powers of the interlocutors shall be defined by later agreement between the Parties."""
    gap: "1. Each Party shall designate a contact person, whose powers shall be specified subsequently by exchange of letters."
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

Each of us will name one go-to person. Your go-to person can make day-to-day calls on opening hours, stock and prices without checking with us."""
    gap: """This Agreement is made between Lagoon Port Authority (the "Authority") and Reef Contact Ltd (the "Contractor").

5.1 The parties shall establish a Berth Board consisting of two representatives of the Authority and two representatives of the Contractor."""
    pass: "5.1 Each party shall appoint a Desk Coordinator who shall be its principal contact with the other party. 5.2 Each Desk Coordinator may agree, on behalf of the party appointing them, any operational matter arising in the ordinary running of the Services."
    gap: "5.1 Each party shall appoint a Desk Coordinator who shall be its principal contact with the other party. 5.2 A Desk Coordinator may not agree any variation of this Agreement."
    gap: "Each party appoints one contact person, who is the single point of contact of that party. The powers of each contact person follow from his or her position within the party that appointed him or her."
    pass: "Each party appoints one contact person, who is the single point of contact of that party. The powers of each contact person are to decide day-to-day operational matters and to approve changes to opening hours."
    pass: "The Client's correspondent has authority to give operational instructions to the Supplier and to approve opening hours."
    gap: "The Client's correspondent shall receive the monthly report."
    gap: "Each party shall appoint a Principal Liaison, who shall be its main point of contact. The Principal Liaisons shall have such authority as each party may from time to time delegate to them."
    pass: "Each party shall designate a Coordinator, who shall be its sole channel of communication with the other party. Each Coordinator shall be authorized to take decisions on day-to-day operational matters."
    gap: "The Supplier shall appoint a Transition Coordinator to run the transition. The Transition Coordinator shall be authorized to take decisions on the transition plan."
    gap: "The Client designates its Head of Customer Relations as its Authorised Representative for the purposes of this Agreement."
    pass: "5.2 Each Relationship Principal may make binding decisions for the party that nominated him or her on operational matters, and may approve expenditure of up to 50,000 in any one instance."
    pass: "Our go-to person can approve refunds and booking exceptions up to $500 and give your team day-to-day instructions."
    pass: "6.2 The Account Custodian may take decisions that bind the Supplier on rosters and queue priorities, and may commit the Supplier to remedial actions costing up to 50,000 without further approval."
    gap: "6.2 The Account Custodian shall attend each quarterly review and circulate the minutes within five days."
    gap: "The scope of authority of each Program Contact shall be set out in a Governance Charter, which the Steering Committee shall adopt within ninety days."
    pass: "The Relationship Manager shall have authority to make binding decisions on day-to-day operational matters."
    pass: "The Customer's Contract Manager shall be responsible for approving changes below £50,000 and for accepting deliverables."
    pass: "The roles and responsibilities of the Account Executive are set out in Schedule 4."
    pass: "The Contracting Officer's Representative (COR) is responsible for technical administration of the order and is not empowered to authorise contractual changes."
    pass: "Each party shall appoint a representative who shall have authority to make decisions on its behalf in relation to this Agreement."
    pass: "The Service Provider's Account Director is authorised to agree variations to the Operations Manual on behalf of the Service Provider."
    pass: """The Vendor's Relationship Manager shall:

(a) manage the day-to-day relationship with the Customer;

(b) monitor performance against the Service Levels."""
    pass: """The Supplier's Account Manager (the "AM") shall be its single point of contact.

The AM is responsible for delivery of the Services and may commit the Supplier on staffing."""
    gap: "This Agreement is signed by the authorized representatives of the parties."
    gap: "The Authority's Contract Manager is the Head of Customer Services of the Authority."
    pass: "The Contract Manager shall have full authority to agree operational changes on behalf of the Operator."
    gap: """The Supplier's Account Manager (the "AM") shall be its single point of contact.

The AM shall attend the monthly review meeting."""
    gap: "The Supplier shall appoint a Relationship Manager."
    # The contact's powers in the sentence after the one that names it as the main contact.
    pass: "We will appoint a Client Lead who will be your main contact. The Client Lead may decide overtime and rota changes."
    gap: "We will appoint a Client Lead who will be your main contact. Decisions on overtime are taken by the Steering Group."
    gap: "If there is a dispute, the senior representatives of the parties who have authority to settle it shall meet in good faith to resolve it."
    gap: "The Relationship Manager shall attend the monthly service review meeting."
    gap: "The Supplier shall be responsible for the acts and omissions of its Subcontractors."
    gap: "Nothing in this Agreement requires the Supplier to define the authority of its Relationship Manager."
    gap: "The Supplier shall ensure that its Account Manager is available during Business Hours."
    gap: """# Contents

5. Authority of the Contract Managers ..... 10"""
    pass: "6.1 Each party shall name a Liaison Officer, who shall be its principal channel for all communications. 6.2 The Liaison Officers may settle operational matters on behalf of their party, up to EUR 2,000 each."
    pass: "4.03 The Client shall designate a Service Coordinator and the Supplier shall designate an Account Manager, each of whom shall serve as its primary contact for the other party. Each of them may decide, and bind its party on, routine operating questions."
    gap: "6.1 The Supplier shall appoint an Account Director, who shall be the Client's day-to-day point of contact for the Services, and a Site Lead responsible for the operation of the site."
    gap: "8.2 Any difference between the parties shall first be raised between the Coordinators, who shall try to settle it within a reasonable time."
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

6.2 The Contractor designates a Desk Coordinator and the Principal designates a Harbour Liaison. Each of them is the only channel through which the Parties communicate on the performance of the Contract.

6.3 The Desk Coordinator may decide on rosters and goodwill refunds up to EUR 1,500 per month."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

6.2 The Contractor designates a Desk Coordinator and the Principal designates a Harbour Liaison. Each of them is the only channel through which the Parties communicate on the performance of the Contract.

6.3 The Desk Coordinator shall attend the monthly meeting."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

8.1 The Client appoints the Office Liaison, and the Supplier appoints the Account Manager, as its primary point of contact.

7.3 The parties will agree a RACI matrix for the Helpdesk within 60 days after the commencement date.

8.2 What the Office Liaison and the Account Manager may decide, and what each of them is responsible for, will be set out in the RACI matrix referred to in clause 7.3."""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

8.1 The Client appoints the Office Liaison, and the Supplier appoints the Account Manager, as its primary point of contact.

8.2 The Office Liaison and the Account Manager may each decide rosters, script changes and refunds up to AUD 500."""
    gap: """This Agreement is made between Emerald Water Utility DAC (the "Utility") and Liffey BPO Limited (the "Contractor"). The Contractor shall provide customer contact services to the Utility.

20.2 Each party shall appoint an account manager as its point of contact. Each party may, from time to time, delegate such authority to its account manager as it deems fit."""
    gap: """This Agreement is made between Lionsgate Health Insurance Pte. Ltd. (the "Insurer") and Straits Customer Care Pte. Ltd. (the "Service Partner"). The Service Partner shall handle member enquiries for the Insurer.

9.2 Each Party shall appoint a single point of contact, whose responsibilities and authority will be determined by that Party from time to time."""
    gap: """Customer Service Outsourcing Cooperation Agreement between Wuhan Huandian Technology Co., Ltd. ("Party A") and Hubei Yunsheng Customer Service Co., Ltd. ("Party B"). Party B shall provide customer service to Party A's users.

Article 19. Party B shall designate a project liaison person, who shall be responsible for communication with Party A on matters under this Agreement."""
    pass: """Customer Service Outsourcing Cooperation Agreement between Wuhan Huandian Technology Co., Ltd. ("Party A") and Hubei Yunsheng Customer Service Co., Ltd. ("Party B"). Party B shall provide customer service to Party A's users.

Article 19. Party B shall designate a project liaison person, who shall be responsible for communication with Party A and shall have authority to decide staffing and scheduling matters on behalf of Party B."""
    pass: """This Agreement is made between Purewell Co., Ltd. ("Purewell") and Hanbit CS Co., Ltd. ("Hanbit"). Hanbit shall operate the care centre for Purewell's customers.

Article 7 (1) Purewell and Hanbit shall each designate one person in charge of this Agreement.
(2) Each person in charge has authority to decide on the daily operation of the care centre, including staffing levels and call scripts, and is responsible for communication between the parties."""
    pass: """Haneul Card Co., Ltd. (hereinafter "Gap") and Seohae CS Co., Ltd. (hereinafter "Eul") enter into this Agreement concerning the entrustment by Gap to Eul of the operation of the customer centre.

Article 7 (Single Window)

(1) Gap shall designate a Contract Supervisor and Eul shall designate a Centre Manager, and each shall act as the single window of its party.

(2) The Centre Manager has authority to decide the staffing and shift schedules of the Centre."""
    gap: """This Contract is made between Alabarda Fibra S.p.A. (the "Company") and Carso Contact Center S.r.l. (the "Supplier"). The Supplier shall provide customer care for the Company's fibre customers.

6.1 The Supplier shall appoint a Referente Unico (single contact person) for all communications with the Company.

7.2 The Parties also establish an Operational Technical Table, composed of the Referente Unico and the Company's service managers, with responsibility for operational matters, service levels and procedures."""
    pass: """This Agreement is made between the Pune Municipal Corporation (the "Corporation") and Deccan Contact Services Private Limited (the "Agency"). The Agency shall operate the water billing helpline for the Corporation.

4.1 The Corporation and the Agency shall each nominate a Nodal Officer.

4.2 The Nodal Officers are empowered to issue operational instructions, approve call scripts and settle day-to-day issues."""
    pass: """Between the Instituto Politécnico de Leiria (the "First Contracting Party") and Lis Contact, Lda. (the "Second Contracting Party") this contract is concluded. The Second Contracting Party shall operate the student services line of the First Contracting Party.

5.2. The contract manager of the Second Contracting Party directs the team, decides on rosters and commits the Second Contracting Party in all operational matters."""
    gap: """SERVICE CONTRACT entered into by ASEGURADORA DEL BAJÍO, S.A. DE C.V. ("LA CONTRATANTE") and CONTACTO LEÓN, S.A. DE C.V. ("EL PRESTADOR"). EL PRESTADOR shall operate the claims line of LA CONTRATANTE.

DECLARACIONES

II. EL PRESTADOR declares that its representative has sufficient powers to sign this contract, which have not been revoked."""
    gap: """This Agreement is made between the Pune Municipal Corporation (the "Corporation") and Deccan Contact Services Private Limited (the "Agency"). The Agency shall operate the water billing helpline for the Corporation.

4.1 The Corporation and the Agency shall each nominate a Nodal Officer to receive and pass on communications between the parties."""
    pass: """The following appear for the execution of this contract: the INSTITUTO DE PREVISIÓN DEL AUSTRO (hereinafter "LA CONTRATANTE") and CONTACTO CUENCA CÍA. LTDA. (hereinafter "LA CONTRATISTA"). LA CONTRATISTA shall operate the contact centre of LA CONTRATANTE.

9.3 LA CONTRATISTA designates a Coordinador del Servicio, who shall be its only channel of communication with LA CONTRATANTE and is empowered to decide on staffing and shifts."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

13.2 The Principal appoints a Contract Officer and the Contractor appoints a Service Coordinator. The powers of the Contract Officer and of the Service Coordinator shall be those delegated to them from time to time."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

11.1 Each party shall designate one authorised representative, who shall be the sole point of contact of that party. 11.2 The scope of each representative's authority shall be determined by the party that appoints them."""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

11.1 Each party shall designate one authorised representative, who shall be the sole point of contact of that party. 11.2 Each representative has authority to agree changes to scripts and staffing on behalf of the party that appoints them."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

4.5 The Principal shall appoint a contract coordinator and the Contractor shall appoint a service coordinator, and each shall notify the other of the name.

4.7 The Contractor may reassign its service coordinator or operators to other duties and shall inform the Principal of the change within five working days."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

4.5 The Principal shall appoint a contract coordinator and the Contractor shall appoint a service coordinator. The service coordinator is responsible for the daily running of the desk and may agree staffing changes with the contract coordinator."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.1 Each party shall appoint an Authorised Representative, who shall be that party's first port of call for all matters under this Contract.

7.3 Each Authorised Representative may give instructions and approvals on day-to-day operational matters, and may commit its party to Changes with a value of up to £10,000 in any Contract Year."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.1 Each party shall appoint an Authorised Representative, who shall be that party's first port of call for all matters under this Contract.

7.3 Each Authorised Representative shall keep a record of the instructions it sends."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7. Each party names a contact person, listed in Appendix 3, through whom all communication concerning this Agreement passes. The Contractor's key persons are the implementation manager, the service manager and the responsible dental hygienist."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7. Each party names a contact person, listed in Appendix 3, through whom all communication concerning this Agreement passes. The Contractor's service manager is responsible for the daily running of the service and may agree rota changes."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

6. Each party designates a single contact (interlocuteur unique): for the Principal, the head of the Pensions Service; for the Contractor, its project director.

The single contact of the Principal has authority to validate scripts and to give operational instructions."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

6. Each party designates a single contact (interlocuteur unique): for the Principal, the head of the Pensions Service; for the Contractor, its project director."""
  }
}

rule SPOC-003 "Key personnel cannot be replaced without the client's notice or approval" {
  area: spoc
  severity: medium
  source: "common BPO practice (continuity of the relationship, 002)"
  # (The notice may name its length between the party and the word: "without giving the Beneficiary
  # at least twenty (20) working days' prior written notice".)
  require: (sentence mentions spoc_change near spoc_key within 5 words
        and (mentions spoc_consent near spoc_approver within 6 words
          or mentions spoc_by_notice
          or mentions spoc_notice near spoc_approver within 9 words and mentions spoc_prior)
        and not mentions spoc_free and not mentions spoc_client_own)
    # The people may be listed before the verb ("The Key Account Manager, the Transition Lead and the
    # team leaders named in Annexure I shall not be removed or replaced without the Bank's approval").
    or (sentence mentions spoc_key and mentions spoc_not_removed and mentions spoc_consent near spoc_approver within 6 words
        and not mentions spoc_free and not mentions spoc_client_own)
    # Named as key in one sentence and protected in the next ("... are key personnel. The Supplier
    # shall not replace any of them without the prior written approval of the Board").
    # ... or referred back to ("... are key staff. The Operator shall give the Corporation at least thirty
    # (30) days' written notice before replacing either of them").
    or (paragraph (mentions spoc_key near spoc_change within 8 words
                   or mentions spoc_key and mentions spoc_change near spoc_key_ref within 2 words)
        and (mentions spoc_consent near spoc_approver within 6 words
          or mentions spoc_notice near spoc_approver within 9 words and mentions spoc_prior)
        and not mentions spoc_free and not mentions spoc_client_own)
    or (section spoc_key mentions spoc_change near spoc_key within 5 words
        and (mentions spoc_consent near spoc_approver_word within 6 words
          or mentions spoc_by_notice
          or mentions spoc_notice near spoc_approver_word within 9 words and mentions spoc_prior)
        and not mentions spoc_free and not mentions spoc_client_own)
  message: "No restriction was found on removing or replacing Key Personnel (including the contacts) without notice to, or the approval of, the Client."
  fix: "The Supplier shall not remove or replace any Key Personnel (including the Relationship Manager) without the Client's prior written consent, not to be unreasonably withheld, save in the case of death, illness, resignation or termination of employment, in which case the Supplier shall promptly notify the Client and propose a replacement of equivalent skill and experience for the Client's approval."
  tags: spoc, key-personnel, continuity
  examples {
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

You will tell us in writing at least 20 business days before you change your go-to person or your team leader."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

You can change your go-to person or your team leader whenever you need to."""
    gap: """This Agreement is made between Hjaltland Knitwear Limited (the "Company") and Skerryvoice Limited (the "Service Provider").

The Service Provider shall provide the Services to the Company.

## 5. Contacts and key personnel

5.1 The Service Provider shall appoint an Account Lead, and the Company shall appoint a Contract Lead.

5.2 The Contract Lead has authority to bind the Company on approval of scripts.

5.3 The Service Provider may remove or replace the Account Lead as its business requires, without any obligation to notify the Company in advance or to obtain the Company's consent."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

We won't change your account lead without telling you at least 30 days before the change."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

We may change your account lead at any time, and we don't need to tell you beforehand or get your agreement."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

You can change your team leads, or your Account Lead, without asking us or telling us beforehand."""
    pass: """This Contract is made between the CITY OF CHICAGO (the "City") and Lakeshore Citation Services, LLC (the "Contractor").

The Contractor shall run the parking help line of the City.

Section 5.03 Key Personnel. The Project Manager and the Quality Manager are Key Personnel. The Contractor shall not remove or replace any Key Personnel without the prior written approval of the Commissioner."""
    gap: """This Contract is made between the CITY OF CHICAGO (the "City") and Lakeshore Citation Services, LLC (the "Contractor").

The Contractor shall run the parking help line of the City.

Section 5.03 Key Personnel. The Project Manager and the Quality Manager are Key Personnel. The Contractor may remove or replace any Key Personnel and shall report the change to the Commissioner in its next monthly report."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

8.3 We will not move our Account Lead or our start-up lead to other work without telling you at least 30 days in advance and agreeing the replacement with you."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

8.3 We may move our Account Lead or our start-up lead to other work whenever we need to."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

22. You must not move your Service Lead, or the key people named in Schedule 1, off this agreement without our written approval."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Your Service Manager, named at the end of this agreement, is key to us. You can't replace them without telling us at least 30 days ahead and getting our written OK."""
    pass: """This Agreement is made between Cepa Vinos S.A. (the "Client") and Llamado S.R.L. (the "Supplier").

The Supplier shall provide the contact centre services to the Client.

The Supplier shall not replace the supervisor in charge of the Client account, who is considered key personnel for the purposes of this agreement, without notifying the Client at least fifteen (15) days in advance."""
    gap: """This Agreement is made between Harbour Motor Insurance Limited (the "Principal") and Kowloon Claims Services Limited (the "Contractor").

The Contractor shall take first notice of loss calls for the Principal.

9. Relationship Managers

9.1 Each party shall appoint a Relationship Manager, who shall be that party's single point of contact.

9.2 Each Relationship Manager shall have authority to approve rosters and call scripts.

9.3 The Principal shall not replace its Claims Journey Owner or its Relationship Manager without giving the Contractor not less than ten (10) Business Days' notice."""
    gap: """This Agreement is made between Mekong Water Company (the "Company") and Angkor Contact Co., Ltd. (the "Contractor").

The Contractor shall take well drilling bookings for the Company.

## Schedule 5 Transition Plan

Transition Lead: Mr Vuthy Heng (Contractor). Stages: knowledge transfer (weeks 1-3), parallel run (weeks 4-5), go-live once accepted in writing by the Company."""
    pass: """This Agreement is made between Kaya Supply B.V. (the "Principal") and Flamingo Contact B.V. (the "Contractor").

The Contractor shall operate the orders desk of the Principal.

4.3 The Account Manager and the team leaders named in Annex 2 are Designated Staff. The Contractor shall not withdraw or replace Designated Staff without the prior written consent of the Principal."""
    gap: """This Agreement is made between Kaya Supply B.V. (the "Principal") and Flamingo Contact B.V. (the "Contractor").

The Contractor shall operate the orders desk of the Principal.

4.3 The Account Manager and the team leaders named in Annex 2 are Designated Staff. The Contractor may withdraw or replace Designated Staff at any time and shall inform the Principal afterwards."""
    pass: """This Memorandum is made between Burley Tobacco Floors Inc. (the "Floors") and Bluegrass Contact LLC (the "Contractor").

The Contractor shall operate the grower helpline for the Floors.

5.3 The Contract Manager and the Training Lead are Key Personnel. Neither of them may be replaced unless the Floors have first agreed in writing."""
    gap: """This Memorandum is made between Burley Tobacco Floors Inc. (the "Floors") and Bluegrass Contact LLC (the "Contractor").

The Contractor shall operate the grower helpline for the Floors.

5.3 The Contract Manager and the Training Lead are Key Personnel. The Contractor may replace either of them at any time without the approval of the Floors."""
    pass: """FIRST CONTRACTING PARTY: Quinta do Rochedo, Lda., a private limited company with registered office in Funchal (hereinafter the "Lodge" or the "First Party");

SECOND CONTRACTING PARTY: Ponte Contacto, S.A., a public limited company with registered office in Funchal (hereinafter the "Service Provider" or the "Second Party").

The Service Provider shall operate the orders desk of the Lodge on its behalf.

17. The Second Party shall appoint a Desk Coordinator, who shall not be replaced without the prior written approval of the First Party."""
    gap: """FIRST CONTRACTING PARTY: Quinta do Rochedo, Lda., a private limited company with registered office in Funchal (hereinafter the "Lodge" or the "First Party");

SECOND CONTRACTING PARTY: Ponte Contacto, S.A., a public limited company with registered office in Funchal (hereinafter the "Service Provider" or the "Second Party").

The Service Provider shall operate the orders desk of the Lodge on its behalf.

17. The Second Party shall appoint a Desk Coordinator, who may be replaced by the Second Party at any time."""
    gap: """This Agreement is made between Pago Pago Albacore Packers Company (the "Cannery") and Leone Business Services LLC (the "Service Partner").

The Service Partner shall operate the supplier payments desk for the Cannery.

(d) The Service Partner may propose changes to the Service Levels. A proposed change takes effect only with the Cannery's written approval."""
    pass: """This Agreement is made between Harbour Charters Ltd (the "Company") and Windward Bookings Ltd (the "Agent").

The Agent shall answer the guests of the Company on its behalf.

4.3 The Account Lead and the Desk Manager are Key Personnel. No Key Person may be taken off the Company's account unless the Company has first approved the change in writing."""
    gap: """This Agreement is made between Harbour Charters Ltd (the "Company") and Windward Bookings Ltd (the "Agent").

The Agent shall answer the guests of the Company on its behalf.

4.3 The Account Lead and the Desk Manager are Key Personnel. The Agent may take a Key Person off the Company's account at any time without the Company's approval."""
    gap: """This Agreement is made between Harbour Charters Ltd (the "Company") and Windward Bookings Ltd (the "Agent").

The Agent shall answer the guests of the Company on its behalf.

6.1 The Agent's Booking Desk Manager and the Company's Harbour Master shall each be the principal contact of their party for all matters under this Agreement.

6.2 The Booking Desk Manager may agree with the Harbour Master any change of boat or time for a group, within the Company's acceptance rules."""
    gap: """FIRST OUTORGANTE: Olaria Lotus, Limitada, a private limited company with registered office in Macao, hereinafter "the Workshop";

SECOND OUTORGANTE: Apoio Perola, Limitada, a private limited company with registered office in Macao, hereinafter "the Provider".

The Provider shall answer the buyers of the Workshop on its behalf.

3. The Provider shall assign a Desk Lead to supervise its agents. The Provider may replace the Desk Lead at any time; such replacement requires neither the consent of, nor notice to, the Workshop."""
    pass: """This Agreement is made between the Palikir Savings Corporation (the "Corporation") and Kolonia Contact Services, Inc. (the "Operator").

The Operator shall answer enquiries from the members of the Corporation on its behalf.

3.4 The Account Lead and the Helpdesk Supervisor are key staff. The Operator shall give the Corporation at least thirty (30) days' written notice before replacing either of them."""
    gap: """This Agreement is made between the Palikir Savings Corporation (the "Corporation") and Kolonia Contact Services, Inc. (the "Operator").

The Operator shall answer enquiries from the members of the Corporation on its behalf.

3.4 The Account Lead and the Helpdesk Supervisor are key staff. The Operator may replace either of them at any time and shall tell the Corporation afterwards."""
    gap: """This Agreement is made between Pinelands Cranberry Growers' Cooperative, Inc. (the "Cooperative") and Barnegat Contact Solutions LLC (the "Contractor").

The Contractor shall answer the growers of the Cooperative on its behalf.

4.1 The Contractor's principal contact shall be its Grower Desk Principal, and the Cooperative's principal contact shall be the Cooperative Liaison.

4.3 The Cooperative shall give the Contractor at least ten (10) Business Days' notice before replacing the Cooperative Liaison."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

Our account manager can agree changes to our staffing and rotas, and approve refunds of up to BBD 500 a booking. Your main contact can approve our scripts.

We may change who your account manager is whenever we need to."""
    gap: """This Agreement is made between Andros Flats Lodge Limited (the "Lodge") and Conch Reef Reservations Ltd. (the "Bureau").

The Bureau shall answer enquiries from the customers of the Lodge on its behalf.

## 7. Contact Persons

7.1 The Bureau names its Bureau Manager, and the Lodge names its Guest Journey Custodian, as its contact person under this Agreement.

7.2 The Bureau Manager has authority to accept Bookings on the terms of Schedule 1, and the Guest Journey Custodian has authority to approve discounts.

7.4 The Lodge shall not change the person serving as Guest Journey Custodian without giving the Bureau thirty (30) days' notice."""
    pass: """This Agreement is made between Andros Flats Lodge Limited (the "Lodge") and Conch Reef Reservations Ltd. (the "Bureau").

The Bureau shall answer enquiries from the customers of the Lodge on its behalf.

## 7. Contact Persons

7.1 The Bureau names its Bureau Manager, and the Lodge names its Guest Journey Custodian, as its contact person under this Agreement.

7.4 The Bureau shall not change the person serving as Bureau Manager without the Lodge's prior written consent."""
    gap: "8.3 The Supplier shall organise its staff freely. The Client shall inform the Supplier in writing before replacing its Head of Export Sales."
    pass: "8.3 The Supplier shall inform the Client in writing at least 30 days before replacing its Head of Operations, and shall not replace the Head of Operations without the Client's approval."
    pass: "7.4 The Account Lead and the Supplier's team leaders may be changed only with the Client's written approval, save where the individual leaves the Supplier's employment."
    gap: "7.4 The Account Lead and the Supplier's team leaders may be changed by the Supplier at any time without the Client's approval."
    gap: "7.4 The call scripts may be changed only with the Client's written approval."
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

You'll name an account lead. You won't move your account lead or your reservations supervisor off our account, or swap them for someone else, without our written OK first."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

You'll name an account lead. You may move your account lead or your reservations supervisor off our account whenever you like; just tell us afterwards."""
    gap: "12.1 Before go-live the Supplier shall carry out a Transition Plan approved by the Client, led by a named Transition Manager, including the transfer of knowledge from the Client's clerks."
    pass: "12.1 The Supplier shall not transfer its Transition Manager to other work before go-live without the Client's prior written approval."
    pass: "15. The Executor shall not replace the head of the customer care desk without the prior written consent of the Customer."
    gap: "15. The Executor may replace the head of the customer care desk at any time and shall inform the Customer afterwards."
    pass: "The Service Provider shall not replace its site manager or its team leaders without the prior written approval of the Agency."
    gap: "The Agency shall not replace its site manager without informing the Service Provider."
    gap: "The Service Provider may replace its site manager or its team leaders without the prior written approval of the Agency."
    pass: "The team leaders and the quality coach of the Supplier identified in Schedule 2 may only be replaced with the prior written approval of the Client."
    gap: "The team leaders of the Supplier identified in Schedule 2 may be replaced by the Supplier at any time."
    pass: "This agreement is between Trail Board Inc. (\"we\") and Ridge Contact Ltd. (\"you\").\n\nYou will answer our riders' calls on our behalf.\n\nYou won't move your account lead off our account, or replace them, without our written OK, unless they leave your company."
    pass: """This agreement is between Northern Reach Rentals Ltd. ("we") and Tagish Contact Co. ("you").

You will answer our customers on our behalf.

You'll name an account lead who is our main contact. You can't swap your account lead for someone else without telling us at least 30 days ahead."""
    pass: "TehnoLeasing Prim S.R.L. (the \"Beneficiary\") engages Nistru Support Hub S.R.L. (the \"Executant\") to answer its Lessees' calls. Each Party appoints a Contact Coordinator. The Contact Coordinators are the main channel of communication between the Parties. The Executant shall not replace its Contact Coordinator without giving the Beneficiary at least twenty (20) working days' prior written notice."
    pass: """This agreement is between Prairie Line Inc. ("we") and Red Coulee Ltd. ("you"). We will answer your calls.

We won't move or replace our Account Lead or our Team Manager without telling you at least 30 days ahead, unless they leave us."""
    gap: """This agreement is between Prairie Line Inc. ("we") and Red Coulee Ltd. ("you"). We will answer your calls.

We may move or replace our Account Lead or our Team Manager at any time; we'll tell you who the new person is."""
    pass: "6.3 The Supplier shall not take any of the Key Staff off the Services, or put another person in a Key Staff role, without the Client's prior written approval."
    gap: "6.3 The Supplier may take any of the Key Staff off the Services without the Client's approval, and shall tell the Client who replaces them."
    gap: "The Client shall give the Supplier fifteen (15) days' notice before replacing its Contract Officer."
    pass: "The Supplier shall give the Client fifteen (15) days' notice before replacing its Contract Manager."
    pass: "The Provider may not replace its Coordinator or the shift supervisors listed in Annex III without the prior written approval of the Client."
    gap: "The Provider may replace its Coordinator or the shift supervisors listed in Annex III at any time without notice."
    gap: "The Supplier may reassign any of its personnel, including the Contract Manager and other key personnel, without the Purchaser's consent and without prior notice."
    pass: "The Contractor must not replace any Specified Personnel listed in Schedule 1 without the prior written approval of the Authority."
    # The contact under any title, and notice given to the client as the means of the change.
    pass: "The Supplier shall not replace its main business contact or its team leaders without the prior written consent of the Client."
    pass: "We will not replace the Client Lead without giving you at least 60 days' prior written notice."
    gap: "We will not replace the Client Lead without telling our own staff at least 60 days in advance."
    pass: "The Vendor's Contract Manager and other Key Personnel stay in their roles unless the Company agrees in writing to a change."
    pass: "The Account Lead will remain in that role unless you have first approved a replacement."
    gap: "The Vendor's Contract Manager and other Key Personnel stay in their roles unless the Vendor decides otherwise, and the Company agrees to pay their costs."
    gap: "The Vendor's Contract Manager shall remain in the role for at least twelve months, and the Company agrees to that."
    gap: "The Client shall notify the Supplier in writing in advance of any change of the Client's Contract Manager."
    pass: "The Key Account Manager, the Transition Lead and the team leaders named in Annexure I shall not be removed or replaced without the Bank's prior written approval."
    gap: "The Key Account Manager, the Transition Lead and the team leaders named in Annexure I may be replaced by the Agency at its discretion."
    pass: "The Supplier shall not remove or replace Key Personnel without the Client's prior written consent."
    pass: "Any replacement of the Account Manager shall be subject to the prior approval of the Customer."
    pass: "The Service Provider shall give the Bank at least thirty days' written notice before changing the Relationship Manager."
    pass: "Key Staff may only be replaced with the Company's written agreement, not to be unreasonably withheld."
    pass: "No Key Personnel substitutions shall be made unless necessitated by illness or death, in which event the Contractor shall promptly notify the COR and propose a replacement for Government approval."
    pass: "The Vendor shall notify the Customer in writing of any proposed reassignment of Key Personnel and shall consult the Customer on the choice of replacement."
    pass: "Key staff shall not be withdrawn from the Services without 60 days' prior written notice to the Customer."
    pass: "The Supplier may replace the Relationship Manager by giving not less than thirty (30) days' written notice to the Client."
    pass: """9. Key Personnel

9.1 The Vendor shall not remove or replace any Key Personnel unless:

(a) the Customer approves the replacement in writing; or

(b) the person concerned resigns, retires or dies."""
    # Key roles may be named by their titles alone, without the words "Key Personnel".
    pass: "The Vendor must obtain the Customer's prior written approval before reassigning its Onboarding Lead or its Quality Director."
    pass: """This Agreement is between Harbourline Bank plc ("Harbourline") and Corvid Collections Limited ("Corvid"). Corvid shall provide the Services to Harbourline.

Corvid shall not replace the Client Partner without Harbourline's prior written approval."""
    pass: "We will give you at least thirty (30) days' written notice before we replace your Account Lead."
    pass: "7.1 The Account Director and the Contact Centre Manager are key personnel. The Supplier shall not replace either of them without the prior written approval of the Client."
    gap: "7.1 The Account Director and the Contact Centre Manager are key personnel. The Supplier may replace either of them as it sees fit, and shall inform the Client afterwards."
    gap: "The Service Provider may replace the Project Manager at its discretion without reference to the Company."
    gap: "The Operator may replace any of its managers as it sees fit."
    gap: "The Supplier may replace Key Personnel at any time without notice to the Client."
    gap: "The Supplier may replace the Account Manager at any time. The Supplier will inform the Customer of a change of Account Manager as soon as practicable."
    gap: "The Contractor may, at its sole discretion, replace any member of the Key Staff and shall inform the Company afterwards."
    gap: "The Supplier shall ensure that Key Personnel are suitably qualified and experienced."
    gap: """9. Key Personnel

9.1 The Supplier may remove or replace any Key Personnel at its sole discretion.

9.2 The Supplier shall notify the Client of the names of the Key Personnel on the Effective Date."""
    gap: "The Client may replace its Contract Manager on written notice to the Supplier."
    gap: "Each party must notify the other party's Project Manager of any change in the address or telephone number of its Project Manager."
    gap: "The Vendor is not required to obtain the Customer's approval before replacing Key Personnel."
    gap: """# Contents

9. Key Personnel ..... 17"""
    pass: """This contract is entered into by Iberia Seguros Hogar, S.A. (hereinafter, "THE CLIENT") and Mediterránea Contact Center, S.L. (hereinafter, "THE SUPPLIER"). THE SUPPLIER shall provide customer service to THE CLIENT's policyholders.

Clause Nine. The replacement of the key personnel listed in Annex II shall require the prior written authorisation of THE CLIENT."""
    pass: """This contract is made between The Provincial Hospital Centre of Ouarzazate, hereinafter "the Hospital", and Draa Relation Client SARL, hereinafter "the Contractor". The Contractor shall operate the appointment call platform of the Hospital.

25. The Contractor may not replace the platform supervisor or the quality manager without the prior written approval of the Hospital."""
    gap: """This contract is made between The Provincial Hospital Centre of Ouarzazate, hereinafter "the Hospital", and Draa Relation Client SARL, hereinafter "the Contractor". The Contractor shall operate the appointment call platform of the Hospital.

25. The Contractor may replace the platform supervisor or the quality manager at any time and shall inform the Hospital afterwards."""
    gap: """This agreement is between the Government of the Northwest Territories ("we", "us", "our") and Mackenzie Delta Contact Services Ltd. ("you", "your"). You will run the health card renewal line for us and we will pay your invoices.

5.1 Your Team Lead is our main contact for day-to-day matters.

5.2 You may change your staff, including your Team Lead, at any time without our approval."""
    pass: """This Agreement is made between the Nagpur Municipal Corporation (the "Corporation") and Vidarbha Citizen Services Private Limited (the "Agency"). The Agency shall operate the property tax helpline for the Corporation.

6.3 The Project Head and the Quality Manager are key personnel. The Agency shall not change key personnel without the prior written approval of the Corporation."""
    pass: """This Contract is concluded between the Public Institution Šiauliai City Polyclinic (the "Purchaser") and UAB Saulės kontaktai (the "Service Provider"). The Service Provider shall operate the appointment line of the Purchaser.

8.4. The key experts named in the Service Provider's tender may be replaced only with the prior written consent of the Purchaser."""
    pass: """The Municipality of Kallithea (the "Contracting Authority") and Saronic Call S.A. (the "Contractor") agree as follows. The Contractor shall operate the municipal helpdesk.

Article 4

1. The Contracting Authority sets up a Monitoring Committee of three of its employees.

2. The Project Manager and the team leaders named in the offer may not be replaced without the prior written approval of the Monitoring Committee."""
    gap: """This Agreement is made between Studentenwerk Marburg (the "Principal") and Lahn Kontakt GmbH (the "Contractor"). The Contractor shall operate the housing service line.

§ 5 (3) The Contractor decides alone on the selection and replacement of its personnel, including the Service Manager. Neither the consent of the Principal nor prior notice to the Principal is required for this."""
    gap: """This Agreement is made between the Nagpur Municipal Corporation (the "Corporation") and Vidarbha Citizen Services Private Limited (the "Agency"). The Agency shall operate the property tax helpline for the Corporation.

6.3 The Project Head and the Quality Manager are key personnel. The Agency may change key personnel at any time, and shall inform the Corporation afterwards."""
    gap: """This Agreement is made between Harbour Foods Ltd (the "Client") and Relay Contact Ltd (the "Supplier"). The Supplier shall operate the customer line.

7.2 The Supplier's Account Manager may be replaced with the approval of the Supplier's Board of Directors."""
    pass: """This Contract is made between the Regional Revenue Bureau (hereinafter referred to as "the Institution") and Tossa Business Services PLC (hereinafter referred to as "the Contractor"). The Contractor shall run the registration desk of the Institution.

7.2 The Contractor shall not replace any of the key professional staff named in its bid, including the Team Leader, without the prior written approval of the Institution."""
    gap: """This Contract is made between the Regional Revenue Bureau (hereinafter referred to as "the Institution") and Tossa Business Services PLC (hereinafter referred to as "the Contractor"). The Contractor shall run the registration desk of the Institution.

7.2 The Contractor may replace any of the key professional staff named in its bid at its discretion, and shall inform the Institution afterwards."""
    pass: """This Contract is concluded between the Silesian Sickness Fund (the "Awarding Entity") and InfoLinia Gliwice sp. z o.o. (the "Contractor"). The Contractor shall operate the benefit contact line.

§ 9

(2) The Key Personnel are the Contractor's Coordinator and the Quality Manager named in Annex No. 4. A change of any of these persons requires the prior written consent of the Awarding Entity."""
    gap: """This Contract is concluded between the Silesian Sickness Fund (the "Awarding Entity") and InfoLinia Gliwice sp. z o.o. (the "Contractor"). The Contractor shall operate the benefit contact line.

§ 9

(2) The Key Personnel are the Contractor's Coordinator and the Quality Manager named in Annex No. 4. The Contractor shall notify the Awarding Entity after a change of any of these persons."""
    pass: """The FEDERAL HEALTH SURVEILLANCE AGENCY, hereinafter called the CONTRATANTE, and PLANALTO ATENDIMENTO LTDA., hereinafter called the CONTRATADA, agree as follows. The CONTRATADA shall operate the contact centre.

5.4. The replacement of the preposto or of the operations coordinator depends on the prior acceptance of the gestor, to whom the CONTRATADA shall present the curriculum of the proposed substitute."""
    pass: """This contract is made between the Municipality of Sondrio (the "Awarding Entity") and Valtellina Servizi (the "Operator").

6.4 The Operator shall not replace the single service referent without the prior written approval of the Awarding Entity."""
    gap: """This contract is made between the Municipality of Sondrio (the "Awarding Entity") and Valtellina Servizi (the "Operator").

6.4 The Operator may replace the single service referent at any time."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

3. A change of the persons indicated in the Contractor's tender and listed in Annex No. 2, including the coordinator, requires the prior written consent of the Principal."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

3. The Contractor may change the persons indicated in the Contractor's tender and listed in Annex No. 2 by informing the Principal afterwards."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.1 The parties set up a Follow-up Committee formed by the head of the Benefits Unit and the Contract Administrator for the Principal, and by the general manager of the Contractor.

8.4 The Contractor's account manager and operations manager are key personnel and may only be replaced with the prior written approval of the Contract Administrator."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.1 The Principal shall designate a Contract Administrator.

8.4 The Contractor's account manager and operations manager are key personnel and may only be replaced with the prior written approval of the Contractor's general manager."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.1 The Contractor designates a representative (preposto). The Contractor is free to substitute the preposto and its supervisors, there being no need for prior communication to or approval by the Principal."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

6.3 The Contractor's Account Director and team leaders are key personnel. The Contractor may reassign its personnel, including the Account Director and team leaders, according to its internal human-resources arrangements."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

6.3 The Contractor's Account Director and team leaders are key personnel and may be replaced only with the prior written approval of the Principal."""
  }
}
