"""Decoding text files: UTF-8 with or without BOM, UTF-16, and Windows-1252.

Contracts exported from Windows tools arrive as UTF-16 or cp1252; guessing wrong turns every
curly quote into mojibake and breaks the definitions finder, so the order of attempts matters.
"""

from __future__ import annotations

import codecs
import errno
import os
import stat
from pathlib import Path

from contractlint.errors import InputError

MAX_TEXT_BYTES = 50 * 1024 * 1024


def check_regular_file(path: Path) -> int:
    """Return the size of a readable regular file; refuse anything else with a one-line ``InputError``.

    Every reader calls this before opening: a named pipe would block the open for ever, and a link
    to ``/dev/zero`` reports size 0 and then never ends.
    """
    try:
        info = os.stat(path)
    except OSError as exc:
        cause = {errno.ELOOP: "symbolic link loop", errno.ENOENT: "no such file",
                 errno.EACCES: "permission denied"}.get(exc.errno, f"cannot read the file ({exc.strerror or exc})")
        raise InputError(cause, path=str(path)) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError("is a folder, not a file", path=str(path))
    if not stat.S_ISREG(info.st_mode):
        raise InputError("not a regular file (a pipe, device or socket)", path=str(path))
    if not os.access(path, os.R_OK):
        raise InputError("permission denied", path=str(path))
    return info.st_size


def read_text(path: Path) -> str:
    """Read and decode a text file, refusing binary data with a one-line ``InputError``."""
    size = check_regular_file(path)
    if size > MAX_TEXT_BYTES:
        raise InputError(f"text file is too large ({size // (1024 * 1024)} MB; the limit is 50 MB)", path=str(path))
    try:
        with path.open("rb") as fh:
            # Never more than the limit, even if the file grows while it is read.
            data = fh.read(MAX_TEXT_BYTES + 1)
    except PermissionError:
        raise InputError("permission denied", path=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror or exc})", path=str(path)) from None
    if len(data) > MAX_TEXT_BYTES:
        raise InputError("text file is too large (over 50 MB)", path=str(path))
    if not data.strip():
        raise InputError("the file is empty", path=str(path))
    text = decode(data)
    if text is None and not _looks_binary(data[:8192].decode("latin-1")):
        raise InputError(f"not UTF-8, UTF-16 or Windows-1252 text ({_first_bad_byte(data)}); save it as UTF-8",
                         path=str(path))
    if text is None or _looks_binary(text):
        raise InputError("binary data, not text (is the file extension right?)", path=str(path))
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _first_bad_byte(data: bytes) -> str:
    """Where Windows-1252 fails: it leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined."""
    try:
        data.decode("cp1252")
    except UnicodeDecodeError as exc:
        return f"byte 0x{data[exc.start]:02X} at offset {exc.start}"
    return "a byte sequence it cannot decode"


def decode(data: bytes) -> str | None:
    """Decode bytes by BOM, then UTF-8, then UTF-16 without BOM, then Windows-1252."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    sample = data[:4096]
    # UTF-16 without a BOM: ASCII text has a NUL in every other byte (and is valid UTF-8, so
    # this test comes first).
    if sample.count(b"\x00") > len(sample) // 4 and _alternating_nuls(sample):
        codec = "utf-16-le" if sample[1:2] == b"\x00" else "utf-16-be"
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return None


def _alternating_nuls(sample: bytes) -> bool:
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    return max(even, odd) > 0.8 * (len(sample) // 2) and min(even, odd) < 0.1 * (len(sample) // 2)


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    return "\x00" in sample or controls > len(sample) * 0.02
