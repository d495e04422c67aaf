"""What every audit report says first: whose plan it is, and whether it was read from a document."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from pathlib import PurePath
from typing import TYPE_CHECKING, Protocol

from dxcheck.model.message import shell_word
from dxcheck.model.results import AuditResult, PlanSummary

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


def report_title(plan: PlanSummary, lang: str) -> str:
    """The title of a report for people (the Word report): the plan's title, which names its town —
    「府中市デジタル化推進計画（東京都）」, not 「府中市 府中市デジタル化推進計画」 — with the prefecture
    (two towns share a name); plan_heading's form when the title does not name the town."""
    if plan.municipality and plan.title and plan.title.startswith(plan.municipality):
        return plan.title + ((f" ({plan.prefecture})" if lang == "en" else f"（{plan.prefecture}）") if plan.prefecture else "")
    return plan_heading(plan, lang, code=False)


def document_note(result: AuditResult, lang: str, *, commands: bool = True) -> str | None:
    """For a plan read from a Word, PDF or text document: that its structure was inferred, and how to
    see it (`commands=False`: for readers who run no command, the Word report — what it means instead)."""
    if result.document is None:
        return None
    kind = _KIND["en" if lang == "en" else "ja"][result.document.kind]
    # A Word document without page numbers is cited by paragraph (「第162段落」): said so, not 「ページ」 (the third walkthrough)
    paged = bool(result.document.pages)
    if lang == "en":
        said = f"Read from a {kind}: its policies and measures were inferred from headings and numbering. "
        return said + (
            f"To check and correct them: dxcheck import {shell_word(result.file)}"
            if commands
            else "The verdicts rest on that reading; "
            + ("pages refer to the document." if paged else "locations are the document's paragraphs, counted from its start.")
        )
    said = f"計画書（{kind}）から方針・施策の構成を推定して読み取りました。"
    return said + (
        f"確かめて直すには: dxcheck import {shell_word(result.file)}"
        if commands
        else "判定はこの読み取りによります。" + ("ページは計画書のページです。" if paged else "場所は計画書の先頭から数えた段落です。")
    )


_CONFIDENCE = {"ja": {"high": "高", "medium": "中", "low": "低"}, "en": {"high": "high", "medium": "medium", "low": "low"}}


def reading_lines(result: AuditResult, lang: str, *, commands: bool = True) -> list[str]:
    """For a plan read from a document: what was read and left out, and how sure the reading is; then
    each sign that the reading failed (said before any verdict, in every format). `commands=False`:
    without the commands and options that check it (the Word report's readers run none)."""
    document = result.document
    if document is None:
        return []
    en = lang == "en"
    pages = f", {document.pages} pages" if en and document.pages else (f"、{document.pages} ページ" if document.pages else "")
    tables = (
        (f" ({document.table_measures} from tables)" if en else f"（うち表から {document.table_measures}）")
        if document.table_measures
        else ""
    )
    reasons = sorted({e.reason for e in document.excluded})
    confidence = _CONFIDENCE["en" if en else "ja"][document.confidence]
    if en:
        line = f"Read: {document.policies} policies, {document.measures} measures{tables}{pages}."
        if reasons:
            line += f" Left out: {len(document.excluded)} sections ({', '.join(reasons)})."
        committing = [u for u in document.unplaced if u.items]
        if committing:
            line += f" {len(committing)} sentences outside any measure name a national item" + (
                " (dxcheck explain ITEM lists them)." if commands else "."
            )
        line += f" Reading confidence: {confidence}."
    else:
        line = f"読み取り: 方針 {document.policies}・施策 {document.measures}{tables}{pages}。"
        if reasons:
            line += f"除外した章 {len(document.excluded)}（{'・'.join(reasons)}）。"
        committing = [u for u in document.unplaced if u.items]
        if committing:
            line += f"施策の外に国の項目に当たる文が {len(committing)} 件" + ("（dxcheck explain 項目 で一覧）。" if commands else "。")
        line += f"読み取りの確かさ: {confidence}"
    lines = [line]
    for doubt in document.doubts:
        lines.append(("⚠ Reading looks broken: " + doubt.en) if en else ("⚠ 読み取りが不確か: " + doubt.ja))
    for caution in document.cautions:
        lines.append(("△ Check the reading: " + caution.en) if en else ("△ 読み取りを確かめてください: " + caution.ja))
    if document.doubts:
        if not commands:
            lines.append(
                (
                    "The verdicts below were asked for after the reading was checked."
                    if document.accepted
                    else "The verdicts below cannot be trusted."
                )
                if en
                else ("読み取りを確かめたうえで、以下に判定を示します。" if document.accepted else "以下の判定は信頼できません。")
            )
        elif document.accepted:
            lines.append(
                "The verdicts below are given because --accept-reading was passed."
                if en
                else "--accept-reading が指定されたため、以下に判定を示します（読み取りを原文と照らして確かめてください）。"
            )
        else:
            lines.append(
                f"The verdicts below cannot be trusted: check the draft with dxcheck import {shell_word(result.file)}, or pass --accept-reading."
                if en
                else f"以下の判定は信頼できません。dxcheck import {shell_word(result.file)} で下書きを確かめるか、確かめたうえで --accept-reading を付けてください。"
            )
    return lines


