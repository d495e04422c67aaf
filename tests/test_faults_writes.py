"""Faults while writing, and races (issue 17, rows 1–6, 12 and 20): never lose a file, never replace
what is not a plain file, never pass when the report did not arrive.

Each test names its row, and failed before the change it pins. tests/fault_helpers.py says how
privileges are handled (CI runs as root); docs/hostile-input.md says what dxcheck promises.
"""

from __future__ import annotations

import errno
import json
import os
import resource
import shutil
import stat
import subprocess
import threading
import time
from pathlib import Path
from typing import IO, Any, BinaryIO

import pytest
from fault_helpers import (
    DXCHECK,
    ROOT_USER,
    UNFORMATTED,
    _environment,
    _formatted,
    _plan,
    dx,
)

from conftest import MINIMAL_PLAN, PLANS, run_cli

# --- 1. -o naming an input -------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["same-name", "symlink", "hard-link"])
@pytest.mark.parametrize("command", ["lint", "audit", "compare", "diff"])
def test_row01_an_output_that_is_one_of_the_inputs_is_refused(command: str, how: str, tmp_path: Path) -> None:
    plan = _plan(tmp_path, "p.yaml")
    target = {"same-name": plan, "symlink": tmp_path / "link.json", "hard-link": tmp_path / "other.json"}[how]
    if how == "symlink":
        target.symlink_to(plan.name)
    elif how == "hard-link":
        os.link(plan, target)
    inputs = [str(plan), str(_plan(tmp_path, "q.yaml"))] if command == "diff" else [str(plan)]
    run = run_cli(command, *inputs, "-f", "json", "-o", str(target))
    assert run.exit_code == 2
    assert "入力の計画ファイル" in run.stderr
    assert plan.read_text(encoding="utf-8") == MINIMAL_PLAN
    assert target.is_symlink() == (how == "symlink")


def test_row01_an_output_inside_a_directory_of_inputs_is_refused(tmp_path: Path) -> None:
    plan = _plan(tmp_path, "p.yaml")
    run = run_cli("compare", str(tmp_path), "-f", "json", "-o", str(plan), "--lang", "en")
    assert run.exit_code == 2
    assert "one of the input plans" in run.stderr
    assert plan.read_text(encoding="utf-8") == MINIMAL_PLAN


# --- 2. write-protected and special targets ----------------------------------------------------------


def test_row02_a_write_protected_output_is_refused_unless_forced(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    out = tmp_path / "report.json"
    out.write_text("the previous report", encoding="utf-8")
    out.chmod(0o444)
    run = run_cli("audit", str(plan), "-f", "json", "-o", str(out))
    assert run.exit_code == 2
    assert "書き込み禁止" in run.stderr
    assert out.read_text(encoding="utf-8") == "the previous report"
    forced = run_cli("audit", str(plan), "-f", "json", "-o", str(out), "--force")
    assert forced.exit_code in (0, 1), forced.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "dxcheck-audit"
    assert stat.S_IMODE(out.stat().st_mode) == 0o444  # still protected, as `:w!` leaves it


def test_row02_fmt_of_a_write_protected_plan_is_refused_unless_forced(tmp_path: Path) -> None:
    plan = _plan(tmp_path, text=UNFORMATTED)
    plan.chmod(0o444)  # by its owner (root in CI): root writes anything, so the mode bits decide
    run = run_cli("fmt", str(plan))
    assert run.exit_code == 2
    assert "書き込み禁止" in run.stderr
    assert plan.read_text(encoding="utf-8") == UNFORMATTED
    forced = run_cli("fmt", str(plan), "--force")
    assert forced.exit_code == 0, forced.stderr
    assert plan.read_text(encoding="utf-8") == _formatted(UNFORMATTED)
    assert stat.S_IMODE(plan.stat().st_mode) == 0o444


def _device(path: Path, minor: int) -> Path:
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, minor))
    except PermissionError:
        pytest.skip("needs CAP_MKNOD (root in CI) to make a stand-in for /dev/null and /dev/full")
    return path


