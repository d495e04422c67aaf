"""JSON: the contract for scripts. Every document starts with the same head (format, version, tool, config).

`dxcheck-lint` (schemas/lint.schema.json) and `dxcheck-audit` for the audit of one plan
(audit.schema.json): the result dataclasses of dxcheck.model.results as pydantic dumps them, with the
head, and with the language of the report added where a reader needs it (each finding's `message`,
`settings.lang`). Several towns — `compare`, or `audit` of several plans — are `dxcheck-compare`
(compare.schema.json, dxcheck.report.compare_json): the catalogue once, the towns referring to it,
no nulls. With `--full` they are `dxcheck-audits` instead (audits.schema.json): each town's whole
`dxcheck-audit`, as version 3 wrote every comparison.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

from dxcheck import __version__
from dxcheck.model.findings import finding_out
from dxcheck.model.results import AuditResult, Audits, LintRun, Unauditable
from dxcheck.report import ReportContext

# 2 (dxcheck 0.2): evidence says how each sentence was read (`reading`), evidence from policies
# (`policy_id`), items list the sentences read and not counted (`not_counted`), findings carry
# their suggestion apart (`suggestion_ja`, `suggestion_en`). docs/audit.md has the contract.
# 3 (framework editions): Every item names its `edition` (with `id`: dx@2.3/frontyard), every framework
# its `edition_date` and why that edition (`selection`); evidence from the plan's 推進体制 (`governance`);
# `revision`, the 改定 checklist of --against. Within 3, fields were added without a new version: the
# head's `config`, `location.paragraph`, and each framework's `user_file` and `replaces_shipped`.
# 4 (dxcheck 0.3): those are part of the contract (every document's head has `config`, null when no
# configuration file was found; every location has `paragraph`; every framework says where it came from);
# an audit has `verdict` (the bar and its reasons); several towns are `dxcheck-compare` unless --full asks
# for `dxcheck-audits`. docs/audit.md has the contract and what changed.
JSON_FORMAT_VERSION = 4


def head(kind: str, context: ReportContext | None = None) -> dict[str, Any]:
    """The common head of every JSON document dxcheck writes; a report's (lint, audit, compare, diff)
    also names the configuration file it was made with (`config`, null when none was found)."""
    document: dict[str, Any] = {
        "format": f"dxcheck-{kind}",
        "version": JSON_FORMAT_VERSION,
        "tool": {"name": "dxcheck", "version": __version__},
    }
    if context is not None:
        document["config"] = context.config
    return document


def envelope(kind: str, body: dict[str, Any], context: ReportContext | None = None) -> dict[str, Any]:
    """A document: the head, then the body."""
    return {**head(kind, context), **body}


def dump(document: dict[str, Any], context: ReportContext) -> str:
    return json.dumps(document, ensure_ascii=context.ascii_json, indent=2) + "\n"


_ADAPTERS: dict[type[object], Any] = {}


def _plain(value: object) -> dict[str, Any]:
    from pydantic import TypeAdapter

    adapter = _ADAPTERS.get(type(value))
    if adapter is None:
        adapter = _ADAPTERS[type(value)] = TypeAdapter(type(value))
    plain: dict[str, Any] = adapter.dump_python(value, mode="json")
    return plain


def _localised_findings(findings: list[dict[str, Any]], lang: str) -> list[dict[str, Any]]:
    # `message` is the report's language, read next to both: {code, severity, message, message_ja, message_en, location}.
    return [
        {
            "code": f["code"],
            "severity": f["severity"],
            "message": f[f"message_{lang}"],
            **{k: v for k, v in f.items() if k not in ("code", "severity")},
        }
        for f in findings
    ]


def audit_document(result: AuditResult, context: ReportContext) -> dict[str, Any]:
    """One audit as its JSON document (`dxcheck-audit`)."""
    body = _plain(result)
    body["findings"] = _localised_findings(body["findings"], context.lang)
    body["settings"]["lang"] = context.lang
    return envelope("audit", body, context)


def lint_document(run: LintRun, context: ReportContext) -> dict[str, Any]:
    body = _plain(run)
    for entry in body["files"]:
        entry["findings"] = _localised_findings(entry["findings"], context.lang)
    return envelope("lint", body, context)


def render_lint(run: LintRun, context: ReportContext) -> str:
    return dump(lint_document(run, context), context)


def render_audits(audits: Audits, context: ReportContext) -> str | Iterator[str]:
    """One audit as `dxcheck-audit`; several (or any comparison) as `dxcheck-compare`, or with --full as
    `dxcheck-audits`; both written town by town."""
    if audits.command == "audit" and len(audits.audits) == 1 and not audits.unauditable:
        return dump(audit_document(audits.audits[0], context), context)
    # several plans named — one of them broken too — are a comparison: the others are named in it
    if context.full:
        return _audit_set(audits.audits, context, audits.unauditable)
    from dxcheck.report.compare_json import TownRecord, render

    records = audits.towns  # made by compare's workers (dxcheck.report.compare_json.TownRecord)
    assert all(isinstance(t, TownRecord) for t in records[:1]), "compare's workers made the JSON records"
    return render(records or audits.audits, context, head("compare", context), audits.unauditable)  # type: ignore[arg-type]


def _audit_set(audits: list[AuditResult], context: ReportContext, unauditable: Sequence[Unauditable] = ()) -> Iterator[str]:
    """The `dxcheck-audits` document, indented by 2, one town at a time: the same text as dumping the
    whole document at once, without ever holding it (for 1,741 towns that was 1.2 GiB of dicts); then
    the plans that could not be audited (`not_compared`), when there are any."""
    not_compared = [
        {"file": plan.file, "findings": _localised_findings([_plain(finding_out(f)) for f in plan.findings], context.lang)}
        for plan in unauditable
    ]
    if not audits:
        yield dump(envelope("audits", {"audits": [], **({"not_compared": not_compared} if not_compared else {})}, context), context)
        return
    opening = json.dumps(envelope("audits", {"audits": []}, context), ensure_ascii=context.ascii_json, indent=2)
    yield opening[: -len("[]\n}")] + "[\n"
    for index, result in enumerate(audits):
        text = json.dumps(audit_document(result, context), ensure_ascii=context.ascii_json, indent=2)
        # One level deeper in the list: JSON text has no newline inside a string, so every line moves.
        yield ("" if index == 0 else ",\n") + "    " + text.replace("\n", "\n    ")
    if not not_compared:
        yield "\n  ]\n}\n"
        return
    text = json.dumps(not_compared, ensure_ascii=context.ascii_json, indent=2)
    yield '\n  ],\n  "not_compared": ' + text.replace("\n", "\n  ") + "\n}\n"
