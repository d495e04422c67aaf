"""SARIF 2.1.0: for GitHub code scanning and every SARIF viewer.

One run; the driver lists every rule of the catalogue with its descriptions and help; each finding
is a result with its level and a region at the plan's line and column (counted in code points).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Sequence
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any

from dxcheck import __version__
from dxcheck.model import rules
from dxcheck.model.findings import FindingOut, finding_out
from dxcheck.model.results import AuditResult, Audits, LintRun
from dxcheck.report import ReportContext

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _uri(file: str) -> str:
    windows = os.name == "nt" or re.match(r"[A-Za-z]:\\", file) is not None
    path = PureWindowsPath(file) if windows else PurePosixPath(file)
    if path.is_absolute():
        return path.as_uri()
    # A relative URI reference: what a URI cannot hold as it is (`%`, a space, the `\` of an
    # escaped name that is not UTF-8, `#`, `?`) percent-encoded; letters, Japanese included, kept.
    return re.sub(r"[%\\ #?\x00-\x1f\x7f]", lambda m: f"%{ord(m.group()):02X}", path.as_posix())


def _pascal(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("-"))


def _rules(lang: str) -> list[dict[str, Any]]:
    en = lang == "en"
    return [
        {
            "id": rule.code,
            "name": _pascal(rule.name),
            "shortDescription": {"text": rule.summary_en if en else rule.summary_ja},
            "fullDescription": {"text": f"{rule.summary_ja} / {rule.summary_en}"},
            "help": {"text": rule.help_en if en else rule.help_ja, "markdown": f"{rule.help_ja}\n\n{rule.help_en}"},
            "defaultConfiguration": {"level": _LEVEL[rule.severity.value]},
            "properties": {"tags": ["dxcheck", rule.name]},
        }
        for rule in rules.ALL
    ]


def _result(finding: FindingOut, index: dict[str, int], lang: str) -> dict[str, Any]:
    location: dict[str, Any] = {"artifactLocation": {"uri": _uri(finding.location.file)}}
    if finding.location.line is not None:
        location["region"] = {"startLine": finding.location.line, "startColumn": finding.location.column or 1}
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": index[finding.code],
        "level": _LEVEL[finding.severity],
        "message": {"text": finding.message(lang)},
        "locations": [{"physicalLocation": location}],
    }
    if finding.location.pointer:
        result["locations"][0]["logicalLocations"] = [{"fullyQualifiedName": finding.location.pointer, "kind": "member"}]
    return result


def render_lint(run: LintRun, context: ReportContext) -> str:
    # The configuration file in use (null: none was found), in the run's property bag (SARIF 2.1.0 §3.8).
    return render([(f.file, f.findings) for f in run.files], context.lang, {"config": context.config})


def render_audits(audits: Audits, context: ReportContext) -> str:
    # The configuration file and the editions each plan was audited with, in the run's property bag.
    editions = {a.file: {f.id: f.edition for f in a.frameworks} for a in audits.audits}
    gates = [gate for a in audits.audits if (gate := _min_score(a, context.lang)) is not None]
    # a plan that could not be audited is its read errors (DX001–DX013), as lint reports them: the job's failure is in the file
    broken = [(plan.file, [finding_out(f) for f in plan.findings]) for plan in audits.unauditable]
    return render(
        [*((a.file, a.findings) for a in audits.audits), *broken],
        context.lang,
        {"config": context.config, "editions": editions},
        extra=gates,
    )


def _min_score(audit: AuditResult, lang: str) -> dict[str, Any] | None:
    """The --min-score gate as a result of its own (DX507): level error when the plan is below the bar (or
    has no score), kind "pass" when it meets it; none without --min-score. The findings say which items
    are missing; nothing else said that the score failed the bar."""
    minimum = audit.verdict.bar.min_score
    if minimum is None:
        return None
    rule = rules.BELOW_MIN_SCORE
    failed = next((r for r in audit.verdict.reasons if r.gate == "min-score"), None)
    result: dict[str, Any] = {
        "ruleId": rule.code,
        "ruleIndex": [r.code for r in rules.ALL].index(rule.code),
        # line 1, as the plan-wide findings are (a viewer wants a region)
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(audit.file)}, "region": {"startLine": 1, "startColumn": 1}}}],
        "properties": {"minScore": minimum, "overallScore": audit.overall_score},
    }
    if failed is not None:
        result |= {"level": "error", "message": {"text": failed.message_en if lang == "en" else failed.message_ja}}
    else:
        score = audit.overall_score
        said = (
            (f"the overall score {score:g} meets the bar of {minimum:g}", f"総合 {score:g} 点は基準 {minimum:g} 点に届いています")
            if score is not None
            else ("", "")
        )
        result |= {"kind": "pass", "level": "none", "message": {"text": said[0] if lang == "en" else said[1]}}
    return result


def render(
    files: Sequence[tuple[str, Sequence[FindingOut]]],
    lang: str,
    properties: dict[str, Any] | None = None,
    *,
    extra: Sequence[dict[str, Any]] = (),
) -> str:
    """The SARIF log of findings grouped by file."""
    index = {rule.code: n for n, rule in enumerate(rules.ALL)}
    artifacts = [{"location": {"uri": _uri(file)}} for file, _ in files]
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "dxcheck",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "fullName": f"dxcheck {__version__}",
                        "rules": _rules(lang),
                    }
                },
                "artifacts": artifacts,
                "columnKind": "unicodeCodePoints",
                "results": [*(_result(f, index, lang) for _, findings in files for f in findings), *extra],
                **({"properties": properties} if properties else {}),
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
