"""The audit: for every item of every framework, whether the plan's measures commit to it.

Pure: a typed plan and the frameworks in, an `AuditResult` (dxcheck.model.results) out. It never prints,
never reads a file and knows no output language; positions come in through a `Locator`.

Status of an item (docs/audit.md):
  covered  – a measure links it in `addresses` (not partial), or a measure's title, or a committing
             sentence of its description, names it (inference, see dxcheck.reading.infer);
  exempt   – otherwise, the plan declares an exemption with a reason (procedures: not-applicable); a
             reason that says nothing (`-`, U+200B: model.plan.says_nothing) is none, and not counted;
  partial  – otherwise, the only evidence is a link marked partial, or a weaker inference;
  missing  – nothing in the measures (procedures: not planned, or not mentioned).
Score of a framework = 100 × (covered + 0.5 × partial) / (required items − exempt ones); none when that is 0 of 0.
Overall score = the mean of the framework scores (none when a framework has none).
"""

from __future__ import annotations

import dataclasses
import functools
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from dxcheck.audit.checks import audit_findings
from dxcheck.catalogue.framework import EditionChoice, Framework, FrameworkItem, FrameworkSet, GovernanceCheck, Target
from dxcheck.catalogue.guidance import Speaker
from dxcheck.model import gate
from dxcheck.model.findings import Finding, JsonPath, Location, finding_out, pointer
from dxcheck.model.plan import Exemption, Kpi, Measure, Plan, Policy, ProcedureStatus, says_nothing
from dxcheck.model.results import (
    Actionability,
    Advice,
    AuditOptions,
    AuditResult,
    EditionSelection,
    Evidence,
    FrameworkResult,
    ItemGroup,
    ItemResult,
    Narrowed,
    PlanSummary,
    ProcedureGroupSummary,
    ProcedureResult,
    Procedures,
    Reading,
    Revision,
    RevisionItem,
    Score,
    Status,
    UnplacedSentence,
    overall_exact,
    overall_shown,
)
from dxcheck.plan.sections import background_policy
from dxcheck.reading.infer import Match, reader_for

DEFAULT_OPTIONS = AuditOptions()

# Items a plan takes up by what it declares itself to be, not by a measure. 「官民データ活用推進計画策定の推進」
# (dx/kanmin-plan) asks towns to make a 市町村官民データ活用推進計画 (官民データ活用推進基本法 第9条第3項);
# a plan whose plan.legal_basis declares it one is that plan. Keyed by the item's local id, so that a
# later edition of the dx framework keeps it.
DECLARED_BY_LEGAL_BASIS = {"kanmin-plan": "官民データ活用推進計画"}
_KANMIN_ACT = "官民データ活用推進基本法"


def _squeezed(text: str) -> str:
    """Text as a declaration is compared: NFKC (第９条 = 第9条), no spaces."""
    return "".join(unicodedata.normalize("NFKC", text).split())


Pages = Callable[[JsonPath], "int | None"]


def _no_pages(path: JsonPath) -> int | None:
    return None


@dataclass(frozen=True)
class Carry:
    """`--against`: the plan was written for edition `old` of a framework and is audited with `new`;
    `mapping` says where each old item went (Catalogue.carry), `addressed` which old items the plan
    links explicitly."""

    framework: str
    old: Framework
    new: Framework
    mapping: dict[str, tuple[str | None, str]]
    addressed: frozenset[str] = field(default_factory=frozenset)


class Locator(Protocol):
    """Finds the line and column of a value (or of its key) by JSON path: PositionIndex.locate."""

    def __call__(self, path: JsonPath, *, key: bool = False) -> tuple[int | None, int | None]: ...


