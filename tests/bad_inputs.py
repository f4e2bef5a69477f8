"""Bad input files, written at test time into a folder: nothing here is committed as a binary.

Each builder takes the folder to write into and returns the path it wrote. Big files are
streamed: the 10 MB line is written in chunks, and the zip bomb is a few MB on disk whose
``word/document.xml`` inflates to nearly 4 GB (one compressed segment, repeated).

``CASES`` lists every bad file with the one-line cause the tool must give for it; the tests run
each one beside ``good_contract`` and check that the good one is still judged.
"""

from __future__ import annotations

import os
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from docx import Document

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MB = 1024 * 1024

GOOD_CONTRACT = """# Services Agreement

Between Acme Bank plc (the "Client") and Beta Services Ltd (the "Supplier").

## 1. Services

1.1 The Supplier shall provide the Services in accordance with the Service Levels.

1.2 The Supplier shall maintain a business continuity plan and test it annually.
"""
# Words a contract uses, no sentence end: one 10 MB "sentence" the splitter cannot cut short.
_LINE_WORDS = b"the supplier shall (a) provide the services within 5 business days and 99.5% of calls "

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
).encode()
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="word/document.xml" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
    "</Relationships>"
).encode()


def good_contract(folder: Path, name: str = "good.md") -> Path:
    """A small Markdown contract every rule can judge: the control beside each bad file."""
    return _write(folder / name, GOOD_CONTRACT.encode())


# -- empty and mislabelled files ---------------------------------------------------------------


def empty(folder: Path, suffix: str) -> Path:
    """A zero-byte file with the given suffix (``.txt``, ``.md``, ``.docx``, ``.pdf``)."""
    return _write(folder / f"empty{suffix}", b"")


def not_a_zip_docx(folder: Path) -> Path:
    """Plain text saved under a .docx name."""
    return _write(folder / "notes.docx", b"This is not a Word file, just text.\n" * 20)


def ole_docx(folder: Path) -> Path:
    """What Word writes for a password-protected .docx: an OLE compound file, not a zip."""
    return _write(folder / "locked.docx", bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 4096)


def binary_txt(folder: Path) -> Path:
    """Random bytes (and NULs) under a .txt name."""
    data = bytes((i * 7919 + 13) % 256 for i in range(64 * 1024))
    return _write(folder / "garbage.txt", data)


def cp1252_txt(folder: Path) -> Path:
    """Not UTF-8 but good Windows-1252: curly quotes and a pound sign from a Windows export."""
    text = "1.1 The Supplier shall pay \u00a3500 to the \u201cClient\u201d within 30 days.\n"
    return _write(folder / "windows.txt", text.encode("cp1252"))


def undecodable_txt(folder: Path) -> Path:
    """Invalid UTF-8 holding bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D)."""
    return _write(folder / "undecodable.txt", b"The Supplier shall \x81\x8d\x8f\x90\x9d provide the Services.\n")


