"""Structure found in documents as offices save them (issue 22): each case is a document the test writes,
in the shape that was misread on the blind sets, read by the real importer (and, for PDFs, printed by
LibreOffice as Word would print it)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from style_matrix import soffice, to_pdf_with_libreoffice

from conftest import all_policies
from dxcheck.importer import import_document, import_text

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

MEASURES = ["オンライン申請の拡充", "書かない窓口の導入", "テレワークの推進", "情報セキュリティ研修の実施"]


def _titles(yaml_text: str) -> list[str]:
    from ruamel.yaml import YAML

    plan = YAML(typ="safe").load(yaml_text)
    out: list[str] = []

    def walk(policy: dict[str, Any]) -> None:
        out.extend(str(m["title"]) for m in policy.get("measures") or [])
        for child in policy.get("policies") or []:
            walk(child)

    for policy in plan["policies"]:
        walk(policy)
    return out


def _numbered_docx(path: Path, level_text: str, number_format: str, *, typed_contents: bool) -> Path:
    """A plan whose chapters and measures are numbered by Word itself with `number_format` and a bare
    「%1」 (no period: LibreOffice prints the number, a tab, then the text), after a 目次 whose entries are
    typed without page numbers."""
    import docx
    from docx.enum.text import WD_BREAK
    from docx.oxml import parse_xml

    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.append(
        parse_xml(
            f'<w:abstractNum {_W} w:abstractNumId="70"><w:multiLevelType w:val="multilevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{number_format}"/><w:lvlText w:val="{level_text}"/></w:lvl>'
            "</w:abstractNum>"
        )
    )
    numbering.append(parse_xml(f'<w:num {_W} w:numId="70"><w:abstractNumId w:val="70"/></w:num>'))

    def numbered(text: str) -> None:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        run.bold = True
        paragraph._p.get_or_add_pPr().insert(0, parse_xml(f'<w:numPr {_W}><w:ilvl w:val="0"/><w:numId w:val="70"/></w:numPr>'))

    document.add_paragraph("芽吹町デジタル推進計画")
    document.add_paragraph("令和8年3月")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    if typed_contents:
        heading = document.add_paragraph()
        heading.add_run("目　次").bold = True
        for chapter in ("第1章　計画の概要", "第2章　施策の展開"):
            document.add_paragraph(chapter).runs[0].bold = True
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph().add_run("第1章　計画の概要").bold = True
    document.add_paragraph("本計画の計画期間は、令和8年度から令和12年度までの5年間とします。")
    document.add_paragraph().add_run("第2章　施策の展開").bold = True
    for title in MEASURES:
        numbered(title)
        document.add_paragraph(f"{title}に取り組み、住民の利便性を高めます。")
    document.save(str(path))
    return path


def test_a_contents_list_without_page_numbers_is_not_the_body(tmp_path: Path) -> None:
    """The 目次's entries typed without page numbers, bold as the chapters are: the chapters after it are
    the body's (they were read as the 目次's sections, and left out with it)."""
    document = _numbered_docx(tmp_path / "plan.docx", "(%1)", "decimal", typed_contents=True)
    result = import_document(document)
    assert _titles(result.yaml) == MEASURES
    # the body's 第1章 and 第2章 come after the entries' 第2章: they were read as figure text
    assert not [note for note in result.notes if "番号が前後とつながらない" in note], result.notes
    assert result.reading is not None
    assert [(e.reason, e.title) for e in result.reading.excluded][:2] == [("目次", "目\u3000次"), ("背景", "計画の概要")]


@pytest.mark.parametrize(("level_text", "number_format"), [("%1", "decimal"), ("%1", "decimalFullWidth"), ("%1", "japaneseCounting")])
def test_word_numbers_printed_by_libreoffice_are_labels_not_table_cells(tmp_path: Path, level_text: str, number_format: str) -> None:
    """「１」「一」, a tab, then the title: what LibreOffice prints for a number Word draws without a period
    was read as a table row of two cells, and the plan refused."""
    if soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed, so the Word document cannot be printed to PDF (.ci/run installs it)")
    document = _numbered_docx(tmp_path / "plan.docx", level_text, number_format, typed_contents=False)
    assert _titles(import_document(document).yaml) == MEASURES
    pdf = to_pdf_with_libreoffice(document, tmp_path)
    assert _titles(import_document(pdf).yaml) == MEASURES


def test_bracketed_labels_name_the_measure_and_are_not_its_title() -> None:
    """「【取組1】窓口のオンライン化」 in bold lines: the label is the level's name and number."""
    text = "第2章 施策の展開\n\n" + "".join(f"【取組{i}】{title}\n\n{title}を進めます。\n\n" for i, title in enumerate(MEASURES, 1))
    assert _titles(import_text(text).yaml) == MEASURES


def test_a_heading_named_as_a_measure_keeps_its_bullets_as_what_it_does() -> None:
    """「【施策１】オンライン申請の拡充」 with ・ activity lines under it: the 施策 is the measure, the lines
    its description (they were taken for the measures, and the 施策 for a policy)."""
    body = "".join(
        f"【施策{i}】{title}\n\n{title}に取り組みます。\n\n・{title}の準備（令和8年度）\n・{title}の実施（令和9年度）\n\n"
        for i, title in enumerate(MEASURES, 1)
    )
    text = "第2章 施策の展開\n\n基本目標1 便利な町役場\n\n" + body
    assert _titles(import_text(text).yaml) == MEASURES


def test_each_items_own_paragraphs_are_its_description(tmp_path: Path) -> None:
    """「・電子申請サービスの拡充」, its paragraph and 「（担当：…）」, then the next 「・」 (a Word list whose
    items are described in body paragraphs): the paragraphs are the measure's, not text outside every
    measure (which doubted the reading)."""
    body = "".join(f"・{title}\n\n{title}について、令和8年度から順次取り組みます。\n\n（担当：総務課）\n\n" for title in MEASURES)
    text = "第2章 施策の展開\n\n基本方針1 便利な町役場\n\n主な取組\n\n" + body + "\n第3章 推進体制\n\n副町長を本部長とします。\n"
    document = tmp_path / "plan.txt"
    document.write_text(text, encoding="utf-8")
    result = import_document(document)
    from ruamel.yaml import YAML

    measures = [m for p in YAML(typ="safe").load(result.yaml)["policies"] for m in p.get("measures") or []]
    assert [m["title"] for m in measures] == MEASURES
    assert all(m["description"].endswith("順次取り組みます。") and m["owner"] == "総務課" for m in measures)
    assert result.reading is not None
    assert result.reading.doubts == []


def test_a_schedule_table_with_rows_spanning_it_groups_its_measures(tmp_path: Path) -> None:
    """取組｜担当課｜R8｜R9｜R10 with 「基本方針1 …」 rows merged across the table (gridSpan): the spanning
    rows are the policies (named levels, as headings so named are), the others their measures with
    owner and schedule."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("第3章 取組の工程表")
    table = document.add_table(rows=1, cols=5)
    for cell, text in zip(table.rows[0].cells, ("取組", "担当課", "R8", "R9", "R10"), strict=True):
        cell.text = text
    groups = {"基本方針1　便利な行政サービス": MEASURES[:2], "基本方針2　スマートな役場": MEASURES[2:]}
    for policy, measures in groups.items():
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[4])
        merged.text = policy
        merged._tc.get_or_add_tcPr().append(
            parse_xml('<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:fill="DDDDDD"/>')
        )
        for title in measures:
            cells = table.add_row().cells
            cells[0].text, cells[1].text, cells[2].text, cells[3].text = title, "総務課", "検討", "導入"
    path = tmp_path / "plan.docx"
    document.save(str(path))
    from ruamel.yaml import YAML

    plan = YAML(typ="safe").load(import_document(path).yaml)
    policies = {p["title"]: [m["title"] for m in p.get("measures") or []] for p in all_policies(plan["policies"])}
    # the level's name and number are the policy's level, as in a heading 「基本方針1　…」
    assert policies["便利な行政サービス"] == MEASURES[:2]
    assert policies["スマートな役場"] == MEASURES[2:]
    assert {p.get("level") for p in all_policies(plan["policies"])} == {"基本方針"}


def test_measures_listed_only_in_an_appendix_table_belong_to_the_policies_it_names() -> None:
    """The body names 基本方針1・2 with a sentence each; the measures are the rows of 「資料編 1 事業一覧」
    (No.｜事業名｜事業概要｜担当課｜基本方針): they were left out with the appendix, and the policies read
    as the measures."""
    body = "第4章 基本方針\n\n基本方針1 市民サービスのデジタル化\n\n手続を便利にします。\n\n基本方針2 行政運営のデジタル化\n\n業務を効率化します。\n\n"
    rows = [f"{i}\t{title}\t{title}を進める。\t総務課\t{1 if i <= 2 else 2}" for i, title in enumerate(MEASURES, 1)]
    appendix = (
        "資料編\n\n1 事業一覧\n\n"
        + "\n".join(["No.\t事業名\t事業概要\t担当課\t基本方針", *rows])
        + "\n\n2 用語解説\n\nDX：デジタル・トランスフォーメーション\n"
    )
    from ruamel.yaml import YAML

    plan = YAML(typ="safe").load(import_text(body + appendix).yaml)
    policies = {p["title"]: [m["title"] for m in p.get("measures") or []] for p in all_policies(plan["policies"])}
    assert policies["市民サービスのデジタル化"] == MEASURES[:2]
    assert policies["行政運営のデジタル化"] == MEASURES[2:]


def test_a_closing_list_that_repeats_the_policies_is_no_policy(tmp_path: Path) -> None:
    """「施策一覧」 at the end of a Word plan, a table whose rows name the policies again: it repeats the
    plan (its rows were read as a fifth policy's measures)."""
    import docx

    document = docx.Document()
    document.add_heading("第3章　施策", level=1)
    for i, (policy, titles) in enumerate([("便利な行政サービス", MEASURES[:2]), ("効率的な行政運営", MEASURES[2:])], 1):
        document.add_heading(f"{i}　{policy}", level=2)
        for j, title in enumerate(titles, 1):
            document.add_heading(f"（{j}）{title}", level=3)
            document.add_paragraph(f"{title}を進めます。")
    document.add_heading("施策一覧", level=1)
    table = document.add_table(rows=3, cols=2)
    for row, cells in zip(
        table.rows, [("施策", "担当課"), ("１　便利な行政サービス", "総務課"), ("２　効率的な行政運営", "総務課")], strict=True
    ):
        row.cells[0].text, row.cells[1].text = cells
    path = tmp_path / "plan.docx"
    document.save(str(path))
    assert _titles(import_document(path).yaml) == MEASURES


def test_a_heading_that_says_list_of_measures_is_no_numbered_level() -> None:
    """「施策一覧」 is a word, not the level 施策 numbered 一 with the title 「覧」."""
    from dxcheck.importer.numbering import parse_marker

    assert parse_marker("施策一覧") is None
    marker = parse_marker("施策一　窓口のオンライン化")
    assert marker is not None
    assert (marker.key, marker.value, marker.title) == ("label:施策", 1, "窓口のオンライン化")


def test_the_period_is_the_plans_own_not_the_one_before() -> None:
    """In 「計画期間」, a sentence about the plan before (「…令和3年度から令和7年度までを計画期間として
    いました」) comes first; the plan's own sentence (「本計画の計画期間は…」) names the period."""
    text = (
        "芽吹町デジタル推進計画\n\n第1章 計画の概要\n\n3 計画期間\n\n"
        "前計画である「芽吹町情報化計画」は、令和3年度から令和7年度までを計画期間としていました。\n\n"
        "本計画の計画期間は、令和8年度から令和12年度までの5年間とします。\n\n"
        "第2章 施策\n\n" + "".join(f"（{i}）{t}\n\n{t}を進めます。\n\n" for i, t in enumerate(MEASURES, 1))
    )
    from ruamel.yaml import YAML

    period = YAML(typ="safe").load(import_text(text).yaml)["plan"]["period"]
    assert (period["start"][:4], period["end"][:4]) == ("2026", "2030")


@pytest.mark.parametrize(
    "written",
    [
        "2026年度（令和8年度）～2028年度（令和10年度）",
        "令和8年度（2026年度）～令和10年度（2028年度）",
        "2026（令和8）年度～2028（令和10）年度",
    ],
)
def test_the_period_written_with_both_calendars_either_first(written: str) -> None:
    """「2026年度（令和8年度）～2028年度（令和10年度）」, the western year first and the era in brackets
    (blind set 11), is read as 「令和8年度（2026年度）～…」 is."""
    text = (
        "芽吹町デジタル推進計画\n\n第1章 計画の概要\n\n3 計画期間\n\n"
        f"本計画の期間は、{written}までの3年間とします。\n\n"
        "第2章 施策\n\n" + "".join(f"（{i}）{t}\n\n{t}を進めます。\n\n" for i, t in enumerate(MEASURES, 1))
    )
    from ruamel.yaml import YAML

    period = YAML(typ="safe").load(import_text(text).yaml)["plan"]["period"]
    assert (period["start"][:4], period["end"][:4]) == ("2026", "2028")


def test_a_number_and_title_set_apart_by_a_tab_is_a_heading_not_a_table_row() -> None:
    """「１−１\\t電子申請の拡大」 (a hanging indent, as a PDF gives it) under 「１　便利な行政サービス」: the
    measure's number and title, not a table of two cells."""
    text = "第3章 施策の展開\n\n１　便利な行政サービス\n\n手続を便利にします。\n\n" + "".join(
        f"１−{i}\t{title}\n{title}を進めます。\n\n" for i, title in enumerate(MEASURES, 1)
    )
    assert _titles(import_text(text).yaml) == MEASURES


def test_under_a_named_policy_a_described_heading_is_the_measure_and_its_lines_activities() -> None:
    """基本方針1 ▸ 「(1) オンライン申請の拡充」 with its paragraph ▸ ① ② ③ short lines: the (1) heading is the
    measure and the circled lines what it does (they were read as the measures, and the measures as
    policies). Directly under the named policy, circled lines stay measures (柱１ ▸ ①)."""
    body = "第3章 施策の展開\n\n基本方針1 便利な町役場\n\n" + "".join(
        f"（{i}）{title}\n\n{title}に取り組み、住民の利便性を高めます。\n\n①{title}の準備\n②{title}の実施\n③{title}の検証\n\n"
        for i, title in enumerate(MEASURES, 1)
    )
    assert _titles(import_text(body).yaml) == MEASURES
    direct = "第3章 施策の展開\n\n基本方針1 便利な町役場\n\n住民の利便性を高めます。\n\n" + "".join(
        f"{'①②③④'[i]}{title}\n\n{title}を進めます。\n\n" for i, title in enumerate(MEASURES)
    )
    assert _titles(import_text(direct).yaml) == MEASURES


def test_a_priority_label_names_a_measure_over_its_activity_lines() -> None:
    """「【重点取組１】オンライン申請の拡充」 with ①②③ lines under it: the 重点取組 is the measure (the lines
    were read as the measures)."""
    body = "第3章 施策の展開\n\n" + "".join(
        f"【重点取組{i}】{title}\n\n{title}に取り組みます。\n\n①{title}の準備\n②{title}の実施\n\n" for i, title in enumerate(MEASURES, 1)
    )
    assert _titles(import_text(body).yaml) == MEASURES


# --- blind set 6: the shapes its first run misread -------------------------------------------------


def test_a_section_named_for_the_plans_parts_groups_policies_and_a_described_heading_under_them_is_a_measure() -> None:
    """「2 方針ごとの施策」 ▸ 「(1) 村民サービスのデジタル化」 ▸ 「①オンライン申請の拡充」 with its paragraph ▸
    「ア …」「イ …」: the (1) sections are the policies, the ① headings the measures and the ア/イ lines
    what they do; 「1 施策の考え方」, prose about how the measures are arranged, is no policy."""
    body = "第3章 施策の展開\n\n1 施策の考え方\n\n二つの方針に沿って施策を進めます。\n\n2 方針ごとの施策\n\n"
    for p, policy in enumerate(("村民サービスのデジタル化", "村役場の業務改革"), 1):
        body += f"（{p}）{policy}\n\n{policy}を進めます。\n\n"
        for i, title in enumerate(MEASURES[2 * (p - 1) : 2 * p]):
            body += f"{'①②'[i]}{title}\n\n{title}に取り組みます。\n\nア　{title}の準備\nイ　{title}の実施\n\n"
    result = import_text(body)
    assert _titles(result.yaml) == MEASURES
    from ruamel.yaml import YAML

    plan = YAML(typ="safe").load(result.yaml)
    assert [p["title"] for p in plan["policies"]] == ["村民サービスのデジタル化", "村役場の業務改革"]


def test_a_name_cell_with_its_activities_listed_below_it_gives_the_name_as_title(tmp_path: Path) -> None:
    """取組｜担当課｜R9…R13 where each 取組 cell holds the bold measure name, then ・ lines of what it does
    (the whole cell was read as the title): the name is the title, the lines its description."""
    import docx

    document = docx.Document()
    document.add_paragraph("楓谷町デジタル推進計画")
    document.add_heading("第3章 施策の展開", level=1)
    table = document.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ("取組", "担当課", "R9"), strict=True):
        cell.text = text
    for title in MEASURES:
        row = table.add_row().cells
        row[0].paragraphs[0].add_run(title).bold = True
        row[0].add_paragraph(f"・{title}の対象拡大")
        row[0].add_paragraph(f"・{title}の周知")
        row[1].text = "企画課"
        row[2].text = "○"
    path = tmp_path / "plan.docx"
    document.save(str(path))
    result = import_document(path)
    assert _titles(result.yaml) == MEASURES
    assert "オンライン申請の拡充の対象拡大" in result.yaml  # the activities stay, as the description
    assert result.reading is not None
    assert result.reading.doubts == []


