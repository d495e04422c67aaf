"""`dxcheck config`: the settings in force and where each comes from."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.console import Group
from rich.table import Table

from dxcheck.report.console import Balanced, Wrapped

if TYPE_CHECKING:
    from dxcheck.config import Configuration

_SOURCE_JA = {"default": "既定", "command line": "コマンドライン"}


def _value(value: Any) -> str:
    """A setting's value as the configuration file (TOML) spells it; — when it has none."""
    if value is None or value == []:
        return "—"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def config_table(settings: Configuration, lang: str) -> Group:
    """The settings in force, each with its value and where it comes from."""
    en = lang == "en"
    file = settings.shown or settings.file  # DXCHECK_CONFIG_REV: revision:path
    if en:
        title = f"dxcheck settings ({file or 'no configuration file'})"
    else:
        title = f"dxcheck の設定（{f'設定ファイル: {file}' if file else '設定ファイルなし'}）"
    table = Table()
    for header in ("setting", "value", "source") if en else ("設定", "値", "出どころ"):
        table.add_column(header, no_wrap=header in ("setting", "設定"))
    for key, source in settings.sources.items():
        table.add_row(key, Wrapped(_value(settings.value(key))), Wrapped(source if en else _SOURCE_JA.get(source, source)))
    return Group(Wrapped(title, style="table.title"), Balanced(table))


def config_json(settings: Configuration) -> dict[str, Any]:
    """The body of the `dxcheck-config` JSON document."""
    return {
        "file": settings.shown or (str(settings.file) if settings.file else None),
        "settings": {k: {"value": settings.value(k), "source": source} for k, source in settings.sources.items()},
    }
