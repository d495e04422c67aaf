"""The Word (.docx) reader: a document read as Word draws it. python-docx is imported only here.

What a person sees on the page is what the blocks hold:

- Automatic numbers (word/numbering.xml, `word_numbering.py`) are drawn before the text with a
  full-width space 「(3)　窓口のオンライン化」, so that they count as the numbers a reader sees
  (`numbering.parse_marker` reads them like typed ones), and kept in `Block.number`; a numbered
  paragraph is then a heading or an item by the same rules as a typed number. Bullets make an item
  whose `bullet` is the drawn glyph (Symbol / Wingdings characters as 「・」「■」「◆」).
- Headings by style (見出し 1–9, Heading 1–9, 表題 / Title, outline levels, through basedOn) and
  by look: bold (every visible run, through the run, its character style, the paragraph mark or the
  paragraph style), larger than the body text (`Block.scale`, the size over the body's most common
  size), centred, or kept with the next paragraph and short — through `blocks.looks_like_heading`;
  a look most of the body text has (a document set all in bold) tells nothing and is not used.
- Text boxes and shapes (w:txbxContent) are read after the paragraph they are anchored in, once:
  of mc:AlternateContent only mc:Choice is read (mc:Fallback repeats the text for older readers
  as a VML text box), mc:Fallback only when the choice holds no text. Content controls (w:sdt) are
  read in place, in the body, in paragraphs, rows and cells.
- Tables: a cell merged down (w:vMerge) holds the text of the cell it continues, so that a 分野
  column names the category on every row; a cell spanning columns (w:gridSpan) counts once, so a
  category row spanning the table is one cell. A table nested in a cell is a table of its own,
  after the outer one: its first row is its own header (指標・現状値・目標値), which the KPI and
  table readers need, and glued into one cell of the outer table its columns would be lost. A
  table of one cell is a frame drawn around text (a box, a column): its content is read as
  paragraphs.
- A table of contents is left out, with a note: a TOC field (w:fldSimple, or fldChar begin …
  instrText 「TOC \\o …」 … end across paragraphs), a content control of the gallery 「Table of
  Contents」, and typed contents lines (a toc 1 / 目次 1 style, dot leaders before a page number,
  or a tab and a page number among such lines).
- Hidden text (w:vanish), deleted text, field codes and ruby (furigana) are not read.

Pages: when the document has page breaks (explicit ones, or those Word records when it saves), a
block says its page, else its paragraph number; a paragraph that starts after a break is on the new
page (Word records the break at the start of the page's first paragraph).
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from dxcheck.importer.blocks import HEADING_SCALE, Block, BlockKind, Origin, looks_like_heading
from dxcheck.importer.errors import DocumentError, broken_part, tag_name
from dxcheck.importer.numbering import parse_marker
from dxcheck.importer.sniff import MAX_BLOCKS, Deadline, too_many_blocks
from dxcheck.importer.text import _BULLET, _CAPTION, _PAGE_NUMBER, ends_sentence
from dxcheck.importer.word_numbering import Drawn, Numbering, bullet_glyph
from dxcheck.importer.word_styles import ParagraphStyle, Styles, W, on

_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_MATH = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_P, _R, _T, _TBL, _TR, _TC, _SDT = (f"{W}{t}" for t in ("p", "r", "t", "tbl", "tr", "tc", "sdt"))
_SDT_CONTENT, _TXBX, _ALTERNATE = f"{W}sdtContent", f"{W}txbxContent", f"{_MC}AlternateContent"
_BREAKS = (f"{W}br", f"{W}lastRenderedPageBreak")
# Containers whose content is read as if they were not there.
_INLINE_WRAPPERS = {f"{W}{t}" for t in ("hyperlink", "ins", "moveTo", "smartTag", "customXml", "dir", "bdo")}
_BLOCK_WRAPPERS = {f"{W}{t}" for t in ("customXml", "ins", "moveTo")}
# A typed contents line: dot leaders, or a tab, before a page number (「3」「3-2」).
_PAGE = r"[0-9０-９]{1,3}(?:[-－‐][0-9０-９]{1,3})?"
_DOT_LEADERS = re.compile(rf"(?:(?:[…‥][\s　]*){{2,}}|(?:[.．・·‧･][\s　]*){{4,}})[\s　.．・·…‥]*{_PAGE}$")
_TAB_PAGE = re.compile(rf"\t[\s　.．・·…‥]*{_PAGE}$")
_LABEL_LINE = re.compile(r"^[^：:]{1,12}[：:][\s　]*\S")  # 「担当課：情報政策課」: a label and its value
_DEFAULT_SIZE = 20  # half-points: Word's size when no style names one
_KEEP_NEXT_MAX_CHARS = 40
_COMMON_LOOK = 0.6  # a look (bold, centred, kept with next) shared by this share of the body's characters tells nothing


def read_docx(path: Path, deadline: Deadline) -> tuple[list[Block], list[str]]:
    """Blocks of a Word document, in reading order, each with its page (or paragraph number), and
    notes (in Japanese) on what was left out or read out of its place."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
        root, name = document.element, str(document.part.partname).lstrip("/")
        if root.tag != f"{W}document":
            raise broken_part(name, "w:document", tag_name(root.tag))
        if root.find(f"{W}body") is None:
            raise broken_part(name, "w:body", None)
        styles = Styles(*_part(document, "styles"))
        numbering = Numbering(*_part(document, "numbering"), styles.numbering_num_id)
    except DocumentError:
        raise
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, OSError, AttributeError) as exc:
        raise DocumentError(
            f"Word 文書（.docx）が壊れていて読めません（{type(exc).__name__}）。Word で開けるか確かめ、保存し直してください",
            f"the Word document (.docx) is broken ({type(exc).__name__}: {exc}); check that Word opens it and save it again",
        ) from None
    except Exception as exc:  # lxml's XMLSyntaxError and other parser errors of a damaged part
        raise DocumentError(
            f"Word 文書（.docx）の中身が壊れていて読めません（{type(exc).__name__}）",
            f"the Word document's XML is broken ({type(exc).__name__}: {exc})",
        ) from None
    body = document.element.body
    has_pages = body.find(f".//{W}lastRenderedPageBreak") is not None or any(br.get(f"{W}type") == "page" for br in body.iter(f"{W}br"))
    reader = _Reader(styles, numbering, has_pages, deadline)
    sink = _Body()
    reader.blocks(body, sink)
    return _Classifier(sink.items, reader).run()


