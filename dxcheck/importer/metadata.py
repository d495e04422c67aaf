"""What the plan says about itself: title, municipality, period, legal basis, stage and date.

Read from the cover (the blocks before the first numbered heading) and from the whole text; each
value only when the text gives it (the municipality code only when it is printed in the document).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from dxcheck.importer.blocks import Block
from dxcheck.importer.numbering import parse_marker, to_int
from dxcheck.model import fiscal
from dxcheck.model.municipality import PREFECTURES, code_is_valid, prefecture_of

_PLAN_NAME = re.compile(r"(計画|方針|戦略|プラン|構想|ビジョン|指針)")
_PREF_ALT = "|".join(PREFECTURES)
# Names may hold kana: 霧ノ沢町, 龍ケ崎市, ニセコ町, むかわ町.
_NAME_CHARS = "\u4e00-\u9fff々ヶケノ\u3041-\u3093\u30a1-\u30f3ー"
_MUNICIPALITY = re.compile(rf"^(?:({_PREF_ALT}))?([{_NAME_CHARS}]{{1,6}}?(?:市|町|村|区))(?:役所|役場)?$")
_TITLE_PREFIX = re.compile(rf"^(?:({_PREF_ALT}))?([{_NAME_CHARS}]{{1,6}}?(?:市|町|村|区))")


@dataclass
class LegalRef:
    law: str
    article: str | None
    designation: str | None


@dataclass
class Metadata:
    title: str
    municipality: str
    prefecture: str
    code: str | None = None
    stage: str | None = None
    adopted: str | None = None
    period_start: int | None = None
    period_end: int | None = None
    period_note: str | None = None
    legal_basis: list[LegalRef] = field(default_factory=list)
    # 推進体制 as the document states it (plan.governance): field → the sentence that says it
    governance: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def _nfkc(text: str) -> str:
    return re.sub(r"[\s　]+", "", unicodedata.normalize("NFKC", text))


def split_cover(blocks: list[Block]) -> tuple[list[Block], list[Block]]:
    """The cover (title page) and the body: a first page that is a cover (see `_cover_length`), else the
    body starts at the first numbered heading, or at the first heading with a declared level after a title."""
    length = _cover_length(blocks)
    if length:
        return blocks[:length], blocks[length:]
    for index, block in enumerate(blocks[:40]):
        if block.kind != "heading":
            continue
        marker = parse_marker(block.text)
        # A bracketed heading (【計画策定の趣旨】) starts the body once a title has been seen.
        bracketed = marker is not None and marker.key.startswith("bracket")
        titled = any(_PLAN_NAME.search(b.text) for b in blocks[:index])
        numbered = marker is not None and (not bracketed or titled)
        declared = block.level is not None and block.level >= 1 and not _PLAN_NAME.search(block.text) and index > 0
        if numbered or declared:
            return blocks[:index], blocks[index:]
    # No numbering near the start: the first heading (if it names a plan) is the title.
    for index, block in enumerate(blocks[:10]):
        if block.kind == "heading" and _PLAN_NAME.search(block.text):
            return blocks[: index + 1], blocks[index + 1 :]
    return [], blocks


def _cover_length(blocks: list[Block]) -> int:
    """How many blocks the first page holds when it is a cover: a few short lines, one of them naming a
    plan, no sentence and no numbered heading. Its lines are the title, the town, the date and the
    code however large or bold they are set (a PDF's 「令和4年3月」 in 16 pt is no heading), never a policy."""
    first = blocks[0].origin.page if blocks else None
    if first is None:
        return 0
    length = next((i for i, b in enumerate(blocks) if b.origin.page != first), len(blocks))
    cover = blocks[:length]
    if length == len(blocks) or length > 15 or not any(_PLAN_NAME.search(b.text) for b in cover):
        return 0
    # 「第5章　デジタル化で支える村づくり」 on the cover of a chapter printed alone (a 総合計画's part): the chapter
    # heading comes again on the first page of the text; on the cover it is the title (a blind set's cover was read
    # as a policy whose measures were 「令和8年3月」 and 「福島県楠田村」)
    later = {" ".join(b.text.split()) for b in blocks[length:] if b.kind == "heading"}
    for block in cover:
        marker = parse_marker(block.text)
        # A small table is part of a cover (an ornament 「◇◆◇ NARUSAWADAI ◇◆◇」, 「団体コード｜288624」);
        # a table of more rows is a page of the plan.
        table = block.kind == "table" and len(block.rows) > 4
        # 「８ ら」: letters of a vertical (縦書き) line read across, not a numbered heading
        numbered = marker is not None and len(marker.title.strip()) >= 2 and not marker.key.startswith("bracket")
        if "。" in block.text or table or (numbered and block.kind != "table" and " ".join(block.text.split()) not in later):
            return 0
    return length


def read_metadata(cover: list[Block], blocks: list[Block], fallback_title: str) -> Metadata:
    """Title, municipality, period, legal basis, stage and date, from the cover and the whole text."""
    notes: list[str] = []
    texts = [b.text for b in blocks]
    title = _title(cover, blocks)
    if title is None:
        title = fallback_title
        notes.append(f"計画の名称が見つからないため、ファイル名「{fallback_title}」を仮の名称にしました")
    name, prefecture = _municipality(cover, title, texts, notes)
    meta = Metadata(title=title, municipality=name, prefecture=prefecture)
    meta.notes = notes
    meta.code = _code(texts) or _code_after_name(texts, name, prefecture)
    if meta.code is None:
        notes.append("全国地方公共団体コードは本文にないため書いていません（municipality.code を補ってください）")
    elif prefecture_of(meta.code) and not prefecture:
        meta.prefecture = prefecture_of(meta.code) or ""
        notes.append(f"都道府県は団体コード「{meta.code}」の上 2 桁から{meta.prefecture}としました（本文には書かれていません）")
    if name and not meta.prefecture:
        notes.append("都道府県が本文から読み取れません（municipality.prefecture を補ってください）")
    cover_text = [b.text for b in cover]
    joined = " ".join(cover_text)
    if re.search(r"原案|素案|たたき台", joined):
        meta.stage = "draft"
    elif re.search(r"[(（【]案[)）】]|案$", _nfkc(title)) or re.search(r"[(（【]案[)）】]", joined):
        meta.stage = "proposal"
    for text in cover_text:
        date = _date(text)
        if date:
            meta.adopted = date
            break
    else:
        # 「長野県小見町　令和7年3月策定　計画期間：令和7年度～令和11年度」: the date said to be the plan's on a line
        # with the rest of the cover (a new user's walkthrough: not read, and not said)
        stated = next((m for m in map(_STATED.search, map(_nfkc, cover_text)) if m), None)
        if stated is not None:
            year = int(stated.group(1)) if stated.group(1) else fiscal.parse_fiscal_year(stated.group(2))
            if 1 <= int(stated.group(3)) <= 12:
                meta.adopted = f"{year}-{int(stated.group(3)):02d}"
    _period(meta, cover, blocks, notes)
    meta.legal_basis = _legal_basis(texts)
    meta.governance = governance(texts)
    return meta


def _cover_parts(block: Block) -> list[str]:
    """A cover's line, or each cell of a cover laid out as a table (「令和８年３月　柿ノ浦町｜～ 副題 ～｜柿ノ浦町ＤＸ推進計画」)."""
    if block.kind == "table":
        return [cell for row in block.rows for cell in row if cell.strip()]
    return [block.text]


_COVER_DATE = re.compile(r"^(?:令和|平成)[0-9元]{1,2}年(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?")


def _title(cover: list[Block], blocks: list[Block]) -> str | None:
    candidates = [b for b in cover if b.kind == "heading"] + [b for b in cover if b.kind != "heading"]
    for block in candidates:
        parts = _cover_parts(block)
        if block.kind == "table" and len(parts) > 1:
            named = [p for p in parts if _PLAN_NAME.search(p) and len(p.strip()) <= 60]
            if named:
                return named[0].strip("★☆*＊ 　")
            continue
        text = block.text.strip("★☆*＊ ")
        if _PLAN_NAME.search(text) and len(text) <= 60 and not re.search(r"[0-9０-９]{4}.*年", text):
            index = cover.index(block)
            following = cover[index + 1] if index + 1 < len(cover) else None
            if (
                following is not None
                and following.kind == "heading"
                and len(following.text) <= 12
                and re.search(r"(方針|計画|編)$", following.text)
            ):
                text = f"{text} {following.text.strip()}"
            before = cover[index - 1].text.strip() if index > 0 else ""
            if re.fullmatch(r"第[0-9０-９一二三四五六七八九十]+[次期]", before):
                text = before + text  # 「第３次」 printed above 「南川村地域情報化計画」
            return text
    for block in blocks[:5]:
        if block.kind == "heading":
            return block.text.strip()
    return None


def _municipality(cover: list[Block], title: str, texts: list[str], notes: list[str]) -> tuple[str, str]:
    whole = "\n".join(texts)
    name, prefecture = "", ""
    titled = _TITLE_PREFIX.match(re.sub(r"^第[0-9一二三四五六七八九十]+[次期]", "", _nfkc(title)))
    for part in (part for block in cover for part in _cover_parts(block)):
        # 「令和８年３月　柿ノ浦町」: the date and the town on one line of the cover
        match = _MUNICIPALITY.match(_COVER_DATE.sub("", _nfkc(part)).strip("★☆*"))
        if match:
            prefecture, name = match.group(1) or "", match.group(2)
            if titled and name != titled.group(2) and name.endswith(titled.group(2)):
                name = titled.group(2)  # 「月柿ノ浦町」, a date's last letter on the town's line: the title's town
            break
    if not name:
        # 「第2期 栗ノ木平町DX推進計画」: the town follows the plan's ordinal.
        match = _TITLE_PREFIX.match(re.sub(r"^第[0-9一二三四五六七八九十]+[次期]", "", _nfkc(title)))
        if match and whole.count(match.group(2)) >= 2:
            prefecture, name = match.group(1) or "", match.group(2)
    if not name:
        notes.append("自治体名が見つかりません（municipality.name を補ってください）")
        return "", ""
    if not prefecture:
        written = re.search(rf"({_PREF_ALT})[\s　]*{re.escape(name)}", whole)
        if written:
            prefecture = written.group(1)
    if not prefecture:
        counts = Counter(p for p in PREFECTURES for _ in range(whole.count(p)))
        if counts:
            best, times = counts.most_common(1)[0]
            if times >= 2:
                prefecture = best
                notes.append(f"都道府県は本文中の言及（{best} {times} 回）から推定しました。確かめてください")
    return name, prefecture


_CODE_LABEL = re.compile(r"(?:団体コード|地方公共団体コード)[^0-9]{0,12}$")


# Six digits, perhaps typed in groups (「２５　８１２１」「258 121」).
_SIX = r"([0-9](?:[ \t]?[0-9]){5})(?![0-9])"
# 「地方公共団体コード／Local government code: 282367」: the label with its translation
_LABELLED_CODE = re.compile(rf"(?:団体コード|地方公共団体コード)(?:[^0-9]{{0,12}}|[^0-9]{{0,40}}?[Cc]ode[^0-9]{{0,4}}){_SIX}")


def _code(texts: list[str]) -> str | None:
    """The municipality code printed after its label, on the same line or, wrapped, on the next; or with
    the label itself broken over two lines or cells (「地方公共団体コ」「ード069132」, a narrow column)."""
    folded = [unicodedata.normalize("NFKC", text) for text in texts]
    for index, text in enumerate(folded):
        if _CODE_LABEL.search(text) and index + 1 < len(folded):
            text = f"{text} {folded[index + 1]}"
        for match in _LABELLED_CODE.finditer(text):
            code = re.sub(r"\s", "", match.group(1))
            if code_is_valid(code):
                return code
    joined = re.sub(r"\s", "", "".join(folded))
    for match in _LABELLED_CODE.finditer(joined):
        if code_is_valid(match.group(1)):
            return match.group(1)
    return None


def _code_after_name(texts: list[str], name: str, prefecture: str) -> str | None:
    """A code printed without its label, in brackets right after the municipality's name (「蛍川町（325287）」
    on a cover), or alone on the line after it: taken only when its check digit holds and it names the prefecture
    the plan is of."""
    if not name:
        return None
    folded = unicodedata.normalize("NFKC", name)
    # 「蛍川町（325287）」, or the code after the name inside a bracket (「（栃木県浅茅原町　098612）」, a colophon)
    pattern = re.compile(re.escape(folded) + rf"\s*[(（]?\s*{_SIX}\s*[)）]")
    alone = re.compile(r"^\s*([(（]?)\s*([0-9]{6})\s*([)）]?)\s*$")  # bracketed, or bare (「蓬生台町」「313866」, a cover)
    previous = ""
    for text in texts:
        text = unicodedata.normalize("NFKC", text)
        # on the name's line, or alone on the line after it (「熊本県栗ノ木町」「（434370）」)
        match = pattern.search(text)
        bare = alone.match(text) if match is None and previous.rstrip().endswith(folded) else None
        if bare is not None and bool(bare.group(1)) == bool(bare.group(3)):
            match = re.match(r".*?([0-9]{6})", bare.group(2))
        code = re.sub(r"\s", "", match.group(1)) if match else ""
        if match and code_is_valid(code) and (not prefecture or prefecture_of(code) == prefecture):
            return code
        previous = text
    return None


_ERA_YEAR = r"(?:令和|平成)(?:[0-9]{1,2}|元)"
# 「令和4年10月策定 西浦町」「令和5年3月 朝日浜市」: 策定 and the town may share the date's line.
# The other calendar's year may stand in brackets before or after 年: 「令和4(2022)年3月」「令和4年(2022年)3月」.
_DATE = re.compile(
    rf"^(?:([0-9]{{4}})(?:\({_ERA_YEAR}年?\))?|({_ERA_YEAR})(?:\(([0-9]{{4}})年?\))?)年(?:\((?:[0-9]{{4}}|{_ERA_YEAR})年\))?"
    rf"([0-9]{{1,2}}|〇|○)?月?(?:[0-9]{{1,2}}日)?(?:策定|改定|発行)?(?:[{_NAME_CHARS}]{{1,8}}?(?:市|町|村|区))?$"
)


_STATED = re.compile(rf"(?:([0-9]{{4}})|({_ERA_YEAR}))年([0-9]{{1,2}})月(?:[0-9]{{1,2}}日)?(?:策定|改定|発行)")


def _date(text: str) -> str | None:
    folded = _nfkc(text)
    match = _DATE.match(folded)
    if match is None or "年度" in folded:
        return None
    if match.group(1):
        year = int(match.group(1))
    elif match.group(3):
        year = int(match.group(3))
    else:
        year = fiscal.parse_fiscal_year(match.group(2))
    month = match.group(4)
    if month and month.isdigit() and 1 <= int(month) <= 12:
        return f"{year}-{int(month):02d}"
    return str(year)


_YEAR = rf"(?:[0-9]{{4}}\({_ERA_YEAR}\)|{_ERA_YEAR}年度\([0-9]{{4}}年度\)|[0-9]{{4}}年度\({_ERA_YEAR}年度\)|{_ERA_YEAR}\([0-9]{{4}}\)|{_ERA_YEAR}|[0-9]{{4}}|[RH][0-9]{{1,2}})"
_RANGE_FY = re.compile(rf"({_YEAR})(?:年度)?(?:から|～|〜|~|-|－|—|―|‐|ー)({_YEAR})(?:年度)?(?:まで)?")
# 「令和6年度を初年度とし、令和9年度までの4年間」「令和6年度を初年度とする5か年」
_FIRST_YEAR = re.compile(
    rf"({_YEAR})(?:年度)?を(?:初年度|始期)と(?:し|する|して)[^。]*?(?:({_YEAR})(?:年度)?(?:まで|を(?:最終|目標)年度)|([0-9]{{1,2}})(?:年間|か年|カ年|ヵ年|ケ年))"
)
# 「令和８年度から５年間」「2026年度から5か年」: a first year and a length
_FROM_YEARS = re.compile(rf"({_YEAR})(?:年度)?(?:から|より)(?:の)?([0-9]{{1,2}})(?:年間|か年|カ年|ヵ年|ケ年)")
_RANGE_MONTH = re.compile(rf"({_YEAR})年([0-9]{{1,2}})月(?:から|～|〜|~|-|－|—|―)({_YEAR})年([0-9]{{1,2}})月")


def _parse_year(text: str) -> int | None:
    text = text.removesuffix("年度")
    try:
        return fiscal.parse_fiscal_year(text if not re.fullmatch(r"[0-9]{4}", text) else int(text))
    except fiscal.FiscalYearError:
        return None


# A plan before this one (「第1期計画の期間は令和3年度〜令和7年度でした」「前計画（令和2年度～令和5年度）」):
# the years of its clause are no period of this plan.
_PREVIOUS_PLAN = re.compile(r"前計画|前期計画|旧計画|前回の?計画|従前の計画|現行計画|これまでの計画")
_ORDINAL_PLAN = re.compile(r"第([0-9一二三四五六七八九十]+)[期次](?:の)?(?:[^。、]{0,20}?)(?:計画|プラン|戦略|方針|ビジョン)")
_SELF = re.compile(r"本計画|この計画|本プラン|本戦略|本方針|本ビジョン")
# A sentence about this plan's own period: read before the others.
_OWN_PERIOD = re.compile(rf"{_SELF.pattern}|計画期間|計画の期間|推進期間|対象期間")


def _ordinal(text: str) -> int | None:
    match = re.search(r"第([0-9一二三四五六七八九十]+)[期次]", text)
    return to_int(match.group(1)) if match else None


def _previous_plans(sentence: str, own: int | None) -> list[int]:
    """Where a sentence names a plan before this one. 「第1期計画」 is one when the title's ordinal is
    another (「第2期…」), or, without an ordinal in the title, when it is the first and this plan was not
    named before it (「本計画は第1期計画として…」 is this plan)."""
    found = [m.end() for m in _PREVIOUS_PLAN.finditer(sentence)]
    for match in _ORDINAL_PLAN.finditer(sentence):
        number = to_int(match.group(1))
        if number is None or number == own:
            continue
        if own is not None or (number == 1 and not _SELF.search(sentence[: match.start()])):
            found.append(match.end())
    return found


def _of_previous_plan(sentence: str, start: int, own: int | None) -> bool:
    """Whether the years at `start` belong to a previous plan: the last plan the sentence names before
    them is a previous one, in the same clause (no 「、」 between) or in brackets after its name."""
    previous = [end for end in _previous_plans(sentence, own) if end <= start]
    if not previous:
        return False
    end = max(previous)
    if any(m.start() >= end and m.end() <= start for m in _SELF.finditer(sentence)):
        return False  # this plan is named after it, before the years
    between = sentence[end:start]
    in_brackets = between.lstrip().startswith(("(", "（")) and not re.search(r"[)）]", between)
    return in_brackets or not re.search(r"[、。]", between)


def _period(meta: Metadata, cover: list[Block], blocks: list[Block], notes: list[str]) -> None:
    """The plan's period: from the cover, then from a sentence about this plan's own period (「本計画の
    期間は…」「計画期間」), then from any other sentence of the 計画期間 section or the text that gives
    one; never from the years of a previous plan (「第1期計画の期間は…」「前計画（…）」)."""
    in_period = False
    period_texts: list[str] = []
    for block in blocks:
        if block.kind == "heading":
            in_period = bool(re.search(r"期間", block.text))
            continue
        if in_period:
            period_texts.append(block.text)
    own = _ordinal(meta.title)
    later: list[tuple[str, str]] = []
    candidates: list[tuple[str, str]] = [("表紙", _nfkc(text)) for text in (b.text for b in cover)]
    for where, texts in (("計画期間の節", period_texts), ("本文", [b.text for b in blocks if "期間" in b.text])):
        for text in texts:
            for sentence in re.split(r"(?<=。)", _nfkc(text)):
                if sentence:
                    (candidates if _OWN_PERIOD.search(sentence) else later).append((where, sentence))
    # 「本計画の計画期間は…」 before a sentence that only has 「計画期間」 (「前の計画は…を計画期間としていました」,
    # 「（計画期間：令和3年度～令和7年度。以下…）」 about the plan before): the plan names itself.
    own_first = [c for c in candidates[len(cover) :] if _SELF.search(c[1])]
    ordered = candidates[: len(cover)] + own_first + [c for c in candidates[len(cover) :] if c not in own_first] + later
    for where, folded in ordered:
        if re.search(r"期間を定め(ない|ず)", folded):
            meta.period_note = "期間を定めない（本文より）"
            notes.append(f"計画期間: 本文に「期間を定めない」とあるため、開始・終了年度は書いていません（{where}）")
            return
        for month in _RANGE_MONTH.finditer(folded):
            start, end = _parse_year(month.group(1) + "年度"), _parse_year(month.group(3) + "年度")
            if start is not None and end is not None and not _of_previous_plan(folded, month.start(), own):
                meta.period_start = start if int(month.group(2)) >= 4 else start - 1
                meta.period_end = end if int(month.group(4)) >= 4 else end - 1
                notes.append(f"計画期間は{where}の「{month.group(0)}」から読みました")
                return
        for first in _FIRST_YEAR.finditer(folded):
            start = _parse_year(first.group(1))
            if start is None or _of_previous_plan(folded, first.start(), own):
                continue
            end = _parse_year(first.group(2)) if first.group(2) else start + int(first.group(3)) - 1
            if end is not None and start <= end:
                meta.period_start, meta.period_end = start, end
                notes.append(f"計画期間は{where}の「{first.group(0)}」から読みました")
                return
        for first in _FROM_YEARS.finditer(folded):
            start = _parse_year(first.group(1) if "年度" in first.group(0) else first.group(1) + "年度")
            if start is None or _of_previous_plan(folded, first.start(), own) or "年度" not in first.group(0):
                continue
            meta.period_start, meta.period_end = start, start + int(first.group(2)) - 1
            notes.append(f"計画期間は{where}の「{first.group(0)}」から読みました")
            return
        for match in _RANGE_FY.finditer(folded):
            if "年度" not in match.group(0) and "年度" not in folded[match.end() : match.end() + 3]:
                continue
            start, end = _parse_year(match.group(1)), _parse_year(match.group(2))
            if start is not None and end is not None and 2000 <= start <= end <= 2100 and not _of_previous_plan(folded, match.start(), own):
                meta.period_start, meta.period_end = start, end
                notes.append(f"計画期間は{where}の「{match.group(0)}」から読みました")
                return
    notes.append("計画期間が見つかりません（plan.period を補ってください）")


_DESIGNATION = re.compile(r"「([^「」]{2,60}?計画)」")
_LAW_REF = re.compile(
    r"((?:同法|[^\s、。「」（）()，,]{2,60}?(?:法|法律|条例)))(?:[（(][^）)]*[）)])?"
    r"(第[0-9０-９]+条(?:第[0-9０-９]+項)?(?:(?:、|,|及び|並びに)第[0-9０-９]+条(?:第[0-9０-９]+項)?)*)"
)
_LAW_NAME = re.compile(r"([^\s、。「」（）()，,]{2,60}?(?:法|法律|条例))(?=[（(]|の|を|に|が|は|第)")
_CONJUNCTIONS = re.compile(
    r"^(?:並びに|及び|又は|または|また|なお|さらに|本計画は|本方針は|本計画を|同時に)?"
    r"(?:(?:明治|大正|昭和|平成|令和)?[0-9元]+年(?:[0-9]+月)?(?:[0-9]+日)?(?:に|から)?(?:施行|公布|成立|制定)(?:された|の)?)?"
)


def _legal_basis(texts: list[str]) -> list[LegalRef]:
    """Laws under which the plan declares itself: sentences 「…法第9条第3項に基づく「…計画」として位置づけ…」."""
    found: list[LegalRef] = []
    for text in texts:
        for sentence in re.split(r"(?<=。)", unicodedata.normalize("NFKC", text)):
            # The plan's own declaration (「…として位置づけます」「…位置付けるものとします」), not a
            # report of another plan's (「…と位置づけられています」「…と位置づけています」).
            if not re.search(r"位置(づけ|付け)(ます|るものと|ることと|る。|、)", sentence):
                plain = _PLAIN_DECLARATION.search(re.sub(r"\s+", "", sentence))
                if plain is not None:  # 「本計画は、…法第9条第3項に基づく市町村官民データ活用推進計画です（として策定します）。」
                    _add_law(found, LegalRef(_CONJUNCTIONS.sub("", plain.group(1)), plain.group(2), plain.group(3)))
                continue
            sentence = re.sub(r"\s+", "", sentence)
            plain = _PLAIN_DECLARATION.search(sentence)
            if plain is not None and not _DESIGNATION.search(sentence):
                # 「本計画は、…法第9条第3項に基づく市町村官民データ活用推進計画として位置付けます。」 without 「」 (a new user's
                # walkthrough: the draft had no legal_basis, and the audit warned DX510 of a plan that says it)
                _add_law(found, LegalRef(_CONJUNCTIONS.sub("", plain.group(1)), plain.group(2), plain.group(3)))
                continue
            # A law's number 「（平成28年法律第103号）」 is not a law's name.
            sentence = re.sub(r"[（(](?:明治|大正|昭和|平成|令和)[0-9元]+年(?:法律|政令|条例|規則)第[0-9]+号[）)]", "", sentence)
            position = 0
            for quote in _DESIGNATION.finditer(sentence):
                after = sentence[quote.end() : quote.end() + 8]
                segment = sentence[position : quote.start()]
                if not re.match(r"^(として|及び|並びに|と位置|としても|とし)", after):
                    position = quote.end()  # a plan quoted on the way (「…基本計画」に即し): not this one
                    continue
                for ref in _LAW_REF.finditer(segment):
                    law = _CONJUNCTIONS.sub("", ref.group(1))
                    if law == "同法":
                        law = _last_law_before(sentence, position + ref.start()) or law
                    law = law.replace("（", "(").split("(")[0]
                    _add_law(found, LegalRef(law, ref.group(2), quote.group(1)))
                position = quote.end()
    return found


# The plan's own declaration in plain words, without 「」 or 位置づけ: 「本計画は、官民データ活用推進基本法第9条第3項に基づく
# 市町村官民データ活用推進計画です」「…計画として策定します」 (a new user's walkthrough: DX510 warned of a plan that says it
# in its first chapter, and the draft had no legal_basis)
_PLAIN_DECLARATION = re.compile(
    r"本(?:計画|方針|プラン)は、?([^\s、。「」（）()，,]{2,60}?法)[（(]?[^）)]*?[）)]?(第[0-9]+条(?:第[0-9]+項)?)に基づく"
    r"([^、。「」]{2,40}?計画)(?:です|である|として(?:策定|定め|位置))"
)


def _add_law(found: list[LegalRef], entry: LegalRef) -> None:
    """`entry` added unless the same law and article are already there."""
    if all((e.law, e.article) != (entry.law, entry.article) for e in found):
        found.append(entry)


def _last_law_before(sentence: str, end: int) -> str | None:
    names = [m.group(1) for m in _LAW_NAME.finditer(sentence[:end]) if m.group(1) != "同法"]
    return _CONJUNCTIONS.sub("", names[-1]) if names else None


# 推進体制 (plan.governance) as plans state it, in the section the importer leaves out of the measures
# (「第4章 推進体制」): each field from the first sentence of the town's own that says it. The audit shows
# the sentence as the evidence; the draft says it was read from the text.
_GOVERNANCE = (
    # a CDO (最高デジタル責任者) is the same office under the name many plans now give it
    ("cio", re.compile(r"CIO(?!補佐)|CDO(?!補佐)|最高情報責任者|情報化統括責任者|最高デジタル責任者|デジタル統括責任者")),
    ("body", re.compile(r"推進本部|推進会議|推進委員会|本部会議|推進協議会")),
    ("adviser", re.compile(r"CIO補佐官|外部(?:の)?(?:デジタル)?(?:専門)?人材|アドバイザー")),
    ("secretariat", re.compile(r"事務局")),
    # (「毎年度、推進本部において進捗状況を確認し、計画を見直します」: a fourth walkthrough's, not read before)
    (
        "cycle",
        re.compile(
            r"PDCA|OODA|進捗(?:状況)?(?:を|の)(?:確認|管理|点検|評価|検証)|進行管理|(?:毎年度|定期的に)[^。]{0,24}(?:評価|点検|見直|検証)"
        ),
    ),
    ("partnership", re.compile(r"県と(?:の)?連携|県の[^。]{0,15}(?:協議会|ネットワーク)|共同調達")),
    # 「全職員を対象にDX研修を毎年度実施します」「DX推進リーダーを育成します」 (a new user's walkthrough: never read,
    # and the audit said DX540 of a plan whose 推進体制 states it)
    # (not a security training alone: 「全職員を対象とした情報セキュリティ研修」 is a measure of dx/security)
    (
        "training",
        re.compile(
            # (a 推進リーダー trained or made: 「各課のDX推進リーダーを中心に取り組みます」 names one, trains none)
            r"(?:DX|デジタル|ICT|IT|情報化|データ活用)[^。、]{0,8}研修|人材(?:の)?(?:育成|養成)|リスキリング"
            r"|推進(?:リーダー|員)[^。]{0,12}(?:育成|養成|研修)|(?:育成|養成)[^。]{0,12}推進(?:リーダー|員)|(?:職員|人材)を育成"
        ),
    ),
)
# Not the town's own: what the nation asks, or what another body does
_NOT_OWN = re.compile(r"国は|国が|(?<![市町村])県は|総務省|デジタル庁|求められ|必要です|求めて")
# Staff training is the staff's: not residents', firms', farmers' or pupils' (a hostile review: 「高齢者を対象としたデジタル
# 研修会」 and 「農業の担い手となる人材の育成」 were read as the town's), and not a security training alone
_STAFF = re.compile(r"職員|庁内|全庁|各課|推進リーダー|推進員|CIO補佐")
_NOT_STAFF = re.compile(r"市民|町民|住民|村民|区民|高齢者|事業者|企業|担い手|農業|児童|生徒|学校|地域の")


def governance(texts: list[str]) -> dict[str, str]:
    """The 推進体制 a document states: for each field, the first sentence that states it (at most 120
    characters), from sentences that end as the town's own statement (not the nation's, not a need)."""
    found: dict[str, str] = {}
    for text in texts:
        for sentence in re.split(r"(?<=。)", text):
            folded = unicodedata.normalize("NFKC", sentence).strip()
            if not folded.endswith("。") or _NOT_OWN.search(folded) or len(folded) < 8:
                continue
            for name, pattern in _GOVERNANCE:
                if name not in found and pattern.search(folded):
                    if name == "training" and (
                        not _STAFF.search(folded)
                        or _NOT_STAFF.search(folded)
                        or ("セキュリティ" in folded and not re.search(r"DX|デジタル人材|デジタル研修|人材育成", folded))
                    ):
                        continue
                    found[name] = sentence.strip()[:120]
    return found
