"""Findings and the rules that produce them.

Every rule has a stable code and a severity. A check creates a `Finding` with the JSON path of
the value it is about; the line and column are filled in later, only when there is a finding to
report (see `dxcheck.source.PositionIndex`).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Literal

from pydantic import ConfigDict

JsonPath = tuple[str | int, ...]


class Severity(StrEnum):
    """How much a finding matters: an error fails lint; a warning or info does not."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Rule:
    """A rule: stable code, default severity, and its documentation in both languages."""

    code: str
    name: str
    severity: Severity
    summary_ja: str
    summary_en: str
    help_ja: str
    help_en: str

    def finding(
        self,
        file: str,
        path: JsonPath,
        ja: str,
        en: str,
        *,
        key: bool = False,
        line: int | None = None,
        column: int | None = None,
    ) -> Finding:
        """A finding of this rule about the value at `path` (or its key, with key=True)."""
        return Finding(
            code=self.code,
            severity=self.severity,
            message_ja=ja,
            message_en=en,
            file=file,
            path=path,
            at_key=key,
            line=line,
            column=column,
        )


@dataclass(frozen=True)
class Finding:
    """One thing wrong with (or worth knowing about) a plan, with where it is."""

    code: str
    severity: Severity
    message_ja: str
    message_en: str
    file: str
    path: JsonPath = ()
    at_key: bool = False
    line: int | None = None
    column: int | None = None
    related: tuple[str, ...] = field(default=())

    def message(self, lang: str) -> str:
        """The message in `lang` ("ja" or "en")."""
        return self.message_en if lang == "en" else self.message_ja

    def located(self, line: int | None, column: int | None) -> Finding:
        """A copy with a position."""
        return replace(self, line=line, column=column)

    @property
    def pointer(self) -> str:
        """The JSON Pointer (RFC 6901) of the value the finding is about."""
        parts = (str(p).replace("~", "~0").replace("/", "~1") for p in self.path)
        return "".join("/" + p for p in parts)

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.file, self.line or 0, self.column or 0, self.code)


@dataclass(slots=True, kw_only=True)
class Location:
    """Where in the plan file: 1-based line and column, and the JSON Pointer of the value."""

    __pydantic_config__ = ConfigDict(extra="forbid")

    file: str
    line: int | None = None
    column: int | None = None
    pointer: str = ""


@dataclass(slots=True, kw_only=True)
class FindingOut:
    """A finding as every output format sees it: located, its message in the chosen language and both."""

    __pydantic_config__ = ConfigDict(extra="forbid")

    code: str
    severity: Literal["error", "warning", "info"]
    message: str
    message_ja: str
    message_en: str
    location: Location


def finding_out(finding: Finding, lang: str) -> FindingOut:
    """The output form of a (located) finding."""
    return FindingOut(
        code=finding.code,
        severity=finding.severity.value,
        message=finding.message(lang),
        message_ja=finding.message_ja,
        message_en=finding.message_en,
        location=Location(file=finding.file, line=finding.line, column=finding.column, pointer=finding.pointer),
    )


def _rule(code: str, name: str, severity: Severity, ja: str, en: str, help_ja: str, help_en: str) -> Rule:
    return Rule(code, name, severity, ja, en, help_ja, help_en)


E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO

