"""Trust (issue 25, items 1 and 2): no code and no verdict from a cache entry dxcheck did not write;
no report written through a link another user planted in a shared directory.

Each test was seen failing with its fix undone. tests/fault_helpers.py says how privileges are
handled (CI runs as root: another user is a uid given to chown or setpriv).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import pickle
import shutil
from pathlib import Path

import pytest
from fault_helpers import ROOT_USER, _as_another_user, _plan, dx

from conftest import ROOT

# --- 1. the cache ---------------------------------------------------------------------------------------


def _audit(plan: Path, cache: Path) -> tuple[int, dict[str, object]]:
    done = dx("audit", str(plan), "--min-score", "60", "--format", "json", env={"XDG_CACHE_HOME": str(cache)})
    assert done.stderr == b""
    return done.returncode, json.loads(done.stdout)


def _forge(cache: Path, key_file: Path | None = None) -> None:
    """What a hostile entry says: no framework item is required. Signed as dxcheck signs, with the
    secret of `key_file` (default: the cache's own) and the identity of that very file."""
    key_file = key_file or cache / "dxcheck" / "key"
    status = os.stat(key_file)
    identity = f"{status.st_dev} {status.st_ino} {status.st_ctime_ns}".encode()
    key = hmac.new(key_file.read_bytes(), identity, hashlib.sha256).digest()
    for entry in (cache / "dxcheck").glob("frameworks-*"):
        payload = json.loads(entry.read_bytes().partition(b"\n")[2])
        for framework in payload:
            for part in (*framework["groups"], *framework["items"]):
                part["required"] = False
        data = json.dumps(payload, ensure_ascii=False).encode()
        mac = hmac.new(key, entry.name.encode() + b"\0" + data, hashlib.sha256).hexdigest().encode()
        entry.write_bytes(b"dxcheck-cache 1 " + mac + b"\n" + data)


def test_a_pickle_planted_where_an_entry_is_kept_runs_no_code(tmp_path: Path) -> None:
    cache, plan = tmp_path / "cache", _plan(tmp_path)
    assert dx("audit", str(plan), env={"XDG_CACHE_HOME": str(cache)}).returncode == 1
    entries = sorted(p for p in (cache / "dxcheck").iterdir() if p.name != "key")
    assert entries
    marker = tmp_path / "ran"

    class Payload:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (os.system, (f"touch {marker}",))

    for entry in entries:  # under the names dxcheck reads, and the names it read before (.pickle)
        entry.write_bytes(pickle.dumps(Payload()))
        entry.with_suffix(".pickle").write_bytes(pickle.dumps(Payload()))
    for command in ("lint", "audit", "compare"):
        done = dx(command, str(plan), env={"XDG_CACHE_HOME": str(cache)})
        assert done.returncode in (0, 1), done.stderr
        assert not marker.exists(), command


def test_an_edited_entry_changes_no_verdict(tmp_path: Path) -> None:
    cache, plan = tmp_path / "cache", _plan(tmp_path)
    honest = _audit(plan, cache)
    assert honest[0] == 1  # the minimal plan misses required items: below 60
    for entry in (cache / "dxcheck").glob("frameworks-*"):  # edited in place, its MAC left as it was
        entry.write_bytes(entry.read_bytes().replace(b'"required":true', b'"required":false'))
    assert _audit(plan, cache) == honest


def test_a_restored_cache_with_its_key_changes_no_verdict(tmp_path: Path) -> None:
    # The attacker made the cache (key and entries, signed with that key) and it was restored by a CI
    # cache step (cp -a keeps owner and mode): the key file is another file, and nothing verifies.
    made, plan = tmp_path / "made", _plan(tmp_path)
    honest = _audit(plan, made)
    _forge(made)
    forged = _audit(plan, made)
    # The forgery is one dxcheck would read in the cache it was signed for: no item required. (It used to
    # pass --min-score 60 with 100; 0 of 0 is now no score, below any bar: the result still shows it read.)
    assert forged != honest
    assert forged[1]["overall_score"] is None  # …
    restored = tmp_path / "restored"
    shutil.copytree(made, restored, copy_function=shutil.copy2)
    assert _audit(plan, restored) == honest  # … and not in any other
    assert _audit(plan, restored) == honest  # made again, then read: still honest


def test_a_key_file_others_can_read_is_no_secret(tmp_path: Path) -> None:
    # A key committed with the project (git knows no 0600) or left readable: anyone could sign with it.
    cache, plan = tmp_path / "cache", _plan(tmp_path)
    honest = _audit(plan, cache)
    (cache / "dxcheck" / "key").chmod(0o644)
    _forge(cache)
    assert _audit(plan, cache) == honest


def test_a_key_file_that_is_a_link_is_not_used(tmp_path: Path) -> None:
    cache, plan = tmp_path / "cache", _plan(tmp_path)
    honest = _audit(plan, cache)
    elsewhere = tmp_path / "planted-key"
    os.rename(cache / "dxcheck" / "key", elsewhere)
    (cache / "dxcheck" / "key").symlink_to(elsewhere)
    _forge(cache, elsewhere)
    assert _audit(plan, cache) == honest


def test_a_key_file_of_another_user_is_not_used(tmp_path: Path) -> None:
    if not ROOT_USER:
        pytest.skip("needs root to give the key file to another user")
    cache, plan = tmp_path / "cache", _plan(tmp_path)
    honest = _audit(plan, cache)
    os.chown(cache / "dxcheck" / "key", 4324, 4324)
    _forge(cache)
    assert _audit(plan, cache) == honest


def test_an_entry_of_another_user_is_not_read(tmp_path: Path) -> None:
    if not ROOT_USER:
        pytest.skip("needs root to give an entry to another user")
    cache, plan = tmp_path / "cache", _plan(tmp_path)
    honest = _audit(plan, cache)
    _forge(cache)
    for entry in (cache / "dxcheck").glob("frameworks-*"):
        os.chown(entry, 4324, 4324)
    assert _audit(plan, cache) == honest


def test_the_cache_is_used_when_warm(tmp_path: Path) -> None:
    # The MAC is checked, not the cache turned off: a second run reads the entries the first wrote.
    # (A plan with enough text that its readings are kept: Reader.kept_for.)
    cache, plan = tmp_path / "cache", _plan(tmp_path, text=(ROOT / "plans" / "kamisato.yaml").read_text(encoding="utf-8"))
    assert dx("audit", str(plan), env={"XDG_CACHE_HOME": str(cache)}).returncode == 1
    names = sorted(p.name.split("-")[0] for p in (cache / "dxcheck").iterdir())
    assert names == ["frameworks", "guidance", "key", "pruned", "readings", "vocabulary"]  # pruned: docs/hostile-input.md
    assert (cache / "dxcheck" / "key").stat().st_mode & 0o777 == 0o600
    stamps = {p: p.stat().st_mtime_ns for p in (cache / "dxcheck").iterdir()}
    assert dx("audit", str(plan), env={"XDG_CACHE_HOME": str(cache)}).returncode == 1
    assert {p: p.stat().st_mtime_ns for p in (cache / "dxcheck").iterdir()} == stamps  # read, not made again


# --- 2. a link planted in a shared directory -------------------------------------------------------------

PLANTER = 4325  # the other user who shares /tmp


def _shared(tmp_path: Path, owner: int = 0) -> Path:
    """A directory like /tmp: sticky and world-writable."""
    if not ROOT_USER:
        pytest.skip("needs root to plant a link as another user")
    tmp_path.chmod(0o755)
    shared = tmp_path / "sticky"
    shared.mkdir()
    shared.chmod(0o1777)
    os.chown(shared, owner, owner)
    return shared


def _plant(link: Path, target: Path, owner: int = PLANTER) -> None:
    link.symlink_to(target)
    os.lchown(link, owner, owner)


def test_o_does_not_follow_a_link_another_user_planted_in_a_shared_directory(tmp_path: Path) -> None:
    shared, plan = _shared(tmp_path), _plan(tmp_path)
    victim = tmp_path / "victim.txt"
    victim.write_text("mine\n", encoding="utf-8")
    _plant(shared / "report.json", victim)
    (tmp_path / "mine").mkdir()
    _plant(shared / "out", tmp_path / "mine")  # a directory on the way is a link too
    for output in (shared / "report.json", shared / "out" / "report.json"):
        for command in ("lint", "audit"):
            done = dx(command, str(plan), "-o", str(output))
            assert done.returncode == 2, (command, output)
            said = done.stderr.decode()
            assert "ほかのユーザーが共有ディレクトリ" in said, said
            assert "シンボリックリンク" in said, said
    assert victim.read_text(encoding="utf-8") == "mine\n"
    assert (shared / "report.json").is_symlink()
    assert list((tmp_path / "mine").iterdir()) == []
    english = dx("lint", str(plan), "-o", str(shared / "report.json"), "--lang", "en").stderr.decode()
    assert "a symbolic link another user put in the shared directory" in english


def test_fmt_does_not_follow_a_link_another_user_planted_in_a_shared_directory(tmp_path: Path) -> None:
    from fault_helpers import UNFORMATTED

    shared = _shared(tmp_path)
    victim = _plan(tmp_path, "victim.yaml", UNFORMATTED)
    _plant(shared / "plan.yaml", victim)
    done = dx("fmt", str(shared / "plan.yaml"))
    assert done.returncode != 0
    assert "シンボリックリンク" in done.stderr.decode() + done.stdout.decode()
    assert victim.read_text(encoding="utf-8") == UNFORMATTED


def test_a_link_of_this_user_or_of_the_directory_owner_is_still_followed(tmp_path: Path) -> None:
    # The kernel's rule, not "never a link": one's own link, or the owner's of the directory, is followed.
    shared, plan = _shared(tmp_path, owner=4326), _plan(tmp_path)
    for owner, name in ((0, "mine.json"), (4326, "owners.json")):
        target = tmp_path / f"target-{name}"
        target.write_text("", encoding="utf-8")
        _plant(shared / name, target, owner)
        assert dx("lint", str(plan), "-o", str(shared / name)).returncode == 0
        assert json.loads(target.read_text(encoding="utf-8"))["format"] == "dxcheck-lint"
        assert (shared / name).is_symlink()


# --- the cache of a user's frameworks: one read, one content ---------------------------------------------


def test_a_user_framework_edited_between_two_reads_cannot_poison_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache entry of a user's frameworks was named by a hash of one read of the files and held the
    catalogue validated from a second read: a file changed between the two (every item made optional)
    stored that catalogue under the name of the required version, and every later run with the honest
    file read it. Now the bytes hashed are the bytes checked: each file is read once."""
    from conftest import ROOT, run_cli
    from dxcheck.files import source

    folder = tmp_path / "fw"
    folder.mkdir()
    honest = (ROOT / "frameworks" / "dx@1.0.yaml").read_text(encoding="utf-8")
    lowered = honest.replace("    required: true", "    required: false").encode()
    assert lowered != honest.encode()
    (folder / "dx@1.0.yaml").write_text(honest, encoding="utf-8")
    monkeypatch.delenv("DXCHECK_NO_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    plan = str(ROOT / "plans" / "kamisato.yaml")
    arguments = ("audit", plan, "--frameworks-dir", str(folder), "--edition", "dx=1.0", "--format", "json")
    reads: list[str] = []
    real = source.read_plan_bytes

    def edited_after_the_first_read(path: Path, shown: str, limit: int) -> bytes:
        if Path(path).name != "dx@1.0.yaml" or Path(path).parent != folder:
            return real(path, shown, limit)
        reads.append(str(path))
        return real(path, shown, limit) if len(reads) == 1 else lowered[:limit]

    monkeypatch.setattr(source, "read_plan_bytes", edited_after_the_first_read)
    run_cli(*arguments)
    assert len(reads) == 1  # one read of the file, hashed and checked
    monkeypatch.setattr(source, "read_plan_bytes", real)
    warm = json.loads(run_cli(*arguments).output)
    monkeypatch.setenv("DXCHECK_NO_CACHE", "1")
    fresh = json.loads(run_cli(*arguments).output)
    assert warm["frameworks"] == fresh["frameworks"]


def test_o_does_not_write_into_a_file_or_fifo_another_user_made_in_a_shared_directory(tmp_path: Path) -> None:
    """O_NOFOLLOW and the link rule do not cover a regular file or a FIFO another user made in /tmp under
    the name a report is to have: it received the report (the file, replaced by root's rename) or held
    the command (the FIFO). As the kernel's protected_regular and protected_fifos rules: refused, exit 2."""
    shared, plan = _shared(tmp_path), _plan(tmp_path)
    planted = shared / "report.json"
    planted.write_text("theirs\n", encoding="utf-8")
    os.chown(planted, PLANTER, PLANTER)
    fifo = shared / "report.sarif"
    os.mkfifo(fifo)
    os.chown(fifo, PLANTER, PLANTER)
    for output, said in ((planted, "ほかのユーザーが共有ディレクトリ"), (fifo, "名前付きパイプ（FIFO）")):
        done = dx("lint", str(plan), "-o", str(output), timeout=20)
        assert done.returncode == 2, output
        assert said in done.stderr.decode(), done.stderr.decode()
        assert "protected_regular" in done.stderr.decode()
    assert planted.read_text(encoding="utf-8") == "theirs\n"
    assert planted.stat().st_uid == PLANTER
    english = dx("audit", str(plan), "-o", str(planted), "--lang", "en").stderr.decode()
    assert "a file another user made in the shared directory" in english
    # One's own file there, or the directory owner's, is written as before.
    os.chown(planted, 0, 0)
    assert dx("lint", str(plan), "-o", str(planted)).returncode == 0
    assert json.loads(planted.read_text(encoding="utf-8"))["format"] == "dxcheck-lint"


def test_fmt_does_not_rewrite_a_file_another_user_made_in_a_shared_directory(tmp_path: Path) -> None:
    from fault_helpers import UNFORMATTED

    shared = _shared(tmp_path)
    theirs = shared / "plan.yaml"
    theirs.write_text(UNFORMATTED, encoding="utf-8")
    os.chown(theirs, PLANTER, PLANTER)
    done = dx("fmt", str(theirs))
    assert done.returncode != 0
    assert "ほかのユーザーが共有ディレクトリ" in done.stderr.decode() + done.stdout.decode()
    assert theirs.read_text(encoding="utf-8") == UNFORMATTED


# --- a third hostile review (2026-12-06): links where the cache writes, another user's directories --------


def test_a_link_planted_under_a_cache_entrys_name_is_replaced_not_written_through(tmp_path: Path) -> None:
    """A pull request commits .cache/dxcheck/<entry>.json as a link to ~/.profile and CI runs with
    XDG_CACHE_HOME in the checkout: the entry was written through the link (the draft's text into the
    shell's profile). The name is replaced; what it pointed to is left as it was."""
    cache, plan = tmp_path / "cache", _plan(tmp_path)
    assert dx("audit", str(plan), env={"XDG_CACHE_HOME": str(cache)}).returncode == 1
    stamp = cache / "dxcheck" / "pruned"  # when the cache was last pruned (its mtime)
    entries = sorted(p for p in (cache / "dxcheck").iterdir() if p not in (cache / "dxcheck" / "key", stamp))
    assert entries
    victim = tmp_path / "profile"
    victim.write_text("echo mine\n", encoding="utf-8")
    for entry in [*entries, stamp]:
        entry.unlink()
        entry.symlink_to(victim)
    os.utime(stamp, (0, 0), follow_symlinks=False)  # due for pruning, were it a stamp
    before = victim.stat().st_mtime_ns
    assert dx("audit", str(plan), env={"XDG_CACHE_HOME": str(cache)}).returncode == 1
    assert victim.read_text(encoding="utf-8") == "echo mine\n"
    assert victim.stat().st_mtime_ns == before
    assert all(entry.is_file() and not entry.is_symlink() for entry in entries)
    assert stamp.is_symlink()  # not dxcheck's stamp: neither followed nor touched, and no pruning


def test_a_cache_directory_others_may_write_to_is_not_written(tmp_path: Path) -> None:
    cache, plan = tmp_path / "cache", _plan(tmp_path)
    (cache / "dxcheck").mkdir(parents=True)
    (cache / "dxcheck").chmod(0o777)
    assert dx("audit", str(plan), env={"XDG_CACHE_HOME": str(cache)}).returncode == 1
    assert list((cache / "dxcheck").iterdir()) == []  # not even a key: a secret others could replace


def test_a_cache_directory_that_is_a_link_gets_no_key_where_it_points(tmp_path: Path) -> None:
    """`ln -s ~/elsewhere ~/.cache/dxcheck`: the cache is not used, and no key is left in ~/elsewhere. Run as
    a user other than root when the tests are root's (root has a rule of its own: no cache in a
    directory that is not root's, a link included)."""
    prefix = _as_another_user(4323) if ROOT_USER else []
    tmp_path.chmod(0o755)
    cache, plan = tmp_path / "cache", _plan(tmp_path)
    cache.mkdir()
    target = tmp_path / "elsewhere"
    target.mkdir(mode=0o700)
    (cache / "dxcheck").symlink_to(target)
    if ROOT_USER:
        for path in (cache, target):
            os.chown(path, 4323, 4323)
        os.chown(cache / "dxcheck", 4323, 4323, follow_symlinks=False)
    assert dx("audit", str(plan), prefix=prefix, env={"XDG_CACHE_HOME": str(cache)}).returncode == 1
    assert list(target.iterdir()) == []


def test_root_does_not_write_its_cache_where_another_users_link_points(tmp_path: Path) -> None:
    """`ln -s /var/tmp ~/.cache/dxcheck` by a user, and root runs with that user's HOME (sudo keeping it):
    root wrote its key and entries, the drafts of what it audited, into /var/tmp."""
    if not ROOT_USER:
        pytest.skip("needs root: the rule is root's")
    home = tmp_path / "home"
    (home / ".cache").mkdir(parents=True)
    elsewhere = tmp_path / "var-tmp"  # like /var/tmp: root's, sticky, anyone may write
    elsewhere.mkdir()
    elsewhere.chmod(0o1777)
    _plant(home / ".cache" / "dxcheck", elsewhere)
    plan = _plan(tmp_path)
    env = {"HOME": str(home), "XDG_CACHE_HOME": ""}
    assert dx("audit", str(plan), env=env).returncode == 1
    assert list(elsewhere.iterdir()) == []


def test_o_does_not_follow_a_link_another_user_put_in_a_directory_they_own(tmp_path: Path) -> None:
    """「mkdir /tmp/out; ln -s /root/f /tmp/out/report.json」 by another user, then root's
    「dxcheck audit plan.yaml -o /tmp/out/report.json」 (the docs' own example path): root's file was replaced."""
    if not ROOT_USER:
        pytest.skip("needs root to plant a link as another user")
    tmp_path.chmod(0o755)
    out = tmp_path / "out"
    out.mkdir()
    os.chown(out, PLANTER, PLANTER)
    victim = tmp_path / "victim.txt"
    victim.write_text("mine\n", encoding="utf-8")
    _plant(out / "report.json", victim)
    done = dx("lint", str(_plan(tmp_path)), "-o", str(out / "report.json"))
    assert done.returncode == 2
    assert "シンボリックリンク" in done.stderr.decode()
    assert victim.read_text(encoding="utf-8") == "mine\n"
