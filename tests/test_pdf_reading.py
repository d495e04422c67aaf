"""The PDF reader reads a page as it is laid out: bold and larger lines as headings, two columns one
after the other, running headers, footers and page numbers dropped by where they stand, Word's
Symbol bullets as list items, the cover as a cover, a heading's number printed on a line of its own,
ruled tables as tables; and the metadata the PDFs of real plans carry (a code after its label, the
previous plan's period). Every PDF is made here: HTML printed by headless Chromium, or a Word
document written with python-docx and converted by LibreOffice, as towns make theirs. A test whose
tool is missing skips and says so."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.text.paragraph import Paragraph

import pytest
from plan_documents import chromium, docx_to_pdf, from_plan, print_pdf, soffice, to_docx

from conftest import ROOT, run_cli
from dxcheck.catalogue.framework import shipped_catalogue
from dxcheck.importer import ImportResult, import_document
from dxcheck.importer.numbering import parse_marker
from dxcheck.model.plan import Measure, Plan, Policy
from dxcheck.plan.lint import check_file

FONT = "font-family:'Noto Sans CJK JP',sans-serif"
CHROMIUM_MISSING = "chromium is not installed, so no PDF can be printed (apt-get install chromium fonts-noto-cjk; .ci/run does)"
SOFFICE_MISSING = "LibreOffice (soffice) is not installed, so no Word document can be converted to PDF (apt-get install libreoffice-writer)"

DESCRIPTION = "住民の利用が多い手続から順に{what}を進め、申請から交付までをオンラインで完結できるよう取組を進めます。"


def _fold(text: str | None) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


def _plan(result: ImportResult) -> Plan:
    from dxcheck.files.source import SourceText, load_with_positions
    from dxcheck.plan.fmt import format_text
    from dxcheck.plan.lint import check_data

    assert result.yaml == format_text(result.yaml)
    source = SourceText("draft.yaml", result.yaml)
    data, positions = load_with_positions(source)
    check = check_data(source, data, shipped_catalogue().select({"dx": "1.0"}), positions)
    errors = [f.message.ja for f in check.findings if f.severity.value == "error"]
    assert not errors, errors
    assert check.plan is not None
    return check.plan


def _measures(plan: Plan) -> list[Measure]:
    return [m for _, m in plan.walk_measures()]


def _policies(plan: Plan) -> list[Policy]:
    return [p for _, p in plan.walk_policies()]


def _html_pdf(tmp_path: Path, name: str, body: str, style: str = "") -> Path:
    if chromium() is None:
        pytest.skip(CHROMIUM_MISSING)
    page = (
        f"<!doctype html><html lang='ja'><head><meta charset='utf-8'><style>body{{{FONT};font-size:11pt;line-height:1.7;margin:0 12mm}}"
        f"{style}</style></head><body>{body}</body></html>"
    )
    return print_pdf(page, tmp_path / f"{name}.pdf", tmp_path)


def _word_pdf(tmp_path: Path, name: str, build: Callable[[DocxDocument], None]) -> Path:
    """A Word document made by `build(document)` (python-docx), converted to PDF by LibreOffice."""
    if soffice() is None:
        pytest.skip(SOFFICE_MISSING)
    import docx

    document = docx.Document()
    build(document)
    path = tmp_path / f"{name}.docx"
    document.save(str(path))
    (pdf,) = docx_to_pdf([path], tmp_path)
    return pdf


def _w(tag: str, **attributes: str) -> Any:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement(f"w:{tag}")
    for key, value in attributes.items():
        element.set(qn(f"w:{key}"), value)
    return element


def _page_field(paragraph: Paragraph, before: str, field: str, after: str) -> None:
    """「－ 3 －」: a PAGE (or NUMPAGES) field between two texts, as Word's page numbers are."""
    paragraph.add_run(before)
    simple = _w("fldSimple", instr=f" {field} ")
    run, text = _w("r"), _w("t")
    text.text = "1"
    run.append(text)
    simple.append(run)
    paragraph._p.append(simple)
    paragraph.add_run(after)


# --- 1. bold and larger lines are headings -------------------------------------------------------


