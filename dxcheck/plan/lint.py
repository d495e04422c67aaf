"""`dxcheck lint`: a plan file through load, schema and cross-checks, to findings.

The pipeline runs one way: bytes → text → YAML data → schema → typed plan → cross-checks.
Positions are looked up once, at the end, and only when there are findings.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from dxcheck.catalogue.framework import FrameworkSet, PlanFrameworks
from dxcheck.files.source import PositionIndex, Positions, SourceError, SourceText, load_with_positions, read_source, shown_name
from dxcheck.model import rules
from dxcheck.model.findings import Finding, JsonPath, Message, Severity, count_by_severity, finding_out, visible
from dxcheck.model.municipality import NAME_PLACEHOLDER, PREFECTURE_PLACEHOLDER, PREFECTURES, code_is_valid, prefecture_of
from dxcheck.model.plan import PLAN_READ_LIMIT, READ_LIMIT, FiscalPeriod, Kpi, Measure, Plan, Policy, read_part, says_nothing, shown_reason
from dxcheck.model.results import DocumentSummary, LintFile, LintRun, LintSummary
from dxcheck.model.rules import did_you_mean, suggest
from dxcheck.plan.sections import background_policy
from dxcheck.plan.validate import build_plan, schema_findings

# What a plan is checked with: a framework set, or (the pipeline's) a choice of editions made from the plan.
Chooser = Callable[[Plan], PlanFrameworks]

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
    document: DocumentSummary | None = None  # the plan was read from a document (dxcheck.document)
    frameworks: PlanFrameworks | None = None  # the editions the plan was checked with (and is audited with)
    _positions: Positions | None = field(default=None, repr=False)

    def positions(self) -> Positions:
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
        return PlanCheck(file=self.file, findings=self.findings, could_not_run=self.could_not_run, document=self.document)


def lint_run(checks: list[PlanCheck]) -> LintRun:
    """What `dxcheck lint` reports: every file with its findings, and the counts."""
    files = [
        LintFile(
            file=c.file,
            status="unreadable" if c.could_not_run else ("error" if c.errors else "ok"),
            findings=[finding_out(f) for f in c.findings],
        )
        for c in checks
    ]
    counts = count_by_severity([f.severity for c in checks for f in c.findings])
    return LintRun(
        files=files,
        summary=LintSummary(
            files=len(checks),
            errors=counts[Severity.ERROR],
            warnings=counts[Severity.WARNING],
            info=counts[Severity.INFO],
            unreadable=sum(1 for c in checks if c.could_not_run),
        ),
    )


def check_file(path: Path, frameworks: FrameworkSet | Chooser, name: str | None = None) -> PlanCheck:
    """Load, validate and cross-check one plan file."""
    shown = name if name is not None else shown_name(path)
    try:
        source = read_source(path, shown)
        data, positions = load_with_positions(source)
    except SourceError as exc:
        return PlanCheck(file=shown, findings=[exc.finding], could_not_run=exc.could_not_run)
    return check_data(source, data, frameworks, positions)


def check_data(
    source: SourceText,
    data: Any,
    frameworks: FrameworkSet | Chooser,
    positions: Positions | None = None,
    document: DocumentSummary | None = None,
) -> PlanCheck:
    """Validate and cross-check loaded data (`positions`: where its values are, if already known).

    `frameworks` is the set to check against, or a function that chooses the editions from the plan
    (dxcheck.audit.pipeline: declared, by option, by date)."""
    result = PlanCheck(file=source.name, source=source, data=data, document=document, _positions=positions)
    if not isinstance(data, dict):
        kind = "空" if data is None else ("リスト" if isinstance(data, list) else "値ひとつ")
        kind_en = "empty" if data is None else ("a list" if isinstance(data, list) else "a single value")
        result.findings.append(rules.NOT_A_PLAN(kind, kind_en).at(source.name, line=1, column=1))
        return result
    # The strict model accepts exactly what the published schema accepts (tests/test_properties.py),
    # so a valid plan never pays for jsonschema; only a refused one is run through it, for findings
    # that say what is wrong in the schema's terms, with the JSON path of every value.
    plan, findings = build_plan(data, source.name)
    if plan is None:
        # the schema's words where it has them, and the model's for the rest: a procedure id the schema refuses hid
        # 「令和0年度」 in a schedule, which only the model refuses (a new user's walkthrough)
        from_schema = schema_findings(data, source.name)
        said = [f.path for f in from_schema]
        rest = [f for f in findings if not any(f.path[: len(p)] == p or p[: len(f.path)] == f.path for p in said)]
        findings = (from_schema + rest if from_schema else findings) + _independent(data, frameworks, source.name)
    else:
        result.plan = plan
        chosen = PlanFrameworks(frameworks) if isinstance(frameworks, FrameworkSet) else frameworks(plan)
        result.frameworks = chosen
        findings = list(cross_check(plan, chosen, source.name))
    if "\\" in source.text or "\x85" in source.text:  # a control character can only come from an escape (or a raw NEL)
        findings += control_characters(data, source.name)
    result.findings = locate(findings, result)
    return result


def _independent(data: dict[str, Any], frameworks: FrameworkSet | Chooser, file: str) -> list[Finding]:
    """The mistakes of a refused plan that do not depend on what the schema refused: the cross-checks
    of the rest of the plan (dxcheck.plan.salvage), so that one run names every independent error."""
    from dxcheck.plan.salvage import salvage

    salvaged = salvage(data)
    if salvaged is None:
        return []
    chosen = frameworks if isinstance(frameworks, FrameworkSet) else frameworks(salvaged.plan)
    # A date or a declaration left out decides the edition: the one chosen without it is a guess, and
    # 「not in this edition」 (DX306, with its 「もしかして」) would blame the items for the date's mistake.
    guessed = not isinstance(frameworks, FrameworkSet) and any(
        p[:2] in (("plan", "adopted"), ("plan", "period")) or p[:1] == ("frameworks",) for p in salvaged.left_out
    )
    # the parts that hold a key left out: a rule that a key is missing (DX404 「目標年度がありません」) would be said of
    # a key the file has, only broken (「令和0年度」, said by its own finding)
    holding = [gone[:-1] for gone in salvaged.left_out if gone and isinstance(gone[-1], str)]
    found = []
    for finding in cross_check(salvaged.plan, chosen, file):
        path = salvaged.original(finding.path)
        if path is None or (guessed and finding.code == rules.ITEM_NOT_IN_EDITION.code):
            continue
        # said of the part itself or of a key of it (DX404 on the entry's status), not of a part inside it (a KPI's
        # target missing in a measure whose misspelt key was left out is its own mistake)
        if finding.code in _ABSENCE and any(path == part or (path[:-1] == part and isinstance(path[-1], str)) for part in holding):
            continue
        found.append(replace(finding, path=path))
    return found


# The rules that a value is missing: not said of a part from which salvage left out a key that was there, but broken.
_ABSENCE = frozenset({"DX401", "DX402", "DX403", "DX404", "DX406", "DX410"})


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def control_characters(data: Any, file: str) -> list[Finding]:
    """A finding for every key or string with a control character (but tab and newline) in it: the
    character, and where in the text it is."""
    found: list[Finding] = []
    stack: list[tuple[JsonPath, Any]] = [((), data)]
    while stack:
        path, node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if isinstance(key, str) and (match := _CONTROL.search(key)):
                    found.append(_control(file, (*path, key), match, key=True))
                stack.append(((*path, str(key)), value))
        elif isinstance(node, list):
            stack.extend(((*path, index), value) for index, value in enumerate(node))
        elif isinstance(node, str) and (match := _CONTROL.search(node)):
            found.append(_control(file, path, match))
    return found


def _dotted(path: JsonPath) -> str:
    """A JSON path as a message names it: `policies[0].measures[1].title`."""
    return visible(
        "".join(f"[{p}]" if isinstance(p, int) else (f".{p}" if i else str(p)) for i, p in enumerate(path)) or "(root)", breaks=True
    )


def _control(file: str, path: JsonPath, match: re.Match[str], *, key: bool = False) -> Finding:
    return rules.CONTROL_CHARACTER(_dotted(path), match.start() + 1, ord(match.group())).at(file, path, key=key)


def locate(findings: list[Finding], check: PlanCheck) -> list[Finding]:
    """Give every finding a line and column, indexing the text only if one needs it; sort."""
    if any(f.line is None and f.path for f in findings):
        index = check.positions()
        findings = [
            f
            if f.line is not None or not f.path
            else f.located(*index.locate(f.path, key=f.at_key), page=index.page(f.path), paragraph=index.paragraph(f.path))
            for f in findings
        ]
    if check.document is None:  # a YAML file has a first line; a document's finding may have no place
        findings = [f if f.line is not None else f.located(1, 1) for f in findings]
    return sorted(findings, key=Finding.sort_key)


def cross_check(plan: Plan, chosen: PlanFrameworks | FrameworkSet, file: str) -> Iterator[Finding]:
    """The checks the schema cannot express."""
    if isinstance(chosen, FrameworkSet):
        chosen = PlanFrameworks(chosen)
    frameworks = chosen.frameworks
    walked = _Walked.of(plan)
    yield from _check_municipality(plan, file)
    yield from _check_names(plan, walked, file)
    yield from _check_years(plan, walked, file)
    yield from _check_ids(walked, file)
    yield from _check_editions(plan, chosen, file)
    yield from _check_references(plan, walked, chosen, file)
    yield from _check_kpis(walked, file)
    yield from _check_procedures(plan, frameworks, file)
    yield from _check_titles(plan, walked, file)


@dataclass(frozen=True)
class _Walked:
    """The plan's policies, measures and KPIs with their paths, in the order of Plan.walk_policies,
    walk_measures and walk_kpis: the tree walked once for every check, not once a check."""

    policies: list[tuple[JsonPath, Policy]]
    measures: list[tuple[JsonPath, Measure]]
    kpis: list[tuple[JsonPath, Kpi]]

    @classmethod
    def of(cls, plan: Plan) -> _Walked:
        policies = list(plan.walk_policies())
        measures: list[tuple[JsonPath, Measure]] = []
        kpis: list[tuple[JsonPath, Kpi]] = []
        for path, policy in policies:
            kpis += [((*path, "kpis", index), kpi) for index, kpi in enumerate(policy.kpis)]
            for m_index, measure in enumerate(policy.measures):
                at = (*path, "measures", m_index)
                measures.append((at, measure))
                kpis += [((*at, "kpis", index), kpi) for index, kpi in enumerate(measure.kpis)]
        return cls(policies, measures, kpis)


def _check_editions(plan: Plan, chosen: PlanFrameworks, file: str) -> Iterator[Finding]:
    """Every edition the plan declares (`frameworks: {dx: "2.3"}`) is one dxcheck ships."""
    catalogue = chosen.catalogue
    if catalogue is None:
        return
    for framework_id, edition in plan.frameworks.items():
        at: JsonPath = ("frameworks", framework_id)
        editions = [f.edition for f in catalogue.editions(framework_id)]
        if not editions:
            hint = suggest(framework_id, catalogue.ids)
            yield rules.UNKNOWN_EDITION(framework_id, edition, []).at(
                file, at, key=True, suggestion=did_you_mean(hint) or rules.known_frameworks(catalogue.ids)
            )
        elif edition not in editions:
            yield rules.UNKNOWN_EDITION(framework_id, edition, editions).at(
                file, at, suggestion=rules.listed_by(f"dxcheck frameworks show {framework_id}")
            )


MAX_TITLE = 200


def _check_titles(plan: Plan, walked: _Walked, file: str) -> Iterator[Finding]:
    nodes: list[tuple[JsonPath, Policy | Measure]] = [*walked.policies, *walked.measures]
    for path, node in nodes:
        if len(node.title) > MAX_TITLE:
            yield rules.TITLE_TOO_LONG(node.id, len(node.title), MAX_TITLE).at(file, (*path, "title"))
        for name in ("title", "description"):
            text = getattr(node, name) or ""
            if len(text) > READ_LIMIT:
                yield rules.READ_LIMIT(node.id, len(text), len(read_part(text))).at(file, (*path, name))
    unread, total = plan.unread()
    if unread:
        path, node = unread[0]
        yield rules.READ_BUDGET(node.id, total, PLAN_READ_LIMIT, len(unread)).at(file, path)
    for path, policy in walked.policies:
        reason = background_policy(policy)
        if reason is not None:
            yield rules.BACKGROUND_POLICY(policy.id, policy.title, reason).at(file, (*path, "title"))


def _holds(text: str, placeholder: str) -> bool:
    """Whether `text` still holds one of init's placeholders (「（団体名）」, or typed in half width: 「(団体名)」)."""
    return unicodedata.normalize("NFKC", placeholder) in unicodedata.normalize("NFKC", text)


