"""CSV: one row per town (or per town × item with --long; `dxcheck audit` writes that one). UTF-8 with
BOM by default, so Excel in Japan opens it without mojibake; `--encoding cp932` for old tools.

Headers and values are in the report's language: Japanese by default (自治体, 取組あり), English with
`--lang en` (municipality, covered). Item ids, framework ids and numbers are the same in both.

No cell is a formula: a text that begins with `=`, `+`, `-`, `@`, a tab or a carriage return (a plan's
name `=HYPERLINK(…)`, a title `-1+1`), also after spaces or characters a spreadsheet drops (a NUL, a
zero-width space), is written after an apostrophe, as OWASP's "CSV injection" page
asks, so that a spreadsheet shows it as text. Numbers dxcheck writes itself (scores, counts) are
numbers and are written as they are."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from dxcheck.model.results import AuditResult, Audits, ProcedureState
from dxcheck.model.town import TownFramework, TownName, TownRow, town_row
from dxcheck.report import Encoded, ReportContext, ReportError
from dxcheck.report.editions import editions_of
from dxcheck.report.matrix import (
    LABEL,
    NO_SCORE,
    PROCEDURE_STATE,
    columns,
    framework_ids,
    look,
    procedures_by_item,
    row_looks,
    row_score_cell,
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


# What a spreadsheet may drop or trim before it reads a cell: spaces, control characters (LibreOffice drops a
# NUL, and 「\x00=HYPERLINK(…)」 became a live formula), the zero-width and direction marks, a byte order mark.
_SKIPPED_FIRST = re.compile("^[\\s\x00-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]+")


def inert(value: object) -> object:
    """A cell as written: a text that a spreadsheet would read as a formula behind an apostrophe."""
    if isinstance(value, str) and (
        value.startswith(_FORMULA_START) or _SKIPPED_FIRST.sub("", value, count=1).startswith(_FORMULA_START + _WIDE_FORMULA_START)
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


def render_audits(audits: Audits, context: ReportContext) -> bytes | Encoded:
    """The CSV's bytes; past a country's worth of towns (compare's towns on disk, dxcheck.files.spill),
    in pieces, as they are read back, so that neither the towns nor the text is held whole."""
    towns: Sequence[CsvTown] = audits.towns or [csv_town(a, long=context.long, lang=context.lang) for a in audits.audits]  # type: ignore[assignment]
    pieces = render_towns(towns, long=context.long, lang=context.lang)
    if getattr(towns, "spilled", False):
        # every piece encoded once before any is written: a character the encoding lacks is said, with
        # its line, before a byte has gone out (to a pipe, a `>` file or a terminal, as when kept whole)
        for _ in encode_pieces(pieces, context.encoding):
            pass
        return Encoded(encode_pieces(render_towns(towns, long=context.long, lang=context.lang), context.encoding))
    return encode("".join(pieces), context.encoding)


@dataclass(slots=True)
class CsvTown:
    """A town of the CSV as the worker that audited it made it (dxcheck.model.town.Shaped): its row of the
    matrix (the items' statuses, the scores: dxcheck.model.town.TownRow) and the cells only its audit has;
    with --long, its rows as CSV text. compare's process then never holds a town's audit."""

    row: TownRow
    title: str
    period_start: int | str
    period_end: int | str
    editions: str
    passed: bool
    reasons: str
    counts: list[int]  # procedures in each state of _STATES
    long: str  # --long: the town's rows, as CSV text; "" otherwise

    @property
    def file(self) -> str:
        return self.row.file

    @property
    def plan(self) -> TownName:
        return self.row.plan

    @property
    def overall_score(self) -> float | None:
        return self.row.overall_score

    @property
    def frameworks(self) -> list[TownFramework]:
        return self.row.frameworks

    def unshare(self, sent: set[Hashable]) -> None:
        self.row.unshare(sent)

    def reshare(self, kept: dict[Hashable, Any]) -> None:
        self.row.reshare(kept)

    def pack(self) -> tuple[Any, ...]:
        return (
            self.row.pack(),
            self.title,
            self.period_start,
            self.period_end,
            self.editions,
            self.passed,
            self.reasons,
            self.counts,
            self.long,
        )

    @classmethod
    def unpack(cls, packed: tuple[Any, ...]) -> CsvTown:
        row, *rest = packed
        return cls(TownRow.unpack(row), *rest)


def csv_town(audit: AuditResult, *, long: bool, lang: str) -> CsvTown:
    """A town's audit as the CSV needs it (a module-level function: compare's workers are given it)."""
    lang = "en" if lang == "en" else "ja"
    return CsvTown(
        row=town_row(audit),
        title=audit.plan.title,
        period_start=audit.plan.period_start or "",
        period_end=audit.plan.period_end or "",
        editions=editions_of(audit),
        passed=audit.passed,
        reasons=joined(reasons(audit, lang), lang),
        counts=[sum(1 for p in audit.procedures.items if p.state == state) for state in _STATES],
        long=_long_rows(audit, lang) if long else "",
    )


def _head(lang: str, key: str) -> str:
    return _HEAD[lang].get(key, key)


def _word(lang: str, key: str) -> str:
    return _WORDS[lang].get(key, key)


_TOWN = ["municipality", "prefecture", "code"]
_LONG = [*_TOWN, "file", "framework", "edition", "item", "title", "required", "status", "procedure_state", "evidence", "matched"]


def _long_rows(audit: AuditResult, lang: str) -> str:
    """A town's rows of the long form: one a framework's item, with the town's verdict on each."""
    en = lang == "en"
    buffer = io.StringIO()
    writer = _Writer(buffer)
    procedures = procedures_by_item(audit)
    # 判定 and 不合格の理由 on every row, as the town is: what the exit code says, beside each item.
    verdict = [_word(lang, "passed" if audit.passed else "failed"), joined(reasons(audit, lang), lang)]
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
                    _word(lang, "required" if result.required else "optional"),
                    LABEL[lang][look(result)],
                    PROCEDURE_STATE[lang][procedure.state] if procedure is not None else "",
                    measures,
                    matched,
                    _word(lang, a.kpi) if a else "",
                    _word(lang, "yes" if a.schedule else "no") if a else "",
                    _word(lang, "yes" if a.owner else "no") if a else "",
                    *verdict,
                ]
            )
    return buffer.getvalue()


