"""`dxcheck lint`: a plan file through load, schema and cross-checks, to findings.

The pipeline runs one way: bytes → text → YAML data → schema → typed plan → cross-checks.
Positions are looked up once, at the end, and only when there are findings.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from dxcheck import __version__
from dxcheck.findings import RULES, Finding, FindingOut, JsonPath, Severity, count_by_severity, finding_out, suggest
from dxcheck.framework import FrameworkSet
from dxcheck.municipality import check_digit, code_is_valid, prefecture_of, with_check_digit
from dxcheck.plan import FiscalPeriod, Measure, Plan, Policy
from dxcheck.source import PositionIndex, SourceError, SourceText, load_with_positions, read_source
from dxcheck.validate import build_plan, schema_findings

# Fiscal years outside this range are typos (20222, 1922) or a calendar mix-up (R4 read as 4).
PLAUSIBLE_YEARS = range(2000, 2101)


@dataclass
class PlanCheck:
    """What checking one plan file produced: the typed plan when it could be built, and findings."""

    file: str
    plan: Plan | None = None
    source: SourceText | None = None
    data: Any = None
    findings: list[Finding] = field(default_factory=list)
    could_not_run: bool = False
    _positions: PositionIndex | None = field(default=None, repr=False)

    def positions(self) -> PositionIndex:
        """Where every value of the file is; built once, shared by lint's findings and the audit."""
        if self._positions is None:
            assert self.source is not None
            self._positions = PositionIndex.for_source(self.source)
        return self._positions

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.ERROR)

    def findings_only(self) -> PlanCheck:
        """The result without the text, data, plan and positions: what `dxcheck lint` keeps of each
        file until the report is written (linting 1,741 plans held 418 MiB, and now 42 MiB)."""
        return PlanCheck(file=self.file, findings=self.findings, could_not_run=self.could_not_run)


