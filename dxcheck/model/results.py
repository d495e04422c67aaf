"""The results of lint and the audit: plain data, made by the engine and read by every reporter.

Nothing here computes or prints. The JSON documents dxcheck writes are these dataclasses, with the
common head (format, version, tool) and the language of the report added by the JSON reporter
(dxcheck.report.json_report); schemas/*.schema.json are generated from them (dxcheck.schemas).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import ConfigDict, Field

from dxcheck.model.findings import Finding, FindingOut, Location

if TYPE_CHECKING:
    from collections.abc import Sequence

    from dxcheck.model.town import Shaped

Status = Literal["covered", "partial", "missing", "exempt"]
ProcedureState = Literal["online", "planned", "not-planned", "not-applicable", "not-mentioned"]
FailOn = Literal["missing", "partial", "never"]


@dataclass(frozen=True)
class AuditOptions:
    """How to audit: inference on or off, the bar to pass, the rule codes not to report.

    Made from the settings in force (dxcheck.config.Configuration.audit_options); the part that
    decides a verdict is recorded in each result as its `settings` (`recorded`)."""

    infer: bool = True
    fail_on: FailOn = "missing"
    min_score: float | None = None
    ignore: frozenset[str] = frozenset()
    accept_reading: bool = False  # give the verdicts of a document whose reading looks broken (DX013 a warning)
    require_procedures: bool = False  # a priority procedure the plan does not name counts as 取組なし (scores, gate)

    def recorded(self) -> Settings:
        """The settings a result carries (its JSON `settings`): what a reader needs to see why it passed or failed."""
        return Settings(infer=self.infer, fail_on=self.fail_on, min_score=self.min_score, require_procedures=self.require_procedures)


@dataclass(frozen=True, slots=True)
class Narrowed:
    """The `frameworks` setting left out frameworks whose required items decide a verdict (kanmin, dx; the
    priority procedures only with --require-procedures): the settings file that set it, as the reports name
    it, the frameworks it names, and each one it leaves out as (id, title, title_en). Said as a finding
    (DX516) and in the verdict line: a plan judged without them passes a bar that does not include them."""

    file: str
    named: tuple[str, ...]
    left_out: tuple[tuple[str, str, str], ...]

    def ids(self) -> list[str]:
        """The ids of the frameworks left out, in the catalogue's order."""
        return [framework_id for framework_id, _, _ in self.left_out]


def failing_statuses(fail_on: FailOn) -> frozenset[str]:
    """The statuses of a required item that fail the bar `--fail-on` sets."""
    return frozenset({"missing": ("missing",), "partial": ("missing", "partial"), "never": ()}[fail_on])


# The results are plain dataclasses with slots: built by dxcheck itself, they need no validation,
# and a comparison of 1,741 towns holds a hundred thousand of them. pydantic reads them for the
# JSON Schema and the JSON output (as_json), through TypeAdapter. They are never changed after the
# audit, but not frozen: a frozen class with slots pickles through Python-level __getstate__ /
# __setstate__, and compare's main process unpickles every town its workers audited (3× slower).
_FORBID = ConfigDict(extra="forbid")


ReadingKind = Literal[
    "commitment", "title", "inherited", "study", "background", "limited", "negation", "past", "state", "actor", "premise", "sense"
]
# How each reading is named in a report.
READING_LABEL: dict[str, dict[str, str]] = {
    "ja": {
        "commitment": "約束",
        "title": "施策名",
        "inherited": "方針の取組",
        "study": "検討",
        "background": "背景",
        "limited": "限定",
        "negation": "否定",
        "past": "過去",
        "state": "現状",
        "actor": "他の主体",
        "premise": "前提",
        "sense": "別の意味",
    },
    "en": {
        "commitment": "commitment",
        "title": "title",
        "inherited": "carries out its policy",
        "study": "study",
        "background": "background",
        "limited": "limited",
        "negation": "negation",
        "past": "past",
        "state": "present state",
        "actor": "another actor",
        "premise": "premise",
        "sense": "another sense",
    },
}


