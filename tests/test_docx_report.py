"""The Word report (`--format docx`, `-o 報告.docx`) for audit, compare and diff: read back with python-docx
as Word would show it (styles, headings, tables, the summary, A4, Japanese fonts, page numbers), the
same bytes for the same input, and opened by LibreOffice (converted to PDF) as Word-compatible software.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from conftest import PLANS, ROOT, pipeline, run_cli
from dxcheck.model.results import AuditResult

ASHIBETSU = PLANS / "ashibetsu.yaml"
KAMISATO = PLANS / "kamisato.yaml"


def _report(tmp_path: Path, *arguments: str, name: str = "report.docx") -> Path:
    target = tmp_path / name
    run = run_cli(*arguments, "-o", str(target))
    assert run.exit_code in (0, 1), run.stderr
    assert target.read_bytes()[:2] == b"PK"
    return target


def _headings(path: Path) -> list[tuple[str, str]]:
    return [
        (p.style.name, p.text)
        for p in Document(str(path)).paragraphs
        if p.style is not None and p.style.name.startswith(("Heading", "Title"))
    ]


def _after(path: Path, heading: str) -> str:
    """The text of the paragraph that follows a heading."""
    paragraphs = Document(str(path)).paragraphs
    index = next(n for n, p in enumerate(paragraphs) if p.text == heading and p.style is not None and p.style.name.startswith("Heading"))
    return paragraphs[index + 1].text


def _cells(path: Path) -> list[list[list[str]]]:
    return [[[cell.text for cell in row.cells] for row in table.rows] for table in Document(str(path)).tables]


def _without_kamisato_telework_free_measure(tmp_path: Path) -> Path:
    """kamisato with the measure that gives dx/online removed: the diff the tests read back."""
    text = ASHIBETSU.read_text(encoding="utf-8")
    start, end = text.index('      - id: "2-5"'), text.index('      - id: "2-6"')
    edited = tmp_path / "ashibetsu.yaml"
    edited.write_text(text[:start] + text[end:], encoding="utf-8")
    return edited


# --- read back -----------------------------------------------------------------------------------


def test_the_audit_report_reads_back_with_headings_tables_and_the_summary(tmp_path: Path) -> None:
    from dxcheck.report.summary import audit_summary

    path = _report(tmp_path, "audit", str(KAMISATO))
    headings = _headings(path)
    assert headings[0] == ("Title", "上里町情報化推進基本計画 基本方針（埼玉県）")  # the title names the town once
    assert ("Heading 1", "概要") in headings
    assert ("Heading 1", "自治体DX推進計画（第1.0版） — スコア 100") not in headings  # kamisato does not score 100 on dx
    assert ("Heading 2", "重点取組事項") in headings
    assert ("Heading 2", "個別施策の5本柱") in headings
    assert [h for h in headings if h[0] == "Heading 1"][-3:] == [
        ("Heading 1", "優先的にオンライン化すべき手続"),
        ("Heading 1", "指摘"),
        ("Heading 1", "スコア"),
    ]
    result = pipeline().audit(KAMISATO)
    assert isinstance(result, AuditResult)
    summary = _after(path, "概要")
    assert summary == audit_summary(result, "ja")
    assert "自治体DX推進計画の重点取組事項 6 項目のうち 4 項目に取り組んでいます（うち 1 項目は一部）。" in summary
    assert "「自治体のAI・RPAの利用推進」「テレワークの推進」は計画に記載がありません。" in summary
    tables = _cells(path)
    facts = dict((row[0], row[1]) for row in tables[0])
    assert facts["自治体"] == "上里町（埼玉県、113859）"
    assert facts["計画の日付"].startswith("2020年")  # the plan's own date, never today's
    assert "自治体DX推進計画（第1.0版）" in facts["照合した枠組み"]
    assert "[dx" not in facts["照合した枠組み"]  # the reader's names of the documents, not dxcheck's ids
    priority = next(t for t in tables if t[1][0] == "自治体の情報システムの標準化・共通化")
    assert priority[0] == ["項目", "状況", "根拠（施策）"]  # no id column: dxcheck's ids mean nothing to a council
    telework = next(row for row in priority if row[0] == "テレワークの推進")
    assert telework[1] == "○ なし"
    assert {row[1] for row in priority[1:]} <= {"● 取組あり", "◐ 一部", "○ なし", "− 除外"}
    scores = tables[-1]
    assert scores[-1][0] == "総合"
    assert scores[-1][-1] == f"{result.overall_score:g}"


def test_word_styles_a4_japanese_fonts_and_page_numbers(tmp_path: Path) -> None:
    path = _report(tmp_path, "audit", str(ASHIBETSU))
    document = Document(str(path))
    section = document.sections[0]
    assert section.page_width is not None
    assert section.page_height is not None
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert {t.style.name if t.style is not None else None for t in document.tables} == {"Table Grid"}

    def east_asia(style: str) -> str | None:
        fonts = document.styles[style].element.rPr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:eastAsiaTheme")) is None  # a theme font would win over the name
        name = fonts.get(qn("w:eastAsia"))
        return str(name) if name is not None else None

    assert east_asia("Normal") == "ＭＳ 明朝"  # not 游明朝: see docx_report.BODY_FONT, and the PDF test below
    assert east_asia("Heading 1") == east_asia("Title") == "游ゴシック"
    fields = [node.text.strip() for node in section.footer._element.iter(qn("w:instrText"))]
    assert fields == ["PAGE", "NUMPAGES"]
    fonts = zipfile.ZipFile(path).read("word/fontTable.xml").decode("utf-8")
    assert '<w:font w:name="ＭＳ 明朝"><w:altName w:val="Noto Serif CJK JP"/>' in fonts
    properties = document.core_properties
    assert properties.created == properties.modified == datetime(2020, 12, 25, tzinfo=UTC)
    assert properties.author == "dxcheck"
    # The header row of every table repeats on each page.
    # (The 書き方の手がかり are label/value tables like the first, without a header.)
    advice = {"記載例", "国の目標", "KPI の例", "国の文書"}
    assert all(
        t.rows[0]._tr.trPr is not None and t.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
        for t in document.tables[1:]
        if t.rows[0].cells[0].text not in advice
    )


def test_the_report_in_english(tmp_path: Path) -> None:
    path = _report(tmp_path, "audit", str(KAMISATO), "--lang", "en")
    headings = _headings(path)
    assert ("Heading 1", "Summary") in headings
    assert ("Heading 2", "Priority items") in headings
    assert "Not in the plan: “Using AI and RPA in local government”, “Telework for the municipality's own staff”." in _after(
        path, "Summary"
    )


def test_compare_is_the_matrix_then_each_town(tmp_path: Path) -> None:
    path = _report(tmp_path, "compare", str(PLANS), "--sort", "name")
    headings = _headings(path)
    assert headings[0] == ("Title", "自治体DX計画の比較")
    towns = [text for style, text in headings if style == "Heading 1" and text.endswith(("（北海道）", "（埼玉県）"))]
    names = ["上里町", "富良野市", "恵庭市", "芦別市"]
    assert [next(n for n in names if t.startswith(n)) for t in towns] == names  # each plan's title, which names its town
    matrix = _cells(path)[0]
    assert matrix[0][:3] == ["自治体", "K1", "K2"]
    assert [row[0] for row in matrix[1:]] == ["上里町", "富良野市", "恵庭市", "芦別市"]
    assert headings.count(("Heading 1", "概要")) == 4


def test_diff_report(tmp_path: Path) -> None:
    edited = _without_kamisato_telework_free_measure(tmp_path)
    path = _report(tmp_path, "diff", str(ASHIBETSU), str(edited), "--format", "docx")
    headings = _headings(path)
    assert headings[0][1].startswith("計画の変更点: 芦別市")
    assert [text for style, text in headings if style == "Heading 1"] == ["概要", "状況が変わった国の項目", "施策の変更", "スコア"]
    assert "国の必須項目 1 項目で取組が後退しました: 「テレワークの推進」（● → ○）。" in _after(path, "概要")
    tables = _cells(path)
    items = next(t for t in tables if t[0][0] == "項目")
    assert items[1][:4] == ["dx/telework\nテレワークの推進", "● 取組あり", "○ なし", "後退"]
    measures = next(t for t in tables if t[0][:2] == ["変更", "施策"])
    assert measures[1][:2] == ["削除", "2-5「テレワークの推進」"]


def test_o_docx_means_docx_for_every_command(tmp_path: Path) -> None:
    for arguments in (["audit", str(KAMISATO)], ["compare", str(PLANS)], ["diff", str(KAMISATO), str(KAMISATO)]):
        _report(tmp_path, *arguments)
    refused = run_cli("audit", str(KAMISATO), "--format", "markdown", "-o", str(tmp_path / "x.docx"))
    assert refused.exit_code == 2


def test_the_same_input_gives_the_same_bytes(tmp_path: Path) -> None:
    edited = _without_kamisato_telework_free_measure(tmp_path)
    for arguments in (["audit", str(KAMISATO)], ["compare", str(PLANS)], ["diff", str(ASHIBETSU), str(edited)]):
        first = _report(tmp_path, *arguments, name="first.docx").read_bytes()
        second = _report(tmp_path, *arguments, name="second.docx").read_bytes()
        assert first == second, arguments
        assert {info.date_time for info in zipfile.ZipFile(io.BytesIO(first)).infolist()} == {(2020, 12, 25, 0, 0, 0)}


# --- opened by Word-compatible software ----------------------------------------------------------


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        pytest.skip("LibreOffice is not installed, so the Word file cannot be opened (.ci/run installs Debian's libreoffice-writer-nogui)")
    return found


def to_pdf(docx: Path, folder: Path) -> Path:
    """The document converted to PDF by headless LibreOffice, with a profile of its own."""
    profile = (folder / "profile").as_uri()
    subprocess.run(
        [_soffice(), f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(docx)],
        capture_output=True,
        check=True,
        timeout=240,
    )
    return folder / (docx.stem + ".pdf")


def test_libreoffice_opens_it_as_a_word_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """And docs/images/report-docx-page1.png is its first page (DXCHECK_UPDATE_DOCS=1 writes it)."""
    import pypdfium2 as pdfium

    monkeypatch.chdir(ROOT)  # the report names the file as the user typed it: plans/kamisato.yaml
    docx = _report(tmp_path, "audit", "plans/kamisato.yaml")
    pdf = to_pdf(docx, tmp_path)
    document = pdfium.PdfDocument(str(pdf))
    assert len(document) >= 2
    width, height = document[0].get_size()
    assert (round(width), round(height)) == (595, 842)  # A4, in points
    first = "".join(document[0].get_textpage().get_text_range().split())
    assert "上里町情報化推進基本計画" in first
    assert "概要" in first
    assert "「テレワークの推進」は計画に記載がありません。" in first
    last = "".join(document[len(document) - 1].get_textpage().get_text_range().split())
    assert f"{len(document)}/{len(document)}" in last  # the footer's page number fields, updated
    if os.environ.get("DXCHECK_UPDATE_DOCS") == "1":
        image = document[0].render(scale=1.5).to_pil()
        (ROOT / "docs" / "images").mkdir(exist_ok=True)
        image.save(ROOT / "docs" / "images" / "report-docx-page1.png", optimize=True)


def test_libreoffice_opens_the_diff(tmp_path: Path) -> None:
    import pypdfium2 as pdfium

    edited = _without_kamisato_telework_free_measure(tmp_path)
    pdf = to_pdf(_report(tmp_path, "diff", str(ASHIBETSU), str(edited), name="diff.docx"), tmp_path)
    text = "".join(pdfium.PdfDocument(str(pdf))[0].get_textpage().get_text_range().split())
    assert "状況が変わった国の項目" in text
    assert "2-5「テレワークの推進」" in text


def test_a_period_not_found_in_a_document_is_said_to_be_unread_not_absent(tmp_path: Path) -> None:
    """Issue 28 item 5: 「計画期間 定めなし」 was printed when dxcheck did not find the period in a Word
    plan — a failure of the reading shown as the plan's silence. Read from a document it says so; a
    YAML plan without a period says 記載なし."""
    import docx

    plan = docx.Document()
    plan.add_paragraph("芽吹町デジタル推進計画")
    plan.add_heading("第3章 施策の展開", level=1)
    plan.add_heading("基本方針1 便利な町", level=2)
    for title in ("オンライン申請の拡充", "テレワークの推進"):
        plan.add_heading(f"（1）{title}", level=3)
        plan.add_paragraph(f"{title}を進めます。")
    source = tmp_path / "plan.docx"
    plan.save(str(source))
    report = _report(tmp_path, "audit", str(source), "--accept-reading")
    periods = {row[1] for table in _cells(report) for row in table if len(row) > 1 and row[0] == "計画期間"}
    assert periods == {"文書から読み取れませんでした"}
    yaml_report = _report(tmp_path, "audit", str(PLANS / "kamisato.yaml"), name="yaml.docx")
    assert {row[1] for table in _cells(yaml_report) for row in table if len(row) > 1 and row[0] == "計画期間"} == {"記載なし"}


def test_an_optional_item_left_out_is_optional_not_red_missing(tmp_path: Path) -> None:
    """Issue 28 item 6: ashibetsu leaves out dx/bpr (BPRの取組の徹底), which is optional: the Word report
    showed a red 「○ なし」 where the terminal and every other format show ◌ 任意. The legend says what ◌
    means."""
    report = _report(tmp_path, "audit", str(PLANS / "ashibetsu.yaml"))
    rows = [row for table in _cells(report) for row in table if len(row) > 2 and row[0] == "BPRの取組の徹底"]
    assert rows
    assert {row[1] for row in rows} == {"◌ 任意"}
    assert any("◌ 任意の項目・取組なし" in p.text for p in Document(str(report)).paragraphs)


# --- issue 28, items 7, 8, 9: the Word report as its readers see it ------------------------------


def _fuchu_plan(tmp_path: Path) -> Path:
    """A Word plan whose title names its town, with measures on two pages and no prefecture on its cover."""
    import docx

    plan = docx.Document()
    plan.add_paragraph("府中市デジタル化推進計画")
    plan.add_paragraph("府中市")
    plan.add_paragraph("計画期間 令和6年度から令和10年度まで")
    plan.add_heading("第3章 施策の展開", level=1)
    plan.add_heading("基本方針1 便利な市役所", level=2)
    for title in ("オンライン申請の拡充", "テレワークの推進"):
        plan.add_heading(f"（1）{title}", level=3)
        plan.add_paragraph(f"{title}を進めます。")
    plan.add_page_break()  # type: ignore[no-untyped-call]
    plan.add_heading("基本方針2 安全な情報システム", level=2)
    plan.add_heading("（1）情報セキュリティ対策の徹底", level=3)
    plan.add_paragraph("情報セキュリティポリシーを見直し、職員研修を実施します。")
    source = tmp_path / "fuchu.docx"
    plan.save(str(source))
    return source


def _pdf_text(pdf: Path) -> str:
    import pypdfium2 as pdfium

    return "\n".join(page.get_textpage().get_text_range() for page in pdfium.PdfDocument(str(pdf)))


def test_evidence_from_a_document_names_its_title_and_page_not_the_draft_ids(tmp_path: Path) -> None:
    """Item 7: the evidence of a plan read from a Word file was 「1-2「テレワークの推進」」 — 1-2 is dxcheck's
    numbering of its draft, which the reader never sees — and findings were placed by lines of that
    draft. The reader gets the title as the document writes it, and its page."""
    report = _report(tmp_path, "audit", str(_fuchu_plan(tmp_path)), "--accept-reading")
    rows = {
        row[0]: row[2]
        for table in _cells(report)
        for row in table
        if len(row) == 3 and row[0] in ("テレワークの推進", "セキュリティ対策の徹底")
    }
    assert rows == {
        "テレワークの推進": "「テレワークの推進」（p.1）（推定）",
        "セキュリティ対策の徹底": "「情報セキュリティ対策の徹底」（p.2）（推定）",
    }
    findings = next(t for t in _cells(report) if t[0] == ["コード", "重大度", "内容", "場所"])
    assert not any(row[3].endswith(" 行") for row in findings[1:])
    # A YAML plan keeps its own ids (the plan's numbering) and lines.
    yaml_report = _report(tmp_path, "audit", str(KAMISATO), name="yaml.docx")
    assert any("G5-2「デジタル・インクルージョン」" in row[2] for table in _cells(yaml_report) for row in table if len(row) == 3)


def test_findings_are_in_the_readers_words_and_name_no_command(tmp_path: Path) -> None:
    """Item 8: 「municipality.prefecture が空です」, 「「dx/ai-rpa」自治体のAI・RPAの利用推進 に…」 and
    「確かめて直すには: dxcheck import …」 reached council readers."""
    report = _report(tmp_path, "audit", str(_fuchu_plan(tmp_path)), "--accept-reading")
    text = "\n".join(p.text for p in Document(str(report)).paragraphs)
    text += "\n".join(cell for table in _cells(report) for row in table for cell in row)
    for words in ("municipality.", "plan.governance", "dxcheck import", "dxcheck explain", "--accept-reading", "「dx/", "「kanmin/"):
        assert words not in text, words
    assert "都道府県が書かれていません" in text
    assert "「自治体のAI・RPAの利用推進」に取り組む施策がありません" in text
    assert "計画書（Word 文書）から方針・施策の構成を推定して読み取りました。判定はこの読み取りによります。" in text
    # The terminal keeps the commands: its reader runs them.
    terminal = run_cli("audit", str(tmp_path / "fuchu.docx"), "--accept-reading").output
    assert "dxcheck import" in terminal


def test_the_title_names_the_town_once_and_the_score_header_does_not_wrap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Item 9: the title was 「府中市 府中市デジタル化推進計画」, and the scores' header 「● 取組あり」 wrapped
    to 「● 取組あ／り」 in its 20 mm column."""
    report = _report(tmp_path, "audit", str(_fuchu_plan(tmp_path)), "--accept-reading")
    assert _headings(report)[0] == ("Title", "府中市デジタル化推進計画")
    monkeypatch.chdir(ROOT)
    kamisato = _report(tmp_path, "audit", "plans/kamisato.yaml", name="kamisato.docx")
    assert _headings(kamisato)[0] == ("Title", "上里町情報化推進基本計画 基本方針（埼玉県）")
    lines = _pdf_text(to_pdf(kamisato, tmp_path)).splitlines()
    header = next(line for line in lines if "スコア" in line and "除外" in line)
    assert "●取組あり" in "".join(header.split()), header


