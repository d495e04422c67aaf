"""The PDF reader: the text layer through pypdfium2 (PDFium), chosen by measurement (docs/import.md).

A page is read as it is laid out, not in the order its content stream draws it: Chromium draws a
positioned heading after the text around it, a DTP tool its text boxes in any order, and PDFium's
own line breaks run a table's first row into the line before it. So, per page:

1. Characters, each with its loose box, font size and weight, are cut into fragments: runs on one
   baseline without a gap wider than a character. A Symbol/Wingdings bullet (U+F0B7 …, which Word
   and LibreOffice write into the text layer) becomes 「・」.
2. Ruling lines (thin path objects) that meet in a grid of at least two columns are a
   table: the characters inside each cell are the cell's text, and each row of the grid is one row
   of a table block, as Word's tables are.
3. Running headers, footers and page numbers are dropped by position: a short line in the top or
   bottom band of the page, set apart from the body, that comes back on other pages at the same
   height (or stands where the running lines of the other pages stand), or a page number there. A
   heading is kept: it is larger than the body, or not set apart, or not repeated.
4. Columns: an x-range in the middle of the page that no character crosses over most of the page's
   height, with lines on both sides filling their column, is a gutter. The page is then read band
   by band (a line crossing the gutter, such as a title over the columns, separates two bands),
   column by column inside a band.
5. Fragments on one baseline make a line, with a tab between two fragments where the gap is wider
   than a character (a table without rulings). A line carries its font size over the body text's
   (larger sizes are heading levels, 1 = largest), whether it is bold (PDFium's weight, or a font
   named …Bold, …W6, …Heavy), whether it is centred, and how far it reaches across its column (a
   line that reaches the edge was wrapped). A larger space than the usual line spacing is a
   paragraph break. The lines then go through the same repair as text (`text.py`).
"""

from __future__ import annotations

import bisect
import ctypes
import itertools
import os
import re
import signal
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

from dxcheck.importer.blocks import Block, Origin
from dxcheck.importer.errors import DocumentError
from dxcheck.importer.numbering import bare_marker, list_label
from dxcheck.importer.sniff import (
    MAX_PAGE_CHARACTERS,
    MAX_PAGE_OBJECTS,
    MAX_PDF_MEMORY,
    MAX_PDF_PAGES,
    Deadline,
    own_report_error,
)
from dxcheck.importer.text import RawLine, join_text, lines_to_blocks
from dxcheck.model.reports import own_report

EXTRACTOR = "pypdfium2"

# A font whose name says it is bold: 「…-Bold」「MS-Gothic,Bold」 (Word's emulated bold), 「HiraKakuProN-W6」,
# 「KozGoPr6N-Heavy」, 「FutoGoB101」 (太ゴ), 「MidashiGoPro-MB31」 (見出ゴ), 「HGSoeiKakugothicUB」. PDFium's
# weight is 400 for most of them: LibreOffice and Word write none into the font descriptor.
_BOLD_NAME = re.compile(r"bold|heavy|black|demi|[-_ ,]W(?:[6-9]|1[0-2])\b|futo|midashi|gothicub|gothice\b", re.IGNORECASE)
_FORCE_BOLD = 1 << 18  # the font descriptor's ForceBold flag
# Symbol and Wingdings put their glyphs at U+F020–U+F0FF; first on a line, such a glyph is a list's bullet.
_SYMBOL_FONT = range(0xF020, 0xF100)
_LIST_MARKS = frozenset("・•◦∙‣⁃●○◆◇■□▪▫➢➤◎")
_RULE_THICKNESS = 2.5  # a path thinner than this (pt) is a ruling line
_SNAP = 2.0  # rulings this close (pt) are one


@dataclass(slots=True)
class _Fragment:
    """Characters on one baseline without a wide gap, in the order the page draws them."""

    chars: list[str]
    left: float
    right: float
    bottom: float
    top: float
    size: float
    bold: int = 0  # how many of its characters are bold
    count: int = 0  # how many are not spaces
    cell: tuple[int, int, int] | None = None  # (table, row, column) of a ruled table
    running: bool = False
    order: int = 0  # where the content stream draws it among the page's fragments

    @property
    def text(self) -> str:
        return "".join(self.chars)

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass
class _Table:
    """A grid of ruling lines: column edges left to right, row edges top to bottom."""

    xs: list[float]
    ys: list[float]
    verticals: list[tuple[float, float, float]]  # (x, bottom, top), for cells merged across a column edge
    rows: list[list[str]] = field(default_factory=list)
    horizontals: list[tuple[float, float, float]] = field(default_factory=list)  # (y, left, right), for cells merged down
    _downward: list[float] = field(default_factory=list)  # -ys, ascending, to bisect

    def __post_init__(self) -> None:
        self._downward = [-edge for edge in self.ys]

    @property
    def left(self) -> float:
        return self.xs[0]

    @property
    def right(self) -> float:
        return self.xs[-1]

    @property
    def top(self) -> float:
        return self.ys[0]

    @property
    def bottom(self) -> float:
        return self.ys[-1]

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        if not (self.left - 1 <= x <= self.right + 1 and self.bottom - 1 <= y <= self.top + 1):
            return None
        row = min(max(bisect.bisect_right(self._downward, -y) - 1, 0), len(self.ys) - 2)
        column = min(max(bisect.bisect_right(self.xs, x) - 1, 0), len(self.xs) - 2)
        return row, column

    def edge_in_row(self, column: int, row: int) -> bool:
        """Whether a ruling separates column `column - 1` from `column` in that row (no: a merged cell).
        A browser draws the side of a cell merged down (rowspan) in some rows only: an edge ruled in
        rows above and below, in a row that has another inner edge of its own (it spans no columns
        across the table), separates there too."""
        if self._ruled(column, row):
            return True
        inner = [c for c in range(1, len(self.xs) - 1) if c != column]
        return (
            any(self._ruled(column, r) for r in range(row))
            and any(self._ruled(column, r) for r in range(row + 1, len(self.ys) - 1))
            and any(self._ruled(c, row) for c in inner)
        )

    def merged_down(self, column: int, row: int) -> bool:
        """Whether the cell of base column `column` in `row` runs on into the row below: no ruling
        under it (a cell merged down: Word's vMerge, HTML's rowspan)."""
        if row + 2 >= len(self.ys) or not self.horizontals:
            return False
        y, middle = self.ys[row + 1], (self.xs[column] + self.xs[column + 1]) / 2
        return not any(abs(hy - y) <= _SNAP and left - 1 <= middle <= right + 1 for hy, left, right in self.horizontals)

    def _ruled(self, column: int, row: int) -> bool:
        x, middle = self.xs[column], (self.ys[row] + self.ys[row + 1]) / 2
        return any(abs(vx - x) <= _SNAP and bottom - 1 <= middle <= top + 1 for vx, bottom, top in self.verticals)


