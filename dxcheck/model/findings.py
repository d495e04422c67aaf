"""Findings: what a check says about a plan, where, and what to do about it.

A check makes a `Finding` with the JSON path of the value it is about, its message in both
languages and, where there is one, a suggestion (「もしかして…」, the command that fixes it) kept
apart from the message. The line and column are filled in later, only when there is a finding to
report (`dxcheck.files.source.PositionIndex`). Reporters choose the language; nothing before them does.
The rules that make findings, each with a stable code, are in `dxcheck.model.rules`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import lru_cache
from typing import Annotated, Literal

from pydantic import ConfigDict, Field

from dxcheck.model.message import Message as Message  # where it is defined, light; imported from here by most

JsonPath = tuple[str | int, ...]

# What no report can show as it is: control characters but tab and newline (a terminal obeys them,
# XML 1.0 and Excel cannot hold them), lone surrogates (a file name that is not UTF-8, read with
# surrogateescape) and the two non-characters XML forbids; and what would change what is shown
# without being seen: the bidirectional embeddings, overrides and isolates (U+202A–202E,
# U+2066–2069, and the marks U+200E, U+200F, U+061C), which reorder the text after them, and the
# zero-width characters (U+200B–200D, U+2060, U+FEFF) and the letters that draw nothing (the Hangul
# fillers U+3164, U+FFA0, U+115F, U+1160; Khmer U+17B4, U+17B5; the braille blank U+2800, the Mongolian
# vowel separator U+180E, the combining grapheme joiner U+034F, the invisible operators U+2061–2064 and the
# interlinear annotation marks U+FFF9–FFFB, the soft hyphen U+00AD, drawn only where a line is broken), which
# make two names look the same (DX412). The variation selectors (U+FE0F …) are not among them: Japanese text
# uses them (異体字, 絵文字の表示).
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\xad\ud800-\udfff\ufffe\uffff\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\u3164\uffa0\u115f\u1160\u17b4\u17b5\u034f\u180e\u2061-\u2064\u2800\ufff9-\ufffb]"
)
# With `breaks`: also the line breaks, where one line is expected (a name, a title, a finding's line).
_INVISIBLE_OR_BREAK = re.compile(f"{_INVISIBLE.pattern}|[\n\u2028\u2029]")
_BREAKS = {"\n": "\\n"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if char in _BREAKS:
        return _BREAKS[char]
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a name that is not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def visible(text: str, *, breaks: bool = False) -> str:
    """`text` with every character a report cannot hold, or that would change what is shown without
    being seen, written as an escape: ESC as `\\x1b`, a byte of a non-UTF-8 file name as `\\x8c`, a
    right-to-left override as `\\u202e`, a zero-width space as `\\u200b`. `breaks`: the text is one
    line (a name, a title), so a line break is written `\\n` (`\\u2028`) too — it cannot start
    a line of its own (a fake 「判定: 合格」). Text without such characters is returned as it is."""
    pattern = _INVISIBLE_OR_BREAK if breaks else _INVISIBLE
    return pattern.sub(_escape, text) if pattern.search(text) else text


def display_name(path: str | os.PathLike[str]) -> str:
    """The name a file is shown under: its path, with what is not UTF-8 or not printable escaped
    (a CP932 name from a Windows zip: `\\x8c\\xb3.yaml`)."""
    return visible(os.fspath(path))


class Severity(StrEnum):
    """How much a finding matters: an error fails lint; a warning or info does not."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


_SEVERITY_WORDS = {
    "ja": {"error": "エラー", "warning": "警告", "info": "情報"},
    "en": {"error": "error", "warning": "warning", "info": "info"},
}


def severity_word(severity: str, lang: str) -> str:
    """The severity as a reader of `lang` reads it: 「エラー」「警告」「情報」 in Japanese output, error /
    warning / info in English (machine formats keep the English values)."""
    return _SEVERITY_WORDS["en" if lang == "en" else "ja"][severity]


def with_suggestion(message: Message, suggestion: Message | None, lang: str) -> str:
    """The message as read, with the suggestion after it in brackets."""
    text = message.text(lang)
    if suggestion is None:
        return text
    return f"{text} ({suggestion.en})" if lang == "en" else f"{text}（{suggestion.ja}）"


