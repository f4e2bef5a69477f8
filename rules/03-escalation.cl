pack bpo-escalation "1.0.0" { description: "Escalation of issues and disputes: levels, time limits, priority channels and final resolution" }

# ---- vocabularies ------------------------------------------------------------------------------

# Moving a matter up.
# Stemming reads "refer" and "reference" alike, so referral is a regular expression.
# (not a cross-reference: "the initiatives referred to in the TENTH clause")
vocab esc_escalate = "escalate" | "escalation" | /\brefer(?:s|red|ring|ral|rals)?\b(?!\s+to\s+(?:in|under|at)\b)/
  | "be raised with" | "raise with" | "meet to resolve" | "meet and attempt to resolve" | "meet in good faith"
  | "attempt to resolve" | "seek to resolve" | "negotiate" | "be resolved by" | "be determined by"
  | "be decided by"
  # civil-law drafting: "it shall be submitted to the Joint Monitoring Commission", "it shall be placed
  # before the Strategic Council"
  | "be submitted to" | "be placed before" | "be put before" | "be brought before" | "be laid before"
  # ... and in the present tense of a translation: "it is submitted to the manager of each Party"
  | /\b(?:it|they|the\s+(?:matter|dispute|difficulty|issue|disagreement))\s+(?:is|are)\s+(?:then\s+)?(?:submitted|brought|put|laid)\s+(?:to|before)\b/
  # "If it is not resolved, it shall pass to the Operating Committee", "it goes to the two chief
  # executives", "either of us can pass it to our General Manager"
  | /\b(?:shall|will|must|then)\s+(?:pass|passes|go|goes|move|moves)\s+(?:up\s+)?to\s+the\b/
  | /\bit\s+(?:goes|passes|moves)\s+(?:up\s+)?to\s+(?:the|our|your|its|step|stage|level|tier)\b/ | /\bpass\s+(?:it|the\s+matter|the\s+issue)\s+(?:up\s+)?to\b/
  # ("if not solved within five (5) working days, they pass to the cabina di regia")
  | /\b(?:it|they)\s+(?:pass|passes|go|goes|move|moves)\s+(?:up\s+)?to\s+the\b/
# What is escalated: referring a press enquiry to two managers is no escalation path.
vocab esc_matter = "dispute" | "issue" | "matter" | "complaint" | "disagreement" | "difference" | "problem"
  | "incident" | "concern" | "claim" | "controversy" | "failure" | "breach"
# The act of escalating, for time limits: a verb, or "escalation to/of". A sentence that merely
# names "the escalation procedures" (beside a 30-day cure period) sets no escalation time limit.
vocab esc_escalate_strong = /\bescalat(?:e|es|ed|ing)\b/
  | /\bescalations?\s+(?:to|of|from)\b/ | /\b(?:next|first|second|third|final|further)\s+(?:level\s+of\s+)?escalation\b/
# (Not a cross-reference: "the end-of-season assessment referred to in Article 17".)
vocab esc_refer = /\brefer(?:s|red|ring|ral|rals)?\b(?!\s+to\s+(?:in|at|above|below|under|herein)\b)/ | "meet in good faith" | "meet and attempt to resolve" | "be raised with" | "meet to resolve"
  # "it shall pass to the Operating Committee", "it shall automatically move to Stage 2"
  | /\b(?:shall|will|must|then)\s+(?:automatically\s+)?(?:pass|go|move)(?:es|s)?\s+(?:up\s+)?to\s+(?:the\b|(?:stage|level|step|tier)\s+(?:[1-4]|one|two|three|four)\b)/
  # "the dispute shall be submitted to the general managers" (a dispute or a matter only: "Changes to the
  # scope shall be submitted to the Committee" is a change request)
  | /\b(?:dispute|disputes|matter|matters|issue|issues|disagreement|difference|problem|it|they)\s+(?:shall|will|must)\s+be\s+(?:submitted|passed|sent|taken|elevated)\s+to\s+(?:the|our|your|its|their)\b/
  # plain English: "either of us can pass it to our Principal Solicitor"
  | /\b(?:shall|will|must|may|can|then)\s+(?:pass|take|send)\s+(?:it|this|that|them|the\s+(?:matter|issue|dispute|problem|disagreement))\s+(?:up\s+)?to\b/
  # the next numbered step, or the next people: "If they haven't within five business days, it goes to
  # step 2.", "it goes to our Head of Operations and your Managing Director"
  | /\bit\s+(?:goes|passes|moves)\s+(?:up\s+)?to\s+(?:our|your|its|their|(?:step|stage|level|tier)\s+(?:[1-4]|one|two|three|four))\b/
  | "attempt to resolve" | "seek to resolve" | "negotiate"
  # the last step, taken when the level before it runs out of time: "If the difficulty is not settled
  # within one (1) month of that referral, it shall be finally settled by arbitration"
  | /\b(?:it|the\s+(?:dispute|difficulty|matter|issue|disagreement))\s+(?:shall|will)\s+(?:then\s+)?be\s+(?:finally\s+)?(?:settled|resolved|decided|determined)\s+by\s+(?:arbitration|an?\s+(?:sole\s+)?arbitrator|the\s+courts?|an?\s+expert)\b/

# An escalation level: a person, forum or numbered tier that can take a matter. One regular
# expression, so that "Chief Executive Officer" is one match (not also "Executive Officer"), and
# "mentions at least 2 different esc_level" counts levels, not overlapping names of one level.
vocab esc_level = /\b(?:(?:joint\s+|executive\s+|operational\s+|project\s+|programme\s+|program\s+)?steering\s+(?:committee|group|board|forum)s?|(?:joint\s+)?(?:governance|relationship|partnership|management|operational|operations|operating|executive(?:\s+review)?|(?:service|contract|performance|account|business)\s+(?:review|delivery|management)|delivery|strategic|strategy|leadership|commercial|oversight|supervisory|project|programme|program)\s+(?:board|committee|forum|group|panel|council)s?|joint\s+(?:committee|board|forum)s?|JSC|JEC|(?:project|contracts?|relationship|account|service\s+delivery|delivery|service|operations?|operational|programme|program|engagement|site|general|vendor|supplier|partner)\s+managers?|senior\s+(?:management|executives?|representatives?|officers?|managers?|leadership|officials?)|executive\s+(?:sponsors?|representatives?|officers?|management|level)|chief\s+executives?(?:\s+officers?)?|CEOs?|chief\s+(?:operating|financial|information|commercial|procurement)\s+officers?|COOs?|CIOs?|CFOs?|managing\s+directors?|(?:account|commercial|operations|service)\s+directors?|(?:board\s+of\s+)?directors?|vice[\s-]+presidents?|heads?\s+of\s+[a-z]+|team\s+leaders?|supervisors?|(?:authori[sz]ed|contract|commercial|operational|executive|nominated|designated)\s+representatives?|(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:level|tier|stage|line)|(?<!severity\s)(?<!priority\s)(?<!incident\s)(?:level|tier|stage|step)\s+(?:[1-4]|one|two|three|four)|contracting\s+officers?)\b/
# and a body the contract itself sets up, whatever its name ("the Joint Monitoring Commission")
vocab esc_level += /\b{forum_term}\b/
# Central European drafting: "Contact persons of both Contracting Parties", then their "Statutory bodies" (the boards)
vocab esc_level += /\b(?:contact\s+persons|statutory\s+(?:bodies|body|organs?))\b/
# both sides' contacts: "the two main contacts will try to solve it first"
vocab esc_level += /\b(?:two\s+|both\s+)?(?:main|primary|principal|designated|nominated|day-to-day)\s+contacts\b/
# translated drafting: each party's contact by the civil-law name ("first submitted to the Correspondents")
vocab esc_level += /\b(?:correspondents|interlocutors|respondents)\b/
# ... and both sides' heads together: "referred to the managers of the two Parties"
vocab esc_level += /\b(?:managers|directors|heads|executives|managing\s+directors|general\s+managers|team\s+lead(?:er)?s|supervisors)\s+of\s+(?:the\s+)?(?:two|both)\s+(?:parties|sides)\b/
# the parties' coordinators, once each party has appointed one: "first considered by the coordinators"
vocab esc_level += /\bthe\s+coordinators\b/
  # ... in a ladder's cell: "| First | coordinators of the Parties | 5 working days |"
  # (not "representatives of the Parties", which names the same people as "the senior representatives" before it)
  | /\b(?:coordinators|co-ordinators|contact\s+persons)\s+of\s+(?:the\s+|both\s+)?(?:parties|sides)\b/
# ... and the contacts the contract names, in the plural: both sides' "Relationship Leads"
vocab esc_level += /\b{contact_term}s\b/
# ... and a party's head by office: "the chairman of the Service Provider" (a manager or director
# "of" a party is as often the first level as a later one: it stays unread)
vocab esc_level += /\b(?:chairm[ae]n|chairpersons?|presidents?)\s+of\s+(?:the\s+|each\s+)?(?:{client}|{provider}|party)\b/
# Italian public contracts: the control room (cabina di regia) and the client's sole officer for the procedure (RUP)
# or execution director (DEC): "first examined by the Referente Unico and the DEC; ... they pass to the cabina di
# regia ...; failing agreement, the RUP takes a reasoned decision"
vocab esc_level += /\bcabina\s+di\s+regia\b/ | /(?-i:\bRUP\b)/ | /(?-i:\bDEC\b)/

# An escalation matrix whose rows are its levels, whoever sits at each ("| Level | Operator | Integrator | Time |").
vocab esc_tier_column = /\b(?:levels?|tiers?|stages?|steps?|rungs?)\b/

# The column of a ladder's time limits: "Time to resolve", "Deadline", "Maximum time at this level".
vocab esc_time_column = /\b(?:time|times|deadline|deadlines|days|period|limit|resolve|resolution|within)\b/
# How long a matter may sit at one level: "may remain at each stage for not more than fifteen days".
vocab esc_stay = /\b(?:remain|remains|stay|stays|sit|sits|rest|rests)\s+at\s+(?:each|any|one|a|the\s+same|that|this)\s+(?:escalation\s+)?(?:level|tier|stage|step)\b/

# One level of two people, one from each side: "between the Service Director and the Partner Manager".
vocab esc_pair = /\bbetween\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:manager|director|representative|lead|officer|coordinator)s?\s+and\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:manager|director|representative|lead|officer|coordinator)s?\b/
# Headings of escalation clauses and tables.
vocab esc_no_ladder = /\b(?:parties|we)\s+(?:do|shall|will)\s+not\s+(?:adopt|have|establish|use|agree)\s+(?:a|any)\s+(?:tiered|multi[\s-]tier(?:ed)?|stepped|multi[\s-]level)\s+escalation\b/
  | /\b(?:no|without\s+(?:any|a))\s+(?:tiered|multi[\s-]tier(?:ed)?|stepped)\s+escalation\s+(?:procedure|process|path)\b/
vocab esc_ladder_column = /^\s*\|?\s*(?:escalation\s+)?(?:levels?|stages?|steps?|tiers?)\s*\|/
vocab esc_ladder_time = "deadline" | "time" | "days" | "period" | "duration" | "resolution" | "within"
vocab esc_heading = "escalation" | "dispute resolution" | "disputes" | "dispute"
  | "issue resolution" | "issue management"
  # "Article 12- Resolution of Operational Issues"
  | /\bresolution\s+of\s+(?:[\w-]+\s+)?(?:issues|problems|disagreements)\b/
  # civil-law drafting in translation: "Settlement of Disagreements", "Settlement of Differences"
  | "disagreement" | "disagreements" | /\bsettlement\s+of\s+differences\b/
  # plain English: "If something goes wrong", "When we disagree"
  | /\b(?:if|when)\s+(?:something|anything|things)\s+(?:goes|go)\s+wrong\b/
  | /\b(?:if|when)\s+(?:we|the\s+parties)\s+disagree\b/
  # "When there is a problem", "If we have a disagreement"
  | /\b(?:if|when)\s+(?:there\s+is|there\s+are|we\s+have|you\s+have)\s+(?:a\s+)?(?:problems?|disputes?|disagreements?|issues?)\b/
  # "Sorting out problems", "Resolving issues"
  | /\b(?:sorting\s+out|resolving|solving|settling|dealing\s+with|fixing)\s+(?:problems|issues|disagreements|complaints\s+between\s+us)\b/

# A matter the earlier level did not resolve: the next step follows.
vocab esc_unresolved = "unresolved" | "fail to resolve" | "failing resolution" | "failing which" | "failing that"
  | "failing agreement" | "unable to resolve" | "unable to agree" | "fail to agree" | "cannot be resolved"
  | "cannot resolve" | "not been able to resolve" | "remains unresolved" | "if not resolved" | "thereafter"
  | "in the first instance" | "first instance"
  | esc_unresolved_if
