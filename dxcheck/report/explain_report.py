"""`dxcheck explain ITEM [PLAN]`: what an item is, and why a plan gets the status it gets."""

from __future__ import annotations

from rich.console import RenderableType
from rich.text import Text

from dxcheck.fiscal import format_fiscal_year
from dxcheck.framework import FrameworkRef
from dxcheck.report.audit_table import shorten, status_text
from dxcheck.results import Evidence, ItemResult


def _signal(signal: str | list[str]) -> str:
    return signal if isinstance(signal, str) else " + ".join(signal)


def item_pieces(ref: FrameworkRef, lang: str) -> list[RenderableType]:
    """What the item is: framework, group, source, national target, the words that signal it."""
    en = lang == "en"
    framework, item = ref.framework, ref.item
    group = framework.group(item.group)
    pieces: list[RenderableType] = [Text(f"{ref.id}  {item.title_en if en else item.title}", style="bold")]
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
    for label, value in rows:
        line = Text(f"  {label}: ", style="bold")
        line.append(value)
        pieces.append(line)
    return pieces


def _evidence_lines(evidence: Evidence, lang: str) -> Text:
    en = lang == "en"
    loc = evidence.location
    where = f"{loc.file}:{loc.line}:{loc.column}" if loc.line else loc.file
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
        field = {"title": "title" if en else "施策名", "description": "description" if en else "本文"}[evidence.field]
        text.append(f"{'measure' if en else '施策'} {evidence.measure_id}「{shorten(evidence.measure_title)}」 ")
        text.append(f"{'inferred from the' if en else '推定'} {field}: ", style="italic")
        text.append("「" + "」「".join(evidence.matched) + "」", style="bold")
        if evidence.sentence and evidence.field == "description":
            text.append(f"\n      「{shorten(evidence.sentence, 200)}」", style="dim")
        verdict = {"covered": "covered" if en else "取組あり", "partial": "partial" if en else "一部"}.get(
            evidence.strength, evidence.strength
        )
        text.append(f"\n      → {verdict}", style="dim")
    elif evidence.kind == "exemption":
        text.append(("exempted: " if en else "除外: ") + (evidence.note or ""))
    else:
        text.append(("procedures: " if en else "手続の状況: ") + (evidence.note or ""))
    return text


def item_result_pieces(result: ItemResult, file: str, lang: str) -> list[RenderableType]:
    """Why a plan gets the status it gets for the item: every piece of evidence, and the rule."""
    en = lang == "en"
    line = Text(f"{file}: ", style="bold")
    line.append_text(status_text(result.status, lang))
    pieces: list[RenderableType] = [Text(""), line]
    if not result.evidence:
        pieces.append(Text("  no measure takes this item up" if en else "  この項目に取り組む施策はありません", style="red"))
    pieces += [_evidence_lines(evidence, lang) for evidence in result.evidence]
    if result.suggestions:
        pieces.append(Text("  suggested (not counted):" if en else "  候補（数えない）:", style="cyan"))
        pieces += [_evidence_lines(evidence, lang) for evidence in result.suggestions]
    rule = (
        "Rule: an explicit link counts (partial when marked); without addresses, a title or a committing sentence naming a signal → covered, other matches and combinations → partial."
        if en
        else "判定: addresses の明示を数える（partial は一部）。addresses のない施策は、施策名か本文の「〜します」文に示す語があれば取組あり、その他の一致と語の組合せは一部。"
    )
    pieces.append(Text(rule, style="dim"))
    return pieces
