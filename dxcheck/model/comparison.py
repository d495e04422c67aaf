"""The comparison document (`dxcheck-compare`, version 4): many towns' audits in a form a reader can load.

What `dxcheck compare --format json` writes by default, and `dxcheck audit A B … --format json`
(several plans). The full contract — every town's whole audit, `dxcheck-audits` — is still written
with `--full`. This document holds the same facts without repeating them:

- the catalogue once: each framework edition any town was audited with, its groups and items (ids,
  titles in both languages, required, national target); towns refer to items by id, and a town's
  `frameworks` says which edition of each applies to it;
- no nulls: a field with nothing to say is left out (so is an empty list);
- compact records: each piece of evidence names its item and its measure's id (the titles are in the
  town's `measures` once), a procedure's evidence is its state in `procedures`; evidence, findings
  and declared procedures say where as a reader looks for it — the line of a YAML plan, the page of a
  PDF, the paragraph of a Word document — without the file (the town's), the column or the JSON
  Pointer; each finding has its message in the report's language only.

The types here are the document's shape (TypedDicts: the writer, dxcheck.report.compare_json,
builds exactly these), and `dxcheck.schemas` generates schemas/compare.schema.json from them. Types
shared with the full contract (scores, groups, the reading of a document …) are its dataclasses,
written without their nulls (the schema says so: no property of this document is ever null).

May import: dxcheck.model
"""

from __future__ import annotations

from typing import Annotated, Literal, NotRequired

from pydantic import ConfigDict, Field, with_config
from typing_extensions import TypedDict  # pydantic reads typing's TypedDict only from Python 3.12

from dxcheck.model.results import (
    Actionability,
    DocumentSummary,
    EditionSelection,
    FailOn,
    Gate,
    ItemGroup,
    ProcedureState,
    ReadingKind,
    Revision,
    Score,
    Status,
)

COMPARE_FORMAT = "dxcheck-compare"

_FORBID = ConfigDict(extra="forbid")


@with_config(_FORBID)
class CatalogueItem(TypedDict):
    """An item of a framework edition, as every town audited with that edition shares it."""

    id: Annotated[str, Field(description="Qualified id, as plans write it (dx/frontyard); with the framework's edition, dx@2.3/frontyard.")]
    title: str
    title_en: str
    group: str
    required: bool
    national_target_fiscal_year: NotRequired[
        Annotated[
            int, Field(description="The national target's fiscal year, where there is one (a town may differ: Town.national_targets).")
        ]
    ]


@with_config(_FORBID)
class CatalogueFramework(TypedDict):
    """One edition of a framework (or list) that at least one town was audited with."""

    id: str
    edition: str
    title: str
    title_en: str
    edition_date: Annotated[str, Field(description="The edition's date (YYYY-MM-DD).")]
    groups: list[ItemGroup]
    items: list[CatalogueItem]


@with_config(_FORBID)
class Catalogue(TypedDict):
    frameworks: Annotated[
        list[CatalogueFramework], Field(description="Each framework edition once, in the order the towns first use them.")
    ]


@with_config(_FORBID)
class CompareSettings(TypedDict):
    """The settings every town was audited with, and the report's language."""

    infer: bool
    fail_on: FailOn
    min_score: NotRequired[float]
    lang: Literal["ja", "en"]


@with_config(_FORBID)
class TownFramework(TypedDict):
    """A framework as one town was audited with it: the edition, why that edition, the score."""

    edition: Annotated[str, Field(description="The edition (with the framework's id, the key of the catalogue: dx@2.3).")]
    selection: NotRequired[EditionSelection]
    score: Score


@with_config(_FORBID)
class CompactReading(TypedDict):
    kind: ReadingKind
    predicate: str
    carried: NotRequired[str]


