"""Parse rule files with the Lark grammar into the typed AST, with errors a rule author can act on."""

from __future__ import annotations

import difflib
import functools
import re
from pathlib import Path

from lark import Lark, Token, Transformer, v_args
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken, VisitError

from contractlint.errors import RuleFileError
from contractlint.lang import ast
from contractlint.resources import grammar_path

# What a rule author should read instead of a terminal's internal name.
_READABLE = {
    "NAME": "a name",
    "STRING": "a quoted string",
    "LONG_STRING": 'a """long string"""',
    "REGEX": "a /regular expression/",
    "INT": "a whole number",
    "QUANTITY": "a quantity such as 15 business days, 180 days, 12% or quarterly",
    "SCOPE": "a scope (document, section, clause, sentence, paragraph, row)",
    "QKIND": "duration, percentage, money or frequency",
    "PARTY": "client, provider, either party, both parties or any party",
    "CMP": "a comparison (<, <=, >, >=, =, under, over, at most, at least)",
    "EXPECT": "pass, gap, violation or not-applicable",
    "BOOL": "and / or",
    "VOCAB_OP": "= or +=",
    "$END": "the end of the file",
}


@functools.lru_cache(maxsize=1)
def _parser() -> Lark:
    # cache=True stores the LALR tables in the temp folder, keyed by the grammar's hash.
    return Lark(grammar_path().read_text(encoding="utf-8"), parser="lalr", propagate_positions=True,
                maybe_placeholders=False, cache=True)


def parse_rule_text(text: str, path: str = "<rules>") -> ast.RuleFile:
    """Parse the text of one rule file; raises ``RuleFileError`` at the offending line and column."""
    try:
        tree = _parser().parse(text)
    except UnexpectedInput as exc:
        raise _syntax_error(exc, text, path) from None
    try:
        items = _ToAst(path, text).transform(tree)
    except VisitError as exc:
        if isinstance(exc.orig_exc, RuleFileError):
            raise exc.orig_exc from None
        raise
    packs = [i for i in items if isinstance(i, ast.Pack)]
    if len(packs) > 1:
        second = packs[1]
        raise RuleFileError("a rule file holds one pack; start a new file for another", path=path,
                            line=second.line, column=second.column, source_line=_line(text, second.line))
    return ast.RuleFile(
        path=path,
        pack=packs[0] if packs else None,
        vocabs=tuple(i for i in items if isinstance(i, ast.Vocab)),
        rules=tuple(i for i in items if isinstance(i, ast.Rule)),
        text=text,
    )


def parse_rule_file(path: Path) -> ast.RuleFile:
    """Read and parse a rule file from disk."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleFileError(f"cannot read rule file ({exc})", path=str(path), line=1, column=1) from None
    return parse_rule_text(text, str(path))


def _line(text: str, line: int) -> str:
    lines = text.splitlines()
    return lines[line - 1] if 0 < line <= len(lines) else ""


def _syntax_error(exc: UnexpectedInput, text: str, path: str) -> RuleFileError:
    line, column = exc.line if exc.line > 0 else 1, exc.column if exc.column > 0 else 1
    expected_names: set[str] = set()
    found = ""
    if isinstance(exc, UnexpectedToken):
        expected_names = set(exc.accepts or exc.expected)
        found = str(exc.token)
        what = f"unexpected {'end of file' if exc.token.type == '$END' else repr(found)}"
    elif isinstance(exc, UnexpectedCharacters):
        expected_names = set(exc.allowed or ())
        found = text[exc.pos_in_stream:exc.pos_in_stream + 20].split()[0] if text[exc.pos_in_stream:].split() else ""
        what = f"unexpected character {text[exc.pos_in_stream]!r}"
    elif isinstance(exc, UnexpectedEOF):
        expected_names = set(exc.expected)
        what = "unexpected end of file"
    else:  # pragma: no cover - every Lark error is one of the above
        what = "syntax error"
    expected = sorted({_readable(n) for n in expected_names})
    hint = _did_you_mean(found, expected_names)
    if hint is None and what == "unexpected end of file" and "RBRACE" in expected_names:
        hint = "is a closing '}' missing?"
    elif hint is None and what == "unexpected character '\"'":
        hint = "is a string not closed on this line? (use \"\"\"...\"\"\" for text over several lines)"
    return RuleFileError(what, path=path, line=line, column=column, source_line=_line(text, line),
                         expected=expected, hint=hint)


def _readable(terminal: str) -> str:
    if terminal in _READABLE:
        return _READABLE[terminal]
    for t in _parser().terminals:
        if t.name == terminal and t.pattern.type == "str":
            return repr(t.pattern.value)
    return terminal.lower()


def _did_you_mean(found: str, expected: set[str]) -> str | None:
    words = []
    for t in _parser().terminals:
        if t.name in expected and t.pattern.type == "str":
            words.append(t.pattern.value)
        if t.name in expected and t.name in ("SCOPE", "QKIND", "PARTY", "EXPECT", "BOOL"):
            words.extend(p.strip('"') for p in t.pattern.value.replace("(?:", "").rstrip(")").split("|"))
    close = difflib.get_close_matches(found.lower(), words, n=1, cutoff=0.7) if found else []
    return f"did you mean '{close[0]}'?" if close else None


# The escapes a plain string knows; any other backslash stands for itself ("C:\\y", "\\d"), as
# Python's unicode_escape would also do today, but with a deprecation warning.
_ESCAPES = {'"': '"', "\\": "\\", "n": "\n", "t": "\t"}
_ESCAPE = re.compile(r'\\(["\\nt])')


def _unquote(token: Token | str) -> str:
    s = str(token)
    if s.startswith('"""'):
        return s[3:-3]
    body = s[1:-1]
    return _ESCAPE.sub(lambda m: _ESCAPES[m.group(1)], body) if "\\" in body else body


