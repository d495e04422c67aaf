"""The command line. Thin: parse options, call the pipeline, pick the reporter, set the exit code.

Heavy imports happen inside the command that needs them, so `--version` and `--help` stay fast.
Exit codes, as ruff: 0 clean (warnings allowed), 1 findings that fail the check, 2 could not run.
"""

import sys
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from dxcheck import __version__

if TYPE_CHECKING:
    from dxcheck.audit import AuditResult
    from dxcheck.framework import FrameworkSet

EXIT_OK, EXIT_FINDINGS, EXIT_CANNOT_RUN = 0, 1, 2

app = typer.Typer(
    name="dxcheck",
    help="自治体の DX・情報化計画（YAML）を国の枠組みと照合します。 / Checks a municipal digital plan (YAML) against the national frameworks.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
frameworks_app = typer.Typer(
    help="国の枠組み（kanmin・dx・procedures）とその項目を表示します。 / Lists the national frameworks and their items.",
    no_args_is_help=False,
)
app.add_typer(frameworks_app, name="frameworks")


class Lang(StrEnum):
    ja = "ja"
    en = "en"


class ListFormat(StrEnum):
    table = "table"
    json = "json"


class LintFormat(StrEnum):
    text = "text"
    json = "json"
    sarif = "sarif"
    junit = "junit"
    github = "github"


class AuditFormat(StrEnum):
    table = "table"
    json = "json"
    sarif = "sarif"
    junit = "junit"
    github = "github"
    markdown = "markdown"
    html = "html"
    xlsx = "xlsx"
    csv = "csv"


class CompareFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    xlsx = "xlsx"
    markdown = "markdown"
    html = "html"


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


LangOption = Annotated[
    Lang,
    typer.Option("--lang", envvar="DXCHECK_LANG", help="表示言語 ja / en（環境変数 DXCHECK_LANG でも指定可）。 Output language."),
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


def _fail(message: str, code: int = EXIT_CANNOT_RUN) -> NoReturn:
    from dxcheck.console import make_console

    make_console(stderr=True).print(f"dxcheck: {message}", style="red")
    raise typer.Exit(code)


def _plan_files(paths: list[Path]) -> list[Path]:
    """The files named, with every *.yaml / *.yml of a named directory, in sorted order."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file()))
        else:
            files.append(path)
    return files


OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output", "-o", help="出力先ファイル（省略時は標準出力）。安全に書き換えます。 Write to FILE (atomically) instead of stdout."
    ),
]
ConfigOption = Annotated[
    Path | None,
    typer.Option("--config", help="設定ファイル（省略時は計画のディレクトリから上へ探す）。 Configuration file.", show_default=False),
]
IgnoreOption = Annotated[
    list[str] | None,
    typer.Option("--ignore", help="報告しないルール（複数可）。 Rule code not to report (repeatable).", show_default=False),
]
OptLang = Annotated[
    Lang | None,
    typer.Option(
        "--lang", envvar="DXCHECK_LANG", help="表示言語 ja / en（環境変数 DXCHECK_LANG でも指定可）。 Output language.", show_default="ja"
    ),
]


def _settings(start: Path, config: Path | None, **command_line: object):  # type: ignore[no-untyped-def]
    from dxcheck.config import ConfigError, resolve

    try:
        return resolve(start, dict(command_line), config)
    except ConfigError as exc:
        _fail(str(exc))


def _common_parent(paths: list[Path]) -> Path:
    if not paths:
        return Path.cwd()
    import os.path

    # abspath, not resolve(): a symlink loop must not stop the search for the configuration.
    try:
        return Path(os.path.commonpath([os.path.abspath(p) for p in paths]))
    except ValueError:
        return Path(os.path.abspath(paths[0]))


def _emit(text: str | Iterable[str], output: Path | None) -> None:
    """Write a report (whole, or in pieces as it is made) to stdout, or atomically to a file."""
    if output is None:
        for piece in [text] if isinstance(text, str) else text:
            sys.stdout.write(piece)
        return
    from dxcheck.atomic import write_atomically

    try:
        write_atomically(output, text)
    except OSError as exc:
        _fail(f"書き込めません / cannot write {output}: {exc.strerror or exc}")


def _json_ascii(output: Path | None) -> bool:
    """JSON to a file is UTF-8; to a stream that is not UTF-8, it has \\u escapes, so nothing is lost."""
    encoding = (getattr(sys.stdout, "encoding", None) or "utf-8").lower().replace("-", "").replace("_", "")
    return not (output is not None or encoding in ("utf8", "utf8sig"))


def _emit_json(document: dict[str, object], output: Path | None) -> None:
    import json

    _emit(json.dumps(document, ensure_ascii=_json_ascii(output), indent=2) + "\n", output)


def _emit_audits_json(audits: "list[AuditResult]", output: Path | None) -> None:
    """Several audits as one `dxcheck-audits` document, written town by town."""
    from itertools import chain

    from dxcheck.audit import audit_set_json

    _emit(chain(audit_set_json(audits, ensure_ascii=_json_ascii(output)), ["\n"]), output)


def _emit_bytes(data: bytes, output: Path | None, what: str) -> None:
    """Binary reports go to a file; to stdout only when it is not a terminal."""
    if output is None:
        if sys.stdout.isatty():
            _fail(f"{what} はバイナリです。-o ファイル名 を指定してください / {what} is binary: give -o FILE")
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        return
    from dxcheck.atomic import write_atomically

    try:
        write_atomically(output, data)
    except OSError as exc:
        _fail(f"書き込めません / cannot write {output}: {exc.strerror or exc}")


def _export(audits, output_format: str, output: Path | None, lang: str, *, long: bool, encoding: str) -> bool:  # type: ignore[no-untyped-def]
    """The formats that audit and compare share; False when `output_format` is not one of them."""
    if output_format == "markdown":
        from dxcheck.report import markdown_report

        text = markdown_report.render_audit(audits[0], lang) if len(audits) == 1 else markdown_report.render_comparison(audits, lang)
        _emit(text, output)
    elif output_format == "html":
        from dxcheck.report import html_report

        _emit(html_report.render(audits, lang), output)
    elif output_format == "xlsx":
        from dxcheck.report import xlsx_report

        _emit_bytes(xlsx_report.render(audits, lang), output, "xlsx")
    elif output_format == "csv":
        from dxcheck.report import csv_report

        try:
            data = csv_report.encode(csv_report.render(audits, long=long), encoding)
        except csv_report.EncodingProblem as exc:
            _fail(str(exc))
        _emit_bytes(data, output, "csv") if output is not None or not sys.stdout.isatty() else sys.stdout.write(data.decode(encoding))
    else:
        return False
    return True


def _render_text(draw, output: Path | None) -> None:  # type: ignore[no-untyped-def]
    """A rich report to the terminal, or as plain text to a file."""
    from dxcheck.console import make_console

    if output is None:
        draw(make_console())
        return
    import io

    from rich.console import Console

    buffer = io.StringIO()
    draw(Console(file=buffer, width=120, color_system=None, highlight=False, markup=False, emoji=False, soft_wrap=True))
    _emit(buffer.getvalue(), output)


@app.command()
def lint(
    plans: Annotated[
        list[Path],
        typer.Argument(help="計画ファイル（ディレクトリなら中の *.yaml すべて）。 Plan files or directories.", show_default=False),
    ],
    output_format: Annotated[LintFormat, typer.Option("--format", "-f", help="出力形式。 Output format.")] = LintFormat.text,
    output: OutputOption = None,
    ignore: IgnoreOption = None,
    config: ConfigOption = None,
    lang: OptLang = None,
) -> None:
    """計画ファイルの形式と整合性を検査します（CI 向け）。 Lint plan files: schema, ids, years, codes.

    終了コード: 0 エラーなし（警告は可）、1 エラーあり、2 実行できない（ファイルがない等）。
    Exit 0: no errors (warnings allowed); 1: errors; 2: could not run.
    """
    settings = _settings(_common_parent(plans), config, lang=lang.value if lang else None, ignore=[c.upper() for c in ignore or []])
    language = settings["lang"]
    ignored = set(settings["ignore"])
    from dxcheck.findings import finding_out
    from dxcheck.framework import shipped_frameworks
    from dxcheck.lint import check_file

    frameworks = shipped_frameworks()
    files = _plan_files(plans)
    if not files:
        _fail("検査する計画ファイルがありません（*.yaml） / no plan files to lint")
    results = [check_file(path, frameworks).findings_only() for path in files]
    for result in results:
        result.findings = [f for f in result.findings if f.code not in ignored]
    findings = [f for r in results for f in r.findings]
    unreadable = sum(1 for r in results if r.could_not_run)
    by_file = [(r.file, [finding_out(f, language) for f in r.findings]) for r in results]
    if output_format is LintFormat.json:
        from dxcheck.lint import lint_report

        _emit_json(lint_report(results, language).model_dump(mode="json"), output)
    elif output_format is LintFormat.sarif:
        from dxcheck.report import sarif

        _emit(sarif.render(by_file, language), output)
    elif output_format is LintFormat.junit:
        from dxcheck.report import junit

        _emit(junit.render_lint(by_file, language), output)
    elif output_format is LintFormat.github:
        from dxcheck.report import github

        _emit(github.render(by_file, language), output)
    else:
        from dxcheck.report.diagnostics import print_findings, summary_line

        def draw(console):  # type: ignore[no-untyped-def]
            print_findings(console, findings, language)
            console.print(summary_line(len(results), findings, language, unreadable))

        _render_text(draw, output)
    if unreadable:
        raise typer.Exit(EXIT_CANNOT_RUN)
    raise typer.Exit(EXIT_FINDINGS if any(r.errors for r in results) else EXIT_OK)


def _audited(frameworks: "FrameworkSet", chosen: list[str] | None) -> "FrameworkSet | None":
    """The frameworks the `frameworks` setting names (None: all); an unknown id stops the command."""
    if chosen is None:
        return None
    from dxcheck.framework import FrameworkSet

    unknown = [f for f in chosen if frameworks.get(f) is None]
    if unknown:
        _fail(f"設定 frameworks に不明な枠組み / unknown frameworks in settings: {', '.join(unknown)}")
    return FrameworkSet([f for f in frameworks if f.id in chosen])


def _audit_or_exit(path: Path, frameworks: "FrameworkSet", lang: Lang, **options: Any) -> "AuditResult":
    """One plan's audit for audit/explain; exit 2 (unreadable) or 1 (not a valid plan) when it cannot be audited."""
    from dxcheck.compare import audit_one

    outcome = audit_one(path, frameworks, lang=lang.value, **options)
    if not isinstance(outcome, tuple):
        return outcome
    _, findings, could_not_run = outcome
    from dxcheck.console import make_console
    from dxcheck.report.diagnostics import print_findings

    console = make_console(stderr=True)
    print_findings(console, findings, lang.value)
    console.print(
        "監査できません: 計画ファイルを直してください（dxcheck lint で確認できます）"
        if lang is Lang.ja
        else "cannot audit: fix the plan file first (see dxcheck lint)",
        style="red",
    )
    raise typer.Exit(EXIT_CANNOT_RUN if could_not_run else EXIT_FINDINGS)


@app.command()
def audit(
    plans: Annotated[list[Path], typer.Argument(metavar="PLAN...", help="計画ファイル。 The plan file(s).", show_default=False)],
    output_format: Annotated[AuditFormat, typer.Option("--format", "-f", help="出力形式。 Output format.")] = AuditFormat.table,
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
    infer: Annotated[
        bool | None,
        typer.Option(
            "--infer/--no-infer", help="addresses のない施策の本文から項目を推定する。 Infer links from text.", show_default="infer"
        ),
    ] = None,
    ignore: IgnoreOption = None,
    config: ConfigOption = None,
    lang: OptLang = None,
) -> None:
    """計画が国の各項目に取り組んでいるかを監査し、不足を示します。 Audit a plan: coverage, gaps, scores.

    終了コード: 0 基準を満たす、1 満たさない、2 実行できない。 Exit 0: meets the bar; 1: does not; 2: could not run.
    """
    settings = _settings(
        _common_parent(plans),
        config,
        lang=lang.value if lang else None,
        ignore=[c.upper() for c in ignore or []],
        infer=infer,
        **{"fail-on": fail_on.value if fail_on else None, "min-score": min_score},
    )
    language = Lang(settings["lang"])
    from dxcheck.framework import shipped_frameworks

    frameworks = shipped_frameworks()
    audited = _audited(frameworks, settings["frameworks"])
    results = [
        _audit_or_exit(
            path,
            frameworks,
            language,
            audited=audited,
            infer=settings["infer"],
            fail_on=settings["fail-on"],
            min_score=settings["min-score"],
            ignore=frozenset(settings["ignore"]),
        )
        for path in plans
    ]
    by_file = [(r.file, r.findings) for r in results]
    if output_format is AuditFormat.json:
        from dxcheck.audit import as_json

        if len(results) == 1:
            _emit_json(as_json(results[0]), output)
        else:
            _emit_audits_json(results, output)
    elif output_format is AuditFormat.sarif:
        from dxcheck.report import sarif

        _emit(sarif.render(by_file, language.value), output)
    elif output_format is AuditFormat.junit:
        from dxcheck.report import junit

        _emit(junit.render_audit(results, language.value), output)
    elif output_format is AuditFormat.github:
        from dxcheck.report import github

        _emit(github.render(by_file, language.value), output)
    elif _export(results, output_format.value, output, language.value, long=True, encoding="utf-8-sig"):
        pass
    else:
        from dxcheck.report.audit_table import print_audit

        def draw(console):  # type: ignore[no-untyped-def]
            for n, result in enumerate(results):
                if n:
                    console.print()
                print_audit(console, result, language.value)

        _render_text(draw, output)
    raise typer.Exit(EXIT_OK if all(r.passed for r in results) else EXIT_FINDINGS)


@app.command()
def compare(
    plans: Annotated[
        list[str],
        typer.Argument(
            metavar="PLAN_OR_DIR...",
            help='計画ファイル、ディレクトリ、glob（"plans/*.yaml"）。 Files, directories, globs.',
            show_default=False,
        ),
    ],
    output_format: Annotated[CompareFormat, typer.Option("--format", "-f", help="出力形式。 Output format.")] = CompareFormat.table,
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
    ignore: IgnoreOption = None,
    config: ConfigOption = None,
    lang: OptLang = None,
) -> None:
    """複数の自治体の計画を比較します（自治体×項目の表、スコア、手続）。 Compare towns: a matrix of towns × items.

    読めない計画は報告して飛ばし、残りを比較します（最後に終了コード 1）。 A plan that cannot be read is reported and skipped (exit 1).
    """
    from dxcheck.compare import compare as run_compare
    from dxcheck.compare import default_jobs, plan_paths, sort_audits
    from dxcheck.framework import shipped_frameworks

    paths = plan_paths(plans)
    if not paths:
        _fail("比較する計画ファイルがありません / no plan files to compare")
    settings = _settings(
        _common_parent(paths), config, lang=lang.value if lang else None, ignore=[c.upper() for c in ignore or []], infer=infer
    )
    language = settings["lang"]
    frameworks = shipped_frameworks()
    audited = _audited(frameworks, settings["frameworks"])
    common = {
        "infer": settings["infer"],
        "fail_on": settings["fail-on"],
        "min_score": settings["min-score"],
        "lang": language,
        "ignore": frozenset(settings["ignore"]),
        "audited": audited,
        "jobs": jobs or default_jobs(),
        # The terminal matrix needs verdicts and scores; JSON and the exports show the evidence too.
        "evidence": output_format is not CompareFormat.table,
    }
    if sys.stderr.isatty() and len(paths) > 1:
        from rich.progress import Progress

        from dxcheck.console import make_console

        with Progress(console=make_console(stderr=True), transient=True) as progress:
            task = progress.add_task("監査中 / auditing", total=len(paths))
            comparison = run_compare(paths, frameworks, advance=lambda: progress.advance(task), **common)
    else:
        comparison = run_compare(paths, frameworks, **common)
    if comparison.failed:
        from dxcheck.console import make_console
        from dxcheck.report.diagnostics import print_findings

        console = make_console(stderr=True)
        for file, findings, _ in comparison.failed:
            print_findings(console, findings, language)
            console.print(f"{file}: 比較から外しました / skipped", style="red")
    audits = sort_audits(comparison.audits, sort.value)
    if not audits:
        _fail("比較できる計画がありません / no plan could be compared")
    if output_format is CompareFormat.json:
        _emit_audits_json(audits, output)
    elif not _export(audits, output_format.value, output, language, long=long, encoding=encoding.value):
        from dxcheck.report.compare_table import print_comparison

        _render_text(lambda console: print_comparison(console, audits, language), output)
    if any(could_not_run for _, _, could_not_run in comparison.failed) and not audits:
        raise typer.Exit(EXIT_CANNOT_RUN)
    raise typer.Exit(EXIT_FINDINGS if comparison.failed else EXIT_OK)


@app.command("config")
def show_config(
    path: Annotated[
        Path | None, typer.Argument(help="計画ファイルかディレクトリ（省略時は現在のディレクトリ）。 Where to look from.")
    ] = None,
    output_format: Annotated[ListFormat, typer.Option("--format", "-f", help="出力形式。 Output format.")] = ListFormat.table,
    config: ConfigOption = None,
) -> None:
    """有効な設定とその出どころを表示します。 Show the settings in force and where each comes from."""
    settings = _settings(path or Path.cwd(), config)
    if output_format is ListFormat.json:
        from dxcheck.report.json_report import envelope

        body = {
            "file": str(settings.file) if settings.file else None,
            "settings": {k: {"value": v, "source": settings.sources[k]} for k, v in settings.values.items()},
        }
        _emit_json(envelope("config", body), None)
        return
    from rich.table import Table

    from dxcheck.console import make_console

    table = Table(title=f"dxcheck settings ({settings.file or 'no configuration file'})", title_justify="left")
    for header in ("setting", "value", "source"):
        table.add_column(header)
    for key, value in settings.values.items():
        table.add_row(key, "—" if value is None else str(value), settings.sources[key])
    make_console().print(table)


@app.command("fmt")
def format_plans(
    plans: Annotated[
        list[Path],
        typer.Argument(help="計画ファイル（ディレクトリなら中の *.yaml すべて）。 Plan files or directories.", show_default=False),
    ],
    check: Annotated[
        bool,
        typer.Option(
            "--check", help="書き換えず、差分を表示し、整形が必要なら終了コード 1。 Change nothing; show a diff; exit 1 if unformatted."
        ),
    ] = False,
) -> None:
    """計画ファイルを正規の形に整えます（コメントと本文はそのまま）。 Format plans: key order, indentation, fiscal years, ids.

    安全に書き換えます（一時ファイルに書いてから置き換え）。 Files are written atomically.
    """
    import difflib

    from dxcheck.atomic import write_atomically
    from dxcheck.console import make_console
    from dxcheck.fmt import FormatError, format_text
    from dxcheck.report.diagnostics import finding_line
    from dxcheck.source import UTF8_BOM, SourceError, parse_yaml, read_source

    console, errors = make_console(stderr=True), make_console()
    files = _plan_files(plans)
    if not files:
        _fail("整形する計画ファイルがありません（*.yaml） / no plan files to format")
    changed = failed = unreadable = 0
    for path in files:
        try:
            source = read_source(path)
            parse_yaml(source)  # broken YAML, duplicate keys, tags: the same located findings as lint
            text = source.text.replace("\r\n", "\n")
            formatted = format_text(text)
        except SourceError as exc:
            errors.print(finding_line(exc.finding, "ja"))
            unreadable += exc.could_not_run
            failed += 1
            continue
        except FormatError as exc:
            console.print(f"{path}: 整形できません / cannot format: {exc}", style="red")
            failed += 1
            continue
        except Exception as exc:
            console.print(
                f"{path}: 整形できません（dxcheck lint で確認） / cannot format (see dxcheck lint): {type(exc).__name__}", style="red"
            )
            failed += 1
            continue
        if formatted == text:
            continue
        changed += 1
        if check:
            diff = difflib.unified_diff(
                text.splitlines(keepends=True), formatted.splitlines(keepends=True), f"{path}", f"{path} (formatted)"
            )
            sys.stdout.write("".join(diff))
            continue
        newline = "\r\n" if "\r\n" in source.text else "\n"
        payload = formatted.replace("\n", newline).encode("utf-8")
        write_atomically(path, (UTF8_BOM if source.had_bom else b"") + payload)
        console.print(f"整形しました / formatted: {path}")
    verb = "整形が必要" if check else "整形"
    console.print(f"{len(files)} ファイル: {verb} {changed} 件" + (f"、失敗 {failed} 件" if failed else ""))
    if unreadable:
        raise typer.Exit(EXIT_CANNOT_RUN)
    raise typer.Exit(EXIT_FINDINGS if failed or (check and changed) else EXIT_OK)


@app.command()
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
            "--schema", help="エディタ用の $schema（省略時は同梱のスキーマファイル）。 $schema for the editor.", show_default=False
        ),
    ] = None,
) -> None:
    """新しい計画ファイルの雛形を作ります。 Write a starter plan, every national item listed as a comment."""
    from dxcheck.atomic import write_atomically
    from dxcheck.framework import shipped_frameworks
    from dxcheck.municipality import code_is_valid, prefecture_of, with_check_digit
    from dxcheck.resources import schema_path
    from dxcheck.scaffold import starter_plan

    if code is not None:
        code = code.strip()
        if len(code) == 5 and code.isdigit():
            code = with_check_digit(code)
        if not code_is_valid(code):
            _fail(f"団体コード「{code}」が正しくありません（6桁、最後はチェックディジット） / invalid municipality code {code}")
    if output.exists() and not force:
        _fail(f"{output} はすでにあります。上書きするなら --force / {output} exists; use --force to overwrite", EXIT_FINDINGS)
    text = starter_plan(
        shipped_frameworks(),
        schema=schema_ref or schema_path("plan").resolve().as_uri(),
        name=municipality,
        prefecture=prefecture or (prefecture_of(code) if code else None),
        code=code,
    )
    try:
        write_atomically(output, text)
    except OSError as exc:
        _fail(f"書き込めません / cannot write {output}: {exc.strerror or exc}")
    print(f"{output} を作りました。次は: dxcheck lint {output} / wrote {output}")