@with_config(_FORBID)
class EvidenceRecord(TypedDict):
    """A piece of evidence (or a suggestion, or a sentence not counted): the full contract's Evidence with
    its item, without nulls and empty lists; the measure's or policy's title is in the town's `measures`
    or `policies`; where is the line, page or paragraph (columns and JSON Pointers: --full)."""

    item: Annotated[str, Field(description="The item it is evidence for (qualified id).")]
    kind: Annotated[
        Literal["explicit", "inferred", "exemption", "declaration", "governance"],
        Field(description="A procedure's evidence is its entry in the town's procedures and procedure_details."),
    ]
    strength: Literal["covered", "partial", "exempt", "missing"]
    measure_id: NotRequired[Annotated[str, Field(description="The measure (its title: Town.measures).")]]
    policy_id: NotRequired[Annotated[str, Field(description="Evidence read from a policy (方針; its title: Town.policies).")]]
    field: Literal["addresses", "title", "description", "exemptions", "legal_basis", "governance"]
    matched: NotRequired[Annotated[list[str], Field(description="The author's words that were matched (inferred evidence).")]]
    vocabulary: NotRequired[Annotated[list[str], Field(description="The vocabulary's words they matched, as the framework writes them.")]]
    sentence: NotRequired[Annotated[str, Field(description="The author's sentence the terms were found in.")]]
    reading: NotRequired[CompactReading]
    note: NotRequired[
        Annotated[str, Field(description="The plan's words: a link's note, an exemption's reason, the declaration, the 推進体制 entry.")]
    ]
    line: NotRequired[Annotated[int, Field(description="The line in a YAML plan or a text.")]]
    page: NotRequired[Annotated[int, Field(description="The page of the PDF or Word document the plan was read from.")]]
    paragraph: NotRequired[Annotated[int, Field(description="The paragraph of a Word document without pages.")]]


@with_config(_FORBID)
class FindingRecord(TypedDict):
    """A finding: code, severity, the message and suggestion in the report's language, where (line, page or paragraph)."""

    code: str
    severity: Literal["error", "warning", "info"]
    message: Annotated[str, Field(description="In the report's language (--lang); the full contract has both.")]
    suggestion: NotRequired[str]
    file: NotRequired[Annotated[str, Field(description="Only when it is not the town's own file.")]]
    line: NotRequired[int]
    page: NotRequired[int]
    paragraph: NotRequired[int]


@with_config(_FORBID)
class ProcedureDetail(TypedDict):
    target_fiscal_year: NotRequired[Annotated[int, Field(description="The fiscal year the plan says it will be online by.")]]
    reason: NotRequired[Annotated[str, Field(description="The plan's reason (not planned, not applicable).")]]
    declared_as: NotRequired[Annotated[str, Field(description="The key the plan used, when it is the group (p20), not the procedure.")]]
    line: NotRequired[Annotated[int, Field(description="Where the plan declares it (a YAML plan, a text).")]]
    page: NotRequired[int]
    paragraph: NotRequired[int]


@with_config(_FORBID)
class ProcedureCounts(TypedDict):
    online: int
    planned: int
    not_planned: int
    not_applicable: int
    not_mentioned: int


@with_config(_FORBID)
class TownReason(TypedDict):
    """One part of the bar the town does not meet (the full contract's GateReason, without its nulls and
    with its message in the report's language)."""

    gate: Gate
    codes: Annotated[list[str], Field(description="The codes of the findings that report it (DX501, DX531 …).")]
    items: NotRequired[Annotated[list[str], Field(description="The items behind it (dx/telework, procedures/p01).")]]
    count: Annotated[int, Field(description="How many items, or errors.")]
    score: NotRequired[Annotated[float, Field(description="min-score: the overall score.")]]
    minimum: NotRequired[Annotated[float, Field(description="min-score: the bar it is below.")]]
    message: Annotated[str, Field(description="The reason as the reports say it, in the report's language.")]


