pack bpo-governance "1.0.0" { description: "Governance of the outsourcing relationship: joint bodies, tiers, cadence, roles, vendor management and process ownership" }

# ---- vocabularies ------------------------------------------------------------------------------

# The upper body of civil-law drafting: a Supervisory Council, Board or Committee.
vocab gov_supervisory = "supervisory council" | "supervisory board" | "supervisory committee"
# A governance body of the relationship, whatever the contract calls it.
vocab gov_body = "steering committee" | "steering group" | "steering board" | "steering forum"
  # (\w stands for the accented letter, which would keep the engine from pre-scanning for the word's opening)
  | /\bcomit\w\s+(?:de\s+pilotage|op\wrationnel|technique|de\s+suivi)\b/ | /(?-i:\bCOPIL\b)/
  | "governance board" | "governance committee" | "governance forum" | "governance group"
  | "governance body" | "governance panel" | "governance council" | "governance team" | "relationship board"
  # ("monitored by two joint bodies, with representatives of both parties")
  | /\bjoint\s+(?:monitoring\s+|governance\s+)?bod(?:y|ies)\b/
  | gov_supervisory
  | "relationship committee" | "relationship forum" | "relationship management board"
  | "relationship management committee" | "relationship review board" | "partnership board"
  | "partnership committee" | "partnership forum" | "executive committee" | "executive board"
  | "executive forum" | "executive review board" | "executive steering" | "strategic board"
  | "strategic committee" | "strategic forum" | "strategy board" | "strategy committee"
  | "management committee" | "management board" | "management forum" | "operational committee"
  | "operations committee" | "operational board" | "operations board" | "operational forum"
  | "operational management group" | "service management board" | "service management committee"
  | "service review board" | "service review forum" | "service delivery board" | "contract management board"
  | "contract management committee" | "contract review board" | "commercial board" | "oversight committee"
  | "oversight board" | "programme board" | "program board" | "project board" | "project committee"
  | "joint committee" | "joint board" | "joint forum" | "joint working group" | "joint review board"
  | "tactical committee" | "tactical board" | "tactical forum" | "review board" | "advisory board"
  | /\bthe\s+(?:JSC|JEC|ESC|OMC)\b/
  # a body named once and then called by its kind: "The Board shall meet quarterly" (not "the
  # Board of Directors", nor a party called "the Board" or "the Council")
  | /\b(?!(?:the\s+)?(?:{client}|{provider})\b)(?-i:[Tt]he\s+(?:Board|Committee|Council|Forum|Panel))\b(?!\s+of\b)/
  # a body the contract itself sets up, whatever its name ("We'll set up a Season Committee")
  | /\b{forum_term}\b/
  # Any body named for the relationship, whatever the words between ("Joint Review Committee",
  # "Service Oversight Group", "Operational Working Group", "Joint Smart Metering Review Board"):
  # governance words, then at most two more capitalised words, then the kind of body ("Team" only
  # as a name, capitalised: "the Program Operations Team", not "the provider's operations team").
  # ("the Desk Working Party")
  | /\bworking\s+part(?:y|ies)\b/
  | /\b(?:(?:joint|executive|steering|governance|relationship|partnership|strategic|strategy|management|operational|operations|service|services|contract|commercial|oversight|programme|program|project|review|performance|delivery|tactical|advisory|leadership|liaison|working)\s+){1,3}(?-i:(?:[A-Z][\w-]*\s+){0,2})(?:committee|board|forum|council|panel|group|(?-i:Team))s?\b/

# A schedule, annex or exhibit that holds only "[Reserved]", "Not used" or "To be agreed": a clause
# that places something there ("the matrix attached as Annex C") places nothing. Used by other packs.
# (not followed by a word character: "Annex (7)" ends in a bracket)
vocab empty_part_ref = /\b{empty_part}(?!\w)/

# A choice, not a duty: "The Board may, if it chooses, set up working groups", "Each party may, if
# it wishes, nominate a relationship lead". Used by other packs too.
vocab optional = "if it wishes" | "if it so wishes" | "if they wish" | "if it chooses" | "if it so chooses"
  | "if it so decides" | "if they so decide" | "at its option" | "at their option" | "but is not obliged"
  | "but is not required" | "but are not obliged" | "but shall not be obliged" | "but need not"
  | "at its discretion" | "at its sole discretion" | "in its discretion" | "at their discretion"
  # ("if you think it fits", "if they think it is useful")
  | /\bif\s+(?:it|they|we|you|either\s+party|the\s+(?-i:[A-Z])[\w-]*)\s+(?:deems?|considers?|thinks?|finds?)\s+(?:it\s+)?(?:is\s+)?(?:appropriate|fit|fits|necessary|useful|right|helpful|worthwhile)\b/
  # only to think about it: "The Customer may consider establishing a dedicated line"
  # ("The Parties may in future consider establishing a joint working group")
  | /\b(?:may|might|could|will|shall)\s+(?:(?:also|later|jointly|in\s+(?:the\s+)?future)\s+){0,3}consider\s+(?:whether\s+to\s+\w+|(?:establishing|setting\s+up|creating|introducing|providing|opening|forming))\b/
  # ... or to talk about it: "The parties may discuss whether to introduce a scheme"
  | /\b(?:may|might|could)\s+(?:also\s+)?(?:discuss|explore)\s+whether\s+(?:or\s+not\s+)?to\b/
  # ... or is only urged to: "The Agent is encouraged to consider introducing a recognition scheme"
  | /\b(?:is|are)\s+(?:(?:strongly|warmly)\s+)?(?:encouraged|invited|urged|welcome)\s+to\b/
  # plain English: "You may wish to recognise agents who go the extra mile. How you do that is up to you."
  | /\b(?:may|might)\s+(?:also\s+)?wish\s+to\b/

vocab gov_not_yet = deferred | optional | "at a later date" | "whether to establish" | "whether to set up"
  | "whether to form"
  # "If we both think it would help, we may later set up a joint committee"
  | /\b(?:may|might|could)\s+(?:later|in\s+future|in\s+the\s+future|one\s+day|at\s+some\s+point)\s+(?:set\s+up|establish|form|create|convene)\b/
# (read from the person or the body before it, which the negation does not hide)
vocab gov_not_member = /\b(?:manager|director|representative|officer|lead|contractor|supplier|provider|committee|board|council|forum|group|panel)s?\b[^.;]{0,80}?\b(?:is|are|shall|will)\s+not\s+(?:be\s+)?(?:a\s+)?members?\b/
  | /\b(?:composed|made\s+up|consisting)\s+(?:exclusively|solely|only|entirely)\s+of\b/
# Setting a body up ("the parties shall establish a Steering Committee").
vocab gov_establish = /\b(?:establish|set\s+up|form|constitute|create|convene|operate|maintain)(?:s|ed|ing|e)?\s+(?:(?:a|an|the|joint|single|standing|formal|governance)\s+){0,3}(?:[a-z]+\s+){0,3}?(?:committee|board|forum|council|panel|group)s?\b/

# Wording that makes a body joint: both parties sit on it.
vocab gov_both = "each party" | "both parties" | "each of the parties" | "either party's" | "each party's"
  | "both organisations" | "each organisation" | "both sides" | "the parties' respective" | "equal number"
  | "equal representation"
  # plain English: "two people from your side and two from ours", "each of us sends two managers"
  | "each of us" | "both of us" | "each side"
  | /\b(?:your|our)\s+side\s+and\s+(?:[\w-]+\s+){0,3}?from\s+(?:ours|yours|our\s+side|your\s+side)\b/
  # "Wade and Callie from our side, and your account lead and one of your team supervisors from yours"
  | /\bfrom\s+(?:our|your)\s+side\b[^.;]{0,80}?\bfrom\s+(?:ours|yours)\b/
  # "made up of two of our directors and two of yours"
  | /\b(?:one|two|three|four|five|\d)\s+of\s+(?:our|your)\s+[\w-]+(?:\s+[\w-]+)?\s+and\s+(?:one|two|three|four|five|\d)\s+of\s+(?:ours|yours)\b/

# Words of membership.
vocab gov_member = "representative" | "member" | "membership" | "comprise" | "consist" | "composed"
  | "nominate" | "appoint" | "appointment" | "made up of" | "drawn from" | "chair" | "co-chair" | "attended by"
  # "with two people from your side", "three senior managers from each party"
  | /\b(?:one|two|three|four|five|six|\d+)\s+(?:senior\s+)?(?:people|persons|managers|directors|officers|staff)\s+from\b/
  # people named with their side: "Wade and Callie from our side"
  | /\bfrom\s+(?:our|your)\s+side\b/

