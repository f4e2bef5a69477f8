"""Running one document's work under a time and memory limit, so a hostile file costs one result.

``run_limited`` forks a child process (Linux), caps its address space with ``RLIMIT_AS`` and
waits at most ``timeout`` seconds for the pickled result. A child that runs out of time is
terminated, then killed; one that runs out of memory reports it. Either becomes the file's one-line
``InputError``, and the run goes on with the next file. Where ``fork`` or ``resource`` is missing
(Windows, macOS' spawn default, a daemonic pool worker that may not have children) the function
runs in this process with only the timeout, enforced from a watching thread: the work is abandoned,
not stopped, since Python cannot kill a thread.
"""

from __future__ import annotations

import multiprocessing
import pickle
import sys
import threading
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from contractlint.errors import ContractlintError, InputError

try:
    import resource
except ImportError:  # Windows
    resource = None  # type: ignore[assignment]

T = TypeVar("T")
DEFAULT_TIMEOUT = 60.0
DEFAULT_MEMORY_BYTES = 1024 * 1024 * 1024
_MB = 1024 * 1024
_GRACE = 2.0


def run_limited(fn: Callable[..., T], *args: Any, timeout: float, memory_bytes: int, path: str = "") -> T:
    """Return ``fn(*args)`` computed within ``timeout`` seconds and ``memory_bytes`` of address space.

    ``path`` names the file in the ``InputError`` raised when a limit is hit. An exception ``fn``
    raises is raised here again (a ``ContractlintError`` with its fields; an exception that cannot
    be pickled as a ``RuntimeError`` carrying the child's traceback). The memory limit counts the
    whole child's address space, including what it inherits from this process.
    """
    if _can_fork():
        return _in_child(fn, args, timeout, memory_bytes, path)
    return _in_thread(fn, args, timeout, path)


def _can_fork() -> bool:
    return (
        sys.platform.startswith("linux")
        and resource is not None
        and "fork" in multiprocessing.get_all_start_methods()
        and not multiprocessing.current_process().daemon
    )


def _timed_out(timeout: float, path: str) -> InputError:
    return InputError(f"took longer than {timeout:g} s (limit set by --timeout)", path=path)


def _out_of_memory(memory_bytes: int, path: str) -> InputError:
    return InputError(f"needed more than {memory_bytes // _MB} MB of memory", path=path)


# -- forked child ------------------------------------------------------------------------------


def _in_child(fn: Callable[..., T], args: tuple, timeout: float, memory_bytes: int, path: str) -> T:
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child_main, args=(sender, fn, args, memory_bytes), daemon=True)
    child.start()
    sender.close()
    finished = False
    try:
        # The child sends exactly one message; recv after poll cannot block for long, since a
        # message once begun is being written by a live child (or ends in EOF if it dies).
        if not receiver.poll(timeout):
            raise _timed_out(timeout, path)
        try:
            kind, payload = receiver.recv()
        except (EOFError, OSError):
            child.join(_GRACE)
            raise InputError(_death(child.exitcode), path=path) from None
        finished = True
    finally:
        receiver.close()
        _stop(child, finished)
    if kind == "ok":
        return payload
    if kind == "memory":
        raise _out_of_memory(memory_bytes, path)
    if kind == "error":
        raise _rebuild(*payload)
    raise payload  # an exception that pickled as itself


def _child_main(sender: Connection, fn: Callable[..., Any], args: tuple, memory_bytes: int) -> None:
    """Run in the forked child: limit memory, call ``fn``, send back one (kind, payload) message."""
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    soft = memory_bytes if hard == resource.RLIM_INFINITY else min(memory_bytes, hard)
    resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
    try:
        message: tuple[str, Any] = ("ok", fn(*args))
    except MemoryError:
        message = ("memory", None)
    except ContractlintError as exc:
        # Their keyword-only fields do not survive Exception's pickling: send class and fields.
        message = ("error", (type(exc), exc.message, dict(vars(exc))))
    except BaseException as exc:  # noqa: BLE001 - handed to the parent, which raises it again
        message = ("raise", _portable(exc, traceback.format_exc()))
    try:
        sender.send(message)
    except MemoryError:
        sender.send(("memory", None))
    except Exception as exc:  # noqa: BLE001 - the result or the exception could not be pickled
        sender.send(("raise", RuntimeError(f"the result could not be sent back: {exc!r}")))
    finally:
        sender.close()


def _portable(exc: BaseException, where: str) -> BaseException:
    """The exception with the child's traceback as a note, or a RuntimeError if it will not unpickle."""
    exc.add_note("raised in the isolated child process:\n" + where)
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:  # noqa: BLE001 - any failure means the parent could not rebuild it
        error = RuntimeError(f"{type(exc).__name__}: {exc}")
        error.add_note("raised in the isolated child process:\n" + where)
        return error
    return exc


def _rebuild(cls: type[ContractlintError], message: str, fields: dict[str, Any]) -> ContractlintError:
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    error.__dict__.update(fields)
    return error


def _death(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        return f"the reader crashed (signal {-exitcode}); the file may be damaged"
    return f"the reader stopped without a result (exit status {exitcode})"


def _stop(child: multiprocessing.process.BaseProcess, finished: bool) -> None:
    """Make sure the child is gone: let a finished one exit, else terminate, then kill; reap it."""
    if finished:
        child.join(_GRACE)
    if child.is_alive():
        child.terminate()
        child.join(_GRACE)
    if child.is_alive():
        child.kill()
        child.join()
    child.close()


# -- in-process fallback -----------------------------------------------------------------------


def _in_thread(fn: Callable[..., T], args: tuple, timeout: float, path: str) -> T:
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["result"] = fn(*args)
        except BaseException as exc:  # noqa: BLE001 - raised again in the caller's thread
            box["error"] = exc

    worker = threading.Thread(target=target, name="contractlint-limited", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise _timed_out(timeout, path)
    if "error" in box:
        raise box["error"]
    return box["result"]