# The rule catalogue. Codes are stable: a retired rule's code is never reused.
RULES: dict[str, Rule] = {
    r.code: r
    for r in [
        # DX0xx: the file itself
        _rule(
            "DX001",
            "file-unreadable",
            E,
            "ファイルを読めない",
            "File cannot be read",
            "パスを確認してください。ファイルが存在し、読み取り権限があり、ディレクトリではないこと。",
            "Check the path: the file must exist, be readable and not be a directory.",
        ),
        _rule(
            "DX002",
            "not-utf8",
            E,
            "文字コードが UTF-8 ではない",
            "File is not UTF-8",
            "計画ファイルは UTF-8（BOM の有無は問わない）で保存してください。メモ帳なら「名前を付けて保存」→「文字コード: UTF-8」。",
            "Save the plan as UTF-8 (with or without BOM).",
        ),
        _rule(
            "DX003",
            "yaml-syntax",
            E,
            "YAML の構文誤り",
            "YAML syntax error",
            "示された位置の引用符・インデント・コロンを確認してください。インデントにタブは使えません（半角スペース）。",
            "Check quotes, indentation and colons at the position shown. Tabs cannot indent YAML.",
        ),
        _rule(
            "DX004",
            "duplicate-key",
            E,
            "同じキーが2回ある",
            "Duplicate key",
            "同じマッピングに同じキーを2回書くと、片方が黙って失われます。1つにまとめてください。",
            "A key written twice in one mapping silently loses one value; merge them.",
        ),
        _rule(
            "DX005",
            "yaml-tag",
            E,
            "YAML タグは使えない",
            "YAML tags are not allowed",
            "計画ファイルでは !!python/… や !独自タグ は使えません（安全のため構築しません）。タグを削除してください。",
            "Tags such as !!python/... or custom tags are refused, never constructed. Remove the tag.",
        ),
        _rule(
            "DX006",
            "not-a-plan",
            E,
            "計画として読めない（空・リスト・スカラー）",
            "Not a plan (empty, list or scalar)",
            "計画ファイルの最上位は municipality: や plan: などのキーを持つマッピングです。dxcheck init で雛形を作れます。",
            "A plan's top level is a mapping with keys such as municipality: and plan:.",
        ),
        _rule(
            "DX007",
            "yaml-too-complex",
            E,
            "YAML が複雑すぎる（再帰・展開・入れ子）",
            "YAML too complex (recursion, expansion, nesting)",
            "再帰するエイリアス、展開すると巨大になるエイリアス（billion laughs）、深すぎる入れ子は受け付けません。エイリアス（&・*）を使わずに書いてください。",
            "Recursive aliases, aliases that expand enormously and very deep nesting are refused; write the plan without & and * aliases.",
        ),
        _rule(
            "DX008",
            "file-too-large",
            E,
            "ファイルが大きすぎる",
            "File too large",
            "計画ファイルの上限は 16 MiB です（実際の計画は数十 KB）。別のファイルを指定していないか確認してください。",
            "Plan files are limited to 16 MiB (real plans are tens of KB); check that this is the right file.",
        ),
        # DX1xx: the plan schema
        _rule(
            "DX101",
            "required",
            E,
            "必須項目がない",
            "Required field missing",
            "schemas/plan.schema.json（dxcheck schema）の必須項目を書いてください。",
            "Add the field that the plan schema requires (see `dxcheck schema`).",
        ),
        _rule(
            "DX102",
            "unknown-field",
            E,
            "未定義の項目",
            "Unknown field",
            "綴りを確認してください。計画形式にない項目は書けません（メモは note: に）。",
            "Check the spelling; free remarks go in note:.",
        ),
        _rule(
            "DX103",
            "wrong-type",
            E,
            "値の型が違う",
            "Wrong type",
            "文字列・数値・リスト・マッピングの別を確認してください。先頭が 0 のコードは引用符で囲みます。",
            "Check string / number / list / mapping; quote codes with a leading zero.",
        ),
        _rule(
            "DX104",
            "invalid-value",
            E,
            "値が許されていない",
            "Value not allowed",
            "許される値の一覧または書式（例）に合わせてください。",
            "Use one of the allowed values, or the documented form.",
        ),
        # DX2xx: fiscal years and periods
        _rule(
            "DX201",
            "fiscal-year",
            E,
            "年度として読めない",
            "Not a fiscal year",
            "年度は 2022、R4、令和4年度、H30、2022（令和4）年度 のように書きます。令和は元年（2019）から、平成は31年度まで。",
            "Write a fiscal year as 2022, R4, 令和4年度, H30 or 2022（令和4）年度.",
        ),
        _rule(
            "DX202",
            "fiscal-year-absurd",
            E,
            "ありえない年度",
            "Implausible fiscal year",
            "2000〜2100年度の範囲で書いてください。桁の誤りや和暦と西暦の取り違えがないか確認してください。",
            "Fiscal years must lie between 2000 and 2100; check for a typo or a mixed-up calendar.",
        ),
        _rule(
            "DX203",
            "period-reversed",
            E,
            "期間の終わりが始まりより前",
            "Period ends before it starts",
            "start と end を確認してください。",
            "Check start and end.",
        ),
        _rule(
            "DX204",
            "schedule-outside-period",
            W,
            "スケジュールが計画期間の外",
            "Schedule outside the plan period",
            "施策のスケジュールは計画期間（plan.period）の中に収めるか、計画期間を見直してください。",
            "Keep a measure's schedule within plan.period, or revise the period.",
        ),
        _rule(
            "DX205",
            "kpi-year-outside-period",
            W,
            "KPI の目標年度が計画期間の外",
            "KPI target year outside the plan period",
            "KPI の目標年度を計画期間の中にするか、期間を見直してください。",
            "Set the KPI's target year within the plan period, or revise the period.",
        ),
        # DX3xx: references
        _rule(
            "DX301",
            "unknown-item",
            E,
            "存在しない項目 ID",
            "Unknown item id",
            "項目は framework/item の形で参照します（例: dx/telework）。一覧は dxcheck frameworks show dx。",
            "Refer to items as framework/item (dx/telework); `dxcheck frameworks show dx` lists them.",
        ),
        _rule(
            "DX302",
            "unknown-procedure",
            E,
            "存在しない手続 ID",
            "Unknown procedure id",
            "手続は p01〜p19、p20-01〜p20-15、p21-01〜p21-11、p22-01〜p22-08（グループは p20・p21・p22）。",
            "Procedures are p01-p19, p20-01..p20-15, p21-01..p21-11, p22-01..p22-08 (groups p20, p21, p22).",
        ),
        _rule(
            "DX303",
            "duplicate-id",
            E,
            "施策・方針の ID が重複",
            "Duplicate measure or policy id",
            "施策と方針の ID は計画の中で一意にしてください。",
            "Measure and policy ids must be unique within the plan.",
        ),
        _rule(
            "DX304",
            "exempt-and-addressed",
            W,
            "除外した項目を施策が扱っている",
            "Exempted item is addressed by a measure",
            "除外（exemptions）を取り消すか、施策の addresses から外してください。",
            "Either drop the exemption or the measure's link.",
        ),
        _rule(
            "DX305",
            "duplicate-reference",
            W,
            "同じ項目を2回参照",
            "Same item referenced twice",
            "重複した参照を1つにしてください。",
            "Remove the repeated reference.",
        ),
        # DX4xx: content
        _rule(
            "DX401",
            "kpi-no-target",
            W,
            "KPI に目標値がない",
            "KPI without a target",
            "目標値（target）と目標年度（target_year）を書くと進捗を測れます。未定なら実施計画で定める旨を note に。",
            "Add a target (and target_year), or say in note where it will be set.",
        ),
        _rule(
            "DX402",
            "exemption-no-reason",
            E,
            "除外に理由がない",
            "Exemption without a reason",
            "項目を扱わない理由を reason に書いてください。",
            "Say in reason why the item is not taken up.",
        ),
        _rule(
            "DX403",
            "procedure-no-reason",
            E,
            "対象外・予定なしの手続に理由がない",
            "Procedure not planned / not applicable without a reason",
            "status が not-planned・not-applicable の手続には reason が必要です（例: 道路使用許可は警察の所管）。",
            "A not-planned or not-applicable procedure needs a reason.",
        ),
        _rule(
            "DX404",
            "procedure-no-target",
            W,
            "予定の手続に目標年度がない",
            "Planned procedure without a target year",
            "status: planned には target_year（例: R6）を書いてください。",
            "Give a planned procedure a target_year.",
        ),
        _rule(
            "DX405",
            "municipality-code",
            E,
            "団体コードのチェックディジットが違う",
            "Municipality code check digit is wrong",
            "全国地方公共団体コードは6桁（最後の1桁がチェックディジット）。総務省の一覧から写してください。",
            "The code has 6 digits, the last a check digit; copy it from the official list.",
        ),
        _rule(
            "DX406",
            "municipality-code-missing",
            W,
            "団体コードがない",
            "No municipality code",
            "全国地方公共団体コード（6桁）を municipality.code に書くと、団体を取り違えずに比較できます。",
            "Add the 6-digit municipality code, so towns are never confused when compared.",
        ),
        _rule(
            "DX407",
            "prefecture-mismatch",
            W,
            "都道府県と団体コードが合わない",
            "Prefecture does not match the code",
            "団体コードの上2桁は都道府県を表します（01 北海道 … 47 沖縄県）。どちらかが誤っています。",
            "The code's first two digits are the prefecture (01 北海道 … 47 沖縄県); one of them is wrong.",
        ),
        _rule(
            "DX408",
            "title-too-long",
            W,
            "施策名・方針名が長すぎる",
            "Title too long",
            "施策名は見出しです（200 文字まで）。本文は description に書いてください。",
            "A title is a heading (up to 200 characters); put the text in description.",
        ),
        # DX5xx: the audit
        _rule(
            "DX501",
            "item-missing",
            W,
            "国の必須項目に取り組む施策がない",
            "No measure takes up a required national item",
            "この項目に取り組む施策を加えるか、取り組まない理由を exemptions に書いてください。",
            "Add a measure that takes the item up, or declare an exemption with a reason.",
        ),
        _rule(
            "DX502",
            "item-partial",
            I,
            "国の必須項目への取組が一部だけ",
            "A required national item is only partly taken up",
            "項目全体に取り組む施策を加えるか、partial の根拠を確かめてください（dxcheck explain 項目 計画）。",
            "Add a measure for the whole item, or check the partial evidence (dxcheck explain ITEM PLAN).",
        ),
        _rule(
            "DX503",
            "suggested-link",
            I,
            "addresses にない項目にも当たる可能性",
            "The measure may also take up an item it does not list",
            "施策の文章が別の項目の語を含みます。当たるなら addresses に加えてください（監査では数えません）。",
            "The measure's text names another item; add it to addresses if it applies (not counted).",
        ),
        _rule(
            "DX510",
            "no-legal-basis",
            W,
            "法的な位置づけの宣言がない",
            "No legal-basis declaration",
            "官民データ活用推進基本法第9条第3項に基づく市町村官民データ活用推進計画とするなら、plan.legal_basis に書いてください。",
            "Declare the plan's legal basis in plan.legal_basis (e.g. 官民データ活用推進基本法 第9条第3項).",
        ),
        _rule(
            "DX511",
            "no-period",
            W,
            "計画期間が年度で書かれていない",
            "No plan period in fiscal years",
            "plan.period に開始年度と終了年度を書いてください（期間を定めない場合も、実施計画の期間を書くと進捗を測れます）。",
            "Give plan.period a start and an end fiscal year.",
        ),
        _rule(
            "DX512",
            "period-beyond-horizon",
            W,
            "計画期間が国の計画の期間を越える",
            "Plan period runs beyond the national plan's horizon",
            "国の計画の後の版（改定版）を確認し、対応する枠組みで検査してください。",
            "Check the later edition of the national plan for the years beyond its horizon.",
        ),
        _rule(
            "DX520",
            "after-national-target",
            W,
            "施策の予定が国の目標年度より後",
            "Measure scheduled after the national target year",
            "国の目標年度までに終えるようスケジュールを見直すか、遅れる理由を note に書いてください。",
            "Bring the schedule within the national target year, or say why in note.",
        ),
        _rule(
            "DX521",
            "plan-starts-after-target",
            I,
            "計画期間が国の目標年度の後に始まる",
            "The plan starts after the national target year",
            "国の目標年度はすでに過ぎています。現状（達成済みか）を施策に書くと分かりやすくなります。",
            "The national target year has passed before the plan starts; say where the town stands.",
        ),
        _rule(
            "DX530",
            "procedure-after-target",
            W,
            "手続のオンライン化予定が国の目標年度より後",
            "Procedure planned online after the national target year",
            "国は令和4年度末までのオンライン化を求めています。目標年度を見直すか理由を note に書いてください。",
            "The national plan asks for these procedures online by the end of FY2022.",
        ),
        _rule(
            "DX531",
            "procedures-not-mentioned",
            W,
            "優先手続の一部について記載がない",
            "Priority procedures not mentioned",
            "procedures: に各手続の状況（online・planned・not-planned・not-applicable）を書いてください。グループ（p20 など）にまとめて書けます。",
            "State each procedure's status under procedures:; a group key (p20) covers its members.",
        ),
    ]
}


def suggest(value: str, candidates: Iterable[str]) -> str | None:
    """The closest candidate to a misspelt value, if one is close enough."""
    matches = difflib.get_close_matches(value, list(candidates), n=1, cutoff=0.6)
    return matches[0] if matches else None


def count_by_severity(findings: Sequence[Finding]) -> dict[Severity, int]:
    """How many findings of each severity."""
    counts = dict.fromkeys(Severity, 0)
    for f in findings:
        counts[f.severity] += 1
    return counts
