"""How well a document was read: what was read and left out, a confidence, and the signs of a failed
reading — before any verdict is given on it.

A confident 「記載がありません」 from a reading that failed is the worst thing dxcheck can say. A
reading is doubted (confidence low) when:

- few measures for the document's length: a 30-page plan read as 3 measures (a Word list whose
  numbers Word draws, bold headings without styles: the levels were not seen); and three measures or
  fewer from any plan of two pages or more (its levels read as measures, the measures lost in form
  fields or a table by year);
- the titles read as measures are not measures: contents lines (「基本方針\t13」), dates (「令和4年3月」),
  page numbers, bare numbers, a name with its list of activities run on as one title, what is left of
  a number the reader did not know (「-①　オンライン申請の拡充」);
- a table of measures stands in a section left out (「基本理念と施策体系」), its rows more than the
  measures read;
- most committing sentences (「…を進めます。」) of the plan's own sections stand in no measure.

Each doubt says what was seen, in numbers, so that the officer can judge it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from dxcheck.importer.blocks import Block
from dxcheck.importer.numbering import Marker, parse_marker
from dxcheck.importer.structure import MeasureDraft, PolicyDraft, Structure
from dxcheck.model.results import Confidence, ExcludedSection, ReadingCaution, ReadingDoubt, UnplacedSentence

# A long plan holds at least one measure per this many pages (the seeds: 2–5 pages a measure).
PAGES_PER_MEASURE = 6
# … or per this many characters of text, where the document has no pages (Word without page breaks, text).
CHARACTERS_PER_MEASURE = 6_000
# Below this, a plan is too short to doubt for its number of measures.
LONG_PLAN_PAGES = 12
LONG_PLAN_CHARACTERS = 24_000
# No plan of two pages or more commits to so few measures: three 「取組」 read from a plan are its levels
# (住民の利便性向上・行政運営の効率化・地域のデジタル化) read as measures, its measures lost (in form tables,
# in a table by year). The blind sets' plans hold 6–25 measures; the seeds 8–24.
FEWEST_MEASURES = 3
FEW_MEASURES_PAGES = 2
FEW_MEASURES_CHARACTERS = 3_000
# Committing sentences outside any measure: doubted from this many, when they outnumber those inside.
OUTSIDE_AT_LEAST = 5
NATIONAL_TRENDS = "国・県の動向"  # the reason a section about the nation's or the prefecture's plans is left out (structure)
# Rows of a table of measures in sections left out: doubted from this many, when as many as the measures read.
LOST_ROWS_AT_LEAST = 3
UNPLACED_KEPT = 200  # sentences listed for explain (a whole chapter lost lists its first ones)

_CONTENTS_LINE = re.compile(r"(?:[.．・·…‥]{2,}|\t|[\s　]{2,})[\s　.．・·…‥]*[0-9０-９]{1,3}$")
_DATE = re.compile(
    r"^(?:令和|平成|R|H)?[\s　]*[0-9０-９元]{1,4}[\s　]*年[\s　]*(?:[0-9０-９]{1,2}[\s　]*月)?(?:[\s　]*[0-9０-９]{1,2}[\s　]*日)?$"
)
_NUMBER = re.compile(r"^[\s　\-－ー―(（]*[0-9０-９]{1,8}[\s　\-－ー―)）]*(?:ページ|頁)?$")
# A title that holds a list on its lines after the first: a name and what it does, read as one.
_LISTED = re.compile(r"\n[\s　]*(?:[・●○◆■□▪•\-]|[①-⑳])")
# A survey's or a statistic's line (「スマートフォンを持っている 71.3％」): a figure, not a title.
_STATISTIC = re.compile(r"[0-9][0-9,.]*[\s　]*(?:%|％|ポイント|pt)(?:[\s　]|$)")
# What is left of a number the reader did not know (「(1)-①」 read as 「(1)」 and 「-①　オンライン申請…」): no title
# starts with a dash, a closing bracket or a comma.
_MARKER_LEFT = re.compile(r"^[\-－‐―−)）\]］】、，,.．]")


@dataclass
class Assessment:
    """What was read, and how sure the reading is."""

    pages: int | None
    policies: int
    measures: int
    table_measures: int
    excluded: list[ExcludedSection]
    unplaced: list[UnplacedSentence]
    confidence: Confidence
    doubts: list[ReadingDoubt] = field(default_factory=list)
    cautions: list[ReadingCaution] = field(default_factory=list)  # signs that part of it may be wrong: confidence medium


def _measures(policies: list[PolicyDraft]) -> list[MeasureDraft]:
    out: list[MeasureDraft] = []
    for policy in policies:
        out.extend(policy.measures)
        out.extend(_measures(policy.policies))
    return out


def _policies(policies: list[PolicyDraft]) -> list[PolicyDraft]:
    out: list[PolicyDraft] = []
    for policy in policies:
        out.append(policy)
        out.extend(_policies(policy.policies))
    return out


def not_a_title(title: str) -> bool:
    """A title that no plan gives a measure or a policy: a contents line, a date, a page number, a
    statistic (「…不安がある 52.4％」)."""
    text = unicodedata.normalize("NFKC", title).strip()
    if _LISTED.search(text):
        return True  # 「オンライン申請の拡大 ／ ・子育て関係手続の…」: a name with its list of activities run on
    if _MARKER_LEFT.match(text):
        return True
    return bool(_CONTENTS_LINE.search(title) or _DATE.match(text) or _NUMBER.match(text) or _STATISTIC.search(text)) or len(text) <= 1


def assess(blocks: list[Block], structure: Structure, *, named: bool = True) -> Assessment:
    """The reading of a document, judged from its blocks and the structure found in them; `named`: the document
    names a town or a plan (its title 「…計画」「…方針」 …)."""
    pages = max((b.origin.page for b in blocks if b.origin.page is not None), default=None)
    characters = sum(len(b.text) for b in blocks)
    measures = _measures(structure.policies)
    policies = _policies(structure.policies)
    excluded = [ExcludedSection(reason=e.reason, title=e.title, where=e.origin.label()) for e in structure.excluded]
    unplaced = [
        UnplacedSentence(text=b.text, where=b.origin.label(), page=b.origin.page, line=b.origin.line)
        for b in structure.unplaced[:UNPLACED_KEPT]
    ]
    doubts: list[ReadingDoubt] = []
    count = len(measures)
    if pages is not None and pages >= LONG_PLAN_PAGES and count * PAGES_PER_MEASURE < pages:
        doubts.append(
            ReadingDoubt(
                code="few-measures",
                ja=f"{pages} ページの計画から施策を {count} 件しか読み取れませんでした（見出しや番号を読み誤ったおそれがあります）",
                en=f"only {count} measures were read from a {pages}-page plan (headings or numbering may have been misread)",
            )
        )
    elif pages is None and characters >= LONG_PLAN_CHARACTERS and count * CHARACTERS_PER_MEASURE < characters:
        doubts.append(
            ReadingDoubt(
                code="few-measures",
                ja=f"{characters:,} 文字の計画から施策を {count} 件しか読み取れませんでした（見出しや番号を読み誤ったおそれがあります）",
                en=f"only {count} measures were read from a plan of {characters:,} characters (headings or numbering may have been misread)",
            )
        )
    elif count <= FEWEST_MEASURES and ((pages or 0) >= FEW_MEASURES_PAGES or characters >= FEW_MEASURES_CHARACTERS):
        doubts.append(
            ReadingDoubt(
                code="few-measures",
                ja=f"計画から施策を {count} 件しか読み取れませんでした（方針を施策として読んだか、施策の書かれた表や番号を読み落としたおそれがあります）",
                en=f"only {count} measures were read from the plan (its policies may have been read as measures, or the tables or numbering holding the measures missed)",
            )
        )
    titles = [m.title for m in measures] + [p.title for p in policies]
    odd = [t for t in titles if not_a_title(t)]
    if odd and (len(odd) >= 2 or len(titles) <= 3) and len(odd) * 4 >= len(titles):
        shown = "、".join(f"「{t.strip().splitlines()[0][:20]}」" for t in odd[:3])
        doubts.append(
            ReadingDoubt(
                code="titles-not-measures",
                ja=f"方針・施策として読んだ {len(titles)} 件のうち {len(odd)} 件が目次の行・日付・ページ番号・統計の数字、または箇条書きを含む行です（{shown}）",
                en=f"{len(odd)} of the {len(titles)} policies and measures read are contents lines, dates, page numbers, statistics or lines holding a list",
            )
        )
    # (Not the rows of a section left out as the nation's or the prefecture's: the national plan's 重点取組事項,
    # quoted as a table in 「国の動向」, are not the town's measures — a blind set's plan read right was refused.)
    lost = [(e, row) for e in structure.excluded if e.reason != NATIONAL_TRENDS for row in e.rows]
    if len(lost) >= LOST_ROWS_AT_LEAST and len(lost) >= count:
        section = lost[0][0]
        doubts.append(
            ReadingDoubt(
                code="measures-left-out",
                ja=(
                    f"除外した章「{section.title}」（{section.reason}）などにある表の {len(lost)} 行（「{lost[0][1][:20]}」など）を"
                    f"施策として読んでいません。読み取った施策は {count} 件です"
                ),
                en=(
                    f"{len(lost)} rows of a table of measures (such as 「{lost[0][1][:20]}」) stand in sections left out "
                    f"(「{section.title}」, {section.reason}); {count} measures were read"
                ),
            )
        )
    if structure.comprehensive:
        # 「第６次鶯原市総合計画 後期基本計画」 read whole: its roads and welfare measures are read as the
        # plan's, unless a sentence says which part is the digital plan (then only that part is read)
        doubts.append(
            ReadingDoubt(
                code="whole-comprehensive-plan",
                ja=(
                    f"「{structure.comprehensive[:30]}」の全体から施策を {count} 件読みました。どの章が官民データ活用推進計画・DX推進計画かを"
                    "示す文が見つからないため、ほかの分野の施策も含まれているおそれがあります"
                ),
                en=(
                    f"{count} measures were read from the whole of 「{structure.comprehensive[:30]}」: no sentence says which part is the "
                    "digital plan, so measures of other fields may be among them"
                ),
            )
        )
    outside, inside = len(structure.unplaced), structure.committing
    if outside >= OUTSIDE_AT_LEAST and outside > inside:
        doubts.append(
            ReadingDoubt(
                code="commitments-outside",
                ja=f"取組を述べる文 {outside + inside} 件のうち {outside} 件が、どの施策にも入っていません",
                en=f"{outside} of {outside + inside} committing sentences stand in no measure",
            )
        )
    cautions = _cautions(structure, policies, outside, inside)
    if not named:
        # a new user's walkthrough: the project's own README.md read as 方針 7・施策 21 with 「確かさ: 高」
        cautions.append(
            ReadingCaution(
                code="no-plan-named",
                ja="自治体名も計画の名前（「…計画」「…方針」など）も見つかりません。計画の文書か確かめてください",
                en="neither a municipality nor a plan's name (「…計画」, 「…方針」 …) was found: check that this is a plan",
            )
        )
    confidence: Confidence = "low" if doubts else ("medium" if cautions else "high")
    return Assessment(
        pages=pages,
        policies=len(policies),
        measures=count,
        table_measures=sum(1 for m in measures if m.from_table),
        excluded=excluded,
        unplaced=unplaced,
        confidence=confidence,
        doubts=doubts,
        cautions=cautions,
    )


# A plan's levels are not seen when this many of its policies, and four fifths of them, hold one measure of their own name.
SELF_NAMED_AT_LEAST = 4


def _cautions(structure: Structure, policies: list[PolicyDraft], outside: int, inside: int) -> list[ReadingCaution]:
    """Signs that part of a reading may be wrong, not enough to doubt it whole: the confidence is medium,
    each sign said, the verdicts given. Found on the blind sets, where such readings said 「確かさ: 高」 (a PDF
    read 3 of 9 measures, its headings run into the text before them); each tried on plans read right by a
    hostile try, which cautioned none of them (docs/import.md)."""
    signs = (_heading_in_text(structure.unfollowed, policies), _levels_not_seen(policies), _some_outside(outside, inside))
    return [sign for sign in signs if sign is not None]


def _heading_in_text(unfollowed: list[Marker], policies: list[PolicyDraft]) -> ReadingCaution | None:
    """A numbered heading run into the text before it, its measure missed: where the numbering broke there
    (`_run_in`), or, the numbering whole, where a measure's text holds the next number (`_next_in`)."""
    run_in = _run_in(unfollowed, policies)
    if run_in:
        (title, paragraph), marker = run_in[0]
        lost = f"{marker.shown} {marker.title}"[:24]
        return ReadingCaution(
            code="heading-in-text",
            ja=(
                f"番号が前後とつながらない見出し「{lost}」を本文として読みました。同じ番号の形の「{paragraph[:24]}…」が"
                f"「{title}」の本文の中にあります（{len(run_in)} 件）。見出しを本文として読み、その施策を読み落としたおそれがあります"
            ),
            en=(
                f"the numbered heading 「{lost}」 was read as text, its number not following on, and 「{paragraph[:24]}…」, numbered "
                f"alike, stands inside the text of 「{title}」 ({len(run_in)} in all): a heading may have been read as text, and its "
                "measure missed"
            ),
        )
    next_in = _next_in(policies)
    if next_in:
        (title, paragraph), own = next_in[0]
        return ReadingCaution(
            code="heading-in-text",
            ja=(
                f"施策「{title}」（{own.shown}）の本文の中に、次の番号の見出しらしい「{paragraph[:24]}…」があります（{len(next_in)} 件）。"
                "見出しを本文として読み、その施策を読み落としたおそれがあります"
            ),
            en=(
                f"the text of the measure 「{title}」 ({own.shown}) holds what looks like the next numbered heading, "
                f"「{paragraph[:24]}…」 ({len(next_in)} in all): a heading may have been read as text, and its measure missed"
            ),
        )
    return None


