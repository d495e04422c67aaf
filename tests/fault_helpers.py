"""What the fault suites share (tests/test_faults_*.py, issue 17): the installed dxcheck run as a
separate process, with no traceback and no internal error whatever else happens; plan files;
running as another user.

Privileges: CI runs these tests as root. A case that needs root or a capability says so and runs
another way when it can (a non-root user can make a file unwritable by itself; root cannot); it
is skipped only when it cannot be run at all here, with the reason. Nothing outside the test's
own temporary directory is written: /dev/null and /dev/full are stood in for by device nodes made
in that directory, /dev/stdout by a link to /proc/self/fd/1.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO

import pytest

from conftest import MINIMAL_PLAN, ROOT

DXCHECK = str(Path(sys.executable).parent / "dxcheck")
GENERATE = ROOT / "benchmarks" / "generate.py"
ROOT_USER = hasattr(os, "geteuid") and os.geteuid() == 0
SETPRIV = shutil.which("setpriv")
# A plan that `fmt` rewrites (a fiscal year in another form), and what it becomes.
UNFORMATTED = MINIMAL_PLAN.replace("start: R5", "start: 令和5年度")


def _environment(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DXCHECK_LANG", "PYTHONUNBUFFERED")}
    env.update(extra or {})
    return env


def _default_signals() -> None:
    # A test run in the background (nohup, CI) would pass on ignored SIGINT/SIGHUP, which dxcheck keeps ignoring.
    for number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(number, signal.SIG_DFL)


def dx(
    *args: str,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    stdin: int | IO[bytes] | None = subprocess.DEVNULL,
    stdout: int | IO[bytes] | None = subprocess.PIPE,
    input: bytes | None = None,
    timeout: float = 60,
    preexec_fn: Callable[[], None] | None = None,
    prefix: list[str] | None = None,
) -> subprocess.CompletedProcess[bytes]:
    """One dxcheck process; no traceback, no internal error, whatever else happens."""

    def start() -> None:
        _default_signals()
        if preexec_fn is not None:
            preexec_fn()

    done = subprocess.run(
        [*(prefix or []), DXCHECK, *args],
        cwd=cwd,
        env=_environment(env),
        stdin=None if input is not None else stdin,
        stdout=stdout,
        stderr=subprocess.PIPE,
        input=input,
        timeout=timeout,
        preexec_fn=start,
        check=False,
    )
    both = (done.stdout or b"") + done.stderr
    assert b"Traceback" not in both, both.decode("utf-8", "replace")
    assert b"internal error" not in done.stderr, done.stderr.decode("utf-8", "replace")
    return done


def _plan(folder: Path, name: str = "plan.yaml", text: str = MINIMAL_PLAN) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _formatted(text: str) -> str:
    from dxcheck.plan.fmt import format_text

    return format_text(text)


def _as_another_user(uid: int) -> list[str]:
    """The command prefix that runs dxcheck as `uid` (no passwd entry needed), still able to read
    the interpreter under /root: needs root (CI) and setpriv (util-linux)."""
    if not ROOT_USER:
        pytest.skip("needs root to run dxcheck as another user (CI runs as root)")
    if SETPRIV is None:
        pytest.skip("needs setpriv (util-linux) to run dxcheck as another user")
    return [
        SETPRIV,
        f"--reuid={uid}",
        f"--regid={uid}",
        "--clear-groups",
        "--inh-caps=+dac_read_search",
        "--ambient-caps=+dac_read_search",
    ]