@app.command()
def explain(
    item: Annotated[str, typer.Argument(metavar="ITEM", help="項目 ID（例: dx/telework）。 Qualified item id.")],
    plan: Annotated[Path | None, typer.Argument(help="計画ファイル（省略可）。 A plan, to see its evidence.", show_default=False)] = None,
    infer: Annotated[bool, typer.Option("--infer/--no-infer", help="本文から項目を推定する。 Infer links from text.")] = True,
    lang: LangOption = Lang.ja,
) -> None:
    """項目の説明と、計画のどの施策が根拠か（一致した語）。 Explain an item and, given a plan, its evidence."""
    from dxcheck.console import make_console
    from dxcheck.findings import suggest
    from dxcheck.framework import shipped_frameworks
    from dxcheck.report.explain_report import print_item, print_item_result

    frameworks = shipped_frameworks()
    ref = frameworks.item(item)
    if ref is None:
        hint = suggest(item, frameworks.item_ids)
        _fail(
            f"項目「{item}」はありません / no item {item}"
            + (f"（もしかして {hint}？ / did you mean {hint}?）" if hint else "（dxcheck frameworks show で一覧）")
        )
    console = make_console()
    print_item(console, ref, lang.value)
    if plan is None:
        return
    result = _audit_or_exit(plan, frameworks, lang, infer=infer)
    item_result = next(i for f in result.frameworks for i in f.items if i.id == ref.id)
    print_item_result(console, item_result, result.file, lang.value)


