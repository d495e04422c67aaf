"""dxcheck's cache on disk: work that depends only on what ships with dxcheck, kept between runs.

Each entry is a file under $XDG_CACHE_HOME/dxcheck (or ~/.cache/dxcheck), named by a hash of
everything it was made from, so a change to any of it makes a new entry and the old one is never
read again. The cache is an optimisation: a missing, unreadable or unwritable cache is worked
around in silence, and so is one that cannot be found at all — no HOME (a container run as a user
that has no entry in /etc/passwd), a relative or unusable XDG_CACHE_HOME. DXCHECK_NO_CACHE=1 turns
it off.

An entry is plain data, never code: JSON, which the caller turns back into its objects. An entry is
read only if dxcheck wrote it on this machine for this user: its first line is an HMAC-SHA256 of its
name and content, keyed by a secret kept in the cache directory (`key`: 32 random bytes, mode 0600,
owned by the user, never a link) and bound to that key file's identity (device, inode, change time).
An entry edited, crafted, checked out with the project or restored from a CI cache — even together
with a key file — does not verify and is made again. An entry of another user is not read, and root
neither reads nor writes a cache directory that belongs to another user (`sudo` keeping HOME would
otherwise leave root's files in the user's home, and read the user's). docs/hostile-input.md.
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


def path(kind: str, *parts: bytes | str) -> Path | None:
    """Where the entry of `kind` made from `parts` is kept; None when the cache is off or has no place."""
    if os.environ.get("DXCHECK_NO_CACHE"):
        return None
    base = _base()
    if base is None:
        return None
    import hashlib
    import sys

    from dxcheck import __version__

    digest = hashlib.sha256(f"{__version__} {sys.version}".encode())
    for part in parts:
        digest.update(part.encode() if isinstance(part, str) else part)
        digest.update(b"\0")
    return base / "dxcheck" / f"{kind}-{digest.hexdigest()[:24]}.json"


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
        with os.fdopen(fd, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
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
        return json.loads(payload)
    except Exception:  # missing, unreadable, damaged, from another version: make it again
        return None


def store(where: Path | None, value: object) -> None:
    """Keep an entry (atomically); a cache that cannot be written is not an error. `value` is JSON data."""
    if where is None or (os.path.lexists(where) and not os.path.islink(where) and not where.is_file()):
        return  # a pipe or a directory in its place (a link is replaced, never followed: _write_entry)
    try:
        import json

        payload = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()
        if len(payload) > _LIMIT:
            return
        key = _key(where.parent, create=True)
        if key is None or not _private_directory(where.parent):
            return  # a key file that cannot be trusted, a directory others may write to or a link: no cache
        _write_entry(where, _MAGIC + _mac(key, where, payload) + b"\n" + payload)
    except (OSError, ValueError, TypeError, RuntimeError):
        pass  # a read-only home, a full disk, a name the file system refuses: work without the cache
