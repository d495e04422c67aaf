"""JSON output: versioned, with stable key order, so that same input gives the same bytes."""

from __future__ import annotations

import json
from typing import Any

from dxcheck import __version__
from dxcheck.findings import Finding

JSON_FORMAT_VERSION = 1


def finding_object(finding: Finding, lang: str) -> dict[str, Any]:
    """A finding as a JSON object."""
    return {
        "code": finding.code,
        "severity": finding.severity.value,
        "message": finding.message(lang),
        "message_ja": finding.message_ja,
        "message_en": finding.message_en,
        "location": {"file": finding.file, "line": finding.line, "column": finding.column, "pointer": finding.pointer},
    }


def envelope(kind: str, body: dict[str, Any]) -> dict[str, Any]:
    """The common head of every JSON document dxcheck writes."""
    return {"format": f"dxcheck-{kind}", "version": JSON_FORMAT_VERSION, "tool": {"name": "dxcheck", "version": __version__}, **body}


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
