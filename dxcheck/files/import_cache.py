"""A document's import kept in dxcheck's disk cache (dxcheck.files.cache): the second audit or comparison
of the same .docx or PDF does not read it again.

The entry is keyed by a SHA-256 of the document's bytes and its file name (the draft's title falls
back on the name), the reader's settings (its size and time limits, the PDF and Word libraries'
versions) and a hash of dxcheck's code — all of it, not the importer's modules alone: the reading
uses the models and the era table too, and a source checkout changes them without a new version
number; dxcheck's version and Python's are in every key already. A changed document, another name,
another version or reader: another entry.

The document is hashed once and read by the importer after (several times: sniffed, unzipped, parsed),
so the bytes read could be another file's: an import is kept only when the file is still the one that
was hashed — the same device, inode, size, modification and change time. A file replaced by a rename
(another inode, or its change time moved by the rename), or written in place (its change time moved,
which no program can set back), between the hash and the end of the reading is read again next time.

What is kept is plain data in the cache's signed JSON (never a pickle: an entry is data the caller
checks, not code): the draft YAML, the page, line or paragraph of each policy and measure, and the
summary of the reading (`DocumentSummary`, validated back through its pydantic schema). An entry
that does not verify or does not have that shape is a miss, and the document is read again. A
document that cannot be read is not kept: the reason may be the time limit on a busy machine.
`DXCHECK_NO_CACHE=1` turns it off, as it does the rest of the cache.

May import: dxcheck.model, dxcheck.files
"""

from __future__ import annotations

import functools
import hashlib
import os
from pathlib import Path
from typing import Any

from dxcheck.files import cache as disk
from dxcheck.model.results import DocumentSummary

Places = dict[str, tuple[int | None, int | None, int | None]]


@functools.cache
def reader_settings(code: Path, limits: str) -> str:
    """What the reader reads with, as part of every key: the PDF and Word libraries' versions, the limits
    (`limits`), a hash of dxcheck's source files (every module under the folder `code`: about 1.5 MB,
    10 ms, once in a process that reads a document)."""
    from importlib import metadata

    versions = []
    for package in ("pypdfium2", "python-docx", "sudachipy", "sudachidict-core"):
        try:
            versions.append(f"{package} {metadata.version(package)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{package} -")
    digest = hashlib.sha256()
    for source in sorted(code.rglob("*.py")):
        digest.update(source.relative_to(code).as_posix().encode() + b"\0" + source.read_bytes() + b"\0")
    return "\n".join([*versions, limits, digest.hexdigest()])


Stamp = tuple[int, int, int, int, int]


def _stamp(status: os.stat_result) -> Stamp:
    """Which file this is, and whether it changed: device, inode, size, modification and change time."""
    return status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns


def _fingerprint(path: Path, limit: int) -> tuple[str, Stamp] | None:
    """The SHA-256 of the document's bytes and the file it was read from (`_stamp`); None when it cannot
    be read or is over `limit` bytes (the importer refuses it, and says why)."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as stream:
            status = os.fstat(stream.fileno())
            if status.st_size > limit:
                return None
            for block in iter(lambda: stream.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest(), _stamp(status)


class Entry:
    """Where a document's import is kept, and what was read of the document to find it."""

    def __init__(self, path: Path, reader: str, limit: int) -> None:
        """`reader`: the reader's settings (`reader_settings`); `limit`: the largest document it reads."""
        self.path = path
        found = _fingerprint(path, limit)
        self.stamp = found[1] if found is not None else None
        self.where = disk.path("import", found[0], path.name, reader) if found is not None else None

    def load(self) -> tuple[str, Places, DocumentSummary] | None:
        """The kept import (draft YAML, places, summary), or None."""
        data = disk.load(self.where)
        if data is None:
            return None
        try:
            return _from_plain(data)
        except (TypeError, ValueError, KeyError):
            return None

    def store(self, yaml: str, places: Places, summary: DocumentSummary) -> None:
        """Keep an import, unless the document was replaced or changed since it was hashed."""
        if self.where is None or self.stamp is None:
            return
        try:
            status = os.stat(self.path)
        except OSError:
            return
        if _stamp(status) != self.stamp:
            return  # replaced or written while it was read: what was read may not be what was hashed
        from pydantic import TypeAdapter

        plain = {
            "yaml": yaml,
            "places": [[node, *place] for node, place in places.items()],
            "summary": TypeAdapter(DocumentSummary).dump_python(summary, mode="json"),
        }
        disk.store(self.where, plain)


def _from_plain(data: Any) -> tuple[str, Places, DocumentSummary]:
    from pydantic import TypeAdapter

    yaml = data["yaml"]
    if not isinstance(yaml, str):
        raise TypeError("yaml")
    places: Places = {}
    for node, line, page, paragraph in data["places"]:
        if not isinstance(node, str) or not all(
            v is None or (isinstance(v, int) and not isinstance(v, bool)) for v in (line, page, paragraph)
        ):
            raise TypeError("places")
        places[node] = (line, page, paragraph)
    summary = TypeAdapter(DocumentSummary).validate_python(data["summary"], strict=False)
    return yaml, places, summary
