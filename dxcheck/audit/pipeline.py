"""From the plan files a command names to results: one way for every command.

    plan files ──check──▶ PlanCheck (findings, typed plan) ──audit──▶ AuditResult
                                                              └──────▶ Unauditable

A `Pipeline` holds what every plan is checked and audited with — the catalogue of framework
editions, the ones audited, the editions asked for, the newer editions to carry plans to, the
options — and checks, lints or audits one plan, or many in worker processes. It is put together
from parts, each in its own module:

    dxcheck.plan.discovery       the paths a user types → plan files (`scan`)
    dxcheck.catalogue.edition_choice  which edition of each framework applies to a plan, and why (`choose`)
    dxcheck.read            a plan read, validated and cross-checked, whatever holds it
    dxcheck.audit.against         `--against dx@2.3`: a plan's links carried to a newer edition
    dxcheck.audit.workers         the worker pool of a comparison (WorkersFailed, MAX_WORKER_DEATHS from there)

Nothing here prints; the CLI shows progress and hands the results to a reporter.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from dxcheck.catalogue.edition_choice import choose
from dxcheck.catalogue.framework import Catalogue, FrameworkSet, PlanFrameworks
from dxcheck.model import rules
from dxcheck.model.findings import Message, Severity
from dxcheck.model.plan import Plan
from dxcheck.model.results import AuditOptions, AuditResult, LintRun, Narrowed, Unauditable
from dxcheck.plan.lint import PlanCheck, lint_run

if TYPE_CHECKING:
    from dxcheck.files.spill import Towns
    from dxcheck.model.town import Shaped, TownRow

SortKey = Literal["score", "name", "code"]
Town = TypeVar("Town", bound="AuditResult | Shaped")
S = TypeVar("S", bound="Shaped")

# Below this many plans, starting worker processes costs more than it saves.
PARALLEL_FROM = 24


@dataclass(frozen=True)
class Pipeline:
    """What plans are checked and audited with: every framework edition (ids in a plan are checked
    against the editions that apply to it), the frameworks the audit reports on, the editions asked
    for (`--edition`, the configuration), the newer editions to carry plans to (`--against`), and the
    audit's options."""

    catalogue: Catalogue
    only: list[str] | None = None
    options: AuditOptions = field(default_factory=AuditOptions)
    editions: Mapping[str, str] = field(default_factory=dict)
    editions_from: str = "option"  # "option" or the configuration file's path
    against: Mapping[str, str] = field(default_factory=dict)
    # How many texts a plan's audit must read afresh for its readings to be kept on disk (Reader.kept_for):
    # any for an audit; a comparison sets more (infer.WORTH_AN_ENTRY_IN_A_COMPARISON).
    readings_worth: int = 1
    # A document whose reading looks broken (DX013), unless --accept-reading: audited and refused by exit 2 (audit),
    # or left out, not compared (compare: its 100 in a matrix read as sure as the rest, and the comparison exited 0)
    doubtful_compared: bool = True
    # The settings file that set `only` (the `frameworks` setting), as the reports name it: said when it
    # leaves out a framework with required items (DX516, and the verdict line).
    only_from: str = ""

    def choose(self, plan: Plan) -> PlanFrameworks:
        """The edition of each framework the plan is checked and audited with, and why (dxcheck.catalogue.edition_choice)."""
        return choose(self.catalogue, plan, self.editions, self.editions_from)

    def check(self, path: Path) -> PlanCheck:
        """Read, validate and cross-check one plan, with the editions that apply to it: a YAML file, or a
        document (.docx, PDF, text) read into a draft plan on the way (dxcheck.read)."""
        from dxcheck.read import PlanSource, read

        return read(PlanSource(path), self.choose)

    def lint(self, paths: list[Path], *, jobs: int = 1, notice: Callable[[Message], None] = lambda message: None) -> LintRun:
        """Every file checked, in `jobs` worker processes from PARALLEL_FROM files on (as a comparison
        shares them out: dxcheck.audit.workers); only each file's findings are kept until the report
        (1,741 plans: 42 MiB, not 418). A file whose worker died is unreadable (DX012)."""
        checks: Iterable[PlanCheck | Unauditable]
        lint = functools.partial(lint_for_report, self)
        if jobs > 1 and len(paths) >= PARALLEL_FROM:
            from dxcheck.audit.workers import Pool

            checks = Pool(lint, min(jobs, len(paths)), notice).run(paths)
        else:
            checks = (lint(path) for path in paths)
        return lint_run(
            [
                check if isinstance(check, PlanCheck) else PlanCheck(file=check.file, findings=check.findings, could_not_run=True)
                for check in checks
            ]
        )

    def audited(self, chosen: PlanFrameworks) -> FrameworkSet:
        """The frameworks the audit reports on, in the editions chosen for the plan."""
        if self.only is None:
            return chosen.frameworks
        return self.catalogue.select(chosen.frameworks.editions, only=self.only)

    def narrowed(self, chosen: PlanFrameworks, audited: FrameworkSet) -> Narrowed | None:
        """The frameworks with required items that `only` leaves out of the plan's audit (the priority
        procedures only with --require-procedures: without it, a procedure the plan does not name fails
        nothing and the procedures are not part of 総合), or None when it leaves out none."""
        if self.only is None:
            return None
        left_out = tuple(
            (f.id, f.title, f.title_en)
            for f in chosen.frameworks
            if audited.get(f.id) is None and any(i.required for i in f.items) and (f.id != "procedures" or self.options.require_procedures)
        )
        return Narrowed(file=self.only_from, named=tuple(self.only), left_out=left_out) if left_out else None

    def audit(self, path: Path) -> AuditResult | Unauditable:
        """One plan read, linted and audited; or why it could not be audited."""
        return self._audit_path(path)

    def audit_checks(self, checks: Iterable[PlanCheck]) -> list[AuditResult | Unauditable]:
        """Plans already read and checked (dxcheck.read), audited."""
        return [self.audit_check(check) for check in checks]

    def _audit_path(self, path: Path) -> AuditResult | Unauditable:
        return self.audit_check(self.check(path))

    def audit_check(self, check: PlanCheck) -> AuditResult | Unauditable:
        """A plan already read and checked (a file, or its text at a git revision: dxcheck.files.revision), audited."""
        from dxcheck.audit.verdicts import audit  # the engine: not needed to lint
        from dxcheck.reading.infer import reader_for

        if check.plan is None or check.source is None or check.frameworks is None:
            return Unauditable(file=check.file, findings=check.findings, could_not_run=check.could_not_run)
        if not self.doubtful_compared and check.document is not None and check.document.doubts and not self.options.accept_reading:
            doubts = [f for f in check.findings if f.code == rules.READING_DOUBTFUL.code]
            return Unauditable(file=check.file, findings=doubts or check.findings, could_not_run=False)
        chosen, plan, carry = check.frameworks, check.plan, None
        if self.against:
            from dxcheck.audit.against import carry_to

            plan, chosen, carry = carry_to(self.catalogue, check.plan, chosen, self.against)
        positions = check.positions()
        findings = check.findings
        if self.options.accept_reading:
            findings = [replace(f, severity=Severity.WARNING) if f.code == rules.READING_DOUBTFUL.code else f for f in findings]
        audited = self.audited(chosen)
        # What inference reads of the plan's text is kept on disk for the next audit of the same text
        # (dxcheck.reading.infer.Reader.kept_for): in this process or a comparison's worker alike.
        readings = reader_for(audited).kept_for(check.source.text, worth=self.readings_worth) if self.options.infer else None
        with readings or contextlib.nullcontext():
            result = audit(
                plan,
                audited,
                file=check.file,
                locate=positions.locate,
                pages=positions.page,
                paragraphs=positions.paragraph,
                lint_findings=findings,
                options=self.options,
                choices=chosen.choices,
                carry=carry,
                narrowed=self.narrowed(chosen, audited),
            )
            if check.document is not None:
                from dxcheck.audit.verdicts import read_unplaced

                result.document = replace(check.document, accepted=self.options.accept_reading and bool(check.document.doubts))
                if self.options.infer:
                    result.document.unplaced = read_unplaced(result.document.unplaced, audited)
        return result

    def audit_all(
        self,
        paths: list[Path],
        *,
        jobs: int = 1,
        advance: Callable[[], None] = lambda: None,
        notice: Callable[[Message], None] = lambda message: None,
    ) -> tuple[list[AuditResult], list[Unauditable]]:
        """Every plan audited, in `jobs` worker processes; the results in the order of `paths`.
        `notice` is told when the work could not be shared out as asked (see dxcheck.audit.workers)."""
        audits: list[AuditResult] = []
        unauditable: list[Unauditable] = []
        for outcome in self._outcomes(paths, jobs, None, advance, notice):
            if isinstance(outcome, AuditResult):
                audits.append(outcome)
            elif isinstance(outcome, Unauditable):
                unauditable.append(outcome)
        return audits, unauditable

    def audit_rows(
        self,
        paths: list[Path],
        *,
        jobs: int = 1,
        order: SortKey | None = None,
        advance: Callable[[], None] = lambda: None,
        notice: Callable[[Message], None] = lambda message: None,
    ) -> tuple[Towns[TownRow], list[Unauditable]]:
        """Every plan audited as `audit_all` does, each town kept as its row of the terminal matrix
        (dxcheck.model.town): made where the plan was audited, in a worker, so that this process never
        holds a town's audit — a few hundred bytes a town, where the verdicts alone were 11 KB."""
        from dxcheck.model.town import TownRow, town_row

        return self.audit_shaped(paths, town_row, TownRow.unpack, jobs=jobs, order=order, advance=advance, notice=notice)

    def audit_shaped(
        self,
        paths: list[Path],
        shape: Callable[[AuditResult], S],
        unpack: Callable[[tuple[Any, ...]], S],
        *,
        jobs: int = 1,
        order: SortKey | None = None,
        advance: Callable[[], None] = lambda: None,
        notice: Callable[[Message], None] = lambda message: None,
    ) -> tuple[Towns[S], list[Unauditable]]:
        """Every plan audited, each town kept as `shape` makes it of its audit (dxcheck.model.town.Shaped),
        where it was audited: a worker. `shape` is a module-level function (or a partial of one), and
        `unpack` makes a town of what its `pack` gave. The towns come sorted by `order` (None: in the
        order of `paths`), kept by dxcheck.files.spill: in memory for a country's worth, on disk past that."""
        from dxcheck.files.spill import Towns

        kept: dict[Hashable, Any] = {}  # what towns share, kept once (in a serial comparison too)
        towns: Towns[S] = Towns(unpack, lambda town: town.reshare(kept))
        key = sort_key(order) if order is not None else _unsorted
        unauditable: list[Unauditable] = []
        for outcome in self._outcomes(paths, jobs, shape, advance, notice, kept):
            if isinstance(outcome, Unauditable):
                unauditable.append(outcome)
            elif not isinstance(outcome, AuditResult):
                towns.add(outcome, key)  # type: ignore[arg-type]  # what `shape` made
        towns.sort()
        return towns, unauditable

    def _outcomes(
        self,
        paths: list[Path],
        jobs: int,
        shape: Callable[[AuditResult], Shaped] | None,
        advance: Callable[[], None],
        notice: Callable[[Message], None],
        kept: dict[Hashable, Any] | None = None,
    ) -> Iterator[AuditResult | Shaped | Unauditable]:
        audit = functools.partial(audit_for_comparison, self, shape)
        outcomes: Iterable[AuditResult | Shaped | Unauditable]
        if jobs > 1 and len(paths) >= PARALLEL_FROM:
            from dxcheck.audit.workers import Pool

            outcomes = Pool(audit, min(jobs, len(paths)), notice, share=shape is not None).run(paths)
        else:
            outcomes = (audit(path) for path in paths)
        kept = {} if kept is None else kept
        for outcome in outcomes:
            if shape is not None and not isinstance(outcome, AuditResult | Unauditable):
                outcome.reshare(kept)
            yield outcome
            advance()


