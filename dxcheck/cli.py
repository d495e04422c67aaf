"""The command line: options, help, and calls into the pipeline and the reporters. Nothing else.

Heavy imports happen inside the command that needs them, so `--help` stays fast (`--version` is
answered before this module is imported: dxcheck.main). Exit codes, as ruff: 0 clean (warnings
allowed), 1 findings that fail the check, 2 could not run.
"""

import errno
import io
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TextIO, cast

import typer

from dxcheck import __version__
from dxcheck import report as formats
from dxcheck.usage import Command, Group, InvalidChoice

if TYPE_CHECKING:
    from dxcheck.config import Settings
    from dxcheck.diff_results import PlanDiff
    from dxcheck.findings import Message
    from dxcheck.framework import Framework
    from dxcheck.pipeline import Pipeline
    from dxcheck.report import Format, ReportContext
    from dxcheck.results import AuditResult, Audits, LintRun, Unauditable

EXIT_OK, EXIT_FINDINGS, EXIT_CANNOT_RUN = 0, 1, 2

app = typer.Typer(
    cls=Group,  # usage errors and help in dxcheck's words (dxcheck.usage)
    name="dxcheck",
    help="自治体の DX・情報化計画（YAML）を国の枠組みと照合します。 / Checks a municipal digital plan (YAML) against the national frameworks.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
frameworks_app = typer.Typer(
    cls=Group,
    help="国の枠組み（kanmin・dx・procedures）と一覧、その版と項目を表示します。 / Lists the national frameworks and lists, their editions and items.",
    no_args_is_help=False,
)
app.add_typer(frameworks_app, name="frameworks")


class Lang(StrEnum):
    ja = "ja"
    en = "en"


class ListFormat(StrEnum):
    table = "table"
    json = "json"


class SortBy(StrEnum):
    score = "score"
    name = "name"
    code = "code"


class CsvEncoding(StrEnum):
    utf8_sig = "utf-8-sig"
    utf8 = "utf-8"
    cp932 = "cp932"


class FailOn(StrEnum):
    missing = "missing"
    partial = "partial"
    never = "never"


class RulesFormat(StrEnum):
    table = "table"
    json = "json"
    markdown = "markdown"


class SchemaName(StrEnum):
    plan = "plan"
    framework = "framework"
    audit = "audit"
    audits = "audits"
    lint = "lint"
    diff = "diff"


# The language of dxcheck's own messages, settled once per command (_settings): option, then
# DXCHECK_LANG, then the configuration file, then Japanese.
_lang = "ja"


def _fail(ja: str, en: str | None = None, code: int = EXIT_CANNOT_RUN) -> NoReturn:
    from dxcheck.console import make_console

    text = en if en is not None and _lang == "en" else ja
    make_console(stderr=True).print(f"dxcheck: {text}", style="red")
    raise typer.Exit(code)


def _say(ja: str, en: str) -> None:
    """A line to standard error, in the user's language, that does not end the command."""
    from dxcheck.console import make_console

    make_console(stderr=True).print(f"dxcheck: {en if _lang == 'en' else ja}", style="yellow")


def _format_option(command: formats.Command) -> object:
    allowed = formats.names(command)

    def check(value: str | None) -> str | None:
        if value is not None and value not in allowed:
            raise InvalidChoice(value, allowed)
        return value

    return typer.Option(
        "--format",
        "-f",
        metavar="[" + "|".join(allowed) + "]",
        callback=check,
        help=f"出力形式（省略時は {allowed[0]}、-o の拡張子から決まることも）。 Output format (default {allowed[0]}, or from -o's extension).",
        show_default=False,
    )


LintFormatOption = Annotated[str | None, _format_option("lint")]
AuditFormatOption = Annotated[str | None, _format_option("audit")]
CompareFormatOption = Annotated[str | None, _format_option("compare")]
DiffFormatOption = Annotated[str | None, _format_option("diff")]
OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output", "-o", help="出力先ファイル（省略時は標準出力）。安全に書き換えます。 Write to FILE (atomically) instead of stdout."
    ),
]
ForceOption = Annotated[
    bool,
    typer.Option("--force", help="書き込み禁止の -o ファイルも上書きする。 Overwrite a write-protected -o file.", show_default=False),
]
ConfigOption = Annotated[
    Path | None,
    typer.Option("--config", help="設定ファイル（省略時は計画のディレクトリから上へ探す）。 Configuration file.", show_default=False),
]
IgnoreOption = Annotated[
    list[str] | None,
    typer.Option("--ignore", help="報告しないルール（複数可）。 Rule code not to report (repeatable).", show_default=False),
]
LangOption = Annotated[
    Lang | None,
    typer.Option(
        "--lang", envvar="DXCHECK_LANG", help="表示言語 ja / en（環境変数 DXCHECK_LANG でも指定可）。 Output language.", show_default="ja"
    ),
]
InferOption = Annotated[
    bool | None,
    typer.Option("--infer/--no-infer", help="addresses のない施策の本文から項目を推定する。 Infer links from text.", show_default="infer"),
]
QuietOption = Annotated[
    bool,
    typer.Option(
        "--quiet", "-q", help="失敗の理由だけを表示（問題がなければ何も表示しない）。 Show only what fails; nothing when all is well."
    ),
]
SummaryOption = Annotated[bool, typer.Option("--summary", help="計画ごとに1行の要約。 One line per plan.")]
AcceptReadingOption = Annotated[
    bool,
    typer.Option(
        "--accept-reading",
        help="計画書の読み取りが不確かでも判定を示す（読み取りを確かめたうえで）。 Give the verdicts of a document whose reading looks broken.",
    ),
]
VerboseOption = Annotated[
    bool, typer.Option("--verbose", "-v", help="すべてを表示（同じ指摘もまとめない）。 Show everything: repeated findings one by one.")
]
EditionOption = Annotated[
    list[str] | None,
    typer.Option(
        "--edition",
        metavar="ID=EDITION",
        help="監査に使う枠組みの版（例: dx=2.3、複数可）。計画の宣言・策定日による選択より優先。 Edition to audit with (dx=2.3), over the plan's own.",
        show_default=False,
    ),
]
PlansArgument = Annotated[
    list[str],
    typer.Argument(
        metavar="PLAN...",
        help='計画ファイル（YAML、または計画書 .docx・.pdf・.txt）、ディレクトリ（中の *.yaml すべて）、glob（"plans/*.yaml"）。'
        " Plan files (YAML, or a .docx, PDF or text document), directories, globs.",
        show_default=False,
    ),
]


def _version(value: bool) -> None:
    if value:
        print(f"dxcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", "-V", callback=_version, is_eager=True, help="バージョンを表示して終了。 Show the version.")
    ] = False,
) -> None:
    """dxcheck: 自治体の計画を国の枠組みと照合する / check municipal plans against national frameworks."""


# --- the pieces every command shares ---------------------------------------------------------


