"""Word's styles and automatic numbering: which list, level and heading a paragraph has, and its label.

Styles (styles.xml) carry numbering, outline levels and bold down their ``basedOn`` chains, so a
paragraph styled "Heading 2" may be numbered and bold without any direct formatting.

numbering.xml holds abstract list definitions (``w:abstractNum``: one ``w:lvl`` per depth with a
format, a start value and a text such as ``%1.%2``) and list instances (``w:num``) that point at
one and may override a level's start or definition. Word keeps one running counter per abstract
definition, not per instance: two instances of one definition continue each other, and an
instance carrying a ``startOverride`` restarts the overridden levels the first time it is used.
A paragraph at depth N restarts the counters of deeper levels unless ``w:lvlRestart`` says
otherwise. Labels are produced in document order, so the caller must ask for every numbered
paragraph, shown or not, in the order Word lays them out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_VAL = f"{W}val"
_LEVELS = 9
_PLACEHOLDER = re.compile(r"%([1-9])")
_NO_LABEL_FORMATS = {"bullet", "none"}
_HEADING_NAME = re.compile(r"heading\s*([1-9])")
_TOC_NAME = re.compile(r"toc\s*([1-9]|heading)")
_BOLD, _RUN_STYLE = f"{W}b", f"{W}rStyle"
_P_STYLE, _NUM_PR, _NUM_ID, _ILVL, _OUTLINE = (f"{W}{t}" for t in ("pStyle", "numPr", "numId", "ilvl", "outlineLvl"))
_SECT_PR, _MARK_PROPS, _PPR_CHANGE, _PPR = (f"{W}{t}" for t in ("sectPr", "rPr", "pPrChange", "pPr"))
_DEL, _INS = f"{W}del", f"{W}ins"

_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


@dataclass(frozen=True)
class Level:
    """One depth of a list definition."""

    fmt: str = "decimal"
    text: str | None = None
    start: int = 0
    restart: int | None = None
    legal: bool = False
    style_id: str | None = None


@dataclass(frozen=True)
class _Instance:
    abstract_id: str
    start_overrides: Mapping[int, int]
    level_overrides: Mapping[int, Level]


@dataclass(frozen=True)
class _List:
    abstract_id: str
    levels: tuple[Level | None, ...]
    starts: tuple[int, ...]
    restarts: tuple[int, ...]


@dataclass
class _Counters:
    values: list[int | None] = field(default_factory=lambda: [None] * _LEVELS)
    instances_seen: set[str] = field(default_factory=set)


def format_number(value: int, fmt: str) -> str:
    """One counter in a numbering format; formats Word spells out (``ordinal``, ...) fall back to decimal."""
    if fmt in _NO_LABEL_FORMATS:
        return ""
    if value <= 0 and fmt != "decimal":
        return str(value)
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt in ("lowerLetter", "upperLetter"):
        # Word's letter lists go a..z, then aa..zz, then aaa..: the letter repeats, it does not carry.
        letters = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letters if fmt == "lowerLetter" else letters.upper()
    if fmt in ("lowerRoman", "upperRoman"):
        roman, rest = "", value
        for amount, digits in _ROMAN:
            count, rest = divmod(rest, amount)
            roman += digits * count
        return roman if fmt == "lowerRoman" else roman.upper()
    return str(value)


def _int(element: etree._Element | None, default: int | None) -> int | None:
    if element is None:
        return default
    try:
        return int(element.get(_VAL, ""))
    except ValueError:
        return default


def on(element: etree._Element | None) -> bool:
    """Whether an on/off property (``<w:b/>``, ``<w:b w:val="0"/>``) is present and on."""
    return element is not None and element.get(_VAL, "true").lower() not in ("0", "false", "off")


def _num_fmt(lvl: etree._Element) -> str:
    found = lvl.find(f"{W}numFmt")
    if found is None:
        # Word 2010+ wraps custom formats in mc:AlternateContent; the fallback is a standard one.
        found = lvl.find(f"{MC}AlternateContent/{MC}Fallback/{W}numFmt")
    return found.get(_VAL, "decimal") if found is not None else "decimal"


def _level(lvl: etree._Element) -> Level:
    text = lvl.find(f"{W}lvlText")
    style = lvl.find(f"{W}pStyle")
    return Level(
        fmt=_num_fmt(lvl),
        text=text.get(_VAL) if text is not None else None,
        start=_int(lvl.find(f"{W}start"), 0) or 0,
        restart=_int(lvl.find(f"{W}lvlRestart"), None),
        legal=on(lvl.find(f"{W}isLgl")),
        style_id=style.get(_VAL) if style is not None else None,
    )


def _ilvl(element: etree._Element) -> int | None:
    try:
        ilvl = int(element.get(f"{W}ilvl", ""))
    except ValueError:
        return None
    return ilvl if 0 <= ilvl < _LEVELS else None


class Numbering:
    """The lists of one document and their running counters."""

    def __init__(self, root: etree._Element | None, style_num_ids: Mapping[str, str] | None = None) -> None:
        """Read numbering.xml; ``style_num_ids`` maps a numbering style's id to its ``numId``."""
        self._levels: dict[str, dict[int, Level]] = {}
        self._style_links: dict[str, str] = {}
        self._instances: dict[str, _Instance] = {}
        self._counters: dict[str, _Counters] = {}
        self._lists: dict[str, _List | None] = {}
        self._style_num_ids = dict(style_num_ids or {})
        if root is None:
            return
        for abstract in root.iter(f"{W}abstractNum"):
            abstract_id = abstract.get(f"{W}abstractNumId", "")
            levels = {}
            for lvl in abstract.iterfind(f"{W}lvl"):
                ilvl = _ilvl(lvl)
                if ilvl is not None:
                    levels[ilvl] = _level(lvl)
            self._levels[abstract_id] = levels
            link = abstract.find(f"{W}numStyleLink")
            if link is not None and link.get(_VAL):
                self._style_links[abstract_id] = link.get(_VAL)
        for num in root.iter(f"{W}num"):
            self._instances[num.get(f"{W}numId", "")] = self._instance(num)

    @staticmethod
    def _instance(num: etree._Element) -> _Instance:
        abstract = num.find(f"{W}abstractNumId")
        starts: dict[int, int] = {}
        levels: dict[int, Level] = {}
        for override in num.iterfind(f"{W}lvlOverride"):
            ilvl = _ilvl(override)
            if ilvl is None:
                continue
            start = _int(override.find(f"{W}startOverride"), None)
            lvl = override.find(f"{W}lvl")
            if lvl is not None:
                levels[ilvl] = _level(lvl)
                if start is None and lvl.find(f"{W}start") is not None:
                    start = levels[ilvl].start
            if start is not None:
                starts[ilvl] = start
        return _Instance(abstract.get(_VAL, "") if abstract is not None else "", starts, levels)

    def _abstract_id(self, num_id: str) -> str | None:
        """The abstract definition behind an instance, following ``numStyleLink`` to the list style's own."""
        instance = self._instances.get(num_id)
        abstract_id = instance.abstract_id if instance else None
        for _ in range(4):
            link = self._style_links.get(abstract_id or "")
            linked_num = self._style_num_ids.get(link or "")
            linked = self._instances.get(linked_num or "")
            if linked is None or linked.abstract_id == abstract_id:
                break
            abstract_id = linked.abstract_id
        return abstract_id if abstract_id in self._levels else None

    def _list(self, num_id: str) -> _List | None:
        """The instance's effective levels and start values, resolved once."""
        if num_id not in self._lists:
            abstract_id = self._abstract_id(num_id)
            if abstract_id is None:
                self._lists[num_id] = None
            else:
                instance = self._instances[num_id]
                abstract = self._levels[abstract_id]
                levels = tuple(instance.level_overrides.get(i) or abstract.get(i) for i in range(_LEVELS))
                starts = tuple(
                    instance.start_overrides.get(i, level.start if level else 1) for i, level in enumerate(levels)
                )
                self._lists[num_id] = _List(abstract_id, levels, starts, tuple(instance.start_overrides))
        return self._lists[num_id]

    def is_list(self, num_id: str | None) -> bool:
        """Whether a ``numId`` names a list that exists (``0`` means "numbering removed")."""
        return bool(num_id) and num_id != "0" and self._list(num_id or "") is not None

    def level_of_style(self, num_id: str, style_id: str) -> int | None:
        """The depth whose ``w:pStyle`` is this style: how a heading style linked to a list finds its level."""
        found = self._list(num_id)
        for ilvl, level in enumerate(found.levels if found else ()):
            if level is not None and level.style_id == style_id:
                return ilvl
        return None

    def next_label(self, num_id: str, ilvl: int) -> str | None:
        """Count one paragraph of list ``num_id`` at depth ``ilvl`` and return the label it shows.

        Bullets, ``none`` formats and unknown lists give None but still count, since Word restarts
        deeper levels after them too.
        """
        found = self._list(num_id)
        if found is None or found.levels[ilvl] is None:
            return None
        counters = self._counters.setdefault(found.abstract_id, _Counters())
        values = counters.values
        if num_id not in counters.instances_seen:
            counters.instances_seen.add(num_id)
            for overridden in found.restarts:
                values[overridden] = None
        current = values[ilvl]
        values[ilvl] = found.starts[ilvl] if current is None else current + 1
        for deeper in range(ilvl + 1, _LEVELS):
            deeper_level = found.levels[deeper]
            restart = deeper_level.restart if deeper_level else None
            if restart is None or restart > deeper or (restart != 0 and ilvl < restart):
                values[deeper] = None
        return _render(found, ilvl, values)


