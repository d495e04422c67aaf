"""Frameworks a user adds: the framework files in the directories `--frameworks-dir` or the
configuration's `framework-paths` name, on top of the shipped ones.

A user's file adds a framework, adds an edition of a shipped one, or replaces a shipped edition (the
same id and edition); the catalogue records where each came from (`Catalogue.origins`) and every
report names the file. Each file is linted first (dxcheck.catalogue.framework_check): a file with an
error is not used, and the command stops with every problem at file:line:col (exit 2).

Trust, as ssh's StrictModes and git's safe.directory have it: a framework changes what an audit says,
so a directory or file that another user owns, or that a group or anyone may write to, is refused —
and so is a directory above it (up to the configuration file's directory, or the working directory for
--frameworks-dir) that another user owns or that a group or anyone may write to without the sticky bit
(a member could rename the framework directory away and put another in its place). A link is followed
only as the kernel's protected_symlinks rule would (dxcheck.files.atomic.resolve), and its target and
the directory that holds it must pass the same rules. Root's own directories (a system-wide install) are
taken.

The validated catalogue goes through the same signed cache as the shipped one (dxcheck.files.cache),
keyed by every file's name and content, the user's included.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dxcheck.catalogue.framework import Catalogue, Framework, FrameworkOrigin, shipped_catalogue
from dxcheck.catalogue.framework_check import FrameworkProblem, across_files, check_file
from dxcheck.model.message import Message


class UserFrameworkError(Exception):
    """The user's framework directories or files cannot be used: a message, or the problems of the files."""

    def __init__(self, message: Message | None = None, problems: Sequence[FrameworkProblem] = ()) -> None:
        super().__init__(message.en if message else "; ".join(p.text("en") for p in problems))
        self.message = message
        self.problems = tuple(problems)


@dataclass(frozen=True)
class UserFile:
    """A framework file found in a user's directory: the path read, and the name reports give it."""

    path: Path
    shown: str


def shown_path(path: Path) -> str:
    """A path as the user would name it: relative to the working directory when inside it, else absolute."""
    from dxcheck.model.findings import display_name

    absolute = os.path.abspath(path)
    try:
        relative = os.path.relpath(absolute, os.getcwd())
    except (OSError, ValueError):
        return display_name(absolute)
    return display_name(absolute if relative == os.pardir or relative.startswith(os.pardir + os.sep) else relative)


def catalogue_with(directories: Sequence[Path], up_to: Path | None = None, read: Sequence[tuple[str, bytes]] = ()) -> Catalogue:
    """The shipped catalogue, with the frameworks of `directories` added (or replacing shipped editions).
    `up_to`: the directory the parents of each are checked up to (the configuration file's, or the
    working directory); None: the working directory. `read`: framework files already read, as (name,
    bytes) — the ones of a git revision (DXCHECK_CONFIG_REV), named revision:path."""
    if not directories and not read:
        return shipped_catalogue()
    files = [f for directory in directories for f in user_files(directory, up_to)]
    if read:  # not cached: the revision's files are read from git on every run (a few ms)
        given = tuple(UserFile(Path(name), name) for name, _ in read)
        return validated((*given, *files), [data for _, data in read] + [None] * len(files))
    return _load(tuple(files))


def user_files(directory: Path, up_to: Path | None = None) -> list[UserFile]:
    """The framework files (*.yaml, *.yml, in any case, not hidden: as a directory of plans is read) of one directory,
    sorted, each checked against the trust rules. (A hostile try found dx@1.0.YML passed over and a hidden
    .dx@1.0.yaml loaded.)"""
    shown = shown_path(directory)
    _trusted_directory(directory, shown)
    _trusted_parents(directory, shown, up_to)
    try:
        names = sorted(
            entry.name
            for entry in os.scandir(directory)
            if entry.name.lower().endswith((".yaml", ".yml")) and not entry.name.startswith(".")
        )
    except OSError as exc:
        raise UserFrameworkError(
            Message(
                f"枠組みのディレクトリを読めません: {shown}（{exc.strerror}）",
                f"cannot list the frameworks directory {shown}: {exc.strerror}",
            )
        ) from None
    found = []
    for name in names:
        path = directory / name
        _trusted_file(path, shown_path(path))
        found.append(UserFile(path, shown_path(path)))
    return found


def _trusted_owner(uid: int) -> bool:
    return uid in (os.geteuid(), 0)


