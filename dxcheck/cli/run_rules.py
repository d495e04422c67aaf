"""`dxcheck rules`: the rules lint and the audit apply, with their codes, severities and what to do."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from dxcheck.cli.process import ExitCode

if TYPE_CHECKING:
    from dxcheck.cli.invocation import Invocation
from dxcheck.model.message import Message


def _no_rule(code: str, hint: str | None) -> Message:
    return Message(
        f"ルール「{code}」はありません" + (f"（もしかして {hint}？）" if hint else ""),
        f"no rule {code}" + (f" (did you mean {hint}?)" if hint else ""),
    )


def run_rules(invocation: Invocation, code: str | None, output_format: Literal["table", "json", "markdown"]) -> ExitCode:
    from dxcheck.model import rules
    from dxcheck.report.rules_report import rules_json, rules_markdown, rules_table

    selected = list(rules.ALL)
    if code is not None:
        rule = rules.BY_CODE.get(code.upper())
        if rule is None:
            invocation.fail(_no_rule(code, rules.suggest(code.upper(), rules.BY_CODE)))
        selected = [rule]
    if output_format == "markdown":
        with invocation.writing():
            invocation.stdout.write(rules_markdown(selected))
    elif output_format == "json":
        invocation.print_json("rules", rules_json(selected))
    else:
        invocation.show([rules_table(selected, invocation.lang)])
    return ExitCode.OK