def _check_municipality(plan: Plan, file: str) -> Iterator[Finding]:
    municipality = plan.municipality
    empty = [f"municipality.{name}" for name in ("name", "prefecture") if not getattr(municipality, name).strip()]
    if empty:
        yield rules.MUNICIPALITY_UNNAMED(empty).at(file, ("municipality",), key=True)
    code = municipality.code
    expected = prefecture_of(code) if code is not None else None
    # DX415: init's 「（団体名）」「（都道府県）」 left as they were pass every other check, and reports print them
    # as the title (「（団体名）DX推進計画（（都道府県））」).
    unnamed = _holds(municipality.name, NAME_PLACEHOLDER)
    if unnamed:
        yield rules.MUNICIPALITY_PLACEHOLDER("municipality.name", NAME_PLACEHOLDER).at(
            file, ("municipality", "name"), suggestion=rules.placeholder_suggestion("municipality.name")
        )
    prefecture = municipality.prefecture
    placeholder = _holds(prefecture, PREFECTURE_PLACEHOLDER)
    if placeholder:
        yield rules.MUNICIPALITY_PLACEHOLDER("municipality.prefecture", PREFECTURE_PLACEHOLDER).at(
            file, ("municipality", "prefecture"), suggestion=rules.placeholder_suggestion("municipality.prefecture", prefecture=expected)
        )
    elif prefecture.strip() and prefecture not in PREFECTURES and expected is None:
        # with a code, DX407 below names the code's prefecture; without one (「北海堂」), this is the only check
        yield rules.UNKNOWN_PREFECTURE(prefecture).at(
            file, ("municipality", "prefecture"), suggestion=rules.prefecture_suggestion(_prefecture_meant(prefecture))
        )
    if _holds(plan.plan.title, NAME_PLACEHOLDER):
        name = None if unnamed or not municipality.name.strip() else municipality.name.strip()
        yield rules.MUNICIPALITY_PLACEHOLDER("plan.title", NAME_PLACEHOLDER).at(
            file, ("plan", "title"), suggestion=rules.placeholder_suggestion("plan.title", name=name)
        )
    path: JsonPath = ("municipality", "code")
    if code is None:
        yield rules.MUNICIPALITY_CODE_MISSING().at(file, ("municipality",), key=True)
        return
    if expected is not None and expected != prefecture and not placeholder:
        yield rules.PREFECTURE_MISMATCH(prefecture, code, expected).at(file, ("municipality", "prefecture"))
    if len(code) == 5 or not code_is_valid(code):
        yield rules.MUNICIPALITY_CODE(code).at(file, path, suggestion=rules.code_suggestion(code))