def _levels_not_seen(policies: list[PolicyDraft]) -> ReadingCaution | None:
    """Most policies holding one measure of their own name: the levels of the plan were not seen, each policy
    stands in for a measure (unnumbered bold headings). A plan whose last few policies each say what they do
    in a paragraph, beside one with measures, is not most."""
    alone = [p for p in policies if len(p.measures) == 1 and not p.policies and _norm(p.measures[0].title) == _norm(p.title)]
    if len(alone) < SELF_NAMED_AT_LEAST or len(alone) * 5 < len(policies) * 4:
        return None
    return ReadingCaution(
        code="levels-not-seen",
        ja=(
            f"方針 {len(policies)} 件のうち {len(alone)} 件が、同じ名前の施策を 1 件だけ持っています（「{alone[0].title[:20]}」など）。"
            "方針と施策の階層が読み取れていないおそれがあります"
        ),
        en=(
            f"{len(alone)} of the {len(policies)} policies hold one measure of their own name (such as 「{alone[0].title[:20]}」): "
            "the levels of policies and measures may not have been seen"
        ),
    )


def _some_outside(outside: int, inside: int) -> ReadingCaution | None:
    """Three or more committing sentences, a quarter or more of them, in no measure — fewer than the doubt needs."""
    if outside < 3 or outside * 4 < outside + inside or (outside >= OUTSIDE_AT_LEAST and outside > inside):
        return None
    return ReadingCaution(
        code="some-commitments-outside",
        ja=f"取組を述べる文 {outside + inside} 件のうち {outside} 件が、どの施策にも入っていません（dxcheck explain で一覧）",
        en=f"{outside} of {outside + inside} committing sentences stand in no measure (dxcheck explain lists them)",
    )


