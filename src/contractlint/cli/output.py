"""Writing outputs safely: atomically (temporary file, then rename), never over an input."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from contractlint.errors import UsageError


def write_atomic(target: Path, data: str | bytes, inputs: Iterable[Path] = ()) -> None:
    """Write ``data`` to ``target`` via a temporary file in the same folder, refusing input paths."""
    resolved = target.resolve()
    for p in inputs:
        if p.exists() and p.resolve() == resolved:
            raise UsageError(f"refusing to write the output over the input file {p}")
    if not resolved.parent.is_dir():
        raise UsageError(f"output folder does not exist: {target.parent}")
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{resolved.name}.", suffix=".tmp", dir=resolved.parent)
    try:
        # mkstemp makes the file private (0600); a report is an ordinary file, so honour the umask.
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
        os.replace(tmp, resolved)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
