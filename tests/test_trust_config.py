"""Trust (issue 25, item 3): no pass from a stranger's configuration file, no read error ignored, and
the configuration in use named in every machine format.

Each test was seen failing with its fix undone. Another user is a uid given to chown (CI runs as root).
"""

from __future__ import annotations

import os
import subprocess
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
    plan = _project(tmp_path / "public")
    (tmp_path / "public" / ".dxcheck.toml").write_text(NEVER_FAIL, encoding="utf-8")
    assert run_cli("audit", str(plan)).exit_code == 0
    os.chown(tmp_path / "public", 4327, 4327)
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


# --- the configuration in use, named in every machine format ---------------------------------------------


def _config_named(plan: Path, old: Path) -> dict[str, str | None]:
    """What each machine format of lint, audit, compare and diff says of the configuration file."""
    import json
    import xml.etree.ElementTree as ET

    said: dict[str, str | None] = {}
    for command, args in (("lint", [plan]), ("audit", [plan]), ("compare", [plan, old]), ("diff", [old, plan])):
        run = run_cli(command, *map(str, args), "--format", "json")
        document = json.loads(run.output)
        if command == "compare":  # dxcheck-compare has no nulls: no configuration file, no `config`
            said[f"{command} json"] = document.get("config")
            assert ("config" in document) == (document.get("config") is not None)
            full = json.loads(run_cli(command, *map(str, args), "--format", "json", "--full").output)
            assert [a["config"] for a in full["audits"]] == [full["config"]] * 2 == [document.get("config")] * 2
        else:
            said[f"{command} json"] = document["config"]
    for command in ("lint", "audit"):
        sarif = json.loads(run_cli(command, str(plan), "--format", "sarif").output)
        said[f"{command} sarif"] = sarif["runs"][0]["properties"]["config"]
        junit = ET.fromstring(run_cli(command, str(plan), "--format", "junit").output)
        (value,) = {p.get("value") for p in junit.iter("property") if p.get("name") == "config"}
        said[f"{command} junit"] = value
    for command, args in (("lint", [plan]), ("audit", [plan]), ("diff", [old, plan])):
        first = run_cli(command, *map(str, args), "--format", "github").output.splitlines()[0]
        said[f"{command} github"] = first
    return said


