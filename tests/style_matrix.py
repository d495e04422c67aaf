"""One plan, written the ways offices write it: a Word document in each of several styles, the PDF that
LibreOffice makes of it (as Word would print it), the PDF that Chromium prints from an HTML page, and
the text. Used by tests/test_format_invariance.py: the same plan must read as the same measures and
give the same verdicts, whatever the file.

Styles of the Word document:
- `styles`: 見出し 1/2/3 (heading styles), numbers typed in the text;
- `bold`: no heading style, headings are bold (and larger) paragraphs with typed numbers;
- `autonumber`: headings bold, their numbers drawn by Word's automatic numbering (numbering.xml:
  「基本方針%1」, 「(%1)」), not typed;
- `table`: the measures are the rows of a table 施策名｜内容｜担当課;
- `columns`: the plan chapter in a two-column section;
- `toc-typed` / `toc-field`: a 目次 typed with tabs and page numbers, or a TOC field Word fills in;
- `landscape`: the plan chapter on landscape pages.
Nothing here is read from outside the repository.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from plan_documents import BACKGROUND, GOVERNANCE, LEGAL, PURPOSE, DocPlan, DocPolicy, _period_sentence

if TYPE_CHECKING:
    from docx.document import Document
    from docx.text.paragraph import Paragraph

STYLES = ("styles", "bold", "autonumber", "table", "columns", "toc-typed", "toc-field", "landscape")

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def soffice() -> str | None:
    """LibreOffice's command, if installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_pdf_with_libreoffice(docx: Path, workdir: Path) -> Path:
    """The PDF LibreOffice makes of a Word document (the caller checks `soffice()` first)."""
    binary = soffice()
    assert binary is not None
    profile = workdir / "lo-profile"
    subprocess.run(
        [binary, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf", "--outdir", str(workdir), str(docx)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return workdir / (docx.stem + ".pdf")


@dataclass
class _Writer:
    document: Document
    style: str

    def paragraph(self, text: str, *, bold: bool = False, size: float | None = None, center: bool = False) -> Paragraph:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        paragraph = self.document.add_paragraph()
        run = paragraph.add_run(text)
        run.bold = bold or None
        if size is not None:
            run.font.size = Pt(size)
        if center:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return paragraph

    def heading(self, number: str, title: str, level: int, *, numbering: tuple[int, int] | None = None) -> None:
        """A heading as the style writes it; `numbering`: (numId, ilvl) for Word's automatic numbering."""
        if self.style == "styles" or self.style.startswith("toc") or self.style in ("columns", "landscape", "table"):
            self.document.add_heading(f"{number} {title}".strip(), level=level)
            return
        size = {1: 16.0, 2: 13.0, 3: 11.5}.get(level, 11.0)
        if self.style == "autonumber" and numbering is not None:
            paragraph = self.paragraph(title, bold=True, size=size)
            _number(paragraph, *numbering)
            return
        self.paragraph(f"{number} {title}".strip(), bold=True, size=size)


def _number(paragraph: Paragraph, num_id: int, level: int) -> None:
    from docx.oxml import parse_xml

    ppr = paragraph._p.get_or_add_pPr()
    ppr.insert(0, parse_xml(f'<w:numPr {_W}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def _add_numbering(document: Document) -> tuple[int, int]:
    """Two lists Word numbers itself: 「基本方針1」「基本方針2」… and 「(1)」「(2)」… restarting under each."""
    from docx.oxml import parse_xml

    part = document.part.numbering_part
    numbering = part.element
    numbering.append(
        parse_xml(
            f'<w:abstractNum {_W} w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="基本方針%1"/><w:suff w:val="space"/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="(%2)"/><w:suff w:val="space"/></w:lvl>'
            "</w:abstractNum>"
        )
    )
    numbering.append(parse_xml(f'<w:num {_W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    return 90, 0


def _toc_field(document: Document, entries: list[tuple[str, int]]) -> None:
    """A table of contents as Word writes it: a TOC field whose result is the entries with page numbers."""
    from docx.oxml import parse_xml

    body = document.element.body
    first = True
    for text, page in entries:
        begin = (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            if first
            else ""
        )
        first = False
        body.append(
            parse_xml(f'<w:p {_W}>{begin}<w:r><w:t xml:space="preserve">{text}</w:t></w:r><w:r><w:tab/><w:t>{page}</w:t></w:r></w:p>')
        )
    body.append(parse_xml(f'<w:p {_W}><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'))


def _section(document: Document, *, columns: int = 1, landscape: bool = False) -> None:
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.oxml import parse_xml

    section = document.add_section(WD_SECTION.NEW_PAGE)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    sect = section._sectPr
    for old in sect.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}cols"):
        sect.remove(old)
    sect.append(parse_xml(f'<w:cols {_W} w:num="{columns}" w:space="425"/>'))


def to_styled_docx(plan: DocPlan, style: str, out: Path) -> Path:
    """The plan as a Word document written in `style` (see STYLES)."""
    import docx
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    writer = _Writer(document, style)
    numbering = _add_numbering(document) if style == "autonumber" else None
    writer.paragraph(plan.title, bold=True, size=22, center=True)
    writer.paragraph("令和8年3月", center=True)
    writer.paragraph(plan.municipality, size=14, center=True)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    contents = [("第1章 計画の策定にあたって", 1), ("第2章 計画策定の背景", 2), ("第3章 施策の展開", 3), ("第4章 推進体制", 9)]
    if style == "toc-field":
        writer.paragraph("目次", bold=True, size=14)
        _toc_field(document, contents)
    elif style in ("toc-typed", "bold", "autonumber"):
        writer.paragraph("目次", bold=True, size=14)
        for text, page in contents:
            writer.paragraph(f"{text}\t{page}")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    writer.heading("第1章", "計画の策定にあたって", 1)
    writer.heading("1.", "計画策定の趣旨", 2)
    writer.paragraph(PURPOSE)
    writer.heading("2.", "計画の期間", 2)
    writer.paragraph(_period_sentence(plan))
    writer.heading("3.", "計画の位置づけ", 2)
    writer.paragraph(LEGAL)
    writer.heading("第2章", "計画策定の背景", 1)
    writer.paragraph(BACKGROUND)
    if style in ("columns", "landscape"):
        _section(document, columns=2 if style == "columns" else 1, landscape=style == "landscape")
    writer.heading("第3章", "施策の展開", 1)

    def policy_section(policy: DocPolicy, depth: int, index: int) -> None:
        number = f"基本方針{index}" if depth == 0 else f"{index}."
        writer.heading(number, policy.title, 2 + depth, numbering=(numbering[0], 0) if numbering and depth == 0 else None)
        if policy.description:
            writer.paragraph(policy.description)
        for child_index, child in enumerate(policy.policies, 1):
            policy_section(child, depth + 1, child_index)
        if not policy.measures:
            return
        if style == "table":
            table = document.add_table(rows=1, cols=3)
            table.style = "Table Grid"
            for cell, text in zip(table.rows[0].cells, ("施策名", "内容", "担当課"), strict=True):
                cell.text = text
            for measure in policy.measures:
                cells = table.add_row().cells
                cells[0].text, cells[1].text, cells[2].text = measure.title, measure.description or "", measure.owner or ""
            return
        for m_index, measure in enumerate(policy.measures, 1):
            writer.heading(f"({m_index})", measure.title, 3 + depth, numbering=(numbering[0], 1) if numbering else None)
            if measure.description:
                writer.paragraph(measure.description)

    for p_index, policy in enumerate(plan.policies, 1):
        policy_section(policy, 0, p_index)
    if style in ("columns", "landscape"):
        _section(document)
    writer.heading("第4章", "推進体制", 1)
    writer.paragraph(GOVERNANCE)
    document.save(str(out))
    return out
