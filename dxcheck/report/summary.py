"""The summary paragraph in plain words, at the top of a report: what a 情報政策担当 can paste into a
議会資料 as it is. 「自治体DX推進計画の重点取組事項 6 項目のうち 5 項目に取り組んでいます。「テレワークの推進」は
計画に記載がありません。」 Made from the audit (or the diff) alone; English with --lang en.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from dxcheck.model.gate import unscored_reason
from dxcheck.model.results import AuditResult, FrameworkResult, ItemResult
from dxcheck.report.diff_text import governance_field, plan_field
from dxcheck.report.matrix import SYMBOL, score_text

if TYPE_CHECKING:  # an audit's summary does not make the diff's classes (17 dataclasses)
    from dxcheck.diff.results import PlanDiff


def short_title(framework: FrameworkResult, lang: str) -> str:
    """A framework's name without its parenthesis: 自治体DX推進計画, 官民データ活用推進基本法."""
    if lang == "en":
        return framework.title_en.split(" (")[0]
    return framework.title.split("（")[0]


def _titles(items: Sequence[ItemResult], lang: str) -> str:
    if lang == "en":
        return ", ".join(f"“{i.title_en}”" for i in items)
    return "".join(f"「{i.title}」" for i in items)


def _group_sentences(framework: FrameworkResult, lang: str) -> list[str]:
    en = lang == "en"
    sentences = []
    for group in (g for g in framework.groups if g.required):
        items = [i for i in framework.items if i.group == group.id and i.required]
        if not items:
            continue
        partial = [i for i in items if i.status == "partial"]
        missing = [i for i in items if i.status == "missing"]
        exempt = [i for i in items if i.status == "exempt"]
        taken = sum(1 for i in items if i.status in ("covered", "partial"))
        name = f"{short_title(framework, lang)}: {group.title_en} —" if en else f"{short_title(framework, lang)}の{group.title}"
        notes = []
        if partial:
            notes.append(f"{len(partial)} of them partly" if en else f"うち {len(partial)} 項目は一部")
        if exempt:
            notes.append(f"{len(exempt)} declared not applicable" if en else f"{len(exempt)} 項目は対象外")
        note = (f" ({'; '.join(notes)})" if en else f"（{'、'.join(notes)}）") if notes else ""
        if en:
            sentences.append(f"{name} the plan addresses {taken} of the {len(items)} items{note}.")
        elif taken == len(items):
            sentences.append(f"{name} {len(items)} 項目すべてに取り組んでいます{note}。")
        else:
            sentences.append(f"{name} {len(items)} 項目のうち {taken} 項目に取り組んでいます{note}。")
        mentioned = [i for i in missing if i.not_counted]
        absent = [i for i in missing if not i.not_counted]
        if absent:
            sentences.append(f"Not in the plan: {_titles(absent, lang)}." if en else f"{_titles(absent, lang)}は計画に記載がありません。")
        if mentioned:
            sentences.append(
                f"Mentioned but not committed to: {_titles(mentioned, lang)}."
                if en
                else f"{_titles(mentioned, lang)}は言及はありますが、取組としては書かれていません。"
            )
        if partial:
            sentences.append(f"Partly: {_titles(partial, lang)}." if en else f"{_titles(partial, lang)}は一部の取組にとどまります。")
    return sentences


def _procedure_sentence(result: AuditResult, lang: str) -> str | None:
    groups = result.procedures.groups
    total = sum(g.total for g in groups)
    if not total:
        return None
    counts = [
        (sum(g.online for g in groups), "online", "オンライン化済み"),
        (sum(g.planned for g in groups), "planned", "予定"),
        (sum(g.not_planned for g in groups), "not planned", "予定なし"),
        (sum(g.not_applicable for g in groups), "not applicable", "対象外"),
        (sum(g.not_mentioned for g in groups), "not mentioned", "記載なし"),
    ]
    # a planned procedure counts ● with a target year and ◐ without (the score table): how many have one is said
    planned = [p for p in result.procedures.items if p.state == "planned"]
    dated = sum(1 for p in planned if p.target_fiscal_year is not None)
    if lang == "en":
        parts = ", ".join(f"{n} {en}" + (f" ({dated} with a target year)" if en == "planned" else "") for n, en, _ in counts if n)
        return f"Of the {total} priority online procedures: {parts}."
    parts = "、".join(f"{ja} {n} 件" + (f"（うち目標年度のあるもの {dated} 件）" if ja == "予定" else "") for n, _, ja in counts if n)
    return f"優先的にオンライン化すべき手続 {total} 件のうち、{parts}です。"


