"""The audit: for every item of every framework, whether the plan's measures commit to it.

Pure: a typed plan and the frameworks in, an `AuditResult` (dxcheck.results) out. It never prints,
never reads a file and knows no output language; positions come in through a `Locator`.

Status of an item (docs/audit.md):
  covered  – a measure links it in `addresses` (not partial), or a measure's title, or a committing
             sentence of its description, names it (inference, see dxcheck.infer);
  exempt   – otherwise, the plan declares an exemption with a reason (procedures: not-applicable);
  partial  – otherwise, the only evidence is a link marked partial, or a weaker inference;
  missing  – nothing in the measures (procedures: not planned, or not mentioned).
Score of a framework = 100 × (covered + 0.5 × partial) / (required items − exempt ones).
Overall score = the mean of the framework scores.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Literal, Protocol

from dxcheck.audit_checks import audit_findings
from dxcheck.findings import Finding, JsonPath, Location, Severity, finding_out, pointer
from dxcheck.fiscal import format_fiscal_year
from dxcheck.framework import Framework, FrameworkItem, FrameworkSet
from dxcheck.infer import Match, reader_for
from dxcheck.plan import Kpi, Measure, Plan, Policy, ProcedureStatus
from dxcheck.results import (
    Actionability,
    AuditOptions,
    AuditResult,
    Evidence,
    FrameworkResult,
    ItemGroup,
    ItemResult,
    PlanSummary,
    ProcedureGroupSummary,
    ProcedureResult,
    Procedures,
    Reading,
    Score,
    Settings,
    Status,
    failing_statuses,
)

DEFAULT_OPTIONS = AuditOptions()


Pages = Callable[[JsonPath], "int | None"]


def _no_pages(path: JsonPath) -> int | None:
    return None


class Locator(Protocol):
    """Finds the line and column of a value (or of its key) by JSON path: PositionIndex.locate."""

    def __call__(self, path: JsonPath, *, key: bool = False) -> tuple[int | None, int | None]: ...


class _Auditor:
    def __init__(self, plan: Plan, frameworks: FrameworkSet, file: str, locate: Locator, pages: Pages, infer: bool) -> None:
        self.plan, self.frameworks, self.file, self.locate, self.pages, self.infer = plan, frameworks, file, locate, pages, infer
        self.findings: list[Finding] = []
        self.evidence: dict[str, list[Evidence]] = {}
        self.suggestions: dict[str, list[Evidence]] = {}
        self.not_counted: dict[str, list[Evidence]] = {}
        self.measure_paths: dict[str, JsonPath] = {}
        self.measures: dict[str, Measure] = {}
        self.ancestors: dict[str, list[Policy]] = {}

    def location(self, path: JsonPath) -> Location:
        line, column = self.locate(path)
        return Location(file=self.file, line=line, column=column, pointer=pointer(path), page=self.pages(path))

    # --- evidence from measures -------------------------------------------------------------
    def collect(self) -> None:
        reader = reader_for(self.frameworks) if self.infer else None
        walked = list(_walk(self.plan.policies, ("policies",), []))
        annotated = {id(policy) for _, policy, _ in walked if _annotated(policy)}
        for policy_path, policy, chain in walked:
            if reader is not None:
                for match in reader.read_policy(policy):
                    self._inferred(match, (*policy_path, match.field), policy=policy, linked=set(), annotated=id(policy) in annotated)
            for index, measure in enumerate(policy.measures):
                path = (*policy_path, "measures", index)
                key = str(measure.id)
                self.measure_paths[key], self.measures[key], self.ancestors[key] = path, measure, [*chain, policy]
                linked = set()
                for n, link in enumerate(measure.links()):
                    if self.frameworks.item(link.item) is None:
                        continue  # lint reports it (DX301)
                    linked.add(link.item)
                    self.evidence.setdefault(link.item, []).append(
                        Evidence(
                            kind="explicit",
                            strength="partial" if link.partial else "covered",
                            measure_id=key,
                            measure_title=measure.title,
                            field="addresses",
                            note=link.note,
                            location=self.location((*path, "addresses", n)),
                        )
                    )
                if reader is None:
                    continue
                for match in reader.read_measure(measure):
                    self._inferred(match, (*path, match.field), measure=measure, linked=linked, annotated=bool(measure.addresses))

    def _inferred(
        self,
        match: Match,
        path: JsonPath,
        *,
        measure: Measure | None = None,
        policy: Policy | None = None,
        linked: set[str],
        annotated: bool,
    ) -> None:
        """A reading of the text: evidence where the author listed nothing, a suggestion where they did."""
        evidence = Evidence(
            kind="inferred",
            strength=match.strength,
            measure_id=str(measure.id) if measure is not None else None,
            measure_title=measure.title if measure is not None else None,
            policy_id=str(policy.id) if policy is not None else None,
            policy_title=policy.title if policy is not None else None,
            field=match.field,
            matched=list(match.terms),
            vocabulary=list(match.signal),
            sentence=match.sentence,
            reading=Reading(kind=match.reading.kind, predicate=match.reading.predicate, carried=match.carried),
            location=self.location(path),
        )
        if annotated:
            if match.item not in linked and match.strength == "covered":
                self.suggestions.setdefault(match.item, []).append(evidence)
        elif match.strength == "missing":
            self.not_counted.setdefault(match.item, []).append(evidence)
        else:
            self.evidence.setdefault(match.item, []).append(evidence)

    # --- verdicts ---------------------------------------------------------------------------
    def item_result(self, framework: Framework, item: FrameworkItem, procedure: ProcedureResult | None) -> ItemResult:
        qid = framework.qualified(item)
        evidence = list(self.evidence.get(qid, []))
        exemption = next(((i, e) for i, e in enumerate(self.plan.exemptions) if e.item == qid), None)
        if exemption is not None:
            index, declared = exemption
            evidence.append(
                Evidence(
                    kind="exemption",
                    strength="exempt",
                    field="exemptions",
                    note=declared.reason,
                    location=self.location(("exemptions", index)),
                )
            )
        if procedure is not None and procedure.state != "not-mentioned":
            evidence.append(self._procedure_evidence(procedure))
        status = _status(evidence)
        result = ItemResult(
            id=qid,
            framework=framework.id,
            title=item.title,
            title_en=item.title_en,
            group=item.group,
            required=bool(item.required),
            status=status,
            national_target_fiscal_year=item.target.fiscal_year if item.target else None,
            evidence=evidence,
            suggestions=self.suggestions.get(qid, []),
            not_counted=self.not_counted.get(qid, []),
            actionability=self._actionability(evidence) if status in ("covered", "partial") and framework.id != "procedures" else None,
        )
        return result

    def _procedure_evidence(self, procedure: ProcedureResult) -> Evidence:
        key = procedure.declared_as or procedure.id
        strength: Literal["covered", "partial", "exempt", "missing"]
        if procedure.state == "online" or (procedure.state == "planned" and procedure.target_fiscal_year is not None):
            strength = "covered"
        elif procedure.state == "planned":
            strength = "partial"
        elif procedure.state == "not-applicable":
            strength = "exempt"
        else:
            strength = "missing"
        note = procedure.reason or (format_fiscal_year(procedure.target_fiscal_year) if procedure.target_fiscal_year else None)
        return Evidence(
            kind="procedure",
            strength=strength,
            field="procedures",
            note=f"{procedure.state}" + (f": {note}" if note else ""),
            location=self.location(("procedures", key)),
        )

    def _actionability(self, evidence: list[Evidence]) -> Actionability:
        measures = [self.measures[e.measure_id] for e in evidence if e.measure_id is not None and e.strength in ("covered", "partial")]
        kpis: list[Kpi] = []
        for m in measures:
            kpis.extend(m.kpis)
            for policy in self.ancestors[str(m.id)]:
                kpis.extend(policy.kpis)
        if any(k.target is not None and str(k.target).strip() for k in kpis):
            kpi: Literal["target", "name-only", "none"] = "target"
        elif kpis:
            kpi = "name-only"
        else:
            kpi = "none"
        return Actionability(kpi=kpi, schedule=any(m.schedule is not None for m in measures), owner=any(bool(m.owner) for m in measures))

    # --- procedures -------------------------------------------------------------------------
    def procedures(self) -> Procedures:
        catalogue = self.frameworks.get("procedures")
        if catalogue is None:
            return Procedures(groups=[], items=[])
        items = []
        for item in catalogue.items:
            declared_key, declared = _declared(self.plan.procedures, item.id, item.group)
            if declared is None:
                items.append(ProcedureResult(id=item.id, title=item.title, group=item.group, state="not-mentioned"))
            else:
                items.append(
                    ProcedureResult(
                        id=item.id,
                        title=item.title,
                        group=item.group,
                        state=declared.status,
                        target_fiscal_year=declared.target_year,
                        reason=declared.reason,
                        declared_as=declared_key,
                    )
                )
        groups = []
        for group in catalogue.groups:
            members = [p for p in items if p.group == group.id]
            count = {
                state: sum(1 for p in members if p.state == state)
                for state in ("online", "planned", "not-planned", "not-applicable", "not-mentioned")
            }
            groups.append(
                ProcedureGroupSummary(
                    group=group.id,
                    title=group.title,
                    title_en=group.title_en,
                    total=len(members),
                    online=count["online"],
                    planned=count["planned"],
                    not_planned=count["not-planned"],
                    not_applicable=count["not-applicable"],
                    not_mentioned=count["not-mentioned"],
                )
            )
        return Procedures(groups=groups, items=items)


def _walk(policies: list[Policy], base: JsonPath, chain: list[Policy]) -> Iterator[tuple[JsonPath, Policy, list[Policy]]]:
    for index, policy in enumerate(policies):
        here = (*base, index)
        yield here, policy, chain
        yield from _walk(policy.policies, (*here, "policies"), [*chain, policy])


def _annotated(policy: Policy) -> bool:
    """Whether the author listed items (addresses) on any measure of the policy or of its sub-policies."""
    return any(m.addresses for m in policy.measures) or any(_annotated(p) for p in policy.policies)


def _declared(procedures: dict[str, ProcedureStatus], item_id: str, group: str) -> tuple[str | None, ProcedureStatus | None]:
    if item_id in procedures:
        return item_id, procedures[item_id]
    if group in procedures:
        return group, procedures[group]
    return None, None


def _status(evidence: list[Evidence]) -> Status:
    strengths = {e.strength for e in evidence}
    if "covered" in strengths:
        return "covered"
    if "exempt" in strengths:
        return "exempt"
    if "partial" in strengths:
        return "partial"
    return "missing"


def _score(items: list[ItemResult]) -> Score:
    required = [i for i in items if i.required]
    counts = {s: sum(1 for i in required if i.status == s) for s in ("covered", "partial", "missing", "exempt")}
    denominator = len(required) - counts["exempt"]
    value = 100.0 if denominator == 0 else round(100 * (counts["covered"] + 0.5 * counts["partial"]) / denominator, 1)
    return Score(
        covered=counts["covered"],
        partial=counts["partial"],
        missing=counts["missing"],
        exempt=counts["exempt"],
        required=len(required),
        score=value,
    )


def audit(
    plan: Plan,
    frameworks: FrameworkSet,
    *,
    file: str,
    locate: Locator,
    pages: Pages = _no_pages,
    lint_findings: Sequence[Finding] = (),
    options: AuditOptions = DEFAULT_OPTIONS,
) -> AuditResult:
    """Audit a plan against every framework in the set. `locate` gives the line and column of a value,
    `pages` its page when the plan was read from a PDF or Word document."""
    auditor = _Auditor(plan, frameworks, file, locate, pages, options.infer)
    auditor.collect()
    procedures = auditor.procedures()
    by_id = {p.id: p for p in procedures.items}
    results = []
    for framework in frameworks:
        items = [auditor.item_result(framework, i, by_id.get(i.id) if framework.id == "procedures" else None) for i in framework.items]
        results.append(
            FrameworkResult(
                id=framework.id,
                title=framework.title,
                title_en=framework.title_en,
                edition=framework.edition,
                items=items,
                score=_score(items),
                groups=[ItemGroup(id=g.id, title=g.title, title_en=g.title_en, required=g.required) for g in framework.groups],
            )
        )
    findings = [*lint_findings, *audit_findings(plan, frameworks, results, procedures, auditor.measure_paths, file)]
    findings = _locate_all([f for f in findings if f.code not in options.ignore], locate, pages)
    overall = round(sum(r.score.score for r in results) / len(results), 1) if results else 100.0
    required = [i for r in results for i in r.items if i.required]
    failing = failing_statuses(options.fail_on)
    passed = (
        not any(i.status in failing for i in required)
        and (options.min_score is None or overall >= options.min_score)
        and not any(f.severity is Severity.ERROR for f in findings)
    )
    return AuditResult(
        file=file,
        plan=PlanSummary(
            municipality=plan.municipality.name,
            prefecture=plan.municipality.prefecture,
            code=plan.municipality.code,
            title=plan.plan.title,
            period_start=plan.plan.period.start if plan.plan.period else None,
            period_end=plan.plan.period.end if plan.plan.period else None,
            stage=plan.plan.stage,
            adopted=plan.plan.adopted,
        ),
        frameworks=results,
        procedures=procedures,
        findings=[finding_out(f) for f in findings],
        overall_score=overall,
        passed=passed,
        settings=Settings(infer=options.infer, fail_on=options.fail_on, min_score=options.min_score),
    )


def _locate_all(findings: list[Finding], locate: Locator, pages: Pages) -> list[Finding]:
    located = [f if f.line is not None else f.located(*locate(f.path, key=f.at_key), page=pages(f.path)) for f in findings]
    # A stable sort: findings on the same line keep the order the checks produced them in.
    return sorted(located, key=lambda f: (f.line or 0, f.column or 0, f.code))
