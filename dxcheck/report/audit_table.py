"""The audit as rich tables: per framework, item by item; then procedures, findings and scores.

Status symbols survive a terminal without colour: ● covered, ◐ partial, ○ missing, − exempt.
"""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from dxcheck.fiscal import format_fiscal_year
from dxcheck.report import Drawn, ReportContext
from dxcheck.report.diagnostics import finding_line
from dxcheck.report.heading import document_note, plan_heading
from dxcheck.report.matrix import LABEL, SYMBOL, source_id, source_title
from dxcheck.report.summary import audit_summary
from dxcheck.results import AuditResult, Audits, Evidence, FrameworkResult, ItemResult

# The terminal's colours; the symbols and labels are every format's (report/matrix.py).
STYLE = {"covered": "green", "partial": "yellow", "missing": "bold red", "exempt": "dim"}


def shorten(text: str | None, limit: int = 80) -> str:
    """Text for the terminal: a pasted page is cut, with an ellipsis (exports keep it whole)."""
    if text is None:
        return ""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def status_text(status: str, lang: str) -> Text:
    return Text(f"{SYMBOL[status]} {LABEL['en' if lang == 'en' else 'ja'][status]}", style=STYLE[status])


def _evidence_text(item: ItemResult, lang: str) -> Text:
    text = Text()
    shown = [e for e in item.evidence if e.strength != "missing"] or item.evidence
    for n, evidence in enumerate(shown[:3]):
        if n:
            text.append("\n")
        text.append_text(_one_evidence(evidence, lang))
    if len(shown) > 3:
        text.append(f"\n… +{len(shown) - 3}")
    if item.suggestions:
        text.append("\n")
        text.append(
            ("suggest: " if lang == "en" else "候補: ") + ", ".join(str(source_id(s, lang)) for s in item.suggestions), style="cyan"
        )
    return text


def _one_evidence(evidence: Evidence, lang: str) -> Text:
    # No spaces inside one piece of evidence: rich then folds it by character, as Japanese wraps,
    # instead of moving the title to a line of its own.
    en = lang == "en"
    line = evidence.location.mark().replace(" ", "")  # no spaces: see above
    if evidence.kind == "explicit":
        mark = "" if evidence.strength == "covered" else ("(partial)" if en else "（一部）")
        return Text(f"{source_id(evidence, lang)}「{shorten(source_title(evidence))}」{mark}{line}")
    if evidence.kind == "inferred":
        where = {"title": "title" if en else "題", "description": "text" if en else "本文"}[evidence.field]
        words = "・".join(evidence.matched)
        return Text(
            f"{source_id(evidence, lang)}「{source_title(evidence)}」[{'inferred' if en else '推定'}:{where}「{words}」]{line}",
            style="italic",
        )
    if evidence.kind == "exemption":
        return Text(("exempt: " if en else "除外: ") + (evidence.note or ""), style="dim")
    return Text(f"procedures:{evidence.note or ''}{line}")


def _marks(item: ItemResult, lang: str) -> Text:
    a = item.actionability
    if a is None:
        return Text("")
    kpi = {"target": "●", "name-only": "◐", "none": "○"}[a.kpi]
    return Text(f"{kpi} {'●' if a.schedule else '○'} {'●' if a.owner else '○'}")


def framework_table(framework: FrameworkResult, lang: str) -> Table:
    en = lang == "en"
    score = framework.score
    title = f"{framework.id}: {framework.title_en if en else framework.title}  —  {'score' if en else 'スコア'} {score.score:g}"
    table = Table(title=title, title_justify="left", show_lines=False)
    table.add_column("item" if en else "項目", overflow="fold", ratio=3)
    table.add_column("status" if en else "状況", no_wrap=True)
    table.add_column("evidence (measure, line)" if en else "根拠（施策・行）", overflow="fold", ratio=5)
    table.add_column("KPI/sched/owner" if en else "KPI 期間 担当", no_wrap=True)
    for item in framework.items:
        name = Text(f"{item.id}\n", style="bold")
        name.append(item.title_en if en else item.title)
        if not item.required:
            name.append(" (not required)" if en else "（任意）", style="dim")
        if item.national_target_fiscal_year:
            name.append(f"\n{'target' if en else '国の目標'} {format_fiscal_year(item.national_target_fiscal_year, lang)}", style="dim")
        table.add_row(name, status_text(item.status, lang), _evidence_text(item, lang), _marks(item, lang))
    return table


