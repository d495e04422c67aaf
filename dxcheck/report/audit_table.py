"""The audit as rich tables: per framework, item by item; then procedures, findings and scores.

Status symbols survive a terminal without colour: ● covered, ◐ partial, ○ missing, − exempt, and ◌ for
an optional item the plan leaves out (not a gap).
"""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from dxcheck.model.findings import visible
from dxcheck.model.fiscal import format_fiscal_year
from dxcheck.model.results import AuditResult, Audits, Evidence, FrameworkResult, ItemResult
from dxcheck.report import Drawn, ReportContext
from dxcheck.report.advice import advised, short_line
from dxcheck.report.advice import heading as advice_heading
from dxcheck.report.console import Balanced, Wrapped
from dxcheck.report.diagnostics import folded_lines
from dxcheck.report.editions import edition_lines
from dxcheck.report.heading import document_note, plan_heading, reading_lines, town_name
from dxcheck.report.matrix import (
    LABEL,
    LEGEND,
    LEGEND_MARKS,
    SYMBOL,
    evidence_text,
    inherited_text,
    look,
    score_text,
    source_id,
    source_title,
)
from dxcheck.report.summary import audit_summary
from dxcheck.report.verdict import verdict, with_detail

# The terminal's colours; the symbols and labels are every format's (report/matrix.py).
STYLE = {"covered": "green", "partial": "yellow", "missing": "bold red", "exempt": "dim", "optional-missing": "dim", "not-mentioned": "dim"}


def shorten(text: str | None, limit: int = 80) -> str:
    """Text for the terminal: a pasted page is cut, with an ellipsis (exports keep it whole); one line,
    what would print a line of its own or reorder the line written as an escape (`\\n`, `\\u202e`)."""
    if text is None:
        return ""
    return visible(text if len(text) <= limit else text[: limit - 1] + "…", breaks=True)


def status_text(status: str, lang: str) -> Text:
    return Text(f"{SYMBOL[status]} {LABEL['en' if lang == 'en' else 'ja'][status]}", style=STYLE[status])


def _evidence_text(item: ItemResult, lang: str, limit: int | None = 3) -> Text:
    text = Text()
    kept = [e for e in item.evidence if e.strength != "missing"] or item.evidence
    # one line each: two sentences of one measure on one page that match the same words read the same
    # (「5-2「デジタル・インクルージョン」[推定:本文「格差」]p.14」 twice: the third walkthrough)
    lines = list({(said := _one_evidence(e, lang)).plain: said for e in kept}.values())
    for n, line in enumerate(lines[:limit]):
        if n:
            text.append("\n")
        text.append_text(line)
    if limit is not None and len(lines) > limit:
        rest = len(lines) - limit  # no spaces: the column folds at them
        text.append(f"\n…+{rest}(-v:all)" if lang == "en" else f"\n…ほか{rest}件（-vで全部）")
    if item.suggestions:
        # a measure whose title and text both name the item is two suggestions, and one candidate: named once, in order
        candidates = dict.fromkeys(str(source_id(s, lang)) for s in item.suggestions)
        text.append("\n")
        text.append(("suggest: " if lang == "en" else "候補: ") + ", ".join(candidates), style="cyan")
    return text


def _one_evidence(evidence: Evidence, lang: str) -> Text:
    en = lang == "en"
    line = evidence.location.mark().replace(" ", "")  # 「…」p.12: the reference stays with the title
    if evidence.kind == "explicit":
        mark = "" if evidence.strength == "covered" else ("(partial)" if en else "（一部）")
        return Text(f"{source_id(evidence, lang)}「{shorten(source_title(evidence))}」{mark}{line}")
    if evidence.kind == "inferred":
        where = {"title": "title" if en else "題", "description": "text" if en else "本文"}[evidence.field]
        words = "・".join(evidence.matched)
        # (a study read as 一部 was shown as a commitment is: the Word report said 「（一部）（推定）」, the terminal nothing)
        mark = "" if evidence.strength != "partial" else ("(partial)" if en else "（一部）")
        return Text(
            f"{source_id(evidence, lang)}「{source_title(evidence)}」{mark}[{'inferred' if en else '推定'}:{where}「{words}」]"
            f"{inherited_text(evidence, lang).strip()}{line}",
            style="italic",
        )
    said = evidence_text(evidence, lang) if en else evidence_text(evidence, lang).replace(" ", "")  # see above
    if evidence.kind == "exemption":
        return Text(said, style="dim")
    return Text(f"{said}{line}")


def _marks(item: ItemResult, lang: str) -> Text:
    a = item.actionability
    if a is None:
        return Text("")
    kpi = {"target": "●", "name-only": "◐", "none": "○"}[a.kpi]
    return Text(f"{kpi} {'●' if a.schedule else '○'} {'●' if a.owner else '○'}")