@frameworks_app.callback(invoke_without_command=True)
def frameworks_list(
    ctx: typer.Context,
    output_format: Annotated[ListFormat, typer.Option("--format", "-f", help="出力形式。 Output format.")] = ListFormat.table,
    lang: LangOption = Lang.ja,
) -> None:
    """国の枠組みの一覧。 List the frameworks."""
    if ctx.invoked_subcommand is not None:
        return
    from dxcheck.framework import shipped_frameworks

    frameworks = shipped_frameworks()
    if output_format is ListFormat.json:
        from dxcheck.report.frameworks_report import framework_object
        from dxcheck.report.json_report import envelope

        _emit_json(envelope("frameworks", {"frameworks": [framework_object(f) for f in frameworks]}), None)
        return
    from dxcheck.console import make_console
    from dxcheck.report.frameworks_report import print_frameworks

    print_frameworks(make_console(), frameworks, lang.value)


@frameworks_app.command("show")
def frameworks_show(
    framework_id: Annotated[str, typer.Argument(metavar="ID", help="枠組みの ID（kanmin、dx、procedures）。 Framework id.")],
    output_format: Annotated[ListFormat, typer.Option("--format", "-f", help="出力形式。 Output format.")] = ListFormat.table,
    lang: LangOption = Lang.ja,
) -> None:
    """ひとつの枠組みの項目を表示。 List one framework's items."""
    from dxcheck.findings import suggest
    from dxcheck.framework import shipped_frameworks

    frameworks = shipped_frameworks()
    framework = frameworks.get(framework_id)
    if framework is None:
        known = [f.id for f in frameworks]
        hint = suggest(framework_id, known)
        extra = f"（もしかして {hint}？） / did you mean {hint}?" if hint else ""
        _fail(f"枠組み「{framework_id}」はありません: {', '.join(known)} {extra}".rstrip())
    if output_format is ListFormat.json:
        from dxcheck.report.frameworks_report import framework_object
        from dxcheck.report.json_report import envelope

        _emit_json(envelope("framework", {"framework": framework_object(framework)}), None)
        return
    from dxcheck.console import make_console
    from dxcheck.report.frameworks_report import print_framework

    print_framework(make_console(), framework, lang.value)


