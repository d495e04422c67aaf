"""The fifth hostile review (docs/hostile-input.md, its last section): each finding through the real CLI."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from test_trust_config_rev import _audit, _git
from test_trust_config_rev import repo as repo  # the fixture: a base commit that fails plans/town.yaml

from conftest import run_cli


def _embed_a_git_directory(repo: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    """What the pull request does: plans/ becomes a git directory (HEAD, config, objects, refs) whose
    `main` is a commit it wrote itself — the plan unchanged, a lenient .dxcheck.toml at its top."""
    fake = tmp_path_factory.mktemp("fake")
    shutil.copy(repo / "plans" / "town.yaml", fake / "town.yaml")
    (fake / ".dxcheck.toml").write_text('fail-on = "never"\n', encoding="utf-8")
    _git(fake, "init", "-q")
    _git(fake, "add", "-A")
    _git(fake, "commit", "-qm", "fake")
    commit = _git(fake, "rev-parse", "HEAD")
    shutil.copytree(fake / ".git" / "objects", repo / "plans" / "objects")
    (repo / "plans" / "refs" / "heads").mkdir(parents=True)
    (repo / "plans" / "refs" / "heads" / "main").write_text(commit + "\n", encoding="utf-8")
    (repo / "plans" / "HEAD").write_text("ref: refs/heads/main\n", encoding="utf-8")
    (repo / "plans" / "config").write_text("[core]\n\trepositoryformatversion = 0\n\tbare = false\n\tworktree = .\n", encoding="utf-8")


def test_a_git_directory_inside_the_checkout_is_not_read_as_the_history(
    repo: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    (repo / "plans" / "town.yaml").write_text(
        (repo / "plans" / "town.yaml").read_text(encoding="utf-8").replace("        addresses: [pref-test/telework]\n", ""),
        encoding="utf-8",
    )
    _embed_a_git_directory(repo, tmp_path_factory)
    code, _, stderr = _audit(base="main")
    assert code == 2, stderr
    assert "作業ツリーの中に置かれた git ディレクトリ" in stderr
    assert "safe.bareRepository" in stderr
    run = run_cli("diff", "plans/town.yaml", "--rev", "main", "--fail-on-loss")
    assert run.exit_code == 2, run.output
    assert "作業ツリーの中に置かれた git ディレクトリ" in run.stderr
