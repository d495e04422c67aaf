"""The comparison document, `dxcheck-compare` (dxcheck.model.comparison; schemas/compare.schema.json).

Written town by town, one line each, after the head and the catalogue (one framework edition a
line): the whole is one JSON document, and a town is also one line that `grep` finds. Nothing is
indented (1,741 towns of the full contract, indented by 2, were 239 MB) and nothing is null.

The records are dicts built straight from the result dataclasses, with no pydantic on the way; the
dataclasses they keep (a score, an edition's selection, a group, a document's reading, the 改定
checklist) are written by the encoder's `default`, without their nulls and empty lists. The types
of dxcheck.model.comparison say what each record holds, and the tests validate the output against
the schema generated from them.
"""

from __future__ import annotations

import json
from collections.abc import Hashable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from dxcheck.model.findings import FindingOut, Location, finding_out
from dxcheck.model.results import AuditResult, Evidence, Settings, Unauditable
from dxcheck.model.town import TownName
from dxcheck.report import ReportContext

# Each framework edition's items by id, as the catalogue holds them.
_Known = dict[tuple[str, str], dict[str, dict[str, Any]]]


def render(
    audits: Sequence[AuditResult | TownRecord], context: ReportContext, head: dict[str, Any], not_compared: Sequence[Unauditable] = ()
) -> Iterator[str]:
    """The document, in pieces: the head (dxcheck.report.json_report's) and settings, the catalogue a
    framework a line, the towns a town a line, then the plans that could not be audited (`not_compared`,
    when there are any: a reader of the file must know that `towns` is not every plan named). compare's
    workers make each town's record (`town_record`); an audit given here is made into one the same way."""
    records: Sequence[TownRecord]
    if all(isinstance(a, TownRecord) for a in audits[:1]):
        records = audits  # type: ignore[assignment]  # compare's towns (dxcheck.files.spill), read twice, not held
    else:
        records = [a if isinstance(a, TownRecord) else town_record(a, context.lang, context.ascii_json) for a in audits]
    encoder = _encoder(context.ascii_json)
    document = dict(head)
    if document.get("config") is None:
        document.pop("config", None)  # no configuration file: no field (nothing in this document is null)
    settings = records[0].settings if records else _settings(Settings(infer=True, fail_on="missing", min_score=None), context.lang)
    document["settings"] = settings
    frameworks: list[dict[str, Any]] = []
    known: dict[tuple[str, str], dict[str, int]] = {}  # each edition's national targets, as the catalogue says them
    for record in records:
        for (framework_id, edition, targets), entry in record.frameworks:
            if (framework_id, edition) not in known:
                assert entry is not None
                known[(framework_id, edition)] = dict(targets)
                frameworks.append(entry)
    yield encoder.encode(document)[:-1] + ',\n"catalogue":{"frameworks":['
    for n, framework in enumerate(frameworks):
        yield ("\n" if n == 0 else ",\n") + encoder.encode(framework)
    yield '\n]},\n"towns":['
    for n, record in enumerate(records):
        yield ("\n" if n == 0 else ",\n") + record.text(known, settings, encoder)
    if not not_compared:
        yield "\n]}\n"
        return
    yield '\n],\n"not_compared":['
    for n, plan in enumerate(not_compared):
        findings = [_finding(finding_out(f), plan.file, context.lang) for f in plan.findings]
        yield ("\n" if n == 0 else ",\n") + encoder.encode({"file": plan.file, "findings": findings})
    yield "\n]}\n"


