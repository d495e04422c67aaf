"""A plan file as it was at a git revision (`dxcheck diff plan.yaml --rev HEAD~1`): `git show REV:./NAME`,
run in the file's folder, then checked as that file (its name is kept for every message).

Whatever git cannot give — git not installed, a folder outside a repository, an unknown revision, a
file the revision does not have — is a `RevisionError` that says which, in both languages.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from dxcheck.framework import FrameworkSet
from dxcheck.lint import Chooser, PlanCheck, check_data
from dxcheck.source import MAX_PLAN_BYTES, SourceError, decode_source, is_document, load_with_positions


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


def check_at(path: Path, revision: str, frameworks: FrameworkSet | Chooser) -> PlanCheck:
    """The file at the revision, read, validated and cross-checked as the file itself; RevisionError if git cannot give it."""
    data = show(path, revision)
    name = str(path)
    if is_document(path):
        from dxcheck.document import check_document

        # The importer reads a file: the document at the revision, under its own suffix.
        with tempfile.TemporaryDirectory(prefix="dxcheck-rev-") as folder:
            copy = Path(folder) / path.name
            copy.write_bytes(data)
            return check_document(copy, frameworks, name=name)
    try:
        if len(data) > MAX_PLAN_BYTES:
            from dxcheck import rules

            raise SourceError(rules.FILE_TOO_LARGE(MAX_PLAN_BYTES // (1024 * 1024)).at(name))
        source = decode_source(data, name)
        loaded, positions = load_with_positions(source)
    except SourceError as exc:
        return PlanCheck(file=name, findings=[exc.finding], could_not_run=exc.could_not_run)
    return check_data(source, loaded, frameworks, positions)