def _pos(meta_or_token) -> dict:
    return {"line": getattr(meta_or_token, "line", 0) or 0, "column": getattr(meta_or_token, "column", 0) or 0}


@v_args(meta=True)
class _ToAst(Transformer):
    """Turn the Lark tree into AST nodes; method names follow the grammar's rule names."""

    def __init__(self, path: str, text: str = "") -> None:
        super().__init__()
        self.path = path
        self.text = text

    def start(self, meta, items):
        return list(items)

    def string(self, meta, items):
        return _unquote(items[0])

    # -- files
    def pack(self, meta, items):
        name, rest = items[0], items[1:]
        version = _unquote(rest.pop(0)) if rest and isinstance(rest[0], Token) and rest[0].type == "STRING" else None
        description = next((r for r in rest if isinstance(r, str)), None)
        return ast.Pack(name=str(name), version=version, description=description, file=self.path, **_pos(meta))

    def pack_field(self, meta, items):
        return items[0]

    def vocab(self, meta, items):
        name, op, alts = items
        return ast.Vocab(name=str(name), extend=str(op) == "+=", terms=alts.terms, file=self.path, **_pos(meta))

    def rule(self, meta, items):
        rid, title, *fields = items
        data: dict = {"id": str(rid), "title": title, "file": self.path, "positions": {}}
        for key, value, pos in fields:
            if key in data and key not in ("positions",) and key != "examples":
                raise RuleFileError(f"'{key}' is given twice in rule {rid}", path=self.path, line=pos[0],
                                    column=pos[1], source_line=_line(self.text, pos[0]))
            data[key] = value
            data["positions"][key] = pos
        return ast.Rule(**data, **_pos(meta))

    def _field(key):  # noqa: N805 - a factory used in the class body
        def method(self, meta, items):
            value = items[0]
            if isinstance(value, Token):  # point errors at the value ("severity: hihg" -> "hihg")
                return key, str(value), (value.line, value.column)
            return key, value, (meta.line, meta.column)
        return method

    area = _field("area")
    severity = _field("severity")
    source = _field("source")
    message = _field("message")
    fix = _field("fix")
    negated = _field("negated")
    require = _field("require")
    forbid = _field("forbid")
    when = _field("when")

    def tags(self, meta, items):
        return "tags", tuple(str(t) for t in items), (meta.line, meta.column)

    def examples(self, meta, items):
        return "examples", tuple(items), (meta.line, meta.column)

    def example(self, meta, items):
        return ast.Example(expect=str(items[0]), text=items[1], **_pos(meta))

    # -- conditions
    def single(self, meta, items):
        return items[0]

    def combined(self, meta, items):
        # "and" binds tighter than "or", as in speech: A and B or C means (A and B) or C.
        groups: list[list] = [[items[0]]]
        for op, cond in zip(items[1::2], items[2::2]):
            if str(op) == "and":
                groups[-1].append(cond)
            else:
                groups.append([cond])
        ands = [g[0] if len(g) == 1 else ast.CAnd(items=tuple(g), **_pos(meta)) for g in groups]
        return ands[0] if len(ands) == 1 else ast.COr(items=tuple(ands), **_pos(meta))

    def paren(self, meta, items):
        return items[0]

    def cnot(self, meta, items):
        return ast.CNot(item=items[0], **_pos(meta))

    def scoped(self, meta, items):
        data: dict = {}
        for it in items:
            if isinstance(it, tuple) and it[0] == "quantifier":
                data.update(it[1])
            elif isinstance(it, tuple) and it[0] == "scope":
                data["scope"], data["heading"] = it[1], it[2]
            elif isinstance(it, tuple) and it[0] == "within":
                data["within"] = it[1]
            else:
                data["pred"] = it
        return ast.Scoped(**data, **_pos(meta))

    def quantifier(self, meta, items):
        return "quantifier", {"at_least": int(items[0])}

    def none(self, meta, items):
        return "quantifier", {"none": True}

    def scope(self, meta, items):
        word = str(items[0]).rstrip("s") if str(items[0]) != "sections" else "section"
        return "scope", word, None

    def section_scope(self, meta, items):
        return "scope", "section", items[0]

    def within(self, meta, items):
        return "within", items[0]

    # -- predicates
    def por(self, meta, items):
        return items[0] if len(items) == 1 else ast.POr(items=tuple(items), **_pos(meta))

    def pand(self, meta, items):
        return items[0] if len(items) == 1 else ast.PAnd(items=tuple(items), **_pos(meta))

    def pnot(self, meta, items):
        return ast.PNot(item=items[0], **_pos(meta))

    def mentions(self, meta, items):
        if len(items) == 2:
            (least, distinct), term = items
            return ast.Mentions(term=term, at_least=least, distinct=distinct, **_pos(meta))
        return ast.Mentions(term=items[0], **_pos(meta))

    def count(self, meta, items):
        return int(items[0]), len(items) > 1

    def near(self, meta, items):
        within = int(items[2]) if len(items) > 2 else 10
        return ast.Near(first=items[0], second=items[1], within=within, **_pos(meta))

    def has(self, meta, items):
        op, bound = (items[1] if len(items) > 1 else (None, None))
        return ast.Has(quantity=str(items[0]), op=op, bound=bound, **_pos(meta))

    def comparison(self, meta, items):
        from contractlint.nlp.quantities import parse_quantity

        op, text = str(items[0]), str(items[1])
        q = parse_quantity(text)
        if q is None:
            raise RuleFileError(f"cannot read the quantity '{text}'", path=self.path, line=items[1].line,
                                column=items[1].column, source_line=_line(self.text, items[1].line))
        return op, ast.QuantityLit(text=text, kind=q.kind, value=q.value, line=items[1].line, column=items[1].column)

    def _duty(modality):  # noqa: N805
        def method(self, meta, items):
            party = " ".join(str(items[0]).split())
            quantity = next((i for i in items[1:] if isinstance(i, ast.Has)), None)
            term = next((i for i in items[1:] if not isinstance(i, ast.Has)), None)
            return ast.Duty(modality=modality, party=party, term=term, quantity=quantity, **_pos(meta))
        return method

    def duty_with(self, meta, items):
        return self.has(meta, items)

    obliges = _duty("obliged")
    permits = _duty("permitted")
    prohibits = _duty("prohibited")

    def party(self, meta, items):
        return items[0]

    def heading(self, meta, items):
        return ast.HeadingMentions(term=items[0], **_pos(meta))

    def header(self, meta, items):
        return ast.HeaderMentions(term=items[0], **_pos(meta))

    # -- terms
    def term_alts(self, meta, items):
        return ast.Alts(terms=tuple(items), **_pos(meta))

    def alts(self, meta, items):
        return items[0]

    def phrase(self, meta, items):
        return ast.Phrase(text=items[0], **_pos(meta))

    def exact(self, meta, items):
        return ast.Phrase(text=items[0], exact=True, **_pos(meta))

    def fuzzy(self, meta, items):
        threshold = int(items[0]) if len(items) > 1 else 88
        return ast.Fuzzy(text=items[-1], threshold=threshold, **_pos(meta))

    def regex(self, meta, items):
        raw = str(items[0])
        end = raw.rfind("/")
        return ast.Regex(pattern=raw[1:end], flags=raw[end + 1:], **_pos(meta))

    def party_names(self, meta, items):
        return ast.PartyNames(role=str(items[0]), **_pos(meta))

    def vocabref(self, meta, items):
        return ast.VocabRef(name=str(items[0]), **_pos(meta))
