"""Malformed rule files: the exact error a rule author reads (file:line:col, the line, a caret,
what was expected, and a hint), for fifteen common mistakes."""

import pytest

from contractlint.errors import RuleFileError
from conftest import ruleset

CASES = {
    "unclosed_rule": (
        'pack p "1" { description: "d" }\nrule A-1 "t" {\n  area: gov\n  severity: high\n  require: sentence mentions "x"\n',
        'r.cl:5:30: unexpected end of file\n      require: sentence mentions "x"\n                                 ^\nexpected one of: \'and\', \'area\', \'examples\', \'fix\', \'forbid\', \'message\', \'near\', \'negated\', \'or\', \'require\', \'severity\', \'source\', \'tags\', \'when\', \'}\'\nis a closing \'}\' missing?',
    ),
    "misspelt_keyword": (
        'pack p "1" { description: "d" }\nrule A-1 "t" {\n  area: gov\n  severity: high\n  require: sentence mention "x"\n}\n',
        'r.cl:5:21: unexpected \'mention\'\n      require: sentence mention "x"\n                        ^\nexpected one of: \'(\', \'has\', \'header\', \'heading\', \'in\', \'mentions\', \'not\', \'obliges\', \'permits\', \'prohibits\'\ndid you mean \'mentions\'?',
    ),
    "misspelt_field": (
        'pack p "1" { description: "d" }\nrule A-1 "t" {\n  area: gov\n  severty: high\n  require: sentence mentions "x"\n}\n',
        "r.cl:4:3: unexpected 'severty'\n      severty: high\n      ^\nexpected one of: 'area', 'examples', 'fix', 'forbid', 'message', 'negated', 'require', 'severity', 'source', 'tags', 'when', '}'\ndid you mean 'severity'?",
    ),
    "unterminated_string": (
        'pack p "1" { description: "d" }\nrule A-1 "t" {\n  area: gov\n  severity: high\n  require: sentence mentions "x\n}\n',
        'r.cl:5:30: unexpected character \'"\'\n      require: sentence mentions "x\n                                 ^\nexpected one of: \'(\', a """long string""", a /regular expression/, a name, a quoted string\nis a string not closed on this line? (use """...""" for text over several lines)',
    ),
    "bad_quantity": (
        'pack p "1" { description: "d" }\nrule A-1 "t" {\n  area: gov\n  severity: high\n  require: sentence has duration > 15 fortnights\n}\n',
        "r.cl:5:36: unexpected '15'\n      require: sentence has duration > 15 fortnights\n                                       ^\nexpected one of: a quantity such as 15 business days, 180 days, 12% or quarterly",
    ),
    "unknown_vocab": (
        'pack p "1" { description: "d" }\nvocab body = "board"\nrule A-1 "t" {\n  area: gov\n  severity: high\n  require: sentence mentions bdy\n}\n',
        "r.cl:6:30: unknown vocabulary 'bdy'\n      require: sentence mentions bdy\n                                 ^\ndid you mean 'body'?",
    ),
    "unknown_severity": (
        'pack p "1" { description: "d" }\nrule A-1 "t" {\n  area: gov\n  severity: hihg\n  require: sentence mentions "x"\n}\n',
        "r.cl:4:13: unknown severity 'hihg'\n      severity: hihg\n                ^\ndid you mean 'high'?",
    ),
    "duplicate_id": (
        'pack p "1" { description: "d" }\nrule A-1 "t" {\n  area: gov\n  severity: high\n  require: sentence mentions "x"\n}\nrule A-1 "t" {\n  area: gov\n  severity: high\n  require: sentence mentions "x"\n}\n',
        'r.cl:7:1: duplicate rule id \'A-1\' (first defined at r.cl:2)\n    rule A-1 "t" {\n    ^',
    ),
    "duration_vs_percentage": (
        'pack p "1" { description: "d" }\nrule A-1 "t" {\n  area: gov\n  severity: high\n  require: sentence has duration > 12%\n}\n',
        "r.cl:5:36: cannot compare a duration with a percentage ('12%')\n      require: sentence has duration > 12%\n                                       ^",
    ),
    "empty_pack": (
        'pack p "1" { description: "d" }\n',
        'r.cl:1:1: pack \'p\' is empty: it has no rules and no vocabularies\n    pack p "1" { description: "d" }\n    ^',
    ),
    "no_condition": (
        'pack p "1" { description: "d" }\nrule A-1 "t" {\n  area: gov\n  severity: high\n}\n',
        'r.cl:2:1: rule A-1 needs exactly one of \'require\' or \'forbid\'\n    rule A-1 "t" {\n    ^',
    ),
    "bad_regex": (
        'pack p "1" { description: "d" }\nrule A-1 "t" {\n  area: gov\n  severity: high\n  require: sentence mentions /(unclosed/\n}\n',
        'r.cl:5:30: bad regular expression: missing ), unterminated subpattern at position 0\n      require: sentence mentions /(unclosed/\n                                 ^',
    ),
    "field_twice": (
        'pack p "1" { description: "d" }\nrule A-1 "t" {\n  area: gov\n  severity: high\n  severity: low\n  require: sentence mentions "x"\n}\n',
        "r.cl:5:13: 'severity' is given twice in rule A-1\n      severity: low\n                ^",
    ),
    "vocab_cycle": (
        'pack p "1" { description: "d" }\nvocab a = "x" | b\nvocab b = "y" | a\nrule A-1 "t" {\n  area: gov\n  severity: high\n  require: sentence mentions a\n}\n',
        'r.cl:2:1: vocabulary \'a\' refers to itself (a -> b -> a)\n    vocab a = "x" | b\n    ^',
    ),
    "bad_scope": (
        'pack p "1" { description: "d" }\nrule A-1 "t" {\n  area: gov\n  severity: high\n  require: sentense mentions "x"\n}\n',
        'r.cl:5:12: unexpected \'sentense\'\n      require: sentense mentions "x"\n               ^\nexpected one of: \'(\', \'at\', \'no\', \'not\', \'section\', a scope (document, section, clause, sentence, paragraph, row)\ndid you mean \'sentence\'?',
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_malformed_rule_file_gives_the_exact_error(name):
    text, expected = CASES[name]
    with pytest.raises(RuleFileError) as info:
        ruleset(text, "r.cl")
    assert info.value.render() == expected
