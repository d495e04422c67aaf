"""`dxcheck compare` in the terminal: towns × items with status symbols, scores, procedures."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import Literal, overload

from rich import box
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.segment import Segment
from rich.style import Style
from rich.table import Table
from rich.text import Text

from dxcheck.model.findings import visible
from dxcheck.model.results import AuditResult, Audits
from dxcheck.model.town import Shape, TownRow, town_row
from dxcheck.report import Drawn, ReportContext
from dxcheck.report.audit_table import STYLE
from dxcheck.report.console import Balanced, Wrapped
from dxcheck.report.editions import user_framework_lines
from dxcheck.report.heading import marks_legend, name_counts, town_name
from dxcheck.report.matrix import ABSENT, ABSENT_LEGEND, SYMBOL, Column, columns, framework_ids, row_score_cell, score_text

Cell = tuple[str, str | None]  # text, style
Justify = Literal["left", "center", "right"]


def towns_of(audits: Sequence[AuditResult | TownRow]) -> list[TownRow]:
    """Each town as its row of the matrix (compare makes them where it audits; an audit is turned into one here)."""
    shapes: dict[tuple[str, str, str | None], Shape] = {}
    return [a if isinstance(a, TownRow) else town_row(a, shapes) for a in audits]


def _editions(town: TownRow) -> str:
    """`dx@2.3` for every framework chosen among several editions (dxcheck.report.editions.editions_of)."""
    return " ".join(f"{f.id}@{f.edition}" for f in town.frameworks if f.selected_by is not None and f.selected_by != "only")


def matrix_cells(audits: Sequence[AuditResult | TownRow], lang: str) -> tuple[str, list[str], list[Justify], Sequence[list[Cell]]]:
    """The title, the header, each column's justification, and a row of cells per town.

    The terminal shows the required items in narrow columns so that 80 columns suffice; the optional
    items and the codes are in every export (CSV, Excel, HTML, Markdown). The rows are a list for a
    country's worth of towns; past that (dxcheck.files.spill) they are made again each time they are
    read, so that no list of them is held.
    """
    en = lang == "en"
    towns: Sequence[TownRow] = audits if all(isinstance(a, TownRow) for a in audits[:1]) else towns_of(audits)  # type: ignore[assignment]
    cols = [c for c in columns(towns) if c.required]
    frameworks = framework_ids(towns)
    # Which edition each town was audited with, when the towns differ (or one was chosen among several).
    with_editions = len({_editions(t) for t in towns}) > 1
    header = ["town" if en else "自治体", *(["edition" if en else "版"] if with_editions else []), *(c.code for c in cols)]
    header += [{"kanmin": "官民", "dx": "DX", "procedures": "手続"}.get(f, f) if not en else f[:4] for f in frameworks]
    header += ["all" if en else "総合", "done/plan" if en else "済/予定"]
    centred: list[Justify] = ["center"] * len(cols)
    right: list[Justify] = ["right"] * (len(frameworks) + 2)
    edition_column: list[Justify] = ["left"] if with_editions else []
    justify: list[Justify] = ["left", *edition_column, *centred, *right]
    rows = _Rows(towns, cols, frameworks, name_counts(towns), with_editions, lang)
    title = "Comparison" if en else "自治体の比較"
    shown = _editions(towns[0]) if towns else ""
    if not with_editions and shown:
        title += f" ({shown})" if en else f"（{shown}）"  # every town audited with the same edition
    return title, header, justify, rows if getattr(towns, "spilled", False) else list(rows)


class _Rows(Sequence[list[Cell]]):
    """The matrix's rows, each made when it is read."""

    def __init__(
        self, towns: Sequence[TownRow], cols: list[Column], frameworks: list[str], names: Counter[str], with_editions: bool, lang: str
    ):
        self.towns, self.cols, self.frameworks, self.names, self.with_editions, self.lang = (
            towns,
            cols,
            frameworks,
            names,
            with_editions,
            lang,
        )

    def __len__(self) -> int:
        return len(self.towns)

    @overload
    def __getitem__(self, index: int) -> list[Cell]: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[list[Cell]]: ...
    def __getitem__(self, index: int | slice) -> list[Cell] | Sequence[list[Cell]]:
        if isinstance(index, slice):
            return [self._row(town) for town in self.towns[index]]
        return self._row(self.towns[index])

    def __iter__(self) -> Iterator[list[Cell]]:
        return (self._row(town) for town in self.towns)

    def _row(self, town: TownRow) -> list[Cell]:
        statuses = {k: v for f in town.frameworks for k, v in f.status_of().items()}
        cells: list[Cell] = [(visible(town_name(town, self.names), breaks=True), None)]
        if self.with_editions:
            cells.append((_editions(town) or "—", None))
        for col in self.cols:
            status = statuses.get(col.id)
            cells.append((SYMBOL[status], STYLE[status]) if status else (ABSENT, "dim"))
        for framework in self.frameworks:
            value = row_score_cell(town, framework, self.lang)
            cells.append(("—" if value is None else value if isinstance(value, str) else f"{value:g}", None))
        cells += [(score_text(town.overall_score, self.lang), "bold"), (f"{town.online}/{town.planned}", None)]
        return cells