@dataclass
class _Page:
    number: int
    width: float
    height: float
    fragments: list[_Fragment]
    tables: list[_Table]
    characters: int = 0  # on the page, in tables too
    undecoded: int = 0  # of them U+FFFD: a font without a Unicode map


@dataclass
class _PdfLine:
    text: str
    page: int
    size: float
    top: float
    bottom: float
    bold: bool = False
    centered: bool = False
    reach: float | None = None
    cells: list[str] | None = None
    table: int | None = None
    column: int = 0
    label: str | None = None


def read_pdf(data: bytes, deadline: Deadline) -> tuple[list[Block], list[str]]:
    """Blocks of a PDF's text layer, each with its page."""
    lines, notes = _read_lines(data, deadline)
    result = lines_to_blocks(_raw_lines(lines), positioned=True)
    return _continued_tables(result.blocks), notes + result.notes


# A footnote under a table, before the page breaks: 「1 国が整備する、…をいいます。」「※1 …」
_FOOTNOTE = re.compile(r"^(?:※\s?[0-9０-９]{0,2}|[0-9０-９]{1,2}[\s　)）])")


def _continued_tables(blocks: list[Block]) -> list[Block]:
    """A table that goes on over a page break, its header row repeated on the next page (as Word repeats it), is one
    table: the rows after the break keep their group (柱) and a row cut by the break its first part. The two parts were
    two tables, the second's rows under no 柱 and a cut row's text lost (a blind set's 工程表: 9 of 11 measures in the
    PDF, 11 in Word). Footnotes between the parts (「1 国が整備する…」) are kept, after the table."""
    out: list[Block] = []
    last: Block | None = None
    for block in blocks:
        if _continues(block, last) and last is not None:
            origins = [last.row_origin(i) for i in range(len(last.rows))] + [block.row_origin(i) for i in range(1, len(block.rows))]
            last.rows = last.rows + block.rows[1:]
            last.row_origins = origins
            last.text = "\n".join("\t".join(row) for row in last.rows)
            continue
        if block.kind == "paragraph" and last is not None and _FOOTNOTE.match(block.text) and len(block.text) <= 120:
            out.append(block)
            continue  # a footnote does not part the table from its continuation
        last = block if block.kind == "table" else None
        out.append(block)
    return out


def _continues(block: Block, last: Block | None) -> bool:
    """Whether a table is the one before it going on, on the next page, under the same header row."""
    if block.kind != "table" or last is None or not block.rows or not last.rows or not _same_row(block.rows[0], last.rows[0]):
        return False
    return block.origin.page is not None and last.origin.page is not None and block.origin.page == last.origin.page + 1


def _same_row(a: list[str], b: list[str]) -> bool:
    return len(a) == len(b) and len(a) >= 2 and all(re.sub(r"\s+", "", x) == re.sub(r"\s+", "", y) for x, y in zip(a, b, strict=True))


def laid_out_text(data: bytes) -> str:
    """The PDF's lines in reading order, before the text repair (benchmarks/import_speed.py measures it)."""

    return "\n".join(line.text for line in _read_lines(data, Deadline())[0])


def _read_lines(data: bytes, deadline: Deadline) -> tuple[list[_PdfLine], list[str]]:
    """The pages' lines in reading order, and what was dropped from them (the notes)."""
    pages = _bounded(lambda: _read_pages(data, deadline), deadline)
    count = len(pages)
    characters = sum(page.characters for page in pages)
    if characters < 20 * count and characters < 200:
        raise DocumentError(
            f"PDF に文字の情報（テキスト層）がありません（{count} ページで {characters} 文字）。スキャンした画像の PDF と思われます。"
            "OCR（文字認識）をかけた PDF か、元の Word 文書を用意してください",
            f"the PDF has no text layer ({characters} characters on {count} pages): it looks like a scan; OCR is needed, or use the original document",
        )
    if sum(page.undecoded for page in pages) > characters // 4:
        raise DocumentError(
            "PDF の文字が正しく取り出せません（フォントに文字の対応表がありません）。元の文書か、OCR をかけた PDF を用意してください",
            "the PDF's characters cannot be decoded (fonts without a Unicode map); use the original document or an OCRed PDF",
        )
    body_size = _body_size([f for page in pages for f in page.fragments])
    notes = _drop_running_lines(pages, body_size)
    # The text area, over all pages of one size: a cover's centred lines, or a page of short ones, do not
    # make a narrower page of their own; nor a document of short lines (the margins are taken as even).
    areas: dict[tuple[int, int], tuple[float, float]] = {}
    for page in pages:
        if page.fragments:
            size = (round(page.width), round(page.height))
            left, right = areas.get(size, (page.width, 0.0))
            areas[size] = (min(left, *(f.left for f in page.fragments)), max(right, *(f.right for f in page.fragments)))
    for (width, height), (left, right) in areas.items():
        if left < width / 2 < right:
            areas[width, height] = (left, max(right, width - left))
    lines: list[_PdfLine] = []
    tables = 0
    for page in pages:
        page_lines, tables = _lay_out(page, tables, areas.get((round(page.width), round(page.height)), (0.0, page.width)))
        lines.extend(page_lines)
    return lines, notes


# --- characters ---------------------------------------------------------------------------------


def _pages_of(document: Any, deadline: Deadline) -> list[_Page]:
    import pypdfium2 as pdfium

    try:
        count = len(document)
        if count == 0:
            raise DocumentError("PDF にページがありません", "the PDF has no pages")
        if count > MAX_PDF_PAGES:
            raise DocumentError(
                f"PDF のページが多すぎます（{count:,} ページ、上限 {MAX_PDF_PAGES:,}）",
                f"the PDF has too many pages ({count:,}; the limit is {MAX_PDF_PAGES:,})",
            )
        pages: list[_Page] = []
        for index in range(count):
            deadline.check()
            try:
                pages.append(_read_page(document, index, deadline))
            except pdfium.PdfiumError as exc:
                # a page PDFium cannot load (a page tree that holds itself, a broken object): the file is broken
                raise DocumentError(
                    f"PDF の {index + 1} ページ目が壊れていて読めません（{exc}）。PDF を作り直すか、別の方法で保存し直してください",
                    f"page {index + 1} of the PDF is broken and cannot be read ({exc})",
                ) from None
    finally:
        document.close()
    return pages