@dataclass(slots=True)
class TownRecord:
    """A town of the document as its worker wrote it (dxcheck.model.town.Shaped): the record's text, but
    for what depends on the other towns — its national targets where they differ from the catalogue's
    (the first town of each edition sets those) and its settings where they differ from the document's
    (the first town's). What a record is sent with once: each edition's entry of the catalogue."""

    file: str
    plan: TownName
    overall_score: float | None
    frameworks: list[tuple[tuple[str, str, tuple[tuple[str, int], ...]], dict[str, Any] | None]]  # (key, catalogue entry)
    first: str  # the record up to its items and their actionability, without the closing brace
    middle: str  # the evidence to the findings: "," and their fields, or ""
    settings: dict[str, Any]
    last: str  # the document and the 改定 checklist: "," and their fields, or ""

    def text(self, known: dict[tuple[str, str], dict[str, int]], settings: dict[str, Any], encoder: json.JSONEncoder) -> str:
        targets = {}
        for (framework_id, edition, own), _ in self.frameworks:
            catalogue = known[(framework_id, edition)]
            for item, year in own:
                if catalogue.get(item) != year:
                    targets[item] = year
        shown = f',"national_targets":{encoder.encode(targets)}' if targets else ""
        own_settings = f',"settings":{encoder.encode(self.settings)}' if self.settings != settings else ""
        return f"{self.first}{shown}{self.middle}{own_settings}{self.last}}}"

    def unshare(self, sent: set[Hashable]) -> None:
        for n, (key, _) in enumerate(self.frameworks):
            if key in sent:
                self.frameworks[n] = (key, None)
            else:
                sent.add(key)

    def reshare(self, kept: dict[Hashable, Any]) -> None:
        for n, (key, entry) in enumerate(self.frameworks):
            self.frameworks[n] = kept.setdefault(key, (key, entry))  # one entry and one key an edition

    def pack(self) -> tuple[Any, ...]:
        plan = self.plan
        keys = [key for key, _ in self.frameworks]
        return (
            self.file,
            plan.municipality,
            plan.prefecture,
            plan.code,
            self.overall_score,
            keys,
            self.first,
            self.middle,
            self.settings,
            self.last,
        )

    @classmethod
    def unpack(cls, packed: tuple[Any, ...]) -> TownRecord:
        file, municipality, prefecture, code, overall_score, keys, first, middle, settings, last = packed
        return cls(
            file, TownName(municipality, prefecture, code), overall_score, [(key, None) for key in keys], first, middle, settings, last
        )


_ENCODERS: dict[bool, json.JSONEncoder] = {}


def _encoder(ascii_json: bool) -> json.JSONEncoder:
    if ascii_json not in _ENCODERS:
        _ENCODERS[ascii_json] = json.JSONEncoder(ensure_ascii=ascii_json, separators=(",", ":"), allow_nan=False, default=_without_nulls)
    return _ENCODERS[ascii_json]


def _fields(record: dict[str, Any], encoder: json.JSONEncoder) -> str:
    """A record's fields as text, each after a comma: what goes on after other fields of the same record."""
    return "," + encoder.encode(record)[1:-1] if record else ""


def town_record(audit: AuditResult, lang: str, ascii_json: bool) -> TownRecord:
    """A town's record, made from its audit where it was audited (a worker of compare)."""
    encoder = _encoder(ascii_json)
    first, targets, middle, settings, last = _parts(audit, lang)
    entries, _ = _catalogue([audit])
    frameworks: list[tuple[tuple[str, str, tuple[tuple[str, int], ...]], dict[str, Any] | None]] = [
        ((framework.id, framework.edition, targets[(framework.id, framework.edition)]), entry)
        for framework, entry in zip(audit.frameworks, entries, strict=True)
    ]
    plan = audit.plan
    return TownRecord(
        file=audit.file,
        plan=TownName(plan.municipality, plan.prefecture, plan.code),
        overall_score=audit.overall_score,
        frameworks=frameworks,
        first=encoder.encode(first)[:-1],
        middle=_fields(middle, encoder),
        settings=settings,
        last=_fields(last, encoder),
    )


def _verdict(audit: AuditResult, lang: str) -> dict[str, Any]:
    """The town's verdict as the reports say it, with its reasons (what the full contract's `verdict`
    says, in the report's language and without nulls): scripts need not recompute the bar."""
    verdict = audit.verdict
    out: dict[str, Any] = {"message": verdict.message_en if lang == "en" else verdict.message_ja}
    reasons = []
    for reason in verdict.reasons:
        entry: dict[str, Any] = {"gate": reason.gate, "codes": list(reason.codes)}
        if reason.items:
            entry["items"] = list(reason.items)
        entry["count"] = reason.count
        if reason.score is not None:
            entry["score"] = reason.score
        if reason.minimum is not None:
            entry["minimum"] = reason.minimum
        entry["message"] = reason.message_en if lang == "en" else reason.message_ja
        reasons.append(entry)
    if reasons:
        out["reasons"] = reasons
    if verdict.unstated_procedures:
        out["unstated_procedures"] = len(verdict.unstated_procedures)
    return out


def _without_nulls(value: object) -> dict[str, Any]:
    """A result dataclass as the encoder writes it here: its fields, less the null ones and the empty lists."""
    fields = getattr(type(value), "__dataclass_fields__", None)
    if fields is None:
        raise TypeError(f"{type(value).__name__} is not JSON data")
    out = {}
    for name in fields:
        field = getattr(value, name)
        if field is not None and field != []:
            out[name] = field
    return out