class _Auditor:
    def __init__(
        self, plan: Plan, frameworks: FrameworkSet, file: str, locate: Locator, pages: Pages, paragraphs: Pages, infer: bool
    ) -> None:
        self.plan, self.frameworks, self.file, self.locate, self.infer = plan, frameworks, file, locate, infer
        self.pages, self.paragraphs = pages, paragraphs
        self.findings: list[Finding] = []
        self.evidence: dict[str, list[Evidence]] = {}
        self.suggestions: dict[str, list[Evidence]] = {}
        self.not_counted: dict[str, list[Evidence]] = {}
        self.measure_paths: dict[str, JsonPath] = {}
        self.measures: dict[str, Measure] = {}
        self.ancestors: dict[str, list[Policy]] = {}
        self.governance_gaps: dict[str, list[GovernanceCheck]] = {}
        self.exemptions: dict[str, tuple[int, Exemption]] | None = None
        self.located: dict[JsonPath, Location] = {}
        self.fixed = _fixed(frameworks)
        # the 記載例 speak as the plan's town (本町, 副町長, 埼玉県), not as a 市 in 北海道
        self.speaker = Speaker.of(plan.municipality.name, plan.municipality.prefecture)

    def location(self, path: JsonPath) -> Location:
        # One per path and plan: a procedure group's key, a title read for several items, an exemption
        # are pointed at again and again (nothing changes a Location once made, so evidence shares it).
        found = self.located.get(path)
        if found is None:
            line, column = self.locate(path)
            found = self.located[path] = Location(
                file=self.file, line=line, column=column, pointer=pointer(path), page=self.pages(path), paragraph=self.paragraphs(path)
            )
        return found

    # --- evidence from measures -------------------------------------------------------------
    def collect(self) -> None:
        reader = reader_for(self.frameworks) if self.infer else None
        walked = list(_walk(self.plan.policies, ("policies",), []))
        # Past the plan's reading budget (lint says where, DX413) only the links count: never hours of reading.
        unread = {id(node) for _, node in self.plan.unread()[0]}
        annotated = {id(policy) for _, policy, _ in walked if _annotated(policy)}
        for policy_path, policy, chain in walked:
            read: list[Match] = []
            # 「計画策定の背景」 with no measure: the plan's background, not read for items (lint says so, DX414)
            if reader is not None and id(policy) not in unread and background_policy(policy) is None:
                read = reader.read_policy(policy)
                for match in read:
                    self._inferred(match, (*policy_path, match.field), policy=policy, linked=set(), annotated=id(policy) in annotated)
            ancestors = [*chain, policy]  # the measures of a policy share the list (nothing changes it)
            for index, measure in enumerate(policy.measures):
                path = (*policy_path, "measures", index)
                key = str(measure.id)
                self.measure_paths[key], self.measures[key], self.ancestors[key] = path, measure, ancestors
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
                if reader is None or id(measure) in unread:
                    continue
                own = reader.read_measure(measure)
                # a measure that names no item carries out its policy's (「講座の開催」 under 「デジタルデバイド対策」)
                for match in [*own, *reader.inherited(policy, read, measure, own)]:
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
        kept: dict[str, list[Evidence]]
        if annotated:
            if match.item not in linked and match.strength == "covered":
                kept = self.suggestions
            elif match.item in linked and measure is not None and match.reading.kind == "negation":
                # 「addresses: [dx/telework]」 over 「テレワークは導入しません。」: the declaration does not outweigh
                # the text that refuses it — counted as partial, and said (DX508)
                kept = self.not_counted
                self.evidence[match.item] = [
                    dataclasses.replace(e, strength="partial")
                    if e.kind == "explicit" and e.measure_id == str(measure.id) and e.strength == "covered"
                    else e
                    for e in self.evidence.get(match.item, [])
                ]
            else:
                return  # the author's own link says it (most readings of a linked measure): nothing to keep
        elif match.strength == "missing":
            kept = self.not_counted
        else:
            kept = self.evidence
        kept.setdefault(match.item, []).append(
            Evidence(
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
                reading=Reading(kind=match.reading.kind, predicate=match.reading.predicate, carried=match.carried, frame=match.frame),
                # inherited: the policy the measure carries out (「方針「デジタルデバイド対策」の取組として」)
                note=match.policy,
                location=self.location(path),
            )
        )

    # --- verdicts ---------------------------------------------------------------------------
    def item_result(self, facts: _ItemFacts, procedure: ProcedureResult | None) -> ItemResult:
        item, qid = facts.item, facts.qid
        evidence = list(self.evidence.get(qid, ()))
        if self.exemptions is None:  # each item's first exemption with a reason, by item
            self.exemptions = {}
            for i, e in enumerate(self.plan.exemptions):
                if e.item not in self.exemptions and not says_nothing(e.reason):
                    self.exemptions[e.item] = (i, e)
        exemption = self.exemptions.get(qid)
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
        if procedure is not None and procedure.declared_as is not None:  # declared under procedures: (not only taken up by a measure)
            evidence.append(self._procedure_evidence(procedure))
        if facts.declared_as is not None:
            evidence += self._declarations(facts.declared_as)
        if not evidence and not item.governance and qid not in self.suggestions and qid not in self.not_counted:
            return self.fixed.unmentioned(facts, self.speaker)  # most items of most plans
        status = _status(evidence)
        if item.governance:
            status = self._governance(qid, item, evidence)
        return facts.result(
            status,
            evidence=evidence,
            suggestions=self.suggestions.get(qid, []),
            not_counted=self.not_counted.get(qid, []),
            actionability=self._actionability(evidence)
            if status in ("covered", "partial") and any(e.kind in ("explicit", "inferred") for e in evidence) and not item.governance
            else None,
            advice=self.fixed.advice(facts, self.speaker) if status in ("missing", "partial") and facts.required else None,
        )

    def _declarations(self, designation: str) -> list[Evidence]:
        """The plan's declarations (plan.legal_basis) that it is the plan of this designation."""
        found = []
        for index, basis in enumerate(self.plan.plan.legal_basis):
            words = [w for w in (basis.designation, basis.law, basis.article) if w]
            if designation not in _squeezed(basis.designation or "") and not (
                _squeezed(basis.law).startswith(_KANMIN_ACT) and _squeezed(basis.article or "").startswith("第9条")
            ):
                continue
            where = " ".join(words[1:])
            found.append(
                Evidence(
                    kind="declaration",
                    strength="covered",
                    field="legal_basis",
                    note=f"{words[0]}（{where}）" if basis.designation and where else " ".join(words),
                    location=self.location(("plan", "legal_basis", index)),
                )
            )
        return found

    def _governance(self, qid: str, item: FrameworkItem, evidence: list[Evidence]) -> Status:
        """A 推進体制 item: each element it asks for is stated in plan.governance (or, where the data says
        so, a measure takes the item up). All → covered; some, or only measures → partial; none → missing."""
        declared = self.plan.plan.governance
        from_measures = any(e.measure_id is not None and e.strength in ("covered", "partial") for e in evidence)
        met, gaps = [], []
        for check in item.governance:
            value = getattr(declared, check.field, None) if declared is not None else None
            if value:
                met.append(check)
                evidence.append(
                    Evidence(
                        kind="governance",
                        strength="covered",
                        field="governance",
                        note=f"{check.field}: {value}",
                        location=self.location(("plan", "governance", check.field)),
                    )
                )
            elif check.measures and from_measures:
                met.append(check)
            else:
                gaps.append(check)
        self.governance_gaps[qid] = gaps
        if not gaps:
            return "covered"
        if any(e.strength == "exempt" for e in evidence) and not met:
            return "exempt"
        for e in evidence:
            if e.kind == "governance":
                e.strength = "partial"
        return "partial" if met or from_measures else "missing"

    def _procedure_evidence(self, procedure: ProcedureResult) -> Evidence:
        key = procedure.declared_as or procedure.id
        strength: Literal["covered", "partial", "exempt", "missing"]
        if procedure.state == "online" or (procedure.state == "planned" and procedure.target_fiscal_year is not None):
            strength = "covered"
        elif procedure.state == "planned":
            strength = "partial"
        elif procedure.state == "not-applicable" and not says_nothing(procedure.reason):
            strength = "exempt"
        else:
            strength = "missing"
        return Evidence(
            kind="procedure",
            strength=strength,
            field="procedures",
            state=procedure.state,
            target_fiscal_year=procedure.target_fiscal_year,
            note=procedure.reason,
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
    def _taken_up(self, qid: str) -> bool:
        """Whether a measure commits to the procedure: a full link (`addresses`) or a reading of its text as a commitment
        — not a study (「…オンライン化は令和8年度以降に検討します」 is no plan: a hostile try), and not a procedure the plan
        exempts."""
        found = self.evidence.get(qid)
        if not found or any(e.item == qid for e in self.plan.exemptions):
            return False  # most procedures of most plans: no evidence, one dict lookup
        return any(e.kind in ("explicit", "inferred") and e.strength == "covered" for e in found)

    def procedures(self) -> Procedures:
        catalogue = self.frameworks.get("procedures")
        if catalogue is None:
            return Procedures(groups=[], items=[])
        items = []
        for item in catalogue.items:
            declared_key, declared = _declared(self.plan.procedures, item.id, item.group)
            if declared is None and self._taken_up(catalogue.qualified(item)):
                # not declared under procedures:, but a measure takes it up (addresses, or as read from its text):
                # planned, not 記載なし — the score counted it while the table, DX531 and the summary said 記載なし
                items.append(ProcedureResult(id=item.id, title=item.title, group=item.group, state="planned"))
            elif declared is None:
                items.append(self.fixed.not_mentioned(item))
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
        counts: dict[str, Counter[str]] = {group.id: Counter() for group in catalogue.groups}
        for p in items:
            if p.group in counts:
                counts[p.group][p.state] += 1
        groups = []
        for group in catalogue.groups:
            count = counts[group.id]
            groups.append(
                ProcedureGroupSummary(
                    group=group.id,
                    title=group.title,
                    title_en=group.title_en,
                    total=count.total(),
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


@dataclass(frozen=True, slots=True)
class _ItemFacts:
    """What an item's verdict takes from its framework, the same in every plan: worked out once."""

    framework: Framework
    item: FrameworkItem
    qid: str
    required: bool
    target: Target | None  # its national target (FrameworkSet.target_of)
    declared_as: str | None  # the designation a plan declares to take it up (DECLARED_BY_LEGAL_BASIS)

    def result(self, status: Status, **found: Any) -> ItemResult:
        """The item's result with `status` and what the plan gave (`found`: evidence, advice …)."""
        framework, item, target = self.framework, self.item, self.target
        return ItemResult(
            id=self.qid,
            framework=framework.id,
            edition=framework.edition,
            title=item.title,
            title_en=item.title_en,
            group=item.group,
            required=self.required,
            status=status,
            national_target_fiscal_year=target.fiscal_year if target else None,
            **found,
        )


class _Fixed:
    """What an item's verdict takes from the frameworks alone, the same for every plan audited with a set:
    each item's facts, its advice, its whole verdict in a plan that says nothing of it, and a procedure
    the plan does not name, worked out once per process (results are never changed after the audit, so
    plans share them). Advice, and the verdicts that hold it, are kept for each kind of town and prefecture
    they speak as (Speaker): a few dozen of them in a country's comparison."""

    def __init__(self, frameworks: FrameworkSet) -> None:
        self.frameworks = frameworks
        self.facts: dict[str, list[_ItemFacts]] = {}
        self.advices: dict[tuple[str, Speaker], Advice | None] = {}
        self.missing: dict[tuple[str, Speaker], ItemResult] = {}
        self.unnamed: dict[str, ProcedureResult] = {}

    def items(self, framework: Framework) -> list[_ItemFacts]:
        """The facts of each of the framework's items, in its order (one edition of each framework in a set)."""
        if framework.id not in self.facts:
            self.facts[framework.id] = [
                _ItemFacts(
                    framework,
                    item,
                    framework.qualified(item),
                    bool(item.required),
                    self.frameworks.target_of(framework, item),
                    DECLARED_BY_LEGAL_BASIS.get(item.id),
                )
                for item in framework.items
            ]
        return self.facts[framework.id]

    def unmentioned(self, facts: _ItemFacts, speaker: Speaker) -> ItemResult:
        """The verdict on an item the plan says nothing of (no evidence, nothing read and not counted, not a
        推進体制 item): missing, with the item's advice, spoken as the plan's town, if it is required."""
        key = (facts.qid, speaker)
        found = self.missing.get(key)
        if found is None:
            found = self.missing[key] = facts.result("missing", advice=self.advice(facts, speaker) if facts.required else None)
        return found

    def not_mentioned(self, procedure: FrameworkItem) -> ProcedureResult:
        """A procedure the plan does not name (記載なし)."""
        found = self.unnamed.get(procedure.id)
        if found is None:
            found = self.unnamed[procedure.id] = ProcedureResult(
                id=procedure.id, title=procedure.title, group=procedure.group, state="not-mentioned"
            )
        return found

    def advice(self, facts: _ItemFacts, speaker: Speaker) -> Advice | None:
        """What a plan usually writes for the item (frameworks/guidance/), loaded when first needed; its
        記載例 spoken as `speaker`, the plan's town."""
        key = (facts.qid, speaker)
        if key not in self.advices:
            from dxcheck.catalogue.guidance import advice

            self.advices[key] = advice(facts.framework, facts.item, facts.target, speaker=speaker)
        return self.advices[key]


@functools.cache
def _fixed(frameworks: FrameworkSet) -> _Fixed:
    return _Fixed(frameworks)


def _status(evidence: list[Evidence]) -> Status:
    strengths = {e.strength for e in evidence}
    if "covered" in strengths:
        return "covered"
    if "exempt" in strengths:
        return "exempt"
    if "partial" in strengths:
        return "partial"
    return "missing"


def _score(items: list[ItemResult], unstated: frozenset[str] = frozenset(), *, counted: bool = True) -> Score:
    """The framework's score; `unstated`: items the plan does not name (記載なし procedures), left out of it;
    `counted`: whether it may be part of the overall score (the procedures only with --require-procedures)."""
    required = [i for i in items if i.required]
    counts = Counter(i.status for i in required)
    # a procedure the plan does not name, unless a measure's text takes it up after all (then it counts)
    left_out = sum(1 for i in required if i.id in unstated and i.status == "missing")
    denominator = len(required) - counts["exempt"] - left_out
    named_none = left_out > 0 and denominator == 0
    # The plan names none of the framework's items (記載なし): 0, left out of the overall score. 0 of 0 is no
    # score (None), not 100: a plan that exempts every required item has earned nothing.
    fraction = None if denominator <= 0 else round(100 * (counts["covered"] + 0.5 * counts["partial"]) / denominator, 1)
    value = 0.0 if named_none else fraction
    return Score(
        covered=counts["covered"],
        partial=counts["partial"],
        missing=counts["missing"],
        exempt=counts["exempt"],
        required=len(required),
        score=value,
        unstated=left_out,
        in_overall=counted and not named_none,
    )


def audit(
    plan: Plan,
    frameworks: FrameworkSet,
    *,
    file: str,
    locate: Locator,
    pages: Pages = _no_pages,
    paragraphs: Pages = _no_pages,
    lint_findings: Sequence[Finding] = (),
    options: AuditOptions = DEFAULT_OPTIONS,
    choices: Sequence[EditionChoice] = (),
    carry: Carry | None = None,
    narrowed: Narrowed | None = None,
) -> AuditResult:
    """Audit a plan against every framework in the set (one edition of each; `choices` say why each
    edition, `carry` that the plan was written for an older edition and is audited with a newer one,
    `narrowed` which frameworks with required items the `frameworks` setting left out of the set).
    `locate` gives the line and column of a value, `pages` its page when the plan was read from a PDF
    or Word document, `paragraphs` its paragraph in a Word document without pages."""
    auditor = _Auditor(plan, frameworks, file, locate, pages, paragraphs, options.infer)
    auditor.collect()
    procedures = auditor.procedures()
    by_id = {p.id: p for p in procedures.items}
    # Procedures the plan does not name are 記載なし: out of the score unless --require-procedures.
    unstated = frozenset() if options.require_procedures else frozenset(gate.unstated(procedures))
    why = {c.framework: c for c in choices}
    results = []
    for framework in frameworks:
        of_procedures = framework.id == "procedures"
        items = [auditor.item_result(f, by_id.get(f.item.id) if of_procedures else None) for f in auditor.fixed.items(framework)]
        choice = why.get(framework.id)
        origin = frameworks.origins.get(framework.ref)
        results.append(
            FrameworkResult(
                id=framework.id,
                title=framework.title,
                title_en=framework.title_en,
                edition=framework.edition,
                edition_date=framework.date,
                selection=EditionSelection(by=choice.by, reference=choice.reference) if choice is not None else None,
                user_file=origin.file if origin is not None else None,
                replaces_shipped=origin.replaces if origin is not None else False,
                items=items,
                # The procedures scored over those the plan names would reward naming fewer (2 named, both
                # planned: 100); so they are counted, and left out of the overall score, unless every one
                # must be named (--require-procedures: 記載なし is 取組なし, and they count as before).
                score=_score(items, unstated, counted=options.require_procedures or framework.id != "procedures"),
                groups=[ItemGroup(id=g.id, title=g.title, title_en=g.title_en, required=g.required) for g in framework.groups],
            )
        )
    revision = _revision(carry, results) if carry is not None and frameworks.get(carry.framework) is not None else None
    settings = options.recorded()
    failing = {i.id for i in gate.failing_items(results, procedures, settings)}
    reported = audit_findings(
        plan,
        frameworks,
        results,
        procedures,
        auditor.measure_paths,
        file,
        auditor.governance_gaps,
        revision,
        tuple(choices),
        failing=failing,
        narrowed=narrowed,
    )
    findings = [*lint_findings, *reported.findings]
    findings_out = [finding_out(f) for f in _locate_all([f for f in findings if f.code not in options.ignore], locate, pages, paragraphs)]
    # Shown: the mean of the counted frameworks' scores as shown (a reader can check it); none when one has
    # none (0 of 0). `--min-score` compares the mean before any rounding (model.results.overall_exact).
    overall = overall_shown(results)
    exact = overall_exact(results)
    # The plan file's own errors (a failing item's finding is an error too, and is its own reason).
    errors = [f.code for f in lint_findings if f.severity == "error" and f.code not in options.ignore]
    # the frameworks a user's file made ask less, said in the verdict by the rules not ignored
    lowered = [(ref, kept) for ref, codes in reported.lowered if (kept := [c for c in codes if c not in options.ignore])]
    verdict = gate.judge(results, procedures, exact, errors, settings, reported.code_of, lowered, narrowed)
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
        findings=findings_out,
        overall_score=overall,
        passed=verdict.passed,
        settings=settings,
        verdict=verdict,
        revision=revision,
    )


def _revision(carry: Carry, results: list[FrameworkResult]) -> Revision:
    """The 改定 checklist: every item of the newer edition with where it comes from and its status in
    this audit, then the older items it does not carry (dropped, or their fate not encoded)."""
    new = next(r for r in results if r.id == carry.framework)
    status = {i.id: i.status for i in new.items}
    origins: dict[str, list[tuple[str, str]]] = {}
    for old_id, (target, how) in carry.mapping.items():
        if target is not None:
            origins.setdefault(target, []).append((old_id, how))
    lines = []
    for item in carry.new.items:
        came = origins.get(item.id, [])
        change = next((how for _, how in came if how != "same"), "same") if came else "new"
        lines.append(
            RevisionItem(
                old=", ".join(f"{carry.old.ref}/{o}" for o, _ in came) or None,
                new=carry.new.edition_ref(item),
                change=change,  # type: ignore[arg-type]
                title=item.title,
                title_en=item.title_en,
                status=status.get(carry.new.qualified(item)),
                addressed=any(o in carry.addressed for o, _ in came),
                note=item.continues.note if item.continues is not None else None,
            )
        )
    fates = {n.item: n for n in carry.new.not_continued}
    for item in carry.old.items:
        target, how = carry.mapping.get(item.id, (None, "unknown"))
        if target is not None:
            continue
        fate = fates.get(item.id)
        lines.append(
            RevisionItem(
                old=carry.old.edition_ref(item),
                change="dropped" if how == "dropped" else "unknown",
                title=item.title,
                title_en=item.title_en,
                addressed=item.id in carry.addressed,
                note=fate.note if fate is not None else None,
            )
        )
    return Revision(framework=carry.framework, old=carry.old.edition, new=carry.new.edition, items=lines)


def _locate_all(findings: list[Finding], locate: Locator, pages: Pages, paragraphs: Pages = _no_pages) -> list[Finding]:
    located = [
        f if f.line is not None else f.located(*locate(f.path, key=f.at_key), page=pages(f.path), paragraph=paragraphs(f.path))
        for f in findings
    ]
    # A stable sort: findings on the same line keep the order the checks produced them in.
    return sorted(located, key=lambda f: (f.line or 0, f.column or 0, f.code))


def read_unplaced(sentences: Sequence[UnplacedSentence], frameworks: FrameworkSet) -> list[UnplacedSentence]:
    """The committing sentences of a document that stand in no measure, each with the national items it
    reads as (covered or partial) and the words matched. Not coverage: `dxcheck explain` lists them, so
    that nothing committing is lost in silence."""
    reader = reader_for(frameworks)
    out: list[UnplacedSentence] = []
    for sentence in sentences:
        matches = [m for m in reader.read_text(sentence.text) if m.strength != "missing"]
        items = sorted({m.item for m in matches})
        matched = sorted({t for m in matches for t in m.terms})
        out.append(dataclasses.replace(sentence, items=items, matched=matched))
    return out
