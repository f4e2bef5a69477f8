pack bpo-incentives "1.0.0" { description: "Commercial incentives of the outsourced customer service: service credits, positive incentives, a bounded amount at risk, a stated pricing model and incentives tied to customer experience" }

# ---- vocabularies ------------------------------------------------------------------------------

# Credits and deductions for missed service levels.
vocab inc_credit = "service credit" | "service level credit" | "performance credit" | /\bKPI credits?\b/
                 # (not the reliefs of the fee a public desk explains: "fee reductions and exemptions")
                 | "SLA credit" | /\bfee\s+reductions?\b(?!\s*(?:,|and|or|and\/or)\s+(?:fee\s+)?(?:exemptions?|waivers?|reliefs?))/ | "fee credit" | "charge reduction" | "performance deduction"
                 | /\bKPI deductions?\b/ | "service deduction" | "service level deduction" | "performance reduction"
                 | "at-risk amount" | "amount at risk" | "at risk amount" | "at-risk fee" | "fees at risk"
                 # the reductions of a clause added up: "The total reduction under clause 8.1 for a reporting month
                 # shall not exceed fifteen per cent (15%)"
                 | /\btotal\s+(?:reductions?|deductions?)\s+(?:under|pursuant\s+to|in\s+accordance\s+with)\s+(?:clause|article|section|paragraph|item)\b/
                 # ... and the price of the services cut, which is a credit by another name: "the cost of the services for
                 # that month shall be reduced by 3% ..., and by 5% where the quality score ... is not achieved"
                 | /\b(?:cost|price)\s+of\s+(?:the\s+)?services\b[^.;]{0,40}?\b(?:shall\s+be|is|will\s+be)\s+reduced\b/
                 # Brazilian drafting's "glosas" on the monthly invoice for a missed service level
                 | /\bglosas?\b/
                 # US state drafting: "Performance Withholds in any month shall not exceed twelve percent (12%)"
                 | /\bperformance\s+withh(?:olds?|eld\s+amounts?|oldings?)\b/
                 # US county drafting: "the Performance Holdback" withheld from the invoice for a missed standard
                 | /\b(?:performance|service\s+level|SLA|KPI)\s+holdbacks?\b/
                 | "service rebate" | "performance rebate" | "service level rebate"
                 | "performance adjustment" | "service level adjustment" | "performance-related deduction"
                 # plain English: "If you miss a target, you'll give us money back", "For each target you
                 # miss in a month, we'll knock 3% off what we pay you", "The most we'll ever take off in a
                 # single month is 9%"
                 | "money back"
                 # a credit stated by its size: "a further credit of 3% shall apply"
                 | /\bcredits?\s+of\s+\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)(?!\s+for\s+(?:early|prompt)\b)/
                 # (for a missed target, not for paying early: "If you pay within 10 days, we'll take 2% off")
                 | /\b(?:miss|misses|missed|fail|fails|failed)\b[^.;]{0,80}?\b(?:knock|knocks|take|takes)\s+(?:\d+(?:\.\d+)?\s*%|\$\s?\d[\d,]*|[\w-]+\s+(?:percent|per\s+cent))\s+off\s+(?:what\s+(?:we|you|they)\s+(?:pay|owe)|(?:your|our|the|its|that\s+month['’]s|each)\s+(?:[\w-]+\s+)?(?:invoices?|bills?|fees?|charges?))\b/
                 | /\b(?:most|maximum)\s+(?:we|you|they)(?:['’]ll|\s+will|\s+can|\s+may)?\s+(?:ever\s+)?(?:take|knock)\s+off\b/
                 # the credits summed: "The total credits for any month can't be more than 8% of the fees"
                 | /\b(?:total|aggregate)\s+(?:amount\s+of\s+(?:the\s+)?)?credits\b/
                 # ... or the discounts, deductions or reductions summed over a period: "The total discount in
                 # any month won't be more than 8% of that month's invoice" (not a volume discount's ceiling)
                 | /\b(?:total|aggregate)\s+(?:amount\s+)?(?:of\s+(?:the\s+)?)?(?:discounts?|deductions|reductions)\s+(?:in|for)\s+(?:any|a|each|one)\s+(?:month|quarter|year|period|invoice)\b/
# "Service Credits do not apply", "No Service Credits shall apply": the engine does not negate a
# subject standing before its negation, so such sentences are set aside here (the pattern starts
# at the subject, outside the negated span, so that it is seen).
vocab inc_credit_off = /\b(credits?|deductions?|reductions?)\s+(\w+\s+){0,3}?(do|does|shall|will|are|is|may)\s+not\s+(apply|be\s+payable|be\s+due|be\s+available|be\s+applied|accrue)\b/
                     | /\bno\s+(service|performance|kpi|sla)\s+(level\s+)?credits?\s+(shall|will|may)\b/
                     # a schedule's heading left empty: "Service credits: not applicable."
                     # ... or a row of key details: "Service credits | Not applicable", "Service credits: there are none."
                     | /\bcredits?\s*[:|]\s*(?:not\s+applicable|n\/a|none|nil|there\s+are\s+none|no\b)/
                     # "no service credit or penalty (boete) regime applies to the service levels"
                     | /\bno\s+(?:[\w()-]+\s+){0,5}?(?:regime|scheme|mechanism|system)\s+(?:applies|shall\s+apply|will\s+apply|is\s+in\s+place|exists)\b/
# A fee reduction the contract denies ("The Fees shall not be reduced on account of any failure to
# meet the KPIs"): a prohibition, so its words count as mentions; set it aside here. The pattern
# starts at the fee, outside any negated span; a cap ("shall not be reduced by more than 10%") and
# an exception ("shall not be reduced except by Service Credits") are not denials.
vocab inc_reduce_off = /\b(?:charges?|fees?|prices?|invoices?|payments?|compensation|amounts?\s+payable)\s+(?:[\w-]+\s+){0,4}?(?:shall|will|must|may|can|is|are)\s+not\s+(?:be\s+)?(?:reduced|deducted|abated|withheld|offset|set\s+off|adjusted|credited|diminished|decreased|subject\s+to\s+(?:any\s+)?(?:reduction|deduction|abatement|adjustment|credit))\b(?!\s+(?:\w+\s+){0,2}?(?:by\s+more\s+than|except|save|other\s+than|unless|below|beyond|in\s+excess))/
                     | /\bno\s+(?:reduction|deduction|abatement|rebate|adjustment)s?\s+(?:of|in|to|from|against)\s+(?:the\s+)?(?:charges?|fees?|prices?|invoices?)\s+(?:shall|will|may|is|are|attaches|applies)\b/
# (A collections or sales agency is paid a "commission": its fee by another name.)
vocab inc_fee = "fee" | "charge" | "price" | "invoice" | "payment" | "compensation" | "amount payable" | "commission"
              | "remuneration" | "contract price" | "consideration"
              # civil-law drafting: "the monthly lump sum is reduced by the penalty"
              | "lump sum"
              # "... may not exceed eight per cent (8%) of the amount excluding VAT of the contract"
              | /\bamount\s+(?:excluding|exclusive\s+of|net\s+of|before)\s+(?:VAT|tax(?:es)?)\b/
              # "deduct EUR 400 ... from the amount otherwise payable for that Month"
              | /\b(?:amounts?|sums?)\s+(?:otherwise\s+|then\s+)?(?:payable|due|owed|owing|invoiced)\b/
              # Latin American drafting: "a maximum of ten percent (10%) of the current contract amount"
              # Persian drafting's payment claim: "deductions ... shall be made from the monthly statement"
              | /\b(?:monthly|progress|interim|periodic)\s+statements?\b/
              # (not "the contract value" alone, which a liability cap names too)
              | /\b(?:current|updated|valid)\s+contract\s+amount\b/
              # French drafting: "ten percent (10%) of the annual amount of the contract including all taxes"
              | /\b(?:annual|monthly|total)\s+amount\s+of\s+the\s+contract\b/
              # Russian drafting: "the cost of the Services for that month shall be reduced by three per cent (3%)"
              | /\bcost\s+of\s+(?:the\s+)?services\b/
vocab inc_reduce = "reduce" | "reduced" | "reduction" | "deduct" | "deduction" | "credit" | "withhold"
                 | "withheld" | "adjust" | "adjustment" | "abate" | "abatement" | "rebate" | "offset" | "discount"
                 | /\bset\s+off\s+against\b/
                 # plain English: "we'll take 2% off that month's invoice"
                 | /\btakes?\s+(?:\d+(?:\.\d+)?\s*%|[\w-]+\s+(?:per\s*cent|percent))\s+off\b/
vocab inc_sl = "service level" | /\bSLAs?\b/ | /\bKPIs?\b/ | "key performance indicator" | "performance standard"
             | "performance target" | "performance measure" | "target" | "fails to meet" | "failure to meet"
             | "fails to achieve" | "failure to achieve" | "shortfall" | "performance failure"
             # "Where an indicator of Annex 4 is not achieved in a given month" (from the measure, which
             # stands before the negation)
             # ("If an indicator under point 7.1 is not achieved in the reporting month")
             | /\b(?:indicators?|targets?|standards?|KPIs?)\b(?:\s+[\w.-]+){0,4}?\s+(?:is|are|was|were)\s+not\s+(?:achieved|met|reached|attained)\b/
# Liquidated damages, and contractual penalties in civil-law drafting (kary umowne, Vertragsstrafe).
vocab inc_may_agree = /\b(?:may|might|could)\s+(?:later\s+)?agree\b/
vocab inc_damages_named = "liquidated damages" | "contractual penalty" | "contractual penalties" | "contract penalty" | "penalty" | "penalties"
# (The credit is what is returned, not a list's next item: "incomplete applications returned to Families and
# the reduction in ...")
vocab inc_credit_returned = /\b(?:return|refund|repay|restore|reinstate|credit\s+back)(?:s|ed|ing)?\s+(?:(?!and\b|or\b)[\w%()]+\s+){0,7}?(?:that|the|such|any|each|those|these|all)\s+(?:[\w-]+\s+){0,2}?(?:credits?|deductions?|reductions?|penalt(?:y|ies)|discounts?|adjustments?|rebates?)\b/
# "the Desk Operator may add the amount of that Rebate back to its next invoice"
vocab inc_credit_returned += /\b(?:add|adds|added|adding|bill|bills|invoice|invoices|charge|charges)\s+(?:the\s+(?:amount|value)\s+of\s+)?(?:that|the|such|any|each|those|these|all)\s+(?:[\w-]+\s+){0,2}?(?:credits?|deductions?|reductions?|discounts?|rebates?|penalt(?:y|ies))\s+back\b/
# "we give you back the discount", "we'll pay you back half of the money back you gave us" (plain English)
vocab inc_credit_returned += /\b(?:gives?|pays?)\s+(?:you|us|them|it|the\s+[\w-]+)\s+back\s+(?:[\w%()]+\s+){0,3}?(?:of\s+)?(?:the|that|those|such|any|all)\s+(?:[\w-]+\s+){0,2}?(?:credits?|deductions?|reductions?|discounts?|penalt(?:y|ies)|money\s+back)\b/
vocab inc_sl_named = "service level" | /\bSLAs?\b/ | /\bKPIs?\b/ | "key performance indicator" | "performance standard" | /\b(?:service|quality|performance)\s+indicators?\b/
                   | "performance level"
                   | "performance target" | "performance measure"
                   # a target missed, by whatever it measures: "If the answer rate observed over a calendar month is
                   # below the target answer rate set in the CCTP, a penalty equal to two per cent (2%) ..."
                   | /\b(?:below|under|short\s+of|miss(?:es|ed)?|fails?\s+to\s+(?:meet|reach|achieve))\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:targets?|thresholds?|minimum)\b/

# Positive incentives for the provider.
vocab inc_positive = /\b(?:performance|excellence|quality|achievement|service)\s+(?:award|payment|premium|top-?up|reward)s?\b/ | "bonus" | "gainshare" | "gain-share" | "gain share" | "gainsharing" | "gain sharing"
                   | "earn-back" | "earn back" | "earnback" | "incentive pool" | "performance incentive"
                   | "incentive payment" | "incentive fee" | "award fee" | "financial incentive"
                   | "share of the savings" | "share of savings" | "shared savings" | "savings share"
                   | "performance premium" | "outperformance payment" | "success fee"
                   # "shall share equally any verified cost savings achieved ... as a result of process
                   # improvements proposed by Supplier"
                   | /\bshare\s+(?:equally\s+|in\s+equal\s+(?:shares|parts)\s+)?(?:any|all|the)\s+(?:[\w-]+\s+){0,2}?savings\b/
vocab inc_exceed = "exceed" | "exceeds" | "exceeded" | "outperform" | "better than" | "above" | "goes up"
  | "or more" | "or higher" | "or better"
  | "has gone up" | "improves" | "improved" | "beats"
  # a threshold reached, with room above it: "Satisfaction for a quarter reaches 93% or more"
  | /\breach(?:es|ed)?\s+(?:[\w()%.-]+\s+){0,5}?or\s+(?:more|higher|better|above)\b/
# Performance restored after a failure: "meets the failed Service Level in each of the two Contract
# Months following the failure".
vocab inc_recovers = /\b(?:meets?|achieves?|attains?|hits?)\b[^.;]{0,60}?\b(?:in|for|during)\s+(?:each\s+of\s+)?the\s+(?:[\w()-]+\s+){0,4}?(?:months?|quarters?)\s+(?:following|after)\b/
  # "... if the Operator meets the same Service Level in each of the following three months"
  # ("... in each of the three following months")
  | /\b(?:meets?|achieves?|attains?|hits?)\b[^.;]{0,60}?\bin\s+(?:each\s+of\s+)?the\s+(?:(?:two|three|four|five|six|\d{1,2})\s+)?(?:following|next|subsequent)\s+(?:[\w()-]+\s+){0,3}?(?:months?|quarters?)\b/
  # ... the months named first: "If, in the two months that follow a month in which a penalty was applied,
  # the Contractor achieves every service level"
  | /\bin\s+(?:each\s+of\s+)?the\s+(?:[\w()-]+\s+){0,3}?(?:months?|quarters?)\s+(?:that\s+)?(?:follow|following|after)\b[^.;]{0,80}?\b(?:meets?|achieves?|attains?|hits?)\b/
  # ... "if, in each of the two following months, the same service level is achieved"
  | /\bin\s+(?:each\s+of\s+)?the\s+(?:(?:two|three|four|five|six|\d{1,2})\s+)?(?:following|next|subsequent)\s+(?:[\w()-]+\s+){0,3}?(?:months?|quarters?)\b[^.;]{0,80}?\b(?:is|are)\s+(?:again\s+)?(?:met|achieved|attained|reached)\b/
vocab inc_pays_charges = /\bpay\s+(?:[\w-]+\s+){0,2}?(?:the\s+)?(?:charges|fees|service\s+fees?|monthly\s+fees?|price|invoiced\s+amounts?)\b/
vocab inc_performance = "score" | "rating" | "target" | "service level" | "satisfaction" | "resolution rate" | "fix rate" | "retention rate" | "conversion rate" | "success rate" | "share" | "resolution"
  | "performance" | /\bKPIs?\b/ | /\bt?NPS\b/ | /\bCSAT\b/
  # a level met without the word: "If, in any month, we answer at least 90% of non-match-day calls within 30 seconds"
  | /\b(?:answer|answers|answered|resolve|resolves|resolved|handle|handles|handled)\s+(?:at\s+least\s+|over\s+|more\s+than\s+)?\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+of\b/
  # sales: "If you sell more than 1,200 tickets in any month"
  | /\b(?:sell|sells|sold)\s+(?:more\s+than|over|at\s+least|in\s+excess\s+of)\b/
vocab inc_saved_share = /\b(?:half|one[- ]half|a\s+(?:third|quarter)|one[- ](?:third|quarter)|\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent))\s+of\s+(?:the\s+|any\s+|all\s+)?(?:[\w-]+\s+){0,3}?(?:saved|savings)\b/
# ... or of the amount by which the cost came in under its budget: "Where the actual total cost for the
# year is lower than the Annual Desk Budget, the Cooperative shall pay the Service Provider one third of the difference"
vocab inc_saved_share += /\b(?:lower|less)\s+than\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:budget|baseline|target\s+cost)\b[^.;]{0,120}?\b(?:half|one[- ]half|a\s+(?:third|quarter)|one[- ](?:third|quarter)|\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\)?)\s+of\s+the\s+(?:difference|shortfall|underspend)\b/
# ... or of the growth the provider brings: "fifteen per cent (15%) of the increase in the net value of
# confirmed bookings over the previous year, so that the Parties share the gain".
vocab inc_saved_share += /\b(?:half|one[- ]half|a\s+(?:third|quarter)|one[- ](?:third|quarter)|\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\)?)\s+of\s+the\s+(?:increase|growth|rise|uplift)\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:bookings|revenue|revenues|sales|turnover|income|conversions)\b/
vocab inc_reduction_share = /\b(?:half|one[- ]half|a\s+(?:third|quarter)|one[- ](?:third|quarter)|\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\)?)\s+of\s+(?:the|that|such|any|this)\s+(?:[\w-]+\s+){0,2}?(?:reduction|decrease|saving)s?\b/
vocab inc_keep_share = /\b(?:keep|keeps|retain|retains|receive|receives|get|gets)\s+(?:half|one[- ]half|a\s+(?:third|quarter)|one[- ](?:third|quarter)|\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\)?)\s+of\s+(?:the|that|such|any|this|each)\s+(?:[\w-]+\s+){0,2}?(?:saving|savings|reduction)s?\b/
# Extra pay under its civil-law name: "the Customer shall pay the Performer additional remuneration of
# three per cent (3%)"; an incentive only where performance earns it (not "additional services").
vocab inc_extra_pay = /\b(?:additional|extra|supplementary)\s+(?:remuneration|payment)\b/
  # plain English: "we will pay you an extra EC$2,000 for that month"
  | /\bpay\s+(?:you|us|the\s+[A-Z][\w-]*|{provider})\s+an\s+extra\b/
  # "you will also pay us a five-star top-up of 5% of the flat fees"
  | /\bpay\s+(?:you|us|the\s+[A-Z][\w-]*|{provider})\s+(?:also\s+)?an?\s+(?:[\w-]+\s+){0,2}?(?:top-?up|uplift|supplement)\b/
  # "a Blue Ribbon payment of $1,500 on top of the season fee"
  | /\bon\s+top\s+of\s+(?:the\s+|your\s+|its\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:fees?|charges|price|remuneration)\b/
