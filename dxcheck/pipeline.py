"""From the paths a user types to results: one way for every command.

    paths ──scan──▶ plan files ──check──▶ PlanCheck (findings, typed plan) ──audit──▶ AuditResult
                                                                               └──────▶ Unauditable

`scan` turns files, directories and glob patterns into plan files. A `Pipeline` holds what every
plan is checked and audited with — the catalogue of framework editions, the ones audited, the
editions asked for, the options — and checks or audits one plan, or many in worker processes.

Which edition of a framework a plan is audited with is decided here (`Pipeline.choose`), in this
order: `--edition` (then the configuration file's `edition`); the plan's own declaration
(`frameworks: {dx: "2.3"}`); the edition in force on the day the plan was adopted (`plan.adopted`;
a month or a year alone means its first day); else on the first day of its period (1 April of the
start year); else the newest edition. A plan dated before the first edition gets the first.
`--against dx@2.3` audits a plan with its own edition's links carried to a newer one.
Nothing here prints; the CLI shows progress and hands the results to a reporter.
"""

from __future__ import annotations

import contextlib
import glob
import os
import stat
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from dxcheck import rules
from dxcheck.findings import Message, Severity, display_name
from dxcheck.framework import Catalogue, EditionChoice, FrameworkSet, PlanFrameworks, SelectedBy
from dxcheck.lint import PlanCheck, lint_run
from dxcheck.plan import Plan
from dxcheck.results import AuditOptions, AuditResult, ItemResult, LintRun, Unauditable
from dxcheck.source import file_kind
from dxcheck.streams import is_stdin

SortKey = Literal["score", "name", "code"]
PLAN_SUFFIXES = (".yaml", ".yml")

# Below this many plans, starting worker processes costs more than it saves.
PARALLEL_FROM = 24


@dataclass(frozen=True)
class Skipped:
    """An entry of a directory that looks like a plan but was not taken, and why ("fifo", "directory" …)."""

    path: Path
    reason: str


@dataclass
class Scan:
    """The plan files the arguments name, and what was passed over in the directories among them."""

    paths: list[Path] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


