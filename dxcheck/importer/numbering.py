"""Numbering of headings as Japanese plans write it: 第1章, 1., (1)/（１）/⑴, ①, Ⅰ, 一, ア/(ｱ), 1-1, 1.1.1, 基本方針1 …

`parse_marker` reads the marker at the start of a heading: its style (the key that tells
levels apart), its ordinal (to check that numbering runs on: ③ after ④ is figure text, not a
heading) and the title that follows.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# The names plans give to the levels of their structure, longest first so that 「基本方針」 is not read as 「方針」.
LEVEL_LABELS = (
    "重点取組事項",
    "施策の方向性",
    "施策の方向",
    "基本方針",
    "基本目標",
    "基本施策",
    "施策方針",
    "施策分類",
    "重点取組",
    "重点施策",
    "重点目標",
    "重点分野",
    "取組方針",
    "推進方針",
    "政策目標",
    "施策",
    "方針",
    "目標",
    "取組",
    "柱",
    "アクション",  # 「アクション1　スマート申請の推進」: an アクションプラン's measures (a blind set's)
)
_KANJI_DIGITS = {"〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_ROMAN = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3, "Ⅳ": 4, "Ⅴ": 5, "Ⅵ": 6, "Ⅶ": 7, "Ⅷ": 8, "Ⅸ": 9, "Ⅹ": 10, "Ⅺ": 11, "Ⅻ": 12}
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_KATAKANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ"
_IROHA = "イロハニホヘト"
_DIGITS = "0-9０-９"
_NUM = rf"[{_DIGITS}]+|[一二三四五六七八九十〇]+|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]|元"
_SEP = r"[\s　]*[.．:：、,，]?[\s　]*"
# The dashes a number such as 「1-2」 is typed with: ASCII and full-width hyphen-minus, the Unicode hyphens and
# dashes (U+2010–2015), the minus sign U+2212 (what a Japanese IME gives for 「−」), the small hyphen-minus, and
# the long vowel mark 「ー」 that PDF text and hand typing put in their place.
_DASH = "\\-－\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63ー"
_ROMAN_CHARS = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"
# A part of a compound number: 「3」「３」, and after a dash also 「(1)」 (「Ⅲ−１−(1)」, 「2-3-(4)」).
_PART_FIRST = rf"(?:[{_DIGITS}]{{1,2}}|[{_ROMAN_CHARS}]|[(（][{_DIGITS}]{{1,2}}[)）])"
# … and 「(1)-①」: a circled number after the dash
_PART_NEXT = rf"(?:[{_DIGITS}]{{1,2}}|[(（][{_DIGITS}]{{1,2}}[)）]|[{_CIRCLED}])"

_LABEL_ALT = "|".join(LEVEL_LABELS)
# What follows a figure, never a title: 「2.5倍」「3.5万人」「1.5％」
_UNITS = "万億千百%％倍年月日割点時件人円個回歳ｍｋ"
# 「重点施策Ａ」「Ａ－１」: a capital letter as an ordinal, not a word (「目標KPI」)
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"
_LETTER = r"[A-ZＡ-Ｚ](?![A-Za-zＡ-Ｚａ-ｚ])"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("chapter", re.compile(rf"^第[\s　]*({_NUM})[\s　]*([章部編節])[\s　]*[.．:：、]?[\s　]*")),
    ("appendix", re.compile(rf"^(付録|資料|別表|別紙|参考資料)[\s　]*({_NUM})?[\s　]*[.．:：、]?[\s　]*")),
    # 「(1) 基本方針 1 ICT…」: an outer number and a label; the label names the level. 「施策1-2」: the
    # measure's number within its policy's. 「施策の方向（1）」: the number in brackets.
    (
        "label",
        re.compile(
            rf"^(?:[(（][\s　]*[{_DIGITS}]+[\s　]*[)）][\s　]*)?({_LABEL_ALT})[\s　]*([(（][\s　]*)?"
            rf"((?:{_PART_FIRST}[{_DASH}])*(?:{_NUM}|[{_CIRCLED}]|{_LETTER}))(?![{_DIGITS}])(?(2)[\s　]*[)）])" + _SEP
        ),
    ),
    ("alpha-hyphen", re.compile(rf"^([A-ZＡ-Ｚ](?:[{_DASH}][{_DIGITS}]{{1,2}})+)(?![{_DIGITS}])[\s　]*[.．:：]?[\s　]*")),
    ("hyphen", re.compile(rf"^({_PART_FIRST}(?:[{_DASH}]{_PART_NEXT})+)(?![{_DIGITS}])[\s　]*[.．:：]?[\s　]*")),
    # 「1.1」「1.1.1」 (a decimal outline) before a space: not 「3.5万人」, whose figure runs on
    # (a PDF may lose the space: 「1.1手続のデジタル化」; never a figure's unit after it: 「2.5倍」「3.5万人」)
    (
        "dotted",
        re.compile(
            rf"^([{_DIGITS}]{{1,2}}(?:[.．][{_DIGITS}]{{1,2}})+)(?![{_DIGITS}.．])"
            rf"(?:[\s　]+(?=[^\s　{_DIGITS}{_UNITS}])|(?=[^\x00-\x7f\s　{_DIGITS}{_UNITS}]))"
        ),
    ),
    ("paren", re.compile(rf"^[(（][\s　]*({_NUM})[\s　]*[)）][\s　]*[.．]?[\s　]*")),
    ("paren-kana", re.compile(rf"^[(（]([{_KATAKANA}])[)）][\s　]*")),
    ("circled", re.compile(rf"^([{_CIRCLED}])[\s　]*")),
    ("roman", re.compile(r"^([ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ])[\s　]*[.．:：、]?[\s　]*")),
    # 「一、」「二．」, and 「一　」 as Word's automatic numbering (japaneseCounting) draws it, a space after it
    ("kanji", re.compile(r"^([一二三四五六七八九十]{1,3})(?:[\s　]*[、．.][\s　]*|[\s　]+(?=[^\s　一二三四五六七八九十]))")),
    ("digit-paren", re.compile(rf"^([{_DIGITS}]{{1,2}})[)）][\s　]*")),
    ("digit", re.compile(rf"^([{_DIGITS}]{{1,2}})[.．](?![{_DIGITS}])[\s　]*")),
    ("kana", re.compile(rf"^([{_KATAKANA}])(?:[\s　]+|[.．、][\s　]*)(?=\S)")),
    # (a title may start with 年 after a full-width space: 「４　年度別取組計画」, not 「4 年 3 月」 of a PDF's date)
    (
        "digit-space",
        re.compile(rf"^([{_DIGITS}]{{1,2}})(?:[\s　]+(?=[^\s　{_DIGITS}年月日%％])|　+(?=[年月日][\u3040-\u30ff\u4e00-\u9fff]{{2}}))"),
    ),
)
_BRACKETED_LABEL = re.compile(
    rf"^[【［〔\[][\s　]*({_LABEL_ALT})[\s　]*((?:{_PART_FIRST}[{_DASH}])*(?:{_NUM}))[\s　]*[】］〕\]][\s　]*[:：]?[\s　]*"
)
_BRACKETS = {"【": "】", "〔": "〕", "《": "》", "『": "』", "≪": "≫", "<": ">", "＜": "＞", "〈": "〉", "［": "］", "[": "]"}


@dataclass(frozen=True)
class Marker:
    """The numbering at the start of a heading."""

    key: str  # the style: "chapter:章", "label:基本方針", "paren", "circled", "bracket:【", …
    value: int | None  # the ordinal, when the style has one
    title: str  # the heading without its marker
    shown: str  # the marker as written
    label: str | None = None  # for 「基本方針1」: 基本方針


def to_int(text: str) -> int | None:
    """An ordinal in any of the forms plans use: 3, ３, 三, 十二, Ⅲ, ③, ウ, 元."""
    text = text.strip()
    if not text:
        return None
    if text == "元":
        return 1
    if text in _ROMAN:
        return _ROMAN[text]
    if len(text) == 1 and text in _CIRCLED:
        return _CIRCLED.index(text) + 1
    if len(text) == 1 and text in _KATAKANA:
        return _KATAKANA.index(text) + 1
    if len(text) == 1 and text in _LETTERS:
        return _LETTERS.index(text) % 26 + 1
    folded = text.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if folded.isdigit():
        return int(folded)
    if all(c in _KANJI_DIGITS or c == "十" for c in text):
        if "十" not in text:
            return int("".join(str(_KANJI_DIGITS[c]) for c in text))
        tens, _, ones = text.partition("十")
        return (_KANJI_DIGITS[tens] if tens else 1) * 10 + (_KANJI_DIGITS[ones] if ones else 0)
    return None


# Numbers that are one character of their own: ⑴…⒇ (parenthesised digits), ⒈…⒛ (digit full stops), and
# half-width katakana in a marker (「(ｱ)」「ｱ　」, as an old word processor or a half-width font types them).
_ONE_CHAR = {chr(0x2474 + i): f"({i + 1})" for i in range(20)} | {chr(0x2488 + i): f"{i + 1}." for i in range(20)}
_HALF_KANA_LEAD = re.compile(r"^([(（]?)([\uff66-\uff9d])([)）]|[\s　.．、])")


def _normalised_lead(text: str) -> str:
    """`text` with its leading marker in the forms the patterns know (「⑴」 → 「(1)」, 「(ｱ)」 → 「(ア)」); the
    rest of the text as written."""
    if text[:1] in _ONE_CHAR:
        return _ONE_CHAR[text[0]] + (" " if text[1:2] not in (" ", "　") else "") + text[1:]
    match = _HALF_KANA_LEAD.match(text)
    if match is not None:
        return match.group(1) + unicodedata.normalize("NFKC", match.group(2)) + text[len(match.group(1)) + 1 :]
    return text


def parse_marker(text: str) -> Marker | None:
    """The numbering marker at the start of `text`, or None."""
    stripped = _normalised_lead(text.strip())
    opener = stripped[:1]
    labelled = _BRACKETED_LABEL.match(stripped)
    if labelled is not None and stripped[labelled.end() :].strip():
        # 「【取組1】窓口のオンライン化」「［施策２］…」: a level's name and number in brackets before the title
        ordinal = _split_parts(labelled.group(2))[-1]
        rest = stripped[labelled.end() :].strip()
        return Marker(f"label:{labelled.group(1)}", to_int(ordinal), rest, labelled.group(0).strip(), label=labelled.group(1))
    if opener in _BRACKETS and stripped.endswith(_BRACKETS[opener]) and len(stripped) > 2:
        inner = stripped[1:-1].strip()
        if inner and _BRACKETS[opener] not in inner:
            return Marker(f"bracket:{opener}", None, inner, opener + _BRACKETS[opener])
    for style, pattern in _PATTERNS:
        match = pattern.match(stripped)
        if match is None:
            continue
        rest = stripped[match.end() :].strip()
        if style == "chapter":
            return Marker(f"chapter:{match.group(2)}", to_int(match.group(1)), rest, match.group(0).strip())
        if style == "appendix":
            number = to_int(match.group(2)) if match.group(2) else None
            return Marker("appendix", number, rest or stripped, match.group(0).strip(), label=match.group(1))
        if style == "label":
            if not rest:
                return None
            if (
                re.fullmatch(r"[一二三四五六七八九十〇]+", match.group(3))
                and match.group(0) == match.group(0).rstrip()
                and not match.group(0).endswith(tuple("、.．:："))
            ):
                continue  # 「施策一覧」「取組一つ」: a word, not 施策 number one

            ordinal = _split_parts(match.group(3))[-1]  # 「施策1-3」: the third of its policy
            return Marker(f"label:{match.group(1)}", to_int(ordinal), rest, match.group(0).strip(), label=match.group(1))
        if not rest:
            return None
        if style == "hyphen":
            parts = _split_parts(match.group(1))
            return Marker(f"hyphen{len(parts)}", to_int(parts[-1]), rest, match.group(1))
        if style == "alpha-hyphen":
            parts = _split_parts(match.group(1))
            return Marker(f"alpha-hyphen{len(parts)}", to_int(parts[-1]), rest, match.group(1))
        if style == "dotted":
            parts = re.split("[.．]", match.group(1))
            return Marker(f"dotted{len(parts)}", to_int(parts[-1]), rest, match.group(1))
        return Marker(style, to_int(match.group(1)), rest, match.group(0).strip())
    return None


def _split_parts(number: str) -> list[str]:
    """「Ⅲ−１−(1)」 → 「Ⅲ」「１」「1」: the parts of a compound number, without their brackets."""
    return [part.strip("(（)）") for part in re.split(f"[{_DASH}]", number)]


# A bare kana or digit (「ア」「3」) alone on a line is as likely a cell or a page number as a heading's number.
_NOT_BARE = ("appendix", "kana", "digit-space")


# What a list label set apart from its text by a tab may be besides a marker of its own: a bare number
# (「１」「12」), a kanji numeral (「一」) or a katakana (「ア」) — Word's automatic numbers as LibreOffice prints them.
_BARE_LABEL = re.compile(rf"^(?:[{_DIGITS}]{{1,2}}|[一二三四五六七八九十]{{1,3}}|[{_KATAKANA}])$")


def list_label(text: str) -> str | None:
    """The label, when `text` alone is what a numbered list draws before its text: a heading's number
    (`bare_marker`), or a bare number, kanji numeral or katakana (a tab, not a period, after it)."""
    stripped = text.strip()
    return bare_marker(stripped) or (stripped if _BARE_LABEL.match(stripped) else None)


def bare_marker(text: str) -> str | None:
    """The number, when `text` is a heading's number and nothing else (「施策 3-4」「(1)」「第2章」「Ⅲ−１−(1)」):
    LibreOffice prints a numbered heading's label on a line of its own when the title does not fit beside it,
    and a list label is a cell apart from its text; the title that follows belongs to it."""
    stripped = text.strip()
    if re.fullmatch(rf"[{_DIGITS}]{{1,2}}(?:[.．][{_DIGITS}]{{1,2}})+", stripped):
        return stripped  # 「1.1」「1.1.1」: a decimal outline's number, its title in the next cell
    lead = _normalised_lead(stripped)
    for style, pattern in _PATTERNS:
        match = pattern.match(lead)
        if match is not None and style not in _NOT_BARE and match.end() == len(lead):
            return stripped
    return None


def is_level_label(title: str) -> bool:
    """A title that is only the name of a level (「基本方針」, 「基本施策」): a section heading, not a policy's name."""
    core = re.sub(r"[\s　]", "", title)
    return core in LEVEL_LABELS or core in {"施策体系", "施策の体系", "施策の展開", "具体的な施策", "具体的な取組", "取組", "主な取組"}