def test_bold_lines_of_body_size_are_headings(tmp_path: Path) -> None:
    # Measures written as bold paragraphs in the body's size, without numbers (the town typed them
    # and pressed Ctrl+B): each is a heading, as the same paragraph is in Word; a bold sentence is not.
    def build(document: DocxDocument) -> None:
        document.add_heading("南風町DX推進計画", level=0)
        document.add_heading("第1章 施策の展開", level=1)
        for number, (policy, measures) in enumerate(
            [
                ("行政手続のデジタル化", ["オンライン申請の拡大", "キャッシュレス決済の導入"]),
                ("業務の効率化", ["RPAの活用", "テレワークの推進"]),
            ],
            1,
        ):
            document.add_heading(f"基本方針{number} {policy}", level=2)
            for title in measures:
                document.add_paragraph().add_run(title).bold = True
                document.add_paragraph(DESCRIPTION.format(what=title))
        document.add_paragraph().add_run("すべての取組は、毎年度その進み具合を点検します。").bold = True

    pdf = _word_pdf(tmp_path, "bold", build)
    from dxcheck.importer.pdf_reader import read_pdf
    from dxcheck.importer.sniff import Deadline

    plan = _plan(import_document(pdf))
    # (LibreOffice sets 「RPA の活用」 apart, and PDFium reads a space there.)
    titles = ["オンライン申請の拡大", "キャッシュレス決済の導入", "RPAの活用", "テレワークの推進"]
    assert [_fold(m.title) for m in _measures(plan)] == titles
    assert _fold(_measures(plan)[2].description) == _fold(DESCRIPTION.format(what="RPAの活用"))
    blocks, _ = read_pdf(pdf.read_bytes(), Deadline())
    bold = {_fold(b.text): b for b in blocks if b.bold}
    assert bold["RPAの活用"].kind == "heading"
    assert bold["RPAの活用"].scale == pytest.approx(1.0, abs=0.05)
    assert bold["すべての取組は、毎年度その進み具合を点検します。"].kind == "paragraph"  # a sentence in bold


def test_two_numberings_set_in_one_size_nest_by_their_numbers(tmp_path: Path) -> None:
    # 「１．」 over 「（１）」 over 「①」, the first two bold in one size (the town set every heading of the
    # chapter alike): the size makes them one level, the numbers two. Read as the numbers say, as the
    # .docx is, and the 基本方針 chapter that only names the two policies is an overview, not two measures.
    # (A blind trial's plan F: its PDF read 11 measures, its .docx 9.)
    from docx.shared import Pt

    def heading(document: DocxDocument, text: str, size: float) -> None:
        run = document.add_paragraph().add_run(text)
        run.bold, run.font.size = True, Pt(size)

    def build(document: DocxDocument) -> None:
        heading(document, "第１章　基本方針", 14)
        document.add_paragraph("本町は、次の二つの基本方針を定めます。")
        document.add_paragraph("基本方針１　町民に寄り添うデジタル化")
        document.add_paragraph("基本方針２　スリムで強い役場への転換")
        heading(document, "第２章　具体的な取組", 14)
        for number, (policy, groups) in enumerate(NESTED_POLICIES, 1):
            heading(document, f"{'１２'[number - 1]}．{policy}", 12)
            for inner, (group, measures) in enumerate(groups, 1):
                heading(document, f"（{'１２'[inner - 1]}）{group}", 12)
                for circled, title in zip("①②", measures, strict=False):
                    document.add_paragraph(f"{circled}　{title}")
                    document.add_paragraph(DESCRIPTION.format(what=title))

    plan = _plan(import_document(_word_pdf(tmp_path, "nested", build)))
    tree = [(p.title, [(q.title, [_fold(m.title) for m in q.measures]) for q in p.policies]) for p in plan.policies]
    assert tree == [(policy, [(group, measures) for group, measures in groups]) for policy, groups in NESTED_POLICIES]


