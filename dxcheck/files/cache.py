"""dxcheck's cache on disk: work that depends only on what ships with dxcheck, kept between runs.

Each entry is a file under $XDG_CACHE_HOME/dxcheck (or ~/.cache/dxcheck), named by a hash of
everything it was made from, so a change to any of it makes a new entry and the old one is never
read again. The cache is an optimisation: a missing, unreadable or unwritable cache is worked
around in silence, and so is one that cannot be found at all — no HOME (a container run as a user
that has no entry in /etc/passwd), a relative or unusable XDG_CACHE_HOME. DXCHECK_NO_CACHE=1 turns
it off (0, false, no, off and nothing leave it on).

An entry is plain data, never code: JSON, which the caller turns back into its objects. An entry is
read only if dxcheck wrote it on this machine for this user: its first line is an HMAC-SHA256 of its
name and content, keyed by a secret kept in the cache directory (`key`: 32 random bytes, mode 0600,
owned by the user, never a link) and bound to that key file's identity (device, inode, change time).
An entry edited, crafted, checked out with the project or restored from a CI cache — even together
with a key file — does not verify and is made again. An entry of another user is not read, and root
neither reads nor writes a cache directory that belongs to another user (`sudo` keeping HOME would
otherwise leave root's files in the user's home, and read the user's). docs/hostile-input.md.

The cache is bounded, as Go's build cache is. An entry is used when it verifies: its mtime is then
brought forward (through the open file, at most once an hour per entry, nothing if that cannot be done),
so an entry's mtime is when it was last written or used. When dxcheck stores an entry it looks through
its directory at most once a day (the `pruned` file's mtime says when it last did, brought forward before
looking, so two processes seldom both look: a listing of thousands of files costs ~17 ms) and removes
the entries not used for 30 days — made from a dxcheck, a framework, a document or a lexicon since
changed, or the `.pickle` entries of earlier builds, which nothing reads now — then, while the rest add
up to more than 1 GiB, the least recently used; a temporary file left by an interrupted write goes after
a day. Only files of dxcheck's naming are removed (`<kind>-<24 hex digits>.json` or `.pickle`,
`.entry.…`, `.key.…`), only regular files of this user, only in the cache's own directory, opened without
following a link and emptied through that descriptor (Windows, which cannot, is given names and checks
the directory is no link); the `key`, the stamp, links and any other file are left as they are, and a
removal that fails is passed over in silence. A cache that is only read (a read-only home) is never
looked through. docs/hostile-input.md.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

_MAGIC = b"dxcheck-cache 1 "
_KEY = "key"
_KEY_SIZE = 32
_LIMIT = 256 * 1024 * 1024  # an entry larger than this is not one dxcheck wrote (readings: a few MB)
_KEYS: dict[Path, bytes] = {}  # the MAC key of each cache directory, once per process
_STAMP = "pruned"  # its mtime: when the directory was last looked through
_PRUNE_EVERY = 24 * 3600  # look through the directory at most this often (a listing of thousands of files)
_UNUSED = 30 * 24 * 3600  # an entry not used for this long is removed
_CAP = 1 << 30  # the entries together are kept under this size, the least recently used removed first
_TEMPORARY_AGE = 24 * 3600  # a temporary file older than this was left by a write that was interrupted
_TOUCH_EVERY = 3600  # a used entry's mtime is brought forward at most this often


def path(kind: str, *parts: bytes | str) -> Path | None:
    """Where the entry of `kind` made from `parts` is kept; None when the cache is off or has no place."""
    if cache_off():
        return None
    base = _base()
    if base is None:
        return None
    import sys

    from dxcheck import __version__

    return base / "dxcheck" / f"{kind}-{fingerprint(f'{__version__} {sys.version}', *parts).hex()[:24]}.json"


def cache_off() -> bool:
    """DXCHECK_NO_CACHE set to anything but nothing, 0, false, no or off (which read as "the cache on":
    `DXCHECK_NO_CACHE=0` turned it off, and a comparison of 100 PDFs read them all again)."""
    return os.environ.get("DXCHECK_NO_CACHE", "").strip().lower() not in ("", "0", "false", "no", "off")


def fingerprint(*parts: bytes | str) -> bytes:
    """A hash of `parts`, each told from the next: what an entry's name is made of. A caller that names
    many entries after the same large parts hashes them once and passes the fingerprint as one part."""
    import hashlib

    digest = hashlib.sha256()
    for part in parts:
        # surrogateescape: a file name that is not UTF-8 (CP932 from a Windows zip) is a str holding
        # lone surrogates; it names an entry as its bytes do
        digest.update(part.encode("utf-8", "surrogateescape") if isinstance(part, str) else part)
        digest.update(b"\0")
    return digest.digest()


def _base() -> Path | None:
    """$XDG_CACHE_HOME, else ~/.cache: absolute paths only (the XDG rule), and for root only its own."""
    configured = os.environ.get("XDG_CACHE_HOME", "")
    if os.path.isabs(configured):
        base = Path(configured)
    else:
        try:
            home = Path.home()
        except (RuntimeError, KeyError, OSError):  # no HOME and no passwd entry
            return None
        if not home.is_absolute():
            return None
        base = home / ".cache"
    if hasattr(os, "geteuid") and os.geteuid() == 0 and not _owned_by_root(base / "dxcheck"):
        return None
    return base


def _owned_by_root(where: Path) -> bool:
    """Whether the nearest existing directory of `where` belongs to root — itself, not through a link
    (`ln -s /var/tmp ~/.cache/dxcheck` by the user whose HOME root runs with: root wrote there)."""
    for folder in (where, *where.parents):
        try:
            status = folder.lstat()
        except FileNotFoundError:
            continue
        except OSError:
            return False
        return stat.S_ISDIR(status.st_mode) and status.st_uid == 0
    return False


def _private_directory(directory: Path) -> bool:
    """Whether the cache's own directory is this user's, a real directory (not a link), that no group and
    no one else may write to: entries are written only there."""
    try:
        status = directory.lstat()
    except OSError:
        return False
    return _private_directory_status(status)


def _private_directory_status(status: os.stat_result) -> bool:
    if not stat.S_ISDIR(status.st_mode):
        return False
    return not hasattr(os, "geteuid") or (status.st_uid == os.geteuid() and not status.st_mode & 0o022)


def _write_entry(where: Path, content: bytes) -> None:
    """The entry, written beside it and renamed into its place: the name itself is replaced, never
    followed — a link planted under an entry's name (a checkout's .cache/dxcheck/import-….json pointing
    at ~/.profile) is replaced by the entry, and what it pointed to is left as it was."""
    import contextlib
    import tempfile

    fd, temporary = tempfile.mkstemp(prefix=".entry.", dir=where.parent)  # 0600
    try:
        # Not synced to the disk: an entry is verified when it is read, so one that a crash left short
        # is made again, never believed; an fsync added 0.2–0.3 ms to each 10 KB entry here, and a
        # comparison may write one a plan.
        with os.fdopen(fd, "wb") as stream:
            stream.write(content)
        os.replace(temporary, where)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def _mine(status: os.stat_result) -> bool:
    """A regular file of this user (where there are users)."""
    return stat.S_ISREG(status.st_mode) and (not hasattr(os, "geteuid") or status.st_uid == os.geteuid())


_READ = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


def _key(directory: Path, *, create: bool) -> bytes | None:
    """The MAC key of the cache in `directory`: its secret bound to the key file's identity; None when there is none to trust."""
    known = _KEYS.get(directory)
    if known is not None:
        return known
    where = directory / _KEY
    try:
        fd = os.open(where, _READ)
    except FileNotFoundError:
        if not create or not _make_key(where):
            return None
        try:
            fd = os.open(where, _READ)
        except OSError:
            return None
    except OSError:  # a link (O_NOFOLLOW), unreadable: no cache
        return None
    import hashlib
    import hmac

    with os.fdopen(fd, "rb") as stream:
        status = os.fstat(stream.fileno())
        private = os.name == "nt" or not status.st_mode & 0o077
        if not _mine(status) or not private or status.st_size != _KEY_SIZE:
            return None  # another user's, readable by others, or not one dxcheck made: not a secret
        secret = stream.read(_KEY_SIZE + 1)
    if len(secret) != _KEY_SIZE:
        return None
    # Bound to this very file: a copy (a checkout, a restored CI cache) has another inode and change time.
    identity = f"{status.st_dev} {status.st_ino} {status.st_ctime_ns}".encode()
    key = _KEYS[directory] = hmac.new(secret, identity, hashlib.sha256).digest()
    return key