def titled(title: str, table: Table) -> Group:
    """A table under its title; the title wraps (rich's own table title would not, on a console that
    does not wrap)."""
    return Group(Wrapped(title, style="table.title"), Balanced(table))


def framework_table(framework: FrameworkResult, lang: str, *, verbose: bool = False, where: str = "line") -> Group:
    """One framework's items with their status and evidence; `where`: how the evidence is placed — a YAML plan's
    lines, a document's pages, or the paragraphs of a Word file without pages (the header said 行 for all three)."""
    en = lang == "en"
    score = framework.score
    shown = framework.id if framework.selection is None or framework.selection.by == "only" else f"{framework.id}@{framework.edition}"
    title = f"{shown}: {framework.title_en if en else framework.title}  —  {'score' if en else 'スコア'} {score_text(score, lang)}"
    table = Table(show_lines=False)
    table.add_column("item" if en else "項目", ratio=3)
    table.add_column("status" if en else "状況", no_wrap=True)
    place = {"line": ("line", "行"), "page": ("page", "ページ"), "paragraph": ("paragraph", "段落")}[where]
    table.add_column(Wrapped(f"evidence (measure, {place[0]})" if en else f"根拠（施策・{place[1]}）"), ratio=5)
    table.add_column("KPI/sched/owner" if en else "KPI 期間 担当", no_wrap=True)
    for item in framework.items:
        name = Text(f"{item.id}\n", style="bold")
        name.append(item.title_en if en else item.title)
        if not item.required:
            name.append(" (not required)" if en else "（任意）", style="dim")
        if item.national_target_fiscal_year:
            name.append(f"\n{'target' if en else '国の目標'} {format_fiscal_year(item.national_target_fiscal_year, lang)}", style="dim")
        table.add_row(
            Wrapped(name), status_text(look(item), lang), Wrapped(_evidence_text(item, lang, None if verbose else 3)), _marks(item, lang)
        )
    return titled(title, table)


def revision_table(result: AuditResult, lang: str) -> Group:
    """--against: the 改定 checklist — every item of the newer edition, where it comes from, its status."""
    from dxcheck.report.frameworks_report import CHANGE_LABEL

    en = lang == "en"
    revision = result.revision
    assert revision is not None
    title = (
        f"Revision checklist: {revision.framework}@{revision.old} → {revision.framework}@{revision.new}"
        if en
        else f"改定チェックリスト: {revision.framework}@{revision.old} → {revision.framework}@{revision.new}"
    )
    table = Table()
    for header in ["", "item", "from", "change", "status"] if en else ["", "項目", "元の項目", "変化", "状況"]:
        table.add_column(header)
    for line in revision.items:
        todo = (line.new is not None and line.change != "same" and line.status in ("missing", "partial")) or (
            line.new is None and line.addressed
        )
        name = Text(f"{line.new or line.old}\n", style="bold")
        name.append(line.title_en if en else line.title)
        table.add_row(
            Text("☐" if todo else "✓" if line.new is not None and line.status == "covered" else "·"),
            Wrapped(name),
            (line.old or "—") if line.new is not None else "—",
            CHANGE_LABEL["en" if en else "ja"][line.change],
            status_text(line.status, lang)
            if line.status
            else Text("—" if not line.addressed else ("taken up by the plan" if en else "計画が取組")),
        )
    return titled(title, table)


def procedures_table(result: AuditResult, lang: str) -> Group:
    en = lang == "en"
    table = Table()
    headers = (
        ["group", "total", "online", "planned", "not planned", "n/a", "not mentioned"]
        if en
        else ["グループ", "手続数", "済", "予定", "予定なし", "対象外", "記載なし"]
    )
    for n, header in enumerate(headers):
        table.add_column(header, justify="left" if n == 0 else "right", no_wrap=n != 0)
    for g in result.procedures.groups:
        table.add_row(
            Wrapped(g.title_en if en else g.title),
            str(g.total),
            str(g.online),
            str(g.planned),
            str(g.not_planned),
            str(g.not_applicable),
            str(g.not_mentioned),
        )
    drawn = titled("Priority online procedures" if en else "優先的にオンライン化すべき手続", table)
    if any(g.planned for g in result.procedures.groups):  # the score table's ● and ◐ of procedures, both 予定 here
        drawn.renderables.append(
            Wrapped(
                "In the scores, a procedure online, planned with a target year or taken up by a measure counts ●; "
                "one planned with neither a year nor a measure ◐."
                if en
                else "スコアでは、済・目標年度のある予定・施策が取り組む手続を ●、目標年度がなく施策も取り組んでいない予定を ◐ に数えます。",
                style="dim",
            )
        )
    return drawn


