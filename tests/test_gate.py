"""The verdict means something (issue 28, items 1–3): procedures a plan does not name are 記載なし and
fail nothing by default; the gate that failed is named in plain words; the findings that fail the job
are errors in SARIF, GitHub annotations, JSON and JUnit, and only those; the JSON says why `passed`.

Each test drives the real CLI on the example plans. Seen failing with the behaviour broken on purpose:
counting 記載なし procedures in the gate again (the first two tests), leaving DX501 a warning when it
fails the job (the severity tests), dropping the verdict's reasons (the JSON tests).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from junitparser import Failure, JUnitXml, Skipped

from conftest import MINIMAL_PLAN, PLANS, ROOT, run_cli

ENIWA, KAMISATO, ASHIBETSU, FURANO = (str(PLANS / f"{n}.yaml") for n in ("eniwa", "kamisato", "ashibetsu", "furano"))
WIDE = {"COLUMNS": "300"}  # the verdict on one line


def _json(*args: str) -> dict[str, Any]:
    run = run_cli("audit", *args, "--format", "json")
    assert run.exit_code in (0, 1), run.stderr
    document: dict[str, Any] = json.loads(run.output)
    return document


def test_a_plan_that_covers_every_required_item_passes_though_it_names_one_procedure() -> None:
    """恵庭市 covers all 13 required items and names 1 of the 53 procedures: it passes, and says the 52."""
    run = run_cli("audit", ENIWA, env=WIDE)
    assert run.exit_code == 0, run.output
    assert run.output.splitlines()[-1] == "合格。優先手続 52 件は記載なし（合否に数えません）"
    # said, counted and listed: DX531 names each procedure; the scores table has a column of its own
    assert "DX531 警告: 個別の手続（1〜19）の 19 手続のうち 18 手続について記載がありません: p01 図書館の図書貸出予約等" in run.output
    assert "記載なし" in next(line for line in run.output.splitlines() if "枠組み" in line)
    document = _json(ENIWA)
    procedures = next(f for f in document["frameworks"] if f["id"] == "procedures")
    assert procedures["score"] == {
        "covered": 1,
        "partial": 0,
        "missing": 52,
        "exempt": 0,
        "required": 53,
        "score": 100.0,
        "unstated": 52,
        "in_overall": False,  # counted, not in 総合 (naming fewer would raise it): test_naming_fewer_procedures_…
    }
    assert document["overall_score"] == 100.0  # not a zero: 恵庭市 was 67.3 when 記載なし counted as 0
    assert len(document["verdict"]["unstated_procedures"]) == 52


def test_require_procedures_counts_them_from_the_option_or_the_configuration(tmp_path: Path) -> None:
    run = run_cli("audit", ENIWA, "--require-procedures", env=WIDE)
    assert run.exit_code == 1
    assert run.output.splitlines()[-1] == (
        "不合格: 優先手続 52 件が計画に書かれていません（--require-procedures）（p01、p03〜p19、p20-01〜p20-15、p21-01〜p21-11、p22-01〜p22-08）"
    )
    assert "DX531 エラー:" in run.output
    assert _json(ENIWA, "--require-procedures")["overall_score"] == 67.3  # the old score: 52 zeros
    # the same from a configuration file beside the plan
    plan = tmp_path / "eniwa.yaml"
    plan.write_text(Path(ENIWA).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / ".dxcheck.toml").write_text("require-procedures = true\n", encoding="utf-8")
    configured = run_cli("audit", str(plan))
    assert configured.exit_code == 1
    assert "優先手続 52 件が計画に書かれていません" in configured.output
    assert run_cli("audit", str(plan), "--no-require-procedures").exit_code == 0
    assert "require-procedures" in run_cli("config", str(plan)).output
    (tmp_path / ".dxcheck.toml").write_text('require-procedures = "yes"\n', encoding="utf-8")
    wrong = run_cli("audit", str(plan))
    assert wrong.exit_code == 2
    assert "require-procedures は true か false です" in wrong.stderr


def test_a_plan_that_names_no_procedure_has_no_procedures_score_not_a_zero() -> None:
    document = _json(KAMISATO)
    procedures = next(f for f in document["frameworks"] if f["id"] == "procedures")
    assert (procedures["score"]["in_overall"], procedures["score"]["unstated"]) == (False, 53)
    assert document["overall_score"] == round((100 + 68.8) / 2, 1)  # kanmin and dx only
    table = run_cli("audit", KAMISATO).output
    assert "│ procedures │ 0 │ 0 │ 0 │ 0 │       53 │ —（記載なし） │" in table


@pytest.mark.parametrize(
    ("args", "last"),
    [
        ((KAMISATO,), "不合格: 必須項目が 2 件ありません（dx/ai-rpa 自治体のAI・RPAの利用推進、dx/telework テレワークの推進）"),
        ((ASHIBETSU, "--min-score", "95"), "不合格: 総合 90 点が基準 95 点に届きません"),
        ((FURANO, "--fail-on", "partial"), "不合格: 必須項目が 1 件ありません（dx/standardization"),
    ],
)
def test_the_verdict_names_the_gate_in_plain_words(args: tuple[str, ...], last: str) -> None:
    out = run_cli("audit", *args, env=WIDE).output.splitlines()[-1]
    assert out.startswith(last)
    assert "fail-on=" not in out


def test_a_procedure_declared_not_planned_still_fails(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(MINIMAL_PLAN + "procedures:\n  p07: {status: not-planned, reason: 警察の所管}\n", encoding="utf-8")
    document = _json(str(plan))
    gates = {r["gate"]: r for r in document["verdict"]["reasons"]}
    assert gates["procedures"]["items"] == ["procedures/p07"]
    assert gates["procedures"]["message_ja"] == "優先手続のうち 1 件はオンライン化の予定がありません（p07）"
    assert gates["procedures"]["codes"] == ["DX532"]
    dx532 = [f for f in document["findings"] if f["code"] == "DX532"]
    assert [(f["severity"], f["location"]["line"]) for f in dx532] == [("error", MINIMAL_PLAN.count("\n") + 2)]


def test_a_procedure_that_fails_only_under_fail_on_partial_is_an_error_only_then(tmp_path: Path) -> None:
    """`--fail-on partial` failed the job for a procedure planned with no year with no error in any format: SARIF had
    DX404 as a warning, the JSON's reason no code (the third walkthrough)."""
    plan = tmp_path / "plan.yaml"
    plan.write_text(MINIMAL_PLAN + "procedures:\n  p01: {status: planned}\n", encoding="utf-8")
    assert "DX532" not in _sarif_levels(str(plan))
    assert _sarif_levels(str(plan), "--fail-on", "partial")["DX532"] == {"error"}
    document = json.loads(run_cli("audit", str(plan), "--fail-on", "partial", "--format", "json").output)
    failing = {c for r in document["verdict"]["reasons"] for c in r["codes"]}
    errors = {f["code"] for f in document["findings"] if f["severity"] == "error"}
    assert errors == failing
    assert "DX532" in errors


