"""How well a document was read, said before any verdict (issue 22, parts 2, 6 and 7).

Every document here is written by the test. A reading that looks broken — few measures on a long
plan, titles that are contents lines or dates, committing sentences outside any measure — is said
first in every format, and `audit` exits 2 unless --accept-reading; a committing sentence outside any
measure is listed by `explain`; a measure whose title holds a word of the background list is kept;
measures written as the rows of a table are read one per row, with their fields.
"""

from __future__ import annotations

import json
from pathlib import Path

from conftest import MINIMAL_PLAN, all_policies, run_cli
from dxcheck.importer import Block, Origin, import_blocks, import_text

COVER = "芽吹町デジタル推進計画\n\n芽吹町\n\n令和8年3月\n\n"

PROSE = (
    "本町では、人口減少と高齢化が進む中で、行政サービスの質を保ちながら効率的な行政運営を行うことが求められています。"
    "国や北海道の動向を踏まえ、町としての考え方を整理し、関係する部署と協議を重ねてきました。"
)

# Committing sentences written as prose, with no heading or number a reader could take for a measure:
# what a Word list with drawn numbers leaves behind when its numbers are lost.
COMMITMENTS = [
    "窓口に来なくても転入の届出ができるよう、オンライン申請を進めます。",
    "職員が自宅で勤務できるよう、テレワーク環境を整備します。",
    "高齢者向けのスマートフォン教室を公民館で開催します。",
    "庁内の定型業務にRPAを導入し、作業時間を削減します。",
    "情報セキュリティポリシーを見直し、全職員の研修を実施します。",
    "マイナンバーカードの申請支援を出張窓口で行います。",
]


def _long_plan_with_lost_measures() -> str:
    """A plan of about 30,000 characters whose measures stand in plain paragraphs under one heading."""
    body = [COVER, "第1章 計画の概要\n"]
    body += [PROSE + "\n" for _ in range(150)]
    body.append("第2章 取組\n")
    body.append("1. 住民サービスの向上\n")
    body.append("窓口の案内を分かりやすくする取組を行います。\n")
    for sentence in COMMITMENTS:
        body.append("\n" + PROSE + sentence + "\n")
    body += ["\n" + PROSE + "\n" for _ in range(150)]
    return "".join(body)


def test_a_long_plan_read_as_one_measure_is_doubted_and_audit_exits_2(tmp_path: Path) -> None:
    document = tmp_path / "計画.txt"
    document.write_text(_long_plan_with_lost_measures(), encoding="utf-8")
    run = run_cli("audit", str(document))
    assert run.exit_code == 2, run.output + run.stderr
    # said before any verdict: the doubt comes before the first item of the first framework
    doubt = run.output.index("読み取りが不確か")
    assert doubt < run.output.index("行政手続等のオンライン化原則")
    assert "施策を 1 件しか読み取れませんでした" in run.output
    assert "--accept-reading" in run.stderr
    accepted = run_cli("audit", str(document), "--accept-reading")
    assert accepted.exit_code in (0, 1), accepted.stderr
    assert "--accept-reading が指定されたため" in accepted.output


def test_the_doubt_is_in_every_machine_format(tmp_path: Path) -> None:
    document = tmp_path / "計画.txt"
    document.write_text(_long_plan_with_lost_measures(), encoding="utf-8")
    report = json.loads(run_cli("audit", str(document), "--format", "json").output)
    assert report["document"]["confidence"] == "low"
    assert [d["code"] for d in report["document"]["doubts"]] == ["few-measures"]
    assert report["findings"][0]["code"] == "DX013"
    assert report["findings"][0]["severity"] == "error"
    sarif = json.loads(run_cli("audit", str(document), "--format", "sarif").output)
    results = sarif["runs"][0]["results"]
    assert any(r["ruleId"] == "DX013" and r["level"] == "error" for r in results)
    github = run_cli("audit", str(document), "--format", "github").output
    assert any(line.startswith("::error") and "DX013" in line for line in github.splitlines())
    markdown = run_cli("audit", str(document), "--format", "markdown").output
    assert markdown.index("読み取りが不確か") < markdown.index("## ")
    html = run_cli("audit", str(document), "--format", "html").output
    assert 'class="doubt"' in html
    warned = json.loads(run_cli("audit", str(document), "--format", "json", "--accept-reading").output)
    assert warned["findings"][0]["code"] == "DX013"
    assert warned["findings"][0]["severity"] == "warning"
    assert warned["document"]["accepted"] is True


