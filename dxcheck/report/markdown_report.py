"""Markdown: for issues, wikis and 議会資料 drafts. Tables of the audit or of the comparison.

Every text is written as text (`text`): what a plan says — a title with a line break and
`### 後退はありません`, `<!--`, `<img …>`, `[x](javascript:…)` — is escaped, so that it cannot make a
heading, a list, a comment, raw HTML, a link or an image, nor end a table's row. Only the report's
own marks (headings, tables, `**`, code spans) are Markdown. diff_markdown.py uses the same.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dxcheck.model.findings import severity_word, visible
from dxcheck.model.fiscal import format_fiscal_year
from dxcheck.model.results import AuditResult, Audits, Evidence
from dxcheck.report import ReportContext
from dxcheck.report.advice import advised, heading
from dxcheck.report.advice import rows as advice_rows
from dxcheck.report.editions import edition_lines, editions_of, user_framework_lines
from dxcheck.report.heading import document_note, marks_legend, name_counts, plan_heading, reading_lines, town_name
from dxcheck.report.matrix import (
    ABSENT,
    LABEL,
    SYMBOL,
    columns,
    evidence_text,
    framework_ids,
    inherited_text,
    item,
    legend,
    look,
    procedure_text,
    procedures_by_item,
    procedures_done,
    score_cell,
    score_text,
    source_id,
)
from dxcheck.report.summary import audit_summary
from dxcheck.report.verdict import verdict

# A line break in a text (shown as \n), whatever the convention: CR LF, LF, CR, NEL, LS, PS, VT, FF.
_LINE_BREAK = re.compile("\r\n|[\n\r\x0b\x0c\x85\u2028\u2029]")
_BREAK_SHOWN = {"\r\n": "\\\\r\\\\n", "\n": "\\\\n", "\r": "\\\\r"}
# What Markdown reads anywhere in a line: backslash escapes, code, emphasis, links and images, tables,
# strikethrough, headings' marks; and what HTML reads (raw tags, comments, entities).
_MARKDOWN = re.compile(r"[\\`*_\[\]|~#!]")
# HTML: a tag, comment, declaration or autolink begins `<` + a letter, `/`, `!` or `?`; an entity `&` + a
# letter or `#`. Those are written as entities; `76.7 < 80` stays as it is.
_HTML = re.compile(r"<(?=[A-Za-z/!?])|&(?=[#A-Za-z])")
_ENTITY = {"<": "&lt;", "&": "&amp;"}
# What Markdown reads only at the start of a line: a list, a numbered list, a setext underline, a quote.
_LINE_START = re.compile(r"^([-+=>]|[0-9]+[.)])")


def _shown_break(match: re.Match[str]) -> str:
    found = match.group()
    return _BREAK_SHOWN.get(found) or f"\\\\u{ord(found):04x}"


# What GitHub turns into a link or a notification though no Markdown marks it: a bare URL or `www.` address,
# an e-mail address (GFM's autolinks), an @mention (`@name`, `@org/team`: everyone named is notified when
# a pull-request comment or a step summary holds it). Such a token is written as a code span, where
# GitHub neither links nor mentions; a backtick or a bar (a table cell) ends the token.
_LINKED = re.compile(
    r"(?:https?|ftp)://[^\s`|]+"  # a URL, to the next space (GitHub's link takes what follows, Japanese too)
    r"|www\.[^\s`|]+"
    r"|[A-Za-z0-9._+/-]*[A-Za-z0-9_+-]@[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+"  # an e-mail address (fw/dx@2.3.yaml reads as one)
    r"|(?<![A-Za-z0-9_`/-])@[A-Za-z0-9][A-Za-z0-9-]*(?:/[A-Za-z0-9][A-Za-z0-9._-]*)?",  # @name, @org/team
    re.IGNORECASE,
)


def text(value: object) -> str:
    """A text as Markdown shows it as it is: Markdown's and HTML's characters escaped, each line break
    written as `\\n` (so it neither ends the line nor the table row); a URL, an e-mail address or an
    @mention as a code span (GitHub links or notifies them, unmarked)."""
    out = str(value)
    if _LINKED.search(out):
        pieces, start = [], 0
        for match in _LINKED.finditer(out):
            pieces += [_escaped(out[start : match.start()]), f"`{match.group()}`"]
            start = match.end()
        return "".join([*pieces, _escaped(out[start:])])
    return _escaped(out)


def _escaped(out: str) -> str:
    out = _MARKDOWN.sub(lambda m: "\\" + m.group(), out)
    out = _HTML.sub(lambda m: _ENTITY[m.group()], out)
    out = _LINE_START.sub(lambda m: m.group()[:-1] + "\\" + m.group()[-1], out)
    return _LINE_BREAK.sub(_shown_break, out)


def code(value: object) -> str:
    """An id as a code span; an id a plan wrote may hold anything, so it is `text` when it holds more than a
    code span can (a backtick, a line break, a bar)."""
    shown = str(value)
    if any(ch in shown for ch in "`|") or _LINE_BREAK.search(shown):
        return text(shown)
    return f"`{shown}`"


def _cell(value: object) -> str:
    """A table cell made of `text`: the report's own line breaks become spaces."""
    return str(value).replace("\n", " ")


