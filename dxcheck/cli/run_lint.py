"""`dxcheck lint`: every plan file checked (schema, ids, years, codes); exit 1 on an error, 2 when a file cannot be read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dxcheck.cli.options import ReportOptions
from dxcheck.cli.process import ExitCode

if TYPE_CHECKING:
    from dxcheck.cli.invocation import Invocation


def run_lint(invocation: Invocation, report: ReportOptions) -> ExitCode:
    from dxcheck.cli.reporting import context, open_report, write_report
    from dxcheck.report import LINT
    from dxcheck.report.reporters import lint_reporter

    opened = open_report(invocation, LINT, report, invocation.plans)
    run = opened.pipeline.lint(list(invocation.plans))
    write_report(
        invocation, opened.format, lint_reporter(opened.format), run, report, context(invocation, report.output, detail=opened.detail)
    )
    if run.summary.unreadable:
        return ExitCode.CANNOT_RUN
    return ExitCode.FINDINGS if run.summary.errors else ExitCode.OK