def test_circled_policies_over_bracketed_measures_in_one_size_nest_too(tmp_path: Path) -> None:
    # A hostile try: 「①　便利な行政サービス」 over 「（１）オンライン申請の拡充」, all bold in one size. A fixed order
    # (（１） over ①) read them flat, and put 「②」 under the measure 「（２）」 before it: two policies in a measure's
    # text. The order is the document's own: a style that starts a list under the open heading nests there.
    from docx.shared import Pt

    policies = [
        ("便利な行政サービス", ["オンライン申請の拡充", "窓口のキャッシュレス化"]),
        ("効率的な行政経営", ["RPAの導入", "テレワークの推進"]),
    ]

    def build(document: DocxDocument) -> None:
        run = document.add_paragraph().add_run("第２章　施策の展開")
        run.bold, run.font.size = True, Pt(14)
        for circled, (policy, measures) in zip("①②", policies, strict=True):
            run = document.add_paragraph().add_run(f"{circled}　{policy}")
            run.bold, run.font.size = True, Pt(12)
            for number, title in enumerate(measures, 1):
                run = document.add_paragraph().add_run(f"（{'１２'[number - 1]}）{title}")
                run.bold, run.font.size = True, Pt(12)
                document.add_paragraph(DESCRIPTION.format(what=title))

    plan = _plan(import_document(_word_pdf(tmp_path, "circled", build)))
    assert [(p.title, [_fold(m.title) for m in p.measures]) for p in plan.policies] == policies


def test_a_heading_of_another_style_nests_only_where_it_starts_or_continues_a_list() -> None:
    from dxcheck.importer.blocks import Origin
    from dxcheck.importer.structure import Node, _opens_list

    def heading(text: str) -> Node:
        marker = parse_marker(text)
        assert marker is not None
        return Node("heading", marker.title, Origin(), marker, 2)

    chapter, three = Node("heading", "第２章", Origin(), parse_marker("第２章 施策"), 1), heading("３．基幹業務システムの標準化")
    assert not _opens_list(heading("（４）RPAの導入"), [chapter, three])  # a stray number among 「３．」「５．」: a sibling
    assert _opens_list(heading("（１）RPAの導入"), [chapter, three])  # a list starting under 「３．」
    circled, paren = heading("①　便利な行政サービス"), heading("（２）窓口のキャッシュレス化")
    circled.entries.append(paren)
    assert not _opens_list(heading("②　効率的な行政経営"), [chapter, circled, paren])  # ① is open: ② is its sibling
    assert not _opens_list(heading("一　市民の利便性"), [chapter, three])  # 一、 基本方針1, 第1章: levels of their own


NESTED_POLICIES = [
    (
        "町民に寄り添うデジタル化",
        [("手続のオンライン化", ["電子申請の拡充", "キャッシュレス決済の導入"]), ("マイナンバーカード", ["カード取得の支援"])],
    ),
    (
        "スリムで強い役場への転換",
        [("業務の効率化", ["RPAの導入", "基幹系システムの標準化"]), ("情報セキュリティ", ["情報セキュリティ対策の強化"])],
    ),
]


# --- 2. columns ----------------------------------------------------------------------------------

COLUMN_MEASURES = [
    ("窓口のデジタル化", ["オンライン申請の拡大", "キャッシュレス決済の導入", "書かない窓口の推進"]),
    ("業務の効率化", ["RPAの活用", "テレワークの推進", "電子決裁の導入"]),
]


def _check_columns(result: ImportResult) -> None:
    plan = _plan(result)
    assert [p.title for p in _policies(plan)] == ["窓口のデジタル化", "業務の効率化"]
    measures = _measures(plan)
    assert [_fold(m.title) for m in measures] == [t for _, titles in COLUMN_MEASURES for t in titles]
    for measure in measures:  # each with its own paragraph, whole: no line of the other column in it
        assert _fold(measure.description) == _fold(DESCRIPTION.format(what=_fold(measure.title))), measure.title


def test_two_columns_of_a_browser_page_are_read_one_after_the_other(tmp_path: Path) -> None:
    # CSS column-count: 2, a title across both columns and a closing paragraph under them. The
    # headings have a coloured bar (position: relative), which Chromium draws after all the text of
    # the page: the content stream's order is not the reading order, the layout is.
    body = ["<h1>第3章 施策の展開</h1><p>本章では、基本方針ごとに取り組む施策を示します。</p><div class='cols'>"]
    for number, (policy, measures) in enumerate(COLUMN_MEASURES, 1):
        body.append(f"<h2>基本方針{number} {policy}</h2>")
        for index, title in enumerate(measures, 1):
            body.append(f"<h3>({index}) {title}</h3><p>{DESCRIPTION.format(what=title)}</p>")
    body.append("</div><h1>第4章 推進体制</h1><p>本計画は、DX推進本部が進行管理を行います。</p>")
    style = (
        ".cols{column-count:2;column-gap:10mm}h1{font-size:18pt}h2{font-size:14pt;position:relative;padding-left:8px}"
        "h2::before{content:'';position:absolute;left:0;top:4px;bottom:4px;width:4px;background:#369}"
        "h3{font-size:12pt;position:relative}"
    )
    pdf = _html_pdf(tmp_path, "columns", "".join(body), style)
    _check_columns(import_document(pdf))


