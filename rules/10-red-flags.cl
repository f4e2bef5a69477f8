pack bpo-red-flags "1.0.0" { description: "Provider-favourable terms that undermine the client's control of an outsourced customer service" }

# ---- vocabularies -------------------------------------------------------------------------------

vocab red_service_level = "service level" | "service levels" | /\bSLAs?\b/ | "service level agreement"
                        # ("may, at its sole discretion, suspend the waiting-time target")
                        | /\b(?:waiting|answer|response|handling|resolution)[\s-]time\s+targets?\b/
                        # ... or the target rate itself: "shall strive to reach the target answer rate set in Article 3"
                        | /\btarget\s+(?:answer|answering|response|resolution|abandon\w*|pick-?up|service|call[\s-]handling)\s+(?:rates?|times?|levels?)\b/
                        # ... or the times themselves: "may modify these response times at any time by simple notification"
                        | /\b(?:these|the|its|such|all)\s+(?:waiting|answer|response|handling|resolution)[\s-]times\b/
                        | "KPI" | "key performance indicator" | "performance standard"
                        | "service standard" | "performance target" | "availability target"
                        | "uptime commitment"
                        # Whatever the contract calls its targets: "Support Metrics", "Quality Standards".
                        # ("the call-handling standards")
                        # ("the service aims", "the service goals", as plain-English drafting calls them)
                        | /\bservice\s+(?:aims?|goals?|objectives?)\b/
                        # ("the performance levels", as French drafting translated calls them)
                        # (Central European drafting: "the service parameters set out in Annex No. 2")
                        # (Baltic procurement drafting: "the quality requirements set out in clause 5.1 and in Annex 1")
                        | /\b(?:service|support|performance|quality|response|(?:call[\s-]+)?handling)\s+(?:metrics?|standards?|targets?|measures?|indicators?|norms?|levels?|parameters?|requirements)\b/
                        # ... or bare, with where they are set: "the indicators in section 5 of the Pliego"
                        | /\bthe\s+(?:quality\s+)?indicators\s+(?:in|of|set\s+out\s+in|under|listed\s+in)\s+(?:section|clause|annex|schedule|appendix|article|anlage|attachment|exhibit)\b/
                        # Dutch and German drafting: the service norms defined as "the Norms"
                        | /(?-i:\bNorms?\b)/
                        # translated civil-law drafting: "the target indicators set out in Table 2"
                        | /\btarget\s+indicators?\b/ | /\btarget\s+values\b/
                        # Brazilian drafting's "indicadores de referência": "may revise the reference indicators at its sole discretion"
                        | /\breference\s+indicators\b/
                        # Latin American drafting's "estándares de atención": "its best efforts to meet the attention standards"
                        | /\battention\s+standards?\b/
                        # the deadlines the service is held to: "to observe the processing deadlines in Addendum No. 2"
                        | /\b(?:processing|handling|response|resolution|turnaround|service)\s+deadlines\b/
                        # or by where they stand: "the indicators of Annex II", "the targets set out in Schedule 2"
                        # ("the response times set out in Annex II")
                        | /\b(?:indicators?|targets?|levels?|standards?|metrics?|(?:response|resolution|answer|handling|turnaround)\s+times)\s+(?:of|in|set\s+out\s+in|listed\s+in|specified\s+in|defined\s+in)\s+(?:annex|annexure|schedule|appendix|exhibit|attachment)\b/
                        # ... or in a schedule with a name of its own: "the targets in the Service Sheet"
                        # ("the targets in this table")
                        # ("the standards in the Members' Charter")
                        # ("the indicators established in the Work Plan")
                        | /\b(?:indicators|targets|standards|metrics)\s+(?:in|of|set\s+out\s+in|listed\s+in|established\s+in|fixed\s+in|defined\s+in|agreed\s+in)\s+(?:the|this|that|our|your)\s+(?:[\w'’-]+\s+){0,2}?(?:sheet|table|chart|charter|matrix|schedule|annex|plan)\b/
                        # or in the table that follows: "the targets below", "the targets in the table below"
                        | /\b(?:the|these|our|your|its)\s+(?:[\w-]+\s+)?(?:targets|standards|service\s+levels)\s+(?:(?:set\s+out|listed|shown|in\s+the\s+table)\s+)?below\b/
                        # "the Target Uptime", "the Target Response Time", "an availability target"
                        | /\btarget\s+(?:uptime|availability|response\s+times?|resolution\s+times?)\b/
                        | /\b(?:uptime|availability|response\s+time|resolution\s+time)\s+targets?\b/

# The service levels called by a short name inside their own section ("The targets we aim for":
# "We may change the targets at our discretion", "we'll do our best to hit them").
vocab red_sl_heading = /\b(?:targets?|service\s+levels?|service\s+standards?|performance\s+standards?|KPIs?)\b/
vocab red_sl_short = /\b(?:the|these|those|our|its|any|all)\s+(?:following\s+|agreed\s+|applicable\s+)?(?:targets|standards|levels|measures)\b/
  # ... one at a time: "may revise any target at its discretion"
  | /\b(?:any|each|every)\s+(?:target|standard|service\s+level)\b/
  | /\b(?:hit|meet|achieve|reach|attain|guarantee)\s+them\b/
  # one target named by what it measures: "lower the target for calls picked up within 20 seconds"
  | /\b(?:target|standard|level)\s+for\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:calls?|contacts?|e-?mails?|chats?|messages?|answers?|responses?|orders?|bookings?|complaints?|abandon\w*|resolution|satisfaction)\b/

# Verbs of changing or switching off a commitment.
vocab red_change = "amend" | "vary" | "variation" | "change" | "modify" | "modification" | "revise"
                 | "update" | "alter" | "suspend" | "withdraw" | "replace" | "reduce" | "adjust"
                 | "discontinue" | "readjust" | "waive" | "pause" | "adapt"
                 # Italian drafting's "rimodulare": "the Supplier may remodulate the service levels"
                 | "remodulate" | "recalibrate" | "rebalance"
                 # "you may on your own decision lower the target to as low as 70%", "relax the targets"
                 | "lower" | "relax" | "loosen" | "ease"

# What makes a change unilateral even where the sentence also speaks of notice or agreement.
vocab red_unilateral = "sole discretion" | "absolute discretion" | "own discretion" | "unilaterally"
                     | "own decision" | "own say-so" | "own initiative" | "own authority"
                     | "unilateral" | "without the consent" | "without consent" | "without the agreement"
                     | "without the approval" | "without the prior consent" | "without the prior written consent"
                     # "at its discretion and without the need for the Client's consent"
                     # ("without any need for the Client's agreement")
                     | /\bwithout\s+(?:the\s+|any\s+)?(?:need\s+(?:for|of)\s+|requiring\s+)?(?:(?:the\s+)?[\w-]+['’]s?\s+)?(?:prior\s+)?(?:written\s+)?(?:consent|agreement|approval)\b/
                     | /\bat\s+its\s+(?:own\s+)?discretion\b/
                     # "and the Client's consent to such a revision is not required", "no approval is needed"
                     | /\b(?:consent|agreement|approval)\s+(?:(?:of|from|to|for)\s+(?:[\w'’-]+\s+){1,4}?)?(?:(?:is|shall\s+be|will\s+be|being)\s+(?:not|neither)|(?:shall|will)\s+not\s+be)\s+(?:required|needed|necessary)\b/
                     | /\bno\s+(?:prior\s+)?(?:written\s+)?(?:consent|agreement|approval)\s+(?:(?:of|from)\s+(?:[\w'’-]+\s+){1,4}?)?(?:is|shall\s+be|will\s+be)\s+(?:required|needed|necessary)\b/

# What makes a change joint: agreement, consent, the change procedure, or a mere proposal.
vocab red_joint = "agree" | "agreement" | "consent" | "approval" | "approve" | "change control"
                | "change request" | "variation procedure" | "propose" | "proposal" | "request"
                | "recommend" | "suggest" | "mutually"
                # "Each Contracting Party may apply in writing for a change of the services, the Service Levels ..."
                | /\bappl(?:y|ies)\s+(?:in\s+writing\s+)?for\s+(?:a|any|the)\s+change\b/
                # plain English: "only with our written OK" (08-risk.cl)
                | consent_plain

vocab red_credit = "service credit" | "service credits" | "credit" | "fee credit" | "service level credit"
                 | "performance credit" | "service level adjustment" | "price reduction"
                 | "rebate" | "fee adjustment" | "performance deduction" | "fee reduction" | "abatement"
                 | "deduction" | "contractual penalty" | "contractual penalties"
                 # civil-law drafting: "The penalties constitute the sole and exclusive compensation"
                 | /\b(?:the|these|such|those)\s+penalt(?:y|ies)\b/
                 # ... or bare, said to settle everything: "penalties are in full and final discharge"
                 | /\bpenalt(?:y|ies)\s+(?:are|is|shall\s+be)\s+(?:in\s+full|the\s+sole|exclusive|lib\wratoires?)\b/
                 # the fee reduction referred back to: "Payment of the reduction shall fully ... discharge"
                 | /\b(?:the|such|any|that|these|those)\s+reductions?\b/
                 # plain English: "Money back under this section is the only remedy we have"
                 | "money back"
                 # a chargeback off the invoice: "Bill-backs are the only remedy you have if we miss a target"
                 | /\bbill[\s-]?backs?\b/ | /\bcharge[\s-]?backs?\b/

vocab red_exclusive = "sole and exclusive remedy" | "sole and exclusive remedies" | "exclusive remedy"
                    | "exclusive remedies" | "sole remedy" | "sole remedies" | "only remedy"
                    | "exclusive financial remedy" | "sole financial remedy" | "sole and exclusive liability"
                    | /\b(?:sole|exclusive|only)\s+(?:and\s+exclusive\s+)?(?:monetary|pecuniary|financial)\s+remed(?:y|ies)\b/
                    | "entire liability" | "full and final settlement" | "in full satisfaction"
                    # French public contracts' "pénalités libératoires": "penalties are in full and final discharge:
                    # their payment releases the Holder from any other liability"
                    | "full and final discharge" | "in full discharge"
                    | /\breleases?\s+the\s+[\w-]+\s+from\s+(?:any|all)\s+(?:other|further)\s+liability\b/
                    # "shall be the sole and exclusive means of compensation of the Fund"
                    | /\b(?:sole|only|exclusive)\s+(?:and\s+exclusive\s+)?means\s+of\s+(?:compensation|redress|remedy|recourse)\b/
                    # "With the payment of the reduction amounts, all claims of the Savings Bank based on the
                    # non-achievement of the Service Levels are settled."
                    | /\ball\s+(?:further\s+|other\s+)?claims\b[^.;]{0,120}?\b(?:are|shall\s+be|is)\s+(?:deemed\s+)?(?:settled|satisfied|discharged|extinguished)\b/
                    # "constitute the full extent of the Supplier's liability", "the whole of its liability"
                    | /\b(?:full|whole|entire|total)\s+(?:extent|measure|amount)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?liability\b/
                    | /\bwhole\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?liability\b/
                    | "in lieu of all other remedies" | "to the exclusion of all other remedies"
                    # civil-law drafting: "full and final compensation ..., to the exclusion of any other indemnity"
                    | /\bto\s+the\s+exclusion\s+of\s+(?:all|any)\s+other\s+(?:remed(?:y|ies)|indemnit(?:y|ies)|compensation|claims?|damages)\b/
                    | /\bfull\s+and\s+final\s+(?:compensation|settlement|satisfaction)\b/
                    | "sole and exclusive recourse" | "exclusive recourse" | "sole recourse" | "only recourse"
                    # Swiss drafting: "The fee reduction is the Mandator's only claim in the event that the
                    # service levels are not achieved"
                    | /\b(?:only|sole|exclusive)\s+claims?\b/
                    # Kazakh drafting: "The reduction under point 7.2 is an exclusive penalty: the Customer is not
                    # entitled to recover losses"
                    | /\b(?:exclusive|sole|only)\s+(?:penalty|penalties|sanction)\b/
                    # "settles in full and finally all claims ...; further claims ... are excluded"
                    | /\bsettles?\s+(?:in\s+full\s+and\s+finally|fully\s+and\s+finally|finally)\s+(?:all|any)\s+claims?\b/
                    | /\b(?:further|other|additional)\s+claims\b[^.;]{0,80}?\b(?:are|is|shall\s+be)\s+excluded\b/
                    # plain English: "These deductions are the only thing we can claim from you for missing a target"
                    | /\bthe\s+only\s+(?:thing|things|remedy|money|sum|amount|compensation)\s+(?:that\s+)?(?:we|you|either\s+of\s+us|the\s+[A-Z]\w+)\s+(?:can|may|could|will|shall)\s+(?:claim|recover|ask\s+for|get|seek)\b/
                    # ("That deduction is the only thing we can ask of you for a missed target")
                    | /\bthe\s+only\s+(?:thing|things)\s+(?:that\s+)?(?:we|you|either\s+of\s+us)\s+(?:can|may|could)\s+(?:ask|demand|require)\s+of\b/
                    # "remedies ... shall be limited exclusively to the service credits", "waives all other remedies"
                    | /\blimited\s+(?:exclusively|solely|only)\s+to\b/
                    | /\bwaives?\s+(?:all|any)\s+other\s+(?:rights\s+(?:and|or)\s+)?remedies\b/
                    # "the sole and full compensation ..., and the Client waives any other claim"
                    | "sole and full compensation" | /\bwaives?\s+any\s+(?:other\s+|further\s+)?claims?\b/
                    # Dutch drafting: "The price reduction is the only consequence of failing to meet a Service Level"
                    | /\b(?:the|its)\s+(?:only|sole|exclusive)\s+(?:legal\s+)?(?:consequence|sanction)s?\s+of\b/
                    # "Payment of the reduction shall fully and finally discharge the Executor's liability ...,
                    # and the Customer shall have no other claim"
                    | /\b(?:fully\s+and\s+finally|fully|finally)\s+discharges?\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?liability\b/
                    | /\b(?:shall|will)\s+have\s+no\s+(?:other|further)\s+(?:claims?|remed(?:y|ies)|rights?)\b/
                    | /\b(?:give|gives)\s+up\s+any\s+other\s+claims?\b/
                    # plain English: "These fee reductions are all you can claim", "you can't claim
                    # anything else for a missed target"
                    | /\b(?:is|are)\s+all\s+(?:that\s+)?(?:you|we|they|it|the\s+[\w-]+)\s+(?:can|may|could|will\s+be\s+able\s+to|(?:is|are)\s+entitled\s+to)\s+(?:claim|recover|get|receive|ask\s+for)\b/
                    # "These credits are the only compensation you'll get for missed targets"
                    | /\b(?:sole|only|exclusive)\s+(?:form\s+of\s+)?(?:compensation|redress|recompense)\b/
                    | /\b(?:cannot|can['’]t|may\s+not|will\s+not|won['’]t)\s+(?:claim|recover|ask\s+for)\s+anything\s+(?:else|more)\b/
                    # "The fee reductions are the only thing you owe us if you miss a target"
                    | /\b(?:is|are)\s+the\s+only\s+(?:thing|things|amount|sum|money)\s+(?:that\s+)?(?:you|we|they|it|the\s+[\w-]+)\s+(?:owe|owes|pay|pays|must\s+pay|have\s+to\s+pay|has\s+to\s+pay)\b(?=[^.;]{0,40}?\b(?:miss|misses|missed|fail|fails|failed|failure|breach)\b)/

# "Service Credits shall not be the Client's sole remedy": the engine reads "shall not be" as a
# prohibition, which does not hide the phrase, so the denial is matched here instead.
vocab red_not_exclusive = /\bnot\s+(?:be\s+)?(?:deemed\s+(?:to\s+be\s+)?|construed\s+as\s+)?(?:the\s+|an?\s+)?(?:[\w’'-]+['’]s?\s+)?(?:sole|exclusive|only)\b/
                        | "in addition to" | "not in lieu of" | "not in substitution"
                        # (A carve-out for the right to terminate keeps the credits the only money:
                        # "only monetary remedy ..., without prejudice to its rights to terminate".)
                        | /\bwithout\s+prejudice\b(?!\s+to\s+(?:[\w'’-]+\s+){0,3}?rights?\s+(?:to\s+terminate|of\s+termination|under\s+(?:clause|article|section)))/
                        | /\b(?:shall|does|do|will)\s+not\s+limit\b(?!\s+(?:[\w'’-]+\s+){0,3}?rights?\s+(?:to\s+terminate|of\s+termination|under\s+(?:clause|article|section)))/
                        | /\bnothing\b[^.;]{0,80}?\b(?:construed|deemed|interpreted|operate)\b/

# The efforts phrases alone (a service-level table's "Reasonable efforts" column), and with them every
# wording of a mere effort.
# ("shall make every reasonable effort to achieve")
vocab red_effort_phrase = "reasonable efforts" | "reasonable endeavours" | "reasonable endeavors" | "best efforts"
  | "best endeavours" | "best endeavors" | "good faith efforts" | "every reasonable effort"
# Only trying, weaker than any efforts standard: "will try to keep its training material up to date".
vocab mere_try = "strive" | "attempt" | "as far as possible" | "so far as possible" | /\baims?\s+to\b/ | /(?<!\bnot\sjust\s)(?<!\bnot\smerely\s)(?<!\bnot\sonly\s)(?<!\bnot\ssimply\s)\btr(?:y|ies)\s+to\b/
vocab red_effort = red_effort_phrase | "commercially reasonable efforts"
                 # Russian drafting in translation: "shall take all reasonable measures to achieve the target values"
                 | "reasonable measures" | "all reasonable steps"
                 | "reasonable commercial efforts" | "every effort" | "endeavour" | "all reasonable effort"
                 | "endeavor" | mere_try
                 # "will endeavour to the best of its ability to meet the service levels" (read from "best",
                 # which stands nearer the verb)
                 | /\bbest\s+of\s+(?:its|their|our|his|her|my)\s+(?:abilit(?:y|ies)|capacit(?:y|ies))\b/
                 # plain English: "We'll do our reasonable best to hit the targets"
                 | /\b(?:do|does|doing)\s+(?:our|its|their|your|his|her)\s+(?:reasonable\s+|very\s+)?best\b/
                 # civil-law drafting: "an obligation of means and not of result; the Contractor shall deploy
                 # all due diligence in order to attain them"
                 | "obligation of means" | "all due diligence"
                 # "shall employ its best diligence to achieve the Service Levels"
                 | /\b(?:best|utmost|reasonable)\s+diligence\b/

# Effort promised on how fast customers are served, with no target named: "best endeavours to keep
# waiting times short", "reasonable endeavours to answer callers promptly".
# (... "You'll do your best to answer most calls within a minute", "best endeavours to ensure that
# telephone calls are answered promptly")
# ("best efforts to answer enquiries as quickly as practicable")
vocab red_effort_on_speed = /\b(?:(?:reasonable|best|every|good\s+faith)\s+(?:efforts?|endeavou?rs?)|endeavou?r|strive|aim|try|do\s+(?:your|our|its|their)\s+(?:reasonable\s+|very\s+)?best)\s+to\s+(?:(?:ensure|see)\s+that\s+(?:[\w-]+\s+){0,2}?(?:calls?|contacts?|enquiries|inquiries|e-?mails?|messages?)(?:\s+(?:to|from|on|for|in)\s+(?:the\s+|our\s+|your\s+)?[\w-]+)?\s+(?:are|is)\s+(?:answered|handled|dealt\s+with|responded\s+to)\s+(?:promptly|quickly|without\s+(?:undue\s+)?delay|within)\b|(?:[\w-]+\s+){0,7}?(?:(?:waiting|wait|queue|queuing|answer|response)\s+times?\b|speed\s+of\s+answer|(?:answer|attend\s+to|attend|serve|handle|deal\s+with|respond\s+to|reply\s+to)\s+(?:[\w%-]+\s+){0,3}?(?:calls?|contacts?|callers?|enquir(?:y|ies)|inquir(?:y|ies)|requests?|(?:{end_customer})s?)\s+(?:\w+ly,?\s+(?:and\s+)?){0,3}?(?:as\s+)?(?:promptly|quickly|without\s+delay|within)\b))/
# Targets declared not binding: "The Service Levels are targets only", "are indicative only".
vocab red_targets_only = /\b(?:are|is|shall\s+be|will\s+be)\s+(?:targets?|goals?|aims?|indicative|guidance|aspirational)\s+only\b/
  | /\b(?:are|is)\s+(?:merely|only|purely)\s+(?:targets?|goals?|aims?|indicative|aspirational)\b/
vocab red_means_not_result = /\bobligations?\s+of\s+(?:means|efforts?|best\s+efforts)\b[^.;]{0,40}?\bnot\s+(?:an?\s+)?(?:obligations?\s+)?of\s+result\b/
vocab red_attain = "meet" | "achieve" | "attain" | "satisfy" | "comply" | "perform" | "deliver" | exact "hit"
                 | "observe" | "keep to"
                 # "make its best efforts to process calls and Applications in a timely manner"
                 | /\bprocess\b(?=[^.;]{0,60}?\b(?:in\s+a\s+timely\s+manner|on\s+time|promptly|within)\b)/
                 # ... or only to come close: "its best efforts to approach the performance indicators"
                 | "approach" | "come close to" | "get close to"
                 | "maintain" | "reach" | "ensure" | "make available" | "provide the services" | "conform"
                 # "to make the Cloud Service available", "to respond to support requests within"
                 | /\bmake\s+(?:[\w-]+\s+){1,4}available\b/ | "respond"

# Ending the contract, in plain English too ("either of us can end this agreement").
# Ending the document by whatever it calls itself: "end this letter", "cancel the Order Form",
# "end this Call-Off Contract".
vocab red_terminate = "terminate" | "termination"
                    | /\b(?:end|cancel)\s+(?:this|the)\s+(?:[\w-]+\s+)?(?:agreement|contract|letter|order(?:\s+form)?|terms|arrangement|engagement|statement\s+of\s+work|SOW|MSA)\b/
                    # the contract by the name it gives itself: "end this charter"
                    | /\b(?:end|cancel)\s+this\s+(?:charter|deed|memorandum|protocol|instrument)\b/
                    # "The Operator may bring this Agreement to an end for convenience"
                    | /\bbring\s+(?:this|the)\s+(?:[\w-]+\s+)?(?:agreement|contract)\s+to\s+an\s+end\b/
                    # translated drafting: "The Performer may denounce the contract unilaterally"
                    | /\bdenounc(?:e|es|ing)\s+(?:this|the)\s+(?:[\w-]+\s+)?(?:agreement|contract)\b/
                    # "The Service Company may withdraw from this Agreement at any time"
                    | /\bwithdraw\s+from\s+(?:this|the)\s+(?:[\w-]+\s+)?(?:agreement|contract)\b/
                    # civil-law drafting in translation: "has the right to refuse unilaterally to perform this Contract"
                    | /\brefus(?:e|es|al)\s+(?:unilaterally\s+)?(?:to\s+perform|(?:the\s+)?performance\s+of)\s+(?:this|the)\s+(?:[\w-]+\s+)?(?:agreement|contract)\b/
                    # "Either of us can end it at any time by giving sixty days' notice"
                    | /\b(?:end|cancel|terminate)\s+it\b(?!\s+(?:at\s+once|immediately|forthwith|with\s+immediate\s+effect|if|for\s+(?:a\s+)?(?:material\s+)?(?:breach|cause|default)))/
                    # "You can walk away from it for any reason by giving us 60 days' notice"
                    | /\bwalk(?:s|ing)?\s+away\s+from\s+(?:it|this|the|our|your)\b(?:\s+(?:[\w-]+\s+)?(?:agreement|contract|arrangement|deal))?/
vocab red_notice_period = "notice period" | "period of notice" | /\bobserve\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?notice\b/
vocab red_notice = "notice" | /\bnotif(?:y|ying|ies|ied|ication)\b/ | "in advance"
vocab red_convenience = "for convenience" | "for its convenience" | "for any reason" | "for no reason"
                      | "without cause" | "without reason" | "without giving reasons" | "without giving any reason"
                      | "without stating a reason" | "for any or no reason" | "at will"
                      # "may terminate this contract early, without just cause, by written notice"
                      | /\bwithout\s+(?:just|good|any|a)\s+(?:cause|reason)\b/
                      | /\bwithout\s+(?:giving|assigning|stating|providing|specifying|showing|expressing|invoking)\s+(?:any\s+|a\s+)?(?:reasons?|cause)\b/
                      # "without need to invoke just cause", "without having to give reasons"
                      | /\bwithout\s+(?:(?:any\s+)?need\s+to|having\s+to|being\s+(?:obliged|required)\s+to)\s+(?:give|state|show|invoke|cite|provide|specify|justify)\s+(?:any\s+|a\s+|just\s+)?(?:reasons?|cause|grounds?)?\b/

# A walk-away right that only opens on an event ("if the Client loses its funding") is not one at will.
vocab red_condition = "if" | "in the event" | "should the" | "where the" | "upon the occurrence"

# Why a party may end the contract, or when: any of these makes a notice period no walk-away right.
vocab red_cause = "breach" | "default" | "insolvency" | "insolvent" | "material" | "fails" | "failure" | "force majeure"
                | "change of control" | "for cause" | "cause" | "non-payment" | "unpaid" | "persistent" | "remedy"
                | "expiry" | "expire" | "end of the initial term" | "renewal" | "renew" | "anniversary" | "extension"
                # (the word, not the stem: a client called "the Fund" gives no cause)
                | "law" | "regulator" | exact "funding"
vocab red_immediate = "with immediate effect" | "immediately" | "forthwith" | "without notice"
                    | "at any time"

# ---- rules ---------------------------------------------------------------------------------------

rule RED-001 "The provider cannot change or suspend service levels on its own" {
  area: red-flags
  severity: high
  source: "002 (shared criteria for success), 003"
  forbid: (sentence permits provider to red_change and mentions red_service_level
           and (mentions red_unilateral or not mentions red_joint))
          or (sentence in section red_sl_heading permits provider to red_change and mentions red_sl_short
              and (mentions red_unilateral or not mentions red_joint))
  message: "The provider may change or suspend the service levels on its own, without the client's agreement."
  fix: "The Service Levels may be amended, suspended or replaced only by written agreement of both parties in accordance with the Change Control Procedure."
  tags: red-flag, service-levels, control
  examples {
    violation: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

We will meet the targets in the table below every month.

| What we measure | Target |
|---|---|
| Calls answered | 85% within 30 seconds |

We may update the targets in this table from time to time by giving you notice in writing."""
    violation: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

We will follow the Members' Charter in Annex B.

We may change the standards in the Members' Charter at any time by posting a new version on our client portal."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

We will follow the Members' Charter in Annex B.

The standards in the Members' Charter may change only if we both agree in writing."""
    violation: """This Agreement is made between Red Road Tours Pty Ltd (the "Company") and Ocean Bookings Pty Ltd (the "Operator").

The Operator will answer Visitor enquiries for the Company.

## 6. Targets

6.1 The Operator will achieve the targets in the table below.

6.2 During the Migration Season the Operator may revise any target at its discretion by notifying the Company."""
    pass: """This Agreement is made between Red Road Tours Pty Ltd (the "Company") and Ocean Bookings Pty Ltd (the "Operator").

The Operator will answer Visitor enquiries for the Company.

## 6. Targets

6.1 The Operator will achieve the targets in the table below.

6.2 The Company may revise any target by notifying the Operator."""
    violation: """FIRST CONTRACTING PARTY: Quinta do Rochedo, Lda., a private limited company with registered office in Funchal (hereinafter the "Lodge" or the "First Party");

SECOND CONTRACTING PARTY: Ponte Contacto, S.A., a public limited company with registered office in Funchal (hereinafter the "Service Provider" or the "Second Party").

The Service Provider shall operate the orders desk of the Lodge on its behalf.

7. The Second Party may, at its sole discretion, vary the opening hours of the Desk and the response times set out in Annex II, by written notice to the First Party."""
    pass: """FIRST CONTRACTING PARTY: Quinta do Rochedo, Lda., a private limited company with registered office in Funchal (hereinafter the "Lodge" or the "First Party");

SECOND CONTRACTING PARTY: Ponte Contacto, S.A., a public limited company with registered office in Funchal (hereinafter the "Service Provider" or the "Second Party").

The Service Provider shall operate the orders desk of the Lodge on its behalf.

7. The First Party may, after consulting the Second Party, vary the opening hours of the Desk and the response times set out in Annex II."""
    violation: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

You can change or pause the call-handling standards at any time you need to, just by emailing us."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

We can change the call-handling standards at any time, just by emailing you."""
    violation: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

## What targets do you have to hit?

Calls must be picked up within 20 seconds 85% of the time.

In the busy season you may on your own decision lower the target for calls picked up within 20 seconds to as low as 70%, just by emailing us."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

## What targets do you have to hit?

Calls must be picked up within 20 seconds 85% of the time.

In the busy season you may ask us to lower the target for calls picked up within 20 seconds; it changes only if we agree in writing."""
    violation: "4.2 During the harvest months the Supplier may by written notice to the Client revise any Service Level to reflect call volumes, and the Client's consent to such a revision is not required."
    violation: "4.2 The Supplier may adjust the Service Levels by notice to the Client; no consent of the Client shall be required."
    pass: "4.2 The Supplier may propose a revision of any Service Level by notice to the Client; a revision takes effect only with the Client's written consent."
    violation: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

## Our targets

We aim for the targets in the table below.

We may change the targets at our discretion by giving you 30 days' notice."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

## Our targets

We aim for the targets in the table below.

We may change the targets only if you agree in writing."""
    violation: "(6) The Contractor may adjust the Norms by written notice to the Bureau where it considers this necessary because of staffing conditions."
    pass: "(6) The Contractor may adjust the staffing norms by written notice to the Bureau where the Bureau's opening hours change."
    violation: "The Supplier may change the targets in the Service Sheet at any time by email."
    pass: "The targets in the Service Sheet may be changed only with the written agreement of both parties."
    violation: "The Supplier is entitled to suspend the target indicators during the peak period by notifying the Client in writing ten days before."
    pass: "The target indicators may be suspended during the peak period only by a supplementary agreement signed by both Parties."
    pass: """Between Volta Urbana, S.A. ("we", "us", "our"), and Atlantico Care, Lda. ("you", "your"). You will look after our riders on our behalf.

(5) During a Surge Event you may suspend the rating KPI, but only with our written OK for that event."""
    violation: """Between Volta Urbana, S.A. ("we", "us", "our"), and Atlantico Care, Lda. ("you", "your"). You will look after our riders on our behalf.

(5) During a Surge Event you may suspend the rating KPI."""
    violation: "The Supplier may, at its discretion and without the need for the Client's consent, suspend the Response Standards during the annual payroll close."
    violation: "The Supplier may, at its own discretion, suspend the application of the service indicators during public holidays."
    violation: "The Supplier may readjust the service-level targets at its sole discretion during Peak Periods."
    violation: "The Supplier may amend the Service Levels at its sole discretion upon notice to the Client."
    violation: "The Vendor reserves the right to modify the SLAs from time to time by posting the updated version on its website."
    violation: "The Service Levels may be varied by the Service Provider on thirty (30) days' written notice to the Bank."
    violation: "The Contractor may suspend any Service Level without the consent of the Company during a period of peak demand."
    violation: "The Supplier may, at its absolute discretion, revise the Service Levels and shall notify the Customer of the revised Service Levels."
    violation: "The Vendor may update the Support Metrics from time to time on thirty (30) days' notice to the Customer."
    pass: "Service Levels may be amended only by written agreement of both parties."
    pass: "The Supplier may propose changes to the Service Levels, which shall take effect only once approved in writing by the Client."
    pass: "The Client may amend the Service Levels at its sole discretion on ninety (90) days' notice to the Supplier."
    pass: "The Supplier may update the format of the monthly performance report at its discretion."
    pass: "The Supplier shall not amend, suspend or reduce any Service Level without the prior written consent of the Client."
    pass: "Either party may request a change to the Service Levels through the Change Control Procedure in Schedule 6."
    pass: "The Vendor may from time to time propose changes to the SLAs, which shall take effect only if the Company agrees to them in writing."
    violation: """This Customer Contact Services Agreement is made between Harbourline Energy Limited, a company registered in England and Wales (the "Client"), and Corvex Contact Solutions Private Limited of Chennai, India (the "Supplier"). The Supplier provides inbound customer-service and billing-enquiry handling to the Client.

10.6 The Supplier reserves the right to revise the Service Levels from time to time by giving the Client thirty (30) days' written notice, and the revised Service Levels shall apply from the end of that notice period without any need for the Client's agreement."""
    violation: """Contract between Rhein-Mosel Stadtwerke GmbH, Koblenz (hereinafter "Party A"), and Vistara BPO S.R.L., Cluj-Napoca (hereinafter "Party B"). Party B shall render customer-service services for the energy customers of Party A.

Article 8 (Adjustment of service levels)
Party B is entitled to modify or suspend unilaterally the service levels set out in Annex 3 by written notification to Party A."""
    violation: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

Article IV. 3. The Contractor is entitled to adjust the service parameters set out in Annex No. 2, at its own discretion, in particular in periods of an increased number of calls, and shall inform the Principal of such adjustment."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

Article IV. 3. The service parameters set out in Annex No. 2 may be adjusted only by a written amendment signed by both contracting parties."""
    violation: """This Contract is made between Alabarda Fibra S.p.A. (the "Company") and Carso Contact Center S.r.l. (the "Supplier"). The Supplier shall provide customer care for the Company's fibre customers.

8.3 Where inbound volumes in a month exceed one hundred and twenty per cent (120%) of the monthly forecast, the Supplier may remodulate the service levels for the month concerned by simple notice to the Company."""
    violation: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

5.5 The Supplier may adapt the service levels in Annex 2 at its own discretion upon one month's written notice to the Client."""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

5.5 The Client may adapt the service levels in Annex 2 upon one month's written notice to the Supplier."""
    violation: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

6.1 During the monthly peak, the Supplier may, at its sole discretion, suspend the waiting-time target by simple notice to the Client."""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

6.1 During the monthly peak, the Client may suspend the waiting-time target by simple notice to the Supplier."""
    violation: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

2.2. The Contractor has the right:

2.2.1. to change the working hours of the call centre and the quality indicators of the Services unilaterally, by notifying the Principal five (5) days in advance."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

14.1 Each Contracting Party may apply in writing for a change of the services, the Service Levels or the remuneration. The Contractor shall submit an offer within ten working days."""
    violation: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

14.1 The Contractor may change the Service Levels by written notice to the Principal, giving the reasons for the change."""
    violation: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.4 During the weeks in which a switch-over of frequencies takes place, the Contractor may suspend the application of the indicators in section 5 of the Pliego by notifying the Principal."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.4 During the weeks in which a switch-over of frequencies takes place, the Principal may suspend the application of the indicators in section 5 of the Pliego by notifying the Contractor."""
    violation: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

4. The Contractor shall establish the response times for registering and forwarding reports. The Contractor may modify these response times at any time by simple notification to the Principal."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

4. The response times for registering and forwarding reports are set out in Annex 2. The Principal may modify these response times by agreement with the Contractor."""
    violation: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

4.2 The Contractor may, after simply informing the Principal, adapt the opening hours of the helpline and the target answer rate during school holiday periods."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

4.2 The opening hours of the helpline and the target answer rate may be adapted during school holiday periods by written agreement of the parties."""
    violation: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

5.2 The Contractor may revise the reference indicators at its sole discretion, by written communication to the Principal."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

5.2 The reference indicators may be revised only by written agreement of both parties."""
  }
}

vocab red_no_other_claim = /\b(?:have|has)\s+no\s+(?:other\s+|further\s+)?claims?\s+against\s+(?:the\s+)?[\w-]+\s+(?:for|in\s+respect\s+of|arising\s+from)\s+(?:[\w-]+\s+){0,6}?(?:service\s+(?:levels?|targets?|standards?)|targets?|KPIs?|indicators?)\s+other\s+than\s+(?:the\s+)?(?:[\w-]+\s+)?(?:deductions?|reductions?|credits?|penalt(?:y|ies))\b/

rule RED-002 "Service credits are not the client's only remedy" {
  area: red-flags
  severity: medium
  source: "common practice (weakens the client's remedies)"
  forbid: (sentence mentions red_exclusive and (mentions red_credit or mentions red_service_level)
           and not mentions red_not_exclusive)
          # (read from before the "no", whose negation hides what follows: "The District shall have no claim against
          # the Consignee for failure to achieve the service targets other than the deduction under this Article")
          or (sentence mentions red_no_other_claim and not mentions red_not_exclusive)
  message: "Service credits are made the client's sole and exclusive remedy for service failures."
  fix: "Service Credits are a price adjustment reflecting the reduced value of the Services and are without prejudice to any other rights or remedies of the Client, including its rights to claim damages and to terminate this Agreement."
  tags: red-flag, service-credits, remedies
  examples {
    violation: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

31. For each target you miss in a month, we will deduct 2% of that month's bill.

33. These deductions are the only thing we can claim from you for missing a target."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

31. For each target you miss in a month, we will deduct 2% of that month's bill.

33. These deductions are not the only thing we can claim from you for missing a target: we keep all our other rights."""
    violation: "11.3 The penalties constitute the sole and exclusive compensation of the Client for any failure to achieve the indicators, to the exclusion of any other claim for damages on that ground."
    pass: "11.3 The penalties are without prejudice to any other right or remedy of the Client for any failure to achieve the indicators."
    violation: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

If you miss a target, your fee for that month goes down by 2%. The fee reductions are the only thing you owe us if you miss a target."""
    violation: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

If you miss a target, your fee for that month goes down by 2%. We won't claim anything else from you beyond the fee reductions for a missed target."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

If you miss a target, your fee for that month goes down by 2%. The fee reductions are not the only thing you owe us if you miss a target; we can still claim our losses."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

The fee reductions are the only thing you owe us each month besides the platform charge."""
    violation: "9.3. Payment of the reduction shall fully and finally discharge the Supplier's liability for the relevant failure, and the Client shall have no other claim in respect of that failure."
    pass: "9.3. Payment of the reduction is without prejudice to the Client's other rights and remedies."
    violation: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

If we miss a target in a month, we'll take 2% off that month's invoice (a "bill-back"). Bill-backs are the only remedy you have if we miss a target."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

If we miss a target in a month, we'll take 2% off that month's invoice (a "bill-back"). Bill-backs don't limit any other remedy you have."""
    violation: "The deductions under this Clause constitute full and final compensation for failure to meet the service levels, to the exclusion of any other indemnity."
    pass: "The deductions under this Clause are without prejudice to any other indemnity or remedy for failure to meet the service levels."
    violation: """This agreement is between Northern Reach Rentals Ltd. ("we") and Tagish Contact Co. ("you").

You will answer our customers on our behalf.

If you miss a target, you'll give us money back off your next invoice. Money back under this section is the only remedy we have if you miss a target."""
    pass: """This agreement is between Northern Reach Rentals Ltd. ("we") and Tagish Contact Co. ("you").

You will answer our customers on our behalf.

If you miss a target, you'll give us money back off your next invoice. Money back doesn't stop us claiming damages for the same miss."""
    violation: "If we miss a target in a month, we'll take 3% off the next invoice. These credits are the only compensation you'll get for missed targets."
    pass: "If we miss a target in a month, we'll take 3% off the next invoice. These credits are not the only compensation you can get for missed targets."
    violation: "Performance Credits shall be the City's sole and exclusive remedy for the Contractor's failure to meet any Service Level, but shall not limit the City's rights under Article XII for Events of Default."
    violation: "The abatements under clause 7.1 constitute the full extent of the Supplier's liability for any failure to achieve a Service Level."
    pass: "The Supplier's total liability under this Agreement shall not exceed the Charges paid in the previous twelve months."
    violation: "Performance Deductions shall be the Association's only monetary remedy for a failure to achieve the Service Levels, without prejudice to its rights to terminate under Clause 17."
    violation: "The Performance Discounts shall constitute the sole and full compensation owed for failure to meet the service levels, and the Client waives any other claim arising from such failures."
    violation: "The penalties under this Article shall be the Bank's sole monetary remedy for any failure to meet a Service Level."
    violation: "Service Credits shall be the Client's sole and exclusive remedy for any failure to meet the Service Levels."
    violation: "The Customer's sole and exclusive remedy for the Vendor's failure to meet the SLA is the receipt of a Service Credit."
    violation: "Payment of the Service Credits shall be in full and final settlement of the Service Provider's liability for the relevant Service Level Failure."
    violation: "Service Level Credits are the Company's exclusive remedy for any performance failure by the Contractor."
    violation: """SERVICE CREDITS. If the Supplier fails to meet a Service Level, the Customer will receive the Service Credit set out in Schedule 2.

THE SERVICE CREDITS ARE THE CUSTOMER'S SOLE REMEDY FOR ANY SUCH FAILURE."""
    violation: "Performance Rebates are the Customer's sole and exclusive remedy for any failure to meet the Quality Standards."
    violation: "The Authority's remedies for a failure to meet a Service Level shall be limited exclusively to the Service Credits, and the Authority waives all other remedies for that failure."
    pass: "The Supplier's liability for loss of data is limited solely to restoring the data from the last backup."
    pass: "Service Rebates are without prejudice to the Customer's other rights and remedies, including termination."
    pass: "Service Credits are without prejudice to any other rights or remedies of the Client."
    pass: "Service Credits shall be in addition to, and not in lieu of, any other rights or remedies of the Company."
    pass: "Service Credits shall not be the Bank's sole or exclusive remedy for a Service Level Failure."
    pass: "Re-performance of the defective Services shall be the Customer's sole and exclusive remedy for breach of the warranty in clause 9.1."
    pass: "The Supplier shall pay Service Credits in accordance with Schedule 3."
    pass: "Nothing in this Schedule shall be construed as making Service Credits the Client's exclusive remedy."
    # Plain English (a forbid rule: "violation" means the provision is present).
    violation: "These fee reductions are all you can claim when we miss a target."
    violation: "You can't claim anything else when we miss a target; the fee reductions apply."
    pass: "These fee reductions are not all you can claim when we miss a target: you keep your other rights."
    pass: "The Service Credits are all set out in Schedule 2."
    violation: """This Agreement is concluded between Helvetia Card AG, Zurich (the "Issuer"), and Danube Care Kft., Budapest (the "Processor"). The Processor shall provide cardholder customer-service support to the Issuer.

Article 15 - Service credits
(3) Payment of the service credits settles in full and finally all claims of the Issuer arising from the non-achievement of the service levels; further claims, in particular claims for damages and rights of termination, are excluded."""
    violation: """This Agreement is made between Sahyadri Finance Limited, a company incorporated under the Companies Act, 2013 (the "Company"), and Deccan Teleservices Private Limited (the "Service Provider"). The Service Provider shall provide customer-service and payment-reminder calling to the Company.

14.5 The Service Level Credits payable under this Clause 14 shall be the only recourse of the Company for any failure of the Service Provider to meet the Service Levels, and the Company shall not be entitled to claim damages, terminate or seek any other relief on account of such failure."""
    violation: """This agreement is between Pinecrest Credit Union ("we", "us") and Lumen Support LLC ("you"). You will answer our members' phone, chat and email questions on our behalf.

9. If you miss a target

If you miss a service target, you will knock money off your next invoice as set out above. That deduction is the only thing we can ask of you for a missed target: we cannot sue you or end this agreement because of it."""
    violation: """This Agreement is made between Stichting Schadeherstel Eemsdelta (the "Principal") and Noorderpoort Klantcontact B.V. (the "Contracted Party"). The Contracted Party handles the damage reports of residents for the Principal.

8.6 The price reduction is the only consequence of failing to meet a Service Level. The Principal waives any further claim on that account, including any claim to damages."""
    pass: """This Agreement is made between Stichting Schadeherstel Eemsdelta (the "Principal") and Noorderpoort Klantcontact B.V. (the "Contracted Party"). The Contracted Party handles the damage reports of residents for the Principal.

8.6 The price reduction is without prejudice to the Principal's other rights and remedies, including its claim to damages."""
    violation: """Between Services Industriels de Nyon SA (hereinafter "the Mandator") and Léman Appels Sàrl (hereinafter "the Mandatary") this agreement is concluded. The Mandatary runs the appointment centre of the Mandator.

Article 9

(e) The fee reduction is the Mandator's only claim in the event that the service levels are not achieved."""
    pass: """Between Services Industriels de Nyon SA (hereinafter "the Mandator") and Léman Appels Sàrl (hereinafter "the Mandatary") this agreement is concluded. The Mandatary runs the appointment centre of the Mandator.

Article 9

(e) The fee reduction does not limit any other claim of the Mandator in the event that the service levels are not achieved."""
    violation: """Joint-Stock Company "Qazaq Registry Centre", hereinafter referred to as the "Customer", and Limited Liability Partnership "Esil Contact", hereinafter referred to as the "Executor", have concluded this Contract. The Executor shall run the contact centre of the Customer.

7.3. The reduction of the price for a missed Indicator is an exclusive penalty: the Customer is not entitled to recover losses for the failure to achieve an Indicator."""
    pass: """Joint-Stock Company "Qazaq Registry Centre", hereinafter referred to as the "Customer", and Limited Liability Partnership "Esil Contact", hereinafter referred to as the "Executor", have concluded this Contract. The Executor shall run the contact centre of the Customer.

7.3. The reduction of the price for a missed Indicator does not limit the Customer's right to recover its losses."""
    violation: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

9.3 With the payment of the reduction amounts, all claims of the Principal based on the non-achievement of the Service Levels are settled."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

9.3 The payment of the reduction amounts does not affect the other claims of the Principal based on the non-achievement of the Service Levels."""
    violation: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.3. The reductions under this section shall be the sole and exclusive means of compensation of the Principal for failure of the Contractor to meet the Indicators."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.3. The reductions under this section are without prejudice to the other means of compensation of the Principal for failure of the Contractor to meet the Indicators."""
    violation: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.1 For each month the target answer rate is missed, a penalty of 2% of the monthly amount is applied.

8.4 By way of derogation from the general conditions, penalties are in full and final discharge: their payment releases the Contractor from any other liability towards the Principal."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.1 For each month the target answer rate is missed, a penalty of 2% of the monthly amount is applied.

8.4 The payment of penalties does not release the Contractor from any of its obligations or liabilities."""
    violation: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

9.3 The Principal shall have no claim against the Contractor for failure to achieve the service targets other than the deduction under this Article."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

9.3 The Principal shall have no claim against the Contractor for matters outside the scope of the Services."""
  }
}

rule RED-003 "Service levels are firm commitments, not efforts" {
  area: red-flags
  severity: low
  source: "004 (SLAs are promises to your customer)"
  forbid: (sentence mentions red_effort near red_attain within 6 words and mentions red_service_level
           and not (obliges client to red_effort and not obliges provider to red_effort))
          or (sentence in section red_sl_heading mentions red_effort near red_attain within 6 words
              and mentions red_sl_short and not (obliges client to red_effort and not obliges provider to red_effort))
          # Effort on the speed of the service itself, whatever the targets are called: "use your
          # best endeavours to keep waiting times short", "to attend members promptly".
          or (sentence mentions red_effort_on_speed and obliges provider to red_effort_on_speed)
          # ("4. Response targets: The Contractor shall use reasonable endeavours to ensure that 80% of telephone calls
          # are answered within 90 seconds")
          or (sentence in section red_sl_heading mentions red_effort near red_attain within 6 words and has percentage and has duration
              and not (obliges client to red_effort and not obliges provider to red_effort))
          # civil-law drafting, with no verb of attaining: "With regard to the service levels, the
          # obligations of the Contractor are obligations of effort and not obligations of result"
          or (sentence mentions red_means_not_result and mentions red_service_level)
          # "The Service Levels are targets only."
          or (sentence mentions red_service_level near red_targets_only within 4 words)
          # a service-level table whose commitment column says "Reasonable efforts"
          # (only the efforts phrases: "Callback attempt within 2 hours" names a measure, no effort)
          or (row header mentions (red_service_level | red_sl_short) and mentions red_effort_phrase
              and not header mentions red_effort_phrase)
  message: "The service levels are diluted to an effort-only commitment ({match})."
  fix: "The Supplier shall meet or exceed each Service Level in every Measurement Period."
  tags: red-flag, service-levels, commitment
  examples {
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

## Targets

| Measure | Target |
|---|---|
| Calls answered within 30 seconds | 80% |

You must meet the targets, not just try to."""
    violation: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

## Targets

| Measure | Target |
|---|---|
| Calls answered within 30 seconds | 80% |

You will try to meet the targets."""
    violation: """This Agreement is made between Adventdalen Ekspedisjon AS (the "Customer") and Nordlys Kundesenter AS (the "Supplier").

The Supplier shall provide the Services to the Customer.

The Supplier shall use its best efforts to answer enquiries as quickly as practicable and to provide a high level of service."""
    violation: """This Agreement is made between Red Road Tours Pty Ltd (the "Company") and Ocean Bookings Pty Ltd (the "Operator").

The Operator will answer Visitor enquiries for the Company.

## 6. Targets

6.1 The Operator will use commercially reasonable efforts to achieve the following targets, measured monthly:

| Measure | Target |
|---|---|
| Telephone calls answered | 80% within 60 seconds |"""
    violation: """This Contract is made between Syndicat du Lagon (the "Authority") and Lagon Relation SAS (the "Holder").

The Holder shall answer calls for the Authority.

6.1 The Holder shall meet the following performance levels: 90% of calls answered within 60 seconds.

6.2 The Holder is bound by an obligation of means as regards the performance levels: it shall use its best endeavours to attain them."""
    pass: """This Contract is made between Syndicat du Lagon (the "Authority") and Lagon Relation SAS (the "Holder").

The Holder shall answer calls for the Authority.

6.1 The Holder shall meet the following performance levels: 90% of calls answered within 60 seconds.

6.2 The Holder shall attain the performance levels in every month."""
    violation: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

## Our service aims

Our aims are to answer most calls quickly.

We will use reasonable efforts to meet the service aims."""
    violation: """This contract is made between Laiterie du Sahel SA (the "First Party") and Centre Appel Nord SARL (the "Second Party").

The Second Party shall operate the distributor order desk of the First Party on its behalf.

The Second Party shall make its best efforts to approach the performance indicators set out in Annex Two."""
    pass: """This contract is made between Laiterie du Sahel SA (the "First Party") and Centre Appel Nord SARL (the "Second Party").

The Second Party shall operate the distributor order desk of the First Party on its behalf.

The Second Party shall meet the performance indicators set out in Annex Two."""
    violation: """This Contract is made between Vanille Tahaa SARL ("the Ordering Party") and Moana Relation SAS ("the Service Provider").

The Service Provider shall answer the buyers of the Ordering Party on its behalf.

11. With regard to the service levels, the obligations of the Service Provider are obligations of effort and not obligations of result."""
    pass: """This Contract is made between Vanille Tahaa SARL ("the Ordering Party") and Moana Relation SAS ("the Service Provider").

The Service Provider shall answer the buyers of the Ordering Party on its behalf.

11. With regard to the service levels, the obligations of the Service Provider are obligations of result."""
    violation: "4.1 The Supplier undertakes to use its best efforts to deal with each Grower enquiry courteously, accurately and promptly. This undertaking is an obligation of means and not an obligation of result."
    pass: "4.1 The Supplier shall deal with each Grower enquiry courteously, accurately and within two Business Days, and shall use its best efforts to keep its staff turnover low."
    violation: """This Contract is made between CAJUBIS S.A. ("the Exporter") and Geba Contacto Lda. ("the Operator").

2. The Operator shall employ its best diligence to achieve the Service Levels, which constitute, for all legal purposes, obligations of means and not obligations of result."""
    pass: """This Contract is made between CAJUBIS S.A. ("the Exporter") and Geba Contacto Lda. ("the Operator").

2. The Operator shall achieve the Service Levels, which constitute obligations of result. It shall employ its best diligence in training its staff."""
    violation: """This Contract is made between Hydro Gestion S.A. ("the Principal") and Centre Chari SARL ("the Service Provider").

4. The Service Provider shall use reasonable efforts to ensure that calls to the Line are answered promptly and that reports are transmitted to the Principal without delay."""
    pass: """This Contract is made between Hydro Gestion S.A. ("the Principal") and Centre Chari SARL ("the Service Provider").

4. The Service Provider shall ensure that calls to the Line are answered within 30 seconds and shall use reasonable efforts to keep its premises tidy."""
    violation: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

You'll do your best to answer most calls within a minute."""
    violation: "1. The Supplier shall use its best endeavours to ensure that telephone calls are answered promptly and that orders are confirmed without undue delay."
    pass: "1. The Supplier shall ensure that telephone calls are answered within twenty seconds."
    violation: "6.2 The Supplier's obligation in respect of the service levels is an obligation of means and not an obligation of result; the Supplier shall deploy all due diligence in order to attain them."
    pass: "6.2 The Supplier's obligation to meet the service levels is an obligation of result."
    pass: "6.2 The Supplier shall exercise all due diligence in selecting its subcontractors."
    violation: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

## Our targets

The table below sets out what we measure.

We'll do our best to hit them, but we don't guarantee them."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

## Our targets

The table below sets out what we measure.

We'll hit them every month."""
    violation: "2.4. The Executor shall make every effort to observe the processing deadlines established in Addendum No. 2."
    pass: "2.4. The Executor shall observe the processing deadlines established in Addendum No. 2."
    violation: "(4) The Contractor shall make commercially reasonable endeavours to achieve the service norms."
    pass: "(4) The Contractor shall achieve the service norms and shall use commercially reasonable endeavours to reduce repeat calls."
    violation: "The Supplier shall use reasonable efforts to meet the targets in the Service Sheet, and missing one is not a breach."
    pass: "The Supplier shall meet the targets in the Service Sheet."
    violation: "The Supplier shall make every reasonable effort to achieve the target indicators set out in Table 2."
    violation: """This agreement is between Bluenose Trust ("we") and Tidewater Inc. ("you"). You will run our rebate contact centre.

You will use reasonable efforts to meet the targets below. Missing one isn't, on its own, a breach of this agreement."""
    pass: """This agreement is between Bluenose Trust ("we") and Tidewater Inc. ("you"). You will run our rebate contact centre.

You will meet the targets below every month, and use reasonable efforts to keep our website up to date."""
    violation: "Schedule B sets out the service levels. We'll do our reasonable best to hit the service levels in Schedule B every month."
    pass: "Schedule B sets out the service levels. We will hit the service levels in Schedule B every month, and we'll do our best to beat them."
    violation: "The Provider shall make its best efforts to achieve the indicators of Annex II."
    pass: "The Provider shall achieve the indicators of Annex II and shall use its best efforts to exceed them."
    violation: "The Supplier shall use commercially reasonable efforts to meet the Service Levels."
    violation: "The Service Provider will use all reasonable endeavours to achieve the Service Levels set out in Schedule 2."
    violation: "The Vendor shall use its best efforts to ensure that the SLAs are met in each calendar month."
    violation: "The Contractor shall endeavour to meet the Key Performance Indicators in each Measurement Period."
    violation: "Commercially reasonable efforts will be used to attain the service levels described in Exhibit B."
    violation: "If there is a Target Uptime, the Provider will use commercially reasonable efforts to make the Cloud Service available for at least the Target Uptime in each calendar month."
    violation: "The Provider will use commercially reasonable efforts to respond to support requests within the Target Response Time."
    pass: "The Provider shall make the Cloud Service available for at least the Target Uptime in each month, and will use reasonable efforts to notify the Customer of planned maintenance."
    pass: "The Supplier shall meet or exceed the Service Levels."
    pass: "If the Supplier fails to meet a Service Level, it shall use reasonable endeavours to mitigate the impact of the failure on the Client."
    pass: "The Client shall use reasonable endeavours to provide the forecasts the Supplier needs to meet the Service Levels."
    pass: "The Vendor shall use commercially reasonable efforts to minimise disruption during the transition period."
    pass: "The Service Provider shall achieve each Service Level in every Measurement Period and shall use reasonable endeavours to exceed them."
    violation: "The Operator will use its best efforts to keep queue times at the counters short."
    violation: "The Contractor will use its reasonable endeavours to answer callers promptly and courteously."
    violation: "The Contractor shall endeavour to keep the average waiting time on the helpline as low as possible."
    pass: "The Authority shall use reasonable efforts to keep its booking system available."
    pass: "The Contractor shall use reasonable endeavours to respond promptly to the Authority's requests for information."
    pass: "The Contractor shall report the average waiting time each month and shall use reasonable endeavours to retain trained staff."
    violation: """This Contract is made between Transport for Northshire (the "Authority") and Clearway Services Limited (the "Operator"). The Operator delivers the passenger contact centre and concessionary travel helpline for the Authority.

Schedule 2, paragraph 1: The Service Levels are targets only. The Operator shall endeavour to achieve them, but failure to do so shall not be a breach of this Contract."""
    violation: """This Services Agreement is made between Kestrel Telecom Pty Ltd (ABN 12 345 678 901) ("Company") and Brightwave Outsourcing Pty Ltd ("Agency"). Agency provides mobile and broadband customer support services to Company from its Brisbane and Manila sites.

Clause 10.1 Agency will use commercially reasonable endeavours to answer 80% of calls within 60 seconds and to resolve 75% of enquiries at first contact."""
    violation: """This Agreement is made between First Andean Bank S.A. (the "Bank") and NorthStar Customer Care Bureau, Inc., a Philippine corporation (the "Bureau"). The Bureau shall operate the Bank's cardholder customer-service centre.

Schedule 3 - Service Levels

| Service Level | Target | Bureau commitment |
|---|---|---|
| Calls answered within 20 seconds | 80% | Reasonable efforts |
| Email response within 24 hours | 95% | Reasonable efforts |"""
    violation: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

Article IV. 2. The Contractor shall make every reasonable effort to observe the service parameters set out in Annex No. 2."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

Article IV. 2. The Contractor shall observe the service parameters set out in Annex No. 2 in each calendar month."""
    violation: """This Contract is concluded between the Public Institution Šiauliai City Polyclinic (the "Purchaser") and UAB Saulės kontaktai (the "Service Provider"). The Service Provider shall operate the appointment line of the Purchaser.

5.2. The Service Provider shall use its best efforts to ensure that the quality requirements set out in Annex 1 are met at all times."""
    pass: """This Contract is concluded between the Public Institution Šiauliai City Polyclinic (the "Purchaser") and UAB Saulės kontaktai (the "Service Provider"). The Service Provider shall use its best efforts to make the new online booking form known to patients.

5.2. The Service Provider shall meet the quality requirements set out in Annex 1 in every calendar month."""
    violation: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

## 4. Response targets

The Supplier shall use reasonable endeavours to ensure that 80% of telephone calls are answered within 90 seconds."""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

## 4. Response targets

The Supplier shall ensure that 80% of telephone calls are answered within 90 seconds."""
    violation: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

§ 4 (2) The Contractor will endeavour to the best of its ability to meet the service levels described in Annex 2."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

§ 4 (2) The Contractor shall meet the service levels described in Annex 2 and shall explain to the best of its ability any month in which one is missed."""
    violation: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

5.1. The Contractor shall:

5.1.3. make its best efforts to process calls and Applications in a timely manner and to meet the service quality requirements of Annex No. 1;"""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

5.1. The Contractor shall:

5.1.3. process calls and Applications in a timely manner and meet the service quality requirements of Annex No. 1, and make its best efforts to reduce repeat calls;"""
    violation: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

5.2 The Contractor shall make its best efforts to meet the indicators established in the Work Plan."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

5.2 The Contractor shall meet the indicators established in the Work Plan and shall use its best efforts to promote the Principal's online channel."""
    violation: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

5.2 The Contractor shall strive to reach the target answer rate set in Article 3 of the technical specifications."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

5.2 The Contractor shall reach the target answer rate set in Article 3 of the technical specifications and shall strive to keep its premises pleasant."""
    violation: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

5.1 The Contractor shall take all reasonable measures to achieve the target values."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

5.1 The Contractor shall achieve the target values and shall take all reasonable measures to protect personal data."""
    violation: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

5.3 The Contractor shall make its best efforts to meet the attention standards."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

5.3 The Contractor shall meet the attention standards and use its best efforts to reduce staff turnover."""
  }
}

vocab red_period_is = /\b(?:the\s+)?(?:notice|termination)\s+period\s+(?:is|shall\s+be|will\s+be|amounts\s+to|lasts)\b/

rule RED-004 "The provider cannot walk away at short notice" {
  area: red-flags
  severity: high
  source: "000 (customer contingency), 004"
  # (Not the client's convenience right beside the provider's right for breach: "The Authority may terminate
  # for convenience on three (3) months' notice, and either party may terminate for material breach".)
  forbid: (sentence permits provider to red_terminate and mentions red_convenience and has duration < 180 days
           and not (permits client to red_convenience and not permits provider to red_convenience))
          or (sentence permits provider to red_terminate and mentions red_convenience and mentions red_immediate
              and not has duration and not mentions red_condition)
          # A right to end the contract on notice alone needs no word for convenience: "Either party
          # may terminate this Agreement on three (3) months' notice", "... by notifying the Customer in
          # writing at least three (3) months in advance".
          or (sentence permits provider to red_terminate and mentions red_notice and has duration < 180 days
              and not mentions red_condition and not mentions red_cause)
          # The right in one sentence, the provider's notice period in the next ("Either Party may
          # terminate this contract without having to state a reason. The Supplier shall observe a
          # notice period of one hundred seventy-five (175) days, and the Client one of three months").
          # (A sentence that also states a period of 180 days or more may be giving the provider that
          # one and the client the shorter: it is not read as the provider's short notice.)
          or (paragraph permits provider to red_terminate and mentions red_convenience
              and obliges provider to red_notice_period with duration < 180 days
              and not obliges provider to red_notice_period with duration >= 180 days)
          # ... or one period for both, stated as a fact: "Either contracting party may terminate the
          # Contract by written notice without giving reasons. The notice period is three months ..."
          or (paragraph permits provider to red_terminate and mentions red_convenience
              and mentions red_period_is and has duration < 180 days and not has duration >= 180 days)
  message: "The provider may terminate for convenience[ on {duration} notice]; at least 180 days' notice is needed."
  fix: "The Supplier may terminate this Agreement for convenience only by giving the Client not less than twelve (12) months' written notice, expiring no earlier than the end of the Initial Term."
  tags: red-flag, termination, continuity
  examples {
    violation: """This Agreement is made between the Palikir Savings Corporation (the "Corporation") and Kolonia Contact Services, Inc. (the "Operator").

The Operator shall answer enquiries from the members of the Corporation on its behalf.

8.2 The Operator may bring this Agreement to an end for convenience by giving ninety (90) days' written notice."""
    pass: """This Agreement is made between the Palikir Savings Corporation (the "Corporation") and Kolonia Contact Services, Inc. (the "Operator").

The Operator shall answer enquiries from the members of the Corporation on its behalf.

8.2 The Corporation may bring this Agreement to an end for convenience by giving ninety (90) days' written notice."""
    violation: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

We can walk away from this agreement for any reason by giving you 60 days' notice."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

We can walk away from this agreement for any reason by giving you 9 months' notice."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

We can't walk away from this agreement before the end of the second year."""
    violation: "21.2 Either Party may terminate this contract without having to state a reason. The Supplier shall observe a notice period of one hundred fifty (150) days, and the Client a notice period of three (3) months."
    pass: "21.2 Either Party may terminate this contract without having to state a reason. The Supplier shall observe a notice period of two hundred (200) days, and the Client a notice period of three (3) months."
    pass: "21.2 Either Party may terminate this contract for serious breach. The Supplier shall observe a notice period of ninety (90) days."
    violation: "14.3 Either Party may terminate the contract at any time, without need to invoke just cause, by registered letter sent at least sixty days in advance."
    pass: "14.3 Either Party may terminate the contract for just cause, by registered letter sent at least sixty days in advance."
    violation: "14.3. The Supplier may unilaterally refuse to perform this Contract by notifying the Client in writing at least two (2) months in advance."
    pass: "14.3. The Supplier may unilaterally refuse to perform this Contract by notifying the Client in writing at least nine (9) months in advance."
    pass: "14.3. The Supplier may refuse to perform this Contract if the Client fails to pay, by notifying the Client in writing thirty (30) days in advance."
    violation: "13.2. The Supplier has the right to refuse unilaterally to perform this Contract without giving reasons, by notifying the Client in writing sixty (60) days in advance."
    pass: "13.2. The Customer has the right to refuse unilaterally to perform this Contract without giving reasons, by notifying the Executor in writing sixty (60) days in advance."
    pass: "13.2. The Executor has the right to refuse unilaterally to perform this Contract without giving reasons, by notifying the Customer in writing two hundred (200) days in advance."
    pass: "13.2 The Service Company may withdraw from this Agreement for any reason by written notice to the Cooperative of nine (9) months."
    pass: "13.2 The Cooperative may withdraw from this Agreement at any time and for any reason by written notice to the Service Company of three (3) months."
    violation: "13.2 The Supplier may withdraw from this Agreement at any time and for any reason by written notice to the Client of three (3) months."
    violation: "The Supplier may end this charter for any reason by giving the Client ninety (90) days' written notice."
    pass: "The Supplier may end this charter for any reason by giving the Client two hundred and seventy (270) days' written notice."
    violation: "Either Party may terminate this Agreement without expressing cause by written notice given at least sixty (60) days in advance."
    pass: "The Client may end this agreement without giving a reason on three months' written notice, and either party may end it at once for a material breach that is not put right within 30 days of notice."
    violation: "Either Party may terminate this Agreement without assigning any reason by giving ninety (90) days' written notice to the other Party."
    violation: "Either party may end this Contract at any time, without giving a reason, by giving the other at least three months' written notice."
    pass: "Either party may end this Contract at any time, without giving a reason, by giving the other at least nine months' written notice."
    violation: "The Supplier may terminate this Agreement for convenience on thirty (30) days' written notice."
    violation: "Either party may terminate this Agreement for convenience upon ninety (90) days' prior written notice to the other party."
    violation: "The Vendor may terminate this Agreement at any time without cause by giving the Company sixty (60) days' notice."
    violation: "The Service Provider shall be entitled to terminate this Agreement for any reason on three months' notice to the Bank."
    violation: "The Contractor may terminate this Agreement for convenience at any time with immediate effect."
    violation: "Either of us can end this agreement for any reason by giving the other sixty (60) days' written notice."
    violation: "The Supplier may cancel this Order Form at any time, for any reason, on ninety days' written notice."
    violation: "Either party may terminate this Agreement at any time by giving the other party three (3) months' written notice."
    pass: "Either party may terminate this Agreement by giving twelve (12) months' written notice."
    pass: "The Supplier may terminate this Agreement on thirty (30) days' notice for material breach that the Client has not remedied."
    pass: "Either party may terminate this Agreement with effect from the expiry of the Initial Term by giving three (3) months' notice."
    pass: "The Client may terminate for convenience on 30 days' notice."
    pass: "The Supplier may terminate for convenience on twelve (12) months' notice."
    pass: "The Service Provider shall have no right to terminate this Agreement for convenience."
    pass: "The Supplier may not end this letter for any reason before the pilot ends."
    pass: "The Supplier may terminate this Agreement if the Client fails to pay any undisputed invoice within thirty (30) days of written notice of non-payment."
    pass: "Either party may terminate this Agreement for convenience on not less than nine (9) months' written notice."
    pass: "If the Client loses the funding for the Services, either party may terminate this Agreement immediately and the termination shall be treated as a termination for convenience."
    violation: """This agreement is between Pinecrest Credit Union ("we", "us") and Lumen Support LLC ("you"). You will answer our members' phone, chat and email questions on our behalf.

19. Ending this agreement early

You can end this agreement whenever you want, without giving a reason, as long as you tell us in writing 60 days beforehand."""
    violation: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

Article XII. 4. Either contracting party may terminate the Contract by written notice without giving reasons. The notice period is three months and begins on the first day of the following month."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

Article XII. 4. Either contracting party may terminate the Contract by written notice without giving reasons. The notice period is twelve months and begins on the first day of the following month."""
    violation: """Between GAS DE LA COSTA S.A. E.S.P. (hereinafter "EL CONTRATANTE") and CONECTA CARIBE BPO S.A.S. (hereinafter "EL CONTRATISTA"), this contract for the contact centre of EL CONTRATANTE is entered into.

CLÁUSULA DECIMOQUINTA. EL CONTRATISTA may terminate this contract early, without just cause, by written notice given one hundred and twenty (120) calendar days in advance."""
    pass: """Between GAS DE LA COSTA S.A. E.S.P. (hereinafter "EL CONTRATANTE") and CONECTA CARIBE BPO S.A.S. (hereinafter "EL CONTRATISTA"), this contract for the contact centre of EL CONTRATANTE is entered into.

CLÁUSULA DECIMOQUINTA. EL CONTRATISTA may terminate this contract early, without just cause, by written notice given three hundred and sixty-five (365) calendar days in advance."""
    violation: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

19.2 The Contractor may denounce the contract unilaterally, without stating reasons, by written notice of sixty (60) days."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

19.2 The Contractor may denounce the contract unilaterally, without stating reasons, by written notice of twelve (12) months."""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

11.1 The Client may terminate this Agreement for convenience on two (2) months' written notice, and either party may terminate for material breach not remedied within thirty (30) days of notice."""
    violation: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

11.1 The Client may terminate this Agreement for convenience on two (2) months' written notice, and the Supplier may terminate it for convenience on sixty (60) days' notice."""
    violation: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

2.2. The Contractor has the right:

2.2.3. to refuse to perform this contract unilaterally, by notifying the Principal in writing sixty (60) days in advance."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

2.2. The Principal has the right:

2.2.3. to refuse to perform this contract unilaterally, by notifying the Contractor in writing sixty (60) days in advance."""
    violation: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

16.2 The Contractor may refuse to perform the Contract unilaterally by notifying the Fund ninety (90) days in advance."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

16.2 The Contractor may refuse to perform the Contract unilaterally by notifying the Fund two hundred (200) days in advance."""
  }
}
