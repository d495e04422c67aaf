"""The console script, inside dxcheck.main's signal handling: the streams made fit, the application
run, and whatever escapes it turned into an exit code, never a traceback."""

import sys
from collections.abc import Callable

from dxcheck.cli.app import app
from dxcheck.cli.process import ExitCode, Terminal, tolerant_streams
from dxcheck.report import Lang


def main(settled: Callable[[Lang], None] = lambda lang: None) -> None:
    """Run the command the arguments name; `settled` is told the language it settles on (dxcheck.main
    says an interruption in it). Signals (Ctrl-C, SIGTERM, SIGHUP) are turned into exit codes by dxcheck.main."""
    tolerant_streams()
    try:
        app(obj=Terminal(sys.stdout, sys.stderr, settled))
    except BrokenPipeError:
        # `dxcheck frameworks | head`: the reader left; nothing more to say, and nothing failed.
        from dxcheck.files.streams import discard_stdout

        discard_stdout()
        sys.exit(int(ExitCode.OK))
    except SystemExit:
        raise
    except Exception as exc:
        from dxcheck.catalogue.framework import FrameworkError

        if isinstance(exc, FrameworkError):
            print(f"dxcheck: 同梱の枠組みファイルが壊れています / a shipped framework file is broken: {exc}", file=sys.stderr)
        else:
            print(
                f"dxcheck: 内部エラー / internal error: {type(exc).__name__}: {exc}\n"
                "dxcheck の不具合です。コマンドと計画ファイルを添えて報告してください。 / This is a bug in dxcheck; please report it with the command and the plan.",
                file=sys.stderr,
            )
        sys.exit(int(ExitCode.CANNOT_RUN))
