"""Text as it comes out of a PDF converter, repaired and cut into blocks.

Used for .txt / .md input and, line by line, for the text layer of a PDF. The damage repaired:
page numbers and running headers, separators, footnotes and figure captions (removed), a table
of contents (removed, with a note), lines broken in the middle of a sentence (joined, also
across a page break), spaces inside Japanese words (「個性豊 かな」 → 「個性豊かな」) and inside
spaced-out abbreviations (「K P I」 → 「KPI」). Nothing else of the author's words is changed.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from dxcheck.importer.blocks import Block, Origin, looks_like_heading
from dxcheck.importer.numbering import bare_marker, list_label, parse_marker


@dataclass
class RawLine:
    """One line of text with where it came from.

    `heading_level`: the level a PDF's font sizes give the line (1 = largest), or the number of
    `#` of a Markdown heading; `gap_before`: a PDF's vertical gap before the line (a paragraph break).
    """

    text: str
    origin: Origin
    heading_level: int | None = None
    markdown_heading: bool = False
    gap_before: bool = False
    bold: bool = False  # a PDF line whose characters are bold (PDFium's font weight)
    scale: float = 1.0  # its font size over the body text's
    centered: bool = False  # a PDF line centred in its column
    # How far across its column a PDF line reaches (1.0 = to the right edge): a line that reaches the
    # edge was wrapped and runs on. None for text, where the number of characters tells instead.
    reach: float | None = None
    # A row of a table whose cells the PDF's ruling lines delimit, and which table it belongs to.
    cells: list[str] | None = None
    table: int | None = None
    # A list's label that a PDF sets apart from its text by a tab (「・」, 「1.」: Word's numbering): in
    # the body's size and weight the line is a list item; bold or larger, a numbered heading.
    label: str | None = None


_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶ"
_CJK_PUNCT = "、。「」『』（）【】〔〕・：；！？ー〜～"
_SPACE_IN_CJK = re.compile(rf"(?<=[{_CJK}{_CJK_PUNCT}])[ \u3000]+(?=[{_CJK}{_CJK_PUNCT}])")
_SPACE_CJK_DIGIT = re.compile(rf"(?<=[{_CJK}（(])[ \u3000]+(?=[0-9０-９])|(?<=[0-9０-９])[ \u3000]+(?=[{_CJK}）)])")
_SPACED_LETTERS = re.compile(r"(?<![A-Za-z])[A-Za-z](?: [A-Za-z])+(?![A-Za-z])")
_SENTENCE_END = ("。", "！", "？", "!", "?", "」", "』", "）", ")")

_PAGE_NUMBER = re.compile(r"^[\s\-－—–―ー]*(?:[pPｐＰ]\.?\s*)?[0-9０-９]{1,4}(?:\s*[/／]\s*[0-9０-９]{1,4})?[\s\-－—–―ー]*(?:ページ|頁)?$")
_SEPARATOR = re.compile(r"^[\s\-=_*＿－―—–・·\t]{3,}$")
_FOOTNOTE = re.compile(r"^(?:※|＊\s*\d|\*\s*\d|[(（]注[)）]|注\s*[0-9０-９]*[）):：]|<sup>\s*[※*]?\s*\d+\s*</sup>)")
_CAPTION = re.compile(
    r"^(?:図表?|表|グラフ|写真)[\s　]*[0-9０-９]+(?:[-－‐.．][0-9０-９]+)*(?:[\s　:：]|$)|^(?:図|表)[：:]|^[(（]?出典[)）]?[\s　:：]|^出典[：:]"
)
# A schedule's legend 「凡例　○：実施　→：継続　△：検討」: symbols explained, no text of the plan.
_LEGEND = re.compile(r"^(?:凡例[\s　:：]*)?(?:[^\w\s][\s　]*[：:＝=][^\s　]{1,12}[\s　]*){2,}$")
_TOC_HEADING = re.compile(r"^(?:[【［〔\[]?(?:目[\s　]*次|もくじ)[】］〕\]]?|内[\s　]*容|CONTENTS|Contents|Table of Contents)$")
_TOC_ENTRY = re.compile(r"(?:[.．・·…‥]{2,}|\t|[\s　]{2,}|[\s　]+(?=[0-9０-９]+$))[\s　.．・·…‥]*[0-9０-９]{1,3}$")
_BULLET = re.compile(r"^(?:[-*+][\s　]+)?(?:[・●○◆◇■□▪▫✓✔➢➤→◎•◦∙‣⁃]|[-*+](?=[\s　]))[\s　]*")
_NOISE = (_FOOTNOTE, _CAPTION, _LEGEND, _SEPARATOR, _PAGE_NUMBER)
_HTML_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_HTML_COMMENT = re.compile(r"<!--.*?-->")  # a converter's 「<!-- page 6 -->」
_MD_RULE = re.compile(r"^:?-{3,}:?$")
_SUP = re.compile(r"<sup>.*?</sup>|\^\([^)]*\)")
_MD_LINK = re.compile(r"(!?)\[([^\]]*)\]\([^)]*\)")
_MD_HEADING = re.compile(r"^(#{1,6})[\s　]+")


_LEADING_MARKER = re.compile(r"^([ア-ン一二三四五六七八九十①-⑳ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|[0-9０-９]{1,2}(?![0-9０-９]))[ \u3000]+(?![0-9０-９年月日%％])")


def repair_spacing(text: str) -> str:
    """Remove the spaces a PDF converter puts inside Japanese words and spaced-out abbreviations
    (the space after a one-character marker such as 「ア 」 is the author's, and is kept)."""
    marker = _LEADING_MARKER.match(text)
    if marker:
        return marker.group(1) + " " + repair_spacing(text[marker.end() :])
    text = _SPACE_IN_CJK.sub("", text)
    text = _SPACE_CJK_DIGIT.sub("", text)

    def letters(match: re.Match[str]) -> str:
        run = match.group(0)
        return run.replace(" ", "") if sum(c.isupper() for c in run) >= 2 else run

    return _SPACED_LETTERS.sub(letters, text)


# A contents line: leaders, then a page number. It fills the line, and still ends there (the structure
# leaves such lines out where a reader kept them).
LEADERED = re.compile(r"[.．・·…‥]{3,}[\s　]*[0-9０-９]{1,3}[\s　]*$")


def label_family(label: str) -> str:
    """What the labels of one list share (「1.」…「24.」 → 「1.」, 「ア」「イ」 → 「ア」, 「①」「②」 → 「①」):
    the items of a list drawn with them are siblings, not each a level under the one before."""
    label = re.sub(r"[0-9０-９]+", "1", label)
    label = re.sub(r"^([(（]?)[ア-ン](?=[)）.．、]?$)", r"\1ア", label)
    label = re.sub(r"[①-⑳]", "①", label)
    label = re.sub(r"(?<![一-龥])[一二三四五六七八九十]{1,3}(?![一-龥])", "一", label)
    return re.sub(r"[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+", "Ⅰ", label)


def join_text(first: str, second: str) -> str:
    """Two pieces of one sentence: no space in Japanese, one space between two ASCII words."""
    if first and second and first[-1].isascii() and first[-1].isalnum() and second[0].isascii() and second[0].isalnum():
        return f"{first} {second}"
    return first + second


def ends_sentence(text: str) -> bool:
    """Whether a text ends a sentence (so the next line starts a new one)."""
    return text.rstrip().endswith(_SENTENCE_END)


def _inline(text: str) -> str:
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    text = _SUP.sub("", text)
    text = _HTML_COMMENT.sub("", text)
    text = _HTML_TAG.sub(" ", text)
    text = _MD_LINK.sub(lambda m: "" if m.group(1) else m.group(2), text)  # an image 「![](p1.jpeg)」 is no text
    text = text.replace("**", "").replace("__", "").replace("\\_", "_").replace("\\", "")
    return text.rstrip()


@dataclass
class _Line:
    raw: RawLine
    text: str
    kind: str = "text"  # blank, noise, toc, heading, item, row, text


@dataclass
class TextResult:
    """The blocks, and what was removed (for the notes)."""

    blocks: list[Block]
    notes: list[str]


def lines_to_blocks(lines: list[RawLine], *, positioned: bool = False) -> TextResult:
    """Clean and classify lines, join broken ones, and cut the text into blocks. `positioned`: the lines
    are a PDF's, whose reader has dropped running headers and footers by where they stand on the page;
    the guess from repetition next to page breaks, for text, is not made again (it would take a heading
    that opens every page, such as 「(2) 取組その2」 after 「(1) 取組その1」, for one)."""
    work: list[_Line] = []
    for raw in lines:
        text = raw.text
        footnote = bool(_FOOTNOTE.match(text.strip()))
        text = _inline(text)
        md = _MD_HEADING.match(text)
        if md:
            raw.markdown_heading = True
            raw.heading_level = raw.heading_level or len(md.group(1))
            text = text[md.end() :]
        text = text.strip(" \u3000")
        line = _Line(raw, text)
        if not text.strip():
            line.kind = "blank"
        elif footnote or any(pattern.match(text) for pattern in _NOISE):
            line.kind = "noise"
        work.append(line)
    notes: list[str] = []
    if not positioned:
        _drop_running_headers(work, notes)
    _drop_table_of_contents(work, notes)
    for line in work:
        if line.kind not in ("blank", "noise", "toc"):
            line.text = repair_spacing(line.text)
            line.kind = _classify(line)
    _join_bare_numbers(work)
    blocks = _footnotes(_boxed_headings(_headed_lists(_assemble(work))), notes)
    removed = sum(1 for line in work if line.kind == "noise")
    if removed:
        notes.append(f"ページ番号・柱・区切り線・脚注・図表の見出しや出典など {removed} 行を取り除きました")
    return TextResult(blocks, notes)


def _drop_running_headers(work: list[_Line], notes: list[str]) -> None:
    """Short lines repeated on many pages (the running header or footer): each occurrence next to a
    page break or a page number. Only then: a label repeated inside the text is the author's."""
    near_break: Counter[str] = Counter()
    total: Counter[str] = Counter()
    keys: list[str | None] = []
    for index, line in enumerate(work):
        if line.kind != "text" or len(line.text) > 50 or "。" in line.text or "\t" in line.text:
            keys.append(None)
            continue
        key = re.sub(r"[0-9０-９]+", "#", re.sub(r"[\s　]+", "", line.text))
        keys.append(key)
        total[key] += 1
        if _next_to_page_break(work, index):
            near_break[key] += 1
    headers = {k for k, n in near_break.items() if n >= 3 and n >= 0.6 * total[k]}
    dropped = 0
    # The title on the cover is the header's first occurrence: keep what stands in the first lines.
    first_lines = [i for i, line in enumerate(work) if line.kind == "text"][:3]
    for index, (line, line_key) in enumerate(zip(work, keys, strict=True)):
        if line_key is not None and line_key in headers and index not in first_lines:
            line.kind = "noise"
            dropped += 1
    if headers:
        shown = "、".join(f"「{next(line.text for line, k in zip(work, keys, strict=True) if k == key)}」" for key in sorted(headers))
        notes.append(f"各ページの柱（ヘッダー・フッター）として {dropped} 行を取り除きました: {shown}")


def _next_to_page_break(work: list[_Line], index: int) -> bool:
    page = work[index].raw.origin.page
    for step in (-1, 1):
        seen = 0
        j = index + step
        while 0 <= j < len(work) and seen < 2:
            other = work[j]
            if other.raw.origin.page != page:
                return True
            if other.kind == "noise" and _PAGE_NUMBER.match(other.text):
                return True
            if other.kind != "blank":
                seen += 1
            j += step
        if not 0 <= j < len(work) and seen < 2:
            return True
    return False


def _drop_table_of_contents(work: list[_Line], notes: list[str]) -> None:
    """The table of contents: from a 「目次」 line (or a run of entries ending in page numbers) to the
    last entry before the first paragraph of prose."""
    start = None
    for index, line in enumerate(work):
        if line.kind != "text":
            continue
        if _TOC_HEADING.match(re.sub(r"[\s　]", "", line.text)) or _TOC_HEADING.match(line.text):
            start = index
            break
    if start is None:
        run: list[int] = []
        for index, line in enumerate(work):
            if line.kind == "text" and _TOC_ENTRY.search(line.text) and "。" not in line.text:
                run.append(index)
                if len(run) >= 3:
                    start = run[0]
                    break
            elif line.kind == "text":
                run = []
        if start is None:
            return
    last_entry = None
    for index in range(start, len(work)):
        line = work[index]
        if line.kind != "text":
            continue
        if _TOC_ENTRY.search(line.text) and "。" not in line.text and len(line.text) < 80:
            last_entry = index
        elif index > start and ("。" in line.text or len(line.text) >= 60) and not line.raw.markdown_heading:
            break
    if last_entry is None:
        last_entry = _unpaged_toc_end(work, start)
    if last_entry is None:
        return
    for index in range(start, last_entry + 1):
        if work[index].kind != "blank":
            work[index].kind = "toc"
    first = work[start].raw.origin
    notes.append(f"目次として除外しました（{first.label()}から）")


def _unpaged_toc_end(work: list[_Line], start: int) -> int | None:
    """A table of contents without page numbers (「目次」 then 「1. 計画の概要」「2. …」): its entries run
    until the first of them comes again, where the body begins. Only short lines without a sentence."""
    entries = [i for i in range(start + 1, len(work)) if work[i].kind == "text"]
    if not entries:
        return None
    first = _toc_key(work[entries[0]].text)
    for count, index in enumerate(entries):
        text = work[index].text
        if count >= 2 and _toc_key(text) == first:
            return entries[count - 1]
        if "。" in text or len(text) >= 60:
            return None
    return None


def _toc_key(text: str) -> str:
    return re.sub(r"[\s　]+", "", unicodedata.normalize("NFKC", text))


def _classify(line: _Line) -> str:
    text = line.text
    raw = line.raw
    if raw.cells is not None:
        return "row"
    if "\t" in text.strip("\t ") or text.startswith("\t"):
        cells = [c for c in text.split("\t") if c.strip()]
        if any(c.count("「") > c.count("」") for c in cells[:-1]):
            # 「海と山と人がつながる　デジタルのまち　しおみがわ」の…: wide spaces inside a quotation
            line.text = "　".join(c.strip() for c in cells)
            return "text"
        if len(cells) >= 2 or text.startswith("\t"):
            return "row"
    if text.startswith("|") and text.endswith("|"):
        return "row"
    if _BULLET.match(text) and not raw.markdown_heading:
        return "item"
    if raw.label is not None and raw.heading_level is None and not raw.bold and raw.scale < 1.1:
        return "item"
    marker = parse_marker(text)
    if raw.markdown_heading:
        return "heading" if len(text) <= 100 and "。" not in text[:-1] else "text"
    if raw.heading_level is not None and len(text) <= 80 and not ends_sentence(text):
        return "heading"
    if marker is not None:
        limit = 30 if marker.key == "digit-space" else 60
        if len(marker.title) <= limit and "。" not in text and not (marker.key == "digit-space" and "、" in text):
            return "heading"
    # A PDF line set in bold or larger than the body, short and no sentence: a heading by its look, as a
    # Word paragraph is (centring alone is not enough: a PDF centres captions, dates and slogans too).
    if ((raw.bold and raw.scale >= 0.95) or raw.scale > 1.0) and looks_like_heading(text, bold=raw.bold, scale=raw.scale, centered=False):
        return "heading"
    return "text"


def _join_bare_numbers(work: list[_Line]) -> None:
    """A heading's number on a line of its own (「施策 3-4」, 「Ⅲ−１−(1)」) and its title on the next:
    one heading. LibreOffice prints a numbered heading so when the title does not fit beside its label.
    Not when the number ends the line before (「② …の推進」 wrapped before 「（2）」), nor when the next
    line is a paragraph's first, wrapped line; the title must be short, no sentence, not numbered itself,
    and on the same page."""
    widths = _page_widths(work)
    previous: _Line | None = None
    for index, line in enumerate(work):
        if line.kind == "blank":
            continue
        before, previous = previous, line
        if line.kind not in ("text", "heading") or bare_marker(line.text) is None:
            continue
        page = line.raw.origin.page
        wrapped_into = before is not None and before.raw.origin.page == page and not ends_sentence(before.text)
        if wrapped_into and before is not None and _reach(before, widths.get(page, 0)) >= 0.85:
            continue  # the tail of a wrapped line
        following = next((other for other in work[index + 1 : index + 3] if other.kind != "blank"), None)
        if following is None or following.kind not in ("text", "heading") or following.raw.origin.page != page:
            continue
        title = following.text
        if len(title) > 60 or "。" in title or ends_sentence(title) or parse_marker(title) is not None or bare_marker(title):
            continue
        if following.kind != "heading" and _reach(following, widths.get(page, 0)) >= 0.85:
            continue  # the first line of a paragraph, wrapped
        line.text = f"{line.text.strip()} {title}"
        line.raw.heading_level = line.raw.heading_level or following.raw.heading_level
        line.raw.bold = line.raw.bold or following.raw.bold
        line.raw.scale = max(line.raw.scale, following.raw.scale)
        line.kind = "heading"
        following.kind = "joined"


def _page_widths(work: list[_Line]) -> dict[int | None, int]:
    """The longest line of prose on each page, in characters: what a wrapped line of text reaches."""
    widths: dict[int | None, int] = {}
    for line in work:
        if line.kind == "text":
            page = line.raw.origin.page
            widths[page] = max(widths.get(page, 0), len(line.text))
    return widths


def _assemble(work: list[_Line]) -> list[Block]:
    blocks: list[Block] = []
    widths = _page_widths(work)
    previous: _Line | None = None  # the last kept line, if nothing but noise came between
    blank_since = False
    for line in work:
        if line.kind in ("noise", "toc", "joined"):
            continue
        if line.kind == "blank":
            blank_since = True
            continue
        # A numbered line (「（２）窓口の…」「② …」) starts its own block, however wide the line before.
        new_paragraph = blank_since or line.raw.gap_before or _starts_numbered(line.text)
        last = blocks[-1] if blocks else None
        width = widths.get(line.raw.origin.page, 0)
        runs_on = (
            not new_paragraph
            and last is not None
            and last.kind == "paragraph"
            and previous is not None
            and previous.kind == "text"
            and _reach(previous, width) >= 0.85
            and not ends_sentence(previous.text)
        )
        if line.kind == "item" and runs_on:
            line.kind = "text"  # 「・相談・問合せなど」: a wrapped line that starts with a middle dot
        if (
            line.kind == "heading"
            and last is not None
            and last.kind == "heading"
            and previous is not None
            # a heading, or 「基本目標Ⅰ\t…」 made one by its number (`_numbered_row`)
            and (previous.kind == "heading" or (previous.kind == "row" and last.origin == previous.raw.origin))
        ):
            same_level = line.raw.heading_level is not None and last.level == line.raw.heading_level and not line.raw.markdown_heading
            # A heading by its look (bold, no size of its own) wrapped at the edge of its column.
            same_level = same_level or (
                (line.raw.heading_level == previous.raw.heading_level or previous.raw.label is None)
                and line.raw.bold == previous.raw.bold
                and abs(line.raw.scale - previous.raw.scale) < 0.05
                and previous.raw.reach is not None
                and previous.raw.reach >= 0.85
            )
            same_page = line.raw.origin.page == previous.raw.origin.page
            # (A PDF's line must reach the edge of its column: 「～副題～」 over 「令和4年3月」 are two.)
            wrapped = previous.raw.reach is None or previous.raw.reach >= 0.85
            if same_level and same_page and wrapped and not blank_since and parse_marker(line.text) is None:
                last.text = join_text(last.text, line.text)  # a long heading printed on two lines
                previous = line
                continue
        if line.kind == "heading":
            # A Markdown heading's `#` count is not trusted as a level (converters get it wrong);
            # a PDF font-size rank is.
            level = None if line.raw.markdown_heading else line.raw.heading_level
            blocks.append(_looks(Block("heading", line.text, line.raw.origin, level=level), line.raw))
        elif line.kind == "item":
            mark = _BULLET.match(line.text)
            text = line.text[mark.end() :].strip() if mark else line.text
            if text:
                bullet = re.sub(r"[\s　]", "", mark.group(0)) if mark else None
                if bullet is None and line.raw.label is not None:
                    bullet = label_family(line.raw.label)  # 「1.」…「24.」, 「ア」「イ」「ウ」 are one list
                blocks.append(_looks(Block("item", text, line.raw.origin, bullet=bullet), line.raw))
        elif line.kind == "row" and (numbered := _numbered_row(line, last)) is not None:
            # 「１−１\t電子申請の拡大」 outside a table: a heading's number and its title set apart by a
            # tab (a hanging indent), not a row of two cells
            blocks.append(_looks(Block("heading", numbered, line.raw.origin), line.raw))
        elif line.kind == "row":
            _add_row(blocks, line, blank_since, previous)
        elif last is not None and last.kind == "heading" and not new_paragraph and _heading_runs_on(previous, line, width):
            last.text = join_text(last.text, line.text)  # 「…とマイナポータル」「との連携」: a heading wrapped like the text
            previous = line
            continue
        elif last is not None and last.kind in ("heading", "item") and not new_paragraph and _hangs_under(previous, line):
            last.text = join_text(last.text, line.text)  # 「◆基本方針２　デジタル技術を活用した」「　　　　業務の効率化」
            previous = line
            continue
        else:
            if last is not None and last.kind in ("paragraph", "item") and previous is not None and previous.kind in ("text", "item"):
                # A line as wide as the page's lines runs on into the next; a short one (a title, a
                # date, the last line of a paragraph) ends its block.
                wrapped = (
                    not new_paragraph
                    # an item's title is short: only a line that fills its column runs on
                    and _reach(previous, width) >= (0.95 if last.kind == "item" and previous.kind == "item" else 0.85)
                    and not LEADERED.search(previous.text)
                    # a bold item's title set as wide as its column ends there: its text is not bold
                    and not (last.kind == "item" and previous.raw.bold and not line.raw.bold)
                    # nor an item's title over its text set smaller (「○ オンライン申請の拡大」 at 1.0, its text at 0.95)
                    and not (last.kind == "item" and abs(previous.raw.scale - line.raw.scale) >= 0.03)
                )
                # A sentence cut by a page break (or by a footnote or figure between, or wrapped short
                # before 「(AI)や…」): the paragraph does not end a sentence and the next line is more prose.
                broken = last.kind == "paragraph" and _looks_broken(last.text) and (new_paragraph or not _starts_numbered(line.text))
                if wrapped or broken:
                    last.text = join_text(last.text, line.text)
                    previous = line
                    blank_since = False
                    continue
            blocks.append(_looks(Block("paragraph", line.text, line.raw.origin), line.raw))
        previous = line
        blank_since = False
    return blocks


def _looks(block: Block, raw: RawLine) -> Block:
    """The block with how its first line looks (a PDF's weight, size and centring), for structure inference."""
    block.bold, block.scale, block.centered = raw.bold, raw.scale, raw.centered
    return block


def _reach(line: _Line, width: int) -> float:
    """How far across its column a line reaches: measured on a PDF page, else counted in characters
    against the page's longest line."""
    if line.raw.reach is not None:
        return line.raw.reach
    return len(line.text) / width if width else math.inf  # a page without prose: as wide as any


def _add_row(blocks: list[Block], line: _Line, blank_since: bool, previous: _Line | None) -> None:
    """A table row. A Markdown rule (|---|---|) is no row; a row cut short by a line break inside a cell
    (a Word cell of two paragraphs) is completed by the next line, whose first cell ends the cut one.
    A PDF's ruled table gives its cells whole: a row of another table starts a table, unless it follows
    the last row of one with as many columns (a table split by a page or column break)."""
    if line.raw.cells is not None:
        cells = [c.strip() for c in line.raw.cells]
        open_table = blocks[-1] if blocks and blocks[-1].kind == "table" and previous is not None and previous.kind == "row" else None
        same = open_table is not None and previous is not None and previous.raw.table == line.raw.table
        continued = (
            open_table is not None
            and previous is not None
            and previous.raw.cells is not None
            and max(len(row) for row in open_table.rows) == len(cells)
        )
        if open_table is not None and (same or continued):
            open_table.rows.append(cells)
            open_table.row_origins.append(line.raw.origin)
            open_table.text = "\n".join("\t".join(row) for row in open_table.rows)
        else:
            blocks.append(Block("table", "\t".join(cells), line.raw.origin, rows=[cells], row_origins=[line.raw.origin]))
        return
    text = line.text.removeprefix("|").removesuffix("|")  # 「|基本方針１||||」: empty cells are cells
    cells = [c.strip() for c in text.split("\t" if "\t" in line.text else "|")]
    if any(_MD_RULE.match(c) for c in cells) and all(_MD_RULE.match(c) or not c for c in cells):
        return
    table = blocks[-1] if blocks and blocks[-1].kind == "table" and not blank_since else None  # a PDF's rows stand apart: no gap test
    if table is not None and previous is not None and previous.raw.cells is not None:
        table = None  # a ruled table's rows are whole: a row without rulings after it is another table
    if table is None:
        blocks.append(Block("table", "\t".join(cells), line.raw.origin, rows=[cells], row_origins=[line.raw.origin]))
        return
    width, last = len(table.rows[0]), table.rows[-1]
    if len(table.rows) > 1 and len(last) < width and len(last) + len(cells) - 1 == width:
        last[-1] = join_text(last[-1], cells[0])
        last.extend(cells[1:])
    else:
        table.rows.append(cells)
        table.row_origins.append(line.raw.origin)
    table.text = "\n".join("\t".join(row) for row in table.rows)


def _heading_runs_on(previous: _Line | None, line: _Line, width: int) -> bool:
    """A heading as wide as the page's lines, followed on the same page by a short line that is no
    sentence: the heading's end, wrapped."""
    return (
        previous is not None
        and previous.kind == "heading"
        and previous.raw.origin.page == line.raw.origin.page
        and _reach(previous, width) >= 0.85
        and _reach(line, width) <= 0.5
        and "。" not in line.text
        and not ends_sentence(line.text)
    )


def _hangs_under(previous: _Line | None, line: _Line) -> bool:
    """A short line that is no sentence, indented to where the title of the heading or item above it
    begins (after 「第３節　」 or 「◆基本方針２　」): the title, wrapped by hand with a hanging indent."""
    if previous is None or previous.kind not in ("heading", "item") or previous.raw.origin.page != line.raw.origin.page:
        return False
    if "。" in line.text or len(line.text) > 30 or ends_sentence(line.text) or ends_sentence(previous.text):
        return False
    raw = line.raw.text
    column, indent = _title_column(previous.raw.text), _width(raw[: len(raw) - len(raw.lstrip(" \u3000"))])
    return column is not None and indent > 0 and abs(indent - column) <= 1


def _title_column(raw: str) -> int | None:
    """Where the title of a heading or item begins on its line, in half-width columns."""
    if "\t" in raw:
        return None
    rest = raw.lstrip(" \u3000")
    bullet = _BULLET.match(rest)
    rest = rest[bullet.end() :] if bullet else rest
    marker = parse_marker(rest)
    if marker is None or not marker.title or marker.key.startswith("bracket"):
        return None  # 「【スケジュール】」 is closed: what stands under it is no part of it
    start = raw.find(marker.title, len(raw) - len(rest))
    return _width(raw[:start]) if start >= 0 else None


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


_RUN_ON_MARKERS = ("digit-space", "kanji", "kana")  # 「10 件」「一、」「ア 」 may begin a wrapped line


def _starts_numbered(text: str) -> bool:
    marker = parse_marker(text)
    return marker is not None and marker.key not in _RUN_ON_MARKERS


def _looks_broken(text: str) -> bool:
    text = text.rstrip()
    if len(text) < 8 or ends_sentence(text) or text.endswith(("：", ":")):
        return False
    if re.search(r"[をにはがのとでへや、]$", text) and len(text) >= 15:
        return True  # a sentence cannot end on a particle
    if re.search(r"(令和|平成|昭和)$", text):
        return True  # nor on an era's name: 「令和」 / 「10年3月まで」
    return bool(re.search(rf"[{_CJK}、]$", text)) and ("。" in text or len(text) >= 40)


def _headed_lists(blocks: list[Block]) -> list[Block]:
    """Numbered list entries with prose between them are headings, not items: a section numbered by
    Word's automatic numbering (「１　計画策定の趣旨」, a paragraph, 「２　計画の位置付け」, …) printed in the
    body's size is a list to a PDF reader. Entries written line after line stay a list. As the Word
    reader decides for a list level (docs/import.md)."""
    numbered = [i for i, b in enumerate(blocks) if b.kind == "item" and b.bullet is not None and parse_marker(b.text) is not None]
    if not numbered:
        return blocks
    by_list: dict[str | None, list[int]] = {}
    for index in numbered:
        marker = parse_marker(blocks[index].text)
        by_list.setdefault(marker.key if marker else None, []).append(index)
    for indices in by_list.values():
        followed = [i for i in indices if i + 1 < len(blocks) and blocks[i + 1].kind == "paragraph" and "。" in blocks[i + 1].text]
        if len(followed) * 2 > len(indices):
            for index in indices:
                block = blocks[index]
                blocks[index] = Block("heading", block.text, block.origin, bold=block.bold, scale=block.scale, centered=block.centered)
    return blocks


_REFERENCE = re.compile(r"※[\s　]*([0-9０-９]{1,2})")
_NOTE_LINE = re.compile(r"^([0-9０-９]{1,2})[\s　]*[^\s　：:。]{1,30}[：:]")


def _footnotes(blocks: list[Block], notes: list[str]) -> list[Block]:
    """A page's footnotes, printed at its foot as 「5 ぴったりサービス：…」 for a mark 「※5」 in its text,
    are no list items (they were read as measures); the marks are no part of a title."""
    marks: dict[int | None, set[int]] = {}
    for block in blocks:
        for number in _REFERENCE.findall(block.text):
            marks.setdefault(block.origin.page, set()).add(int(unicodedata.normalize("NFKC", number)))
    out: list[Block] = []
    dropped = 0
    for block in blocks:
        line = _NOTE_LINE.match(block.text) if block.kind in ("item", "paragraph") else None
        if line is not None and int(unicodedata.normalize("NFKC", line.group(1))) in marks.get(block.origin.page, set()):
            dropped += 1
            continue
        if block.kind in ("heading", "item") and _REFERENCE.search(block.text):
            block.text = _REFERENCE.sub("", block.text).rstrip()
        out.append(block)
    if dropped:
        notes.append(f"脚注 {dropped} 件（本文の「※N」に対応するページ下の注）を取り除きました")
    return out


_ORNAMENTS = "◆◇■□●○◎★☆▼▽▲△"


def _boxed_headings(blocks: list[Block]) -> list[Block]:
    """A heading drawn in a box (a bordered, shaded paragraph: 「1 ｜ 基本方針１ ｜ 町民の利便性向上」) comes
    out of a PDF as a table of one row, its number, level name and title in cells: a table of one row
    whose cells read as a numbered or named heading, with a title last, is that heading. A row of
    prose cut at a wide space, whose sentence the next paragraph ends, is that paragraph's start."""
    out: list[Block] = []
    for index, block in enumerate(blocks):
        rows = block.rows or []
        cells = [c.strip() for c in rows[0]] if block.kind == "table" and len(rows) == 1 else []
        before = blocks[index - 1] if index > 0 else None
        # the next page's part of a table cut by a page break has as many cells as the rows before it
        continued = before is not None and before.kind == "table" and len((before.rows or [[]])[-1]) == len(cells)
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if (
            len(cells) >= 2
            and not continued
            and following is not None
            and following.kind == "paragraph"
            and not ends_sentence(cells[-1])
            and any(re.search(r"[、「」]", c) for c in cells)
            and sum(len(c) for c in cells) >= 30
        ):
            # 「本計画では、「海と暮らしをデジタルでつなぐ　潮見台」を…」: a line of prose whose wide space
            # looked like a gap between cells, and whose sentence runs on into the next paragraph
            following.text = "　".join(cells) + following.text
            continue
        if 2 <= len(cells) <= 4 and all(cells) and not continued:
            # 「◆取組3 ｜ 手続ナビの導入」: an ornament before the label is not part of the number (a blind set's)
            text = "　".join(cells).lstrip(_ORNAMENTS)
            last = cells[-1]
            marker = parse_marker(text)
            if (
                marker is not None
                and len(text) <= 60
                and "。" not in text
                and re.search(r"[\u3040-\u30ff\u4e00-\u9fff]{2}", last)
                and not any(_CELL_DATA.fullmatch(c) for c in cells[1:])
            ):
                named = parse_marker("　".join(cells[1:])) if list_label(cells[0]) else None
                if named is not None and named.key.startswith("label:"):
                    text = "　".join(cells[1:])  # 「1 ｜ 基本方針１ ｜ …」: the level's name numbers it already
                out.append(Block("heading", text, block.origin, level=_box_level(blocks, index)))
                continue
        out.append(block)
    return out


def _box_level(blocks: list[Block], index: int) -> int | None:
    """The level of a boxed heading over headings that declare theirs (a PDF's font sizes): above the
    next of them, below the one it stands under — unless another box comes first."""
    below = None
    for block in blocks[index + 1 :]:
        if block.kind == "table" and len(block.rows or []) == 1:
            return None  # another box first (「施策① …」「施策② …」 before 「重点分野2」): the numbers place them
        if block.kind == "heading" and block.level is not None:
            mine, theirs = parse_marker("　".join(blocks[index].rows[0])), parse_marker(block.text)
            if mine is not None and theirs is not None and mine.label and theirs.label and mine.label != theirs.label:
                return None  # 「施策⑤」 then 「重点分野2」: another named level follows, not a heading under the box
            below = block.level
            break
    if below is None:
        return None
    last = next((b.level for b in reversed(blocks[:index]) if b.kind == "heading" and b.level is not None), None)
    if last is not None and last >= below:
        return None  # inside 「Ⅰ …」 before 「Ⅱ …」: the box stands under the section it is in, not over the next
    above = next((b.level for b in reversed(blocks[:index]) if b.kind == "heading" and b.level is not None and b.level < below), None)
    if above is not None and below - above < 2:
        return None
    return below - 1


# A cell of data rather than of a title: a number, a percentage, a year, a mark.
_CELL_DATA = re.compile(r"[0-9０-９,，.．%％年度月日件人回台〇○◎△×→\-－―]+")


def _numbered_row(line: _Line, last: Block | None) -> str | None:
    """The heading a line of two cells is when its first cell is a heading's number and nothing else
    (「１−１」「(3)」「第2章」) and its second a title, and no table is open above it."""
    if line.raw.cells is not None or (last is not None and last.kind == "table"):
        return None
    cells = [c.strip() for c in line.text.split("\t") if c.strip()]
    if len(cells) != 2 or "。" in cells[1] or len(cells[1]) > 60 or not bare_marker(cells[0]):
        return None
    if parse_marker(f"{cells[0]}　{cells[1]}") is None:
        return None
    return f"{cells[0]}　{cells[1]}"
