"""The importer's notes in English (`dxcheck import --lang en`).

The readers write their notes in Japanese, where they find what they are unsure of; this module says
each in English, by its template, keeping the document's own words (titles, lines it quotes) in 「」.
A note without a template here is shown as written (the tests import the corpus with --lang en and
find none).
"""

from __future__ import annotations

import re

# The sections the importer leaves out, and why (dxcheck.model.sections: ALWAYS_EXCLUDED, EXCLUDED_OUTSIDE_PLAN …).
_REASONS = {
    "付録": "an appendix",
    "前計画の振り返り": "a review of the previous plan",
    "図": "a figure",
    "国・県の動向": "national and prefectural trends",
    "基本理念": "the basic philosophy",
    "推進体制": "the organisation that carries the plan out",
    "沿革": "history",
    "現状と課題": "the current state and issues",
    "用語集": "a glossary",
    "目次": "the table of contents",
    "策定の趣旨": "the purpose of the plan",
    "結び": "closing words",
    "背景": "background",
    "計画の位置づけ": "the plan's standing",
    "計画の構成": "the plan's structure",
    "計画期間": "the plan period",
    "体系図": "an overview chart",
    "再掲の一覧": "a list repeated",
    "施策のない基本方針の一覧": "a list of the basic policies with no measures under them (the measures stand in another chapter)",
}

# Where a note points: 「行 345」「p.12」「段落 40」, and the places the plan period is read from.
_PLACES = {"表紙": "the cover", "計画期間の節": "the section on the plan period", "本文": "the text"}


def _where(label: str) -> str:
    label = label.strip()
    if label in _PLACES:
        return _PLACES[label]
    if match := re.fullmatch(r"行 (\d+)", label):
        return f"line {match.group(1)}"
    if match := re.fullmatch(r"段落 (\d+)", label):
        return f"paragraph {match.group(1)}"
    return label


def _names(names: str) -> str:
    """「オンライン申請可能手続数、マイナンバーカード保有率 ほか 2 件」 → "「オンライン申請可能手続数」, 「マイナンバーカード保有率」 and 2 more"."""
    more = re.search(r" ほか (\d+) 件$", names)
    listed = ", ".join(f"「{name}」" for name in (names[: more.start()] if more else names).split("、"))
    return f"{listed} and {more.group(1)} more" if more else listed


def _parts(parts: str) -> str:
    """「見出し (1)…・(2)…、箇条書き 3 件」 → "the headings 「(1)…・(2)…」 and 3 bullet items"."""
    out = []
    for part in parts.split("、"):
        if part.startswith("見出し "):
            out.append(f"the headings 「{part.removeprefix('見出し ')}」")
        elif match := re.fullmatch(r"箇条書き (\d+) 件", part):
            out.append(f"{match.group(1)} bullet items")
        else:
            out.append(f"「{part}」")
    return " and ".join(out)


_W = r"（(?P<where>[^（）]*)）"  # 「（p.12）」 at the end of a note
_T = r"(?P<text>.*)"

