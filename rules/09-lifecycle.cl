pack bpo-lifecycle "1.0.0" { description: "The partner lifecycle: transition in, benefits tracking, partner evaluation and exit" }

# ---- vocabularies -------------------------------------------------------------------------------

# Bringing the services in (not handing them back: see life_exit).
vocab life_onboarding = "transition plan" | "transition services" | "transition period" | "transition phase"
                      # translated drafting: "the preparation period", "the introduction phase" before operation starts
                      | "preparation period" | "preparatory period" | "introduction phase" | "introduction plan"
                      | "transition project" | "transition programme" | "transition milestones" | "transition-in"
                      | "transition in" | "transition of the services" | "mobilisation" | "mobilization"
                      | "mobilise" | "mobilize" | "onboarding" | "on-boarding" | "implementation plan"
                      | "implementation phase" | "go-live" | "service commencement"
                      | "service transfer plan" | "insourcing to the supplier" | "migration plan"
                      # the start of the service under other names ("an eight-week start-up period")
                      | "start-up plan" | "start-up period" | "start-up phase" | "startup plan" | "startup period"
                      # Kazakh and Russian drafting: "a Commencement Plan covering recruitment and training of operators"
                      | "commencement plan" | "commencement stage"
                      | "ramp-up plan" | "ramp-up period" | "ramp-up phase" | "set-up phase" | "setup phase"
                      # translated drafting: "a setting-up phase ..., according to the setting-up plan"
                      | /\b(?:setting[\s-]up|set[\s-]up)\s+(?:phase|plan|period|programme|program)\b/
                      # translated drafting: "the Services shall be launched in accordance with the Launch Programme"
                      | "launch programme" | "launch program" | "launch plan" | "launch period" | "launch phase"
                      | "launch of the services"
                      # ... and "install the Desk in accordance with the installation plan"
                      | "installation plan" | "installation programme" | "installation program" | "installation phase"

