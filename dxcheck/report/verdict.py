"""What every audit report says last: pass or fail and, in plain words, the part of the bar not met.

「不合格: 必須項目が 2 件ありません（dx/ai-rpa 自治体のAI・RPAの利用推進、dx/telework テレワークの推進）」,
「合格。優先手続 52 件は記載なし（合否に数えません）」 — read from the result's `verdict`, which the audit made
by the one rule of passing (dxcheck.model.gate).
"""

from __future__ import annotations

from dxcheck.model.results import AuditResult


def head(result: AuditResult, lang: str) -> str:
    """「合格」 or 「不合格」, "PASS" or "FAIL"."""
    en = lang == "en"
    return ("PASS" if en else "合格") if result.passed else ("FAIL" if en else "不合格")


def reasons(result: AuditResult, lang: str) -> list[str]:
    """Why the audit fails, one part of the bar a piece: 「必須項目が 2 件ありません（…）」「総合 58 点が基準 60 点に届きません」."""
    return [r.message_en if lang == "en" else r.message_ja for r in result.verdict.reasons]


def verdict(result: AuditResult, lang: str) -> str:
    """The closing line: 「合格」, or 「不合格: reason；reason」, with what was not counted."""
    return result.verdict.message_en if lang == "en" else result.verdict.message_ja


def joined(why: list[str], lang: str) -> str:
    return ("; " if lang == "en" else "；").join(why)
