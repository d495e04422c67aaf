"""What every audit report says last: pass or fail and, in plain words, the part of the bar not met.

「不合格: 必須項目が 2 件ありません（dx/ai-rpa 自治体のAI・RPAの利用推進、dx/telework テレワークの推進）」,
「合格。優先手続 52 件は記載なし（合否に数えません）」 — read from the result's `verdict`, which the audit made
by the one rule of passing (dxcheck.model.gate).
"""

from __future__ import annotations

from dxcheck.model.message import shell_word
from dxcheck.model.results import AuditResult

# How the files layer names a plan read from standard input (dxcheck.files.source.STDIN_SHOWN, which a reporter may not import).
_STDIN_SHOWN = "<stdin>"


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


def then(text: str, more: str, lang: str) -> str:
    """`more` as the next sentence of `text`: 「…ありません。施策を…」, "… (dx/telework). Add a measure…"."""
    if lang == "en":
        return f"{text}{'' if text.endswith('.') else '.'} {more}"
    return f"{text}{'' if text.endswith('。') else '。'}{more}"


def plan_word(file: str) -> str:
    """A plan as a command dxcheck suggests names it: its path, quoted for a shell when it must be; `-` for standard input."""
    return "-" if file == _STDIN_SHOWN else shell_word(file)


def detail_command(result: AuditResult, given: tuple[str, ...] = ()) -> str:
    """The command that shows a plan's whole report: `dxcheck audit plans/x.yaml`, with the options of the command
    line that decide what is said of it (`given`: a pre-commit hook's `args: [--min-score, "60"]`)."""
    return " ".join(["dxcheck", "audit", plan_word(result.file), *given])


def with_detail(result: AuditResult, lang: str, given: tuple[str, ...] = ()) -> str:
    """The verdict, and for a plan that fails, the command that shows why in full: 「不合格: 必須項目が 2 件ありません（…）。
    詳しくは dxcheck audit plans/kamisato.yaml」 — what a line per plan says (`--summary`, the pre-commit hook, GitHub's
    closing ::error), which showed the reason and no way to the findings behind it (a new user's CI walkthrough)."""
    said = verdict(result, lang)
    if result.passed:
        return said
    command = detail_command(result, given)
    return then(said, f"Details: {command}" if lang == "en" else f"詳しくは {command}", lang)
