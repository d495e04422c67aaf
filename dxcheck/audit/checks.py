"""The audit's findings: gaps, plan-level checks, and deadlines against national targets."""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel

from dxcheck.catalogue.framework import EditionChoice, Framework, FrameworkItem, FrameworkSet, GovernanceCheck
from dxcheck.files.source import is_document
from dxcheck.model import rules
from dxcheck.model.findings import Finding, JsonPath, Message, path_of
from dxcheck.model.fiscal import format_deadline, format_fiscal_year
from dxcheck.model.plan import Plan
from dxcheck.model.results import FrameworkResult, Narrowed, Procedures, Revision


@dataclass(frozen=True)
class Reported:
    """The audit's findings, and the code that reports each item that is not DX501 / DX502 (DX540, DX550)."""

    findings: list[Finding]
    code_of: dict[str, str] = field(default_factory=dict)
    # each framework a user's file made ask less than dxcheck's edition, and the rules that say how (DX506, DX515)
    lowered: list[tuple[str, list[str]]] = field(default_factory=list)


def audit_findings(
    plan: Plan,
    frameworks: FrameworkSet,
    results: list[FrameworkResult],
    procedures: Procedures,
    measure_paths: dict[str, JsonPath],
    file: str,
    governance_gaps: dict[str, list[GovernanceCheck]] | None = None,
    revision: Revision | None = None,
    choices: tuple[EditionChoice, ...] = (),
    *,
    failing: set[str] | frozenset[str] = frozenset(),
    narrowed: Narrowed | None = None,
) -> Reported:
    """Every finding of the audit, unlocated (the caller locates them). `failing`: the items that fail
    the bar (dxcheck.model.gate): the findings that report them are errors, whatever the rule's own
    severity, so that every format says what the exit code says. `narrowed`: the frameworks with required
    items the `frameworks` setting left out (DX516, at the top of the plan: the setting is not in it)."""
    gaps = governance_gaps or {}
    # An item to add that is a 推進体制 item is reported element by element (DX540), not again.
    to_add = {k: v for k, v in _to_add(revision).items() if not gaps.get(k)}
    said = [(framework.ref, list(_user_framework(frameworks, framework, file))) for framework in frameworks]
    lowered = [(ref, codes) for ref, found in said if (codes := [f.code for f in found if f.code in _LOWERING])]
    findings = [
        *([rules.FRAMEWORKS_NARROWED(narrowed.file, narrowed.named, narrowed.left_out).at(file, line=1, column=1)] if narrowed else []),
        *(finding for _, found in said for finding in found),
        *_plan_level(plan, frameworks, file, {c.framework: c for c in choices}),
        *_exemptions(results, file),
        *_gaps(results, file, skip=set(gaps) | set(to_add), failing=failing),
        *_governance(plan, results, gaps, file, failing),
        *_revision(revision, to_add, file, failing),
        *_deadlines(plan, frameworks, results, measure_paths, file),
        *_procedures(procedures, frameworks, file, failing),
    ]
    code_of = {**{k: "DX540" for k, v in gaps.items() if v}, **dict.fromkeys(to_add, "DX550")}
    return Reported(findings, code_of, lowered)


def _as(finding: Finding, fails: bool) -> Finding:
    return finding.failing() if fails else finding


def _exemptions(results: list[FrameworkResult], file: str) -> Iterator[Finding]:
    """DX504: more than a quarter of a framework's required items (and at least 2) exempted, or every one
    (then the framework has no score: 0 of 0)."""
    for framework in results:
        required, exempt = framework.score.required, framework.score.exempt
        if (exempt >= 2 and exempt * 4 > required) or (exempt and exempt == required):
            where: JsonPath = ("procedures",) if framework.id == "procedures" else ("exemptions",)
            yield rules.MANY_EXEMPTIONS(framework.id, framework.title, framework.title_en, exempt, required).at(file, where, key=True)


def _to_add(revision: Revision | None) -> dict[str, tuple[str, str, str, str, str]]:
    """--against: the newer items the plan must add or complete, by qualified id."""
    if revision is None:
        return {}
    found: dict[str, tuple[str, str, str, str, str]] = {}
    for line in revision.items:
        if line.new is None or line.change == "same" or line.status not in ("missing", "partial"):
            continue
        name, _, item = line.new.partition("/")
        found[f"{name.partition('@')[0]}/{item}"] = (line.title, line.title_en, line.change, line.status, revision.new)
    return found


