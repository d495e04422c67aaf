"""The file layer: encodings, missing files, directories, empty and non-mapping documents."""

from __future__ import annotations

from pathlib import Path

from conftest import MINIMAL_PLAN, run_cli


def test_missing_file_exits_2_with_a_clear_message(tmp_path: Path) -> None:
    missing = tmp_path / "nai.yaml"
    run = run_cli("lint", str(missing))
    assert run.exit_code == 2
    assert f"{missing}: DX001 エラー: ファイルがありません" in run.output


def test_utf8_with_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + MINIMAL_PLAN.encode("utf-8"))
    run = run_cli("lint", str(path))
    assert run.exit_code == 0, run.output


def test_shift_jis_is_refused_naming_the_encoding_the_fix_and_the_first_bad_byte(tmp_path: Path) -> None:
    path = tmp_path / "sjis.yaml"
    text = MINIMAL_PLAN.replace("テスト計画", "髙橋①計画")
    path.write_bytes(text.encode("cp932"))
    run = run_cli("lint", str(path))
    assert run.exit_code == 1
    line = next(line for line in run.output.splitlines() if "DX002" in line)
    # The first non-ASCII byte is 恵 on line 3, after "  name: ".
    assert line.startswith(f"{path}:3:9: DX002 エラー:")
    assert "Shift_JIS（CP932）" in line
    assert "iconv -f CP932 -t UTF-8" in line
    assert "メモ帳" in line


def test_utf16_is_refused(tmp_path: Path) -> None:
    for name, encoding in (("bom16.yaml", "utf-16"), ("le16.yaml", "utf-16-le")):
        path = tmp_path / name
        path.write_bytes(MINIMAL_PLAN.encode(encoding))
        run = run_cli("lint", str(path))
        assert run.exit_code == 1
        assert "UTF-16" in run.output


def test_a_directory_lints_every_plan_inside(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(MINIMAL_PLAN, encoding="utf-8")
    (tmp_path / "b.yml").write_text(MINIMAL_PLAN, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a plan", encoding="utf-8")
    run = run_cli("lint", str(tmp_path))
    assert run.exit_code == 0
    assert "2 ファイルを検査" in run.output


def test_empty_file_comment_only_list_and_scalar_are_not_plans(tmp_path: Path) -> None:
    for name, text, kind in (
        ("empty.yaml", "", "空"),
        ("comments.yaml", "# only a comment\n", "空"),
        ("list.yaml", "- a\n- b\n", "リスト"),
        ("scalar.yaml", "just text\n", "値ひとつ"),
    ):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        run = run_cli("lint", str(path))
        assert run.exit_code == 1, name
        assert f"{path}:1:1: DX006 エラー: 計画として読めません（最上位が{kind}です）" in run.output


def test_lint_never_changes_the_input(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(MINIMAL_PLAN.replace("R7", "R3"), encoding="utf-8")
    before = path.read_bytes(), path.stat().st_mtime_ns
    run_cli("lint", str(path))
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_no_argument_and_bad_option_exit_2() -> None:
    assert run_cli("lint").exit_code == 2
    assert run_cli("lint", "--format", "xml", "x.yaml").exit_code == 2


def test_a_plan_file_is_read_whole_up_to_the_limit_and_no_further(tmp_path: Path) -> None:
    # Read in pieces of about the file's size (a buffer of the whole 16 MiB limit was made for every
    # plan): a file of several pieces is read to its end, and no byte past the limit is read.
    from dxcheck.files.source import MAX_PLAN_BYTES, read_plan_bytes

    plan = tmp_path / "plan.yaml"
    body = ("# " + "あ" * 40 + "\n").encode() * 3000  # 363 KB: more than one piece of 64 KiB
    plan.write_bytes(body)
    assert read_plan_bytes(plan, "plan.yaml", MAX_PLAN_BYTES + 1) == body
    assert read_plan_bytes(plan, "plan.yaml", 100_001) == body[:100_001]
    assert read_plan_bytes(plan, "plan.yaml", 0) == b""
    huge = tmp_path / "huge.yaml"
    huge.write_bytes(b"#" * (MAX_PLAN_BYTES + 10) + b"\n")
    assert len(read_plan_bytes(huge, "huge.yaml", MAX_PLAN_BYTES + 1)) == MAX_PLAN_BYTES + 1
    done = run_cli("lint", str(huge))
    assert done.exit_code == 1
    assert "DX" in done.output + done.stderr