def _read_pages(data: bytes, deadline: Deadline) -> list[_Page]:
    """Every page's fragments and tables, read by PDFium."""
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
        properties = document.get_metadata_dict()
    except (pdfium.PdfiumError, ValueError, UnicodeDecodeError):
        properties = {}
    if own_report(str(properties.get("Author", "")), str(properties.get("Subject", ""))):
        raise own_report_error()  # a PDF printed from dxcheck's Word report
    return _pages_of(document, deadline)


def _bounded(read: Callable[[], list[_Page]], deadline: Deadline) -> list[_Page]:
    """`read()` in a child process whose memory is bounded (MAX_PDF_MEMORY more than dxcheck's own), so
    that PDFium, which aborts the process when an allocation fails (a page of 4,000,000 objects needs
    2 GB to parse), can only end the child: the parent says which limit was hit. Where there is no fork
    (Windows, macOS's default), `read()` runs here."""
    if sys.platform != "linux":
        return read()
    import pickle
    import resource
    import selectors

    readable, writable = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        status = 0
        try:
            os.close(readable)
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the group: the parent decides
            try:
                libc = ctypes.CDLL(None)
                libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG: gone with the parent
            except (OSError, AttributeError):
                pass
            _, hard = resource.getrlimit(resource.RLIMIT_AS)
            wanted = _address_space() + MAX_PDF_MEMORY
            if hard == resource.RLIM_INFINITY or wanted < hard:
                resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))
            try:
                result: tuple[str, object] = ("pages", read())
            except DocumentError as exc:
                result = ("error", (exc.message_ja, exc.message_en))
            except MemoryError:
                result = ("memory", None)
            except BaseException as exc:  # a fault of dxcheck's: the parent raises it as before
                result = ("fault", repr(exc))
            with os.fdopen(writable, "wb") as out:
                out.write(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
        except BaseException:
            status = 1
        finally:
            os._exit(status)
    os.close(writable)
    chunks: list[bytes] = []
    try:
        with selectors.DefaultSelector() as selector, os.fdopen(readable, "rb", buffering=0) as source:
            selector.register(source, selectors.EVENT_READ)
            while True:
                if not selector.select(timeout=max(0.0, deadline.end - time.monotonic()) + 5):
                    os.kill(pid, signal.SIGKILL)
                    deadline.check()  # raises: the reading took longer than the limit
                chunk = source.read(1 << 20)
                if not chunk:
                    break
                chunks.append(chunk)
    finally:
        _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status) or not chunks:
        died = os.WTERMSIG(status) if os.WIFSIGNALED(status) else None
        how = signal.Signals(died).name if died else f"exit {os.WEXITSTATUS(status)}"
        raise DocumentError(
            f"PDF を読むのに必要なメモリが上限（{MAX_PDF_MEMORY // 2**30} GiB）かシステムの制限を超え、読み取りを中止しました（{how}）。"
            "計画の PDF か確かめてください",
            f"reading the PDF needed more memory than its limit ({MAX_PDF_MEMORY // 2**30} GiB) or the system allows, and was "
            f"stopped ({how}): check that this is a plan",
        )
    kind, value = pickle.loads(b"".join(chunks))
    if kind == "error":
        ja, en = cast("tuple[str, str]", value)
        raise DocumentError(ja, en)
    if kind == "memory":
        raise MemoryError
    if kind == "fault":
        raise RuntimeError(f"reading the PDF failed: {value}")
    return cast("list[_Page]", value)


