"""The worker pool: plans audited in worker processes, the results in the order of the plans.

compare audits in worker processes, each fed one plan at a time through its own pipe (two plans
ahead, so it never waits). The parent watches every pipe and every process at once, so that:
- a worker that dies (the OOM killer, a kill -9) is seen at once, with the plan it was auditing:
  that plan is reported (DX012) and the others go on in a new worker; after MAX_WORKER_DEATHS
  the comparison stops (WorkersFailed) rather than lose plan after plan;
- workers that cannot all be started (`ulimit -u`, `--jobs 100`) leave the ones that did start,
  or the parent alone, to do the work, and `notice` says so;
- every worker ends with the parent: killed when the parent leaves this code (finished, an error,
  Ctrl-C, SIGTERM), and on Linux killed by the kernel when the parent dies (PR_SET_PDEATHSIG), even
  by SIGKILL; elsewhere a thread in the worker notices that its parent has gone. A worker ignores
  SIGINT (Ctrl-C reaches the whole process group; the parent decides) and never writes to stdout,
  so no worker can keep a pipeline (`dxcheck compare … | cat`) open.

The parent and a worker speak in typed messages: `Task` one way, `Done` or `Failed` the other.

Why not concurrent.futures.ProcessPoolExecutor (measured: benchmarks/futures_pool.py): when a worker
dies, the executor breaks (BrokenProcessPool) and fails every plan in flight, not knowing which one
its worker was auditing, so the plan that killed it cannot be named and the rest cannot go on in a
new worker without the executor's private `_processes`; and it has no way to kill its workers when the
parent is stopped (shutdown waits for the plans in flight; Python 3.14 adds terminate_workers).
"""

from __future__ import annotations

import contextlib
import os
from collections import deque
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from dxcheck.files.streams import STOPPING_SIGNALS, is_stdin
from dxcheck.model import rules
from dxcheck.model.findings import Message, display_name
from dxcheck.model.results import AuditResult, Unauditable

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.context import BaseContext
    from multiprocessing.process import BaseProcess

# What a worker makes of each plan: an audit or a town (compare), a plan's findings (lint). The function
# that makes it is picklable where workers are spawned.
T = TypeVar("T")

MAX_WORKER_DEATHS = 5
_AHEAD = 2  # plans given to a worker at a time: the one it audits and the next


class WorkersFailed(Exception):
    """The worker processes kept dying: the comparison stopped."""

    def __init__(self, deaths: int, remaining: int, lost: list[Unauditable]) -> None:
        super().__init__(f"{deaths} worker processes died; {remaining} plans not audited")
        self.deaths, self.remaining, self.lost = deaths, remaining, lost  # lost: the plans each was auditing


# --- the messages between the parent and a worker ------------------------------------------------


@dataclass(frozen=True)
class Task:
    """Parent → worker: audit the plan at `path`, the `index`th of the comparison."""

    index: int
    path: Path


@dataclass(frozen=True)
class Done:
    """Worker → parent: the plan's outcome."""

    index: int
    outcome: Any  # what the pool's function made of the plan, or Unauditable


@dataclass(frozen=True)
class Failed:
    """Worker → parent: auditing the plan raised (a bug in the audit): the parent raises it too."""

    index: int
    error: Exception


Reply = Done | Failed


# --- the parent's side ---------------------------------------------------------------------------------


@dataclass
class _Worker:
    process: BaseProcess
    connection: Connection
    given: deque[int] = field(default_factory=deque)


