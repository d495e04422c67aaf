"""What can still be checked in a plan the schema refuses.

A plan with a measure missing its title and an unknown item id in another measure has two
independent mistakes; lint should name both in one run, not the first, then the second after a fix.
`salvage` leaves out of the data what the model refuses — the list element that holds the mistake
(a policy, a measure, a KPI, an address…), or an optional key — until the rest builds into a plan,
which is then cross-checked. Every finding on that plan is given back its path in the file; a finding
on a part that was left out, or on one that holds it, is dropped (the schema's finding says it).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError as ModelError

from dxcheck.model.findings import JsonPath
from dxcheck.model.plan import Plan
from dxcheck.plan.validate import data_path

_ROUNDS = 8  # each round leaves out what the previous one showed; a plan is salvaged or not in a few


@dataclass
class Salvaged:
    """The plan built from what is left, and how its paths map back to the file's."""

    plan: Plan
    left_out: list[JsonPath]
    _kept: dict[JsonPath, list[int]] = field(default_factory=dict)  # list path in the file → indices kept

    def original(self, path: JsonPath) -> JsonPath | None:
        """The path in the file of a path in the salvaged plan; None when it touches what was left out."""
        out: list[str | int] = []
        for part in path:
            if isinstance(part, int):
                kept = self._kept.get(tuple(out))
                if kept is not None:
                    part = kept[part]
            out.append(part)
        found = tuple(out)
        for gone in self.left_out:
            if found[: len(gone)] == gone or gone[: len(found)] == found:
                return None
        return found


def salvage(data: Any) -> Salvaged | None:
    """The largest part of `data` the model accepts as a plan, or None (a top-level part is broken)."""
    if not isinstance(data, dict):
        return None
    left_out: list[JsonPath] = []
    for _ in range(_ROUNDS):
        pruned, kept = _without(data, left_out)
        try:
            plan = Plan.model_validate(pruned)
        except ModelError as exc:
            added = False
            for error in exc.errors():
                # the narrowest part first (a measure's schedule), then what holds it (the measure), when leaving
                # out the narrower one did not do (a key the element cannot be without after all)
                targets = _removable(data, _original(data_path(pruned, error["loc"]), kept))
                if not targets:
                    return None
                target = next((t for t in targets if t not in left_out), None)
                if target is not None:
                    left_out.append(target)
                    added = True
            if not added:
                return None
            continue
        return Salvaged(plan, left_out, kept)
    return None


def _original(path: JsonPath, kept: dict[JsonPath, list[int]]) -> JsonPath:
    out: list[str | int] = []
    for part in path:
        if isinstance(part, int) and tuple(out) in kept:
            part = kept[tuple(out)][part]
        out.append(part)
    return tuple(out)


def _removable(data: Any, path: JsonPath) -> list[JsonPath]:
    """The parts to leave out for a mistake at `path`, narrowest first: an optional key of the nearest list element
    or procedure entry that holds it (a measure's `schedule`, a KPI's `target_year`), then that element; else the
    key itself unless the plan cannot be without it (municipality, plan, their names). Leaving out the whole measure
    for its schedule's 「令和0年度」 hid its KPI's target outside the period until the year was fixed (a new user's
    walkthrough: three runs of lint for three independent mistakes)."""
    for end in range(len(path), 0, -1):
        if isinstance(path[end - 1], int) or (end == 2 and path[0] == "procedures"):
            key = path[end] if len(path) > end else None
            if isinstance(key, str) and key not in _ELEMENT_NEEDS:
                return [path[: end + 1], path[:end]]
            return [path[:end]]
    if len(path) >= 2 and path[:2] not in _REQUIRED:
        return [path[:2]]
    return []


_REQUIRED = {("municipality", "name"), ("municipality", "prefecture"), ("plan", "title")}
# The keys an element is nothing without (a measure's id and title, a KPI's name, an exemption's item, a procedure's
# status): a mistake in one leaves the element out, not the key.
_ELEMENT_NEEDS = frozenset({"id", "title", "name", "item", "status", "law"})


def _without(data: Any, left_out: list[JsonPath]) -> tuple[Any, dict[JsonPath, list[int]]]:
    """A copy of `data` without the parts left out, and for each list that lost elements, the indices kept."""
    pruned = copy.deepcopy(data)
    kept: dict[JsonPath, list[int]] = {}
    # Deepest first, and within a list from the end, so that the paths still to remove stay valid.
    for path in sorted(left_out, key=lambda p: (len(p), p[-1] if isinstance(p[-1], int) else -1), reverse=True):
        if any(path[: len(other)] == other and other != path for other in left_out):
            continue  # inside something already left out
        parent = _at(pruned, path[:-1])
        last = path[-1]
        if isinstance(parent, list) and isinstance(last, int):
            indices = kept.setdefault(path[:-1], list(range(len(_at(data, path[:-1])))))
            position = indices.index(last)
            del parent[position]
            del indices[position]
        elif isinstance(parent, dict):
            parent.pop(last, None)
    return pruned, kept


def _at(data: Any, path: JsonPath) -> Any:
    node = data
    for part in path:
        node = node[part]
    return node
