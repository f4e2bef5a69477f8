pack bpo-partnership "1.0.0" { description: "Thought partnership between client and provider: joint journey mapping, customer-experience strategy reviews, customer insight visits, recognition of customer-centric staff, closed-loop continuous improvement, joint innovation and current training material" }

# ---- vocabularies ------------------------------------------------------------------------------

# Cadences too rare for the partnership rules, as words next to the activity ("an annual journey
# mapping workshop"): a sentence may state a second, unrelated cadence ("quarterly reviews and an
# annual journey mapping workshop"), and has frequency cannot tell which activity it belongs to.
vocab tp_rare = /(?<!semi-)(?<!semi )(?<!bi-)\bannual(ly)?\b/ | /(?<!half-)(?<!half )\byearly\b/
              | /\bonce\s+(a|per|each|every|in\s+each|in\s+any|in\s+every)\s+(contract\s+|calendar\s+)?year\b/
              | /\bevery\s+(contract\s+|calendar\s+)?year\b/ | "per annum" | "biennial" | "biennially"
              | "every two years" | "every other year"

# Customer journey mapping, done together.
vocab tp_journey = "journey map" | "journey mapping" | "customer journey" | "journey-mapping" | "service blueprint"
                 # Nordic drafting: "jointly map the service path of a resident" (palvelupolku)
                 | /\bmap\w*\s+(?:the\s+)?(?:service|care|customer|resident|patient|client)['’]?s?\s+(?:path|pathway)s?\b/
                 | "experience map" | "experience mapping"
                 # mapping as a verb, of a journey named by its product ("map the home claims journey")
                 # ("map the Client onboarding and funding journey")
                 | /\bmap(?:s|ped|ping)?\s+(?:the\s+|our\s+|its\s+|their\s+|each\s+|every\s+|all\s+)?(?:[\w’'-]+\s+){0,4}?journeys?\b/
                 # ... or how the people served move: "map how people find us, call the line, get assessed",
                 # "map how Members move between the branches, the online catalogue and the Contact Line"
                 # ("map out how Members and Customers experience dealing with the Co-operative")
                 | /\bmap(?:s|ped|ping)?\s+(?:out\s+)?how\s+(?:the\s+)?(?:(?:people|customers|callers|clients|members|users|(?:{end_customer})s?)\s+(?:and|or)\s+)?(?:people|customers|callers|clients|members|users|(?:{end_customer})s?)\s+(?:find|move|travel|get|reach|contact|use|go|experience|deal)\b/
                 # the path of one of the people served, traced end to end: "jointly trace the path of a Farmer from
                 # the delivery of raw cotton ... to the receipt of payment"
                 # ... or studied: "jointly analyse the route of the guest from the first request to departure"
                 # "walk through, step by step, what a guest goes through from the first search to the drive home"
                 # ... "map, step by step, everything a guest goes through"
                 | /\b(?:what|everything|all\s+that)\s+(?:a|an|the|each|every|our|your)\s+(?:[\w'’-]+\s+){0,2}?(?:{end_customer}|client|customer|caller|user|member)s?\s+(?:goes|go|went)\s+through\b/
                 # "we'll walk through a customer's whole trip together, from the first search ..."
                 | /\bwalk(?:s|ed|ing)?\s+through\s+(?:a|an|the|each|every|our|your)\s+(?:[\w'’-]+\s+){0,2}?(?:whole|entire|full|complete)\s+(?:[\w-]+\s+)?(?:trip|journey|experience|visit|stay|path)\b/
                 # ("jointly trace the experience of Tenants reporting repairs, from the first call to the completed repair")
                 | /\b(?:trac|map|walk|follow|analys|analyz|examin|stud)\w*\s+(?:through\s+)?(?:the\s+)?(?:path|route|journey|steps|experience)\s+of\s+(?:(?:a|an|the|each|every)\s+)?(?:[\w'’-]+\s+){0,2}?(?:{end_customer})s?\b/
                 # ("jointly review the journey of a bereaved family through the inheritance procedures, from the first call")
                 | /\b(?:review|trac|map|walk|follow|analys|analyz|examin|stud)\w*\s+(?:through\s+)?the\s+(?:path|route|journey|experience)\s+of\s+(?:a|an|the|each|every)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s+(?:through|from)\b/
                 # "a joint rider journey workshop", "an exercise mapping the experience of Dealers"
                 | /\bjourney\s+(?:workshops?|reviews?|walk[\s-]?throughs?)\b/
                 | /\bmap(?:s|ped|ping)?\s+(?:the\s+|our\s+|their\s+)?(?:[\w’'-]+\s+){0,2}?experiences?\s+of\b/
                 # "walk through the rider's route from enquiry to ball night, mapping each point at which
                 # a member contacts the Krewe"
                 | /\bwalk(?:s|ed|ing)?\s+through\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:route|journey|path)\b/
                 # "walk through every step a guest takes, from the first search to the shower at the harbor"
                 # ... "jointly trace and chart every step a Buyer takes"
                 | /\b(?:walk|go|trace|map|follow)\w*\s+(?:and\s+[a-z]+\s+)?(?:through\s+)?(?:every|each|all\s+the)\s+(?:step|stage|touch-?point)s?\s+(?:that\s+)?(?:a|an|the|each|every|our|your)\s+(?:[\w'’-]+\s+){0,2}?(?:{end_customer})s?\s+(?:takes?|goes\s+through|makes?)\b/
                 | /\bmap(?:s|ped|ping)?\s+(?:each|every|all\s+the)\s+(?:point|touch-?point|step|stage)s?\s+(?:at\s+which|where)\b/
                 # "shall together trace the way a customer travels, from finding a sweater to wearing it"
                 | /\b(?:trac|map|follow|walk)\w*\s+(?:through\s+)?the\s+(?:way|route|path)\s+(?:that\s+)?(?:a|an|the|each|every|our|your)\s+(?:[\w'’-]+\s+){0,2}?(?:{end_customer})s?\s+(?:travels|goes|moves|takes|follows)\b/
                 # "jointly walk through each stage of a Fleet Supplier's experience, from landing ... to payment"
                 | /\b(?:walk|go|trace|map|follow)\w*\s+(?:through\s+)?(?:every|each|all\s+the)\s+(?:step|stage|touch-?point)s?\s+of\s+(?:a|an|the|each|every|our|your)\s+(?:[\w'’-]+\s+){0,3}?(?:experience|journey)\b/
                 # the journey as the route someone takes: "map the route that a landowner follows, from
                 # the first contact ...", "map the route followed by a distributor"
                 | /\bmap(?:s|ped|ping)?\s+(?:the\s+)?(?:route|path|steps)\s+(?:that\s+(?:a|an|the|each)\s+(?:[\w’'-]+\s+){0,4}?(?:follows?|takes?|goes\s+through)|(?:followed|taken)\s+by)\b/
                 # "jointly map the path of a prospective learner, from first enquiry to first class"
                 | /\bmap(?:s|ped|ping)?\s+(?:the\s+)?(?:route|path|pathway|steps)\s+of\s+(?:a|an|the|each|every|our|your)\s+/
                 # the journey of the people served under their own name ("the homeowner's journey",
                 # "the Retailer journey", "the Patron Path Workshop"), and going through it by other verbs ("walk through the
                 # homeowner's journey step by step", "trace and document the Client journey")
                 | /\b(?:{end_customer})s?['’]?s?[\s-]+(?:journeys?|paths?|pathways?)\b(?!\s+(?:owner|lead|manager|director|officer|co-?ordinator)s?\b)/
                 # "the path that a producer follows from ordering tags until ..."
                 | /\b(?:path|pathway|route|journey)\s+(?:that\s+|which\s+)?(?:a|an|each|every|our|your)\s+(?:[\w-]+\s+){0,2}?(?:follows?|takes?|travels?|goes\s+through)\b/
                 | /\b(?:walk(?:s|ed|ing)?\s+through|trac(?:e|es|ed|ing)|retrac(?:e|es|ed|ing)|step(?:s|ped|ping)?\s+through|document(?:s|ed|ing)?|go(?:es|ing)?\s+over|went\s+over)\s+(?:(?:the|our|its|their|each|every|a)\s+)?(?:[\w’'-]+\s+){0,3}?journeys?\b/
                 # the path of someone, from where it starts: "retrace, step by step, the path followed by a
                 # Smallholder from the harvest to payment", "describe, stage by stage, the path of a Buyer from
                 # the first contact", "trace the steps an Owner goes through, from a repair report to the invoice"
                 | /\b(?:trac|retrac|map|walk|follow|analys|analyz|examin|stud|describ|chart|document|reconstruct)\w*(?:\s+through)?(?:\s*,\s*(?:step|stage)\s+by\s+(?:step|stage)\s*,)?\s+(?:the\s+)?(?:path|route|journey|steps|stages)\s+(?:(?:of|followed\s+by|taken\s+by)\s+|(?:that\s+|which\s+)?)(?:a|an|the|each|every|our|your)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+(?:\s+(?:goes\s+through|follows|takes))?,?\s+from\s+/
vocab tp_joint = "joint" | "jointly" | "together" | "parties" | "both parties" | "each party" | "collaborative"
               | "collaboratively" | "collaboration" | "collaborate" | "in conjunction with" | "co-design"
               | "co-create" | "co-creation"
               # we/you drafting: "our team and yours will sit down", "both of us", "we'll map it with you"
               | /\b(?:our\s+(?:[\w-]+\s+){0,2}?and\s+yours|your\s+(?:[\w-]+\s+){0,2}?and\s+ours|both\s+of\s+us|you\s+and\s+(?:we|us)|we\s+and\s+you|with\s+you)\b/
               # "your Account Lead and team leads will sit down with our Customer Care Manager"
               | /\byour\s+[^.;]{1,60}?\b(?:sit|sits|meet|meets|work|works)\s+(?:down\s+)?(?:together\s+)?with\s+our\b/
               | /\bour\s+[^.;]{1,60}?\b(?:sit|sits|meet|meets|work|works)\s+(?:down\s+)?(?:together\s+)?with\s+your\b/
               # "we'll sit down with your team"
               | /\b(?:we|you)(?:['’]ll|\s+will|\s+shall)\s+(?:sit|meet|work)\s+(?:down\s+)?(?:together\s+)?with\s+(?:your|our)\b/

# Business reviews and the client's customer-experience strategy.
vocab tp_review = "business review" | /\bQBRs?\b/ | /\bMBRs?\b/ | "strategic review" | "strategy review"
                | "relationship review" | "account review" | "executive review" | "governance review"
                | "steering committee" | "relationship board" | "governance board" | "executive committee"
                | "strategy meeting" | "strategy session"
                | /\b(JSC|SteerCo|ExCo)\b/
                # Any governance forum of the relationship, whatever it is called ("the SPB"), and any
                # meeting of the parties that governance counts ("a business session", "our managing
                # partner and your chief executive ... meet every quarter").
                | gov_body | gov_meeting
                # a forum's meeting named by its cadence: "at each quarterly meeting it shall review"
                | /\b(?:each|every)\s+(?:quarterly|monthly|bi-?monthly|fortnightly|weekly)\s+(?:meeting|session|review)s?\b/
                # ... or a forum's every meeting: "At each meeting the panel will look at your member experience plan"
                | /\b(?:at|in)\s+(?:each|every)\s+(?:of\s+(?:its|their)\s+)?(?:meeting|session)s?\b/
                # ... or by the forum's own name: "Each Council meeting shall include a review of ..."
                | /(?-i:\b(?:Each|each|Every|every)\s+(?:[A-Z][\w-]*\s+){1,3}(?:meeting|session)s?\b)/
                # the client taking the provider through its plans: "Every quarter we will take you through
                # our guest experience plan", "brief the Supplier on its customer strategy"
                # (or its people: "walk your Line Lead and supervisors through our plans")
                | /\b(?:take|takes|taking|walk|walks|walking)\s+(?:you|us|them|the\s+[\w-]+|(?:your|our|its|their)\s+(?:[\w-]+\s+){1,5}?)\s*through\b/
                | /\bbrief(?:s|ed|ing)?\s+(?:you|us|them|the\s+[\w-]+)\s+on\b/
vocab tp_qbr = /\bQBRs?\b/ | /\bMBRs?\b/
vocab tp_cx_strategy = "customer experience strategy" | "CX strategy" | "customer strategy" | "customer experience roadmap"
                     | "CX roadmap" | "customer experience vision" | "CX vision" | "customer experience priorities"
                     | "CX priorities" | "customer experience objectives" | "CX objectives" | "customer experience goals"
                     | "CX goals" | "customer experience plan" | "CX plan" | "customer service strategy"
                     | "customer experience programme" | "customer experience program" | "CX programme"
                     | "CX program" | "customer experience initiatives" | "CX initiatives" | "brand strategy"
                     # the same strategy under the sector's name for the end customer ("the Authority's
                     # Citizen Experience Strategy", "the Trust's patient experience priorities")
                     | /\b(?:{end_customer})s?['’]?[\s-]+experience\s+(?:strategy|strategies|roadmap|vision|priorities|objectives|goals|plan|programme|program|initiatives)\b/
                     # "the Project Owner's User Relations Strategy 2025–2027"
                     | /\b(?:user|customer|client|citizen|member|insured|public)[\s-]+relations?\s+strateg(?:y|ies)\b/
                     # "the Employer's customer-orientation strategy for claims"
                     | /\bcustomer[\s-]+orientation\s+(?:strategy|strategies|policy|plan|programme|program)\b/
                     # Nordic drafting calls the people served "clients" (asiakas): "the Orderer's client experience programme"
                     | /\bclient[\s-]+experience\s+(?:strategy|strategies|roadmap|vision|priorities|objectives|goals|plan|programme|program|initiatives)\b/
                     # (trade customers too: "its distributor service strategy"; and the charter of it: "the
                     # Customer's Farmer Service Charter, ... setting out its commitments to Farmers")
                     # ... or policy: "the Neighbour Service Policy (Política de Atención al Vecino) of THE MUNICIPAL AUTHORITY"
                     | /\b(?:{end_customer}|client|distributor|dealer|retailer|wholesaler|reseller|stockist|buyer)s?['’]?[\s-]+(?:service|care|contact)\s+(?:strateg(?:y|ies)|charters?|polic(?:y|ies))\b/
                     # the end customers' engagement ("the Family Engagement Strategy adopted by the Board"),
                     # not the staff's; or a strategy the service is to support ("the Board shall review how
                     # the Helpdesk supports that strategy")
                     | /\b(?<!employee\s)(?<!staff\s)(?<!workforce\s)engagement\s+strateg(?:y|ies)\b/
                     | /\b(?:supports?|aligns?\s+with|serves?)\s+(?:that|this)\s+strategy\b/
                     # ... or the client's strategy for serving its people: "how the line supports the First
                     # Contracting Party's strategy for service to students"
                     | /\bstrateg(?:y|ies)\s+for\s+(?:the\s+)?(?:service|care|support)\s+(?:to|of|for)\s+(?:its\s+|the\s+|our\s+)?(?:{end_customer}|customers?|students?|users?|residents?|citizens?|members?|patients?|beneficiar(?:y|ies)|taxpayers?|applicants?|clients?)\b/
                     # ... or named the other way round: "the Galician Strategy for Citizen Service"
                     | /\bstrateg(?:y|ies)\s+for\s+(?:the\s+)?(?:citizen|customer|member|user|resident|patient|client|taxpayer)s?\s+(?:service|care|experience|attention|relations)\b/
                     # translated drafting: "the Customer's Concept of Service to Foreign Tourists"
                     | "concept of service" | "service concept"
                     # the client's strategy for speaking to its people: "the Institute's screening communication strategy"
                     | /\b{client's}\s+(?:[\w-]+\s+){0,2}?communications?\s+strateg(?:y|ies)\b/
                     # ... or its concept, model or plan of serving its people: "the Savings Bank's Client Care
                     # Concept", "the Fund's member service model", "the Authority's Customer Service Strategic
                     # Plan", "the Modelo de Atención al Afiliado of the IESS"
                     | /\b(?:client|customer|member|citizen|patient|user|resident|family)\s+(?:care|service|experience)\s+(?:concept|model|strategic\s+plan)\b/
                     | /\bmodelo\s+de\s+atenci[óo]n\b/
                     # a policy or principles of putting the customer first: "the Entrusting Party's Customer-Oriented
                     # Business Operation Policy" (Japan's principles of customer-oriented business conduct)
                     | /\bcustomer[\s-](?:oriented|centric|centred|centered|first)\s+(?:[\w-]+\s+){0,2}?(?:polic(?:y|ies)|principles?|strateg(?:y|ies)|charter)\b/
                     # ... for whoever is served: "aligned with the Ordering Party's Member-Centred Service Plan for 2025–2027"
                     | /\b(?:{end_customer}|client|customer|user|citizen)s?[\s-](?:centred|centered|centric|oriented|focused)\s+(?:service\s+)?(?:plan|strateg(?:y|ies)|polic(?:y|ies)|programme|program|charter|vision)\b/
                     # ... or a standard of it: "review the services against the Fund's Standard of Client-Oriented Service"
                     | /\bstandards?\s+of\s+(?:client|customer|citizen|user|member|patient)[\s-](?:oriented|centric|centred|centered|focused)\s+service\b/
                     # a named standard the client sets for its service: "the Agency's Client Service Standard 2025-2027"
                     | /(?-i:\b(?:Client|Customer|Citizen|Patient|Member|User|Resident)\s+Service\s+Standards?\b)/
                     # "the Entrusting Party's Elderly Service Experience Improvement Plan"
                     | /\b(?:service|customer|client|caller|citizen|patient|user|member)\s+experience\s+(?:[\w-]+\s+){1,2}?(?:strateg(?:y|ies)|roadmap|vision|plan|programme|program)\b/
                     # ... or its name kept in the original: "the Mandator's Stratégie Expérience Client 2025-2028",
                     # "Estrategia de Experiencia del Cliente", "Estratégia de Experiência do Cliente"
                     | /\b(?:strat[ée]gie|estrat[ée]gia)\s+(?:de\s+l['’]\s*|d['’]\s*|de\s+)?exp[ée]ri[eê]nc(?:e|ia)\s+(?:du\s+|del\s+|do\s+|de\s+)?(?:client|cliente|usuario|usu[áa]rio)s?\b/
                     # the hospitality trades' word for it: "the Principal's hosting strategy (vertskapsstrategi)"
                     | /\b(?:hosting|hospitality|guest[\s-]care)\s+strateg(?:y|ies)\b/
                     # the promise made to the people served, or the vision of the service for them:
                     # "review Xwejni's Customer Promise and how Calypso's agents are delivering it",
                     # "the FIRST PARTY's service vision for Water Users"
                     | /\b(?:customer|client|brand|guest|member)\s+promise\b/ | "service vision"
                     # Korean drafting's "consumer-centred management (CCM) strategy"
                     | /\b(?:customer|consumer|client|citizen|patient)[\s-]+(?:centred|centered|centric|focused|first|oriented)\s+(?:management\s+|service\s+)?(?:\([A-Z]{2,5}\)\s+)?(?:strateg(?:y|ies)|vision|plan|charter|policy|agenda)\b/
                     # ... or a course or approach named for them: the Principal's "Resident First" course for
                     # claimant-centred damage handling
                     | /\b(?:{end_customer}|consumer|client)s?["”]?[\s-]+(?:centred|centered|centric|first)["”]?\s+(?:[\w-]+\s+){0,2}?(?:course|approach|programme|program|policy|principles|agenda)\b/
                     # the Gulf's word for it: "the First Party's Customer Happiness Strategy"
                     | /\b(?:customer|client|citizen|{end_customer})s?['’]?\s+(?:happiness|satisfaction|journey|centricity)\s+(?:strateg(?:y|ies)|plan|charter|agenda|vision|roadmap)\b/
                     # plain English: "our plans for how pan players and bands should experience Belmont Steel"
                     | /\bplans?\s+for\s+how\s+(?:[\w'’-]+\s+){1,5}?(?:should|will|are\s+to|ought\s+to)\s+experience\b/
                     # "we'll walk you through where we're taking the grower experience"
                     | /\bwhere\s+(?:we|you|it|they|the\s+[\w-]+)\s*(?:['’]re|\s+are|\s+is)\s+taking\s+(?:the|our|its|their)\s+(?:[\w-]+\s+)?experience\b/
                     # joined to another aim: "the Bank's customer experience and fair collections
                     # strategy", "the University's recruitment and applicant experience strategy"
                     | /\b(?:{end_customer})s?['’]?\s+experience\s+and\s+(?:[\w-]+\s+){1,3}?strateg(?:y|ies)\b/
                     | /\band\s+(?:{end_customer})s?['’]?\s+experience\s+strateg(?:y|ies)\b/
                     # whoever the end customer is ("our Court User Experience Strategy", "our rider
                     # experience strategy", the "Guest Promise" experience strategy): any experience
                     # strategy but the staff's own (and a charter of it: "the Sailor Experience Charter, which sets
                     # out how Academy wants Students to feel")
                     | /(?<!employee\s)(?<!staff\s)(?<!agent\s)(?<!colleague\s)\bexperience\s+(?:strategy|strategies|roadmap|vision|priorities|objectives|plans?|goals|charter)\b/
                     | /\b(?:customer|service|guest|passenger|client|brand)\s+promise["”’']?\s+(?:experience\s+)?strateg(?:y|ies)\b/
                     # whoever is cared for: "the AGENCY's Seafarer Care Strategy" (not the staff's own)
                     | /(?<!employee\s)(?<!staff\s)(?<!agent\s)(?<!colleague\s)\bcare\s+strateg(?:y|ies)\b/
                     # the vision or roadmap for the people served: "its service vision and its roadmap
                     # for the experience of Subscribers"
                     | /\b(?:customer\s+)?service\s+vision\b/
                     # ("the Ranch's Western Hospitality Blueprint, the Ranch's written plan for the guest experience",
                     # "its written strategy for the quality of life and experience of Residents")
                     # (... "your plans for how farmers should experience ordering")
                     | /\b(?:strategy|strategies|vision|roadmap|plans?|priorities|blueprint)\s+for\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?<!staff\s)(?<!employee\s)(?<!agent\s)(?<!colleague\s)experience\b/

# The client's first-hand insight into the provider's operation.
# (not the people who come: "a visiting player booking a round")
# (Not the visits of ships, guests or patients: "promotions, school holidays or ship visits".)
vocab tp_insight = "site visit" | /\b(?<!ship\s)(?<!ships\s)(?<!port\s)(?<!vessel\s)(?<!cruise\s)(?<!yacht\s)(?<!guest\s)(?<!patient\s)(?<!home\s)visit(?:s|ed|ing)?\b(?!\s+(?:players?|guests?|members?|teams?|hours?|yachts?|ships?|vessels?)\b)/ | "on-site" | "onsite" | "shadow" | "side-by-side" | "side by side"
                 | "listening session" | "call listening" | "listen to calls" | "listen in" | "listen to live"
                 # the calls named for their callers: "listen to Buyer calls", "listen to member calls"
                 | /\blisten\s+to\s+(?:the\s+)?(?:[\w-]+\s+)?(?:calls|conversations|interactions)\b/
                 | "focus group" | "floor walk" | "sit with" | "observe operations" | "observe the" | "ride-along"
                 # "the Awarding Entity's representatives shall hold a meeting with a group of the Contractor's consultants"
                 | /\bmeet(?:s|ing|ings)?\s+with\s+(?:a\s+(?:small\s+)?group\s+of\s+)?(?:the\s+)?(?:[\w'’-]+['’]s?\s+)?(?:consultants|agents|advisers|advisors|operators)\b/
                 # "County staff may observe live calls at the Contractor's call center"
                 | /\bobserve\s+(?:live\s+|real\s+|incoming\s+)?(?:calls|contacts|interactions|conversations|agents)\b/
                 | "immersion day" | "back to the floor"
                 # plain English: "our team can come to your centre, sit in on calls and talk with your agents"
                 | "sit in on" | "sit in with" | "sit alongside"
                 # "a roundtable where you can talk with a group of our agents about what farmers are telling them"
                 | /\b(?:talk|speak|meet)\s+(?:directly\s+)?with\s+(?:a\s+group\s+of\s+|some\s+of\s+)?(?:our|your|its|their|the\s+[\w-]+['’]s)\s+(?:[\w-]+\s+)?(?:agents|advis[eo]rs|staff|frontline|team)\b/
                 | /\b(?:come|go)\s+(?:in)?to\s+(?:your|its|their|the\s+[\w-]+['’]s)\s+(?:[\w-]+\s+){0,2}?(?:centres?|centers?|sites?|floors?|premises|offices?)\b/
# A visit given as a prize is no insight into the operation: "Plantations shall fund a visit to the
# plantations for each winner".
vocab tp_visit_prize = /\b(?:fund|funds|pay\s+for|pays\s+for|offer|offers|award|awards|give|gives|sponsor|sponsors)\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour)s?\b/
  # ... nor a visit the service makes and the client pays for: "a rate per pest treatment visit booked"
  | /\b(?:rate|fee|charge|price|amount)s?\s+(?:per|for\s+(?:each|every))\s+(?:[\w-]+\s+){0,3}?visits?\b/
# Someone who comes into the provider's operation, whoever the sentence names ("the Dock Master or
# a captain may join the Agent's booking desk"): only the client's people do.
vocab tp_joins_provider = /\b(?:join|visit(?:\s+to)?|come\s+(?:in)?to|sit\s+(?:at|on|in|with|in\s+with))\s+(?:the\s+)?{provider's}\s+(?:[\w-]+\s+){0,2}?(?:desk|floor|team|centre|center|agents|staff|site|premises|call\s+handlers|handlers|advis[eo]rs|operators)\b/
  # "shall hold shared listening sessions on the Contractor's platform, listening to live calls alongside
  # the operators"
  | /\b(?:on|at|in)\s+(?:the\s+)?{provider's}\s+(?:[\w-]+\s+)?(?:platform|floor|premises|site|centre|center)\s*,?\s+(?:listening|sitting|working)\b/
  | /\balongside\s+(?:the\s+|its\s+|{provider's}\s+)?(?:operators|agents|advis[eo]rs|call\s+handlers|staff)\b/
# The provider making the visits just described possible, in the next sentence: "We can visit your office
# and sit with your call handlers ... You will make this possible at least once every three months."
vocab tp_enable_back = /\bmakes?\s+(?:this|these|that|them|it|such\s+(?:visits?|sessions?))\s+possible\b/
  | /\b(?:arrange|arranges|facilitate|facilitates|allow|allows|host|hosts|accommodate|accommodates)\s+(?:this|these|them|such\s+(?:visits?|sessions?))\b/
vocab tp_host = "permit" | "allow" | "facilitate" | "host" | "arrange" | "accommodate" | "enable" | "grant"
              # "shall make a group of frontline agents available for a listening session"
              | /\bmake\s+(?:[\w-]+\s+){1,5}?available\b/
              | "provide access" | "give access" | "make available" | "organise" | "schedule" | "support"
              | "invite" | "organize" | "offer"
              # "we'll set up a session where your people listen in", "hold a listening session", "we'll set
              # up a focus group with our agents for you"
              | /\b(?:set(?:s|ting)?\s+up|hold(?:s|ing)?|run(?:s|ning)?)\s+(?:a|an|one|the)\s+(?:[\w-]+\s+){0,2}?(?:sessions?|visits?|days?|workshops?|roundtables?|round\s+tables?|focus\s+groups?|panels?)\b/
              # "shall receive the Mill's representatives ... to visit the call room"
              | /\breceiv(?:e|es|ing)\s+(?:(?:the|its|their|your|our)\s+)?(?:[\w'’-]+\s+){0,2}?(?:representatives|visitors|delegations?|delegates|officials|staff|people|personnel|team)\b/

# Recognition of the provider's customer-centric staff.
vocab tp_recognition = "recognition programme" | "recognition program" | "recognition scheme" | "recognition"
                     # (an award, not the party that awards the contract: "the Awarding Entity")
                     | "reward and recognition" | "recognise" | "reward" | /\bawards?\b/ | "incentive scheme"
                     | /\bawarded\s+(?:to\s+)?(?:the\s+)?(?:best|top|agents?|staff|employees?|advis[eo]rs?|operators?|team|individuals?)\b/
                     | /\bawarding\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:prize|bonus|certificate|voucher|trophy|badge)s?\b/
                     | "incentive programme" | "incentive program" | "employee of the month" | "agent of the month"
                     | "champion" | "celebrate" | "thank" | "voucher" | "prize" | "awardee" | "awardees"
                     | "shout-out" | "shout out" | "gift card" | "gift basket" | "gift hamper"
                     # "honour one 'customer heroine or customer hero of the month' from among its agents"
                     | /\b(?:hero|heroine|star|champion|colleague|person|associate|operator|advis[eo]r|consultant|expert|counsell?or|agent|employee)e?s?\s+of\s+the\s+(?:month|quarter|year)\b/
                     | "commendation" | "commended" | "commend"
                     # "a Penghargaan (token of appreciation)", "a certificate of appreciation"
                     | /\b(?:tokens?|certificates?|letters?|mark|gifts?)\s+of\s+(?:appreciation|thanks|gratitude)\b/
                     # singling out the best in a programme: 'names, in its "Aloe Applause" programme, the
                     # employees of the order desk who have best looked after customers'
                     | /\bnames?,?\s+(?:in\s+(?:its|their|the|a)\s+[^,.;]{1,40},\s+)?(?:the\s+)?(?:employees|agents|advis[eo]rs|staff|team\s+members|operators)\b[^.;]{0,40}?\bwho\s+(?:have\s+)?(?:best|most)\b/
                     # ... or by the award's name: 'name our "Gower Stars": the members of our team whom guests
                     # have praised most'
                     | /\bnames?\s+(?:our|its|their|the)\s+["“][^"”]{1,40}["”]:?\s+(?:the\s+)?(?:members\s+of\s+(?:our|its|their|the)\s+(?:[\w-]+\s+)?team|employees|agents|advis[eo]rs|staff|team\s+members|operators)\b/
                     # an honour named for its period and given to, or chosen from, the staff: "a Bouquet of
                     # the Month to the agent whose ...", a "Lantern of the Month" picked "from among your
                     # agents", "a Pond Pro of the Month, the agent whose ..." (not a "Venue of the Month")
                     | /(?-i:\bof\s+the\s+(?:Month|Quarter|Season|Year))["”]?,?\s+(?:(?:award|prize)\s+)?(?:to|(?:from\s+)?among|from|,?\s*the|one\s+of)\s+(?:the\s+|each\s+|an?\s+|your\s+|its\s+|our\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:agent|employee|adviser|advisor|handler|consultant|colleague|team\s+member|representative|operator|attendant|concierge)s?\b/
                     # a distinction conferred: 'a "Silver Gull" distinction, to be awarded each quarter to ...'
                     | /\b(?:distinction|honou?r|accolade|commendation)s?,?\s+(?:to\s+be\s+|which\s+(?:shall|will)\s+be\s+)?(?:awarded|given|presented|conferred|bestowed)\b/
                     # a titled honour chosen from the staff: 'select a "Harbour Star" from among the Supplier's agents'
                     | /\b(?:select|choose|pick|name|elect|nominate|designate)(?:s|ed|ing)?\s+(?:a|an|the|one|their|its)\s+["“][^"”]{2,40}["”]\s+(?:(?:from\s+)?among|from|out\s+of)\s+/
                     # singling one out: "we will pick one of your agents as our Trail Angel"
                     | /\b(?:pick|picks|choose|chooses|select|selects|name|names)\s+(?:one\s+of\s+)?(?:your|its|their|the)\s+(?:[\w'’-]+\s+)?(?:agents?|advis[eo]rs?|staff|employees?|team\s+members?)\s+as\b/
                     # singling out the best: "names the agents whom Users rate highest", a "Star Agent" scheme
                     | /\b(?:rate|rated|rates|score|scored|scores|rank|ranked|ranks)\s+(?:the\s+)?(?:highest|best|top)\b/
                     | "top-rated" | "best-rated" | "highest-rated"
                     | /\b(?:choose|chooses|pick|picks|select|selects|name|names)\s+(?:one|a|the|two|three)\s+(?:persons?|people|agents?|members?|colleagues?|advis[eo]rs?)\s+(?:on|of|from)\s+(?:your|its|their|the)\s+(?:[\w'’-]+\s+)?(?:team|staff)\b/
                     | /\b(?:star|hero|gold|MVP)\s+(?:agents?|advis[eo]rs?|performers?|colleagues?)\b/
                     # a titled honour and who earns it: 'you'll name a "Shift Star": the agent whom applicants praised most'
                     | /\b(?:name|names|choose|chooses|pick|picks|select|selects)\s+(?:a|an|one|the)\s+["“]?(?-i:(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)["”]?\s*[:,(–—-]+\s*(?:the|an?|one)\s+(?:[\w-]+\s+)?(?:agent|advis[eo]r|employee|staff\s+member|team\s+member|operator|handler)\b/
vocab tp_staff = "agent" | "employee" | "staff" | "personnel" | "advisor" | "adviser" | "team member"
               | "call-taker" | "call-takers" | "call taker" | "call takers"
               # the front line by its trade: "nurses of the Service Producer", "Counsellors", "call handlers"
               | "nurse" | "counsellor" | "counselor" | "call handler" | exact "operators" | exact "consultants"
               # the award's own title names them: "an 'Operator of the Month' recognition"
               | /\b(?:operator|agent|advis[eo]r|consultant|officer|expert)\s+of\s+the\s+(?:month|quarter|year)\b/
               # the desk's own officers: "the Helpdesk officers who have shown the most patience"
               | /\b(?:help\s?desk|desk|front-?line|customer\s+service|service|counter)\s+officers?\b/
               # ... or "you choose one of our team for the Golden Frame award"
               | /\b(?:members?|one|two|three)\s+of\s+(?:our|its|their|the|your)\s+(?:[\w-]+\s+)?team\b/
               # (lower-case plural only: "the Operator" is often the provider itself)
               | /(?-i:\boperators\b)/
               # ... or one of them singled out: "to the operator who obtained the best ratings"
               | /(?-i:\boperator\s+(?:who|whose)\b)/
               | "associate" | "frontline" | "representative" | "colleague" | "team leader" | "individual"
               | "handler" | "call handler" | "claims handler" | "consultant" | "executives"
               # the desk's trade names for its people
               | "attendant" | "concierge" | "reservationist" | "receptionist"
               | /\b(?:persons?|people|members?)\s+(?:on|of|from)\s+(?:your|its|their|the)\s+(?:[\w'’-]+\s+)?team\b/
# The client's own people, and the provider's by name.
vocab tp_client_own_staff = /\b{client's}\s+own\s+(?:[\w-]+\s+){0,2}?(?:staff|employees|personnel|people|teams?|agents|colleagues)\b/
  # "KRT operates a Brilliance Award for its own employees"
  # ("GMVT operates a "Technician of the Quarter" award for its own field technicians")
  | /\b{client}\b(?:(?!\b{provider}\b)[^.;]){0,80}?\b(?:its|their)\s+own\s+(?:[\w-]+\s+){0,2}?(?:staff|employees|personnel|people|teams?|agents|colleagues|technicians|engineers|crews|drivers|workers)\b/
  # "... is open to the Hospital's employees only"
  | /\b{client's}\s+(?:[\w-]+\s+){0,2}?(?:staff|employees|personnel|people|teams?|agents|colleagues)\s+(?:only|alone|exclusively)\b/
vocab tp_provider_staff = /\b{provider's}\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:staff|employees|personnel|people|teams?|agents|colleagues|advis[eo]rs)\b/
# Staff referred back to, once chosen in an earlier sentence ("those handlers", "the selected advisers").
vocab tp_staff_ref = /\b(?:those|these|such|the\s+selected|the\s+chosen|the\s+nominated|each\s+such)\s+(?:[\w-]+\s+){0,2}?(?:agents?|handlers?|advis[eo]rs?|employees?|staff|colleagues?|team\s+(?:members?|leaders?)|representatives?|individuals?|consultants?|associates?)\b/
  # ... or the award's own title, which names who wins it: 'a "Best Expert of the Month" award'
  | /\b(?:operator|agent|advis[eo]r|consultant|officer|expert|employee|colleague|associate)\s+of\s+the\s+(?:month|quarter|year)\b/

vocab tp_cx_behaviour = "customer-centric" | "customer centric" | "customer-focused" | "customer focused"
                      # the thanks of the people served: "on the basis of depositors' thanks and listening results"
                      | /\b(?:{end_customer}|customer|client|caller)s?['’]?\s+(?:thanks|compliments|praise|gratitude)\b/
                      # Korean drafting's satisfaction call-back ("happy call"), and kindness shown in the answers:
                      # "on the basis of happy-call results and kind and accurate responses"
                      | /\bhappy[\s-]calls?\b/
                      | /\b(?:kind|courteous|friendly|polite|helpful|warm)\s+(?:and\s+[\w-]+\s+)?(?:responses?|answers?|manner|attitude)\b/
                      # the satisfaction of the people served, by their own name: "on the basis of the satisfaction
                      # of vehicle owners and the correctness of answers"
                      | /\bsatisfaction\s+(?:of|among)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:owners|users|callers|customers|(?:{end_customer})s)\b/
                      # ("singled out for their kindness and helpfulness towards users")
                      # ("show the greatest courtesy and care for construction workers")
                      | /\b(?:kindness|helpfulness|friendliness|courtesy|empathy)(?:\s+and\s+[\w-]+)?\s+(?:towards?|to|with|for)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:users?|customers?|callers?|citizens?|residents?|members?|patients?|clients?|workers?|applicants?|beneficiaries)\b/
                      | "customer first" | /\b(?:guest|visitor|member|caller|passenger|rider|patient|buyer|resident|citizen|user|ratepayer|taxpayer|{end_customer})[- ]first\b/
                      | "customer experience" | "customer satisfaction" | /\bCSAT\b/
                      | /\bt?NPS\b/ | "net promoter" | "quality score" | "quality assurance" | "quality evaluation"
                      | "compliment" | "customer feedback" | "customer orientation" | "customer-oriented"
                      | "call evaluation" | "call evaluations"
                      # "the most appreciative Claimant comments"
                      | /\b(?:appreciative|positive|grateful)\s+(?:[\w-]+\s+)?(?:comments|feedback|remarks|messages)\b/
                      # judged by the people served: "the operators whose attention best reflects the
                      # attention policy, based on member-user evaluations"
                      | /\b(?:{end_customer}|customers?|users?|members?|callers?|citizens?|residents?)(?:[- ]users?)?['’]?\s+(?:evaluations?|ratings?|assessments?)\b/
                      # "the highest mystery-call score for a helpful and client-friendly approach"
                      | /\b(?:client|customer|caller|member|citizen|user)[\s-]friendly\b/ | /\bmystery[\s-](?:calls?|shop(?:per|ping)?)\s+scores?\b/
                      # feedback from the end customers under the sector's name ("owner feedback",
                      # "seller feedback")
                      | /\b(?:{end_customer}|owner|seller|player)s?['’]?\s+feedback\b/
                      # Chosen by the customers, or for the care they were shown ("nominated by
                      # Members for outstanding member care", "whose care for stranded drivers").
                      | /\b(?:outstanding|exceptional|excellent|exemplary)\s+(?:[\w-]+\s+){0,2}(?:care|service|experience)\b/
                      | /\b(?:nominated|chosen|voted|praised|thanked|commended|complimented|valued|rated|ranked|appreciated)\s+by\s+(?:the\s+|our\s+|your\s+|its\s+)?(?:{end_customer}|owner|driver|user)s?\b/
                      # "on the basis of the comments received from growers"
                      # ("the best evaluations and comments from THE PRINCIPAL's students and customers")
                      # ("on the basis of the thanks received from elderly callers")
                      | /\b(?:comments|feedback|compliments|nominations|praise|ratings|reviews|thanks)\s+(?:received\s+|given\s+)?(?:from|by)\s+(?:the\s+|our\s+|your\s+|its\s+)?(?:[\w-]+['’]s\s+)?(?:elderly\s+|older\s+|young\s+|new\s+)?(?:{end_customer}|customer|caller|guest|member|buyer|passenger|user|client|student|consumer)s?\b/
                      # the customers' praise, or help given beyond the call of duty: "the best quality and
                      # consumer praise", "helped frightened or upset callers with particular care", "has
                      # done most to help Buyers", "went beyond the script to help a customer"
                      | /\b(?:consumer|customer|caller|guest|member)s?['’]?\s+praise\b/
                      # the way the customers are treated: "best show the co-op's patient, neighbourly way of treating members"
                      | /\b(?:way|manner)\s+of\s+(?:treating|dealing\s+with|serving|looking\s+after|caring\s+for|helping)\s+(?:the\s+|its\s+|our\s+|your\s+)?(?:{end_customer}|customer|caller|guest|member|buyer|passenger|user|client|student|consumer)s?\b/
                      | /\bhelp(?:ed|s|ing)?\s+(?:[\w-]+\s+){0,3}?(?:callers?|customers?|consumers?|guests?|members?|{end_customer}s?)\s+with\s+(?:particular|special|great|real|exceptional)\s+care\b/
                      | /\b(?:done|did|does)\s+(?:the\s+)?most\s+to\s+help\b/
                      | /\bbeyond\s+the\s+(?:script|call\s+of\s+duty)\b/ | "extra mile"
                      # the care shown, as the award puts it: "the agent whose contacts best showed warmth, care
                      # and ownership of the customer's problem", "officers who have shown the most patience"
                      | /\b(?:best|most)\s+(?:show(?:ed|n|s)?|demonstrat(?:ed|es?)|display(?:ed|s)?|embod(?:ied|ies|y))\s+(?:the\s+)?(?:warmth|care|empathy|kindness|courtesy|ownership|patience|helpfulness)\b/
                      | /\b(?:shown|showed|shows|show|demonstrated)\s+the\s+most\s+(?:warmth|care|empathy|kindness|courtesy|patience|helpfulness)\b/
                      # "the agent who has best demonstrated warm and respectful treatment of citizens"
                      # "for agents whose conduct towards beneficiaries stands out in audits and surveys"
                      | /\b(?:conduct|behaviou?r|attitude|manner)\s+(?:towards?|with)\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:{end_customer}|customers?|callers?|beneficiar(?:y|ies)|citizens?|members?|patients?|residents?|guests?|consumers?|users?)\b/
                      | /\b(?:warm|respectful|courteous|kind|friendly|empathetic|caring|patient)\s+(?:(?:and|,)\s+[\w-]+\s+)?(?:treatment|service|attention|care)\s+(?:of|to|for)\s+(?:the\s+)?(?:{end_customer})s?\b/
                      # "the agent whose guests gave the warmest feedback", "the best reviews"
                      | /\b(?:warmest|best|highest|top|most\s+positive|kindest)\s+(?:[\w-]+\s+)?(?:feedback|reviews?|ratings?|comments)\b/
                      # "the agent who received the most praise from ships' crews"
                      | /\b(?:praise|compliments|thanks)\s+from\s+(?!(?:the\s+)?(?:{client}|{provider})\b)(?:the\s+|our\s+|your\s+)?[\w'’-]+/
                      | /\bfeedback\s+(?:from|of)\s+(?:the\s+|our\s+|your\s+|its\s+)?(?:{end_customer}|owner|seller|player|user)s?\b/
                      # singled out by them: "the agents whom Guests or the Sugarhouse single out for warm service"
                      | /\bwhom\s+(?:the\s+|our\s+|your\s+|its\s+)?(?:{end_customer}|owner|seller|buyer|player|user)s?\b[^.;]{0,30}?\b(?:single\s+out|singles\s+out|nominate|nominates|choose|chooses|praise|praises|praised|commend|commends|commended|compliment|compliments|complimented|thank|thanks|thanked|singled\s+out|nominated|chose|chosen)\b/
                      # chosen for how the agent treats them: "to the agent whose handling of Buyers during
                      # the month best reflects the welcome ..."
                      | /\bwhose\s+(?:[\w-]+\s+)?(?:handling|treatment|care|service|welcome)\s+(?:of|for|to)\s+(?:the\s+|our\s+|your\s+|its\s+)?(?:{end_customer}|owner|seller|buyer|player|user)s?\b/
                      | /\b(?:care|empathy|kindness)\s+for\s+(?:[\w-]+\s+){0,2}(?:{end_customer}|driver)s?\b/
                      | /\b(?:best|most)\s+(?:looked|look|looks)\s+after\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:{end_customer}|user)s?\b/
                      # the qualities of the service itself, or what the people served said of it
                      | /\b(?:customer|visitor|member|caller|guest|passenger|citizen|client|user|rider|patient|employee)[- ]focused\b/
                      | /\b(?:customer|visitor|member|caller|guest|passenger|citizen|user|rider|patient|employee)s?['’]?\s+(?:comments?|compliments?|praise|ratings?|nominations?)\b/
                      # "agents whose handling of Workers shows the care and respect described in the strategy"
                      # ... "operators who have shown the greatest attentiveness and care towards Buyers"
                      | /\bshow(?:s|ed|n|ing)?\s+(?:the\s+)?(?:real\s+|genuine\s+|greatest\s+|most\s+|particular\s+)?(?:care|respect|empathy|courtesy|kindness|patience|attentiveness)\b/
                      # "the desk agents whom Skippers and the Buyer's quay staff name as most helpful",
                      # "the agents who did the most to help a family get its order right"
                      | /\b(?:did|does|do|doing)\s+(?:the\s+)?most\s+to\s+help\b/ | /\b(?:went|go|goes|going)\s+the\s+extra\s+mile\b/
                      | /\b(?:most|especially|particularly|exceptionally)\s+(?:helpful|courteous|caring|friendly|patient|attentive|considerate)\b/
                      # "the best driver satisfaction ratings", "exemplary conduct towards Users"
                      | /\bsatisfaction\s+(?:ratings?|scores?)\b/
                      | /\b(?:outstanding|exceptional|excellent|exemplary)\s+(?:conduct|behaviou?r|attitude)\s+(?:towards?|with)\s+(?:the\s+)?(?:{end_customer}|user|driver)s?\b/
                      | "call monitoring" | "quality monitoring" | "empathy" | "patience" | "courtesy" | "courteous"
                      # the end customer's feedback under the sector's name for the customer
                      | /\b(?:{end_customer})s?['’]?\s+(?:[\w-]+\s+){0,2}?(?:feedback|comments|compliments?|survey\s+responses?)\b/
                      # going out of the way for the people served: "the agent who went furthest to keep a
                      # farmer's operation going", "went the extra mile", "going out of their way to help"
                      | /\b(?:went|goes|go|going|gone)\s+(?:(?:the\s+)?(?:furthest|farthest|extra\s+mile|above\s+and\s+beyond)|out\s+of\s+(?:their|his|her|your|its|our)\s+way)\b/
                      # "the adviser who best helped teachers ... chosen on the call-back comments of teachers"
                      # ... "naming the agent who best solved a customer's problem"
                      | /\b(?:best|most)\s+(?:helped|solved|resolved|fixed|served|looked\s+after|assisted)\b/ | /\b(?:call-?back|follow-?up)\s+(?:comments|feedback|surveys?)\b/
                      # the provider's own quality reviews of the staff's conversations
                      | "quality review" | "quality reviewer" | "quality audit" | "call quality"
                      # care, empathy or courtesy shown to the end customer
                      | "empathy" | "empathetic" | "empathise" | "courtesy"
                      | /\b(?:care|concern|respect)\s+(?:for|towards?)\s+(?:the\s+|our\s+|its\s+)?(?:{end_customer})s?\b/
                      # what the people served said: "based on what clients and families have told us"
                      | /\bwhat\s+(?:our\s+|the\s+|their\s+)?(?:clients|customers|callers|members|families|patients|users|residents|guests|passengers|{end_customer})(?:\s+and\s+(?:their\s+)?[\w-]+)?\s+(?:have\s+)?(?:told|tell|said|say)\b/
                      # ... whatever the sector calls them, when it is said of the staff: "what hikers tell
                      # us about the person who helped them"
                      | /\bwhat\s+(?:our\s+|the\s+|their\s+)?[a-z]+s\s+(?:have\s+)?(?:told|tell|said|say|write|wrote)\s+(?:us\s+|you\s+)?about\s+(?:the\s+)?(?:person|people|agents?|staff|advis[eo]rs?)\b/
                      # going beyond for the people served: "who has gone out of their way for a boater"
                      | /\b(?:go|goes|gone|went|going)\s+(?:out\s+of\s+(?:their|his|her|its|the)\s+way|the\s+extra\s+mile|above\s+and\s+beyond)\b/
                      # thanked by the people served: "whose calls earned the most thanks from growers"
                      | /\b(?:thanks|praise|compliments|gratitude|appreciation)\s+(?:from|of)\s+(?:the\s+|our\s+|your\s+|its\s+)?(?:{end_customer}|owner|driver|user|buyer|fisherm[ae]n)s?\b/
                      # living up to the promise made to them: "whose handling of Owners best reflects the Owner Promise"
                      | /\b(?:best\s+|most\s+)?(?:reflects?|embod(?:y|ies)|lives?\s+up\s+to|exemplif(?:y|ies))\s+(?:the\s+|our\s+|its\s+|your\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:promise|values|standards?|charter|principles|ethos)\b/
                      | "behaviour" | "behavior" | "values" | "service excellence" | "exceptional service"
                      | "outstanding service" | "customer outcome"

# Closed-loop continuous improvement.
# ("improvement" also matches "improve" and "improving".)
vocab tp_ci_item = "continuous improvement" | "improvement" | "improve" | "innovation" | "lessons learned" | "optimisation"
                 | "efficiency gain" | "efficiency saving"
                 # Nordic drafting's "development proposal" (kehitysehdotus, utvecklingsförslag)
                 | /\bdevelopment\s+(?:proposals?|ideas?|suggestions?|initiatives?)\b/
                 # "at least two ideas each quarter for making the booking journey simpler"
                 | /\bideas?\s+(?:\w+\s+){0,3}?(?:for|on)\s+(?:making|simplifying|improving|reducing|shortening|easing)\b/
                 # "three written ideas for doing the work better"
                 | /\bideas?\s+(?:for|on|about)\s+(?:doing|making|running|handling)\s+(?:[\w'’-]+\s+){0,3}?better\b/
vocab tp_submit = "submit" | "propose" | "proposal" | "present" | "recommend" | "recommendation"
                | /\bprovid(e|es|ed|ing)\b/ | "deliver" | "identify" | "put forward" | "prepare" | "suggest"
                | "suggestion" | "produce" | "raise" | "idea" | "plan"
vocab tp_track = "owner" | "track" | "register" | "log" | "tracker" | "closure" | "closed" | "close out"
               | "until complete" | "until completed" | "to completion" | "until implemented"
               | "implementation plan" | "action plan" | "progress" | "status" | "follow up" | "follow-up"
               | "target date" | "due date"
               # "entered in the Continuous Improvement Plan with a responsible person and a deadline, and ... followed by
               # the Contract Manager until its completion is recorded"
               | "deadline" | "responsible person" | "person responsible"
               | /\buntil\s+(?:its|their|the)\s+(?:completion|closure|implementation)\b/
               # plain English: "we'll agree who owns it and when it's due, and you'll keep the list
               # updated until the idea is done or dropped"
               | /\bwho\s+owns\s+(?:it|each|them)\b/ | /\bwhen\s+(?:it['’]s|it\s+is|each\s+is|they['’]re|they\s+are)\s+due\b/
               | /\buntil\s+(?:the\s+|it\s+|each\s+)?(?:[\w-]+\s+)?(?:is|are|has\s+been|have\s+been)\s+(?:done|finished|complete|completed|implemented|closed|delivered)\b/
vocab tp_ci_heading = "continuous improvement" | "improvement" | "innovation"
# What was submitted, and the marks of a closed loop on it (an owner, a log, closure).
vocab tp_ci_record = "idea" | "proposal" | "recommendation" | "suggestion" | "improvement"
vocab tp_ci_register = /\b(?:continuous\s+)?improvement\s+(?:register|log|tracker)\b/
vocab tp_owned = /\b(?:assigned|given|has|have|with)\s+(?:an?\s+|a\s+named\s+)?owner\b/
# (An owner given to the action: "Customers" defined as "owners and drivers of vehicles" own none.)
vocab tp_track_strong = /\b(?:an?|the|its|their|each|one|named|responsible|action|accountable|designated)\s+owners?\b/ | "improvement log" | "action log" | "register" | "tracker" | "closure" | "closed"
                      | "close out" | "until implemented" | "until completed" | "to completion" | "due date"
                      | "target date"

# Joint innovation and joint investment.
# (not one party's own: "an internal innovation budget" kept "at its own expense")
vocab tp_joint_innovation = /(?<!\binternal\s)(?<!\bown\s)(?<!\bits\s)\binnovation\s+(?:fund|pool|budget)s?\b/ | "transformation fund"
                          | "investment fund" | "joint initiative" | "joint investment"
                          | /\bjoint\s+projects?\b(?!\s+(committee|team|manager|board|group|plan|office|management|steering|executive|lead))/
                          | "co-investment" | "co-invest" | "co-fund" | "jointly invest" | "jointly fund"
                          | /\bco-?financ(?:e|es|ed|ing)\b/
                          | "joint innovation" | "joint pilot" | "jointly develop" | "joint development"
                          | /\bjoint\s+(?:[\w-]+\s+){1,2}?(?:initiative|pilot)s?\b/
                          # "The parties shall jointly organise at least four affiliation outreach campaigns ..., with
                          # the Entity providing registration staff and the Contractor providing bilingual operators"
                          | /\bjointly\s+(?:organi[sz]e|run|carry\s+out|conduct|deliver|launch)\s+(?:at\s+least\s+)?(?:[\w-]+\s+){0,4}?(?:campaigns?|projects?|initiatives?|pilots?)\b/
                          | /\bjointly\s+(?:implement|run|carry\s+out|deliver|develop|fund|launch|pilot)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:initiative|project|pilot|programme|program)\b/
                          # "The parties shall carry out jointly a project of SMS reminders"
                          # (... "shall carry out together, during the first year, a pilot project")
                          # new material designed and paid for by both: "The parties jointly design and fund, in equal
                          # shares, multilingual guides and video tutorials"
                          | /\bjointly\s+(?:design|develop|create|build|produce)\s+and\s+(?:fund|finance|pay\s+for|co-?finance)\b/
                          # ('shall also carry out together the "Antigua Up to Date" (Antigua al Día) initiative')
                          | /\b(?:carry\s+out|undertake|conduct|run)\s+(?:jointly|together)\b[^.;]{0,60}?\b(?:projects?|pilots?|trials?|initiatives?)\b/
                          # "we'll jointly build and pay for a text-message reminder pilot"
                          | /\bjointly\s+(?:build|design|create|fund|finance|launch|trial|test|pay\s+for|conduct|carry\s+out|undertake|run)(?:\s+and\s+(?:build|design|create|fund|finance|launch|run|test|pay\s+for))?\b[^.;]{0,50}?\b(?:pilot|trial|project|initiative|experiment|prototype)s?\b/
                          | "shared investment"
                          # plain English: "Together we'll build a WhatsApp payment statement service"
                          | /\b(?:together|jointly),?\s+(?:we|the\s+parties|you\s+and\s+we|we\s+and\s+you)\s*(?:['’]ll|\s+will|\s+shall)\s+(?:build|develop|create|design|launch|pilot|introduce)\s+(?:[\w'’-]+\s+){1,5}?(?:service|tool|app|system|feature|portal|product|pilot|solution|chatbot|platform)s?\b/
                          # (not one party's own: "The Supplier shall maintain its own innovation programme at its own cost")
                          | /(?<!\bown\s)(?<!\bits\s)\binnovation\s+program(?:me)?s?\b/
                          # plain words: "We'll each put $15,000 a year into a shared pot for projects"
                          # ... and named: "each put £1,500 a year into a shared New Ideas Pot"
                          | /\b(?:shared|joint|common)\s+(?:(?-i:[A-Z][\w'’-]*)\s+){0,3}?(?:pot|kitty|purse|fund|budget)\b/
                          # (an "innovation lab" alone is usually the provider's own; a joint one says so)
                          | /\bjoint\s+(?:[\w-]+\s+){0,3}?(?:lab|labs|laboratory|studio|incubator|accelerator|fund|budget|pool)\b/
                          # "the parties shall jointly carry out at least one pilot project each year"
                          | /\b(?:jointly|together)\s+(?:carry\s+out|run|conduct|undertake|deliver|develop|launch|design|fund|finance|set\s+up)(?:\s+and\s+(?:finance|fund|run|carry\s+out|deliver|launch))?\s+(?:[\w-]+\s+){0,5}?(?:pilots?|trials?|projects?|initiatives?|experiments?)\b/
# Costs the parties carry together ("with costs shared equally", "jointly staffed and funded").
vocab tp_cost_shared = /\bcosts?\s+(?:of\s+(?:the|this|that|each|any)\s+[\w-]+\s+)?(?:\w+\s+){0,2}?(?:shared|split|borne\s+(?:equally|jointly))\b/
                     # "share equally the cost of a project"
                     | /\b(?:share|split|bear)\s+(?:equally|evenly|jointly)\s+(?:the\s+)?costs?\b/
                     # "The costs of the pilot project shall be borne by the Parties in equal shares"
                     | /\bcosts?\b[^.;]{0,100}?\bborne\s+(?:by\s+(?:the\s+parties|both\s+parties|both\s+of\s+us|us\s+both)\s+)?(?:in\s+equal\s+(?:shares|parts|proportions)|equally|jointly)\b/
                     | /\b(?:share|split|bear)\s+(?:the\s+|its\s+|their\s+)?costs?\s+(?:equally|evenly|jointly|between\s+them|between\s+us|50\s*[\/-]\s*50|fifty[\s-]fifty|half\s+and\s+half)\b/
                     | "jointly funded" | "co-funded" | "funded equally" | "jointly staffed and funded"
                     # each side paying in: "a pilot fund ..., to which each Party contributes EUR 40,000"
                     | /\b(?:each|both)\s+(?:party|parties|of\s+us|side)\s+(?:shall\s+|will\s+)?contribut(?:es?|ing)\b/
                     # "a joint programme, financed by them in equal shares"
                     | /\b(?:financed|funded|paid\s+for)\s+(?:by\s+(?:them|both\s+parties|the\s+parties|us\s+both|both\s+of\s+us)\s+)?(?:in\s+equal\s+(?:shares|parts|proportions)|equally|jointly)\b/
                     # each paying in: "Operator and Vendor shall each contribute $60,000 per Contract Year"
                     | /\b(?:shall|will)\s+each\s+contribute\b/ | /\b(?:both|each)\s+contribute\b/ | "contribute equally"
                     | /\b(?:shall|will|['’]ll)\s+each\s+(?:put|pay|set\s+aside)\b/
                     | /\beach\s+of\s+(?:us|them|the\s+parties)\s+(?:shall|will|must|['’]ll)\s+(?:put|pay|contribute|set\s+aside)\b/
                     | /\beach\s+(?:party|of\s+us|of\s+the\s+parties)\s+(?:shall|will|must)\s+contribute\b/
vocab tp_joint_word = "joint" | "jointly" | "together" | "collaborative" | "collaboratively" | exact "shared" | "mutual"
# Joint initiatives the parties only talk about are not joint initiatives.
vocab tp_talk = "discuss" | "discussion" | "explore" | "consider whether" | "talk about" | "exchange views" | "suggest"
  # "The parties may agree to consider joint projects in future Selling Seasons"
  | /\bagree\s+to\s+consider\b/
  # ... or "We may agree to work on joint projects together in future"
  | /(?<=\bmay\s)agree\s+to\s+(?:work|collaborate|cooperate|co-operate|partner|invest|run|carry)\b/
  | "look at" | "look into"
# "will consider in good faith whether to establish a joint innovation budget": an agreement to agree.
# (Not whether to go on with one already run: "shall jointly run ... a pilot ..., and shall decide at its
# end whether to extend it".)
vocab tp_whether = /\b(?:consider|discuss|explore|assess|evaluate|decide)\s+(?:[\w-]+\s+){0,5}?whether\b(?!\s+(?:or\s+not\s+)?to\s+(?:extend|continue|renew|prolong|keep|roll\s+out|scale)\b)/
  # "The parties will examine in good faith the possibility of setting up a joint innovation fund"
  | /\b(?:examine|consider|explore|study|assess|evaluate|discuss)\s+(?:in\s+good\s+faith\s+)?(?:the\s+)?(?:possibility|feasibility|advisability|opportunity)\s+of\b/

vocab tp_innovation_word = "innovation" | "initiative" | "investment" | "invest" | "fund" | "pilot"
                         | "transformation" | "experiment"
                         # a fund by its plain name: "a shared improvement pot"
                         | /\b(?:improvement|innovation|development|project)\s+pots?\b/
                         # ... or a pot of any name, to try new things: "a "try-it pot""
                         | /\b(?:try|trial|test|ideas?|pilot)(?:-it)?["”]?\s*pots?\b/

# Training and knowledge-base material kept current; training on the client's CX vision.
vocab tp_material = "knowledge base" | "knowledge-base" | "knowledge article" | "knowledge management"
                  # translated drafting: "the Helpline's information base"
                  | "information base" | "knowledge bank" | "reference material" | "reference materials"
                  | "reference guide"
                  # "the Desk Knowledge Library", "the knowledge repository"
                  | /\bknowledge\s+(?:library|libraries|repository|repositories|hub|portal)\b/
                  # "its Lodge Guide Book, containing rates, packages ..."
                  | "guide book" | "guidebook"
                  # "The Operator shall maintain a desk guide covering every process the Desk performs"
                  | /\b(?:desk|call|agent|process|service|operations?|staff|adviser|advisor)\s+guides?\b/
                  | "training material" | "training" | "script" | "process documentation" | "work instruction"
                  | /\bFAQs?\b/ | "procedure manual" | "operations manual" | "process guide" | "standard operating procedure"
                  | /\bSOPs?\b/ | "call guide" | "desk aid" | "job aid" | "playbook" | "handbook"
                  # "shall revise the response manual and the frequently asked questions within three business days"
                  | /\b(?:response|answer|reply|agent|operator|adviser|advisor|service|call[\s-]handling|helpdesk|help\s+desk)\s+manuals?\b/
                  | "frequently asked questions"
                  # "the instructions used by its nurses", "the health centres' local instructions"
                  | /\binstructions\s+used\s+by\b/ | /\b(?:local|work(?:ing)?|operating|handling|call|desk)\s+instructions\b/
vocab tp_update = "update" | "revise" | "refresh" | "reflect" | "incorporate"
                # "bring its order handbook ... into line with any change"
                | /\bbring\w*\s+(?:[\w'’-]+\s+){0,8}?into\s+line\s+with\b/ | "align"
vocab tp_change = "change" | "amendment" | "new product" | "new policy" | "new process" | "launch"
                | "modification" | "variation" | "notified" | "notification"
                # "within three (3) working days after the PDE issues a new or revised protocol"
                | /\b(?:new|revised|updated|amended)\s+(?:or\s+(?:new|revised|updated|amended)\s+)?(?:protocols?|procedures?|polic(?:y|ies)|rules?|guidelines?|tariffs?|forms?|instructions?|scripts?)\b/
vocab tp_current = "up to date" | "up-to-date" | "kept current" | "keep current" | "current and accurate"
                 | "accurate and current"
                 # the material named between: "keep the Helpdesk knowledge base and scripts current"
                 | /\b(?:keep|keeps|kept|keeping|maintain|maintains|maintained)\s+(?:the|its|their|our|your|all)\s+(?:[\w-]+\s+){1,6}?(?:current|up[\s-]to[\s-]date)\b/
vocab tp_train = "train" | "training" | "induction" | "onboarding" | "immersion" | "coaching" | "educate"
               | "orientation"
               # agents at a briefing (not the client briefing the provider on its strategy)
               | /\b(?:attend|attends|attending|receive|receives|complete|completes)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?briefings?\b/
               # "every new agent shall complete a half-day module on the grower-service charter"
               | /\b(?:training\s+|learning\s+|e-?learning\s+|half-day\s+|one-day\s+)?modules?\s+on\b/
vocab tp_cx_vision = "customer experience vision" | "CX vision" | "customer experience principles"
                   | "customer experience strategy" | "CX strategy" | "brand values" | "brand immersion" | "brand"
                   | "service ethos" | "customer promise" | "customer-centric" | "customer centric" | "values"
                   | "customer experience standards" | "service vision"
                   # the client's own vision for its service: "training on the Bureau's vision"
                   | /\b{client's}\s+(?:[\w-]+\s+)?vision\b/
                   # the experience the client means to give: "a briefing on the angler experience the
                   # Lodge aims to offer"
                   | /\bexperience\s+(?:that\s+|which\s+)?(?:the\s+|our\s+|its\s+)?(?:{client}|we)\s+(?:aims?|wants?|wish(?:es)?|intends?|seeks?|means?)\s+to\s+(?:offer|give|provide|deliver|create)\b/
                   # the client's promise or charter to its customers ("Fair Claim Promise")
                   | "promise" | "customer charter" | "service charter" | "customer pledge"
                   # "the grower-service charter", "the passenger care charter"
                   | /\b(?:{end_customer})s?[\s-]+(?:service|experience|care)\s+charter\b/
                   | /\bcharter\s+for\s+(?:the\s+)?(?:way|how)\b/
                   # the client's own charter for its service: "on the Distributor's charter "Every Teacher Served""
                   | /\b{client's}\s+(?:[\w-]+\s+)?charter\b/ | "spirit of service"
                   # the client's standard for how its people are served: "the Customer's Guest Hospitality Standard"
                   | /\b{client's}\s+(?:[\w-]+\s+){0,2}?(?:hospitality|service|experience|care|welcome)\s+(?:standards?|principles|code)\b/

# ---- rules -------------------------------------------------------------------------------------
# A rule whose message quotes a cadence that is too rare reads "(A) or ((A) and not (B))": the
# second branch never holds unless A does, but when the rule fails it carries the too-rare cadence
# B that was found into the message.

# One party working alone and passing on the result: "Party A will map the Guest journey ... on its own
# and will share the journey maps with Party B for reference only".
vocab tp_alone = /\b(?:on\s+its\s+own|by\s+itself|on\s+their\s+own|unilaterally|for\s+(?:reference|information)\s+(?:only|purposes\s+only))\b/

rule TP-001 "The parties map customer journeys together at least twice a year" {
  area: partnership
  severity: medium
  source: "003 (Table 1: Customer Personas and Journey Maps, biannual)"
  require: (sentence mentions tp_journey and mentions tp_joint and has frequency >= twice a year
            and not (mentions tp_journey near tp_rare within 3 words) and not mentions tp_alone)
        or ((sentence mentions tp_journey and mentions tp_joint and has frequency >= twice a year
             and not (mentions tp_journey near tp_rare within 3 words) and not mentions tp_alone)
            and not (sentence mentions tp_journey and has frequency < twice a year))
  message: "Joint customer journey mapping must happen at least twice a year[; the cadence found is {frequency}]."
  fix: "The parties shall jointly conduct a customer journey mapping exercise at least once every six (6) months, covering the customer journeys served by the Supplier, and shall agree the resulting improvement actions, their owners and their due dates."
  tags: partnership, journey-mapping, customer-experience
  examples {
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Twice a year we'll walk through a guest's whole stay together, from the first search to the trip home, and write down what we'll change."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Once a year we'll walk through a guest's whole stay together, from the first search to the trip home."""
    pass: """This Agreement is made between Fjord Cabins AS (the "Principal") and Leknes Contact AS (the "Supplier").

The Supplier shall provide the Services to the Principal.

Before each winter season and before each summer season, the parties shall together map the guest journey."""
    gap: """This Agreement is made between Fjord Cabins AS (the "Principal") and Leknes Contact AS (the "Supplier").

The Supplier shall provide the Services to the Principal.

Before each winter season, the parties shall together map the guest journey."""
    gap: """This Agreement is made between Seogwipo Farm-Stay Association ("Party A") and Tamna Contact Co., Ltd. ("Party B").

Party B shall provide the Services to Party A.

Each quarter, Party A will map the guest journey for farm stays on its own and will share the journey maps with Party B for reference only."""
    pass: """This Agreement is made between Seogwipo Farm-Stay Association (the "Client") and Tamna Contact Co., Ltd. (the "Provider").

The Provider shall provide the Services to the Client.

Each quarter, the parties will map the guest journey for farm stays together in a joint workshop."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

Three times a year, every four months, we and you will sit down together and map out how Members and Customers experience dealing with you, from the first call to the delivery, and agree what to change."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

Once a year we and you will sit down together and map out how Members and Customers experience dealing with you, from the first call to the delivery."""
    pass: """This Agreement is made between Ormer Private Bank Limited ("Ormer") and Tidewell Contact Limited (the "Supplier").

The Supplier shall provide the Services to Ormer.

Every six months, people from both Ormer and the Supplier will sit down together to trace, step by step, what a client goes through, from the first call to the point where the matter is closed."""
    gap: """This Agreement is made between Ormer Private Bank Limited ("Ormer") and Tidewell Contact Limited (the "Supplier").

The Supplier shall provide the Services to Ormer.

Every year, people from both Ormer and the Supplier will sit down together to trace, step by step, what a client goes through, from the first call to the point where the matter is closed."""
    pass: """This Agreement is made between Harbour Homes Association (the "Association") and Repairline Limited (the "Contractor").

The Contractor shall take repair calls for the Association.

10.2 Twice in each Contract Year, the Association and the Contractor shall jointly trace the experience of Tenants reporting repairs, from the first call to the completed repair, recording each touchpoint."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

36. Every four months, we'll sit down together and map how people find us, call the line, get assessed, and end up with advice or a referral."""
    pass: """This Agreement is made between Akamas Bay Capital Ltd (the "Firm") and Troodos Contact Solutions Ltd (the "Service Company").

The Service Company shall provide the Services to the Firm.

10.1 Every six months the parties shall hold a joint workshop to map the Client onboarding and funding journey, from registration to the first trade."""
    gap: """This Agreement is made between Akamas Bay Capital Ltd (the "Firm") and Troodos Contact Solutions Ltd (the "Service Company").

The Service Company shall provide the Services to the Firm.

10.1 Every six months the Service Company shall map the Client onboarding and funding journey, from registration to the first trade, and send the map to the Firm."""
    pass: """This Agreement is made between Kestrel Point Trails Authority (the "Authority") and Bramble Reach Contact Services Limited (the "Contractor").

The Contractor shall answer the visitors of the Authority on its behalf.

(1) Every four months the Customer Lead and the Contact Manager shall together trace the way a visitor travels, from finding a trail to returning home, and record where visitors get stuck."""
    gap: """This Agreement is made between Kestrel Point Trails Authority (the "Authority") and Bramble Reach Contact Services Limited (the "Contractor").

The Contractor shall answer the visitors of the Authority on its behalf.

(1) Every eighteen months the Customer Lead and the Contact Manager shall together trace the way a visitor travels, from finding a trail to returning home, and record where visitors get stuck."""
    pass: """This Contract is made between Distillerie Anse Noire SAS (the "Principal") and Relais Caraibes SARL (the "Service Company").

The Service Company shall operate a distributor order desk for the Principal.

9.1 In each half of the calendar year the Parties shall together map the Distributor journey, from the first price request to the receipt of the goods."""
    gap: """This Contract is made between Distillerie Anse Noire SAS (the "Principal") and Relais Caraibes SARL (the "Service Company").

The Service Company shall operate a distributor order desk for the Principal.

9.1 Once in each calendar year the Parties shall together map the Distributor journey, from the first price request to the receipt of the goods."""
    pass: """This Contract is made between Distillerie Anse Noire SAS (the "Principal") and Relais Caraibes SARL (the "Service Company").

The Service Company shall operate a distributor order desk for the Principal.

1.2 "Distributor" means a trade customer of the Principal.

11.1 In January and in July of each year the parties shall jointly trace and chart every step a Distributor takes, from first enquiry to receipt of goods."""
    gap: """This Contract is made between Distillerie Anse Noire SAS (the "Principal") and Relais Caraibes SARL (the "Service Company").

The Service Company shall operate a distributor order desk for the Principal.

1.2 "Distributor" means a trade customer of the Principal.

11.1 In January of each year the parties shall jointly trace and chart every step a Distributor takes, from first enquiry to receipt of goods."""
    pass: """This Agreement is made between Pago Pago Albacore Packers Company (the "Cannery") and Leone Business Services LLC (the "Service Partner").

The Service Partner shall operate the supplier payments desk for the Cannery.

(a) Every four (4) months the parties shall jointly walk through each stage of a Fleet Supplier's experience, from landing to receipt of payment."""
    gap: """This Agreement is made between Pago Pago Albacore Packers Company (the "Cannery") and Leone Business Services LLC (the "Service Partner").

The Service Partner shall operate the supplier payments desk for the Cannery.

(a) Every eighteen (18) months the parties shall jointly walk through each stage of a Fleet Supplier's experience, from landing to receipt of payment."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Every three months we'll sit down with your team for a half-day session and map, step by step, everything a customer goes through, from first finding us online to the follow-up email."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Once a year we'll sit down with your team for a half-day session and map, step by step, everything a customer goes through, from first finding us online to the follow-up email."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Twice a year, in March and September, your Account Lead and team leads will sit down with our Customer Care Manager for a journey walk-through workshop, mapping step by step what a real renter went through."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Once a year, in March, your Account Lead and team leads will sit down with our Customer Care Manager for a journey walk-through workshop, mapping step by step what a real renter went through."""
    pass: "Twice a year the Parties shall together retrace, step by step, the path followed by a Grower from the delivery of the fruit to the weighing slip and the payment, and note where Growers have to call."
    gap: "Once a year the Parties shall together retrace, step by step, the path followed by a Grower from the delivery of the fruit to the weighing slip and the payment."
    pass: "In each half-year the Parties shall jointly describe, stage by stage, the path of a Shipper from the first booking request to the delivery of the wagon, identifying where Shippers wait."
    gap: "Every two years the Parties shall jointly describe, stage by stage, the path of a Shipper from the first booking request to the delivery of the wagon."
    pass: "Every quarter, staff of both parties shall together trace the steps a Tenant goes through, from reporting a leak to the closing of the repair order."
    gap: "Every quarter, the Supplier shall trace the steps a parcel goes through in its own depot."
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Twice a year, in March and September, we'll sit down together and walk through every step a guest takes, from the first search to the rinse-off shower at the harbor."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Once a year we'll sit down together and walk through every step a guest takes, from the first search to the rinse-off shower at the harbor."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Twice a year, you'll walk through every step in your booking platform's release notes."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

Every six months, your team and ours will sit down together and walk through, step by step, what a visitor goes through from the first search to the drive home."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

Once a year, your team and ours will sit down together and walk through what a visitor goes through from the first search to the drive home."""
    pass: "9.1 Twice in each calendar year, the Parties' teams shall hold a joint member-path workshop in which they chart together each step a Member takes, from first enquiry to renewal."
    gap: "9.1 Once in each calendar year, the Parties' teams shall hold a joint member-path workshop in which they chart together each step a Member takes."
    pass: "6.1. Specialists of the Parties shall, at least twice a calendar year, jointly analyse the route of the passenger from the first request to arrival, identifying stages at which passengers encounter difficulties."
    gap: "6.1. Specialists of the Parties shall, once a year, jointly analyse the route of the passenger from the first request to arrival."
    pass: "5.1 Each quarter the representatives of the Parties shall jointly trace the path of a Farmer from the delivery of the crop to the receipt of payment, and list the places where Farmers wait."
    gap: "5.1 Each quarter the Supplier shall trace the path of each parcel through its own warehouse."
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

Every six months, our team and yours will hold a workshop to map the customer journey from first call to delivery."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

Every six months, our team will hold an internal workshop on its call scripts."""
    pass: "Every six (6) months the parties shall together walk through the member's route from first call to renewal, mapping each point at which a member contacts the Client or the Supplier."
    gap: "Once a year the parties shall together walk through the member's route from first call to renewal, mapping each point at which a member contacts the Client or the Supplier."
    pass: "23. Every quarter, the parties shall jointly map the path of a prospective learner, from first enquiry to first class."
    pass: "Each semester, the parties shall jointly map the path of the Member, from delivery at the station to final settlement."
    gap: "Once a year, the parties shall jointly map the path of the Member, from delivery at the station to final settlement."
    pass: "Twice in each calendar year the parties shall jointly walk through and map the route that a landowner or resident follows, from the first contact with the Liaison Line to the closing of the concern."
    gap: "Once in each calendar year the parties shall jointly walk through and map the route that a landowner or resident follows, from the first contact with the Liaison Line to the closing of the concern."
    pass: "Every six months the parties shall hold a joint Patron Path Workshop."
    pass: "Twice a year the Coordinators of both parties shall go over together, step by step, the path that a producer follows from ordering tags until the movements are registered."
    gap: "Twice a year the parties shall jointly review the escalation path."
    # The journey gone through by other verbs, under the name of the people served.
    pass: "Twice each winter we'll sit down together and walk through the homeowner's journey step by step."
    pass: "Every four months the parties shall together trace and document the Client journey."
    gap: "Once a year the parties shall together walk through the homeowner's journey."
    gap: "Twice a year the Supplier shall document the training path of its own agents."
    # A role named for the journey is no mapping of it.
    gap: """| Forum | Members | Frequency |
|---|---|---|
| Joint Executive Committee | three senior people of each party, including the Patient Journey Owner | Quarterly |"""
    pass: "The parties shall jointly carry out, semiannually, an exercise mapping the experience of Dealers from the placing of an order to delivery."
    pass: "Twice in each Financial Year, the Ministry and the Service Provider shall jointly map the visitor journey."
    gap: "Once in each Financial Year, the Ministry and the Service Provider shall jointly map the visitor journey."
    pass: "The parties shall jointly conduct a customer journey mapping exercise every six months"
    pass: "The Client and the Supplier shall hold a collaborative journey mapping workshop each quarter to review the end-to-end customer journey."
    pass: "The Bank and the Service Provider shall, twice in each Contract Year, together refresh the customer journey maps for each product line."
    pass: "Customer journey mapping shall be carried out jointly by the parties on a semi-annual basis."
    pass: "The Company and the Contractor shall run a semi-annual customer journey mapping workshop together."
    gap: "The parties shall jointly review the customer journey map annually."
    gap: "The Supplier shall map customer journeys every six months and share the maps with the Client."
    gap: "Customer journey mapping may be carried out jointly by the parties from time to time."
    pass: "Every six months the Bank and the Service Provider shall jointly map the mortgage application journey and the card dispute journey."
    gap: "Once a year the Bank and the Service Provider shall together map the mortgage application journey."
    gap: "The parties shall hold quarterly business reviews and an annual customer journey mapping workshop."
    gap: "The parties are not required to carry out any joint customer journey mapping more than once every two years."
    pass: """Ina Valley Credit Bank (head office: 1 Main Street, Ina; hereinafter "the Entrusting Party") and Alps Business Service Co., Ltd. (head office: 2 Hill Road, Ina; hereinafter "the Operator") conclude this Agreement.

Article 10

1. Twice in each fiscal year the parties shall jointly review the journey of a bereaved family through the inheritance procedures, from the first call to the final payment."""
    gap: """Ina Valley Credit Bank (head office: 1 Main Street, Ina; hereinafter "the Entrusting Party") and Alps Business Service Co., Ltd. (head office: 2 Hill Road, Ina; hereinafter "the Operator") conclude this Agreement.

Article 10

1. Once in each fiscal year the parties shall jointly review the journey of a bereaved family through the inheritance procedures, from the first call to the final payment."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

10.1 Twice in each Ethiopian fiscal year, in Meskerem and in Megabit, the Parties shall jointly map the journey of a customer from the first call to the resolution of the complaint."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

10.1 Once in each Ethiopian fiscal year, in Meskerem, the Parties shall jointly map the journey of a customer from the first call to the resolution of the complaint."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

12. Each quarter the parties shall jointly map the service path of a resident from the first call to the completed dental visit, and agree on corrective actions."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

12. Each year the parties shall jointly map the service path of a resident from the first call to the completed dental visit."""
  }
}

rule TP-002 "Business reviews cover the client's CX strategy at least quarterly" {
  area: partnership
  severity: medium
  source: "003 (Table 1: CX Strategy, quarterly or monthly)"
  require: (sentence mentions tp_review and mentions tp_cx_strategy and (has frequency >= quarterly or mentions tp_qbr)
            and not (mentions tp_review near tp_rare within 3 words))
        or (paragraph mentions tp_review and mentions tp_cx_strategy and has frequency >= quarterly
            and not has frequency < quarterly)
        or ((sentence mentions tp_review and mentions tp_cx_strategy and (has frequency >= quarterly or mentions tp_qbr)
             and not (mentions tp_review near tp_rare within 3 words))
            and not (sentence mentions tp_review and mentions tp_cx_strategy and has frequency < quarterly))
  message: "No business review aligns the provider with the client's customer-experience strategy at least quarterly[; the cadence found is {frequency}]."
  fix: "The parties shall hold a business review at least once every calendar quarter; each Quarterly Business Review shall include a presentation by the Client of its customer experience strategy and priorities and an agreed plan for how the Services will support them."
  tags: partnership, business-review, customer-experience, strategy
  examples {
    pass: """This Agreement is made between Harbour Salt Ltd (the "Client") and Tide Contact Ltd (the "Supplier").

The Supplier shall provide the Services to the Client.

The Relationship Board shall meet every quarter to review the Client's Guest Promise and how the Supplier's agents are delivering it."""
    gap: """This Agreement is made between Harbour Salt Ltd (the "Client") and Tide Contact Ltd (the "Supplier").

The Supplier shall provide the Services to the Client.

The Relationship Board shall review the Client's Guest Promise once a year."""
    pass: """This Agreement is made between Fjord Cabins AS (the "Principal") and Leknes Contact AS (the "Supplier").

The Supplier shall provide the Services to the Principal.

The Steering Group shall meet once each quarter, and at each meeting reviews the Principal's hospitality strategy for the coming season."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

We will each put two people on a Members' Service Panel. The panel meets every other month.

At each meeting the panel will look at your member experience plan and at whether the way we run the line fits it."""
    pass: """This Agreement is made between Lakeside School District (the "District") and Familyline Inc. (the "Vendor").

The Vendor shall provide the Services to the District.

6.2 The District's Contract Administrator and the Vendor's Account Director shall hold a Quarterly Service Review to review performance, complaints and the Family Engagement Strategy adopted by the Board, and the Vendor's plans to support it."""
    gap: """This Agreement is made between Lakeside School District (the "District") and Familyline Inc. (the "Vendor").

The Vendor shall provide the Services to the District.

6.2 The District's Contract Administrator and the Vendor's Account Director shall hold a Quarterly Service Review to review performance, complaints and the Vendor's employee engagement strategy."""
    pass: """This Agreement is made between Inzu Residences Ltd (the "Operator") and Kigali Contact Ltd (the "Contractor").

The Contractor shall provide the Services to the Operator.

4.3 At each quarterly meeting of the Partnership Board the Operator shall present its residential-life strategy, and the Board shall review how the Helpdesk supports that strategy."""
    pass: """OLAS DEL PACIFICO ESCUELA DE SURF, S.A., hereinafter "THE PRINCIPAL", and SERVICIOS XOLOTLAN, S.A., hereinafter "THE CONTRACTOR", agree as follows.

THE CONTRACTOR shall provide the booking services to THE PRINCIPAL.

a) The Strategic Committee shall be composed of the General Managers of both parties. It shall meet ordinarily once every quarter. At each ordinary session, the Strategic Committee shall review THE PRINCIPAL's guest-experience strategy for the following season."""
    pass: """This Agreement is made between Cape Water Board (the "Board") and Karoo Contact (Pty) Ltd (the "Service Provider").

The Service Provider shall provide the Services to the Board.

6.1 The parties shall establish a Strategic Partnership Forum (the "SPF"). The SPF shall meet once every quarter.

6.2 At each SPF meeting the Board shall present any changes to its customer experience strategy, and the SPF shall review the alignment of the Services with it."""
    gap: """This Agreement is made between Cape Water Board (the "Board") and Karoo Contact (Pty) Ltd (the "Service Provider").

The Service Provider shall provide the Services to the Board.

6.1 The parties shall establish a Strategic Partnership Forum (the "SPF"). The SPF shall meet once a year.

6.2 At each SPF meeting the Board shall present any changes to its customer experience strategy, and the SPF shall review the alignment of the Services with it."""
    pass: """This Agreement is made between Crewlink Maritime Agency, Inc. (the "AGENCY") and Bayside Contact Corp. (the "SERVICE PARTNER").

The SERVICE PARTNER shall operate the crew helpdesk of the AGENCY.

Section 3.01. The Council shall meet monthly and shall at each meeting review the AGENCY's Seafarer Care Strategy and how the helpdesk supports it."""
    gap: """This Agreement is made between Crewlink Maritime Agency, Inc. (the "AGENCY") and Bayside Contact Corp. (the "SERVICE PARTNER").

The SERVICE PARTNER shall operate the crew helpdesk of the AGENCY.

Section 3.01. The Council shall meet monthly and shall at each meeting review the SERVICE PARTNER's Staff Care Strategy."""
    pass: """Open Joint-Stock Company "Pakhta Sharq", hereinafter referred to as the "Customer", and Limited Liability Company "Sharq Call", hereinafter referred to as the "Executor", have concluded this Contract as follows.

The Executor shall operate the farmers desk of the Customer.

3.3. At each quarterly meeting the Joint Council shall consider how the work of the Desk corresponds to the Customer's Farmer Service Charter, the document setting out its commitments to farmers."""
    gap: """Open Joint-Stock Company "Pakhta Sharq", hereinafter referred to as the "Customer", and Limited Liability Company "Sharq Call", hereinafter referred to as the "Executor", have concluded this Contract as follows.

The Executor shall operate the farmers desk of the Customer.

3.3. At each annual meeting the Joint Council shall consider how the work of the Desk corresponds to the Customer's Farmer Service Charter, the document setting out its commitments to farmers."""
    pass: """This Contract is made between Distillerie Anse Noire SAS (the "Principal") and Relais Caraibes SARL (the "Service Company").

The Service Company shall operate a distributor order desk for the Principal.

7.1 A Joint Monitoring Committee shall be constituted, composed of two members appointed by the Principal and two members appointed by the Service Company, which shall meet once every calendar quarter.

7.2 At each meeting the Committee shall review the service levels and the Principal's distributor-service strategy for the following period."""
    gap: """This Contract is made between Distillerie Anse Noire SAS (the "Principal") and Relais Caraibes SARL (the "Service Company").

The Service Company shall operate a distributor order desk for the Principal.

7.1 A Joint Monitoring Committee shall be constituted, composed of two members appointed by the Principal and two members appointed by the Service Company, which shall meet once a year.

7.2 At each meeting the Committee shall review the service levels and the Principal's distributor-service strategy for the following period."""
    pass: """This Agreement is made between Kestrel Point Trails Authority (the "Authority") and Bramble Reach Contact Services Limited (the "Contractor").

The Contractor shall answer the visitors of the Authority on its behalf.

3.2 The Helm Board shall meet each calendar quarter. At each quarterly meeting it shall review how the Contractor's service supports the Authority's Visitor Experience Charter, which sets out how the Authority wants visitors to feel."""
    gap: """This Agreement is made between Kestrel Point Trails Authority (the "Authority") and Bramble Reach Contact Services Limited (the "Contractor").

The Contractor shall answer the visitors of the Authority on its behalf.

3.2 The Helm Board shall meet each calendar quarter. At each quarterly meeting it shall review the Contractor's Agent Experience Charter, which sets out its staff benefits."""
    pass: """This Agreement is made between Harbour Charters Ltd (the "Company") and Windward Bookings Ltd (the "Agent").

The Agent shall answer the guests of the Company on its behalf.

4.2 The agenda of every meeting of the Harbour Relationship Board shall include a review of the Company's customer experience strategy.

## Schedule 5 - Forums

| Forum | Purpose | Meets |
|---|---|---|
| Harbour Relationship Board | strategy, annual plan, renewals | quarterly |"""
    gap: """This Agreement is made between Harbour Charters Ltd (the "Company") and Windward Bookings Ltd (the "Agent").

The Agent shall answer the guests of the Company on its behalf.

4.2 The agenda of every meeting of the Harbour Relationship Board shall include a review of the Company's customer experience strategy.

## Schedule 5 - Forums

| Forum | Purpose | Meets |
|---|---|---|
| Harbour Relationship Board | strategy, quarterly plan, renewals | once a year |"""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Every three months we'll meet you to review the business. At that meeting we'll walk you through where we're taking the customer experience, so that the line keeps in step with it."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Once a year we'll meet you to review the business. At that meeting we'll walk you through where we're taking the customer experience, so that the line keeps in step with it."""
    pass: """This Contract is concluded between Tatranske pramene a.s. (the "Bottler") and Hornad Service Hub s.r.o. (the "Operator").

(1) The Operator shall operate for the Bottler a distributor order desk.

(2) The Partnership Council meets once every calendar quarter. At each meeting the Bottler presents its distributor service strategy and priorities, and the Council reviews how the Operator's performance and plans support them."""
    gap: """This Contract is concluded between Tatranske pramene a.s. (the "Bottler") and Hornad Service Hub s.r.o. (the "Operator").

(1) The Operator shall operate for the Bottler a distributor order desk.

(2) The Partnership Council meets once every year. At each meeting the Bottler presents its distributor service strategy and priorities, and the Council reviews how the Operator's performance and plans support them."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Every three months, our managing director will walk your Line Lead and supervisors through our plans for how pan players and bands should experience Belmont Steel in the coming season, and you will show us how you will line up your team's way of working with those plans."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Once a year, our managing director will walk your Line Lead and supervisors through our plans for how pan players and bands should experience Belmont Steel in the coming season."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Every quarter we will take you through our guest experience plan for the coming season: what guests are telling us, where we want to get better, and how your team fits into that."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Once a year we will take you through our guest experience plan for the coming season."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Every quarter we will take you through the new booking screens."""
    gap: "24. At one Steering Committee meeting in each quarter the Parties shall review Service Level results, contact volumes and staffing. The Client's customer experience strategy and its marketing plans are outside the scope of these reviews."
    pass: "24. At one Steering Committee meeting in each quarter the Parties shall review Service Level results and staffing. The Client shall present its customer experience strategy at that meeting; pricing is outside the scope of these reviews."
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Our managing partner and your chief executive meet every quarter. At each one we go through our guest-experience plan for the next season and agree how your team will support it."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Our managing partner and your chief executive meet every year. At each one we go through our guest-experience plan for the next season and agree how your team will support it."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

Every quarter our operations director will meet your general manager for a business session about your plans for how guests should experience booking with you."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

Every quarter our operations director will meet your general manager for a business session about the invoices."""
    pass: "5.2 At each quarterly meeting the Steering Committee shall review how the Services line up with the Client's Harbour Welcome Blueprint, the Client's written plan for the passenger experience."
    gap: "5.2 At each quarterly meeting the Steering Committee shall review the Supplier's written plan for the staff experience."
    pass: "5.3 Once every quarter, the Steering Committee shall examine how the Services support the Client's written strategy for the quality of life and experience of Residents."
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

We'll set up a "Hiring Line Partnership Table": our HR director and your site manager.

Once each quarter, the Table will spend one meeting on our applicant experience plan: what we want applicants to feel and hear from the first call to their first day."""
    pass: "The Harvest Table meets once in each quarter. Each Harvest Table meeting shall include a review of the Client's customer-experience strategy."
    gap: "The Harvest Table meets once a year. Each Harvest Table meeting shall include a review of the Client's customer-experience strategy."
    pass: "The Supervisory Council shall meet once a quarter. At each meeting it shall review the Client's Concept of Service to Foreign Tourists and the alignment of the Supplier's work with that Concept."
    pass: """This Agreement is made between Sierra Coffee Cooperative (the "Cooperative") and Valle Contact S.A. (the "Contractor").

"Member" means a producer who is a member of the Cooperative.

The parties establish a Follow-up Board, formed by three representatives of each party. The Follow-up Board shall meet in ordinary session once each calendar quarter.

At each ordinary session, the Follow-up Board shall review the Cooperative's member-service strategy for the coming months."""
    pass: "The Harvest Table has two senior people from you and two from us, and it meets every three months. At each Harvest Table meeting you'll walk us through your dealer-experience plan for the coming season."
    gap: "The Harvest Table has two senior people from you and two from us, and it meets once a year. At each Harvest Table meeting you'll walk us through your dealer-experience plan for the coming season."
    pass: "4.1 The Council approves the annual service plan. It shall meet once in every calendar quarter, and at each quarterly meeting it shall review how far the Supplier's service reflects the Client's published strategy for the experience of its Members."
    gap: "4.1 The Council approves the annual service plan. It shall meet once a year, and at that meeting it shall review how far the Supplier's service reflects the Client's published strategy for the experience of its Members."
    pass: "5.4 Every third meeting of the Board shall be an extended quarterly review. At that review the Client shall present its service vision and its roadmap for the experience of Subscribers."
    gap: "5.4 Once a year the Board shall hold an extended review. At that review the Client shall present its service vision and its roadmap for the experience of Subscribers."
    pass: "The Joint Service Board will meet every quarter. At each meeting it will review how well the Supplier's service supports the Council's Court User Experience Strategy."
    gap: "The Joint Service Board will meet every quarter to review the Supplier's employee experience strategy."
    pass: "The Governance Council shall meet every two months and at each meeting shall review the Bank's customer experience and fair collections strategy."
    pass: "Quarterly Business Reviews shall include review of the Client's customer experience strategy"
    pass: "At each monthly Steering Committee meeting the Customer shall brief the Vendor on its CX roadmap and priorities."
    pass: """The parties shall hold a business review once every calendar quarter. Each business review shall cover the Bank's customer experience strategy and how the Services support it."""
    pass: "Each QBR shall include a session on the Company's customer experience objectives for the next two quarters."
    pass: """| Forum | Members | Frequency | Agenda |
|---|---|---|---|
| Strategic Partnership Board | directors of both parties | Quarterly | Direction of the contract and the Buyer's customer experience strategy |"""
    gap: """| Forum | Members | Frequency | Agenda |
|---|---|---|---|
| Strategic Partnership Board | directors of both parties | Annually | Direction of the contract and the Buyer's customer experience strategy |"""
    gap: "The parties shall hold an annual business review of the Client's customer experience strategy."
    gap: "Quarterly Business Reviews shall cover the Supplier's operational performance and invoicing."
    gap: "The Client is not obliged to share its customer experience strategy at any Quarterly Business Review."
    gap: "The Client's customer experience strategy is Confidential Information of the Client."
    gap: "The Steering Committee shall meet monthly; the Client's customer experience strategy shall be presented at the annual business review."
    pass: "At every quarterly business review the Trust shall present its patient experience strategy and the Contractor shall explain how the Services support it."
    gap: "The Council's resident experience strategy shall be presented at the annual business review."
    # The agenda in one clause, the forum's cadence in another (or in the governance table): what
    # the forum does at each of its meetings happens as often as it meets.
    pass: """5.1 The Strategic Board shall meet quarterly and the Service Team shall meet weekly.

5.2 At each of its meetings the Strategic Board shall review the alignment of the Services with the Authority's Passenger Experience Strategy."""
    pass: """| Forum | Members | Frequency |
|---|---|---|
| Relationship Council | directors of both parties | every three months |

7.4 The Relationship Council is responsible for direction. At each of its meetings it shall review how the Services support the Client's customer experience roadmap."""
    gap: """5.1 The Strategic Board shall meet twice a year and the Service Team shall meet weekly.

5.2 At each of its meetings the Strategic Board shall review the alignment of the Services with the Authority's Passenger Experience Strategy."""
    gap: """5.1 The Service Team shall meet weekly.

5.2 At each meeting of the Strategic Board the parties shall review the Authority's Passenger Experience Strategy."""
    pass: """This Contract is concluded between Al Ain Municipal Tenancy Services Department (the "First Party") and Al Qattara Customer Contact Services LLC (the "Second Party"). The Second Party shall operate the tenancy registration contact centre of the First Party.

9.1 A Higher Supervisory Committee shall be formed of both Parties' managers. It shall meet once every three months and shall, at each meeting, review the alignment of the Contact Centre with the First Party's Customer Happiness Strategy."""
    gap: """This Contract is concluded between Al Ain Municipal Tenancy Services Department (the "First Party") and Al Qattara Customer Contact Services LLC (the "Second Party"). The Second Party shall operate the tenancy registration contact centre of the First Party.

9.1 A Higher Supervisory Committee shall be formed of both Parties' managers. It shall meet once every three months to review the KPI results."""
    pass: """Haneul Card Co., Ltd. (hereinafter "Gap") and Seohae CS Co., Ltd. (hereinafter "Eul") enter into this Agreement concerning the entrustment by Gap to Eul of the operation of the customer centre.

Article 10 (Councils)

| Council | Members | Frequency | Agenda |
|---|---|---|---|
| Executive Council | Gap: Executive Director; Eul: CEO | Quarterly | Review of Gap's consumer-centred management (CCM) strategy and Eul's alignment with it |"""
    pass: """This Agreement is made between Stichting Schadeherstel Eemsdelta (the "Principal") and Noorderpoort Klantcontact B.V. (the "Contracted Party"). The Contracted Party handles the damage reports of residents for the Principal.

6.2 The Steering Group meets every two months.

6.4 At each meeting the Steering Group discusses the performance against the Service Levels, the Principal's "Resident First" course for claimant-centred damage handling and the Contracted Party's contribution to that course."""
    gap: """This Agreement is made between Stichting Schadeherstel Eemsdelta (the "Principal") and Noorderpoort Klantcontact B.V. (the "Contracted Party"). The Contracted Party handles the damage reports of residents for the Principal.

6.2 The Steering Group meets every two months.

6.4 At each meeting the Steering Group discusses the performance against the Service Levels and the improvement register."""
    pass: """Between the Instituto Politécnico de Leiria (the "First Contracting Party") and Lis Contact, Lda. (the "Second Contracting Party") this contract is concluded. The Second Contracting Party shall operate the student services line of the First Contracting Party.

Clause 8

1. A Monitoring Commission is established, composed of two representatives of each party.

2. Once a quarter the Commission devotes its meeting to reviewing how the line supports the First Contracting Party's strategy for service to students."""
    gap: """Between the Instituto Politécnico de Leiria (the "First Contracting Party") and Lis Contact, Lda. (the "Second Contracting Party") this contract is concluded. The Second Contracting Party shall operate the student services line of the First Contracting Party.

Clause 8

1. A Monitoring Commission is established, composed of two representatives of each party.

2. Once a year the Commission devotes its meeting to reviewing how the line supports the First Contracting Party's strategy for service to students."""
    pass: """This Agreement is made between Studentenwerk Marburg (the "Principal") and Lahn Kontakt GmbH (the "Contractor"). The Contractor shall operate the housing service line.

§ 4 (2) An Operations Round of the contact persons of both parties meets every two weeks.

(3) Once a quarter the Operations Round meets as a "Service Dialogue", in which the Principal presents its resident service strategy for the coming semester."""
    pass: """Between Services Industriels de Nyon SA (hereinafter "the Mandator") and Léman Appels Sàrl (hereinafter "the Mandatary") this agreement is concluded. The Mandatary runs the appointment centre of the Mandator.

Article 6 – Governance

| Body | Composition | Role | Frequency |
|---|---|---|---|
| Comité de pilotage | two members per party | review of the Mandatary's alignment with the Mandator's Stratégie Expérience Client 2025-2028 | every quarter |"""
    gap: """Between Services Industriels de Nyon SA (hereinafter "the Mandator") and Léman Appels Sàrl (hereinafter "the Mandatary") this agreement is concluded. The Mandatary runs the appointment centre of the Mandator.

Article 6 – Governance

| Body | Composition | Role | Frequency |
|---|---|---|---|
| Comité de pilotage | two members per party | review of the Mandatary's alignment with the Mandator's Stratégie Expérience Client 2025-2028 | once a year |"""
    pass: """Entrusting Party: Jiaxing Elderly Care Guidance Centre, a public institution.

Entrusted Party: Jiaxing Hexin Service Outsourcing Co., Ltd.

Article 9 The Parties shall establish a Joint Leading Group, which meets once per quarter to review the service against the Entrusting Party's Elderly Service Experience Improvement Plan."""
    gap: """Entrusting Party: Jiaxing Elderly Care Guidance Centre, a public institution.

Entrusted Party: Jiaxing Hexin Service Outsourcing Co., Ltd.

Article 9 The Parties shall establish a Joint Leading Group, which meets once a year to review the service against the Entrusting Party's Elderly Service Experience Improvement Plan."""
    pass: """The following appear for the execution of this contract: the INSTITUTO DE PREVISIÓN DEL AUSTRO (hereinafter "LA CONTRATANTE") and CONTACTO CUENCA CÍA. LTDA. (hereinafter "LA CONTRATISTA"). LA CONTRATISTA shall operate the contact centre of LA CONTRATANTE.

6.2 Each quarter the Steering Committee shall review the alignment of the service with the Modelo de Atención al Afiliado of LA CONTRATANTE."""
    pass: """Ina Valley Credit Bank (head office: 1 Main Street, Ina; hereinafter "the Entrusting Party") and Alps Business Service Co., Ltd. (head office: 2 Hill Road, Ina; hereinafter "the Operator") conclude this Agreement.

Article 9

2. At each quarterly meeting of the Liaison Council the parties shall confirm that the Services are consistent with the Customer-Oriented Business Operation Policy published by the Entrusting Party."""
    pass: """This Contract is made between the Regional Social Protection Agency (the "Procuring Entity") and Meskheti Contact LLC (the "Supplier"). The Supplier shall run the social assistance line.

7.3. At each quarterly meeting the Council shall review whether the Services remain aligned with the Procuring Entity's Client Service Standard 2025-2027."""
    gap: """This Contract is made between the Regional Social Protection Agency (the "Procuring Entity") and Meskheti Contact LLC (the "Supplier"). The Supplier shall run the social assistance line.

7.3. Once a year the Council shall review whether the Services remain aligned with the Procuring Entity's Client Service Standard 2025-2027."""
    pass: """This Contract is concluded between Stavební spořitelna Opava a.s. (the "Savings Bank") and Kontaktní centrum Opava s.r.o. (the "Operator"). The Operator shall run the client line.

Article V

5. Every quarter the Joint Board shall review the Operator's activities against the Savings Bank's Client Care Concept 2025–2028."""
    pass: """This Agreement is made between the Mon Valley Cemeteries Authority (the "Authority") and Three Rivers Contact Solutions, LLC (the "Contractor"). The Contractor shall answer calls for the Authority.

6.3 At the performance review meeting held in the last month of each calendar quarter, the parties shall also review the Contractor's performance against the Authority's Customer Service Strategic Plan 2025-2028."""
    pass: """This contract is made between the Institute of Public Health of Zrenjanin (the "Institute") and Begej Kontakt d.o.o. (the "Operator").

The Operator shall provide the Services to the Institute.

At each quarterly meeting the Board reviews the Institute's vaccination communication strategy and the Operator presents how its scripts will support it."""
    gap: """This contract is made between the Institute of Public Health of Zrenjanin (the "Institute") and Begej Kontakt d.o.o. (the "Operator").

The Operator shall provide the Services to the Institute.

At each quarterly meeting the Board reviews the Operator's internal communication strategy."""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

| Forum | Members | Frequency |
|---|---|---|
| Relationship Board | Client General Manager; Supplier Managing Director | Quarterly |

At each meeting of the Relationship Board the parties will hold a Customer Experience Review against the Client's Customer Experience Strategy."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

6.2 The Commission shall meet once every quarter. At each meeting it shall review the indicators and the alignment of the service with the Principal's Strategy for Citizen Service."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

6.2 At its annual meeting the Commission shall review the alignment of the service with the Principal's Strategy for Citizen Service."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

10. In each quarterly meeting the Steering Group shall review how the Service supports the Principal's client experience programme and update the Contractor's priorities accordingly."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

10. Once a year the Steering Group shall review how the Service supports the Principal's client experience programme."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

9-1 The Supervision Council shall meet once in every three-month period and, at each meeting, shall review the Principal's customer-orientation strategy for claims and the Contractor's alignment with it."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

9-1 The Supervision Council shall meet once a year and shall review the Principal's customer-orientation strategy for claims."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

## Article 5 – Governance

| Body | Members | Frequency | Remit |
|---|---|---|---|
| Steering Committee | the Director General of the Principal and the Manager of the Contractor | every quarter | strategic direction; alignment of the centre with the Principal's User Relations Strategy 2025–2027 |"""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

## Article 5 – Governance

| Body | Members | Frequency | Remit |
|---|---|---|---|
| Steering Committee | the Director General of the Principal and the Manager of the Contractor | every year | strategic direction; alignment of the centre with the Principal's User Relations Strategy 2025–2027 |"""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

5. A Steering Committee is established, composed of the Regional Director for the Principal and the Manager for the Contractor. It meets once per quarter. At each meeting it reviews the Principal's user-relations strategy and the alignment of the Contractor's activity with it."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

9.1 The parties constitute a Joint Follow-up Commission, which meets quarterly. In each of its sessions, the Commission shall review the alignment of the service with the Resident Service Policy of the Principal and with its annual tax culture campaign."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

9.1 The parties constitute a Joint Follow-up Commission, which meets once a year. In each of its sessions, the Commission shall review the alignment of the service with the Resident Service Policy of the Principal and with its annual campaign."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

5.2 At each quarterly meeting, the Coordination Council shall review the services against the Principal's Standard of Client-Oriented Service and decide on the adjustments required."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

5.2 At each quarterly meeting the Council reviews whether the operation of the Line is aligned with the Principal's Member-Centred Service Plan for 2025–2027."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

5.2 At each quarterly meeting the Council reviews the call volumes. The Contractor shall give member-centred service."""
  }
}

rule TP-003 "The client gains first-hand insight into the provider's operation at least quarterly" {
  area: partnership
  severity: low
  source: "003 (Table 1: Customer Insight, quarterly)"
  require: (sentence mentions tp_insight and has frequency >= quarterly
            and not (mentions tp_insight near tp_rare within 3 words) and not mentions tp_visit_prize
            and (permits client or obliges client or obliges both parties or obliges provider to tp_host
                 or mentions tp_joins_provider))
        or ((sentence mentions tp_insight and has frequency >= quarterly
             and not (mentions tp_insight near tp_rare within 3 words) and not mentions tp_visit_prize
             and (permits client or obliges client or obliges both parties or obliges provider to tp_host
                 or mentions tp_joins_provider))
            and not (sentence mentions tp_insight and has frequency < quarterly))
        or (paragraph mentions tp_enable_back and mentions tp_insight and obliges provider to tp_enable_back
            and (permits client or obliges client)
            and has frequency >= quarterly and not has frequency < quarterly and not mentions tp_visit_prize
            and not (mentions tp_insight near tp_rare within 3 words))
  message: "The client has no right to visit provider sites, shadow interactions or hold focus groups with provider staff at least quarterly[; the cadence found is {frequency}]."
  fix: "The Client and its designees may, at least once every calendar quarter and on five (5) Business Days' notice, visit any site from which the Services are performed, listen to live and recorded interactions side by side with the Supplier's agents, and hold focus groups with the Supplier's frontline staff and team leaders; the Supplier shall facilitate these visits."
  tags: partnership, customer-insight, site-visits
  examples {
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

At least once a quarter we'll set up a focus group with our agents for you."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

Once a year we'll set up a focus group with our agents for you."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

By the 3rd working day of each month, you will send us your forecast of calls for the next month, including any promotions, school holidays or ship visits that you expect to bring more calls."""
    pass: """This Contract is made between Distillerie Anse Noire SAS (the "Principal") and Relais Caraibes SARL (the "Service Company").

The Service Company shall operate a distributor order desk for the Principal.

27. The Parties shall carry out the following activities on the following cadence.

| Activity | Who takes part | Frequency |
|---|---|---|
| Principal visit to the Service Company's order desk | Principal logistics staff | Monthly |"""
    gap: """This Contract is made between Distillerie Anse Noire SAS (the "Principal") and Relais Caraibes SARL (the "Service Company").

The Service Company shall operate a distributor order desk for the Principal.

27. The Parties shall carry out the following activities on the following cadence.

| Activity | Who takes part | Frequency |
|---|---|---|
| Principal visit to the Service Company's order desk | Principal logistics staff | Once a year |"""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

We can visit your office, sit with your call handlers while they take calls, and hear what customers are telling them. You will make this possible at least once every three months."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

We can visit your office and sit with your call handlers while they take calls. You will make this possible once a year."""
    pass: """This Agreement is made between Harbour Charters Ltd (the "Company") and Windward Bookings Ltd (the "Agent").

The Agent shall answer the guests of the Company on its behalf.

10.1 Every month the Harbour Master or a captain may join the Agent's booking desk to listen side by side to live calls."""
    gap: """This Agreement is made between Tucker Point Golf Club Ltd (the "Club") and Somerset Contact Bureau Ltd (the "Bureau").

The Bureau shall answer the members of the Club on its behalf.

3. Members, their guests and visiting players book tee times through the Bureau every day. The Club may listen in to calls once a year."""
    pass: """This contract is made between Nakhil El Oued SARL (the "First Party") and Sahara Contact Services SARL (the "Second Party").

1. The Second Party shall operate for the First Party a buyer desk.

35. The representatives of the First Party may attend the Second Party's centre and listen to Buyer calls once every month."""
    gap: """This contract is made between Nakhil El Oued SARL (the "First Party") and Sahara Contact Services SARL (the "Second Party").

1. The Second Party shall operate for the First Party a buyer desk.

35. The representatives of the First Party may listen to Buyer calls once every year."""
    gap: "11.4 The Supplier shall run the Harvest Star awards each quarter, recognising agents nominated in customer compliments, and the Client shall fund a visit to its orchards for each winner."
    pass: "The Supplier shall receive the Client's representatives at least once each quarter to visit the contact floor, listen to live calls and talk with the agents."
    gap: "The Supplier shall receive the Client's representatives once a year to visit the contact floor and listen to live calls."
    gap: "The Supplier shall receive the Client's invoices each quarter and shall visit the Client's warehouse when asked."
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

At least once a quarter we'll set up a roundtable where you can talk with a group of our agents about what callers are telling them."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

Once a year we'll set up a roundtable where you can talk with a group of our agents."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

At least once a quarter our team leaders will hold a roundtable among themselves."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

At least once a quarter we'll set up a session where your people listen in on live calls next to our agents."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

Once a year we'll set up a session where your people listen in on live calls next to our agents."""
    pass: """This agreement is between Northern Reach Rentals Ltd. ("we") and Tagish Contact Co. ("you").

You will answer our customers on our behalf.

At least once every quarter, our team can come to your centre, sit in on calls and talk with your agents."""
    pass: "The Client may conduct on-site visits and focus groups with Supplier frontline staff each quarter"
    pass: "The Bank and its designees may visit any Service Provider facility at least once per calendar quarter to hold focus groups with agents."
    pass: "The Contractor shall facilitate monthly side-by-side listening sessions for the Company's customer experience team."
    pass: "Site visits may be conducted by the Customer each quarter on reasonable notice."
    gap: "The Client may visit the Supplier's sites once a year on thirty (30) days' notice."
    gap: "The Supplier may visit the Client's premises each quarter to attend planning sessions."
    gap: "The Client may conduct site visits and focus groups from time to time, as the Supplier may agree."
    gap: "The Supplier shall hold monthly focus groups with its own team leaders."
    gap: "The Client is not entitled to visit the Supplier's contact centres more than once in any Contract Year."
    pass: """This Agreement is made between Sunbelt Water Company, a Texas corporation (the "Utility"), and Pioneer Teleservices, Inc. (the "Service Company"). The Service Company shall provide customer account, billing and outage call handling to the Utility.

11.6 Site Access. Upon two (2) business days' notice, the Utility's representatives may visit any Service Company delivery center, observe agents live and conduct side-by-side call listening, up to once in each calendar month."""
    pass: """This agreement is between Pinecrest Credit Union ("we", "us") and Lumen Support LLC ("you"). You will answer our members' phone, chat and email questions on our behalf.

9. Seeing the work first-hand

We can come to your contact centre every quarter to sit with your agents while they take member calls, and to run a short group discussion with them about what members are telling them."""
    pass: """This contract is made between The Provincial Hospital Centre of Ouarzazate, hereinafter "the Hospital", and Draa Relation Client SARL, hereinafter "the Contractor". The Contractor shall operate the appointment call platform of the Hospital.

29. Each quarter, the Head of the Patient Reception Department and the nurses in charge of consultations shall hold shared listening sessions on the Contractor's platform, listening to live calls alongside the operators."""
    gap: """This contract is made between The Provincial Hospital Centre of Ouarzazate, hereinafter "the Hospital", and Draa Relation Client SARL, hereinafter "the Contractor". The Contractor shall operate the appointment call platform of the Hospital.

29. The Contractor's quality manager shall listen to a sample of calls each week and send the scores to the Hospital."""
    pass: """This Agreement is made between the County of Cortland (the "County") and Tioughnioga Contact Services, LLC (the "Contractor"). The Contractor shall run the senior transportation call line for the County.

6.6 County staff may observe live calls at the Contractor's call center at least once each calendar quarter on two Business Days' notice."""
    gap: """This Agreement is made between the County of Cortland (the "County") and Tioughnioga Contact Services, LLC (the "Contractor"). The Contractor shall run the senior transportation call line for the County.

6.6 County staff may observe live calls at the Contractor's call center once a year on two Business Days' notice."""
    pass: """This contract is concluded between BALATONI ENERGIA Zrt. (the "Orderer") and SOMOGY-KONTAKT Kft. (the "Undertaker"). The Undertaker shall operate the customer line of the Orderer.

7.7. Once a month the Orderer's Customer Journey Owner or a person designated by the Orderer may listen in remotely to live calls and hold a focus group with at least five agents of the Undertaker."""
    gap: """This contract is concluded between BALATONI ENERGIA Zrt. (the "Orderer") and SOMOGY-KONTAKT Kft. (the "Undertaker"). The Undertaker shall operate the customer line of the Orderer.

7.7. Once a month a person designated by the Undertaker may listen in to live calls of the Undertaker's newest agents."""
    pass: """THIS CONTRACT is made between LAKESIDE REGIONAL HOSPITAL (the "PDE") and KYOGA CONTACT SERVICES LIMITED (the "Service Provider"). The Service Provider shall operate the helpline of the PDE.

5.1 The PDE has appointed a Contract Management Team made up of officers of the PDE.

12.2 The Contract Management Team may visit the helpline premises, listen to calls and hold a focus group with agents once in every quarter."""
    gap: """THIS CONTRACT is made between LAKESIDE REGIONAL HOSPITAL (the "PDE") and KYOGA CONTACT SERVICES LIMITED (the "Service Provider"). The Service Provider shall operate the helpline of the PDE.

5.1 The Service Provider has appointed a Quality Team made up of officers of the Service Provider.

12.2 The Quality Team may visit the helpline premises, listen to calls and hold a focus group with agents once in every quarter."""
    pass: """This Contract is concluded between the Silesian Sickness Fund (the "Awarding Entity") and InfoLinia Gliwice sp. z o.o. (the "Contractor"). The Contractor shall operate the benefit contact line.

§ 7

(8) At least once in each quarter the Awarding Entity's representatives shall hold a meeting with a group of the Contractor's consultants."""
    gap: """This Contract is concluded between the Silesian Sickness Fund (the "Awarding Entity") and InfoLinia Gliwice sp. z o.o. (the "Contractor"). The Contractor shall operate the benefit contact line.

§ 7

(8) At least once in each quarter the Contractor's team leaders shall hold a meeting with a group of the Contractor's consultants."""
    pass: """This Agreement is made between the Mon Valley Cemeteries Authority (the "Authority") and Three Rivers Contact Solutions, LLC (the "Contractor"). The Contractor shall answer calls for the Authority.

10.2 At least once each calendar quarter, the Contractor shall make a group of frontline agents available for a listening session with Authority staff on the concerns families raise."""
    gap: """This Agreement is made between the Mon Valley Cemeteries Authority (the "Authority") and Three Rivers Contact Solutions, LLC (the "Contractor"). The Contractor shall answer calls for the Authority.

10.2 Once a year, the Contractor shall make a group of frontline agents available for a listening session with Authority staff."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

3.2. The Principal has the right:

3.2.2. to visit the call centre of the Contractor, listen to calls together with operators and hold meetings with operators, and shall do so at least once every quarter."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

3.2. The Contractor has the right:

3.2.2. to visit the offices of the Principal and hold meetings with its loan officers, and shall do so at least once every quarter."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

10.1 The Principal shall pay the Monthly Charge together with a rate per pest treatment visit booked, as set out in Schedule 3.

6.2 The Principal's officers may visit the Contractor's site once a year to listen to calls."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

10.1 The Principal shall pay the Monthly Charge together with a rate per pest treatment visit booked, as set out in Schedule 3.

6.2 The Principal's officers may visit the Contractor's site once a quarter to listen to calls."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

10.3 Principal officers may sit in with the Contractor's call handlers for side-by-side listening at least once each quarter, and may hold a focus group with front-line staff at the same visit."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

10.3 Principal officers may sit in with the Contractor's call handlers for side-by-side listening once each year."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

10.1 The Principal shall designate a Contract Manager and a Technical Inspector.

10.2 The Technical Inspector may carry out technical visits to the service centre at least once a month, without prior notice, and listen to calls with the agents."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

10.1 The Contractor shall designate a Quality Supervisor.

10.2 The Quality Supervisor may carry out visits to the service centre at least once a month."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

## Premises

Whereas the Principal runs, through its Immigration Desk, a service of information to foreign residents;

## Art. 9

1. The officers of the Immigration Desk may carry out listening sessions side by side with the operators at least once a quarter."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

## Art. 9

1. The officers of the regional Immigration Office may carry out listening sessions side by side with the operators at least once a quarter."""
  }
}

rule TP-004 "Provider staff who show customer-centric behaviour are recognised" {
  area: partnership
  severity: low
  source: "003 (Table 1: Customer-Centric Culture, monthly)"
  # A paragraph may choose the staff for their customer-centric behaviour in one sentence and
  # recognise "those handlers" in the next.
  # (The client recognising its own staff is no recognition of the provider's.)
  # (A reward the provider gives only "if it deems it appropriate" is no programme.)
  require: ((sentence mentions tp_recognition and mentions tp_staff and mentions tp_cx_behaviour and not mentions optional)
          or (paragraph mentions tp_recognition near tp_staff_ref within 6 words and mentions tp_cx_behaviour
              and not mentions optional))
        and not (sentence mentions tp_recognition and mentions tp_client_own_staff and not mentions tp_provider_staff)
  message: "No recognition or reward programme for provider staff who deliver the desired customer-centric behaviour was found."
  fix: "The Supplier shall operate a monthly recognition programme for its agents and team leaders who demonstrate the customer-centric behaviours agreed with the Client, based on customer feedback and quality evaluations, and shall report the recognised staff to the Client at each monthly service review."
  tags: partnership, culture, recognition
  examples {
    pass: """This Agreement is made between Harbour Salt Ltd (the "Client") and Tide Contact Ltd (the "Supplier").

The Supplier shall provide the Services to the Client.

Each quarter the Supplier shall give a token of appreciation to the helpdesk officers who have shown the most patience to callers."""
    gap: """This Agreement is made between Harbour Salt Ltd (the "Client") and Tide Contact Ltd (the "Supplier").

The Supplier shall provide the Services to the Client.

Each quarter the Supplier shall give a token of appreciation to the helpdesk officers with the shortest handling times."""
    pass: """This Agreement is made between Harbour Salt Ltd (the "Client") and Tide Contact Ltd (the "Supplier").

The Supplier shall provide the Services to the Client.

The Supplier shall run a monthly award for the agent whose contacts best showed warmth and care."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

Each month, you choose one of our team for the Golden Frame award, for going out of their way for a customer."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

Each month, you choose one of our team to join your stand at the honey show."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

Each month we will name our "Gower Stars": the members of our team whom guests have praised most by name in their ratings. Each Gower Star gets a gift voucher."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

Each quarter we'll give a Gale Award, a day off and a voucher, to the team member whose calls you and we think best show the co-op's patient, neighbourly way of treating members."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

Each month we will name the members of our team who took the most calls."""
    pass: """OLAS DEL PACIFICO ESCUELA DE SURF, S.A., hereinafter "THE PRINCIPAL", and SERVICIOS XOLOTLAN, S.A., hereinafter "THE CONTRACTOR", agree as follows.

THE CONTRACTOR shall provide the booking services to THE PRINCIPAL.

ELEVENTH: RECOGNITION

THE PRINCIPAL establishes the "Golden Wave" distinction (distinción "Ola Dorada"), which each month shall be awarded to the agent of THE CONTRACTOR assigned to THE SERVICES who has received the best evaluations and comments from THE PRINCIPAL's students and customers."""
    pass: """This Agreement is made between Electro Garantia S.A. (the "CONTRACTING PARTY") and Atende Contact Ltda. (the "CONTRACTED PARTY").

The CONTRACTED PARTY shall provide the warranty helpline services to the CONTRACTING PARTY.

8.1 The CONTRACTED PARTY shall maintain the "Consumer Champion" programme, under which each month the attendants whose interactions achieve the best quality and consumer praise are publicly recognised and rewarded."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

24. Each quarter our Animal Services Team will nominate call-takers who helped frightened or upset callers with particular care, and we will present them with a Good Call Award and a certificate."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

24. Each quarter our Animal Services Team will nominate call-takers who handled the most calls, and we will present them with a Good Call Award and a certificate."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

33. You will run a "Star of the Month" scheme that recognises, with a certificate and a prize, the agent who has done most to help Buyers."""
    pass: """This Agreement is made between Blue Lagoon Charters Ltd (the "Charter Company") and Port Louis Bureau Ltd (the "Bureau").

The Bureau shall take bookings for the Charter Company.

10.3 The Bureau shall run a monthly "Captain's Table" commendation for consultants whose handling of Guests best reflects the Charter Company's standards of warmth and care."""
    gap: """This Agreement is made between Green Mountain Vertical Transport Inc. (the "Company") and Lakeside Dispatch Associates LLC (the "Contractor").

The Contractor shall provide the call-out answering services to the Company.

6.07 The Company operates a "Technician of the Quarter" award for its own field technicians, based in part on compliments that Contractor agents record from callers."""
    pass: """Estufas Cooperativa (the "Cooperative") engages Atlantico Contacto Lda. (the "Service Provider") to run its grower payments desk.

2. The Service Provider shall, each month, award the "Grower's Friend" distinction to the operator who, on the basis of the comments received from growers, best embodied the Grower Service Charter, with a prize of EUR 100."""
    gap: """Estufas Cooperativa (the "Cooperative") engages Atlantico Contacto Lda. (the "Service Provider") to run its grower payments desk.

2. The Service Provider shall, each month, award the "Grower's Friend" distinction to the operator with the longest service, with a prize of EUR 100."""
    pass: """This Agreement is made between Kaya Supply B.V. (the "Principal") and Flamingo Contact B.V. (the "Contractor").

The Contractor shall operate the orders desk of the Principal.

| Element | Content | Frequency |
|---|---|---|
| Golden Anchor | The Principal awards the Golden Anchor, with a voucher of USD 150, to the Contractor's agent who received the most praise from ships' crews | Every month |"""
    pass: """This Agreement is made between Direction Island Lodge Pty Ltd (the "Lodge") and Ocean Reservations Pty Ltd (the "Bureau").

The Bureau will take bookings for the Lodge.

10.1 Each month the Lodge will fund a "Spotless Stay" award of AUD 300 for the Bureau agent whose guests gave the warmest feedback about their booking that month."""
    gap: """This Agreement is made between Direction Island Lodge Pty Ltd (the "Lodge") and Ocean Reservations Pty Ltd (the "Bureau").

The Bureau will take bookings for the Lodge.

10.1 The parties may discuss whether to introduce a scheme to recognise Bureau agents who give outstanding service."""
    pass: """This Contract is made between Distillerie Anse Noire SAS (the "Principal") and Relais Caraibes SARL (the "Service Company").

The Service Company shall operate a distributor order desk for the Principal.

1.2 "Importer" means any importer, wholesaler or agent authorised by the Principal to buy its products for resale.

9.4 Each month the Principal shall award a "Cane Cup" to the agent of the Service Company whom Importers have most praised."""
    gap: """This Contract is made between Distillerie Anse Noire SAS (the "Principal") and Relais Caraibes SARL (the "Service Company").

The Service Company shall operate a distributor order desk for the Principal.

1.2 "Importer" means any importer, wholesaler or agent authorised by the Principal to buy its products for resale.

9.4 Each month the Principal shall award a "Cane Cup" to the agent of the Service Company whom the Principal's sales managers have most praised."""
    pass: """This Contract is made between Vanille Tahaa SARL ("the Ordering Party") and Moana Relation SAS ("the Service Provider").

The Service Provider shall answer the buyers of the Ordering Party on its behalf.

21. Every month the Service Provider names, in its "Pearl Praise" programme, the advisers of the desk who have best looked after buyers, and the Ordering Party gives each of them a gift basket."""
    gap: """This Contract is made between Vanille Tahaa SARL ("the Ordering Party") and Moana Relation SAS ("the Service Provider").

The Service Provider shall answer the buyers of the Ordering Party on its behalf.

21. Every month the Service Provider names, in its activity report, the advisers of the desk who were absent."""
    pass: """This Agreement is made between Tucker Point Golf Club Ltd (the "Club") and Somerset Contact Bureau Ltd (the "Bureau").

The Bureau shall answer the members of the Club on its behalf.

31. Each month the Bureau shall present a Birdie Award, with a prize paid by the Club, to the Bureau agent whom members have most often praised for making them feel welcome."""
    gap: """This Agreement is made between Harbour Charters Ltd (the "Company") and Windward Bookings Ltd (the "Agent").

The Agent shall answer the guests of the Company on its behalf.

10.2 The Agent is encouraged to consider introducing a recognition scheme for booking staff who give guests outstanding service."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

24. You will run Qulliq shout-outs: each month your team leaders pick the agents who did the most to help a family get its order right, and those agents are thanked on our community radio segment."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

24. You will run Qulliq shout-outs: each month your team leaders pick the agents who took the most calls, and those agents are thanked on our community radio segment."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Each month we'll give a Perfect Pitch award to the agent on our line who got the warmest renter feedback, and we'll pay for a $100 gift card."""
    pass: """This Agreement is made between Current Creek Outfitters, LLC ("Outfitter") and Bluff Contact Partners, Inc. ("Agency").

The Agency shall answer calls and chats from the guests of the Outfitter on its behalf.

8.3 The Agency shall run the Eddy Awards, a monthly recognition of the agents whose calls and chats best show the Outfitter's guest-first spirit."""
    gap: """This Agreement is made between Current Creek Outfitters, LLC ("Outfitter") and Bluff Contact Partners, Inc. ("Agency").

The Agency shall answer calls and chats from the guests of the Outfitter on its behalf.

8.3 The Agency shall run the Eddy Awards, a monthly recognition of the agents who handled the most calls and chats."""
    pass: """(1) Kangerluk Seafood A/S, Sisimiut (the "Buyer"), and

(2) Nuuk Kundeservice ApS, Nuuk (the "Contractor"),

have entered into this agreement on the operation of the Buyer's skipper desk.

(3) Each quarter the Contractor shall award the "Skipper's Thanks" to the desk agents whom Skippers and the Buyer's quay staff name as most helpful."""
    gap: """(1) Kangerluk Seafood A/S, Sisimiut (the "Buyer"), and

(2) Nuuk Kundeservice ApS, Nuuk (the "Contractor"),

have entered into this agreement on the operation of the Buyer's skipper desk.

(3) Each quarter the Contractor shall award the "Skipper's Thanks" to the desk agents who worked the most night shifts."""
    pass: """This Agreement is made between Notch Maple Sugarhouse LLC (the "Sugarhouse") and Granite Notch Contact Services, Inc. ("Granite Notch").

Granite Notch shall answer calls from the customers of the Sugarhouse on its behalf.

10.1 Granite Notch shall run a "Golden Ladle" award each month, paid for by the Sugarhouse up to $300 per month, that recognizes the Granite Notch agents whom Guests or the Sugarhouse single out for warm, knowledgeable and helpful service."""
    gap: """This Agreement is made between Notch Maple Sugarhouse LLC (the "Sugarhouse") and Granite Notch Contact Services, Inc. ("Granite Notch").

Granite Notch shall answer calls from the customers of the Sugarhouse on its behalf.

10.1 Granite Notch shall run a "Golden Ladle" award each month that recognizes the Granite Notch agents with the most calls handled."""
    pass: """This contract is made between Société des Hévéas du Moungo S.A. ("the Principal") and Wouri Relation Clients SARL ("the Service Company").

## Article 9 - Tapper's Star

Each month the Commission awards the distinction "Tapper's Star" (Étoile du Saigneur) to the agent of the Service Company whose handling of Buyers during the month best reflects the welcome the Principal wishes to give its customers. The distinction consists of a certificate and a basket of products of the plantation."""
    gap: """This contract is made between Société des Hévéas du Moungo S.A. ("the Principal") and Wouri Relation Clients SARL ("the Service Company").

## Article 9 - Tapper's Star

Each month the Commission awards the distinction "Tapper's Star" (Étoile du Saigneur) to the planter whose handling of Buyers during the month best reflects the welcome the Principal wishes to give its customers."""
    pass: """9.04 Driver of the Month. The Supplier shall run a monthly "Driver of the Month" recognition, naming the agent who best solved a customer's problem as nominated by the Client's yard staff, with a $150 gift card."""
    gap: "9.04 The Supplier shall run a monthly recognition naming the agent with the lowest average handling time."
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

You may wish to recognise our agents who go the extra mile for your guests. How you do that is up to you."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

Each month you will recognise the agent who went the extra mile for your guests, with a $100 voucher."""
    pass: """Each month the Supplier and the Client shall together select a "Harbour Star" from among the Supplier's agents whose dealings with callers best show patience and care. The Harbour Star shall receive a certificate and a voucher of USD 100."""
    gap: """Each month the Client shall select a "Harbour Star" from among the Client's own cashiers. The Harbour Star shall receive a certificate."""
    gap: """The Client shall select a "Preferred Route" from among the routes proposed by the Supplier."""
    pass: """The Client shall institute a "Silver Gull" distinction, to be awarded twice a year to the three Supplier operators who have stood out in their patience with callers, on the basis of the compliments received from passengers."""
    pass: "Each quarter the Client shall present the Harbour Light Award, with a dinner voucher, to the Supplier concierge whose handling of guests was most praised in guest comments."
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Every month we'll choose a "Summit of the Month" from among your agents, based on what hikers tell us about the person who helped them. The winner gets two lift passes."""
    pass: "The Supplier shall run the Northern Star program, under which each quarter the agents whose handling of Members best reflects the Member Promise are recognized and receive a voucher funded by the Client."
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Every quarter we'll name a Harvest Hand of the Quarter, the agent whose calls earned the most thanks from growers, and you'll give that agent a gift card."""
    gap: """The Client's "Golden Key" award for exceptional service to patients is open to the Client's employees only."""
    gap: "The Supplier's agents shall reflect the Client's brand values in all calls."
    gap: """The Client shall institute a "Silver Gull" distinction for its suppliers of the year."""
    gap: "Report of the Month: the Supplier shall send the Client a monthly report on call volumes."
    pass: "33. Once each quarter, the Customer shall award a certificate of honour to the operators of the Executor who have shown the greatest patience towards callers."
    gap: "33. Once each quarter, the Customer shall award a certificate of honour to its own warehouse staff who have shown the greatest punctuality."
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Every month, you'll name a "Shift Star": the agent whom applicants and our recruiters praised most for patience and respect. We'll give each Shift Star a jacket and a gift card."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Every month, you'll name a "Shift Lead": the agent who covers the night shift roster."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Every month, we'll name a "Recruiter Star": the recruiter whom applicants praised most for patience. We'll give each Recruiter Star a jacket."""
    pass: """The Supplier shall award each month a "Star of the Month" to the operator who obtained the best passenger satisfaction ratings."""
    pass: "The Supplier shall run a quarterly award for agents whose handling of callers shows the care and respect described in the Client's service charter."
    gap: "The Supplier shall award each month a prize to the operator who sold the most upgrades."
    pass: "This agreement is between Trail Board Inc. (\"we\") and Ridge Contact Ltd. (\"you\").\n\nYou will answer our riders' calls on our behalf.\n\nEach month we will pick one of your agents as our \"Trail Angel\" for going out of their way to help a rider. The agent gets a shout-out on our social media pages."
    gap: "The Supplier may, if it deems it appropriate, reward its employees for courteous and attentive treatment of applicants."
    pass: "Each month, the Supplier shall award the \"Teachers' Friend\" distinction to the adviser who best helped teachers during the month, chosen on the call-back comments of teachers."
    gap: "Each month, the Supplier shall award the \"Teachers' Friend\" distinction to the adviser who handled the most calls."
    pass: """This agreement is between Fundy Shore Venues Inc. ("we", "us") and Petitcodiac Guest Line Ltd. ("you"). You will answer calls from couples booking our venues. Where we say "couple", we mean anyone who books or asks about booking one of our venues.

Each month we'll present a Bouquet of the Month to the agent on your team whose conversations with couples were the warmest, chosen from couples' comments."""
    gap: """This agreement is between Fundy Shore Venues Inc. ("we", "us") and Petitcodiac Guest Line Ltd. ("you"). You will answer calls from couples booking our venues. Where we say "couple", we mean anyone who books or asks about booking one of our venues.

Each month we'll name the Venue of the Month from couples' comments and tell your agents about it."""
    pass: "Every month we'll run a \"Golden Combine\" award for the agent who went furthest to keep a farmer's operation going."
    gap: "Every month we'll run a \"Golden Combine\" award for the agent who handled the most calls."
    pass: "Each month the Client will choose one or two of the Supplier's staff for a Shout-Out, based on what clients and families have told it, and send them a thank-you card and a gift voucher."
    gap: "The Client operates a Brilliance Award for its own employees who show outstanding care for Members."
    gap: "The Client runs a recognition scheme for the Client's own fleet staff who go the extra mile for Riders."
    pass: "Every month, we'll choose one person on your team who has gone out of their way for a boater. They'll receive the Bowline Award: a $100 gift card."
    gap: "Every month, we'll choose one person on your team to attend the marina safety briefing."
    pass: "(5) The Supplier shall run a Star Agent programme: each month it names the agents whom Users and quality reviewers rate highest for helpful and empathetic service."
    gap: "(5) Each month the Supplier names the agents with the highest absence rates and agrees an attendance plan with them."
    pass: "Each month the Provider shall publicly acknowledge, and reward with a prize, the two operators whose attention to producers was most highly valued by the producers themselves."
    gap: "Each month the Provider shall reward with a prize the two operators with the lowest absence rate."
    pass: "The Contractor shall operate a Trailblazer Recognition Program under which, each month, the agents whose calls best show courteous, visitor-focused service, as shown by call monitoring and visitor comments, receive public recognition."
    gap: "The Contractor shall operate a recognition program for its agents with the best attendance."
    # Chosen by what the people served said: "the best feedback from Families", "praised by Riders".
    pass: "The Client shall present a monthly award to the Supplier's agents who receive the best feedback from families."
    pass: "The Supplier shall run a quarterly award for agents praised by riders, with prizes funded by both parties."
    gap: "The Supplier shall run a quarterly award for agents with the highest number of calls handled."
    pass: "Each month the parties shall jointly select Seller Hero awardees among the Supplier's agents who have shown exceptional care for sellers."
    pass: "The Supplier operates a Warranty Star of the Month programme in which it recognises employees whose handling of owners shows particular customer orientation, measured by owner feedback."
    gap: "The Supplier operates an Employee of the Month programme based on attendance and punctuality."
    pass: "a monthly recognition programme for Supplier agents who demonstrate customer-centric behaviour"
    pass: "The Vendor shall reward frontline staff whose customer satisfaction scores exceed target with quarterly awards."
    pass: "The Service Provider shall maintain an employee recognition scheme that celebrates advisors who deliver exceptional customer experiences, nominated from customer compliments."
    pass: "The Contractor shall recognise, through its Customer Champion awards, team members who best demonstrate the Company's service values."
    pass: "The Supplier shall run a Member Champion scheme each month, under which agents nominated by Members for outstanding member care receive public recognition."
    gap: "The Supplier shall run a monthly award for the agents with the highest number of calls handled."
    gap: "Any award of the arbitrator shall be final and binding on the parties."
    gap: "The Company's loyalty rewards programme shall be administered by the Contractor's agents."
    gap: "The Supplier is not required to operate any staff recognition programme for customer-centric behaviour."
    gap: "Agents shall be recognised each month for handling the highest number of calls per hour."
    gap: "The Supplier shall pay its agents in accordance with applicable law."
    pass: """Every month the Company and the Contractor shall together pick, from caller feedback, the call handlers whose conversations best showed empathy. Those call handlers shall be thanked personally by the Company's Operations Director and shall each receive a gift voucher."""
    gap: """Every month the Contractor shall review caller feedback with its team leaders. Call handlers shall be thanked for attending the review."""
    pass: "Every quarter the Vendor shall present awards to the advisers whose calls show the greatest care for travellers, chosen from travellers' post-call survey comments."
    gap: "Every quarter the Vendor shall present awards to the advisers who handle the most calls per hour."
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

**Thanking agents.** The Client may, if it thinks it fits, thank or reward agents of the Supplier who get warm feedback from customers."""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

**Thanking agents.** Each quarter the Client shall thank and reward, with a gift voucher, the Supplier's agents who get the warmest feedback from customers."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

10.5 At the end of each quarter the Principal shall recognise, as "Agent of the Quarter", the agent of the Contractor who has best demonstrated warm and respectful treatment of citizens, with a certificate signed by the Director."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

10.5 At the end of each quarter the Principal shall recognise, as "Agent of the Quarter", the agent of the Contractor with the highest number of calls handled, with a certificate signed by the Director."""
    pass: """Service Agreement between Turku Health Authority (hereinafter "the Purchaser") and Auranlaakso Terveyspalvelut Oy (hereinafter "the Service Producer"). The Service Producer returns callback requests for the Purchaser.

Each quarter the Purchaser's head nurse selects one or more nurses of the Service Producer whose work has received excellent patient feedback and gives them the Purchaser's "Kiitos" recognition and a gift card."""
    pass: """Between OBRA SOCIAL DEL PERSONAL FERROVIARIO (hereinafter "el Comitente") and CONTACTO QUILMES S.R.L. (hereinafter "el Locador") this contract is entered into. El Locador shall operate the authorisation centre of el Comitente.

14.3 El Locador shall run a quarterly recognition programme for agents whose conduct towards beneficiaries stands out in audits and surveys."""
    gap: """Between OBRA SOCIAL DEL PERSONAL FERROVIARIO (hereinafter "el Comitente") and CONTACTO QUILMES S.R.L. (hereinafter "el Locador") this contract is entered into. El Locador shall operate the authorisation centre of el Comitente.

14.3 El Locador may, at its option, run a recognition programme for agents whose conduct towards beneficiaries stands out."""
    pass: """Entrusting Party: Jiaxing Elderly Care Guidance Centre, a public institution.

Entrusted Party: Jiaxing Hexin Service Outsourcing Co., Ltd.

Article 20 The Entrusted Party shall select a "Star Service Agent" every month from among its staff, on the basis of the thanks received from elderly callers, and shall give the selected agent a certificate and a cash reward."""
    gap: """Entrusting Party: Jiaxing Elderly Care Guidance Centre, a public institution.

Entrusted Party: Jiaxing Hexin Service Outsourcing Co., Ltd.

Article 20 The Entrusted Party shall select a "Star Service Agent" every month from among its staff, on the basis of the number of calls handled, and shall give the selected agent a certificate."""
    pass: """This Contract is concluded between Stavební spořitelna Opava a.s. (the "Savings Bank") and Kontaktní centrum Opava s.r.o. (the "Operator"). The Operator shall run the client line.

Article X

4. Every month the Operator shall name an "Operator of the Month" from among the operators with the highest mystery-call score for a helpful and client-friendly approach."""
    gap: """This Contract is concluded between Stavební spořitelna Opava a.s. (the "Savings Bank") and Kontaktní centrum Opava s.r.o. (the "Operator"). The Operator shall run the client line.

Article X

4. Every month the Operator shall name an "Operator of the Month" from among the operators with the most calls handled."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.4 Each month the Contractor shall award the "Kvarner Smile" recognition to the agents whom users have singled out for their kindness and helpfulness towards users, with a reward."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.4 Each month the Contractor shall award the "Kvarner Smile" recognition to the agents with the highest number of calls handled."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

12.3 The Contractor shall run an "Associate of the Month" programme recognising, with a certificate and a cash award of not less than Rs. 2,000, the associate whose calls show the greatest courtesy and care for construction workers."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

## ARTICLE 4 – OBLIGATIONS OF THE CONTRACTOR

4.3 To carry out a monthly recognition programme, "Operador Destacado", that distinguishes the operators whose attention best reflects the attention policy, based on member-user evaluations."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

## ARTICLE 4 – OBLIGATIONS OF THE CONTRACTOR

4.3 To carry out a monthly recognition programme, "Operador Destacado", that distinguishes the operators with the highest number of calls handled, based on the switchboard statistics."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

6.8 The Contractor shall run "Resident First Awards" each month, recognising agents whose handling of property owners best reflects the Principal's service commitments."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

6.8 The Contractor shall run "Fast Close Awards" each month, recognising agents who close the most enquiries per hour."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

2.1 The Contractor shall:

2.1.7. hold each month an "Operator of the Month" recognition, with a certificate and cash prize, for the operator receiving the best feedback from borrowers."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

2.1 The Contractor shall:

2.1.7. hold each month an "Operator of the Month" recognition, with a certificate and cash prize, for the operator making the largest number of outbound calls."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

6.1 Every adviser follows the Awarding Entity's "Customer Promise" training on its customer experience vision before taking calls."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

6.1 Each quarter the Contractor presents "Customer Promise" awards to the advisers whose calls best reflect the Principal's customer experience vision."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

9.5 The Contractor shall each month honour one "customer heroine or customer hero of the month" from among its agents, chosen by the team leaders on the basis of customer feedback."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

9.5 The Contractor shall each month publish the handling times of its agents, with the figures for the end of the month, on the basis of the switchboard statistics."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7-6 The Contractor shall run a "Best Expert of the Month" award. Each month the Expert with the highest quality score and the most appreciative Claimant comments shall receive a certificate and a cash prize."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7-6 The Contractor shall run a "Best Expert of the Month" award. Each month the Expert with the most calls handled per hour shall receive a certificate and a cash prize."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.4 Each month the Contractor shall name a "Good Service Agent" among its agents, on the basis of the satisfaction of vehicle owners, who shall receive a certificate and a cash reward."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.4 Each month the Contractor shall report the satisfaction of vehicle owners to the Principal."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.2 The Contractor shall select a "Counsellor of the Month" on the basis of happy-call results and kind and accurate responses, and shall award that counsellor a certificate and a prize."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.2 The Contractor shall carry out happy calls to a sample of residents each month and report the results."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.4 Each month the parties jointly name the "Operator of the Month" among the Contractor's operators, on the basis of depositors' thanks and listening results."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.4 Each month the Contractor reports the depositors' thanks received by the branches."""
  }
}

rule TP-005 "Continuous improvement is a closed loop" {
  area: partnership
  severity: medium
  source: "003 (structured feedback and collaboration, closed loop), 002"
  require: (paragraph obliges provider to tp_ci_item and mentions tp_submit near tp_ci_item within 8 words
            and mentions tp_track)
        or ((sentence in section tp_ci_heading obliges provider to tp_ci_item
             and mentions tp_submit near tp_ci_item within 8 words)
            and (sentence in section tp_ci_heading mentions tp_ci_item and mentions tp_track))
        or ((sentence obliges provider to tp_ci_item and mentions tp_submit near tp_ci_item within 8 words)
            and (sentence mentions tp_ci_record near tp_track_strong within 10 words))
        # ("The Operator keeps an Improvement Register. Each improvement action is assigned an owner and a deadline and
        # is followed in the Steering Group ... until it is closed.")
        or (paragraph obliges provider to tp_ci_register and mentions tp_ci_record near tp_owned within 8 words
            and mentions ("closed" | "closure" | "until implemented" | "until completed" | "to completion"))
  message: "No closed-loop continuous-improvement process was found: the provider is not bound to submit improvement proposals whose actions are assigned owners and tracked to closure."
  fix: "The Supplier shall submit at least two (2) continuous improvement proposals each Contract Quarter; each proposal accepted by the Client shall be assigned an owner and a due date, recorded in the Improvement Register and tracked at each monthly service review until it is implemented and closed."
  tags: partnership, continuous-improvement, closed-loop
  examples {
    pass: "17. The Supplier shall submit to the Client's Journey Steward at least two ideas each quarter for making the booking journey simpler for Guests. The Journey Steward shall give each idea taken forward an owner and a target date, and each idea stays open until its owner reports it done."
    gap: "17. The Supplier shall submit to the Client's Journey Steward at least two ideas each quarter for making the booking journey simpler for Guests."
    pass: """This agreement is between Northern Reach Rentals Ltd. ("we") and Tagish Contact Co. ("you").

You will answer our customers on our behalf.

Every quarter you'll add at least two ideas to our shared improvement list. For each idea we accept, we'll agree who owns it and when it's due, and you'll keep the list updated until the idea is done or dropped."""
    pass: "The Supplier shall submit at least two continuous improvement proposals per quarter; each accepted proposal shall be assigned an owner and tracked in the Improvement Register until closed"
    pass: "The Vendor shall present its improvement ideas at each monthly service review. Each idea approved by the Customer shall have a named owner, and its status shall be reported at every review until implemented."
    pass: """## Continuous Improvement

The Service Provider shall identify and propose to the Bank opportunities to improve the customer experience.

The Service Provider shall maintain a continuous improvement register recording, for each approved improvement, the owner, the target date and its progress to completion."""
    pass: "The Contractor shall deliver a Continuous Improvement Plan each quarter and shall track every action in it to closure."
    gap: "At each Quarterly Business Review, the Vendor shall present its recommendations for improving the Services and the customer experience."
    gap: "The Supplier shall continuously improve the Services."
    gap: "The Client may, at its discretion, suggest improvements and track them in its own register."
    gap: "The Supplier is not required to submit improvement proposals or to track their implementation."
    gap: "The Service Provider shall track all Incidents to closure in the ticketing system."
    gap: "The Provider shall provide any ideas and suggestions to the Customer, and the Customer shall own, track and use them freely."
    pass: """The Contractor shall bring at least two suggestions for improving the service to every monthly review meeting.

Once the Customer approves a suggestion, the meeting shall appoint an owner for it and record it in the joint action log, and it shall stay open until the owner reports it complete."""
    gap: """The Contractor shall bring at least two suggestions for improving the service to every monthly review meeting.

The Customer shall be the owner of all intellectual property in the Deliverables."""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

9.1 Every quarter the Supplier shall put not fewer than three written ideas for doing the work better to the Operations Group. For each idea the Group adopts, it shall name a person to carry it out and a target date, enter it in the Action Log, and follow it up at each meeting until it has been completed."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

9.1 The Supplier may from time to time put ideas for doing the work better to the Operations Group."""
    pass: """Service Agreement between Turku Health Authority (hereinafter "the Purchaser") and Auranlaakso Terveyspalvelut Oy (hereinafter "the Service Producer"). The Service Producer returns callback requests for the Purchaser.

The Service Producer shall submit at least one development proposal each quarter. The Purchaser's contract supervisor enters each proposal in the development log, names the person responsible and the deadline, and follows the proposal until it has been completed or rejected with reasons."""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

10.2 The Supplier keeps an Improvement Register. Each improvement action is assigned an owner and a deadline and is followed in the Steering Group until it is closed."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

10.2 The Supplier keeps an Improvement Register. Each improvement action is assigned an owner."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

9.1 The Contractor shall present to the Principal at least two improvement proposals each quarter. Each proposal approved is entered in the Continuous Improvement Plan with a responsible person and a deadline, and is followed by the Principal until its completion is recorded."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

9.1 The Contractor shall present to the Principal at least two improvement proposals each quarter."""
  }
}

# A joint initiative only supposed: "Any joint initiative would need a separate Council resolution".
vocab tp_hypothetical = /\bwould\s+(?:need|require|have\s+to|be\s+subject\s+to)\b/
# No one is bound to it: "Neither party is committed to any joint investment unless a separate written
# agreement is signed."
vocab tp_uncommitted = /\b(?:neither\s+party|no\s+party|neither\s+of\s+(?:us|them|the\s+parties))\s+(?:is|are|shall\s+be|will\s+be)\s+(?:committed|bound|obliged|obligated|required)\b/
  # a thing left to another contract, in the passive: "Joint projects for the development of remote services may be
  # carried out by the Parties under separate contracts"
  # ... or by one still to be signed: "Joint projects to develop the service may be agreed by the Parties by
  # supplementary agreement"
  | /\bmay\s+be\s+(?:carried\s+out|undertaken|conducted|launched|implemented|developed|agreed)\b[^.;]{0,40}?\b(?:under|by|in)\s+(?:a\s+)?(?:separate|supplementary|additional|further)\s+(?:contracts?|agreements?)\b/
  # ... or only weighed: "Joint projects on the Applicant experience may be considered where the parties see fit"
  | /\bmay\s+be\s+(?:considered|discussed|explored|examined|studied)\b/

rule TP-006 "The parties invest in joint innovation" {
  area: partnership
  severity: low
  source: "002 (joint investment), 003 (participation in joint initiatives)"
  # (A fund "described in Annex F", where Annex F is "[Reserved]", is no fund.)
  # A mere permission is no investment: "The Parties may, if they so agree, jointly conduct a pilot";
  # "the Agency may, if it considers it worthwhile, propose joint projects".
  require: (sentence mentions tp_joint_innovation and not (mentions tp_talk near tp_joint_innovation within 4 words)
            and not mentions tp_uncommitted
            and not mentions deferred and not mentions tp_hypothetical and not mentions tp_whether
            and not mentions empty_part_ref
            and not (permits any party to tp_joint_innovation and not obliges any party to tp_joint_innovation))
        or (sentence mentions tp_joint_word near tp_innovation_word within 5 words and mentions tp_ci_item
            and not (mentions tp_talk near tp_innovation_word within 4 words) and not mentions deferred
            and not mentions tp_whether
            and not (permits any party to tp_innovation_word and not obliges any party to tp_innovation_word))
        # a project or initiative paid for by both: "a joint pilot ... with costs shared equally"
        or (sentence mentions tp_cost_shared and mentions (tp_innovation_word | "project" | "programme" | "program")
            and not mentions tp_talk and not mentions deferred and not mentions tp_whether
            and not (permits any party to tp_cost_shared and not obliges any party to tp_cost_shared))
  message: "No joint initiative or joint investment in innovation (an innovation fund, joint projects, co-investment) was found."
  fix: "The parties shall establish an Innovation Fund of [amount] per Contract Year, funded equally by both parties, to finance joint initiatives that improve the customer experience; the Steering Committee shall approve the initiatives and review their results each quarter."
  tags: partnership, innovation, joint-investment
  examples {
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Each of us will put $5,000 a year into a "try-it pot", which pays for new things we test together."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

We will put $5,000 a year into our own "try-it pot"."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

We may agree to work on joint projects together in future."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

Each year we'll put NZ$10,000 and you'll put NZ$10,000 into a joint projects fund, which we'll spend together on trials of new ways to serve your customers."""
    gap: """This Agreement is made between Hjaltland Knitwear Limited (the "Company") and Skerryvoice Limited (the "Service Provider").

The Service Provider shall provide the Services to the Company.

Neither party is committed to any joint investment unless a separate written agreement is signed."""
    pass: """This Agreement is made between Freetown Clinical Laboratory Ltd (the "Laboratory") and Lumley Contact Services Ltd (the "Service Company").

The Service Company shall answer the patients of the Laboratory on its behalf.

35. The parties shall jointly run and fund in equal shares a pilot of SMS notification of released results, and shall decide at its end whether to extend it."""
    gap: """This Agreement is made between Freetown Clinical Laboratory Ltd (the "Laboratory") and Lumley Contact Services Ltd (the "Service Company").

The Service Company shall answer the patients of the Laboratory on its behalf.

35. The parties shall decide at the end of the first year whether to run a pilot of SMS notification of released results."""
    pass: """This contract is made between Laiterie du Sahel SA (the "First Party") and Centre Appel Nord SARL (the "Second Party").

The Second Party shall operate the distributor order desk of the First Party on its behalf.

The Two Parties shall carry out a joint programme, financed by them in equal shares, to develop a voice-message ordering service for distributors."""
    gap: """This contract is made between Laiterie du Sahel SA (the "First Party") and Centre Appel Nord SARL (the "Second Party").

The Second Party shall operate the distributor order desk of the First Party on its behalf.

The Second Party shall carry out a programme, financed by it alone, to develop a voice-message ordering service for distributors."""
    gap: """This Agreement is made between Stanley Fleece Growers Co-operative Limited (the "Co-operative") and Port Louis Business Services Limited (the "Operator").

The Operator shall operate the grower payments desk for the Co-operative.

(f) The parties have considered and decided against establishing a joint development fund."""
    pass: """This Agreement is made between Stanley Fleece Growers Co-operative Limited (the "Co-operative") and Port Louis Business Services Limited (the "Operator").

The Operator shall operate the grower payments desk for the Co-operative.

(f) The parties shall establish a joint development fund, to which each shall contribute FKP 5,000 a year, for projects that make payments easier for Growers."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

We and you will each put £1,500 a year into a shared Better Booking Pot. We will decide together how to spend it."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

You will put £1,500 a year into your own Better Booking Pot and decide alone how to spend it."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Each season, we'll choose one project together to improve the customer experience, and we'll split its costs fifty-fifty."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Each season, we'll choose one project to improve the customer experience, and we'll pay all of its costs ourselves."""
    gap: """This Contract is made between Distillerie Anse Noire SAS (the "Principal") and Relais Caraibes SARL (the "Service Company").

The Service Company shall operate a distributor order desk for the Principal.

10.6 The Service Company shall maintain, at its own expense and for its own purposes, an internal innovation budget. The Principal shall not contribute to it."""
    pass: """This Contract is made between Distillerie Anse Noire SAS (the "Principal") and Relais Caraibes SARL (the "Service Company").

The Service Company shall operate a distributor order desk for the Principal.

10.6 The Parties shall maintain a joint innovation budget, to which each shall contribute EUR 5,000 a year."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Together we'll build a text-message delivery alert service for our customers. We'll each pay half of what it costs to build and run."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

You'll build a text-message delivery alert service for our customers and pay for it yourselves."""
    pass: """This Contract is made between Vanille Tahaa SARL ("the Ordering Party") and Moana Relation SAS ("the Service Provider").

The Service Provider shall answer the buyers of the Ordering Party on its behalf.

23. The Parties jointly set up and finance a project to introduce a web chat in the buyers' languages. Each Party bears half of the costs of the project."""
    gap: """This Contract is made between Vanille Tahaa SARL ("the Ordering Party") and Moana Relation SAS ("the Service Provider").

The Service Provider shall answer the buyers of the Ordering Party on its behalf.

23. The Service Provider sets up a project to introduce a web chat in the buyers' languages at its own cost."""
    gap: """This Agreement is made between Il-Fidda Artisans Limited (the "Company") and Harbour Contact Services Limited (the "Supplier").

The Supplier shall answer the customers of the Company on its behalf.

8.5 The Supplier shall maintain its own innovation programme at its own cost and may present its results to the Company."""
    pass: """This Agreement is made between Il-Fidda Artisans Limited (the "Company") and Harbour Contact Services Limited (the "Supplier").

The Supplier shall answer the customers of the Company on its behalf.

8.5 The parties shall run a joint innovation programme, each contributing EUR 10,000 a year."""
    gap: """This Agreement is made between Mashonaland Auction Floors (Pvt) Ltd (the "Floors") and Harare Contact Services (Pvt) Ltd (the "Contractor").

The Contractor shall answer calls from the growers of the Floors on its behalf.

9.3 The parties may agree to consider joint projects in future Selling Seasons."""
    pass: """This Agreement is made between Mashonaland Auction Floors (Pvt) Ltd (the "Floors") and Harare Contact Services (Pvt) Ltd (the "Contractor").

The Contractor shall answer calls from the growers of the Floors on its behalf.

9.3 The parties shall run joint projects each Selling Season to improve the grower experience, and each shall pay half of their cost."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

We will each put TT$15,000 a year into a shared improvement pot. We will choose together what to spend it on, and we will run those projects together."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

You will keep a petty-cash pot for your team's birthday cakes."""
    pass: """This Contract is made between Hydro Gestion S.A. ("the Principal") and Centre Chari SARL ("the Service Provider").

19. The Parties shall jointly conduct and co-finance, in equal shares, a pilot project for the reporting of breakdowns by voice message."""
    pass: """This Contract is made between Hydro Gestion S.A. ("the Principal") and Centre Chari SARL ("the Service Provider").

19. The Parties shall jointly conduct a pilot project for the reporting of breakdowns by SMS during the first year."""
    gap: """This Contract is made between Hydro Gestion S.A. ("the Principal") and Centre Chari SARL ("the Service Provider").

19. The Parties may, if they so agree, jointly conduct a pilot project for the reporting of breakdowns by SMS."""
    gap: """This Contract is made between Hydro Gestion S.A. ("the Principal") and Centre Chari SARL ("the Service Provider").

19. The Service Provider shall conduct, at its own cost, a pilot project for the reporting of breakdowns by SMS."""
    gap: """This Agreement is made between Lhaviyani Seaplane Transfers ("the Carrier") and North Male Guest Contact ("the Agency").

12.3 The Agency may, if it considers it worthwhile, propose joint projects to the Carrier; the Carrier may decline any proposal and is not obliged to fund any project."""
    pass: """This Agreement is made between Lhaviyani Seaplane Transfers ("the Carrier") and North Male Guest Contact ("the Agency").

12.3 The Agency and the Carrier shall each contribute USD 10,000 per year to a joint innovation fund."""
    pass: "2. The costs of the pilot project for ordering by voice message shall be borne by the Parties in equal shares, up to a total of two thousand euros."
    gap: "2. The costs of the pilot project shall be borne by the Supplier."
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

New channels are your own investment. We won't co-fund them."""
    pass: "The parties shall carry out jointly, and share equally the cost of, a project to translate the booking pages into Samoan."
    pass: "The parties shall carry out jointly a project of text reminders to members. The cost of the project shall be shared equally between the Client and the Supplier."
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

For next season we'll jointly build and pay for a queue call-back trial for late payers."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

We'll jointly design the layout of the monthly report."""
    pass: "This agreement is between Trail Board Inc. (\"we\") and Ridge Contact Ltd. (\"you\").\n\nYou will answer our riders' calls on our behalf.\n\nThis season we and you will build a permit chatbot together. We will split the cost evenly, and each of us will put two people on the project team."
    gap: "Joint projects between the parties are excluded from the scope of this contract."
    gap: """This agreement is between Northern Reach Rentals Ltd. ("we") and Tagish Contact Co. ("you").

You will answer our customers on our behalf.

We may look at joint projects to try out new tools. Any joint project will go ahead only if we both later agree on it in writing."""
    pass: """This agreement is between Prairie Crocus Early Learning Inc. ("we", "us") and Assiniboine Answering Services Ltd. ("you"). You will answer calls from families.

We'll each put $15,000 a year into a shared pot for projects we design and run together, such as text-message updates for families."""
    gap: """This agreement is between Prairie Crocus Early Learning Inc. ("we", "us") and Assiniboine Answering Services Ltd. ("you"). You will answer calls from families.

We may later discuss whether to set up a shared pot for projects."""
    gap: "(g) Any joint initiative between the parties shall require a separate written agreement, and neither party is obligated to enter into one."
    pass: "5.2 The Parties shall set up a Joint Digital Fund to develop self-service for farmers. Each Party shall contribute EUR 40,000 to the Fund in each year of this Contract."
    gap: "5.2 The Supplier keeps a digital fund of its own and may, at its discretion, spend it on self-service for farmers."
    pass: "8.06 The parties shall establish a Joint Guest Experience Lab to design and pilot new self-service features for Members. The Client and the Supplier shall each contribute $60,000 per Contract Year to the Lab's budget, and the Lab's projects shall be selected jointly."
    gap: "8.06 The Supplier runs its own Guest Experience Lab and may invite the Client to see its projects; the Supplier bears all costs of the Lab."
    gap: """8.06 Any contribution to innovation shall be made from the Innovation Fund described in Annex F.

## Annex F - Innovation Fund

[Reserved]"""
    pass: """8.06 Any contribution to innovation shall be made from the Innovation Fund described in Annex F.

## Annex F - Innovation Fund

The parties shall each contribute EUR 20,000 a year to the Innovation Fund, spent on projects the Joint Board approves."""
    gap: "The Client cannot commit funding to joint projects under this Agreement. Any joint initiative would need a separate board resolution."
    pass: "The parties shall carry out a joint Safe Riding Initiative each year, with costs shared equally."
    gap: "The parties shall share the costs of any mediation equally."
    gap: "The parties may discuss a joint reminder project, with costs shared equally, at the annual review."
    gap: "The parties will discuss in good faith whether to establish a joint innovation fund for self-service initiatives."
    pass: "The Parties shall establish an Innovation Fund"
    pass: "joint initiatives to improve the customer experience"
    pass: "The Bank and the Service Provider shall co-invest in a pilot of conversational AI for the card servicing queue."
    pass: "Each year the parties shall agree at least one jointly funded project to improve digital self-service."
    gap: "Nothing in this Agreement creates a partnership, joint venture or employment relationship between the parties."
    gap: "The Supplier shall fund all improvement initiatives at its own cost."
    gap: "Neither party shall be required to contribute to any innovation fund."
    gap: "The Supplier shall propose innovations to the Client for approval."
    gap: "The parties shall be jointly and severally liable for the obligations of their Affiliates."
    gap: "The Bank and the Service Provider may, where both think it useful, explore joint projects to improve self-service."
    pass: "The Council and the Contractor shall jointly carry out at least one pilot project in each year, such as online permit renewals."
    pass: "The parties shall jointly run a pilot of self-service kiosks during the first Contract Year; the Council shall contribute the kiosks."
    gap: "The Contractor may, at its own cost, pilot new channels in its own innovation lab and present the results to the Council."
    gap: "The parties will consider in good faith whether to establish a joint innovation budget."
    gap: "The Service Provider may maintain an innovation lab for its own purposes."
    gap: "Each year the Customer shall evaluate the Supplier on quality, innovation and cooperation, and shall share the results with the Supplier."
    gap: "The Contractor may suggest joint projects, but the Council commits no funding or staff to them."
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

**No joint projects.** The Client will not fund joint projects or innovation work under this agreement."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

9.4 The Parties may agree to fund joint projects in future."""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

9.4 The Parties shall each year fund in equal shares at least one joint project to improve the customer journey."""
    gap: """This Agreement is made between Raty Teraz S.A. (the "Ordering Party") and Centrum Kontaktu Sp. z o.o. (the "Contractor"). The Contractor shall provide customer service to the Ordering Party's borrowers.

§ 7. The Parties may in the future agree to undertake joint projects concerning new service channels."""
    pass: """This Agreement is made between Raty Teraz S.A. (the "Ordering Party") and Centrum Kontaktu Sp. z o.o. (the "Contractor"). The Contractor shall provide customer service to the Ordering Party's borrowers.

§ 7. The Parties shall undertake at least one joint project each year concerning new service channels, with costs shared equally."""
    gap: """This Contract is made between Dundee City Council (the "Authority") and Taywise Energy Advice Limited (the "Contractor"). The Contractor shall operate the home energy advice line for the Authority.

6.5 Any joint project or jointly funded initiative shall be the subject of a separate written agreement between the parties, and nothing in this Contract obliges either party to enter into one."""
    pass: """This Agreement is made between Stichting Schadeherstel Eemsdelta (the "Principal") and Noorderpoort Klantcontact B.V. (the "Contracted Party"). The Contracted Party handles the damage reports of residents for the Principal.

7.3 The Parties set up a pilot fund for video inspection appointments, to which each Party contributes EUR 40,000. The Steering Group decides on the use of the fund."""
    gap: """This Agreement is made between Stichting Schadeherstel Eemsdelta (the "Principal") and Noorderpoort Klantcontact B.V. (the "Contracted Party"). The Contracted Party handles the damage reports of residents for the Principal.

7.3 The Principal may set up a pilot fund for video inspection appointments at its own cost if it so decides."""
    pass: """The Municipality of Kallithea (the "Contracting Authority") and Saronic Call S.A. (the "Contractor") agree as follows. The Contractor shall operate the municipal helpdesk.

Article 8

3. The contracting parties shall carry out together, during the first year, a pilot project for the online issue of visitor cards, each bearing its own costs under a joint work plan."""
    gap: """The Municipality of Kallithea (the "Contracting Authority") and Saronic Call S.A. (the "Contractor") agree as follows. The Contractor shall operate the municipal helpdesk.

Article 8

3. The contracting parties may discuss whether to carry out together a pilot project for the online issue of visitor cards."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

6.9 Nothing in this Contract obligates either party to fund or undertake joint projects."""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

6.9 The parties shall each year fund and undertake joint innovation projects from a shared innovation budget of EUR 50,000."""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

31. The parties shall carry out a Joint Digitisation Initiative to let customers track their files by SMS, funded sixty per cent (60%) by the Client and forty per cent (40%) by the Supplier."""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

7.1 The Parties shall jointly implement the village outreach initiative in three districts, each at its own cost."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

7.1 The Supplier shall implement the village outreach initiative in three districts at its own cost."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.5 The parties will examine in good faith the possibility of setting up a joint innovation fund for digital services to parents."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.5 The parties shall set up a joint innovation fund for digital services to parents, to which each contributes ILS 150,000 a year, after examining the feasibility of each project funded."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

6. The parties shall jointly organise at least four affiliation outreach campaigns during the term, with the Principal providing registration staff and the Contractor providing bilingual operators and the promotion of the campaigns."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

6. The Principal may, at its discretion, share with the Contractor forecasts of the affiliation campaigns it plans."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

14.2 The parties shall also carry out together the "Town Up to Date" (Ciudad al Día) initiative, in which the Contractor's agents and the Principal's staff visit the rural villages to enrol residents for payment reminders by text message."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

14.2 The parties may in future discuss an initiative in which the Contractor's agents visit the rural villages."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

6.6 Joint projects for the development of remote services may be carried out by the parties under separate contracts."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

6.6 In 2026 the parties shall jointly carry out a pilot project for the development of remote services, each bearing half of its cost."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

9.4 The parties jointly design and fund, in equal shares, multilingual guides and video tutorials on residence-permit formalities."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

9.4 Joint projects on the Applicant experience may be considered where the parties see fit."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

9.4 Joint projects to develop the service may be agreed by the Parties by supplementary agreement."""
  }
}

# Material handed over as it is, with no promise to keep it current: "The knowledge base is supplied as it
# stands, and the Company gives no commitment to update it".
vocab tp_no_update = /\b(?:no|without\s+any|without)\s+(?:commitment|obligation|undertaking|duty|promise)\s+to\s+(?:update|revise|refresh|maintain|keep)\b/
  | /\b(?:supplied|provided|given|delivered)\s+as\s+(?:it\s+stands|is)\b/

# Updates bought one at a time, not kept current: "Updates to training materials ... shall be performed only
# pursuant to a Change Order, if Credit Union elects to request one."
vocab tp_only_on_order = /\bonly\s+(?:pursuant\s+to|under|through|by(?:\s+means\s+of)?|upon|on|against)\s+(?:a|an|the\s+issue\s+of\s+a)\s+(?:separate\s+)?(?:change\s+(?:orders?|requests?|notes?)|variations?|work\s+orders?|statements?\s+of\s+work|purchase\s+orders?)\b/

rule TP-007 "Training and knowledge material is kept current and staff learn the client's CX vision" {
  area: partnership
  severity: medium
  source: "003 (performance management: training and knowledge base documentation)"
  # (A refresh left to choice or to a later agreement is no duty: "The Agency may, if it deems fit,
  # refresh its knowledge base", "only if the parties later agree in writing".)
  # (nor only trying: "will try to keep its training material and knowledge articles reasonably up to date")
  require: (sentence mentions tp_material and mentions tp_update and mentions tp_change and not mentions tp_no_update
            and not mentions optional and not mentions deferred and not mentions mere_try and not mentions tp_only_on_order
            and not (permits any party to tp_update and not obliges any party to tp_update))
        # (not the client keeping its own manual current: "The Cannery shall keep its own settlement
        # procedures manual up to date")
        or (sentence mentions tp_material and mentions tp_current and not mentions tp_no_update
            and not mentions optional and not mentions deferred and not mentions mere_try and not mentions tp_only_on_order
            and not (obliges client to tp_current and not obliges provider to tp_current))
        # the change told in one sentence, the update with its deadline in the next ("When we change a
        # tour or a price, we will tell you in writing. You will update your scripts and help notes within
        # three working days.")
        or (paragraph mentions tp_change and mentions tp_update near tp_material within 4 words and has duration
            and not mentions tp_only_on_order and not mentions mere_try)
        or (sentence mentions tp_train and mentions tp_cx_vision)
  message: "Training and knowledge-base material is not required to be kept current with process changes, and provider staff are not trained on the client's customer-experience vision."
  fix: "The Supplier shall update the knowledge base, scripts and training materials within five (5) Business Days of any product, policy or process change notified by the Client, and shall train all agents on the Client's customer experience vision and brand values during induction and whenever they change."
  tags: partnership, training, knowledge-base
  examples {
    pass: """This Agreement is made between Harbour Salt Ltd (the "Client") and Tide Contact Ltd (the "Supplier").

The Supplier shall provide the Services to the Client.

The Supplier shall maintain a desk guide covering every process and shall update it within three Business Days after the Client notifies a change to a payment rule."""
    gap: """This Agreement is made between Harbour Salt Ltd (the "Client") and Tide Contact Ltd (the "Supplier").

The Supplier shall provide the Services to the Client.

The Supplier shall maintain a desk guide covering every process."""
    gap: """This Agreement is made between Hjaltland Knitwear Limited (the "Company") and Skerryvoice Limited (the "Service Provider").

The Service Provider shall provide the Services to the Company.

The knowledge base is supplied as it stands, and the Company gives no commitment to update it when products or prices change."""
    pass: """This Agreement is made between Hjaltland Knitwear Limited (the "Company") and Skerryvoice Limited (the "Service Provider").

The Service Provider shall provide the Services to the Company.

The Service Provider shall update the knowledge base within two Business Days whenever products or prices change."""
    gap: """This Agreement is made between Pago Pago Albacore Packers Company (the "Cannery") and Leone Business Services LLC (the "Service Partner").

The Service Partner shall operate the supplier payments desk for the Cannery.

(c) The Cannery shall keep its own settlement procedures manual up to date and shall train its clerks on each revision."""
    pass: """This Agreement is made between Pago Pago Albacore Packers Company (the "Cannery") and Leone Business Services LLC (the "Service Partner").

The Service Partner shall operate the supplier payments desk for the Cannery.

(c) The Service Partner shall keep the settlement procedures manual used by its agents up to date."""
    pass: """This Agreement is made between Andros Flats Lodge Limited (the "Lodge") and Conch Reef Reservations Ltd. (the "Bureau").

The Bureau shall answer enquiries from the customers of the Lodge on its behalf.

10.2 The Bureau shall keep its Lodge Guide Book, containing rates, packages, tide tables and travel information, up to date and shall amend it within two (2) days after the Lodge notifies any change."""
    pass: """This Agreement is made between Andros Flats Lodge Limited (the "Lodge") and Conch Reef Reservations Ltd. (the "Bureau").

The Bureau shall answer enquiries from the customers of the Lodge on its behalf.

10.2 At the start of each Season all agents handling the Lodge's enquiries shall attend a briefing, at the Lodge or by video, on the angler experience the Lodge aims to offer: unhurried, personal and conservation-first."""
    gap: """This Agreement is made between Andros Flats Lodge Limited (the "Lodge") and Conch Reef Reservations Ltd. (the "Bureau").

The Bureau shall answer enquiries from the customers of the Lodge on its behalf.

10.2 The Lodge may sell a printed guide book to its guests at the front desk."""
    gap: """This Agreement is made between Andros Flats Lodge Limited (the "Lodge") and Conch Reef Reservations Ltd. (the "Bureau").

The Bureau shall answer enquiries from the customers of the Lodge on its behalf.

4.8 Once in each year the Lodge shall brief the Bureau on its customer experience strategy at an annual meeting."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

When we change a route, a price or our refund policy, we will tell you in writing. You will update your scripts and help notes within three working days and brief your agents before their next shift."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

When we change a route, a price or our refund policy, we will tell you in writing. Your agents will read the notice before their next shift."""
    pass: """This Agreement is made between Black Belt Pecan Shelling Company, Inc. ("Sheller") and Tensaw Contact Partners, LLC ("Contractor").

5.5 Contractor shall revise the Desk Knowledge Library within three (3) Business Days after Sheller notifies a change to its Settlement, grading or payment procedures."""
    pass: """This Agreement is made between Black Belt Pecan Shelling Company, Inc. ("Sheller") and Tensaw Contact Partners, LLC ("Contractor").

5.5 Every new agent shall complete, before handling live contacts, a half-day module on the "Fair to the Farm Gate" grower-service charter delivered with Sheller's grower relations staff."""
    gap: """This Agreement is made between Black Belt Pecan Shelling Company, Inc. ("Sheller") and Tensaw Contact Partners, LLC ("Contractor").

5.5 Contractor shall keep a Desk Knowledge Library for its own agents."""
    gap: """This Agreement is made between Black Belt Pecan Shelling Company, Inc. ("Sheller") and Tensaw Contact Partners, LLC ("Contractor").

5.5 Every new agent shall complete a half-day module on the payroll system."""
    pass: "11.5. The Supplier shall bring its order handbook and operator training materials into line with any change in the Client's products or prices within five working days of notification."
    gap: "11.5. The Supplier shall bring its invoices into line with the Client's accounting calendar."
    pass: "3.2. The Supplier shall keep the operators' reference materials up to date and shall make changes to them within three (3) working days after the Client notifies it of a change in prices."
    pass: "3.2. The Supplier shall train the operators in the Client's Patient Service Standard before they are admitted to work."
    gap: "3.2. The Supplier shall train the operators in the Client's information security standards before they are admitted to work."
    pass: "(5) The Contractor shall keep the Helpdesk knowledge base and scripts current, and shall process every change notified by the Bureau within two working days."
    gap: "(5) The Contractor shall keep the Helpdesk staff rota current."
    pass: """All agents shall receive a training on the Bureau's service vision, "one government, one answer", before they start work."""
    gap: "All agents shall receive a training on the Bureau's data protection rules before they start work."
    pass: "The Supplier shall update the Helpline's information base within three working days following notification by the Client of any change in the delivery procedures."
    pass: "The Supplier shall train each of its advisers, before assigning them to the Helpline, on the Client's charter \"Every Teacher Served\"."
    gap: "The Supplier shall keep an information base of its own staff rosters."
    gap: "The Supplier shall train each of its advisers on its own code of conduct."
    pass: "The Supplier shall update the knowledge base within five Business Days of any process change notified by the Client"
    pass: "The Vendor shall keep all call scripts and knowledge articles up to date."
    pass: "All Service Provider agents shall complete the Bank's brand immersion training, covering its customer experience principles, before handling live contacts."
    pass: "The Contractor shall revise its training materials to reflect each new product launch no later than the launch date."
    pass: "The Vendor shall update its claims handling playbook for the Client within ten (10) Business Days after the Client notifies a change in its claims procedures."
    pass: "The Contractor shall train its agents on the Council's \"Resident Promise\", the Council's charter for the way residents are to be treated, during onboarding."
    gap: "The Contractor shall train its agents on the Council's procurement rules during onboarding."
    gap: "The knowledge base is owned by the Client."
    gap: "The Supplier shall deliver initial product training to all agents before go-live."
    gap: "The Supplier is not responsible for updating the knowledge base after a process change."
    gap: "The Supplier shall train its agents on the Client's data protection policies."
    gap: "The Vendor shall maintain a knowledge base for the Services."
    gap: """This Agreement is made between Harbour City Municipality (the "Municipality") and Ubuntu Connect (Pty) Ltd (the "Service Provider"). The Service Provider shall operate the Municipality's customer-care centre for rates, water and electricity queries.

13.1 The Municipality may update the knowledge base used by the Service Provider's agents from time to time. The Service Provider has no responsibility for training content or for keeping the knowledge base current."""
    gap: """This Agreement is made between ShopLah Pte. Ltd., Singapore (the "Platform"), and Merlion Care Pte. Ltd. (the "Agency"). The Agency shall provide buyer and seller customer support for the Platform.

8.3 The Agency may, if it deems fit, refresh its knowledge base and training materials when the Platform changes its processes."""
    gap: """This Agreement is made between Lesedi Solar (Pty) Ltd ("Lesedi Solar") and Khanya CX (Pty) Ltd ("Khanya CX"). Khanya CX will run the customer-care desk for Lesedi Solar's rooftop customers.

34. Making the desk better. Khanya CX will try to keep its training material and knowledge articles reasonably up to date."""
    pass: """This Agreement is made between Lesedi Solar (Pty) Ltd ("Lesedi Solar") and Khanya CX (Pty) Ltd ("Khanya CX"). Khanya CX will run the customer-care desk for Lesedi Solar's rooftop customers.

34. Making the desk better. Khanya CX must keep its training material and knowledge articles up to date, and update them within five business days of any change Lesedi Solar tells it about."""
    gap: """This Master Services Agreement is entered into by Front Range Community Credit Union ("Credit Union") and Summit Ridge Contact Solutions, LLC ("Vendor"). Vendor shall provide member contact center services to Credit Union.

3. Training. Vendor shall deliver eighty (80) hours of initial training to each agent using materials provided by Credit Union. Updates to training materials resulting from changes in Credit Union's products or procedures shall be performed only pursuant to a Change Order, if Credit Union elects to request one."""
    pass: """This Master Services Agreement is entered into by Front Range Community Credit Union ("Credit Union") and Summit Ridge Contact Solutions, LLC ("Vendor"). Vendor shall provide member contact center services to Credit Union.

3. Training. Vendor shall update its training materials and knowledge articles within five (5) business days after any change in Credit Union's products or procedures, at no additional charge."""
    pass: """Service Agreement between Turku Health Authority (hereinafter "the Purchaser") and Auranlaakso Terveyspalvelut Oy (hereinafter "the Service Producer"). The Service Producer returns callback requests for the Purchaser.

The Service Producer shall update the instructions used by its nurses within two (2) working days of the Purchaser notifying a change in a care guideline or a local instruction."""
    pass: """THIS CONTRACT is made between LAKESIDE REGIONAL HOSPITAL (the "PDE") and KYOGA CONTACT SERVICES LIMITED (the "Service Provider"). The Service Provider shall operate the maternal health helpline of the PDE.

7.3 The Service Provider shall update the helpline knowledge base and scripts within three (3) working days after the PDE issues a new or revised protocol."""
    gap: """THIS CONTRACT is made between LAKESIDE REGIONAL HOSPITAL (the "PDE") and KYOGA CONTACT SERVICES LIMITED (the "Service Provider"). The Service Provider shall operate the maternal health helpline of the PDE.

7.3 The Service Provider shall write the helpline knowledge base and scripts before go-live, following the protocols of the PDE."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

4.3 The Supplier shall update its knowledge base as far as possible when the Client launches new products."""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

4.3 The Supplier shall update its knowledge base within two working days whenever the Client launches new products."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

14.1 The Contractor shall revise the response manual and the frequently asked questions within three business days after the Principal notifies a change in tariffs or payment methods."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

14.1 The Contractor shall keep a response manual. The Principal may notify a change in tariffs at any time."""
  }
}
