"""JSON output: versioned, with stable key order, so that same input gives the same bytes."""

from __future__ import annotations

import json
from typing import Any

from dxcheck import __version__

JSON_FORMAT_VERSION = 1


def envelope(kind: str, body: dict[str, Any]) -> dict[str, Any]:
    """The common head of every JSON document dxcheck writes."""
    return {"format": f"dxcheck-{kind}", "version": JSON_FORMAT_VERSION, "tool": {"name": "dxcheck", "version": __version__}, **body}


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