def _part(document: Any, name: str) -> tuple[Any | None, str]:
    """The root element of a part related to the main document (styles, numbering), or None; and the
    part's name in the archive (word/styles.xml)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml

    relationship = RT.STYLES if name == "styles" else RT.NUMBERING
    try:
        part = document.part.part_related_by(relationship)
    except KeyError:
        return None, f"word/{name}.xml"
    element = getattr(part, "element", None)
    return (element if element is not None else parse_xml(part.blob)), str(part.partname).lstrip("/")


# --- reading: the XML into paragraphs and tables, in document order ----------------------------------


def _bold_lead(text: str, runs: list[tuple[bool, int, int]]) -> tuple[str, str] | None:
    """The bold name that opens a paragraph and what follows it, when the name is a short phrase set
    apart by a space or a colon (「オンライン申請の拡大　子育て・介護の手続を…」), else None."""
    lead = 0
    for is_bold, _, characters in runs:
        if not is_bold:
            break
        lead += characters
    if lead == 0 or lead >= sum(r[2] for r in runs):
        return None
    name, rest = text[:lead].strip(), text[lead:]
    if rest[:1] not in ("\u3000", " ", "：", ":") and not name.endswith(("：", ":")):
        return None
    name, rest = name.rstrip("：: \u3000"), rest.lstrip("：: \u3000")
    if not 2 <= len(name) <= 40 or "。" in name or name.endswith("、") or len(rest) < 10:
        return None
    return name, rest


@dataclass
class _Para:
    """A paragraph as read, before it is classified."""

    pieces: list[tuple[str, str | None]]  # text, and why it is hidden: "toc" (in a TOC field), "code" (a field's code)
    origin: Origin
    style: ParagraphStyle
    level: int | None
    drawn: Drawn | None
    runs: list[tuple[bool, int, int]]  # of the visible text: bold, size in half-points, characters
    centered: bool
    keep_next: bool
    leader: bool
    box: int = 0  # the text box it is in (numbered from 1), 0 outside any

    def text(self, *, all_pieces: bool = False) -> str:
        return "".join(t for t, hidden in self.pieces if hidden is None or all_pieces).strip()

    def in_toc_field(self) -> bool:
        return any(h == "toc" and t.strip() for t, h in self.pieces) and not self.text()

    def shown(self) -> str:
        """The text with the number Word draws before it."""
        text = self.text()
        if not text or self.drawn is None:
            return text
        return f"{self.drawn.text}{text}" if self.drawn.bullet else f"{self.drawn.text}\u3000{text}"


@dataclass
class _Table:
    rows: list[list[str]]
    origin: Origin
    row_origins: list[Origin]


class _Sink(Protocol):
    def paragraph(self, para: _Para) -> None: ...
    def table(self, table: _Table) -> None: ...


@dataclass
class _Body:
    items: list[_Para | _Table] = field(default_factory=list)

    def paragraph(self, para: _Para) -> None:
        self.items.append(para)

    def table(self, table: _Table) -> None:
        self.items.append(table)


@dataclass
class _Cell:
    """A table cell: its paragraphs become lines of the cell's text; tables in it come after."""

    lines: list[str] = field(default_factory=list)
    tables: list[_Table] = field(default_factory=list)
    paras: list[_Para] = field(default_factory=list)

    def paragraph(self, para: _Para) -> None:
        if line := para.shown():
            self.lines.append(line)
            self.paras.append(para)

    def table(self, table: _Table) -> None:
        self.tables.append(table)


