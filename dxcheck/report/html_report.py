"""HTML: one self-contained file (inline CSS and SVG; no script, no font or image from the network),
with a heatmap of towns × items, a score chart per town and each town's findings. Prints on A4
landscape."""

from __future__ import annotations

from html import escape

from dxcheck import __version__
from dxcheck.report import ReportContext
from dxcheck.report.heading import document_note, plan_heading, town_name
from dxcheck.report.matrix import FILL, INK, LABEL, SYMBOL, columns, framework_ids, item, procedures_done, score
from dxcheck.report.summary import audit_summary
from dxcheck.results import AuditResult, Audits

_CSS = """
@page { size: A4 landscape; margin: 10mm; }
* { box-sizing: border-box; }
body { print-color-adjust: exact; -webkit-print-color-adjust: exact; font-family: "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Yu Gothic", "Meiryo", sans-serif;
       color: #1f2328; margin: 16px; font-size: 12px; line-height: 1.5; }
h1 { font-size: 20px; margin: 0 0 4px; } h2 { font-size: 16px; margin: 20px 0 8px; border-bottom: 2px solid #ccd; }
h3 { font-size: 14px; margin: 12px 0 6px; }
.meta { color: #57606a; margin: 0 0 12px; }
.summary { max-width: 60em; font-size: 13px; }
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
.charts { display: flex; flex-wrap: wrap; gap: 12px; }
.chart { border: 1px solid #d0d7de; border-radius: 4px; padding: 6px 8px; margin: 0; }
.chart h3 { margin: 0 0 4px; font-size: 13px; }
article.town { page-break-inside: avoid; break-inside: avoid; margin-bottom: 16px; }
ul.findings { margin: 4px 0; padding-left: 1.4em; } ul.findings li { margin: 1px 0; }
.sev-error { color: #b00020; font-weight: bold; } .sev-warning { color: #8a5a00; } .sev-info { color: #57606a; }
@media print { body { margin: 0; } h2 { break-after: avoid; } .charts { break-inside: avoid; } }
""" + "".join(f".{status} {{ background: #{FILL[status]}; color: #{INK[status]}; }}\n" for status in FILL)


def _chart(audit: AuditResult, name: str, frameworks: list[str], lang: str) -> str:
    rows = [(f, score(audit, f) or 0.0) for f in frameworks] + [("総合" if lang == "ja" else "overall", audit.overall_score)]
    bar_w, label_w, row_h = 220, 90, 20
    height = row_h * len(rows) + 6
    parts = [
        f'<svg role="img" aria-label="{escape(name)}" width="{label_w + bar_w + 50}" height="{height}" viewBox="0 0 {label_w + bar_w + 50} {height}">'
    ]
    for n, (name, value) in enumerate(rows):
        y = 3 + n * row_h
        colour = FILL["covered"] if value >= 80 else FILL["partial"] if value >= 50 else FILL["missing"]
        parts.append(f'<text x="0" y="{y + 14}" font-size="12">{escape(name)}</text>')
        parts.append(f'<rect x="{label_w}" y="{y + 2}" width="{bar_w}" height="{row_h - 6}" fill="#eef2f7"/>')
        parts.append(
            f'<rect class="bar" x="{label_w}" y="{y + 2}" width="{bar_w * value / 100:.1f}" height="{row_h - 6}" fill="#{colour}"/>'
        )
        parts.append(f'<text x="{label_w + bar_w + 6}" y="{y + 14}" font-size="12">{value:g}</text>')
    parts.append("</svg>")
    return "".join(parts)