def audit_summary(result: AuditResult, lang: str) -> str:
    """The audit in a paragraph: per required group, how many items the plan takes up and which it does not;
    the procedures; the overall score."""
    sentences: list[str] = []
    for framework in result.frameworks:
        if framework.id != "procedures":
            sentences += _group_sentences(framework, lang)
    procedures = _procedure_sentence(result, lang)
    if procedures is not None:
        sentences.append(procedures)
    if result.overall_score is None:
        why_ja, why_en, of_zero = unscored_reason(result.frameworks)
        if lang == "en":
            sentences.append(f"No overall score: {why_en}{' (0 of 0 is no score)' if of_zero else ''}.")
        else:
            sentences.append(f"総合スコアはありません（{why_ja}{'。0/0 はスコアになりません' if of_zero else ''}）。")
    else:
        sentences.append(f"Overall score: {result.overall_score:g}." if lang == "en" else f"総合スコアは {result.overall_score:g} です。")
    procedures_left_out = any(f.id == "procedures" and not f.score.in_overall for f in result.frameworks)
    # 記載なし is not 取組なし, and naming fewer must not raise the score; no option named: a council reader runs no command
    if procedures_left_out:
        sentences.append(
            "The priority procedures are counted, and not part of the overall score."
            if lang == "en"
            else "優先手続は件数を示し、総合スコアには含めていません。"
        )
    return (" " if lang == "en" else "").join(sentences)


def version_name(file: str, revision: str | None, lang: str) -> str:
    """How a summary names a version: 「HEAD~1 の版」, or the file."""
    if revision is not None:
        return f"the version at {revision}" if lang == "en" else f"{revision} の版"
    return file


