"""The plan format: a municipality's plan, keeping its own structure of policies and measures.

These models are the single source of schemas/plan.schema.json (`python -m dxcheck.schemas`
writes it; a test fails when the committed file differs). Descriptions are Japanese so that an
editor with the YAML language server shows them while the author types.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, WithJsonSchema
from pydantic_core import PydanticCustomError

from dxcheck.model import fiscal
from dxcheck.model.findings import JsonPath


def _fiscal_year(value: object) -> int:
    try:
        return fiscal.parse_fiscal_year(value)
    except fiscal.FiscalYearError as exc:
        raise PydanticCustomError(
            "fiscal_year", "{reason_ja}|{reason_en}", {"reason_ja": exc.reason_ja, "reason_en": exc.reason_en}
        ) from None


def _date(value: object) -> object:
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)  # `adopted: 2020` in YAML is a number
    if not isinstance(value, str):
        return value  # pydantic says it is not a string
    try:
        return fiscal.parse_date(value)
    except fiscal.FiscalYearError as exc:
        raise PydanticCustomError("date", "{reason_ja}|{reason_en}", {"reason_ja": exc.reason_ja, "reason_en": exc.reason_en}) from None


# A date in either calendar, kept as ISO 8601 with what is known (2020, 2020-09, 2020-09-01).
CalendarDate = Annotated[
    str,
    BeforeValidator(_date),
    WithJsonSchema(
        {
            "description": "年月日。2022-03、2022-03-31、2022年3月、令和4年3月、R4.3、令和元年5月 のいずれも可（月や日が不明なら年まで・年月まで）。",
            "anyOf": [{"type": "integer"}, {"type": "string", "pattern": fiscal.DATE_PATTERN}],
            "examples": ["2022-03", "令和2年9月"],
        }
    ),
]


FiscalYear = Annotated[
    int,
    BeforeValidator(_fiscal_year),
    WithJsonSchema(
        {
            "description": '年度。2022、"R4"、"令和4年度"、"H30"、"2022（令和4）年度" のいずれの書き方も可（西暦の年度として保存）。',
            "anyOf": [
                {"type": "integer"},
                {"type": "string", "pattern": fiscal.STRING_PATTERN},
            ],
            "examples": [2022, "R4", "令和4年度", "2022（令和4）年度"],
        }
    ),
]

QUALIFIED_ID_PATTERN = r"^[a-z][a-z0-9-]*/[a-z0-9][a-z0-9-]*$"
QualifiedItemId = Annotated[
    str,
    Field(
        pattern=QUALIFIED_ID_PATTERN,
        description="国の枠組みの項目 ID（枠組み/項目）。例: kanmin/online、dx/telework、procedures/p20-03。一覧は dxcheck frameworks show。",
        examples=["kanmin/online", "dx/telework", "dx/standardization"],
    ),
]
PROCEDURE_KEY_PATTERN = r"^p[0-9]{2}(-[0-9]{2})?$"

# The audit reads this much of a title or a description (dxcheck.reading.infer; lint says so, DX409):
# the longest of 1,900 measure descriptions imported from 142 real plans has 452 characters, the plans
# in plans/ at most 223. Reading costs about 35 µs a character (SudachiPy and the clauses): a pasted
# chapter of 19,000 characters took 0.6 s, and 280 of them 3 minutes and 1.7 GB.
READ_LIMIT = 2_000
# And this much of a whole plan, titles and descriptions together, in reading order (DX413 says where
# it stopped): a large real plan of 300 measures of 300 characters reads 100,000. At most about 7 s.
PLAN_READ_LIMIT = 200_000
_SENTENCE_ENDS = "。．！？!?\n"


def read_part(text: str) -> str:
    """What the audit reads of a title or a description: all of it up to READ_LIMIT characters; of a
    longer one, the sentences that end within the limit (the limit itself when no sentence ends in its
    second half), so that no half sentence is read as a whole one."""
    if len(text) <= READ_LIMIT:
        return text
    head = text[:READ_LIMIT]
    end = max(head.rfind(c) for c in _SENTENCE_ENDS)
    return head[: end + 1] if end >= READ_LIMIT // 2 else head


def canonical_procedure_key(key: object) -> str | None:
    """The canonical form of a procedure id as people type it: P1 → p01, p20-1 → p20-01, 「ｐ２０」 → p20."""
    import re
    import unicodedata

    text = unicodedata.normalize("NFKC", str(key)).strip().lower().replace("_", "-").replace("－", "-")
    match = re.fullmatch(r"p\s*(\d{1,2})(?:\s*-\s*(\d{1,2}))?", text)
    if match is None:
        return None
    entry, sub = int(match.group(1)), match.group(2)
    return f"p{entry:02d}" + (f"-{int(sub):02d}" if sub is not None else "")


def _id_text(value: object) -> object:
    # `id: 1` and `id: "1"` name the same measure: ids are text in the model.
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


LocalId = Annotated[
    str,
    BeforeValidator(_id_text),
    WithJsonSchema(
        {"type": ["string", "integer"], "description": "計画の中で一意な ID（例: 1-2-3）。数字だけでも可。", "examples": ["1-1", "2-3-1"]}
    ),
]


class _Model(BaseModel):
    # strict: no coercion ("yes" is not true, 1 is not "1"), so that a plan the model accepts is one
    # the published JSON Schema accepts; tests/test_properties.py checks the two agree.
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Municipality(_Model):
    """自治体。"""

    name: str = Field(description="団体名（例: 恵庭市）。", examples=["恵庭市"])
    prefecture: str = Field(description="都道府県名（例: 北海道）。", examples=["北海道"])
    code: str | None = Field(
        default=None,
        pattern=r"^[0-9]{5,6}$",
        description='全国地方公共団体コード（6桁、最後の1桁はチェックディジット）。先頭の 0 を保つため引用符で囲む: "012319"。',
        examples=["012319"],
    )


class FiscalPeriod(_Model):
    """年度の期間。終わりのない計画（毎年度見直す基本方針など）は end を省き、note に書く。"""

    start: FiscalYear | None = Field(default=None, description="開始年度。")
    end: FiscalYear | None = Field(default=None, description="終了年度（その年度の3月末まで）。")
    note: str | None = Field(default=None, description="期間についての補足（例: 期間を定めない）。")


class LegalBasis(_Model):
    """計画の法的な位置づけ。"""

    law: str = Field(description="根拠法令（例: 官民データ活用推進基本法）。", examples=["官民データ活用推進基本法"])
    article: str | None = Field(default=None, description="条項（例: 第9条第3項）。", examples=["第9条第3項"])
    designation: str | None = Field(
        default=None,
        description="その法令上の計画の名称（例: 市町村官民データ活用推進計画、情報システム整備計画）。",
        examples=["市町村官民データ活用推進計画"],
    )


class Governance(_Model):
    """推進体制。"""

    cio: str | None = Field(default=None, description="CIO（最高情報責任者）の職（例: 副町長）。")
    body: str | None = Field(default=None, description="推進組織（例: DX推進本部会議、情報化推進委員会）。")
    adviser: str | None = Field(default=None, description="外部の専門人材（例: 外部CIO補佐官）。")
    secretariat: str | None = Field(default=None, description="事務局・取りまとめ課（例: 総合政策課）。")
    cycle: str | None = Field(default=None, description="進行管理の方法（例: PDCA、OODA ループ）。")
    training: str | None = Field(default=None, description="職員のデジタル人材の育成（例: 全職員向け DX 研修、DX推進リーダーの育成）。")
    partnership: str | None = Field(default=None, description="都道府県・他の団体との連携（例: 県の DX 推進協議会への参加、共同調達）。")
    note: str | None = Field(default=None, description="補足。")


class ItemLink(_Model):
    """施策が国の項目に取り組むことの宣言。一部だけの場合は partial: true。"""

    item: QualifiedItemId
    partial: bool = Field(default=False, description="項目の一部にだけ取り組む場合 true（監査では「一部」）。")
    note: str | None = Field(default=None, description="なぜこの項目に当たるか、どこまでか。")


class Kpi(_Model):
    """重要業績評価指標（KPI）。名前だけで目標値が未定なら target を省く（lint が警告）。"""

    name: str = Field(description="指標名（例: オンライン申請が可能な手続数）。")
    target: float | int | str | None = Field(default=None, description="目標値（数値、または「全手続」など）。")
    unit: str | None = Field(default=None, description="単位（例: 件、%）。")
    baseline: float | int | str | None = Field(default=None, description="基準値（現状値）。")
    baseline_year: FiscalYear | None = Field(default=None, description="基準値の年度。")
    target_year: FiscalYear | None = Field(default=None, description="目標年度。")


class Measure(_Model):
    """施策・取組。国の項目に取り組むと数えられるのは施策だけ（背景の記述は数えない）。"""

    id: LocalId
    title: str = Field(description="施策名（計画書の見出しのまま）。")
    description: str | None = Field(default=None, description="施策の説明（計画書の本文のまま）。")
    addresses: list[QualifiedItemId | ItemLink] = Field(
        default_factory=list,
        description='この施策が取り組む国の項目。"dx/telework" のように ID だけ、または {item, partial, note}。省くと監査は本文から推定する。',
    )
    kpis: list[Kpi] = Field(default_factory=list, description="この施策の KPI。")
    schedule: FiscalPeriod | None = Field(default=None, description="実施期間（年度）。")
    owner: str | None = Field(default=None, description="担当課（例: 総務課）。")
    note: str | None = Field(default=None, description="補足。")

    def links(self) -> Iterator[ItemLink]:
        """The measure's links, each as an ItemLink."""
        for entry in self.addresses:
            yield entry if isinstance(entry, ItemLink) else ItemLink(item=entry)