vocab life_knowledge = "knowledge transfer" | "transfer of knowledge" | "knowledge acquisition"
                     # "including the absorption of knowledge from the servants of the Tax Debt Division"
                     | "absorption of knowledge" | "knowledge absorption" | /\babsorb(?:s|ed|ing)?\s+(?:the\s+)?knowledge\b/
                     | "knowledge capture" | "process documentation" | "process knowledge"
                     | "shadowing" | "side-by-side" | "train-the-trainer" | "train the trainer" | "handover"
                     | "subject matter experts" | "training of agents" | "nesting"
                     # plain English: "your staff will show our agents how vouchers are generated"
                     # "transfer to the Contractor's advisers their knowledge of the gear catalogue"
                     | /\btransfer\s+(?:to\s+[^.;]{1,60}?\s+)?(?:their|its|his|her|the)\s+knowledge\b/
                     | /\b(?:show|teach|explain\s+to)\s+(?:our|your|its|their|the\s+[\w-]+['’]s)\s+(?:[\w-]+\s+)?(?:agents|staff|team|advis[eo]rs|people)\s+how\b/

vocab life_onboarding_heading = "transition" | "launch" | "mobilisation" | "mobilization" | "onboarding" | "on-boarding"
                              | "start-up" | "startup" | "ramp-up"
                              | "implementation" | "service commencement" | "getting started"
                              | /\bsetting[\s-]up\s+of\s+the\b/
vocab life_onboarding_any = life_onboarding | "transition"
vocab life_transition_lead = "transition manager" | "transition lead" | "transition director" | "transition officer"
                           | "mobilisation officer" | "mobilization officer" | "implementation officer"
                           | "transition team" | "mobilisation manager" | "mobilization manager"
                           | "mobilisation team" | "implementation manager" | "onboarding manager"
                           | "onboarding lead" | "transition governance" | "transition coordinator"
                           | "transition co-ordinator" | "start-up manager" | "start-up coordinator"
                           | "launch coordinator" | "launch co-ordinator" | "launch manager"
                           | /\b(?:setting[\s-]up|set[\s-]up)\s+(?:manager|coordinator|co-ordinator|lead)s?\b/
                           # "a start-up project manager, named in Annex 5, who shall manage the start-up"
                           # ... "You will name a Start-up Lead who will lead the start-up"
                           # ("led by an Implementation Coordinator named in the plan")
                           | /\b(?:start[\s-]?up|transition|mobili[sz]ation|onboarding|go-live|implementation)\s+(?:project\s+)?(?:manager|coordinator|co-ordinator|lead|director)s?\b/

vocab life_appoint = "appoint" | "designate" | "nominate" | "provide a dedicated"

# Handing the services back or over at the end.
vocab life_exit = "exit plan" | "exit management" | "exit assistance" | "exit services" | "exit period"
                | "exit strategy" | "termination assistance" | "termination services" | "transition assistance"
                | "transition out" | "transition-out" | "disengagement" | "reverse transition" | "run-off"
                | "replacement supplier" | "replacement provider" | "replacement service provider"
                | "replacement vendor" | "successor supplier" | "successor provider" | "successor vendor"
                | "successor contractor" | "incoming supplier" | "incoming provider"
                # US federal task orders: "phase-out services" to a successor (FAR 52.237-3)
                | "phase-out" | "phase out"
                | "exit support" | "exit help" | "assisted transition"
                # French drafting translated: "ensure the reversibility of the service for four months"
                | "reversibility"

vocab life_transfer = "transfer the services" | "transfer of the services" | "transition of the services"
                    | "transfer of responsibilities" | "handover" | "hand over" | "hand back" | "handback"
                    | "migrate" | "migration" | "knowledge transfer" | "transfer of knowledge"
                    | "continue to provide the services" | "orderly transfer" | "orderly transition"
                    | "transition to"
                    | /\btransfer(?:s|ring)?\s+(?:its\s+|the\s+|all\s+|their\s+)?knowledge\b/
                    | "continue the services" | "continuing the services"

# The same in plain words: "continue to run the Helpline, transfer the call flows, scripts and
# knowledge articles", to "its new helpline operator".
vocab life_transfer += /\bcontinu(?:e|es|ing)\s+to\s+(?:run|operate|perform|deliver|provide)\b/
  # "the Executor shall transfer to the Fund, or to a new executor indicated by the Fund, the reference materials"
  | /\btransfer\s+to\s+(?:the\s+)?{client}\b/
  # ("the Mandatary supports the return of the service to the Fund or to a successor for up to four months")
  | /\breturn\s+of\s+the\s+services?\s+to\b/
  # "you'll keep running the booking line for up to four months ... and help hand the work over"
  | /\b(?:keep|keeps|go\s+on)\s+(?:running|operating|providing|delivering|answering)\b/
  | /\bhand(?:s|ing)?\s+(?:the|this|all|our|your|its|their)\s+(?:[\w-]+\s+){0,2}?over\b/
  | /\btransfer(?:s|ring)?\s+(?:the\s+|all\s+|its\s+|any\s+)?(?:[\w-]+,?\s+){0,4}?(?:scripts?|knowledge|documentation|records|call\s+flows|processes|procedures|know-how)\b/
# Handing back documents and data only: "hand over to the Ordering Party, within five days, all documents and
# data which it received".
vocab life_return_only = /\bhand(?:s|ing)?\s+(?:back|over)\s+(?:to\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?,?\s+)?(?:within\s+[^,.;]{1,30},\s+)?(?:all\s+|the\s+|any\s+)?(?:documents|data|records|materials|property|documentation|files|equipment)(?:\s+and\s+(?:documents|data|records|materials|property|documentation|files|equipment))?\s+(?:which|that|it|received|provided|supplied|belonging|lent|of\s+the|relat(?:ing|ed)\s+to|concerning|in\s+its\s+possession)\b/
# The one who takes the work over, in plain words: "to us or to a new provider", "its new helpline
# operator" ("new Supplier Software" is the provider's product, not its successor).
vocab life_exit += /\bnew\s+(?:[\w-]+\s+){0,2}?(?:provider|supplier|operator|vendor|contractor|outsourcer|company|firm|agency|executor|performer|holder|awardee)s?\b(?!\s+(?:software|systems?|products?|releases?|versions?|upgrades?|assets?|materials?|equipment|hardware|code|tools?|personnel|staff)\b)/
# plain English: "we'll help you move the work to another provider or back in-house"
vocab life_transfer += /\b(?:move|moves|moving|transfer|transfers|transferring|bring|brings|bringing|take|taking)\s+(?:the\s+|this\s+|all\s+)?(?:work|services?)\s+(?:to\s+(?:another|a\s+new|a\s+replacement|the\s+new|your\s+new)\b|back\s+in[\s-]?house\b)/
# ... under the service's own name: "help us move the orders line back to us or to a new company"
vocab life_transfer += /\b(?:move|moves|moving|transfer|transfers|transferring|bring|brings|bringing)\s+(?:the|this|all|our|your|its|their)\s+(?:[\w-]+\s+){0,2}?(?:line|desk|helpline|hotline|service|services|work|operation|centre|center)\s+back\s+(?:to\s+(?:us|you|the\s+[\w-]+)\b|in[\s-]?house\b)/
vocab life_exit += /\banother\s+(?:provider|supplier|operator|vendor|contractor|outsourcer)\b/ | "back in-house" | "back in house"
  # "help us move the line to whoever takes over"
  | /\bwhoever\s+(?:takes|will\s+take)\s+(?:it\s+|them\s+|the\s+[\w-]+\s+)?over\b/
# ("the transition plan at the end of this agreement" is where the plan stands, not the agreement's end;
# "At the end of this agreement, we'll ..." is its end.)
vocab life_end = "termination" | "terminate" | "expiry" | "expiration" | "expire" | "exit"
               | /(?<!at\sthe\s)\bend\s+of\s+this\s+agreement\b/
               | /\bat\s+the\s+end\s+of\s+this\s+agreement\b(?=\s*[,;]|\s+(?:we|you|they|it|the|each|either|all|any)\b)/
               | "cessation" | "successor" | "replacement" | "wind-down" | "wind down"
               | /\b(?:agreement|contract|order\s+form|arrangement)\s+(?:ends|has\s+ended|comes\s+to\s+an\s+end)\b/
               # plain English: "after these terms end"
               | /\b(?:these|our|the)\s+terms\s+(?:end|have\s+ended|come\s+to\s+an\s+end)\b/

vocab life_benefit = "benefits realisation" | "benefits realization" | "realisation of the benefits"
                   | "realization of the benefits" | "realisation of benefits" | "realization of benefits"
                   | "realisation of each benefit" | "benefits report" | "benefit report" | "benefits tracking"
                   | "benefits register" | "benefits tracker" | "benefits plan" | "business case"
                   | "expected benefits" | "anticipated benefits" | "target benefits" | "projected benefits"
                   # "the achievement of the expected gains listed in Annex 2"
                   | "expected gains" | "anticipated gains" | "target gains" | "projected gains"
                   # the gains as goals measured from a base: "report each quarter on progress towards these
                   # goals against the figures for the 2024-25 season"
                   | /\bprogress\s+(?:towards?|against|on)\s+(?:these|the|those|our|its|their|your)\s+(?:[\w-]+\s+)?(?:goals|aims|objectives|benefits|gains)\b[^.;]{0,60}?\b(?:against|compared\s+with|from)\s+(?:the\s+)?(?:figures|baseline|base|position|levels?)\b/
                   # ... or towards the objectives of the client's own plan: "report each quarter on progress against
                   # the objectives of Party A's relocation work plan that concern the Hotline"
                   | /\bprogress\s+(?:towards?|against|on)\s+the\s+(?:objectives|goals|aims|targets)\s+of\s+(?:the\s+)?(?:{client}['’]s?\s+)?(?:[\w-]+\s+){0,3}?(?:work\s+plan|plan|programme|program|project|strategy)\b/
                   # translated drafting: "the expected effects of the Services listed in Table 3"
                   | "expected effects" | "expected effect" | "expected outcomes" | "anticipated outcomes" | "target outcomes"
                   # ("report quarterly on the realisation of the Project Objectives at Annexure-I, against the baseline";
                   # the objectives the contract lists by that name, not an IT project's "objectives")
                   | /(?-i:\b(?:Project|Programme|Program)\s+Objectives\b)/
                   # "The expected results of the transfer of the reservation function ...", "a report on the
                   # achievement of these expected results"
                   | /\bexpected\s+(?:results|outcomes)\s+of\s+(?:the\s+|this\s+)?(?:transfer|outsourcing|transition|arrangement|agreement|contract|programme|program|partnership|engagement)\b/
                   | /\bachievement\s+of\s+(?:the|these|those|its|the\s+agreed)\s+(?:expected|intended|planned|target)\s+(?:results|outcomes|benefits|gains)\b/
                   # "report each quarter on the achievement of the goals of the project as defined in the tender"
                   | /\b(?:achievement|attainment)\s+of\s+(?:the|these|its)\s+(?:goals|aims|objectives)\s+of\s+(?:the|this)\s+(?:project|programme|program|outsourcing|contract|agreement|tender)\b/
                   # (not a party's name: "the Savings Bank")
                   | "cost savings" | /\bsavings\b(?!\s+(?:bank|banks|institution|and\s+loan|fund|account|accounts|book|deposit))/ | "efficiency gains" | "return on investment" | "value realisation"
                   | "value realization" | "benefits case"
                   # The realisation of benefits under any name ("the realisation of the Programme Benefits",
                   # "realising the agreed transformation benefits").
                   | /\breali[sz](?:ation|ing)\s+(?:of\s+)?(?:the\s+|each\s+|all\s+|any\s+|its\s+)?(?:[\w-]+\s+){0,2}?benefits?\b/
                   # The programme's value measured as such: "a quarterly Program Value Report", "a report ...
                   # so that we can both see whether the pilot is delivering what it is meant to deliver".
                   | /\b(?:programme|program|pilot|outsourcing|transformation)\s+value\s+reports?\b/
                   # "measure and report each of these outcomes against the baseline in Attachment 1"
                   | /\boutcomes?\s+against\s+(?:the\s+|its\s+|their\s+|each\s+)?(?:[\w-]+\s+){0,2}?baselines?\b/
                   | /\bwhether\s+the\s+(?:pilot|programme|program|outsourcing|arrangement|engagement|transformation)\s+(?:is|has\s+been)\s+(?:delivering|achieving|meeting)\b/
                   # the client's results set against where they stood before the service: "comparing our
                   # cost per hire ... with the baseline from the twelve months before the hotline started"
                   | /\bbaselines?\s+(?:[\w-]+\s+){0,6}?(?:before|prior\s+to)\s+(?:the\s+|this\s+|our\s+|your\s+)?(?:[\w-]+\s+){0,2}?(?:started|began|begins|start|commencement|go-?live|launch|launched|transfer|outsourcing|agreement|contract)\b/

# The benefits named by where they are written or who expects them: "the benefits set out in the
# Authority's project charter", "the benefits expected by the Client from this Agreement".
# ("the benefits we set out when we started the program", "the gains sought from this Agreement")
vocab life_benefit += /\bbenefits\s+(?:(?:we|you|they|the\s+parties)\s+)?(?:(?:set\s+out|described|expected|identified|listed|stated|defined|specified|sought|anticipated|projected)\b)/
  | /\b(?:gains|savings|improvements)\s+(?:sought|expected|wanted|intended)\s+from\s+(?:this|the)\s+(?:agreement|contract|outsourcing|arrangement)\b/
# The benefits just named, measured: "measure the achievement of these benefits".
# (or one by one, and called gains: "reports each half-year on the attainment of each gain")
vocab life_benefit += /\b(?:achievement|attainment|delivery|realisation|realization)\s+of\s+(?:these|those|such|the\s+expected|the\s+target)\s+(?:[\w-]+\s+)?benefits\b/
  | /\b(?:achievement|attainment|delivery|realisation|realization)\s+of\s+(?:each|every)\s+(?:expected\s+|anticipated\s+|target\s+)?(?:benefit|gain)\b/
# ("measure and report progress towards these benefits in a benefit follow-up report each quarter")
vocab life_benefit += /\bprogress\s+(?:towards|toward|on|against)\s+(?:these|those|such|the\s+expected|the\s+target)\s+(?:[\w-]+\s+)?benefits\b/
  | /\bbenefits?\s+(?:follow-up|tracking|realisation|realization|progress)\s+reports?\b/
# (or called gains: "in order to achieve three gains: ... The Supplier shall measure these gains")
vocab life_benefit += /\b(?:measure|measuring|track|tracking|monitor|monitoring|report\s+on|reporting\s+on)\s+(?:these|those|such|the\s+expected|the\s+target)\s+(?:benefits|gains)\b/
  # ... as a noun: "shall present every quarter to the Steering Committee a measurement of these benefits"
  | /\b(?:measurements?|assessments?|evaluations?)\s+of\s+(?:these|those|such|the\s+expected|the\s+target)\s+(?:benefits|gains)\b/
  # one by one: "shall measure each benefit and report on it each quarter"
  | /\b(?:measure|measuring|track|tracking|monitor|monitoring|report\s+on|reporting\s+on)\s+(?:each|every|all\s+(?:the\s+)?)\s*(?:[\w-]+\s+)?benefits?\b/
  # the time between: "shall report each quarter on the benefits the Bureau expects from the Helpdesk"
  | /\b(?:report|reports|reporting)\s+(?:[\w-]+\s+){1,3}?on\s+(?:the|these|those|such|each\s+of\s+the)\s+(?:[\w-]+\s+)?benefits\b/
# A document about the benefits, whatever it is called: "a benefits statement", "a benefits scorecard".
# ("report progress against this Benefits Baseline each quarter")
vocab life_benefit += /\bbenefits?\s+(?:statements?|scorecards?|dashboards?|updates?|reviews?|summar(?:y|ies)|packs?|baselines?)\b/
# The outsourcing's aims called its results: "The expected results of the outsourcing are set out
# below", "The Parties entered into this Contract to obtain the results set out in the table below".
# The results one side wants from the other: "These are the results we want from using you" (with
# their realisation measured, not as a benefit on its own: "The benefits we expect ... are described
# in the Council report").
# ("whether the gains the Owner expected from this arrangement are being realised")
vocab life_wanted = /\b(?:results|outcomes|benefits|improvements|savings|gains)\s+(?:we|you|it|they|the\s+[\w-]+)\s+(?:want|wants|wanted|expect|expects|expected|hope\s+for|hopes\s+for|hoped\s+for|seek|seeks|sought)\s+(?:to\s+(?:get|achieve|see|gain)\s+)?from\b/
  # "The parties expect the arrangement to deliver the outcomes in the table below"
  # ... "We want this arrangement to bring down our cost per entry"
  | /\b(?:expects?|wants?)\s+(?:the|this)\s+(?:arrangement|agreement|contract|charter|outsourcing|services?)\s+to\s+(?:deliver|bring|achieve|produce|cut|reduce|lower|raise|improve)\b/
  # a table of them: "Intended outcome | How it is measured"
  | "intended outcome" | "intended outcomes"
  # "When we moved the line to you, we expected three things: ..."
  | /\b(?:we|you|it|they|the\s+[\w-]+)\s+expected\s+(?:two|three|four|five|these|the\s+following)\s+(?:things|results|outcomes|gains)\b/
vocab life_benefit += /\b(?:expected|intended|anticipated|target)\s+(?:results|outcomes)\s+of\s+(?:the\s+|this\s+)?(?:outsourcing|contract|agreement|arrangement|engagement|partnership|programme|program)\b/
  | /\b(?:entered\s+into|concluded|signed)\s+this\s+(?:contract|agreement)\s+to\s+(?:obtain|achieve|secure|deliver|reali[sz]e)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:results|outcomes|benefits|improvements|savings)\b/
# The business case under the name public procurement gives it: "compared with the estimates of the Preliminary
# Technical Study (Estudo Técnico Preliminar) that justified the contracting".
vocab life_benefit += /\bcompar(?:ed|ing|e|es)\s+(?:with|to|against)\s+the\s+(?:estimates|projections|forecasts|expected\s+(?:figures|results|values))\s+(?:of|in|made\s+in)\s+(?:the\s+)?(?:[\w()-]+\s+){0,8}?(?:study|business\s+case|justification)\b/
# ... or the outcomes a proposal promised: "report each quarter on the outcomes set out in the baseline of its technical
# proposal ..., compared with the baseline figures"
vocab life_benefit += /\b(?:outcomes|results|gains|improvements|benefits)\s+(?:set\s+out|described|stated|identified|listed)\s+in\s+the\s+(?:baseline|business\s+case|proposal|technical\s+proposal|tender|offer)\b/
# ("report to the Partnership Council on the achievement of the target effects of the Services agreed when the Contract
# was concluded")
vocab life_benefit += /\b(?:achievement|attainment|realisation|realization)\s+of\s+the\s+(?:target|expected|intended|planned|agreed)\s+(?:effects|outcomes|results|benefits|gains)\b/
vocab life_measure = "report" | "reports" | "reporting" | "measure" | "measuring" | "measurement" | "measured" | "track" | "tracking"
                   | "monitor" | "realisation" | "realization" | "baseline" | "quantify" | "demonstrate"
                   | "record" | "dashboard" | "verify" | "against its target" | "scorecard"

# (A baseline and an aim alone say what is hoped for, not that anyone measures it.)
vocab life_benefit_column = "measured" | "measure" | "measurement" | "reported" | "reporting"
  | "tracked" | "tracking" | "actual" | "achieved" | "realised" | "realized"
  # plain English: "| Expected gain | Where we start | Where we want to be | How we check |"
  | /\bhow\s+(?:we|you|it\s+is|they\s+are)\s+(?:check|checked|measure|measured|track|tracked)\b/
vocab life_realised = /\breali[sz](?:ation|ed|e|es|ing)\b/
  # "The Contractor reports quarterly on the achievement of these objectives" (the business case's, just named)
  | /\b(?:achievement|attainment)\s+of\s+(?:these|those|the\s+above|such)\s+(?:objectives|aims|goals|targets)\b/
  # the benefits just named, measured and their results reported: "shall measure them and report the results"
  | /\b(?:measure|measures|track|tracks|monitor|monitors)\s+(?:them|these|those|each(?:\s+of\s+them)?)\s+and\s+(?:report|reports)\s+(?:the\s+|their\s+)?(?:results|outcomes|progress)\b/
  # each one set against where it began: "measure each of these against our 2025 figures"
  | /\b(?:each|all)\s+of\s+(?:these|them|those)\s+against\s+(?:the|our|your|its|their)\s+(?:[\w-]+\s+){0,2}?(?:figures|baselines?|starting\s+points?|levels|results)\b/
  # "reports on progress towards each of them every quarter"
  # ("the progress achieved against each of those expected results")
  | /\bprogress\s+(?:made\s+|achieved\s+)?(?:towards?|against)\s+(?:each\s+of\s+)?(?:them|those|these|each|the)\b/
  # each result set against where it began: "comparing it with where we started", "comparing the
  # result with the baseline"
  | /\bcompar(?:e|es|ed|ing)\s+(?:it|them|each(?:\s+one)?|the\s+results?)\s+(?:with|to|against)\b/
  # "how much of each has actually been achieved"
  | /\b(?:has|have)\s+(?:actually\s+|in\s+fact\s+)?been\s+(?:achieved|delivered|attained)\b/
  # "Each year we'll measure each of those against the figures from the 2023 to 2024 crop"
  | /\bmeasure\s+(?:each\s+of\s+|all\s+of\s+)?(?:them|those|these|each)\s+against\b/
vocab life_not_benefit = "loss of" | "liable" | "liability" | "damages"
  # a note of the gains kept for the record: "it is attached for information only" (not "visits to branches for
  # information only", the people served coming only to ask)
  | /\b(?:is|are)\s+(?:attached|recorded|provided|included|given|kept|annexed)\s+for\s+information(?:\s+purposes)?\s+only\b/
  # the tracking refused: "we expect savings, but we won't track or report those savings formally"
  | /\b(?:won['’]t|will\s+not|shall\s+not|do\s+not|does\s+not|don['’]t|doesn['’]t|need\s+not|(?:is|are)\s+not\s+(?:required|obliged)\s+to)\s+(?:[\w-]+\s+){0,2}?(?:track|measure|monitor|report|record|quantify|follow)(?:s|ed|ing)?\b/

# Savings or gains named as the base of a payment to the provider (a gain-share, a percentage of the
# savings): an incentive, not the tracking and reporting of the programme's benefits.
vocab life_benefit_paid = "gain-share" | "gainshare" | "gain share" | "gainsharing" | "gain sharing"
                        | "share of the savings" | "share of savings" | "shared savings" | "savings share"
                        | "share equally" | "shared equally"
                        | /\b(?:half|one[- ]half|one[- ]third|a\s+third|two[- ]thirds|one[- ]quarter|a\s+quarter|\d+(?:\.\d+)?\s*%\)?|per\s?cent\)?|percent\)?)\s+of\s+(?:the\s+|any\s+|all\s+|such\s+)?(?:[\w-]+\s+){0,2}?(?:savings|benefits?|gains?)\b/
vocab life_report = "report" | "reports" | "reporting" | "dashboard" | "track" | "tracking" | "monitor"
                  | "monitoring" | "register" | "tracker" | "scorecard"

# Formal instruments for evaluating the provider as a partner.
vocab life_evaluation = "relationship health check" | "health check" | "relationship assessment"
                      | "relationship review" | "relationship survey" | "partnership review"
                      | "partner scorecard" | "supplier scorecard" | "vendor scorecard" | "provider scorecard"
                      | "performance scorecard" | "balanced scorecard" | "supplier assessment"
                      | "supplier evaluation" | "vendor assessment" | "vendor evaluation" | "partner assessment"
                      | "partner evaluation" | "capability assessment" | "capability review"
                      | "performance evaluation" | "performance appraisal" | "performance review" | "performance assessment"
                      | "supplier performance review" | "annual assessment"
                      # a strategic review of the partner or the relationship, not one that aligns the service with the
                      # client's strategy ("a strategic review in which the Operator's service is aligned with ...")
                      | /\bstrategic\s+reviews?\s+of\s+(?:the\s+)?(?:relationship|partnership|contract|agreement|outsourcing|{provider}|supplier|provider|vendor)\b/
                      | "partnership check" | "relationship check" | "partnership scorecard" | "relationship scorecard"

# ... under other names: "a partner review of the Contractor", "a formal evaluation of THE CONTRACTOR",
# "a written report card on how you did"
vocab life_evaluation += /\b(?:partner|supplier|vendor|provider|contractor)\s+reviews?\b/ | "report card" | "report cards"
  # the provider itself evaluated: "Once a year the Awardee shall be evaluated by the Contract Management Unit"
  | /\b{provider}\s+(?:shall|will|must|is\s+to)\s+be\s+(?:formally\s+)?(?:evaluated|assessed|appraised|rated)\b/
  # Italian drafting's "vendor rating": "carries out a vendor rating of the Supplier"
  | /\b(?:vendor|supplier|partner|provider)\s+ratings?\b/
  # "a scorecard of your results, your team's skills and stability and how well we work together"
  | /\bscorecards?\s+(?:of|on|for)\s+(?:your|its|their|the\s+{provider's}|{provider's})\s+(?:results|performance)\b/
  # (translated post-Soviet drafting: "an attestation of the Executor")
  # (or its report: "an annual evaluation report of the Contractor covering the quality of service")
  # ("shall compile a rating of the Executor based on the target values")
  # ("the DEC prepares a performance check of the Economic Operator on the service levels")
  | /(?<!self-)(?<!self\s)\b(?:evaluation|assessment|appraisal|attestation|rating|performance\s+check)(?:\s+(?:report|review|note))?\s+of\s+(?:the\s+)?{provider}\b(?!['’])/
  # a form on which the client grades the provider: "a written form on which you grade our work"
  # plain English: "we will do a written check-up of how you are doing"
  | /\bcheck-?ups?\s+(?:of|on)\s+(?:how\s+)?(?:{provider}|you)\b/
  | /\b(?:grades?|rates?|scores?|marks?)\s+{provider's}\s+(?:[\w-]+\s+)?(?:work|performance|services?)\b/
  # ... or grades the provider itself on one: "we'll grade you on a scorecard that covers ..."
  | /\b(?:grade|grades|rate|rates|score|scores|assess|assesses|evaluate|evaluates)\s+{provider}\s+(?:on|against|using|with)\s+(?:a|an|the|our|its|their)\s+(?:[\w-]+\s+)?(?:scorecard|score\s+card|report\s+card)s?\b/
  # ... or one on how the provider did: "we'll fill in a Season Scorecard on how you did on the targets"
  | /\bscorecards?\s+(?:on|of)\s+how\s+(?:you|they|it|the\s+[\w-]+)\s+(?:did|performed|ha(?:s|ve)\s+(?:done|performed)|(?:is|are)\s+doing)\b/
  # ... or a scorecard named for the provider: "complete an Operator Scorecard rating the Operator on ..."
  | /\b{provider}\s+(?:scorecard|score\s+card|report\s+card)s?\b/
# What an evaluation informs: the decision to go on with the provider.
vocab life_continuation = "renewal" | "renew" | "extension" | "re-procure" | life_whether_continue
vocab life_each_season = /\b(?:at\s+the\s+(?:end|close)\s+of\s+)?(?:each|every)\s+(?:[\w-]+\s+)?(?:campaign|season|harvest|crop|cycle|intake)\b/
vocab life_whether_continue = /\bwhether\s+(?:or\s+not\s+)?to\s+(?:continue|extend|renew|retain|keep)\b/

vocab life_eval_verb = "evaluate" | "evaluation" | "assess" | "assessment" | "appraise" | "appraisal" | "score"
                     | "review"

vocab life_eval_object = "capabilities" | "capability" | "relationship" | "partnership" | "supplier's performance"
                       | "vendor's performance" | "provider's performance" | "contractor's performance"
                       | "performance of the supplier" | "performance of the vendor"
                       | "performance of the service provider" | "performance of the contractor"
                       # the provider by the contract's own name: "the OPERATOR's performance, capacity and compliance"
                       | /\b{provider's}\s+(?:[\w-]+\s+)?(?:performance|capabilit(?:y|ies)|capacity)\b/
                       # ... or after it: "a formal assessment of the performance and capacity of the Service Company"
                       | /\b(?:performance|capabilit(?:y|ies)|capacity)(?:\s+and\s+(?:performance|capabilit(?:y|ies)|capacity|value|compliance))?\s+of\s+(?:the\s+)?{provider}\b/
                       # ... or the provider itself, graded on something: "shall assess the Contractor on a scorecard"
                       | /\b(?:assess|evaluate|appraise|rate|score)(?:s|es|d|ed)?\s+(?:the\s+)?{provider}\s+(?:on|against|using)\b/
                       # ... or its scorecard: "review the Agreement, including the latest Agent Scorecard"
                       | /\b(?:{provider}|supplier|vendor|partner|provider|contractor)\s+scorecard\b/
                       # ... or the provider itself held to a measure: "assess the Contractor against the Contractor Scorecard"
                       | /\b{provider}\s+against\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:scorecard|criteria|balanced\s+scorecard)\b/

# ---- rules ---------------------------------------------------------------------------------------

rule LIFE-001 "A transition plan with knowledge transfer and a transition manager" {
  area: lifecycle
  severity: high
  source: "000 (partner lifecycle phases), 004 (proven transition managers, knowledge management)"
  # (A plan that "shall be mutually agreed" later is none yet.)
  require: (sentence mentions life_onboarding and mentions life_knowledge and not mentions life_exit
            and not mentions life_end and not mentions deferred)
           or (paragraph mentions life_onboarding and mentions life_knowledge and not mentions life_exit
               and not mentions life_end and not mentions deferred)
           # A section on the transition in ("Article 20 Transition": the plan in (1), the knowledge
           # transfer in (2)), not one that also covers the way out.
           or (section life_onboarding_heading mentions life_onboarding_any and mentions life_knowledge
               and not mentions life_exit and not mentions life_end)
           or (sentence obliges provider to life_transition_lead and not mentions life_exit and not mentions life_end)
           or (sentence obliges provider to life_appoint and mentions life_onboarding and not mentions life_exit
               and not mentions life_end)
  message: "No transition (onboarding) plan with knowledge transfer or a named transition manager was found."
  fix: "The Supplier shall perform the Transition Services in accordance with the Transition Plan in Schedule [X], which sets out the transition milestones, acceptance criteria and knowledge transfer activities to be completed before go-live. The Supplier shall appoint a dedicated Transition Manager, named in Schedule [Y], who shall be responsible for delivering the Transition Plan."
  tags: lifecycle, transition, knowledge-transfer
  examples {
    pass: """This Agreement is made between Harbour Salt Ltd (the "Client") and Tide Contact Ltd (the "Supplier").

The Supplier shall provide the Services to the Client.

## Setting up of the Service

The Service shall be set up during a setting-up phase according to the setting-up plan in Annex 1.

During that phase the Client's staff shall transfer to the Supplier's advisers their knowledge of the catalogue and the regular customers."""
    gap: """This Agreement is made between Harbour Salt Ltd (the "Client") and Tide Contact Ltd (the "Supplier").

The Supplier shall provide the Services to the Client.

## Setting up of the Service

The Service shall be set up during a setting-up phase according to the setting-up plan in Annex 1."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

The move of the customer line from your wharf office to us will take six weeks and will follow the transition plan at the end of this agreement. Your current office staff will train our agents side by side, so that we learn your freight rules before we take over."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

At the end of this agreement, we'll follow a transition plan and train your new provider's agents side by side for two weeks."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

## Getting started

Before the helpline opens, we will follow a six-week transition plan that we have agreed with you.

During those six weeks your staff will show our agents how vouchers are generated and loaded."""
    pass: """FIRST CONTRACTING PARTY: Quinta do Rochedo, Lda., a private limited company with registered office in Funchal (hereinafter the "Lodge" or the "First Party");

SECOND CONTRACTING PARTY: Ponte Contacto, S.A., a public limited company with registered office in Funchal (hereinafter the "Service Provider" or the "Second Party").

The Service Provider shall operate the orders desk of the Lodge on its behalf.

30. The Second Party shall install the Desk in accordance with the installation plan agreed between the Parties, which includes the transfer of knowledge from the Lodge's shipping staff and a trial period of two weeks."""
    gap: """FIRST CONTRACTING PARTY: Quinta do Rochedo, Lda., a private limited company with registered office in Funchal (hereinafter the "Lodge" or the "First Party");

SECOND CONTRACTING PARTY: Ponte Contacto, S.A., a public limited company with registered office in Funchal (hereinafter the "Service Provider" or the "Second Party").

The Service Provider shall operate the orders desk of the Lodge on its behalf.

30. The Second Party shall install the Desk at its own premises in Funchal."""
    pass: "2.2. For the period of the launch the Supplier shall appoint a launch coordinator, who shall be responsible for carrying out the Launch Programme and shall inform the Client weekly of its progress."
    gap: "2.2. The Client shall appoint a launch manager for each new tariff it introduces to the market."
    pass: "During an eight-week start-up period, the Contractor shall carry out the start-up plan in Annex 3, including no fewer than twelve knowledge-transfer sessions with the Principal's export sales team."
    pass: "The Contractor shall name a Transition Coordinator who manages the start-up plan until the Principal signs the acceptance note."
    gap: "The Contractor's start-up costs are included in the Charges."
    pass: "The Supplier shall perform the Transition Services in accordance with the Transition Plan, including knowledge transfer."
    pass: "The Vendor shall appoint a Transition Lead who shall be responsible for managing the Transition Services and shall report weekly to Company on progress against the Transition Plan."
    pass: "During the Mobilisation Period the Contractor shall complete knowledge transfer from the incumbent provider through shadowing and side-by-side listening."
    pass: "The Service Provider shall appoint a dedicated Transition Manager, named in Schedule 4, with day-to-day responsibility for delivering the onboarding of each queue."
    gap: "The Supplier shall commence the Services on the Effective Date."
    gap: "The Supplier shall have no obligation to provide knowledge transfer during the Transition Period."
    gap: "On termination the Supplier shall provide knowledge transfer to the Replacement Supplier in accordance with the Exit Plan."
    gap: "The Client shall appoint a Transition Lead to co-ordinate its own staff during the transition."
    gap: "Transition Plan: to be agreed by the parties."
    # The plan in one clause, the knowledge transfer in the next, under a heading of their own.
    pass: """## 12 Transition

12.1 The Contractor shall carry out the transition between 1 and 31 March in accordance with Annex 5.

12.2 The transition includes knowledge transfer from the Authority's in-house team through shadowing sessions."""
    gap: """## 12 Transition and Exit

12.1 The Contractor shall carry out the transition between 1 and 31 March in accordance with Annex 5.

12.2 On expiry the Contractor shall provide knowledge transfer to the Authority through shadowing sessions."""
    gap: """## 12 Transition

12.1 The Contractor shall carry out the transition between 1 and 31 March in accordance with Annex 5.

## 13 Training

13.1 The Contractor shall train its agents through shadowing sessions."""
    pass: """This contract is made between The Provincial Hospital Centre of Ouarzazate, hereinafter "the Hospital", and Draa Relation Client SARL, hereinafter "the Contractor". The Contractor shall operate the appointment call platform of the Hospital.

Article 3 - Start-up

6. The Contractor shall carry out the start-up of the service in accordance with the start-up plan in Annex 5.

7. The staff of the Hospital's admissions office shall provide the Contractor's teams with knowledge transfer sessions on the organisation of the consultations."""
    pass: """This contract is made between The Provincial Hospital Centre of Ouarzazate, hereinafter "the Hospital", and Draa Relation Client SARL, hereinafter "the Contractor". The Contractor shall operate the appointment call platform of the Hospital.

8. The Contractor shall appoint a start-up project manager, named in Annex 5, who shall manage the start-up until the acceptance report is signed by both parties."""
    gap: """This contract is made between The Provincial Hospital Centre of Ouarzazate, hereinafter "the Hospital", and Draa Relation Client SARL, hereinafter "the Contractor". The Contractor shall operate the appointment call platform of the Hospital.

Article 3 - Start-up

6. The Contractor shall start the service on the date of the service start order."""
    pass: """This agreement is between the Government of the Northwest Territories ("we", "us", "our") and Mackenzie Delta Contact Services Ltd. ("you", "your"). You will run the health card renewal line for us and we will pay your invoices.

A6. You will name a Start-up Lead who will lead the start-up until the service is running normally."""
    pass: """This agreement is between the Government of the Northwest Territories ("we", "us", "our") and Mackenzie Delta Contact Services Ltd. ("you", "your"). You will run the health card renewal line for us and we will pay your invoices.

A6. You will name a Start-up Lead who will lead the start-up until the service is running normally."""
    pass: """Joint-Stock Company "Qazaq Registry Centre", hereinafter referred to as the "Customer", and Limited Liability Partnership "Esil Contact", hereinafter referred to as the "Executor", have concluded this Contract. The Executor shall run the contact centre of the Customer.

4.1. Within 15 (fifteen) calendar days after signature the Executor shall submit a Commencement Plan covering recruitment, training of operators and the transfer of knowledge from the Customer's current operator. The Executor shall appoint a commencement manager responsible for the plan."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

3. The first 30 days after signature are the preparation period. During this period the Contractor shall appoint a Transition Officer, who shall manage the preparation period and report weekly to the Principal."""
    pass: """This Agreement is made between the Compensation Fund (the "Fund") and Dreitannen AG (the "Mandatary").

4.1 From signature until the start of operation the Mandatary shall carry out the introduction phase in accordance with the introduction plan agreed with the Fund. It appoints a transition manager who is responsible for the introduction phase."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

3. The first 30 days after signature are the preparation period, during which the Principal trains its own staff."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

20. The Contractor shall achieve go-live within thirty (30) days. A transition plan, including knowledge transfer from the Principal's existing desks, shall be mutually agreed between the Principal and the Contractor."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

20. The Contractor shall achieve go-live within thirty (30) days under the transition plan in Annex 4, which includes knowledge transfer from the Principal's existing desks."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

4.2 Within forty days of the start order the Contractor shall carry out the Implementation Plan approved by the Principal, including the absorption of knowledge from the Principal's officials on the rules, screens and standard answers."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

4.2 The Contractor shall carry out the Implementation Plan approved by the Principal, led by an Implementation Coordinator named in that plan, and its agents shall absorb the knowledge of the Principal's counter staff during a two-week pilot."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

4.2 The Contractor shall carry out the Implementation Plan approved by the Principal. Its agents will be trained by the Contractor's own trainers."""
  }
}

rule LIFE-002 "Expected benefits are measured and reported" {
  area: lifecycle
  severity: medium
  source: "004 (run outsourcing as a program; measurement and realisation of benefits)"
  require: (sentence mentions life_benefit and mentions life_measure and not mentions life_not_benefit
           and not ((mentions life_benefit_paid or obliges client to ("pay" | "remit")) and not mentions life_report))
    # The benefits named in one sentence, their realisation reported in the next ("... to achieve the
    # benefits below. The Supplier shall measure them and report their realisation every quarter",
    # "... the savings we promised. Every quarter we'll report how much of each has actually been achieved").
    or (paragraph mentions ("benefit" | "benefits" | life_benefit | life_wanted) and mentions life_realised and obliges provider to life_measure
        and not mentions life_not_benefit)
    # ... or the client measures them itself: "we expected three things ... Each year we'll measure
    # each of those against the figures from the last crop and send a written report"
    or (paragraph mentions life_wanted and mentions life_realised and obliges client to life_measure
        and mentions life_report and not mentions life_not_benefit)
    # A benefits table whose columns are the measurement: "| Benefit | Baseline | Target | Measured by | Reported |".
    or (at least 2 rows header mentions ("benefit" | "benefits" | life_benefit) and header mentions life_benefit_column
        and not header mentions life_not_benefit)
  message: "No measurement or reporting of the expected benefits of the outsourcing (savings, customer-experience outcomes) was found."
  fix: "The Supplier shall deliver to the Steering Committee each quarter a Benefits Report measuring the realisation of each benefit in the Business Case (including cost, efficiency and customer-experience outcomes) against its baseline and target, explaining any shortfall and the actions proposed to close it."
  tags: lifecycle, benefits, programme-management
  examples {
    pass: """This Agreement is made between Adventdalen Ekspedisjon AS (the "Customer") and Nordlys Kundesenter AS (the "Supplier").

The Supplier shall provide the Services to the Customer.

The Customer has outsourced the customer service in order to achieve three gains: more courses booked; fewer courses cancelled; and a lower cost per booking. The Supplier shall measure these gains and report on them every half-year."""
    pass: """This Contract is made between Syndicat du Lagon (the "Authority") and Lagon Relation SAS (the "Holder").

The Holder shall answer calls for the Authority.

7.2 The Programme Note sets out the results the Authority expects from outsourcing the helpline. Each quarter the Holder shall report to the Authority on the progress achieved against each of those expected results."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Each quarter you will give us a short report showing what the booking line is delivering against the benefits we set out when we started: fewer lost bookings and a lower cost per booking."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Each quarter you will give us a short report on call volumes. The benefits we hoped for when we started are our own business."""
    pass: """This Agreement is made between Kestrel Point Trails Authority (the "Authority") and Bramble Reach Contact Services Limited (the "Contractor").

The Contractor shall answer the visitors of the Authority on its behalf.

8.7 The Contractor shall keep a Value Book that measures the gains sought from this Agreement, namely more direct bookings and fewer unanswered enquiries, against the baseline for the 2024 season."""
    gap: """This Agreement is made between Kestrel Point Trails Authority (the "Authority") and Bramble Reach Contact Services Limited (the "Contractor").

The Contractor shall answer the visitors of the Authority on its behalf.

8.7 The Contractor shall keep a Value Book that lists the gains sought from this Agreement, namely more direct bookings and fewer unanswered enquiries."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

We want this arrangement to bring down our cost per booking and cut the number of late bookings. After each season, you will measure each of these against our 2025 figures and send us a short report with the results."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

We want this arrangement to bring down our cost per booking and cut the number of late bookings. After each season, we will send you our programme for the next season."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

## What we expect to gain

| Expected gain | Where we start | Where we want to be | How we check |
|---|---|---|---|
| Fewer repeat calls | 22% | 15% | Monthly call data |
| Lower cost per rebate | $14 | $11 | Quarterly cost report |"""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

## What we expect to gain

| Expected gain | Where we start | Where we want to be |
|---|---|---|
| Fewer repeat calls | 22% | 15% |
| Lower cost per rebate | $14 | $11 |"""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

When we moved the line to you, we expected three things: faster answers, fewer complaints and a lower cost per call. Each year we'll measure each of those against last year's figures and send a written report on the results to you."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

When we moved the line to you, we expected three things: faster answers, fewer complaints and a lower cost per call."""
    pass: """This contract is made between Société des Hévéas du Moungo S.A. ("the Principal") and Wouri Relation Clients SARL ("the Service Company").

## Article 11 - Expected Gains

The business case summarised in Annex 6 lists the gains the Principal expects from the Desk. The Service Company reports each half-year on the attainment of each gain, measured against the starting situation recorded in Annex 6."""
    gap: """This contract is made between Société des Hévéas du Moungo S.A. ("the Principal") and Wouri Relation Clients SARL ("the Service Company").

## Article 11 - Expected Gains

The business case summarised in Annex 6 lists the gains the Principal expects from the Desk. The Service Company may comment on the business case."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

We want to raise the share of bookings made directly with us from 35% to 50% by the end of the second year. You will report to us each quarter on progress towards these goals against the figures for the 2025 season, and we will review the report together."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

We want to raise the share of bookings made directly with us. You will report to us each quarter on your answer times."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

We expect this arrangement to cut our staff costs, but we won't track or report those savings formally."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

We expect this arrangement to cut our staff costs. You'll track those savings against the baseline in Annex 2 and report them to us every quarter."""
    pass: "15.1 The Supplier shall report to the Steering Committee twice a year on the achievement of the expected gains listed in Annex 2, measured by the indicators stated in that Annex."
    gap: "15.1 The Parties hope for gains from this arrangement; no indicator of them shall be kept."
    pass: "6.3. The expected results of the transfer of the booking function to the Supplier are set out in the Client's business plan. The Supplier shall prepare each quarter a report on the achievement of these expected results, comparing them with the situation before the launch."
    gap: "6.3. The Supplier shall prepare each quarter a report on the results of its calls."
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

Every quarter we'll send you a short report comparing your cost per booking and your average wait with the baseline from the twelve months before the line started."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

Every quarter we'll send you a report on call volumes and average wait."""
    pass: "The Contractor shall report each quarter on the benefits the Authority expects from the Helpdesk, each against the 2024 baseline."
    gap: "The benefits the Authority expects from the Helpdesk are described in the Council's report of 2024."
    pass: "20. The parties expect the arrangement to deliver the outcomes in the table below. The Supplier shall measure each of them and report on them to the Client every six months, comparing the result with the figure for 2024."
    gap: "20. The parties expect the arrangement to deliver the outcomes in the table below."
    pass: "The Supplier shall report to the Supervisory Council each quarter on the expected effects of the Services listed in Table 3, comparing the results with the 2024 figures."
    pass: """This agreement is between Northern Reach Rentals Ltd. ("we") and Tagish Contact Co. ("you").

You will answer our customers on our behalf.

These are the results we want from using you. You'll measure each one and report on it to us every quarter, comparing it with where we started."""
    gap: """This agreement is between Northern Reach Rentals Ltd. ("we") and Tagish Contact Co. ("you").

You will answer our customers on our behalf.

The benefits we expect from this arrangement are described in our board report of 12 March 2025."""
    pass: "13.1 The parties expect the Services to produce the benefits below. The Supplier shall measure each benefit and report on it to the Client each quarter."
    gap: "13.1 The parties expect the Services to produce the benefits below. The Supplier is not required to measure each benefit or report on it."
    pass: """TehnoLeasing Prim S.R.L. (the "Beneficiary") engages Nistru Support Hub S.R.L. (the "Executant") to answer its Lessees' calls.

(1) The Parties entered into this Contract to obtain the results set out in the table below. The Executant reports on progress towards each of them every quarter.

| Expected result | Baseline | Target |
|---|---|---|
| Cost per handled contact | MDL 61 | MDL 48 |"""
    gap: """TehnoLeasing Prim S.R.L. (the "Beneficiary") engages Nistru Support Hub S.R.L. (the "Executant") to answer its Lessees' calls.

(1) The Parties entered into this Contract to obtain the results set out in the table below, which the Beneficiary keeps for information only.

| Expected result | Baseline | Target |
|---|---|---|
| Cost per handled contact | MDL 61 | MDL 48 |"""
    gap: """TehnoLeasing Prim S.R.L. (the "Beneficiary") engages Nistru Support Hub S.R.L. (the "Executant") to answer its Lessees' calls.

The test plan shall list the expected results of each test, and the Executant shall report progress against the plan."""
    pass: """This agreement is between Prairie Line Inc. ("we") and Red Coulee Ltd. ("you"). We will answer your calls.

Schedule D sets out the savings and farmer-experience gains we promised in our proposal. Every quarter we'll report to you on how much of each has actually been achieved, measured against your 2024 figures."""
    gap: """This agreement is between Prairie Line Inc. ("we") and Red Coulee Ltd. ("you"). We will answer your calls.

Schedule D sets out the savings and farmer-experience gains we promised in our proposal. Every quarter we'll report to you on call volumes by store."""
    pass: "(1) The Client outsources these contacts in order to achieve the benefits below. The Supplier shall measure them and report their realisation to the Board every quarter."
    gap: "(1) The Client outsources these contacts in order to achieve the benefits below. The Supplier shall report its staffing to the Board every quarter."
    pass: "The Supplier must measure these benefits and report on them to the Client each quarter, comparing results against the starting point."
    pass: "11.2 The Supplier shall measure the achievement of these benefits and shall deliver to the Client each quarter a report on their realisation."
    gap: "11.2 The Supplier shall describe these benefits to its staff at induction."
    pass: """| Benefit | Baseline (2024) | Target | Measured by | Reported |
|---|---|---|---|---|
| Time from first call to engineer dispatch | 38 minutes | 20 minutes | dispatch data | quarterly to the Steering Council |
| Cost per call | 3.10 | 2.40 | invoices and call counts | quarterly to the Steering Council |"""
    gap: """| Benefit | Description |
|---|---|
| Faster dispatch | The Client expects engineers to be sent sooner. |
| Lower cost | The Client expects a lower cost per call. |"""
    pass: "Each quarter the Supplier shall deliver a benefits statement measuring the cost per request and the share of repeat requests against the values before the transition."
    gap: "Each quarter the Supplier shall deliver a statement of the employee benefits it provides to its agents."
    pass: "The Contractor shall measure and report each of these outcomes against the baseline in Attachment 1 in a Quarterly Outcomes Report."
    gap: "The Contractor shall report call volumes against the forecast in a Quarterly Report."
    pass: "Each quarter the Supplier shall report on the benefits set out in the Client's programme charter, namely fewer repeat calls and shorter waits, against the 2024 baseline."
    gap: "Each quarter the Supplier shall report on call volumes set out in the Client's forecast."
    pass: "The Supplier shall report quarterly on the realisation of the Benefits set out in the Business Case."
    pass: "The Vendor shall track the cost savings achieved against the baseline in Exhibit E and present them at each Quarterly Business Review."
    pass: "The Service Provider shall maintain a benefits register and measure each expected benefit against its target every six (6) months."
    pass: "The Contractor shall deliver a monthly dashboard showing the efficiency gains and customer-experience outcomes delivered against the Business Case."
    gap: "The Supplier shall not be liable for any loss of profits, revenue or anticipated savings."
    gap: "The parties expect the outsourcing to deliver the benefits described in the Business Case."
    gap: "The Supplier is not required to measure or report on the benefits in the Business Case."
    gap: "The Vendor shall report monthly on call volumes, for the benefit of the Company's planning team."
    gap: "Changes to business processes that would provide cost savings to the Buyer may be proposed by the Supplier."
    pass: "Each quarter the Vendor shall deliver a Program Value Report measuring drop-off and time-to-therapy against the Program Charter baseline."
    pass: "The Supplier will send the Customer a quarterly report showing churn against the baseline, so that both parties can see whether the pilot is delivering what it is meant to deliver."
    gap: "The Client will decide at its sole discretion whether the pilot is delivering value."
    pass: "Every quarter, the Supplier shall present to the Steering Committee a measurement of how far the expected benefits in the Business Case have been achieved."
    gap: "The expected benefits in the Business Case are not measured under this Agreement."
    pass: "Twice a year the Provider shall present to the Partnership Board a report on the realisation of the agreed Transformation Benefits, compared with their baselines."
    gap: "If the Contractor's process changes lower the Customer's cost per contact below the baseline, the Customer shall pay the Contractor one third of the verified cost savings for each Contract Year."
    pass: "The Vendor shall report each quarter the cost savings verified against the baseline, and the Company shall pay the Vendor twenty per cent (20%) of those savings as a gain-share."
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

25. Each quarter the Supplier will report to the Client on whether the gains the Client expected from this arrangement are being realised, comparing each with the baseline figures for the three months before the start date."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

25. The gains the Client expected from this arrangement are described in the recitals for information only."""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

11.2 The benefits expected by the Client from this agreement are those in the following table. The Supplier shall measure them and report the results to the Client every six months."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

11.2 The benefits expected by the Client from this agreement are those in the following table, given for information only. The Supplier shall report its call volumes to the Client every six months."""
    pass: """This Master Services Agreement is entered into by Front Range Community Credit Union ("Credit Union") and Summit Ridge Contact Solutions, LLC ("Vendor"). Vendor shall provide member contact center services to Credit Union.

9. Benefits Baseline. The benefits hoped for are a lower cost per Member contact and higher first-contact resolution. Vendor shall report progress against this Benefits Baseline each quarter at the QBR."""
    gap: """This Master Services Agreement is entered into by Front Range Community Credit Union ("Credit Union") and Summit Ridge Contact Solutions, LLC ("Vendor"). Vendor shall provide member contact center services to Credit Union.

9. Benefits Baseline. [Reserved.]"""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

6.10 The Supplier shall report each quarter on progress toward the Expected Outcomes stated in the Client's award decision: a reduction in missed appointments from 20% to 12%."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

6.10 The Supplier shall report each quarter on the number of calls handled."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

17.1 The business case of the Principal aims to shorten the average switching time from twelve to six days. The Contractor reports quarterly on the achievement of these objectives."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

9.3 The Contractor shall report quarterly on the realisation of the Project Objectives at Annex 1, against the baseline recorded by the Principal at go-live."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.6 The Contractor shall report to the Principal each quarter on the achievement of the goals of the project as defined in the tender: the reduction in walk-in visits, the share of registrations completed online and the cost per handled enquiry."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.6 The goals of the project are defined in the tender: the reduction in walk-in visits, the share of registrations completed online and the cost per handled enquiry."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

3.3 The Contractor shall submit a Service Report to the Savings Bank by the fifth Bank Working Day of each month, showing the Service Levels achieved and contact volumes by topic."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

3.3 The Contractor shall submit a report to the Principal by the fifth working day of each quarter, measuring the savings achieved against the baseline in the business case."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

6.9 The Contractor shall report to the Principal each quarter on progress against the objectives of the Principal's relocation work plan that concern the Hotline, namely reducing the number of petitions by 20% and shortening the time to payment."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

6.9 The Contractor shall follow the Principal's relocation work plan, whose objectives include reducing the number of petitions by 20% and shortening the time to payment."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

12.1 The Principal expects from the contract a reduction of fifteen percent (15%) in the number of late declarations. The Contractor shall present every quarter to the Steering Committee a measurement of these benefits, using the figures supplied by the Principal."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

12.1 The Principal expects from the contract a reduction of fifteen percent (15%) in the number of late declarations."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

9.3 The Contractor shall deliver to the Principal, every quarter, a Programme Results Report with the number of enrolments, the amounts recovered and the cost per contact, compared with the estimates of the Feasibility Study that justified the contracting."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

9.3 The Contractor shall deliver to the Principal, every quarter, a report with the number of enrolments, the amounts recovered and the cost per contact. A Feasibility Study was prepared before the tender."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

17.2 A note annexed to the report of the Principal's board describes the expected gains of the outsourcing; it is attached for information only."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.6 Each quarter the Contractor shall report on the achievement of the target effects of the Services agreed when the Contract was concluded: the reduction of visits to branches for information only, and the share of deposits renewed."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

14.1 The Contractor shall report each quarter on the outcomes set out in the baseline of its technical proposal, compared with the baseline figures."""
  }
}

# The help lasting for a period, not a deadline for one act ("within 7 days after the end").
vocab life_help_period = /\bfor\s+(?:up\s+to\s+|a\s+(?:further\s+)?period\s+of\s+(?:up\s+to\s+)?|not\s+less\s+than\s+|at\s+least\s+|a\s+maximum\s+of\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four|thirty|sixty|ninety)\s+(?:\(\d+\)\s+)?(?:(?:business|working|calendar)\s+)?(?:days|weeks|months|years|month|year)\b/

rule LIFE-003 "Exit assistance for a stated period" {
  area: lifecycle
  severity: high
  source: "000 (engagement lifecycle), common practice"
  # (Handing back what the client lent is no exit help: "Upon termination of the Contract the Operator shall
  # hand over to the Ordering Party, within five days, all documents and data which it received from it".)
  require: (sentence obliges provider to (life_exit | life_transfer) and mentions (life_exit | life_end)
            and has duration and not (mentions life_return_only and not mentions at least 2 different life_transfer))
           or ((sentence obliges provider to (life_exit | life_transfer) and mentions (life_exit | life_end)
                and not (mentions life_return_only and not mentions at least 2 different life_transfer))
               and (sentence mentions life_exit and has duration))
           # (The period must be the help's: "we will help hand over ..., at our usual hourly rates. We will
           # send you your guests' booking records within 7 days" states none.)
           # ("... keep helping you for up to 3 months. During that time we will ... hand over all open bookings")
           or (paragraph obliges provider to (life_exit | life_transfer) and mentions (life_exit | life_end)
               and (obliges provider to (life_exit | life_transfer) with duration or mentions life_help_period)
               and not (mentions life_return_only and not mentions at least 2 different life_transfer))
  message: "No exit (termination) assistance for a stated period, handing over or transferring the services on expiry or termination, was found."
  fix: "On expiry or termination of this Agreement for any reason, and during any notice period, the Supplier shall provide the exit services described in the Exit Plan, including knowledge transfer to the Client or a Replacement Supplier and the continued provision of the Services at the then current Charges, for a period of up to twelve (12) months as requested by the Client."
  tags: lifecycle, exit, termination-assistance
  examples {
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

If this agreement ends and you ask us, we will help hand over to whoever takes over from us, at our usual hourly rates. We will send you your guests' booking records within 7 days after the end."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

When these terms end, for any reason, we will keep helping you for up to 3 months. During that time we will hand over all open bookings and contact records and brief your new provider."""
    pass: """This Contract is made between Syndicat du Lagon (the "Authority") and Lagon Relation SAS (the "Holder").

The Holder shall answer calls for the Authority.

17.1 At the end of the Contract, for any reason, the Holder shall ensure the reversibility of the service for a period of four months and hand over the answer guides and open files to the new holder."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

For up to three months after these terms end, you'll keep helping us move the line to whoever takes over, including handing over your scripts and knowledge articles."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

When these terms end, you'll send us your final invoice and return our equipment."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

If this agreement ends, you'll keep running the booking line for up to four months if we ask, and you'll help hand the work over to us or to a new company."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

If this agreement ends, you'll stop taking calls on the last day and return our materials."""
    gap: """The Buyer appoints the Supplier to operate its service desk.

5.1 The Supplier shall:

5.1.1 ensure that each release of any new Supplier Software complies with the Buyer's interface requirements and notify the Buyer three (3) Months before the release; and

5.1.2 provide the Services with reasonable skill and care."""
    pass: """This agreement is between Harbour Foods Pty Ltd ("you") and Callwell Pty Ltd ("we", "us"). You will pay us the fees.

When this agreement ends, for up to three months afterwards we'll help you move the work to another provider or back in-house."""
    gap: """This agreement is between Harbour Foods Pty Ltd ("you") and Callwell Pty Ltd ("we", "us"). You will pay us the fees.

When this agreement ends, you may move the work to another provider or back in-house."""
    pass: "For four (4) months after expiry or termination the Supplier shall, if the Client asks, continue to run the helpline, transfer the call flows, scripts and knowledge articles, and train the staff of the Client or its new helpline operator."
    gap: "For four (4) months after the start date the Supplier shall transfer the call flows and scripts of the Client's old helpline into its own platform."
    pass: "For up to 90 days after this Order Form ends, Provider will continue the Services as Customer needs and transfer its knowledge to Customer or Customer's new provider."
    pass: "For up to six months after this agreement ends, the Supplier will help the Council move the helpline to the Council or to a new provider."
    gap: "When this agreement ends, the Supplier will return the Council's equipment within ten days."
    pass: "On the Contracting Officer's written notice, the Contractor shall provide phase-out services for up to ninety (90) days after the task order expires, including knowledge transfer to the successor."
    pass: "Upon termination the Supplier shall provide Termination Assistance Services for up to twelve (12) months."
    pass: "Upon expiration or any termination of this Agreement, Vendor shall, at Company's request, continue to provide the Services and provide reasonable assistance to transfer the Services to Company or its designee for a period of up to six (6) months."
    pass: """The Service Provider shall comply with the Exit Plan and co-operate fully with the Bank and any Replacement Supplier during the Exit Period.

"Exit Period" means the period of nine (9) months following the date of any notice of termination."""
    pass: "For a period of ninety (90) days after expiry, the Contractor shall hand over all process documentation, call recordings and knowledge articles to the Customer or the successor provider."
    gap: "The Supplier shall have no obligation to provide any exit, handover or transition assistance on termination."
    gap: "On termination the Supplier shall provide reasonable assistance to the Client in transferring the Services to a Replacement Supplier."
    gap: "Either party may terminate this Agreement on ninety (90) days' notice."
    gap: "On expiry, the Client shall provide the Supplier with access to its premises for thirty (30) days to remove its equipment."
    gap: "Within thirty (30) days after termination the Vendor shall return or destroy all Confidential Information."
    pass: """Contract between Rhein-Mosel Stadtwerke GmbH, Koblenz (hereinafter "Party A"), and Vistara BPO S.R.L., Cluj-Napoca (hereinafter "Party B"). Party B shall render customer-service services for the energy customers of Party A.

Article 28 (Obligations upon termination)
(1) Upon termination of the contract, for whatever reason, Party B shall support Party A for a period of up to six months in transferring the services to Party A or to a third party designated by Party A.
(2) Within that period Party B shall in particular hand over all process documentation and impart its knowledge of the services through training sessions."""
    pass: """This agreement is between Pinecrest Credit Union ("we", "us") and Lumen Support LLC ("you"). You will answer our members' phone, chat and email questions on our behalf.

18. When this agreement ends

When this agreement ends for any reason, you will keep helping us for up to four months while we move the work back in-house or to another firm. During that time you will hand over your procedures and knowledge articles and run training sessions for whoever takes over."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

Article XII. Upon termination of the Contract the Contractor shall hand over to the Principal, within five days, all documents and data which it received from the Principal in connection with the performance of the Contract."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

Article XII. Upon termination of the Contract the Contractor shall, for a period of three months, hand over the open requests to the Principal or its new operator and provide knowledge transfer to their staff."""
    pass: """This Agreement is made between Studentenwerk Marburg (the "Principal") and Lahn Kontakt GmbH (the "Contractor"). The Contractor shall operate the housing service line.

§ 14 Upon termination or expiry, the Contractor supports the Principal or a successor named by the Principal for up to six months in taking over the service and hands over the knowledge base and open orders."""
    gap: """This Agreement is made between Studentenwerk Marburg (the "Principal") and Lahn Kontakt GmbH (the "Contractor"). The Contractor shall operate the housing service line.

§ 14 Upon termination or expiry, the Principal decides whether to ask the Contractor for support in handing over the service."""
    gap: """The Nusantara Halal Service Centre, hereinafter referred to as "the Employer", and PT Sepaku Layanan Prima, hereinafter referred to as "the Vendor", agree as follows. The Vendor shall operate the certification helpdesk.

Article 19

(3) Upon termination or expiry, the Vendor shall hand over all documents and data relating to the Work to the Employer within 14 (fourteen) calendar days."""
    pass: """The Nusantara Halal Service Centre, hereinafter referred to as "the Employer", and PT Sepaku Layanan Prima, hereinafter referred to as "the Vendor", agree as follows. The Vendor shall operate the certification helpdesk.

Article 19

(3) Upon termination or expiry, the Vendor shall for 3 (three) months assist the Employer or its new vendor in taking over the helpdesk, including knowledge transfer and parallel running."""
    pass: """This Agreement is made between the Compensation Fund (the "Fund") and Dreitannen AG (the "Mandatary").

14.1 After the end of the Agreement, for whatever reason, the Mandatary supports the return of the service to the Fund or to a successor for up to four months."""
    gap: """This Agreement is made between the Compensation Fund (the "Fund") and Dreitannen AG (the "Mandatary").

14.1 After the end of the Agreement, the Mandatary returns the documents of the Fund within four months."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

12.4. Within two months after expiry or termination of the Contract the Contractor shall transfer to the Principal, or to a new executor indicated by the Principal, the reference materials, answer scripts and call recordings, and shall provide consultations to the Principal's staff."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

12.4. On expiry of the Contract the Contractor shall destroy the call recordings within two months."""
  }
}

vocab life_provider_report = /\b(?:deliver|send|provide|submit|prepare|produce|issue)\w*\s+(?:to\s+the\s+[\w-]+\s+)?(?:a|an|the|its)\s+(?:[\w-]+\s+){0,3}?(?:scorecard|report|statement)s?\b/
  | /\breports?\s+(?:on\s+)?progress\b/
vocab life_staff_appraisal = /\b(?:appraisals?|reviews?|evaluations?|assessments?)\s+of\s+(?:each|every|its|all|the|their)\s+(?:[\w-]+\s+){0,3}?(?:agents?|employees?|staff|personnel|advis[eo]rs?|team\s+members?)\b/

rule LIFE-004 "The partner is formally evaluated at intervals" {
  area: lifecycle
  severity: medium
  source: "000 (evaluate your partner's capabilities to decide your long-term future)"
  # (A scorecard "set out in Annex F", where Annex F is "[Intentionally left blank]", scores nothing.)
  # (Nor is the provider's appraisal of its own people: "an annual performance appraisal of each agent".)
  # (Nor is a scorecard or statement the provider itself delivers: "The Agent shall deliver to the Yard a
  # weekly performance scorecard", "a quarterly Benefits Statement ... the Buyers' supplier scorecard ratings".)
  require: (sentence mentions life_evaluation and has frequency <= quarterly and not mentions empty_part_ref
            and not mentions life_staff_appraisal and not obliges provider to life_provider_report)
           or (sentence mentions life_eval_verb near life_eval_object within 6 words and has frequency <= twice a year
               and not mentions empty_part_ref)
           # (An evaluation the client may hold "if it deems it appropriate" is none.)
           or (sentence mentions life_evaluation and mentions life_continuation
               and not mentions optional and not mentions empty_part_ref)
           # "a formal written evaluation of the Service Provider's performance and capabilities. The
           # Exporter shall take the evaluation into account when deciding whether to continue"
           # (A review held once, before the term ends, to talk about renewal is CM-003's review point;
           # this one comes round with each season.)
           or (paragraph mentions life_eval_verb near life_eval_object within 6 words and mentions life_whether_continue
               and (has frequency or mentions life_each_season)
               and not mentions optional and not mentions empty_part_ref)
  message: "No periodic formal evaluation of the provider's performance and capabilities (relationship health check, annual assessment or partner scorecard) was found."
  fix: "Once in each Contract Year the parties shall carry out a joint Relationship Assessment, scoring the Supplier's performance, capabilities, innovation and cultural fit against the partner scorecard in Schedule [X]; the results shall be reported to the Steering Committee and shall inform any decision on renewal or extension."
  tags: lifecycle, partner-evaluation, relationship
  examples {
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Every June we will do a review with you: a scorecard of your results, your team's skills and how well we work together. We will use it to decide whether to keep going with this agreement."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Every June we will send you a summary of the bookings we took."""
    gap: """This Agreement is made between Maine Boatyard Inc. (the "Yard") and Harbor Contact LLC (the "Agent").

The Agent shall provide the Services to the Yard.

4.3 The Agent shall deliver to the Yard a weekly performance scorecard during each Season, showing achievement against each Service Level."""
    pass: """This Agreement is made between Maine Boatyard Inc. (the "Yard") and Harbor Contact LLC (the "Agent").

The Agent shall provide the Services to the Yard.

4.3 At the end of each Season the Yard shall complete a performance scorecard rating the Agent's work and capabilities, and shall discuss it with the Agent."""
    gap: """This Agreement is made between Dhaka Garments Ltd (the "Company") and Buyer Desk Ltd (the "Service Provider").

The Service Provider shall provide the Services to the Company.

Section 8.06 The Service Provider shall prepare a quarterly Benefits Statement measuring the benefits set out in the Company's business case, namely the improvement in Buyers' supplier scorecard ratings."""
    gap: """This Agreement is made between Windward Medical School B.V. (the "School") and Simpson Bay Contact N.V. (the "Contractor").

The Contractor shall run the aid desk of the School.

4.6 The Contractor shall conduct an annual performance appraisal of each Aid Desk agent."""
    pass: """This Agreement is made between Windward Medical School B.V. (the "School") and Simpson Bay Contact N.V. (the "Contractor").

The Contractor shall run the aid desk of the School.

4.6 The School shall conduct an annual performance appraisal of the Contractor."""
    pass: """This Contract is entered into by the Department of Coastal Parks (the "Agency") and Blue Ridge Contact Solutions, LLC (the "Contractor").

The Contractor shall answer the visitors of the Agency on its behalf.

8.02 The Agency shall complete an annual Contractor Performance Assessment covering service quality and value for money."""
    gap: """This Contract is entered into by the Department of Coastal Parks (the "Agency") and Blue Ridge Contact Solutions, LLC (the "Contractor").

The Contractor shall answer the visitors of the Agency on its behalf.

8.02 The Agency may complete a Contractor Performance Assessment if it wishes."""
    pass: """This Contract is made between the Union of Shea Producers of Leo (the "Union") and Faso Appel SARL (the "Service Company").

The Service Company shall operate, on behalf of the Union, a buyer order desk.

Each year, the Union shall carry out a formal assessment of the performance and capacity of the Service Company."""
    gap: """This Contract is made between the Union of Shea Producers of Leo (the "Union") and Faso Appel SARL (the "Service Company").

The Service Company shall operate, on behalf of the Union, a buyer order desk.

Each year, the Union shall carry out a formal assessment of the capacity of its own warehouses."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

After every season, we'll fill in a Season Scorecard on how you did on the targets and how easy you were to work with."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

After every season, we'll fill in a Season Scorecard on how many guests visited the farm."""
    pass: """This Agreement is made between Stanley Fleece Growers Co-operative Limited (the "Co-operative") and Port Louis Business Services Limited (the "Operator").

The Operator shall operate the grower payments desk for the Co-operative.

(b) Before the end of each Agreement year the Co-operative shall complete an Operator Scorecard rating the Operator on Service Levels, accuracy and cooperation."""
    gap: """This Agreement is made between Stanley Fleece Growers Co-operative Limited (the "Co-operative") and Port Louis Business Services Limited (the "Operator").

The Operator shall operate the grower payments desk for the Co-operative.

(b) The Co-operative may complete an Operator Scorecard if it wishes."""
    pass: """This Agreement is made between Harbour Charters Ltd (the "Company") and Windward Bookings Ltd (the "Agent").

The Agent shall answer the guests of the Company on its behalf.

5.7 Once in every contract year, and before any renewal, the Board shall assess the Agent against the Agent Scorecard and record the result in its minutes."""
    gap: """This Agreement is made between Harbour Charters Ltd (the "Company") and Windward Bookings Ltd (the "Agent").

The Agent shall answer the guests of the Company on its behalf.

5.7 Before the first guest is booked, the Board shall assess the Agent against the Agent Scorecard and record the result in its minutes."""
    pass: """This Contract is made between Société des Mangues du Kénédougou SA ("the Exporter") and Sikasso Relation Clients SARL ("the Service Provider").

Article 17. At the end of each campaign the Exporter shall carry out a formal written evaluation of the Service Provider's performance and capabilities. The Exporter shall take the evaluation into account when deciding whether to continue the Contract for the following campaign."""
    gap: """This Contract is made between Société des Mangues du Kénédougou SA ("the Exporter") and Sikasso Relation Clients SARL ("the Service Provider").

Article 17. At the end of the first campaign the Exporter shall carry out a formal written evaluation of the Service Provider's performance and capabilities."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Once a year, in May, after the Carnival rush, we will do a written check-up of how you are doing: the quality of calls we have listened to, customer complaints and the accuracy of orders. We will use the check-ups to decide whether to offer you a new agreement when this one ends."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Once a year, in May, our tuners will do a check-up of every pan in the yard."""
    gap: """This Agreement is between Acme Foods Ltd (the "Client") and Beacon Contact Ltd (the "Supplier").

48. The Parties' annual partner scorecard is set out in Annex F.

## Annex F - Partner Scorecard

[Intentionally left blank]"""
    pass: """This Agreement is between Acme Foods Ltd (the "Client") and Beacon Contact Ltd (the "Supplier").

48. The Parties' annual partner scorecard is set out in Annex F.

## Annex F - Partner Scorecard

| Area | Weight |
|---|---|
| Quality of service | 40% |
| Innovation | 30% |
| Cultural fit | 30% |"""
    pass: "35. Each year, before 1 December, the Client shall carry out an attestation of the Supplier, assessing the quality of the Services and the qualification of its operators."
    gap: "35. The Executor shall carry out an annual attestation of its own operators and keep the results on file."
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Each year, a month before the anniversary of this agreement, we'll grade you on a scorecard that covers how the line performed and how easy you are to work with."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Each year you'll grade your own agents on a scorecard that covers call quality."""
    pass: "Every year in March the Client shall assess the Supplier against the partner scorecard in Schedule 6."
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

Each year we'll grade our team leaders on a scorecard and share the results with you."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

After each season you'll complete a written form on which you grade our work on the phones, the website and problem-solving, and you'll use it to decide whether to renew."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

After each season we'll complete a written form on which we grade our suppliers' work."""
    pass: "17.3 Each year the Client shall carry out a partner review of the Supplier, assessing its results against the Service Levels and its capacity to handle growth."
    pass: "Each year, in November, the Client shall carry out a formal evaluation of the Supplier, covering the quality of its service and the stability of its personnel."
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Every year, in August, we'll give you a written report card on how you did. We'll use the report cards when we decide whether to renew."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

You will complete an annual self-assessment of your service for your own management purposes."""
    gap: "The Client may, if it deems it appropriate, conduct an evaluation of the Supplier before any renewal."
    pass: """This agreement is between Fundy Shore Venues Inc. ("we", "us") and Petitcodiac Guest Line Ltd. ("you"). You will answer calls from couples booking our venues.

Each year, after the wedding season, we'll hold an Annual Partnership Check. We'll score how the partnership is going and we'll both sign the scorecard."""
    gap: """This agreement is between Fundy Shore Venues Inc. ("we", "us") and Petitcodiac Guest Line Ltd. ("you"). You will answer calls from couples booking our venues.

If either of us asks, we may hold a Partnership Check."""
    pass: "15.2 Each year the Supplier Management Unit shall carry out a formal evaluation of the Supplier's performance, capacity and compliance, and shall communicate the result to the Joint Board."
    gap: "15.2 Each year the Supplier shall carry out a formal evaluation of its agents' knowledge of the fares."
    pass: "The parties shall conduct an annual relationship assessment."
    pass: "a supplier performance scorecard reviewed annually"
    pass: "Every six (6) months the Company shall evaluate the Vendor's capabilities and innovation against the partner criteria in Exhibit F."
    pass: "The results of each Relationship Health Check shall be considered by the Client when deciding whether to renew this Agreement."
    pass: "The parties shall hold a relationship health check every quarter."
    gap: "The Vendor shall deliver a monthly performance scorecard showing its performance against each Service Level."
    gap: "The Supplier shall not be subject to any performance review or assessment of its capabilities."
    gap: "The Supplier shall not be subject to any annual performance review."
    gap: "The Operational Management Group shall meet monthly to review performance against the Service Levels."
    gap: "The Client may from time to time review the relationship with the Supplier."
    gap: "The Supplier shall carry out an annual review of its own pricing."
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

17.1 At the close of each season the Principal's Oversight Unit shall assess the Contractor on a scorecard covering results against the Service Levels and cooperation."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

17.1 At the close of each season the Contractor shall assess its own team leaders on a scorecard covering attendance and coaching."""
    pass: """This contract is made between The Provincial Hospital Centre of Ouarzazate, hereinafter "the Hospital", and Draa Relation Client SARL, hereinafter "the Contractor". The Contractor shall operate the appointment call platform of the Hospital.

43. Each year, the Hospital draws up an annual evaluation report of the Contractor covering the quality of service, the feedback of patients and cooperation. This report is examined by the Strategic Steering Committee for the renewal decision."""
    gap: """This contract is made between The Provincial Hospital Centre of Ouarzazate, hereinafter "the Hospital", and Draa Relation Client SARL, hereinafter "the Contractor". The Contractor shall operate the appointment call platform of the Hospital.

43. Each year, the Contractor draws up an activity report of the platform covering the number of calls handled and bookings made."""
    pass: """This Contract is made between Alabarda Fibra S.p.A. (the "Company") and Carso Contact Center S.r.l. (the "Supplier"). The Supplier shall provide customer care for the Company's fibre customers.

21.1 Every year the Company's Vendor Management function carries out a vendor rating of the Supplier, assessing the service levels achieved, the quality of the relationship and its capabilities. The vendor rating is taken into account in the decision on renewal."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.6 Once a year the Contractor shall be evaluated by the Contract Management Unit in an annual evaluation report, which shall assess quality, compliance with the indicators, incidents and the residents' complaints."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.6 The Contractor shall evaluate its agents once a year and keep the results on file."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.5 Every six months the Committee shall devote one of its ordinary sessions to a strategic review in which the Contractor's service is aligned with the Principal's resident service strategy."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.5 Every six months the Committee shall carry out a strategic review of the relationship, covering the Contractor's performance, its cooperation and the handling of complaints."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

14.1 Each year the Contract Control Department of the Principal shall compile a rating of the Contractor based on the target values, the results of audits and the implementation of improvement measures."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

14.1 Each year the Contractor shall compile a rating of its operators based on the target values."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

17.1 Each year, the DEC prepares a performance check of the Contractor on the service levels, the complaints, the penalties applied and the cooperation shown."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

17.1 Each year, the Contractor prepares a performance check of its team leaders."""
  }
}