# "If the dispute is not resolved ...", "If the Chief Executives have not resolved it ...": the match
# starts at "if", so the negation inside it does not hide it. It names the matter by itself: in "If
# the Council does not resolve the disagreement, it shall be referred to the boards" the
# disagreement sits in the negated condition.
vocab esc_unresolved_if = /\b(?:if|where|when|in\s+the\s+event(?:\s+that)?)\b[^.;]{0,80}?\b(?:(?:is|are|has|have|do|does|did|was|were)\s+not\s+|(?:isn|aren|hasn|haven|doesn|don|didn|wasn|weren)['’]t\s+)(?:been\s+)?(?:able\s+to\s+)?(?:resolved?|settled?|agreed?|remedied|solved?|fixed|sort(?:ed)?\s+(?:(?:it|this|that|them|the\s+\w+)\s+)?out)\b/
  # the verb left out before the time limit: "If they haven't within five business days, ..."
  | /\b(?:if|where|when)\s+(?:they|we|you|it|the\s+\w+)\s+(?:haven['’]t|hasn['’]t|have\s+not|has\s+not)\s+(?:done\s+so\s+)?(?:within|by)\b/
  # plain English: "If they cannot sort it out within 20 business days"
  | /\b(?:if|where|when)\b[^.;]{0,80}?\b(?:cannot|can['’]t|can\s+not|do\s+not|does\s+not|don['’]t|doesn['’]t|fail\s+to|are\s+unable\s+to|is\s+unable\s+to)\s+(?:resolve|settle|solve|sort\s+(?:it|this|that|them|the\s+\w+)\s+out|fix|agree|reach\s+(?:an\s+)?agreement|reach\s+a\s+decision)\b/
  # the verb left out, or the attempt failing: "If they can't, it goes to our President", "If that
  # does not work, ..."
  | /\b(?:if|where|when)\s+(?:they|we|you|the\s+\w+|it)\s+(?:cannot|can['’]t|can\s+not|are\s+unable\s+to|aren['’]t\s+able\s+to)\s*(?:do\s+so\s*)?[,;]/
  | /\b(?:if|where|when)\s+(?:that|this|it|talking)\s+(?:does\s+not|doesn['’]t|did\s+not|didn['’]t)\s+work\b/
# A numbered level ("Level 2", "second tier", "Stage 3").
vocab esc_tier_marker = /\b(?:(?:first|second|third|fourth|final|next|1st|2nd|3rd|4th)[\s-]+(?:level|tier|stage|step)|(?<!severity\s)(?<!priority\s)(?<!incident\s)(?:level|tier|stage|step)\s+(?:[1-4]|one|two|three|four)\b)/

# Named successive levels or a multi-level procedure.
# Every phrase names escalation itself: "multi-tier" alone is as likely an IT architecture.
vocab esc_tiers = "escalation levels" | "levels of escalation" | "escalation tiers" | "tiers of escalation"
  | "escalation matrix" | "escalation hierarchy" | "escalation ladder" | "tiered escalation"
  | "multi tier escalation" | "multi level escalation" | "next level of escalation" | "next escalation level"
  | "escalation stages" | "stages of escalation" | "successive levels of escalation"
  # "we escalate it in three steps:", "escalated through two stages"
  | /\bescalat(?:e|es|ed|ing)\s+(?:(?:it|them|the\s+(?:matter|issue|dispute|problem))\s+)?(?:in|through|via)\s+(?:two|three|four|2|3|4)\s+(?:successive\s+)?(?:steps|stages|levels|tiers)\b/

# Priority channels into the client (ESC-003).
# A line or desk with a name of its own: "the Donor Safety Line", "the Critical Value Desk".
# ("an Anomaly Bridge", as a conference line is called)
vocab esc_line_name = /(?-i:(?:[A-Z][\w-]*\s+){1,4})(?:Line|Desk|Hotline|Number|Queue|Bridge)\b/
vocab esc_channel = "hotline" | "hot line" | "dedicated line" | "dedicated telephone" | "dedicated phone"
  # the priority line kept in the original: "The Caisse provides a ligne prioritaire to its C2S back-office"
  | /\blignes?\s+prioritaires?\b/
  # "a quay duty telephone [vagttelefon], staffed around the clock"
  | /\bduty\s+(?:tele)?phones?\b/
  # ... or a name in quotes: 'a dedicated "red line"'
  | /\b(?:dedicated|priority|direct|separate|reserved)\s+["“][^"”]{1,30}["”]/
  # A dedicated or priority line with a name of its own ("a dedicated Vulnerable Customer Referral Line").
  | /\b(?:dedicated|priority|direct|separate)\s+(?-i:(?:[A-Z][\w-]*\s+){1,4})(?:line|number|queue|channel|desk|mailbox|hotline)s?\b/
  | /\b(?:dedicated|priority)\s+(?:(?:priority|escalation|telephone|phone|mobile|contact|support|emergency|urgent|direct|duty|24[\s\/x-]*7)\s+){1,2}(?:line|number|queue|channel|hotline)s?\b/
  # a line or desk with a name of its own that someone staffs or runs: "shall staff a Donor Safety
  # Line with a registered nurse", "We run a Technician Desk"
  | /\b(?:staff|staffs|run|runs|operate|operates|maintain|maintains|keep|keeps)\s+(?:open\s+)?(?:a|an|the|its|our|their)\s+["“]?{esc_line_name}/
  # a line kept for some use only: "a telephone line staffed throughout Service Hours and reserved for urgent matters"
  # (... "a Duty Dispatcher line, staffed around the clock, reserved for Contractor's supervisors")
  # ("a telephone line answered at all hours by its duty ground-station controller and reserved for the Desk Operator")
  | /\b(?:line|number|desk|queue|channel|mailbox)\s*,?\s+(?:[\w-]+,?\s+){0,10}?(?:and\s+)?(?:is\s+)?reserved\s+(?:exclusively\s+|solely\s+)?for\b/
  # "a reserved telephone line, distinct from its switchboard"
  | /\breserved\s+(?:telephone\s+|phone\s+)?(?:line|number)s?\b/
  # "an urgent number that goes straight to our rostering coordinators"
  | /\b(?:urgent|emergency|escalation)\s+(?:phone\s+|telephone\s+|contact\s+)?(?:number|line)s?\b/
  # "an "HR on-call phone", answered by a member of our HR team"
  | /\bon[\s-]call\s+(?:phone|telephone|line|number|mobile)s?\b/
  # "a direct number to the duty harbourmaster", "a direct line into its operations room"
  | /\bdirect\s+(?:telephone\s+|phone\s+|dial\s+)?(?:line|number)\s+(?:to|into)\s+(?:the|our|its|their|your)\b/
  | "dedicated number" | "dedicated contact" | "dedicated email" | "dedicated mailbox" | "dedicated channel"
  | "dedicated escalation" | "dedicated desk" | "priority line" | "priority queue"
  | "priority channel" | "priority access" | "priority routing" | "priority handling" | "escalation line"
  | "escalation number" | "escalation contact" | "escalation desk" | "escalation mailbox" | "escalation queue"
  | "escalation channel" | "escalation point" | "direct line" | "emergency contact" | "emergency number"
  | "emergency line" | "on call" | "out of hours contact" | "fast track" | "expedited route"
  # the line a control room or duty officer answers ("the number of its Control duty line")
  | /\bduty\s+(?:line|number|phone|mobile|officer|manager|desk)s?\b/
  # ... or the mobile of a named duty role: "the number of our Duty Skipper mobile"
  | /\bduty\s+(?-i:[A-Z][\w-]*)\s+(?:mobile|phone|telephone|line|number)s?\b/
  # A priority, dedicated or direct line, number, desk or queue, with words between ("priority claims
  # desk", "direct telephone number", "dedicated complaints queue").
  | /\b(?:priority|dedicated|direct|escalation|emergency|express|fast[\s-]track)\s+(?:[a-z-]+\s+){0,2}?(?:lines?|numbers?|telephone|phone|desks?|queues?|channels?|mailbox(?:es)?|inbox(?:es)?|hotlines?|routes?|bridges?)\b/
vocab esc_critical = "critical" | "urgent" | "escalated" | "escalation" | "priority" | "emergency" | "severity 1"
  | "severity one" | "P1" | "priority 1" | "high impact" | "major incident" | "vulnerable customer"
  | "complaint" | "complex"
  # health lines: "to transfer danger-sign calls", "life-threatening", "red-flag symptoms"
  | /\bdanger[\s-]signs?\b/ | "life-threatening" | "life threatening" | /\bred[\s-]flags?\b/
  # ... a suspected harm to report at once: "any caller who reports a suspected adverse event following immunisation"
  | /\badverse\s+(?:events?|reactions?|drug\s+reactions?)\b/
  # ... or kept off the general line: "which shall not pass through the hospital switchboard"
  | /\b(?:(?:shall|will|must|does|do)\s+not\s+(?:pass|be\s+routed)|bypass(?:es|ing)?)\s+(?:through\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:switchboard|general\s+queue|main\s+line)\b/
  # taken first, kept apart from the queue everyone else uses
  | /\bahead\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:general|normal|ordinary|standard|public)\s+(?:queues?|lines?)\b/
  # ... or ahead of the channels anyone else uses: "ahead of email or your lodge's reception line"
  | /\bahead\s+of\s+(?:e-?mail|(?:the|your|our|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:reception|switchboard|main|usual)\s+(?:lines?|numbers?|desk))\b/
  # ... or of everyone else: "which answers your agents ahead of any other caller", "taken ... before any other work"
  | /\b(?:ahead\s+of|before)\s+(?:any|all)\s+other\s+(?:callers?|calls|work|queues?|traffic)\b/
  | /\bout\s+of\s+the\s+(?:normal|general|ordinary|standard)\s+queues?\b/
  # used in place of the lines everyone else calls: "instead of the Principal's ordinary numbers"
  | /\b(?:instead\s+of|rather\s+than)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:ordinary|normal|usual|general|public|main|standard)\s+(?:numbers?|lines?|queues?|channels?|switchboards?)\b/
  # "Such reports bypass the Registry's general support queue"; what is reported there: "suspected
  # hijacking of a domain, unauthorised transfers and outages"
  | /\bbypass(?:es|ed|ing)?\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:general|normal|ordinary|standard|public)\s+(?:[\w-]+\s+)?queues?\b/
  | "outage" | "outages"
  # "answered ahead of all other traffic", "skips the general queue"
  | /\bahead\s+of\s+(?:all\s+|any\s+)?other\s+(?:traffic|calls?|callers?|contacts?|work|queues?)\b/
  | /\b(?:skip|skips|skipping|bypass|bypasses|bypassing|jump|jumps|jumping)\s+(?:the\s+)?(?:general|normal|ordinary|standard|public|main)\s+queues?\b/
  # kept off the general line: "Such reports shall not be made through the Principal's general number"
  | /\bnot\s+(?:be\s+)?(?:made|sent|raised|routed|reported|placed|passed)\s+(?:through|via|on|to)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:general|normal|ordinary|standard|public|main)\s+(?:numbers?|lines?|queues?|channels?|switchboard)\b/
  # cases that cannot wait: suspected fraud, a person at risk
  | "vulnerable" | "vulnerability" | "suspected fraud" | "at risk of harm" | "safety" | "stranded"
  | /\b(?:medical\s+)?evacuations?\b/ | "left behind"
  | /\bnot\s+(?:be\s+)?(?:routed\s+)?(?:through|to|via)\s+the\s+(?:general|main|public)\s+(?:switchboard|queue|line|number)s?\b/
vocab esc_operate = "operate" | "staff" | "man" | "answer" | "run" | "provide" | "maintain" | "manage"
  | "handle" | "support"
# The channel named as the client's, or opened for the provider.
vocab esc_client_channel = /\b(?:{client}|commonwealth|government)(?:['’]s?)?\s+(?:\w+\s+){0,3}?(?:hot\s?line|dedicated\s+(?:\w+\s+)?(?:line|number|contact|team|desk|mailbox)|priority\s+(?:line|queue|channel)|escalation\s+(?:line|number|contact|desk|mailbox|queue|channel|point|team)|direct\s+line|emergency\s+(?:contact|number|line)|on[\s-]call\s+(?:manager|team|contact|officer))s?\b/
# The provider's agents put calls through to it: "the agent shall transfer the call immediately to the
# Laboratory's Critical Value Desk", "your agent will put the call straight through to the Technician Desk".
vocab esc_transferred = /\b(?:transfer|put|pass|route|refer|escalate|forward)(?:s|red|ed|ring|ing)?\s+(?:(?:the|any|each|every|such|that|this)\s+)?(?:[\w-]+\s+){0,3}?(?:immediately\s+|straight\s+)?(?:through\s+)?to\s+(?:the\s+)?(?:{client's}\s+)?{esc_line_name}/
# The line the client gives put to use: "Our team leaders will use that number, ahead of email".
vocab esc_line_used = /\bwill\s+(?:use|call|ring|dial)\s+(?:that|this|the)\s+(?:number|line|mobile)\b/
vocab esc_for_provider = /\b(?:raised|reported|used|available|accessible|open|escalated|referred|provided|given|issued)\s+(?:only\s+)?(?:to|by|for)\s+(?:use\s+by\s+)?(?:the\s+)?{provider}(?:['’]s?)?\b/
  # "reserved for referrals from the Service Provider", "reserved for the Contractor's team leads"
  | /\b(?:reserved|kept)\s+(?:exclusively\s+|solely\s+)?for\s+(?:[\w-]+\s+){0,3}?(?:the\s+)?{provider}(?:['’]s?)?\b/
  # "a dedicated "red line" ..., which the Contractor's team leaders shall use"
  | /\b(?:which|that)\s+(?:the\s+)?{provider}(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:shall|will|must|may|can)\s+use\b/
  # "it's only for you and our marina staff"
  | /\b(?:only|solely|exclusively)\s+for\s+(?:the\s+)?{provider}(?:['’]s?)?\b/
  | /\bfor\s+(?:the\s+)?(?:exclusive\s+)?(?:use\s+(?:of|by)\s+)?(?:the\s+)?(?:{provider}|outsourcer)(?:['’]s)?\s+(?:to|agents|staff|personnel|team|use|calls)\b/
  | /\b(?:{provider}|outsourcer)(?:['’]s)?\s+(?:\w+\s+){0,2}?(?:may|can|should|shall\s+be\s+entitled\s+to|shall\s+have\s+access\s+to)\s+(?:\w+\s+){0,3}?(?:call|contact|use|access|escalate|refer|raise|report)\b/
  # "the direct line into our fleet operations room, which answers your agents ahead of any other caller"
  | /\b(?:answers?|answering|serves?|takes?)\s+(?:your|the\s+{provider}['’]s|{provider}['’]s)\s+(?:[\w-]+\s+)?(?:agents|staff|team\s+leaders|supervisors|calls)\b/
  # "for urgent applicant issues you refer to us"
  | /\b{provider}\s+(?:refer|refers|pass|passes|send|sends|escalate|escalates|forward|forwards)\s+(?:\w+\s+)?to\s+{client}\b/

# A step left to the parties' judgment: "if both consider it useful" (no level of ESC-001, no route of ESC-004).
# ("if the contracting parties both deem it appropriate")
vocab esc_step_if_useful = /\bif\s+(?:they|both|we|the\s+(?:[\w-]+\s+)?parties)\s+(?:both\s+)?(?:deem|consider|think|find)\s+(?:it\s+)?(?:appropriate|fit|useful|necessary|helpful|worthwhile)\b/

# Final dispute resolution (ESC-004).
vocab esc_adr_optional = /\b(?:if|where|when|provided\s+that)\s+(?:both\s+(?:parties|of\s+(?:them|us))|the\s+(?:[\w-]+\s+)?parties|they|we\s+both|each\s+party)\s+(?:so\s+|then\s+|both\s+)?(?:agree|consent|wish|wishes|choose|elect)\b/
  | /\bif\s+(?:both|they|each)\s+(?:so\s+)?(?:wish|choose|elect|agree|consent)\b/
  | /\b(?:separate|further|specific)\s+(?:written\s+)?agreement\b/ | "by mutual agreement" | "if both agree"
  # left to their judgment, or only to be thought about: "They may, if they both deem it appropriate,
  # consider submitting the dispute to mediation"
  | esc_step_if_useful
  | /\bconsider\s+(?:submitting|referring|taking)\b/
  # an agreement to agree: "the parties may agree to refer it to mediation" (a mandatory fallback,
  # "failing which it shall be referred to arbitration", passes in its own sentence)
  | /\b(?:the\s+parties|they|both\s+parties|we|the\s+parties\s+to\s+the\s+dispute)\s+may\s+(?:jointly\s+|mutually\s+)?agree\s+to\s+(?:refer|submit|take|try|attempt|use|appoint)\b/
  # the route shut: "neither party may refer it to arbitration", "shall not be referred to mediation"
  # (but not the usual order of steps: "shall not be referred to arbitration until the Executives have met")
  | /\b(?:neither|no)\s+party\s+(?:may|shall|can|will|is\s+entitled\s+to)\s+(?:refer|submit|take)\b(?![^.;]{0,100}?\b(?:until|unless|before|except|save|other\s+than|without\s+first|prior\s+to)\b)/
  | /\b(?:shall|will|may|must)\s+not\s+be\s+(?:referred|submitted|taken)\s+to\b(?![^.;]{0,100}?\b(?:until|unless|before|except|save|other\s+than|without\s+first|prior\s+to)\b)/
  # "Nothing in this Agreement is an agreement to refer any dispute to arbitration."
  | /\bnothing\s+in\s+this\s+(?:agreement|contract)\s+(?:is|constitutes|amounts\s+to|shall\s+be\s+(?:construed|deemed|read)\s+(?:as|to\s+be))\s+(?:an?\s+)?(?:agreement|submission|undertaking|consent)\s+to\b/
vocab esc_customer_route = /\b(?:customer|consumer|complainant|caller|member|user|resident|passenger)s?['’]?s?\s+right\s+to\s+(?:refer|take|escalate|bring)\b/
vocab esc_adr = "mediation" | "mediator" | "expert determination" | "independent expert" | "expert determine"
  | "determination by an expert" | "determined by an expert" | "referred to an expert" | "refer to an expert"
  | "arbitration" | "arbitrator" | "arbitral" | "adjudication" | "adjudicator" | "conciliation" | "conciliator"
  | "alternative dispute resolution" | exact "ADR" | exact "CEDR" | exact "JAMS" | exact "LCIA" | exact "ICC"
  | exact "AAA" | exact "SIAC" | exact "UNCITRAL" | "American Arbitration Association" | "neutral evaluation"
  | "dispute resolution board" | "dispute board" | "dispute resolution panel"
  # French public contracts: the interregional committee for the amicable settlement of disputes (CCIRA)
  | /\b(?:committee|board|commission|panel)\s+for\s+the\s+amicable\s+settlement\b/
  # ... its French name kept: "the comité consultatif interrégional de règlement amiable des différends (CCRA)"
  | /\bcomit\ws?\s+(?:[\w-]+\s+){0,3}?de\s+r\wglement\s+amiable\b/
# (Not past a court or "without recourse": "resolved by the competent court ..., without recourse to mediation".)
# Sending a dispute to the mechanism ("referred to mediation", "finally resolved by arbitration under
# the ICC Rules", "appoint an expert"). A list that merely names mediation among other things ("keep
# negotiations, mediation or arbitration confidential") sends nothing anywhere.
# (The words between stay in one clause: "is not resolved at the third level, it shall be submitted to an
# arbitrator" is sent on by "submitted", not by the negated "resolved".)
vocab esc_route = /\b(?:refer\w*|submit\w*|resolv\w*|settl\w*|determin\w*|decid\w*|go(?:es)?|proceed\w*|escalat\w*|pass\w*)\s+(?:(?!either\b|each\b|neither\b|any\s+party\b|the\s+parties\b|(?:it|they)\s+(?:shall|will|must|may)\b|shall\b|will\b|must\b|without\s+(?:any\s+)?(?:recourse|resort|reference|referral)\b|courts?\b)[\w'’(),-]+\s+){0,12}?(?:to|by|through|in|under|via|using|for)\s+(?:(?:a|an|the|binding|non-?binding|final|formal|confidential|independent|sole|single|expert|neutral|mandatory|compulsory|prior|pre-?trial|preliminary)\s+)*(?:mediation|arbitration|expert\s+determination|experts?|adjudication|conciliation|mediators?|arbitrators?|arbitral|ADR|alternative\s+dispute\s+resolution|dispute\s+resolution\s+(?:board|panel))\b/
  | /\brefer\w*\s+(?:[\w-]+\s+){0,4}?to\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:committee|board|commission|panel)\s+for\s+the\s+amicable\s+settlement\b/
  | /\brefer\w*\s+(?:[\w-]+\s+){0,6}?to\s+(?:the\s+)?comit\ws?\s+(?:[\w-]+\s+){0,3}?de\s+r\wglement\s+amiable\b/
  # "shall be referred to a panel of three arbitrators, one appointed by each party"
  | /\b(?:refer|submit)\w*\s+(?:[\w-]+\s+){0,4}?to\s+(?:a|an|the)\s+(?:panel|tribunal|board|college)\s+of\s+(?:one|two|three|five|\d)\s+(?:arbitrators?|experts?|adjudicators?|mediators?)\b/
  # (the seat may come first: "arbitration in Windhoek under the Arbitration Act")
  | /\b(?:mediation|arbitration|adjudication|conciliation|expert\s+determination)\s+(?:(?:in|at|seated\s+in)\s+(?-i:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?),?\s+)?(?:under|in\s+accordance\s+with|administered\s+by|conducted\s+(?:by|under)|pursuant\s+to|using)\b/
  | /\bbefore\s+(?:a|an|one|the)\s+(?:sole\s+|single\s+|independent\s+|neutral\s+)?(?:mediator|arbitrator|arbitral\s+tribunal|expert|adjudicator|conciliator)\b/
  # "the Contracting Parties shall attempt mediation by a registered mediator under the Civil Law Mediation Act"
  # (bound to it: not "we might try mediation", "we may (but don't have to) agree to try mediation")
  | /\b(?:shall|must|will)\s+(?:first\s+)?(?:attempt|try|pursue|undertake|engage\s+in|participate\s+in|resort\s+to|have\s+recourse\s+to)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:mediation|conciliation|arbitration|expert\s+determination)\b/
  # the institution named instead: "finally resolved by the International Arbitration Court at the Chamber of ...",
  # "settled by the Court of Arbitration at the Confederation Lewiatan"
  | /\b(?:refer\w*|submit\w*|resolv\w*|settl\w*|determin\w*|decid\w*)\s+(?:\w+\s+){0,4}?(?:to|by|before)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:(?:arbitration|arbitral|mediation)\s+(?:court|tribunal|centre|center|institute|institution|chamber|commission)|(?:court|tribunal|centre|center|chamber)\s+of\s+(?:[\w-]+\s+){0,2}?(?:arbitration|mediation))\b/
  # ... or named the other way round: "submitted to the Municipal Chamber for Administrative Mediation and Conciliation"
  | /\b(?:refer\w*|submit\w*|resolv\w*|settl\w*)\s+(?:\w+\s+){0,4}?(?:to|by|before)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:court|tribunal|centre|center|institute|chamber|commission|office)\s+(?:for|of)\s+(?:[\w-]+\s+){0,2}?(?:mediation|arbitration|conciliation)\b/
  | /\b(?:appoint\w*|nominat\w*|select\w*)\s+(?:(?:a|an|the|one|sole|single|independent|neutral)\s+)*(?:mediators?|arbitrators?|experts?|adjudicators?|conciliators?)\b/
  | /\b(?:model\s+mediation\s+procedure|arbitration\s+rules|rules\s+of\s+arbitration|(?-i:ICC|LCIA|SIAC|AAA|JAMS|UNCITRAL|CEDR)\s+(?:\w+\s+){0,2}?(?:rules|procedure))\b/

# Post-Soviet drafting's state commercial courts: "the Arbitration Court of Turkmenistan", "the
# arbitrazh court", "the Economic Court" (not the "International Arbitration Court at the Chamber of ...",
# nor an arbitral institution "of the Chamber of Commerce").
vocab esc_adr_struck = /\b(?:references?\s+to\s+(?:arbitration|mediation)|(?:arbitration|mediation)\s+(?:clauses?|provisions?|terms?))\b[^.;]{0,80}?\b(?:is|are|shall\s+be)\s+(?:hereby\s+)?(?:deleted|struck|void|null|excluded|of\s+no\s+(?:force|effect))\b/
vocab esc_state_court = /(?<!international\s)\barbitration\s+court\s+of\s+(?!(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:chamber|centre|center|institute|association|council|union)\b)(?:the\s+)?(?:republic\s+of\s+|region\s+of\s+|city\s+of\s+)?(?-i:[A-Z])/
  | /\barbitrazh\s+courts?\b/ | /\b(?:state|economic)\s+courts?\s+(?:competent|having\s+jurisdiction)\b/

# The client's time to answer the queries the desk cannot resolve is its service level (SLA-003), not
# an escalation level's: "The Administrator shall answer, within two (2) business days, every
# consultation referred to it by the Contractor's supervisors ... that the Contractor cannot resolve".
vocab esc_answer_referred = /\b(?:answer|respond\s+to|reply\s+to|decide)(?:\s*,[^,;]{1,40},\s*|\s+)(?:any|every|each|all)\s+(?:[\w-]+\s+){0,2}?(?:query|queries|consultations?|questions?|cases?|referrals?|requests?)\s+referred\b/

# ---- rules -------------------------------------------------------------------------------------

vocab esc_tiers_later = deferred | /\b(?:shall|will|is\s+to|are\s+to)\s+be\s+(?:agreed|drawn\s+up|prepared|developed|settled|established)\b/
  | /\bto\s+be\s+(?:agreed|drawn\s+up|prepared|developed)\b/

rule ESC-001 "Issues and disputes escalate through at least two levels" {
  area: escalation
  severity: critical
  source: "002 (escalation paths), 001"
  require: ((sentence mentions at least 2 different esc_level and (mentions esc_escalate_strong or mentions esc_escalate and mentions esc_matter))
    or (sentence mentions esc_level and mentions esc_unresolved and (mentions esc_escalate_strong or mentions esc_escalate and mentions esc_matter)
        and not mentions esc_answer_referred)
    # (a level whose failure sends the matter straight to arbitration or mediation is the only level: "If
    # the Forum has not settled it within thirty days, either of us may refer it to arbitration"; not "...,
    # it shall be referred to the Chief Executives, and then to arbitration")
    or (sentence mentions esc_level and mentions esc_unresolved_if and mentions esc_escalate
        and not (mentions esc_adr and not mentions esc_escalate near esc_level within 4 words))
    # (A matrix still to be drawn up is none: "An escalation matrix shall be agreed between the Contact
    # Coordinators during the first month".)
    or (sentence mentions esc_tiers and not mentions esc_tiers_later)
    or (clause mentions esc_escalate and mentions at least 2 different esc_level and heading mentions esc_heading
        and not mentions esc_step_if_useful)
    or (at least 2 rows mentions esc_level and heading mentions esc_heading)
    # ... or a ladder told by its table alone, under a sentence leading into it ("shall be escalated as
    # follows:"): "| Level | Persons involved | Deadline for resolution at the level |"
    or (at least 2 rows mentions esc_level and header mentions esc_ladder_column and header mentions esc_ladder_time)
    # (Two people named as a pair are one level: "discussed between the Service Director and the Partner
    # Manager. If they cannot settle it, either party may bring the matter before the court".)
    # (Nor is a step the parties take only "if both consider it useful": "they may, if both consider it
    # useful, refer the matter to their managing directors. ... Disputes shall be decided by the Court".)
    or (section esc_heading mentions at least 2 different esc_level and mentions (esc_escalate | esc_unresolved | esc_tier_marker)
        and not (mentions esc_pair and not mentions at least 3 different esc_level)
        and not mentions esc_step_if_useful))
    # (A contract that says it has none has none, whatever its forums pass between them: "The parties do not
    # adopt a tiered escalation procedure. Any dispute ... may be referred ... directly to arbitration".)
    and not (document mentions esc_no_ladder)
  message: "No escalation path with at least two successive levels (for example managers, then a steering committee, then senior executives) was found."
  fix: "Any issue or dispute shall be referred first to the parties' Contract Managers; if they do not resolve it within five (5) Business Days, it shall be escalated to the Steering Committee; and if the Steering Committee does not resolve it within a further ten (10) Business Days, it shall be escalated to the Chief Executive Officers of the Client and the Supplier."
  tags: escalation, disputes
  examples {
    gap: """This Agreement is made between Conexões Ilhas S.A. (the "Client") and Atlântico Voz Lda. (the "Provider").

The Provider shall provide the Services to the Client.

An escalation matrix shall be agreed between the Contact Coordinators during the first month of the Contract."""
    pass: """This Agreement is made between Conexões Ilhas S.A. (the "Client") and Atlântico Voz Lda. (the "Provider").

The Provider shall provide the Services to the Client.

Issues shall be handled under the three-tier escalation matrix in Annex C."""
    pass: """This Contract is made between Kava Exports SARL (the "Principal") and Pacific Contact SARL (the "Contractor").

The Contractor shall provide the Services to the Principal.

## Article 20 - Disputes

Any difficulty is first submitted to the correspondents, who shall meet within ten (10) days. If no solution is found within that period, the difficulty is referred to the managers of the two Parties, who have ten (10) days to settle it."""
    pass: """This Agreement is made between Dhaka Garments Ltd (the "Company") and Buyer Desk Ltd (the "Service Provider").

The Service Provider shall provide the Services to the Company.

Section 3.01 The parties shall establish an Executive Council, composed of the Company's Director and the Service Provider's Managing Director, and a Floor Review Group, composed of the Company's senior merchandisers and the Service Provider's team leaders.

## Section 10 Escalation and Disputes

Section 10.01 Any issue or dispute shall be referred first to the Relationship Principal and the Desk Lead. If not resolved within three (3) Business Days, it shall be referred to the Floor Review Group. If it remains unresolved, it shall be referred to the Executive Council."""
    gap: """This Contract is made between AFP Futuro S.A. (the "Administrator") and Contacto S.A. (the "Contractor").

The Contractor shall provide the Services to the Administrator.

The Administrator shall answer, within two (2) business days, every consultation referred to it by the Contractor's supervisors concerning a member's case that the Contractor cannot resolve."""
    pass: """This Contract is made between Vanille Tahaa SARL ("the Ordering Party") and Moana Relation SAS ("the Service Provider").

The Service Provider shall answer the buyers of the Ordering Party on its behalf.

18.1 Any disagreement is first examined by the two interlocutors. If it is not resolved within ten (10) working days, it is submitted to the chairman of the Ordering Party and the chairman of the Service Provider."""
    gap: """This Contract is made between Vanille Tahaa SARL ("the Ordering Party") and Moana Relation SAS ("the Service Provider").

The Service Provider shall answer the buyers of the Ordering Party on its behalf.

18.1 Any disagreement is examined by the chairman of the Ordering Party and the chairman of the Service Provider. Failing agreement, it is brought before the Court of First Instance of Papeete."""
    gap: """(1) Kangerluk Seafood A/S, Sisimiut (the "Buyer"), and

(2) Nuuk Kundeservice ApS, Nuuk (the "Contractor"),

have entered into this agreement on the operation of the Buyer's skipper desk.

## § 17 Disputes and governing law

(1) If the parties disagree, they may, if both consider it useful, refer the matter to their managing directors.

(2) Mediation may be considered.

(3) Disputes shall be decided by the Court of Greenland in Nuuk under Greenland law."""
    pass: """(1) Kangerluk Seafood A/S, Sisimiut (the "Buyer"), and

(2) Nuuk Kundeservice ApS, Nuuk (the "Contractor"),

have entered into this agreement on the operation of the Buyer's skipper desk.

§ 17 Disputes and governing law

(1) If the parties disagree, the contact persons shall first try to settle the matter within five working days.

(2) If they do not settle it, either party may refer it to the managing directors, who shall meet within ten working days.

(3) Disputes shall be decided by the Court of Greenland in Nuuk under Greenland law."""
    pass: """## Article 27 - Disputes

27.1 The Parties shall seek to settle amicably any dispute arising from this contract. The dispute is first submitted to the Correspondents, who have five (5) working days to settle it.

27.2 Failing agreement, it is referred to the Directors-General of the Parties, who have ten (10) working days from referral to reach a settlement."""
    gap: """## Article 27 - Disputes

27.1 Any dispute arising from this contract shall be settled by the courts of Lomé."""
    gap: """This Contract is made between Hydro Gestion S.A. ("the Principal") and Centre Chari SARL ("the Service Provider").

Article 17 - Reporting

41. The Service Provider shall report as shown in the following table.

| Level | Persons | Period |
|---|---|---|
| 1 | Focal Points of the Parties | 10 working days |
| 2 | Director of Operations of the Principal and Manager of the Service Provider | 15 working days |"""
    gap: """## 15 Disputes

45. Any disagreement shall be discussed between the Service Director and the Contract Manager. If they cannot settle it, either party may bring the matter before the courts of Andorra."""
    pass: """## 15 Disputes

45. Any disagreement shall be discussed between the Service Director and the Contract Manager. If they cannot settle it, it shall be referred to the Managing Directors of both parties."""
    pass: "10.1 Any divergence shall be submitted first to the Project Managers of both Parties. 10.2 If the divergence is not resolved within ten (10) working days, it shall be submitted to the Joint Review Commission established under Clause 8."
    gap: "10.1 The Supplier shall keep the minutes of the Joint Review Commission established under Clause 8 and shall submit them to the Client within five working days."
    gap: "12.1 Any disagreement shall be raised at the Partnership Forum. 12.2 If the Forum has not settled it within thirty days, either party may refer it to arbitration under the rules of the Centre."
    pass: "12.1 Any disagreement shall be raised at the Partnership Forum. 12.2 If the Forum has not settled it within thirty days, it shall be referred to the Chief Executive Officers, and then to arbitration under the rules of the Centre."
    pass: "13.3 If the Account Managers do not resolve the issue within ten Working Days of referral, it shall be placed before the Steering Council."
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

## If something goes wrong

If a booking goes wrong, your team leader will tell the couple the same day and our events operations manager will call them back."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

If a problem isn't solved day to day, we escalate it in three steps: first our two go-to people, then the Partnership Table, then our two presidents."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

If a problem isn't solved day to day, our go-to people talk it through."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

We won't have a formal escalation ladder; raise problems with the other side's main contact."""
    gap: "Part 12 - Disputes\n\n33. Any dispute arising out of this charter shall be referred to arbitration in Thimphu.\n\nSigned for Acme Retreats Private Limited by Pema Lhamo, Managing Director.\n\nSigned for Thunder Contact Private Limited by Tshering Penjor, Director."
    pass: "Disagreements shall first be considered by the Coordinators. If the Coordinators do not reach agreement within five working days, the disagreement shall be referred to the Supervisory Council, which shall consider it within fifteen working days."
    pass: """This agreement is between Prairie Line Inc. ("we") and Red Coulee Ltd. ("you"). We will answer your calls.

If something goes wrong between us, our Account Lead and your Parts Support Manager will try to fix it within 10 business days. If they can't, it goes to our President and your General Manager."""
    gap: """This agreement is between Prairie Line Inc. ("we") and Red Coulee Ltd. ("you"). We will answer your calls.

If something goes wrong between us, we will try to fix it. If we can't, either of us can take the matter to the Court of King's Bench."""
    pass: "If the main contacts cannot sort it out within 20 business days, either of us can pass it to our General Manager and your Operations Director. If they cannot sort it out within another 20 business days, it goes to the two chief executives."
    gap: "If the main contacts cannot sort it out, either of us may go to court."
    pass: "17.3 If the Operating Committee does not resolve it, it shall pass to the Joint Board, which shall have ten (10) business days to resolve it."
    pass: "(3) If the Cooperation Council does not resolve the disagreement within thirty (30) days, it shall be referred to the management boards of the Parties."
    gap: "(3) The Cooperation Council discusses disagreements and may refer them to working groups."
    pass: "Any dispute shall be referred first to the Service Delivery Managers, then to the Steering Committee, and finally to the Chief Executive Officers."
    pass: "If the Contract Managers cannot resolve the issue within five Business Days, it shall be escalated to the Joint Steering Committee."
    pass: "If the dispute is not resolved within ten days, either party may refer it to the Chief Executives of the Customer and the Vendor."
    pass: """The Bank and the Service Provider shall attempt to resolve any dispute through their Relationship Managers.

Failing resolution within 10 Business Days, the dispute shall be escalated to the Bank's Chief Operating Officer and the Service Provider's Managing Director."""
    pass: "Disputes shall be handled in accordance with the escalation matrix in Schedule 9."
    # Forums named for what they do ("service delivery council", "executive review board") are
    # levels too, and so are the short names the contract defines for them.
    pass: """"DC" means the joint service delivery council established under clause 6.

"XRB" means the executive review board established under clause 7.

Any disagreement shall be raised first at the DC; if the DC has not settled it within seven Business Days, it shall be escalated to the XRB."""
    pass: """## Escalation

| Level | Company | Contractor | Time to resolve |
|---|---|---|---|
| Level 1 | Contract Manager | Account Manager | 5 Business Days |
| Level 2 | Head of Operations | Operations Director | 10 Business Days |"""
    pass: """## 14. Escalation

14.1 Level 1: the Team Leader, who shall respond within 4 hours.

14.2 Level 2: the Operations Manager, who shall respond within 1 Business Day.

14.3 Level 3: the Account Director, who shall respond within 3 Business Days."""
    gap: "Any dispute arising out of this Agreement shall be resolved by the courts of England and Wales."
    gap: "Any dispute shall be referred to the Steering Committee."
    gap: "Neither party shall be required to escalate a dispute to senior management before commencing proceedings."
    gap: "If the dispute is not resolved within thirty days, either party may refer it to arbitration."
    gap: "The Supplier shall resolve customer complaints promptly and courteously."
    gap: "The Client may escalate a Severity Level 2 Incident to Severity Level 1 if sufficient progress is not being made."
    gap: "The Supplier shall refer all press enquiries to the Client's Head of Communications and to its Account Manager."
    gap: "The Supplier shall host the platform on a multi-tier architecture with separate levels for presentation and data."
    gap: """# Contents

20. Escalation Procedure ..... 41"""
    pass: """We and you will set up an Export Line Council of two people from each side, which meets every month.

## When something goes wrong

If either of us has a problem under this agreement, the two main contacts will try to solve it first. If they cannot solve it within five business days, either of us can send it to the Council. If the Council cannot solve it within ten business days, our Chair and your Managing Director will meet to settle it."""
    gap: """We and you will set up an Export Line Council of two people from each side, which meets every month.

## When something goes wrong

If either of us has a problem under this agreement, the two main contacts will try to solve it. If they cannot, either of us may go to court."""
    pass: """CONTRACT FOR SERVICES between IMAGERIE MÉDICALE ESTRIE INC. (the "Principal") and CENTRE DE CONTACT CANTONS-DE-L'EST INC. (the "Contractor"). The Contractor shall operate the Principal's appointment centre.

4.1 The parties set up a Joint Coordination Committee of two representatives of each party.

ARTICLE 16 – SETTLEMENT OF DISAGREEMENTS

16.1 Any disagreement concerning the contract is handled in accordance with the following table.

| Stage | Who | Period |
|---|---|---|
| 1 | The respondents of the parties | ten (10) business days from written notice of the disagreement |
| 2 | The Joint Coordination Committee | fifteen (15) business days from referral by either respondent |"""
    gap: """CONTRACT FOR SERVICES between IMAGERIE MÉDICALE ESTRIE INC. (the "Principal") and CENTRE DE CONTACT CANTONS-DE-L'EST INC. (the "Contractor"). The Contractor shall operate the Principal's appointment centre.

ARTICLE 16 – SETTLEMENT OF DISAGREEMENTS

16.1 Any disagreement concerning the contract shall be submitted to the courts of the judicial district of Saint-François."""
    pass: """This agreement is between Lesedi Solar (Pty) Ltd ("Lesedi Solar") and Khanya CX (Pty) Ltd ("Khanya CX"). Khanya CX will run the customer-care desk for Lesedi Solar's rooftop customers.

16. Each party will name a Relationship Lead, who is that party's main contact for everything under this agreement.

## Sorting out problems

47. Problems are handled through the levels in the table below.

| Level | Who | Time allowed |
|---|---|---|
| 1 | Team leads of both parties | 48 hours |
| 2 | Relationship Leads | 5 Business Days |"""
    gap: """This agreement is between Lesedi Solar (Pty) Ltd ("Lesedi Solar") and Khanya CX (Pty) Ltd ("Khanya CX"). Khanya CX will run the customer-care desk for Lesedi Solar's rooftop customers.

16. Each party will name a Relationship Lead, who is that party's main contact for everything under this agreement.

## Sorting out problems

47. If the Relationship Leads cannot resolve a problem, either party may go to court."""
    pass: """This agreement is between the Government of the Northwest Territories ("we", "us", "our") and Mackenzie Delta Contact Services Ltd. ("you", "your"). You will run the health card renewal line for us and we will pay your invoices.

## 7. When there is a problem

7.1 The table below shows who deals with a problem and how long they have before it moves to the next level.

| Level | Your side | Our side | Time at this level |
|---|---|---|---|
| 1 | Team Lead | Supervisor, Health Insurance Services | 2 business days |
| 2 | Operations Manager | Manager, Health Insurance Services | 5 business days |"""
    pass: """This Agreement is made between the County of Cortland (the "County") and Tioughnioga Contact Services, LLC (the "Contractor"). The Contractor shall run the senior transportation call line for the County.

## Attachment B - Service Levels

Escalation table:

| Level | Contractor | County | Time at level |
|---|---|---|---|
| 1 | Shift Supervisor | Program coordinator | 3 Business Days |
| 2 | Program Manager | Transportation Director | 7 Business Days |"""
    gap: """This Agreement is made between the County of Cortland (the "County") and Tioughnioga Contact Services, LLC (the "Contractor"). The Contractor shall run the senior transportation call line for the County.

## Attachment B - Staffing

Staff by shift:

| Level | Contractor | County | Hours |
|---|---|---|---|
| 1 | Shift Supervisor | Program coordinator | 8 a.m. to 4 p.m. |
| 2 | Program Manager | Transportation Director | 4 p.m. to 8 p.m. |"""
    pass: """This contract is concluded between BALATONI ENERGIA Zrt. (the "Orderer") and SOMOGY-KONTAKT Kft. (the "Undertaker"). The Undertaker shall operate the customer line of the Orderer.

6.5. Disagreements arising in the performance of the services shall be escalated as follows:

| Level | Persons involved | Deadline for resolution at the level |
|---|---|---|
| 1 | Undertaker's shift leader and the Orderer's duty engineer | 2 working days |
| 2 | Customer operations director of the Orderer and operations director of the Undertaker | 5 working days |
| 3 | Chief executive officer of the Orderer and managing director of the Undertaker | 20 calendar days |"""
    gap: """This contract is concluded between BALATONI ENERGIA Zrt. (the "Orderer") and SOMOGY-KONTAKT Kft. (the "Undertaker"). The Undertaker shall operate the customer line of the Orderer.

6.5. The persons responsible for the service are listed below:

| Role | Persons involved | Working hours |
|---|---|---|
| Shift | Undertaker's shift leader | 8:00-16:00 |
| Management | Operations director of the Undertaker | 8:00-17:00 |"""
    pass: """This Contract is concluded between Stavební spořitelna Opava a.s. (the "Savings Bank") and Kontaktní centrum Opava s.r.o. (the "Operator"). The Operator shall run the client line.

## Article XIV – Escalation

| Level | Who resolves | Time limit |
|---|---|---|
| 1 | Contact persons of both Contracting Parties | 5 business days |
| 2 | Statutory bodies of both Contracting Parties | 10 business days |"""
    gap: """This Agreement is made between the Vaal Provident Fund (the "Fund") and Lekoa Contact Solutions (Pty) Ltd (the "Service Provider").

6.2 The Joint Management Committee shall consider matters referred to it by the Joint Operations Forum.

21.1 The parties do not adopt a tiered escalation procedure. Any dispute may be referred by either party directly to arbitration."""
    pass: """This Agreement is made between the Vaal Provident Fund (the "Fund") and Lekoa Contact Solutions (Pty) Ltd (the "Service Provider").

21.1 Any dispute shall first be referred to the Contract Managers and, if not resolved within ten Business Days, to the Joint Management Committee."""
    pass: """Joint-Stock Company "Qazaq Registry Centre", hereinafter referred to as the "Customer", and Limited Liability Partnership "Esil Contact", hereinafter referred to as the "Executor", have concluded this Contract. The Executor shall run the contact centre of the Customer.

5.4. The Parties shall form a Joint Coordination Council of three representatives of each Party.

## 11. Escalation of disputes

11.1. A disagreement is first considered by the coordinators. If the coordinators do not resolve it within 5 (five) working days, it is transferred to the Joint Coordination Council."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.2 A Technical Monitoring Committee (comité technique de suivi, COTECH), composed of the contract referent and two advisers for the Principal and the account manager and team leader for the Contractor, shall meet monthly.

7.3 A Steering Committee (comité de pilotage, COPIL) shall meet quarterly.

22.1 Any difficulty shall first be examined by the contract referent and the account manager. If it has not been settled within three (3) Working Days, it shall be referred to the COTECH. If the COTECH does not settle it, it shall be referred to the COPIL."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.2. The Parties shall form a Joint Working Commission of three representatives of each Party.

## 10. Settlement of Disagreements

10.1. Disagreements shall be considered in the following order.

| Level | Who considers | Period |
|---|---|---|
| First | coordinators of the Parties | 5 working days |
| Second | Joint Working Commission | 30 calendar days |"""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.2. The Parties shall form a Joint Working Commission of three representatives of each Party.

## 10. Settlement of Disagreements

10.1. Disagreements shall be considered by the Joint Working Commission within 30 calendar days, and then by the court."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

34.1 If there is a Dispute, the senior representatives of the Parties who have authority to settle the Dispute will, within 28 days of a written request from the other Party, meet in good faith to resolve the Dispute.

34.2 If the Dispute is not resolved at that meeting, the Parties can attempt to settle it by mediation."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

14.1 Disagreements on the execution are first examined by the Referente Unico and the DEC; if not solved within five working days, they pass to the cabina di regia, which decides within fifteen working days; failing agreement, the RUP takes a reasoned decision."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

14.1 Disagreements on the execution are examined by the DEC, whose decision is final."""
  }
}

# A clock that starts with a mediator or an expert ("if it is not settled within thirty days of the
# mediator's appointment") times the outside process, not a level of the parties' own escalation
# path. (Read from the "if": the words after "not" lie in a negated statement, where no match counts.)
vocab esc_adr_clock = /\b(?:if|where|when|unless|until)\b[^.;]{0,80}?\b(?:within|in|before)\s+[^.;]{1,40}?\b(?:of|after|from|following)\s+(?:the\s+)?(?:appointment\s+of\s+(?:the\s+|an?\s+)?(?:mediator|conciliator|expert|adjudicator)|(?:mediator|conciliator|expert|adjudicator)(?:['’]s)?\s+(?:(?:is|being|was|has\s+been)\s+)?appoint\w*|(?:referral|reference|submission)\s+(?:of\s+the\s+\w+\s+)?to\s+(?:mediation|conciliation|an?\s+(?:independent\s+)?expert)|(?:start|commencement|beginning)\s+of\s+(?:the\s+)?(?:mediation|conciliation))/
# ... and so does the time to choose the arbitrator or mediator ("before a single arbitrator
# agreed by the parties or, failing agreement within fourteen days, appointed by the court").
# ... and the time mediation is given ("If mediation has not resolved the dispute within forty-five (45)
# days, it shall be finally settled by arbitration")
vocab esc_adr_clock += /\b(?:if|where|when|unless)\s+(?:the\s+)?(?:mediation|conciliation|mediator|conciliator|expert\s+determination)\b/
# ... and after a mediator's appointment told in the sentence before: "If it is not settled within thirty
# (30) days of the appointment, it shall be finally resolved by arbitration"
vocab esc_adr_clock += /\b(?:if|where|when|unless|until)\b[^.;]{0,80}?\b(?:within|in|before)\s+[^.;]{1,40}?\b(?:of|after|from|following)\s+(?:the|that|his|her|its|their)\s+appointment\b(?!\s+of\b)/
# ("an independent expert with experience of the tourism and hospitality industry, agreed by the
# parties or, failing agreement within ten business days, nominated by ...")
vocab esc_adr_clock += /\b(?:arbitrators?|mediators?|conciliators?|experts?|umpires?|tribunal)\s+(?:[\w.-]+,?\s+){0,10}?(?:agreed|chosen|selected|nominated|appointed)\b[^.;]{0,60}?\bfailing\s+(?:such\s+)?agreement\b/

# No time limit at all: "within a reasonable period", "in due course".
# (Not when a limit follows: "within a reasonable time and in any event within ten days".)
vocab esc_no_limit = /\bwithin\s+a\s+reasonable\s+(?:period|time)\b(?!\s*,?\s*(?:and|but)?\s*(?:in\s+any\s+(?:event|case)|not\s+later|no\s+later))/ | "in due course"
  # "which shall seek to resolve it within such period as the Board considers reasonable"
  | /\bwithin\s+such\s+(?:period|time)\s+as\s+[^.;]{0,40}?\b(?:considers?|deems?|thinks?|finds?)\s+(?:reasonable|appropriate|fit|necessary)\b/
  | /\bwithout\s+(?:any\s+)?(?:time\s+limit|deadline)\b/
  # "will try to resolve it as quickly as they reasonably can" (unless a limit follows: "as soon as possible
  # and in any event within five days")
  # ("which shall consider it as soon as reasonably practicable")
  | /\b(?:resolve|settle|deal\s+with|sort\s+out|decide|consider|examine|review|hear|address|handle)\s+(?:it|them|the\s+(?:matter|dispute|issue|difficulty|complaint))\s+as\s+(?:quickly|soon|promptly)\s+as\s+(?:(?:they|it|we|you|the\s+parties)\s+)?(?:reasonably\s+)?(?:can|possible|practicable)\b(?!\s*,?\s*(?:and|but)?\s*(?:in\s+any\s+(?:event|case)|not\s+later|no\s+later|within|at\s+the\s+latest))/

rule ESC-002 "Each escalation level has a time limit of no more than 15 business days" {
  area: escalation
  severity: high
  source: "002, 001 (prompt attention for escalated issues)"
  # A time limit belongs to a level of an escalation path: the sentence names the level or the
  # failure to resolve that moves the matter up. A deadline to answer an escalated matter that names
  # neither ("respond to any complaint escalated to it within one day") is a response time.
  # (The term for paying "the undisputed amount" is no level's limit either way.)
  # (The time before a dispute goes to mediation or arbitration limits the last level before it, which
  # another sentence must then set up: "If the disagreement has not been resolved within twenty (20) days,
  # the dispute shall be referred to mediation" after the managing directors' talks is no level of its own.)
  require: ((sentence (mentions esc_escalate_strong and (mentions esc_level or mentions esc_unresolved)
        or mentions esc_refer and (mentions esc_level or mentions esc_unresolved)) and has duration
        and not mentions esc_adr_clock and not mentions "undisputed" and not mentions esc_answer_referred
        and not (mentions esc_route and not mentions esc_level))
      or (row heading mentions esc_heading and (mentions esc_level or header mentions esc_tier_column) and has duration)
      # a ladder under any heading, by its columns: "| Level | Forum | Time to resolve |"
      or (row header mentions esc_tier_column and header mentions esc_time_column and mentions esc_level and has duration)
      or (sentence in section esc_heading mentions esc_level and has duration)
      # "A matter may remain at each stage for not more than fifteen (15) Business Days"
      or (sentence mentions esc_stay and has duration and not mentions esc_adr_clock))
    # (A window to dispute an invoice, "notify ... within twenty Business Days ... and refer the
    # disputed part", is no escalation level's time limit; nor is the term for paying "the
    # undisputed portion within thirty (30) days".)
    and not (sentence (mentions esc_escalate_strong and (mentions esc_level or mentions esc_unresolved)
        or mentions esc_refer and (mentions esc_level or mentions esc_unresolved)) and has duration > 15 business days
        and not mentions ("invoice" | "invoices" | "invoiced" | "undisputed") and not mentions esc_adr_clock)
    and not (row heading mentions esc_heading and (mentions esc_level or header mentions esc_tier_column)
             and has duration > 15 business days)
    and not (row header mentions esc_tier_column and header mentions esc_time_column and mentions esc_level
             and has duration > 15 business days)
    and not (sentence in section esc_heading mentions esc_level and has duration > 15 business days and not mentions esc_adr_clock)
    and not (sentence mentions esc_stay and has duration > 15 business days and not mentions esc_adr_clock)
    # A level left without a limit: "it goes to the Cooperation Council, which shall deal with it within a
    # reasonable period".
    and not (sentence (mentions esc_level or mentions esc_unresolved or mentions esc_escalate_strong)
             and mentions esc_no_limit)
  message: "Each escalation level needs a time limit of no more than 15 business days (21 calendar days) after which the matter moves up[; one level allows {duration}]."
  fix: "If a matter is not resolved at any escalation level within five (5) Business Days of its referral to that level, either party may escalate it to the next level; no escalation level shall take longer than fifteen (15) Business Days."
  tags: escalation, time-limits
  examples {
    gap: """This Agreement is made between Harbour Salt Ltd (the "Client") and Tide Contact Ltd (the "Supplier").

The Supplier shall provide the Services to the Client.

Disagreements shall be discussed between the parties' managing directors. If the disagreement has not been resolved within twenty (20) days, the dispute shall be referred to mediation."""
    pass: """This Agreement is made between Harbour Salt Ltd (the "Client") and Tide Contact Ltd (the "Supplier").

The Supplier shall provide the Services to the Client.

Disagreements shall first be discussed between the contract managers. If they are not resolved within five (5) Business Days, they shall be referred to the Steering Committee. If the Steering Committee has not resolved them within ten (10) Business Days, the dispute shall be referred to mediation."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

## If something goes wrong between us

Step one: our Service Manager and your Member Services Officer try to sort it out within ten working days.

Step two: if they can't, our Operations Director and your Chair take it on and will try to resolve it as quickly as they reasonably can."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

## If something goes wrong between us

Step one: our Service Manager and your Member Services Officer try to sort it out within ten working days.

Step two: if they can't, our Operations Director and your Chair take it on and will try to resolve it as quickly as they reasonably can, and in any event within ten working days."""
    gap: """This Agreement is made between Copperbelt Mines Plc (the "Company") and Lusaka Payroll Services Ltd (the "Contractor").

The Contractor shall provide the Services to the Company.

40. Any dispute arising out of this Agreement shall be referred to arbitration in Lusaka by a sole arbitrator under the Arbitration Act No. 19 of 2000, appointed by agreement or, failing agreement within fourteen (14) days, by the Chairperson of the Chartered Institute of Arbitrators."""
    gap: """This Contract is made between AFP Futuro S.A. (the "Administrator") and Contacto S.A. (the "Contractor").

The Contractor shall provide the Services to the Administrator.

The Administrator shall answer, within two (2) business days, every consultation referred to it by the Contractor's supervisors concerning a member's case that the Contractor cannot resolve."""
    gap: """This Agreement is made between Vet Board Ltd (the "Board") and Pawline Ltd (the "Contractor").

The Contractor shall provide the Services to the Board.

21.1 Any dispute shall first be referred to the Contract Manager and the Account Manager. If they do not resolve it within five (5) Working Days, either Party may refer it to the Strategic Partnership Board, which shall seek to resolve it within such period as the Board considers reasonable."""
    pass: """This Agreement is made between Vet Board Ltd (the "Board") and Pawline Ltd (the "Contractor").

The Contractor shall provide the Services to the Board.

21.1 Any dispute shall first be referred to the Contract Manager and the Account Manager. If they do not resolve it within five (5) Working Days, either Party may refer it to the Strategic Partnership Board, which shall resolve it within ten (10) Working Days."""
    gap: """This Agreement is made between Direction Island Lodge Pty Ltd (the "Lodge") and Ocean Reservations Pty Ltd (the "Bureau").

The Bureau will take bookings for the Lodge.

19.1 Either party may refer any dispute directly to expert determination by an independent expert with experience of the tourism and hospitality industry, agreed by the parties or, failing agreement within ten business days, nominated by the Resolution Institute."""
    gap: """This Agreement is made between Kestrel Point Trails Authority (the "Authority") and Bramble Reach Contact Services Limited (the "Contractor").

The Contractor shall answer the visitors of the Authority on its behalf.

16.1 Any disagreement is first discussed by the Desk Leads. If they cannot settle it within five working days, it shall be referred to the Steering Committee, which shall deal with it within a reasonable period."""
    pass: """This Agreement is made between Kestrel Point Trails Authority (the "Authority") and Bramble Reach Contact Services Limited (the "Contractor").

The Contractor shall answer the visitors of the Authority on its behalf.

16.1 Any disagreement is first discussed by the Desk Leads. If they cannot settle it within five working days, it shall be referred to the Steering Committee, which shall deal with it within ten working days."""
    pass: """This Agreement is made between Kestrel Point Trails Authority (the "Authority") and Bramble Reach Contact Services Limited (the "Contractor").

The Contractor shall answer the visitors of the Authority on its behalf.

13.1 Any dispute shall first be handled by the Liaison Lead and the Permits Coordinator. If it is not resolved within three (3) Business Days, it shall be escalated to the Ridge Council, which shall decide within ten (10) Business Days.

13.2 If the dispute is not resolved by the Ridge Council, either Party may refer it to mediation by a mediator agreed between the Parties. If it is not settled within thirty (30) days of the appointment, it shall be finally resolved by arbitration."""
    gap: """This Agreement is made between Kestrel Point Trails Authority (the "Authority") and Bramble Reach Contact Services Limited (the "Contractor").

The Contractor shall answer the visitors of the Authority on its behalf.

13.1 Any dispute shall first be handled by the Liaison Lead and the Permits Coordinator. If it is not resolved within three (3) Business Days, it shall be escalated to the Ridge Council, which shall decide within ten (10) Business Days.

13.2 If the dispute is not resolved by the Ridge Council, either Party may refer it to mediation by a mediator agreed between the Parties. If it is not resolved by the Ridge Council within thirty (30) days of the referral, it shall be referred to the Chief Executives."""
    gap: """This contract is made between Brasseries du Kouilou S.A. (the "Brewer") and Kouilou Relation Client SARL (the "Service Company").

The Service Company undertakes to provide the services of a bar orders desk to the Brewer.

10.1 Any difficulty arising in the performance of this contract shall first be examined by the two correspondents. If it is not settled within ten (10) days, it shall be referred to the Commercial Director of the Brewer and the Manager of the Service Company.

10.2 If the difficulty is not settled within one (1) month of that referral, it shall be finally settled by arbitration under the Arbitration Rules of the CCJA."""
    pass: """This contract is made between Brasseries du Kouilou S.A. (the "Brewer") and Kouilou Relation Client SARL (the "Service Company").

The Service Company undertakes to provide the services of a bar orders desk to the Brewer.

10.1 Any difficulty arising in the performance of this contract shall first be examined by the two correspondents. If it is not settled within ten (10) days, it shall be referred to the Commercial Director of the Brewer and the Manager of the Service Company.

10.2 If the difficulty is not settled within ten (10) days of that referral, it shall be finally settled by arbitration. If mediation has not resolved the dispute within forty-five (45) days, it shall be finally settled by arbitration."""
    pass: """This Agreement is made between Grand Traverse Orchard Processors, Inc. ("Processor") and Lakeshore Contact Solutions LLC ("Contractor").

8.3 Processor shall pay the undisputed portion within thirty (30) days of receipt and the Parties' relationship managers shall attempt to resolve the disputed amount within fifteen (15) Business Days, failing which it shall be escalated under Section 10.

10.1 Any issue shall first be raised between the Relationship Managers. If it is not resolved within five (5) Business Days, either of them may refer it to the Steering Council. If the Steering Council does not resolve it within ten (10) Business Days after the referral, it shall be referred to the Presidents of the Parties."""
    gap: """This Agreement is made between Grand Traverse Orchard Processors, Inc. ("Processor") and Lakeshore Contact Solutions LLC ("Contractor").

10.1 Any issue shall first be raised between the Relationship Managers. If it is not resolved within five (5) Business Days, either of them may refer it to the Steering Council. If the Steering Council does not resolve it within twenty-five (25) Business Days after the referral, it shall be referred to the Presidents of the Parties."""
    gap: """This Agreement is made between Andros Flats Lodge Limited (the "Lodge") and Conch Reef Reservations Ltd. (the "Bureau").

The Bureau shall answer enquiries from the customers of the Lodge on its behalf.

16.1 Any dispute arising out of or in connection with this Agreement shall be referred to and finally resolved by arbitration in Nassau, before a single arbitrator agreed by the parties or, failing agreement within fourteen days, appointed by the court."""
    gap: """This Contract is made between Hydro Gestion S.A. ("the Principal") and Centre Chari SARL ("the Service Provider").

Article 18 - Disputes

41. Disputes relating to the execution of this Contract shall be escalated as shown in the following table.

| Level | Persons seised | Period |
|---|---|---|
| 1 | Focal Points of the Parties | 10 working days |
| 2 | Director of Operations of the Principal and Manager of the Service Provider | 30 working days |"""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

## If something goes wrong

If there's a problem between us, we'll try to fix it in the steps in the table below.

| Step | Who | Time to fix it |
|---|---|---|
| 1 | Your team leader and our events operations manager | 3 business days |
| 2 | Your operations director and our head of partner office | 10 business days |
| 3 | Your owner and our chief executive | five weeks |"""
    pass: """If a problem is not solved day to day, we escalate it in three steps:

1. Your go-to person and ours try to solve it. If they haven't within five business days, it goes to step 2.

2. The Partnership Table takes it up. If the Table hasn't solved it within three weeks, it goes to step 3.

3. Our two presidents meet and try to settle it within ten business days."""
    gap: """If a problem is not solved day to day, we escalate it in three steps:

1. Your go-to person and ours try to solve it. If they haven't within five business days, it goes to step 2.

2. The Partnership Table takes it up. If the Table hasn't solved it within five weeks, it goes to step 3.

3. Our two presidents meet and try to settle it."""
    pass: "Any dispute shall be escalated in three stages as set out below. A matter may remain at each stage for not more than ten (10) Business Days."
    gap: "Any dispute shall be escalated in three stages as set out below. A matter may remain at each stage for up to thirty (30) Business Days."
    pass: """Escalation Matrix

| Level | Supplier | Client | Time at this level |
|---|---|---|---|
| 1 | Desk Manager | Service Lead | five (5) Business Days |
| 2 | Account Principal | Line Sponsor | ten (10) Business Days |"""
    gap: """Escalation Matrix

| Level | Supplier | Client | Time at this level |
|---|---|---|---|
| 1 | Desk Manager | Service Lead | twenty (20) Business Days |
| 2 | Account Principal | Line Sponsor | ten (10) Business Days |"""
    # Plain English with contractions: 21 calendar days is at the limit, 30 over it.
    pass: "If our Team Leader and your Service Manager haven't sorted it out within 7 days, either of us can pass it to our Operations Director and your General Manager, who will try to sort it out within 21 days."
    gap: "If our Team Leader and your Service Manager haven't sorted it out within 7 days, either of us can pass it to our Operations Director and your General Manager, who will try to sort it out within 30 days."
    # A mediation's own clock is no level of the parties' path; the levels before it are in time.
    pass: """(1) An issue not resolved in the ordinary course shall be escalated first to the Account Manager and the Client's Service Manager, who shall have five (5) working days to resolve it, and then to the Directors, who shall have fifteen (15) working days.

(2) A dispute not resolved under sub-clause (1) shall be referred to mediation, and if it is not settled within thirty (30) days of the mediator's appointment, either party may refer it to arbitration."""
    # The thirty days are the Board's own, before arbitration: a level over the limit.
    gap: """(1) An issue not resolved in the ordinary course shall be escalated first to the Account Manager and the Client's Service Manager, who shall have five (5) working days to resolve it.

(2) If the Joint Review Board has not settled it within thirty (30) days of the referral to it, either party may refer it to arbitration."""
    # Only the mediation is timed: no level of the parties' path has a time limit.
    gap: """(1) Any dispute shall first be discussed by the Account Manager and the Client's Service Manager.

(2) A dispute not resolved under sub-clause (1) shall be referred to mediation, and if it is not settled within thirty (30) days of the mediator's appointment, either party may refer it to arbitration."""
    gap: """17. Disputes

17.1 Any disagreement shall be dealt with first by the Account Coordinator and the Contract Administrator, who shall have five (5) business days to resolve it.

17.2 If it is not resolved, it shall pass to the Operating Committee, which shall have twenty-five (25) calendar days to resolve it."""
    pass: """8. Escalation

8.1 Any issue shall be escalated through the levels below; an issue not resolved at a level within the time stated goes to the next level.

| Level | Who | Time to resolve before moving up |
|---|---|---|
| 1 | Service Delivery Manager and Relationship Owner | five (5) Business Days |
| 2 | Service Operations Group | ten (10) Business Days |

10.3 If the Client disputes any part of an invoice it shall notify the Supplier within twenty (20) Business Days, and if the dispute is not resolved the parties shall refer the disputed part to the Service Operations Group."""
    pass: "If not resolved within five (5) Business Days, the matter shall be escalated to the Steering Committee."
    pass: "The Vendor shall escalate any Severity 1 incident to the Customer's Service Manager within two hours."
    pass: "Where the Contract Managers fail to agree within 10 working days, the dispute shall be referred to the Chief Executives, who shall meet within a further 15 Business Days."
    pass: """## Escalation

| Level | Bank | Service Provider | Time limit |
|---|---|---|---|
| 1 | Contract Manager | Account Manager | 5 Business Days |
| 2 | Chief Operating Officer | Managing Director | 10 Business Days |"""
    pass: """## 14. Escalation

14.1 Level 1: the Team Leader, who shall respond within 4 hours.

14.2 Level 2: the Operations Manager, who shall respond within 1 Business Day."""
    gap: """## 14. Escalation

14.1 Level 1: the Contract Manager, who shall respond within 5 Business Days.

14.2 Level 2: the Managing Director, who shall respond within 30 days."""
    gap: "Issues shall be escalated within a reasonable time."
    # A response time for escalated matters, with no escalation level, is not a level's time limit.
    gap: "The Buyer shall reply within two (2) working days to any complaint that the Contractor escalates to it."
    gap: "When staff no longer need elevated privileges, their access shall be removed within 24 hours."
    gap: """The Supplier shall submit any claim for additional Charges within 60 days of the event giving rise to it.

Either party may refer any dispute to the courts of England."""
    gap: """Any dispute shall first be referred to the Account Manager and the Company's operations manager, who will attempt to resolve it within a reasonable time.

If the dispute is not resolved at that level, either party may refer it to a director of each party. If the dispute is not resolved within thirty (30) days of that referral, either party may refer it to arbitration."""
    gap: "If there is a Dispute, the senior representatives of the Parties will, within 28 days of a written request from the other Party, meet in good faith to resolve the Dispute."
    gap: "If the dispute is not resolved within thirty (30) days, it shall be escalated to the Chief Executive Officers."
    gap: "Any dispute shall be referred to the Steering Committee, which shall attempt to resolve it within two months."
    gap: "The Company is not required to escalate any matter within 5 Business Days."
    gap: """The matter shall first be escalated to the Contract Managers within 5 Business Days.

If they cannot agree within 45 days, the matter shall be escalated to the Directors."""
    gap: """# Contents

20. Escalation within 10 Business Days ..... 41"""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

13.2 Level 1 has two Working Days to resolve the matter and Level 2 has five Working Days. If a matter is not settled at Level 2, it passes to Level 3, which shall decide within ten working days.

2.3 No later than six months before expiry the Steering Table shall meet to examine the annual assessment referred to in Article 17."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

13.2 Level 1 has two Working Days to resolve the matter and Level 2 has five Working Days. If a matter is not settled at Level 2, it passes to Level 3, which shall decide within thirty days."""
    pass: """This Deed is made between the State of Queensland acting through the Department of Transport and Main Roads (the "Authority") and Southern Cross Contact Pty Ltd (the "Operator"). The Operator will deliver the Authority's customer contact centre services.

30.2 Each level has the following time to resolve an issue before it is escalated to the next level:

| Level | Forum | Time to resolve |
| 1 | Team Leaders | 24 hours |
| 2 | Service Delivery Managers | 3 Business Days |
| 3 | Executive Committee | 10 Business Days |"""
    pass: """This Master Services Agreement is entered into by Cascade Mutual Insurance Company ("Client") and Veritas CX, Inc. ("Supplier"). Supplier will perform customer care services for Client and its policyholders.

18.3 If a dispute is not resolved at level (a) within fifteen (15) Business Days, it shall be escalated to level (b); if it is not resolved at level (b) within a further fifteen (15) Business Days, it shall be escalated to level (c), which shall have fifteen (15) Business Days to resolve it."""
    pass: """This agreement is entered into between Lumière Assurances SA (the "Customer") and Atlas Relation Client SARL (the "Service Provider"). The Service Provider handles customer relations on behalf of the Customer.

Article 25 – Should the contract managers fail to reach agreement within twenty-one (21) calendar days, the dispute shall be submitted to the general managers of the Parties, who shall have a further twenty-one (21) calendar days to settle it."""
    pass: """This agreement is between Bluefin Outdoor Stores Ltd ("we" or "us") and Pinecrest Support Ltd ("you"). You will answer our customers' calls, emails and chats on our behalf.

15. If our Partner Manager and your Client Director can't fix a problem within 2 working days, it goes to our Head of Operations and your Managing Director, who will have 5 more working days to agree a solution."""
    pass: """This Agreement is executed between Bharat Telenet Limited (the "Company") and Sahyadri BPO Services Private Limited (the "Agency"). The Agency shall render inbound and outbound customer support services to the Company.

25.3 An issue shall be resolved at Stage 1 (the SPOCs) within forty-eight (48) hours of being raised, failing which it shall automatically move to Stage 2 (the Chief Operating Officer and the Country Head), which shall resolve it within seven (7) working days."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier"). The Supplier shall provide the Services to the Client.

Each party shall appoint a Liaison Officer.

ARTICLE VIII - ESCALATION

8.01 Any issue shall first be taken up by the Liaison Officers, who shall endeavour to settle it within seven (7) days. If not settled, it shall be referred to the Council, which shall consider it as soon as reasonably practicable."""
    pass: """BANCO POPULAR DO ABC S.A., hereinafter called the CONTRATANTE, and CENTRAL DE ATENDIMENTO LTDA., hereinafter called the CONTRATADA, agree as follows. The CONTRATADA shall operate the loans service centre.

17.1 Any divergence shall first be dealt with by the Preposto and the Contract Manager within 3 (three) Business Days; if not resolved, it shall be referred to the Executive Committee, which shall decide within 15 (fifteen) Business Days."""
    gap: """BANCO POPULAR DO ABC S.A., hereinafter called the CONTRATANTE, and CENTRAL DE ATENDIMENTO LTDA., hereinafter called the CONTRATADA, agree as follows. The CONTRATADA shall operate the loans service centre.

17.1 Any divergence shall first be dealt with by the Preposto and the Contract Manager within 3 (three) Business Days; if not resolved, it shall be referred to the Executive Committee, which shall decide within 20 (twenty) Business Days."""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

## 14 Escalation

14.1 A matter not resolved at level 1 within five working days passes to level 2, which has ten working days.

14.2 A dispute not resolved at level 2 shall be referred to mediation; if mediation does not succeed within 60 days, the dispute shall be decided by the competent court."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

## 14 Escalation

14.1 A matter not resolved at level 1 within five working days passes to level 2, which has thirty working days.

14.2 A dispute not resolved at level 2 shall be referred to mediation; if mediation does not succeed within 60 days, the dispute shall be decided by the competent court."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

## ARTICLE 3 – COORDINATION

3.1 A Monitoring Commission is hereby constituted, made up of two representatives of each Party.

## ARTICLE 14 – DISPUTES

14.1 Any disagreement shall first be treated by the Referentes, who shall have five (5) días hábiles to resolve it. If not resolved, it shall be raised to the Monitoring Commission, which shall have fifteen (15) días hábiles to resolve it."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

## ARTICLE 3 – COORDINATION

3.1 A Monitoring Commission is hereby constituted, made up of two representatives of each Party.

## ARTICLE 14 – DISPUTES

14.1 Any disagreement shall first be treated by the Referentes, who shall have five (5) días hábiles to resolve it. If not resolved, it shall be raised to the Monitoring Commission, which shall have twenty (20) días hábiles to resolve it."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

## Anlage 3 – Committees and Escalation

| Level | Body | Time to resolve |
|---|---|---|
| 1 | Contact Persons | 2 Bank Working Days |
| 2 | Operations Round | 5 Bank Working Days |
| 3 | Steering Committee | 15 Bank Working Days |"""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

## Anlage 3 – Committees and Escalation

| Level | Body | Time to resolve |
|---|---|---|
| 1 | Contact Persons | 2 Bank Working Days |
| 2 | Operations Round | 5 Bank Working Days |
| 3 | Steering Committee | 20 Bank Working Days |"""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

## Article 12- Resolution of Operational Issues

12-1 Operational issues shall be referred upward according to the ladder below.

| Rung | Referred to | Period |
|---|---|---|
| 1 | Representatives | three (3) Working Days |
| 2 | Operational Working Group | five (5) Working Days |
| 3 | Supervision Council | ten (10) Working Days |"""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

## Article 12- Resolution of Operational Issues

12-1 Operational issues shall be referred upward according to the ladder below.

| Rung | Referred to | Period |
|---|---|---|
| 1 | Representatives | three (3) Working Days |
| 2 | Operational Working Group | five (5) Working Days |
| 3 | Supervision Council | thirty (30) days |"""
  }
}

# The line everyone calls is no priority channel: "For urgent matters Party B may call the county's 12345 citizen
# service hotline".
vocab esc_public_line = /\b(?:citizens?['’]?|public|general|residents?['’]?)\s+(?:service\s+|information\s+)?(?:hot\s?line|help\s?line|line|number|switchboard|call\s+cent(?:re|er))\b/

rule ESC-003 "The provider has a priority channel into the client for critical issues" {
  area: escalation
  severity: medium
  source: "001 (special number to dial for escalated or critical issues)"
  # (The line set up in one sentence, its urgent use in the next.)
  require: (sentence obliges client to esc_channel and mentions esc_critical)
    or (paragraph obliges client to esc_channel and mentions (esc_for_provider | esc_transferred | esc_line_used) and mentions esc_critical)
    # (A line the client "may, at its discretion, set up" is none.)
    or (sentence mentions esc_client_channel and mentions esc_critical and not obliges provider to esc_operate
        and not mentions optional)
    or (sentence mentions esc_channel and mentions esc_for_provider and mentions esc_critical and not mentions optional
        and not mentions esc_public_line)
    # A line kept for the provider's use is the client's line; its urgent use may follow it.
    # (Not the provider's own desk its agents pass calls to.)
    or (paragraph mentions esc_channel and mentions (esc_for_provider | esc_transferred) and mentions esc_critical
        and not mentions optional and not obliges provider to esc_channel and not mentions esc_public_line)
  message: "No priority channel (dedicated line, hotline or priority queue) into the Client for the Supplier's critical or escalated customer issues was found."
  fix: "The Client shall provide and maintain a dedicated escalation line, staffed 24 hours a day, 7 days a week, through which the Supplier may raise critical or escalated customer issues, and shall respond to any issue so raised within [one hour]."
  tags: escalation, channel, hotline
  examples {
    pass: """This Agreement is made between Harbour Salt Ltd (the "Client") and Tide Contact Ltd (the "Supplier").

The Supplier shall provide the Services to the Client.

The Client shall keep a duty line, staffed twenty-four hours a day, reserved for the Supplier's supervisor and agents, for medical evacuations of passengers."""
    gap: """This Agreement is made between Harbour Salt Ltd (the "Client") and Tide Contact Ltd (the "Supplier").

The Supplier shall provide the Services to the Client.

The Client shall keep a general line, open in office hours, for questions about invoices."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

For accidents, injuries and other urgent safety cases, you will call the direct line into our fleet operations room, which answers your agents ahead of any other caller, 24 hours a day."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

For accidents and other urgent cases, customers may call our main switchboard, which answers callers in turn."""
    pass: """This Agreement is made between the Ministry of Tourism (the "Ministry") and Coral Contact Limited (the "Service Provider").

The Service Provider shall provide the Services to the Ministry.

## Annex D Contacts

| Contact | Role | Channel | Hours |
|---|---|---|---|
| Ministry Duty Officer (critical visitor incidents, missing or injured visitors) | Duty Officer | dedicated mobile line given to the Service Provider's supervisors | 24 hours, every day |"""
    gap: """This Agreement is made between the Ministry of Tourism (the "Ministry") and Coral Contact Limited (the "Service Provider").

The Service Provider shall provide the Services to the Ministry.

## Annex D Contacts

| Contact | Role | Channel | Hours |
|---|---|---|---|
| Ministry Visitor Office (general visitor questions) | Officer | the public enquiry number | office hours |"""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

You will give our team leaders the direct mobile number of your duty manager on the island. Our team leaders will use that number, ahead of email or your lodge's reception line, when a guest is stranded or unwell."""
    pass: """This Contract is made between Kava Exports SARL (the "Principal") and Pacific Contact SARL (the "Contractor").

The Contractor shall provide the Services to the Principal.

The Principal keeps, within its Treasury Department, a reserved telephone line, distinct from its switchboard, on which the Contractor's supervisors may report as a priority any payment that is blocked."""
    pass: """This Agreement is made between Cross Hill Teleport Limited (the "Teleport") and Wideawake Desk Services Limited (the "Desk Operator").

The Desk Operator shall provide the Services to the Teleport.

The Teleport shall staff an Anomaly Bridge, a telephone line answered at all hours by its duty ground-station controller and reserved for the Desk Operator, through which the Desk Operator shall hand over every critical ticket."""
    gap: """This Contract is made between Kava Exports SARL (the "Principal") and Pacific Contact SARL (the "Contractor").

The Contractor shall provide the Services to the Principal.

The Contractor shall keep a reserved telephone line for growers whose payment is blocked."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

We'll give you the number of our Duty Skipper mobile, answered every day from 6am to 9pm. You should use it for urgent safety issues you come across."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Our guides carry a Duty Skipper mobile, answered every day from 6am to 9pm, for their own use on the water."""
    pass: """(1) Kangerluk Seafood A/S, Sisimiut (the "Buyer"), and

(2) Nuuk Kundeservice ApS, Nuuk (the "Contractor"),

have entered into this agreement on the operation of the Buyer's skipper desk.

(3) The Buyer keeps a quay duty telephone at the factory, staffed around the clock, which is reserved for the Contractor's urgent matters, such as a vessel waiting at the quay without a slot."""
    gap: """(1) Kangerluk Seafood A/S, Sisimiut (the "Buyer"), and

(2) Nuuk Kundeservice ApS, Nuuk (the "Contractor"),

have entered into this agreement on the operation of the Buyer's skipper desk.

(3) The Contractor shall send urgent matters to the Buyer's general e-mail address."""
    pass: """This Agreement is made between the .TV Registry Authority (the "Registry") and Funafuti Contact Services Ltd (the "Helpdesk Operator").

The Helpdesk Operator shall answer the registrants of the Registry on its behalf.

5.6 The Registry shall maintain a Registry Hijack Desk, a dedicated telephone line and chat channel staffed twenty-four hours a day by its security engineers, through which the Helpdesk Operator shall report suspected hijacking of a domain, unauthorised transfers and outages affecting Registrants. Such reports bypass the Registry's general support queue."""
    gap: """This Agreement is made between the .TV Registry Authority (the "Registry") and Funafuti Contact Services Ltd (the "Helpdesk Operator").

The Helpdesk Operator shall answer the registrants of the Registry on its behalf.

5.6 The Helpdesk Operator shall report suspected hijacking of a domain and outages through the Registry's general support queue."""
    pass: "8.3 The Client shall keep open a Duty Manager line, staffed around the clock, reserved for the Supplier's supervisors to report safety concerns raised by callers. Calls on this line shall not be routed through the Client's public numbers."
    gap: "8.3 The Client shall keep open a public enquiry line, staffed in office hours, for callers."
    gap: "The Client may consider establishing a dedicated telephone line for urgent matters raised by the Supplier."
    pass: "10.3 The Client shall keep a Clinical Alert Line, reserved for the Supplier's team leaders, to which the Supplier shall report any doubt about a batch. Such reports shall not be made through the Client's general number."
    gap: "10.3 The Client shall keep a general enquiries number, which the Supplier's team leaders may also use, answered during office hours."
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

We keep an "HR on-call phone", answered from 5:00 a.m. to 11:00 p.m. every day, for urgent applicant issues you refer to us."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

You keep an on-call phone for urgent issues we refer to you."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

We keep an on-call phone for our own plant managers."""
    pass: """During the festival the Client shall keep a "Gate Desk", answered by its duty officer, for urgent visitor matters referred by the Supplier."""
    gap: """During the festival the Client shall keep a "Gate Desk" mobile line for visitors to call."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

During peak week you'll give us a direct phone number for your duty desk. It will be answered at all times and kept for our calls about urgent customer problems."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

During peak week you'll give us a direct phone number for your duty desk. It will be answered at all times."""
    pass: "8. Where a caller asks about a critical result, the agent shall transfer the call immediately to the Client's Critical Value Desk. The Client shall staff the Critical Value Desk with a qualified scientist throughout the opening hours."
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

We run a Technician Desk with a direct line. When a renter calls about something urgent, your agent will put the call straight through to the Technician Desk."""
    gap: "8. The Supplier shall staff a Priority Desk with team leaders. The agent shall transfer any urgent call immediately to the Priority Desk."
    pass: "The Client will give the Supplier's team leaders an urgent number that goes straight to its rostering coordinators, not through its general switchboard, for anything that puts a client's safety at risk."
    gap: "The Supplier will give callers the Client's general switchboard number for urgent matters."
    pass: """This agreement is between Saltchuck Marinas Ltd. ("we", "us") and Tidewater Contact Ltd. ("you"). We will pay you the fees.

If a caller reports something urgent on a dock, your team will call our Skipper Line. The Skipper Line is a direct number to the duty harbourmaster, answered around the clock, and it's only for you and our marina staff."""
    gap: "If a caller reports something urgent on a dock, your team will give the caller the direct number to the harbour office, which is open to the public."
    gap: "The Authority may, at its discretion, set up a priority line for the Operator to refer urgent citizen cases."
    pass: "The Client shall give the Supplier's team leaders the number of its Control duty line, answered twenty-four hours a day, which the Supplier shall use for passengers stranded without assistance and other urgent safety issues."
    gap: "The Supplier shall keep a duty manager on call for its own staff."
    pass: "The Client keeps a direct line into its fleet operations room, reserved for the Supplier's team leaders and answered ahead of any other caller, for riders in danger."
    pass: "The Client shall maintain a Vulnerable Borrower Referral Line, being a dedicated telephone line reserved for referrals from the Supplier. The Supplier shall use it for any urgent complaint, and such referrals shall be taken ahead of the Client's general queues."
    gap: "The Client shall maintain a dedicated telephone line for its own staff. The Supplier shall use the Client's general queues for any urgent complaint."
    pass: "The Client shall provide a dedicated escalation hotline, staffed 24x7, for critical customer issues raised by the Supplier."
    pass: "The Customer shall make available to the Vendor a priority queue for escalated complaints that agents cannot resolve."
    pass: "The Service Provider may contact the Bank's on-call manager through a dedicated number for any Severity 1 issue."
    pass: "A direct line to the Company's fraud team shall be available to the Contractor's agents for urgent cases."
    # The channel may be described in other words ("a priority fraud desk with a direct phone number").
    pass: "The Authority will staff a priority fraud desk, reachable on its own direct phone number, which the Contractor's supervisors may ring about urgent cases."
    # Other words for "priority": answered ahead of other traffic, skipping the general queue.
    pass: "The Insurer shall keep a Claims Integrity Desk, a dedicated telephone line staffed by its investigators and reserved for the Supplier's team leaders to pass on suspected fraud, answered ahead of all other calls."
    pass: "The Client provides a dedicated phone bridge into its Monitoring Centre, reserved for the Contractor's agents. Agents use it when a caller reports a live alarm, so that the caller skips the general queue."
    gap: "The Client provides a phone bridge into its Monitoring Centre for its own engineers, who use it when an alarm goes off."
    pass: "The Bank shall provide the Supplier with a dedicated Vulnerable Customer Referral Line into the Bank's specialist support team for urgent cases where a customer is at risk of harm."
    # A line "reserved for" urgent matters is a dedicated one, whatever it is called.
    pass: "The Authority shall give the Contractor's team leaders access to the Warden Desk, a telephone line staffed during Service Hours and reserved for urgent matters such as a missing child."
    pass: "For an urgent passenger matter, the Operator's supervisor calls the Duty Controller of the Client on the dedicated duty line rather than the general switchboard."
    gap: "The Authority shall keep a telephone line reserved for its own wardens."
    gap: "The Operator shall keep a dedicated duty line for urgent passenger matters raised by the Client's staff."
    gap: "The Supplier shall operate a dedicated Vulnerable Customer Line for its customers in urgent cases."
    gap: "The Supplier shall provide customers with a 24x7 hotline for complaints."
    gap: "The Vendor shall staff the Customer's emergency hotline for critical outages."
    gap: "The Client is not required to provide a dedicated escalation line."
    gap: "The Supplier shall raise critical customer issues with the Client through the normal service desk."
    gap: "The Client shall provide a dedicated contact to answer the Supplier's questions about invoices."
    gap: """# Contents

11. Escalation Hotline ..... 19"""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.3 For cancellations caused by a storm warning, the Principal keeps a dedicated "blue line", answered from 06:00 to 23:00 by its duty coordinator, which the Contractor's team leaders shall use instead of the Principal's ordinary numbers."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.3 The Contractor keeps a dedicated "blue line" for its own agents, answered from 06:00 to 23:00 by its duty coordinator."""
    pass: """THIS CONTRACT is made between LAKESIDE REGIONAL HOSPITAL (the "PDE") and KYOGA CONTACT SERVICES LIMITED (the "Service Provider"). The Service Provider shall operate the maternal health helpline of the PDE.

9.3 The PDE shall keep a dedicated labour ward telephone line, answered at all times by a midwife on duty, reserved for the Service Provider's agents to transfer danger-sign calls."""
    gap: """THIS CONTRACT is made between LAKESIDE REGIONAL HOSPITAL (the "PDE") and KYOGA CONTACT SERVICES LIMITED (the "Service Provider"). The Service Provider shall operate the maternal health helpline of the PDE.

9.3 The Service Provider shall tell callers with danger signs to go to the nearest health facility."""
    pass: """This Contract is made between Rangpur City Corporation (the "Procuring Entity") and Teesta Contact Limited (the "Service Provider").

5.2 The Procuring Entity shall keep a dedicated pharmacovigilance line in its control room, to which the Service Provider shall transfer any caller who reports a suspected adverse reaction to a medicine."""
    gap: """This Contract is made between Rangpur City Corporation (the "Procuring Entity") and Teesta Contact Limited (the "Service Provider").

5.2 The Service Provider shall keep a dedicated pharmacovigilance line in its own control room for callers who report a suspected adverse reaction to a medicine."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

5.7 For urgent matters the Contractor may call the county's 12345 citizen service hotline."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

5.7 For urgent matters the Contractor may call the Principal's dedicated duty officer line, which is not published to the public."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.3 The Principal provides a ligne prioritaire to its back-office, reserved for the Contractor's supervisors, for urgent cases such as an applicant about to be hospitalised without cover."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.3 The Contractor provides a ligne prioritaire to its own supervisors for urgent questions from its agents."""
  }
}

rule ESC-004 "Unresolved disputes go to mediation, expert determination or arbitration" {
  area: escalation
  severity: medium
  source: "common practice, 002 (escalation paths for resolving issues)"
  # Mediation "if both parties so agree" at the time, or "by separate written agreement", is no
  # route a party can take.
  # An "Arbitration Court of Turkmenistan" (an arbitrazh court) is the state's commercial court, not arbitration.
  # Nor arbitration struck out: "Any reference to arbitration contained in any document submitted by the Vendor
  # is hereby deleted" (US state terms).
  # (An end customer's own right to take a complaint to a regulator's mediation is no route between the parties.)
  require: sentence mentions esc_adr and mentions esc_route and not mentions deferred and not mentions esc_adr_optional
           and not mentions esc_state_court and not mentions esc_adr_struck and not mentions esc_customer_route
  message: "No dispute resolution mechanism (mediation, expert determination or arbitration) was found for disputes that escalation does not resolve."
  fix: "If a dispute is not resolved through the escalation procedure within [twenty (20)] Business Days, either party may refer it to mediation under the [CEDR Model Mediation Procedure]; if it is not resolved within [thirty (30)] days of the mediator's appointment, it shall be finally resolved by arbitration under the [ICC/LCIA] Rules."
  tags: escalation, disputes, adr
  examples {
    gap: """This Agreement is made between Il-Fidda Artisans Limited (the "Company") and Harbour Contact Services Limited (the "Supplier").

The Supplier shall answer the customers of the Company on its behalf.

11.3 If a dispute is not resolved at Level 3, the parties may agree to refer it to mediation at the Malta Mediation Centre. Failing such agreement, either party may bring proceedings before the Courts of Malta."""
    pass: """This Agreement is made between Il-Fidda Artisans Limited (the "Company") and Harbour Contact Services Limited (the "Supplier").

The Supplier shall answer the customers of the Company on its behalf.

11.3 If a dispute is not resolved at Level 3, the parties may agree to refer it to mediation at the Malta Mediation Centre. Failing such agreement within thirty days, the dispute shall be referred to arbitration under the Arbitration Act."""
    gap: """This Agreement is made between Cooperative Argane Tifawin (the "Cooperative") and Souss Relation Client SARL (the "Service Provider").

The Service Provider shall answer calls from the customers of the Cooperative on its behalf.

20.2 Any dispute shall first be discussed between the Parties. They may, if they both deem it appropriate, consider submitting the dispute to mediation. Failing settlement, the dispute shall be brought before the courts of Agadir."""
    pass: """This Agreement is made between Cooperative Argane Tifawin (the "Cooperative") and Souss Relation Client SARL (the "Service Provider").

The Service Provider shall answer calls from the customers of the Cooperative on its behalf.

20.2 Any dispute that the Parties cannot settle within thirty days shall be submitted to mediation under the rules of the Agadir Chamber of Commerce, and failing settlement to arbitration."""
    pass: """This Agreement is made between Janjanbureh River Lodge Ltd (the "Lodge") and Kombo Contact Ltd (the "Operator").

12.4 Any dispute the Strategic Council does not resolve shall be referred to arbitration under the Alternative Dispute Resolution Act 2005, before a single arbitrator."""
    pass: "13.3. Disputes not settled in this way shall be referred for final resolution to the International Arbitration Court at the Chamber of Commerce of Kyrgyzstan in accordance with its Rules."
    gap: "13.3. Disputes not settled in this way shall be referred for final resolution to the Economic Court of the Minsk Region."
    gap: "11.3 The Parties may, if both so agree at the time, refer an unresolved dispute to a mediator. Otherwise disputes shall be considered by the Economic Court."
    pass: "11.3 Either Party may refer an unresolved dispute to a mediator under the Rules of the Mediation Centre."
    gap: "11.2 Either party may bring proceedings in the High Court, which shall have exclusive jurisdiction. Nothing in this Agreement is an agreement to refer any dispute to arbitration."
    pass: "11.2 Any dispute not resolved by the Executives within 20 Business Days shall be referred to arbitration under the Arbitration Rules of the Centre. Nothing in this Agreement limits a party's right to seek urgent relief from a court."
    gap: "53. Disputes not settled by negotiation shall be considered by the Arbitration Court of the Republic of Kazakhstan in accordance with the legislation in force."
    pass: "53. Disputes not settled by negotiation shall be finally settled by the International Arbitration Court at the Chamber of Commerce and Industry of Kazakhstan in accordance with its rules."
    pass: "15.2 Any dispute not settled under Clause 15.1 shall be finally resolved by the International Arbitration Court at the Chamber of Commerce and Industry in Bishkek in accordance with its rules."
    gap: "15.2 The Supplier shall keep a register of its own disputes with the Arbitration Court of the Chamber of Commerce."
    pass: "No dispute shall be referred to arbitration under the LCIA Rules until the Executive Sponsors have met to resolve it."
    pass: "16.2 A dispute that the Executive Council does not resolve may be referred by either party to arbitration in Windhoek under the Arbitration Act 42 of 1965."
    gap: "16.2 A dispute that the Executive Council does not resolve goes to the High Court in Windhoek; neither party may refer it to arbitration."
    gap: "The parties may refer a dispute to mediation only if both parties so agree in writing at the time; otherwise either party may go to the courts."
    gap: "A dispute may be submitted to arbitration under the KCAB Rules only by separate written agreement of the parties."
    gap: "If the directors do not resolve the matter, the Parties may, if both so wish, attempt mediation; otherwise the courts of Vienna have jurisdiction."
    gap: "If the Board cannot resolve a dispute, the parties will discuss in good faith whether to refer it to mediation."
    pass: "If the Chief Executives fail to resolve the dispute, the dispute shall be referred to mediation."
    pass: "Any dispute not resolved by the escalation procedure shall be finally resolved by arbitration under the ICC Rules."
    pass: "Technical disputes about the Service Levels shall be referred to an independent expert, whose determination shall be binding on the Bank and the Service Provider."
    pass: "The Customer and the Vendor shall attempt to settle any unresolved dispute by mediation in accordance with the CEDR Model Mediation Procedure."
    pass: "If the dispute is not resolved by them, either party may refer it to arbitration in Durban under the rules of the Arbitration Foundation of Southern Africa."
    gap: "Any dispute arising out of this Agreement shall be resolved by the courts of England and Wales."
    gap: "The Supplier shall not be required to participate in any mediation."
    gap: "The parties shall keep all disputes confidential, including any informal negotiations, mediation or arbitration between them."
    gap: "Nothing in this clause prevents either party from seeking injunctive relief from a court of competent jurisdiction."
    gap: "The parties shall attempt to resolve any dispute through negotiation between their Contract Managers."
    gap: """# Contents

25. Mediation and Arbitration ..... 50"""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

15.2 If the contracting parties both deem it appropriate, they may submit a dispute to mediation at a mediation centre of their choice. Otherwise the courts of Funchal shall have jurisdiction."""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

15.2 Any dispute not settled by the Follow-up Committee within twenty days shall be submitted by the contracting parties to mediation at the Funchal mediation centre."""
    pass: """This Agreement is made between Raty Teraz S.A. (the "Ordering Party") and Centrum Kontaktu Sp. z o.o. (the "Contractor"). The Contractor shall provide customer service to the Ordering Party's borrowers.

§ 13. 1. Disputes shall first be resolved by the coordinators within 7 days and then by the directors within 14 days.
2. A dispute not resolved at level II shall be settled by the Court of Arbitration at the Confederation Lewiatan in Warsaw, in accordance with its rules."""
    gap: """This Agreement is made between Raty Teraz S.A. (the "Ordering Party") and Centrum Kontaktu Sp. z o.o. (the "Contractor"). The Contractor shall provide customer service to the Ordering Party's borrowers.

§ 13. 1. Disputes shall first be resolved by the coordinators within 7 days and then by the directors within 14 days.
2. A dispute not resolved at level II shall be settled by the common court competent for the seat of the Ordering Party."""
    pass: """This Contract is concluded between Wärmeversorgung Inntal GmbH (the "Principal") and Alpen Dialog Service GmbH (the "Contractor"). The Contractor shall operate the customer service of the Principal.

Art. 15 (2) If the Coordination Council does not resolve the dispute within 15 Working Days, the Contracting Parties shall attempt mediation by a registered mediator under the Civil Law Mediation Act before bringing an action."""
    gap: """This Contract is concluded between Wärmeversorgung Inntal GmbH (the "Principal") and Alpen Dialog Service GmbH (the "Contractor"). The Contractor shall operate the customer service of the Principal.

Art. 15 (2) If the Coordination Council does not resolve the dispute within 15 Working Days, either Contracting Party may bring an action before the competent court in Innsbruck."""
    gap: """This agreement is between Ishuri Pay Ltd ("we", "us", "our") and Kigali Contact Hub Ltd ("you", "your"). You will answer parents' calls about school fees on our behalf.

## What if we disagree?

Our two managers will first try to settle it within ten working days. If we both want to, we may try mediation first."""
    pass: """This contract is made between the Dirección Provincial de Vivienda de El Loa (the "Mandante") and Servicios de Contacto Atacama SpA (the "Prestador"). The Prestador shall operate the housing subsidy helpline of the Mandante.

Clause Twelve. Disagreements go first to the Contract Coordinators and then to the Steering Committee. If the disagreement is not resolved at the third level, it shall be submitted to an arbitrator acting as amiable compositor, appointed by the Arbitration and Mediation Centre of the Santiago Chamber of Commerce."""
    pass: """This agreement is between Isange Events Ltd ("we") and Kigali Contact Hub Ltd ("you"). You will answer ticket buyers' calls on our behalf.

50. Disputes go first to our two managers and then to the Forum.

51. If the Forum has not settled it within thirty days, either of us may refer it to arbitration at the Kigali International Arbitration Centre under its rules, by a single arbitrator."""
    gap: """This Agreement is entered into by the State of West Virginia, Department of Human Services (the "Agency"), and Tygart Contact Solutions, LLC (the "Vendor"). The Vendor shall answer calls for the Agency.

16.2 Any reference to arbitration contained in any document submitted by the Vendor is hereby deleted. Claims against the State shall be heard by the West Virginia Legislative Claims Commission."""
    pass: """This Agreement is entered into by the State of West Virginia, Department of Human Services (the "Agency"), and Tygart Contact Solutions, LLC (the "Vendor"). The Vendor shall answer calls for the Agency.

16.2 A dispute not resolved by the Contract Managers within 20 days shall be referred to mediation before either party commences proceedings."""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

18.1 Any dispute arising from this Contract shall be submitted directly, without the need for any prior stage of negotiation, to arbitration before the Chamber's arbitration centre."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

18.1 Any dispute not settled at level 2 shall be resolved by the competent court of the municipality, without recourse to mediation or arbitration."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

22.2 Failing agreement, before any litigation the parties shall refer the dispute to the Interregional Consultative Committee for the Amicable Settlement of Disputes of Bordeaux. Failing amicable settlement, the Administrative Court shall have jurisdiction."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

22.2 Failing agreement, the Administrative Court of Limoges shall have jurisdiction."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

33.1 The Supplier shall inform every caller whose complaint remains unresolved of the caller's right to refer it to the energy regulator's ombudsman for mediation."""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

33.1 A dispute between the parties that remains unresolved after the escalation procedure shall be referred to mediation under the CEDR Model Procedure."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

14.2 If the disagreement persists, the Parties shall submit to the mandatory prior mediation of the Mediation Law of the Province, and failing agreement, to the ordinary courts of the city."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

14.2 If the disagreement persists, the Parties may, if they both agree at the time, consider a mediation; failing that, the dispute shall be brought before the ordinary courts of the city."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

12-2 Any dispute not settled under the ladder shall be referred to a panel of three arbitrators, one appointed by each party and the third by the two arbitrators. The award shall be final and binding."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

12-2 Any dispute not settled under the ladder shall be referred to the courts of Yazd. A panel of three arbitrators may be agreed by the parties in each case."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.2 A disagreement not resolved by the Contract Management Committee shall be submitted to the Municipal Chamber for Administrative Mediation and Conciliation before any legal action."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.2 A disagreement not resolved by the Contract Management Committee shall be submitted to the competent court. The Municipal Chamber for Administrative Mediation publishes an annual report."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

13.2 A dispute not resolved at level 3 shall be referred by the more diligent party to the comité consultatif interrégional de règlement amiable des différends of Lille, before any action before the Administrative Court."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

13.2 A dispute not resolved at level 3 shall be brought before the Administrative Court of Lille."""
  }
}