def _render(found: _List, ilvl: int, values: list[int | None]) -> str | None:
    """Fill the level's text: each ``%N`` is level N's counter in level N's format (decimal under isLgl)."""
    level = found.levels[ilvl]
    if level is None or level.fmt == "bullet" or not level.text:
        return None

    def number(match: re.Match[str]) -> str:
        referenced = int(match.group(1)) - 1
        ref_level = found.levels[referenced]
        value = values[referenced]
        fmt = ref_level.fmt if ref_level else "decimal"
        if level.legal and fmt not in _NO_LABEL_FORMATS:
            fmt = "decimal"
        return format_number(found.starts[referenced] if value is None else value, fmt)

    label = _PLACEHOLDER.sub(number, level.text).strip()
    return label or None


# -- styles ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Style:
    style_id: str
    kind: str
    name: str
    based_on: str | None
    num_id: str | None
    ilvl: int | None
    outline: int | None
    bold: bool | None


def _val(parent: etree._Element | None, path: str) -> str | None:
    found = parent.find(path) if parent is not None else None
    return found.get(_VAL) if found is not None else None


def _digits(text: str | None) -> int | None:
    return int(text) if text and text.isdigit() else None


@dataclass(frozen=True)
class ParagraphProps:
    """A ``w:pPr`` read in one pass: what numbering, headings and tracked changes need from it."""

    style_id: str | None = None
    num_id: str | None = None
    ilvl: int | None = None
    outline: int | None = None
    section_break: bool = False
    mark_deleted: bool = False
    mark_inserted: bool = False
    before_change: etree._Element | None = None

    @classmethod
    def of(cls, ppr: etree._Element | None) -> ParagraphProps:
        """Read a paragraph's (or a style's) ``w:pPr``; None gives empty properties."""
        if ppr is None:
            return _NO_PROPS
        style_id = num_id = None
        ilvl = outline = None
        section_break = mark_deleted = mark_inserted = False
        before_change = None
        for child in ppr:
            tag = child.tag
            if tag == _P_STYLE:
                style_id = child.get(_VAL)
            elif tag == _NUM_PR:
                for item in child:
                    if item.tag == _NUM_ID:
                        num_id = item.get(_VAL)
                    elif item.tag == _ILVL:
                        ilvl = _digits(item.get(_VAL))
            elif tag == _OUTLINE:
                outline = _digits(child.get(_VAL))
            elif tag == _SECT_PR:
                section_break = True
            elif tag == _MARK_PROPS:
                mark_deleted = child.find(_DEL) is not None
                mark_inserted = child.find(_INS) is not None
            elif tag == _PPR_CHANGE:
                before_change = child.find(_PPR)
        return cls(style_id, num_id, ilvl, outline, section_break, mark_deleted, mark_inserted, before_change)


