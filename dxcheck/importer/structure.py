"""From blocks to the plan's hierarchy: policies and measures, with what was left out and why.

Written once for every kind of input. The steps:

1. Headings are put into a tree by their numbering (第1章 > 1. > (1) > ① > ア …): a numbering style
   already open is a sibling when its number follows on (③ after ②), a new level otherwise. A
   number that does not follow on (③ after ④, 「第3章」 after 「第1章」) is not a heading: it is text
   from a figure or a quotation. Where the document declares levels (docx heading styles, PDF font
   sizes) they are used first. Bulleted and numbered list items hang under their heading.
2. Sections that are not commitments are excluded, with a note: 目次, 用語集, 付録, 背景, 動向, 沿革,
   経緯, 現状と課題, 策定の趣旨, 目的, 位置づけ, 計画期間, 基本理念 … anywhere; 推進体制, 進行管理 only
   outside the plan's own sections (a plan may have a measure 「推進体制の確保」); so are lists that
   repeat the plan's sections tersely, before them (体系図) or after them (取組スケジュール).
3. A heading repeated under several sections (〔情報化施策の方向性〕) is a divider, not a level.
4. Measures are found bottom-up: among the children of a section, when most are leaves, they are
   the measures (a child with headings of its own, such as 「(2) マイナンバーカードの普及促進」 with
   ア・イ・ウ, keeps them in its description); otherwise they are policies, one level further down.
5. Containers that only group the policies (第3章, 「2. 基本方針」 over 基本方針1…5) are dissolved;
   where the plan names its levels (方針1, 方針2 …), a section outside them holds no policy.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from dxcheck.importer.blocks import Block, BlockKind, Origin
from dxcheck.importer.numbering import LEVEL_LABELS, Marker, is_level_label, parse_marker, to_int
from dxcheck.importer.text import LEADERED as _LEADERED
from dxcheck.importer.text import ends_sentence, join_text
from dxcheck.model.sections import commits
from dxcheck.model.sections import exclusion as _exclusion
from dxcheck.model.sections import norm as _norm

_PLAN_WORDS = ("基本方針", "基本目標", "施策", "重点", "取り組む", "取組", "方向性", "目標", "方針", "アクション", "事業")


_CONTENTS_TITLE = re.compile(r"^[-―ー－〔〈【\[]*(?:目次|もくじ|CONTENTS|Contents)[-―ー－〕〉】\]]*$")


@dataclass
class Node:
    """A heading or a list item, with what stands under it in document order."""

    kind: str  # root, heading, item
    title: str
    origin: Origin
    marker: Marker | None = None
    level: int | None = None
    entries: list[Node | Block] = field(default_factory=list)
    excluded: str | None = None
    bullet: str | None = None  # an item's mark (「・」「○」): items with another mark nest
    detail: str | None = None  # a measure read from a table row: its 内容 cell
    owner: str | None = None  # … and its 担当課 cell
    kpi: str | None = None  # … its KPI cell
    target: str | None = None  # … its 目標値 cell
    schedule: tuple[int, int] | None = None  # … the fiscal years its schedule columns mark (R6…R10)
    lists_measures: bool = False  # it held a section named for its measures (「（4）主な取組」), dissolved into it: a policy
    scale: float = 1.0  # a heading's size, to the body text's
    schedule_text: str | None = None  # … or its スケジュール cell as written
    from_table: bool = False  # read from a table of measures
    listed: bool = False  # a 「（1）」 heading set larger than the unnamed heading it stands under (`_listed_under`)

    @property
    def key(self) -> str | None:
        return self.marker.key if self.marker else None

    def units(self) -> list[Node]:
        """The headings and items under this one that are kept."""
        return [e for e in self.entries if isinstance(e, Node) and e.excluded is None]

    def blocks(self) -> list[Block]:
        return [e for e in self.entries if isinstance(e, Block)]

    def walk_blocks(self) -> list[Block]:
        """Every block of the subtree, in order (excluded parts left out)."""
        out: list[Block] = []
        for entry in self.entries:
            if isinstance(entry, Block):
                out.append(entry)
            elif entry.excluded is None:
                if entry.kind == "item":
                    out.append(Block("item", entry.title, entry.origin))
                else:
                    out.append(Block("heading", entry.title, entry.origin))
                out.extend(entry.walk_blocks())
        return out


@dataclass
class MeasureDraft:
    title: str
    origin: Origin
    paragraphs: list[str]
    tables: list[Block]
    folded: list[str]
    texts: list[str]  # every text of the subtree, for owners
    owner: str | None = None  # when the document gives it apart (a table's 担当課 column)
    kpi: str | None = None  # a table's KPI and 目標値 cells
    target: str | None = None
    schedule: tuple[int, int] | None = None  # the fiscal years a table's schedule columns mark
    schedule_text: str | None = None  # a スケジュール cell that names no fiscal year (「随時」)
    from_table: bool = False
    marker: Marker | None = None  # its heading's number (「(2)」), where it has one


@dataclass
class PolicyDraft:
    title: str
    origin: Origin
    level: str | None
    description: list[str]
    tables: list[Block]
    policies: list[PolicyDraft] = field(default_factory=list)
    measures: list[MeasureDraft] = field(default_factory=list)


@dataclass(frozen=True)
class Excluded:
    """A section left out of the plan's measures, and why (背景, 目次, 現状と課題, 体系図 …)."""

    reason: str
    title: str
    origin: Origin
    # Rows of a table of measures inside it whose names the draft does not hold: measures lost if the
    # section was left out wrongly (「基本理念と施策体系」 holding the plan's only list of measures).
    rows: list[str] = field(default_factory=list)


@dataclass
class Structure:
    policies: list[PolicyDraft]
    notes: list[str]
    excluded: list[Excluded] = field(default_factory=list)
    # Paragraphs that commit (「…を進めます。」) in the plan's own sections but stand in no measure and
    # in no policy's description: what the reading may have lost.
    unplaced: list[Block] = field(default_factory=list)
    committing: int = 0  # committing paragraphs inside measures and policies' descriptions
    # The title of a 総合計画 (or 総合戦略) read whole: no sentence says which of its parts is the plan.
    comprehensive: str | None = None
    # Numbered headings read as text because their number did not follow on (「(3) 情報セキュリティの強化」 after
    # 「(1)」, its 「(2)」 run into a paragraph): what the reading may have lost.
    unfollowed: list[Marker] = field(default_factory=list)


def build_tree(blocks: list[Block], title: str | None, notes: list[str], unfollowed: list[Marker]) -> Node:
    """Headings into a tree by numbering and declared levels; items and text under their heading. A numbered
    heading read as text because its number does not follow on is added to `unfollowed`."""
    root = Node("root", "", Origin())
    stack: list[Node] = [root]
    items: list[Node] = []  # the open items of a list under the current heading, outermost first
    title_key = _norm(title) if title else None
    entries = _contents_entries(blocks)
    described = _item_descriptions(blocks)
    cut_row: Node | None = None  # the last row of the table just read, whose cell a page break may have cut
    contents: Node | None = None  # the 「目次」 heading read last
    leadered: list[Block] = []  # contents lines left out
    chapters: set[str] = set()  # the titles the contents lists at its top level
    top_style: str | None = None
    for index, block in enumerate(blocks):
        if block.kind in ("heading", "item"):
            cut_row = None
        if index in entries and contents is not None:
            contents.entries.append(Block("paragraph", block.text, block.origin))
            continue
        numbered_line = block.kind == "paragraph" and parse_marker(block.text) is not None
        if (block.kind in ("heading", "item") or numbered_line) and _LEADERED.search(block.text):
            # 「1 アクションプランの概要……1」: a contents line the reader did not leave out (a PDF's
            # contents without a 「目次」 line, cut into labels and text): never a heading or a measure
            leadered.append(block)
            entry = parse_marker(_LEADERED.sub("", block.text))
            if entry is not None and entry.title:
                top_style = top_style or entry.key
                if entry.key == top_style:
                    chapters.add(_norm(entry.title))
            continue
        if block.kind == "heading" and items and _field_label(block.text, background=True):
            # 「■ オンライン申請の拡大」 … 「【主な取組】」 ・…: the label opens the list of what the item
            # above it does, not a section of the policy (its lines would be read as measures)
            items[-1].entries.append(Block("paragraph", block.text, block.origin))
            continue
        if block.kind == "heading":
            items = []
            marker = parse_marker(block.text)
            shown_title = marker.title if marker and marker.title else block.text
            if title_key and _norm(block.text) == title_key and len(stack) > 1:
                continue  # the document's title again (a running header, a figure's title)
            node = Node("heading", shown_title.strip(), block.origin, marker, block.level, scale=block.scale)
            if marker is None and _CONTENTS_TITLE.match(_norm(block.text)):
                # 「目次」: a heading of its own over its entries only (the reader may have left them out
                # already: a Word TOC field, typed lines with page numbers) — the chapters after it
                # are not its sections.
                stack[-1].entries.append(node)
                contents = node
                continue
            if node.key == "chapter:章" or (node.key == top_style and _norm(node.title) in chapters):
                # 「第4章 計画の推進」 set smaller than the 柱 headings before it, 「第1章」 after a front
                # page's 概要 headings: a chapter stands under no section, whatever its size or the
                # headings before it (only under a part, 資料編); so does a heading the contents lists
                # at its top level (「1 計画の基本的な考え方……3」)
                # Without declared levels, the numbering places it among numbered headings (a running
                # header repeating 「第３章」 is no new chapter): only unnumbered front headings close.
                while len(stack) > 1 and stack[-1].key not in ("appendix", "chapter:部", "chapter:編"):
                    if block.level is None and stack[-1].marker is not None:
                        break
                    stack.pop()
            if node.marker is not None and node.marker.label in _POLICY_LABELS:
                # 「基本方針１　手続のデジタル化」 set smaller than 「計画の概要」 before it (a workbook's sheets printed one
                # after another, each with its title): a level of the plan stands under no front matter (it was refused)
                while len(stack) > 1 and stack[-1].marker is None and _exclusion(stack[-1].title, True) is not None:
                    stack.pop()
            if block.level is not None:
                while len(stack) > 1 and (
                    ((stack[-1].level is None or stack[-1].level > block.level) and not _listed_under(node, stack[-1]))
                    or (stack[-1].level == block.level and not _opens_list(node, stack))
                ):
                    stack.pop()
                node.listed = len(stack) > 1 and (stack[-1].level is None or stack[-1].level > block.level)
                stack[-1].entries.append(node)
                stack.append(node)
                continue
            if not _place_numbered(stack, node, notes, block):
                stack[-1].entries.append(Block("paragraph", block.text, block.origin))
                if node.marker is not None:
                    unfollowed.append(node.marker)
            continue
        if block.kind == "item":
            _place_item(stack[-1], items, block)
            continue
        if index in described and items:
            items[-1].entries.append(block)  # the item's own description, between it and the next item
            continue
        if block.kind == "paragraph" and cut_row is not None and cut_row.detail and not ends_sentence(cut_row.detail):
            # The rest of a table's last cell after a page break, printed without the table's rules
            cut_row.detail = join_text(cut_row.detail, block.text)
            cut_row = None
            continue
        rows = _table_measures(block) if block.kind == "table" else []
        if rows and len(stack) > 2 and _lists_the_levels(rows, stack[-1], stack[-2]):
            stack.pop()  # the table of every policy's measures, after the last policy's aim: the chapter's, not that policy's
        if (
            rows
            and rows[0].kind == "heading"
            and rows[0].from_table
            and rows[0].entries
            and _bare_key(rows[0].title) == _bare_key(stack[-1].title)
        ):
            # 「基本方針１　便利な行政サービス」 as a heading, then sheets whose 基本方針 row names it again: one level
            rows = [*(e for e in rows[0].entries if isinstance(e, Node)), *rows[1:]]
        previous = stack[-1].entries[-1] if stack[-1].entries else None
        if rows and isinstance(previous, Node) and _same_group(previous, rows[0]):
            # the next 施策シート of the same 基本方針 (a table to a measure), or a table's part after a page break
            previous.entries.extend(rows[0].entries)
            rows = rows[1:]
            if not rows:
                cut_row = _last_row([previous])
                continue
        stack[-1].entries.extend(rows or [block])
        cut_row = _last_row(rows) if rows else None
    if leadered:
        first = leadered[0]
        notes.append(
            f"目次の行 {len(leadered)} 行（点線とページ番号で終わる行）は読み飛ばしました: {first.text[:30]}（{first.origin.label()}から）"
        )
    return root


def _same_group(previous: Node, group: Node) -> bool:
    """Two groups read from tables one after the other with one name: one group."""
    return (
        previous.kind == group.kind == "heading"
        and previous.from_table
        and group.from_table
        and bool(previous.entries)
        and bool(group.entries)
        and _bare_key(previous.title) == _bare_key(group.title)
    )


def _bare_key(title: str) -> str:
    marker = parse_marker(title)
    return _norm(marker.title if marker is not None and marker.title else title)


def _lists_the_levels(rows: list[Node], here: Node, parent: Node) -> bool:
    """A table whose groups are the open heading and at least one heading beside it (「方針1　市民サービスの質の
    向上」 … 「方針3　業務改革と働き方改革」, each with its aim, then a table 基本方針｜取組｜内容 grouped by them:
    a blind set's table of every measure was read as the third policy's, and the aims as policies of their own)."""
    groups = {_bare_key(r.title) for r in rows if r.units()}
    # the others named are aims (a paragraph, nothing under them): a 方針 with its own table of measures, named again by
    # a 再掲 row of the next one's table, is no aim (a hostile review)
    beside = {_bare_key(n.title) for n in parent.units() if n.kind == "heading" and n is not here and not n.units()}
    named = {_bare_key(n.title) for n in parent.units() if n.kind == "heading" and n is not here}
    return len(groups) >= 2 and _bare_key(here.title) in groups and bool(groups & beside) and not (groups & named) - beside