def test_compare_leaves_out_a_document_whose_reading_looks_broken_unless_accepted(tmp_path: Path) -> None:
    """A new user's folder held dxcheck's own Word report beside the plan: `compare --documents` read it as a town
    covering all five 官民 items (100) and exited 0, while `audit` of the same file said DX013 and exit 2. Compare
    leaves such a document out, says why (DX013) and exits 1, and names it in the JSON's `not_compared`;
    --accept-reading compares it, as it does for audit."""
    (tmp_path / "計画.txt").write_text(_long_plan_with_lost_measures(), encoding="utf-8")
    (tmp_path / "other.yaml").write_text(MINIMAL_PLAN, encoding="utf-8")
    args = ("compare", str(tmp_path / "計画.txt"), str(tmp_path / "other.yaml"))
    run = run_cli(*args)
    assert run.exit_code == 1, run.stderr
    assert "計画.txt: DX013" in run.stderr
    assert "計画.txt: 読み取りが不確かなため比較から外しました" in run.stderr
    assert "計画.txt" not in run.output
    report = json.loads(run_cli(*args, "--format", "json").output)
    assert [t["file"] for t in report["towns"]] == [str(tmp_path / "other.yaml")]
    assert [(p["file"], p["findings"][0]["code"]) for p in report["not_compared"]] == [(str(tmp_path / "計画.txt"), "DX013")]
    accepted = run_cli(*args, "--accept-reading", "--format", "json")
    assert accepted.exit_code == 0, accepted.stderr
    assert len(json.loads(accepted.output)["towns"]) == 2


UNPLACED = (
    COVER
    + "第2章 基本方針\n\n基本方針1 行政サービスの向上\n\n"
    + "・オンライン申請の拡充\n・書かない窓口の導入\n\n"
    + "あわせて、職員が自宅で勤務できるよう、テレワーク環境を整備します。\n\n"
)


def test_explain_lists_the_committing_sentences_outside_any_measure(tmp_path: Path) -> None:
    """A sentence after the list of measures of a 基本方針 stands in no measure: not counted, and not
    lost in silence either."""
    document = tmp_path / "計画.txt"
    document.write_text(UNPLACED, encoding="utf-8")
    run = run_cli("explain", "dx/telework", str(document))
    assert run.exit_code == 0, run.stderr
    assert "施策の外にあり、この項目に当たる文" in run.output
    assert "テレワーク環境を整備します" in run.output
    line = next(n for n, text in enumerate(UNPLACED.splitlines(), 1) if "テレワーク環境" in text)
    assert f"計画.txt 行 {line}" in run.output
    assert "施策の外に国の項目に当たる文が 1 件" in run_cli("audit", str(document)).output


def test_a_plan_read_well_is_not_doubted(tmp_path: Path) -> None:
    text = COVER + "第2章 取組\n\n" + "".join(f"（{i}）{title}\n\n{sentence}\n\n" for i, (title, sentence) in enumerate(_MEASURES, 1))
    result = import_text(text)
    assert result.reading is not None
    assert result.reading.doubts == []
    assert result.reading.confidence == "high"
    assert result.reading.measures == len(_MEASURES)


_MEASURES = [
    ("オンライン申請の拡充", "子育てや介護の手続をオンラインで申請できるようにします。"),
    ("テレワークの推進", "職員の在宅勤務の環境を整えます。"),
    ("デジタル活用支援", "高齢者向けのスマートフォン教室を開催します。"),
]


def _page(n: int) -> Origin:
    return Origin(page=n)


def test_titles_that_are_contents_lines_or_dates_are_doubted() -> None:
    """What a typed 目次 with bold headings gave: 「基本方針\t13」 read as the measure."""
    blocks = [
        Block("paragraph", "芽吹町デジタル推進計画", _page(1)),
        Block("heading", "第1章 基本方針", _page(2)),
        Block("item", "基本方針\t13", _page(2)),
        Block("item", "令和8年3月", _page(2)),
        Block("paragraph", "オンライン申請を進めます。", _page(3)),
    ]
    result = import_blocks(blocks, source_name="x.pdf", fallback_title="x", kind="pdf", notes=[])
    assert result.reading is not None
    assert "titles-not-measures" in [d.code for d in result.reading.doubts]
    assert result.reading.confidence == "low"