@dataclass(slots=True, kw_only=True)
class Reading:
    """How the audit read a sentence: the class, and the words that decided it."""

    __pydantic_config__ = ConfigDict(extra="forbid")

    kind: Annotated[
        ReadingKind,
        Field(
            description="commitment 約束 / title 施策名 (covered); inherited 方針の取組: a measure that names no item carries out its "
            "policy's (the policy's title in `note`; covered, or partial when kept to a trial); study 検討 / background 背景 / limited 限定 "
            "(a trial, an occasion, one office) (partial); negation 否定, past 過去, "
            "state 現状, actor 他の主体, premise 前提, sense 別の意味 (not counted)."
        ),
    ]
    predicate: Annotated[str, Field(description="The words that decided: the predicate, the actor, or the word of another sense.")]
    carried: Annotated[str | None, Field(description="「このため」: the words are in the sentence before, taken up by this one.")] = None
    frame: Annotated[
        str | None,
        Field(description="A frame of frameworks/language/frames.yaml (「手続＋来庁不要」): the item said in other words."),
    ] = None


@dataclass(slots=True, kw_only=True)
class Evidence:
    """Why an item has its status: an explicit link, an inference with the words matched, or a declaration."""

    __pydantic_config__ = _FORBID

    kind: Annotated[
        Literal["explicit", "inferred", "exemption", "procedure", "declaration", "governance"],
        Field(description="declaration: the plan's legal_basis declares it the plan the item asks for (dx/kanmin-plan)."),
    ]
    strength: Literal["covered", "partial", "exempt", "missing"]
    measure_id: str | None = None
    measure_title: str | None = None
    policy_id: Annotated[str | None, Field(description="Evidence read from a policy (方針) rather than a measure.")] = None
    policy_title: str | None = None
    field: Literal["addresses", "title", "description", "exemptions", "procedures", "legal_basis", "governance"]
    matched: Annotated[list[str], Field(description="The author's words that were matched (inferred evidence).")] = dataclasses.field(
        default_factory=list
    )
    vocabulary: Annotated[list[str], Field(description="The vocabulary's words they matched, as the framework writes them.")] = (
        dataclasses.field(default_factory=list)
    )
    sentence: Annotated[str | None, Field(description="The author's sentence the terms were found in.")] = None
    reading: Annotated[Reading | None, Field(description="How the sentence was read (inferred evidence).")] = None
    state: Annotated[ProcedureState | None, Field(description="Procedure evidence: the state the plan declares.")] = None
    target_fiscal_year: Annotated[int | None, Field(description="Procedure evidence: the fiscal year it is planned online by.")] = None
    note: Annotated[
        str | None,
        Field(
            description="The plan's words: a link's note, an exemption's or a procedure's reason, the declaration (declaration), "
            "the title of the policy an inherited reading comes from (方針「…」の取組として)."
        ),
    ] = None
    location: Location


@dataclass(slots=True, kw_only=True)
class Actionability:
    """Whether the measures behind a covered item say how, when and by whom."""

    __pydantic_config__ = _FORBID

    kpi: Literal["target", "name-only", "none"]
    schedule: bool
    owner: bool


@dataclass(slots=True, kw_only=True)
class Reference:
    """Where a piece of advice comes from: a national document's section, a plan, a report."""

    __pydantic_config__ = _FORBID

    document: str
    issuer: str | None = None
    date: Annotated[str | None, Field(description="YYYY-MM-DD, or YYYY-MM for a document known by its month.")] = None
    section: str | None = None
    url: str | None = None
    via: Annotated[str | None, Field(description="The copy or page the document was read through, when not the document itself.")] = None


