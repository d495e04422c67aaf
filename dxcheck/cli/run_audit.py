"""`dxcheck audit`: each plan audited against the frameworks; exit 1 when one does not meet the bar,
2 when one cannot be read or a document's reading looks broken (unless --accept-reading)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from dxcheck.cli.options import ReportOptions
from dxcheck.cli.process import ExitCode
from dxcheck.model.message import Message

if TYPE_CHECKING:
    from dxcheck.cli.invocation import Invocation
    from dxcheck.model.results import AuditResult


def _doubtful(files: list[str]) -> Message:
    return Message(
        f"計画書の読み取りが不確かなため、判定は信頼できません（{'、'.join(files)}）。dxcheck import で下書きを確かめるか、"
        "読み取りを確かめたうえで --accept-reading を付けてください",
        f"the reading of {', '.join(files)} looks broken, so its verdicts cannot be trusted: check the draft with dxcheck import, "
        "or pass --accept-reading after checking the reading",
    )


def _against_not_used(results: Sequence[AuditResult], against: Mapping[str, str]) -> list[Message]:
    """`--against dx@1.0` for a plan already on dx@2.3 carries nothing (the audit is of the plan's own edition):
    said, rather than a report that looks like the one asked for."""
    said = []
    for framework_id, asked in sorted(against.items()):
        for result in results:
            own = next((f for f in result.frameworks if f.id == framework_id), None)
            if own is None or own.edition == asked or (own.selection is not None and own.selection.by == "against"):
                continue
            said.append(
                Message(
                    f"{result.file}: --against {framework_id}@{asked} は計画の版（{framework_id}@{own.edition}）より前の版です。"
                    f"--against は新しい版への改定を見るためのもので、この計画は {framework_id}@{own.edition} で監査しました"
                    f"（前の版で監査するなら --edition {framework_id}={asked}）",
                    f"{result.file}: --against {framework_id}@{asked} is older than the plan's edition ({framework_id}@{own.edition}); "
                    f"--against looks forward to a newer edition, so the plan was audited with {framework_id}@{own.edition} "
                    f"(to audit with the older one, --edition {framework_id}={asked})",
                )
            )
    return said


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
    for said in _against_not_used(results, opened.pipeline.against or {}):
        invocation.say(said)
    if any(plan.could_not_run for plan in unauditable):
        return ExitCode.CANNOT_RUN
    doubtful = [r.file for r in results if r.document is not None and r.document.doubts and not r.document.accepted]
    if doubtful:
        invocation.say(_doubtful(doubtful))
        return ExitCode.CANNOT_RUN
    return ExitCode.OK if all(r.passed for r in results) and not unauditable else ExitCode.FINDINGS
