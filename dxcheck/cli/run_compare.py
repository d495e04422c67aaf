"""`dxcheck compare`: many towns audited (in worker processes) into one matrix; a plan that cannot be
read is reported and skipped (exit 1), and workers that keep dying stop the comparison (exit 2)."""

from __future__ import annotations

import functools
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Literal

from dxcheck.cli.options import ReportOptions
from dxcheck.cli.process import ExitCode
from dxcheck.model.message import Message

if TYPE_CHECKING:
    from collections.abc import Callable

    from dxcheck.audit.pipeline import Pipeline, SortKey
    from dxcheck.audit.workers import WorkersFailed
    from dxcheck.cli.invocation import Invocation
    from dxcheck.files.spill import Towns
    from dxcheck.model.results import AuditResult, Unauditable
    from dxcheck.model.town import Shaped

NOTHING_COMPARED = Message("比較できる計画がありません", "no plan could be compared")


def _skipped(plan: Unauditable) -> Message:
    if any(f.code == "DX013" for f in plan.findings):  # a document whose reading looks broken
        return Message(
            f"{plan.file}: 読み取りが不確かなため比較から外しました（dxcheck import で下書きを確かめるか、確かめたうえで --accept-reading）",
            f"{plan.file}: skipped, its reading looks broken (check the draft with dxcheck import, or pass --accept-reading after checking it)",
        )
    return Message(f"{plan.file}: 比較から外しました", f"{plan.file}: skipped")


def _workers_failed(exc: WorkersFailed) -> Message:
    return Message(
        f"作業プロセスが {exc.deaths} 回強制終了されたため中止しました（{exc.remaining:,} 件は未監査）。--jobs を減らすか、メモリを確認してください",
        f"stopped: worker processes were killed {exc.deaths} times ({exc.remaining:,} plans not audited); lower --jobs or check the memory",
    )


def _spill_failed(exc: Exception) -> Message:
    return Message(
        f"比較する自治体を一時ファイルに書けませんでした（{exc}）。TMPDIR に空きのある書き込める場所を指定してください",
        f"could not write the towns compared to a temporary file ({exc}); set TMPDIR to a writable place with free space",
    )


def _csv_only(option: str, fmt: str) -> Message:
    return Message(f"{option} は CSV のときだけ使えます（--format {fmt}）", f"{option} applies to CSV only (not --format {fmt})")


def run_compare(
    invocation: Invocation,
    report: ReportOptions,
    *,
    sort: Literal["score", "name", "code"],
    long: bool,
    encoding: str,
    jobs: int | None,
    encoding_given: bool = False,
    accept_reading: bool = False,
) -> ExitCode:
    from dxcheck.audit.pipeline import sort_audits
    from dxcheck.audit.workers import WorkersFailed, default_jobs
    from dxcheck.cli.reporting import context, open_report, print_unauditable, write_report
    from dxcheck.files.spill import SpillFailed
    from dxcheck.model.results import AuditResult, Audits
    from dxcheck.model.town import TownRow, town_row
    from dxcheck.report import COMPARE
    from dxcheck.report.reporters import compare_reporter

    opened = open_report(invocation, COMPARE, report, invocation.plans, accept_reading=accept_reading)
    if opened.format != "csv" and (long or encoding_given or encoding != "utf-8-sig"):  # said, as --full is for a format not JSON
        invocation.fail(_csv_only("--long" if long else f"--encoding {encoding}", opened.format))
    told = context(invocation, report.output, long=long, encoding=encoding, full=report.full)
    # The terminal matrix needs a row a town, the JSON document a record a town (dxcheck.model.town.Shaped):
    # each made where the plan is audited, in a worker. The full contract and the exports take the audits.
    shaped: tuple[Callable[[AuditResult], Shaped], Callable[[tuple[Any, ...]], Shaped]] | None = None
    if opened.format == "table":
        shaped = (town_row, TownRow.unpack)
    elif opened.format == "json" and not report.full:
        from dxcheck.report.compare_json import TownRecord, town_record

        shaped = (functools.partial(town_record, lang=told.lang, ascii_json=told.ascii_json), TownRecord.unpack)
    elif opened.format == "csv":
        from dxcheck.report.csv_report import CsvTown, csv_town

        shaped = (functools.partial(csv_town, long=long, lang=told.lang), CsvTown.unpack)
    elif opened.format == "xlsx":  # the workbook: a town's sheet, made and deflated in its worker
        from dxcheck.report.xlsx_report import XlsxTown, town_sheet

        shaped = (functools.partial(town_sheet, lang=told.lang, cwd=told.cwd), XlsxTown.unpack)
    try:
        results, unauditable = _audit_all(invocation, opened.pipeline, shaped=shaped, sort=sort, jobs=jobs or default_jobs())
    except SpillFailed as exc:
        invocation.fail(_spill_failed(exc))
    except WorkersFailed as exc:
        for plan in exc.lost:  # each plan a worker was auditing when it was killed: it may be the cause
            print_unauditable(invocation, plan, _skipped(plan))
        invocation.fail(_workers_failed(exc))
    for plan in unauditable:
        print_unauditable(invocation, plan, _skipped(plan))
    if not results and opened.format != "json":
        invocation.fail(NOTHING_COMPARED)
    if isinstance(results, list):
        audits = sort_audits([r for r in results if isinstance(r, AuditResult)], sort)
        compared = Audits(audits=audits, command="compare", unauditable=unauditable)
    else:  # the towns as their workers made them, sorted (dxcheck.files.spill)
        compared = Audits(audits=[], towns=results, command="compare", unauditable=unauditable)
    write_report(invocation, opened.format, compare_reporter(opened.format), compared, report, told)
    if not results:  # the JSON document says which plans could not be compared and why, as audit's does
        invocation.fail(NOTHING_COMPARED)
    return ExitCode.FINDINGS if unauditable else ExitCode.OK


def _audit_all(
    invocation: Invocation,
    pipeline: Pipeline,
    *,
    shaped: tuple[Callable[[AuditResult], Shaped], Callable[[tuple[Any, ...]], Shaped]] | None,
    sort: SortKey,
    jobs: int,
) -> tuple[list[AuditResult] | Towns[Shaped], list[Unauditable]]:
    """Every plan audited: the audits, or (`shaped`: how a worker makes a town of its audit, and how a
    town is made of what its `pack` gave) the towns, sorted; with a progress bar on a terminal, and what
    could not be shared out said on stderr."""
    paths, notice = list(invocation.plans), invocation.say
    from dxcheck.reading.infer import WORTH_AN_ENTRY_IN_A_COMPARISON

    # A plan whose sentences the comparison has mostly read already is cheaper to read again than to keep.
    # A document whose reading looks broken is left out and said (DX013), unless --accept-reading.
    pipeline = replace(pipeline, readings_worth=WORTH_AN_ENTRY_IN_A_COMPARISON, doubtful_compared=False)

    def audit(advance: Callable[[], None]) -> tuple[list[AuditResult] | Towns[Shaped], list[Unauditable]]:
        if shaped is None:
            return pipeline.audit_all(paths, jobs=jobs, advance=advance, notice=notice)
        shape, unpack = shaped
        return pipeline.audit_shaped(paths, shape, unpack, jobs=jobs, order=sort, advance=advance, notice=notice)

    if invocation.stderr.isatty() and len(paths) > 1:
        from rich.progress import Progress

        with Progress(console=invocation.console(stderr=True), transient=True) as progress:
            task = progress.add_task("監査中" if invocation.lang == "ja" else "auditing", total=len(paths))
            return audit(lambda: progress.advance(task))
    return audit(lambda: None)
