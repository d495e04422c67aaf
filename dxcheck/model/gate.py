"""The bar an audit is held to, and the verdict in plain words: which part of it is not met, and why.

One rule, applied once by the audit (dxcheck.audit.verdicts) and read by every report from the
result's `verdict` (docs/audit.md, 終了コード):

- `--fail-on missing` (the default): a required item (kanmin, dx) missing fails; so does a priority
  procedure the plan declares `not-planned`; `--fail-on partial`: a partial one too; `never`: neither.
- A priority procedure the plan does not name is 記載なし, not 取組なし: said, counted and listed
  (DX531), and failing only with `--require-procedures` (or `require-procedures = true`).
- `--min-score N`: an overall score below N fails, compared before rounding (76.66…, shown 76.7, is below
  76.7); no score (0 of 0) is below every bar.
- Errors in the plan file fail.
- Frameworks with required items that the `frameworks` setting leaves out are not judged: the verdict
  says so (and DX516), and the exit code is what the frameworks audited decide — a town may narrow on
  purpose, as it may set `--fail-on never`; neither passes in silence.

The findings that report a failing item are errors in every format (`fails`): the severity the
reports show agrees with the exit code.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import replace

from dxcheck.model.results import (
    Bar,
    FrameworkResult,
    GateReason,
    ItemResult,
    Narrowed,
    Procedures,
    Settings,
    Verdict,
    failing_statuses,
    overall_shown,
)

# The codes that report an item of each gate, unless `code_of` names another (DX540 for a 推進体制
# item, reported element by element; DX550 for an item a revision must add).
_DEFAULT_CODE = {"missing": "DX501", "partial": "DX502"}
UNSTATED_CODE = "DX531"


def unstated(procedures: Procedures) -> list[str]:
    """The qualified ids of the priority procedures the plan does not name, in the national order."""
    return [f"procedures/{p.id}" for p in procedures.items if p.state == "not-mentioned"]


def failing_items(frameworks: Sequence[FrameworkResult], procedures: Procedures, settings: Settings) -> list[ItemResult]:
    """The required items whose status fails the bar, in the frameworks' order."""
    failing = failing_statuses(settings.fail_on)
    left_out = set() if settings.require_procedures else set(unstated(procedures))
    return [i for f in frameworks for i in f.items if i.required and i.status in failing and i.id not in left_out]


