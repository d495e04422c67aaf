"""Issue 28 item 4: for each item a plan misses or only partly covers, what a plan usually writes — a
記載例 (dxcheck's own wording, said so), the national target and its year, a KPI plans use, and the
national document's section with its link — in `explain`, one line each in `audit`, Markdown, HTML,
the JSON and the Word report. The data is frameworks/guidance/<framework>.yaml, checked by
schemas/guidance.schema.json when loaded: a target, KPI or document without its source does not load.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from conftest import PLANS, ROOT, run_cli
from dxcheck.catalogue.framework import FrameworkError, shipped_catalogue
from dxcheck.catalogue.guidance import shipped_guidance

_KANA_KANJI = "[\u3040-\u30ff\u4e00-\u9fff、。]"
KAMISATO = PLANS / "kamisato.yaml"  # misses dx/ai-rpa and dx/telework, partly covers dx/standardization


def _copy_of_the_frameworks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DXCHECK_NO_CACHE", "1")
    copy = tmp_path / "frameworks"
    shutil.copytree(ROOT / "frameworks", copy)
    return copy


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_every_item_of_the_audited_frameworks_has_a_model_measure() -> None:
    """Every item of every edition of dx and kanmin: a 記載例 (directly or through same_as)."""
    guidance = shipped_guidance()
    catalogue = shipped_catalogue()
    for framework_id in ("dx", "kanmin"):
        for framework in catalogue.editions(framework_id):
            for item in framework.items:
                entry = guidance.get(framework_id, item.id)
                assert entry is not None, f"{framework.ref}/{item.id}"
                assert entry.example, f"{framework.ref}/{item.id}"
                # one paragraph: the file's lines joined without a space between two Japanese characters
                assert "\n" not in entry.example
                assert not re.search(f"{_KANA_KANJI} {_KANA_KANJI}", entry.example), entry.example


def test_every_cited_fact_carries_document_issuer_date_section_and_url() -> None:
    guidance = shipped_guidance()
    seen = 0
    for framework in shipped_catalogue():
        for item in framework.items:
            entry = guidance.get(framework.id, item.id)
            if entry is None:
                continue
            for source in [t.source for t in entry.targets] + [k.source for k in entry.kpis] + list(entry.guides):
                assert source.document
                assert source.issuer
                assert source.date
                assert source.section
                assert source.url.startswith("https://")
                seen += 1
    assert seen >= 10


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        # a KPI without its source
        (
            "      - text: テレワーク・モバイルワーク試行数\n        source:\n          document: 富良野市ICT利活用推進計画（案）\n"
            '          issuer: 富良野市\n          date: "2021-01"\n          section: 第3章 3. 基本施策 (1) 基本方針1 重要業績評価指標（KPI）\n'
            "          url: https://www.city.furano.hokkaido.jp/life/docs/2021012000053.html\n",
            "      - text: テレワーク・モバイルワーク試行数\n",
            "source",
        ),
        # a target without its date
        (
            '        source:\n          document: 自治体のAI・RPA導入が6割超え―総務省調査\n          issuer: 電波新聞\n          date: "2025-07-01"\n',
            "        source:\n          document: 自治体のAI・RPA導入が6割超え―総務省調査\n          issuer: 電波新聞\n",
            "date",
        ),
        # a document to read without its URL
        ("        url: https://www.soumu.go.jp/main_content/000770544.pdf\n", "", "url"),
        # guidance for an item no edition has
        ("  planning:\n", "  plannning:\n", "plannning"),
    ],
    ids=["kpi-without-source", "target-without-date", "guide-without-url", "unknown-item"],
)
def test_an_entry_without_its_source_does_not_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, old: str, new: str, said: str) -> None:
    copy = _copy_of_the_frameworks(tmp_path, monkeypatch)
    _edit(copy / "guidance" / "dx.yaml", old, new)
    with pytest.raises(FrameworkError, match=said):
        shipped_guidance(copy / "guidance")


def test_the_copy_loads_unedited(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The control of the test above: the copy itself loads."""
    copy = _copy_of_the_frameworks(tmp_path, monkeypatch)
    assert shipped_guidance(copy / "guidance").get("dx", "telework") is not None


def test_explain_says_what_a_plan_usually_writes_with_its_sources() -> None:
    run = run_cli("explain", "dx/ai-rpa")
    assert run.exit_code == 0, run.stderr
    out = run.output
    section = out[out.index("書き方の手がかり") :]
    assert "記載例: 定型的で処理件数の多い業務を洗い出し" in section
    assert "dxcheck が計画の文体で書いた文案です。引用ではありません" in section
    assert "国の目標: 2024（R6）: 2024年度末までに1,065団体" in section
    assert "https://denpanews.jp/others/servicemarket/20250701_36830.html" in section
    assert "KPI の例: AI・RPA などの ICT ツール導入対象業務数 — 富良野市ICT利活用推進計画（案）（富良野市、2021-01）" in section