def _address_space() -> int:
    """This process's virtual memory size in bytes (what RLIMIT_AS counts), from /proc."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


def _read_page(document: Any, index: int, deadline: Deadline) -> _Page:
    import pypdfium2.raw as raw

    page = document[index]
    objects = raw.FPDFPage_CountObjects(page.raw)
    if objects > MAX_PAGE_OBJECTS:  # before PDFium builds its text (as long again) and Python reads each character
        page.close()
        raise DocumentError(
            f"PDF の {index + 1} ページ目の描画要素が多すぎます（{objects:,} 個、上限 {MAX_PAGE_OBJECTS:,} 個。実際の計画のページは数千個）。"
            "計画の PDF か確かめてください",
            f"page {index + 1} of the PDF holds too many objects ({objects:,}; the limit is {MAX_PAGE_OBJECTS:,}, a real plan's page "
            "has a few thousand): check that this is a plan",
        )
    deadline.check()
    textpage = page.get_textpage()
    try:
        characters = textpage.count_chars()
        if characters > MAX_PAGE_CHARACTERS:
            raise DocumentError(
                f"PDF の {index + 1} ページ目の文字が多すぎます（{characters:,} 文字、上限 {MAX_PAGE_CHARACTERS:,} 文字。"
                "実際の計画のページは数千文字）。計画の PDF か確かめてください",
                f"page {index + 1} of the PDF holds too many characters ({characters:,}; the limit is {MAX_PAGE_CHARACTERS:,}, a real "
                "plan's page has a few thousand): check that this is a plan",
            )
        deadline.check()
        width, height = page.get_size()
        tables = _ruled_tables(page.raw, raw)
        deadline.check()
        fragments = _fragments(textpage, tables, raw)
        _fill_tables(tables, fragments)
    finally:
        textpage.close()
        page.close()
    # A grid with no row of two cells of text is a frame, or the rules beside and under a heading: its text is text.
    kept = [t for t in tables if any(sum(1 for c in row if c) >= 2 for row in t.rows)]
    for fragment in fragments:
        if fragment.cell is not None and tables[fragment.cell[0]] not in kept:
            fragment.cell = None
    page_of = _Page(index + 1, width, height, [f for f in fragments if f.cell is None and f.text.strip()], kept)
    page_of.characters = sum(f.count for f in fragments)
    page_of.undecoded = sum(f.text.count("\ufffd") for f in fragments)
    return page_of


def _fragments(textpage: Any, tables: list[_Table], raw: Any) -> list[_Fragment]:
    """The page's characters cut into fragments (see the module's docstring), in drawing order. This
    loop runs once per character of the document: PDFium's functions are bound to local names."""
    handle = textpage.raw
    get_unicode, get_box, get_size = raw.FPDFText_GetUnicode, raw.FPDFText_GetLooseCharBox, raw.FPDFText_GetFontSize
    get_font, get_weight = raw.FPDFText_GetFontInfo, raw.FPDFText_GetFontWeight
    # The loose box is the character's whole advance (a 「、」 fills its em square), so a gap between
    # two boxes is real space, not the blank half of a punctuation mark.
    box = raw.FS_RECTF()
    box_ref = ctypes.byref(box)
    name = ctypes.create_string_buffer(256)
    flags = ctypes.c_int()
    flags_ref = ctypes.byref(flags)
    bold_fonts: dict[bytes, bool] = {}  # by font name
    fragments: list[_Fragment] = []
    current: _Fragment | None = None
    last_right = 0.0
    boxes = [(t.left - 1, t.right + 1, t.bottom - 1, t.top + 1) for t in tables]
    for i in range(textpage.count_chars()):
        code = get_unicode(handle, i)
        if code in (13, 10, 0xFFFE):
            continue
        get_box(handle, i, box_ref)
        left, right, bottom, top = box.left, box.right, box.bottom, box.top
        if code == 32 and top - bottom <= 0:
            if current is not None:
                current.chars.append(" ")  # a space PDFium puts between words
            continue
        size = get_size(handle, i)
        middle = (top + bottom) / 2
        cell = None
        if boxes:
            center = (left + right) / 2
            for number, (x0, x1, y0, y1) in enumerate(boxes):
                if x0 <= center <= x1 and y0 <= middle <= y1:
                    found = tables[number].cell_at(center, middle)
                    if found is not None:
                        cell = (number, *found)
                        break
        if current is not None:
            em = max(current.size, 1.0)
            apart = (
                not (current.bottom - 0.3 * em <= middle <= current.top + 0.3 * em)
                or left < last_right - 2 * em  # back to the left margin on the same height: a new line
                or left - last_right > 0.6 * em  # a gap wider than a space: a cell, a column, a label apart
                or cell != current.cell
            )
            if apart:
                current = None
        char = chr(code)
        visible = bool(char.strip())
        if code == 0 and current is not None and current.count:
            continue  # a glyph with no text inside a line (a Type3 font's mark): nothing to read
        if (current is None or not current.count) and (code in _SYMBOL_FONT or code == 0):
            # 「\uf0b7」: Word's bullet in the Symbol font; a glyph with no text at all opening a line
            # (Chromium prints a Wingdings bullet so): a bullet
            char = "・"
        if current is None:
            current = _Fragment([], left, right, bottom, top, size, cell=cell, order=len(fragments))
            fragments.append(current)
        else:
            current.top, current.bottom = max(current.top, top), min(current.bottom, bottom)
            current.left, current.right = min(current.left, left), max(current.right, right)
            if visible and size > current.size:
                current.size = size
        current.chars.append(char)
        last_right = right
        if visible:
            current.count += 1
            get_font(handle, i, name, 256, flags_ref)
            font = name.value
            bold = bold_fonts.get(font)
            if bold is None:
                bold = get_weight(handle, i) >= 600 or bool(flags.value & _FORCE_BOLD)
                bold = bold or bool(_BOLD_NAME.search(font.decode("latin-1").split("+")[-1]))
                if font:  # a font without a name (Chromium's Type3) says nothing of its weight
                    bold_fonts[font] = bold
            current.bold += bold
    for fragment in fragments:
        fragment.chars = list(fragment.text.rstrip())
    return fragments


def _body_size(fragments: list[_Fragment]) -> float:
    """The font size most characters are set in."""
    weights: Counter[float] = Counter()
    for fragment in fragments:
        weights[round(fragment.size * 2) / 2] += fragment.count
    return weights.most_common(1)[0][0] if weights else 0.0


# --- ruled tables -------------------------------------------------------------------------------


def _ruled_tables(page: Any, raw: Any) -> list[_Table]:
    """Grids of ruling lines: thin filled rectangles (Chromium) or stroked lines (LibreOffice, Word)."""
    horizontals: list[tuple[float, float, float]] = []  # (y, left, right)
    verticals: list[tuple[float, float, float]] = []  # (x, bottom, top)
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    for i in range(raw.FPDFPage_CountObjects(page)):
        obj = raw.FPDFPage_GetObject(page, i)
        if raw.FPDFPageObj_GetType(obj) != raw.FPDF_PAGEOBJ_PATH:
            continue
        raw.FPDFPageObj_GetBounds(obj, ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top))
        x0, y0, x1, y1 = left.value, bottom.value, right.value, top.value
        width, height = x1 - x0, y1 - y0
        if height <= _RULE_THICKNESS and width >= 4:
            horizontals.append(((y0 + y1) / 2, x0, x1))
        elif width <= _RULE_THICKNESS and height >= 4:
            verticals.append(((x0 + x1) / 2, y0, y1))
        elif width > 8 and height > 8 and raw.FPDFPath_CountSegments(obj) <= 6:
            raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke))
            if stroke.value and not fill.value:  # a stroked box: its four sides (a filled one is shading)
                horizontals += [(y0, x0, x1), (y1, x0, x1)]
                verticals += [(x0, y0, y1), (x1, y0, y1)]
    if len(horizontals) < 2 or len(verticals) < 2 or len(horizontals) * len(verticals) > 40_000:
        return []
    tables: list[_Table] = []
    for hs, vs in _grids(horizontals, verticals):
        xs = _snap([v[0] for v in vs] + [min(h[1] for h in hs), max(h[2] for h in hs)])
        ys = sorted(_snap([h[0] for h in hs] + [min(v[1] for v in vs), max(v[2] for v in vs)]), reverse=True)
        if len(xs) >= 3 and len(ys) >= 2:  # two columns at least; one row may be a table cut by a page or column break
            tables.append(_Table(xs, ys, vs, horizontals=hs))
    return sorted(tables, key=lambda t: -t.top)


