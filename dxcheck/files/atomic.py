"""Writing files so that nothing is lost, and a file stays what it was.

`write_file` is the one way dxcheck writes over a file (reports with -o, `fmt`, `init --force`):

- a symbolic link is followed: the file it points to is written, and the link stays a link — but,
  as the kernel's protected_symlinks rule says, not a link in a sticky world-writable directory
  (/tmp) owned by neither this user nor the directory's owner: another user may have planted it
  there to have a file of ours overwritten (`PlantedLink`);
- a regular file or a FIFO another user made in a sticky directory others may write to (/tmp), owned
  by neither this user nor the directory's owner, is not written to (`PlantedLink`, kind "file" or
  "fifo"), as the kernel's protected_regular and protected_fifos rules say;
- a character device or a FIFO (/dev/null, /dev/full, a named pipe) is written to directly, never
  replaced by a regular file; a write error there (/dev/full) is an error like any other;
- a write-protected file is refused unless `force`, as an editor asks before `:w!` — protected
  means the permission bits give the user no write permission (as root: no write bit at all);
- with `expect` (a `Snapshot` of the file when it was read), a file that has changed since is
  refused: its size, time, inode or content differ (checked again just before the file is replaced);
- otherwise the new content is written to a temporary file beside it and flushed to disk, given the
  original's owner, group, mode and extended attributes, and renamed over the original: a reader
  sees the old file or the new one, never half of one, and an interrupted write leaves the old file;
- when that rename would break hard links, or the new file cannot be given the original's owner or
  an attribute (a file of another user, writable through its group), the file is rewritten in
  place instead: the new content is complete in a temporary file first, the old content is kept in
  a backup beside it until the rewrite is on disk, and put back if the rewrite fails.

`create_new` makes a file that must not exist yet (`dxcheck init`): written to a temporary file and
linked into place, which fails if the name exists — never check-then-write.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import shutil
import stat
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

Data = bytes | str | Iterable[str] | Iterable[bytes]


class WriteProtected(Exception):
    """The file is write-protected and `force` was not given."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


class ChangedSince(Exception):
    """The file changed after it was read (another program is writing it)."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


class PlantedLink(OSError):
    """A symbolic link in a sticky world-writable directory that another user owns: not followed. `kind`
    "file" or "fifo": a file or FIFO there another user made, not written to (protected_regular, protected_fifos)."""

    def __init__(self, link: Path, kind: str = "link") -> None:
        super().__init__(errno.EACCES, os.strerror(errno.EACCES), str(link))
        self.link = link
        self.kind = kind


def _shared_by_others(path: Path, status: os.stat_result) -> bool:
    """Whether `path` (a regular file or FIFO, `status`) is in a sticky directory others may write to and
    owned by neither this user nor the directory's owner: the kernel's protected_regular and
    protected_fifos rules (at their strictest, 2: a group-writable sticky directory too) refuse to open
    it for a write with O_CREAT, so that a file planted in /tmp under the name a report is to have
    does not receive it. dxcheck writes by rename, which the kernel's rule never sees."""
    geteuid = getattr(os, "geteuid", None)
    if geteuid is None:
        return False
    try:
        folder = os.stat(path.parent)
    except OSError:
        return False
    shared = folder.st_mode & stat.S_ISVTX and folder.st_mode & (stat.S_IWOTH | stat.S_IWGRP)
    return bool(shared) and status.st_uid not in (geteuid(), folder.st_uid)


class LeftInBackup(OSError):
    """An in-place rewrite failed and the old content could not be put back: it is in `backup`."""

    def __init__(self, cause: OSError, backup: str) -> None:
        super().__init__(cause.errno, cause.strerror)
        self.backup = backup


@dataclass(frozen=True)
class Snapshot:
    """What a file was when it was read: where it is on disk, its size and time, and its content."""

    device: int
    inode: int
    size: int
    mtime_ns: int
    digest: bytes

    @classmethod
    def of(cls, status: os.stat_result, content: bytes) -> Snapshot:
        """`status` taken before reading `content`: a change during the read shows as a difference."""
        return cls(status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns, hashlib.sha256(content).digest())

    def matches(self, path: Path) -> bool:
        """Whether the file at `path` is still the one read."""
        try:
            now = os.stat(path)
            if (now.st_dev, now.st_ino, now.st_size, now.st_mtime_ns) != (self.device, self.inode, self.size, self.mtime_ns):
                return False
            with open(path, "rb") as stream:
                return hashlib.sha256(stream.read()).digest() == self.digest
        except OSError:
            return False