def test_a_heading_drawn_in_a_box_is_a_heading_and_lettered_items_are_one_list() -> None:
    """A PDF of a shaded, bordered 「1 ｜ 基本方針１ ｜ 町民の利便性向上」 gives a table of one row; Word's
    ア・イ・ウ labels, set apart by a tab, give items marked ア, イ, ウ. The box is the policy heading
    (it was lost, and each measure read as a policy) and the lettered items siblings under the measure
    (each was nested under the one before)."""
    from dxcheck.importer import Block, Origin, import_blocks
    from dxcheck.importer.text import label_family

    assert {label_family(x) for x in ("ア", "イ", "ウ")} == {"ア"}
    assert label_family("カード") == "カード"
    page = Origin(page=3)
    blocks = [Block("paragraph", "千鳥浜町地域情報化計画", Origin(page=1)), Block("heading", "第4章 施策の展開", page, level=3)]
    for p, policy in enumerate(("町民の利便性向上", "安全で効率的な行政"), 1):
        blocks.append(Block("table", f"{p}\t基本方針{p}\t{policy}", page, rows=[[str(p), f"基本方針{p}", policy]], row_origins=[page]))
        for i, title in enumerate(MEASURES[2 * (p - 1) : 2 * p], 1):
            blocks.append(Block("heading", f"{p}-{i} {title}", page, level=7))
            blocks.append(Block("paragraph", f"{title}に取り組み、手続を便利にします。", page))
            blocks += [
                Block("item", f"{title}の{step}", page, bullet=label_family(mark))
                for step, mark in (("準備", "ア"), ("実施", "イ"), ("検証", "ウ"))
            ]
    from dxcheck.importer.text import _boxed_headings

    boxed = _boxed_headings(blocks)
    assert [b.text for b in boxed if b.kind == "heading"][1] == "基本方針1　町民の利便性向上"
    result = import_blocks(boxed, source_name="x.pdf", fallback_title="x", kind="pdf", notes=[])
    assert _titles(result.yaml) == MEASURES


def test_a_line_of_prose_cut_at_a_wide_space_is_not_a_table() -> None:
    """「本計画では、「海と暮らしをデジタルでつなぐ　潮見台」を基本理念とし、…」: a PDF line whose
    full-width space looked like a gap between two cells, its sentence ending in the next paragraph."""
    from dxcheck.importer import Block, Origin
    from dxcheck.importer.text import _boxed_headings

    page = Origin(page=5)
    cells = ["本計画では、「海と暮らしをデジタルでつなぐ", "潮見台」を基本理念とし、次の3つの基本方針"]
    blocks = [
        Block("table", "\t".join(cells), page, rows=[cells], row_origins=[page]),
        Block("paragraph", "のもとで施策を進めます。", page),
    ]
    out = _boxed_headings(blocks)
    assert [b.kind for b in out] == ["paragraph"]
    assert out[0].text == "本計画では、「海と暮らしをデジタルでつなぐ　潮見台」を基本理念とし、次の3つの基本方針のもとで施策を進めます。"


def test_a_chapter_set_smaller_than_the_sections_before_it_stands_under_none_of_them() -> None:
    """The 柱 headings in a larger font than 「第4章 計画の推進」: the chapter nested under the last 柱, was
    read as part of the plan, and its prose became a measure."""
    from dxcheck.importer import Block, Origin, import_blocks

    page = Origin(page=4)
    blocks = [Block("paragraph", "椿浦町デジタル計画", Origin(page=1)), Block("heading", "第3章 施策の展開", page, level=4)]
    for p, title in enumerate(MEASURES[:2], 1):
        blocks += [Block("heading", f"柱{p} 暮らしのデジタル化{p}", page, level=3), Block("heading", f"【取組{p}】{title}", page)]
        blocks.append(Block("paragraph", f"{title}を進めます。", page))
    blocks += [
        Block("heading", "第4章 計画の推進", page, level=4),
        Block("paragraph", "副町長を本部長とする本部で進捗を管理します。", page),
    ]
    result = import_blocks(blocks, source_name="x.pdf", fallback_title="x", kind="pdf", notes=[])
    assert _titles(result.yaml) == MEASURES[:2]


def test_a_system_table_in_a_section_named_for_the_philosophy_too_is_read() -> None:
    """「4 基本理念と施策体系」 holding the 体系 as a table (基本理念｜基本目標｜施策), the plan's only list of
    measures (the detail chapter describes each 基本目標 in prose): the rows are the measures; the
    section was left out as 基本理念."""
    body = "芽吹町デジタル推進計画\n\n4 基本理念と施策体系\n\n基本理念\t基本目標\t施策\n"
    rows = [
        ("みんなのデジタル", "基本目標1 くらしのデジタル化", MEASURES[0]),
        ("", "", MEASURES[1]),
        ("", "基本目標2 役場のデジタル化", MEASURES[2]),
        ("", "", MEASURES[3]),
    ]
    body += "".join("\t".join(r) + "\n" for r in rows)
    body += "\n5 基本目標ごとの取組の方向\n\n基本目標1 くらしのデジタル化\n\n【取組の方向】\n\n手続のオンライン化を進めます。\n\n"
    body += "基本目標2 役場のデジタル化\n\n【取組の方向】\n\n庁内の働き方を見直します。\n\n"
    assert _titles(import_text(body).yaml) == MEASURES


def test_a_code_in_brackets_after_the_name_is_the_code_only_when_it_is_one() -> None:
    from dxcheck.importer.metadata import _code_after_name

    assert _code_after_name(["蛍川町（325287）"], "蛍川町", "島根県") == "325287"
    assert _code_after_name(["蛍川町（325288）"], "蛍川町", "島根県") is None  # the check digit fails
    assert _code_after_name(["蛍川町（325287）"], "蛍川町", "北海道") is None  # another prefecture's code
    assert _code_after_name(["電話（325287）"], "蛍川町", "島根県") is None


def test_a_label_joined_to_the_sentence_before_it_does_not_hide_the_commitment() -> None:
    """A PDF reader joins the small 「主な取組」 over a list to the paragraph before it: 「…拡充します。主な
    取組」 still commits (it did not, and the measure's ①②③ lines became the measures)."""
    from dxcheck.model.sections import commits

    assert commits("オンラインで申請できる手続を拡充します。主な取組")
    assert not commits("オンライン申請の利用が増えています。主な取組")
    assert not commits("手続を拡充します。そのため、各課と協議を重ねて")  # a sentence cut short, not a label


# --- blind set 7: the shapes its first run misread -------------------------------------------------


def test_a_front_summary_page_does_not_swallow_the_chapters_after_it() -> None:
    """A one-page 概要 before the contents, its heading set larger than the chapters (a PDF's font
    sizes): the headings the contents lists at its top level (「1 計画の考え方……3」), and any 「第N章」,
    start at the top, not under the 概要 — which was left out with the whole plan in it (refused)."""
    from dxcheck.importer import Block, Origin, import_blocks

    def plan(first: str, second: str) -> list[Block]:
        page = Origin(page=2)
        blocks = [Block("paragraph", "芽吹町情報化計画", Origin(page=1)), Block("heading", "計画の概要", page, level=3)]
        blocks += [Block("heading", "基本理念　つながるまち", page), Block("paragraph", "町の情報化の姿を示すものです。", page)]
        blocks += [
            Block("paragraph", f"{first}........................3", page),
            Block("paragraph", f"{second}......................4", page),
        ]
        body = Origin(page=3)
        blocks += [Block("heading", first, body, level=4), Block("paragraph", "町の情報化の方針を示すものです。", body)]
        blocks += [Block("heading", second, body, level=4), Block("heading", "基本方針1 便利な町", body, level=5)]
        for i, title in enumerate(MEASURES, 1):
            blocks += [Block("heading", f"1-{i} {title}", body, level=6), Block("paragraph", f"{title}を進めます。", body)]
        return blocks

    for first, second in (("1 計画の考え方", "2 施策の内容"), ("第1章 計画の考え方", "第2章 施策の内容")):
        result = import_blocks(plan(first, second), source_name="x.pdf", fallback_title="x", kind="pdf", notes=[])
        assert _titles(result.yaml) == MEASURES, first


def test_marked_items_with_their_text_and_a_labelled_list_under_them_are_the_measures() -> None:
    """「■ オンライン申請の拡充」, its paragraph, 「【主な取組】」, then 「・」 lines, under 基本方針1: the ■
    items are the measures and the ・ lines what they do (the label ended the list: the ・ lines were
    read as measures and the second ■ lost)."""
    body = "芽吹町デジタル推進計画\n\n第3章 取組\n\n基本方針1 便利な町\n\n"
    for title in MEASURES:
        body += f"■{title}\n{title}を進め、町民の手続を便利にします。\n【主な取組】\n・{title}の準備\n・{title}の実施\n\n"
    assert _titles(import_text(body).yaml) == MEASURES


def test_a_numbered_focus_area_and_circled_measure_labels_are_levels() -> None:
    """「重点分野1 …」 over 「施策① …」「施策② …」 numbered across the plan."""
    from dxcheck.importer.numbering import parse_marker

    area, measure = parse_marker("重点分野1　行政手続のデジタル化"), parse_marker("施策⑳　データの活用")
    assert area is not None
    assert (area.label, area.value, area.title) == ("重点分野", 1, "行政手続のデジタル化")
    assert measure is not None
    assert (measure.label, measure.value) == ("施策", 20)
    body = "芽吹町デジタル推進計画\n\n第4章 重点分野と施策\n\n重点分野1 便利な町\n\n"
    body += "".join(f"施策{'①②③④'[i]} {title}\n\n{title}を進めます。\n\n" for i, title in enumerate(MEASURES))
    assert _titles(import_text(body).yaml) == MEASURES