def _settings(start: Path, config: Path | None, **command_line: object) -> "Settings":
    """The settings in force: options, then the configuration file found from `start`, then defaults."""
    global _lang
    from dxcheck.config import UNREAD, ConfigError, resolve

    # before the file is read, a broken file is reported in the language of the option (or Japanese)
    _lang = str(command_line.get("lang") or "ja")
    try:
        settings = resolve(start, dict(command_line), config)
    except ConfigError as exc:
        _fail(exc.ja, exc.en)
    _lang = settings["lang"]
    if UNREAD:  # another project's, most likely; but it might have held dxcheck's settings: said, once
        from dxcheck.console import make_console
        from dxcheck.findings import display_name

        console = make_console(stderr=True)
        for path, reason in UNREAD:
            shown = display_name(path)
            console.print(
                f"dxcheck: {shown} is not read ({reason}); its settings, if any, are not used"
                if _lang == "en"
                else f"dxcheck: {shown} を読めないため、設定として使いません（{reason}）",
                style="yellow",
            )
        UNREAD.clear()
    return settings


def _common_parent(paths: list[Path]) -> Path:
    if not paths:
        return Path.cwd()
    import os.path

    # abspath, not resolve(): a symlink loop must not stop the search for the configuration.
    try:
        return Path(os.path.commonpath([os.path.abspath(p) for p in paths]))
    except ValueError:
        return Path(os.path.abspath(paths[0]))


def _paths(arguments: list[str], what_ja: str, what_en: str) -> list[Path]:
    """The plan files the arguments name; what a directory held that was passed over is said on stderr."""
    from dxcheck.console import make_console
    from dxcheck.findings import display_name
    from dxcheck.pipeline import UnlistableDirectory, scan

    try:
        found = scan(arguments)
    except UnlistableDirectory as exc:
        _fail(
            f"ディレクトリを読めません: {display_name(exc.path)}（{exc.reason}）",
            f"cannot list the directory {display_name(exc.path)}: {exc.reason}",
        )
    console = make_console(stderr=True)
    for skipped in found.skipped:
        kind_ja, kind_en = _KINDS.get(skipped.reason, (skipped.reason, skipped.reason))
        console.print(
            f"dxcheck: 飛ばしました: {display_name(skipped.path)}（{kind_ja}で、通常のファイルではありません）"
            if _lang == "ja"
            else f"dxcheck: skipped {display_name(skipped.path)}: {kind_en}, not a regular file",
            style="yellow",
        )
    if not found.paths:
        _fail(f"{what_ja}計画ファイルがありません（*.yaml）", f"no plan files to {what_en}")
    return found.paths


_KINDS = {
    "directory": ("ディレクトリ", "a directory"),
    "fifo": ("名前付きパイプ（FIFO）", "a named pipe (FIFO)"),
    "char": ("キャラクタデバイス", "a character device"),
    "block": ("ブロックデバイス", "a block device"),
    "socket": ("ソケット", "a socket"),
}


def _output_is_not_an_input(output: Path | None, paths: list[Path], config: Path | None = None) -> None:
    """`-o p.yaml` when p.yaml is a plan being read (a file, a link, standard input) would replace the
    plan with its report, and `-o .dxcheck.toml` the settings in force: refused."""
    from dxcheck.report.output import refuse_inputs

    try:
        refuse_inputs(output, paths, config)
    except formats.ReportError as exc:
        _fail(exc.ja, exc.en)


def _editions(values: list[str] | None, sep: str, option: str) -> dict[str, str]:
    """`dx=2.3` (--edition) or `dx@2.3` (--against) → {"dx": "2.3"}."""
    found: dict[str, str] = {}
    for value in values or []:
        framework, mark, edition = value.partition(sep)
        if not mark or not framework or not edition or "/" in edition:
            _fail(
                f"{option} は「枠組み{sep}版」の形で書きます（例: dx{sep}2.3）: {value}",
                f"{option} takes FRAMEWORK{sep}EDITION (dx{sep}2.3): {value}",
            )
        found[framework.strip()] = edition.strip()
    return found


def _pipeline(settings: "Settings", against: dict[str, str] | None = None, *, accept_reading: bool = False) -> "Pipeline":
    from dxcheck.framework import shipped_catalogue
    from dxcheck.pipeline import Pipeline, SelectionError, editions, select
    from dxcheck.results import AuditOptions

    catalogue = shipped_catalogue()
    try:
        only = select(catalogue, settings["frameworks"])
    except SelectionError as exc:
        _fail(f"設定 frameworks に不明な枠組み: {exc}", f"unknown frameworks in settings: {exc}")
    try:
        asked = editions(catalogue, settings["edition"])
        newer = editions(catalogue, against or {})
    except SelectionError as exc:
        known = ", ".join(f.ref for f in catalogue if f.kind == "framework")
        _fail(f"収録されていない版: {exc}（収録されている版: {known}）", f"no such edition: {exc} (editions: {known})")
    for framework_id, edition in newer.items():
        if framework_id in asked:
            _fail(
                f"--against {framework_id}@{edition} と --edition {framework_id}={asked[framework_id]} は同時に使えません",
                f"--against and --edition cannot both name {framework_id}",
            )
    options = AuditOptions(
        infer=settings["infer"],
        fail_on=settings["fail-on"],
        min_score=settings["min-score"],
        ignore=frozenset(settings["ignore"]),
        accept_reading=accept_reading,
    )
    source = settings.sources.get("edition", "default")
    return Pipeline(catalogue, only, options, asked, "option" if source in ("command line", "default") else source, newer)


def _choose_format(command: formats.Command, requested: str | None, output: Path | None) -> "Format":
    try:
        return formats.resolve(command, requested, output)
    except formats.ReportError as exc:
        _fail(exc.ja, exc.en)


def _context(output: Path | None, *, long: bool = False, encoding: str = "utf-8-sig", detail: formats.Detail = "normal") -> "ReportContext":
    return formats.ReportContext(
        lang="en" if _lang == "en" else "ja",
        long=long,
        encoding=encoding,
        ascii_json=_json_ascii(output),
        detail=detail,
    )


def _detail(fmt: "Format", quiet: bool, summary: bool, verbose: bool) -> formats.Detail:
    """--quiet, --summary or --verbose (at most one), for the terminal formats, which are the ones they shape."""
    chosen = [name for name, on in (("--quiet", quiet), ("--summary", summary), ("--verbose", verbose)) if on]
    if len(chosen) > 1:
        _fail(f"{' と '.join(chosen)} は同時に使えません", f"{' and '.join(chosen)} cannot be used together")
    if chosen and fmt.name not in ("text", "table"):
        _fail(
            f"{chosen[0]} は表示形式（既定の text・table）のときだけ使えます（--format {fmt.name}）",
            f"{chosen[0]} applies to the terminal format only (not --format {fmt.name})",
        )
    named: dict[str, formats.Detail] = {"--quiet": "quiet", "--summary": "summary", "--verbose": "verbose"}
    return named[chosen[0]] if chosen else "normal"


def _json_ascii(output: Path | None) -> bool:
    """JSON to a file is UTF-8; to a stream that is not UTF-8, it has \\u escapes, so nothing is lost."""
    encoding = (getattr(sys.stdout, "encoding", None) or "utf-8").lower().replace("-", "").replace("_", "")
    return not (output is not None or encoding in ("utf8", "utf8sig"))


