"""Standard input and output as files: the names that mean standard input, what to do when the
reader of stdout has gone, and the signals that stop a command. Kept apart and small: `dxcheck
--version` (dxcheck.main) needs it before anything else is imported, and the reporters may use it
without reaching the readers of plans."""

from __future__ import annotations

import os
import sys
from pathlib import Path

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing would cost --version (dxcheck.main) 8 ms
if TYPE_CHECKING:
    from typing import TextIO

# What stops a command: Ctrl-C, SIGTERM, SIGHUP (dxcheck.main's handler raises KeyboardInterrupt on the
# first; dxcheck.audit.workers holds them while a worker starts).
STOPPING_SIGNALS = ("SIGINT", "SIGTERM", "SIGHUP")

# The names under which a command reads standard input: `cat plan.yaml | dxcheck lint -`.
STDIN_NAMES = ("-", "/dev/stdin", "/dev/fd/0", "/proc/self/fd/0")


def is_stdin(path: str | Path) -> bool:
    """Whether `path` names standard input (`-`, /dev/stdin)."""
    return str(path) in STDIN_NAMES


def discard_stdout(stdout: TextIO | None = None) -> None:
    """The reader of stdout has gone (`| head`), or stdout cannot be written: what is still to be
    written goes to /dev/null, so that the last flush does not fail again (no "Exception ignored"
    at exit). `stdout`: the stream a command was given; without one, the process's."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, (stdout if stdout is not None else sys.stdout).fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass
