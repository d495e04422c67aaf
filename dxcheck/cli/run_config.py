"""`dxcheck config`: the settings in force and where each comes from."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from dxcheck.cli.process import ExitCode

if TYPE_CHECKING:
    from dxcheck.cli.invocation import Invocation


def run_config(invocation: Invocation, output_format: Literal["table", "json"]) -> ExitCode:
    from dxcheck.catalogue.edition_choice import SelectionError, select
    from dxcheck.cli.reporting import unknown_frameworks
    from dxcheck.report.config_report import config_json, config_table

    try:  # the settings checked as the commands check them: `config` showed 「frameworks │ kanmin, dxx」, exit 0
        select(invocation.catalogue, invocation.settings.frameworks)
    except SelectionError as exc:
        known = list(dict.fromkeys(f.id for f in invocation.catalogue if f.kind == "framework"))
        invocation.fail(unknown_frameworks(exc.unknown, invocation.settings.sources["frameworks"], known))
    if output_format == "json":
        invocation.print_json("config", config_json(invocation.settings))
    else:
        invocation.show([config_table(invocation.settings, invocation.lang)])
    return ExitCode.OK
