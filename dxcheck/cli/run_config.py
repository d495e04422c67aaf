"""`dxcheck config`: the settings in force and where each comes from."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from dxcheck.cli.process import ExitCode

if TYPE_CHECKING:
    from dxcheck.cli.invocation import Invocation


def run_config(invocation: Invocation, output_format: Literal["table", "json"]) -> ExitCode:
    from dxcheck.report.config_report import config_json, config_table

    if output_format == "json":
        invocation.print_json("config", config_json(invocation.settings))
    else:
        invocation.show([config_table(invocation.settings, invocation.lang)])
    return ExitCode.OK