def test_a_line_whose_wide_spaces_stand_inside_a_quotation_is_prose() -> None:
    """「海と山と人がつながる　デジタルのまち」 set with wide spaces: a PDF gives tabs; a quotation
    opened in one cell and closed in another is one sentence, not a table row."""
    from dxcheck.importer.blocks import Origin
    from dxcheck.importer.text import RawLine, lines_to_blocks

    lines = [RawLine("「海と山と人がつながる\tデジタルのまち\tしおみがわ」の実現に向けて取り組みます。", Origin(line=1))]
    blocks = lines_to_blocks(lines).blocks
    assert [b.kind for b in blocks] == ["paragraph"]
    assert blocks[0].text == "「海と山と人がつながる　デジタルのまち　しおみがわ」の実現に向けて取り組みます。"


def test_a_code_alone_on_the_line_after_the_towns_name_is_its_code() -> None:
    from dxcheck.importer.metadata import _code_after_name

    assert _code_after_name(["熊本県栗ノ木町", "（434370）"], "栗ノ木町", "熊本県") == "434370"
    assert _code_after_name(["令和8年3月", "（434370）"], "栗ノ木町", "熊本県") is None


def test_in_a_narrow_column_an_items_title_does_not_run_into_its_text() -> None:
    """Two-column PDFs: 「■ 窓口予約と来庁者案内のデジタル化」 reaches most of its narrow column, and the
    next line (its description) was joined to the title. A bold title ends where its text is not bold,
    and an item's line runs on only when it fills its column; a contents line with leaders and a page
    number ends there too, however wide it is."""
    from dxcheck.importer.blocks import Origin
    from dxcheck.importer.text import RawLine, lines_to_blocks

    page = Origin(page=5)
    bold = [
        RawLine("■窓口予約と来庁者案内のデジタル化", page, bold=True, reach=0.97),
        RawLine("混雑する時期の待ち時間を減らすため、窓口の事前予約を導入します。", page, reach=0.7),
    ]
    plain = [
        RawLine("■標準準拠システムへの移行と安定稼働", page, reach=0.9),
        RawLine("基幹業務システムの移行を完了させます。", page, reach=0.6),
    ]
    wrapped = [
        RawLine("■子育て・介護関係の手続のオンライン化と申請書の様式の見直しに", page, reach=0.99),
        RawLine("よる簡素化", page, reach=0.2),
    ]
    contents = [
        RawLine("推進体制\t推進本部", page, cells=["推進体制", "推進本部"], table=0),
        RawLine("1 計画の基本的な考え方..........................................................4", Origin(page=3), bold=True, reach=1.0),
        RawLine("2 霞野町の現状と課題...........................................................5", Origin(page=3), bold=True, reach=1.0),
    ]
    for lines in (bold, plain):
        blocks = lines_to_blocks(lines, positioned=True).blocks
        assert [b.kind for b in blocks] == ["item", "paragraph"], [b.text for b in blocks]
    assert [b.text for b in lines_to_blocks(wrapped, positioned=True).blocks] == [
        "子育て・介護関係の手続のオンライン化と申請書の様式の見直しによる簡素化"
    ]
    assert not any("現状と課題" in b.text and "基本的な考え方" in b.text for b in lines_to_blocks(contents, positioned=True).blocks)


def test_a_pages_footnotes_are_no_measures_and_their_marks_no_part_of_a_title() -> None:
    """「◆ CSIRT によるインシデント対応訓練※7」 and, at the page's foot, 「7 CSIRT：Computer Security …」
    (LibreOffice prints Word's footnote with its number): the note was read as a measure."""
    from dxcheck.importer.blocks import Origin
    from dxcheck.importer.text import RawLine, lines_to_blocks

    page = Origin(page=8)
    lines = [
        RawLine("◆CSIRT によるインシデント対応訓練※7", page, bold=True, reach=0.5),
        RawLine("インシデントに対応できるよう、訓練を毎年度実施します。", page, reach=0.6),
        RawLine("7 CSIRT：Computer Security Incident Response Team の略。", page, reach=0.6),
        RawLine("8 実施計画：本計画の取組を具体化した計画。", Origin(page=9), reach=0.6),
    ]
    result = lines_to_blocks(lines, positioned=True)
    texts = [b.text for b in result.blocks]
    assert texts[0] == "CSIRT によるインシデント対応訓練"
    assert not any(t.startswith("7 CSIRT") or t.startswith("CSIRT：") for t in texts)
    assert any("実施計画" in t for t in texts)  # a numbered line with no mark on its page stays


def test_a_summary_list_before_the_first_heading_is_an_overview_not_the_plan() -> None:
    """A 概要 page printed by a browser as plain lines (no heading): 「基本方針1 …」 items over 「・（1）…」
    measures, then the chapters that describe each measure. The list is left out as an overview (it
    was read as the plan, the chapters dropped as its repeat, every description lost and the reading
    doubted)."""
    from dxcheck.importer import Block, Origin, import_blocks

    page, body = Origin(page=2), Origin(page=4)
    blocks = [Block("paragraph", "霞野町デジタル推進計画", Origin(page=1)), Block("paragraph", "計画の概要", page)]
    blocks += [Block("item", "基本方針1 便利な町", page, bullet="基本方針1")]
    blocks += [Block("item", f"（{i}）{title}", page, bullet="・") for i, title in enumerate(MEASURES, 1)]
    blocks += [Block("heading", "4 具体的な取組", body, level=3), Block("heading", "基本方針1 便利な町", body, level=5)]
    for i, title in enumerate(MEASURES, 1):
        blocks += [
            Block("heading", f"（{i}）{title}", body, level=6),
            Block("paragraph", f"{title}を進め、町民の手続を便利にします。", body),
        ]
    result = import_blocks(blocks, source_name="x.pdf", fallback_title="x", kind="pdf", notes=[])
    assert _titles(result.yaml) == MEASURES
    assert "オンライン申請の拡充を進め" in result.yaml  # the chapter's measure, with its description
    assert result.reading is not None
    assert result.reading.doubts == []


# --- blind set 8: the shapes its first run misread -------------------------------------------------


def _bold_lead_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("穂波市デジタル推進計画")
    document.add_heading("3　基本方針と取組", level=1)
    document.add_heading("基本方針1　行かない市役所", level=2)
    for title in MEASURES:
        paragraph = document.add_paragraph()
        paragraph.add_run(title).bold = True
        paragraph.add_run(f"\u3000{title}について、対象を広げ、市民の手続を便利にするため、順次実施します。")
    document.save(str(path))
    return path


def test_a_measure_named_in_bold_at_the_start_of_its_paragraph_is_a_measure(tmp_path: Path) -> None:
    """「**オンライン申請の拡大**　子育て・介護の手続を…」: no heading, no number, no mark — the bold name
    that opens each paragraph is the measure, the rest its description; as .docx and as the PDF
    LibreOffice prints (where the weight is per character)."""
    document = _bold_lead_docx(tmp_path / "plan.docx")
    read = import_document(document)
    assert _titles(read.yaml) == MEASURES
    assert "順次実施します" in read.yaml
    if soffice() is None:
        pytest.skip("LibreOffice is not installed, so the PDF cannot be made (.ci/run installs libreoffice-writer-nogui)")
    assert _titles(import_document(to_pdf_with_libreoffice(document, tmp_path)).yaml) == MEASURES


def test_a_card_table_per_measure_is_that_measure() -> None:
    """Each measure a small table 項目｜内容 (取組名, 概要, 担当課, 目標): the card is the measure, its title
    from the 取組名 row without its 「取組1」 label; a card of facts (no 取組名) is none. Cards one after
    another (a PDF joins them into one table) are one measure each."""
    cards = "".join(
        f"項目\t内容\n取組名\t取組{i}　{title}\n概要\t{title}を進めます。\n担当課\t総務課\n目標\t10件\n\n"
        for i, title in enumerate(MEASURES, 1)
    )
    facts = "項目\t状況\nマイナンバーカード保有率\t78.9％\n電子申請できる手続\t9手続\n\n"
    body = "白鷺町デジタル推進計画\n\n第2章 現状\n\n" + facts + "第3章 取組\n\n基本方針1 便利な町\n\n" + cards
    result = import_text(body)
    assert _titles(result.yaml) == MEASURES
    assert "総務課" in result.yaml
    joined = body.replace("\n\n項目\t内容", "\n項目\t内容")
    assert _titles(import_text(joined).yaml) == MEASURES


def test_a_bracketed_our_towns_measures_label_is_no_measure() -> None:
    """A plan laid out item by item like the national plan: 「(1) 自治体の情報システムの標準化・共通化」
    ▸ 【現状】 ▸ 【本町の取組】 ▸ ①② measures (Word heading styles). The label was read as a measure named
    「本町の取組」."""
    from dxcheck.importer import Block, Origin, import_blocks

    page = Origin(page=4)
    blocks = [Block("paragraph", "北浦町DX推進計画", Origin(page=1)), Block("heading", "3 重点取組事項ごとの取組", page, level=1)]
    for i, (item, titles) in enumerate((("自治体の情報システムの標準化", MEASURES[:2]), ("行政手続のオンライン化", MEASURES[2:])), 1):
        blocks += [Block("heading", f"（{i}）{item}", page, level=2), Block("heading", "【現状】", page)]
        blocks += [Block("paragraph", "令和7年度に移行しました。", page), Block("heading", "【本町の取組】", page)]
        for j, title in enumerate(titles):
            blocks += [Block("heading", f"{'①②'[j]}{title}", page, level=3), Block("paragraph", f"{title}を進めます。", page)]
    result = import_blocks(blocks, source_name="x.docx", fallback_title="x", kind="docx", notes=[])
    assert _titles(result.yaml) == MEASURES


# --- set 9 (doc101–doc110): the shapes its first run misread ------------------------------------------


def test_parenthesised_digits_half_width_kana_letters_and_decimal_outlines_are_numbers() -> None:
    """⑴ (U+2474, one character), (ｱ) in half-width katakana, 重点施策Ａ ▸ Ａ－１ and 1 ▸ 1.1 ▸ 1.1.1: each is
    a heading's number (they were read as text, and the measures lost)."""
    from dxcheck.importer.numbering import bare_marker, parse_marker

    assert parse_marker("⑴　行政手続のオンライン化") is not None
    assert parse_marker("(ｱ) 電子申請") is not None
    assert parse_marker("1.1手続のデジタル化") is not None
    assert parse_marker("2.5倍に増えました") is None
    assert parse_marker("3.5万人") is None
    assert bare_marker("1.1.1") == "1.1.1"
    assert bare_marker("Ａ－２") == "Ａ－２"
    assert parse_marker("目標KPIの設定") is None  # a word, not 目標 number K
    head = "第3章 施策の展開\n\n基本方針1 便利な町役場\n\n住民の利便性を高めます。\n\n"
    paren = head + "".join(f"{chr(0x2474 + i)}　{t}\n\n{t}を進めます。\n\n" for i, t in enumerate(MEASURES))
    assert _titles(import_text(paren).yaml) == MEASURES
    kana = head + "".join(f"({'ｱｲｳｴ'[i]}) {t}\n\n{t}を進めます。\n\n" for i, t in enumerate(MEASURES))
    assert _titles(import_text(kana).yaml) == MEASURES
    letters = "第3章 重点施策\n\n" + "".join(
        f"重点施策{'ＡＢ'[p]}　柱{p}\n\n" + "".join(f"{'ＡＢ'[p]}－{i}　{t}\n\n{t}を進めます。\n\n" for i, t in enumerate(pair, 1))
        for p, pair in enumerate((MEASURES[:2], MEASURES[2:]))
    )
    assert _titles(import_text(letters).yaml) == MEASURES
    decimal = "第2章 取組\n\n" + "".join(
        f"{p} 柱{p}\n\n{p}.1 分野{p}\n\n" + "".join(f"{p}.1.{i}　{t}\n\n{t}を進めます。\n\n" for i, t in enumerate(pair, 1))
        for p, pair in enumerate((MEASURES[:2], MEASURES[2:]), 1)
    )
    assert _titles(import_text(decimal).yaml) == MEASURES


def test_a_cell_that_lists_several_measures_gives_each_with_its_own_text(tmp_path: Path) -> None:
    """A landscape table 施策分野｜施策｜主な内容｜担当課 whose cells hold 「1) …」「2) …」 as paragraphs, and a
    施策体系 cell naming three measures joined with 、: one measure each (the cell was one measure)."""
    import docx

    document = docx.Document()
    document.add_paragraph("第3章 施策")
    table = document.add_table(rows=1, cols=4)
    for cell, text in zip(table.rows[0].cells, ("施策分野", "施策", "主な内容", "担当課"), strict=True):
        cell.text = text
    cells = table.add_row().cells
    cells[0].text = "行政サービスのデジタル化"
    cells[1].text = f"1) {MEASURES[0]}\n2) {MEASURES[1]}"
    cells[2].text = "1) 手続をオンライン化します\n2) 窓口で申請書を作ります"
    cells[3].text = "市民課\n情報政策課"
    document.add_paragraph("施策の体系")
    overview = document.add_table(rows=2, cols=2)
    overview.rows[0].cells[0].text, overview.rows[0].cells[1].text = "基本目標", "施策"
    overview.rows[1].cells[0].text, overview.rows[1].cells[1].text = "スマートな役場", "、".join([*MEASURES[2:], "DX人材の育成"])
    path = tmp_path / "plan.docx"
    document.save(str(path))
    from ruamel.yaml import YAML

    plan = YAML(typ="safe").load(import_document(path).yaml)
    measures = {m["title"]: m for p in all_policies(plan["policies"]) for m in p.get("measures") or []}
    assert set(measures) == {*MEASURES, "DX人材の育成"}
    assert measures[MEASURES[1]].get("owner") == "情報政策課"
    assert "窓口で申請書" in measures[MEASURES[1]]["description"]


