"""Accuracy of the bundled rules on the labelled evaluation set, against a plain-substring baseline.

For every contract in ``bench/labelled/labels.toml`` and every catalog id, the label says whether
the requirement is satisfied (require rules) or the forbidden thing is present (forbid rules).
A *finding* is a reported gap (require) or violation (forbid); it is right when the label agrees.

    precision = findings that are real / findings reported
    recall    = real findings reported / real findings

The baseline reads the same Document text and only looks for the catalog's example sentences as
plain substrings (case-insensitive; an example with "..." needs all its parts), so the gain of the
rule language shows in one run.

Usage: python bench/accuracy.py [--labels bench/labelled/labels.toml] [--worst 5] [--samples]
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from contractlint.document.load import load_document
from contractlint.engine.run import check_document
from contractlint.lang.loader import load_rules

HERE = Path(__file__).resolve().parent
CATALOG = HERE.parent / "tests" / "data" / "requirements.toml"


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, real: bool, reported: bool, where: str) -> None:
        if real and reported:
            self.tp += 1
        elif reported:
            self.fp += 1
            self.misses.append(f"false finding in {where}")
        elif real:
            self.fn += 1
            self.misses.append(f"missed finding in {where}")
        else:
            self.tn += 1

    def merge(self, other: "Score") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.tn += other.tn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def accuracy(self) -> float:
        n = self.tp + self.fp + self.fn + self.tn
        return (self.tp + self.tn) / n if n else 1.0


def baseline_finding(text: str, requirement: dict) -> bool:
    """The baseline's finding: no catalog example found (require) or one found (forbid)."""
    hay = " ".join(text.lower().split())
    found = False
    for example in requirement.get("satisfied", []):
        parts = [" ".join(p.lower().split()).strip(" .") for p in re.split(r"\s*\.\.\.\s*", example)]
        parts = [p for p in parts if len(p) > 3]
        if parts and all(p in hay for p in parts):
            found = True
            break
    return not found if requirement["kind"] == "require" else found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, default=HERE / "labelled" / "labels.toml")
    parser.add_argument("--worst", type=int, default=5)
    parser.add_argument("--details", action="store_true", help="list every wrong verdict")
    parser.add_argument("--explain", action="store_true",
                        help="for every wrong verdict, show the label's note and the tool's evidence")
    args = parser.parse_args(argv)

    catalog = {r["id"]: r for r in tomllib.loads(CATALOG.read_text(encoding="utf-8"))["requirement"]}
    data = tomllib.loads(args.labels.read_text(encoding="utf-8"))
    labels, notes = data["contracts"], data.get("notes", {})
    rules = load_rules()
    tool: dict[str, Score] = {rid: Score() for rid in catalog}
    base: dict[str, Score] = {rid: Score() for rid in catalog}
    for name, truth in labels.items():
        doc = load_document(args.labels.parent / name)
        verdicts = {v.rule: v for v in check_document(doc, rules)}
        for rid, req in catalog.items():
            real = (not truth[rid]) if req["kind"] == "require" else bool(truth[rid])
            verdict = verdicts.get(rid)
            reported = verdict is not None and verdict.status.value in ("gap", "violation")
            tool[rid].add(real, reported, name)
            base[rid].add(real, baseline_finding(doc.text, req), name)
            if args.explain and real != reported and verdict is not None:
                print(f"== {name} {rid}: tool {verdict.status.value}, label {truth[rid]}"
                      f" :: {notes.get(name, {}).get(rid, '')}")
                for e in verdict.evidence[:3]:
                    print(f"     {e.where()} | {e.quote[:240]}")

    print(f"{'rule':<9} {'kind':<8} {'P':>5} {'R':>5} {'acc':>5}   baseline P / R / acc")
    for rid in catalog:
        t, b = tool[rid], base[rid]
        print(f"{rid:<9} {catalog[rid]['kind']:<8} {t.precision:5.2f} {t.recall:5.2f} {t.accuracy:5.2f}   "
              f"{b.precision:5.2f} / {b.recall:4.2f} / {b.accuracy:4.2f}")
    for label, kinds in (("gaps (require)", ("require",)), ("violations (forbid)", ("forbid",)),
                         ("overall", ("require", "forbid"))):
        t, b = Score(), Score()
        for rid in catalog:
            if catalog[rid]["kind"] in kinds:
                t.merge(tool[rid])
                b.merge(base[rid])
        print(f"\n{label:<20} contractlint P {t.precision:.3f} R {t.recall:.3f} acc {t.accuracy:.3f} "
              f"(tp {t.tp}, fp {t.fp}, fn {t.fn}, tn {t.tn})   "
              f"baseline P {b.precision:.3f} R {b.recall:.3f} acc {b.accuracy:.3f}")
    worst = sorted(catalog, key=lambda rid: (min(tool[rid].precision, tool[rid].recall), tool[rid].accuracy))
    print(f"\nweakest {args.worst} rules:")
    for rid in worst[: args.worst]:
        t = tool[rid]
        print(f"  {rid:<9} P {t.precision:.2f} R {t.recall:.2f}  " + "; ".join(t.misses))
    below = [rid for rid in catalog if min(tool[rid].precision, tool[rid].recall) < 0.8]
    print(f"\nrules below 0.8 precision or recall: {len(below)}" + (f" ({', '.join(below)})" if below else ""))
    if args.details:
        for rid in catalog:
            for miss in tool[rid].misses:
                print(f"  {rid}: {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
