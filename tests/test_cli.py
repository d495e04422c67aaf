"""The command line as a user meets it: help, version, and the installed console script."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import EXAMPLE_PLANS, ROOT, run_cli
from dxcheck import __version__


def test_version() -> None:
    run = run_cli("--version")
    assert run.exit_code == 0
    assert run.output.strip() == f"dxcheck {__version__}"


@pytest.mark.parametrize("command", [[], ["lint"], ["frameworks"], ["frameworks", "show"], ["schema"], ["rules"]])
def test_every_command_has_help(command: list[str]) -> None:
    run = run_cli(*command, "--help", env={"DXCHECK_LANG": ""})
    assert run.exit_code == 0
    assert "使い方: dxcheck" in run.output
    assert "Usage: dxcheck" in run_cli(*command, "--help", env={"DXCHECK_LANG": "en"}).output


def _installed_dxcheck() -> str:
    script = Path(sys.executable).parent / "dxcheck"
    found = str(script) if script.exists() else shutil.which("dxcheck")
    if not found:
        pytest.fail("the dxcheck console script is not installed next to this Python: run `pip install .` first")
    return found


def test_installed_console_script_works_from_another_directory(tmp_path: Path) -> None:
    dxcheck = _installed_dxcheck()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "DXCHECK_LANG")}
    plan = EXAMPLE_PLANS[0]
    lint = subprocess.run([dxcheck, "lint", str(plan)], cwd=tmp_path, capture_output=True, text=True, env=env, check=False)
    assert lint.returncode == 0, lint.stdout + lint.stderr
    assert "エラー 0 件" in lint.stdout
    shown = subprocess.run(
        [dxcheck, "frameworks", "show", "dx", "--format", "json"], cwd=tmp_path, capture_output=True, text=True, env=env, check=False
    )
    assert shown.returncode == 0
    assert '"dx/telework"' in shown.stdout
    missing = subprocess.run([dxcheck, "lint", "nai.yaml"], cwd=tmp_path, capture_output=True, text=True, env=env, check=False)
    assert missing.returncode == 2
    assert "Traceback" not in missing.stdout + missing.stderr


def test_the_installed_script_exits_with_every_exit_code_and_all_its_output(tmp_path: Path) -> None:
    # The console script ends with os._exit after flushing (dxcheck.main.finish): the exit codes
    # and the whole of a long output must still come through, to a pipe and to a reader that leaves.
    dxcheck = _installed_dxcheck()
    audit = subprocess.run([dxcheck, "audit", str(EXAMPLE_PLANS[0]), "--format", "json"], capture_output=True, check=False)
    assert audit.returncode in (0, 1)
    assert audit.stdout.rstrip().endswith(b"}")
    assert len(audit.stdout) > 50_000
    assert audit.stderr == b""
    usage = subprocess.run([dxcheck, "audit", "--no-such-option"], capture_output=True, text=True, check=False)
    assert usage.returncode == 2
    assert "オプション --no-such-option はありません" in usage.stderr
    reader = subprocess.Popen([dxcheck, "compare", str(ROOT / "plans"), "--format", "json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert reader.stdout is not None
    assert reader.stderr is not None
    reader.stdout.read(10)
    reader.stdout.close()  # the reader leaves early, as `| head` does
    assert reader.wait(timeout=60) in (0, 1)
    assert b"Traceback" not in reader.stderr.read()


def test_the_wheel_ships_frameworks_and_schemas(tmp_path: Path) -> None:
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = tmp_path.glob("dxcheck-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for expected in (
        "dxcheck/frameworks/kanmin.yaml",
        "dxcheck/frameworks/dx@1.0.yaml",
        "dxcheck/frameworks/dx@2.3.yaml",
        "dxcheck/frameworks/standard-systems@2024-12-24.yaml",
        "dxcheck/frameworks/convenience@2022-09-02.yaml",
        "dxcheck/frameworks/procedures.yaml",
        "dxcheck/schemas/plan.schema.json",
    ):
        assert expected in names


def test_docs_rules_md_is_generated_from_the_catalogue() -> None:
    run = run_cli("rules", "--format", "markdown")
    assert run.exit_code == 0
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == run.output, "run: dxcheck rules --format markdown > docs/rules.md"


def test_rules_explains_one_code() -> None:
    run = run_cli("rules", "DX301", "--format", "json")
    assert run.exit_code == 0
    assert '"code": "DX301"' in run.output
    assert run_cli("rules", "DX999").exit_code == 2


def test_the_output_file_extension_chooses_the_format_and_a_mismatch_is_refused(tmp_path: Path) -> None:
    workbook = tmp_path / "比較.xlsx"
    run = run_cli("compare", str(ROOT / "plans"), "-o", str(workbook))
    assert run.exit_code == 0, run.stderr
    assert zipfile.is_zipfile(workbook)  # an Excel file, not the terminal table in a file named .xlsx
    page = tmp_path / "report.md"
    assert run_cli("audit", str(EXAMPLE_PLANS[0]), "-o", str(page)).exit_code in (0, 1)
    assert page.read_text(encoding="utf-8").startswith("# ")
    clash = run_cli("audit", str(EXAMPLE_PLANS[0]), "--format", "json", "-o", str(tmp_path / "x.xlsx"))
    assert clash.exit_code == 2
    assert "拡張子" in clash.stderr
    assert not (tmp_path / "x.xlsx").exists()
    sarif = tmp_path / "results.json"
    assert run_cli("lint", str(EXAMPLE_PLANS[0]), "--format", "sarif", "-o", str(sarif)).exit_code == 0  # SARIF is JSON
    assert '"version": "2.1.0"' in sarif.read_text(encoding="utf-8")


def test_audit_takes_a_directory_like_the_other_commands() -> None:
    import json

    run = run_cli("audit", str(ROOT / "plans"), "--format", "json")
    assert run.exit_code == 1  # three of the four plans miss required items
    assert [t["municipality"] for t in json.loads(run.output)["towns"]] == ["芦別市", "恵庭市", "富良野市", "上里町"]


def test_a_format_the_command_cannot_write_is_a_usage_error() -> None:
    run = run_cli("lint", str(EXAMPLE_PLANS[0]), "--format", "xlsx")
    assert run.exit_code == 2
    assert "xlsx" in run.stderr