class Policy(_Model):
    """計画の方針（基本方針・基本目標・施策方針など）。方針は入れ子にでき、施策を持つ。"""

    id: LocalId
    level: str | None = Field(default=None, description="計画書での呼び名（例: 基本方針、基本目標、施策の方向性）。")
    title: str = Field(description="方針の名前。")
    description: str | None = Field(default=None, description="方針の説明。")
    kpis: list[Kpi] = Field(default_factory=list, description="方針全体の KPI（計画書が方針ごとに KPI を掲げる場合）。")
    policies: list[Policy] = Field(default_factory=list, description="下位の方針。")
    measures: list[Measure] = Field(default_factory=list, description="この方針の施策。")


ProcedureStatusName = Literal["online", "planned", "not-planned", "not-applicable"]


class ProcedureStatus(_Model):
    """優先的にオンライン化すべき手続の一つについての計画の記述。"""

    status: ProcedureStatusName = Field(
        description="online（オンライン化済み）、planned（予定: target_year を書く）、not-planned（予定なし: reason を書く）、not-applicable（対象外: reason を書く）。"
    )
    target_year: FiscalYear | None = Field(default=None, description="planned のとき、オンライン化の目標年度。")
    reason: str | None = Field(default=None, description="not-planned・not-applicable の理由（例: 道路使用許可は警察の所管）。")
    note: str | None = Field(default=None, description="補足（例: 計画書のどこに書かれているか）。")


