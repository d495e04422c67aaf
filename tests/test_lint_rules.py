"""Every lint rule: a minimal plan that breaks it, and the exact line and column reported."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import MINIMAL_PLAN, WritePlan, run_cli
from dxcheck.model.rules import BY_CODE

Edit = Callable[[str], str]


def replace(old: str, new: str) -> Edit:
    def edit(text: str) -> str:
        assert old in text, old
        return text.replace(old, new, 1)

    return edit


def append(extra: str) -> Edit:
    return lambda text: text + extra


# (code, edit of MINIMAL_PLAN, "line:column" the finding must point at, words the message must hold)
CASES: list[tuple[str, Edit, str, str]] = [
    ("DX003", replace("addresses: [dx/telework]", 'owner: "総務課'), "17:16", "引用符が閉じられていません"),
    ("DX003", replace("  title: テスト計画", "\ttitle: テスト計画"), "7:1", "タブ"),
    ("DX004", replace("  title: テスト計画\n", "  title: テスト計画\n  title: 別名\n"), "8:3", "「title」"),
    ("DX005", replace("  title: テスト計画", "  title: !!python/object/apply:os.system ['echo hacked']"), "7:10", "タグ"),
    ("DX005", replace("  title: テスト計画", "  title: !custom テスト計画"), "7:10", "!custom"),
    ("DX101", replace("  title: テスト計画\n", ""), "7:3", "「title」"),
    ("DX102", replace("  title: テスト計画", "  titel: テスト計画"), "7:3", "もしかして「title」"),
    ("DX103", replace('code: "012319"', "code: 012319"), "5:9", "引用符"),
    ("DX104", append("procedures:\n  p01:\n    status: onlin\n"), "20:13", "もしかして「online」"),
    ("DX104", replace('code: "012319"', 'code: "01-231"'), "5:9", "全国地方公共団体コード"),
    ("DX201", replace("start: R5", "start: 令和0年"), "9:12", "令和0年はありません"),
    ("DX201", replace("end: R7", "end: 平成32年度"), "10:10", "平成32年はありません"),
    ("DX202", replace("end: R7", "end: 20255"), "10:10", "20255"),
    ("DX203", replace("start: R5", "start: R8"), "10:10", "より前"),
    (
        "DX204",
        replace("        addresses: [dx/telework]", "        addresses: [dx/telework]\n        schedule: {start: R5, end: R9}"),
        "18:36",
        "計画期間",
    ),
    (
        "DX205",
        replace(
            "        addresses: [dx/telework]",
            "        addresses: [dx/telework]\n        kpis:\n          - {name: 件数, target: 10, target_year: 2030}",
        ),
        "19:49",
        "目標年度",
    ),
    ("DX301", replace("[dx/telework]", "[dx/telwork]"), "17:21", "もしかして「dx/telework」"),
    (
        "DX306",
        lambda text: text.replace("version: 1\n", 'version: 1\nframeworks:\n  dx: "2.3"\n').replace("[dx/telework]", "[dx/online]"),
        "19:21",
        "「dx/frontyard」が引き継いでいます",
    ),
    ("DX307", replace("version: 1\n", 'version: 1\nframeworks:\n  dx: "9.9"\n'), "3:7", "収録されている版: 1.0、2.3"),
    ("DX301", replace("[dx/telework]", "[zz/qqq]"), "17:21", "枠組み「zz」はありません"),
    ("DX302", append("procedures:\n  p23: {status: online}\n"), "19:3", "p23"),
    ("DX303", append('      - id: "1-1"\n        title: 同じID\n'), "18:13", "「1-1」"),
    ("DX304", append("exemptions:\n  - item: dx/telework\n    reason: 職員数が少ない\n"), "19:11", "除外"),
    ("DX305", replace("[dx/telework]", "[dx/telework, dx/telework]"), "17:34", "2回"),
    (
        "DX401",
        replace("        addresses: [dx/telework]", "        addresses: [dx/telework]\n        kpis:\n          - name: 利用件数"),
        "19:19",
        "目標値",
    ),
    ("DX402", append('exemptions:\n  - item: dx/community\n    reason: "  "\n'), "20:13", "理由"),
    ("DX403", append("procedures:\n  p07: {status: not-applicable}\n"), "19:17", "理由"),
    ("DX403", append('procedures:\n  p11: {status: not-planned, reason: ""}\n'), "19:38", "理由"),
    ("DX404", append("procedures:\n  p20: {status: planned}\n"), "19:17", "目標年度"),
    ("DX405", replace('code: "012319"', 'code: "012318"'), "5:9", "チェックディジット"),
    ("DX408", replace("        title: 施策", "        title: 施策" + "あ" * 300), "16:16", "302 文字"),
    ("DX409", replace("        title: 施策", "        title: 施策\n        description: " + "あ" * 2_001), "17:22", "最初の 2,000 文字"),
    ("DX406", replace('  code: "012319"\n', ""), "2:1", "団体コード"),
    ("DX407", replace("prefecture: 北海道", "prefecture: 埼玉県"), "4:15", "北海道"),
    ("DX410", replace("name: 恵庭市", 'name: " "'), "2:1", "municipality.name が空"),
    # init's placeholders left as they were (a new user's Word report was titled 「（団体名）DX推進計画（（都道府県））」)
    ("DX415", replace("name: 恵庭市", "name: （団体名）"), "3:9", "「（団体名）」のまま"),
    # a prefecture that is none of the 47, in a plan without a code (with one, DX407 says it)
    (
        "DX416",
        lambda text: text.replace("prefecture: 北海道", "prefecture: 北海堂").replace('  code: "012319"\n', ""),
        "4:15",
        "もしかして「北海道」",
    ),
    ("DX405", replace('code: "012319"', 'code: "01231"'), "5:9", '"012319"'),
    ("DX010", replace("version: 1", "version: 0x" + "f" * 5000), "1:10", "5,002 文字"),
    ("DX010", append("procedures:\n  p01: {status: planned, target_year: " + "9" * 101 + "}\n"), "19:39", "上限 100 文字"),
    ("DX011", append("procedures:\n  p01:\n    note: [" + "1, " * 250_001 + "]\n"), "20:749940", "250,000 個を超えました"),
    ("DX411", replace("title: テスト計画", 'title: "テスト\\e計画"'), "7:10", "4 文字目に制御文字 U+001B ESC"),
    ("DX411", replace("title: 方針", 'title: "方\\0針"'), "13:12", "制御文字 U+0000 NUL"),
    ("DX412", replace("title: テスト計画", 'title: "テスト\\n計画"'), "7:10", "4 文字目に改行 U+000A"),
    ("DX412", replace("title: 施策", 'title: "\\u202e施策"'), "16:16", "1 文字目に文字の向きを変える制御文字 U+202E"),
    ("DX412", replace("name: 恵庭市", "name: 恵庭\u200b市"), "3:9", "幅のない文字 U+200B"),
    # a letter that draws nothing (the Hangul filler): 「恵庭ㅤ市」 looks like 「恵庭 市」 or another name (a hostile review)
    ("DX412", replace("name: 恵庭市", "name: 恵庭\u3164市"), "3:9", "3 文字目に何も描かれない文字 U+3164（HANGUL FILLER）"),
    # a chapter of the background written as a policy with no measure (a new user's walkthrough)
    (
        "DX414",
        append('  - id: "0"\n    title: 計画策定の背景\n    description: 本市ではセキュリティ対策が課題です。\n'),
        "19:12",
        "「背景」の章",
    ),
]


@pytest.mark.parametrize(("code", "edit", "where", "words"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_rule_reports_code_line_and_column(code: str, edit: Edit, where: str, words: str, write_plan: WritePlan) -> None:
    path: Path = write_plan(edit(MINIMAL_PLAN))
    run = run_cli("lint", str(path))
    severity = BY_CODE[code].severity.value
    shown = {"error": "エラー", "warning": "警告", "info": "情報"}[severity]
    expected = f"{path}:{where}: {code} {shown}: "
    lines = [line for line in run.output.splitlines() if line.startswith(expected)]
    assert lines, f"expected a line starting {expected!r} in:\n{run.output}"
    assert words in lines[0]
    assert run.exit_code == (1 if severity == "error" else 0)
    assert "Traceback" not in run.output + run.stderr


def test_the_minimal_plan_is_clean(write_plan: WritePlan) -> None:
    run = run_cli("lint", str(write_plan(MINIMAL_PLAN)))
    assert run.exit_code == 0, run.output
    assert "エラー 0 件、警告 0 件" in run.output


def test_a_yaml_tag_is_never_constructed(write_plan: WritePlan, tmp_path: Path) -> None:
    marker = tmp_path / "constructed"
    text = MINIMAL_PLAN.replace("  title: テスト計画", f"  title: !!python/object/apply:os.system ['touch {marker}']")
    run = run_cli("lint", str(write_plan(text)))
    assert run.exit_code == 1
    assert not marker.exists()


def test_english_messages(write_plan: WritePlan) -> None:
    path = write_plan(MINIMAL_PLAN.replace("[dx/telework]", "[dx/telwork]"))
    run = run_cli("lint", str(path), "--lang", "en")
    assert f"{path}:17:21: DX301 error: unknown item 'dx/telwork' (did you mean 'dx/telework'?)" in run.output
    assert "1 file checked: 1 error, 0 warnings" in run.output
    assert run_cli("lint", str(path), env={"DXCHECK_LANG": "en"}).output == run.output


def test_json_output_carries_code_severity_message_and_location(write_plan: WritePlan) -> None:
    path = write_plan(MINIMAL_PLAN.replace("[dx/telework]", "[dx/telwork]"))
    run = run_cli("lint", str(path), "--format", "json")
    assert run.exit_code == 1
    document = json.loads(run.output)
    assert document["format"] == "dxcheck-lint"
    assert document["version"] == 4
    (finding,) = document["files"][0]["findings"]
    assert finding["code"] == "DX301"
    assert finding["severity"] == "error"
    assert finding["location"] == {
        "file": str(path),
        "line": 17,
        "column": 21,
        "pointer": "/policies/0/measures/0/addresses/0",
        "page": None,
        "paragraph": None,
    }
    assert document["summary"] == {"files": 1, "errors": 1, "warnings": 0, "info": 0, "unreadable": 0}


def test_warnings_alone_exit_0_and_errors_exit_1(write_plan: WritePlan) -> None:
    warn = write_plan(MINIMAL_PLAN + "procedures:\n  p20: {status: planned}\n", "warn.yaml")
    err = write_plan(MINIMAL_PLAN.replace("R7", "R3"), "err.yaml")
    assert run_cli("lint", str(warn)).exit_code == 0
    assert run_cli("lint", str(warn), str(err)).exit_code == 1


def test_output_is_plain_when_piped_and_identical_between_runs(write_plan: WritePlan) -> None:
    path = write_plan(MINIMAL_PLAN.replace("[dx/telework]", "[dx/telwork]"))
    first, second = run_cli("lint", str(path)), run_cli("lint", str(path))
    assert "\x1b[" not in first.output
    assert first.output == second.output


def test_each_missing_field_is_reported_once(write_plan: WritePlan) -> None:
    # jsonschema raises one error per missing required field; each must become one finding, not one per error.
    run = run_cli("lint", str(write_plan("version: 1\n")))
    assert run.exit_code == 1
    lines = [line for line in run.output.splitlines() if " DX101 " in line]
    assert len(lines) == 2, run.output
    assert "「municipality」" in lines[0]
    assert "「plan」" in lines[1]


def test_independent_mistakes_are_named_in_one_run(tmp_path: Path) -> None:
    """A new user fixed a plan in three runs of lint: two procedure ids the schema refuses hid 「令和0年度」 in a
    schedule (only the model refuses it), and leaving that whole measure out hid its KPI's target year outside the
    period. One run names all four; the rest of a measure whose schedule is broken is still checked."""
    plan = tmp_path / "m.yaml"
    plan.write_text(
        """version: 1
