"""What a section of a plan is named for, when it is not a commitment: the headings the document reader leaves
out of the measures (背景, 目次, 用語集, 現状と課題, 国の動向, 推進体制 …, dxcheck.importer.structure, step 2), and
the policy of a plan written as YAML that is one of them (dxcheck.plan.sections, lint DX414). Words, not code
paths: each rule says where in real plans it comes from.
"""

from __future__ import annotations

import re
import unicodedata


def norm(text: str) -> str:
    """A heading as the rules compare it: NFKC, without spaces."""
    return re.sub(r"[\s　]+", "", unicodedata.normalize("NFKC", text))


# Excluded wherever they are: not commitments.
ALWAYS_EXCLUDED: tuple[tuple[str, str], ...] = (
    ("目次", "目次"),
    ("用語", "用語集"),
    ("付録", "付録"),
    ("資料編", "付録"),
    ("参考資料", "付録"),
    ("背景", "背景"),
    ("動向", "国・県の動向"),
    ("沿革", "沿革"),
    ("経緯", "沿革"),
    ("これまでの", "沿革"),
    ("歩み", "沿革"),
    ("振り返り", "前計画の振り返り"),
    ("現状と課題", "現状と課題"),
    ("現状", "現状と課題"),
    ("課題", "現状と課題"),
    ("情勢", "背景"),
    ("取り巻く", "背景"),
    ("はじめに", "策定の趣旨"),
    ("おわりに", "結び"),  # 「第４章　おわりに」: a closing word, read as a measure of that name (a hostile try)
    ("結びに", "結び"),
    ("むすびに", "結び"),
    ("策定にあたって", "策定の趣旨"),
    ("策定に当たって", "策定の趣旨"),
    ("趣旨", "策定の趣旨"),
    ("意義", "策定の趣旨"),
    ("目的", "策定の趣旨"),
    ("位置づけ", "計画の位置づけ"),
    ("位置付け", "計画の位置づけ"),
    ("計画期間", "計画期間"),
    ("策定期間", "計画期間"),
    ("計画の期間", "計画期間"),
    ("構成と期間", "計画期間"),
    ("計画の構成", "計画の構成"),
    ("他計画", "計画の位置づけ"),
    ("との関係", "計画の位置づけ"),  # 「SDGsとの関係」「総合計画との関係」 (a hostile try's plan read them as measures)
    ("との関連", "計画の位置づけ"),
    ("対象範囲", "計画の位置づけ"),
    ("方針について", "計画の位置づけ"),
    ("実施計画", "計画の構成"),
    ("対象期間", "計画期間"),
    ("期間", "計画期間"),
    ("総論", "背景"),
    ("基本理念", "基本理念"),
    ("めざす姿", "基本理念"),
    ("目指す姿", "基本理念"),
    ("将来像", "基本理念"),
    ("マインドセット", "背景"),
    ("イメージ", "図"),
    ("概要", "背景"),
    ("調査結果", "現状と課題"),
    ("普及状況", "現状と課題"),
)
# Excluded only outside the plan's own sections.
EXCLUDED_OUTSIDE_PLAN: tuple[tuple[str, str], ...] = (
    ("推進体制", "推進体制"),
    ("進行管理", "推進体制"),
    ("体制", "推進体制"),
    ("進捗管理", "推進体制"),
    ("計画の推進", "推進体制"),
    ("進め方", "推進体制"),
    ("推進方法", "推進体制"),
)
# 「第1期計画の主な成果」「前計画の評価」: what the previous plan did, not what this one commits to.
_PREVIOUS_PLAN = re.compile(r"(?:前|旧|第[0-9一二三四五六七八九十]+[次期])計画の(?:主な)?(?:成果|実績|評価|検証|総括)(?!指標)")


def exclusion(title: str, in_plan: bool, *, joined: bool = False) -> str | None:
    """Why a section is left out, from its heading. Among the plan's own sections (under 基本方針, 施策
    …) a heading is background only when it is named for it (「現状と課題」「国の動向」「本施策の目的」,
    the word ending the heading): a measure 「目的別窓口の統合」 or 「官民データの現状把握とオープンデータ
    の活用」 merely holds the word."""
    text = norm(title)
    if _PREVIOUS_PLAN.search(text):
        return "前計画の振り返り"
    if joined and _JOINED_PLAN.search(text):
        return None  # 「第3章　基本理念と施策」: the vision and the plan's own sections, in one chapter
    for word, reason in ALWAYS_EXCLUDED:
        if word in text and (not in_plan or named_for(text, word)):
            return reason
    if not in_plan:
        for word, reason in EXCLUDED_OUTSIDE_PLAN:
            if word in text:
                return reason
        if _NATIONAL_PLAN.search(text) and not _TOWNS_OWN.search(text):
            return "国・県の動向"
    return None


