"""The words every diff format uses: how a change is named, and a measure's change told line by line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dxcheck.model.fiscal import format_fiscal_year
from dxcheck.report.matrix import SYMBOL, delta_text, score_text

if TYPE_CHECKING:  # the audit's report uses plan_field and needs none of the diff's classes made
    from dxcheck.diff.results import (
        EvidenceChange,
        KpiChange,
        KpiValue,
        PartChange,
        PartRef,
        Period,
        PlanDiff,
        ProcedureChange,
        ScoreChange,
    )

ITEM_CHANGE = {
    "ja": {
        "loss": "後退",
        "gain": "前進",
        "worse": "後退（任意）",
        "better": "前進（任意）",
        "exempted": "対象外に",
        "unexempted": "対象外を解除",
    },
    "en": {
        "loss": "loss",
        "gain": "gain",
        "worse": "worse (not required)",
        "better": "better (not required)",
        "exempted": "exempted",
        "unexempted": "no longer exempt",
    },
}
PART_CHANGE = {
    "ja": {"added": "追加", "removed": "削除", "renamed": "名称変更", "changed": "内容の変更"},
    "en": {"added": "added", "removed": "removed", "renamed": "renamed", "changed": "changed"},
}
PROCEDURE_STATE = {
    "ja": {"online": "済", "planned": "予定", "not-planned": "予定なし", "not-applicable": "対象外", "not-mentioned": "記載なし"},
    "en": {
        "online": "online",
        "planned": "planned",
        "not-planned": "not planned",
        "not-applicable": "n/a",
        "not-mentioned": "not mentioned",
    },
}
# The fields of the plan's 推進体制 (plan.governance), by a short name: 「推進体制: 進行管理（cycle）を削除」.
GOVERNANCE_FIELD = {
    "ja": {
        "cio": "CIO",
        "body": "推進組織",
        "adviser": "外部人材",
        "secretariat": "事務局",
        "cycle": "進行管理",
        "training": "職員の育成",
        "partnership": "連携",
        "note": "補足",
    },
    "en": {
        "cio": "CIO",
        "body": "leading body",
        "adviser": "outside experts",
        "secretariat": "secretariat",
        "cycle": "progress review",
        "training": "staff training",
        "partnership": "partnership",
        "note": "note",
    },
}
_GOVERNANCE_CHANGE = {
    "ja": {"added": "を追加", "removed": "を削除", "changed": "を変更"},
    "en": {"added": "added", "removed": "removed", "changed": "reworded"},
}
# The plan's head, as PlanDiff.plan names its fields (and its 推進体制's: governance.cycle, below).
PLAN_FIELD = {
    "ja": {
        "municipality": "自治体名",
        "code": "団体コード",
        "title": "計画の名称",
        "stage": "段階",
        "adopted": "策定日",
        "period.start": "計画期間の開始",
        "period.end": "計画期間の終了",
    },
    "en": {
        "municipality": "municipality",
        "code": "code",
        "title": "title",
        "stage": "stage",
        "adopted": "date adopted",
        "period.start": "period start",
        "period.end": "period end",
    },
}
_KPI_FIELD = {
    "ja": {"name": "名称", "target": "目標", "unit": "単位", "target_year": "目標年度", "baseline": "基準値", "baseline_year": "基準年度"},
    "en": {
        "name": "name",
        "target": "target",
        "unit": "unit",
        "target_year": "target year",
        "baseline": "baseline",
        "baseline_year": "baseline year",
    },
}


def governance_field(field: str, lang: str) -> str:
    """A field of the plan's 推進体制 by its short name: 「進行管理」 for cycle."""
    return GOVERNANCE_FIELD[lang].get(field, field)


def plan_field(field: str, lang: str) -> str:
    """A field of PlanDiff.plan as the reports name it: 「策定日」, 「推進体制（進行管理）」 for governance.cycle."""
    if field.startswith("governance."):
        name = governance_field(field.removeprefix("governance."), lang)
        return f"governance ({name})" if lang == "en" else f"推進体制（{name}）"
    return PLAN_FIELD[lang].get(field, field)


# The stage as the reports name it (JSON keeps the plan's own word: draft, proposal, adopted).
STAGE = {
    "ja": {"draft": "原案", "proposal": "案", "adopted": "策定"},
    "en": {"draft": "draft", "proposal": "proposal", "adopted": "adopted"},
}


