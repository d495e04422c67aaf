"""Excel: a matrix sheet with colour-coded cells, 判定 and 不合格の理由, filters, frozen headers, a link
from each town to its sheet, widths that fit Japanese text and a print setup (A4 landscape, fit to
the page's width, the header rows on every page); and one sheet per town with its verdict, items,
evidence and findings. Same input, same bytes.

The matrix is 「比較」 for a comparison and 「概要」 (Summary) for the audit of one plan.

Each town is made into an `XlsxTown` where it was audited (`town_sheet`, in a worker of compare): its
sheet, written and deflated there (dxcheck.report.xlsx_parts), and what its row of the matrix says. The
process that writes the workbook keeps those records, never an audit, and puts the sheets into the
archive as they are (1,741 towns: 64.6 s and 651 MiB with openpyxl's write-only mode; see
docs/performance.md, "Issue 27, the workbook"). No path of the author's machine is written: each
town's own files (its plan, the files its findings are in) are named as report.paths shows them."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Hashable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from dxcheck.model.findings import severity_word, visible
from dxcheck.model.results import AuditResult, Audits
from dxcheck.model.town import TownName, TownRow, town_row
from dxcheck.report import Encoded, ReportContext, ReportError
from dxcheck.report.editions import edition_lines, editions_of
from dxcheck.report.heading import name_counts, plan_heading, town_name
from dxcheck.report.matrix import (
    ABSENT,
    LABEL,
    SYMBOL,
    columns,
    evidence_text,
    framework_ids,
    look,
    overall_cell,
    procedure_text,
    procedures_by_item,
    procedures_done,
    row_looks,
    score_cell,
    score_text,
)
from dxcheck.report.paths import local_paths
from dxcheck.report.verdict import head, joined, reasons, verdict
from dxcheck.report.xlsx_parts import (
    BOLD,
    CENTRE,
    HEADER,
    HEADER_WRAP,
    HEADING,
    LINK,
    PASS_FAIL,
    PASS_FAIL_CENTRE,
    STATUS,
    WRAP,
    ArchiveTooLarge,
    Cell,
    Deflated,
    Sheet,
    archive,
    column_letter,
    deflated,
    workbook_parts,
)

__all__ = ["XlsxTown", "render_audits", "town_sheet"]


@dataclass(slots=True)
class XlsxTown:
    """A town of the workbook as its worker made it (dxcheck.model.town.Shaped): its sheet, deflated, and
    the cells of its row of the matrix but for their place (the columns depend on every town)."""

    row: TownRow  # the name, statuses and scores, and the items each framework edition has (sent once)
    editions: str | None
    head: str
    passed: bool
    scores: dict[str, float | str | None]  # each framework's score as its cell
    overall: float | str
    procedures: tuple[int, int, int]
    reasons: str | None
    sheet: Deflated

    @property
    def file(self) -> str:
        return self.row.file

    @property
    def plan(self) -> TownName:
        return self.row.plan

    @property
    def overall_score(self) -> float | None:
        return self.row.overall_score

    def file_errors(self) -> bool:
        return self.row.errors

    def reading_unsure(self) -> bool:
        return self.row.unsure

    def unshare(self, sent: set[Hashable]) -> None:
        self.row.unshare(sent)

    def reshare(self, kept: dict[Hashable, Any]) -> None:
        self.row.reshare(kept)

    def pack(self) -> tuple[Any, ...]:
        sheet = self.sheet
        return (
            self.row.pack(),
            self.editions,
            self.head,
            self.passed,
            self.scores,
            self.overall,
            self.procedures,
            self.reasons,
            (sheet.crc, sheet.size, sheet.data),
        )

    @classmethod
    def unpack(cls, packed: tuple[Any, ...]) -> XlsxTown:
        row, editions, head, passed, scores, overall, procedures, reasons, (crc, size, data) = packed
        return cls(
            TownRow.unpack(row),
            editions,
            head,
            passed,
            scores,
            overall,
            tuple(procedures),
            reasons,
            Deflated(crc, size, data),
        )


def town_sheet(audit: AuditResult, lang: str, cwd: str | None = None) -> XlsxTown:
    """A town's record, made from its audit where it was audited (a worker of compare)."""
    files = [audit.file, *(finding.location.file for finding in audit.findings)]
    shown = sorted(local_paths(files, cwd).items(), key=lambda pair: len(pair[0]), reverse=True)  # the longest first
    sheet = Sheet(shown)
    _town_sheet(sheet, audit, lang)
    why = joined(reasons(audit, lang), lang)
    return XlsxTown(
        row=town_row(audit),
        editions=editions_of(audit) or None,
        head=head(audit, lang),
        passed=audit.passed,
        scores={framework.id: score_cell(audit, framework.id, lang) for framework in audit.frameworks},
        overall=overall_cell(audit, lang),
        procedures=procedures_done(audit),
        reasons=sheet.text(why) if why else None,
        sheet=deflated(sheet.xml(frozen=(0, 5))),
    )


