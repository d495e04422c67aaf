"""`dxcheck lint`: every plan file checked (schema, ids, years, codes); exit 1 on an error, 2 when a file cannot be read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dxcheck.cli.options import ReportOptions
from dxcheck.cli.process import ExitCode
from dxcheck.model.message import Message

if TYPE_CHECKING:
    from pathlib import Path

    from dxcheck.audit.pipeline import Pipeline
    from dxcheck.audit.workers import WorkersFailed
    from dxcheck.cli.invocation import Invocation
    from dxcheck.model.results import LintRun


def _skipped(file: str) -> Message:
    return Message(f"{file}: 検査できませんでした", f"{file}: not checked")


def _workers_failed(exc: WorkersFailed) -> Message:
    return Message(
        f"作業プロセスが {exc.deaths} 回強制終了されたため中止しました（{exc.remaining:,} 件は未検査）。--jobs を減らすか、メモリを確認してください",
        f"stopped: worker processes were killed {exc.deaths} times ({exc.remaining:,} files not checked); lower --jobs or check the memory",
    )


def run_lint(invocation: Invocation, report: ReportOptions, *, jobs: int | None = None) -> ExitCode:
    from dxcheck.cli.reporting import context, open_report, write_report
    from dxcheck.report import LINT
    from dxcheck.report.reporters import lint_reporter

    opened = open_report(invocation, LINT, report, invocation.plans)
    run = _lint(invocation, opened.pipeline, list(invocation.plans), jobs)
    write_report(
        invocation, opened.format, lint_reporter(opened.format), run, report, context(invocation, report.output, detail=opened.detail)
    )
    if run.summary.unreadable:
        return ExitCode.CANNOT_RUN
    return ExitCode.FINDINGS if run.summary.errors else ExitCode.OK


def _lint(invocation: Invocation, pipeline: Pipeline, paths: list[Path], jobs: int | None) -> LintRun:
    """Every file linted: in worker processes when there are many (as compare shares them out), else here."""
    from dxcheck.audit.pipeline import PARALLEL_FROM

    if len(paths) < PARALLEL_FROM or jobs == 1:
        return pipeline.lint(paths)
    from dxcheck.audit.workers import WorkersFailed, default_jobs

    try:
        return pipeline.lint(paths, jobs=jobs or default_jobs(), notice=invocation.say)
    except WorkersFailed as exc:
        from dxcheck.cli.reporting import print_unauditable

        for plan in exc.lost:  # each file a worker was checking when it was killed: it may be the cause
            print_unauditable(invocation, plan, _skipped(plan.file))
        invocation.fail(_workers_failed(exc))