def plan_value(field: str, value: str | None, lang: str) -> str:
    """A value of the plan's head as the reader says it: 「原案」 for draft, 「2023（R5）」 for a fiscal year, 「—」 for none."""
    if value is None:
        return "—"
    if field == "stage":
        return STAGE[lang].get(value, value)
    if field.startswith("period.") and value.isdigit():
        return format_fiscal_year(int(value), lang)
    return value


def shorten(text: str, limit: int | None) -> str:
    return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"


def version_label(file: str, revision: str | None) -> str:
    """「plans/town.yaml@HEAD~1」: a file at a revision, or the file."""
    return f"{file}@{revision}" if revision is not None else file


def sides(diff: PlanDiff) -> str:
    return f"{version_label(diff.old.file, diff.old.revision)} → {version_label(diff.new.file, diff.new.revision)}"


def strength(value: str | None, lang: str) -> str:
    if value is None:
        return "none" if lang == "en" else "なし"
    return SYMBOL[value]


def evidence_line(evidence: EvidenceChange, lang: str, limit: int | None = None) -> str:
    """One line of an item's 根拠の変化, as every diff format writes it: 「2-5「テレワークの推進」 ● → なし」, 「方針 2「…」 ◐ → ●」,
    or the 推進体制 (governance_line)."""
    if evidence.governance is not None:
        return governance_line(evidence, lang, limit)
    name = f"{'policy ' if lang == 'en' else '方針 '}{evidence.source}" if evidence.policy else evidence.source
    return f"{name}「{evidence.title}」 {strength(evidence.before, lang)} → {strength(evidence.after, lang)}"


def governance_line(evidence: EvidenceChange, lang: str, limit: int | None = None) -> str:
    """A field of the plan's 推進体制 the item rests on, added, removed or reworded, where, and the plan's words:
    「推進体制: 進行管理（cycle）を削除（前の版の 28 行）「毎年度、…」」 — the line in the new version, or in the earlier
    one for a removal (as a measure removed: part_details). `limit` cuts the words (the terminal)."""
    en = lang == "en"
    change = evidence.governance
    assert change is not None
    line = change.line
    if line is None:
        where = ""
    elif change.change == "removed":
        where = f" (was at line {line})" if en else f"（前の版の {line} 行）"
    else:
        where = f" (line {line})" if en else f"（{line} 行）"
    name = f"{governance_field(change.field, lang)} ({change.field})" if en else f"{governance_field(change.field, lang)}（{change.field}）"
    said = f"「{shorten(evidence.title, limit)}」" if evidence.title else ""
    if en:
        return f"governance: {name} {_GOVERNANCE_CHANGE[lang][change.change]}{where}: {said}".removesuffix(": ")
    return f"推進体制: {name}{_GOVERNANCE_CHANGE[lang][change.change]}{where}{said}"


def ref(part: PartRef | None) -> str:
    return f"{part.id}「{part.title}」" if part is not None else ""


def part_name(change: PartChange) -> str:
    """The measure as the new plan names it (or the old, when it was removed)."""
    return ref(change.after or change.before)


def _year(year: int | None, lang: str) -> str:
    return format_fiscal_year(year, lang) if year is not None else "—"


def _period(period: Period | None, lang: str) -> str:
    if period is None:
        return "none" if lang == "en" else "なし"
    start = format_fiscal_year(period.start, lang) if period.start else "?"
    end = format_fiscal_year(period.end, lang) if period.end else ""
    return f"{start}〜{end}"


def _kpi_field(value: KpiValue, field: str, lang: str) -> str:
    raw = getattr(value, field)
    if raw is None:
        return "—"
    if field in ("target_year", "baseline_year"):
        return format_fiscal_year(int(raw), lang)
    if field in ("target", "baseline") and value.unit:
        return f"{raw:g} {value.unit}" if isinstance(raw, float) else f"{raw} {value.unit}"
    return f"{raw:g}" if isinstance(raw, float) else str(raw)


def _kpi_brief(value: KpiValue, lang: str) -> str:
    parts = [f"{_KPI_FIELD[lang]['target']} {_kpi_field(value, 'target', lang)}"] if value.target is not None else []
    if value.target_year is not None:
        parts.append(_kpi_field(value, "target_year", lang))
    inner = ", ".join(parts) if lang == "en" else "、".join(parts)
    return f"「{value.name}」" + ((f" ({inner})" if lang == "en" else f"（{inner}）") if inner else "")