def _revision(
    revision: Revision | None, to_add: dict[str, tuple[str, str, str, str, str]], file: str, failing: set[str] | frozenset[str]
) -> Iterator[Finding]:
    if revision is None:
        return
    for qid, (title, title_en, change, status, edition) in to_add.items():
        yield _as(rules.REVISION_ADD(qid, title, title_en, change, status, edition).at(file, ("policies",), key=True), qid in failing)
    for line in revision.items:
        if line.new is None and line.addressed and line.old is not None:
            name, _, item = line.old.partition("/")
            yield rules.REVISION_UNKNOWN(f"{name.partition('@')[0]}/{item}", line.change, revision.new, line.note or "").at(
                file, ("policies",), key=True
            )


def _governance(
    plan: Plan, results: list[FrameworkResult], gaps: dict[str, list[GovernanceCheck]], file: str, failing: set[str] | frozenset[str]
) -> Iterator[Finding]:
    """What each 推進体制 item asks for and the plan does not state (required items only)."""
    where: JsonPath = ("plan", "governance") if plan.plan.governance is not None else ("plan",)
    for framework in results:
        for item in framework.items:
            if not item.required or item.status == "exempt":
                continue
            for check in gaps.get(item.id, []):
                found = rules.GOVERNANCE_MISSING(
                    item.id, item.title, item.title_en, check.field, check.label, check.label_en, is_document(Path(file))
                )
                yield _as(found.at(file, where, key=True), item.id in failing)


def origins(frameworks: FrameworkSet, file: str) -> Iterator[Finding]:
    """DX505: each edition a user added, with the file it came from (every report format shows findings); DX506 and
    DX515: the ways its file asks less than dxcheck's edition. lint says them too."""
    for framework in frameworks:
        yield from _user_framework(frameworks, framework, file)


_LOWERING = frozenset({rules.USER_FRAMEWORK_LOWERS.code, rules.USER_FRAMEWORK_WIDENS.code})


def _user_framework(frameworks: FrameworkSet, framework: Framework, file: str) -> Iterator[Finding]:
    origin = frameworks.origins.get(framework.ref)
    if origin is None:
        return
    yield rules.USER_FRAMEWORK(framework.ref, framework.title, framework.title_en, origin.file, origin.replaces).at(file)
    before, dropped = lowered_by_user(framework, origin.replaces)
    if dropped:  # the bar was lowered by a file
        yield rules.USER_FRAMEWORK_LOWERS(framework.ref, origin.file, dropped, before).at(file)
    widened = widened_items(framework, origin.replaces)
    if widened:
        yield rules.USER_FRAMEWORK_WIDENS(framework.ref, origin.file, widened).at(file)


def widened_items(framework: Framework, replaces: bool) -> list[str]:
    """The items dxcheck's edition requires whose words a user's file widens: a signal or a problem word added, an
    exclusion or a rule of sense dropped (DX515). A replacement is compared with the edition it replaces; a new
    edition of a shipped framework with the shipped edition before it, item by the item that continues it. A hostile
    try added the signal 「市」 to dx/standardization in a copy of dx@1.0, and 富良野市 passed with no more than DX505's
    notice; a second put it in a new dx@2.4, which no check compared."""
    from dxcheck.catalogue.framework import shipped_catalogue

    if replaces:
        shipped = shipped_catalogue().resolve(framework.ref)
        if shipped is None:
            return []
        successor = {i.id: i for i in framework.items}
    else:
        shipped = _shipped_before(framework)
        if shipped is None:
            return []
        successor = _successors(framework, shipped)
    widened = []
    for old in shipped.items:
        new = successor.get(old.id)
        if not old.required or new is None or not new.required:
            continue  # a required item made optional or dropped is DX506's
        was, now = old.vocabulary, new.vocabulary
        if (
            _said(now.signals) - _said(was.signals)
            or set(now.problems) - set(was.problems)
            or set(was.excludes) - set(now.excludes)
            or _said(was.senses) - _said(now.senses)
        ):
            widened.append(old.id)
    return sorted(widened)


def _said(values: Sequence[object]) -> set[str]:
    """Values of a vocabulary, each as a text that compares them (a word, words together, a rule of sense)."""
    import json

    return {json.dumps(v.model_dump() if isinstance(v, BaseModel) else v, ensure_ascii=False, sort_keys=True) for v in values}


