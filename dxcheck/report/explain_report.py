"""`dxcheck explain ITEM [PLAN]`: what an item is, and why a plan gets the status it gets."""

from __future__ import annotations

from rich.console import RenderableType
from rich.text import Text

from dxcheck.catalogue.framework import Combination, Framework, FrameworkRef
from dxcheck.model.fiscal import format_fiscal_year
from dxcheck.model.results import READING_LABEL, DocumentSummary, EditionSelection, Evidence, ItemResult, PlanSummary
from dxcheck.report.audit_table import shorten, status_text
from dxcheck.report.console import Wrapped
from dxcheck.report.matrix import LABEL, inherited_text, look, source_id, source_title, state_text


def _signal(signal: str | list[str] | Combination) -> str:
    if isinstance(signal, Combination):
        return " + ".join(signal.words) + ("（一部まで）" if signal.at_most else "")
    return signal if isinstance(signal, str) else " + ".join(signal)


def group_pieces(framework: Framework, group_id: str, lang: str) -> list[RenderableType]:
    """A group of the procedure list (p20 子育て関係 …): what writing it in a plan means, and its procedures."""
    en = lang == "en"
    group = framework.group(group_id)
    items = [i for i in framework.items if i.group == group_id]
    pieces: list[RenderableType] = [
        Text(f"{framework.id}/{group_id}  {group.title_en if en else group.title}", style="bold"),
        Text(
            f"A group of {framework.title_en}: a status written for {group_id} in a plan's procedures holds for its {len(items)} procedures."
            if en
            else f"{framework.title}のグループ。計画の procedures に {group_id} の状況を書くと、次の {len(items)} 手続すべてに当てはまります。"
        ),
    ]
    for item in items:
        pieces.append(Text(f"  {item.id}  {item.title_en if en else item.title}"))
    return pieces


