"""Issue 25, item 4 (the rest): 0 of 0 required items is no score — not 100 — and every format says so;
a plan with no score fails any `--min-score`; `--min-score` is compared with the score before rounding.

Seen failing before the fix: the plan below scored 100 in every format and passed `--min-score 60`;
芦別市 (76.666…, shown 76.7) passed `--min-score 76.7`."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import openpyxl
from test_trust_exemptions import _everything_exempted

from conftest import MINIMAL_PLAN, PLANS, run_cli

REASON = "当町は県の共同事業で実施する"  # a real reason: the exemptions count


def _plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.yaml"
    path.write_text(_everything_exempted(REASON), encoding="utf-8")
    return path


def test_zero_of_zero_is_no_score_in_json_and_fails_min_score(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    run = run_cli("audit", str(plan), "--format", "json")
    document = json.loads(run.output)
    assert document["overall_score"] is None
    assert [f["score"]["score"] for f in document["frameworks"]] == [None, None, None]
    # No item is missing: the default bar (fail-on=missing) has nothing to fail on …
    assert (run.exit_code, document["passed"]) == (0, True)
    # … but no score is below any --min-score, even 0.
    for bar in ("60", "0"):
        gated = run_cli("audit", str(plan), "--format", "json", "--min-score", bar)
        assert gated.exit_code == 1, gated.output
        assert json.loads(gated.output)["passed"] is False
    # The warning that says why, with where (every machine format carries the finding).
    warnings = [f for f in document["findings"] if f["code"] == "DX504"]
    assert any("すべて除外しています。0/0 はスコアにならないため" in f["message"] for f in warnings), warnings


def test_zero_of_zero_is_said_in_every_format(tmp_path: Path) -> None:
    plan = str(_plan(tmp_path))
    terminal = run_cli("audit", plan, "--min-score", "60")
    assert terminal.exit_code == 1
    assert "総合スコアはありません" in terminal.output  # the summary paragraph
    assert "スコア スコアなし" in terminal.output  # a framework's heading
    assert "総合スコアなし: kanmin、dxの必須項目がすべて除外です（0/0）" in terminal.output  # why it fails
    # no score of 100 anywhere (the plan's path, pytest's temporary directory, may hold "100")
    assert "100" not in terminal.output.replace("100 件", "").replace(plan, "")
    assert "総合 スコアなし" in run_cli("audit", plan, "--summary").output
    assert "no score" in run_cli("audit", plan, "--lang", "en").output

    sarif = json.loads(run_cli("audit", plan, "--format", "sarif").output)
    texts = [r["message"]["text"] for r in sarif["runs"][0]["results"] if r["ruleId"] == "DX504"]
    assert texts
    assert all("スコアはありません" in t for t in texts)

    junit = ET.fromstring(run_cli("audit", plan, "--format", "junit", "--min-score", "60").output)
    failures = [f.get("message", "") for f in junit.iter("failure") if f.get("type") == "min-score"]
    assert failures == ["総合スコアなし: kanmin、dxの必須項目がすべて除外です（0/0）。基準 60 点に届きません"]

    markdown = run_cli("audit", plan, "--format", "markdown").output
    assert "**総合スコア: スコアなし**" in markdown
    assert "— スコア スコアなし" in markdown
    html = run_cli("audit", plan, "--format", "html").output
    assert "スコアなし" in html
    assert ">100<" not in html

    out = tmp_path / "c.csv"
    assert run_cli("compare", plan, str(PLANS / "eniwa.yaml"), "-o", str(out)).exit_code in (0, 1)
    rows = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline="")))
    town = next(r for r in rows if r["ファイル"].endswith("plan.yaml"))
    assert town["総合スコア"] == "スコアなし"
    assert town["スコア dx"] == "スコアなし"
    other = next(r for r in rows if r["ファイル"].endswith("eniwa.yaml"))
    assert float(other["総合スコア"]) > 0

    book_path = tmp_path / "c.xlsx"
    run_cli("compare", plan, str(PLANS / "eniwa.yaml"), "-o", str(book_path))
    sheet = openpyxl.load_workbook(book_path).worksheets[0]
    values = [cell.value for row in sheet.iter_rows() for cell in row]
    assert "スコアなし" in values
    # The town with no score is listed after the one with a score (compare sorts by score).
    table = run_cli("compare", plan, str(PLANS / "eniwa.yaml")).output
    assert "スコアなし" in table
    assert table.index("(eniwa.yaml)") < table.index("(plan.yaml)")


def test_min_score_compares_the_score_before_rounding() -> None:
    """With --require-procedures (the procedures count in 総合), 芦別市 scores (80 + 100 + 50) / 3 = 76.666…,
    shown 76.7 everywhere. A bar of 76.7 is not met, and the reason shows the digits that decide; the exact
    score meets the bar (at the bar passes)."""
    plan = str(PLANS / "ashibetsu.yaml")
    req = "--require-procedures"
    document = json.loads(run_cli("audit", plan, req, "--format", "json").output)
    assert document["overall_score"] == 76.7
    at_shown = run_cli("audit", plan, req, "--min-score", "76.7")
    assert at_shown.exit_code == 1, at_shown.output
    assert "総合 76.66 点が基準 76.7 点に届きません" in at_shown.output
    junit = ET.fromstring(run_cli("audit", plan, req, "--format", "junit", "--min-score", "76.7").output)
    assert [f.get("message") for f in junit.iter("failure") if f.get("type") == "min-score"] == ["総合 76.66 点が基準 76.7 点に届きません"]
    assert run_cli("audit", plan, req, "--min-score", "76.6").exit_code == 0
    assert run_cli("audit", plan, req, "--min-score", repr(230 / 3)).exit_code == 0


def test_diff_says_a_version_has_no_score(tmp_path: Path) -> None:
    old = tmp_path / "old.yaml"
    old.write_text(MINIMAL_PLAN, encoding="utf-8")
    new = _plan(tmp_path)
    document = json.loads(run_cli("diff", str(old), str(new), "--format", "json").output)
    assert document["new"]["overall_score"] is None
    assert {s["framework"]: s["after"] for s in document["scores"]}["overall"] is None
    table = run_cli("diff", str(old), str(new)).output
    assert "スコアなし" in table
    markdown = run_cli("diff", str(old), str(new), "--format", "markdown").output
    assert "| **総合** | 6.2 | スコアなし | — |" in markdown


# --- the verdict in the audit's CSV and SARIF (the second hostile review) --------------------------------


def test_the_audit_csv_says_the_verdict_and_why_on_every_row() -> None:
    """compare's CSV had 判定 and 不合格の理由; the audit's (one row per item) had neither, so a spreadsheet of a
    failing `--min-score` run read like a pass. Read back with the csv module."""
    plan = str(PLANS / "kamisato.yaml")
    for bar, verdict in (("99", "不合格"), ("1", "合格")):
        run = run_cli("audit", plan, "--format", "csv", "--min-score", bar, "--fail-on", "never")  # the score alone decides
        assert run.exit_code == (1 if verdict == "不合格" else 0)
        rows = list(csv.DictReader(io.StringIO(run.output.lstrip("\ufeff"))))
        assert rows
        assert {r["判定"] for r in rows} == {verdict}, bar
        reasons = {r["不合格の理由"] for r in rows}
        assert reasons == ({"総合 84.4 点が基準 99 点に届きません"} if verdict == "不合格" else {""}), reasons
    english = run_cli("audit", plan, "--format", "csv", "--min-score", "99", "--fail-on", "never", "--lang", "en").output
    rows = list(csv.DictReader(io.StringIO(english.lstrip("\ufeff"))))
    assert {(r["passed"], r["failed_because"]) for r in rows} == {("no", "the overall score 84.4 is below the bar of 99")}


def test_sarif_has_a_result_for_the_min_score_gate() -> None:
    """SARIF listed the findings and nothing of `--min-score`: a plan that failed only the bar had no error
    result at all (code scanning showed no failure). Now DX507: level error when below the bar (or no score),
    kind "pass" when it meets it; none without --min-score."""
    plan = str(PLANS / "kamisato.yaml")

    def gate(*options: str) -> list[dict[str, object]]:
        run = run_cli("audit", plan, "--format", "sarif", "--fail-on", "never", *options)
        results = json.loads(run.output)["runs"][0]["results"]
        return [r for r in results if r["ruleId"] == "DX507"]

    (failed,) = gate("--min-score", "99")
    assert (failed["level"], failed["message"]) == ("error", {"text": "総合 84.4 点が基準 99 点に届きません"})
    (met,) = gate("--min-score", "84")
    assert (met["kind"], met["level"]) == ("pass", "none")
    assert gate() == []
