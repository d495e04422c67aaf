"""The command line's declarations: the commands, their options and help, and one call each: the
invocation (options, configuration, environment resolved once) handed to the command's run function.
The run modules import what they need when they run, so `--help` loads typer and little else.
"""

from pathlib import Path

import typer

import dxcheck.cli.options as o
from dxcheck.cli.invocation import invocation
from dxcheck.cli.run_audit import run_audit
from dxcheck.cli.run_compare import run_compare
from dxcheck.cli.run_config import run_config
from dxcheck.cli.run_diff import run_diff
from dxcheck.cli.run_explain import run_explain
from dxcheck.cli.run_fmt import run_fmt
from dxcheck.cli.run_frameworks import run_frameworks, run_frameworks_check, run_frameworks_diff, run_frameworks_show
from dxcheck.cli.run_import import run_import
from dxcheck.cli.run_init import run_init
from dxcheck.cli.run_lint import run_lint
from dxcheck.cli.run_rules import run_rules
from dxcheck.cli.run_schema import run_schema
from dxcheck.cli.usage import Command, Group
from dxcheck.files.streams import is_stdin

app = typer.Typer(
    cls=Group,  # usage errors and help in dxcheck's words (dxcheck.cli.usage)
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


@app.callback()
def _root(version: bool = o.VERSION) -> None:
    """dxcheck: 自治体の計画を国の枠組みと照合する / check municipal plans against national frameworks."""


@app.command(cls=Command)
def lint(
    ctx: typer.Context,
    plans: list[str] = o.PLANS,
    output_format: str | None = o.LINT_FORMAT,
    output: Path | None = o.OUTPUT,
    force: bool = o.FORCE,
    ignore: list[str] | None = o.IGNORE,
    quiet: bool = o.QUIET,
    summary: bool = o.SUMMARY,
    verbose: bool = o.VERBOSE,
    edition: list[str] | None = o.EDITION,
    config: Path | None = o.CONFIG,
    frameworks_dir: o.Dirs = o.FRAMEWORKS_DIR,
    lang: o.Lang | None = o.LANG,
    jobs: int | None = o.LINT_JOBS,
) -> int:
    """計画ファイルの形式と整合性を検査します（CI 向け）。 Lint plan files: schema, ids, years, codes.

    終了コード: 0 エラーなし（警告は可）、1 エラーあり、2 実行できない（ファイルがない等）。
    Exit 0: no errors (warnings allowed); 1: errors; 2: could not run.
    """
    return run_lint(
        invocation(ctx, lang, config=config, plans=plans, ignore=ignore, edition=edition),
        o.ReportOptions(output_format, output, force, quiet, summary, verbose),
        jobs=jobs,
    )


@app.command(cls=Command)
def audit(
    ctx: typer.Context,
    plans: list[str] = o.PLANS,
    output_format: str | None = o.AUDIT_FORMAT,
    output: Path | None = o.OUTPUT,
    fail_on: o.FailOn | None = o.FAIL_ON,
    min_score: float | None = o.MIN_SCORE,
    procedures: bool | None = o.REQUIRE_PROCEDURES,
    no_procedures: bool | None = o.NO_REQUIRE_PROCEDURES,
    infer: bool | None = o.INFER,
    full: bool = o.FULL,
    force: bool = o.FORCE,
    ignore: list[str] | None = o.IGNORE,
    quiet: bool = o.QUIET,
    summary: bool = o.SUMMARY,
    verbose: bool = o.VERBOSE,
    edition: list[str] | None = o.EDITION,
    against: list[str] | None = o.AGAINST,
    accept_reading: bool = o.ACCEPT_READING,
    config: Path | None = o.CONFIG,
    frameworks_dir: o.Dirs = o.FRAMEWORKS_DIR,
    lang: o.Lang | None = o.LANG,
) -> int:
    """計画が国の各項目に取り組んでいるかを監査し、不足を示します。 Audit a plan: coverage, gaps, scores.

    終了コード: 0 基準を満たす、1 満たさない、2 実行できない（計画書の読み取りが不確かなときも。--accept-reading で判定を示す）。
    Exit 0: meets the bar; 1: does not; 2: could not run (also when a document's reading looks broken, unless --accept-reading).
    """
    return run_audit(
        invocation(
            ctx,
            lang,
            config=config,
            plans=plans,
            ignore=ignore,
            infer=infer,
            edition=edition,
            bar=(fail_on, min_score, False if no_procedures else procedures),
        ),
        o.ReportOptions(output_format, output, force, quiet, summary, verbose, full),
        against=against,
        accept_reading=accept_reading,
    )


@app.command(cls=Command)
def compare(
    ctx: typer.Context,
    plans: list[str] = o.PLANS,
    output_format: str | None = o.COMPARE_FORMAT,
    output: Path | None = o.OUTPUT,
    sort: o.SortBy = o.SORT,
    long: bool = o.LONG,
    documents: bool = o.DOCUMENTS,
    full: bool = o.FULL,
    encoding: o.CsvEncoding = o.ENCODING,
    jobs: int | None = o.JOBS,
    infer: bool | None = o.TEXT_INFER,
    force: bool = o.FORCE,
    ignore: list[str] | None = o.IGNORE,
    edition: list[str] | None = o.EDITION,
    accept_reading: bool = o.ACCEPT_READING,
    config: Path | None = o.CONFIG,
    frameworks_dir: o.Dirs = o.FRAMEWORKS_DIR,
    lang: o.Lang | None = o.LANG,
) -> int:
    """複数の自治体の計画を比較します（自治体×項目の表、スコア、手続）。 Compare towns: a matrix of towns × items.

    読めない計画・読み取りが不確かな計画書は報告して飛ばし、残りを比較します（最後に終了コード 1）。 A plan that cannot be read, or a document whose reading looks broken (unless --accept-reading), is reported and skipped (exit 1).
    各自治体はそれぞれに適用する版で監査し、表に版を示します（--edition で全体を統一）。 Each town is audited with its own edition (the matrix says which) unless --edition sets one.
    """
    return run_compare(
        invocation(ctx, lang, config=config, plans=plans, ignore=ignore, infer=infer, edition=edition, documents=documents),
        o.ReportOptions(output_format, output, force, full=full),
        sort=sort.value,
        long=long,
        encoding=encoding.value,
        jobs=jobs,
        encoding_given=getattr(ctx.get_parameter_source("encoding"), "name", "DEFAULT") != "DEFAULT",  # typed: checked
        accept_reading=accept_reading,
    )


@app.command(cls=Command)
def diff(
    ctx: typer.Context,
    old: Path = o.OLD,
    new: Path | None = o.NEW,
    rev: list[str] | None = o.REV,
    output_format: str | None = o.DIFF_FORMAT,
    output: Path | None = o.OUTPUT,
    force: bool = o.FORCE,
    fail_on_loss: bool = o.FAIL_ON_LOSS,
    infer: bool | None = o.INFER,
    config: Path | None = o.CONFIG,
    frameworks_dir: o.Dirs = o.FRAMEWORKS_DIR,
    lang: o.Lang | None = o.LANG,
) -> int:
    """計画の二つの版を比べます: 国の項目の状況（● → ○ は後退）、施策の追加・削除・名称変更・内容、KPI、手続、スコア。
    Compare two versions of a plan: items lost and gained, measures, KPIs, procedures, scores.

    施策は ID で、次に題名の類似で対応づけ、どちらで対応したかを示します。
    終了コード: 0 後退なし（--fail-on-loss がなければ常に 0）、1 後退あり（--fail-on-loss）、2 実行できない。
    Exit 0: no loss (always, without --fail-on-loss); 1: a loss, with --fail-on-loss; 2: could not run.
    """
    return run_diff(
        # the settings of the version under review: from the newer file's folder, not the folder the two share (see run_diff)
        invocation(ctx, lang, config=config, start=[new if new is not None and not is_stdin(new) else old], infer=infer),
        o.ReportOptions(output_format, output, force),
        old,
        new,
        revisions=rev or [],
        fail_on_loss=fail_on_loss,
    )


@app.command("config", cls=Command)
def show_config(
    ctx: typer.Context,
    path: Path | None = o.CONFIG_PATH,
    output_format: o.ListFormat = o.LIST_FORMAT,
    config: Path | None = o.CONFIG,
    lang: o.Lang | None = o.LANG,
) -> int:
    """有効な設定とその出どころを表示します。 Show the settings in force and where each comes from."""
    return run_config(invocation(ctx, lang, config=config, start=[path] if path is not None else []), output_format.value)


@app.command("fmt", cls=Command)
def format_plans(
    ctx: typer.Context, plans: list[str] = o.PLANS, check: bool = o.CHECK, force: bool = o.FORMAT_FORCE, lang: o.Lang | None = o.LANG
) -> int:
    """計画ファイルを正規の形に整えます（コメントと本文はそのまま）。 Format plans: key order, indentation, fiscal years, ids.

    安全に書き換えます（一時ファイルに書いてから置き換え、所有者・権限・リンクはそのまま）。書けないファイルは報告して次へ進みます。
    - は標準入力を整形して標準出力へ。 Files are written atomically, keeping owner, mode and links; a file that
    cannot be written is reported and the others are formatted (exit 2). - formats standard input to stdout.
    """
    return run_fmt(invocation(ctx, lang, plans=plans), check=check, force=force)


@app.command("import", cls=Command)
def import_document(
    ctx: typer.Context,
    document: Path = o.DOCUMENT,
    output: Path | None = o.DRAFT_OUTPUT,
    force: bool = o.OVERWRITE,
    lang: o.Lang | None = o.LANG,
) -> int:
    """計画書（Word・PDF）から計画ファイル（YAML）の下書きを作ります。 Draft a plan YAML from a Word or PDF plan.

    方針・施策の構成は見出しと番号から推定し、各方針・施策に原文のページ（行）を注記し、確かめるべき点を標準エラーに示します。audit・lint・compare は文書を直接読むこともできます。
    終了コード: 0 下書きを作った、2 文書を読めない（方針・施策が見つからない場合も）・出力先がすでにある。
    Exit 0: drafted; 2: the document cannot be read or holds no policy or measure, or the output exists.
    """
    return run_import(invocation(ctx, lang), document, output, force=force)


@app.command(cls=Command)
def init(
    ctx: typer.Context,
    municipality: str | None = o.MUNICIPALITY,
    code: str | None = o.CODE,
    prefecture: str | None = o.PREFECTURE,
    output: Path = o.INIT_OUTPUT,
    force: bool = o.OVERWRITE,
    schema_ref: str | None = o.SCHEMA,
    lang: o.Lang | None = o.LANG,
) -> int:
    """新しい計画ファイルの雛形を作ります。 Write a starter plan, every national item listed as a comment."""
    return run_init(
        invocation(ctx, lang), output, municipality=municipality, code=code, prefecture=prefecture, schema_ref=schema_ref, force=force
    )


@app.command(cls=Command)
def explain(
    ctx: typer.Context,
    item: str = o.ITEM,
    plan: Path | None = o.EXPLAIN_PLAN,
    infer: bool | None = o.EXPLAIN_INFER,
    edition: list[str] | None = o.EDITION,
    config: Path | None = o.CONFIG,
    frameworks_dir: o.Dirs = o.FRAMEWORKS_DIR,
    lang: o.Lang | None = o.LANG,
) -> int:
    """項目の説明（版・出典・国の目標・語彙）と、計画のどの施策が根拠か。 Explain an item and, given a plan, its evidence.

    計画を与えると、その計画に適用する版の項目を説明します（ITEM に版を付けるとその版で監査）。
    With a plan, the item of the edition that applies to it (an edition in ITEM audits with that edition).
    ITEM may be written as plans write it: p20-03, telework, or p20 for a group of procedures.
    """
    return run_explain(
        invocation(ctx, lang, config=config, start=[plan] if plan is not None else [], infer=infer, edition=edition), item, plan
    )


@frameworks_app.callback(invoke_without_command=True)
def frameworks_list(
    ctx: typer.Context, output_format: o.ListFormat = o.LIST_FORMAT, frameworks_dir: o.Dirs = o.FRAMEWORKS_DIR, lang: o.Lang | None = o.LANG
) -> int | None:
    """国の枠組みと一覧の、すべての版と日付・出典。 List the frameworks and lists: every edition, its date and source."""
    return None if ctx.invoked_subcommand is not None else run_frameworks(invocation(ctx, lang), output_format.value)


@frameworks_app.command("show", cls=Command)
def frameworks_show(
    ctx: typer.Context,
    framework_id: str = o.FRAMEWORK,
    output_format: o.ListFormat = o.LIST_FORMAT,
    frameworks_dir: o.Dirs = o.FRAMEWORKS_DIR,
    lang: o.Lang | None = o.LANG,
) -> int:
    """ひとつの枠組みの項目を表示（版を省くと最新の版）。 List one framework's items (the newest edition unless one is named)."""
    return run_frameworks_show(invocation(ctx, lang), framework_id, output_format.value)


@frameworks_app.command("diff", cls=Command)
def frameworks_diff(
    ctx: typer.Context,
    old: str = o.OLD_EDITION,
    new: str = o.NEW_EDITION,
    output_format: o.ListFormat = o.LIST_FORMAT,
    frameworks_dir: o.Dirs = o.FRAMEWORKS_DIR,
    lang: o.Lang | None = o.LANG,
) -> int:
    """二つの版の違い: 加わった・名前が変わった・広がった・外れた項目、変わった目標。 What changed between two editions."""
    return run_frameworks_diff(invocation(ctx, lang), old, new, output_format.value)


@frameworks_app.command("check", cls=Command)
def frameworks_check(
    ctx: typer.Context, files: list[Path] = o.FRAMEWORK_FILES, frameworks_dir: o.Dirs = o.FRAMEWORKS_DIR, lang: o.Lang | None = o.LANG
) -> int:
    """枠組みファイルを検査（file:line:col と FW コード。終了コード 2: 誤り）。 Lint framework files (exit 2 on an error)."""
    return run_frameworks_check(invocation(ctx, lang), files)


@app.command(cls=Command)
def schema(ctx: typer.Context, name: o.SchemaName = o.SCHEMA_NAME, output: Path | None = o.OUTPUT, lang: o.Lang | None = o.LANG) -> int:
    """計画ファイルの JSON Schema を表示（エディタの補完・検証用）。 Print the plan's JSON Schema."""
    return run_schema(invocation(ctx, lang), name.value, output)


@app.command(cls=Command)
def rules(
    ctx: typer.Context, code: str | None = o.RULE, output_format: o.RulesFormat = o.RULES_FORMAT, lang: o.Lang | None = o.LANG
) -> int:
    """検査ルールの一覧と対処。 List the rules: code, severity, what to do."""
    return run_rules(invocation(ctx, lang), code, output_format.value)
