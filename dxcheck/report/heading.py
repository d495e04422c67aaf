"""What every audit report says first: whose plan it is, and whether it was read from a document."""

from __future__ import annotations

from pathlib import PurePath

from dxcheck.results import AuditResult, PlanSummary

_KIND = {
    "ja": {"docx": "Word 文書", "pdf": "PDF", "text": "テキスト"},
    "en": {"docx": "Word document", "pdf": "PDF", "text": "text"},
}


def plan_heading(plan: PlanSummary, lang: str, *, code: bool = True) -> str:
    """「恵庭市（北海道、012319） 恵庭市DX推進計画」; what a plan does not say is left out, not shown as None."""
    en = lang == "en"
    name = plan.municipality or ("(municipality not named)" if en else "（自治体名なし）")
    details = [d for d in (plan.prefecture, plan.code if code else None) if d]
    where = (f" ({', '.join(details)})" if en else f"（{'、'.join(details)}）") if details else ""
    return f"{name}{where} {plan.title}".rstrip()


def document_note(result: AuditResult, lang: str) -> str | None:
    """For a plan read from a Word, PDF or text document: that its structure was inferred, and how to see it."""
    if result.document is None:
        return None
    kind = _KIND["en" if lang == "en" else "ja"][result.document.kind]
    if lang == "en":
        return (
            f"Read from a {kind}: its policies and measures were inferred from headings and numbering. "
            f"To check and correct them: dxcheck import {result.file}"
        )
    return f"計画書（{kind}）から方針・施策の構成を推定して読み取りました。確かめて直すには: dxcheck import {result.file}"


def town_name(result: AuditResult) -> str:
    """How a comparison names a town: its name, or the file's when the plan does not say (a draft read
    from a document whose cover names no town)."""
    return result.plan.municipality or PurePath(result.file).name
