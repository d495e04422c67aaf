"""The audit: for every item of every framework, whether the plan's measures commit to it.

Pure: a typed plan and the frameworks in, an `AuditResult` out. It never prints and never reads a
file; positions come in through a `Locator`. Every reporter is a function of the result alone.

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

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Literal, Protocol

from pydantic import ConfigDict, Field, TypeAdapter

from dxcheck import __version__
from dxcheck.findings import Finding, FindingOut, JsonPath, Location, Severity, finding_out
from dxcheck.fiscal import format_fiscal_year
from dxcheck.framework import Framework, FrameworkItem, FrameworkSet
from dxcheck.infer import matcher_for
from dxcheck.plan import Kpi, Measure, Plan, Policy, ProcedureStatus

Status = Literal["covered", "partial", "missing", "exempt"]
ProcedureState = Literal["online", "planned", "not-planned", "not-applicable", "not-mentioned"]


class Locator(Protocol):
    """Finds the line and column of a value (or of its key) by JSON path: PositionIndex.locate."""

    def __call__(self, path: JsonPath, *, key: bool = False) -> tuple[int | None, int | None]: ...


FailOn = Literal["missing", "partial", "never"]


# The results are plain dataclasses with slots: built by dxcheck itself, they need no validation,
# and a comparison of 1,741 towns holds a hundred thousand of them. pydantic reads them for the
# JSON Schema and the JSON output (as_json), through TypeAdapter. They are never changed after the
# audit, but not frozen: a frozen class with slots pickles through Python-level __getstate__ /
# __setstate__, and compare's main process unpickles every town its workers audited (3× slower).
_FORBID = ConfigDict(extra="forbid")


@dataclass(slots=True, kw_only=True)
class Evidence:
    """Why an item has its status: an explicit link, an inference with the words matched, or a declaration."""

    __pydantic_config__ = _FORBID

    kind: Literal["explicit", "inferred", "exemption", "procedure"]
    strength: Literal["covered", "partial", "exempt", "missing"]
    measure_id: str | None = None
    measure_title: str | None = None
    field: Literal["addresses", "title", "description", "exemptions", "procedures"]
    matched: Annotated[list[str], Field(description="The vocabulary terms found (inferred evidence).")] = dataclasses.field(
        default_factory=list
    )
    sentence: Annotated[str | None, Field(description="The author's sentence the terms were found in.")] = None
    note: str | None = None
    location: Location


@dataclass(slots=True, kw_only=True)
class Actionability:
    """Whether the measures behind a covered item say how, when and by whom."""

    __pydantic_config__ = _FORBID

    kpi: Literal["target", "name-only", "none"]
    schedule: bool
    owner: bool


@dataclass(slots=True, kw_only=True)
class ItemResult:
    """One framework item's verdict."""

    __pydantic_config__ = _FORBID

    id: Annotated[str, Field(description="Qualified id: framework/item.")]
    framework: str
    title: str
    title_en: str
    group: str
    required: bool
    status: Status
    national_target_fiscal_year: int | None = None
    evidence: list[Evidence] = dataclasses.field(default_factory=list)
    suggestions: Annotated[list[Evidence], Field(description="Inferred links on measures that list other items: never counted.")] = (
        dataclasses.field(default_factory=list)
    )
    actionability: Actionability | None = None


@dataclass(slots=True, kw_only=True)
class Score:
    """A framework's (or the plan's) score and the counts behind it."""

    __pydantic_config__ = _FORBID

    covered: int
    partial: int
    missing: int
    exempt: int
    required: int
    score: Annotated[float, Field(description="100 × (covered + 0.5 × partial) / (required − exempt); 100 when nothing is required.")]


@dataclass(slots=True, kw_only=True)
class FrameworkResult:
    __pydantic_config__ = _FORBID
    id: str
    title: str
    title_en: str
    edition: str
    items: list[ItemResult]
    score: Score


@dataclass(slots=True, kw_only=True)
class ProcedureResult:
    __pydantic_config__ = _FORBID
    id: str
    title: str
    group: str
    state: ProcedureState
    target_fiscal_year: int | None = None
    reason: str | None = None
    declared_as: Annotated[str | None, Field(description="The key the plan used: the procedure itself or its group (p20).")] = None


@dataclass(slots=True, kw_only=True)
class ProcedureGroupSummary:
    __pydantic_config__ = _FORBID
    group: str
    title: str
    title_en: str
    total: int
    online: int
    planned: int
    not_planned: int
    not_applicable: int
    not_mentioned: int


@dataclass(slots=True, kw_only=True)
class Procedures:
    __pydantic_config__ = _FORBID
    groups: list[ProcedureGroupSummary]
    items: list[ProcedureResult]


@dataclass(slots=True, kw_only=True)
class PlanSummary:
    __pydantic_config__ = _FORBID
    municipality: str
    prefecture: str
    code: str | None
    title: str
    period_start: int | None
    period_end: int | None


@dataclass(slots=True, kw_only=True)
class Settings:
    __pydantic_config__ = _FORBID
    infer: bool
    fail_on: FailOn
    min_score: float | None
    lang: Literal["ja", "en"]


@dataclass(slots=True, kw_only=True)
class AuditResult:
    """The whole audit of one plan: the contract every output format is made from."""

    __pydantic_config__ = ConfigDict(extra="forbid", title="dxcheck audit")

    format: Literal["dxcheck-audit"] = "dxcheck-audit"
    version: Literal[1] = 1
    tool: dict[str, str] = dataclasses.field(default_factory=lambda: {"name": "dxcheck", "version": __version__})
    file: str
    plan: PlanSummary
    frameworks: list[FrameworkResult]
    procedures: Procedures
    findings: list[FindingOut]
    overall_score: float
    passed: bool
    settings: Settings


