"""Reporters, the formats they write, and the contract between them and the commands.

A reporter is a function of a result alone: `render_lint(run, context)` for a lint run,
`render_audits(audits, context)` for one or more audits (`dxcheck audit`, `dxcheck compare`),
`render_diff(diff, context)` for two versions of a plan compared (`dxcheck diff`). It
returns text, text in pieces, bytes, or a drawing for the terminal (`Drawn`); `dxcheck.report.output`
writes that to stdout or to a file. The language is given once, in the context.

Each command's formats are a Literal type (`LintFormat`, `AuditFormat` …) with its default stated
(`LINT`, `AUDIT`, `COMPARE`, `DIFF`); the reporter of each format is found in dxcheck.report.reporters
by an exhaustive `match`, so mypy checks every reporter against its command's Protocol
(`LintReporter`, `AuditsReporter`, `DiffReporter`) and a format without a reporter does not type-check.
`FORMATS` holds what a format is apart from a command: the file extensions that mean it, and whether
it is binary. Adding a format is adding a module, a name to the Literal types of its commands, its
`case` in reporters.py and, if files name it, its entry in FORMATS. This module imports no reporter,
so that `--help` stays fast.

May import: dxcheck (the version), dxcheck.model, dxcheck.files, dxcheck.catalogue, dxcheck.plan,
dxcheck.diff, dxcheck.config (types only)
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Generic, Literal, TypeVar, get_args

if TYPE_CHECKING:
    from typing import Protocol

    from rich.console import RenderableType

    from dxcheck.diff.results import PlanDiff
    from dxcheck.model.results import Audits, LintRun

Lang = Literal["ja", "en"]
# How much the terminal report shows: only what fails, one line per plan, the usual (repeated
# findings of one rule folded), or everything.
Detail = Literal["quiet", "summary", "normal", "verbose"]
Command = Literal["lint", "audit", "compare", "diff"]

# The formats of each command, in the order `--format` lists them.
LintFormat = Literal["text", "json", "sarif", "junit", "github"]
AuditFormat = Literal["table", "json", "sarif", "junit", "github", "markdown", "html", "xlsx", "csv", "docx"]
CompareFormat = Literal["table", "json", "markdown", "html", "xlsx", "csv", "docx"]
DiffFormat = Literal["table", "json", "github", "markdown", "docx"]


@dataclass(frozen=True)
class ReportContext:
    """What every reporter is told besides the result: the language, and the few format options."""

    lang: Lang = "ja"
    long: bool = False  # csv: one row per town × item
    encoding: str = "utf-8-sig"  # csv
    ascii_json: bool = False  # JSON for a stream that is not UTF-8: \u escapes, so nothing is lost
    detail: Detail = "normal"  # the terminal formats only (lint text, audit table)
    # The configuration file in use, as the user would name it (relative to the working directory
    # when inside it), or None when none was found: every machine format names it (issue 25).
    config: str | None = None
    full: bool = False  # JSON of several towns: the full contract (dxcheck-audits), not dxcheck-compare
    # The working directory, for the documents that leave the machine (docx, xlsx): a plan given by its
    # absolute path is named relative to it, else by its name (report.paths). None: by its name.
    cwd: str | None = None
    # The options given on the command line that decide what is said of a plan, as shell words (dxcheck.cli.invocation.
    # given_options): a line per plan repeats them in the command it points to (「詳しくは dxcheck audit plans/x.yaml --min-score 60」).
    given: tuple[str, ...] = ()


@dataclass(frozen=True)
class Drawn:
    """A report drawn for the terminal (rich), printed piece by piece: coloured on a terminal, plain text in a file."""

    pieces: list[RenderableType]


class Encoded:
    """A report's bytes in pieces, written as they come (a CSV of more towns than are kept in memory)."""

    def __init__(self, pieces: Iterator[bytes]) -> None:
        self.pieces = pieces

    def __iter__(self) -> Iterator[bytes]:
        return self.pieces


Output = str | bytes | Iterator[str] | Drawn | Encoded

# The reporter of each command's result, checked by mypy in dxcheck.report.reporters. For the type
# checker only: three Protocol classes would cost every command's start a millisecond, --help too.
if TYPE_CHECKING:

    class LintReporter(Protocol):
        """`dxcheck lint`'s result in one format."""

        def __call__(self, run: LintRun, context: ReportContext, /) -> Output: ...

    class AuditsReporter(Protocol):
        """`dxcheck audit`'s or `dxcheck compare`'s result (Audits says which) in one format."""

        def __call__(self, audits: Audits, context: ReportContext, /) -> Output: ...

    class DiffReporter(Protocol):
        """`dxcheck diff`'s result in one format."""

        def __call__(self, diff: PlanDiff, context: ReportContext, /) -> Output: ...


@dataclass(frozen=True)
class Format:
    """An output format apart from any command: its name, the extensions that mean it, whether it is binary."""

    name: str
    extensions: tuple[str, ...] = ()
    binary: bool = False  # never written to a terminal


FORMATS: tuple[Format, ...] = (
    Format("text"),
    Format("table"),
    Format("json", (".json",)),
    Format("sarif", (".sarif",)),
    Format("junit", (".xml",)),
    Format("github"),
    Format("markdown", (".md", ".markdown")),
    Format("html", (".html", ".htm")),
    Format("xlsx", (".xlsx",), binary=True),
    Format("csv", (".csv",)),
    Format("docx", (".docx",), binary=True),  # Word: a report to paste into a 議会資料
)
# Formats that are also right for a file whose extension names another format: SARIF is JSON.
_ALSO = {"sarif": (".json",)}

