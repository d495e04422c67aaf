"""`dxcheck compare`: the same audit for many towns, side by side.

Pure pipeline code: which files to read, auditing each, and the order of the towns. The CLI shows
the progress; reporters turn the list of AuditResults into a matrix, CSV, Excel, Markdown or HTML.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from dxcheck.audit import AuditResult, FailOn, audit
from dxcheck.findings import Finding
from dxcheck.framework import FrameworkSet
from dxcheck.lint import check_file

SortKey = Literal["score", "name", "code"]


def plan_paths(arguments: Iterable[str]) -> list[Path]:
    """Files, every *.yaml / *.yml of a directory, and glob patterns, in a stable order without repeats."""
    found: list[Path] = []
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file()))
        elif any(ch in argument for ch in "*?[") and not path.exists():
            found.extend(sorted(Path(p) for p in glob.glob(argument, recursive=True)))
        else:
            found.append(path)
    seen: set[Path] = set()
    unique = []
    for path in found:
        key = Path(os.path.realpath(path))  # realpath, unlike resolve(), does not raise on a symlink loop
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


@dataclass
class Comparison:
    """The audits that ran, and the plans that could not be audited with the reason."""

    audits: list[AuditResult] = field(default_factory=list)
    failed: list[tuple[str, list[Finding], bool]] = field(default_factory=list)  # file, findings, could not run


def audit_one(
    path: Path,
    frameworks: FrameworkSet,
    *,
    infer: bool = True,
    fail_on: FailOn = "missing",
    min_score: float | None = None,
    lang: Literal["ja", "en"] = "ja",
    ignore: frozenset[str] = frozenset(),
    audited: FrameworkSet | None = None,
) -> AuditResult | tuple[str, list[Finding], bool]:
    """One plan read, linted and audited (against `audited`, else every framework); or the findings
    that kept it from being audited, and whether the file could not be read at all."""
    check = check_file(path, frameworks)
    if check.plan is None or check.source is None:
        return check.file, check.findings, check.could_not_run
    return audit(
        check.plan,
        audited or frameworks,
        file=check.file,
        locate=check.positions().locate,
        lint_findings=check.findings,
        infer=infer,
        fail_on=fail_on,
        min_score=min_score,
        lang=lang,
        ignore=ignore,
    )


def default_jobs() -> int:
    """Workers for a comparison: the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


# Below this many plans, starting worker processes costs more than it saves.
PARALLEL_FROM = 24


def compare(
    paths: list[Path],
    frameworks: FrameworkSet,
    *,
    infer: bool = True,
    fail_on: FailOn = "missing",
    min_score: float | None = None,
    lang: Literal["ja", "en"] = "ja",
    ignore: frozenset[str] = frozenset(),
    audited: FrameworkSet | None = None,
    advance: Callable[[], None] = lambda: None,
    jobs: int = 1,
    evidence: bool = True,
) -> Comparison:
    """Audit every plan, in `jobs` worker processes; a plan that cannot be audited is recorded and skipped.

    The order of the results is the order of `paths`, whatever the number of workers. With
    `evidence=False` (the terminal matrix shows verdicts and scores only), workers send back each
    town's verdicts without the evidence, suggestions, findings and per-procedure results: those
    are three quarters of what has to be pickled and unpickled between processes.
    """
    options: dict[str, Any] = {
        "infer": infer,
        "fail_on": fail_on,
        "min_score": min_score,
        "lang": lang,
        "ignore": ignore,
        "audited": audited,
    }
    result = Comparison()
    if jobs > 1 and len(paths) >= PARALLEL_FROM:
        outcomes: Iterable[AuditResult | tuple[str, list[Finding], bool]] = _in_workers(paths, frameworks, options, jobs, evidence)
    else:
        outcomes = (audit_one(path, frameworks, **options) for path in paths)
    for outcome in outcomes:
        if isinstance(outcome, AuditResult):
            result.audits.append(outcome)
        else:
            result.failed.append(outcome)
        advance()
    return result


def _in_workers(
    paths: list[Path], frameworks: FrameworkSet, options: dict[str, Any], jobs: int, evidence: bool
) -> Iterator[AuditResult | tuple[str, list[Finding], bool]]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from functools import partial

    # fork where there is one (Linux): the workers start with the frameworks already loaded.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    chunk = max(1, min(64, len(paths) // (jobs * 8)))
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context(method)) as pool:
        work = partial(_audit_in_worker, frameworks=frameworks, options=options, evidence=evidence)
        yield from pool.map(work, paths, chunksize=chunk)


def _audit_in_worker(
    path: Path, frameworks: FrameworkSet, options: dict[str, Any], evidence: bool
) -> AuditResult | tuple[str, list[Finding], bool]:
    outcome = audit_one(path, frameworks, **options)
    if evidence or not isinstance(outcome, AuditResult):
        return outcome
    return verdicts_only(outcome)


def verdicts_only(result: AuditResult) -> AuditResult:
    """The audit with its verdicts and scores, without evidence, suggestions, findings or procedure items."""
    frameworks = [
        replace(f, items=[replace(i, evidence=[], suggestions=[], actionability=None) for i in f.items]) for f in result.frameworks
    ]
    return replace(result, frameworks=frameworks, procedures=replace(result.procedures, items=[]), findings=[])


def sort_audits(audits: list[AuditResult], key: SortKey) -> list[AuditResult]:
    """Towns by overall score (best first), by name, or by municipality code; ties by file."""
    if key == "score":
        return sorted(audits, key=lambda a: (-a.overall_score, a.plan.code or "", a.file))
    if key == "code":
        return sorted(audits, key=lambda a: (a.plan.code or "999999", a.file))
    return sorted(audits, key=lambda a: (a.plan.municipality, a.file))