def render_towns(towns: Sequence[CsvTown], *, long: bool = False, lang: str = "ja") -> Iterator[str]:
    """The CSV's text, in pieces: the header, then a town at a time (in the wide form, a few hundred)."""
    lang = "en" if lang == "en" else "ja"
    en = lang == "en"
    buffer = io.StringIO()
    writer = _Writer(buffer)
    if long:
        writer.writerow([_head(lang, k) for k in [*_LONG, "kpi", "schedule", "owner", "passed", "failed_because"]])
        yield buffer.getvalue()
        for town in towns:
            yield town.long
        return
    cols = columns(towns)
    frameworks = framework_ids(towns)
    states = PROCEDURE_STATE[lang]
    writer.writerow(
        [
            *(_head(lang, k) for k in [*_TOWN, "plan", "file", "period_start", "period_end", "editions"]),
            *((f"score_{f}" if en else f"スコア {f}") for f in frameworks),
            _head(lang, "overall_score"),
            _head(lang, "passed"),
            _head(lang, "failed_because"),
            *((f"procedures_{s.replace('-', '_')}" if en else f"手続 {states[s]}") for s in _STATES),
            *(c.id for c in cols),
        ]
    )
    absent = "not-in-edition" if en else "版になし"
    no_score = NO_SCORE[lang]
    for n, town in enumerate(towns):
        looks = row_looks(town.frameworks)  # an optional item left out is 任意, not なし: as in every format
        plan = town.plan
        writer.writerow(
            [
                plan.municipality,
                plan.prefecture,
                plan.code or "",
                town.title,
                town.file,
                town.period_start,
                town.period_end,
                town.editions,
                *(row_score_cell(town.row, f, lang) for f in frameworks),
                no_score if town.overall_score is None else town.overall_score,
                _word(lang, "passed" if town.passed else "failed"),
                town.reasons,
                *town.counts,
                *(LABEL[lang][shown] if (shown := looks.get(c.id)) else absent for c in cols),
            ]
        )
        if n % 256 == 255:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def encode_pieces(pieces: Iterable[str], encoding: str) -> Iterator[bytes]:
    """`encode` of the text the pieces make, a piece at a time (a BOM once), with the same error."""
    import codecs

    encoder = codecs.getincrementalencoder(encoding)()
    lines = 0
    for piece in pieces:
        try:
            yield encoder.encode(piece)
        except UnicodeEncodeError as exc:
            raise _unencodable(exc, encoding, lines) from None
        lines += piece.count("\n")
    yield encoder.encode("", final=True)


def _unencodable(exc: UnicodeEncodeError, encoding: str, lines_before: int = 0) -> ReportError:
    char = exc.object[exc.start]
    line = lines_before + exc.object.count("\n", 0, exc.start) + 1
    return ReportError(
        f"「{char}」(U+{ord(char):04X}) は {encoding} で表せません（CSV の {line} 行目）。--encoding utf-8-sig を使ってください",
        f"'{char}' cannot be written in {encoding} (CSV line {line}); use --encoding utf-8-sig",
    )


def encode(text: str, encoding: str) -> bytes:
    """The CSV's bytes; an unrepresentable character is an error that names it and where."""
    try:
        return text.encode(encoding)
    except UnicodeEncodeError as exc:
        raise _unencodable(exc, encoding) from None