def test_measures_numbered_on_in_a_later_part_and_a_part_that_is_a_plan_of_its_own() -> None:
    """第1部 (官民データ活用推進計画) holds 基本方針1・2 and ⑴–⑵; 第2部 「…ＤＸ推進計画」 adds ⑶ ⑷ under a
    section of its own and ends with 推進体制: the part is no 推進体制 section, and ⑶ ⑷ (numbered on) are
    measures although they stand outside the named levels."""
    text = (
        "浅茅原町デジタル推進計画\n\n第１部　官民データ活用推進計画\n\n第１章　基本方針と施策\n\n"
        + "".join(f"基本方針{p}　方針{p}\n\n{chr(0x2474 + p - 1)}　{MEASURES[p - 1]}\n\n{MEASURES[p - 1]}を進めます。\n\n" for p in (1, 2))
        + "第２部　浅茅原町ＤＸ推進計画\n\n第１章　重点取組事項と本町の施策\n\n１　重点取組事項との対応\n\n第1部の施策で対応します。\n\n"
        + "２　追加の施策\n\n"
        + "".join(f"{chr(0x2474 + i)}　{MEASURES[i]}\n\n{MEASURES[i]}を進めます。\n\n" for i in (2, 3))
        + "第２章　推進体制\n\n副町長をCIOとし、進捗を確認します。\n"
    )
    assert _titles(import_text(text).yaml) == MEASURES


def test_codes_typed_in_groups_or_after_the_name_in_a_colophon_and_a_period_given_by_its_length() -> None:
    """「団体コード　２５　８１２１」, 「（栃木県浅茅原町　098612）」 in the 奥付, a label broken over two cells
    (「地方公共団体コ」「ード069132」), and 「令和８年度から５年間とします」."""
    from ruamel.yaml import YAML

    def read(text: str) -> dict[str, Any]:
        plan: dict[str, Any] = YAML(typ="safe").load(import_text(text).yaml)
        return plan

    body = "第1章 施策\n\n基本方針1 便利な町\n\n(1) オンライン申請の拡充\n\nオンライン申請を広げます。\n\n"
    grouped = read("鳰浜町デジタル化推進計画\n\n団体コード　２５　８１２１\n\n計画期間\n\n令和８年度から５年間とします。\n\n" + body)
    assert grouped["municipality"]["code"] == "258121"
    assert (str(grouped["plan"]["period"]["start"])[:4], str(grouped["plan"]["period"]["end"])[:4]) == ("2026", "2030")
    colophon = read("浅茅原町デジタル推進計画\n\n" + body + "\n編集・発行　浅茅原町総合政策課（栃木県浅茅原町　098612）\n")
    assert colophon["municipality"]["code"] == "098612"
    broken = read("楡ノ木村デジタル計画\n\n" + body + "\n発行\t楡ノ木村総務課（山形県\t地方公共団体コ\nード069132）\n")
    assert broken["municipality"]["code"] == "069132"


def test_a_level_named_in_a_one_line_text_box_is_a_heading(tmp_path: Path) -> None:
    """「基本目標１　安心で便利な行政サービスの実現」 alone in a floating text box (a banner), measures ア・イ
    after it: the box is the policy (a one-line box was taken for a figure's label, and the second and
    third policies' measures were lost)."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("第３章　施策の展開")
    for p, pair in enumerate((MEASURES[:2], MEASURES[2:]), 1):
        anchor = document.add_paragraph()
        box = (
            f'<w:r {_W} xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><w:drawing><wp:anchor><a:graphic>'
            '<a:graphicData><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:rPr><w:b/><w:sz w:val="26"/></w:rPr>'
            f"<w:t>基本目標{p}　柱{p}</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic>"
            "</wp:anchor></w:drawing></w:r>"
        )
        anchor._p.append(parse_xml(box))
        for i, title in enumerate(pair):
            document.add_paragraph().add_run(f"{'アイ'[i]}　{title}").bold = True
            document.add_paragraph(f"{title}を進めます。")
    path = tmp_path / "plan.docx"
    document.save(str(path))
    from ruamel.yaml import YAML

    plan = YAML(typ="safe").load(import_document(path).yaml)
    assert {p["title"]: [m["title"] for m in p.get("measures") or []] for p in all_policies(plan["policies"])} == {
        "柱1": MEASURES[:2],
        "柱2": MEASURES[2:],
    }


def test_a_measure_heading_over_bare_lines_only_is_a_level_over_them() -> None:
    """基本目標 ▸ 「施策1-1 手続のオンライン化」 ▸ ・ lines, and no text: the lines are the measures (取組) and the
    施策 a level over them; with a paragraph of its own the 施策 stays the measure and its lines describe it."""
    bare = "第3章 施策体系\n\n基本目標Ⅰ 便利な市役所\n\n" + "".join(
        f"施策1-{i} 分野{i}\n・{a}\n・{b}\n\n" for i, (a, b) in enumerate((MEASURES[:2], MEASURES[2:]), 1)
    )
    assert _titles(import_text(bare).yaml) == MEASURES
    described = "第3章 施策体系\n\n基本目標Ⅰ 便利な市役所\n\n" + "".join(
        f"施策1-{i} {t}\n\n{t}を進めます。\n\n・準備\n・実施\n\n" for i, t in enumerate(MEASURES[:2], 1)
    )
    result = import_text(described)
    assert _titles(result.yaml) == MEASURES[:2]
    assert "・準備\n・実施" in result.yaml or "・準備" in result.yaml  # the lines are the measure's description


def test_sections_named_period_and_how_it_is_run_are_no_measures() -> None:
    """A 方針 with 「２．期間」 and 「５．進め方」 sections of one sentence each beside 「４．取り組むこと」: they
    were each read as a measure of their own name."""
    text = (
        "清瀬川村デジタル化推進方針\n\n１．目的\n\n村の暮らしを便利にします。\n\n２．期間\n\n令和8年度から令和10年度までの3年間とします。\n\n"
        "３．村の現状\n\n高齢化が進んでいます。\n\n４．取り組むこと\n\n"
        + "".join(f"({i}) {t}\n\n{t}を進めます。\n\n" for i, t in enumerate(MEASURES, 1))
        + "５．進め方\n\n副村長をCIOとし、年2回進捗を確認します。\n"
    )
    assert _titles(import_text(text).yaml) == MEASURES


def test_pdf_lines_columns_partway_down_a_page_side_page_numbers_and_a_spaced_contents_title() -> None:
    """What a PDF gives, line by line: an item's title over its text set smaller (not one line); a heading
    「基本目標Ⅰ\\t市民の利便性を高めるデ」 wrapped to 「ジタル行政」; 「目」「次」 apart as two headings."""
    from dxcheck.importer.blocks import Block, Origin
    from dxcheck.importer.structure import _spaced_contents_title
    from dxcheck.importer.text import RawLine, lines_to_blocks

    page = Origin(page=2)
    lines = [
        RawLine("○ オンライン申請できる手続の拡大", page, reach=1.0),
        RawLine("子育て・介護の手続を、申請件数の多いものからオンライン化し", page, scale=0.95, reach=1.0),
        RawLine("ます。", page, scale=0.95, reach=0.2),
    ]
    blocks = lines_to_blocks(lines, positioned=True).blocks
    assert [b.kind for b in blocks] == ["item", "paragraph"], [b.text for b in blocks]
    wrapped = [
        RawLine("基本目標Ⅰ\t市民の利便性を高めるデ", page, heading_level=6, bold=True, scale=1.19, reach=1.0, gap_before=True),
        RawLine("ジタル行政", page, heading_level=6, bold=True, scale=1.19, reach=0.33),
    ]
    assert [b.text for b in lines_to_blocks(wrapped, positioned=True).blocks] == ["基本目標Ⅰ　市民の利便性を高めるデジタル行政"]
    spaced = [Block("heading", "次", page, level=6), Block("heading", "目", page, level=6), Block("item", "1 計画の策定", page)]
    assert [b.text for b in _spaced_contents_title(spaced)] == ["目次", "1 計画の策定"]
    # through the importer: the entries of 「目」「次」 (no page numbers, a browser's PDF) are no measures
    from dxcheck.importer import import_blocks

    body = Origin(page=3)
    entries = [
        Block("item", "1 計画の策定にあたって", page, bullet="1"),
        Block("item", "(1) 策定の趣旨", page, bullet="(1)"),
        Block("item", "(2) 計画の位置付け", page, bullet="(1)"),
        Block("item", "2 施策の展開", page, bullet="1"),
        Block("item", "基本方針1 便利な町", page, bullet="基本方針1"),
    ]
    chapter = [
        Block("heading", "1 計画の策定にあたって", body, level=3),
        Block("heading", "(1) 策定の趣旨", body, level=6),
        Block("paragraph", "町の暮らしを便利にします。", body),
        Block("heading", "(2) 計画の位置付け", body, level=6),
        Block("paragraph", "官民データ活用推進計画を兼ねます。", body),
        Block("heading", "2 施策の展開", body, level=3),
        Block("heading", "基本方針1 便利な町", body, level=5),
    ]
    for i, t in enumerate(MEASURES, 1):
        chapter += [Block("heading", f"({i}) {t}", body, level=6), Block("paragraph", f"{t}を進めます。", body)]
    cover = [Block("heading", "潮見町DX推進計画", Origin(page=1), level=1)]
    toc = [Block("heading", "次", page, level=6), Block("heading", "目", page, level=6)]
    result = import_blocks(cover + toc + entries + chapter, source_name="x.pdf", fallback_title="x", kind="pdf", notes=[])
    assert _titles(result.yaml) == MEASURES


def test_columns_between_text_across_the_page_and_page_numbers_in_a_side_margin() -> None:
    """A page (A4, points) in one column, then a two-column section of short lines (headings and ・
    items that fill nothing), then one column again: the columns are found between the lines across
    the page, and read left column first (they were read row by row, the two columns interleaved).
    A page number alone half-way down the right edge of two pages is dropped (it made a line a table)."""
    from dxcheck.importer.pdf_reader import _drop_running_lines, _Fragment, _gutters, _lay_out, _Page, _side_numbers

    def fragment(text: str, left: float, top: float, size: float = 10.5) -> _Fragment:
        return _Fragment(list(text), left, left + size * len(text), top - size, top, size, count=len(text))

    prose = "本計画は、三つの基本目標のもとに施策を置き、施策ごとに具体的な取組を定めて進めます。"
    fragments = [fragment(prose[:40], 60, 780 - 16 * i, 10.5) for i in range(8)]
    left = ["基本目標Ⅰ 便利な行政", *(f"・{m}" for m in MEASURES[:2]), "基本目標Ⅱ 持続可能な運営", *(f"・{m}" for m in MEASURES[2:])]
    right = [
        "基本目標Ⅲ 参加できる社会",
        "・スマホ講座の開催",
        "・推進委員との連携",
        "基本目標Ⅳ データと地域",
        "・カタログの運用",
        "・見守りの導入",
    ]
    for i, (a, b) in enumerate(zip(left, right, strict=True)):
        fragments += [fragment(a, 60, 640 - 16 * i), fragment(b, 310, 640 - 16 * i)]
    fragments += [fragment(prose[:40], 60, 520 - 16 * i) for i in range(4)]
    page = _Page(3, 595.0, 842.0, fragments, [])
    assert _gutters(fragments, []), "the columns of the middle stretch"
    lines, _ = _lay_out(page, 0, (60.0, 535.0))
    texts = [line.text for line in lines]
    assert texts.index("基本目標Ⅱ 持続可能な運営") < texts.index("基本目標Ⅲ 参加できる社会")
    assert texts.index(f"・{MEASURES[3]}") < texts.index("・スマホ講座の開催")

    pages = [_Page(n, 595.0, 842.0, [fragment("方針1　暮らしの手続を便利に", 60, 500), fragment(str(n), 560, 421)], []) for n in (2, 3)]
    assert _drop_running_lines(pages, 10.5), "a note says what was taken off"
    assert [[f.text for f in p.fragments] for p in pages] == [["方針1　暮らしの手続を便利に"]] * 2
    alone = [_Page(2, 595.0, 842.0, [fragment("方針1　暮らしの手続を便利に", 60, 500), fragment("2", 560, 421)], [])]
    assert _side_numbers(alone) == []  # once is no running number


# --- set 10 (doc111–doc120) -------------------------------------------------------------------------


def test_a_year_table_a_form_without_header_and_paren_circled_numbers(tmp_path: Path) -> None:
    """施策の柱｜令和８年度（2026）｜令和９年度（2027） with 「■title」 and 「・…」 lines in each cell and 「（継続）title」
    in later years: one measure each, with its years (they were no measures at all). A form 取組名｜… as the
    table's first row (no 項目｜内容 header) is the measure. 「(1)-①」 numbers a measure."""
    import docx

    document = docx.Document()
    document.add_heading("雁来野町ＤＸ推進実施計画", 0)
    document.add_heading("第１章　実施計画の趣旨", 1)
    document.add_paragraph("町の方針に基づき、３年間に実施する取組を定めます。")
    document.add_heading("第２章　年度別取組計画", 1)
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ("施策の柱", "令和８年度（2026）", "令和９年度（2027）"), strict=True):
        cell.text = text
    row = table.rows[1].cells
    row[0].text = "柱1\n便利な行政サービス"
    row[1].text = f"■{MEASURES[0]}\n・手続を順次オンライン化\n■{MEASURES[1]}\n・申請書を作る"
    row[2].text = f"（継続）{MEASURES[0]}\n（継続）{MEASURES[1]}■{MEASURES[2]}\n・在宅勤務を試行"
    document.add_paragraph("柱2　効率的な行政")
    document.add_paragraph("様式２－1")
    form = document.add_table(rows=3, cols=2)
    for cells, (label, value) in zip(
        form.rows, (("取組名", MEASURES[3]), ("概要", "研修を毎年度行います。"), ("担当課", "総務課")), strict=True
    ):
        cells.cells[0].text, cells.cells[1].text = label, value
    path = tmp_path / "plan.docx"
    document.save(str(path))
    from ruamel.yaml import YAML

    plan = YAML(typ="safe").load(import_document(path).yaml)
    measures = {m["title"]: m for p in all_policies(plan["policies"]) for m in p.get("measures") or []}
    assert set(measures) == set(MEASURES)
    assert "2027" in str(measures[MEASURES[0]].get("schedule")), measures[MEASURES[0]]
    assert "オンライン化" in measures[MEASURES[0]]["description"]
    text = "第3章 施策\n\n目標１ 便利な町\n\n" + "".join(f"(1)-{'①②③④'[i]}　{t}\n\n{t}を進めます。\n\n" for i, t in enumerate(MEASURES))
    assert _titles(import_text(text).yaml) == MEASURES