# What a name or a title must not hold (DX412): a line break, a bidirectional control, a zero-width character,
# a letter that draws nothing (the Hangul fillers U+3164, U+FFA0, U+115F, U+1160; Khmer U+17B4, U+17B5), a soft
# hyphen (U+00AD: drawn only where a line breaks, as a zero-width character elsewhere).
_HIDDEN = re.compile(
    "(?P<break>[\n\u2028\u2029])|(?P<bidi>[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069])|(?P<zw>[\u00ad\u200b-\u200d\u2060\ufeff])"
    "|(?P<blank>[\u3164\uffa0\u115f\u1160\u17b4\u17b5])"
)
_HIDDEN_NAMES = {0x0A: "LINE FEED"}


def _check_names(plan: Plan, walked: _Walked, file: str) -> Iterator[Finding]:
    """DX412: the municipality's name, the plan's title and every policy's and measure's title are one
    line of visible text — a line break would print a false line, a bidirectional control reorders
    what is shown, a zero-width character makes a name that looks like another."""
    named: list[tuple[JsonPath, str]] = [(("municipality", "name"), plan.municipality.name), (("plan", "title"), plan.plan.title)]
    named += [((*path, "title"), policy.title) for path, policy in walked.policies]
    named += [((*path, "title"), measure.title) for path, measure in walked.measures]
    for path, text in named:
        match = _HIDDEN.search(text)
        if match is None:
            continue
        char = match.group()
        kind = "break" if match.group("break") else "bidi" if match.group("bidi") else "blank" if match.group("blank") else "zero-width"
        name = _HIDDEN_NAMES.get(ord(char)) or unicodedata.name(char)  # each but LF has a name
        yield rules.HIDDEN_IN_NAME(_dotted(path), match.start() + 1, ord(char), name, kind, visible(char, breaks=True)).at(file, path)


