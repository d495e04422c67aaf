"""The command line's own words: usage errors in the user's language, and help pages that wrap whole.

click and typer word a usage error in English, and typer lets pydantic's wording through ("Input
should be a valid number, unable to parse string as a number"). `Group` and `Command` take the
place of typer's classes (`typer.Typer(cls=Group)`, `@app.command(cls=Command)`): a usage error
becomes dxcheck's own message — in Japanese, or in English with --lang en or DXCHECK_LANG=en —
with the usage line and where to find help, and the exit code 2, never a traceback. The language
is read from the arguments here: a usage error may stop the parsing before --lang is reached. It is
kept on the root `Group` (typer makes one for each run of the application), where the help finds it.

Help pages are drawn with dxcheck.report.console's `Wrapped` and `Balanced`: nothing is cut short, no id
or option is split, and the headings are in the same language as the errors.
"""

from __future__ import annotations

import inspect
import os
import sys
import typing
from collections.abc import Sequence
from enum import Enum
from typing import TYPE_CHECKING, Any, NoReturn

# typer carries its own copy of click (typer >= 0.29); its exceptions are the ones raised here.
from typer._click import exceptions as errors
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption
from typer.exceptions import Abort

if TYPE_CHECKING:
    from typer._click import Context, HelpFormatter

    from dxcheck.report import Formats


def language(arguments: Sequence[str]) -> str:
    """`en` when the arguments say --lang en (the last one wins), or else DXCHECK_LANG does; `ja` otherwise."""
    chosen = None
    for n, argument in enumerate(arguments):
        if argument == "--":
            break
        if argument == "--lang" and n + 1 < len(arguments):
            chosen = arguments[n + 1]
        elif argument.startswith("--lang="):
            chosen = argument.partition("=")[2]
    if chosen in ("ja", "en"):
        return chosen
    return "en" if os.environ.get("DXCHECK_LANG") == "en" else "ja"


# --- the errors dxcheck raises itself, with what a message needs -------------------------------


class InvalidChoice(errors.BadParameter):
    """A value that is not one of the choices (an option's callback raises it)."""

    def __init__(self, value: str, choices: Sequence[str]) -> None:
        super().__init__(f"{value!r} is not one of {', '.join(choices)}")
        self.value, self.choices = value, list(choices)


class UnexpectedArguments(errors.UsageError):
    def __init__(self, extra: Sequence[str], ctx: Context) -> None:
        super().__init__(f"unexpected extra arguments: {' '.join(extra)}", ctx)
        self.extra = list(extra)


class UnknownCommand(errors.UsageError):
    def __init__(self, name: str, suggestion: str | None, ctx: Context) -> None:
        super().__init__(f"no such command {name!r}", ctx)
        self.name, self.suggestion = name, suggestion


def settled_help_option(option: TyperOption | None, ctx: Context) -> TyperOption | None:
    """The help option with its names in the order the application gives them (-h, --help): click makes
    them from a set, so that their order in the help changed from run to run (by the hash seed)."""
    if option is not None:
        order = list(ctx.help_option_names)
        option.opts.sort(key=lambda name: order.index(name) if name in order else len(order))
    return option


class Command(TyperCommand):
    """A typer command whose usage errors and help are dxcheck's (see the module's docstring)."""

    def get_help_option(self, ctx: Context) -> TyperOption | None:
        return settled_help_option(super().get_help_option(ctx), ctx)

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        # click fails on extra arguments with an English sentence; let them through, then say so ourselves
        allowed, ctx.allow_extra_args = ctx.allow_extra_args, True
        try:
            rest = super().parse_args(ctx, args)
        except errors.UsageError as exc:
            if exc.ctx is None:  # click's parser leaves it out ("requires an argument"): the usage needs it
                exc.ctx, exc.cmd = ctx, self
            raise
        finally:
            ctx.allow_extra_args = allowed
        if rest and not allowed and not ctx.resilient_parsing:
            raise UnexpectedArguments(rest, ctx)
        return rest

    def format_help(self, ctx: Context, formatter: HelpFormatter) -> None:
        print_help(self, ctx)


