"""Usage errors as a new user meets them: in Japanese unless English is asked for, in dxcheck's own
words (not click's, typer's or pydantic's), with the usage and where to find help; exit 2, never a
traceback. The language comes from --lang or DXCHECK_LANG even when the error stops the parsing
before --lang is read.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import MINIMAL_PLAN, PLANS, run_cli

K = str(PLANS / "kamisato.yaml")

# arguments → (words the Japanese message must hold, words the English one must hold)
CASES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "not a number": (["audit", K, "--min-score", "abc"], ["--min-score", "「abc」", "数値"], ["--min-score", "'abc'", "not a number"]),
    "out of range": (["audit", K, "--min-score", "101"], ["--min-score", "「101」", "0〜100"], ["--min-score", "'101'", "0 to 100"]),
    "below the minimum": (["compare", str(PLANS), "--jobs", "0"], ["--jobs", "「0」", "1 以上"], ["--jobs", "'0'", "1 or more"]),
    "invalid choice": (
        ["audit", K, "--fail-on", "sometimes"],
        ["--fail-on", "「sometimes」", "missing、partial、never"],
        ["--fail-on", "'sometimes'", "missing, partial, never"],
    ),
    "invalid format": (["lint", "--format", "xml", K], ["--format", "「xml」", "sarif"], ["--format", "'xml'", "sarif"]),
    "invalid argument choice": (["schema", "plans"], ["「plans」", "plan、framework"], ["'plans'", "plan, framework"]),
    "no such option": (["audit", K, "--no-such-option"], ["--no-such-option", "ありません"], ["no such option", "--no-such-option"]),
    "no such option, with a suggestion": (["audit", K, "--ignor", "DX101"], ["--ignor", "--ignore"], ["--ignor", "did you mean --ignore"]),
    "an option without its value": (["audit", K, "--min-score"], ["--min-score", "値"], ["--min-score", "needs a value"]),
    "missing argument": (["audit"], ["PLAN...", "指定してください"], ["missing", "PLAN..."]),
    "missing argument of a subcommand": (["frameworks", "show"], ["ID", "指定してください"], ["missing", "ID"]),
    "unexpected extra argument": (["explain", "dx/telework", K, "extra"], ["「extra」", "余分"], ["unexpected", "'extra'"]),
    "no such command, with a suggestion": (["adit", K], ["「adit」", "audit"], ["no such command", "'adit'", "did you mean audit"]),
    "no such subcommand": (["frameworks", "shwo", "dx"], ["「shwo」", "show"], ["no such command", "'shwo'", "did you mean show"]),
}
ENGLISH_OF_CLICK_AND_PYDANTIC = (
    "Invalid value",
    "Input should",
    "No such option",
    "Missing argument",
    "Got unexpected",
    "Try '",
    "Usage:",
    "Error",
)


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_usage_error_is_in_japanese_by_default(case: str) -> None:
    args, japanese, _ = CASES[case]
    run = run_cli(*args, env={"DXCHECK_LANG": "", "NO_COLOR": "1", "COLUMNS": "80"})
    assert run.exit_code == 2
    assert run.output == ""
    for words in japanese:
        assert words in run.stderr, f"{words!r} not in:\n{run.stderr}"
    for english in ENGLISH_OF_CLICK_AND_PYDANTIC:
        assert english not in run.stderr, f"{english!r} in:\n{run.stderr}"
    assert "使い方: dxcheck" in run.stderr
    assert "-h" in run.stderr.splitlines()[-1]  # where to find help


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_usage_error_is_in_english_with_lang_en(case: str) -> None:
    args, _, english = CASES[case]
    # --lang en after the mistake: the parser stopped before it, so it is read from the arguments
    # (after an option that wants a value, --lang would be that value: put it first there)
    args = [*args, "--lang", "en"] if args[-1] != "--min-score" else [args[0], "--lang", "en", *args[1:]]
    environment = {"DXCHECK_LANG": "", "NO_COLOR": "1", "COLUMNS": "80"}
    if args[0] == "schema":  # it has no --lang (its output is JSON): the environment says it
        args, environment = CASES[case][0], {**environment, "DXCHECK_LANG": "en"}
    run = run_cli(*args, env=environment)
    assert run.exit_code == 2
    for words in english:
        assert words in run.stderr, f"{words!r} not in:\n{run.stderr}"
    assert "Usage: dxcheck" in run.stderr
    assert "Input should" not in run.stderr
    assert "Value error" not in run.stderr
    assert not any("\u3040" <= char <= "\u30ff" for char in run.stderr), run.stderr  # no kana


@pytest.mark.parametrize("lang", [["--lang=en"], ["--lang", "en"]])
def test_the_language_option_is_read_from_the_arguments_before_it_is_parsed(lang: list[str]) -> None:
    run = run_cli("audit", *lang, "--min-score", "abc", K, env={"DXCHECK_LANG": ""})
    assert run.exit_code == 2
    assert "not a number" in run.stderr


def test_the_language_comes_from_dxcheck_lang_too() -> None:
    run = run_cli("audit", K, "--min-score", "abc", env={"DXCHECK_LANG": "en"})
    assert "not a number" in run.stderr
    run = run_cli("audit", K, "--min-score", "abc", "--lang", "ja", env={"DXCHECK_LANG": "en"})
    assert "数値" in run.stderr  # the option wins over the environment


def test_the_installed_script_reports_a_usage_error_in_japanese_without_a_traceback(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "dxcheck"
    env = {**os.environ, "DXCHECK_LANG": "", "NO_COLOR": "1"}
    for args in (["audit", K, "--min-score", "abc"], ["adit"], ["audit"], ["explain", "a", "b", "c"], ["frameworks", "show"]):
        done = subprocess.run([str(script), *args], capture_output=True, text=True, env=env, cwd=tmp_path, check=False)
        assert done.returncode == 2, (args, done.stderr)
        assert "Traceback" not in done.stderr
        assert "使い方" in done.stderr, (args, done.stderr)
    english = subprocess.run(
        [str(script), "audit", K, "--min-score", "abc"], capture_output=True, text=True, env={**env, "DXCHECK_LANG": "en"}, check=False
    )
    assert english.returncode == 2
    assert "not a number" in english.stderr


def test_no_arguments_still_shows_the_help() -> None:
    run = run_cli(env={"DXCHECK_LANG": ""})
    assert run.exit_code == 2
    assert "audit" in run.output
    assert "compare" in run.output


def test_config_speaks_japanese_by_default_and_english_when_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".dxcheck.toml").write_text('ignore = ["dx401"]\nmin-score = 50\n', encoding="utf-8")
    ja = run_cli("config", env={"DXCHECK_LANG": "", "COLUMNS": "80"})
    assert ja.exit_code == 0
    for words in ("設定", "値", "出どころ", "既定", "DX401"):
        assert words in ja.output, ja.output
    for english in ("setting", "source", "default", "['DX401']", "True"):
        assert english not in ja.output, ja.output
    en = run_cli("config", "--lang", "en", env={"DXCHECK_LANG": "", "COLUMNS": "80"})
    for words in ("setting", "value", "source", "default", "DX401"):
        assert words in en.output, en.output
    assert "['DX401']" not in en.output
    assert "既定" not in en.output


def test_a_wrong_language_from_the_environment_names_the_variable_and_an_option_before_its_command_says_where_it_goes() -> None:
    """`DXCHECK_LANG=fr dxcheck lint` blamed --lang, which the user never typed; `dxcheck --format json audit …` said only
    that there is no --format (the third walkthrough)."""
    env = run_cli("lint", str(PLANS / "eniwa.yaml"), env={"DXCHECK_LANG": "fr"})
    assert env.exit_code == 2
    assert "環境変数 DXCHECK_LANG に「fr」は使えません（ja、en のいずれか）" in env.stderr, env.stderr
    typed = run_cli("lint", "--lang", "fr", str(PLANS / "eniwa.yaml"), env={"DXCHECK_LANG": "fr"})
    assert "dxcheck: --lang に「fr」は使えません" in typed.stderr, typed.stderr
    before = run_cli("--format", "json", "audit", str(PLANS / "eniwa.yaml"), env={"DXCHECK_LANG": ""})
    assert before.exit_code == 2
    assert "--format はコマンドのオプションです。コマンドの後に書いてください（dxcheck audit --format …）" in before.stderr, before.stderr
    unknown = run_cli("--bogus", "audit", str(PLANS / "eniwa.yaml"), env={"DXCHECK_LANG": ""})
    assert "オプション --bogus はありません" in unknown.stderr


def test_a_file_named_docx_that_is_no_zip_is_said_in_japanese_only(tmp_path: Path) -> None:
    """zipfile's 「File is not a zip file」 stood in the Japanese message (the third walkthrough)."""
    broken = tmp_path / "壊れ.docx"
    broken.write_text("garbage\n", encoding="utf-8")
    ja = run_cli("audit", str(broken), env={"DXCHECK_LANG": ""})
    assert ja.exit_code == 2
    assert "Word 文書（.docx）が壊れているか、途中で切れています（zip として読めません）" in ja.output + ja.stderr
    assert "File is not a zip file" not in ja.output + ja.stderr
    en = run_cli("audit", str(broken), env={"DXCHECK_LANG": "en"})
    assert "File is not a zip file" in en.output + en.stderr