# The numberings of a plan's sections and lists (1. / １　/ (1) / 1) / ① / ア / (ア)), which nest in either order
# (「１．」 over 「（１）」, or 「①」 over 「（１）」). Not 第1章, 基本方針1, 一、 or Ⅰ: a blind set's 「２ 基本方針ごとの施策」
# over 「一 市民の…」 policies set in one size read as one section of measures when nested.
_LIST_STYLES = frozenset({"digit", "digit-space", "paren", "digit-paren", "circled", "kana", "paren-kana"})


def _opens_list(node: Node, stack: list[Node]) -> bool:
    """Whether a heading of the same declared level as the open one (a PDF sets 「１．町民に寄り添うデジタル化」 and
    「（１）手続のオンライン化」 in one size) stands under it by its numbering, as headings without declared
    levels do (`_place_numbered`): another style, not open already, that starts a list there (its number 1)
    or goes on with one already under it. Read so, 「①」 policies over 「（１）」 measures nest as 「１．」 over
    「（１）」 do; a stray 「（４）」 among 「３．」「５．」 stays a sibling, and so does 「②」 after 「（２）」 where ① is open."""
    top = stack[-1]
    # 「基本方針1 住民サービスのデジタル化」 and 「(1)スマート窓口の推進」 in one Word style: a named level of the plan over a
    # list of its own (the measures under the (1) were read outside every policy, 確かさ 高: the third walkthrough)
    named = top.marker is not None and (top.key or "").startswith("label:") and top.marker.label in _POLICY_LABELS
    if node.marker is None or node.key == top.key or node.key not in _LIST_STYLES or (top.key not in _LIST_STYLES and not named):
        return False
    if any(open_heading.key == node.key and open_heading.level == top.level for open_heading in stack):
        return False  # its style is open at this level: a sibling of that heading
    return node.marker.value == 1 or any(unit.key == node.key for unit in top.units())


def _listed_under(node: Node, top: Node) -> bool:
    """A 「（1）」 or 「①」 heading set a little larger than the unnamed heading open above it, with the text under that
    heading (a PDF ranks its levels by size: 「行政サービスのデジタル化」 bold in the body's size, then 「（1）行政手続の
    オンライン化」 in 13 pt read each measure as a policy, where the .docx's styles nest them — a hostile review's): the list starts
    under it (its number 1) or goes on there."""
    if node.marker is None or node.key not in ("paren", "circled") or top.marker is not None or top.kind != "heading":
        return False
    if node.scale > top.scale * 1.3 or not any(isinstance(e, Block) and e.kind == "paragraph" for e in top.entries):
        return False
    return node.marker.value == 1 or any(unit.key == node.key for unit in top.units())


def _last_row(rows: list[Node]) -> Node | None:
    """The last measure read from a table's rows (inside its category, if any)."""
    last = rows[-1]
    while last.kind == "heading" and last.entries and isinstance(last.entries[-1], Node):
        last = last.entries[-1]
    return last if last.kind == "item" else None


def _item_descriptions(blocks: list[Block]) -> set[int]:
    """Paragraphs that describe the list item before them: a list whose items (short names, no
    sentence) are each followed by their paragraphs (「・電子申請サービスの拡充」 then what it does, then
    「（担当：…）」, then the next 「・」). Only where the paragraphs stand between items of one list
    (and after its last, when every other item has its own): a paragraph after a list of bare names is
    the section's text."""
    out: set[int] = set()
    runs: list[tuple[int, list[int]]] = []  # (item index, the paragraphs after it)
    last = -2  # the index of the last block of the open run (its item, a paragraph or a field label)
    for index, block in enumerate(blocks):
        if block.kind == "item":
            runs.append((index, []))
            last = index
        elif block.kind == "paragraph" and runs and runs[-1][0] >= 0 and last == index - 1:
            runs[-1][1].append(index)
            last = index
        elif block.kind == "heading" and _field_label(block.text, background=True):
            # 「【主な取組】」 between an item's paragraph and its sub-list, 「■ 電子申請の導入 ／ 【現状と課題】 … ／
            # 【取組内容】 … ／ 【担当課】 …」: part of the item
            if last == index - 1:
                last = index
            continue
        elif block.kind != "paragraph":
            runs.append((-1, []))  # a heading or a table ends the list
    # Between two headings or tables, the items of one mark are one list, whatever sub-list (another
    # mark) stands between them: 「■ 名 ／ 説明 ／ ・活動 ・活動 ／ ■ 名 ／ 説明 …」.
    lists: list[list[tuple[int, list[int]]]] = []
    segment: dict[str | None, list[tuple[int, list[int]]]] = {}
    for run in [*runs, (-1, [])]:
        if run[0] < 0:
            lists.extend(segment.values())
            segment = {}
            continue
        segment.setdefault(blocks[run[0]].bullet, []).append(run)
    for entries in lists:
        described = [r for r in entries if r[1] and "。" not in blocks[r[0]].text]
        if len(entries) >= 2 and len(described) >= len(entries) - 1:
            for _, paragraphs in entries[:-1]:
                out.update(paragraphs)
            if len(described) == len(entries):
                # the last item's paragraphs, as many as the others have: what follows may be the section's
                out.update(entries[-1][1][: max(len(r[1]) for r in entries[:-1])])
    return out


def _contents_entries(blocks: list[Block]) -> set[int]:
    """The entries of a contents list without page numbers, under a 「目次」 heading (「第1章　計画の
    基本的事項」 line after line): short headings and items that run until the first of them comes again,
    where the body begins. When the first entry never comes again, the reader already left the
    entries out (a Word TOC field, lines with page numbers), and what follows is the body."""
    out: set[int] = set()
    for index, block in enumerate(blocks):
        if block.kind != "heading" or parse_marker(block.text) is not None or not _CONTENTS_TITLE.match(_norm(block.text)):
            continue
        run: list[int] = []
        for later in range(index + 1, len(blocks)):
            candidate = blocks[later]
            if candidate.kind not in ("heading", "item") or len(candidate.text) > 60 or "。" in candidate.text:
                break
            if run and _norm(candidate.text) == _norm(blocks[run[0]].text):
                out.update(run)
                break
            run.append(later)
    return out


def _place_item(heading: Node, items: list[Node], block: Block) -> None:
    """A list item under its heading. A mark already open (「○」 after 「○ … ・ …」) is a sibling there;
    another mark nests (■ 基本方針 > ○ 取組 > ・ 説明). An item that is a whole sentence 「…します。」 is
    text of what it stands under: a measure is named by a noun phrase, and its bullets describe it."""
    marker = parse_marker(block.text)
    strip = marker is not None and (marker.key in ("circled", "paren", "digit", "kana", "digit-paren") or marker.key.startswith("label:"))
    text = (marker.title if marker is not None and strip else block.text).strip()
    open_at = next((i for i, item in enumerate(items) if item.bullet == block.bullet), None)
    if open_at is not None:
        del items[open_at:]
    parent = items[-1] if items else heading
    if text.endswith("。") and not _split_item(text)[1]:
        parent.entries.append(Block("paragraph", text, block.origin))
        return
    node = Node("item", text, block.origin, marker, bullet=block.bullet)
    parent.entries.append(node)
    items.append(node)


# A table of measures: a header that names the measure (施策名・取組・事業・項目), with columns such as
# 内容・KPI・目標値・担当・スケジュール・年度 — as Word tables (施策名｜内容｜KPI｜目標値｜担当) and
# schedule tables (取組｜担当課｜R6…R10) are written. One row, one measure.
_NAME_COLUMN = re.compile(
    r"^(?:主な|具体的な|重点)?(?:取組|取り組み|取組み|施策|事業|実施事項|アクション)(?:名|名称|項目|事項)?$|^(?:項目|取組項目|施策項目|事業項目)(?:名)?$"
)
_DETAIL_COLUMN = re.compile(
    r"^(?:主な)?(?:内容|概要|説明|取組内容|事業内容|事業概要|(?:取組|施策|事業)の?(?:内容|概要)|具体的な(?:内容|取組))$"
)
_OWNER_COLUMN = re.compile(r"^(?:担当|所管|担当課|所管課|担当部署|担当部局|担当課等|主担当課|担当部課|実施主体)$")
_KPI_COLUMN = re.compile(r"^(?:KPI|指標|成果指標|評価指標|KPI指標|重要業績評価指標|指標名)$", re.IGNORECASE)
_TARGET_COLUMN = re.compile(r"^(?:目標値?|目標値[^\s]{0,8}|数値目標|目標\(.*\))$")
_CATEGORY_COLUMN = re.compile(r"^(?:分野|区分|基本方針|方針|施策分野|重点分野|施策の柱|柱|基本目標|カテゴリ|施策の方向性?)(?:名)?$")
_SCHEDULE_COLUMN = re.compile(r"^(?:スケジュール|実施時期|実施年度|実施期間|工程|年次計画|期間)$")
_YEAR_COLUMN = re.compile(r"^(?:(?:R|令和)\s?[0-9]{1,2}|20[0-9]{2})(?:年度?)?$", re.IGNORECASE)
_MARKED = re.compile(r"[○◯●◎→⇒➡▶►\-－ー―━─…・◆■□△▲✓✔]|実施|検討|導入|運用|拡充|継続|開始|構築|整備|推進|準備")


def _column(header: list[str], pattern: re.Pattern[str]) -> int | None:
    return next((i for i, cell in enumerate(header) if pattern.match(cell)), None)


def _year_of(cell: str) -> int | None:
    from dxcheck.model.fiscal import FiscalYearError, parse_fiscal_year

    text = unicodedata.normalize("NFKC", cell).replace(" ", "")
    text = re.sub(r"\((?:20[0-9]{2}|R[0-9]{1,2})\)$", "", text)  # 「令和８年度（2026）」: the other calendar in brackets
    if not _YEAR_COLUMN.match(text):
        return None
    text = re.sub(r"年度?$", "", text)
    text = re.sub(r"^令和", "R", text)
    try:
        return parse_fiscal_year(int(text) if text.isdigit() else text)
    except FiscalYearError:
        return None


def _category_row(row: list[str], width: int) -> str | None:
    """A row that is one cell across the table (Word's gridSpan, or one cell repeated by a reader that
    copies a merged cell into each column): a category of the rows below, not a measure."""
    cells = [c.strip() for c in row if c.strip()]
    if not cells or width < 2 or "。" in cells[0] or len(cells[0]) > 60:
        return None
    if len(cells) == 1 and row[0].strip():  # the merged cell's text stands in its first column
        return cells[0]
    if len(cells) == len(row) and len(set(cells)) == 1:
        return cells[0]
    return None


# A line of a cell that a list mark opens (「・」「①」「ア」「(1)」): what the measure named above it does.
_LISTED_LINE = re.compile(r"^(?:[・●○◆◇■□▪✓✔➢➤→◎•◦\-－]|[①-⑳]|[ア-ン][\s　.．、]|[(（][0-9０-９ア-ン]{1,2}[)）])")


def _cell_title(cell: str) -> tuple[str, str]:
    """A name cell that holds the measure's name and, on the lines below it, a list of what it does
    (「オンライン申請の拡大 ／ ・子育て関係手続のマイナポータル対応 ／ ・電子申請の対象拡大」): the
    name is the lines before the first listed line, the list describes it. A cell without such a
    list is all title (a long name wrapped over two lines stays whole)."""
    lines = [line.strip() for line in cell.split("\n") if line.strip()]
    first = next((i for i, line in enumerate(lines) if i > 0 and _LISTED_LINE.match(line)), None)
    if first is None or "。" in "".join(lines[:first]):
        whole = ""
        for line in lines:  # a name wrapped in its cell is one line (「公金収納への」「eLTAXの活用」 kept its break in a title)
            whole = join_text(whole, line)
        return _unnumbered(whole), ""
    title = ""
    for line in lines[:first]:
        title = join_text(title, line)
    return _unnumbered(title), "\n".join(lines[first:])


# The numbers a cell writes before a name (「1-1　電子申請の拡充」「(2) …」「③ …」): the number of the
# heading the same name has in the chapter that describes it, not part of the name.
_CELL_NUMBERS = ("digit", "digit-paren", "digit-space", "paren", "circled")


def _unnumbered(text: str) -> str:
    marker = parse_marker(text)
    if marker is not None and marker.title and (marker.key in _CELL_NUMBERS or marker.key.startswith("hyphen")):
        return marker.title
    return text.strip()


def _group_node(text: str, origin: Origin) -> Node:
    """The heading a category cell makes: 「基本目標1 くらしのデジタル化」 is a named level, as a heading
    of that name would be."""
    marker = parse_marker(text)
    if marker is None or not marker.key.startswith("label:"):
        marker = parse_marker(re.sub(r"[\s　]+", "", text))  # 「基本 方針 Ⅰ …」: a PDF's spacing inside the level's name
    if marker is not None and marker.key.startswith("label:") and marker.title:
        return Node("heading", marker.title, origin, marker, from_table=True)
    return Node("heading", text, origin, from_table=True)


# The row of a 項目｜内容 card that names its measure.
_NAME_ROW = re.compile(r"^(?:取組|施策|事業|取り組み)(?:名|名称)?$")
_OVERVIEW_ROW = re.compile(r"^(?:概要|内容|取組内容|取組の内容|事業概要|事業内容|説明)$")