def _grids(
    horizontals: list[tuple[float, float, float]], verticals: list[tuple[float, float, float]]
) -> list[tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]]:
    """Rulings that meet, grouped: each group is one table's grid."""
    parent = list(range(len(horizontals) + len(verticals)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for (hi, (y, x0, x1)), (vi, (x, y0, y1)) in itertools.product(enumerate(horizontals), enumerate(verticals)):
        if x0 - _SNAP <= x <= x1 + _SNAP and y0 - _SNAP <= y <= y1 + _SNAP:
            parent[find(hi)] = find(len(horizontals) + vi)
    groups: dict[int, tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]] = defaultdict(lambda: ([], []))
    for hi, h in enumerate(horizontals):
        groups[find(hi)][0].append(h)
    for vi, v in enumerate(verticals):
        groups[find(len(horizontals) + vi)][1].append(v)
    return [(hs, vs) for hs, vs in groups.values() if len(hs) >= 2 and len(vs) >= 2]


def _snap(values: list[float]) -> list[float]:
    """Positions closer than _SNAP are one (a border drawn twice, by each of two cells)."""
    out: list[float] = []
    for value in sorted(values):
        if out and value - out[-1] <= _SNAP:
            continue
        out.append(value)
    return out


def _fill_tables(tables: list[_Table], fragments: list[_Fragment]) -> None:
    """Each table's rows of cell texts, from the fragments inside its cells; a table with no text is none."""
    for number, table in enumerate(tables):
        inside: dict[tuple[int, int], list[_Fragment]] = defaultdict(list)
        for fragment in fragments:
            if fragment.cell is not None and fragment.cell[0] == number and fragment.text.strip():
                inside[fragment.cell[1], fragment.cell[2]].append(fragment)
        # A cell merged down holds its text in its first row (its lines fall in the rows it spans); the
        # rows below read it empty, as Word's vMerge reads.
        for column in range(len(table.xs) - 1):
            top: int | None = None
            for row in range(len(table.ys) - 1):
                if top is not None:
                    inside[top, column].extend(inside.pop((row, column), []))
                if not table.merged_down(column, row):
                    top = None
                elif top is None:
                    top = row
        for row in range(len(table.ys) - 1):
            cells: list[str] = []
            start = 0
            for column in range(1, len(table.xs)):
                if column == len(table.xs) - 1 or table.edge_in_row(column, row):
                    parts = [f for c in range(start, column) for f in inside.get((row, c), [])]
                    cells.append(_cell_text(parts, table.xs[start], table.xs[column]))
                    start = column
            if any(cells):
                table.rows.append(cells)


def _cell_text(fragments: list[_Fragment], left: float, right: float) -> str:
    """A cell's lines: a line that fills the cell runs on into the next; a short one ends a paragraph."""
    text = ""
    previous: _Line | None = None
    for line in _group_rows(fragments):
        words = " ".join(f.text.strip() for f in line.fragments)
        if previous is None:
            text = words
        elif previous.right >= right - max(2.5 * previous.size, 0.2 * (right - left)):
            text = join_text(text, words)
        else:
            text += "\n" + words
        previous = line
    return text


# --- rows of fragments --------------------------------------------------------------------------


@dataclass
class _Line:
    """Fragments side by side on one baseline."""

    fragments: list[_Fragment]
    top: float
    bottom: float

    @property
    def left(self) -> float:
        return self.fragments[0].left

    @property
    def right(self) -> float:
        return max(f.right for f in self.fragments)

    @property
    def size(self) -> float:
        return max(f.size for f in self.fragments)

    @property
    def order(self) -> int:
        return min(f.order for f in self.fragments)


def _group_rows(fragments: list[_Fragment]) -> list[_Line]:
    """Fragments grouped into lines by height (top of the page first), each line's left to right."""
    lines: list[_Line] = []
    for fragment in sorted(fragments, key=lambda f: -f.middle):
        line = lines[-1] if lines else None
        if line is not None:
            overlap = min(line.top, fragment.top) - max(line.bottom, fragment.bottom)
            if overlap >= 0.5 * min(line.top - line.bottom, fragment.top - fragment.bottom):
                line.fragments.append(fragment)
                line.top, line.bottom = max(line.top, fragment.top), min(line.bottom, fragment.bottom)
                continue
        lines.append(_Line([fragment], fragment.top, fragment.bottom))
    for line in lines:
        line.fragments.sort(key=lambda f: f.left)
    return lines


# --- running headers and footers ----------------------------------------------------------------

_PAGE_NUMBER = re.compile(
    r"^[\s\-－—–―ー−‐]*(?:[pPｐＰ][.．]?\s*)?[0-9０-９]{1,4}(?:\s*[/／]\s*[0-9０-９]{1,4})?[\s\-－—–―ー−‐]*(?:ページ|頁)?$"
)
_BAND = 0.1  # the top and bottom tenth of the page


def _drop_running_lines(pages: list[_Page], body_size: float) -> list[str]:
    """Running headers, footers and page numbers, taken off the pages (see the module's docstring)."""
    candidates: list[tuple[_Page, _Line, str]] = []
    for page in pages:
        lines = _group_rows(page.fragments)
        boxes = [(line.top, line.bottom) for line in lines] + [(t.top, t.bottom) for t in page.tables]
        for index, line in enumerate(lines):
            in_band = line.bottom >= page.height * (1 - _BAND) or line.top <= page.height * _BAND
            text = "".join(f.text for f in line.fragments).strip()
            if not in_band or len(text) > 60 or "。" in text or line.size > body_size * 1.1 + 0.5:
                continue  # a heading is larger than the body
            # Set apart from the body: nothing else on the page within more than a line of it.
            gap = min((_distance(line, *box) for other, box in enumerate(boxes) if other != index), default=1e9)
            # (a line set smaller than the body may stand closer: a landscape page's header, half a line above its heading)
            if gap >= 1.2 * max(body_size, line.size) or (line.size < 0.9 * body_size and gap >= 0.4 * body_size):
                candidates.append((page, line, text))
    # Where each text stands: (page, its place from the page's nearer edge) — a landscape page's header stands as far
    # below its top as a portrait page's, and at another height from the bottom (a blind set's 取組一覧 page)
    seen: dict[str, list[tuple[int, tuple[bool, float]]]] = defaultdict(list)
    for page, line, _ in candidates:
        for fragment in line.fragments:
            seen[_key(fragment.text)].append((page.number, _from_edge(page, fragment.middle)))
    heights: Counter[tuple[bool, int]] = Counter()
    dropped: list[str] = []
    for page, line, text in candidates:
        # Each part of the line is a page number or comes back on another page at the same height
        # (「計画名　　第3章」, 「計画名　　3 / 20」).
        repeated = all(
            _PAGE_NUMBER.match(f.text)
            or any(number != page.number and _near(place, _from_edge(page, f.middle)) for number, place in seen[_key(f.text)])
            for f in line.fragments
        )
        if _PAGE_NUMBER.match(text) or repeated:
            top, place = _from_edge(page, (line.top + line.bottom) / 2)
            heights[top, round(place)] += 1
            for fragment in line.fragments:
                fragment.running = True
            dropped.append(text)
    # Where most pages have their running lines, a line seen once is one too (a chapter's name in the header).
    common = [height for height, n in heights.items() if n >= max(3, len(pages) // 2)]
    for page, line, text in candidates:
        where = _from_edge(page, (line.top + line.bottom) / 2)
        if not line.fragments[0].running and any(_near(where, (upper, height)) for upper, height in common):
            for fragment in line.fragments:
                fragment.running = True
            dropped.append(text)
    dropped += _side_numbers(pages)
    numbered = _line_numbers(pages)
    for page in pages:
        page.fragments = [f for f in page.fragments if not f.running]
    notes = [f"左の余白にある行番号（Word の行番号） {numbered} 個を取り除きました"] if numbered else []
    if not dropped:
        return notes
    shown = "、".join(f"「{text}」" for text in list(dict.fromkeys(_key(t).replace("#", "N") for t in dropped))[:5])
    return [f"ページの上下の余白にある柱（ヘッダー・フッター）とページ番号 {len(dropped)} 行を取り除きました: {shown}", *notes]


def _line_numbers(pages: list[_Page]) -> int:
    """Word's line numbers (a draft for public comment, a 案 with 行番号): on a page, eight or more numbers alone in a
    column of their own left of the text, right-aligned, counting up down the page. Each was read as the first word
    of its line (「3 人口の減少と…」), and a measure's heading 「27 （1）電子申請…」 as no heading (a blind set's)."""
    dropped = 0
    for page in pages:
        text = [f for f in page.fragments if not f.running and f.cell is None]
        numbers = [f for f in text if f.text.strip().isdigit() and len(f.text.strip()) <= 3]
        if len(numbers) < 8:
            continue
        edge = statistics.median(f.right for f in numbers)
        column = [f for f in numbers if abs(f.right - edge) <= 6]
        others = [f for f in text if not any(f is c for c in column)]
        if len(column) < 8 or not others or min(f.left for f in others) < max(f.right for f in column) + 2:
            continue
        values = [int(f.text.strip()) for f in sorted(column, key=lambda f: -f.middle)]  # the top of the page first
        # counting line by line (or every n lines), not a heading's number set apart from its title (「1　計画の策定」,
        # a blind set's doc86: five such numbers were taken for line numbers, and the document refused)
        steps = Counter(b - a for a, b in itertools.pairwise(values))
        step, most = steps.most_common(1)[0]
        if step < 1 or most < 0.8 * (len(values) - 1):
            continue
        for fragment in column:
            fragment.running = True
        dropped += len(column)
    return dropped


def _from_edge(page: _Page, height: float) -> tuple[bool, float]:
    """Whether a height is in the page's upper half, and how far it stands from that half's edge."""
    return (True, page.height - height) if height >= page.height / 2 else (False, height)


def _near(a: tuple[bool, float], b: tuple[bool, float]) -> bool:
    return a[0] == b[0] and abs(a[1] - b[1]) <= 3


def _side_numbers(pages: list[_Page]) -> list[str]:
    """Page numbers in a side margin, half-way down the page (a thumb index, a margin box): a number
    alone at the outer edge, at the same place on two pages or more, each beyond the page's other text."""
    found: list[tuple[_Page, _Fragment]] = []
    for page in pages:
        text = [f for f in page.fragments if not f.running]
        for fragment in text:
            if not _PAGE_NUMBER.match(fragment.text.strip()) or not fragment.text.strip().isdigit():
                continue
            others = [f for f in text if f is not fragment]
            outer_right = fragment.left >= 0.8 * page.width and all(f.right <= fragment.left - 2 for f in others)
            outer_left = fragment.right <= 0.2 * page.width and all(f.left >= fragment.right + 2 for f in others)
            if outer_right or outer_left:
                found.append((page, fragment))
    dropped: list[str] = []
    for page, fragment in found:
        if any(other is not page and abs(f.middle - fragment.middle) <= 3 and abs(f.left - fragment.left) <= 12 for other, f in found):
            fragment.running = True
            dropped.append(fragment.text.strip())
    return dropped


def _distance(line: _Line, top: float, bottom: float) -> float:
    if bottom > line.top:
        return bottom - line.top
    if top < line.bottom:
        return line.bottom - top
    return 0.0


def _key(text: str) -> str:
    return re.sub(r"[0-9０-９]+", "#", re.sub(r"[\s　]+", "", text))


# --- layout: columns and reading order ----------------------------------------------------------


def _lay_out(page: _Page, tables_before: int, area: tuple[float, float]) -> tuple[list[_PdfLine], int]:
    """The page's lines in reading order: band by band, column by column (see the module's docstring).
    `area`: the left and right edges of the text on pages of this size."""
    fragments = page.fragments
    gutters = _gutters(fragments, page.tables)
    groups: dict[int, list[_Fragment]] = defaultdict(list)  # by column; -1: across the columns
    for fragment in fragments:
        column = _column_of(fragment.left, fragment.right, gutters)
        groups[-1 if column is None else column].append(fragment)
    columns = {column: _group_rows(members) for column, members in groups.items()}
    if gutters:
        _lines_beside_columns(columns, page.tables, gutters)
    text_left, text_right = area
    edges = [text_left] + [edge for gutter in gutters for edge in gutter] + [text_right]
    units: list[tuple[float, int, list[_PdfLine]]] = []  # (top, column, lines) to be put in order
    for column, lines in columns.items():
        left, right = (text_left, text_right) if column == -1 else (edges[2 * column], edges[2 * column + 1])
        margins = _margins(lines, left, right)
        for line in lines:
            units.append((line.top, column, [_pdf_line(line, page.number, left, right, margins, column)]))
    for number, table in enumerate(page.tables, tables_before):
        table_column = _column_of(table.left, table.right, gutters)
        rows = [
            _PdfLine("\t".join(cells), page.number, 0.0, table.top, table.bottom, cells=cells, table=number, column=table_column or 0)
            for cells in table.rows
        ]
        units.append((table.top, -1 if table_column is None else table_column, rows))
    tables = tables_before + len(page.tables)
    if not gutters:
        units.sort(key=lambda unit: -unit[0])
        return [line for _, _, lines in units for line in lines], tables
    # Bands: the lines across the columns cut the page; inside a band, the left column comes first.
    cuts = sorted({top for top, column, _ in units if column == -1}, reverse=True)

    def order(unit: tuple[float, int, list[_PdfLine]]) -> tuple[int, int, float]:
        top, column, _ = unit
        if column == -1:  # a line across the columns opens its band
            return sum(1 for cut in cuts if cut >= top - 0.01), -1, -top
        return sum(1 for cut in cuts if cut > top + 0.01), column, -top

    units.sort(key=order)
    return [line for _, _, lines in units for line in lines], tables


def _lines_beside_columns(columns: dict[int, list[_Line]], tables: list[_Table], gutters: list[tuple[float, float]]) -> None:
    """A short line above or below the columns (「第4章 推進体制」 after them) crosses no gutter, yet is
    no line of the first column: it stands wholly above or below the last column, and the page draws
    it before or after most of that column (the first column's overflow, under a short last column,
    is drawn before all of it)."""
    last = max(columns)
    if last <= 0:
        return
    right = columns[last]
    if not right:
        return
    across = columns.get(-1, [])
    # the last column's band ends at the highest line across the page with at most two lines of that column below
    # it: those are another band's (the boxes of a colophon at the page's foot, a blind set's: counted in, they put the
    # column's end below 「第５章　推進体制」, which then read before the column, its three measures under it)
    ends = max(
        (a.top for a in across if sum(line.top < a.top for line in right) <= 2 < sum(line.top > a.top for line in right)), default=None
    )
    band = [line for line in right if ends is None or line.top > ends] or right
    top = max([line.top for line in band] + [t.top for t in tables if _column_of(t.left, t.right, gutters) == last])
    bottom = min([line.bottom for line in band] + [t.bottom for t in tables if _column_of(t.left, t.right, gutters) == last])
    orders = [line.order for line in band]
    for column in range(last):
        kept = []
        for line in columns.get(column, []):
            below = line.top < bottom - 1 and sum(o < line.order for o in orders) >= 0.5 * len(orders)
            above = line.bottom > top + 1 and sum(o > line.order for o in orders) >= 0.5 * len(orders)
            if below or above:
                columns.setdefault(-1, []).append(line)
            else:
                kept.append(line)
        columns[column] = kept


def _margins(lines: list[_Line], left: float, right: float) -> list[float]:
    """Where lines end at the right: the column's edge, and any x where three long lines that end no
    sentence end together (a narrower block inside the column: a section set in half the page's width;
    lines that end a paragraph, or a repeated 「担当課：総務課」, do not make one)."""
    ends = sorted(
        line.right
        for line in lines
        if line.right - left >= 0.4 * (right - left) and not line.fragments[-1].text.rstrip().endswith(("。", "」", ")", "）"))
    )
    margins = [right]
    for index in range(len(ends) - 2):
        if ends[index + 2] - ends[index] <= 2.0:
            margins.append(ends[index + 2])
    return sorted(set(margins))


def _pdf_line(line: _Line, page: int, left: float, right: float, margins: list[float], column: int) -> _PdfLine:
    parts: list[str] = []
    previous: _Fragment | None = None
    label = None
    for index, fragment in enumerate(line.fragments):
        text = fragment.text
        if previous is not None:
            gap = fragment.left - previous.right
            em = max(previous.size, 1.0)
            first = parts[0].strip() if index == 1 else ""
            if first and (first in _LIST_MARKS or (len(line.fragments) == 2 and list_label(first) and not _is_number(text))):
                # 「・」, 「1.」, 「１」 or 「一」 and a tab to the text: a list's label (Word's automatic
                # number, as LibreOffice prints it), not a cell
                parts.append("　" if bare_marker(first) is None and first not in _LIST_MARKS else " ")
                label = first
            elif gap > 0.6 * em:
                parts.append("\t")
            elif gap > 0.2 * em and previous.text[-1:].isascii() and text[:1].isascii():
                parts.append(" ")
        parts.append(text)
        previous = fragment
    count = sum(f.count for f in line.fragments)
    bold = sum(f.bold for f in line.fragments)
    # How far the line reaches towards the margin it stops at (the nearest at or beyond its end).
    margin = next((m for m in margins if m >= line.right - max(line.size, 2.0)), max(margins))  # justified lines overshoot a little
    reach = min((line.right - left) / (margin - left), 1.0) if margin - left > 0 else 1.0
    width = right - left
    indent, short = line.left - left, right - line.right
    centered = width > 0 and indent > 0.1 * width and abs(indent - short) <= max(1.5 * line.size, 0.03 * width)
    text = "".join(parts).rstrip()
    head, rest = line.fragments[0], line.fragments[1:]
    if (
        label is None
        and rest
        and head.count >= 2
        and head.bold >= head.count
        and not any(f.bold for f in rest)
        and len(parts) > 2
        and parts[1] == "\t"
        and "。" not in head.text
        and len(head.text.strip()) <= 40
    ):
        # 「オンライン申請の拡大　子育て・介護の手続を…」 with the name in bold: a measure's name opening its
        # paragraph, set apart by a space — read as 「名：説明」, a list item of its own name
        text = f"{head.text.strip()}：{''.join(parts[2:]).strip()}"
        label = "bold-lead"
    return _PdfLine(
        text,
        page,
        line.size,
        line.top,
        line.bottom,
        bold=count > 0 and bold >= 0.8 * count,
        centered=centered,
        reach=reach,
        column=column,
        label=label,
    )


def _gutters(fragments: list[_Fragment], tables: list[_Table]) -> list[tuple[float, float]]:
    """Vertical gutters between columns (`_page_gutters`); on a page whose columns stand between text
    across the page (a Word section in two columns between sections in one), those of the largest
    stretch between lines across the middle of the page that has columns of its own."""
    found = _page_gutters(fragments, tables)
    if found or len(fragments) < 16:
        return found
    x0 = min(f.left for f in fragments)
    x1 = max(f.right for f in fragments)
    middle = (x0 + x1) / 2
    across = [f for f in fragments if f.left < middle - 0.05 * (x1 - x0) and f.right > middle + 0.05 * (x1 - x0)]
    # a table across the page cuts it too (a 体系図 table over the section in two columns, a blind set's: the
    # table's height over the gutter hid it, and the two columns were read as one, line by line)
    wide = [t for t in tables if t.left < middle - 0.05 * (x1 - x0) and t.right > middle + 0.05 * (x1 - x0)]
    if not across and not wide:
        return []
    # The stretches of the page between lines across its middle, largest first
    edges = sorted({f.bottom for f in across} | {f.top for f in across} | {t.bottom for t in wide} | {t.top for t in wide}, reverse=True)
    bounds = [(edges[i], edges[i + 1]) for i in range(len(edges) - 1)] + [(min(edges), -1e9), (1e9, max(edges))]
    stretches = []
    for high, low in bounds:
        inside = [f for f in fragments if f.top <= high + 0.5 and f.bottom >= low - 0.5 and f not in across]
        if len(inside) >= 12 and len(_group_rows(inside)) >= 6:
            stretches.append(inside)
    for inside in sorted(stretches, key=len, reverse=True):
        top, bottom = max(f.top for f in inside), min(f.bottom for f in inside)
        found = _page_gutters(inside, [t for t in tables if t.bottom >= bottom and t.top <= top], fill=0.0)
        if found:
            return found
    return []


def _page_gutters(fragments: list[_Fragment], tables: list[_Table], *, fill: float = 0.25) -> list[tuple[float, float]]:
    """Vertical gutters between columns: x-ranges in the middle of the text that lines cross over at
    most a tenth of the text's height, with lines on both sides, most of which fill their column (the
    gap between a table's columns is no gutter: its cells do not). Below text across the page (`fill`
    0), the columns are known to be columns by that text, and need not be filled."""
    if len(fragments) < 8:
        return []
    spans = [(f.left, f.right, f.top - f.bottom) for f in fragments] + [(t.left, t.right, t.top - t.bottom) for t in tables]
    x0 = int(min(left for left, _, _ in spans))
    x1 = int(max(right for _, right, _ in spans)) + 1
    if x1 - x0 < 100 or x1 - x0 > 20_000:
        return []
    # How much of the text's height crosses each x: a difference array over the page's width.
    crossing = [0.0] * (x1 - x0 + 2)
    for left, right, height in spans:
        crossing[int(left) - x0 + 1] += height  # from the first whole point inside the box
        crossing[int(right) - x0 + 1] -= height
    total = sum(height for _, _, height in spans)
    runs: list[tuple[float, float]] = []
    level, start = 0.0, None
    for offset in range(x1 - x0 + 1):
        level += crossing[offset]
        x = x0 + offset
        free = level <= 0.1 * total and x0 + 0.2 * (x1 - x0) <= x <= x0 + 0.8 * (x1 - x0)
        if free and start is None:
            start = x
        elif not free and start is not None:
            runs.append((start, x))
            start = None
    size = _body_size(fragments)
    gutters = []
    for left, right in runs:
        if right - left < max(0.8 * size, 6.0):
            continue
        on_left = [f for f in fragments if f.right <= left + 1 and f.left < left]
        on_right = [f for f in fragments if f.left >= right - 1]
        if sum(f.top - f.bottom for f in on_left) < 0.2 * total or sum(f.top - f.bottom for f in on_right) < 0.1 * total:
            continue
        filled = sum(1 for line in _group_rows(on_left) if line.right >= left - 2.5 * size)
        if filled >= fill * len(_group_rows(on_left)):
            gutters.append((float(left), float(right)))
    return gutters


def _column_of(left: float, right: float, gutters: list[tuple[float, float]]) -> int | None:
    """The column a box stands in, or None when it crosses a gutter."""
    column = 0
    for g0, g1 in gutters:
        middle = (g0 + g1) / 2
        if right <= middle:
            return column
        if left < middle:
            return None
        column += 1
    return column


# --- lines to the text repair -------------------------------------------------------------------


def _raw_lines(lines: list[_PdfLine]) -> list[RawLine]:
    """Heading levels and scale from font sizes; paragraph breaks from vertical gaps."""
    weights: Counter[float] = Counter()
    for line in lines:
        if line.cells is None:
            weights[round(line.size * 2) / 2] += len(line.text)
    body = weights.most_common(1)[0][0] if weights else 0.0
    larger = sorted({round(line.size * 2) / 2 for line in lines if line.cells is None and line.size > body + 0.75}, reverse=True)
    rank = {size: index + 1 for index, size in enumerate(larger)}
    spacings = [
        previous.bottom - line.bottom
        for previous, line in itertools.pairwise(lines)
        if previous.page == line.page
        and previous.column == line.column
        and abs(previous.size - body) < 0.75
        and abs(line.size - body) < 0.75
        and previous.cells is None
        and line.cells is None
    ]
    usual = statistics.median([s for s in spacings if s > 0]) if spacings else 0.0
    out: list[RawLine] = []
    previous: _PdfLine | None = None
    for line in lines:
        origin = Origin(page=line.page)
        if line.cells is not None:
            out.append(RawLine(line.text, origin, cells=line.cells, table=line.table))
            previous = line
            continue
        level = rank.get(round(line.size * 2) / 2)
        gap = False
        if previous is not None and previous.page == line.page and usual > 0:
            gap = previous.bottom - line.bottom > usual + max(2.0, 0.15 * usual)
        scale = round(line.size / body, 2) if body > 0 else 1.0
        out.append(
            RawLine(
                line.text,
                origin,
                heading_level=level,
                gap_before=gap,
                bold=line.bold,
                scale=scale,
                centered=line.centered,
                reach=line.reach,
                label=line.label,
            )
        )
        previous = line
    return out


def _is_number(text: str) -> bool:
    """A cell that is a figure (「12」「3.5%」「2,318人」): a row of a table, not a label and its text."""
    return bool(re.match(r"^[\s　]*[0-9０-９][0-9０-９,，.．]*[\s　]*(?:%|％|件|人|円|か所|箇所|回)?[\s　]*$", text))
