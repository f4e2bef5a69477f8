"""Time to read, build and check a Markdown contract of 10, 100 and 1,000 pages, in one process.

Markdown keeps 1,000 pages quick to make and to read, so the figures show how the analysis and
the rules grow with length; start-up is left out. Prints one JSON object: seconds per size.

Usage: python bench/scaling.py [--pages 10 100 1000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from contracts import contract  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, nargs="+", default=[10, 100, 1000])
    parser.add_argument("--repeat", type=int, default=3, help="best of this many (once for 1,000 pages or more)")
    args = parser.parse_args(argv)
    from contractlint.document.load import load_document
    from contractlint.engine.run import check_document
    from contractlint.lang.loader import load_rules

    rules = load_rules()
    out = {}
    for pages in args.pages:
        path = contract(pages, "md")
        best = float("inf")
        for _ in range(1 if pages >= 1000 else args.repeat):
            start = time.perf_counter()
            check_document(load_document(Path(path)), rules)
            best = min(best, time.perf_counter() - start)
        out[str(pages)] = best
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
