"""Run every performance benchmark and print one table of ratios.

Each figure compares contractlint with a baseline measured in the same run on the same machine,
because machines here are shared and absolute times drift: end to end against the library
alone (python-docx, pdfplumber), start-up against ``python -c pass``, ``--jobs 2`` against
``--jobs 1``, and time against contract length. Long contracts are made at bench time from
``tools/sample-sources`` by ``bench/contracts.py`` (nothing big is committed). ``--corpus DIR``
adds real PDFs to the reader measurements.

    python bench/run.py                    # the current tree
    python bench/run.py --tree /tmp/old    # another checkout (its src/ goes first on PYTHONPATH)
    python bench/run.py --quick            # smaller folder and no 1,000-page contract
    python bench/run.py --corpus DIR       # also measure the PDF reader on real PDF contracts in DIR

Compiled rules are cached in a temporary folder, warmed before timing (a pre-commit hook runs
warm); the cold first run is shown too.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from contracts import contract  # noqa: E402

PY = sys.executable


class Bench:
    """Runs commands with the chosen tree and cache, and collects table rows."""

    def __init__(self, tree: Path | None, cache: Path) -> None:
        self.env = dict(os.environ, CONTRACTLINT_CACHE_DIR=str(cache), NO_COLOR="1")
        if tree is not None:
            self.env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(tree / "src"), os.environ.get("PYTHONPATH")]))
        self.rows: list[tuple[str, str, str, str]] = []

    def run(self, args: list[str]) -> subprocess.CompletedProcess:
        return subprocess.run(args, env=self.env, capture_output=True, text=True, check=False)

    def best(self, args: list[str], repeat: int) -> float:
        """Best wall time of ``repeat`` runs of a command (exit codes 0 and 1 are both success)."""
        best = float("inf")
        for _ in range(repeat):
            start = time.perf_counter()
            done = self.run(args)
            elapsed = time.perf_counter() - start
            if done.returncode not in (0, 1):
                raise SystemExit(f"bench: {' '.join(args)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
            best = min(best, elapsed)
        return best

    def check(self, *args: str) -> list[str]:
        return [PY, "-m", "contractlint", "check", *args]

    def row(self, name: str, figure: str, aim: str, met: bool | None) -> None:
        self.rows.append((name, figure, aim, "n/a" if met is None else ("yes" if met else "NO")))
        print(f"  {name}: {figure}", file=sys.stderr, flush=True)


def end_to_end(b: Bench, repeat: int) -> None:
    docx, pdf = contract(100, "docx"), contract(100, "pdf")
    read_docx = f"import docx; [p.text for p in docx.Document({str(docx)!r}).paragraphs]"
    t_lib = b.best([PY, "-c", read_docx], repeat)
    t_check = b.best(b.check(str(docx)), repeat)
    b.row("100-page .docx: check / python-docx paragraphs", f"{t_check / t_lib:.1f}x ({t_check:.2f} s / {t_lib:.2f} s)",
          "<= 2x", t_check / t_lib <= 2)
    read_pdf = (f"import pdfplumber\nwith pdfplumber.open({str(pdf)!r}) as p:\n"
                "    [page.extract_text() for page in p.pages]")
    t_lib = b.best([PY, "-c", read_pdf], repeat)
    t_check = b.best(b.check(str(pdf)), repeat)
    b.row("100-page .pdf: check / pdfplumber extract_text", f"{t_check / t_lib:.2f}x ({t_check:.2f} s / {t_lib:.2f} s)",
          "<= 2x", t_check / t_lib <= 2)
    b.row("100-page .pdf: check, seconds (this machine)", f"{t_check:.2f} s", "< 3 s", t_check < 3)


def parse_reading(b: Bench, repeat: int) -> None:
    """`contractlint parse` (read and build the Document) against the library alone reading the text."""
    docx, pdf = contract(100, "docx"), contract(100, "pdf")
    read_docx = f"import docx; [p.text for p in docx.Document({str(docx)!r}).paragraphs]"
    t_lib = b.best([PY, "-c", read_docx], repeat)
    t_parse = b.best([PY, "-m", "contractlint", "parse", str(docx)], repeat)
    b.row("100-page .docx: parse / python-docx paragraphs", f"{t_parse / t_lib:.2f}x ({t_parse:.2f} s / {t_lib:.2f} s)",
          "<= 1.5x", t_parse / t_lib <= 1.5)
    read_pdf = (f"import pdfplumber\nwith pdfplumber.open({str(pdf)!r}) as p:\n"
                "    [page.extract_text() for page in p.pages]")
    t_lib = b.best([PY, "-c", read_pdf], repeat)
    t_parse = b.best([PY, "-m", "contractlint", "parse", str(pdf)], repeat)
    b.row("100-page .pdf: parse / pdfplumber extract_text", f"{t_parse / t_lib:.2f}x ({t_parse:.2f} s / {t_lib:.2f} s)",
          "", None)


def pdf_reading(b: Bench, corpus: Path | None) -> None:
    sets = [("generated 100 pages", [contract(100, "pdf")])]
    if corpus is not None and corpus.is_dir():
        sets.append(("corpus", sorted(corpus.rglob("*.pdf"))))
    for name, files in sets:
        done = b.run([PY, str(HERE / "pdf_speed.py"), *map(str, files)])
        if done.returncode != 0:
            raise SystemExit(f"bench: pdf_speed.py failed:\n{done.stderr[-2000:]}")
        r = json.loads(done.stdout.strip().splitlines()[-1])
        b.row(f"PDF {name} ({r['pages']:.0f} p): pdfplumber / pypdfium2 per page",
              f"{r['pdfplumber'] / r['pypdfium2']:.1f}x ({1000 * r['pdfplumber']:.0f} / {1000 * r['pypdfium2']:.1f} ms)",
              "~14x (info)", None)
        if r["has_fast_path"]:
            b.row(f"PDF {name}: reader pdfplumber path / fast path",
                  f"{r['reader_slow'] / r['reader_fast']:.1f}x ({1000 * r['reader_slow']:.0f} / "
                  f"{1000 * r['reader_fast']:.0f} ms a page)", "faster", r["reader_slow"] > r["reader_fast"])
            b.row(f"PDF {name}: fast path gives the same Document", "yes" if r["same_document"] else "NO",
                  "same", r["same_document"])
        else:
            b.row(f"PDF {name}: reader, ms a page", f"{1000 * r['reader_slow']:.0f} ms", "", None)


def startup(b: Bench, cache: Path) -> None:
    one = contract(1, "txt")
    t_pass = b.best([PY, "-c", "pass"], 5)
    shutil.rmtree(cache, ignore_errors=True)
    t_cold = b.best(b.check(str(one)), 1)
    t_warm = b.best(b.check(str(one)), 5)
    b.row("start-up: check 1-page .txt / python -c pass (warm cache)",
          f"{t_warm / t_pass:.0f}x ({1000 * t_warm:.0f} / {1000 * t_pass:.0f} ms)", "<= 4x", t_warm / t_pass <= 4)
    b.row("start-up: first run, cold rules cache / python -c pass", f"{t_cold / t_pass:.0f}x ({1000 * t_cold:.0f} ms)",
          "(info)", None)
    # The floor under any run that builds a pydantic model (every stage boundary is one): importing
    # pydantic and defining one model, against python -c pass.
    model = "from pydantic import BaseModel\nclass A(BaseModel):\n    x: int"
    t_model = b.best([PY, "-c", model], 5)
    b.row("  floor: import pydantic + one model / python -c pass", f"{t_model / t_pass:.0f}x ({1000 * t_model:.0f} ms)",
          "(info)", None)


def jobs(b: Bench, count: int, work: Path) -> None:
    if "--jobs" not in b.run(b.check("--help")).stdout:
        b.row(f"{count} contracts: --jobs 2 speed-up over --jobs 1", "n/a (no --jobs option)", ">= 1.7x", None)
        return
    folder = work / "folder"
    folder.mkdir()
    sources = [contract(2, "md"), contract(2, "txt"), contract(3, "md"), contract(3, "txt")]
    for i in range(count):
        src = sources[i % len(sources)]
        shutil.copyfile(src, folder / f"contract-{i:03d}{src.suffix}")
    t1 = b.best(b.check("--jobs", "1", str(folder)), 1)
    t2 = b.best(b.check("--jobs", "2", str(folder)), 1)
    b.row(f"{count} contracts (2-3 pages each): --jobs 2 speed-up over --jobs 1",
          f"{t1 / t2:.2f}x ({t1:.1f} s / {t2:.1f} s, {os.cpu_count()} CPUs)", ">= 1.7x", t1 / t2 >= 1.7)


def scaling(b: Bench, pages: list[int]) -> None:
    done = b.run([PY, str(HERE / "scaling.py"), "--pages", *map(str, pages)])
    if done.returncode != 0:
        raise SystemExit(f"bench: scaling.py failed:\n{done.stderr[-2000:]}")
    t = {int(k): v for k, v in json.loads(done.stdout.strip().splitlines()[-1]).items()}
    figures = ", ".join(f"{p:,} p: {t[p]:.2f} s" for p in pages)
    b.row("length (Markdown, read+build+check in-process)", figures, "linear", None)
    for small, large in zip(pages, pages[1:]):
        ratio = (t[large] / t[small]) / (large / small)
        b.row(f"  time per page, {large:,} p / {small:,} p", f"{ratio:.2f}", "~1 (<= 1.5)", ratio <= 1.5)


def rule_scaling(b: Bench) -> None:
    done = b.run([PY, str(HERE / "rule_scaling.py"), "--repeat", "1"])
    found = re.search(r"ratio 500/50: ([\d.]+)x", done.stdout)
    b.row("rules: 500 / 50 rules on a 100-page contract", f"{found.group(1)}x" if found else "n/a",
          "< 3x", float(found.group(1)) < 3 if found else None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", type=Path, help="a checkout to measure instead of the installed one")
    parser.add_argument("--quick", action="store_true", help="40 contracts in the folder, lengths 10 and 100 only")
    parser.add_argument("--repeat", type=int, default=3, help="best of this many for the end-to-end runs")
    parser.add_argument("--corpus", type=Path, help="a folder of real PDF contracts to measure the PDF reader on too")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="contractlint-bench-") as tmp:
        work = Path(tmp)
        b = Bench(args.tree, work / "cache")
        print("preparing contracts and warming the rules cache ...", file=sys.stderr, flush=True)
        b.run(b.check(str(contract(1, "txt"))))
        startup(b, work / "cache")
        parse_reading(b, args.repeat)
        end_to_end(b, args.repeat)
        pdf_reading(b, args.corpus)
        jobs(b, 40 if args.quick else 200, work)
        scaling(b, [10, 100] if args.quick else [10, 100, 1000])
        rule_scaling(b)
    width = max(len(r[0]) for r in b.rows)
    fig = max(len(r[1]) for r in b.rows)
    print(f"{'measure'.ljust(width)}  {'figure'.ljust(fig)}  {'aim':<12}  met")
    for name, figure, aim, met in b.rows:
        print(f"{name.ljust(width)}  {figure.ljust(fig)}  {aim:<12}  {met}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
