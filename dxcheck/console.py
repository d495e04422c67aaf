"""The terminal: rich consoles for stdout and stderr that never wrap or interpret user text."""

from __future__ import annotations

import sys

from rich.console import Console


def make_console(*, stderr: bool = False, color: bool | None = None) -> Console:
    """A console that colours only a terminal (and honours NO_COLOR), never wraps lines."""
    stream = sys.stderr if stderr else sys.stdout
    return Console(
        file=stream,
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=True,
        force_terminal=color if color else None,
        no_color=(color is False) or None,
    )