def test_a_broken_configuration_is_reported_in_one_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".dxcheck.toml").write_text("fail_on = 'never'\n", encoding="utf-8")
    ja = run_cli("config", env={"DXCHECK_LANG": ""})
    assert ja.exit_code == 2
    assert "不明な設定「fail_on」" in ja.stderr
    assert "unknown setting" not in ja.stderr
    en = run_cli("config", env={"DXCHECK_LANG": "en"})
    assert "unknown setting 'fail_on'" in en.stderr
    assert "不明" not in en.stderr


def test_what_is_said_before_the_configuration_is_read_is_in_the_language_of_lang(tmp_path: Path) -> None:
    # The configuration may name the language too, but it is found from the plans: until then, --lang (or DXCHECK_LANG).
    empty = run_cli("lint", str(tmp_path), "--lang", "en")
    assert empty.exit_code == 2
    assert empty.stderr.strip() == f"dxcheck: no plan files to lint (no *.yaml in {tmp_path})"
    edition = run_cli("audit", str(PLANS / "kamisato.yaml"), "--edition", "dx", "--lang", "en")
    assert edition.exit_code == 2
    assert "--edition takes FRAMEWORK=EDITION (dx=2.3): dx" in edition.stderr
    assert f"検査する計画ファイルがありません（「{tmp_path}」に *.yaml がありません）" in run_cli("lint", str(tmp_path)).stderr


