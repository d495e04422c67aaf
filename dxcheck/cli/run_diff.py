"""`dxcheck diff`: two versions of a plan (two files, or a file at git revisions) audited with the same
editions and compared; exit 1 only with --fail-on-loss when a required item lost coverage.

The settings are those of the version under review, found from the newer file's folder (cli/app.py), not from
the folder the two share: a renamed plan compared as .dxcheck-base/plans/old.yaml plans/new.yaml kept
plans/.dxcheck.toml out."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from dxcheck.cli.options import ReportOptions
from dxcheck.cli.process import ExitCode
from dxcheck.model.message import Message

if TYPE_CHECKING:
    from dxcheck.cli.invocation import Invocation

TOO_MANY_REVISIONS = Message("--rev は2つまでです（前の版と新しい版）", "give --rev at most twice (the earlier and the later version)")
STDIN_TWICE = Message(
    "標準入力は一度しか読めません: 片方はファイルを指定してください", "standard input can be read once: give a file for one side"
)
CANNOT_COMPARE = Message(
    "比べられません: 計画ファイルを直してください（dxcheck lint で確認できます）",
    "cannot compare: fix the plan file first (see dxcheck lint)",
)


def _one_file_with_rev(old: Path, revision: str) -> Message:
    return Message(
        f"--rev のときはファイルを1つだけ指定します: dxcheck diff {old} --rev {revision}",
        f"with --rev, give one file: dxcheck diff {old} --rev {revision}",
    )


def _nothing_to_compare(old: Path) -> Message:
    return Message(
        f"比べる相手がありません: dxcheck diff {old} NEW.yaml、または dxcheck diff {old} --rev HEAD~1",
        f"nothing to compare with: dxcheck diff {old} NEW.yaml, or dxcheck diff {old} --rev HEAD~1",
    )


def run_diff(
    invocation: Invocation, report: ReportOptions, old: Path, new: Path | None, *, revisions: Sequence[str], fail_on_loss: bool
) -> ExitCode:
    from dxcheck.cli.reporting import context, open_report, print_unauditable, write_report
    from dxcheck.diff.changes import AuditedPlan, diff_plans, read_versions
    from dxcheck.files.revision import RevisionError
    from dxcheck.files.streams import is_stdin
    from dxcheck.report import DIFF
    from dxcheck.report.reporters import diff_reporter

    if len(revisions) > 2:
        invocation.fail(TOO_MANY_REVISIONS)
    if revisions and new is not None:
        invocation.fail(_one_file_with_rev(old, revisions[0]))
    if not revisions and new is None:
        invocation.fail(_nothing_to_compare(old))
    if new is not None and is_stdin(old) and is_stdin(new):
        invocation.fail(STDIN_TWICE)
    opened = open_report(invocation, DIFF, report, [old] if new is None else [old, new])
    try:
        versions = read_versions(opened.pipeline, old, new if new is not None else old, revisions)
    except RevisionError as exc:
        invocation.fail(Message(exc.ja, exc.en))
    audited = []
    for version in versions:
        if isinstance(version, AuditedPlan):
            audited.append(version)
        else:
            print_unauditable(invocation, version, CANNOT_COMPARE)
    if len(audited) < 2:
        return ExitCode.CANNOT_RUN
    result = diff_plans(audited[0], audited[1])
    reporter = diff_reporter(opened.format, fail_on_loss=fail_on_loss)
    write_report(invocation, opened.format, reporter, result, report, context(invocation, report.output))
    return ExitCode.FINDINGS if fail_on_loss and result.loss else ExitCode.OK