# (Japanese template, English): the English is a format string of the template's groups; `where` is
# said in English (_where), `reason` too (_REASONS), `parts` (_parts). Most specific first.
_TEMPLATES: tuple[tuple[str, str], ...] = (
    (
        rf"番号が飛んでいますが、見出しとして読みました: {_T}{_W}",
        "a number is skipped, and the line was read as a heading all the same: 「{text}」 ({where})",
    ),
    (
        rf"文書が「(?P<part>.*)」を計画と位置づけているため、その外の「(?P<title>.*)」の施策は読みませんでした{_W}",
        "the document names 「{part}」 as the plan: the measures of 「{title}」, outside it, were not read ({where})",
    ),
    (
        rf"日本語と英語を並べた表は、日本語を本文として読みました{_W}",
        "a table of Japanese beside English: its Japanese was read as the text ({where})",
    ),
    (
        rf"目次の行 (?P<n>\d+) 行（点線とページ番号で終わる行）は読み飛ばしました: {_T}（(?P<where>[^（）]*)から）",
        "skipped {n} lines of the table of contents (lines ending in leader dots and a page number): 「{text}」 (from {where})",
    ),
    (
        rf"番号が前後とつながらないため、見出しではなく本文（図や引用の文字）として扱いました: {_T}{_W}",
        "read as text (of a figure or a quotation), not as a heading, since its number does not follow on: 「{text}」 ({where})",
    ),
    (
        rf"後の章で繰り返される方針・施策の一覧（体系図）として除外しました: {_T}{_W}",
        "left out as an overview of the policies and measures that a later chapter repeats (「体系図」): 「{text}」 ({where})",
    ),
    (
        rf"前の章の方針・施策を繰り返す一覧（工程表など）として除外しました: {_T}{_W}",
        "left out as a list that repeats an earlier chapter's policies and measures (a schedule or the like): 「{text}」 ({where})",
    ),
    (
        rf"前の方針・施策を繰り返す一覧として除外しました: {_T}{_W}",
        "left out as a list that repeats earlier policies and measures: 「{text}」 ({where})",
    ),
    (r"目次として除外しました（(?P<where>[^（）]*)から）", "left out the table of contents (from {where})"),
    (rf"(?P<reason>[^「」:：]+?)として除外しました: {_T}{_W}", "left out as {reason}: 「{text}」 ({where})"),
    (
        r"方針「(?P<title>.*)」の説明は、前の章の一覧から取りました",
        "the description of the policy 「{title}」 was taken from an earlier chapter's list",
    ),
    (
        r"繰り返し現れる見出し「(?P<title>.*)」は区切りとして扱い、方針の階層にはしていません",
        "the repeated heading 「{title}」 was read as a divider, not as a level of policies",
    ),
    (
        rf"施策「(?P<title>.*)」の「(?P<tag>.*)」は印として施策名から外しました{_W}",
        "「{tag}」 was taken out of the name of the measure 「{title}」 as a mark ({where})",
    ),
    (
        rf"方針「(?P<title>.*)」の「(?P<tag>.*)」は階層の名前として方針名から外しました{_W}",
        "「{tag}」 was taken out of the name of the policy 「{title}」 as the name of a level ({where})",
    ),
    (
        rf"「(?P<title>.*)」は下位の施策がなく本文が取組を述べているため、同じ名前の施策を1件置きました{_W}",
        "「{title}」 has no measures under it and its text says what will be done: one measure of the same name was made ({where})",
    ),
    (
        rf"施策「(?P<title>.*)」の下の(?P<parts>.*)は、施策の説明にまとめました{_W}",
        "{parts} under the measure 「{title}」 were made its description ({where})",
    ),
    (
        rf"「(?P<title>.*)」は名前の付いた階層（基本方針など）の外にあるため、施策として読みませんでした{_W}",
        "「{title}」 is outside the named levels of the plan (「基本方針」 and the like): not read as a measure ({where})",
    ),
    (
        rf"「(?P<title>.*)」は施策の並べ方を述べる節のため、方針・施策として読みませんでした{_W}",
        "「{title}」 says how the measures are arranged: not read as a policy or a measure ({where})",
    ),
    (
        r"方針「(?P<title>.*)」の説明は表（(?P<where>[^（）]*)）の行から取りました",
        "the description of the policy 「{title}」 was taken from a row of the table ({where})",
    ),
    (
        r"方針の下に施策がないため、付録の表（事業一覧など）の (?P<n>\d+) 行を、表が示す方針の施策として読みました",
        "no measures under the policies: the {n} rows of an appendix table (a list of projects or the like) were read as "
        "measures of the policies the table names",
    ),
    (
        r"ページ番号・柱・区切り線・脚注・図表の見出しや出典など (?P<n>\d+) 行を取り除きました",
        "removed {n} lines of page numbers, running heads, rules, footnotes, captions, sources and the like",
    ),
    (
        rf"各ページの柱（ヘッダー・フッター）として (?P<n>\d+) 行を取り除きました: {_T}",
        "removed {n} lines as the pages' running heads and feet: 「{text}」",
    ),
    (
        rf"ページの上下の余白にある柱（ヘッダー・フッター）とページ番号 (?P<n>\d+) 行を取り除きました: {_T}",
        "removed {n} lines of running heads, feet and page numbers in the pages' top and bottom margins: 「{text}」",
    ),
    (
        r"脚注 (?P<n>\d+) 件（本文の「※N」に対応するページ下の注）を取り除きました",
        "removed {n} footnotes (the notes at the foot of a page that a 「※N」 in the text refers to)",
    ),
    (
        r"計画の名称が見つからないため、ファイル名「(?P<title>.*)」を仮の名称にしました",
        "the plan's title was not found: the file name 「{title}」 stands for it",
    ),
    (
        r"全国地方公共団体コードは本文にないため書いていません（municipality\.code を補ってください）",
        "the municipality code is not in the text and was not written (add municipality.code)",
    ),
    (r"自治体名が見つかりません（municipality\.name を補ってください）", "the municipality's name was not found (add municipality.name)"),
    (
        r"都道府県は本文中の言及（(?P<prefecture>.*) (?P<n>\d+) 回）から推定しました。確かめてください",
        "the prefecture was inferred from the text, which names 「{prefecture}」 {n} times: check it",
    ),
    (
        r"都道府県は団体コード「(?P<code>\d+)」の上 2 桁から(?P<prefecture>.*)としました（本文には書かれていません）",
        "the prefecture, 「{prefecture}」, was derived from the municipality code 「{code}」 (its first two digits): the text does not name it",
    ),
    (
        r"都道府県が本文から読み取れません（municipality\.prefecture を補ってください）",
        "the prefecture could not be read from the text (add municipality.prefecture)",
    ),
    (
        r"計画期間: 本文に「期間を定めない」とあるため、開始・終了年度は書いていません（(?P<where>.*)）",
        "plan period: the text says the plan has no fixed period (「期間を定めない」), so no start or end year was written ({where})",
    ),
    (r"計画期間は(?P<where>.*?)の「(?P<text>.*)」から読みました", "the plan period was read from 「{text}」 ({where})"),
    (r"計画期間が見つかりません（plan\.period を補ってください）", "the plan period was not found (add plan.period)"),
    (
        r"目次（Word の目次フィールド）の (?P<n>\d+) 行は読み飛ばしました",
        "skipped the {n} lines of the table of contents (a Word TOC field)",
    ),
    (
        r"目次（Word の目次のコンテンツ コントロール）の (?P<n>\d+) 行は読み飛ばしました",
        "skipped the {n} lines of the table of contents (a Word table-of-contents content control)",
    ),
    (
        rf"目次の行（ページ番号で終わる行など）(?P<n>\d+) 行は読み飛ばしました: {_T}",
        "skipped {n} lines of the table of contents (lines ending in a page number and the like): 「{text}」",
    ),
    (
        r"テキストボックス・図形の中の文字（(?P<n>\d+) 個）は、それを置いた段落の後に読みました",
        "the text of {n} text boxes or shapes was read after the paragraph each is anchored to",
    ),
    (
        r"表の中の表（(?P<n>\d+) 個）は、外側の表の後に別の表として読みました",
        "{n} tables inside tables were read as tables of their own after the outer table",
    ),
    (
        r"Word 文書に取り込まれた別形式の文書（altChunk、(?P<n>\d+) 個）は読めませんでした。Word で開いて保存し直すと読めます",
        "{n} documents of another format embedded in the Word document (altChunk) could not be read; open the document in "
        "Word and save it again, and they can be",
    ),
    (
        r"「(?P<title>.*)」の最後の施策の後にある KPI の一覧は、方針全体の KPI として扱いました",
        "the list of KPIs after the last measure of 「{title}」 was taken as the KPIs of the whole policy",
    ),
    (
        rf"指標の表（(?P<n>\d+) 件: (?P<names>.*)）はどの施策・方針にも付けられないため下書きに入れていません。当てはまる施策の kpis に書き足してください{_W}",
        "a table of {n} KPIs ({names}) belongs to no measure or policy, and is not in the draft: add them to the kpis of "
        "the measures they measure ({where})",
    ),
    (r"文字コード UTF-16 のテキストとして読みました", "read as text in UTF-16"),
    (r"文字コード Shift_JIS（CP932）のテキストとして読みました", "read as text in Shift_JIS (CP932)"),
)

_COMPILED = tuple((re.compile(pattern), english) for pattern, english in _TEMPLATES)


def note_text(note: str, lang: str) -> str:
    """The note as a reader of `lang` reads it: as written in Japanese, or in English by its template."""
    if lang != "en":
        return note
    for pattern, english in _COMPILED:
        match = pattern.fullmatch(note)
        if match is None:
            continue
        groups = {k: v or "" for k, v in match.groupdict().items()}
        if "where" in groups:
            groups["where"] = _where(groups["where"])
        if "reason" in groups:
            reason = groups["reason"]
            groups["reason"] = _REASONS.get(reason, f"「{reason}」")
        if "parts" in groups:
            groups["parts"] = _parts(groups["parts"])
        if "names" in groups:
            groups["names"] = _names(groups["names"])
        return english.format(**groups)
    return note
