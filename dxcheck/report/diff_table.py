"""The diff for the terminal: the summary, then items, measures, policies, procedures and scores as rich tables."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from dxcheck.diff.results import ItemChange, PartChange, PlanDiff
from dxcheck.model.findings import visible
from dxcheck.report import Drawn, ReportContext
from dxcheck.report.audit_table import STYLE, titled
from dxcheck.report.console import Wrapped
from dxcheck.report.diff_text import (
    ITEM_CHANGE,
    PART_CHANGE,
    evidence_line,
    part_details,
    part_name,
    plan_field,
    plan_value,
    procedure_state,
    score_change,
    sides,
)
from dxcheck.report.heading import plan_heading
from dxcheck.report.matrix import SYMBOL
from dxcheck.report.summary import diff_summary

_CHANGE_STYLE = {"loss": "bold red", "gain": "green", "worse": "yellow", "better": "green", "exempted": "dim", "unexempted": "dim"}
_PART_STYLE = {"added": "green", "removed": "red", "renamed": "cyan", "changed": "yellow"}


def _status(status: str) -> Text:
    return Text(SYMBOL[status], style=STYLE[status])


def _statuses(before: str, after: str) -> Text:
    text = _status(before)
    text.append(" → ")
    text.append_text(_status(after))
    return text


def _evidence(item: ItemChange, lang: str) -> Text:
    return Text("\n".join(visible(evidence_line(e, lang, limit=80), breaks=True) for e in item.evidence))


def items_table(diff: PlanDiff, lang: str) -> Group:
    en = lang == "en"
    table = Table()
    table.add_column("item" if en else "項目", ratio=3)
    table.add_column("before → after" if en else "前 → 後", no_wrap=True)
    table.add_column("change" if en else "変化", no_wrap=True)
    table.add_column("evidence (measure)" if en else "根拠の変化（施策）", ratio=4)
    for item in diff.items:
        name = Text(f"{item.id}\n", style="bold")
        name.append(item.title_en if en else item.title)
        table.add_row(
            Wrapped(name),
            _statuses(item.before, item.after),
            Text(ITEM_CHANGE[lang][item.change], style=_CHANGE_STYLE[item.change]),
            Wrapped(_evidence(item, lang)),
        )
    return titled("Items whose status changed" if en else "状況が変わった国の項目", table)


def parts_table(changes: list[PartChange], lang: str, *, policies: bool = False) -> Group:
    en = lang == "en"
    title = ("Policies" if en else "方針の変更") if policies else ("Measures" if en else "施策の変更")
    table = Table()
    table.add_column("change" if en else "変更", no_wrap=True)
    table.add_column("policy" if policies and en else "方針" if policies else "measure" if en else "施策", ratio=2)
    table.add_column("what changed" if en else "内容", ratio=5)
    for change in changes:
        table.add_row(
            Text(PART_CHANGE[lang][change.change], style=_PART_STYLE[change.change]),
            Wrapped(visible(part_name(change), breaks=True)),
            Wrapped("\n".join(visible(line, breaks=True) for line in part_details(change, lang, limit=80))),
        )
    return titled(title, table)


def procedures_table(diff: PlanDiff, lang: str) -> Group:
    en = lang == "en"
    table = Table()
    table.add_column("procedure" if en else "手続", ratio=3)
    table.add_column("before → after" if en else "前 → 後", ratio=2)
    table.add_column("status" if en else "評価", no_wrap=True)
    for p in diff.procedures:
        table.add_row(
            Wrapped(f"{p.id} {p.title}"),
            Wrapped(f"{procedure_state(p, 'before', lang)} → {procedure_state(p, 'after', lang)}"),
            _statuses(p.status_before, p.status_after),
        )
    return titled("Priority online procedures" if en else "優先的にオンライン化すべき手続の変更", table)


def scores_table(diff: PlanDiff, lang: str) -> Group:
    en = lang == "en"
    table = Table()
    for n, header in enumerate(["framework", "before", "after", "change"] if en else ["枠組み", "前", "後", "差"]):
        table.add_column(header, justify="left" if n == 0 else "right", no_wrap=True)
    for s in diff.scores:
        before, after, change = score_change(s, lang)
        name = ("overall" if en else "総合") if s.framework == "overall" else s.framework
        style = "bold" if s.framework == "overall" else ""
        table.add_row(
            Text(name, style=style),
            before,
            Text(after, style=style),
            Text(change, style="red" if change.startswith("-") else "green" if change.startswith("+") else "dim"),
        )
    return titled("Scores" if en else "スコア", table)


def render_diff(diff: PlanDiff, context: ReportContext) -> Drawn:
    lang = context.lang
    en = lang == "en"
    blank = Text("")
    pieces: list[RenderableType] = [
        Wrapped(visible(plan_heading(diff.new.plan, lang), breaks=True), style="bold"),
        Wrapped(sides(diff), style="dim", fold=False),
        blank,
        Wrapped(diff_summary(diff, lang)),
    ]
    if diff.items:
        pieces += [blank, items_table(diff, lang)]
    if diff.plan:
        pieces += [blank, Text("The plan" if en else "計画の基本情報", style="bold")]
        pieces += [
            Wrapped(
                visible(
                    f"  {plan_field(f.field, lang)}: {plan_value(f.field, f.before, lang)} → {plan_value(f.field, f.after, lang)}",
                    breaks=True,
                ),
                indent=4,
            )
            for f in diff.plan
        ]
    if diff.policies:
        pieces += [blank, parts_table(diff.policies, lang, policies=True)]
    if diff.measures:
        pieces += [blank, parts_table(diff.measures, lang)]
    if diff.procedures:
        pieces += [blank, procedures_table(diff, lang)]
    pieces += [blank, scores_table(diff, lang)]
    if diff.loss:
        verdict = Text("LOSS: a required item lost coverage" if en else "後退あり: 国の必須項目の取組が減りました", style="bold red")
    else:
        verdict = Text("no loss of coverage" if en else "後退なし", style="bold green")
    pieces.append(verdict)
    return Drawn(pieces)
