"""Issue 16, "First use, tried as a new user would": what the reports say to someone reading them cold.

Each test drives the real CLI on the example plans (or a small plan) and reads the output back with
the client a reader would use (csv, openpyxl, the HTML text).
"""

from __future__ import annotations

import csv
import html as html_lib
import io
import json
import re
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from conftest import MINIMAL_PLAN, PLANS, run_cli

FURANO, KAMISATO, ASHIBETSU, ENIWA = (str(PLANS / f"{name}.yaml") for name in ("furano", "kamisato", "ashibetsu", "eniwa"))


def _xlsx(*args: str, tmp_path: Path, name: str = "out.xlsx") -> Workbook:
    out = tmp_path / name
    run_cli(*args, "-o", str(out))
    return load_workbook(out)


def _csv(*args: str) -> list[list[str]]:
    text = run_cli(*args, "--format", "csv").output
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))


# --- 3. Name the missing procedures ------------------------------------------------------------


def test_dx531_names_every_procedure_not_mentioned_in_both_languages() -> None:
    audit = json.loads(run_cli("audit", FURANO, "--format", "json").output)
    general = next(f for f in audit["findings"] if f["code"] == "DX531" and "個別の手続" in f["message_ja"])
    # 富良野市 mentions p10 only: the other 18 of entries 1-19 are named, id and title.
    assert "p01 図書館の図書貸出予約等" in general["message_ja"]
    assert "p19 後援名義の申請等" in general["message_ja"]
    assert "p10" not in general["message_ja"]
    assert "p01 Library book reservations" in general["message_en"]
    care = next(f for f in audit["findings"] if f["code"] == "DX531" and "介護関係" in f["message_ja"])
    assert "p21-01 要介護・要支援認定の申請" in care["message_ja"]


@pytest.mark.parametrize("fmt", ["table", "markdown", "html", "sarif", "junit", "github"])
def test_every_format_names_the_procedures_not_mentioned(fmt: str) -> None:
    out = run_cli("audit", FURANO, "--format", fmt).output
    text = re.sub(r"\s+", "", html_lib.unescape(out))  # the terminal wraps long lines
    assert "p02文化・スポーツ施設等の利用予約等" in text


def test_xlsx_and_csv_name_each_procedure_with_its_state(tmp_path: Path) -> None:
    rows = _csv("audit", FURANO)
    header = rows[0]
    p02 = next(r for r in rows if "procedures/p02" in r)
    p10 = next(r for r in rows if "procedures/p10" in r)
    state = header.index("手続の状況")
    assert p02[state] == "記載なし"
    assert p10[state] == "済"
    book = _xlsx("audit", FURANO, tmp_path=tmp_path)
    town = book["富良野市"]
    values = [[c.value for c in row] for row in town.iter_rows()]
    p02_row = next(r for r in values if r[1] == "procedures/p02")
    assert "記載なし" in str(p02_row[5] or "")


def test_markdown_lists_every_procedure_with_its_status() -> None:
    md = run_cli("audit", FURANO, "--format", "markdown").output
    rows = [line for line in md.splitlines() if line.startswith("| `procedures/")]
    assert len(rows) == 53
    assert any("`procedures/p10`" in r and "済" in r for r in rows)
    assert any("`procedures/p02`" in r and "記載なし" in r for r in rows)


# --- 4. Say why it failed ----------------------------------------------------------------------


def test_the_verdict_names_the_required_items_missing() -> None:
    out = run_cli("audit", KAMISATO).output
    verdict = out.strip().splitlines()[-1]
    assert verdict.startswith("不合格")
    assert "dx/ai-rpa" in verdict
    assert "dx/telework" in verdict
    en = run_cli("audit", KAMISATO, "--lang", "en").output.strip().splitlines()[-1]
    assert en.startswith("FAIL")
    assert "dx/telework" in en


def test_the_verdict_gives_the_score_below_min_score() -> None:
    run = run_cli("audit", ASHIBETSU, "--min-score", "95")
    assert run.exit_code == 1
    verdict = run.output.strip().splitlines()[-1]
    assert verdict == "不合格: 総合 90 点が基準 95 点に届きません"
    md = run_cli("audit", ASHIBETSU, "--min-score", "95", "--format", "markdown").output
    assert "総合 90 点が基準 95 点に届きません" in md


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_human_formats_say_why_it_failed(fmt: str) -> None:
    out = run_cli("audit", KAMISATO, "--format", fmt).output
    verdict = next(line for line in out.splitlines() if "不合格" in line)
    assert "dx/ai-rpa" in verdict


def test_xlsx_says_why_it_failed(tmp_path: Path) -> None:
    book = _xlsx("audit", KAMISATO, tmp_path=tmp_path)
    town = book["上里町"]
    texts = [str(c.value) for row in town.iter_rows() for c in row if c.value is not None]
    assert any("不合格" in t and "dx/telework" in t for t in texts)


