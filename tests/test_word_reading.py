"""The Word reader reads a .docx as Word draws it: automatic numbers from numbering.xml, headings by
look (bold, larger, centred, outline level, keep-with-next), text boxes and shapes read once, content
controls, merged and nested table cells, a table of contents left out, Symbol and Wingdings bullets.

Every document is made here, with python-docx and raw WordprocessingML (docx.oxml.parse_xml); none
comes from outside the repository. Each test failed on the reader before it learnt what it checks.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

import docx
import docx.document
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from plan_documents import generated_plan, to_docx

from conftest import run_cli
from dxcheck.importer import Block, ImportResult, import_document
from dxcheck.importer.docx_reader import read_docx
from dxcheck.importer.sniff import Deadline

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
WP = 'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'
PROSE = "関係課と連携し、手続や情報の提供方法を見直して、住民の利便性の向上を図ります。"


def _run(text: str, rpr: str = "") -> str:
    return f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _p(
    text: str = "", *, style: str | None = None, num: tuple[int, int] | None = None, ppr: str = "", rpr: str = "", mark: str = ""
) -> str:
    """A paragraph: its style, automatic numbering (numId, ilvl), other paragraph properties, the run's
    properties and the paragraph mark's."""
    props = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num is not None:
        props += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    props += ppr + (f"<w:rPr>{mark}</w:rPr>" if mark else "")
    return f"<w:p {W}><w:pPr>{props}</w:pPr>{_run(text, rpr) if text else ''}</w:p>"


def _lvl(ilvl: int, fmt: str, text: str, *, start: int = 1, extra: str = "", font: str | None = None) -> str:
    rpr = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/></w:rPr>' if font else ""
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{extra}'
        f'<w:lvlText w:val="{escape(text, {chr(34): "&quot;"})}"/><w:lvlJc w:val="left"/>{rpr}</w:lvl>'
    )


class Doc:
    """A Word document built paragraph by paragraph, with numbering definitions and styles of its own."""

    def __init__(self) -> None:
        self.document = docx.Document()
        self.body = self.document.element.body
        self._next_abstract = 100
        self._next_num = 100

    def add(self, *xml: str) -> Doc:
        """Block-level elements (w:p, w:tbl, w:sdt …) at the end of the body."""
        sect = self.body.find(qn("w:sectPr"))
        for fragment in xml:
            sect.addprevious(parse_xml(fragment))
        return self

    def numbering(self, *levels: str) -> tuple[int, int]:
        """An abstract numbering of these levels and a w:num using it: (abstractNumId, numId)."""
        numbering = self.document.part.numbering_part.element
        abstract_id = self._next_abstract
        self._next_abstract += 1
        numbering.find(qn("w:num")).addprevious(
            parse_xml(
                f'<w:abstractNum {W} w:abstractNumId="{abstract_id}"><w:multiLevelType w:val="multilevel"/>{"".join(levels)}</w:abstractNum>'
            )
        )
        return abstract_id, self.num(abstract_id)

    def num(self, abstract_id: int, overrides: str = "") -> int:
        """Another w:num over an abstract numbering (with lvlOverride / startOverride)."""
        num_id = self._next_num
        self._next_num += 1
        self.document.part.numbering_part.element.append(
            parse_xml(f'<w:num {W} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>')
        )
        return num_id

    def style(self, xml: str) -> Doc:
        self.document.styles.element.append(parse_xml(xml))
        return self

    def cover(self) -> Doc:
        self.document.add_heading("架空町デジタル・トランスフォーメーション推進計画", level=0)
        self.document.add_paragraph("令和6年3月")
        self.document.add_paragraph("北海道架空町")
        return self

    def save(self, path: Path) -> Path:
        self.document.save(str(path))
        return path


def _blocks(path: Path) -> tuple[list[Block], list[str]]:
    return read_docx(path, Deadline())


def _measures(result: ImportResult) -> list[str]:
    return [s.title for s in result.sources.values() if s.kind == "measure"]


MEASURES = [
    "窓口のオンライン化",
    "キャッシュレス決済の導入",
    "マイナンバーカードの普及促進",
    "オープンデータの推進",
    "テレワークの推進",
    "会議のペーパーレス化",
    "RPAの活用",
    "情報システムの標準化",
    "情報セキュリティ対策の徹底",
    "デジタル人材の育成",
    "デジタルデバイド対策",
    "地域のデジタル化支援",
]


# --- 1. automatic numbering -----------------------------------------------------------------------


def test_measures_numbered_1_to_12_by_word_are_read_not_refused(tmp_path: Path) -> None:
    # 第１章 / (1)…(12) drawn by Word from numbering.xml: the text of the paragraphs holds no number.
    # The reader used to see twelve unnumbered list items and no heading, and refused the plan.
    doc = Doc().cover()
    _, num = doc.numbering(_lvl(0, "decimalFullWidth", "第%1章"), _lvl(1, "decimal", "(%2)"))
    doc.add(_p("計画の策定にあたって", num=(num, 0)), _p("本計画は、町のデジタル化の基本的な方向を示すものです。"))
    doc.add(_p("施策の展開", num=(num, 0)))
    for title in MEASURES:
        doc.add(_p(title, num=(num, 1)), _p(PROSE))
    doc.add(_p("推進体制", num=(num, 0)), _p("副町長を本部長とする推進本部で進行管理を行います。"))
    path = doc.save(tmp_path / "numbered.docx")

    blocks, _ = _blocks(path)
    numbered = [b for b in blocks if b.number]
    assert [b.number for b in numbered] == ["第１章", "第２章", *[f"({i})" for i in range(1, 13)], "第３章"]
    assert numbered[2].text == "(1)　窓口のオンライン化"
    assert numbered[2].kind == "heading"

    result = import_document(path)
    assert _measures(result) == MEASURES
    run = run_cli("import", str(path))
    assert run.exit_code == 0, run.stderr
    assert "施策 12 件を読み取りました" in run.stderr
    for title in MEASURES:
        assert f"title: {title}" in run.output


