"""Files as a council document or a consultant's workbook names them.

A plan given by its absolute path (`/home/tanaka/計画/plans/x.yaml`, `C:\\Users\\…`) is named relative
to the working directory when it is inside it (`plans/x.yaml`), else by the file's name alone: a
document that leaves the author's machine never carries a path of it. The terminal and the machine
formats keep the path as given (an editor or a CI log opens it).
"""

from __future__ import annotations

import ntpath
import os
import posixpath
import re
from collections.abc import Iterable
from xml.sax.saxutils import escape

_WINDOWS = re.compile(r"^(?:[A-Za-z]:[\\/]|\\\\)")


def shown_path(file: str, cwd: str | None) -> str:
    """`file` as a document names it: as given when relative; relative to `cwd` when inside it; else its name."""
    if _WINDOWS.match(file):
        return ntpath.basename(file)
    if not posixpath.isabs(file):
        return file
    if cwd is not None:
        relative = os.path.relpath(file, cwd)
        if not relative.startswith(".."):
            return relative
    return posixpath.basename(file)


def local_paths(files: Iterable[str], cwd: str | None) -> dict[str, str]:
    """Each file that would show a path of this machine, and what to show instead."""
    return {f: shown_path(f, cwd) for f in set(files) if f and shown_path(f, cwd) != f}


def without_local_paths(xml: bytes, paths: dict[str, str]) -> bytes:
    """An XML part of a .docx or .xlsx with each of `paths` written as it is shown, wherever it occurs
    (a cell, a heading, a sentence that names the file); the longest first, so a path is never half-replaced."""
    for path in sorted(paths, key=len, reverse=True):
        xml = xml.replace(escape(path).encode("utf-8"), escape(paths[path]).encode("utf-8"))
    return xml
