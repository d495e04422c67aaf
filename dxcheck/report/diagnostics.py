"""Findings as compiler-style lines: `file:line:col: CODE severity: message`, then a summary."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.text import Text

from dxcheck.findings import Finding, Severity, count_by_severity

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def finding_line(finding: Finding, lang: str) -> Text:
    """One finding as a line; user text is never read as markup."""
    where = finding.file
    if finding.line is not None:
        where += f":{finding.line}:{finding.column or 1}"
    line = Text()
    line.append(f"{where}:", style="bold")
    line.append(" ")
    line.append(finding.code, style="bold")
    line.append(" ")
    line.append(finding.severity.value, style=_STYLE[finding.severity])
    line.append(f": {finding.message(lang)}")
    return line


def summary_line(files: int, findings: Sequence[Finding], lang: str, unreadable: int = 0) -> Text:
    """The closing line: how many files, errors and warnings."""
    counts = count_by_severity(findings)
    errors, warnings, infos = counts[Severity.ERROR], counts[Severity.WARNING], counts[Severity.INFO]
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


def print_findings(console: Console, findings: Sequence[Finding], lang: str) -> None:
    for finding in findings:
        console.print(finding_line(finding, lang))
