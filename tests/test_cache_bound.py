"""The disk cache is bounded (dxcheck/files/cache.py): when an entry is stored, at most once a day, the
entries not used for 30 days go, then the least recently used while the rest are over the cap; a used
entry's mtime says it was used. Nothing that is not a dxcheck entry of this user in the cache's own
directory is removed, no link is followed, and a cache that cannot be written is silent.

And the tests themselves: every test, and every process a test starts, uses this session's cache, never
the developer's ~/.cache/dxcheck (tests/conftest.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fault_helpers import ROOT_USER, _as_another_user, dx

from conftest import EXAMPLE_PLANS, MINIMAL_PLAN
from dxcheck.files import cache

DAY = 24 * 3600
OTHER_USER = 4326  # a uid with no passwd entry, for the files of another user


@pytest.fixture(params=["descriptors", "names"])
def directory(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache of the test's own: its `dxcheck` directory (made by the first store). Twice: as on Linux and
    macOS (files and the directory changed through descriptors), and as on Windows, which has none of
    those and is given names."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("DXCHECK_NO_CACHE", raising=False)
    if request.param == "names":
        monkeypatch.setattr(os, "supports_fd", set())
        monkeypatch.setattr(os, "supports_dir_fd", set())
    return tmp_path / "cache" / "dxcheck"


def _where(kind: str, made_of: str) -> Path:
    where = cache.path(kind, made_of)
    assert where is not None
    return where


def _stored(kind: str, made_of: str, value: object = None) -> Path:
    where = _where(kind, made_of)
    cache.store(where, value if value is not None else {"made of": made_of})
    assert where.is_file()
    return where


def _age(path: Path, days: float) -> None:
    """Make `path` (itself, never a link's target) look last written or used `days` ago."""
    then = time.time() - days * DAY
    os.utime(path, (then, then), follow_symlinks=False)


def _prune_due(directory: Path) -> None:
    """The directory was last looked through two days ago: the next store looks through it."""
    _age(directory / "pruned", 2)


def _file(path: Path, days: float, content: bytes = b"x") -> Path:
    path.write_bytes(content)
    _age(path, days)
    return path


# --- the age ----------------------------------------------------------------------------------------


def test_entries_not_used_for_30_days_go_when_an_entry_is_stored_and_nothing_else(directory: Path) -> None:
    old = _stored("import", "a document not read for a month")
    recent = _stored("frameworks-user", "a framework edited last month, used since")
    _age(old, 31)
    _age(recent, 29)
    pickle = _file(directory / "vocabulary-0123456789abcdef01234567.pickle", 31)  # dxcheck 0.1's, never read now
    fresh_pickle = _file(directory / "frameworks-89abcdef0123456789abcdef.pickle", 2)
    left_temporary = _file(directory / ".entry.ab_c1234", 2)  # a write interrupted two days ago
    old_temporary = _file(directory / ".frameworks-0123456789abcdef01234567.pickle.k2j4h5g6.tmp", 40)
    writing = _file(directory / ".entry.zz9y8x7w", 0)  # another process writing now
    foreign = [
        _file(directory / "notes.txt", 400),
        _file(directory / "import-0123.json", 400),  # not 24 hex digits
        _file(directory / "import-0123456789ABCDEF01234567.json", 400),  # upper case: not dxcheck's
        _file(directory / "import-0123456789abcdef01234567.json.bak", 400),
        _file(directory / ".entry.toolongname", 400),
    ]
    (directory / "a-folder-0123456789abcdef01234567.json").mkdir()
    key_before = (directory / "key").read_bytes()
    _age(directory / "key", 400)  # made long ago, and never written since: still the cache's key
    _prune_due(directory)

    new = _stored("readings", "today's")

    assert not old.exists()
    assert not pickle.exists()
    assert not left_temporary.exists()
    assert not old_temporary.exists()
    assert recent.exists()
    assert new.exists()
    assert fresh_pickle.exists()
    assert writing.exists()
    assert all(path.exists() for path in foreign)
    assert (directory / "a-folder-0123456789abcdef01234567.json").is_dir()
    assert (directory / "key").read_bytes() == key_before
    assert cache.load(recent) == {"made of": "a framework edited last month, used since"}  # the key still verifies
    assert time.time() - (directory / "pruned").stat().st_mtime < 60  # this pruning is remembered


def test_the_directory_is_looked_through_at_most_once_a_day(directory: Path) -> None:
    first = _stored("import", "first")  # the first store looks through the new directory, and says when
    _age(first, 40)
    _stored("import", "second")
    assert first.exists()  # looked through within the day: not again
    _age(directory / "pruned", 0.9)
    _stored("import", "third")
    assert first.exists()
    _prune_due(directory)
    _stored("import", "fourth")
    assert not first.exists()
    again = _stored("import", "again")
    _age(again, 40)
    future = time.time() + 30 * DAY  # the clock was set back after the last pruning
    os.utime(directory / "pruned", (future, future))
    _stored("import", "fifth")
    assert not again.exists()


def test_a_used_entry_is_kept_and_marked_used_at_most_once_an_hour(directory: Path) -> None:
    used = _stored("frameworks", "loaded by every run")
    unused = _stored("frameworks", "an earlier version's")
    _age(used, 40)
    _age(unused, 40)
    assert cache.load(used) == {"made of": "loaded by every run"}
    assert time.time() - used.stat().st_mtime < 60
    _prune_due(directory)
    _stored("import", "today's")
    assert used.exists()
    assert not unused.exists()

    _age(used, 0.5 / 24)  # used half an hour ago: a load writes nothing
    before = used.stat().st_mtime_ns
    assert cache.load(used) is not None
    assert used.stat().st_mtime_ns == before


def test_an_entry_that_does_not_verify_is_not_marked_used(directory: Path) -> None:
    entry = _stored("import", "edited by hand")
    entry.write_bytes(entry.read_bytes().replace(b"edited", b"EDITED"))
    _age(entry, 40)
    assert cache.load(entry) is None
    assert time.time() - entry.stat().st_mtime > 39 * DAY


# --- the size -----------------------------------------------------------------------------------------


def test_over_the_cap_the_least_recently_used_go(directory: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    entries = [_stored("import", f"document {n}", {"text": "あ" * 3000}) for n in range(5)]
    for days, entry in zip((5, 4, 3, 2, 1), entries, strict=True):
        _age(entry, days)
    size = entries[0].stat().st_size
    monkeypatch.setattr(cache, "_CAP", int(3.5 * size))
    foreign = _file(directory / "notes.bin", 100, b"\0" * (10 * size))  # not dxcheck's: neither counted nor removed
    # A link named as an entry, to a large file elsewhere: not an entry, so neither its target's size
    # counts (all the entries would go) nor is it removed.
    large = tmp_path / "large"
    with open(large, "wb") as stream:
        stream.truncate(1 << 34)
    link = directory / "import-fedcba9876543210fedcba98.json"
    link.symlink_to(large)
    _prune_due(directory)

    new = _stored("import", "document 5", {"text": "あ" * 3000})

    assert [entry.exists() for entry in entries] == [False, False, False, True, True]
    assert new.exists()
    assert foreign.exists()
    assert link.is_symlink()
    assert large.stat().st_size == 1 << 34


# --- links, other users, other directories -----------------------------------------------------------


def test_no_link_is_followed(directory: Path, tmp_path: Path) -> None:
    _stored("import", "the directory is made")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    target = _file(elsewhere / "import-0123456789abcdef01234567.json", 400)
    link = directory / "import-89abcdef0123456789abcdef.json"  # named as an entry, old, pointing out
    link.symlink_to(target)
    _age(link, 400)
    _prune_due(directory)
    _stored("import", "today's")
    assert link.is_symlink()
    assert target.exists()
    assert time.time() - target.stat().st_mtime > 399 * DAY

    # The cache's directory itself a link (`ln -s /var/tmp ~/.cache/dxcheck`): nothing is written
    # there (cache.store), and nothing is removed there, even when asked to look through it.
    home = tmp_path / "linked-home"
    home.mkdir()
    (home / "dxcheck").symlink_to(elsewhere)
    where = home / "dxcheck" / "import-fedcba9876543210fedcba98.json"
    cache.store(where, {"planted": True})
    cache.prune(home / "dxcheck")
    assert target.exists()
    assert not (elsewhere / where.name).exists()


def test_another_users_files_are_not_removed(directory: Path) -> None:
    if not ROOT_USER:
        pytest.skip("needs root to give a file to another user")
    _stored("import", "the directory is made")
    theirs = _file(directory / "import-0123456789abcdef01234567.json", 400)
    os.chown(theirs, OTHER_USER, OTHER_USER)
    _age(theirs, 400)
    _prune_due(directory)
    _stored("import", "today's")
    assert theirs.exists()


# --- a cache that cannot be written ------------------------------------------------------------------


def test_an_entry_that_cannot_be_marked_used_is_still_read(directory: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A read-only file system: the mtime cannot be changed, and the entry is read as before."""
    entry = _stored("frameworks", "read-only")
    _age(entry, 40)

    def read_only(*args: object, **kwargs: object) -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(os, "utime", read_only)
    monkeypatch.setattr(os, "supports_fd", os.supports_fd | {read_only})
    assert cache.load(entry) == {"made of": "read-only"}
    assert time.time() - entry.stat().st_mtime > 39 * DAY


def test_a_read_only_cache_is_used_in_silence(tmp_path: Path) -> None:
    """The cache directory cannot be written (a read-only home): dxcheck reads what is there, writes and
    removes nothing, and says nothing. Run as a user other than root when the tests are root's (root may
    write anywhere)."""
    prefix = _as_another_user(OTHER_USER) if ROOT_USER else []
    tmp_path.chmod(0o755)
    home = tmp_path / "cache"
    home.mkdir()
    plan = tmp_path / "plan.yaml"
    plan.write_text(MINIMAL_PLAN, encoding="utf-8")
    if ROOT_USER:
        os.chown(home, OTHER_USER, OTHER_USER)
    env = {"XDG_CACHE_HOME": str(home), "DXCHECK_NO_CACHE": ""}
    written = dx("audit", str(plan), prefix=prefix, env=env)
    assert written.returncode in (0, 1), written.stderr
    directory = home / "dxcheck"
    names = sorted(p.name for p in directory.iterdir())
    assert "key" in names
    assert any(name.startswith("frameworks-") for name in names)
    for name in names:
        if name != "key":  # (its change time is part of the key: touched, every entry would be another's)
            _age(directory / name, 40)  # all unused for 40 days: pruning would remove the entries
    frameworks = next(directory.glob("frameworks-*.json"))
    missing = next(directory.glob("vocabulary-*.json"))  # made again, and not kept: a store that fails
    missing.unlink()
    names.remove(missing.name)
    directory.chmod(0o500)
    try:
        again = dx("audit", str(plan), prefix=prefix, env=env)
        assert again.returncode == written.returncode
        assert again.stderr == b""
        assert again.stdout == written.stdout
        assert sorted(p.name for p in directory.iterdir()) == names
        assert time.time() - frameworks.stat().st_mtime < 60  # read, verified and marked used: the cache was used
    finally:
        directory.chmod(0o700)


# --- the tests' own cache --------------------------------------------------------------------------------


def test_the_tests_use_a_cache_of_their_own_never_the_users(session_cache: Path) -> None:
    """tests/conftest.py: XDG_CACHE_HOME is this session's directory, for the tests and what they start."""
    assert not session_cache.is_relative_to(Path.home())
    assert session_cache.stat().st_uid == os.geteuid()
    assert session_cache.stat().st_mode & 0o077 == 0
    where = cache.path("frameworks", b"x")
    assert where is not None
    assert where.parent == session_cache / "dxcheck"
    code = "from dxcheck.files import cache; print(cache.path('frameworks', b'x'))"
    started = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert Path(started.stdout.strip()) == where
    assert dx("lint", str(EXAMPLE_PLANS[0])).returncode == 0
    assert list((session_cache / "dxcheck").glob("frameworks-*.json"))  # kept there, by a process a test started
