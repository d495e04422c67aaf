"""From the paths a user types to results: one way for every command.

    paths ──expand──▶ plan files ──check──▶ PlanCheck (findings, typed plan) ──audit──▶ AuditResult
                                                                               └──────▶ Unauditable

`expand` turns files, directories and glob patterns into plan files. A `Pipeline` holds what every
plan is checked and audited with — the frameworks, the ones audited, the options — and checks or
audits one plan, or many in worker processes. Nothing here prints; the CLI shows progress and
hands the results to a reporter.
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
from dxcheck.document import check_document, is_document
from dxcheck.findings import Message, display_name
from dxcheck.framework import FrameworkSet
from dxcheck.lint import PlanCheck, check_file, lint_run
from dxcheck.results import AuditOptions, AuditResult, LintRun, Unauditable
from dxcheck.source import file_kind, is_stdin

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


def expand(arguments: Iterable[str | Path]) -> list[Path]:
    """Files, every plan of a directory, and glob patterns, in a stable order without repeats."""
    return scan(arguments).paths


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
    """The configuration names frameworks that do not exist."""

    def __init__(self, unknown: list[str]) -> None:
        super().__init__(", ".join(unknown))
        self.unknown = unknown


def select(frameworks: FrameworkSet, chosen: Iterable[str] | None) -> FrameworkSet:
    """The frameworks the `frameworks` setting names (None: all of them)."""
    if chosen is None:
        return frameworks
    wanted = list(chosen)
    unknown = [f for f in wanted if frameworks.get(f) is None]
    if unknown:
        raise SelectionError(unknown)
    return FrameworkSet([f for f in frameworks if f.id in wanted])


@dataclass(frozen=True)
class Pipeline:
    """What plans are checked and audited with: every known framework (ids in a plan are checked against
    them all), the frameworks the audit reports on, and the audit's options."""

    frameworks: FrameworkSet
    audited: FrameworkSet
    options: AuditOptions = field(default_factory=AuditOptions)

    def check(self, path: Path) -> PlanCheck:
        """Read, validate and cross-check one plan: a YAML file, or a document (.docx, PDF, text) read
        into a draft plan on the way (dxcheck.document)."""
        if is_document(path):
            return check_document(path, self.frameworks)
        return check_file(path, self.frameworks)

    def lint(self, paths: list[Path]) -> LintRun:
        """Every file checked; only its findings are kept until the report (1,741 plans: 42 MiB, not 418)."""
        checks = []
        for path in paths:
            check = self.check(path).findings_only()
            check.findings = [f for f in check.findings if f.code not in self.options.ignore]
            checks.append(check)
        return lint_run(checks)

    def audit(self, path: Path) -> AuditResult | Unauditable:
        """One plan read, linted and audited; or why it could not be audited."""
        from dxcheck.audit import audit  # the engine: not needed to lint

        check = self.check(path)
        if check.plan is None or check.source is None:
            return Unauditable(file=check.file, findings=check.findings, could_not_run=check.could_not_run)
        positions = check.positions()
        result = audit(
            check.plan,
            self.audited,
            file=check.file,
            locate=positions.locate,
            pages=positions.page,
            lint_findings=check.findings,
            options=self.options,
        )
        result.document = check.document
        return result

    def audit_all(
        self, paths: list[Path], *, jobs: int = 1, evidence: bool = True, advance: Callable[[], None] = lambda: None
    ) -> tuple[list[AuditResult], list[Unauditable]]:
        """Every plan audited, in `jobs` worker processes; the results in the order of `paths`.

        With `evidence=False` (the terminal matrix shows verdicts and scores only), workers send back
        each town's verdicts without the evidence, suggestions, findings and per-procedure results:
        those are three quarters of what has to be pickled and unpickled between processes.
        """
        audits: list[AuditResult] = []
        unauditable: list[Unauditable] = []
        outcomes: Iterable[AuditResult | Unauditable]
        if jobs > 1 and len(paths) >= PARALLEL_FROM:
            outcomes = self._in_workers(paths, jobs, evidence)
        else:
            outcomes = (self.audit(path) for path in paths)
        for outcome in outcomes:
            if isinstance(outcome, AuditResult):
                audits.append(outcome)
            else:
                unauditable.append(outcome)
            advance()
        if self.options.infer and audits:
            from dxcheck.infer import persist

            persist()  # what this process read, for the next run (workers keep theirs to themselves)
        return audits, unauditable

    def _in_workers(self, paths: list[Path], jobs: int, evidence: bool) -> Iterator[AuditResult | Unauditable]:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor
        from functools import partial

        # fork where there is one (Linux): the workers start with the frameworks already loaded.
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        chunk = max(1, min(64, len(paths) // (jobs * 8)))
        with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context(method)) as pool:
            yield from pool.map(partial(_audit_in_worker, self, evidence), paths, chunksize=chunk)


def _audit_in_worker(pipeline: Pipeline, evidence: bool, path: Path) -> AuditResult | Unauditable:
    outcome = pipeline.audit(path)
    if evidence or not isinstance(outcome, AuditResult):
        return outcome
    return verdicts_only(outcome)


def verdicts_only(result: AuditResult) -> AuditResult:
    """The audit with its verdicts and scores, without evidence, suggestions, warnings or procedure items
    (the errors stay: the matrix marks a plan whose file has errors)."""
    frameworks = [
        replace(f, items=[replace(i, evidence=[], suggestions=[], actionability=None) for i in f.items]) for f in result.frameworks
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
