"""What every comparison format shows: the columns of the towns × items matrix, and cell values."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from dxcheck.model.fiscal import format_fiscal_year
from dxcheck.model.results import AuditResult, Counted, Evidence, ItemResult, ProcedureResult, ProcedureState, Score

if TYPE_CHECKING:
    from dxcheck.model.town import TownFramework, TownRow

# The looks of an item: its status, and `optional-missing` for an optional item (任意) the plan leaves
# out, which fails nothing and is not painted as a gap (see `look`).
SYMBOL = {"covered": "●", "partial": "◐", "missing": "○", "exempt": "−", "optional-missing": "◌", "not-mentioned": "—"}
# The marks the legends explain (「— 記載なし」 is a priority procedure's only, and its rows say it in words).
LEGEND_MARKS = ("covered", "partial", "missing", "exempt", "optional-missing")
# A town audited with an edition that has no such item (compare of towns on different editions), and what
# every legend says of it.
ABSENT = "·"
ABSENT_LEGEND = {"ja": "その自治体の版にない項目", "en": "not in the town's edition"}
LABEL = {
    "ja": {
        "covered": "取組あり",
        "partial": "一部",
        "missing": "なし",
        "exempt": "除外",
        "optional-missing": "任意",
        "not-mentioned": "記載なし",
    },
    "en": {
        "covered": "covered",
        "partial": "partial",
        "missing": "missing",
        "exempt": "exempt",
        "optional-missing": "optional",
        "not-mentioned": "not mentioned",
    },
}
# The legends say it in full.
LEGEND = {
    "ja": {**LABEL["ja"], "optional-missing": "任意の項目・取組なし"},
    "en": {**LABEL["en"], "optional-missing": "optional, not taken up"},
}
# Cell colours shared by HTML and Excel (colour-blind-safe hues; the symbol carries the meaning too):
# an optional item left out is white with grey ink, apart from both the red gap and the grey exemption.
FILL = {
    "covered": "1A9850",
    "partial": "FEE08B",
    "missing": "D73027",
    "exempt": "BDBDBD",
    "optional-missing": "FFFFFF",
    "not-mentioned": "FFFFFF",
}
INK = {
    "covered": "FFFFFF",
    "partial": "000000",
    "missing": "FFFFFF",
    "exempt": "000000",
    "optional-missing": "57606A",
    "not-mentioned": "57606A",
}

# A procedure's state as every report names it (the procedure tables' columns say the same).
PROCEDURE_STATE: dict[str, dict[ProcedureState, str]] = {
    "ja": {"online": "済", "planned": "予定", "not-planned": "予定なし", "not-applicable": "対象外", "not-mentioned": "記載なし"},
    "en": {
        "online": "online",
        "planned": "planned",
        "not-planned": "not planned",
        "not-applicable": "not applicable",
        "not-mentioned": "not mentioned",
    },
}


def look(item: ItemResult) -> str:
    """How a report shows an item: its status, `optional-missing` for an optional item the plan leaves out, and
    `not-mentioned` for a priority procedure the plan does not name (記載なし is not 取組なし: a red 「○ なし」 beside
    「記載なし」 read as missing, and a consultant filtering 状況 == なし counted them — the third walkthrough)."""
    if item.status == "missing" and item.framework == "procedures" and not item.evidence:
        return "not-mentioned"
    return "optional-missing" if item.status == "missing" and not item.required else item.status


def legend(lang: str, *, absent: bool) -> list[tuple[str, str]]:
    """The marks of a matrix of towns × items, each with its words, keyed by the look (`absent` for 「·」):
    [("covered", "● 取組あり"), …, ("absent", "· その自治体の版にない項目")], the last only when `absent`. The
    Markdown, Word and HTML legends are this: the Word matrix drew a town's missing edition as 「?」 and neither
    Word nor HTML said what 「·」 was (a consultant comparing dx@1.0 towns with a dx@2.3 town)."""
    key = "en" if lang == "en" else "ja"
    marks = [(s, f"{SYMBOL[s]} {LEGEND[key][s]}") for s in LEGEND_MARKS]
    return marks + ([("absent", f"{ABSENT} {ABSENT_LEGEND[key]}")] if absent else [])


def has_absent(audits: Sequence[AuditResult], cols: Sequence[Column]) -> bool:
    """Whether a cell of the matrix is 「·」: a town whose edition has no item of a column."""
    return any(item(audit, col.id) is None for audit in audits for col in cols)


def row_looks(frameworks: Sequence[TownFramework]) -> dict[str, str]:
    """`look` of every item of a town kept as its row (dxcheck.model.town), by qualified id; an id in two
    frameworks is the first's, as `item` finds it. The CSV and the workbook's matrix show these."""
    looks: dict[str, str] = {}
    for framework in frameworks:
        for shape, status in zip(framework.items, framework.status_of().values(), strict=True):
            if shape.id not in looks:
                looks[shape.id] = "optional-missing" if status == "missing" and not shape.required else status
    return looks


def state_text(state: ProcedureState, year: int | None, reason: str | None, lang: str) -> str:
    """A procedure's state in words: 「予定 2023（R5）年度」, 「対象外: 警察の所管」, "planned for FY2023 (R5)"."""
    en = lang == "en"
    text = PROCEDURE_STATE["en" if en else "ja"][state]
    if year is not None:
        text += f" for {format_fiscal_year(year, 'en')}" if en else f" {format_fiscal_year(year)}年度"
    return f"{text}: {reason}" if reason else text


