"""The terminal: rich consoles for stdout and stderr that never wrap or interpret user text.

A plan's text and a file's name reach the terminal as text, never as commands to it: an ESC in a
plan (`name: "恵庭\\x1b市"`) is printed as `\\x1b`, not obeyed (dxcheck.findings.visible). rich's
own colours are control segments and pass untouched.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator

from rich.console import Console, ConsoleOptions, ConsoleRenderable, RenderableType, RenderHook, RenderResult
from rich.segment import Segment

from dxcheck.findings import visible


def make_console(*, stderr: bool = False, color: bool | None = None) -> Console:
    """A console that colours only a terminal (and honours NO_COLOR), never wraps lines."""
    stream = sys.stderr if stderr else sys.stdout
    console = Console(
        file=stream,
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=True,
        force_terminal=color if color else None,
        no_color=(color is False) or None,
    )
    show_controls(console)
    return console


def show_controls(console: Console) -> None:
    """Make `console` print control characters in what it renders as escapes."""
    console.push_render_hook(_ShowControls())


class _ShowControls(RenderHook):
    """A rich render hook: every renderable is drawn through `_Visible`."""

    def process_renderables(self, renderables: list[ConsoleRenderable]) -> list[ConsoleRenderable]:
        return [_Visible(r) for r in renderables]


class _Visible:
    def __init__(self, renderable: RenderableType) -> None:
        self.renderable = renderable

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield from _escaped(console.render(self.renderable, options))


def _escaped(segments: Iterable[Segment]) -> Iterator[Segment]:
    for segment in segments:
        if segment.control:
            yield segment
        else:
            text = visible(segment.text)
            yield segment if text is segment.text else Segment(text, segment.style, segment.control)
