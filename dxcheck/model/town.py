"""A town of a comparison as the terminal matrix shows it: a row, not the whole audit.

`compare` to the terminal shows, for each town, its name, the status of each item, each framework's
score, the overall score and the procedures done. The worker that audits a plan turns its result
into a `TownRow` (`town_row`) and sends that: a few hundred bytes where the result was tens of
kilobytes, and compare's own process never holds a town's audit (issue 25, row 14: 20,000 plans held
2.4 GB there). What every town audited with the same framework edition shares — the items' ids,
titles and whether they are required — is one `Shape`, sent by each worker once (see
dxcheck.audit.workers) and kept once by compare's process; a town's statuses are then one letter an
item.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any, Protocol

from dxcheck.model.results import AuditResult, Status


class Shaped(Protocol):
    """A town as a comparison keeps it instead of its audit (a TownRow; a record of the JSON contract,
    dxcheck.report.compare_json; a town of the workbook, its sheet made, dxcheck.report.xlsx_report),
    made in the worker that audited it. What towns share (an edition's
    items) is sent once: `unshare` leaves out the parts a worker has sent before (their keys in `sent`),
    `reshare` puts them back from `kept` in compare's process, where each is then kept once."""

    @property
    def file(self) -> str: ...
    @property
    def plan(self) -> TownName: ...
    @property
    def overall_score(self) -> float | None: ...

    def unshare(self, sent: set[Hashable]) -> None: ...

    def reshare(self, kept: dict[Hashable, Any]) -> None: ...

    def pack(self) -> tuple[Any, ...]:
        """The town as plain values, without what it shares with other towns (dxcheck.files.spill keeps
        towns so past a country's worth; `reshare` then puts the shared parts back)."""
        ...


_LETTER: dict[str, str] = {"covered": "c", "partial": "p", "missing": "m", "exempt": "e"}
_STATUS: dict[str, Status] = {"c": "covered", "p": "partial", "m": "missing", "e": "exempt"}


@dataclass(frozen=True, slots=True)
class ItemShape:
    """An item as a column of the matrix names it."""

    id: str
    title: str
    title_en: str
    required: bool


@dataclass(frozen=True, slots=True)
class Shape:
    """What every town audited with one framework edition shares: the edition and its items, in order."""

    id: str
    edition: str
    edition_date: str
    items: tuple[ItemShape, ...]
    user_file: str | None = None
    replaces_shipped: bool = False

    @property
    def key(self) -> tuple[str, str, str | None]:
        return (self.id, self.edition, self.user_file)


@dataclass(slots=True)
class TownFramework:
    """A town's verdicts on one framework: its statuses (a letter an item, in the shape's order) and score.
    `shape` is None between a worker and compare's process when the worker sent that shape before."""

    shape: Shape | None
    key: tuple[str, str, str | None]
    statuses: str
    in_overall: bool
    score: float | None
    selected_by: str | None  # how the edition was chosen (EditionSelection.by), if it was chosen among several

    @property
    def id(self) -> str:
        return self.key[0]

    @property
    def edition(self) -> str:
        return self.key[1]

    @property
    def user_file(self) -> str | None:
        return self.key[2]

    @property
    def known(self) -> Shape:
        assert self.shape is not None, "a town's framework is read after its shape was restored"
        return self.shape

    @property
    def edition_date(self) -> str:
        return self.known.edition_date

    @property
    def items(self) -> tuple[ItemShape, ...]:
        return self.known.items

    @property
    def replaces_shipped(self) -> bool:
        return self.known.replaces_shipped

    def status_of(self) -> dict[str, Status]:
        return {item.id: _STATUS[letter] for item, letter in zip(self.known.items, self.statuses, strict=True)}


@dataclass(frozen=True, slots=True)
class TownName:
    """What a comparison names and sorts a town by (the fields of PlanSummary it uses)."""

    municipality: str
    prefecture: str
    code: str | None


@dataclass(slots=True)
class TownRow:
    """A town of the terminal matrix (see the module's docstring)."""

    file: str
    plan: TownName
    overall_score: float | None
    errors: bool  # the plan file has errors of its own (AuditResult.file_errors)
    frameworks: list[TownFramework]
    online: int
    planned: int
    unsure: bool = False  # read from a document whose reading is not sure (AuditResult.reading_unsure)

    def file_errors(self) -> bool:
        return self.errors

    def reading_unsure(self) -> bool:
        return self.unsure

    def unshare(self, sent: set[Hashable]) -> None:
        for framework in self.frameworks:
            if framework.key in sent:
                framework.shape = None
            else:
                sent.add(framework.key)

    def reshare(self, kept: dict[Hashable, Any]) -> None:
        for framework in self.frameworks:
            # one shape and one key tuple an edition, whichever worker sent them
            framework.shape, framework.key = kept.setdefault(framework.key, (framework.shape, framework.key))

    def pack(self) -> tuple[Any, ...]:
        plan = self.plan
        frameworks = [(f.key, f.statuses, f.in_overall, f.score, f.selected_by) for f in self.frameworks]
        return (
            self.file,
            plan.municipality,
            plan.prefecture,
            plan.code,
            self.overall_score,
            self.errors,
            frameworks,
            self.online,
            self.planned,
            self.unsure,
        )

    @classmethod
    def unpack(cls, packed: tuple[Any, ...]) -> TownRow:
        file, municipality, prefecture, code, overall_score, errors, frameworks, online, planned, unsure = packed
        return cls(
            file,
            TownName(municipality, prefecture, code),
            overall_score,
            errors,
            [TownFramework(None, key, statuses, in_overall, score, by) for key, statuses, in_overall, score, by in frameworks],
            online,
            planned,
            unsure,
        )


def town_row(result: AuditResult, shapes: dict[tuple[str, str, str | None], Shape] | None = None) -> TownRow:
    """A town's audit as a row of the matrix; `shapes`: the shapes made so far, reused (one per edition)."""
    frameworks = []
    for framework in result.frameworks:
        key = (framework.id, framework.edition, framework.user_file)
        shape = shapes.get(key) if shapes is not None else None
        if shape is None:
            shape = Shape(
                framework.id,
                framework.edition,
                framework.edition_date,
                tuple(ItemShape(i.id, i.title, i.title_en, i.required) for i in framework.items),
                framework.user_file,
                framework.replaces_shipped,
            )
            if shapes is not None:
                shapes[key] = shape
        frameworks.append(
            TownFramework(
                shape,
                key,
                "".join(_LETTER[i.status] for i in framework.items),
                framework.score.in_overall,
                framework.score.score,
                framework.selection.by if framework.selection is not None else None,
            )
        )
    groups = result.procedures.groups
    plan = result.plan
    return TownRow(
        file=result.file,
        plan=TownName(plan.municipality, plan.prefecture, plan.code),
        overall_score=result.overall_score,
        errors=bool(result.file_errors()),
        frameworks=frameworks,
        online=sum(g.online for g in groups),
        planned=sum(g.planned for g in groups),
        unsure=result.reading_unsure(),
    )