def kpi_line(change: KpiChange, lang: str) -> str:
    en = lang == "en"
    if change.change == "added" and change.after is not None:
        return ("KPI added " if en else "KPI 追加") + _kpi_brief(change.after, lang)
    if change.change == "removed" and change.before is not None:
        return ("KPI removed " if en else "KPI 削除") + _kpi_brief(change.before, lang)
    assert change.before is not None
    assert change.after is not None
    fields = [f"{_KPI_FIELD[lang][f]} {_kpi_field(change.before, f, lang)} → {_kpi_field(change.after, f, lang)}" for f in change.fields]
    return f"KPI「{change.after.name}」 " + ("; ".join(fields) if en else "、".join(fields))


def part_details(change: PartChange, lang: str, limit: int | None = None) -> list[str]:
    """What changed of a measure or policy, a line each; `limit` cuts each quoted sentence (the terminal)."""
    en = lang == "en"
    lines: list[str] = []
    a, b = change.before, change.after
    if change.change == "added":
        return [("new" if en else "新規") + (f", line {b.line}" if en and b and b.line else f"（{b.line} 行）" if b and b.line else "")]
    if change.change == "removed":
        if a is None or a.line is None:  # read from a document: no line of the earlier version to point at
            return ["was in the earlier version" if en else "前の版にありました"]
        return [f"was at line {a.line}" if en else f"前の版の {a.line} 行"]
    assert a is not None
    assert b is not None
    if change.matched_by == "id":
        lines.append("paired by id" if en else "ID で対応")
    else:
        lines.append(f"paired by a similar title ({change.similarity:g})" if en else f"題名の類似で対応（{change.similarity:g}）")
    if a.title != b.title:
        lines.append(f"title: 「{a.title}」 → 「{b.title}」" if en else f"名称:「{a.title}」→「{b.title}」")
    if a.id != b.id:
        lines.append(f"id: {a.id} → {b.id}" if en else f"ID: {a.id} → {b.id}")
    if a.policy_id != b.policy_id and a.policy_id is not None and b.policy_id is not None:
        lines.append(f"policy: {a.policy_id} → {b.policy_id}" if en else f"方針: {a.policy_id} → {b.policy_id}")
    if change.description is not None:
        # No space inside a Japanese line: the terminal then folds it by character, as Japanese wraps.
        removed, added = ("description − ", "description + ") if en else ("説明から削除:", "説明に追加:")
        for sentence in change.description.removed:
            lines.append(removed + shorten(sentence, limit))
        for sentence in change.description.added:
            lines.append(added + shorten(sentence, limit))
    lines += [kpi_line(k, lang) for k in change.kpis]
    if change.schedule is not None:
        lines.append(f"{'schedule' if en else '期間'}: {_period(change.schedule.before, lang)} → {_period(change.schedule.after, lang)}")
    if change.owner is not None:
        none = "none" if en else "なし"
        lines.append(f"{'owner' if en else '担当'}: {change.owner.before or none} → {change.owner.after or none}")
    if change.addresses is not None:
        links = [f"+ {x}" for x in change.addresses.added] + [f"− {x}" for x in change.addresses.removed]
        lines.append(("declared items: " if en else "宣言した項目: ") + " ".join(links))
    return lines


def procedure_state(change: ProcedureChange, which: str, lang: str) -> str:
    state = change.before if which == "before" else change.after
    year = change.before_year if which == "before" else change.after_year
    label = PROCEDURE_STATE[lang][state]
    return f"{label} {_year(year, lang)}" if year is not None else label


def score_change(change: ScoreChange, lang: str) -> tuple[str, str, str]:
    """A framework's score before, after, and the change, as every diff format writes them: a score the audit
    does not count in 総合 as the audit shows it (「—（総合に含めない）」: the priority procedures' 100 over the 3 a
    plan names is not a score), and no change beside it."""
    before = score_text(change.before, lang, change.before_counted)
    after = score_text(change.after, lang, change.after_counted)
    if change.before_counted != "counted" or change.after_counted != "counted":
        return before, after, "—"
    return before, after, delta_text(change.before, change.after)
