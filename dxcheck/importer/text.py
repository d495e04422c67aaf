"""Text as it comes out of a PDF converter, repaired and cut into blocks.

Used for .txt / .md input and, line by line, for the text layer of a PDF. The damage repaired:
page numbers and running headers, separators, footnotes and figure captions (removed), a table
of contents (removed, with a note), lines broken in the middle of a sentence (joined, also
across a page break), spaces inside Japanese words (「個性豊 かな」 → 「個性豊かな」) and inside
spaced-out abbreviations (「K P I」 → 「KPI」). Nothing else of the author's words is changed.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from dxcheck.importer.blocks import Block, Origin
from dxcheck.importer.numbering import parse_marker


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
_BULLET = re.compile(r"^(?:[-*+][\s　]+)?(?:[・●○◆◇■□▪▫✓✔➢➤→◎]|[-*+](?=[\s　]))[\s　]*")
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


def lines_to_blocks(lines: list[RawLine]) -> TextResult:
    """Clean and classify lines, join broken ones, and cut the text into blocks."""
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
    _drop_running_headers(work, notes)
    _drop_table_of_contents(work, notes)
    for line in work:
        if line.kind not in ("blank", "noise", "toc"):
            line.text = repair_spacing(line.text)
            line.kind = _classify(line)
    blocks = _assemble(work)
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
    if "\t" in text.strip("\t ") or text.startswith("\t"):
        cells = [c for c in text.split("\t") if c.strip()]
        if len(cells) >= 2 or text.startswith("\t"):
            return "row"
    if text.startswith("|") and text.endswith("|"):
        return "row"
    if _BULLET.match(text) and not raw.markdown_heading:
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
    return "text"


def _assemble(work: list[_Line]) -> list[Block]:
    blocks: list[Block] = []
    widths: dict[int | None, int] = {}
    for line in work:
        if line.kind == "text":
            page = line.raw.origin.page
            widths[page] = max(widths.get(page, 0), len(line.text))
    previous: _Line | None = None  # the last kept line, if nothing but noise came between
    blank_since = False
    for line in work:
        if line.kind in ("noise", "toc"):
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
            and len(previous.text) >= 0.85 * width
            and not ends_sentence(previous.text)
        )
        if line.kind == "item" and runs_on:
            line.kind = "text"  # 「・相談・問合せなど」: a wrapped line that starts with a middle dot
        if line.kind == "heading" and last is not None and last.kind == "heading" and previous is not None and previous.kind == "heading":
            same_level = line.raw.heading_level is not None and last.level == line.raw.heading_level and not line.raw.markdown_heading
            same_page = line.raw.origin.page == previous.raw.origin.page
            if same_level and same_page and not blank_since and parse_marker(line.text) is None:
                last.text = join_text(last.text, line.text)  # a long heading printed on two lines
                previous = line
                continue
        if line.kind == "heading":
            # A Markdown heading's `#` count is not trusted as a level (converters get it wrong);
            # a PDF font-size rank is.
            level = None if line.raw.markdown_heading else line.raw.heading_level
            blocks.append(Block("heading", line.text, line.raw.origin, level=level))
        elif line.kind == "item":
            mark = _BULLET.match(line.text)
            text = line.text[mark.end() :].strip() if mark else line.text
            if text:
                blocks.append(Block("item", text, line.raw.origin, bullet=re.sub(r"[\s　]", "", mark.group(0)) if mark else None))
        elif line.kind == "row":
            _add_row(blocks, line, blank_since)
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
                wrapped = not new_paragraph and len(previous.text) >= 0.85 * width
                # A sentence cut by a page break (or by a footnote or figure between, or wrapped short
                # before 「(AI)や…」): the paragraph does not end a sentence and the next line is more prose.
                broken = last.kind == "paragraph" and _looks_broken(last.text) and (new_paragraph or not _starts_numbered(line.text))
                if wrapped or broken:
                    last.text = join_text(last.text, line.text)
                    previous = line
                    blank_since = False
                    continue
            blocks.append(Block("paragraph", line.text, line.raw.origin))
        previous = line
        blank_since = False
    return blocks


def _add_row(blocks: list[Block], line: _Line, blank_since: bool) -> None:
    """A table row. A Markdown rule (|---|---|) is no row; a row cut short by a line break inside a cell
    (a Word cell of two paragraphs) is completed by the next line, whose first cell ends the cut one."""
    text = line.text.removeprefix("|").removesuffix("|")  # 「|基本方針１||||」: empty cells are cells
    cells = [c.strip() for c in text.split("\t" if "\t" in line.text else "|")]
    if any(_MD_RULE.match(c) for c in cells) and all(_MD_RULE.match(c) or not c for c in cells):
        return
    table = blocks[-1] if blocks and blocks[-1].kind == "table" and not blank_since else None  # a PDF's rows stand apart: no gap test
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
        and len(previous.text) >= 0.85 * width
        and len(line.text) <= 0.5 * width
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