municipality: {name: 芦別市, prefecture: 北海道, code: "012165"}
plan:
  title: 芦別市DX推進計画
  adopted: 2023/4/1
  period: {start: R5, end: R9}
policies:
  - id: "1"
    title: 行政のデジタル化
    measures:
      - id: "1-1"
        title: テレワーク
        kpis: [{name: 実施人数, target: 100人, target_year: R12}]
        schedule: {start: R3, end: 令和0年度}
procedures:
  p23: {status: online}
  p01: {status: online}
  P3: {status: online}
""",
        encoding="utf-8",
    )
    run = run_cli("lint", str(plan), "--format", "json")
    found = [(f["code"], f["location"]["line"]) for f in json.loads(run.output)["files"][0]["findings"]]
    assert found == [("DX205", 13), ("DX201", 14), ("DX302", 16), ("DX302", 18)], found


def test_a_key_left_out_for_its_mistake_is_not_said_to_be_missing(tmp_path: Path) -> None:
    """A hostile try of the salvage that leaves out only a broken key: `target_year: 令和0年度` gave DX201 and a false
    DX404 「目標年度がありません」, `reason: 123` DX103 and a false DX403 (an error: the count doubled). A rule that a
    value is missing is not said of a part whose key was left out; a string where a list belongs is said in Japanese."""
    plan = tmp_path / "p.yaml"
    plan.write_text(
        MINIMAL_PLAN + "procedures:\n  p01: {status: planned, target_year: 令和0年度}\n  p02: {status: not-planned, reason: 123}\n",
        encoding="utf-8",
    )
    run = run_cli("lint", str(plan), "--format", "json")
    codes = sorted(f["code"] for f in json.loads(run.output)["files"][0]["findings"])
    assert not {"DX404", "DX403"} & set(codes), codes
    assert {"DX201", "DX103"} <= set(codes), codes
    listed = tmp_path / "l.yaml"
    listed.write_text(MINIMAL_PLAN.replace("addresses: [dx/telework]", "addresses: dx/telwork\n        schedule: 2025"), encoding="utf-8")
    said = run_cli("lint", str(listed)).output
    assert "「policies の 1 番目（1）の measures の 1 番目（1-1）の addresses」はリスト" in said, said
    assert "Input should be" not in said


def test_a_schema_finding_counts_list_places_from_one_and_names_the_elements_id(tmp_path: Path) -> None:
    """An officer counts the fourth policy as 4, and knows it as G2: 「policies[3]」 said neither (a walkthrough's).
    The English keeps the JSON path, as a developer reads it."""
    plan = tmp_path / "p.yaml"
    second = "  - id: G2\n    description: 説明だけの方針\n    measures:\n      - title: 名前だけの施策\n        addresses: [dx/online]\n"
    plan.write_text(MINIMAL_PLAN + second, encoding="utf-8")
    said = run_cli("lint", str(plan), env={"DXCHECK_LANG": ""}).output
    assert "「policies の 2 番目（G2）」に必須項目「title」がありません" in said, said
    assert "「policies の 2 番目（G2）の measures の 1 番目」に必須項目「id」がありません" in said, said
    english = run_cli("lint", str(plan), env={"DXCHECK_LANG": "en"}).output
    assert "policies[1]: required field 'title' is missing" in english, english