# Letters that draw nothing: the Hangul fillers (ㅤ U+3164, its half-width U+FFA0, the choseong and
# jungseong fillers U+115F, U+1160) and the Khmer inherent vowels — a "blank" that is not a space.
_BLANK_LETTERS = frozenset("\u3164\uffa0\u115f\u1160\u17b4\u17b5")
# Words that stand where a reason should be and give none (compared after NFKC, lower case, no spaces).
_PLACEHOLDERS = frozenset(
    [
        "なし",
        "無し",
        "特になし",
        "とくになし",
        "ない",
        "不明",
        "未定",
        "未記入",
        "記入なし",
        "理由なし",
        "同上",
        "々",
        "〃",
        "x",
        "xx",
        "xxx",
        "0",
        "null",
        "none",
        "nil",
        "na",
        "n/a",
        "tbd",
        "todo",
        "tba",
        "test",
        "dummy",
        ".",
        # the fifth hostile review: words that stand for "nothing to say", "not yet", "left out"
        "該当なし",
        "該当無し",
        "非該当",
        "ありません",
        "該当ありません",
        "省略",
        "記載なし",
        "記載省略",
        "特記事項なし",
        "理由",
        "検討中",
        "未検討",
        "調整中",
        "後日",
        "後日記入",
    ]
)
# Said around a placeholder, they leave it one (「特に無し」「なしです」「TBD予定」「特にありません」).
_EMPTY_PREFIXES = ("特に", "とくに")
_EMPTY_SUFFIXES = ("です", "でした", "予定")


