"""dxcheck's cache on disk: work that depends only on what ships with dxcheck, kept between runs.

Each entry is a pickle under $XDG_CACHE_HOME/dxcheck (or ~/.cache/dxcheck), named by a hash of
everything it was made from, so a change to any of it makes a new entry and the old one is never
read again. The cache is an optimisation: a missing, unreadable or unwritable cache is worked
around in silence, and so is one that cannot be found at all — no HOME (a container run as a user
that has no entry in /etc/passwd), a relative or unusable XDG_CACHE_HOME. DXCHECK_NO_CACHE=1 turns
it off.

An entry is a pickle, and unpickling runs code: only an entry written by this user is read, and
root neither reads nor writes a cache directory that belongs to another user (`sudo` keeping HOME
would otherwise leave root's files in the user's home, and read the user's).
"""

from __future__ import annotations

import os
import pickle
import stat
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


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
    return base / "dxcheck" / f"{kind}-{digest.hexdigest()[:24]}.pickle"


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
    """Whether the nearest existing directory of `where` belongs to root."""
    for folder in (where, *where.parents):
        try:
            return folder.stat().st_uid == 0
        except FileNotFoundError:
            continue
        except OSError:
            return False
    return False


def load(where: Path | None, kind: type[T]) -> T | None:
    """The entry, if there is one of the right type, written by this user."""
    if where is None:
        return None
    try:
        # O_NONBLOCK: a pipe put where an entry should be is not waited on (and not read: not a file)
        with os.fdopen(os.open(where, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb") as stream:
            status = os.fstat(stream.fileno())
            if not stat.S_ISREG(status.st_mode):
                return None
            if hasattr(os, "geteuid") and status.st_uid != os.geteuid():
                return None  # another user's pickle is another user's code
            value = pickle.load(stream)
    except Exception:  # missing, unreadable, damaged, from another version: make it again
        return None
    return value if isinstance(value, kind) else None


def store(where: Path | None, value: object) -> None:
    """Keep an entry (atomically); a cache that cannot be written is not an error."""
    if where is None or (os.path.lexists(where) and not where.is_file()):
        return  # a pipe or a directory in its place: written to, a pipe would block
    try:
        where.parent.mkdir(parents=True, exist_ok=True)
        from dxcheck.files.atomic import write_atomically

        write_atomically(where, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    except (OSError, ValueError, RuntimeError):
        pass  # a read-only home, a full disk, a name the file system refuses: work without the cache