def _row(cells: Sequence[object]) -> str:
    return "| " + " | ".join(_cell(c) for c in cells) + " |"


def _table(header: Sequence[str], rows: Sequence[Sequence[object]], align: Sequence[str] | None = None) -> list[str]:
    rule = [("---:" if a == "r" else ":---:" if a == "c" else "---") for a in (align or ["l"] * len(header))]
    return [_row(list(header)), "| " + " | ".join(rule) + " |", *(_row(r) for r in rows)]


def _period(audit: AuditResult, lang: str) -> str:
    p = audit.plan
    if p.period_start is None and p.period_end is None:
        return "—"
    start = format_fiscal_year(p.period_start, lang) if p.period_start else "?"
    end = format_fiscal_year(p.period_end, lang) if p.period_end else ""
    return f"{start}〜{end}"


def _evidence(evidence: Evidence, lang: str) -> str:
    """A piece of evidence in a table cell: the measure's id (its title is in the plan), or what the plan declares."""
    if evidence.kind in ("explicit", "inferred"):
        partly = ("（一部）" if lang != "en" else " (partial)") if evidence.strength == "partial" else ""
        return (
            text(f"{source_id(evidence, lang)}")
            + partly
            + (
                (("（推定）" if lang != "en" else " (inferred)") + text(inherited_text(evidence, lang)))
                if evidence.kind == "inferred"
                else ""
            )
        )
    return text(evidence_text(evidence, lang))


def render_audit(audit: AuditResult, lang: str) -> str:
    en = lang == "en"
    p = audit.plan
    lines = [
        f"# {text(plan_heading(p, lang, code=False))}",
        "",
        f"{'Period' if en else '計画期間'}: {_period(audit, lang)} / {code(audit.file)}",
        "",
        *(f"{'Edition' if en else '版'}: {text(line)}  " for line in edition_lines(audit, lang)),
        *([""] if edition_lines(audit, lang) else []),
    ]
    note = document_note(audit, lang)
    if note is not None:
        lines += [f"> {text(note)}", ""]
    for line in reading_lines(audit, lang):
        lines += [f"> {'**' + text(line) + '**' if line.startswith('⚠') else text(line)}", ""]
    lines += [text(audit_summary(audit, lang)), ""]
    procedures = procedures_by_item(audit)
    for framework in audit.frameworks:
        lines += [
            f"## {text(framework.title_en if en else framework.title)} — {'score' if en else 'スコア'} {score_text(framework.score, lang)}",
            "",
        ]
        rows = []
        for r in framework.items:
            # A procedure's row says its state, 「記載なし」 too: every one of the 53 is listed.
            procedure = procedures.get(r.id) if framework.id == "procedures" else None
            evidence = (
                text(procedure_text(procedure, lang))
                if procedure is not None
                else ("、" if not en else ", ").join(dict.fromkeys(_evidence(e, lang) for e in r.evidence)) or "—"
            )
            shown = look(r)
            title = (r.title_en if en else r.title) + ("" if r.required else (" (not required)" if en else "（任意）"))
            rows.append([code(r.id), text(title), f"{SYMBOL[shown]} {LABEL[lang][shown]}", evidence])
        if rows:
            said = ("the plan says" if en else "計画の記載") if framework.id == "procedures" else ("evidence" if en else "根拠（施策）")
            lines += _table(["id", "item" if en else "項目", "status" if en else "状況", said], rows)
        if framework.id == "procedures":
            lines += [
                "",
                *_table(
                    [
                        "group" if en else "グループ",
                        "total" if en else "手続数",
                        "online" if en else "済",
                        "planned" if en else "予定",
                        "not planned" if en else "予定なし",
                        "n/a" if en else "対象外",
                        "not mentioned" if en else "記載なし",
                    ],
                    [
                        [
                            text(g.title_en if en else g.title),
                            g.total,
                            g.online,
                            g.planned,
                            g.not_planned,
                            g.not_applicable,
                            g.not_mentioned,
                        ]
                        for g in audit.procedures.groups
                    ],
                    ["l", "r", "r", "r", "r", "r", "r"],
                ),
            ]
        lines.append("")
    advised_items = advised(audit)
    if advised_items:
        lines += [f"## {heading(lang)}", ""]
        for r in advised_items:
            assert r.advice is not None
            shown = look(r)
            lines += [f"### {code(r.id)} {text(r.title_en if en else r.title)} — {SYMBOL[shown]} {LABEL[lang][shown]}", ""]
            lines += [f"- **{text(label)}**: {text(value)}" for label, value in advice_rows(r.advice, lang)]
            lines.append("")
    if audit.revision is not None:
        revision = audit.revision
        lines += [
            f"## {'Revision checklist' if en else '改定チェックリスト'}: {revision.framework}@{revision.old} → {revision.framework}@{revision.new}",
            "",
            *_table(
                ["item" if en else "項目", "from" if en else "元の項目", "change" if en else "変化", "status" if en else "状況"],
                [
                    [
                        f"{code(line.new or line.old)} {text(line.title_en if en else line.title)}",
                        code(line.old) if line.old and line.new else "—",
                        line.change,
                        f"{SYMBOL[line.status]} {LABEL[lang][line.status]}"
                        if line.status
                        else ("taken up" if en else "取組あり")
                        if line.addressed
                        else "—",
                    ]
                    for line in revision.items
                ],
            ),
            "",
        ]
    if audit.findings:
        lines += ["## " + ("Findings" if en else "指摘"), ""]
        for f in audit.findings:
            lines.append(
                f"- **{f.code}** {severity_word(f.severity, lang)}: {text(f.message(lang))} ({code(f.location.file + f.location.mark())})"
            )
        lines.append("")
    lines += [f"**{'Overall score' if en else '総合スコア'}: {score_text(audit.overall_score, lang)}** — {text(verdict(audit, lang))}", ""]
    return "\n".join(lines)


