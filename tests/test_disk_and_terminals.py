"""Nothing lost on disk, and terminals that are not UTF-8."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLE_PLANS, PLANS, run_cli


def _fail_rename(monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(src: str, dst: str) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "replace", interrupted)


@pytest.mark.parametrize(
    "args",
    [
        ["audit", str(PLANS / "eniwa.yaml"), "--format", "json"],
        ["audit", str(PLANS / "eniwa.yaml"), "--format", "xlsx"],
        ["compare", str(PLANS), "--format", "csv"],
        ["compare", str(PLANS), "--format", "html"],
        ["lint", str(PLANS), "--format", "sarif"],
    ],
    ids=["audit-json", "audit-xlsx", "compare-csv", "compare-html", "lint-sarif"],
)
def test_an_interrupted_export_leaves_the_old_file(args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "report.out"
    out.write_bytes(b"the previous report")
    _fail_rename(monkeypatch)
    run = run_cli(*args, "-o", str(out))
    assert run.exit_code == 2
    assert "書き込めません" in run.stderr
    assert out.read_bytes() == b"the previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.out"]


def test_an_interrupted_init_leaves_nothing_half_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fail_rename(monkeypatch)

    def interrupted(src: str, dst: str) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "link", interrupted)  # init links its file into place (dxcheck.files.atomic.create_new)
    run = run_cli("init", "-o", str(tmp_path / "plan.yaml"))
    assert run.exit_code == 2
    assert list(tmp_path.iterdir()) == []


def test_an_output_that_cannot_be_written_is_a_clear_error(tmp_path: Path) -> None:
    run = run_cli("audit", str(PLANS / "eniwa.yaml"), "--format", "json", "-o", str(tmp_path / "no-such-dir" / "a.json"))
    assert run.exit_code == 2
    assert "書き込めません" in run.stderr
    directory = run_cli("audit", str(PLANS / "eniwa.yaml"), "--format", "json", "-o", str(tmp_path))
    assert directory.exit_code == 2


def test_lint_audit_compare_explain_never_change_their_input(tmp_path: Path) -> None:
    copies = []
    for plan in EXAMPLE_PLANS:
        copy = tmp_path / plan.name
        copy.write_bytes(plan.read_bytes())
        copies.append(copy)
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in copies}
    for copy in copies:
        for args in (
            ["lint", str(copy)],
            ["audit", str(copy)],
            ["audit", str(copy), "-f", "xlsx", "-o", str(tmp_path / "x.xlsx")],
            ["explain", "dx/online", str(copy)],
        ):
            run_cli(*args)
    run_cli("compare", str(tmp_path), "-f", "html", "-o", str(tmp_path / "c.html"))
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in copies} == before


def _dxcheck() -> str:
    return str(Path(sys.executable).parent / "dxcheck")


@pytest.mark.parametrize("encoding", ["ascii", "cp932"])
def test_a_terminal_that_is_not_utf8_gets_replacements_never_a_crash(encoding: str, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    env.pop("DXCHECK_LANG", None)
    for args in (
        ["lint", str(PLANS)],
        ["audit", str(PLANS / "kamisato.yaml")],
        ["compare", str(PLANS)],
        ["explain", "dx/telework"],
        ["frameworks"],
    ):
        done = subprocess.run([_dxcheck(), *args], capture_output=True, env=env, check=False)
        assert done.returncode in (0, 1), done.stderr
        assert b"Traceback" not in done.stdout + done.stderr
        done.stdout.decode(encoding)  # what reached the terminal is in its encoding
    # JSON on such a stream keeps every character, as \\u escapes.
    as_json = subprocess.run([_dxcheck(), "audit", str(PLANS / "kamisato.yaml"), "-f", "json"], capture_output=True, env=env, check=False)
    assert json.loads(as_json.stdout.decode("ascii"))["plan"]["municipality"] == "上里町"
    # Files are UTF-8 whatever the terminal.
    out = tmp_path / "a.md"
    subprocess.run([_dxcheck(), "audit", str(PLANS / "kamisato.yaml"), "-f", "markdown", "-o", str(out)], env=env, check=False)
    assert "上里町" in out.read_text(encoding="utf-8")