def _settings(settings: Settings, lang: str) -> dict[str, Any]:
    out: dict[str, Any] = {"infer": settings.infer, "fail_on": settings.fail_on}
    if settings.min_score is not None:
        out["min_score"] = settings.min_score
    out["lang"] = "en" if lang == "en" else "ja"
    return out


def _catalogue(audits: list[AuditResult]) -> tuple[list[dict[str, Any]], _Known]:
    """Every framework edition the towns were audited with, once, in the order they first appear."""
    frameworks: list[dict[str, Any]] = []
    known: _Known = {}
    for audit in audits:
        for framework in audit.frameworks:
            key = (framework.id, framework.edition)
            if key in known:
                continue
            items = []
            for item in framework.items:
                entry: dict[str, Any] = {
                    "id": item.id,
                    "title": item.title,
                    "title_en": item.title_en,
                    "group": item.group,
                    "required": item.required,
                }
                if item.national_target_fiscal_year is not None:
                    entry["national_target_fiscal_year"] = item.national_target_fiscal_year
                items.append(entry)
            known[key] = {entry["id"]: entry for entry in items}
            frameworks.append(
                {
                    "id": framework.id,
                    "edition": framework.edition,
                    "title": framework.title,
                    "title_en": framework.title_en,
                    "edition_date": framework.edition_date,
                    "groups": framework.groups,
                    "items": items,
                }
            )
    return frameworks, known


def town(audit: AuditResult, known: _Known, settings: dict[str, Any]) -> dict[str, Any]:
    """One town's record (dxcheck.model.comparison.Town): the plan, the verdict, each framework's edition
    and score, each item's status by id, the evidence and findings as compact records."""
    first, targets, middle, own, last = _parts(audit, settings["lang"])
    record = dict(first)
    shown = {}
    for (framework_id, edition), own_targets in targets.items():
        shared = known[(framework_id, edition)]
        for item, year in own_targets:
            if shared[item].get("national_target_fiscal_year") != year:
                shown[item] = year
    if shown:
        record["national_targets"] = shown
    record.update(middle)
    if own != settings:
        record["settings"] = own
    record.update(last)
    return record


_Parts = tuple[dict[str, Any], dict[tuple[str, str], tuple[tuple[str, int], ...]], dict[str, Any], dict[str, Any], dict[str, Any]]


def _parts(audit: AuditResult, lang: str) -> _Parts:
    """A town's record in the parts `town` and TownRecord put together: the fields up to the items'
    actionability; each framework's national targets by item; the fields from the evidence to the
    findings; the town's settings; the document and the 改定 checklist."""
    plan = audit.plan
    record: dict[str, Any] = {"file": audit.file, "municipality": plan.municipality, "prefecture": plan.prefecture}
    if plan.code is not None:
        record["code"] = plan.code
    record["title"] = plan.title
    for name in ("period_start", "period_end", "stage", "adopted"):
        value = getattr(plan, name)
        if value is not None:
            record[name] = value
    if audit.overall_score is not None:  # 0 of 0 is no score: left out, as every null is
        record["overall_score"] = audit.overall_score
    record["passed"] = audit.passed
    record["verdict"] = _verdict(audit, lang)
    frameworks: dict[str, Any] = {}
    statuses: dict[str, str] = {}
    actionability: dict[str, Any] = {}
    targets: dict[tuple[str, str], tuple[tuple[str, int], ...]] = {}
    evidence: list[dict[str, Any]] = []
    suggestions: list[dict[str, Any]] = []
    not_counted: list[dict[str, Any]] = []
    where: dict[str, Location] = {}  # each procedure's declaration (its evidence is its entry in `procedures`)
    titles: dict[str, dict[str, str]] = {"measures": {}, "policies": {}}
    for framework in audit.frameworks:
        entry: dict[str, Any] = {"edition": framework.edition}
        if framework.selection is not None:
            entry["selection"] = framework.selection
        entry["score"] = framework.score
        frameworks[framework.id] = entry
        targets[(framework.id, framework.edition)] = tuple(
            (item.id, item.national_target_fiscal_year) for item in framework.items if item.national_target_fiscal_year is not None
        )
        for item in framework.items:
            statuses[item.id] = item.status
            if item.actionability is not None:
                actionability[item.id] = item.actionability
            for e in item.evidence:
                if e.kind == "procedure":
                    where[item.id.partition("/")[2]] = e.location
                else:
                    evidence.append(_evidence(item.id, e, titles))
            for e in item.suggestions:
                suggestions.append(_evidence(item.id, e, titles))
            for e in item.not_counted:
                not_counted.append(_evidence(item.id, e, titles))
    record["frameworks"] = frameworks
    record["items"] = statuses
    if actionability:
        record["actionability"] = actionability
    first, record = record, {}
    for name, value in (
        ("evidence", evidence),
        ("suggestions", suggestions),
        ("not_counted", not_counted),
        ("measures", titles["measures"]),
        ("policies", titles["policies"]),
    ):
        if value:
            record[name] = value
    procedures = audit.procedures
    if procedures.items:
        record["procedures"] = {p.id: p.state for p in procedures.items}
        details: dict[str, Any] = {}
        for p in procedures.items:
            detail: dict[str, Any] = {}
            if p.target_fiscal_year is not None:
                detail["target_fiscal_year"] = p.target_fiscal_year
            if p.reason is not None:
                detail["reason"] = p.reason
            if p.declared_as is not None and p.declared_as != p.id:
                detail["declared_as"] = p.declared_as
            if p.id in where:
                _where(detail, where[p.id])
            if detail:
                details[p.id] = detail
        if details:
            record["procedure_details"] = details
        groups = procedures.groups
        record["procedure_counts"] = {
            "online": sum(g.online for g in groups),
            "planned": sum(g.planned for g in groups),
            "not_planned": sum(g.not_planned for g in groups),
            "not_applicable": sum(g.not_applicable for g in groups),
            "not_mentioned": sum(g.not_mentioned for g in groups),
        }
    if audit.findings:
        record["findings"] = [_finding(f, audit.file, lang) for f in audit.findings]
    last: dict[str, Any] = {}
    if audit.document is not None:
        last["document"] = audit.document
    if audit.revision is not None:
        last["revision"] = audit.revision
    return first, targets, record, _settings(audit.settings, lang), last


