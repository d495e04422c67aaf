"""`dxcheck frameworks`: the frameworks in force and their items, as tables or JSON."""

from __future__ import annotations

from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text

from dxcheck.console import Balanced, Wrapped
from dxcheck.fiscal import format_fiscal_year
from dxcheck.framework import Framework, FrameworkItem, FrameworkSet


def item_object(framework: Framework, item: FrameworkItem) -> dict[str, Any]:
    """An item as JSON, with its qualified id."""
    return {
        "id": framework.qualified(item),
        "local_id": item.id,
        "framework": framework.id,
        "title": item.title,
        "title_en": item.title_en,
        "group": item.group,
        "required": item.required,
        "source": item.source.model_dump(exclude_none=True),
        "target": item.target.model_dump() if item.target else None,
        "note": item.note,
        "vocabulary": item.vocabulary.model_dump(),
    }


def framework_object(framework: Framework) -> dict[str, Any]:
    """A framework as JSON, with its groups and every item."""
    return {
        "id": framework.id,
        "title": framework.title,
        "title_en": framework.title_en,
        "edition": framework.edition,
        "date": framework.date,
        "issuer": framework.issuer,
        "horizon": framework.horizon,
        "source": framework.source.model_dump(exclude_none=True),
        "groups": [
            {**g.model_dump(exclude_none=True), "items": sum(1 for i in framework.items if i.group == g.id)} for g in framework.groups
        ],
        "items": [item_object(framework, i) for i in framework.items],
    }


def frameworks_table(frameworks: FrameworkSet, lang: str) -> Balanced:
    en = lang == "en"
    table = Table(title="Frameworks" if en else "国の枠組み", title_justify="left")
    headers = ["id", "title", "edition", "date", "items", "required"] if en else ["ID", "名称", "版", "日付", "項目数", "必須"]
    for n, header in enumerate(headers):
        # ids, dates and counts whole; the title and the edition wrap
        table.add_column(header, no_wrap=n not in (1, 2), justify="right" if n > 3 else "left")
    for f in frameworks:
        required = sum(1 for i in f.items if i.required)
        table.add_row(f.id, Wrapped(f.title_en if en else f.title), Wrapped(f.edition), f.date, str(len(f.items)), str(required))
    return Balanced(table)


def items_table(framework: Framework, lang: str) -> Group:
    en = lang == "en"
    title = f"{framework.id}: {framework.title_en if en else framework.title}"
    table = Table()
    # Whether an item is required is said after its title, as in the audit: a column of its own
    # left too little room at 80 columns for the words of the others.
    headers = ["id", "item", "group", "source", "national target"] if en else ["ID", "項目", "グループ", "出典", "国の目標"]
    for n, header in enumerate(headers):
        table.add_column(header, no_wrap=n == 0)  # the id whole; the rest wraps
    groups = {g.id: g for g in framework.groups}
    for item in framework.items:
        group = groups[item.group]
        target = format_fiscal_year(item.target.fiscal_year, lang) if item.target else "—"
        name = Text(item.title_en if en else item.title)
        if not item.required:
            name.append(" (not required)" if en else "（任意）", style="dim")
        table.add_row(
            framework.qualified(item),
            Wrapped(name),
            Wrapped(group.title_en if en else group.title),
            Wrapped(item.source.reference or "—"),
            Wrapped(target),
        )
    return Group(Wrapped(title, style="table.title"), Balanced(table))
