"""The comparison of two audited versions of one plan (`dxcheck diff`): plain data, read by every diff reporter.

Made by dxcheck.diff.changes, nothing here computes. The JSON document `dxcheck-diff` is `PlanDiff` with the
common head (format, version, tool) and the report's language added (dxcheck.report.diff_json);
schemas/diff.schema.json is generated from these classes (dxcheck.schemas).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Annotated, Literal

from pydantic import ConfigDict, Field

from dxcheck.model.results import Counted, PlanSummary, ProcedureState, Status

# The version of the `dxcheck-diff` document, apart from the audit's: a diff embeds no audit.
DIFF_FORMAT_VERSION = 1

_FORBID = ConfigDict(extra="forbid")

ItemChangeKind = Literal["loss", "gain", "worse", "better", "exempted", "unexempted"]
PartChangeKind = Literal["added", "removed", "renamed", "changed"]
Strength = Literal["covered", "partial"]
KpiValueType = float | int | str | None


@dataclass(slots=True, kw_only=True)
class DiffSide:
    """One version of the plan: where it was read from, whose it is, and how it scored."""

    __pydantic_config__ = _FORBID

    file: str
    revision: Annotated[str | None, Field(description="The git revision the file was read at (--rev); null: the file on disk.")] = None
    plan: PlanSummary
    overall_score: Annotated[float | None, Field(description="null: no score (every required item of a framework exempt).")]
    passed: bool


@dataclass(slots=True, kw_only=True)
class GovernanceChange:
    """A field of the plan's 推進体制 (plan.governance) that an item's verdict rests on, stated in one version and
    not the other, or reworded: 「cycle」 removed takes dx/planning from ● to ○ as surely as a measure removed."""

    __pydantic_config__ = _FORBID

    field: Annotated[str, Field(description="The field of plan.governance: cio, body, adviser, cycle, training, partnership.")]
    change: Annotated[
        Literal["added", "removed", "changed"],
        Field(description="added / removed: stated in the new version only / in the earlier one only; changed: reworded."),
    ]
    line: Annotated[
        int | None,
        Field(
            description="Its line: in the new version's file, or in the earlier version's when removed (null: read from a "
            "document, which keeps no lines)."
        ),
    ] = None


@dataclass(slots=True, kw_only=True)
class EvidenceChange:
    """A measure (or policy, or field of the plan's 推進体制) whose evidence for an item changed: from `before` to `after` (null: none)."""

    __pydantic_config__ = _FORBID

    source: Annotated[
        str,
        Field(
            description="The measure's id, or 「方針 2」 for a policy; the new plan's id when it exists there; "
            "`governance.cycle` for a field of the plan's 推進体制."
        ),
    ]
    title: Annotated[str, Field(description="The measure's or policy's title; for a field of the 推進体制, the plan's words for it.")]
    policy: bool = False
    before: Strength | None
    after: Strength | None
    governance: Annotated[
        GovernanceChange | None,
        Field(
            description="The evidence is a field of the plan's 推進体制 (plan.governance) the item asks for, added, removed or "
            "reworded; `title` is then the plan's words (the earlier version's when removed). Left out for a measure or policy."
        ),
    ] = None


@dataclass(slots=True, kw_only=True)
class ItemChange:
    """A framework item whose status changed."""

    __pydantic_config__ = _FORBID

    id: str
    framework: str
    title: str
    title_en: str
    group: str
    required: bool
    before: Status
    after: Status
    change: Annotated[
        ItemChangeKind,
        Field(
            description="loss / gain: a required item worse / better (covered > partial > missing; covered or partial → exempt is "
            "worse: an exemption replacing a measure; an item the shipped edition requires that a user's replacement made "
            "optional counts as required); worse / better: an item not required; "
            "exempted / unexempted: to or from an exemption the plan declares."
        ),
    ]
    evidence: Annotated[list[EvidenceChange], Field(description="The measures and policies that gave or lost the evidence.")] = (
        dataclasses.field(default_factory=list)
    )


@dataclass(slots=True, kw_only=True)
class ScoreChange:
    __pydantic_config__ = _FORBID

    framework: Annotated[str, Field(description="A framework's id, or `overall`.")]
    title: str
    title_en: str
    before: Annotated[float | None, Field(description="null: no score (every required item exempt, 0 of 0).")]
    after: Annotated[float | None, Field(description="null: no score (every required item exempt, 0 of 0).")]
    before_counted: Annotated[
        Counted,
        Field(
            description="How the score before counts, as the audit's `in_overall` says: counted (in the overall score), "
            "not-in-overall (the priority procedures without --require-procedures: a score over the procedures the plan names), "
            "not-named (the plan names none of the framework's items). The reports show a score not counted as the audit does, "
            "「—（総合に含めない）」, not as its number."
        ),
    ] = "counted"
    after_counted: Annotated[Counted, Field(description="How the score after counts (as before_counted).")] = "counted"


@dataclass(slots=True, kw_only=True)
class FieldChange:
    """A value of the plan's head that changed (title, stage, adopted, period.start, period.end…, governance.cycle…)."""

    __pydantic_config__ = _FORBID

    field: Annotated[
        str,
        Field(
            description="municipality, code, title, stage, adopted, period.start, period.end, or a field of the plan's 推進体制: "
            "governance.cio, governance.body, governance.adviser, governance.secretariat, governance.cycle, governance.training, "
            "governance.partnership, governance.note."
        ),
    ]
    before: str | None
    after: str | None


@dataclass(slots=True, kw_only=True)
class PartRef:
    """A measure or policy as one version of the plan has it."""

    __pydantic_config__ = _FORBID

    id: str
    title: str
    policy_id: Annotated[str | None, Field(description="The policy a measure belongs to (null for a policy itself).")] = None
    line: Annotated[int | None, Field(description="Its line in that version's file (the page of a document is not kept).")] = None


@dataclass(slots=True, kw_only=True)
class TextChange:
    """A description's sentences that went (removed) and came (added)."""

    __pydantic_config__ = _FORBID

    removed: list[str]
    added: list[str]


@dataclass(slots=True, kw_only=True)
class KpiValue:
    __pydantic_config__ = _FORBID

    name: str
    target: KpiValueType = None
    unit: str | None = None
    target_year: int | None = None
    baseline: KpiValueType = None
    baseline_year: int | None = None


@dataclass(slots=True, kw_only=True)
class KpiChange:
    __pydantic_config__ = _FORBID

    change: Literal["added", "removed", "changed"]
    before: KpiValue | None
    after: KpiValue | None
    fields: Annotated[
        list[str], Field(description="What changed of a KPI kept: name, target, unit, target_year, baseline, baseline_year.")
    ] = dataclasses.field(default_factory=list)


@dataclass(slots=True, kw_only=True)
class Period:
    __pydantic_config__ = _FORBID

    start: int | None
    end: int | None


@dataclass(slots=True, kw_only=True)
class PeriodChange:
    __pydantic_config__ = _FORBID

    before: Period | None
    after: Period | None


@dataclass(slots=True, kw_only=True)
class ValueChange:
    __pydantic_config__ = _FORBID

    before: str | None
    after: str | None


@dataclass(slots=True, kw_only=True)
class LinksChange:
    """The items a measure declares (addresses) that were added or removed."""

    __pydantic_config__ = _FORBID

    added: list[str]
    removed: list[str]


@dataclass(slots=True, kw_only=True)
class PartChange:
    """A measure or policy added, removed, renamed (its title changed) or changed (anything else)."""

    __pydantic_config__ = _FORBID

    change: PartChangeKind
    matched_by: Annotated[
        Literal["id", "title"] | None,
        Field(description="How the two versions were paired: the same id, or a similar title (the id changed). Null: added or removed."),
    ] = None
    similarity: Annotated[float | None, Field(description="The titles' similarity, 0 to 1 (normalised text, difflib).")] = None
    before: PartRef | None = None
    after: PartRef | None = None
    description: TextChange | None = None
    kpis: list[KpiChange] = dataclasses.field(default_factory=list)
    schedule: PeriodChange | None = None
    owner: ValueChange | None = None
    addresses: LinksChange | None = None


@dataclass(slots=True, kw_only=True)
class ProcedureChange:
    """A priority procedure whose state or target year changed, with the audit's status of it."""

    __pydantic_config__ = _FORBID

    id: str
    title: str
    group: str
    before: ProcedureState
    after: ProcedureState
    before_year: int | None = None
    after_year: int | None = None
    status_before: Status
    status_after: Status
    loss: Annotated[bool, Field(description="The procedure's status got worse (it is a required item of the procedures framework).")]


@dataclass(slots=True, kw_only=True)
class FrameworkEdition:
    """A framework both versions were audited against, and its edition."""

    __pydantic_config__ = _FORBID

    id: str
    title: str
    title_en: str
    edition: str
    user_file: Annotated[
        str | None, Field(description="The user's framework file this edition was read from (--frameworks-dir); null: shipped.")
    ] = None
    replaces_shipped: Annotated[bool, Field(description="The user's file replaces the edition dxcheck ships.")] = False
    lowered: Annotated[
        list[str],
        Field(
            description="Items the shipped edition requires that the user's replacement makes optional: a loss of one "
            "still counts as a loss (--fail-on-loss)."
        ),
    ] = dataclasses.field(default_factory=list)


@dataclass(slots=True, kw_only=True)
class PlanDiff:
    """`dxcheck diff`: what changed between two versions of a plan, and whether coverage was lost."""

    __pydantic_config__ = ConfigDict(extra="forbid", title="dxcheck diff")

    old: DiffSide
    new: DiffSide
    unchanged: Annotated[bool, Field(description="Nothing below changed (scores follow from the rest).")]
    loss: Annotated[bool, Field(description="A required item or procedure got worse: what --fail-on-loss exits 1 on.")]
    frameworks: list[FrameworkEdition]
    items: list[ItemChange]
    scores: Annotated[list[ScoreChange], Field(description="Every framework's score and the overall score (`overall`), changed or not.")]
    plan: list[FieldChange]
    policies: list[PartChange]
    measures: list[PartChange]
    procedures: list[ProcedureChange]
    similar_titles_skipped: Annotated[
        bool,
        Field(
            description="Too many measures or policies were left unpaired by id and title (more than 300 × 300 pairs) to compare "
            "their titles by similarity: what is left is added or removed. Absent when false."
        ),
    ] = False