@app.command()
def schema(
    name: Annotated[
        SchemaName, typer.Argument(help="plan（計画ファイル）、framework、audit（監査の JSON 出力）。 Which schema.")
    ] = SchemaName.plan,
) -> None:
    """計画ファイルの JSON Schema を表示（エディタの補完・検証用）。 Print the plan's JSON Schema."""
    from dxcheck.resources import schema_path

    sys.stdout.write(schema_path(name.value).read_text(encoding="utf-8"))


@app.command()
def rules(
    code: Annotated[str | None, typer.Argument(help="ルールのコード（例: DX301）。省くと全部。 A rule code; all when omitted.")] = None,
    output_format: Annotated[RulesFormat, typer.Option("--format", "-f", help="出力形式。 Output format.")] = RulesFormat.table,
    lang: LangOption = Lang.ja,
) -> None:
    """検査ルールの一覧と対処。 List the rules: code, severity, what to do."""
    from dxcheck.findings import RULES, suggest

    selected = list(RULES.values())
    if code is not None:
        rule = RULES.get(code.upper())
        if rule is None:
            hint = suggest(code.upper(), RULES)
            _fail(f"ルール「{code}」はありません / no rule {code}" + (f"（もしかして {hint}？）" if hint else ""))
        selected = [rule]
    if output_format is RulesFormat.markdown:
        from dxcheck.report.rules_report import rules_markdown

        sys.stdout.write(rules_markdown())
        return
    if output_format is RulesFormat.json:
        from dxcheck.report.json_report import envelope

        rules_json = [
            {
                "code": r.code,
                "name": r.name,
                "severity": r.severity.value,
                "summary_ja": r.summary_ja,
                "summary_en": r.summary_en,
                "help_ja": r.help_ja,
                "help_en": r.help_en,
            }
            for r in selected
        ]
        _emit_json(envelope("rules", {"rules": rules_json}), None)
        return
    from dxcheck.console import make_console
    from dxcheck.report.rules_report import rules_table

    make_console().print(rules_table(selected, lang.value))


def _tolerant_streams() -> None:
    """A terminal or pipe that cannot show a character (PYTHONIOENCODING=ascii, a cp932 console)
    gets a replacement character instead of a crash; files written with -o are always UTF-8."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")


def main() -> None:
    """The console script: never a traceback, always an exit code."""
    _tolerant_streams()
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        # `dxcheck lint … | head`: the reader left; nothing more to say.
        sys.stderr.close()
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