def _trusted_directory(directory: Path, shown: str) -> None:
    if not os.path.lexists(directory):
        raise UserFrameworkError(Message(f"枠組みのディレクトリがありません: {shown}", f"no such frameworks directory: {shown}"))
    from dxcheck.files.atomic import PlantedLink, resolve

    try:
        real = resolve(directory)
        status = os.stat(real)
    except PlantedLink:
        raise UserFrameworkError(_planted(shown)) from None
    except OSError as exc:
        raise UserFrameworkError(
            Message(
                f"枠組みのディレクトリを読めません: {shown}（{exc.strerror}）",
                f"cannot read the frameworks directory {shown}: {exc.strerror}",
            )
        ) from None
    if not stat.S_ISDIR(status.st_mode):
        raise UserFrameworkError(
            Message(
                f"--frameworks-dir にはディレクトリを指定します: {shown}", f"not a directory: {shown} (--frameworks-dir names a directory)"
            )
        )
    if status.st_mode & stat.S_IWOTH:
        raise UserFrameworkError(
            Message(
                f"枠組みのディレクトリ {shown} は誰でも書き込めるため使いません（chmod o-w で閉じてください）",
                f"the frameworks directory {shown} is writable by anyone: not used (chmod o-w it)",
            )
        )
    if status.st_mode & stat.S_IWGRP:
        raise UserFrameworkError(
            Message(
                f"枠組みのディレクトリ {shown} はグループ（gid {status.st_gid}）の誰でも書き込めるため使いません"
                "（ほかの人が枠組みファイルを置けます。chmod g-w で閉じてください）",
                f"the frameworks directory {shown} is writable by its group (gid {status.st_gid}): not used "
                "(another member could put a framework file in it; chmod g-w it)",
            )
        )
    if not _trusted_owner(status.st_uid):
        raise UserFrameworkError(
            Message(
                f"枠組みのディレクトリ {shown} は別の利用者のものなので使いません（所有者 uid {status.st_uid}）",
                f"the frameworks directory {shown} belongs to another user (uid {status.st_uid}): not used",
            )
        )


def _trusted_parents(directory: Path, shown: str, up_to: Path | None) -> None:
    """Each directory above `directory`, up to `up_to` (when it is above it; else up to /): one another
    user owns, or a group or anyone may write to without the sticky bit, could have the framework
    directory renamed away and another put in its place (ssh's StrictModes checks the same)."""
    real = Path(os.path.realpath(directory))
    stop = Path(os.path.realpath(up_to if up_to is not None else os.getcwd()))
    for parent in real.parents:
        try:
            status = os.stat(parent)
        except OSError:
            return
        sticky = bool(status.st_mode & stat.S_ISVTX)
        if not _trusted_owner(status.st_uid):
            raise UserFrameworkError(
                Message(
                    f"枠組みのディレクトリ {shown} の上のディレクトリ {parent} は別の利用者のものなので使いません"
                    f"（所有者 uid {status.st_uid}。その人は枠組みのディレクトリを差し替えられます）",
                    f"the directory {parent} above the frameworks directory {shown} belongs to another user "
                    f"(uid {status.st_uid}), who could replace the frameworks directory: not used",
                )
            )
        if status.st_mode & (stat.S_IWGRP | stat.S_IWOTH) and not sticky:
            who_ja, who_en, fix = (
                ("誰でも", "anyone", "o-w")
                if status.st_mode & stat.S_IWOTH
                else (f"グループ（gid {status.st_gid}）の誰でも", "its group", "g-w")
            )
            raise UserFrameworkError(
                Message(
                    f"枠組みのディレクトリ {shown} の上のディレクトリ {parent} は{who_ja}書き込めるため使いません"
                    f"（ほかの人が枠組みのディレクトリを差し替えられます。chmod {fix} {parent} で閉じてください）",
                    f"the directory {parent} above the frameworks directory {shown} is writable by {who_en}, who could replace "
                    f"the frameworks directory: not used (chmod {fix} {parent})",
                )
            )
        if parent == stop:
            return


def _trusted_file(path: Path, shown: str) -> None:
    from dxcheck.files.atomic import PlantedLink, resolve

    try:
        own = os.lstat(path)
        real = resolve(path)
        status = os.stat(real)
        folder = os.stat(real.parent)
    except PlantedLink:
        raise UserFrameworkError(_planted(shown)) from None
    except OSError as exc:
        raise UserFrameworkError(Message(f"{shown}: 読めません（{exc.strerror}）", f"{shown}: cannot read: {exc.strerror}")) from None
    if stat.S_ISLNK(own.st_mode) and not _trusted_owner(own.st_uid):
        raise UserFrameworkError(
            Message(
                f"{shown} は別の利用者（uid {own.st_uid}）が置いたリンクなので、たどりません",
                f"{shown} is a link another user (uid {own.st_uid}) put there: not followed",
            )
        )
    if real.parent != Path(os.path.realpath(path.parent)) and folder.st_mode & stat.S_IWOTH:
        raise UserFrameworkError(
            Message(
                f"{shown} は誰でも書き込めるディレクトリ（{real.parent}）を指すリンクなので使いません",
                f"{shown} links into a directory anyone may write to ({real.parent}): not used",
            )
        )
    if real.parent != Path(os.path.realpath(path.parent)) and (folder.st_mode & stat.S_IWGRP or not _trusted_owner(folder.st_uid)):
        raise UserFrameworkError(
            Message(
                f"{shown} はグループの誰でも書き込めるか別の利用者のディレクトリ（{real.parent}）を指すリンクなので使いません",
                f"{shown} links into a directory its group may write to or another user owns ({real.parent}): not used",
            )
        )
    if status.st_mode & stat.S_IWOTH:
        raise UserFrameworkError(
            Message(
                f"{shown} は誰でも書き込めるため使いません（chmod o-w で閉じてください）",
                f"{shown} is writable by anyone: not used (chmod o-w it)",
            )
        )
    if status.st_mode & stat.S_IWGRP:
        raise UserFrameworkError(
            Message(
                f"{shown} はグループ（gid {status.st_gid}）の誰でも書き込めるため使いません（chmod g-w で閉じてください）",
                f"{shown} is writable by its group (gid {status.st_gid}): not used (chmod g-w it)",
            )
        )
    if not _trusted_owner(status.st_uid):
        raise UserFrameworkError(
            Message(
                f"{shown} は別の利用者のものなので使いません（所有者 uid {status.st_uid}）",
                f"{shown} belongs to another user (uid {status.st_uid}): not used",
            )
        )


