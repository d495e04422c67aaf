"""Odd environments (issue 17, rows 14 and 19): a cache that cannot be used, no home at all, root in
another user's home, configuration files that are broken, in another encoding, or another project's.

Each test names its row, and failed before the change it pins. tests/fault_helpers.py says how
privileges are handled (CI runs as root).
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from fault_helpers import (
    DXCHECK,
    ROOT_USER,
    SETPRIV,
    _as_another_user,
    _environment,
    _plan,
    dx,
)

from conftest import run_cli

# --- 14. the cache ---------------------------------------------------------------------------------------


def test_row14_a_cache_that_cannot_be_used_is_not_an_error(tmp_path: Path) -> None:
    not_a_directory = tmp_path / "cache-is-a-file"
    not_a_directory.write_text("", encoding="utf-8")
    plan = _plan(tmp_path)
    for env in ({"XDG_CACHE_HOME": str(not_a_directory)}, {"XDG_CACHE_HOME": "relative/cache", "HOME": str(not_a_directory)}):
        for command in ("lint", "audit", "compare"):
            done = dx(command, str(plan), env=env, cwd=tmp_path)
            assert done.returncode in (0, 1)
            assert done.stderr == b""
    assert not (tmp_path / "relative").exists()  # a relative XDG_CACHE_HOME is not a cache


def test_row14_a_pipe_where_a_cache_entry_should_be_is_not_waited_on(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    plan = _plan(tmp_path)
    assert dx("lint", str(plan), env={"XDG_CACHE_HOME": str(cache)}).returncode == 0
    entries = sorted((cache / "dxcheck").glob("frameworks-*.json"))
    assert entries
    entries[0].unlink()
    os.mkfifo(entries[0])
    done = dx("lint", str(plan), env={"XDG_CACHE_HOME": str(cache)}, timeout=20)  # it hung, reading the pipe
    assert done.returncode == 0
    assert done.stderr == b""


def test_row14_no_home_directory_at_all_is_not_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A container run as a user with no /etc/passwd entry and no HOME: Path.home() raises.
    def nowhere() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.delenv("DXCHECK_NO_CACHE", raising=False)
    monkeypatch.setattr(Path, "home", staticmethod(nowhere))
    from dxcheck.files import cache

    assert cache.path("readings", b"x") is None
    plan = _plan(tmp_path)
    assert run_cli("lint", str(plan)).exit_code == 0
    assert run_cli("audit", str(plan)).exit_code in (0, 1)


def test_row14_a_user_without_a_passwd_entry_or_home_runs_uncached(tmp_path: Path) -> None:
    prefix = _as_another_user(4322)  # root (CI) only: runs dxcheck as a uid unknown to /etc/passwd
    plan = _plan(tmp_path)
    tmp_path.chmod(0o755)
    env = {k: v for k, v in _environment().items() if k not in ("HOME", "XDG_CACHE_HOME")}
    for command in ("lint", "audit", "compare"):
        done = subprocess.run(
            [*prefix, "env", "-u", "HOME", "-u", "XDG_CACHE_HOME", DXCHECK, command, str(plan)], capture_output=True, env=env, check=False
        )
        assert done.returncode in (0, 1), done.stderr
        assert done.stderr == b""


def test_row14_root_neither_reads_nor_writes_a_cache_of_another_user(tmp_path: Path) -> None:
    # `sudo` keeping HOME: root must not leave its files in the user's cache, nor read theirs.
    if not ROOT_USER:
        pytest.skip("needs root: the case is root running in another user's home")
    cache_home = tmp_path / "alice-cache"
    (cache_home / "dxcheck").mkdir(parents=True)
    os.chown(cache_home, 4323, 4323)
    os.chown(cache_home / "dxcheck", 4323, 4323)
    done = dx("audit", str(_plan(tmp_path)), env={"XDG_CACHE_HOME": str(cache_home)})
    assert done.returncode in (0, 1)
    assert list((cache_home / "dxcheck").iterdir()) == []
    from dxcheck.files import cache

    entry = tmp_path / "entry.json"
    entry.write_bytes(b'["planted"]')
    os.chown(entry, 4323, 4323)
    assert cache.load(entry) is None


# --- 19. configuration ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ('min-score = 90\nlang = "ja"\n# 恵庭市の設定\n'.encode("cp932"), "UTF-8 ではありません（Shift_JIS"),
        (b"ignore = " + b"[" * 5000 + b"]" * 5000 + b"\n", "入れ子が深すぎます"),
    ],
    ids=["shift-jis", "deep-array"],
)
def test_row19_a_configuration_that_cannot_be_read_says_why(data: bytes, words: str, tmp_path: Path) -> None:
    (tmp_path / ".dxcheck.toml").write_bytes(data)
    run = run_cli("lint", str(_plan(tmp_path)))
    assert run.exit_code == 2
    assert words in run.stderr


def test_row19_a_configuration_with_a_bom_is_read(tmp_path: Path) -> None:
    (tmp_path / ".dxcheck.toml").write_bytes(b"\xef\xbb\xbf" + b'lang = "en"\n')
    run = run_cli("lint", str(_plan(tmp_path)))
    assert run.exit_code == 0
    assert "1 file checked" in run.output


def test_row19_another_projects_broken_pyproject_in_a_parent_is_not_ours(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[project\nname = 'broken'\n", encoding="utf-8")
    folder = tmp_path / "plans"
    folder.mkdir()
    assert run_cli("lint", str(_plan(folder))).exit_code == 0
    (tmp_path / "pyproject.toml").write_text("[tool.dxcheck]\nlang = 'en\n", encoding="utf-8")  # ours, broken
    run = run_cli("lint", str(folder / "plan.yaml"))
    assert run.exit_code == 2
    assert "TOML" in run.stderr


def test_row19_an_unreadable_pyproject_in_a_parent_is_not_ours(tmp_path: Path) -> None:
    # Root reads any file; as root (CI) dxcheck runs without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH
    # (needs setpriv), so the mode bits bind it as they bind a user.
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text("[tool.black]\n", encoding="utf-8")
    pyproject.chmod(0)
    folder = tmp_path / "plans"
    folder.mkdir()
    plan = _plan(folder)
    tmp_path.chmod(0o755)
    prefix: list[str] = []
    if ROOT_USER:
        if SETPRIV is None:
            pytest.skip("needs setpriv (util-linux) to run as root without the capability to read any file")
        prefix = [SETPRIV, "--inh-caps=-dac_override,-dac_read_search", "--bounding-set=-dac_override,-dac_read_search"]
    try:
        done = dx("lint", str(plan), prefix=prefix)
    finally:
        pyproject.chmod(0o644)
    assert done.returncode == 0, done.stderr
    # passed over, but not in silence: it might have held dxcheck's settings
    assert "を読めないため、設定として使いません" in done.stderr.decode("utf-8")


def test_row19_a_utf16_pyproject_naming_dxcheck_is_ours_and_said_to_be_utf16(tmp_path: Path) -> None:
    # A Windows editor's UTF-16 file holding [tool.dxcheck] min-score = 99: passed over, the plan
    # would pass by accident; it is dxcheck's, and its encoding is named.
    (tmp_path / "pyproject.toml").write_bytes("[tool.dxcheck]\nmin-score = 99\n".encode("utf-16"))
    folder = tmp_path / "plans"
    folder.mkdir()
    run = run_cli("audit", str(_plan(folder)), "--fail-on", "never")
    assert run.exit_code == 2
    assert "UTF-16 と思われます" in run.stderr


@pytest.mark.parametrize("kind", ["fifo", "directory", "dangling-link"])
def test_row19_a_dxcheck_toml_that_is_not_a_file_is_an_error_not_ignored(kind: str, tmp_path: Path) -> None:
    config = tmp_path / ".dxcheck.toml"
    if kind == "fifo":
        os.mkfifo(config)
    elif kind == "directory":
        config.mkdir()
    else:
        config.symlink_to(tmp_path / "nowhere.toml")
    plan = _plan(tmp_path)
    done = dx("lint", str(plan), timeout=20)  # a pipe is never opened: it would block
    assert done.returncode == 2
    said = done.stderr.decode("utf-8")
    assert ("リンク先がありません" if kind == "dangling-link" else "通常のファイルではありません") in said
    if kind == "fifo":
        explicit = dx("lint", str(plan), "--config", str(config), timeout=20)
        assert explicit.returncode == 2
        assert "通常のファイルではありません" in explicit.stderr.decode("utf-8")