@dataclass(slots=True, kw_only=True)
class CitedLine:
    """A national target or a KPI, with its source."""

    __pydantic_config__ = _FORBID

    text: str
    fiscal_year: Annotated[int | None, Field(description="A target's fiscal year (西暦の年度); none for a KPI.")] = None
    source: Reference


@dataclass(slots=True, kw_only=True)
class Advice:
    """What a plan usually writes for an item (frameworks/guidance/): given for an item missing or partly covered."""

    __pydantic_config__ = _FORBID

    example: Annotated[
        str | None,
        Field(description="記載例: a model measure dxcheck wrote in the style of a plan (not a quotation, not a national text)."),
    ] = None
    targets: Annotated[list[CitedLine], Field(description="National targets and their fiscal year: the framework's own first.")] = (
        dataclasses.field(default_factory=list)
    )
    kpis: Annotated[list[CitedLine], Field(description="KPIs plans commonly use, each with where it is used or defined.")] = (
        dataclasses.field(default_factory=list)
    )
    references: Annotated[list[Reference], Field(description="The national document's section for the item, then documents to read.")] = (
        dataclasses.field(default_factory=list)
    )


@dataclass(slots=True, kw_only=True)
class ItemResult:
    """One framework item's verdict."""

    __pydantic_config__ = _FORBID

    id: Annotated[str, Field(description="Qualified id, as plans write it: framework/item (dx/frontyard).")]
    framework: str
    edition: Annotated[str, Field(description="The framework's edition the item is of: with id, dx@2.3/frontyard.")]
    title: str
    title_en: str
    group: str
    required: bool
    status: Status
    national_target_fiscal_year: int | None = None
    evidence: list[Evidence] = dataclasses.field(default_factory=list)
    suggestions: Annotated[list[Evidence], Field(description="Inferred links on measures that list other items: never counted.")] = (
        dataclasses.field(default_factory=list)
    )
    not_counted: Annotated[
        list[Evidence], Field(description="Sentences that name the item and were read as not committing to it, with why.")
    ] = dataclasses.field(default_factory=list)
    actionability: Actionability | None = None
    advice: Annotated[
        Advice | None, Field(description="What a plan usually writes for the item: for an item missing or partly covered.")
    ] = None


# How a framework's score counts (Score.counted): every report shows a score not counted as the audit does,
# 「—（総合に含めない）」 or 「—（記載なし）」, not as a number beside the counted ones.
Counted = Literal["counted", "not-in-overall", "not-named"]


@dataclass(slots=True, kw_only=True)
class Score:
    """A framework's (or the plan's) score and the counts behind it."""

    __pydantic_config__ = _FORBID

    covered: int
    partial: int
    missing: int
    exempt: int
    required: int
    score: Annotated[
        float | None,
        Field(
            description="100 × (covered + 0.5 × partial) / (required − exempt − unstated), rounded to 0.1; null when nothing is "
            "left to score (every required item exempt: 0 of 0 is no score); 0 when every item is unstated (in_overall false)."
        ),
    ]
    unstated: Annotated[
        int,
        Field(
            description="Priority procedures the plan does not name (記載なし, among `missing`): left out of the score unless "
            "--require-procedures (require_procedures), which counts them as 取組なし."
        ),
    ] = 0
    in_overall: Annotated[
        bool,
        Field(
            description="Whether the score is part of overall_score: false for the priority procedures unless "
            "--require-procedures (require_procedures; scored over the procedures named, they would reward naming "
            "fewer), and when the plan names none of the framework's items."
        ),
    ] = True

    def named_none(self) -> bool:
        """Whether the plan names none of the framework's items (記載なし): no score to show at all."""
        return self.unstated > 0 and self.required - self.exempt - self.unstated <= 0

    def counted(self) -> Counted:
        """How the score counts: part of the overall score; not (the priority procedures without
        --require-procedures); or not, because the plan names none of the framework's items (記載なし)."""
        if self.in_overall:
            return "counted"
        return "not-named" if self.named_none() else "not-in-overall"

    def exact(self) -> float | None:
        """The score before rounding (what `--min-score` is compared with); None when there is none."""
        denominator = self.required - self.exempt - self.unstated
        return None if denominator <= 0 else 100 * (self.covered + 0.5 * self.partial) / denominator