def write_protected(status: os.stat_result) -> bool:
    """Whether the permission bits give this user no write permission (as root: no write bit at all)."""
    mode = status.st_mode
    geteuid = getattr(os, "geteuid", None)
    if geteuid is None:  # Windows: the read-only attribute
        return not mode & stat.S_IWRITE
    uid = geteuid()
    if uid == 0:
        return not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    if status.st_uid == uid:
        return not mode & stat.S_IWUSR
    if status.st_gid == os.getegid() or status.st_gid in os.getgroups():
        return not mode & stat.S_IWGRP
    return not mode & stat.S_IWOTH


def write_file(path: Path, data: Data, *, force: bool = False, expect: Snapshot | None = None) -> None:
    """Write `data` to `path` (see the module's docstring for what is kept and what is refused).

    `data` may come in pieces of text (a long report, written as it is made). Raises
    WriteProtected, ChangedSince or OSError; on any of them the file is as it was.
    """
    target = resolve(path)  # through symbolic links (not planted ones): the link stays a link
    try:
        status: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        status = None
    if status is not None:
        if stat.S_ISDIR(status.st_mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        if (stat.S_ISREG(status.st_mode) or stat.S_ISFIFO(status.st_mode)) and _shared_by_others(target, status):
            raise PlantedLink(target, "fifo" if stat.S_ISFIFO(status.st_mode) else "file")
        if not stat.S_ISREG(status.st_mode):
            _write_through(target, data)
            return
        if not force and write_protected(status):
            raise WriteProtected(path)
    if expect is not None and not expect.matches(target):
        raise ChangedSince(path)
    fd, temporary = _temporary(target, ".tmp")
    try:
        with os.fdopen(fd, "wb") as stream:
            _write_chunks(stream, data)
            stream.flush()
            if status is None:
                os.chmod(temporary, 0o666 & ~_umask())  # mkstemp made it private (0600)
                in_place = False
            else:
                in_place = status.st_nlink > 1 or not _same_identity(stream.fileno(), temporary, target, status)
            os.fsync(stream.fileno())
        if expect is not None and not expect.matches(target):  # again, as late as possible
            raise ChangedSince(path)
        if in_place:
            _rewrite_in_place(target, temporary)
            os.unlink(temporary)
        else:
            os.replace(temporary, target)
            _sync_directory(target.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def resolve(path: Path) -> Path:
    """`path` through its symbolic links, as os.path.realpath, refusing (PlantedLink) a link the
    kernel's protected_symlinks rule would not follow for a write: one in a sticky world-writable
    directory owned by neither this user nor the directory's owner. realpath reads links itself, so
    the kernel's rule never applied to the rename that followed."""
    geteuid = getattr(os, "geteuid", None)
    if geteuid is None:
        return Path(os.path.realpath(path))
    me = geteuid()
    pending = list(Path(os.path.join(os.getcwd(), path)).parts)
    resolved = Path(pending.pop(0))
    links = 0
    while pending:
        name = pending.pop(0)
        if name in ("", "."):
            continue
        if name == "..":
            resolved = resolved.parent
            continue
        candidate = resolved / name
        try:
            status = os.lstat(candidate)
        except OSError:  # missing (the file to make) or unreadable: the rest as written, as realpath does
            return Path(os.path.realpath(os.path.join(candidate, *pending)))
        if not stat.S_ISLNK(status.st_mode):
            resolved = candidate
            continue
        links += 1
        if links > 40:
            raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), str(path))
        folder = os.stat(resolved)
        shared = folder.st_mode & stat.S_ISVTX and folder.st_mode & stat.S_IWOTH
        if shared and status.st_uid not in (me, folder.st_uid):
            raise PlantedLink(candidate)
        if not shared and status.st_uid not in (me, 0) and folder.st_uid not in (me, 0):
            # 「mkdir /tmp/out; ln -s /root/f /tmp/out/report.json」 by another user: a link another user put in
            # a directory another user owns is theirs to point anywhere (a hostile review replaced root's file)
            raise PlantedLink(candidate)
        destination = os.readlink(candidate)
        if os.path.isabs(destination):
            resolved = Path("/")
        pending[:0] = [part for part in Path(destination).parts if part != "/"]
    return resolved


def write_atomically(path: Path, data: Data) -> None:
    """Write `data` to `path` as `write_file` does, for files dxcheck keeps for itself (its cache)."""
    write_file(path, data, force=True)