def test_number_formats_templates_counters_and_overrides(tmp_path: Path) -> None:
    doc = Doc()
    formats = [
        ("decimalEnclosedCircle", "%1", ["①", "②", "③"]),
        ("aiueoFullWidth", "%1", ["ア", "イ", "ウ"]),
        ("aiueo", "(%1)", ["(ア)", "(イ)", "(ウ)"]),
        ("iroha", "%1.", ["イ.", "ロ.", "ハ."]),
        ("japaneseCounting", "%1、", ["一、", "二、", "三、"]),
        ("ideographTraditional", "%1", ["甲", "乙", "丙"]),
        ("upperRoman", "%1.", ["Ⅰ.", "Ⅱ.", "Ⅲ."]),
        ("lowerRoman", "%1)", ["i)", "ii)", "iii)"]),
        ("upperLetter", "%1.", ["A.", "B.", "C."]),
        ("decimalFullWidth", "（%1）", ["（１）", "（２）", "（３）"]),
        ("decimalEnclosedParen", "%1", ["(1)", "(2)", "(3)"]),
    ]
    expected: list[str] = []
    for fmt, template, shown in formats:
        _, num = doc.numbering(_lvl(0, fmt, template))
        for index, number in enumerate(shown):
            doc.add(_p(f"{fmt} の項目 {index}", num=(num, 0)))
            expected.append(f"{number}　{fmt} の項目 {index}")
    # Two levels 「%1」「%1-%2」: the second restarts when the first advances; start values.
    _, num = doc.numbering(_lvl(0, "decimal", "%1", start=3), _lvl(1, "decimal", "%1-%2"))
    for level, text in [(0, "三の章"), (1, "その一"), (1, "その二"), (0, "四の章"), (1, "また一")]:
        doc.add(_p(text, num=(num, level)))
    expected += ["3　三の章", "3-1　その一", "3-2　その二", "4　四の章", "4-1　また一"]
    # lvlRestart 0: the second level never restarts.
    _, num = doc.numbering(_lvl(0, "decimal", "%1."), _lvl(1, "decimal", "(%2)", extra='<w:lvlRestart w:val="0"/>'))
    for level, text in [(0, "甲の部"), (1, "続く一"), (0, "乙の部"), (1, "続く二")]:
        doc.add(_p(text, num=(num, level)))
    expected += ["1.　甲の部", "(1)　続く一", "2.　乙の部", "(2)　続く二"]
    # Two w:num over one abstract numbering continue each other's count; startOverride restarts;
    # lvlOverride with a w:lvl of its own changes how the level is drawn.
    abstract, first = doc.numbering(_lvl(0, "decimalEnclosedCircle", "%1"))
    second = doc.num(abstract)
    restarted = doc.num(abstract, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>')
    redrawn = doc.num(abstract, f'<w:lvlOverride w:ilvl="0">{_lvl(0, "decimal", "【%1】", start=7)}</w:lvlOverride>')
    for num, text in [(first, "一つ目"), (first, "二つ目"), (second, "三つ目"), (restarted, "また一つ目"), (redrawn, "七つ目")]:
        doc.add(_p(text, num=(num, 0)))
    expected += ["①　一つ目", "②　二つ目", "③　三つ目", "①　また一つ目", "【7】　七つ目"]
    # A list style: the abstract numbering of the paragraphs only links (numStyleLink) to a numbering
    # style, whose w:num leads to the abstract numbering that holds the levels; both count together.
    _, holder_num = doc.numbering(_lvl(0, "decimal", "施策%1"))
    doc.style(
        f'<w:style {W} w:type="numbering" w:styleId="MeasureList"><w:name w:val="施策リスト"/>'
        f'<w:pPr><w:numPr><w:numId w:val="{holder_num}"/></w:numPr></w:pPr></w:style>'
    )
    numbering = doc.document.part.numbering_part.element
    numbering.find(qn("w:num")).addprevious(
        parse_xml(f'<w:abstractNum {W} w:abstractNumId="999"><w:numStyleLink w:val="MeasureList"/></w:abstractNum>')
    )
    linked = doc.num(999)
    for num, text in [(linked, "リストスタイルの一つ目"), (holder_num, "二つ目"), (linked, "三つ目")]:
        doc.add(_p(text, num=(num, 0)))
    expected += ["施策1　リストスタイルの一つ目", "施策2　二つ目", "施策3　三つ目"]
    path = doc.save(tmp_path / "formats.docx")

    blocks, _ = _blocks(path)
    assert [b.text for b in blocks] == expected
    assert blocks[0].number == "①"


def test_numbering_through_a_style_and_its_base_style(tmp_path: Path) -> None:
    # 施策見出し is based on 見出し基本, whose paragraph properties carry the numbering (numId only:
    # the level is the one linked to the style by w:pStyle). A paragraph with numId 0 is unnumbered.
    doc = Doc().cover()
    _, num = doc.numbering(
        _lvl(0, "decimal", "基本方針%1", extra='<w:pStyle w:val="PolicyHeading"/>'),
        _lvl(1, "decimalEnclosedCircle", "%2", extra='<w:pStyle w:val="MeasureHeading"/>'),
    )
    doc.style(
        f'<w:style {W} w:type="paragraph" w:styleId="PolicyHeading"><w:name w:val="方針見出し"/><w:basedOn w:val="Normal"/>'
        f'<w:pPr><w:numPr><w:numId w:val="{num}"/></w:numPr></w:pPr></w:style>'
    )
    doc.style(
        f'<w:style {W} w:type="paragraph" w:styleId="HeadingBase"><w:name w:val="見出し基本"/><w:basedOn w:val="Normal"/>'
        f'<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="{num}"/></w:numPr></w:pPr></w:style>'
    )
    doc.style(
        f'<w:style {W} w:type="paragraph" w:styleId="MeasureHeading"><w:name w:val="施策見出し"/><w:basedOn w:val="HeadingBase"/></w:style>'
    )
    doc.add(_p("行政サービスのデジタル化", style="PolicyHeading"))
    doc.add(_p("窓口のオンライン化", style="MeasureHeading"), _p(PROSE))
    doc.add(_p("キャッシュレス決済の導入", style="MeasureHeading"), _p(PROSE))
    doc.add(_p("番号を外した段落", style="MeasureHeading", ppr='<w:numPr><w:numId w:val="0"/></w:numPr>'))
    doc.add(_p("行政運営の効率化", style="PolicyHeading"))
    doc.add(_p("テレワークの推進", style="MeasureHeading"), _p(PROSE))
    path = doc.save(tmp_path / "styled.docx")

    texts = [b.text for b in _blocks(path)[0]]
    assert "基本方針1　行政サービスのデジタル化" in texts
    assert "②　キャッシュレス決済の導入" in texts
    assert "番号を外した段落" in texts
    assert "①　テレワークの推進" in texts
    result = import_document(path)
    assert _measures(result) == ["窓口のオンライン化", "キャッシュレス決済の導入", "テレワークの推進"]


# --- 2. headings by look --------------------------------------------------------------------------


def test_bold_headings_without_a_heading_style(tmp_path: Path) -> None:
    # 「1　窓口のオンライン化」 typed in bold in a Normal paragraph: a number followed by a space alone is
    # no heading (it starts many table-like lines), but in bold it is. Bold through the run, a
    # character style, the paragraph mark and a paragraph style based on another all count; a bold
    # sentence ending in 。 is an emphasised sentence, not a heading.
    doc = Doc().cover()
    doc.style(f'<w:style {W} w:type="character" w:styleId="Emph"><w:name w:val="強調太字"/><w:rPr><w:b/></w:rPr></w:style>')
    doc.style(f'<w:style {W} w:type="paragraph" w:styleId="BoldBase"><w:name w:val="太字基本"/><w:rPr><w:b/></w:rPr></w:style>')
    doc.style(f'<w:style {W} w:type="paragraph" w:styleId="BoldLine"><w:name w:val="太字行"/><w:basedOn w:val="BoldBase"/></w:style>')
    doc.document.add_heading("基本方針1　行政サービスのデジタル化", level=2)
    doc.add(_p("1　窓口のオンライン化", rpr="<w:b/>"), _p(PROSE))
    doc.add(_p("2　キャッシュレス決済の導入", rpr='<w:rStyle w:val="Emph"/>'), _p(PROSE))
    doc.add(_p("3　マイナンバーカードの普及促進", mark="<w:b/>"), _p(PROSE))
    doc.add(_p("4　オープンデータの推進", style="BoldLine"), _p(PROSE))
    doc.add(_p("重点的に取り組みます。", rpr="<w:b/>"))
    doc.add(_p("5　本文の太字でない行"))
    path = doc.save(tmp_path / "bold.docx")

    blocks, _ = _blocks(path)
    kinds = {b.text: (b.kind, b.bold) for b in blocks}
    assert kinds["1　窓口のオンライン化"] == ("heading", True)
    assert kinds["2　キャッシュレス決済の導入"] == ("heading", True)
    assert kinds["3　マイナンバーカードの普及促進"] == ("heading", True)
    assert kinds["4　オープンデータの推進"] == ("heading", True)
    assert kinds["重点的に取り組みます。"] == ("paragraph", True)
    assert kinds["5　本文の太字でない行"] == ("paragraph", False)
    result = import_document(path)
    assert _measures(result) == MEASURES[:4]
    run = run_cli("import", str(path))
    assert run.exit_code == 0, run.stderr
    assert "施策 4 件を読み取りました" in run.stderr


def _sized_lines() -> tuple[docx.document.Document, Callable[..., None]]:
    """A document with no styles, and how to add a line to it: bold unless told, in a size when given."""
    from docx.shared import Pt

    document = docx.Document()

    def line(text: str, size: float | None = None, *, bold: bool = True) -> None:
        run = document.add_paragraph().add_run(text)
        run.bold = bold
        if size is not None:
            run.font.size = Pt(size)

    return document, line


@pytest.mark.xfail(
    strict=True,
    reason="unnumbered headings set only in sizes: the .docx reads each measure as a policy of its own; levels from the sizes "
    "(as a PDF's) read this plan but refused a preface-first one and split policies 0.5 pt apart (a hostile try), and were withdrawn",
)
def test_unnumbered_bold_headings_take_their_levels_from_their_sizes(tmp_path: Path) -> None:
    """A blind trial set a plan with no heading style and no numbers: chapters in 16 pt bold, policies in 13 pt bold,
    measures in bold at the body's size. Its PDF read three policies; the .docx read ten policies of one measure
    each and lost the policies (every bold line was a heading of no level)."""
    document, line = _sized_lines()
    line("架空村デジタル化推進計画", 26)
    line("計画策定の趣旨", 16)
    line("本村は人口約3,200人の山間の村です。計画期間は令和8年度から令和12年度までとします。", bold=False)
    line("基本方針と施策", 16)
    line("村の将来像の実現に向け、三つの基本方針のもとで次の施策に取り組みます。", bold=False)
    plan = {"便利な暮らしを支える行政サービス": MEASURES[:4], "効率的で強い役場づくり": MEASURES[4:7], "地域のデジタル化": MEASURES[7:9]}
    for policy, measures in plan.items():
        line(policy, 13)
        for measure in measures:
            line(measure)
            line(PROSE, bold=False)
    path = tmp_path / "bold-sizes.docx"
    document.save(str(path))
    result = import_document(path)
    assert _measures(result) == MEASURES[:9]
    policies = [s.title for s in result.sources.values() if s.kind == "policy"]
    assert policies == list(plan)


def test_a_preface_in_a_larger_size_than_the_policies_does_not_take_them_out(tmp_path: Path) -> None:
    """A hostile try of levels from sizes: 「はじめに」 in 16 pt, policies in 14 pt, measures in bold at the body's size,
    no numbers and no styles. With the sizes as levels the policies fell inside the preface, which is left out, and
    the document was refused (DX009); it is read, every measure found."""
    document, line = _sized_lines()
    line("架空町DX推進計画", 22)
    line("はじめに", 16)
    line("本計画は官民データ活用推進基本法に基づく計画です。計画期間は令和5年度から令和9年度までとします。", bold=False)
    for policy, measures in (("行政サービスのデジタル化", MEASURES[:2]), ("行政内部の効率化", MEASURES[4:6])):
        line(policy, 14)
        for measure in measures:
            line(measure)
            line(PROSE, bold=False)
    path = tmp_path / "preface.docx"
    document.save(str(path))
    result = import_document(path)
    assert set(MEASURES[:2] + MEASURES[4:6]) <= set(_measures(result))


def test_a_kpi_table_of_item_baseline_and_target_is_no_list_of_measures(tmp_path: Path) -> None:
    """A blind trial's 「第５章 成果指標」 table, 項目｜現状値（R7）｜目標値（R12）, with no 指標 in its header, was read as
    three measures (one then cited as evidence for kanmin/mynumber), though docs/import.md says a KPI table is not.
    It is no measure now, and the draft says it holds the table nowhere, so that its targets are added by hand."""
    document = docx.Document()
    document.add_heading("第１章　施策", 1)
    document.add_heading("１　行政サービスのデジタル化", 2)
    for measure in MEASURES[:3]:
        document.add_heading(f"（{MEASURES.index(measure) + 1}）{measure}", 3)
        document.add_paragraph(PROSE)
    document.add_heading("第２章　成果指標", 1)
    rows = [
        ["項目", "現状値（R7）", "目標値（R12）"],
        ["オンライン申請可能手続数", "8手続", "40手続"],
        ["マイナンバーカード保有率", "72％", "90％"],
    ]
    table = document.add_table(rows=len(rows), cols=3)
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell
    path = tmp_path / "kpis.docx"
    document.save(str(path))
    result = import_document(path)
    assert _measures(result) == MEASURES[:3]
    assert any("指標の表（2 件: オンライン申請可能手続数、マイナンバーカード保有率）" in note for note in result.notes), result.notes


def test_bold_bracket_labels_are_measures(tmp_path: Path) -> None:
    # 【取組1】窓口のオンライン化 in bold: no numbering the reader knows, a heading by its look.
    doc = Doc().cover()
    doc.document.add_heading("基本方針1　行政サービスのデジタル化", level=2)
    doc.add(_p("住民が行政サービスを便利に使えるようにします。"))
    for index, title in enumerate(MEASURES[:3], 1):
        doc.add(_p(f"【取組{index}】{title}", rpr="<w:b/>"), _p(PROSE))
    doc.document.add_heading("基本方針2　行政運営の効率化", level=2)
    for index, title in enumerate(MEASURES[4:6], 4):
        doc.add(_p(f"【取組{index}】{title}", rpr="<w:b/>"), _p(PROSE))
    path = doc.save(tmp_path / "labels.docx")

    measures = _measures(import_document(path))
    assert len(measures) == 5
    for got, want in zip(measures, MEASURES[:3] + MEASURES[4:6], strict=True):
        assert got.endswith(want)


def test_larger_centred_outlined_and_kept_with_next_lines_are_headings(tmp_path: Path) -> None:
    doc = Doc()
    doc.add(_p("架空町ＤＸ推進計画", ppr='<w:jc w:val="center"/>', rpr='<w:sz w:val="40"/>'))
    doc.add(_p("施策の展開", rpr='<w:sz w:val="32"/>'))
    doc.add(_p("中央に置いた見出し", ppr='<w:jc w:val="center"/>'))
    doc.add(_p("アウトラインの見出し", ppr='<w:outlineLvl w:val="1"/>'))
    doc.add(_p("次の段落と同じページに置く見出し", ppr="<w:keepNext/>"))
    doc.add(_p("少し大きい本文の行", rpr='<w:sz w:val="22"/>'))
    for _ in range(5):
        doc.add(_p(PROSE, rpr='<w:sz w:val="21"/>'))
    doc.add(_p("図1　計画の位置づけ", ppr='<w:jc w:val="center"/>'))
    path = doc.save(tmp_path / "look.docx")

    found = {b.text: b for b in _blocks(path)[0]}
    title = found["架空町ＤＸ推進計画"]
    assert (title.kind, title.centered, round(title.scale, 1)) == ("heading", True, 1.9)
    assert (found["施策の展開"].kind, round(found["施策の展開"].scale, 2)) == ("heading", 1.52)
    assert (found["中央に置いた見出し"].kind, found["中央に置いた見出し"].centered) == ("heading", True)
    assert (found["アウトラインの見出し"].kind, found["アウトラインの見出し"].level) == ("heading", 2)
    assert found["次の段落と同じページに置く見出し"].kind == "heading"
    assert found["少し大きい本文の行"].kind == "paragraph"  # 22 over 21 half-points is no heading
    assert found[PROSE].scale == 1.0
    assert found["図1　計画の位置づけ"].kind == "paragraph"  # a caption, centred


# --- 3. text boxes, shapes and content controls ---------------------------------------------------


def _text_box(*paragraphs: str) -> str:
    """A run holding a text box as Word 2010+ writes it: a wps shape in mc:Choice and the same text
    again in a VML text box in mc:Fallback, for older readers."""
    content = "".join(paragraphs)
    return (
        f"<w:r {W} {MC} {WPS} {WP} {A} {V}><mc:AlternateContent>"
        '<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f"<wps:wsp><wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )


def test_measures_in_a_text_box_are_read_once_in_place(tmp_path: Path) -> None:
    doc = Doc().cover()
    doc.document.add_heading("基本方針1　行政サービスのデジタル化", level=2)
    box = _text_box(*(_p(f"・{t}") for t in MEASURES[:3]))
    doc.add(f"<w:p {W}>{_run('住民の利便性を高める取組を進めます。')}{box}</w:p>")
    doc.document.add_heading("基本方針2　行政運営の効率化", level=2)
    # An old document: a VML text box alone, no mc:AlternateContent.
    vml = f"<w:r {W} {V}><w:pict><v:shape><v:textbox><w:txbxContent>{_p('・テレワークの推進')}{_p('・会議のペーパーレス化')}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    doc.add(f"<w:p {W}>{vml}</w:p>")
    # A figure drawn with text boxes (a PDCA cycle, bold and centred labels, one box of two lines):
    # its labels are text of the figure, not headings that would split the measure they stand in.
    doc.document.add_heading("基本方針3　デジタル人材の育成", level=2)
    centre, bold = '<w:jc w:val="center"/>', "<w:b/>"
    figure = "".join(_text_box(_p(f"{i}.　{step}", ppr=centre, rpr=bold)) for i, step in enumerate(["計画", "実行", "評価", "改善"], 1))
    figure += _text_box(_p("住民", ppr=centre, rpr=bold), _p("職員", ppr=centre, rpr=bold))
    doc.add(_p("（1）RPAの活用"), f"<w:p {W}>{_run(PROSE)}{figure}</w:p>", _p(PROSE))
    doc.add(_p("（2）情報システムの標準化"), _p(PROSE))
    path = doc.save(tmp_path / "box.docx")

    blocks, notes = _blocks(path)
    texts = [b.text for b in blocks]
    assert texts[texts.index("住民の利便性を高める取組を進めます。") + 1 :][:3] == MEASURES[:3]
    assert all(texts.count(t) == 1 for t in MEASURES[:3])
    assert [b.bullet for b in blocks if b.text in MEASURES[:3]] == ["・"] * 3
    assert [(b.kind, b.text) for b in blocks if b.text in ("1.　計画", "4.　改善", "住民")] == [
        ("paragraph", "1.　計画"),
        ("paragraph", "4.　改善"),
        ("paragraph", "住民"),
    ]
    assert any("テキストボックス" in n for n in notes)
    result = import_document(path)
    assert _measures(result) == [*MEASURES[:3], "テレワークの推進", "会議のペーパーレス化", "RPAの活用", "情報システムの標準化"]
    run = run_cli("import", str(path))
    assert run.exit_code == 0, run.stderr
    assert run.output.count("title: 窓口のオンライン化") == 1


def _sdt(content: str, props: str = "") -> str:
    return f"<w:sdt {W}><w:sdtPr>{props}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>"


def test_measures_inside_content_controls(tmp_path: Path) -> None:
    # A block content control (w:sdt) around the policy and its measures, and an inline one holding
    # part of a paragraph's text: both are read in place.
    doc = Doc().cover()
    inner = _p("基本方針1　行政サービスのデジタル化", style="Heading2") + "".join(
        _p(f"（{i}）{t}") + _p(PROSE) for i, t in enumerate(MEASURES[:3], 1)
    )
    doc.add(_sdt(inner, '<w:alias w:val="施策"/><w:tag w:val="measures"/>'))
    inline = f"<w:sdt><w:sdtPr><w:text/></w:sdtPr><w:sdtContent>{_run('オープンデータ')}</w:sdtContent></w:sdt>"
    doc.add(f"<w:p {W}>{_run('（4）')}{inline}{_run('の推進')}</w:p>", _p(PROSE))
    path = doc.save(tmp_path / "sdt.docx")

    texts = [b.text for b in _blocks(path)[0]]
    assert "（4）オープンデータの推進" in texts
    result = import_document(path)
    assert _measures(result) == MEASURES[:4]
    run = run_cli("import", str(path))
    assert run.exit_code == 0, run.stderr
    assert "施策 4 件を読み取りました" in run.stderr


# --- 4. tables ------------------------------------------------------------------------------------


def _tc(text: str, props: str = "") -> str:
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{_p(text)}</w:tc>"


def _table(*rows: str) -> str:
    return f"<w:tbl {W}><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>{''.join(rows)}</w:tbl>"


def test_merged_cells_carry_the_category_down_and_a_spanning_row_is_one_cell(tmp_path: Path) -> None:
    doc = Doc()
    doc.add(
        _table(
            "<w:tr>" + _tc("分野") + _tc("取組名") + _tc("内容") + "</w:tr>",
            "<w:tr>" + _tc("重点取組", '<w:gridSpan w:val="3"/>') + "</w:tr>",
            "<w:tr>" + _tc("行政", '<w:vMerge w:val="restart"/>') + _tc("窓口のオンライン化") + _tc("申請を電子化します。") + "</w:tr>",
            "<w:tr>" + _tc("", "<w:vMerge/>") + _tc("キャッシュレス決済") + _tc("窓口で使えるようにします。") + "</w:tr>",
            "<w:tr>" + _tc("", "<w:vMerge/>") + _tc("テレワーク", '<w:gridSpan w:val="2"/>') + "</w:tr>",
            # A row in a repeating-section content control, a cell in a content control of its own.
            "<w:sdt><w:sdtPr/><w:sdtContent><w:tr>"
            + _tc("地域")
            + f"<w:sdt><w:sdtPr/><w:sdtContent>{_tc('デジタルデバイド対策')}</w:sdtContent></w:sdt>"
            + _tc("講習会を開きます。")
            + "</w:tr></w:sdtContent></w:sdt>",
        )
    )
    path = doc.save(tmp_path / "merged.docx")

    [table] = _blocks(path)[0]
    assert table.rows == [
        ["分野", "取組名", "内容"],
        ["重点取組"],
        ["行政", "窓口のオンライン化", "申請を電子化します。"],
        ["行政", "キャッシュレス決済", "窓口で使えるようにします。"],
        ["行政", "テレワーク"],
        ["地域", "デジタルデバイド対策", "講習会を開きます。"],
    ]


def test_a_table_inside_a_cell_is_a_table_of_its_own_after_the_outer_one(tmp_path: Path) -> None:
    kpi = _table(
        "<w:tr>" + _tc("指標") + _tc("現状値") + _tc("目標値") + "</w:tr>",
        "<w:tr>" + _tc("オンライン申請件数") + _tc("120件") + _tc("500件") + "</w:tr>",
    ).replace(f"<w:tbl {W}>", "<w:tbl>")
    outer = _table(
        "<w:tr>" + _tc("施策名") + _tc("窓口のオンライン化") + "</w:tr>",
        f"<w:tr>{_tc('指標')}<w:tc><w:tcPr/>{_p('成果指標は次のとおりです。')}{kpi}{_p('')}</w:tc></w:tr>",
    )
    doc = Doc()
    doc.add(outer, _p("表の後の本文です。"))
    path = doc.save(tmp_path / "nested.docx")

    blocks, notes = _blocks(path)
    assert [b.kind for b in blocks] == ["table", "table", "paragraph"]
    assert blocks[0].rows == [["施策名", "窓口のオンライン化"], ["指標", "成果指標は次のとおりです。"]]
    assert blocks[1].rows == [["指標", "現状値", "目標値"], ["オンライン申請件数", "120件", "500件"]]
    assert any("表の中の表" in n for n in notes)


# --- 5. tables of contents ------------------------------------------------------------------------


def _field_toc(entries: list[str]) -> list[str]:
    """A TOC field as Word writes it: fldChar begin and the instruction in the first entry's
    paragraph, separate, the entries (each with a PAGEREF field of its own), fldChar end after them."""
    paragraphs = []
    for index, entry in enumerate(entries):
        head = ""
        if index == 0:
            head = (
                '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            )
        title, _, page = entry.partition("\t")
        pageref = ""
        if page:
            pageref = (
                '<w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                '<w:r><w:instrText xml:space="preserve"> PAGEREF _Toc1 \\h </w:instrText></w:r>'
                f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{_run(page)}<w:r><w:fldChar w:fldCharType="end"/></w:r>'
            )
        paragraphs.append(f"<w:p {W}>{head}{_run(title)}{pageref}</w:p>")
    paragraphs.append(f'<w:p {W}><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    return paragraphs


def _plan_body(doc: Doc) -> Doc:
    doc.document.add_heading("第1章　施策の展開", level=1)
    doc.document.add_heading("基本方針1　行政サービスのデジタル化", level=2)
    for index, title in enumerate(MEASURES[:3], 1):
        doc.add(_p(f"（{index}）{title}"), _p(PROSE))
    return doc


def test_a_table_of_contents_field_is_skipped(tmp_path: Path) -> None:
    doc = Doc().cover()
    doc.add(_p("目次"))
    # A simple field (w:fldSimple) holding one entry, then a complex one over four paragraphs.
    simple = f'<w:fldSimple w:instr=" TOC \\o &quot;1-1&quot; \\h ">{_run("はじめに")}<w:r><w:tab/></w:r>{_run("1")}</w:fldSimple>'
    doc.add(f"<w:p {W}>{simple}</w:p>")
    doc.add(
        *_field_toc(
            [
                "第1章　施策の展開\t2",
                "基本方針1　行政サービスのデジタル化\t2",
                "（1）窓口のオンライン化",
                "（2）キャッシュレス決済の導入\t3",
            ]
        )
    )
    path = _plan_body(doc).save(tmp_path / "toc-field.docx")

    blocks, notes = _blocks(path)
    texts = [b.text for b in blocks]
    assert texts.count("（1）窓口のオンライン化") == 1
    assert not any(t.endswith(("\t2", "\t3")) or t.startswith("第1章　施策の展開2") for t in texts)
    assert "はじめに" not in texts
    assert any("目次" in n and "5 行" in n for n in notes), notes
    result = import_document(path)
    assert _measures(result) == MEASURES[:3]
    run = run_cli("import", str(path))
    assert run.exit_code == 0, run.stderr
    assert "目次" in run.stderr


def test_a_table_of_contents_control_and_typed_contents_lines_are_skipped(tmp_path: Path) -> None:
    doc = Doc().cover()
    toc = (
        _p("目次", style="TOCHeading")
        + _p("第1章　施策の展開\t2", style="TOC1")
        + _p("基本方針1　行政サービスのデジタル化\t2", style="TOC2")
    )
    doc.add(_sdt(toc, '<w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj>'))
    doc.style(f'<w:style {W} w:type="paragraph" w:styleId="toc1a"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/></w:style>')
    doc.add(_p("目　次", ppr='<w:jc w:val="center"/>'))
    doc.add(_p("第1章　施策の展開………………2"))
    doc.add(_p("（1）窓口のオンライン化\t3", style="toc1a"))
    doc.add(_p("（2）キャッシュレス決済の導入\t3"), _p("（3）マイナンバーカードの普及促進\t4"))
    _plan_body(doc)
    # Figures after a tab, line after line, in a measure's text: no contents lines.
    doc.add(_p("（4）オープンデータの推進"), _p(PROSE), _p("公開データセット数\t120"), _p("利用件数\t300"))
    path = doc.save(tmp_path / "toc-typed.docx")

    blocks, notes = _blocks(path)
    texts = [b.text for b in blocks]
    assert "公開データセット数\t120" in texts
    assert "利用件数\t300" in texts
    assert "第1章　施策の展開………………2" not in texts
    assert not any(t.endswith(("\t2", "\t3", "\t4")) for t in texts), texts
    assert texts.count("（1）窓口のオンライン化") == 1
    assert any("目次" in n and "3 行" in n for n in notes), notes  # the control: its title and two entries
    assert any("目次" in n and "4 行" in n for n in notes), notes  # four typed lines
    assert _measures(import_document(path)) == MEASURES[:4]


# --- 6. bullets -----------------------------------------------------------------------------------


def test_symbol_and_wingdings_bullets_are_marks_that_nest(tmp_path: Path) -> None:
    # Word's own bullets are Private Use Area characters in the Symbol and Wingdings fonts
    # (U+F0B7 •, U+F0A7 ▪, U+F075 ◆): the measures are the outer bullets, the inner ones describe them.
    doc = Doc().cover()
    _, num = doc.numbering(
        _lvl(0, "bullet", "\uf0b7", font="Symbol"),
        _lvl(1, "bullet", "\uf0a7", font="Wingdings"),
        _lvl(2, "bullet", "\uf075", font="Wingdings"),
    )
    doc.document.add_heading("基本方針1　行政サービスのデジタル化", level=2)
    for title in MEASURES[:3]:
        doc.add(_p(title, num=(num, 0)), _p(f"{title}の対象を広げます。", num=(num, 1)), _p("詳しい説明です。", num=(num, 2)))
    # A bullet typed with Insert Symbol: w:sym in Wingdings.
    doc.add(f'<w:p {W}><w:r><w:sym w:font="Wingdings" w:char="F09F"/></w:r>{_run("オープンデータの推進")}</w:p>')
    path = doc.save(tmp_path / "bullets.docx")

    blocks, _ = _blocks(path)
    items = [(b.bullet, b.text) for b in blocks if b.kind == "item"]
    assert items[:3] == [("・", "窓口のオンライン化"), ("■", "窓口のオンライン化の対象を広げます。"), ("◆", "詳しい説明です。")]
    assert items[-1] == ("・", "オープンデータの推進")
    result = import_document(path)
    assert _measures(result) == MEASURES[:4]
    run = run_cli("import", str(path))
    assert run.exit_code == 0, run.stderr
    assert "施策 4 件を読み取りました" in run.stderr


# --- 7. pages, and speed --------------------------------------------------------------------------


def test_a_paragraph_that_starts_a_page_is_on_that_page(tmp_path: Path) -> None:
    # Word writes w:lastRenderedPageBreak at the start of the first run on a new page: the paragraph
    # is on the new page, the ones after it too; a text box's paragraphs are where their anchor is.
    doc = Doc()
    doc.add(_p("一ページ目の本文です。"))
    doc.add(f"<w:p {W}><w:r><w:lastRenderedPageBreak/><w:t>二ページ目の見出し</w:t></w:r></w:p>")
    doc.add(f"<w:p {W}>{_run('二ページ目の本文です。')}{_text_box(_p('囲みの中の文'))}</w:p>")
    doc.add(_sdt(f'<w:p {W}><w:r><w:br w:type="page"/></w:r>{_run("三ページ目の本文です。")}</w:p>'))
    path = doc.save(tmp_path / "pages.docx")

    pages = {b.text: b.origin.page for b in _blocks(path)[0]}
    assert pages == {
        "一ページ目の本文です。": 1,
        "二ページ目の見出し": 2,
        "二ページ目の本文です。": 2,
        "囲みの中の文": 2,
        "三ページ目の本文です。": 3,
    }


def test_a_fifty_page_document_with_automatic_numbering_reads_quickly(tmp_path: Path) -> None:
    path = to_docx(generated_plan(240), tmp_path / "long.docx")
    document = docx.Document(str(path))
    numbering = document.part.numbering_part.element
    numbering.find(qn("w:num")).addprevious(
        parse_xml(f'<w:abstractNum {W} w:abstractNumId="100">{_lvl(0, "decimal", "(%1)")}</w:abstractNum>')
    )
    numbering.append(parse_xml(f'<w:num {W} w:numId="100"><w:abstractNumId w:val="100"/></w:num>'))
    for paragraph in document.paragraphs:
        if paragraph.style is not None and paragraph.style.name == "Normal" and paragraph.text:
            paragraph._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {W}><w:ilvl w:val="0"/><w:numId w:val="100"/></w:numPr>'))
    document.save(str(path))
    start = time.perf_counter()
    blocks, _ = _blocks(path)
    elapsed = time.perf_counter() - start
    assert sum(1 for b in blocks if b.number) > 200
    # A guard against a quadratic reading of Word's numbering (minutes), not a speed target; the figures
    # are benchmarks/import_speed.py's to print.
    assert elapsed < 30.0, f"{elapsed:.2f} s"


def test_a_measure_drawn_as_a_card_is_its_bold_first_line(tmp_path: Path) -> None:
    """Each measure in a text box of its own — a bold title, then what it does — under a policy heading:
    the title is the measure (the boxes' bold lines were never headings, so the policies were read as
    the measures). A figure's labels, boxes of short lines without a sentence, stay text."""
    doc = Doc().cover()
    doc.document.add_heading("基本方針1　行政サービスのデジタル化", level=2)
    cards = "".join(_text_box(_p(title, rpr="<w:b/>"), _p(f"{title}に令和8年度から取り組みます。")) for title in MEASURES[:3])
    doc.add(f"<w:p {W}>{_run('住民の利便性を高める取組を進めます。')}{cards}</w:p>")
    doc.add(f"<w:p {W}>{_run(PROSE)}{_text_box(_p('住民', rpr='<w:b/>'), _p('職員', rpr='<w:b/>'))}</w:p>")
    path = doc.save(tmp_path / "cards.docx")
    assert _measures(import_document(path)) == MEASURES[:3]


def test_evidence_in_a_word_document_without_pages_points_at_its_paragraph(tmp_path: Path) -> None:
    """A Word document Word never laid out (no page breaks it rendered) has no page to show: the
    evidence names the paragraph where the measure begins (¶N, the same number as the draft's
    「段落 N」 comment), in the terminal and in the JSON, never a line of the intermediate draft."""
    import json

    import docx

    from conftest import run_cli

    document = docx.Document()
    document.add_paragraph("芽吹町デジタル推進計画")
    document.add_heading("第3章 施策の展開", level=1)
    document.add_heading("基本方針1 便利な町", level=2)
    for title in ("オンライン申請の拡充", "テレワークの推進"):
        document.add_heading(f"（1）{title}", level=3)
        document.add_paragraph(f"{title}を進めます。")
    path = tmp_path / "plan.docx"
    document.save(str(path))
    run = run_cli("audit", str(path), "--accept-reading", "--format", "json")
    audit = json.loads(run.output)
    evidence = [e for f in audit["frameworks"] for item in f["items"] for e in item["evidence"] if e["measure_title"] == "テレワークの推進"]
    assert evidence
    assert {(e["location"]["page"], e["location"]["line"], e["location"]["paragraph"]) for e in evidence} == {(None, None, 6)}
    table = run_cli("audit", str(path), "--accept-reading")
    assert "¶6" in table.output


def test_a_policys_numbered_list_in_the_same_heading_style_stands_under_the_policy(tmp_path: Path) -> None:
    """「基本方針1 住民サービスのデジタル化」 and 「(1)スマート窓口の推進」 both in Heading 3 (基本方針2 in Heading 2): the (1) and its bullets were read
    outside every policy and dropped, 確かさ 高, and the audit said マイナンバーカード was not in the plan (the third
    walkthrough; the seed 恵庭市's plan saved so as .docx scored 83.8 where its PDF scored 100)."""
    document = docx.Document()
    document.add_heading("美幌町DX推進計画", 0)
    document.add_paragraph("計画期間：令和6年度から令和10年度まで")
    document.add_heading("第3章 施策の展開", 1)
    document.add_heading("基本方針1 住民サービスのデジタル化", 3)
    document.add_paragraph("住民の利便性の向上を推進します。")
    document.add_heading("(1)スマート窓口の推進", 3)
    for line in ("・行政手続のオンライン化", "・マイナンバーカードの普及促進"):
        document.add_paragraph(line)
    document.add_heading("(2)デジタル人材の育成", 3)
    document.add_paragraph("・職員研修の実施")
    document.add_heading("基本方針2 行政事務のデジタル化", 2)  # styled a level up: the styles of one plan are not always kept
    document.add_heading("(1)業務効率化", 3)
    document.add_paragraph("・RPA の導入による業務の効率化")
    path = tmp_path / "plan.docx"
    document.save(str(path))
    draft = import_document(path)
    assert "施策として読みませんでした" not in "\n".join(draft.notes)
    assert "    title: 住民サービスのデジタル化\n" in draft.yaml
    assert "        title: スマート窓口の推進\n" in draft.yaml
    assert "            title: マイナンバーカードの普及促進\n" in draft.yaml
    assert "        title: デジタル人材の育成\n" in draft.yaml
    assert "    title: 行政事務のデジタル化\n" in draft.yaml
    assert "        title: 業務効率化\n" in draft.yaml


def _plan_with(tmp_path: Path, name: str, body: Callable[[docx.document.Document], None]) -> ImportResult:
    document = docx.Document()
    document.add_paragraph("美幌町DX推進計画")
    document.add_paragraph("計画期間：令和6年度から令和10年度まで")
    document.add_heading("第3章 施策の展開", 1)
    body(document)
    path = tmp_path / name
    document.save(str(path))
    return import_document(path)


def _titles(result: ImportResult) -> list[str]:
    return [line.strip()[len("title: ") :] for line in result.yaml.splitlines() if line.strip().startswith("title: ")]


def test_an_office_on_a_policys_heading_keeps_the_policy_and_a_list_of_offices_stays_in_its_measure(tmp_path: Path) -> None:
    """A hostile review of the boxes of 「名前⇥所管：…」 (blind set 17): 「基本方針１　…⇥所管：住民課」 as Word headings made
    every policy a measure; a measure's list of 業務 with their offices made the measure a policy."""

    def policies_with_offices(document: docx.document.Document) -> None:
        for number, (policy, measures) in enumerate(
            [
                ("町民サービスのデジタル化", ["行政手続のオンライン化", "マイナンバーカードの利活用"]),
                ("行政運営のデジタル化", ["テレワークの推進"]),
            ],
            1,
        ):
            document.add_heading(f"基本方針{number}　{policy}\t所管：住民課", 2)
            for index, measure in enumerate(measures, 1):
                document.add_heading(f"({index}) {measure}", 3)
                document.add_paragraph(f"{measure}を進めます。")
        document.add_heading("基本方針3　地域社会のデジタル化\t所管：企画課", 2)
        document.add_heading("(1) デジタルデバイド対策", 3)
        document.add_paragraph("スマートフォン教室を開催します。")

    read = _plan_with(tmp_path, "offices.docx", policies_with_offices)
    assert "    title: 町民サービスのデジタル化\n" in read.yaml
    assert "    title: 地域社会のデジタル化\n" in read.yaml
    assert "        title: 行政手続のオンライン化\n" in read.yaml

    def a_list_of_offices(document: docx.document.Document) -> None:
        document.add_heading("基本方針1　行政運営の効率化", 2)
        document.add_heading("(1) 情報システムの標準化", 3)
        document.add_paragraph("次の業務のシステムを標準準拠システムへ移行します。")
        for business, office in (("住民基本台帳", "住民課"), ("個人住民税", "税務課"), ("国民健康保険", "保険課")):
            document.add_paragraph(f"{business}\t所管：{office}")
        document.add_paragraph("担当：総務課")
        document.add_heading("(2) 業務の効率化", 3)
        document.add_paragraph("RPAを導入します。")

    listed = _plan_with(tmp_path, "list.docx", a_list_of_offices)
    assert _titles(listed)[1:] == ["行政運営の効率化", "情報システムの標準化", "業務の効率化"], listed.yaml
    assert "owner: 住民課" not in listed.yaml


def test_completed_and_repeated_entries_are_dropped_only_when_the_plan_says_they_are_not_its_own(tmp_path: Path) -> None:
    """A hostile review of 【完了】 and 再掲 (blind set 17): a progress edition's 【完了】 on a measure that goes on, and
    「（一部再掲）」 adding the measure's own work, were dropped; 「※再掲」, and a 再掲 of a name marked 【新規】, were kept."""

    def marked(document: docx.document.Document) -> None:
        document.add_heading("基本方針1　町民サービスのデジタル化", 2)
        document.add_heading("(1)【完了】情報システムの標準化", 3)
        document.add_paragraph("令和7年度に標準準拠システムへの移行を完了しました。今後は安定運用します。")
        document.add_heading("(2)【完了】コンビニ交付の開始", 3)
        document.add_paragraph("令和6年度に開始しました。本改定により取組から除きます。")
        document.add_heading("(3)【新規】オンライン手続の拡充", 3)
        document.add_paragraph("オンライン手続を拡充します。")
        document.add_heading("(4)【重点】【新規】デジタル人材の育成", 3)
        document.add_paragraph("職員研修を実施します。")
        document.add_heading("基本方針2　地域のデジタル化", 2)
        document.add_heading("(1) オンライン手続の拡充（再掲）", 3)
        document.add_heading("(2) デジタル人材の育成　※再掲", 3)
        document.add_heading("(3) 電子申請の周知（再掲）", 3)  # no first entry: kept, its mark taken off
        document.add_heading("(4) デジタル人材の育成（一部再掲）", 3)
        document.add_paragraph("デジタル活用支援員を育成し、スマートフォン教室を開催します。")

    read = _titles(_plan_with(tmp_path, "marked.docx", marked))
    assert read[1:] == [
        "町民サービスのデジタル化",
        "情報システムの標準化",
        "オンライン手続の拡充",
        "デジタル人材の育成",
        "地域のデジタル化",
        "電子申請の周知",
        "デジタル人材の育成（一部再掲）",
    ], read


def test_a_fifo_named_docx_in_a_folder_is_no_report_of_dxchecks(tmp_path: Path) -> None:
    """The folder scan opened every *.docx to ask whether dxcheck wrote it: a FIFO named 届出.docx blocked it (a hostile
    review's)."""
    import os

    from dxcheck.files.reports import written_by_dxcheck

    fifo = tmp_path / "届出.docx"
    os.mkfifo(fifo)
    assert written_by_dxcheck(fifo) is False