# --- 2. severities agree with the gate ---------------------------------------------------------------


def _sarif_levels(*args: str) -> dict[str, set[str]]:
    document = json.loads(run_cli("audit", *args, "--format", "sarif").output)
    levels: dict[str, set[str]] = {}
    for result in document["runs"][0]["results"]:
        levels.setdefault(result["ruleId"], set()).add(result["level"])
    return levels


def test_a_finding_that_fails_the_job_is_an_error_in_sarif_and_only_then() -> None:
    assert _sarif_levels(KAMISATO)["DX501"] == {"error"}  # it fails the job: exit 1
    assert _sarif_levels(KAMISATO, "--fail-on", "never")["DX501"] == {"warning"}  # exit 0: not an error
    assert run_cli("audit", KAMISATO, "--fail-on", "never").exit_code == 0
    assert _sarif_levels(KAMISATO)["DX502"] == {"note"}
    assert _sarif_levels(KAMISATO, "--fail-on", "partial")["DX502"] == {"error"}
    assert _sarif_levels(KAMISATO)["DX531"] == {"warning"}
    assert _sarif_levels(KAMISATO, "--require-procedures")["DX531"] == {"error"}


def test_github_annotations_and_json_say_error_for_what_fails_the_job() -> None:
    github = run_cli("audit", KAMISATO, "--format", "github").output.splitlines()
    dx501 = [line for line in github if "title=DX501::" in line]
    assert len(dx501) == 2
    assert all(line.startswith("::error ") for line in dx501)
    assert github[-1].startswith("::error file=")
    assert "必須項目が 2 件ありません" in github[-1]
    document = _json(KAMISATO)
    failing = {c for r in document["verdict"]["reasons"] for c in r["codes"]}
    errors = {f["code"] for f in document["findings"] if f["severity"] == "error"}
    assert errors == failing == {"DX501"}