def score_text(score: Score | float | None, lang: str, counted: Counted = "counted") -> str:
    """A score as the reports write it: 「67.3」; 「—（記載なし）」 for a framework the plan names none of the
    items of (priority procedures not listed); 「—（総合に含めない）」 for the priority procedures without
    --require-procedures (their counts are shown, not a score that naming fewer would raise); 「スコアなし」
    when nothing was left to score (0 of 0: every required item exempt). `counted` says how a bare number
    counts (a diff's score: dxcheck.diff.results.ScoreChange); a `Score` says it itself."""
    if isinstance(score, Score):
        counted, score = score.counted(), score.score
    if counted != "counted":
        return _NOT_COUNTED["en" if lang == "en" else "ja"][counted]
    return NO_SCORE["en" if lang == "en" else "ja"] if score is None else f"{score:g}"


_NOT_COUNTED = {
    "ja": {"not-named": "—（記載なし）", "not-in-overall": "—（総合に含めない）"},
    "en": {"not-named": "— (not named)", "not-in-overall": "— (not in overall)"},
}


def procedure_text(procedure: ProcedureResult, lang: str) -> str:
    return state_text(procedure.state, procedure.target_fiscal_year, procedure.reason, lang)


def procedures_by_item(audit: AuditResult) -> dict[str, ProcedureResult]:
    """Each procedure by the qualified id of its item (procedures/p01)."""
    return {f"procedures/{p.id}": p for p in audit.procedures.items}


def evidence_text(evidence: Evidence, lang: str) -> str:
    """One piece of evidence as the exports write it: 「G1-2 多様なニーズ…」 (with 「（推定）」 or 「（一部）」),
    「除外: 理由」, 「予定 2023（R5）年度」, 「宣言: 市町村官民データ活用推進計画…」, 「推進体制: cio: 副市長」."""
    en = lang == "en"
    if evidence.kind == "exemption":
        return ("exempt: " if en else "除外: ") + (evidence.note or "")
    if evidence.kind == "procedure":
        return state_text(evidence.state or "not-mentioned", evidence.target_fiscal_year, evidence.note, lang)
    if evidence.kind == "declaration":
        return ("declared: " if en else "宣言: ") + (evidence.note or "")
    if evidence.kind == "governance":
        return ("governance: " if en else "推進体制: ") + (evidence.note or "")
    text = f"{source_id(evidence, lang) or ''} {source_title(evidence) or ''}".strip()
    if evidence.kind == "inferred":
        partly = (" (partial)" if en else "（一部）") if evidence.strength == "partial" else ""
        text += partly + (" (inferred)" if en else "（推定）") + inherited_text(evidence, lang)
    elif evidence.strength == "partial":
        text += " (partial)" if en else "（一部）"
    return text


@dataclass(frozen=True)
class Column:
    """One item of the matrix: its qualified id, a short code for narrow tables, titles."""

    id: str
    code: str
    title: str
    title_en: str
    required: bool


def inherited_text(evidence: Evidence, lang: str) -> str:
    """For a reading inherited from the measure's policy: 「（方針「デジタルデバイド対策」の取組として）」; else ""."""
    if evidence.reading is None or evidence.reading.kind != "inherited":
        return ""
    return f" (carrying out policy 「{evidence.note}」)" if lang == "en" else f"（方針「{evidence.note}」の取組として）"


def source_id(evidence: Evidence, lang: str) -> str | None:
    """Where a piece of evidence comes from, as a report names it: the measure's id, or 「方針 2-3」."""
    if evidence.policy_id is not None:
        return f"{'policy' if lang == 'en' else '方針'} {evidence.policy_id}"
    if evidence.kind == "governance":  # stated in plan.governance: the field
        return f"governance.{(evidence.note or '').partition(':')[0]}"
    return evidence.measure_id


def source_title(evidence: Evidence) -> str | None:
    """The title of the measure or policy the evidence comes from."""
    return evidence.policy_title if evidence.policy_id is not None else evidence.measure_title