class _Reader:
    """Walks the document's XML in order: pages, paragraph numbers, fields and numbering counters
    are state that runs through the whole document."""

    def __init__(self, styles: Styles, numbering: Numbering, has_pages: bool, deadline: Deadline) -> None:
        self.styles = styles
        self.numbering = numbering
        self.has_pages = has_pages
        self.deadline = deadline
        self.paragraphs_seen = 0
        self.page = 1
        self.paragraph_number = 0
        self.fields: list[list[Any]] = []  # open fields: [code, separated]
        self.box: Origin | None = None  # inside a text box: its anchor's origin
        self.box_id = 0
        self.boxes = 0
        self.cell_depth = 0
        self.heading_level: int | None = None
        self.counts: Counter[str] = Counter()

    def origin(self) -> Origin:
        return Origin(page=self.page) if self.has_pages else Origin(paragraph=self.paragraph_number)

    # Block level: the body, a content control's content, a text box, a table cell.
    def blocks(self, container: Any, sink: _Sink) -> None:
        for child in container:
            tag = child.tag
            if tag == _P:
                self.paragraph(child, sink)
            elif tag == _TBL:
                self.table(child, sink)
            elif tag == _SDT:
                self.block_control(child, sink)
            elif tag in _BLOCK_WRAPPERS:
                self.blocks(child, sink)
            elif tag == _ALTERNATE:
                choice = _choice(child)
                if choice is not None:
                    self.blocks(choice, sink)
            elif tag == f"{W}altChunk":
                self.counts["altchunk"] += 1

    def block_control(self, sdt: Any, sink: _Sink) -> None:
        content = sdt.find(_SDT_CONTENT)
        if content is None:
            return
        gallery = sdt.find(f"{W}sdtPr/{W}docPartObj/{W}docPartGallery")
        if gallery is not None and "table of contents" in (gallery.get(f"{W}val") or "").lower():
            paragraphs = list(content.iter(_P))
            self.counts["toc-control"] += sum(1 for p in paragraphs if "".join(t.text or "" for t in p.iter(_T)).strip())
            if self.box is None:
                self.paragraph_number += len(paragraphs)
                self.page += sum(1 for b in content.iter(*_BREAKS) if b.tag != f"{W}br" or b.get(f"{W}type") == "page")
            return
        if sdt.find(f"{W}sdtPr/{W}showingPlcHdr") is not None:
            return  # the control still shows its placeholder (「ここをクリックして入力」): nothing was written
        self.blocks(content, sink)

    def paragraph(self, element: Any, sink: _Sink) -> None:
        self.deadline.check()
        self.paragraphs_seen += 1
        if self.paragraphs_seen > MAX_BLOCKS:  # each paragraph is a block at least: stop counting here
            raise too_many_blocks(MAX_BLOCKS, at_least=True)
        in_flow = self.box is None and self.cell_depth == 0
        if in_flow:
            self.paragraph_number += 1
        ppr = element.find(f"{W}pPr")
        style_id = _val(ppr, "pStyle")
        style = self.styles.paragraph(style_id)
        inline = _Inline(self, style, ppr.find(f"{W}rPr") if ppr is not None else None)
        inline.walk(element)
        if self.box is not None:
            origin = self.box
        else:
            origin = Origin(page=self.page + inline.breaks_before) if self.has_pages else Origin(paragraph=self.paragraph_number)
            self.page += inline.breaks
        level = style.level
        outline = ppr.find(f"{W}outlineLvl") if ppr is not None else None
        if outline is not None and (value := outline.get(f"{W}val", "")).isdigit():
            level = int(value) + 1 if int(value) < 9 else None
        if level is not None and not self.cell_depth:
            self.heading_level = level  # the last heading's level: a badge in a table after it is a level under it
        jc = ppr.find(f"{W}jc") if ppr is not None else None
        keep_next = on(ppr.find(f"{W}keepNext")) if ppr is not None else None
        leader = style.leader or (ppr is not None and any(t.get(f"{W}leader", "none") != "none" for t in ppr.iterfind(f"{W}tabs/{W}tab")))
        para = _Para(
            pieces=inline.pieces,
            origin=origin,
            style=style,
            level=level,
            drawn=self.draw(ppr, style),
            runs=inline.runs,
            centered=jc.get(f"{W}val") == "center" if jc is not None else style.centered,
            keep_next=keep_next if keep_next is not None else style.keep_next,
            leader=leader,
            box=self.box_id,
        )
        sink.paragraph(para)
        if inline.boxes:
            self.counts["box"] += len(inline.boxes)
            outer = self.box, self.box_id, self.fields
            self.box, self.fields = origin, []
            try:
                for box in inline.boxes:
                    self.boxes += 1
                    self.box_id = self.boxes
                    self.blocks(box, sink)
            finally:
                self.box, self.box_id, self.fields = outer

    def draw(self, ppr: Any | None, style: ParagraphStyle) -> Drawn | None:
        """The number Word draws before the paragraph (numbering counted even when it is empty)."""
        num = ppr.find(f"{W}numPr") if ppr is not None else None
        num_id = _val(num, "numId") if num is not None else None
        ilvl_text = _val(num, "ilvl") if num is not None else None
        if num_id is None:
            num_id = style.num_id
        if num_id is None or num_id == "0":
            return None
        ilvl = int(ilvl_text) if ilvl_text is not None and ilvl_text.isdigit() else None
        if ilvl is None:
            ilvl = style.ilvl if style.ilvl is not None else self.numbering.level_of_style(num_id, list(style.ids))
        return self.numbering.draw(num_id, ilvl or 0)

    def table(self, element: Any, sink: _Sink) -> None:
        rows = [(tr, list(_cells(tr))) for tr in _rows(element)]
        if len(rows) == 1 and len(rows[0][1]) == 1:
            self.blocks(rows[0][1][0], sink)  # one cell: a frame around text
            return
        if self.cell_depth:
            self.counts["nested"] += 1
        origin = self.origin()
        out: list[list[str]] = []
        row_origins: list[Origin] = []
        nested: list[_Table] = []
        above: dict[int, str] = {}  # grid column → the text of the cell drawn there in the row before
        read: list[_Cell] = []  # every cell, in order: cards are told by their paragraphs
        for tr, cells in rows:
            row_origin = Origin(page=self.page) if self.has_pages else origin
            column = _int(_val(tr.find(f"{W}trPr"), "gridBefore")) or 0
            texts: list[str] = []
            here: dict[int, str] = {}
            for tc in cells:
                tcpr = tc.find(f"{W}tcPr")
                span = max(1, _int(_val(tcpr, "gridSpan")) or 1)
                if tcpr is not None and (h := tcpr.find(f"{W}hMerge")) is not None and h.get(f"{W}val") != "restart":
                    column += span  # the old horizontal merge: part of the cell before
                    continue
                merge = tcpr.find(f"{W}vMerge") if tcpr is not None else None
                cell = _Cell()
                self.cell_depth += 1
                try:
                    self.blocks(tc, cell)
                finally:
                    self.cell_depth -= 1
                text = "\n".join(cell.lines).strip()
                read.append(cell)
                nested.extend(cell.tables)
                if merge is not None and merge.get(f"{W}val") != "restart":
                    text = above.get(column, "") or text
                texts.append(text)
                for at in range(column, column + span):
                    here[at] = text
                column += span
            above = here
            if any(texts):
                out.append(texts)
                row_origins.append(row_origin)
        cards = [cell for cell in read if _card(cell)]
        # (every cell that holds anything a card: a bilingual table's 「(1) …」 cells beside their English are read as a
        # table, as before — set 10's doc116)
        if len(cards) >= 2 and not nested and len(cards) == sum(1 for cell in read if cell.paras):
            # 「オンライン申請の拡充」 in bold over what it does, 担当 and 目標, in each cell of a grid (a card layout): the
            # cells are the measures, read as a heading by look and its paragraphs (a blind set's: 0 of 12 read)
            for cell in cards:
                for para in cell.paras:
                    sink.paragraph(para)
            self.counts["cards"] += len(cards)
            return
        if len(out) == 1 and len(out[0]) == 2 and _BADGE.fullmatch(out[0][0]) and len(read) == 2 and len(read[1].paras) == 1:
            # 「01｜市民の手続をスマートに」: a policy's badge, its number in a dark cell — the title, as the heading it is, a
            # level under the chapter it stands in (the cards after it are its measures)
            badge = read[1].paras[0]
            sink.paragraph(dataclasses.replace(badge, level=(self.heading_level or 1) + 1))
            return
        if out:
            sink.table(_Table(out, origin, row_origins if self.has_pages else []))
        for table in nested:
            sink.table(table)


