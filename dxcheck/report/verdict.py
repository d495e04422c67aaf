"""What every audit report says last: pass or fail, against which bar, and why it fails.

「不合格（fail-on=missing）: 必須項目 なし 2 件（dx/ai-rpa 自治体のAI・RPAの利用推進、dx/telework テレワークの推進）」
— the reasons are read from the result (`AuditResult.shortfall`), the rule the audit applied.
"""

from __future__ import annotations

from dxcheck.model.results import AuditResult, ItemResult
from dxcheck.report.matrix import LABEL


def bar(result: AuditResult) -> str:
    """The bar the audit was held to: `fail-on=missing, min-score=80`."""
    settings = result.settings
    return f"fail-on={settings.fail_on}" + (f", min-score={settings.min_score:g}" if settings.min_score is not None else "")


def verdict_word(result: AuditResult, lang: str) -> str:
    en = lang == "en"
    return ("PASS" if en else "合格") if result.passed else ("FAIL" if en else "不合格")


def reasons(result: AuditResult, lang: str) -> list[str]:
    """Why the audit fails, one reason a piece: items by status, the procedures by id range, the score, errors."""
    en = lang == "en"
    short = result.shortfall()
    out = []
    for status in ("missing", "partial"):
        items = [i for i in short.items if i.status == status and i.framework != "procedures"]
        procedures = [i for i in short.items if i.status == status and i.framework == "procedures"]
        label = LABEL["en" if en else "ja"][status]
        if items:
            names = [f"{i.id} ({i.title_en})" if en else f"{i.id} {i.title}" for i in items]
            out.append(f"required items {label}: {', '.join(names)}" if en else f"必須項目 {label} {len(items)} 件（{'、'.join(names)}）")
        if procedures:
            ranges = _ranges(procedures, result, "–" if en else "〜")
            out.append(
                f"priority procedures {label}: {len(procedures)} ({', '.join(ranges)})"
                if en
                else f"優先手続 {label} {len(procedures)} 件（{'、'.join(ranges)}）"
            )
    if short.below_min_score and result.settings.min_score is not None:
        score, minimum = f"{result.overall_score:g}", f"{result.settings.min_score:g}"
        out.append(f"overall score {score} < {minimum} (--min-score)" if en else f"総合スコア {score} < {minimum}（--min-score）")
    if short.errors:
        out.append(
            f"{short.errors} error{'s' if short.errors != 1 else ''} in the plan file" if en else f"計画ファイルのエラー {short.errors} 件"
        )
    return out


def head(result: AuditResult, lang: str) -> str:
    """「不合格（fail-on=missing）」, "PASS (fail-on=missing, min-score=80)"."""
    if lang == "en":
        return f"{verdict_word(result, lang)} ({bar(result)})"
    return f"{verdict_word(result, lang)}（{bar(result).replace(', ', '、')}）"


def verdict(result: AuditResult, lang: str) -> str:
    """The closing line: 「合格（fail-on=missing）」, or 「不合格（…）: reason；reason」."""
    why = reasons(result, lang)
    return f"{head(result, lang)}: " + joined(why, lang) if why else head(result, lang)


def joined(why: list[str], lang: str) -> str:
    return ("; " if lang == "en" else "；").join(why)


def _ranges(items: list[ItemResult], result: AuditResult, dash: str) -> list[str]:
    """Procedure ids as runs of the national list, within a group: p01〜p19, p20-01〜p20-15, p21-03."""
    failing = {i.id.split("/", 1)[1] for i in items}
    runs: list[list[str]] = []
    previous_group = None
    for procedure in result.procedures.items:
        if procedure.id not in failing:
            previous_group = None
            continue
        if runs and procedure.group == previous_group:
            runs[-1].append(procedure.id)
        else:
            runs.append([procedure.id])
        previous_group = procedure.group
    out: list[str] = []
    for run in runs:
        out += run if len(run) < 3 else [f"{run[0]}{dash}{run[-1]}"]
    return out