class Pool(Generic[T]):
    """`jobs` worker processes auditing (or linting) plans with `audit`; `share`: the outcomes are towns
    as a comparison keeps them (dxcheck.model.town.Shaped), what they share sent once by each worker;
    `notice` is told when the work could not be shared out as asked. A plan whose worker died is an
    Unauditable (DX012), whatever `audit` makes of the others."""

    def __init__(self, audit: Callable[[Path], T], jobs: int, notice: Callable[[Message], None], *, share: bool = False) -> None:
        import multiprocessing

        # fork where there is one (Linux): the workers start with the frameworks already loaded.
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        self.context: BaseContext = multiprocessing.get_context(method)
        self.forks = method == "fork"
        self.audit, self.jobs, self.notice, self.share = audit, jobs, notice, share
        self.workers: list[_Worker] = []
        self.deaths = 0
        self.lost: list[Unauditable] = []

    def start(self, count: int) -> OSError | None:
        """Start `count` more workers; the error that stopped it, if one did."""
        if self.forks:
            import gc

            # What the parent holds (modules, frameworks) is left out of the collector's walks: a
            # worker's collections then look at its own objects only, and do not touch (and copy) the
            # pages it shares with the parent. 5 % less CPU for a comparison of 1,741 plans.
            gc.freeze()
        for _ in range(count):
            ours, theirs = self.context.Pipe()
            inherited = [w.connection for w in self.workers] + [ours] if self.forks else []
            process = self.context.Process(  # type: ignore[attr-defined]  # BaseContext's stub lacks Process
                target=_worker_main, args=(theirs, self.audit, self.share, os.getpid(), inherited), daemon=True
            )
            with _stopping_signals_held():  # a signal now is taken once the worker is known, to be ended
                try:
                    process.start()
                except OSError as exc:  # EAGAIN: the process limit; ENOMEM
                    ours.close()
                    theirs.close()
                    return exc
                theirs.close()
                self.workers.append(_Worker(process, ours))
        return None

    def run(self, paths: list[Path]) -> Iterator[T | Unauditable]:
        """Every plan's outcome, in the order of `paths`, as soon as it and those before it are in."""
        try:
            failure = self.start(self.jobs)
            if failure is not None:
                self.notice(_fewer_workers(self.jobs, len(self.workers), failure))
            pending = deque(range(len(paths)))
            done: dict[int, T | Unauditable | Failed] = {}
            following = 0
            for worker in self.workers:
                self._give(worker, pending, paths, done)
            while following < len(paths):
                if following in done:
                    outcome = done.pop(following)
                    if isinstance(outcome, Failed):
                        raise outcome.error  # a bug in the audit: the same internal error as without workers
                    yield outcome
                    following += 1
                    continue
                if not self.workers:  # none could be started, or none is left: the rest here
                    index = pending.popleft()
                    done[index] = self.audit(paths[index])
                    continue
                self._wait(pending, paths, done)
        finally:
            self.stop()

    def _give(self, worker: _Worker, pending: deque[int], paths: list[Path], done: dict[int, T | Unauditable | Failed]) -> None:
        while len(worker.given) < _AHEAD and pending:
            index = pending.popleft()
            if is_stdin(paths[index]):  # read once, here: a worker's standard input is not the user's
                done[index] = self.audit(paths[index])
                continue
            try:
                worker.connection.send(Task(index, paths[index]))
            except OSError:  # it has just died: _wait sees it and gives its plans to another
                pending.appendleft(index)
                return
            worker.given.append(index)

    def _wait(self, pending: deque[int], paths: list[Path], done: dict[int, T | Unauditable | Failed]) -> None:
        from multiprocessing.connection import wait

        ready = set(wait([w.connection for w in self.workers] + [w.process.sentinel for w in self.workers]))
        for worker in list(self.workers):
            if worker.connection not in ready and worker.process.sentinel not in ready:
                continue
            alive = True
            try:
                while worker.connection.poll():
                    reply: Reply = worker.connection.recv()
                    worker.given.remove(reply.index)
                    match reply:
                        case Failed(index=index):
                            # raised when the plans before it are in (run): the first plan's error in
                            # the order of the plans, as in one process, not the first to arrive
                            done[index] = reply
                        case Done(index=index, outcome=outcome):
                            done[index] = outcome  # its shared parts put back by the pipeline, in order
            except (EOFError, OSError):
                alive = False
            if alive and worker.process.sentinel not in ready:
                self._give(worker, pending, paths, done)
                continue
            self._bury(worker, pending, paths, done)

    def _bury(self, worker: _Worker, pending: deque[int], paths: list[Path], done: dict[int, T | Unauditable | Failed]) -> None:
        """A worker died: report the plan it was auditing, give the rest to the others, replace it."""
        import signal

        worker.process.join(timeout=2)
        code = worker.process.exitcode
        if code is None:  # its pipe broke but it still runs: of no use
            with contextlib.suppress(OSError, ValueError):
                worker.process.kill()
                worker.process.join(timeout=5)
        worker.connection.close()
        self.workers.remove(worker)
        self.deaths += 1
        if worker.given:
            culprit = worker.given.popleft()
            name: str | None = None
            if code is not None and code < 0:
                try:
                    name = signal.Signals(-code).name
                except ValueError:
                    name = f"{-code}"
            shown = display_name(paths[culprit])
            lost = Unauditable(file=shown, findings=[rules.WORKER_DIED(name, None if name else code).at(shown)], could_not_run=True)
            done[culprit] = lost
            self.lost.append(lost)
            pending.extendleft(reversed(worker.given))
        if self.deaths >= MAX_WORKER_DEATHS:
            raise WorkersFailed(self.deaths, len(pending) + sum(len(w.given) for w in self.workers), self.lost)
        if self.start(1) is None:
            self._give(self.workers[-1], pending, paths, done)

    def stop(self) -> None:
        """End every worker now: finished, failed or interrupted, none outlives this."""
        for worker in self.workers:
            with contextlib.suppress(OSError, ValueError):
                worker.process.kill()
        for worker in self.workers:
            with contextlib.suppress(OSError, ValueError):
                worker.process.join(timeout=5)
                worker.connection.close()
        self.workers = []