def test_the_message_that_finds_no_plans_names_the_folders_and_puts_the_one_given_in_its_command(tmp_path: Path) -> None:
    """「計画ファイルがありません（*.yaml）」 did not say where it had looked; with several folders in a CI line the
    user had to guess which was empty. The command it suggests for a folder of documents names that folder, quoted
    for the shell when it must be."""
    folders = [tmp_path / name for name in ("北海道", "青森県", "岩手県", "宮城県")]
    for folder in folders:
        folder.mkdir()
    several = run_cli("compare", *(f"{folder}/" for folder in folders))
    assert several.exit_code == 2
    shown = "".join(f"「{folder}」" for folder in folders[:3])
    assert f"比較する計画ファイルがありません（{shown} ほか 1 件に *.yaml がありません）" in several.stderr
    spaced = tmp_path / "計画 書"
    spaced.mkdir()
    (spaced / "計画書.pdf").write_bytes(b"%PDF-1.4\n")
    held = run_cli("audit", str(spaced))
    assert held.exit_code == 2
    assert f"dxcheck audit '{spaced}'/計画書.pdf）。まとめて比べるには dxcheck compare --documents '{spaced}'" in held.stderr


def test_a_pattern_that_matches_no_plan_is_an_error_not_a_silent_pass(tmp_path: Path) -> None:
    """A newcomer's CI line 「dxcheck audit plans/eniwa.yaml "other/*.yaml"」 passed (exit 0) with other/
    empty: a pattern that matches nothing is named and is an error, as a missing file is."""
    for command in ("audit", "lint"):
        run = run_cli(command, str(PLANS / "eniwa.yaml"), str(tmp_path / "other" / "*.yaml"))
        assert run.exit_code == 2, (command, run.output, run.stderr)
        said = run.output + run.stderr
        assert "other/*.yaml: DX001" in said