def test_a_two_column_section_of_a_word_document_is_read_column_by_column(tmp_path: Path) -> None:
    # LibreOffice: an introduction across the page, then a section in two columns (Word's 段組み).
    from docx.enum.section import WD_SECTION

    def build(document: DocxDocument) -> None:
        document.add_heading("第3章 施策の展開", level=1)
        document.add_paragraph(
            "本章では、計画の基本方針ごとに、取り組む施策とその内容を示します。各施策は、関係課が連携して進めるものとし、毎年度その進捗を点検します。"
        )
        section = document.add_section(WD_SECTION.CONTINUOUS)
        section._sectPr.append(_w("cols", num="2", space="425"))
        for number, (policy, measures) in enumerate(COLUMN_MEASURES, 1):
            document.add_heading(f"基本方針{number} {policy}", level=2)
            for index, title in enumerate(measures, 1):
                document.add_heading(f"({index}) {title}", level=3)
                document.add_paragraph(DESCRIPTION.format(what=title))

    _check_columns(import_document(_word_pdf(tmp_path, "columns", build)))


# --- 3. running headers, footers, page numbers ---------------------------------------------------


def test_running_headers_and_page_numbers_are_dropped_by_where_they_stand(tmp_path: Path) -> None:
    # A header with the plan's name on the left and the chapter's on the right (one line, two parts
    # apart: the old reader took it for a table row), a footer 「－ 3 －」 or 「3 / 5」. The chapter's
    # heading, which the header repeats, stays; so does a paragraph cut by a page break.
    from docx.enum.section import WD_SECTION

    long_text = "".join(
        f"{w}の分野では、手続の見直しとオンライン化を段階的に進め、住民の利便性の向上を図ります。"
        for w in "子育て介護防災教育観光農業健康交通"
    )

    def build(document: DocxDocument) -> None:
        document.add_heading("北浜町DX推進計画", level=0)
        document.add_paragraph("令和6年3月")
        document.add_paragraph("北浜町")
        for chapter, (name, policies) in enumerate(
            [("計画の概要", []), ("施策の展開", [("窓口のデジタル化", 4), ("業務の効率化", 4), ("地域のデジタル化", 4)])], 1
        ):
            section = document.add_section(WD_SECTION.NEW_PAGE)
            section.header.is_linked_to_previous = False
            section.footer.is_linked_to_previous = False
            section.header.paragraphs[0].text = f"北浜町DX推進計画\t\t第{chapter}章 {name}"
            footer = section.footer.paragraphs[0]
            if chapter == 1:
                _page_field(footer, "\t－ ", "PAGE", " －")
            else:
                _page_field(footer, "\t", "PAGE", " / 5")
            document.add_heading(f"第{chapter}章 {name}", level=1)
            if not policies:
                document.add_paragraph("本計画の計画期間は、令和6年度から令和9年度までの4年間とします。")
            for number, (policy, count) in enumerate(policies, 1):
                document.add_heading(f"基本方針{number} {policy}", level=2)
                for index in range(1, count + 1):
                    document.add_heading(f"({index}) {policy}の取組{index}", level=3)
                    document.add_paragraph(long_text)
        document.sections[0].header.is_linked_to_previous = False

    pdf = _word_pdf(tmp_path, "headers", build)
    from dxcheck.importer.pdf_reader import read_pdf
    from dxcheck.importer.sniff import Deadline

    blocks, notes = read_pdf(pdf.read_bytes(), Deadline())
    texts = [b.text for b in blocks]
    assert not any("北浜町DX推進計画" in t for t in texts[1:]), [t for t in texts[1:] if "北浜町DX推進計画" in t]
    assert not [b for b in blocks if b.kind == "table"]
    assert not any(re.fullmatch(r"[－\s0-9/]+", t) for t in texts)
    assert "第2章施策の展開" in [_fold(b.text) for b in blocks if b.kind == "heading"]
    assert any("柱（ヘッダー・フッター）とページ番号" in n for n in notes), notes
    run = run_cli("import", str(pdf), "-o", str(tmp_path / "headers.yaml"))
    assert run.exit_code == 0, run.stderr
    assert "施策 12 件を読み取りました" in run.stderr
    plan = _plan(import_document(pdf))
    assert all(_fold(m.description) == _fold(long_text) for m in _measures(plan)), [m.description for m in _measures(plan)]
    assert _fold(plan.plan.title) == "北浜町DX推進計画"


