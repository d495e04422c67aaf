"""Which function renders each command's result in each of its formats.

One function per command, each an exhaustive `match` over the command's formats (a Literal type in
dxcheck.report): a format added to a command without its reporter fails mypy at `assert_never`, and
each reporter is checked against the command's Protocol where it is returned. The reporter's module
is imported inside its `case`, only when that format is asked for: a command imports the one
reporter it uses, and `--help` none.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Literal, assert_never

from dxcheck.report import AuditFormat, CompareFormat, DiffFormat, LintFormat

if TYPE_CHECKING:
    from dxcheck.report import AuditsReporter, DiffReporter, LintReporter  # the contract, for mypy (dxcheck.report)


def lint_reporter(name: LintFormat) -> LintReporter:
    match name:
        case "text":
            from dxcheck.report.diagnostics import render_lint as text

            return text
        case "json":
            from dxcheck.report.json_report import render_lint as json

            return json
        case "sarif":
            from dxcheck.report.sarif import render_lint as sarif

            return sarif
        case "junit":
            from dxcheck.report.junit import render_lint as junit

            return junit
        case "github":
            from dxcheck.report.github import render_lint as github

            return github
        case _:
            assert_never(name)


def audit_reporter(name: AuditFormat) -> AuditsReporter:
    match name:
        case "sarif":
            from dxcheck.report.sarif import render_audits as sarif

            return sarif
        case "junit":
            from dxcheck.report.junit import render_audits as junit

            return junit
        case "github":
            from dxcheck.report.github import render_audits as github

            return github
        case "table":
            from dxcheck.report.audit_table import render_audits as table

            return table
        case "json" | "markdown" | "html" | "xlsx" | "csv" | "docx":
            return _document_reporter(name)
        case _:
            assert_never(name)


def compare_reporter(name: CompareFormat) -> AuditsReporter:
    match name:
        case "table":
            from dxcheck.report.compare_table import render_audits as table

            return table
        case "json" | "markdown" | "html" | "xlsx" | "csv" | "docx":
            return _document_reporter(name)
        case _:
            assert_never(name)


# The formats whose one reporter writes an audit and a comparison alike (Audits.command says which).
_Shared = Literal["json", "markdown", "html", "xlsx", "csv", "docx"]


def _document_reporter(name: _Shared) -> AuditsReporter:
    match name:
        case "json":
            from dxcheck.report.json_report import render_audits as json

            return json
        case "markdown":
            from dxcheck.report.markdown_report import render_audits as markdown

            return markdown
        case "html":
            from dxcheck.report.html_report import render_audits as html

            return html
        case "xlsx":
            from dxcheck.report.xlsx_report import render_audits as xlsx

            return xlsx
        case "csv":
            from dxcheck.report.csv_report import render_audits as csv

            return csv
        case "docx":
            from dxcheck.report.docx_report import render_audits as docx

            return docx
        case _:
            assert_never(name)


def diff_reporter(name: DiffFormat, *, fail_on_loss: bool = False) -> DiffReporter:
    """The reporter of a diff in `name`; `fail_on_loss`: a loss fails the job (GitHub's ::error), else it is said
    as a ::warning — the job passes, and what does not fail it is no error (the bar and the severities agree)."""
    match name:
        case "table":
            from dxcheck.report.diff_table import render_diff as table

            return table
        case "json":
            from dxcheck.report.diff_json import render_diff as json

            return json
        case "github":
            from dxcheck.report.diff_github import render_diff as github

            return functools.partial(github, fails=fail_on_loss)
        case "markdown":
            from dxcheck.report.diff_markdown import render_diff as markdown

            return markdown
        case "docx":
            from dxcheck.report.docx_report import render_diff as docx

            return docx
        case _:
            assert_never(name)