def lowered_by_user(framework: Framework, replaces: bool) -> tuple[str | None, list[str]]:
    """What a user's file of a framework leaves optional that dxcheck's edition requires (DX506): a replacement,
    the items of the edition it replaces (None, items); a new edition of a shipped framework, chosen for later
    plans, the items of the shipped edition before it (that edition's ref, items)."""
    if replaces:
        return None, lowered_items(framework.ref, {i.id for i in framework.items if i.required})
    before, dropped = lowered_since(framework)
    return before, dropped


def lowered_items(ref: str, required: set[str]) -> list[str]:
    """The items (ids within the framework) the shipped edition `ref` requires and `required` does not:
    what a user's replacement of that edition made optional. `dxcheck diff` still counts them as required."""
    from dxcheck.catalogue.framework import shipped_catalogue

    shipped = shipped_catalogue().resolve(ref)
    return sorted({i.id for i in shipped.items if i.required} - required) if shipped is not None else []


def lowered_since(framework: Framework) -> tuple[str, list[str]]:
    """For a user's new edition of a framework dxcheck ships: the shipped edition before it (by date), and the
    items that edition requires which the new one does not — no item of it continues them (`continues`, or the
    same id where its `previous` is another edition), or the one that does is optional. A hostile try added
    dx@2.4 with every item optional, chosen for every plan adopted after its date: the plan that failed
    passed, and only the notice naming the file (DX505) said anything."""
    base = _shipped_before(framework)
    if base is None:
        return "", []
    successor = _successors(framework, base)
    dropped = [i.id for i in base.items if i.required and not ((after := successor.get(i.id)) is not None and after.required)]
    return base.ref, sorted(dropped)


def _shipped_before(framework: Framework) -> Framework | None:
    """The newest edition dxcheck ships of the framework, dated on or before a user's new edition of it."""
    from dxcheck.catalogue.framework import shipped_catalogue

    earlier = [f for f in shipped_catalogue().editions(framework.id) if f.date <= framework.date and f.edition != framework.edition]
    return earlier[-1] if earlier else None


def _successors(framework: Framework, base: Framework) -> dict[str, FrameworkItem]:
    """Each item of `base` and the item of the new edition `framework` that continues it (by `continues` when the new
    edition names `base` as its previous one, else by the same id)."""
    if framework.previous == base.edition:
        return {i.continues.item: i for i in framework.items if i.continues is not None}
    return {i.id: i for i in framework.items}


def _ended(plan: Plan, framework: Framework, choice: EditionChoice | None) -> tuple[str, str] | None:
    """When the plan begins (or was adopted) after the period of every encoded edition of the framework
    has ended: how to say when (「計画期間の始まる 2026（R8）年度」), else None."""
    horizon = choice.newest_horizon if choice is not None and choice.newest is not None else framework.horizon
    if horizon is None or (choice is not None and choice.by == "against"):
        return None
    period = plan.plan.period
    if period is not None and period.start is not None and period.start > horizon:
        return f"計画期間の始まる {format_fiscal_year(period.start)}年度", f"the plan starts (FY{period.start})"
    adopted = plan.plan.adopted
    if adopted and adopted[:10] > f"{horizon + 1}-03-31" and adopted[:4] > str(horizon):
        return f"計画の策定（{adopted}）の時点", f"the plan was adopted ({adopted})"
    return None