# A policy's number alone in a badge's cell: 「01」「1」「方針1」
_BADGE = re.compile(r"(?:方針|基本方針|目標|柱)?\s*[0-9０-９]{1,2}")
# A card's name is no field label: 「【内容】」「担当：」
_LABEL_LIKE = re.compile(r"^[【\[〔（(].*[】\]〕）)]$|[:：]$")


def _card(cell: _Cell) -> bool:
    """A cell that is a measure's card: a short bold first line, no sentence, no label, then sentences."""
    if len(cell.paras) < 2:
        return False
    first = cell.paras[0]
    title = first.text()
    visible = [run for run in first.runs if run[2] > 0]
    if not visible or not all(bold for bold, _, _ in visible) or len(title) > 40 or "。" in title or _LABEL_LIKE.search(title):
        return False
    return any("。" in para.text() for para in cell.paras[1:])


class _Inline:
    """The text of one paragraph, run by run, with how it looks and what it anchors."""

    def __init__(self, reader: _Reader, style: ParagraphStyle, mark: Any | None) -> None:
        self.reader = reader
        self.style = style
        self.mark = mark
        self.pieces: list[tuple[str, str | None]] = []
        self.runs: list[tuple[bool, int, int]] = []
        self.boxes: list[Any] = []
        self.breaks = 0
        self.breaks_before = 0  # page breaks before the paragraph's first visible character
        self.seen_text = False

    def walk(self, container: Any) -> None:
        for child in container:
            tag = child.tag
            if tag == _R:
                self.run(child)
            elif tag in _INLINE_WRAPPERS:
                self.walk(child)
            elif tag == f"{W}fldSimple":
                code = child.get(f"{W}instr", "")
                self.reader.fields.append([code, True])
                try:
                    self.walk(child)
                finally:
                    self.reader.fields.pop()
            elif tag == _SDT:
                content = child.find(_SDT_CONTENT)
                if content is not None and child.find(f"{W}sdtPr/{W}showingPlcHdr") is None:
                    self.walk(content)
            elif tag == _ALTERNATE:
                choice = _choice(child)
                if choice is not None:
                    self.walk(choice)
            elif tag in (f"{_MATH}oMath", f"{_MATH}oMathPara"):
                self.text("".join(t.text or "" for t in child.iter(f"{_MATH}t")), None)

    def run(self, run: Any) -> None:
        rpr = run.find(f"{W}rPr")
        look: tuple[bool, int, bool] | None = None
        symbol_font = _symbol_font(rpr)
        for child in run:
            tag = child.tag
            if tag == _T:
                if look is None:
                    look = self.look(rpr)
                text = child.text or ""
                if symbol_font is not None:
                    text = "".join(bullet_glyph(c, symbol_font) for c in text)
                self.text(text, look)
            elif tag in (f"{W}tab", f"{W}ptab"):
                self.text("\t", None)
            elif tag == f"{W}br":
                kind = child.get(f"{W}type")
                if kind == "page":
                    self.page_break()
                elif kind != "column":
                    # in a cell, a line break lists (「1) 電子申請の拡大」↵「2) …」); in the body it wraps
                    self.text("\n" if self.reader.cell_depth else " ", None)
            elif tag == f"{W}lastRenderedPageBreak":
                self.page_break()
            elif tag == f"{W}cr":
                self.text(" ", None)
            elif tag == f"{W}noBreakHyphen":
                self.text("-", None)
            elif tag == f"{W}sym":
                look = look or self.look(rpr)
                self.text(_symbol(child), look)
            elif tag == f"{W}fldChar":
                self.field(child.get(f"{W}fldCharType"))
            elif tag == f"{W}instrText":
                if self.reader.fields:
                    self.reader.fields[-1][0] += child.text or ""
            elif tag == f"{W}ruby":
                base = child.find(f"{W}rubyBase")
                if base is not None:
                    self.walk(base)  # the text, not its reading (w:rt)
            elif tag in (f"{W}drawing", f"{W}pict", f"{W}object", _ALTERNATE):
                self.boxes.extend(_text_boxes(child))

    def field(self, kind: str | None) -> None:
        fields = self.reader.fields
        if kind == "begin":
            fields.append(["", False])
        elif kind == "separate" and fields:
            fields[-1][1] = True
        elif kind == "end" and fields:
            fields.pop()

    def look(self, rpr: Any | None) -> tuple[bool, int, bool]:
        """Bold, size (half-points) and hidden, as Word resolves them: the run's own properties, its
        character style, then the paragraph style and the document defaults. The paragraph mark's
        bold stands for runs that say nothing of their own (a paragraph set in bold as a whole)."""
        character = self.reader.styles.character(style) if (style := _val(rpr, "rStyle")) else ()
        own = (rpr, *character) if rpr is not None else character
        bold = _on_first((*own, self.mark, *self.style.rprs), "b")
        hidden = _on_first((*own, *self.style.rprs), "vanish")
        size = _DEFAULT_SIZE
        for props in (*own, *self.style.rprs):
            if props is not None and (sz := _int(_val(props, "sz"))) is not None:
                size = sz
                break
        return bool(bold), size, bool(hidden)

    def text(self, text: str, look: tuple[bool, int, bool] | None) -> None:
        if not text:
            return
        if look is not None and look[2]:
            return  # hidden text (w:vanish)
        hidden: str | None = None
        for code, separated in self.reader.fields:
            if not separated:
                hidden = "code"
                break
            if code.strip().upper().startswith("TOC"):
                hidden = "toc"
        self.pieces.append((text, hidden))
        if hidden is None and text.strip():
            self.seen_text = True
            if look is not None:
                self.runs.append((look[0], look[1], len(text.strip())))

    def page_break(self) -> None:
        self.breaks += 1
        if not self.seen_text:
            self.breaks_before = self.breaks


