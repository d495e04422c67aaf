"""The terminal: rich consoles for stdout and stderr, and text that wraps without breaking what people copy.

A console never wraps a line by itself (`soft_wrap`): `dxcheck lint` prints one finding a line, as
compilers do. What a person reads — table cells, headings, guidance — is `Wrapped`: it wraps to the
width it is given and is never cut short. Japanese breaks between phrases (BudouX finds them), other
text at spaces; never inside an id (dx/standardization), a line reference (:12, p.12) or a number,
never before a closing bracket or punctuation, never after an opening bracket (kinsoku).

A plan's text and a file's name reach the terminal as text, never as commands to it: an ESC in a
plan (`name: "恵庭\\x1b市"`) is printed as `\\x1b`, not obeyed (dxcheck.model.findings.visible). rich's
own colours are control segments and pass untouched.
"""

from __future__ import annotations

import errno
import os
import sys
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from copy import copy
from dataclasses import replace
from functools import lru_cache
from typing import TextIO

from rich.cells import cell_len, get_character_cell_size
from rich.console import Console, ConsoleOptions, ConsoleRenderable, RenderableType, RenderHook, RenderResult
from rich.measure import Measurement
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

from dxcheck.model.findings import visible


def make_console(*, stderr: bool = False, color: bool | None = None, file: TextIO | None = None) -> Console:
    """A console that colours only a terminal (and honours NO_COLOR), never wraps lines; on `file`, or
    else on the process's stdout (stderr)."""
    stream = file if file is not None else (sys.stderr if stderr else sys.stdout)
    console = _Console(
        file=stream,
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=True,
        force_terminal=color if color else None,
        no_color=(color is False) or None,
    )
    show_controls(console)
    return console


class _Console(Console):
    def on_broken_pipe(self) -> None:
        """The reader has gone (`dxcheck audit … | head`). rich would exit 1 here, as if the plan had
        failed; the BrokenPipeError goes to the writer instead (dxcheck.report.output.writing_stdout),
        and the exit code stays the plan's."""
        raise BrokenPipeError(errno.EPIPE, os.strerror(errno.EPIPE))


def show_controls(console: Console) -> None:
    """Make `console` print control characters in what it renders as escapes."""
    console.push_render_hook(_ShowControls())


class _ShowControls(RenderHook):
    """A rich render hook: every renderable is drawn through `_Visible`."""

    def process_renderables(self, renderables: list[ConsoleRenderable]) -> list[ConsoleRenderable]:
        return [_Visible(r) for r in renderables]


class _Visible:
    def __init__(self, renderable: RenderableType) -> None:
        self.renderable = renderable

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield from _escaped(console.render(self.renderable, options))


def _escaped(segments: Iterable[Segment]) -> Iterator[Segment]:
    for segment in segments:
        if segment.control:
            yield segment
        else:
            text = visible(segment.text)
            yield segment if text is segment.text else Segment(text, segment.style, segment.control)


# JIS X 4051's 行頭禁則 (closing brackets, punctuation, iteration marks, prolonged sound and small
# kana), and their ASCII kin, so that 「…対策」:81 never starts a line with 」 or :81.
_NO_LINE_START = frozenset(
    "」』）)]］｝}】〕〉》〙〗、。，．,.:;：；!?！？・ー…‥々ゝゞヽヾ〜～ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ%％"
)
# 行末禁則: opening brackets never end a line.
_NO_LINE_END = frozenset("「『（([［｛{【〔〈《〘〖")


def _is_word(char: str) -> bool:
    """Part of an id, a number, a path or an English word: printable ASCII and full-width letters and digits."""
    return (char.isascii() and not char.isspace()) or "\uff10" <= char <= "\uff5a"


def _may_break(text: str, i: int) -> bool:
    """Whether a line may start at text[i] (0 < i < len(text))."""
    before, after = text[i - 1], text[i]
    if after.isspace():
        return False  # break after the spaces, which the line's end then drops
    if before.isspace():
        return True
    if _is_word(before) and _is_word(after):
        return before == "|"  # a list of choices, [table|json|…], breaks after a bar; an id never
    return after not in _NO_LINE_START and before not in _NO_LINE_END


# The narrowest a column of Japanese text asks to be, in cells: a short phrase (情報システムの, 第15条第1項).
JAPANESE_MINIMUM = 12


def _has_japanese(text: str) -> bool:
    return any(ord(char) >= 0x2E80 for char in text)