def lint_for_report(pipeline: Pipeline, path: Path) -> PlanCheck:
    """What `dxcheck lint` keeps of a file (in a worker, or here): its findings, those a user added named
    (DX505, DX506, as the audit names them), those ignored left out. Module-level, to pickle where
    workers are spawned."""
    from dxcheck.audit.checks import origins

    check = pipeline.check(path)
    if check.frameworks is not None:
        check.findings = [*(f.located(1, 1) for f in origins(check.frameworks.frameworks, check.file)), *check.findings]
    check = check.findings_only()
    check.findings = [f for f in check.findings if f.code not in pipeline.options.ignore]
    return check


def audit_for_comparison(
    pipeline: Pipeline, shape: Callable[[AuditResult], Shaped] | None, path: Path
) -> AuditResult | Shaped | Unauditable:
    """What a worker does with each plan of a comparison (and the parent, with standard input): the audit,
    or the town as `shape` makes it (dxcheck.model.town.Shaped). A module-level function, so that it
    pickles where workers are spawned."""
    outcome = pipeline._audit_path(path)
    if shape is None or not isinstance(outcome, AuditResult):
        return outcome
    return shape(outcome)


def sort_audits(audits: list[Town], key: SortKey) -> list[Town]:
    """Towns by overall score (best first), by name, or by municipality code; ties by file."""
    return sorted(audits, key=sort_key(key))


