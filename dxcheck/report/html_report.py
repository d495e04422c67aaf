"""HTML: one self-contained file (inline CSS and SVG; no script, no font or image from the network),
with a heatmap of towns × items, a score chart per town and each town's findings (all of them: the
long runs fold into <details>). An audit adds each town's verdict and every item with its evidence.
Prints on A4 landscape."""

from __future__ import annotations

import re
from collections import Counter
from html import escape

from dxcheck import __version__
from dxcheck.model.findings import FindingOut, visible
from dxcheck.model.results import AuditResult, Audits
from dxcheck.report import ReportContext
from dxcheck.report.advice import advised
from dxcheck.report.advice import heading as advice_heading
from dxcheck.report.advice import rows as advice_rows
from dxcheck.report.editions import edition_lines, editions_of
from dxcheck.report.heading import document_note, marks_legend, name_counts, plan_heading, reading_lines, town_name
from dxcheck.report.matrix import (
    ABSENT,
    FILL,
    INK,
    LABEL,
    LEGEND,
    SYMBOL,
    columns,
    evidence_text,
    framework_ids,
    has_absent,
    item,
    legend,
    look,
    procedure_text,
    procedures_by_item,
    procedures_done,
    score,
    score_cell,
    score_text,
)
from dxcheck.report.summary import audit_summary
from dxcheck.report.verdict import head, verdict

_CSS = """
@page { size: A4 landscape; margin: 10mm; }
* { box-sizing: border-box; }
body { print-color-adjust: exact; -webkit-print-color-adjust: exact; font-family: "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Yu Gothic", "Meiryo", sans-serif;
       color: #1f2328; margin: 16px; font-size: 12px; line-height: 1.5; }
h1 { font-size: 20px; margin: 0 0 4px; } h2 { font-size: 16px; margin: 20px 0 8px; border-bottom: 2px solid #ccd; }
h3 { font-size: 14px; margin: 12px 0 6px; }
.meta { color: #57606a; margin: 0 0 12px; }
.summary { max-width: 60em; font-size: 13px; }
p.doubt { color: #b00020; font-weight: bold; max-width: 60em; }
table { border-collapse: collapse; }
th, td { border: 1px solid #d0d7de; padding: 3px 6px; vertical-align: top; }
th { background: #eef2f7; }
table.heatmap td.cell { text-align: center; min-width: 2.2em; font-weight: bold; }
table.heatmap th.item { font-weight: normal; padding: 4px 2px; vertical-align: bottom; }
table.heatmap th.item div { writing-mode: vertical-rl; white-space: nowrap; height: 11em; overflow: hidden; text-overflow: ellipsis; margin: 0 auto; }
dl.items { column-count: 3; column-gap: 24px; margin: 8px 0 0; font-size: 11px; }
dl.items dt { float: left; clear: left; width: 2.6em; font-weight: bold; } dl.items dd { margin: 0 0 2px 2.8em; }
.optional { opacity: 0.75; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.legend span { display: inline-block; padding: 0 8px; margin-right: 6px; border-radius: 3px; }
.errors { color: #7d4e00; }
.charts { display: flex; flex-wrap: wrap; gap: 12px; }
.chart { border: 1px solid #d0d7de; border-radius: 4px; padding: 6px 8px; margin: 0; }
.chart h3 { margin: 0 0 4px; font-size: 13px; }
article.town { page-break-inside: avoid; break-inside: avoid; margin-bottom: 16px; }
ul.findings { margin: 4px 0; padding-left: 1.4em; } ul.findings li { margin: 1px 0; }
details > summary { cursor: pointer; color: #0550ae; }
.sev-error { color: #b00020; font-weight: bold; } .sev-warning { color: #8a5a00; } .sev-info { color: #57606a; }
p.verdict { font-size: 14px; margin: 4px 0 8px; } p.verdict b.pass { color: #1a7f37; } p.verdict b.fail { color: #b00020; }
table.items { margin: 4px 0 12px; } table.items td.status { white-space: nowrap; }
h4 { font-size: 13px; margin: 12px 0 4px; }
td.optional-missing, .legend span.optional-missing { border: 1px dashed #8c959f; }
@media print { body { margin: 0; } h2 { break-after: avoid; } .charts { break-inside: avoid; }
               details::details-content { content-visibility: visible; } details > summary { color: inherit; } }
.absent { background: #FFFFFF; color: #8C959F; }
""" + "".join(f".{status} {{ background: #{FILL[status]}; color: #{INK[status]}; }}\n" for status in FILL)