def test_a_measure_whose_title_holds_a_background_word_is_kept() -> None:
    """「目的別窓口の統合」 (目的) and 「…の現状把握とオープンデータの活用」 (現状) under 基本方針 are measures,
    not 策定の趣旨 or 現状と課題; a chapter named 「現状と課題」 is still left out."""
    text = (
        COVER
        + "第1章 現状と課題\n\n（1）窓口の現状\n\n窓口が混雑しています。\n\n"
        + "第2章 基本方針\n\n基本方針1 行政サービスの向上\n\n"
        + "（1）目的別窓口の統合とワンストップ化\n\n手続の窓口を目的別に統合します。\n\n"
        + "（2）官民データの現状把握とオープンデータの活用\n\n町の保有するデータを公開します。\n\n"
        + "（3）テレワークの推進\n\n職員の在宅勤務を進めます。\n\n"
    )
    result = import_text(text)
    assert "目的別窓口の統合とワンストップ化" in result.yaml
    assert "官民データの現状把握とオープンデータの活用" in result.yaml
    assert "窓口の現状" not in result.yaml
    assert result.reading is not None
    assert "現状と課題" in {e.reason for e in result.reading.excluded}


def test_rows_of_a_table_of_measures_are_measures_with_their_fields() -> None:
    """施策名｜内容｜KPI｜目標値｜担当課, with a 分野 column written once per group and schedule columns
    R8…R12: one measure a row under its 分野, the KPI and target, the owner and the years marked."""
    header = "分野\t施策名\t内容\tKPI\t目標値\t担当課\tR8\tR9\tR10\tR11\tR12"
    rows = [
        "行政手続\tオンライン申請の拡充\t子育て・介護の手続をオンライン化します。\tオンライン手続数\t30手続（R12）\t企画課\t○\t○\t○\t○\t○",
        "\t書かない窓口の導入\t申請書の記入を不要にします。\t導入窓口数\t3窓口\t住民課\t\t→\t○\t\t",
        "庁内DX\tテレワークの推進\t職員の在宅勤務を可能にします。\t利用職員数\t100人\t総務課\t○\t○\t\t\t",
    ]
    text = COVER + "第3章 取組\n\n" + "\n".join([header, *rows]) + "\n\n"
    result = import_text(text)
    from ruamel.yaml import YAML

    plan = YAML(typ="safe").load(result.yaml)
    policies = {p["title"]: p for p in all_policies(plan["policies"])}
    assert [m["title"] for m in policies["行政手続"]["measures"]] == ["オンライン申請の拡充", "書かない窓口の導入"]
    assert [m["title"] for m in policies["庁内DX"]["measures"]] == ["テレワークの推進"]
    online = policies["行政手続"]["measures"][0]
    assert online["owner"] == "企画課"
    assert online["kpis"] == [{"name": "オンライン手続数", "target": 30, "unit": "手続", "target_year": "2030（令和12）年度"}]
    assert online["schedule"] == {"start": "2026（令和8）年度", "end": "2030（令和12）年度"}
    assert policies["行政手続"]["measures"][1]["schedule"] == {"start": "2027（令和9）年度", "end": "2028（令和10）年度"}
    assert result.reading is not None
    assert result.reading.table_measures == 3


def test_a_survey_line_read_as_a_policy_is_doubted() -> None:
    """A one-page 概要版 whose survey figures were read as the plan (「…不安がある（70歳以上） 52.4％」 over
    one measure): too short to doubt by length, but its titles are statistics."""
    page = _page(1)
    blocks = [
        Block("paragraph", "芽吹町デジタル推進計画【概要版】", page),
        Block("heading", "町民アンケート結果", page),
        Block("item", "デジタル機器の操作に不安がある（70歳以上） 52.4％", page),
        Block("paragraph", "推進体制を整えます。", page),
    ]
    result = import_blocks(blocks, source_name="x.pdf", fallback_title="x", kind="pdf", notes=[])
    assert result.reading is not None
    assert [d.code for d in result.reading.doubts] == ["titles-not-measures"]


