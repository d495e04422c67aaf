"""`dxcheck frameworks`, `frameworks show` and `frameworks diff`: the frameworks and lists shipped, every
edition, one edition's items, and what changed between two editions."""

from __future__ import annotations

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
        invocation.print_json("frameworks", {"frameworks": [framework_object(f) for f in invocation.catalogue]})
    else:
        invocation.show([frameworks_table(invocation.catalogue, invocation.lang)])
    return ExitCode.OK


def run_frameworks_show(invocation: Invocation, ref: str, output_format: ListFormat) -> ExitCode:
    from dxcheck.report.frameworks_report import framework_object, items_table

    framework = _framework(invocation, ref)
    if output_format == "json":
        invocation.print_json("framework", {"framework": framework_object(framework)})
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