def _plan_level(plan: Plan, frameworks: FrameworkSet, file: str, choices: dict[str, EditionChoice] | None = None) -> Iterator[Finding]:
    if not plan.plan.legal_basis:
        yield rules.NO_LEGAL_BASIS().at(file, ("plan",), key=True)
    period = plan.plan.period
    if period is None or period.start is None or period.end is None:
        missing = (
            "period"
            if period is None
            else ("start" if period.start is None and period.end is not None else "end" if period.start is not None else "both")
        )
        yield rules.NO_PERIOD(missing, period.note if period is not None else None).at(
            file, ("plan", "period") if period is not None else ("plan",), key=period is None
        )
    ended: set[str] = set()
    for framework in frameworks:
        choice = (choices or {}).get(framework.id)
        when = _ended(plan, framework, choice) if framework.horizon is not None else None
        if when is not None and framework.horizon is not None:
            ended.add(framework.id)
            where: JsonPath = ("plan", "period", "start") if when[1].startswith("the plan starts") else ("plan", "adopted")
            yield rules.EDITION_ENDED(
                framework.ref, framework.title, framework.title_en, framework.horizon, format_fiscal_year(framework.horizon), *when
            ).at(file, where, suggestion=_add_edition(framework))
        if choice is not None and choice.in_force is not None:
            yield rules.OLDER_EDITION_DECLARED(framework.id, framework.edition, choice.in_force, choice.in_force_on or "").at(
                file, ("frameworks", framework.id), suggestion=_against(framework.id, choice.in_force)
            )
    if period is not None and period.end is not None:
        for framework in frameworks:
            if framework.id in ended:
                continue  # DX513 has said more: the edition ended before the plan began
            if framework.horizon is not None and period.end > framework.horizon:
                yield rules.PERIOD_BEYOND_HORIZON(
                    period.end,
                    format_fiscal_year(period.end),
                    framework.title,
                    framework.title_en,
                    framework.horizon,
                    format_fiscal_year(framework.horizon),
                ).at(file, ("plan", "period", "end"))


def _gaps(results: list[FrameworkResult], file: str, skip: set[str], failing: set[str] | frozenset[str]) -> Iterator[Finding]:
    for framework in results:
        if framework.id == "procedures":
            continue  # summarised per group, see _procedures
        for item in framework.items:
            if not item.required:
                continue
            if item.id in skip:
                pass  # 推進体制 items are reported element by element (DX540), items to add by DX550
            elif item.status == "missing":
                yield _as(rules.ITEM_MISSING(item.id, item.title, item.title_en).at(file, ("policies",), key=True), item.id in failing)
            elif item.status == "partial":
                where = next((e for e in item.evidence if e.strength == "partial"), None)
                path: JsonPath = path_of(where.location.pointer) if where else ("policies",)
                yield _as(rules.ITEM_PARTIAL(item.id, item.title, item.title_en).at(file, path), item.id in failing)
            for refused in item.not_counted:
                declared = next(
                    (
                        e
                        for e in item.evidence
                        if e.kind == "explicit" and e.measure_id == refused.measure_id and refused.measure_id is not None
                    ),
                    None,
                )
                if declared is not None and refused.reading is not None and refused.reading.kind == "negation":
                    yield rules.DECLARED_BUT_REFUSED(refused.measure_title or "", item.id, item.title, refused.sentence or "").at(
                        file, path_of(declared.location.pointer)
                    )
            for suggestion in item.suggestions:
                kind = "policy" if suggestion.policy_id is not None else "measure"
                node_id = suggestion.policy_id if suggestion.policy_id is not None else suggestion.measure_id
                node_title = suggestion.policy_title if suggestion.policy_id is not None else suggestion.measure_title
                yield rules.SUGGESTED_LINK(kind, node_id, node_title, item.id, item.title, suggestion.matched).at(
                    file, path_of(suggestion.location.pointer)
                )


def _deadlines(
    plan: Plan, frameworks: FrameworkSet, results: list[FrameworkResult], measure_paths: dict[str, JsonPath], file: str
) -> Iterator[Finding]:
    period = plan.plan.period
    measures = {str(m.id): m for _, m in plan.walk_measures()}
    flagged_plan_start: set[str] = set()
    for framework in results:
        if framework.id == "procedures":
            continue
        for item in framework.items:
            target = item.national_target_fiscal_year
            if target is None or item.status not in ("covered", "partial"):
                continue
            ref = frameworks.item(item.id)
            national = ref and frameworks.target_of(ref.framework, ref.item)
            month = national.month if national and national.fiscal_year == target else None  # 「令和8年9月まで」
            deadline, deadline_en = format_deadline(target, month), format_deadline(target, month, "en")
            for evidence in item.evidence:
                if evidence.measure_id is None or evidence.strength not in ("covered", "partial"):
                    continue
                measure = measures[evidence.measure_id]
                schedule = measure.schedule
                if schedule is not None and (schedule.end or schedule.start) is not None:
                    last = schedule.end if schedule.end is not None else schedule.start
                    assert last is not None
                    if last > target:
                        allowance = national and national.allowance
                        if allowance and last <= allowance.fiscal_year:
                            yield rules.AFTER_TARGET_WITHIN_ALLOWANCE(
                                measure.id,
                                measure.title,
                                item.id,
                                last,
                                format_fiscal_year(last),
                                deadline_en,
                                deadline,
                                format_fiscal_year(allowance.fiscal_year),
                                allowance.text,
                                allowance.text_en,
                            ).at(file, (*measure_paths[evidence.measure_id], "schedule"))
                            continue
                        yield rules.AFTER_NATIONAL_TARGET(
                            measure.id, measure.title, item.id, last, format_fiscal_year(last), deadline_en, deadline
                        ).at(file, (*measure_paths[evidence.measure_id], "schedule"))
                elif period is not None and period.start is not None and period.start > target and item.id not in flagged_plan_start:
                    flagged_plan_start.add(item.id)
                    # 令和8年度からの計画に標準化の令和7年度末は問わない: the allowance still open (特定移行支援システム,
                    # おおむね令和12年度末まで) is what its period is asked about
                    live = national and national.allowance
                    open_allowance = (live.text, live.text_en) if live and live.fiscal_year >= period.start else None
                    yield rules.PLAN_STARTS_AFTER_TARGET(
                        period.start, format_fiscal_year(period.start), item.id, item.title, deadline_en, deadline, open_allowance
                    ).at(file, ("plan", "period", "start"))


