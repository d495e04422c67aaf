"""From the paths a user types to results: one way for every command.

    paths ──expand──▶ plan files ──check──▶ PlanCheck (findings, typed plan) ──audit──▶ AuditResult
                                                                               └──────▶ Unauditable

`expand` turns files, directories and glob patterns into plan files. A `Pipeline` holds what every
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

import glob
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from dxcheck.document import check_document, is_document
from dxcheck.framework import Catalogue, EditionChoice, FrameworkSet, PlanFrameworks, SelectedBy
from dxcheck.lint import PlanCheck, check_file, lint_run
from dxcheck.plan import Plan
from dxcheck.results import AuditOptions, AuditResult, LintRun, Unauditable

SortKey = Literal["score", "name", "code"]
PLAN_SUFFIXES = (".yaml", ".yml")

# Below this many plans, starting worker processes costs more than it saves.
PARALLEL_FROM = 24


def expand(arguments: Iterable[str | Path]) -> list[Path]:
    """Files, every *.yaml / *.yml of a directory, and glob patterns, in a stable order without repeats."""
    found: list[Path] = []
    for argument in arguments:
        path = Path(argument)
        text = str(argument)
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.suffix in PLAN_SUFFIXES and p.is_file()))
        elif any(ch in text for ch in "*?[") and not path.exists():
            found.extend(sorted(Path(p) for p in glob.glob(text, recursive=True)))
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
        document (.docx, PDF, text) read into a draft plan on the way (dxcheck.document)."""
        if is_document(path):
            return check_document(path, self.choose)
        return check_file(path, self.choose)

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
        """One plan read, linted and audited; or why it could not be audited."""
        return self.audit_check(self.check(path))

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
        result = audit(
            plan,
            self.audited(chosen),
            file=check.file,
            locate=positions.locate,
            pages=positions.page,
            lint_findings=check.findings,
            options=self.options,
            choices=chosen.choices,
            carry=carry,
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
