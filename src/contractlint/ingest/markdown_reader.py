"""Markdown contracts: ATX and setext headings, lists, pipe tables, inline HTML stripped.

Markup is removed, not interpreted: a contract in Markdown is prose with headings, so the reader
keeps what a lawyer sees when the file is rendered and the line each block starts on.

Every pattern here stays linear on a line of any length (a 10 MB line with no closing marks): a
span between marks may not contain the mark that would close it, so no opener scans past the next
one, and comments are found with ``str.find``.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from contractlint.ingest.blocks import RawBlock, RawDocument, ReadOptions
from contractlint.ingest.encoding import read_text
from contractlint.ingest.text_reader import TABLE_SEP, split_blocks, split_row

_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*)$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_LIST = re.compile(r"^\s*[-*+]\s+")
_ORDERED = re.compile(r"^(?P<indent>\s*)(?P<n>\d{1,3}|[a-z]|[ivx]{1,4})[.)]\s+(?=\S)")
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)([^*_].*?)\1\s*$")
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_BR = re.compile(r"<br\s*/?>", re.I)
_LINK = re.compile(r"!?\[([^\[\]]*)\]\((?:[^()]|\([^()]*\))*\)")
_REF_LINK = re.compile(r"\[([^\[\]]+)\]\[[^\[\]]*\]")
_STRONG = re.compile(r"(\*\*|__)(?=\S)((?:(?!\1).)+?)(?<=\S)\1")
_EM = re.compile(r"(?<![\w*])([*_])(?=\S)((?:(?!\1).)+?)(?<=\S)\1(?![\w*])")
_CODE = re.compile(r"`([^`]*)`")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")


def read(path: Path, options: ReadOptions) -> RawDocument:
    """Read a Markdown contract into blocks with heading levels and line numbers."""
    text = read_text(path)
    return RawDocument(path=str(path), format="md", blocks=parse_markdown(text))


def parse_markdown(text: str) -> list[RawBlock]:
    """Split Markdown source into blocks; exposed for tests."""
    text = _drop_comments(text)
    lines = text.split("\n")
    blocks: list[RawBlock] = []
    para: list[tuple[int, str]] = []
    item: list[str | None] = [None]  # the composed label of the list item being read
    numbers = _ListNumbers()
    i = _skip_front_matter(lines)

    def flush() -> None:
        if para and item[0] is not None:
            text = "\n".join(ln for _, ln in para)
            blocks.append(RawBlock(text=text, label=item[0], line=para[0][0]))
        elif para:
            blocks.extend(split_blocks([ln for _, ln in para], first_line=para[0][0]))
        para.clear()
        item[0] = None

    while i < len(lines):
        line, n = lines[i], i + 1
        if _FENCE.match(line):
            flush()
            i += 1
            while i < len(lines) and not _FENCE.match(lines[i]):
                i += 1
            i += 1
            continue
        if not line.strip() or _RULE.match(line) and not para:
            flush()
            i += 1
            continue
        ordered = _ORDERED.match(line)
        if ordered and (ordered.group("indent") or numbers.open()):
            # A nested ordered list: its numbers compose as the rendered page shows them
            # ("5." > "2." > "a." is clause 5.2(a), as the contract's own cross-references cite it).
            flush()
            item[0] = numbers.push(len(ordered.group("indent").expandtabs(4)), ordered.group("n"))
            para.append((n, inline(line[ordered.end():])))
            i += 1
            continue
        if not line.startswith((" ", "\t")) and not ordered:
            numbers.reset()
        elif ordered:
            numbers.push(0, ordered.group("n"))
        m = _ATX.match(line)
        if m:
            flush()
            # The closing run of #s is stripped here: in the pattern, "\s*#*\s*$" would backtrack.
            title = m.group(2).rstrip().rstrip("#").rstrip()
            blocks.append(RawBlock(text=inline(title), heading_level=len(m.group(1)), line=n))
            i += 1
            continue
        if para and _SETEXT.match(line) and len(para) == 1:
            level = 1 if line.strip().startswith("=") else 2
            (ln, content), = para
            para.clear()
            blocks.append(RawBlock(text=inline(content), heading_level=level, line=ln))
            i += 1
            continue
        # A table's rows may go without the outer bars ("Domain | Practices" / "-------|------|").
        if "|" in line and i + 1 < len(lines) and "|" in lines[i + 1] and TABLE_SEP.match(lines[i + 1]):
            flush()
            rows, row_lines = [_cells(line)], [n]
            i += 2
            while i < len(lines) and "|" in lines[i] and lines[i].strip():
                rows.append(_cells(lines[i]))
                row_lines.append(i + 1)
                i += 1
            blocks.append(RawBlock(text="", kind="table", rows=rows, row_lines=row_lines, line=n))
            continue
        bold = _BOLD_LINE.match(line)
        if bold and not para and len(bold.group(2).split()) <= 12 and not bold.group(2).rstrip().endswith("."):
            blocks.append(RawBlock(text=inline(bold.group(2)), heading_level=4, line=n))
            i += 1
            continue
        content = line.strip()
        if content.startswith(">"):
            content = content.lstrip("> ").strip()
        if _LIST.match(content):
            flush()
            content = _LIST.sub("", content, count=1)
        para.append((n, inline(content)))
        i += 1
    flush()
    return [b for b in blocks if b.text.strip() or b.rows]


class _ListNumbers:
    """The open ordered-list items by indentation, composing nested numbers into clause labels."""

    def __init__(self) -> None:
        self.stack: list[tuple[int, str]] = []

    def open(self) -> bool:
        return bool(self.stack)

    def reset(self) -> None:
        self.stack.clear()

    def push(self, indent: int, n: str) -> str:
        while self.stack and self.stack[-1][0] >= indent:
            self.stack.pop()
        self.stack.append((indent, n))
        if not n.isdigit():
            return f"({n})"  # the builder nests a lettered item under its clause: 5.2(a)
        digits = [part for _, part in self.stack if part.isdigit()]
        return ".".join(digits) + ("." if len(digits) == 1 else "")


def inline(text: str) -> str:
    """Remove inline Markdown and HTML, keeping the words a rendered page shows."""
    # Escaped characters are set aside first so that "\\*" never opens emphasis.
    text = _ESCAPE.sub(lambda m: chr(0xE000 + ord(m.group(1))), text)
    text = _BR.sub(" ", text)
    text = _TAG.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _REF_LINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    for _ in range(2):
        text = _STRONG.sub(r"\2", text)
    text = _EM.sub(r"\2", text)
    text = re.sub("[\ue000-\ue0ff]", lambda m: chr(ord(m.group(0)) - 0xE000), text)
    return html.unescape(text).strip()


def _drop_comments(text: str) -> str:
    """Blank out HTML comments, keeping their line breaks; an unclosed comment is left as it is."""
    out, pos = [], 0
    while (start := text.find("<!--", pos)) != -1:
        end = text.find("-->", start + 4)
        if end == -1:
            break
        out.append(text[pos:start])
        out.append("\n" * text.count("\n", start, end))
        pos = end + 3
    out.append(text[pos:])
    return "".join(out)


def _cells(line: str) -> list[str]:
    return [inline(c) for c in split_row(line)]


def _skip_front_matter(lines: list[str]) -> int:
    if lines and lines[0].strip() == "---":
        for j in range(1, min(len(lines), 200)):
            if lines[j].strip() in ("---", "..."):
                return j + 1
    return 0