def render_audits(audits: Audits, context: ReportContext) -> bytes | Encoded:
    """The workbook's bytes; past a country's worth of towns (compare's towns on disk,
    dxcheck.files.spill), in pieces, each town's sheet read back and written as it comes."""
    towns: Sequence[XlsxTown] = audits.towns or [town_sheet(a, context.lang, context.cwd) for a in audits.audits]  # type: ignore[assignment]
    single = audits.command == "audit" and len(audits.audits) == 1
    if getattr(towns, "spilled", False):
        return Encoded(render_pieces(towns, context.lang))
    return b"".join(render_pieces(towns, context.lang, single=single))


def render_pieces(towns: Sequence[XlsxTown], lang: str, *, single: bool = False) -> Iterator[bytes]:
    """The workbook: the matrix, then each town's sheet in the order of `towns`."""
    en = lang == "en"
    title = ("Summary" if en else "概要") if single else ("Matrix" if en else "比較")
    used = {title}
    titles = [title, *(_sheet_title(town_name(town), used) for town in towns)]
    matrix, last = _matrix(towns, titles[1:], lang)
    defined = [
        ("_xlnm._FilterDatabase", 0, f"{_quoted(title)}!$A$2:${last}${len(towns) + 2}", True),
        ("_xlnm.Print_Titles", 0, f"{_quoted(title)}!$1:$2", False),
        *(("_xlnm.Print_Titles", n, f"{_quoted(name)}!$5:$5", False) for n, name in enumerate(titles[1:], 1)),
    ]

    def parts() -> Any:
        for name, data in workbook_parts(titles, defined):
            yield name, deflated(data)
        yield "xl/worksheets/sheet1.xml", deflated(matrix)
        for n, town in enumerate(towns, 2):
            yield f"xl/worksheets/sheet{n}.xml", town.sheet

    try:
        yield from archive(parts())
    except ArchiveTooLarge:
        raise ReportError(
            f"Excel ファイルを作れません（{len(towns):,} 自治体は 1 つのファイルに入りません）",
            f"cannot make the Excel file ({len(towns):,} towns do not fit in one file)",
        ) from None


def _quoted(title: str) -> str:
    return "'" + title.replace("'", "''") + "'"


def _sheet_title(name: str, used: set[str]) -> str:
    """A town's name as a sheet name Excel accepts: none of []:*?/\\ nor their full-width forms （／：？…,
    which Excel's sheet names refuse too) — each an underscore —, at most 31 characters with the number
    that tells two towns of one name apart, not beginning or ending with an apostrophe, not beginning with
    `=` (a formula's mark), not Excel's reserved `History`, and unique as Excel compares names (without
    regard to case). A name that breaks one of these is a workbook Excel repairs or refuses to open."""
    base = "".join("_" if unicodedata.normalize("NFKC", ch) in "[]:*?/\\" else ch for ch in visible(name, breaks=True)).strip() or "town"
    base = re.sub(r"^['=]", "_", base)
    if base.casefold() == "history":
        base += "_"
    title, n = re.sub(r"'$", "_", base[:31]), 2
    while title.casefold() in used:
        suffix = f"({n})"
        title, n = re.sub(r"'$", "_", base[: 31 - len(suffix)]) + suffix, n + 1
    used.add(title.casefold())
    return title


def _status(status: str, lang: str) -> Cell:
    """A status (a look: matrix.look) as its symbol and word, in its colours."""
    return (f"{SYMBOL[status]} {LABEL[lang][status]}", STATUS[status])


