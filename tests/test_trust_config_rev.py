"""A pull request does not set its own bar (issue 25, row 3): with DXCHECK_CONFIG_REV=<base>, the
settings file and the framework files it names are read as they are at the base revision, not as the
pull request adds or changes them; the working tree's settings are said not to be used, and every
machine format names the settings in use as revision:path."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from test_user_frameworks import PREFECTURE, TOWN

from conftest import run_cli


def _git(repo: Path, *arguments: str) -> str:
    run = subprocess.run(
        ["git", "-c", "user.email=t@example.org", "-c", "user.name=t", "-c", "init.defaultBranch=main", *arguments],
        cwd=repo,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull},
    )
    return run.stdout.strip()


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository whose base commit sets the bar: the prefecture's framework (two items) in fw/, named by
    the root's .dxcheck.toml; the town's plan covers one of them, so it fails (exit 1). Branch pr is checked out."""
    (tmp_path / "fw").mkdir()
    (tmp_path / "fw" / "pref-test@2026.yaml").write_text(PREFECTURE, encoding="utf-8")
    (tmp_path / ".dxcheck.toml").write_text('frameworks = ["pref-test"]\nframework-paths = ["fw/"]\n', encoding="utf-8")
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "town.yaml").write_text(TOWN + "        addresses: [pref-test/telework]\n", encoding="utf-8")
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", "-A")
    _git(tmp_path, "commit", "-qm", "base")
    _git(tmp_path, "checkout", "-qb", "pr")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _audit(*arguments: str, base: str | None = None) -> tuple[int, str, str]:
    run = run_cli("audit", "plans/", "--no-infer", *arguments, env={"DXCHECK_CONFIG_REV": base} if base else None)
    return run.exit_code, run.output, run.stderr


def test_the_base_fails_the_plan(repo: Path) -> None:
    assert _audit()[0] == 1
    assert _audit(base="main")[0] == 1


def test_a_settings_file_the_pull_request_adds_does_not_set_its_bar(repo: Path) -> None:
    (repo / "plans" / ".dxcheck.toml").write_text(
        'frameworks = ["pref-test"]\nframework-paths = ["../fw/"]\nfail-on = "never"\n', encoding="utf-8"
    )
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "pr: lower the bar")
    assert _audit()[0] == 0  # what the pull request asks for, without the base's settings
    code, _, stderr = _audit(base="main")
    assert code == 1
    assert (
        "作業ツリーの plans/.dxcheck.toml は main にない設定ファイルです。この変更の設定は使わず、main:.dxcheck.toml の設定で検査します"
        in stderr
    )


def test_a_changed_settings_file_is_read_as_the_base_has_it(repo: Path) -> None:
    (repo / ".dxcheck.toml").write_text('frameworks = ["pref-test"]\nframework-paths = ["fw/"]\nfail-on = "never"\n', encoding="utf-8")
    assert _audit()[0] == 0
    code, _, stderr = _audit(base="main")
    assert code == 1
    assert "作業ツリーの .dxcheck.toml は main と違います" in stderr


def test_framework_files_the_pull_request_changes_are_read_as_the_base_has_them(repo: Path) -> None:
    """The pull request removes the item its plan misses from the prefecture's framework: the base's file is used."""
    lowered = PREFECTURE[: PREFECTURE.index("  - id: opendata")]
    (repo / "fw" / "pref-test@2026.yaml").write_text(lowered, encoding="utf-8")
    _git(repo, "commit", "-qam", "pr: drop an item")
    assert _audit()[0] == 0
    code, _, _ = _audit(base="main")
    assert code == 1
    document = json.loads(_audit("--format", "json", base="main")[1])
    pref = next(f for f in document["frameworks"] if f["id"] == "pref-test")
    assert pref["user_file"] == "main:fw/pref-test@2026.yaml"
    assert {i["id"] for i in pref["items"]} == {"pref-test/telework", "pref-test/opendata"}


def test_every_machine_format_names_the_settings_in_use(repo: Path) -> None:
    sarif = json.loads(_audit("--format", "sarif", base="main")[1])
    assert sarif["runs"][0]["properties"]["config"] == "main:.dxcheck.toml"
    assert "::notice title=dxcheck::設定ファイル: main:.dxcheck.toml" in _audit("--format", "github", base="main")[1]
    assert 'name="config" value="main:.dxcheck.toml"' in _audit("--format", "junit", base="main")[1]
    assert json.loads(_audit("--format", "json", base="main")[1])["config"] == "main:.dxcheck.toml"


def test_what_cannot_be_read_from_git_is_said_with_exit_2(repo: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    code, _, stderr = _audit(base="no-such-branch")
    assert code == 2
    assert "リビジョン「no-such-branch」がありません" in stderr
    assert "Traceback" not in stderr
    code, _, stderr = _audit(base="--output=x")
    assert code == 2
    assert "使えません" in stderr
    elsewhere = tmp_path_factory.mktemp("not-a-repository")
    (elsewhere / "town.yaml").write_text(TOWN, encoding="utf-8")
    run = run_cli("audit", str(elsewhere / "town.yaml"), env={"DXCHECK_CONFIG_REV": "main"})
    assert run.exit_code == 2
    assert "git のリポジトリの中ではありません" in run.stderr