def test_libreoffice_draws_the_body_in_a_mincho_and_the_headings_in_a_gothic(tmp_path: Path) -> None:
    """Item 9: the report asked for 游明朝, which LibreOffice does not have nor knows to be a Mincho: the
    PDF came out in Noto Sans. Each character's font, as the PDF LibreOffice writes has it."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    pdf = pdfium.PdfDocument(str(to_pdf(_report(tmp_path, "audit", str(KAMISATO)), tmp_path)))
    page = pdf[0].get_textpage()
    text = page.get_text_range()

    def font(word: str) -> str:
        index = text.index(word)
        size = raw.FPDFText_GetFontInfo(page.raw, index, None, 0, None)
        name = ctypes.create_string_buffer(size)
        raw.FPDFText_GetFontInfo(page.raw, index, name, size, None)
        return name.value.decode()

    assert "SerifCJK" in font("テレワークの推進」は計画に記載がありません")  # the summary: body text
    assert "SerifCJK" in font("照合した枠組み")  # a table
    assert "SansCJK" in font("概要")  # a heading
    assert "Serif" in font("2020")  # Latin and digits in the body: Liberation Serif, not DejaVu Sans
    assert "Liberation" not in font("●")  # Liberation Serif's ● is a dot half the size of the ◐ beside it


def test_the_diff_of_a_document_says_where_a_removed_measure_was_without_a_question_mark(tmp_path: Path) -> None:
    """Item 9: a measure removed from a plan read from a document printed 「前の版の ?」 (no line to give)."""
    import docx

    before = _fuchu_plan(tmp_path)
    plan = docx.Document(str(before))
    for paragraph in plan.paragraphs:
        if paragraph.text in ("（1）テレワークの推進", "テレワークの推進を進めます。"):
            paragraph._element.getparent().remove(paragraph._element)
    after = tmp_path / "fuchu-after.docx"
    plan.save(str(after))
    report = _report(tmp_path, "diff", str(before), str(after), "--format", "docx", name="diff.docx")
    measures = next(t for t in _cells(report) if t[0][:2] == ["変更", "施策"])
    removed = [row for row in measures[1:] if row[0] == "削除"]
    assert removed
    assert removed[0][2] == "前の版にありました"
    assert all("?" not in cell for row in measures for cell in row)


def test_the_word_report_says_the_verdict_the_exit_code_gives(tmp_path: Path) -> None:
    """A hostile try found a Word report of a plan that exits 1 with neither 合格 nor 不合格 in it: the
    council read a report without the verdict. It is now after the summary, with its reasons."""
    import docx

    from conftest import ROOT, run_cli

    out = tmp_path / "report.docx"
    run = run_cli("audit", str(ROOT / "plans" / "kamisato.yaml"), "-o", str(out))
    assert run.exit_code == 1
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "照合の結果: 不合格: 必須項目が 2 件ありません" in text


def test_no_local_path_of_the_authors_machine_reaches_the_report_or_the_workbook(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Newcomer review of issue 28: a plan named by its absolute path (/home/…/plans/x.yaml) put that
    path in the council document and the consultant's workbook. They name the file relative to the
    working directory when it is inside it, else by its name alone — in every page and every cell."""
    import pypdfium2 as pdfium
    from openpyxl import load_workbook

    work = tmp_path / "work"
    (work / "plans").mkdir(parents=True)
    for name in ("kamisato.yaml", "furano.yaml"):
        shutil.copy(PLANS / name, work / "plans" / name)
    elsewhere = tmp_path / "elsewhere" / "ashibetsu.yaml"
    elsewhere.parent.mkdir()
    shutil.copy(PLANS / "ashibetsu.yaml", elsewhere)
    monkeypatch.chdir(work)
    inside = str(work / "plans" / "kamisato.yaml")
    outputs = {
        "audit.docx": ["audit", inside],
        "compare.docx": ["compare", inside, str(elsewhere)],
        "diff.docx": ["diff", str(work / "plans" / "furano.yaml"), inside],
        "audit.xlsx": ["audit", inside],
        "compare.xlsx": ["compare", inside, str(elsewhere)],
    }
    local = str(tmp_path)
    for name, arguments in outputs.items():
        run = run_cli(*arguments, "-o", str(work / name))
        assert run.exit_code in (0, 1), run.stderr
        if name.endswith(".xlsx"):
            book = load_workbook(work / name)
            cells = [str(c.value) for sheet in book.worksheets for row in sheet.iter_rows() for c in row if c.value is not None]
            text = "\n".join(cells)
        else:
            pdf = to_pdf(work / name, work)
            document = pdfium.PdfDocument(str(pdf))
            text = "".join("".join(page.get_textpage().get_text_range().split()) for page in document)
        assert local not in text.replace("\n", ""), name
        assert "plans/kamisato.yaml" in text, name  # inside the working directory: relative
        if "compare" in name:
            assert "ashibetsu.yaml" in text, name  # outside it: the file's name alone