def _stopping() -> set[int]:
    """The numbers of the signals that stop a command, those this system has."""
    import signal

    return {getattr(signal, name) for name in STOPPING_SIGNALS if hasattr(signal, name)}


@contextlib.contextmanager
def _stopping_signals_held() -> Iterator[None]:
    """Hold the stopping signals while a worker is started. A forked worker begins with the parent's
    handler, which raises KeyboardInterrupt: a Ctrl-C before the worker had set its own (in
    multiprocessing's start-up, `_close_stdin`) printed a traceback beside 「中断しました」 (1 run in 4
    with a Ctrl-C sent to the group as 100 workers started). Held, a signal waits: the worker sets its
    handlers and then lets it in (`_worker_main`), and the parent takes it when `start` has returned."""
    import signal

    if not hasattr(signal, "pthread_sigmask"):  # not on Windows
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, _stopping())
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def _fewer_workers(asked: int, started: int, failure: OSError) -> Message:
    reason = failure.strerror or type(failure).__name__
    if started == 0:
        return Message(
            f"作業プロセスを起動できません（{reason}）。このプロセスだけで続けます",
            f"cannot start worker processes ({reason}); going on in this process alone",
        )
    return Message(
        f"作業プロセスは {asked} 個のうち {started} 個しか起動できませんでした（{reason}）。{started} 個で続けます",
        f"only {started} of {asked} worker processes could be started ({reason}); going on with {started}",
    )


# --- the worker's side ---------------------------------------------------------------------------------


def _worker_main(connection: Connection, audit: Callable[[Path], Any], share: bool, parent: int, inherited: list[Connection]) -> None:
    """A worker: audit the plans the parent sends, one at a time, until the parent goes or closes the pipe."""
    import signal

    try:
        for other in inherited:  # the parent's ends of the other workers' pipes, copied by fork
            other.close()
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        for name in ("SIGTERM", "SIGHUP"):
            if hasattr(signal, name):
                signal.signal(getattr(signal, name), signal.SIG_DFL)
        if hasattr(signal, "pthread_sigmask"):  # held while the parent started this worker (_stopping_signals_held)
            signal.pthread_sigmask(signal.SIG_UNBLOCK, _stopping())
        _die_with(parent)
        _no_stdout()
        sent: set[Hashable] = set()  # the keys of the parts this worker has sent (Shaped.unshare)
        while True:
            try:
                task: Task = connection.recv()
            except (EOFError, OSError):
                break
            try:
                outcome = audit(task.path)
                if share and not isinstance(outcome, AuditResult | Unauditable):
                    outcome.unshare(sent)
                connection.send(Done(task.index, outcome))
            except Exception as exc:
                connection.send(Failed(task.index, _picklable(exc)))
    finally:
        os._exit(0)  # no interpreter teardown, no flush of buffers copied from the parent


def _die_with(parent: int) -> None:
    """End this process when `parent` dies, however it dies."""
    import sys

    if sys.platform.startswith("linux"):
        try:
            import ctypes
            import signal

            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(1, signal.SIGKILL, 0, 0, 0) == 0:  # PR_SET_PDEATHSIG
                if os.getppid() != parent:  # it died before that took effect
                    os._exit(0)
                return
        except (OSError, AttributeError):
            pass
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()


def _no_stdout() -> None:
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.close(devnull)


def _picklable(exc: Exception) -> Exception:
    import pickle

    try:
        pickle.dumps(exc)
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc


def default_jobs() -> int:
    """Workers for a comparison: the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)