def test_running_lines_of_a_browser_page(tmp_path: Path) -> None:
    # Pages laid out one by one (a town's HTML), each with a header and 「- N -」 in the margins; the
    # first line of each page's body is a measure's heading at the same height on every page, and stays.
    pages = []
    for page in range(1, 5):
        title = f"({page}) 取組その{page}"
        pages.append(
            "<div class='page'><div class='head'>西岡市DX推進計画　　第3章 施策の展開</div>"
            f"<div class='body'>{'<h2>第3章 施策の展開</h2><h3>基本方針1 窓口のデジタル化</h3>' if page == 1 else ''}"
            f"<h4>{title}</h4><p>{DESCRIPTION.format(what=title)}</p></div><div class='foot'>- {page} -</div></div>"
        )
    style = (
        ".page{height:250mm;position:relative;page-break-after:always}.head{position:absolute;top:0;left:0;right:0;font-size:9pt}"
        ".body{position:absolute;top:30mm;left:0;right:0}.foot{position:absolute;bottom:0;width:100%;text-align:center;font-size:9pt}"
        "h4{font-size:11pt;margin:0}"
    )
    pdf = _html_pdf(tmp_path, "running", "".join(pages), style)
    plan = _plan(import_document(pdf))
    assert [m.title for m in _measures(plan)] == [f"取組その{page}" for page in range(1, 5)]
    assert "西岡市" not in " ".join(_fold(m.description) for m in _measures(plan))


# --- 4. Symbol and Wingdings bullets ---------------------------------------------------------------


def test_word_bullets_in_a_libreoffice_pdf_are_list_items(tmp_path: Path) -> None:
    # eniwa's measures are a bulleted list (Word's List Bullet: U+F0B7 in Symbol, then a tab). Its PDF
    # must read as the Word document does, and score the same.
    if soffice() is None:
        pytest.skip(SOFFICE_MISSING)
    check = check_file(ROOT / "plans" / "eniwa.yaml", shipped_catalogue().select({"dx": "1.0"}))
    assert check.plan is not None
    word = to_docx(from_plan(check.plan), tmp_path / "eniwa.docx", list_style="List Bullet")
    (pdf,) = docx_to_pdf([word], tmp_path)
    scores = []
    for document in (word, pdf):  # the audit of the PDF is the audit of the Word document (55 each; 33.3 before)
        run = run_cli("audit", str(document), "--format", "json")
        assert run.exit_code in (0, 1), run.stderr
        scores.append(json.loads(run.output)["overall_score"])
    assert scores[1] == scores[0]
    from_word, from_pdf = import_document(word), import_document(pdf)
    assert from_pdf.measures == from_word.measures == 24
    assert [m.title for m in _measures(_plan(from_pdf))] == [m.title for m in _measures(_plan(from_word))]
    from dxcheck.importer.pdf_reader import read_pdf
    from dxcheck.importer.sniff import Deadline

    blocks, _ = read_pdf(pdf.read_bytes(), Deadline())
    items = [b for b in blocks if b.kind == "item"]
    assert len(items) == 24
    assert {b.bullet for b in items} == {"・"}
    assert not [b for b in blocks if b.kind == "table"]


# --- 5. the cover --------------------------------------------------------------------------------