def _write(
    fmt: "Format", result: "LintRun | Audits | PlanDiff", output: Path | None, context: "ReportContext", *, force: bool = False
) -> None:
    """The report of `result` in `fmt`, to stdout or `output`; a failed write is exit 2, a reader gone is not."""
    from dxcheck.diff_results import PlanDiff
    from dxcheck.report.output import is_stdout, write
    from dxcheck.results import LintRun

    try:
        if isinstance(result, LintRun):
            rendered = fmt.lint_reporter()(result, context)
        elif isinstance(result, PlanDiff):
            rendered = fmt.diff_reporter()(result, context)
        else:
            rendered = fmt.audits_reporter(result.command)(result, context)
        write(rendered, output, fmt, context, force=force)
    except formats.ReportError as exc:
        _fail(exc.ja, exc.en)
    if output is not None and not is_stdout(output):
        _wrote(output)


@contextmanager
def _stdout() -> Iterator[None]:
    """Print dxcheck's own output (listings, diffs) inside this block: flushed, and a failed write is exit 2."""
    from dxcheck.report.output import writing_stdout

    try:
        with writing_stdout():
            yield
    except formats.ReportError as exc:
        _fail(exc.ja, exc.en)


def _wrote(output: Path) -> None:
    """After -o FILE: one line on stderr, so a script's log says where the report went."""
    from dxcheck.console import make_console
    from dxcheck.findings import display_name

    shown = display_name(output)
    make_console(stderr=True).print(
        f"wrote {shown}" if _lang == "en" else f"{shown} に書きました", style="dim", markup=False, highlight=False
    )


def _show(pieces: list[object]) -> None:
    """Print to the terminal (tables, explanations): dxcheck's own listings, not reports."""
    from dxcheck.console import make_console

    console = make_console()
    with _stdout():
        for piece in pieces:
            console.print(piece)


def _print_json(kind: str, body: dict[str, object]) -> None:
    from dxcheck.report.json_report import dump, envelope

    with _stdout():
        sys.stdout.write(dump(envelope(kind, body), _context(None)))


# --- commands ----------------------------------------------------------------------------------


@app.command(cls=Command)
def lint(
    plans: PlansArgument,
    output_format: LintFormatOption = None,
    output: OutputOption = None,
    force: ForceOption = False,
    ignore: IgnoreOption = None,
    quiet: QuietOption = False,
    summary: SummaryOption = False,
    verbose: VerboseOption = False,
    edition: EditionOption = None,
    config: ConfigOption = None,
    lang: LangOption = None,
) -> None:
    """計画ファイルの形式と整合性を検査します（CI 向け）。 Lint plan files: schema, ids, years, codes.

    終了コード: 0 エラーなし（警告は可）、1 エラーあり、2 実行できない（ファイルがない等）。
    Exit 0: no errors (warnings allowed); 1: errors; 2: could not run.
    """
    paths = _paths(plans, "検査する", "lint")
    settings = _settings(
        _common_parent(paths),
        config,
        lang=lang.value if lang else None,
        ignore=[c.upper() for c in ignore or []],
        edition=_editions(edition, "=", "--edition"),
    )
    fmt = _choose_format("lint", output_format, output)
    detail = _detail(fmt, quiet, summary, verbose)
    _output_is_not_an_input(output, paths, settings.file)
    run = _pipeline(settings).lint(paths)
    _write(fmt, run, output, _context(output, detail=detail), force=force)
    if run.summary.unreadable:
        raise typer.Exit(EXIT_CANNOT_RUN)
    raise typer.Exit(EXIT_FINDINGS if run.summary.errors else EXIT_OK)


def _print_unauditable(plan: "Unauditable", why_ja: str, why_en: str) -> None:
    from dxcheck.console import make_console
    from dxcheck.report.diagnostics import finding_line

    console = make_console(stderr=True)
    for finding in plan.findings:
        console.print(finding_line(finding, _lang))
    console.print(why_en if _lang == "en" else why_ja, style="red")


def _audit_or_exit(pipeline: "Pipeline", path: Path) -> "AuditResult":
    """One plan's audit (explain); exit 2 (unreadable) or 1 (not a valid plan) when it cannot be audited."""
    from dxcheck.results import Unauditable

    outcome = pipeline.audit(path)
    if not isinstance(outcome, Unauditable):
        return outcome
    _print_unauditable(
        outcome,
        "監査できません: 計画ファイルを直してください（dxcheck lint で確認できます）",
        "cannot audit: fix the plan file first (see dxcheck lint)",
    )
    raise typer.Exit(EXIT_CANNOT_RUN if outcome.could_not_run else EXIT_FINDINGS)


@app.command(cls=Command)
def audit(
    plans: PlansArgument,
    output_format: AuditFormatOption = None,
    output: OutputOption = None,
    fail_on: Annotated[
        FailOn | None,
        typer.Option(
            "--fail-on",
            help="終了コード 1 にする状況: missing（必須項目に取組なし）、partial（一部も）、never。 When to exit 1.",
            show_default="missing",
        ),
    ] = None,
    min_score: Annotated[
        float | None, typer.Option("--min-score", min=0, max=100, help="総合スコアの下限（0〜100）。 Minimum overall score.")
    ] = None,
    infer: InferOption = None,
    force: ForceOption = False,
    ignore: IgnoreOption = None,
    quiet: QuietOption = False,
    summary: SummaryOption = False,
    verbose: VerboseOption = False,
    edition: EditionOption = None,
    against: Annotated[
        list[str] | None,
        typer.Option(
            "--against",
            metavar="ID@EDITION",
            help="古い版に準拠した計画を新しい版（例: dx@2.3）で監査し、改定で加える項目を示す。 Audit a plan written for an older edition against a newer one: the 改定 checklist.",
            show_default=False,
        ),
    ] = None,
    accept_reading: AcceptReadingOption = False,
    config: ConfigOption = None,
    lang: LangOption = None,
) -> None:
    """計画が国の各項目に取り組んでいるかを監査し、不足を示します。 Audit a plan: coverage, gaps, scores.

    終了コード: 0 基準を満たす、1 満たさない、2 実行できない（計画書の読み取りが不確かなときも。--accept-reading で判定を示す）。
    Exit 0: meets the bar; 1: does not; 2: could not run (also when a document's reading looks broken, unless --accept-reading).
    """
    paths = _paths(plans, "監査する", "audit")
    settings = _settings(
        _common_parent(paths),
        config,
        lang=lang.value if lang else None,
        ignore=[c.upper() for c in ignore or []],
        infer=infer,
        edition=_editions(edition, "=", "--edition"),
        **{"fail-on": fail_on.value if fail_on else None, "min-score": min_score},
    )
    fmt = _choose_format("audit", output_format, output)
    detail = _detail(fmt, quiet, summary, verbose)
    _output_is_not_an_input(output, paths, settings.file)
    from dxcheck.results import Audits

    results, unauditable = _pipeline(settings, _editions(against, "@", "--against"), accept_reading=accept_reading).audit_all(paths)
    for plan in unauditable:
        _print_unauditable(
            plan,
            "監査できません: 計画ファイルを直してください（dxcheck lint で確認できます）",
            "cannot audit: fix the plan file first (see dxcheck lint)",
        )
    if results:
        _write(fmt, Audits(audits=results, command="audit"), output, _context(output, long=True, detail=detail), force=force)
    if any(plan.could_not_run for plan in unauditable):
        raise typer.Exit(EXIT_CANNOT_RUN)
    doubtful = [r.file for r in results if r.document is not None and r.document.doubts and not r.document.accepted]
    if doubtful:
        _say(
            f"計画書の読み取りが不確かなため、判定は信頼できません（{'、'.join(doubtful)}）。dxcheck import で下書きを確かめるか、"
            "読み取りを確かめたうえで --accept-reading を付けてください",
            f"the reading of {', '.join(doubtful)} looks broken, so its verdicts cannot be trusted: check the draft with dxcheck import, "
            "or pass --accept-reading after checking the reading",
        )
        raise typer.Exit(EXIT_CANNOT_RUN)
    raise typer.Exit(EXIT_OK if all(r.passed for r in results) and not unauditable else EXIT_FINDINGS)