def _make_key(where: Path) -> bool:
    """A new secret, complete before it is linked into place (two processes at once: one wins, both use it)."""
    import contextlib
    import tempfile

    try:
        where.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(prefix=".key.", dir=where.parent)  # 0600
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(os.urandom(_KEY_SIZE))
            stream.flush()
            os.fsync(stream.fileno())
        try:
            os.link(temporary, where)
        except FileExistsError:
            pass  # another dxcheck made it a moment ago
        except OSError:
            os.replace(temporary, where)  # no hard links here (FAT): not atomic against a rival, still private
        return True
    except OSError:
        return False
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def _mac(key: bytes, where: Path, payload: bytes) -> bytes:
    import hashlib
    import hmac

    return hmac.new(key, where.name.encode() + b"\0" + payload, hashlib.sha256).hexdigest().encode()


def load(where: Path | None) -> Any:
    """The data of the entry (JSON: dicts, lists, strings, numbers …), if dxcheck wrote it for this user; else None."""
    if where is None:
        return None
    try:
        # O_NONBLOCK: a pipe put where an entry should be is not waited on (and not read: not a file)
        with os.fdopen(os.open(where, _READ), "rb") as stream:
            status = os.fstat(stream.fileno())
            if not _mine(status) or status.st_size > _LIMIT:
                return None
            content = stream.read(_LIMIT + 1)
            head, newline, payload = content.partition(b"\n")
            key = _key(where.parent, create=False)
            if key is None or not newline or not head.startswith(_MAGIC):
                return None
            import hmac
            import json

            if not hmac.compare_digest(head[len(_MAGIC) :], _mac(key, where, payload)):
                return None  # edited, crafted, or made with another key: not dxcheck's
            value = json.loads(payload)
            _used(stream.fileno(), where, status)
        return value
    except Exception:  # missing, unreadable, damaged, from another version: make it again
        return None


