"""What got in the way of three people trying dxcheck from a fresh clone (issue 16): each behaviour
pinned through the real commands."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from ruamel.yaml import YAML

from conftest import MINIMAL_PLAN, PLANS, ROOT, WritePlan, run_cli

# --- the set-up promise -----------------------------------------------------------------------


def test_no_test_reads_outside_the_repository() -> None:
    # A new user's clone has nothing beside it; the seed texts feed benchmarks/ only.
    for path in sorted((ROOT / "tests").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"parent\.parent\s*/\s*\"shared\"|\.\./" + r"shared|ROOT\.parent", text), path.name


def test_the_seed_check_runs_without_the_seeds(tmp_path: Path) -> None:
    # benchmarks/seed_facts.py says so and exits 0 when there are no seed texts beside the clone.
    clone = tmp_path / "clone"
    shutil.copytree(ROOT / "benchmarks", clone / "benchmarks")
    shutil.copytree(ROOT / "dxcheck", clone / "dxcheck")
    shutil.copytree(ROOT / "frameworks", clone / "frameworks")
    shutil.copytree(ROOT / "schemas", clone / "schemas")
    run = subprocess.run([sys.executable, str(clone / "benchmarks" / "seed_facts.py")], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert "no seed texts found" in run.stdout


# --- configuration ----------------------------------------------------------------------------


def test_an_empty_framework_list_is_a_configuration_error(tmp_path: Path) -> None:
    (tmp_path / ".dxcheck.toml").write_text("frameworks = []\n", encoding="utf-8")
    shutil.copy(PLANS / "ashibetsu.yaml", tmp_path / "plan.yaml")
    for command in ("audit", "compare"):
        run = run_cli(command, str(tmp_path / "plan.yaml"))
        assert run.exit_code == 2, run.output
        assert "frameworks が空です" in run.stderr


def test_an_unknown_rule_to_ignore_is_an_error_with_a_suggestion(tmp_path: Path) -> None:
    run = run_cli("lint", str(PLANS / "eniwa.yaml"), "--ignore", "DX0401")  # (DX4011 is as near DX411 as DX401)
    assert run.exit_code == 2
    assert "--ignore に不明なルール「DX0401」" in run.stderr
    assert "もしかして「DX401」" in run.stderr
    assert run_cli("lint", str(PLANS / "eniwa.yaml"), "--ignore", "dx401").exit_code == 0


# --- init -------------------------------------------------------------------------------------


def _uncommented(text: str) -> str:
    """The starter plan with every example line of policies, procedures and exemptions uncommented."""
    out, block = [], None
    for line in text.splitlines():
        if re.match(r"^[a-z_]+:", line):
            block = line.split(":")[0]
        match = re.match(r"^(\s+)# (.*)$", line)
        if block in ("policies", "procedures", "exemptions") and match and not match.group(2).startswith("──"):
            line = match.group(1) + match.group(2)
        out.append(line)
    return "\n".join(out) + "\n"


def test_uncommenting_the_starter_plans_examples_gives_a_plan_that_lints(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    assert run_cli("init", "-m", "恵庭市", "--code", "012319", "-o", str(plan)).exit_code == 0
    assert run_cli("lint", str(plan)).exit_code == 0
    filled = tmp_path / "filled.yaml"
    filled.write_text(_uncommented(plan.read_text(encoding="utf-8")), encoding="utf-8")
    run = run_cli("lint", str(filled), "--format", "json")
    assert run.exit_code == 0, run.output
    assert json.loads(run.output)["summary"]["errors"] == 0
    audit = run_cli("audit", str(filled), "--format", "json")
    result = json.loads(audit.output)
    assert any(i["status"] == "covered" for f in result["frameworks"] for i in f["items"] if f["id"] == "dx")
    assert result["procedures"]["items"]  # the uncommented statuses are read


def test_the_schema_line_points_beside_the_plan_not_into_the_installation(tmp_path: Path) -> None:
    plan = tmp_path / "plans" / "town.yaml"  # a folder that does not exist yet
    run = run_cli("init", "-o", str(plan))
    assert run.exit_code == 0, run.stderr
    first = plan.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=plan.schema.json"
    schema = tmp_path / "plans" / "plan.schema.json"
    assert json.loads(schema.read_text(encoding="utf-8"))["title"] == "dxcheck plan"
    assert "plan.schema.json も書きました" in run.output
    # A second plan beside it reuses the schema; `dxcheck schema -o` refreshes it.
    schema.write_text("{}\n", encoding="utf-8")
    again = run_cli("init", "-o", str(tmp_path / "plans" / "other.yaml"))
    assert again.exit_code == 0
    assert schema.read_text(encoding="utf-8") == "{}\n"
    assert f"dxcheck schema plan -o {schema}" in again.stderr
    refreshed = run_cli("schema", "plan", "-o", str(schema))
    assert refreshed.exit_code == 0
    assert refreshed.output == ""
    assert f"{schema} に書きました" in refreshed.stderr
    assert schema.read_text(encoding="utf-8") == (ROOT / "schemas" / "plan.schema.json").read_text(encoding="utf-8")


def test_init_says_what_lint_says_of_a_wrong_code_and_exits_2_on_an_existing_file(tmp_path: Path) -> None:
    wrong = run_cli("init", "--code", "016999", "-o", str(tmp_path / "a.yaml"))
    assert wrong.exit_code == 2
    assert "チェックディジットが合いません（01699 なら最後は 3" in wrong.stderr
    assert not (tmp_path / "a.yaml").exists()
    lint_plan = tmp_path / "b.yaml"
    lint_plan.write_text(MINIMAL_PLAN.replace('"012319"', '"016999"'), encoding="utf-8")
    assert "01699 なら最後は 3" in run_cli("lint", str(lint_plan)).output
    (tmp_path / "c.yaml").write_text("mine\n", encoding="utf-8")
    assert run_cli("init", "-o", str(tmp_path / "c.yaml")).exit_code == 2


def test_an_init_plan_never_shows_none(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    assert run_cli("init", "-o", str(plan)).exit_code == 0
    for args in (
        ("audit", str(plan)),
        ("audit", str(plan), "--lang", "en"),
        ("compare", str(plan)),
        ("audit", str(plan), "-f", "markdown"),
    ):
        run = run_cli(*args)
        assert "None" not in run.output, args
    assert "（団体名）（（都道府県））" in run_cli("audit", str(plan)).output


# --- lint names every independent mistake at once -----------------------------------------------


def test_one_run_names_schema_and_id_mistakes_together(write_plan: WritePlan) -> None:
    plan = MINIMAL_PLAN.replace("addresses: [dx/telework]", "addresses: [dx/telwork]") + (
        '      - id: "1-2"\n'  # no title: a schema error
        "        addresses: [dx/online]\n"
        '      - id: "1-1"\n'  # the same id again
        "        title: 重複\n"
        "procedures:\n  p99: {status: online}\n"
    )
    run = run_cli("lint", str(write_plan(plan)))
    codes = re.findall(r": (DX\d{3}) ", run.output)
    assert sorted(codes) == ["DX101", "DX301", "DX302", "DX303"], run.output
    assert ":17:21: DX301" in run.output  # each at its own line
    assert ":20:13: DX303" in run.output


def test_a_finding_inside_what_the_schema_refused_is_not_reported_twice(write_plan: WritePlan) -> None:
    # The measure without a title also names an unknown item, and the code is not a code: the schema's
    # findings are enough there (not 「no code」 besides), and the rest of the plan is still checked.
    plan = MINIMAL_PLAN.replace("        title: 施策\n", "").replace("[dx/telework]", "[dx/telwork]").replace('"012319"', '"01231X"')
    plan += "procedures:\n  p99: {status: online}\n"
    run = run_cli("lint", str(write_plan(plan)))
    codes = re.findall(r": (DX\d{3}) ", run.output)
    assert sorted(codes) == ["DX101", "DX104", "DX302"], run.output


# --- explain, schema, -o, compare -----------------------------------------------------------------


def test_explain_takes_ids_as_plans_write_them() -> None:
    group = run_cli("explain", "p20")
    assert group.exit_code == 0
    assert "procedures/p20  子育て関係" in group.output
    assert "p20-15  妊娠の届出" in group.output
    assert run_cli("explain", "p20-03").exit_code == 0
    assert "/telework  テレワークの推進" in run_cli("explain", "telework").output
    both = run_cli("explain", "online")
    assert both.exit_code == 2
    assert "dx/online と kanmin/online のどちらか" in both.stderr
    directory = run_cli("explain", "dx/online", str(PLANS))
    assert directory.exit_code == 2
    assert "explain には計画ファイルか計画書を 1 つ指定します（まとめて見るには dxcheck compare " in directory.stderr
    assert "--documents" not in directory.stderr  # a folder of YAML plans: no Word or PDF to compare
    rule = run_cli("explain", "dx414")  # a code copied from lint's output
    assert rule.exit_code == 2
    assert rule.stderr.strip() == "dxcheck: 「dx414」は項目ではなく検査ルールのコードです（説明は dxcheck rules DX414）"
    assert run_cli("rules", "DX414").exit_code == 0


def test_writing_a_report_to_a_file_says_so(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    run = run_cli("audit", str(PLANS / "ashibetsu.yaml"), "-o", str(target))
    assert run.output == ""
    assert run.stderr.strip() == f"{target} に書きました"
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == "dxcheck-audit"
    english = run_cli("lint", str(PLANS), "-o", str(tmp_path / "lint.sarif"), "--lang", "en")
    assert english.stderr.strip() == f"wrote {tmp_path / 'lint.sarif'}"


def test_compare_tells_two_plans_of_one_town_apart_and_marks_one_with_errors(tmp_path: Path) -> None:
    draft = tmp_path / "eniwa-draft.yaml"
    draft.write_text((PLANS / "eniwa.yaml").read_text(encoding="utf-8").replace("dx/online]", "dx/onlin]", 1), encoding="utf-8")
    run = run_cli("compare", str(PLANS / "eniwa.yaml"), str(draft), "--sort", "name")
    assert "⚠ 計画ファイルにエラーがあります" in run.output
    markdown = run_cli("compare", str(PLANS / "eniwa.yaml"), str(draft), "--sort", "name", "--format", "markdown")
    assert "| 恵庭市 (eniwa.yaml) |" in markdown.output
    assert "| 恵庭市 (eniwa-draft.yaml) ⚠ |" in markdown.output
    # every export that shows the mark says what it means, and how to see the errors (found by a review:
    # only the terminal did); lint sees an edition's errors only when given the comparison's --edition
    legend = "⚠ 計画ファイルにエラーがあります（dxcheck lint で確認。比較に付けた --edition・--frameworks-dir は lint にも）"
    assert legend in run.output.replace("\n", "")
    assert legend in markdown.output
    html = run_cli("compare", str(PLANS / "eniwa.yaml"), str(draft), "--format", "html").output
    assert f'<p class="errors">{legend}' in html
    report = tmp_path / "c.docx"
    run_cli("compare", str(PLANS / "eniwa.yaml"), str(draft), "-o", str(report))
    assert any(p.text.startswith(legend) for p in docx.Document(str(report)).paragraphs)
    alone = run_cli("compare", str(PLANS / "eniwa.yaml"), str(PLANS / "furano.yaml"))
    assert "(eniwa.yaml)" not in alone.output
    assert "⚠" not in alone.output
    for fmt in ("markdown", "html"):
        assert "⚠" not in run_cli("compare", str(PLANS / "eniwa.yaml"), str(PLANS / "furano.yaml"), "--format", fmt).output


@pytest.mark.parametrize("command", ["audit", "compare", "lint"])
def test_a_directory_means_every_plan_in_it(command: str) -> None:
    run = run_cli(command, str(PLANS), "--format", "json")
    assert run.exit_code in (0, 1), run.stderr
    document = json.loads(run.output)
    files = [t["file"] for t in document["towns"]] if "towns" in document else [f["file"] for f in document["files"]]
    assert len(files) == 4


# --- how much the terminal shows ------------------------------------------------------------------


def test_repeated_findings_are_folded_and_verbose_shows_each() -> None:
    run = run_cli("lint", str(PLANS / "ashibetsu.yaml"))
    assert run.output.count("DX404 警告: 手続") == 1
    assert re.search(r"ashibetsu\.yaml: DX404 警告 ほか同様に 21 件（\d+〜\d+ 行）。すべて表示するには --verbose", run.output)
    verbose = run_cli("lint", str(PLANS / "ashibetsu.yaml"), "--verbose")
    assert verbose.output.count("DX404 警告: 手続") == 22
    assert "ほか同様に" not in verbose.output
    english = run_cli("lint", str(PLANS / "ashibetsu.yaml"), "--lang", "en")
    assert re.search(r"DX404 warning × 21 more like it \(lines \d+–\d+\); --verbose shows each", english.output)
    # Three of a kind are shown as they are.
    assert "ほか同様に" not in run_cli("lint", str(PLANS / "kamisato.yaml")).output


def test_quiet_and_summary_for_hooks_and_scripts(write_plan: WritePlan) -> None:
    clean = run_cli("lint", str(PLANS), "--quiet")
    assert clean.exit_code == 0
    assert clean.output == ""
    broken = write_plan(MINIMAL_PLAN.replace("[dx/telework]", "[dx/telwork]") + "procedures:\n  p20: {status: planned}\n")
    quiet = run_cli("lint", str(broken), "-q")
    assert quiet.exit_code == 1
    assert "DX301 エラー" in quiet.output
    assert "DX404" not in quiet.output  # the warning is not what fails
    summary = run_cli("lint", str(PLANS), str(broken), "--summary")
    lines = summary.output.splitlines()
    assert lines[-1] == "5 ファイルを検査: エラー 1 件、警告 32 件"
    assert any(line.endswith("plan.yaml: エラー 1 件、警告 1 件") for line in lines)
    assert not any("DX" in line for line in lines)
    together = run_cli("lint", str(PLANS), "--quiet", "--verbose")
    assert together.exit_code == 2
    assert "--quiet と --verbose は同時に使えません" in together.stderr
    assert run_cli("lint", str(PLANS), "--summary", "--format", "sarif").exit_code == 2


def test_audit_summary_quiet_and_verbose() -> None:
    summary = run_cli("audit", str(PLANS), "--summary")
    assert summary.exit_code == 1
    lines = summary.output.splitlines()
    assert len(lines) == 4
    assert lines[0].endswith("芦別市 総合 90: 合格")
    assert lines[1].endswith("恵庭市 総合 100: 合格。優先手続 52 件は記載なし（合否に数えません）")
    assert "上里町 総合 84.4: 不合格: 必須項目が 2 件ありません（dx/ai-rpa" in lines[3]
    quiet = run_cli("audit", str(PLANS), "--quiet")
    assert [line.split()[1] for line in quiet.output.splitlines() if line.startswith(str(PLANS))] == ["富良野市", "上里町"]
    assert run_cli("audit", str(PLANS / "ashibetsu.yaml"), "-q").output == ""
    normal = run_cli("audit", str(PLANS / "ashibetsu.yaml"))
    verbose = run_cli("audit", str(PLANS / "ashibetsu.yaml"), "--verbose")
    assert "ほか同様に 21 件" in normal.output
    assert verbose.output.count("DX404 警告: 手続") == 22
    assert run_cli("audit", str(PLANS), "--summary", "--format", "json").exit_code == 2


def test_verbose_shows_every_piece_of_evidence(write_plan: WritePlan) -> None:
    more = "".join(f'      - id: "1-{n}"\n        title: 在宅勤務{n}\n        addresses: [dx/telework]\n' for n in range(2, 7))
    plan = write_plan(MINIMAL_PLAN + more)
    normal = run_cli("audit", str(plan))
    assert "…ほか3件（-vで全部）" in normal.output
    verbose = run_cli("audit", str(plan), "--verbose")
    assert "…ほか" not in verbose.output
    assert all(f"1-{n}「在宅勤務{n}」" in verbose.output for n in range(2, 7))


def test_the_audit_hook_prints_a_line_per_plan() -> None:
    hooks = YAML(typ="safe").load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    audit = next(h for h in hooks if h["id"] == "dxcheck-audit")
    assert "--summary" in audit["entry"].split()


def test_findings_that_each_say_something_of_their_own_are_never_folded() -> None:
    # 上里町 has no procedure status at all: four DX531, one per group, each listing its procedures.
    run = run_cli("audit", str(PLANS / "kamisato.yaml"))
    assert run.output.count("DX531 警告: ") == 4
    assert "ほか同様に" not in run.output


def test_japanese_output_says_the_severity_in_japanese(write_plan: WritePlan) -> None:
    """Newcomer review of issue 28: 「DX501 error:」 inside Japanese lines. Japanese output says エラー・警告・
    情報 after the code (the code stays); English and the machine formats keep error / warning / info."""
    kamisato = str(PLANS / "kamisato.yaml")
    audit = run_cli("audit", kamisato)
    assert "DX501 エラー: " in audit.output
    assert "DX531 警告: " in audit.output
    assert re.search(r"DX\d{3} (error|warning|info)\b", audit.output) is None
    ashibetsu = run_cli("audit", str(PLANS / "ashibetsu.yaml"))
    assert re.search(r"ashibetsu\.yaml: DX404 警告 ほか同様に 21 件", ashibetsu.output)
    broken = write_plan(MINIMAL_PLAN.replace("[dx/telework]", "[dx/telwork]"))
    lint = run_cli("lint", str(broken))
    assert f"{broken}:17:21: DX301 エラー: 存在しない項目「dx/telwork」" in lint.output
    markdown = run_cli("audit", kamisato, "--format", "markdown").output
    assert "- **DX501** エラー: " in markdown
    assert re.search(r"\*\*DX\d{3}\*\* (error|warning|info):", markdown) is None
    from openpyxl import load_workbook

    book = broken.parent / "kamisato.xlsx"
    assert run_cli("audit", kamisato, "-o", str(book)).exit_code == 1
    rows = [[c.value for c in row] for row in load_workbook(book)["上里町"].iter_rows()]
    assert ["DX531", "警告"] in [row[:2] for row in rows]
    assert not any(row[1] in ("error", "warning", "info") for row in rows if isinstance(row[0], str) and row[0].startswith("DX"))
    junit = run_cli("lint", str(broken), "--format", "junit").output
    assert "DX301 エラー: " in junit
    english = run_cli("audit", kamisato, "--lang", "en")
    assert "DX501 error: " in english.output
    assert "DX531 warning: " in english.output
    assert "- **DX501** error: " in run_cli("audit", kamisato, "--format", "markdown", "--lang", "en").output


@pytest.mark.parametrize(
    ("slip", "replaced", "where", "says"),
    [
        # a new user's walkthrough: each was reported a line or two late, as another mistake
        ("full-width colon", ("  owner: 総務課", "  owner： 総務課"), (0, 8), "キーの後のコロンが全角の「：」です"),
        # the third walkthrough: typed with no space after 「：」, as an IME gives it, it was reported a line late again
        ("full-width colon, no space", ("  stage: adopted", "  stage：adopted"), (0, 8), "キーの後のコロンが全角の「：」です"),
        ("full-width colon in a name", ("  name: 上里町", "  name：上里町"), (0, 7), "キーの後のコロンが全角の「：」です"),
        # the fourth walkthrough: 「owner:　総務課」, the IME still on after the colon, was reported on the next line
        ("full-width space after the colon", ("  owner: 総務課", "  owner:\u3000総務課"), (0, 9), "コロン「:」の次が全角スペースです"),
        ("full-width indent", ("  owner: 総務課", "\u3000\u3000owner: 総務課"), (0, 1), "全角スペースはインデントに使えません"),
        ("no colon", ("  owner: 総務課", "  owner 総務課"), (0, 8), "キー「owner」の後に「: 」がありません"),
        (
            "open quote",
            ("  title: 上里町DX推進計画", '  title: "上里町DX推進計画'),
            (0, 10),
            "閉じられていません",
        ),
    ],
)
def test_typing_slips_are_named_on_their_own_line(
    tmp_path: Path, slip: str, replaced: tuple[str, str], where: tuple[int, int], says: str
) -> None:
    base = 'version: 1\nmunicipality:\n  name: 上里町\n  prefecture: 埼玉県\nplan:\n  title: 上里町DX推進計画\n  owner: 総務課\n  stage: adopted\n  adopted: "2026-03"\npolicies: []\n'
    old, new = replaced
    text = base.replace(old, new, 1)
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    run = run_cli("lint", str(path))
    assert run.exit_code == 1, slip
    line = text.split("\n").index(new) + 1
    assert f"plan.yaml:{line}:{where[1]}: DX003" in run.output, (slip, run.output)
    assert says in run.output, (slip, run.output)


def test_independent_mistakes_in_the_policies_are_each_named(tmp_path: Path) -> None:
    """A misspelled key in one measure and a malformed item id in another, or addresses written as a string and kpis as
    a mapping in one: each was one finding, the other hidden or left to the model's English (a walkthrough's)."""
    head = "version: 1\nmunicipality:\n  name: 上里町\n  prefecture: 埼玉県\nplan:\n  title: 上里町DX推進計画\npolicies:\n  - id: '1'\n    title: 方針\n    measures:\n"
    path = tmp_path / "plan.yaml"
    path.write_text(
        head
        + "      - id: 1-1\n        title: 施策A\n        ownr: 総務課\n      - id: 1-2\n        title: 施策B\n        addresses: [dx/セキュリティ]\n",
        encoding="utf-8",
    )
    run = run_cli("lint", str(path))
    assert (
        "plan.yaml:13:9: DX102 エラー: 「policies の 1 番目（1）の measures の 1 番目（1-1）」に「ownr」という項目はありません（もしかして「owner」？）"
        in run.output
    )
    assert "plan.yaml:16:21: DX104" in run.output
    assert "Extra inputs" not in run.output
    path.write_text(
        head + "      - id: 1-1\n        title: 施策A\n        addresses: dx/telework\n        kpis:\n          name: 件数\n",
        encoding="utf-8",
    )
    codes = re.findall(r"plan\.yaml:(\d+):\d+: (DX\d+)", run_cli("lint", str(path)).output)
    assert ("13", "DX103") in codes, codes
    assert ("15", "DX103") in codes, codes


@pytest.mark.parametrize(
    ("body", "line"),
    [
        # a hostile review's: the slips are looked for only where a plan's key stands, never in a description's text —
        # its 字下げ in full-width spaces, its 「・目標：…」, a quoted value over two lines — where the mistake is elsewhere
        ("        description: |\n          \u3000町民の利用が多い手続です。\n        owner: 総務課: 情報係\n", 13),
        ("        description: |\n          ・目標： 令和10年度までに100手続\n         owner: 総務課\n", 13),
        ('        description: "町民の利用が多い手続を中心に\n          電子申請の対象を拡大します。"\n         owner: 総務課\n', 13),
    ],
)
def test_a_descriptions_text_is_not_blamed_for_a_mistake_below_it(tmp_path: Path, body: str, line: int) -> None:
    head = "version: 1\nmunicipality:\n  name: 上里町\n  prefecture: 埼玉県\nplan:\n  title: 上里町DX推進計画\npolicies:\n  - id: '1'\n    title: 方針\n    measures:\n      - id: 1-1\n        title: 電子申請の拡大\n"
    path = tmp_path / "plan.yaml"
    path.write_text(head + body, encoding="utf-8")
    run = run_cli("lint", str(path))
    assert f"plan.yaml:{line}:" not in run.output, run.output
    assert "全角" not in run.output, run.output
    assert "閉じられていません" not in run.output, run.output


def test_a_missing_file_and_an_unwritable_output_say_what_to_do_in_japanese(tmp_path: Path) -> None:
    """The fourth walkthrough: a file name one slip away got no 「もしかして」 (an item id's slip did), and a report that could
    not be written said the system's English inside a Japanese sentence (「（No such file or directory）」「（Is a directory）」)."""
    plan = tmp_path / "higashikawa.yaml"
    plan.write_text(MINIMAL_PLAN, encoding="utf-8")
    slip = run_cli("audit", str(tmp_path / "higashikwa.yaml"))
    assert slip.exit_code == 2
    assert f"（もしかして {tmp_path / 'higashikawa.yaml'}？）" in slip.output + slip.stderr
    assert "もしかして" not in (lambda r: r.output + r.stderr)(run_cli("audit", str(tmp_path / "nothing-like-it.yaml")))
    (tmp_path / "out").mkdir()
    for target, says in (
        (tmp_path / "out", "フォルダです。ファイル名を指定してください"),
        (tmp_path / "no" / "such" / "x.json", "そのフォルダがありません。先にフォルダを作るか"),
    ):
        run = run_cli("audit", str(plan), "-o", str(target))
        assert run.exit_code == 2, run.output
        assert says in run.stderr, run.stderr
        assert not any(english in run.stderr for english in ("Is a directory", "No such file")), run.stderr
    english = run_cli("audit", str(plan), "-o", str(tmp_path / "out"), "--lang", "en")
    assert "it is a folder; give a file name" in english.stderr


def test_a_period_written_as_a_range_and_an_id_without_its_framework_say_what_to_write(tmp_path: Path) -> None:
    """The fourth walkthrough: 「period: 令和7年度～令和11年度」 was told to be a mapping without naming start: and end:, and
    「addresses: [BPR]」 had no 「もしかして」 (「dx/telwork」 had)."""
    text = MINIMAL_PLAN.replace("  period:\n    start: R5\n    end: R7\n", "  period: 令和7年度～令和11年度\n").replace(
        "addresses: [dx/telework]", "addresses: [BPR]"
    )
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    run = run_cli("lint", str(path))
    assert run.exit_code == 1
    assert "（例: {start: 令和7年度, end: 令和11年度}。書ける項目: start, end" in run.output, run.output
    assert "「BPR」は項目 ID の形" in run.output, run.output
    assert "もしかして「kanmin/bpr / dx/bpr」？" in run.output, run.output