def _matrix(towns: Sequence[XlsxTown], sheet_titles: Sequence[str], lang: str) -> tuple[bytes, str]:
    """The matrix sheet's XML, and the letter of its last column."""
    en = lang == "en"
    rows = [town.row for town in towns]
    cols = columns(rows)
    frameworks = framework_ids(rows)
    fixed = ["municipality", "prefecture", "code", "edition", "verdict"] if en else ["自治体", "都道府県", "コード", "版", "判定"]
    scores = [
        *(f"score {f}" if en else f"スコア {f}" for f in frameworks),
        "overall" if en else "総合",
        *(["procedures online", "procedures planned", "procedures total"] if en else ["手続 済", "手続 予定", "手続 計"]),
    ]
    why = "failed because" if en else "不合格の理由"
    header = [*fixed, *(c.id for c in cols), *scores, why]
    # The second row, where the filters are: the items' titles, and the other columns' names again — the
    # filter's buttons sat on blank cells there, and `pd.read_excel(…, header=1)` named those columns Unnamed
    titles = [
        *fixed,
        *((c.title_en if en else c.title) + ("" if c.required else (" (optional)" if en else "（任意）")) for c in cols),
        *scores,
        why,
    ]
    matrix = Sheet()
    matrix.heights[2] = 48
    matrix.add([(name, HEADER) for name in header])
    matrix.add([(text or None, HEADER_WRAP) for text in titles])
    names = name_counts(towns)
    statuses = {status: _status(status, lang) for status in STATUS}
    # an item outside a town's edition says so in its cell, as every status does (「● 取組あり」): a bare 「·」 had no
    # legend in the workbook (a walkthrough's)
    absent: Cell = (f"{ABSENT} {'not in edition' if en else '版にない'}", CENTRE)
    links = []
    for town, sheet_title in zip(towns, sheet_titles, strict=True):
        looks = row_looks(town.row.frameworks)
        row: list[Cell | str | float | None] = [
            (town_name(town, names), LINK),
            town.plan.prefecture,
            town.plan.code,
            town.editions,
            (town.head, PASS_FAIL_CENTRE[town.passed]),
        ]
        row.extend(statuses[looks[col.id]] if col.id in looks else absent for col in cols)
        row.extend(town.scores.get(framework) for framework in frameworks)
        row.append((town.overall, BOLD))
        row.extend(town.procedures)
        row.append((town.reasons, WRAP))
        n = matrix.add(row)
        links.append((f"A{n}", f"{_quoted(sheet_title)}!A1"))
    last = column_letter(len(header))
    xml = matrix.xml(
        frozen=(len(fixed), 2), maximum=18, wide=len(header), autofilter=f"A2:{last}{len(towns) + 2}", links=links
    )  # the reasons are long: up to 60 wide
    return xml, last


def _town_sheet(sheet: Sheet, audit: AuditResult, lang: str) -> None:
    en = lang == "en"
    p = audit.plan
    sheet.add([(plan_heading(p, lang, code=False), HEADING)])
    sheet.add([f"{'overall score' if en else '総合スコア'} {score_text(audit.overall_score, lang)} / {audit.file}"])
    sheet.add([(verdict(audit, lang), PASS_FAIL[audit.passed])])
    lines = edition_lines(audit, lang)
    sheet.add([("edition: " if en else "版: ") + " / ".join(lines)] if lines else [])
    header = ["framework", "id", "item", "required", "status", "evidence", "line", "matched words", "KPI", "schedule", "owner", "edition"] if en else [
        "枠組み", "ID", "項目", "必須", "状況", "根拠（施策）", "行", "一致した語", "KPI", "期間", "担当", "版"
    ]  # fmt: skip
    sheet.add([(name, HEADER) for name in header])
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
                procedure_text(procedure, lang)
                if procedure is not None
                else "\n".join(dict.fromkeys(evidence_text(e, lang) for e in evidence)) or None,
                ", ".join(e.location.mark().strip(" :") for e in evidence if e.location.mark()) or None,
                "、".join(dict.fromkeys(w for e in evidence for w in e.matched)) or None,
                {"target": "●", "name-only": "◐", "none": "○"}[a.kpi] if a else None,
                ("●" if a.schedule else "○") if a else None,
                ("●" if a.owner else "○") if a else None,
                result.edition,
            ]
            row: list[Cell | None] = [None if value is None else (value, WRAP) for value in values]
            row[4] = _status(look(result), lang)
            sheet.add(row)
    sheet.add([])
    sheet.add([("Findings" if en else "指摘", BOLD)])
    for f in audit.findings:
        where = f.location.line if f.location.line is not None else (f.location.mark().strip() or None)
        sheet.add([f.code, severity_word(f.severity, lang), f.message(lang), None, None, None, where])
