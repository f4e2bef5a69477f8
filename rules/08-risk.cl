pack bpo-risk "1.0.0" { description: "Risk and compliance: law and regulation, continuity, data protection, audit and subcontracting" }

# ---- vocabularies -------------------------------------------------------------------------------

vocab risk_law = "applicable law" | "applicable laws" | "law" | "laws" | "legislation" | exact "regulation"
               | exact "regulations" | "regulatory requirement" | "regulatory requirements" | "statute"
               | "statutory requirement" | "legal requirement" | "legal obligation" | "rules and guidance"
               | "codes of practice" | "regulatory rules"

vocab risk_comply = "comply" | "compliance" | "compliant" | "in accordance with" | "observe" | "adhere"
                  | "abide" | "conform" | "obey" | "breach of"
# Plain English: "You must follow all laws that apply to the hotline, including Title VII ...", "every law" (counted
# only with the laws named in the same sentence).
vocab risk_follow_law = /\bfollow\s+(?:all\s+|any\s+|every\s+|each\s+|the\s+)?(?:applicable\s+|relevant\s+)?(?:laws?|legislation|regulations|statutes)\b/
  # ... or a statute by its name: "You must follow the Telephone Consumer Protection Act"
  | /\bfollow\s+(?:the\s+)?(?-i:(?:[A-Z][\w'’-]*\s+){1,6}(?:Act|Law|Code|Regulations?|Rules))\b/
vocab risk_comply_with = /\b(?:comply|complies)\s+with\b/ | "observe" | "adhere to" | "abide by" | "obey"

# Regimes, regulators and statutes that identify which requirements apply.
vocab risk_regime = "GDPR" | "UK GDPR" | "Data Protection Act" | "Data Protection Legislation"
                  # post-Soviet drafting names its laws by their subject: the Laws "On Personal Data and Their
                  # Protection", "On Informatization", "On Banks and Banking Activity"
                  | /\blaws?\s+(?:of\s+the\s+[\w\s]{1,40}?\s+)?["“«]\s*on\s+(?:personal\s+data|informati[sz]ation|banks?|banking|insurance|payments?|communications?|electronic|consumer|credit|pension|social|health|tax)/
                  | "Data Protection Laws" | "Data Protection Law" | "PCI DSS" | "PCI-DSS"
                  | "Payment Card Industry" | exact "FCA" | "Financial Conduct Authority" | "FCA Handbook"
                  | "Consumer Duty" | exact "SYSC" | "Prudential Regulation Authority" | exact "PRA"
                  | "Financial Services and Markets Act" | "Consumer Credit Act" | "Payment Services Regulations"
                  | exact "HIPAA" | "Health Insurance Portability" | exact "CCPA" | exact "CPRA"
                  | "California Consumer Privacy Act" | exact "GLBA" | "Gramm-Leach-Bliley" | exact "TCPA"
                  | "Telephone Consumer Protection Act" | exact "FDCPA" | "Fair Debt Collection"
                  | exact "FCRA" | "Fair Credit Reporting" | exact "PECR" | "Privacy and Electronic Communications"
                  | "ePrivacy" | "e-Privacy" | exact "Ofcom" | "Bribery Act" | "Modern Slavery Act" | exact "FCPA"
                  | "Foreign Corrupt Practices" | "Money Laundering Regulations" | "anti-money laundering"
                  | "Sarbanes-Oxley" | exact "DORA" | "Digital Operational Resilience" | "EBA Guidelines"
                  | "Equality Act" | "Civil Rights Act" | "Americans with Disabilities Act" | "Privacy Act"
                  | "Freedom of Information Act" | "Environmental Information Regulations" | exact "TUPE"
                  | "Transfer of Undertakings" | "Information Commissioner" | "Federal Trade Commission"
                  # Any statute or regulation named by its title ("the Electricity Act, 2003", "the
                  # Central Electricity Authority (Installation and Operation of Meters) Regulations").
                  | /(?-i:\b(?:[A-Z][\w&-]*\s+(?:(?:of|and|for|on|the)\s+)?(?:\([^()]{1,80}\)\s+)?){1,8}(?:Act|Regulations|Directive|Ordinance)\b)/
                  # Any law cited by its number ("Act No. 90/2018", "Organic Law No. 2004-63",
                  # "Proclamation No. 1321/2024", "Regulation (EU) 2016/679", "Directive 95/46/EC").
                  | /(?-i:\b(?:Act|Law|Decree|Decree-Law|Proclamation|Ordinance|Regulation|Directive|Statute)\s+(?:\((?:EU|EC|EEC)\)\s+)?(?:No\.?\s*)?\d+(?:[.\/-]\d+)+(?:\/(?:EU|EC|EEC))?\b)/
                  # ... or by "No." and a plain number ("Law No. 453", "Supreme Decree No. 0181")
                  | /(?-i:\b(?:Act|Law|Decree|Decree-Law|Proclamation|Ordinance|Regulation|Statute)\s+(?:[Nn]o\.?|[Nn]umber)\s*(?:\d{1,5}\b|\(\d{1,5}\)))/
                  | "Data Security Standard"
                  # US federal citations: "20 CFR Part 603", "42 U.S.C. § 1320d"; IRS publications
                  | /\b\d{1,2}\s+(?:CFR|C\.F\.R\.|U\.S\.C\.|USC)\s+(?:Part\s+|§+\s*)?\d+/ | /(?-i:\bIRS\s+Publication\s+\d+)/
                  # Quebec and other Canadian titles: "the Act respecting the protection of personal information in
                  # the private sector", "the Charter of the French Language"
                  | /(?-i:\bAct\s+respecting\s+(?:the\s+)?[a-z])/ | /(?-i:\bCharter\s+of\s+(?:the\s+)?(?:French|Human|Fundamental|Rights))/
                  # international and national codes and conventions: "the International Ship and Port Facility
                  # Security (ISPS) Code", "MARPOL", "the Labour Code", "the Warsaw Convention" (not a civil or
                  # tax code cited for a claim or an invoice: general law, no regulatory requirement)
                  | /(?-i:\b(?:International|Maritime|Labou?r|Consumer|Health|Building|Fire|Safety|Security|Port|Ship|Customs|Sanitary)\s+(?:[A-Z][\w&-]*\s+|\([A-Z]{2,8}\)\s+|(?:and|of|for)\s+){0,6}Code\b)/
                  | exact "MARPOL" | exact "SOLAS" | exact "ISPS" | exact "IMDG"
                  # a field of law named as such, or the rules of a named regulator: "the consumer protection law,
                  # the passenger rights rules of the Civil Aviation Agency (Agência de Aviação Civil) and the
                  # rules of the Maritime and Port Institute"
                  | "consumer protection law" | "consumer protection laws" | "consumer protection legislation"
                  | "consumer protection rules" | "passenger rights"
                  | /(?-i:\brules\s+of\s+the\s+(?:[A-Z][\w&-]*\s+(?:(?:and|of|for)\s+)?){1,6}(?:Agency|Authority|Institute|Commission|Regulator|Office)\b)/
                  | /(?-i:(?<=\w\s)Convention\b)/
# Not here: "Regulator", "regulatory body", "supervisory authority", "regulatory requirements".
# Named generically ("any regulator having jurisdiction") they identify no requirement; a
# contract that defines "Regulator" as a named body still counts, through the definition.

# Laws cited in ways that also name general codes and local statutes: they identify the
# requirements only inside the provider's own duty to comply ("The Contractor shall comply with ...
# the Cooperatives Law"), not where a contract cites "the Civil Code" for damages or a tax receipt.
# By "N°" ("Law N° 058/2021"), ...
vocab risk_regime_cited = /(?-i:\b(?:Act|Law|Decree|Ordinance|Regulation)\s+N[°º]\s*\d+(?:[.\/-]\d+)*\b)/
                        # ... or in words by its subject ("the Aruban legislation on the protection of personal
                        # data", "the rules on consumer sales at a distance")
                        | /\b(?:legislation|laws?|rules|regulations?)\s+on\s+(?:the\s+)?(?:protection\s+of\s+personal\s+data|personal\s+data(?:\s+protection)?|data\s+protection|consumer\s+(?:sales|credit|protection|contracts)|distance\s+(?:selling|sales)|(?:anti-)?money\s+laundering)\b/
                        # ... by its title and year ("the Proceeds of Crime (Jersey) Law 1999", "Order 2008")
                        | /(?-i:\b(?:[A-Z][\w&-]*\s+(?:(?:of|and|for|on|the)\s+)?(?:\([^()]{1,40}\)\s+)?){1,8}(?:Law|Code|Order)\s+(?:of\s+)?\d{4}\b)/
                        # ... by its subject, civil-law style ("the Law on Personal Data Protection", the Law
                        # of the Republic of Kazakhstan "On Grain")
                        # ("the Law of the Republic of Armenia on Protection of Personal Data")
                        | /(?-i:\bLaw\s+(?:of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+(?:of\s+)?){1,4})?["“]?On\s+(?:the\s+)?[A-Z])/
                        | /(?-i:\bLaw\s+(?:of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+(?:of\s+)?){1,4})?on\s+(?:the\s+)?[A-Z])/
                        # ... or by a title of its own before "Law" or "Code" ("the Cooperatives Law", "the
                        # Labour Code"), not a mere kind of law ("Applicable Law", "Mongolian law")
                        | /(?-i:\b(?:(?!(?:Applicable|Governing|Relevant|Mandatory|Local|Common|Case|Federal|State|National|Domestic|Foreign|International|Such|This|That|These|Those|Any|All|Each|The|Other|Current|Existing|Supplier|Provider|Client|Customer|[A-Z][a-z]*(?:an|ish|ese|ch))\b)[A-Z][\w&-]*\s+){1,4}(?:Law|Code)\b(?!\s+of\s+(?:Conduct|Practice|Ethics)))/

# Responsibility laid on one party alone.
vocab risk_sole_resp = /\b(?:alone|solely|exclusively|entirely|wholly)\s+(?:(?:is|are|be|remains?|shall\s+be|will\s+be)\s+)?responsible\b/
                     | /\bsole\s+responsibility\b/ | /\bresponsibility\s+of\s+the\s+\w+\s+alone\b/
                     # "Compliance with the levy legislation ... is the responsibility of the Office"
                     | /\b(?:is|shall\s+be|will\s+be|remains?)\s+the\s+responsibility\s+of\s+(?:the\s+)?{client}\b/
                     # ... or the client that "remains responsible for compliance with the Act respecting ..."
                     | /\b{client}\b[^.;]{0,100}?\b(?:is|remains?|shall\s+(?:be|remain)|will\s+(?:be|remain))\s+responsible\s+for\s+(?:the\s+|its\s+)?compliance\s+with\b/

vocab risk_bcdr = "business continuity" | "disaster recovery" | exact "BCDR" | exact "BCP" | exact "DRP"
                | "contingency plan" | "contingency plans" | "continuity plan" | "recovery plan"
                | "resilience plan" | "service continuity" | "disaster recovery plan" | "continuity arrangements"
                | "crisis management plan" | "operational resilience"
                # Nordic drafting: "a continuity and preparedness plan" (jatkuvuus- ja valmiussuunnitelma)
                | /\bcontinuity\s+and\s+(?:preparedness|contingency|recovery|emergency)\s+plans?\b/
                # German drafting's "Notfallplan": "an emergency plan for the failure of premises, telephony and staff"
                | /\bemergency\s+(?:response\s+|contingency\s+)?(?:plans?|concepts?|manuals?)\b(?=[^.;]{0,80}?\b(?:failure|outage|loss|disruption|interruption|breakdown|unavailab\w*)\b)/
                # US federal: a Continuity of Operations Plan (COOP)
                | "continuity of operations" | exact "COOP"
                # plain English: "a plan for keeping the service running if your office, phones or systems fail",
                # "a written plan for carrying on our line if your office loses power",
                # "a written plan for keeping your line running if our building loses power"
                | /\bplans?\s+(?:for|to)\s+(?:keep|keeping|restore|restoring|continue|continuing|maintain|maintaining|run|running|carry\s+on|carrying\s+on)\s+(?:the\s+|our\s+|your\s+)?(?:[\w-]+\s+)?(?:services?|operations?|business|contact\s+cent(?:re|er)|lines?|desk|helpline|hotline)\b/
                # ... or named for what it meets: "a written plan for hurricanes, power cuts and phone outages",
                # "a backup plan so the Ordering Line keeps working through blizzards"
                | /\bback-?up\s+plans?\b/
                # ... or for carrying on when something fails: "a plan for carrying on if our Stromness office can't be used"
                | /\bplans?\s+for\s+(?:carrying\s+on|keeping\s+going|continuing|working)\s+(?:if|when|whenever|should|in\s+case)\b/
                | /\bplans?\s+for\s+(?:[\w-]+,?\s+){0,4}?(?:hurricanes|storms|cyclones|floods|earthquakes|power\s+cuts|power\s+failures|blackouts|outages|disasters|emergencies|pandemics)\b/
                # translated drafting: "a plan for the continuity of the Services and recovery after failures"
                | /\bcontinuity\s+of\s+(?:the\s+)?(?:services?|operations?|business)\b/

# (Each pattern starts before the negation, so that the engine sees it.)
vocab risk_no_test = /\b(?:{provider}|it|they|either\s+party|neither\s+party)\s+(?:shall|will|is|are|need)\s+not\s+(?:be\s+)?(?:required|obliged|obligated|bound|need)?\s*(?:to\s+)?(?:\w+\s+){0,2}?test\b/
  | /\btesting\s+(?:[\w-]+\s+){0,4}?(?:shall|will|is)\s+not\s+(?:be\s+)?(?:required|necessary|mandatory)\b/
  # plain English: "we're not required to test it", "we don't have to test it"
  | /\b(?:{provider}|it|they)(?:['’]re\s+not|['’]s\s+not|\s+(?:don['’]t|doesn['’]t|do\s+not|does\s+not))\s+(?:required|obliged|bound|need|needs|have)?\s*(?:to\s+)?(?:\w+\s+){0,2}?test\b/
vocab risk_test = "test" | "tests" | "testing" | "tested" | "rehearse" | "rehearsal" | "drill" | "simulation"
                | "dry run" | "exercise the plan" | "exercised" | "walkthrough" | "walk-through"

vocab risk_data = "personal data" | "personal information" | "data protection" | "data protection legislation"
                | "data protection laws" | "GDPR" | "privacy" | "data processing agreement"
                | "data processing addendum" | "processor" | "sub-processor" | "cardholder data"
                | "protected health information" | "data subject" | "personal data breach"
                # joined to another kind: "our clients' personal and health information"
                | /\bpersonal\s+(?:and|or|&)\s+(?:[\w-]+\s+){1,2}?(?:information|data)\b/
                | "health information" | "health data"

vocab risk_security = "information security" | "data security" | "cyber security" | "cybersecurity"
                    | "security measures" | "technical and organisational measures"
                    | "technical and organizational measures" | "security controls" | "security policy"
                    | "security policies" | "security requirements" | "security standard" | "security standards"
                    | "security management plan" | "security management system" | exact "ISMS" | "encrypt"
                    # (security safeguards, not the safeguarding of children: "a Disclosure and Barring check")
                    | "encryption" | /\bsafeguards\b/ | "unauthorised access" | "unauthorized access"
                    | "security incident" | "security breach" | "data breach"
                    # plain words: "You must keep all of it private and secure", "keep couples' names ...
                    # confidential and secure"
                    | /\b(?:private|confidential)\s+and\s+(?:secure|safe)\b/ | /\b(?:secure|safe)\s+and\s+(?:private|confidential)\b/
                    # "You will keep the personal details of skippers, owners, crew and shore teams secure."
                    | /\bkeep\s+(?:the|all|any|their|its|such|our|your)\s+(?:personal\s+)?(?:details|data|information|records)\b[^.;]{0,60}?\b(?:secure|safe)\b/
                    # a breach of the data by what happens to it: "notify any loss or unauthorised
                    # disclosure of Retailer data within 24 hours"
                    | /\b(?:unauthori[sz]ed|unlawful|accidental)\s+(?:disclosure|access|use|processing|loss)\s+(?:of|to)\s+(?:(?:the|any|its|such)\s+)?(?:[\w'’-]+\s+){0,2}?(?:data|personal\s+information|records)\b/
                    | "access control" | "access controls"
                    # "protect it by password-controlled systems and locked premises"
                    | /\bpassword[\s-]+(?:controlled|protected)\s+(?:systems?|access|accounts?|databases?|files?|devices?|computers?)\b/

vocab risk_protect = "protect" | "safeguard" | "keep secure" | "security of"

vocab risk_data_object = "data" | "personal information" | "customer information" | "client information"

# A data processing agreement tied into the contract binds the provider as processor.
vocab risk_dpa = "data processing agreement" | "data processing addendum" | "data protection addendum"
               | "data processing terms" | "data protection agreement" | exact "DPA"

# The shared agreement-to-agree wording (04-service-levels.cl), and a duty to negotiate at all.
vocab risk_to_agree = deferred | "negotiate" | "shall agree" | "will agree" | "good faith" | "agree upon"
  | "agree on"
  # an agreement still to be signed: "The Parties will conclude a data processing agreement before go-live",
  # "We'll put a data processing addendum in place with you once we've agreed ...", or no processing
  # foreseen: "The Parties do not anticipate that Vendor will process personal data"
  | /\b(?:shall|will)\s+(?:conclude|enter\s+into|sign|execute)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:agreement|addendum|contract)\b/
  | /\bonce\s+(?:we|you|they|the\s+parties)\s*(?:['’]ve|have)\s+agreed\b/
  # "shall be governed by a data processing agreement, which the Parties shall conclude separately"
  | /\b(?:which|that)\s+(?:the\s+parties|they|we)\s+(?:shall|will)\s+(?:conclude|sign|enter\s+into|execute|agree)\b/
  # (from the subject: the words after "not" are hidden as negated)
  | /\b(?:parties|we|they)\s+(?:do|does)\s+not\s+anticipate\b/
vocab risk_binding = "comply" | "obligations" | "incorporated" | "form part" | "forms part" | "governs"
                   | "shall apply" | "will apply" | "apply to"

vocab risk_cert = /\bISO\s*\/?\s*(?:IEC\s*)?27001\b/ | /\bSOC\s*2\b/ | "PCI DSS" | "PCI-DSS" | "Cyber Essentials"
                | /\bISO\s*\/?\s*(?:IEC\s*)?27701\b/

# The law the contract was bought under: "conducted a public bidding ... in accordance with Republic Act No. 9184",
# "within the limits of Article 24 of Law No. 4735 on Public Procurement Contracts" (named outside a duty to comply).
vocab risk_procurement_law = /\bprocurement\s+(?:and\s+[\w-]+\s+[\w-]+\s+)?(?:act|law|code|rules|regulations|contracts)\b/
  | /\bpublic\s+(?:bidding|tender(?:ing)?|contracts?\s+(?:act|law|code))\b/
  # "a new tender in accordance with the Municipalities (Tenders) Regulations"
  | /\(?\b(?:tenders?|tendering|bidding)\)?\s+(?:act|law|regulations|rules|ordinance|decree)\b/
  # ... under other names: "This contract is entered into under the Basic Rules of the System for the Administration of
  # Goods and Services, Supreme Decree No. 0181"
  | /\badministration\s+of\s+goods\s+and\s+services\b/
  | /\b(?:this\s+)?(?:contract|agreement)\s+is\s+(?:hereby\s+)?(?:entered\s+into|concluded|awarded|signed)\s+under\b/
# A law that gives a party's signatory its powers, not a requirement of the service: "represented by the Municipal
# Secretary of Finance under the delegation granted by Municipal Executive Decree No. 031/2024"
vocab risk_signing_power = /\b(?:delegation|powers?|authority|mandate)\s+(?:granted|conferred|given|vested)\s+(?:to\s+\w+\s+)?by\b/
vocab risk_client_word = party client | "purchaser"
                       # the client's own officer: "The DEC and the officers of the Contract Management Office may
                       # carry out inspections", the DEC being the execution director the Awarding Entity appoints
                       | /\b{client_staff}\b/
                       | "government" | "controller"
                       # ... and a public client's auditors: "The Municipal Comptroller's Office and the Court of
                       # Accounts of the State ... may at any time inspect the premises of the CONTRACTED COMPANY"
                       | "comptroller" | "court of accounts" | "auditor general" | "auditor-general"

vocab risk_audit_strict = "audit" | "audits" | "auditor" | "auditors" | "inspect" | "inspection" | "examine"
                        | "examination"

vocab risk_audit = risk_audit_strict
                 # plain words: "We may check your records", "can look through your books"
                 | /\b(?:check|checks|checking|look\s+(?:at|through|into)|go\s+through)\s+(?:{provider's}\s+|the\s+|its\s+|their\s+|your\s+)?(?:[\w’'-]+\s+){0,2}?(?:records|books|accounts|premises|files|systems|facilit(?:y|ies))\b/
                 | /\b(?:right\s+of\s+)?access\s+to\s+(?:the\s+|its\s+|their\s+|all\s+|any\s+)?(?:[\w’'-]+\s+){0,2}?(?:premises|records|books|sites?|facilit(?:y|ies)|systems|personnel|staff|accounts)\b/
                 # translated drafting: "may verify, at the Performer's premises and in its records, the manner in which ..."
                 | /\bverif(?:y|ies)\s*,?\s+(?:at|in|on)\s+(?:{provider's}|the|its|their)\s+(?:[\w’'-]+\s+){0,2}?(?:premises|records|books|systems|sites?)\b/

# An inspection is an audit only when it looks at the provider's operation, not at a delivered item.
vocab risk_audit_object = "premises" | "records" | "books" | "accounts" | "systems" | "facilities"
                        | "facility" | "site" | "sites" | "operations" | "personnel" | "staff" | "controls"
                        | "procedures" | "processes" | "documents" | "call recordings" | "subcontractors"

# ("The Consultant gives the Client, its internal and external auditors, ... access to its premises")
vocab risk_open_up = "permit" | "allow" | "grant" | "give access" | "provide access" | "afford" | "make available"
                   | /\b(?:gives?|provides?|affords?)\s+(?:[\w'’,-]+\s+){1,16}?access\s+to\b/
                   | "available" | "co-operate" | "cooperate" | "facilitate" | "submit to" | "assist" | "open to"
                   | "subject to" | "contribute to"

vocab risk_subcontract = "subcontract" | "sub-contract" | "subcontracts" | "subcontracting" | "subcontractor"
                       # Swiss and French mandates: "involve sub-mandataries" (sous-mandataires, Substitution)
                       | /\bsub-?mandat(?:ary|aries|aire|aires|e|es)\b/
                       | "sub-contractor" | "delegate" | "delegation" | "third party provider"
                       # Japanese and Korean consignment contracts: "shall not re-consign any part of the consigned work"
                       | /\bre-?consign(?:s|ed|ing|ment|ments|ee|ees)?\b/
                       # Russian drafting's co-performers (соисполнители): "may involve co-performers only with the prior
                       # written consent of the Fund"
                       | /\bco-?(?:performers?|executors?|contractors?)\b/
                       # "shall not transfer the performance of any part of the services to a third person"
                       | /\btransfer\s+(?:the\s+)?performance\s+of\s+(?:any\s+part\s+of\s+|all\s+or\s+(?:any\s+)?part\s+of\s+)?(?:the\s+|its\s+)?(?:services|work|contract|obligations)(?:\s+under\s+(?:this|the)\s+(?:contract|agreement))?(?:\s+or\s+any\s+part\s+of\s+(?:them|it)|,?\s+in\s+whole\s+or\s+in\s+part,?)?\s+to\s+(?:(?:a|any)\s+)?third\b/
                       # (not the arrangement itself: "the gains expected from the outsourcing")
                       | /(?<!\bthe\s)(?<!\bthis\s)\boutsourc(?:e|es|ed|ing)\b(?!\s+(?:agreement|contract|arrangement|relationship|project))/
                       | "offshore"
                       # Japanese drafting in translation: "re-entrust all or part of the Services"
                       | "re-entrust" | "re-entrustment" | "re-entrusted" | "sub-delegate"
                       # Russian drafting in translation: "engage third parties (co-executors) to render the Services"
                       | /\bco-?executors?\b/
                       | /\b(?:engag|involv|attract|retain)\w*\s+(?:any\s+)?third\s+part(?:y|ies)\s+(?:\([^()]{1,30}\)\s+)?(?:to|for|in)\s+(?:render|perform|provide|deliver|carry\s+out|the\s+(?:provision|performance|rendering))\b/
                       # plain English: "hand any part of the services to another firm", "entrust all or
                       # part of the Services to a third party"
                       # "You must not get anyone else to do any part of the services"
                       | /\b(?:get|have|let|ask|use)\s+(?:anyone|anybody|someone|somebody|another\s+(?:person|company|firm|business|provider))(?:\s+else)?\s+(?:to\s+)?(?:do|perform|carry\s+out|provide|deliver|handle)\b/
                       | /\b(?:hand|pass|transfer|entrust)\s+over\s+[^.;]{1,80}?\b(?:services|work|desk|line|helpline|hotline|operations?|tasks)\b[^.;]{0,40}?\bto\s+(?:another|a\s+third|any\s+third|third\s+part(?:y|ies)|any\s+other|an?\s+(?:outside|external))\b/
                       | /\b(?:hand|pass|give|transfer|entrust|place)\s+(?:over\s+)?(?:(?:any|all|some|the)\s+(?:or\s+(?:any\s+)?)?)?(?:(?:part|portion)s?\s+of\s+|of\s+)?(?:the\s+|its\s+|your\s+|our\s+|this\s+)?(?:services|work|desk|line|helpline|hotline|operation|tasks)\s+(?:over\s+)?(?:to|with)\s+(?:another|a\s+third|any\s+third|third\s+part(?:y|ies)|any\s+other|other|an?\s+(?:outside|external)|(?:someone|somebody|anyone|anybody)\s+else)\b/
                       # civil-law drafting: "may not entrust the performance of the services, in whole or in
                       # part, to a third party"
                       | /\b(?:entrust|delegate|transfer|confide)\w*\s+(?:the\s+)?(?:performance|execution|provision|rendering)\s+of\s+(?:the\s+|its\s+|this\s+)?(?:services|work|contract|agreement|obligations)\b[^.;]{0,40}?\bto\s+(?:a|any|another|other)\s+(?:third|other|person|company|entit)/

# Someone's consent in plain English: "without our written OK", "the Council's go-ahead" (also read by
# RED-001 in 10-red-flags.cl).
vocab consent_plain = /\b(?:our|its|their|your|(?:the\s+)?[\w-]+['’]s)\s+(?:prior\s+)?(?:written\s+)?(?:OK|okay|go-ahead|sign-off)\b/

# "Authorised Representative" is not an authorisation: only the prior-authorisation forms count.
# Consent named only to be waived: "may subcontract ... after notifying the Operator; the Operator's consent is not required"
vocab risk_forbidden_unless = /\b(?:is|are|shall\s+be|remains?)\s+(?:strictly\s+|expressly\s+)?(?:prohibited|forbidden|not\s+(?:permitted|allowed))\s+(?:without|unless|except\s+with)\b/
vocab risk_consent_waived = /\b(?:consent|approval|agreement|permission|authori[sz]ation)\s+(?:(?:is|are)\s+not|(?:shall|will)\s+not\s+be|is\s+not\s+to\s+be)\s+(?:required|needed|necessary)\b/
vocab risk_consent = "consent" | "approval" | "approve" | "approved" | "prior authorisation"
                   # ("without the prior express authorisation of the contracting body")
                   | /\bprior\s+(?:written\s+|express\s+|formal\s+){1,3}authori[sz]ation\b/
                   # ("only after authorisation by the Awarding Entity")
                   | /\bauthori[sz]ation\s+(?:by|of|from)\s+(?:the\s+)?{client}\b/
                   | "prior written authorisation" | "prior authorization" | "prior written authorization"
                   | "written authorisation" | "written authorization" | "permission"
                   # "without asking us first and getting our written agreement", "the Customer's prior
                   # agreement"; someone's, so that '"Subcontract" means a written agreement between
                   # Contractor and a Subcontractor' does not make every subcontract a consent
                   | /\b(?:our|its|their|your|(?:the\s+)?[\w-]+['’]s)\s+(?:prior\s+)?(?:written\s+)?agreement\b/
                   | consent_plain
                   # "without the prior written agreement of the Ordering Party"
                   | /\bprior\s+(?:written\s+)?agreement\s+of\b/
                   # "unless the Company has first agreed in writing"
                   | /\b(?:has|have|had|shall\s+have)\s+(?:first\s+|previously\s+|already\s+)?(?:agreed|consented)\s+(?:to\s+(?:it|this|that)\s+)?in\s+writing\b/
                   # "unless we agree in writing first", "until the Client agrees to it in writing"
                   | /\b(?:unless|until|except\s+where|except\s+if)\s+(?:we|you|they|it|(?:the\s+)?[A-Z][\w-]*)\s+(?:first\s+)?(?:agrees?|consents?)\s+(?:to\s+(?:it|this|that)\s+)?in\s+writing\b/

# "the Handler shall not be liable for any approved subcontractor", "you are not responsible for":
# the pattern starts at the provider, outside the negated words, so that it is seen.
vocab risk_sub_released = /\b(?:{provider}|it)\s+(?:(?:shall|will|is|are)\s+not\s+(?:be\s+)?(?:liable|responsible)|(?:shall\s+have|has|will\s+have|bears?)\s+no\s+(?:liability|responsibility))\s+(?:[\w'’-]+\s+){0,8}?(?:sub-?contractors?|delegates?|sub-?processors?)\b/
vocab risk_dispute_law = "arbitration" | "arbitral" | "arbitrator" | "governed by" | "governing law"
  | "mediation" | "mediator"
  | "construed in accordance" | "exclusive jurisdiction" | "non-exclusive jurisdiction"
  # ... or the statute a party is incorporated under: "a legal person constituted under the Business
  # Corporations Act (Québec)", "a company incorporated under the Companies Act 2006"
  | /\b(?:constituted|incorporated|registered|organi[sz]ed|formed|existing)\s+(?:and\s+(?:existing|registered|organi[sz]ed)\s+)?under\s+(?:the\s+)?/
# ("must obtain the Principal's prior written approval before entrusting any part of the Services to a subcontractor")
vocab risk_consent_link = "subject to" | "require" | "requires" | "required" | "conditional on" | "only with"
                        # ("Subcontracting is admitted within the limits of art. 119 ..., after authorisation by the Awarding
                        # Administration")
                        | /\bafter\s+(?:the\s+)?(?:prior\s+)?(?:written\s+)?(?:authori[sz]ation|approval|consent)\b/
                        | "only after" | "with the prior" | "unless" | /\b(?:obtain|obtains|seek|seeks|get|gets|need|needs|must\s+have)\b[^.;]{0,60}?\b(?:before|prior\s+to)\b/

# ---- rules ---------------------------------------------------------------------------------------

# A regime named as what the client enforces: "The Foundation is responsible for enforcement of the Marine
# Environment Ordinance Saba".
vocab risk_enforcer = /\b(?:responsible|competent)\s+for\s+(?:the\s+)?enforc\w+|\benforces\b/
  # ... or the client's standing under it: "The Council is an enforcement agency under the Food Act 2003 (NSW)"
  | /\b(?:is|are|acts\s+as)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:enforcement|regulatory|licensing|supervisory)\s+(?:agency|authority|body)\s+(?:under|for\s+the\s+purposes\s+of)\b/
  # ... "The Contractor acknowledges that the Council is subject to the Government Information (Public Access) Act"
  | /\b{client}\s+is\s+subject\s+to\b/

rule RISK-001 "The provider complies with applicable law and named regulation" {
  area: risk
  severity: high
  source: "003 (risk and compliance management)"
  require: ((sentence obliges provider to risk_comply and mentions (risk_law | risk_regime))
            or (sentence mentions ("services" | "deliverables" | "work") near risk_comply within 6 words
                and mentions risk_law and not obliges client to risk_comply))
           # The named regime must be one the provider is held to: a regime named only as the
           # client's own responsibility ("the Company is solely responsible for compliance with
           # data protection law") identifies nothing for the provider.
           # ("Ledgerly controls the data and is solely responsible for ..." and "the Retailer alone
           # is responsible for ..." are not read as duties by the engine, so sole responsibility
           # outside a provider duty is named here.)
           # (A law named for settling disputes, "arbitration ... in accordance with Law No. 27 of 1994",
           # is no requirement of the service.)
           # (Nor a regime named for what the client may do: "Customer may notify GitHub in accordance
           # with GitHub's Digital Millennium Copyright Act Policy".)
           and (sentence mentions risk_regime and not mentions risk_dispute_law
                and not (obliges client to risk_comply and not obliges both parties to risk_comply)
                and not (permits client to risk_comply and not obliges provider to risk_comply)
                and not (mentions risk_sole_resp and not obliges provider to risk_comply)
                and not (mentions risk_enforcer and not obliges provider to risk_comply)
                and not (mentions risk_procurement_law and not obliges provider to risk_comply)
                and not (mentions risk_signing_power and not obliges provider to risk_comply)
                # (nor a law that sets the client's grounds to terminate: "may terminate the Contract in the cases set
                # out in Law No. 4735")
                and not (permits client to ("terminate" | "termination" | "rescind") and not obliges provider to risk_comply))
        # (the duty itself is to comply: "a receipt complying with the Federal Tax Code" or
        # "compensate ... in accordance with Article 415 of the Civil Code" is not)
        or (sentence obliges provider to risk_comply_with and mentions risk_regime_cited and not mentions risk_dispute_law)
        or (sentence obliges provider to risk_follow_law and mentions risk_regime and not mentions risk_dispute_law)
  message: "No provider obligation to comply with applicable laws that identifies the regulatory requirements (e.g. data protection, consumer-credit, card-payment or financial-services rules) was found."
  fix: "The Supplier shall comply with all Applicable Laws in performing the Services, including the Data Protection Legislation, PCI DSS and the rules and guidance of any Regulator of the Client, and shall notify the Client promptly of any breach of Applicable Laws in connection with the Services."
  tags: risk, compliance, regulation
  examples {
    pass: """This Agreement is made between Harbour Salt Ltd (the "Client") and Tide Contact Ltd (the "Supplier").

The Supplier shall provide the Services to the Client.

The Supplier shall comply with the laws and regulations in force, including Law Number 8 of 1999 on Consumer Protection."""
    gap: """This Agreement is made between Harbour Salt Ltd (the "Client") and Tide Contact Ltd (the "Supplier").

The Supplier shall provide the Services to the Client.

The Supplier shall comply with the laws and regulations in force. The Client shall keep register number 8 of 1999."""
    pass: """This Agreement is made between Conexões Ilhas S.A. (the "Client") and Atlântico Voz Lda. (the "Provider").

The Provider shall provide the Services to the Client.

The Provider shall comply with all laws and regulations applicable to the Services, in particular the consumer protection law, the passenger rights rules of the Civil Aviation Agency and the rules of the Maritime and Port Institute on ferry passengers."""
    gap: """This Agreement is made between Stichting Zeepark (the "Foundation") and Windwardside Contact B.V. (the "Contractor").

The Contractor shall provide the Services to the Foundation.

The Contractor shall comply with applicable law. The Foundation is responsible for enforcement of the Marine Environment Ordinance Saba and the rules of the marine park."""
    pass: """"Ararat Rug Care" Limited Liability Company, represented by its Director (hereinafter the "Principal"), on the one part, and "Sevan Call" Closed Joint-Stock Company, represented by its Director (hereinafter the "Operator"), on the other part, have concluded this Agreement.

1.2 The Operator undertakes to receive and handle, on behalf of the Principal, all customer contacts.

11.1 In providing the Services the Operator shall comply with the Law of the Republic of Armenia on Protection of Personal Data."""
    gap: """"Ararat Rug Care" Limited Liability Company, represented by its Director (hereinafter the "Principal"), on the one part, and "Sevan Call" Closed Joint-Stock Company, represented by its Director (hereinafter the "Operator"), on the other part, have concluded this Agreement.

1.2 The Operator undertakes to receive and handle, on behalf of the Principal, all customer contacts.

11.1 The Principal shall comply with the Law of the Republic of Armenia on Protection of Personal Data in respect of its own customer records."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

You must follow the Telephone Consumer Protection Act when you send reminder texts."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

You must follow our house style when you send reminder texts."""
    pass: """This Contract is made between Vanille Tahaa SARL ("the Ordering Party") and Moana Relation SAS ("the Service Provider").

The Service Provider shall answer the buyers of the Ordering Party on its behalf.

31. The Service Provider complies with all laws and regulations applicable to its work, in particular the legislation on the protection of personal data and the rules on consumer sales at a distance."""
    gap: """This Contract is made between Vanille Tahaa SARL ("the Ordering Party") and Moana Relation SAS ("the Service Provider").

The Service Provider shall answer the buyers of the Ordering Party on its behalf.

31. The Ordering Party complies with all laws applicable to its business, in particular the legislation on the protection of personal data."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

You must follow every law that applies to your work, including the federal Telephone Consumer Protection Act and the PCI DSS."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

You must follow every instruction we give about your work, including our Telephone Etiquette Guide."""
    pass: "13.1 The Supplier shall comply with all laws applicable to the Services, including the requirements of the International Ship and Port Facility Security (ISPS) Code and the pre-arrival reporting requirements under MARPOL."
    gap: "13.1 The Supplier shall comply with the Client's dress code when visiting its premises."
    pass: "13.1 The Supplier shall comply with the legislation in force, in particular Law no. 22/11 on the Protection of Personal Data."
    gap: "13.1 The Client shall comply with the legislation in force, in particular Law no. 22/11 on the Protection of Personal Data."
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

We are a society registered under the Societies Act (Nova Scotia).

You must follow the laws that apply to your business."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

You must follow all laws that apply to the helpline, including the Fair Credit Reporting Act and the Telephone Consumer Protection Act."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

You must follow our brand guidelines, including the tone-of-voice guide."""
    gap: "13.1 The Supplier shall observe the laws in force. 19.3 Any dispute shall be finally resolved by arbitration in Cairo in accordance with Law No. 27 of 1994 on arbitration in civil and commercial matters."
    pass: "9.1 The Supplier shall comply with the legislation in force applicable to the services, in particular Law No. 453 (General Law on the Rights of Users and Consumers) and Law No. 165 (General Law of Transport)."
    gap: "9.1 The Client shall comply with Law No. 453 (General Law on the Rights of Users and Consumers); the Supplier shall follow the Client's instructions."
    pass: "The Contractor shall comply with the Privacy Act of 1974 (5 U.S.C. 552a) and the Federal Information Security Modernization Act."
    pass: "The Supplier shall comply with all Applicable Laws, including PCI DSS and the GDPR."
    pass: "The Vendor shall perform the Services in compliance with all applicable federal and state laws, including the TCPA, the FDCPA and HIPAA."
    pass: """The Service Provider shall comply with all Applicable Laws in providing the Services.

The Service Provider shall comply with the rules and guidance of the Financial Conduct Authority, including the Consumer Duty, as they apply to the Services."""
    pass: "Each party shall comply with all laws and regulations applicable to it, including the Data Protection Act 2018 and the Consumer Credit Act 1974."
    pass: "The Contractor warrants that it will comply with all applicable laws, including the California Consumer Privacy Act."
    pass: "The Service Provider shall comply with all applicable laws and regulations, including the Electricity Act, 2003 and the Central Electricity Authority (Installation and Operation of Meters) Regulations, 2006."
    gap: "The Service Provider shall comply with all applicable laws. The Company shall comply with the Electricity Act, 2003."
    gap: "The Supplier shall comply with all applicable laws."
    gap: "The Provider will retain Customer's information as necessary to comply with its legal obligations. Customer may notify the Provider in accordance with the Provider's Digital Millennium Copyright Act Policy."
    # Laws cited by subject, by "N°" or by a title of their own, inside the duty to comply.
    pass: "13.1 The Provider shall comply with the laws of Mongolia, including the Law on Personal Data Protection of 2021."
    pass: "37. The Contractor shall comply with the legislation of Kazakhstan, including the Law \"On Grain\" and the Labour Code."
    pass: "39. The Supplier will also comply with Law N° 36/2012 relating to competition and consumer protection."
    pass: "THE CONTRACTOR shall comply with the laws of Honduras, in particular the Cooperatives Law and the Consumer Protection Law."
    gap: "The Supplier shall comply with all applicable law. Late payments bear interest as set out in Article 415 of the Civil Code."
    gap: "The Vendor shall issue a monthly tax receipt complying with the Federal Tax Code. The Vendor shall observe all laws in force."
    gap: "The Supplier shall comply with Applicable Law and with Mongolian law."
    # Laws cited by number rather than by title.
    pass: "In performing the Services the Vendor shall observe Icelandic and EEA law, in particular Act No. 90/2018 on Data Protection and Regulation (EU) 2016/679."
    pass: "The Contractor shall comply with the legislation in force, including Organic Law No. 2004-63 on the protection of personal data."
    gap: "The Company shall observe Act No. 90/2018 on Data Protection. The Vendor shall comply with all applicable laws."
    gap: "The Client shall comply with all Applicable Laws, including the GDPR and PCI DSS, in its use of the Services."
    gap: "The Service Provider is not required to comply with any regulatory requirements of the Bank's regulators, including the FCA Handbook."
    gap: "This Agreement is governed by the laws of England and Wales, and the Supplier acknowledges that the Client is regulated by the Financial Conduct Authority."
    gap: "The Vendor shall perform the Services in a professional manner in accordance with good industry practice."
    # A generic duty, with regulators named only generically, identifies no requirement.
    gap: """"Relevant Law" means any law, rule or binding guidance of any regulatory authority or supervisory authority with jurisdiction over either party.

The Contractor shall observe all Relevant Law when delivering the Services."""
    # The only named regime is the client's own responsibility.
    gap: """The Contractor shall observe all laws that bind it.

The Retailer alone is responsible for compliance with the GDPR in respect of shopper data."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

17.1 The Supplier gives no undertaking that the Helpdesk complies with any law. Compliance with the levy legislation, the Privacy Act 1988 (Cth) and any other law applying to the Helpdesk is the responsibility of the Client."""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

17.1 The Supplier shall comply with the Privacy Act 1988 (Cth) and any other law applying to the Helpdesk."""
    pass: """This Agreement is made between Sunbelt Water Company, a Texas corporation (the "Utility"), and Pioneer Teleservices, Inc. (the "Service Company"). The Service Company shall provide customer account, billing and outage call handling to the Utility.

19.1 The Service Company shall comply with all laws and regulations applicable to the Services, including the Telephone Consumer Protection Act, the Fair Debt Collection Practices Act and the customer-service rules of the Public Utility Commission of Texas (16 TAC Chapter 25)."""
    gap: """CONTRACT FOR SERVICES

BETWEEN: IMAGERIE MÉDICALE ESTRIE INC., a legal person constituted under the Business Corporations Act (Québec), (the "Principal")

AND: CENTRE DE CONTACT CANTONS-DE-L'EST INC., a legal person constituted under the Business Corporations Act (Québec), (the "Contractor").

1. The Contractor shall operate the Principal's appointment centre.

12.2 The Contractor shall comply with the laws applicable to it."""
    pass: """CONTRACT FOR SERVICES

BETWEEN: IMAGERIE MÉDICALE ESTRIE INC., a legal person constituted under the Business Corporations Act (Québec), (the "Principal")

AND: CENTRE DE CONTACT CANTONS-DE-L'EST INC., a legal person constituted under the Business Corporations Act (Québec), (the "Contractor").

1. The Contractor shall operate the Principal's appointment centre.

12.2 The Contractor shall comply with the laws applicable to it, including the Act respecting the protection of personal information in the private sector and the Charter of the French Language."""
    gap: """CONTRACT FOR SERVICES between IMAGERIE MÉDICALE ESTRIE INC. (the "Principal") and CENTRE DE CONTACT CANTONS-DE-L'EST INC. (the "Contractor"). The Contractor shall operate the Principal's appointment centre.

12.1 The Principal, as the enterprise that holds the personal information of patients, remains responsible for compliance with the Health Insurance Act and the Act respecting the protection of personal information in the private sector.

12.2 The Contractor shall comply with the laws applicable to it."""
    gap: """This Agreement is made between Stichting Schadeherstel Eemsdelta (the "Principal") and Noorderpoort Klantcontact B.V. (the "Contracted Party"). The Contracted Party handles the damage reports of residents for the Principal.

12.3 The Contracted Party complies with the laws and regulations applicable to it and to the performance of the Services.

16.2 If the directors do not reach a solution, the Parties shall refer the dispute to mediation in accordance with the Mediation Regulations of the Mediators Federation Netherlands."""
    pass: """This Agreement is between the State of Alaska, Department of Labor and Workforce Development (the "Department"), and Tanana Valley Contact Solutions, LLC (the "Contractor"). The Contractor shall answer unemployment insurance claimant calls for the Department.

A9.1 In the performance of this contract, the Contractor shall comply with all applicable federal, state and borough laws, regulations and ordinances, including 20 CFR Part 603 (confidentiality and disclosure of state unemployment compensation information)."""
    pass: """Joint-Stock Company "Qazaq Registry Centre", hereinafter referred to as the "Customer", and Limited Liability Partnership "Esil Contact", hereinafter referred to as the "Executor", have concluded this Contract. The Executor shall run the contact centre of the Customer.

8.1. The Executor shall comply with the legislation of the Republic of Kazakhstan, including the Laws "On Personal Data and Their Protection" and "On Informatization"."""
    gap: """Joint-Stock Company "Qazaq Registry Centre", hereinafter referred to as the "Customer", and Limited Liability Partnership "Esil Contact", hereinafter referred to as the "Executor", have concluded this Contract. The Executor shall run the contact centre of the Customer.

8.1. The Customer shall comply with the Law "On Personal Data and Their Protection" when it passes data to the Executor."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

WHEREAS, the Client conducted a public bidding in accordance with Republic Act No. 9184.

5. The Supplier shall observe all laws, rules and regulations applicable to the performance of this Contract."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

5. The Supplier shall comply with the legislation in force.

23. The Client may terminate the Contract in the cases set out in Law No. 4735 and the Administrative Specification."""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

10.1 The Supplier shall comply with the laws of Kenya, including the Employment Act, 2007 and the Consumer Protection Act, 2012."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

## ARTICLE 4 – OBLIGATIONS OF THE CONTRACTOR

4.1 To comply with the service levels of Annex 1.

4.2 To comply with the applicable regulations, in particular the Law on the Protection of Personal Data and the consumer defence law."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

## ARTICLE 4 – OBLIGATIONS OF THE PRINCIPAL

4.1 To pay the invoices on time.

4.2 To comply with the applicable regulations, in particular the Law on the Protection of Personal Data and the consumer defence law."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

1.2 The Principal is an enforcement agency under the Food Act 2003 (NSW) and registers and inspects food premises in its area.

15.1 The Contractor must comply with all applicable laws in performing the Services."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

1.2 The Principal is an enforcement agency under the Food Act 2003 (NSW) and registers and inspects food premises in its area.

15.1 The Contractor must comply with all applicable laws in performing the Services, including the Privacy and Personal Information Protection Act 1998 (NSW)."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

9.2 The Contractor acknowledges that the Principal is subject to the Government Information (Public Access) Act 2009 (NSW) and may be required to disclose information about this Agreement.

15.1 The Contractor must comply with all applicable laws in performing the Services."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

9.2 The Contractor acknowledges that the Principal is subject to the Government Information (Public Access) Act 2009 (NSW), and the Contractor shall comply with that Act in respect of information it holds for the Principal.

15.1 The Contractor must comply with all applicable laws in performing the Services."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

2.2 Any further engagement for the Services shall be made through a new tender in accordance with the Municipalities (Tenders) Regulations, 5748-1987.

11.1 The Contractor shall act in accordance with all law in providing the Services."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

2.2 Any further engagement for the Services shall be made through a new tender.

11.1 The Contractor shall act in accordance with all law in providing the Services, including the Privacy Protection Regulations (Data Security), 5777-2017."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

1. This contract is entered into by the Principal, represented by its Secretary of Finance under the delegation granted by Executive Decree No. 031/2024.

2. This contract is entered into under the Basic Rules of the System for the Administration of Goods and Services, Supreme Decree No. 0181.

8.4 The Contractor shall observe the regulations in force."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

8.4 The Contractor shall observe the regulations in force, in particular the Law on Protection of Personal Data No. 164/2011."""
  }
}

# A section headed by the word alone ("12. Continuity") is the plan's: "test the plan" under it counts
# ("test its booking software" does not).
vocab risk_bcdr_heading = "continuity" | "contingency" | "resilience"
vocab risk_plan_ref = "plan" | "plans" | "arrangements" | "failover" | "fail-over" | "switch-over" | "fallback"

rule RISK-002 "Business continuity and disaster recovery plans are kept and tested" {
  area: risk
  severity: high
  source: "003 (contingency plans), 000 (customer contingency and impact mitigation plan)"
  # (A plan still to be agreed "in a separate agreement" is no plan kept.)
  require: (((sentence obliges provider to risk_bcdr and not mentions deferred)
             or (sentence mentions risk_bcdr and obliges provider and not mentions deferred))
           and ((sentence mentions risk_bcdr and mentions risk_test)
                or (paragraph mentions risk_bcdr and mentions risk_test)
                or (sentence mentions risk_test and heading mentions risk_bcdr)
                or (sentence mentions risk_test and mentions risk_plan_ref and heading mentions risk_bcdr_heading)))
    # "shall not be required to test the plan", "periodic testing shall not be required": a plan
    # nobody must test, whatever else the clause says about tests.
    and not (sentence mentions risk_no_test)
  message: "No business continuity and disaster recovery plan that the provider must maintain and test was found."
  fix: "The Supplier shall maintain a Business Continuity and Disaster Recovery Plan for the Services, test it at least once in every Contract Year, and report the results and any corrective actions to the Client within ten (10) Business Days of each test."
  tags: risk, continuity, disaster-recovery
  examples {
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

We keep a plan for storms, power cuts and satellite link outages, but we're not required to test it."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

We keep a plan for storms, power cuts and satellite link outages, but we don't have to test it."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

We keep a plan for storms, power cuts and satellite link outages, and we test it every year and tell you how the test went."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

We keep a plan for carrying on if our Stromness office can't be used, whether because of a storm or a power cut. We test it at least once a year and tell you how the test went."""
    pass: """This Agreement is made between Red Road Tours Pty Ltd (the "Company") and Ocean Bookings Pty Ltd (the "Operator").

The Operator will answer Visitor enquiries for the Company.

## 12. Continuity

12.1 The Operator will maintain a continuity plan covering cyclones and power outages.

12.2 Before each Migration Season the Operator will test the plan by a live switch-over of calls to the fallback team."""
    gap: """This Agreement is made between Red Road Tours Pty Ltd (the "Company") and Ocean Bookings Pty Ltd (the "Operator").

The Operator will answer Visitor enquiries for the Company.

## 12. Continuity

12.1 The Operator will maintain a continuity plan covering cyclones and power outages.

12.2 The Operator will test its booking software before each Migration Season."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

37. You will keep a backup plan so the Ordering Line keeps working through blizzards, power cuts and satellite internet outages. You will test it at least once a year and send us the results."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

37. You will keep a staffing plan for the spring sealift season. You will test your phones at least once a year and send us the results."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

42. You will keep a written plan for hurricanes, power cuts and phone outages, including moving calls to your office in Basseterre. You will test it every June and tell us how the test went."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

42. You will keep a written plan for the cruise season, showing how many agents will be on each shift. You will test it every June and tell us how the test went."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

You will keep a written plan for carrying on our line if your San Fernando office loses power or internet, floods, or cannot be reached. You will test it at least once a year and tell us the results."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

You will keep a written list of the pans carried on our line of instruments."""
    pass: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

We keep a written plan for keeping your helpline running if our building loses power or phones. We test the plan every spring and send you the results."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

We keep a written plan for keeping your helpline running if our building loses power or phones."""
    pass: "The Supplier shall maintain a plan for the continuity of the Services and recovery after failures, shall test the plan twice a year, and shall send the Client a report on each test."
    gap: "The Supplier shall report on the continuity of the Services in its monthly report."
    pass: "The Supplier must have a plan for keeping the service running if its office, phones or systems fail, and must test the plan at least once a year and send the Client the results."
    gap: "The Supplier must have a plan for keeping the service running if its office fails."
    gap: "The Supplier shall maintain a business continuity plan. The Supplier shall not be required to test the business continuity plan, and the Client shall not be entitled to request test results."
    gap: "The Contractor shall keep a contingency and business continuity plan; periodic testing of the plan shall not be required."
    pass: "The Contractor shall maintain a Continuity of Operations Plan covering loss of facility and telephony failure, and shall test it at least annually."
    gap: "The Contractor shall maintain a Continuity of Operations Plan."
    pass: "The Supplier shall maintain and test at least annually a Business Continuity Plan."
    pass: """The Vendor shall maintain a disaster recovery plan for the Services that allows call handling to resume from an alternate site within four (4) hours.

The Vendor shall test the disaster recovery plan at least twice in each calendar year and share the results with Company."""
    pass: "The Service Provider shall keep its BCDR Plan up to date, rehearse it every six (6) months and invite the Bank to observe each rehearsal."
    pass: "The Contractor shall implement and test, at least once in each Contract Year, the contingency plans set out in Schedule 8."
    pass: """12. Business Continuity and Disaster Recovery

12.1 The Supplier shall maintain a business continuity and disaster recovery plan for the Services.

12.2 The Supplier shall test the plan every six (6) months and share the results with the Client."""
    gap: "The Supplier shall maintain a business continuity plan."
    gap: "The Client shall maintain and test its own business continuity arrangements for its retained functions."
    gap: "The Vendor shall maintain a disaster recovery plan but is not required to test it."
    gap: "An event which the Supplier's business continuity plan was designed to address is not a Force Majeure Event."
    gap: "The Service Provider shall test its telephony platform before each go-live."
    gap: """This Agreement is concluded between Nordhavn Mode A/S, Copenhagen (the "Retailer"), and Baltic Contact UAB, Vilnius (the "Partner"). The Partner shall handle customer enquiries, returns and complaints for the Retailer's online store.

Section 18 Emergency planning
The Parties shall agree on a business continuity plan, and on any testing of it, in a separate agreement."""
    pass: """This Agreement is made between Studentenwerk Marburg (the "Principal") and Lahn Kontakt GmbH (the "Contractor"). The Contractor shall operate the housing service line.

§ 11 (2) The Contractor maintains an emergency plan for the failure of premises, telephony and staff and tests it at least once a year."""
    gap: """This Agreement is made between Studentenwerk Marburg (the "Principal") and Lahn Kontakt GmbH (the "Contractor"). The Contractor shall operate the housing service line.

§ 11 (2) The Contractor keeps a list of emergency telephone numbers of the halls of residence for callers reporting a fire or flood."""
    pass: """Entrusting Party: Jiaxing Elderly Care Guidance Centre, a public institution.

Entrusted Party: Jiaxing Hexin Service Outsourcing Co., Ltd.

Article 31 The Entrusted Party shall prepare an emergency response plan for interruptions of the Hotline, such as power failure or network failure, and shall organise an emergency drill at least twice a year."""
    gap: """Entrusting Party: Jiaxing Elderly Care Guidance Centre, a public institution.

Entrusted Party: Jiaxing Hexin Service Outsourcing Co., Ltd.

Article 31 The Entrusted Party shall give callers the emergency telephone numbers of the police and the fire brigade."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

17. The Contractor shall maintain a continuity and preparedness plan covering telephone network failures, power outages and staff shortages, and shall exercise it at least once a year together with the Principal's preparedness manager."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

17. The Principal keeps a continuity and preparedness plan for its own dental clinics, which it exercises once a year."""
  }
}

# A contract saying it puts no such duty on the provider: "this Agreement imposes on the Executor no
# obligations as to the protection of personal data".
vocab risk_no_duty = /\bimposes?\s+(?:on\s+(?:the\s+)?[\w-]+\s+)?no\s+(?:obligations?|duties|dut(?:y|ies))\b/
  | /\bno\s+(?:obligations?|duties)\s+(?:as\s+to|regarding|in\s+respect\s+of|relating\s+to|concerning)\b/

rule RISK-003 "Data protection and information security bind the provider" {
  area: risk
  severity: high
  source: "002 (security), common practice"
  # A duty to negotiate a data processing agreement later binds the provider to nothing yet.
  # (Nor does a contract that "imposes on the Executor no obligations as to the protection of personal data".)
  require: (sentence obliges provider to (risk_data | risk_security) and not mentions risk_to_agree and not mentions risk_no_duty)
           or (sentence obliges provider to risk_protect and mentions risk_protect near risk_data_object within 5 words
               and not mentions risk_to_agree)
           # (... nor a processing agreement "to be concluded between the parties")
           or (sentence mentions risk_dpa and mentions risk_binding and not mentions risk_to_agree)
           or (sentence mentions risk_cert and not mentions risk_client_word near risk_cert within 6 words)
           or (sections heading mentions risk_cert)
  message: "No data protection or information security obligation binding the provider was found."
  fix: "The Supplier shall process Personal Data only on the Client's documented instructions and in accordance with the Data Protection Legislation, shall implement appropriate technical and organisational measures to protect it, and shall maintain ISO/IEC 27001 certification for every site and system used to provide the Services."
  tags: risk, data-protection, security
  examples {
    pass: """This Contract is made between Kava Exports SARL (the "Principal") and Pacific Contact SARL (the "Contractor").

The Contractor shall provide the Services to the Principal.

The Contractor processes the personal data of growers solely on the documented instructions of the Principal. It implements appropriate technical and organisational measures to ensure their security."""
    gap: """This agreement is between Red Sands Contact Centre Ltd. ("we") and Harbourlight Pianos Inc. ("you").

We will answer your customers on your behalf.

We'll put a data processing addendum in place with you once we've agreed what customer information you'll share with us."""
    gap: """This Agreement is made between Cape Water Board (the "Board") and Karoo Contact (Pty) Ltd (the "Service Provider").

The Service Provider shall provide the Services to the Board.

13.3 The parties shall conclude an operator agreement as contemplated in section 21 of the Protection of Personal Information Act before the Service Provider processes any personal information."""
    pass: """This Agreement is made between Cape Water Board (the "Board") and Karoo Contact (Pty) Ltd (the "Service Provider").

The Service Provider shall provide the Services to the Board.

13.3 The Service Provider shall protect the personal information of the Board's customers against loss and unauthorised access."""
    gap: """This Agreement is made between Great Lakes Freight Inc. ("Client") and Claims Desk LLC ("Vendor").

Vendor shall provide the Services to Client.

8.2 The Parties do not anticipate that Vendor will process personal data on behalf of Client beyond business contact details. Should this change, the Parties will negotiate a data processing agreement in good faith."""
    gap: """This Agreement is made between Northshire Council (the "Council") and Libraryline Limited (the "Contractor").

The Contractor shall provide the Services to the Council.

26. The Council is the controller of Members' personal data and is responsible for compliance with the UK GDPR.

29A. The Contractor shall ensure that all advisers have received an enhanced Disclosure and Barring Service check and have completed safeguarding training."""
    gap: """This Agreement is made between Kestrel Point Trails Authority (the "Authority") and Bramble Reach Contact Services Limited (the "Contractor").

The Contractor shall answer the visitors of the Authority on its behalf.

13.2 The Authority is the controller of visitors' personal data. The Contractor's obligations concerning personal data will be set out in a data processing agreement to be concluded between the parties."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

You will keep the personal details of customers, guests and suppliers secure, and use them only to take bookings for us."""
    pass: """This Agreement is made between Pago Pago Albacore Packers Company (the "Cannery") and Leone Business Services LLC (the "Service Partner").

The Service Partner shall operate the supplier payments desk for the Cannery.

34. The Service Partner will keep all Supplier and Order information confidential and will protect it by password-controlled systems and locked premises."""
    gap: """This Agreement is made between Pago Pago Albacore Packers Company (the "Cannery") and Leone Business Services LLC (the "Service Partner").

The Service Partner shall operate the supplier payments desk for the Cannery.

34. The Service Partner will make the public price list available on a password-protected website."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

You'll keep customer details safe and confidential, use them only to handle our bookings, and tell us straight away if any are lost or stolen."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

We'll keep customer details safe and confidential. You don't have any duties about them."""
    pass: """This Agreement is made between Pinelands Cranberry Growers' Cooperative, Inc. (the "Cooperative") and Barnegat Contact Solutions LLC (the "Contractor").

The Contractor shall answer the growers of the Cooperative on its behalf.

8.2 The Contractor shall treat grower names and bank account details as Confidential Information; process them only on the Cooperative's written instructions; keep them encrypted at rest and in transit; and notify the Cooperative of any security breach within forty-eight (48) hours of discovery."""
    gap: """This Agreement is made between Pinelands Cranberry Growers' Cooperative, Inc. (the "Cooperative") and Barnegat Contact Solutions LLC (the "Contractor").

The Contractor shall answer the growers of the Cooperative on its behalf.

8.2 The Contractor shall treat grower names and bank account details as Confidential Information; the Cooperative shall keep its own systems encrypted and notify the Contractor of any security breach."""
    gap: "14.2. The Parties record that the Supplier handles only the corporate details of the importers and that this Agreement imposes on the Supplier no obligations as to the protection of personal data."
    pass: "14.2. The Supplier shall protect personal data in accordance with the Data Protection Act."
    pass: """This agreement is between Fundy Shore Venues Inc. ("we", "us") and Petitcodiac Guest Line Ltd. ("you"). You will answer calls from couples booking our venues.

You'll keep couples' names, contact details and payment details confidential and secure."""
    gap: """This agreement is between Fundy Shore Venues Inc. ("we", "us") and Petitcodiac Guest Line Ltd. ("you"). You will answer calls from couples booking our venues.

We'll keep your agents' contact details confidential and secure."""
    pass: """This agreement is between Riverbend Care Ltd ("we") and Coorong Contact Pty Ltd ("you"). You will run our client line.

You must keep our clients' personal and health information secure and confidential, use it only to provide the services and store it only in Australia."""
    gap: "Before the Supplier handles any personal information for the Client, the parties will sign a separate data handling agreement; until then the Supplier shall keep any personal data it receives confidential."
    pass: "The Supplier shall process Personal Data only on documented instructions of the Client."
    pass: "ISO 27001"
    pass: "The Vendor shall implement and maintain appropriate technical and organizational measures to protect Company Data against unauthorized access."
    pass: "The Service Provider holds, and shall keep throughout the Term, certification to ISO/IEC 27001 for each site used to provide the Services."
    pass: "Each party shall comply with its obligations under the Data Protection Legislation."
    pass: "The Data Processing Addendum in Schedule 7 forms part of this Agreement and governs the Vendor's processing of Company personal data."
    gap: "The parties shall negotiate in good faith and enter into a separate data processing agreement within ninety (90) days after the Effective Date."
    pass: "The parties shall enter into the Data Processing Agreement set out in Schedule 7 on the Effective Date, and the Supplier shall comply with it."
    gap: "The Client shall comply with the Data Protection Legislation as controller of the Personal Data."
    gap: "The Supplier shall not be responsible for the security of any data transmitted over the internet."
    gap: "The Customer's own systems are certified to ISO 27001."
    gap: "The Vendor shall deliver the monthly report by the fifth Business Day."
    gap: "\"Personal Data\" has the meaning given in the UK GDPR."
    pass: "The Supplier shall notify the Client of any loss or unauthorised disclosure of Retailer data within twenty-four (24) hours of becoming aware of it."
    pass: "The Supplier shall apply access controls to the booking system and to call recordings."
    gap: "The Supplier shall keep confidential all information it receives under this Contract."
    gap: "The Client shall notify the Supplier of any unauthorised access to its data."
    pass: """This agreement is between Pinecrest Credit Union ("we", "us") and Lumen Support LLC ("you"). You will answer our members' phone, chat and email questions on our behalf.

13. Keeping members' information safe

You may use our members' personal details only to help them on our behalf. You must keep those details secure, encrypt call recordings, never take member data off-site, and tell us within a day if any of it is lost or seen by someone who should not see it."""
    pass: """This Agreement is made between Stichting Schadeherstel Eemsdelta (the "Principal") and Noorderpoort Klantcontact B.V. (the "Contracted Party"). The Contracted Party handles the damage reports of residents for the Principal.

12.1 The Contracted Party processes the personal data only on the Principal's instructions, takes appropriate technical and organisational measures to secure them and notifies the Principal of any personal data breach within 24 hours."""
    gap: """This Agreement is made between Stichting Schadeherstel Eemsdelta (the "Principal") and Noorderpoort Klantcontact B.V. (the "Contracted Party"). The Contracted Party handles the damage reports of residents for the Principal.

12.1 The Contracted Party processes personal data of residents on behalf of the Principal."""
    gap: """This Contract is concluded between the Public Institution Šiauliai City Polyclinic (the "Purchaser") and UAB Saulės kontaktai (the "Service Provider"). The Service Provider shall operate the appointment line of the Purchaser.

10.2. The processing of patients' personal data shall be governed by a data processing agreement, which the Parties shall conclude separately."""
    pass: """This Contract is concluded between the Public Institution Šiauliai City Polyclinic (the "Purchaser") and UAB Saulės kontaktai (the "Service Provider"). The Service Provider shall operate the appointment line of the Purchaser.

10.2. The processing of patients' personal data is governed by the data processing agreement in Annex 4, which forms part of this Contract."""
  }
}

# The provider's own auditors looking at it ("PrimeCall's internal audit department shall audit
# PrimeCall's performance"), and audited accounts to read ("a copy of our audited financial
# statements"), give the client no audit of its own.
vocab risk_not_client_audit = /\b{provider's}\s+(?:own\s+)?internal\s+audit\w*/
  | /\baudited\s+(?:annual\s+)?(?:financial\s+statements|accounts|financial\s+accounts|annual\s+report)\b/
  # a copy of someone else's audit report is no audit: "The Municipality may request a copy of the audit report"
  | /\b(?:a\s+)?cop(?:y|ies)\s+of\s+(?:the|its|any|an|each)\s+(?:[\w-]+\s+){0,2}?audit\s+reports?\b/
  # the client audited, not auditing: "The State Audit Office may audit the Department's expenditure"
  | /\b(?:audit|inspect|examine)\s+(?:the\s+)?{client}['’]s?\s+(?:own\s+)?(?:expenditure|spending|accounts|finances|budget|books)\b/
# An audit the provider may refuse is no right: "may audit ... only with the prior written consent of
# the Supplier", "subject to the Vendor's approval".
vocab risk_audit_by_leave = /\b(?:only\s+)?(?:with|upon|on|subject\s+to)\s+(?:the\s+)?(?:prior\s+)?(?:written\s+)?(?:(?:consent|approval|agreement|permission)\s+of\s+(?:the\s+)?{provider}|{provider}['’]?s?\s+(?:prior\s+)?(?:written\s+)?(?:consent|approval|agreement|permission))\b/

rule RISK-004 "The client may audit and inspect the provider" {
  area: risk
  severity: high
  source: "003 (oversight), common practice"
  require: (sentence (permits client to risk_audit or obliges client to "audit"
                      or (permits any party to risk_audit and not permits provider to risk_audit
                          and mentions risk_client_word)
                      or (obliges provider to risk_audit_strict and mentions risk_open_up))
                     and (mentions "audit" or mentions risk_audit near risk_audit_object within 16 words)
                     and not mentions risk_audit_by_leave and not mentions risk_not_client_audit
                     # (an audit regime the parties "shall agree in due course" is none yet)
                     and not mentions deferred)
  message: "No right of the client to audit or inspect the provider's premises, records and systems was found."
  fix: "The Client, its auditors and any Regulator may, on reasonable notice (or without notice where a Regulator requires it), audit and inspect the Supplier's premises, systems, records and personnel used in providing the Services, and the Supplier shall give them all reasonable co-operation and access."
  tags: risk, audit, oversight
  examples {
    pass: """This contract is made between Société des Hévéas du Moungo S.A. ("the Principal") and Wouri Relation Clients SARL ("the Service Company").

## Article 17 - Inspection

The Principal may carry out, or have carried out by an auditor of its choice, inspections of the premises of the Service Company and of the documents relating to the services, subject to five days' notice."""
    gap: """This contract is made between Société des Hévéas du Moungo S.A. ("the Principal") and Wouri Relation Clients SARL ("the Service Company").

## Article 17 - Inspection

The Service Company may carry out, or have carried out by an auditor of its choice, inspections of the premises of its subcontractors, subject to five days' notice."""
    pass: "9.2 The Client has the right at any time during working hours to inspect the premises of the Supplier, its records of calls and its documents relating to the services."
    gap: "9.2 The Supplier has the right at any time during working hours to inspect the premises of the Client."
    pass: """This agreement is between Fundy Shore Venues Inc. ("we", "us") and Petitcodiac Guest Line Ltd. ("you"). You will answer calls from couples booking our venues.

We may check your records about our booking line, and visit your contact centre to do so, on five business days' notice."""
    gap: """This agreement is between Fundy Shore Venues Inc. ("we", "us") and Petitcodiac Guest Line Ltd. ("you"). You will answer calls from couples booking our venues.

You may check our records about your invoices on five business days' notice."""
    gap: "The Supplier's internal audit department shall audit the Supplier's performance of the Services once a year and shall provide the Client with a summary of its findings."
    gap: "Once in each Contract Year the Client may request a copy of the Supplier's audited financial statements."
    pass: "The Client or its auditors may audit the Supplier's records and premises on reasonable notice."
    pass: "The Vendor shall permit the Company and its regulators to inspect the Vendor's facilities, systems and records used to perform the Services."
    pass: "The Bank shall be entitled, on ten (10) Business Days' notice, to audit the Service Provider's compliance with this Agreement."
    pass: "The Contractor shall make available to the Customer all information necessary to demonstrate compliance and shall allow for and contribute to audits, including inspections, conducted by the Customer."
    pass: "Company or an independent auditor designated by Company may audit Vendor's records, facilities and controls relating to the Services once per contract year."
    pass: "The Buyer can audit the Supplier's performance of the Contract at any time during the Contract Period and for 18 Months afterwards."
    pass: """This Agreement is between Harbourline Bank plc ("Harbourline") and Corvid Collections Limited ("Corvid"). Corvid shall provide the Services to Harbourline.

Harbourline, its internal auditors and the FCA may audit Corvid's records, systems and premises on five Business Days' notice."""
    gap: "The Customer shall have no right to audit or inspect the Supplier's premises, systems or records."
    gap: "The Supplier shall audit its own compliance with the security policy each year."
    gap: "The Vendor may audit the Company's use of the Software once a year."
    gap: "The Service Provider's annual accounts shall be audited by an independent firm of accountants."
    gap: "The Client is not entitled to inspect the Supplier's premises."
    gap: "The Client may audit the Supplier's performance of the Services only with the prior written consent of the Supplier."
    gap: "The Customer may inspect the Vendor's call recordings, subject to the Vendor's prior approval in each case."
    pass: """Contract between Rhein-Mosel Stadtwerke GmbH, Koblenz (hereinafter "Party A"), and Vistara BPO S.R.L., Cluj-Napoca (hereinafter "Party B"). Party B shall render customer-service services for the energy customers of Party A.

Article 23 (Control rights)
(1) Party A shall be entitled to verify compliance by Party B with its contractual obligations, in particular by on-site inspections at Party B's premises and by inspection of the relevant documents.
(2) Party A may entrust the inspection to a third party bound to professional secrecy."""
    pass: """This Agreement is between the State of Alaska, Department of Labor and Workforce Development (the "Department"), and Tanana Valley Contact Solutions, LLC (the "Contractor"). The Contractor shall answer unemployment insurance claimant calls for the Department.

A2.1 The Department and its auditors may inspect, at reasonable times and in the manner they consider appropriate, all of the Contractor's facilities, records and activities that relate to work under this contract."""
    pass: """Contract Data: the Client is Kentdale Building Society (the "Client") and the Consultant is Eden Valley Customer Care Ltd (the "Consultant"). The Consultant provides a mortgage payment support service to the Client.

24.1 The Consultant gives the Client, its internal and external auditors and the Financial Conduct Authority access to its premises, data, records and people engaged in the services, on reasonable notice."""
    gap: """Contract Data: the Client is Kentdale Building Society (the "Client") and the Consultant is Eden Valley Customer Care Ltd (the "Consultant"). The Consultant provides a mortgage payment support service to the Client.

24.1 The Consultant gives the Client a copy of its annual ISAE 3402 report. The Client has no right to audit the Consultant."""
    gap: """This agreement is made between Skellefteå Municipality (the "Municipality") and Norrkust Kundservice AB (the "Supplier"). The Supplier answers building-permit calls for the Municipality.

4.1 The Supplier's auditor reviews its internal control each year. The Municipality may request a copy of the audit report."""
    gap: """Between OBRA SOCIAL DEL PERSONAL FERROVIARIO (hereinafter "el Comitente") and CONTACTO QUILMES S.R.L. (hereinafter "el Locador") this contract is entered into. El Locador shall operate the authorisation centre of el Comitente.

15.4 The parties shall agree in due course on a regime for the audit of el Locador's premises and records."""
    pass: """Between OBRA SOCIAL DEL PERSONAL FERROVIARIO (hereinafter "el Comitente") and CONTACTO QUILMES S.R.L. (hereinafter "el Locador") this contract is entered into. El Locador shall operate the authorisation centre of el Comitente.

15.4 El Comitente may audit el Locador's premises and records on five business days' notice."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

15.1 The Principal and the regional audit office may verify, at the Contractor's premises and in its records, the manner in which the contract is performed."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

15.1 The Contractor may verify, at its subcontractors' premises and in their records, the manner in which they perform."""
    pass: """This contract is made between the Municipality of Sondrio (the "Awarding Entity") and Valtellina Servizi (the "Operator").

6.1 The Awarding Entity appoints an execution director (direttore dell'esecuzione del contratto, DEC).

20.1 The DEC and the officers of the Contract Management Office may carry out inspections at the Operator's premises and examine its records at any time."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

9.4 The State Audit Office may audit the Principal's expenditure under this contract in accordance with the Law on State Audit."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

9.4 The State Audit Office and the Principal may audit the Contractor's records and premises relating to this contract in accordance with the Law on State Audit."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

3.2. The Principal has the right:

3.2.1. to check the quality of the Services at any time, including through its Internal Audit Service, which may inspect the premises, records and call recordings of the Contractor."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

3.2. The Principal has the right:

3.2.1. to receive a monthly report on the quality of the Services, prepared by the Contractor's own internal audit service."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

12.1 The Regional Comptroller's Office may at any time inspect the premises of the Contractor used for the Services and examine its records and documents relating to this Contract, and the Contractor shall give it free access."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

12.1 The Court of Accounts may inspect the Contractor's premises and examine the records and payroll relating to the Services."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

12.1 The Contractor shall keep its accounts in accordance with the rules of the Court of Accounts."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

6.1 The Principal designates the DEC as its sole contact for the execution of the contract.

12.4 The DEC may carry out inspections and audits, also without notice, at the Contractor's premises and on its records."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

6.1 The Contractor designates the QM as its quality manager.

12.4 The QM may carry out inspections and audits at the Contractor's premises and on its records."""
  }
}

rule RISK-005 "Subcontracting needs the client's consent" {
  area: risk
  severity: medium
  source: "common BPO practice (control of the business process, 003)"
  require: ((sentence prohibits provider from risk_subcontract and mentions risk_consent)
           or (sentence permits provider to risk_subcontract and mentions risk_consent
               and not mentions "without" near risk_consent within 6 words and not mentions risk_consent_waived)
           or (sentence obliges provider to risk_consent and mentions risk_consent near risk_subcontract within 8 words)
           or (sentence mentions risk_subcontract near risk_consent within 16 words and mentions risk_consent_link
               and not mentions "without" near risk_consent within 6 words)
           # forbidden with no one named: "Subcontracting of the Services, in whole or in part, is prohibited
           # without the prior written consent of the CONTRATANTE"
           or (sentence mentions risk_subcontract near risk_forbidden_unless within 12 words and mentions risk_consent))
    # The provider must stay liable for its subcontractors: consent with a release is no control.
    and not (sentence mentions risk_sub_released)
  message: "No requirement for the client's consent before the provider subcontracts the services was found[, or the provider is not liable for its subcontractors]."
  fix: "The Supplier shall not subcontract or delegate any part of the Services without the Client's prior written consent, and shall remain responsible for the acts and omissions of its subcontractors as if they were its own."
  tags: risk, subcontracting, control
  examples {
    pass: """This Agreement is made between Harbour Salt Ltd (the "Client") and Tide Contact Ltd (the "Supplier").

The Supplier shall provide the Services to the Client.

The Supplier may not hand over the implementation of all or part of the work under this Agreement to another party without the written consent of the Client. The Supplier remains fully responsible for the work of that other party."""
    gap: """This Agreement is made between Harbour Salt Ltd (the "Client") and Tide Contact Ltd (the "Supplier").

The Supplier shall provide the Services to the Client.

The Supplier shall hand over the reports for each month to the Client's finance team."""
    pass: """This Contract is made between Vanille Tahaa SARL ("the Ordering Party") and Moana Relation SAS ("the Service Provider").

The Service Provider shall answer the buyers of the Ordering Party on its behalf.

14.1 The Service Provider may not subcontract any part of the services without the prior written agreement of the Ordering Party. It remains fully responsible for the services entrusted to any subcontractor."""
    gap: """This Contract is made between Vanille Tahaa SARL ("the Ordering Party") and Moana Relation SAS ("the Service Provider").

The Service Provider shall answer the buyers of the Ordering Party on its behalf.

14.1 The Service Provider may subcontract any part of the services after informing the Ordering Party of the subcontractor's name; the Ordering Party's approval is not required."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

You can't hand any part of the desk to another company without our written OK. If we agree, you stay responsible for everything that company does."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

You can hand any part of the desk to another company if you tell us first."""
    pass: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

You can't hand any of this work to someone else without our written OK. If you do hand work on with our OK, you are still responsible to us for what they do."""
    gap: """This agreement is between Harbourlight Pianos Inc. ("we") and Red Sands Contact Centre Ltd. ("you").

You will answer our customers on our behalf.

You can hand any of this work to someone else whenever you like."""
    pass: """This Agreement is made between Titano Collezioni S.p.A. (the "Distributor") and Borgo Maggiore Contact S.r.l. (the "Contact Centre").

(1) The Contact Centre shall not entrust any part of the Services to third parties without the Distributor's prior written consent.

(2) Where consent is given, the Contact Centre shall remain liable to the Distributor for any third party so engaged as for its own acts."""
    gap: """This Agreement is made between Titano Collezioni S.p.A. (the "Distributor") and Borgo Maggiore Contact S.r.l. (the "Contact Centre").

(1) The Contact Centre may entrust any part of the Services to third parties without the Distributor's consent."""
    pass: "18. The Supplier shall not engage third parties (co-executors) to render the Services without the prior written consent of the Client."
    gap: "18. The Executor may engage third parties to render the Services at its own discretion and shall inform the Customer of their names."
    pass: """This agreement is between Riverbend Care Ltd ("we") and Coorong Contact Pty Ltd ("you"). You will run our client line.

You must not get anyone else to do any part of the services without our written OK. If we agree, you are still responsible for everything they do."""
    pass: "You won't hand any of this work to another company or freelancer unless we agree in writing first. If we do agree, you remain responsible for their work as if you had done it yourself."
    gap: "You may hand any of this work to another company or freelancer; just let us know who they are."
    gap: "The Supplier shall not subcontract any part of the Services without the Client's prior written consent. The Supplier shall not be liable for the acts or omissions of any subcontractor the Client has approved."
    pass: "The Supplier shall not subcontract any part of the Services without the Client's prior written consent, and shall be liable for the acts of its subcontractors as for its own."
    gap: """"Subcontract" means a written agreement between the Contractor and a Subcontractor.

The Contractor may enter into Subcontracts for any part of the Services."""
    pass: "The Supplier shall not subcontract any of the Services without the prior written consent of the Client."
    pass: "The Vendor may subcontract the Services only with Company's prior written approval, and shall remain liable for the acts and omissions of its subcontractors."
    # Plain English
    pass: "The Operator will not hand any part of the services to another firm without the Authority's prior written consent."
    pass: "The Operator won't subcontract any part of the services without the Authority's written OK, and stays responsible for anyone it uses."
    gap: "The Operator may hand any part of the services to another firm after telling the Authority."
    gap: "The Operator will hand the services back to the Authority at the end of the term."
    pass: "The Contractor may entrust all or part of the Services to a third party only with the Principal's written agreement given in advance."
    pass: "No part of the Services may be placed with a subcontractor unless the Company has first agreed in writing."
    gap: "The Vendor may use subcontractors unless the Company objects within ten days."
    gap: "The Contractor may entrust all or part of the Services to a third party. It need not obtain the Principal's written agreement."
    pass: "Neither party may assign, subcontract or delegate any of its obligations under this Agreement without the prior written consent of the other party."
    pass: "Any sub-contracting of the Services by the Service Provider is subject to the prior written consent of the Bank."
    pass: "The Supplier will not use any subcontractor for any part of the services without asking the Customer first and getting the Customer's written agreement."
    gap: "The Supplier may subcontract any part of the Services on written notice to the Client."
    gap: "The Vendor may subcontract the Services without the consent of the Company."
    gap: "The Vendor may subcontract the Services without the written agreement of the Company."
    gap: "The Client's consent is not required for subcontracting to any Affiliate of the Supplier."
    gap: "The Service Provider shall remain responsible for the acts and omissions of its subcontractors."
    gap: "The Supplier shall not disclose Confidential Information without the prior written consent of the Client."
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

13.1 The parties record in Schedule 5 the gains expected from the outsourcing, in the business case approved by the Client's board."""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

13.1 The Supplier shall not outsource any part of the Services to another company without the Client's prior written approval."""
    pass: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

14.1 The Supplier must obtain the Client's prior written approval before entrusting any part of the Services to a subcontractor."""
    gap: """This Agreement is made between Harbour Foods Ltd ("Client") and Relay Contact Ltd ("Supplier").

The Supplier shall provide the Services to the Client.

14.1 The Supplier may entrust any part of the Services to a subcontractor; it must obtain the Client's staff list before starting."""
    pass: """This Contract is made between COOPERATIVA DE CRÉDITO SERRA DO CURRAL LTDA. (the "CONTRATANTE") and ATENDE MINAS SERVIÇOS LTDA. (the "CONTRATADA"). The CONTRATADA shall provide telephone service to the members of the CONTRATANTE.

17.1. Subcontracting of the Services, in whole or in part, is prohibited without the prior written consent of the CONTRATANTE. Even where consent is given, the CONTRATADA shall remain fully responsible for the subcontracted services."""
    gap: """This Contract is made between COOPERATIVA DE CRÉDITO SERRA DO CURRAL LTDA. (the "CONTRATANTE") and ATENDE MINAS SERVIÇOS LTDA. (the "CONTRATADA"). The CONTRATADA shall provide telephone service to the members of the CONTRATANTE.

17.1. Subcontracting of the Services, in whole or in part, is permitted without the consent of the CONTRATANTE, on notice."""
    pass: """CONTRACT FOR SERVICES between IMAGERIE MÉDICALE ESTRIE INC. (the "Principal") and CENTRE DE CONTACT CANTONS-DE-L'EST INC. (the "Contractor"). The Contractor shall operate the Principal's appointment centre.

14.1 Notwithstanding article 2101 of the Civil Code of Québec, the Contractor may not entrust the performance of the services, in whole or in part, to a third party without the prior written consent of the Principal. The Contractor remains responsible for the services performed by any subcontractor."""
    gap: """CONTRACT FOR SERVICES between IMAGERIE MÉDICALE ESTRIE INC. (the "Principal") and CENTRE DE CONTACT CANTONS-DE-L'EST INC. (the "Contractor"). The Contractor shall operate the Principal's appointment centre.

14.1 The Contractor may entrust the performance of the services, in whole or in part, to a third party of its choice after notifying the Principal."""
    pass: """This agreement is between Ishuri Pay Ltd ("we", "us", "our") and Kigali Contact Hub Ltd ("you", "your"). You will answer parents' calls about school fees on our behalf.

## Can you subcontract?

You need our written OK before you subcontract any part of the service, and you stay answerable to us for anyone you subcontract to."""
    gap: """This agreement is between Ishuri Pay Ltd ("we", "us", "our") and Kigali Contact Hub Ltd ("you", "your"). You will answer parents' calls about school fees on our behalf.

## Can you subcontract?

You don't need our OK to subcontract any part of the service; just tell us who you use."""
    pass: """This Agreement is made between the Compensation Fund (the "Fund") and Dreitannen AG (the "Mandatary").

11.4 The Mandatary may involve sub-mandataries only with the prior written consent of the Fund. It is liable for their performance as for its own."""
    gap: """This Agreement is made between the Compensation Fund (the "Fund") and Dreitannen AG (the "Mandatary").

11.4 The Mandatary may involve sub-mandataries at its discretion."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

17.1 Subcontracting is allowed only within the limits declared in the tender and only after authorisation by the Principal. The Contractor remains jointly liable with the subcontractor."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

16.1 The Contractor may not subcontract any part of the service without the prior express authorisation of the Principal. The Contractor shall remain solely liable for any subcontracted part."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

16.1 The Contractor may subcontract any part of the service without prior authorisation."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

3.4 The Contractor shall not transfer the performance of any part of the services to a third person without the prior written permission of the Principal, and shall answer to the Principal for the work of any such third person as for its own."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

3.4 The Contractor may transfer the performance of any part of the services to a third person, and shall inform the Principal of the name of that person."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

2.1. The Contractor shall:

2.1.6. not transfer the performance of the Services or any part of them to third parties without the written consent of the Principal; where consent is given, the Contractor remains liable for the third party."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

5.1. The Contractor shall:

5.1.6. not transfer the performance of its obligations under this Contract, in whole or in part, to third parties without the prior written consent of the Principal."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

5.1. The Contractor may transfer the performance of its obligations under this Contract, in whole or in part, to third parties, informing the Principal within ten days."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

22.1 The Contractor shall not re-consign all or part of the Work to a third party without the prior written approval of the Principal."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

22.1 The Contractor may re-consign any part of the Work to a third party at its discretion."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

13.1 Subcontracting is admitted within the limits of the law, after authorisation by the Principal. The Contractor and the subcontractor are jointly liable towards the Principal."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

13.1 Subcontracting is admitted within the limits of the law. The Contractor informs the Principal after the subcontract is signed."""
    pass: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

14.1 The Contractor may involve co-performers only with the prior written consent of the Principal and is liable for them as for its own acts."""
    gap: """This Agreement is made between Eolie Tours S.r.l. ("Principal") and Tirreno Desk S.r.l. ("Contractor").

The Contractor shall provide the Services to the Principal.

14.1 The Contractor may involve co-performers at its discretion."""
  }
}