@lru_cache(maxsize=4096)
def _breaks(text: str) -> tuple[int, ...]:
    """Every position where a line may start: the last resort, inside a phrase too long for the width."""
    return tuple(i for i in range(1, len(text)) if _may_break(text, i))


@lru_cache(maxsize=1)
def _japanese_parser():  # type: ignore[no-untyped-def]
    # Imported here, not above: only text too wide for its cell needs it (12 ms to import, 5 to load).
    import budoux

    return budoux.load_default_japanese_parser()


@lru_cache(maxsize=4096)
def _phrase_breaks(text: str) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """Where a line should start: after spaces and between Japanese phrases (BudouX) — first without,
    then with the break between a measure's id and the title it names (2-1「自治体…」), then also
    after punctuation inside a phrase."""
    starts = {i for i in range(1, len(text)) if text[i - 1].isspace()}
    if _has_japanese(text):
        position = 0
        for phrase in _japanese_parser().parse(text)[:-1]:
            position += len(phrase)
            starts.add(position)
    allowed = set(_breaks(text))
    starts &= allowed
    named = {i for i in starts if text[i] in _NO_LINE_END and _is_word(text[i - 1])}
    # inside a phrase too long for the line (「働き方改革・学び改革・暮らし改革」), after its punctuation
    punctuated = {i for i in allowed if text[i - 1] in "、。・，．"}
    return tuple(sorted(starts - named)), tuple(sorted(starts)), tuple(sorted(starts | punctuated))


def _cells(text: str) -> list[int]:
    """prefix[i] is the width, in terminal cells, of text[:i]."""
    prefix = [0]
    for char in text:
        prefix.append(prefix[-1] + get_character_cell_size(char))
    return prefix


def line_starts(text: str, width: int, *, fold: bool = True) -> list[int]:
    """Where each line after the first begins when `text` (one paragraph) is wrapped to `width` cells.

    Each line is filled with as many whole phrases as fit; a phrase wider than the line is broken
    where kinsoku allows. A word wider than the line (a long path) is broken character by character
    in a table's cell (`fold`); elsewhere it stays whole on a line of its own, wider than the terminal,
    which then wraps it for the eye and joins it again for the clipboard.
    """
    prefix = _cells(text)

    def fits(start: int, end: int) -> bool:
        while end > start and text[end - 1].isspace():
            end -= 1
        return prefix[end] - prefix[start] <= width

    starts: list[int] = []
    start = 0
    if fits(start, len(text)):
        return starts
    phrases, named, punctuated = _phrase_breaks(text)
    anywhere = _breaks(text)
    while not fits(start, len(text)):
        end, lead = 0, start
        while text[lead].isspace():  # an indentation is not a line of its own
            lead += 1
        for candidates in (phrases, named, punctuated, anywhere):
            for position in candidates[bisect_right(candidates, lead) :]:
                if not fits(start, position):
                    break
                end = position
            if end:
                break
        if not end and not fold:
            end = next((b for b in anywhere if b > lead), len(text))
            if end == len(text):
                break
        elif not end:  # nothing breakable fits: fold, at least one character a line
            end = start + 1
            while end < len(text) and fits(start, end + 1):
                end += 1
            while end < len(text) and text[end].isspace():
                end += 1
        starts.append(end)
        start = end
    return starts


def _longest_unbreakable(text: str) -> int:
    """The width of the widest piece of `text` that no line break may divide."""
    prefix, longest, start = _cells(text), 0, 0
    for end in (*_breaks(text), len(text)):
        stop = end
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        longest = max(longest, prefix[stop] - prefix[start])
        start = end
    return longest


