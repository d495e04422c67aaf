"""`dxcheck compare`: many towns audited (in worker processes) into one matrix; a plan that cannot be
read is reported and skipped (exit 1), and workers that keep dying stop the comparison (exit 2)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Literal

from dxcheck.cli.options import ReportOptions
from dxcheck.cli.process import ExitCode
from dxcheck.model.message import Message

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from dxcheck.audit.pipeline import Pipeline
    from dxcheck.audit.workers import WorkersFailed
    from dxcheck.cli.invocation import Invocation
    from dxcheck.model.results import AuditResult, Unauditable
    from dxcheck.model.town import Shaped

NOTHING_COMPARED = Message("比較できる計画がありません", "no plan could be compared")


def _skipped(file: str) -> Message:
    return Message(f"{file}: 比較から外しました", f"{file}: skipped")


def _workers_failed(exc: WorkersFailed) -> Message:
    return Message(
        f"作業プロセスが {exc.deaths} 回強制終了されたため中止しました（{exc.remaining:,} 件は未監査）。--jobs を減らすか、メモリを確認してください",
        f"stopped: worker processes were killed {exc.deaths} times ({exc.remaining:,} plans not audited); lower --jobs or check the memory",
    )


def run_compare(
    invocation: Invocation, report: ReportOptions, *, sort: Literal["score", "name", "code"], long: bool, encoding: str, jobs: int | None
) -> ExitCode:
    from dxcheck.audit.pipeline import sort_audits
    from dxcheck.audit.workers import WorkersFailed, default_jobs
    from dxcheck.cli.reporting import context, open_report, print_unauditable, write_report
    from dxcheck.model.results import AuditResult, Audits
    from dxcheck.model.town import town_row
    from dxcheck.report import COMPARE
    from dxcheck.report.reporters import compare_reporter

    opened = open_report(invocation, COMPARE, report, invocation.plans)
    told = context(invocation, report.output, long=long, encoding=encoding, full=report.full)
    # The terminal matrix needs a row a town, the JSON document a record a town (dxcheck.model.town.Shaped):
    # each made where the plan is audited, in a worker. The full contract and the exports take the audits.
    shape: Callable[[AuditResult], Shaped] | None = None
    if opened.format == "table":
        shape = town_row
    elif opened.format == "json" and not report.full:
        from dxcheck.report.compare_json import town_record

        shape = functools.partial(town_record, lang=told.lang, ascii_json=told.ascii_json)
    elif opened.format == "xlsx":  # the workbook: a town's sheet, made and deflated in its worker
        from dxcheck.report.xlsx_report import town_sheet

        shape = functools.partial(town_sheet, lang=told.lang, cwd=told.cwd)
    try:
        results, unauditable = _audit_all(invocation, opened.pipeline, shape=shape, jobs=jobs or default_jobs())
    except WorkersFailed as exc:
        for plan in exc.lost:  # each plan a worker was auditing when it was killed: it may be the cause
            print_unauditable(invocation, plan, _skipped(plan.file))
        invocation.fail(_workers_failed(exc))
    for plan in unauditable:
        print_unauditable(invocation, plan, _skipped(plan.file))
    if not results:
        invocation.fail(NOTHING_COMPARED)
    if shape is not None:
        towns = sort_audits([r for r in results if not isinstance(r, AuditResult)], sort)
        compared = Audits(audits=[], towns=towns, command="compare", unauditable=unauditable)
    else:
        audits = sort_audits([r for r in results if isinstance(r, AuditResult)], sort)
        compared = Audits(audits=audits, command="compare", unauditable=unauditable)
    write_report(invocation, opened.format, compare_reporter(opened.format), compared, report, told)
    if any(plan.could_not_run for plan in unauditable) and not results:
        return ExitCode.CANNOT_RUN
    return ExitCode.FINDINGS if unauditable else ExitCode.OK


def _audit_all(
    invocation: Invocation, pipeline: Pipeline, *, shape: Callable[[AuditResult], Shaped] | None, jobs: int
) -> tuple[Sequence[AuditResult | Shaped], list[Unauditable]]:
    """Every plan audited (each town as `shape` makes it, if given); with a progress bar on a terminal,
    and what could not be shared out said on stderr."""
    paths, notice = list(invocation.plans), invocation.say

    def audit(advance: Callable[[], None]) -> tuple[Sequence[AuditResult | Shaped], list[Unauditable]]:
        if shape is None:
            return pipeline.audit_all(paths, jobs=jobs, advance=advance, notice=notice)
        return pipeline.audit_shaped(paths, shape, jobs=jobs, advance=advance, notice=notice)

    if invocation.stderr.isatty() and len(paths) > 1:
        from rich.progress import Progress

        with Progress(console=invocation.console(stderr=True), transient=True) as progress:
            task = progress.add_task("監査中" if invocation.lang == "ja" else "auditing", total=len(paths))
            return audit(lambda: progress.advance(task))
    return audit(lambda: None)
