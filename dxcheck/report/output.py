"""Writing a report: to stdout as it is made, or to a file (dxcheck.files.atomic), and knowing it arrived.

A terminal drawing (`Drawn`) is printed in colour on a terminal and as plain text (120 columns)
in a file; piped into a pager on a terminal, as wide as that terminal (COLUMNS wins over both). A binary format is never written to a terminal. CSV, bytes in a chosen encoding, is
shown decoded on a terminal.

Nothing written is taken for granted: stdout is flushed before the exit code is decided, and a
write that fails (a full disk, /dev/full, `ulimit -f`) is a ReportError (exit 2) that says so. A
reader that leaves early (`dxcheck lint … | head`) is not a failure: the rest of the report is
dropped and the exit code is the plans' result. `-o -` and an `-o` naming the very file stdout
already is (/dev/stdout) write to stdout; an `-o` naming one of the inputs is refused.

"stdout" is the stream a command was given (dxcheck.cli's invocation); without one, the process's.
"""

from __future__ import annotations

import io
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from dxcheck.files.streams import discard_stdout, is_stdin
from dxcheck.model.findings import display_name, visible
from dxcheck.model.rules import write_reason
from dxcheck.report import Drawn, Encoded, Format, Output, ReportContext, ReportError

if TYPE_CHECKING:
    from rich.console import Console, RenderableType
    from rich.segment import Segment

    from dxcheck.files.atomic import Snapshot

# Reports drawn for the terminal, written to a file: this wide, without colour.
FILE_WIDTH = 120


def write(
    output: Output, target: Path | None, fmt: Format, context: ReportContext, *, force: bool = False, stdout: TextIO | None = None
) -> None:
    """Write a report to stdout (target None, `-`, or stdout's own file) or to `target`."""
    stdout = stdout if stdout is not None else sys.stdout
    if target is not None and is_stdout(target, stdout):
        target = None
    if isinstance(output, Drawn):
        if target is None and _runner_log(stdout):
            # a GitHub Actions log reads a line that begins with `::` as a workflow command, and a wrap can
            # begin a line with a plan's words (「::error::…」): the drawing goes between stop-commands
            with writing_stdout(stdout):
                stdout.write(_guarded(_plain_text(output)))
            return
        if target is None:
            from dxcheck.report.console import make_console

            console = make_console(file=stdout)
            if not console.is_terminal and "COLUMNS" not in os.environ:
                # A pipe has no width: into a pager (`| less`) read on a terminal, the terminal's;
                # else as wide as in a file, not rich's 80 columns, in which the matrix of a
                # comparison did not fit and went through rich's Table, cropped, and slowly (10,000
                # towns: 15 s of compare's own time).
                console.width = pager_width(stdout) or FILE_WIDTH
            with writing_stdout(stdout):
                _draw(console, output)
            return
        output = _plain_text(output)
    if isinstance(output, bytes | Encoded):
        _write_bytes(output, target, fmt, context, force=force, stdout=stdout)
        return
    if target is None:
        with writing_stdout(stdout):
            for piece in [output] if isinstance(output, str) else output:
                stdout.write(piece)
        return
    to_file(target, output, force=force)


def _runner_log(stdout: TextIO) -> bool:
    """stdout goes to a GitHub Actions log (GITHUB_ACTIONS=true, and a pipe, not a file a step redirects it
    to): there, a line that begins with `::` (after spaces) is a workflow command."""
    if os.environ.get("GITHUB_ACTIONS") != "true":
        return False
    try:
        mode = os.fstat(stdout.fileno()).st_mode
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        return False
    return not stat.S_ISREG(mode)


@contextmanager
def guarded_stdout(stdout: TextIO) -> Iterator[TextIO]:
    """Where to write text for a person that may quote a plan (fmt --check's diff, explain, a listing):
    stdout itself; in a GitHub Actions log, a buffer written at the end between stop-commands, so that no
    line of it is read as a workflow command. Machine formats and standard input formatted are not
    written through it: their bytes are data."""
    if not _runner_log(stdout):
        yield stdout
        return
    buffer = io.StringIO()
    yield buffer
    if buffer.getvalue():
        stdout.write(_guarded(buffer.getvalue()))


def _guarded(text: str) -> str:
    """`text` between `::stop-commands::TOKEN` and `::TOKEN::`, the runner's own way to read no command in
    it. The token is the text's SHA-256: the same bytes for the same report, and no plan's words can name
    it (writing it into a plan would change the report, and so the token)."""
    import hashlib

    token = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return f"::stop-commands::{token}\n{text}{'' if text.endswith(chr(10)) else chr(10)}::{token}::\n"