def section_left_out(title: str) -> str | None:
    """Why a section of the plan's own part, with this heading, is not a commitment (「計画策定の背景」 →
    背景, 「国の動向」 → 国・県の動向), or None: the rule the reader applies inside a plan's sections, for a
    plan written as YAML (dxcheck.plan.sections)."""
    return exclusion(title, True)


# 「３．国の自治体DX推進計画」「自治体DX推進計画の概要」「デジタル田園都市国家構想について」: a section about the nation's
# plan, outside the plan's own sections — its 重点取組事項 quoted as bullets were read as the town's measures, and
# covered eLTAX, AI and telework (a hostile try). Not a section that says what the town does about it
# (「国の計画を踏まえた本町の取組」).
_NATIONAL_PLAN = re.compile(
    r"^(?:国|総務省|政府|デジタル庁)の|^自治体(?:DX|デジタル・?トランスフォーメーション)推進計画|重点計画|デジタル田園都市国家構想|"
    r"デジタル・?ガバメント実行計画|デジタル社会の実現に向けた"
)
_TOWNS_OWN = re.compile(r"本[市町村]|当[市町村]|取組|取り組み|施策|事業|アクション")


# A chapter named for something left out and for the plan's own sections (「第3章　基本理念と施策」「現状と
# 取組」): where no measure is found elsewhere, its sections are told apart one by one (「1．基本理念」 out,
# 「2．基本方針と施策」 in) — a blind set's plan lost every measure to the first word. Only then: 「第3章　基本理念と
# 基本目標」 is more often the vision and an overview of the goals a later chapter gives in full (an earlier set's).
# Not a 体系 (「基本理念と施策体系」: an overview, step 2).
# The plan's word ends the heading (「…と施策」「…と施策の展開」), not 「背景と取組の必要性」 (a hostile review: a 推進方針
# with no measures drafted its background's sections as measures).
_JOINED_PLAN = re.compile(r"(?:と|及び|および|並びに)(?:施策|基本方針|基本目標|取組|取り組み|重点取組)(?:の(?:展開|方向性?|推進))?$")


def named_for(heading: str, word: str) -> bool:
    """Whether a heading is named for `word`: it ends with it (「国の動向」「現状と課題」, allowing 「等」
    「について」 after it), or is it."""
    stripped = re.sub(r"(?:等|など|について|に関して|に関する事項|の整理)$", "", heading)
    return stripped.endswith(word) or stripped == word


# --- a paragraph that commits --------------------------------------------------------------------------

_SENTENCE_END = ("。", "！", "？", "!", "?", "」", "』", "）", ")")  # as dxcheck.importer.text
_COMMIT_END = re.compile(r"(ます|する|図る|努める|進める|行う|目指す|取り組む|取組む|推進|実施|整備|構築|強化|拡充|充実)$")
_STATE_END = re.compile(
    r"(なっていきます|予定です|見込みです|ています|ております|あります|ありません|なります|できます|ました|でした|られます|されます|います|です|である|いる|ある|された|れる)$"
)
_DOES_END = re.compile(r"(行|担|補|培|養)います$")
_TRAILING = re.compile(r"[\s。、．.!！?？」』）)\]]+$")


def commits(paragraph: str) -> bool:
    """Whether a paragraph ends in a commitment (「…を推進します。」) rather than a statement of fact
    (「…が期待されています。」): plans give the background first and commit in the last sentence."""
    sentences = [s for s in re.split(r"(?<=[。！？])", paragraph) if s.strip()]
    if len(sentences) >= 2 and not sentences[-1].rstrip().endswith(_SENTENCE_END) and len(sentences[-1].strip()) <= 8:
        sentences.pop()  # 「…拡充します。主な取組」: a label over the list below, joined by a PDF reader
    if not sentences:
        return False
    core = _TRAILING.sub("", unicodedata.normalize("NFKC", sentences[-1]).strip())
    if _DOES_END.search(core):
        return True  # 「…見直しを行います。」: a verb in 「います」 that is no 「ています」
    return bool(core) and bool(_COMMIT_END.search(core)) and not _STATE_END.search(core)