def test_row02_a_character_device_is_written_to_and_never_replaced(tmp_path: Path) -> None:
    # Needs CAP_MKNOD (root): the nodes stand in for /dev/null and /dev/full, which dxcheck, run
    # as root, used to replace with regular files.
    null, full = _device(tmp_path / "null", 3), _device(tmp_path / "full", 7)
    plan = _plan(tmp_path)
    assert run_cli("lint", str(plan), "-f", "json", "-o", str(null)).exit_code == 0
    assert stat.S_ISCHR(null.stat().st_mode)
    failed = run_cli("audit", str(plan), "-f", "json", "-o", str(full))
    assert failed.exit_code == 2
    assert "書き込めません" in failed.stderr
    assert stat.S_ISCHR(full.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["full", "null", "plan.yaml"]  # no temporary file left


def test_row02_a_fifo_output_is_written_through(tmp_path: Path) -> None:
    fifo = tmp_path / "report.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    run = run_cli("lint", str(_plan(tmp_path)), "-f", "json", "-o", str(fifo))
    reader.join(timeout=30)
    assert run.exit_code == 0
    assert json.loads(received[0])["format"] == "dxcheck-lint"
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_row02_stdout_named_as_the_output_is_stdout(tmp_path: Path) -> None:
    # /dev/stdout is a link to /proc/self/fd/1; root used to replace the link itself. A link of
    # the same kind in tmp_path stands in for it.
    stdout_link = tmp_path / "stdout"
    stdout_link.symlink_to("/proc/self/fd/1")
    plan = _plan(tmp_path)
    for target in (str(stdout_link), "-"):
        done = dx("lint", str(plan), "-f", "json", "-o", target)
        assert done.returncode == 0
        assert json.loads(done.stdout)["format"] == "dxcheck-lint"
    assert stdout_link.is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.yaml", "stdout"]


# --- 3. links, owner, mode, attributes --------------------------------------------------------------


def test_row03_fmt_formats_the_target_of_a_symlink_and_the_link_stays(tmp_path: Path) -> None:
    real = _plan(tmp_path, "real.yaml", UNFORMATTED)
    link = tmp_path / "link.yaml"
    link.symlink_to(real.name)
    assert run_cli("fmt", str(link)).exit_code == 0
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == _formatted(UNFORMATTED)


def test_row03_an_output_through_a_symlink_writes_its_target(tmp_path: Path) -> None:
    real = tmp_path / "reports" / "latest.json"
    real.parent.mkdir()
    real.write_text("{}", encoding="utf-8")
    link = tmp_path / "latest.json"
    link.symlink_to(real)
    assert run_cli("lint", str(_plan(tmp_path)), "-f", "json", "-o", str(link)).exit_code == 0
    assert link.is_symlink()
    assert json.loads(real.read_text(encoding="utf-8"))["format"] == "dxcheck-lint"


def test_row03_fmt_keeps_hard_links(tmp_path: Path) -> None:
    plan = _plan(tmp_path, "plan.yaml", UNFORMATTED)
    other = tmp_path / "copy-for-the-portal.yaml"
    os.link(plan, other)
    inode = plan.stat().st_ino
    assert run_cli("fmt", str(plan)).exit_code == 0
    assert plan.stat().st_ino == other.stat().st_ino == inode
    assert plan.stat().st_nlink == 2
    assert other.read_text(encoding="utf-8") == _formatted(UNFORMATTED)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy-for-the-portal.yaml", "plan.yaml"]  # no backup left


def test_row03_fmt_keeps_owner_group_mode_and_extended_attributes(tmp_path: Path) -> None:
    # Giving a file to another owner needs root (CAP_CHOWN); CI runs as root.
    plan = _plan(tmp_path, "plan.yaml", UNFORMATTED)
    plan.chmod(0o640)
    try:
        os.setxattr(plan, "user.dxcheck-test", "庁内".encode())
    except OSError as exc:
        pytest.skip(f"the file system of {tmp_path} has no user extended attributes ({exc.strerror})")
    owner = (4321, 4321) if ROOT_USER else (os.getuid(), os.getgid())
    os.chown(plan, *owner)
    assert run_cli("fmt", str(plan)).exit_code == 0
    status = plan.stat()
    assert (status.st_uid, status.st_gid) == owner
    assert stat.S_IMODE(status.st_mode) == 0o640
    assert os.getxattr(plan, "user.dxcheck-test").decode() == "庁内"
    assert plan.read_text(encoding="utf-8") == _formatted(UNFORMATTED)


def test_row03_a_file_whose_owner_cannot_be_kept_is_rewritten_in_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A file of another user, writable through its group: a non-root user cannot give the new
    # file that owner. Stood in for by a chown that fails as it then does.
    from dxcheck.files.atomic import write_file

    target = tmp_path / "shared.yaml"
    target.write_text("old\n", encoding="utf-8")
    inode = target.stat().st_ino
    mine = target.stat()

    def refused(fd: int, uid: int, gid: int) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "fchown", refused)
    monkeypatch.setattr(os, "fstat", lambda fd: os.stat_result((mine.st_mode, 0, 0, 1, mine.st_uid + 1, mine.st_gid, 0, 0, 0, 0)))
    write_file(target, "new\n")
    assert target.stat().st_ino == inode
    assert target.read_text(encoding="utf-8") == "new\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shared.yaml"]