def test_a_windows_path_is_shown_by_its_name() -> None:
    from dxcheck.report.paths import shown_path

    assert shown_path("C:\\Users\\tanaka\\計画\\plans\\x.yaml", "C:\\Users\\tanaka\\計画") == "x.yaml"
    assert shown_path("\\\\server\\share\\x.yaml", None) == "x.yaml"
    assert shown_path("plans/x.yaml", "/somewhere") == "plans/x.yaml"


def test_procedures_the_plan_does_not_name_are_not_named_not_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A newcomer's council report said 「○ なし 53」 for the priority procedures 上里町 does not list (the
    terminal says 記載なし): the scores table has a 記載なし column, and ○ なし counts only what the plan
    says is not done."""
    monkeypatch.chdir(ROOT)
    report = Document(str(_report(tmp_path, "audit", "plans/kamisato.yaml", name="kamisato.docx")))
    table = next(t for t in report.tables if t.rows[0].cells[0].text == "枠組み")
    assert [c.text for c in table.rows[0].cells] == ["枠組み", "● 取組あり", "◐ 一部", "○ なし", "− 除外", "記載なし", "スコア"]
    procedures = next(r for r in table.rows if r.cells[0].text.startswith("地方公共団体が優先的に"))
    assert [c.text for c in procedures.cells[1:]] == ["0", "0", "0", "0", "53", "—（記載なし）"]


def test_the_council_report_names_things_as_the_plan_and_the_state_do(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A newcomer read, in a council report: 「governance.body「body: 組織横断的な…」」, an ID column of
    dxcheck's slugs (online, frontyard), 「照合の結果: 不合格: …（dx/telework テレワークの推進）」 and
    「[kanmin 平成28年法律第103号] [dx 2.3]」. The report says the plan's sentence under 推進体制, the
    items by their titles and the documents by their names and editions."""
    monkeypatch.chdir(ROOT)
    report = _report(tmp_path, "audit", "plans/kamisato.yaml", "--edition", "dx=2.3", name="k.docx")
    text = "".join(_pdf_text(to_pdf(report, tmp_path)).split())
    assert "推進体制「上里町情報化推進委員会（委員長はCIO）」" in text
    assert "governance." not in text
    assert "body:" not in text
    verdict = text[text.index("照合の結果:") :][:200]
    assert "dx/" not in verdict  # the items by their titles (findings quote the plan's own addresses, and keep them)
    assert "[dx" not in text
    assert "自治体DX推進計画（第2.3版）" in text
    assert "照合の結果:不合格:必須項目が" in text


def test_a_word_plan_without_pages_is_cited_by_paragraph_and_the_report_says_so(tmp_path: Path) -> None:
    """A .docx with no page break is cited 「第12段落」; the report said 「ページは計画書のページです」 (the third walkthrough)."""
    paged = _fuchu_plan(tmp_path)
    import docx

    flat = docx.Document(str(paged))
    for paragraph in flat.paragraphs:
        for run in paragraph.runs:
            for mark in run._r.findall(qn("w:br")):
                run._r.remove(mark)
    source = tmp_path / "flat.docx"
    flat.save(str(source))
    text = "\n".join(
        p.text for p in Document(str(_report(tmp_path, "audit", str(source), "--accept-reading", name="flat-report.docx"))).paragraphs
    )
    assert "場所は計画書の先頭から数えた段落です。" in text
    assert "ページは計画書のページです" not in text
    with_pages = "\n".join(p.text for p in Document(str(_report(tmp_path, "audit", str(paged), "--accept-reading"))).paragraphs)
    assert "ページは計画書のページです。" in with_pages
