"""`dxcheck explain ITEM [PLAN]`: what an item is, and why a plan gets the status it gets."""

from __future__ import annotations

from rich.console import RenderableType
from rich.text import Text

from dxcheck.console import Wrapped
from dxcheck.fiscal import format_fiscal_year
from dxcheck.framework import Combination, FrameworkRef
from dxcheck.report.audit_table import shorten, status_text
from dxcheck.report.matrix import LABEL, source_id, source_title
from dxcheck.results import READING_LABEL, Evidence, ItemResult


def _signal(signal: str | list[str] | Combination) -> str:
    if isinstance(signal, Combination):
        return " + ".join(signal.words) + ("（一部まで）" if signal.at_most else "")
    return signal if isinstance(signal, str) else " + ".join(signal)


def item_pieces(ref: FrameworkRef, lang: str) -> list[RenderableType]:
    """What the item is: framework, group, source, national target, the words that signal it."""
    en = lang == "en"
    framework, item = ref.framework, ref.item
    group = framework.group(item.group)
    pieces: list[RenderableType] = [Wrapped(f"{ref.id}  {item.title_en if en else item.title}", style="bold")]
    rows = [
        (
            "framework" if en else "枠組み",
            f"{framework.title_en} ({framework.edition}, {framework.date}, {framework.issuer})"
            if en
            else f"{framework.title}（{framework.edition}、{framework.date}、{framework.issuer}）",
        ),
        (
            "group" if en else "グループ",
            f"{group.title_en if en else group.title}"
            + ((" — required" if en else "（必須）") if item.required else (" — not required" if en else "（任意）")),
        ),
        ("source" if en else "出典", " ".join(x for x in (item.source.document, item.source.reference) if x)),
    ]
    if item.target:
        rows.append(
            (
                "national target" if en else "国の目標",
                f"{format_fiscal_year(item.target.fiscal_year, lang)}: {item.target.text_en if en else item.target.text}",
            )
        )
    if item.note:
        rows.append(("note" if en else "注", item.note))
    rows.append(("signals" if en else "示す語", "、".join(_signal(s) for s in item.vocabulary.signals)))
    if item.vocabulary.excludes:
        rows.append(("not counted" if en else "数えない語", "、".join(item.vocabulary.excludes)))
    for sense in item.vocabulary.senses:
        rule = []
        if sense.needs:
            rule.append(("with one of " if en else "同じ文に ") + "・".join(sense.needs) + ("" if en else " のどれか"))
        if sense.not_with:
            rule.append(
                ("not with " if en else "同じ" + ("節" if sense.within == "clause" else "文") + "に ")
                + "・".join(sense.not_with)
                + ("" if en else " があれば別の意味")
            )
        if sense.unless:
            rule.append(("unless " if en else "ただし ") + "・".join(sense.unless) + ("" if en else " もあれば数える"))
        rows.append(("sense" if en else "意味の見分け", f"{'・'.join(sense.terms)}: " + ("; " if en else "、").join(rule)))
    if item.vocabulary.problems:
        rows.append(
            (
                "problems" if en else "課題の語",
                "、".join(item.vocabulary.problems) + (" (removing one is a commitment)" if en else "（なくす・廃止することが取組）"),
            )
        )
    for label, value in rows:
        line = Text(f"  {label}: ", style="bold")
        line.append(value)
        pieces.append(Wrapped(line, indent=4))
    return pieces


def _evidence_lines(evidence: Evidence, lang: str) -> Text:
    en = lang == "en"
    loc = evidence.location
    where = loc.where()
    text = Text(f"  {where}: ", style="bold")
    if evidence.kind == "explicit":
        text.append(f"{'measure' if en else '施策'} {evidence.measure_id}「{shorten(evidence.measure_title)}」 ")
        text.append(
            ("explicit link in addresses" if en else "addresses で明示")
            + ("" if evidence.strength == "covered" else (" (partial)" if en else "（一部）"))
        )
        if evidence.note:
            text.append(f" — {evidence.note}", style="dim")
    elif evidence.kind == "inferred":
        field = {"title": "title" if en else "題", "description": "description" if en else "本文"}[evidence.field]
        if evidence.policy_id is not None:
            text.append(f"{source_id(evidence, lang)}「{shorten(source_title(evidence))}」 ")
        else:
            text.append(f"{'measure' if en else '施策'} {evidence.measure_id}「{shorten(evidence.measure_title)}」 ")
        text.append(f"{'inferred from the' if en else '推定'} {field}: ", style="italic")
        text.append("「" + "」「".join(evidence.matched) + "」", style="bold")
        if evidence.sentence and evidence.field == "description":
            text.append(f"\n      「{shorten(evidence.sentence, 200)}」", style="dim")
        text.append("\n      → " + _reading(evidence, lang), style="dim")
    elif evidence.kind == "exemption":
        text.append(("exempted: " if en else "除外: ") + (evidence.note or ""))
    else:
        text.append(("procedures: " if en else "手続の状況: ") + (evidence.note or ""))
    return text


def _reading(evidence: Evidence, lang: str) -> str:
    """「約束: 推進します → 取組あり」, 「否定: 見送ります → 数えない」; 「（このため）」 when the words were carried."""
    reading = evidence.reading
    en = lang == "en"
    verdict = "not counted" if en else "数えない"
    if evidence.strength != "missing":
        verdict = LABEL["en" if en else "ja"][evidence.strength]
    if reading is None:
        return verdict
    label = READING_LABEL["en" if en else "ja"][reading.kind]
    carried = f"（{reading.carried}）" if reading.carried else ""
    words = f": {reading.predicate}" if reading.predicate else ""
    return f"{label}{words}{carried} → {verdict}"


def item_result_pieces(result: ItemResult, file: str, lang: str) -> list[RenderableType]:
    """Why a plan gets the status it gets for the item: every piece of evidence, and the rule."""
    en = lang == "en"
    line = Text(f"{file}: ", style="bold")
    line.append_text(status_text(result.status, lang))
    pieces: list[RenderableType] = [Text(""), line]
    if not result.evidence:
        pieces.append(Text("  no measure takes this item up" if en else "  この項目に取り組む施策はありません", style="red"))
    # each piece of evidence wraps under its location: `  file:line:` stays whole on its first line
    pieces += [Wrapped(_evidence_lines(evidence, lang), indent=4, fold=False) for evidence in result.evidence]
    if result.suggestions:
        pieces.append(Text("  suggested (not counted):" if en else "  候補（数えない）:", style="cyan"))
        pieces += [Wrapped(_evidence_lines(evidence, lang), indent=4, fold=False) for evidence in result.suggestions]
    if result.not_counted:
        pieces.append(Text("  read and not counted:" if en else "  読んだが数えなかった文:", style="cyan"))
        pieces += [Wrapped(_evidence_lines(evidence, lang), indent=4, fold=False) for evidence in result.not_counted]
    rule = (
        "Rule: an explicit link counts (partial when marked). Without addresses, the sentence that names the item is read: a commitment or a "
        "measure's title → covered; a study or a need → partial; a refusal, a past fact, a present state, another actor, a premise or "
        "another sense → not counted. A policy's title alone is partial (docs/audit.md)."
        if en
        else "判定: addresses の明示を数える（partial は一部）。addresses がなければ項目の語を含む文を読む: 約束・施策名 → 取組あり、"
        "検討・背景（課題・必要） → 一部、否定・過去・現状・他の主体・前提・別の意味 → 数えない。方針名だけなら一部（docs/audit.md）。"
    )
    pieces.append(Wrapped(rule, style="dim"))
    return pieces