if TYPE_CHECKING:  # for the annotations only: no class to build at import

    class _Name(Protocol):
        @property
        def municipality(self) -> str: ...
        @property
        def prefecture(self) -> str: ...

    class _Town(Protocol):
        """A town as a comparison names it: an AuditResult, or a row of the terminal matrix (dxcheck.model.town)."""

        @property
        def file(self) -> str: ...
        @property
        def plan(self) -> _Name: ...
        def file_errors(self) -> object: ...
        def reading_unsure(self) -> bool: ...


def name_counts(audits: Sequence[_Town]) -> Counter[str]:
    """How many of `audits` name each town, and each town in its prefecture: counted once for a whole
    comparison (town_name asked the whole list again for every town — 10,000 towns, 100 million comparisons)."""
    counts: Counter[str] = Counter()
    for a in audits:
        if a.plan.municipality:
            counts[a.plan.municipality] += 1
            counts[_in_prefecture(a)] += 1
            counts[_in_file(a)] += 1
        else:  # named by its file: two such files of one name (a/plan.txt, b/plan.txt) by their paths
            counts[_unnamed(a)] += 1
    return counts


def _unnamed(result: _Town) -> str:
    return f"\x00\x00{PurePath(result.file).name}"


def _in_prefecture(result: _Town) -> str:
    return f"{result.plan.municipality}\x00{result.plan.prefecture}"


def _in_file(result: _Town) -> str:
    return f"{_in_prefecture(result)}\x00{PurePath(result.file).name}"


def town_name(result: _Town, among: Sequence[_Town] | Mapping[str, int] = ()) -> str:
    """How a comparison names a town: its name, or the file's when the plan does not say (a draft read
    from a document whose cover names no town); with its prefecture when another plan of `among` (or
    `name_counts` of them) has the same name (府中市 is two towns: 府中市 (東京都), 府中市 (広島県)), and with
    the file too when that does not tell them apart (two drafts of one town) — its whole path as given
    when two of those have the same file name (`a/plan.yaml`, `b/plan.yaml`); 「⚠」 when its plan file
    has errors, 「△」 when it was read from a document whose reading is not sure (see the legend)."""
    counts = among if isinstance(among, Mapping) else name_counts(among)
    name = result.plan.municipality or (result.file if counts.get(_unnamed(result), 0) > 1 else PurePath(result.file).name)
    if result.plan.municipality and counts.get(name, 0) > 1:
        prefecture = result.plan.prefecture
        if prefecture and counts.get(_in_prefecture(result), 0) < counts[name]:
            name = f"{name} ({prefecture})"
        if not prefecture or counts.get(_in_prefecture(result), 0) > 1:
            same_file = counts.get(_in_file(result), 0) > 1
            name = f"{name} ({result.file if same_file else PurePath(result.file).name})"
    return name + (" ⚠" if result.file_errors() else "") + (" △" if result.reading_unsure() else "")


# The marks after a town's name in a comparison, and their legends: whether a town has it, Japanese, English.
# ⚠: lint shows the errors given the same frameworks — an edition set for the comparison (--edition dx=2.3)
# makes errors (DX306) that lint with its defaults does not see. △: a consultant comparing a folder of PDFs
# sees which towns' verdicts to check first.
_MARKS: tuple[tuple[Callable[[_Town], object], str, str], ...] = (
    (
        lambda town: town.file_errors(),
        "⚠ 計画ファイルにエラーがあります（dxcheck lint で確認。比較に付けた --edition・--frameworks-dir は lint にも）。結果が不完全なおそれがあります",
        "⚠ the plan file has errors (dxcheck lint shows them, given the comparison's --edition and --frameworks-dir): "
        "its results may be incomplete",
    ),
    (
        lambda town: town.reading_unsure(),
        "△ 計画書の読み取りの確かさが「中」以下です。理由は dxcheck audit 計画書 で、下書きは dxcheck import 計画書 で確かめてください",
        "△ read from a document whose reading may be wrong in part (confidence medium, or low and accepted): "
        "dxcheck audit FILE says why, dxcheck import FILE gives the draft to check",
    ),
)


def marks_legend(audits: Sequence[_Town], lang: str) -> str | None:
    """The legend of 「⚠」 and 「△」 (`_MARKS`), a line each, for the marks the compared towns have."""
    said = [en if lang == "en" else ja for has, ja, en in _MARKS if any(has(town) for town in audits)]
    return "\n".join(said) or None
