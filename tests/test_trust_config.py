"""Trust (issue 25, item 3): no pass from a stranger's configuration file, no read error ignored, and
the configuration in use named in every machine format.

Each test was seen failing with its fix undone. Another user is a uid given to chown (CI runs as root).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from fault_helpers import ROOT_USER

from conftest import MINIMAL_PLAN, run_cli

NEVER_FAIL = 'fail-on = "never"\n'


def _project(root: Path) -> Path:
    """A plan that fails its audit (required items missing), in root/repo/plans."""
    plans = root / "repo" / "plans"
    plans.mkdir(parents=True)
    plan = plans / "plan.yaml"
    plan.write_text(MINIMAL_PLAN, encoding="utf-8")
    return plan


# --- where discovery stops -------------------------------------------------------------------------------


def test_a_configuration_above_the_repository_root_is_not_used(tmp_path: Path) -> None:
    plan = _project(tmp_path)
    (tmp_path / ".dxcheck.toml").write_text(NEVER_FAIL, encoding="utf-8")
    assert run_cli("audit", str(plan)).exit_code == 0  # without a repository, the parent's file is found …
    (tmp_path / "repo" / ".git").mkdir()
    assert run_cli("audit", str(plan)).exit_code == 1  # … and not above the repository's root
    (tmp_path / "repo" / ".git").rmdir()
    (tmp_path / "repo" / ".git").write_text("gitdir: /elsewhere\n", encoding="utf-8")  # a worktree's .git is a file
    assert run_cli("audit", str(plan)).exit_code == 1


def test_the_repository_roots_own_configuration_is_used(tmp_path: Path) -> None:
    plan = _project(tmp_path)
    (tmp_path / "repo" / ".git").mkdir()
    (tmp_path / "repo" / ".dxcheck.toml").write_text(NEVER_FAIL, encoding="utf-8")
    assert run_cli("audit", str(plan)).exit_code == 0


def test_a_configuration_in_a_directory_of_another_owner_is_not_used(tmp_path: Path) -> None:
    if not ROOT_USER:
        pytest.skip("needs root to give a parent directory to another user")
    plan = _project(tmp_path / "shared")
    (tmp_path / "shared" / ".dxcheck.toml").write_text(NEVER_FAIL, encoding="utf-8")
    assert run_cli("audit", str(plan)).exit_code == 0
    os.chown(tmp_path / "shared", 4327, 4327)
    assert run_cli("audit", str(plan)).exit_code == 1


# --- read errors cannot be ignored -----------------------------------------------------------------------


@pytest.mark.parametrize("code", ["DX003", "dx003", "DX001", "DX004", "DX012"])
def test_a_read_error_cannot_be_ignored_in_the_configuration(tmp_path: Path, code: str) -> None:
    plan = tmp_path / "broken.yaml"
    plan.write_text("version: 1\nmunicipality: [\n", encoding="utf-8")
    config = tmp_path / ".dxcheck.toml"
    config.write_text(f'ignore = ["{code}"]\n', encoding="utf-8")
    for command in ("lint", "audit"):
        done = run_cli(command, str(plan))
        assert done.exit_code == 2, done.output
        assert "無視できません" in done.stderr
        assert str(config) in done.stderr
        assert "エラー 0 件" not in done.output
    english = run_cli("lint", str(plan), "--lang", "en")
    assert "cannot be ignored" in english.stderr


@pytest.mark.parametrize("code", ["DX004", "DX003", "DX011"])
def test_a_read_error_cannot_be_ignored_on_the_command_line(tmp_path: Path, code: str) -> None:
    plan = tmp_path / "duplicate.yaml"
    plan.write_text(MINIMAL_PLAN + "version: 1\n", encoding="utf-8")
    assert run_cli("lint", str(plan)).exit_code == 1
    done = run_cli("lint", str(plan), "--ignore", code)
    assert done.exit_code == 2
    assert "--ignore" in done.stderr
    assert "無視できません" in done.stderr


def test_other_rules_can_still_be_ignored(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(MINIMAL_PLAN, encoding="utf-8")
    (tmp_path / ".dxcheck.toml").write_text('ignore = ["DX401"]\n', encoding="utf-8")
    assert run_cli("lint", str(plan), "--ignore", "DX013").exit_code == 0