def test_audit_gives_one_line_for_each_item_missing_or_partly_covered() -> None:
    run = run_cli("audit", str(KAMISATO))
    out = run.output
    section = out[out.index("書き方の手がかり") : out.index("指摘")]
    lines = [line for line in section.splitlines()[1:] if line.strip()]
    assert [line.split(":")[0] for line in lines] == ["dx/standardization", "dx/ai-rpa", "dx/telework"]
    assert "dx/ai-rpa: 国の目標 2024（R6）、KPI の例「AI・RPA などの ICT ツール導入対象業務数」 → dxcheck explain dx/ai-rpa" in lines


def test_the_json_carries_the_advice_of_missing_and_partial_items_only() -> None:
    run = run_cli("audit", str(KAMISATO), "--format", "json")
    data = json.loads(run.output)
    advised = {i["id"]: i["advice"] for f in data["frameworks"] for i in f["items"] if i.get("advice")}
    assert set(advised) == {"dx/standardization", "dx/ai-rpa", "dx/telework"}
    standardization = advised["dx/standardization"]
    assert standardization["targets"][0]["fiscal_year"] == 2025  # the framework's own target first
    for advice in advised.values():
        assert advice["example"]
        for line in advice["targets"] + advice["kpis"]:
            assert line["source"]["document"]
            assert line["source"]["url"]
        assert advice["references"][0]["section"]  # the item's section of the national plan


def test_markdown_renders_the_advice_as_headings_and_lists() -> None:
    from markdown_it import MarkdownIt

    run = run_cli("audit", str(KAMISATO), "--format", "markdown")
    html = MarkdownIt("commonmark").render(run.output)
    assert "<h2>書き方の手がかり</h2>" in html
    assert "<h3><code>dx/telework</code> テレワークの推進 — ○ なし</h3>" in html
    assert "<li><strong>記載例</strong>: 職員が庁舎外でも安全に業務を行えるよう" in html
    assert "https://www.soumu.go.jp/main_content/000726667.pdf" in html  # the escape of _ is gone once rendered


def test_html_gives_the_advice_of_each_item() -> None:
    run = run_cli("audit", str(KAMISATO), "--format", "html")
    assert '<details class="advice" open><summary><code>dx/ai-rpa</code>' in run.output
    assert "<dt>KPI の例</dt><dd>AI・RPA などの ICT ツール導入対象業務数" in run.output


def test_the_word_report_gives_the_advice_as_libreoffice_shows_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pypdfium2 as pdfium
    from test_docx_report import to_pdf

    monkeypatch.chdir(ROOT)
    target = tmp_path / "report.docx"
    run = run_cli("audit", "plans/kamisato.yaml", "-o", str(target))
    assert run.exit_code == 1, run.stderr
    pdf = pdfium.PdfDocument(str(to_pdf(target, tmp_path)))
    text = "".join("".join(page.get_textpage().get_text_range().split()) for page in pdf)
    section = text[text.index("書き方の手がかり") :]
    assert "テレワークの推進（○なし）" in section
    assert "記載例職員が庁舎外でも安全に業務を行えるよう" in section
    assert "KPIの例テレワーク・モバイルワーク試行数" in section
    assert "https://www.soumu.go.jp/main_content/000726667.pdf" in section
    assert "dxcheckexplain" not in section  # council readers are not sent to a command


# Issue: the 記載例 spoke as a 市 in 北海道 to every town (「副市長を CIO…」「本市の情報セキュリティポリシー…」
# 「北海道や近隣市町村と…」 for 上里町 in 埼玉県, and in きた村's Word report). They speak as the plan's own town.
_TOWN_PLAN = """\
version: 1
frameworks:
  dx: "2.3"
municipality:
  name: 三芳町
  prefecture: 埼玉県
plan:
  title: 三芳町DX推進計画
policies:
  - id: "1"
    title: 方針
    measures:
      - id: "1-1"
        title: 施策
        addresses: [dx/telework]
"""
_A_CITY = re.compile("市(?!町村)")  # 市 as the town's own kind (近隣市町村, 市町村官民データ活用推進計画 hold for all)


def _example(run_output: str) -> str:
    """The 記載例 line of `explain`."""
    (line,) = [line for line in run_output.splitlines() if "記載例:" in line]
    return line.split("記載例:", 1)[1].split("（dxcheck が計画の文体で書いた文案です")[0].strip()