def _planted(shown: str) -> Message:
    return Message(
        f"{shown}: 誰でも書き込めるディレクトリに別の利用者が置いたリンクなので、たどりません",
        f"{shown}: a link another user put in a directory anyone may write to: not followed",
    )


def _load(files: tuple[UserFile, ...]) -> Catalogue:
    """The shipped catalogue with the user's files: from the signed cache when nothing changed.

    Each file is read once: the bytes that name the cache entry are the bytes checked and validated
    (a file edited between two reads could otherwise store one content's catalogue under another's name)."""
    from dxcheck.catalogue.framework import _builder, _cache_file
    from dxcheck.files import cache as disk
    from dxcheck.files.resources import data_dir
    from dxcheck.files.source import MAX_PLAN_BYTES, SourceError, read_plan_bytes

    shipped_files = sorted(data_dir("frameworks").glob("*.yaml"))
    try:  # read as a plan is, within its limit: a file beyond it, or not a regular file, is said by validated() (FW001)
        contents = [(f, read_plan_bytes(f.path, f.shown, MAX_PLAN_BYTES + 1)) for f in files]
    except SourceError:
        return validated(files)
    if any(len(data) > MAX_PLAN_BYTES for _, data in contents):
        return validated(files, [data for _, data in contents])
    code = ("code", "user.py", Path(__file__).read_bytes())  # how a user's text is escaped and checked
    cache_file = _cache_file(shipped_files, [code] + [("user", f.shown, data) for f, data in contents])
    cached = disk.load(cache_file)
    if isinstance(cached, dict):
        try:
            build = _builder(Framework)
            origins = {ref: FrameworkOrigin(str(file), bool(replaces)) for ref, (file, replaces) in cached["origins"].items()}
            return Catalogue([build(entry) for entry in cached["frameworks"]], origins)
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    catalogue = validated(files, [data for _, data in contents])
    disk.store(
        cache_file,
        {
            "frameworks": [f.model_dump(mode="json") for f in catalogue.frameworks],
            "origins": {ref: [o.file, o.replaces] for ref, o in catalogue.origins.items()},
        },
    )
    return catalogue


def validated(files: tuple[UserFile, ...], contents: Sequence[bytes | None] | None = None) -> Catalogue:
    """Every user file linted, the catalogue assembled, and checked across files. `contents`: the
    files' bytes, read once by the caller (None for one: read here); else each file is read here (once)."""
    shipped = shipped_catalogue()
    problems: list[FrameworkProblem] = []
    added: dict[str, tuple[Framework, UserFile]] = {}
    positions: dict[str, tuple[str, Any]] = {}
    for index, user_file in enumerate(files):
        checked = check_file(user_file.path, user_file.shown, contents[index] if contents is not None else None)
        problems += checked.problems
        if not checked.ok:
            continue
        framework = Framework.model_validate(checked.data)
        if framework.ref in added:
            problems.append(
                FrameworkProblem(
                    "FW010",
                    "error",
                    user_file.shown,
                    1,
                    1,
                    Message(
                        f"{framework.ref} は {added[framework.ref][1].shown} にもあります: 同じ版は一つのファイルに",
                        f"{framework.ref} is also in {added[framework.ref][1].shown}: one file per edition",
                    ),
                )
            )
            continue
        added[framework.ref] = (framework, user_file)
        positions[framework.ref] = (user_file.shown, checked.positions)
    if any(p.severity == "error" for p in problems):
        raise UserFrameworkError(problems=problems)
    frameworks = [f for f in shipped.frameworks if f.ref not in added] + [f for f, _ in added.values()]
    origins = {ref: FrameworkOrigin(user_file.shown, shipped.resolve(ref) is not None) for ref, (_, user_file) in added.items()}
    catalogue = Catalogue(frameworks, origins)
    across = across_files(catalogue.problems(), positions)
    if across:
        raise UserFrameworkError(problems=across)
    return catalogue
