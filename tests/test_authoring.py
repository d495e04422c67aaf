"""Authoring: dxcheck init, dxcheck fmt, 和暦 everywhere, and an independent validator (ajv) on the schema."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from conftest import EXAMPLE_PLANS, MINIMAL_PLAN, ROOT, npm_tool, pipeline, run_cli
from dxcheck.catalogue.framework import shipped_catalogue

# --- init -------------------------------------------------------------------------------------


def test_init_writes_a_scaffold_that_lints_clean(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    run = run_cli("init", "--municipality", "恵庭市", "--code", "01231", "-o", str(plan))
    assert run.exit_code == 0, run.stderr
    text = plan.read_text(encoding="utf-8")
    assert text.splitlines()[0].startswith("# yaml-language-server: $schema=")
    assert text.splitlines()[0].endswith("plan.schema.json")
    assert 'code: "012319"' in text  # the check digit completed
    assert 'prefecture: "北海道"' in text  # from the code's first two digits
    for framework in shipped_catalogue().select():  # a new plan: the newest editions
        for item in framework.items:
            wanted = item.id if framework.id == "procedures" else framework.qualified(item)
            assert re.search(rf"#\s+{re.escape(wanted)}\b", text), wanted
    lint = run_cli("lint", str(plan))
    assert lint.exit_code == 0
    assert "エラー 0 件" in lint.output
    assert run_cli("fmt", "--check", str(plan)).exit_code == 0


def test_init_without_a_municipality_still_lints(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    assert run_cli("init", "-o", str(plan)).exit_code == 0
    lint = run_cli("lint", str(plan))
    assert lint.exit_code == 0  # a warning that the code is still to fill is fine
    assert "DX406" in lint.output


def _lint_lines(plan: Path, *codes: str) -> list[str]:
    run = run_cli("lint", str(plan))
    assert run.exit_code == 0, run.output  # warnings only
    return [line for line in run.output.splitlines() if any(f" {code} " in line for code in codes)]


def test_lint_says_where_inits_placeholders_are_still_to_fill(tmp_path: Path) -> None:
    """A new user's `dxcheck init -o y.yaml`, untouched, linted with DX406 alone, and its Word report was titled
    「（団体名）DX推進計画（（都道府県））」: lint names each placeholder at its line and column, and what to write."""
    plan = tmp_path / "y.yaml"
    assert run_cli("init", "-o", str(plan)).exit_code == 0
    text = plan.read_text(encoding="utf-8").splitlines()
    quote = '"'  # the value's column: where its quotation mark opens
    where = {
        field: f"{text.index(line) + 1}:{line.index(quote) + 1}"
        for field, line in (
            ("name", '  name: "（団体名）"'),
            ("prefecture", '  prefecture: "（都道府県）"'),
            ("title", '  title: "（団体名）DX推進計画"'),
        )
    }
    assert _lint_lines(plan, "DX415", "DX416") == [
        f'{plan}:{where["name"]}: DX415 警告: municipality.name が dxcheck init の雛形の「（団体名）」のままです（団体名を書いてください。例: "東川町"）',
        f"{plan}:{where['prefecture']}: DX415 警告: municipality.prefecture が dxcheck init の雛形の「（都道府県）」のままです"
        '（都道府県名を書いてください。例: "北海道"、"埼玉県"）',
        f'{plan}:{where["title"]}: DX415 警告: plan.title が dxcheck init の雛形の「（団体名）」のままです（計画名を書いてください。例: "東川町DX推進計画"）',
    ]


def test_init_with_a_name_and_a_code_leaves_no_placeholder(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    assert run_cli("init", "-m", "上里町", "--code", "113859", "-o", str(plan)).exit_code == 0
    assert _lint_lines(plan, "DX415", "DX416") == []


def test_a_placeholder_left_beside_a_name_is_named_alone_with_what_the_code_says(tmp_path: Path) -> None:
    """`init -m 上里町` without a code leaves the prefecture to fill; a code added by hand gives it, and the
    placeholder is not also said to disagree with the code (DX407)."""
    plan = tmp_path / "plan.yaml"
    assert run_cli("init", "-m", "上里町", "-o", str(plan)).exit_code == 0
    (line,) = _lint_lines(plan, "DX415", "DX416", "DX407")
    assert "municipality.prefecture が dxcheck init の雛形の「（都道府県）」のままです" in line
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace('  # code: "012319"   # 全国地方公共団体コード（6桁）', '  code: "113859"'), encoding="utf-8")
    (line,) = _lint_lines(plan, "DX415", "DX416", "DX407")
    assert line.endswith('（団体コードの都道府県を書いてください: "埼玉県"）')


@pytest.mark.parametrize(
    ("given", "said"), [("北海堂", "もしかして「北海道」？"), ("埼玉", "もしかして「埼玉県」？"), ("Saitama", "「都・道・府・県」まで")]
)
def test_a_prefecture_that_is_none_of_the_47_is_named_without_a_code(tmp_path: Path, given: str, said: str) -> None:
    plan = tmp_path / "plan.yaml"
    assert run_cli("init", "-m", "上里町", "--prefecture", given, "-o", str(plan)).exit_code == 0
    lines = plan.read_text(encoding="utf-8").splitlines()
    row = lines.index(f'  prefecture: "{given}"') + 1
    (line,) = _lint_lines(plan, "DX415", "DX416")
    assert line.startswith(f"{plan}:{row}:15: DX416 警告: 都道府県「{given}」は 47 都道府県のどれでもありません（")
    assert said in line


def test_init_never_overwrites_without_force(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text("mine\n", encoding="utf-8")
    run = run_cli("init", "-o", str(plan))
    assert run.exit_code == 2
    assert "--force" in run.stderr
    assert plan.read_text(encoding="utf-8") == "mine\n"
    assert run_cli("init", "-o", str(plan), "--force").exit_code == 0
    assert plan.read_text(encoding="utf-8").startswith("# yaml-language-server")


def test_init_refuses_a_wrong_code(tmp_path: Path) -> None:
    run = run_cli("init", "--code", "012318", "-o", str(tmp_path / "p.yaml"))
    assert run.exit_code == 2
    assert not (tmp_path / "p.yaml").exists()


# --- fmt --------------------------------------------------------------------------------------


def _comments(text: str) -> list[str]:
    return [
        line.split("#", 1)[1].strip()
        for line in text.splitlines()
        if ("#" in line and not line.strip().startswith(("-", "'", '"'))) or line.strip().startswith("#")
    ]


@pytest.mark.parametrize("source", EXAMPLE_PLANS, ids=lambda p: p.name)
def test_fmt_keeps_data_text_and_comments_and_is_idempotent(source: Path, tmp_path: Path) -> None:
    original = source.read_text(encoding="utf-8")
    # Write each plan in other accepted forms, as a colleague might: 和暦 years, unquoted ids.
    varied = re.sub(r"start: 20(\d\d)（令和(\d+)）年度", r"start: R\2", original).replace('id: "1"', "id: 1")
    path = tmp_path / source.name
    path.write_text(varied, encoding="utf-8")
    before = pipeline().check(path)
    assert run_cli("fmt", str(path)).exit_code == 0
    formatted = path.read_text(encoding="utf-8")
    after = pipeline().check(path)
    assert after.plan == before.plan  # the same data
    assert [line for line in original.splitlines() if line.lstrip().startswith("#")] == [
        line for line in formatted.splitlines() if line.lstrip().startswith("#")
    ]
    for sentence in re.findall(r"[ぁ-んァ-ヶ一-龠]{6,}[^\n]*", original):
        assert sentence.strip() in formatted or sentence.split("#")[0].strip() in formatted
    assert formatted == original  # the committed example plans are in canonical form
    again = run_cli("fmt", str(path))
    assert again.exit_code == 0
    assert path.read_text(encoding="utf-8") == formatted


def test_fmt_canonical_forms(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "# 先頭のコメント\n"
        "municipality:\n  code: 12319   # 数値で書いてしまった\n  name: 恵庭市\n  prefecture: 北海道\n"
        "plan:\n  period: {end: 令和7年度, start: H31}\n  title: テスト\n"
        "policies:\n  - title: 方針\n    id: 1\n    measures:\n      - id: 2\n        title: 施策\n        addresses: [' DX/Telework ']\n"
        "procedures:\n  P1: {status: online}\n  p20-1: {target_year: R6, status: planned}\n"
        "version: 1\n",
        encoding="utf-8",
    )
    check = run_cli("fmt", "--check", str(plan))
    assert check.exit_code == 1
    assert check.output.startswith(f"--- {plan}")
    assert "P1" in plan.read_text(encoding="utf-8")  # --check changed nothing
    assert run_cli("fmt", str(plan)).exit_code == 0
    assert plan.read_text(encoding="utf-8") == (
        "# 先頭のコメント\n"
        'version: 1\nmunicipality:\n  name: 恵庭市\n  prefecture: 北海道\n  code: "012319" # 数値で書いてしまった\n'
        "plan:\n  title: テスト\n  period: {start: 2019（令和元）年度, end: 2025（令和7）年度}\n"
        'policies:\n  - id: "1"\n    title: 方針\n    measures:\n      - id: "2"\n        title: 施策\n        addresses: [dx/telework]\n'
        "procedures:\n  p01: {status: online}\n  p20-01: {status: planned, target_year: 2024（令和6）年度}\n"
    )
    assert run_cli("lint", str(plan)).exit_code == 0


def test_a_procedure_written_twice_as_p4_and_p04_is_named_each_time_and_fmt_says_it_left_it(tmp_path: Path) -> None:
    """p4 beside p04 (and p5 beside p05): lint named only the first key of the wrong form and said 「dxcheck fmt で
    直せます」; fmt then said 整形 0 件 and left both, in silence (a walkthrough's)."""
    plan = tmp_path / "plan.yaml"
    text = (
        MINIMAL_PLAN
        + "procedures:\n  p04: {status: online}\n  p4: {status: planned, target_year: R8}\n  p5: {status: online}\n  p05: {status: online}\n  p7: {status: online}\n"
    )
    plan.write_text(text, encoding="utf-8")
    said = run_cli("lint", str(plan), env={"DXCHECK_LANG": ""}).output
    for key in ("p4", "p5", "p7"):
        assert f"DX302 エラー: 手続 ID「{key}」" in said, said
    assert said.count("「p04」も書かれています。同じ手続なので一つにまとめてください") == 1, said
    assert "「p07」と書いてください。dxcheck fmt で直せます" in said, said
    run = run_cli("fmt", str(plan), env={"DXCHECK_LANG": ""})
    assert run.exit_code == 0
    assert "手続「p4」は「p04」と同じ手続で、両方が書かれているため直していません" in run.stderr, run.stderr
    assert "手続「p5」は「p05」と同じ手続で" in run.stderr, run.stderr
    after = plan.read_text(encoding="utf-8")
    for kept in ("  p4: {status: planned", "  p5: {status: online}", "  p07: {status: online}"):
        assert kept in after, after
    check = run_cli("fmt", "--check", str(plan), env={"DXCHECK_LANG": "en"})
    assert check.exit_code == 0
    assert "procedure 'p4' is 'p04', which is also there: not renamed" in check.stderr, check.stderr


def test_fmt_keeps_bom_and_windows_line_endings(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_bytes(b"\xef\xbb\xbf" + MINIMAL_PLAN.replace("start: R5", "start: 令和5年度").replace("\n", "\r\n").encode("utf-8"))
    assert run_cli("fmt", str(plan)).exit_code == 0
    data = plan.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in data
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert "2023（令和5）年度" in data.decode("utf-8-sig")


def test_fmt_write_is_atomic_when_interrupted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(MINIMAL_PLAN.replace("start: R5", "start: 令和5年度"), encoding="utf-8")
    before = plan.read_bytes()

    def interrupted(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", interrupted)
    run = run_cli("fmt", str(plan))
    assert run.exit_code == 2  # said, and the other files would still be formatted (issue 17)
    assert "書き込めません（ディスクに空きがありません）" in run.stderr
    assert plan.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["plan.yaml"]  # no temporary file left behind


def test_fmt_refuses_broken_yaml_and_says_so(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text("a: 'unclosed\n", encoding="utf-8")
    run = run_cli("fmt", str(plan))
    assert run.exit_code == 1
    assert "DX003" in run.output
    assert plan.read_text(encoding="utf-8") == "a: 'unclosed\n"


# --- 和暦 in reports ----------------------------------------------------------------------------


def test_reports_show_both_calendars() -> None:
    run = run_cli("audit", str(ROOT / "plans" / "eniwa.yaml"))
    assert "2023（R5）〜2025（R7）" in run.output
    explain = run_cli("explain", "dx/standardization", "--lang", "en")
    assert "FY2025 (R7)" in explain.output


# --- an independent validator in another language ---------------------------------------------


@pytest.fixture(scope="session")
def ajv() -> Path:
    return npm_tool("ajv-cli@5", "ajv", "ajv")


def test_ajv_accepts_the_example_plans_and_the_scaffold_with_the_published_schema(ajv: Path, tmp_path: Path) -> None:
    scaffold = tmp_path / "scaffold.yaml"
    run_cli("init", "-m", "上里町", "--code", "113859", "-o", str(scaffold))
    schema = ROOT / "schemas" / "plan.schema.json"
    for plan in [*EXAMPLE_PLANS, scaffold]:
        done = subprocess.run(
            [str(ajv), "validate", "--spec=draft2020", "-s", str(schema), "-d", str(plan)], capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stdout + done.stderr
        assert "valid" in done.stdout + done.stderr
    broken = tmp_path / "broken.yaml"
    broken.write_text(MINIMAL_PLAN.replace("  title: テスト計画", "  titel: テスト計画"), encoding="utf-8")
    done = subprocess.run(
        [str(ajv), "validate", "--spec=draft2020", "-s", str(schema), "-d", str(broken)], capture_output=True, text=True, check=False
    )
    assert done.returncode != 0


def test_init_writes_a_plan_only_under_a_yaml_name(tmp_path: Path) -> None:
    """`init -o z.txt` wrote a plan dxcheck then read as a text document: its own next step, `dxcheck lint z.txt`,
    gave DX013 and exit 2 (a new user's walkthrough). A name that is not .yaml / .yml is refused, and nothing is written."""
    refused = run_cli("init", "-m", "恵庭市", "-o", str(tmp_path / "z.txt"))
    assert refused.exit_code == 2
    assert "-o には .yaml のファイル名を指定してください" in refused.stderr
    assert list(tmp_path.iterdir()) == []
    assert run_cli("init", "-m", "恵庭市", "-o", str(tmp_path / "z.YML")).exit_code == 0


@pytest.mark.parametrize("eol", ["", "  # 連携"])
def test_fmt_keeps_a_mappings_keys_above_the_comment_block_after_it(tmp_path: Path, eol: str) -> None:
    """`init`'s governance, uncommented and formatted: cycle, training and partnership came out below the 25-line
    comment block that follows governance, far from it (the third walkthrough); init now writes the order fmt keeps,
    and a mapping put in order keeps its closing comment block after its last key."""
    plan = tmp_path / "plan.yaml"
    governance = (
        "  governance:\n    cio: 副町長\n    body: DX推進本部\n    training: 全職員向けDX研修\n    cycle: PDCA\n"
        f"    partnership: 県の協議会に参加{eol}\n    secretariat: 総務課\n\n# 国の項目:\n#   kanmin/online\n\n# 方針と施策:\n"
    )
    plan.write_text(MINIMAL_PLAN.replace("policies:\n", governance + "policies:\n", 1), encoding="utf-8")
    assert run_cli("fmt", str(plan)).exit_code == 0
    text = plan.read_text(encoding="utf-8")
    block = text.index("# 国の項目:")
    for key in ("cio", "body", "secretariat", "cycle", "training", "partnership"):
        assert text.index(f"    {key}: ") < block, text
    assert f"    partnership: 県の協議会に参加{eol}\n\n# 国の項目:\n#   kanmin/online\n\n# 方針と施策:\npolicies:" in text, text
    assert run_cli("lint", str(plan)).exit_code == 0


@pytest.mark.parametrize(("town", "deputy"), [("津別町", "副町長"), ("上野村", "副村長"), ("恵庭市", "副市長")])
def test_init_names_the_deputy_of_its_kind_of_town_and_writes_governance_in_fmts_order(tmp_path: Path, town: str, deputy: str) -> None:
    target = tmp_path / "plan.yaml"
    assert run_cli("init", "-m", town, "-o", str(target)).exit_code == 0
    text = target.read_text(encoding="utf-8")
    assert f"  #   cio: {deputy}\n" in text
    keys = [line.split(":")[0].strip("# ") for line in text.splitlines() if line.startswith("  #   ") and ":" in line]
    governance = keys[keys.index("cio") : keys.index("cio") + 7]
    assert governance == ["cio", "body", "adviser", "secretariat", "cycle", "training", "partnership"]