def long_line_txt(folder: Path, size: int = 10 * MB, suffix: str = ".txt", words: bytes = _LINE_WORDS) -> Path:
    """One line of ``size`` bytes of ``words`` repeated (contract words, no sentence end), written in chunks."""
    path = folder / f"one-line{suffix}"
    chunk = words * (MB // len(words))
    with path.open("wb") as fh:
        written = 0
        while written < size:
            part = chunk[: size - written]
            fh.write(part)
            written += len(part)
    return path


def unknown_extension(folder: Path) -> Path:
    """A contract in a format contractlint does not read."""
    return _write(folder / "contract.rtf", b"{\\rtf1\\ansi The Supplier shall provide the Services.}")


# -- files that cannot be read as files --------------------------------------------------------


def unreadable_txt(folder: Path) -> Path:
    """A text file with no read permission (root can still read it)."""
    path = _write(folder / "secret.txt", b"1.1 The Supplier shall provide the Services.\n")
    path.chmod(0)
    return path


def fifo_txt(folder: Path) -> Path:
    """A named pipe called .txt: opening it for reading would wait for a writer for ever."""
    path = folder / "pipe.txt"
    os.mkfifo(path)
    return path


def folder_named_txt(folder: Path) -> Path:
    """A folder whose name ends in .txt."""
    path = folder / "x.txt"
    path.mkdir()
    return path


def device_link_txt(folder: Path) -> Path:
    """A .txt symlink to /dev/zero: endless bytes behind a size of 0."""
    path = folder / "zero.txt"
    path.symlink_to("/dev/zero")
    return path


def symlink_loops(folder: Path) -> Path:
    """A folder holding a link back to itself and a .txt link that points at itself; returns the folder."""
    tree = folder / "tree"
    (tree / "sub").mkdir(parents=True)
    (tree / "sub" / "up").symlink_to("..", target_is_directory=True)
    (tree / "sub" / "loop.txt").symlink_to("loop.txt")
    good_contract(tree / "sub", "inner.md")
    return tree


# -- Word files --------------------------------------------------------------------------------


def small_docx(folder: Path, name: str = "small.docx") -> Path:
    """A real .docx with one clause, from python-docx's template."""
    doc = Document()
    doc.add_paragraph("1.1 The Supplier shall provide the Services in accordance with the Service Levels.")
    path = folder / name
    doc.save(str(path))
    return path


def truncated_docx(folder: Path) -> Path:
    """A real .docx cut off half-way, as an interrupted download leaves it."""
    whole = small_docx(folder, "whole.docx")
    data = whole.read_bytes()
    whole.unlink()
    return _write(folder / "truncated.docx", data[: len(data) // 2])


def malformed_docx(folder: Path) -> Path:
    """A .docx whose document.xml is not well-formed XML."""
    return _minimal_docx(folder / "malformed.docx", f'<w:document xmlns:w="{W_NS}"><w:body><w:p></w:body>'.encode())


def external_entity_docx(folder: Path, *targets: Path | str) -> Path:
    """document.xml declaring external entities (files, e.g. /etc/passwd) and using them in the text.

    Both general and parameter entities are declared, and an external DTD, so that loading any
    of them would open one of ``targets``.
    """
    urls = [Path(t).resolve().as_uri() if not str(t).startswith("file:") else str(t) for t in targets]
    general = "".join(f'<!ENTITY ext{i} SYSTEM "{u}">' for i, u in enumerate(urls))
    parameter = f'<!ENTITY % param SYSTEM "{urls[-1]}"> %param;'
    doctype = f'<!DOCTYPE w:document SYSTEM "{urls[-1]}" [{general}{parameter}]>'
    uses = " ".join(f"&ext{i};" for i in range(len(urls)))
    return _minimal_docx(folder / "xxe.docx", _document_xml(f"The Supplier shall provide {uses} now.", doctype))


def entity_expansion_docx(folder: Path) -> Path:
    """"Billion laughs": ten levels of entities, each ten of the one below, 10^9 copies of "lol"."""
    entities = '<!ENTITY lol0 "lol">' + "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    doctype = f"<!DOCTYPE w:document [{entities}]>"
    return _minimal_docx(folder / "laughs.docx", _document_xml("The Supplier shall &lol9;.", doctype))


def zip_bomb_docx(folder: Path, *, segments: int = 63, declare: int | None = None) -> Path:
    """A .docx whose document.xml inflates to ``segments`` x 64 MB (63: 3.9 GB) from ~4 MB on disk.

    One 64 MB run of text is deflated once between two full flushes, which makes the compressed
    segment independent of what precedes it, so it can be repeated. The zip headers declare the
    true size and CRC unless ``declare`` gives a smaller size to lie with.
    """
    prefix = _document_xml("BOMB").split(b"BOMB")
    block = b"a" * (64 * MB)
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = packer.compress(prefix[0]) + packer.flush(zlib.Z_FULL_FLUSH)
    segment = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    tail = packer.compress(prefix[1]) + packer.flush(zlib.Z_FINISH)
    size = len(prefix[0]) + segments * len(block) + len(prefix[1])
    assert size < 2**32, "stay below zip64"
    body_crc = _crc_repeat(zlib.crc32(block), len(block), segments)
    crc = _crc_combine(zlib.crc32(prefix[0]), body_crc, segments * len(block))
    crc = _crc_combine(crc, zlib.crc32(prefix[1]), len(prefix[1]))
    members = [_deflated("[Content_Types].xml", _CONTENT_TYPES), _deflated("_rels/.rels", _RELS)]
    members.append(("word/document.xml", crc, declare if declare is not None else size,
                    [head, *([segment] * segments), tail]))
    return _write_zip(folder / "bomb.docx", members)


# -- PDF files ---------------------------------------------------------------------------------


def encrypted_pdf(folder: Path) -> Path:
    """A PDF that needs a password to open."""
    from reportlab.pdfgen import canvas

    path = folder / "encrypted.pdf"
    c = canvas.Canvas(str(path), encrypt="s3cret")
    c.drawString(72, 720, "1.1 The Supplier shall provide the Services in accordance with the Service Levels.")
    c.showPage()
    c.save()
    return path


def corrupt_pdf(folder: Path) -> Path:
    """A PDF header followed by bytes that are no PDF objects at all."""
    body = bytes((i * 131 + 7) % 256 for i in range(32 * 1024))
    return _write(folder / "corrupt.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + body + b"\n%%EOF\n")


def image_only_pdf(folder: Path, pages: int = 2) -> Path:
    """A 'scanned' contract: each page is one picture of text, with no text layer."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    picture = Image.new("L", (600, 300), 255)
    draw = ImageDraw.Draw(picture)
    for row in range(10):
        draw.text((20, 20 + row * 25), "1.1 The Supplier shall provide the Services.", fill=0)
    path = folder / "scanned.pdf"
    c = canvas.Canvas(str(path))
    for _ in range(pages):
        c.drawImage(ImageReader(picture), 72, 400, width=450, height=225)
        c.showPage()
    c.save()
    return path


def long_pdf(folder: Path, pages: int = 2000) -> Path:
    """A ``pages``-page contract of simple numbered clauses, drawn with reportlab."""
    from reportlab.pdfgen import canvas

    path = folder / f"long-{pages}.pdf"
    c = canvas.Canvas(str(path), pageCompression=1)
    for n in range(1, pages + 1):
        c.setFont("Helvetica-Bold", 13)
        c.drawString(72, 770, f"{n}. Clause {n}")
        c.setFont("Helvetica", 11)
        for i in range(1, 9):
            y = 740 - i * 40
            c.drawString(72, y, f"{n}.{i} The Supplier shall provide the Services described in Schedule {i}")
            c.drawString(72, y - 14, f"within {i + 4} Business Days of the Client's written request.")
        c.showPage()
    c.save()
    return path


# -- rule files --------------------------------------------------------------------------------


def rule_file(folder: Path, pattern: str, name: str = "regex.cl") -> Path:
    """A one-rule pack whose rule requires a sentence matching the regular expression ``/pattern/``."""
    text = (
        'pack regex-test "1" { description: "one regular expression" }\n'
        'rule RX-001 "A regular expression" {\n'
        "  area: contract\n"
        "  severity: low\n"
        f"  require: sentence mentions /{pattern}/\n"
        '  message: "Not found."\n'
        "}\n"
    )
    folder.mkdir(parents=True, exist_ok=True)
    return _write(folder / name, text.encode())


@dataclass(frozen=True)
class Case:
    """One bad input: how to make it and the cause the tool must name in its one line."""

    make: Callable[[Path], Path]
    cause: str
    needs_non_root: bool = False


CASES: dict[str, Case] = {
    "empty-txt": Case(lambda d: empty(d, ".txt"), "the file is empty"),
    "empty-md": Case(lambda d: empty(d, ".md"), "the file is empty"),
    "empty-docx": Case(lambda d: empty(d, ".docx"), "the file is empty"),
    "empty-pdf": Case(lambda d: empty(d, ".pdf"), "empty file"),
    "truncated-docx": Case(truncated_docx, "not a Word .docx file (it is not a zip archive)"),
    "not-a-zip-docx": Case(not_a_zip_docx, "not a Word .docx file (it is not a zip archive)"),
    "malformed-docx": Case(malformed_docx, "damaged Word file (its XML is malformed)"),
    "password-docx": Case(ole_docx, "password-protected or legacy Word .doc file"),
    "zip-bomb-docx": Case(zip_bomb_docx, "looks like a zip bomb ('word/document.xml' would unpack to 4032 MB)"),
    "lying-zip-bomb-docx": Case(
        lambda d: zip_bomb_docx(d, segments=4, declare=2000),
        "damaged Word file (the zip archive is corrupt: 'word/document.xml' fails its checksum)",
    ),
    "entity-expansion-docx": Case(entity_expansion_docx, "declares XML entities"),
    "encrypted-pdf": Case(encrypted_pdf, "encrypted PDF; remove the password and try again"),
    "corrupt-pdf": Case(corrupt_pdf, "not a readable PDF ("),
    "image-only-pdf": Case(image_only_pdf, "no text layer: this PDF looks scanned; run OCR on it first"),
    "binary-txt": Case(binary_txt, "binary data, not text"),
    "undecodable-txt": Case(undecodable_txt, "not UTF-8, UTF-16 or Windows-1252 text"),
    "unknown-extension": Case(unknown_extension, "unsupported file type '.rtf'"),
    "unreadable-txt": Case(unreadable_txt, "permission denied", needs_non_root=True),
    "fifo-txt": Case(fifo_txt, "not a regular file"),
    "device-link-txt": Case(device_link_txt, "not a regular file"),
}


# -- helpers -----------------------------------------------------------------------------------


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _document_xml(text: str, doctype: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{doctype}'
        f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>'
    ).encode()


def _minimal_docx(path: Path, document_xml: bytes) -> Path:
    members = [_deflated("[Content_Types].xml", _CONTENT_TYPES), _deflated("_rels/.rels", _RELS),
               _deflated("word/document.xml", document_xml)]
    return _write_zip(path, members)


def _deflated(name: str, data: bytes) -> tuple[str, int, int, list[bytes]]:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return name, zlib.crc32(data), len(data), [packer.compress(data) + packer.flush()]


def _write_zip(path: Path, members: list[tuple[str, int, int, list[bytes]]]) -> Path:
    """Write deflated members (name, crc, declared size, compressed chunks) as a plain zip file."""
    central = []
    with path.open("wb") as fh:
        for name, crc, size, chunks in members:
            offset = fh.tell()
            packed = sum(len(c) for c in chunks)
            encoded = name.encode()
            fh.write(struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, 8, 0, 0x21, crc, packed, size, len(encoded), 0))
            fh.write(encoded)
            for chunk in chunks:
                fh.write(chunk)
            central.append(struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, 20, 0, 8, 0, 0x21, crc, packed,
                                       size, len(encoded), 0, 0, 0, 0, 0, offset) + encoded)
        start = fh.tell()
        for entry in central:
            fh.write(entry)
        fh.write(struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(central), len(central),
                             fh.tell() - start, start, 0))
    return path


def _gf2_times(matrix: list[int], vector: int) -> int:
    total, i = 0, 0
    while vector:
        if vector & 1:
            total ^= matrix[i]
        vector >>= 1
        i += 1
    return total


def _crc_combine(crc1: int, crc2: int, len2: int) -> int:
    """CRC-32 of A+B from the CRCs of A and B and the length of B (zlib's crc32_combine)."""
    if len2 <= 0:
        return crc1
    odd = [0xEDB88320] + [1 << n for n in range(31)]
    even = [_gf2_times(odd, v) for v in odd]
    odd = [_gf2_times(even, v) for v in even]
    while True:
        even = [_gf2_times(odd, v) for v in odd]
        if len2 & 1:
            crc1 = _gf2_times(even, crc1)
        len2 >>= 1
        if not len2:
            break
        odd = [_gf2_times(even, v) for v in even]
        if len2 & 1:
            crc1 = _gf2_times(odd, crc1)
        len2 >>= 1
        if not len2:
            break
    return crc1 ^ crc2


def _crc_repeat(crc: int, length: int, times: int) -> int:
    """CRC-32 of a block repeated ``times`` times, by doubling."""
    result, result_len = None, 0
    while times:
        if times & 1:
            result = crc if result is None else _crc_combine(result, crc, length)
            result_len += length
        times >>= 1
        if times:
            crc, length = _crc_combine(crc, crc, length), length * 2
    return result if result is not None else 0