@app.command(cls=Command)
def compare(
    plans: PlansArgument,
    output_format: CompareFormatOption = None,
    output: OutputOption = None,
    sort: Annotated[
        SortBy, typer.Option("--sort", help="並べ順: score（総合スコアの高い順）、name、code。 Order of the towns.")
    ] = SortBy.score,
    long: Annotated[bool, typer.Option("--long", help="CSV を自治体×項目の縦長にする。 CSV: one row per town × item.")] = False,
    encoding: Annotated[
        CsvEncoding, typer.Option("--encoding", help="CSV の文字コード（既定は BOM 付き UTF-8: Excel で文字化けしない）。 CSV encoding.")
    ] = CsvEncoding.utf8_sig,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            help="並列に監査するプロセス数（既定は CPU コア数）。 Worker processes (default: the cores).",
            show_default="cores",
        ),
    ] = None,
    infer: Annotated[
        bool | None, typer.Option("--infer/--no-infer", help="本文から項目を推定する。 Infer links from text.", show_default="infer")
    ] = None,
    force: ForceOption = False,
    ignore: IgnoreOption = None,
    edition: EditionOption = None,
    config: ConfigOption = None,
    lang: LangOption = None,
) -> None:
    """複数の自治体の計画を比較します（自治体×項目の表、スコア、手続）。 Compare towns: a matrix of towns × items.

    読めない計画は報告して飛ばし、残りを比較します（最後に終了コード 1）。 A plan that cannot be read is reported and skipped (exit 1).
    各自治体はそれぞれに適用する版で監査し、表に版を示します（--edition で全体を統一）。 Each town is audited with its own edition (the matrix says which) unless --edition sets one.
    """
    from dxcheck.pipeline import WorkersFailed, default_jobs, sort_audits
    from dxcheck.results import Audits

    paths = _paths(plans, "比較する", "compare")
    settings = _settings(
        _common_parent(paths),
        config,
        lang=lang.value if lang else None,
        ignore=[c.upper() for c in ignore or []],
        infer=infer,
        edition=_editions(edition, "=", "--edition"),
    )
    fmt = _choose_format("compare", output_format, output)
    _output_is_not_an_input(output, paths, settings.file)
    pipeline = _pipeline(settings)
    # The terminal matrix needs verdicts and scores; JSON and the exports show the evidence too.
    evidence, workers = fmt.name != "table", jobs or default_jobs()
    from dxcheck.console import make_console

    def notice(message: "Message") -> None:
        make_console(stderr=True).print(f"dxcheck: {message.text(_lang)}", style="yellow")

    try:
        if sys.stderr.isatty() and len(paths) > 1:
            from rich.progress import Progress

            with Progress(console=make_console(stderr=True), transient=True) as progress:
                task = progress.add_task("監査中" if _lang == "ja" else "auditing", total=len(paths))
                results, unauditable = pipeline.audit_all(
                    paths, jobs=workers, evidence=evidence, advance=lambda: progress.advance(task), notice=notice
                )
        else:
            results, unauditable = pipeline.audit_all(paths, jobs=workers, evidence=evidence, notice=notice)
    except WorkersFailed as exc:
        for plan in exc.lost:  # each plan a worker was auditing when it was killed: it may be the cause
            _print_unauditable(plan, f"{plan.file}: 比較から外しました", f"{plan.file}: skipped")
        _fail(
            f"作業プロセスが {exc.deaths} 回強制終了されたため中止しました（{exc.remaining:,} 件は未監査）。--jobs を減らすか、メモリを確認してください",
            f"stopped: worker processes were killed {exc.deaths} times ({exc.remaining:,} plans not audited); lower --jobs or check the memory",
        )
    for plan in unauditable:
        _print_unauditable(plan, f"{plan.file}: 比較から外しました", f"{plan.file}: skipped")
    audits = sort_audits(results, sort.value)
    if not audits:
        _fail("比較できる計画がありません", "no plan could be compared")
    _write(
        fmt,
        Audits(audits=audits, command="compare", unauditable=unauditable),
        output,
        _context(output, long=long, encoding=encoding.value),
        force=force,
    )
    if any(plan.could_not_run for plan in unauditable) and not audits:
        raise typer.Exit(EXIT_CANNOT_RUN)
    raise typer.Exit(EXIT_FINDINGS if unauditable else EXIT_OK)


