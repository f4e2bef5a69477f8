"""How the cost of evaluating rules grows with their number: 50 against 500 rules, one run.

The contract is about 100 pages (50,000 words) assembled from the sample sources; the rules are
generated from phrases that occur in it, in the shapes the bundled rules use (phrases, vocabularies,
quantities, obligations, proximity). Only evaluation is timed: the Document is built once and the
rules are compiled before the clock starts. Machines here are shared, so the result is a ratio.

Usage: python bench/rule_scaling.py [--pages 100] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

from contractlint.document.load import document_from_text
from contractlint.engine.run import check_document
from contractlint.lang.compiler import compile_rules
from contractlint.lang.parser import parse_rule_text

HERE = Path(__file__).resolve().parent
SOURCES = sorted((HERE.parent / "tools" / "sample-sources").glob("*.md"))
WORDS_PER_PAGE = 500

SHAPES = [
    'require: sentence mentions ({a} | {b}) and has duration',
    'require: sentence obliges provider to ({a} | {b})',
    'require: (sentence mentions {a} near {b} within 8 words) or (clause mentions {c})',
    'forbid: sentence permits provider to {a} and has duration < 180 days',
    'require: document mentions at least 2 different ({a} | {b} | {c})',
    'require: sentence mentions {a} and not mentions {b}',
]


def contract(pages: int) -> str:
    """A long contract: the sample sources, repeated until it has the requested length."""
    texts = [re.sub(r"\{(\+\+|--)(.*?)(\+\+|--)\}", r"\2", p.read_text(encoding="utf-8")) for p in SOURCES]
    out, words = [], 0
    while words < pages * WORDS_PER_PAGE:
        for t in texts:
            out.append(t)
            words += len(t.split())
    return "\n\n".join(out)


def rules(n: int, text: str, seed: int = 7) -> str:
    """``n`` rules built from two-word phrases of the contract."""
    rng = random.Random(seed)
    words = re.findall(r"[a-z]{4,}", text.lower())
    phrases = sorted({f"{a} {b}" for a, b in zip(words, words[1:])})
    lines = ['pack bench "1" { description: "generated" }']
    for i in range(n):
        a, b, c = (f'"{p}"' for p in rng.sample(phrases, 3))
        cond = SHAPES[i % len(SHAPES)].format(a=a, b=b, c=c)
        lines.append(f'rule B-{i:04d} "generated {i}" {{ area: bench  severity: low  {cond} }}')
    return "\n".join(lines)


def timed(doc, ruleset, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        check_document(doc, ruleset)
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    text = contract(args.pages)
    doc = document_from_text(text, "bench-contract.md")
    small = compile_rules([parse_rule_text(rules(50, text), "50.cl")])
    large = compile_rules([parse_rule_text(rules(500, text), "500.cl")])
    t50, t500 = timed(doc, small, args.repeat), timed(doc, large, args.repeat)
    print(f"contract: {len(text.split()):,} words (~{args.pages} pages), {len(doc.sentences):,} sentences")
    print(f"  50 rules: {t50:.3f} s")
    print(f" 500 rules: {t500:.3f} s")
    print(f"ratio 500/50: {t500 / t50:.2f}x  (aim: under 3x for 10x the rules)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
