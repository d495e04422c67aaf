"""dxcheck's cache on disk: work that depends only on what ships with dxcheck, kept between runs.

Each entry is a pickle under $XDG_CACHE_HOME/dxcheck (or ~/.cache/dxcheck), named by a hash of
everything it was made from, so a change to any of it makes a new entry and the old one is never
read again. The cache is an optimisation: a missing, unreadable or unwritable cache is worked
around in silence. DXCHECK_NO_CACHE=1 turns it off.
"""

from __future__ import annotations

import os
import pickle
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def path(kind: str, *parts: bytes | str) -> Path | None:
    """Where the entry of `kind` made from `parts` is kept; None when the cache is off."""
    if os.environ.get("DXCHECK_NO_CACHE"):
        return None
    import hashlib
    import sys

    from dxcheck import __version__

    digest = hashlib.sha256(f"{__version__} {sys.version}".encode())
    for part in parts:
        digest.update(part.encode() if isinstance(part, str) else part)
        digest.update(b"\0")
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "dxcheck" / f"{kind}-{digest.hexdigest()[:24]}.pickle"


def load(where: Path | None, kind: type[T]) -> T | None:
    """The entry, if there is one of the right type."""
    if where is None:
        return None
    try:
        with where.open("rb") as stream:
            value = pickle.load(stream)
    except Exception:  # missing, unreadable, damaged, from another version: make it again
        return None
    return value if isinstance(value, kind) else None


def store(where: Path | None, value: object) -> None:
    """Keep an entry (atomically); a cache that cannot be written is not an error."""
    if where is None:
        return
    try:
        where.parent.mkdir(parents=True, exist_ok=True)
        from dxcheck.atomic import write_atomically

        write_atomically(where, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError:
        pass  # a read-only home, a full disk: work without the cache