def overall_exact(frameworks: list[FrameworkResult]) -> float | None:
    """The plan's score before rounding: the mean of its frameworks' scores. None when a framework has
    no score (0 of 0), or there is no framework: no score is not a score of 100."""
    scores = [f.score.exact() for f in frameworks if f.score.in_overall]  # 記載なし frameworks are left out
    if not scores or any(s is None for s in scores):
        return None
    return sum(s for s in scores if s is not None) / len(scores)


def overall_shown(frameworks: list[FrameworkResult]) -> float | None:
    """The plan's score as reports show it: the mean of its frameworks' scores as shown, rounded (a reader can check
    it from the table); None when there is none. `--min-score` compares `overall_exact`, and says this one."""
    if overall_exact(frameworks) is None:
        return None
    counted = [f.score.score for f in frameworks if f.score.in_overall]
    return round(sum(c or 0.0 for c in counted) / len(counted), 1)


SelectedBy = Literal["option", "config", "declared", "adopted", "period", "before-first", "items", "latest", "only", "against"]


@dataclass(slots=True, kw_only=True)
class EditionSelection:
    """Why the plan is audited with this edition of the framework."""

    __pydantic_config__ = _FORBID

    by: Annotated[
        SelectedBy,
        Field(
            description="option (--edition), config (the configuration file), declared (the plan's frameworks:), adopted (in force on "
            "plan.adopted), period (in force at the start of the plan period), before-first (the plan is dated before the first edition), "
            "items (the plan has no date, and its text names every item of this edition's main group: `reference` says how many), "
            "latest (the plan has no date), only (the one edition), against (--against: the plan was written for `reference`)."
        ),
    ]
    reference: Annotated[
        str | None, Field(description="The date or fiscal year the edition was chosen by; the configuration file; the plan's own edition.")
    ] = None


@dataclass(slots=True, kw_only=True)
class ItemGroup:
    """A group of a framework's items (重点取組事項, 5本柱…), as the reports name it."""

    __pydantic_config__ = _FORBID
    id: str
    title: str
    title_en: str
    required: bool


@dataclass(slots=True, kw_only=True)
class FrameworkResult:
    __pydantic_config__ = _FORBID
    id: str
    title: str
    title_en: str
    edition: str
    edition_date: Annotated[str, Field(description="The edition's date (YYYY-MM-DD).")]
    selection: EditionSelection | None = None
    user_file: Annotated[
        str | None,
        Field(
            description="The framework file a user added this edition from (--frameworks-dir, framework-paths), as the user would name "
            "it; null for an edition that ships with dxcheck."
        ),
    ] = None
    replaces_shipped: Annotated[
        bool, Field(description="True when the user's file replaces the edition dxcheck ships under the same id and edition.")
    ] = False
    items: list[ItemResult]
    score: Score
    groups: Annotated[list[ItemGroup], Field(description="The framework's groups of items, in its order.")] = dataclasses.field(
        default_factory=list
    )


RevisionChange = Literal["same", "renamed", "broadened", "new", "dropped", "unknown"]


@dataclass(slots=True, kw_only=True)
class RevisionItem:
    """One line of the 改定 checklist: an item of the old edition, of the new one, or both."""

    __pydantic_config__ = _FORBID

    old: Annotated[str | None, Field(description="The item in the plan's own edition (framework@edition/item), if any.")] = None
    new: Annotated[str | None, Field(description="The item in the newer edition (framework@edition/item), if any.")] = None
    change: Annotated[
        RevisionChange,
        Field(description="same, renamed, broadened (continued); new (only in the newer edition); dropped; unknown (fate not encoded)."),
    ]
    title: str
    title_en: str
    status: Annotated[Status | None, Field(description="The newer item's status in this audit (none for dropped or unknown items).")] = None
    addressed: Annotated[bool, Field(description="Whether the plan takes the old item up (explicitly).")] = False
    note: str | None = None