def test_row03_an_in_place_rewrite_that_fails_puts_the_old_content_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dxcheck.files import atomic

    target = tmp_path / "plan.yaml"
    target.write_text("old content\n", encoding="utf-8")
    os.link(target, tmp_path / "second-name.yaml")
    copies: list[str] = []
    real_copy = atomic._copy_into

    def disk_full_once(source: str, original: BinaryIO) -> None:
        copies.append(source)
        if len(copies) == 1:
            original.write(b"half")
            raise OSError(errno.ENOSPC, "No space left on device")
        real_copy(source, original)

    monkeypatch.setattr(atomic, "_copy_into", disk_full_once)
    with pytest.raises(OSError, match="No space"):
        atomic.write_file(target, "new content, longer than the old\n")
    assert target.read_text(encoding="utf-8") == "old content\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.yaml", "second-name.yaml"]


# --- 4. fmt racing a writer -----------------------------------------------------------------------


def test_row04_fmt_never_writes_over_a_plan_another_program_is_rewriting(many: Path, tmp_path: Path) -> None:
    original = sorted(many.glob("*.yaml"))[0].read_text(encoding="utf-8").replace("2023（令和5）年度", "令和5年度")
    formatted = _formatted(original)
    assert formatted != original
    data = original.encode("utf-8")
    plan = tmp_path / "plan.yaml"
    lost = 0
    for _ in range(30):
        plan.write_bytes(data)
        stop = threading.Event()

        def rewrite(stop: threading.Event = stop) -> None:
            # Another program saving the plan again and again: truncate, then write in pieces.
            while True:
                with plan.open("wb") as stream:
                    for start in range(0, len(data), 2048):
                        stream.write(data[start : start + 2048])
                        stream.flush()
                        time.sleep(0.001)
                if stop.is_set():
                    return

        writer = threading.Thread(target=rewrite)
        writer.start()
        try:
            done = dx("fmt", str(plan))
        finally:
            stop.set()
            writer.join()
        final = plan.read_text(encoding="utf-8")
        if final not in (original, formatted):
            lost += 1
        if done.returncode == 0:
            assert final in (original, formatted)
        else:
            assert done.returncode in (1, 2)
    assert lost == 0, f"{lost} of 30 rounds left a cut plan"


def test_row04_a_change_between_read_and_write_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import dxcheck.plan.fmt

    plan = _plan(tmp_path, text=UNFORMATTED)
    real_format = dxcheck.plan.fmt.format_text

    def slow_format(text: str) -> str:
        plan.write_text(UNFORMATTED + "# 同僚が書き足した行\n", encoding="utf-8")  # saved while fmt works
        return real_format(text)

    monkeypatch.setattr(dxcheck.plan.fmt, "format_text", slow_format)
    run = run_cli("fmt", str(plan))
    assert run.exit_code == 2
    assert "書き換えました" in run.stderr
    assert plan.read_text(encoding="utf-8").endswith("# 同僚が書き足した行\n")


# --- 5. init -o, twice at once ---------------------------------------------------------------------