def item_pieces(
    ref: FrameworkRef, lang: str, selection: EditionSelection | None = None, plan: PlanSummary | None = None
) -> list[RenderableType]:
    """What the item is: framework and edition (and, for a plan, why that edition), group, source,
    national target, what it continues, what it asks of the plan's 推進体制, the words that signal it,
    and what plans usually write (its 記載例 spoken as the plan's town, when there is a plan)."""
    from dxcheck.model.results import FrameworkResult, Score
    from dxcheck.report.editions import reason

    en = lang == "en"
    framework, item = ref.framework, ref.item
    group = framework.group(item.group)
    pieces: list[RenderableType] = [Wrapped(f"{ref.edition_ref}  {item.title_en if en else item.title}", style="bold")]
    why = None
    if selection is not None:
        stub = FrameworkResult(
            id=framework.id,
            title=framework.title,
            title_en=framework.title_en,
            edition=framework.edition,
            edition_date=framework.date,
            selection=selection,
            items=[],
            score=Score(covered=0, partial=0, missing=0, exempt=0, required=0, score=100.0),
        )
        why = reason(stub, lang)
    rows = [
        (
            "framework" if en else "枠組み",
            (
                f"{framework.title_en} ({framework.edition}, {framework.date}, {framework.issuer})"
                if en
                else f"{framework.title}（{framework.edition}、{framework.date}、{framework.issuer}）"
            )
            + (f" — {why}" if why else ""),
        ),
        (
            "group" if en else "グループ",
            f"{group.title_en if en else group.title}"
            + ((" — required" if en else "（必須）") if item.required else (" — not required" if en else "（任意）")),
        ),
        ("source" if en else "出典", " ".join(x for x in (item.source.document, item.source.reference, item.source.url) if x)),
    ]
    if item.continues is not None:
        rows.append(
            (
                "continues" if en else "前の版から",
                f"{framework.id}@{framework.previous}/{item.continues.item} ({item.continues.change})"
                + (f" — {item.continues.note}" if item.continues.note else ""),
            )
        )
    elif framework.previous is not None:
        rows.append(("continues" if en else "前の版から", "new in this edition" if en else "この版の新しい項目"))
    if item.target:
        target = item.target
        line = f"{format_fiscal_year(target.fiscal_year, lang)}: {target.text_en if en else target.text}"
        if target.source is not None:
            line += f"（{' '.join(x for x in (target.source.document, target.source.date) if x)}）"
        rows.append(("national target" if en else "国の目標", line))
        if target.allowance is not None:
            allowance = target.allowance
            rows.append(
                (
                    "allowance" if en else "猶予",
                    f"{format_fiscal_year(allowance.fiscal_year, lang)}: {allowance.text_en if en else allowance.text}",
                )
            )
    for check in item.governance:
        rows.append(
            (
                "asks for" if en else "求めるもの",
                f"{check.label_en if en else check.label} (plan.governance.{check.field}"
                + ((", or a measure" if en else "、または施策") if check.measures else "")
                + ")",
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
        shown = Text(f"  {label}: ", style="bold")
        shown.append(value)
        pieces.append(Wrapped(shown, indent=4))
    pieces += _advice_pieces(ref, lang, plan)
    return pieces


def _advice_pieces(ref: FrameworkRef, lang: str, plan: PlanSummary | None) -> list[RenderableType]:
    """What a plan usually writes for the item (frameworks/guidance/): the 記載例 (as the plan's town says
    it: 本町, 副町長, 埼玉県; without a plan, 本市（町村）…), the cited targets and KPIs, the documents to
    read. The item's own source and target are shown above, so not again."""
    from dataclasses import replace

    from dxcheck.catalogue.guidance import NO_PLAN, Speaker, advice
    from dxcheck.report.advice import heading, rows

    speaker = NO_PLAN if plan is None else Speaker.of(plan.municipality, plan.prefecture)
    found = advice(ref.framework, ref.item, None, speaker=speaker)
    if found is None:
        return []
    own = (ref.item.source.document, ref.item.source.reference or None)
    found = replace(found, references=[r for r in found.references if (r.document, r.section) != own])
    pieces: list[RenderableType] = [Text(""), Text(heading(lang), style="bold")]
    for label, value in rows(found, lang):
        shown = Text(f"  {label}: ", style="bold")
        shown.append(value)
        pieces.append(Wrapped(shown, indent=4))
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
        if evidence.reading is not None and evidence.reading.kind == "inherited":
            text.append(inherited_text(evidence, lang))
        if evidence.sentence and evidence.field == "description":
            text.append(f"\n      「{shorten(evidence.sentence, 200)}」", style="dim")
        text.append("\n      → " + _reading(evidence, lang), style="dim")
    elif evidence.kind == "exemption":
        text.append(("exempted: " if en else "除外: ") + (evidence.note or ""))
    elif evidence.kind == "declaration":
        text.append(
            ("the plan declares itself (plan.legal_basis): " if en else "計画の位置づけの宣言（plan.legal_basis）: ")
            + (evidence.note or "")
        )
    elif evidence.kind == "governance":
        text.append(("governance: " if en else "推進体制: ") + (evidence.note or ""))
    else:
        text.append(
            ("procedure: " if en else "手続の状況: ")
            + state_text(evidence.state or "not-mentioned", evidence.target_fiscal_year, evidence.note, lang)
        )
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
    frame = (f"frame: {reading.frame} · " if en else f"枠: {reading.frame}・") if reading.frame else ""
    if evidence.field == "title" and reading.kind in _SAID_BY_THE_TEXT:
        # a title read as a study, a refusal … (「テレワークの推進」 over 「…検討します」, or a title that says 検討 itself):
        # 「施策名: 推進（検討として読む） → 一部」, not 「検討: 推進」, which said 推進 was taken for a study (the fourth walkthrough)
        title = READING_LABEL["en" if en else "ja"]["title"]
        said = f" (read as {label})" if en else f"（{label}として読む）"
        return f"{frame}{title}{words}{said}{carried} → {verdict}"
    return f"{frame}{label}{words}{carried} → {verdict}"


# What a title takes from its description: its study, its refusal, its need or its past (Reader.read_measure)
_SAID_BY_THE_TEXT = frozenset(("study", "negation", "background", "past", "state", "limited"))


def item_result_pieces(result: ItemResult, file: str, lang: str) -> list[RenderableType]:
    """Why a plan gets the status it gets for the item: every piece of evidence, and the rule."""
    en = lang == "en"
    line = Text(f"{file}: ", style="bold")
    line.append_text(status_text(look(result), lang))
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
        "another sense → not counted. A policy's title alone is partial; a measure that names no item and commits to an action that "
        "serves its policy's item carries it out → covered (docs/audit.md)."
        if en
        else "判定: addresses の明示を数える（partial は一部）。addresses がなければ項目の語を含む文を読む: 約束・施策名 → 取組あり、"
        "検討・背景（課題・必要） → 一部、否定・過去・現状・他の主体・前提・別の意味 → 数えない。方針名だけなら一部、"
        "項目を名指さない施策がその方針の項目に役立つ取組を約束すれば方針の取組として取組あり（docs/audit.md）。"
    )
    pieces.append(Wrapped(rule, style="dim"))
    return pieces


def unplaced_pieces(document: DocumentSummary | None, item_id: str, file: str, lang: str) -> list[RenderableType]:
    """The sentences of a document that name the item but stand in no measure (not counted): what the
    reading may have left outside the measures, with where each is, so that nothing is lost in silence."""
    if document is None:
        return []
    found = [u for u in document.unplaced if item_id in u.items]
    if not found:
        return []
    en = lang == "en"
    pieces: list[RenderableType] = [
        Text(
            "  sentences outside any measure that name this item (not counted; check the reading with dxcheck import):"
            if en
            else "  施策の外にあり、この項目に当たる文（数えない。読み取りを dxcheck import で確かめてください）:",
            style="cyan",
        )
    ]
    for sentence in found:
        where = f"{file} {sentence.where}" if sentence.where else file
        words = "、".join(sentence.matched)
        shown = f"{where}: {sentence.text}" + (f"（matched: {words}）" if en and words else (f"（一致: {words}）" if words else ""))
        pieces.append(Wrapped(shown, indent=4, fold=False))
    return pieces
