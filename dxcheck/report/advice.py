"""What a plan usually writes for an item it misses or only partly covers (ItemResult.advice, from
frameworks/guidance/): the same rows in every format — the terminal (`explain`, and one line each in
`audit`), Markdown, HTML and the Word report. The 記載例 is dxcheck's own wording, and says so; every
target, KPI and document is shown with its source."""

from __future__ import annotations

from dxcheck.model.fiscal import format_fiscal_year
from dxcheck.model.results import Advice, AuditResult, CitedLine, ItemResult, Reference

EXAMPLE_NOTE = {
    "ja": "dxcheck が計画の文体で書いた文案です。引用ではありません",
    "en": "wording dxcheck wrote in the style of a plan (Japanese); not a quotation",
}


def heading(lang: str) -> str:
    """The title of the advice section of a report."""
    return "What plans usually write" if lang == "en" else "書き方の手がかり"


def reference_text(ref: Reference, lang: str) -> str:
    """「自治体DX推進計画（総務省、2020-12-25） 重点取組事項⑤ https://…」: document, issuer and date, section, URL."""
    en = lang == "en"
    who = ", ".join(x for x in (ref.issuer, ref.date) if x) if en else "、".join(x for x in (ref.issuer, ref.date) if x)
    shown = ref.document + ((f" ({who})" if en else f"（{who}）") if who else "")
    if ref.section:
        shown += f" {ref.section}"
    if ref.via:
        shown += f" [{'read through' if en else '参照'}: {ref.via}]"
    if ref.url:
        shown += f" {ref.url}"
    return shown


def _cited(line: CitedLine, lang: str) -> str:
    year = f"{format_fiscal_year(line.fiscal_year, lang)}: " if line.fiscal_year is not None else ""
    return f"{year}{line.text} — {reference_text(line.source, lang)}"


def rows(advice: Advice, lang: str) -> list[tuple[str, str]]:
    """(label, text) rows: 記載例, each national target, each KPI, each document to read. A field with
    no source found is left out (docs/frameworks.md)."""
    en = lang == "en"
    out: list[tuple[str, str]] = []
    if advice.example:
        note = f" ({EXAMPLE_NOTE['en']})" if en else f"（{EXAMPLE_NOTE['ja']}）"
        out.append(("example (記載例)" if en else "記載例", advice.example + note))
    out += [("national target" if en else "国の目標", _cited(t, lang)) for t in advice.targets]
    out += [("KPI example" if en else "KPI の例", _cited(k, lang)) for k in advice.kpis]
    out += [("read" if en else "国の文書", reference_text(r, lang)) for r in advice.references]
    return out


def advised(result: AuditResult) -> list[ItemResult]:
    """The items of a plan that have advice (missing or partly covered, required), in the frameworks' order."""
    return [i for f in result.frameworks for i in f.items if i.advice is not None]


def short_line(item: ItemResult, lang: str) -> str:
    """One line for `audit`: the item, its latest national target and one KPI, and where the rest is
    (the 記載例, the sources): `dx/ai-rpa: 国の目標 2024（R6）、KPI の例「…」 → dxcheck explain dx/ai-rpa`."""
    en = lang == "en"
    advice = item.advice
    assert advice is not None
    parts = []
    years = [t.fiscal_year for t in advice.targets if t.fiscal_year is not None]
    if years:
        parts.append(f"{'target' if en else '国の目標'} {format_fiscal_year(max(years), lang)}")
    if advice.kpis:
        parts.append(f"{'KPI e.g.' if en else 'KPI の例'}「{advice.kpis[0].text}」")
    if not parts:
        parts.append("example, documents" if en else "記載例・国の文書")
    said = (", " if en else "、").join(parts)
    return f"{item.id}: {said} → dxcheck explain {item.id}"