@pytest.mark.parametrize(
    ("item", "said"),
    [
        ("dx/organization", "副町長を CIO（情報化統括責任者）とし"),
        ("dx/security", "国のガイドラインの改定に合わせて本町の情報セキュリティポリシーを見直し"),
        ("kanmin/opendata", "町が保有するデータのうち公開できるものを"),
        ("dx/prefecture-link", "埼玉県や近隣市町村と情報を共有し"),
    ],
)
def test_explain_gives_the_model_measure_in_the_words_of_the_plans_town(tmp_path: Path, item: str, said: str) -> None:
    plan = tmp_path / "miyoshi.yaml"
    plan.write_text(_TOWN_PLAN, encoding="utf-8")
    run = run_cli("explain", item, str(plan))
    assert run.exit_code == 0, run.stderr
    example = _example(run.output)
    assert example.startswith(said), example
    assert not _A_CITY.search(example), example
    assert "北海道" not in example
    assert "{" not in example


@pytest.mark.parametrize(
    ("item", "said"),
    [
        ("dx@2.3/organization", "副市長を CIO（情報化統括責任者）とし"),
        ("dx/security", "国のガイドラインの改定に合わせて本市の情報セキュリティポリシーを見直し"),
        ("kanmin/opendata", "市が保有するデータのうち公開できるものを"),
        ("dx@2.3/prefecture-link", "北海道や近隣市町村と情報を共有し"),
    ],
)
def test_a_city_in_hokkaido_reads_the_model_measure_as_before(item: str, said: str) -> None:
    run = run_cli("explain", item, str(PLANS / "eniwa.yaml"))  # 恵庭市, 北海道
    assert run.exit_code == 0, run.stderr
    assert _example(run.output).startswith(said)


@pytest.mark.parametrize(
    ("item", "said"),
    [
        ("dx/organization", "副市長（副町村長）を CIO（情報化統括責任者）とし"),
        ("dx/security", "国のガイドラインの改定に合わせて本市（町村）の情報セキュリティポリシーを見直し"),
        ("kanmin/opendata", "市（町村）が保有するデータのうち公開できるものを"),
        ("dx/prefecture-link", "都道府県や近隣市町村と情報を共有し"),
    ],
)
def test_without_a_plan_the_model_measure_says_it_holds_for_every_kind_of_town(item: str, said: str) -> None:
    run = run_cli("explain", item)
    assert run.exit_code == 0, run.stderr
    example = _example(run.output)
    assert example.startswith(said), example
    assert "北海道" not in example


def test_the_word_report_of_a_town_gives_the_model_measures_in_its_words_as_every_format_does(tmp_path: Path) -> None:
    """The audit of 三芳町 (埼玉県) to Word, read back with python-docx: its 記載例 say 副町長, 本町, 町が and
    never a 市 or 北海道; and they are the same texts as the JSON's, the Markdown's and the HTML's."""
    from docx import Document

    plan = tmp_path / "miyoshi.yaml"
    plan.write_text(_TOWN_PLAN, encoding="utf-8")
    report = tmp_path / "report.docx"
    assert run_cli("audit", str(plan), "-o", str(report)).exit_code == 1
    note = "（dxcheck が計画の文体で書いた文案です。引用ではありません）"
    in_word = [
        row.cells[1].text.removesuffix(note)
        for table in Document(str(report)).tables
        for row in table.rows
        if len(row.cells) == 2 and row.cells[0].text == "記載例"
    ]
    assert any(t.startswith("副町長を CIO") for t in in_word), in_word
    assert any("本町の情報セキュリティポリシー" in t for t in in_word), in_word
    assert any(t.startswith("町が保有するデータ") for t in in_word), in_word
    for text in in_word:
        assert not _A_CITY.search(text), text
        assert "北海道" not in text
        assert "{" not in text
    data = json.loads(run_cli("audit", str(plan), "--format", "json").output)
    in_json = [i["advice"]["example"] for f in data["frameworks"] for i in f["items"] if i.get("advice")]
    assert sorted(in_json) == sorted(in_word)
    markdown = run_cli("audit", str(plan), "--format", "markdown").output
    html = run_cli("audit", str(plan), "--format", "html").output
    for text in in_json:
        assert text in markdown, text
        assert text in html, text


def test_a_placeholder_the_model_measures_do_not_know_does_not_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """{本町} is not one of {市}, {本市}, {副市長}, {都道府県}: it would be shown as written."""
    copy = _copy_of_the_frameworks(tmp_path, monkeypatch)
    _edit(copy / "guidance" / "dx.yaml", "{本市}の情報セキュリティ", "{本町}の情報セキュリティ")
    with pytest.raises(FrameworkError, match=r"security: example: unknown placeholder \{本町\}"):
        shipped_guidance(copy / "guidance")
