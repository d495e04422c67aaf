"""Markdown of a diff: for a pull-request comment (or the job summary of a CI run). What the plans say
is written as text (markdown_report.text): a title cannot make a heading, a comment or a link."""

from __future__ import annotations

from collections.abc import Sequence

from dxcheck.diff.results import PartChange, PlanDiff
from dxcheck.model.findings import visible
from dxcheck.report import ReportContext
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
from dxcheck.report.markdown_report import code, text
from dxcheck.report.matrix import SYMBOL
from dxcheck.report.summary import diff_summary


def _cell(value: object) -> str:
    """A table cell made of `text`: the report's own line breaks become <br>."""
    return str(value).replace("\n", "<br>")


def _table(header: Sequence[str], rows: Sequence[Sequence[object]], align: str | None = None) -> list[str]:
    rule = [{"r": "---:", "c": ":---:"}.get(a, "---") for a in (align or "l" * len(header))]
    return [
        "| " + " | ".join(header) + " |",
        "| " + " | ".join(rule) + " |",
        *("| " + " | ".join(_cell(c) for c in r) + " |" for r in rows),
    ]


def _parts(changes: list[PartChange], lang: str, title: str, name: str) -> list[str]:
    en = lang == "en"
    rows = [[PART_CHANGE[lang][c.change], text(part_name(c)), "\n".join(text(d) for d in part_details(c, lang))] for c in changes]
    return [f"### {title}", "", *_table(["change" if en else "変更", name, "what changed" if en else "内容"], rows), ""]


def render_diff(diff: PlanDiff, context: ReportContext) -> str:
    """Markdown with every control character written as a visible escape (\\x1b), as the audit's."""
    return visible(_render_diff(diff, context))


def _render_diff(diff: PlanDiff, context: ReportContext) -> str:
    lang = context.lang
    en = lang == "en"
    lines = [
        f"## {'Changes to' if en else '計画の変更:'} {text(plan_heading(diff.new.plan, lang, code=False))}",
        "",
        code(sides(diff)),
        "",
        f"> {text(diff_summary(diff, lang))}",
        "",
    ]
    if diff.loss:
        lines += ["**" + ("Loss: a required item lost coverage." if en else "後退あり: 国の必須項目の取組が減りました。") + "**", ""]
    if diff.items:
        rows = []
        for i in diff.items:
            evidence = "\n".join(text(evidence_line(e, lang)) for e in i.evidence)
            rows.append(
                [
                    f"{code(i.id)} {text(i.title_en if en else i.title)}",
                    f"{SYMBOL[i.before]} → {SYMBOL[i.after]}",
                    ITEM_CHANGE[lang][i.change],
                    evidence or "—",
                ]
            )
        header = ["item", "before → after", "change", "evidence (measure)"] if en else ["項目", "前 → 後", "変化", "根拠の変化（施策）"]
        lines += ["### " + ("Items whose status changed" if en else "状況が変わった国の項目"), "", *_table(header, rows, "lcll"), ""]
    if diff.plan:
        lines += ["### " + ("The plan" if en else "計画の基本情報"), ""]
        lines += [
            f"- {plan_field(f.field, lang)} ({code(f.field)}): {text(plan_value(f.field, f.before, lang))} → {text(plan_value(f.field, f.after, lang))}"
            for f in diff.plan
        ]
        lines.append("")
    if diff.policies:
        lines += _parts(diff.policies, lang, "Policies" if en else "方針の変更", "policy" if en else "方針")
    if diff.measures:
        lines += _parts(diff.measures, lang, "Measures" if en else "施策の変更", "measure" if en else "施策")
    if diff.procedures:
        rows = [
            [
                f"{code(p.id)} {text(p.title)}",
                text(f"{procedure_state(p, 'before', lang)} → {procedure_state(p, 'after', lang)}"),
                f"{SYMBOL[p.status_before]} → {SYMBOL[p.status_after]}",
            ]
            for p in diff.procedures
        ]
        header = ["procedure", "before → after", "status"] if en else ["手続", "前 → 後", "評価"]
        lines += [
            "### " + ("Priority online procedures" if en else "優先的にオンライン化すべき手続の変更"),
            "",
            *_table(header, rows, "llc"),
            "",
        ]
    rows = []
    for s in diff.scores:
        name = ("**overall**" if en else "**総合**") if s.framework == "overall" else s.framework
        rows.append([name, *score_change(s, lang)])
    lines += [
        "### " + ("Scores" if en else "スコア"),
        "",
        *_table(["framework", "before", "after", "change"] if en else ["枠組み", "前", "後", "差"], rows, "lrrr"),
    ]
    return "\n".join(lines) + "\n"
