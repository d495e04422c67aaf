"""Where the shipped data lives: frameworks/ and schemas/.

In an installed package they sit inside it (dxcheck/frameworks, dxcheck/schemas: the wheel
maps the top-level folders there); in a source checkout they are the top-level folders.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def data_dir(name: str) -> Path:
    """The folder of shipped data called `name` ("frameworks" or "schemas")."""
    inside = _PACKAGE / name
    if inside.is_dir():
        return inside
    return _PACKAGE.parent / name


def schema_path(name: str) -> Path:
    """The path of a published JSON Schema, e.g. schema_path("plan")."""
    return data_dir("schemas") / f"{name}.schema.json"