@app.command(cls=Command)
def diff(
    old: Annotated[
        Path,
        typer.Argument(
            metavar="OLD",
            help="前の版の計画ファイル（YAML、または計画書 .docx・.pdf・.txt）。--rev のときは比べるファイル。 The earlier version (with --rev: the file).",
            show_default=False,
        ),
    ],
    new: Annotated[
        Path | None,
        typer.Argument(
            metavar="[NEW]", help="新しい版の計画ファイル（--rev のときは省く）。 The later version (omit with --rev).", show_default=False
        ),
    ] = None,
    rev: Annotated[
        list[str] | None,
        typer.Option(
            "--rev",
            metavar="REV",
            help="git のリビジョンの版と比べる: --rev HEAD~1 はその版と今のファイル、--rev A --rev B は A と B。"
            " Compare with the file at a git revision (twice: two revisions).",
            show_default=False,
        ),
    ] = None,
    output_format: DiffFormatOption = None,
    output: OutputOption = None,
    force: ForceOption = False,
    fail_on_loss: Annotated[
        bool,
        typer.Option(
            "--fail-on-loss",
            help="国の必須項目（手続を含む）の取組が後退したら終了コード 1（CI 向け）。 Exit 1 when a required item loses coverage.",
        ),
    ] = False,
    infer: InferOption = None,
    config: ConfigOption = None,
    lang: LangOption = None,
) -> None:
    """計画の二つの版を比べます: 国の項目の状況（● → ○ は後退）、施策の追加・削除・名称変更・内容、KPI、手続、スコア。
    Compare two versions of a plan: items lost and gained, measures, KPIs, procedures, scores.

    施策は ID で、次に題名の類似で対応づけ、どちらで対応したかを示します。
    終了コード: 0 後退なし（--fail-on-loss がなければ常に 0）、1 後退あり（--fail-on-loss）、2 実行できない。
    Exit 0: no loss (always, without --fail-on-loss); 1: a loss, with --fail-on-loss; 2: could not run.
    """
    from dxcheck.diff import diff_plans, read_versions
    from dxcheck.results import Unauditable
    from dxcheck.revision import RevisionError

    revisions = rev or []
    settings = _settings(_common_parent([old] if new is None else [old, new]), config, lang=lang.value if lang else None, infer=infer)
    if len(revisions) > 2:
        _fail("--rev は2つまでです（前の版と新しい版）", "give --rev at most twice (the earlier and the later version)")
    if revisions and new is not None:
        _fail(
            f"--rev のときはファイルを1つだけ指定します: dxcheck diff {old} --rev {revisions[0]}",
            f"with --rev, give one file: dxcheck diff {old} --rev {revisions[0]}",
        )
    if not revisions and new is None:
        _fail(
            f"比べる相手がありません: dxcheck diff {old} NEW.yaml、または dxcheck diff {old} --rev HEAD~1",
            f"nothing to compare with: dxcheck diff {old} NEW.yaml, or dxcheck diff {old} --rev HEAD~1",
        )
    from dxcheck.streams import is_stdin

    if new is not None and is_stdin(old) and is_stdin(new):
        _fail("標準入力は一度しか読めません: 片方はファイルを指定してください", "standard input can be read once: give a file for one side")
    fmt = _choose_format("diff", output_format, output)
    _output_is_not_an_input(output, [old] if new is None else [old, new], settings.file)
    try:
        versions = read_versions(_pipeline(settings), old, new if new is not None else old, revisions)
    except RevisionError as exc:
        _fail(exc.ja, exc.en)
    audited = []
    for version in versions:
        if isinstance(version, Unauditable):
            _print_unauditable(
                version,
                "比べられません: 計画ファイルを直してください（dxcheck lint で確認できます）",
                "cannot compare: fix the plan file first (see dxcheck lint)",
            )
        else:
            audited.append(version)
    if len(audited) < 2:
        raise typer.Exit(EXIT_CANNOT_RUN)
    result = diff_plans(audited[0], audited[1])
    _write(fmt, result, output, _context(output), force=force)
    raise typer.Exit(EXIT_FINDINGS if fail_on_loss and result.loss else EXIT_OK)


@app.command("config", cls=Command)
def show_config(
    path: Annotated[
        Path | None, typer.Argument(help="計画ファイルかディレクトリ（省略時は現在のディレクトリ）。 Where to look from.")
    ] = None,
    output_format: Annotated[ListFormat, typer.Option("--format", "-f", help="出力形式。 Output format.")] = ListFormat.table,
    config: ConfigOption = None,
    lang: LangOption = None,
) -> None:
    """有効な設定とその出どころを表示します。 Show the settings in force and where each comes from."""
    from dxcheck.report.config_report import config_json, config_table

    settings = _settings(path or Path.cwd(), config, lang=lang.value if lang else None)
    if output_format is ListFormat.json:
        _print_json("config", config_json(settings))
        return
    _show([config_table(settings, _lang)])


@app.command("fmt", cls=Command)
def format_plans(
    plans: PlansArgument,
    check: Annotated[
        bool,
        typer.Option(
            "--check", help="書き換えず、差分を表示し、整形が必要なら終了コード 1。 Change nothing; show a diff; exit 1 if unformatted."
        ),
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="書き込み禁止のファイルも整形する。 Format write-protected files too.", show_default=False)
    ] = False,
    lang: LangOption = None,
) -> None:
    """計画ファイルを正規の形に整えます（コメントと本文はそのまま）。 Format plans: key order, indentation, fiscal years, ids.

    安全に書き換えます（一時ファイルに書いてから置き換え、所有者・権限・リンクはそのまま）。書けないファイルは報告して次へ進みます。
    - は標準入力を整形して標準出力へ。 Files are written atomically, keeping owner, mode and links; a file that
    cannot be written is reported and the others are formatted (exit 2). - formats standard input to stdout.
    """
    from dxcheck.fmt import format_file
    from dxcheck.report.fmt_report import print_outcome, print_summary

    paths = _paths(plans, "整形する", "format")
    _settings(_common_parent(paths), None, lang=lang.value if lang else None)
    outcomes = []
    with _stdout():
        for path in paths:
            outcome = format_file(path, check=check, force=force)
            print_outcome(outcome, _lang)
            outcomes.append(outcome)
    print_summary(outcomes, check=check, lang=_lang)
    if any(o.state in ("unreadable", "unwritable") for o in outcomes):
        raise typer.Exit(EXIT_CANNOT_RUN)
    raise typer.Exit(EXIT_FINDINGS if any(o.state in ("failed", "would-change") for o in outcomes) else EXIT_OK)


@app.command("import", cls=Command)
def import_document(
    document: Annotated[
        Path,
        typer.Argument(
            metavar="DOCUMENT",
            help="計画書: Word（.docx）、文字を持つ PDF、PDF から取り出したテキスト（.txt/.md）。 A .docx, a PDF with text, or text.",
            show_default=False,
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="書き出す YAML（省略時は標準出力）。 The YAML file to write (default: stdout)."),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="既存のファイルを上書きする。 Overwrite an existing file.")] = False,
    lang: LangOption = None,
) -> None:
    """計画書（Word・PDF）から計画ファイル（YAML）の下書きを作ります。 Draft a plan YAML from a Word or PDF plan.

    方針・施策の構成は見出しと番号から推定し、各方針・施策に原文のページ（行）を注記し、確かめるべき点を標準エラーに示します。audit・lint・compare は文書を直接読むこともできます。
    終了コード: 0 下書きを作った、2 文書を読めない（方針・施策が見つからない場合も）・出力先がすでにある。
    Exit 0: drafted; 2: the document cannot be read or holds no policy or measure, or the output exists.
    """
    from dxcheck.console import make_console
    from dxcheck.importer import DocumentError
    from dxcheck.importer import import_document as read_document
    from dxcheck.report.output import to_file

    _settings(Path.cwd(), None, lang=lang.value if lang else None)
    en = _lang == "en"
    if output is not None:
        if output.suffix.lower() not in (".yaml", ".yml"):
            _fail(f"-o には .yaml のファイル名を指定してください（{output}）", f"-o must name a .yaml file ({output})")
        if output.exists() and not force:
            _fail(f"{output} はすでにあります。上書きするなら --force", f"{output} exists; use --force to overwrite")
        _output_is_not_an_input(output, [document])  # a link named .yaml to the document itself
    if document.suffix.lower() in (".yaml", ".yml"):
        _fail(
            f"{document} はすでに計画ファイル（YAML）です。確かめるには: dxcheck lint {document}",
            f"{document} is already a plan (YAML); to check it: dxcheck lint {document}",
        )
    from dxcheck.source import SourceError, check_readable

    try:
        check_readable(document, str(document))
    except SourceError as exc:
        _fail(exc.finding.text("ja"), exc.finding.text("en"))
    try:
        result = read_document(document)
    except DocumentError as exc:
        _fail(f"{document}: {exc.message_ja}", f"{document}: {exc.message_en}")
    if output is None:
        with _stdout():
            sys.stdout.write(result.yaml)
    else:
        try:
            if force:
                to_file(output, result.yaml, force=True)
            else:
                from dxcheck.atomic import create_new

                create_new(output, result.yaml)  # exclusively, as init: never over a file made meanwhile
        except FileExistsError:
            _fail(f"{output} はすでにあります。上書きするなら --force", f"{output} exists; use --force to overwrite")
        except OSError as exc:
            _fail(f"書き込めません: {output}（{exc.strerror or exc}）", f"cannot write {output}: {exc.strerror or exc}")
        except formats.ReportError as exc:
            _fail(exc.ja, exc.en)
    console = make_console(stderr=True)
    read = (
        f"{document}: {result.policies} policies and {result.measures} measures read"
        if en
        else f"{document}: 方針 {result.policies} 件、施策 {result.measures} 件を読み取りました"
    )
    console.print(read, style="bold", markup=False, highlight=False)
    if result.notes:
        console.print("Notes (in Japanese):" if en else "確かめてください:", style="yellow")
        for note in result.notes:
            console.print(f"  - {note}", markup=False, highlight=False)
    if output is not None:
        step = f"wrote {output}; next: dxcheck lint {output}, then dxcheck audit {output}"
        console.print(step if en else f"{output} に書きました。次は: dxcheck lint {output}、dxcheck audit {output}", markup=False)