def render_audits(audits: Audits, context: ReportContext) -> Drawn:
    """The matrix, the legend of the symbols and of the column codes."""
    towns: Sequence[TownRow] = audits.towns or towns_of(audits.audits)  # type: ignore[assignment]  # compare's rows
    en = context.lang == "en"
    cols = [c for c in columns(towns) if c.required]
    title, header, justify, rows = matrix_cells(towns, context.lang)
    legend = Table(show_header=False, box=None, padding=(0, 1))
    legend.add_column(no_wrap=True)
    legend.add_column(no_wrap=True)  # the code and the id whole; the title wraps
    legend.add_column()
    for col in cols:
        legend.add_row(
            col.code,
            col.id,
            Wrapped((col.title_en if en else col.title) + ("" if col.required else (" (not required)" if en else "（任意）"))),
        )
    symbols = Wrapped(
        ("● covered ◐ partial ○ missing − exempt" + (f" {ABSENT} {ABSENT_LEGEND['en']}" if mixed_editions(towns) else ""))
        + "   scores 0-100 (kanm, dx, proc: each framework's; all: overall, proc in it only with --require-procedures); done/plan: procedures online / planned of 53"
        if en
        else ("● 取組あり ◐ 一部 ○ なし − 除外" + (f" {ABSENT} {ABSENT_LEGEND['ja']}" if mixed_editions(towns) else ""))
        + "   スコアは 0〜100（官民: 官民データ活用推進基本法、DX: 自治体DX推進計画、手続: 優先手続、総合: その平均、手続は --require-procedures のときだけ）、"
        "済/予定: 優先手続53のうちオンライン済・予定の数",
        style="dim",
    )
    errors = marks_legend(towns, context.lang)
    lead = len(header) - len(cols) - len(framework_ids(towns)) - 2  # the town, and the edition when shown
    items = list(range(lead, lead + len(cols)))
    rest = [*range(1, lead), *range(lead + len(cols), len(header))]  # the edition and the scores
    fitted = Fitted(title, header, justify, rows, parts=(items, rest), en=en)
    users = [Wrapped(line, style="yellow") for line in user_framework_lines(towns, context.lang)]
    return Drawn([fitted, symbols, *users, *([Wrapped(errors, style="yellow")] if errors else []), Balanced(legend)])


def mixed_editions(towns: Sequence[TownRow]) -> bool:
    """Whether towns were audited with different editions (some cells are then · not in the edition)."""
    return len({_editions(t) for t in towns}) > 1


class Fitted:
    """The matrix drawn line by line when it fits the width it is given. When it does not (80 columns,
    towns audited with two editions: 18 item columns and the edition), it is drawn in blocks that do —
    the items, then the edition and the scores, each block with the towns' names, more blocks when the
    terminal is narrower still — so that no number and no header is cut. rich's Table, which shrinks
    and crops the columns, only when not even a town and one column fit."""

    # printed in parts by dxcheck.report.output: rich holds all that one print draws until it ends
    long = True

    def __init__(
        self,
        title: str,
        header: list[str],
        justify: list[Justify],
        rows: Sequence[list[Cell]],
        parts: tuple[list[int], ...] = (),
        *,
        en: bool = False,
    ) -> None:
        self.fast = matrix(title, header, justify, rows)
        self.title, self.header, self.justify, self.rows = title, header, justify, rows
        self.parts = parts or (list(range(1, len(header))),)
        self.en = en

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if self.fast.width <= options.max_width:
            yield self.fast
            return
        blocks = self.blocks(options.max_width)
        if blocks is None:
            yield table(self.title, self.header, self.justify, self.rows)
            return
        for n, block in enumerate(blocks, 1):
            chosen = [0, *block]
            title = f"{self.title} ({n}/{len(blocks)})" if self.en else f"{self.title}（{n}/{len(blocks)}）"
            yield Matrix(
                title,
                [self.header[i] for i in chosen],
                [self.justify[i] for i in chosen],
                _Picked(self.rows, chosen),
                [self.fast.widths[i] for i in chosen],
            )

    def blocks(self, width: int) -> list[list[int]] | None:
        """The columns of each block (the town's is added to each), packed in order within each part;
        None when a column does not fit beside the towns' names."""
        widths = self.fast.widths
        base = widths[0] + 2  # the town's column and the two edges
        out: list[list[int]] = []
        for part in self.parts:
            current: list[int] = []
            used = base
            for index in part:
                need = widths[index] + 1
                if base + need > width:
                    return None
                if current and used + need > width:
                    out.append(current)
                    current, used = [], base
                current.append(index)
                used += need
            if current:
                out.append(current)
        return out