def test_documents_beside_the_yaml_plans_are_said_to_be_passed_over(tmp_path: Path) -> None:
    """A newcomer kept 計画書.docx in plans/ beside the YAML plans: 「dxcheck audit plans/」 (the CI snippet)
    passed it over without a word. It is said, with how to audit it; a folder of documents only is an
    error that says how to read them."""
    import shutil

    folder = tmp_path / "plans"
    folder.mkdir()
    shutil.copy(PLANS / "eniwa.yaml", folder / "eniwa.yaml")
    (folder / "計画書.docx").write_bytes(b"PK")
    audit = run_cli("audit", str(folder))
    assert audit.exit_code == 0, audit.stderr
    assert "計画書（.docx・.pdf）1 件は監査していません" in audit.stderr
    assert "dxcheck audit 計画書.pdf" in audit.stderr
    lint = run_cli("lint", str(folder))
    assert "計画書（.docx・.pdf）1 件は検査していません" in lint.stderr
    (folder / "eniwa.yaml").unlink()
    alone = run_cli("audit", str(folder))
    assert alone.exit_code == 2
    assert "計画書（.docx・.pdf）が 1 件あります" in alone.stderr
    assert "compare --documents" in alone.stderr
    assert run_cli("audit", str(PLANS)).stderr == ""  # no document: nothing said


@pytest.mark.parametrize(
    ("text", "where", "words"),
    [
        # the commonest mistake, a colon in a title: libyaml says "… in this context", which was left in English
        ("version: 1\nplan:\n  title: 計画: 第2次\n", "3:12", "ここに「キー: 値」は書けません"),
        ("version: 1\naddresses: [a, b\nx: 1\n", "3:2", "閉じ括弧「]」がありません"),
        ("version: 1\nplan: @x\n", "2:7", "値の始めに使えない文字があります"),
        ("version: 1\nplan:\n  title: a\n  - b\n", "4:3", "キーがあるべき位置です"),
    ],
)
def test_a_yaml_mistake_is_said_in_japanese_at_its_place(tmp_path: Path, text: str, where: str, words: str) -> None:
    plan = tmp_path / "p.yaml"
    plan.write_text(text, encoding="utf-8")
    run = run_cli("lint", str(plan))
    assert run.exit_code == 1
    line = next(line for line in run.output.splitlines() if "DX003" in line)
    assert line.startswith(f"{plan}:{where}: DX003 エラー: YAML の構文誤り: "), line
    assert words in line
    message = line.split("YAML の構文誤り: ", 1)[1]
    assert any(ord(ch) > 0x3000 for ch in message), f"left in English: {message}"


def test_the_commands_dxcheck_suggests_quote_a_name_the_shell_would_split(tmp_path: Path) -> None:
    """「次は: dxcheck lint 計画 フォルダ/plan.yaml」 pasted into a shell was two arguments (a new user's walkthrough):
    a name with a space or another character the shell reads is quoted; a Japanese name alone is shown as it is."""
    from dxcheck.model.message import shell_word

    assert shell_word("計画書.docx") == "計画書.docx"
    assert shell_word("計画 フォルダ/計画書.docx") == "'計画 フォルダ/計画書.docx'"
    assert shell_word("it's.yaml") == "'it'\"'\"'s.yaml'"
    assert shell_word("-plan.yaml") == "'-plan.yaml'"
    folder = tmp_path / "計画 フォルダ"
    folder.mkdir()
    made = run_cli("init", "-m", "恵庭市", "-o", str(folder / "plan.yaml"))
    assert made.exit_code == 0, made.stderr
    assert f"次は: dxcheck lint '{folder}/plan.yaml'" in made.output


def test_lint_and_audit_of_a_folder_say_the_plans_in_its_subfolders_and_a_missing_file_gets_no_advice_to_fix_it(tmp_path: Path) -> None:
    """`lint plans/` with the plans in plans/北海道/ said only 「計画ファイルがありません」 (compare named the subfolders);
    `audit nosuch.yaml` ended 「計画ファイルを直してください（dxcheck lint で確認できます）」, for a file that is not there."""
    folder = tmp_path / "plans"
    (folder / "北海道").mkdir(parents=True)
    (folder / "北海道" / "p.yaml").write_text(MINIMAL_PLAN, encoding="utf-8")
    for command, done in (("lint", "検査して"), ("audit", "監査して")):
        run = run_cli(command, str(folder))
        assert run.exit_code == 2
        assert f"サブフォルダの計画 1 件は{done}いません（{folder}/北海道）。含めるにはそのフォルダも指定してください" in run.stderr
        assert f"（dxcheck {command} {folder} {folder}/北海道）" in run.stderr
    missing = run_cli("audit", str(tmp_path / "nosuch.yaml"))
    assert missing.exit_code == 2
    assert "監査できません: ファイルを読めません" in missing.stderr
    assert "計画ファイルを直してください" not in missing.stderr