def sort_key(key: SortKey) -> Callable[[AuditResult | Shaped], tuple[Any, ...]]:
    """What sorts towns `key`-wise (sort_audits)."""
    if key == "score":
        return _by_score
    if key == "code":
        return _by_code
    return _by_name


def _by_score(a: AuditResult | Shaped) -> tuple[Any, ...]:
    # A town with no score (0 of 0) after every town with one.
    return (a.overall_score is None, -(a.overall_score or 0.0), a.plan.code or "", a.file)


def _by_code(a: AuditResult | Shaped) -> tuple[Any, ...]:
    return (a.plan.code or "999999", a.file)


def _by_name(a: AuditResult | Shaped) -> tuple[Any, ...]:
    return (a.plan.municipality, a.file)


def _unsorted(a: AuditResult | Shaped) -> tuple[Any, ...]:
    return ()


def __getattr__(name: str) -> Any:
    """WorkersFailed (what audit_all raises when workers keep dying) and MAX_WORKER_DEATHS, from
    dxcheck.audit.workers, which is imported only when they are asked for or workers start: lint and audit
    never start workers, and importing the pool cost them 2.4 ms."""
    if name in ("WorkersFailed", "MAX_WORKER_DEATHS"):
        from dxcheck.audit import workers

        return getattr(workers, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