def test_the_governance_a_document_states_is_read_into_the_draft_and_counts() -> None:
    """「第４章 推進体制」 is left out of the measures, and what it states (the CIO, the 推進本部, the yearly
    check) was lost: the audit of the document said 「CIO の任命…が書かれていません」 of a plan that names
    its CIO. Each field comes from the town's own sentence; what the nation asks is not the town's."""
    from ruamel.yaml import YAML

    text = (
        "潮見町DX推進計画\n\n第1章 計画の趣旨\n\n国は自治体にCIOの任命を求めています。\n\n第2章 施策\n\n基本方針1 便利な町\n\n"
        + "".join(f"({i}) {t}\n\n{t}を進めます。\n\n" for i, t in enumerate(MEASURES, 1))
        + "第3章 推進体制\n\n副町長を最高情報責任者（CIO）とし、町長を本部長とするDX推進本部で毎年度進捗を確認します。\n"
    )
    plan = YAML(typ="safe").load(import_text(text).yaml)
    governance = plan["plan"]["governance"]
    assert governance["cio"].startswith("副町長を最高情報責任者")
    assert set(governance) >= {"cio", "body", "cycle"}
    assert not any("国は" in value for value in governance.values())
    # the same office under its newer name (a newcomer's plan: 「最高デジタル責任者（CDO）」) is the CIO
    cdo = text.replace("最高情報責任者（CIO）", "最高デジタル責任者（CDO）")
    assert YAML(typ="safe").load(import_text(cdo).yaml)["plan"]["governance"]["cio"].startswith("副町長を最高デジタル責任者")


def test_a_comprehensive_plan_that_names_its_digital_chapter_gives_only_that_chapters_measures() -> None:
    """A 総合計画 whose 第１章 says 「本計画の第３章「デジタル化の推進」は…官民データ活用推進計画として位置づけ」:
    the measures of its other chapters (道路, 行財政運営 — shaped exactly like the digital ones, テレワーク
    among them) are not the plan's, and a note says why."""
    from dxcheck.importer import import_blocks
    from dxcheck.importer.blocks import Block, Origin

    def chapter(number: str, title: str, measures: list[str], page: int) -> list[Block]:
        at = Origin(page=page)
        out = [
            Block("heading", f"第{number}章　{title}", at, level=1),
            Block("heading", f"基本施策{number}－１　{title}の推進", at, level=2),
        ]
        for i, measure in enumerate(measures, 1):
            out += [Block("heading", f"{'①②③④'[i - 1]}　{measure}", at, bold=True), Block("paragraph", f"{measure}を進めます。", at)]
        return out

    cover = [Block("heading", "第６次潮見市総合計画　後期基本計画", Origin(page=1), level=1)]
    outline = [
        Block("heading", "第１章　計画の概要", Origin(page=2), level=1),
        Block(
            "paragraph",
            "本計画の第３章「デジタル化の推進」は、官民データ活用推進基本法第９条第３項に基づく「潮見市官民データ活用推進計画」として位置づけます。",
            Origin(page=2),
        ),
    ]
    blocks = (
        cover
        + outline
        + chapter("２", "都市基盤", ["幹線市道の整備", "橋梁の長寿命化"], 3)
        + chapter("３", "デジタル化の推進", [*MEASURES[:2], *MEASURES[3:], "ＲＰＡの導入"], 4)
        + chapter("４", "行財政運営", ["事務事業の見直し", "テレワークの推進"], 5)
    )
    result = import_blocks(blocks, source_name="x.pdf", fallback_title="x", kind="pdf", notes=[])
    assert _titles(result.yaml) == [*MEASURES[:2], *MEASURES[3:], "ＲＰＡの導入"]
    assert any("計画と位置づけている" in note and "行財政運営" in note for note in result.notes), result.notes
    assert result.reading is not None
    assert result.reading.doubts == []
    # without the sentence, the whole document is read (nothing says which part is the plan), and the
    # reading is doubted: a 総合計画 read whole holds other fields' measures
    plain = import_blocks(cover + outline[:1] + blocks[3:], source_name="x.pdf", fallback_title="x", kind="pdf", notes=[])
    assert "テレワークの推進" in _titles(plain.yaml)
    assert plain.reading is not None
    assert [d.code for d in plain.reading.doubts] == ["whole-comprehensive-plan"]


def test_a_cover_laid_out_as_a_table_and_a_vertical_cover_give_the_title_and_the_town() -> None:
    """A cover made of one row of cells (「令和８年３月　柿ノ浦町｜副題｜柿ノ浦町ＤＸ推進計画」, Word's 縦書き
    cells) and the same cover in a PDF, its vertical letters read across (「８ ら」 is no numbered heading,
    「月柿ノ浦町」 a date's last letter on the town's line): title 柿ノ浦町ＤＸ推進計画, town 柿ノ浦町."""
    from ruamel.yaml import YAML

    from dxcheck.importer import import_blocks
    from dxcheck.importer.blocks import Block, Origin

    cover_page, body = Origin(page=1), Origin(page=2)
    plan = [Block("heading", "第１章　施策の展開", body, level=1), Block("heading", "基本方針１　便利な町", body, level=2)]
    for i, measure in enumerate(MEASURES, 1):
        plan += [Block("heading", f"({i}) {measure}", body, level=3), Block("paragraph", f"{measure}を進めます。", body)]
    word = [
        Block(
            "table",
            "令和８年３月　柿ノ浦町\t～ つながる ～\t柿ノ浦町ＤＸ推進計画",
            cover_page,
            rows=[["令和８年３月　柿ノ浦町", "～ つながる ～", "柿ノ浦町ＤＸ推進計画"]],
        )
    ]
    printed = [
        Block("heading", "～つながる", cover_page, level=3),
        Block("table", "令\tの\n和\tう", cover_page, rows=[["令", "の"], ["和", "う"]]),
        Block("heading", "８ ら", cover_page, level=2),
        Block("heading", "月柿ノ浦町", cover_page, level=2),
        Block("heading", "柿ノ浦町ＤＸ推進計画", cover_page, level=1, bold=True),
    ]
    for cover in (word, printed):
        result = import_blocks(cover + plan, source_name="x.pdf", fallback_title="x", kind="pdf", notes=[])
        draft = YAML(typ="safe").load(result.yaml)
        assert (draft["plan"]["title"], draft["municipality"]["name"]) == ("柿ノ浦町ＤＸ推進計画", "柿ノ浦町"), cover
        assert _titles(result.yaml) == MEASURES


def test_a_table_of_measures_that_runs_on_to_the_next_page_after_a_running_header() -> None:
    """A table printed over two pages with its header row repeated and the running header (「潮見町ＤＸ
    推進計画」, set small at the top of every page) between its parts, as a browser prints it: one table.
    Its rows on the second page were read as policies of their own."""
    from dxcheck.importer import import_blocks
    from dxcheck.importer.blocks import Block, Origin

    header = ["No.", "取組", "主な内容", "担当課"]

    def table(rows: list[list[str]], page: int) -> Block:
        cells = [header, *rows]
        return Block("table", "\n".join("\t".join(r) for r in cells), Origin(page=page), rows=cells)

    rows = [[str(i), m, f"{m}を進めます。", "企画課"] for i, m in enumerate(MEASURES, 1)]
    group = [["基本方針1　便利な町の実現"]]
    blocks = [
        Block("heading", "潮見町ＤＸ推進計画", Origin(page=1), level=1),
        Block("heading", "第３章　取組一覧", Origin(page=2), level=1),
        table(group + rows[:3], 2),
        Block("paragraph", "潮見町ＤＸ推進計画", Origin(page=3), scale=0.76),
        table(rows[3:], 3),
        Block("heading", "第４章　推進体制", Origin(page=3), level=1),
        Block("paragraph", "町長を本部長とする推進本部で進めます。", Origin(page=3)),
    ]
    result = import_blocks(blocks, source_name="x.pdf", fallback_title="x", kind="pdf", notes=[])
    from ruamel.yaml import YAML

    draft = YAML(typ="safe").load(result.yaml)
    assert [p["title"] for p in draft["policies"]] == ["便利な町の実現"], draft["policies"]
    assert _titles(result.yaml) == MEASURES
    # two tables on pages far apart, or with other headers, stay two
    apart = [*blocks[:3], Block("paragraph", "潮見町ＤＸ推進計画", Origin(page=5)), table(rows[3:], 6)]
    from dxcheck.importer.structure import _continued_tables

    assert len([b for b in _continued_tables(apart) if b.kind == "table"]) == 2


def test_bullets_a_browser_prints_from_a_symbol_fonts_private_letters_are_bullets(tmp_path: Path) -> None:
    """Cells whose bullets are a symbol font's private-use letter (U+F0A7, Wingdings' ▪), printed by a
    browser that has no such font: the PDF holds a glyph with no text, which PDFium gives as U+0000.
    At the start of a line it is a bullet (it was a NUL character in every description)."""
    from plan_documents import chromium, print_pdf

    if chromium() is None:
        pytest.skip("Chromium is not installed: .ci/run installs it (apt-get install chromium)")
    rows = "".join(
        f"<tr><td>{i}</td><td>{name}</td><td>\uf0a7 {name}を進めます。<br>\uf0a7 利用者の声を毎年度聞きます。</td><td>企画課</td></tr>"
        for i, name in enumerate(MEASURES, 1)
    )
    html = (
        '<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><style>'
        "body{font-family:'Noto Serif CJK JP',serif;font-size:10.5pt} table{border-collapse:collapse;width:100%}"
        "td,th{border:1px solid #000;padding:4px}</style></head><body>"
        "<h1>潮見町ＤＸ推進計画</h1><p>令和８年３月　潮見町</p><div style='break-after:page'></div>"
        "<h1>第３章　取組一覧</h1><p>次の取組を進めます。</p>"
        f"<table><thead><tr><th>No.</th><th>取組</th><th>主な内容</th><th>担当課</th></tr></thead><tbody>{rows}</tbody></table>"
        "</body></html>"
    )
    pdf = print_pdf(html, tmp_path / "plan.pdf", tmp_path)
    result = import_document(pdf)
    assert _titles(result.yaml) == MEASURES
    assert "\x00" not in result.yaml
    assert "・ 利用者の声" in result.yaml or "・利用者の声" in result.yaml


def test_a_plan_written_in_japanese_and_english_side_by_side_is_read_in_japanese() -> None:
    """A city with many foreign residents writes each section as a table 日本語｜English, and each
    heading as a row 「１｜計画の概要｜Outline of the Plan」 (blind set 10, refused in every format): the
    Japanese is the text, a cell's first line its heading; the code after 「地方公共団体コード／Local
    government code:」 is the code."""
    from ruamel.yaml import YAML

    from dxcheck.importer import import_blocks
    from dxcheck.importer.blocks import Block, Origin

    at = Origin(page=2)

    def table(rows: list[list[str]]) -> Block:
        return Block("table", "\n".join("\t".join(r) for r in rows), at, rows=rows)

    english = ["Multilingual online applications", "Paperless counters", "Telework for staff", "Security training"]
    measures = [
        [f"({i}) {m}\n{m}を進めます。", f"({i}) {e}\nWe will promote it."]
        for i, (m, e) in enumerate(zip(MEASURES, english, strict=True), 1)
    ]
    blocks = [
        Block("heading", "潮見市デジタル推進計画", Origin(page=1), level=1),
        Block("paragraph", "Shiomi City Digital Promotion Plan", Origin(page=1)),
        Block("paragraph", "地方公共団体コード／Local government code: 282367", Origin(page=1)),
        table([["３", "基本方針と取組", "Basic Policies and Actions"]]),
        table([["日本語", "English"], ["基本方針1　やさしい行政サービス　／　Basic Policy 1  Friendly services"], *measures]),
    ]
    result = import_blocks(blocks, source_name="x.pdf", fallback_title="x", kind="pdf", notes=[])
    draft = YAML(typ="safe").load(result.yaml)
    assert _titles(result.yaml) == MEASURES
    assert draft["municipality"]["code"] == "282367"
    assert not any("We will" in line for line in result.yaml.splitlines())


def test_bold_headings_whose_numbers_skip_are_still_headings(tmp_path: Path) -> None:
    """A newcomer's plan: bold 「第1章」 then 「第4章」, and measures 「（1）（3）（4）（5）」 (one taken out in a
    revision). The reader refused the plan (「方針・施策が見つかりません」) and made the measures after a gap
    body text; a skip forward of up to three, set as a heading, is the next heading, and a note says so."""
    import docx

    document = docx.Document()
    document.add_paragraph().add_run("美浜町DX推進計画").bold = True
    document.add_paragraph("令和8年3月")

    def bold(text: str) -> None:
        document.add_paragraph().add_run(text).bold = True

    bold("第1章　計画の概要")
    document.add_paragraph("本計画の計画期間は、令和8年度から令和12年度までの5年間とします。")
    bold("第4章　施策の展開")
    bold("基本目標1　便利な町")
    for number, title in zip((1, 3, 4, 5), MEASURES, strict=True):
        bold(f"（{number}）{title}")
        document.add_paragraph(f"{title}を進めます。")
    path = tmp_path / "plan.docx"
    document.save(str(path))
    result = import_document(path)
    assert _titles(result.yaml) == MEASURES
    assert any("番号が飛んでいますが" in note for note in result.notes)