def test_github_fails_with_an_error_that_says_why() -> None:
    run = run_cli("audit", KAMISATO, "--format", "github")
    assert run.exit_code == 1
    errors = [line for line in run.output.splitlines() if line.startswith("::error ")]
    # the findings that fail the job are errors (DX501 for each missing item), then the verdict that says why
    assert [e.split("title=")[1].split("::")[0] for e in errors] == ["DX501", "DX501", "dxcheck audit"]
    assert "dx/ai-rpa" in errors[-1]
    assert "dx/telework" in errors[-1]
    passed = run_cli("audit", ASHIBETSU, "--format", "github")
    assert passed.exit_code == 0
    assert not any(line.startswith("::error ") for line in passed.output.splitlines())
    below = run_cli("audit", ASHIBETSU, "--format", "github", "--min-score", "95")
    assert any(line.startswith("::error ") and "総合 90 点が基準 95 点に届きません" in line for line in below.output.splitlines())


# --- 5. Optional items are not failures --------------------------------------------------------


def _optional_missing_plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.yaml"
    path.write_text(MINIMAL_PLAN, encoding="utf-8")  # no legal_basis: dx/kanmin-plan, dx/bpr, dx/opendata are missing
    return path


def test_html_paints_optional_missing_items_apart_from_required_ones(tmp_path: Path) -> None:
    out = run_cli("audit", str(_optional_missing_plan(tmp_path)), "--format", "html").output
    cells = {item: look for look, item in re.findall(r'<td class="cell ([a-z-]+)" title="(dx/[a-z-]+):', out)}
    assert cells["dx/ai-rpa"] == "missing"
    assert cells["dx/kanmin-plan"] not in ("missing", "covered", "partial", "exempt")
    symbol = re.search(r'title="dx/kanmin-plan:[^"]*">([^<]+)</td>', out)
    assert symbol is not None
    assert symbol.group(1) not in ("○", "●", "◐", "−")
    fill = re.search(rf"\.{cells['dx/kanmin-plan']} {{ background: #([0-9A-F]{{6}})", out)
    assert fill is not None
    assert fill.group(1) != "D73027"


def test_xlsx_paints_optional_missing_items_apart_from_required_ones(tmp_path: Path) -> None:
    book = _xlsx("audit", str(_optional_missing_plan(tmp_path)), tmp_path=tmp_path)
    first = book.worksheets[0]
    header = [c.value for c in first[1]]
    required = first.cell(row=3, column=header.index("dx/ai-rpa") + 1)
    optional = first.cell(row=3, column=header.index("dx/kanmin-plan") + 1)
    assert required.fill.fgColor.rgb.endswith("D73027")
    assert not optional.fill.fgColor.rgb.endswith("D73027")
    assert optional.value != required.value
    assert "任意" in str(optional.value)


def test_a_declared_kanmin_plan_covers_the_kanmin_plan_item() -> None:
    audit = json.loads(run_cli("audit", FURANO, "--format", "json").output)
    item = next(i for f in audit["frameworks"] for i in f["items"] if i["id"] == "dx/kanmin-plan")
    assert item["status"] == "covered"
    declaration = item["evidence"][0]
    assert declaration["kind"] == "declaration"
    assert declaration["field"] == "legal_basis"
    assert declaration["location"]["pointer"] == "/plan/legal_basis/0"
    assert "市町村官民データ活用推進計画" in declaration["note"]
    table = run_cli("audit", FURANO).output
    assert "宣言" in table
    assert "市町村官民データ活用推進計画" in table


def test_without_a_declaration_kanmin_plan_stays_missing(tmp_path: Path) -> None:
    audit = json.loads(run_cli("audit", str(_optional_missing_plan(tmp_path)), "--format", "json").output)
    item = next(i for f in audit["frameworks"] for i in f["items"] if i["id"] == "dx/kanmin-plan")
    assert item["status"] == "missing"


def test_html_shows_every_finding() -> None:
    for plan in (ASHIBETSU, ENIWA, KAMISATO):
        audit = json.loads(run_cli("audit", plan, "--format", "json").output)
        page = html_lib.unescape(run_cli("audit", plan, "--format", "html").output)
        for finding in audit["findings"]:
            assert finding["message_ja"] in page, finding["code"]
    page = run_cli("audit", ASHIBETSU, "--format", "html").output
    assert "<details" in page
    assert "<summary>" in page


def test_single_town_html_has_evidence_per_item_and_a_verdict() -> None:
    page = html_lib.unescape(run_cli("audit", KAMISATO, "--format", "html").output)
    assert "G1-2 多様なニーズに対応する窓口の充実" in page  # the evidence of kanmin/online
    assert "不合格" in page
    assert "dx/telework" in page.split("不合格", 1)[1].split("\n", 1)[0]


# --- 9. Japanese CSV, words for required, Japanese procedure states, numbers, sheet names -------