class UnlistableDirectory(Exception):
    """A directory given as an argument whose entries cannot be read."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path, self.reason = path, reason


def is_plan_name(path: Path) -> bool:
    """Whether a directory entry is taken as a plan: *.yaml or *.yml, in any case (恵庭市.YAML)."""
    return path.suffix.lower() in PLAN_SUFFIXES


def scan(arguments: Iterable[str | Path]) -> Scan:
    """Files, every plan of a directory, and glob patterns, in a stable order without repeats.

    A file named on the command line is taken as it is (reading it says what is wrong with it). In
    a directory, every *.yaml / *.yml entry, in any case, is taken when it is a regular file or a
    link to one, and also when it is a broken link (reading it is then an error: a plan that has
    gone missing must not pass unnoticed). A directory, FIFO, socket or device with a plan's name
    is passed over and reported in `skipped`. `-` (standard input) is kept as it is.
    """
    result = Scan()
    found: list[Path] = []
    for argument in arguments:
        path = Path(argument)
        text = str(argument)
        if text != "-" and path.is_dir():
            found.extend(_directory(path, result.skipped))
        elif any(ch in text for ch in "*?[") and not path.exists():
            found.extend(sorted(Path(p) for p in glob.glob(text, recursive=True)))
        else:
            found.append(path)
    seen: set[Path] = set()
    for path in found:
        key = path if str(path) == "-" else Path(os.path.realpath(path))  # realpath, unlike resolve(), does not raise on a symlink loop
        if key not in seen:
            seen.add(key)
            result.paths.append(path)
    return result


def _directory(path: Path, skipped: list[Skipped]) -> list[Path]:
    try:
        entries = sorted(path.iterdir())
    except OSError as exc:
        raise UnlistableDirectory(path, exc.strerror or type(exc).__name__) from None
    taken = []
    for entry in entries:
        if not is_plan_name(entry):
            continue
        try:
            mode = entry.stat().st_mode
        except FileNotFoundError:
            taken.append(entry)  # a broken link: an error when it is read
            continue
        except OSError:
            taken.append(entry)  # a symlink loop, a target that cannot be reached: reading says which
            continue
        if stat.S_ISREG(mode):
            taken.append(entry)
        else:
            skipped.append(Skipped(entry, special_kind(mode)))
    return taken


def special_kind(mode: int) -> str:
    """What a file that is not a regular file is: "directory", "fifo", "char", "block", "socket"."""
    return "directory" if stat.S_ISDIR(mode) else file_kind(mode)


class SelectionError(Exception):
    """The configuration names frameworks (or editions) that do not exist."""

    def __init__(self, unknown: list[str]) -> None:
        super().__init__(", ".join(unknown))
        self.unknown = unknown


def select(catalogue: Catalogue, chosen: Iterable[str] | None) -> list[str] | None:
    """The frameworks the `frameworks` setting names (None: all of them), checked."""
    if chosen is None:
        return None
    wanted = list(chosen)
    unknown = [f for f in wanted if catalogue.get(f) is None or catalogue.get(f).kind != "framework"]  # type: ignore[union-attr]
    if unknown:
        raise SelectionError(unknown)
    return wanted


def editions(catalogue: Catalogue, asked: dict[str, str]) -> dict[str, str]:
    """`--edition dx=2.3` (or the configuration's `edition`), checked against the catalogue."""
    unknown = [f"{f}@{e}" for f, e in asked.items() if catalogue.get(f, e) is None or catalogue.get(f, e).kind != "framework"]  # type: ignore[union-attr]
    if unknown:
        raise SelectionError(unknown)
    return dict(asked)


def first_day(date: str) -> str:
    """2022 → 2022-01-01, 2022-03 → 2022-03-01: the day a partial date certainly includes."""
    parts = date.split("-")
    return "-".join([parts[0], *(parts[1:2] or ["01"]), *(parts[2:3] or ["01"])])


@dataclass(frozen=True)
class Pipeline:
    """What plans are checked and audited with: every framework edition (ids in a plan are checked
    against the editions that apply to it), the frameworks the audit reports on, the editions asked
    for (`--edition`, the configuration), the newer editions to carry plans to (`--against`), and the
    audit's options."""

    catalogue: Catalogue
    only: list[str] | None = None
    options: AuditOptions = field(default_factory=AuditOptions)
    editions: dict[str, str] = field(default_factory=dict)
    editions_from: str = "option"  # "option" or the configuration file's path
    against: dict[str, str] = field(default_factory=dict)

    def choose(self, plan: Plan) -> PlanFrameworks:
        """The edition of each framework the plan is checked and audited with, and why."""
        choices: list[EditionChoice] = []
        unknown: list[tuple[str, str]] = []
        for framework_id in self.catalogue.ids:
            found = self.catalogue.editions(framework_id)
            if found[-1].kind != "framework":
                continue
            declared = plan.frameworks.get(framework_id)
            if declared is not None and self.catalogue.get(framework_id, declared) is None:
                unknown.append((framework_id, declared))
                declared = None
            if framework_id in self.editions:
                by: SelectedBy = "option" if self.editions_from == "option" else "config"
                reference = None if by == "option" else self.editions_from
                choices.append(EditionChoice(framework_id, self.editions[framework_id], by, reference))
            elif len(found) == 1:
                choices.append(EditionChoice(framework_id, found[0].edition, "only"))
            elif declared is not None:
                choices.append(EditionChoice(framework_id, declared, "declared"))
            else:
                choices.append(self._by_date(framework_id, plan))
        chosen = self.catalogue.select({c.framework: c.edition for c in choices})
        return PlanFrameworks(chosen, tuple(choices), self.catalogue, tuple(unknown))

    def _by_date(self, framework_id: str, plan: Plan) -> EditionChoice:
        period = plan.plan.period
        if plan.plan.adopted:
            day, by, reference = first_day(plan.plan.adopted), "adopted", plan.plan.adopted
        elif period is not None and period.start is not None:
            day, by, reference = f"{period.start}-04-01", "period", str(period.start)
        else:
            newest = self.catalogue.get(framework_id)
            assert newest is not None
            return EditionChoice(framework_id, newest.edition, "latest")
        found = self.catalogue.in_force(framework_id, day)
        assert found is not None
        edition, in_force = found
        return EditionChoice(framework_id, edition.edition, by if in_force else "before-first", reference)  # type: ignore[arg-type]

    def check(self, path: Path) -> PlanCheck:
        """Read, validate and cross-check one plan, with the editions that apply to it: a YAML file, or a
        document (.docx, PDF, text) read into a draft plan on the way (dxcheck.read)."""
        from dxcheck.read import PlanSource, read

        return read(PlanSource(path), self.choose)

    def lint(self, paths: list[Path]) -> LintRun:
        """Every file checked; only its findings are kept until the report (1,741 plans: 42 MiB, not 418)."""
        checks = []
        for path in paths:
            check = self.check(path).findings_only()
            check.findings = [f for f in check.findings if f.code not in self.options.ignore]
            checks.append(check)
        return lint_run(checks)

    def audited(self, chosen: PlanFrameworks) -> FrameworkSet:
        """The frameworks the audit reports on, in the editions chosen for the plan."""
        if self.only is None:
            return chosen.frameworks
        return self.catalogue.select(chosen.frameworks.editions, only=self.only)

    def audit(self, path: Path) -> AuditResult | Unauditable:
        """One plan read, linted and audited; or why it could not be audited. What inference read is
        kept for the next run."""
        outcome = self._audit_path(path)
        self._persist([outcome])
        return outcome

    def audit_checks(self, checks: Iterable[PlanCheck]) -> list[AuditResult | Unauditable]:
        """Plans already read and checked (dxcheck.read), audited; what inference read is kept for the next run."""
        outcomes = [self.audit_check(check) for check in checks]
        self._persist(outcomes)
        return outcomes

    def _audit_path(self, path: Path) -> AuditResult | Unauditable:
        return self.audit_check(self.check(path))

    def _persist(self, outcomes: Iterable[AuditResult | Unauditable]) -> None:
        if self.options.infer and any(isinstance(o, AuditResult) for o in outcomes):
            from dxcheck.infer import persist

            persist()  # what this process read, for the next run (workers keep theirs to themselves)

    def audit_check(self, check: PlanCheck) -> AuditResult | Unauditable:
        """A plan already read and checked (a file, or its text at a git revision: dxcheck.revision), audited."""
        from dxcheck.audit import Carry, audit  # the engine: not needed to lint

        if check.plan is None or check.source is None or check.frameworks is None:
            return Unauditable(file=check.file, findings=check.findings, could_not_run=check.could_not_run)
        chosen, plan, carry = check.frameworks, check.plan, None
        for framework_id, newer in self.against.items():
            own = chosen.choice(framework_id)
            if own is None or own.edition == newer:
                continue
            old_edition, new_edition = self.catalogue.get(framework_id, own.edition), self.catalogue.get(framework_id, newer)
            assert old_edition is not None
            assert new_edition is not None
            if old_edition.date > new_edition.date:
                continue  # --against names an edition older than the plan's own: nothing to carry it to
            mapping = self.catalogue.carry(framework_id, own.edition, newer)
            plan = carried(plan, framework_id, mapping)
            choices = tuple(
                EditionChoice(c.framework, newer, "against", own.edition) if c.framework == framework_id else c for c in chosen.choices
            )
            chosen = PlanFrameworks(
                self.catalogue.select({c.framework: c.edition for c in choices}), choices, self.catalogue, chosen.unknown_editions
            )
            linked = _links(check.plan)
            addressed = frozenset(i.id for i in old_edition.items if f"{framework_id}/{i.id}" in linked)
            carry = Carry(framework=framework_id, old=old_edition, new=new_edition, mapping=mapping, addressed=addressed)
        positions = check.positions()
        findings = check.findings
        if self.options.accept_reading:
            findings = [replace(f, severity=Severity.WARNING) if f.code == rules.READING_DOUBTFUL.code else f for f in findings]
        audited = self.audited(chosen)
        result = audit(
            plan,
            audited,
            file=check.file,
            locate=positions.locate,
            pages=positions.page,
            lint_findings=findings,
            options=self.options,
            choices=chosen.choices,
            carry=carry,
        )
        if check.document is not None:
            from dxcheck.audit import read_unplaced

            result.document = replace(check.document, accepted=self.options.accept_reading and bool(check.document.doubts))
            if self.options.infer:
                result.document.unplaced = read_unplaced(result.document.unplaced, audited)
        return result

    def audit_all(
        self,
        paths: list[Path],
        *,
        jobs: int = 1,
        evidence: bool = True,
        advance: Callable[[], None] = lambda: None,
        notice: Callable[[Message], None] = lambda message: None,
    ) -> tuple[list[AuditResult], list[Unauditable]]:
        """Every plan audited, in `jobs` worker processes; the results in the order of `paths`.

        With `evidence=False` (the terminal matrix shows verdicts and scores only), workers send back
        each town's verdicts without the evidence, suggestions, findings and per-procedure results:
        those are three quarters of what has to be pickled and unpickled between processes.
        `notice` is told when the work could not be shared out as asked (see `_Workers`).
        """
        audits: list[AuditResult] = []
        unauditable: list[Unauditable] = []
        outcomes: Iterable[AuditResult | Unauditable]
        if jobs > 1 and len(paths) >= PARALLEL_FROM:
            outcomes = _Workers(self, evidence, min(jobs, len(paths)), notice).run(paths)
        else:
            outcomes = (self._audit_path(path) for path in paths)
        for outcome in outcomes:
            if isinstance(outcome, AuditResult):
                audits.append(outcome)
            else:
                unauditable.append(outcome)
            advance()
        self._persist(audits)
        return audits, unauditable


# --- worker processes ------------------------------------------------------------------------------
#
# compare audits in worker processes, each fed one plan at a time through its own pipe (two plans
# ahead, so it never waits). The parent watches every pipe and every process at once, so that:
# - a worker that dies (the OOM killer, a kill -9) is seen at once, with the plan it was auditing:
#   that plan is reported (DX011) and the others go on in a new worker; after MAX_WORKER_DEATHS
#   the comparison stops (WorkersFailed) rather than lose plan after plan;
# - workers that cannot all be started (`ulimit -u`, `--jobs 100`) leave the ones that did start,
#   or the parent alone, to do the work, and `notice` says so;
# - every worker ends with the parent: killed when the parent leaves this code (finished, an error,
#   Ctrl-C, SIGTERM), and on Linux killed by the kernel when the parent dies (PR_SET_PDEATHSIG), even
#   by SIGKILL; elsewhere a thread in the worker notices that its parent has gone. A worker ignores
#   SIGINT (Ctrl-C reaches the whole process group; the parent decides) and never writes to stdout,
#   so no worker can keep a pipeline (`dxcheck compare … | cat`) open.

MAX_WORKER_DEATHS = 5
_AHEAD = 2  # plans given to a worker at a time: the one it audits and the next


class WorkersFailed(Exception):
    """The worker processes kept dying: the comparison stopped."""

    def __init__(self, deaths: int, remaining: int, lost: list[Unauditable]) -> None:
        super().__init__(f"{deaths} worker processes died; {remaining} plans not audited")
        self.deaths, self.remaining, self.lost = deaths, remaining, lost  # lost: the plans each was auditing


@dataclass
class _Worker:
    process: Any
    connection: Any
    given: deque[int] = field(default_factory=deque)
    items: list[ItemResult] = field(default_factory=list)  # what its item codes stand for (_ItemCodes)


class _Workers:
    def __init__(self, pipeline: Pipeline, evidence: bool, jobs: int, notice: Callable[[Message], None]) -> None:
        import multiprocessing

        # fork where there is one (Linux): the workers start with the frameworks already loaded.
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        self.context: Any = multiprocessing.get_context(method)
        self.forks = method == "fork"
        self.pipeline, self.evidence, self.jobs, self.notice = pipeline, evidence, jobs, notice
        self.workers: list[_Worker] = []
        self.deaths = 0
        self.lost: list[Unauditable] = []
        self.shared = _Shared() if not evidence else None

    def start(self, count: int) -> OSError | None:
        """Start `count` more workers; the error that stopped it, if one did."""
        for _ in range(count):
            ours, theirs = self.context.Pipe()
            inherited = [w.connection for w in self.workers] + [ours] if self.forks else []
            process = self.context.Process(
                target=_worker_main, args=(theirs, self.pipeline, self.evidence, os.getpid(), inherited), daemon=True
            )
            try:
                process.start()
            except OSError as exc:  # EAGAIN: the process limit; ENOMEM
                ours.close()
                theirs.close()
                return exc
            theirs.close()
            self.workers.append(_Worker(process, ours))
        return None

    def run(self, paths: list[Path]) -> Iterator[AuditResult | Unauditable]:
        try:
            failure = self.start(self.jobs)
            if failure is not None:
                self.notice(_fewer_workers(self.jobs, len(self.workers), failure))
            pending = deque(range(len(paths)))
            done: dict[int, AuditResult | Unauditable] = {}
            following = 0
            for worker in self.workers:
                self._give(worker, pending, paths, done)
            while following < len(paths):
                if following in done:
                    yield done.pop(following)
                    following += 1
                    continue
                if not self.workers:  # none could be started, or none is left: the rest here
                    index = pending.popleft()
                    done[index] = _audit_in_worker(self.pipeline, self.evidence, paths[index])
                    continue
                self._wait(pending, paths, done)
        finally:
            self.stop()

    def _give(self, worker: _Worker, pending: deque[int], paths: list[Path], done: dict[int, AuditResult | Unauditable]) -> None:
        while len(worker.given) < _AHEAD and pending:
            index = pending.popleft()
            if is_stdin(paths[index]):  # read once, here: a worker's standard input is not the user's
                done[index] = _audit_in_worker(self.pipeline, self.evidence, paths[index])
                continue
            try:
                worker.connection.send((index, paths[index]))
            except OSError:  # it has just died: _wait sees it and gives its plans to another
                pending.appendleft(index)
                return
            worker.given.append(index)

    def _wait(self, pending: deque[int], paths: list[Path], done: dict[int, AuditResult | Unauditable]) -> None:
        from multiprocessing.connection import wait

        ready = set(wait([w.connection for w in self.workers] + [w.process.sentinel for w in self.workers]))
        for worker in list(self.workers):
            if worker.connection not in ready and worker.process.sentinel not in ready:
                continue
            alive = True
            try:
                while worker.connection.poll():
                    kind, index, value = worker.connection.recv()
                    worker.given.remove(index)
                    if kind == "error":
                        raise value  # a bug in the audit: the same internal error as without workers
                    done[index] = self.shared.decode(worker.items, value) if self.shared is not None else value
            except (EOFError, OSError):
                alive = False
            if alive and worker.process.sentinel not in ready:
                self._give(worker, pending, paths, done)
                continue
            self._bury(worker, pending, paths, done)

    def _bury(self, worker: _Worker, pending: deque[int], paths: list[Path], done: dict[int, AuditResult | Unauditable]) -> None:
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


class _Shared:
    """Verdicts without evidence, received town by town: what thousands of towns have alike is kept
    once. An item without evidence is the same value in every town with its verdict (id, status,
    titles), so each town's list points at one shared ItemResult; the texts of the frameworks and
    scores are shared too. 10,000 towns held 47 KiB each in compare's process, now a few. (Results
    are never changed after the audit: sharing them is safe.)"""

    def __init__(self) -> None:
        self.items: dict[tuple[Any, ...], ItemResult] = {}
        self.texts: dict[str, str] = {}

    def decode(self, table: list[ItemResult], sent: Any) -> AuditResult | Unauditable:
        """A worker's verdicts (_ItemCodes.encode) as a town's result, its items the shared ones."""
        if not isinstance(sent, tuple):
            return self.verdicts(sent)
        outcome, codes, new = sent
        table.extend(self._item(item) for item in new)
        for framework, numbers in zip(outcome.frameworks, codes, strict=True):
            framework.items = [table[n] for n in numbers]
        return self.verdicts(outcome, items=False)

    def verdicts(self, outcome: AuditResult | Unauditable, *, items: bool = True) -> AuditResult | Unauditable:
        if not isinstance(outcome, AuditResult):
            return outcome
        text = self.texts.setdefault
        for framework in outcome.frameworks:
            framework.id, framework.title, framework.title_en = (
                text(framework.id, framework.id),
                text(framework.title, framework.title),
                text(framework.title_en, framework.title_en),
            )
            framework.edition = text(framework.edition, framework.edition)
            if items:
                framework.items = [self._item(item) for item in framework.items]
        return outcome

    def _item(self, item: ItemResult) -> ItemResult:
        if item.evidence or item.suggestions or item.not_counted or item.actionability is not None:
            return item
        return self.items.setdefault(_item_key(item), item)


class _ItemCodes:
    """A worker's side of _Shared: each item without evidence (id, status, titles …) is sent once,
    then as its number. A town's verdicts were 14.6 KB to pickle and 0.43 ms to unpickle in the
    parent (10,000 towns: 4 s of compare's own time); now a few hundred bytes."""

    def __init__(self) -> None:
        self.numbers: dict[tuple[Any, ...], int] = {}

    def encode(self, outcome: AuditResult | Unauditable) -> Any:
        if not isinstance(outcome, AuditResult):
            return outcome
        if any(i.evidence or i.suggestions or i.not_counted or i.actionability is not None for f in outcome.frameworks for i in f.items):
            return outcome  # not verdicts only: sent whole
        new: list[ItemResult] = []
        codes: list[list[int]] = []
        for framework in outcome.frameworks:
            numbers = []
            for item in framework.items:
                key = _item_key(item)
                number = self.numbers.get(key)
                if number is None:
                    number = self.numbers[key] = len(self.numbers)
                    new.append(item)
                numbers.append(number)
            codes.append(numbers)
        bare = replace(outcome, frameworks=[replace(f, items=[]) for f in outcome.frameworks])
        return bare, codes, new


def _item_key(item: ItemResult) -> tuple[Any, ...]:
    """Every field of an item without evidence (the edition too: dx@1.0/telework is not dx@2.3/telework)."""
    return (
        item.id, item.framework, item.edition, item.title, item.title_en, item.group, item.required, item.status,
        item.national_target_fiscal_year,
    )  # fmt: skip


def _fewer_workers(asked: int, started: int, failure: OSError) -> Message:
    reason = failure.strerror or type(failure).__name__
    if started <= 1:
        return Message(
            f"作業プロセスを起動できません（{reason}）。このプロセスだけで監査を続けます",
            f"cannot start worker processes ({reason}); auditing in this process alone",
        )
    return Message(
        f"作業プロセスは {asked} 個のうち {started} 個しか起動できませんでした（{reason}）。{started} 個で続けます",
        f"only {started} of {asked} worker processes could be started ({reason}); going on with {started}",
    )


def _worker_main(connection: Any, pipeline: Pipeline, evidence: bool, parent: int, inherited: list[Any]) -> None:
    """A worker: audit the plans the parent sends, one at a time, until told to stop or the parent goes."""
    import signal

    try:
        for other in inherited:  # the parent's ends of the other workers' pipes, copied by fork
            other.close()
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        for name in ("SIGTERM", "SIGHUP"):
            if hasattr(signal, name):
                signal.signal(getattr(signal, name), signal.SIG_DFL)
        _die_with(parent)
        _no_stdout()
        codes = None if evidence else _ItemCodes()
        while True:
            try:
                task = connection.recv()
            except (EOFError, OSError):
                break
            if task is None:
                break
            index, path = task
            try:
                outcome = _audit_in_worker(pipeline, evidence, path)
                connection.send(("done", index, outcome if codes is None else codes.encode(outcome)))
            except Exception as exc:
                connection.send(("error", index, _picklable(exc)))
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


def _links(plan: Plan) -> set[str]:
    """Every item a measure of the plan links to (addresses)."""
    return {link.item for _, measure in plan.walk_measures() for link in measure.links()}


def carried(plan: Plan, framework_id: str, mapping: dict[str, tuple[str | None, str]]) -> Plan:
    """The plan with its links to items of `framework_id` carried to a newer edition (`mapping`, from
    Catalogue.carry): `dx/online` becomes `dx/frontyard`, noted. A link to an item not carried stays
    as it was: the newer edition lacks it, so the audit does not count it (and lists it, DX551).
    Nothing is added or removed, so the paths into the file, and so the positions, stay the same."""
    from dxcheck.plan import ItemLink, Policy

    def carry(link: ItemLink) -> ItemLink:
        name, _, item = link.item.partition("/")
        if name != framework_id:
            return link
        target, how = mapping.get(item, (None, "unknown"))
        if target is None or (target == item and how == "same"):
            return link
        note = f"{link.item} から（{how}）" + (f" {link.note}" if link.note else "")
        return link.model_copy(update={"item": f"{framework_id}/{target}", "note": note})

    def policy(node: Policy) -> Policy:
        measures = [m.model_copy(update={"addresses": [carry(link) for link in m.links()]}) if m.addresses else m for m in node.measures]
        return node.model_copy(update={"measures": measures, "policies": [policy(p) for p in node.policies]})

    exemptions = [e.model_copy(update={"item": carry(ItemLink(item=e.item)).item}) for e in plan.exemptions]
    return plan.model_copy(update={"policies": [policy(p) for p in plan.policies], "exemptions": exemptions})


def _audit_in_worker(pipeline: Pipeline, evidence: bool, path: Path) -> AuditResult | Unauditable:
    outcome = pipeline._audit_path(path)
    if evidence or not isinstance(outcome, AuditResult):
        return outcome
    return verdicts_only(outcome)


def verdicts_only(result: AuditResult) -> AuditResult:
    """The audit with its verdicts and scores, without evidence, suggestions, sentences not counted,
    warnings or procedure items (the errors stay: the matrix marks a plan whose file has errors)."""
    frameworks = [
        replace(f, items=[replace(i, evidence=[], suggestions=[], not_counted=[], actionability=None) for i in f.items])
        for f in result.frameworks
    ]
    return replace(
        result,
        frameworks=frameworks,
        procedures=replace(result.procedures, items=[]),
        findings=[f for f in result.findings if f.severity == "error"],
    )


def default_jobs() -> int:
    """Workers for a comparison: the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def sort_audits(audits: list[AuditResult], key: SortKey) -> list[AuditResult]:
    """Towns by overall score (best first), by name, or by municipality code; ties by file."""
    if key == "score":
        return sorted(audits, key=lambda a: (-a.overall_score, a.plan.code or "", a.file))
    if key == "code":
        return sorted(audits, key=lambda a: (a.plan.code or "999999", a.file))
    return sorted(audits, key=lambda a: (a.plan.municipality, a.file))