vocab inc_amount_reward = /\b(?:incentive|reward|premium|uplift)s?\s+(?:payment\s+)?(?:\([^()]{1,40}\)\s+)?(?:of|equal\s+to|amounting\s+to|of\s+up\s+to)\b/
  # a payment named for the performance that earns it: "a Performance Dividend of EUR 2,500", "an
  # Excellence Payment equal to 2% of the fees", "a Success Fee of USD 3,000"
  | /\b(?:performance|excellence|quality|outperformance|success|achievement)\s+(?:dividend|payment|fee|award|bonus|premium|reward|uplift)s?\s+(?:\([^()]{1,40}\)\s+)?(?:of|equal\s+to|amounting\s+to|of\s+up\s+to)\b/
  # "a Rider Experience Award equal to three percent (3%) of the compensation" (not "the award of the contract")
  | /\bawards?\s+(?:equal\s+to|amounting\s+to|of\s+up\s+to)\b/
  # an award named as such, capitalised: "a Tight Lines Award of five thousand Bahamian dollars" (not
  # "Award of the Contract"; the noun opens the pattern, so the scanner jumps to it)
  | /(?-i:\bAwards?)\s+of\b(?!\s+(?:the\s+|this\s+|a\s+)?(?:contract|agreement|tender|bid)s?\b)/
  # "we'll pay you a thank-you payment of 2% of that quarter's fees"
  | /\b(?:thank[\s-]you|recognition|appreciation)\s+(?:payment|bonus|fee|premium)s?\s+(?:of|equal\s+to|amounting\s+to|of\s+up\s+to)\b/
# The provider's own staff: a bonus paid to them is not a contractual incentive for the provider.
# (not the provider itself where the contract calls it "the Agent")
vocab inc_staff = /\b(?!(?:{provider})\b)agent/ | "employee" | "staff" | "personnel" | "advisor" | "adviser" | "team leader"
                | "team member" | "representative" | "associate" | "frontline"
                # (lower case only: "the Operator" is often the provider itself)
                | /(?-i:\boperators?\b)/
# What the provider pays out itself.
vocab inc_paid_by_provider = /\b(?:paid|funded|granted|awarded|borne)\s+by\s+(?:the\s+)?{provider}\b/
  # "the Performer awards the operator a certificate and a bonus from its own funds"
  | /\bfrom\s+its\s+own\s+(?:funds|resources|budget|pocket|account)\b/
# An incentive the parties only mean to talk about.
vocab inc_talk = "discuss" | "explore" | "consider whether" | "may agree" | "to be agreed"
  # "The Parties may in future consider the introduction of a bonus"
  | /\bmay\s+(?:in\s+(?:the\s+)?future\s+|later\s+)?consider\b/
  # ("On the occasion of an extension, the Parties may negotiate a performance bonus")
  | "may negotiate" | "to be negotiated"
  # none at all: "No bonuses, premiums or additional economic incentives beyond the contract price shall be recognised"
  | /\bno\s+(?:[\w-]+\s+)?(?:bonus(?:es)?|premiums?|incentives?|rewards?)\b[^.;]{0,80}?\b(?:shall|will|is|are)\s+(?:be\s+)?(?:recogni[sz]ed|paid|payable|due|granted|owed|awarded)\b/
  # a payment only thought about, or left to the payer: "may, if it thinks fit, consider paying a discretionary bonus"
  # ("may, at its sole discretion, consider the award of a bonus")
  | /\bconsider\s+(?:paying|granting|awarding|giving|making|the\s+(?:award|grant|payment)\s+of)\b/ | /\bdiscretionary\s+(?:bonus|payment|award|premium)s?\b/
  # only proposed, and then left to the payer: "the Supplier may make a proposal for gainshare. If the Buyer
  # deems gainshare to be applicable then ... in accordance with an agreed gainshare ratio"
  # ... or "We may, at any time after the first year, propose a bonus scheme"
  | /\bpropos(?:e|es|ed|ing|als?)\s+(?:for\s+)?(?:(?:a|an|any)\s+)?(?:[\w-]+\s+){0,2}?(?:bonus|incentive|gain-?share|gain\s+share|reward|premium)/
  | /\bif\s+(?:the\s+)?(?:{client}|it|they)\s+deems?\s+(?:[\w-]+\s+){0,3}?(?:to\s+be\s+)?(?:applicable|appropriate)\b/

# The cap on the amount at risk.
vocab inc_cap = "not exceed" | /\bnot\s+be\s+(?:more|greater|higher)\s+than\b/ | "exceed" | "cap" | "capped" | "maximum" | "the most" | "limited to" | "limit" | "no more than"
              | "not more than" | "more than" | "in excess of" | "up to" | "in aggregate" | "aggregate" | "ceiling"
              | "in no event"
              # "Fee reductions in any month never add up to more than 8%": the engine hides what follows
              # "never", so the pattern starts at the reductions, before it
              | /\b(?:credits?|reductions?|deductions?|rebates?|penalt(?:y|ies)|abatements?)\b[^.;]{0,40}?\bnever\s+(?:[\w-]+\s+){0,3}?(?:more\s+than|exceed|exceeds|over)\b/
# A cap that may be stated as a period of service ("a maximum of ninety (90) days of paid service").
vocab inc_cap_limit = "not exceed" | /\bnot\s+be\s+(?:more|greater|higher)\s+than\b/ | /\bnot\s+(?:in\s+(?:the\s+)?aggregate|in\s+total|together|cumulatively)\s+exceed\b/ | "capped" | "limited to" | "no more than" | "not more than" | "maximum" | "ceiling"
  # ("The price reductions of a month are limited in total to 8% of the monthly base fee")
  | /\blimited\s+in\s+(?:total|aggregate|the\s+aggregate)\s+to\b/
  # "Credits will never add up to more than 5%": read from "never", which the negation does not hide
  | /\bnever\s+(?:[\w-]+\s+){0,3}?(?:more\s+than|exceed|over)\b/
# ("The total reduction for a reporting month shall not exceed 15% of the monthly cost of services")
vocab inc_reduction_noun = /\btotal\s+(?:reduction|deduction)\b/ | exact "deductions" | exact "reductions" | exact "rebates" | exact "abatements" | exact "penalties"
  | exact "discounts"
  | exact "adjustments" | exact "fee adjustments" | exact "credits"
  # one reduction of the price a month, and civil-law liquidated damages for missed levels
  | "price reduction" | "total reduction" | "liquidated damages"
vocab inc_cx_regardless = /\b(?:regardless|irrespective|independently)\s+of\s+(?:the\s+)?(?:customer|member|user|client)?\s*(?:satisfaction|experience|CSAT|NPS|quality)\b/
vocab inc_their_total_cap = /\b(?:their|its)\s+(?:total|aggregate|sum|cumulative\s+amount)\s+(?:(?:may|shall|will|must)\s+not|cannot|can\s+not)\s+exceed\b/
vocab inc_cap_strong = "maximum" | "limited to" | "capped" | "cap" | "ceiling"
vocab inc_earnback = "earn-back" | "earn back" | "earnback" | "earned back" | "earning back"
# An earn-back without the word: "the penalty for that month shall be refunded with the next commission payment".
# ("Penalties applied for a service level in a month shall be refunded to the Supplier if ...")
vocab inc_refunded = /\b(?:credits?|penalt(?:y|ies)|deductions?|reductions?|abatements?|adjustments?)\s+(?:[\w'’-]+\s+){0,8}?(?:(?:shall|will)\s+be|is|are)\s+(?:refunded|repaid|returned|reversed|restored|credited\s+back|paid\s+back)\b/
  # plain English, the sum named by the contract's own word: "you'll pay the bill-back back to us"
  | /\b(?:pay|pays|give|gives|hand|hands)\s+(?:the|that|this|each|any)\s+(?:[\w-]+\s+){0,2}?back\b/

# ... or the provider getting it back once performance is restored: "If the Contractor attains the target
# ... for the three (3) months following ..., the Contractor recovers the amount of that service credit"
# (read with inc_recovers: the client recovering credits by set-off is no earn-back)
vocab inc_recovered = /\brecover(?:s|ed)?\s+(?:the\s+(?:amount|value|sum)\s+of\s+)?(?:that|the|such|those|these|each|any)\s+(?:[\w-]+\s+){0,2}?(?:credits?|deductions?|reductions?|penalt(?:y|ies))\b/

vocab inc_most_deducted = /\b(?:the\s+)?(?:most|maximum)\s+(?:amount\s+)?(?:that\s+)?(?:we|you|they|it|the\s+[\w-]+)\s+(?:will|can|may|shall|could)\s+(?:ever\s+)?(?:deduct|knock\s+off|take\s+off|withhold|take\s+back|claw\s+back)\b/

# Pricing models.
vocab inc_pricing_unit = "per FTE" | "per full-time equivalent" | "per full time equivalent" | "per productive hour"
                       | "per agent hour" | "per hour" | "per handled contact" | "per contact" | "per call"
                       | "per minute" | "per transaction" | "per interaction" | "per email" | "per chat"
                       | "per ticket" | "per case" | "per seat" | "per agent" | "per resolved" | "per handled"
                       | "per unit" | "per outcome" | "per sale" | "per account" | "per claim" | "per letter"
                       | /\bper\s+((productive|billable|staffed|paid|agent|logged[- ]in)\s+){1,2}(hours?|FTEs?|seats?|agents?)\b/
                       | /\b(each|every|per)\s+FTEs?\b/
                       # Brazilian and other Latin drafting prices the staffed workstation: "per Attendance
                       # Position (PA) in operation", "per service position", "per workstation"
                       | /\bper\s+(?:[\w-]+\s+){0,2}?(?:positions?|workstations?|work\s+stations?|PAs?)\b/
# ("fixed fee" exact, with its plural: "fix prices and grades" is a task, not a pricing model)
vocab inc_pricing_model = "fixed monthly fee" | "fixed monthly charge" | exact "fixed fee" | exact "fixed fees"
                        | exact "fixed price" | exact "fixed prices" | exact "fixed pricing" | exact "fixed charge" | exact "fixed charges"
                        | "monthly management fee" | "outcome-based" | "outcome based"
                        | "output-based" | "results-based" | "transaction-based" | "volume-based pricing"
                        | "time and materials" | "time-and-materials" | /\bT\s?&\s?M\b/ | "cost plus" | "cost-plus"
                        | /\bopen[\s-]book\b/ | "rate card" | "price per" | "FTE rate" | "FTE-based" | "per-FTE"
                        | "pricing model" | "charging model" | "tiered pricing" | "volume band" | "price band"
                        # "a fixed platform fee", "a fixed monthly standby fee"
                        | /\bfixed\s+(?:[\w-]+\s+){1,2}?(?:fee|charge|price)s?\b/
                        # Russian drafting: "The price of the Contract is fixed and amounts to ..., which corresponds to a
                        # fixed monthly cost of services of 948,000 roubles"
                        | /\bfixed\s+(?:monthly|annual|quarterly|weekly)\s+(?:cost|amount|sum)\s+of\s+(?:the\s+)?services\b/
                        | /\bprice\s+of\s+the\s+(?:contract|agreement|services)\s+is\s+(?:firm\s+and\s+)?fixed\b/
                        # "a fixed monthly lump sum of FCFA 9,400,000"
                        | /\b(?:fixed|flat)\s+(?:[\w-]+\s+)?lump\s+sums?\b/
                        # Polish drafting: "a lump-sum monthly remuneration of PLN 38,500.00 net" (wynagrodzenie ryczałtowe)
                        | /\blump[\s-]sum\s+(?:monthly\s+|annual\s+|quarterly\s+)?(?:remuneration|fee|price|payment)\b/
                        # "The Monthly Charge is a fixed sum of ... (GBP 38,450)"; "Each handled contact above
                        # 4,200 in a month is charged at GBP 7.90"
                        | /\bfixed\s+(?:monthly\s+|annual\s+|quarterly\s+)?sums?\b/
                        | /\b(?:each|every)\s+(?:[\w-]+\s+){0,2}?(?:contacts?|calls?|cases?|transactions?|interactions?|minutes?|hours?|visits?|chats?|e-?mails?|applications?|claims?)\b[^.;]{0,40}?\b(?:is|are|shall\s+be|will\s+be)\s+(?:charged|billed|invoiced|priced|paid)\s+(?:at|for)\b/
                        # "payable in twenty-four (24) fixed monthly amounts of Bs 85,000 each"
                        | /\b(?:fixed|equal)\s+(?:monthly|quarterly|annual|yearly)\s+(?:amounts?|payments?|instal(?:l)?ments?|sums?)\b/
                        # "a monthly flat fee of DJF 6,200,000", "a flat rate per call"
                        | /\bflat\s+(?:[\w-]+\s+)?(?:fee|charge|price|rate)s?\b/
                        # "a fixed annual retainer of EUR 420,000"
                        | "retainer"
# A commission on what the desk sells is its price: "a commission of twelve percent (12%) of the
# package price of each Booking".
vocab inc_pricing_model += /\bcommissions?\s+(?:of|equal\s+to|at)\s+[^.;]{0,40}?(?:%|per\s?cent\b|percent\b)\)?\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:prices?|value|amounts?|revenues?|sales|takings|receipts)\b/
# Rates that state a pricing model only where they price the Services ("a daily rate" is also how
# an apportionment is worked out).
vocab inc_rate = "hourly rate" | "daily rate" | "day rate" | "unit price" | "unit rate" | "monthly rate"
# A charge for each unit of work, whatever words qualify the unit ("a fee for each Handle Minute",
# "per resolved customer enquiry", "for every completed claim", "a per-enrollment fee of $38", "per
# dedicated full-time equivalent case manager").
vocab inc_unit_any = /\b(?:per|for\s+each|for\s+every)[\s-]+(?:[\w-]+\s+){0,2}?(?:minutes?|hours?|contacts?|calls?|interactions?|transactions?|e-?mails?|chats?|tickets?|cases?|claims?|letters?|FTEs?|full[\s-]time\s+equivalents?|seats?|agents?|accounts?|sales?|enquir(?:y|ies)|inquir(?:y|ies)|conversations?|messages?|sessions?|enrol(?:l)?ments?|registrations?|applications?|bookings?|reservations?|orders?|referrals?|patients?|members?|subscribers?|entr(?:y|ies)|requests?|appointments?|certificates?|permits?|licen[cs]es?|visits?|quer(?:y|ies)|payments?|complaints?|shipments?|deliver(?:y|ies)|parcels?|items?|documents?)\b/
# ... or a unit of work done, whatever it is: "$24.50 for each completed Renewal"
vocab inc_unit_any += /\b(?:per|for\s+each|for\s+every)\s+(?:completed|handled|processed|successful|closed|resolved|finished|answered)\s+[\w-]+/
# ... or named after it: "$6.40 for each trip scheduled in RideLink, plus $2.10 for each change or cancellation processed"
vocab inc_unit_any += /\b(?:per|for\s+each|for\s+every)\s+[\w-]+(?:\s+or\s+[\w-]+)?\s+(?:scheduled|booked|handled|processed|completed|issued|registered|resolved|dispatched|answered)\b/
# A sum due for each unit of a failure or a delay is a credit or damages, not the price of the Services.
vocab inc_not_price = "credit" | "deduct" | "deduction" | "reduce" | "reduction" | "rebate" | "damages" | "penalty"
                    # "the Performer shall pay the Bank a fine of TJS 5,000 for each case"
                    | "fine" | "fines" | "forfeit"
                    | "delay" | "downtime" | "unavailability" | "outage"
                    # nor is a bonus for each unit above a plan: "For each export order ... in excess of the
                    # annual plan ..., the Customer shall pay an additional remuneration of 1.5%"
                    | "additional remuneration" | /\bin\s+excess\s+of\s+the\s+(?:[\w-]+\s+){0,3}?(?:plan|target|forecast|threshold)\b/
                    # ... or "a retention bonus of NZ$12 for each saved subscriber above that level", "RM25 for
                    # each Member who ... keeps his or her membership, above a baseline of 150 such Members"
                    | /\babove\s+(?:that\s+level|that\s+number|(?:a|the)\s+(?:baseline|threshold|target))\b/
                    # nor what an invoice shows for each unit: "invoice ... monthly, showing for each item of the
                    # Services the number of transactions handled"
                    | /\b(?:showing|stating|listing|setting\s+out|itemi[sz]ing|specifying|giving)\s+(?:for\s+each|for\s+every|per)\b/