def _fiscal_years(plan: Plan, walked: _Walked) -> Iterator[tuple[JsonPath, int]]:
    def period(base: JsonPath, p: FiscalPeriod | None) -> Iterator[tuple[JsonPath, int]]:
        if p is not None:
            for name in ("start", "end"):
                year = getattr(p, name)
                if year is not None:
                    yield (*base, name), year

    yield from period(("plan", "period"), plan.plan.period)
    for path, measure in walked.measures:
        yield from period((*path, "schedule"), measure.schedule)
    for path, kpi in walked.kpis:
        for name in ("baseline_year", "target_year"):
            year = getattr(kpi, name)
            if year is not None:
                yield (*path, name), year
    for key, proc in plan.procedures.items():
        if proc.target_year is not None:
            yield ("procedures", key, "target_year"), proc.target_year


def _check_years(plan: Plan, walked: _Walked, file: str) -> Iterator[Finding]:
    from dxcheck.model.fiscal import format_fiscal_year

    absurd: set[JsonPath] = set()
    for path, year in _fiscal_years(plan, walked):
        if year not in PLAUSIBLE_YEARS:
            absurd.add(path)
            yield rules.FISCAL_YEAR_ABSURD(year).at(file, path)
    period = plan.plan.period
    periods = [(("plan", "period"), period)] + [((*p, "schedule"), m.schedule) for p, m in walked.measures]
    for path, p in periods:
        if p and p.start is not None and p.end is not None and p.end < p.start:
            yield rules.PERIOD_REVERSED(p.start, p.end, format_fiscal_year(p.start), format_fiscal_year(p.end)).at(file, (*path, "end"))
    if period is None:
        return
    lo = period.start if period.start is not None else -1
    hi = period.end if period.end is not None else 10**6
    for path, measure in walked.measures:
        s = measure.schedule
        if s is None:
            continue
        for name in ("start", "end"):
            year = getattr(s, name)
            at = (*path, "schedule", name)
            if year is not None and at not in absurd and not lo <= year <= hi:
                yield rules.SCHEDULE_OUTSIDE_PERIOD(measure.id, measure.title, year, format_fiscal_year(year), _period_text(period)).at(
                    file, at
                )
    for path, kpi in walked.kpis:
        at = (*path, "target_year")
        y = kpi.target_year
        if y is not None and at not in absurd and not lo <= y <= hi:
            yield rules.KPI_YEAR_OUTSIDE_PERIOD(kpi.name, y, format_fiscal_year(y), _period_text(period)).at(file, at)