def render(audits: list[AuditResult], lang: str, title: str | None = None) -> str:
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
        + escape(", ".join(f"{f.id} {f.edition}" for f in audits[0].frameworks) if audits else "")
        + "</p>"
        + (f'<p class="summary">{escape(audit_summary(audits[0], lang))}</p>' if len(audits) == 1 else "")
        + "</header>",
        '<section id="heatmap"><h2>' + ("Towns × items" if en else "自治体 × 項目") + "</h2>",
        '<p class="legend">'
        + "".join(f'<span class="{s}">{SYMBOL[s]} {LABEL[lang][s]}</span>' for s in ("covered", "partial", "missing", "exempt"))
        + "</p>",
        '<table class="heatmap"><thead><tr><th>' + ("municipality" if en else "自治体") + "</th>",
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
    for audit in audits:
        out.append(f'<tr class="town"><th>{escape(town_name(audit, audits))}</th>')
        for col in cols:
            result = item(audit, col.id)
            status = result.status if result else "missing"
            out.append(f'<td class="cell {status}" title="{escape(col.id)}: {LABEL[lang][status]}">{SYMBOL[status]}</td>')
        out.append("".join(f'<td class="num">{(score(audit, f) or 0):g}</td>' for f in frameworks))
        online, planned, total = procedures_done(audit)
        out.append(f'<td class="num"><b>{audit.overall_score:g}</b></td><td class="num">{online} / {planned}（{total}）</td></tr>')
    out.append("</tbody></table>")
    out.append('<dl class="items">')
    for col in cols:
        name = (col.title_en if en else col.title) + ("" if col.required else (" (not required)" if en else "（任意）"))
        out.append(f"<dt>{escape(col.code)}</dt><dd><code>{escape(col.id)}</code> {escape(name)}</dd>")
    out.append("</dl></section>")
    out.append('<section id="scores"><h2>' + ("Scores" if en else "スコア") + '</h2><div class="charts">')
    for audit in audits:
        out.append(
            f'<figure class="chart"><h3>{escape(town_name(audit, audits))}</h3>{_chart(audit, town_name(audit, audits), frameworks, lang)}</figure>'
        )
    out.append("</div></section>")
    out.append('<section id="towns"><h2>' + ("Findings by town" if en else "自治体ごとの指摘") + "</h2>")
    for audit in audits:
        p = audit.plan
        gaps = [i for f in audit.frameworks if f.id != "procedures" for i in f.items if i.required and i.status in ("missing", "partial")]
        out.append(f'<article class="town"><h3>{escape(plan_heading(p, lang, code=False))}</h3>')
        note = document_note(audit, lang)
        if note is not None:
            out.append(f'<p class="document">{escape(note)}</p>')
        if len(audits) > 1:
            out.append(f'<p class="summary">{escape(audit_summary(audit, lang))}</p>')
        if gaps:
            out.append(
                "<p>"
                + ("Gaps: " if en else "不足: ")
                + "、".join(f'<span class="{i.status}">&nbsp;{SYMBOL[i.status]} {escape(i.id)}&nbsp;</span>' for i in gaps)
                + "</p>"
            )
        findings = [f for f in audit.findings if f.severity != "info"]
        out.append('<ul class="findings">')
        shown: dict[str, int] = {}
        for f in findings:
            # A long run of one code (22 procedures without a year) is shown as three and a count.
            shown[f.code] = shown.get(f.code, 0) + 1
            if shown[f.code] > 3:
                continue
            where = f.location.mark()
            out.append(
                f'<li><span class="sev-{f.severity}">{escape(f.code)}</span> {escape(f.message(lang))} <small>{escape(f.location.file)}{where}</small></li>'
            )
        for code, count in shown.items():
            if count > 3:
                out.append(
                    f'<li><span class="sev-info">{escape(code)}</span> '
                    + (f"… and {count - 3} more" if en else f"… ほか {count - 3} 件")
                    + "</li>"
                )
        if not findings:
            out.append("<li>" + ("no findings" if en else "指摘なし") + "</li>")
        out.append("</ul></article>")
    out.append("</section></body></html>")
    return "\n".join(out) + "\n"


def render_audits(audits: Audits, context: ReportContext) -> str:
    return render(audits.audits, context.lang)