def test_a_name_wrapped_in_its_table_cell_is_one_title() -> None:
    """A blind trial's PDF gave `title: "公金収納への\\neLTAXの活用"`: a name the cell wrapped kept the break. The
    lines of a cell with no list below the name are one title, joined as the text's lines are."""
    from dxcheck.importer.structure import _cell_title

    assert _cell_title("公金収納への\neLTAXの活用") == ("公金収納へのeLTAXの活用", "")
    assert _cell_title("1-2　公金収納への\neLTAXの活用") == ("公金収納へのeLTAXの活用", "")
    assert _cell_title("オンライン申請の拡大\n・子育て関係手続\n・電子申請の対象拡大") == (
        "オンライン申請の拡大",
        "・子育て関係手続\n・電子申請の対象拡大",
    )


def test_a_kpi_cell_that_holds_its_target_gives_the_target() -> None:
    """A blind trial's table of measures had a KPI column and no 目標値 one: 「参加者数　200人／年（R12）」 stayed a name,
    and lint then asked for the target the cell holds. The name, then a number: the target, its unit and its year."""
    from dxcheck.importer.emit import _row_kpi

    held = _row_kpi("参加者数　200人／年（R12）", None)
    assert (held.name, held.target, held.unit, held.target_year) == ("参加者数", 200, "人/年", 2030)
    assert _row_kpi("5G基地局数", None).target is None  # a number inside the name is the name's
    # the PDF of the same table: Word's gap between the figure and its unit printed as a space
    spaced = _row_kpi("オンライン申請可能手続数 30 手続（R12）", None)
    assert (spaced.name, spaced.target, spaced.unit, spaced.target_year) == ("オンライン申請可能手続数", 30, "手続", 2030)
    assert _row_kpi("令和8年度 開始", None).name == "令和8年度 開始"
    apart = _row_kpi("参加者数", "300人（R10）")  # a 目標値 column still decides
    assert (apart.name, apart.target, apart.target_year) == ("参加者数", 300, 2028)


def test_a_legal_basis_declared_in_plain_words_is_read() -> None:
    """「本計画は官民データ活用推進基本法第9条第3項に基づく市町村官民データ活用推進計画として策定します。」 in a first chapter
    (no 「」, no 位置づけ) was not read: the draft had no legal_basis and the audit warned DX510 (a new user's walkthrough)."""
    from dxcheck.importer.metadata import LegalRef, _legal_basis

    expected = [LegalRef("官民データ活用推進基本法", "第9条第3項", "市町村官民データ活用推進計画")]
    assert _legal_basis(["本計画は官民データ活用推進基本法第9条第3項に基づく市町村官民データ活用推進計画として策定します。"]) == expected
    assert (
        _legal_basis(["本計画は、官民データ活用推進基本法（平成28年法律第103号）第９条第３項に基づく市町村官民データ活用推進計画です。"])
        == expected
    )
    assert (
        _legal_basis(["国は官民データ活用推進基本法第9条に基づく計画の策定を市町村に求めています。"]) == []
    )  # the nation's, not a declaration
    # …and 「として位置付けます」 without 「」 (a second walkthrough's: the sentence took the quoted designation's path)
    assert (
        _legal_basis(["本計画は、官民データ活用推進基本法第9条第3項に基づく市町村官民データ活用推進計画として位置付けます。"]) == expected
    )


def test_a_chapter_that_only_names_the_policies_and_their_aims_is_no_measures() -> None:
    """A blind trial's plan B: 「第３章　基本方針」 over 基本方針１–３, a sentence of what each aims at (「…書かずに済む
    窓口を目指します」), and 第４章 holding the measures: the three policies were read as three measures, their aims
    as commitments. Left out when the measures stand elsewhere; a short plan whose 基本方針 are all it has keeps them."""
    aims = "".join(
        f"基本方針{i}　{t}\n\n{a}\n\n"
        for i, (t, a) in enumerate(
            (
                ("便利な住民サービス", "書かずに済む窓口を目指します。"),
                ("効率的な行政経営", "限られた職員で質の高いサービスを提供します。"),
            ),
            1,
        )
    )
    measures = "".join(f"({i}) {t}\n\n{t}を進めます。\n\n" for i, t in enumerate(MEASURES, 1))
    text = f"東川原町情報化推進計画\n\n第３章　基本方針\n\n{aims}第４章　取組\n\n{measures}"
    result = import_text(text)
    assert _titles(result.yaml) == MEASURES
    assert "施策のない基本方針の一覧として除外しました: 基本方針" in "\n".join(result.notes)
    assert result.reading is not None
    assert [e.reason for e in result.reading.excluded] == ["施策のない基本方針の一覧"]
    alone = "".join(f"基本方針{i}　{t}\n\n{t}を進めます。\n\n" for i, t in enumerate(MEASURES[:3], 1))
    assert _titles(import_text(f"西川原村情報化推進計画\n\n第３章　基本方針\n\n{alone}").yaml) == MEASURES[:3]
    # A hostile try: other leaves are not places of measures — bullets of 視点 under 「基本的な考え方」 (read as measures,
    # as before), a chapter whose sections were all left out, 「おわりに」 — and the 基本方針 that commit stay measures.
    views = "第２章　DX推進の基本的な考え方\n\n・住民目線でのサービス改善\n・データに基づく行政運営\n・職員の働き方の見直し\n\n"
    front = "第１章　計画の基本的事項\n\n１．計画策定の趣旨\n\n少子高齢化が進んでいます。\n\n２．計画の期間\n\n令和8年度から令和12年度までとします。\n\n"
    plan = f"西川原村情報化推進計画\n\n{front}{views}第３章　基本方針\n\n{alone}第４章　おわりに\n\n計画を着実に進めます。\n"
    kept = import_text(plan)
    assert _titles(kept.yaml)[-3:] == MEASURES[:3]  # 「おわりに」 is closing words, no measure
    assert not any("施策のない基本方針" in note for note in kept.notes)


def test_an_owner_label_run_into_the_text_before_it_is_the_owner_not_the_description() -> None:
    """A blind trial's PDF ran each measure's 「【担当課】総務課」 line into its 【内容】 line: the owner was read, and
    stayed in the description too, where the .docx (its own paragraph) had it left out."""
    from ruamel.yaml import YAML

    text = "小松原町ＤＸ推進計画\n\n第３章 具体的な取組\n\n" + "".join(
        f"（{i}）{t}\n\n【内容】{t}を進めます。【担当課】総務課\n\n" for i, t in enumerate(MEASURES, 1)
    )
    plan = YAML(typ="safe").load(import_text(text).yaml)
    measures = [m for p in plan["policies"] for m in p.get("measures") or []]
    assert [(m["description"], m["owner"]) for m in measures] == [(f"【内容】{t}を進めます。", "総務課") for t in MEASURES]


def test_a_section_about_the_nations_plan_is_background_not_the_towns_measures() -> None:
    """A hostile try: 「３．国の自治体DX推進計画」 in 第1章 quoting the national 重点取組事項 as bullets — read as seven
    measures of the town, which then covered eLTAX, AI・RPA and telework; 「SDGsとの関係」「総合計画との関係」 read as
    measures. Left out as background and as the plan's standing; a section on what the town does about the nation's
    plan (「国の計画を踏まえた本町の取組」) is the town's."""
    national = "".join(f"・{t}\n" for t in ("自治体フロントヤード改革の推進", "公金収納におけるeLTAXの活用", "テレワークの推進"))
    front = (
        "第1章　計画の基本的事項\n\n１．計画の期間\n\n令和6年度から令和10年度までとします。\n\n"
        f"２．国の自治体DX推進計画\n\n総務省の自治体DX推進計画では、次の事項が示されています。\n\n{national}\n"
        "３．SDGsとの関係\n\n本計画はSDGsの達成に寄与します。\n\n４．総合計画との関係\n\n本計画は総合計画の部門計画です。\n\n"
    )
    measures = "".join(f"（{i}）{t}\n\n{t}を進めます。\n\n" for i, t in enumerate(MEASURES, 1))
    result = import_text(f"若葉町DX推進計画\n\n{front}第2章　施策\n\n{measures}")
    assert _titles(result.yaml) == MEASURES
    notes = "\n".join(result.notes)
    assert "国・県の動向として除外しました: ２． 国の自治体DX推進計画" in notes
    assert "計画の位置づけとして除外しました: ３． SDGsとの関係" in notes
    own = f"若葉町DX推進計画\n\n第1章　国の計画を踏まえた本町の取組\n\n{measures}"
    assert _titles(import_text(own).yaml) == MEASURES


def test_a_chapter_named_for_the_vision_and_the_measures_holds_the_measures() -> None:
    """Blind set 14 (doc141): 「第3章　基本理念と施策」 was left out whole for its first word, and with it every measure —
    the plan was refused. Where no measure is found elsewhere, its sections are told apart (「1．基本理念」 out,
    「2．基本方針と施策」 in). Where a later chapter holds the measures (「第3章　基本理念と基本目標」 over an overview,
    「第4章　施策の展開」: an earlier set's), the joined chapter stays out as before."""
    measures = "".join(f"（{i}）{t}\n\n{t}を進めます。\n\n" for i, t in enumerate(MEASURES, 1))
    front = "第1章　計画の策定にあたって\n\n１．策定の趣旨\n\n町のDXを進めます。\n\n第2章　町を取り巻く状況\n\n１．国の動向\n\n国はデジタル化を進めています。\n\n"
    joined = f"霞見町DX推進計画\n\n{front}第3章　基本理念と施策\n\n１．基本理念\n\n誰もが暮らしやすい町。\n\n２．基本方針と施策\n\n基本方針１　便利な町\n\n{measures}"
    result = import_text(joined)
    assert _titles(result.yaml) == MEASURES
    assert not any("基本理念として除外しました: 第3章" in note for note in result.notes)
    overview = "".join(f"・{t}\n" for t in MEASURES)
    apart = (
        f"霞見町DX推進計画\n\n{front}第3章　基本理念と基本目標\n\n１．基本理念\n\n誰もが暮らしやすい町。\n\n２．基本目標\n\n{overview}\n"
        f"第4章　施策の展開\n\n基本目標１　便利な町\n\n{measures}"
    )
    result = import_text(apart)
    assert _titles(result.yaml) == MEASURES
    assert any("基本理念として除外しました: 第3章" in note for note in result.notes)
    # a 推進方針 of background and standing only (「背景と取組の必要性」) has no measures, and is still refused (a hostile review)
    from dxcheck.importer.errors import DocumentError

    with pytest.raises(DocumentError, match="方針・施策が見つかりません"):
        import_text(
            "霞見町DX推進方針\n\n第1章　背景と取組の必要性\n\n１．社会情勢の変化\n\n人口が減っています。\n\n"
            "２．本町における取組\n\n電子申請を導入しました。\n\n第2章　推進体制\n\n副町長をCIOとします。\n"
        )


def test_a_comprehensive_plans_policy_page_gives_its_main_measures_not_the_policy() -> None:
    """Blind set 14 (doc144): a 総合計画's 施策 page — 「施策5-1」 with （1）現状と課題 （2）目指す姿 （3）成果指標 （4）主な取組,
    the measures ■ blocks with 【現状と課題】【取組内容】【担当課】 — was read as one measure per 施策 (the ■ blocks folded
    into its text). The 施策 is the policy and the ■ blocks its measures, each described by its 取組内容, with its
    owner, and without its 現状と課題; the indicators table is the policy's KPIs."""

    def page(number: int, title: str, measures: list[str]) -> str:
        text = (
            f"施策5-{number}　{title}\n\n（1）現状と課題\n\n村の手続は窓口で行われています。\n\n（2）目指す姿\n\n"
            "出向かなくても手続ができる村を目指します。\n\n（3）成果指標\n\n| 指標 | 現状値 | 目標値 |\n|---|---|---|\n"
            "| 電子申請の件数 | 120件 | 600件 |\n\n（4）主な取組\n\n"
        )
        for measure in measures:
            text += (
                f"■ {measure}\n\n【現状と課題】\n\n{measure}が遅れています。\n\n【取組内容】\n\n{measure}を令和9年度までに進めます。\n\n"
            )
            text += "【担当課】\n\n総務課\n\n"
        return text

    text = (
        "第6次楠見村総合計画\n\n第5章　デジタル化で支える村づくり\n\n"
        + page(1, "行政サービスのデジタル化", MEASURES[:2])
        + page(2, "行財政運営の効率化", MEASURES[2:])
    )
    from ruamel.yaml import YAML

    plan = YAML(typ="safe").load(import_text(text, "plan.md").yaml)
    policies = all_policies(plan["policies"])
    assert [(p["title"], [m["title"] for m in p.get("measures") or []]) for p in policies if p.get("measures")] == [
        ("行政サービスのデジタル化", MEASURES[:2]),
        ("行財政運営の効率化", MEASURES[2:]),
    ]
    first = policies[-2]["measures"][0]
    assert first["description"] == f"{MEASURES[0]}を令和9年度までに進めます。"
    assert first["owner"] == "総務課"
    assert policies[-2]["kpis"][0]["name"] == "電子申請の件数"


def governance(chapter: str) -> dict[str, str]:
    """The 推進体制 a plan of MEASURES reads from a chapter of its own that says `chapter`."""
    from ruamel.yaml import YAML

    text = (
        "潮見町DX推進計画\n\n第1章 施策\n\n基本方針1 便利な町\n\n"
        + "".join(f"({i}) {t}\n\n{t}を進めます。\n\n" for i, t in enumerate(MEASURES, 1))
        + f"第2章 推進体制\n\n{chapter}\n"
    )
    return dict(YAML(typ="safe").load(import_text(text).yaml)["plan"].get("governance") or {})