def test_import_says_how_sure_the_reading_is(tmp_path: Path) -> None:
    document = tmp_path / "計画.txt"
    document.write_text(_long_plan_with_lost_measures(), encoding="utf-8")
    run = run_cli("import", str(document))
    assert run.exit_code == 0, run.stderr
    assert "読み取りの確かさ: 低" in run.stderr
    assert "⚠ 読み取りが不確か: " in run.stderr
    well = tmp_path / "good.txt"
    well.write_text(COVER + "第2章 取組\n\n" + "".join(f"（{i}）{t}\n\n{s}\n\n" for i, (t, s) in enumerate(_MEASURES, 1)), encoding="utf-8")
    assert "読み取りの確かさ: 高" in run_cli("import", str(well)).stderr


def test_a_table_of_measures_in_a_section_left_out_is_doubted() -> None:
    """The plan's only list of measures stands in a section left out as background (「第2章 計画の基本
    理念」 with a table 施策名｜内容): one measure read, five rows not — doubted, with the numbers."""
    table = "施策名\t内容\n" + "".join(
        f"{title}\t{title}を進めます。\n" for title in ("電子申請の拡充", "書かない窓口", "テレワーク", "RPAの導入", "スマホ教室")
    )
    text = COVER + "第2章 計画の基本理念\n\n" + table + "\n第3章 推進の方向\n\n（1）計画の周知\n\n計画を町民に周知します。\n\n"
    result = import_text(text)
    assert result.reading is not None
    doubt = next(d for d in result.reading.doubts if d.code == "measures-left-out")
    assert "5 行" in doubt.ja
    assert "施策は 1 件" in doubt.ja


def test_a_table_of_the_nations_items_in_its_trends_is_no_measure_left_out() -> None:
    """A blind set's plan quoted the national plan's 重点取組事項 as a table 取組｜内容 in 「第2章 国の動向」: read right
    (its own measures in 第4章), it was refused (DX013, measures-left-out) for seven rows that are the nation's."""
    table = "取組\t内容\n" + "".join(
        f"{title}\t国が示す事項です。\n" for title in ("自治体フロントヤード改革の推進", "テレワークの推進", "公金収納におけるeLTAXの活用")
    )
    text = COVER + "第2章 国の動向\n\n" + table + "\n第3章 施策\n\n（1）計画の周知\n\n計画を町民に周知します。\n\n"
    result = import_text(text)
    assert result.reading is not None
    assert [d.code for d in result.reading.doubts if d.code == "measures-left-out"] == []


def test_a_title_that_holds_its_list_of_activities_is_doubted() -> None:
    """A measure's name and the list under it read as one title (a table cell whose lines were not
    told apart): no plan names a measure so."""
    from dxcheck.importer.assess import not_a_title

    assert not_a_title("オンライン申請の拡大\n・子育て関係手続のマイナポータル対応")
    assert not not_a_title("オンライン申請の拡大")
    assert not not_a_title("地域公共交通への\nデジタル技術の導入")  # a long name wrapped: still a name
    page = _page(3)
    blocks = [Block("paragraph", "芽吹町デジタル推進計画", _page(1)), Block("heading", "第3章 施策", page)]
    blocks += [
        Block("item", f"{title}\n・{title}の対象拡大\n・{title}の周知", page) for title in ("電子申請の拡充", "書かない窓口", "テレワーク")
    ]
    result = import_blocks(blocks, source_name="x.pdf", fallback_title="x", kind="pdf", notes=[])
    assert result.reading is not None
    assert "titles-not-measures" in [d.code for d in result.reading.doubts]


def _levels_only(pages: int, levels: list[str]) -> list[Block]:
    """A plan of `pages` pages whose measures stand where the reader did not find them (form fields, a
    table by year): what is left are its levels, each a heading with one sentence."""
    blocks = [Block("paragraph", "芽吹町デジタル推進計画", _page(1))]
    for n in range(2, pages + 1):
        blocks += [Block("heading", f"第{n}章 計画の考え方（その{n}）", _page(n)), Block("paragraph", PROSE, _page(n))]
    blocks.append(Block("heading", "第9章 取組の内容", _page(pages)))
    for i, level in enumerate(levels, 1):
        blocks += [Block("heading", f"（{i}）{level}", _page(pages)), Block("paragraph", f"{level}を進めます。", _page(pages))]
    return blocks