def test_every_machine_format_names_the_configuration_in_use(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = _project(tmp_path)
    old = plan.with_name("old.yaml")
    old.write_text(MINIMAL_PLAN.replace("title: 施策", "title: 前の施策"), encoding="utf-8")
    (tmp_path / "repo" / ".git").mkdir()
    (tmp_path / "repo" / "pyproject.toml").write_text('[tool.dxcheck]\nfail-on = "never"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path / "repo")
    said = _config_named(plan, old)
    # inside the working directory: as the user would name it, the same on every machine
    for kind, value in said.items():
        expected = "::notice title=dxcheck::設定ファイル: pyproject.toml" if kind.endswith("github") else "pyproject.toml"
        assert value == expected, (kind, said)
    assert run_cli("lint", str(plan), "--format", "github", "--lang", "en").output.startswith(
        "::notice title=dxcheck::configuration file: pyproject.toml\n"
    )
    monkeypatch.chdir(tmp_path)
    assert '"config": "repo/pyproject.toml"' in run_cli("lint", str(plan), "--format", "json").output
    # outside it: the absolute path
    monkeypatch.chdir(plan.parent)
    assert f'"config": "{tmp_path}/repo/pyproject.toml"' in run_cli("audit", str(plan), "--format", "json").output
    # --config names one
    (tmp_path / "other.toml").write_text("", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert '"config": "other.toml"' in run_cli("lint", str(plan), "--config", "other.toml", "--format", "json").output


def test_every_machine_format_says_when_no_configuration_was_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = _project(tmp_path)
    old = plan.with_name("old.yaml")
    old.write_text(MINIMAL_PLAN.replace("title: 施策", "title: 前の施策"), encoding="utf-8")
    (tmp_path / "repo" / ".git").mkdir()
    monkeypatch.chdir(tmp_path / "repo")
    said = _config_named(plan, old)
    for kind, value in said.items():
        if kind.endswith("github"):
            assert value == "::notice title=dxcheck::設定ファイルなし（既定の設定とオプション）", (kind, said)
        elif kind.endswith("junit"):
            assert value == "", (kind, said)
        else:
            assert value is None, (kind, said)


def test_a_configuration_in_a_directory_anyone_may_write_to_is_not_used(tmp_path: Path) -> None:
    """A hostile review: with the project under a sticky world-writable directory (as under /tmp) and no
    .git, a .dxcheck.toml planted in that directory was used — the owners of the directories agree when
    dxcheck runs as root, as CI containers do. A directory anyone may write to ends the search."""
    public = tmp_path / "public"
    public.mkdir()
    plan = _project(public)
    (public / ".dxcheck.toml").write_text(NEVER_FAIL, encoding="utf-8")
    assert run_cli("audit", str(plan)).exit_code == 0  # an ordinary parent directory: its file is found …
    public.chmod(0o1777)
    try:
        assert run_cli("audit", str(plan)).exit_code == 1  # … not one anyone may write to
    finally:
        public.chmod(0o755)


@pytest.mark.skipif(not ROOT_USER, reason="giving a file to another user needs root (CI runs as root)")
def test_a_configuration_file_another_user_owns_is_not_used(tmp_path: Path) -> None:
    plan = _project(tmp_path)
    config = plan.parent / ".dxcheck.toml"
    config.write_text(NEVER_FAIL, encoding="utf-8")
    assert run_cli("audit", str(plan)).exit_code == 0
    os.chown(config, 65534, 65534)
    assert run_cli("audit", str(plan)).exit_code == 1


@pytest.mark.skipif(not ROOT_USER, reason="giving files to another user needs root (CI runs as root)")
def test_files_someone_sent_with_their_own_configuration_do_not_set_the_bar(tmp_path: Path) -> None:
    """An officer audits a folder another user owns — the plan and a .dxcheck.toml with fail-on = "never"
    beside it, all theirs: the configuration was taken, because its owner owned the directory too, and a
    failing plan passed. A settings file neither this user nor root owns is not taken, and stderr says so."""
    plan = _project(tmp_path)
    config = plan.parent / ".dxcheck.toml"
    config.write_text(NEVER_FAIL, encoding="utf-8")
    for path in (config, plan, plan.parent):
        os.chown(path, 65534, 65534)
    run = run_cli("audit", str(plan))
    assert run.exit_code == 1
    assert "another user's file" in run.stderr or "設定として使いません" in run.stderr


def test_a_folders_own_configuration_passed_over_by_a_comparison_of_several_folders_is_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Plans of several folders are audited with one configuration, found from the folder they share (one
    bar for every town of a comparison). A folder's own .dxcheck.toml is then not used: it was passed over
    in silence, and `audit b/plan.yaml` failed where `compare a b` passed it (found by a review)."""
    a, b = tmp_path / "a", tmp_path / "b"
    for folder in (a, b):
        folder.mkdir()
        (folder / "plan.yaml").write_text(MINIMAL_PLAN, encoding="utf-8")
    (b / ".dxcheck.toml").write_text(NEVER_FAIL, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run_cli("audit", "b/plan.yaml", "--summary").exit_code == 0  # b's own bar: never fails
    for command in (("compare", "a", "b"), ("audit", "a/plan.yaml", "b/plan.yaml", "--summary"), ("lint", "a", "b")):
        run = run_cli(*command)
        said = [line for line in run.stderr.splitlines() if "b/.dxcheck.toml は使いません" in line]
        assert len(said) == 1, (command, run.stderr)
        assert "（既定の設定）" in said[0]
        assert "--config b/.dxcheck.toml" in said[0]
    assert run_cli("audit", "a/plan.yaml", "b/plan.yaml", "--summary").exit_code == 1  # the default bar, as said
    # the settings the folders share are named; a folder with none of its own says nothing; --config is heard
    (tmp_path / ".dxcheck.toml").write_text('fail-on = "partial"\n', encoding="utf-8")
    assert "（.dxcheck.toml の設定）" in run_cli("compare", "a", "b").stderr
    (b / ".dxcheck.toml").unlink()
    assert "使いません" not in run_cli("compare", "a", "b").stderr
    (b / ".dxcheck.toml").write_text(NEVER_FAIL, encoding="utf-8")
    assert "使いません" not in run_cli("compare", "a", "b", "--config", "b/.dxcheck.toml").stderr
    assert "使いません" not in run_cli("compare", "b", "b/plan.yaml").stderr  # one folder: its own settings
    assert "is not used: plans of several folders" in run_cli("compare", "a", "b", "--lang", "en").stderr
    # fmt takes no --config: nothing to advise (it advised an option fmt refuses; found by a hostile try)
    assert "使いません" not in run_cli("fmt", "--check", "a", "b").stderr
    # a link to the settings in use is those settings
    (b / ".dxcheck.toml").unlink()
    (b / ".dxcheck.toml").symlink_to(tmp_path / ".dxcheck.toml")
    assert "使いません" not in run_cli("compare", "a", "b").stderr
    # DXCHECK_CONFIG_REV (a pull request's CI): the settings of the base revision, and b's own still not used — said
    (b / ".dxcheck.toml").unlink()
    (b / ".dxcheck.toml").write_text(NEVER_FAIL, encoding="utf-8")
    git = ["git", "-c", "user.email=t@example.org", "-c", "user.name=t"]
    for step in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "plans"]):
        subprocess.run([*git, *step], cwd=tmp_path, check=True)
    monkeypatch.setenv("DXCHECK_CONFIG_REV", "HEAD")
    assert "b/.dxcheck.toml は使いません" in run_cli("audit", "a/plan.yaml", "b/plan.yaml", "--summary").stderr