class _Picked(Iterable[list[Cell]]):
    """The cells of `chosen` columns of each row, as the rows are read (read again on each reading)."""

    def __init__(self, rows: Iterable[list[Cell]], chosen: list[int]) -> None:
        self.rows, self.chosen = rows, chosen

    def __iter__(self) -> Iterator[list[Cell]]:
        chosen = self.chosen
        return ([cells[i] for i in chosen] for cells in self.rows)


def table(title: str, header: list[str], justify: list[Justify], rows: Iterable[list[Cell]]) -> Table:
    """The matrix as a rich Table."""
    grid = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, padding=(0, 0), pad_edge=False)
    for name, side in zip(header, justify, strict=True):
        grid.add_column(name, justify=side, no_wrap=True)
    for cells in rows:
        grid.add_row(*(Text(text, style=style or "") for text, style in cells))
    return grid


def matrix(title: str, header: list[str], justify: list[Justify], rows: Sequence[list[Cell]]) -> Matrix:
    """The matrix drawn line by line; `.width` says whether it fits the terminal."""
    if isinstance(rows, list):
        widths = [max(cell_len(text) for text in column) for column in zip(header, *([t for t, _ in r] for r in rows), strict=True)]
    else:  # rows made as they are read (dxcheck.files.spill): one reading for the widths, not a list of them
        widths = [cell_len(text) for text in header]
        for cells in rows:
            for index, (text, _) in enumerate(cells):
                width = cell_len(text)
                if width > widths[index]:
                    widths[index] = width
    return Matrix(title, header, justify, rows, widths)


class Matrix:
    """The same table as `table()` (rich's SIMPLE_HEAD box, no padding), drawn line by line: rich's
    Table renders every cell on its own, which for 1,741 towns × 19 columns took 1.5 s, and this
    0.14 s. tests/test_terminal.py checks that the two print the same bytes."""

    def __init__(self, title: str, header: list[str], justify: list[Justify], rows: Iterable[list[Cell]], widths: list[int]) -> None:
        self.title, self.header, self.justify, self.rows, self.widths = title, header, justify, rows, widths
        self.width = sum(widths) + len(widths) + 1

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = self.width
        yield from console.render(Text(self.title, style="table.title", justify="left", end=""), options.update(width=width))
        yield Segment.line()
        blank, line, space = Segment(" " * width), Segment.line(), Segment(" ")
        yield blank
        yield line
        header_style = console.get_style("table.header")
        yield space
        for index, text in enumerate(self.header):
            if index:
                yield space
            yield Segment(self._fit(text, index), header_style)
        yield space
        yield line
        yield Segment(" " + "─" * (width - 2) + " ")
        yield line
        styles: dict[str, Style] = {}
        for cells in self.rows:
            yield space
            for index, (text, style) in enumerate(cells):
                if index:
                    yield space
                if style is None:
                    yield Segment(self._fit(text, index))
                    continue
                if style not in styles:
                    styles[style] = console.get_style(style)
                yield Segment(self._fit(text, index), styles[style])  # the padding too, as rich styles a cell
            yield space
            yield line
        yield blank
        yield line

    def _fit(self, text: str, index: int) -> str:
        excess = self.widths[index] - cell_len(text)
        side = self.justify[index]
        left = 0 if side == "left" else excess if side == "right" else excess // 2
        return " " * left + text + " " * (excess - left)
