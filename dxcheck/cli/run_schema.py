"""`dxcheck schema`: a published JSON Schema (the plan's for the editor, or an output's), to stdout or a file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from dxcheck.cli.process import ExitCode

if TYPE_CHECKING:
    from dxcheck.cli.invocation import Invocation
from dxcheck.model.message import Message


def run_schema(invocation: Invocation, name: str, output: Path | None) -> ExitCode:
    from dxcheck.files.resources import schema_path
    from dxcheck.report import ReportError
    from dxcheck.report.output import to_file

    text = schema_path(name).read_text(encoding="utf-8")
    if output is None:
        with invocation.writing():
            invocation.stdout.write(text)
        return ExitCode.OK
    try:
        to_file(output, text)
    except ReportError as exc:
        invocation.fail(Message(exc.ja, exc.en))
    invocation.wrote(output)
    return ExitCode.OK