class LintFile(BaseModel):
    """One plan file's lint result."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)  # built for --format json only

    file: str
    status: Literal["ok", "error", "unreadable"]
    findings: list[FindingOut]


class LintSummary(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)  # built for --format json only

    files: int
    errors: int
    warnings: int
    info: int
    unreadable: int


class LintReport(BaseModel):
    """`dxcheck lint --format json`: every file with its findings, and the counts."""

    model_config = ConfigDict(frozen=True, extra="forbid", title="dxcheck lint", defer_build=True)

    format: Literal["dxcheck-lint"] = "dxcheck-lint"
    version: Literal[1] = 1
    tool: dict[str, str] = Field(default_factory=lambda: {"name": "dxcheck", "version": __version__})
    files: list[LintFile]
    summary: LintSummary


def lint_report(results: list[PlanCheck], lang: str) -> LintReport:
    """The lint result of several files as one document."""
    findings = [f for r in results for f in r.findings]
    counts = count_by_severity(findings)
    return LintReport(
        files=[
            LintFile(
                file=r.file,
                status="unreadable" if r.could_not_run else ("error" if r.errors else "ok"),
                findings=[finding_out(f, lang) for f in r.findings],
            )
            for r in results
        ],
        summary=LintSummary(
            files=len(results),
            errors=counts[Severity.ERROR],
            warnings=counts[Severity.WARNING],
            info=counts[Severity.INFO],
            unreadable=sum(1 for r in results if r.could_not_run),
        ),
    )


def check_file(path: Path, frameworks: FrameworkSet, name: str | None = None) -> PlanCheck:
    """Load, validate and cross-check one plan file."""
    shown = name if name is not None else str(path)
    try:
        source = read_source(path, shown)
        data, positions = load_with_positions(source)
    except SourceError as exc:
        return PlanCheck(file=shown, findings=[exc.finding], could_not_run=exc.could_not_run)
    return check_data(source, data, frameworks, positions)


def check_data(source: SourceText, data: Any, frameworks: FrameworkSet, positions: PositionIndex | None = None) -> PlanCheck:
    """Validate and cross-check loaded data (`positions`: where its values are, if already known)."""
    result = PlanCheck(file=source.name, source=source, data=data, _positions=positions)
    if not isinstance(data, dict):
        kind = "空" if data is None else ("リスト" if isinstance(data, list) else "値ひとつ")
        kind_en = "empty" if data is None else ("a list" if isinstance(data, list) else "a single value")
        result.findings.append(
            RULES["DX006"].finding(
                source.name,
                (),
                f"計画として読めません（最上位が{kind}です）。最上位は municipality: や plan: を持つマッピングにしてください（雛形: dxcheck init）",
                f"not a plan: the top level is {kind_en}; it must be a mapping with municipality:, plan: …",
                line=1,
                column=1,
            )
        )
        return result
    # The strict model accepts exactly what the published schema accepts (tests/test_properties.py),
    # so a valid plan never pays for jsonschema; only a refused one is run through it, for findings
    # that say what is wrong in the schema's terms, with the JSON path of every value.
    plan, findings = build_plan(data, source.name)
    if plan is None:
        findings = schema_findings(data, source.name) or findings
    else:
        result.plan = plan
        findings = list(cross_check(plan, frameworks, source.name))
    result.findings = locate(findings, result)
    return result


def locate(findings: list[Finding], check: PlanCheck) -> list[Finding]:
    """Give every finding a line and column, indexing the text only if one needs it; sort."""
    if any(f.line is None and f.path for f in findings):
        index = check.positions()
        findings = [f if f.line is not None or not f.path else f.located(*index.locate(f.path, key=f.at_key)) for f in findings]
    findings = [f if f.line is not None else f.located(1, 1) for f in findings]
    return sorted(findings, key=Finding.sort_key)


def cross_check(plan: Plan, frameworks: FrameworkSet, file: str) -> Iterator[Finding]:
    """The checks the schema cannot express."""
    yield from _check_municipality(plan, file)
    yield from _check_years(plan, file)
    yield from _check_ids(plan, file)
    yield from _check_references(plan, frameworks, file)
    yield from _check_kpis(plan, file)
    yield from _check_procedures(plan, frameworks, file)
    yield from _check_titles(plan, file)


MAX_TITLE = 200


def _check_titles(plan: Plan, file: str) -> Iterator[Finding]:
    nodes: list[tuple[JsonPath, Policy | Measure]] = [*plan.walk_policies(), *plan.walk_measures()]
    for path, node in nodes:
        if len(node.title) > MAX_TITLE:
            yield RULES["DX408"].finding(
                file,
                (*path, "title"),
                f"「{node.id}」の名前が {len(node.title):,} 文字あります（見出しは {MAX_TITLE} 文字まで、本文は description に）",
                f"the title of '{node.id}' has {len(node.title):,} characters (a heading has up to {MAX_TITLE}; put text in description)",
            )


def _check_municipality(plan: Plan, file: str) -> Iterator[Finding]:
    code = plan.municipality.code
    path: JsonPath = ("municipality", "code")
    if code is None:
        yield RULES["DX406"].finding(
            file, ("municipality",), "団体コード（municipality.code）がありません", "municipality.code is missing", key=True
        )
        return
    expected = prefecture_of(code)
    if expected is not None and expected != plan.municipality.prefecture:
        yield RULES["DX407"].finding(
            file,
            ("municipality", "prefecture"),
            f"都道府県「{plan.municipality.prefecture}」が団体コード「{code}」（上2桁 {code[:2]} は{expected}）と合いません",
            f"prefecture '{plan.municipality.prefecture}' does not match code '{code}' ({code[:2]} is {expected})",
        )
    if len(code) == 5:
        full = with_check_digit(code)
        yield RULES["DX405"].finding(
            file,
            path,
            f'団体コード「{code}」は5桁です。チェックディジットを付けた6桁で書いてください: "{full}"',
            f"municipality code '{code}' has 5 digits; write the 6-digit code with its check digit: \"{full}\"",
        )
    elif not code_is_valid(code):
        right = check_digit(code[:5])
        yield RULES["DX405"].finding(
            file,
            path,
            f"団体コード「{code}」のチェックディジットが合いません（{code[:5]} なら最後は {right}）。入力誤りがないか、総務省の一覧で確かめてください",
            f"municipality code '{code}': the check digit should be {right} for {code[:5]}; check the code against the official list",
        )


def _fiscal_years(plan: Plan) -> Iterator[tuple[JsonPath, int]]:
    def period(base: JsonPath, p: FiscalPeriod | None) -> Iterator[tuple[JsonPath, int]]:
        if p is not None:
            for name in ("start", "end"):
                year = getattr(p, name)
                if year is not None:
                    yield (*base, name), year

    yield from period(("plan", "period"), plan.plan.period)
    for path, measure in plan.walk_measures():
        yield from period((*path, "schedule"), measure.schedule)
    for path, kpi in plan.walk_kpis():
        for name in ("baseline_year", "target_year"):
            year = getattr(kpi, name)
            if year is not None:
                yield (*path, name), year
    for key, proc in plan.procedures.items():
        if proc.target_year is not None:
            yield ("procedures", key, "target_year"), proc.target_year


def _check_years(plan: Plan, file: str) -> Iterator[Finding]:
    from dxcheck.fiscal import format_fiscal_year

    absurd: set[JsonPath] = set()
    for path, year in _fiscal_years(plan):
        if year not in PLAUSIBLE_YEARS:
            absurd.add(path)
            yield RULES["DX202"].finding(
                file,
                path,
                f"{year}年度はありえない年度です（2000〜2100年度の範囲で）",
                f"fiscal year {year} is implausible (expected 2000-2100)",
            )
    period = plan.plan.period
    periods = [(("plan", "period"), period)] + [((*p, "schedule"), m.schedule) for p, m in plan.walk_measures()]
    for path, p in periods:
        if p and p.start is not None and p.end is not None and p.end < p.start:
            yield RULES["DX203"].finding(
                file,
                (*path, "end"),
                f"期間の終わり（{format_fiscal_year(p.end)}年度）が始まり（{format_fiscal_year(p.start)}年度）より前です",
                f"the period ends (FY{p.end}) before it starts (FY{p.start})",
            )
    if period is None:
        return
    lo = period.start if period.start is not None else -1
    hi = period.end if period.end is not None else 10**6
    for path, measure in plan.walk_measures():
        s = measure.schedule
        if s is None:
            continue
        for name in ("start", "end"):
            year = getattr(s, name)
            at = (*path, "schedule", name)
            if year is not None and at not in absurd and not lo <= year <= hi:
                yield RULES["DX204"].finding(
                    file,
                    at,
                    f"施策「{measure.title}」のスケジュール（{format_fiscal_year(year)}年度）が計画期間（{_period_text(period)}）の外です",
                    f"measure '{measure.id}' is scheduled in FY{year}, outside the plan period ({_period_text(period, 'en')})",
                )
    for path, kpi in plan.walk_kpis():
        at = (*path, "target_year")
        y = kpi.target_year
        if y is not None and at not in absurd and not lo <= y <= hi:
            yield RULES["DX205"].finding(
                file,
                at,
                f"KPI「{kpi.name}」の目標年度（{format_fiscal_year(y)}年度）が計画期間（{_period_text(period)}）の外です",
                f"KPI '{kpi.name}' targets FY{y}, outside the plan period ({_period_text(period, 'en')})",
            )


def _period_text(period: FiscalPeriod, lang: str = "ja") -> str:
    from dxcheck.fiscal import format_fiscal_year

    start = format_fiscal_year(period.start, lang) if period.start is not None else "?"
    end = format_fiscal_year(period.end, lang) if period.end is not None else ""
    return f"{start}〜{end}" if lang == "ja" else f"{start} to {end or 'open'}"


def _check_ids(plan: Plan, file: str) -> Iterator[Finding]:
    seen: Counter[str] = Counter()
    for kind_ja, kind_en, items in (
        ("方針", "policy", list(plan.walk_policies())),
        ("施策", "measure", list(plan.walk_measures())),
    ):
        for path, node in items:
            key = str(node.id)
            seen[key] += 1
            if seen[key] > 1:
                yield RULES["DX303"].finding(
                    file,
                    (*path, "id"),
                    f"{kind_ja}の ID「{key}」が重複しています（ID は計画の中で一意に）",
                    f"duplicate {kind_en} id '{key}' (ids must be unique within the plan)",
                )


def _unknown_item(file: str, path: JsonPath, item_id: str, frameworks: FrameworkSet) -> Finding:
    hint = suggest(item_id, frameworks.item_ids)
    framework = item_id.split("/", 1)[0]
    if hint:
        ja = f"存在しない項目「{item_id}」（もしかして「{hint}」？）"
        en = f"unknown item '{item_id}' (did you mean '{hint}'?)"
    elif frameworks.get(framework) is None:
        known = ", ".join(f.id for f in frameworks)
        ja = f"存在しない項目「{item_id}」: 枠組み「{framework}」はありません（{known}）"
        en = f"unknown item '{item_id}': there is no framework '{framework}' ({known})"
    else:
        ja = f"存在しない項目「{item_id}」（一覧: dxcheck frameworks show {framework}）"
        en = f"unknown item '{item_id}' (see: dxcheck frameworks show {framework})"
    return RULES["DX301"].finding(file, path, ja, en)


def _check_references(plan: Plan, frameworks: FrameworkSet, file: str) -> Iterator[Finding]:
    addressed: dict[str, JsonPath] = {}
    for path, measure in plan.walk_measures():
        seen_here: set[str] = set()
        for index, link in enumerate(measure.links()):
            at = (*path, "addresses", index)
            if frameworks.item(link.item) is None:
                yield _unknown_item(file, at, link.item, frameworks)
                continue
            if link.item in seen_here:
                yield RULES["DX305"].finding(
                    file,
                    at,
                    f"施策「{measure.title}」が「{link.item}」を2回参照しています",
                    f"measure '{measure.id}' lists '{link.item}' twice",
                )
            seen_here.add(link.item)
            addressed.setdefault(link.item, at)
    exempted: set[str] = set()
    for index, exemption in enumerate(plan.exemptions):
        at = ("exemptions", index)
        if frameworks.item(exemption.item) is None:
            yield _unknown_item(file, (*at, "item"), exemption.item, frameworks)
            continue
        if exemption.item in exempted:
            yield RULES["DX305"].finding(
                file, (*at, "item"), f"「{exemption.item}」の除外が2回あります", f"'{exemption.item}' is exempted twice"
            )
        exempted.add(exemption.item)
        if not exemption.reason.strip():
            yield RULES["DX402"].finding(
                file,
                (*at, "reason"),
                f"「{exemption.item}」を除外する理由（reason）が空です",
                f"the exemption of '{exemption.item}' has an empty reason",
            )
        if exemption.item in addressed:
            yield RULES["DX304"].finding(
                file,
                (*at, "item"),
                f"「{exemption.item}」を除外していますが、施策が取り組んでいます（{_where(addressed[exemption.item])}）",
                f"'{exemption.item}' is exempted but a measure addresses it",
            )


def _where(path: JsonPath) -> str:
    return "/".join(str(p) for p in path)


def _check_kpis(plan: Plan, file: str) -> Iterator[Finding]:
    for path, kpi in plan.walk_kpis():
        if kpi.target is None or (isinstance(kpi.target, str) and not kpi.target.strip()):
            yield RULES["DX401"].finding(
                file, (*path, "name"), f"KPI「{kpi.name}」に目標値（target）がありません", f"KPI '{kpi.name}' has no target"
            )


def _check_procedures(plan: Plan, frameworks: FrameworkSet, file: str) -> Iterator[Finding]:
    catalogue = frameworks.get("procedures")
    if catalogue is None:
        return
    known = [i.id for i in catalogue.items] + [g.id for g in catalogue.groups if g.id != "general"]
    for key, proc in plan.procedures.items():
        at: JsonPath = ("procedures", key)
        if key not in known:
            hint = suggest(key, known)
            yield RULES["DX302"].finding(
                file,
                at,
                f"存在しない手続「{key}」" + (f"（もしかして「{hint}」？）" if hint else "（一覧: dxcheck frameworks show procedures）"),
                f"unknown procedure '{key}'" + (f" (did you mean '{hint}'?)" if hint else ""),
                key=True,
            )
            continue
        if proc.status in ("not-planned", "not-applicable") and not (proc.reason or "").strip():
            label = "予定なし" if proc.status == "not-planned" else "対象外"
            yield RULES["DX403"].finding(
                file,
                (*at, "reason") if proc.reason is not None else (*at, "status"),
                f"手続「{key}」は{label}（{proc.status}）ですが理由（reason）がありません",
                f"procedure '{key}' is {proc.status} but gives no reason",
            )
        if proc.status == "planned" and proc.target_year is None:
            yield RULES["DX404"].finding(
                file,
                (*at, "status"),
                f"手続「{key}」は予定（planned）ですが目標年度（target_year）がありません",
                f"procedure '{key}' is planned but has no target_year",
            )
