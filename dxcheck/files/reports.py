"""dxcheck's own reports, told from plans: a folder of plans holds the reports written into it (`compare . -o
比較.docx`), which must not be read back as towns (dxcheck.importer refuses one named; dxcheck.plan.discovery
passes one over in a folder)."""

from __future__ import annotations

import os
import re
import stat
import zipfile
from pathlib import Path

# What dxcheck's Word report says of itself (dxcheck.report.docx_report): its author and its subject, which
# Word keeps when the report is edited and saved, and Word and LibreOffice carry into a PDF made from it.
_OWN_SUBJECTS = ("国の枠組みとの照合", "Checked against the national frameworks")


def own_report(author: str, subject: str) -> bool:
    """Whether a document's properties are those of a report dxcheck wrote (not a plan)."""
    return author.strip() == "dxcheck" and subject.strip() in _OWN_SUBJECTS


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
    author = re.search(r"<dc:creator>([^<]*)</dc:creator>", properties)
    subject = re.search(r"<dc:subject>([^<]*)</dc:subject>", properties)
    return bool(author and subject and own_report(author.group(1), subject.group(1)))
