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