def _used(fd: int, where: Path, status: os.stat_result) -> None:
    """Mark the entry open on `fd` as used now (its mtime, which pruning goes by), unless it was within the
    hour: the file itself, not a name (a link is never followed; Windows, which cannot, gets the name it
    opened); a read-only cache is left as it is."""
    import contextlib
    import time

    if time.time() - status.st_mtime < _TOUCH_EVERY:
        return
    with contextlib.suppress(OSError):  # a read-only file system: the entry may go sooner, and be made again
        os.utime(fd if os.utime in os.supports_fd else where)


def store(where: Path | None, value: object) -> None:
    """Keep an entry (atomically); a cache that cannot be written is not an error. `value` is JSON data."""
    if where is None or (os.path.lexists(where) and not os.path.islink(where) and not where.is_file()):
        return  # a pipe or a directory in its place (a link is replaced, never followed: _write_entry)
    try:
        import json

        payload = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()
        if len(payload) > _LIMIT:
            return
        directory = where.parent
        if os.path.lexists(directory) and not _private_directory(directory):
            return  # a directory others may write to, or a link: no key made in it (nor where it points)
        key = _key(directory, create=True)
        if key is None or not _private_directory(directory):
            return  # a key file that cannot be trusted, a directory others may write to or a link: no cache
        _write_entry(where, _MAGIC + _mac(key, where, payload) + b"\n" + payload)
    except (OSError, ValueError, TypeError, RuntimeError):
        return  # a read-only home, a full disk, a name the file system refuses: work without the cache
    import contextlib

    with contextlib.suppress(OSError, ValueError, RuntimeError):  # the bound is an optimisation too
        if _prune_due(where.parent):
            prune(where.parent)