@app.command(cls=Command)
def init(
    municipality: Annotated[str | None, typer.Option("--municipality", "-m", help="団体名（例: 恵庭市）。 Municipality name.")] = None,
    code: Annotated[
        str | None, typer.Option("--code", help="全国地方公共団体コード（6桁、5桁ならチェックディジットを補う）。 Municipality code.")
    ] = None,
    prefecture: Annotated[
        str | None, typer.Option("--prefecture", help="都道府県（省略時はコードから）。 Prefecture (default: from the code).")
    ] = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="書き出すファイル。 The file to write.")] = Path("plan.yaml"),
    force: Annotated[bool, typer.Option("--force", help="既存のファイルを上書きする。 Overwrite an existing file.")] = False,
    schema_ref: Annotated[
        str | None,
        typer.Option(
            "--schema",
            help="エディタ用の $schema の URL（省略時は計画の隣に plan.schema.json を書いてそれを指す）。 $schema URL for the editor"
            " (default: plan.schema.json, written beside the plan).",
            show_default=False,
        ),
    ] = None,
    lang: LangOption = None,
) -> None:
    """新しい計画ファイルの雛形を作ります。 Write a starter plan, every national item listed as a comment."""
    from dxcheck import rules
    from dxcheck.findings import display_name
    from dxcheck.framework import shipped_catalogue
    from dxcheck.municipality import code_is_valid, prefecture_of, with_check_digit
    from dxcheck.report.output import to_file
    from dxcheck.resources import schema_path
    from dxcheck.scaffold import SCHEMA_FILE, starter_plan

    _settings(Path.cwd(), None, lang=lang.value if lang else None)
    if code is not None:
        code = code.strip()
        if len(code) == 5 and code.isdigit():
            code = with_check_digit(code)
        if not code_is_valid(code):  # the words lint uses (DX405), with what to write instead
            finding = rules.MUNICIPALITY_CODE(code).at(str(output), suggestion=rules.code_suggestion(code))
            _fail(finding.text("ja"), finding.text("en"))
    shown = display_name(output)
    if os.path.lexists(output) and not force:
        _fail(f"{shown} はすでにあります。上書きするなら --force", f"{shown} exists; use --force to overwrite")
    schema_file = output.parent / SCHEMA_FILE
    catalogue = shipped_catalogue()
    newest = {
        i: f.edition
        for i in catalogue.ids
        if len(catalogue.editions(i)) > 1 and (f := catalogue.get(i)) is not None and f.kind == "framework"
    }
    text = starter_plan(
        catalogue.select(),  # a new plan is written for the newest editions, and declares them
        declare=newest,
        schema=schema_ref or SCHEMA_FILE,
        name=municipality,
        prefecture=prefecture or (prefecture_of(code) if code else None),
        code=code,
    )
    published = schema_path("plan").read_text(encoding="utf-8")
    # beside a plan file only (not `-o /dev/null`), and never into what is not a file (a pipe would block)
    beside_a_file = not os.path.exists(output) or os.path.isfile(output)
    write_schema = schema_ref is None and beside_a_file and (not os.path.lexists(schema_file) or (force and schema_file.is_file()))
    try:
        output.parent.mkdir(parents=True, exist_ok=True)  # `init -o plans/town.yaml` in a new repository
    except OSError as exc:
        _fail(f"フォルダを作れません: {output.parent}（{exc.strerror}）", f"cannot create {output.parent}: {exc.strerror}")
    try:
        if force:
            to_file(output, text, force=True)
        else:
            from dxcheck.atomic import create_new

            create_new(output, text)  # exclusively: two `init -o new.yaml` at once, one wins
        if write_schema:
            to_file(schema_file, published, force=force)
    except FileExistsError:
        _fail(f"{shown} はすでにあります。上書きするなら --force", f"{shown} exists; use --force to overwrite")
    except OSError as exc:
        reason = exc.strerror or str(exc)
        _fail(f"書き込めません: {shown}（{reason}）", f"cannot write {shown}: {reason}")
    except formats.ReportError as exc:
        _fail(exc.ja, exc.en)
    en = _lang == "en"
    with _stdout():
        print(f"wrote {shown}; next: dxcheck lint {shown}" if en else f"{shown} を作りました。次は: dxcheck lint {shown}")
        if write_schema:
            print(
                f"wrote {schema_file} (the editor's completion and checks; commit it with the plan)"
                if en
                else f"{schema_file} も書きました（エディタの補完・検証用。計画と一緒にコミットしてください）"
            )
    if not write_schema and schema_ref is None and beside_a_file and not _same_text(schema_file, published):
        print(
            f"{schema_file} is from another dxcheck version; to update it: dxcheck schema plan -o {schema_file}"
            if en
            else f"{schema_file} は別の版の dxcheck のものです。更新するには: dxcheck schema plan -o {schema_file}",
            file=sys.stderr,
        )


def _same_text(path: Path, text: str) -> bool:
    """Whether `path` is a regular file holding `text` (a pipe is not opened: it would block)."""
    if not path.is_file():
        return False
    try:
        return path.read_text(encoding="utf-8") == text
    except (OSError, UnicodeDecodeError):
        return False