@dataclass(slots=True, kw_only=True)
class AuditSet:
    """Several audits in one document (`dxcheck audit A B --format json`, `dxcheck compare`)."""

    __pydantic_config__ = ConfigDict(extra="forbid", title="dxcheck audits")

    format: Literal["dxcheck-audits"] = "dxcheck-audits"
    version: Literal[1] = 1
    tool: dict[str, str] = dataclasses.field(default_factory=lambda: {"name": "dxcheck", "version": __version__})
    audits: list[AuditResult]


_ADAPTERS: dict[type[object], TypeAdapter[object]] = {}


def as_json(result: AuditResult | AuditSet) -> dict[str, object]:
    """A result as the JSON document dxcheck writes (schemas/audit.schema.json, audits.schema.json)."""
    adapter = _ADAPTERS.get(type(result))
    if adapter is None:
        adapter = _ADAPTERS[type(result)] = TypeAdapter(type(result))
    document: dict[str, object] = adapter.dump_python(result, mode="json")
    return document


def audit_set_json(audits: list[AuditResult], *, ensure_ascii: bool) -> Iterator[str]:
    """The `dxcheck-audits` document as JSON text, indented by 2, one town at a time.

    The same text as `json.dumps(as_json(AuditSet(audits=audits)), indent=2)`, without ever holding
    the whole document: for 1,741 towns that was 1.2 GiB of dicts and a 169 MB string.
    """
    import json

    head = json.dumps(as_json(AuditSet(audits=[])), ensure_ascii=ensure_ascii, indent=2)
    if not audits or not head.endswith('"audits": []\n}'):
        yield json.dumps(as_json(AuditSet(audits=audits)), ensure_ascii=ensure_ascii, indent=2)
        return
    yield head[: -len("[]\n}")] + "[\n"
    for index, result in enumerate(audits):
        text = json.dumps(as_json(result), ensure_ascii=ensure_ascii, indent=2)
        # One level deeper in the list: JSON text has no newline inside a string, so every line moves.
        yield ("" if index == 0 else ",\n") + "    " + text.replace("\n", "\n    ")
    yield "\n  ]\n}"


def _pointer(path: JsonPath) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


class _Auditor:
    def __init__(self, plan: Plan, frameworks: FrameworkSet, file: str, locate: Locator, infer: bool) -> None:
        self.plan, self.frameworks, self.file, self.locate, self.infer = plan, frameworks, file, locate, infer
        self.findings: list[Finding] = []
        self.evidence: dict[str, list[Evidence]] = {}
        self.suggestions: dict[str, list[Evidence]] = {}
        self.measure_paths: dict[str, JsonPath] = {}
        self.measures: dict[str, Measure] = {}
        self.ancestors: dict[str, list[Policy]] = {}

    def location(self, path: JsonPath) -> Location:
        line, column = self.locate(path)
        return Location(file=self.file, line=line, column=column, pointer=_pointer(path))

    # --- evidence from measures -------------------------------------------------------------
    def collect(self) -> None:
        matcher = matcher_for(self.frameworks) if self.infer else None
        for policy_path, policy, chain in _walk(self.plan.policies, ("policies",), []):
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
                if matcher is None:
                    continue
                for match in matcher.matches(measure):
                    evidence = Evidence(
                        kind="inferred",
                        strength=match.strength,
                        measure_id=key,
                        measure_title=measure.title,
                        field=match.field,
                        matched=list(match.terms),
                        sentence=match.sentence,
                        location=self.location((*path, match.field)),
                    )
                    if not measure.addresses:
                        self.evidence.setdefault(match.item, []).append(evidence)
                    elif match.item not in linked and match.strength == "covered":
                        self.suggestions.setdefault(match.item, []).append(evidence)

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
    lint_findings: list[Finding] | None = None,
    infer: bool = True,
    fail_on: FailOn = "missing",
    min_score: float | None = None,
    lang: Literal["ja", "en"] = "ja",
    ignore: frozenset[str] = frozenset(),
) -> AuditResult:
    """Audit a plan against every framework in the set."""
    auditor = _Auditor(plan, frameworks, file, locate, infer)
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
            )
        )
    from dxcheck.audit_checks import audit_findings

    findings = [*(lint_findings or []), *audit_findings(plan, frameworks, results, procedures, auditor.measure_paths, file)]
    findings = _locate_all([f for f in findings if f.code not in ignore], locate)
    overall = round(sum(r.score.score for r in results) / len(results), 1) if results else 100.0
    required = [i for r in results for i in r.items if i.required]
    failing: set[str] = {"missing"} if fail_on == "missing" else ({"missing", "partial"} if fail_on == "partial" else set())
    passed = (
        not any(i.status in failing for i in required)
        and (min_score is None or overall >= min_score)
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
        ),
        frameworks=results,
        procedures=procedures,
        findings=[finding_out(f, lang) for f in findings],
        overall_score=overall,
        passed=passed,
        settings=Settings(infer=infer, fail_on=fail_on, min_score=min_score, lang=lang),
    )


def _locate_all(findings: list[Finding], locate: Locator) -> list[Finding]:
    located = [f if f.line is not None else f.located(*locate(f.path, key=f.at_key)) for f in findings]
    # A stable sort: findings on the same line keep the order the checks produced them in.
    return sorted(located, key=lambda f: (f.line or 0, f.column or 0, f.code))
