"""Word's automatic numbering (word/numbering.xml): the number Word draws before a paragraph.

A paragraph whose text is 「窓口のオンライン化」 is read by a person as 「(3) 窓口のオンライン化」 when
its numbering says so; plans number their chapters, policies and measures this way as often as they
type the numbers. The number is worked out here as Word does:

- a paragraph's w:numPr (numId, ilvl) points at a w:num, which points at a w:abstractNum holding
  the levels (start, numFmt, lvlText such as 「(%1)」「第%1章」「%1-%2」, lvlRestart, isLgl); a w:num
  may override a level's start (startOverride) or the whole level (lvlOverride/w:lvl); an
  abstractNum may only link to a numbering style (numStyleLink) whose numbering holds the levels.
- Counters: w:num elements over one abstractNum continue one another's count (Word's 「続けて番号を
  付ける」), unless the w:num overrides a start, which makes it a list of its own that restarts. A
  level restarts when a higher level is numbered (or only above the level lvlRestart names; 0: never).
  A level not yet reached is drawn as its start minus one, as Word does (「0.1」 before any 「1.」).
- Formats are drawn in the characters `numbering.parse_marker` reads: decimalEnclosedParen (Word's
  single character ⑴) as 「(1)」, half-width ｱｲｳ (aiueo) as full-width アイウ, upperRoman 1–12 as Ⅰ–Ⅻ.
- Bullets: the glyph of lvlText. Word's own bullets are characters of the Symbol and Wingdings
  fonts, stored in the Private Use Area (U+F0B7 •, U+F0A7 ▪ …); they are given as the character a
  Japanese plan types for the same shape (「・」「■」「◆」「○」), see `bullet_glyph`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from dxcheck.importer.errors import broken_part, tag_name

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_LEVELS = 9
_LARGEST = 9999  # drawn in letters up to this; beyond, in digits
_DIGIT_FORMATS = ("decimal", "decimalZero", "decimalHalfWidth", "decimalFullWidth", "decimalFullWidth2")

_FULL_WIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_AIUEO = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
_IROHA = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス"
_KANJI = "〇一二三四五六七八九"
_LEGAL_KANJI = "〇壱弐参四伍六七八九"
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_ZODIAC = "子丑寅卯辰巳午未申酉戌亥"
_ROMAN_CHARACTERS = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"
_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)

# Word's bullets in symbol fonts, by the low byte of the character (U+F0xx or the byte itself): the
# character of the same shape that a Japanese plan types. A round bullet is 「・」, as the text of a
# plan writes it; squares and diamonds keep their shape, so that the levels of a list stay apart.
_SYMBOL_FONT_GLYPHS = {0xB7: "・", 0xA8: "◆", 0xE0: "◆"}
_WINGDINGS_GLYPHS = {
    0x6C: "・",  # ● large round bullet
    0x9F: "・",  # •
    0x9E: "・",  # ·
    0xA1: "○",  # ○
    0xA4: "◎",  # ◉
    0x6E: "■",  # ■
    0xA7: "■",  # ▪
    0xA8: "□",  # ◻
    0x6F: "□",  # □
    0x71: "□",  # ❑
    0x75: "◆",  # ◆
    0x76: "◆",  # ❖
    0x77: "◆",  # ⬥
    0xD8: "・",  # ➢
    0xE8: "・",  # ➔
    0xFC: "✓",  # ✓
    0xFE: "✓",  # ☑
}
_PLAIN_GLYPHS = {
    "•": "・",
    "·": "・",
    "‧": "・",
    "∙": "・",
    "⦁": "・",
    "▪": "■",
    "◾": "■",
    "♦": "◆",
    "❖": "◆",
    "➢": "・",
    "➤": "・",
    "-": "・",
    "–": "・",
}


def bullet_glyph(text: str, font: str | None = None) -> str:
    """The bullet Word draws, as the character a plan types for it (see the module's docstring)."""
    text = text.strip()
    if not text:
        return "・"
    char = text[0]
    code = ord(char)
    family = (font or "").lower()
    symbolic = "wingdings" in family or "webdings" in family or family == "symbol"
    if 0xF000 <= code <= 0xF0FF or (symbolic and code < 0x100):
        low = code & 0xFF
        table = _SYMBOL_FONT_GLYPHS if family == "symbol" or ("wingdings" not in family and low == 0xB7) else _WINGDINGS_GLYPHS
        return table.get(low, "・")
    if 0xE000 <= code <= 0xF8FF:
        return "・"
    if char == "o" and "courier" in family:
        return "○"  # Word's second-level bullet: 「o」 in Courier New
    return _PLAIN_GLYPHS.get(char, char)


def format_number(value: int, fmt: str) -> str:
    """`value` drawn in the numFmt `fmt` (see the module's docstring for the choices made)."""
    if fmt == "none":
        return ""
    if (value <= 0 or value > _LARGEST) and fmt not in _DIGIT_FORMATS:
        return str(value)  # no letters for 0, and none for a start of 2,000,000,000 (2 million 「M」)
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return str(value).translate(_FULL_WIDTH_DIGITS)
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese"):
        return _CIRCLED[value - 1] if value <= len(_CIRCLED) else str(value)
    if fmt == "decimalEnclosedParen":
        return f"({value})"
    if fmt == "decimalEnclosedFullstop":
        return f"{value}."
    if fmt in ("aiueo", "aiueoFullWidth"):
        return _AIUEO[(value - 1) % len(_AIUEO)]
    if fmt in ("iroha", "irohaFullWidth"):
        return _IROHA[(value - 1) % len(_IROHA)]
    if fmt in ("japaneseCounting", "chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand"):
        return _counting(value, _KANJI)
    if fmt == "japaneseLegal":
        return _counting(value, _LEGAL_KANJI)
    if fmt in ("ideographDigital", "japaneseDigitalTenThousand", "taiwaneseDigital"):
        return "".join(_KANJI[int(d)] for d in str(value))
    if fmt == "ideographTraditional":
        return _STEMS[(value - 1) % len(_STEMS)]
    if fmt == "ideographZodiac":
        return _ZODIAC[(value - 1) % len(_ZODIAC)]
    if fmt == "upperRoman":
        return _ROMAN_CHARACTERS[value - 1] if value <= len(_ROMAN_CHARACTERS) else _roman(value)
    if fmt == "lowerRoman":
        return _roman(value).lower()
    if fmt in ("upperLetter", "lowerLetter"):
        letter = chr(ord("A") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter if fmt == "upperLetter" else letter.lower()
    return str(value)  # decimal, and formats of other scripts: the number itself


def _counting(value: int, digits: str) -> str:
    """一, 十, 十一, 二十三, 百五 … as Japanese counts."""
    if value >= 10000:
        return "".join(digits[int(d)] for d in str(value))
    out = ""
    for unit, name in ((1000, "千"), (100, "百"), (10, "十")):
        count, value = divmod(value, unit)
        if count:
            out += ("" if count == 1 else digits[count]) + name
    return out + (digits[value] if value else "")


def _roman(value: int) -> str:
    out = ""
    for number, letters in _ROMAN:
        count, value = divmod(value, number)
        out += letters * count
    return out


@dataclass(frozen=True)
class Level:
    """One level of a numbering definition."""

    start: int
    fmt: str
    text: str  # lvlText: 「(%1)」「第%1章」「%1-%2」, or the bullet's character
    restart: int | None  # lvlRestart: restart only after a level above this one (1-based); 0: never
    legal: bool  # isLgl: every number of the template in decimal
    font: str | None  # the font of the number (Symbol, Wingdings: what a bullet's character means)
    style: str | None  # pStyle: the paragraph style linked to this level


@dataclass(frozen=True)
class Drawn:
    """The number (or bullet) Word draws before a paragraph."""

    text: str  # 「(3)」「第２章」「①」, or the bullet as a plan types it (「・」「■」)
    bullet: bool
    template: str  # the level's lvlText, which tells the levels of a list apart
    list: str = ""  # the list whose counters it advanced
    level: int = 0


@dataclass
class _Definition:
    levels: dict[int, Level] = field(default_factory=dict)
    style_link: str | None = None  # numStyleLink: the levels are the linked numbering style's


@dataclass
class _Instance:
    abstract: str
    starts: dict[int, int]  # startOverride per level
    levels: dict[int, Level]  # lvlOverride with a level of its own


_NUMBER = re.compile(r"%([1-9])")


def _int(element: Any, default: int | None = None) -> int | None:
    if element is None:
        return default
    try:
        return int(element.get(f"{W}val", ""))
    except ValueError:
        return default


def _flag(element: Any) -> bool:
    return element is not None and element.get(f"{W}val", "true") not in ("0", "false", "off")


def _level(element: Any) -> Level:
    fmt_element = element.find(f"{W}numFmt")
    if fmt_element is None:
        # Word 2010 writes a custom format in mc:Choice and a plain one in mc:Fallback: take the plain one.
        fmt_element = element.find(f"{_MC}AlternateContent/{_MC}Fallback/{W}numFmt")
    fmt = fmt_element.get(f"{W}val", "decimal") if fmt_element is not None else "decimal"
    text_element = element.find(f"{W}lvlText")
    text = text_element.get(f"{W}val", "") if text_element is not None else ""
    fonts = element.find(f"{W}rPr/{W}rFonts")
    font = None
    if fonts is not None:
        font = fonts.get(f"{W}ascii") or fonts.get(f"{W}hAnsi") or fonts.get(f"{W}eastAsia")
    style = element.find(f"{W}pStyle")
    if element.find(f"{W}lvlPicBulletId") is not None:
        fmt, text = "bullet", text or "・"  # a picture bullet: drawn as the plainest bullet
    return Level(
        start=_int(element.find(f"{W}start"), 1) or 0,
        fmt=fmt,
        text=text,
        restart=_int(element.find(f"{W}lvlRestart")),
        legal=_flag(element.find(f"{W}isLgl")),
        font=font,
        style=style.get(f"{W}val") if style is not None else None,
    )


class Numbering:
    """The numbering definitions of a document and the counters of its lists, advanced paragraph by
    paragraph in document order (`draw`)."""

    def __init__(self, root: Any | None, part: str, style_num: Callable[[str], str | None]) -> None:
        """`root` is word/numbering.xml's w:numbering (None when the document has none; a part of
        another kind is a DocumentError), `part` its name; `style_num` gives the numId a numbering
        style (w:type="numbering") carries, for numStyleLink."""
        self._definitions: dict[str, _Definition] = {}
        self._instances: dict[str, _Instance] = {}
        self._counters: dict[str, list[int | None]] = {}
        self._style_num = style_num
        if root is None:
            return
        if root.tag != f"{W}numbering":
            raise broken_part(part, "w:numbering", tag_name(root.tag))
        for abstract in root.iter(f"{W}abstractNum"):
            definition = _Definition()
            for lvl in abstract.iter(f"{W}lvl"):
                ilvl = _int_attr(lvl, "ilvl")
                if ilvl is not None and 0 <= ilvl < _LEVELS:
                    definition.levels.setdefault(ilvl, _level(lvl))
            link = abstract.find(f"{W}numStyleLink")
            if link is not None:
                definition.style_link = link.get(f"{W}val")
            self._definitions[abstract.get(f"{W}abstractNumId", "")] = definition
        for num in root.iter(f"{W}num"):
            abstract_id = num.find(f"{W}abstractNumId")
            if abstract_id is None:
                continue
            instance = _Instance(abstract_id.get(f"{W}val", ""), {}, {})
            for override in num.iter(f"{W}lvlOverride"):
                ilvl = _int_attr(override, "ilvl")
                if ilvl is None or not 0 <= ilvl < _LEVELS:
                    continue
                start = _int(override.find(f"{W}startOverride"))
                if start is not None:
                    instance.starts[ilvl] = start
                lvl = override.find(f"{W}lvl")
                if lvl is not None:
                    instance.levels[ilvl] = _level(lvl)
            self._instances[num.get(f"{W}numId", "")] = instance

    def _abstract(self, abstract_id: str) -> tuple[str, _Definition] | None:
        """The abstract numbering holding the levels, following numStyleLink (a few steps at most)."""
        for _ in range(4):
            definition = self._definitions.get(abstract_id)
            if definition is None:
                return None
            if definition.style_link is None or definition.levels:
                return abstract_id, definition
            linked = self._style_num(definition.style_link)
            instance = self._instances.get(linked or "")
            if instance is None or instance.abstract == abstract_id:
                return abstract_id, definition
            abstract_id = instance.abstract
        return None

    def levels(self, num_id: str) -> dict[int, Level]:
        """The levels a w:num draws with (its overrides applied)."""
        instance = self._instances.get(num_id)
        if instance is None:
            return {}
        found = self._abstract(instance.abstract)
        if found is None:
            return dict(instance.levels)
        levels = dict(found[1].levels)
        levels.update(instance.levels)
        return levels

    def level_of_style(self, num_id: str, style_ids: list[str]) -> int | None:
        """The level linked to one of these paragraph styles (w:pStyle in the level): a style that
        carries a numId without an ilvl is numbered at the level that names it."""
        for ilvl, level in sorted(self.levels(num_id).items()):
            if level.style in style_ids:
                return ilvl
        return None

    def draw(self, num_id: str, ilvl: int) -> Drawn | None:
        """The number of the next paragraph of list `num_id` at level `ilvl`, counted; None when the
        list or the level does not exist, or draws nothing."""
        instance = self._instances.get(num_id)
        if instance is None or num_id == "0":
            return None
        levels = self.levels(num_id)
        level = levels.get(ilvl)
        if level is None:
            return None
        found = self._abstract(instance.abstract)
        key = f"num:{num_id}" if instance.starts or instance.levels else f"abstract:{found[0] if found else instance.abstract}"
        counters = self._counters.setdefault(key, [None] * _LEVELS)

        def start(index: int) -> int:
            if index in instance.starts:
                return instance.starts[index]
            return levels[index].start if index in levels else 1

        current = counters[ilvl]
        counters[ilvl] = start(ilvl) if current is None else current + 1
        for lower in range(ilvl + 1, _LEVELS):
            restart = levels[lower].restart if lower in levels else None
            if restart is None or (restart > 0 and ilvl < restart):
                counters[lower] = None
        if level.fmt == "bullet":
            return Drawn(bullet_glyph(level.text, level.font), True, level.text, key, ilvl) if level.text.strip() else None

        def number(match: re.Match[str]) -> str:
            index = int(match.group(1)) - 1
            value = counters[index]
            if value is None:
                value = start(index) - 1  # a level not reached yet: Word draws its start minus one
            fmt = "decimal" if level.legal else (levels[index].fmt if index in levels else "decimal")
            return format_number(value, fmt)

        text = _NUMBER.sub(number, level.text).strip()
        return Drawn(text, False, level.text, key, ilvl) if text else None


def _int_attr(element: Any, name: str) -> int | None:
    try:
        return int(element.get(f"{W}{name}", ""))
    except ValueError:
        return None