@app.command(cls=Command)
def explain(
    item: Annotated[
        str, typer.Argument(metavar="ITEM", help="項目 ID（例: dx/telework、版を付けて dx@2.3/frontyard）。 Qualified item id.")
    ],
    plan: Annotated[Path | None, typer.Argument(help="計画ファイル（省略可）。 A plan, to see its evidence.", show_default=False)] = None,
    infer: Annotated[bool | None, typer.Option("--infer/--no-infer", help="本文から項目を推定する。 Infer links from text.")] = None,
    edition: EditionOption = None,
    config: ConfigOption = None,
    lang: LangOption = None,
) -> None:
    """項目の説明（版・出典・国の目標・語彙）と、計画のどの施策が根拠か。 Explain an item and, given a plan, its evidence.

    計画を与えると、その計画に適用する版の項目を説明します（ITEM に版を付けるとその版で監査）。
    With a plan, the item of the edition that applies to it (an edition in ITEM audits with that edition).
    ITEM may be written as plans write it: p20-03, telework, or p20 for a group of procedures.
    """
    from dxcheck.framework import parse_ref
    from dxcheck.report.explain_report import group_pieces, item_pieces, item_result_pieces, unplaced_pieces
    from dxcheck.rules import suggest

    if plan is not None and plan.is_dir():
        _fail(
            f"{plan} はディレクトリです。explain には計画ファイルを1つ指定します（まとめて見るには dxcheck audit {plan}）",
            f"{plan} is a directory; explain takes one plan (to see them all: dxcheck audit {plan})",
        )
    asked = _editions(edition, "=", "--edition")
    framework_id, named, item_id = parse_ref(item)
    if named is not None and plan is not None:
        asked[framework_id] = named  # dx@2.3/frontyard with a plan: audit the plan with 2.3
    settings = _settings(plan if plan is not None else Path.cwd(), config, lang=lang.value if lang else None, infer=infer, edition=asked)
    pipeline = _pipeline(settings)
    catalogue = pipeline.catalogue
    if "/" not in item:  # as plans write them: 「p20-03」 and 「telework」 without their framework, 「p20」 for a group
        short = sorted({i for i in catalogue.item_ids if i.split("/", 1)[1] == item})
        if len(short) > 1:
            _fail(f"「{item}」は {' と '.join(short)} のどちらかです", f"'{item}' is one of {', '.join(short)}")
        procedures = catalogue.get("procedures")
        if not short and procedures is not None and item in {g.id for g in procedures.groups if g.id != "general"}:
            _show(list(group_pieces(procedures, item, _lang)))
            return
        if short:
            item = short[0]
            framework_id, named, item_id = parse_ref(item)
    ref = catalogue.item(item)
    if ref is None:
        hint = suggest(item, catalogue.item_ids + catalogue.item_refs)
        _fail(
            f"項目「{item}」はありません" + (f"（もしかして {hint}？）" if hint else "（dxcheck frameworks show で一覧）"),
            f"no item {item}" + (f" (did you mean {hint}?)" if hint else " (see dxcheck frameworks show)"),
        )
    if plan is None:
        _show(list(item_pieces(ref, _lang)))
        return
    result = _audit_or_exit(pipeline, plan)
    framework = next((f for f in result.frameworks if f.id == framework_id), None)
    item_result = next((i for i in framework.items if i.id == f"{framework_id}/{item_id}"), None) if framework else None
    if framework is None or item_result is None:
        shown = f"{framework_id}@{framework.edition}" if framework else framework_id
        _fail(
            f"項目「{item}」は、この計画に適用する版（{shown}）にありません。その版で監査するなら --edition {framework_id}={ref.framework.edition}、"
            f"新しい版への改定なら dxcheck audit --against {ref.framework.ref}",
            f"{item} is not in the edition that applies to this plan ({shown}); use --edition {framework_id}={ref.framework.edition}, "
            f"or dxcheck audit --against {ref.framework.ref}",
        )
    applied = catalogue.get(framework_id, framework.edition)
    assert applied is not None
    found = applied.get_item(item_result.id.partition("/")[2])
    assert found is not None
    from dxcheck.framework import FrameworkRef

    pieces = item_pieces(FrameworkRef(applied, found), _lang, framework.selection)
    pieces += item_result_pieces(item_result, result.file, _lang)
    pieces += unplaced_pieces(result.document, item_result.id, result.file, _lang)
    _show(list(pieces))


@frameworks_app.callback(invoke_without_command=True)
def frameworks_list(
    ctx: typer.Context,
    output_format: Annotated[ListFormat, typer.Option("--format", "-f", help="出力形式。 Output format.")] = ListFormat.table,
    lang: LangOption = None,
) -> None:
    """国の枠組みと一覧の、収録されているすべての版。 List the frameworks and lists, every edition."""
    if ctx.invoked_subcommand is not None:
        return
    from dxcheck.framework import shipped_catalogue
    from dxcheck.report.frameworks_report import framework_object, frameworks_table

    _settings(Path.cwd(), None, lang=lang.value if lang else None)
    catalogue = shipped_catalogue()
    if output_format is ListFormat.json:
        _print_json("frameworks", {"frameworks": [framework_object(f) for f in catalogue]})
        return
    _show([frameworks_table(catalogue, _lang)])


def _framework_or_exit(ref: str) -> "Framework":
    from dxcheck.framework import parse_ref, shipped_catalogue
    from dxcheck.rules import suggest

    catalogue = shipped_catalogue()
    framework = catalogue.resolve(ref)
    if framework is None:
        framework_id, edition, _ = parse_ref(ref)
        if edition is not None and catalogue.get(framework_id) is not None:
            known = [f.ref for f in catalogue.editions(framework_id)]
            _fail(f"版「{ref}」は収録されていません: {', '.join(known)}", f"no edition {ref}: {', '.join(known)}")
        known = catalogue.ids
        hint = suggest(framework_id, known)
        _fail(
            f"枠組み「{ref}」はありません: {', '.join(known)}" + (f"（もしかして {hint}？）" if hint else ""),
            f"no framework {ref}: {', '.join(known)}" + (f" (did you mean {hint}?)" if hint else ""),
        )
    return framework


@frameworks_app.command("show", cls=Command)
def frameworks_show(
    framework_id: Annotated[
        str, typer.Argument(metavar="ID", help="枠組みの ID（kanmin、dx、procedures…）、版を付けて dx@1.0。 Framework id, or id@edition.")
    ],
    output_format: Annotated[ListFormat, typer.Option("--format", "-f", help="出力形式。 Output format.")] = ListFormat.table,
    lang: LangOption = None,
) -> None:
    """ひとつの枠組みの項目を表示（版を省くと最新の版）。 List one framework's items (the newest edition unless one is named)."""
    from dxcheck.report.frameworks_report import framework_object, items_table

    _settings(Path.cwd(), None, lang=lang.value if lang else None)
    framework = _framework_or_exit(framework_id)
    if output_format is ListFormat.json:
        _print_json("framework", {"framework": framework_object(framework)})
        return
    _show([items_table(framework, _lang)])