def test_row05_two_inits_at_once_never_both_write(tmp_path: Path) -> None:
    both = 0
    for round_ in range(20):
        target = tmp_path / f"new-{round_}.yaml"
        processes = [
            subprocess.Popen(
                [DXCHECK, "init", "-m", name, "-o", str(target)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_environment()
            )
            for name in ("恵庭市", "芦別市")
        ]
        codes = [p.wait(timeout=60) for p in processes]
        for p in processes:
            assert p.stderr is not None
            assert b"Traceback" not in p.stderr.read()
        if codes == [0, 0]:
            both += 1
        assert sorted(codes) == [0, 2], codes  # the second: the file exists (exit 2, as for any file it cannot write)
        assert target.read_text(encoding="utf-8").count("municipality:") == 1
    assert both == 0
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary file left


def test_row05_create_new_refuses_a_name_that_exists_even_a_dangling_link(tmp_path: Path) -> None:
    from dxcheck.files.atomic import create_new

    (tmp_path / "link.yaml").symlink_to("nowhere.yaml")
    with pytest.raises(FileExistsError):
        create_new(tmp_path / "link.yaml", "x")
    assert not (tmp_path / "nowhere.yaml").exists()
    create_new(tmp_path / "new.yaml", "content\n")
    assert (tmp_path / "new.yaml").read_text(encoding="utf-8") == "content\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.yaml", "new.yaml"]


# --- 6. output errors -------------------------------------------------------------------------------


def _dev_full() -> IO[bytes]:
    if not Path("/dev/full").exists():
        pytest.skip("this system has no /dev/full")
    return open("/dev/full", "wb")


@pytest.mark.parametrize(
    "args",
    [
        ["compare", str(PLANS), "-f", "csv"],
        ["audit", str(PLANS / "ashibetsu.yaml"), "-f", "json"],
        ["lint", str(PLANS)],
        ["schema"],
        ["rules"],
        ["frameworks", "--format", "json"],
        ["--version"],
    ],
    ids=["compare-csv", "audit-json", "lint-text", "schema", "rules", "frameworks", "version"],
)
def test_row06_output_to_a_full_device_is_exit_2_with_a_message(args: list[str]) -> None:
    with _dev_full() as full:
        done = dx(*args, stdout=full)
    assert done.returncode == 2, done.stderr
    assert b"Exception ignored" not in done.stderr
    assert "書き込めません" in done.stderr.decode("utf-8")


@pytest.mark.parametrize("unbuffered", [True, False], ids=["PYTHONUNBUFFERED", "buffered"])
def test_row06_a_report_cut_by_ulimit_f_is_exit_2(unbuffered: bool, tmp_path: Path) -> None:
    out = tmp_path / "a.json"

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (2048, 2048))

    with out.open("wb") as stream:
        done = dx(
            "audit",
            str(PLANS / "ashibetsu.yaml"),
            "-f",
            "json",
            stdout=stream,
            preexec_fn=limit,
            env={"PYTHONUNBUFFERED": "1"} if unbuffered else {},
        )
    assert done.returncode == 2  # ashibetsu passes: it was exit 0 with the file cut at 2,048 bytes
    assert "書き込めません" in done.stderr.decode("utf-8")


# --- 12. fmt goes on past a file it cannot write -------------------------------------------------------


def _chattr(flag: str, path: Path) -> bool:
    if shutil.which("chattr") is None:
        return False
    return subprocess.run(["chattr", flag, str(path)], capture_output=True, check=False).returncode == 0