class Group(TyperGroup):
    """A typer group whose usage errors and help are dxcheck's; its `main` reports every usage error."""

    language = "ja"  # of the run under way: read from its arguments by `main`

    def get_help_option(self, ctx: Context) -> TyperOption | None:
        return settled_help_option(super().get_help_option(ctx), ctx)

    def resolve_command(self, ctx: Context, args: list[str]) -> tuple[str | None, Any, list[str]]:
        name = args[0] if args else ""
        if args and self.get_command(ctx, name) is None and not name.startswith("-") and not ctx.resilient_parsing:
            from difflib import get_close_matches

            close = get_close_matches(name, self.list_commands(ctx), n=1)
            raise UnknownCommand(name, close[0] if close else None, ctx)
        return super().resolve_command(ctx, args)

    def format_help(self, ctx: Context, formatter: HelpFormatter) -> None:
        print_help(self, ctx)

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        _given[:] = sys.argv[1:] if args is None else args  # what was typed, for a usage error's words (_from_environment)
        self.language = lang = language(_given)
        try:
            result = super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        except errors.UsageError as exc:
            if not standalone_mode:
                raise
            report(exc, lang)
        except errors.ClickException as exc:  # not a usage error (a file click could not open): its own words
            if not standalone_mode:
                raise
            exc.show()
            sys.exit(exc.exit_code)
        except Abort:
            if not standalone_mode:
                raise
            print("中断しました" if lang == "ja" else "Aborted.", file=sys.stderr)
            sys.exit(1)
        if not standalone_mode:
            return result
        # without standalone mode, typer returns the code of a typer.Exit, or the command's own result (its exit code)
        sys.exit(int(result) if isinstance(result, int) else 0)


# --- usage errors ------------------------------------------------------------------------------


def report(exc: errors.UsageError, lang: str) -> NoReturn:
    """The usage, the error in dxcheck's words, where to find help; exit 2."""
    if isinstance(exc, errors.NoArgsIsHelpError):
        sys.exit(exc.exit_code)  # `dxcheck` alone: the help is shown (exit 2), nothing to add
    from dxcheck.report.console import Wrapped, make_console

    en = lang == "en"
    console = make_console(stderr=True)
    ctx = exc.ctx
    if ctx is not None:
        console.print(Wrapped(f"{'Usage' if en else '使い方'}: {usage_line(ctx)}", indent=4))
    console.print(Wrapped(f"dxcheck: {describe(exc, lang)}", style="red", indent=4, fold=False))
    if ctx is not None:
        help_option = f"{ctx.command_path} {ctx.help_option_names[0]}"
        console.print(f"See: {help_option}" if en else f"詳しくは: {help_option}", style="dim")
    sys.exit(exc.exit_code)


def describe(exc: errors.UsageError, lang: str) -> str:
    """The error in one sentence of the user's language."""
    en = lang == "en"
    if isinstance(exc, UnknownCommand):
        if en:
            return f"no such command '{exc.name}'" + (f" (did you mean {exc.suggestion}?)" if exc.suggestion else "")
        return f"コマンド「{exc.name}」はありません" + (f"（もしかして {exc.suggestion}？）" if exc.suggestion else "")
    if isinstance(exc, UnexpectedArguments):
        extra = " ".join(exc.extra)
        return f"unexpected extra argument '{extra}'" if en else f"余分な引数「{extra}」があります"
    if isinstance(exc, errors.NoSuchOption):
        close = exc.possibilities[0] if exc.possibilities else None
        commands = _commands_taking(exc.option_name, exc.ctx)
        if commands:  # `dxcheck --format json audit …`: a command's option before the command (the third walkthrough's)
            example = commands[0]
            if en:
                return f"{exc.option_name} is an option of a command: write it after the command (dxcheck {example} {exc.option_name} …)"
            return f"{exc.option_name} はコマンドのオプションです。コマンドの後に書いてください（dxcheck {example} {exc.option_name} …）"
        if en:
            return f"no such option: {exc.option_name}" + (f" (did you mean {close}?)" if close else "")
        return f"オプション {exc.option_name} はありません" + (f"（もしかして {close}？）" if close else "")
    if isinstance(exc, errors.BadOptionUsage):
        if "does not take" in exc.message:
            return f"{exc.option_name} takes no value" if en else f"{exc.option_name} は値をとりません"
        return f"{exc.option_name} needs a value" if en else f"{exc.option_name} には値が必要です"
    if isinstance(exc, errors.MissingParameter):
        name = _name(exc.param)
        kind = "argument" if isinstance(exc.param, TyperArgument) else "option"
        return f"missing {kind} {name}" if en else f"{name} を指定してください"
    if isinstance(exc, errors.BadParameter):
        return _bad_value(exc, lang)
    return exc.message


