"""CSV: one row per town (or per town × item with --long; `dxcheck audit` writes that one). UTF-8 with
BOM by default, so Excel in Japan opens it without mojibake; `--encoding cp932` for old tools.

Headers and values are in the report's language: Japanese by default (自治体, 取組あり), English with
`--lang en` (municipality, covered). Item ids, framework ids and numbers are the same in both.

No cell is a formula: a text that begins with `=`, `+`, `-`, `@`, a tab or a carriage return (a plan's
name `=HYPERLINK(…)`, a title `-1+1`) is written after an apostrophe, as OWASP's "CSV injection" page
asks, so that a spreadsheet shows it as text. Numbers dxcheck writes itself (scores, counts) are
numbers and are written as they are."""

from __future__ import annotations

import csv
import io

from dxcheck.model.results import AuditResult, Audits, ProcedureState
from dxcheck.report import ReportContext, ReportError
from dxcheck.report.editions import editions_of
from dxcheck.report.matrix import (
    LABEL,
    PROCEDURE_STATE,
    columns,
    framework_ids,
    item,
    overall_cell,
    procedures_by_item,
    score_cell,
    source_id,
)
from dxcheck.report.verdict import joined, reasons

_HEAD = {
    "ja": {
        "municipality": "自治体",
        "prefecture": "都道府県",
        "code": "コード",
        "plan": "計画",
        "file": "ファイル",
        "edition": "版",
        "editions": "版",
        "period_start": "開始年度",
        "period_end": "終了年度",
        "framework": "枠組み",
        "item": "項目",
        "title": "項目名",
        "required": "必須",
        "status": "状況",
        "procedure_state": "手続の状況",
        "evidence": "根拠（施策）",
        "matched": "一致した語",
        "kpi": "KPI",
        "schedule": "期間",
        "owner": "担当",
        "overall_score": "総合スコア",
        "passed": "判定",
        "failed_because": "不合格の理由",
    },
    "en": {},  # the keys themselves
}
_WORDS = {
    "ja": {
        "yes": "あり",
        "no": "なし",
        "required": "必須",
        "optional": "任意",
        "passed": "合格",
        "failed": "不合格",
        "target": "目標値あり",
        "name-only": "名前のみ",
        "none": "なし",
    },
    "en": {"yes": "yes", "no": "no", "required": "yes", "optional": "no", "passed": "yes", "failed": "no"},
}
# The first characters a spreadsheet reads as the start of a formula (OWASP, CSV injection).
# Their full-width forms too (「＝1+1」: Japanese Excel and IMEs turn ＝ into =), and after spaces
# (「 =1+1」: some spreadsheets trim a cell before reading it).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_WIDE_FORMULA_START = ("＝", "＋", "－", "＠")


def inert(value: object) -> object:
    """A cell as written: a text that a spreadsheet would read as a formula behind an apostrophe."""
    if isinstance(value, str) and (
        value.startswith(_FORMULA_START) or value.lstrip(" \u3000").startswith(_FORMULA_START + _WIDE_FORMULA_START)
    ):
        return "'" + value
    return value


class _Writer:
    """csv.writer whose every text cell is `inert`."""

    def __init__(self, buffer: io.StringIO) -> None:
        self._writer = csv.writer(buffer, lineterminator="\r\n")

    def writerow(self, row: list[object]) -> None:
        self._writer.writerow([inert(value) for value in row])


_STATES: tuple[ProcedureState, ...] = ("online", "planned", "not-planned", "not-applicable", "not-mentioned")


def render_audits(audits: Audits, context: ReportContext) -> bytes:
    return encode(render(audits.audits, long=context.long, lang=context.lang), context.encoding)


def render(audits: list[AuditResult], *, long: bool = False, lang: str = "ja") -> str:
    lang = "en" if lang == "en" else "ja"
    en = lang == "en"

    def head(key: str) -> str:
        return _HEAD[lang].get(key, key)

    def word(key: str) -> str:
        return _WORDS[lang].get(key, key)

    buffer = io.StringIO()
    writer = _Writer(buffer)
    town = ["municipality", "prefecture", "code"]
    if long:
        keys = [*town, "file", "framework", "edition", "item", "title", "required", "status", "procedure_state", "evidence", "matched"]
        # 判定 and 不合格の理由 on every row, as the town is: what the exit code says, beside each item.
        writer.writerow([head(k) for k in [*keys, "kpi", "schedule", "owner", "passed", "failed_because"]])
        for audit in audits:
            procedures = procedures_by_item(audit)
            verdict = [word("passed" if audit.passed else "failed"), joined(reasons(audit, lang), lang)]
            for framework in audit.frameworks:
                for result in framework.items:
                    a = result.actionability
                    measures = ";".join(dict.fromkeys(str(source_id(e, lang)) for e in result.evidence if source_id(e, lang)))
                    matched = ";".join(dict.fromkeys(w for e in result.evidence for w in e.matched))
                    procedure = procedures.get(result.id) if framework.id == "procedures" else None
                    writer.writerow(
                        [
                            audit.plan.municipality,
                            audit.plan.prefecture,
                            audit.plan.code or "",
                            audit.file,
                            framework.id,
                            framework.edition,
                            result.id,
                            result.title_en if en else result.title,
                            word("required" if result.required else "optional"),
                            LABEL[lang][result.status],
                            PROCEDURE_STATE[lang][procedure.state] if procedure is not None else "",
                            measures,
                            matched,
                            word(a.kpi) if a else "",
                            word("yes" if a.schedule else "no") if a else "",
                            word("yes" if a.owner else "no") if a else "",
                            *verdict,
                        ]
                    )
        return buffer.getvalue()
    cols = columns(audits)
    frameworks = framework_ids(audits)
    states = PROCEDURE_STATE[lang]
    writer.writerow(
        [
            *(head(k) for k in [*town, "plan", "file", "period_start", "period_end", "editions"]),
            *((f"score_{f}" if en else f"スコア {f}") for f in frameworks),
            head("overall_score"),
            head("passed"),
            head("failed_because"),
            *((f"procedures_{s.replace('-', '_')}" if en else f"手続 {states[s]}") for s in _STATES),
            *(c.id for c in cols),
        ]
    )
    for audit in audits:
        count = {state: sum(1 for p in audit.procedures.items if p.state == state) for state in _STATES}
        writer.writerow(
            [
                audit.plan.municipality,
                audit.plan.prefecture,
                audit.plan.code or "",
                audit.plan.title,
                audit.file,
                audit.plan.period_start or "",
                audit.plan.period_end or "",
                editions_of(audit),
                *(score_cell(audit, f, lang) for f in frameworks),
                overall_cell(audit, lang),
                word("passed" if audit.passed else "failed"),
                joined(reasons(audit, lang), lang),
                *(count[s] for s in _STATES),
                *(LABEL[lang][r.status] if (r := item(audit, c.id)) else ("not-in-edition" if en else "版になし") for c in cols),
            ]
        )
    return buffer.getvalue()


def encode(text: str, encoding: str) -> bytes:
    """The CSV's bytes; an unrepresentable character is an error that names it and where."""
    try:
        return text.encode(encoding)
    except UnicodeEncodeError as exc:
        char = exc.object[exc.start]
        line = exc.object.count("\n", 0, exc.start) + 1
        raise ReportError(
            f"「{char}」(U+{ord(char):04X}) は {encoding} で表せません（CSV の {line} 行目）。--encoding utf-8-sig を使ってください",
            f"'{char}' cannot be written in {encoding} (CSV line {line}); use --encoding utf-8-sig",
        ) from None