def test_row12_fmt_reports_each_file_it_cannot_write_and_formats_the_others(tmp_path: Path) -> None:
    # The immutable file and the directory nobody may write into need root (CAP_LINUX_IMMUTABLE,
    # chattr +i: root ignores a directory's mode bits); as another user, mode 0555 makes the directory.
    plans = tmp_path / "plans"
    plans.mkdir()
    first = _plan(plans, "a-first.yaml", UNFORMATTED)
    long_name = _plan(plans, "恵" * 80 + ".yaml", UNFORMATTED)  # 245 bytes: no room left for a ".name.tmp" beside it
    assert len(os.fsencode(long_name.name)) == 245
    immutable = _plan(plans, "immutable.yaml", UNFORMATTED)
    locked = tmp_path / "locked"
    locked.mkdir()
    in_locked = _plan(locked, "plan.yaml", UNFORMATTED)
    last = _plan(plans, "z-last.yaml", UNFORMATTED)
    read, write = os.pipe()  # a process substitution: <(cat plan.yaml)
    os.write(write, UNFORMATTED.encode("utf-8"))
    os.close(write)
    if ROOT_USER:
        if not (_chattr("+i", immutable) and _chattr("+i", locked)):
            os.close(read)
            pytest.skip("chattr +i is not available on this file system (needs CAP_LINUX_IMMUTABLE)")
    else:
        immutable.chmod(0o444)  # not immutable, but as unwritable for this user
        locked.chmod(0o555)
    try:
        done = subprocess.run(
            [DXCHECK, "fmt", str(first), str(long_name), str(immutable), str(in_locked), f"/dev/fd/{read}", str(last)],
            capture_output=True,
            env=_environment(),
            pass_fds=(read,),
            timeout=60,
            check=False,
        )
    finally:
        os.close(read)
        if ROOT_USER:
            _chattr("-i", immutable)
            _chattr("-i", locked)
        locked.chmod(0o755)
    stderr = done.stderr.decode("utf-8")
    output = done.stdout.decode("utf-8") + stderr
    assert b"Traceback" not in done.stdout + done.stderr
    assert done.returncode == 2
    for path in (first, long_name, last):
        assert path.read_text(encoding="utf-8") == _formatted(UNFORMATTED), path.name
    for path in (immutable, in_locked):
        assert path.read_text(encoding="utf-8") == UNFORMATTED
        assert str(path) in output
    assert f"/dev/fd/{read}" in output
    assert "6 ファイル: 整形 3 件、失敗 3 件" in stderr


# --- 20. a reader that leaves early ------------------------------------------------------------------------