def _prune_due(directory: Path) -> bool:
    """Whether the cache in `directory` was last looked through a day ago or more (or never, or its stamp
    is in the future: a clock set back); if so the stamp is brought to now first, claiming the day's pruning."""
    import time

    stamp = directory / _STAMP
    try:
        status = os.lstat(stamp)
    except FileNotFoundError:
        pass
    else:
        if not _mine(status):
            return False  # a link, a directory, another user's file: not dxcheck's stamp, so no pruning
        if 0 <= time.time() - status.st_mtime < _PRUNE_EVERY:
            return False
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(stamp, flags, 0o600)
    try:
        if not _mine(os.fstat(fd)):
            return False
        os.utime(fd if os.utime in os.supports_fd else stamp)
    finally:
        os.close(fd)
    return True


def prune(directory: Path, now: float | None = None) -> None:
    """Remove from the cache in `directory` the entries not used for 30 days, then the least recently used
    while the rest are over 1 GiB, and temporary files a day old: regular files of this user, of dxcheck's
    naming, in that directory itself (a link to a directory is not followed; a link in it is not an entry)."""
    import re
    import time

    now = time.time() if now is None else now
    entry = re.compile(r"[a-z]+(?:-[a-z]+)*-[0-9a-f]{24}\.(?:json|pickle)")
    # mkstemp's names: `.entry.`/`.key.` and 8 characters; the .pickle versions' `.<entry name>.XXXXXXXX.tmp`
    temporary = re.compile(r"\.(?:entry|key)\.[a-z0-9_]{8}|\.[a-z]+(?:-[a-z]+)*-[0-9a-f]{24}\.(?:json|pickle)\.[a-z0-9_]{8}\.tmp")
    # The directory is opened once, not followed if it is a link, and listed and emptied through that
    # descriptor: a directory swapped for a link after it was checked is not the one looked through.
    by_descriptor = os.scandir in os.supports_fd and os.unlink in os.supports_dir_fd
    opened: int | None = None
    if by_descriptor:
        flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
        try:
            opened = os.open(directory, flags)
        except OSError:
            return
    elif os.path.islink(directory):
        return

    def remove(name: str) -> bool:
        try:
            if opened is not None:
                os.unlink(name, dir_fd=opened)
            else:
                os.unlink(directory / name)
        except OSError:
            return False  # a read-only directory, a file another process removed first
        return True

    try:
        if opened is not None and not _private_directory_status(os.fstat(opened)):
            return
        kept: list[tuple[float, str, int]] = []
        with os.scandir(opened if opened is not None else directory) as listing:
            for item in listing:
                name = item.name
                is_entry = entry.fullmatch(name) is not None
                if not is_entry and temporary.fullmatch(name) is None:
                    continue  # the key, the stamp, anything that is not dxcheck's
                try:
                    status = item.stat(follow_symlinks=False)
                except OSError:
                    continue
                if not _mine(status):
                    continue  # a link, a directory, a pipe, another user's file: never removed
                unused = now - status.st_mtime
                if not is_entry:
                    if unused > _TEMPORARY_AGE:
                        remove(name)
                elif unused > _UNUSED:
                    remove(name)
                else:
                    kept.append((status.st_mtime, name, status.st_size))
        total = sum(size for _, _, size in kept)
        for _, name, size in sorted(kept):  # the least recently used first
            if total <= _CAP:
                break
            if remove(name):
                total -= size
    finally:
        if opened is not None:
            os.close(opened)
