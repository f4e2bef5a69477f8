"""Regenerate and check this labelled set from its sources (see bench/build_labelled.py).

    python bench/heldout89/build.py          (run from the repository root)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from build_labelled import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main([str(Path(__file__).resolve().parent), "--words", "1800", "3000", "--author", "Wedgwood Burslem Solicitors LLP"]))