F = TypeVar("F", bound=str)


@dataclass(frozen=True)
class Formats(Generic[F]):
    """The formats one command writes (`names`, as `--format` lists them) and the one it writes unless told."""

    command: Command
    names: tuple[F, ...]
    default: F

    def choose(self, requested: str | None, output: Path | None) -> F:
        """The format to write: the one asked for, else the one the output file's extension names, else the default.

        `-o 比較.xlsx` means xlsx. `--format json -o x.xlsx` is an error, not a JSON file named .xlsx.
        """
        implied = self._implied(output)
        if requested is None:
            suffix = _suffix(output)
            if suffix in _NOT_WRITTEN:
                # `-o 比較.pdf` wrote the terminal's table as text under a PDF's name (and the next `--documents`
                # run refused it as a broken PDF): said, with the formats that open in the same programs
                shown = ", ".join(self.names)
                raise ReportError(
                    f"dxcheck は {_NOT_WRITTEN[suffix][0]}（{suffix}）を書きません（出力ファイル {output}）。書ける形式: {shown}"
                    + ("。PDF にするなら Word 文書（.docx）か HTML（.html）に書いて、そこから印刷してください" if suffix == ".pdf" else ""),
                    f"dxcheck does not write {_NOT_WRITTEN[suffix][1]} ({suffix}; the output file {output}); it writes {shown}"
                    + ("; for a PDF, write .docx or .html and print that" if suffix == ".pdf" else ""),
                )
            known = {extension for fmt in FORMATS for extension in fmt.extensions}
            if implied is None and suffix and (suffix in known or any(_near(suffix, extension) for extension in known)):
                # `-o 比較.xslx` (a slip), `compare -o x.sarif` (another command's): not the terminal's table under
                # that name, in silence; a name with another dot (`report.2026-12-07`) is the default format, as it was
                shown = ", ".join(self.names)
                raise ReportError(
                    f"出力ファイル {output} の拡張子（{suffix}）からは {self.command} の形式がわかりません。--format で指定してください（{shown}）",
                    f"{self.command} writes no format named by {suffix} (the output file {output}): give --format ({shown})",
                )
            return implied or self.default
        chosen = next(name for name in self.names if name == requested)  # --format allows only these
        suffix = _suffix(output)
        if implied is not None and implied != requested and suffix not in _ALSO.get(requested, ()):
            raise ReportError(
                f"--format {requested} と出力ファイル {output} の拡張子（{suffix}、{implied} 形式）が合いません。どちらかを直してください",
                f"--format {requested} does not match the output file {output} ({suffix} means {implied}); change one of them",
            )
        return chosen

    def _implied(self, output: Path | None) -> F | None:
        suffix = _suffix(output)
        if not suffix:
            return None
        for fmt in FORMATS:
            if suffix in fmt.extensions and fmt.name in self.names:
                return next(name for name in self.names if name == fmt.name)
        return None


LINT: Formats[LintFormat] = Formats("lint", get_args(LintFormat), default="text")
AUDIT: Formats[AuditFormat] = Formats("audit", get_args(AuditFormat), default="table")
COMPARE: Formats[CompareFormat] = Formats("compare", get_args(CompareFormat), default="table")
DIFF: Formats[DiffFormat] = Formats("diff", get_args(DiffFormat), default="table")


def get(name: str) -> Format:
    """A format by its name."""
    return next(f for f in FORMATS if f.name == name)


def _suffix(output: Path | None) -> str:
    """The extension that names a format: `.xlsx` of `比較.xlsx`, of `比較.xlsx ` (a space typed after it) and
    of a file named `.xlsx` alone."""
    if output is None:
        return ""
    name = output.name.strip()
    if name.startswith(".") and name.count(".") == 1:
        return name.lower()
    return Path(name).suffix.lower()


# Files of other programs that an -o name may ask for and dxcheck does not write (its formats: FORMATS).
_NOT_WRITTEN = {
    ".pdf": ("PDF", "PDF"),
    ".doc": ("Word 97-2003 文書", "Word 97-2003 documents"),
    ".xls": ("Excel 97-2003 ブック", "Excel 97-2003 workbooks"),
    ".ppt": ("PowerPoint", "PowerPoint"),
    ".pptx": ("PowerPoint", "PowerPoint"),
    ".png": ("画像", "images"),
    ".jpg": ("画像", "images"),
    ".zip": ("zip", "zip files"),
}


def _near(suffix: str, extension: str) -> bool:
    """Whether `suffix` is a slip for `extension`: the same letters in another order (.xslx), or one letter
    added, dropped or changed (.xlxs is the first, .jsn, .csvv, .htnl the second) — not a dated or numbered
    name (`report.2026-12-07`, `report.v2`), which is what it looks like."""
    if sorted(suffix) == sorted(extension):
        return True
    if len(extension) < 4 or abs(len(suffix) - len(extension)) > 1:
        return False
    if len(suffix) == len(extension):
        return sum(a != b for a, b in zip(suffix, extension, strict=True)) == 1
    shorter, longer = sorted((suffix, extension), key=len)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


class ReportError(Exception):
    """A report that cannot be written as asked: the message says why and what to do, in both languages."""

    def __init__(self, ja: str, en: str) -> None:
        super().__init__(en)
        self.ja, self.en = ja, en

    def text(self, lang: str) -> str:
        return self.en if lang == "en" else self.ja
