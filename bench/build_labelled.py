"""Regenerate and check a labelled evaluation set from its sources.

    python bench/build_labelled.py bench/heldout3 --words 1800 3000 --author "Aurora Legal"

For every contract in labels.toml, runs tools/docgen.py on its `source` to produce the file named
by the table key (.docx / .pdf / .md / .txt), then checks that python-docx and pdfplumber can read
the results, that each contract has 1,800-3,000 words, that every catalog id is labelled in every
contract, that every id is true in at least 2 contracts and false in at least 2, that every note
names a labelled id, and that the .docx with tracked changes really contains w:ins and w:del.
"""

import argparse
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOG = ROOT / "tests" / "data" / "requirements.toml"


def text_of(path: Path) -> str:
    if path.suffix == ".docx":
        import docx
        document = docx.Document(str(path))
        parts = [p.text for p in document.paragraphs]
        parts += [c.text for t in document.tables for r in t.rows for c in r.cells]
        return "\n".join(parts)
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    return path.read_text(encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Regenerate and check a labelled evaluation set.")
    parser.add_argument("folder", type=Path, help="the set's folder, holding labels.toml and sources/")
    parser.add_argument("--words", type=int, nargs=2, default=(1800, 4000), metavar=("MIN", "MAX"))
    parser.add_argument("--author", default="contractlint tests", help="author of the tracked changes")
    args = parser.parse_args(argv)
    HERE = args.folder.resolve()
    MIN_WORDS, MAX_WORDS = args.words
    labels = tomllib.loads((HERE / "labels.toml").read_text(encoding="utf-8"))
    contracts = labels["contracts"]
    notes = labels.get("notes", {})
    catalog = [r["id"] for r in tomllib.loads(CATALOG.read_text(encoding="utf-8"))["requirement"]]
    # A .docx whose source has CriticMarkup must come out with real tracked changes.
    TRACKED = {name for name, entry in contracts.items() if name.endswith(".docx")
               and ("{++" in (HERE / entry["source"]).read_text(encoding="utf-8")
                    or "{--" in (HERE / entry["source"]).read_text(encoding="utf-8"))}
    problems = []
    for name, entry in contracts.items():
        out = HERE / name
        cmd = [sys.executable, str(ROOT / "tools" / "docgen.py"), str(HERE / entry["source"]), str(out)]
        if out.suffix == ".docx":
            cmd += ["--author", args.author]
        subprocess.run(cmd, check=True, cwd=ROOT)
        words = len(text_of(out).split())
        missing = [rid for rid in catalog if rid not in entry]
        print(f"{name:<40} {words:>5} words" + (f"  missing labels: {missing}" if missing else ""))
        if not MIN_WORDS <= words <= MAX_WORDS:
            problems.append(f"{name}: {words} words")
        if missing:
            problems.append(f"{name}: missing {missing}")
        if name in TRACKED:
            xml = zipfile.ZipFile(out).read("word/document.xml").decode("utf-8")
            if "<w:ins " not in xml or "<w:del " not in xml:
                problems.append(f"{name}: no tracked changes found")
    for name, entry in notes.items():
        if name not in contracts:
            problems.append(f"notes for unknown contract {name}")
        for rid in entry:
            if rid not in catalog:
                problems.append(f"{name}: note for unknown id {rid}")
    for rid in catalog:
        true = sum(bool(entry.get(rid)) for entry in contracts.values())
        print(f"  {rid:<9} true {true}  false {len(contracts) - true}")
        if true < 2 or len(contracts) - true < 2:
            problems.append(f"{rid}: true in {true} of {len(contracts)}")
    for problem in problems:
        print("PROBLEM:", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
