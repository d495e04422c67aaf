"""Word's styles (word/styles.xml), resolved as Word applies them: a style inherits what its basedOn
style sets and does not set itself, the document defaults come last.

The reader needs from them what makes a paragraph look like a heading or a list — heading level,
list numbering, bold, size, alignment, keep-with-next — and whether it is an entry of a table of
contents (styles 「toc 1」…「toc 9」, 「目次 1」…). Names are compared after NFKC, so that a
custom 「見出し１」 is 「見出し1」.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from dxcheck.importer.errors import broken_part, tag_name

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HEADING_STYLE = re.compile(r"^(?:heading|見出し)\s*([1-9])$", re.IGNORECASE)
TITLE_STYLE = re.compile(r"^(?:title|表題|タイトル)$", re.IGNORECASE)
LIST_STYLE = re.compile(r"(list|箇条書き|段落番号|リスト)", re.IGNORECASE)
TOC_STYLE = re.compile(r"^(?:toc|目次)\s*[1-9]$|^(?:toc heading|目次の見出し|目次見出し)$", re.IGNORECASE)
_MAX_DEPTH = 20  # basedOn chains longer than this are broken (or a loop)


def on(element: Any) -> bool | None:
    """An on/off property (w:b, w:keepNext, w:vanish …): None when absent."""
    if element is None:
        return None
    return element.get(f"{W}val", "true").lower() not in ("0", "false", "off", "none")


@dataclass(frozen=True)
class ParagraphStyle:
    """What a paragraph style (with its base styles) says about the paragraphs that use it."""

    ids: tuple[str, ...]  # the style and its bases, nearest first
    name: str
    level: int | None  # heading level (0: title), from the name or the outline level
    is_list: bool  # named as a list style (List Paragraph, 箇条書き …); numbered paragraphs are lists by their numbering
    toc: bool
    num_id: str | None
    ilvl: int | None
    rprs: tuple[Any, ...]  # run properties of the style and its bases, then the document defaults
    centered: bool
    keep_next: bool
    leader: bool  # a tab stop with a leader (「………」 before a page number)


class Styles:
    """The styles of one document, resolved on first use."""

    def __init__(self, root: Any | None, part: str = "word/styles.xml") -> None:
        """`root` is the styles part's w:styles (None when the document has none), `part` its name: a
        part of another kind is a DocumentError."""
        self._styles: dict[str, Any] = {}
        self._default: dict[str, str] = {}
        self._paragraph: dict[str | None, ParagraphStyle] = {}
        self._character: dict[str, tuple[Any, ...]] = {}
        self.default_rpr: Any | None = None
        if root is None:
            return
        if root.tag != f"{W}styles":
            raise broken_part(part, "w:styles", tag_name(root.tag))
        for style in root.iter(f"{W}style"):
            style_id = style.get(f"{W}styleId")
            if style_id is None:
                continue
            self._styles.setdefault(style_id, style)
            if style.get(f"{W}default") in ("1", "true", "on"):
                self._default.setdefault(style.get(f"{W}type", "paragraph"), style_id)
        self.default_rpr = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")

    def _chain(self, style_id: str | None, kind: str) -> list[Any]:
        """The style and its bases, nearest first (the type's default style when it is unknown)."""
        if style_id is None or style_id not in self._styles:
            style_id = self._default.get(kind)
        chain: list[Any] = []
        seen: set[str] = set()
        while style_id is not None and style_id in self._styles and style_id not in seen and len(chain) < _MAX_DEPTH:
            seen.add(style_id)
            style = self._styles[style_id]
            chain.append(style)
            based = style.find(f"{W}basedOn")
            style_id = based.get(f"{W}val") if based is not None else None
        return chain

    def paragraph(self, style_id: str | None) -> ParagraphStyle:
        cached = self._paragraph.get(style_id)
        if cached is not None:
            return cached
        chain = self._chain(style_id, "paragraph")
        names = [unicodedata.normalize("NFKC", _name(s)).strip() for s in chain]
        name = names[0] if names else ""
        level: int | None = None
        for style, style_name in zip(chain, names, strict=True):
            if m := HEADING_STYLE.match(style_name):
                level = int(m.group(1))
                break
            if style is chain[0] and TITLE_STYLE.match(style_name):
                level = 0  # a title's level is not inherited: 「Subtitle」 may be based on 「Title」
                break
            outline = style.find(f"{W}pPr/{W}outlineLvl")
            if outline is not None and (value := outline.get(f"{W}val", "")).isdigit():
                level = int(value) + 1 if int(value) < 9 else None
                break
        num_id: str | None = None
        ilvl: int | None = None
        for style in chain:
            num = style.find(f"{W}pPr/{W}numPr")
            if num is None:
                continue
            if num_id is None and (found := num.find(f"{W}numId")) is not None:
                num_id = found.get(f"{W}val")
            if ilvl is None and (found := num.find(f"{W}ilvl")) is not None:
                ilvl = _int(found.get(f"{W}val"))
            if num_id is not None:
                break
        jc = _first(chain, f"{W}pPr/{W}jc")
        keep_next = _first(chain, f"{W}pPr/{W}keepNext")
        leader = any(tab.get(f"{W}leader", "none") not in ("none", "") for s in chain for tab in s.iterfind(f"{W}pPr/{W}tabs/{W}tab"))
        rprs = tuple(r for s in chain if (r := s.find(f"{W}rPr")) is not None)
        style = ParagraphStyle(
            ids=tuple(s.get(f"{W}styleId", "") for s in chain),
            name=name,
            level=level,
            is_list=bool(LIST_STYLE.search(name)),
            toc=bool(TOC_STYLE.match(name)),
            num_id=num_id,
            ilvl=ilvl,
            rprs=rprs + ((self.default_rpr,) if self.default_rpr is not None else ()),
            centered=jc is not None and jc.get(f"{W}val") == "center",
            keep_next=bool(on(keep_next)),
            leader=leader,
        )
        self._paragraph[style_id] = style
        return style

    def character(self, style_id: str) -> tuple[Any, ...]:
        """The run properties of a character style and its bases, nearest first."""
        cached = self._character.get(style_id)
        if cached is None:
            cached = tuple(r for s in self._chain(style_id, "character") if (r := s.find(f"{W}rPr")) is not None)
            self._character[style_id] = cached
        return cached

    def numbering_num_id(self, style_id: str) -> str | None:
        """The numId a numbering style (w:type="numbering", a list style) carries: where an
        abstractNum's numStyleLink leads."""
        style = self._styles.get(style_id)
        num = style.find(f"{W}pPr/{W}numPr/{W}numId") if style is not None else None
        return num.get(f"{W}val") if num is not None else None


def _name(style: Any) -> str:
    name = style.find(f"{W}name")
    return str(name.get(f"{W}val", "")) if name is not None else ""


def _first(chain: list[Any], path: str) -> Any | None:
    for style in chain:
        found = style.find(path)
        if found is not None:
            return found
    return None


def _int(value: str | None) -> int | None:
    try:
        return int(value or "")
    except ValueError:
        return None
