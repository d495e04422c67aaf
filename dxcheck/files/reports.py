"""dxcheck's own reports in a folder of plans, told by their properties without reading them (dxcheck.model.reports
says what they are): dxcheck.plan.discovery passes one over."""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path

from dxcheck.model.reports import own_core_properties


def written_by_dxcheck(path: Path) -> bool:
    """Whether a .docx in a folder of plans is a report dxcheck wrote (its properties, read from the zip without
    reading the document), so that a folder scan passes it over: a consultant writes 比較.docx beside the towns'
    plans. (A PDF printed from a report is refused when it is read: PDFium is not opened in the scan.)"""
    if path.suffix.lower() != ".docx":
        return False
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False  # a FIFO named .docx would block the scan (a hostile review's): read as a plan, it is said
        with zipfile.ZipFile(path) as archive:
            core = archive.getinfo("docProps/core.xml")
            if core.file_size > 1 << 16:
                return False
            properties = archive.read(core).decode("utf-8", "replace")
    except (KeyError, zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError):
        return False
    return own_core_properties(properties)
