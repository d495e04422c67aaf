"""`dxcheck frameworks`: the frameworks in force and their items, as tables or JSON."""

from __future__ import annotations

from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text

from dxcheck.catalogue.framework import Catalogue, Change, Framework, FrameworkItem, FrameworkOrigin
from dxcheck.model.fiscal import format_fiscal_year
from dxcheck.report.console import Balanced, Wrapped


def item_object(framework: Framework, item: FrameworkItem) -> dict[str, Any]:
    """An item as JSON, with its qualified id."""
    return {
        "id": framework.qualified(item),
        "ref": framework.edition_ref(item),
        "local_id": item.id,
        "framework": framework.id,
        "edition": framework.edition,
        "title": item.title,
        "title_en": item.title_en,
        "group": item.group,
        "required": item.required,
        "source": item.source.model_dump(exclude_none=True),
        "target": item.target.model_dump() if item.target else None,
        "note": item.note,
        "continues": item.continues.model_dump(exclude_none=True) if item.continues else None,
        "governance": [g.model_dump(exclude_none=True) for g in item.governance],
        "same_as": item.same_as,
        "vocabulary": item.vocabulary.model_dump(),
    }


def framework_object(framework: Framework, origin: FrameworkOrigin | None = None) -> dict[str, Any]:
    """A framework as JSON, with its groups and every item, and the user's file it came from (null: shipped)."""
    return {
        "id": framework.id,
        "ref": framework.ref,
        "kind": framework.kind,
        "title": framework.title,
        "title_en": framework.title_en,
        "edition": framework.edition,
        "date": framework.date,
        "issuer": framework.issuer,
        "horizon": framework.horizon,
        "horizon_source": framework.horizon_source.model_dump(exclude_none=True) if framework.horizon_source else None,
        "previous": framework.previous,
        "not_continued": [n.model_dump(exclude_none=True) for n in framework.not_continued],
        "targets": [t.model_dump(exclude_none=True) for t in framework.targets],
        "source": framework.source.model_dump(exclude_none=True),
        "user_file": origin.file if origin is not None else None,
        "replaces_shipped": origin.replaces if origin is not None else False,
        "groups": [
            {**g.model_dump(exclude_none=True), "items": sum(1 for i in framework.items if i.group == g.id)} for g in framework.groups
        ],
        "items": [item_object(framework, i) for i in framework.items],
    }


def frameworks_table(catalogue: Catalogue, lang: str) -> Balanced:
    """Every framework in every edition; the lists (not audited) marked."""
    en = lang == "en"
    table = Table(title="Frameworks" if en else "国の枠組み", title_justify="left")
    headers = ["id", "title, source", "edition, date", "items", "required"] if en else ["ID", "名称・出典", "版・日付", "項目数", "必須"]
    for n, header in enumerate(headers):
        # ids and counts whole; the title (its source under it) and the edition wrap
        table.add_column(header, no_wrap=n not in (1, 2), justify="right" if n > 2 else "left")
    for f in catalogue:
        required = sum(1 for i in f.items if i.required)
        title = f.title_en if en else f.title
        if f.kind == "list":
            title += " (list, not audited)" if en else "（一覧、監査しない）"
        table.add_row(
            f.id,  # the edition has its own column: dx, 1.0 / dx, 2.3
            Wrapped(title + "\n" + ("source: " if en else "出典: ") + _source(f, catalogue.origins.get(f.ref), en)),
            Wrapped(f.date if f.edition == f.date else f"{f.edition}\n{f.date}"),  # a list's edition is its date
            str(len(f.items)),
            str(required),
        )
    return Balanced(table)


def _source(framework: Framework, origin: FrameworkOrigin | None, en: bool) -> str:
    """Where an edition comes from: the document it was read from, and for a user's edition, its file too.

    The document is what the file says it encodes (`source.document`); the file is where dxcheck read it.
    """
    document = framework.source.document or "—"  # its address is in the JSON (source.url) and in `frameworks show`
    if origin is None:
        return document
    replaced = (" (replacing the shipped edition)" if en else "（収録版を置き換え）") if origin.replaces else ""
    return document + "\n" + (f"user file {origin.file}" if en else f"利用者の枠組みファイル {origin.file}") + replaced


def items_table(framework: Framework, lang: str) -> Group:
    en = lang == "en"
    title = f"{framework.ref}: {framework.title_en if en else framework.title} ({framework.date}, {framework.issuer})"
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


CHANGE_LABEL = {
    "ja": {
        "same": "そのまま",
        "renamed": "名前が変わった",
        "broadened": "範囲が広がった",
        "new": "新しい",
        "dropped": "外れた",
        "unknown": "扱いが未収録",
    },
    "en": {"same": "same", "renamed": "renamed", "broadened": "broadened", "new": "new", "dropped": "dropped", "unknown": "not encoded"},
}


def _target(item: FrameworkItem | None, lang: str) -> str:
    if item is None or item.target is None:
        return "—"
    shown = format_fiscal_year(item.target.fiscal_year, lang)
    if item.target.allowance is not None:
        shown += f" (+{format_fiscal_year(item.target.allowance.fiscal_year, lang)})"
    return shown


def diff_pieces(before: Framework, after: Framework, changes: list[Change], lang: str) -> list[Group]:
    """`dxcheck frameworks diff`: one row per item, what became of it; a changed target marked."""
    en = lang == "en"
    heading = f"{before.ref} → {after.ref}: {after.title_en if en else after.title}"
    table = Table()
    for n, header in enumerate(
        ["change", before.ref, after.ref, "title", "national target"] if en else ["変化", before.ref, after.ref, "項目", "国の目標"]
    ):
        table.add_column(header, no_wrap=n in (1, 2))  # the ids whole
    for change in changes:
        item = change.new or change.old
        assert item is not None
        title = item.title_en if en else item.title
        if change.old is not None and change.new is not None and change.old.title != change.new.title:
            title = f"{change.old.title_en if en else change.old.title} → {title}"
        target = _target(change.new, lang) if change.new is not None else _target(change.old, lang)
        if change.target_changed:
            target = f"{_target(change.old, lang)} → {_target(change.new, lang)}"
        table.add_row(
            CHANGE_LABEL["en" if en else "ja"][change.kind]
            + (" (target changed)" if en and change.target_changed else "（目標が変わった）" if change.target_changed else ""),
            before.qualified(change.old) if change.old else "—",
            after.qualified(change.new) if change.new else "—",
            Wrapped(title),
            Wrapped(target),
        )
    return [Group(Wrapped(heading, style="table.title"), Balanced(table))]


def diff_object(before: Framework, after: Framework, changes: list[Change]) -> dict[str, Any]:
    """The body of the `dxcheck-framework-diff` JSON document."""
    return {
        "old": before.ref,
        "new": after.ref,
        "changes": [
            {
                "change": c.kind,
                "old": before.edition_ref(c.old) if c.old else None,
                "new": after.edition_ref(c.new) if c.new else None,
                "title": (c.new or c.old).title,  # type: ignore[union-attr]
                "title_en": (c.new or c.old).title_en,  # type: ignore[union-attr]
                "target_changed": c.target_changed,
                "old_target": c.old.target.model_dump(exclude_none=True) if c.old and c.old.target else None,
                "new_target": c.new.target.model_dump(exclude_none=True) if c.new and c.new.target else None,
                "note": c.note,
            }
            for c in changes
        ],
    }
