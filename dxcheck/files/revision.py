"""A plan file as it was at a git revision (`dxcheck diff plan.yaml --rev HEAD~1`): `git show REV:./NAME`,
run in the file's folder; dxcheck.read checks what it gives as that file (its name is kept for every message).

Whatever git cannot give — git not installed, a folder outside a repository, an unknown revision, a
file the revision does not have — is a `RevisionError` that says which, in both languages.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path


class RevisionError(Exception):
    """The file cannot be read at that revision: the message says why, in both languages."""

    def __init__(self, ja: str, en: str) -> None:
        super().__init__(en)
        self.ja, self.en = ja, en


def _git(folder: Path, *arguments: str) -> subprocess.CompletedProcess[bytes]:
    git = shutil.which("git")
    if git is None:
        raise RevisionError("git が見つかりません（--rev には git が必要です）", "git is not installed (--rev needs it)")
    return subprocess.run([git, "-C", str(folder), *arguments], capture_output=True, check=False)


def _reason(run: subprocess.CompletedProcess[bytes]) -> str:
    return run.stderr.decode("utf-8", "replace").strip().splitlines()[-1:][0] if run.stderr.strip() else f"exit {run.returncode}"


def show(path: Path, revision: str) -> bytes:
    """The bytes of `path` at `revision` of the repository the file's folder is in."""
    folder = path.parent if str(path.parent) else Path(".")
    if revision.startswith("-") or not revision.strip():
        raise RevisionError(f"リビジョン「{revision}」は使えません", f"'{revision}' is not a revision")
    if not folder.is_dir():
        raise RevisionError(f"フォルダがありません: {folder}", f"no such folder: {folder}")
    inside = _git(folder, "rev-parse", "--is-inside-work-tree")
    if inside.returncode != 0 or inside.stdout.strip() != b"true":
        raise RevisionError(
            f"{folder} は git のリポジトリの中ではありません（--rev は git の履歴から読みます）",
            f"{folder} is not inside a git repository (--rev reads the file from git's history)",
        )
    commit = _git(folder, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{revision}^{{commit}}")
    if commit.returncode != 0:
        raise RevisionError(
            f"リビジョン「{revision}」がありません（git log で確かめてください）",
            f"unknown revision '{revision}' (see git log)",
        )
    kind = _git(folder, "cat-file", "-t", f"{revision}:./{path.name}")
    if kind.returncode == 0 and kind.stdout.strip() != b"blob":
        raise RevisionError(
            f"{path} はリビジョン {revision} ではファイルではありません（ディレクトリ）。計画ファイルを1つ指定してください",
            f"{path} is not a file at revision {revision} (a directory); give one plan file",
        )
    shown = _git(folder, "show", f"{revision}:./{path.name}")
    if shown.returncode != 0:
        raise RevisionError(
            f"{path} はリビジョン {revision} にありません（{_reason(shown)}）",
            f"{path} does not exist at revision {revision} ({_reason(shown)})",
        )
    return shown.stdout