def render_comparison(audits: list[AuditResult], lang: str) -> str:
    en = lang == "en"
    cols = columns(audits)
    frameworks = framework_ids(audits)
    header = [
        "municipality" if en else "自治体",
        "code" if en else "コード",
        "edition" if en else "版",
        *(c.code for c in cols),
        *frameworks,
        "overall" if en else "総合",
        "procedures online/planned" if en else "手続 済/予定",
    ]
    rows = []
    names = name_counts(audits)
    for audit in audits:
        online, planned, total = procedures_done(audit)
        rows.append(
            [
                text(town_name(audit, names)),
                text(audit.plan.code or "—"),
                text(editions_of(audit) or "—"),
                *(SYMBOL[look(r)] if (r := item(audit, c.id)) else ABSENT for c in cols),
                *(score_text(s, lang) if isinstance(s := score_cell(audit, f, lang), float) else s or "—" for f in frameworks),
                f"**{score_text(audit.overall_score, lang)}**",
                f"{online}/{planned} ({total})",
            ]
        )
    align = ["l", "l", "l", *(["c"] * len(cols)), *(["r"] * (len(frameworks) + 2))]
    lines = [
        "# " + ("Comparison of municipal digital plans" if en else "自治体DX計画の比較"),
        "",
        " ".join(said for _, said in legend(lang, absent=True)),
        "",
        *(f"{text(line)}  " for line in user_framework_lines(audits, lang)),
        *([""] if user_framework_lines(audits, lang) else []),
        *([text(errors), ""] if (errors := marks_legend(audits, lang)) else []),
    ]
    lines += _table(header, rows, align)
    lines += [
        "",
        *_table(
            ["code" if en else "列", "id", "item" if en else "項目"],
            [
                [
                    c.code,
                    code(c.id),
                    text((c.title_en if en else c.title) + ("" if c.required else (" (not required)" if en else "（任意）"))),
                ]
                for c in cols
            ],
        ),
    ]
    return "\n".join(lines) + "\n"


def render_audits(audits: Audits, context: ReportContext) -> str:
    """Markdown with every control character written as a visible escape (\\x1b)."""
    return visible(_render_audits(audits, context))


def _render_audits(audits: Audits, context: ReportContext) -> str:
    """One audit as its report; several as the comparison."""
    if len(audits.audits) == 1:
        return render_audit(audits.audits[0], context.lang)
    return render_comparison(audits.audits, context.lang)
