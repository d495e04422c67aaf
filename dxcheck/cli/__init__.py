"""The command line. app.py and options.py declare the commands (options, help, one call each);
each command's work is `run_<command>(invocation, …) -> ExitCode` in run_<command>.py, with its
messages; invocation.py resolves options, configuration and environment once; reporting.py holds
what lint, audit, compare and diff share; process.py the exit codes and standard streams; entry.py
the console script. Only dxcheck.main imports this package.

May import: dxcheck (the version), dxcheck.model, dxcheck.files, dxcheck.catalogue, dxcheck.config,
dxcheck.plan, dxcheck.importer, dxcheck.read, dxcheck.reading, dxcheck.audit, dxcheck.diff, dxcheck.report
"""

from dxcheck.cli.app import app
from dxcheck.cli.entry import main

__all__ = ["app", "main"]