def _weighted_mode(runs: list[tuple[bool, int, int]]) -> int:
    """The size most of a paragraph's characters have (a footnote mark in small type changes nothing)."""
    sizes: Counter[int] = Counter()
    for _, size, chars in runs:
        sizes[size] += chars
    return sizes.most_common(1)[0][0]


def _choice(alternate: Any) -> Any | None:
    """Of mc:AlternateContent, what Word shows: the first mc:Choice (else the mc:Fallback)."""
    choice = alternate.find(f"{_MC}Choice")
    return choice if choice is not None else alternate.find(f"{_MC}Fallback")


def _text_boxes(element: Any) -> list[Any]:
    """The text boxes (w:txbxContent) of a drawing or a shape, each once: of mc:AlternateContent the
    choice, the fallback (a VML copy of the same box) only when the choice has none."""
    found: list[Any] = []

    def visit(node: Any) -> None:
        if node.tag == _TXBX:
            found.append(node)
            return
        if node.tag == _ALTERNATE:
            before = len(found)
            choice = node.find(f"{_MC}Choice")
            if choice is not None:
                visit(choice)
            fallback = node.find(f"{_MC}Fallback")
            if len(found) == before and fallback is not None:
                visit(fallback)
            return
        for child in node:
            if isinstance(child.tag, str):
                visit(child)

    visit(element)
    return found