def diff_summary(diff: PlanDiff, lang: str) -> str:
    """The diff in a paragraph: items lost and gained, measures and procedures changed, the overall score."""
    en = lang == "en"
    old = version_name(diff.old.file, diff.old.revision, lang)
    new = version_name(diff.new.file, diff.new.revision, lang)
    before, after = diff.old.overall_score, diff.new.overall_score
    users = user_framework_sentences(diff, lang)
    if diff.unchanged:
        if en:
            return " ".join([f"No change from {old} to {new}. Overall score: {score_text(after, lang)}.", *users])
        return "".join([f"{old} から {new} への変更はありません。総合スコアは {score_text(after, lang)} です。", *users])
    sentences = [f"Changes from {old} to {new}." if en else f"{old} から {new} への変更です。"]

    def listed(kind: str) -> str:
        chosen = [i for i in diff.items if i.change == kind]
        if en:
            return ", ".join(f"“{i.title_en}” ({SYMBOL[i.before]} → {SYMBOL[i.after]})" for i in chosen)
        return "".join(f"「{i.title}」（{SYMBOL[i.before]} → {SYMBOL[i.after]}）" for i in chosen)

    losses = sum(1 for i in diff.items if i.change == "loss")
    gains = sum(1 for i in diff.items if i.change == "gain")
    others = len(diff.items) - losses - gains
    if losses:
        sentences.append(
            f"Lost coverage of {losses} required item(s): {listed('loss')}."
            if en
            else f"国の必須項目 {losses} 項目で取組が後退しました: {listed('loss')}。"
        )
    if gains:
        sentences.append(
            f"Gained coverage of {gains} required item(s): {listed('gain')}."
            if en
            else f"{gains} 項目で取組が進みました: {listed('gain')}。"
        )
    if others:
        sentences.append(
            f"{others} other item(s) changed status." if en else f"ほかに {others} 項目の状況が変わりました（任意の項目・対象外の宣言）。"
        )
    if diff.plan:
        names = [plan_field(f.field, lang) for f in diff.plan if not f.field.startswith("governance.")]
        # The fields of the 推進体制 as one name: 「推進体制（進行管理・外部人材）」, not the word 推進体制 twice
        governance = [governance_field(f.field.removeprefix("governance."), lang) for f in diff.plan if f.field.startswith("governance.")]
        if governance:
            names.append(f"governance ({', '.join(governance)})" if en else f"推進体制（{'・'.join(governance)}）")
        # 「計画の」 before a name that does not say whose it is (策定日, 段階); not before 計画の名称 or 計画期間の開始
        # (「計画の計画の名称が変わりました」 before) nor 自治体名
        said = [n if n.startswith(("計画", "自治体", "団体")) else f"計画の{n}" for n in names]
        sentences.append(f"The plan's {', '.join(names)} changed." if en else f"{'・'.join(said)}が変わりました。")
    kinds = [
        ("added", "added", "追加"),
        ("removed", "removed", "削除"),
        ("renamed", "renamed", "名称変更"),
        ("changed", "changed", "内容の変更"),
    ]
    for parts, name_en, name_ja in ((diff.policies, "Policies", "方針"), (diff.measures, "Measures", "施策")):
        counts = [(sum(1 for m in parts if m.change == kind), label_en, label_ja) for kind, label_en, label_ja in kinds]
        if any(n for n, _, _ in counts):
            if en:
                sentences.append(f"{name_en}: " + ", ".join(f"{n} {label}" for n, label, _ in counts if n) + ".")
            else:
                sentences.append(f"{name_ja}は " + "、".join(f"{label} {n} 件" for n, _, label in counts if n) + "です。")
    if diff.procedures:
        lost = sum(1 for p in diff.procedures if p.loss)
        if en:
            sentences.append(f"{len(diff.procedures)} procedure(s) changed" + (f", {lost} of them for the worse." if lost else "."))
        else:
            sentences.append(f"手続の状況の変更が {len(diff.procedures)} 件あります" + (f"（うち後退 {lost} 件）。" if lost else "。"))
    if before != after:
        shown_before, shown_after = score_text(before, lang), score_text(after, lang)
        sentences.append(
            f"Overall score: {shown_before} → {shown_after}." if en else f"総合スコアは {shown_before} から {shown_after} になりました。"
        )
    else:
        sentences.append(
            f"Overall score unchanged: {score_text(after, lang)}." if en else f"総合スコアは {score_text(after, lang)} のままです。"
        )
    if diff.similar_titles_skipped:
        sentences.append(
            "Too many measures or policies were left unpaired by id and title to compare their titles by similarity "
            "(more than 300 × 300 pairs): the rest are shown as added and removed."
            if en
            else "ID と題名で対応づかない施策・方針が多すぎるため（300 × 300 組を超える）、題名の類似による対応づけは省きました。"
            "残りは追加と削除として示します。"
        )
    return (" " if en else "").join([*sentences, *users])


def user_framework_sentences(diff: PlanDiff, lang: str) -> list[str]:
    """Each framework a user added (--frameworks-dir), with its file, as the audit names it (DX505); and
    the items a replacement made optional, which a loss still counts (DX506)."""
    en = lang == "en"
    sentences = []
    for f in diff.frameworks:
        if f.user_file is None:
            continue
        ref = f"{f.id}@{f.edition}"
        if en:
            sentences.append(
                f"{ref} was read from the user's framework file {f.user_file}"
                + (" (replacing the edition dxcheck ships)." if f.replaces_shipped else ".")
            )
        else:
            sentences.append(
                f"{ref} は利用者の枠組みファイル {f.user_file} から読みました"
                + ("（dxcheck の収録版を置き換え）。" if f.replaces_shipped else "。")
            )
        if f.lowered:
            listed = (", " if en else "、").join(f.lowered)
            sentences.append(
                f"That file makes {len(f.lowered)} item(s) the shipped edition requires optional ({listed}); a loss of them still counts as a loss."
                if en
                else f"このファイルは収録版の必須項目 {len(f.lowered)} 件（{listed}）を必須でなくしていますが、その後退は後退として数えます。"
            )
    return sentences
