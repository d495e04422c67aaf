"""`--against dx@2.3`: a plan written for an older edition of a framework, audited with a newer one.

Its links to the old edition's items are carried to the newer edition's (`dx/online` becomes
`dx/frontyard`, noted; Catalogue.carry says where each old item went), the framework is audited in
the newer edition (chosen "against" the plan's own), and the audit is told what was carried
(audit.Carry), so that it lists what the 改定 adds. Nothing is added to or removed from the plan, so
the paths into its file, and so the positions, stay the same.
"""

from __future__ import annotations

from collections.abc import Mapping

from dxcheck.audit.verdicts import Carry
from dxcheck.catalogue.framework import Catalogue, EditionChoice, PlanFrameworks
from dxcheck.model.plan import Plan


def carry_to(
    catalogue: Catalogue, plan: Plan, chosen: PlanFrameworks, against: Mapping[str, str]
) -> tuple[Plan, PlanFrameworks, Carry | None]:
    """The plan with its links carried to the newer editions `against` names, the editions it is then
    audited with, and what was carried. A framework whose own edition is that edition already, or a
    newer one, is left as it is."""
    original, carry = plan, None
    for framework_id, newer in against.items():
        own = chosen.choice(framework_id)
        if own is None or own.edition == newer:
            continue
        old_edition, new_edition = catalogue.get(framework_id, own.edition), catalogue.get(framework_id, newer)
        assert old_edition is not None
        assert new_edition is not None
        if old_edition.date > new_edition.date:
            continue  # --against names an edition older than the plan's own: nothing to carry it to
        mapping = catalogue.carry(framework_id, own.edition, newer)
        plan = carried(plan, framework_id, mapping)
        choices = tuple(
            EditionChoice(c.framework, newer, "against", own.edition) if c.framework == framework_id else c for c in chosen.choices
        )
        chosen = PlanFrameworks(catalogue.select({c.framework: c.edition for c in choices}), choices, catalogue, chosen.unknown_editions)
        linked = _links(original)
        addressed = frozenset(i.id for i in old_edition.items if f"{framework_id}/{i.id}" in linked)
        carry = Carry(framework=framework_id, old=old_edition, new=new_edition, mapping=mapping, addressed=addressed)
    return plan, chosen, carry


def _links(plan: Plan) -> set[str]:
    """Every item a measure of the plan links to (addresses)."""
    return {link.item for _, measure in plan.walk_measures() for link in measure.links()}


def carried(plan: Plan, framework_id: str, mapping: dict[str, tuple[str | None, str]]) -> Plan:
    """The plan with its links to items of `framework_id` carried to a newer edition (`mapping`, from
    Catalogue.carry): `dx/online` becomes `dx/frontyard`, noted. A link to an item not carried stays
    as it was: the newer edition lacks it, so the audit does not count it (and lists it, DX551).
    Nothing is added or removed, so the paths into the file, and so the positions, stay the same."""
    from dxcheck.model.plan import ItemLink, Policy

    def carry(link: ItemLink) -> ItemLink:
        name, _, item = link.item.partition("/")
        if name != framework_id:
            return link
        target, how = mapping.get(item, (None, "unknown"))
        if target is None or (target == item and how == "same"):
            return link
        note = f"{link.item} から（{how}）" + (f" {link.note}" if link.note else "")
        return link.model_copy(update={"item": f"{framework_id}/{target}", "note": note})

    def policy(node: Policy) -> Policy:
        measures = [m.model_copy(update={"addresses": [carry(link) for link in m.links()]}) if m.addresses else m for m in node.measures]
        return node.model_copy(update={"measures": measures, "policies": [policy(p) for p in node.policies]})

    exemptions = [e.model_copy(update={"item": carry(ItemLink(item=e.item)).item}) for e in plan.exemptions]
    return plan.model_copy(update={"policies": [policy(p) for p in plan.policies], "exemptions": exemptions})