_NO_PROPS = ParagraphProps()


def _style(element: etree._Element) -> _Style:
    props = ParagraphProps.of(element.find(_PPR))
    run_props = element.find(f"{W}rPr")
    bold = run_props.find(f"{W}b") if run_props is not None else None
    return _Style(
        style_id=element.get(f"{W}styleId", ""),
        kind=element.get(f"{W}type", "paragraph"),
        name=(_val(element, f"{W}name") or "").strip().lower(),
        based_on=_val(element, f"{W}basedOn"),
        num_id=props.num_id,
        ilvl=props.ilvl,
        outline=props.outline,
        bold=on(bold) if bold is not None else None,
    )


class Styles:
    """The style sheet, resolved along ``basedOn`` chains."""

    def __init__(self, root: etree._Element | None) -> None:
        self._styles: dict[str, _Style] = {}
        self._bold: dict[tuple[str | None, str | None], bool] = {}
        self.default_paragraph: str | None = None
        self.default_bold = False
        if root is None:
            return
        for element in root.iterfind(f"{W}style"):
            style = _style(element)
            self._styles[style.style_id] = style
            is_default = element.get(f"{W}default", "").lower() in ("1", "true", "on")
            if is_default and style.kind == "paragraph":
                self.default_paragraph = style.style_id
        self.default_bold = on(root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}b"))

    @property
    def numbering_style_num_ids(self) -> dict[str, str]:
        """Each numbering style's list instance, which ``w:numStyleLink`` definitions point through."""
        return {sid: s.num_id for sid, s in self._styles.items() if s.kind == "numbering" and s.num_id}

    def _chain(self, style_id: str | None) -> Iterator[_Style]:
        seen: set[str] = set()
        while style_id and style_id in self._styles and style_id not in seen and len(seen) < 32:
            seen.add(style_id)
            style = self._styles[style_id]
            yield style
            style_id = style.based_on

    def paragraph_style(self, props: ParagraphProps) -> str | None:
        """The paragraph's style id, or the document's default paragraph style."""
        return props.style_id or self.default_paragraph

    def numbering(self, props: ParagraphProps, numbering: Numbering) -> tuple[str | None, int]:
        """The list and depth of a paragraph: its own ``numPr`` first, then its style's."""
        chain = list(self._chain(self.paragraph_style(props)))
        num_id = props.num_id
        if num_id is None:
            num_id = next((s.num_id for s in chain if s.num_id is not None), None)
        if num_id is None or not numbering.is_list(num_id):
            return None, 0
        ilvl = props.ilvl
        if ilvl is None:
            ilvl = next((s.ilvl for s in chain if s.ilvl is not None), None)
        if ilvl is None:
            linked = (numbering.level_of_style(num_id, s.style_id) for s in chain)
            ilvl = next((found for found in linked if found is not None), None)
        return num_id, min(ilvl or 0, _LEVELS - 1)

    def heading_level(self, props: ParagraphProps) -> int | None:
        """1 for "Heading 1", "Title" or outline level 0; None for body text."""
        if props.outline is not None:
            return props.outline + 1 if props.outline < _LEVELS else None
        for style in self._chain(self.paragraph_style(props)):
            match = _HEADING_NAME.fullmatch(style.name)
            if match:
                return int(match.group(1))
            if style.name == "title":
                return 1
            if style.outline is not None:
                return style.outline + 1 if style.outline < _LEVELS else None
        return None

    def is_toc(self, style_id: str | None) -> bool:
        """Whether the paragraph style is one of Word's table-of-contents styles ("TOC 1", "TOC Heading")."""
        return any(_TOC_NAME.fullmatch(style.name) for style in self._chain(style_id))

    def run_is_bold(self, run_props: etree._Element | None, paragraph_style: str | None) -> bool:
        """Bold set on the run, else by its character style, else by the paragraph style or defaults."""
        direct = run_props.find(_BOLD) if run_props is not None else None
        if direct is not None:
            return on(direct)
        key = (_val(run_props, _RUN_STYLE), paragraph_style)
        if key not in self._bold:
            self._bold[key] = next(
                (s.bold for style_id in key for s in self._chain(style_id) if s.bold is not None), self.default_bold
            )
        return self._bold[key]