def procedures_table(result: AuditResult, lang: str) -> Table:
    en = lang == "en"
    table = Table(title="Priority online procedures" if en else "優先的にオンライン化すべき手続", title_justify="left")
    headers = (
        ["group", "total", "online", "planned", "not planned", "n/a", "not mentioned"]
        if en
        else ["グループ", "手続数", "済", "予定", "予定なし", "対象外", "記載なし"]
    )
    for n, header in enumerate(headers):
        table.add_column(header, justify="left" if n == 0 else "right", no_wrap=n != 0)
    for g in result.procedures.groups:
        table.add_row(
            g.title_en if en else g.title,
            str(g.total),
            str(g.online),
            str(g.planned),
            str(g.not_planned),
            str(g.not_applicable),
            str(g.not_mentioned),
        )
    return table


def scores_table(result: AuditResult, lang: str) -> Table:
    en = lang == "en"
    table = Table(title="Scores" if en else "スコア", title_justify="left")
    for n, header in enumerate(["framework", "●", "◐", "○", "−", "score"] if en else ["枠組み", "●", "◐", "○", "−", "スコア"]):
        table.add_column(header, justify="left" if n == 0 else "right", no_wrap=True)
    for f in result.frameworks:
        s = f.score
        table.add_row(f.id, str(s.covered), str(s.partial), str(s.missing), str(s.exempt), f"{s.score:g}")
    table.add_row(Text("overall" if en else "総合", style="bold"), "", "", "", "", Text(f"{result.overall_score:g}", style="bold"))
    return table


def render_audits(audits: Audits, context: ReportContext) -> Drawn:
    """Each plan's whole report, in reading order."""
    pieces: list[RenderableType] = []
    for n, result in enumerate(audits.audits):
        if n:
            pieces.append(Text(""))
        pieces += audit_pieces(result, context.lang)
    return Drawn(pieces)


def audit_pieces(result: AuditResult, lang: str) -> list[RenderableType]:
    """One plan's report: the header, a table per framework, procedures, findings, scores, verdict."""
    en = lang == "en"
    blank = Text("")
    plan = result.plan
    period = ""
    if plan.period_start or plan.period_end:
        start = format_fiscal_year(plan.period_start, lang) if plan.period_start else "?"
        end = format_fiscal_year(plan.period_end, lang) if plan.period_end else ""
        period = f"  {start}〜{end}" if not en else f"  {start} to {end}"
    legend = (
        "● covered  ◐ partial  ○ missing  − exempt   KPI ● target ◐ name only ○ none"
        if en
        else "● 取組あり  ◐ 一部  ○ なし  − 除外   KPI ● 目標値あり ◐ 名前のみ ○ なし"
    )
    pieces: list[RenderableType] = [
        Text(f"{shorten(plan_heading(plan, lang), 140)}{period}", style="bold"),
        Text(f"{result.file}", style="dim"),
    ]
    note = document_note(result, lang)
    if note is not None:
        pieces.append(Text(note, style="yellow"))
    pieces += [blank, Text(audit_summary(result, lang)), blank]
    pieces.append(Text(legend, style="dim"))
    for framework in result.frameworks:
        if framework.id == "procedures":
            continue
        pieces += [blank, framework_table(framework, lang)]
    pieces += [blank, procedures_table(result, lang)]
    if result.findings:
        pieces += [blank, Text("Findings" if en else "指摘", style="bold")]
        pieces += [finding_line(f, lang) for f in result.findings]
    pieces += [blank, Group(scores_table(result, lang))]
    verdict = ("PASS" if en else "合格") if result.passed else ("FAIL" if en else "不合格")
    bar = f"fail-on={result.settings.fail_on}" + (
        f", min-score={result.settings.min_score:g}" if result.settings.min_score is not None else ""
    )
    pieces.append(Text(f"{verdict} ({bar})", style="bold green" if result.passed else "bold red"))
    return pieces