def pager_width(stdout: TextIO) -> int | None:
    """The width of the terminal a pipe's reader is on (`dxcheck compare plans/ | less`): stdout is a
    pipe and stderr (or stdin) a terminal. None for a file (`> report.txt`: 120 columns, the same bytes
    wherever it is made) or a pipe with no terminal (CI)."""
    import stat

    try:
        if not stat.S_ISFIFO(os.fstat(stdout.fileno()).st_mode):
            return None
    except (OSError, ValueError, io.UnsupportedOperation):
        return None
    for fd in (2, 0):
        try:
            return os.get_terminal_size(fd).columns or None
        except OSError:
            continue
    return None


def is_stdout(target: Path, stdout: TextIO | None = None) -> bool:
    """`-o -`, or a name of the file stdout already is (/dev/stdout, /dev/fd/1, the same file)."""
    if str(target) == "-":
        return True
    try:
        named, ours = os.stat(target), os.fstat((stdout if stdout is not None else sys.stdout).fileno())
    except (OSError, ValueError, AttributeError):
        return False
    return (named.st_dev, named.st_ino) == (ours.st_dev, ours.st_ino)


def refuse_inputs(target: Path | None, inputs: Iterable[Path], config: Path | None = None, *, stdout: TextIO | None = None) -> None:
    """A ReportError if `target` is one of the inputs — the same name, the same file through a link,
    or the file standard input reads (`dxcheck lint - -o p.yaml < p.yaml`) — or the configuration."""
    if target is None or is_stdout(target, stdout):
        return
    try:
        written = os.stat(target)
    except OSError:
        written = None
    real = os.path.realpath(target)

    def same(path: Path) -> bool:
        try:
            other = os.fstat(sys.stdin.fileno()) if is_stdin(path) else os.stat(path)
            if written is not None and os.path.samestat(written, other):
                return True
        except (OSError, ValueError, AttributeError):
            pass
        return not is_stdin(path) and os.path.realpath(path) == real

    shown = display_name(target)
    if any(same(path) for path in inputs):
        raise ReportError(
            f"出力先 {shown} は入力の計画ファイルです。別のファイル名を -o に指定してください",
            f"the output {shown} is one of the input plans; give -o another file",
        )
    if config is not None and same(config):
        raise ReportError(
            f"出力先 {shown} は使っている設定ファイルです。別のファイル名を -o に指定してください",
            f"the output {shown} is the configuration in use; give -o another file",
        )


def to_file(
    target: Path, data: str | bytes | Iterator[str] | Iterator[bytes], *, force: bool = False, expect: Snapshot | None = None
) -> None:
    """Write a file (dxcheck.files.atomic.write_file); a failure is a ReportError that says which file and why."""
    from dxcheck.files.atomic import ChangedSince, LeftInBackup, PlantedLink, WriteProtected, write_file

    shown = display_name(target)
    try:
        write_file(target, data, force=force, expect=expect)
    except WriteProtected:
        raise ReportError(
            f"{shown} は書き込み禁止です（上書きするなら --force）", f"{shown} is write-protected (use --force to overwrite it)"
        ) from None
    except ChangedSince:
        raise ReportError(
            f"{shown} は読んだ後にほかのプログラムが書き換えました。上書きしません（もう一度実行してください）",
            f"{shown} was changed by another program after it was read; not overwritten (run again)",
        ) from None
    except PlantedLink as exc:
        raise ReportError(*planted_link(exc.link, exc.kind)) from None
    except LeftInBackup as exc:
        reason, reason_en = write_reason(exc)
        backup = display_name(exc.backup)
        raise ReportError(
            f"書き込めません: {shown}（{reason}）。元の内容は {backup} にあります",
            f"cannot write {shown}: {reason_en}; the old content is in {backup}",
        ) from None
    except OSError as exc:
        reason, reason_en = write_reason(exc)
        raise ReportError(f"書き込めません: {shown}（{reason}）", f"cannot write {shown}: {reason_en}") from None


def planted_link(link: Path, kind: str = "link") -> tuple[str, str]:
    """What is said when a write would follow a link another user planted, or write into a file or FIFO
    another user made in a shared directory (files/atomic.PlantedLink)."""
    shown, folder = display_name(link), display_name(link.parent)
    if kind != "link":
        what_ja, what_en = ("名前付きパイプ（FIFO）", "named pipe (FIFO)") if kind == "fifo" else ("ファイル", "file")
        return (
            f"{shown} はほかのユーザーが共有ディレクトリ {folder} に作った{what_ja}です。書き込みません"
            "（カーネルの protected_regular・protected_fifos と同じ規則）。自分のディレクトリの別のファイル名を指定してください",
            f"{shown} is a {what_en} another user made in the shared directory {folder}; it is not written to "
            "(the kernel's protected_regular and protected_fifos rule). Give a file name in a directory of your own",
        )
    return (
        f"{shown} はほかのユーザーが共有ディレクトリ {folder} に置いたシンボリックリンクです。たどって書き込むことはしません。"
        "自分のディレクトリの別のファイル名を指定してください",
        f"{shown} is a symbolic link another user put in the shared directory {folder}; it is not followed for writing. "
        "Give a file name in a directory of your own",
    )