def _period_text(period: FiscalPeriod) -> Message:
    from dxcheck.model.fiscal import format_fiscal_year

    start = {lang: format_fiscal_year(period.start, lang) if period.start is not None else "?" for lang in ("ja", "en")}
    end = {lang: format_fiscal_year(period.end, lang) if period.end is not None else "" for lang in ("ja", "en")}
    return Message(f"{start['ja']}〜{end['ja']}", f"{start['en']} to {end['en'] or 'open'}")


def _check_ids(walked: _Walked, file: str) -> Iterator[Finding]:
    seen: Counter[str] = Counter()
    for kind, items in (("policy", walked.policies), ("measure", walked.measures)):
        for path, node in items:
            key = str(node.id)
            seen[key] += 1
            if seen[key] > 1:
                yield rules.DUPLICATE_ID(kind, key).at(file, (*path, "id"))


def _unknown_item(file: str, path: JsonPath, item_id: str, chosen: PlanFrameworks) -> Finding:
    frameworks = chosen.frameworks
    framework = frameworks.get(item_id.split("/", 1)[0])
    elsewhere = chosen.catalogue.item(item_id) if chosen.catalogue is not None else None
    if framework is not None and elsewhere is not None and elsewhere.framework.edition != framework.edition:
        # An item of another edition: say which, and what this edition has in its place.
        successor = None
        if chosen.catalogue is not None and elsewhere.framework.date < framework.date:
            carried = chosen.catalogue.carry(framework.id, elsewhere.framework.edition, framework.edition)
            successor = carried.get(elsewhere.item.id, (None, "unknown"))[0]
        instead = f"{framework.id}/{successor}" if successor else None
        return rules.ITEM_NOT_IN_EDITION(item_id, framework.title, framework.title_en, elsewhere.framework.edition, instead).at(
            file, path, suggestion=did_you_mean(instead) or rules.listed_by(f"dxcheck frameworks show {framework.ref}")
        )
    hint = suggest(item_id, frameworks.item_ids)
    framework_id = item_id.split("/", 1)[0]
    if hint:
        return rules.UNKNOWN_ITEM(item_id).at(file, path, suggestion=did_you_mean(hint))
    if frameworks.get(framework_id) is None:
        return rules.UNKNOWN_ITEM(item_id, framework_id).at(file, path, suggestion=rules.known_frameworks([f.id for f in frameworks]))
    return rules.UNKNOWN_ITEM(item_id).at(file, path, suggestion=rules.listed_by(f"dxcheck frameworks show {framework_id}"))