def judge(
    frameworks: Sequence[FrameworkResult],
    procedures: Procedures,
    overall_exact: float | None,
    errors: Sequence[str],
    settings: Settings,
    code_of: Mapping[str, str] | None = None,
    lowered: Sequence[tuple[str, Sequence[str]]] = (),
    narrowed: Narrowed | None = None,
) -> Verdict:
    """The verdict: whether the audit passes its bar and, one part of the bar a piece, why not.
    `errors`: the codes of the plan file's errors; `code_of`: the code that reports an item when it
    is not DX501 / DX502; `lowered`: the frameworks a user's file made ask less than dxcheck's (DX506),
    said in the verdict itself, as a pass with them is not the pass it looks (a CI log shows that line);
    `narrowed`: the frameworks with required items the `frameworks` setting left out (DX516), said too."""
    codes = code_of or {}
    not_named = set(unstated(procedures))
    items = failing_items(frameworks, procedures, settings)
    reasons: list[GateReason] = []
    for status in ("missing", "partial"):
        plain = [i for i in items if i.status == status and i.framework != "procedures"]
        if plain:
            reasons.append(_items_reason(status, plain, codes))
    stated = [i for i in items if i.framework == "procedures" and i.id not in not_named]
    if stated:
        reasons.append(_procedures_reason(stated, procedures))
    left = [i for i in items if i.id in not_named]
    if left:
        ranges_ja, ranges_en = _ranges(left, procedures, "〜"), _ranges(left, procedures, "–")
        reasons.append(
            GateReason(
                gate="unstated-procedures",
                codes=[UNSTATED_CODE],
                items=[i.id for i in left],
                count=len(left),
                message_ja=f"優先手続 {len(left)} 件が計画に書かれていません（--require-procedures）（{'、'.join(ranges_ja)}）",
                message_en=f"{len(left)} priority procedure{_s(left)} not named in the plan (--require-procedures): {', '.join(ranges_en)}",
            )
        )
    minimum = settings.min_score
    if minimum is not None and overall_exact is None:
        # 0 of 0 (every required item of a framework exempt) is no score, and no score meets no bar
        why_ja, why_en, of_zero = unscored_reason(frameworks)
        reasons.append(
            GateReason(
                gate="min-score",
                codes=[],
                minimum=minimum,
                message_ja=f"総合スコアなし: {why_ja}{'（0/0）' if of_zero else ''}。基準 {minimum:g} 点に届きません",
                message_en=f"no overall score: {why_en}{' (0 of 0)' if of_zero else ''}; the bar is {minimum:g}",
            )
        )
    elif minimum is not None and overall_exact is not None and overall_exact < minimum:
        # compared before rounding: 76.666… (shown 76.7) is below 76.7; the message shows the digits that decide — the
        # score the reports show, when it is below the bar too (56.3, not round(56.249…) = 56.2: a walkthrough's)
        shown = overall_shown(list(frameworks))
        shown = round(overall_exact, 1) if shown is None else shown
        score = f"{shown:g}" if shown < minimum else f"{math.floor(overall_exact * 100) / 100:.2f}"
        reasons.append(
            GateReason(
                gate="min-score",
                codes=[],
                score=math.floor(overall_exact * 100) / 100,  # before rounding, cut: what the bar was compared with
                minimum=minimum,
                message_ja=f"総合 {score} 点が基準 {minimum:g} 点に届きません",
                message_en=f"the overall score {score} is below the bar of {minimum:g}",
            )
        )
    if errors:
        n = len(errors)
        reasons.append(
            GateReason(
                gate="errors",
                codes=sorted(set(errors)),
                count=n,
                message_ja=f"計画ファイルにエラーが {n} 件あります",
                message_en=f"{n} error{'s' if n != 1 else ''} in the plan file",
            )
        )
    passed = not reasons
    why_ja, why_en = "；".join(r.message_ja for r in reasons), "; ".join(r.message_en for r in reasons)
    ja, en = ("合格", "PASS") if passed else (f"不合格: {why_ja}", f"FAIL: {why_en}")
    if not_named and not settings.require_procedures:  # said, so that a pass is not read as 53 procedures planned
        n = len(not_named)
        ja += f"。優先手続 {n} 件は記載なし（合否に数えません）"
        en += f". {n} priority procedure{'s' if n != 1 else ''} not named in the plan (not counted)"
    if settings.fail_on == "never":
        # 「合格」 said alone with required items missing read as a plan that meets the national frameworks; a settings
        # file of a pull request could set it (a hostile try): the line a CI log shows says what was not counted
        uncounted = failing_items(frameworks, procedures, replace(settings, fail_on="missing"))
        if uncounted:
            ja += f"。fail-on never のため、必須項目の不足 {len(uncounted)} 件を合否に数えていません"
            en += f". fail-on never: {len(uncounted)} missing required item{_s(uncounted)} not counted"
    if narrowed is not None:
        # a settings file's `frameworks = ["procedures"]` passed a plan that misses every required item, with
        # no word that kanmin and dx were not looked at: the line a CI log shows says so, with the file
        ja += f"。必須項目のある枠組み {'・'.join(narrowed.ids())} は判定していません（{narrowed.file} の frameworks）"
        en += f". Not judged against {', '.join(narrowed.ids())}, frameworks with required items (frameworks in {narrowed.file})"
    if lowered:
        ja += "。利用者の枠組みファイルで基準が下がっています（" + "、".join(f"{ref}: {'・'.join(codes)}" for ref, codes in lowered) + "）"
        en += ". The bar is lowered by a user's framework file (" + "; ".join(f"{ref}: {', '.join(codes)}" for ref, codes in lowered) + ")"
    return Verdict(
        passed=passed,
        bar=Bar(fail_on=settings.fail_on, min_score=settings.min_score, require_procedures=settings.require_procedures),
        reasons=reasons,
        unstated_procedures=unstated(procedures),
        message_ja=ja,
        message_en=en,
    )