@frameworks_app.command("diff", cls=Command)
def frameworks_diff(
    old: Annotated[str, typer.Argument(metavar="OLD", help="古い版（例: dx@1.0）。 The older edition.")],
    new: Annotated[str, typer.Argument(metavar="NEW", help="新しい版（例: dx@2.3）。 The newer edition.")],
    output_format: Annotated[ListFormat, typer.Option("--format", "-f", help="出力形式。 Output format.")] = ListFormat.table,
    lang: LangOption = None,
) -> None:
    """二つの版の違い: 加わった・名前が変わった・広がった・外れた項目、変わった目標。 What changed between two editions."""
    from dxcheck.framework import diff
    from dxcheck.report.frameworks_report import diff_object, diff_pieces

    _settings(Path.cwd(), None, lang=lang.value if lang else None)
    before, after = _framework_or_exit(old), _framework_or_exit(new)
    if before.date > after.date:
        _fail(
            f"古い版を先に書いてください: dxcheck frameworks diff {after.ref} {before.ref}",
            f"give the older edition first: {after.ref} {before.ref}",
        )
    if before.id != after.id:
        _fail(
            f"別の枠組みの版は比べられません: {before.ref} と {after.ref}",
            f"cannot compare editions of different frameworks: {before.ref}, {after.ref}",
        )
    from dxcheck.framework import shipped_catalogue

    changes = diff(shipped_catalogue(), before, after)
    if output_format is ListFormat.json:
        _print_json("framework-diff", diff_object(before, after, changes))
        return
    _show(list(diff_pieces(before, after, changes, _lang)))


@app.command(cls=Command)
def schema(
    name: Annotated[
        SchemaName, typer.Argument(help="plan（計画ファイル）、framework、audit（監査の JSON 出力）。 Which schema.")
    ] = SchemaName.plan,
    output: OutputOption = None,
    lang: LangOption = None,
) -> None:
    """計画ファイルの JSON Schema を表示（エディタの補完・検証用）。 Print the plan's JSON Schema."""
    from dxcheck.report.output import to_file
    from dxcheck.resources import schema_path

    _settings(Path.cwd(), None, lang=lang.value if lang else None)
    text = schema_path(name.value).read_text(encoding="utf-8")
    if output is None:
        with _stdout():
            sys.stdout.write(text)
        return
    try:
        to_file(output, text)
    except formats.ReportError as exc:
        _fail(exc.ja, exc.en)
    _wrote(output)


@app.command(cls=Command)
def rules(
    code: Annotated[str | None, typer.Argument(help="ルールのコード（例: DX301）。省くと全部。 A rule code; all when omitted.")] = None,
    output_format: Annotated[RulesFormat, typer.Option("--format", "-f", help="出力形式。 Output format.")] = RulesFormat.table,
    lang: LangOption = None,
) -> None:
    """検査ルールの一覧と対処。 List the rules: code, severity, what to do."""
    from dxcheck import rules as catalogue
    from dxcheck.report.rules_report import rules_json, rules_markdown, rules_table

    _settings(Path.cwd(), None, lang=lang.value if lang else None)
    selected = list(catalogue.ALL)
    if code is not None:
        rule = catalogue.BY_CODE.get(code.upper())
        if rule is None:
            hint = catalogue.suggest(code.upper(), catalogue.BY_CODE)
            _fail(
                f"ルール「{code}」はありません" + (f"（もしかして {hint}？）" if hint else ""),
                f"no rule {code}" + (f" (did you mean {hint}?)" if hint else ""),
            )
        selected = [rule]
    if output_format is RulesFormat.markdown:
        with _stdout():
            sys.stdout.write(rules_markdown(selected))
    elif output_format is RulesFormat.json:
        _print_json("rules", rules_json(selected))
    else:
        _show([rules_table(selected, _lang)])


class _ClosedStream(io.TextIOBase):
    """The stream of a closed descriptor: a write fails with EBADF, or (`quiet`) goes nowhere."""

    def __init__(self, *, quiet: bool = False) -> None:
        self.quiet = quiet

    def write(self, text: str) -> int:
        if self.quiet:
            return len(text)
        raise OSError(errno.EBADF, os.strerror(errno.EBADF))

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return False


class _Unfailing(io.TextIOBase):
    """stderr, whose failures (a full disk, a reader gone) are dropped: a message that cannot be
    shown must not change what happened."""

    def __init__(self, stream: "TextIO") -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        try:
            return self.stream.write(text)
        except (OSError, ValueError):
            return len(text)

    def flush(self) -> None:
        with suppress(OSError, ValueError):
            self.stream.flush()

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return self.stream.isatty()

    def fileno(self) -> int:
        return self.stream.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self.stream.encoding

    @property
    def errors(self) -> str | None:  # type: ignore[override]
        return self.stream.errors

    def reconfigure(self, **options: Any) -> None:
        reconfigure = getattr(self.stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(**options)


def _tolerant_streams() -> None:
    """A terminal or pipe that cannot show a character (PYTHONIOENCODING=ascii, a cp932 console)
    gets a replacement character instead of a crash; files written with -o are always UTF-8.

    Unbuffered (PYTHONUNBUFFERED=1, usual in Docker and CI), stdout writes straight to the file,
    and Python's text layer ignores a short write: under `ulimit -f` a report was cut at 2,048
    bytes and dxcheck exited 0. A buffered writer under it writes everything or raises.
    """
    import io

    if sys.stdout is None:  # `dxcheck lint p.yaml >&-`: what is written to it fails, as on /dev/full
        sys.stdout = cast("TextIO", _ClosedStream())
    # Messages on stderr are said once and never change the outcome: a closed stderr (`2>&-`) is
    # not replaced by stdout, whatever opens fd 2 next, and a full one (`2>/dev/full`) does not
    # turn exit 2 into an internal error.
    sys.stderr = cast("TextIO", _Unfailing(sys.stderr)) if sys.stderr is not None else cast("TextIO", _ClosedStream(quiet=True))
    stdout = sys.stdout
    if stdout is not None and isinstance(getattr(stdout, "buffer", None), io.RawIOBase):
        sys.stdout = io.TextIOWrapper(
            io.BufferedWriter(stdout.buffer),
            encoding=stdout.encoding,
            errors=stdout.errors,
            line_buffering=True,
            write_through=True,
        )
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")


def main() -> None:
    """The console script: never a traceback, always an exit code. Signals (Ctrl-C, SIGTERM,
    SIGHUP) are turned into exit codes by dxcheck.main."""
    _tolerant_streams()
    try:
        app()
    except BrokenPipeError:
        # `dxcheck frameworks | head`: the reader left; nothing more to say, and nothing failed.
        from dxcheck.streams import discard_stdout

        discard_stdout()
        sys.exit(EXIT_OK)
    except SystemExit:
        raise
    except Exception as exc:
        from dxcheck.framework import FrameworkError

        if isinstance(exc, FrameworkError):
            print(f"dxcheck: 同梱の枠組みファイルが壊れています / a shipped framework file is broken: {exc}", file=sys.stderr)
        else:
            print(
                f"dxcheck: 内部エラー / internal error: {type(exc).__name__}: {exc}\n"
                "dxcheck の不具合です。コマンドと計画ファイルを添えて報告してください。 / This is a bug in dxcheck; please report it with the command and the plan.",
                file=sys.stderr,
            )
        sys.exit(EXIT_CANNOT_RUN)