def _bare(words: str) -> str:
    """`words` without the prefixes and suffixes that add nothing to a placeholder."""
    while True:
        shorter = next((words[len(p) :] for p in _EMPTY_PREFIXES if words.startswith(p) and len(words) > len(p)), words)
        shorter = next((shorter[: -len(s)] for s in _EMPTY_SUFFIXES if shorter.endswith(s) and len(shorter) > len(s)), shorter)
        if shorter == words:
            return words
        words = shorter


def says_nothing(reason: str | None) -> bool:
    """Whether a reason (of an exemption, of a procedure not planned) is no reason: nothing is left of it
    once normalised (NFKC) and stripped of spaces, zero-width and other invisible characters (U+200B,
    U+FEFF, the Hangul filler U+3164 …), punctuation and symbols (`-`, `…`, `※`) and the long-vowel
    mark (`ー`); or what is left is a placeholder (「なし」「未定」「同上」「該当なし」「省略」「検討中」, `x`, `0`,
    `null`, `TBD`), also with 「特に」 before it or 「です」「予定」 after it (「特に無し」「なしです」「ＴＢＤ予定」);
    or a single character (「あ」, `a`, `1`), or one character repeated (`aaaaaaaa`, 「ああ」).

    Anything else is a reason, however short: 「県が実施」「委託済」「対象業務なし（村に該当施設がない）」 say
    something a reader can check; the rule does not judge whether it is a good one."""
    if reason is None:
        return True
    if len(reason) > 64:
        return _says_nothing(reason)
    known = _SAID.get(reason)
    if known is None:  # the same few reasons recur in every plan: each is looked at once per process
        if len(_SAID) >= 4096:
            _SAID.clear()
        known = _SAID[reason] = _says_nothing(reason)
    return known


_SAID: dict[str, bool] = {}


def _says_nothing(reason: str) -> bool:
    text = unicodedata.normalize("NFKC", reason)
    kept = "".join(ch for ch in text if unicodedata.category(ch)[0] not in "ZC" and ch not in _BLANK_LETTERS)
    if not any(unicodedata.category(ch)[0] not in "PSM" and ch != "ー" for ch in kept):
        return True
    # 「なし。」「N.A.」「-x-」「ｘ！」: a placeholder with punctuation or symbols about it is still one
    words = "".join(ch for ch in kept if unicodedata.category(ch)[0] not in "PSM" and ch != "ー")
    if len(set(words.lower())) == 1:
        return True  # 「あ」, a, 1, aaaaaaaa
    bare = _bare(words.lower())
    return (
        kept.lower() in _PLACEHOLDERS
        or words.lower() in _PLACEHOLDERS
        or bare in _PLACEHOLDERS
        or all(ch in "々〃ゝゞヽヾ" for ch in words)
    )


def shown_reason(reason: str) -> str:
    """A reason as a message quotes it: invisible characters written as escapes (`\\u200b`)."""
    return "".join(
        f"\\u{ord(ch):04x}" if unicodedata.category(ch)[0] == "C" or (ch.isspace() and ch != " ") or ch in _BLANK_LETTERS else ch
        for ch in reason
    )


class Exemption(_Model):
    """計画が意図して取り上げない国の項目と、その理由。"""

    item: QualifiedItemId
    reason: str = Field(description="取り上げない理由。")


class PlanInfo(_Model):
    """計画そのもの。"""

    title: str = Field(description="計画の名称。")
    stage: Literal["draft", "proposal", "adopted"] | None = Field(
        default=None, description="段階: draft（原案）、proposal（案・パブリックコメント）、adopted（策定済み）。"
    )
    adopted: CalendarDate | None = Field(
        default=None,
        description="策定（または案の作成）の年月日。2022-03、2022-03-31、令和4年3月、R4.3 など。月や日が不明なら年まで・年月まで。",
        examples=["2022-03", "令和2年9月"],
    )
    period: FiscalPeriod | None = Field(default=None, description="計画期間（年度）。")
    legal_basis: list[LegalBasis] = Field(default_factory=list, description="法的な位置づけ。")
    governance: Governance | None = Field(default=None, description="推進体制。")
    note: str | None = Field(default=None, description="補足。")