def test_staff_training_stated_in_the_governance_chapter_is_read_and_counts() -> None:
    """A new user's walkthrough: 「全職員を対象にDX研修を毎年度実施します。」 in 推進体制 was never read, and the audit
    said DX540 (職員のデジタル人材の育成が書かれていません) of a plan that states it. Security training is a security
    measure, not the staff's digital skills; what the prefecture does is not the town's."""

    assert (
        governance("副町長をCIOとします。全職員を対象にDX研修を毎年度実施します。")["training"]
        == "全職員を対象にDX研修を毎年度実施します。"
    )
    assert governance("各課にDX推進リーダーを置き、育成します。").get("training") == "各課にDX推進リーダーを置き、育成します。"
    assert "training" not in governance("副町長をCIOとします。全職員を対象とした情報セキュリティ研修を毎年度実施します。")
    assert "training" not in governance("副町長をCIOとします。県は、市町村のデジタル人材の育成を支援しています。")
    # residents', firms' and farmers' training is theirs; the prefecture's course the town sends its staff to is the staff's
    for theirs in (
        "高齢者を対象としたデジタル研修会を毎年度開催します。",
        "市内事業者のDX人材の育成を支援します。",
        "農業の担い手となる人材の育成に努めます。",
    ):
        assert "training" not in governance(f"副町長をCIOとします。{theirs}"), theirs
    assert governance("県が開催するDX研修に職員を毎年度派遣します。").get("training") == "県が開催するDX研修に職員を毎年度派遣します。"


def test_the_review_of_progress_in_the_governance_chapter_is_read_as_the_cycle() -> None:
    """The fourth walkthrough: 「毎年度、推進本部において進捗状況を確認し、計画を見直します。」 was not read, and the audit said
    DX540 (進行管理と見直しの仕組みが書かれていません) of a plan that states it."""

    for said in (
        "毎年度、推進本部において進捗状況を確認し、計画を見直します。",
        "推進本部において毎年度進捗状況を確認し、必要に応じて計画を見直します。",
        "本計画の進捗状況は、毎年度、DX推進本部で評価・検証します。",
    ):
        found = governance(f"副町長を本部長とする推進本部を設置します。{said}")
        assert found.get("cycle") == said, (said, found)
    assert "cycle" not in governance("副町長を本部長とする推進本部を設置します。全職員を対象にDX研修を実施します。")


def test_a_small_unnumbered_heading_over_a_table_is_not_the_section_of_the_numbered_chapters_after_it(tmp_path: Path) -> None:
    """An earlier blind set (doc98): a 概要版 page — 「施策の全体像」 in small bold over a table of the measures — then
    the chapters 「1　計画の基本事項」 … 「3　取組の内容」 in large bold. The chapters fell under the small heading, and
    the plan read as three measures named for its chapters (its measures came from the summary table by luck). A
    heading set smaller than the numbered one after it is not its section."""
    import docx
    from docx.shared import Pt

    document = docx.Document()

    def line(text: str, size: float, bold: bool = True) -> None:
        run = document.add_paragraph().add_run(text)
        run.bold, run.font.size = bold, Pt(size)

    line("若葉町DX推進計画", 26)
    line("令和8年3月", 14, bold=False)
    document.add_page_break()  # type: ignore[no-untyped-call]
    line("若葉町DX推進計画【概要版】", 15)
    line("計画期間：令和8年度～令和12年度（5年間）", 9.5, bold=False)
    line("施策の全体像", 10)
    table = document.add_table(rows=1 + len(MEASURES), cols=3)
    for cell, text in zip(table.rows[0].cells, ("基本方針", "取組", "担当"), strict=True):
        cell.text = text
    for number, (row, title) in enumerate(zip(table.rows[1:], MEASURES, strict=True), 1):
        for cell, text in zip(row.cells, ("便利な町", f"【取組{number}】{title}", "総務課"), strict=True):
            cell.text = text
    document.add_page_break()  # type: ignore[no-untyped-call]
    line("1　計画の基本事項", 15)
    line("(1)　計画期間", 13)
    line("令和8年度から令和12年度までとします。", 10.5, bold=False)
    line("2　取組の内容", 15)
    line("基本方針1　便利な町", 13)
    for number, title in enumerate(MEASURES, 1):
        line(f"【取組{number}】　{title}", 10.5)
        line(f"{title}を令和9年度までに進めます。", 10.5, bold=False)
    line("3　推進体制", 15)
    line("副町長をCIOとします。", 10.5, bold=False)
    path = tmp_path / "plan.docx"
    document.save(str(path))
    from ruamel.yaml import YAML

    plan = YAML(typ="safe").load(import_document(path).yaml)
    measures = [m for p in all_policies(plan["policies"]) for m in p.get("measures") or []]
    assert [m["title"] for m in measures] == MEASURES
    assert all(m.get("description", "").endswith("を令和9年度までに進めます。") for m in measures)


def test_policies_named_smaller_than_their_numbered_measures_stay_over_them(tmp_path: Path) -> None:
    """A hostile review of the rule above: policies named in bold 10.5 pt, each with its aim, over 「（1）…」 measures in
    bold 12 pt. A heading a little smaller than the numbered ones after it, with a text of its own, is their section."""
    import docx
    from docx.shared import Pt

    document = docx.Document()

    def line(text: str, size: float, bold: bool = True) -> None:
        run = document.add_paragraph().add_run(text)
        run.bold, run.font.size = bold, Pt(size)

    line("若葉町DX推進計画", 26)
    line("第1章　施策", 15)
    for policy, measures in (("行政サービスのデジタル化", MEASURES[:2]), ("行政運営の効率化", MEASURES[2:])):
        line(policy, 10.5)
        line(f"{policy}を進めます。", 10.5, bold=False)
        for number, title in enumerate(measures, 1):
            line(f"（{number}）{title}", 12)
            line(f"{title}を令和9年度までに進めます。", 10.5, bold=False)
    path = tmp_path / "plan.docx"
    document.save(str(path))
    from ruamel.yaml import YAML

    plan = YAML(typ="safe").load(import_document(path).yaml)
    read = [(p["title"], [m["title"] for m in p.get("measures") or []]) for p in all_policies(plan["policies"]) if p.get("measures")]
    assert read == [("行政サービスのデジタル化", MEASURES[:2]), ("行政運営の効率化", MEASURES[2:])]


def test_the_adoption_date_on_a_cover_line_shared_with_the_town_and_the_period_is_read() -> None:
    """A new user's walkthrough: 「長野県小見町　令和7年3月策定　計画期間：令和7年度～令和11年度」 on one line of the
    cover gave no `plan.adopted` (a date was read only from a line of its own), and no note said so."""
    from ruamel.yaml import YAML

    measures = "".join(f"({i}) {t}\n\n{t}を進めます。\n\n" for i, t in enumerate(MEASURES, 1))
    text = f"小見町DX推進計画\n\n長野県小見町　令和7年3月策定　計画期間：令和7年度～令和11年度\n\n第1章 施策\n\n基本方針1 便利な町\n\n{measures}"
    plan = YAML(typ="safe").load(import_text(text).yaml)["plan"]
    assert plan["adopted"] == "2025-03"
    # a date of its own line, as before; a period alone is no adoption date
    assert YAML(typ="safe").load(import_text(text.replace("　令和7年3月策定", "")).yaml)["plan"].get("adopted") is None


def test_policies_named_with_their_aims_before_one_table_of_their_measures() -> None:
    """Blind set 14 (doc147): 「方針1　…」 to 「方針3　…」, each with its aim, then one table of every measure grouped by
    them. The table stood under 方針3 and the aims were read as policies with themselves as their one measure. The
    table is the chapter's, each aim describes its group. Where each 方針 has its own table, and the third's has a 再掲
    row of the first's, nothing moves (a hostile review: the 再掲 row made a second top-level 方針1)."""
    from ruamel.yaml import YAML

    policies = [("市民サービスの質の向上", MEASURES[:2]), ("データを活かす町政", MEASURES[2:3]), ("業務改革と働き方改革", MEASURES[3:])]

    def table(rows: list[tuple[str, str]]) -> str:
        return "| 基本方針 | 取組 | 内容 |\n|---|---|---|\n" + "".join(f"| {p} | {m} | {m}を進めます。 |\n" for p, m in rows) + "\n"

    head = "# 試験町DX推進方針\n\n## 第3章　基本方針と取組\n\n"
    aims = "".join(f"### 方針{i}　{p}\n\n{p}を目指します。\n\n" for i, (p, _) in enumerate(policies, 1))
    rows = [(f"方針{i} {p}", m) for i, (p, ms) in enumerate(policies, 1) for m in ms]
    plan = YAML(typ="safe").load(import_text(head + aims + table(rows), "plan.md").yaml)
    read = [(p["title"], [m["title"] for m in p.get("measures") or []], p.get("description")) for p in plan["policies"]]
    assert read == [(p, ms, f"{p}を目指します。") for p, ms in policies]
    each = head + "".join(
        f"### 方針{i}　{p}\n\n{p}を目指します。\n\n"
        + table([(f"方針{i} {p}", m) for m in ms] + ([("方針1 市民サービスの質の向上", f"{MEASURES[0]}（再掲）")] if i == 3 else []))
        for i, (p, ms) in enumerate(policies, 1)
    )
    plan = YAML(typ="safe").load(import_text(each, "plan.md").yaml)
    assert [p["title"] for p in plan["policies"]] == [p for p, _ in policies]


def _sheets_docx(path: Path) -> Path:
    """A 施策シート to a page (blind set 15's doc152): a two-column table per measure, its labels down the first
    column, opening with the 基本方針 it carries out — no header row, the same first row on every sheet of a policy."""
    import docx
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    document.add_heading("第4章　施策シート", level=1)
    sheets = [
        (
            "基本方針１　便利な行政サービス",
            "1-1",
            MEASURES[0],
            "対象手続を令和10年度までに100手続に広げます。",
            "申請件数　30件（R7）→100件（R10）",
        ),
        (
            "基本方針１　便利な行政サービス",
            "1-2",
            MEASURES[1],
            "市民課の窓口に申請書作成支援システムを導入します。",
            "対応手続数　0（R7）→20手続（R10）",
        ),
        (
            "基本方針２　スマートな役場",
            "2-1",
            MEASURES[2],
            "全職員が在宅勤務を行える環境を整えます。",
            "実施職員数　年間10人（R7）→200人（R10）",
        ),
        ("基本方針２　スマートな役場", "2-2", MEASURES[3], "全職員を対象に毎年度研修を行います。", "受講率　60％（R7）→100％（R10）"),
    ]
    for policy, number, title, doing, kpi in sheets:
        table = document.add_table(rows=0, cols=2)
        table.style = "Table Grid"  # ruled, as offices print them
        for label, value in (
            ("基本方針", policy),
            ("施策番号", number),
            ("取組名", title),
            ("現状と課題", "利用が伸びていません。"),
            ("取組内容", doing),
            ("KPI", kpi),
            ("スケジュール", "R8：準備　R9～：実施"),
            ("担当課", "総務課"),
        ):
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.save(str(path))
    return path


def test_a_measure_sheet_to_a_page_is_one_measure_under_its_policy(tmp_path: Path) -> None:
    """Each sheet is a measure under the policy its first row names, as .docx (four tables, each policy's two with
    the same first row: not one table cut by page breaks) and as the PDF (read as one table of four sheets)."""
    from ruamel.yaml import YAML

    source = _sheets_docx(tmp_path / "sheets.docx")
    files = [source] + ([to_pdf_with_libreoffice(source, tmp_path)] if soffice() else [])
    for path in files:
        plan = YAML(typ="safe").load(import_document(path).yaml)
        policies = {p["title"]: p.get("measures") or [] for p in all_policies(plan["policies"])}
        assert {title: [m["title"] for m in measures] for title, measures in policies.items()} == {
            "便利な行政サービス": MEASURES[:2],
            "スマートな役場": MEASURES[2:],
        }, path.name
        first = policies["便利な行政サービス"][0]
        # 取組内容, not 現状と課題 (the PDF prints a space between figures and Japanese, as Word's layout leaves it)
        assert first["description"].replace(" ", "") == "対象手続を令和10年度までに100手続に広げます。"
        # 「申請件数　30件（R7）→100件（R10）」: where it stands now, then the target
        assert first["kpis"] == [
            {
                "name": "申請件数",
                "target": 100,
                "unit": "件",
                "baseline": 30,
                "baseline_year": "2025（令和7）年度",
                "target_year": "2028（令和10）年度",
            }
        ]
        assert first["owner"] == "総務課"
    assert len(files) == 2, "LibreOffice is not installed: the PDF of the sheets was not read"


def test_a_labelled_line_spaced_like_a_table_is_the_measures_text() -> None:
    """「【スケジュール】R8：検討　R9：試行　R10：実施」, its pieces spaced apart, which a PDF's reader takes for a table of
    one row: a line of the measure (doc158's PDF lost the 【取組内容】 above it), as in its Word file."""
    from dxcheck.importer import import_blocks
    from dxcheck.importer.blocks import Block, Origin

    blocks = [
        Block("heading", "方針１　暮らしの手続を便利に", Origin(page=1), level=2),
        Block("item", "オンライン申請の導入", Origin(page=1)),
        Block("paragraph", "【取組内容】各種届出について、令和10年度からオンラインでの受付を開始します。", Origin(page=1)),
        Block("table", "【スケジュール】R8：検討\tR9：試行", Origin(page=1), rows=[["【スケジュール】R8：検討", "R9：試行", "R10：実施"]]),
        Block("item", "窓口のキャッシュレス化", Origin(page=1)),
        Block("paragraph", "【取組内容】窓口での手数料の支払いにキャッシュレス決済を導入します。", Origin(page=1)),
    ]
    result = import_blocks(blocks, source_name="plan.pdf", fallback_title="計画", kind="pdf", notes=[])
    assert "令和10年度からオンラインでの受付を開始します" in result.yaml
    assert result.measures == 2
    # …read as the same line written as a paragraph is (the Word file's)
    blocks[3] = Block("paragraph", "【スケジュール】R8：検討　R9：試行　R10：実施", Origin(page=1))
    assert import_blocks(blocks, source_name="plan.pdf", fallback_title="計画", kind="pdf", notes=[]).yaml == result.yaml


