"""What every audit report says last: pass or fail, against which bar, and why it fails.

「不合格（fail-on=missing）: 必須項目 なし 2 件（dx/ai-rpa 自治体のAI・RPAの利用推進、dx/telework テレワークの推進）」
— the reasons are read from the result (`AuditResult.shortfall`), the rule the audit applied.
"""

from __future__ import annotations

import math

from dxcheck.model.results import AuditResult, ItemResult, overall_exact
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
        out.append(below_bar(result, lang))
    if short.errors:
        out.append(
            f"{short.errors} error{'s' if short.errors != 1 else ''} in the plan file" if en else f"計画ファイルのエラー {short.errors} 件"
        )
    return out


def below_bar(result: AuditResult, lang: str) -> str:
    """Why the score fails `--min-score`: 「総合スコア 76.66 < 76.7（--min-score）」 — with the digits that
    decide when the rounded score would meet the bar — or 「総合スコアなし（必須項目をすべて除外した枠組みがあります）」."""
    minimum = result.settings.min_score
    exact = overall_exact(result.frameworks)
    shown = f"{minimum:g}" if minimum is not None else ""
    if exact is None:
        unscored = [f.id for f in result.frameworks if f.score.score is None]
        if lang == "en":
            return (
                f"no overall score: every required item of {', '.join(unscored) or 'no framework'} is exempt (0 of 0) (--min-score {shown})"
            )
        return f"総合スコアなし: {'、'.join(unscored) or '枠組みなし'}の必須項目がすべて除外です（0/0）（--min-score {shown}）"
    score = _below(exact, minimum) if minimum is not None else f"{exact:g}"
    return f"overall score {score} < {shown} (--min-score)" if lang == "en" else f"総合スコア {score} < {shown}（--min-score）"


def _below(exact: float, minimum: float) -> str:
    """The score as every report shows it (rounded to 0.1) when that is below the bar; when rounding
    would reach the bar, the score cut (never rounded up) to two decimals: 76.666… → 76.66 under 76.7."""
    if round(exact, 1) < minimum:
        return f"{round(exact, 1):g}"
    return f"{math.floor(exact * 100) / 100:.2f}"


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