@dataclass(slots=True, kw_only=True)
class Revision:
    """`--against`: the plan, written for `old`, audited with `new`; what its revision must add."""

    __pydantic_config__ = _FORBID

    framework: str
    old: str
    new: str
    items: list[RevisionItem]


@dataclass(slots=True, kw_only=True)
class ProcedureResult:
    __pydantic_config__ = _FORBID
    id: str
    title: str
    group: str
    state: ProcedureState
    target_fiscal_year: int | None = None
    reason: str | None = None
    declared_as: Annotated[str | None, Field(description="The key the plan used: the procedure itself or its group (p20).")] = None


@dataclass(slots=True, kw_only=True)
class ProcedureGroupSummary:
    __pydantic_config__ = _FORBID
    group: str
    title: str
    title_en: str
    total: int
    online: int
    planned: int
    not_planned: int
    not_applicable: int
    not_mentioned: int


@dataclass(slots=True, kw_only=True)
class Procedures:
    __pydantic_config__ = _FORBID
    groups: list[ProcedureGroupSummary]
    items: list[ProcedureResult]


@dataclass(slots=True, kw_only=True)
class PlanSummary:
    __pydantic_config__ = _FORBID
    municipality: str
    prefecture: str
    code: str | None
    title: str
    period_start: int | None
    period_end: int | None
    stage: Annotated[Literal["draft", "proposal", "adopted"] | None, Field(description="原案, 案, or adopted, as the plan says.")] = None
    adopted: Annotated[str | None, Field(description="The date the plan was adopted (or drafted): 2022, 2022-03 or 2022-03-31.")] = None


# The settings an audit was made with, as its result records them (AuditOptions.recorded): part of
# the JSON documents. (A comment, not a docstring: pydantic would put a docstring into the schemas.)
@dataclass(slots=True, kw_only=True)
class Settings:
    __pydantic_config__ = _FORBID
    infer: bool
    fail_on: FailOn
    min_score: float | None
    require_procedures: Annotated[
        bool, Field(description="--require-procedures: a priority procedure the plan does not name fails the bar and scores 0.")
    ] = False


# The bar a verdict is judged by: the part of the settings that decides it.
@dataclass(slots=True, kw_only=True)
class Bar:
    __pydantic_config__ = _FORBID

    fail_on: Annotated[FailOn, Field(description="--fail-on: the statuses of a required item that fail (missing; partial too; never).")]
    min_score: Annotated[float | None, Field(description="--min-score: the overall score to reach, if any.")]
    require_procedures: Annotated[bool, Field(description="--require-procedures: a priority procedure the plan does not name fails.")]


Gate = Literal["missing", "partial", "procedures", "unstated-procedures", "min-score", "errors"]


# Why an audit fails its bar, one part of the bar a piece (a comment: a docstring would go into the schemas).
@dataclass(slots=True, kw_only=True)
class GateReason:
    __pydantic_config__ = _FORBID

    gate: Annotated[
        Gate,
        Field(
            description="The part of the bar not met: missing (a required item missing, --fail-on missing or partial), partial "
            "(a required item only partly taken up, --fail-on partial), procedures (a priority procedure the plan declares not planned, "
            "or planned with no year under --fail-on partial), unstated-procedures (a priority procedure the plan does not name, "
            "--require-procedures), min-score (--min-score), errors (errors in the plan file)."
        ),
    ]
    codes: Annotated[list[str], Field(description="The codes of the findings that report it (DX501, DX531 …), each once.")]
    items: Annotated[list[str], Field(description="The items behind it, qualified as plans write them (dx/telework, procedures/p01).")] = (
        dataclasses.field(default_factory=list)
    )
    count: Annotated[int, Field(description="How many items, or errors.")] = 0
    score: Annotated[float | None, Field(description="min-score: the overall score.")] = None
    minimum: Annotated[float | None, Field(description="min-score: the bar it is below.")] = None
    message_ja: str
    message_en: str


