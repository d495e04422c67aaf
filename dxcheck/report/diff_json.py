"""JSON of a diff: the `dxcheck-diff` document (schemas/diff.schema.json).

The head every dxcheck document has (format, version, tool), with the diff's own version
(dxcheck.diff.results.DIFF_FORMAT_VERSION: a diff embeds no audit, so the audit's version does not
move it); then the report's language (`lang`), the summary paragraph in it (`summary`), and the
`PlanDiff` as pydantic dumps it — without `similar_titles_skipped` when false, nor an evidence's `governance`
when it is a measure's or a policy's (both came within version 1: the documents that have neither are as they were).
"""

from __future__ import annotations

from typing import Any

from dxcheck.diff.results import DIFF_FORMAT_VERSION, PlanDiff
from dxcheck.report import ReportContext
from dxcheck.report.json_report import dump, head
from dxcheck.report.summary import diff_summary


def diff_document(diff: PlanDiff, context: ReportContext) -> dict[str, Any]:
    """The `dxcheck-diff` document."""
    from pydantic import TypeAdapter

    body: dict[str, Any] = TypeAdapter(PlanDiff).dump_python(diff, mode="json")
    if not body["similar_titles_skipped"]:
        del body["similar_titles_skipped"]  # only when it happened: the documents of every other diff are as they were
    for item in body["items"]:
        for evidence in item["evidence"]:
            if evidence["governance"] is None:
                del evidence["governance"]  # only for a field of the 推進体制: a measure's evidence is as it was
    lang = context.lang
    return {**head("diff", context), "version": DIFF_FORMAT_VERSION, "lang": lang, "summary": diff_summary(diff, lang), **body}


def render_diff(diff: PlanDiff, context: ReportContext) -> str:
    return dump(diff_document(diff, context), context)
