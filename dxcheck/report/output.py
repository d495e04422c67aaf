"""Writing a report: to stdout as it is made, or to a file, atomically.

A terminal drawing (`Drawn`) is printed in colour on a terminal and as plain text (120 columns)
in a file. A binary format is never written to a terminal. CSV, bytes in a chosen encoding, is
shown decoded on a terminal.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from dxcheck.report import Drawn, Format, Output, ReportContext, ReportError

if TYPE_CHECKING:
    from rich.console import Console

# Reports drawn for the terminal, written to a file: this wide, without colour.
FILE_WIDTH = 120


def write(output: Output, target: Path | None, fmt: Format, context: ReportContext) -> None:
    """Write a report to stdout (target None) or to `target`, atomically."""
    if isinstance(output, Drawn):
        if target is None:
            from dxcheck.console import make_console

            _draw(make_console(), output)
            return
        output = _plain_text(output)
    if isinstance(output, bytes):
        _write_bytes(output, target, fmt, context)
        return
    if target is None:
        for piece in [output] if isinstance(output, str) else output:
            sys.stdout.write(piece)
        return
    to_file(target, output)


def to_file(target: Path, data: str | bytes | Iterator[str]) -> None:
    """Write a file atomically; a failure is a ReportError that says which file and why."""
    from dxcheck.atomic import write_atomically

    try:
        write_atomically(target, data)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ReportError(f"書き込めません: {target}（{reason}）", f"cannot write {target}: {reason}") from None


def _plain_text(drawn: Drawn) -> str:
    from rich.console import Console

    buffer = io.StringIO()
    console = Console(file=buffer, width=FILE_WIDTH, color_system=None, highlight=False, markup=False, emoji=False, soft_wrap=True)
    _draw(console, drawn)
    return buffer.getvalue()


def _draw(console: Console, drawn: Drawn) -> None:
    for piece in drawn.pieces:
        console.print(piece)


def _write_bytes(data: bytes, target: Path | None, fmt: Format, context: ReportContext) -> None:
    if target is not None:
        to_file(target, data)
        return
    if sys.stdout.isatty():
        if fmt.binary:
            raise ReportError(f"{fmt.name} はバイナリです。-o ファイル名 を指定してください", f"{fmt.name} is binary: give -o FILE")
        sys.stdout.write(data.decode(context.encoding))
        return
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
