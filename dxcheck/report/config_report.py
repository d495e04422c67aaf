"""`dxcheck config`: the settings in force and where each comes from."""

from __future__ import annotations

from typing import Any

from rich.table import Table

from dxcheck.config import Settings


def config_table(settings: Settings) -> Table:
    table = Table(title=f"dxcheck settings ({settings.file or 'no configuration file'})", title_justify="left")
    for header in ("setting", "value", "source"):
        table.add_column(header)
    for key, value in settings.values.items():
        table.add_row(key, "—" if value is None else str(value), settings.sources[key])
    return table


def config_json(settings: Settings) -> dict[str, Any]:
    """The body of the `dxcheck-config` JSON document."""
    return {
        "file": str(settings.file) if settings.file else None,
        "settings": {k: {"value": v, "source": settings.sources[k]} for k, v in settings.values.items()},
    }