if TYPE_CHECKING:  # for the annotations only: no class to build at import

    class _Item(Protocol):
        """An item as a column names it: an ItemResult, or the shape a row of the terminal matrix keeps (dxcheck.model.town)."""

        @property
        def id(self) -> str: ...
        @property
        def title(self) -> str: ...
        @property
        def title_en(self) -> str: ...
        @property
        def required(self) -> bool: ...

    class _Framework(Protocol):
        @property
        def id(self) -> str: ...
        @property
        def edition(self) -> str: ...
        @property
        def edition_date(self) -> str: ...
        @property
        def items(self) -> Sequence[_Item]: ...

    class _Town(Protocol):
        @property
        def frameworks(self) -> Sequence[_Framework]: ...


def columns(audits: Sequence[_Town]) -> list[Column]:
    """The items of every framework but the procedure list (summarised separately), in framework order.

    Towns audited with different editions of a framework (compare) give the union of their items: each
    edition's in its order, the older edition's first; an item two editions share is one column (its
    newer title), and the code numbers every item of the framework in that order."""
    if not audits:
        return []
    by_framework: dict[str, dict[str, _Item]] = {}
    editions: dict[str, list[tuple[str, str, Sequence[_Item]]]] = {}
    for audit in audits:
        for framework in audit.frameworks:
            if framework.id == "procedures":
                continue
            seen = editions.setdefault(framework.id, [])
            if all(edition != framework.edition for _, edition, _ in seen):
                seen.append((framework.edition_date, framework.edition, framework.items))
    out = []
    for framework_id, found in editions.items():
        ordered = [items for _, _, items in sorted(found, key=lambda e: (e[0], e[1]))]
        merged = by_framework.setdefault(framework_id, {})
        for items in ordered:
            for item in items:
                merged[item.id] = item  # the newer edition's title wins; the first place stays
        prefix = framework_id[0].upper()
        for n, item in enumerate(merged.values(), 1):
            out.append(Column(item.id, f"{prefix}{n}", item.title, item.title_en, item.required))
    return out


def item(audit: AuditResult, item_id: str) -> ItemResult | None:
    return next((i for f in audit.frameworks for i in f.items if i.id == item_id), None)


def score(audit: AuditResult, framework_id: str) -> float | None:
    """A framework's score; None when the plan does not have it, or it is not part of the overall score
    (記載なし; the priority procedures without --require-procedures)."""
    return next((f.score.score for f in audit.frameworks if f.id == framework_id and f.score.in_overall), None)


# 0 of 0 required items (every one exempt) is no score, and every report says so in words.
NO_SCORE = {"ja": "スコアなし", "en": "no score"}


def score_cell(audit: AuditResult, framework_id: str, lang: str) -> float | str | None:
    """A framework's score as a cell of a table of towns: the number; 「スコアなし」 when nothing was left
    to score (0 of 0); None when the town was not audited with that framework or names none of its items."""
    found = next((f for f in audit.frameworks if f.id == framework_id), None)
    if found is None:
        return None
    if not found.score.in_overall:
        return None  # 記載なし, or the procedures without --require-procedures: 「—」, as the legend says
    return NO_SCORE["en" if lang == "en" else "ja"] if found.score.score is None else found.score.score


def row_score_cell(town: TownRow, framework_id: str, lang: str) -> float | str | None:
    """`score_cell` of a town kept as its row (dxcheck.model.town)."""
    found = next((f for f in town.frameworks if f.id == framework_id), None)
    if found is None or not found.in_overall:
        return None  # not audited with it; 記載なし, or the procedures without --require-procedures: 「—」
    return NO_SCORE["en" if lang == "en" else "ja"] if found.score is None else found.score


def delta_text(before: float | None, after: float | None) -> str:
    """How a score changed: +2.5, -10, ±0, or — when either side has no score."""
    if before is None or after is None:
        return "—" if before is not after else "±0"
    delta = round(after - before, 1)
    return f"{delta:+g}" if delta else "±0"


def overall_cell(audit: AuditResult, lang: str) -> float | str:
    """The overall score as a cell: the number, or 「スコアなし」."""
    return NO_SCORE["en" if lang == "en" else "ja"] if audit.overall_score is None else audit.overall_score


def procedures_done(audit: AuditResult) -> tuple[int, int, int]:
    """Procedures online, planned, and the total."""
    groups = audit.procedures.groups
    return sum(g.online for g in groups), sum(g.planned for g in groups), sum(g.total for g in groups)


def framework_ids(audits: Sequence[_Town]) -> list[str]:
    return [f.id for f in audits[0].frameworks] if audits else []