def _rows(table: Any) -> list[Any]:
    """A table's rows, through content controls and custom XML around them (not a nested table's)."""
    out: list[Any] = []
    for child in table:
        if child.tag == _TR:
            out.append(child)
        elif child.tag in (_SDT, f"{W}customXml"):
            content = child.find(_SDT_CONTENT) if child.tag == _SDT else child
            if content is not None:
                out.extend(_rows(content))
    return out


def _cells(row: Any) -> list[Any]:
    out: list[Any] = []
    for child in row:
        if child.tag == _TC:
            out.append(child)
        elif child.tag in (_SDT, f"{W}customXml"):
            content = child.find(_SDT_CONTENT) if child.tag == _SDT else child
            if content is not None:
                out.extend(_cells(content))
    return out


def _symbol_font(rpr: Any | None) -> str | None:
    """The run's font when it is a symbol font, whose letters are drawn as symbols (「l」 in
    Wingdings is ●)."""
    fonts = rpr.find(f"{W}rFonts") if rpr is not None else None
    if fonts is None:
        return None
    font = fonts.get(f"{W}ascii") or fonts.get(f"{W}hAnsi") or ""
    return font if font.lower() == "symbol" or "wingdings" in font.lower() else None


def _symbol(sym: Any) -> str:
    """A w:sym character (Insert → Symbol): a symbol font's character as the glyph it draws."""
    try:
        code = int(sym.get(f"{W}char", ""), 16)
    except ValueError:
        return ""
    font = sym.get(f"{W}font")
    if 0xF000 <= code <= 0xF0FF or (font and (font.lower() == "symbol" or "wingdings" in font.lower())):
        return bullet_glyph(chr(0xF000 | (code & 0xFF)), font)
    return chr(code) if 0 < code < 0x110000 else ""


def _val(element: Any | None, name: str) -> str | None:
    if element is None:
        return None
    child = element.find(f"{W}{name}")
    return child.get(f"{W}val") if child is not None else None


def _on_first(sources: tuple[Any, ...], name: str) -> bool | None:
    for props in sources:
        if props is not None and (value := on(props.find(f"{W}{name}"))) is not None:
            return value
    return None


def _int(value: str | None) -> int | None:
    try:
        return int(value or "")
    except ValueError:
        return None


# --- classifying: paragraphs into headings, items and paragraphs --------------------------------------


def _level_banner(text: str) -> bool:
    """A one-line text box that names a level of the plan and its number (「基本目標１　安心で便利な…」,
    a policy drawn as a banner): a heading, where other one-line boxes are a figure's labels."""
    marker = parse_marker(text)
    return marker is not None and marker.key.startswith("label:") and bool(marker.title) and "。" not in text


