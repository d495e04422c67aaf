"""The audit's findings: gaps, plan-level checks, and deadlines against national targets."""

from __future__ import annotations

from collections.abc import Iterator

# audit.py imports this module inside audit(), after its own models exist: no import cycle.
from dxcheck.audit import FrameworkResult, Procedures
from dxcheck.findings import RULES, Finding, JsonPath
from dxcheck.fiscal import format_fiscal_year
from dxcheck.framework import FrameworkSet
from dxcheck.plan import Plan


def audit_findings(
    plan: Plan,
    frameworks: FrameworkSet,
    results: list[FrameworkResult],
    procedures: Procedures,
    measure_paths: dict[str, JsonPath],
    file: str,
) -> list[Finding]:
    """Every finding of the audit, unlocated (the caller locates them)."""
    return [
        *_plan_level(plan, frameworks, file),
        *_gaps(results, file),
        *_deadlines(plan, frameworks, results, measure_paths, file),
        *_procedures(procedures, frameworks, file),
    ]


def _plan_level(plan: Plan, frameworks: FrameworkSet, file: str) -> Iterator[Finding]:
    if not plan.plan.legal_basis:
        yield RULES["DX510"].finding(
            file,
            ("plan",),
            "計画の法的な位置づけ（例: 官民データ活用推進基本法第9条第3項の市町村官民データ活用推進計画）が宣言されていません",
            "the plan declares no legal basis (such as 官民データ活用推進基本法 第9条第3項)",
            key=True,
        )
    period = plan.plan.period
    if period is None or period.start is None or period.end is None:
        missing = (
            "計画期間"
            if period is None
            else (
                "開始年度"
                if period.start is None and period.end is not None
                else "終了年度"
                if period.start is not None
                else "開始・終了年度"
            )
        )
        yield RULES["DX511"].finding(
            file,
            ("plan", "period") if period is not None else ("plan",),
            f"{missing}がありません" + (f"（{period.note}）" if period is not None and period.note else ""),
            "the plan period has no " + ("start or end fiscal year" if period is not None else "fiscal years"),
            key=period is None,
        )
    if period is not None and period.end is not None:
        for framework in frameworks:
            if framework.horizon is not None and period.end > framework.horizon:
                yield RULES["DX512"].finding(
                    file,
                    ("plan", "period", "end"),
                    f"計画期間の終わり（{format_fiscal_year(period.end)}年度）が{framework.title}の期間（{format_fiscal_year(framework.horizon)}年度まで）を越えています",
                    f"the plan runs to FY{period.end}, beyond {framework.title_en} (to FY{framework.horizon})",
                )


def _gaps(results: list[FrameworkResult], file: str) -> Iterator[Finding]:
    for framework in results:
        if framework.id == "procedures":
            continue  # summarised per group, see _procedures
        for item in framework.items:
            if not item.required:
                continue
            if item.status == "missing":
                yield RULES["DX501"].finding(
                    file,
                    ("policies",),
                    f"「{item.id}」{item.title} に取り組む施策がありません",
                    f"no measure takes up '{item.id}' ({item.title_en})",
                    key=True,
                )
            elif item.status == "partial":
                where = next((e for e in item.evidence if e.strength == "partial"), None)
                path: JsonPath = _path_of(where.location.pointer) if where else ("policies",)
                yield RULES["DX502"].finding(
                    file,
                    path,
                    f"「{item.id}」{item.title} への取組は一部だけです",
                    f"'{item.id}' ({item.title_en}) is only partly taken up",
                )
            for suggestion in item.suggestions:
                yield RULES["DX503"].finding(
                    file,
                    _path_of(suggestion.location.pointer),
                    f"施策「{suggestion.measure_title}」は「{item.id}」{item.title} にも当たる可能性があります（一致した語: {'・'.join(suggestion.matched)}）",
                    f"measure '{suggestion.measure_id}' may also take up '{item.id}' (matched: {', '.join(suggestion.matched)})",
                )


def _path_of(pointer: str) -> JsonPath:
    parts: list[str | int] = []
    for raw in pointer.split("/")[1:]:
        part = raw.replace("~1", "/").replace("~0", "~")
        parts.append(int(part) if part.isdigit() else part)
    return tuple(parts)


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
            for evidence in item.evidence:
                if evidence.measure_id is None or evidence.strength not in ("covered", "partial"):
                    continue
                measure = measures[evidence.measure_id]
                schedule = measure.schedule
                if schedule is not None and (schedule.end or schedule.start) is not None:
                    last = schedule.end if schedule.end is not None else schedule.start
                    assert last is not None
                    if last > target:
                        yield RULES["DX520"].finding(
                            file,
                            (*measure_paths[evidence.measure_id], "schedule"),
                            f"施策「{measure.title}」の予定（{format_fiscal_year(last)}年度まで）が、「{item.id}」の国の目標（{format_fiscal_year(target)}年度末）より後です",
                            f"measure '{measure.id}' runs to FY{last}, after the national target for '{item.id}' (end of FY{target})",
                        )
                elif period is not None and period.start is not None and period.start > target and item.id not in flagged_plan_start:
                    flagged_plan_start.add(item.id)
                    yield RULES["DX521"].finding(
                        file,
                        ("plan", "period", "start"),
                        f"計画期間（{format_fiscal_year(period.start)}年度から）は「{item.id}」{item.title} の国の目標（{format_fiscal_year(target)}年度末）の後に始まります",
                        f"the plan starts in FY{period.start}, after the national target for '{item.id}' (end of FY{target})",
                    )


def _procedures(procedures: Procedures, frameworks: FrameworkSet, file: str) -> Iterator[Finding]:
    catalogue = frameworks.get("procedures")
    if catalogue is None:
        return
    targets = {i.id: i.target.fiscal_year for i in catalogue.items if i.target}
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
            yield RULES["DX530"].finding(
                file,
                ("procedures", key, "target_year"),
                f"手続「{key}」のオンライン化予定（{format_fiscal_year(p.target_fiscal_year)}年度）が国の目標（{format_fiscal_year(target)}年度末）より後です",
                f"procedure '{key}' is planned online in FY{p.target_fiscal_year}, after the national target (end of FY{target})",
            )
    for group in procedures.groups:
        if group.not_mentioned:
            yield RULES["DX531"].finding(
                file,
                ("procedures",) if procedures.items and any(p.declared_as for p in procedures.items) else (),
                f"{group.title}の {group.total} 手続のうち {group.not_mentioned} 手続について記載がありません",
                f"{group.not_mentioned} of the {group.total} procedures of {group.title_en} are not mentioned",
                key=True,
            )
