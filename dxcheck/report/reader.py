"""The reader's words: what a 議会資料 (the Word report) says to council members and managers, who
read the plan and never its YAML, and who run no command.

- a finding's message without the plan format's words: 「dx/telework」テレワークの推進 → 「テレワークの推進」,
  municipality.prefecture → 都道府県, 「（target）」 dropped;
- where evidence and findings are, as the reader finds them: in a plan read from a document, the page
  (or paragraph) and the title as the document writes it, never the ids of dxcheck's intermediate
  draft nor a line of it.
"""

from __future__ import annotations

import re

from dxcheck.model.findings import FindingOut, Location
from dxcheck.model.results import AuditResult, Evidence

# The plan format's fields, as the reader calls them (the longest first: municipality.code before municipality).
_FIELDS = {
    "ja": {
        "municipality.name": "自治体名",
        "municipality.prefecture": "都道府県",
        "municipality.code": "団体コード",
        "plan.legal_basis": "計画の位置づけ",
        "plan.governance": "推進体制",
        "plan.period": "計画期間",
        "plan.adopted": "計画の日付",
        "plan.title": "計画の題名",
    },
    "en": {
        "municipality.name": "the municipality's name",
        "municipality.prefecture": "the prefecture",
        "municipality.code": "the municipality code",
        "plan.legal_basis": "the plan's legal basis",
        "plan.governance": "the plan's governance",
        "plan.period": "the plan period",
        "plan.adopted": "the plan's date",
        "plan.title": "the plan's title",
    },
}
# A field name in brackets after the reader's word: 「目標値（target）」, 「団体コード（municipality.code）」.
_FIELD_IN_BRACKETS = re.compile(r"（[a-z_]+(?:\.[a-z_]+)*）")
_FIELD_PATH = re.compile(r"(?<![A-Za-z_./])(?:municipality|plan)\.[a-z_]+")


def finding_message(finding: FindingOut, result: AuditResult, lang: str) -> str:
    """A finding's message in the reader's words: national items by their titles, the plan's fields by name."""
    en = lang == "en"
    text = finding.message(lang)
    for framework in result.frameworks:
        for item in framework.items:
            title = item.title_en if en else item.title
            edition_ref = f"{item.framework}@{item.edition}/{item.id.split('/', 1)[1]}"
            for ref in (edition_ref, item.id):
                if en:
                    for said in (f"'{ref}' ({title})", f"'{ref}' {title}", f"'{ref}'"):
                        text = text.replace(said, f"“{title}”")
                else:
                    for said in (f"「{ref}」{title} ", f"「{ref}」{title}", f"「{ref}」"):
                        text = text.replace(said, f"「{title}」")
    # 「（「組織体制の整備」、plan.governance.cio）」: the field is what the message already says in words
    text = re.sub(r"[、,] ?plan\.governance\.[a-z_]+", "", text)
    if not en:
        text = _FIELD_IN_BRACKETS.sub("", text)
    fields = _FIELDS["en" if en else "ja"]
    text = _FIELD_PATH.sub(lambda m: fields.get(m.group(), m.group()), text)
    if en:
        return re.sub(r"^(.*) empty$", r"not given: \1", text)
    return text.replace(" が空です", "が書かれていません").replace("が空です", "が書かれていません")


def where(location: Location, result: AuditResult, lang: str) -> str:
    """Where the reader finds it: a YAML plan's line; a document's page, else its paragraph (a Word file
    never laid out), else its line (a text file); never a line of the draft dxcheck made from a document."""
    en = lang == "en"
    from_document = result.document is not None
    if location.page is not None:
        return f"p.{location.page}"
    if location.paragraph is not None:
        return f"paragraph {location.paragraph}" if en else f"第{location.paragraph}段落"
    if location.line is not None and (not from_document or (result.document is not None and result.document.kind == "text")):
        return f"line {location.line}" if en else f"{location.line} 行"
    return "—"


def evidence_source(evidence: Evidence, result: AuditResult, lang: str) -> str | None:
    """What gives the evidence, as the reader finds it in the plan. A YAML plan: the measure's id (the
    plan's own numbering) and title. A document: the title as the document writes it and its page —
    the ids are dxcheck's numbering of its draft, which the reader never sees."""
    en = lang == "en"
    title = evidence.measure_title if evidence.policy_id is None else evidence.policy_title
    ident = evidence.measure_id if evidence.policy_id is None else evidence.policy_id
    if title is None and ident is None:
        return None
    if result.document is None:
        kind = "" if evidence.policy_id is None else ("policy " if en else "方針 ")
        return f"{kind}{ident or ''}「{title or ''}」"
    kind = "" if evidence.policy_id is None else ("policy " if en else "方針")
    place = where(evidence.location, result, lang)
    return f"{kind}「{title or ident}」" + ("" if place == "—" else (f" ({place})" if en else f"（{place}）"))
