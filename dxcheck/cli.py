"""The command line. Thin: parse options, call the pipeline, pick the reporter, set the exit code.

Heavy imports happen inside the command that needs them, so `--version` and `--help` stay fast.
Exit codes, as ruff: 0 clean (warnings allowed), 1 findings that fail the check, 2 could not run.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from dxcheck import __version__

if TYPE_CHECKING:
    from dxcheck.framework import FrameworkSet
    from dxcheck.lint import PlanCheck
    from dxcheck.plan import Plan
    from dxcheck.source import SourceText

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


class AuditFormat(StrEnum):
    table = "table"
    json = "json"


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


@app.command()
def lint(
    plans: Annotated[
        list[Path],
        typer.Argument(help="計画ファイル（ディレクトリなら中の *.yaml すべて）。 Plan files or directories.", show_default=False),
    ],
    output_format: Annotated[LintFormat, typer.Option("--format", "-f", help="出力形式。 Output format.")] = LintFormat.text,
    lang: LangOption = Lang.ja,
) -> None:
    """計画ファイルの形式と整合性を検査します（CI 向け）。 Lint plan files: schema, ids, years, codes.

    終了コード: 0 エラーなし（警告は可）、1 エラーあり、2 実行できない（ファイルがない等）。
    Exit 0: no errors (warnings allowed); 1: errors; 2: could not run.
    """
    from dxcheck.framework import shipped_frameworks
    from dxcheck.lint import check_file

    frameworks = shipped_frameworks()
    files = _plan_files(plans)
    if not files:
        _fail("検査する計画ファイルがありません（*.yaml） / no plan files to lint")
    results = [check_file(path, frameworks) for path in files]
    findings = [f for r in results for f in r.findings]
    unreadable = sum(1 for r in results if r.could_not_run)
    if output_format is LintFormat.json:
        from dxcheck.findings import Severity, count_by_severity
        from dxcheck.report.json_report import dumps, envelope, finding_object

        counts = count_by_severity(findings)
        document = envelope(
            "lint",
            {
                "files": [
                    {
                        "file": r.file,
                        "status": "unreadable" if r.could_not_run else ("error" if r.errors else "ok"),
                        "findings": [finding_object(f, lang.value) for f in r.findings],
                    }
                    for r in results
                ],
                "summary": {
                    "files": len(results),
                    "errors": counts[Severity.ERROR],
                    "warnings": counts[Severity.WARNING],
                    "info": counts[Severity.INFO],
                    "unreadable": unreadable,
                },
            },
        )
        sys.stdout.write(dumps(document))
    else:
        from dxcheck.console import make_console
        from dxcheck.report.diagnostics import print_findings, summary_line

        console = make_console()
        print_findings(console, findings, lang.value)
        console.print(summary_line(len(results), findings, lang.value, unreadable))
    if unreadable:
        raise typer.Exit(EXIT_CANNOT_RUN)
    raise typer.Exit(EXIT_FINDINGS if any(r.errors for r in results) else EXIT_OK)


def _checked_plan(plan: Path, lang: Lang) -> tuple[FrameworkSet, PlanCheck, Plan, SourceText]:
    """Load and lint one plan for audit/explain; exit 2 (unreadable) or 1 (not a valid plan) when it cannot be audited."""
    from dxcheck.framework import shipped_frameworks
    from dxcheck.lint import check_file

    frameworks = shipped_frameworks()
    check = check_file(plan, frameworks)
    if check.plan is None or check.source is None:
        from dxcheck.console import make_console
        from dxcheck.report.diagnostics import print_findings

        console = make_console(stderr=True)
        print_findings(console, check.findings, lang.value)
        console.print(
            "監査できません: 計画ファイルを直してください（dxcheck lint で確認できます）"
            if lang is Lang.ja
            else "cannot audit: fix the plan file first (see dxcheck lint)",
            style="red",
        )
        raise typer.Exit(EXIT_CANNOT_RUN if check.could_not_run else EXIT_FINDINGS)
    return frameworks, check, check.plan, check.source


@app.command()
def audit(
    plan: Annotated[Path, typer.Argument(help="計画ファイル。 The plan file.", show_default=False)],
    output_format: Annotated[AuditFormat, typer.Option("--format", "-f", help="出力形式。 Output format.")] = AuditFormat.table,
    fail_on: Annotated[
        FailOn,
        typer.Option(
            "--fail-on", help="終了コード 1 にする状況: missing（必須項目に取組なし）、partial（一部も）、never。 When to exit 1."
        ),
    ] = FailOn.missing,
    min_score: Annotated[
        float | None, typer.Option("--min-score", min=0, max=100, help="総合スコアの下限（0〜100）。 Minimum overall score.")
    ] = None,
    infer: Annotated[
        bool, typer.Option("--infer/--no-infer", help="addresses のない施策の本文から項目を推定する。 Infer links from text.")
    ] = True,
    lang: LangOption = Lang.ja,
) -> None:
    """計画が国の各項目に取り組んでいるかを監査し、不足を示します。 Audit a plan: coverage, gaps, scores.

    終了コード: 0 基準を満たす、1 満たさない、2 実行できない。 Exit 0: meets the bar; 1: does not; 2: could not run.
    """
    from dxcheck.audit import audit as run_audit
    from dxcheck.source import PositionIndex

    frameworks, check, typed_plan, source = _checked_plan(plan, lang)
    index = PositionIndex.for_source(source)
    result = run_audit(
        typed_plan,
        frameworks,
        file=check.file,
        locate=index.locate,
        lint_findings=check.findings,
        infer=infer,
        fail_on=fail_on.value,
        min_score=min_score,
        lang=lang.value,
    )
    if output_format is AuditFormat.json:
        from dxcheck.report.json_report import dumps

        sys.stdout.write(dumps(result.model_dump(mode="json")))
    else:
        from dxcheck.console import make_console
        from dxcheck.report.audit_table import print_audit

        print_audit(make_console(), result, lang.value)
    raise typer.Exit(EXIT_OK if result.passed else EXIT_FINDINGS)


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
    from dxcheck.audit import audit as run_audit
    from dxcheck.source import PositionIndex

    _, check, typed_plan, source = _checked_plan(plan, lang)
    result = run_audit(typed_plan, frameworks, file=check.file, locate=PositionIndex.for_source(source).locate, infer=infer)
    item_result = next(i for f in result.frameworks for i in f.items if i.id == ref.id)
    print_item_result(console, item_result, check.file, lang.value)


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
        from dxcheck.report.json_report import dumps, envelope

        sys.stdout.write(dumps(envelope("frameworks", {"frameworks": [framework_object(f) for f in frameworks]})))
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
        from dxcheck.report.json_report import dumps, envelope

        sys.stdout.write(dumps(envelope("framework", {"framework": framework_object(framework)})))
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
        from dxcheck.report.json_report import dumps, envelope

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
        sys.stdout.write(dumps(envelope("rules", {"rules": rules_json})))
        return
    from dxcheck.console import make_console
    from dxcheck.report.rules_report import rules_table

    make_console().print(rules_table(selected, lang.value))


def main() -> None:
    """The console script: never a traceback, always an exit code."""
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
