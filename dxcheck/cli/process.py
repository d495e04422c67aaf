"""What the process gives every command: its exit codes, and its standard streams made fit for dxcheck
once, before any command runs. Light: the console script imports it before any command.

Exit codes, as ruff: 0 clean (warnings allowed), 1 findings that fail the check, 2 could not run.
`tolerant_streams` replaces sys.stdout and sys.stderr with streams that never crash on a character
the terminal cannot show, that write a report whole or fail (never cut it short and exit 0), and
that never let a message on stderr change the outcome. `Terminal` carries the streams chosen, and
whom to tell the language a command settled on (dxcheck.main, to say 「中断しました」 in it), to the
invocation (dxcheck.cli.invocation) through typer's context object: nothing reads them from a module.
"""

from __future__ import annotations

import errno
import io
import os
import sys
from collections.abc import Callable
from contextlib import suppress
from enum import IntEnum
from typing import Any, NamedTuple, TextIO, cast

from dxcheck.report import Lang


class ExitCode(IntEnum):
    OK = 0
    FINDINGS = 1
    CANNOT_RUN = 2


class Terminal(NamedTuple):
    """The standard streams a command writes to, and who is told the language it settles on. (A
    NamedTuple: it is defined at every start, --help too, and a dataclass costs 0.4 ms to define.)"""

    stdout: TextIO
    stderr: TextIO
    settled: Callable[[Lang], None] = lambda lang: None


class _ClosedStream(io.TextIOBase):
    """The stream of a closed descriptor: a write fails with EBADF, or (`quiet`) goes nowhere."""

    def __init__(self, *, quiet: bool = False) -> None:
        self.quiet = quiet

    def write(self, text: str) -> int:
        if self.quiet:
            return len(text)
        raise OSError(errno.EBADF, os.strerror(errno.EBADF))

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return False

    @property
    def buffer(self) -> _ClosedBytes:
        """Its bytes (CSV, a workbook piped): they fail, or go nowhere, alike."""
        return _ClosedBytes(quiet=self.quiet)


class _ClosedBytes(io.BufferedIOBase):
    """The bytes of a closed descriptor's stream (`_ClosedStream.buffer`)."""

    def __init__(self, *, quiet: bool) -> None:
        self.quiet = quiet

    def write(self, data: Any) -> int:
        if self.quiet:
            return len(data)
        raise OSError(errno.EBADF, os.strerror(errno.EBADF))

    def writable(self) -> bool:
        return True


class _Unfailing(io.TextIOBase):
    """stderr, whose failures (a full disk, a reader gone) are dropped: a message that cannot be
    shown must not change what happened."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        try:
            return self.stream.write(text)
        except (OSError, ValueError):
            return len(text)

    def flush(self) -> None:
        with suppress(OSError, ValueError):
            self.stream.flush()

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return self.stream.isatty()

    def fileno(self) -> int:
        return self.stream.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]  # io.TextIOBase declares a plain attribute
        return self.stream.encoding

    @property
    def errors(self) -> str | None:  # type: ignore[override]  # io.TextIOBase declares a plain attribute
        return self.stream.errors

    def reconfigure(self, **options: Any) -> None:
        reconfigure = getattr(self.stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(**options)


def tolerant_streams() -> None:
    """A terminal or pipe that cannot show a character (PYTHONIOENCODING=ascii, a cp932 console)
    gets a replacement character instead of a crash; files written with -o are always UTF-8.

    Unbuffered (PYTHONUNBUFFERED=1, usual in Docker and CI), stdout writes straight to the file,
    and Python's text layer ignores a short write: under `ulimit -f` a report was cut at 2,048
    bytes and dxcheck exited 0. A buffered writer under it writes everything or raises.
    """
    if sys.stdout is None:  # `dxcheck lint p.yaml >&-`: what is written to it fails, as on /dev/full
        sys.stdout = cast("TextIO", _ClosedStream())
    # Messages on stderr are said once and never change the outcome: a closed stderr (`2>&-`) is
    # not replaced by stdout, whatever opens fd 2 next, and a full one (`2>/dev/full`) does not
    # turn exit 2 into an internal error.
    sys.stderr = cast("TextIO", _Unfailing(sys.stderr)) if sys.stderr is not None else cast("TextIO", _ClosedStream(quiet=True))
    stdout = sys.stdout
    if stdout is not None and isinstance(getattr(stdout, "buffer", None), io.RawIOBase):
        sys.stdout = io.TextIOWrapper(
            io.BufferedWriter(stdout.buffer),
            encoding=stdout.encoding,
            errors=stdout.errors,
            line_buffering=True,
            write_through=True,
        )
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
