"""Findings as compiler-style lines: `file:line:col: CODE severity: message` (the severity in the output's
language: 「DX301 エラー:」, "DX301 error:"), then a summary (`dxcheck lint`)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text

from dxcheck.model import rules
from dxcheck.model.findings import Finding, FindingOut, Severity, count_by_severity, finding_out, severity_word, visible
from dxcheck.model.results import LintFile, LintRun, LintSummary
from dxcheck.report import Drawn, ReportContext

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def diagnostic_line(where: str, code: str, severity: str, message: str, lang: str) -> Text:
    """`file:line:col: CODE severity: message` (`Location.where`; the severity in `lang`'s words); user text is never read as markup,
    and a line break in it (a title a message quotes) is written `\\n`: one finding, one line."""
    text = Text()
    text.append(f"{visible(where, breaks=True)}:", style="bold")  # a file name with a line break, too
    text.append(" ")
    text.append(code, style="bold")
    text.append(" ")
    text.append(severity_word(severity, lang), style=_STYLE[Severity(severity)])
    text.append(f": {visible(message, breaks=True)}")
    return text


def finding_line(finding: Finding | FindingOut, lang: str) -> Text:
    """One finding as a line."""
    out = finding if isinstance(finding, FindingOut) else finding_out(finding)
    return diagnostic_line(out.location.where(), out.code, out.severity, out.message(lang), lang)


def summary_line(summary: LintSummary, lang: str) -> Text:
    """The closing line: how many files, errors and warnings."""
    files, errors, warnings, infos, unreadable = summary.files, summary.errors, summary.warnings, summary.info, summary.unreadable
    if lang == "en":
        text = f"{files} file{'s' if files != 1 else ''} checked: {errors} error{'s' if errors != 1 else ''}, {warnings} warning{'s' if warnings != 1 else ''}"
        if infos:
            text += f", {infos} info"
        if unreadable:
            text += f" ({unreadable} could not be read)"
    else:
        text = f"{files} ファイルを検査: エラー {errors} 件、警告 {warnings} 件"
        if infos:
            text += f"、情報 {infos} 件"
        if unreadable:
            text += f"（{unreadable} ファイルは読めませんでした）"
    style = "bold red" if errors or unreadable else ("yellow" if warnings else "bold green")
    return Text(text, style=style)


# More findings of one rule in one file than this are folded into the first and a count (22 procedures
# without a target year are one thing to fix); --verbose shows each. Only the rules whose findings
# repeat one fix are folded: unknown ids, missing items or the procedures of a group each say
# something of their own.
FOLD_AFTER = 3
FOLDED_RULES = frozenset(
    r.code
    for r in (
        rules.SCHEDULE_OUTSIDE_PERIOD,
        rules.KPI_YEAR_OUTSIDE_PERIOD,
        rules.KPI_NO_TARGET,
        rules.PROCEDURE_NO_TARGET,
        rules.TITLE_TOO_LONG,
        rules.READ_LIMIT,
    )
)


def folded(findings: Sequence[Finding | FindingOut], *, verbose: bool = False) -> list[tuple[FindingOut, list[FindingOut]]]:
    """Each finding to show, with the ones of the same rule and file folded into it (none, unless the
    rule repeats one fix more than FOLD_AFTER times in the file): the terminal and `--format github` alike."""
    outs = [f if isinstance(f, FindingOut) else finding_out(f) for f in findings]
    groups: dict[tuple[str, str], list[FindingOut]] = {}  # each file's findings of each rule, gathered once
    for out in outs:
        groups.setdefault((out.location.file, out.code), []).append(out)
    shown: list[tuple[FindingOut, list[FindingOut]]] = []
    seen: set[tuple[str, str]] = set()
    for out in outs:
        key = (out.location.file, out.code)
        group = groups[key]
        if verbose or len(group) <= FOLD_AFTER or out.code not in FOLDED_RULES:
            shown.append((out, []))
        elif key not in seen:
            seen.add(key)
            shown.append((out, group[1:]))
    return shown


def folded_lines(findings: Sequence[Finding | FindingOut], lang: str, *, verbose: bool = False) -> list[Text]:
    """A line per finding; a rule repeated more than FOLD_AFTER times in a file: its first finding and
    a line that counts the rest, with where they are."""
    lines: list[Text] = []
    for out, rest in folded(findings, verbose=verbose):
        lines.append(finding_line(out, lang))
        if rest:
            lines.append(_folded(out, rest, lang))
    return lines


def line_span(rest: Sequence[FindingOut]) -> str:
    """「86〜106」: the lines the folded findings are on (empty when none has a line)."""
    places = [o.location.line for o in rest if o.location.line is not None]
    return f"{min(places)}〜{max(places)}" if places else ""


def _folded(first: FindingOut, rest: list[FindingOut], lang: str) -> Text:
    span = line_span(rest)
    if lang == "en":
        where = f" (lines {span.replace('〜', '–')})" if span else ""
        text = f"{first.location.file}: {first.code} {severity_word(first.severity, lang)} × {len(rest)} more like it{where}; --verbose shows each"
    else:
        where = f"（{span} 行）" if span else ""
        text = f"{first.location.file}: {first.code} {severity_word(first.severity, lang)} ほか同様に {len(rest)} 件{where}。すべて表示するには --verbose"
    return Text(text, style="dim")


def render_lint(run: LintRun, context: ReportContext) -> Drawn:
    """Every finding (folded, or each with --verbose), then the summary; --quiet: errors only, nothing
    when clean; --summary: a line per file with findings, then the summary."""
    lang, detail = context.lang, context.detail
    findings = [f for entry in run.files for f in entry.findings]
    if detail == "quiet":
        errors = [f for f in findings if f.severity == "error"]
        failed = run.summary.errors or run.summary.unreadable
        return Drawn([*folded_lines(errors, lang), summary_line(run.summary, lang)] if failed else [])
    if detail == "summary":
        return Drawn([*(_file_line(entry, lang) for entry in run.files if entry.findings), summary_line(run.summary, lang)])
    return Drawn([*folded_lines(findings, lang, verbose=detail == "verbose"), summary_line(run.summary, lang)])


def _file_line(entry: LintFile, lang: str) -> Text:
    counts = count_by_severity([f.severity for f in entry.findings])
    errors, warnings = counts.get(Severity.ERROR, 0), counts.get(Severity.WARNING, 0)
    text = (
        f"{entry.file}: {errors} errors, {warnings} warnings" if lang == "en" else f"{entry.file}: エラー {errors} 件、警告 {warnings} 件"
    )
    return Text(text, style="bold red" if errors else "yellow" if warnings else "")
