"""Finding in the catalogue what a user names on the command line: an item (`dxcheck explain`), a
framework edition (`dxcheck frameworks show`, `frameworks diff`), and an item in the edition applied
to a plan. What is not there raises `NotFound`, whose message says what is there, or the closest name.

Items are named as plans write them too: `p20-03` and `telework` without their framework, `p20` for
a group of procedures.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from dxcheck.catalogue.framework import Catalogue, Framework, FrameworkRef, parse_ref
from dxcheck.model import rules
from dxcheck.model.message import Message
from dxcheck.model.rules import suggest

if TYPE_CHECKING:
    from dxcheck.model.results import AuditResult, EditionSelection, ItemResult


class NotFound(Exception):
    """Nothing in the catalogue is what the user named."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.en)
        self.message = message


@dataclass(frozen=True)
class ProcedureGroup:
    """A group of the priority online procedures (`p20`), named where an item was expected."""

    procedures: Framework
    group: str


@dataclass(frozen=True)
class NamedItem:
    """An item found: its qualified name (`dx/telework`, `dx@2.3/frontyard`), the parts of that name, and the item."""

    name: str
    framework_id: str
    edition: str | None
    item_id: str | None
    ref: FrameworkRef


@dataclass(frozen=True)
class ItemInPlan:
    """An item as audited in a plan: the item of the edition applied to it, why that edition, the verdict."""

    ref: FrameworkRef
    selection: EditionSelection | None
    result: ItemResult


def item(catalogue: Catalogue, name: str) -> NamedItem | ProcedureGroup:
    """The item `name` names: qualified (`dx/telework`: the newest edition that has it; `dx@2.3/frontyard`),
    or as plans write it, without its framework when only one framework has it; or a group of procedures."""
    if "/" not in name:  # as plans write them: 「p20-03」 and 「telework」 without their framework, 「p20」 for a group
        short = sorted({i for i in catalogue.item_ids if i.split("/", 1)[1] == name})
        if len(short) > 1:
            raise NotFound(Message(f"「{name}」は {' と '.join(short)} のどちらかです", f"'{name}' is one of {', '.join(short)}"))
        procedures = catalogue.get("procedures")
        if not short and procedures is not None and name in {g.id for g in procedures.groups if g.id != "general"}:
            return ProcedureGroup(procedures, name)
        if short:
            name = short[0]
    ref = catalogue.item(name)
    if ref is None and name.upper() in rules.BY_CODE:  # 「DX414」, copied from lint's output: a rule, not an item
        code = name.upper()
        raise NotFound(
            Message(
                f"「{name}」は項目ではなく検査ルールのコードです（説明は dxcheck rules {code}）",
                f"{name} is a rule's code, not an item (see dxcheck rules {code})",
            )
        )
    if ref is None:
        hint = suggest(name, catalogue.item_ids + catalogue.item_refs)
        raise NotFound(
            Message(
                f"項目「{name}」はありません" + (f"（もしかして {hint}？）" if hint else "（dxcheck frameworks show で一覧）"),
                f"no item {name}" + (f" (did you mean {hint}?)" if hint else " (see dxcheck frameworks show)"),
            )
        )
    framework_id, edition, item_id = parse_ref(name)
    return NamedItem(name, framework_id, edition, item_id, ref)


def in_plan(catalogue: Catalogue, result: AuditResult, named: NamedItem) -> ItemInPlan:
    """The item as audited in a plan, in the edition that applies to the plan; NotFound when that edition
    does not have it (with the --edition or --against that would)."""
    framework = next((f for f in result.frameworks if f.id == named.framework_id), None)
    verdict = next((i for i in framework.items if i.id == f"{named.framework_id}/{named.item_id}"), None) if framework else None
    if framework is None or verdict is None:
        shown = f"{named.framework_id}@{framework.edition}" if framework else named.framework_id
        wanted = named.ref.framework
        applies = catalogue.get(named.framework_id, framework.edition) if framework else None
        if applies is not None and wanted.date < applies.date:
            raise NotFound(_older_item(catalogue, named, applies, shown))
        raise NotFound(
            Message(
                f"項目「{named.name}」は、この計画に適用する版（{shown}）にありません。その版で監査するなら --edition {named.framework_id}={wanted.edition}、"
                f"新しい版への改定なら dxcheck audit --against {wanted.ref}",
                f"{named.name} is not in the edition that applies to this plan ({shown}); use --edition {named.framework_id}={wanted.edition}, "
                f"or dxcheck audit --against {wanted.ref}",
            )
        )
    applied = catalogue.get(named.framework_id, framework.edition)
    assert applied is not None
    found = applied.get_item(verdict.id.partition("/")[2])
    assert found is not None
    return ItemInPlan(FrameworkRef(applied, found), framework.selection, verdict)


def _older_item(catalogue: Catalogue, named: NamedItem, applies: Framework, shown: str) -> Message:
    """An item of an edition older than the plan's (dx/online, for a plan on dx@2.3): where it went in the
    plan's edition, and --edition to audit with the older one. (--against carries a plan forward only.)"""
    wanted = named.ref.framework
    went, how = catalogue.carry(named.framework_id, wanted.edition, applies.edition).get(named.item_id or "", (None, "unknown"))
    older = f"{wanted.ref} で監査するなら --edition {named.framework_id}={wanted.edition}"
    older_en = f"to audit with that edition, --edition {named.framework_id}={wanted.edition}"
    if went is not None:
        now = f"{named.framework_id}/{went}"
        return Message(
            f"項目「{named.name}」は {wanted.ref} の項目です。この計画に適用する版（{shown}）では「{now}」に当たります"
            f"（dxcheck explain {now} 計画ファイル）。{older}",
            f"{named.name} is an item of {wanted.ref}; in the edition that applies to this plan ({shown}) it is {now} "
            f"(dxcheck explain {now} PLAN); {older_en}",
        )
    if how == "unknown":  # the newer edition's section was not encoded: where it went is not known, not 「gone」
        return Message(
            f"項目「{named.name}」は {wanted.ref} の項目で、この計画に適用する版（{shown}）での扱いは dxcheck に収録されていません"
            f"（dxcheck frameworks show {shown}）。{older}",
            f"{named.name} is an item of {wanted.ref}; what became of it in the edition that applies to this plan ({shown}) is not "
            f"encoded (dxcheck frameworks show {shown}); {older_en}",
        )
    return Message(
        f"項目「{named.name}」は {wanted.ref} の項目で、この計画に適用する版（{shown}）には引き継がれていません。{older}",
        f"{named.name} is an item of {wanted.ref}, not carried into the edition that applies to this plan ({shown}); {older_en}",
    )


def framework(catalogue: Catalogue, ref: str) -> Framework:
    """The framework edition `ref` names: `dx` (the newest edition) or `dx@1.0`."""
    found = catalogue.resolve(ref)
    if found is not None:
        return found
    framework_id, edition, _ = parse_ref(ref)
    if edition is not None and catalogue.get(framework_id) is not None:
        known = [f.ref for f in catalogue.editions(framework_id)]
        raise NotFound(Message(f"版「{ref}」は収録されていません: {', '.join(known)}", f"no edition {ref}: {', '.join(known)}"))
    ids = catalogue.ids
    hint = suggest(framework_id, ids)
    raise NotFound(
        Message(
            f"枠組み「{ref}」はありません: {', '.join(ids)}" + (f"（もしかして {hint}？）" if hint else ""),
            f"no framework {ref}: {', '.join(ids)}" + (f" (did you mean {hint}?)" if hint else ""),
        )
    )
