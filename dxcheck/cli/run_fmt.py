"""`dxcheck fmt`: plans written in their canonical form (comments and text kept); exit 1 with --check
when one would change, 2 when one cannot be read or written (the others are formatted)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dxcheck.cli.process import ExitCode

if TYPE_CHECKING:
    from dxcheck.cli.invocation import Invocation


def run_fmt(invocation: Invocation, *, check: bool, force: bool) -> ExitCode:
    import sys
    from contextlib import nullcontext, redirect_stdout

    from dxcheck.files.streams import is_stdin
    from dxcheck.plan.fmt import format_file
    from dxcheck.report.fmt_report import print_outcome, print_summary
    from dxcheck.report.output import guarded_stdout

    outcomes = []
    # the diffs (--check) quote the plans, and their headers the files' names: in a GitHub Actions log,
    # between stop-commands. Standard input formatted is data (`dxcheck fmt - < a.yaml > b.yaml`): as it is.
    guard = nullcontext(sys.stdout) if any(is_stdin(p) for p in invocation.plans) else guarded_stdout(sys.stdout)
    with invocation.writing(), guard as stream, redirect_stdout(stream):
        for path in invocation.plans:
            outcome = format_file(path, check=check, force=force)
            print_outcome(outcome, invocation.lang)
            outcomes.append(outcome)
    print_summary(outcomes, check=check, lang=invocation.lang)
    if any(o.state in ("unreadable", "unwritable") for o in outcomes):
        return ExitCode.CANNOT_RUN
    return ExitCode.FINDINGS if any(o.state in ("failed", "would-change") for o in outcomes) else ExitCode.OK