def test_a_passing_plan_has_no_error_anywhere(tmp_path: Path) -> None:
    levels = _sarif_levels(ENIWA)
    assert "error" not in {level for found in levels.values() for level in found}
    out = tmp_path / "eniwa.xml"
    run_cli("audit", ENIWA, "--format", "junit", "-o", str(out))
    (suite,) = list(JUnitXml.fromfile(str(out)))
    assert suite.failures == 0
    skipped = [case for case in suite if any(isinstance(r, Skipped) for r in case.result)]
    assert len(skipped) == 52


def test_junit_fails_the_cases_the_verdict_names(tmp_path: Path) -> None:
    out = tmp_path / "kamisato.xml"
    run_cli("audit", KAMISATO, "--fail-on", "partial", "--format", "junit", "-o", str(out))
    (suite,) = list(JUnitXml.fromfile(str(out)))
    failed = {case.name.split()[0] for case in suite if any(isinstance(r, Failure) for r in case.result)}
    document = _json(KAMISATO, "--fail-on", "partial")
    assert (
        failed
        == {i for r in document["verdict"]["reasons"] for i in r["items"]}
        == {
            "dx/ai-rpa",
            "dx/telework",
            "dx/standardization",
        }
    )


# --- 3. the JSON says why -------------------------------------------------------------------------


def test_the_json_gives_the_reasons_the_bar_and_validates() -> None:
    schema = json.loads((ROOT / "schemas" / "audit.schema.json").read_text(encoding="utf-8"))
    assert "verdict" in schema["required"]
    document = _json(KAMISATO, "--min-score", "90")
    jsonschema.validate(document, schema)
    verdict = document["verdict"]
    assert verdict["passed"] is document["passed"] is False
    assert verdict["bar"] == {"fail_on": "missing", "min_score": 90, "require_procedures": False}
    missing, score = verdict["reasons"]
    assert (missing["gate"], missing["codes"], missing["items"], missing["count"]) == (
        "missing",
        ["DX501"],
        ["dx/ai-rpa", "dx/telework"],
        2,
    )
    assert (score["gate"], score["score"], score["minimum"], score["codes"]) == ("min-score", 84.37, 90, [])
    assert score["message_ja"] == "総合 84.4 点が基準 90 点に届きません"
    assert score["message_en"] == "the overall score 84.4 is below the bar of 90"
    assert verdict["message_ja"].startswith("不合格: 必須項目が 2 件ありません")
    passing = _json(ASHIBETSU)["verdict"]
    assert (passing["passed"], passing["reasons"], passing["message_ja"]) == (True, [], "合格")


