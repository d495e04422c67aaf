"""The commands' options and arguments (each the default of a parameter, which typer reads: its names,
help in both languages, default) and the choices they take. Declarations only, for dxcheck.cli.app.
"""

from enum import StrEnum
from pathlib import Path
from typing import NamedTuple

import typer

from dxcheck import __version__
from dxcheck.cli.usage import format_option
from dxcheck.report import AUDIT, COMPARE, DIFF, LINT

# The choices of the options that take one of a few values (values spelt out where mypy needs their Literal).
Lang = StrEnum("Lang", "ja en")
ListFormat = StrEnum("ListFormat", {"table": "table", "json": "json"})
SortBy = StrEnum("SortBy", {"score": "score", "name": "name", "code": "code"})
CsvEncoding = StrEnum("CsvEncoding", {"utf8_sig": "utf-8-sig", "utf8": "utf-8", "cp932": "cp932"})
FailOn = StrEnum("FailOn", "missing partial never")
RulesFormat = StrEnum("RulesFormat", {"table": "table", "json": "json", "markdown": "markdown"})
SchemaName = StrEnum("SchemaName", "plan framework audit audits compare lint diff")


class ReportOptions(NamedTuple):
    """What the options of lint, audit, compare and diff say about the report: its format, where it goes, how much it shows."""

    format: str | None = None
    output: Path | None = None
    force: bool = False
    quiet: bool = False
    summary: bool = False
    verbose: bool = False
    full: bool = False  # JSON of several towns: the full contract


LINT_FORMAT = format_option(LINT)
AUDIT_FORMAT = format_option(AUDIT)
COMPARE_FORMAT = format_option(COMPARE)
DIFF_FORMAT = format_option(DIFF)
OUTPUT = typer.Option(
    None, "--output", "-o", help="出力先ファイル（省略時は標準出力）。安全に書き換えます。 Write to FILE (atomically) instead of stdout."
)
FORCE = typer.Option(
    False, "--force", help="書き込み禁止の -o ファイルも上書きする。 Overwrite a write-protected -o file.", show_default=False
)
CONFIG = typer.Option(
    None, "--config", help="設定ファイル（省略時は計画のディレクトリから上へ探す）。 Configuration file.", show_default=False
)
IGNORE = typer.Option(None, "--ignore", help="報告しないルール（複数可）。 Rule code not to report (repeatable).", show_default=False)
LANG = typer.Option(
    None, "--lang", envvar="DXCHECK_LANG", help="表示言語 ja / en（環境変数 DXCHECK_LANG でも指定可）。 Output language.", show_default="ja"
)
INFER = typer.Option(
    None, "--infer/--no-infer", help="addresses のない施策の本文から項目を推定する。 Infer links from text.", show_default="infer"
)
QUIET = typer.Option(
    False, "--quiet", "-q", help="失敗の理由だけを表示（問題がなければ何も表示しない）。 Show only what fails; nothing when all is well."
)
SUMMARY = typer.Option(False, "--summary", help="計画ごとに1行の要約。 One line per plan.")
ACCEPT_READING = typer.Option(
    False,
    "--accept-reading",
    help="計画書の読み取りが不確かでも判定を示す（読み取りを確かめたうえで）。 Give the verdicts of a document whose reading looks broken.",
)
VERBOSE = typer.Option(
    False, "--verbose", "-v", help="すべてを表示（同じ指摘もまとめない）。 Show everything: repeated findings one by one."
)
Dirs = list[Path] | None
FRAMEWORKS_DIR = typer.Option(
    None,
    "--frameworks-dir",
    metavar="DIR",
    help="加える枠組みファイルのディレクトリ（複数可）。 Framework files to add.",
    show_default=False,
)
EDITION = typer.Option(
    None,
    "--edition",
    metavar="ID=EDITION",
    help="監査に使う枠組みの版（例: dx=2.3、複数可）。計画の宣言・策定日による選択より優先。 Edition to audit with (dx=2.3), over the plan's own.",
    show_default=False,
)
PLANS = typer.Argument(
    metavar="PLAN...",
    help='計画ファイル（YAML、または計画書 .docx・.pdf・.txt）、ディレクトリ（中の *.yaml すべて）、glob（"plans/*.yaml"）。'
    " Plan files (YAML, or a .docx, PDF or text document), directories, globs.",
    show_default=False,
)


