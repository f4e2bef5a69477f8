pack bpo-service-levels "1.0.0" { description: "Service levels of the outsourced customer service: measurable targets, customer-experience measures, the client's reciprocal service levels, business-aligned IT service levels, performance reporting and a shared customer service system" }

# ---- vocabularies ------------------------------------------------------------------------------

# The people the service is for, under the many names sectors give them (patients, members,
# citizens, passengers, guests, families, learners...): "their satisfaction", "their experience
# strategy", "their feedback". Named inside other patterns as {end_customer}; a pattern adds "s?".
# The contract's own defined name for them counts too ("Retailer" means any customer of the Company
# that buys for resale).
vocab end_customer = /customer|citizen|neighbou?r|caller|patient|member|passenger|policy\s?holder|guest|consumer|shopper|subscriber|claimant|resident|travell?er|cardholder|card\s+holder|end[\s-]user|student|pupil|learner|parent|famil(?:y|ie)|tenant|renter|hirer|homeowner|borrower|account\s?holder|applicant|depositor|beneficiar(?:y|ie)|enrollee|patron|visitor|taxpayer|ratepayer|rider|farmer|producer|grower|{customer_term}/

# Generic names for a service level (they say "there is a target", not what is measured).
vocab sla_kpi = "service level" | "service level target" | "service level agreement" | /\bSLAs?\b/
              # plain English: "One of the things we'll judge your service on is ..."
              | /\b(?:judge|judges|measure|measures|assess|assesses|rate|rates)\s+(?:your|the|its|our)\s+(?:service|performance)\s+(?:on|by)\b/
              | /\bKPIs?\b/ | "key performance indicator" | "performance indicator" | "performance standard"
              | "performance target" | "performance measure" | "performance metric" | "performance requirement"
              | "acceptable quality level" | /\bAQLs?\b/ | "service standard" | "service target"
              # civil-law and Asian drafting in translation: "service indicators", "quality indicators"
              | /\b(?:service|quality|performance)\s+indicators?\b/
              # Dutch and German drafting: "the service norms", defined as "the Norms"
              | /\b(?:service|quality|performance)\s+norms?\b/ | /(?-i:\bNorms?\b)/

# Named contact-centre and service metrics: what is measured. ("Uptime Credit" and "Response Time
# Credit" are credits, not metrics: a defined "Service Credit" that opens with them must not count.)
vocab sla_metric = "average speed of answer" | "speed of answer" | /\bASA\b/ | "time to answer"
                 | "abandonment rate" | "abandon rate" | "abandoned call" | "abandoned contact" | "call abandonment"
                 | "first contact resolution" | "first call resolution" | "first time resolution" | /\bFCR\b/
                 | "average handle time" | "average handling time" | "handle time" | "handling time" | /\bAHT\b/
                 | /\b(response|resolution)\s+times?\b(?!\s+credit)/ | "time to respond" | "time to resolve"
                 | /\b(availability|uptime)\b(?!\s+credit)/ | "customer satisfaction" | /\bCSAT\b/ | "net promoter score"
                 | /\bt?NPS\b/ | "customer effort score" | "quality score" | "quality assurance score"
                 | /\bQA score/ | "accuracy" | "schedule adherence" | "occupancy" | "wait time" | "waiting time"
                 | "queue time" | "grade of service" | "service factor" | "error rate" | "call blockage"

# Metrics measured as a time (a duration is a target for these, not for "availability").
vocab sla_time_metric = "average speed of answer" | "speed of answer" | /\bASA\b/ | "time to answer"
                      | "average handle time" | "average handling time" | "handle time" | "handling time" | /\bAHT\b/
                      | /\b(response|resolution)\s+times?\b(?!\s+credit)/ | "time to respond" | "time to resolve"
                      | "wait time" | "waiting time" | "queue time" | "time to restore" | "restoration time"

# Contacts handled by the service, and what happens to them.
vocab sla_contact = "call" | "contact" | "interaction" | "email" | "e-mail" | "chat" | "message" | "ticket"
                  | "inquiry" | "enquiry" | "query" | "queries" | "incident" | "case" | "complaint"
                  | "customer escalation" | "escalated customer issue" | "service request" | "letter" | "correspondence"
vocab sla_handled = "answered" | "answer" | "responded" | "respond" | "response" | "resolved" | "resolve"
                  | "resolution" | "closed" | "acknowledged" | "abandoned"

# A percentage as written ("80%", "ninety per cent (90%)").
vocab sla_pct = /\d+(\.\d+)?\s*(%|per\s?cent\b|percent\b|pct\b)/ | /\b(per\s?cent|percent)\b/

# A contact-centre ratio ("an 80/20 service level": 80% answered in 20 seconds) or a score
# ("4.5 out of 5", "+35"); dates ("12/11/2017") and "24/7" are not ratios.
vocab sla_ratio = /(?<![\d\/.])\d{2,3}\s?\/\s?\d{2,3}(?![\d\/])/
vocab sla_score = /\b\d+(\.\d+)?\s*(out\s+of|\/)\s*(5|10)\b(?![\d\/])/ | /(?<![\w.])[+]\s?\d{1,2}\b/

# A column naming what is measured ("| What we measure | Target each month |", "| Measure | Target |").
vocab sla_measure_column = exact "measure" | exact "measures" | exact "metric" | exact "metrics"
                         | exact "what we measure" | exact "what is measured" | exact "indicator" | exact "indicators"
vocab sla_target_column = "target" | "standard" | "threshold" | "minimum" | "required level" | "requirement"
                        | "expected level" | "acceptable quality level"
# A column that weighs criteria against each other ("| Criterion | What is evaluated | Weight |"):
# its percentages are shares of a score, not targets.
# So does a column of where things stand today ("| Benefit | Starting point (2025) | Measure |"):
# a baseline is not a level anyone must meet.
vocab sla_weight_column = "weight" | "weights" | "weighting" | "weightings" | "share of score"
                        | "starting point" | "baseline" | "current level" | "current performance"

# Words that turn a number into a target.
vocab sla_from_client = /\b(?:inquiries|enquiries|queries|requests|questions|communications|correspondence)\s+(?:from|by|of)\s+(?:the\s+)?{client}\b/
vocab sla_bound = "within" | "at least" | "no less than" | "not less than" | "no more than" | "not more than"
                | "or more" | "or higher" | "or better" | "or less" | "or lower" | "or fewer" | "or above"
                | "not exceed" | "minimum" | "maximum" | "target" | "below" | "above" | "less than"
                | "greater than" | "more than" | "exceed" | "achieve" | "maintain"

# A phrase that names the target itself ("Target service level", "KPI target").
vocab sla_target_phrase = "target service level" | "service level target" | "target level" | "KPI target"
                        | "target performance" | "performance target" | "minimum service level"
                        | "minimum performance level" | "target score"

vocab sla_credit_word = "service credit" | "credit" | "deduction" | "reduction" | "fee" | "charge"
                      | "liability" | "price"

# Customer-experience measures.
# A customer-experience measure taken by survey, whatever it is called (used by the incentives pack
# too): the score the people served give ("Exhibitor survey, average rating of the help desk"), or a
# satisfaction measured by surveying them ("Driver satisfaction (SMS survey after contact, scale 1 to
# 5)"); not the staff's.
vocab cx_survey = /(?<!staff )(?<!employee )(?<!agent )(?<!colleague )(?<!engagement )(?<!satisfaction )\bsurveys?\b[^.;|]{0,40}?\b(?:average\s+|mean\s+)?(?:ratings?|scores?)\b/
  | /\b(?<!employee )(?<!staff )(?<!agent )(?<!client )(?<!workforce )satisfaction\b[^.;|]{0,30}?\bsurveys?\b/
  # a survey scored on a scale, in a table row too: "Post-trip guest survey | average of at least 4.6 out of 5"
  | /(?<!staff )(?<!employee )(?<!agent )(?<!colleague )(?<!engagement )\bsurveys?\b(?:[^.;]|\.(?=\d)){0,40}?\bout\s+of\s+(?:5|five|10|ten)\b/
  | /(?<!staff )(?<!employee )(?<!agent )(?<!colleague )(?<!engagement )\bsurveys?\s+(?:average|mean)\b/
  # the score first, the survey after: "Guest Booking Score (post-booking survey, 1-5)"
  | /(?<!staff )(?<!employee )(?<!engagement )(?<!agent )(?<!colleague )\b(?:scores?|ratings?)\b[^.;|]{0,30}?(?<!staff )(?<!employee )(?<!engagement )(?<!agent )(?<!colleague )(?<!client )\bsurveys?\b/

# A score of how the people served felt, whatever it is named ("Guest Sentiment Score", "Diver Feedback
# Rating", "happiness score"); not the staff's own, nor the client's.
vocab cx_score = /(?<!employee\s)(?<!staff\s)(?<!agent\s)(?<!colleague\s)(?<!client\s)(?<!engagement\s)\b(?:experience|satisfaction|happiness|sentiment|delight|feedback)\s+(?:scores?|index|ratings?|marks?|grades?)\b/
  # "Happy-customer score (share of customers answering "yes" to our text survey ...)"
  | /\bhappy[\s-](?:customer|guest|caller|member|buyer|client|user)s?\s+(?:scores?|index|ratings?|rates?)\b/