# The client, by whatever name this contract gives it ("Harbourline", "the University") or by a
# usual role word that is not the provider's own defined term.
vocab gov_client = party client | "commonwealth" | "agency"
# Both parties named together ("appointed by the Client and the Supplier", "the Bank's COO and the
# Service Provider's Account Director"). One pattern, not a client word near a provider word: a
# defined term whose definition mentions the Bank ("Charges" means the charges payable by the
# Bank) would count as a client word wherever it is used.
vocab gov_both_named = /\b(?:{client}|commonwealth|government)(?:['’]s?)?\s+(?:[\w-]+\s+){0,4}?(?:and|&)\s+(?:of\s+)?(?:the\s+)?(?:{provider}|outsourcer)\b/
  | /\b(?:{provider}|outsourcer)(?:['’]s?)?\s+(?:[\w-]+\s+){0,4}?(?:and|&)\s+(?:of\s+)?(?:the\s+)?(?:{client}|commonwealth|government)\b/
  # members named for each in turn: "composed of the Provincial Director ... on behalf of the Mandante, and the
  # General Manager and the Contract Coordinator on behalf of the Prestador"
  | /\b(?:on\s+behalf\s+of|for|representing)\s+(?:the\s+)?{client}\b[^.;]{1,120}?\b(?:on\s+behalf\s+of|representing)\s+(?:the\s+)?{provider}\b/
  | /\b(?:on\s+behalf\s+of|for|representing)\s+(?:the\s+)?{provider}\b[^.;]{1,120}?\b(?:on\s+behalf\s+of|representing)\s+(?:the\s+)?{client}\b/

# Seats for both parties: "two senior people from you and two from us", "three representatives of each party".
vocab gov_seats = /\b(?:one|two|three|four|five|six|\d)\s+(?:senior\s+|named\s+|nominated\s+)?(?:people|persons|representatives|members|managers|directors|officers|executives)\s+(?:from|of|for|nominated\s+by|appointed\s+by)\s+(?:each\s+(?:party|side|of\s+us)|both\s+(?:parties|sides|of\s+us)|you\s+and\s+(?:[\w-]+\s+){0,3}?from\s+us|us\s+and\s+(?:[\w-]+\s+){0,3}?from\s+you)\b/
  # ... or each side sending its people: "We and you will each send two people to a Joint Table"
  | /\b(?:each|both)\s+(?:send|appoint|name|nominate|delegate)s?\s+(?:one|two|three|four|five|six|\d)\s+(?:senior\s+)?(?:people|persons|representatives|members|managers|directors|officers|executives)\b/
  # ... or counted for each party in turn: "two representatives of the Commissioning Party (...) and two of the Contractor (...)"
  | /\b(?:one|two|three|four|\d)\s+(?:senior\s+)?(?:representatives|members|people|persons)\s+of\s+(?:the\s+)?(?:{client}|{provider})\b[^.;|]{0,80}?\band\s+(?:one|two|three|four|\d)\s+of\s+(?:the\s+)?(?:{client}|{provider})\b/

# Words that make a list of people a body's members ("minutes signed by both Representatives" is not).
vocab gov_membership = "consist" | "comprise" | "composed" | "composition" | "made up of" | "members" | "membership" | "attended by"
  | "chaired by" | "co-chaired by" | "formed by" | "formed of"
  # plain English: "We will set up a Partnership Table with our Director ... and your President"
  | /\b(?:table|committee|board|group|forum|council|panel|circle|huddle|cell)\s+with\s+(?:our|your|the|its|their)\b/
# "the Authority's Director Patient Access" (a title, capitalised: not "the Board's work"), or in a table
# of members "Board: Director (Customer Services)".
# Also "the Managing Director and Service Manager of the Operator", a title led by the party's name
# ("Agency Contract Administrator"), and seats filled by the party ("three named by the Krewe").
vocab gov_client_person = /\b{client}['’]s?\s+(?-i:(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)/ | /\b{client}:\s+[\w-]+/
  | /\b(?:one|two|three|four|five|six|\d|(?:members?|persons?|people|representatives?))\s+(?:\(\d\)\s+)?(?:(?:members?|persons?|people|representatives?)\s+)?(?:named|nominated|appointed|designated|chosen)\s+by\s+the\s+{client}\b/
  | /(?-i:\b[A-Z][\w-]*)\s+of\s+the\s+{client}\b/ | /\b{client}(?-i:\s+(?:[A-Z][\w-]*\s+){0,2}(?:Director|Manager|Administrator|Officer|Head|Lead))\b/
  # (... in lower case, in a table cell: "TFA managing director and Partner Manager")
  | /\b{client}\s+(?:[\w-]+\s+)?(?:director|manager|administrator|officer|supervisor)s?\b/
  # (... or after its possessive: "the Principal's sales director and visitor-centre manager")
  | /\b{client}['’]s?\s+(?:[\w-]+\s+){0,2}?(?:director|manager|administrator|officer|supervisor|team\s+leader)s?\b/
  # ... a head of a unit: "the Awarding Entity's head of retail banking"
  | /\b{client}['’]s?\s+(?:head|chief|director)\s+of\s+[\w-]+/
  # "two representatives of the Exporter"
  | /\b(?:representatives?|members?|officers?|managers?|directors?|nominees?|delegates?)\s+of\s+the\s+{client}\b/
  # a title in lower case before its party ("the head of operations of the Principal"), or a title
  # with its party in brackets, as a table of members gives it ("Revenues Manager (Authority)")
  | /\b(?:head|director|manager|chief|officer|lead|leader|supervisor|co-?ordinator)(?:\s+of\s+[\w-]+(?:\s+[\w-]+)?)?\s+of\s+the\s+{client}\b/
  | /(?-i:\b[A-Z][\w-]*)\s+\((?:the\s+)?{client}\)/
  # a title the contract gives the client's people elsewhere: "chaired by the Chief Health Officer" where "the
  # Chief Health Officer of Barishal City Corporation" designates the contacts
  | /\b{client_staff}\b/
  # ... or a role held for it: "the contract referent and the process owner for the Département"
  | /\b(?:referents?|owners?|officers?|managers?|directors?|heads?|advisers?|advisors?|representatives?|leads?|co-?ordinators?|leaders?)\s+for\s+the\s+{client}\b/
# A table's column of one side's members: "Carrier members", "Supplier representatives".
vocab gov_client_seats = /\b{client}['’]?s?\s+(?:members?|representatives?|delegates?|participants?|attendees?|seats?|nominees?)\b/
vocab gov_provider_seats = /\b{provider}['’]?s?\s+(?:members?|representatives?|delegates?|participants?|attendees?|seats?|nominees?)\b/
vocab gov_provider_person = /\b{provider}['’]s?\s+(?-i:(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)/ | /\b{provider}:\s+[\w-]+/
  | /\b(?:one|two|three|four|five|six|\d|(?:members?|persons?|people|representatives?))\s+(?:\(\d\)\s+)?(?:(?:members?|persons?|people|representatives?)\s+)?(?:named|nominated|appointed|designated|chosen)\s+by\s+the\s+{provider}\b/
  | /(?-i:\b[A-Z][\w-]*)\s+of\s+the\s+{provider}\b/ | /\b{provider}(?-i:\s+(?:[A-Z][\w-]*\s+){0,2}(?:Director|Manager|Administrator|Officer|Head|Lead))\b/
  | /\b{provider}\s+(?:[\w-]+\s+)?(?:director|manager|administrator|officer|supervisor)s?\b/
  | /\b{provider}['’]s?\s+(?:[\w-]+\s+){0,2}?(?:director|manager|administrator|officer|supervisor|team\s+leader)s?\b/
  | /\b{provider}['’]s?\s+(?:head|chief|director)\s+of\s+[\w-]+/
  | /\b(?:representatives?|members?|officers?|managers?|directors?|nominees?|delegates?)\s+of\s+the\s+{provider}\b/
  | /\b(?:head|director|manager|chief|officer|lead|leader|supervisor|co-?ordinator)(?:\s+of\s+[\w-]+(?:\s+[\w-]+)?)?\s+of\s+the\s+{provider}\b/
  | /(?-i:\b[A-Z][\w-]*)\s+\((?:the\s+)?{provider}\)/
  | /\b{provider_staff}\b/
  | /\b(?:referents?|owners?|officers?|managers?|directors?|heads?|advisers?|advisors?|representatives?|leads?|co-?ordinators?|leaders?)\s+for\s+the\s+{provider}\b/

# Strategic / executive forums and operational / tactical forums (GOV-002).
vocab gov_strategic = "steering committee" | "steering group" | "steering board"
                    # ... and the French steering committee kept in the original: "a comité de pilotage (COPIL)"
                    | /\bcomit\w\s+de\s+pilotage\b/ | /(?-i:\bCOPIL\b)/
                    # (not a county's cabinet: "County Executive Committee Member for Lands")
                    | /(?<!\bcounty\s)\bexecutive\s+committee\b(?!\s+members?\b)/
  | /\bstrategic\s+(?:[\w-]+\s+){0,2}(?:committee|board|forum|council|group)s?\b/
  | "executive board" | "executive forum" | "executive review" | "executive steering" | "strategic board"
  | "strategic committee" | "strategic forum" | "strategic review" | "strategy board" | "strategy committee"
  | "partnership board" | "relationship board" | "governance board" | "executive sponsor meeting"
  | "executive sponsor meetings" | "senior executive forum" | "leadership forum" | "leadership committee"
  # (a body's initials, as in "the JSC"; not a company's form, "Steppe Grain Terminal JSC")
  | "annual executive review" | /\bthe\s+(?:JSC|JEC|ESC)\b/
  # the upper of two bodies under other names: "Executive Oversight Council", "Joint Management
  # Board", "Partnership Forum"
  | /(?<!\bcounty\s)\bexecutive\s+(?:[\w-]+\s+){0,2}(?:committee|board|forum|council|group)s?\b(?!\s+members?\b)/
  # (not a company's own organ: "represented by Chairman of the Management Board")
  | /(?<!\bof\sthe\s)(?<!\bof\sits\s)\bmanagement\s+boards?\b/ | "partnership forum" | "partnership council" | "oversight council" | "oversight board"
  # civil-law drafting's upper tier: "a Supervisory Council of three representatives of each Party"
  | gov_supervisory
  # A joint committee or board of the parties ("Joint Project Committee") sits above day-to-day
  # management, unless its name says it is operational ("Joint Operations Committee", "Joint
  # Service Review Board"): those are operational forums only, never both tiers at once.
  | /\bjoint\s+(?!(?:operation|operational|operations|service|working|technical|change|delivery|contract|tactical|progress|status|performance|management)\b)(?:[a-z]+\s+){0,2}?(?:committee|board|forum|council)s?\b/
# What a strategic forum does, whatever it is called ("the JSB shall set the strategic direction").
vocab gov_strategic_role = "strategic direction" | "strategic oversight" | "strategic matters"
  # plain English: "The Partnership Table looks at the big picture: how residents are served, ..."
  | "big picture" | "long-term direction" | "overall direction"
  | "strategic decisions" | "strategic issues" | "strategic priorities" | "strategic objectives"
  | "strategic planning" | "strategic guidance" | "strategic leadership" | "strategy of the relationship"
  | "strategic supervision" | "strategic questions" | "strategic management" | "strategic steering"
  | "at a strategic level" | "on a strategic level"
  # setting or reviewing the client's strategy the service supports: "shall review THE COOPERATIVE's
  # member-service strategy for the coming months"
  | /\b(?:review|reviews|reviewing|set|sets|setting|agree|agrees|approve|approves)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?strateg(?:y|ies)\b/
  # the direction of the whole: "Direction of the Services", "the overall direction of the relationship"
  | /\b(?:overall\s+)?direction\s+of\s+the\s+(?:services|relationship|contract|agreement|partnership|programme|program|outsourcing)\b/
  # ... and the verb: "The Orchard Council directs the relationship", "The Council sets direction for
  # the Desk Services"
  | /\b(?:sets?|setting|gives?|giving)\s+(?:the\s+)?(?:overall\s+|strategic\s+)?direction\s+(?:for|of|to)\s+the\b/
  | /\b(?:directs?|directing|steers?|steering)\s+the\s+(?:whole\s+|overall\s+)?(?:services|relationship|contract|agreement|partnership|programme|program|outsourcing)\b/
  # the top of the structure by its rank: "the senior forum of the Parties", "the highest governance body"
  | /\b(?:senior|highest|top|apex|uppermost)\s+(?:governance\s+|decision-making\s+)?(?:forum|body|tier|level)\b/
  # translated drafting: "The Council shall lay down the general policy for the work of the Desk"
  | /\b(?:lay|lays|laying)\s+down\s+(?:the\s+)?(?:general\s+|overall\s+)?(?:policy|policies|direction|orientations?|guidelines)\b/
  | /\b(?:set|sets|setting|determine|determines|define|defines)\s+(?:the\s+)?(?:general|overall)\s+(?:policy|policies|direction|orientations?|guidelines)\b/
# A body's strategic remit told of it by pronoun in the sentence after its name: "A Higher Coordination
# Council is established, composed of ... It sets the general orientations of the Desk".
# ("It meets every quarter and decides on the strategic direction of the customer service")
vocab gov_it_directs = /\bit\s+(?:shall\s+|will\s+)?(?:[^.;]{0,60}?\band\s+)?(?:decides?\s+(?:on\s+)?|determines?\s+|sets?\s+|lays?\s+down\s+|defines?\s+|fix(?:es)?\s+|directs?\s+|gives?\s+)(?:the\s+)?(?:general|overall|strategic)\s+(?:orientations?|policy|policies|direction|guidelines|priorities)\b/
  | /\bit\s+(?:shall|will)\b[^.;]{0,80}?\b(?:be\s+)?responsible\s+for\s+(?:the\s+)?(?:strategic|general|overall)\s+(?:direction|oversight|orientations?|policy|guidance)\b/
# ... and an operational remit told the same way: "A Technical Sub-committee is formed under it, composed
# of ... It follows the daily work of the Desk".
vocab gov_it_operates = /\bit\s+(?:shall\s+|will\s+)?(?:follows?|manages?|monitors?|oversees?|handles?|deals?\s+with|reviews?)\s+(?:the\s+)?(?:daily|day-to-day|day\s+to\s+day|current|operational)\s+(?:work|operations?|running|management|matters|questions|issues|performance)\b/
  # ... or the forum by its name: "The Frames Group deals with day-to-day matters."
  | /\b(?-i:(?:[A-Z][\w&-]*\s+){1,4}(?:Board|Council|Committee|Forum|Group|Panel|Team|Huddle))\s+(?:shall\s+|will\s+)?(?:follows?|manages?|monitors?|oversees?|handles?|deals?\s+with|reviews?|looks?\s+after)\s+(?:the\s+)?(?:daily|day-to-day|day\s+to\s+day|current|operational)\s+(?:work|operations?|running|management|matters|questions|issues|performance)\b/
# What an operational forum does, whatever it is called ("the OWG manages day-to-day performance").
vocab gov_operational_role = "day-to-day" | "day to day" | "operational performance" | "operational matters" | "daily operations"
  # translated drafting: "It follows the daily work of the Desk"
  | "daily work" | "daily operation" | "daily running"
  | "operational issues" | "operational management" | "operational oversight" | "operational delivery"
  | "operational questions" | "operational problems" | "operational difficulties" | "current operations"
  # "it meets monthly to deal with the service levels, ... and practical matters"
  | "practical matters"
vocab gov_operational = "operational management committee" | "operational committee"
  # French drafting left untranslated: "a comité opérationnel de suivi", "the comité technique"
  | /\bcomit\w\s+(?:op\wrationnel|technique)\b/
  # people who meet to run the service: "shall meet each week to manage day-to-day operations"
  # ("will hold a working huddle by video call every week to deal with day-to-day matters", "shall hold a
  # weekly Season Desk meeting on day-to-day matters")
  | /\b(?:meet\w*|hold\w*\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:meeting|huddle|call|catch-?up|stand-?up))\s+(?:[^.;]{0,40}?\bto\s+(?:manage|run|review|discuss|handle|deal\s+with|sort\s+out)|(?:on|about|covering|for))\s+(?:the\s+)?day-to-day\s+(?:operations?|running|management|matters|issues)\b/
  | "operations committee" | "operational board" | "operations board" | "operational forum"
  # German and Austrian drafting's standing operational meeting: "a weekly Jour fixe between the contact persons"
  | "jour fixe"
  # a team of both sides that takes the daily matters: "Day-to-day operational matters ... shall be dealt with
  # by an Operational Team composed of the Coordinators, the Contractor's team leaders and ..."
  | /\b(?:day-to-day|daily|current)\s+(?:operational\s+)?(?:matters|issues|questions)\b[^.;]{0,80}?\b(?:dealt\s+with|handled|settled|managed|decided)\s+by\s+(?:an?|the)\s+(?-i:(?:[A-Z][\w-]*\s+){1,3})(?:Team|Group|Committee|Cell|Forum|Board|Round|Table)\b/
  # German drafting's "Betriebsrunde", a standing round of the people who run the service: "an Operations Round"
  | /\boperation(?:s|al)\s+(?:round|circle|table|huddle)s?\b/
  | "operational management group" | "operational review" | "operations review" | "operational meeting"
  | "operational meetings" | "operations meeting" | "operations meetings" | "service management board"
  | "service management committee" | "service management meeting" | "service management meetings"
  | "service review board" | "service review meeting" | "service review meetings" | "service review forum"
  | "service delivery board" | "service delivery meeting" | "service delivery meetings"
  | "performance review meeting" | "performance review meetings" | "contract management board"
  | "contract management committee" | "contract review meeting" | "contract review meetings"
  | "tactical committee" | "tactical board" | "tactical forum" | "working group" | "delivery board"
  | "status meeting" | "status meetings" | "project meeting" | "project meetings" | "progress meeting"
  | "progress meetings" | "progress review" | "working level"
  | /(?<!executive )(?<!senior )\bmanagement committees?\b/ | exact "OMC" | exact "OMG"
  | /\b(?:operational|operations)\s+(?:[\w-]+\s+){0,2}reviews?\b/
  # Any forum named for operations, service delivery or day-to-day work, whatever the body is
  # called ("Operations Forum", "Service Delivery Council", "Day-to-Day Management Panel").
  # (French drafting's "comité technique de suivi": "A Technical Monitoring Committee"; a "Follow-up
  # Committee" alone may be the upper tier)
  | /\b(?:operational|operations|service\s+delivery|service\s+management|service\s+review|service\s+operations|performance\s+review|delivery|tactical|day[\s-]to[\s-]day|technical)\s+(?:management\s+|review\s+|delivery\s+|working\s+|monitoring\s+|follow-up\s+)?(?:committees?|boards?|forums?|fora|councils?|panels?|groups?)\b/
  # ... or a standing meeting with a name of its own ("the Operational Performance Meeting")
  # (German and Austrian drafting's standing meeting: "the Operational Jour Fixe meets every Tuesday")
  | /(?-i:\b(?:Operational|Operations|Service\s+Delivery|Service\s+Review|Day[\s-]to[\s-]Day)\s+(?:[A-Z][\w-]*\s+){0,2}(?:Meetings?|Huddles?|Stand-?ups?|Catch-?ups?|Syncs?|Cells?|Tables?|Jour\s+Fixes?))\b/
# A standing body or meeting under a name of its own, whatever the name ("the Partnership Group", "an
# Operations Catch-up", "the weekly Operations Huddle"); the provider's internal bodies excepted.
# A company's name ("Tidewater Support Group, LLC") is no body, and a name does not run across lines
# (a table's header row "... | Remit" above the row "Steering Council | ...").
# (Not a party whose name ends in a body's noun: "the Clinic Group", "Harbour Council".)
vocab gov_named_body = /(?!(?:the\s+)?(?:{client}|{provider})\b(?!['’]|\s+(?-i:[A-Z])))(?-i:\b(?:[A-Z][\w&-]*[^\S\n]+){1,4}(?:Board|Council|Committee|Forum|Group|Panel|Round|Huddle|Catch-[Uu]p|Stand-[Uu]p|Meeting)s?\b)(?!,?\s+(?-i:LLC|L\.L\.C|Inc|INC|Ltd|LTD|Limited|LIMITED|plc|PLC|GmbH|AG|S\.A|SA|Pty|LLP|Corp|Corporation|Co\b|N\.V|B\.V|Holdings|Plc))/
  # a body the contract itself sets up or names, whatever its name ("the Harvest Table", "Shop Talk")
  | /\b{forum_term}\b/
vocab gov_provider_body = /\b{provider}(?:['’]s?)?\s+(?:own\s+|internal\s+)?(?:{gov_named_body})/
vocab gov_tiered = "two tier" | "three tier" | "multi tier" | "two level" | "three level" | "multi level"
  | "tiered governance" | "layered governance" | "levels of governance" | "governance levels"
  | "governance tiers" | "tiers of governance" | "governance layers"
  # a body set up under another: "Under the Coordination Council, a Working Group on orders operates"
  | /\b(?:under|below|beneath|reporting\s+to|subordinate\s+to)\s+the\s+(?:[\w-]+\s+){0,3}?(?:council|board|committee|forum|commission)\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:working\s+group|group|team|committee|sub-?committee|forum|cell|huddle|panel|round)\b/
  # ("Below the Commission there shall be a Technical Operations Table (Mesa Técnica de Operacións)")
  # ("Below the Committee there shall be an Operational Nucleus (Núcleo Operacional)")
  | /\b(?:under|below|beneath)\s+the\s+(?:[\w-]+\s+){0,3}?(?:council|board|committee|forum|commission)\s+there\s+(?:shall|will)\s+be\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:working\s+group|group|team|committee|sub-?committee|forum|cell|huddle|panel|round|table|nucleus|unit)\b/
  # ... or people meeting as a body under another: "Below the Council, the Desk Captain and the
  # Sugarhouse Liaison shall hold a Weekly Desk Huddle", "Below the Partnership Forum, your Booking
  # Coordinator and our Team Manager hold a short operational call every Monday", "Under the Council,
  # the Customer Lead, the Contact Manager and the team leaders meet every week as the Floor Circle"
  | /\b(?:under|below|beneath)\s+the\s+(?:[\w-]+\s+){0,3}?(?:council|board|committee|forum|commission)\s*,[^.;]{0,120}?\b(?:(?:shall|will)\s+(?:hold|form|meet\s+as|convene|constitute)|holds?|forms?|convenes?|meets?\s+(?:[\w-]+\s+){0,3}?as)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:working\s+group|group|team|committee|sub-?committee|forum|cell|huddle|panel|meeting|call|circle)s?\b/
  # ... or one body answering to another: "The working group reports to the Coordination Council"
  # (a body, not a person or a team: neither "the team leader reports to the Board" nor "That team
  # shall report to the board of directors of the Contractor" makes a second tier)
  | /(?<!\bthat\s)(?<!\bthis\s)(?<!\bthe\s)(?<!\beach\s)(?<!\bsuch\s)(?<!\bits\s)(?<!\bour\s)(?<!\byour\s)(?<!\btheir\s)(?<!\ba\s)(?<!\bany\s)(?<!['’]s\s)\b(?:group|committee|forum|cell|panel)\s+(?:shall\s+|will\s+)?(?:reports?|is\s+accountable|answers?|is\s+subordinate)\s+to\s+the\s+(?:[\w-]+\s+){0,3}?(?:council|board|committee|forum|commission)\b(?!\s+of\s+directors)/
vocab gov_level_words = "level" | "tier" | "layer"
# One body declared the only forum ("the single governance forum for both strategic and operational
# matters", "the sole body for all governance"): strategic and operational matters in ONE tier.
# The contract saying so of its one forum: "It is the only forum under this agreement; there is no
# separate executive or operational committee."
vocab gov_only_forum_said = /\b(?:is|be|shall\s+be|will\s+be)\s+the\s+(?:only|sole|single)\s+(?:joint\s+|governance\s+)?(?:forum|governance\s+body)\b/
  | /\bno\s+(?:other|separate|further|second)\s+(?:[\w-]+\s+){0,3}?(?:forum|committee|board|tier|body|bodies)s?\b/
vocab gov_each_party_seats = /\b(?:(?:each|both)\s+part(?:y|ies)|per\s+party)\b/
vocab gov_single_forum = /(?<!than\s)\b(?:single|sole|only|one|same)\s+(?:(?:joint|governance|relationship|decision[\s-]making|management)\s+){0,2}(?:forum|body|board|committee|council|group|panel|tier|level|layer)\b/
  # "The Committee discusses both the strategic questions ... and day-to-day operational matters; the Parties
  # shall not set up any other committee"
  | /\b(?:shall|will|may|must)\s+not\s+(?:set\s+up|establish|create|form|constitute)\s+any\s+(?:other|further|additional)\s+(?:committee|board|forum|body|group|panel|council)s?\b/
  | /\b(?:discuss|deal|handle|cover|consider)\w*\s+(?:with\s+)?both\s+(?:the\s+)?strategic\b[^.;]{0,60}?\band\b[^.;]{0,30}?\boperational\b/
# Setting a body up; a prohibition of it ("shall not establish any working group") sets none up.
vocab gov_create = /\b(?:establish|set\s+up|create|constitute|convene|appoint|form)(?:s|es|ed|d|ing)?\b/

# Meeting verbs and meeting nouns (GOV-003). Each "... meeting" phrase also has its plural: a light
# stemmer may keep "meetings" apart from "meeting".
# (Not a focus group or workshop held with the agents, which is a visit to the floor: "The Contract
# Management Team may visit the helpline premises, listen to calls and hold a focus group with agents".)
vocab gov_convene = "meet" | "convene" | "sit" | "assemble" | "take place" | "gather" | "meeting" | "meetings"
  | /\b(?:hold(?:s|ing)?|held)\b(?!\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:focus\s+groups?|workshops?|listening\s+sessions?|training\s+sessions?|surveys?)\b)/
# (Yearly words are left out: "It meets once a year" beside "the Supplier reports monthly" is no cadence.)
# ("The panel meets every other month", the body named by its kind after its name)
vocab gov_it_meets = /(?:^|[.;][ \t]+|,?[ \t]+and[ \t]+)(?:It|They|it|they|[Tt]he\s+(?:panel|board|committee|council|forum|group|table))\s+(?:shall\s+|will\s+|must\s+)?(?:meets?|convenes?|sits?)\s+(?:[\w-]+\s+){0,5}?(?:weekly|fortnightly|monthly|quarterly|bi-?monthly|twice|weeks?|fortnights?|months?|quarters?)\b/
# One side's people meeting the other's: "Our owner and our operations manager meet your account lead and
# your team leader once a month".
vocab gov_sides_meet = /\b(?:our|your)\s+(?:[\w-]+\s+){0,3}?(?:director|manager|lead|head|officer|executive|owner|partner|supervisor)s?\s+(?:and\s+(?:our|your)\s+(?:[\w-]+\s+){0,3}?(?:director|manager|lead|head|officer|executive|owner|partner|supervisor)s?\s+)?(?:shall\s+|will\s+|must\s+)?meets?\s+(?:with\s+)?(?:your|our)\s+(?:[\w-]+\s+){0,3}?(?:director|manager|lead|head|officer|executive|owner|partner|supervisor|leader)s?\b/
vocab gov_meeting = "business review" | "review meeting" | "review meetings" | "governance meeting"
  | "jour fixe" | "jours fixes"
  | "governance meetings" | "progress meeting" | "progress meetings" | "service meeting"
  | "service meetings" | "account meeting" | "account meetings" | "management meeting"
  | "management meetings" | "operational meeting" | "operational meetings" | "operations meeting"
  | "operations meetings" | "performance meeting" | "performance meetings" | "contract meeting"
  | "contract meetings" | "steering meeting" | "steering meetings" | "relationship meeting"
  | "relationship meetings" | exact "QBR" | exact "MBR" | exact "QBRs" | exact "MBRs"
  | /\b(?:coordination|co-ordination|liaison)\s+meetings?\b/
  # a named body, its members listed before it meets: "the Paruman Forum, consisting of the Pekaseh ... of
  # the FIRST PARTY and the President Director ... of the SECOND PARTY, meets once every three months"
  | /(?-i:\b[A-Z][\w-]*\s+(?:[A-Z][\w-]*\s+){0,3}(?:Forum|Committee|Board|Council|Panel|Group|Meeting)s?),\s+(?:consisting|composed|made\s+up|comprising)\s+(?:of\s+)?[^.;]{1,250}?,\s+(?:shall\s+|will\s+|must\s+)?(?:meets?|convenes?|sits?)\b/
  # the parties' contacts meeting: "the two main contacts will meet once a month"
  | /\b(?:contacts|leads|representatives|coordinators|relationship\s+managers|account\s+managers|contract\s+managers)\s+(?:shall|will|must)\s+meet\b/
  # a call held to review the work: "a video call with you every month to go over how things are going"
  | /\b(?:video|phone|telephone|conference|online|virtual)\s+(?:calls?|meetings?)\s+(?:with|between)\b(?=[^.;]{0,80}?\b(?:go\s+over|review|discuss|talk\s+through|look\s+at|take\s+stock)\b)/
  # a call or session under another name: "our account leads will have a check-in call every month",
  # "a business session about where your co-op is heading"
  | /\b(?:check-?in|catch-?up|touch-?base|status|review)\s+(?:calls?|meetings?|sessions?)\b/ | "business session"
  | "business sessions"
  # one side's officer meeting the other's: "our operations director will meet your general manager"
  | /\b(?:director|manager|lead|head|officer|executive|owner)s?\s+(?:shall|will|must)\s+meet\s+(?:with\s+)?(?:your|our|the\s+(?:client|customer|supplier|provider)['’]s|its|their)\b/
  # both sides' officers named as the ones who meet: "our operations manager and your account lead
  # meet by video every week", "our managing partner and your chief executive, with one other person
  # each, meet every quarter"
  | /\bour\s+(?:[\w-]+\s+){0,3}?(?:director|manager|lead|head|officer|executive|owner|partner|supervisor)s?\s+and\s+your\s+(?:[\w-]+\s+){0,3}?(?:director|manager|lead|head|officer|executive|owner|partner|supervisor)s?\b(?:,[^.;,]{1,50},)?\s+(?:shall\s+|will\s+|must\s+)?meet\b/
  | /\byour\s+(?:[\w-]+\s+){0,3}?(?:director|manager|lead|head|officer|executive|owner|partner|supervisor)s?\s+and\s+our\s+(?:[\w-]+\s+){0,3}?(?:director|manager|lead|head|officer|executive|owner|partner|supervisor)s?\b(?:,[^.;,]{1,50},)?\s+(?:shall\s+|will\s+|must\s+)?meet\b/
  | gov_sides_meet
  # "monthly service reviews" are meetings; a "monthly service review report" is a report.
  | /\b(?:service|performance|operational|operations|account|contract|governance|executive|relationship|partnership|strategic|steering)\s+reviews?\b(?!\s+(?:reports?|packs?|documents?|templates?|data|dashboards?|forms?|process))/

# Roles and responsibilities (GOV-004).
# Stemming reads "responsibilities" as "response" and "accountability" as "account", so these are exact.
vocab gov_raci = /\bRACI\b/ | exact "responsibility matrix" | exact "responsibilities matrix"
  | exact "responsibility assignment matrix" | exact "roles and responsibilities matrix"
  | exact "roles and responsibilities chart" | exact "responsibility chart" | exact "responsibilities chart"
  | exact "accountability matrix" | exact "division of responsibilities"
  | exact "allocation of responsibilities" | exact "demarcation of responsibilities"
  | exact "distribution of responsibilities" | exact "distribution of responsibility"
  | exact "distribution of duties" | exact "allocation of duties"
  # "The duties of the Customer and of the Executor ... are distributed as set out in Appendix 2"
  | /\b(?:duties|responsibilities|roles|tasks)\s+of\s+(?:the\s+)?[\w-]+\s+and\s+(?:of\s+)?(?:the\s+)?[\w-]+\b[^.;]{0,60}?\b(?:are|is|shall\s+be)\s+(?:distributed|allocated|divided|apportioned|split)\b/
  | exact "split of responsibilities" | exact "division of responsibility"
  | exact "allocation of responsibility" | exact "respective roles and responsibilities"
  | exact "respective responsibilities" | exact "respective roles" | exact "responsibilities of each party"
  | exact "responsibilities of the parties" | exact "responsibilities of both parties"
  | exact "each party's responsibilities" | exact "each party's roles"
vocab gov_roles = exact "roles and responsibilities" | exact "role and responsibilities"
  | exact "scope of authority" | exact "duties and responsibilities" | exact "responsibilities and duties"
  | exact "responsibilities and authority" | exact "authority and responsibilities"
  | exact "accountabilities" | exact "roles and accountabilities"
# Both parties' responsibilities named together: "the responsibilities of the Bank and of the Service
# Provider", "the Customer's and the Vendor's responsibilities" (either order).
vocab gov_roles_both = /\b(?:roles\s+and\s+)?responsibilit(?:y|ies)\s+of\s+(?:each\s+of\s+)?(?:the\s+)?(?:{client}|{provider}|commonwealth|government)\s+and\s+(?:of\s+)?(?:the\s+)?(?:{client}|{provider}|commonwealth|government)\b/
  | /\b(?:{client}|{provider}|commonwealth|government)['’]s?\s+and\s+(?:the\s+)?(?:{client}|{provider}|commonwealth|government)['’]s?\s+(?:respective\s+)?(?:roles\s+and\s+)?responsibilit(?:y|ies)\b/
  | exact "parties' responsibilities" | exact "parties’ responsibilities" | exact "parties' roles"
  | exact "parties’ roles"
# Where an allocation is written down. "Schedule" alone is too common ("the Project schedule"), so a
# numbered or lettered schedule, annex or table is required.
vocab gov_located = "set out in" | "set forth in" | "described in" | "specified in" | "defined in"
  | "detailed in" | "listed in" | "identified in" | "allocated" | "shown in" | "contained in" | "as follows"
  | "below" | "documented in" | "the table" | "matrix" | "chart"
  | /\b(?:schedule|annex|annexure|appendix|exhibit|attachment|table|part)\s+(?:[A-Z]\b|\d|[IVX]+\b)/

# A role of each party with named responsibilities ("Each party will designate a Project Manager who
# will be responsible for ...").
# (A manager for one task, "each Party shall name a Transition Manager", allocates no roles.)
vocab gov_each_role = /\b(?:each|both)\s+(?:of\s+the\s+)?(?:party|parties)(?:['’]s?)?\s+(?:(?:shall|will|must|has|have|each)\s+)*(?:(?:appoint|designate|nominate|name)\w*\s+)?(?:(?:a|an|its|their|one)\s+)?(?:(?!(?:transition|exit|mobili[sz]ation|implementation|security|privacy|fraud|training)\b)[a-z]+\s+){0,2}?(?:managers?|directors?|representatives?|executives?|officers?|leads?|owners?|coordinators?|sponsors?)\b/
# (plain English: "| Job | Who does it |")
vocab gov_matrix_head = exact "activity" | exact "activities" | exact "task" | exact "tasks"
  | exact "responsibility" | exact "responsibilities" | exact "function" | exact "process step"
  | exact "job" | exact "jobs" | exact "duty" | exact "duties"
# The same word as a cell of its own, as a header row has it ("| Task | Atlas Gares | Amana |"), not
# a word inside a cell of prose.
vocab gov_matrix_head_cell = /(?:(?<![^\n])|\|)[ \t]*(?:activit(?:y|ies)|tasks?|responsibilit(?:y|ies)|functions?|process(?:es|\s+steps?)?|items?|dut(?:y|ies)|jobs?)[ \t]*(?:\||(?![^\n]))/
vocab gov_matrix_owner = exact "party" | exact "owner" | exact "role" | exact "roles" | exact "responsible"
  | exact "responsibility" | exact "responsibilities" | exact "accountable" | exact "who" | exact "performed by"
  | exact "done by" | exact "lead" | exact "side" | exact "organisation" | exact "organization" | exact "by"
  # a RACI by other words: "| Activity | Leads | Signs off | Kept informed |"
  | exact "leads" | exact "signs off" | exact "approves" | exact "kept informed" | exact "consulted"
vocab gov_responsible_for = exact "responsible for" | exact "accountable for" | exact "authority to"
  | exact "in charge of" | exact "responsibility for"
# A section that shares out the work between the parties: "Respective Duties of the Parties",
# "Responsibilities of each Party" ("Obligations of the Supplier" is one party's list, and "Obligations
# of the Parties" heads every kind of promise, not an allocation of tasks).
vocab gov_duties_heading = /\brespective\s+(?:duties|roles|responsibilities|tasks|functions|obligations)\b/
  | /\b(?:duties|roles|responsibilities|tasks)\s+of\s+(?:the\s+|each\s+|both\s+)?part(?:y|ies)\b/
  # "Article 5 (Division of Duties)", "Allocation of Responsibilities", "Who does what", "Roles and Responsibilities"
  | /\broles\s+and\s+responsibilities\b/
  | /\b(?:division|allocation|distribution|split|sharing|apportionment)\s+of\s+(?:duties|roles|responsibilities|tasks|functions|work)\b/
  | /\bwho\s+does\s+what\b/
# Under such a heading, each party's list opens "The Ordering Party undertakes to: ...".
vocab gov_takes_on = gov_responsible_for | exact "undertakes to" | exact "undertake to"

# Vendor management (GOV-005).
vocab gov_vmo = "vendor management office" | "vendor management function" | "vendor management team"
  | "vendor management organisation" | "vendor management group" | "vendor management unit"
  | "supplier management office" | "supplier management function" | "supplier management team"
  | "supplier management organisation" | "supplier relationship management function"
  | "supplier relationship management team" | "outsourcing management office" | "sourcing management office"
  | "sourcing office" | "retained organisation" | "retained function" | "retained team"
  | "intelligent client function" | "intelligent customer function" | "contract management function"
  | "contract management team" | "contract management office" | "commercial management team"
  | "third party management function" | "partner management office" | exact "VMO" | exact "SMO"
  # Russian public procurement's "contract service" (контрактная служба) of the customer
  | /\bcontract\s+service\b(?!\s+levels?)/
  # Any unit that manages suppliers or the contract, whatever the contract calls it ("Supplier
  # Management Unit", "Partner Governance Office", "Contract Management Team", "Vendor Oversight Group").
  | /\b(?:vendor|supplier|partner|third[\s-]party|contract|outsourcing|outsourced\s+services|sourcing|commercial)\s+(?:(?:relationship|relations|governance|management|performance|assurance|oversight|monitoring|administration|follow-up|coordination|co-ordination|liaison|supervision)\s+){1,2}(?:office|function|team|unit|group|organi[sz]ation|department|cell|desk|section|division|directorate)\b/
  # A unit named for managing the other party, whatever it calls that party ("Contractor Management
  # Function", "Provider Relationship Management Team", "Outsourcing Management Unit").
  # (Or for controlling it: "Contractor Control Department".)
  | /\b(?:vendor|supplier|contractor|provider|service\s+provider|partner|third[\s-]party|outsourc\w*|sourcing|contract|commercial)\s+(?:relationship\s+)?(?:management|governance|assurance|control|supervision|oversight)\s+(?:office|function|team|organi[sz]ation|group|unit|department|directorate|cell|desk|section|division|bureau)s?\b/
# Any named unit of an organisation, whatever it is called ("the Contract Supervision Unit", "our
# Contracts and Partnerships Team", "the Office of Procurement and Contract Compliance"). Read only
# in one sentence with the client beside it and three of the four duties, and never the provider's.
vocab gov_unit = /(?-i:\b(?:[A-Z][\w&-]*\s+(?:(?:and|&|of|for)\s+)?){1,5}(?:Unit|Team|Office|Department|Directorate|Division|Function|Section|Bureau|Cell|Desk|unit|team|office|department|directorate|division|function|desk)\b)/
  | /(?-i:\b(?:Office|Department|Directorate|Division|Bureau|Unit)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w&-]*(?:\s+(?:(?:and|&|of|for)\s+)?[A-Z][\w&-]*){0,5})/
# The client's own unit: "the District's Office of ...", "within the Principal, the ... Unit", "our
# ... Team" where the client writes as "we". Not "Vendor shall maintain a Client Management Office".
vocab gov_client_responsible = /\b{client}\s+(?:is|are|shall\s+be|will\s+be)\s+(?:solely\s+)?responsible\s+for\b/
  | /\b(?:is|are|shall\s+be|will\s+be)\s+responsible\s+on\s+behalf\s+of\s+(?:the\s+)?{client}\s+for\b/
vocab gov_client_unit = /\b(?:{client's}\s+(?:own\s+)?|within\s+(?:the\s+)?{client},?\s+(?:the\s+)?)(?:{gov_unit})/
  # plain English: "On our side, a small partner desk in our finance team looks after this agreement"
  | /\bon\s+{client's}\s+side,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:desk|team|unit|office|function|cell|department|group)\b/
  # translated drafting: "On the side of the Customer, the performance of this Contract is supervised
  # by the Contractor Control Department"
  | /\bon\s+the\s+(?:side|part)\s+of\s+(?:the\s+)?{client},\s+(?:[^.;]{0,80}?\s)?by\s+(?:the\s+|its\s+)?(?:{gov_unit})/
  # ... or a body acting on the client's side: "The Committee is responsible on the Ordering Party's side
  # for managing the Agreement, ..."
  | /\b(?:committee|board|panel|council|group|unit|team|office|cell|function|department)\s+(?:[\w-]+\s+){0,4}?on\s+(?:(?:the\s+)?{client's}\s+side|the\s+(?:side|part)\s+of\s+(?:the\s+)?{client})\b/
  # ... or on its behalf: "The Committee is responsible, on behalf of the Contracting Authority, for the
  # management of this contract" (not one that acts for both parties)
  | /\b(?:committee|board|panel|council|group|unit|team|office|cell|function|department)(?:\s*,[^,.;]{1,80},)?\s+(?:[\w-]+,?\s+){0,3}?on\s+behalf\s+of\s+(?:the\s+)?{client}\b(?!\s*(?:and|or|&)\b)/
# (Not a unit named for the suppliers it manages: "Our Supplier Stewardship team", where "we" are the client.)
# translated drafting: "The Ordering Party entrusts the monitoring of the present contract to its
# Provider Oversight Cell"
vocab gov_client_entrusts = /\b{client}\s+(?:entrusts?|assigns?|delegates?)\s+(?:[^.;]{0,80}?\s)?to\s+its\s+(?:own\s+)?(?:{gov_unit})/
  # ... or has set one up: "The Principal has established within its organisation a Supplier Stewardship Unit"
  | /\b{client}\s+(?:has|have)\s+(?:set\s+up|established|created|formed)\s+(?:within\s+its\s+(?:own\s+)?(?:organi[sz]ation|structure)\s+)?(?:an?\s+|its\s+)(?:[\w-]+\s+){0,3}?(?:{gov_unit})/
vocab gov_provider_unit = /(?<!\bour\s)\b{provider}(?:['’]s?)?\s+(?:own\s+|internal\s+)?(?:{gov_unit})/

vocab gov_vm_contract = "contract management" | "commercial management" | "contract administration"
  | "contract compliance" | "managing the contract" | "contract governance"
  # Administering or managing the agreement itself ("administer this Agreement").
  | /\b(?:administ\w*|manag\w*|look\s+after|looks\s+after|oversee\w*)\s+(?:of\s+)?(?:this|the)\s+(?:agreement|contract)\b/
  # "responsible for supervising the performance of this Contract by the Entrusted Party"
  | /\bsupervis\w*\s+(?:of\s+)?(?:the\s+)?(?:performance|execution|implementation)\s+of\s+(?:this|the)\s+(?:agreement|contract)\b/
  # translated drafting: "entrusts the monitoring of the present contract to its Oversight Cell"
  | /\b(?:monitoring|follow-up|supervision)\s+of\s+(?:this|the)\s+(?:present\s+)?(?:agreement|contract)\b/
  | /\bfollow(?:s|ing)?\s+up\s+(?:this|the)\s+(?:present\s+)?(?:agreement|contract)\b/
  # plain English: "it will manage the paperwork and renewals"
  | /\b(?:manag\w*|handl\w*|look\s+after|looks\s+after|deal\w*\s+with)\s+(?:the\s+)?(?:contract\s+)?(?:paperwork|renewals?)\b/
  # translated drafting: "keep the contract documentation of this Contract"
  | /\b(?:keep|keeps|keeping|maintain\w*|hold|holds)\s+(?:the\s+)?contract(?:ual)?\s+(?:documentation|documents|file|records)\b/
  | /\badministration\s+of\s+(?:the\s+)?contracts?\b/
  # plain English: "It keeps this agreement and its annexes up to date"
  | /\b(?:keep|keeps|keeping)\s+(?:this|the|our)\s+(?:agreement|contract)\b[^.;]{0,40}?\bup\s+to\s+date\b/
vocab gov_vm_performance = "performance management" | "performance monitoring" | "service level management"
  | "performance" | "service levels" | "service delivery management" | exact "performing"
  | "quality of the services" | "service quality"
  # "the acceptance and assessment of the services"
  | /\b(?:assessment|evaluation)\s+of\s+the\s+services\b/
  # "control the quality and timeliness of the Executor's Services"
  | /\b(?:control|monitor|check|supervis\w*)\w*\s+(?:the\s+)?quality\b/
  # plain English: "tracks how you're doing against the targets"
  # "measure and follow up the Supplier's deliveries"
  | /\b(?:measur\w*|monitor\w*|track\w*|follow(?:s|ing)?\s+up)\s+(?:and\s+(?:follow\s+up|monitor|track|measure)\s+)?(?:the\s+)?[\w'’-]+['’]s\s+(?:deliveries|deliverables|results|output|services)\b/
  | /\b(?:track|monitor|check|measure|follow)\w*\s+how\s+(?:well\s+)?(?:you|they|it|the\s+[\w-]+)\s*(?:are|is|['’]re)\s+(?:doing|performing)\b/
vocab gov_vm_relationship = "relationship management" | "relationship" | "stakeholder management"
  # translated drafting: "maintaining working relations with the Performer"
  | "working relations" | /\brelations\s+with\s+(?:the\s+)?{provider}\b/
  # "maintaining day-to-day communication and liaison with the Entrusted Party"
  | /\b(?:communication|liaison|contact)(?:\s+and\s+(?:communication|liaison|contact))?\s+with\s+(?:the\s+)?{provider}\b/
  # "interaction with the Performer"
  | /\binteraction\s+with\s+(?:the\s+)?{provider}\b/
  | /\brelations\s+with\s+(?:the\s+|its\s+)?(?:contractors|suppliers|providers|vendors|partners)\b/
vocab gov_vm_risk = "risk" | "compliance" | "audit" | "regulatory"
  # plain English: "checks that you meet the insurance, safety and privacy promises in this agreement"
  | /\bchecks?\s+that\s+(?:you|they|it|the\s+[\w-]+)\s+(?:meets?|compl(?:y|ies)|keeps?)\s+(?:[\w,-]+\s+){0,6}?(?:promises|obligations|requirements|rules|standards|laws?)\b/

# Process ownership (GOV-006).
vocab gov_owner = "process owner" | "service owner" | "journey owner" | "single owner" | "owner"
  # (with an aside: "is answerable, for both Parties, for the complete journey of a bar order")
  # (and to whom: "answerable to both Parties for the whole visitor journey")
  | /\b(?:accountable|answerable)(?:\s*,[^,.;]{1,40},|\s+to\s+(?:both|each\s+of\s+the|the)\s+parties)?\s+for\s+the\s+(?:whole|entire|complete|overall|end[\s-]to[\s-]end)\b/
  # accountable for the whole of it: "accountable for the whole of the Applicant's experience"
  | /\b(?:accountable|answerable)\s+for\s+the\s+(?:whole|entirety|totality)\s+of\b/
  # translated drafting: "who shall answer for the whole course of each Buyer's order"
  | /\banswer(?:\s+to\s+(?:both|each\s+of\s+the|the)\s+parties)?\s+for\s+the\s+(?:whole|entire|complete)\b/
  # one person alone: "He or she is solely accountable for the Angler's experience"
  | /\b(?:solely|alone|singly)\s+(?:accountable|answerable)\s+for\b/
  # "a Worker Journey Steward who is answerable for the Worker's experience from end to end"
  # (not "accountable for end-to-end delivery of the Services", the provider's own part)
  | /\b(?:accountable|answerable)\s+for\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:experience|journey|process)\s+from\s+end\s+to\s+end\b/
  # "accountable for the visitor's booking journey as a whole"
  | /\b(?:accountable|answerable)\s+for\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:experience|journey|process|pathway)\s+as\s+a\s+whole\b/
  # the verb: "our Head of Rider Care owns the rider support process"
  | /\bowns\s+the\s+(?:[\w'’-]+\s+){0,4}?(?:process|journey|pathway|experience)\b/
  # ... "owns the whole trip for every customer"; "bears sole responsibility for the entire journey"
  | /\bowns?\s+the\s+(?:whole|entire|complete)\s+(?:[\w'’-]+\s+){0,2}?(?:trip|stay|visit|order|booking|journey|process|experience)\b/
  | /\b(?:sole|single|overall)\s+responsibility\s+for\s+the\s+(?:whole|entire|complete|end[\s-]to[\s-]end)\b/
  # plain English: "One person, our Journey Lead, answers for the whole process"
  | /\banswers?\s+for\s+the\s+(?:whole|entire|complete|end[\s-]to[\s-]end)\b/
  # "designates its Transit Scheduling Manager as the sole person responsible for the whole process"
  # (... "is the single official responsible for the entire reservation process")
  | /\b(?:sole|single|one)\s+(?:person|individual|officer|official|manager|executive)\s+(?:responsible|accountable|answerable)\b/
  | "ownership" | "single point of accountability" | "accountable executive" | "single accountable"
  # a title of the same office: "shall be the Process Custodian, responsible for the entire enquiry chain"
  | /\b(?:process|journey|pathway)\s+(?:custodian|steward|guardian|leader)\b/
  | "overall accountability" | "overall responsibility" | "sole accountability"
vocab gov_e2e = "end to end" | "across both parties" | "across both organisations" | "across the parties"
  # the parties named: "across the Corporation and the Agency"
  | /\bacross\s+(?:the\s+)?(?:{client}\s+and\s+(?:the\s+)?{provider}|{provider}\s+and\s+(?:the\s+)?{client})\b/
  # ... among others: "across the Institute, the health centres and the Operator"
  | /\bacross\s+(?:the\s+)?(?:{client}(?:\s*,\s*(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}){1,3},?\s+and\s+(?:the\s+)?{provider}|{provider}(?:\s*,\s*(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}){1,3},?\s+and\s+(?:the\s+)?{client})\b/
  # "across the Workshop's studio and the Provider's desk alike"
  | /\bacross\s+the\s+[\w'’-]+['’]s\s+(?:[\w-]+\s+){0,2}?and\s+the\s+[\w'’-]+['’]s\b/
  # "... whether a step is carried out by the Charter Company or by the Agent"
  | /\bwhether\s+(?:a|the|any|each)\s+(?:step|part|stage|task|work)\s+is\s+(?:carried\s+out|performed|done|handled|taken)\s+by\b/
  | /\bacross\s+both\s+(?:the\s+)?(?:[\w'’]+\s+){1,3}?(?:and|&)\s+(?:the\s+)?[\w'’]+/
  # "... to the issue of the card, at both the Awarding Entity and the Contractor"
  | /\b(?:at|in|within)\s+both\s+(?:the\s+)?(?:{client}\s+and\s+(?:the\s+)?{provider}|{provider}\s+and\s+(?:the\s+)?{client})\b/
  | /\bfrom\s+(?:(?:the|a|an|each|any|its|their)\s+)?(?:[\w'’-]+\s+){0,2}?first\s+contact\s+(?:through|until|to)\s+(?:(?:the|its|final)\s+)*(?:resolution|closure|completion)\b/
  # the other party's steps taken in: "including the steps performed by the Provider", "including
  # every step of that path that the Operator carries out"
  # ... "including the part of that process entrusted to the Bureau", "including the parts of it performed by the Contractor"
  | /\bincluding\s+(?:the|every|each|any|all)\s+(?:steps?|parts?|stages?)\b(?:\s+of\s+(?:that|the|this)\s+[\w-]+|\s+of\s+it)?\s+(?:(?:(?:performed|carried\s+out|done|handled|taken|produced|provided|delivered)\s+by|(?:entrusted|assigned|delegated|outsourced|allocated|contracted\s+out)\s+to)\s+(?:the\s+)?{provider}|(?:that\s+)?(?:the\s+)?{provider}\s+(?:carries\s+out|carry\s+out|performs?|handles?|takes?))\b/
  # both sides' tasks taken in: "including the tasks performed by the Desk and those performed by the
  # Lodge's cellar, tasting room and shipping staff"
  | /\bincluding\s+the\s+(?:steps?|parts?|stages?|tasks?)\s+(?:performed|carried\s+out|done|handled)\s+by\s+[^.;]{1,60}?\band\s+(?:those|the\s+(?:steps?|parts?|stages?|tasks?))\s+(?:performed|carried\s+out|done|handled)\s+by\b/
  # the journey's two ends named: "from the first search for a tour to the last email after the trip"
  | /\bfrom\s+(?:(?:the|a|an)\s+)?(?:[\w-]+['’]s?\s+)?(?:very\s+)?first\s+[\w'’-]+\b[^.;]{0,60}?\b(?:up\s+)?to\s+the\s+(?:very\s+)?(?:last|final)\s+[\w'’-]+/
  # ... or from the customer's first contact to where the service ends: "from the first phone call to checkout"
  | /\bfrom\s+(?:the|a|its|their)\s+(?:very\s+)?first\s+(?:phone\s+|telephone\s+)?(?:call|contact|enquiry|inquiry|click|search|booking|question)\s+(?:to|until|through)\s+(?!the\s+(?:provider|supplier|contractor)\b)\w/
  # the work of both parties named: "across the parts of that journey carried out by the Board and
  # those carried out by the Contractor"
  | /\b(?:carried\s+out|performed|done|handled)\s+by\s+(?:the\s+)?(?:{client}|{provider})\s+and\s+(?:those|the\s+parts?|the\s+steps?)?\s*(?:carried\s+out|performed|done|handled)\s+by\s+(?:the\s+)?(?:{client}|{provider})\b/
  # "whether the family is talking to us or to you"
  | /\bwhether\s+(?:the\s+)?[\w'’-]+\s+is\s+(?:talking|speaking|dealing|working)\s+(?:to|with)\s+(?:us|you|the\s+\w+)\s+or\s+(?:to\s+|with\s+)?(?:us|you|the\s+\w+)\b/
  # the owner's reach named as both sides' work: "whether the work is performed by the Purchaser's
  # staff or the Supplier's agents", "whether the work sits with us or with you"
  | /\bwhether\s+(?:the\s+)?(?:work|step|task|activity|it)\s+(?:is\s+)?(?:performed|done|carried\s+out|handled|sits)\s+(?:by|with)\s+[^.;]{1,80}?\s+or\s+(?:by\s+|with\s+)?/
  | "across both companies" | "spanning both" | "across organisational boundaries"
  | "entire customer journey" | "whole customer journey" | "entire customer service process"
  | "whole customer service process" | "full customer journey"
  # the journey under the sector's name ("the whole subscriber-care journey", "the entire patient
  # support process"), and a role "where the journey crosses between our organisations"
  | /\b(?:whole|entire|full|complete)\s+(?:[\w-]+\s+){0,4}?(?:journey|process|lifecycle)\b/
  # ... or the customer's whole trip: "owns the whole trip for every customer, from the first call"
  | /\b(?:whole|entire|full|complete)\s+trip\s+(?:for|of)\s+(?:every|each|the|a)\b/
  # "the whole of the Applicant's experience, from the first contact ... to the collection of the card"
  | /\b(?:whole|entirety|totality)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:experience|journey|process)\b/
  | /\bcross(?:es|ing)?\s+between\s+(?:our|the|both)\s+(?:two\s+)?(?:organi[sz]ations|parties|companies|teams)\b/

# Ownership split between the parties is not a single owner.
# Each party's own owner for its own part: "its own process owner, who shall be accountable for that party's portion".
vocab gov_own_portion = /\b(?:its|their)\s+own\s+(?:process|journey|service)\s+owners?\b/
  | /\b(?:that|each|the\s+relevant)\s+party['’]s\s+(?:own\s+)?(?:portion|part|share)\s+of\b/
# (... or held by several at once: "The Joint Steering Committee collectively shall be accountable", "Two
# co-owners ... shall share accountability")
vocab gov_whether = /\b(?:discuss|consider|explore|decide|review)\w*\s+(?:[\w'’-]+\s+){0,6}?whether\s+(?:or\s+not\s+)?to\b/
vocab gov_split_owner = "collectively" | "co-owners" | "co-owner" | "joint owners" | "share accountability"
  | "shared accountability" | "its own" | "their own" | "respective" | "each party shall appoint"
  | "each party will appoint" | "each of the parties shall appoint" | "its part" | "their part"

# ---- rules -------------------------------------------------------------------------------------

rule GOV-001 "A joint governance body with both parties' representatives is established" {
  area: governance
  severity: critical
  source: "003 (vendor management governance framework), 002 (governance structure)"
  # A body the parties "shall discuss in good faith whether to establish", or "may, if they so
  # decide, form at a later date", is not established.
  require: ((sentence mentions "joint" near gov_body within 3 words and not mentions gov_not_yet)
    or (sentence mentions gov_body and mentions gov_member and mentions gov_both and not mentions gov_not_yet)
    or (sentence mentions gov_body and mentions gov_member and mentions gov_both_named and not mentions gov_not_yet)
    # members named as each party's people: "consists of the Authority's Director Patient Access,
    # the Authority's Representative, the Contractor's Managing Director and ..."
    # (Not one side's body the other only attends: "composed of the Deputy Administrator, ... and a fiscal
    # officer of the Office. The Contractor's Project Manager may attend ... but is not a member".)
    or (sentence mentions gov_body and mentions gov_membership and mentions gov_client_person and mentions gov_provider_person
        and not mentions gov_not_yet and not mentions gov_not_member)
    # the body named in one sentence, its members in the next ("It has your Head of Operations ...
    # and our Managing Director as members")
    or (paragraph mentions gov_body and mentions gov_membership and mentions gov_client_person and mentions gov_provider_person
        and not mentions gov_not_yet and not mentions gov_not_member)
    # or its seats ("The Harvest Table is where we set the direction. It has two senior people from
    # you and two from us.")
    or (paragraph mentions gov_body and mentions gov_seats and not mentions gov_not_yet)
    # ... or the people of both sides who meet in it: "The Paddock Meeting is where we run this agreement
    # together. Our owner and our operations manager meet your account lead and your team leader once a month"
    or (paragraph mentions gov_body and mentions gov_sides_meet and not mentions gov_not_yet)
    # a table of bodies whose "Members" column lists each party's people
    or (row mentions gov_body and header mentions gov_membership and mentions gov_client_person and mentions gov_provider_person)
    # ... or under columns of each side's members: "| Body | Carrier members | Handler members | Frequency |"
    or (row mentions gov_body and header mentions gov_client_seats and header mentions gov_provider_seats)
    or (sentence obliges both parties to gov_establish and not mentions gov_not_yet))
  message: "No joint governance body with representatives of both parties was found."
  fix: "The parties shall establish a Joint Steering Committee comprising [three] senior representatives of each of the Client and the Supplier, which shall oversee the performance of this Agreement and the relationship between the parties."
  tags: governance, committee, joint
  examples {
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

The Wharf Meeting is where we run this agreement together. Our owner and our operations manager meet your account lead and your team leader once a month."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

The Wharf Meeting is where we run this agreement together. Our owner and our operations manager meet once a month."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

We will set up the Harbour Table, made up of two of our directors and two of yours, to oversee this agreement. The Harbour Table meets every quarter."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

We will set up the Harbour Table, made up of two of our directors and our quality lead, to oversee our own work. The Harbour Table meets every quarter."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

We'll set up the Harbour Table: two of our managers from our side, and your account lead and one of your team supervisors from yours. It meets every month."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

We'll set up the Harbour Table: two of our managers from our side. It meets every month."""
    pass: """This Contract is made between Vanille Tahaa SARL ("the Ordering Party") and Moana Relation SAS ("the Service Provider").

The Service Provider shall answer the buyers of the Ordering Party on its behalf.

## Article 14 - Governance

| Forum | Members | Meets |
|---|---|---|
| Partner Council | two representatives of the Ordering Party (manager, sales director) and two of the Service Provider (director, account manager) | once every quarter |"""
    gap: """This Contract is made between Vanille Tahaa SARL ("the Ordering Party") and Moana Relation SAS ("the Service Provider").

The Service Provider shall answer the buyers of the Ordering Party on its behalf.

## Article 14 - Governance

| Forum | Members | Meets |
|---|---|---|
| Partner Council | two representatives of the Ordering Party (manager, sales director) | once every quarter |"""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

If we both think it would help, we may later set up a joint committee."""
    pass: """11. The governance of this Contract is as follows:

| Forum | Members | Purpose | Frequency |
|---|---|---|---|
| Partnership Board | Client managing director and Partner Manager; Supplier country manager and Service Director | direction of the relationship, review of results | quarterly |"""
    gap: """11. The governance of this Contract is as follows:

| Forum | Members | Purpose | Frequency |
|---|---|---|---|
| Quality Board | Supplier country manager and Supplier quality director | review of results | quarterly |"""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

We and you will each send two people to a Joint Table, which meets every month by video."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

We will send two people to an internal Quality Table, which meets every month."""
    gap: "7.1 The Client shall maintain a Liaison Group consisting of the Client's Finance Manager, the Client's Regional Officer and an officer of its Legal Unit, to oversee the Supplier's work."
    pass: "7.1 The Parties shall maintain a Liaison Group consisting of the Client's Finance Manager and the Supplier's Account Lead, which shall oversee the Services."
    pass: "4.1 The parties shall form a Harbour Council of six persons: three named by the Client and three named by the Supplier. It meets every quarter."
    gap: "4.1 The Client shall form a Harbour Council of six persons, all named by the Client. The Supplier may be invited to attend."
    pass: """This Agreement is between Acme Ltd (the "Client") and Beta Ltd (the "Supplier").

Governance

| Body | Composition | Meets |
|---|---|---|
| Partnership Council | Two directors of the Client and two directors of the Supplier | Quarterly |"""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

We won't set up a joint committee, and your board makes its own decisions."""
    gap: "If we both think it useful, we may later agree to set up a joint forum for this agreement. Until then, there isn't one. We'll meet whenever either of us asks."
    pass: "The Harvest Table is where we set the direction of this agreement. It has two senior people from you and two from us, and it meets every three months."
    gap: "The Harvest Table is where you set the direction of your dealer network. It has two senior people from your stores, and it meets every three months."
    pass: "6.1 The parties create a Relationship Directorate formed by two representatives of the Client, one of whom shall be its Commercial Manager, and two representatives of the Supplier. The Relationship Directorate decides on the strategic direction of the relationship."
    gap: "6.1 The Supplier creates an internal Quality Directorate formed by two representatives of the Supplier's management and its quality lead."
    # Established in the present tense by both parties, and only supposed in a condition.
    pass: "4.1 The Parties establish a Relationship Board to oversee the Services."
    gap: "4.1 If the Parties establish a Relationship Board, it shall oversee the Services."
    pass: "A Registry Liaison Board is established, consisting of the Director of the Registry and the Department's Contract Manager on behalf of the Department, and the Managing Director and Service Manager of the Operator."
    pass: """| Body | Members | Meets |
|---|---|---|
| Executive Oversight Council | Department Director of State Parks; Department Contract Administrator; Contractor's President | Twice each year |"""
    gap: "A Service Board is established, consisting of the Managing Director and Service Manager of the Operator."
    gap: "Party A and Party B shall discuss in good faith whether to establish a liaison council consisting of two members of each party."
    gap: "The parties shall discuss in good faith whether to establish a joint liaison council."
    gap: "The parties may, if they so decide, form a joint committee at a later date."
    gap: "The minutes of the preceding Month's Performance Review Meeting will be agreed and signed by both the Supplier's Representative and the Buyer's Representative at each meeting."
    pass: "The Contract Governance Group consists of the Client's Director Patient Access, the Client's Representative, the Supplier's Managing Director and the Supplier's Representative."
    gap: "The Supplier's Governance Group consists of the Supplier's Managing Director and the Supplier's Head of Quality."
    pass: """| Body | Members | Frequency |
|---|---|---|
| Service Review Board | Client: Head of Operations, Contract Manager; Supplier: Account Director | Monthly |"""
    gap: """| Body | Members | Frequency |
|---|---|---|
| Service Review Board | Supplier: Account Director, Operations Manager, Quality Lead | Monthly |"""
    pass: "The parties shall establish a Joint Steering Committee comprising three senior representatives of each party."
    pass: "A Governance Board consisting of members appointed by the Client and the Supplier shall oversee the Services."
    pass: "Within thirty days of the Effective Date, the Customer and the Vendor shall each appoint three members to the Relationship Board."
    pass: """"JSC" means the joint steering committee described in Schedule 6.

The JSC shall meet monthly to review the performance of the Services."""
    pass: "The Executive Committee shall be composed of the Bank's Chief Operating Officer and the Service Provider's Account Director."
    pass: "Each party shall nominate two representatives to the Governance Forum."
    gap: "The Supplier is not required to participate in any steering committee."
    gap: """# Contents

12. Governance ..... 34

13. Steering Committee ..... 35"""
    gap: "The Contractor shall establish an internal steering committee composed of its senior managers to oversee delivery."
    gap: "The Supplier shall attend meetings of the Client's Executive Committee when invited to do so."
    gap: "Either party may refer a matter to the Steering Committee."
    gap: "The Company and the Contractor shall cooperate in good faith in the performance of this Agreement."
    gap: "Neither party shall be required to establish a steering committee or any other governance body."
    # A body of the contract's own naming, set up with people from both sides, in plain English.
    pass: "We'll set up a Season Committee with two people from your side and two from ours."
    gap: "We'll set up a Season Committee with two people from our side."
    gap: """"Charges" means the charges payable by the Bank under this Agreement.

The Steering Committee shall include members nominated to review the Charges and the Supplier's performance."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

9. The parties record that they have decided not to constitute a joint committee or any other joint body for the follow-up of this agreement."""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

9. The parties shall constitute a Joint Committee of two members of each party, which shall meet every month."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

6.1 A Monitoring Committee is set up, composed of the Principal's sales director and visitor-centre manager and of the Contractor's account manager and team leader."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

6.1 The Contractor shall keep an internal quality group, composed of the Contractor's operations manager and its team leaders."""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

5.1 The parties' governance forums are as follows.

| Body | Client members | Supplier members | Frequency |
|---|---|---|---|
| Executive Review Board | Vice President Operations | Chief Executive | Quarterly |
| Station Performance Forum | Station Manager | Baggage Office Manager | Monthly |"""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

5.1 The Supplier's internal forums are as follows.

| Body | Supplier members | Frequency |
|---|---|---|
| Quality Review Board | Quality Manager; Team Leaders | Monthly |"""
    gap: """This Agreement is made between Raty Teraz S.A. (the "Ordering Party") and Centrum Kontaktu Sp. z o.o. (the "Contractor"). The Contractor shall provide customer service to the Ordering Party's borrowers.

§ 4. The Ordering Party supervises performance through its own committee. The Parties may in future consider establishing a joint working group."""
    pass: """This Agreement is made between Raty Teraz S.A. (the "Ordering Party") and Centrum Kontaktu Sp. z o.o. (the "Contractor"). The Contractor shall provide customer service to the Ordering Party's borrowers.

§ 4. The Parties shall establish a joint working group of two representatives of each Party, which meets monthly."""
    pass: """This contract is made between the Dirección Provincial de Vivienda de El Loa (the "Mandante") and Servicios de Contacto Atacama SpA (the "Prestador"). The Prestador shall operate the housing subsidy helpline of the Mandante.

Clause Six. A Steering Committee (Comité Directivo) is hereby created, composed of the Provincial Director and the Head of the Contract Management Unit on behalf of the Mandante, and the General Manager and the Contract Coordinator on behalf of the Prestador."""
    gap: """This contract is made between the Dirección Provincial de Vivienda de El Loa (the "Mandante") and Servicios de Contacto Atacama SpA (the "Prestador"). The Prestador shall operate the housing subsidy helpline of the Mandante.

Clause Six. The Mandante has an internal Steering Committee, composed of the Provincial Director and the Head of the Contract Management Unit, which follows the contract on behalf of the Mandante."""
    gap: """This Contract is entered into by the State of Nevada, acting by and through its Office of Early Childhood Subsidies (the "Office"), and Mojave Bridge Contact Services LLC (the "Contractor"). The Contractor shall operate the child care subsidy contact center for the Office.

7.1 The Office has established a Contract Oversight Committee composed of the Deputy Administrator, the Contract Monitor and a fiscal officer of the Office. The Committee meets monthly to review the Contractor's performance. The Contractor's Project Manager may attend the portion of a meeting concerning performance when invited by the Committee but is not a member of the Committee."""
    pass: """This Contract is entered into by the State of Nevada, acting by and through its Office of Early Childhood Subsidies (the "Office"), and Mojave Bridge Contact Services LLC (the "Contractor"). The Contractor shall operate the child care subsidy contact center for the Office.

7.1 The parties establish a Contract Oversight Committee composed of the Deputy Administrator and the Contract Monitor of the Office and the Contractor's Project Manager. The Committee meets monthly to review the Contractor's performance."""
    pass: """This agreement is between the Government of the Northwest Territories ("we", "us", "our") and Mackenzie Delta Contact Services Ltd. ("you", "your"). You will run the health card renewal line for us and we will pay your invoices.

6.2 We will also set up a Working Group with our Supervisor, Health Insurance Services, and your Team Lead and one agent. The Working Group deals with day-to-day matters."""
    gap: """This agreement is between the Government of the Northwest Territories ("we", "us", "our") and Mackenzie Delta Contact Services Ltd. ("you", "your"). You will run the health card renewal line for us and we will pay your invoices.

6.2 We will also set up an internal Working Group with our Supervisor, Health Insurance Services, and our Manager, to oversee your work."""
    pass: """This Agreement is made between Studentenwerk Marburg (the "Principal") and Lahn Kontakt GmbH (the "Contractor"). The Contractor shall operate the housing service line.

§ 4 (1) The parties set up a Steering Circle. It consists of the head of student housing of the Principal and the managing director and the head of operations of the Contractor. It meets every six months."""
    gap: """This Agreement is made between Studentenwerk Marburg (the "Principal") and Lahn Kontakt GmbH (the "Contractor"). The Contractor shall operate the housing service line.

§ 4 (1) The Principal sets up a Steering Circle. It consists of the head of student housing of the Principal and the head of finance of the Principal. It meets every six months and hears the Contractor when needed."""
    pass: """This Agreement is made between Powys County Council (the "Authority") and Severn Contact Limited (the "Service Partner"). The Service Partner shall run the council tax line.

## Schedule 3 - Governance

| Forum | Membership | Frequency |
|---|---|---|
| Partnership Board | Head of Revenues (Authority); Managing Director (Service Partner) | quarterly |"""
    gap: """This Agreement is made between Powys County Council (the "Authority") and Severn Contact Limited (the "Service Partner"). The Service Partner shall run the council tax line.

## Schedule 3 - Governance

| Forum | Membership | Frequency |
|---|---|---|
| Revenues Board | Head of Revenues (Authority); Finance Manager (Authority) | quarterly |"""
    pass: """This Contract is made between Rangpur City Corporation (the "Procuring Entity") and Teesta Contact Limited (the "Service Provider").

3.3 The Chief Health Officer of Rangpur City Corporation designates the Programme Manager as the contact person.

4.1 A Project Steering Committee shall be constituted, chaired by the Chief Health Officer and composed of the Programme Manager, the Service Provider's Managing Director and the Project Manager."""
    gap: """This Contract is made between Rangpur City Corporation (the "Procuring Entity") and Teesta Contact Limited (the "Service Provider").

4.1 A Project Steering Committee shall be constituted, chaired by the Service Provider's Managing Director and composed of its Project Manager and Quality Lead."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.1 A Steering Committee is established, composed of the Director of Social Action, the contract referent and the process owner for the Principal, and of the Contractor's managing director and account manager."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.1 A Steering Committee is established, composed of the Contractor's managing director, its account manager and the process owner for the Contractor."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.1 The execution of the contract is monitored by two joint bodies, with representatives of both parties, whose composition is set out in the table below."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.1 The execution of the contract is monitored by the Principal's own bodies."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

## Article 6 – Governance

The governance bodies of the contract are as follows.

| Body | Members | Meetings |
|---|---|---|
| Steering committee (comité de pilotage) | the Principal's head of retail banking and process owner; the Contractor's managing director and coordinator | every quarter |"""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

## Article 6 – Governance

The governance bodies of the Principal are as follows.

| Body | Members | Meetings |
|---|---|---|
| Steering committee (comité de pilotage) | the Principal's head of retail banking and head of risk | every quarter |"""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

1. In order to coordinate the performance of the Contract, the Parties appoint a Coordination Team composed of two representatives of the Principal and two representatives of the Contractor."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

1. In order to perform the Contract, the Contractor sets up an Operations Team composed of two team leaders and twelve consultants of the Contractor."""
  }
}

rule GOV-002 "Governance operates at strategic and operational levels" {
  area: governance
  severity: high
  source: "002 (strategic and tactical levels)"
  # A forum named only in a prohibition ("shall not establish any subsidiary board, committee or
  # working group") is a forum the contract refuses, not a second tier.
  # (The body's remit may follow in the next sentence: "A Higher Coordination Council is established,
  # composed of ... It sets the general orientations of the Desk".)
  # (Nor one body the contract calls the only one, whatever it does: "The JOC is the sole governance body
  # under this Agreement", though every third meeting is a Quarterly Business Review.)
  require: (((document mentions gov_strategic) or (sentence mentions gov_body and mentions gov_strategic_role)
             or (paragraph mentions gov_it_directs and mentions gov_named_body and not mentions gov_provider_body))
            and ((sentence mentions gov_operational and not prohibits any party from gov_create and not mentions optional)
                 or (paragraph mentions gov_it_operates and mentions gov_named_body and not mentions gov_it_directs
                     and not mentions gov_provider_body)
                 or (sentence mentions gov_body and mentions gov_operational_role and not mentions gov_strategic_role
                     and not mentions gov_single_forum and not prohibits any party from gov_create and not mentions optional))
            and not (document mentions gov_only_forum_said))
    or (sentence mentions "strategic" and mentions ("operational" | "tactical") and mentions (gov_level_words | "governance" | gov_body)
        and not mentions gov_single_forum)
    # two bodies set up in one sentence, one for strategy and one for the day-to-day: "an Executive Review Group
    # ..., to deal with strategic matters ..., and a Contract Management Group ..., to deal with day-to-day ..."
    or (sentence mentions at least 2 different gov_named_body and mentions gov_strategic_role and mentions gov_operational_role
        and not mentions gov_single_forum and not mentions optional)
    # (levels of escalation are no levels of governance: "Escalation of issues shall follow the three levels of
    # section 9", unless the sentence names a body)
    or (sentence mentions gov_tiered and not (mentions ("escalation" | "dispute" | "disputes" | "disagreement" | "disagreements")
                                              and not mentions gov_body))
    # Two tiers told by their cadence: two named joint bodies, one meeting at least fortnightly
    # (the working level) and one at most monthly (the level above it).
    or ((document mentions at least 2 different gov_named_body)
        and (paragraph mentions gov_named_body and has frequency >= fortnightly and mentions party client
             and mentions party provider and not mentions gov_provider_body and not mentions gov_single_forum)
        and (paragraph mentions gov_named_body and has frequency <= monthly and mentions party client
             and mentions party provider and not mentions gov_provider_body and not mentions gov_single_forum))
    # In a table of forums, one row per body: a monthly one with both parties in it and a quarterly one
    # (of "three senior representatives of each party").
    or ((document mentions at least 2 different gov_named_body) and not (document mentions gov_only_forum_said)
    # (The parties may stand in the header instead: "| Body | Carrier members | Handler members | Frequency |",
    # or be counted: "interlocutors of both parties", "two members per party".)
        and (row mentions gov_named_body and has frequency >= monthly and not has frequency < monthly
             and (mentions party client and mentions party provider or mentions gov_each_party_seats
                  or header mentions party client and header mentions party provider
                  or mentions gov_client_person and mentions gov_provider_person)
             and not mentions gov_provider_body and not mentions gov_single_forum)
        and (row mentions gov_named_body and has frequency <= quarterly and not has frequency > quarterly
             and (mentions party client and mentions party provider or mentions gov_each_party_seats
                  or header mentions party client and header mentions party provider
                  or mentions gov_client_person and mentions gov_provider_person)
             and not mentions gov_provider_body and not mentions gov_single_forum))
    # A table of forums with a column for their level: one row "Strategic", another "Operational".
    or ((row mentions gov_named_body and mentions /\bstrategic\b/ and not mentions /\b(?:operational|tactical)\b/
         and not mentions gov_single_forum)
        and (row mentions gov_named_body and mentions /\b(?:operational|tactical)\b/ and not mentions /\bstrategic\b/
             and not mentions gov_single_forum)
        and not (document mentions gov_only_forum_said))
  message: "Governance was found at one level only (or not at all); a strategic/executive forum and an operational/tactical forum are both needed."
  fix: "Governance shall operate at two levels: (a) an Executive Steering Committee, which shall set strategic direction and resolve escalated matters; and (b) an Operational Management Committee, which shall manage day-to-day service delivery and performance."
  tags: governance, tiers
  examples {
    pass: """This Agreement is made between Harbour Salt Ltd (the "Client") and Tide Contact Ltd (the "Supplier").

The Supplier shall provide the Services to the Client.

A Mixed Follow-up Committee is hereby created, made up of three representatives of each party. It shall meet once every calendar quarter and shall be responsible for the strategic direction of the Desk.

An Operations Table, made up of the two coordinators, shall meet every week to manage the day-to-day running of the Desk."""
    gap: """This Agreement is made between Harbour Salt Ltd (the "Client") and Tide Contact Ltd (the "Supplier").

The Supplier shall provide the Services to the Client.

A Mixed Follow-up Committee is hereby created, made up of three representatives of each party. It shall meet once every calendar quarter and shall be responsible for the strategic direction of the Desk."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

We will set up a Hive Council of two people from each side. The Hive Council sets the direction of the service and decides anything that the Frames Group cannot.

The Frames Group deals with day-to-day matters. It is made up of our team leader and two of your office staff."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

We will set up a Hive Council of two people from each side. The Hive Council sets the direction of the service.

Our team leader deals with day-to-day matters."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

We will set up the Island Table, made up of two of our directors and two of yours, to talk about the big picture and anything that needs fixing at a senior level. The Island Table meets twice a year.

Our account lead and your bookings manager will hold a working huddle by video call every week to deal with day-to-day matters such as rosters and complaints."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

We will set up the Island Table, made up of two of our directors and two of yours, to talk about the big picture and anything that needs fixing at a senior level. The Island Table meets twice a year.

Our team leaders will hold an internal huddle each morning before the lines open."""
    pass: """This Agreement is made between Pacific Air Limited (the "Carrier") and Harbour Ground Services Limited (the "Handler").

The Handler shall provide the Services to the Carrier, and the Carrier shall pay the Handler for them.

5.1 The parties shall establish the governance bodies set out in the table below.

| Body | Carrier members | Handler members | Frequency | Remit |
|---|---|---|---|---|
| Executive Review Board | Vice President Ground Operations | Chief Executive | Quarterly | Overall performance and matters escalated to it |
| Station Performance Forum | Station Manager | Station Manager | Monthly | Results against the Performance Standards; staffing and rosters |"""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

7.1 We will set up a Partnership Forum together. It has your Head of Customer Operations and our Managing Director as members. It meets every second month and looks at service performance and anything escalated to it.

7.2 Below the Partnership Forum, your Booking Coordinator and our Team Manager hold a short operational call every Monday to go through the previous week."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

7.1 We will set up a Partnership Forum together. It has your Head of Customer Operations and our Managing Director as members. It meets every second month and looks at service performance and anything escalated to it.

7.2 Our Team Manager will call your Booking Coordinator when there is a problem."""
    pass: """This Agreement is made between Hochalm Bergbahnen GmbH (the "Principal") and Alpen Contact GmbH (the "Contractor").

The Contractor shall answer the guests of the Principal.

(1) The Parties establish a Steering Board made up of two members appointed by each Party. The Steering Board decides strategic questions of the cooperation.

(2) Below the Steering Board, an Operations Round made up of the Parties' team leaders handles staffing, call scripts and daily issues."""
    pass: """This Agreement is made between Strik Shop ApS (the "Shop") and Nordlys Contact ApS (the "Agency").

The Agency shall answer the customers of the Shop.

(1) The parties set up a Cooperation Council consisting of the Shop's managing director and the Agency's managing director. The Council meets once a month.

(3) Under the Council, the Customer Lead, the Contact Manager and the Agency's team leaders meet every week as the Floor Circle to go through volumes and backlogs."""
    pass: """This Agreement is made between Seven Seas Exports Limited (the "Fishery") and Cape Meridian Contact (Pty) Ltd (the "Contractor").

The Contractor shall run the buyer desk of the Fishery.

12. The parties establish the following forums:

| Forum | Remit | Members | Meets |
|---|---|---|---|
| Settlement Board | strategic: direction, renewal, major changes | Fishery Managing Director; Contractor Chief Executive | quarterly |
| Desk Working Party | operational: performance, claims, action log | Buyer Relations Manager; Account Director | weekly |"""
    gap: """Aral Grain Terminal JSC, represented by Chairman of the Management Board A. K. Omarov (the "Elevator Company"), and Tobol Service Centre LLP, represented by its Director (the "Service Company"), have concluded this Agreement as follows.

1. The Service Company shall operate the farmer accounts line of the Elevator Company on its behalf.

13. Each month the Parties shall hold a performance review meeting, attended by the Account Directors of both Parties."""
    pass: """Aral Grain Terminal JSC, represented by Chairman of the Management Board A. K. Omarov (the "Elevator Company"), and Tobol Service Centre LLP, represented by its Director (the "Service Company"), have concluded this Agreement as follows.

1. The Service Company shall operate the farmer accounts line of the Elevator Company on its behalf.

12. The Parties shall form a Joint Steering Committee of the Chairmen of both Parties, which sets the strategic direction of the cooperation.

13. Each month the Parties shall hold a performance review meeting, attended by the Account Directors of both Parties."""
    pass: """This contract is made between Tabacos del Norte, S.R.L. (the "Company") and Servicios Quisqueya, S.A.S. (the "Provider").

The Provider shall operate the distributor orders desk of the Company.

Paragraph I.- The parties create a Joint Steering Commission, composed of two representatives appointed by each party, which shall be responsible for the direction of the relationship.

Paragraph II.- A Technical Sub-commission, composed of the supervisors of both parties, shall deal with operational matters: scripts, stock shortages and complaints."""
    gap: """This contract is made between Tabacos del Norte, S.R.L. (the "Company") and Servicios Quisqueya, S.A.S. (the "Provider").

The Provider shall operate the distributor orders desk of the Company.

Paragraph II.- A Technical Sub-commission, composed of the supervisors of both parties, shall deal with operational matters: scripts, stock shortages and complaints."""
    pass: """This contract is made between Laiterie du Sahel SA (the "First Party") and Centre Appel Nord SARL (the "Second Party").

The Second Party shall operate the distributor order desk of the First Party on its behalf.

A Higher Joint Committee is formed, composed of the manager of the First Party and the manager of the Second Party. It sets the general direction of the cooperation.

A Technical Sub-committee is formed under it, composed of the head of dispatch of the First Party and the supervisor of the Second Party. It follows the daily work of the Desk and prepares the files of the Higher Committee."""
    gap: """This contract is made between Laiterie du Sahel SA (the "First Party") and Centre Appel Nord SARL (the "Second Party").

The Second Party shall operate the distributor order desk of the First Party on its behalf.

A Higher Joint Committee is formed, composed of the manager of the First Party and the manager of the Second Party. It sets the general direction of the cooperation.

The managers shall meet whenever the need arises."""
    pass: """This Agreement is made between Kestrel Point Trails Authority (the "Authority") and Bramble Reach Contact Services Limited (the "Contractor").

The Contractor shall answer the visitors of the Authority on its behalf.

3.1 The governance bodies are set out in the following table.

| Forum | Level | Members | Meets |
|---|---|---|---|
| Ridge Council | Strategic | Chief Warden, Head of Visitors, Managing Director, Account Director | Once every quarter |
| Trailhead Forum | Operational | Permits Lead, Liaison Lead, team leaders | Every two weeks |"""
    gap: """This Agreement is made between Kestrel Point Trails Authority (the "Authority") and Bramble Reach Contact Services Limited (the "Contractor").

The Contractor shall answer the visitors of the Authority on its behalf.

3.1 The governance body is set out in the following table.

| Forum | Level | Members | Meets |
|---|---|---|---|
| Ridge Council | Strategic | Chief Warden, Head of Visitors, Managing Director, Account Director | Once every quarter |"""
    pass: """This Contract is made between Distillerie Anse Noire SAS (the "Principal") and Relais Caraibes SARL (the "Service Company").

The Service Company shall operate a distributor order desk for the Principal.

19. A Supreme Liaison Council is established, composed of the Chief Executive of the Principal and the Manager of the Service Company. It sets the general orientations of the Desk and settles the matters referred to it.

20. A Field Desk Cell is established, composed of the sales manager of the Principal and the team supervisor of the Service Company. It follows the day-to-day operation of the Desk and prepares the matters to be submitted to the Supreme Liaison Council."""
    gap: """This Contract is made between Distillerie Anse Noire SAS (the "Principal") and Relais Caraibes SARL (the "Service Company").

The Service Company shall operate a distributor order desk for the Principal.

20. A Field Desk Cell is established, composed of the sales manager of the Principal and the team supervisor of the Service Company. It follows the day-to-day operation of the Desk. The Principal alone sets the general orientations of its business."""
    pass: """This Agreement is made between Kestrel Point Trails Authority (the "Authority") and Bramble Reach Contact Services Limited (the "Contractor").

The Contractor shall answer the visitors of the Authority on its behalf.

10.1 The role, membership and cadence of each forum are set out below.

| Forum | Members | Meets | Role |
|---|---|---|---|
| Lagoon Council | Three senior representatives of each party | Once each calendar quarter | Sets direction and decides escalated issues |
| Desk Huddle | The Contractor's desk supervisor and the Authority's bookings coordinator | Every week | Reviews volumes and open cases |"""
    gap: """This Agreement is made between Kestrel Point Trails Authority (the "Authority") and Bramble Reach Contact Services Limited (the "Contractor").

The Contractor shall answer the visitors of the Authority on its behalf.

10.1 The role, membership and cadence of the forum are set out below.

| Forum | Members | Meets | Role |
|---|---|---|---|
| Lagoon Council | Three senior representatives of each party | Once each calendar quarter | Sets direction and decides escalated issues |"""
    pass: """This Agreement is made between Notch Maple Sugarhouse LLC (the "Sugarhouse") and Granite Notch Contact Services, Inc. ("Granite Notch").

Granite Notch shall answer calls from the customers of the Sugarhouse on its behalf.

5.1 The parties shall form a Sugarhouse Partnership Council made up of two senior people from each party. The Council sets direction for the Desk Services, approves the annual desk plan and decides matters referred to it.

5.3 Below the Council, the Desk Captain and the Sugarhouse Liaison shall hold a Weekly Desk Huddle to review the week's Contacts, backlogs and staffing."""
    gap: """This Agreement is made between Notch Maple Sugarhouse LLC (the "Sugarhouse") and Granite Notch Contact Services, Inc. ("Granite Notch").

Granite Notch shall answer calls from the customers of the Sugarhouse on its behalf.

5.3 The Desk Captain and the Sugarhouse Liaison shall hold a Weekly Desk Huddle to review the week's Contacts, backlogs and staffing. Signs at the farm set direction for the visitors."""
    pass: """This Agreement is made between Grand Traverse Orchard Processors, Inc. ("Processor") and Lakeshore Contact Solutions LLC ("Contractor").

4.1 Orchard Council. The Parties shall form an Orchard Council composed of four senior officers of each Party. The Orchard Council directs the relationship, approves the annual desk plan and resolves matters escalated to it. It shall meet at least once every calendar quarter.

4.2 Desk Operations Huddle. The Desk Relationship Manager, the Grower Payments Liaison and their team leads shall meet as the Desk Operations Huddle every week to review volumes, staffing and open Inquiries."""
    gap: """This Agreement is made between Grand Traverse Orchard Processors, Inc. ("Processor") and Lakeshore Contact Solutions LLC ("Contractor").

4.2 Desk Operations Huddle. The Desk Relationship Manager, the Grower Payments Liaison and their team leads shall meet as the Desk Operations Huddle every week to review volumes, staffing and open Inquiries. Contractor's board directs the services of Contractor."""
    gap: """10.1 A Joint Steering Committee is hereby established, composed of two representatives of each Party, and shall meet monthly to review performance and any day-to-day difficulty.

10.2 The Joint Steering Committee is the only governance body under this Contract. The Parties have deliberately not provided for any other committee or level of governance."""
    pass: """6. A Higher Coordination Council shall be formed, composed of two senior officers of each party. The Council shall lay down the general policy for the work of the Desk and settle matters referred to it by the Joint Working Committee.

7. A Joint Working Committee shall be formed, composed of two officers of each party. The Committee shall follow up the day-to-day work of the Desk."""
    gap: "6. A Joint Working Committee shall be formed, composed of two officers of each party. The Committee shall follow up the day-to-day work of the Desk."
    pass: """6.1 A Joint Steering Commission of two senior officers of each Party shall meet each quarter to set the strategy of the service.

7.1 A Technical Cell, composed of the two Correspondents, shall meet every week to deal with current operational questions: pending orders, samples and shipments."""
    gap: "6.1 A Joint Steering Commission of two senior officers of each Party shall meet each quarter to set the strategy of the service and to deal with current operational questions."
    pass: """This Agreement is made between Black Belt Pecan Shelling Company, Inc. ("Sheller") and Tensaw Contact Partners, LLC ("Contractor").

3.1 The Parties hereby establish a Grower Desk Council of six members, three appointed by each Party. At each quarterly meeting the Council shall review Sheller's grower-experience strategy.

3.3 Harvest Operations Huddle. Below the Council, the Grower Relations Lead and the Desk Account Director shall hold a Harvest Operations Huddle each week to review volumes and open requests."""
    gap: """This Agreement is made between Black Belt Pecan Shelling Company, Inc. ("Sheller") and Tensaw Contact Partners, LLC ("Contractor").

3.1 The Parties hereby establish a Grower Desk Council of six members, three appointed by each Party. At each quarterly meeting the Council shall review Sheller's grower-experience strategy and the weekly call volumes."""
    pass: """4.1 The Parties shall govern the relationship through the forums in the following table.

| Forum | Members | Meets | Remit |
|---|---|---|---|
| Partnership Board | For the Client: General Manager. For the Supplier: Managing Director | Once every quarter | Strategic direction |
| Contact Floor Review | Client Partnership Manager; Supplier Account Lead and floor leads | Every two weeks | Rotas, incidents, knowledge updates |"""
    gap: """4.1 The Parties shall govern the relationship through the forum in the following table.

| Forum | Members | Meets | Remit |
|---|---|---|---|
| Contact Floor Review | Client Partnership Manager; Supplier Account Lead and floor leads | Every two weeks | Rotas, incidents, knowledge updates |"""
    pass: """11. The governance of this Contract is as follows:

| Forum | Members | Purpose | Frequency |
|---|---|---|---|
| Partnership Board | Client managing director and Partner Manager; Supplier country manager and Service Director | direction of the relationship, review of results | quarterly |
| Service Cell | Client back-office supervisor; Supplier Service Director and team leaders | volumes, staffing, quality findings | weekly |"""
    pass: "5.1. The Parties shall form a Coordination Council of three representatives of the Client and three of the Supplier. 5.2. Current matters are dealt with by a working group of the Client's reservation head and the Supplier's supervisors. The working group reports to the Coordination Council."
    gap: "5.1. The Parties shall form a Coordination Council of three representatives of the Client and three of the Supplier. The Supplier's team leader reports to the Coordination Council each month."
    gap: "8.1 The Parties shall establish a Joint Claims Committee of two members from each Party. 8.3 The Supplier shall keep an internal operations team. That team shall report to the board of directors of the Supplier."
    pass: "27. For the coordination of joint work the Parties form a Coordination Council of two representatives of each Party. 29. Under the Coordination Council, a Working Group on deliveries operates, consisting of the managers of both Parties."
    gap: "27. For the coordination of joint work the Parties form a Coordination Council of two representatives of each Party, which is the only joint body under this Contract."
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

We'll set up a "Hiring Line Partnership Table": our HR director and recruiting lead, and your site manager and quality lead. The Table meets every other week, by video or at the plant, to go over call volumes and applicant complaints.

Once each quarter, the Partnership Table will spend one meeting on our applicant experience plan."""
    pass: "6.1 The Parties shall form a Supervisory Council of three representatives of each Party, which shall meet once a quarter.\n\n6.2 A Working Group of the Parties shall meet weekly to deal with current operational matters."
    gap: "6.1 The Supplier shall report to the Supervisory Council of its own parent company each year."
    pass: """FIFTH. The parties establish a Follow-up Board of three representatives of each party, which shall meet once each calendar quarter. At each session, the Follow-up Board shall review the Client's member-service strategy for the coming months.

The parties also establish an Operations Table, formed by the Liaisons and the supervisors of both parties, which shall meet weekly to resolve day-to-day operational matters."""
    # bodies named by the contract, each with both parties' people, at two cadences
    pass: """This agreement is between Prairie Line Inc. ("we") and Red Coulee Ltd. ("you"). We will answer your calls.

The Harvest Table is where we set the direction of this agreement. It has two senior people from you and two from us, and it meets every three months.

Shop Talk is a weekly video huddle between our Team Manager and your Parts Support Manager. It covers the week's volumes and backorders."""
    gap: """This agreement is between Prairie Line Inc. ("we") and Red Coulee Ltd. ("you"). We will answer your calls.

Shop Talk is a weekly video huddle between our Team Manager and your Parts Support Manager. It covers the week's volumes and backorders."""
    pass: """| Forum | Members | Role | Meetings |
|---|---|---|---|
| Investor Services Board | Client Director of Investment, Supplier General Manager | Direction of the Services, approval of annual plans | As the Chair may determine |
| Operations Working Group | Client one-stop shop manager, Supplier Desk Manager | Day-to-day operation, staffing, procedures | As required |"""
    gap: """| Forum | Members | Role | Meetings |
|---|---|---|---|
| Investor Services Board | Client Director of Investment, Supplier General Manager | Direction of the Services and day-to-day operation | As required |"""
    pass: """| Forum | Members | Meets | Remit |
|---|---|---|---|
| Steering Council | General Manager of the Client; Managing Director of the Supplier | quarterly | direction of the relationship, contract review |
| Operations Committee | Service Manager of the Client; Account Lead of the Supplier | monthly | service level results, staffing |"""
    gap: """| Forum | Members | Meets | Remit |
|---|---|---|---|
| Service Council | Service Manager of the Client; Account Lead of the Supplier | monthly | service level results, staffing, contract review |
| Staffing Committee | Account Lead and shift supervisors of the Supplier | monthly | rosters |"""
    gap: """(1) We and you will sit together in a joint forum we call the Ride Care Table.

(2) It is the only forum under this agreement; there is no separate executive or operational committee.

(3) Each lead may decide day-to-day matters and is responsible for preparing the Ride Care Table."""
    pass: """3.01 The Parties shall constitute an Apex Review Board of three directors of each Party. The Apex Review Board shall be the senior forum of the Parties.

3.02 The Parties shall also constitute an Operations Coordination Cell of two officers of each Party, which shall manage day-to-day delivery."""
    gap: """3.01 The Parties shall constitute an Apex Review Board of three directors of each Party. The Apex Review Board shall be the senior forum of the Parties and the only governance body."""
    gap: """This Agreement is between Pine Outdoor Supply, Inc. ("Client") and Harbour Support Group, LLC ("Supplier").

4.1 The Supplier shall send the Client a weekly staffing report.

4.2 The Client and the Supplier shall hold a Quarterly Business Review."""
    pass: """4.1 The Parties shall establish a Joint Management Board, comprising the Client's Director of After-Sales Service and the Supplier's Director, which shall meet each quarter to review the results of the service.

4.2 The Parties shall also establish an Operations Working Team, consisting of the Client's customer care supervisor and the Supplier's team leaders, which shall meet every week to handle day-to-day operational matters."""
    pass: """12. The Client and the Supplier will set up a Partnership Group, which will meet every quarter.

13. The Supplier's team leaders and the Client's service lead will hold an Operations Catch-up every fortnight."""
    gap: """12. The Client and the Supplier will set up a Partnership Group, which will meet every quarter.

13. The Supplier's own Delivery Group meets every week to plan rotas for the Client."""
    gap: """12. The Client and the Supplier will set up a Partnership Group, which will meet every quarter and review the Supplier's weekly reports."""
    pass: """The Contract Governance Group sets the strategic direction of the relationship.

The Operational Performance Meeting consists of each party's Representative and reviews KPI results monthly."""
    # A party called "the Board" is no board of the relationship.
    gap: """THIS AGREEMENT is made BETWEEN the STATE BOARD OF REVENUE, a body corporate (hereinafter called "the Board") of the one part; AND LAGOON CONTACT LIMITED, a company (hereinafter called "the Service Provider") of the other part.

1.1 There shall be a Joint Project Steering Committee of three officers of the Board and two representatives of the Service Provider, which shall give strategic direction on the Services.

1.2 The Board shall, through its Contract Monitoring Unit, manage the day-to-day working relationship with the Service Provider."""
    gap: """The parties shall establish a Partnership Board of two representatives of each party.

The Board may, if it chooses, set up working groups."""
    pass: "The parties shall establish an Executive Steering Committee and an Operational Management Committee."
    pass: "Governance shall be conducted at strategic, tactical and operational levels as described in Schedule 6."
    pass: """The Steering Committee shall meet quarterly to review strategy.

The Customer and the Vendor shall hold monthly service review meetings to review performance against the Service Levels."""
    pass: "The Bank and the Service Provider shall operate a three-tier governance structure."
    pass: """The Partnership Board shall set the direction of the relationship.

A Service Management Board shall oversee day-to-day delivery."""
    # The operational tier may be called a forum, council or panel as well as a committee.
    pass: """The Strategy Committee shall agree the annual objectives of the outsourcing.

An Operations Council of the parties' team leaders shall meet each fortnight to manage day-to-day performance."""
    # A forum is operational by what it does, whatever its name.
    pass: """The Joint Executive Committee shall set the strategic direction of the Program.

| Program Operations Team (POT) | Sponsor Program Lead; Vendor Engagement Manager | Weekly | Operational performance, staffing plan |"""
    # A forum is strategic by what it does, whatever its name.
    pass: """The parties shall establish a Joint Service Board of senior representatives of each party, which shall set the strategic direction of the relationship.

The parties shall also establish an Operational Working Group to manage day-to-day delivery."""
    pass: """| Forum | Members | Frequency |
|---|---|---|
| Strategic Partnership Board | directors of both parties | Quarterly |
| Operational Service Review | service managers of both parties | Monthly |"""
    gap: "A single Steering Committee shall oversee all matters relating to this Agreement."
    gap: "The Joint Review Committee shall set the strategic direction and manage day-to-day operations, and no other committee or working group shall be constituted."
    gap: "The Relationship Board shall meet as the parties may agree from time to time."
    gap: "The Supplier shall provide the Services in accordance with Good Industry Practice."
    gap: "The Company is not required to establish an operational committee; the Executive Committee shall deal with all matters."
    # One board for both kinds of matter, and further bodies forbidden: a single tier.
    gap: """The Relationship Board shall be the sole decision-making body of the parties for strategic as well as operational questions.

Neither party shall set up any sub-committee, delivery board or working group."""
    gap: """# Contents

6. Steering Committee ..... 12

7. Operational Management Committee ..... 13"""
    # A party named like a body ("the Clinic Group") is no forum, however often it acts.
    gap: """This Agreement is made between Adria Clinics sh.p.k. (the "Clinic Group") and Butrint Calls sh.p.k. (the "Contact Group").

5.1 The Contact Group shall send the Clinic Group a weekly report of bookings.

5.2 The Clinic Group shall review the Contact Group's monthly invoice."""
    gap: """AGREEMENT

RATY TERAZ S.A. with its registered office in Łódź, represented by two members of the Management Board, hereinafter referred to as the "Ordering Party",

and

CENTRUM KONTAKTU SP. Z O.O. with its registered office in Łódź, represented by the President of the Management Board, hereinafter referred to as the "Contractor".

1. The Contractor shall provide customer service to the Ordering Party's borrowers.

2. The Contractor shall appoint an Implementation Manager, who shall report to the Ordering Party every week on progress.

3. The Contractor shall send the Ordering Party a report each month."""
    gap: """This Master Services Agreement is entered into by Front Range Community Credit Union ("Credit Union") and Summit Ridge Contact Solutions, LLC ("Vendor"). Vendor shall provide member contact center services to Credit Union.

5.1 The Parties shall establish a Joint Operating Committee (the "JOC") composed of two (2) representatives of Credit Union and two (2) representatives of Vendor. The JOC shall meet monthly to review performance against the Service Levels. Every third monthly meeting of the JOC shall be conducted as a Quarterly Business Review ("QBR"). The JOC is the sole governance body under this Agreement."""
    pass: """This Contract is concluded between Wärmeversorgung Inntal GmbH (the "Principal") and Alpen Dialog Service GmbH (the "Contractor"). The Contractor shall operate the customer service of the Principal.

Art. 5 Governance

(1) The Contracting Parties establish a Coordination Council of three members appointed by each party. It meets every quarter and decides on the strategic direction of the customer service.

(3) The Operational Jour Fixe meets every Tuesday at 10:00 between the Contract Coordinators and the Contractor's team leaders. It deals with service figures, staffing and open cases."""
    gap: """This Contract is concluded between Wärmeversorgung Inntal GmbH (the "Principal") and Alpen Dialog Service GmbH (the "Contractor"). The Contractor shall operate the customer service of the Principal.

Art. 5 Governance

(1) The Contracting Parties establish a Coordination Council of three members appointed by each party. It meets every quarter and decides on the strategic direction of the customer service. It is the only forum under this Contract."""
    pass: """This contract is made between The Provincial Hospital Centre of Ouarzazate, hereinafter "the Hospital", and Draa Relation Client SARL, hereinafter "the Contractor". The Contractor shall operate the appointment call platform of the Hospital.

19. A Strategic Steering Committee is established, composed of the Director of the Hospital and the Contractor's manager. It meets once per quarter.

20. A Technical Monitoring Committee is established, composed of the sole interlocutors of the parties. It meets every month to follow the operating difficulties, the scripts and the improvement sheets."""
    gap: """This contract is made between The Provincial Hospital Centre of Ouarzazate, hereinafter "the Hospital", and Draa Relation Client SARL, hereinafter "the Contractor". The Contractor shall operate the appointment call platform of the Hospital.

19. A Strategic Steering Committee is established, composed of the Director of the Hospital and the Contractor's manager. It meets once per quarter and is the only forum under this contract."""
    pass: """This agreement is between the Government of the Northwest Territories ("we", "us", "our") and Mackenzie Delta Contact Services Ltd. ("you", "your"). You will run the health card renewal line for us and we will pay your invoices.

6.1 We will set up a Partnership Table with our Director and your President. The Partnership Table looks at the big picture: how residents are served and what should change.

6.2 We will also set up a Working Group with our Supervisor and your Team Lead. The Working Group deals with day-to-day matters such as forms, scripts and difficult cases."""
    pass: """This Agreement is made between Studentenwerk Marburg (the "Principal") and Lahn Kontakt GmbH (the "Contractor"). The Contractor shall operate the housing service line.

§ 4 (1) The parties set up a Steering Board, which decides on the strategic direction of the service and meets every six months.

(2) An Operations Round of the contact persons of both parties meets every two weeks and reviews open orders and backlogs."""
    gap: """This Agreement is made between Studentenwerk Marburg (the "Principal") and Lahn Kontakt GmbH (the "Contractor"). The Contractor shall operate the housing service line.

§ 4 (1) The parties set up a Steering Board, which decides on the strategic direction of the service and meets every six months.

(2) Operational questions are settled by e-mail between the contact persons."""
    gap: """This contract is concluded between BALATONI ENERGIA Zrt. (the "Orderer") and SOMOGY-KONTAKT Kft. (the "Undertaker"). The Undertaker shall operate the customer line of the Orderer.

6.1. The Parties set up a Coordination Committee of two members delegated by each Party. The Committee discusses both the strategic questions of the cooperation and day-to-day operational matters; the Parties shall not set up any other committee."""
    pass: """This contract is concluded between BALATONI ENERGIA Zrt. (the "Orderer") and SOMOGY-KONTAKT Kft. (the "Undertaker"). The Undertaker shall operate the customer line of the Orderer.

6.1. The Parties set up a Steering Committee for the strategic questions of the cooperation and an Operations Committee for day-to-day operational matters."""
    pass: """Between Services Industriels de Nyon SA (hereinafter "the Mandator") and Léman Appels Sàrl (hereinafter "the Mandatary") this agreement is concluded. The Mandatary runs the appointment centre of the Mandator.

Article 6 – Governance

(b) The governance bodies and the frequency of their meetings are the following:

| Body | Composition | Role | Frequency |
|---|---|---|---|
| Comité de pilotage | two members per party | strategy, budget, renewal review | every quarter |
| Commission de suivi | interlocutors of both parties, team leader | performance against the levels, planning | every month |"""
    gap: """Between Services Industriels de Nyon SA (hereinafter "the Mandator") and Léman Appels Sàrl (hereinafter "the Mandatary") this agreement is concluded. The Mandatary runs the appointment centre of the Mandator.

Article 6 – Governance

(b) The governance bodies and the frequency of their meetings are the following:

| Body | Composition | Role | Frequency |
|---|---|---|---|
| Comité de pilotage | two members per party | strategy, budget, performance, planning | every quarter |"""
    pass: """The following appear for the execution of this contract: the INSTITUTO DE PREVISIÓN DEL AUSTRO (hereinafter "LA CONTRATANTE") and CONTACTO CUENCA CÍA. LTDA. (hereinafter "LA CONTRATISTA"). LA CONTRATISTA shall operate the contact centre of LA CONTRATANTE.

### 6. Governance

| Body | Members | Frequency | Functions |
|---|---|---|---|
| Comité Directivo | Provincial Director (LA CONTRATANTE); General Manager (LA CONTRATISTA) | quarterly | strategic direction; annual evaluation |
| Mesa Técnica Operativa | Administrador del Contrato, Coordinador del Servicio | monthly | service level results, operational issues |"""
    gap: """The following appear for the execution of this contract: the INSTITUTO DE PREVISIÓN DEL AUSTRO (hereinafter "LA CONTRATANTE") and CONTACTO CUENCA CÍA. LTDA. (hereinafter "LA CONTRATISTA"). LA CONTRATISTA shall operate the contact centre of LA CONTRATANTE.

### 6. Governance

| Body | Members | Frequency | Functions |
|---|---|---|---|
| Comité Directivo | Provincial Director (LA CONTRATANTE); General Manager (LA CONTRATISTA) | quarterly | strategic direction; annual evaluation |"""
    pass: """This Contract is concluded between the Silesian Sickness Fund (the "Awarding Entity") and InfoLinia Gliwice sp. z o.o. (the "Contractor"). The Contractor shall operate the benefit contact line.

§ 7

(3) The Parties establish a Contract Council composed of three representatives of each Party. The Contract Council exercises strategic supervision over the performance of the Contract.

(4) Day-to-day operational matters and quality calibration shall be dealt with by an Operational Team composed of the Coordinators and the Contractor's team leaders."""
    gap: """This Contract is concluded between the Silesian Sickness Fund (the "Awarding Entity") and InfoLinia Gliwice sp. z o.o. (the "Contractor"). The Contractor shall operate the benefit contact line.

§ 7

(3) The Parties establish a Contract Council composed of three representatives of each Party. The Contract Council exercises strategic supervision over the performance of the Contract.

(4) Day-to-day operational matters shall be settled by e-mail between the Coordinators."""
    pass: """This Agreement is made between the Vaal Provident Fund (the "Fund") and Lekoa Contact Solutions (Pty) Ltd (the "Service Provider").

6.2 The parties establish a Joint Management Committee, which shall oversee the relationship at a strategic level and meet once every quarter.

6.3 The parties establish a Joint Operations Forum, which shall meet monthly to deal with operational matters, volumes and member complaints."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

9.1 The Principal appoints a Contract Officer and the Contractor appoints a Service Coordinator.

12.1 The following bodies are constituted:

| Body | Composition | Frequency | Functions |
|---|---|---|---|
| Mixed Monitoring Commission | Principal: head of service and the Contract Officer; Contractor: director and Service Coordinator | quarterly | strategy and performance |
| Technical Coordination Table | Contract Officer; Service Coordinator and quality lead | fortnightly | operations and scripts |"""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

9.1 The Principal appoints a Contract Officer and the Contractor appoints a Service Coordinator.

12.1 The following bodies are constituted:

| Body | Composition | Frequency | Functions |
|---|---|---|---|
| Mixed Monitoring Commission | Principal: head of service and the Contract Officer; Contractor: director and Service Coordinator | quarterly | strategy and performance |
| Technical Coordination Table | Service Coordinator and quality lead | fortnightly | operations and scripts |"""
    gap: """This Contract is made between the County Government of Nakuru (the "Procuring Entity") and Menengai Ltd (the "Service Provider").

3.3 The Contract Implementation Team shall hold a performance review meeting with the Service Provider every month.

| Step | Procuring Entity | Service Provider | Time |
|---|---|---|---|
| 3 | County Executive Committee Member for Lands | Chairman of the Board | 14 days |"""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

9.1 A Joint Coordination Committee of two representatives of each party shall meet monthly. Every six months the Committee also reviews the strategy of the Principal. 9.4 No other body for the coordination of the performance of this Contract shall be established."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

6.1 A Joint Monitoring Commission of two representatives of each party shall meet every quarter.

6.3 Below the Commission there shall be a Technical Operations Table, formed by the service coordinator and the head of the Appointments Unit, which shall meet monthly."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.1 A Steering Board of the managing directors of both parties shall meet every quarter to set the strategic direction.

7.2 Operational matters are dealt with at a weekly Jour fixe between the Contractor's team leaders and the Principal's back office."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.1 A Steering Board of the managing directors of both parties shall meet every quarter to set the strategic direction."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.1 A Monitoring Committee of two representatives of each party shall meet monthly.

14.2 Escalation of issues shall follow the three levels of section 9 of the Pliego de Prescripciones Técnicas."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.1 Governance operates on three levels: a Steering Committee meeting quarterly on strategy, and an Operations Committee meeting monthly on the service."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8. The parties shall set up a Steering Group and a Cooperation Group. The Steering Group consists of the Principal's director and the Contractor's managing director, and it meets quarterly. It decides on the strategic direction of the cooperation. The Cooperation Group consists of the contact persons and meets monthly to deal with the service levels and practical matters."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8. The parties shall set up a Steering Group. The Steering Group consists of the Principal's director and the Contractor's managing director, and it meets quarterly. It decides on the strategic direction of the cooperation."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

5.3 The parties will establish an Executive Review Group, consisting of the Principal's General Manager and the Contractor's Managing Director, to deal with strategic matters and the future of the contract, and a Contract Management Group, consisting of the Contract Manager and the Contractor's Representative, to deal with day-to-day performance."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

5.3 The parties will establish an Executive Review Group, consisting of the Principal's General Manager and the Contractor's Managing Director, to deal with strategic matters and the future of the contract."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.2. The Parties shall form a Joint Working Commission of three representatives of each Party, which shall meet monthly.

10.2. Disputes not settled at the first two levels shall be considered by the court at the location of the Principal."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

5.1 A Contract Management Committee is established, composed of the Principal's director and the Contractor's director; it meets every quarter.

5.2 Below the Committee there shall be an Operational Nucleus, formed by the Principal's inspector and the Contractor's supervisor, which shall meet weekly."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

5.1 A Contract Management Committee is established, composed of the Principal's director and the Contractor's director; it meets every month to deal with queues and scripts."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

5.1 The parties shall set up a comité de pilotage (COPIL) made up of three representatives of each party, which meets every four months, and a comité opérationnel de suivi, which meets monthly."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

5.1 A Joint Monitoring Committee (comité de suivi) is established. It meets every month."""
  }
}

rule GOV-003 "Governance meets on a stated cadence" {
  area: governance
  severity: high
  source: "003 (business reviews quarterly or monthly), 000 (review cadence)"
  # The catalog's source asks for business reviews quarterly or monthly: a forum that meets or
  # reviews only once a year has no working cadence, so the cadence must be twice a year or more.
  # A body described over two sentences meets by a pronoun: "The JRC is responsible for the
  # strategic direction. It meets at least once every calendar quarter."
  require: (sentence (mentions gov_body near gov_convene within 15 words or mentions gov_meeting) and has frequency >= twice a year)
    or (row mentions (gov_body | gov_meeting) and has frequency >= twice a year)
    or (paragraph mentions gov_body and mentions gov_it_meets and has frequency >= twice a year)
  message: "No governance meeting or business review cadence (such as monthly or quarterly) was found."
  fix: "The Steering Committee shall meet at least once every calendar quarter, and the parties shall hold monthly service review meetings to review performance against the Service Levels."
  tags: governance, cadence, meetings
  examples {
    pass: """This Agreement is made between Harbour Salt Ltd (the "Client") and Tide Contact Ltd (the "Supplier").

The Supplier shall provide the Services to the Client.

The Working Coordination Meeting of the Client's officer and the Supplier's coordinator meets every month."""
    gap: """This Agreement is made between Harbour Salt Ltd (the "Client") and Tide Contact Ltd (the "Supplier").

The Supplier shall provide the Services to the Client.

The Working Coordination Meeting of the Client's officer and the Supplier's coordinator meets whenever the Client calls it."""
    pass: """This Agreement is made between Harbour Salt Ltd (the "Client") and Tide Contact Ltd (the "Supplier").

The Supplier shall provide the Services to the Client.

The Harbour Forum, consisting of the Client's operations director, its finance manager and two senior managers of the Supplier, meets once every three months."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

We will each put two people on a Members' Service Panel. The panel meets every other month, in Stromness or at the old school."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

We will each put two people on a Members' Service Panel. The panel meets when either of us asks for a meeting."""
    gap: """FIRST CONTRACTING PARTY: Quinta do Rochedo, Lda., a private limited company with registered office in Funchal (hereinafter the "Lodge" or the "First Party");

SECOND CONTRACTING PARTY: Ponte Contacto, S.A., a public limited company with registered office in Funchal (hereinafter the "Service Provider" or the "Second Party").

The Service Provider shall operate the orders desk of the Lodge on its behalf.

12. The governance bodies and their functions are set out in the following table.

| Body | Level | Members | Functions |
|---|---|---|---|
| Wine Desk Group | Operational | Desk Coordinator, Shipping Manager | Daily operation, staffing and open orders |

13. The Wine Desk Group shall meet whenever either Party so requests."""
    pass: """FIRST CONTRACTING PARTY: Quinta do Rochedo, Lda., a private limited company with registered office in Funchal (hereinafter the "Lodge" or the "First Party");

SECOND CONTRACTING PARTY: Ponte Contacto, S.A., a public limited company with registered office in Funchal (hereinafter the "Service Provider" or the "Second Party").

The Service Provider shall operate the orders desk of the Lodge on its behalf.

12. The governance bodies and their functions are set out in the following table.

| Body | Level | Members | Meets |
|---|---|---|---|
| Wine Desk Group | Operational | Desk Coordinator, Shipping Manager | Daily |"""
    pass: """This Contract is made between Distillerie Anse Noire SAS (the "Principal") and Relais Caraibes SARL (the "Service Company").

The Service Company shall operate a distributor order desk for the Principal.

7.1 A Joint Monitoring Committee shall be constituted, composed of two members appointed by the Principal and two members appointed by the Service Company, which shall meet once every calendar quarter.

7.2 At each meeting the Committee shall review the service levels and the Principal's distributor-service strategy for the following period."""
    pass: """This Agreement is made between Harbour Charters Ltd (the "Company") and Windward Bookings Ltd (the "Agent").

The Agent shall answer the guests of the Company on its behalf.

5.1 The parties shall set up a Harbour Partnership Board, made up of two nominees of each party.

5.2 The Board is the strategic forum for the relationship. It shall sit once in every calendar quarter."""
    gap: """This Agreement is made between Harbour Charters Ltd (the "Company") and Windward Bookings Ltd (the "Agent").

The Agent shall answer the guests of the Company on its behalf.

5.1 The parties shall set up a Harbour Partnership Board, made up of two nominees of each party.

5.2 The Board is the strategic forum for the relationship. It shall sit once a year."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Our operations manager and your account lead meet by video every week to go through last week's numbers."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Our managing partner and your chief executive, with one other person each, meet every quarter."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Our operations manager and your account lead meet once a year to sign the price sheet."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Your account lead and your supervisors meet every week to plan rosters."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

Our account leads will have a check-in call every month to go over the numbers and complaints."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

Every quarter our operations director will meet your general manager to go over the service."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

Our account leads may have a check-in call if either of us asks for one."""
    pass: """8.1 A Joint Review Commission is hereby established, composed of two members appointed by the Client and two members appointed by the Supplier.

8.2 The Commission shall meet in ordinary session every two (2) months."""
    gap: """8.1 A Joint Review Commission is hereby established, composed of two members appointed by the Client and two members appointed by the Supplier.

8.2 The Supplier shall report each month to the National Communications Commission. The Commission shall meet every two (2) months."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

We'll set up a "Hiring Line Partnership Table": our HR director and recruiting lead, and your site manager and quality lead.

The Table meets every other week, by video or at the plant, to go over call volumes and applicant complaints."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

We'll set up a "Hiring Line Partnership Table": our HR director and recruiting lead, and your site manager and quality lead.

The table below sets out the call volumes we expect every week."""
    pass: "The Harvest Table is where we set the direction of this agreement. It has two senior people from you and two from us, and it meets every three months."
    gap: "The Harvest Table is where we set the direction of this agreement. It has two senior people from you and two from us, and it meets every twelve months."
    pass: "Instead, the two main contacts will meet once a month (online is fine) to go through call numbers, complaints and any rostering problems."
    gap: "The two main contacts will meet when either of them asks."
    pass: "Instead of a committee, we'll have a video call with you every month to go over how things are going: contact volumes, tricky cases and anything either of us wants to raise."
    gap: "You'll take boaters' video calls every day from 8 am to 6 pm and go over their booking questions."
    pass: "A Joint Performance Review Board is established. The Board shall meet quarterly to review performance."
    gap: "The Contractor's Board of Directors shall meet quarterly."
    pass: "The Steering Committee shall meet at least once every calendar quarter."
    pass: "The Joint Relationship Committee is responsible for the strategic direction of the relationship. It meets at least once every calendar quarter."
    pass: "The Operations Working Group manages day-to-day performance, reviews the monthly performance report and meets monthly."
    gap: "The Joint Relationship Committee is responsible for the strategic direction of the relationship. It meets once a year. The Agent reports monthly."
    gap: "The Steering Committee approves the annual plan. The Supplier reports monthly. It meets as needed."
    pass: "The Supplier shall attend monthly service review meetings with the Client."
    pass: "The Customer and the Vendor shall hold quarterly business reviews."
    pass: "Meetings of the Relationship Board shall be held every two months."
    pass: "The JSC will convene twice a year to review the strategic direction of the relationship."
    pass: """| Forum | Members | Frequency |
|---|---|---|
| Operational Management Group | Service Delivery Managers | Monthly |
| Steering Committee | Executive sponsors | Quarterly |"""
    gap: "The Steering Committee shall meet as the parties may agree from time to time."
    # Once a year is too rare to be a governance cadence.
    gap: "The Customer shall present its service strategy to the Vendor at a yearly account review."
    gap: """| Forum | Frequency |
|---|---|
| Executive Board | Annually |"""
    gap: "The Executive Committee shall review the monthly performance reports provided by the Contractor."
    gap: "The Service Provider is not required to attend monthly governance meetings."
    gap: "The Supplier shall deliver a monthly report setting out its performance against the Service Levels."
    gap: "The Vendor shall deliver a monthly service review report to the Customer."
    # The body is a forum because the contract sets it up, whatever its name.
    pass: """We'll set up a Season Committee with two people from your side and two from ours.

The Season Committee meets every two weeks from November to mid-April."""
    gap: "The Supplier's Audit Committee, formed under its articles, meets every two weeks."
    gap: """# Contents

12. Governance ..... 34

13. Monthly Service Reviews ..... 35"""
    pass: """Between Services Industriels de Nyon SA (hereinafter "the Mandator") and Léman Appels Sàrl (hereinafter "the Mandatary") this agreement is concluded. The Mandatary runs the appointment centre of the Mandator.

Article 6 – Governance

| Body | Composition | Role | Frequency |
|---|---|---|---|
| Comité de pilotage | two members per party | strategy, budget, renewal review | every quarter |"""
    gap: """Between Services Industriels de Nyon SA (hereinafter "the Mandator") and Léman Appels Sàrl (hereinafter "the Mandatary") this agreement is concluded. The Mandatary runs the appointment centre of the Mandator.

Article 6 – Governance

| Body | Composition | Role | Frequency |
|---|---|---|---|
| Comité de pilotage | two members per party | strategy, budget, renewal review | when either party asks |"""
    gap: """THIS CONTRACT is made between LAKESIDE REGIONAL HOSPITAL (the "PDE") and KYOGA CONTACT SERVICES LIMITED (the "Service Provider"). The Service Provider shall operate the helpline of the PDE.

5.1 The PDE has appointed a Contract Management Team made up of officers of the PDE.

12.2 The Contract Management Team may visit the helpline premises, listen to calls and hold a focus group with agents once in every quarter."""
    pass: """THIS CONTRACT is made between LAKESIDE REGIONAL HOSPITAL (the "PDE") and KYOGA CONTACT SERVICES LIMITED (the "Service Provider"). The Service Provider shall operate the helpline of the PDE.

5.1 The Contract Management Team and the Service Provider's Account Manager shall hold a progress meeting once in every month."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

3.1 A Comisión de Seguimiento (Monitoring Commission) is hereby constituted, made up of two representatives of the Principal and two representatives of the Contractor.

3.2 The Comisión de Seguimiento shall meet monthly and record its decisions in minutes."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

3.1 A Comisión de Seguimiento (Monitoring Commission) is hereby constituted, made up of two representatives of the Principal and two representatives of the Contractor.

3.2 The Comisión de Seguimiento shall meet when either party asks for it and record its decisions in minutes."""
  }
}

rule GOV-004 "Roles and responsibilities of both parties are allocated" {
  area: governance
  severity: medium
  source: "000 (accountability, roles & responsibilities chart), 002 (scope of authority)"
  # A matrix that "will be agreed during onboarding" allocates nothing yet.
  # (... nor one that "may be prepared if the Council deems it appropriate".)
  require: (sentence mentions gov_raci and not mentions deferred and not mentions empty_part_ref and not mentions optional)
    or (sentence mentions gov_roles_both and mentions gov_located and not mentions deferred and not mentions empty_part_ref)
    or (sentence mentions gov_roles and mentions gov_located and mentions ("the parties" | "each party" | "both parties")
        and not mentions deferred and not mentions empty_part_ref)
    # (each party's own process owner for its own portion is the split GOV-006 warns of, no allocation)
    or (sentence mentions gov_each_role near gov_responsible_for within 12 words and not mentions deferred
            and not mentions empty_part_ref and not mentions gov_own_portion)
    # ... or in a section of its own, where each party in turn "shall be responsible for" its tasks
    or (section gov_duties_heading mentions (party client) near gov_takes_on within 3 words
        and mentions (party provider) near gov_takes_on within 3 words)
    # A responsibility table: its header names the activities and a column for each party.
    or (row mentions gov_matrix_head_cell and mentions (party client) and mentions (party provider))
    # ... or a row per role, with the party in a column of its own ("| COR | Government | Technical
    # direction |"): rows of both parties under a header of responsibilities.
    # (A table of forums with a "Tasks" column lists members of both parties, not who does what.)
    # (A plan's "| Stage | Period | Activities |" names no one answerable: the header needs a column for
    # the party, the role or the person responsible.)
    or ((row header mentions gov_matrix_head and header mentions gov_matrix_owner and mentions (party client)
         and not mentions gov_body)
        and (row header mentions gov_matrix_head and header mentions gov_matrix_owner and mentions (party provider)
         and not mentions gov_body))
    or (sentence mentions gov_roles and mentions gov_located and mentions (party client) and mentions (party provider)
        and not mentions deferred and not mentions empty_part_ref)
  message: "No allocation of the parties' roles and responsibilities (such as a RACI matrix) was found."
  fix: "The respective roles and responsibilities of the Client and the Supplier, including the scope of authority of each of their representatives, are set out in the responsibility (RACI) matrix in Schedule [7]."
  tags: governance, roles, raci
  examples {
    pass: """This Agreement is made between Harbour Salt Ltd (the "Client") and Tide Contact Ltd (the "Supplier").

The Supplier shall provide the Services to the Client.

| Item | Client | Supplier |
|---|---|---|
| Refunds | Decides | Informs callers |
| Bookings | Sets prices | Takes bookings |"""
    gap: """This Agreement is made between Harbour Salt Ltd (the "Client") and Tide Contact Ltd (the "Supplier").

The Supplier shall provide the Services to the Client.

| Item | Price |
|---|---|
| Calls | 2.00 |"""
    gap: """This Agreement is made between Seogwipo Farm-Stay Association ("Party A") and Tamna Contact Co., Ltd. ("Party B").

Party B shall provide the Services to Party A.

The division of roles and responsibilities between the parties shall be set out in the Operations Manual to be prepared by the parties after signature."""
    gap: """This Agreement is made between Crewlink Maritime Agency, Inc. (the "AGENCY") and Bayside Contact Corp. (the "SERVICE PARTNER").

The SERVICE PARTNER shall operate the crew helpdesk of the AGENCY.

Section 3.04. A responsibility chart for the parties may be prepared if the Council deems it appropriate."""
    pass: """This Agreement is made between Crewlink Maritime Agency, Inc. (the "AGENCY") and Bayside Contact Corp. (the "SERVICE PARTNER").

The SERVICE PARTNER shall operate the crew helpdesk of the AGENCY.

Section 3.04. The responsibility chart in Annex B allocates each task of the helpdesk to the AGENCY or the SERVICE PARTNER."""
    gap: """This Contract is made between the Union of Shea Producers of Leo (the "Union") and Faso Appel SARL (the "Service Company").

The Service Company shall operate, on behalf of the Union, a buyer order desk.

The Parties shall draw up, within sixty (60) days after signature, a matrix allocating their respective responsibilities."""
    pass: """This Contract is made between Vanille Tahaa SARL ("the Ordering Party") and Moana Relation SAS ("the Service Provider").

The Service Provider shall answer the buyers of the Ordering Party on its behalf.

## Article 4 - Respective obligations of the Parties

4.1 The Service Provider undertakes to: recruit and train the advisers; provide the telephony; handle requests under the agreed procedures.

4.2 The Ordering Party undertakes to: provide the price lists; validate the standard answers; pay the price."""
    gap: """This Contract is made between Vanille Tahaa SARL ("the Ordering Party") and Moana Relation SAS ("the Service Provider").

The Service Provider shall answer the buyers of the Ordering Party on its behalf.

## Article 4 - Respective obligations of the Parties

4.1 The Service Provider undertakes to: recruit and train the advisers; provide the telephony; handle requests under the agreed procedures.

4.2 The Parties shall cooperate in good faith."""
    gap: """This Contract is made between Vanille Tahaa SARL ("the Ordering Party") and Moana Relation SAS ("the Service Provider").

The Service Provider shall answer the buyers of the Ordering Party on its behalf.

1.4 The Parties shall agree, within sixty (60) days of signature, a matrix setting out the allocation of responsibilities between them."""
    gap: """(1) Kangerluk Seafood A/S, Sisimiut (the "Buyer"), and

(2) Nuuk Kundeservice ApS, Nuuk (the "Contractor"),

have entered into this agreement on the operation of the Buyer's skipper desk.

§ 5(3) A division-of-responsibilities annex may be prepared later if the parties find it necessary."""
    gap: """This Contract is made between Sete Ondas Ecolodge, Lda. ("the Lodge") and Equador Atendimento e Reservas, Lda. ("the Provider").

The Provider shall handle reservation requests on behalf of the Lodge.

5. The Parties shall draw up, within three months of the date of signature, a table of their respective roles and responsibilities."""
    pass: """This Contract is concluded between Tatranske pramene a.s. (the "Bottler") and Hornad Service Hub s.r.o. (the "Operator").

(1) The Operator shall operate for the Bottler a distributor order desk.

(3) The respective tasks of the Parties are allocated in the matrix in Annex 3.

## Annex 3 - Responsibility Matrix

| Task | Bottler | Operator |
|---|---|---|
| Order entry | Approves price lists | Enters every order |
| Credit notes | Approves | Prepares requests |"""
    pass: """## Article 6 - Respective Duties of the Parties

6.1 The Client shall be responsible for: (a) publishing the delivery calendar; (b) deciding refunds; and (c) keeping the product data current.

6.2 The Supplier shall be responsible for: (a) staffing the helpline; (b) logging every call; and (c) passing to the Client every refund request."""
    gap: """## Article 6 - Respective Duties of the Parties

6.1 The Supplier shall be responsible for: (a) staffing the helpline; (b) logging every call; and (c) passing to the Client every refund request.

6.2 The Supplier shall be responsible for the acts of its subcontractors."""
    pass: """## 5. Responsibilities of each Party

5.1 The Supplier is responsible for answering calls, recording them and training its agents.

5.2 The Client is responsible for the price list, credit decisions and the delivery schedule."""
    gap: """## 5. Obligations of the Supplier

5.1 The Supplier is responsible for answering calls, recording them and training its agents.

5.2 The Supplier shall tell the Client of any complaint about the Client's prices."""
    gap: """## 5. Respective Duties

5.1 The respective duties of the Client and the Supplier will be agreed in a later letter."""
    pass: "4.5. The duties of the Client and of the Supplier in the performance of this Agreement are distributed as set out in Appendix 2."
    gap: "4.5. The duties of the Supplier are set out in Appendix 2."
    gap: "4.5. The distribution of duties between the employees of the Client and the employees of the Supplier shall be fixed in a separate protocol, which the Parties shall sign after the start of the Services."
    gap: "8.4 A chart of the respective roles and responsibilities of the Parties shall be drawn up by the coordinators after the start-up phase and may be annexed to this Contract by amendment."
    pass: "8.4 A chart of the respective roles and responsibilities of the Parties is annexed to this Contract as Annex 3."
    pass: "4.4. The distribution of responsibilities between the Parties for the main processes is set out in Annex 4."
    gap: "4.4. The distribution of responsibilities between the Parties shall be agreed later."
    pass: """Activity | Leads | Signs off | Kept informed
Rates and packages | Client | Client general manager | Supplier
Agent hiring and coaching | Supplier | Supplier account lead | Client"""
    gap: """Activity | Volume | Peak month
Rates and packages | 1,200 calls | July"""
    gap: """| Stage | Period | Activities |
|---|---|---|
| Accompaniment | weeks three to six | joint attention with the Client's sales assistants |
| Full operation | from week seven | the Supplier attends all buyers |"""
    gap: "Each Party shall name a Transition Manager responsible for the Transition Plan on its side."
    gap: "The Parties shall use reasonable efforts to agree, within sixty (60) days of the Start Date, a matrix of their respective roles and responsibilities."
    # The matrix is defined as a document still to be agreed.
    gap: """1.2 "Responsibility Matrix" means the allocation of tasks between the parties, to be agreed by the parties after signature.

7.3 The tasks of each party shall be set out in the Responsibility Matrix."""
    pass: """1.2 "Responsibility Matrix" means the allocation of tasks between the parties in Schedule 3.

7.3 The tasks of each party shall be set out in the Responsibility Matrix."""
    gap: """| Forum | Members | Meets | Tasks |
|---|---|---|---|
| Steering Forum | Client: Chief Operating Officer; Supplier: Director | quarterly | direction, escalations |
| Operations Working Group | Client: Care Lead; Supplier: Team Leader | weekly | performance, rosters |"""
    gap: """4.7 The roles and responsibilities matrix of the parties is attached as Annex C.

Annex C - Roles and Responsibilities Matrix

Intentionally left blank."""
    pass: """4.7 The roles and responsibilities matrix of the parties is attached as Annex C.

Annex C - Roles and Responsibilities Matrix

| Activity | Client | Supplier |
|---|---|---|
| Approve scripts | Accountable | Responsible |"""
    pass: """| Role | Party | Responsibilities |
|---|---|---|
| Contract Manager | Client | Approves changes, accepts deliverables |
| Programme Manager | Supplier | Overall performance, staffing, corrective action |"""
    gap: """| Role | Party | Responsibilities |
|---|---|---|
| Programme Manager | Supplier | Overall performance, staffing, corrective action |
| Quality Manager | Supplier | Quality control plan |"""
    pass: "The roles and responsibilities of the Customer's and the Supplier's personnel are set out in Attachment 2."
    gap: "A responsibility matrix setting out the tasks of each party will be agreed during onboarding."
    pass: "Schedule 7 sets out a RACI matrix for the Services."
    pass: "The respective roles and responsibilities of the parties are set out in Annex 2."
    pass: "The responsibilities of the Bank and of the Service Provider for each process are set out in the table below."
    pass: "The Customer's and the Vendor's responsibilities for each activity are allocated in Appendix C."
    pass: "The allocation of responsibilities between the Company and the Contractor is described in Exhibit B."
    pass: "Each party will designate a Project Manager who will be responsible for managing day-to-day operations on behalf of that party."
    pass: """This Agreement is between Quillon Software Ltd ("Quillon") and Deskward Inc. ("Deskward"). Deskward shall provide the Services to Quillon.

| Activity | Deskward | Quillon |
|---|---|---|
| Answering tickets | Performs | Informed |"""
    gap: """This Agreement is between Quillon Software Ltd ("Quillon") and Deskward Inc. ("Deskward"). Deskward shall provide the Services to Quillon.

| Step | Deskward | Quillon | Time allowed |
|---|---|---|---|
| 1 | Team lead | Support manager | 2 days |"""
    gap: "The Supplier shall perform its roles and responsibilities with due skill and care."
    gap: "The Supplier's roles and responsibilities are set out in Schedule 2."
    gap: "The parties are not required to agree a RACI matrix."
    gap: """# Contents

7. Roles and Responsibilities ..... 22"""
    gap: "Each party shall act in good faith in the performance of this Agreement."
    gap: "Each party shall be responsible for its own costs of attending governance meetings."
    gap: "\"Advisers\" means independent consultants engaged by the Client to assist it in performing its responsibilities, as described in Schedule 3."
    gap: "The Supplier shall be responsible for the Services set out in Schedule 2."
    pass: """This agreement is between Harbour Inn Ltd ("you") and Wave Answering Ltd ("we").

## Who does what

| Job | Who does it |
|---|---|
| Answering calls and chat | us |
| Setting room rates | you |
| Logging every contact | us |
| Deciding refunds over CAD 250 | you |"""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

13. The respective duties of the parties are those set out in the following table.

| Duty | Client | Supplier |
|---|---|---|
| Settlement calculations | calculates and approves | explains and routes queries |
| Payment runs | executes | informs members of dates |"""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

7.3 The parties will agree a RACI matrix for the Helpdesk within 60 days after the commencement date.

8.2 What each party's representative may decide, and what each of them is responsible for, will be set out in the RACI matrix referred to in clause 7.3."""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

## Article 5 (Division of Duties)

(1) The Client is responsible for: product and rental policies; the content of customer notices; decisions on fee waivers.

(2) The Supplier is responsible for: recruiting and training counsellors; answering and recording inquiries; quality monitoring of calls."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

Section 4.05 Roles. The responsibilities of the Client and the Supplier for each activity are set out in Exhibit D.

## EXHIBIT D - ROLES AND RESPONSIBILITIES MATRIX

[Intentionally Omitted]"""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

5.06 Each party shall appoint its own process owner, who shall be accountable for that party's portion of the customer care process."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

3(c) The parties intend to agree a responsibilities matrix within sixty days after the Commencement Date."""
    pass: """This Agreement is executed between Bharat Telenet Limited (the "Company") and Sahyadri BPO Services Private Limited (the "Agency"). The Agency shall render inbound and outbound customer support services to the Company.

6. Roles and Responsibilities
6.1 The Company shall be responsible for: (a) product training content; (b) access to its systems; (c) final decisions on customer refunds.
6.2 The Agency shall be responsible for: (a) handling all inbound and outbound contacts; (b) call quality monitoring; (c) daily MIS reporting."""
    gap: """CONTRACT FOR SERVICES between IMAGERIE MÉDICALE ESTRIE INC. (the "Principal") and CENTRE DE CONTACT CANTONS-DE-L'EST INC. (the "Contractor"). The Contractor shall operate the Principal's appointment centre.

4.6 The parties will agree, within sixty (60) days after the signature of the contract, on a document describing their respective responsibilities for each stage of the appointment process."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

4.3 The Parties will draw up a RACI matrix during the implementation, which will be added to this Agreement as Annex 5."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

9.4 The parties shall agree, within three months of the start of service, a responsibility matrix for the switching process."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.6 The responsibilities of each party in the daily attention process shall be defined in the Order to Proceed."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.6 The responsibilities of each party in the daily attention process are set out in the table in Annex 2.

## Annex 2

| Activity | Principal | Contractor |
|---|---|---|
| Scripts | approves | drafts |"""
  }
}

rule GOV-005 "The client runs a vendor management function" {
  area: governance
  severity: medium
  source: "003 (four core competencies of vendor management)"
  require: (paragraph (obliges client to gov_vmo or mentions gov_client near gov_vmo within 6 words
      or obliges client to gov_unit or mentions gov_client_entrusts)
      and ((mentions gov_vm_contract and mentions gov_vm_performance and mentions gov_vm_relationship)
        or (mentions gov_vm_contract and mentions gov_vm_performance and mentions gov_vm_risk)
        or (mentions gov_vm_contract and mentions gov_vm_relationship and mentions gov_vm_risk)
        or (mentions gov_vm_performance and mentions gov_vm_relationship and mentions gov_vm_risk)))
    or (clause (obliges client to gov_vmo or mentions gov_client near gov_vmo within 6 words
      or obliges client to gov_unit or mentions gov_client_entrusts)
      and ((mentions gov_vm_contract and mentions gov_vm_performance and mentions gov_vm_relationship)
        or (mentions gov_vm_contract and mentions gov_vm_performance and mentions gov_vm_risk)
        or (mentions gov_vm_contract and mentions gov_vm_relationship and mentions gov_vm_risk)
        or (mentions gov_vm_performance and mentions gov_vm_relationship and mentions gov_vm_risk)))
    # The unit named in one sentence, its duties in the next ("Our Partner Care team manages all our
    # outsourced services. For this agreement, the team will look after the contract, ...").
    or (paragraph mentions gov_client_unit and not mentions gov_provider_unit
      and ((mentions gov_vm_contract and mentions gov_vm_performance and mentions gov_vm_relationship)
        or (mentions gov_vm_contract and mentions gov_vm_performance and mentions gov_vm_risk)
        or (mentions gov_vm_contract and mentions gov_vm_relationship and mentions gov_vm_risk)
        or (mentions gov_vm_performance and mentions gov_vm_relationship and mentions gov_vm_risk)))
    # ... or a body of the client's own people, made responsible for them: "The Contracting Entity shall set up a
    # Monitoring and Inspection Commission composed of three of its officials. The Commission is responsible for
    # the management of this contract, the monitoring of the Contracted Party's performance, ..."
    or (sentence mentions gov_client_responsible
      and ((mentions gov_vm_contract and mentions gov_vm_performance and mentions gov_vm_relationship)
        or (mentions gov_vm_contract and mentions gov_vm_performance and mentions gov_vm_risk)
        or (mentions gov_vm_contract and mentions gov_vm_relationship and mentions gov_vm_risk)
        or (mentions gov_vm_performance and mentions gov_vm_relationship and mentions gov_vm_risk)))
    or (sentence mentions gov_client_unit and not mentions gov_provider_unit
      and ((mentions gov_vm_contract and mentions gov_vm_performance and mentions gov_vm_relationship)
        or (mentions gov_vm_contract and mentions gov_vm_performance and mentions gov_vm_risk)
        or (mentions gov_vm_contract and mentions gov_vm_relationship and mentions gov_vm_risk)
        or (mentions gov_vm_performance and mentions gov_vm_relationship and mentions gov_vm_risk)))
  message: "No client vendor management function covering contract, performance, relationship and risk/compliance management of the provider was found."
  fix: "The Client shall appoint and maintain a Vendor Management Office responsible for contract management, performance management, relationship management and risk and compliance management in respect of the Supplier."
  tags: governance, vendor-management
  examples {
    pass: """This Agreement is made between Harbour Salt Ltd (the "Client") and Tide Contact Ltd (the "Supplier").

The Supplier shall provide the Services to the Client.

The Client has a supplier follow-up function, placed with its finance manager, which shall follow up this agreement, measure and follow up the Supplier's deliveries, take care of the relationship with the Supplier, and assess risk and compliance."""
    gap: """This Agreement is made between Harbour Salt Ltd (the "Client") and Tide Contact Ltd (the "Supplier").

The Supplier shall provide the Services to the Client.

The Client has a supplier follow-up function, placed with its finance manager, which shall take care of the relationship with the Supplier."""
    pass: """"Ararat Rug Care" Limited Liability Company, represented by its Director (hereinafter the "Principal"), on the one part, and "Sevan Call" Closed Joint-Stock Company, represented by its Director (hereinafter the "Operator"), on the other part, have concluded this Agreement.

1.2 The Operator undertakes to receive and handle, on behalf of the Principal, all customer contacts.

3.1 The Principal has established within its organisation a Supplier Stewardship Unit, which is responsible for administering this Agreement, for monitoring the Operator's performance against the Service Levels and for managing the day-to-day relationship with the Operator."""
    gap: """"Ararat Rug Care" Limited Liability Company, represented by its Director (hereinafter the "Principal"), on the one part, and "Sevan Call" Closed Joint-Stock Company, represented by its Director (hereinafter the "Operator"), on the other part, have concluded this Agreement.

1.2 The Operator undertakes to receive and handle, on behalf of the Principal, all customer contacts.

3.1 The Operator has established within its organisation a Quality Unit, which is responsible for administering this Agreement, for monitoring its agents' performance and for managing the relationship with the Principal."""
    pass: """This Contract is made between Vanille Tahaa SARL ("the Ordering Party") and Moana Relation SAS ("the Service Provider").

The Service Provider shall answer the buyers of the Ordering Party on its behalf.

6.1 The Ordering Party entrusts the monitoring of the present contract to its Contractor Oversight Desk, which follows the Service Provider's performance, manages the relationship with the Service Provider and controls the risks connected with the services."""
    gap: """This Contract is made between Vanille Tahaa SARL ("the Ordering Party") and Moana Relation SAS ("the Service Provider").

The Service Provider shall answer the buyers of the Ordering Party on its behalf.

6.1 The Service Provider entrusts the monitoring of its own work to its Quality Desk, which follows the performance of its advisers and the risks of its premises."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

On our side, a small partner desk in our finance team looks after this agreement. It keeps the contract paperwork in order, tracks how you're performing and handles our day-to-day relationship with you."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

On our side, a small partner desk in our finance team looks after this agreement. It keeps the contract paperwork in order, tracks how we're performing and handles our day-to-day relationship with you."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

19. Our Supplier Stewardship team looks after all our outside service contracts. For this contract it will manage the paperwork and renewals, check how you are performing, keep our relationship with you healthy, and watch for risk and compliance problems."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

19. Your Supplier Stewardship team will check how your own suppliers are performing."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Our Supplier Desk looks after our whole relationship with you. It keeps this agreement and its annexes up to date, tracks how you are performing, deals with you day to day, and checks that you meet the insurance, safety and privacy promises in this agreement."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Your Account Desk looks after our whole relationship with you. It keeps this agreement and its annexes up to date, tracks how your agents are performing, and checks that you meet the insurance promises in this agreement."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Our Partner Desk, a small team in our operations office, looks after this agreement on our side. It keeps the agreement up to date, tracks how you're doing against the targets and handles the day-to-day relationship with you."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Our Partner Desk, a small team in our operations office, keeps our price lists up to date and tracks how you're doing against the targets."""
    pass: "5.4. On the side of the Client, the performance of this Contract is supervised by the Supplier Control Department, which is responsible for the administration of contracts with suppliers, monitoring the quality of the services, maintaining business relations with suppliers, and control of compliance with legislation."
    gap: "5.4. On the side of the Client, the Contract is signed by its Legal Department."
    pass: "23. The Customer shall form, within its structure, a Contractor Supervision Unit, which shall keep the contract documentation, control the quality of the Executor's Services, and monitor the risks connected with the Services."
    gap: "23. The Executor shall form, within its structure, a Quality Unit, which shall keep the contract documentation, control the quality of the Services, and monitor the risks connected with the Services."
    pass: "The Client shall maintain a Contractor Supervision Department, which is responsible for administering this Contract, monitoring the quality of the Services and maintaining working relations with the Supplier."
    gap: "The Client shall maintain a Contractor Supervision Department, which is responsible for administering this Contract."
    pass: "4.3 The Client's Supplier Governance Section shall be responsible for the management of this Agreement, covering contract compliance and administration, monitoring of the Supplier's performance, management of the relationship with the Supplier, and assessment of the risks."
    pass: """This agreement is between Riverbend Care Ltd ("we") and Coorong Contact Pty Ltd ("you"). You will run our client line.

Our Partner Care team manages all our outsourced services. For this agreement, the team will look after the contract, check how well you are performing, manage our relationship with you and keep an eye on risk and compliance."""
    gap: """This agreement is between Riverbend Care Ltd ("we") and Coorong Contact Pty Ltd ("you"). You will run our client line.

Your Client Care team manages our account. For this agreement, the team will look after the contract, check how well your agents are performing, manage your relationship with us and keep an eye on risk and compliance."""
    pass: "The Client's Supplier Coordination Unit administers the contract, monitors performance, manages the relationship and assesses compliance and risk."
    pass: "5.5 The Client shall keep, within its commercial division, a Supplier Stewardship Unit. The Unit administers this Agreement, monitors the Supplier's results against the Service Levels, looks after the day-to-day relationship with the Supplier and oversees the Supplier's compliance with law."
    gap: "5.5 The Supplier shall keep, within its commercial division, a Client Stewardship Unit. The Unit administers this Agreement, monitors results against the Service Levels, looks after the day-to-day relationship with the Client and oversees compliance with law."
    gap: "5.5 The Client may, if it sees fit, set up a Supplier Stewardship Unit to administer this Agreement, monitor the Supplier's results against the Service Levels, look after the relationship and oversee compliance."
    gap: "The Supplier Coordination Unit of the Provider administers its subcontracts, monitors their performance and manages those relationships."
    pass: "9.1 The Client's Supplier Relations Office shall manage this Contract on the Client's behalf. It is responsible for contract administration, monitoring of the Contractor's performance, the day-to-day relationship with the Contractor, and the supervision of risks and of the Contractor's compliance."
    gap: "9.1 The Contractor's Supplier Relations Office manages its own suppliers. It is responsible for contract administration, monitoring of performance, the relationship with them, and risks and compliance."
    pass: "The Department shall maintain a Contract Administration Unit responsible for contract compliance, performance monitoring, the vendor relationship and risk management."
    pass: "The Client shall appoint a Vendor Management Office responsible for contract management, performance management, relationship management and risk and compliance management."
    pass: "The Bank's retained organisation shall be responsible for managing the contract, monitoring the Service Provider's performance, managing the relationship and overseeing risk and compliance."
    pass: "The Customer shall maintain a supplier management function which shall carry out contract management, performance monitoring and audit of the Vendor."
    pass: "The Authority shall, through its Contract Monitoring Unit, administer this Contract, monitor the Operator's performance against the KPIs, manage the working relationship with the Operator and oversee the risks arising from it."
    pass: """1. Vendor management

The Company shall establish a Vendor Management Office. The Vendor Management Office shall be responsible for:

(a) contract management;

(b) performance management; and

(c) relationship management."""
    # The function may be named for the provider ("Provider Management Team") and describe its
    # duties in verbs rather than as "... management".
    pass: "The Buyer shall operate a Provider Management Team, which shall administer the Contract, track the Provider's service performance and oversee its regulatory compliance."
    pass: "The Client shall maintain a Supplier Management Unit which shall be responsible for the administration of this Agreement, monitoring the Service Provider's performance, managing the relationship with the Service Provider, and overseeing risk and regulatory compliance."
    gap: "The Service Provider shall maintain a Client Services function responsible for contract administration, performance reporting, relationship management and compliance."
    gap: "The Supplier shall maintain a vendor management office to manage its subcontractors, covering contract management, performance management and risk."
    gap: "The Client is not required to establish a vendor management office."
    gap: "The Client shall appoint a Contract Manager."
    pass: "The Client shall maintain a Vendor Oversight Group responsible for contract management of this Agreement, oversight of the Vendor's performance, management of the relationship with the Vendor, and compliance and risk oversight."
    gap: "The Vendor shall maintain a Vendor Oversight Group to supervise its subcontractors' contract management, performance and compliance."
    gap: "The Customer shall maintain a vendor management team."
    gap: "The Vendor shall provide the Customer with monthly performance reports and attend relationship meetings."
    # A unit of the client under a name of its own, with three of the four duties in one sentence.
    pass: "Within the Client, the Outsourcing Oversight Desk administers this Agreement, reviews the Supplier's performance, manages the relationship with the Supplier and oversees compliance."
    pass: "The Buyer's Office of Commercial Assurance shall be responsible for contract administration, monitoring of the Supplier's performance and management of the relationship with the Supplier."
    gap: "The Supplier's Client Care Office is responsible for contract administration, performance reporting and the relationship with the Client."
    gap: "The Client's IT Department shall give the Supplier access to the ticketing system."
    gap: "The Client's Finance Department shall pay undisputed invoices; disputes about performance go to the relationship managers."
    gap: "The Vendor shall maintain a Client Management Office responsible for contract administration, performance management, relationship management and compliance for the Client's account."
    pass: """This Agreement is made between Raty Teraz S.A. (the "Ordering Party") and Centrum Kontaktu Sp. z o.o. (the "Contractor"). The Contractor shall provide customer service to the Ordering Party's borrowers.

§ 4. 1. The Ordering Party supervises the Agreement through its Outsourcing Oversight Committee, composed exclusively of its employees.
2. The Committee is responsible on the Ordering Party's side for managing the Agreement, monitoring the performance of the Services, the relationship with the Contractor and the management of outsourcing risk."""
    gap: """This Agreement is made between Raty Teraz S.A. (the "Ordering Party") and Centrum Kontaktu Sp. z o.o. (the "Contractor"). The Contractor shall provide customer service to the Ordering Party's borrowers.

§ 4. 1. The Contractor shall set up a Service Committee of its own managers.
2. The Committee is responsible on the Contractor's side for managing the Agreement, monitoring the performance of the Services, the relationship with the Ordering Party and the management of risk."""
    pass: """The Municipality of Kallithea (the "Contracting Authority") and Saronic Call S.A. (the "Contractor") agree as follows. The Contractor shall operate the municipal helpdesk.

Article 3

1. The Committee, made up of three employees of the Contracting Authority, is responsible, on behalf of the Contracting Authority, for the management of this contract, the monitoring of the Contractor's performance, the relationship with the Contractor's management and the follow-up of compliance risks."""
    gap: """The Municipality of Kallithea (the "Contracting Authority") and Saronic Call S.A. (the "Contractor") agree as follows. The Contractor shall operate the municipal helpdesk.

Article 3

1. The Joint Committee acts on behalf of the Contracting Authority and the Contractor for the management of this contract, the monitoring of performance, the relationship between the parties and the follow-up of compliance risks."""
    pass: """THIS CONTRACT is made between LAKESIDE REGIONAL HOSPITAL (the "PDE") and KYOGA CONTACT SERVICES LIMITED (the "Service Provider"). The Service Provider shall operate the helpline of the PDE.

5.1 The Accounting Officer has appointed a Contract Management Team made up of officers of the PDE.

5.2 The Contract Management Team is responsible for managing the Contract on behalf of the PDE, including monitoring the Service Provider's performance, managing the working relationship with the Service Provider, and managing contract risks and the Service Provider's compliance."""
    pass: """Entrusting Party: Jiaxing Elderly Care Guidance Centre, a public institution.

Entrusted Party: Jiaxing Hexin Service Outsourcing Co., Ltd.

Article 1 The Entrusting Party entrusts the Entrusted Party with the operation of the hotline.

Article 11 The Entrusting Party shall set up a Service Supervision Section, responsible for supervising the performance of this Contract by the Entrusted Party, assessing service quality, maintaining day-to-day communication and liaison with the Entrusted Party, and overseeing risks."""
    gap: """Entrusting Party: Jiaxing Elderly Care Guidance Centre, a public institution.

Entrusted Party: Jiaxing Hexin Service Outsourcing Co., Ltd.

Article 1 The Entrusting Party entrusts the Entrusted Party with the operation of the hotline.

Article 11 The Entrusted Party shall set up a Service Supervision Section, responsible for supervising the performance of this Contract, assessing service quality, maintaining day-to-day liaison with the Entrusting Party, and overseeing risks."""
    pass: """This Contract is made between the National Disaster Institute (the "Contracting Entity") and Linha Verde Lda (the "Contracted Party").

1. The Contracting Entity shall set up a Monitoring and Inspection Commission composed of three of its officials.

2. The Commission is responsible for the management of this contract, the monitoring of the Contracted Party's performance, the relationship with the Contracted Party and the control of compliance and risks."""
    gap: """This Contract is made between the National Disaster Institute (the "Contracting Entity") and Linha Verde Lda (the "Contracted Party").

1. The Contracted Party shall set up a Quality Commission composed of three of its managers.

2. The Commission is responsible for the management of this contract, the monitoring of performance, the relationship with the Contracting Entity and the control of compliance and risks."""
    pass: """This Contract is made between the County Government of Nakuru (the "Procuring Entity") and Menengai Ltd (the "Service Provider").

3.2 The Contract Implementation Team shall be responsible on behalf of the Procuring Entity for contract administration, monitoring the performance of the Service Provider, managing the relationship with the Service Provider, and monitoring risk and compliance."""
    gap: """This Contract is made between the County Government of Nakuru (the "Procuring Entity") and Menengai Ltd (the "Service Provider").

3.2 The Contract Implementation Team shall be responsible on behalf of the Service Provider for contract administration, monitoring performance, managing the relationship with the Procuring Entity, and monitoring risk and compliance."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

5 For information only, an extract of the Principal's internal outsourcing policy is attached as Annex 4. Annex 4 does not form part of this Contract.

## Annex 4 Outsourcing Management Policy (extract, for information only)

The Principal's outsourcing management unit oversees contract management, vendor performance, relationships with vendors and outsourcing risk."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

5.1 The Principal's outsourcing management unit oversees contract management, vendor performance, relationships with vendors and outsourcing risk for this Contract.

## Annex 4 Outsourcing Management Policy

The unit reports to the Principal's board each year."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

5.5 The Principal's contract service is responsible for the management of the Contract, the acceptance and assessment of the services, interaction with the Contractor, and the monitoring of risks and compliance."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

5.5 The Contractor's contract service is responsible for the management of the Contract and interaction with the Principal."""
  }
}

rule GOV-006 "A single owner is accountable for the end-to-end customer service process" {
  area: governance
  severity: low
  source: "001 (single process owner)"
  # (nor one a party may name if it wishes, or the parties will only discuss: "whether to appoint a single owner")
  require: sentence mentions gov_owner and mentions gov_e2e and not mentions gov_split_owner and not mentions optional
    and not mentions gov_whether
  message: "No single owner accountable for the end-to-end customer service process across both organisations was found."
  fix: "The parties shall appoint a single Process Owner who shall be accountable for the end-to-end customer service process across both the Client and the Supplier, including the hand-offs between them."
  tags: governance, process-owner
  examples {
    pass: """This Agreement is made between Dojo Camps Co., Ltd. ("Party A") and Naha Link Co., Ltd. ("Party B").

Party B shall provide the Services to Party A.

Party A shall assign one Camp Journey Supervisor, who bears sole responsibility for the entire journey of a trainee, covering both the work performed by Party A and the work performed by Party B."""
    gap: """This Agreement is made between Dojo Camps Co., Ltd. ("Party A") and Naha Link Co., Ltd. ("Party B").

Party B shall provide the Services to Party A.

Party B's Desk Chief bears sole responsibility for the entire work of the Desk."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

One person on our side owns the whole trip for every customer, from the first call to the end of the night, across both your work and ours."""
    pass: """This Agreement is made between Kestrel Point Trails Authority (the "Authority") and Bramble Reach Contact Services Limited (the "Contractor").

The Contractor shall answer the visitors of the Authority on its behalf.

3.3 The Authority shall appoint a Route Steward, who is answerable to both Parties for the whole visitor journey from the first enquiry to the return from the trail, including the steps performed by the Contractor and by the Authority's rangers."""
    gap: """This Agreement is made between Kestrel Point Trails Authority (the "Authority") and Bramble Reach Contact Services Limited (the "Contractor").

The Contractor shall answer the visitors of the Authority on its behalf.

3.3 The Authority shall appoint a Route Steward, who is answerable to both Parties for the Authority's own rangers and their rosters."""
    pass: """FIRST CONTRACTING PARTY: Quinta do Rochedo, Lda., a private limited company with registered office in Funchal (hereinafter the "Lodge" or the "First Party");

SECOND CONTRACTING PARTY: Ponte Contacto, S.A., a public limited company with registered office in Funchal (hereinafter the "Service Provider" or the "Second Party").

The Service Provider shall operate the orders desk of the Lodge on its behalf.

15. The Lodge shall appoint a Journey Warden, who shall answer to both Parties for the whole journey of the Customer, including the tasks performed by the Desk and those performed by the Lodge's cellar and shipping staff."""
    gap: """FIRST CONTRACTING PARTY: Quinta do Rochedo, Lda., a private limited company with registered office in Funchal (hereinafter the "Lodge" or the "First Party");

SECOND CONTRACTING PARTY: Ponte Contacto, S.A., a public limited company with registered office in Funchal (hereinafter the "Service Provider" or the "Second Party").

The Service Provider shall operate the orders desk of the Lodge on its behalf.

15. The Lodge shall appoint a Cellar Warden, who shall answer to both Parties for the whole of the cellar stock kept by the Lodge."""
    pass: """This Agreement is made between Harbour Charters Ltd (the "Company") and Windward Bookings Ltd (the "Agent").

The Agent shall answer the guests of the Company on its behalf.

5.5 The Company's Operations Manager shall act as the Guest Journey Owner. He or she is solely accountable for the guest's experience from first enquiry to the follow-up after the trip, whether a step is carried out by the Company or by the Agent."""
    gap: """This Agreement is made between Harbour Charters Ltd (the "Company") and Windward Bookings Ltd (the "Agent").

The Agent shall answer the guests of the Company on its behalf.

5.5 Each party shall appoint its own Journey Owner, who is solely accountable for its part of the guest's experience."""
    pass: """FIRST OUTORGANTE: Olaria Lotus, Limitada, a private limited company with registered office in Macao, hereinafter "the Workshop";

SECOND OUTORGANTE: Apoio Perola, Limitada, a private limited company with registered office in Macao, hereinafter "the Provider".

The Provider shall answer the buyers of the Workshop on its behalf.

4. The Outorgantes designate a single Order Journey Steward, employed by the Workshop, who shall answer for the whole course of each buyer's order, from first enquiry to delivery, across the Workshop's studio and the Provider's desk alike."""
    pass: """(1) Kangerluk Seafood A/S, Sisimiut (the "Buyer"), and

(2) Nuuk Kundeservice ApS, Nuuk (the "Contractor"),

have entered into this agreement on the operation of the Buyer's skipper desk.

(5) The Buyer appoints a Landing Service Owner, who is accountable for the whole service to Skippers, from the booking of a landing slot to the final settlement, including the parts of it performed by the Contractor."""
    gap: """(1) Kangerluk Seafood A/S, Sisimiut (the "Buyer"), and

(2) Nuuk Kundeservice ApS, Nuuk (the "Contractor"),

have entered into this agreement on the operation of the Buyer's skipper desk.

(5) The Buyer appoints a Landing Service Owner, who is accountable for the landing slots it books for Skippers."""
    pass: """This contract is made between Brasseries du Kouilou S.A. (the "Brewer") and Kouilou Relation Client SARL (the "Service Company").

The Service Company undertakes to provide the services of a bar orders desk to the Brewer.

3.4 The Brewer appoints its Head of Customer Operations as the Order Journey Custodian. The Order Journey Custodian is answerable, for both Parties, for the complete journey of a bar order, from the call to the Desk to delivery, including the steps performed by the Service Company."""
    gap: """This contract is made between Brasseries du Kouilou S.A. (the "Brewer") and Kouilou Relation Client SARL (the "Service Company").

The Service Company undertakes to provide the services of a bar orders desk to the Brewer.

3.4 The Brewer appoints its Head of Customer Operations as the Order Journey Custodian. The Order Journey Custodian is answerable, for the Brewer, for the deliveries the Brewer makes."""
    pass: "9.1 The Client's Head of Export Sales is designated as the sole owner of the process of service to Buyers, from the first enquiry to the delivery of the goods, including the part of that process entrusted to the Supplier."
    gap: "9.1 The Supplier's Desk Supervisor is designated as the owner of the part of the process entrusted to the Supplier."
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Our Guest Journey Owner is the one person who answers for the whole guest experience, from the first search for a tour to the last email after the trip, including the parts you handle."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Our Guest Experience Manager answers for our own tour guides, from the first briefing to the last boat of the day."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

You'll also name a Booking Line Owner. That person is answerable for the whole booking journey, from a guest's first call to our team to check-in at your lodge, across both our teams."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

You'll also name a Booking Line Owner. That person is answerable for the invoices you send us."""
    pass: "5.5. The Deputy Director for Member Services of the Client is the single official responsible for the entire membership process, from the first request to renewal, including the part performed by the Supplier."
    gap: "5.5. The Deputy Director for Member Services of the Client is the official responsible for signing acts of services rendered."
    pass: "The Client's Head of Member Journeys is the one person accountable for the whole of a member's renewal journey, including the steps performed by the Supplier."
    gap: "The Client's Head of Member Journeys is accountable for the whole of the Client's own renewal team."
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Each of us has its own process owner. Neither of us owns the process from end to end."""
    pass: "The Client shall appoint a Caller Journey Steward who is answerable for the caller's journey from end to end, across both the Client's teams and the Supplier's desk."
    gap: "The Contractor shall be answerable for its own part of the process, and each party owns its own steps."
    pass: """This agreement is between Prairie Crocus Early Learning Inc. ("we", "us") and Assiniboine Answering Services Ltd. ("you"). You will answer calls from families.

Our Family Journey Lead is the one person responsible for the whole family experience, from a family's first call to their child's first day at a centre, whether the family is talking to us or to you."""
    pass: "Nile Examinations Board Limited (the \"Board\") engages Kampala Interaction Services Limited (the \"Contractor\") to answer candidates' calls. 4.5 The Board's Director of Candidate Services shall act as Candidate Journey Owner: the one person accountable for the candidate's experience from first enquiry to the issue of results, across the parts of that journey carried out by the Board and those carried out by the Contractor."
    gap: """This agreement is between Prairie Crocus Early Learning Inc. ("we", "us") and Assiniboine Answering Services Ltd. ("you"). You will answer calls from families.

We and you will each have a Journey Lead responsible for our own part of the family experience, whether the family is talking to us or to you."""
    pass: "THE CONTRACTING PARTY designates its Transit Scheduling Manager as the sole person responsible for the whole process of attention to ship agents, including the activities carried out by THE CONTRACTOR."
    gap: "THE CONTRACTING PARTY designates its Transit Scheduling Manager as the sole person responsible for approving scripts."
    gap: "Nobody owns the whole process from end to end. We own the calls; you own your parts counters and service shops."
    pass: "One person, our Head of Rider Care, owns the rider support process from the moment a Rider opens the help screen until their problem is closed, across both companies."
    gap: "The Supplier owns the Supplier Materials across both companies."
    pass: "The Client shall designate a Visitor Journey Lead, who shall be accountable for the whole of the visitor's experience from the first contact to the visit itself, across the Client and the Supplier."
    gap: "The Client shall designate a Visitor Journey Lead, who shall attend the monthly review."
    pass: "The Client's Patient Access Pathway Lead is accountable for the end-to-end appointment pathway, including the activities performed by the Supplier."
    pass: "The parties shall appoint a single Process Owner accountable for the end-to-end customer support process across both parties."
    pass: "The Bank's Head of Customer Operations shall be the owner of the end-to-end customer journey, including the parts performed by the Service Provider."
    pass: "The Vendor's Service Owner shall have overall accountability for the customer service process from end to end, across the Customer's and the Vendor's teams."
    pass: "One Journey Owner, nominated by the Company, shall own the entire customer journey across both organisations."
    pass: "The Buyer shall appoint a Customer Journey Owner who is accountable for the whole enquiry process, from first contact to resolution, across both the Buyer's and the Supplier's teams."
    gap: "Nothing in this Agreement appoints a single owner of the end-to-end customer servicing process."
    gap: "Each party shall appoint its own process owner for its part of the process."
    pass: "The Client's Head of Member Experience will be the single owner accountable for the whole subscriber-care journey, including the conversations the Supplier's team handles."
    gap: "The Supplier's Operations Lead will be the owner of the Supplier's part of the subscriber-care journey, and the Client's team will own the rest."
    gap: "Each party shall appoint an end-to-end process owner for the parts of the customer journey that it performs."
    gap: "The Supplier is not required to appoint an end-to-end process owner."
    gap: "The end-to-end customer service process shall be documented in the Operations Manual."
    gap: "The Contractor shall be accountable for end-to-end delivery of the Services."
    gap: "The Client shall remain the owner of all Client Data."
    # Plain and long-winded wording of the same accountability.
    pass: "Purchaser shall name one Customer Journey Owner who is accountable for the entire license and registration help process, from a customer's first contact to the resolution of the customer's issue."
    pass: "One person, our Service Lead, answers for the whole process, whether the work sits with us or with you."
    gap: "Our Service Lead answers for the whole of our own team's conduct."
    gap: "The Supplier's Operations Lead shall own the entire license and registration help process performed by the Supplier's own agents."
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

7.1 The Client appoints a Journey Custodian, who is accountable for the customer's booking journey as a whole, from the first contact to the end of the trip, including the steps performed by the Supplier's agents."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

7.1 The Supplier appoints a Desk Manager, who is accountable for the Supplier's handling of calls, including training and rosters."""
    pass: """This agreement is between Harbour Inn Ltd ("you") and Wave Answering Ltd ("we").

We will answer your guests' calls.

You will name one person at the inn, the Guest Journey Keeper, who owns the whole guest experience from the first phone call to checkout. That includes the part of the journey that we handle."""
    gap: """This agreement is between Harbour Inn Ltd ("you") and Wave Answering Ltd ("we").

We will answer your guests' calls.

Once a year we and you will walk through the guest's path together, from first enquiry to checkout, with each Boat Owner's feedback."""
    gap: """This Agreement is made between Emerald Water Utility DAC (the "Utility") and Liffey BPO Limited (the "Contractor"). The Contractor shall provide customer contact services to the Utility.

19.1 The Joint Steering Committee collectively shall be accountable for the end-to-end customer service process."""
    gap: """This Agreement is made between Maple Leaf Credit Union ("Credit Union") and Laurentian Support Services Inc. ("Provider"). Provider will deliver member support services to Credit Union.

13.1 Credit Union may nominate an end-to-end process owner if it considers it appropriate."""
    gap: """This contract is entered into by Iberia Seguros Hogar, S.A. (hereinafter, "THE CLIENT") and Mediterránea Contact Center, S.L. (hereinafter, "THE SUPPLIER"). THE SUPPLIER shall provide customer service to THE CLIENT's policyholders.

Clause Twelve. THE CLIENT and THE SUPPLIER will discuss during the transition period whether to appoint a single owner for the end-to-end customer service process."""
    gap: """This Agreement is made between Skyway Regional Airlines Limited (the "Airline") and Northgate Outsourcing plc (the "Provider"). The Provider will operate the Airline's passenger customer service desk.

18.1 Two co-owners, one appointed by each party, shall share accountability for the end-to-end customer service process."""
    pass: """Service Agreement between Turku Health Authority (hereinafter "the Purchaser") and Auranlaakso Terveyspalvelut Oy (hereinafter "the Service Producer"). The Service Producer returns callback requests for the Purchaser.

8 Service chain owner

The Purchaser's head nurse for telephone services acts as the owner of the service chain. She is accountable for the entire telephone service chain, from the patient's call to the appointment or other outcome, including the part of the chain produced by the Service Producer."""
    pass: """This Agreement is made between the Nagpur Municipal Corporation (the "Corporation") and Vidarbha Citizen Services Private Limited (the "Agency"). The Agency shall operate the property tax helpline for the Corporation.

3.4 The Deputy Commissioner (Revenue) shall be the Process Owner, singly accountable for the property tax grievance process across the Corporation and the Agency."""
    pass: """This Agreement is made between the Nagpur Municipal Corporation (the "Corporation") and Vidarbha Citizen Services Private Limited (the "Agency"). The Agency shall operate the property tax helpline for the Corporation.

3.4 The Deputy Commissioner (Revenue) shall be the Process Owner for a grievance, from the taxpayer's first call up to the final disposal of the matter by the ward office."""
    gap: """This Agreement is made between the Nagpur Municipal Corporation (the "Corporation") and Vidarbha Citizen Services Private Limited (the "Agency"). The Agency shall operate the property tax helpline for the Corporation.

3.4 The Agency's Project Head shall be the process owner for the calls the Agency answers; the Corporation's ward offices own the rest of the grievance process."""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

7.4 The Director of Member Services is the Service Journey Owner, accountable for the whole path of a member from first call to resolution, across the Client, its regional branches and the Supplier."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

7.4 The Director of Member Services is the Service Journey Owner, accountable for the member path within the Client only."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

4.4 The head of the Insurance Services Division of the Principal shall be the Process Custodian, responsible for the entire enquiry chain of a citizen from the call to the Contractor until the final decision of the Principal, whether the work is performed by Principal staff or Contractor staff."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

4.4 Each party shall appoint a Process Custodian for the part of the enquiry chain that its own staff perform."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

3. The Head of the Family Benefits Department of the Principal shall act as Process Leader and shall be responsible for the entire process of handling residents' enquiries, from the first contact with the Line to the issue of the card, at both the Principal and the Contractor."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

3. The Head of the Family Benefits Department of the Principal shall act as Process Leader for the part of the process handled at the Principal, and the Contractor's coordinator for the part handled at the Contractor."""
  }
}