def _run_in(unfollowed: list[Marker], policies: list[PolicyDraft]) -> list[tuple[tuple[str, str], Marker]]:
    """Where a heading the numbering lost stands: a numbered heading was read as text because its number did
    not follow on (「(3) 情報セキュリティの強化」), and a paragraph or sentence of a measure's or a policy's text
    starts with a number of the same style below it (「(2) テレワークとフリーアドレスの導入全職員が…」: the heading
    run into its text, which made the numbering break). A plan's own lists of points in the text break no
    heading's numbering, and are never counted."""
    found: list[tuple[tuple[str, str], Marker]] = []
    for title, text in _texts(policies):
        for paragraph in _pieces(text):
            marker = parse_marker(paragraph)
            if marker is None or marker.value is None:
                continue
            lost = next((m for m in unfollowed if m.key == marker.key and m.value is not None and m.value > marker.value), None)
            if lost is not None:
                found.append(((title, paragraph), lost))
    return found


def _next_in(policies: list[PolicyDraft]) -> list[tuple[tuple[str, str], Marker]]:
    """A measure numbered 「(2)」 whose text holds a paragraph or sentence numbered 「(3)」, in its own style, with
    no 「(1)」 of that style before it in the text: the next measure's heading run into this one's text (a
    browser's PDF of a blind set's plan read 6 of 9 measures, its numbering unbroken). A measure's own points
    start at (1), and are not counted."""
    found: list[tuple[tuple[str, str], Marker]] = []
    for policy in policies:
        for measure in policy.measures:
            own = measure.marker
            if own is None or own.value is None:
                continue
            seen_first = False
            for paragraph in _pieces("\n".join(measure.paragraphs)):
                marker = parse_marker(paragraph)
                if marker is None or marker.key != own.key:
                    continue
                seen_first = seen_first or marker.value == 1
                if marker.value == own.value + 1 and not seen_first:
                    found.append(((measure.title, paragraph), own))
    return found


def _pieces(text: str) -> list[str]:
    """A text's paragraphs and sentences, each stripped."""
    return [piece.strip() for piece in re.split(r"\n|(?<=[。．])", text) if piece.strip()]


def _texts(policies: list[PolicyDraft]) -> list[tuple[str, str]]:
    """Each policy's and measure's title and text (its paragraphs a line each), the measures after their policy."""
    out: list[tuple[str, str]] = []
    for policy in policies:
        out.append((policy.title, "\n".join(policy.description)))
        out.extend((m.title, "\n".join(m.paragraphs)) for m in policy.measures)
    return out


def _norm(text: str) -> str:
    """A title as compared: NFKC, without spaces (as structure's)."""
    return re.sub(r"[\s　]+", "", unicodedata.normalize("NFKC", text))
