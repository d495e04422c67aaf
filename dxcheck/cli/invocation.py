"""One command's invocation: its options, the configuration and the environment, resolved once.

`invocation(...)` is the one function that builds it, and each command's run function
(`run_<command>(invocation, …)`) receives it: the language of dxcheck's own words, the settings in
force (typed: dxcheck.config.Configuration), the plan files the arguments name, the standard
streams, and the framework catalogue (loaded when first used: `dxcheck rules` never needs it). It is
frozen; nothing about a command is kept in a module.

This module is imported with the declarations (dxcheck.cli.app): what it needs to resolve an
invocation is imported when one is built, so that `--help` stays fast.

Resolving, in order: the plan files the arguments name (what a directory held that was passed over
is said on stderr), the `--edition` option, then the configuration file found from the plans (or
given with --config), under the options. Until the configuration is read, dxcheck speaks the
language of `--lang` (or DXCHECK_LANG, which typer reads into it), else Japanese.

A command that cannot go on says why on stderr, in the invocation's language, and raises `Stopped`
(typer's Exit, with the exit code): `Invocation.fail`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO, cast

import typer

from dxcheck.cli.process import ExitCode, Terminal
from dxcheck.model.message import Message
from dxcheck.report import Lang, ReportError

if TYPE_CHECKING:
    from rich.console import Console

    from dxcheck.catalogue.framework import Catalogue
    from dxcheck.catalogue.framework_check import FrameworkProblem
    from dxcheck.config import Configuration
    from dxcheck.model.results import FailOn
    from dxcheck.plan.discovery import Scan


class Stopped(typer.Exit):
    """The command could not go on; why has been said on stderr."""


# --- messages ------------------------------------------------------------------------------------

# What each command does to the plan files it is given, in the message that says there are none.
_VERBS = {"lint": ("検査する", "lint"), "audit": ("監査する", "audit"), "compare": ("比較する", "compare"), "fmt": ("整形する", "format")}
_KINDS = {
    "directory": ("ディレクトリ", "a directory"),
    "fifo": ("名前付きパイプ（FIFO）", "a named pipe (FIFO)"),
    "char": ("キャラクタデバイス", "a character device"),
    "block": ("ブロックデバイス", "a block device"),
    "socket": ("ソケット", "a socket"),
}


def _folders_named(arguments: Sequence[str]) -> tuple[str, str, str]:
    """The folders given, as the message that finds no plans in them names them (three at most), and
    the one to put in the command it suggests (DIR when there were several)."""
    from dxcheck.model.findings import display_name
    from dxcheck.model.message import shell_word

    folders = list(dict.fromkeys(display_name(a.rstrip("/") or a) for a in arguments if a != "-" and os.path.isdir(a)))
    one = shell_word(folders[0]) if len(folders) == 1 else "DIR"
    if len(folders) <= 3:
        return "".join(f"「{f}」" for f in folders), ", ".join(folders), one
    more = len(folders) - 3
    return "".join(f"「{f}」" for f in folders[:3]) + f" ほか {more} 件", ", ".join(folders[:3]) + f" and {more} more", one


def _no_plans(command: str, arguments: Sequence[str], documents: bool = False, held: int = 0) -> Message:
    verb_ja, verb_en = _VERBS[command]
    where_ja, where_en, folder = _folders_named(arguments)
    if documents:
        if where_ja:
            return Message(
                f"{verb_ja}計画書がありません（{where_ja}に *.docx・*.pdf がありません）",
                f"no plan documents to {verb_en} (no *.docx or *.pdf in {where_en})",
            )
        return Message(f"{verb_ja}計画書がありません（*.docx・*.pdf）", f"no plan documents to {verb_en} (*.docx, *.pdf)")
    if held and command == "audit":  # a folder of Word and PDF plans: say how to audit them
        return Message(
            f"{verb_ja}計画ファイルがありません（*.yaml）。計画書（.docx・.pdf）が {held} 件あります。計画書はファイルを指定してください"
            f"（dxcheck audit {folder}/計画書.pdf）。まとめて比べるには dxcheck compare --documents {folder}",
            f"no plan files to {verb_en} (*.yaml); the directory holds {held} Word or PDF plans: name one to audit it "
            f"(dxcheck audit {folder}/plan.pdf), or compare them all (dxcheck compare --documents {folder})",
        )
    if held and command == "compare":  # a folder of Word and PDF plans: say how to read them
        return Message(
            f"{verb_ja}計画ファイルがありません（*.yaml）。計画書（.docx・.pdf）が {held} 件あります。"
            f"読むには --documents を付けてください（dxcheck compare --documents {folder}）",
            f"no plan files to {verb_en} (*.yaml); the directory holds {held} Word or PDF plans: "
            f"add --documents to compare them (dxcheck compare --documents {folder})",
        )
    if held and command == "lint":  # a document is linted when named (fmt formats YAML only)
        return Message(
            f"{verb_ja}計画ファイルがありません（*.yaml）。計画書（.docx・.pdf）が {held} 件あります。計画書はファイルを指定してください"
            f"（dxcheck {command} {folder}/計画書.pdf）",
            f"no plan files to {verb_en} (*.yaml); the directory holds {held} Word or PDF plans: name one (dxcheck {command} {folder}/plan.pdf)",
        )
    if where_ja:
        return Message(
            f"{verb_ja}計画ファイルがありません（{where_ja}に *.yaml がありません）",
            f"no plan files to {verb_en} (no *.yaml in {where_en})",
        )
    return Message(f"{verb_ja}計画ファイルがありません（*.yaml）", f"no plan files to {verb_en}")


def _unlistable(path: Path, reason: str) -> Message:
    from dxcheck.model.findings import display_name

    shown = display_name(path)
    return Message(f"ディレクトリを読めません: {shown}（{reason}）", f"cannot list the directory {shown}: {reason}")


def _skipped(path: Path, reason: str) -> Message:
    from dxcheck.model.findings import display_name

    shown = display_name(path)
    if reason == "dxcheck-report":
        return Message(
            f"飛ばしました: {shown}（dxcheck が書いた報告書で、計画書ではありません）",
            f"skipped {shown}: a report dxcheck wrote, not a plan",
        )
    kind_ja, kind_en = _KINDS.get(reason, (reason, reason))
    return Message(f"飛ばしました: {shown}（{kind_ja}で、通常のファイルではありません）", f"skipped {shown}: {kind_en}, not a regular file")


def _unread(path: Path, reason: str) -> Message:
    from dxcheck.model.findings import display_name

    shown = display_name(path)
    return Message(
        f"{shown} を読めないため、設定として使いません（{reason}）", f"{shown} is not read ({reason}); its settings, if any, are not used"
    )


def _edition_twice(option: str, framework: str, first: str, second: str) -> Message:
    return Message(
        f"{option} が {framework} に 2 つの版（{first}、{second}）を指定しています。1 つにしてください",
        f"{option} names two editions of {framework} ({first}, {second}); give one",
    )


def _edition_syntax(option: str, sep: str, value: str) -> Message:
    return Message(
        f"{option} は「枠組み{sep}版」の形で書きます（例: dx{sep}2.3）: {value}",
        f"{option} takes FRAMEWORK{sep}EDITION (dx{sep}2.3): {value}",
    )


# --- the invocation --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Invocation:
    """What one command runs with, resolved once (see the module's docstring)."""

    lang: Lang
    settings: Configuration
    stdout: TextIO
    stderr: TextIO
    plans: tuple[Path, ...] = ()  # the plan files the arguments named (lint, audit, compare, fmt)
    given: tuple[str, ...] = ()  # the options given that decide what is said of a plan, as shell words (given_options)

    @cached_property
    def catalogue(self) -> Catalogue:
        """Every framework edition, shipped and the user's (--frameworks-dir, framework-paths): loaded on
        first use, once. A user's directory or file that cannot be used ends the command (exit 2),
        with each problem at file:line:col."""
        from dxcheck.catalogue.user import UserFrameworkError, catalogue_with

        try:
            source = self.settings.sources.get("framework-paths", "default")
            # the parents of a configured directory are checked up to the configuration file's directory
            up_to = Path(source).parent if source not in ("default", "command line") else None
            return catalogue_with(self.settings.framework_paths, up_to, self.settings.framework_files)
        except UserFrameworkError as exc:
            if exc.message is not None:
                self.fail(exc.message)
            self.say_problems(exc.problems)
            self.fail(
                Message(
                    "利用者の枠組みファイルに誤りがあるため、実行できません（dxcheck frameworks check FILE で確かめられます）",
                    "a user's framework file has errors: not run (dxcheck frameworks check FILE)",
                )
            )

    def say_problems(self, problems: Sequence[FrameworkProblem]) -> None:
        """The problems of framework files, one `file:line:col: CODE severity: message` line each, on stderr."""
        console = self.console(stderr=True)
        for problem in problems:
            console.print(
                one_line(problem.text(self.lang)), style="red" if problem.severity == "error" else "yellow", markup=False, highlight=False
            )

    def console(self, *, stderr: bool = False) -> Console:
        return self.console_on(self.stderr if stderr else self.stdout)

    def console_on(self, stream: TextIO) -> Console:
        from dxcheck.report.console import make_console

        return make_console(file=stream)

    def fail(self, message: Message, code: ExitCode = ExitCode.CANNOT_RUN) -> NoReturn:
        """Say why the command cannot go on, and end it with `code`."""
        _fail(self.lang, self.stderr, message, code)

    def say(self, message: Message) -> None:
        """A line on stderr, in the user's language, that does not end the command."""
        _say(self.lang, self.stderr, message)

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Print dxcheck's own output (listings, drafts) inside this block: flushed, and a failed write is exit 2."""
        from dxcheck.report.output import writing_stdout

        try:
            with writing_stdout(self.stdout):
                yield
        except ReportError as exc:
            self.fail(Message(exc.ja, exc.en))

    def show(self, pieces: Sequence[object]) -> None:
        """Print to the terminal (tables, explanations): dxcheck's own listings, not reports."""
        from dxcheck.report.output import guarded_stdout

        console = self.console()
        with self.writing(), guarded_stdout(self.stdout) as stream:
            if stream is not self.stdout:  # a GitHub Actions log: the same text, between stop-commands
                width, console = console.width, self.console_on(stream)
                console.width = width
            for piece in pieces:
                console.print(piece)

    def print_json(self, kind: str, body: dict[str, object]) -> None:
        """A listing as a JSON document (dxcheck.report.json_report's envelope)."""
        from dxcheck.report import ReportContext
        from dxcheck.report.json_report import dump, envelope

        with self.writing():
            self.stdout.write(dump(envelope(kind, body), ReportContext(lang=self.lang, ascii_json=self.ascii_json(None))))

    def wrote(self, output: Path) -> None:
        """After -o FILE: one line on stderr, so a script's log says where the report went."""
        shown = one_line(str(output))
        self.console(stderr=True).print(
            f"wrote {shown}" if self.lang == "en" else f"{shown} に書きました", style="dim", markup=False, highlight=False
        )

    def editions(self, values: Sequence[str] | None, sep: str, option: str) -> Mapping[str, str]:
        """`--against dx@2.3` → {"dx": "2.3"} (see `editions`)."""
        return editions(values, sep, option, self.lang, self.stderr)

    def ascii_json(self, output: Path | None) -> bool:
        """JSON to a file is UTF-8; to a stream that is not UTF-8, it has \\u escapes, so nothing is lost."""
        encoding = (getattr(self.stdout, "encoding", None) or "utf-8").lower().replace("-", "").replace("_", "")
        return not (output is not None or encoding in ("utf8", "utf8sig"))


def invocation(
    ctx: typer.Context,
    lang: str | None,
    *,
    config: Path | None = None,
    plans: Sequence[str] | None = None,
    start: Sequence[Path] = (),
    edition: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    infer: bool | None = None,
    bar: tuple[str | None, float | None, bool | None] = (None, None, None),
    documents: bool = False,
) -> Invocation:
    """The invocation of the command whose context is `ctx`: `lang` and the settings' options as typed
    (None: not given), `config` the file --config names, `plans` the plan arguments (files, directories,
    globs), else `start` the files the configuration is looked for from (none: the current directory); `bar` the
    options of the audit's bar: --fail-on, --min-score, --require-procedures."""
    from dxcheck.config import ConfigError, Options, resolve

    terminal = ctx.obj if isinstance(ctx.obj, Terminal) else Terminal(sys.stdout, sys.stderr)
    spoken: Lang = "en" if lang == "en" else "ja"  # until the configuration is read
    found: tuple[Path, ...] = ()
    if plans is not None:
        found = _plan_files(str(ctx.command.name), plans, spoken, terminal.stderr, documents)
        start = found
    fail_on, min_score, require_procedures = bar
    options = Options(
        lang=spoken if lang else None,
        ignore=tuple(code.upper() for code in ignore or ()),
        infer=infer,
        edition=editions(edition, "=", "--edition", spoken, terminal.stderr),
        fail_on=cast("FailOn", str(fail_on)) if fail_on else None,  # typer has checked it against the choices
        min_score=min_score,
        # --frameworks-dir, read from the command's parameters: every command that audits or lists frameworks declares it.
        framework_paths=tuple(ctx.params.get("frameworks_dir") or ()),
        require_procedures=require_procedures,
    )
    try:
        # DXCHECK_CONFIG_REV=origin/main: a pull request's CI takes the settings and framework files of the
        # base branch, not the ones the pull request adds or changes (docs/ci/github-actions.yml)
        base = os.environ.get("DXCHECK_CONFIG_REV")
        settings = resolve(_common_parent(start), options, config, base.strip() or None if base is not None else None)
    except ConfigError as exc:  # reported in the language of the option (or Japanese): the file's is not known
        # every mistake of the file, a line each
        said = list(zip(here(exc.ja).split("\n"), here(exc.en).split("\n"), strict=False))
        for ja, en in said[:-1]:
            _say(spoken, terminal.stderr, Message(ja, en))
        _fail(spoken, terminal.stderr, Message(*said[-1]), ExitCode.CANNOT_RUN)
    if base is not None and not base.strip():
        # set but empty: a CI step that meant to name the base and did not (an unset variable) — said, not passed over
        _say(settings.lang, terminal.stderr, EMPTY_CONFIG_REV)
    elif base is not None and options.framework_paths:
        # --frameworks-dir is the command line's, the CI maintainer's choice: read from the working tree, and said
        _say(settings.lang, terminal.stderr, FRAMEWORKS_DIR_FROM_WORKING_TREE)
    for ja, en in settings.notes:
        _say(settings.lang, terminal.stderr, Message(ja, en))
    for unread in settings.unread:  # another project's, most likely; but it might have held dxcheck's settings: said, once
        _say(settings.lang, terminal.stderr, _unread(unread.path, unread.reason))
    if config is None and "config" in ctx.params:  # a command that takes --config (fmt does not: nothing to advise)
        for passed_over in _nearer_settings(start, settings.file):
            _say(settings.lang, terminal.stderr, _not_used(passed_over, settings.file))
    terminal.settled(settings.lang)
    return Invocation(settings.lang, settings, terminal.stdout, terminal.stderr, found, given_options(ctx))


EMPTY_CONFIG_REV = Message(
    "DXCHECK_CONFIG_REV が空です: 設定は作業ツリーから読みます（基準のリビジョンを指定してください）",
    "DXCHECK_CONFIG_REV is empty: the settings are read from the working tree (give the base revision)",
)
FRAMEWORKS_DIR_FROM_WORKING_TREE = Message(
    "--frameworks-dir の枠組みファイルは作業ツリーから読みます（DXCHECK_CONFIG_REV が読むのは設定ファイルと、その framework-paths です）",
    "the framework files of --frameworks-dir are read from the working tree "
    "(DXCHECK_CONFIG_REV reads the settings file and its framework-paths)",
)


# The options that choose the report's form, where it goes and how much of it shows, not what it says of a plan.
_FORM_ONLY = frozenset({"output_format", "output", "force", "quiet", "summary", "verbose", "full"})


def given_options(ctx: typer.Context) -> tuple[str, ...]:
    """The options given on the command line that decide what the command says of a plan, as shell words in the
    order the command declares them: `("--min-score", "60")` for a pre-commit hook's `args: [--min-score, "60"]`. A
    line per plan repeats them in the command that shows the whole report (「詳しくは dxcheck audit plans/x.yaml
    --min-score 60」): without them that command could pass the plan the hook failed. The configuration file's
    settings are not repeated: the command finds the same file again."""
    from dxcheck.model.message import shell_word

    words: list[str] = []
    for param in ctx.command.params:
        name = param.name
        # told by name, not by class: typer carries a click of its own, whose classes are not the installed click's
        if param.param_type_name != "option" or name is None or name in _FORM_ONLY:
            continue
        source = ctx.get_parameter_source(name)
        if source is None or source.name != "COMMANDLINE":
            continue
        value = ctx.params.get(name)
        option = next(o for o in param.opts if o.startswith("--"))
        if isinstance(value, bool):
            if value or param.secondary_opts:  # --no-infer; a flag left False is not written
                words.append(option if value else param.secondary_opts[0])
            continue
        for one in value if isinstance(value, (list, tuple)) else [value]:
            shown = format(one, ".15g") if isinstance(one, float) else str(getattr(one, "value", one))
            words += [option, shell_word(shown)]
    return tuple(words)


def editions(values: Sequence[str] | None, sep: str, option: str, lang: Lang, stderr: TextIO) -> Mapping[str, str]:
    """`dx=2.3` (--edition) or `dx@2.3` (--against) → {"dx": "2.3"}; a value not of that form ends the command."""
    found: dict[str, str] = {}
    for value in values or []:
        framework, mark, edition = value.partition(sep)
        if not mark or not framework or not edition or "/" in edition:
            _fail(lang, stderr, _edition_syntax(option, sep, value), ExitCode.CANNOT_RUN)
        earlier = found.get(framework.strip())
        if earlier is not None and earlier != edition.strip():  # `--edition dx=2.3 --edition dx=1.0`: the last won, unsaid
            _fail(lang, stderr, _edition_twice(option, framework.strip(), earlier, edition.strip()), ExitCode.CANNOT_RUN)
        found[framework.strip()] = edition.strip()
    return found


def _plan_files(command: str, arguments: Sequence[str], lang: Lang, stderr: TextIO, documents: bool = False) -> tuple[Path, ...]:
    """The plan files the arguments name (with `documents`, a directory's Word and PDF plans); what a
    directory held that was passed over is said on stderr."""
    from dxcheck.plan.discovery import UnlistableDirectory, held_in, in_subfolders, scan

    try:
        found: Scan = scan(arguments, documents=documents)
    except UnlistableDirectory as exc:
        _fail(lang, stderr, _unlistable(exc.path, exc.reason), ExitCode.CANNOT_RUN)
    for skipped in found.skipped:
        _say(lang, stderr, _skipped(skipped.path, skipped.reason))
    # the other kind of plan the directories hold (Word and PDF plans; with --documents, YAML ones), less those named too
    taken = {os.path.realpath(path) for path in found.paths if str(path) != "-"}
    held = [path for path in held_in(arguments, documents=not documents) if os.path.realpath(path) not in taken]
    if command in ("compare", "lint", "audit"):  # towns kept by prefecture (北海道/ 青森県/ …): a directory is its own plans only
        below = in_subfolders(arguments, documents=documents)
        if below:  # less the folders named too (a realpath a plan: only when there are subfolders at all)
            taken = {os.path.realpath(path.parent) for path in found.paths if str(path) != "-"}
            below = [(folder, n) for folder, n in below if os.path.realpath(folder) not in taken]
        if below:
            _say(lang, stderr, _subfolders_passed_over(below, documents, command))
    if not found.paths:
        _fail(lang, stderr, _no_plans(command, arguments, documents, len(held)), ExitCode.CANNOT_RUN)
    if held and command in ("audit", "lint"):
        # Word and PDF plans kept beside the YAML ones (plans/計画書.docx): not read, and said so — a CI step
        # 「dxcheck audit plans/」 passed them over without a word
        _say(lang, stderr, _documents_passed_over(command, len(held)))
    elif held and command == "compare":  # a folder of both kinds: compare left out one of them, in silence
        _say(lang, stderr, _not_compared(arguments, held, documents))
    return tuple(found.paths)


def _subfolders_passed_over(below: list[tuple[Path, int]], documents: bool, command: str = "compare") -> Message:
    """How many plans the subfolders passed over hold, and the folders to name to include them (a glob was
    suggested: `**/*.yaml` is case-sensitive and leaves out .yml, and `*.pdf` the .docx)."""
    from dxcheck.model.findings import display_name

    plans = sum(count for _, count in below)
    first = display_name(below[0][0])
    more_ja, more_en = (
        (f" など {len(below)} フォルダ", f" and {len(below) - 1} more folder{'s' if len(below) > 2 else ''}")
        if len(below) > 1
        else ("", "")
    )
    named = " ".join(display_name(folder) for folder, _ in below[:3]) + (" …" if len(below) > 3 else "")
    from dxcheck.model.message import shell_word

    named = " ".join(shell_word(display_name(folder)) for folder, _ in below[:3]) + (" …" if len(below) > 3 else "")
    example = f"dxcheck {command} {'--documents ' if documents else ''}{shell_word(display_name(below[0][0].parent))} {named}"
    done_ja, done_en = {"lint": ("検査して", "checked"), "audit": ("監査して", "audited")}.get(command, ("比較して", "compared"))
    return Message(
        f"サブフォルダの計画 {plans} 件は{done_ja}いません（{first}{more_ja}）。含めるにはそのフォルダも指定してください（{example}）",
        f"{plans} plan{'s' if plans > 1 else ''} in subfolders {'were' if plans > 1 else 'was'} not {done_en} ({first}{more_en}): "
        f"name those folders too ({example})",
    )


def here(text: str) -> str:
    """A message that begins with a file's absolute path, from the current directory when the file is below it
    (「.dxcheck.toml:3: …」, as an editor's terminal jumps to it, not 「/home/…/town/.dxcheck.toml:3: …」)."""
    cwd = os.path.join(os.getcwd(), "")
    return "\n".join(line[len(cwd) :] if line.startswith(cwd) and len(line) > len(cwd) else line for line in text.split("\n"))


def _documents_passed_over(command: str, held: int) -> Message:
    if command == "lint":
        return Message(
            f"計画書（.docx・.pdf）{held} 件は検査していません（lint は YAML の計画を検査します。計画書は dxcheck audit 計画書.pdf で監査できます）",
            f"{held} Word or PDF plans were not checked (lint checks YAML plans; audit a document with dxcheck audit plan.pdf)",
        )
    return Message(
        f"計画書（.docx・.pdf）{held} 件は監査していません（ディレクトリからは YAML の計画を読みます。計画書はファイルを指定してください: dxcheck audit 計画書.pdf）",
        f"{held} Word or PDF plans were not audited (a directory gives its YAML plans; name a document to audit it: dxcheck audit plan.pdf)",
    )


def _not_compared(arguments: Sequence[str], held: list[Path], documents: bool) -> Message:
    """The plans of the other kind a comparison's directories hold, left out, and the command that includes
    them: the directories and those files named (a file named is compared whatever its kind)."""
    from dxcheck.model.findings import display_name
    from dxcheck.model.message import shell_word

    folders = " ".join(dict.fromkeys(shell_word(display_name(a.rstrip("/") or a)) for a in arguments if a != "-" and os.path.isdir(a)))
    files = " ".join(shell_word(display_name(str(path))) for path in held[:3]) + (" …" if len(held) > 3 else "")
    example = f"dxcheck compare {'--documents ' if documents else ''}{folders} {files}"
    n = len(held)
    them_en = "it" if n == 1 else "them"
    if documents:
        return Message(
            f"計画ファイル（.yaml）{n} 件は比較していません（--documents ではディレクトリから計画書を読みます。"
            f"含めるにはそのファイルも指定してください: {example}）",
            f"{n} YAML plan{'s were' if n > 1 else ' was'} not compared (with --documents a directory gives its Word and PDF "
            f"plans; to include {them_en}, name the file{'s' if n > 1 else ''} too: {example})",
        )
    return Message(
        f"計画書（.docx・.pdf）{n} 件は比較していません（ディレクトリからは YAML の計画を読みます。"
        f"含めるにはそのファイルも指定してください: {example}。計画書だけを比べるなら --documents）",
        f"{n} Word or PDF plan{'s were' if n > 1 else ' was'} not compared (a directory gives its YAML plans; to include "
        f"{them_en}, name the file{'s' if n > 1 else ''} too: {example}; --documents compares the documents alone)",
    )


def _nearer_settings(paths: Sequence[Path], used: Path | None) -> list[Path]:
    """Settings files nearer to some of the plans than the one in force: plans of several folders are
    audited with the one settings file found from the folder they share (a comparison sets one bar for
    every town), and a folder's own .dxcheck.toml is then not used — said, not passed over in silence."""
    from dxcheck.config import discover

    if len(paths) < 2:
        return []
    common = _common_parent(paths)
    folders = sorted({Path(os.path.abspath(p if p.is_dir() else p.parent)) for p in paths if str(p) != "-"} - {common})
    in_use = os.path.realpath(used) if used is not None else None
    nearer: dict[Path, None] = {}
    for folder in folders:
        found, _ = discover(folder)
        # a file below the shared folder (one at or above it is the one in force, from the working tree or
        # DXCHECK_CONFIG_REV's revision), and not a link to the one in use
        if found is not None and common in found.parent.parents and os.path.realpath(found) != in_use:
            nearer[found] = None
    return list(nearer)


def _not_used(path: Path, used: Path | None) -> Message:
    """The message of a settings file `_nearer_settings` found: which one is used instead, and how to use it."""
    from dxcheck.model.findings import display_name

    def near(file: Path) -> str:  # relative to the working directory when it is inside it, as the user named the plans
        try:
            cwd = Path.cwd()
            return display_name(Path(os.path.abspath(file)).relative_to(cwd) if cwd != Path(cwd.anchor) else file)
        except (ValueError, OSError):
            return display_name(file)

    shown = near(path)
    chosen_ja = f"{near(used)} の設定" if used is not None else "既定の設定"
    chosen_en = f"the settings of {near(used)}" if used is not None else "the default settings"
    return Message(
        f"{shown} は使いません: 複数のフォルダの計画は、共通のフォルダから探した 1 つの設定（{chosen_ja}）で扱います。"
        f"その設定を使うには --config {shown} を指定するか、そのフォルダの計画だけを指定してください",
        f"{shown} is not used: plans of several folders are read with one configuration, found from the folder they share "
        f"({chosen_en}); give --config {shown} to use it, or name that folder's plans alone",
    )


def _common_parent(paths: Sequence[Path]) -> Path:
    """Where the configuration is looked for from: the directory the files share (none: the current one)."""
    if not paths:
        return Path.cwd()
    # abspath, not resolve(): a symlink loop must not stop the search for the configuration.
    try:
        return Path(os.path.commonpath([os.path.abspath(p) for p in paths]))
    except ValueError:
        return Path(os.path.abspath(paths[0]))


def one_line(text: str) -> str:
    """A message for stderr as one line: a line break in a name or a value it quotes is written `\\n`, so
    no line of it begins with what a plan or a settings file wrote (a GitHub Actions log reads a line
    that begins with `::` as a workflow command)."""
    from dxcheck.model.findings import visible

    return visible(text, breaks=True)


def _fail(lang: Lang, stderr: TextIO, message: Message, code: ExitCode) -> NoReturn:
    from dxcheck.report.console import make_console

    make_console(file=stderr).print(f"dxcheck: {one_line(message.text(lang))}", style="red")
    raise Stopped(code)


def _say(lang: Lang, stderr: TextIO, message: Message) -> None:
    from dxcheck.report.console import make_console

    make_console(file=stderr).print(f"dxcheck: {one_line(message.text(lang))}", style="yellow")