def _evidence(item_id: str, evidence: Evidence, titles: dict[str, dict[str, str]]) -> dict[str, Any]:
    """A piece of evidence (dxcheck.model.comparison.EvidenceRecord): its item, the fields that say something,
    where; the title of its measure or policy goes to the town's `measures` or `policies`, once."""
    record: dict[str, Any] = {"item": item_id, "kind": evidence.kind, "strength": evidence.strength}
    if evidence.measure_id is not None:
        record["measure_id"] = evidence.measure_id
        if evidence.measure_title is not None:
            titles["measures"][evidence.measure_id] = evidence.measure_title
    if evidence.policy_id is not None:
        record["policy_id"] = evidence.policy_id
        if evidence.policy_title is not None:
            titles["policies"][evidence.policy_id] = evidence.policy_title
    record["field"] = evidence.field
    if evidence.matched:
        record["matched"] = evidence.matched
    if evidence.vocabulary:
        record["vocabulary"] = evidence.vocabulary
    if evidence.sentence is not None:
        record["sentence"] = evidence.sentence
    reading = evidence.reading
    if reading is not None:
        record["reading"] = (
            {"kind": reading.kind, "predicate": reading.predicate}
            if reading.carried is None
            else {"kind": reading.kind, "predicate": reading.predicate, "carried": reading.carried}
        )
    for name in ("state", "target_fiscal_year", "note"):
        value = getattr(evidence, name)
        if value is not None:
            record[name] = value
    _where(record, evidence.location)
    return record


def _finding(finding: FindingOut, file: str, lang: str) -> dict[str, Any]:
    """A finding (dxcheck.model.comparison.FindingRecord): in the report's language, where."""
    record: dict[str, Any] = {"code": finding.code, "severity": finding.severity, "message": finding.message(lang)}
    suggestion = finding.suggestion_en if lang == "en" else finding.suggestion_ja
    if suggestion is not None:
        record["suggestion"] = suggestion
    if finding.location.file != file:
        record["file"] = finding.location.file
    _where(record, finding.location)
    return record


def _where(record: dict[str, Any], location: Location) -> None:
    """Where, as a reader looks for it: the line of a YAML plan or a text, the page of a PDF or Word
    document, the paragraph of a Word document without pages. (Columns and JSON Pointers: --full.)"""
    if location.line is not None:
        record["line"] = location.line
    if location.page is not None:
        record["page"] = location.page
    if location.paragraph is not None:
        record["paragraph"] = location.paragraph