class _Classifier:
    def __init__(self, items: list[_Para | _Table], reader: _Reader) -> None:
        self.items = items
        self.counts = reader.counts
        # A field begun and never ended (a damaged document) would hide the rest: then nothing is hidden.
        self.unbalanced = bool(reader.fields)
        self.typed_toc: list[str] = []
        self.box_lines: Counter[int] = Counter(p.box for p in items if isinstance(p, _Para) and p.box and self.text(p))
        # The first line of each text box: a card's title when the box holds more (a measure drawn as a box)
        self.box_first: dict[int, int] = {}
        self.box_prose: set[int] = set()  # boxes with a sentence in them (a card's text, not a figure's labels)
        for p in items:
            if isinstance(p, _Para) and p.box and self.text(p):
                if p.box not in self.box_first:
                    self.box_first[p.box] = id(p)
                elif "。" in self.text(p):
                    self.box_prose.add(p.box)
        body = [p for p in items if isinstance(p, _Para) and p.level is None and not p.style.toc]
        sizes: Counter[int] = Counter()
        for para in body:
            for _, size, chars in para.runs:
                sizes[size] += chars
        self.body_size = sizes.most_common(1)[0][0] if sizes else None
        total = sum(sizes.values()) or 1

        def share(test: Any) -> float:
            return sum(chars for p in body if test(p) for *_, chars in p.runs) / total

        self.bold_counts = share(lambda p: p.runs and all(r[0] for r in p.runs)) < _COMMON_LOOK
        self.centred_counts = share(lambda p: p.centered) < _COMMON_LOOK
        self.keep_counts = share(lambda p: p.keep_next) < _COMMON_LOOK

    def run(self) -> tuple[list[Block], list[str]]:
        toc = self._typed_contents()
        self.numbered_headings = self._numbered_lists()
        blocks: list[Block] = []
        for index, item in enumerate(self.items):
            if isinstance(item, _Table):
                blocks.append(
                    Block("table", "\n".join("\t".join(r) for r in item.rows), item.origin, rows=item.rows, row_origins=item.row_origins)
                )
                continue
            if not self.unbalanced and item.in_toc_field():
                self.counts["toc-field"] += 1
                continue
            if index in toc:
                continue
            block = self.classify(item, index in self.numbered_headings)
            if block is not None:
                blocks.append(block)
        return blocks, self.notes()

    def text(self, para: _Para) -> str:
        return para.text(all_pieces=self.unbalanced)

    def _typed_contents(self) -> set[int]:
        """Typed contents lines: a toc style, or dot leaders before a page number, or a tab before a
        page number with a leader tab stop. A tab before a page number alone is a contents line next
        to one, or next to another numbered one (「（2）…\t3」「（3）…\t4」); 「利用件数\t300」 lines
        of figures are not."""
        found: set[int] = set()
        weak: set[int] = set()
        numbered: set[int] = set()
        order: list[int] = []
        for index, item in enumerate(self.items):
            if not isinstance(item, _Para) or item.level is not None or not (text := self.text(item)):
                continue
            order.append(index)
            if item.style.toc or ("。" not in text and _DOT_LEADERS.search(text)):
                found.add(index)
            elif "。" not in text and _TAB_PAGE.search(text) and len(text) <= 100:
                (found if item.leader else weak).add(index)
                if parse_marker(text.split("\t", 1)[0]) is not None:
                    numbered.add(index)
        pairs = list(itertools.pairwise(order))
        found.update(i for a, b in pairs if a in numbered and b in numbered for i in (a, b))
        grown = True
        while grown:  # a plain 「はじめに\t1」 among contents lines is one of them
            grown = False
            for a, b in pairs:
                for one, other in ((a, b), (b, a)):
                    if one in weak and one not in found and other in found:
                        found.add(one)
                        grown = True
        for index in sorted(found):
            item = self.items[index]
            assert isinstance(item, _Para)
            self.typed_toc.append(self.text(item))
        return found

    def _numbered_lists(self) -> set[int]:
        """The numbered paragraphs that are headings. The paragraphs of one level of a list (until a
        declared heading, or a higher level of the same list) are read together: written one after
        the other, they are a list of items (as typed numbers in a list style are); with text between
        them (「(1) 窓口のオンライン化」, its paragraphs, 「(2) …」), they are headings if most of them
        read as headings, all of them then (one ending in 「)」 would alone be an item)."""
        groups: list[list[int]] = []
        open_groups: dict[tuple[str, int], list[int]] = {}
        following: dict[int, int] = {}  # a paragraph → the next item with text (the reading order)
        previous: int | None = None
        for index, item in enumerate(self.items):
            if isinstance(item, _Para) and not self.text(item):
                continue
            if previous is not None:
                following[previous] = index
            previous = index
            if not isinstance(item, _Para):
                continue
            if item.level is not None:
                open_groups.clear()
                continue
            drawn = item.drawn
            if drawn is None or drawn.bullet or self._label(item):
                continue
            for key in [k for k in open_groups if k[0] == drawn.list and k[1] > drawn.level]:
                del open_groups[key]
            group = open_groups.get((drawn.list, drawn.level))
            if group is None:
                group = open_groups[(drawn.list, drawn.level)] = []
                groups.append(group)
            group.append(index)
        headings: set[int] = set()
        for group in groups:
            adjacent = sum(1 for a, b in itertools.pairwise(group) if following.get(a) == b)
            if len(group) >= 2 and 2 * adjacent >= len(group) - 1:
                continue  # a list written line after line: items
            shown = {i: self._shown(i) for i in group}
            alike = [i for i in group if self._numbered_heading(shown[i], drawn=True)]
            if 2 * len(alike) >= len(group):
                headings.update(i for i in group if "。" not in shown[i] and len(shown[i]) <= 120)
            else:
                headings.update(alike)
        return headings

    def _shown(self, index: int) -> str:
        item = self.items[index]
        assert isinstance(item, _Para)
        assert item.drawn is not None
        return f"{item.drawn.text}\u3000{self.text(item)}"

    def classify(self, para: _Para, numbered_heading: bool) -> Block | None:
        text = self.text(para)
        if not text:
            return None
        runs = para.runs
        bold = bool(runs) and all(r[0] for r in runs)
        size = _weighted_mode(runs) if runs else self.body_size
        scale = round(size / self.body_size, 3) if size and self.body_size else 1.0
        drawn = para.drawn
        number = drawn.text if drawn is not None and not drawn.bullet else None
        shown = f"{drawn.text}\u3000{text}" if number and drawn is not None else text

        def block(kind: BlockKind, body: str, *, level: int | None = None, bullet: str | None = None) -> Block:
            return Block(kind, body, para.origin, level=level, bullet=bullet, number=number, bold=bold, scale=scale, centered=para.centered)

        if para.level is not None and len(shown) <= 120:
            return block("heading", shown, level=para.level)
        if drawn is not None and drawn.bullet:
            return block("item", text, bullet=drawn.text)
        if self._label(para) and not _BULLET.match(text) and not _level_banner(text):
            return block("paragraph", shown)
        if drawn is not None:
            if numbered_heading or self._looks_like_heading(para, shown, bold, scale):
                return block("heading", shown)
            return block("item", shown, bullet=drawn.template)
        mark = _BULLET.match(text)
        if para.style.is_list or mark:
            body = _BULLET.sub("", text, count=1).strip() if mark else text
            return block("item", body or text, bullet=re.sub(r"[\s　]", "", mark.group(0)) if mark else None)
        if self._numbered_heading(text) or self._looks_like_heading(para, text, bold, scale):
            return block("heading", text)
        lead = _bold_lead(text, runs)
        if lead is not None and self.bold_counts:
            # 「**オンライン申請の拡大**　子育て・介護の手続を…」: a measure's name set in bold at the start of
            # its paragraph, then what it does — a list item of its own name, as 「名：説明」 is
            return block("item", f"{lead[0]}：{lead[1]}", bullet="bold-lead")
        return block("paragraph", text)

    @staticmethod
    def _numbered_heading(text: str, *, drawn: bool = False) -> bool:
        """「(1) スマート窓口の推進」: a numbered line that is no sentence. A number followed by a space
        alone (「1　…」) starts many lines of figures when typed, but is a number when Word draws it."""
        marker = parse_marker(text)
        if marker is None or len(marker.title) > 60 or "。" in text or ends_sentence(text):
            return False
        return drawn or marker.key != "digit-space"

    def _label(self, para: _Para) -> bool:
        """A text box of one line: a label of a figure drawn with shapes (「1.　計画」 of a PDCA cycle),
        never a heading, whatever its number or look."""
        return bool(para.box) and self.box_lines[para.box] == 1

    def _looks_like_heading(self, para: _Para, text: str, bold: bool, scale: float) -> bool:
        """A heading by its look (`blocks.looks_like_heading`), but not a caption, a page number, a
        label and its value (「担当課：情報政策課」), or a sentence; in a text box, only the bold first line
        of a box that holds more (a card's title): other bold, large and centred lines in boxes are the
        labels of a figure."""
        if "。" in text or _CAPTION.match(text) or _PAGE_NUMBER.match(text) or _LABEL_LINE.match(text):
            return False
        if para.box:
            # A text box that holds a title and its text (a measure drawn as a card): its first line,
            # bold, is the card's heading. Other text in boxes is a figure's labels.
            card = para.box in self.box_prose and self.box_first.get(para.box) == id(para)
            return card and looks_like_heading(text, bold=bold, scale=scale, centered=False)
        bold = bold and self.bold_counts
        centered = para.centered and self.centred_counts
        if looks_like_heading(text, bold=bold, scale=scale, centered=centered):
            return True
        keep = para.keep_next and self.keep_counts and len(text) <= _KEEP_NEXT_MAX_CHARS
        return keep and looks_like_heading(text, bold=True, scale=HEADING_SCALE, centered=False)

    def notes(self) -> list[str]:
        notes: list[str] = []
        if n := self.counts["toc-field"]:
            notes.append(f"目次（Word の目次フィールド）の {n} 行は読み飛ばしました")
        if n := self.counts["toc-control"]:
            notes.append(f"目次（Word の目次のコンテンツ コントロール）の {n} 行は読み飛ばしました")
        if self.typed_toc:
            notes.append(f"目次の行（ページ番号で終わる行など）{len(self.typed_toc)} 行は読み飛ばしました: {self.typed_toc[0][:40]}")
        if n := self.counts["box"]:
            notes.append(f"テキストボックス・図形の中の文字（{n} 個）は、それを置いた段落の後に読みました")
        if n := self.counts["nested"]:
            notes.append(f"表の中の表（{n} 個）は、外側の表の後に別の表として読みました")
        if n := self.counts["altchunk"]:
            notes.append(f"Word 文書に取り込まれた別形式の文書（altChunk、{n} 個）は読めませんでした。Word で開いて保存し直すと読めます")
        return notes
