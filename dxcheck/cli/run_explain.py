"""`dxcheck explain`: an item (its edition, sources, national target, vocabulary) and, given a plan,
the measures that are its evidence in the edition that applies to the plan (dxcheck.catalogue.lookup)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from dxcheck.cli.process import ExitCode
from dxcheck.model.message import Message

if TYPE_CHECKING:
    from dxcheck.cli.invocation import Invocation


def _a_directory(plan: Path) -> Message:
    from dxcheck.plan.discovery import held_in

    # a folder of Word and PDF plans: compare reads them with --documents
    ja, en = (f"、計画書なら dxcheck compare --documents {plan}", f", or dxcheck compare --documents {plan} for Word and PDF plans")
    if not held_in([plan], documents=True):
        ja = en = ""
    return Message(
        f"{plan} はディレクトリです。explain には計画ファイルか計画書を 1 つ指定します（まとめて見るには dxcheck compare {plan}{ja}）",
        f"{plan} is a directory; explain takes one plan or document (to see them all: dxcheck compare {plan}{en})",
    )


def run_explain(invocation: Invocation, name: str, plan: Path | None) -> ExitCode:
    from dxcheck.catalogue import lookup
    from dxcheck.catalogue.framework import parse_ref
    from dxcheck.cli.reporting import pipeline, print_unauditable
    from dxcheck.model.message import CANNOT_AUDIT
    from dxcheck.model.results import Unauditable
    from dxcheck.report.explain_report import group_pieces, item_pieces, item_result_pieces, unplaced_pieces

    if plan is not None and plan.is_dir():
        invocation.fail(_a_directory(plan))
    framework_id, edition, _ = parse_ref(name)
    editions = None
    if edition is not None and plan is not None:  # dx@2.3/frontyard with a plan: audit the plan with 2.3, as --edition dx=2.3 would
        given = invocation.settings.edition if invocation.settings.sources["edition"] == "command line" else {}
        editions = {**given, framework_id: edition}
    audit = pipeline(invocation, editions=editions)
    try:
        found = lookup.item(invocation.catalogue, name)
    except lookup.NotFound as exc:
        invocation.fail(exc.message)
    if isinstance(found, lookup.ProcedureGroup):
        invocation.show(list(group_pieces(found.procedures, found.group, invocation.lang)))
        return ExitCode.OK
    if plan is None:
        invocation.show(list(item_pieces(found.ref, invocation.lang)))
        return ExitCode.OK
    result = audit.audit(plan)
    if isinstance(result, Unauditable):
        print_unauditable(invocation, result, CANNOT_AUDIT)
        return ExitCode.CANNOT_RUN if result.could_not_run else ExitCode.FINDINGS
    try:
        item = lookup.in_plan(invocation.catalogue, result, found)
    except lookup.NotFound as exc:
        invocation.fail(exc.message)
    pieces = item_pieces(item.ref, invocation.lang, item.selection, result.plan)
    pieces += item_result_pieces(item.result, result.file, invocation.lang)
    pieces += unplaced_pieces(result.document, item.result.id, result.file, invocation.lang)
    invocation.show(list(pieces))
    return ExitCode.OK