def _read_10_bytes_and_leave(*args: str) -> tuple[int, bytes]:
    """`dxcheck ARGS | head -c 10`: the exit code and what dxcheck said on stderr."""
    process = subprocess.Popen([DXCHECK, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_environment())
    assert process.stdout is not None
    process.stdout.read(10)
    process.stdout.close()
    _, stderr = process.communicate(timeout=60)
    return process.returncode, stderr


@pytest.mark.parametrize("size", ["large", "small"])
def test_row20_a_closed_pipe_does_not_change_the_exit_code(size: str, many: Path, tmp_path: Path) -> None:
    # Some generated plans have errors: lint exits 1, with far more output than a pipe holds.
    target = many if size == "large" else _plan(tmp_path, text=MINIMAL_PLAN.replace("dx/telework", "dx/telwork"))
    expected = dx("lint", str(target)).returncode
    assert expected == 1
    assert _read_10_bytes_and_leave("lint", str(target)) == (expected, b"")


@pytest.mark.parametrize("command", ["audit", "audit-fails", "compare", "diff", "frameworks"])
def test_row20_a_closed_pipe_keeps_the_exit_code_of_the_drawn_reports(command: str, tmp_path: Path) -> None:
    """The table reports are drawn by rich, which on a closed pipe exits 1 by itself: a passing plan
    read through `| head` must still pass."""
    plan = str(PLANS / "ashibetsu.yaml")
    args = {
        "audit": ["audit", plan],
        "audit-fails": ["audit", plan, "--min-score", "99"],
        "compare": ["compare", str(PLANS)],
        "diff": ["diff", plan, str(PLANS / "kamisato.yaml")],
        "frameworks": ["frameworks", "show", "dx"],
    }[command]
    expected = dx(*args).returncode
    assert expected == (1 if command == "audit-fails" else 0)
    assert _read_10_bytes_and_leave(*args) == (expected, b"")


# --- found by a review of the rows on the finished code ------------------------------------------------


@pytest.mark.parametrize("output", ["p.yaml", "/dev/stdin"])
def test_row01_an_output_that_is_the_file_on_standard_input_is_refused(output: str, tmp_path: Path) -> None:
    plan = _plan(tmp_path, "p.yaml")
    with plan.open("rb") as stream:
        done = dx("audit", "-", "-f", "json", "-o", output, cwd=tmp_path, stdin=stream)
    assert done.returncode == 2
    assert "入力の計画ファイル" in done.stderr.decode("utf-8")
    assert plan.read_text(encoding="utf-8") == MINIMAL_PLAN


def test_row01_an_output_that_is_the_configuration_is_refused(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text("min-score = 0\n", encoding="utf-8")
    run = run_cli("audit", str(_plan(tmp_path)), "--config", str(config), "-f", "json", "-o", str(config))
    assert run.exit_code == 2
    assert "設定ファイル" in run.stderr
    assert config.read_text(encoding="utf-8") == "min-score = 0\n"


def _raw(*args: str, **streams: Any) -> subprocess.CompletedProcess[bytes]:
    """dxcheck with stdout and stderr as given (closed, /dev/full): what dx() cannot set up."""
    done: subprocess.CompletedProcess[bytes] = subprocess.run([DXCHECK, *args], env=_environment(), check=False, timeout=60, **streams)
    return done


def test_row06_a_closed_stdout_is_exit_2_not_an_internal_error(tmp_path: Path) -> None:
    # `dxcheck lint p.yaml >&-`: Python gives no sys.stdout at all
    done = _raw("lint", str(_plan(tmp_path)), stdout=None, stderr=subprocess.PIPE, preexec_fn=lambda: os.close(1))
    assert done.returncode == 2
    assert "書き込めません" in done.stderr.decode("utf-8")
    assert b"internal error" not in done.stderr


@pytest.mark.parametrize(("args", "code"), [(["audit", "nope.yaml"], 2), (["audit", "--bogus"], 2), (["audit", "PLAN"], 0)])
def test_row06_a_full_stderr_does_not_change_the_exit_code(args: list[str], code: int) -> None:
    args = [str(PLANS / "ashibetsu.yaml") if a == "PLAN" else a for a in args]
    with _dev_full() as full:
        done = _raw(*args, stdout=subprocess.DEVNULL, stderr=full)
    assert done.returncode == code


def test_row06_a_closed_stderr_never_sends_messages_into_stdout(tmp_path: Path) -> None:
    # `compare dir -f json > c.json 2>&-`: the 「飛ばしました」 line went into the JSON
    folder = tmp_path / "plans"
    folder.mkdir()
    _plan(folder)
    os.mkfifo(folder / "pipe.yaml")
    done = _raw("compare", str(folder), "-f", "json", stdout=subprocess.PIPE, stderr=None, preexec_fn=lambda: os.close(2))
    assert done.returncode == 0
    assert len(json.loads(done.stdout)["towns"]) == 1


def test_row06_help_to_a_full_device_is_exit_2_said_once() -> None:
    with _dev_full() as full:
        done = dx("--help", stdout=full)
    assert done.returncode == 2
    assert done.stderr.decode("utf-8").count("書き込めません") == 1


def test_row06_an_excel_file_that_cannot_be_made_is_exit_2(tmp_path: Path) -> None:
    # openpyxl wrote each sheet to a temporary file first, and under `ulimit -f` that failed inside lxml;
    # the workbook is now made in memory, and it is the file itself that cannot be written (said once)
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    done = dx("compare", str(PLANS), "-f", "xlsx", "-o", str(tmp_path / "o.xlsx"), preexec_fn=limit)
    assert done.returncode == 2
    said = done.stderr.decode("utf-8")
    assert said.count("書き込めません") == 1
    assert "o.xlsx" in said
    assert "Traceback" not in said
    assert not (tmp_path / "o.xlsx").exists()  # no half-written workbook


@pytest.mark.parametrize("args", [["--help"], ["audit", "--help"]])
def test_row20_help_read_through_head_is_no_failure(args: list[str]) -> None:
    assert _read_10_bytes_and_leave(*args) == (0, b"")


@pytest.mark.parametrize("kind", ["fifo", "directory", "not-utf8"])
def test_init_beside_a_schema_file_that_is_not_one_neither_hangs_nor_crashes(kind: str, tmp_path: Path) -> None:
    schema = tmp_path / "plan.schema.json"
    if kind == "fifo":
        os.mkfifo(schema)
    elif kind == "directory":
        schema.mkdir()
    else:
        schema.write_bytes(b"\xff\xfe{")
    done = dx("init", "-o", str(tmp_path / "new.yaml"), timeout=20)
    assert done.returncode == 0
    assert (tmp_path / "new.yaml").is_file()
