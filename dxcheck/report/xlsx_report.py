"""Excel: a matrix sheet with colour-coded cells, frozen headers and widths that fit Japanese text,
and one sheet per town with its verdict, items, evidence and findings. Same input, same bytes.

The matrix is 「比較」 for a comparison and 「概要」 (Summary) for the audit of one plan."""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from datetime import datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from dxcheck.model.findings import visible
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
from dxcheck.report.verdict import verdict

_FIXED_TIME = datetime(2020, 12, 25)  # document dates are not the report's content
_HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
_BOLD = Font(bold=True)
_WRAP = Alignment(wrap_text=True, vertical="top")


def display_width(text: str) -> int:
    """Width in half-width cells: a Japanese (wide) character counts two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _fit(sheet: Worksheet, minimum: int = 6, maximum: int = 60) -> None:
    widths: dict[int, int] = {}
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value is not None:
                longest = max(display_width(part) for part in str(cell.value).split("\n"))
                widths[cell.column] = max(widths.get(cell.column, 0), longest)
    for column, width in widths.items():
        sheet.column_dimensions[get_column_letter(column)].width = max(minimum, min(maximum, width + 2))


def _cell(sheet: Worksheet, *, row: int, column: int, value: str | float | None = None) -> Any:
    """A cell; text with a character a workbook cannot hold (a control character) is written with a
    visible escape (`\\x1b`) instead of failing the whole export. Text is always text: openpyxl takes a
    string that begins with `=` for a formula (a plan's name `=HYPERLINK(…)` would be one), so the
    cell's type is set back to a string."""
    if not isinstance(value, str):
        return sheet.cell(row=row, column=column, value=value)
    cell = sheet.cell(row=row, column=column, value=visible(value))
    cell.data_type = "s"
    return cell


def _status_cell(sheet: Worksheet, row: int, column: int, status: str, lang: str) -> None:
    """A status (a look: matrix.look) as its symbol and word, in its colours."""
    cell = _cell(sheet, row=row, column=column, value=f"{SYMBOL[status]} {LABEL[lang][status]}")
    cell.fill = PatternFill("solid", fgColor=FILL[status])
    cell.font = Font(color=INK[status], bold=status == "missing")
    cell.alignment = Alignment(horizontal="center")


def _sheet_title(name: str, used: set[str]) -> str:
    base = "".join("_" if ch in "[]:*?/\\" else ch for ch in visible(name))[:28] or "town"
    title, n = base, 2
    while title in used:
        title, n = f"{base}({n})", n + 1
    used.add(title)
    return title


def render_audits(audits: Audits, context: ReportContext) -> bytes:
    return render(audits.audits, context.lang, single=audits.command == "audit" and len(audits.audits) == 1)


def render(audits: list[AuditResult], lang: str, *, single: bool = False) -> bytes:
    en = lang == "en"
    book = Workbook()
    matrix = book.active
    assert matrix is not None
    matrix.title = ("Summary" if en else "概要") if single else ("Matrix" if en else "比較")
    cols = columns(audits)
    frameworks = framework_ids(audits)
    fixed = ["municipality", "prefecture", "code", "edition"] if en else ["自治体", "都道府県", "コード", "版"]
    scores = [
        *(f"score {f}" if en else f"スコア {f}" for f in frameworks),
        "overall" if en else "総合",
        *(["procedures online", "procedures planned", "procedures total"] if en else ["手続 済", "手続 予定", "手続 計"]),
    ]
    header = [*fixed, *(c.id for c in cols), *scores]
    titles = [
        "",
        "",
        "",
        "",
        *((c.title_en if en else c.title) + ("" if c.required else (" (optional)" if en else "（任意）")) for c in cols),
        *[""] * len(scores),
    ]
    for column, (head, title) in enumerate(zip(header, titles, strict=True), 1):
        top = _cell(matrix, row=1, column=column, value=head)
        top.font, top.fill = _BOLD, _HEADER_FILL
        below = _cell(matrix, row=2, column=column, value=title or None)
        below.fill, below.alignment = _HEADER_FILL, _WRAP
    names = name_counts(audits)
    for row, audit in enumerate(audits, 3):
        _cell(matrix, row=row, column=1, value=town_name(audit, names)).font = _BOLD
        _cell(matrix, row=row, column=2, value=audit.plan.prefecture)
        _cell(matrix, row=row, column=3, value=audit.plan.code)
        _cell(matrix, row=row, column=4, value=editions_of(audit) or None)
        for n, col in enumerate(cols, 5):
            result = item(audit, col.id)
            if result is not None:
                _status_cell(matrix, row, n, look(result), lang)
            else:
                matrix.cell(row=row, column=n, value=ABSENT).alignment = Alignment(horizontal="center")
        offset = 5 + len(cols)
        for n, framework in enumerate(frameworks):
            _cell(matrix, row=row, column=offset + n, value=score_cell(audit, framework, lang))
        _cell(matrix, row=row, column=offset + len(frameworks), value=overall_cell(audit, lang)).font = _BOLD
        for n, count in enumerate(procedures_done(audit), offset + len(frameworks) + 1):
            _cell(matrix, row=row, column=n, value=count)
    matrix.freeze_panes = "E3"
    _fit(matrix, maximum=18)
    matrix.row_dimensions[2].height = 48
    used = {matrix.title}
    for audit in audits:
        _town_sheet(book.create_sheet(_sheet_title(town_name(audit), used)), audit, lang)
    book.properties.created = book.properties.modified = _FIXED_TIME
    book.properties.creator = "dxcheck"
    buffer = io.BytesIO()
    try:
        book.save(buffer)
    except Exception as exc:  # openpyxl writes each sheet to a temporary file first (ulimit -f, a full /tmp)
        if not isinstance(exc, OSError) and type(exc).__name__ != "SerialisationError":  # lxml's, for an OSError
            raise
        reason = getattr(exc, "strerror", None) or str(exc)
        raise ReportError(
            f"Excel ファイルを作れません（一時ファイルに書けません: {reason}）",
            f"cannot make the Excel file (a temporary file failed: {reason})",
        ) from None
    return _deterministic(buffer.getvalue())


def _town_sheet(sheet: Worksheet, audit: AuditResult, lang: str) -> None:
    en = lang == "en"
    p = audit.plan
    _cell(sheet, row=1, column=1, value=plan_heading(p, lang, code=False)).font = Font(bold=True, size=13)
    _cell(sheet, row=2, column=1, value=f"{'overall score' if en else '総合スコア'} {score_text(audit.overall_score, lang)} / {audit.file}")
    _cell(sheet, row=3, column=1, value=verdict(audit, lang)).font = Font(bold=True, color="1A7F37" if audit.passed else "B00020")
    lines = edition_lines(audit, lang)
    if lines:
        _cell(sheet, row=4, column=1, value=("edition: " if en else "版: ") + " / ".join(lines))
    header = ["framework", "id", "item", "required", "status", "evidence", "line", "matched words", "KPI", "schedule", "owner", "edition"] if en else [
        "枠組み", "ID", "項目", "必須", "状況", "根拠（施策）", "行", "一致した語", "KPI", "期間", "担当", "版"
    ]  # fmt: skip
    for column, head in enumerate(header, 1):
        cell = _cell(sheet, row=5, column=column, value=head)
        cell.font, cell.fill = _BOLD, _HEADER_FILL
    row = 6
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
            for column, value in enumerate(values, 1):
                if value is not None:
                    _cell(sheet, row=row, column=column, value=value).alignment = _WRAP
            _status_cell(sheet, row, 5, look(result), lang)
            row += 1
    row += 1
    _cell(sheet, row=row, column=1, value="Findings" if en else "指摘").font = _BOLD
    for f in audit.findings:
        row += 1
        _cell(sheet, row=row, column=1, value=f.code)
        _cell(sheet, row=row, column=2, value=f.severity)
        _cell(sheet, row=row, column=3, value=f.message(lang))
        _cell(sheet, row=row, column=7, value=f.location.line if f.location.line is not None else (f.location.mark().strip() or None))
    sheet.freeze_panes = "A6"
    _fit(sheet)


_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def _deterministic(data: bytes) -> bytes:
    """The same archive with every entry dated alike and the document's "modified" time fixed
    (openpyxl stamps the time of saving), so the same report gives the same bytes."""
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
            target.writestr(fixed, content)
    return out.getvalue()
