"""Discovery: from the paths a user types to the plan files they name.

`scan` takes files as they are (reading one says what is wrong with it), every plan of a directory
(*.yaml, *.yml in any case: regular files, links to them, and broken links, which are then an error
to read), and glob patterns; in a stable order without repeats. What a directory held that looks
like a plan but is not a file (a FIFO, a device, a directory named x.yaml) is passed over and
reported, never opened: a pipe would block. `-` is standard input, kept as it is.
"""

from __future__ import annotations

import glob
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from dxcheck.files.source import file_kind

PLAN_SUFFIXES = (".yaml", ".yml")


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


def is_plan_name(path: Path) -> bool:
    """Whether a directory entry is taken as a plan: *.yaml or *.yml, in any case (恵庭市.YAML)."""
    return path.suffix.lower() in PLAN_SUFFIXES


def scan(arguments: Iterable[str | Path]) -> Scan:
    """Files, every plan of a directory, and glob patterns, in a stable order without repeats.

    A file named on the command line is taken as it is (reading it says what is wrong with it). In
    a directory, every *.yaml / *.yml entry, in any case, is taken when it is a regular file or a
    link to one, and also when it is a broken link (reading it is then an error: a plan that has
    gone missing must not pass unnoticed). A directory, FIFO, socket or device with a plan's name
    is passed over and reported in `skipped`. `-` (standard input) is kept as it is.
    """
    result = Scan()
    found: list[Path] = []
    for argument in arguments:
        path = Path(argument)
        text = str(argument)
        if text != "-" and path.is_dir():
            found.extend(_directory(path, result.skipped))
        elif any(ch in text for ch in "*?[") and not path.exists():
            found.extend(sorted(Path(p) for p in glob.glob(text, recursive=True)))
        else:
            found.append(path)
    seen: set[Path] = set()
    for path in found:
        key = path if str(path) == "-" else Path(os.path.realpath(path))  # realpath, unlike resolve(), does not raise on a symlink loop
        if key not in seen:
            seen.add(key)
            result.paths.append(path)
    return result


def _directory(path: Path, skipped: list[Skipped]) -> list[Path]:
    try:
        entries = sorted(path.iterdir())
    except OSError as exc:
        raise UnlistableDirectory(path, exc.strerror or type(exc).__name__) from None
    taken = []
    for entry in entries:
        if not is_plan_name(entry):
            continue
        try:
            mode = entry.stat().st_mode
        except FileNotFoundError:
            taken.append(entry)  # a broken link: an error when it is read
            continue
        except OSError:
            taken.append(entry)  # a symlink loop, a target that cannot be reached: reading says which
            continue
        if stat.S_ISREG(mode):
            taken.append(entry)
        else:
            skipped.append(Skipped(entry, special_kind(mode)))
    return taken


def special_kind(mode: int) -> str:
    """What a file that is not a regular file is: "directory", "fifo", "char", "block", "socket"."""
    return "directory" if stat.S_ISDIR(mode) else file_kind(mode)
