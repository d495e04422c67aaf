"""Edition choice: which edition of each framework a plan is checked and audited with, and why.

In this order: `--edition` (then the configuration file's `edition`); the plan's own declaration
(`frameworks: {dx: "2.3"}`); the edition in force on the day the plan was adopted (`plan.adopted`;
a month or a year alone means its first day); else on the first day of its period (1 April of the
start year); else, for a plan with no date, the newest edition whose main items its text names one by
one (`items`); else the newest edition. A plan dated before the first edition gets the first. A
framework with one edition has that one. The choice records why (`EditionChoice.by`), for reports.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from dxcheck.catalogue.framework import Catalogue, EditionChoice, PlanFrameworks, SelectedBy
from dxcheck.model.plan import Plan


class SelectionError(Exception):
    """The configuration names frameworks (or editions) that do not exist."""

    def __init__(self, unknown: list[str]) -> None:
        super().__init__(", ".join(unknown))
        self.unknown = unknown


def select(catalogue: Catalogue, chosen: Iterable[str] | None) -> list[str] | None:
    """The frameworks the `frameworks` setting names (None: all of them), checked."""
    if chosen is None:
        return None
    wanted = list(chosen)
    unknown = [f for f in wanted if catalogue.get(f) is None or catalogue.get(f).kind != "framework"]  # type: ignore[union-attr]
    if unknown:
        raise SelectionError(unknown)
    return wanted


def editions(catalogue: Catalogue, asked: Mapping[str, str]) -> dict[str, str]:
    """`--edition dx=2.3` (or the configuration's `edition`), checked against the catalogue."""
    unknown = [f"{f}@{e}" for f, e in asked.items() if catalogue.get(f, e) is None or catalogue.get(f, e).kind != "framework"]  # type: ignore[union-attr]
    if unknown:
        raise SelectionError(unknown)
    return dict(asked)


def first_day(date: str) -> str:
    """2022 → 2022-01-01, 2022-03 → 2022-03-01: the day a partial date certainly includes."""
    parts = date.split("-")
    return "-".join([parts[0], *(parts[1:2] or ["01"]), *(parts[2:3] or ["01"])])


def choose(catalogue: Catalogue, plan: Plan, asked: Mapping[str, str], asked_from: str = "option") -> PlanFrameworks:
    """The edition of each framework `plan` is checked and audited with, and why: `asked` are the editions
    --edition (asked_from "option") or the configuration file (its path) names."""
    choices: list[EditionChoice] = []
    unknown: list[tuple[str, str]] = []
    for framework_id in catalogue.ids:
        found = catalogue.editions(framework_id)
        if found[-1].kind != "framework":
            continue
        declared = plan.frameworks.get(framework_id)
        if declared is not None and catalogue.get(framework_id, declared) is None:
            unknown.append((framework_id, declared))
            declared = None
        if framework_id in asked:
            by: SelectedBy = "option" if asked_from == "option" else "config"
            reference = None if by == "option" else asked_from
            choices.append(EditionChoice(framework_id, asked[framework_id], by, reference))
        elif len(found) == 1:
            choices.append(EditionChoice(framework_id, found[0].edition, "only"))
        elif declared is not None:
            choices.append(EditionChoice(framework_id, declared, "declared"))
        else:
            choices.append(_by_date(catalogue, framework_id, plan))
    choices = [_with_context(catalogue, plan, c) for c in choices]
    chosen = catalogue.select({c.framework: c.edition for c in choices})
    return PlanFrameworks(chosen, tuple(choices), catalogue, tuple(unknown))


def _with_context(catalogue: Catalogue, plan: Plan, choice: EditionChoice) -> EditionChoice:
    """The choice with what the audit says about it: the newest encoded edition and its horizon (an
    edition ended before the plan: DX513), and the edition in force on the plan's date when the plan
    declares another (DX514)."""
    from dataclasses import replace

    newest = catalogue.get(choice.framework)
    assert newest is not None
    in_force = in_force_on = None
    if choice.by == "declared":
        dated = _by_date(catalogue, choice.framework, plan)
        if dated.by in ("adopted", "period") and dated.edition != choice.edition:
            declared, current = catalogue.get(choice.framework, choice.edition), catalogue.get(choice.framework, dated.edition)
            if declared is not None and current is not None and declared.date < current.date:
                in_force = dated.edition
                in_force_on = plan.plan.adopted if dated.by == "adopted" else f"{dated.reference}-04-01"
    return replace(choice, in_force=in_force, in_force_on=in_force_on, newest=newest.edition, newest_horizon=newest.horizon)


def _by_date(catalogue: Catalogue, framework_id: str, plan: Plan) -> EditionChoice:
    period = plan.plan.period
    by: SelectedBy
    if plan.plan.adopted:
        day, by, reference = first_day(plan.plan.adopted), "adopted", plan.plan.adopted
    elif period is not None and period.start is not None:
        day, by, reference = f"{period.start}-04-01", "period", str(period.start)
    else:
        named = _named(catalogue, framework_id, plan)
        if named is not None:
            return named
        newest = catalogue.get(framework_id)
        assert newest is not None
        return EditionChoice(framework_id, newest.edition, "latest")
    found = catalogue.in_force(framework_id, day)
    assert found is not None
    edition, in_force = found
    return EditionChoice(framework_id, edition.edition, by if in_force else "before-first", reference)


def _named(catalogue: Catalogue, framework_id: str, plan: Plan) -> EditionChoice | None:
    """For a plan with no date: the newest edition whose main group (its largest required group of items
    read from text, such as 第1.0版's six 重点取組事項) the plan's text names item by item — a document
    of 令和2年 that lists 1.0's six items and none of 2.3's フロントヤード or 公金収納 is read with 1.0.
    An item is named when one of its words (a plain signal) is in the text; None when no edition is."""
    import json
    import unicodedata

    editions = catalogue.editions(framework_id)
    if len(editions) < 2:
        return None
    text = unicodedata.normalize("NFKC", json.dumps(plan.model_dump(mode="json", exclude={"frameworks"}), ensure_ascii=False))
    for edition in reversed(editions):
        groups = [g for g in edition.groups if g.required]
        sizes = {g.id: sum(1 for i in edition.items if i.group == g.id and not i.governance) for g in groups}
        if not sizes or max(sizes.values()) == 0:
            continue
        main = max(sizes, key=lambda g: sizes[g])
        items = [i for i in edition.items if i.group == main and not i.governance]
        words = [[unicodedata.normalize("NFKC", w) for w in i.vocabulary.signals if isinstance(w, str)] for i in items]
        if all(any(w in text for w in item_words) for item_words in words):
            return EditionChoice(framework_id, edition.edition, "items", str(len(items)))
    return None