# The verdict and why: what `passed` means for this audit, in data (docs/audit.md, 判定の理由).
@dataclass(slots=True, kw_only=True)
class Verdict:
    __pydantic_config__ = _FORBID

    passed: bool
    bar: Annotated[Bar, Field(description="The bar the audit was held to.")]
    reasons: Annotated[list[GateReason], Field(description="Why it fails, one part of the bar a piece; empty when it passes.")]
    unstated_procedures: Annotated[
        list[str],
        Field(
            description="Priority procedures the plan does not name (記載なし): said and counted, and failing only with "
            "--require-procedures."
        ),
    ] = dataclasses.field(default_factory=list)
    message_ja: Annotated[str, Field(description="The verdict as the reports say it: 「不合格: 必須項目が 2 件ありません（…）」.")]
    message_en: str


Confidence = Literal["high", "medium", "low"]
DoubtCode = Literal["few-measures", "titles-not-measures", "commitments-outside", "measures-left-out", "whole-comprehensive-plan"]


@dataclass(slots=True, kw_only=True)
class ReadingDoubt:
    """A sign that the reading of a document failed: its verdicts cannot be trusted."""

    __pydantic_config__ = _FORBID

    code: DoubtCode
    ja: str
    en: str


CautionCode = Literal["heading-in-text", "levels-not-seen", "some-commitments-outside", "no-plan-named"]


@dataclass(slots=True, kw_only=True)
class ReadingCaution:
    """A sign that part of the reading of a document may be wrong: confidence medium, the verdicts given."""

    __pydantic_config__ = _FORBID

    code: CautionCode
    ja: str
    en: str


@dataclass(slots=True, kw_only=True)
class ExcludedSection:
    """A section of the document left out of the measures, and why."""

    __pydantic_config__ = _FORBID

    reason: Annotated[str, Field(description="Why, as the report says it: 背景, 目次, 現状と課題, 体系図 …")]
    title: str
    where: Annotated[str, Field(description="「p.3」, 「行 40」 or 「段落 12」.")]


@dataclass(slots=True, kw_only=True)
class UnplacedSentence:
    """A committing sentence of the plan's own sections that stands in no measure; `items`: the national
    items the audit reads in it (it is not counted as coverage)."""

    __pydantic_config__ = _FORBID

    text: str
    where: str
    page: int | None = None
    line: int | None = None
    items: list[str] = dataclasses.field(default_factory=list)
    matched: list[str] = dataclasses.field(default_factory=list)


@dataclass(slots=True, kw_only=True)
class DocumentSummary:
    """The plan was read from a document (dxcheck import): what kind, how, what was read and left out,
    how sure the reading is, and what the reader was unsure of."""

    __pydantic_config__ = _FORBID

    kind: Literal["docx", "pdf", "text"]
    extractor: str | None = None
    notes: list[str] = dataclasses.field(default_factory=list)
    pages: Annotated[int | None, Field(description="Pages of a PDF (or a Word file with page breaks).")] = None
    policies: int = 0
    measures: int = 0
    table_measures: Annotated[int, Field(description="Measures read from rows of tables of measures.")] = 0
    excluded: list[ExcludedSection] = dataclasses.field(default_factory=list)
    unplaced: list[UnplacedSentence] = dataclasses.field(default_factory=list)
    confidence: Annotated[
        Confidence, Field(description="How sure the reading is: low when a doubt was found, medium when a caution was.")
    ] = "high"
    doubts: list[ReadingDoubt] = dataclasses.field(default_factory=list)
    cautions: Annotated[
        list[ReadingCaution],
        Field(description="Signs that part of the reading may be wrong (a heading read as text, levels not seen): the verdicts are given."),
    ] = dataclasses.field(default_factory=list)
    accepted: Annotated[bool, Field(description="--accept-reading: the verdicts of a doubtful reading were asked for.")] = False


