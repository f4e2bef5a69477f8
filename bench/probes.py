"""Clause-level accuracy of the bundled rules on blind probes.

    python bench/probes.py [--wrong]          (run from the repository root)

Each line of bench/probes/*.txt is one short excerpt, ``RULE|EXPECTED|TEXT`` (``\\n`` for a line
break), written from the catalog alone by writers who did not read the rules: a preamble naming the
parties, then clauses that meet a requirement or fall into one of its traps. Prints, per rule and
overall, how many excerpts get their expected verdict; ``--wrong`` lists the others.
"""

import argparse
import sys
from collections import Counter
from pathlib import Path

from contractlint.document.load import document_from_text
from contractlint.engine.index import DocumentIndex
from contractlint.engine.run import evaluate_rule
from contractlint.lang.loader import load_rules

HERE = Path(__file__).resolve().parent / "probes"


def read_probes(folder: Path) -> list[tuple[str, str, str]]:
    """Every probe of the folder's .txt files as (rule, expected verdict, text)."""
    probes = []
    for path in sorted(folder.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rule, expected, text = line.split("|", 2)
                probes.append((rule, expected, text.replace("\\n", "\n")))
    return probes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Clause-level accuracy of the bundled rules on blind probes.")
    parser.add_argument("--wrong", action="store_true", help="list every probe read wrongly")
    args = parser.parse_args(argv)
    rules = {r.id: r for r in load_rules().rules}
    right, total = Counter(), Counter()
    for rule, expected, text in read_probes(HERE):
        got = evaluate_rule(rules[rule], DocumentIndex(document_from_text(text, path="<probe>"))).status.value
        total[rule] += 1
        right[rule] += got == expected
        if args.wrong and got != expected:
            print(f"{rule} expected {expected}, got {got}: {text.splitlines()[-1][:140]}")
    for rule in sorted(total):
        print(f"{rule:<9} {right[rule]:>3} / {total[rule]:<3}")
    print(f"overall   {sum(right.values())} / {sum(total.values())} "
          f"({sum(right.values()) / sum(total.values()):.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