def test_a_cover_page_is_read_as_a_cover(tmp_path: Path) -> None:
    # A cover set large: the ordinal, the title, a subtitle, the date 「令和4年3月」 and the town in 16 pt
    # bold, the code under its label. They are the plan's title, town, date and code: no heading, no policy.
    cover = (
        "<div class='cover'><p class='big'>第2期</p><h1>東野町DX推進計画</h1><p class='big'>～誰一人取り残さないデジタル化～</p>"
        "<p class='big'>令和4年3月</p><p class='big'><b>東野町</b></p><p>地方公共団体コード</p><p>012319</p></div>"
    )
    body = (
        "<h2>第1章 計画の概要</h2><h3>1. 計画の期間</h3>"
        "<p>第1期計画の期間は令和元年度から令和3年度まででした。本計画の計画期間は、令和4年度から令和8年度までの5年間とします。</p>"
        "<h2>第2章 施策の展開</h2><h3>基本方針1 行政手続のデジタル化</h3>"
        f"<h4>① オンライン申請の拡大</h4><p>{DESCRIPTION.format(what='オンライン申請')}</p>"
        f"<h4>② キャッシュレス決済の導入</h4><p>{DESCRIPTION.format(what='キャッシュレス決済')}</p>"
    )
    style = ".cover{text-align:center;page-break-after:always;padding-top:50mm}h1{font-size:26pt}.big{font-size:16pt}h2{font-size:16pt}h3{font-size:13pt}h4{font-size:12pt}"
    pdf = _html_pdf(tmp_path, "cover", cover + body, style)
    result = import_document(pdf)
    plan = _plan(result)
    assert [p.title for p in _policies(plan)] == ["行政手続のデジタル化"]
    assert [m.title for m in _measures(plan)] == ["オンライン申請の拡大", "キャッシュレス決済の導入"]
    assert plan.plan.title == "第2期東野町DX推進計画"
    assert plan.municipality.name == "東野町"
    assert plan.plan.adopted == "2022-03"
    assert plan.municipality.code == "012319"
    assert plan.plan.period is not None
    assert (plan.plan.period.start, plan.plan.period.end) == (2022, 2026)
    run = run_cli("import", str(pdf))
    assert run.exit_code == 0, run.stderr
    assert 'adopted: "2022-03"' in run.output
    assert "方針 1 件、施策 2 件を読み取りました" in run.stderr


# --- 6. a heading's number on a line of its own; numbering typed with other dashes ---------------


NUMBERS = [  # (as typed, style, ordinal, title)
    ("Ⅲ−１−(1) 窓口のデジタル化", "hyphen3", 1, "窓口のデジタル化"),  # U+2212, a full-width digit, a bracketed part
    ("２−３ テレワークの推進", "hyphen2", 3, "テレワークの推進"),
    ("2‑3 テレワークの推進", "hyphen2", 3, "テレワークの推進"),  # U+2011
    ("2–3 テレワークの推進", "hyphen2", 3, "テレワークの推進"),  # U+2013
    ("2‐3 テレワークの推進", "hyphen2", 3, "テレワークの推進"),  # U+2010
    ("2―3 テレワークの推進", "hyphen2", 3, "テレワークの推進"),  # U+2015
    ("２－３ テレワークの推進", "hyphen2", 3, "テレワークの推進"),  # U+FF0D
    ("Ⅱ−2 業務の効率化", "hyphen2", 2, "業務の効率化"),
    ("施策３−４ 電子決裁の導入", "label:施策", 4, "電子決裁の導入"),
    ("基本方針１−２　人材の育成", "label:基本方針", 2, "人材の育成"),
]


def test_numbers_typed_with_any_dash_parse() -> None:
    parsed = [parse_marker(text) for text, *_ in NUMBERS]
    assert [(m.key, m.value, m.title) if m else None for m in parsed] == [tuple(case[1:]) for case in NUMBERS]


def test_a_heading_number_on_its_own_line_is_joined_to_its_title(tmp_path: Path) -> None:
    # 「施策 1-2」 on one line and its title on the next (a line break after the label), numbers typed
    # with U+2212 and full-width digits: each is one measure, not text run into the one before.
    numbers = ["施策 1-1", "施策 1−2", "施策 １－３", "施策 2-1", "施策 2−2", "施策 2‐3"]
    titles = ["オンライン申請の拡大", "キャッシュレス決済の導入", "書かない窓口の推進", "RPAの活用", "テレワークの推進", "電子決裁の導入"]

    def build(document: DocxDocument) -> None:
        document.add_heading("第1章 施策の展開", level=1)
        for number, (shown, title) in enumerate(zip(numbers, titles, strict=True)):
            if number % 3 == 0:
                document.add_heading(f"基本方針{number // 3 + 1} {'窓口のデジタル化' if number == 0 else '業務の効率化'}", level=2)
            heading = document.add_paragraph()
            heading.add_run(shown).add_break()
            heading.add_run(title)
            document.add_paragraph(DESCRIPTION.format(what=title))

    pdf = _word_pdf(tmp_path, "numbers", build)
    plan = _plan(import_document(pdf))
    assert [_fold(m.title) for m in _measures(plan)] == titles
    assert [_fold(m.description) for m in _measures(plan)] == [_fold(DESCRIPTION.format(what=t)) for t in titles]
    from dxcheck.importer.numbering import bare_marker

    assert all(bare_marker(n) for n in numbers)