def _number(cell: float | str | None) -> str:
    """A score cell: the number, 「スコアなし」, or — when the town was not audited with the framework."""
    return "—" if cell is None else cell if isinstance(cell, str) else f"{cell:g}"


def _chart(audit: AuditResult, name: str, frameworks: list[str], lang: str) -> str:
    rows: list[tuple[str, float | None]] = [(f, score(audit, f)) for f in frameworks]
    rows.append(("総合" if lang == "ja" else "overall", audit.overall_score))
    bar_w, label_w, row_h = 220, 90, 20
    height = row_h * len(rows) + 6
    parts = [
        f'<svg role="img" aria-label="{escape(name)}" width="{label_w + bar_w + 50}" height="{height}" viewBox="0 0 {label_w + bar_w + 50} {height}">'
    ]
    for n, (name, shown) in enumerate(rows):
        y = 3 + n * row_h
        if shown is None:  # the plan names none of the framework's items (記載なし), or 0 of 0: no bar, not a zero
            parts.append(f'<text x="0" y="{y + 14}" font-size="12">{escape(name)}</text>')
            parts.append(f'<text x="{label_w}" y="{y + 14}" font-size="12">—</text>')
            continue
        value = shown
        colour = FILL["covered"] if value >= 80 else FILL["partial"] if value >= 50 else FILL["missing"]
        parts.append(f'<text x="0" y="{y + 14}" font-size="12">{escape(name)}</text>')
        parts.append(f'<rect x="{label_w}" y="{y + 2}" width="{bar_w}" height="{row_h - 6}" fill="#eef2f7"/>')
        parts.append(
            f'<rect class="bar" x="{label_w}" y="{y + 2}" width="{bar_w * value / 100:.1f}" height="{row_h - 6}" fill="#{colour}"/>'
        )
        parts.append(f'<text x="{label_w + bar_w + 6}" y="{y + 14}" font-size="12">{escape(score_text(shown, lang))}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _finding(f: FindingOut, lang: str) -> str:
    return f'<li><span class="sev-{f.severity}">{escape(f.code)}</span> {escape(f.message(lang))} <small>{escape(f.location.file)}{f.location.mark()}</small></li>'


def _findings(findings: list[FindingOut], lang: str) -> list[str]:
    """Every finding. Errors and warnings show three of a code; the rest of a long run (22 procedures
    without a year), and the information, fold into <details> (open without script, printed open)."""
    en = lang == "en"
    out = ['<ul class="findings">']
    totals = Counter(f.code for f in findings if f.severity != "info")
    count: Counter[str] = Counter()
    folded: dict[str, list[FindingOut]] = {}
    for f in findings:
        if f.severity == "info":
            continue
        count[f.code] += 1
        if totals[f.code] > 4 and count[f.code] > 3:  # a fold hides two or more
            folded.setdefault(f.code, []).append(f)
            continue
        out.append(_finding(f, lang))
    infos = [f for f in findings if f.severity == "info"]
    runs = [(f"{code} " + (f"and {len(more)} more" if en else f"ほか {len(more)} 件"), more) for code, more in folded.items()]
    if infos:
        runs.append(((f"{len(infos)} for information" if en else f"情報 {len(infos)} 件"), infos))
    for summary, more in runs:
        out.append(f"<li><details><summary>{escape(summary)}</summary>")
        out.append('<ul class="findings">' + "".join(_finding(f, lang) for f in more) + "</ul></details></li>")
    if not findings:
        out.append("<li>" + ("no findings" if en else "指摘なし") + "</li>")
    out.append("</ul>")
    return out


def _items(audit: AuditResult, lang: str) -> list[str]:
    """Every item of every framework with its status and evidence; every procedure with what the plan says of it."""
    en = lang == "en"
    procedures = procedures_by_item(audit)
    out = []
    for framework in audit.frameworks:
        out.append(
            f"<h4>{escape(framework.title_en if en else framework.title)} — {'score' if en else 'スコア'} {escape(score_text(framework.score, lang))}</h4>"
        )
        said = ("the plan says" if en else "計画の記載") if framework.id == "procedures" else ("evidence" if en else "根拠")
        out.append(
            f'<table class="items"><thead><tr><th>id</th><th>{"item" if en else "項目"}</th><th>{"status" if en else "状況"}</th>'
            f"<th>{said}</th></tr></thead><tbody>"
        )
        for result in framework.items:
            shown = look(result)
            title = (result.title_en if en else result.title) + ("" if result.required else (" (not required)" if en else "（任意）"))
            procedure = procedures.get(result.id) if framework.id == "procedures" else None
            if procedure is not None:
                evidence = escape(procedure_text(procedure, lang))
            else:
                evidence = "<br>".join(
                    dict.fromkeys(
                        f"{escape(evidence_text(e, lang))} <small>{escape(e.location.mark().strip())}</small>" for e in result.evidence
                    )
                )
            out.append(
                f"<tr><td><code>{escape(result.id)}</code></td><td>{escape(title)}</td>"
                f'<td class="status {shown}">{SYMBOL[shown]} {LABEL[lang][shown]}</td><td>{evidence or "—"}</td></tr>'
            )
        out.append("</tbody></table>")
    out += _advice(audit, lang)
    return out


def _linked(escaped: str) -> str:
    """The URLs of escaped text as links (the sources of frameworks/guidance/, shipped data)."""
    return re.sub(r"https?://[^\s<>\"]+", lambda m: f'<a href="{m.group()}">{m.group()}</a>', escaped)


def _advice(audit: AuditResult, lang: str) -> list[str]:
    """What plans usually write for the items missing or partly covered: a definition list per item."""
    items = advised(audit)
    if not items:
        return []
    out = [f"<h4>{escape(advice_heading(lang))}</h4>"]
    for result in items:
        assert result.advice is not None
        shown = look(result)
        out.append(
            f'<details class="advice" open><summary><code>{escape(result.id)}</code> '
            f'{escape(result.title_en if lang == "en" else result.title)} <span class="status {shown}">{SYMBOL[shown]} {LABEL[lang][shown]}</span>'
            "</summary><dl>"
        )
        out += [f"<dt>{escape(label)}</dt><dd>{_linked(escape(value))}</dd>" for label, value in advice_rows(result.advice, lang)]
        out.append("</dl></details>")
    return out


def render(audits: list[AuditResult], lang: str, title: str | None = None, command: str = "compare") -> str:
    en = lang == "en"
    cols = columns(audits)
    frameworks = framework_ids(audits)
    heading = title or (
        "Comparison of municipal digital plans"
        if en
        else "自治体DX計画の比較"
        if len(audits) > 1
        else plan_heading(audits[0].plan, lang, code=False)
    )
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(heading)}</title><style>{_CSS}</style></head><body>",
        f"<header><h1>{escape(heading)}</h1>",
        f'<p class="meta">dxcheck {__version__} — '
        + escape(", ".join(dict.fromkeys(f"{f.id} {f.edition}" for a in audits for f in a.frameworks)))
        + "</p>"
        + (f'<p class="summary">{escape(audit_summary(audits[0], lang))}</p>' if len(audits) == 1 else "")
        + "</header>",
        '<section id="heatmap"><h2>' + ("Towns × items" if en else "自治体 × 項目") + "</h2>",
        '<p class="legend">'
        + "".join(f'<span class="{key}">{text}</span>' for key, text in legend(lang, absent=has_absent(audits, cols)))
        + "</p>",
        *([f'<p class="errors">{escape(errors)}</p>'] if (errors := marks_legend(audits, lang)) else []),
        '<table class="heatmap"><thead><tr><th>' + ("municipality" if en else "自治体") + "</th>",
        "<th>" + ("edition" if en else "版") + "</th>",
    ]
    for col in cols:
        name = col.title_en if en else col.title
        out.append(
            f'<th class="item{"" if col.required else " optional"}" title="{escape(col.id)} {escape(name)}"><div>{escape(col.code)} {escape(name)}</div></th>'
        )
    out.append(
        "".join(f'<th class="num">{escape(f)}</th>' for f in frameworks) + '<th class="num">' + ("overall" if en else "総合") + "</th>"
    )
    out.append('<th class="num">' + ("procedures online / planned" if en else "手続 済 / 予定") + "</th></tr></thead><tbody>")
    names = name_counts(audits)
    for audit in audits:
        out.append(f'<tr class="town"><th>{escape(town_name(audit, names))}</th><td>{escape(editions_of(audit) or "—")}</td>')
        for col in cols:
            result = item(audit, col.id)
            if result is None:
                absent = "not in this town's edition" if en else "この自治体の版にない項目"
                out.append(f'<td class="cell absent" title="{escape(col.id)}: {absent}">{ABSENT}</td>')
                continue
            shown = look(result)
            out.append(f'<td class="cell {shown}" title="{escape(col.id)}: {LEGEND[lang][shown]}">{SYMBOL[shown]}</td>')
        cells = [score_cell(audit, f, lang) for f in frameworks]
        out.append("".join(f'<td class="num">{escape(_number(c))}</td>' for c in cells))
        online, planned, total = procedures_done(audit)
        out.append(
            f'<td class="num"><b>{escape(score_text(audit.overall_score, lang))}</b></td><td class="num">{online} / {planned}（{total}）</td></tr>'
        )
    out.append("</tbody></table>")
    out.append('<dl class="items">')
    for col in cols:
        name = (col.title_en if en else col.title) + ("" if col.required else (" (not required)" if en else "（任意）"))
        out.append(f"<dt>{escape(col.code)}</dt><dd><code>{escape(col.id)}</code> {escape(name)}</dd>")
    out.append("</dl></section>")
    out.append('<section id="scores"><h2>' + ("Scores" if en else "スコア") + '</h2><div class="charts">')
    names = name_counts(audits)
    for audit in audits:
        out.append(
            f'<figure class="chart"><h3>{escape(town_name(audit, names))}</h3>{_chart(audit, town_name(audit, names), frameworks, lang)}</figure>'
        )
    out.append("</div></section>")
    audit_command = command == "audit"
    towns = (
        ("Verdict, findings and evidence" if en else "判定・指摘・根拠")
        if audit_command
        else ("Findings by town" if en else "自治体ごとの指摘")
    )
    out.append(f'<section id="towns"><h2>{towns}</h2>')
    for audit in audits:
        p = audit.plan
        gaps = [i for f in audit.frameworks if f.id != "procedures" for i in f.items if i.required and i.status in ("missing", "partial")]
        out.append(f'<article class="town"><h3>{escape(plan_heading(p, lang, code=False))}</h3>')
        for line in edition_lines(audit, lang):
            out.append(f'<p class="meta">{"edition" if en else "版"}: {escape(line)}</p>')
        if audit_command:
            said = verdict(audit, lang)
            word = head(audit, lang)
            out.append(
                f'<p class="verdict"><b class="{"pass" if audit.passed else "fail"}">{escape(word)}</b>'
                + escape(said.removeprefix(word))
                + "</p>"
            )
        note = document_note(audit, lang)
        if note is not None:
            out.append(f'<p class="document">{escape(note)}</p>')
        for line in reading_lines(audit, lang):
            out.append(f'<p class="{"doubt" if line.startswith("⚠") else "document"}">{escape(line)}</p>')
        if len(audits) > 1:
            out.append(f'<p class="summary">{escape(audit_summary(audit, lang))}</p>')
        if gaps:
            out.append(
                "<p>"
                + ("Gaps: " if en else "不足: ")
                + "、".join(f'<span class="{i.status}">&nbsp;{SYMBOL[i.status]} {escape(i.id)}&nbsp;</span>' for i in gaps)
                + "</p>"
            )
        out += _findings(audit.findings, lang)
        if audit_command:
            out += _items(audit, lang)
        out.append("</article>")
    out.append("</section></body></html>")
    return visible("\n".join(out) + "\n")  # no control character in the page: shown as \\x1b


def render_audits(audits: Audits, context: ReportContext) -> str:
    return render(audits.audits, context.lang, command=audits.command)
