"""`dxcheck frameworks`, `frameworks show`, `frameworks diff` and `frameworks check`: the frameworks and lists
(shipped, and a user's), every edition, one edition's items, what changed between two editions, and a
framework file linted."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal

from dxcheck.cli.process import ExitCode
from dxcheck.model.message import Message

if TYPE_CHECKING:
    from dxcheck.catalogue.framework import Framework
    from dxcheck.cli.invocation import Invocation

ListFormat = Literal["table", "json"]


def _older_first(before: Framework, after: Framework) -> Message:
    return Message(
        f"古い版を先に書いてください: dxcheck frameworks diff {after.ref} {before.ref}",
        f"give the older edition first: {after.ref} {before.ref}",
    )


def _different_frameworks(before: Framework, after: Framework) -> Message:
    return Message(
        f"別の枠組みの版は比べられません: {before.ref} と {after.ref}",
        f"cannot compare editions of different frameworks: {before.ref}, {after.ref}",
    )


def run_frameworks(invocation: Invocation, output_format: ListFormat) -> ExitCode:
    from dxcheck.report.frameworks_report import framework_object, frameworks_table

    if output_format == "json":
        catalogue = invocation.catalogue
        invocation.print_json("frameworks", {"frameworks": [framework_object(f, catalogue.origins.get(f.ref)) for f in catalogue]})
    else:
        invocation.show([frameworks_table(invocation.catalogue, invocation.lang)])
    return ExitCode.OK


def run_frameworks_show(invocation: Invocation, ref: str, output_format: ListFormat) -> ExitCode:
    from dxcheck.report.frameworks_report import framework_object, items_table

    framework = _framework(invocation, ref)
    if output_format == "json":
        invocation.print_json("framework", {"framework": framework_object(framework, invocation.catalogue.origins.get(framework.ref))})
    else:
        invocation.show([items_table(framework, invocation.lang)])
    return ExitCode.OK


def run_frameworks_diff(invocation: Invocation, old: str, new: str, output_format: ListFormat) -> ExitCode:
    from dxcheck.catalogue.framework import diff
    from dxcheck.report.frameworks_report import diff_object, diff_pieces

    before, after = _framework(invocation, old), _framework(invocation, new)
    if before.date > after.date:
        invocation.fail(_older_first(before, after))
    if before.id != after.id:
        invocation.fail(_different_frameworks(before, after))
    changes = diff(invocation.catalogue, before, after)
    if output_format == "json":
        invocation.print_json("framework-diff", diff_object(before, after, changes))
    else:
        invocation.show(list(diff_pieces(before, after, changes, invocation.lang)))
    return ExitCode.OK


def _framework(invocation: Invocation, ref: str) -> Framework:
    from dxcheck.catalogue import lookup

    try:
        return lookup.framework(invocation.catalogue, ref)
    except lookup.NotFound as exc:
        invocation.fail(exc.message)


def run_frameworks_check(invocation: Invocation, files: list[Path]) -> ExitCode:
    """Each file linted (FW001–FW008), then, when none has an error, checked with the shipped editions and
    the user's directories (FW009, FW010: a previous edition, the items it continues). One line per
    problem on stdout, `file:line:col: CODE severity: message`; a summary line; exit 2 on an error."""
    import os

    from dxcheck.catalogue.framework_check import FrameworkProblem, check_file
    from dxcheck.catalogue.user import UserFile, UserFrameworkError, shown_path, user_files, validated

    problems: list[FrameworkProblem] = []
    # A directory stands for its framework files, as --frameworks-dir reads them.
    files = [f for path in files for f in (sorted(path.glob("*.y*ml")) if path.is_dir() else [path])]
    named = [UserFile(path, shown_path(path)) for path in files]
    for user_file in named:
        problems += check_file(user_file.path, user_file.shown).problems
    if not any(p.severity == "error" for p in problems):
        try:
            configured = [f for directory in invocation.settings.framework_paths for f in user_files(directory)]
            seen = {os.path.realpath(f.path) for f in named}
            validated(tuple(named) + tuple(f for f in configured if os.path.realpath(f.path) not in seen))
        except UserFrameworkError as exc:
            if exc.message is not None:
                invocation.fail(exc.message)
            problems += [p for p in exc.problems if p not in problems]
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    from dxcheck.report.output import guarded_stdout

    with invocation.writing(), guarded_stdout(invocation.stdout) as stream:  # the files' words: guarded in a GitHub Actions log
        for problem in problems:
            stream.write(problem.text(invocation.lang) + "\n")
        if invocation.lang == "en":
            stream.write(f"{len(files)} file(s) checked: {errors} error(s), {warnings} warning(s)\n")
        else:
            stream.write(f"{len(files)} ファイルを検査: 誤り {errors} 件、警告 {warnings} 件\n")
    return ExitCode.CANNOT_RUN if errors else ExitCode.OK