def test_a_code_alone_on_the_line_under_the_towns_name_on_the_cover() -> None:
    text = "蓬生台町DX推進計画\n\n令和8年3月\n\n蓬生台町\n313866\n\n第1章 基本方針\n\n1 行政手続のオンライン化\n\n蓬生台町は電子申請を拡大します。\n"
    assert 'code: "313866"' in import_text(text, "plan.txt").yaml
    wrong = text.replace("313866", "313867")  # its check digit does not hold: no code
    assert "code:" not in import_text(wrong, "plan.txt").yaml


def test_sheets_under_their_policy_headings_with_three_levels_and_two_kpis(tmp_path: Path) -> None:
    """A hostile review's sheets: the policy's heading above sheets whose 基本方針 row names it again (one level, not
    the policy under itself); 基本方針｜施策｜取組名 (the measure is the 取組名, under its 施策); two KPIs under one 「KPI」
    label merged down two rows (both kept; the PDF of one table of every sheet was refused when rows had no label)."""
    import docx
    from docx.enum.text import WD_BREAK
    from ruamel.yaml import YAML

    document = docx.Document()
    sheets = {
        "基本方針１　便利な行政サービス": [("行政手続のオンライン化", MEASURES[0]), ("窓口の改革", MEASURES[1])],
        "基本方針２　スマートな役場": [("働き方改革", MEASURES[2]), ("安全な情報基盤", MEASURES[3])],
    }
    for policy, measures in sheets.items():
        document.add_heading(policy, level=1)
        for direction, title in measures:
            table = document.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            rows = [("基本方針", policy), ("施策", direction), ("取組名", title), ("取組内容", f"{title}を全庁で進めます。")]
            rows += [("KPI", "申請件数　30件（R7）→100件（R10）"), ("", "対象手続数　20手続（R7）→100手続（R10）"), ("担当課", "総務課")]
            for label, value in rows:
                cells = table.add_row().cells
                cells[0].text, cells[1].text = label, value
            kpi = table.rows[4].cells[0]
            kpi.merge(table.rows[5].cells[0])  # 「KPI」 down two rows
            kpi.text = "KPI"
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    source = tmp_path / "sheets.docx"
    document.save(str(source))
    files = [source] + ([to_pdf_with_libreoffice(source, tmp_path)] if soffice() else [])
    for path in files:
        plan = YAML(typ="safe").load(import_document(path).yaml)
        tops = {p["title"]: p for p in plan["policies"]}
        assert list(tops) == ["便利な行政サービス", "スマートな役場"], path.name
        first = tops["便利な行政サービス"]
        assert [(p["title"], [m["title"] for m in p["measures"]]) for p in first["policies"]] == [
            ("行政手続のオンライン化", [MEASURES[0]]),
            ("窓口の改革", [MEASURES[1]]),
        ], path.name
        kpis = first["policies"][0]["measures"][0]["kpis"]
        assert [(k["name"], k["baseline"], k["target"]) for k in kpis] == [("申請件数", 30, 100), ("対象手続数", 20, 100)], path.name
    assert len(files) == 2, "LibreOffice is not installed: the PDF of the sheets was not read"


_MEASURE_PARTS = {
    "基本方針1　行政サービスのデジタル化": [
        (
            "取組1　行政手続のオンライン化",
            "本町ではオンラインで申請できる手続が限られています。",
            ["子育て・介護の26手続をオンライン化します。"],
        ),
        ("取組2　キャッシュレス決済の導入", "窓口での支払いは現金のみです。", ["住民票等の手数料にキャッシュレス決済を導入します。"]),
    ],
    "基本方針2　行政運営の効率化": [
        ("取組3　AI・RPAの活用", "定型業務に多くの時間を要しています。", ["AI-OCRとRPAを全庁の定型業務に導入します。"]),
        ("取組4　テレワークの推進", "職員のテレワーク環境がありません。", ["全職員がテレワークを行えるようにします。"]),
    ],
}


@pytest.mark.parametrize("labels", ["numbered", "bold", "bracket", "circle"])
def test_measure_headings_with_their_problem_and_what_is_done_as_parts(tmp_path: Path, labels: str) -> None:
    """取組 as Heading 3 under 基本方針 as Heading 2, each with its 現状と課題 and 主な取組 as parts — 「（1）現状と課題」
    「（2）主な取組」, bold lines, 【】 or 「○」 — the second only sentences in bullets: the 取組 are the measures, the
    bullets their text, the problem left out. A hostile review's (numbered): the document was refused."""
    import docx
    from ruamel.yaml import YAML

    document = docx.Document()
    document.add_heading("試験町DX推進計画", 0)
    document.add_heading("第2章　施策の展開", 1)
    for policy, measures in _MEASURE_PARTS.items():
        document.add_heading(policy, 2)
        document.add_paragraph("町の取組の方向を定めます。")
        for title, problem, done in measures:
            document.add_heading(title, 3)
            for number, (part, lines) in enumerate((("現状と課題", [problem]), ("主な取組", done)), 1):
                if labels == "numbered":
                    document.add_paragraph(f"（{number}）{part}")
                elif labels == "bracket":
                    document.add_paragraph(f"【{part}】")
                else:
                    document.add_paragraph().add_run(("○" if labels == "circle" else "") + part).bold = True
                for line in lines:
                    document.add_paragraph(line, style="List Bullet" if part == "主な取組" else None)
    source = tmp_path / "plan.docx"
    document.save(str(source))
    files = [source] + ([to_pdf_with_libreoffice(source, tmp_path)] if soffice() else [])
    for path in files:
        plan = YAML(typ="safe").load(import_document(path).yaml)
        read = {p["title"]: {m["title"].replace(" ", ""): m.get("description", "") for m in p["measures"]} for p in plan["policies"]}
        assert list(read) == ["行政サービスのデジタル化", "行政運営の効率化"], path.name
        assert list(read["行政運営の効率化"]) == ["AI・RPAの活用", "テレワークの推進"], path.name
        described = read["行政サービスのデジタル化"]["行政手続のオンライン化"].replace(" ", "")
        assert described == "子育て・介護の26手続をオンライン化します。", path.name  # not the problem, not the parts' names
    assert len(files) == 2, "LibreOffice is not installed: the PDF was not read"


def test_numbered_measures_set_larger_than_their_unnumbered_policy_in_a_pdf(tmp_path: Path) -> None:
    """Policies as bold lines in the body's size with a sentence each, measures 「（1）…」 in 13 pt bold: a PDF ranks
    levels by size, and read each measure as a policy of its own where the .docx nested them (a hostile review's)."""
    import docx
    from docx.shared import Pt
    from ruamel.yaml import YAML

    if soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed, so the Word document cannot be printed to PDF (.ci/run installs it)")
    document = docx.Document()
    document.styles["Normal"].font.size = Pt(10.5)
    document.add_heading("試験町DX推進計画", 0)
    document.add_heading("第2章　施策の展開", 1)
    for policy, measures in (("行政サービスのデジタル化", MEASURES[:2]), ("行政運営の効率化", MEASURES[2:])):
        document.add_paragraph().add_run(policy).bold = True
        document.add_paragraph("町の取組の方向を定めます。")
        for number, title in enumerate(measures, 1):
            run = document.add_paragraph().add_run(f"（{number}）{title}")
            run.bold, run.font.size = True, Pt(13)
            document.add_paragraph(f"{title}を全庁で進めます。")
    source = tmp_path / "plan.docx"
    document.save(str(source))
    for path in (source, to_pdf_with_libreoffice(source, tmp_path)):
        plan = YAML(typ="safe").load(import_document(path).yaml)
        read = {p["title"]: [m["title"].replace(" ", "") for m in p["measures"]] for p in plan["policies"]}
        assert read == {"行政サービスのデジタル化": MEASURES[:2], "行政運営の効率化": MEASURES[2:]}, path.name


def _tab_plan(path: Path, variant: str) -> Path:
    """基本方針 in bold, then 「取組名⇥担当課⇥実施年度」 and a line a measure, 「内容：…」 under each (blind set 16's doc164)."""
    import docx

    document = docx.Document()
    document.add_heading("楢葉沢村情報化推進計画", 0)
    document.add_heading("第2章　取組の内容", 1)
    plan = {"基本方針１　便利で身近な村役場": MEASURES[:3], "基本方針２　少ない職員で支える行政": MEASURES[3:]}
    for policy, measures in plan.items():
        document.add_paragraph().add_run(policy).bold = True
        document.add_paragraph().add_run("取組名\t担当課\t実施年度").bold = True
        for title in measures:
            gap = "\t\t" if variant == "double" and len(title) < 10 else "\t"
            document.add_paragraph(f"・{title}{gap}総務課\tR8～R10")
            content = f"{title}を全庁で計画的に進め、令和10年度までに完了させます。"
            if variant == "wrap":  # 「内容：…」 run on to a second line
                document.add_paragraph("内容：" + content[:12])
                document.add_paragraph(content[12:])
            else:
                document.add_paragraph("内容：" + content)
    document.save(str(path))
    return path


@pytest.mark.parametrize("variant", ["single", "double", "wrap"])
def test_a_table_set_with_tab_stops_keeps_every_row(tmp_path: Path, variant: str) -> None:
    """A hostile review's: one row under a header (a policy with a single 取組), names set apart by two tabs, and a
    「内容：」 line run on to the next — each lost a row, or invented one titled 「取組名⇥担当課⇥実施年度」."""
    from ruamel.yaml import YAML

    plan = YAML(typ="safe").load(import_document(_tab_plan(tmp_path / "plan.docx", variant)).yaml)
    read = {p["title"]: [m["title"] for m in p["measures"]] for p in plan["policies"]}
    assert read == {"便利で身近な村役場": MEASURES[:3], "少ない職員で支える行政": MEASURES[3:]}, read


def test_policies_numbered_with_a_subtitle_over_one_paragraph_measures(tmp_path: Path) -> None:
    """A hostile review's: 「１．行政サービスのデジタル化　～いつでもどこでも手続を～」 as a heading, then measures
    「1．【拡充】名前　…。（担当：…課）」 numbered 1, 2 … again under each: the heading was taken for a measure's line and the
    measures pasted into its text; the measures' 「1．」 read with the policies' 「１．」."""
    import docx
    from ruamel.yaml import YAML

    document = docx.Document()
    document.add_heading("試験町DX推進実施計画", 0)
    document.add_heading("第2章　取組一覧", 1)
    for number, (policy, measures) in enumerate((("行政サービスのデジタル化", MEASURES[:2]), ("行政経営の効率化", MEASURES[2:])), 1):
        document.add_heading(f"{'１２'[number - 1]}．{policy}　～町民に寄り添う～", 2)
        for index, title in enumerate(measures, 1):
            document.add_paragraph(f"{index}．【拡充】{title}　{title}を全庁で進めます。（担当：総務課）")
    path = tmp_path / "plan.docx"
    document.save(str(path))
    plan = YAML(typ="safe").load(import_document(path).yaml)
    read = {p["title"].split("　")[0]: [m["title"] for m in p["measures"]] for p in plan["policies"]}
    assert read == {"行政サービスのデジタル化": MEASURES[:2], "行政経営の効率化": MEASURES[2:]}, read


def test_a_list_keeps_its_lead_sentence_its_numbers_and_its_own_lines(tmp_path: Path) -> None:
    """The fourth walkthrough: under 「(1) 行政手続のオンライン化」, a sentence, then 「主な取組は次のとおりです。」 and a Word
    numbered list (List Number): the lead was dropped, the first item run onto the sentence before it
    (「…拡大します。・電子申請システムの導入」), and the numbers 1–3 became 「・」."""
    import docx
    from ruamel.yaml import YAML

    document = docx.Document()
    document.add_heading("試験町DX推進計画", 0)
    document.add_heading("第2章　施策の展開", 1)
    document.add_heading("基本方針1　便利な町", 2)
    document.add_heading("(1) 行政手続のオンライン化", 3)
    document.add_paragraph("オンライン申請の対象手続を拡大します。")
    document.add_paragraph("主な取組は次のとおりです。")
    for line in ("電子申請システムの導入", "施設予約のオンライン化", "キャッシュレス決済の導入"):
        document.add_paragraph(line, style="List Number")
    document.add_heading("(2) テレワークの推進", 3)
    document.add_paragraph("職員のテレワークを全庁で進めます。")
    source = tmp_path / "plan.docx"
    document.save(str(source))
    files = [source] + ([to_pdf_with_libreoffice(source, tmp_path)] if soffice() else [])
    for path in files:
        plan = YAML(typ="safe").load(import_document(path).yaml)
        measure = plan["policies"][0]["measures"][0]
        lines = [line.replace(" ", "").replace("\u3000", "") for line in measure["description"].split("\n")]
        assert lines == [
            "オンライン申請の対象手続を拡大します。主な取組は次のとおりです。",
            "1.電子申請システムの導入",
            "2.施設予約のオンライン化",
            "3.キャッシュレス決済の導入",
        ], (path.name, measure["description"])
    assert len(files) == 2, "LibreOffice is not installed: the PDF was not read"