def test_a_plan_of_several_pages_read_as_three_measures_is_doubted(tmp_path: Path) -> None:
    """Set 10's first run: plans whose measures stood in form fields or in a table by year were read as
    their three levels (住民の利便性向上・行政運営の効率化・地域のデジタル化) and said 「確かさ: 高」. No plan of
    two pages commits to three measures: doubted, and audit exits 2. Four measures are not doubted."""
    levels = ["住民の利便性向上", "行政運営の効率化", "地域のデジタル化"]
    result = import_blocks(_levels_only(3, levels), source_name="x.pdf", fallback_title="x", kind="pdf", notes=[])
    assert result.reading is not None
    assert [d.code for d in result.reading.doubts] == ["few-measures"]
    assert "施策を 3 件しか読み取れませんでした" in result.reading.doubts[0].ja
    fuller = import_blocks(
        _levels_only(3, [*levels, "情報セキュリティの確保"]), source_name="x.pdf", fallback_title="x", kind="pdf", notes=[]
    )
    assert fuller.reading is not None
    assert fuller.reading.doubts == []
    one_page = import_blocks(_levels_only(1, levels), source_name="x.pdf", fallback_title="x", kind="pdf", notes=[])
    assert one_page.reading is not None
    assert one_page.reading.doubts == []
    # through the CLI, on a text of several thousand characters (no pages): exit 2 before any verdict
    text = COVER + "第1章 計画の概要\n\n" + "".join(PROSE + "\n\n" for _ in range(30)) + "第2章 取組\n\n"
    text += "".join(f"（{i}）{level}\n\n{level}を進めます。\n\n" for i, level in enumerate(levels, 1))
    document = tmp_path / "計画.txt"
    document.write_text(text, encoding="utf-8")
    run = run_cli("audit", str(document))
    assert run.exit_code == 2, run.output + run.stderr
    assert "施策を 3 件しか読み取れませんでした" in run.output


def test_titles_that_begin_with_what_is_left_of_a_number_are_doubted() -> None:
    """Set 10's first run: 「(1)-①」 read as 「(1)」 and a title 「-①　オンライン申請の拡充」, nested four deep.
    No title starts with a dash, a closing bracket or a comma."""
    from dxcheck.importer.assess import not_a_title

    assert not_a_title("-①　オンライン申請の拡充【重点】")
    assert not_a_title("）テレワークの推進")
    assert not not_a_title("ＡＩ・ＲＰＡの活用")
    page = _page(3)
    blocks = [Block("paragraph", "芽吹町デジタル推進計画", _page(1)), Block("heading", "第3章 施策", page)]
    for i, title in enumerate(("オンライン申請の拡充", "書かない窓口の導入", "テレワークの推進", "RPAの導入"), 1):
        blocks += [Block("heading", f"-{'①②③④'[i - 1]}　{title}", page), Block("paragraph", f"{title}を進めます。", page)]
    result = import_blocks(blocks, source_name="x.pdf", fallback_title="x", kind="pdf", notes=[])
    assert result.reading is not None
    assert "titles-not-measures" in [d.code for d in result.reading.doubts], [m for m in result.yaml.splitlines() if "title" in m]


# --- cautions: part of a reading may be wrong (confidence medium, the verdicts given) --------------

_RUN_IN_PLAN = (
    COVER
    + "第2章 取組\n\n（1）基幹業務システムの標準化\n\n住民記録・税・福祉の基幹業務システムを標準準拠システムへ移行します。"
    + "(2) テレワークとフリーアドレスの導入全職員が利用できるテレワーク制度を整えます。\n\n"
    + "（3）デジタル活用支援\n\n高齢者向けのスマートフォン教室を開催します。\n\n（4）オンライン申請の拡充\n\n子育ての手続をオンラインで申請できるようにします。\n\n"
)