# A price list only referred to, to be sent later: "Our prices are on the rate card we'll send you with our
# first invoice".
vocab inc_sent_later = /\b(?:rate\s+card|price\s+list|tariff|schedule\s+of\s+(?:rates|prices|charges))\s+(?:that\s+|which\s+)?(?:we|you|it|they|the\s+\w+)\s*(?:(?:['’]ll|will|shall)\s+(?:send|provide|issue|give|supply|share)|\s(?:send|sends|provide|provides|issue|issues|give|gives|supply|supplies|share|shares))\b/
# (Nor is the sum an insurance must cover: "insurance ... of not less than BZD 500,000 per claim".)
vocab inc_authority_limit = "goodwill" | "gesture" | "gestures" | "insurance" | "insured" | "indemnity cover"
vocab inc_authority_heading = "delegated authority" | "authority limits" | "approval limits" | "authority matrix"
# A cost per unit is a measure the desk is held to, not its price: "the reduction in cost per contact",
# "lower administrative cost per Member", "its average handling cost per contact".
vocab inc_cost_metric = /\bcosts?\s+(?:per|for\s+each|for\s+every|of\s+each)\s+(?:handled\s+|resolved\s+)?[\w-]+/
                          | /\b(?:may|can|is\s+authori[sz]ed\s+to)\s+(?:decide|approve|authori[sz]e|grant|agree|offer|refund)\b[^.;]{0,120}?\bup\s+to\b/
vocab inc_charge = inc_fee | "pay" | "charged" | "invoiced" | "billed" | "cost" | "pricing" | "priced"
                 # ("The Agency shall be paid at the rate per seat per month quoted in its financial bid")
                 | /\b(?:paid|payable|charged|invoiced)\s+at\s+(?:the|a)\s+rate\b/

# Customer-experience outcomes.
# (the rating the people served give: "the average rating given by insured persons", "Insured persons' rating")
vocab inc_cx = /\b(?:rating|score)s?\s+(?:given|awarded)\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?(?:{end_customer}|customers?|callers?|users?|persons?|members?|patients?|citizens?|clients?)\b/
  | /\b(?:{end_customer}|customer|caller|user|member|patient|citizen|insured\s+person)s?['’]?\s+(?:rating|score)s?\b/
  | "customer satisfaction" | /\bCSAT\b/ | "net promoter score" | "net promoter" | /\bt?NPS\b/
  # Italian drafting's approval rating: "Where, in a quarter, the gradimento index exceeds 90% ..., a quality bonus"
  | /\bgradimento\b/
  # ... and French drafting's kept in the original: "for the indice de satisfaction des assurés, the penalty is 3%"
  | /\b(?:indice|taux|niveau|enqu\wte)\s+de\s+satisfaction\b/
             | "customer effort" | /\bCES\b/ | "quality score" | "quality assurance score" | /\bQA score/
             | "quality assurance" | "quality evaluation" | "quality monitoring" | "call quality"
             | "customer experience" | sla_cx_survey
             # the quality the customers perceive: "the Índice de Calidad Percibida (perceived quality index)"
             | /\bperceived\s+(?:service\s+)?quality\b/
             # the customers' own grade: "average grade given by applicants in the post-attention survey"
             | /\b(?:grades?|scores?|ratings?|marks?)\s+(?:given|awarded)\s+by\s+(?:the\s+)?(?:{end_customer})s?\b/
             # plain English: "any quarter in which households rate their calls better"
             | /\brates?\s+(?:their|the|our|your|its)\s+(?:calls?|service|experience|contacts?)\s+(?:better|higher|more\s+highly)\b/
             # satisfaction or experience of the end customer under the sector's name for the customer
             # ("Citizen satisfaction", "patient experience score", "members' satisfaction")
             | /\b(?:{end_customer})s?['’]?\s+(?:(?!(?:and|or|of|the|a)\b)[\w-]+\s+)?(?:satisfaction|experience\s+(?:score|rating|survey|index|measure|result)s?|effort)\b/
             # a rating by the people served ("average support rating given by Riders", "4.7 stars")
             | /\b(?:{end_customer})s?['’]?\s+ratings?\b/ | /\bratings?\s+given\s+by\s+(?:the\s+)?(?:{end_customer})s?\b/
             | cx_score
             # the rating the people served give in a survey ("the average rating in your after-fair
             # exhibitor survey", "survey score")
             | /\bratings?\s+(?:in|from)\s+(?:the\s+|your\s+|our\s+)?(?:[\w'’-]+\s+){0,5}?surveys?\b/
             | cx_survey
             # what the people served write in praise: "every written compliment from a guest"
             | /\bcompliments?\s+(?:from|by|of)\s+(?:an?\s+|the\s+|any\s+|our\s+|your\s+)?(?:{end_customer})s?\b/
             | "satisfaction survey" | "satisfaction score" | "satisfaction rating" | "post-contact survey"
             | "post-call survey" | "post-interaction survey" | "post-chat survey"
             # how easy the people served found it ("ease score": customer effort, asked the other way)
             | "ease score" | "customer ease"
             # a named index of satisfaction ("Owner Satisfaction Index") is the served people's, unless
             # it is the workforce's
             | /\b(?<!employee )(?<!staff )(?<!agent )(?<!colleague )(?<!workforce )satisfaction\s+index\b/
             # the people served rating what they got: "our guests rate their booking experience 4.7 stars"
             | /\b(?:{end_customer})s?\s+(?:rate|rates|rated|score|scores|scored)\s+(?:their|the|our|your|its)\b/
             | /\b\d(?:\.\d+)?\s+stars?\b/
             # "the average star rating from customers"
             | /\bstar\s+ratings?\b/
             # the share of the people served who say they are satisfied: "the rate of families declaring
             # themselves satisfied or very satisfied with the helpdesk in the survey"
             | /\b(?:{end_customer})s?\s+(?:declaring|declared|saying|who\s+(?:declare|say|said|rate|rated|report|reported))\s+(?:themselves\s+|that\s+they\s+(?:are|were)\s+)?(?:very\s+)?(?:satisfied|dissatisfied|happy)\b/
# Civil-law drafting calls the credit a contractual penalty (Vertragsstrafe, penalidad): tied to a
# customer-experience result, it is a credit on that result.
vocab inc_money_link = inc_credit | inc_positive | "incentive" | "contractual penalty" | "contractual penalties"
  # a penalty stated by its amount: "a penalty equal to 2% of the amount invoiced ...; for the indice de satisfaction des
  # assurés, the penalty is 3%"
  | /\bpenalt(?:y|ies)\s+(?:equal\s+to|of|is|are|amounts?\s+to)\s+(?:[\w-]+\s+){0,2}?\d/
  # "pays a harvest premium equal to three per cent (3%) of the fees"; "Where the failed Service Level is
  # SL4 (Climber Satisfaction) ..., the reduction is three per cent (3%)"
  | inc_amount_reward | /\bthe\s+(?:reduction|deduction|rebate)\s+(?:is|shall\s+be|will\s+be)\b/
  # "The deduction for the citizen satisfaction index shall apply when the average score ... falls below 4.0"
  | /\bthe\s+(?:reduction|deduction|rebate|penalty)\s+for\s+the\b/
# The items of a weighted service-level table, or their score: "for each item", "the weighted score of the items".
vocab inc_scored_items = /\b(?:weighted\s+(?:score|result|average)|each\s+(?:service\s+level\s+|kpi\s+)?items?|(?:service\s+level|kpi|score)\s+items?)\b/
# Named service metrics (a table row of credits names the metric, not "service level").
vocab inc_metric = "speed of answer" | /\bASA\b/ | "abandon" | "abandonment rate" | "first contact resolution"
                 | "first call resolution" | /\bFCR\b/ | "handle time" | "handling time" | /\bAHT\b/
                 | "response time" | "resolution time" | "availability" | "uptime" | "customer satisfaction"
                 | /\bCSAT\b/ | "net promoter" | /\bt?NPS\b/ | "quality score" | "accuracy" | "adherence"
                 | "answered" | "responded" | "resolved" | "wait time" | "grade of service"
vocab inc_at_risk = "at-risk amount" | "amount at risk" | "at risk amount" | "at-risk fee" | "fees at risk"
                  | "at-risk percentage" | "pool percentage"
vocab inc_fee_share = /\d+(\.\d+)?\s*(%|per\s?cent|percent)\s+of\s+(the\s+)?([\w'’]+\s+){0,2}(fees?|charges?|invoice|price|amount|commission|lump\s+sum|payments?|remuneration)/
vocab inc_info_only = "for information" | "information only" | "reported only" | "report only" | "monitored only"
  # a table cell: "| Reported; no Service Credit |" (read from "Reported": the negation hides what follows "no")
  | /\breported\s*[;,]\s*no\s+(?:service\s+)?(?:credits?|reductions?|deductions?|penalt(?:y|ies))\b/
  # ... or a cell of its own: "| at least 80% | No abatement |"
  | /\|\s*no\s+(?:service\s+)?(?:credits?|reductions?|deductions?|abatements?|penalt(?:y|ies))\s*(?:\||$)/
  # "Indicator 4 (satisfaction mark) is monitored and reported but gives rise to no Fee Reduction and no premium"
  | /\b(?:gives?|giving|give)\s+rise\s+to\s+no\b/ | /\b(?:carries|carry|attracts?|triggers?)\s+no\s+(?:[\w-]+\s+){0,2}?(?:reductions?|deductions?|credits?|premiums?|bonus(?:es)?|payments?|money)\b/
# A table column of credits or incentives ("| Service Level | Target | KPI Adjustment |"): each row's
# measure carries one, unless its cell says there is none.
vocab inc_money_column = inc_credit | inc_positive | "credit" | "adjustment" | "deduction" | "reduction"
                       | "abatement" | "rebate" | "at risk" | "weighting" | "incentive" | "discount"
                       # ("| Penalty if missed (share of monthly invoice) |")
                       | /\bpenalt(?:y|ies)\s+if\s+(?:missed|not\s+(?:met|achieved|reached))\b/
# (Spaces, not \s: a row's last cell ends the paragraph, and a match may not run past it.)
vocab inc_no_amount_cell = /\|[ \t]*(?:none|nil|n\/?a|not\s+applicable|no\s+credit|[-–—])[ \t]*(?:\([^)|]*\)[ \t]*)?(?:\||$)/

# ---- rules -------------------------------------------------------------------------------------

rule INC-001 "Service credits apply when service levels are missed" {
  area: incentives
  severity: high
  source: "002 (performance incentives in the contractual terms)"
  # Credits "to be negotiated", or "the service credits (if any) agreed later", are not yet a regime;
  # credits whose amounts are fixed while the targets are still to be set are.
  require: (sentence mentions inc_credit and not mentions inc_credit_off and not mentions deferred_terms
            and not mentions exact "if any" and not mentions empty_part_ref)
        # The amount of the reduction often stands between it and the fee ("a deduction of one
        # per cent (1%) of the monthly invoice value"), so the two may be twelve words apart.
        or (sentence mentions inc_fee near inc_reduce within 12 words and mentions inc_sl
            and not mentions inc_reduce_off and not mentions deferred_terms)
        or (row mentions (inc_sl | inc_metric) and mentions inc_fee_share)
        # Liquidated damages for each missed KPI are credits by another name; those for a late
        # go-live date are not.
        # (Nor penalties the parties "may agree, by means of an addendum".)
        or (sentence mentions inc_damages_named and mentions inc_sl_named and not mentions deferred_terms
            and not mentions inc_may_agree and not mentions inc_credit_off)
  message: "No service credits or fee reductions for missed service levels were found."
  fix: "If the Supplier fails to achieve a Service Level in any month, the Client shall be entitled to the Service Credit set out against that Service Level in Schedule [X], which shall be deducted from the Charges for the following month."
  tags: incentives, service-credits
  examples {
    gap: """This Agreement is made between Stichting Zeepark (the "Foundation") and Windwardside Contact B.V. (the "Contractor").

The Contractor shall provide the Services to the Foundation.

The parties have agreed that no service credit or penalty (boete) regime applies to the service levels."""
    pass: """This Agreement is made between Stichting Zeepark (the "Foundation") and Windwardside Contact B.V. (the "Contractor").

The Contractor shall provide the Services to the Foundation.

A service credit regime applies to the service levels: for each month in which a service level is missed, the Foundation deducts 3% of the monthly fee."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

## Key Details

| Item | Detail |
|---|---|
| Fee | $4,000 a month |
| Service credits | Not applicable |"""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

24. What we pay you. We pay you a fee of $4,000 a month. Service credits: there are none."""
    gap: """This Contract is made between Alinea Dental S.A. (the "Company") and Contacto Tico S.A. (the "Supplier").

The Supplier shall provide the Services to the Company.

THIRD: The parties may agree, by means of an addendum, penalties for failure to meet the service levels."""
    pass: """This Contract is made between Alinea Dental S.A. (the "Company") and Contacto Tico S.A. (the "Supplier").

The Supplier shall provide the Services to the Company.

THIRD: The Supplier shall pay a penalty of 2% of the monthly fee for each month in which it fails to meet the service levels."""
    pass: """This Agreement is made between Quillon Software Inc. ("Quillon") and Deskward LLC (the "Supplier").

The Supplier shall provide the Services to Quillon.

If the Supplier misses a Support Metric in a month, Quillon will receive a Service Rebate of 2% of that month's fees for each metric missed."""
    pass: """This Contract is made between Syndicat du Lagon (the "Authority") and Lagon Relation SAS (the "Holder").

The Holder shall answer calls for the Authority.

8.1 When a performance level in Article 6 is not attained in a month, the Holder shall incur a penalty of EUR 400 per level not attained. Penalties are deducted from the sums due to the Holder."""
    gap: """This Contract is made between Syndicat du Lagon (the "Authority") and Lagon Relation SAS (the "Holder").

The Holder shall answer calls for the Authority.

8.1 When the service does not start on the date set, the Holder shall incur a penalty of EUR 400 per day of delay."""
    gap: """This Contract is made between Distillerie Anse Noire SAS (the "Principal") and Relais Caraibes SARL (the "Service Company").

The Service Company shall operate a distributor order desk for the Principal.

21. Service credits: not applicable."""
    pass: """This Contract is made between Distillerie Anse Noire SAS (the "Principal") and Relais Caraibes SARL (the "Service Company").

The Service Company shall operate a distributor order desk for the Principal.

21. Service credits: two per cent (2%) of the monthly fee for each missed Service Level."""
    pass: "11.1 Where an indicator of Annex 4 is not achieved in a given month, the monthly lump sum is reduced by the penalty set out against that indicator."
    gap: "11.1 Where an indicator of Annex 4 is not achieved in a given month, the Parties shall meet to discuss the causes; the monthly lump sum remains payable in full."
    pass: "16. Where a Service Level is not achieved in a Month, the Client shall deduct USD 250 for each Service Level missed from the amount otherwise payable for that Month."
    gap: "16. Where a Service Level is not achieved in a Month, the Supplier shall explain the shortfall; no amount otherwise payable shall be deducted."
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

For each target you miss in a month, we'll knock 3% off what we pay you for that month."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

If you finish the season early, we'll knock $200 off the cost of your staff party."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

If we miss a target in a month, we'll take 2% off that month's invoice for each missed target."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

If you pay within 10 days, we'll take 2% off that month's invoice."""
    gap: "Whether service credits should apply will be discussed by the parties when the Service Levels are agreed."
    pass: "Service credits apply when the Supplier misses a Service Level, as set out in Schedule 4."
    pass: "For each service indicator in Appendix 1 that is not achieved in a month, Party B shall pay a penalty of the percentage of that month's service charges stated in Appendix 1."
    gap: "Party A shall pay a penalty of 0.05% per day on any invoice paid late."
    pass: "If a KPI is missed in any month, the Client shall apply a discount of three per cent (3%) to the monthly invoice."
    pass: "For each Service Level missed in a month, the Supplier shall pay the Purchaser a contractual penalty of 2% of the monthly Remuneration, which the Purchaser may deduct from the invoice."
    pass: "Where the Operator fails to achieve a KPI in any month, the Authority shall deduct as liquidated damages the percentage stated against that KPI in Schedule 3 from the sum otherwise due for that month."
    gap: "If the Operator fails to achieve the Go-Live Date, it shall pay liquidated damages of NGN 500,000 for each day of delay."
    gap: """7.1 Service Credits for missed Service Levels are set out in Schedule 5.

Schedule 5 - Service Credits

Not used."""
    pass: "For each Service Level missed in a calendar month, the Bank shall levy a penalty at the rate set out in Annexure II, which shall be deducted from the commission payable for that month."
    gap: "The parties will agree a service credit regime at the first meeting of the Partnership Board after the Service Start Date."
    pass: "Service Credits shall be calculated in accordance with Schedule 4"
    pass: "the monthly fee shall be reduced by 2% for each Service Level Failure"
    pass: "If the Vendor fails to meet a KPI in any month, the Customer may deduct the applicable amount from the next invoice."
    pass: "A Performance Deduction shall apply to each KPI Failure as set out in Annex 2."
    pass: """| Service Level | Target | Credit |
|---|---|---|
| Average speed of answer | 80% in 20 seconds | 3% of the monthly Charges |"""
    pass: "In the event of any shortfall in the Service Levels, a deduction of one per cent (1%) of the monthly invoice value shall be made for each Service Level not met."
    pass: "Once the KPI Targets have been agreed, for each KPI Failure the Fees for the month shall be reduced by a Service Credit of two per cent."
    gap: "The Client's remedies for a failure to achieve a Service Level are limited to the service credits (if any) that the parties later agree."
    gap: "The parties shall, within six months after the Effective Date, negotiate in good faith a regime of service credits for failures to achieve the Service Levels."
    gap: "A deduction of one per cent (1%) of the monthly invoice value shall be made for any tax the Company is required to withhold."
    gap: "The Supplier shall use all reasonable endeavours to meet the Service Levels."
    gap: "The Charges shall be adjusted annually in line with the Consumer Price Index."
    gap: "The Client may withhold payment of any invoice that is disputed in good faith."
    gap: "The Supplier shall not be liable to pay any Service Credits."
    gap: "There are no service credits under this Agreement; the Client's remedy for poor performance is termination."
    gap: "Service Credits do not apply under this Agreement."
    gap: "The Contractor shall pay liquidated damages of £5,000 for each day of delay in completing the Transition."
    gap: "The Fees will not be reduced or withheld by reason of the Vendor failing to achieve any Key Performance Indicator."
    gap: "A service credit regime may be agreed between the parties in a later addendum."
    pass: "The service credits in Schedule 3 apply from the Go-Live Date; their amounts may be changed only by a later amendment signed by both parties."
    pass: "The monthly Charges shall not be reduced by more than twelve per cent (12%) as a result of failures to meet the Service Levels."
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

2. The Services include the provision of information to fee payers on the amount of the fee, the due dates and methods of payment, fee reductions and exemptions, and the registration of payers."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

2. If the Contractor misses a service parameter in a month, a fee reduction of 3% of the monthly price applies to the invoice for that month."""
    gap: """This contract is concluded between the Caisse de Prévoyance des Agents Publics (the "Fund") and Ivoire Relation Client SA (the "Contract Holder"). The Contract Holder shall operate the pensioner contact centre of the Fund.

9. The service levels shall be set out in an amendment within three months. The penalties applicable in the event of failure to respect the service levels shall be fixed by the amendment referred to in paragraph 6."""
    pass: """This Agreement is made between the State Employment Agency (the "Principal") and SIA "Gauja Serviss" (the "Contractor").

37. If an indicator in Annex 1 is not achieved in a month, the Contractor shall pay a contractual penalty of one per cent (1%) of the monthly fee for each indicator not achieved, which the Principal shall set off against the invoice for that month."""
    gap: """This Agreement is made between the State Employment Agency (the "Principal") and SIA "Gauja Serviss" (the "Contractor").

37. If the Contractor starts the service late, it shall pay a contractual penalty of EUR 500 for each day of delay."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

13.2 For each month in which a service level in Annex 1 is not met, a penalty equal to 2% of that month's progress payment amount shall be deducted for each service level not met."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

## Annex 2. Service indicators and reductions

| Indicator | Target | Reduction if not met |
|---|---|---|
| Calls answered within 40 seconds | 80% | 2% of monthly payment |
| Abandoned calls | not more than 7% | 1% of monthly payment |"""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

## Annex 2. Service indicators

| Indicator | Target | Weight in the annual evaluation |
|---|---|---|
| Calls answered within 40 seconds | 80% | reported monthly |
| Abandoned calls | not more than 7% | reported monthly |"""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

13-3 Where a service level is not met in a month, the deductions shown in Appendix 1 shall be made from the monthly statement."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

13-3 Where a service level is not met in a month, the Contractor shall explain the reasons in the monthly statement."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.1 If the answer rate observed over a calendar month is below the target answer rate set in the technical specifications, a penalty equal to two per cent (2%) of the amount invoiced for that month is applied."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.1 If the Contractor is late in delivering the monthly report, a penalty of fifty euros per day of delay is applied."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.1 For each target value of Appendix No. 3 not achieved in a reporting month, the cost of the Services for that month shall be reduced by three per cent (3%)."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.1 The cost of the Services for each month is set out in Appendix No. 4 and is paid within thirty days of the act of acceptance."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

11.1 If an indicator under point 7.1 is not achieved in the reporting month, the cost of the services for that month shall be reduced by 3% for each indicator not achieved."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

11.1 The cost of the services for each month is set out in Annex 3 and is paid within seven working days."""
  }
}

# Payments ruled out with a long subject, which the negation reader leaves whole: "No bonuses, premiums or other
# payments above the price of the Contract shall be made to the Performer".
vocab inc_none = /\bno\s+(?:[\w-]+,?\s+){0,4}?(?:bonus(?:es)?|premiums?|incentives?|rewards?)\b[^.;]{0,80}?\b(?:shall|will|may)\s+be\s+(?:made|paid|granted|awarded|due|payable)\b/

rule INC-002 "Positive incentives reward the provider for exceeding targets" {
  area: incentives
  severity: medium
  source: "002 (incentives), 003 (co-ownership of outcomes)"
  # (A bonus the provider pays its own operators, "a monetary bonus paid by the Executor", rewards its staff
  # (TP-004), not the provider.)
  require: (sentence mentions inc_positive
           and not (mentions inc_staff near inc_positive within 10 words)
           and not mentions inc_talk and not mentions deferred and not mentions inc_none
           and not prohibits any party from inc_positive and not mentions inc_paid_by_provider)
        # An incentive stated as an amount paid ("an incentive of 2% of the monthly invoice value
        # shall be paid in any month in which ..."), whatever it is called.
        or (sentence mentions inc_amount_reward and (has percentage or has money)
           and not (mentions inc_staff near inc_amount_reward within 10 words)
           and not mentions inc_talk)
        # The client pays the provider an extra amount when performance exceeds a mark ("If the
        # Member Satisfaction Score exceeds 90%, Company shall pay Vendor an Excellence Payment
        # equal to 3% of the fees"), or shares what the provider saved it.
        # (Paying the ordinary charges when a level is met is no reward.)
        or (sentence obliges client to "pay" and mentions inc_exceed near inc_performance within 8 words
           and (has percentage or has money) and not mentions inc_talk and not mentions deferred_terms
           and not mentions inc_pays_charges)
        or (sentence mentions inc_saved_share and not mentions inc_talk and not mentions deferred_terms)
        # ("For every written compliment from a guest ... we will pay you £20 on top of your normal price")
        or (sentence obliges client to "pay" and mentions inc_extra_pay and mentions (inc_performance | sla_perf | inc_cx)
           and (has percentage or has money) and not mentions inc_talk and not mentions deferred_terms)
        # "If that cost falls below the baseline, Cooperative shall pay Contractor thirty-five percent (35%)
        # of the reduction": the client pays the provider a share of what it saved.
        or (sentence obliges client to "pay" and mentions inc_reduction_share and not mentions inc_talk
           and not mentions deferred_terms)
        # ... or the provider keeps a share of it: "If we find a way to cut what you spend on printing, we'll
        # keep a third of the saving for the first twelve months"
        or (sentence (obliges provider to inc_keep_share or permits provider to inc_keep_share)
            and not mentions inc_talk and not mentions deferred_terms)
  message: "No positive incentive (bonus, gain-share, earn-back or incentive pool) rewards the provider for exceeding targets or improving outcomes."
  fix: "If the Supplier exceeds the Service Level targets in any Contract Quarter, the Client shall pay the Supplier a performance bonus of up to 5% of the Charges for that quarter, calculated in accordance with Schedule [X]; and savings achieved through improvements proposed by the Supplier shall be shared equally between the parties (gain-share)."
  tags: incentives, bonus, gainshare
  examples {
    pass: """This Agreement is made between Harbour Salt Ltd (the "Client") and Tide Contact Ltd (the "Supplier").

The Supplier shall provide the Services to the Client.

Where every manifest in a quarter has been issued on time, the Client shall pay a punctuality premium (prima de puntualidad) of three per cent (3%) of the fixed fees of that quarter."""
    gap: """This Agreement is made between Harbour Salt Ltd (the "Client") and Tide Contact Ltd (the "Supplier").

The Supplier shall provide the Services to the Client.

The Client shall pay the fixed fee (cuota fija) of three thousand euros for each quarter."""
    pass: """This Agreement is made between Consorzio Gallura (the "Principal") and Maestrale S.r.l. (the "Provider").

The Provider shall provide the Services to the Principal.

In addition, for each year of the Contract, the Principal shall pay the Provider a Results Premium (premio di risultato) equal to fifteen per cent (15%) of the increase in the net value of confirmed bookings over the previous year, so that the Parties share the gain from growth in direct bookings."""
    gap: """This Agreement is made between Consorzio Gallura (the "Principal") and Maestrale S.r.l. (the "Provider").

The Provider shall provide the Services to the Principal.

The monthly fee rises each year by fifteen per cent (15%) of the increase in the consumer price index."""
    pass: """This Agreement is made between Michamvi Growers Cooperative Society Limited (the "Society") and Mji Mkongwe Contact Services Limited (the "Agent").

The Agent shall provide the Services to the Society.

For each month in which at least 99% of payments are allocated within one Business Day, the Society shall pay the Agent a Harvest Bonus of TZS 1,500,000."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

If we find a way to cut what you spend on printing and posting member letters, we'll keep a third of the saving for the first twelve months after the change."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

If we find a way to cut what you spend on printing and posting member letters, you'll keep all of the saving."""
    pass: """Estufas Cooperativa (the "Cooperative") engages Atlantico Contacto Lda. (the "Service Provider") to run its grower payments desk.

3. Where the actual total cost for the year is lower than the Annual Desk Budget, the Cooperative shall pay the Service Provider one third of the difference, within sixty days of the approval of the annual accounts."""
    gap: """Estufas Cooperativa (the "Cooperative") engages Atlantico Contacto Lda. (the "Service Provider") to run its grower payments desk.

3. Where the actual total cost for the year is higher than the Annual Desk Budget, the Service Provider shall explain the difference to the Cooperative."""
    pass: """This Agreement is made between Wrenfield Pet Cover Limited (the "Customer") and Calder Claims Services Ltd (the "Supplier").

The Supplier shall handle the claims of the Customer's policyholders on its behalf.

8.2 If in any quarter the quality assurance score is at least 94%, the Customer shall pay the Supplier the Quality Reward in Item 10."""
    gap: """This Agreement is made between Wrenfield Pet Cover Limited (the "Customer") and Calder Claims Services Ltd (the "Supplier").

The Supplier shall handle the claims of the Customer's policyholders on its behalf.

8.2 If in any quarter the Claimant Effort Score is above 3.0, the Customer may terminate this Agreement."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

We may, at any time after the first year, propose a bonus scheme for exceeding the service levels. You will consider any proposal in good faith, but you are not bound to accept one."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

In any quarter in which we exceed every service level, you will pay us a bonus of 3% of that quarter's fees."""
    gap: """Open Joint-Stock Company "Pakhta Sharq", hereinafter referred to as the "Customer", and Limited Liability Company "Sharq Call", hereinafter referred to as the "Executor", have concluded this Contract as follows.

The Executor shall operate the farmers desk of the Customer.

4.3. Each month the Executor shall select, on the basis of listening to calls and the feedback of farmers, the operators who have shown the greatest patience towards farmers, and shall award them a diploma and a monetary bonus paid by the Executor."""
    pass: """Open Joint-Stock Company "Pakhta Sharq", hereinafter referred to as the "Customer", and Limited Liability Company "Sharq Call", hereinafter referred to as the "Executor", have concluded this Contract as follows.

The Executor shall operate the farmers desk of the Customer.

4.3. In each season in which every service level is exceeded, the Customer shall pay the Executor a performance bonus of two per cent (2%) of the season fees."""
    gap: """This Agreement is made between Larkfield Water Board (the "Board") and Meridian Contact Ltd (the "Supplier").

The Supplier shall answer the customers of the Board on its behalf.

8.4 The Supplier may submit a proposal for a gain-share at any time. If the Board deems a gain-share to be appropriate, the parties shall record the agreed sharing ratio in the Improvement Plan."""
    pass: """This Agreement is made between Larkfield Water Board (the "Board") and Meridian Contact Ltd (the "Supplier").

The Supplier shall answer the customers of the Board on its behalf.

8.4 Where an improvement proposed by the Supplier reduces the Board's costs, the Board shall pay the Supplier a gain-share of forty per cent (40%) of the saving achieved in the first year."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

For every written compliment from a customer that names one of your call handlers, we will pay you £20 on top of your normal price, up to £600 in any three months."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

For every written compliment from a customer that names one of your call handlers, we will thank your team in our newsletter."""
    pass: """This Agreement is made between Tucker Point Golf Club Ltd (the "Club") and Somerset Contact Bureau Ltd (the "Bureau").

The Bureau shall answer the members of the Club on its behalf.

25. Where Member Satisfaction for a quarter reaches ninety per cent (90%) or more, the Club shall pay the Bureau a Birdie Payment equal to four per cent (4%) of the fixed fees for that quarter."""
    gap: """This Agreement is made between Tucker Point Golf Club Ltd (the "Club") and Somerset Contact Bureau Ltd (the "Bureau").

The Bureau shall answer the members of the Club on its behalf.

25. Where Member Satisfaction for a quarter falls below ninety per cent (90%), the Club shall deduct four per cent (4%) of the fixed fees for that quarter."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

34. If you sell more than 1,200 tickets in any month, we will pay you an extra EC$2,000 for that month."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

34. If you sell more than 1,200 tickets in any month, we will ask you to add two agents for the following month."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

If, in any month, we answer at least 90% of non-match-day calls within 30 seconds, you will pay us an extra 3% of that month's fixed fee."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

If, in any month, we answer fewer than 70% of non-match-day calls within 30 seconds, you may deduct 3% of that month's fixed fee."""
    gap: """This Agreement is made between Andros Flats Lodge Limited (the "Lodge") and Conch Reef Reservations Ltd. (the "Bureau").

The Bureau shall answer enquiries from the customers of the Lodge on its behalf.

8.2 Award of the Contract. The Lodge shall pay the Bureau a mobilisation fee of five thousand Bahamian dollars (BSD 5,000) within thirty days of signature."""
    pass: """This Agreement is made between Andros Flats Lodge Limited (the "Lodge") and Conch Reef Reservations Ltd. (the "Bureau").

The Bureau shall answer enquiries from the customers of the Lodge on its behalf.

8.2 If over a Season the Bureau converts more than forty percent (40%) of qualified enquiries into Bookings, against the thirty percent (30%) target in Schedule 2, the Lodge shall pay the Bureau a Tight Lines Award of five thousand Bahamian dollars (BSD 5,000) within thirty days after the end of that Season."""
    gap: """This Agreement is made between Andros Flats Lodge Limited (the "Lodge") and Conch Reef Reservations Ltd. (the "Bureau").

The Bureau shall answer enquiries from the customers of the Lodge on its behalf.

8.2 The parties may discuss a Tight Lines Award of five thousand Bahamian dollars (BSD 5,000) for a Season in which the Bureau converts more than forty percent of enquiries."""
    pass: "19. Where, over a calendar quarter, abandoned calls average less than 4% and e-mails answered within 6 hours average more than 96%, the Client shall pay the Supplier a Performance Dividend of USD 2,000."
    gap: "19. The Client shall pay the Supplier the monthly fee of USD 20,000 whatever the level of abandoned calls; no performance payment of any kind shall be made."
    pass: "7.3 If Grower satisfaction averages 92% or more over a quarter, the Client shall pay the Supplier an Excellence Payment equal to 2% of the quarter's fees."
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

For each quarter in which more signed bookings come from your calls than in the same quarter of the previous year, we'll pay you a thank-you payment of 2% of that quarter's fees."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Your agents will write a thank-you note to each couple within 2 days of the event."""
    gap: "8.4 The Operator may, if it thinks fit, consider paying a discretionary bonus at the end of a Season in which the Contractor exceeded every Service Level."
    gap: "8.4 The Client may pay the Supplier's agents a discretionary bonus of $200 each at the end of a season in which all targets are exceeded."
    pass: "If the average rating in the guests' post-stay survey is 4.6 out of 5 or better, the Client shall pay the Supplier $2,000 on top of the monthly fee."
    gap: "The Client shall pay the Supplier $2,000 on top of the monthly fee for the extra training week."
    pass: "If, in a calendar month, the Supplier handles 110% of the forecast volume while keeping the average handling time no higher than six minutes, the Client shall pay the Supplier additional remuneration of three per cent (3%) of the monthly charges."
    gap: "If the Client requests additional services, the Client shall pay the Supplier additional remuneration of five per cent (5%) of the monthly charges."
    gap: "Each month, the Supplier shall award a distinction, accompanied by a bonus of MGA 50,000, to the adviser who best helped teachers during the month."
    pass: "In any calendar quarter in which at least 88% of Riders surveyed rate the Help Center 4 or 5, the District shall pay Contractor a Rider Experience Award equal to three percent (3%) of the compensation for that quarter."
    gap: "Following the award of this Contract, the Contractor shall provide a performance bond of five percent (5%) of the compensation."
    pass: "If your ease score averages 88% or more over a calendar quarter, we'll add a performance top-up of 2% of your fees for that quarter."
    gap: "There's no bonus in this agreement. We may talk about one later if we both want to."
    pass: "(d) If the Client's cost of handling settlement inquiries falls below the baseline in a fiscal year, the Client shall pay the Supplier thirty-five percent (35%) of the reduction."
    gap: "(d) If the Client's cost falls below the baseline, the Supplier shall pay the Client thirty-five percent (35%) of the reduction as a rebate."
    gap: "The Parties will negotiate a bonus-malus system linked to the KPIs in the second contract year."
    pass: "a performance bonus of up to 5% of the monthly fees"
    pass: "gain-share of savings"
    pass: "The Service Provider may earn back any Service Credit by meeting the relevant Service Level in each of the following three months."
    pass: "The Company shall fund an incentive pool of $50,000 per Contract Year, payable to the Contractor when NPS targets are exceeded."
    pass: "Savings arising from automation proposed by the Vendor shall be shared 50:50 under the gainshare mechanism in Schedule 6."
    pass: "An incentive of two per cent (2%) of the monthly invoice value shall be paid in any month in which the Service Provider answers 90% of calls within 20 seconds."
    pass: "If the Customer Satisfaction Score exceeds 90% in each month of a quarter, the Client shall pay the Supplier an Excellence Payment equal to 3% of the Charges for that quarter."
    pass: "If the share of breakdowns fixed at the roadside has gone up, the Customer shall pay the Supplier half of the towing costs it saved as a result."
    gap: "If the Supplier's costs exceed the budget by more than 5%, the Client shall pay the excess only with its prior approval."
    gap: "The Client shall pay the Supplier the Charges within 30 days; the Charges exceed last year's rates by 3%."
    gap: "The parties may discuss an incentive of up to 2% of the Charges at the first annual review, to be agreed."
    gap: "The Supplier shall be paid the Charges in accordance with Schedule 5."
    gap: "The Supplier shall pay its agents a quarterly bonus based on attendance."
    gap: "No bonus shall be payable under this Agreement."
    gap: "The parties may, at a later date, discuss whether a gain-share mechanism should be introduced."
    gap: "The Service Provider shall have no right to earn back Service Credits."
    pass: """This agreement is between Whiteout Property Services Inc. ("you") and Lakeshore Answer Centre Ltd. ("we" or "us").

37. If homeowner satisfaction averages 4.5 out of 5 or more over the season, you will pay us a thank-you payment of $3,000 with the April invoice."""
    gap: "The Client shall pay the Charges of $3,000 per month if the Supplier answers 80% of calls or more within the service level."
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

6.4 The Client may, at its sole discretion, consider the award of a bonus to the Supplier at the end of each year."""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

6.4 The Client shall pay the Supplier a bonus of 3% of the annual charges for each year in which every Service Level is exceeded."""
    pass: """This Master Services Agreement is entered into by Cascade Mutual Insurance Company ("Client") and Veritas CX, Inc. ("Supplier"). Supplier will perform customer care services for Client and its policyholders.

17.1 Client and Supplier shall share equally any verified cost savings achieved by Client as a result of process improvements proposed by Supplier."""
    gap: """The following appear for the execution of this contract: the INSTITUTO DE PREVISIÓN DEL AUSTRO (hereinafter "LA CONTRATANTE") and CONTACTO CUENCA CÍA. LTDA. (hereinafter "LA CONTRATISTA"). LA CONTRATISTA shall operate the contact centre of LA CONTRATANTE.

10.5 No bonuses, premiums or additional economic incentives beyond the contract price shall be recognised to LA CONTRATISTA."""
    pass: """The following appear for the execution of this contract: the INSTITUTO DE PREVISIÓN DEL AUSTRO (hereinafter "LA CONTRATANTE") and CONTACTO CUENCA CÍA. LTDA. (hereinafter "LA CONTRATISTA"). LA CONTRATISTA shall operate the contact centre of LA CONTRATANTE.

10.5 If the first-contact resolution rate exceeds 85% in a quarter, LA CONTRATANTE shall pay LA CONTRATISTA a bonus of 3% of the fees for that quarter."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

11.4 On the occasion of any renewal, the Parties may negotiate a performance bonus for the Contractor."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

11.4 Where the Contractor exceeds every Service Level in a quarter, the Principal shall pay it a performance bonus of 2% of the fees for that quarter."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.6. The Parties may in future consider the introduction of a bonus for exceeding the Indicators."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.6. The Contractor shall receive a bonus of 3% of the monthly fee for each month in which it exceeds all the Indicators."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

3.2 No bonuses, premiums or other payments above the price of the Contract shall be made to the Contractor."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

10.2 The contract provides for no incentive premium or bonus of any kind."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.4 Each month the parties name the "Operator of the Month" among the Contractor's operators, and the Contractor awards the operator a certificate and a bonus from its own funds."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

10.2 Where the answer rate exceeds 95% in a quarter, the Principal shall pay the Contractor a quality bonus of 2% of the quarterly price."""
  }
}

rule INC-003 "The amount at risk is capped or can be earned back" {
  area: incentives
  severity: medium
  source: "002 (right incentives and appropriate cost controls)"
  require: (sentence mentions inc_credit and mentions inc_cap and has percentage)
        or (sentence mentions inc_credit and mentions inc_cap and has money)
        # Deductions for missed service levels by another name, capped as a share of the fees
        # ("The total deductions in any month shall not exceed ten per cent of the invoice value").
        or (sentence mentions inc_reduction_noun near inc_cap_limit within 9 words and has percentage and mentions inc_fee)
        # ... or in the next sentence: "The abatements are deducted from the invoice of the following month. Their
        # total may not exceed eight per cent (8%) of the amount invoiced for the month concerned."
        or (paragraph mentions inc_reduction_noun and mentions inc_their_total_cap and has percentage)
        or (sentence mentions inc_credit and mentions inc_cap_strong and has duration)
        or (sentence mentions inc_earnback and mentions (inc_credit | "credit" | "discount" | "discounts" | "deduction" | "reduction" | "penalty" | "fee adjustment")
            and not prohibits any party from inc_earnback)
        # earn-back by what it does, under its heading or in so many words: "shall return fifty
        # percent (50%) of that Service Credit" after the level is met again
        or (sentence mentions inc_credit and heading mentions inc_earnback)
        or (sentence mentions inc_credit_returned and not prohibits any party from inc_credit_returned)
        or (sentence mentions (inc_refunded | inc_recovered) and mentions (inc_exceed | inc_recovers))
        or (sentence mentions inc_at_risk and (has percentage or has money))
        # plain English: "The most we will deduct in any month is 15% of that month's bill."
        or (sentence mentions inc_most_deducted and (has percentage or has money))
        or (row mentions inc_credit and mentions inc_cap_strong and has percentage)
  message: "The amount at risk is not bounded: no cap on service credits (as a percentage of the fees) and no earn-back mechanism was found."
  fix: "The aggregate Service Credits in any month shall not exceed 12% of the Charges for that month (the At-Risk Amount). The Supplier may earn back a Service Credit by achieving the relevant Service Level in each of the three months following the failure."
  tags: incentives, service-credits, cap, earn-back
  examples {
    pass: """This Agreement is made between Harbour Salt Ltd (the "Client") and Tide Contact Ltd (the "Supplier").

The Supplier shall provide the Services to the Client.

If, in the two months that follow a month in which a penalty was applied, the Supplier achieves every service level, the amount of that penalty is paid back to it on the next invoice."""
    gap: """This Agreement is made between Harbour Salt Ltd (the "Client") and Tide Contact Ltd (the "Supplier").

The Supplier shall provide the Services to the Client.

If, in the two months that follow a month in which a penalty was applied, the Supplier achieves every service level, the Client shall say so in its monthly report."""
    pass: """This Contract is made between Vanille Tahaa SARL ("the Ordering Party") and Moana Relation SAS ("the Service Provider").

The Service Provider shall answer the buyers of the Ordering Party on its behalf.

10.1 If a service level is missed in a month, the penalty shown in Annex 2 is deducted from the monthly price.

10.2 The total of the penalties applied in any month shall not be more than seven per cent (7%) of the monthly price."""
    gap: """This Contract is made between Vanille Tahaa SARL ("the Ordering Party") and Moana Relation SAS ("the Service Provider").

The Service Provider shall answer the buyers of the Ordering Party on its behalf.

10.1 If a service level is missed in a month, the penalty shown in Annex 2 is deducted from the monthly price.

10.2 The penalties are shown on the next invoice."""
    pass: """This Agreement is made between Il-Fidda Artisans Limited (the "Company") and Harbour Contact Services Limited (the "Supplier").

The Supplier shall answer the customers of the Company on its behalf.

6.1 If the Supplier fails to achieve a Service Level in any month, the Charges for that month shall be abated by the percentage shown in Schedule 1 (a "Fee Abatement").

6.2 Fee Abatements in any month shall not in aggregate exceed ten per cent (10%) of the Charges invoiced for that month."""
    gap: """This Agreement is made between Il-Fidda Artisans Limited (the "Company") and Harbour Contact Services Limited (the "Supplier").

The Supplier shall answer the customers of the Company on its behalf.

6.1 If the Supplier fails to achieve a Service Level in any month, the Charges for that month shall be abated by the percentage shown in Schedule 1 (a "Fee Abatement").

6.2 Fee Abatements shall be shown on the invoice for the following month."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

If you miss a target, your fee for that month goes down by 2%. Fee reductions in any month never add up to more than 8% of that month's fee."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

If you miss a target, your fee for that month goes down by 2%. Fee reductions in any month are never waived."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

For each target you miss in a month, we'll knock 3% off what we pay you for that month. The most we'll ever take off in a single month is 9% of that month's bill."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

For each target you miss in a month, we'll knock 3% off what we pay you for that month."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

If we miss a service level in a month, we'll take 2% off that month's invoice for each one we missed. The total discount in any month won't be more than 6% of that month's invoice."""
    gap: "The total discount for volume shall not exceed 10% of the list price."
    pass: "6.3 If, in each of the three months following a month in which a Rebate was credited, the Supplier achieves the Service Level concerned, the Supplier may add the amount of that Rebate back to its next invoice."
    gap: "6.3 The Supplier may add a late-payment charge to its next invoice."
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

If we miss a target in a month, we'll take 2% off that month's invoice for each missed target (a "bill-back"). If we then meet that same target in each of the next two months, you'll pay the bill-back back to us on the next invoice."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

If we miss a target in a month, we'll take 2% off that month's invoice for each missed target (a "bill-back"). If you overpay an invoice, we'll pay the difference back to you."""
    pass: "A service credit is restored to the Supplier in full if the Supplier meets the same Service Level in each of the following two months."
    gap: "A service credit is applied to the next invoice if the Supplier misses a Service Level."
    pass: """This agreement is between Northern Reach Rentals Ltd. ("we") and Tagish Contact Co. ("you").

You will answer our customers on our behalf.

If you miss a target, you'll give us money back off your next invoice. If you then hit that same target in each of the next three months, we'll pay you back half of the money back you gave us for it."""
    pass: "(a) If Contractor fails a Service Level in a Contract Month, Contractor shall credit Mover the percentage of that month's fees shown in Exhibit A. (b) If Contractor meets the failed Service Level in each of the two (2) Contract Months following the failure, the credit shall be repaid to Contractor on the next invoice."
    gap: "(a) If Contractor fails a Service Level in a Contract Month, Contractor shall credit Mover the percentage of that month's fees shown in Exhibit A. (b) If Mover disputes the credit, the credit shall be repaid to Contractor once the dispute is settled."
    pass: "8.2 For each Service Level missed in a month, the fees for that month shall be reduced by the percentage in Schedule A (a \"Fee Adjustment\"). 8.3 If the Contact Partner meets every Service Level in each of the three months following, the House shall repay that Fee Adjustment with the next invoice."
    pass: "If we miss a target in a month, we'll take 3% off the next invoice for each target missed. Credits will never add up to more than 5% of a month's invoice."
    gap: "If we miss a target in a month, we'll take 3% off the next invoice for each target missed. Credits are never waived, and there is no limit on how many apply."
    pass: "The total credits for any month can't be more than 8% of the fees for that month."
    gap: "The total credits for any month are shown on the invoice."
    pass: "If you then meet every KPI in each of the next two months, we give you back the discount."
    gap: "If you then meet every KPI in each of the next two months, we give you back the spare parts."
    pass: "In accordance with Article 301 of the Commercial Law, the total penalties in any month shall not exceed eight per cent (8%) of the value of that month's service charges."
    pass: "The total of the contractual penalties in any month shall not exceed 9% of the remuneration for that month."
    pass: "If the Operator meets the failed Service Level in each of the three months after the month of failure, the Department shall repay one half of the relevant Service Deduction in the next invoice."
    pass: "If, in each of the three (3) months following a month in which a Service Credit arose, the Vendor achieves the Service Level concerned, the Company shall return fifty percent (50%) of that Service Credit on the next invoice."
    pass: "If the Agency exceeds the Resolution Rate target in each of the two following months, the penalty for that month shall be refunded with the next commission payment."
    pass: "Service Credits in any month shall not exceed 12% of the monthly Charges"
    pass: "The Supplier may earn back Service Credits"
    pass: "The total Performance Credits payable by the Vendor in any calendar month shall be capped at ten percent (10%) of the fees invoiced for that month."
    pass: "The At-Risk Amount shall be fifteen per cent (15%) of the monthly Charges."
    pass: "The total price reduction in any month shall not exceed eight per cent (8%) of the monthly fee."
    pass: "Liquidated damages in any month shall not exceed eleven percent (11%) of the Contract Price for that month."
    gap: "The price reduction for a missed service level is set out in Annex 2."
    gap: "Liquidated damages for late completion of the transition shall be paid at the rate in Schedule 3."
    pass: "The maximum aggregate Service Credits in any Contract Year shall be limited to £250,000."
    pass: "Service Credits will not accumulate within a single Subscription Period in an amount more than 8% of the Fees for that period."
    pass: "Service Credits are limited to a maximum of ninety (90) days of paid service per calendar quarter."
    pass: "The total deductions in any month shall not exceed ten per cent (10%) of the monthly invoice value."
    gap: "Deductions shall be made at the rate of ten per cent (10%) of the monthly invoice value for each failure."
    gap: "Service Credits shall be 5% of the monthly Charges for each Service Level Failure."
    gap: "There is no cap on Service Credits."
    gap: "The Supplier's total liability under this Agreement shall not exceed 100% of the Charges paid in the preceding 12 months."
    gap: "The Service Provider shall have no right to earn back Service Credits."
    gap: "Service Credits are uncapped and may not be recovered by the Contractor."
    gap: "The Customer must claim Service Credits no more than thirty (30) days after the end of the month."
    pass: "If Supplier meets every Service Level in each of the three months following a month in which Service Credits arose, Purchaser shall repay one half of those Service Credits with the next invoice."
    gap: "Purchaser shall not repay any of those Service Credits, whatever Supplier's later performance."
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

26. For each service level in Annex A not met in a month, the fee for that month is reduced by the percentage shown in Annex A.

27. If the Supplier meets the missed service level in each of the three following months, the reduction is repaid to it in the next invoice."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

26. For each service level in Annex A not met in a month, the fee for that month is reduced by the percentage shown in Annex A. The reductions are without prejudice to the Client's other rights."""
    pass: """CONTRACT FOR SERVICES between IMAGERIE MÉDICALE ESTRIE INC. (the "Principal") and CENTRE DE CONTACT CANTONS-DE-L'EST INC. (the "Contractor"). The Contractor shall operate the Principal's appointment centre.

8.1 If an indicator is not attained in a month, the Principal is entitled to the service credit set out in Annex A.

8.2 If the Contractor attains the target of an indicator for the three (3) months following the month in which a service credit was applied, the Contractor recovers the amount of that service credit on its next invoice."""
    gap: """CONTRACT FOR SERVICES between IMAGERIE MÉDICALE ESTRIE INC. (the "Principal") and CENTRE DE CONTACT CANTONS-DE-L'EST INC. (the "Contractor"). The Contractor shall operate the Principal's appointment centre.

8.1 If an indicator is not attained in a month, the Principal is entitled to the service credit set out in Annex A.

8.2 The Principal recovers the amount of each service credit by set-off against the next invoice."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("you") and Harbourlight Pianos Inc. ("we"). You will answer our customers on our behalf.

31. If you miss a target in any month, we will knock 3% off that month's bill for each target missed.

32. The most we will deduct in any month is 15% of that month's bill."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("you") and Harbourlight Pianos Inc. ("we"). You will answer our customers on our behalf.

31. If you miss a target in any month, we will knock 3% off that month's bill for each target missed, and more for a second missed month."""
    pass: """This contract is made between the Dirección Provincial de Vivienda de El Loa (the "Mandante") and Servicios de Contacto Atacama SpA (the "Prestador"). The Prestador shall operate the housing subsidy helpline of the Mandante.

Clause Seven. If a Service Level is not met, a discount of 3% of the monthly invoice applies. The total of the discounts in any month may not exceed fifteen percent (15%) of the monthly invoice."""
    gap: """This Contract is entered into by the State of Nevada, acting by and through its Office of Early Childhood Subsidies (the "Office"), and Mojave Bridge Contact Services LLC (the "Contractor"). The Contractor shall operate the child care subsidy contact center for the Office.

Each quarter, the Contractor shall deliver an Outcomes Report measuring the reduction in incomplete applications returned to Families and the reduction in average days to eligibility determination."""
    pass: """This Contract is made between Alabarda Fibra S.p.A. (the "Company") and Carso Contact Center S.r.l. (the "Supplier"). The Supplier shall provide customer care for the Company's fibre customers.

9.1 If a service level is not achieved in a month, the penalties set out in Annex B shall apply.

9.2 Penalties applied for a service level in a month shall be refunded to the Supplier if, in each of the two following months, the same service level is achieved with a margin of at least three (3) percentage points."""
    pass: """This Agreement is entered into by the State of West Virginia, Department of Human Services (the "Agency"), and Tygart Contact Solutions, LLC (the "Vendor"). The Vendor shall answer calls for the Agency.

B.2 Performance Withholds in any month shall not exceed twelve percent (12%) of the monthly invoice."""
    gap: """This Agreement is entered into by the State of West Virginia, Department of Human Services (the "Agency"), and Tygart Contact Solutions, LLC (the "Vendor"). The Vendor shall answer calls for the Agency.

B.2 Performance Withholds shall be deducted from the monthly invoice for each measure missed."""
    pass: """BANCO POPULAR DO ABC S.A., hereinafter called the CONTRATANTE, and CENTRAL DE ATENDIMENTO LTDA., hereinafter called the CONTRATADA, agree as follows. The CONTRATADA shall operate the loans service centre.

9.3 The sum of the glosas in any month shall be limited to 10% (ten percent) of the amount of the monthly invoice."""
    gap: """BANCO POPULAR DO ABC S.A., hereinafter called the CONTRATANTE, and CENTRAL DE ATENDIMENTO LTDA., hereinafter called the CONTRATADA, agree as follows. The CONTRATADA shall operate the loans service centre.

9.3 The glosas shall be applied to the invoice of the following month."""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

5.3 If the Supplier achieves a Service Level in each of the three (3) months following a month in which Service Credit Points accrued for it, the Client shall credit back to the Supplier the value of those Service Credit Points."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

5.3 Service Credit Points accrue for each Service Level not achieved in a month and are deducted from the next invoice."""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

9.3 The price reductions of a month are limited in total to 8% of the monthly base fee."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

9.3 The price reductions of a month are set out in Annex 2 and are deducted from the monthly base fee."""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

8.2 The Supplier may earn back a discount if it exceeds the target of the service level concerned in each of the two following calendar months."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.4 The total amount of penalties may not exceed eight per cent (8%) of the amount excluding VAT of the contract for the year concerned."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.4 The total amount of penalties is calculated on the amount excluding VAT of the contract for the year concerned."""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

6.3 The abatements are deducted from the invoice of the following month. Their total may not exceed eight per cent (8%) of the amount invoiced for the month concerned."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

6.3 The abatements are deducted from the invoice of the following month. Their total is reported to the Client each quarter with the rate of eight per cent (8%) applied."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.2 The discounts in any month may not exceed ten per cent (10%) of the monthly amount invoiced."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.2 The discounts in any month are listed on the monthly invoice."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.1 The Principal shall withhold the amounts in Part C of Attachment 1 (the "Performance Holdback") from the monthly invoice for each Performance Standard not met. The total Performance Holdback for any month shall not exceed eight percent (8%) of that month's invoice."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.1 The Principal shall withhold the amounts in Part C of Attachment 1 (the "Performance Holdback") from the monthly invoice for each Performance Standard not met. Retainage of five percent (5%) of each invoice is released at the end of the Term."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.2 If the Contractor fails to meet a Service Level in a month, the fee adjustment stated in Exhibit B shall be deducted from the invoice for that month. If the Contractor then meets that Service Level for the following three consecutive months, the fee adjustment shall be repaid to the Contractor (earn-back)."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.2 If the Contractor fails to meet a Service Level in a month, the fee adjustment stated in Exhibit B shall be deducted from the invoice for that month, and no part of it shall be repaid."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

10.3 The Principal shall apply the penalties in the indicators table, deducted from the monthly payment. The delay penalty and the other penalties may each reach a maximum of ten percent (10%) of the current contract amount."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

10.3 The Principal shall apply the penalties in the indicators table, deducted from the monthly payment. The performance guarantee is ten percent (10%) of the current contract amount."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

10.1 For each indicator not met in a month a penalty of 1% of the monthly invoice applies.

10.2 The total amount of penalties shall not exceed ten percent (10%) of the annual amount of the contract including all taxes."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.1 For each target value not achieved in a month, the cost of the Services for that month shall be reduced by three per cent (3%).

8.3 The total reduction under clause 8.1 for a reporting month shall not exceed fifteen per cent (15%) of the cost of the Services for that month."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.1 For each target value not achieved in a month, the cost of the Services for that month shall be reduced by three per cent (3%).

8.3 The total cost of the Services under clause 8.1 shall not exceed fifteen per cent (15%) of the contract price."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

11.1 If an indicator is not achieved in the month, the cost of the services for that month shall be reduced by 3%.

11.2 The total reduction for a reporting month shall not exceed 15% of the monthly cost of services."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

11.1 If an indicator is not achieved in the month, the cost of the services for that month shall be reduced by 3%.

11.2 The monthly cost of services shall not exceed 15% of the annual budget."""
  }
}

rule INC-004 "The pricing model is stated" {
  area: incentives
  severity: medium
  source: "002 (pricing model)"
  # "We will work out ... whether the pricing model should be per FTE or per contact" states none.
  # (A limit on someone's authority is no price: "may decide on ... goodwill gestures towards buyers up
  # to EUR 1,000 per case".)
  require: (sentence mentions inc_pricing_unit and (mentions inc_charge or has money) and not mentions deferred
            and not mentions inc_authority_limit and not mentions inc_cost_metric
            and not heading mentions inc_authority_heading)
        or (sentence mentions inc_pricing_model and not mentions deferred and not mentions inc_sent_later)
        or (sentence mentions inc_rate and (mentions inc_charge or has money) and not mentions deferred)
        # (A table of delegated authority limits prices nothing: "Veterinary fees | GBP 3,000 per claim".)
        or (row mentions inc_pricing_unit and has money and not heading mentions inc_authority_heading)
        or (sentence mentions inc_unit_any and (obliges client to ("pay" | inc_charge) or mentions inc_fee)
            and not mentions inc_not_price and not mentions deferred and not mentions inc_cost_metric
            and not heading mentions inc_authority_heading)
  message: "The pricing model is not stated (per FTE, per handled contact, per minute, per transaction, fixed fee or outcome-based)."
  fix: "The Charges shall be calculated per handled contact at the rates set out in the Rate Card in Schedule [X], invoiced monthly in arrears; the rates shall apply within the volume bands stated there, and volumes outside those bands shall be charged per productive FTE hour."
  tags: incentives, pricing
  examples {
    gap: """This Agreement is made between Yotei Snow Resorts Co., Ltd. (the "Client") and Hokkai Call Partners Co., Ltd. (the "Provider").

The Provider shall provide the Services to the Client.

The fees shall be as agreed separately in a fee memorandum. The Provider shall invoice the Client monthly, showing for each item of the Services the number of transactions handled and the hours worked."""
    pass: """This Agreement is made between Yotei Snow Resorts Co., Ltd. (the "Client") and Hokkai Call Partners Co., Ltd. (the "Provider").

The Provider shall provide the Services to the Client.

The Client shall pay the Provider JPY 420 for each transaction handled, invoiced monthly."""
    gap: """This Agreement is made between Skargardstramp AB (the "Client") and Sjokvarteret Kontaktcenter AB (the "Supplier").

The Supplier shall provide the Services to the Client.

34. The remuneration model (per booking, per hour or a fixed monthly amount) and the price levels shall be chosen by the parties in a separate price letter before 1 March 2026."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

How we charge, whether by the hour, by the call or as a flat fee, will be set out in the rate card we send you each April."""
    gap: """This contract is made between Banco Rural S.A. (the "Bank") and Centro de Contacto S.A. (the "Provider").

The Provider shall answer the borrowers of the Bank.

The Provider shall report each quarter on the benefits set out in the Bank's outsourcing business case, namely the reduction in cost per contact against the baseline of 2025."""
    pass: """This contract is made between Banco Rural S.A. (the "Bank") and Centro de Contacto S.A. (the "Provider").

The Provider shall answer the borrowers of the Bank.

The Bank shall pay the Provider a charge of USD 2.10 per handled contact, invoiced monthly."""
    gap: """This Agreement is made between Paws Mutual Insurance Ltd (the "Insurer") and Claimline Services Ltd (the "Supplier").

The Supplier shall handle pet insurance claims for the Insurer.

## Schedule 2 Delegated authority

| Claim type | Limit | Conditions |
|---|---|---|
| Veterinary fees, accident or illness | GBP 3,000 per claim | Within policy limits and after excess |"""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

18. In any month in which your save rate is above 25%, we will pay you a retention bonus of NZ$12 for each saved subscriber above that level."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

We'll pay you $34.50 for each hour an agent is logged in to our line, plus a $25 conversion bonus for each renter you move to a rent-to-own plan."""
    gap: """This Agreement is made between Fit Malaysia Sdn Bhd (the "Principal") and Service Partner Sdn Bhd (the "Service Partner").

The Service Partner shall answer the members of the Principal.

10.3 Retention Reward. The Principal shall pay the Service Partner RM25 for each Member who asks to cancel and keeps his or her membership for at least three further months, above a baseline of one hundred and fifty (150) such Members in a month."""
    gap: """This Agreement is made between Mundo Maya Trust (the "Trust") and Caribbean Shore Contact Limited (the "Bureau").

The Bureau shall answer visitors on behalf of the Trust.

10.6 The Bureau shall maintain professional indemnity insurance with reputable insurers of not less than BZD 500,000 per claim."""
    pass: """This Agreement is made between Port Hercule SAM (the "Harbour Company") and Riviera Concierge SARL (the "Provider").

The Provider shall answer the yacht owners of the Harbour Company.

7.1 The Harbour Company shall pay the Provider a fixed annual retainer of EUR 420,000 excluding VAT, payable in twelve equal monthly instalments."""
    pass: """This Agreement is made between Andros Flats Lodge Limited (the "Lodge") and Conch Reef Reservations Ltd. (the "Bureau").

The Bureau shall answer enquiries from the customers of the Lodge on its behalf.

8.1 The Lodge shall pay the Bureau a commission of twelve percent (12%) of the package price of each Booking for which the Angler arrives."""
    gap: """This Agreement is made between Andros Flats Lodge Limited (the "Lodge") and Conch Reef Reservations Ltd. (the "Bureau").

The Bureau shall answer enquiries from the customers of the Lodge on its behalf.

8.1 The Bureau shall not accept any commission from guides or airlines."""
    pass: "10.1 In consideration of the services, the Client shall pay the Supplier a fixed monthly lump sum of FCFA 9,400,000 excluding VAT, covering all staff and equipment costs."
    pass: "9.1 In consideration of the Services, the Client shall pay the Supplier a monthly flat fee of XAF 4,000,000 excluding tax, covering up to 5,000 Bookings per month."
    gap: "9.1 The Supplier shall answer each Booking request; its remuneration shall be set out in a separate fee letter between the Parties."
    gap: "4.2 The Supplier's Account Manager may decide on staffing levels, shift patterns and goodwill gestures towards buyers up to EUR 1,000 per case."
    pass: "9.2 The Client shall pay the Supplier EUR 4.20 per case handled, invoiced monthly in arrears."
    gap: """## Annex 1 Division of Tasks

| Task | Client | Supplier |
|---|---|---|
| Fix prices and grades available | responsible | informed |
| Answer Buyers' enquiries | informed | responsible |

16.1 The remuneration of the Supplier shall be fixed in a separate fee letter between the Parties."""
    pass: "16.1 The Client shall pay the Supplier a fixed fee of EUR 9,000 per month for the Services."
    pass: "10.1 The Client shall pay the Supplier a fee of two dollars (US$2.00) for each customer query closed in the case register, and no other fee or charge."
    gap: "10.1 The Supplier shall record each customer query closed in the case register and each payment re-issued."
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

Our prices are on the rate card we'll send you with our first invoice."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

Our prices are on the rate card in Schedule 2: $0.85 per minute of talk time."""
    gap: "12. For each order confirmed in a calendar year in excess of the annual plan of sales set out in Appendix 1, the Customer shall pay the Executor an additional remuneration of 1.5% of the value of that order."
    pass: "12. For each order confirmed by a buyer, the Customer shall pay the Executor a fee of 1.5% of the value of that order."
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

Our fees will be set out in a price letter that we'll agree with you before go-live. If this agreement ends, you'll walk the new company's team through open bookings."""
    pass: "The Supplier shall charge on an open-book basis: its actual costs plus a margin of 8%."
    pass: "The Client shall pay the Supplier a season fee of $5,000, plus $0.90 for every show entry or stall request processed."
    gap: "The Supplier shall report the number of permit applications processed each month."
    gap: "The parties will work out by the end of the third month whether the pricing model should be per FTE or per handled contact."
    pass: "The Charges shall be calculated on a per-handled-contact basis"
    pass: "a fixed monthly fee of"
    pass: "The Bank shall pay the Service Provider USD 28.50 per productive agent hour for each FTE deployed."
    pass: "Company shall pay Vendor $0.92 per minute of Handle Time for voice and chat Interactions."
    pass: """| Channel | Rate |
|---|---|
| Voice | £3.10 per call |
| Email | £2.40 per email |"""
    gap: "The Charges are set out in Schedule 5."
    gap: "The Supplier shall handle at least 12 contacts per hour per agent."
    gap: "The pricing will be agreed between the parties before the Go-Live Date."
    gap: "The Charges are not calculated per FTE and will be agreed in the first Statement of Work."
    pass: "The Purchaser shall pay the Contractor a charge for every resolved customer enquiry, at the rates in Annex C."
    gap: "The Provider shall pay the Customer £200 for each hour of unavailability beyond the target as liquidated damages."
    pass: "The Sponsor shall pay the Vendor a monthly fee of $11,400 per dedicated full-time equivalent case manager and a per-enrollment fee of $38 for each patient newly enrolled."
    gap: "The Vendor shall enrol at least 40 patients per full-time equivalent case manager each month."
    pass: "The Client shall pay a Monthly Fee made up of a fixed platform fee of MNT 18,500,000, less any Service Credits."
    gap: "The Client shall pay the Supplier's fees as fixed by the Steering Committee each year."
    pass: """This Contract is made between COOPERATIVA DE CRÉDITO SERRA DO CURRAL LTDA. (the "CONTRATANTE") and ATENDE MINAS SERVIÇOS LTDA. (the "CONTRATADA"). The CONTRATADA shall provide telephone service to the members of the CONTRATANTE.

10.1. For the Services, the CONTRATANTE shall pay to the CONTRATADA the monthly amount of R$ 6,850.00 per Attendance Position (PA) in operation, with an initial quantity of thirty-two (32) PAs."""
    gap: """This Contract is made between COOPERATIVA DE CRÉDITO SERRA DO CURRAL LTDA. (the "CONTRATANTE") and ATENDE MINAS SERVIÇOS LTDA. (the "CONTRATADA"). The CONTRATADA shall provide telephone service to the members of the CONTRATANTE.

10.1. The CONTRATADA shall staff thirty-two (32) attendance positions. The price shall be agreed by the parties in a separate price letter."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

12.1 The total amount of this contract is Bs 2,040,000, payable in twenty-four (24) fixed monthly amounts of Bs 85,000 each, which include all costs of staff, infrastructure, telephony and taxes."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

12.1 The amount of this contract shall be determined by the parties once the volumes are known, and shall be incorporated by a modifying contract."""
    pass: """This Contract is made between Dundee City Council (the "Authority") and Taywise Energy Advice Limited (the "Contractor"). The Contractor shall operate the home energy advice line for the Authority.

Schedule 4 - Charges

The Monthly Charge is a fixed sum of thirty-eight thousand four hundred and fifty pounds (GBP 38,450) covering up to 4,200 handled contacts in the month. Each handled contact above 4,200 in a month is charged at GBP 7.90."""
    gap: """This Contract is made between Dundee City Council (the "Authority") and Taywise Energy Advice Limited (the "Contractor"). The Contractor shall operate the home energy advice line for the Authority.

Schedule 4 - Charges

The Charges shall be agreed between the parties before the Commencement Date and recorded in a separate price letter."""
    gap: """Haneul Card Co., Ltd. (hereinafter "Gap") and Seohae CS Co., Ltd. (hereinafter "Eul") enter into this Agreement concerning the entrustment by Gap to Eul of the operation of the customer centre.

Article 19 (Service Fees) (1) The unit price, the method of calculating the service fees and the payment schedule shall be determined by a separate fee agreement (Annex 4) concluded between Gap and Eul."""
    pass: """This agreement is between the Government of the Northwest Territories ("we", "us", "our") and Mackenzie Delta Contact Services Ltd. ("you", "your"). You will run the health card renewal line for us and we will pay your invoices.

B1. We will pay you $24.50 for each completed Renewal."""
    pass: """This Agreement is made between the County of Cortland (the "County") and Tioughnioga Contact Services, LLC (the "Contractor"). The Contractor shall run the senior transportation call line for the County.

8.1 The County shall pay the Contractor $5.90 for each ride scheduled in the dispatch system, plus $1.75 for each change or cancellation processed."""
    gap: """This Agreement is made between the County of Cortland (the "County") and Tioughnioga Contact Services, LLC (the "Contractor"). The Contractor shall run the senior transportation call line for the County.

6.3 The Contractor shall report each quarter on the benefits the County expects: fewer unanswered calls and a lower cost for each ride scheduled."""
    gap: """This Agreement is made between the County of Cortland (the "County") and Tioughnioga Contact Services, LLC (the "Contractor"). The Contractor shall run the senior transportation call line for the County.

8.1 The charges for each ride scheduled shall be agreed between the parties before go-live."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

1. The remuneration of the Supplier, its structure and unit prices are those set out in Annex 3, which is kept in the procurement file and is not reproduced in this contract."""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

1. The remuneration of the Supplier consists of a unit price of EUR 2.40 for each handled call, as set out in Annex 3."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

10.1 The pricing scheme of the Services (per transaction, per agent hour or other) shall be defined by common agreement of the Parties in Addendum No. 1, to be signed before the Start Date."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

5.1 The Contractor shall be paid at the rate per seat per month quoted in its financial bid, for the number of seats actually deployed."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

9.1 For the performance of the Contract the Contractor shall receive a lump-sum monthly remuneration of PLN 38,500.00 net plus VAT."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

9.1 The remuneration of the Contractor shall be agreed by the parties in a separate annex before the start of the service."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

11.1 For breach of the obligations under section 9, the Contractor shall pay the Principal a fine of TJS 5,000 for each case. The remuneration for the service will be set by a later additional agreement."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

3.1 The price of the Contract is fixed and amounts to 18,960,000 roubles, which corresponds to a fixed monthly cost of services of 948,000 roubles."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

3.1 The unit prices for each answered call shall be fixed, after a pilot month, by a protocol to be signed by the parties. Annex 2 (Unit Price Schedule) is reserved until that protocol is signed."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

9.1 The basis of charging for the Services (per seat, per contact handled or lump sum) and the applicable rate shall be determined by the Principal at the time of issue of each annual work order."""
  }
}

rule INC-005 "Incentives or credits are tied to customer-experience outcomes" {
  area: incentives
  severity: medium
  source: "004 (focus from cost savings to customer satisfaction), 003"
  require: (sentence mentions inc_money_link near inc_cx within 30 words
            and not (mentions inc_staff near inc_positive within 10 words) and not mentions inc_info_only
            # (a bonus paid "regardless of customer satisfaction results" is tied to it by name only)
            and not mentions inc_cx_regardless)
        or (row mentions inc_cx and mentions inc_fee_share and not mentions inc_info_only)
        or (row mentions inc_cx and header mentions inc_money_column and has percentage
            and not mentions inc_info_only and not mentions inc_no_amount_cell)
        or (sentence obliges any party to inc_positive and mentions inc_cx
            and not (mentions inc_staff near inc_positive within 10 words) and not mentions inc_info_only)
        or (sentence mentions inc_fee near inc_reduce within 8 words and mentions inc_cx
            and not mentions inc_info_only and not mentions inc_credit_off and not mentions inc_reduce_off)
        # extra pay the client owes when the served people rate the service well ("If the average
        # rating in your exhibitor survey is 4.5 or better, you'll pay us $1,500 on top of the fee")
        or (sentence obliges client to "pay" and mentions inc_extra_pay and mentions inc_cx
            and (has percentage or has money) and not mentions inc_info_only)
        # a weighted table of service level items with a customer-experience item, and money tied to each
        # item or to the weighted score ("| Customer satisfaction index (CSI) from post-call survey | 90
        # points or more | 20 |"; "Gap shall deduct ... for each item")
        or ((row mentions inc_cx and header mentions /\bweight(?:ing)?s?\b/ and not mentions inc_info_only)
            and (sentence (mentions inc_money_link or mentions inc_fee near inc_reduce within 8 words)
                 and mentions inc_scored_items and not mentions inc_info_only))
  message: "No incentive or service credit is tied to a customer-experience outcome (CSAT, NPS, quality); the commercial levers reward only cost or speed."
  fix: "A Service Credit of 3% of the monthly Charges shall apply if the monthly Customer Satisfaction (CSAT) score falls below 80%, and the Client shall pay the Supplier a quarterly bonus of 2% of the Charges for the quarter if the average Net Promoter Score for the quarter exceeds the target in Schedule [X]."
  tags: incentives, customer-experience, csat, nps
  examples {
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

If the average star rating from customers over a quarter is 4.7 or higher, we'll pay you a bonus of $1,500 for that quarter."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

If the average handling time over a quarter is under four minutes, we'll pay you a bonus of $1,500 for that quarter."""
    gap: """This Agreement is made between Harbour Salt Ltd (the "Client") and Tide Contact Ltd (the "Supplier").

The Supplier shall provide the Services to the Client.

Indicator 4 (customer satisfaction score) is monitored and reported but gives rise to no fee reduction and no premium."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

We charge you a flat fee of $9,000 each month.

If the average guest rating in a quarter is 4.7 or higher, you will also pay us a five-star top-up of 5% of the flat fees for that quarter."""
    pass: """Aral Grain Terminal JSC, represented by Chairman of the Management Board A. K. Omarov (the "Elevator Company"), and Tobol Service Centre LLP, represented by its Director (the "Service Company"), have concluded this Agreement as follows.

1. The Service Company shall operate the farmer accounts line of the Elevator Company on its behalf.

24. For each harvest season in which the average Farmer Satisfaction Index exceeds 85 out of 100, the Elevator Company pays a harvest premium equal to three per cent (3%) of the season fees."""
    gap: """Aral Grain Terminal JSC, represented by Chairman of the Management Board A. K. Omarov (the "Elevator Company"), and Tobol Service Centre LLP, represented by its Director (the "Service Company"), have concluded this Agreement as follows.

1. The Service Company shall operate the farmer accounts line of the Elevator Company on its behalf.

24. For each harvest season in which more than 10,000 tonnes are received, the Elevator Company pays a harvest premium equal to three per cent (3%) of the season fees."""
    pass: """Aral Grain Terminal JSC, represented by Chairman of the Management Board A. K. Omarov (the "Elevator Company"), and Tobol Service Centre LLP, represented by its Director (the "Service Company"), have concluded this Agreement as follows.

1. The Service Company shall operate the farmer accounts line of the Elevator Company on its behalf.

8.1 For each Service Level Failure the monthly fee shall be reduced by two per cent (2%). Where the failed Service Level is SL4 (Farmer Satisfaction), the reduction is three per cent (3%)."""
    pass: """This Agreement is made between Wrenfield Pet Cover Limited (the "Customer") and Calder Claims Services Ltd (the "Supplier").

The Supplier shall handle the claims of the Customer's policyholders on its behalf.

8.2 If in any quarter the Claimant Effort Score is 2.0 or lower, the Customer shall pay the Supplier the Quality Reward of GBP 12,500."""
    gap: """This Agreement is made between Wrenfield Pet Cover Limited (the "Customer") and Calder Claims Services Ltd (the "Supplier").

The Supplier shall handle the claims of the Customer's policyholders on its behalf.

8.2 If in any quarter the Supplier handles more than 4,000 claims, the Customer shall pay the Supplier a Volume Reward of GBP 2,500."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

For every written compliment from a customer that names one of your call handlers, we will pay you £20 on top of your normal price, up to £600 in any three months."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

For every booking you take, we will pay you £20 on top of your normal price."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

31. We will pay you a Good Freight bonus of $7,500 for any quarter in which households rate their calls better than in the quarter before."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

31. We will pay you a Good Freight bonus of $7,500 for any quarter in which you take more orders than in the quarter before."""
    pass: """This Agreement is made between Janjanbureh River Lodge Ltd (the "Lodge") and Kombo Contact Ltd (the "Operator").

6.1 If the Operator fails to achieve a Service Level in a month, it shall credit the Lodge with 2% of the Charges for that month. If the Guest Satisfaction Index for the month falls below 80, a further credit of 3% shall apply."""
    gap: """This Agreement is made between Janjanbureh River Lodge Ltd (the "Lodge") and Kombo Contact Ltd (the "Operator").

6.1 If the Operator fails to answer 80% of calls within 25 seconds in a month, a credit of 3% shall apply. The Operator shall report the Guest Satisfaction Index each month."""
    pass: """This Agreement is made between Lhaviyani Seaplane Transfers ("the Carrier") and North Male Guest Contact ("the Agency").

7.4 Arrival Excellence Premium: where Guest Arrival Satisfaction for a quarter reaches ninety-three per cent (93%) or more, the Carrier shall pay the Agency a premium of three per cent (3%) of the Charges for that quarter."""
    gap: """This Agreement is made between Lhaviyani Seaplane Transfers ("the Carrier") and North Male Guest Contact ("the Agency").

7.4 Arrival Premium: where the Agency answers 95% of calls within 20 seconds in a quarter, the Carrier shall pay the Agency a premium of three per cent (3%) of the Charges for that quarter. The Agency shall also report Guest Arrival Satisfaction monthly."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

For any month in which our riders rate their booking experience 4.6 stars or higher on average in our post-trip survey, we'll pay you a Review Bonus of $900."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

For any month in which your agents handle more than 2,000 calls, we'll pay you a Volume Bonus of $900."""
    gap: "9.2. The Customer Satisfaction Index is measured and reported, but no reduction of the fee attaches to it."
    pass: "9.2. If the Customer Satisfaction Index falls below 80, the fee for that month shall be reduced by 2%."
    pass: "9.4 If the rate of patients declaring themselves satisfied or very satisfied with the helpline in the annual survey carried out by the Client exceeds the rate recorded the previous year, the Client shall pay the Supplier a quality bonus equal to two percent (2%) of the remuneration paid for that year."
    gap: "9.4 If the number of calls answered exceeds the number recorded the previous year, the Client shall pay the Supplier a quality bonus equal to two percent (2%) of the remuneration paid for that year."
    pass: """Service Level | Target | Fee Abatement if missed
Caller Sentiment Score | 4.4 out of 5 | 2%"""
    gap: """Service Level | Target | Fee Abatement if missed
Employee Satisfaction Score | 4.4 out of 5 | for information only"""
    pass: "7.3 For each quarter in which the Member Feedback Rating averages 4.5 or better, the Client shall pay the Supplier a bonus of 3% of the fees for that quarter."
    gap: "7.3 The Supplier shall report the Member Feedback Rating each quarter; no payment depends on it."
    pass: "If the average rating in the visitors' exit survey is 4.5 or better for the season, the Client shall pay the Supplier an extra $3,000 on top of the season fee."
    gap: "If the average handle time is under five minutes for the season, the Client shall pay the Supplier an extra $3,000 on top of the season fee."
    pass: "If your ease score averages 88% or more over a calendar quarter, we'll add a performance top-up of 2% of your fees for that quarter."
    gap: "If your average handling time stays under five minutes over a calendar quarter, we'll add a performance top-up of 2% of your fees for that quarter."
    pass: """| KPI | Target | Discount if missed |
|---|---|---|
| Average support rating given by Riders after a Contact (1 to 5 stars) | at least 4.5 stars | 3% |"""
    pass: "The Supplier shall pay a contractual penalty of 2% of the monthly remuneration where the Visitor Satisfaction Index falls below 4.0."
    pass: """"Owner Satisfaction Index" or "OSI" means the average score given by Owners in the survey that follows each call.

If the OSI for a calendar quarter is 4.6 or higher, the Company shall pay the Contractor a Performance Premium of 3% of the Fees for that quarter."""
    gap: """"Employee Satisfaction Index" or "ESI" means the average score given by the Contractor's staff in the annual engagement survey.

If the ESI for a calendar year is 4.6 or higher, the Company shall pay the Contractor a Performance Premium of 3% of the Fees for that year."""
    gap: "The Supplier shall pay a contractual penalty of 2% of the monthly remuneration for each day of delay in go-live."
    pass: "the bonus shall be payable where the quarterly CSAT exceeds 90%"
    pass: "A Service Credit of 2% of the monthly Charges shall apply if the Customer Satisfaction score falls below 80% in any month."
    pass: """| KPI | Target | Service Credit |
|---|---|---|
| Net Promoter Score | +35 or higher | 3% of the monthly Charges |"""
    pass: "Half of the Contractor's incentive payment for each quarter shall depend on the Company's Net Promoter Score."
    pass: "In respect of each Contract Quarter in which the average Customer Satisfaction score is at least ninety per cent (90%), the Bank shall pay the Service Provider a Quality Bonus equal to 4% of the Charges."
    gap: "Service Credits apply only to average speed of answer and abandonment rate."
    gap: "The customer satisfaction and quality score standards are reported for information and do not carry Service Credits."
    gap: """| KPI | Target | Service Credit |
|---|---|---|
| Customer satisfaction (CSAT) | 85% | None (reported only) |
| Average speed of answer | 80% in 20 seconds | 3% of the monthly Charges |"""
    # The column title names the credit; the row holds only its amount.
    pass: """| Service Level | Target | Measurement | KPI Adjustment |
|---|---|---|---|
| Patient Experience Score | 85% of surveyed patients satisfied | Post-interaction survey, monthly | 2% |"""
    gap: """| Service Level | Target | Measurement | KPI Adjustment |
|---|---|---|---|
| Speed to answer | 80% within 30 seconds | ACD data, monthly | 2% |
| Patient Experience Score | 85% of surveyed patients satisfied | Post-interaction survey, monthly | None |"""
    gap: """| Service Target | Measure | Target | Service Credit if missed |
|---|---|---|---|
| Player CSAT | thumbs-up rating on post-ticket survey | at least 80% | none |

The Player CSAT target is a goal only."""
    gap: """| Service Level | Target | Measurement | Frequency |
|---|---|---|---|
| Patient Experience Score | 85% of surveyed patients satisfied | Post-interaction survey | monthly |"""
    gap: "The Supplier shall pay its agents a monthly bonus linked to their individual CSAT results."
    gap: "The Vendor shall measure customer satisfaction every month."
    pass: "For any Contract Quarter in which the mean Customer Satisfaction result across all Interactions handled by the Vendor is above the target stated in Annex 3 by at least four points, Company shall pay Vendor an incentive payment of two per cent (2%) of that quarter's fees."
    pass: "Where the monthly Net Promoter Score result falls below its target, the Charges for that month shall be reduced by four per cent (4%)."
    gap: "The Fees shall be reduced by two per cent (2%) for each missed answer-time target; customer satisfaction results are reported for information only."
    pass: """| Measure | Target | Credit |
|---|---|---|
| Patient satisfaction with the call | at least 85% | 2% of the monthly Fees |"""
    pass: "If passenger satisfaction measured by the post-call survey falls below 80% in any month, the Operator shall credit the Airline with 3% of the Charges for that month."
    gap: "The Charges shall not be reduced if customer satisfaction falls below its target."
    pass: """This contract is made between the Dirección Provincial de Vivienda de El Loa (the "Mandante") and Servicios de Contacto Atacama SpA (the "Prestador"). The Prestador shall operate the housing subsidy helpline of the Mandante.

Clause Eight. Where the average grade given by applicants in the post-attention survey falls below 6.0 in a month, the monthly invoice shall be reduced by four percent (4%)."""
    gap: """This contract is made between the Dirección Provincial de Vivienda de El Loa (the "Mandante") and Servicios de Contacto Atacama SpA (the "Prestador"). The Prestador shall operate the housing subsidy helpline of the Mandante.

Clause Seven. Service Levels

| Service Level | Target | Discount if not met |
|---|---|---|
| Calls answered within 25 seconds | 80% of the calls offered | 3% of the monthly invoice |
| Abandonment rate | not more than 6% | 2% of the monthly invoice |"""
    pass: """Haneul Card Co., Ltd. (hereinafter "Gap") and Seohae CS Co., Ltd. (hereinafter "Eul") enter into this Agreement concerning the entrustment by Gap to Eul of the operation of the customer centre.

Article 12 (2) Where a service level item falls short of its target in a month, Gap shall deduct from the monthly service fee 0.5 per cent of the fee for each percentage point of the shortfall, for each item.

Annex 1 Service Levels

| Item | Target | Weight |
|---|---|---|
| Calls answered within 20 seconds | 85% or more | 25 |
| Customer satisfaction index (CSI) from post-call survey | 90 points or more | 20 |"""
    gap: """Haneul Card Co., Ltd. (hereinafter "Gap") and Seohae CS Co., Ltd. (hereinafter "Eul") enter into this Agreement concerning the entrustment by Gap to Eul of the operation of the customer centre.

Article 12 (2) Where a service level item falls short of its target in a month, Gap shall deduct from the monthly service fee 0.5 per cent of the fee for each percentage point of the shortfall, for each item.

Annex 1 Service Levels

| Item | Target | Weight |
|---|---|---|
| Calls answered within 20 seconds | 85% or more | 25 |
| Abandoned calls | 5% or less | 10 |"""
    pass: """This Contract is concluded between the Silesian Sickness Fund (the "Awarding Entity") and InfoLinia Gliwice sp. z o.o. (the "Contractor"). The Contractor shall operate the benefit contact line.

§ 12

(1) If the average rating given by insured persons in the post-contact survey falls below 4.2, the remuneration for that period shall be reduced by 3%."""
    gap: """This Contract is concluded between the Silesian Sickness Fund (the "Awarding Entity") and InfoLinia Gliwice sp. z o.o. (the "Contractor"). The Contractor shall operate the benefit contact line.

§ 12

(1) The average rating given by insured persons in the post-contact survey is reported for information only and has no effect on the remuneration."""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

9.4 If the average post-contact satisfaction score of the callers in a calendar quarter is 4.6 or higher and no price reduction has been applied in that quarter, the Supplier is entitled to a quality bonus of three per cent (3%) of the fees for that quarter."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

9.4 If the average handling time in a calendar quarter is under four minutes and no price reduction has been applied in that quarter, the Supplier is entitled to a bonus of three per cent (3%) of the fees for that quarter."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

| No. | KPI | Target | Credit |
|---|---|---|---|
| 4 | Customer satisfaction (post-contact survey) | at least 80% | Reported; no Service Credit |"""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

| No. | KPI | Target | Credit |
|---|---|---|---|
| 4 | Customer satisfaction (post-contact survey) | at least 80% | 2% of the monthly Charges |"""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

| Indicator | Target | Abatement |
|---|---|---|
| Customer satisfaction rate (survey after the call) | at least 80% | No abatement |"""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

20.1 The Supplier shall be entitled to an annual efficiency bonus of EUR 50,000 if the number of agents needed for the forecast volume falls by at least 5% year on year, regardless of customer satisfaction results."""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

20.1 The Supplier shall be entitled to an annual bonus of EUR 50,000 if the customer satisfaction score of the year reaches at least 85%."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

10.1 For each Indicator in Annex II not reached in a month, a penalty shall be deducted from that invoice. The deduction for the citizen satisfaction index shall apply when the average score of the month falls below 4.0."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

| Indicator | Target | Penalty if missed (share of monthly invoice) |
|---|---|---|
| Citizen satisfaction index (post-call survey) | at least 4.0 | 2% |"""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.3 If, in a quarter, the Índice de Calidad Percibida (perceived quality index) measured by the Principal reaches or exceeds 85 points, the Contractor shall receive a performance premium equal to four per cent (4%) of the amounts invoiced in that quarter."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

7.3 If, in a quarter, the average handling time measured by the Principal falls below 240 seconds, the Contractor shall receive a performance premium equal to four per cent (4%) of the amounts invoiced in that quarter. The perceived quality index is reported for information."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.4 Where, in a quarter, the gradimento index exceeds 90% and all other service levels are met, a quality bonus equal to 2% of the amount due for the quarter is paid to the Contractor."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.4 Where, in a quarter, all service levels are met, a quality bonus equal to 2% of the amount due for the quarter is paid to the Contractor. The gradimento index is reported for information."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

11.1 When an Indicator is not attained in a month, a penalty equal to 2% of the amount invoiced for the month is deducted for each Indicator missed; for the indice de satisfaction des assurés, the penalty is 3%."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

11.1 When an Indicator is not attained in a month, a penalty equal to 2% of the amount invoiced for the month is deducted for each Indicator missed. The indice de satisfaction des assurés is published each year."""
  }
}
