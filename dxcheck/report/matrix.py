"""What every comparison format shows: the columns of the towns × items matrix, and cell values."""

from __future__ import annotations

from dataclasses import dataclass

from dxcheck.results import AuditResult, Evidence, ItemResult

SYMBOL = {"covered": "●", "partial": "◐", "missing": "○", "exempt": "−"}
# A town audited with an edition that has no such item (compare of towns on different editions).
ABSENT = "·"
LABEL = {
    "ja": {"covered": "取組あり", "partial": "一部", "missing": "なし", "exempt": "除外"},
    "en": {"covered": "covered", "partial": "partial", "missing": "missing", "exempt": "exempt"},
}
# Cell colours shared by HTML and Excel (colour-blind-safe hues; the symbol carries the meaning too).
FILL = {"covered": "1A9850", "partial": "FEE08B", "missing": "D73027", "exempt": "BDBDBD"}
INK = {"covered": "FFFFFF", "partial": "000000", "missing": "FFFFFF", "exempt": "000000"}


@dataclass(frozen=True)
class Column:
    """One item of the matrix: its qualified id, a short code for narrow tables, titles."""

    id: str
    code: str
    title: str
    title_en: str
    required: bool


def source_id(evidence: Evidence, lang: str) -> str | None:
    """Where a piece of evidence comes from, as a report names it: the measure's id, or 「方針 2-3」."""
    if evidence.policy_id is not None:
        return f"{'policy' if lang == 'en' else '方針'} {evidence.policy_id}"
    if evidence.kind == "governance":  # stated in plan.governance: the field
        return f"governance.{(evidence.note or '').partition(':')[0]}"
    return evidence.measure_id


def source_title(evidence: Evidence) -> str | None:
    """The title of the measure or policy the evidence comes from."""
    return evidence.policy_title if evidence.policy_id is not None else evidence.measure_title


def columns(audits: list[AuditResult]) -> list[Column]:
    """The items of every framework but the procedure list (summarised separately), in framework order.

    Towns audited with different editions of a framework (compare) give the union of their items: each
    edition's in its order, the older edition's first; an item two editions share is one column (its
    newer title), and the code numbers every item of the framework in that order."""
    if not audits:
        return []
    by_framework: dict[str, dict[str, ItemResult]] = {}
    editions: dict[str, list[tuple[str, str, list[ItemResult]]]] = {}
    for audit in audits:
        for framework in audit.frameworks:
            if framework.id == "procedures":
                continue
            seen = editions.setdefault(framework.id, [])
            if all(edition != framework.edition for _, edition, _ in seen):
                seen.append((framework.edition_date, framework.edition, framework.items))
    out = []
    for framework_id, found in editions.items():
        ordered = [items for _, _, items in sorted(found, key=lambda e: (e[0], e[1]))]
        merged = by_framework.setdefault(framework_id, {})
        for items in ordered:
            for item in items:
                merged[item.id] = item  # the newer edition's title wins; the first place stays
        prefix = framework_id[0].upper()
        for n, item in enumerate(merged.values(), 1):
            out.append(Column(item.id, f"{prefix}{n}", item.title, item.title_en, item.required))
    return out


def item(audit: AuditResult, item_id: str) -> ItemResult | None:
    return next((i for f in audit.frameworks for i in f.items if i.id == item_id), None)


def score(audit: AuditResult, framework_id: str) -> float | None:
    return next((f.score.score for f in audit.frameworks if f.id == framework_id), None)


def procedures_done(audit: AuditResult) -> tuple[int, int, int]:
    """Procedures online, planned, and the total."""
    groups = audit.procedures.groups
    return sum(g.online for g in groups), sum(g.planned for g in groups), sum(g.total for g in groups)


def framework_ids(audits: list[AuditResult]) -> list[str]:
    return [f.id for f in audits[0].frameworks] if audits else []