def test_a_numbered_heading_run_into_the_text_before_it_is_a_caution(tmp_path: Path) -> None:
    # A blind trial's PDF ran 「(2) テレワークとフリーアドレスの導入」 into the text of the measure before it and read 3
    # of 9 measures, 「確かさ: 高」. Now medium, the heading quoted; the audit gives its verdicts (exit 0 or 1, not 2).
    result = import_text(_RUN_IN_PLAN)
    assert result.reading is not None
    assert (result.reading.confidence, result.reading.doubts) == ("medium", [])
    (caution,) = result.reading.cautions
    assert caution.code == "heading-in-text"
    assert "見出し「（3） デジタル活用支援」を本文として読みました" in caution.ja
    assert "「(2) テレワークとフリーアドレスの導入" in caution.ja
    assert "「基幹業務システムの標準化」の本文" in caution.ja
    document = tmp_path / "計画.txt"
    document.write_text(_RUN_IN_PLAN, encoding="utf-8")
    audit = run_cli("audit", str(document))
    assert audit.exit_code in (0, 1), audit.stderr
    assert "読み取りの確かさ: 中" in audit.output
    assert "△ 読み取りを確かめてください: 番号が前後とつながらない見出し" in audit.output
    assert "読み取りが不確か" not in audit.output
    data = json.loads(run_cli("audit", str(document), "--format", "json").output)
    assert [c["code"] for c in data["document"]["cautions"]] == ["heading-in-text"]
    assert "△ 読み取りを確かめてください" in run_cli("import", str(document), "-o", str(tmp_path / "d.yaml")).stderr
    # A measure's own points, numbered in its text or a paragraph each, break no heading's numbering: no caution
    # (a hostile try: 「…進めます。(1)…行います。(2)…行います。」 and paragraphs 「（２）公共施設の使用料にも…」 were cautioned)
    points = (
        COVER
        + "第2章 取組\n\n"
        + "".join(
            f"（{i}）{t}\n\n{s}(1)対象の手続を選びます。(2)申請の画面を整えます。\n\n（２）窓口でも案内します。\n\n"
            for i, (t, s) in enumerate(_MEASURES, 1)
        )
    )
    listed = import_text(points).reading
    assert listed is not None
    assert (listed.measures, listed.cautions) == (len(_MEASURES), [])


def test_policies_that_each_hold_one_measure_of_their_own_name_are_a_caution() -> None:
    # A blind trial's Word plan with unnumbered bold headings: every 基本方針 became a policy holding a measure of
    # its own name (the levels not seen), 「確かさ: 高」.
    from dxcheck.importer.assess import assess
    from dxcheck.importer.structure import MeasureDraft, PolicyDraft, Structure

    def policy(title: str, measures: list[str]) -> PolicyDraft:
        made = [MeasureDraft(t, _page(1), [f"{t}を進めます。"], [], [], []) for t in measures]
        return PolicyDraft(title, _page(1), None, [], [], measures=made)

    titles = ["オンライン申請の拡大", "窓口の予約制", "基幹系システムの標準化", "情報セキュリティ研修の実施"]
    flat = Structure([policy(t, [t]) for t in titles], [], [], [], 4, None)
    reading = assess([Block("paragraph", "本文", _page(1))], flat)
    assert reading.confidence == "medium"
    assert [c.code for c in reading.cautions] == ["levels-not-seen"]
    assert "方針 4 件のうち 4 件が、同じ名前の施策を 1 件だけ持っています" in reading.cautions[0].ja
    nested = Structure(
        [policy("便利な窓口", titles[:2]), policy("効率的な役場", titles[2:]), policy("窓口の予約制", ["窓口の予約制"])],
        [],
        [],
        [],
        5,
        None,
    )
    assert assess([Block("paragraph", "本文", _page(1))], nested).confidence == "high"  # one policy of its own name is a plan's way


def test_the_next_numbered_heading_inside_a_measures_text_is_a_caution() -> None:
    # The same plan printed by a browser kept its numbering whole — 「(3) ＡＩチャットボットによる問合せ対応」 ran
    # into the text of 「(2) マイナンバーカードの利活用」 and broke nothing — and read 6 of 9 measures, 「確かさ: 高」.
    text = (
        COVER
        + "第2章 取組\n\n（1）多言語対応のオンライン申請\n\n転入の手続を多言語で申請できるようにします。\n\n"
        + "（2）マイナンバーカードの利活用\n\n証明書のコンビニ交付を進めます。（3）ＡＩチャットボットによる問合せ対応ごみの分別について、24時間答えます。\n\n"
    )
    reading = import_text(text).reading
    assert reading is not None
    assert reading.confidence == "medium"
    (caution,) = reading.cautions
    assert caution.code == "heading-in-text"
    assert "施策「マイナンバーカードの利活用」（（2））の本文の中に、次の番号の見出しらしい「（3）ＡＩチャットボット" in caution.ja
    # its own points, from （1）, are not the next heading
    points = text.replace("進めます。（3）ＡＩ", "進めます。（1）窓口で案内します。（2）広報します。（3）ＡＩ")
    listed = import_text(points).reading
    assert listed is not None
    assert listed.cautions == []


