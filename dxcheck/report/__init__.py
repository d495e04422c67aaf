"""Reporters, and the registry that names them.

A reporter is a function of a result alone: `render_lint(run, context)` for a lint run,
`render_audits(audits, context)` for one or more audits (`dxcheck audit`, `dxcheck compare`),
`render_diff(diff, context)` for two versions of a plan compared (`dxcheck diff`). It
returns text, text in pieces, bytes, or a drawing for the terminal (`Drawn`); `dxcheck.report.output`
writes that to stdout or to a file. The language is given once, in the context.

Every output format is one entry of `FORMATS`, which names the module of each command's reporter
(imported only when that format is asked for), the file extensions that mean it, and whether it is
binary. The CLI's `--format` choices and the format `-o FILE` implies are read from here. Adding a
format is adding a module and an entry.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from rich.console import RenderableType

    from dxcheck.diff_results import PlanDiff
    from dxcheck.results import Audits, LintRun

Lang = Literal["ja", "en"]
# How much the terminal report shows: only what fails, one line per plan, the usual (repeated
# findings of one rule folded), or everything.
Detail = Literal["quiet", "summary", "normal", "verbose"]
Command = Literal["lint", "audit", "compare", "diff"]


@dataclass(frozen=True)
class ReportContext:
    """What every reporter is told besides the result: the language, and the few format options."""

    lang: Lang = "ja"
    long: bool = False  # csv: one row per town × item
    encoding: str = "utf-8-sig"  # csv
    ascii_json: bool = False  # JSON for a stream that is not UTF-8: \u escapes, so nothing is lost
    detail: Detail = "normal"  # the terminal formats only (lint text, audit table)


@dataclass(frozen=True)
class Drawn:
    """A report drawn for the terminal (rich), printed piece by piece: coloured on a terminal, plain text in a file."""

    pieces: list[RenderableType]


Output = str | bytes | Iterator[str] | Drawn
LintReporter = Callable[["LintRun", ReportContext], Output]
AuditsReporter = Callable[["Audits", ReportContext], Output]
DiffReporter = Callable[["PlanDiff", ReportContext], Output]


@dataclass(frozen=True)
class Format:
    """An output format: its name, the extensions that mean it, and the module of each command's reporter."""

    name: str
    extensions: tuple[str, ...] = ()
    binary: bool = False  # never written to a terminal
    modules: dict[Command, str] = field(default_factory=dict)

    def lint_reporter(self) -> LintReporter:
        reporter: LintReporter = importlib.import_module(self.modules["lint"]).render_lint
        return reporter

    def audits_reporter(self, command: Literal["audit", "compare"]) -> AuditsReporter:
        reporter: AuditsReporter = importlib.import_module(self.modules[command]).render_audits
        return reporter

    def diff_reporter(self) -> DiffReporter:
        reporter: DiffReporter = importlib.import_module(self.modules["diff"]).render_diff
        return reporter


_R = "dxcheck.report."
FORMATS: tuple[Format, ...] = (
    Format("text", (), modules={"lint": _R + "diagnostics"}),
    Format("table", (), modules={"audit": _R + "audit_table", "compare": _R + "compare_table", "diff": _R + "diff_table"}),
    Format(
        "json",
        (".json",),
        modules={"lint": _R + "json_report", "audit": _R + "json_report", "compare": _R + "json_report", "diff": _R + "diff_json"},
    ),
    Format("sarif", (".sarif",), modules={"lint": _R + "sarif", "audit": _R + "sarif"}),
    Format("junit", (".xml",), modules={"lint": _R + "junit", "audit": _R + "junit"}),
    Format("github", (), modules={"lint": _R + "github", "audit": _R + "github", "diff": _R + "diff_github"}),
    Format(
        "markdown",
        (".md", ".markdown"),
        modules={"audit": _R + "markdown_report", "compare": _R + "markdown_report", "diff": _R + "diff_markdown"},
    ),
    Format("html", (".html", ".htm"), modules={"audit": _R + "html_report", "compare": _R + "html_report"}),
    Format("xlsx", (".xlsx",), binary=True, modules={"audit": _R + "xlsx_report", "compare": _R + "xlsx_report"}),
    Format("csv", (".csv",), modules={"audit": _R + "csv_report", "compare": _R + "csv_report"}),
    # Word: a report to paste into a 議会資料 (docx_report renders all three commands).
    Format(
        "docx", (".docx",), binary=True, modules={"audit": _R + "docx_report", "compare": _R + "docx_report", "diff": _R + "docx_report"}
    ),
)
# Formats that are also right for a file whose extension names another format: SARIF is JSON.
_ALSO = {"sarif": (".json",)}


def names(command: Command) -> list[str]:
    """The formats a command can write, the default first."""
    return [f.name for f in FORMATS if command in f.modules]


def get(name: str) -> Format:
    return next(f for f in FORMATS if f.name == name)


class ReportError(Exception):
    """A report that cannot be written as asked: the message says why and what to do, in both languages."""

    def __init__(self, ja: str, en: str) -> None:
        super().__init__(en)
        self.ja, self.en = ja, en

    def text(self, lang: str) -> str:
        return self.en if lang == "en" else self.ja


def resolve(command: Command, requested: str | None, output: Path | None) -> Format:
    """The format to write: the one asked for, else the one the output file's extension names, else the default.

    `-o 比較.xlsx` means xlsx. `--format json -o x.xlsx` is an error, not a JSON file named .xlsx.
    """
    allowed = names(command)
    implied = _implied(output, allowed)
    if requested is None:
        return get(implied or allowed[0])
    chosen = get(requested)
    suffix = _suffix(output)
    if implied is not None and implied != requested and suffix not in _ALSO.get(requested, ()):
        raise ReportError(
            f"--format {requested} と出力ファイル {output} の拡張子（{suffix}、{implied} 形式）が合いません。どちらかを直してください",
            f"--format {requested} does not match the output file {output} ({suffix} means {implied}); change one of them",
        )
    return chosen


def _suffix(output: Path | None) -> str:
    return output.suffix.lower() if output is not None else ""


def _implied(output: Path | None, allowed: list[str]) -> str | None:
    suffix = _suffix(output)
    if not suffix:
        return None
    for fmt in FORMATS:
        if suffix in fmt.extensions and fmt.name in allowed:
            return fmt.name
    return None