# --- 7. metadata ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def metadata_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A second plan whose cover puts the code on the line after its label, and whose text gives the
    previous plan's period (in its 背景, and in the sentence before this plan's)."""

    def build(document: DocxDocument) -> None:
        document.add_heading("第2期西浜町DX推進計画", level=0)
        document.add_paragraph("西浜町")
        document.add_paragraph("地方公共団体コード")
        document.add_paragraph("012319")
        from docx.enum.text import WD_BREAK

        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        document.add_heading("第1章 計画の概要", level=1)
        document.add_heading("1. 計画の背景", level=2)
        document.add_paragraph("前計画（計画期間：令和2年度～令和5年度）では、窓口のオンライン化に取り組みました。")
        document.add_heading("2. 計画の期間", level=2)
        document.add_paragraph("第1期計画の期間は令和2年度～令和5年度でした。本計画の期間は、令和6年度から令和10年度までの5年間とします。")
        document.add_heading("第2章 施策の展開", level=1)
        document.add_heading("基本方針1 窓口のデジタル化", level=2)
        for index, title in enumerate(["オンライン申請の拡大", "キャッシュレス決済の導入"], 1):
            document.add_heading(f"({index}) {title}", level=3)
            document.add_paragraph(DESCRIPTION.format(what=title))

    return _word_pdf(tmp_path_factory.mktemp("metadata"), "metadata", build)


def test_the_code_on_the_line_after_its_label(metadata_pdf: Path) -> None:
    assert _plan(import_document(metadata_pdf)).municipality.code == "012319"


def test_the_period_is_this_plans_not_the_previous_ones(metadata_pdf: Path) -> None:
    result = import_document(metadata_pdf)
    period = _plan(result).plan.period
    assert period is not None
    assert (period.start, period.end) == (2024, 2028)
    assert "計画期間は計画期間の節の「令和6年度から令和10年度まで」から読みました" in result.notes


# --- 8. ruled tables -----------------------------------------------------------------------------

TABLE_MEASURES = [
    (
        "オンライン申請の拡大",
        "子育て・介護など住民の利用が多い手続から順にオンライン化を進め、マイナポータルのぴったりサービスを活用して申請から交付までを完結させます。",
        "総務課",
    ),
    ("キャッシュレス決済の導入", "窓口での手数料の支払いにキャッシュレス決済を導入し、住民の待ち時間を減らします。", "税務課"),
    ("書かない窓口の推進", "申請書に何度も同じことを書かずに済むよう、窓口で職員が聞き取って申請書を作る仕組みを導入します。", "住民課"),
]


def _check_table(result: ImportResult) -> None:
    plan = _plan(result)
    measures = _measures(plan)
    assert [m.title for m in measures] == [t for t, _, _ in TABLE_MEASURES]
    assert [_fold(m.description) for m in measures] == [_fold(d) for _, d, _ in TABLE_MEASURES]
    assert [m.owner for m in measures] == [o for _, _, o in TABLE_MEASURES]


def test_a_ruled_table_of_measures_in_a_browser_pdf(tmp_path: Path) -> None:
    # The 取組名 and 内容 cells wrap over several lines (the old reader made a row of each line).
    rows = "".join(f"<tr><td>{t}</td><td>{d}</td><td>{o}</td></tr>" for t, d, o in TABLE_MEASURES)
    body = (
        "<h2>第1章 施策の展開</h2><h3>基本方針1 窓口のデジタル化</h3><p>窓口の手続を見直し、住民の利便性を高めます。</p>"
        f"<table><tr><th>取組名</th><th>内容</th><th>担当課</th></tr>{rows}</table>"
    )
    style = "table{border-collapse:collapse}td,th{border:1px solid #444;padding:2px 6px;font-size:10pt}td:first-child{width:70pt}"
    _check_table(import_document(_html_pdf(tmp_path, "table", body, style)))


def test_a_ruled_table_of_measures_in_a_word_pdf(tmp_path: Path) -> None:
    def build(document: DocxDocument) -> None:
        document.add_heading("第1章 施策の展開", level=1)
        document.add_heading("基本方針1 窓口のデジタル化", level=2)
        document.add_paragraph("窓口の手続を見直し、住民の利便性を高めます。")
        table = document.add_table(rows=1, cols=3)
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, ["取組名", "内容", "担当課"], strict=True):
            cell.text = text
        for row in TABLE_MEASURES:
            for cell, text in zip(table.add_row().cells, row, strict=True):
                cell.text = text

    _check_table(import_document(_word_pdf(tmp_path, "table", build)))


def test_the_years_of_a_previous_plan_in_a_sentence_are_not_the_period() -> None:
    # The same rule on sentences as plans write them: the years in the clause (or the brackets) of the
    # previous plan are skipped, this plan's taken, in the same sentence or the next.
    from dxcheck.importer.blocks import Block, Origin
    from dxcheck.importer.metadata import read_metadata

    cases = [
        (
            "第2期東町DX推進計画",
            "第1期計画の期間は令和2年度～令和5年度でした。本計画の期間は、令和6年度から令和10年度までとします。",
            (2024, 2028),
        ),
        (
            "東町DX推進計画",
            "本計画は、前計画（令和2年度～令和5年度）の成果を踏まえ、令和6年度から令和10年度までを期間とします。",
            (2024, 2028),
        ),
        ("東町DX推進計画", "第1期計画（令和2年度～令和5年度）に続き、本計画は令和6年度から令和10年度までとします。", (2024, 2028)),
        ("東町DX推進計画", "本計画は第1期計画として、令和5年度から令和9年度までを計画期間とします。", (2023, 2027)),
        (
            "第3次東町地域情報化計画",
            "第2次計画の期間は令和2年度～令和5年度でした。計画期間は令和6年度を初年度とし、令和10年度までの5年間です。",
            (2024, 2028),
        ),
        ("東町DX推進計画", "前計画の期間は令和2年度～令和5年度でした。", (None, None)),
    ]
    for title, sentence, period in cases:
        blocks = [Block("heading", "1. 計画の期間", Origin()), Block("paragraph", sentence, Origin())]
        meta = read_metadata([Block("heading", title, Origin())], blocks, "x")
        assert (meta.period_start, meta.period_end) == period, sentence


def test_a_browser_table_with_cells_merged_down_keeps_its_columns(tmp_path: Path) -> None:
    """基本理念｜基本目標｜施策 printed by Chromium with the first two columns merged down (rowspan): the
    browser rules the side of a merged cell in some rows only, and the rows without it ran the 基本目標
    into the 基本理念 (「デジタルで くらしのデジタル化」), losing the policy of their measures."""
    from conftest import all_policies

    if chromium() is None:
        pytest.skip("Chromium is not installed, so no browser PDF can be made (.ci/run installs Debian's chromium)")
    measures = [
        ["オンライン申請の拡大", "マイナンバーカードの取得支援", "スマホ教室の開催"],
        ["基幹系システムの標準化", "RPAの導入", "テレワーク環境の整備"],
    ]
    rows = []
    for g, (goal, titles) in enumerate(zip(("くらしのデジタル化", "役場のデジタル化"), measures, strict=True), 1):
        for i, title in enumerate(titles):
            first = '<td rowspan="6">蛍の里に、<br>デジタルで<br>安心と活力を</td>' if g == 1 and i == 0 else ""
            goal_cell = f'<td rowspan="3">基本目標{g}<br>{goal}</td>' if i == 0 else ""
            rows.append(f"<tr>{first}{goal_cell}<td>{title}</td></tr>")
    html = (
        '<html><head><meta charset="utf-8"><style>table{border-collapse:collapse} td,th{border:1px solid #000;padding:4px}</style></head>'
        "<body><h1>芽吹町デジタル推進計画</h1><h2>4 施策体系</h2><table><tr><th>基本理念</th><th>基本目標</th><th>施策</th></tr>"
        + "".join(rows)
        + "</table></body></html>"
    )
    pdf = print_pdf(html, tmp_path / "plan.pdf", tmp_path)
    from ruamel.yaml import YAML

    plan = YAML(typ="safe").load(import_document(pdf).yaml)
    found = {p["title"]: [m["title"] for m in p.get("measures") or []] for p in all_policies(plan["policies"])}
    assert found == {"くらしのデジタル化": measures[0], "役場のデジタル化": measures[1]}