def to_new_file(target: Path, text: str, *, force: bool) -> None:
    """A file that must not exist yet (init's plan, import's draft): created exclusively, so that of two
    commands at once one wins and neither overwrites the other; with `force`, replaced (`to_file`).
    FileExistsError when it exists, OSError when it cannot be created, ReportError (force) as `to_file`."""
    if force:
        to_file(target, text, force=True)
    else:
        from dxcheck.files.atomic import create_new

        create_new(target, text)


@contextmanager
def writing_stdout(stdout: TextIO | None = None) -> Iterator[None]:
    """Write to stdout inside this block; it is flushed at the end. A reader that has gone is no
    error (the rest is dropped); any other failure is a ReportError."""
    stream = stdout if stdout is not None else sys.stdout
    try:
        yield
        stream.flush()
    except BrokenPipeError:
        discard_stdout(stream)
    except OSError as exc:
        discard_stdout(stream)  # what is still in the buffer cannot be written either: said once, here
        reason = exc.strerror or str(exc)
        raise ReportError(f"標準出力に書き込めません（{reason}）", f"cannot write to standard output: {reason}") from None


def _plain_text(drawn: Drawn) -> str:
    from rich.console import Console

    buffer = io.StringIO()
    console = Console(file=buffer, width=FILE_WIDTH, color_system=None, highlight=False, markup=False, emoji=False, soft_wrap=True)
    from dxcheck.report.console import show_controls

    show_controls(console)
    _draw(console, drawn)
    return buffer.getvalue()


def _draw(console: Console, drawn: Drawn) -> None:
    """Print a drawing. Lines of text to what is not a terminal are written as their text: what
    rich would print there, without laying out each line (lint of 10,000 plans prints 25,000)."""
    from rich.text import Text

    lines = [p for p in drawn.pieces if type(p) is Text and p.end == "\n" and "\t" not in p.plain]
    if not console.is_terminal and len(lines) == len(drawn.pieces):
        for start in range(0, len(lines), 1000):  # in parts: the whole report as one string is megabytes
            console.file.write("".join(visible(line.plain) + "\n" for line in lines[start : start + 1000]))
        return
    for piece in drawn.pieces:
        if getattr(piece, "long", False):
            _print_in_parts(console, piece)
        else:
            console.print(piece)


def _print_in_parts(console: Console, piece: RenderableType, lines: int = 500) -> None:
    """What `console.print(piece)` prints, `lines` lines at a time: rich holds every segment of one print
    until it ends, and the matrix of 20,000 towns was 100 MB of them."""
    from rich.segment import Segments

    options = console.options  # as print makes them: soft wrap (a file) is neither wrapped nor padded
    if console.soft_wrap:
        options = options.update(no_wrap=True, overflow="ignore")
    part: list[Segment] = []
    count = 0
    for segment in console.render(piece, options):
        part.append(segment)
        if segment.text == "\n" and not segment.control:
            count += 1
            if count == lines:
                console.print(Segments(part))
                part, count = [], 0
    if part:
        console.print(Segments(part))


def _write_bytes(data: bytes | Encoded, target: Path | None, fmt: Format, context: ReportContext, *, force: bool, stdout: TextIO) -> None:
    """Bytes (or bytes in pieces, `Encoded`) to `target`, or to stdout: as they are into a pipe or a file,
    decoded on a terminal, and never a binary format to a terminal."""
    if target is not None:
        to_file(target, data if isinstance(data, bytes) else iter(data), force=force)
        return
    pieces = [data] if isinstance(data, bytes) else data
    if stdout.isatty():
        if fmt.binary:
            raise ReportError(f"{fmt.name} はバイナリです。-o ファイル名 を指定してください", f"{fmt.name} is binary: give -o FILE")
        import codecs

        decoder = codecs.getincrementaldecoder(context.encoding)()
        with writing_stdout(stdout):
            for piece in pieces:
                stdout.write(decoder.decode(piece))
            stdout.write(decoder.decode(b"", final=True))
        return
    with writing_stdout(stdout):
        stdout.flush()
        for piece in pieces:
            stdout.buffer.write(piece)