@dataclass(slots=True, kw_only=True)
class AuditResult:
    """The whole audit of one plan: the contract every output format is made from."""

    __pydantic_config__ = ConfigDict(extra="forbid", title="dxcheck audit")

    file: str
    plan: PlanSummary
    frameworks: list[FrameworkResult]
    procedures: Procedures
    findings: list[FindingOut]
    overall_score: Annotated[
        float | None,
        Field(
            description="The mean of the frameworks' scores as shown, rounded to 0.1; null when a framework has no score (every "
            "required item exempt). `--min-score` compares the mean of the scores before any rounding."
        ),
    ]
    passed: bool
    settings: Settings
    verdict: Annotated[Verdict, Field(description="Why `passed` is what it is: the bar, and the reasons it is not met.")]
    document: Annotated[DocumentSummary | None, Field(description="Set when the plan was read from a Word, PDF or text document.")] = None
    revision: Annotated[Revision | None, Field(description="--against: the 改定 checklist.")] = None

    def file_errors(self) -> list[FindingOut]:
        """The plan file's own errors (lint's), not the findings that are errors because their item fails the bar."""
        codes = {c for r in self.verdict.reasons if r.gate == "errors" for c in r.codes}
        return [f for f in self.findings if f.severity == "error" and f.code in codes]

    def reading_unsure(self) -> bool:
        """Read from a document whose reading is not sure: confidence medium (a caution), or low and accepted."""
        return self.document is not None and self.document.confidence != "high"


@dataclass(slots=True, kw_only=True)
class NotAudited:
    """A plan named that could not be audited: the findings that say why."""

    __pydantic_config__ = _FORBID

    file: str
    findings: list[FindingOut]


@dataclass(slots=True, kw_only=True)
class AuditSet:
    """Several audits in one document (`dxcheck audit A B --format json`, `dxcheck compare`)."""

    __pydantic_config__ = ConfigDict(extra="forbid", title="dxcheck audits")

    audits: list[AuditResult]
    not_compared: Annotated[
        list[NotAudited],
        Field(
            description="The plans named that could not be audited, in the order named (left out when there are none): "
            "`audits` is then not every plan, and the exit code is 1. Added 2026-12-07 within version 4."
        ),
    ] = dataclasses.field(default_factory=list)


@dataclass(slots=True, kw_only=True)
class Unauditable:
    """A plan that could not be audited: the findings that say why, and whether it could not be read at all."""

    file: str
    findings: list[Finding]
    could_not_run: bool


@dataclass(slots=True, kw_only=True)
class Audits:
    """What `audit` and `compare` give the reporters: the audits made, in the order to show them."""

    audits: list[AuditResult]
    command: Literal["audit", "compare"] = "audit"
    unauditable: list[Unauditable] = dataclasses.field(default_factory=list)
    # compare to the terminal or to JSON: each town as its worker made it of its audit (a row of the
    # matrix, a record of the document: dxcheck.model.town.Shaped), not the audit
    towns: Sequence[Shaped] = dataclasses.field(default_factory=list)


# --- lint ---------------------------------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class LintFile:
    """One plan file's lint result."""

    __pydantic_config__ = _FORBID

    file: str
    status: Literal["ok", "error", "unreadable"]
    findings: list[FindingOut]


@dataclass(slots=True, kw_only=True)
class LintSummary:
    __pydantic_config__ = _FORBID

    files: int
    errors: int
    warnings: int
    info: int
    unreadable: int


@dataclass(slots=True, kw_only=True)
class LintRun:
    """`dxcheck lint`: every file with its findings, and the counts."""

    __pydantic_config__ = ConfigDict(extra="forbid", title="dxcheck lint")

    files: list[LintFile]
    summary: LintSummary
