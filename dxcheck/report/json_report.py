"""The common head of dxcheck's JSON documents (written by the CLI's _emit_json)."""

from __future__ import annotations

from typing import Any

from dxcheck import __version__

JSON_FORMAT_VERSION = 1


def envelope(kind: str, body: dict[str, Any]) -> dict[str, Any]:
    """The common head of every JSON document dxcheck writes."""
    return {"format": f"dxcheck-{kind}", "version": JSON_FORMAT_VERSION, "tool": {"name": "dxcheck", "version": __version__}, **body}
