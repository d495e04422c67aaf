"""Can concurrent.futures.ProcessPoolExecutor keep what compare's worker pool (dxcheck.audit.workers) promises?
Not part of the tests; run it to see (Linux: it reads /proc).

    .venv/bin/python benchmarks/futures_pool.py

The promises (tests/test_faults_processes.py): a worker killed while auditing names its plan (DX012)
and the rest goes on; no worker outlives compare, stopped by SIGTERM or killed by SIGKILL; Ctrl-C
(SIGINT to the whole process group) is said once, by dxcheck, without a worker's traceback. Each probe
runs the executor the way dxcheck would have to (fork, an initializer that ignores SIGINT, a signal
handler that turns SIGTERM into KeyboardInterrupt as dxcheck.main does) and prints what it saw.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import time
from concurrent.futures.process import BrokenProcessPool


def _task(n: int) -> int:
    """A plan's audit: a short wait; plan 7 is killed as the OOM killer would."""
    if n == 7:
        os.kill(os.getpid(), signal.SIGKILL)
    time.sleep(0.05)
    return n


def _quiet() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def killed_worker() -> str:
    """A worker killed in the middle of plan 7 of 40."""
    context = multiprocessing.get_context("fork")
    with concurrent.futures.ProcessPoolExecutor(2, mp_context=context, initializer=_quiet) as executor:
        futures = [executor.submit(_task, n) for n in range(40)]
        done, broken = [], []
        for n, future in enumerate(futures):
            try:
                done.append(future.result())
            except BrokenProcessPool:
                broken.append(n)
        try:
            executor.submit(_task, 0).result()
            again = "accepts more work"
        except BrokenProcessPool:
            again = "refuses more work (BrokenProcessPool)"
    return (
        f"{len(done)} plans audited, {len(broken)} failed with BrokenProcessPool ({broken[:6]}…), the executor {again}; "
        "the exception does not say which plan the dead worker held, so plan 7 cannot be named (DX012) "
        "and the others must be resubmitted to a new executor, with the culprit among them"
    )


_CHILD = textwrap.dedent(
    """
    import concurrent.futures, multiprocessing, os, signal, sys, time

    def task(n):
        time.sleep(5)

    def quiet():
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        if {deathsig}:  # as dxcheck.audit.workers does: the kernel kills the worker when its parent dies
            import ctypes
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL, 0, 0, 0)

    def stop(number, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    executor = concurrent.futures.ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("fork"), initializer=quiet)
    futures = [executor.submit(task, n) for n in range(8)]
    print("started", flush=True)
    try:
        for future in futures:
            future.result()
    except KeyboardInterrupt:
        sys.stderr.write("dxcheck: interrupted\\n")
        executor.shutdown(wait={wait}, cancel_futures=True)
        sys.stderr.flush()
        os._exit(143)
    """
)


def _children(pid: int) -> list[int]:
    found = []
    with contextlib.suppress(OSError):
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as children:
                found += [int(c) for c in children.read().split()]
    return found


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat_file:
            return stat_file.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _parent(wait: bool, how: signal.Signals, *, deathsig: bool = False) -> str:
    child = _CHILD.replace("{wait}", str(wait)).replace("{deathsig}", str(deathsig))
    process = subprocess.Popen([sys.executable, "-c", child], stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    assert process.stdout is not None
    process.stdout.readline()
    deadline = time.monotonic() + 10
    while len(workers := _children(process.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.5)  # the workers have run their initializer
    started = time.monotonic()
    if how is signal.SIGINT:
        os.killpg(process.pid, signal.SIGINT)  # Ctrl-C: the whole process group
    else:
        process.send_signal(how)
    try:
        process.wait(timeout=40)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    took = time.monotonic() - started
    time.sleep(0.5)
    left = [w for w in workers if _running(w)]  # an orphan holds stdout and stderr open: `| cat` never ends
    for worker in left:
        with contextlib.suppress(OSError):
            os.kill(worker, signal.SIGKILL)
    _, stderr = process.communicate()
    said = stderr.decode("utf-8", "replace").strip().splitlines()
    return f"parent gone after {took:.1f} s, {len(left)} of {len(workers)} workers still running, {len(said)} line(s) on stderr {said[-1:]}"


def pickled_task() -> str:
    """What submit() pickles with every plan: the function and its arguments (compare's pipeline, with the catalogue)."""
    import functools
    import pickle

    from dxcheck.audit.pipeline import Pipeline, audit_for_comparison
    from dxcheck.catalogue.framework import shipped_catalogue

    task = functools.partial(audit_for_comparison, Pipeline(shipped_catalogue()), None)
    started = time.perf_counter()
    size = len(pickle.dumps(task))
    took = (time.perf_counter() - started) * 1000
    return f"{size / 1024:.0f} KiB pickled in {took:.1f} ms per plan (the hand-written pool forks with it once, then sends a path)"


def main() -> int:
    if not os.path.exists("/proc/self/task"):
        print("needs Linux's /proc")
        return 1
    print(f"Python {sys.version.split()[0]}, concurrent.futures.ProcessPoolExecutor (fork, initializer ignoring SIGINT)")
    print(f"- a worker killed (SIGKILL) while auditing: {killed_worker()}")
    print(f"- submit(audit, plan): {pickled_task()}")
    print(f"- SIGTERM, shutdown(wait=True):  {_parent(True, signal.SIGTERM)}")
    print(f"- SIGTERM, shutdown(wait=False): {_parent(False, signal.SIGTERM)}")
    print(f"- SIGKILL to the parent:         {_parent(False, signal.SIGKILL)}")
    print(f"- Ctrl-C (SIGINT to the group):  {_parent(False, signal.SIGINT)}")
    print("With an initializer that sets PR_SET_PDEATHSIG in each worker, as dxcheck.audit.workers does:")
    print(f"- SIGTERM, shutdown(wait=False): {_parent(False, signal.SIGTERM, deathsig=True)}")
    print(f"- SIGKILL to the parent:         {_parent(False, signal.SIGKILL, deathsig=True)}")
    print(
        "So orphans can be avoided (an initializer), and the parent need not wait (shutdown(wait=False));\n"
        "but a worker's death breaks the whole executor and its plan cannot be named: the hand-written pool stays."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
