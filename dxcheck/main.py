"""The console script's entry point: as little as possible before the command needs it.

`dxcheck --version` answers without importing typer, pydantic or rich; every other command goes
through the typer application in dxcheck.cli, and the process then ends without the interpreter's
teardown (`finish`).

Signals: SIGINT (Ctrl-C), SIGTERM and SIGHUP stop a command the same way. The first one raises
KeyboardInterrupt where the command is, so that what it was doing is undone (a temporary file
removed, worker processes ended: dxcheck.files.atomic, dxcheck.audit.pipeline); then one line on stderr
(「中断しました」) and exit 128 + the signal's number (130, 143, 129). A signal that was ignored
when dxcheck started (nohup, a background job) stays ignored.

The exit code is decided after stdout is flushed: output that could not be written (a full disk,
/dev/full) is exit 2 with a message, never a silent 0; a reader that left (`| head`) is not an error.

May import: dxcheck (the version), dxcheck.files, dxcheck.cli
"""

from __future__ import annotations

import os
import sys

from dxcheck import __version__
from dxcheck.files.streams import STOPPING_SIGNALS, discard_stdout

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing would cost --version 8 ms
if TYPE_CHECKING:
    from sys import UnraisableHookArgs
    from types import FrameType
    from typing import NoReturn

EXIT_CANNOT_RUN = 2
_received: int | None = None  # the signal that stopped the command
_finishing = False
_settled: str | None = None  # the language the command settled on (told by dxcheck.cli), if it got that far


def main() -> None:
    if sys.argv[1:] in (["--version"], ["-V"]):
        try:
            sys.stdout.write(f"dxcheck {__version__}\n")
            sys.stdout.flush()
        except BrokenPipeError:
            discard_stdout()
        except (OSError, AttributeError, ValueError) as exc:
            _cannot_write(exc)
            finish(EXIT_CANNOT_RUN)
        return
    _handle_signals()
    # dxcheck uses no pydantic plugins: skip the scan of every installed package's entry points.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    # The cyclic garbage collector ran every 700 new containers; an audit makes tens of thousands
    # and keeps most of them, and a comparison keeps every town's result, so each full collection
    # walked all of them again. Every 50,000 (mypy uses 200,000): compare of 1,741 plans 4.7–5.4 → 4.3–4.5 s.
    import gc

    gc.set_threshold(50_000, 20, 100)
    from dxcheck.cli import main as run

    code: object = 0
    try:
        run(_settle)
    except SystemExit as exc:
        code = exc.code
    except KeyboardInterrupt:  # a signal outside the command (typer turns one inside it into exit 130)
        code = 130
    if _received is not None:
        finish(_interrupted(_received))
    finish(code)


def _handle_signals() -> None:
    import signal

    for name in STOPPING_SIGNALS:
        number = getattr(signal, name, None)
        if number is not None and signal.getsignal(number) is not signal.SIG_IGN:
            signal.signal(number, _stop)
    sys.unraisablehook = _unraisable


def _unraisable(unraisable: UnraisableHookArgs) -> None:
    """A stop that Python could not raise where it landed — inside a `__del__` (a worker's pipe being
    freed), where an exception is printed as "Exception ignored in …" and dropped — is not printed:
    the command ends with the one line and 128 + the signal's number all the same (`main`)."""
    if unraisable.exc_type is KeyboardInterrupt and _received is not None:
        return
    sys.__unraisablehook__(unraisable)


def _stop(number: int, frame: FrameType | None) -> None:
    global _received
    if _received is not None or _finishing:
        return  # already stopping, or ending anyway: let the cleanup finish
    _received = number
    raise KeyboardInterrupt


def _interrupted(number: int) -> int:
    """Say so, once, and the exit code: 128 + the signal's number."""
    import signal

    try:
        name = signal.Signals(number).name
    except ValueError:
        name = str(number)
    _say(f"中断しました（{name}）", f"interrupted ({name})")
    return 128 + number


def _settle(lang: str) -> None:
    global _settled
    _settled = lang


def _language() -> str:
    return _settled or os.environ.get("DXCHECK_LANG") or "ja"


def _say(ja: str, en: str) -> None:
    try:
        if sys.stderr is not None:
            sys.stderr.write(f"dxcheck: {en if _language() == 'en' else ja}\n")
            sys.stderr.flush()
    except (OSError, ValueError):
        pass


def _cannot_write(exc: BaseException) -> None:
    reason = getattr(exc, "strerror", None) or type(exc).__name__
    _say(f"標準出力に書き込めません（{reason}）", f"cannot write to standard output: {reason}")


def finish(code: object) -> NoReturn:
    """End the process at once: flush the standard streams, then skip the interpreter's teardown.

    Freeing every module and object at exit took 40 ms of a 270 ms `dxcheck audit`, and a finished
    command needs none of it: its files are written and closed (dxcheck.files.atomic), its worker
    processes ended, its output is in the streams flushed here. If stdout cannot take what is left
    in its buffer, that is exit 2 with a message; a reader that has gone is not an error.
    """
    global _finishing
    _finishing = True  # a signal now changes nothing: the process is ending
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:
        print(code, file=sys.stderr)
        status = 1
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except BrokenPipeError:
        pass  # `dxcheck lint … | head`: the exit code is the plans' result
    except (OSError, ValueError) as exc:
        if not isinstance(exc, ValueError):  # ValueError: stdout was closed
            _cannot_write(exc)
            status = EXIT_CANNOT_RUN
    try:
        if sys.stderr is not None:
            sys.stderr.flush()
    except (OSError, ValueError):
        pass
    os._exit(status)


if __name__ == "__main__":
    main()
