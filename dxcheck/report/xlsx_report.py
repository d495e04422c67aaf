"""Excel: a matrix sheet with colour-coded cells, 判定 and 不合格の理由, filters, frozen headers, a link
from each town to its sheet, widths that fit Japanese text and a print setup (A4 landscape, fit to
the page's width, the header rows on every page); and one sheet per town with its verdict, items,
evidence and findings. Same input, same bytes.

The matrix is 「比較」 for a comparison and 「概要」 (Summary) for the audit of one plan.

Written with openpyxl's write-only mode: each sheet goes to a temporary file as it is made and is
closed before the next, so the workbook's memory does not grow with the number of towns (1,741
towns in the normal mode: 863 MiB and 42 s, most of it openpyxl's cells and its hashing of each
cell's style objects). Widths are measured from the values before a sheet's rows are written, and
each combination of styles is registered with the workbook once (`_Styles`)."""

from __future__ import annotations

import contextlib
import io
import os
import re
import unicodedata
import zipfile
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.hyperlink import Hyperlink

from dxcheck.model.findings import severity_word, visible
from dxcheck.model.results import AuditResult, Audits
from dxcheck.report import ReportContext, ReportError
from dxcheck.report.editions import edition_lines, editions_of
from dxcheck.report.heading import name_counts, plan_heading, town_name
from dxcheck.report.matrix import (
    ABSENT,
    FILL,
    INK,
    LABEL,
    SYMBOL,
    columns,
    evidence_text,
    framework_ids,
    item,
    look,
    overall_cell,
    procedure_text,
    procedures_by_item,
    procedures_done,
    score_cell,
    score_text,
)
from dxcheck.report.paths import local_paths, without_local_paths
from dxcheck.report.verdict import head, joined, reasons, verdict

_FIXED_TIME = datetime(2020, 12, 25)  # document dates are not the report's content
_HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
_BOLD = Font(bold=True)
_WRAP = Alignment(wrap_text=True, vertical="top")
_CENTRE = Alignment(horizontal="center")
_LINK = Font(bold=True, color="0563C1", underline="single")
_PASS_FAIL = {True: Font(bold=True, color="1A7F37"), False: Font(bold=True, color="B00020")}
_A4 = "9"  # the paper size code of A4 in SpreadsheetML