# --- options of one command ----------------------------------------------------------------------

FAIL_ON = typer.Option(
    None,
    "--fail-on",
    help="終了コード 1 にする状況: missing（必須項目に取組なし）、partial（一部も）、never。 When to exit 1.",
    show_default="missing",
)
# One name in the help: `--require-procedures/--no-require-procedures` widened the option column of
# `audit --help` until every help text ran down the right edge at 80 columns. The negative, to override
# `require-procedures = true` in a configuration, is a hidden option of its own.
REQUIRE_PROCEDURES = typer.Option(
    None,
    "--require-procedures",
    help="記載なしの優先手続も取組なしとし総合に含める。 Count unnamed procedures as missing.",
    show_default=False,
)
NO_REQUIRE_PROCEDURES = typer.Option(None, "--no-require-procedures", hidden=True, help="require-procedures = true を打ち消す。")
MIN_SCORE = typer.Option(None, "--min-score", min=0, max=100, help="総合スコアの下限（0〜100）。 Minimum overall score.")
AGAINST = typer.Option(
    None,
    "--against",
    metavar="ID@EDITION",
    help="古い版に準拠した計画を新しい版（例: dx@2.3）で監査し、改定で加える項目を示す。 Audit a plan written for an older edition against a newer one: the 改定 checklist.",
    show_default=False,
)
SORT = typer.Option(SortBy.score, "--sort", help="並べ順: score（総合スコアの高い順）、name、code。 Order of the towns.")
DOCUMENTS = typer.Option(False, "--documents", help="ディレクトリの計画書（.docx・.pdf）を比較。 Compare a directory's Word and PDF plans.")
FULL = typer.Option(False, "--full", help="JSON: 各自治体の監査結果すべて。 JSON: every town's whole audit (dxcheck-audits).")
LONG = typer.Option(False, "--long", help="CSV を自治体×項目の縦長にする。 CSV: one row per town × item.")
ENCODING = typer.Option(
    CsvEncoding.utf8_sig, "--encoding", help="CSV の文字コード（既定は BOM 付き UTF-8: Excel で文字化けしない）。 CSV encoding."
)
_JOBS_HELP = "並列に監査するプロセス数（既定は CPU コア数）。 Worker processes (default: the cores)."
JOBS = typer.Option(None, "--jobs", "-j", min=1, help=_JOBS_HELP, show_default="cores")
# dxcheck.audit.pipeline.PARALLEL_FROM: below 24 files, lint runs in its own process whatever --jobs says.
_LINT_JOBS_HELP = (
    "並列に検査するプロセス数（既定は CPU コア数。24 ファイル以上のとき）。 Worker processes (default: the cores; from 24 files on)."
)
LINT_JOBS = typer.Option(None, "--jobs", "-j", min=1, help=_LINT_JOBS_HELP, show_default="cores")
TEXT_INFER = typer.Option(None, "--infer/--no-infer", help="本文から項目を推定する。 Infer links from text.", show_default="infer")
EXPLAIN_INFER = typer.Option(None, "--infer/--no-infer", help="本文から項目を推定する。 Infer links from text.")
OLD = typer.Argument(
    metavar="OLD",
    help="前の版の計画ファイル（YAML、または計画書 .docx・.pdf・.txt）。--rev のときは比べるファイル。 The earlier version (with --rev: the file).",
    show_default=False,
)
NEW = typer.Argument(
    None, metavar="[NEW]", help="新しい版の計画ファイル（--rev のときは省く）。 The later version (omit with --rev).", show_default=False
)
REV = typer.Option(
    None,
    "--rev",
    metavar="REV",
    help="git のリビジョンの版と比べる: --rev HEAD~1 はその版と今のファイル、--rev A --rev B は A と B。"
    " Compare with the file at a git revision (twice: two revisions).",
    show_default=False,
)
FAIL_ON_LOSS = typer.Option(
    False,
    "--fail-on-loss",
    help="国の必須項目（手続を含む）の取組が後退したら終了コード 1（CI 向け）。 Exit 1 when a required item loses coverage.",
)
LIST_FORMAT = typer.Option(ListFormat.table, "--format", "-f", help="出力形式。 Output format.")
CHECK = typer.Option(
    False, "--check", help="書き換えず、差分を表示し、整形が必要なら終了コード 1。 Change nothing; show a diff; exit 1 if unformatted."
)
FORMAT_FORCE = typer.Option(
    False, "--force", help="書き込み禁止のファイルも整形する。 Format write-protected files too.", show_default=False
)
OVERWRITE = typer.Option(False, "--force", help="既存のファイルを上書きする。 Overwrite an existing file.")
DOCUMENT = typer.Argument(
    metavar="DOCUMENT",
    help="計画書: Word（.docx）、文字を持つ PDF、PDF から取り出したテキスト（.txt/.md）。 A .docx, a PDF with text, or text.",
    show_default=False,
)
DRAFT_OUTPUT = typer.Option(None, "--output", "-o", help="書き出す YAML（省略時は標準出力）。 The YAML file to write (default: stdout).")
MUNICIPALITY = typer.Option(None, "--municipality", "-m", help="団体名（例: 恵庭市）。 Municipality name.")
CODE = typer.Option(None, "--code", help="全国地方公共団体コード（6桁、5桁ならチェックディジットを補う）。 Municipality code.")
PREFECTURE = typer.Option(None, "--prefecture", help="都道府県（省略時はコードから）。 Prefecture (default: from the code).")
INIT_OUTPUT = typer.Option(Path("plan.yaml"), "--output", "-o", help="書き出すファイル。 The file to write.")
SCHEMA = typer.Option(
    None,
    "--schema",
    help="エディタ用の $schema の URL（省略時は計画の隣に plan.schema.json を書いてそれを指す）。 $schema URL for the editor"
    " (default: plan.schema.json, written beside the plan).",
    show_default=False,
)
ITEM = typer.Argument(metavar="ITEM", help="項目 ID（例: dx/telework、版を付けて dx@2.3/frontyard）。 Qualified item id.")
EXPLAIN_PLAN = typer.Argument(None, help="計画ファイル（省略可）。 A plan, to see its evidence.", show_default=False)
CONFIG_PATH = typer.Argument(None, help="計画ファイルかディレクトリ（省略時は現在のディレクトリ）。 Where to look from.")
FRAMEWORK = typer.Argument(metavar="ID", help="枠組みの ID（kanmin、dx、procedures…）、版を付けて dx@1.0。 Framework id, or id@edition.")
FRAMEWORK_FILES = typer.Argument(metavar="FILE...", help="枠組みファイル（YAML）。 Framework files (YAML).", show_default=False)
OLD_EDITION = typer.Argument(metavar="OLD", help="古い版（例: dx@1.0）。 The older edition.")
NEW_EDITION = typer.Argument(metavar="NEW", help="新しい版（例: dx@2.3）。 The newer edition.")
SCHEMA_NAME = typer.Argument(SchemaName.plan, help="plan（計画ファイル）、framework、audit・compare（JSON 出力）など。 Which schema.")
RULE = typer.Argument(None, help="ルールのコード（例: DX301）。省くと全部。 A rule code; all when omitted.")
RULES_FORMAT = typer.Option(RulesFormat.table, "--format", "-f", help="出力形式。 Output format.")


def _version(value: bool) -> None:
    if value:
        print(f"dxcheck {__version__}")
        raise typer.Exit()


VERSION = typer.Option(False, "--version", "-V", callback=_version, is_eager=True, help="バージョンを表示して終了。 Show the version.")