# A card's row of what the measure carries out (基本方針｜基本方針１ 市民の利便性向上), and its number (施策番号｜1-1)
_CARD_NUMBER = re.compile(r"^(?:施策|取組|事業)?(?:番号|NO\.?|№)$")
_CARD_BACKGROUND = re.compile(r"^(?:現状と課題|現状・課題|現状及び課題|課題|背景)$")


def _card_label(label: str) -> bool:
    return bool(
        label in _FIELD_LABELS
        or label in _ATTRIBUTE_LABELS
        or _NAME_ROW.match(label)
        or _OVERVIEW_ROW.match(label)
        or _CATEGORY_COLUMN.match(label)
        or _CARD_NUMBER.match(label)
        or _CARD_BACKGROUND.match(label)
    )


def _labelled_card(table: Block) -> bool:
    """A table of one measure with its labels down the first column and no header row (a 施策シート: 基本方針,
    施策番号, 取組名, 現状と課題, 取組内容, KPI, スケジュール, 担当課 — a blind set's, one to a page): a row names
    the measure, and the labels are a card's, not a list's."""
    labels = [_norm(row[0]).upper() for row in table.rows if len(row) >= 2 and row[0].strip()]
    # (most rows labelled: a cell run on over a page, or a second KPI under one merged label, leaves a row without one)
    if len(labels) < 3 or len(labels) * 3 < len(table.rows) * 2 or not any(_NAME_ROW.match(label) for label in labels):
        return False
    return sum(1 for label in labels if _card_label(label)) * 4 >= len(labels) * 3


def _measure_card(table: Block, name: int) -> list[Node]:
    """A table of one measure's attributes (項目｜内容: 取組名, 概要, 担当課, 目標): one measure when a row
    names it, its title from that row (its 「取組1」 label is the label, not the title), its fields from
    the others; none otherwise."""
    value = name + 1
    header = [_norm(c) for c in table.rows[0]]
    cards: list[list[tuple[int, list[str]]]] = [[]]
    # 「取組名｜行政手続のオンライン化」 as the first row (a form with no 項目｜内容 header): a row of the card
    labelled = _NAME_ROW.match(header[name].upper()) or _CATEGORY_COLUMN.match(header[name].upper())
    first = 0 if len(table.rows[0]) > value and labelled and table.rows[0][value].strip() else 1
    for index, row in enumerate(table.rows[first:], first):
        if index == 0:
            cards[-1].append((index, row))
            continue
        if first == 0 and row and _norm(row[name]) == header[name]:
            cards.append([(index, row)])  # cards with no header, read as one table: each opens with the first's label
        elif [_norm(c) for c in row] == header:
            cards.append([])  # cards one after another, read as one table (a PDF): each header opens one
        else:
            cards[-1].append((index, row))
    out: list[Node] = []
    for card in cards:
        fields = _card_fields(card, name)
        names = [text for label, text in fields if _NAME_ROW.match(label) and text]
        if not names:
            continue
        # 基本方針｜施策｜取組名: the last row that names is the measure, the rows above it the levels it stands under
        title = names[-1]
        marker = parse_marker(title)
        if marker is not None and marker.title and (marker.key.startswith("label:") or marker.key in _CELL_NUMBERS):
            title = marker.title
        node = Node("item", title, table.row_origin(card[0][0]), from_table=True)
        node.detail = next((text for label, text in fields if _OVERVIEW_ROW.match(label) and text), None)
        node.owner = next((text for label, text in fields if _OWNER_COLUMN.match(label) and text), None)
        node.target = next((text for label, text in fields if _TARGET_COLUMN.match(label) and text), None)
        node.kpi = next((text for label, text in fields if _KPI_COLUMN.match(label) and text), None)
        node.schedule_text = next((text for label, text in fields if _SCHEDULE_COLUMN.match(label) and text), None)
        levels = [text for label, text in fields if _CATEGORY_COLUMN.match(label) and text] + names[:-1]
        if not levels:
            out.append(node)
            continue
        # the sheet names what it carries out: the measure stands under it, and the next sheet of the same policy joins it
        group = top = _group_node(_unnumbered(levels[0]), table.row_origin(card[0][0]))
        for level in levels[1:]:
            below = _group_node(_unnumbered(level), table.row_origin(card[0][0]))
            group.entries.append(below)
            group = below
        group.entries.append(node)
        if out and _same_group(out[-1], top):
            _join_groups(out[-1], top)
        else:
            out.append(top)
    return out


def _card_fields(card: list[tuple[int, list[str]]], name: int) -> list[tuple[str, str]]:
    """A card's (label, text) pairs, in order. A row with no label (a cell run on from the page before, the second
    KPI under one merged 「KPI」 label) and a label repeated on the next row (a merged label read on both) add to the
    field above: two KPIs are two lines of one field."""
    fields: list[tuple[str, str]] = []
    for _, row in card:
        if len(row) <= name + 1:
            continue
        label, text = _norm(row[name]).upper(), row[name + 1].strip()
        if fields and (not label or label == fields[-1][0]):
            if text:
                fields[-1] = (fields[-1][0], "\n".join(part for part in (fields[-1][1], text) if part))
            continue
        if label:
            fields.append((label, text))
    return fields


def _join_groups(kept: Node, group: Node) -> None:
    """The entries of `group` into `kept` (a group of the same name): a level named again joins the last one."""
    for entry in group.entries:
        last = kept.entries[-1] if kept.entries else None
        if isinstance(entry, Node) and isinstance(last, Node) and _same_group(last, entry):
            _join_groups(last, entry)
        else:
            kept.entries.append(entry)


def _numbered_pieces(cells: list[str], name: int) -> list[list[str]]:
    """A row whose name cell lists several measures, joined with 、 (three or more short names), or each
    on a line of its own numbered in turn
    (「1) 電子申請の拡大」「2) マイナンバーカードの交付体制」, a merged category beside them): one row
    for each, the other cells split the same way — by the same numbers, or line by line when they
    have as many lines — or kept whole for each."""
    lines = [line.strip() for line in cells[name].split("\n") if line.strip()]
    joined = [part.strip() for part in re.split("[、，,]", cells[name]) if part.strip()]
    if len(lines) == 1 and len(joined) >= 3 and "。" not in cells[name] and all(len(part) <= 40 for part in joined):
        # 「行政手続のオンライン化の推進、書かない窓口の実現、…」: a 施策体系 cell naming its measures
        named: list[list[str]] = [list(cells) for _ in joined]
        for piece, part in zip(named, joined, strict=True):
            piece[name] = part
        return named
    markers = [parse_marker(line) for line in lines]
    if len(lines) < 2 or any(m is None or m.value is None or not m.title for m in markers):
        return [cells]
    keys = {m.key for m in markers if m is not None}
    values = [m.value for m in markers if m is not None]
    if len(keys) != 1 or any(b != a + 1 for a, b in itertools.pairwise(values) if a is not None and b is not None):
        return [cells]
    pieces: list[list[str]] = [list(cells) for _ in lines]
    for column, cell in enumerate(cells):
        if column == name:
            for piece, line in zip(pieces, lines, strict=True):
                piece[column] = line
            continue
        parts = _split_by_numbers(cell, keys, values) or [line for line in cell.split("\n") if line.strip()]
        if len(parts) == len(lines):
            for piece, part in zip(pieces, parts, strict=True):
                piece[column] = part
    return pieces


def _split_by_numbers(cell: str, keys: set[str], values: list[int | None]) -> list[str] | None:
    """A cell written in the same numbered parts as the name cell beside it (「1) …」「2) …」), cut at them."""
    parts: list[str] = []
    for line in (line.strip() for line in cell.split("\n") if line.strip()):
        marker = parse_marker(line)
        expected = values[len(parts)] if len(parts) < len(values) else None
        if marker is not None and marker.key in keys and expected is not None and marker.value == expected:
            parts.append(marker.title)
        elif parts:
            parts[-1] = join_text(parts[-1], line)
        else:
            return None
    return parts if len(parts) == len(values) else None


# 「■電子申請の拡充」 opening a measure in a cell, 「（継続）電子申請の拡充」 the same measure in a later year
_CELL_MEASURE = re.compile(r"^[■□◆◇●◎▶▷★☆]\s*(.+)$")
_CONTINUED = re.compile(r"^[(（](?:継続|拡充|拡大|引き続き)[)）]\s*(.+)$")


def _year_table_measures(table: Block, header: list[str]) -> list[Node]:
    """A year-by-year table (施策の柱｜令和8年度｜令和9年度｜令和10年度) whose cells list the year's measures,
    each opened by a mark (「■電子申請の拡充」, its lines 「・…」 what it does) and repeated in later years
    as 「（継続）電子申請の拡充」: one measure each, under its row's category, with the years it runs."""
    years = {i: y for i, cell in enumerate(table.rows[0]) if (y := _year_of(cell)) is not None}
    if len(years) < 2:
        return []
    category = _column(header, _CATEGORY_COLUMN)
    if category is None and min(years) > 0:
        category = 0
    out: list[Node] = []
    for index, row in enumerate(table.rows[1:], 1):
        group = (
            _group_node(_unnumbered(re.sub(r"\s*\n\s*", "　", row[category].strip())), table.row_origin(index))
            if category is not None and category < len(row) and row[category].strip()
            else None
        )
        found: dict[str, Node] = {}
        for column, year in sorted(years.items()):
            current: Node | None = None
            cell = row[column] if column < len(row) else ""
            # a PDF's cell loses its line breaks: 「…出張申請■証明書コンビニ交付の開始」 — cut before each mark
            cell = re.sub(r"(?<=[^\n])(?=[■□◆◇●◎▶▷★☆]|[(（](?:継続|拡充|拡大|引き続き)[)）])", "\n", cell)
            for line in (line.strip() for line in cell.split("\n")):
                opened, continued = _CELL_MEASURE.match(line), _CONTINUED.match(line)
                if opened or continued:
                    title = (opened or continued).group(1).strip()  # type: ignore[union-attr]
                    current = found.get(_norm(title))
                    if current is None:
                        current = found[_norm(title)] = Node("item", title, table.row_origin(index), from_table=True)
                    start = current.schedule[0] if current.schedule else year
                    current.schedule = (start, year)
                elif line and current is not None:
                    current.detail = "\n".join(part for part in (current.detail, line) if part)
        if not found:
            continue
        if group is not None:
            group.entries.extend(found.values())
            out.append(group)
        else:
            out.extend(found.values())
    return out


def _side_heads(table: Block) -> bool:
    """Two columns and no header: on every row a short name without a sentence's end on the left, and sentences on the
    right (「窓口の予約制の導入｜転入・転出など…予約できるようにします。」)."""
    rows = table.rows
    if len(rows) < 2 or any(len(row) != 2 for row in rows):
        return False
    return all(
        row[0].strip() and len(row[0].strip()) <= 40 and "。" not in row[0] and "\n" not in row[0].strip() and "。" in row[1]
        for row in rows
    )