vocab sla_cx = "customer satisfaction" | /\bCSAT\b/ | "net promoter score" | "net promoter" | /\bt?NPS\b/
             | "customer effort score" | "customer effort" | /\bCES\b/ | "quality score" | "quality assurance score"
             | /\bQA scores?\b/ | "quality monitoring score" | "quality evaluation score" | "call quality score"
             | "customer experience score" | "satisfaction score" | "customer sentiment score"
             | "ease score" | "customer ease"
             # Italian drafting's "indice di gradimento" (approval rating), read from a survey at the end of the call
             | /\bgradimento\b/ | /\bsurvey\s+at\s+the\s+end\s+of\s+(?:the|each|every)\s+(?:call|contact|conversation|chat)\b/
             # The service's end customers go by many names (patients, members, citizens, passengers,
             # guests): their satisfaction, effort or experience score is a customer-experience measure.
             # ("Client satisfaction" is left out: the client is the buyer, not its customers, and
             # "to the reasonable satisfaction of the Client" is no measure.)
             | /\b(?:{end_customer}|user)s?['’]?\s+(?:(?!(?:and|or|of|the|a)\b)[\w-]+\s+)?(?:satisfaction|effort\s+score|sentiment\s+score|experience\s+(?:score|index|rating|measure))\b/
             # "Average guest rating of at least 4.5 out of 5 stars"
             | /\b(?:average\s+)?(?:{end_customer})s?['’]?\s+ratings?\b/ | /\bout\s+of\s+(?:5|five)\s+stars\b/
             | cx_score
             | cx_survey
             # plain English: "how satisfied growers are with the line"
             | /\bhow\s+satisfied\s+(?:our\s+|your\s+|the\s+)?(?:{end_customer}|user)s?\s+are\b/
             # the rating the people served give ("average support rating given by Riders (1 to 5 stars)",
             # "post-call star rating")
             | /\b(?:support|service|star|call|chat|contact|post-[\w-]+)\s+ratings?\b(?=[^.;|]{0,40}?\b(?:given|by|from)\s+(?:the\s+)?(?:{end_customer}|user)s?\b|[^.;|]{0,40}?\bstars?\b)/
# "Satisfaction surveys and quality scoring are not included in the Services": the engine does not
# negate a subject standing before its negation, so the pattern starts at the subject.
# A survey of the callers after each contact, whatever its score is called: in a table of levels
# ("Client Satisfaction Index (post-contact survey, scale 1-5) | 4.3 or higher", where the clients
# are the callers) it is a customer-experience level; in prose it may only price a premium.
# ("the post-attention survey", as Latin American drafting calls the service given)
vocab sla_cx_survey = /\b(?:post-?(?:contact|call|chat|interaction|transaction|attention|service|visit)|after-call)\s+surveys?\b/
# (... or that it does not bear on a payment: "Guest satisfaction and the Service Standards do not affect it".)
vocab sla_cx_off = /\b(csat|nps|satisfaction|effort|quality|scores?|scoring|surveys?|measures?)\b[^.;]{0,80}?\b(are|is|shall|will|do|does)\s+not\s+(be\s+)?(included|include|part|form\s+part|measured|count|apply|affect|influence|a\s+service\s+level|service\s+levels?|kpis?|a\s+kpi|key\s+performance)/
# (the client's own survey kept for itself: "The Board carries out its own student satisfaction surveys for its own
# information")
vocab sla_cx_off += /\bfor\s+its\s+own\s+(?:information|use|purposes|records)\b/
# A measure the contract keeps out of the service levels in words: "collected for information only",
# "shall not form part of the Service Levels".
vocab sla_not_a_level = "for information only" | "for information purposes only" | "information only"
  | "for reference only" | "reference only" | "for reference purposes only"
  | "for monitoring only" | "shall not form part of the service levels" | "does not form part of the service levels"
  | "not form part of the service levels" | "not a service level" | "not be a service level"
  # the goals of a benefits register ("§ 14 Benefits realisation | Benefit | Indicator | Goal 2027/28")
  | /\bbenefits?\s+(?:realisation|realization|register|tracking)\b/
  # "Those surveys and their results are outside the scope of this Agreement"
  | /\b(?:outside|beyond)\s+(?:the\s+)?scope\s+of\s+(?:this|the)\s+(?:agreement|contract)\b/
# A limit on how often something is done is a cadence, not a level: "map the journey ... and the
# answer to any query, at intervals not exceeding nine months".
vocab sla_cadence_only = /\bat\s+intervals\s+(?:of\s+)?(?:not\s+exceeding|no\s+(?:longer|more)\s+than|not\s+(?:longer|more)\s+than|at\s+most)\b/
# Nor is a time to settle a dispute between the parties ("If the contacts cannot resolve it within 10
# Business Days, either party may bring proceedings"), a vague share ("do your best to answer most calls
# within a minute"), a premium's trigger ("a Performance Premium of up to 3% of the annual fees where the
# average waiting time ..."), or a time to answer the client's own queries ("respond to any written
# query from the Company within four business hours").
vocab sla_not_service = /\b(?:resolve|settle)\s+(?:it|the\s+(?:dispute|matter|disagreement))\b/
  | /\b(?:answer|handle|resolve)\s+(?:most|many|the\s+majority\s+of)\s+(?:calls|contacts|e-?mails|messages|enquiries|queries|chats)\b/
  | /\b(?:premium|bonus)\s+(?:of|equal\s+to)\b/
  | /\b(?:quer(?:y|ies)|requests?|questions?)\s+(?:received\s+)?from\s+(?:the\s+)?{client}\b/
  # an invoice queried: "may query any invoice ... and may hold back the queried amount"
  | /\b(?:query|queries|dispute|disputes|contest|contests|challenge|challenges)\s+(?:any|an|the|each|a)\s+(?:invoice|bill|amount|charge)\b/
  | /\bqueried\s+(?:amount|sum|charge|invoice)\b/
  # figures given only when asked, with a time to give them: "information on the number of calls and
  # waiting times only upon a written request of the Purchaser, within ten Working Days"
  | /\b(?:information|data|figures|statistics)\s+(?:on|about|regarding|concerning)\b[^.;]{0,80}?\b(?:only\s+)?(?:upon|on|at)\s+(?:a|the)\s+(?:written\s+)?request\b/
vocab sla_report_on_request = /\b(?:submit|provide|send|deliver|make|give)\s+(?:\w+\s+){0,2}?reports?\b[^.;,]{0,60}?\b(?:only\s+)?(?:at|upon|on)\s+(?:the\s+)?(?:written\s+)?request\b/
vocab sla_no_target = deferred | sla_not_a_level | sla_cadence_only | sla_not_service
vocab sla_cx_target = "target" | "at least" | "no less than" | "not less than" | "minimum" | "threshold"
                    | "or more" | "or higher" | "or above" | "or better" | "score of" | "achieve" | "exceed"

# Section headings under which a measure is a service level.
vocab sla_heading = sla_kpi | "service level" | "key performance" | "performance standard" | "scorecard"
                  | "performance measure" | "performance management" | "quality assurance surveillance"

# What the client does for the provider under a reciprocal service level.
# ("provide" and "inform" are patterns: as phrases they would also match "Provider" and "information".)
vocab sla_client_act = "respond" | "response" | "reply" | "answer" | "approve" | "approval" | "sign off"
                     | "review" | /\bprovid(e|es|ed|ing)\b/ | "deliver" | "supply" | "furnish" | "give" | "send"
                     | "make available" | "confirm" | "notify" | /\binform(s|ed)?\b/ | "decide" | "decision"
                     | "communicate" | "transmit" | "forward" | "validate" | "validation"
                     | "acknowledge" | "comment" | "feedback" | "forecast" | "grant" | "issue"
                     | /\baccept(s|ed)?\b/ | "reject" | "share" | "escalate" | "resolve"
                     # plain English: "we'll tell you by 3 pm on that day", "let you know"
                     | /\b(?:tell|tells|told)\s+(?:you|us|them|the\s+[\w-]+)\b/ | /\blet\s+(?:you|us|them)\s+know\b/
# A time limit written as a day of the month: "no later than the 5th Business Day of each month".
vocab sla_deadline = /\b\d{1,2}(st|nd|rd|th)\s+(business\s+|working\s+|calendar\s+)?day\b/
                   | /\b(first|second|third|fourth|fifth|tenth|last)\s+(business\s+|working\s+|calendar\s+)?day\s+of\b/
                   # or as an hour of the day: "by 12:00 each Friday", "no later than 10:00 a.m. on that Business Day"
                   | /\b(by|before|no\s+later\s+than|not\s+later\s+than)\s+(\d{1,2}[:.]\d{2}|\d{1,2}\s*[ap]\.?m\b)/
                   # ... or as a date in the month: "no later than the 20th of each month"
                   | /\b(by|before|no\s+later\s+than|not\s+later\s+than|on\s+or\s+before)\s+the\s+\d{1,2}(st|nd|rd|th)\s+(day\s+)?of\s+(each|every|the)\b/
vocab sla_forecast = "forecast" | "volume projection" | "volume plan"
  | /\bexpected\s+(?:number|volumes?)\s+of\b/
# Client duties that are ordinary commercial terms, not service levels owed to the provider.
# (A "Payment Query", a "Payment File", a grower's "payment query", a "payment hold" or a "pool
# payment" to growers is the desk's own business, not the fees.)
vocab sla_not_reciprocal = "pay" | "invoice"
                         # a one-off input before the service starts, not a level it keeps ("shall provide its
                         # existing scripts at least seven (7) days before that date", "Before the Commencement Date")
                         | /\bbefore\s+(?:that|the)\s+(?:date|commencement\s+date|start\s+date|go-live(?:\s+date)?|effective\s+date|launch\s+date|service\s+commencement(?:\s+date)?)\b/
                         # ... "Before the Operator starts, the Owner will give the Operator's team a one-day induction"
                         | /\bbefore\s+(?:the\s+)?{provider}\s+(?:starts|begins|commences|takes\s+over|goes\s+live)\b/
                         # ... "before the commencement of the Services, with a one-off training of two days"
                         | /\b(?:before|prior\s+to)\s+the\s+(?:commencement|start|beginning)\s+of\s+(?:the\s+)?(?:services?|contract|agreement|operations?|performance)\b/
                         | /\b(?:one-off|one-time|once-off)\b/
                         # (not the end customers' payments a desk explains: "the registers of payments made to Farmers")
                         | /\b(?<!pool )(?<!grower )(?<!growers' )(?<!after the )payments?\b(?![\s-]+(?:quer(?:y|ies)|enquir(?:y|ies)|files?|runs?|notices?|records?|registers?|details|status|calendars?|holds?|methods?|options?|channels?|means|modes?)\b)(?!\s+(?:made\s+|paid\s+|due\s+)?to\s+(?:the\s+)?(?:{end_customer})s?\b)/ | "terminate" | "termination" | "renew"
                         # (a claim between the parties, not the insurance claims a claims desk refers: "decide
                         # every claim referred to it by the Supplier")
                         | "renewal" | /(?<!every\s)(?<!each\s)\bclaims?\b(?!\s+(?:referred|escalated|forwarded|passed|procedures?|handling|submissions?|decisions?|files?|records?|numbers?|forms?|status)\b)(?!\s+(?:[\w-]+\s+)?(?:desk|team|line|centre|center|unit|department|queue)\b)/
                         | "indemnify" | "indemnity" | "insurance" | "liability"
                         # a review before deciding on an extension is the renewal's review point (CM-003)
                         | /\bwhether\s+(?:or\s+not\s+)?to\s+extend\b/ | /\bextend\s+the\s+(?:term|contract\s+period|agreement|contract)\b/
                         # ... "will decide whether to exercise the option having regard to that review"
                         | /\bwhether\s+(?:or\s+not\s+)?to\s+(?:exercise|take\s+up)\s+(?:the|an?|any|its)\s+(?:[\w-]+\s+)?options?\b/
                         # ... "on the basis of which the Contracting Entity shall decide on the extension"
                         | /\bdecides?\s+(?:on|about|upon)\s+(?:the\s+|its\s+|any\s+|each\s+|an\s+)?(?:renewal|extension)\b/
                         # a refund of the fees, not the refunds to customers a desk approves
                         | /\brefunds?\s+(?:of\s+)?(?:the\s+|any\s+)?(?:fees?|charges?|amounts?\s+paid|overpayments?|prepayments?)\b/
                         # (not the residents' compensation a relocation desk explains: "any compensation question")
                         | /\bcompensation\b(?!\s+(?:questions?|quer(?:y|ies)|enquir(?:y|ies)|cases?|files?|applications?))/
                         | "warranty" | "breach" | "remedy" | "audit"
                         # A dispute between the parties, or the right to raise one ("dispute any
                         # amount"); not the end customer's disputes a card-disputes desk handles.
                         # (nor a dispute about the data the desk works on: "resolve any dispute about E-Challan
                         # data referred to it by the Operator within three Working Days")
                         # (not a kind of case the desk refers: "any case referred to it (including disputed
                         # student status, mixed households ...)")
                         # (nor the taxpayers' debts: "the case is atypical (disputed debts, court-suspended debts, successions)")
                         | /\bdisputed\b(?!\s+(?:[\w-]+\s+)?(?:status|cases?|applications?|eligibility|readings?|entries|records?|transactions?|decisions?|debts?|assessments?)\b)/ | "dispute resolution" | /(?:(?<=\bany\s)|(?<=\ba\s))dispute\b(?!\s+(?:about|over|concerning|regarding)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:data|records?|entries|readings?|statements?|bookings?|orders?)\b)/ | "such dispute"
                         | /\bdispute\s+(?:any|an|the|a|all|such|it|that|this)\b/
                         # plain English for disputing an invoice: "If we think a line on a bill is wrong, we'll tell you"
                         | /\bbills?\b(?=[^.;]{0,30}?\b(?:wrong|incorrect|in\s+error|mistaken)\b)/
                         # Credits owed for missed service levels; not a goodwill credit to a customer.
                         | /\b(?:service|performance|fee|sla|kpi)\s+credits?\b/ | "credit note"
                         # notice before changing one's own people: continuity, not a service to the provider
                         | /\b(?:before|prior\s+to)\s+(?:replacing|removing|changing|reassigning|substituting)\s+(?:its|their|his|her|our|your|the|any)\b/
# Headings of a table of the client's own service levels or dependencies ("Part C - Bank Service
# Levels", "Client Dependencies"); "Customer Service Levels" may be the provider's, so it is left out.
vocab sla_client_heading = /\b(client|bank|company|buyer|authority|purchaser|insurer|retailer)\s+(service\s+levels?|obligations?|responsibilit\w*|dependenc\w*)\b/
                         | /\bcustomer\s+(obligations?|responsibilit\w*|dependenc\w*)\b/ | "reciprocal" | "dependencies"
                         | /\b(obligations|responsibilities|undertakings)\s+of\s+(the\s+)?{client}\b/
                         # "B.5 Agency Commitments"
                         | /\b{client}\s+(?:commitments?|undertakings?)\b/
                         # a part of the service-level annex headed by the client alone ("Part 2 - Corporation")
                         | /^\s*(?:the\s+)?{client}\s*$/
# A table of the client's own promises, by its header: "| What we promise you | By when |" (where
# "we" is the client), "| The Bank commits to | Time |".
vocab sla_client_promises = /\b{client}\s+(?:promises?|commits?(?:\s+to)?|undertakes?(?:\s+to)?|will\s+do)\b/
# Words that make a duration a time limit ("within", "no later than", "in advance").
vocab sla_time_limit = "within" | "no later than" | "not later than" | "in advance" | "before" | "prior to"
                     | "at least" | "not less than" | "of receipt" | "after receipt" | "following receipt"
                     | "after the end of" | "of the end of" | "of request" | "after request" | "turnaround"

# IT / technical service levels and the business outcomes they must support.
vocab sla_it = "IT service level" | "technical service level" | "IT SLA" | "system availability" | "availability"
             | "uptime" | "system" | "platform" | "infrastructure" | "telephony" | "network"
             # (software, not the citizens' applications for a pension: "the number of applications ... beyond the capacity")
             | /\b(?:software|IT|web|mobile|desktop|business|core|agent|telephony|CRM|cloud|online)\s+applications?\b/
             | "technology" | /\bIVR\b/ | /\bCRM\b/ | "IT service" | "interactive voice response" | "portal"
             | "website" | "web site" | "mobile app"
             # a thing kept available a share of the time: "shall keep it available at 99.8% per month"
             | /\bavailable\s+(?:at\s+(?:least\s+)?|for\s+(?:at\s+least\s+)?)?\d{2}(?:[.,]\d+)?\s*%/
             | /\b(?:SMS|text|e-?mail|messaging|payment)\s+gateways?\b/
             # a system the client names and keeps up, told by its capacity: "keep the Results View available ...
             # with capacity sufficient to support at least 2,000 patient Enquiries a day"
             | /\bkeep\s+(?:the\s+|its\s+|our\s+)?(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+available\b/
             # "the online entry site", "the web booking system"
             | /\b(?:online|web|internet)\s+(?:[\w-]+\s+){0,2}?(?:site|system|tool|form)s?\b/
vocab sla_business_tie = "business service level" | "business SLA" | "business-level service" | "business outcome"
                       | "business KPI" | "business volume" | "business demand" | "end-to-end service level"
                       | "customer-facing service level" | "operational service level"
# IT service levels named as such, and their purpose: to support the business service levels,
# whatever the contract calls those ("so that they support achievement of the Performance
# Standards", "underpin the KPIs"). The supported measures must not be the IT levels themselves.
vocab sla_it_levels = "IT service level" | "technical service level" | "IT SLA" | "system service level"
                    | "platform service level" | "infrastructure service level" | "technology service level"
vocab sla_supports_business = /\b(?:support|underpin|enabl|secur|sustain|align)\w*\s+(?:(?:the\s+)?(?:achievement|attainment|delivery)\s+of\s+|with\s+)?(?:the\s+)?(?:(?!(?:IT|technical|technology|system|platform|infrastructure)\b)\w+\s+){0,2}?(?:service\s+levels?|performance\s+standards?|KPIs?|key\s+performance\s+indicators?|performance\s+targets?|service\s+standards?)\b/
vocab sla_sized = "sufficient to support" | "sufficient to handle" | "sufficient to process" | "sized" | "dimensioned"
                | "capacity" | "support" | "handle" | "process" | "scale" | "accommodate" | "sufficient to receive"
                # plain English: "must stay available enough to take at least 1,200 calls a day"
                # ... "up enough for us to take at least 2,000 orders"
                # "| Defects portal availability | sufficient for 1,500 Owner reports per day |"
                | /\bsufficient\s+for\s+(?:at\s+least\s+|up\s+to\s+)?\d/
                # ... "available so as to absorb at least 1,200 buyer orders per day"
                # ("available to a level sufficient to issue at least 600 passage tickets")
                | /\b(?:enough|sufficient|able|so\s+as)\s+(?:for\s+(?:us|you|them|it|the\s+[\w-]+)\s+)?to\s+(?:take|receive|accept|carry|cope\s+with|absorb|serve|deliver|send|dispatch|capture|record|register|book|log|handle|process|acknowledge|issue|sell|confirm|complete)\b/
                # "available at a level that allows at least four hundred (400) permit applications"
                | /\b(?:allows?|allowing|enables?|enabling|permits?)\s+(?:at\s+least|up\s+to|a\s+minimum\s+of)\b/
                # "available at the level needed to accept and confirm at least 120 Nominations per day"
                | /\b(?:level|capacity|scale)\s+(?:needed|necessary|required)\s+to\s+(?:accept|take|receive|handle|process|confirm|serve|book|register)\b/
                # "available to the extent needed to release every Payment Run, of up to 450 Grower remittances"
                # ... "to the extent needed for Party B to complete at least 8,000 lift-pass ... transactions"
                | /\bto\s+the\s+extent\s+(?:needed|necessary|required)\s+(?:for\s+(?:[\w-]+\s+){1,3}?)?to\s+(?:accept|take|receive|handle|process|confirm|serve|book|register|release|pay|send|issue|complete|carry\s+out)\b/
# ("this level being set so that the Agency can complete at least 600 Re-KYC customer contacts per Working Day")
vocab sla_sized += /\bso\s+that\s+(?:the\s+[\w-]+|it|we|you|they)\s+(?:can|could|is\s+able\s+to|are\s+able\s+to)\s+(?:complete|handle|take|receive|process|serve|answer|book|register|log|make|deal\s+with)\b/
# (What is counted may be a list: "8,000 lift-pass, lesson and rental transactions".)
# (not a reference's number: "the schedule of prices in Annex 4, applied to the number of calls")
vocab sla_volume = /(?<!annex\s)(?<!schedule\s)(?<!article\s)(?<!clause\s)(?<!section\s)(?<!appendix\s)(?<!exhibit\s)(?<!paragraph\s)(?<!no\.\s)\b\d[\d,.]*\)?\s+([\w'’-]+,?\s+){0,5}?(registrations|transactions|contacts|calls|interactions|users|customers|sessions|orders|claims|applications|chats|emails|payments|remittances|payouts|enquiries|inquiries|bookings|reservations|tickets|cases|queries|requests|appointments|messages|notices|notifications|alerts|statements|(?:{end_customer})s)\b/
                 | "peak volume" | "forecast volume" | "business volume" | "peak period" | "concurrent"
                 # a rate of the people served: "at least 2,500 farmers per hour can look up their results"
                 # (not a service window: \"staffed 24 hours a day\")
                 # ("2,500 Order Lines per Working Day")
                 | /\b\d[\d,.]*\)?\s+(?!(?:hours?|days?|minutes?|times?|hrs?)\b)(?:[\w'’-]+\s+){1,3}?(?:per|an|a|each)\s+(?:(?:working|business|calendar)\s+)?(?:hour|day|minute)\b/
                 # "at least 350 Buyer order confirmations on each Business Day of the peak season"
                 | /\b\d[\d,.]*\)?\s+(?!(?:hours?|days?|minutes?|times?|hrs?)\b)(?:[\w'’-]+\s+){1,3}?(?:on|in)\s+(?:each|every|any|a\s+single)\s+(?:[\w-]+\s+)?(?:hour|day|week)\b/

# Performance reporting.
vocab sla_report = "report" | "scorecard" | "dashboard" | "MI pack" | "management information" | "performance pack"
                 | "summary" | "bulletin" | "bulletins" | "performance statement" | "performance statements"
                 # "a monthly activity statement", "send the Authority a Trail Desk Pack every fortnight"
                 | "activity statement" | "activity statements" | /\bpacks?\b/
vocab sla_perf = sla_kpi | "performance" | "metric" | "scorecard" | "dashboard" | "service report"
               | "operational report" | "management information" | "MI pack"
               # translated civil-law drafting: "a monthly report on the achievement of each target indicator"
               | "target indicator" | "target indicators" | "service indicator" | "service indicators"
               # "a weekly summary of the indicators ... and a monthly report on the achievement of each indicator"
               | /\bachievement\s+of\s+(?:each|every|the|all)\s+(?:[\w-]+\s+)?indicators?\b/ | /\bsummary\s+of\s+the\s+indicators\b/
               # "a monthly activity report comparing the results of the previous month with each indicator"
               | /\b(?:results?|figures)\b[^.;]{0,60}?\b(?:with|against)\s+(?:each|every|the|all)\s+(?:[\w-]+\s+)?(?:indicators?|targets?)\b/
               # ... "a monitoring report each month ... with the results of each indicator"
               | /\b(?:results?|figures|values?)\s+(?:of|for)\s+(?:each|every|all\s+the|the)\s+(?:[\w-]+\s+)?indicators?\b/
               # ... or "the results achieved for each indicator in Annex 1"
               # ... or "showing, for each indicator in Annex 1, the level achieved"
               | /\b(?:results?|figures|scores?|levels?)\s+(?:achieved|obtained|reached|attained)\s+(?:for|on|against)\s+(?:each|every|the|all)\s+(?:[\w-]+\s+)?(?:indicators?|targets?|measures?)\b/
               | /\bfor\s+(?:each|every)\s+(?:indicator|target|measure|service\s+level)\b[^.;]{0,40}?\b(?:the\s+)?(?:level|result|score)s?\s+(?:achieved|obtained|reached|attained)\b/
               # plain English: "a summary of the previous week: how many calls ... you answered and how quickly"
               | /\bhow\s+(?:quickly|fast|promptly|soon)\b/
               | /\bhow\s+many\s+(?:calls|contacts|messages|e-?mails|chats|enquiries|complaints)\b[^.;]{0,60}?\b(?:answered|handled|resolved|abandoned|missed|dropped)\b/
               # the measures themselves: "a monthly report showing ... answer times, abandoned calls"
               | "answer time" | "answer times" | "answering time" | "abandoned calls" | "abandonment rate"
               | "average handling time" | "average handle time" | "response times" | "resolution rate"
               | "first contact resolution" | "waiting time" | "waiting times" | "speed of answer"
               # "results against each target", "performance against the service targets"
               # (and in plain English: "a report showing how we did against every target")
               # ("the results achieved against each Service Level")
               | /\b(?:results?|performance|figures|how\s+(?:we|you|it|they|the\s+\w+)\s+(?:did|performed|ha(?:s|ve)\s+(?:done|performed)|(?:is|are)\s+doing))(?:\s+(?:achieved|attained|obtained|recorded))?\s+against\s+(?:each|the|every|all|our|your)\s+(?:[\w-]+\s+)?(?:targets?|service\s+levels?)\b/

# The client's customer service / ticketing system.
vocab sla_cs_system = /\bCRMs?\b/ | "customer relationship management" | "ticketing system" | "ticketing platform"
  # "the Contact Handling System made available by the Awarding Entity"
  | /\b(?:contact|case|call|enquiry|inquiry|complaints?|request)\s+(?:handling|management|tracking|registration)\s+(?:system|platform|tool)s?\b/
  | /\brelationship\s+management\s+(?:platform|system|tool|software|application)s?\b/
  | /\bcustomer[\s-]+relationship\s+(?:platform|system|tool|software|application)s?\b/
                    | "ticketing tool" | "case management system" | "case management tool" | "case management platform"
                    | "customer service system" | "customer service platform" | "customer care platform"
                    | "contact centre platform" | "contact center platform" | "contact centre system"
                    | "contact center system" | "helpdesk system" | "help desk system" | "service desk tool"
                    | "service desk system" | "Zendesk" | "Salesforce" | "ServiceNow" | "Freshdesk" | "Dynamics 365"
                    | "customer contact platform"
                    # (bare "ticketing" is also the selling of tickets: "sells entrance tickets"; a
                    # "reservation, ticketing and complaint system" is a case system)
                    | /\bticket(?:ing)?\s+(?:module|software|application|workflow)s?\b/
                    | /\bticketing\b(?=[^.;|]{0,40}?\b(?:system|platform|tool)s?\b)/
                    | /\b(?:complaints?|enquir(?:y|ies)|inquir(?:y|ies))\s+(?:management\s+|handling\s+)?(?:system|platform|tool)s?\b/
                    # the record of the people served: "Socios, Cepa's member management system"
                    | /\b(?:{end_customer})\s+(?:relationship\s+)?management\s+(?:system|platform|tool)s?\b/
                    | /\bhelp[\s-]?desk\s+(?:platform|tool|software|application|instance|environment|console)s?\b/
                    | /\b(?:support|service[\s-]desk|customer\s+service|contact[\s-]cent(?:re|er)|case|ticket)\s+(?:platform|tool|software|application|instance|environment|console|workspace|module|system)s?\b/
                    | "agent console" | "agent desktop" | "agent workspace"
# Working inside a system: the provider's agents are bound to do their work in it.
vocab sla_work_in = /\b(?:work|works|working|operate|operates|operating|handle|handles|handling)\s+(?:[\w'’-]+\s+){0,3}?(?:in|inside|within|on|through)\b/
  # "We will do all of this inside your own booking system"
  | /\b(?:do|does|doing)\s+(?:[\w'’-]+\s+){0,3}?(?:inside|within)\b/
# "Its own", and the provider's own by name or as "our own" where it writes as "we".
# Barring any other tool is no bar on the client's: "shall not use any other ticketing tool".
vocab sla_other_system = /\b(?:any\s+other|another|a\s+different|no\s+other|any\s+separate|a\s+separate)\s+(?:[\w-]+\s+){0,2}?(?:ticketing|CRM|systems?|tools?|platforms?|consoles?|software|applications?)\b/
# (Agents given "their own log-in" to the client's system each have an account there; the system is
# still the client's.)
vocab sla_own = "its own" | sla_their_own | /\b{provider's}\s+own\b/
vocab sla_their_own = /\btheir\s+own\b(?!\s+(?:personal\s+|individual\s+)?(?:log-?ins?|logons?|(?:user\s+)?accounts?|credentials?|usernames?|passwords?|user\s+IDs?)\b)/
# A system named as the provider's own.
vocab sla_provider_system = "its own" | sla_their_own
                          # (not the provider's staff given access to the client's system: "grants the
                          # Contractor's agents access to its radiology information system")
                          | /\b(?:{provider}|outsourcer)(?:['’]s?)\s+(?:own\s+)?(?:(?!access\b)[\w-]+\s+){0,6}?(?:systems?|platforms?|tools?|instance|environment|CRM|software|consoles?|workspaces?|desktops?)\b/
# Giving accounts that exist only on a system: the client that gives the provider's staff logins
# gives them access to its system, whatever the system is called ("user accounts on ClaimsHub").
# The verb of giving is part of the term: a customer that must keep its own users' credentials
# secure gives nobody access.
vocab sla_system_login = /\b(?:give|gives|giving|grant\w*|provid\w*|issu\w*|set(?:ting)?\s+up|creat\w*|allocat\w*|assign\w*|make\s+available|supply\w*|supplie\w*|furnish\w*)\s+(?:[\w'’-]+\s+){0,9}?(?:user\s+accounts?|user\s+access|user\s+IDs?|user\s+identifiers?|user\s+licen[cs]es?|logins?|log-ins?|logons?|credentials?|usernames?|system\s+access|user\s+profiles?|(?:personal\s+|individual\s+)?access\s+accounts?)\b/
vocab sla_client_issued = /\b{client}-(?:issued|provided|assigned|supplied)\s+(?:user\s+)?(?:accounts?|logins?|log-ins?|credentials?|IDs?|licen[cs]es?)\b/
  # "through the user profiles that the Information Technology Unit of THE MUNICIPAL AUTHORITY assigns to each of its agents"
  | /\b(?:user\s+)?(?:accounts?|profiles?|logins?|log-ins?|credentials?|user\s+IDs?|user\s?names?|licen[cs]es?)\s+(?:that|which)\s+(?:[\w-]+\s+){0,6}?(?:of\s+)?(?:the\s+)?{client}\s+(?:shall\s+|will\s+)?(?:assign|issue|create|grant|give|provide|allocate|open)s?\b/
# ("using the user names given by the Employer to each agent")
vocab sla_login_by = /\b(?:user\s+)?(?:accounts?|logins?|log-ins?|credentials?|user\s+IDs?|user\s?names?|passwords?|licen[cs]es?|seats?)\s+(?:issued|provided|granted|given|created|opened|allocated|assigned|supplied|set\s+up)\s+(?:to\s+them\s+)?by\b/
vocab sla_give_access = /\b(?:give|gives|giving|grant\w*|provid\w*|allow\w*)\s+(?:[\w'’-]+\s+){0,5}?access\s+to\b/
vocab sla_contact_record = "contact" | "interaction" | "inquiry" | "enquiry" | "case" | "call" | "ticket"
  | "complaint"
vocab sla_cs_access = "access" | "user account" | "account" | "login" | "log-in" | "credential" | "licence"
                    | "license" | "seat"
# Access the contract withholds: "The Provider shall have no access to the Mill's order-management ... systems".
# Training on the client's systems is not working in them: "induction training on the Company's products
# and systems to each adviser before that adviser handles Customer contacts".
vocab sla_trained_on = /\b(?:training|train|trained)\s+(?:[\w-]+\s+){0,3}?(?:on|in)\s+(?:the\s+|its\s+|your\s+|our\s+)?(?:[\w'’-]+\s+){0,3}?(?:systems?|platforms?|tools?)\b/
vocab sla_meets_to_review = /\bmeets?\s+(?:[\w-]+\s+){0,3}?to\s+(?:review|discuss|consider|go\s+through)\b/
vocab sla_no_access = /\b(?:(?:have|has|be\s+given|be\s+granted|get|gets)\s+no|(?:not|never)\s+(?:have|be\s+given|be\s+granted|get)|without)\s+(?:any\s+)?access\b/
# Logging everything of a kind, whatever the contract handles: "records every deposit and every found item".
# The aim of the provider's logging, which the client's duty to give access runs on into: "through
# user accounts that the Harbour Company shall provide, so that each request is recorded once".
vocab sla_recorded_once = /\bso\s+that\s+(?:each|every|all|any|the)\s+(?:[\w-]+\s+){1,2}?(?:is|are)\s+(?:recorded|logged|entered|registered)\b/
vocab sla_log_every = /\b(?<!-)(?:logs?|records?|registers?|enters?|keys?)\s+(?:every|each|all)\b/
vocab sla_logging = "log" | "record" | "ticket" | "handle all" | "handle every" | "handle each" | "handled in"
                  | "handle customer" | "register" | "create a case" | "open a case"
                  | "work in" | "track"
                  # (the verb, not Indian English's noun: '"Re-KYC" means the periodic updation of a customer's KYC records')
                  | /\b(?:update|updates|updated|updating)\b/
                  # (not effort: "shall also use reasonable efforts to assist the Bank's digital adoption drive")
                  | /\b(?:use|uses|used|using)\b(?!\s+(?:its|their|all|our|your|his|her)?\s*(?:reasonable|best|commercially|every|good|due|utmost)\b)/
# "the Client's systems", "the Bank's contact platform", "Wattlebrook's central reservations system":
# a system of the client's, whatever the contract calls the client, named generically.
# (A long name needs the possessive: "the Company's property management and tenant portal system",
# but not "customer contacts in our own returns management platform".)
# {client's} holds "your" and "our" where the client is addressed or writes in person: "your customer
# account and token management platform".
# (A list of what the system holds may run through commas, "the Ranch's reservation, guest-history and folio
# system"; not a list of products, "the Lottery's draw games, scratch games and iLottery platform".)
# (... or "software": "in our reservation software, RiverBook")
# (a name in quotes too: 'the Awarding Administration's "Agenda Sportello" platform')
vocab sla_client_system = /\b(?:{client's}\s+(?:["“]?[\w-]+["”]?\s+|[\w-]*[^\Ws],\s+){0,6}?|{client}\s+(?:[\w-]+\s+){0,2}?)(?:systems?|platforms?|tools?|instance|environment|databases?|applications?|software|modules?)\b/
                        # ("once in the Principal's Client Request Register")
                        | /\b{client's}\s+(?:[\w-]+\s+){0,3}?(?-i:Register)\b/
                        # work logged in the client's queue ("Log every enquiry in the Smelter's SupplierCare
                        # ticket queue"), not matters raised through it
                        | /\bin\s+(?:the\s+)?{client's}\s+(?:[\w-]+\s+){0,4}?queues?\b/
                        # a system the glossary makes the client's: '"Booking System" means the Corporation's
                        # passage booking application' ... "record every enquiry directly in the Booking System"
                        | /\b{client_system}\b/
                        # "the Central Item Register application of Atlas Gares"
                        # ("the Unified Dispatch Register software of the Principal")
                        | /\b(?:systems?|platforms?|tools?|databases?|applications?|instance|software|registers?)\s+(?:of|belonging\s+to|owned\s+by)\s+(?:the\s+)?{client}\b/
                        # "the Agency's electronic register of riders", "the Principal's water-point management register"
                        | /\b{client's}\s+(?:[\w-]+\s+){0,2}?(?:electronic|online|digital|central|computeri[sz]ed|management)\s+(?:[\w-]+\s+)?registers?\b/
vocab sla_client_staff = /\b{client}['’]s\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:agents|team|teams|staff|employees|personnel|advisers|advisors|representatives)\b/
# The client's own people doing the logging ("the Customer's customer service team shall continue to
# record policyholder enquiries", "Our rental desk will enter any booking changes"), not a purpose
# ("so that the Authority's front office staff see it").
vocab sla_client_staff_logs = /\b{client's}\s+(?:own\s+)?(?:[\w-]+\s+){0,3}?(?:agents|team|teams|staff|employees|personnel|advisers|advisors|representatives|desk|office|department|officers|clerks)\s+(?:(?:shall|will|must|may|to|continue\s+to|also)\s+){0,2}(?:log|logs|record|records|register|registers|enter|enters|open|opens|create|creates|handle|handles|use|uses|work|works|track|tracks|update|updates|key|keys|re-key|re-keys|input|inputs)\b/
# A system the client lets the provider into: "the back-office, to which the Contracting Entity
# shall grant it access".
vocab sla_client_lets_in = /\bto\s+which\s+(?:the\s+)?{client}\s+(?:(?:shall|will|must)\s+)?(?:give|grant|provide|allow)s?\b/
vocab sla_client_owner = /\b{client}(['’]s|\s+systems?\b|\s+platforms?\b)/
                       # "our Agent CRM" where the client is "we", "the Bank Salesforce instance"
                       | /\b{client}\s+(?:[A-Z][\w-]*\s+){0,3}(?:CRM|system|platform|tool|instance|portal|application|database)s?\b/
                       | /\b(provided|operated|owned|hosted|licensed|maintained|supplied|designated|made\s+available)\s+by\s+(?:the\s+)?{client}\b/
                       | sla_client_lets_in

# An agreement to agree: targets, credits or terms the parties will settle later bind nobody yet
# ("KPI Targets to be agreed within sixty days", "negotiate in good faith a regime of service
# credits", "Once the KPI Targets have been agreed"). Used by other packs too.
vocab deferred = deferred_terms
  # only meant to be agreed: "The parties intend to agree a responsibilities matrix within sixty days"
  | /\b(?:intend|intends|expect|expects|hope|hopes|plan|plans)\s+to\s+(?:agree|draw\s+up|prepare|develop|settle|adopt)\b/
  | /\bonce\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:have|has)\s+been\s+agreed\b/
  # "shall be aligned with the Service Levels once these are determined"
  | /\bonce\s+(?:these|they|those)\s+(?:are|have\s+been)\s+(?:determined|agreed|defined|established)\b/
  # powers left to be given later: "such authority as each party may from time to time delegate"
  | /\bsuch\s+(?:authority|powers?|responsibilit(?:y|ies)|duties)\s+as\s+(?:[\w'’-]+\s+){0,4}?may\s+(?:from\s+time\s+to\s+time\s+)?(?:delegate|designate|determine|decide|confer|grant|specify|notify|assign)\b/
  # ... "delegate such authority to its account manager as it deems fit", "will be determined by that Party
  # from time to time"
  | /\b(?:delegate|confer|grant)\s+such\s+(?:authority|powers?)\s+(?:to\s+(?:[\w'’-]+\s+){1,4}?)?as\s+(?:it|they|that\s+party|each\s+party)\s+(?:deems?|considers?|thinks?|sees?)\s+fit\b/
  | /\b(?:will|shall)\s+be\s+(?:determined|decided|fixed|set|defined|specified)\s+by\s+(?:that|each|the\s+relevant|either|the\s+appointing)\s+party\s+from\s+time\s+to\s+time\b/
  # a document that does not exist yet: "shall be set out in a Governance Charter, which the JEC
  # shall adopt" (a Schedule or Annex of this contract is no deferral)
  # (nor the written instrument a change ends in: "It shall be recorded in a rider signed by both Parties")
  | /\b(?:shall|will)\s+be\s+(?:as\s+)?(?:set\s+out|described|defined|specified|documented|laid\s+down|fixed|determined|recorded)\s+in\s+(?:a|an)\s+(?!(?:schedule|annex|appendix|exhibit|attachment|rider|amendment|addendum|variation|change\s+(?:note|order|form|request)|written\s+(?:amendment|variation|instrument))\b)/
  # ... or "shall be set out in the operations manual to be prepared by Party B"
  | /\bin\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:manual|handbook|charter|procedures|memorandum|policy|guide|guidelines)\s+(?:to\s+be|that\s+(?:will|shall)\s+be|which\s+(?:will|shall)\s+be)\s+(?:prepared|drawn\s+up|agreed|adopted|written|developed|issued|produced)\b/
  # left out of the contract altogether: "Joint projects are excluded from the scope of this contract"
  | /\b(?:is|are|shall\s+be|remains?)\s+excluded\s+from\s+(?:the\s+)?(?:scope|services|this\s+(?:contract|agreement))\b/

# A matter left for talks, or levels not yet set: "Applicant satisfaction will be considered", "whether
# credits should apply will be discussed by the parties" (not a deeming: "shall be considered a material
# breach"); "when the Service Levels are agreed", "When the parties agree the Service Levels".
vocab pending_talks = /\b(?:will|shall)\s+be\s+(?:considered|discussed|explored|examined)(?=\s*(?:[.;]|$|\s+(?:by\s+the\s+parties|when|at\s+(?:a|the)\s+(?:later|next|first)|in\s+good\s+faith)\b))/
  | /\bwhen\s+(?:the\s+parties\s+(?:agree|have\s+agreed|settle)\s+(?:on\s+)?the\s+(?:[\w-]+\s+){0,2}?(?:levels?|targets?|credits?|KPIs?)|(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:levels?|targets?|credits?|KPIs?)\s+(?:are|have\s+been)\s+agreed)\b/

vocab deferred_terms = "to be negotiated" | "to be determined" | "to be confirmed"
  # "The unit prices ... shall be fixed, after a pilot month, by a protocol to be signed by the parties"
  | /\b(?:shall|will)\s+be\s+(?:fixed|set|determined|defined|agreed)\b[^.;]{0,60}?\bby\s+(?:a|an)\s+(?:protocol|addendum|amendment|agreement|supplementary\s+agreement|annex)\s+to\s+be\s+(?:signed|agreed|concluded)\b/
  # ... and the schedule kept empty meanwhile: "Annex 2 (Unit Price Schedule) is reserved until that protocol is signed"
  | /\b(?:is|are|remains?)\s+reserved\s+until\b/
  # ... or left to the order that starts the work: "shall be defined in the Order to Proceed"
  | /\b(?:shall|will)\s+be\s+(?:defined|determined|set\s+out|specified|established|fixed)\s+in\s+the\s+(?:order\s+to\s+proceed|notice\s+to\s+proceed|(?:first\s+)?(?:work|service|start|task)\s+order)\b/
  # ... or set order by order: "shall be determined by the Board at the time of issue of each annual work order"
  | /\b(?:shall|will)\s+be\s+(?:determined|fixed|set|agreed|specified)\s+(?:by\s+[^.;]{1,40}?\s+)?(?:at\s+the\s+time\s+of|with\s+each|in\s+each)\s+(?:the\s+)?(?:issue\s+of\s+)?(?:each\s+)?(?:annual\s+)?(?:work|purchase|task|service)\s+orders?\b/
  # "A transition plan ... shall be mutually agreed between the Department and the Agency" (not one agreed "in" or
  # "under" something the contract has)
  | /\b(?:shall|will|is\s+to|are\s+to)\s+be\s+mutually\s+agreed\b(?!\s+(?:in|under|pursuant|through|at)\b)/
  # ... or left to whoever appoints them: "shall be determined by the party that appoints them"
  | /\b(?:shall|will)\s+be\s+(?:determined|decided|defined|set|fixed)\s+by\s+the\s+party\s+(?:that|which|who)\s+(?:appoints?|designates?|names?|nominates?)\b/
  # powers left to later delegation: "The powers of the Contract Officer ... shall be those delegated to them from time to time"
  | /\b(?:shall\s+be|are|will\s+be)\s+those\s+(?:delegated|conferred|granted|assigned)\s+(?:to\s+(?:them|him|her|it)\s+)?(?:from\s+time\s+to\s+time|later)\b/
  # "The parties shall agree in due course on a regime for the audit ..."
  | /\b(?:shall|will|are\s+to)\s+(?:agree|decide|settle)\s+(?:in\s+due\s+course|later|at\s+a\s+later\s+(?:date|stage)|in\s+the\s+future)\b/
  | /\bin\s+due\s+course\s+(?:agree|decide|settle)\b/
  # "The penalties applicable ... shall be fixed by the amendment referred to in paragraph 6"
  | /\b(?:shall|will)\s+be\s+(?:fixed|set|determined|defined|specified|agreed)\s+(?:by\s+(?:common|mutual)\s+agreement\s+(?:of|between)\s+the\s+parties\s+)?(?:by|in)\s+(?:the|an|a)\s+(?:later\s+|future\s+|subsequent\s+)?(?:amendment|addendum|rider|supplementary\s+agreement)\b/
  # ("... in Addendum No. 1, to be signed before the Start Date")
  | /\b(?:shall|will)\s+be\s+(?:fixed|set|determined|defined|specified|agreed)\s+by\s+(?:common|mutual)\s+agreement\b[^.;]{0,40}?\b(?:amendment|addendum|rider)\b/
  # what the contract leaves out: "set out in Annex 3, which is kept in the procurement file and is not reproduced in this contract"
  # (read from the document's place: the negation hides what follows "not")
  | /\b(?:set\s+out|contained|kept|held|filed)\b[^.;]{0,80}?\bnot\s+(?:reproduced|attached|included|annexed)\s+(?:in|to)\s+(?:this|the)\s+(?:contract|agreement)\b/
  # "A responsibility matrix ... will be developed and agreed during implementation"
  | /\b(?:will|shall|is\s+to|are\s+to)\s+be\s+(?:developed|drawn\s+up|prepared|agreed|finali[sz]ed|defined)(?:\s+and\s+(?:agreed|approved|finali[sz]ed|signed))?\s+(?:during|after|following|at\s+the\s+end\s+of|within|in\s+the\s+course\s+of)\b/
  # ... or agreed after the start: "The parties shall agree, within three months of the start of service, a
  # responsibility matrix"
  | /\b(?:shall|will)\s+agree\s*,\s*(?:within|after|following|no\s+later\s+than)\s+[^,;.]{1,60},\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:matrix|plan|manual|charter|handbook|procedures?)\b/
  # ... or drawn up by the parties only then: "The Parties will draw up a RACI matrix during the implementation"
  | /\b(?:will|shall)\s+(?:jointly\s+)?(?:draw\s+up|develop|prepare|agree(?:\s+on)?)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:matrix|plan|manual|charter|handbook|procedures?)\s+(?:during|after|following|within|in\s+the\s+course\s+of)\b/
  # "Any joint project ... shall be the subject of a separate written agreement between the parties"
  | /\b(?:shall|will|must|is\s+to)\s+be\s+the\s+subject\s+of\s+(?:a\s+)?separate\s+(?:written\s+)?(?:agreement|contract|arrangement)\b/
  # "Target value: To be set at the end of the run-in period" (not "to be set out in Annex 3")
  | /\bto\s+be\s+(?:set|fixed|defined|agreed|established|specified)\b(?!\s+(?:out|forth|down|in\s+(?:accordance|annex|schedule|appendix|exhibit|attachment|the\s+(?:annex|schedule|appendix|exhibit|attachment))|under|pursuant|by\s+reference)\b)/
  # agreed only some day: "we may later agree to set up a joint forum", "The Parties may in the future
  # agree to undertake joint projects"
  | /\b(?:may|might|could|will)\s+(?:later|in\s+future|in\s+the\s+future|one\s+day|at\s+some\s+point)\s+agree\s+to\b/
  # chosen later in a document of its own: "The remuneration model ... shall be chosen by the parties in a
  # separate price letter"
  # ("shall be determined by a separate fee agreement (Annex 4) concluded between Gap and Eul")
  | /\b(?:shall|will)\s+be\s+(?:chosen|selected|decided|agreed|fixed|set|settled|determined|specified)\s+(?:by\s+the\s+parties\s+)?(?:in|by)\s+a\s+(?:separate|later|subsequent|future|further)\s+(?:[\w-]+\s+)?(?:letter|agreement|document|schedule|addendum)\b/
  # ... or agreed on there: "The Parties shall agree on a business continuity plan ... in a separate agreement"
  | /\b(?:shall|will|may)\s+agree\s+(?:on\s+|upon\s+)?[^.;]{0,80}?\bin\s+a\s+(?:separate|later|subsequent|future|further)\s+(?:written\s+)?(?:letter|agreement|document|schedule|addendum)\b/
  # ... or done only on one: "shall be provided by Vantage only if the parties later agree in writing"
  | /\bonly\s+if\s+(?:the\s+parties|both\s+parties|we\s+both|they)\s+(?:later\s+|subsequently\s+)?agree\b/
  # introduced only on a later agreement: "Grower satisfaction surveys may be introduced during the term
  # of the contract if the Parties so agree"
  | /\bmay\s+(?:later\s+)?be\s+(?:introduced|added|adopted|established|set\s+up)\b[^.;]{0,60}?\bif\s+(?:the\s+parties|both\s+parties|we\s+both|they)\s+(?:so\s+)?agree\b/
  # left to a later agreement: "The powers of the interlocutors shall be defined by later agreement",
  # "specified subsequently by exchange of letters"
  | /\b(?:defined|determined|specified|fixed|set\s+out|agreed)\s+(?:subsequently\s+|later\s+)?(?:by|in)\s+(?:a\s+)?(?:later|subsequent|further)\s+(?:agreement|exchange\s+of\s+letters|letters?|addendum|amendment)\b/
  # ... "shall be specified later by common accord of the Parties"
  | /\b(?:defined|determined|specified|fixed|set\s+out|agreed)\s+(?:subsequently|later)\b/
  # left to a body's later meeting: "The powers of the Interlocutors shall be defined by the
  # Commission at its first meeting"
  | /\b(?:shall|will)\s+be\s+(?:defined|determined|specified|fixed|set|established|decided|agreed|settled)\s+(?:by\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?(?:at|during)\s+(?:its|their|the)\s+(?:first|next|inaugural|initial|opening)\s+(?:meeting|session|sitting)\b/
  # a document that only "may be annexed to this Contract by amendment" is not part of it yet
  | /\bmay\s+(?:later\s+|subsequently\s+)?be\s+(?:annexed|attached|appended|added)\s+to\s+(?:this|the)\s+(?:contract|agreement)\b/
  # ... or that the parties "shall draw up, within three months of the date of signature, a table of
  # their respective roles"
  # (or "will agree, within sixty (60) days after the signature of the contract, on a document describing
  # their respective responsibilities")
  | /\b(?:draw\s+up|prepare|develop|draft|produce|agree)\s*,?\s*(?:within\s+[^,.;]{1,60},\s*)?(?:(?:on|upon)\s+)?(?:a|an|the)\s+(?:table|matrix|chart|grid|list|allocation|document)\s+(?:of\s+|(?:setting\s+out|showing|describing|allocating)\s+(?:the\s+)?(?:allocation\s+of\s+)?)(?:(?:their|the|each\s+party['’]s)\s+)?(?:respective\s+)?(?:roles|responsibilities|tasks|duties)\b/
  # ... or that "may be prepared later if the parties find it necessary"
  | /\bmay\s+be\s+(?:prepared|drawn\s+up|drafted|written|developed|added|agreed|produced)\s+(?:later|subsequently|in\s+future|at\s+a\s+later\s+(?:date|stage))\b/
  | "negotiate in good faith" | "agree in good faith" | "shall negotiate" | "will negotiate"
  # (agreed later, not agreed through a procedure the contract has: "shall be agreed under the
  # Change Control Procedure")
  | /\b(?:to|shall|will)\s+be\s+agreed\b(?!\s+(?:under|in\s+accordance\s+with|pursuant\s+to|through|using|via)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:procedure|process|mechanism)\b)/
  | "to be worked out" | "will work out" | "shall work out"
  | "agreed later" | "at a later date" | "in due course" | "to be issued"
  # a document that is yet to come: "may be agreed between the parties in a later addendum"
  | /\b(?:agreed|set\s+out|established|introduced|provided\s+for|defined)\s+(?:[\w'’-]+\s+){0,4}?(?:in|by|through)\s+(?:a|an|any)\s+(?:later|future|subsequent)\s+(?:addendum|amendment|variation|side\s+letter|agreement|schedule)\b/
  # talks about whether to do it, or an agreement the parties "will" reach: "will discuss in good
  # faith whether to refer it to mediation", "The parties will agree a service credit regime at
  # the first Board meeting"
  | "discuss in good faith" | "will discuss whether" | "shall discuss whether" | "consider whether to"
  | /\b(?:the\s+parties|they|both\s+parties)\s+(?:shall|will)\s+(?:discuss\s+and\s+)?agree\s+(?:on\s+|upon\s+)?(?:a|an|the)\b/
  | exact "TBA" | exact "TBC" | exact "TBD"
  # a thing that needs an agreement not yet made: "Any joint initiative shall require a separate
  # written agreement, and neither party is obligated to enter into one"
  | /\b(?:require|requires|required|subject\s+to|need|needs)\s+(?:a|an)\s+(?:separate|further|specific|new|additional)\s+(?:written\s+)?agreement\b/
  # "you and we will sign a separate data handling agreement"
  | /\b(?:will|shall)\s+(?:sign|enter\s+into|conclude|execute)\s+(?:a|an)\s+(?:separate|further|specific|new|additional)\s+(?:[\w-]+\s+){0,3}?agreement\b/
  # effort to reach an agreement is no agreement: "shall use reasonable efforts to agree, within
  # sixty days, a matrix of their respective roles"
  | /\b(?:(?:use\s+)?(?:all\s+)?(?:reasonable|best|good\s+faith)\s+(?:efforts?|endeavou?rs?)|endeavou?r|seek|try|attempt)\s+to\s+agree\b/
  # a go-ahead that waits on an agreement not yet made: "will go ahead only if we both later agree on
  # it in writing", "subject to the parties' further agreement"
  | /\bonly\s+if\s+(?:we|you|they|the\s+parties|both\s+parties)\s+(?:both\s+|each\s+|all\s+)?(?:later\s+|subsequently\s+|separately\s+|then\s+)?agree\b/
  | /\bsubject\s+to\s+(?:the\s+parties['’]\s+|our\s+|their\s+)?(?:later|further|subsequent|separate)\s+agreement\b/
  | pending_talks

# ---- rules -------------------------------------------------------------------------------------

rule SLA-001 "Service levels have measurable numeric targets" {
  area: sla
  severity: high
  source: "003 (SLAs, KPIs), 004"
  # (Figures kept "for information only", in the sentence or under a heading that says so, set no target.)
  # (A row of the client's own promises, "Send you each member's availability for the next 60 days |
  # By 9am every day", is its service level, SLA-003, not the provider's.)
  require: (row mentions sla_metric and (has percentage or has duration) and not mentions sla_no_target and not heading mentions sla_not_a_level and not header mentions sla_not_a_level
            and not (header mentions sla_weight_column and not header mentions sla_target_column)
            and not header mentions sla_client_promises)
        or (row mentions sla_kpi and has percentage and not mentions sla_credit_word and not mentions sla_no_target and not heading mentions sla_not_a_level and not header mentions sla_not_a_level
            and not (header mentions sla_weight_column and not header mentions sla_target_column))
        or (sentence mentions sla_metric near sla_pct within 12 words and not mentions sla_no_target and not heading mentions sla_not_a_level and not header mentions sla_not_a_level
            and not (header mentions sla_weight_column and not header mentions sla_target_column))
        or (sentence mentions sla_time_metric and has duration and mentions sla_bound and not mentions sla_no_target and not heading mentions sla_not_a_level and not header mentions sla_not_a_level)
        # A time limit on the client's own answers is the client's service level (SLA-003), not
        # a target for the provider.
        # (Nor is a time to answer the client's own enquiries: "respond to inquiries from the Parish within four
        # (4) business hours".)
        or (sentence mentions sla_contact near sla_handled within 8 words and (has percentage or has duration) and mentions sla_bound
            and not (obliges client to sla_handled and not obliges provider to sla_handled) and not mentions sla_from_client
            # (nor the time the parties' contact persons have to settle a disagreement)
            and not mentions ("disagreement" | "disagreements" | "dispute" | "disputes") and not mentions sla_no_target and not heading mentions sla_not_a_level and not header mentions sla_not_a_level)
        or (sentence mentions sla_kpi and has percentage and mentions sla_bound and not mentions sla_credit_word and not mentions sla_no_target and not heading mentions sla_not_a_level and not header mentions sla_not_a_level)
        or (sentence mentions sla_target_phrase and has percentage and not mentions sla_no_target and not heading mentions sla_not_a_level and not header mentions sla_not_a_level)
        or (sentence mentions (sla_kpi | sla_metric) near (sla_ratio | sla_score) within 8 words and not mentions sla_no_target and not heading mentions sla_not_a_level and not header mentions sla_not_a_level)
        # A table of service levels whose header says which column is the target ("| Service Level
        # | Target | Penalty |"): each row's measure is then a service level, whatever it is called.
        or (row header mentions (sla_kpi | sla_measure_column) and header mentions sla_target_column and has percentage
            and not mentions sla_no_target and not heading mentions sla_not_a_level and not header mentions sla_not_a_level)
  message: "No service level with a measurable numeric target (a percentage, a time or a score) was found."
  fix: "The Supplier shall meet or exceed the following Service Levels in each calendar month: (a) Average Speed of Answer: at least 80% of calls answered within 20 seconds; (b) Abandonment Rate: no more than 5% of offered calls; (c) First Contact Resolution: at least 75% of contacts resolved without a follow-up contact; (d) email and chat responses: 95% within 24 hours."
  tags: service-levels, kpi, targets
  examples {
    gap: """This Agreement is made between Harbour Salt Ltd (the "Client") and Tide Contact Ltd (the "Supplier").

The Supplier shall provide the Services to the Client.

## Benefits realisation

| Benefit | Indicator | Goal |
|---|---|---|
| Fewer lost enquiries | Calls not answered in January | below 5% |"""
    pass: """This Agreement is made between Harbour Salt Ltd (the "Client") and Tide Contact Ltd (the "Supplier").

The Supplier shall provide the Services to the Client.

## Service levels

| Measure | Target |
|---|---|
| Calls answered within 30 seconds | at least 80% |"""
    gap: """This Agreement is made between Pitcairn Shore Landings Limited (the "Landing Office") and Tasman Reach Limited (the "Bureau").

The Bureau shall provide the Services to the Landing Office.

The Landing Office may query any invoice within twenty-one (21) days after receipt and may hold back the queried amount until the query is resolved."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

7. You'll do your best to answer most calls within a minute."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

7. You'll answer 90% of calls within a minute."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

10. If the contacts cannot resolve it within 10 Business Days, either party may bring proceedings."""
    gap: """This Contract is made between the National Identity Authority (the "Authority") and Appointline Ltd (the "Contractor").

The Contractor shall provide the Services to the Authority.

Section 8.03 The Authority shall pay a Performance Premium of up to three per cent (3%) of the annual fees where the average waiting time is below the level set by the Authority."""
    gap: """This Agreement is made between Quickbite Ltd (the "Company") and Courierline Ltd (the "Supplier").

The Supplier shall provide the Services to the Company.

2.6 The Supplier shall respond to any written query from the Company within four (4) business hours."""
    pass: """This Agreement is made between Quickbite Ltd (the "Company") and Courierline Ltd (the "Supplier").

The Supplier shall provide the Services to the Company.

2.6 The Supplier shall respond to any written query from a courier within four (4) business hours."""
    gap: """Estufas Cooperativa (the "Cooperative") engages Atlantico Contacto Lda. (the "Service Provider") to run its grower payments desk.

1. The Parties shall jointly map the journey of a member grower, from the delivery of the fruit to the receipt of payment and the answer to any query, at intervals not exceeding nine months."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Our promises to you are set out in this table.

| What we promise you | By when |
|---|---|
| Send you our stock availability for the next 60 days | By 9am every day |"""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Your promises to us are set out in this table.

| What you promise us | Target |
|---|---|
| Availability of the booking line | 99% of opening hours |"""
    gap: """(1) Kangerluk Seafood A/S, Sisimiut (the "Buyer"), and

(2) Nuuk Kundeservice ApS, Nuuk (the "Contractor"),

have entered into this agreement on the operation of the Buyer's skipper desk.

§ 11 Benefits follow-up

(1) The Contractor shall measure the achievement of each benefit against its starting point.

| Benefit | Starting point (2025) | Measure |
|---|---|---|
| Shorter waiting time for a landing slot | 9 hours on average in August | Average hours from request to confirmed slot |
| Faster answers on settlements | 3 working days | Working days from question to answer |"""
    gap: """This Contract is made between Sete Ondas Ecolodge, Lda. ("the Lodge") and Equador Atendimento e Reservas, Lda. ("the Provider").

The Provider shall handle reservation requests on behalf of the Lodge.

## Annex II Historical Figures (for information only)

| Figure | 2024 season |
|---|---|
| Calls answered within 30 seconds | about 70% |
| Average time to answer an e-mail | about 36 hours |"""
    pass: """This Contract is made between Sete Ondas Ecolodge, Lda. ("the Lodge") and Equador Atendimento e Reservas, Lda. ("the Provider").

The Provider shall handle reservation requests on behalf of the Lodge.

## Annex II Service Levels

| Service level | Target |
|---|---|
| Calls answered within 30 seconds | at least 80% |
| Average time to answer an e-mail | no more than 24 hours |"""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

## What you have to hit

| What we measure | Target each month | Money back if missed |
|---|---|---|
| Calls picked up within 20 seconds | 85% of calls | 3% of that month's bill |
| Guests who hang up before reaching an agent | under 5% | 2% of that month's bill |"""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

## What you have to hit

| What we measure | Target each month | Money back if missed |
|---|---|---|
| Calls picked up quickly | to be agreed | to be agreed |"""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

## How we split the fee

| What we measure | Share of the fee |
|---|---|
| Calls handled | 60% |
| Chats handled | 40% |"""
    gap: """This Agreement is made between Titano Collezioni S.p.A. (the "Distributor") and Borgo Maggiore Contact S.r.l. (the "Contact Centre").

Annex E Annual Evaluation Grid

| Criterion | What is evaluated | Weight |
|---|---|---|
| Accuracy | orders keyed without error, checked on a sample | 30% |
| Responsiveness | answers to collectors | 40% |"""
    pass: """This Agreement is made between Titano Collezioni S.p.A. (the "Distributor") and Borgo Maggiore Contact S.r.l. (the "Contact Centre").

Annex E Scorecard

| Criterion | Target | Weight |
|---|---|---|
| Accuracy | 98% of orders keyed without error | 30% |
| Responsiveness | 90% of e-mails answered within 1 day | 40% |"""
    pass: """| Service Level | Target | Penalty for a miss |
|---|---|---|
| Right Party Contact rate | At least 60% | 1% of the month's commission |"""
    gap: """| Service Level | Service Credit |
|---|---|
| Right Party Contact rate | 1% of the month's commission |"""
    pass: "80% of calls answered within 20 seconds"
    pass: "The Contractor shall achieve a First Contact Resolution rate of at least 75% in each calendar month."
    pass: "The Service Provider shall resolve 95% of customer complaints within five (5) Business Days."
    pass: "Emails received from Customers shall be answered within twenty-four (24) hours."
    pass: "The Vendor shall maintain an abandonment rate of no more than 5% in any calendar month."
    pass: "Voice service level: 80/20, measured on each half-hour interval."
    pass: "The post-contact CSAT score shall average at least 4.5 out of 5 in each month."
    pass: """| Service Level | Target |
|---|---|
| Average speed of answer | 80% within 30 seconds |
| Abandonment rate | 5% or less |"""
    gap: """| KPI | Measure | KPI Target |
|---|---|---|
| First Contact Resolution | Contacts resolved without a repeat contact within seven days | To be agreed under clause 5.2 |"""
    gap: "Once the KPI Targets have been agreed, the Supplier shall meet 95% of them in each month."
    gap: "The Department shall answer each case query referred to it by the Operator within two (2) Working Days."
    gap: "The Supplier shall provide a high quality service."
    gap: "Service Levels will be agreed between the parties within ninety (90) days after the Effective Date."
    gap: "The Vendor shall use reasonable efforts to answer calls promptly and to keep call abandonment to a minimum."
    gap: "The Service Provider is not required to achieve an average speed of answer of 30 seconds during the pilot."
    gap: "Service Credits for Service Level Failures shall not exceed 12% of the monthly Charges."
    gap: "The parties shall attempt in good faith to resolve any dispute within thirty (30) days."
    gap: "The Supplier shall confirm the availability of replacement Key Personnel within ten (10) Business Days."
    gap: "The Service Levels are set out in version 1.2 of the Service Level schedule dated 12/11/2017 and apply 24/7."
    gap: """"Service Credit" means the accrued Uptime Credit plus the accrued Response Time Credit.

To receive a Service Credit, the Customer must notify the Provider within 7 days of the end of the month, and Service Credits will not exceed 8% of the Fees."""
    gap: """| Metric | Target |
|---|---|
| Average speed of answer | To be agreed |
| First contact resolution | To be agreed |"""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.2 For reference only, and without constituting an obligation of the Contractor, the values registered by the Principal's desk in 2024 were the following:

| Indicator (reference only) | Value 2024 |
|---|---|
| Calls answered within 40 seconds | 62 % |
| Abandoned calls | 19 % |"""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.2 The Contractor shall meet the following indicators in each month:

| Indicator | Target |
|---|---|
| Calls answered within 40 seconds | 80 % |
| Abandoned calls | 5 % or less |"""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

13. The performance indicators are listed in Annex 3. Their target values shall be set by mutual agreement at the end of the run-in period.

Annex 3 - Performance indicators

| Indicator | Definition | Target value |
|---|---|---|
| Pick-up rate | Calls answered / calls offered | To be set at the end of the run-in period |
| Abandonment rate | Calls abandoned after 10 seconds / calls offered | To be set at the end of the run-in period |"""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

13. The performance indicators and their targets are set out in Annex 3.

Annex 3 - Performance indicators

| Indicator | Definition | Target value |
|---|---|---|
| Pick-up rate | Calls answered / calls offered | 90% |
| Abandonment rate | Calls abandoned after 10 seconds / calls offered | 5% or less |"""
    gap: """This Contract is concluded between the Public Institution Šiauliai City Polyclinic (the "Purchaser") and UAB Saulės kontaktai (the "Service Provider"). The Service Provider shall operate the appointment line of the Purchaser.

5.3. The Service Provider shall give the Purchaser information on the number of calls and the waiting times only upon a written request of the Purchaser, within ten Working Days of the request."""
    pass: """This Contract is concluded between the Public Institution Šiauliai City Polyclinic (the "Purchaser") and UAB Saulės kontaktai (the "Service Provider"). The Service Provider shall operate the appointment line of the Purchaser.

5.3. The average waiting time of callers shall not exceed 90 seconds in any calendar month."""
    gap: """This Professional Services Agreement is made between Terrebonne Parish Consolidated Government (the "Parish") and Houma Call Services, L.L.C. ("Vendor").

6(c) Vendor shall respond to inquiries from the Parish within four (4) business hours."""
    pass: """This Professional Services Agreement is made between Terrebonne Parish Consolidated Government (the "Parish") and Houma Call Services, L.L.C. ("Vendor").

6(c) Vendor shall respond to inquiries from residents within four (4) business hours."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

18.1 Any disagreement about the performance of this Contract is first resolved by the contact persons within five (5) working days."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

4.1 Calls are answered by an agent within five (5) minutes."""
  }
}

rule SLA-002 "Customer-experience measures are part of the service levels" {
  area: sla
  severity: high
  source: "003 (balance operational performance against CX priorities), 004"
  # (A row whose target is "to be agreed" sets no level.)
  # (Nor a table of past figures kept "for reference only": "| Indicator (reference only) | Value 2024 |".)
  require: (row mentions (sla_cx | sla_cx_survey) and (has percentage or mentions (sla_score | sla_cx_target | sla_kpi))
            and not mentions deferred and not header mentions sla_not_a_level and not heading mentions sla_not_a_level)
        or (row in section sla_heading mentions sla_cx and not mentions deferred and not header mentions sla_not_a_level)
        or (sentence mentions sla_cx and has percentage and not mentions sla_cx_off and not mentions pending_talks
            and not header mentions sla_not_a_level)
        or (sentence mentions sla_cx and (mentions sla_kpi or mentions sla_cx_target)
            and not prohibits any party from (sla_cx | sla_kpi) and not mentions sla_cx_off and not mentions pending_talks)
        # With no target, a measure under a service-level heading counts only when it is not a mere
        # permission to measure ("the Client may run end-user satisfaction surveys for its own purposes").
        or ((sentence in section sla_heading mentions sla_cx
             and not prohibits any party from (sla_cx | sla_kpi) and not mentions sla_cx_off
             and not permits any party to sla_cx and not mentions deferred and not header mentions sla_not_a_level)
            and not (paragraph in section sla_heading mentions sla_cx and mentions sla_not_a_level))
  message: "The service levels measure only operational speed or cost: no customer-experience measure (CSAT, NPS, customer effort or quality score) was found among them."
  fix: "The Service Levels shall include the following customer-experience measures, reported monthly: (a) Customer Satisfaction (CSAT): at least 85% of surveyed customers satisfied or very satisfied; (b) Net Promoter Score: at least +30; (c) Quality Assurance Score: an average of at least 90% on the agreed quality evaluation form."
  tags: service-levels, customer-experience, csat, nps
  examples {
    pass: """This Agreement is made between Harbour Salt Ltd (the "Client") and Tide Contact Ltd (the "Supplier").

The Supplier shall provide the Services to the Client.

## Service levels

| Indicator | Target |
|---|---|
| Satisfaction mark given by callers after contact (out of 5) | at least 4.3 |"""
    gap: """This Agreement is made between Harbour Salt Ltd (the "Client") and Tide Contact Ltd (the "Supplier").

The Supplier shall provide the Services to the Client.

## Service levels

| Indicator | Target |
|---|---|
| Average mark of the call scripts (out of 5) | at least 4.3 |"""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

## Targets

| Measure | Target |
|---|---|
| Happy-customer score (share of customers answering "yes" to our text survey) | at least 88% |"""
    gap: """This Agreement is made between Consorzio Gallura (the "Principal") and Maestrale S.r.l. (the "Provider").

The Provider shall provide the Services to the Principal.

The Results Premium is calculated on booking value alone; guest satisfaction and the Service Standards do not affect it."""
    pass: """This Agreement is made between Pelican Cay Corporate Services Limited (the "Registered Agent") and Anegada Contact Solutions Ltd (the "Contractor").

The Contractor shall run the client helpdesk of the Registered Agent.

| Service level | Target | Credit |
|---|---|---|
| Calls answered within 30 seconds | 85% | 2% of monthly Charges |
| Client Satisfaction Index (post-contact survey, scale 1-5) | average of 4.3 or higher | 3% of monthly Charges |"""
    gap: """This Agreement is made between Pelican Cay Corporate Services Limited (the "Registered Agent") and Anegada Contact Solutions Ltd (the "Contractor").

The Contractor shall run the client helpdesk of the Registered Agent.

5.1 If the average rating in the Contractor's post-contact survey for a quarter is higher than 4.5, the Registered Agent shall pay a premium of five per cent (5%) of that quarter's Charges. The survey rating is used only to calculate this premium; it is not a service standard."""
    gap: """This Contract is made between Distillerie Anse Noire SAS (the "Principal") and Relais Caraibes SARL (the "Service Company").

The Service Company shall operate a distributor order desk for the Principal.

## Service levels

4.3 Customer satisfaction surveys may be introduced during the term of the contract if the Parties so agree."""
    pass: """This Contract is made between Distillerie Anse Noire SAS (the "Principal") and Relais Caraibes SARL (the "Service Company").

The Service Company shall operate a distributor order desk for the Principal.

## Service levels

4.3 Customer satisfaction shall be measured by a quarterly survey, with a target of at least 85% satisfied."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

One of the things we'll judge your service on is how satisfied our customers are with the line, as shown by the survey we run after each order."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

We hope our customers will be happy with the line, and we may ask some of them now and then."""
    pass: """This Agreement is made between Lhaviyani Seaplane Transfers ("the Carrier") and North Male Guest Contact ("the Agency").

Schedule 1 - Service Levels

| Service Level | Target | Service Credit |
|---|---|---|
| Guest Arrival Satisfaction | at least 88% of surveyed guests satisfied or very satisfied | 2.5% |"""
    gap: """This Agreement is made between Lhaviyani Seaplane Transfers ("the Carrier") and North Male Guest Contact ("the Agency").

Schedule 1 - Service Levels

| Service Level | Target | Service Credit |
|---|---|---|
| Arrival desk staffed | 100% of scheduled flights | 2.5% |"""
    gap: """Article 6 - Service Standards

21. The School carries out its own learner satisfaction surveys. Those surveys and their results are outside the scope of this Agreement."""
    pass: """Article 6 - Service Standards

21. The Agency shall achieve a learner satisfaction score of at least 85% in each quarter."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

You will hit the targets in this table every month.

| What we measure | Target |
|---|---|
| Phone calls answered | 80% within 40 seconds |
| Post-trip guest survey | average of at least 4.6 out of 5 |"""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

You will hit the targets in this table every month.

| What we measure | Target |
|---|---|
| Phone calls answered | 80% within 40 seconds |
| Staff survey | average of at least 4.6 out of 5 |"""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

## Targets

| Target | How it's measured |
|---|---|
| Average guest rating of at least 4.5 out of 5 stars | From the text survey sent after each conversation |
| Calls answered within 30 seconds: 80% | Phone system |"""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

## Targets

| Target | How it's measured |
|---|---|
| Calls answered within 30 seconds: 80% | Phone system |"""
    pass: """Service Level | Target | Fee Adjustment
Caller Help Score (post-call survey, 1-5) | Average of 4.3 or more | 2%"""
    gap: """Service Level | Target | Fee Adjustment
Agent Engagement Score (annual staff survey) | 70% or more | 1%"""
    pass: """Service Levels

| Measure | Target | Credit |
|---|---|---|
| Member Happiness Score (post-call survey, scale 1-5) | monthly average of at least 4.3 | none |"""
    pass: """Schedule 3 - Service Measures

| Measure | Target |
|---|---|
| Passenger survey, mean score for the booking line | 4.3 out of 5 or better |"""
    pass: """Schedule 3 - Service Measures

| Measure | Target |
|---|---|
| Hauler satisfaction (text survey after each call, 1 to 5) | Average of 4.1 or higher |"""
    gap: """Schedule 3 - Service Measures

| Measure | Target |
|---|---|
| Staff satisfaction survey, average score | 4.0 or higher |"""
    gap: "When the parties agree the Service Levels, caller satisfaction will be considered."
    pass: """| Target | Level |
|---|---|
| Ease score: homeowners surveyed after a contact who say it was easy to get what they needed | at least 80% each month |"""
    pass: """| KPI | Target |
|---|---|
| Average support rating given by Riders after a Contact (1 to 5 stars) | at least 4.5 stars |"""
    gap: """| KPI | Target |
|---|---|
| Average call-handling rating by the Client's quality team | at least 80% |"""
    # Measured, then kept out of the service levels in the next sentence.
    gap: """## 5. Service Levels

5.2 The Supplier shall run a short customer satisfaction survey after a sample of calls. The results are collected for information only and shall not form part of the Service Levels."""
    pass: """## 5. Service Levels

5.2 The Supplier shall run a short customer satisfaction survey after a sample of calls and report the results monthly."""
    pass: "Customer Satisfaction (CSAT) score of at least 85%"
    pass: """## Key Performance Indicators

The Supplier shall report against the following Key Performance Indicators:

- Average speed of answer
- Net Promoter Score"""
    pass: """| KPI | Target |
|---|---|
| Average speed of answer | 80% in 20 seconds |
| Customer effort score | 4.2 or better |"""
    pass: "The Vendor shall achieve a monthly quality assurance score of no less than 90% across all evaluated interactions."
    pass: "The Key Performance Indicators shall include the Bank's transactional NPS for each interaction channel."
    # The end customer under the sector's name: a family, a learner, a visitor.
    pass: "The Vendor shall keep family satisfaction with the enrollment hotline at or above 4.2 out of 5 each month."
    gap: "The Vendor shall keep the family informed of the enrollment decision within 5 business days."
    # The end customers may be guests, passengers, members, citizens or patients, and the measure
    # may be a satisfaction rate or an experience index; a defined short name counts as well.
    pass: """"GEI" means the guest experience index, being the share of guests who rate their stay call as excellent.

The GEI shall be no lower than eighty-eight per cent (88%) in each quarter."""
    pass: """| Measure | Target |
|---|---|
| Passenger satisfaction with the call | 80% or above |"""
    gap: """| Service Level | Target |
|---|---|
| Average speed of answer | 80% in 20 seconds |
| Abandonment rate | 5% or less |
| Average handle time | 360 seconds |"""
    gap: "The Supplier shall carry out customer satisfaction surveys when requested by the Client."
    gap: """## Service Levels

The Insurer may, for its own purposes, survey policyholder satisfaction after a sample of calls."""
    gap: """## Rate Card

| Additional Service | Charge |
|---|---|
| Customer satisfaction survey (per campaign) | GBP 2,000 |
| Call recording retrieval | GBP 15 per recording |"""
    gap: "The Vendor has no obligation to achieve any Net Promoter Score target."
    gap: "The Service Provider's mission is to delight customers and improve customer satisfaction."
    gap: "Customer satisfaction is not a KPI under this Agreement."
    gap: "Customer satisfaction shall not form part of the Service Levels."
    gap: """## Annex 1 Service Levels

| Measure | Target |
|---|---|
| Calls answered within 30 seconds | 85% |
| Customer satisfaction | to be agreed |"""
    pass: """## Annex 1 Service Levels

| Measure | Target |
|---|---|
| Calls answered within 30 seconds | 85% |
| Customer satisfaction | 4.2 out of 5 |"""
    gap: """## Service Levels

Customer satisfaction surveys, quality scoring and similar measures are not included in the Services and may be provided only as Additional Services."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.2 For reference only, and without constituting an obligation of the Contractor, the values registered by the Principal's desk in 2024 were the following:

| Indicator (reference only) | Value 2024 |
|---|---|
| Citizen satisfaction (survey at window) | 71 % |"""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.2 The Contractor shall meet the following indicators in each month:

| Indicator | Target |
|---|---|
| Citizen satisfaction (post-call survey) | at least 85 % |"""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8. SERVICE INDICATORS

8.1 The Contractor shall attend the public at the windows of the Principal.

8.2 For reference only, and without constituting an obligation of the Contractor, the values registered in 2024 were the following:

| Indicator (reference only) | Value 2024 |
|---|---|
| Citizen satisfaction (survey at window) | 71 % |"""
    pass: """This contract is made between the Dirección Provincial de Vivienda de El Loa (the "Mandante") and Servicios de Contacto Atacama SpA (the "Prestador"). The Prestador shall operate the housing subsidy helpline of the Mandante.

Clause Seven. Service Levels

| Service Level | Target | Discount if not met |
|---|---|---|
| Calls answered within 25 seconds | 80% of the calls offered | 3% of the monthly invoice |
| Net User Grade: average grade given by applicants in the post-attention survey, on the scale from 1 to 7 | 6.0 or higher | 4% of the monthly invoice |"""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

6.1 The Contractor shall meet the following service levels each month.

| Service level | Target |
|---|---|
| Gradimento index (survey at the end of the call, share of 4 and 5) | at least 80% |"""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

6.1 The Contractor shall meet the following service levels each month.

| Service level | Target |
|---|---|
| Calls answered within 60 seconds | at least 80% |"""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.5 The Principal carries out its own student satisfaction surveys for its own information."""
  }
}

rule SLA-003 "The client is bound to reciprocal, time-limited service levels" {
  area: sla
  severity: high
  source: "001 (your firm is accountable to your outsourcer)"
  # The time limit must stand in the client's own duty ("with duration"), not elsewhere in the sentence.
  # (Nor one it only tries to meet: "We will try to send you the panel lists two working days before
  # the sitting, where practicable".)
  require: (sentence obliges client to sla_client_act with duration and not obliges both parties to sla_client_act
            and mentions sla_time_limit and not mentions sla_not_reciprocal and not mentions red_effort)
        # A forecast the client only tries to give ("commercially reasonable efforts to provide a
        # monthly forecast") sets no level it answers for.
        # (A forum that meets to review forecasts is governance, not a forecast the client gives: "the
        # Client's Reservations Manager shall meet every month to review ... forecasts".)
        or (sentence obliges client to sla_client_act and not obliges both parties to sla_client_act
            and (mentions sla_deadline or has frequency and mentions sla_forecast and not mentions sla_meets_to_review)
            and not mentions sla_not_reciprocal and not mentions red_effort)
        or (row in section sla_client_heading mentions sla_client_act and (has duration or mentions sla_deadline)
            and not mentions sla_not_reciprocal)
        or (row header mentions sla_client_promises and mentions sla_client_act and (has duration or mentions sla_deadline)
            and not mentions sla_not_reciprocal)
  message: "No client obligation with a time limit was found: the client is not bound to respond to escalations, approve material or supply forecasts and information within a stated time."
  fix: "The Client shall: (a) respond to any customer escalation referred by the Supplier within four (4) business hours; (b) approve or reject any script, knowledge article or process change submitted by the Supplier within two (2) Business Days; and (c) deliver a rolling thirteen (13) week contact volume forecast no later than the fifth (5th) Business Day of each month."
  tags: service-levels, reciprocal, client-obligations
  examples {
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

When a tour is cancelled because of the weather, we'll tell you by 3 pm on that day."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

When a tour is cancelled because of the weather, we'll tell you."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

When we change a tour, we'll tell you, and you'll update your scripts within 2 working days."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

If we think a line on a bill is wrong, we'll tell you within 20 days after we receive it."""
    gap: """This Agreement is made between Shela Dhow Safaris Limited (the "Client") and Pwani Connect Limited (the "Provider").

The Provider shall provide the Services to the Client.

4.2 A Service Management Forum of the Provider's Account Director and team leaders and the Client's Reservations Manager shall meet every month to review operational performance, rosters, forecasts and quality."""
    pass: """This Agreement is made between Shela Dhow Safaris Limited (the "Client") and Pwani Connect Limited (the "Provider").

The Provider shall provide the Services to the Client.

The Client shall give the Provider a forecast of bookings every month, at least ten days before the month begins."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

29. We will try to send you the juror panel lists for each sitting two working days before the sitting, where practicable."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

29. We will send you the juror panel lists for each sitting two working days before the sitting."""
    gap: """This Agreement is made between Siam Habitat Co., Ltd. ("Siam Habitat") and PrimeCall Services Co., Ltd. (the "Supplier").

The Supplier shall provide the Services to Siam Habitat.

4.1 The Supplier shall begin the Services on 1 October 2025, and Siam Habitat shall provide its existing scripts and lists of contractors at least seven (7) days before that date."""
    gap: """This Agreement is made between Northfield Health Authority (the "Authority") and Medline Contact Ltd (the "Contractor").

The Contractor shall book hospital appointments for the Authority.

2.3 Before deciding whether to extend, the Authority will conduct a performance review no later than four months before the end of the term."""
    pass: """This Agreement is made between Harbour Motor Insurance Limited (the "Principal") and Kowloon Claims Services Limited (the "Contractor").

The Contractor shall take first notice of loss calls for the Principal.

7.2 The Principal shall respond to each Referral made to the Claims Priority Desk within two (2) Business Hours."""
    gap: """This Agreement is made between Harbour Motor Insurance Limited (the "Principal") and Kowloon Claims Services Limited (the "Contractor").

The Contractor shall take first notice of loss calls for the Principal.

7.2 The Principal shall pay each claim made by the Contractor for its fees within thirty (30) days."""
    pass: """This Contract is made between the Traffic Authority (the "Authority") and Delhi Contact Services Pvt Ltd (the "Operator").

The Operator shall run the fines helpline of the Authority.

Section 5.06 The Authority shall resolve any dispute about E-Challan data referred to it by the Operator within three (3) Working Days."""
    gap: """This Contract is made between the Traffic Authority (the "Authority") and Delhi Contact Services Pvt Ltd (the "Operator").

The Operator shall run the fines helpline of the Authority.

Section 5.06 The Authority shall notify the Operator of any dispute about an invoice within three (3) Working Days."""
    pass: """This contract is made between Banco Rural S.A. (the "Bank") and Centro de Contacto S.A. (the "Provider").

The Provider shall answer the borrowers of the Bank.

The Bank shall respond to claims escalated to it by the Provider within two (2) business days."""
    pass: """This Agreement is made between Kaya Supply B.V. (the "Principal") and Flamingo Contact B.V. (the "Contractor").

The Contractor shall operate the orders desk of the Principal.

## 7. Obligations of the Principal

7.1 The Principal shall fulfil the following obligations towards the Contractor:

| Obligation | Time limit |
|---|---|
| Confirm stock availability for rush orders queried by the Contractor | Within 2 hours |
| Notify changes to the catalogue | At least 3 working days before they take effect |"""
    gap: """This Agreement is made between Kaya Supply B.V. (the "Principal") and Flamingo Contact B.V. (the "Contractor").

The Contractor shall operate the orders desk of the Principal.

## 7. Obligations of the Contractor

7.1 The Contractor shall fulfil the following obligations towards the Principal:

| Obligation | Time limit |
|---|---|
| Confirm stock availability for rush orders queried by the Principal | Within 2 hours |
| Notify changes to the catalogue | At least 3 working days before they take effect |"""
    pass: """This Agreement is made between Wrenfield Pet Cover Limited (the "Customer") and Calder Claims Services Ltd (the "Supplier").

The Supplier shall handle the claims of the Customer's policyholders on its behalf.

4.1 The Customer shall decide every claim referred to it by the Supplier within three (3) Business Days of referral."""
    gap: """This Agreement is made between Wrenfield Pet Cover Limited (the "Customer") and Calder Claims Services Ltd (the "Supplier").

The Supplier shall handle the claims of the Customer's policyholders on its behalf.

4.1 The Customer shall indemnify the Supplier against any claim within thirty (30) days of demand."""
    pass: """Open Joint-Stock Company "Pakhta Sharq", hereinafter referred to as the "Customer", and Limited Liability Company "Sharq Call", hereinafter referred to as the "Executor", have concluded this Contract as follows.

The Executor shall operate the farmers desk of the Customer.

2.7. The Customer shall transmit to the Executor the registers of payments made to farmers no later than one (1) working day after the payment."""
    gap: """Open Joint-Stock Company "Pakhta Sharq", hereinafter referred to as the "Customer", and Limited Liability Company "Sharq Call", hereinafter referred to as the "Executor", have concluded this Contract as follows.

The Executor shall operate the farmers desk of the Customer.

2.7. The Customer shall make each payment to the Executor no later than ten (10) working days after receipt of the invoice."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Our promises to you are set out in this table.

| What we promise you | By when |
|---|---|
| Reply to any customer problem you pass to us | Within 4 working hours |
| Send you our stock availability for the next 60 days | By 9am every day |"""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Your promises to us are set out in this table.

| What you promise us | By when |
|---|---|
| Reply to any customer problem you pass to us | Within 4 working hours |
| Send you our stock availability for the next 60 days | By 9am every day |"""
    pass: """This Agreement is made between Grand Traverse Orchard Processors, Inc. ("Processor") and Lakeshore Contact Solutions LLC ("Contractor").

6.3 Processor shall (a) confirm or decline the release of a payment hold referred by Contractor within two (2) Business Days of the referral; and (b) deliver the schedule of each advance, interim and final pool payment to Contractor no later than ten (10) Business Days before the payment run."""
    gap: """This Agreement is made between Grand Traverse Orchard Processors, Inc. ("Processor") and Lakeshore Contact Solutions LLC ("Contractor").

6.3 Processor shall make each payment to Contractor no later than ten (10) Business Days after the invoice date."""
    pass: """This Contract is made between Hydro Gestion S.A. ("the Principal") and Centre Chari SARL ("the Service Provider").

7. The Principal shall, within twenty-four (24) hours of each report, inform the Service Provider of the maintenance crew assigned."""
    gap: """This Contract is made between Hydro Gestion S.A. ("the Principal") and Centre Chari SARL ("the Service Provider").

7. The Principal shall, if it considers it useful, inform the Service Provider of the maintenance crew assigned."""
    gap: """This Contract is made between Hydro Gestion S.A. ("the Principal") and Centre Chari SARL ("the Service Provider").

7. The Service Provider shall, within twenty-four (24) hours of each report, inform the Principal of the maintenance crew assigned."""
    pass: """This Contract is made between Hydro Gestion S.A. ("the Principal") and Centre Chari SARL ("the Service Provider").

24. The Principal shall validate, within five (5) working days of receipt, any change to the call scripts proposed by the Service Provider."""
    gap: """This Contract is made between Hydro Gestion S.A. ("the Principal") and Centre Chari SARL ("the Service Provider").

24. The Principal may validate any change to the call scripts proposed by the Service Provider."""
    pass: "5.1 The Client shall communicate to the Supplier the payment calendar for each term no later than fifteen (15) days before the beginning of that term."
    gap: "5.1 The Client shall communicate to the Supplier any disputed invoice no later than fifteen (15) days after receipt."
    pass: "5.2 The Client shall answer any Refund Query referred to it by the Supplier within one (1) Business Day, and any customer payment query within two (2) Business Days."
    gap: "5.2 The Client shall pay each undisputed payment request within thirty (30) days."
    pass: "5.1 The Client shall issue to the Supplier the weekly collection schedule by 12:00 each Friday."
    gap: "5.1 The Supplier shall issue to the Client the weekly collection report by 12:00 each Friday."
    gap: "The Client shall give the Supplier thirty (30) days' written notice before replacing its Liaison Officer."
    pass: "The Client shall answer any case the Supplier escalates within four (4) business hours, and refund approvals above EUR 50 within one Business Day."
    gap: "The Client shall pay any refund of the fees within thirty (30) days."
    pass: "The Client shall respond to any escalated customer issue within four (4) business hours."
    pass: "Client shall deliver a rolling 13-week volume forecast no later than the 5th Business Day of each month"
    pass: """The Bank shall:

(a) approve or reject each new call script within two (2) Business Days of receipt; and

(b) notify the Service Provider of any product or policy change at least ten (10) Business Days before it takes effect."""
    pass: "Escalations shall be responded to by the Customer within two (2) Business Days."
    pass: "The Company's operations manager shall sign off each training module within five (5) working days of submission."
    pass: "The Customer shall provide the Vendor with monthly contact volume forecasts for the following quarter."
    pass: """## Client Dependencies

| Client obligation | Timescale |
|---|---|
| Approval of new call scripts | Within 2 Business Days of submission |
| Response to escalated complaints | Within 4 business hours |"""
    gap: "The Supplier shall respond within 4 hours."
    gap: "The Client may, at its discretion, respond to escalations within 2 Business Days."
    gap: "The Client shall respond to escalations promptly."
    gap: "The Client is not required to approve scripts within any particular period, and approval shall not be unreasonably withheld."
    gap: "The Client shall pay each undisputed invoice within thirty (30) days of receipt."
    gap: "The Service Provider shall provide the Bank with a volume forecast within five (5) Business Days of each month end."
    gap: "Forecasts may be provided by the Customer within ten (10) days of the start of each month."
    gap: "The Company will use reasonable endeavours to provide forecasts where they are available."
    gap: "The Retailer shall use commercially reasonable efforts to provide a monthly forecast of expected call volumes."
    gap: "To receive a Service Credit, the Customer must notify the Vendor within seven (7) days of the end of the month."
    # A dispute the parties have is a commercial term; a card dispute the desk handles is the work.
    pass: "The Bank shall answer each Referral (a case that needs a Bank decision, such as a goodwill credit above the Supplier's authority) within one Business Day."
    pass: "The Bank shall send the Supplier a forecast of chargeback dispute volumes by the fifth Business Day of each month."
    gap: "The Bank may dispute any invoiced amount by notice within twenty Business Days and shall pay the rest on time."
    gap: "The Client shall raise any dispute within ten (10) Business Days of the event giving rise to it."
    gap: "Each party shall notify the other within twenty-four (24) hours of becoming aware of a security incident."
    gap: "The Client shall not be required to approve any script within five (5) Business Days."
    gap: """## Supplier Service Levels

| Measure | Target |
|---|---|
| Response to escalated complaints | Within 4 business hours |"""
    gap: "The Supplier shall give the Client at least ten (10) Business Days' notice of each test, and the Client shall confirm the names of its witnesses."
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

8. Before the Supplier starts, the Client will give the Supplier's team a one-day induction at the farm."""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

8. The Client will answer any question escalated by the Supplier within one business day."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

Article VI. The Principal shall provide the Contractor's staff, before the commencement of the Services, with a one-off training of two days on the fee regulations."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

Article VI. The Principal shall answer each question referred to it by the Contractor's staff on the fee regulations within two working days."""
    pass: """This Agreement is made between the Pune Municipal Corporation (the "Corporation") and Deccan Contact Services Private Limited (the "Agency"). The Agency shall operate the water billing helpline for the Corporation.

## Annexure B - Service Levels

Part 1 - Agency

| Service level | Target |
|---|---|
| Calls answered within 20 seconds | 85% |

Part 2 - Corporation

| Obligation | Time |
|---|---|
| Reply to a query referred by the Agency to the Water Department | 2 Working Days |"""
    gap: """This Agreement is made between the Pune Municipal Corporation (the "Corporation") and Deccan Contact Services Private Limited (the "Agency"). The Agency shall operate the water billing helpline for the Corporation.

## Annexure B - Service Levels

Part 1 - Agency

| Service level | Target |
|---|---|
| Calls answered within 20 seconds | 85% |
| Grievances registered within 30 minutes | 98% |"""
    pass: """This Agreement is made between Powys County Council (the "Authority") and Severn Contact Limited (the "Service Partner"). The Service Partner shall run the council tax line.

4.1 The Authority shall decide any case referred to it by the Service Partner (including disputed student status and backdating requests) within five Working Days of referral."""
    gap: """This Agreement is made between Powys County Council (the "Authority") and Severn Contact Limited (the "Service Partner"). The Service Partner shall run the council tax line.

4.1 The Authority shall decide any disputed invoice within five Working Days of its receipt."""
    pass: """This contract is concluded between BALATONI ENERGIA Zrt. (the "Orderer") and SOMOGY-KONTAKT Kft. (the "Undertaker"). The Undertaker shall operate the customer line of the Orderer.

7.3. The Orderer shall inform the Undertaker of every change in tariffs or payment methods at least five (5) working days before it takes effect."""
    gap: """This contract is concluded between BALATONI ENERGIA Zrt. (the "Orderer") and SOMOGY-KONTAKT Kft. (the "Undertaker"). The Undertaker shall operate the customer line of the Orderer.

7.3. The Orderer shall pay each invoice of the Undertaker within thirty (30) days of its receipt."""
    gap: """Conste por el presente documento el contrato que celebran el PROGRAMA REGIONAL DE APOYO RURAL (en adelante "LA ENTIDAD") y CONTACTO PUNO S.A.C. (en adelante "EL CONTRATISTA"). EL CONTRATISTA shall operate the voucher line of LA ENTIDAD.

7. LA ENTIDAD shall provide a one-day induction to the staff of EL CONTRATISTA on the voucher programme before the start of the service."""
    pass: """This Agreement is entered into by the State of West Virginia, Department of Human Services (the "Agency"), and Tygart Contact Solutions, LLC (the "Vendor"). The Vendor shall answer calls for the Agency.

### B.5 Agency Commitments

| Commitment | Standard |
|---|---|
| Respond to case inquiries escalated by the Vendor | within 2 Business Days |"""
    gap: """This Agreement is entered into by the State of West Virginia, Department of Human Services (the "Agency"), and Tygart Contact Solutions, LLC (the "Vendor"). The Vendor shall answer calls for the Agency.

### B.5 Vendor Commitments

| Commitment | Standard |
|---|---|
| Respond to case inquiries escalated by the Agency | within 2 Business Days |"""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

4.1 The Principal shall answer the Contractor's queries on customer mandates within one banking day."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

4.1 The Principal may answer the Contractor's queries on customer mandates when it is able to."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

## ARTICLE 5 – OBLIGATIONS OF THE PRINCIPAL

5.1 To confirm to the Contractor the assignment of a field technician within two (2) hours of any fault report escalated by the Contractor as critical."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

## ARTICLE 5 – OBLIGATIONS OF THE CONTRACTOR

5.1 To confirm to the Principal the assignment of a field technician within two (2) hours of any fault report escalated as critical."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

3.2 The Principal will conduct a performance review of the Services not later than three (3) months before the end of the initial term and will decide whether to exercise the option having regard to that review."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

3.2 The Principal will review and approve each revised call script submitted by the Contractor not later than three (3) working days after receiving it."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

2.2 The contract may be extended for one further year. Three (3) months before expiry, the Contract Management Unit shall issue a report on the performance of the service, on the basis of which the Principal shall decide on the extension."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

2.2 The Principal shall decide on each change request of the Contractor within ten (10) working days of receiving it."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

5.2 The Principal shall reply within two working days to any compensation question that the Contractor escalates to it through the relocation information system."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

5.2 The Principal shall pay any compensation due to the Contractor within two working days of the court's decision."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8-2 The Principal shall respond to every question on an individual Claim File referred by the Contractor through Samaneh within two (2) Working Days of the referral."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8-2 The Principal may, if it deems appropriate, respond to questions on an individual Claim File referred by the Contractor."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.2 When an agent cannot answer a taxpayer because the case is atypical (disputed debts, suspended debts, successions), the Contractor shall forward it to the Principal, and the Principal shall reply with the tax guidance within 2 business days of the request."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.2 The Principal shall pay any disputed invoice within 2 business days of the dispute being resolved."""
  }
}

rule SLA-004 "IT service levels support business service levels" {
  area: sla
  severity: medium
  source: "004 (business SLAs tied to IT SLAs)"
  require: (sentence mentions sla_it and mentions sla_business_tie)
        # (A price for the volume is no capacity: "a Desk Fee of $38,500, which covers up to 9,000 handled
        # contacts in a month, as counted in QuarryLink".)
        or (sentence mentions sla_it and mentions sla_sized and mentions sla_volume and not has money)
        # (... or a row of the service-level table, whose last cell may be the deduction: "| Telephone and IVR
        # availability | 99.5% of operating hours, with capacity for at least 1,400 calls ... | $500 |")
        or (row mentions sla_it and mentions sla_sized and mentions sla_volume and header mentions sla_heading)
        or (sentence mentions sla_it_levels and mentions sla_supports_business and not mentions deferred)
  message: "Technical or IT service levels are not tied to business outcomes: no availability or capacity commitment sized to business volumes or aligned with the business service levels was found."
  fix: "IT Service Levels (including the availability and capacity of the telephony, CRM and workforce management platforms) shall be aligned with and sufficient to support the Business Service Levels, including peak contact volumes of up to 120% of the forecast; a failure of an IT Service Level shall not excuse a failure of a Business Service Level."
  tags: service-levels, it, business-outcomes
  examples {
    pass: """This Agreement is made between Yotei Snow Resorts Co., Ltd. (the "Client") and Hokkai Call Partners Co., Ltd. (the "Provider").

The Provider shall provide the Services to the Client.

The Client shall keep its ticketing system available to the extent needed for the Provider to complete at least 8,000 lift-pass, lesson and rental transactions per operating day during Peak Season."""
    gap: """This Agreement is made between Yotei Snow Resorts Co., Ltd. (the "Client") and Hokkai Call Partners Co., Ltd. (the "Provider").

The Provider shall provide the Services to the Client.

The Client shall keep its ticketing system available to the extent reasonably practicable during the Season."""
    pass: """This Agreement is made between Cross Hill Teleport Limited (the "Teleport") and Wideawake Desk Services Limited (the "Desk Operator").

The Desk Operator shall provide the Services to the Teleport.

The Desk Operator's telephony shall be available enough to log and acknowledge four hundred (400) customer tickets an hour during launch windows."""
    pass: """This Agreement is made between Hill Country Student Lending, Inc. ("Lender") and Pecos Servicing LLC ("Servicer").

Servicer shall operate the borrower contact center for Lender.

5.04 The LoanPath platform shall be available, and sized, so that Servicer can accept at least 40,000 Borrower payment and repayment-plan transactions per day during the peak weeks."""
    gap: """This Agreement is made between Hill Country Student Lending, Inc. ("Lender") and Pecos Servicing LLC ("Servicer").

Servicer shall operate the borrower contact center for Lender.

5.04 The LoanPath platform shall be available during business hours, and Servicer shall report its availability monthly."""
    pass: """This Agreement is made between Hill Country Student Lending, Inc. ("Lender") and Pecos Servicing LLC ("Servicer").

Servicer shall operate the borrower contact center for Lender.

Appendix B

| Measure | Level |
|---|---|
| Borrower portal availability | sufficient for 1,500 Borrower requests per day during peak weeks |"""
    pass: """This Agreement is made between Wrenfield Pet Cover Limited (the "Customer") and Calder Claims Services Ltd (the "Supplier").

The Supplier shall handle the claims of the Customer's policyholders on its behalf.

5.3 The Supplier's claims portal shall be available 99.5% of the time and shall be able to accept at least 2,500 claim submissions a day."""
    gap: """This Agreement is made between Wrenfield Pet Cover Limited (the "Customer") and Calder Claims Services Ltd (the "Supplier").

The Supplier shall handle the claims of the Customer's policyholders on its behalf.

5.3 The Supplier's claims portal shall be available 99.5% of the time."""
    pass: """This Agreement is made between Freetown Clinical Laboratory Ltd (the "Laboratory") and Lumley Contact Services Ltd (the "Service Company").

The Service Company shall answer the patients of the Laboratory on its behalf.

27. The Laboratory shall keep the Results View available during helpline hours, with capacity sufficient to support at least 2,000 patient enquiries a day."""
    gap: """This Agreement is made between Freetown Clinical Laboratory Ltd (the "Laboratory") and Lumley Contact Services Ltd (the "Service Company").

The Service Company shall answer the patients of the Laboratory on its behalf.

27. The Laboratory shall keep the Results View available during helpline hours."""
    pass: """This Contract is made between Distillerie Anse Noire SAS (the "Principal") and Relais Caraibes SARL (the "Service Company").

The Service Company shall operate a distributor order desk for the Principal.

3.4 The Service Company shall keep the order-intake platform that it hosts available so as to absorb at least one thousand two hundred (1,200) distributor orders per day during the harvest weeks."""
    gap: """This Contract is made between Distillerie Anse Noire SAS (the "Principal") and Relais Caraibes SARL (the "Service Company").

The Service Company shall operate a distributor order desk for the Principal.

3.4 The Service Company shall keep the order-intake platform that it hosts available during office hours."""
    pass: """This Agreement is made between Stanley Fleece Growers Co-operative Limited (the "Co-operative") and Port Louis Business Services Limited (the "Operator").

The Operator shall operate the grower payments desk for the Co-operative.

(d) The Operator's payments systems shall be available to the extent needed to release every Payment Run, of up to 450 Grower remittances, within the bank's cut-off on the scheduled day."""
    gap: """This Agreement is made between Stanley Fleece Growers Co-operative Limited (the "Co-operative") and Port Louis Business Services Limited (the "Operator").

The Operator shall operate the grower payments desk for the Co-operative.

(d) The Operator's payments systems shall be available during the Operator's office hours."""
    pass: """This Agreement is made between Harbour Charters Ltd (the "Company") and Windward Bookings Ltd (the "Agent").

The Agent shall answer the guests of the Company on its behalf.

2.4 The booking line telephony and the Agent's connection to the reservation system shall be available at the level needed to accept and confirm at least three hundred (300) bookings per day."""
    gap: """This Agreement is made between Harbour Charters Ltd (the "Company") and Windward Bookings Ltd (the "Agent").

The Agent shall answer the guests of the Company on its behalf.

2.4 The booking line telephony and the Agent's connection to the reservation system shall be available during opening hours."""
    pass: """This Contract is concluded between Tatranske pramene a.s. (the "Bottler") and Hornad Service Hub s.r.o. (the "Operator").

(1) The Operator shall operate for the Bottler a distributor order desk.

## Annex 1 - Service Levels

| Service Level | Target | Credit |
|---|---|---|
| Calls answered within 20 seconds | 85% | 2 % of Monthly Fee |
| Order intake tool availability | sufficient to capture 2,500 Order Lines per Working Day | 2 % of Monthly Fee |"""
    gap: """This Contract is concluded between Tatranske pramene a.s. (the "Bottler") and Hornad Service Hub s.r.o. (the "Operator").

(1) The Operator shall operate for the Bottler a distributor order desk.

## Annex 1 - Service Levels

| Service Level | Target | Credit |
|---|---|---|
| Calls answered within 20 seconds | 85% | 2 % of Monthly Fee |
| Order intake tool availability | 99.5% per month | 2 % of Monthly Fee |"""
    gap: "8.01 The Client shall pay the Supplier a fixed monthly Desk Fee of $38,500, which covers up to 9,000 handled contacts in a month, plus $3.10 for each handled contact above 9,000, as counted in the dispatch system."
    pass: "3.2 The Supplier shall keep the booking platform and telephony available to an extent sufficient to process at least 400 wagon confirmations on each Business Day of the grain season."
    gap: "3.2 The Supplier shall keep the booking platform available 99.5% of the time; the Client expects about 400 wagon confirmations on each Business Day."
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Your phone system and web chat must stay up enough for us to take at least 1,500 orders on any Saturday in the summer."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Your phone system and web chat must stay up 99% of the time. We usually take about 1,500 orders on a Saturday."""
    pass: "3.2 The Supplier's check-in platform shall be available and dimensioned so as to check in at least 1,200 residents in a single crew-change day."
    pass: "2.3 The booking platform shall be available, in peak season, at a level that allows at least four hundred (400) applications to be received and paid each day."
    gap: "2.3 The booking platform shall be available 99.5% of the time in each month."
    pass: "SMS gateway availability | Sufficient to deliver 30,000 balance notices in each week, with 99% sent within 2 hours"
    gap: "SMS gateway availability | 99.5% each month, measured by the Supplier"
    pass: "The online registration site must have the capacity for at least 700 entries an hour in the week before the closing date."
    gap: "The online booking portal shall display the Supplier's logo."
    pass: """This agreement is between Northern Reach Rentals Ltd. ("we") and Tagish Contact Co. ("you").

You will answer our customers on our behalf.

Your phone and ticketing systems must stay available enough to take at least 1,200 calls a day in the peak season."""
    gap: "The Client shall provide the Supplier with a dedicated telephone line, staffed 24 hours a day, supported by the Client's network platform."
    pass: "3.4 The farmer portal and the interactive voice response service shall be dimensioned and available so that at least 2,500 farmers per hour can look up their milk test results."
    gap: "3.4 The farmer portal shall be available 99.5% of the time; about 2,500 farmers per hour look up their results at the morning peak."
    pass: "The Contractor's telephony and workforce management systems shall be available at a level sufficient to process at least 4,000 permit and citation transactions per Business Day."
    pass: "The Supplier's telephony platform shall be available to a level sufficient to receive at least 12,000 claims on any Disruption Day."
    pass: "system availability sufficient to support 3,000 customer registrations per day"
    pass: "The Supplier's telephony platform shall be sized to carry at least 2,500 device-activation calls a day during the Client's annual campaign."
    gap: "The Supplier's telephony platform shall be available for at least 99.8% of Business Hours; the Client expects about 2,500 device-activation calls a day."
    pass: "IT service levels shall be aligned with and support the Business Service Levels"
    pass: "The Service Provider shall ensure that the telephony platform has capacity to handle 2,500 concurrent calls during peak periods."
    pass: "Technical service levels for the CRM platform shall be set so that the end-to-end service levels in Schedule 2 can be met."
    # A volume written in words with the numerals in brackets is still a volume.
    pass: "The Vendor's contact platform shall be built to process at least fifty thousand (50,000) customer emails per week."
    # The business service levels may go by another name ("Performance Standards", "KPIs").
    pass: "The Supplier shall agree technical service levels with the Authority that underpin the attainment of the Key Performance Indicators."
    gap: "The Provider shall align its IT service levels with good industry practice."
    gap: "The Supplier shall ensure that the CRM platform is available 99.5% of the time, measured monthly."
    gap: "IT service levels are set out in Annex 3."
    gap: "The Client's business volumes are expected to grow by 10% each year."
    gap: "The Vendor is not required to align its IT service levels with any business service levels."
    gap: "The Contractor shall maintain the IVR system in good working order."
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

3.3 The Client shall keep the Booking System available to a level sufficient to issue at least 600 tickets and 150 consignment notes per day during the holiday peaks."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

3.3 The Client shall keep the Booking System available for 99.5% of each month."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

33. The services are paid at the unit price per handled call set out in the schedule of prices in Annex 4, applied to the number of calls handled each month as recorded in the Hospital Information System."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

33. The Principal shall keep the Hospital Information System available and sized to handle at least 4,000 calls and bookings per day during the vaccination campaign."""
    pass: """Between OBRA SOCIAL DEL PERSONAL FERROVIARIO (hereinafter "el Comitente") and CONTACTO QUILMES S.R.L. (hereinafter "el Locador") this contract is entered into. El Locador shall operate the authorisation centre of el Comitente.

8.2 The telephony platform used by the Centre belongs to el Locador. El Locador shall keep it available at 99.7% per month, which the parties agree is the level needed to receive up to 9,000 Requests a day in the peak week."""
    gap: """Between OBRA SOCIAL DEL PERSONAL FERROVIARIO (hereinafter "el Comitente") and CONTACTO QUILMES S.R.L. (hereinafter "el Locador") this contract is entered into. El Locador shall operate the authorisation centre of el Comitente.

8.2 El Locador shall keep at least 95% of its agents available during the opening hours of the Centre."""
    pass: """This Agreement is made between the Mon Valley Cemeteries Authority (the "Authority") and Three Rivers Contact Solutions, LLC (the "Contractor"). The Contractor shall answer calls for the Authority.

## Exhibit 2 – Performance Standards

| Performance Standard | Target | Deduction |
|---|---|---|
| Telephone and IVR availability | 99.5% of operating hours, with capacity for at least 1,400 calls in the week before Memorial Day | $500 |"""
    gap: """This Agreement is made between the Mon Valley Cemeteries Authority (the "Authority") and Three Rivers Contact Solutions, LLC (the "Contractor"). The Contractor shall answer calls for the Authority.

## Exhibit 2 – Performance Standards

| Performance Standard | Target | Deduction |
|---|---|---|
| Calls answered within 30 seconds | 80% or more | $750 |"""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

Background: Since 2022 the number of applications and enquiries at the district office has grown beyond the capacity of its staff."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.4 The information technology service levels of the Contractor's systems shall be aligned with the Service Levels once these are determined, as the Parties may agree."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.4 The information technology service levels of the Contractor's systems shall be aligned with the Service Levels in Schedule 2 and shall support them at all times."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.5 The Contractor's dialler, CRM and call recording systems shall be available for at least 99.5% of service hours, this level being set so that the Contractor can complete at least 600 customer contacts per Working Day."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.5 The Contractor's dialler, CRM and call recording systems shall be available for at least 99.5% of service hours so that the Contractor can complete its reports on time."""
  }
}

rule SLA-005 "The provider reports performance on a stated cadence" {
  area: sla
  severity: high
  source: "003 (performance management), 004 (status reporting)"
  # (A partner scorecard a governance body completes each year evaluates the provider (LIFE-004); it is
  # no report the provider gives.)
  require: (sentence mentions sla_report and mentions sla_perf and has frequency
            and not (obliges client to sla_report and not obliges both parties to sla_report)
            and not permits any party to sla_report
            and not (mentions life_evaluation and not obliges provider to sla_report)
            # (nor a report on the benefits of the outsourcing, which LIFE-002 reads)
            and not (mentions life_benefit and not mentions sla_kpi))
        or (row mentions sla_report and mentions sla_perf and has frequency)
        # (A yearly partnership check whose scorecard both sides sign is an evaluation, not a report.)
        # (A report on the benefits the parties expect, "shorter waiting times", is no service-level report.)
        # (Nor reports given only when asked, beside a monthly measure the client takes itself: "The
        # achievement of the service levels shall be established for each calendar month by the Ordering
        # Party ... The Performer shall submit reports on the performance ... at the request of the Ordering Party".)
        or (paragraph obliges provider to sla_report and mentions sla_perf and has frequency
            and not mentions life_evaluation and not mentions life_benefit and not mentions sla_report_on_request)
  message: "No performance reporting cadence was found: the provider is not bound to report performance against the service levels on a stated schedule."
  fix: "The Supplier shall deliver to the Client a monthly performance report, no later than the fifth (5th) Business Day of each month, showing its performance against each Service Level and KPI, the Service Credits due, the root cause of any failure and the corrective actions taken, together with a weekly operational dashboard."
  tags: service-levels, reporting, cadence
  examples {
    pass: """This Agreement is made between Cilaos Verticale SAS (the "Principal") and Ocean Relation SARL (the "Service Provider").

The Service Provider shall provide the Services to the Principal.

8.2 Before the tenth day of each month, the Service Provider shall send the Principal an activity report for the previous month showing, for each indicator in Annex 1, the level achieved and the penalties due."""
    gap: """This Agreement is made between Skargardstramp AB (the "Client") and Sjokvarteret Kontaktcenter AB (the "Supplier").

The Supplier shall provide the Services to the Client.

32. The parties expect the assignment to give guests shorter waiting times in the high season. The Supplier shall measure and report progress towards these benefits in a benefit follow-up report each quarter."""
    gap: """This Agreement is made between Kestrel Point Trails Authority (the "Authority") and Bramble Reach Contact Services Limited (the "Contractor").

The Contractor shall answer the visitors of the Authority on its behalf.

13.2 In January of each year the Executive Council shall complete a partner scorecard assessing the Contractor's performance over the previous season."""
    pass: """This Agreement is made between Kestrel Point Trails Authority (the "Authority") and Bramble Reach Contact Services Limited (the "Contractor").

The Contractor shall answer the visitors of the Authority on its behalf.

13.2 The Contractor shall send the Authority a performance scorecard each month showing its results against each Service Level."""
    pass: """This Contract is made between Distillerie Anse Noire SAS (the "Principal") and Relais Caraibes SARL (the "Service Company").

The Service Company shall operate a distributor order desk for the Principal.

6.4 The Service Company shall send the Principal, no later than the fifth Business Day of each month, a monthly activity statement showing the results achieved against each Service Level in the previous month."""
    gap: """This Contract is made between Distillerie Anse Noire SAS (the "Principal") and Relais Caraibes SARL (the "Service Company").

The Service Company shall operate a distributor order desk for the Principal.

6.4 The Service Company shall send the Principal, no later than the fifth Business Day of each month, a monthly activity statement showing the hours its advisers worked."""
    pass: """This Agreement is made between Kestrel Point Trails Authority (the "Authority") and Bramble Reach Contact Services Limited (the "Contractor").

The Contractor shall answer the visitors of the Authority on its behalf.

5.2 The Contractor shall measure its performance against every Service Level and shall send the Authority a Trailhead Pack every fortnight showing the results and the reasons for any miss."""
    gap: """This Agreement is made between Kestrel Point Trails Authority (the "Authority") and Bramble Reach Contact Services Limited (the "Contractor").

The Contractor shall answer the visitors of the Authority on its behalf.

5.2 The Contractor shall send every new volunteer a Trailhead Pack each month with maps and safety leaflets."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

28. Every Monday you will e-mail us a summary of the previous week: how many calls, messages and e-mails you answered and how quickly, and how many tickets you sold."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

28. Every Monday you will e-mail us a list of the passengers who asked for a wheelchair ramp."""
    pass: "7.3 The Supplier shall send the Client, by the tenth day of each month, a monthly activity report comparing the results of the previous month with each indicator of Annex 4."
    gap: "7.3 The Supplier shall send the Client, by the tenth day of each month, a monthly activity report listing the staff on duty."
    pass: """This Agreement is made between Janjanbureh River Lodge Ltd (the "Lodge") and Kombo Contact Ltd (the "Operator").

5.3 The Operator shall send the Lodge a performance statement showing its results against each Service Level every second Monday."""
    gap: """This Agreement is made between Janjanbureh River Lodge Ltd (the "Lodge") and Kombo Contact Ltd (the "Operator").

5.3 The Operator shall send the Lodge a statement of its invoices every second Monday."""
    pass: """This Contract is made between CAJUBIS S.A. ("the Exporter") and Geba Contacto Lda. ("the Operator").

1. During the Campaign, the Operator shall send the Exporter, every Monday, a bulletin of the indicators of the previous week, showing the results obtained against each Service Level."""
    gap: """This Contract is made between CAJUBIS S.A. ("the Exporter") and Geba Contacto Lda. ("the Operator").

1. During the Campaign, the Operator shall send the Exporter, every Monday, a bulletin of the farm-gate prices published by the Ministry."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

You don't need to send us performance reports. We can see call numbers ourselves in VenueBook.

Each year, in the autumn, we'll hold an Annual Partnership Check. We'll score how the partnership is going and we'll both sign the scorecard."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

By the fifth business day of each month you'll send us a performance report showing your results against each target.

Each year we'll hold an Annual Partnership Check and we'll both sign the scorecard."""
    pass: "(3) The Contractor shall deliver a report on the achievement of each Norm no later than the fifth working day of each month."
    pass: "The Supplier shall submit to the Client a monthly report on the achievement of each target indicator no later than the fifth working day of the following month."
    pass: """This agreement is between Prairie Line Inc. ("we") and Red Coulee Ltd. ("you"). We will answer your calls.

By the 10th of each month we'll send you a report showing how we did against every target in Schedule B for the month before."""
    gap: """This agreement is between Prairie Line Inc. ("we") and Red Coulee Ltd. ("you"). We will answer your calls.

By the 10th of each month we'll send you a report showing how many calls each store received."""
    pass: "By the tenth Business Day of each month the Vendor shall deliver a monthly report showing contact volumes by channel, answer times, abandoned calls and complaints."
    gap: "By the tenth Business Day of each month the Vendor shall deliver an invoice showing contact volumes by channel."
    pass: "The Supplier shall deliver a monthly performance report"
    pass: "weekly KPI dashboards"
    pass: "The Service Provider will submit a scorecard to the Bank within ten (10) Business Days after the end of each calendar month showing its performance against each Service Level."
    pass: "Performance against the KPIs shall be reported by the Contractor to the Company every week."
    pass: "The parties shall meet on a monthly basis to review the Performance Monitoring Reports."
    pass: "The Vendor shall provide the Company with a report within ten (10) Business Days after the end of each month. The report will show the Vendor's performance against the Service Levels."
    pass: """| Report | Frequency |
|---|---|
| Service level performance report | Monthly |"""
    gap: "The Client may request ad hoc performance reports at any time."
    gap: "The Supplier shall provide performance reports as reasonably requested by the Client."
    gap: "The Supplier is not required to produce monthly service level reports."
    gap: "The Customer shall send the Vendor a monthly performance report on the Customer's IT systems."
    gap: "The Supplier shall report any security incident within 24 hours and invoice the Charges monthly."
    pass: "Every Monday during the season we'll email you a summary of the previous week: calls handled and results against each target."
    gap: "Every Monday during the season we'll email you a summary of the storm days forecast for the week."
    gap: """This contract is made between the Dirección Provincial de Vivienda de El Loa (the "Mandante") and Servicios de Contacto Atacama SpA (the "Prestador"). The Prestador shall operate the housing subsidy helpline of the Mandante.

Clause Seven. The Prestador shall deliver reports on its activity when the Mandante requests them.

Clause Ten. The Prestador shall deliver each quarter a report on the benefits expected from the outsourcing of the service, measuring the reduction of waiting times and of in-person visits."""
    gap: """This contract is concluded between ALPINE ROADS d.d. (the "Ordering Party") and KRAS CONTACT d.o.o. (the "Performer"). The Performer shall operate the toll helpdesk of the Ordering Party.

Article 11

The achievement of the service levels shall be established for each calendar month by the Ordering Party from the data in its own system. The Performer shall submit reports on the performance of the services at the request of the Ordering Party."""
    pass: """This contract is concluded between ALPINE ROADS d.d. (the "Ordering Party") and KRAS CONTACT d.o.o. (the "Performer"). The Performer shall operate the toll helpdesk of the Ordering Party.

Article 11

The Performer shall submit a report on the achievement of the service levels for each calendar month by the fifth working day of the following month and, upon request, any further data."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.2 The Contractor shall submit a monitoring report each month, within the first ten (10) days of the following month, with the results of each indicator, the volume of calls, visits and files, and the incidents detected."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.2 The Contractor shall submit a monitoring report when the Principal asks for one, with the results of each indicator."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.4 The Contractor shall submit a weekly summary of the indicators to the Joint Working Group and a monthly report on the achievement of each indicator."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.4 The Contractor shall keep the indicators in its own files and show them on request."""
  }
}

rule SLA-006 "The provider works in the client's customer service system" {
  area: sla
  severity: medium
  source: "001 (access to your customer service system)"
  require: (sentence obliges client to sla_cs_system and not obliges both parties to sla_cs_system
            and mentions sla_cs_access)
        # (The client must own the system, not something else in the sentence: "configuration of the
        # ticketing tool, ... side-by-side listening with the Principal's in-house support team".)
        or (sentence mentions sla_cs_system and (mentions sla_cs_system near sla_client_owner within 6 words or mentions sla_client_lets_in)
            and (mentions sla_logging or mentions sla_cs_access)
            and not mentions sla_own and not (prohibits provider from sla_cs_system and not mentions sla_other_system) and not mentions sla_provider_system
            and not mentions sla_client_staff_logs and not mentions sla_no_access
            # (access the client may grant "at its discretion", read-only, is no working in its system)
            and not (permits client to sla_cs_access and mentions optional))
        # (The client's own team recording in the client's systems is not the provider working there; a
        # log "of its own" that the provider "will not keep" is no system of its own.)
        # (Read-only access to look things up is no working in the system.)
        or (sentence mentions sla_client_system and (mentions sla_logging near sla_contact within 5 words or mentions sla_log_every)
            and not (mentions sla_own and not prohibits any party from sla_own) and not prohibits provider from sla_client_system
            and not mentions ("read-only" | "read only" | "view-only") and not mentions sla_no_access
            and not mentions sla_client_staff_logs and not mentions sla_trained_on
            and not (obliges client to sla_logging and not mentions sla_recorded_once))
        or (sentence obliges client to sla_system_login and not obliges both parties to sla_system_login
            and not mentions sla_own)
        # The provider's agents are bound to work inside a customer service system that is not their
        # own (the client's, whether named by role or by the client's own name).
        or (sentence obliges provider to sla_work_in and mentions sla_work_in near sla_cs_system within 10 words
            and not mentions sla_provider_system and not (prohibits provider from sla_cs_system and not mentions sla_other_system))
        # Working in a system on logins the client issues ("work directly in the Collections
        # Platform using accounts issued by Harbourline"): the system is the client's.
        or (sentence obliges provider to sla_work_in and mentions sla_login_by near (party client) within 5 words
            and not mentions sla_provider_system)
        # ... "through Division-issued accounts"
        or (sentence obliges provider to sla_work_in and mentions sla_client_issued and not mentions sla_provider_system)
        # every contact logged under logins the client gives: "The Company shall record every enquiry ... in TaxRIS,
        # using the user names given by the Employer to each agent"
        # (or by its operators: "The operators shall record every call ... in TÜBİS, through the user accounts opened by
        # the Institution")
        or (sentence mentions sla_log_every and not (obliges client to sla_logging and not obliges provider to sla_logging)
            and (mentions sla_login_by near (party client) within 5 words or mentions sla_client_issued)
            and not mentions sla_provider_system and not mentions sla_own)
        # ... or in a system named as the client's, whatever it does ("You will work in our VenueBook
        # booking system").
        or (sentence obliges provider to sla_work_in and mentions sla_work_in near sla_client_system within 6 words
            and not mentions sla_own and not mentions sla_provider_system
            and not prohibits provider from sla_client_system)
        # The client gives the provider access to a system and the provider logs its contacts
        # there, whatever the system is called ("access to CIBS ... shall log every contact in CIBS").
        or (paragraph obliges client to sla_give_access and obliges provider to sla_logging
            and mentions sla_contact_record and not mentions sla_provider_system)
        # ... or whoever logs there, so that each contact is logged once ("grants the Contractor's agents
        # access to its radiology information system ... Agents shall record each call ... directly in that
        # system, so that every request is logged only once")
        or (paragraph obliges client to sla_give_access and mentions sla_recorded_once
            and mentions sla_contact_record and not mentions sla_provider_system)
  message: "The provider is not given access to, or required to work in, the client's customer service or ticketing system, so inquiries may be logged twice."
  fix: "The Client shall grant the Supplier's agents access to the Client's CRM and ticketing system, and the Supplier shall log every customer inquiry in that system, and in no other case management tool, so that each inquiry is recorded once."
  tags: service-levels, systems, crm, single-record
  examples {
    pass: """This Agreement is made between Dojo Camps Co., Ltd. ("Party A") and Naha Link Co., Ltd. ("Party B").

Party B shall provide the Services to Party A.

Party B shall enter every booking in the Camp Reservation System, and for that purpose Party A shall issue to Party B user identifiers for the Camp Reservation System for each member of the Desk staff."""
    gap: """This Agreement is made between Dojo Camps Co., Ltd. ("Party A") and Naha Link Co., Ltd. ("Party B").

Party B shall provide the Services to Party A.

Party B shall issue its own staff user identifiers for its own booking tool."""
    gap: """This Agreement is made between Seaforth Mill Limited (the "Mill") and Minch Contact Limited (the "Provider").

The Provider shall provide the Services to the Mill.

The Provider shall record every customer contact in its own platform. The Provider shall have no access to the Mill's order-management, stock or ticketing systems; orders reach the Mill by means of a daily extract."""
    pass: """This Agreement is made between Stichting Zeepark (the "Foundation") and Windwardside Contact B.V. (the "Contractor").

The Contractor shall provide the Services to the Foundation.

The Foundation shall give each member of the Contractor's staff a personal log-in to the MPR System."""
    gap: """This Agreement is made between Hjaltland Knitwear Limited (the "Company") and Skerryvoice Limited (the "Service Provider").

The Service Provider shall provide the Services to the Company.

The Service Provider shall deliver induction training on the Company's products and systems to each adviser before that adviser handles Customer contacts."""
    gap: """This Agreement is made between Ridgeback Pay TV Ltd. (the "Principal") and Lanyard Field Support Ltd. (the "Contractor").

The Contractor shall provide the Services to the Principal.

The Contractor shall handle installer queries in its own ticketing tool, and the Principal shall receive read-only access to dashboards showing each ticket's status."""
    gap: """This Agreement is made between Municipal Library Board (the "Board") and Ferrule Contact Ltd. (the "Contractor").

The Contractor shall provide the Services to the Board.

The Board shall give the Contractor read-only access to the Board's catalogue system so that agents can look up loans; every inquiry shall be logged in the Contractor's system."""
    gap: """This Agreement is made between Lusenga Mining plc ("Lusenga") and Tandiza Services Ltd. (the "Supplier").

The Supplier shall provide the Services to Lusenga.

The Supplier shall log payroll queries and send a weekly extract, which Lusenga's payroll officers shall re-key into Lusenga's HR system."""
    gap: """This Agreement is made between Ridgeback Pay TV Ltd. (the "Principal") and Lanyard Field Support Ltd. (the "Contractor").

The Contractor shall provide the Services to the Principal.

Onboarding covers configuration of the ticketing tool, access for each agent and two days of side-by-side listening with the Principal's in-house support team."""
    pass: """This Agreement is made between Ridgeback Pay TV Ltd. (the "Principal") and Lanyard Field Support Ltd. (the "Contractor").

The Contractor shall provide the Services to the Principal.

The Contractor shall log every installer query in the Principal's ticketing tool, to which the Principal shall give each agent access."""
    pass: """This Contract is made between the Union of Shea Producers of Leo (the "Union") and Faso Appel SARL (the "Service Company").

The Service Company shall operate, on behalf of the Union, a buyer order desk.

The Union shall give the agents of the Service Company personal access accounts to its order management software. The agents shall record every order and every buyer enquiry directly in that software."""
    gap: """This Contract is made between the Union of Shea Producers of Leo (the "Union") and Faso Appel SARL (the "Service Company").

The Service Company shall operate, on behalf of the Union, a buyer order desk.

The Service Company shall record every order and every buyer enquiry in its own order software."""
    pass: """This Agreement is made between Pago Pago Albacore Packers Company (the "Cannery") and Leone Business Services LLC (the "Service Partner").

The Service Partner shall operate the supplier payments desk for the Cannery.

5. The Service Partner will enter every Order and every Order enquiry directly into the Cannery's OrderBook system, using user accounts that the Cannery will provide, and will not keep a separate Order log of its own."""
    gap: """This Agreement is made between Pago Pago Albacore Packers Company (the "Cannery") and Leone Business Services LLC (the "Service Partner").

The Service Partner shall operate the supplier payments desk for the Cannery.

5. The Service Partner will enter every Order and every Order enquiry directly into the Cannery's OrderBook system, using user accounts that the Cannery will provide, and may also keep a separate Order log of its own."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

9. We will give each of your agents their own log-in to our booking system, TrackSeat. You will take every booking, change, refund request and complaint in TrackSeat, so that each request is logged only once."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

9. You will give each of your agents their own log-in to your booking system, SeatDesk, and you will take every booking and complaint in SeatDesk."""
    pass: """(1) Kangerluk Seafood A/S, Sisimiut (the "Buyer"), and

(2) Nuuk Kundeservice ApS, Nuuk (the "Contractor"),

have entered into this agreement on the operation of the Buyer's skipper desk.

(1) "FangstReg" means the Buyer's catch register, in which landings are recorded.

(4) The Contractor shall work directly in FangstReg, with personal user accounts issued by the Buyer, and shall register every enquiry from a Skipper there."""
    pass: """This contract is made between Société des Hévéas du Moungo S.A. ("the Principal") and Wouri Relation Clients SARL ("the Service Company").

In this contract, "Buyer" means any person who buys latex from the Principal; "Buyer Register" (registre des acheteurs) means the web application of the Principal in which Buyer accounts, orders and shipments are recorded; and "Annex" means an annex to this contract.

The agents of the Service Company work directly in the Buyer Register, each with a personal access account opened by the Principal."""
    gap: """This contract is made between Société des Hévéas du Moungo S.A. ("the Principal") and Wouri Relation Clients SARL ("the Service Company").

In this contract, "Buyer" means any person who buys latex from the Principal; "Buyer Register" (registre des acheteurs) means the web application of the Service Company in which Buyer accounts, orders and shipments are recorded; and "Annex" means an annex to this contract.

The agents of the Service Company work directly in the Buyer Register, each with a personal access account."""
    pass: """This Agreement is made between Prestige Moorings S.A.M. (the "Harbour Company") and Riviera Owner Services S.A.R.L. (the "Provider").

The Provider's concierge agents shall record every Owner request, berth request and complaint directly in the Harbour Company's berth management system, MarinaLog, through user accounts that the Harbour Company shall provide, so that each request is recorded once and is visible to the harbour master's office."""
    gap: """This Agreement is made between Prestige Moorings S.A.M. (the "Harbour Company") and Riviera Owner Services S.A.R.L. (the "Provider").

The Provider shall e-mail every Owner request to the Harbour Company, and the Harbour Company shall record every request in the Harbour Company's berth management system, MarinaLog."""
    pass: """This Contract is made between Hydro Gestion S.A. ("the Principal") and Centre Chari SARL ("the Service Provider").

6. The Service Provider shall record each report directly in the Principal's water-point management register, known as "RESEAU-PEM", to which the Principal grants the Service Provider's operators personal access codes."""
    gap: """This Contract is made between Hydro Gestion S.A. ("the Principal") and Centre Chari SARL ("the Service Provider").

6. The Service Provider shall record each report in its own call register and send the Principal a weekly extract for its water-point management register."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

You'll log every booking call, chat and e-mail in our reservation software, FloatDesk, using the logins we give your agents."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

You'll log every booking call in your own reservation software."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

We'll key every booking and every call straight into your TideBook reservation system."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

We'll key every booking and every call straight into our own call log."""
    pass: """1.6 "HarbourBook" means the Client's reservation, guest-history and folio system.

2.2 The Supplier's agents shall work directly in HarbourBook."""
    gap: "2.2 The Supplier shall operate a support centre for the Client's draw games, scratch games and online platform, and shall log every contact in its own CRM."
    pass: """"e-Zem" means the Client's electronic register of riders and motorcycles.

The Supplier shall enter every Application and every contact with a Rider directly in e-Zem, using the access rights granted by the Client to each of its agents."""
    gap: "The Supplier shall keep its own electronic register of riders and enter every contact with a Rider in it."
    pass: "The Supplier shall record every request in the case module of the Client's back-office, to which the Client shall grant it access, so that each request is recorded once."
    pass: "The Supplier shall log all enquiries in the ticket module of the PortLink back-office, to which the Client shall grant it access."
    gap: "The Supplier shall sell and reissue entrance tickets through the Client's online ticket shop, and shall log enquiries in its own system."
    pass: "The Client shall give each of the Supplier's agents a personal login to the Register."
    gap: """This agreement is between Northern Reach Rentals Ltd. ("we") and Tagish Contact Co. ("you").

You will answer our customers on our behalf.

You'll log every contact in your own ticketing system and send us a copy each night. Our rental desk will enter any booking changes in our rental system from your tickets."""
    # A system named by an apposition as the client's is the client's wherever it is named again.
    pass: """7.1 The Client shall give the Supplier's agents named-user access to DentaPlan, the Client's patient booking and records system.

7.2 The Supplier shall record every Enquiry directly in DentaPlan at the time it is handled."""
    pass: """This agreement is between Fundy Shore Venues Inc. ("we", "us") and Petitcodiac Guest Line Ltd. ("you"). You will answer calls from couples booking our venues.

You will work in our VenueBook booking system."""
    gap: """This agreement is between Fundy Shore Venues Inc. ("we", "us") and Petitcodiac Guest Line Ltd. ("you"). You will answer calls from couples booking our venues.

You will work in your own booking system and send us a weekly export of bookings."""
    gap: """This agreement is between Fundy Shore Venues Inc. ("we", "us") and Petitcodiac Guest Line Ltd. ("you"). You will answer calls from couples booking our venues.

You will not work in our VenueBook booking system; our coordinators alone use it."""
    pass: """SIA "Baltic Boxline", registration No 40103987215, represented by its Chair (the "Line"), and

SIA "Daugava Service Hub", registration No 40203154478, represented by its Board Member (the "Desk Operator"),

1. The Desk Operator shall run the Line's customer booking desk.

The Desk Operator's agents shall work directly in the Line's booking system (the "Booking System"). Every booking, enquiry and complaint shall be entered and handled in the Booking System as its only record."""
    gap: """SIA "Baltic Boxline", registration No 40103987215, represented by its Chair (the "Line"), and

SIA "Daugava Service Hub", registration No 40203154478, represented by its Board Member (the "Desk Operator"),

1. The Desk Operator shall run the Line's customer booking desk.

The Desk Operator's agents shall log every enquiry and complaint in the Desk Operator's own case tool and send the Line a weekly extract."""
    pass: "(2) The Supplier's agents shall handle all Users' requests in the Client's support console (Tugi), and the Supplier shall not use any other ticketing tool for the Services."
    gap: "(2) The Supplier's agents shall handle all Users' requests in the Supplier's own support console and send the Client a weekly extract."
    gap: "The Supplier shall handle all customer contacts in its returns management platform and send the Customer a daily file."
    pass: """1.1.5 "ProteaHub" means the Customer's property management and tenant portal system, including its maintenance request module;

4.2 The Supplier shall log every Tenant contact in ProteaHub at the time of the contact."""
    gap: "The Supplier shall handle claims on its own claims platform. The Customer's customer service team shall continue to record policyholder enquiries on the Customer's own systems."
    gap: "The Vendor will log all contacts in its ticketing tool. The Principal's own customer care agents record their contacts in the Principal's systems separately."
    pass: "The Operator shall record every contact in the Client's appointment system, so that the Client's front office staff see the same history."
    pass: """This Agreement is between Kibo Solar Limited ("you") and Tamu Care Limited ("we"). We will run your customer care desk.

4. We will log every customer contact in your customer account and token management platform."""
    gap: """This Agreement is between Kibo Solar Limited ("you") and Tamu Care Limited ("we"). We will run your customer care desk.

4. We will log every customer contact in our own customer account platform and send you a weekly file."""
    pass: """1.1 "Meridian" means the Company's customer information and billing platform, including its customer relationship management module.

7.7 The Service Provider shall record every customer contact and follow-up action in Meridian, using user licences provided by the Company."""
    pass: "The Client shall grant the Supplier access to its CRM system, in which the Supplier shall log all customer inquiries"
    pass: "Vendor shall handle all Interactions in Company's Zendesk instance and shall create or update a ticket for every Interaction."
    pass: "The Service Provider shall record every customer contact in the Bank's case management system so that each enquiry is logged only once."
    pass: "The Company will provide the Contractor's agents with user accounts for the Company's Salesforce customer service platform."
    pass: "The Service Provider shall record all customer contacts in the Bank's systems and shall not keep a separate record."
    # The client's system may go by a product name only; giving the provider's staff logins on it
    # is access to it.
    pass: "The Insurer will set up logins on PolicyDesk for every agent of the Contractor before go-live."
    # The client may be named by its own name rather than a role word.
    pass: """This Agreement is made between Harbourline Ferries plc ("Harbourline") and Quayside Contact Ltd ("Quayside"). Harbourline engages Quayside to answer passenger queries, and Quayside agrees to provide those services.

Quayside's agents shall work within Harbourline's support platform (the "Desk"), and each passenger query shall be recorded once, in the Desk."""
    pass: """This Agreement is between Harbourline Bank plc ("Harbourline") and Corvid Recoveries Limited ("Corvid"). Corvid shall provide the Services to Harbourline.

Corvid's collectors shall work directly in the Collections Platform using accounts issued by Harbourline."""
    pass: "4.1 The Client shall give the Supplier's agents access to CIBS. The Supplier shall log every customer contact in CIBS and shall not keep any separate record of contacts."
    gap: "4.1 The Client shall give the Supplier's staff access to its premises. The Supplier shall log all visitors at reception."
    gap: """This Agreement is between Harbourline Bank plc ("Harbourline") and Corvid Recoveries Limited ("Corvid"). Corvid shall provide the Services to Harbourline.

Corvid's collectors shall work in their own dialler using accounts issued by Corvid's IT team."""
    gap: "The Contractor's agents shall work in the Contractor's own case management system and shall send the Company a daily extract."
    gap: "The Vendor shall issue the Customer's staff with user accounts on the Vendor's reporting portal."
    gap: "The Customer shall keep its users' login credentials secure and shall notify the Provider of any misuse of its accounts."
    gap: "The Supplier shall log all customer inquiries in its own CRM system and send the Client a weekly extract."
    gap: "The Client is not obliged to give the Supplier access to its ticketing system."
    # Whatever the work handles, logging every one of them in a system of the client's counts; the
    # system may be a database or an application, named with "of" after it.
    pass: "The Contractor records every permit application and every renewal in the Permit Register application of the Council, at the time it is received."
    pass: "You will enter each booking and each caller's details in the Customer's reservations database, using the logins the Customer issues."
    gap: "The Contractor records every permit application in its own database and sends the Council a monthly extract."
    gap: "The Council records every permit application in the Permit Register application of the Council."
    gap: "The Supplier shall maintain a ticketing system that meets good industry practice."
    gap: "The Vendor shall not use or access the Customer's CRM system."
    gap: "The Client's CRM system is outside the scope of the Services."
    gap: "The Vendor shall record all customer contacts in its own systems and shall give the Customer read-only access to its reports."
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

1.1 "Club Platform" means the software in which the Client keeps the records of club members, orders and shipments.

4.2 The Supplier shall work in the Club Platform using the user profiles that the Client grants to it, and shall record there every enquiry it handles."""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

1.1 "Booking System" means the Client's passage and cargo booking application known as TaoBook.

3.2 The Supplier shall record every enquiry, booking and cancellation directly in the Booking System."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

1.1 "Club Platform" means the software in which the Supplier keeps the records of club members, orders and shipments.

4.2 The Supplier shall work in the Club Platform and shall record there every enquiry it handles."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

1.1 "Permit Register" means the Client's register of levy payments and permits.

4.2 The Client shall not grant the Supplier access to the Permit Register; the Supplier shall record every enquiry in its own CRM."""
    pass: """This agreement is between Harbour Inn Ltd ("you") and Wave Answering Ltd ("we").

We will answer your guests' calls. We will do all of this inside your own booking system, Harbourlight, using the log-ins you give us."""
    gap: """This agreement is between Harbour Inn Ltd ("you") and Wave Answering Ltd ("we").

We will answer your guests' calls. We will do all of this inside our own contact platform and send you a weekly export."""
    pass: """CONTRACT FOR SERVICES between IMAGERIE MÉDICALE ESTRIE INC. (the "Principal") and CENTRE DE CONTACT CANTONS-DE-L'EST INC. (the "Contractor"). The Contractor shall operate the Principal's appointment centre.

6.1 The Principal grants the Contractor's agents access to its radiology information system for the purpose of booking. Agents shall record each call and each booking directly in that system, so that every request is logged only once."""
    gap: """CONTRACT FOR SERVICES between IMAGERIE MÉDICALE ESTRIE INC. (the "Principal") and CENTRE DE CONTACT CANTONS-DE-L'EST INC. (the "Contractor"). The Contractor shall operate the Principal's appointment centre.

6.1 The Contractor shall record each call in its own contact management system, so that every request is logged once, and shall send the Principal a daily extract."""
    pass: """Haneul Card Co., Ltd. (hereinafter "Gap") and Seohae CS Co., Ltd. (hereinafter "Eul") enter into this Agreement concerning the entrustment by Gap to Eul of the operation of the customer centre.

Article 2 (Definitions) 1. "Consultation System" means the customer consultation and dispute management system owned and operated by Gap.

Article 5 (3) Eul's Counsellors shall register every consultation, including lost-card reports received outside business hours, in the Consultation System."""
    pass: """This Agreement is between the State of Alaska, Department of Labor and Workforce Development, Division of Employment and Training Services (the "Division"), and Tanana Valley Contact Solutions, LLC (the "Contractor"). The Contractor shall answer unemployment insurance claimant calls for the Division.

B.2.2 The Contractor shall work directly in the NorthStar Benefits System, the UI system of record, through Division-issued accounts, and shall record every claimant contact in that system."""
    pass: """The Municipality of Kallithea (the "Contracting Authority") and Saronic Call S.A. (the "Contractor") agree as follows. The Contractor shall operate the municipal parking helpdesk for the Municipality.

Article 6

4. The Contractor's agents shall work in the Municipality's Integrated Citizen Service System, through personal accounts created by the Municipality, and shall register every request and objection in it."""
    gap: """The Municipality of Kallithea (the "Contracting Authority") and Saronic Call S.A. (the "Contractor") agree as follows. The Contractor shall operate the municipal parking helpdesk for the Municipality.

Article 6

4. The Contractor's agents shall register every request and objection in the Contractor's own ticketing tool and send the Municipality a daily extract."""
    pass: """This contract is concluded between ALPINE ROADS d.d. (the "Ordering Party") and KRAS CONTACT d.o.o. (the "Performer"). The Performer shall operate the toll helpdesk of the Ordering Party.

The Performer shall handle all contacts in the customer-relationship system of the Ordering Party, to which the Ordering Party shall grant it access, and shall record every contact and its outcome in that system."""
    gap: """This contract is concluded between ALPINE ROADS d.d. (the "Ordering Party") and KRAS CONTACT d.o.o. (the "Performer"). The Performer shall operate the toll helpdesk of the Ordering Party.

The Performer shall handle all contacts in its own customer-relationship system and shall send the Ordering Party a weekly extract."""
    pass: """This Contract is concluded between the Silesian Sickness Fund (the "Awarding Entity") and InfoLinia Gliwice sp. z o.o. (the "Contractor"). The Contractor shall operate the benefit contact line.

§ 2

(2) The Contractor shall handle Contacts exclusively in the Contact Handling System made available by the Awarding Entity, registering each Contact once, and shall keep no parallel register."""
    gap: """This Contract is concluded between the Silesian Sickness Fund (the "Awarding Entity") and InfoLinia Gliwice sp. z o.o. (the "Contractor"). The Contractor shall operate the benefit contact line.

§ 2

(2) The Contractor shall handle Contacts in its own Contact Handling System and shall send the Awarding Entity a monthly extract."""
    pass: """Municipal Enterprise "Dniproliftservis" (hereinafter the "Principal") and Limited Liability Company "Dnipro Kontakt" (hereinafter the "Performer") have concluded this Contract. The Performer shall receive calls about lift breakdowns.

4.1.3. The Performer shall register every call in the Unified Dispatch Register software of the Principal, to which the Principal grants the Performer's operators access."""
    pass: """This Agreement is made between the State Social Insurance Office (the "Principal") and SIA "Daugava Kontakti" (the "Contractor").

10. The Contractor's consultants shall register every call, e-mail and portal message once in the Principal's Client Request Register."""
    gap: """This Agreement is made between the State Social Insurance Office (the "Principal") and SIA "Daugava Kontakti" (the "Contractor").

10. The Contractor's consultants shall register every call, e-mail and portal message once in the Contractor's own request register."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

4.2 The Supplier shall record every contact in its own records. The Client may, at its discretion, grant the Supplier access to the Client's claims case management system."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

6.1 The Contractor shall register every query, request and appointment in the municipal collection system through the user profiles that the IT Unit of the Principal assigns to each of its agents, so that no separate register is kept."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

6.1 The Contractor shall record every enquiry, complaint and appointment in TaxNet, using the user names given by the Principal to each agent."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

6.1 The Contractor shall record every enquiry, complaint and appointment in its own contact log and shall send the Principal a weekly extract."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

3.3 The Contractor shall also use reasonable efforts to promote the Principal's mobile banking application during outbound calls."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

1.1 "Re-registration" means the periodic updation of a customer's identity records.

3.2 The Contractor shall make Re-registration calls to customers listed by the Principal's mobile banking platform and report the outcome in a weekly file."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.3 The operators book appointments and record each call directly in the Principal's "Agenda Sportello" platform, with personal credentials; no parallel register is kept."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.3 The operators book appointments and record each call in the Contractor's own "Agenda Plus" platform and send the Principal a weekly export."""
  }
}