@with_config(_FORBID)
class TownVerdict(TypedDict):
    """Why `passed` is what it is, as the reports say it: the verdict and the reasons it fails."""

    message: Annotated[str, Field(description="「不合格: 必須項目が 2 件ありません（…）」, in the report's language.")]
    reasons: NotRequired[
        Annotated[list[TownReason], Field(description="Why it fails, one part of the bar a piece; absent when it passes.")]
    ]
    unstated_procedures: NotRequired[
        Annotated[
            int,
            Field(description="How many priority procedures the plan does not name (記載なし; failing only with --require-procedures)."),
        ]
    ]


@with_config(_FORBID)
class Town(TypedDict):
    """One town's audit, referring to the catalogue."""

    file: str
    municipality: str
    prefecture: str
    code: NotRequired[str]
    title: str
    period_start: NotRequired[int]
    period_end: NotRequired[int]
    stage: NotRequired[Literal["draft", "proposal", "adopted"]]
    adopted: NotRequired[str]
    overall_score: NotRequired[
        Annotated[float, Field(description="Left out when the plan has no score: every required item exempt (0 of 0 is no score, DX504).")]
    ]
    passed: bool
    verdict: Annotated[
        TownVerdict, Field(description="Why `passed` is what it is: the message and the reasons (the full contract's `verdict`).")
    ]
    frameworks: Annotated[
        dict[str, TownFramework], Field(description="By framework id: the edition the town was audited with, and its score.")
    ]
    items: Annotated[
        dict[str, Status], Field(description="Every item of the town's editions by qualified id: covered, partial, missing, exempt.")
    ]
    actionability: NotRequired[
        Annotated[
            dict[str, Actionability], Field(description="By item: whether the measures behind a covered item say how, when and by whom.")
        ]
    ]
    national_targets: NotRequired[
        Annotated[dict[str, int], Field(description="Items whose national target year differs for this town from the catalogue's.")]
    ]
    evidence: NotRequired[list[EvidenceRecord]]
    suggestions: NotRequired[
        Annotated[list[EvidenceRecord], Field(description="Inferred links on measures that list other items: never counted.")]
    ]
    not_counted: NotRequired[
        Annotated[list[EvidenceRecord], Field(description="Sentences that name an item and were read as not committing to it.")]
    ]
    measures: NotRequired[Annotated[dict[str, str], Field(description="The title of each measure the evidence names, by its id.")]]
    policies: NotRequired[Annotated[dict[str, str], Field(description="The title of each policy the evidence names, by its id.")]]
    procedures: NotRequired[Annotated[dict[str, ProcedureState], Field(description="Each priority procedure's state, by id (p01).")]]
    procedure_details: NotRequired[dict[str, ProcedureDetail]]
    procedure_counts: NotRequired[ProcedureCounts]
    findings: NotRequired[list[FindingRecord]]
    settings: NotRequired[
        Annotated[CompareSettings, Field(description="Only when this town was audited with other settings than the document's.")]
    ]
    document: NotRequired[Annotated[DocumentSummary, Field(description="The plan was read from a Word, PDF or text document.")]]
    revision: NotRequired[Annotated[Revision, Field(description="--against: the 改定 checklist.")]]


@with_config(_FORBID)
class NotCompared(TypedDict):
    """A plan named for the comparison that could not be audited: its file and the findings that say why."""

    file: str
    findings: list[FindingRecord]


@with_config(ConfigDict(extra="forbid", title="dxcheck compare"))
class Comparison(TypedDict):
    """Several towns' audits: the catalogue once, each town referring to it (the head is added by dxcheck.schemas)."""

    settings: CompareSettings
    catalogue: Catalogue
    towns: list[Town]
    not_compared: NotRequired[
        Annotated[
            list[NotCompared],
            Field(
                description="The plans named that could not be audited (a broken file, a plan that is not one), in the order "
                "named: `towns` is then not every plan, and the command's exit code is 1. Added 2026-12-07 within version 4."
            ),
        ]
    ]
