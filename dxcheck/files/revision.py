"""A plan file as it was at a git revision (`dxcheck diff plan.yaml --rev HEAD~1`): `git show REV:./NAME`,
run in the file's folder; dxcheck.read checks what it gives as that file (its name is kept for every message).

Whatever git cannot give — git not installed, a folder outside a repository, an unknown revision, a
file the revision does not have — is a `RevisionError` that says which, in both languages.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path


class RevisionError(Exception):
    """The file cannot be read at that revision: the message says why, in both languages."""

    def __init__(self, ja: str, en: str) -> None:
        super().__init__(en)
        self.ja, self.en = ja, en


class TooLarge(Exception):
    """The file at that revision is larger than the limit it is read with: `size` bytes, never read."""

    def __init__(self, size: int) -> None:
        super().__init__(f"{size} bytes")
        self.size = size


def _git(folder: Path, *arguments: str, limit: int | None = None) -> subprocess.CompletedProcess[bytes]:
    """git run in `folder`; with `limit`, its output is read up to one byte past the limit, then git is
    stopped (what it said on stderr is kept, up to 64 KiB)."""
    git = shutil.which("git")
    if git is None:
        raise RevisionError("git が見つかりません（--rev には git が必要です）", "git is not installed (--rev needs it)")
    # safe.bareRepository=explicit: a git directory committed into the checkout (plans/HEAD, plans/config,
    # plans/objects …) is never taken for the repository — git refuses it (git ≥ 2.38) instead of reading
    # a history the change under review wrote itself.
    command = [git, "-c", "safe.bareRepository=explicit", "-C", str(folder), *arguments]
    if limit is None:
        return _refused(folder, subprocess.run(command, capture_output=True, check=False))
    with tempfile.TemporaryFile() as errors, subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors) as process:
        assert process.stdout is not None
        pieces, left = [], limit + 1
        while left > 0 and (piece := process.stdout.read(min(left, 1 << 20))):
            pieces.append(piece)
            left -= len(piece)
        if left <= 0:
            process.kill()
        process.stdout.close()
        code = process.wait()
        errors.seek(0)
        return _refused(folder, subprocess.CompletedProcess(command, code, b"".join(pieces), errors.read(1 << 16)))


def _refused(folder: Path, run: subprocess.CompletedProcess[bytes]) -> subprocess.CompletedProcess[bytes]:
    """`run`, unless git refused a bare repository found by discovery: that is a RevisionError."""
    if run.returncode != 0 and b"safe.bareRepository" in run.stderr:
        raise RevisionError(
            f"{folder} から探した git のリポジトリは、作業ツリーの中に置かれた git ディレクトリ（HEAD, config, objects）です。"
            f"dxcheck はこれを履歴として読みません（{_reason(run)}）",
            f"the git repository found from {folder} is a git directory placed inside the working tree (HEAD, config, "
            f"objects); dxcheck does not read it as the history ({_reason(run)})",
        )
    return run


def _reason(run: subprocess.CompletedProcess[bytes]) -> str:
    return run.stderr.decode("utf-8", "replace").strip().splitlines()[-1:][0] if run.stderr.strip() else f"exit {run.returncode}"


def show(path: Path, revision: str, limit: int) -> bytes:
    """The bytes of `path` at `revision` of the repository the file's folder is in.

    A file larger than `limit` bytes raises TooLarge without being read: git says its size first
    (`git cat-file -s`), and what `git show` writes is read no further than the limit."""
    folder = path.parent if str(path.parent) else Path(".")
    _usable(revision)
    if not folder.is_dir():
        raise RevisionError(f"フォルダがありません: {folder}", f"no such folder: {folder}")
    inside = _git(folder, "rev-parse", "--is-inside-work-tree")
    if inside.returncode != 0 or inside.stdout.strip() != b"true":
        raise RevisionError(
            f"{folder} は git のリポジトリの中ではありません（--rev は git の履歴から読みます）",
            f"{folder} is not inside a git repository (--rev reads the file from git's history)",
        )
    _commit(folder, revision, "git log で確かめてください", "see git log")
    kind = _git(folder, "cat-file", "-t", f"{revision}:./{path.name}")
    if kind.returncode == 0 and kind.stdout.strip() != b"blob":
        raise RevisionError(
            f"{path} はリビジョン {revision} ではファイルではありません（ディレクトリ）。計画ファイルを1つ指定してください",
            f"{path} is not a file at revision {revision} (a directory); give one plan file",
        )
    if kind.returncode == 0:
        size = _git(folder, "cat-file", "-s", f"{revision}:./{path.name}")
        if size.returncode == 0 and size.stdout.strip().isdigit() and int(size.stdout) > limit:
            raise TooLarge(int(size.stdout))
    shown = _git(folder, "show", f"{revision}:./{path.name}", limit=limit)
    if shown.returncode != 0:
        raise RevisionError(
            f"{path} はリビジョン {revision} にありません（{_reason(shown)}）",
            f"{path} does not exist at revision {revision} ({_reason(shown)})",
        )
    if len(shown.stdout) > limit:
        raise TooLarge(len(shown.stdout))  # the revision moved on between the two calls (a branch name)
    return shown.stdout


# --- the settings of a reviewed revision taken from another one (DXCHECK_CONFIG_REV) -------------------


def repository(folder: Path, revision: str) -> tuple[Path, str]:
    """The root of the repository `folder` is in, and `revision` checked to name a commit there (its
    hash): what `settings_at` reads the settings and framework files from."""
    _usable(revision)
    top = _git(folder, "rev-parse", "--show-toplevel")
    if top.returncode != 0 or not top.stdout.strip():
        raise RevisionError(
            f"{folder} は git のリポジトリの中ではありません（DXCHECK_CONFIG_REV は設定を git の履歴から読みます）",
            f"{folder} is not inside a git repository (DXCHECK_CONFIG_REV reads the settings from git's history)",
        )
    commit = _commit(
        folder,
        revision,
        "DXCHECK_CONFIG_REV。CI では基準のブランチを取得してください: git fetch origin main",
        "DXCHECK_CONFIG_REV; in CI, fetch the base branch: git fetch origin main",
    )
    return Path(top.stdout.decode("utf-8", "surrogateescape").strip()), commit


def _usable(revision: str) -> None:
    """A revision git is given as one: never an option (「--output=x」), never empty."""
    if revision.startswith("-") or not revision.strip():
        raise RevisionError(f"リビジョン「{revision}」は使えません", f"'{revision}' is not a revision")


def _commit(folder: Path, revision: str, hint_ja: str, hint_en: str) -> str:
    """The commit `revision` names in the repository of `folder` (its hash), or a RevisionError with the hint."""
    commit = _git(folder, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{revision}^{{commit}}")
    if commit.returncode != 0:
        raise RevisionError(f"リビジョン「{revision}」がありません（{hint_ja}）", f"unknown revision '{revision}' ({hint_en})")
    return commit.stdout.decode().strip()


def present(root: Path, commit: str, names: list[str]) -> dict[str, str]:
    """Which of `names` (paths relative to the root) the commit has, and the kind of each (blob, tree …;
    `link` for a symbolic link, which git keeps as a blob holding the target's path: mode 120000)."""
    if not names:
        return {}
    listed = _git(root, "ls-tree", "--full-tree", "-z", commit, "--", *names)
    if listed.returncode != 0:
        raise RevisionError(f"git ls-tree が失敗しました（{_reason(listed)}）", f"git ls-tree failed ({_reason(listed)})")
    found: dict[str, str] = {}
    for entry in listed.stdout.split(b"\0"):
        if not entry:
            continue
        meta, _, name = entry.partition(b"\t")
        mode, kind = meta.split()[:2]
        found[name.decode("utf-8", "surrogateescape")] = "link" if mode == b"120000" else kind.decode()
    return found


def listed(root: Path, commit: str, folder: str, *, links: list[str] | None = None) -> list[str]:
    """The files directly in `folder` (relative to the root) at the commit, as root-relative paths, sorted;
    the symbolic links among them (mode 120000) are not files: they go to `links`."""
    run = _git(root, "ls-tree", "--full-tree", "-z", commit, "--", folder.rstrip("/") + "/")
    if run.returncode != 0:
        raise RevisionError(f"git ls-tree が失敗しました（{_reason(run)}）", f"git ls-tree failed ({_reason(run)})")
    names: list[str] = []
    for entry in run.stdout.split(b"\0"):
        meta, _, name = entry.partition(b"\t")
        if entry and meta.split()[1] == b"blob":
            if meta.split()[0] != b"120000":
                names.append(name.decode("utf-8", "surrogateescape"))
            elif links is not None:
                links.append(name.decode("utf-8", "surrogateescape"))
    return sorted(names)


def blob(root: Path, commit: str, name: str, limit: int) -> bytes:
    """A file of the commit (`name` relative to the root), read no further than one byte past `limit`."""
    size = _git(root, "cat-file", "-s", f"{commit}:{name}")
    if size.returncode == 0 and size.stdout.strip().isdigit() and int(size.stdout) > limit:
        raise TooLarge(int(size.stdout))
    run = _git(root, "cat-file", "blob", f"{commit}:{name}", limit=limit)
    if run.returncode != 0:
        raise RevisionError(f"{name} を読めません（{_reason(run)}）", f"cannot read {name} ({_reason(run)})")
    return run.stdout
