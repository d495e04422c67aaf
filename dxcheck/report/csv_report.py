"""CSV: one row per town (or per town × item with --long). UTF-8 with BOM by default, so Excel in
Japan opens it without mojibake; `--encoding cp932` for old tools. Headers and statuses are ASCII."""

from __future__ import annotations

import csv
import io

from dxcheck.report import ReportContext, ReportError
from dxcheck.report.editions import editions_of
from dxcheck.report.matrix import columns, framework_ids, item, score, source_id
from dxcheck.results import AuditResult, Audits


def render_audits(audits: Audits, context: ReportContext) -> bytes:
    return encode(render(audits.audits, long=context.long), context.encoding)


def render(audits: list[AuditResult], *, long: bool = False) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    head = ["municipality", "prefecture", "code", "plan", "file", "period_start", "period_end"]
    if long:
        writer.writerow(
            [
                *head[:3],
                "file",
                "framework",
                "edition",
                "item",
                "title",
                "required",
                "status",
                "evidence",
                "matched",
                "kpi",
                "schedule",
                "owner",
            ]
        )
        for audit in audits:
            for framework in audit.frameworks:
                for result in framework.items:
                    a = result.actionability
                    measures = ";".join(dict.fromkeys(str(source_id(e, "en")) for e in result.evidence if source_id(e, "en")))
                    matched = ";".join(dict.fromkeys(w for e in result.evidence for w in e.matched))
                    writer.writerow(
                        [
                            audit.plan.municipality,
                            audit.plan.prefecture,
                            audit.plan.code or "",
                            audit.file,
                            framework.id,
                            framework.edition,
                            result.id,
                            result.title,
                            "yes" if result.required else "no",
                            result.status,
                            measures,
                            matched,
                            a.kpi if a else "",
                            ("yes" if a.schedule else "no") if a else "",
                            ("yes" if a.owner else "no") if a else "",
                        ]
                    )
        return buffer.getvalue()
    cols = columns(audits)
    frameworks = framework_ids(audits)
    states = ["online", "planned", "not_planned", "not_applicable", "not_mentioned"]
    writer.writerow(
        [
            *head,
            "editions",
            *(f"score_{f}" for f in frameworks),
            "overall_score",
            "passed",
            *(f"procedures_{s}" for s in states),
            *(c.id for c in cols),
        ]
    )
    for audit in audits:
        groups = audit.procedures.groups
        writer.writerow(
            [
                audit.plan.municipality,
                audit.plan.prefecture,
                audit.plan.code or "",
                audit.plan.title,
                audit.file,
                audit.plan.period_start or "",
                audit.plan.period_end or "",
                editions_of(audit),
                *(score(audit, f) for f in frameworks),
                audit.overall_score,
                "yes" if audit.passed else "no",
                *(sum(getattr(g, s) for g in groups) for s in states),
                *((r.status if (r := item(audit, c.id)) else "not-in-edition") for c in cols),
            ]
        )
    return buffer.getvalue()


def encode(text: str, encoding: str) -> bytes:
    """The CSV's bytes; an unrepresentable character is an error that names it and where."""
    try:
        return text.encode(encoding)
    except UnicodeEncodeError as exc:
        char = exc.object[exc.start]
        line = exc.object.count("\n", 0, exc.start) + 1
        raise ReportError(
            f"「{char}」(U+{ord(char):04X}) は {encoding} で表せません（CSV の {line} 行目）。--encoding utf-8-sig を使ってください",
            f"'{char}' cannot be written in {encoding} (CSV line {line}); use --encoding utf-8-sig",
        ) from None