def test_compare_marks_the_towns_whose_reading_is_not_sure(tmp_path: Path) -> None:
    # A consultant comparing a folder of plan documents saw every town's verdicts alike: the one read with a caution
    # (confidence medium) is marked 「△」 in the matrix and the workbook, and the legend says what to do.
    from openpyxl import load_workbook

    unsure, sure = tmp_path / "runin.txt", tmp_path / "good.txt"
    unsure.write_text(_RUN_IN_PLAN, encoding="utf-8")
    sure.write_text(
        COVER.replace("芽吹町", "若草町") + "第2章 取組\n\n" + "".join(f"（{i}）{t}\n\n{s}\n\n" for i, (t, s) in enumerate(_MEASURES, 1)),
        encoding="utf-8",
    )
    run = run_cli("compare", str(unsure), str(sure))
    assert run.exit_code == 0, run.stderr
    assert "芽吹町 △" in run.output
    assert "若草町 △" not in run.output
    assert "△ 計画書の読み取りの確かさが「中」以下です" in run.output
    book = tmp_path / "towns.xlsx"
    assert run_cli("compare", str(unsure), str(sure), "-o", str(book)).exit_code == 0
    names = [str(c.value) for row in load_workbook(book, read_only=True).worksheets[0].iter_rows() for c in row if c.value]
    assert "芽吹町 △" in names


def test_a_document_that_names_no_town_and_no_plan_is_read_with_a_caution(tmp_path: Path) -> None:
    """A new user's walkthrough: `dxcheck audit README.md` (the project's own, headings and lists) read 方針 7・施策 21
    with 「読み取りの確かさ: 高」 and gave verdicts. A document that names neither a municipality nor a plan (「…計画」
    「…方針」 …) is read with a caution (確かさ 中, said in the heading and in JSON); naming either is enough."""
    body = "".join(
        f"## {i}. {t}\n\n{t}を進めます。\n\n" for i, t in enumerate(("オンライン申請の拡充", "テレワークの推進", "情報セキュリティ研修"), 1)
    )
    notes = tmp_path / "notes.md"
    notes.write_text(f"# 作業メモ\n\n{body}", encoding="utf-8")
    run = run_cli("audit", str(notes), "--fail-on", "never")
    assert "読み取りの確かさ: 中" in run.output
    assert "自治体名も計画の名前（「…計画」「…方針」など）も見つかりません" in run.output
    document = json.loads(run_cli("audit", str(notes), "--format", "json", "--fail-on", "never").output)
    assert [c["code"] for c in document["document"]["cautions"]] == ["no-plan-named"]
    for named in ("# 作業メモ\n\n小見町\n\n", "# 小見町DX推進計画\n\n"):
        notes.write_text(f"{named}{body}", encoding="utf-8")
        assert "no-plan-named" not in run_cli("audit", str(notes), "--format", "json", "--fail-on", "never").output


def test_explain_names_a_title_read_as_a_study_as_a_title(tmp_path: Path) -> None:
    """The fourth walkthrough: 「テレワークの推進」 over a text that only studies was shown as 「検討: 推進 → 一部」, which read as if
    推進 had been taken for a study. It is the title, read as a study; and 「検討中です」 is a study."""
    plan = MINIMAL_PLAN.replace(
        "        title: 施策\n        addresses: [dx/telework]\n",
        "        title: テレワークの推進\n        description: 職員のテレワークについては検討中です。\n",
    )
    path = tmp_path / "plan.yaml"
    path.write_text(plan, encoding="utf-8")
    run = run_cli("explain", "dx/telework", str(path))
    assert "施策名: 推進（検討として読む） → 一部" in run.output, run.output
    assert "検討: 推進" not in run.output
    assert "検討: ついては検討中です → 一部" in run.output, run.output