@dataclass(frozen=True)
class Finding:
    """One thing wrong with (or worth knowing about) a plan, with where it is."""

    code: str
    severity: Severity
    message: Message
    file: str
    path: JsonPath = ()
    at_key: bool = False
    line: int | None = None
    column: int | None = None
    suggestion: Message | None = None
    page: int | None = None  # in a PDF or Word document, where there are no lines
    paragraph: int | None = None  # in a Word document without pages: the paragraph's number

    def text(self, lang: str) -> str:
        """The message in `lang` ("ja" or "en"), with the suggestion."""
        return with_suggestion(self.message, self.suggestion, lang)

    def failing(self) -> Finding:
        """A copy that is an error: the finding reports something that fails the audit's bar (dxcheck.model.gate)."""
        return replace(self, severity=Severity.ERROR)

    def located(self, line: int | None, column: int | None, page: int | None = None, paragraph: int | None = None) -> Finding:
        """A copy with a position."""
        # Made field by field: dataclasses.replace looks the fields up again for every finding of every plan.
        return Finding(
            code=self.code,
            severity=self.severity,
            message=self.message,
            file=self.file,
            path=self.path,
            at_key=self.at_key,
            line=line,
            column=column,
            suggestion=self.suggestion,
            page=page,
            paragraph=paragraph,
        )

    @property
    def pointer(self) -> str:
        """The JSON Pointer (RFC 6901) of the value the finding is about."""
        return pointer(self.path)

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.file, self.line or 0, self.column or 0, self.code)


@lru_cache(maxsize=16384)
def pointer(path: JsonPath) -> str:
    """The JSON Pointer (RFC 6901) of a path (the same few thousand paths recur in every plan: each
    is written once per process)."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


def path_of(pointer_text: str) -> JsonPath:
    """The path of a JSON Pointer: the inverse of `pointer`."""
    parts: list[str | int] = []
    for raw in pointer_text.split("/")[1:]:
        part = raw.replace("~1", "/").replace("~0", "~")
        parts.append(int(part) if part.isdigit() else part)
    return tuple(parts)


@dataclass(slots=True, kw_only=True)
class Location:
    """Where in the plan file: 1-based line and column, and the JSON Pointer of the value."""

    __pydantic_config__ = ConfigDict(extra="forbid")

    file: str
    line: int | None = None
    column: int | None = None
    pointer: str = ""
    page: Annotated[int | None, Field(description="The page of a PDF or Word document the plan was read from.")] = None
    paragraph: Annotated[
        int | None,
        Field(
            description="In a Word document without pages (one that Word never laid out), the number of the paragraph, counted from the first, where the measure or policy begins."
        ),
    ] = None

    def where(self) -> str:
        """`plan.yaml:12:5` (a YAML file or a text), `計画.pdf p.12` (a PDF or Word document), or the file."""
        if self.line is not None:
            return f"{self.file}:{self.line}:{self.column or 1}"
        if self.page is not None:
            return f"{self.file} p.{self.page}"
        return f"{self.file} ¶{self.paragraph}" if self.paragraph is not None else self.file

    def mark(self) -> str:
        """What follows a title to say where it is: `:12` or ` p.12` (nothing if neither is known)."""
        if self.line is not None:
            return f":{self.line}"
        if self.page is not None:
            return f" p.{self.page}"
        return f" ¶{self.paragraph}" if self.paragraph is not None else ""


@dataclass(slots=True, kw_only=True)
class FindingOut:
    """A located finding as the reports see it: both languages, the suggestion read into the message."""

    __pydantic_config__ = ConfigDict(extra="forbid")

    code: str
    severity: Literal["error", "warning", "info"]
    message_ja: str
    message_en: str
    suggestion_ja: Annotated[str | None, Field(description="What to do, when the rule knows (もしかして…, the command that fixes it).")] = (
        None
    )
    suggestion_en: str | None = None
    location: Location

    def message(self, lang: str) -> str:
        return self.message_en if lang == "en" else self.message_ja


def finding_out(finding: Finding) -> FindingOut:
    """The output form of a (located) finding."""
    return FindingOut(
        code=finding.code,
        severity=finding.severity.value,
        message_ja=finding.text("ja"),
        message_en=finding.text("en"),
        suggestion_ja=finding.suggestion.ja if finding.suggestion else None,
        suggestion_en=finding.suggestion.en if finding.suggestion else None,
        location=Location(
            file=finding.file,
            line=finding.line,
            column=finding.column,
            pointer=finding.pointer,
            page=finding.page,
            paragraph=finding.paragraph,
        ),
    )


def count_by_severity(severities: Sequence[str] | Sequence[Severity]) -> dict[Severity, int]:
    """How many findings of each severity."""
    counts = dict.fromkeys(Severity, 0)
    for severity in severities:
        counts[Severity(severity)] += 1
    return counts