@functools.cache
def _procedure_facts(frameworks: FrameworkSet) -> tuple[dict[str, int], dict[str, str]]:
    """Each procedure's national target year and English title: the same for every plan audited with a set."""
    catalogue = frameworks.get("procedures")
    assert catalogue is not None
    targets = {i.id: t.fiscal_year for i in catalogue.items if (t := frameworks.target_of(catalogue, i)) is not None}
    return targets, {i.id: i.title_en for i in catalogue.items}


def _procedures(procedures: Procedures, frameworks: FrameworkSet, file: str, failing: set[str] | frozenset[str]) -> Iterator[Finding]:
    catalogue = frameworks.get("procedures")
    if catalogue is None:
        return
    targets, titles_en = _procedure_facts(frameworks)
    reported: set[str] = set()
    for p in procedures.items:
        target = targets.get(p.id)
        key = p.declared_as or p.id
        if (
            p.state == "planned"
            and target is not None
            and p.target_fiscal_year is not None
            and p.target_fiscal_year > target
            and key not in reported
        ):
            reported.add(key)
            yield rules.PROCEDURE_AFTER_TARGET(
                key, p.target_fiscal_year, format_fiscal_year(p.target_fiscal_year), target, format_fiscal_year(target)
            ).at(file, ("procedures", key, "target_year"))
    # A procedure the plan states that fails the bar (not-planned; planned with no year under --fail-on partial): the
    # verdict failed with no error in any report (the third walkthrough), where every other failing item has its own.
    for p in procedures.items:
        key = p.declared_as or p.id
        if f"procedures/{p.id}" in failing and p.state in ("not-planned", "planned") and key not in reported:
            reported.add(key)
            yield rules.PROCEDURE_FAILS(key, p.title, titles_en[p.id], p.state == "planned").at(file, ("procedures", key, "status"))
    for group in procedures.groups:
        if group.not_mentioned:
            unmentioned = [
                (p.id, p.title, titles_en[p.id]) for p in procedures.items if p.group == group.group and p.state == "not-mentioned"
            ]
            found = rules.PROCEDURES_NOT_MENTIONED(group.title, group.title_en, group.total, unmentioned).at(
                file, ("procedures",) if procedures.items and any(p.declared_as for p in procedures.items) else (), key=True
            )
            # 記載なし fails only with --require-procedures: then the item is among the failing ones.
            yield _as(found, any(f"procedures/{p_id}" in failing for p_id, _, _ in unmentioned))


def _add_edition(framework: Framework) -> Message:
    return Message(
        f"現行の版を枠組みファイル（{framework.id}@版.yaml）に書き、--frameworks-dir DIR で加えてください（docs/frameworks.md「新しい版を30分で収録する」）",
        f"write the current edition as a framework file ({framework.id}@EDITION.yaml) and add it with --frameworks-dir DIR "
        "(docs/frameworks.md, 'Encode a new edition in 30 minutes')",
    )


def _against(framework_id: str, edition: str) -> Message:
    return Message(
        f"dxcheck audit 計画 --against {framework_id}@{edition} で、改定に加える項目が分かります",
        f"dxcheck audit PLAN --against {framework_id}@{edition} lists what the newer edition adds",
    )
