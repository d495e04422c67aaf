"""Writing files so that a reader never sees half a file and an interrupted write loses nothing."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


def write_atomically(path: Path, data: bytes | str | Iterable[str]) -> None:
    """Write `data` to `path`: a temporary file in the same directory, flushed, then renamed over it.

    `data` may come in pieces of text (a long report, written as it is made). If anything fails
    before the rename, the original file is untouched and the temporary file removed.
    """
    chunks: Iterable[bytes | str] = [data] if isinstance(data, bytes | str) else data
    directory = path.parent if str(path.parent) else Path(".")
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as stream:
            for chunk in chunks:
                stream.write(chunk.encode("utf-8") if isinstance(chunk, str) else chunk)
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp makes the file private (0600); give it the mode the file had, or the umask's.
        with contextlib.suppress(OSError):
            os.chmod(temporary, path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