def unscored_reason(frameworks: Sequence[FrameworkResult]) -> tuple[str, str, bool]:
    """Why a plan audited with `frameworks` has no overall score, in Japanese and English, and whether it is
    0 of 0: the frameworks counted in it without a score have none because every required item is exempt,
    or no item is required at all — a user's framework file can make every item optional, and 「すべて除外」
    then said the plan had exempted what it had not. Or no framework audited counts in it (the `frameworks`
    setting kept the priority procedures alone): a reason of its own, where an empty one left
    「（。0/0 はスコアになりません）」."""
    counted = [f for f in frameworks if f.score.in_overall]
    if not counted:
        return "総合に数える枠組みを監査していません", "no framework that counts in it was audited", False
    unscored = [f for f in counted if f.score.score is None]
    exempt = [f.id for f in unscored if any(i.required for i in f.items)]
    none = [f.id for f in unscored if not any(i.required for i in f.items)]
    ja, en = [], []
    if exempt:
        ja.append(f"{'、'.join(exempt)}の必須項目がすべて除外です")
        en.append(f"every required item of {', '.join(exempt)} is exempt")
    if none:
        ja.append(f"{'、'.join(none)}に必須項目がありません")
        en.append(f"{', '.join(none)} require{'s' if len(none) == 1 else ''} no item")
    return "。".join(ja), "; ".join(en), True


def _s(items: Sequence[object]) -> str:
    return "" if len(items) == 1 else "s"


def _items_reason(status: str, items: list[ItemResult], codes: Mapping[str, str]) -> GateReason:
    n = len(items)
    names_ja = "、".join(f"{i.id} {i.title}" for i in items)
    names_en = ", ".join(f"{i.id} ({i.title_en})" for i in items)
    if status == "missing":
        ja, en = f"必須項目が {n} 件ありません（{names_ja}）", f"{n} required item{_s(items)} missing: {names_en}"
    else:
        ja, en = f"必須項目 {n} 件が一部だけです（{names_ja}）", f"{n} required item{_s(items)} only partly taken up: {names_en}"
    return GateReason(
        gate="missing" if status == "missing" else "partial",
        codes=sorted({codes.get(i.id, _DEFAULT_CODE[status]) for i in items}),
        items=[i.id for i in items],
        count=n,
        message_ja=ja,
        message_en=en,
    )


def _procedures_reason(items: list[ItemResult], procedures: Procedures) -> GateReason:
    """Procedures the plan names and does not plan online (or, under --fail-on partial, plans with no year)."""
    parts_ja, parts_en = [], []
    for status, ja, en in (
        ("missing", "オンライン化の予定がありません", "not planned online"),
        ("partial", "オンライン化の年度が書かれていません", "planned with no year"),
    ):
        some = [i for i in items if i.status == status]
        if some:
            parts_ja.append(f"{len(some)} 件は{ja}（{'、'.join(_ranges(some, procedures, '〜'))}）")
            parts_en.append(f"{len(some)} {en} ({', '.join(_ranges(some, procedures, '–'))})")
    return GateReason(
        gate="procedures",
        codes=["DX532"],
        items=[i.id for i in items],
        count=len(items),
        message_ja="優先手続のうち " + "、".join(parts_ja),
        message_en="priority procedures: " + "; ".join(parts_en),
    )


def _ranges(items: Sequence[ItemResult], procedures: Procedures, dash: str) -> list[str]:
    """Procedure ids as runs of the national list, within a group: p01〜p19, p20-01〜p20-15, p21-03."""
    wanted = {i.id.split("/", 1)[1] for i in items}
    runs: list[list[str]] = []
    previous_group = None
    for procedure in procedures.items:
        if procedure.id not in wanted:
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
