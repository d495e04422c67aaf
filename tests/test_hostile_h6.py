"""A hostile review of the seventeenth session's changes (docs/hostile-input.md): each case was wrong in the reviewed
code and is read, said or written as the reviewer expected now."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import MINIMAL_PLAN, PLANS, run_cli


def test_a_lead_is_kept_only_when_it_is_the_one_sentence_right_before_its_list() -> None:
    """The first draft put the last sentence announcing a list right before the measure's list, wherever it stood: 「以下の
    取組は当面実施しません。」 of a second list led the first one, and dx/ai-rpa read covered turned missing."""
    from ruamel.yaml import YAML

    from dxcheck.importer import import_text

    def described(body: str) -> str:
        text = (
            "潮見町DX推進計画\n\n第1章 施策\n\n基本方針1 便利な町\n\n(1) 業務の効率化\n\n"
            + body
            + "\n\n(2) テレワークの推進\n\n職員のテレワークを全庁で進めます。\n"
        )
        plan = YAML(typ="safe").load(import_text(text).yaml)
        return str(plan["policies"][0]["measures"][0].get("description", ""))

    two = described("以下の取組を進めます。\n\n・RPAの導入\n\n以下の取組は当面実施しません。\n\n・AI議事録の導入")
    assert "当面実施しません" not in two, two
    one = described("RPAの導入を進めます。\n\n主な取組は次のとおりです。\n\n・RPAの導入\n\n・AI-OCRの導入")
    assert "主な取組は次のとおりです。\n・RPAの導入" in one.replace(" ", ""), one


def test_a_full_width_space_after_a_colon_inside_a_block_is_text(tmp_path: Path) -> None:
    """「owner:　住民課」 as a line of a 「|」 block is text: the mistake the parser stopped at is on another line, and was
    blamed on the block's line."""
    path = tmp_path / "plan.yaml"
    path.write_text(
        MINIMAL_PLAN.replace(
            "  title: テスト計画\n", "  title: テスト計画\n  note: |\n    owner:\u3000住民課 と書きます\n    一行目\n  stage draft\n"
        ),
        encoding="utf-8",
    )
    run = run_cli("lint", str(path))
    assert run.exit_code == 1
    assert "全角スペース" not in run.output, run.output
    assert "plan.yaml:11:" in run.output or "plan.yaml:12:" in run.output, run.output


def test_a_prefecture_without_its_suffix_is_the_prefecture_it_names(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(MINIMAL_PLAN.replace('  prefecture: 北海道\n  code: "012319"\n', "  prefecture: 京都\n"), encoding="utf-8")
    run = run_cli("lint", str(path))
    assert "DX416" in run.output, run.output
    assert "もしかして「京都府」？" in run.output, run.output


def test_the_period_example_is_given_only_for_years_a_plan_can_write(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    for written, example in (
        ("2025-2029", "{start: 2025, end: 2029}"),
        ("2025年4月1日～2030年3月31日", None),
        ("令和7年度から令和11年度（5年間）", None),
    ):
        path.write_text(MINIMAL_PLAN.replace("  period:\n    start: R5\n    end: R7\n", f"  period: {written}\n"), encoding="utf-8")
        run = run_cli("lint", str(path))
        assert "書ける項目: start, end" in run.output, (written, run.output)
        assert (example in run.output) if example else ("例: {" not in run.output), (written, run.output)


def test_init_says_what_stands_in_its_way_in_japanese(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("", encoding="utf-8")
    run = run_cli("init", "-o", str(tmp_path / "afile" / "x.yaml"))
    assert run.exit_code == 2
    assert "同じ名前のファイルがあります" in run.stderr, run.stderr
    assert "File exists" not in run.stderr


def test_the_explain_an_annotation_points_to_reads_as_the_audit_did(tmp_path: Path) -> None:
    """The command at the end of an annotation dropped --no-infer and --edition: it exited 2, or showed ● where the
    annotation said ○."""
    plan = PLANS / "kamisato.yaml"
    run = run_cli("audit", str(plan), "--format", "github", "--no-infer", "--edition", "dx=1.0")
    line = next(line for line in run.output.splitlines() if "title=DX501" in line)
    assert f"dxcheck explain dx/ai-rpa {plan} --no-infer --edition 'dx=1.0'" in line, line
    against = run_cli("audit", str(plan), "--format", "github", "--against", "dx@2.3")
    pointed = [line for line in against.output.splitlines() if "dxcheck explain" in line]
    assert pointed
    assert all("--edition dx=2.3" in line or "--edition 'dx=2.3'" in line for line in pointed), pointed


def test_an_annotation_of_a_plan_read_from_a_document_names_no_yaml_field(tmp_path: Path) -> None:
    document = tmp_path / "plan.txt"
    document.write_text(
        "潮見町DX推進計画\n\n計画期間 令和8年度から令和12年度まで\n\n第1章 施策\n\n基本方針1 便利な町\n\n"
        "(1) 行政手続のオンライン化\n\n子育て関係の手続をオンライン化します。\n\n(2) テレワークの推進\n\n職員のテレワークを全庁で進めます。\n",
        encoding="utf-8",
    )
    run = run_cli("audit", str(document), "--format", "github")
    said = [line for line in run.output.splitlines() if "title=DX540" in line or "title=DX501" in line]
    assert said, run.output
    assert not any("plan.governance" in line or "exemptions" in line for line in said), said


def test_a_plan_in_a_folder_that_cannot_be_searched_is_said_not_an_internal_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked" / "plan.yaml"

    def denied(self: Path) -> bool:
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return False

    monkeypatch.setattr(Path, "is_dir", denied)  # root can search any folder: the denial is stood in for
    run = run_cli("lint", str(locked))
    assert run.exit_code == 2, run.output + run.stderr
    assert "内部エラー" not in run.output + run.stderr
    assert "DX001" in run.output + run.stderr


def test_the_bar_in_the_summary_line_names_the_score_the_line_shows() -> None:
    run = run_cli("audit", str(PLANS / "kamisato.yaml"), "--require-procedures", "--min-score", "60", "--summary")
    assert "総合 56.2" not in run.output, run.output
    data = json.loads(run_cli("audit", str(PLANS / "kamisato.yaml"), "--require-procedures", "--format", "json").output)
    assert f"総合 {data['overall_score']:g} 点が基準 60 点に届きません" in run.output, run.output
