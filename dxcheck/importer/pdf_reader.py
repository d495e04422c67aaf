"""The PDF reader: the text layer through pypdfium2 (PDFium), chosen by measurement (docs/import.md).

Lines are rebuilt from the characters' positions, not taken from PDFium's own line breaks (which
run a table's first row into the line before it): a new line where the baseline moves, a cell
break (a tab) where the gap between two characters is wider than a character. Each line carries
its font size; sizes above the body text's are heading levels (1 = largest). A larger space than
the usual line spacing is a paragraph break. The lines then go through the same repair as text.
"""

from __future__ import annotations

import ctypes
import itertools
import statistics
from collections import Counter
from dataclasses import dataclass

from dxcheck.importer.blocks import Block, Origin
from dxcheck.importer.errors import DocumentError
from dxcheck.importer.sniff import MAX_PDF_PAGES, Deadline
from dxcheck.importer.text import RawLine, lines_to_blocks

EXTRACTOR = "pypdfium2"


@dataclass
class _PdfLine:
    text: str
    page: int
    size: float
    top: float
    bottom: float


def read_pdf(data: bytes, deadline: Deadline) -> tuple[list[Block], list[str]]:
    """Blocks of a PDF's text layer, each with its page."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message:
            raise DocumentError(
                "パスワードで保護された（暗号化された）PDF は読めません。パスワードを解除した PDF を用意してください",
                "the PDF is password-protected (encrypted); provide a copy without the password",
            ) from None
        raise DocumentError(
            f"PDF が壊れていて読めません（{exc}）。PDF を作り直すか、別の方法で保存し直してください",
            f"the PDF is broken and cannot be read ({exc})",
        ) from None
    try:
        pages = len(document)
        if pages == 0:
            raise DocumentError("PDF にページがありません", "the PDF has no pages")
        if pages > MAX_PDF_PAGES:
            raise DocumentError(
                f"PDF のページが多すぎます（{pages:,} ページ、上限 {MAX_PDF_PAGES:,}）",
                f"the PDF has too many pages ({pages:,}; the limit is {MAX_PDF_PAGES:,})",
            )
        lines: list[_PdfLine] = []
        for index in range(pages):
            deadline.check()
            lines.extend(_page_lines(document, index))
    finally:
        document.close()
    characters = sum(len(line.text.strip()) for line in lines)
    if characters < 20 * pages and characters < 200:
        raise DocumentError(
            f"PDF に文字の情報（テキスト層）がありません（{pages} ページで {characters} 文字）。スキャンした画像の PDF と思われます。"
            "OCR（文字認識）をかけた PDF か、元の Word 文書を用意してください",
            f"the PDF has no text layer ({characters} characters on {pages} pages): it looks like a scan; OCR is needed, or use the original document",
        )
    if sum(line.text.count("\ufffd") for line in lines) > characters // 4:
        raise DocumentError(
            "PDF の文字が正しく取り出せません（フォントに文字の対応表がありません）。元の文書か、OCR をかけた PDF を用意してください",
            "the PDF's characters cannot be decoded (fonts without a Unicode map); use the original document or an OCRed PDF",
        )
    result = lines_to_blocks(_raw_lines(lines))
    return result.blocks, result.notes


def _page_lines(document: object, index: int) -> list[_PdfLine]:
    import pypdfium2.raw as raw

    page = document[index]  # type: ignore[index]
    textpage = page.get_textpage()
    try:
        handle = textpage.raw
        count = textpage.count_chars()
        # The loose box is the character's whole advance (a 「、」 fills its em square), so a gap
        # between two boxes is real space, not the blank half of a punctuation mark.
        box = raw.FS_RECTF()
        lines: list[_PdfLine] = []
        chars: list[str] = []
        line_top = line_bottom = 0.0
        last_right = None
        size = 0.0
        for i in range(count):
            code = raw.FPDFText_GetUnicode(handle, i)
            if code in (13, 10, 0xFFFE):
                continue
            raw.FPDFText_GetLooseCharBox(handle, i, ctypes.byref(box))
            left, right, bottom, top = box.left, box.right, box.bottom, box.top
            char = chr(code)
            height = top - bottom
            if char == " " and height <= 0:
                if chars:
                    chars.append(" ")
                continue
            middle = (top + bottom) / 2
            char_size = raw.FPDFText_GetFontSize(handle, i)
            new_line = not chars or not (line_bottom - 0.3 * size <= middle <= line_top + 0.3 * size)
            if not new_line and last_right is not None and left < last_right - 2 * max(size, 1):
                new_line = True  # back to the left margin on the same height: a new line
            if new_line:
                if chars:
                    lines.append(_PdfLine("".join(chars).rstrip(), index + 1, size, line_top, line_bottom))
                chars = []
                line_top, line_bottom, size = top, bottom, char_size
            elif last_right is not None and left - last_right > 0.6 * max(size, 1):
                while chars and chars[-1] == " ":
                    chars.pop()
                chars.append("\t")  # a gap wider than a space: the next cell of a table row
            else:
                line_top, line_bottom = max(line_top, top), min(line_bottom, bottom)
            chars.append(char)
            size = max(size, char_size) if char.strip() else size
            last_right = right
        if chars:
            lines.append(_PdfLine("".join(chars).rstrip(), index + 1, size, line_top, line_bottom))
    finally:
        textpage.close()
        page.close()
    return [line for line in lines if line.text.strip()]


def _raw_lines(lines: list[_PdfLine]) -> list[RawLine]:
    """Heading levels from font sizes; paragraph breaks from vertical gaps."""
    weights: Counter[float] = Counter()
    for line in lines:
        weights[round(line.size * 2) / 2] += len(line.text)
    body = weights.most_common(1)[0][0] if weights else 0.0
    larger = sorted({round(line.size * 2) / 2 for line in lines if line.size > body + 0.75}, reverse=True)
    rank = {size: index + 1 for index, size in enumerate(larger)}
    spacings = [
        previous.bottom - line.bottom
        for previous, line in itertools.pairwise(lines)
        if previous.page == line.page and abs(previous.size - body) < 0.75 and abs(line.size - body) < 0.75
    ]
    usual = statistics.median([s for s in spacings if s > 0]) if spacings else 0.0
    out: list[RawLine] = []
    previous: _PdfLine | None = None
    for line in lines:
        level = rank.get(round(line.size * 2) / 2)
        gap = False
        if previous is not None and previous.page == line.page and usual > 0:
            gap = previous.bottom - line.bottom > usual + max(2.0, 0.15 * usual)
        out.append(RawLine(line.text, Origin(page=line.page), heading_level=level, gap_before=gap))
        previous = line
    return out