def display_width(text: str) -> int:
    """Width in half-width cells: a Japanese (wide) character counts two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


class _Styles:
    """Each combination of font, fill and alignment registered with the workbook once; a cell then takes
    the registered combination as it is (openpyxl otherwise hashes every style object of every cell)."""

    def __init__(self, sheet: Any) -> None:
        self.sheet = sheet
        self.known: dict[tuple[int, int, int], Any] = {}

    def apply(self, cell: Any, font: Font | None = None, fill: PatternFill | None = None, alignment: Alignment | None = None) -> Any:
        key = (id(font), id(fill), id(alignment))
        style = self.known.get(key)
        if style is None:
            model = WriteOnlyCell(self.sheet)
            if font is not None:
                model.font = font
            if fill is not None:
                model.fill = fill
            if alignment is not None:
                model.alignment = alignment
            style = self.known[key] = model._style  # type: ignore[attr-defined]  # StyleableObject's slot
        cell._style = style.__copy__()
        return cell


_STATUS_FONTS = {status: Font(color=INK[status], bold=status == "missing") for status in FILL}
_STATUS_FILLS = {status: PatternFill("solid", fgColor=FILL[status]) for status in FILL}


class _Sheet:
    """A write-only sheet being made: rows of cells kept until the widths are measured, then written."""

    def __init__(self, book: Workbook, title: str, styles: _Styles) -> None:
        self.sheet = book.create_sheet(title)
        self.styles = styles
        self.rows: list[list[Any]] = []
        self.widths: dict[int, int] = {}

    def cell(
        self, value: str | float | None, font: Font | None = None, fill: PatternFill | None = None, alignment: Alignment | None = None
    ) -> Any:
        """A cell; text with a character a workbook cannot hold (a control character) is written with a
        visible escape (`\\x1b`) instead of failing the whole export. Text is always text: openpyxl takes a
        string that begins with `=` for a formula (a plan's name `=HYPERLINK(…)` would be one), so the
        cell's type is set back to a string."""
        cell = WriteOnlyCell(self.sheet, value=visible(value) if isinstance(value, str) else value)
        if isinstance(value, str):
            cell.data_type = "s"
        if font is not None or fill is not None or alignment is not None:
            self.styles.apply(cell, font, fill, alignment)
        return cell

    def status(self, status: str, lang: str) -> Any:
        """A status (a look: matrix.look) as its symbol and word, in its colours."""
        return self.cell(f"{SYMBOL[status]} {LABEL[lang][status]}", _STATUS_FONTS[status], _STATUS_FILLS[status], _CENTRE)

    def add(self, row: Sequence[Any]) -> None:
        cells = [c if c is None or isinstance(c, Cell) else self.cell(c) for c in row]
        for column, cell in enumerate(cells, 1):
            if cell is not None and cell.value is not None:
                longest = max(display_width(part) for part in str(cell.value).split("\n"))
                if longest > self.widths.get(column, 0):
                    self.widths[column] = longest
        self.rows.append(cells)

    def finish(
        self, *, minimum: int = 6, maximum: int = 60, wide: int | None = None, tall_row: int | None = None, titles: str | None = None
    ) -> None:
        """Widths (up to `maximum`, the column `wide` up to 60), print setup, the rows; then the sheet is
        closed (its temporary file stays until the save)."""
        sheet = self.sheet
        for column, width in self.widths.items():
            sheet.column_dimensions[get_column_letter(column)].width = max(minimum, min(60 if column == wide else maximum, width + 2))
        if tall_row is not None:
            sheet.row_dimensions[tall_row].height = 48
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = _A4
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0  # as many pages down as it takes
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        if titles is not None:
            sheet.print_title_rows = titles
        for row in self.rows:
            sheet.append(row)
        self.rows = []
        sheet.close()


def _sheet_title(name: str, used: set[str]) -> str:
    """A town's name as a sheet name Excel accepts: none of []:*?/\\ (each an underscore), at most 31
    characters with the number that tells two towns of one name apart, not beginning or ending with an
    apostrophe, not beginning with `=` (a formula's mark), not Excel's reserved `History`, and unique as
    Excel compares names (without regard to case). A name that breaks one of these is a workbook Excel
    repairs or refuses to open."""
    base = "".join("_" if ch in "[]:*?/\\" else ch for ch in visible(name, breaks=True)).strip() or "town"
    base = re.sub(r"^['=]", "_", base)
    if base.casefold() == "history":
        base += "_"
    title, n = re.sub(r"'$", "_", base[:31]), 2
    while title.casefold() in used:
        suffix = f"({n})"
        title, n = re.sub(r"'$", "_", base[: 31 - len(suffix)]) + suffix, n + 1
    used.add(title.casefold())
    return title


def render_audits(audits: Audits, context: ReportContext) -> bytes:
    files = [f for a in audits.audits for f in (a.file, *(finding.location.file for finding in a.findings))]
    single = audits.command == "audit" and len(audits.audits) == 1
    return render(audits.audits, context.lang, single=single, paths=local_paths(files, context.cwd))


def render(audits: list[AuditResult], lang: str, *, single: bool = False, paths: dict[str, str] | None = None) -> bytes:
    book = Workbook(write_only=True)
    made: list[Any] = []
    try:
        _write(book, audits, lang, single, made)
        book.properties.created = book.properties.modified = _FIXED_TIME
        book.properties.creator = "dxcheck"
        buffer = io.BytesIO()
        book.save(buffer)
    except Exception as exc:  # each sheet goes to a temporary file (ulimit -f, a full /tmp)
        if not isinstance(exc, OSError) and type(exc).__name__ != "SerialisationError":  # lxml's, for an OSError
            raise
        reason = getattr(exc, "strerror", None) or str(exc)
        raise ReportError(
            f"Excel ファイルを作れません（一時ファイルに書けません: {reason}）",
            f"cannot make the Excel file (a temporary file failed: {reason})",
        ) from None
    finally:
        for sheet in made:  # what a failure left behind (a saved sheet's file is already gone)
            writer = getattr(sheet, "_writer", None)
            if writer is not None:
                with contextlib.suppress(OSError):
                    os.unlink(writer.out)
    return _deterministic(buffer.getvalue(), paths or {})


def _write(book: Workbook, audits: list[AuditResult], lang: str, single: bool, made: list[Any]) -> None:
    en = lang == "en"
    title = ("Summary" if en else "概要") if single else ("Matrix" if en else "比較")
    used = {title}
    sheet_titles = [_sheet_title(town_name(audit), used) for audit in audits]
    matrix = _Sheet(book, title, _Styles(None))
    matrix.styles.sheet = matrix.sheet
    made.append(matrix.sheet)
    styles = matrix.styles
    cols = columns(audits)
    frameworks = framework_ids(audits)
    fixed = ["municipality", "prefecture", "code", "edition", "verdict"] if en else ["自治体", "都道府県", "コード", "版", "判定"]
    scores = [
        *(f"score {f}" if en else f"スコア {f}" for f in frameworks),
        "overall" if en else "総合",
        *(["procedures online", "procedures planned", "procedures total"] if en else ["手続 済", "手続 予定", "手続 計"]),
    ]
    why = "failed because" if en else "不合格の理由"
    header = [*fixed, *(c.id for c in cols), *scores, why]
    titles = [
        *[""] * len(fixed),
        *((c.title_en if en else c.title) + ("" if c.required else (" (optional)" if en else "（任意）")) for c in cols),
        *[""] * len(scores),
        "",
    ]
    matrix.add([matrix.cell(head, _BOLD, _HEADER_FILL) for head in header])
    matrix.add([matrix.cell(text or None, None, _HEADER_FILL, _WRAP) for text in titles])
    names = name_counts(audits)
    for audit, sheet_title in zip(audits, sheet_titles, strict=True):
        name = matrix.cell(town_name(audit, names), _LINK)
        name.hyperlink = Hyperlink(ref="", location="'" + sheet_title.replace("'", "''") + "'!A1")
        row: list[Any] = [
            name,
            audit.plan.prefecture,
            audit.plan.code,
            editions_of(audit) or None,
            matrix.cell(head(audit, lang), _PASS_FAIL[audit.passed], None, _CENTRE),
        ]
        for col in cols:
            result = item(audit, col.id)
            row.append(matrix.status(look(result), lang) if result is not None else matrix.cell(ABSENT, None, None, _CENTRE))
        row.extend(score_cell(audit, framework, lang) for framework in frameworks)
        row.append(matrix.cell(overall_cell(audit, lang), _BOLD))
        row.extend(procedures_done(audit))
        row.append(matrix.cell(joined(reasons(audit, lang), lang) or None, None, None, _WRAP))
        matrix.add(row)
    last = get_column_letter(len(header))
    matrix.sheet.freeze_panes = f"{get_column_letter(len(fixed) + 1)}3"
    matrix.sheet.auto_filter.ref = f"A2:{last}{len(audits) + 2}"
    matrix.finish(maximum=18, wide=len(header), tall_row=2, titles="1:2")  # the reasons are long: up to 60 wide
    for audit, sheet_title in zip(audits, sheet_titles, strict=True):
        town = _Sheet(book, sheet_title, styles)
        made.append(town.sheet)
        styles.sheet = town.sheet
        _town_sheet(town, audit, lang)


def _town_sheet(sheet: _Sheet, audit: AuditResult, lang: str) -> None:
    en = lang == "en"
    p = audit.plan
    sheet.add([sheet.cell(plan_heading(p, lang, code=False), Font(bold=True, size=13))])
    sheet.add([f"{'overall score' if en else '総合スコア'} {score_text(audit.overall_score, lang)} / {audit.file}"])
    sheet.add([sheet.cell(verdict(audit, lang), _PASS_FAIL[audit.passed])])
    lines = edition_lines(audit, lang)
    sheet.add([("edition: " if en else "版: ") + " / ".join(lines)] if lines else [])
    header = ["framework", "id", "item", "required", "status", "evidence", "line", "matched words", "KPI", "schedule", "owner", "edition"] if en else [
        "枠組み", "ID", "項目", "必須", "状況", "根拠（施策）", "行", "一致した語", "KPI", "期間", "担当", "版"
    ]  # fmt: skip
    sheet.add([sheet.cell(head, _BOLD, _HEADER_FILL) for head in header])
    procedures = procedures_by_item(audit)
    for framework in audit.frameworks:
        for result in framework.items:
            evidence = result.evidence
            a = result.actionability
            procedure = procedures.get(result.id) if framework.id == "procedures" else None
            values = [
                framework.id,
                result.id,
                result.title_en if en else result.title,
                # Words: ○ means なし in every other column and report.
                ("required" if en else "必須") if result.required else ("optional" if en else "任意"),
                None,
                procedure_text(procedure, lang) if procedure is not None else "\n".join(evidence_text(e, lang) for e in evidence) or None,
                ", ".join(e.location.mark().strip(" :") for e in evidence if e.location.mark()) or None,
                "、".join(dict.fromkeys(w for e in evidence for w in e.matched)) or None,
                {"target": "●", "name-only": "◐", "none": "○"}[a.kpi] if a else None,
                ("●" if a.schedule else "○") if a else None,
                ("●" if a.owner else "○") if a else None,
                result.edition,
            ]
            row = [None if value is None else sheet.cell(value, None, None, _WRAP) for value in values]
            row[4] = sheet.status(look(result), lang)
            sheet.add(row)
    sheet.add([])
    sheet.add([sheet.cell("Findings" if en else "指摘", _BOLD)])
    for f in audit.findings:
        where = f.location.line if f.location.line is not None else (f.location.mark().strip() or None)
        sheet.add([f.code, severity_word(f.severity, lang), f.message(lang), None, None, None, where])
    sheet.sheet.freeze_panes = "A6"
    sheet.finish(titles="5:5")


_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def _deterministic(data: bytes, paths: dict[str, str]) -> bytes:
    """The same archive with every entry dated alike and the document's "modified" time fixed
    (openpyxl stamps the time of saving), so the same report gives the same bytes; and no path of the
    author's machine in it (`paths`: report.paths.local_paths)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    stamp = _FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2020, 12, 25, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = _MODIFIED.sub(rb"\g<1>" + stamp + rb"\g<2>", content)
            if paths and info.filename.endswith(".xml"):
                content = without_local_paths(content, paths)
            target.writestr(fixed, content)
    return out.getvalue()
