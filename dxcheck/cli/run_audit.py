"""`dxcheck audit`: each plan audited against the frameworks; exit 1 when one does not meet the bar,
2 when one cannot be read or a document's reading looks broken (unless --accept-reading)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from dxcheck.cli.options import ReportOptions
from dxcheck.cli.process import ExitCode
from dxcheck.model.message import Message

if TYPE_CHECKING:
    from dxcheck.cli.invocation import Invocation


def _doubtful(files: list[str]) -> Message:
    return Message(
        f"計画書の読み取りが不確かなため、判定は信頼できません（{'、'.join(files)}）。dxcheck import で下書きを確かめるか、"
        "読み取りを確かめたうえで --accept-reading を付けてください",
        f"the reading of {', '.join(files)} looks broken, so its verdicts cannot be trusted: check the draft with dxcheck import, "
        "or pass --accept-reading after checking the reading",
    )


def run_audit(invocation: Invocation, report: ReportOptions, *, against: Sequence[str] | None, accept_reading: bool) -> ExitCode:
    from dxcheck.cli.reporting import context, open_report, print_unauditable, write_report
    from dxcheck.model.message import CANNOT_AUDIT
    from dxcheck.model.results import Audits
    from dxcheck.report import AUDIT
    from dxcheck.report.reporters import audit_reporter

    opened = open_report(invocation, AUDIT, report, invocation.plans, against=against, accept_reading=accept_reading)
    results, unauditable = opened.pipeline.audit_all(list(invocation.plans))
    for plan in unauditable:
        print_unauditable(invocation, plan, CANNOT_AUDIT)
    # CI's formats are written even when no plan could be audited: the read errors are in them (a SARIF upload or a
    # JUnit report found no file, and --format github had no ::error, though the job failed)
    if results or (unauditable and opened.format in ("json", "sarif", "junit", "github")):
        told = context(invocation, report.output, long=True, detail=opened.detail, full=report.full)
        compared = Audits(audits=results, command="audit", unauditable=unauditable)  # several: the JSON names the others
        write_report(invocation, opened.format, audit_reporter(opened.format), compared, report, told)
    if any(plan.could_not_run for plan in unauditable):
        return ExitCode.CANNOT_RUN
    doubtful = [r.file for r in results if r.document is not None and r.document.doubts and not r.document.accepted]
    if doubtful:
        invocation.say(_doubtful(doubtful))
        return ExitCode.CANNOT_RUN
    return ExitCode.OK if all(r.passed for r in results) and not unauditable else ExitCode.FINDINGS