def create_new(path: Path, data: Data) -> None:
    """Make `path` with `data`; FileExistsError if the name exists, even if it appeared a moment ago.

    The content is complete in a temporary file before it is linked into place, so the file is never
    seen half written. Where hard links cannot be made (FAT, some network file systems) the file
    is created with O_EXCL and written: still never over another file, though not atomic.
    """
    fd, temporary = _temporary(path, ".tmp")
    try:
        with os.fdopen(fd, "wb") as stream:
            _write_chunks(stream, data)
            stream.flush()
            os.chmod(temporary, 0o666 & ~_umask())
            os.fsync(stream.fileno())
        try:
            os.link(temporary, path)
        except FileExistsError:
            raise
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK, errno.ENOSYS):
                raise
            _create_exclusively(path, temporary)
        _sync_directory(path.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


def _create_exclusively(path: Path, content_from: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666)
    try:
        with os.fdopen(fd, "wb") as stream, open(content_from, "rb") as source:
            shutil.copyfileobj(source, stream)
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
        raise


def _write_chunks(stream: BinaryIO, data: Data) -> None:
    chunks: Iterable[bytes | str] = [data] if isinstance(data, bytes | str) else data
    for chunk in chunks:
        stream.write(chunk.encode("utf-8") if isinstance(chunk, str) else chunk)


def _write_through(target: Path, data: Data) -> None:
    """A device or a FIFO: written as it is (no temporary file, no rename, no truncation)."""
    fd = os.open(target, os.O_WRONLY | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0))
    with os.fdopen(fd, "wb") as stream:
        _write_chunks(stream, data)
        stream.flush()


def _temporary(target: Path, suffix: str) -> tuple[int, str]:
    """A new private file beside `target`, named after it but short enough for any file name limit."""
    directory = target.parent if str(target.parent) else Path(".")
    # 255 bytes is the usual limit of a name; a Japanese name near it left no room for ".….tmp".
    stem = os.fsencode(target.name)[:96].decode("utf-8", "ignore")
    return tempfile.mkstemp(prefix=f".{stem}.", suffix=suffix, dir=directory)


def _same_identity(fd: int, temporary: str, target: Path, status: os.stat_result) -> bool:
    """Give the new file the original's owner, group, mode and extended attributes; False if one cannot be given."""
    try:
        if hasattr(os, "fchown"):
            mine = os.fstat(fd)
            if (mine.st_uid, mine.st_gid) != (status.st_uid, status.st_gid):
                os.fchown(fd, status.st_uid, status.st_gid)
        os.chmod(temporary, stat.S_IMODE(status.st_mode))  # after chown, which clears set-id bits
        _copy_attributes(target, fd)
    except OSError:
        return False
    return True


def _copy_attributes(target: Path, fd: int) -> None:
    if not hasattr(os, "listxattr"):
        return
    try:
        names = os.listxattr(target)
    except OSError as exc:
        if exc.errno in (errno.ENOTSUP, errno.EOPNOTSUPP):
            return  # a file system without extended attributes
        raise
    for name in names:
        value = os.getxattr(target, name)
        try:
            if os.getxattr(fd, name) == value:
                continue  # set already (an SELinux label is given by the kernel)
        except OSError:
            pass
        os.setxattr(fd, name, value)


def _rewrite_in_place(target: Path, new: str) -> None:
    """Copy the complete new content over the original's own inode; the old content stays in a backup until it is on disk."""
    backup_fd, backup = _temporary(target, ".bak")
    try:
        with os.fdopen(os.open(target, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)), "r+b") as original:
            with os.fdopen(backup_fd, "wb") as kept:
                shutil.copyfileobj(original, kept)
                kept.flush()
                os.fsync(kept.fileno())
            try:
                _copy_into(new, original)
            except BaseException as failure:
                try:
                    _copy_into(backup, original)
                except OSError:
                    if isinstance(failure, OSError):
                        raise LeftInBackup(failure, backup) from failure
                    raise
                raise
    except LeftInBackup:
        raise
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(backup)
        raise
    os.unlink(backup)


def _copy_into(source: str, original: BinaryIO) -> None:
    original.seek(0)
    with open(source, "rb") as content:
        shutil.copyfileobj(content, original)
    original.truncate()
    original.flush()
    os.fsync(original.fileno())


def _sync_directory(directory: Path) -> None:
    """Put the rename on disk too (where a directory can be opened)."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(directory if str(directory) else ".", os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
