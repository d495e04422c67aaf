"""Discovery: from the paths a user types to the plan files they name.

`scan` takes files as they are (reading one says what is wrong with it), every plan of a directory
(*.yaml, *.yml in any case: regular files, links to them, and broken links, which are then an error
to read), and glob patterns; in a stable order without repeats. What a directory held that looks
like a plan but is not a file (a FIFO, a device, a directory named x.yaml) is passed over and
reported, never opened: a pipe would block. `-` is standard input, kept as it is.
"""

from __future__ import annotations

import fnmatch
import glob
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dxcheck.files.source import file_kind

PLAN_SUFFIXES = (".yaml", ".yml")
# What a directory holds that `--documents` takes instead of its YAML plans: Word and PDF plans.
DOCUMENT_SUFFIXES = (".docx", ".pdf")


@dataclass(frozen=True)
class Skipped:
    """An entry of a directory that looks like a plan but was not taken, and why ("fifo", "directory" …)."""

    path: Path
    reason: str


@dataclass
class Scan:
    """The plan files the arguments name, and what was passed over in the directories among them."""

    paths: list[Path] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


class UnlistableDirectory(Exception):
    """A directory given as an argument whose entries cannot be read."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path, self.reason = path, reason


def is_plan_name(path: Path, *, documents: bool = False) -> bool:
    """Whether a directory entry is taken as a plan: *.yaml or *.yml, in any case (恵庭市.YAML); with
    `documents`, *.docx and *.pdf instead. Not a hidden file, as `*` in a shell does not match one (a
    repository's .pre-commit-config.yaml, .gitlab-ci.yml beside a plan were linted as plans, and failed),
    nor the owner file Word keeps beside a document it has open (~$計画書.docx, 162 bytes, not a document)."""
    name = path.name
    return path.suffix.lower() in (DOCUMENT_SUFFIXES if documents else PLAN_SUFFIXES) and not name.startswith((".", "~$"))


def held_in(arguments: Iterable[str | Path], *, documents: bool) -> list[Path]:
    """The plans the directories among the arguments hold, by name: their YAML plans, or with `documents`
    their Word and PDF plans. A command that reads one kind from a directory says how many of the other
    kind it passed over, and how to include them (a mixed folder was compared one kind at a time, in silence)."""
    held: list[Path] = []
    for argument in arguments:
        path = Path(argument)
        if str(argument) != "-" and _is_dir(path):
            try:
                held.extend(
                    sorted(
                        entry
                        for entry in path.iterdir()
                        if is_plan_name(entry, documents=documents) and not (documents and _own_report(entry))
                    )
                )
            except OSError:
                continue
    return held


def in_subfolders(arguments: Iterable[str | Path], *, documents: bool = False) -> list[tuple[Path, int]]:
    """The folders one level below the directories among the arguments that hold plans (with `documents`,
    Word and PDF plans), and how many each holds: a directory means its own plans only, and compare says
    so (a consultant's towns kept by prefecture, 北海道/ 青森県/ …, were passed over in silence)."""
    held: list[tuple[Path, int]] = []
    seen: set[str] = set()  # each real folder once (a link to a sibling is not two folders of plans)
    for argument in arguments:
        path = Path(argument)
        if str(argument) == "-" or not _is_dir(path):
            continue
        try:  # scandir: the entry's type from the listing, no stat a file (a folder of 10,000 plans)
            with os.scandir(path) as entries:
                folders = sorted(Path(e.path) for e in entries if not e.name.startswith(".") and _is_folder(e))
        except OSError:
            continue
        for folder in folders:
            real = os.path.realpath(folder)
            if real in seen:
                continue
            seen.add(real)
            try:
                count = sum(1 for entry in folder.iterdir() if is_plan_name(entry, documents=documents))
            except OSError:
                continue
            if count:
                held.append((folder, count))
    return held


def scan(arguments: Iterable[str | Path], *, documents: bool = False) -> Scan:
    """Files, every plan of a directory, and glob patterns, in a stable order without repeats.

    A file named on the command line is taken as it is (reading it says what is wrong with it). In
    a directory, every *.yaml / *.yml entry, in any case and not hidden (`is_plan_name`), is taken when it is a regular file or a
    link to one, and also when it is a broken link (reading it is then an error: a plan that has
    gone missing must not pass unnoticed). A directory, FIFO, socket or device with a plan's name
    is passed over and reported in `skipped`. `-` (standard input) is kept as it is. With `documents`,
    a directory means its Word and PDF plans (*.docx, *.pdf) instead.
    """
    result = Scan()
    found: list[Path] = []
    for argument in arguments:
        path = Path(argument)
        text = str(argument)
        if text != "-" and _is_dir(path):
            found.extend(_directory(path, result.skipped, documents))
        elif any(ch in text for ch in "*?[") and not path.exists():
            matched = sorted(Path(p) for p in expand(text))
            # A pattern that matches nothing is kept as it is, and reading it says there is no such file
            # (DX001, exit 2): 「plans/*.yaml other/*.yaml」 with other/ empty passed in silence, in CI too.
            found.extend(matched or [path])
        else:
            found.append(path)
    seen: set[Path] = set()
    for path in found:
        key = path if str(path) == "-" else Path(os.path.realpath(path))  # realpath, unlike resolve(), does not raise on a symlink loop
        if key not in seen:
            seen.add(key)
            result.paths.append(path)
    return result


def expand(pattern: str) -> Iterator[str]:
    """The names a glob pattern matches, as glob.glob(pattern, recursive=True) gives them — but `**`
    visits each real directory once. glob follows every link to a directory, so a link to `.` made
    `plans/**/*.yaml` report plans/self/self/…/a.yaml down to 40 levels, and two such links took
    2^40 steps; here a directory already visited under another name (a link to itself, to a parent,
    to a sibling) is not entered again. A link to a directory outside the tree is still followed."""
    if not glob.has_magic(pattern):
        yield from glob.glob(pattern)
        return
    base = os.sep if pattern.startswith(os.sep) else ""
    yield from _expand(base, [part for part in pattern.split(os.sep) if part])  # a//b is a/b, as the system reads it


def _expand(base: str, parts: list[str]) -> Iterator[str]:
    if not parts:
        yield base
        return
    part, rest = parts[0], parts[1:]
    if part == "**":
        for folder in _folders(base):
            if rest:
                yield from _expand(folder, rest)
            else:
                yield folder
                yield from (name for name, is_folder in _entries(folder, "*") if not is_folder)
    elif glob.has_magic(part):
        for name, is_folder in _entries(base, part):
            if is_folder or not rest:
                yield from _expand(name, rest)
    else:
        name = os.path.join(base, part) if base else part
        if os.path.isdir(name) if rest else os.path.lexists(name):
            yield from _expand(name, rest)


def _entries(folder: str, pattern: str) -> Iterator[tuple[str, bool]]:
    """The entries of `folder` whose name matches `pattern` (a hidden one only if the pattern starts
    with a dot, as glob does), each with whether it is a directory (through a link too)."""
    try:
        with os.scandir(folder or os.curdir) as listing:
            entries = [(entry.name, _is_folder(entry)) for entry in listing]
    except OSError:
        return
    for name, is_folder in sorted(entries):
        if (pattern.startswith(".") or not name.startswith(".")) and fnmatch.fnmatch(name, pattern):
            yield (os.path.join(folder, name) if folder else name), is_folder


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _folders(base: str) -> Iterator[str]:
    """`base` and every directory below it (not hidden), each real directory once, depth first."""
    seen: set[tuple[int, int]] = set()
    pending = [base]
    while pending:
        folder = pending.pop()
        try:
            status = os.stat(folder or os.curdir)
        except OSError:
            continue
        if (status.st_dev, status.st_ino) in seen:
            continue
        seen.add((status.st_dev, status.st_ino))
        yield folder
        pending.extend(reversed([name for name, is_folder in _entries(folder, "*") if is_folder]))


def _directory(path: Path, skipped: list[Skipped], documents: bool = False) -> list[Path]:
    try:
        entries = sorted(path.iterdir())
    except OSError as exc:
        raise UnlistableDirectory(path, exc.strerror or type(exc).__name__) from None
    taken = []
    for entry in entries:
        if not is_plan_name(entry, documents=documents):
            continue
        try:
            mode = entry.stat().st_mode
        except FileNotFoundError:
            taken.append(entry)  # a broken link: an error when it is read
            continue
        except OSError:
            taken.append(entry)  # a symlink loop, a target that cannot be reached: reading says which
            continue
        if stat.S_ISREG(mode) and documents and _own_report(entry):
            skipped.append(Skipped(entry, "dxcheck-report"))  # 比較.docx written into the folder of plans
        elif stat.S_ISREG(mode):
            taken.append(entry)
        else:
            skipped.append(Skipped(entry, special_kind(mode)))
    return taken


def _own_report(path: Path) -> bool:
    from dxcheck.files.reports import written_by_dxcheck  # only where a folder holds documents

    return written_by_dxcheck(path)


def special_kind(mode: int) -> str:
    """What a file that is not a regular file is: "directory", "fifo", "char", "block", "socket"."""
    return "directory" if stat.S_ISDIR(mode) else file_kind(mode)


def _is_dir(path: Path) -> bool:
    """Whether a path is a folder; False when it cannot be told (a plan in a folder without search permission raised
    PermissionError here, an internal error: a hostile review's). Reading it then says why (DX001)."""
    try:
        return path.is_dir()
    except OSError:
        return False