def test_errors_in_the_plan_file_are_a_reason_of_their_own(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(MINIMAL_PLAN.replace("[dx/telework]", "[dx/telwork]"), encoding="utf-8")
    document = _json(str(plan), "--fail-on", "never")
    (reason,) = document["verdict"]["reasons"]
    assert (reason["gate"], reason["codes"], reason["count"]) == ("errors", ["DX301"], 1)
    assert reason["message_ja"] == "計画ファイルにエラーが 1 件あります"


def test_a_procedure_a_measure_takes_up_is_not_also_left_out_as_unstated() -> None:
    """A procedure the plan's list does not name (記載なし) but a measure's text takes up (inferred covered)
    counts as covered, not among the unstated: the table's なし column was 52 − 53 = −1."""
    run = run_cli("audit", str(ROOT / "tests" / "data" / "import_blind9" / "doc105.docx"), "--format", "json", "--accept-reading")
    document = json.loads(run.output)
    for framework in document["frameworks"]:
        score = framework["score"]
        assert score["missing"] >= score["unstated"], (framework["id"], score)


def _procedures_plan(tmp_path: Path, name: str, listed: dict[str, str]) -> str:
    lines = "".join(f"  {pid}: {{{state}}}\n" for pid, state in listed.items())
    path = tmp_path / name
    path.write_text(MINIMAL_PLAN + "procedures:\n" + lines, encoding="utf-8")
    return str(path)


def test_naming_fewer_procedures_does_not_raise_the_overall_score(tmp_path: Path) -> None:
    """Newcomer review of issue 28, item 8: scored over the procedures named, a plan naming 2, both
    planned, scored 100 for procedures, and one naming all 53 with 40 planned 75 — and the procedures fed
    総合. Without --require-procedures they are counted (with 記載なし) and left out of 総合, which the
    report says; with it, 記載なし counts as missing and the procedures count in 総合 as before."""
    catalogue = json.loads(run_cli("frameworks", "show", "procedures", "--format", "json").output)
    members = [i["id"].removeprefix("procedures/") for i in catalogue["framework"]["items"]]  # p01 … p22-08
    assert len(members) == 53
    planned = "status: planned, target_year: R6"
    few = _procedures_plan(tmp_path, "few.yaml", {"p01": planned, "p02": planned})
    many = _procedures_plan(
        tmp_path,
        "many.yaml",
        {pid: planned if n < 40 else "status: planned" for n, pid in enumerate(members)},  # 13 with no year: partial,
    )
    few_json, many_json = _json(few), _json(many)
    for document in (few_json, many_json):
        procedures = next(f for f in document["frameworks"] if f["id"] == "procedures")
        assert procedures["score"]["in_overall"] is False
        others = [f["score"]["score"] for f in document["frameworks"] if f["id"] != "procedures"]
        assert document["overall_score"] == round(sum(others) / len(others), 1)
    assert few_json["overall_score"] == many_json["overall_score"]
    terminal = run_cli("audit", few, env=WIDE).output
    row = next(line for line in terminal.splitlines() if line.startswith("│ procedures"))
    assert [cell.strip() for cell in row.strip("│").split("│")] == ["procedures", "2", "0", "0", "0", "51", "—（総合に含めない）"]
    assert "優先手続は件数を示し、総合スコアには含めていません。" in "".join(terminal.split())
    markdown = run_cli("audit", few, "--format", "markdown").output
    assert "—（総合に含めない）" in markdown

    required_few, required_many = _json(few, "--require-procedures"), _json(many, "--require-procedures")
    for document in (required_few, required_many):
        assert next(f for f in document["frameworks"] if f["id"] == "procedures")["score"]["in_overall"] is True
    few_procedures = next(f for f in required_few["frameworks"] if f["id"] == "procedures")["score"]
    assert few_procedures["score"] == round(100 * 2 / 53, 1)  # 記載なし counts as missing
    assert required_few["overall_score"] < required_many["overall_score"]
    assert required_few["overall_score"] < few_json["overall_score"]


def test_fail_on_never_says_what_it_did_not_count_in_the_verdict_line() -> None:
    """`fail-on = "never"` in a settings file (a pull request's, or a folder someone sent) turned 富良野市's failure
    into a bare 「合格」 in the terminal, Markdown and --summary (a hostile try): the verdict line says how many
    missing required items the bar did not count; with none missing it says nothing more."""
    from conftest import PLANS, run_cli

    furano = run_cli("audit", str(PLANS / "furano.yaml"), "--summary", "--fail-on", "never")
    assert furano.exit_code == 0
    assert furano.output.rstrip().endswith("。fail-on never のため、必須項目の不足 1 件を合否に数えていません"), furano.output
    english = run_cli("audit", str(PLANS / "furano.yaml"), "--summary", "--fail-on", "never", "--lang", "en")
    assert english.output.rstrip().endswith(". fail-on never: 1 missing required item not counted"), english.output
    eniwa = run_cli("audit", str(PLANS / "eniwa.yaml"), "--summary", "--fail-on", "never")
    assert "fail-on never" not in eniwa.output


def test_the_score_the_bar_names_is_the_score_the_report_shows() -> None:
    """A walkthrough: 上里町 with --require-procedures showed 「総合 56.3」 and said 「総合 56.2 点が基準 60 点に届きません」 —
    the reports show the mean of the frameworks' shown scores, and the bar's message rounded the exact mean."""
    run = run_cli("audit", str(PLANS / "kamisato.yaml"), "--require-procedures", "--min-score", "60", "--format", "json")
    data = json.loads(run.output)
    shown = data["overall_score"]
    reason = next(r for r in data["verdict"]["reasons"] if r["gate"] == "min-score")
    assert f"総合 {shown:g} 点が基準 60 点に届きません" == reason["message_ja"], (shown, reason)
    assert f"the overall score {shown:g} is below the bar of 60" == reason["message_en"]
