"""Reading a long PDF's second half in a forked process while this one reads the first half.

Pages are independent: each is read into lines and tables on its own, so two processes can read
two ranges and the results join in page order. The helper opens the file afresh (a forked file
handle shares its offset with the parent), sends its pages back pickled through a pipe, and dies
with its parent (``PR_SET_PDEATHSIG``), so a time limit that kills the reader kills both. Any
failure in the helper (no ``fork``, an exception, a signal, a result that does not unpickle) only
means the parent reads those pages itself: the Document is the same either way.
"""

from __future__ import annotations

import ctypes
import os
import pickle
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from contractlint.ingest.blocks import ReadOptions

Helper = tuple[int, int]  # the helper's pid, and the read end of its pipe


def page_workers(options: ReadOptions | None) -> int:
    """How many processes may read one PDF's pages: the option, or two when two CPUs are free."""
    wanted = options.page_workers if options is not None else 0
    return wanted if wanted else min(2, os.cpu_count() or 1)


def start_reading(read: Callable[[Path, range], Any], path: Path, numbers: range) -> Helper | None:
    """Fork a process that returns ``read(path, numbers)`` through a pipe; None where it cannot."""
    if not (hasattr(os, "fork") and sys.platform.startswith("linux")):
        return None
    r, w = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(r)
        os.close(w)
        return None
    if pid == 0:  # pragma: no cover - runs in the helper, measured by the equivalence tests
        code = 1
        try:
            os.close(r)
            _die_with_parent()
            data = pickle.dumps(read(path, numbers), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(w, "wb") as out:
                out.write(data)
            code = 0
        finally:
            os._exit(code)  # never run the parent's cleanup (atexit, buffers, finally blocks) twice
    os.close(w)
    return pid, r


def collect(helper: Helper | None) -> Any | None:
    """What the helper read, or None if it failed in any way."""
    if helper is None:
        return None
    pid, r = helper
    with os.fdopen(r, "rb") as f:
        data = f.read()
    _, status = os.waitpid(pid, 0)
    if status != 0 or not data:
        return None
    try:
        return pickle.loads(data)
    except Exception:  # noqa: BLE001 - a torn or foreign result: read the pages here instead
        return None


def stop(helper: Helper | None) -> None:
    """End a helper whose result is no longer wanted (the parent failed first)."""
    if helper is None:
        return
    pid, r = helper
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    os.close(r)
    os.waitpid(pid, 0)


def _die_with_parent() -> None:
    # Linux only: the kernel sends SIGKILL to the helper when its parent ends, however it ends.
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
