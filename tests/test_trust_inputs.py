"""Trust (issue 25, items 13 and 15): a glob visits each real directory once; a Word document that is
not what its parts say is DX009 with its name, and a comparison goes on without it.

Each test was seen failing with its fix undone.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from fault_helpers import dx

from conftest import MINIMAL_PLAN, run_cli

# --- 13. globs and links to directories --------------------------------------------------------------


def _linked_plans(root: Path, *links: tuple[str, str]) -> None:
    """plans/a.yaml and plans/sub/b.yml, and the links to directories given (name → target)."""
    (root / "plans" / "sub").mkdir(parents=True)
    (root / "plans" / "a.yaml").write_text(MINIMAL_PLAN, encoding="utf-8")
    (root / "plans" / "sub" / "b.yaml").write_text(MINIMAL_PLAN, encoding="utf-8")
    for name, target in links:
        os.symlink(target, root / "plans" / name)


def test_a_glob_through_a_link_to_its_own_directory_names_each_plan_once_at_its_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A link plans/self → . : glob followed it 40 levels down, and sub/b.yaml was reported as
    plans/self/self/…/self/sub/b.yaml (the deepest name sorts first)."""
    _linked_plans(tmp_path, ("self", "."))
    monkeypatch.chdir(tmp_path)
    run = run_cli("lint", "plans/**/*.yaml", "--format", "json")
    assert run.exit_code == 0, run.output + run.stderr
    assert [f["file"] for f in json.loads(run.output)["files"]] == ["plans/a.yaml", "plans/sub/b.yaml"]


def test_a_glob_through_two_links_to_its_directories_ends_at_once(tmp_path: Path) -> None:
    """Two links (plans/self → ., plans/sub/up → ..): 2^40 paths for glob; every real directory once now."""
    _linked_plans(tmp_path, ("self", "."), ("sub/up", ".."))
    try:
        done = dx("lint", "plans/**/*.yaml", cwd=tmp_path, timeout=20)
    except subprocess.TimeoutExpired:
        pytest.fail("dxcheck lint 'plans/**/*.yaml' did not end in 20 s: the glob walks the links again and again")
    assert done.returncode == 0, done.stderr
    assert "2 ファイルを検査" in done.stdout.decode()


def test_a_glob_still_follows_a_link_to_a_directory_outside_the_tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "c.yaml").write_text(MINIMAL_PLAN, encoding="utf-8")
    _linked_plans(tmp_path, ("shared", "../shared"))
    monkeypatch.chdir(tmp_path)
    run = run_cli("lint", "plans/**/*.yaml", "--format", "json")
    assert [f["file"] for f in json.loads(run.output)["files"]] == ["plans/a.yaml", "plans/shared/c.yaml", "plans/sub/b.yaml"]