def _bad_value(exc: errors.BadParameter, lang: str) -> str:
    """A value that cannot be used: not a number, out of range, not one of the choices."""
    en = lang == "en"
    param = exc.param
    name = _name(param)
    if isinstance(exc, InvalidChoice):
        name = _from_environment(param, exc.value, lang) or name
        return _not_a_choice(name, exc.value, exc.choices, lang)
    cause = exc.__cause__
    problem = cause.errors()[0] if cause is not None and hasattr(cause, "errors") else None  # pydantic's, as typer validates
    value = str(problem.get("input", "")) if problem else ""
    kind = str(problem.get("type", "")) if problem else ""
    annotation = _annotation(param)
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        name = _from_environment(param, value, lang) or name
        return _not_a_choice(name, value, [str(member.value) for member in annotation], lang)
    wanted = _number_wanted(param, annotation, lang)
    if kind.endswith(("_parsing", "_type")) or kind == "int_from_float":
        return f"{name}: '{value}' is not a number ({wanted})" if en else f"{name} の値「{value}」は数値ではありません（{wanted}）"
    if kind.startswith(("greater_than", "less_than")):
        return f"{name}: '{value}' is out of range ({wanted})" if en else f"{name} の値「{value}」は範囲外です（{wanted}）"
    return f"invalid value for {name}: {exc.message}" if en else f"{name} の値が正しくありません: {exc.message}"


_given: list[str] = []  # the command line, as the group's main was given it


def _from_environment(param: Any, value: str, lang: str) -> str | None:
    """「環境変数 DXCHECK_LANG」 when the wrong value came from the option's environment variable, not from the
    command line (`DXCHECK_LANG=fr dxcheck lint` blamed --lang, which the user never typed: the third walkthrough)."""
    envvar = getattr(param, "envvar", None)
    typed = any(a == o or a.startswith(f"{o}=") for a in _given for o in getattr(param, "opts", ()))
    if not isinstance(envvar, str) or typed or os.environ.get(envvar) != value:
        return None
    return f"the environment variable {envvar}" if lang == "en" else f"環境変数 {envvar}"


def _commands_taking(option: str | None, ctx: Context | None) -> list[str]:
    """The commands that take `option`, when it was given to dxcheck itself (before any command)."""
    group = ctx.command if ctx is not None else None
    if option is None or ctx is None or not isinstance(group, TyperGroup):
        return []
    found = []
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        if command is not None and not command.hidden and any(option in (*p.opts, *p.secondary_opts) for p in command.params):
            found.append(name)
    return sorted(found, key=lambda n: (n != "audit", n))


def _not_a_choice(name: str, value: str, choices: Sequence[str], lang: str) -> str:
    if lang == "en":
        return f"{name}: '{value}' is not one of {', '.join(choices)}"
    return f"{name} に「{value}」は使えません（{'、'.join(choices)} のいずれか）"


def _number_wanted(param: Any, annotation: object, lang: str) -> str:
    """「0〜100 の数値」, "a whole number of 1 or more": what a numeric option takes."""
    en = lang == "en"
    low, high = getattr(param, "min", None), getattr(param, "max", None)
    whole = annotation is int
    what = ("a whole number" if whole else "a number") if en else ("整数" if whole else "数値")
    if low is not None and high is not None:
        return f"{what} from {low} to {high}" if en else f"{low}〜{high} の{what}"
    if low is not None:
        return f"{what} of {low} or more" if en else f"{low} 以上の{what}"
    if high is not None:
        return f"{what} of {high} or less" if en else f"{high} 以下の{what}"
    return what


def _annotation(param: Any) -> object:
    """The parameter's type without `| None`."""
    descriptor = getattr(param, "type_descriptor", None)
    annotation = getattr(descriptor, "annotation", None)
    options = [a for a in typing.get_args(annotation) if a is not type(None)]
    return options[0] if len(options) == 1 else annotation


def _name(param: Any) -> str:
    """How the user wrote the parameter: --min-score, or an argument's PLAN..."""
    if param is None:
        return ""
    if isinstance(param, TyperArgument):
        return str(param.metavar or (param.name or "").upper())
    long = [o for o in param.opts if o.startswith("--")]
    return str((long or param.opts)[0])


def usage_line(ctx: Context) -> str:
    """`dxcheck audit [OPTIONS] PLAN...`"""
    command = ctx.command
    words = [ctx.command_path, "[OPTIONS]"]
    for param in command.get_params(ctx):
        if isinstance(param, TyperArgument):
            words.append(_name(param) if param.required else f"[{_name(param)}]")
    if isinstance(command, TyperGroup):
        words.append("COMMAND [ARGS]...")
    return " ".join(words)


# --- help ----------------------------------------------------------------------------------------