def test_csv_is_japanese_by_default_and_english_with_lang_en() -> None:
    ja = _csv("audit", KAMISATO)
    assert ja[0][:3] == ["自治体", "都道府県", "コード"]
    statuses = {r[ja[0].index("状況")] for r in ja[1:]}
    assert statuses <= {"取組あり", "一部", "なし", "除外", "記載なし"}
    en = _csv("audit", KAMISATO, "--lang", "en")
    assert en[0][:3] == ["municipality", "prefecture", "code"]
    assert {r[en[0].index("status")] for r in en[1:]} <= {"covered", "partial", "missing", "exempt", "not mentioned"}
    wide = _csv("compare", str(PLANS))
    assert wide[0][0] == "自治体"
    assert wide[1][wide[0].index("dx/telework")] in {"取組あり", "一部", "なし", "除外"}
    assert _csv("compare", str(PLANS), "--lang", "en")[0][0] == "municipality"


def test_required_is_a_word_not_a_circle(tmp_path: Path) -> None:
    town = _xlsx("audit", KAMISATO, tmp_path=tmp_path)["上里町"]
    header = [c.value for c in town[5]]  # under the heading, the verdict and the editions
    column = header.index("必須")
    marks = {row[column].value for row in town.iter_rows(min_row=6) if row[1].value and "/" in str(row[1].value)}
    assert marks == {"必須", "任意"}
    # frameworks show says 「（任意）」 after an optional item's title, and never uses ○ for required.
    shown = run_cli("frameworks", "show", "dx@1.0", env={"COLUMNS": "200"}).output
    telework = next(line for line in shown.splitlines() if "dx/telework" in line)
    opendata = next(line for line in shown.splitlines() if "dx/opendata" in line)
    assert "○" not in telework
    assert "任意" not in telework
    assert "（任意）" in opendata


def test_procedure_evidence_is_japanese_in_japanese_mode(tmp_path: Path) -> None:
    for fmt in ("markdown", "html", "junit"):
        out = run_cli("audit", ASHIBETSU, "--format", fmt).output
        assert "planned" not in out.replace("（planned）", ""), fmt  # DX404 quotes the plan's own key
    assert "手続の状況: 予定" in run_cli("explain", "procedures/p01", ASHIBETSU).output
    town = _xlsx("audit", ASHIBETSU, tmp_path=tmp_path)["芦別市"]
    texts = [str(c.value) for row in town.iter_rows() for c in row if c.value is not None]
    assert not any("planned" in t.replace("（planned）", "") for t in texts)
    assert any("予定" in t for t in texts)
    en = run_cli("audit", ASHIBETSU, "--format", "markdown", "--lang", "en").output
    assert "planned" in en


def test_xlsx_procedure_counts_are_numbers(tmp_path: Path) -> None:
    first = _xlsx("audit", FURANO, tmp_path=tmp_path).worksheets[0]
    header = [c.value for c in first[1]]
    row = {h: first.cell(row=3, column=n).value for n, h in enumerate(header, 1)}
    assert row["手続 済"] == 1
    assert row["手続 予定"] == 0
    assert row["手続 計"] == 53
    assert not any(isinstance(v, str) and re.fullmatch(r"\d+/\d+/\d+", v) for v in row.values())


def test_a_single_towns_workbook_does_not_call_itself_a_comparison(tmp_path: Path) -> None:
    single = _xlsx("audit", KAMISATO, tmp_path=tmp_path, name="one.xlsx")
    assert single.sheetnames == ["概要", "上里町"]
    assert _xlsx("audit", KAMISATO, "--lang", "en", tmp_path=tmp_path, name="en.xlsx").sheetnames[0] == "Summary"
    assert _xlsx("compare", str(PLANS), tmp_path=tmp_path, name="all.xlsx").sheetnames[0] == "比較"


# --- 13. No Python None; one heading for a plan ------------------------------------------------


def _starter(tmp_path: Path) -> Path:
    out = tmp_path / "plan.yaml"
    assert run_cli("init", "-o", str(out)).exit_code == 0
    return out


def test_no_none_in_any_report_of_a_starter_plan(tmp_path: Path) -> None:
    plan = str(_starter(tmp_path))
    for lang in ("ja", "en"):
        for fmt in ("table", "json", "sarif", "junit", "github", "markdown", "html", "csv"):
            out = run_cli("audit", plan, "--format", fmt, "--lang", lang).output
            assert "None" not in out, (fmt, lang)
        for fmt in ("table", "markdown", "html", "csv"):
            assert "None" not in run_cli("compare", plan, FURANO, "--format", fmt, "--lang", lang).output, (fmt, lang)
        assert "None" not in run_cli("explain", "dx/online", plan, "--lang", lang).output
        book = _xlsx("audit", plan, "--lang", lang, tmp_path=tmp_path, name=f"{lang}.xlsx")
        assert not [c.value for s in book.worksheets for row in s.iter_rows() for c in row if "None" in str(c.value or "")]


def test_junit_names_a_plan_as_every_report_does(tmp_path: Path) -> None:
    out = run_cli("audit", KAMISATO, "--format", "junit").output
    assert 'testsuite name="上里町（埼玉県） 上里町情報化推進基本計画 基本方針"' in out
    unnamed = tmp_path / "draft.yaml"
    unnamed.write_text(MINIMAL_PLAN.replace("name: 恵庭市", 'name: ""'), encoding="utf-8")
    out = run_cli("audit", str(unnamed), "--format", "junit").output
    assert 'testsuite name="（自治体名なし）（北海道） テスト計画"' in out