def scores_table(result: AuditResult, lang: str) -> Group:
    en = lang == "en"
    table = Table()
    # 記載なし (procedures the plan does not name) is a column of its own: not ○, not in the score
    unstated = any(f.score.unstated for f in result.frameworks)
    headers = ["framework", "●", "◐", "○", "−", "not named", "score"] if en else ["枠組み", "●", "◐", "○", "−", "記載なし", "スコア"]
    if not unstated:
        headers.pop(5)
    for n, header in enumerate(headers):
        table.add_column(header, justify="left" if n == 0 else "right", no_wrap=True)
    for f in result.frameworks:
        s = f.score
        counts = [str(s.covered), str(s.partial), str(s.missing - s.unstated), str(s.exempt)]
        table.add_row(f.id, *counts, *([str(s.unstated)] if unstated else []), score_text(s, lang))
    blanks = [""] * (len(headers) - 2)
    table.add_row(Text("overall" if en else "総合", style="bold"), *blanks, Text(score_text(result.overall_score, lang), style="bold"))
    return titled("Scores" if en else "スコア", table)


def render_audits(audits: Audits, context: ReportContext) -> Drawn:
    """Each plan's whole report, in reading order; --summary: a line per plan; --quiet: a line per
    plan that fails, nothing when all pass."""
    if context.detail in ("summary", "quiet"):
        shown = [r for r in audits.audits if context.detail == "summary" or not r.passed]
        return Drawn([one_line(r, context.lang, context.given) for r in shown])
    pieces: list[RenderableType] = []
    for n, result in enumerate(audits.audits):
        if n:
            pieces.append(Text(""))
        pieces += audit_pieces(result, context.lang, verbose=context.detail == "verbose")
    return Drawn(pieces)


def one_line(result: AuditResult, lang: str, given: tuple[str, ...] = ()) -> Text:
    """`plans/kamisato.yaml 上里町 総合 84.4: 不合格: 必須項目が 2 件ありません（…）。詳しくは dxcheck audit plans/kamisato.yaml`:
    a plan that fails names the command that shows its findings (the pre-commit hook prints this line alone), with
    the options `given` on the command line that decide what is said of it."""
    text = Text()
    text.append(f"{result.file} {visible(town_name(result), breaks=True)} ", style="bold")
    text.append(f"{'overall' if lang == 'en' else '総合'} {score_text(result.overall_score, lang)}: ")
    text.append(with_detail(result, lang, given), style="green" if result.passed else "red")
    return text


def audit_pieces(result: AuditResult, lang: str, *, verbose: bool = False) -> list[RenderableType]:
    """One plan's report: the header, a table per framework, procedures, findings, scores, verdict."""
    en = lang == "en"
    blank = Text("")
    plan = result.plan
    period = ""
    if plan.period_start or plan.period_end:
        start = format_fiscal_year(plan.period_start, lang) if plan.period_start else "?"
        end = format_fiscal_year(plan.period_end, lang) if plan.period_end else ""
        period = f"  {start}〜{end}" if not en else f"  {start} to {end}"
    legend = "  ".join(f"{SYMBOL[s]} {LEGEND['en' if en else 'ja'][s]}" for s in LEGEND_MARKS) + (
        "   KPI ● target ◐ name only ○ none" if en else "   KPI ● 目標値あり ◐ 名前のみ ○ なし"
    )
    pieces: list[RenderableType] = [
        Wrapped(f"{shorten(plan_heading(plan, lang), 140)}{period}", style="bold"),
        Text(f"{result.file}", style="dim"),
        *(Wrapped(("edition: " if en else "版: ") + line, indent=4) for line in edition_lines(result, lang)),
    ]
    note = document_note(result, lang)
    if note is not None:
        pieces.append(Wrapped(note, style="yellow", fold=False))
    for line in reading_lines(result, lang):
        pieces.append(Wrapped(line, style="bold red" if line.startswith("⚠") else "yellow"))
    pieces += [blank, Wrapped(audit_summary(result, lang)), blank]
    pieces.append(Wrapped(legend, style="dim"))
    for framework in result.frameworks:
        if framework.id == "procedures":
            continue
        where = "line" if result.document is None else "page" if result.document.pages else "paragraph"
        pieces += [blank, framework_table(framework, lang, verbose=verbose, where=where)]
    pieces += [blank, procedures_table(result, lang)]
    if result.revision is not None:
        pieces += [blank, revision_table(result, lang)]
    items = advised(result)
    if items:
        pieces += [blank, Text(advice_heading(lang), style="bold")]
        pieces += [Wrapped(short_line(item, lang), indent=4) for item in items]
    if result.findings:
        pieces += [blank, Text("Findings" if en else "指摘", style="bold")]
        # a finding's message wraps under its location, which stays whole on the first line
        pieces += [Wrapped(line, indent=4, fold=False) for line in folded_lines(result.findings, lang, verbose=verbose)]
    pieces += [blank, scores_table(result, lang)]
    pieces.append(Wrapped(Text(verdict(result, lang), style="bold green" if result.passed else "bold red"), indent=4))
    return pieces