def print_help(command: TyperCommand | TyperGroup, ctx: Context) -> None:
    """The help page: usage, description, arguments, options and commands, wrapped to the terminal."""
    from rich.console import RenderableType
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    from dxcheck.report.console import Balanced, Wrapped, make_console

    root = ctx.find_root().command
    en = (root.language if isinstance(root, Group) else "ja") == "en"
    pieces: list[RenderableType] = [Wrapped(f"{'Usage' if en else '使い方'}: {usage_line(ctx)}", style="bold", indent=4), Text("")]
    for paragraph in inspect.cleandoc(command.help or "").split("\n\n"):
        pieces += [Wrapped(paragraph), Text("")]

    def panel(title: str, rows: list[tuple[str, str, str]]) -> None:
        if not rows:
            return
        table = Table(show_header=False, box=None, padding=(0, 1), pad_edge=False)
        table.add_column(no_wrap=True, style="bold cyan")
        table.add_column(style="yellow")
        table.add_column()
        for name, kind, text in rows:
            table.add_row(name, Wrapped(kind, style="yellow"), Wrapped(text))
        pieces.append(Panel(Balanced(table), title=title, title_align="left", border_style="dim"))

    params = [p for p in command.get_params(ctx) if not getattr(p, "hidden", False)]
    panel("Arguments" if en else "引数", [_param_row(p, en) for p in params if isinstance(p, TyperArgument)])
    panel("Options" if en else "オプション", [_param_row(p, en) for p in params if not isinstance(p, TyperArgument)])
    if isinstance(command, TyperGroup):
        rows = []
        for name in command.list_commands(ctx):
            sub = command.get_command(ctx, name)
            if sub is not None and not sub.hidden:
                rows.append((name, "", inspect.cleandoc(sub.help or "").split("\n\n")[0]))
        panel("Commands" if en else "コマンド", rows)
    from dxcheck.report import ReportError
    from dxcheck.report.output import writing_stdout

    console = make_console()
    try:
        with writing_stdout():  # `--help | head` is no failure; `--help > /dev/full` is one, said once
            for piece in pieces:
                console.print(piece)
    except ReportError as exc:
        print(f"dxcheck: {exc.en if en else exc.ja}", file=sys.stderr)
        raise SystemExit(2) from None


def _param_row(param: Any, en: bool) -> tuple[str, str, str]:
    """An argument's or option's names, what it takes, and its help with its default."""
    if isinstance(param, TyperArgument):
        names = _name(param)
    else:
        names = ", ".join(param.opts)
        if param.secondary_opts:
            names = "/".join([names, *param.secondary_opts])
    text = param.help or ""
    if param.name == "help":
        text = "このヘルプを表示して終了。 Show this help and exit."
    annotation = _annotation(param)
    kind = ""
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        kind = "[" + "|".join(str(m.value) for m in annotation) + "]"
    elif isinstance(param, TyperOption) and param.metavar:
        kind = param.metavar
    elif not (isinstance(param, TyperOption) and (param.is_flag or param.is_bool_flag)) and annotation is not None:
        kind = {int: "INTEGER", float: "NUMBER", str: "TEXT"}.get(annotation, "PATH" if "Path" in str(annotation) else "TEXT")  # type: ignore[call-overload]
        if isinstance(param, TyperArgument):
            kind = "" if param.metavar else kind
    extras = []
    envvar = getattr(param, "envvar", None)
    if isinstance(envvar, str) and getattr(param, "show_envvar", False):
        extras.append(f"[{'env var' if en else '環境変数'}: {envvar}]")
    default = _default(param)
    if default is not None:
        extras.append(f"[{'default' if en else '既定'}: {default}]")
    if param.required:
        extras.append("[required]" if en else "[必須]")
    return names, kind, " ".join(x for x in (text, *extras) if x)


def _default(param: Any) -> str | None:
    show = getattr(param, "show_default", False)
    if isinstance(show, str):
        return show
    value = param.default
    if not show or value is None or value is False or value == [] or getattr(param, "is_flag", False) or param.name == "help":
        return None
    return str(value.value if isinstance(value, Enum) else value)


def format_option(formats: Formats[Any]) -> Any:
    """--format, with the choices and the default of the command's formats (dxcheck.report)."""
    allowed = list(formats.names)

    def check(value: str | None) -> str | None:
        if value is not None and value not in allowed:
            raise InvalidChoice(value, allowed)
        return value

    import typer  # as options.py does: the module is imported for every command already

    return typer.Option(
        None,
        "--format",
        "-f",
        metavar="[" + "|".join(allowed) + "]",
        callback=check,
        help=f"出力形式（省略時は {formats.default}、-o の拡張子から決まることも）。 Output format (default {formats.default}, or from -o's extension).",
        show_default=False,
    )