class Wrapped:
    """Text that wraps to the width it is given (a table's cell, the terminal) and is never cut short.

    `indent` indents the lines after the first (a finding's message under its location). Outside a
    table, `fold=False` keeps a word wider than the terminal (a long path) whole.
    """

    def __init__(self, text: Text | str, *, style: str = "", indent: int = 0, fold: bool = True) -> None:
        self.text = text if isinstance(text, Text) else Text(text, style=style)
        self.indent, self.fold = indent, fold

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        paragraphs = self.text.plain.split("\n")
        widest = max(cell_len(p.rstrip()) for p in paragraphs)
        unbreakable = max(_longest_unbreakable(p) for p in paragraphs) + self.indent
        if _has_japanese(self.text.plain):
            # Japanese may break almost anywhere, but a column of two characters reads badly: ask for
            # room for a short phrase (finding the real phrases here would cost BudouX on every cell)
            unbreakable = max(unbreakable, JAPANESE_MINIMUM)
        return Measurement(min(widest, unbreakable), widest)

    def lines(self, width: int) -> list[Text]:
        """The lines of the text wrapped to `width` cells."""
        lines: list[Text] = []
        width = max(width, 1)
        for paragraph in self.text.split("\n", allow_blank=True):
            plain = paragraph.plain
            # a paragraph indented deeper than `indent` (a quoted sentence) keeps its own indentation
            indent = max(self.indent, len(plain) - len(plain.lstrip(" "))) if self.indent else 0
            starts = self._indented_starts(plain, width, indent) if indent else line_starts(plain, width, fold=self.fold)
            for n, line in enumerate(paragraph.divide(starts)):
                line.rstrip()
                if n:
                    line.pad_left(indent)
                lines.append(line)
        return lines

    def _indented_starts(self, plain: str, width: int, indent: int) -> list[int]:
        """Line starts when every line after the first is `indent` narrower."""
        first = line_starts(plain, width, fold=self.fold)
        if not first:
            return first
        narrower = max(width - indent, 1)
        rest = line_starts(plain[first[0] :], narrower, fold=self.fold)
        return [first[0], *(first[0] + start for start in rest)]

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        lines = self.lines(options.max_width)
        for n, line in enumerate(lines):
            if n:
                yield Segment.line()
            yield from line.render(console)
        yield Segment.line()


class Balanced:
    """A table whose columns share the width so that, when the width allows it, no cell is narrower
    than its widest unbreakable piece (an id, a word, a number).

    rich shrinks the widest columns first, whatever they hold, and then folds an id in two; here
    every column keeps its minimum and the room left is shared in proportion to what each could use.
    """

    def __init__(self, table: Table) -> None:
        self.table = table

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self.table)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        table = self.table
        columns = table.columns
        _, right, _, left = table.padding
        paddings = [left + right for _ in columns]
        if columns and not table.pad_edge:
            paddings[0] -= left
            paddings[-1] -= right
        edges = (len(columns) + 1 if table.show_edge else max(len(columns) - 1, 0)) if table.box else 0
        minimums, maximums = [], []
        for column, padding in zip(columns, paddings, strict=True):
            cells = [column.header, *column.cells] if table.show_header else list(column.cells)
            measured = [Measurement.get(console, options, cell) for cell in cells] or [Measurement(1, 1)]
            widest = max(m.maximum for m in measured)
            minimums.append((widest if column.no_wrap else max(m.minimum for m in measured)) + padding)
            maximums.append(widest + padding)
        wraps, weights = [not c.no_wrap for c in columns], [c.ratio or 1 for c in columns]
        widths = _share(minimums, maximums, wraps, weights, options.max_width - edges)
        fitted = copy(table)
        fitted.columns = [replace(c, width=max(w - p, 1)) for c, w, p in zip(columns, widths, paddings, strict=True)]
        yield fitted


def _share(minimums: list[int], maximums: list[int], wraps: list[bool], weights: list[int], available: int) -> list[int]:
    """Column widths: each its maximum when all fit; else its minimum and a share of the rest in
    proportion to what it could still use (times the column's ratio, if it has one). When not even the minimums fit, the widest column that
    wraps gives way (its words fold), and only then one that does not (its ids are cut)."""
    if sum(maximums) <= available:
        return list(maximums)
    if sum(minimums) >= available:
        widths = list(minimums)
        while sum(widths) > available and max(widths) > 1:
            candidates = [i for i, w in enumerate(widths) if wraps[i] and w > 1] or range(len(widths))
            widest = max(candidates, key=lambda i: (widths[i], -i))
            widths[widest] -= 1
        return widths
    room = available - sum(minimums)
    wants = [(hi - lo) * weight for lo, hi, weight in zip(minimums, maximums, weights, strict=True)]
    total = sum(wants)
    shares = [min(room * want // total, hi - lo) for want, lo, hi in zip(wants, minimums, maximums, strict=True)]
    # what rounding down (or a column's maximum) left over goes to the columns that can still use it,
    # those that lost most to rounding first, leftmost first: the same widths every run
    order = sorted(range(len(wants)), key=lambda i: (-(room * wants[i] % total), i))
    left_over = room - sum(shares)
    while left_over > 0 and any(minimums[i] + shares[i] < maximums[i] for i in order):
        for i in order:
            if left_over and minimums[i] + shares[i] < maximums[i]:
                shares[i] += 1
                left_over -= 1
    return [lo + share for lo, share in zip(minimums, shares, strict=True)]