def _norm_title(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _table_measures(table: Block) -> list[Node]:
    """Measures written as the rows of a table: one per row, the title from the name column and the
    description, KPI, target, owner and schedule from theirs. A category column (分野, with a cell
    merged down or repeated) or a row spanning the table groups the rows under a heading of its own.
    The header, repeated after a page break, is no measure; a row with an empty name cell continues
    the row before (a cell cut over two rows)."""
    from dxcheck.importer.kpi import is_kpi_table

    if len(table.rows) < 2:
        return []
    header = [re.sub(r"[(（].*?[)）]", "", _norm(c)) for c in table.rows[0]]
    name = _column(header, _NAME_COLUMN)
    if name is None and _labelled_card(table):
        return _measure_card(table, 0)  # 「基本方針｜…」「取組名｜…」「取組内容｜…」: a 施策シート, its labels down the first column
    if name is None and _side_heads(table):
        # 「自宅から申請できる手続の拡大｜子育てや介護に関する手続をはじめ、…」: a side-head layout, the measure's name in
        # the narrow left cell and what it does beside it, no header row (a blind set's: the .docx read none of its ten)
        return [
            Node("item", _norm_title(row[0]), table.row_origin(index), detail=row[1].strip(), from_table=True)
            for index, row in enumerate(table.rows)
            if not is_level_label(_norm(row[0]))
        ]
    if name is None:
        return _year_table_measures(table, header)
    if is_kpi_table(table) and (header[name].startswith("項目") or _column(header, _KPI_COLUMN) is None):
        return []  # 「項目｜現状値｜目標値」: a list of KPIs, whose 項目 are indicators
    names = [_norm(row[name]).upper() for row in table.rows[1:] if name < len(row) and row[name].strip()]
    if names and sum(1 for n in names if n in _FIELD_LABELS or n in _ATTRIBUTE_LABELS or _NAME_ROW.match(n)) * 2 >= len(names):
        # 「項目｜内容」 with 概要・担当・KPI: the attributes of one measure, not measures — the measure
        # itself when a row names it (取組名｜取組1 電子申請の拡大)
        return _measure_card(table, name)
    detail, owner = _column(header, _DETAIL_COLUMN), _column(header, _OWNER_COLUMN)
    kpi, target = _column(header, _KPI_COLUMN), _column(header, _TARGET_COLUMN)
    category = _column(header, _CATEGORY_COLUMN)
    if category == name:
        category = None
    schedule = _column(header, _SCHEDULE_COLUMN)
    years = {i: y for i, cell in enumerate(table.rows[0]) if (y := _year_of(cell)) is not None}
    # A header of two rows (番号｜施策名｜概要 merged down beside 年度別計画 over R8｜R9｜R10): Word gives its second row the
    # merged cells' text again, 「施策名」 — no measure (a blind set's); the years are in that row.
    heading = _norm(table.rows[0][name]) if name < len(table.rows[0]) else ""
    if len(table.rows) > 2 and name < len(table.rows[1]) and _norm(table.rows[1][name]) == heading:
        years.update({i: y for i, cell in enumerate(table.rows[1]) if (y := _year_of(cell)) is not None})
    out: list[Node] = []
    groups: dict[str, Node] = {}
    current_group: Node | None = None
    last: Node | None = None
    for index, row in enumerate(table.rows[1:], 1):
        cells = [c.strip() for c in row] + [""] * len(header)
        if [_norm(c) for c in row] == [_norm(c) for c in table.rows[0]] or (heading and _norm(cells[name]) == heading):
            continue
        spanning = _category_row(row, len(header))
        if spanning is not None:
            spanning = _unnumbered(spanning)
            current_group = _group_node(spanning, table.row_origin(index))
            groups[spanning] = current_group
            out.append(current_group)
            last = None
            continue
        for piece in _numbered_pieces(cells, name):
            cells = piece
            described = cells[detail] if detail is not None else ""
            title, listed = _cell_title(cells[name])
            if listed:
                described = "\n".join(part for part in (listed, described) if part)
            if not cells[name]:
                if last is not None and described:
                    last.detail = join_text(last.detail or "", described)
                continue
            node = Node(
                "item",
                title,
                table.row_origin(index),
                detail=described or None,
                owner=(cells[owner] if owner is not None else "") or None,
            )
            node.from_table = True
            node.kpi = (cells[kpi] if kpi is not None else "") or None
            node.target = (cells[target] if target is not None else "") or None
            marked = sorted(y for i, y in years.items() if i < len(cells) and _MARKED.search(cells[i] or ""))
            if marked:
                node.schedule = (marked[0], marked[-1])
            elif schedule is not None and cells[schedule]:
                node.schedule_text = cells[schedule]
            parent: Node | None = current_group
            if category is not None and cells[category]:
                key = _unnumbered(cells[category])
                parent = groups.get(key)
                if parent is None:
                    parent = _group_node(key, table.row_origin(index))
                    groups[key] = parent
                    out.append(parent)
                current_group = parent
            elif category is not None and current_group is not None:
                parent = current_group  # a merged category cell read empty below its first row
            if parent is not None:
                parent.entries.append(node)
            else:
                out.append(node)
            last = node
    return out


def _place_numbered(stack: list[Node], node: Node, notes: list[str], block: Block) -> bool:
    """Put a heading without a declared level into the stack; False when it is not a heading."""
    key = node.key or "plain"
    value = node.marker.value if node.marker else None
    # (a 「（1）」 heading larger than the unnamed one it stands under is that one's section, not a floor above it)
    floor = max((i for i, n in enumerate(stack) if n.level is not None and not n.listed), default=0)
    while (
        key != "plain"
        and len(stack) - 1 > floor
        and stack[-1].marker is None
        and stack[-1].scale * 1.3 <= block.scale
        and not any(isinstance(e, Block) and e.kind == "paragraph" for e in stack[-1].entries)
    ):
        # 「施策の全体像」 set small over a table, then 「1　計画の基本事項」 set half as large again: an unnumbered heading
        # well smaller than the numbered one after it, with no text of its own, is not its section (an earlier set's
        # chapters all fell under it). Policies named in 10.5 pt over 「（1）…」 measures in 12 pt, each with its text,
        # stay over them (a hostile review).
        stack.pop()
    found = next((i for i in range(len(stack) - 1, floor, -1) if (stack[i].key or "plain") == key), None)
    if found is None:
        stack[-1].entries.append(node)
        stack.append(node)
        return True
    found_marker = stack[found].marker
    previous = found_marker.value if found_marker is not None else None
    if value is None or previous is None or value == previous + 1:
        del stack[found:]
        stack[-1].entries.append(node)
        stack.append(node)
        return True
    if value == 1 and not key.startswith("chapter"):
        # numbering starting again: a list of its own, one level down
        stack[-1].entries.append(node)
        stack.append(node)
        return True
    if previous + 1 < value <= previous + 3 and (block.bold or block.scale >= 1.15):
        # 「第1章 … 第4章」「(1) (3) (4)」 set as headings: a number skipped (a measure taken out in a revision,
        # chapters left out of an excerpt), the next sibling still — a figure's numbers are not set so
        del stack[found:]
        stack[-1].entries.append(node)
        stack.append(node)
        notes.append(f"番号が飛んでいますが、見出しとして読みました: {block.text[:40]}（{block.origin.label()}）")
        return True
    notes.append(
        f"番号が前後とつながらないため、見出しではなく本文（図や引用の文字）として扱いました: {block.text[:40]}（{block.origin.label()}）"
    )
    return False


_SYSTEM = re.compile(r"施策の?体系|体系図|取組の?体系")


def _mark_excluded(node: Node, in_plan: bool, notes: list[str], *, joined: bool = False) -> None:
    for child in node.entries:
        if not isinstance(child, Node) or child.kind != "heading":
            continue
        if (child.key or "").startswith("label:"):
            # 「基本方針5 動向を踏まえたデジタル化の推進」: a level of the plan is never background.
            _mark_excluded(child, True, notes, joined=joined)
            continue
        reason = "付録" if child.key == "appendix" else _exclusion(child.title, in_plan, joined=joined)
        if reason is None and not in_plan and _governs(child):
            reason = "推進体制"
        if reason is not None and _SYSTEM.search(_norm(child.title)) and any(n.from_table for n in _preorder(child)):
            # 「基本理念と施策体系」 with the 体系 as a table of measures: the plan's measures, listed — an
            # overview that a later chapter repeats (left out there), or their only list
            reason = None
        if reason is not None:
            child.excluded = reason
            if in_plan:
                # Inside a measure, figure text may carry the section's KPI table: keep the table.
                from dxcheck.importer.kpi import is_kpi_table

                node.entries.extend(b for b in child.walk_blocks() if b.kind == "table" and is_kpi_table(b))
            shown = f"{child.marker.shown} {child.title}" if child.marker and child.key != "appendix" else child.title
            notes.append(f"{reason}として除外しました: {shown.strip()}（{child.origin.label()}）")
            continue
        _mark_excluded(child, in_plan or any(w in _norm(child.title) for w in _PLAN_WORDS), notes, joined=joined)


def _say_kpi_tables_left(root: Node, policies: list[PolicyDraft], notes: list[str]) -> None:
    """A KPI table the draft holds nowhere (「第５章 成果指標」, 項目｜現状値｜目標値, after the measures: no
    measure's and no policy's) is said, so that its targets are added by hand where they belong."""
    from dxcheck.importer.kpi import is_kpi_table, parse_kpis

    def drafted(policy: PolicyDraft) -> Iterator[Block]:
        yield from policy.tables
        for measure in policy.measures:
            yield from measure.tables
        for sub in policy.policies:
            yield from drafted(sub)

    held = {id(t) for p in policies for t in drafted(p)}
    for table in root.walk_blocks():
        if table.kind != "table" or id(table) in held or not is_kpi_table(table):
            continue
        names = [k.name for k in parse_kpis(table)]
        if names:
            shown = "、".join(names[:3]) + (f" ほか {len(names) - 3} 件" if len(names) > 3 else "")
            notes.append(
                f"指標の表（{len(names)} 件: {shown}）はどの施策・方針にも付けられないため下書きに入れていません。"
                f"当てはまる施策の kpis に書き足してください（{table.origin.label()}）"
            )


def _governs(node: Node) -> bool:
    """A chapter such as 「計画の推進」「推進にあたって」 whose sections include 推進体制 or 進行管理: its
    other sections (外部との連携, 取組の点検) are how the plan is run, not measures."""
    if any(word in _norm(node.title) for word in _PLAN_WORDS) or _norm(node.title).endswith("計画"):
        # 「第２部 浅茅原町ＤＸ推進計画」: a plan of its own within the document, its 推進体制 one section of it
        return False
    sections = [u for u in node.units() if u.kind == "heading"]
    return any(_exclusion(u.title, False) == "推進体制" for u in sections)


# 【内容】【指標】【担当課】【スケジュール】: the parts of one measure, not a level of the plan.
_FIELD_LABELS = frozenset(
    [
        "内容",
        "取組内容",
        "取組の内容",
        "取組の方向",
        "取組の方向性",
        "本市の取組",
        "本町の取組",
        "本村の取組",
        "市の取組",
        "町の取組",
        "村の取組",
        "今後の取組",
        "主な取組",
        "主な取組内容",
        "具体的な取組",
        "具体的な取組内容",
        "事業内容",
        "事業概要",
        "概要",
        "指標",
        "成果指標",
        "評価指標",
        "KPI",
        "数値目標",
        "目標",
        "目標値",
        "担当",
        "担当課",
        "所管課",
        "担当部署",
        "関係課",
        "スケジュール",
        "工程",
        "工程表",
        "実施時期",
        "年次計画",
        "期待される効果",
        "効果",
    ]
)


# Row labels of a table that describes one measure (項目｜内容), besides the field labels above.
_ATTRIBUTE_LABELS = frozenset(
    ["担当課等", "関係部署", "実施主体", "対象", "期間", "実施期間", "目標年度", "現状", "現状値", "予算", "財源", "備考"]
)


def _field_label(text: str, *, background: bool = False) -> bool:
    """「【主な取組】」「〔KPI〕」: the bracketed name of a part of one measure; with `background`, also the part
    that states its problem (「【現状と課題】」: under a list item, the item's own, left out of its description
    where the item commits — _measure keeps only the committing paragraphs)."""
    marker = parse_marker(text)
    if marker is None or not marker.key.startswith("bracket"):
        return False
    label = _norm(marker.title).upper()
    return label in _FIELD_LABELS or (background and label in _BACKGROUND_LABELS)


_BACKGROUND_LABELS = frozenset(["現状と課題", "現状・課題", "現状", "課題", "背景", "現状及び課題"])


def _dissolve_field_labels(node: Node) -> None:
    """A bracketed field label (【内容】 with the text below it) gives its place to what it holds; so does a
    numbered section of a policy named for its list of measures or its indicators (「（4）主な取組」 over ■ items,
    「（3）成果指標」 over a table: a 総合計画's 施策 page, whose 施策 is the policy — a blind set's read its three
    施策 as the measures, each with its 主な取組 folded into its text)."""
    entries: list[Node | Block] = []
    page = any(isinstance(e, Node) and e.kind == "heading" and _norm(e.title) in _PAGE_SECTIONS for e in node.entries)
    for entry in node.entries:
        if isinstance(entry, Node):
            _dissolve_field_labels(entry)
            label = _norm(entry.title).upper()
            if (entry.key or "").startswith("bracket") and label in _FIELD_LABELS:
                entries.extend(entry.entries)
                continue
            if page and entry.kind == "heading" and entry.marker is not None and label in _POLICY_PARTS and _holds_its_part(entry, label):
                entries.extend(entry.entries)
                node.lists_measures = node.lists_measures or label in _POLICY_LISTS
                continue
            if page and entry.kind == "heading" and label in _POLICY_LISTS and not entry.units() and entry.blocks():
                # 「取組1　行政手続のオンライン化」 over （1）現状と課題 （2）主な取組, the latter only sentences (bullets that
                # say what is done): what the measure does, its own text — the document was refused (a hostile review's)
                entries.extend(entry.entries)
                continue
        entries.append(entry)
    node.entries = entries


# The parts of a 総合計画's 施策 page that hold its measures or their indicators (「（4）主な取組」「（3）成果指標」).
_POLICY_LISTS = frozenset(["主な取組", "主な取組内容", "具体的な取組", "具体的な取組内容", "主な事業", "主要な取組", "主要事業"])
_POLICY_PARTS = _POLICY_LISTS | frozenset(["成果指標", "評価指標", "数値目標"])
# …beside the sections that make it such a page (「（1）現状と課題」「（2）目指す姿」). Elsewhere 「３．具体的な取組」 is a
# chapter of its own, after 「２．基本方針」 (an earlier set's plan), and stays one.
_PAGE_SECTIONS = frozenset(["現状と課題", "現状", "課題", "目指す姿", "めざす姿", "成果指標", "施策の方向", "施策の方向性", "基本的な方向"])


_PART_NAMES = _FIELD_LABELS | _BACKGROUND_LABELS | _POLICY_LISTS


def _holds_its_part(node: Node, label: str) -> bool:
    """A list of measures holds two or more of them; indicators hold a table and no section."""
    if label in _POLICY_LISTS:
        return len(node.units()) >= 2
    return not node.units() and any(isinstance(e, Block) and e.kind == "table" for e in node.entries)


def _preorder(node: Node) -> list[Node]:
    out: list[Node] = []
    for unit in node.units():
        out.append(unit)
        out.extend(_preorder(unit))
    return out


def _size(nodes: list[Node]) -> int:
    return sum(1 + len(n.walk_blocks()) for n in nodes)


def _is_overview(
    section: Node, units: list[Node], keys: dict[int, str], others: list[Node], *, recap: bool = False, beside: bool = False
) -> bool:
    """A section that names, tersely, policies and measures that other sections hold with more under
    them: a 体系図, or the 基本方針 listed before the chapter of 取組 (`others`: the sections after
    it); with `recap`, a 取組スケジュール or summary table repeating them at the end (`others`: the
    sections before it; of two listings as rich, the first is the plan). Titles must be distinctive
    (three or more, not a level's name) and the section holds no table and at most one paragraph per
    entry, so that two policies with the same sub-headings are not taken for one. Two entries are
    enough only when both come back, each with measures under it — or, for a recap, when a section beside it
    was one already (`beside`: the last group of a 工程表 whose others were, 「地域のデジタル化」 with two
    measures, an earlier set's PDF read twice)."""
    titles = {keys[id(u)] for u in units if len(keys[id(u)]) >= 4 and not is_level_label(u.title)}
    if len(titles) < 2:
        return False
    blocks = section.walk_blocks()
    if any(b.kind == "table" for b in blocks) or sum(b.kind == "paragraph" for b in blocks) > len(units) + 1:
        return False
    again = [n for n in others if keys[id(n)] in titles]
    repeated = {keys[id(n)] for n in again}
    if len(titles) == 2 and (len(repeated) < 2 or not (beside or all(n.units() for n in again))):
        return False
    more, less = _size(again), _size([u for u in units if keys[id(u)] in repeated])
    return len(repeated) >= max(2, 0.6 * len(titles)) and (more >= less if recap else more > less)


def _listed_key(title: str) -> str:
    """A title as two listings of one plan share it: a table cell 「取組 1 電子申請サービスの充実」 and the heading
    「取組1　電子申請サービスの充実」 (read as 「電子申請サービスの充実」, its label a number) are one. Only a measure's
    label: a policy's (「基本方針1　暮らしを便利にするDX」) names the level, and an 概要版's list of the bare names
    is not the chapter (an earlier set's plan lost every measure when they were taken for one)."""
    title = title.lstrip("◆◇■□●○◎★☆▶►▸▷")  # 「◆取組9　…」「▶RPAの活用」 set with an ornament
    marker = parse_marker(title)
    if marker is not None and marker.title and marker.label in _MEASURE_LABELS and not marker.key.startswith("bracket"):
        return _norm(marker.title)
    return _norm(title)


def _mark_overviews(root: Node, notes: list[str]) -> list[Node]:
    """Overviews (see `_is_overview`) are left out, so that each policy and measure comes out once."""
    order = _preorder(root)
    keys = {id(n): _listed_key(n.title) for n in order}
    position = {id(n): i for i, n in enumerate(order)}
    where: dict[str, list[int]] = {}  # a title → where it stands, to find a recap's titles before it
    for index, n in enumerate(order):
        where.setdefault(keys[id(n)], []).append(index)
    found: list[Node] = []

    def visit(node: Node, ancestors: set[int]) -> None:
        recapped = False  # a section of this one was a recap already
        for child in node.units():
            # a list can be an overview too: a 概要 page's 「基本方針1 …」 items over ・ measures
            if child.kind != "heading" and not (child.kind == "item" and child.units() and node.kind == "root"):
                continue
            units = _preorder(child)
            start = position[id(child)]
            if len(units) >= 2 and _is_overview(child, units, keys, order[start + 1 + len(units) :]):
                child.excluded = "体系図"
                found.append(child)
                notes.append(f"後の章で繰り返される方針・施策の一覧（体系図）として除外しました: {child.title}（{child.origin.label()}）")
                continue
            titles = {keys[id(u)] for u in units}
            before = [order[i] for t in titles for i in where[t] if i < start and id(order[i]) not in ancestors]
            if len(units) >= 2 and _is_overview(child, units, keys, before, recap=True, beside=recapped):
                recapped = True
                child.excluded = "再掲の一覧"
                notes.append(f"前の章の方針・施策を繰り返す一覧（工程表など）として除外しました: {child.title}（{child.origin.label()}）")
                continue
            visit(child, ancestors | {id(child)})

    visit(root, set())
    return found


# Labels that name a plan's policies: 「基本方針１　便利な住民サービス」 is a policy by its own name.
_POLICY_LABELS = frozenset({"基本方針", "基本目標", "政策目標", "重点目標", "推進方針", "取組方針", "施策方針"})
_AIMS = "施策のない基本方針の一覧"


def _aim(node: Node) -> bool:
    """A heading labelled as a policy (基本方針２, 基本目標３) with no heading, item or table under it and
    a paragraph or two of what it aims at."""
    blocks = node.blocks()
    return (
        node.kind == "heading"
        and node.marker is not None
        and node.marker.label in _POLICY_LABELS
        and not node.units()
        and len(blocks) <= 2
        and all(b.kind == "paragraph" for b in blocks)
    )


# A section whose name says it holds the measures: 「第４章　取組と工程」「具体的な施策」「主な事業」.
_MEASURES_SECTION = re.compile(r"取組|取り組み|施策|事業|アクション|実施計画")


def _measure_places(node: Node, skip: Node, named: bool = False) -> int:
    """The rows of tables of measures, and the headings and items with text and nothing under them inside
    a section named for measures (`_MEASURES_SECTION`), outside `skip`: where the plan's measures stand.
    Not every leaf (a hostile try): bullets of 視点 under 「基本的な考え方」, the national 重点取組事項 quoted
    in background, a chapter whose sections were all left out, 「おわりに」 — none is a measure."""
    count = 0
    for unit in node.units():
        if unit is skip:
            continue
        inside = named or bool(_MEASURES_SECTION.search(unit.title))
        if unit.units():
            count += _measure_places(unit, skip, inside)
        elif unit.from_table or (inside and (unit.entries or unit.kind == "item")):
            count += 1
    return count


def _mark_aims(root: Node, notes: list[str]) -> None:
    """A chapter that names the plan's policies and what each aims at (「第３章　基本方針」 over 基本方針１–３,
    a sentence each), while the measures stand elsewhere (第４章's table of 取組 by 分野, whose names are
    not the policies'): its policies are not measures, and their aims (「…窓口を目指します」) are not
    commitments. Left out, with a note, only where the rest of the plan holds as many measures in the places
    measures stand (a table of measures, a section named for them); otherwise its policies stay, as before
    (a short plan whose 基本方針 each say what the town does)."""

    def visit(node: Node) -> None:
        _aims_of_the_groups(node, notes)
        for child in node.units():
            if child.kind != "heading":
                continue
            units = child.units()
            if len(units) >= 2 and all(_aim(u) for u in units) and _measure_places(root, child) >= len(units):
                child.excluded = _AIMS
                notes.append(f"{_AIMS}として除外しました: {child.title}（{child.origin.label()}）")
                continue
            visit(child)

    visit(root)


def _aims_of_the_groups(node: Node, notes: list[str]) -> None:
    """Policies named with their aims (「方針1　市民サービスの質の向上」 and a paragraph) beside a table of measures
    grouped by the same names: each aim is the description of its group, not a policy of its own with itself as
    its one measure (a blind set's plan read 13 measures for 10)."""
    groups = {_bare_key(u.title): u for u in node.units() if u.from_table and u.units()}
    if len(groups) < 2:
        return
    kept: list[Node | Block] = []
    for entry in node.entries:
        described = isinstance(entry, Node) and entry.kind == "heading" and not entry.units() and len(entry.blocks()) <= 2
        group = groups.get(_bare_key(entry.title)) if isinstance(entry, Node) and described else None
        if group is None or not isinstance(entry, Node):
            kept.append(entry)
            continue
        group.entries[:0] = entry.blocks()
        notes.append(f"方針「{entry.title}」の説明は、表の同じ名前の方針の説明としました（{entry.origin.label()}）")
    node.entries = kept


def _describe_from_overviews(policies: list[PolicyDraft], overviews: list[Node], notes: list[str]) -> None:
    """A policy without a description of its own takes the one its overview gives (第2章 lists each
    基本方針 with a sentence; 第3章 gives only its table of 取組)."""
    texts: dict[str, list[str]] = {}
    for overview in overviews:
        for unit in _preorder(overview):
            texts.setdefault(_norm(unit.title), _intro(unit))

    def visit(policy: PolicyDraft) -> None:
        if not policy.description and texts.get(_norm(policy.title)):
            policy.description = texts[_norm(policy.title)]
            notes.append(f"方針「{policy.title}」の説明は、前の章の一覧から取りました")
        for child in policy.policies:
            visit(child)

    for policy in policies:
        visit(policy)


def _dissolve_dividers(root: Node, notes: list[str]) -> None:
    """A heading without a number repeated in several sections, with headings under it, is a divider
    (〔情報化施策の方向性〕 under each 基本目標): its children take its place. Numbered headings are
    levels even when two have the same name."""
    counts: dict[str, int] = {}

    def count(node: Node) -> None:
        for child in node.units():
            if child.kind == "heading":
                counts[_norm(child.title)] = counts.get(_norm(child.title), 0) + 1
                count(child)

    count(root)
    repeated = {t for t, n in counts.items() if n >= 2}
    dissolved: set[str] = set()

    def dissolve(node: Node) -> None:
        entries: list[Node | Block] = []
        for entry in node.entries:
            if isinstance(entry, Node) and entry.excluded is None and entry.kind == "heading":
                dissolve(entry)
                unnumbered = entry.marker is None or entry.marker.value is None
                if unnumbered and _norm(entry.title) in repeated and entry.units():
                    dissolved.add(entry.title)
                    entries.extend(entry.entries)
                    continue
            entries.append(entry)
        node.entries = entries

    dissolve(root)
    for title in sorted(dissolved):
        notes.append(f"繰り返し現れる見出し「{title}」は区切りとして扱い、方針の階層にはしていません")


def _is_leaf(node: Node) -> bool:
    return not node.units()


def _measure_candidates(node: Node) -> list[Node]:
    return [u for u in node.units() if not (u.kind == "heading" and is_level_label(u.title))]


def _has_measures_below(node: Node) -> bool:
    candidates = _measure_candidates(node)
    return any(_is_leaf(u) for u in candidates) or any(_has_measures_below(u) for u in node.units())


def _is_prose(block: Block) -> bool:
    return block.kind == "paragraph" and (ends_sentence(block.text) or "。" in block.text) and len(block.text) >= 8


def _measure(node: Node, notes: list[str]) -> MeasureDraft:
    blocks = node.walk_blocks()
    prose = [b.text for b in blocks if _is_prose(b)]
    if node.kind == "item":
        title, rest = _split_item(node.title)
        prose = ([rest] if rest else []) + ([node.detail] if node.detail else []) + prose
    else:
        title = node.title
    tag = _TAG.search(title)
    if tag and tag.start() > 0:
        title = title[: tag.start()]
        notes.append(f"施策「{title}」の「{tag.group(0).strip()}」は印として施策名から外しました（{node.origin.label()}）")
    kept = [p for p in prose if commits(p)] or prose
    # 「・子育て関係手続のマイナポータル対応」: the lines under the measure say what it does, one a line
    # (not 「○現状と課題」「○主な取組」: the names of its parts, marked as list items); a number Word gives the list
    # (「1.」「(2)」「③」) is kept as it is (the fourth walkthrough: 1–3 had become 「・」)
    listed = [_listed(u) for u in node.units() if u.kind == "item" and _norm(u.title).upper() not in _PART_NAMES]
    if listed:
        # …after the sentence that announces it (「主な取組は次のとおりです。」), which commits to nothing and was left out,
        # and tells the reader whether the list is done, studied or put off
        # (only the one sentence that announces a list, standing right before it: a lead moved next to another list, or
        # one of two leads, read the list under the wrong one — a hostile review's)
        leads = [p for p in prose if _ANNOUNCES_LIST.search(p)]
        if len(leads) == 1 and prose[-1] is leads[0] and leads[0] not in kept:
            kept.append(leads[0])
        kept.append("\n".join(listed))
    folded = [u.title for u in node.units() if u.kind == "heading"]
    tables = [b for b in blocks if b.kind == "table"]
    return MeasureDraft(
        title,
        node.origin,
        kept,
        tables,
        folded,
        [b.text for b in blocks],
        node.owner,
        kpi=node.kpi,
        target=node.target,
        schedule=node.schedule,
        schedule_text=None if node.schedule else node.schedule_text,
        from_table=node.from_table,
        marker=node.marker if node.kind == "heading" else None,
    )


def _listed(unit: Node) -> str:
    """A list item as a line of a measure's description: its mark, or its number (「1.」「(2)」), then its text."""
    if unit.bullet and len(unit.bullet) == 1:
        return f"{unit.bullet}{unit.title}"
    shown = unit.marker.shown if unit.marker else (unit.bullet or "")
    if _LIST_NUMBER.fullmatch(shown):
        return f"{shown}\u3000{unit.title}"  # 「1.　2025年度…」, not 「1.2025年度」 (a hostile review's)
    return f"・{unit.title}"


# A list's own number as Word or the text gives it: 「1.」「(2)」「（３）」「4)」
_LIST_NUMBER = re.compile(r"[(（]?[0-9０-９]{1,2}[)）.．]")
# A sentence that announces the list after it (「主な取組は次のとおりです。」「以下の取組を進めます。」)
_ANNOUNCES_LIST = re.compile(r"(?:次|以下|下記)の(?:とおり|通り)|(?:次|以下|下記)に(?:掲げる|示す)|(?:次|以下)の(?:取組|事項|事業)")


# 「オンライン申請の拡大【重点】」: a mark the plan puts on some measures (重点, 新規, 拡充, 再掲), not their name.
_TAG = re.compile(r"[\s　]*[【［〔]([^】］〕]{1,4})[】］〕]$")


def _split_item(text: str) -> tuple[str, str]:
    """An item 「窓口のオンライン化：…を進めます。」: a short head before a colon is the title."""
    match = re.match(r"^(.{2,40}?)[：:]\s*(.+)$", text)
    if match and ("。" in match.group(2) or len(match.group(2)) > 20):
        return match.group(1).strip(), match.group(2).strip()
    return text, ""


def _intro(node: Node) -> list[str]:
    out: list[str] = []
    for entry in node.entries:
        if isinstance(entry, Node):
            if entry.excluded is None:
                break
            continue
        if _is_prose(entry):
            out.append(entry.text)
    return out


# 「5-1. 市民サービスのデジタル化（基本方針1）」: the level the 体系図 gives the section, not its name.
_LEVEL_TAG = re.compile(rf"[\s　]*[(（]({'|'.join(LEVEL_LABELS)})[\s　]*[0-9０-９一二三四五六七八九十ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+[)）]$")


def _policy(node: Node, notes: list[str], *, top: bool = False) -> PolicyDraft:
    level = node.marker.label if node.marker and node.key and node.key.startswith("label:") else None
    title = node.title
    tag = _LEVEL_TAG.search(title)
    if tag and tag.start() > 0:
        title, level = title[: tag.start()], level or tag.group(1)
        notes.append(f"方針「{title}」の「{tag.group(0).strip()}」は階層の名前として方針名から外しました（{node.origin.label()}）")
    tables = [b for b in node.blocks() if b.kind == "table"]
    draft = PolicyDraft(title, node.origin, level, _intro(node), tables)
    if _one_commitment(node):
        draft.measures.append(_measure(node, notes))
        notes.append(
            f"「{node.title}」は下位の施策がなく本文が取組を述べているため、同じ名前の施策を1件置きました（{node.origin.label()}）"
        )
        return draft
    candidates = _measure_candidates(node)
    # A top-level section named for a subject (「村民サービスのデジタル化」), not a chapter or a part of
    # the plan (「第3章」「施策の展開」), is a policy: its sub-sections that describe themselves are measures.
    subject = top and not (node.key or "").startswith("chapter") and not _structural(node.title) and not is_level_label(node.title)
    leaves = [
        u
        for u in candidates
        if not u.lists_measures and (_is_leaf(u) or _named_measure(u) or _described_measure(u, node, under_policy=subject))
    ]
    if candidates and len(leaves) * 2 > len(candidates):
        for unit in candidates:
            draft.measures.append(_measure(unit, notes))
            if not _is_leaf(unit):
                headings = [u for u in unit.units() if u.kind == "heading"]
                items = len(unit.units()) - len(headings)
                parts = []
                if headings:
                    parts.append("見出し " + "・".join((u.marker.shown if u.marker else "") + u.title[:12] for u in headings))
                if items:
                    parts.append(f"箇条書き {items} 件")
                notes.append(f"施策「{unit.title}」の下の{'、'.join(parts)}は、施策の説明にまとめました（{unit.origin.label()}）")
        for unit in node.units():
            if unit not in candidates:
                draft.policies.append(_policy(unit, notes))
        return draft
    for unit in node.units():
        draft.policies.append(_policy(unit, notes))
    return draft


# The names plans give the level of their measures: 「【施策１】…」「取組3 …」「事業②」.
_MEASURE_LABELS = ("施策", "取組", "事業", "主な取組", "具体的な取組", "具体的施策", "個別施策", "実施事業", "重点取組", "アクション")


def _named_measure(node: Node) -> bool:
    """A heading the plan names as a measure (「【施策１】オンライン申請の拡充」) whose own entries are
    not named measures: its bullets and sub-items are what it does (活動), described in it, not
    measures of their own."""
    if node.kind != "heading" or not node.key or not node.key.startswith("label:") or node.marker is None:
        return False
    if node.marker.label not in _MEASURE_LABELS:
        return False
    if _titles_only(node):
        return False  # 「施策1-1 手続のオンライン化」 over ・ lines and nothing else: a level over its 取組
    if sum(1 for u in node.units() if _extends_number(node, u)) >= 2:
        return False  # 「施策1-1　手続のデジタル化」 over 「1-1-1　…」「1-1-2　…」: numbered under it, its 取組 (a blind set's)
    return not any(_named_level(u) for u in node.units())


def _extends_number(node: Node, unit: Node) -> bool:
    """Whether a heading's number goes on from its parent's (「施策1-1」 ▸ 「1-1-1」, 「施策１－１」 ▸ 「1-1-2」)."""
    if node.marker is None or unit.marker is None or unit.kind != "heading":
        return False
    digits = re.sub(r"[^0-9]+", "-", unicodedata.normalize("NFKC", node.marker.shown)).strip("-")
    below = re.sub(r"[^0-9]+", "-", unicodedata.normalize("NFKC", unit.marker.shown)).strip("-")
    return bool(digits) and below.startswith(digits + "-")


def _titles_only(node: Node) -> bool:
    """A heading with no text of its own over two or more bare lines, each a short name with nothing
    under it (「・子育て・介護関係手続のオンライン化」「・施設予約システムの更新」): a level of the plan over
    the measures it lists (施策 ▸ 取組), not one measure and its activities."""
    units = node.units()
    return (
        len(units) >= 2
        and not any(_is_prose(b) or b.kind == "table" for b in node.walk_blocks())
        and all(u.kind == "item" and _is_leaf(u) and not u.detail and "。" not in u.title and len(u.title) <= 40 for u in units)
    )


def _described_measure(node: Node, parent: Node, *, under_policy: bool = False) -> bool:
    """Under a policy the plan names (基本方針2, 基本目標１), a numbered heading that says what it does in
    a paragraph of its own, over short lines with no levels of their own (①②③, ア・イ — 「子育て関係
    手続のマイナポータル対応」 …): the heading is the measure, the lines its activities. Directly under the
    named policy, such lines are its measures (柱１ ▸ ①). Under a section already read as a top-level
    policy (`under_policy`), the policy need not be named: its sub-sections so written are measures."""
    named = parent.key and parent.key.startswith("label:") and parent.marker is not None and parent.marker.label not in _MEASURE_LABELS
    if not (named or under_policy):
        return False
    if _named_level(node):
        return False
    if node.kind == "heading" and node.marker is None:
        return False
    if node.kind == "item" and not node.bullet:
        return False  # 「■ オンライン申請の拡大」 with its paragraph over 「・」 lines: marked, as a heading is numbered
    units = node.units()
    described = any(commits(p) for p in _intro(node))
    return (
        described
        and len(units) >= 1
        and all(_is_leaf(u) and not _named_level(u) and "。" not in u.title and len(u.title) <= 40 for u in units)
    )


def _named_level(node: Node) -> bool:
    return bool(node.key and node.key.startswith("label:"))


def _one_commitment(node: Node) -> bool:
    """A section with no sub-items whose text commits (「（３）規制の点検・見直し」 with one paragraph,
    among sections that have ア・イ): it is one measure of its own name."""
    return node.kind == "heading" and _is_leaf(node) and any(commits(p) for p in _intro(node))


# The words a section uses to name a part of the plan rather than a subject (「方針ごとの施策」
# 「施策の展開」「分野別の取組」「施策の考え方」): such a section groups the policies, it is none.
_STRUCTURE_WORDS = re.compile(
    r"(?:基本方針|基本目標|方針|目標|施策|取組み?|取り組み|事業|分野|体系|展開|内容|一覧|考え方|方向性?|推進|具体的な|主な|各|"
    r"ごと|別|の|と|及び|および|・)+"
)


def _structural(title: str) -> bool:
    """A title made only of the words that name the plan's parts (「方針ごとの施策」「施策の展開」)."""
    core = re.sub(r"[\s　]", "", _norm(title))
    return bool(core) and _STRUCTURE_WORDS.fullmatch(core) is not None


def _top_policies(root: Node) -> list[Node]:
    """The nodes that become the plan's top-level policies: containers that only group them are dissolved."""
    level = [u for u in root.units() if _has_measures_below(u) or (u.kind == "heading" and _intro(u))]
    while True:
        expanded: list[Node] = []
        changed = False
        for node in level:
            kids = [k for k in node.units() if not (_is_leaf(k) and is_level_label(k.title))]
            # 「■基本方針１ …」 items are levels of the plan as headings are.
            levels = all(k.kind == "heading" or (k.key or "").startswith("label:") for k in kids)
            # A section that is one commitment stands among groups as one (第3章 （１）ア・イ …（３）本文のみ).
            groups = [k for k in kids if not _is_leaf(k) and not _named_measure(k) and not _described_measure(k, node)]
            groups_only = bool(groups) and all(k in groups or _one_commitment(k) for k in kids) and levels
            label_of_kids = {k.marker.label for k in kids if k.marker and k.marker.label}
            dissolve = groups_only and (
                (node.key or "").startswith("chapter")
                or sum(1 for n in level if _has_measures_below(n) or _one_commitment(n)) == 1
                or is_level_label(node.title)
                or _structural(node.title)
                or any(label and label in node.title for label in label_of_kids)
            )
            if dissolve:
                expanded.extend(k for k in node.units() if _has_measures_below(k) or _intro(k))
                changed = True
            else:
                expanded.append(node)
        level = expanded
        if not changed:
            return level


def _within_named_levels(tops: list[Node], notes: list[str]) -> list[Node]:
    """Where the plan names its levels (方針1, 基本方針2 …) and holds its measures under them, a section
    outside all of them (「3. 基本的な考え方」 with its 視点 as bullets) is no policy: a note says so."""
    holding = [t for t in tops if _has_measures_below(t) or _one_commitment(t)]
    named = [t for t in holding if _is_named(t) or any(_is_named(u) for u in _preorder(t))]
    if len(named) < 2:
        return tops
    # 「⑾ ⑿」 in a later section after 「⑴…⑽」 under the named levels: the same list of measures, numbered on
    last: dict[str | None, int] = {}
    for unit in (u for t in named for u in _preorder(t)):
        if _is_leaf(unit) and unit.marker is not None and unit.marker.value is not None:
            last[unit.key] = unit.marker.value
    named_ids = {id(t) for t in named}
    for node in holding:
        if id(node) in named_ids:
            continue
        leaves = [u for u in _preorder(node) if _is_leaf(u) and u.key in last and u.marker is not None and u.marker.value is not None]
        if leaves and leaves[0].marker is not None and leaves[0].marker.value == last[leaves[0].key] + 1:
            named_ids.add(id(node))
    # By identity: `in` on the lists compared nodes field by field, quadratic in a document of 10,000 sections.
    holding_ids = {id(t) for t in holding}
    for node in holding:
        if id(node) not in named_ids:
            notes.append(
                f"「{node.title}」は名前の付いた階層（基本方針など）の外にあるため、施策として読みませんでした（{node.origin.label()}）"
            )
    return [t for t in tops if id(t) in named_ids or id(t) not in holding_ids]


def _without_approach(tops: list[Node], notes: list[str]) -> list[Node]:
    """A section named only for the plan's parts (「施策の考え方」「施策の展開」) with prose and no
    measure of its own, beside sections that hold measures: how the measures are arranged, said
    in prose, is not a commitment of its own name."""
    if not any(_has_measures_below(t) for t in tops):
        return tops
    kept = []
    for node in tops:
        if _structural(node.title) and not _has_measures_below(node):
            notes.append(f"「{node.title}」は施策の並べ方を述べる節のため、方針・施策として読みませんでした（{node.origin.label()}）")
            continue
        kept.append(node)
    return kept


def _is_named(node: Node) -> bool:
    return (node.key or "").startswith("label:")


def _describe_from_tables(policies: list[PolicyDraft], blocks: list[Block], notes: list[str]) -> None:
    """A policy without a description of its own, named in a table row (「1 | ICT 利活用による… |
    ICT のデジタル技術を導入して…取り組みます。」): the row's prose is its description."""
    rows = [(row, b) for b in blocks if b.kind == "table" for row in b.rows]

    def visit(policy: PolicyDraft) -> None:
        if not policy.description:
            key = _norm(policy.title)
            for row, table in rows:
                if any(_norm(c) == key for c in row):
                    prose = [c.strip() for c in row if "。" in c and _norm(c) != key]
                    if prose:
                        policy.description = [max(prose, key=len)]
                        notes.append(f"方針「{policy.title}」の説明は表（{table.origin.label()}）の行から取りました")
                        break
        for child in policy.policies:
            visit(child)

    for policy in policies:
        visit(policy)


def infer_structure(blocks: list[Block], title: str | None) -> Structure:
    """The plan's policies and measures, found in the blocks."""
    structure = _infer(blocks, title, joined=False)
    if not any(_all_measures(p) for p in structure.policies):
        # every measure stood in a chapter left out for its first word (「第3章　基本理念と施策」): read it part by part
        again = _infer(blocks, title, joined=True)
        if any(_all_measures(p) for p in again.policies):
            return again
    return structure


def _infer(blocks: list[Block], title: str | None, *, joined: bool) -> Structure:
    notes: list[str] = []
    unfollowed: list[Marker] = []
    prepared = _owned_title_lines(_tabbed_tables(_numbered_measure_lines(_labelled_lines(_spaced_contents_title(blocks)))))
    root = build_tree(_bilingual_tables(_continued_tables(prepared), notes), title, notes, unfollowed)
    _dissolve_field_labels(root)
    _mark_excluded(root, False, notes, joined=joined)
    named_part = _only_the_named_part(root, blocks, notes)
    _measures_from_appendix(root, notes)
    overviews = _mark_overviews(root, notes)
    _mark_aims(root, notes)
    _dissolve_dividers(root, notes)
    tops = _without_approach(_within_named_levels(_top_policies(root), notes), notes)
    policies = _without_recaps(
        [_policy(node, notes, top=True) for node in tops if _has_measures_below(node) or _one_commitment(node)], notes
    )
    _without_repeats_and_done(policies, notes)
    _say_kpi_tables_left(root, policies, notes)
    _describe_from_overviews(policies, overviews, notes)
    _describe_from_tables(policies, blocks, notes)
    placed = _placed_texts(policies)
    committing = [b for b in root.walk_blocks() if _is_prose(b) and commits(b.text)]
    unplaced = [b for b in committing if _norm(b.text) not in placed]
    read = {_bare_title(m.title) for p in policies for m in _all_measures(p)}
    whole = title is not None and _COMPREHENSIVE.search(_norm(title)) is not None and _DIGITAL_TITLE.search(_norm(title)) is None
    comprehensive = title if whole and not named_part and len(policies) >= 2 else None
    return Structure(policies, notes, _excluded_sections(root, read), unplaced, len(committing) - len(unplaced), comprehensive, unfollowed)


# 「本計画の第５章「デジタル化の推進」は、…「鶯原市官民データ活用推進計画」として位置づけ…」: a document
# (a 総合計画) that says which of its parts is the digital plan.
_PART_IS_PLAN = re.compile(
    r"(第[0-9一二三四五六七八九十]{1,3}[章部編])(?:「([^」]{2,40})」)?[^。]{0,30}?[をは][^。]{0,80}?"
    r"(?:計画|戦略)[」』]?(?:として|と)(?:位置づけ|位置付け|位置づける|位置付ける|する|します|定め)"
)


def _only_the_named_part(root: Node, blocks: list[Block], notes: list[str]) -> bool:
    """A document that says one of its parts is the digital plan (a 総合計画 whose 第５章 is the town's
    官民データ活用推進計画): the measures of its other parts (道路, 福祉, 行財政運営) are not the plan's."""
    named: Node | None = None
    for block in blocks:  # the sentence stands in 計画の概要, a part left out as background
        if block.kind != "paragraph":
            continue
        found = _PART_IS_PLAN.search(_norm(block.text))
        if found is None:
            continue
        part, title = found.group(1), found.group(2)
        for node in _preorder(root):
            if node.kind != "heading" or node.excluded is not None:
                continue
            shown = _norm(node.marker.shown) if node.marker else ""
            heading = _norm(node.title)
            if (shown == part or heading.startswith(part)) and (title is None or title in heading):
                named = node
                break
        if named is not None:
            break
    if named is None or not _has_measures_below(named):
        return False
    path: list[Node] = []

    def find(node: Node) -> bool:
        if node is named:
            return True
        for unit in node.units():
            if find(unit):
                path.append(node)
                return True
        return False

    if not find(root):
        return False
    for parent in path:
        for unit in parent.units():
            if unit is named or unit in path or unit.kind != "heading" or not _has_measures_below(unit):
                continue
            unit.excluded = "計画とされた章の外"
            shown = f"{unit.marker.shown} {unit.title}" if unit.marker else unit.title
            notes.append(
                f"文書が「{named.title}」を計画と位置づけているため、その外の「{shown.strip()}」の施策は読みませんでした（{unit.origin.label()}）"
            )
    return True


# A document that is a town's whole plan, of which a digital plan is usually one part.
_COMPREHENSIVE = re.compile(r"総合計画|総合振興計画|総合戦略")
_DIGITAL_TITLE = re.compile(r"情報化|デジタル|DX|ICT|IT|官民データ|情報通信|スマート")


# Lines that may stand between a table and its continuation on the next page: a running header or
# footer, a page number (「松籟台町ＤＸ推進計画」「- 4 -」), not a heading of the plan.
_BETWEEN_PAGES_CHARS = 40


# 「デジタル手続の推進⇥所管：市民課・各課」: a measure's name and its office on one line, the first line of a box drawn
# with paragraph borders (no heading, bold, number or table marks it: a blind set's plan, 2 of 11 read in Word, none in
# the PDF, where each box's lines ran into the next box's as rows of one table).
_OWNED = re.compile(r"^(?P<title>[^\t。]{2,60}?)(?:\t+|[ 　]{2,})(?P<label>所管課?|担当課?)[：:][ 　]*(?P<owner>\S.{0,40})$")
_OWNER_CELL = re.compile(r"^(所管課?|担当課?)[：:][ 　]*(\S.{0,40})$")


def _owned_title_lines(blocks: list[Block]) -> list[Block]:
    """Where three or more lines (or a PDF's table rows) give a name and 「所管：…」 alone, each is a measure's heading
    followed by its office; a PDF's table of such boxes is taken apart into its rows (a name and its office, a level's
    label and name, a field such as 【目標】)."""

    def owned_row(cells: list[str]) -> bool:
        return len(cells) == 2 and 2 <= len(cells[0]) <= 40 and "。" not in cells[0] and _OWNER_CELL.match(cells[1]) is not None

    def cells_of(row: list[str]) -> list[str]:
        return [c.strip() for c in row if c.strip()]

    def owned_line(index: int) -> re.Match[str] | None:
        # a box's first line stands alone, its text after it: lines of 「名前⇥所管：…」 one after another are a list
        # inside a measure (標準化の対象業務 and their offices), not measures (a hostile review's)
        block = blocks[index]
        if block.kind not in ("paragraph", "heading") or (found := _OWNED.match(block.text)) is None:
            return None
        neighbours = [blocks[i] for i in (index - 1, index + 1) if 0 <= i < len(blocks)]
        if any(b.kind in ("paragraph", "heading") and _OWNED.match(b.text) for b in neighbours):
            return None
        return found

    owned = {i: found for i in range(len(blocks)) if (found := owned_line(i)) is not None}
    rows = sum(1 for b in blocks if b.kind == "table" for r in b.rows if owned_row(cells_of(r)))
    if len(owned) + rows < 3:
        return blocks
    scales = [
        b.scale for b in blocks if b.kind == "heading" and (m := parse_marker(b.text)) is not None and (m.key or "").startswith("label:")
    ]
    level_scale = max(scales, default=1.25)
    name_scale = max(1.1, min(level_scale - 0.1, 1.15))
    out: list[Block] = []
    for index, block in enumerate(blocks):
        found = owned.get(index)
        if found is not None:
            # said as 「担当：…」, the office the draft takes for the measure's owner (a 「所管：」 line elsewhere is no owner:
            # inside a measure it may list the offices of the 業務 it is about)
            office = replace(block, kind="paragraph", level=None, text=f"担当：{found['owner'].strip()}", bold=False, scale=1.0)
            if block.kind == "heading" and block.level is not None:
                # a heading Word declares (「基本方針１　…⇥所管：住民課」) keeps its level: only its name is taken apart
                out += [replace(block, text=found["title"].strip()), office]
                continue
            out.append(replace(block, kind="heading", level=None, text=found["title"].strip(), scale=max(block.scale, name_scale)))
            out.append(office)
            continue
        if block.kind != "table" or not any(owned_row(cells_of(r)) for r in block.rows):
            out.append(block)
            continue
        for index, row in enumerate(block.rows):
            cells = cells_of(row)
            if not cells:
                continue
            origin = block.row_origins[index] if index < len(block.row_origins) else block.origin
            part = replace(block, rows=[], row_origins=[], origin=origin, level=None, bold=False)
            if owned_row(cells):
                out.append(replace(part, kind="heading", text=cells[0], scale=name_scale))
                out.append(replace(part, kind="paragraph", text="担当：" + _OWNER_CELL.sub(r"\2", cells[1]), scale=1.0))
            elif (
                len(cells) == 2
                and (marker := parse_marker(f"{cells[0]}　{cells[1]}")) is not None
                and (marker.key or "").startswith("label:")
            ):
                out.append(replace(part, kind="heading", text=f"{cells[0]}　{cells[1]}", scale=level_scale))
            else:
                out.append(replace(part, kind="paragraph", text="　".join(cells), scale=1.0))
    return out


def _labelled_lines(blocks: list[Block]) -> list[Block]:
    """「【スケジュール】R8：検討　R9：試行　R10：実施」: a line of one measure's part, its pieces spaced apart, which a
    PDF's reader takes for a table of one row — a paragraph, as the same line in the Word file is (a blind set's PDF
    lost the measure's text above it)."""
    out: list[Block] = []
    for block in blocks:
        if block.kind == "table" and len(block.rows) == 1 and block.rows[0] and _field_label(_label_of(block.rows[0][0])):
            text = "　".join(cell.strip() for cell in block.rows[0] if cell.strip())
            block = replace(block, kind="paragraph", text=text, rows=[], row_origins=[])
        out.append(block)
    return out


# 「1．【拡充】電子申請の拡大　町民の利用が多い手続を…とします。（担当：総務課）」: a 実施計画's measure in one paragraph —
# its number, its kind (新規・拡充・継続), its name, a full-width space, what is done, and the office in brackets
_MEASURE_LINE = re.compile(
    r"^\s*([0-9０-９]{1,3}[．.])\s*(【(?:新規|拡充|継続|重点|再掲|充実|改善|見直し)】)?\s*([^　。、\n]{2,40}?)(?:　|\s{2,})\s*(\S.*)$", re.S
)
_OWNER_END = re.compile(r"[（(](?:担当|所管|担当課)[：:][^）)]{1,40}[）)]\s*$")


def _numbered_measure_lines(blocks: list[Block]) -> list[Block]:
    """Measures written one to a paragraph, 「1．【拡充】名前　何をするか。（担当：…課）」 (a blind set's 実施計画 read none
    of its 16): each an item of the list, then its text — where three or more such lines, each with its kind
    or its office, make the list. A PDF that reads the gap after the name as a table's column, or runs the text on to the
    next line, gives the same."""
    work: list[Block] = []
    for block in blocks:
        if block.kind == "table" and len(block.rows) == 1 and _MEASURE_LINE.match("　".join(block.rows[0])):
            block = replace(block, kind="paragraph", text="　".join(c.strip() for c in block.rows[0] if c.strip()), rows=[], row_origins=[])
        work.append(block)

    def listed(found: re.Match[str] | None) -> bool:
        return found is not None and bool(found.group(2) or _OWNER_END.search(found.group(4)))

    def candidate(block: Block) -> re.Match[str] | None:
        # a paragraph; or a PDF's line taken for a heading by its bold name, in the body's size and with its kind 【…】 —
        # never a heading of the document's own (「１．行政サービスのデジタル化　～いつでもどこでも手続を～」, a hostile review's)
        if block.kind == "paragraph" or (block.kind == "heading" and block.level is None and block.scale <= 1.05):
            found = _MEASURE_LINE.match(block.text)
            if found is not None and (block.kind == "paragraph" or found.group(2)):
                return found
        return None

    if sum(1 for b in work if listed(candidate(b))) < 3:
        return blocks
    out: list[Block] = []
    index = 0
    while index < len(work):
        block = work[index]
        index += 1
        found = candidate(block)
        if found is None or (not listed(found) and not _runs_on(found.group(4))):
            out.append(block)
            continue
        text, taken = found.group(4).strip(), index
        # the text run on to the next block (a PDF's next line): joined, up to the office in brackets — never into the next
        # measure's line (a line ending in a noun, 体言止め, with no office after it)
        while _runs_on(text) and taken < len(work) and work[taken].kind == "paragraph" and candidate(work[taken]) is None:
            text += work[taken].text.strip()
            taken += 1
        if taken < len(work) and work[taken].kind == "paragraph" and _OWNER_END.fullmatch(work[taken].text.strip()):
            text += work[taken].text.strip()  # 「（担当：戸籍住民課）」 on a line of its own
            taken += 1
        if not (found.group(2) or _OWNER_END.search(text)):
            out.append(block)
            continue
        index = taken
        # an item of the list, not a numbered heading: its 「1．」 would be read with the policies' 「１．」 (a hostile review's)
        out.append(Block("item", found.group(3).strip(), block.origin, bullet="・"))
        out.append(Block("paragraph", text, block.origin))
    return out


_CONTENT_LINE = re.compile(r"^(?:内容|概要|取組内容)[：:]\s*")


def _tabbed_tables(blocks: list[Block]) -> list[Block]:
    """A table set with tab stops, no table object (「取組名⇥担当課⇥実施年度」, then 「電子申請の導入⇥総務課⇥R8～R10」 a
    line each, perhaps with 「内容：…」 under each row): a table, as a table of measures would be read (a blind set's read
    each line, tabs and all, as a measure's title). Only under a header whose first cell names the measures."""
    out: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        index += 1
        header = [cell.strip() for cell in block.text.split("\t") if cell.strip()] if block.kind in ("heading", "paragraph", "item") else []
        if len(header) < 2 or not _NAME_COLUMN.match(_norm(header[0])):
            out.append(block)
            continue
        rows: list[list[str]] = []
        origins: list[Origin] = [block.origin]
        start = index
        while index < len(blocks) and blocks[index].kind in ("heading", "paragraph", "item"):
            # (cells set apart by two tabs leave an empty one between: not a cell)
            cells = [cell.strip() for cell in blocks[index].text.split("\t") if cell.strip()]
            if len(cells) == len(header) and "\t" in blocks[index].text:
                rows.append([*cells, ""])
                origins.append(blocks[index].origin)
            elif len(cells) == 1 and rows and _CONTENT_LINE.match(cells[0]):
                rows[-1][-1] = join_text(rows[-1][-1], _CONTENT_LINE.sub("", cells[0]))
            elif len(cells) == 1 and rows and rows[-1][-1] and blocks[index].kind == "paragraph" and not ends_sentence(rows[-1][-1]):
                rows[-1][-1] = join_text(rows[-1][-1], cells[0])  # 「内容：…」 run on to the next line
            else:
                break
            index += 1
        if not rows:
            out.append(block)
            index = start
            continue
        table = [[*header, "内容"], *rows]
        text = "\n".join("\t".join(row) for row in table)
        out.append(Block("table", text, block.origin, rows=table, row_origins=origins))
    return out


def _runs_on(text: str) -> bool:
    """Whether a measure's line stops short of its end (no office in brackets, no full stop)."""
    return not _OWNER_END.search(text) and not text.rstrip().endswith("。")


def _label_of(cell: str) -> str:
    """The bracketed label a cell opens with (「【スケジュール】」 of 「【スケジュール】R8：検討」), or ''."""
    found = re.match(r"\s*([【〔［\[][^】〕］\]]{1,12}[】〕］\]])", cell)
    return found.group(1) if found else ""


def _continued_tables(blocks: list[Block]) -> list[Block]:
    """A table that runs on to the next page and repeats its header row there (Word's 「タイトル行の繰り
    返し」, a browser's <thead>) is read by a PDF reader as two tables: one table, so that its rows after
    the page break are rows of measures too and not headings of their own. Running headers and page
    numbers between the two parts are kept after it."""
    out: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        index += 1
        if block.kind != "table" or not block.rows:
            out.append(block)
            continue
        table = block
        trailing: list[Block] = []
        while True:
            between: list[Block] = []
            ahead = index
            while ahead < len(blocks) and len(between) < 3:
                candidate = blocks[ahead]
                if candidate.kind == "table":
                    break
                if candidate.kind == "item" or len(candidate.text.strip()) > _BETWEEN_PAGES_CHARS or parse_marker(candidate.text):
                    ahead = len(blocks)
                    break
                between.append(candidate)
                ahead += 1
            if ahead >= len(blocks):
                break
            after = blocks[ahead]
            page, next_page = table.row_origin(len(table.rows) - 1).page, after.origin.page
            same_header = after.rows and [_norm(c) for c in after.rows[0]] == [_norm(c) for c in table.rows[0]]
            if not (same_header and page is not None and next_page is not None and next_page - page == 1) or _labelled_card(after):
                break  # (施策シート one to a page, each opening with its 基本方針 row: sheets, not a table's parts)
            origins = [table.row_origin(i) for i in range(len(table.rows))]
            origins += [after.row_origin(i) for i in range(1, len(after.rows))]
            rows = table.rows + after.rows[1:]
            table = Block(
                "table",
                "\n".join("\t".join(row) for row in rows),
                table.origin,
                level=table.level,
                rows=rows,
                row_origins=origins,
            )
            trailing.extend(between)
            index = ahead + 1
        out.append(table)
        out.extend(trailing)
    return out


_LATIN = re.compile(r"[A-Za-z]")
_KANA_KANJI = re.compile(r"[\u3041-\u30ff\u4e00-\u9fff]")
# 「基本方針1　多様な市民にやさしい行政サービス　／　Basic Policy 1 …」: a title and its translation in one cell
_TRANSLATED = re.compile(r"[\s　]*[／/|｜][\s　]*[A-Za-z].*$", re.S)


def _latin_share(text: str) -> float:
    letters = len(_LATIN.findall(text)) + len(_KANA_KANJI.findall(text))
    return len(_LATIN.findall(text)) / letters if letters else 0.0


def _bilingual_tables(blocks: list[Block], notes: list[str]) -> list[Block]:
    """A plan written in two languages side by side (日本語｜English, a city with many foreign residents):
    a table whose last column is in English beside Japanese, row by row, is its Japanese read as text —
    a cell's first line a heading (「(1) 多言語対応のオンライン申請」), its other lines the text; a row
    「１｜計画の概要｜Outline of the Plan」 the heading 「１　計画の概要」. Read as a table, every heading
    stood in a cell beside its translation and the plan was refused."""
    out: list[Block] = []
    for block in blocks:
        rows = [[c for c in r] for r in block.rows if any(c.strip() for c in r)] if block.kind == "table" else []
        pairs = [r for r in rows if len(r) >= 2 and r[-1].strip() and any(c.strip() for c in r[:-1])]
        bilingual = bool(pairs) and all(
            _latin_share(r[-1]) > 0.8 and all(_latin_share(c) < 0.3 for c in r[:-1] if c.strip()) for r in pairs
        )
        if not bilingual:
            out.append(block)
            continue
        notes.append(f"日本語と英語を並べた表は、日本語を本文として読みました（{block.origin.label()}）")
        for index, row in enumerate(rows):
            japanese = [c.strip() for c in (row[:-1] if len(row) >= 2 else row) if c.strip()]
            cell = _TRANSLATED.sub("", "　".join(japanese)).strip()
            if not cell or _norm(cell) in ("日本語", "和文", "本文"):
                continue
            origin = block.row_origin(index)
            first, *rest = cell.split("\n")
            kind: BlockKind = "heading" if parse_marker(first) is not None and "。" not in first else "paragraph"
            out.append(Block(kind, first.strip(), origin))
            out.extend(Block("paragraph", line.strip(), origin) for line in rest if line.strip())
    return out


def _spaced_contents_title(blocks: list[Block]) -> list[Block]:
    """「目　　次」 set with its letters far apart, read as two headings 「目」「次」 (in either order, when a
    browser's PDF puts the second a hair higher): one heading 「目次」, so that its entries are known."""
    out: list[Block] = []
    for block in blocks:
        previous = out[-1] if out else None
        pair = {_norm(block.text), _norm(previous.text)} if previous is not None else set()
        if (
            previous is not None
            and block.kind == previous.kind == "heading"
            and pair == {"目", "次"}
            and block.origin.page == previous.origin.page
        ):
            out[-1] = Block("heading", "目次", previous.origin, level=previous.level, bold=previous.bold, scale=previous.scale)
            continue
        out.append(block)
    return out


def _bare_title(title: str) -> str:
    marker = parse_marker(title)
    return _norm(marker.title if marker is not None and marker.title else title)


def _without_recaps(policies: list[PolicyDraft], notes: list[str]) -> list[PolicyDraft]:
    """A policy after the others whose every measure names a policy or measure already read (「施策一覧」
    listing 「１　便利な行政サービスの提供」 …) repeats the plan: it is left out, with a note."""
    seen: set[str] = set()
    kept: list[PolicyDraft] = []

    def titles(policy: PolicyDraft) -> set[str]:
        out = {_bare_title(policy.title)} | {_bare_title(m.title) for m in policy.measures}
        for child in policy.policies:
            out |= titles(child)
        return out

    for policy in policies:
        measures = [_bare_title(m.title) for m in _all_measures(policy)]
        if kept and measures and all(m in seen for m in measures):
            notes.append(f"前の方針・施策を繰り返す一覧として除外しました: {policy.title}（{policy.origin.label()}）")
            continue
        kept.append(policy)
        seen |= titles(policy)
    return kept


# 「【拡充】オンライン申請の拡大」: the measure's status in this plan, put before its name; 【完了】 (終了, 廃止): an
# entry a 改定版 reports as finished in the last term and takes out of its 取組 (a blind set's: read as measures,
# they made 標準化 and テレワーク covered by what the plan says it no longer does).
_STATUS_WORDS = "新規|拡充|継続|重点|充実|改善|拡大|見直し|統合|完了|終了|廃止|実施中|未着手|検討中|継続中"
_STATUS_TAG = re.compile(rf"^[【［〔\[]\s*((?:{_STATUS_WORDS})(?:[・/／](?:{_STATUS_WORDS}))*)\s*[】］〕\]][\s　]*")
# what a 【完了】 entry's own text says when the plan takes it out (「本改定により取組から除きます」)
_TAKEN_OUT = re.compile(r"(?:取組|計画|対象|事業)から(?:除|外|削除)|取組を終了|事業を終了|廃止しました")
_DONE = ("完了", "終了", "廃止")
# 「オンライン手続の拡充【重点】（再掲：基本施策１－①）」「…（基本施策１－②の再掲）」「【再掲】…」: a measure listed again
# under another policy; it is the plan's once, where it first stands.
# (A PDF may print the circled number of 「１－①」 after the bracket: its glyph from another font.)
_REPEAT = re.compile(r"[\s　]*(?:[(（][^()（）]{0,30}再掲[^()（）]{0,30}[)）][①-⑳]?|[【［〔\[]\s*再掲\s*[】］〕\]]|※\s*再掲)[\s　]*")
# 「（一部再掲）」「（…の再掲を含む）」: a measure that repeats another in part and adds its own — kept
_PART_REPEAT = re.compile(r"一部再掲|再掲を含む|再掲含む")


def _without_repeats_and_done(policies: list[PolicyDraft], notes: list[str]) -> None:
    """Measures marked 【完了】 left out; a measure marked 再掲 left out where the plan has the same name under
    another policy (its marks taken from its name when it has not); a status mark before a name taken from it."""
    measures = [m for p in policies for m in _all_measures(p)]
    repeated = {id(m) for m in measures if _REPEAT.search(m.title) and not _PART_REPEAT.search(m.title)}
    named = {_bare_title(_TAG.sub("", _unmarked(m.title))) for m in measures if id(m) not in repeated}

    def prune(policy: PolicyDraft) -> None:
        kept = []
        for measure in policy.measures:
            status = _STATUS_TAG.match(measure.title)
            if status and status.group(1) in _DONE and _taken_out(measure):
                notes.append(
                    f"「{measure.title}」は計画が取組から除いた、終えた取組（{status.group(1)}）として施策から外しました（{measure.origin.label()}）"
                )
                continue
            if status:
                marks = status.group(0).strip()
                measure.title = _unmarked(measure.title)
                notes.append(f"施策「{measure.title}」の「{marks}」は印として施策名から外しました（{measure.origin.label()}）")
            if id(measure) in repeated:
                bare = _TAG.sub("", _REPEAT.sub("", measure.title)).strip()
                if _bare_title(bare) in named:
                    notes.append(
                        f"「{measure.title}」は別の方針の施策の再掲として、その方針の施策だけを残しました（{measure.origin.label()}）"
                    )
                    continue
                measure.title = bare or measure.title
            kept.append(measure)
        policy.measures = kept
        for child in policy.policies:
            prune(child)

    for policy in policies:
        prune(policy)


def _unmarked(title: str) -> str:
    """A title without the status marks before it (「【重点】【新規】…」「【新規・拡充】…」: every one of them)."""
    while (status := _STATUS_TAG.match(title)) is not None and status.end() < len(title):
        title = title[status.end() :]
    return title


def _taken_out(measure: MeasureDraft) -> bool:
    """Whether a measure marked 【完了】 is one the plan takes out of its 取組 (its text says so, or says only what was
    done): a progress edition marks 【完了】 on a measure that goes on (「…移行しました。今後は安定運用します」) — kept."""
    said = [p for p in measure.paragraphs if p.strip()]
    if any(_TAKEN_OUT.search(p) for p in said):
        return True
    return not any(commits(p) for p in said)


def _all_measures(policy: PolicyDraft) -> list[MeasureDraft]:
    return [*policy.measures, *(m for child in policy.policies for m in _all_measures(child))]


def _measures_from_appendix(root: Node, notes: list[str]) -> None:
    """Where the plan names its policies (基本方針1 …) with no measure under them and an appendix
    (資料編 「事業一覧」) lists the measures in a table with a column naming each row's policy (基本方針 =
    1, 2 … or its title), the rows are the policies' measures: the body gives the direction, the
    appendix the commitments."""
    named = [n for n in _preorder(root) if n.kind == "heading" and _named_level(n) and not n.units()]
    if len(named) < 2:
        return
    groups: list[Node] = []

    def visit(node: Node) -> None:
        for entry in node.entries:
            if not isinstance(entry, Node):
                continue
            if entry.excluded == "付録" or (entry.excluded is None and node is not root and node.excluded == "付録"):
                groups.extend(g for g in _all_nodes(entry) if g.kind == "heading" and g.from_table and g.entries)
            elif entry.excluded is None:
                visit(entry)

    visit(root)
    moved = 0
    for group in groups:
        number = to_int(unicodedata.normalize("NFKC", group.title).strip())
        target = next(
            (
                n
                for n in named
                if (number is not None and n.marker is not None and n.marker.value == number) or _norm(n.title) == _norm(group.title)
            ),
            None,
        )
        if target is None:
            continue
        target.entries.extend(group.entries)
        moved += len(group.entries)
        group.entries = []
    if moved:
        notes.append(f"方針の下に施策がないため、付録の表（事業一覧など）の {moved} 行を、表が示す方針の施策として読みました")


def _all_nodes(node: Node) -> list[Node]:
    out = [node]
    for entry in node.entries:
        if isinstance(entry, Node):
            out.extend(_all_nodes(entry))
    return out


# Sections left out that list measures on purpose: the previous plan's, or this plan's again.
_LISTS_ON_PURPOSE = ("前計画の振り返り", "体系図", "再掲の一覧")


def _excluded_sections(root: Node, read: set[str]) -> list[Excluded]:
    """The outermost sections left out, in document order, each with the table rows of measures in it
    that the draft does not hold."""
    out: list[Excluded] = []

    def visit(node: Node) -> None:
        for entry in node.entries:
            if isinstance(entry, Node):
                if entry.excluded is not None:
                    rows = []
                    if entry.excluded not in _LISTS_ON_PURPOSE:
                        rows = [n.title for n in _preorder(entry) if n.from_table and n.kind == "item" and _bare_title(n.title) not in read]
                    out.append(Excluded(entry.excluded, entry.title, entry.origin, rows))
                else:
                    visit(entry)

    visit(root)
    return out


def _placed_texts(policies: list[PolicyDraft]) -> set[str]:
    """Every text the draft keeps in a measure or a policy's description, as compared (normalised)."""
    out: set[str] = set()

    def visit(policy: PolicyDraft) -> None:
        out.update(_norm(t) for t in policy.description)
        for measure in policy.measures:
            out.update(_norm(t) for t in measure.texts)
            out.update(_norm(t) for t in measure.paragraphs)
        for child in policy.policies:
            visit(child)

    for policy in policies:
        visit(policy)
    return out
