"""Small rule packs the output and CLI tests compose, so each rule is written once."""

HEADER = 'pack t "1" { description: "t" }\n'
GOV_001 = '''rule GOV-001 "A governance body" {
  area: governance
  severity: critical
  tags: committee
  source: "001: joint governance"
  require: sentence mentions "steering committee"
  message: "No steering committee."
  fix: "The parties shall establish a Steering Committee."
}
'''
GOV_002 = '''rule GOV-002 "Governance meets quarterly" {
  area: governance
  severity: high
  require: sentence mentions "quarterly"
  message: "No quarterly meeting."
}
'''
RED_003 = '''rule RED-003 "Effort-only service levels" {
  area: red-flags
  severity: low
  forbid: sentence mentions "reasonable efforts" near "service levels" within 8 words
  message: "Service levels are effort-only."
  fix: "The Supplier shall meet the Service Levels."
}
'''
SPOC_001 = '''rule SPOC-001 "A single point of contact" {
  area: spoc
  severity: medium
  require: sentence mentions "single point of contact"
  message: "No single point of contact."
}
'''
CC_001 = '''rule CC-001 "Contact centre hours" {
  area: sla
  severity: medium
  when: document mentions "contact centre"
  require: sentence mentions "opening hours"
}
'''
ESC_001 = '''rule ESC-001 "An escalation path" {
  area: escalation
  severity: medium
  require: sentence mentions "escalate"
  message: "No escalation path."
}
'''


def pack(*rules: str) -> str:
    """A rule file holding the given rules."""
    return HEADER + "".join(rules)
