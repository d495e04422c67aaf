"""What dxcheck's own Word report says of itself (dxcheck.report.docx_report writes it): its author and its subject,
which Word keeps when the report is edited and saved, and Word and LibreOffice carry into a PDF made from it. A folder
of plans holds the reports written into it (`compare . -o 比較.docx`); they are not read back as towns."""

from __future__ import annotations

import re

AUTHOR = "dxcheck"
SUBJECTS = ("国の枠組みとの照合", "Checked against the national frameworks")


def own_report(author: str, subject: str) -> bool:
    """Whether a document's properties are those of a report dxcheck wrote (not a plan)."""
    return author.strip() == AUTHOR and subject.strip() in SUBJECTS


def own_core_properties(xml: str) -> bool:
    """Whether a .docx's docProps/core.xml (as text) is that of a report dxcheck wrote."""
    author = re.search(r"<dc:creator>([^<]*)</dc:creator>", xml)
    subject = re.search(r"<dc:subject>([^<]*)</dc:subject>", xml)
    return bool(author and subject and own_report(author.group(1), subject.group(1)))
