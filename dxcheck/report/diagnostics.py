"""Findings as compiler-style lines: `file:line:col: CODE severity: message`, then a summary (`dxcheck lint`)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.text import Text

from dxcheck.findings import Finding, FindingOut, Severity, finding_out
from dxcheck.report import Drawn, ReportContext
from dxcheck.results import LintRun, LintSummary

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def diagnostic_line(where: str, code: str, severity: str, message: str) -> Text:
    """`file:line:col: CODE severity: message` (`Location.where`); user text is never read as markup."""
    text = Text()
    text.append(f"{where}:", style="bold")
    text.append(" ")
    text.append(code, style="bold")
    text.append(" ")
    text.append(severity, style=_STYLE[Severity(severity)])
    text.append(f": {message}")
    return text


def finding_line(finding: Finding | FindingOut, lang: str) -> Text:
    """One finding as a line."""
    out = finding if isinstance(finding, FindingOut) else finding_out(finding)
    return diagnostic_line(out.location.where(), out.code, out.severity, out.message(lang))


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


def print_findings(console: Console, findings: Sequence[Finding | FindingOut], lang: str) -> None:
    for finding in findings:
        console.print(finding_line(finding, lang))


def render_lint(run: LintRun, context: ReportContext) -> Drawn:
    lines: list[Text] = [finding_line(f, context.lang) for entry in run.files for f in entry.findings]
    return Drawn([*lines, summary_line(run.summary, context.lang)])
