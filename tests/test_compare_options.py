"""What compare (and the other report commands) did in silence with an option or an output it could not
use, found by a review of the exports: each is now said, with exit 2, or said on stderr and done."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import PLANS, run_cli


@pytest.mark.parametrize(
    ("command", "name"), [("compare", "比較.xslx"), ("compare", "x.sarif"), ("audit", "report.jsno"), ("lint", "x.docx")]
)
def test_an_output_whose_extension_names_no_format_is_refused(tmp_path: Path, command: str, name: str) -> None:
    """`-o 比較.xslx` (a slip for a format's extension) or another command's extension wrote the terminal's
    table under that name."""
    target = tmp_path / name
    run = run_cli(command, str(PLANS / "eniwa.yaml"), "-o", str(target))
    assert run.exit_code == 2
    assert f"拡張子（{target.suffix}）からは {command} の形式がわかりません。--format で指定してください" in run.stderr
    assert not target.exists()
    # a name the terminal's text may have, and --format with any name, are written
    assert run_cli(command, str(PLANS / "eniwa.yaml"), "-o", str(tmp_path / "report.txt")).exit_code in (0, 1)
    assert (tmp_path / "report.txt").read_text(encoding="utf-8")
    assert run_cli(command, str(PLANS / "eniwa.yaml"), "--format", "json", "-o", str(tmp_path / "report.foo")).exit_code in (0, 1)


@pytest.mark.parametrize(("command", "name"), [("compare", "比較.pdf"), ("audit", "報告.PDF"), ("compare", "比較.xls")])
def test_an_output_named_as_a_file_dxcheck_does_not_write_is_refused(tmp_path: Path, command: str, name: str) -> None:
    """`-o 比較.pdf` wrote the terminal's table as text under a PDF's name, exit 0, and the next `compare --documents`
    of the folder refused it as a broken PDF (the third walkthrough)."""
    target = tmp_path / name
    run = run_cli(command, str(PLANS / "eniwa.yaml"), "-o", str(target), env={"DXCHECK_LANG": ""})
    assert run.exit_code == 2
    assert f"（{target.suffix.lower()}）を書きません" in run.stderr, run.stderr
    assert "docx" in run.stderr
    assert not target.exists()


def test_a_dated_or_numbered_output_name_is_the_default_format_and_a_space_or_a_dot_name_its_extension(tmp_path: Path) -> None:
    """Names with another dot wrote the terminal's table before, and must still (the first version of the
    rule above refused them: found by a hostile try); `比較.xlsx ` and a file named `.xlsx` are workbooks."""
    for name in ("比較.2026-12-07", "report.v2", "report.txt"):
        assert run_cli("compare", str(PLANS), "-o", str(tmp_path / name)).exit_code == 0, name
        assert "自治体の比較" in (tmp_path / name).read_text(encoding="utf-8")
    for name in ("比較.xlsx ", ".xlsx"):
        assert run_cli("compare", str(PLANS), "-o", str(tmp_path / name)).exit_code == 0, name
        assert (tmp_path / name).read_bytes().startswith(b"PK")


def test_csv_options_with_another_format_are_refused(tmp_path: Path) -> None:
    for options, said in (
        (["--long", "--format", "json"], "--long は CSV のときだけ使えます（--format json）"),
        (["--encoding", "cp932", "-o", str(tmp_path / "c.xlsx")], "--encoding cp932 は CSV のときだけ使えます（--format xlsx）"),
    ):
        run = run_cli("compare", str(PLANS), *options)
        assert run.exit_code == 2, options
        assert said in run.stderr
    assert not (tmp_path / "c.xlsx").exists()
    typed = run_cli("compare", str(PLANS), "--encoding", "utf-8-sig", "--format", "json")  # the default's name, typed
    assert typed.exit_code == 2
    assert "--encoding utf-8-sig は CSV のときだけ使えます（--format json）" in typed.stderr
    assert run_cli("compare", str(PLANS), "--format", "json").exit_code == 0
    assert run_cli("compare", str(PLANS), "--long", "--encoding", "cp932", "-o", str(tmp_path / "c.csv")).exit_code == 0


def test_two_editions_of_one_framework_are_refused() -> None:
    """`--edition dx=2.3 --edition dx=1.0`: the last one won, unsaid."""
    run = run_cli("compare", str(PLANS), "--edition", "dx=2.3", "--edition", "dx=1.0")
    assert run.exit_code == 2
    assert "--edition が dx に 2 つの版（2.3、1.0）を指定しています。1 つにしてください" in run.stderr
    assert run_cli("compare", str(PLANS), "--edition", "dx=2.3", "--edition", "dx=2.3").exit_code == 0


def test_plans_in_subfolders_are_said_to_be_passed_over(tmp_path: Path) -> None:
    """A directory means its own plans: towns kept by prefecture (北海道/, 青森県/) were not compared, in silence."""
    for folder, plan in (("", "furano.yaml"), ("北海道", "eniwa.yaml"), ("北海道", "ashibetsu.yaml"), ("埼玉県", "kamisato.yaml")):
        (tmp_path / folder).mkdir(exist_ok=True)
        shutil.copy(PLANS / plan, tmp_path / folder / plan)
    run = run_cli("compare", str(tmp_path), "--format", "json")
    assert run.exit_code == 0
    assert f"サブフォルダの計画 3 件は比較していません（{tmp_path / '北海道'} など 2 フォルダ）" in run.stderr
    assert (
        f"含めるにはそのフォルダも指定してください（dxcheck compare {tmp_path} {tmp_path / '北海道'} {tmp_path / '埼玉県'}）" in run.stderr
    )
    (tmp_path / "埼玉県" / "KAMI.YML").write_bytes((PLANS / "kamisato.yaml").read_bytes())  # any case, .yml: counted
    (tmp_path / "link").symlink_to(tmp_path / "北海道")  # the same folder twice: counted once
    assert "サブフォルダの計画 4 件" in run_cli("compare", str(tmp_path)).stderr
    (tmp_path / "埼玉県" / "KAMI.YML").unlink()
    (tmp_path / "link").unlink()
    assert run.output.count('"file":') == 1
    every = run_cli("compare", f"{tmp_path}/**/*.yaml", "--format", "json")
    assert every.output.count('"file":') == 4
    assert "サブフォルダ" not in every.stderr
    named = run_cli("compare", str(tmp_path), str(tmp_path / "北海道"), str(tmp_path / "埼玉県"), "--format", "json")
    assert "サブフォルダ" not in named.stderr
    (tmp_path / "furano.yaml").unlink()
    empty = run_cli("compare", str(tmp_path))  # nothing at the top: the subfolders are said before the error
    assert empty.exit_code == 2
    assert empty.stderr.index("サブフォルダの計画 3 件") < empty.stderr.index("比較する計画ファイルがありません")


def test_two_documents_that_name_no_town_and_share_a_file_name_are_told_apart(tmp_path: Path) -> None:
    """A draft read from a document whose cover names no town is named by its file; two such files named
    plan.txt in two folders were two identical rows (found by a hostile try): they are named by their paths."""
    from conftest import ROOT

    text = (ROOT / "tests" / "data" / "import_blind" / "doc01.txt").read_text(encoding="utf-8").replace("北見沢町", "")
    for folder, extra in (("a", ""), ("b", "\n")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "plan.txt").write_text(text + extra, encoding="utf-8")
    table = run_cli("compare", str(tmp_path / "a" / "plan.txt"), str(tmp_path / "b" / "plan.txt"), env={"COLUMNS": "300"}).output
    assert f" {tmp_path / 'a' / 'plan.txt'} " in table
    assert f" {tmp_path / 'b' / 'plan.txt'} " in table
    alone = run_cli("compare", str(tmp_path / "a" / "plan.txt"), str(PLANS / "eniwa.yaml"), env={"COLUMNS": "300"}).output
    assert " plan.txt " in alone  # its file's name, when no other file has it