def _none_is_empty(value: object) -> object:
    # 「policies:」 with only comments under it (dxcheck init's skeleton) is a plan with none yet.
    return value if value is not None else []


def _none_is_no_statuses(value: object) -> object:
    return value if value is not None else {}


# The keys a starter plan leaves empty: written with nothing under them, they hold nothing.
EMPTY_WHEN_BLANK = ("policies", "procedures", "exemptions")


class Plan(_Model):
    """dxcheck の計画ファイル。"""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, title="dxcheck plan")

    version: Literal[1] = Field(default=1, description="計画ファイル形式の版（現在は 1）。")
    frameworks: dict[Annotated[str, Field(pattern=r"^[a-z][a-z0-9-]*$")], Annotated[str, Field(pattern=r"^[^@/\s]+$")]] = Field(
        default_factory=dict,
        description='計画が準拠した国の枠組みの版（例: dx: "2.3"）。省くと、計画の策定日（なければ計画期間の開始年度）に有効な版で監査する。一覧は dxcheck frameworks。',
        examples=[{"dx": "2.3"}],
    )
    municipality: Municipality
    plan: PlanInfo
    policies: Annotated[list[Policy], BeforeValidator(_none_is_empty)] = Field(
        default_factory=list, description="計画の方針と施策（計画書の構成のまま）。"
    )
    procedures: Annotated[
        dict[Annotated[str, Field(pattern=PROCEDURE_KEY_PATTERN)], ProcedureStatus], BeforeValidator(_none_is_no_statuses)
    ] = Field(
        default_factory=dict,
        description="優先的にオンライン化すべき手続ごとの状況。キーは手続 ID（p01〜p19、p20-01 など）。グループ（p20・p21・p22）に書くと配下のすべてに当てはまる。",
    )
    exemptions: Annotated[list[Exemption], BeforeValidator(_none_is_empty)] = Field(
        default_factory=list, description="意図して取り上げない項目と理由。"
    )

    def walk_policies(self) -> Iterator[tuple[JsonPath, Policy]]:
        """Every policy of the plan (at any depth) with its JSON path, in document order."""
        yield from _walk_policy_tree(self.policies, ("policies",))

    def unread(self) -> tuple[list[tuple[JsonPath, Policy | Measure]], int]:
        """The policies and measures whose text the audit does not read because the plan's reading budget
        (PLAN_READ_LIMIT) is spent, in reading order (each policy, then its measures), and the characters
        the whole plan would take to read."""
        total, past = 0, []
        for path, policy in self.walk_policies():
            nodes: list[tuple[JsonPath, Policy | Measure]] = [(path, policy)]
            nodes += [((*path, "measures", n), m) for n, m in enumerate(policy.measures)]
            for where, node in nodes:
                total += len(read_part(node.title)) + len(read_part(node.description or ""))
                if total > PLAN_READ_LIMIT:
                    past.append((where, node))
        return past, total

    def walk_measures(self) -> Iterator[tuple[JsonPath, Measure]]:
        """Every measure of the plan with its JSON path, in document order."""
        for path, policy in self.walk_policies():
            for index, measure in enumerate(policy.measures):
                yield (*path, "measures", index), measure

    def walk_kpis(self) -> Iterator[tuple[JsonPath, Kpi]]:
        """Every KPI of the plan, on policies and on measures, with its JSON path."""
        for path, policy in self.walk_policies():
            for index, kpi in enumerate(policy.kpis):
                yield (*path, "kpis", index), kpi
            for m_index, measure in enumerate(policy.measures):
                for index, kpi in enumerate(measure.kpis):
                    yield (*path, "measures", m_index, "kpis", index), kpi


def _walk_policy_tree(policies: list[Policy], base: JsonPath) -> Iterator[tuple[JsonPath, Policy]]:
    for index, policy in enumerate(policies):
        here = (*base, index)
        yield here, policy
        yield from _walk_policy_tree(policy.policies, (*here, "policies"))