def _check_references(plan: Plan, walked: _Walked, chosen: PlanFrameworks, file: str) -> Iterator[Finding]:
    frameworks = chosen.frameworks
    addressed: dict[str, JsonPath] = {}
    for path, measure in walked.measures:
        seen_here: set[str] = set()
        for index, link in enumerate(measure.links()):
            at = (*path, "addresses", index)
            if frameworks.item(link.item) is None:
                yield _unknown_item(file, at, link.item, chosen)
                continue
            if link.item in seen_here:
                yield rules.DUPLICATE_REFERENCE(link.item, measure.id, measure.title).at(file, at)
            seen_here.add(link.item)
            addressed.setdefault(link.item, at)
    exempted: set[str] = set()
    for index, exemption in enumerate(plan.exemptions):
        at = ("exemptions", index)
        if frameworks.item(exemption.item) is None:
            yield _unknown_item(file, (*at, "item"), exemption.item, chosen)
            continue
        if exemption.item in exempted:
            yield rules.DUPLICATE_REFERENCE(exemption.item).at(file, (*at, "item"))
        exempted.add(exemption.item)
        if says_nothing(exemption.reason):
            yield rules.EXEMPTION_NO_REASON(exemption.item, shown_reason(exemption.reason)).at(file, (*at, "reason"))
        if exemption.item in addressed:
            yield rules.EXEMPT_AND_ADDRESSED(exemption.item, _where(addressed[exemption.item])).at(file, (*at, "item"))


def _where(path: JsonPath) -> str:
    return "/".join(str(p) for p in path)


def _check_kpis(walked: _Walked, file: str) -> Iterator[Finding]:
    for path, kpi in walked.kpis:
        if kpi.target is None or (isinstance(kpi.target, str) and not kpi.target.strip()):
            yield rules.KPI_NO_TARGET(kpi.name).at(file, (*path, "name"))


def _check_procedures(plan: Plan, frameworks: FrameworkSet, file: str) -> Iterator[Finding]:
    catalogue = frameworks.get("procedures")
    if catalogue is None:
        return
    known = [i.id for i in catalogue.items] + [g.id for g in catalogue.groups if g.id != "general"]
    named = set(known)
    for key, proc in plan.procedures.items():
        at: JsonPath = ("procedures", key)
        if key not in named:
            suggestion = did_you_mean(suggest(key, known)) or rules.listed_by("dxcheck frameworks show procedures")
            yield rules.UNKNOWN_PROCEDURE(key).at(file, at, key=True, suggestion=suggestion)
            continue
        if proc.status in ("not-planned", "not-applicable") and says_nothing(proc.reason):
            yield rules.PROCEDURE_NO_REASON(key, proc.status, shown_reason(proc.reason or "")).at(
                file, (*at, "reason") if proc.reason is not None else (*at, "status")
            )
        if proc.status == "planned" and proc.target_year is None:
            yield rules.PROCEDURE_NO_TARGET(key).at(file, (*at, "status"))


def _prefecture_meant(written: str) -> str | None:
    """The prefecture a name without its 都・道・府・県 means (「京都」 → 京都府, not 東京都 by spelling: a hostile review's),
    else the closest by spelling (「北海堂」 → 北海道)."""
    bare = written.strip()
    whole = [p for p in PREFECTURES if p[:-1] == bare or p == bare + "道"]
    return whole[0] if whole else suggest(bare, PREFECTURES)
