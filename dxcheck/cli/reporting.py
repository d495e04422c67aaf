"""What lint, audit, compare and diff share, written once: from the options about the report to the
pipeline that makes the result (`open_report`), and from the result to the report written
(`write_report`).

    invocation ──open_report──▶ format, detail, output checked, pipeline ──(the command)──▶ result
    result ──write_report──▶ the format's reporter (dxcheck.report.reporters) ──▶ stdout or -o FILE
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from dxcheck.cli.invocation import Invocation
from dxcheck.cli.options import ReportOptions
from dxcheck.model.message import CANNOT_AUDIT, Message
from dxcheck.report import Detail, Formats, Output, ReportContext, ReportError, get

if TYPE_CHECKING:
    from dxcheck.audit.pipeline import Pipeline
    from dxcheck.model.results import Unauditable

F = TypeVar("F", bound=str)
R = TypeVar("R")


# --- messages ------------------------------------------------------------------------------------


def unknown_frameworks(unknown: list[str], source: str, known: list[str]) -> Message:
    """Frameworks the `frameworks` setting names that dxcheck does not hold: where the setting is (the file and its
    line, or the command line), the closest known id, and the ids there are (the third walkthrough: none of these)."""
    from dxcheck.cli.invocation import here
    from dxcheck.config import setting_line
    from dxcheck.model.rules import suggest

    line = setting_line(source, "frameworks") if source not in ("default", "command line", "option") else None
    where = here(f"{source}:{line}: " if line else (f"{source}: " if source not in ("default", "command line", "option") else ""))
    hints = [h for h in (suggest(u, known) for u in unknown) if h]
    maybe_ja = f"（もしかして {'、'.join(hints)}？）" if hints else ""
    maybe_en = f" (did you mean {', '.join(hints)}?)" if hints else ""
    names = "、".join(unknown)
    return Message(
        f"{where}設定 frameworks に不明な枠組み: {names}{maybe_ja}。枠組みは {'、'.join(known)} です（dxcheck frameworks）",
        f"{where}unknown frameworks in the setting frameworks: {', '.join(unknown)}{maybe_en}; the frameworks are {', '.join(known)}",
    )


def _unknown_edition(unknown: str, known: str) -> Message:
    return Message(f"収録されていない版: {unknown}（収録されている版: {known}）", f"no such edition: {unknown} (editions: {known})")


def _against_and_edition(framework_id: str, newer: str, asked: str) -> Message:
    return Message(
        f"--against {framework_id}@{newer} と --edition {framework_id}={asked} は同時に使えません",
        f"--against and --edition cannot both name {framework_id}",
    )


def _details_together(chosen: list[str]) -> Message:
    return Message(f"{' と '.join(chosen)} は同時に使えません", f"{' and '.join(chosen)} cannot be used together")


def _full_not_json(fmt: str) -> Message:
    return Message(f"--full は JSON のときだけ使えます（--format {fmt}）", f"--full applies to JSON only (not --format {fmt})")


def _detail_not_terminal(option: str, fmt: str) -> Message:
    return Message(
        f"{option} は表示形式（既定の text・table）のときだけ使えます（--format {fmt}）",
        f"{option} applies to the terminal format only (not --format {fmt})",
    )


# --- the opening ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Opened(Generic[F]):
    """A report command ready to make its result: the format chosen, the detail, the pipeline."""

    format: F
    detail: Detail
    pipeline: Pipeline


def open_report(
    invocation: Invocation,
    formats: Formats[F],
    report: ReportOptions,
    inputs: Sequence[Path],
    *,
    against: Sequence[str] | None = None,
    accept_reading: bool = False,
) -> Opened[F]:
    """The format (asked for, implied by -o, or the command's default), the detail (--quiet, --summary,
    --verbose), -o checked not to be an input or the configuration, then the pipeline, with the newer
    editions `--against` names."""
    try:
        chosen = formats.choose(report.format, report.output)
    except ReportError as exc:
        invocation.fail(Message(exc.ja, exc.en))
    detail = _detail(invocation, chosen, report)
    if report.full and chosen != "json":
        invocation.fail(_full_not_json(chosen))
    refuse_output(invocation, report.output, inputs, invocation.settings.file)
    newer = invocation.editions(against, "@", "--against")
    return Opened(chosen, detail, pipeline(invocation, newer, accept_reading=accept_reading))


def pipeline(
    invocation: Invocation,
    against: Mapping[str, str] | None = None,
    *,
    accept_reading: bool = False,
    editions: Mapping[str, str] | None = None,
) -> Pipeline:
    """The pipeline the settings in force describe: the frameworks audited, the editions asked for
    (`editions`, when the command names them itself: explain's dx@2.3/frontyard), the newer editions
    to carry plans to, the audit's options."""
    from dxcheck.audit.pipeline import Pipeline
    from dxcheck.catalogue.edition_choice import SelectionError, select
    from dxcheck.catalogue.edition_choice import editions as checked

    settings, catalogue = invocation.settings, invocation.catalogue
    try:
        only = select(catalogue, settings.frameworks)
    except SelectionError as exc:
        known = [f.id for f in catalogue if f.kind == "framework"]
        invocation.fail(unknown_frameworks(exc.unknown, settings.sources["frameworks"], list(dict.fromkeys(known))))
    try:
        asked = checked(catalogue, settings.edition if editions is None else editions)
        newer = checked(catalogue, against or {})
    except SelectionError as exc:
        invocation.fail(_unknown_edition(str(exc), ", ".join(f.ref for f in catalogue if f.kind == "framework")))
    for framework_id, edition in newer.items():
        if framework_id in asked:
            invocation.fail(_against_and_edition(framework_id, edition, asked[framework_id]))
    source = "option" if editions is not None else settings.sources["edition"]
    editions_from = "option" if source in ("option", "command line", "default") else source
    return Pipeline(
        catalogue,
        only,
        settings.audit_options(accept_reading=accept_reading),
        asked,
        editions_from,
        newer,
        only_from=settings.shown or shown_config(settings.file) or "" if only is not None else "",
    )


def _detail(invocation: Invocation, chosen: str, report: ReportOptions) -> Detail:
    """--quiet, --summary or --verbose (at most one), for the terminal formats, which are the ones they shape."""
    named: dict[str, Detail] = {"--quiet": "quiet", "--summary": "summary", "--verbose": "verbose"}
    given = {"--quiet": report.quiet, "--summary": report.summary, "--verbose": report.verbose}
    chosen_options = [option for option, on in given.items() if on]
    if len(chosen_options) > 1:
        invocation.fail(_details_together(chosen_options))
    if chosen_options and chosen not in ("text", "table"):
        invocation.fail(_detail_not_terminal(chosen_options[0], chosen))
    return named[chosen_options[0]] if chosen_options else "normal"


def refuse_output(invocation: Invocation, output: Path | None, inputs: Sequence[Path], config: Path | None = None) -> None:
    """`-o p.yaml` when p.yaml is a plan being read (a file, a link, standard input) would replace the
    plan with its report, and `-o .dxcheck.toml` the settings in force: refused."""
    from dxcheck.report.output import refuse_inputs

    try:
        refuse_inputs(output, inputs, config, stdout=invocation.stdout)
    except ReportError as exc:
        invocation.fail(Message(exc.ja, exc.en))


# --- the closing ---------------------------------------------------------------------------------


def context(
    invocation: Invocation,
    output: Path | None,
    *,
    long: bool = False,
    encoding: str = "utf-8-sig",
    detail: Detail = "normal",
    full: bool = False,
) -> ReportContext:
    """What the reporter is told besides the result."""
    import os

    return ReportContext(
        lang=invocation.lang,
        long=long,
        encoding=encoding,
        ascii_json=invocation.ascii_json(output),
        detail=detail,
        config=invocation.settings.shown or shown_config(invocation.settings.file),
        full=full,
        cwd=os.getcwd(),
        given=invocation.given,
    )


def shown_config(file: Path | None) -> str | None:
    """The configuration file as the user would name it: relative to the working directory when it is
    inside it (the same in every checkout and on every runner), else its absolute path; None: none."""
    import os

    from dxcheck.model.findings import display_name

    if file is None:
        return None
    path = os.path.abspath(file)
    try:
        relative = os.path.relpath(path, os.getcwd())
    except (OSError, ValueError):  # the working directory is gone; another drive (Windows)
        return display_name(path)
    return display_name(path if relative == os.pardir or relative.startswith(os.pardir + os.sep) else relative)


def write_report(
    invocation: Invocation, fmt: str, reporter: Callable[[R, ReportContext], Output], result: R, report: ReportOptions, told: ReportContext
) -> None:
    """The report of `result` in `fmt`, to stdout or -o FILE; a failed write is exit 2, a reader gone is not."""
    from dxcheck.report.output import is_stdout, write

    try:
        write(reporter(result, told), report.output, get(fmt), told, force=report.force, stdout=invocation.stdout)
    except ReportError as exc:
        invocation.fail(Message(exc.ja, exc.en))
    if report.output is not None and not is_stdout(report.output, invocation.stdout):
        invocation.wrote(report.output)


def print_unauditable(invocation: Invocation, plan: Unauditable, why: Message) -> None:
    """A plan that could not be audited: its findings, then why that stops it, on stderr."""
    from dxcheck.report.diagnostics import finding_line

    console = invocation.console(stderr=True)
    for finding in plan.findings:
        console.print(finding_line(finding, invocation.lang))
    if why is CANNOT_AUDIT and plan.could_not_run:  # a file missing or unreadable: nothing in it to fix (lint would say the same)
        why = CANNOT_READ
    elif why is CANNOT_AUDIT and not plan.file.lower().endswith((".yaml", ".yml")) and plan.file != "<stdin>":
        why = CANNOT_READ_DOCUMENT
    console.print(why.text(invocation.lang), style="red")


CANNOT_READ = Message(
    "監査できません: ファイルを読めません（上の理由と、その直し方を見てください）",
    "cannot audit: the file cannot be read (see why above, and how to mend it)",
)
CANNOT_READ_DOCUMENT = Message(
    "監査できません: 計画書から方針・施策を読み取れません（上の理由を見てください。読み取りは dxcheck import で確かめられます）",
    "cannot audit: no policy or measure could be read from the document (see why above; dxcheck import shows the reading)",
)
