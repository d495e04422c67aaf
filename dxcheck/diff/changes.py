"""Two audited versions of one plan compared (`dxcheck diff`): what changed, and whether coverage was lost.

    old version ─┐                                    ┌─ items whose status changed (loss / gain), with the
                 ├─ pair policies and measures ──▶    │  measures that gave or lost the evidence
    new version ─┘  (by id, then by title)            ├─ measures and policies added, removed, renamed, changed
                                                      ├─ procedures, scores, the plan's head and 推進体制
                                                      └─ PlanDiff (dxcheck.diff.results)

Pairing, in this order (each step only among what is still unpaired):
  1. the same id and the same title                                → by id
  2. the same title (and no other measure has it), another id      → by title (renumbered)
  3. the same id and a similar title or description (≥ 0.6)        → by id (renamed)
  4. the most similar titles first (≥ 0.6)                         → by title
     (not when more than 300 × 300 pairs are left: the report says it was skipped)
  5. the same id, whatever the titles                              → by id (renamed)
  6. what is left was removed (old) or added (new).
Similarity is difflib's ratio of the texts normalised as the audit reads them (NFKC, no spaces).

A loss is a required item (or priority procedure) whose status got worse: covered → partial or
missing, partial → missing, and covered or partial → exempt: an exemption that replaces a measure
takes the item away as surely as deleting the measure. Other moves to or from an exemption
(missing → exempt, exempt → anything) are shown, not counted as a loss. An item the shipped edition
requires is required here even when a user's file that replaces the edition made it optional (DX506):
a file cannot make a lost measure pass `--fail-on-loss`. When the new version declares other editions,
both are also audited with the old version's editions, and a required item lost there is a loss too
(a measure dropped while moving to an edition that lacks its item).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, Literal, TypeVar

from dxcheck.diff.results import (
    DiffSide,
    EvidenceChange,
    FieldChange,
    FrameworkEdition,
    GovernanceChange,
    ItemChange,
    ItemChangeKind,
    KpiChange,
    KpiValue,
    LinksChange,
    PartChange,
    PartRef,
    Period,
    PeriodChange,
    PlanDiff,
    ProcedureChange,
    ScoreChange,
    Strength,
    TextChange,
    ValueChange,
)
from dxcheck.model.findings import JsonPath, pointer
from dxcheck.model.plan import FiscalPeriod, Governance, Kpi, Measure, Plan, Policy
from dxcheck.model.results import AuditResult, FrameworkResult, ItemResult, Status, Unauditable
from dxcheck.plan.lint import PlanCheck

if TYPE_CHECKING:
    from pathlib import Path

    from dxcheck.audit.pipeline import Pipeline

SIMILAR = 0.6
_RANK: dict[str, int] = {"missing": 0, "partial": 1, "covered": 2}


@dataclass(frozen=True)
class AuditedPlan:
    """One version of a plan: the checked plan (for its measures and their lines), its audit, and the revision read."""

    check: PlanCheck
    audit: AuditResult
    revision: str | None = None
    # When the two versions declare different editions: this version audited with the OLD version's
    # editions (the old one's own audit; the new one's under the editions it left), so that an item lost
    # while the edition changed is still a loss.
    under_old_editions: AuditResult | None = None

    @property
    def plan(self) -> Plan:
        assert self.check.plan is not None  # an audit is made only of a plan that was built
        return self.check.plan

    def line(self, path: JsonPath) -> int | None:
        return self.check.positions().locate(path)[0]


def _audited(
    check: PlanCheck, outcome: AuditResult | Unauditable, revision: str | None, under_old: AuditResult | Unauditable | None = None
) -> AuditedPlan | Unauditable:
    if isinstance(outcome, Unauditable):
        return outcome
    return AuditedPlan(check, outcome, revision, under_old if isinstance(under_old, AuditResult) else None)


def _editions(check: PlanCheck) -> tuple[tuple[str, str], ...]:
    return tuple((c.framework, c.edition) for c in check.frameworks.choices) if check.frameworks is not None else ()


def read_versions(
    pipeline: Pipeline, old: Path, new: Path, revisions: Sequence[str] = ()
) -> tuple[AuditedPlan | Unauditable, AuditedPlan | Unauditable]:
    """The two versions `dxcheck diff` compares: OLD and NEW on disk; or one file at a revision and on
    disk (one revision); or at two revisions. Each is read once (dxcheck.read; standard input can be
    read only once); a revision git cannot give raises RevisionError.

    Both are audited with the same editions, those that apply to NEW: a revision that moves the plan to
    第2.3版 is compared item by item with what the old text gives under 2.3 (its ids of 1.0 that 2.3 does
    not have are lint findings of the old side, DX306)."""
    from dxcheck.read import PlanSource, check, load

    old_revision = revisions[0] if revisions else None
    new_revision = revisions[1] if len(revisions) > 1 else None
    second_loaded = load(PlanSource(new, new_revision))
    first_loaded = load(PlanSource(old, old_revision))
    second_check = check(second_loaded, pipeline.choose)
    first_check = check(first_loaded, pipeline.choose)
    chosen, own = second_check.frameworks, first_check.frameworks
    if chosen is not None and own is not None and _editions(first_check) != _editions(second_check):
        # The edition changed too: each version is also audited with the old version's editions, so that
        # a measure dropped with the move (frontyard, which 第1.0版 does not have) is a loss as well.
        own_check, second_under_old = first_check, check(second_loaded, lambda _plan: own)
        first_check = check(first_loaded, lambda _plan: chosen)
        first_outcome, second_outcome, first_own, second_old = pipeline.audit_checks(
            [first_check, second_check, own_check, second_under_old]
        )
        return (
            _audited(first_check, first_outcome, old_revision, first_own),
            _audited(second_check, second_outcome, new_revision, second_old),
        )
    first_outcome, second_outcome = pipeline.audit_checks([first_check, second_check])
    return _audited(first_check, first_outcome, old_revision), _audited(second_check, second_outcome, new_revision)


def normalised(text: str) -> str:
    """Text as compared: NFKC (ＡＩ is AI), without spaces, lower case. Never shown."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).lower()


def similarity(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    return difflib.SequenceMatcher(None, normalised(a), normalised(b), autojunk=False).ratio()


T = TypeVar("T")


@dataclass(frozen=True)
class _Part(Generic[T]):
    """A measure or policy with what pairing needs."""

    id: str
    title: str
    description: str
    node: T
    path: JsonPath
    policy_id: str | None


@dataclass(frozen=True)
class Pair(Generic[T]):
    old: _Part[T] | None
    new: _Part[T] | None
    matched_by: Literal["id", "title"] | None = None
    similarity: float | None = None


# Step 4 compares every unpaired old title with every unpaired new one: beyond this many pairs (300 × 300,
# some seconds when every title is alike) it is not done, and the report says so (`similar_titles_skipped`).
MAX_SIMILAR_PAIRS = 300 * 300


def pair(old: Sequence[_Part[T]], new: Sequence[_Part[T]], skipped: list[tuple[int, int]] | None = None) -> list[Pair[T]]:
    """Old and new parts paired (see the module's docstring); the pairs in the new plan's order, then what was removed.

    Indexed by id and by title, so that a plan of a thousand measures is paired in linear time where ids
    or titles decide; only what is left after them is compared title by title (step 4), and there a pair
    whose similarity cannot reach SIMILAR (by length, then by the letters they share) is not computed.
    When more than MAX_SIMILAR_PAIRS pairs are left for step 4, its similar titles are not compared (the
    same titles still pair): the numbers left on each side are appended to `skipped`."""
    left = dict(enumerate(old))
    right = dict(enumerate(new))
    pairs: dict[int, Pair[T]] = {}  # by the index of the new part
    removed: dict[int, Pair[T]] = {}
    keys_left = {i: normalised(a.title) for i, a in left.items()}
    keys_right = {j: normalised(b.title) for j, b in right.items()}

    def take(i: int, j: int, by: Literal["id", "title"]) -> None:
        a, b = left.pop(i), right.pop(j)
        pairs[j] = Pair(a, b, by, round(_ratio(keys_left[i], keys_right[j]), 2))

    def same_id_pairs() -> list[tuple[int, int]]:
        """For each old part still unpaired, in order, the first new one still unpaired with its id."""
        by_id: dict[object, list[int]] = {}
        for j, b in right.items():
            by_id.setdefault(b.id, []).append(j)
        found: list[tuple[int, int]] = []
        for i, a in list(left.items()):
            waiting = by_id.get(a.id)
            if waiting:
                found.append((i, waiting.pop(0)))
        return found

    # 1. the same id and the same title
    for i, j in same_id_pairs():
        if keys_left[i] == keys_right[j]:
            take(i, j, "id")
    # 2. the same title, once on each side, another id
    olds: dict[str, list[int]] = {}
    news: dict[str, list[int]] = {}
    for i in left:
        olds.setdefault(keys_left[i], []).append(i)
    for j in right:
        news.setdefault(keys_right[j], []).append(j)
    for i in list(left):
        key = keys_left[i]
        if len(olds[key]) == 1 and len(news.get(key, ())) == 1:
            take(i, news[key][0], "title")
    # 3. the same id, and a similar title or description
    for i, j in same_id_pairs():
        a, b = left[i], right[j]
        if _ratio(keys_left[i], keys_right[j]) >= SIMILAR or (
            a.description and b.description and similarity(a.description, b.description) >= SIMILAR
        ):
            take(i, j, "id")
    # 4. the most similar titles first (a pair below SIMILAR is never taken, so never computed). The same
    # title is the most similar of all (a ratio of 1 means the same text): those pairs first, in order
    waiting: dict[str, list[int]] = {}
    for j in right:
        waiting.setdefault(keys_right[j], []).append(j)
    for i in list(left):
        same = waiting.get(keys_left[i])
        if same:
            take(i, same.pop(0), "title")
    candidates = []
    if len(left) * len(right) > MAX_SIMILAR_PAIRS:
        if skipped is not None:
            skipped.append((len(left), len(right)))
    else:
        for j in right:
            matcher = difflib.SequenceMatcher(None, "", keys_right[j], autojunk=False)
            for i in left:
                matcher.set_seq1(keys_left[i])
                if matcher.real_quick_ratio() >= SIMILAR and matcher.quick_ratio() >= SIMILAR:
                    score = matcher.ratio()  # _ratio(keys_left[i], keys_right[j]), without making a matcher again
                    if score >= SIMILAR:
                        candidates.append((score, i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    for _score, i, j in candidates:
        if i in left and j in right:
            take(i, j, "title")
    # 5. the same id, whatever the titles
    for i, j in same_id_pairs():
        take(i, j, "id")
    for j, b in right.items():
        pairs[j] = Pair(None, b)
    for i, a in left.items():
        removed[i] = Pair(a, None)
    return [pairs[j] for j in sorted(pairs)] + [removed[i] for i in sorted(removed)]


def _ratio(a: str, b: str) -> float:
    """similarity() of two texts already normalised."""
    if not a and not b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def _measures(plan: Plan) -> list[_Part[Measure]]:
    policies = {tuple(where): policy for where, policy in plan.walk_policies()}
    parts = []
    for path, measure in plan.walk_measures():
        policy = policies.get(tuple(path[:-2]))  # a measure is at (*its policy's path, "measures", n)
        parts.append(_Part(measure.id, measure.title, measure.description or "", measure, path, policy.id if policy else None))
    return parts


def _policies(plan: Plan) -> list[_Part[Policy]]:
    return [_Part(p.id, p.title, p.description or "", p, path, None) for path, p in plan.walk_policies()]


# --- what changed in a paired measure or policy ------------------------------------------------


def _sentences(text: str) -> list[str]:
    """A description as sentences (「。」 and line ends), whitespace trimmed."""
    return [s.strip() for s in re.split(r"(?<=。)|\n", text) if s.strip()]


# The mark a list item starts with: a bullet, or a number Word draws (「①」, 「(1)」). A .docx gives the items of
# a list Word numbers with 「・」; its PDF prints the numbers (and LibreOffice may count them otherwise).
_ITEM_MARK = re.compile(r"^(?:[・●○◆■□▪•\-‐*]|[①-⑳]|[(（][0-9０-９]{1,2}[)）])")


def _sentence_key(sentence: str) -> str:
    """A sentence as compared: without its spacing and without the mark of a list item."""
    return _ITEM_MARK.sub("", re.sub(r"\s+", "", sentence))


def text_change(before: str | None, after: str | None) -> TextChange | None:
    """The sentences removed and added; None when the texts differ only in spacing or in their list items' marks."""
    if re.sub(r"\s+", "", before or "") == re.sub(r"\s+", "", after or ""):
        return None
    old, new = _sentences(before or ""), _sentences(after or "")
    old_keys, new_keys = [_sentence_key(s) for s in old], [_sentence_key(s) for s in new]
    if old_keys == new_keys:
        return None
    removed: list[str] = []
    added: list[str] = []
    matcher = difflib.SequenceMatcher(None, old_keys, new_keys, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag in ("replace", "delete"):
            removed += old[i1:i2]
        if tag in ("replace", "insert"):
            added += new[j1:j2]
    return TextChange(removed=removed, added=added)


def _kpi_value(kpi: Kpi) -> KpiValue:
    return KpiValue(
        name=kpi.name, target=kpi.target, unit=kpi.unit, target_year=kpi.target_year, baseline=kpi.baseline, baseline_year=kpi.baseline_year
    )


_KPI_FIELDS = ("name", "target", "unit", "target_year", "baseline", "baseline_year")


def kpi_changes(before: Sequence[Kpi], after: Sequence[Kpi]) -> list[KpiChange]:
    """KPIs paired by name (the same, then similar): added, removed, or with a field changed."""
    old = [_Part(str(n), k.name, "", k, (), None) for n, k in enumerate(before)]
    new = [_Part(str(n), k.name, "", k, (), None) for n, k in enumerate(after)]
    changes = []
    for p in _pair_by_title(old, new):
        if p.old is None and p.new is not None:
            changes.append(KpiChange(change="added", before=None, after=_kpi_value(p.new.node)))
        elif p.new is None and p.old is not None:
            changes.append(KpiChange(change="removed", before=_kpi_value(p.old.node), after=None))
        elif p.old is not None and p.new is not None:
            a, b = _kpi_value(p.old.node), _kpi_value(p.new.node)
            fields = [f for f in _KPI_FIELDS if getattr(a, f) != getattr(b, f)]
            if fields:
                changes.append(KpiChange(change="changed", before=a, after=b, fields=fields))
    return changes


def _pair_by_title(old: Sequence[_Part[T]], new: Sequence[_Part[T]]) -> list[Pair[T]]:
    """Pairing by title alone (KPIs have no ids): give every part its title as id, then pair."""
    rename = [_Part(normalised(p.title), p.title, p.description, p.node, p.path, None) for p in old]
    rename_new = [_Part(normalised(p.title), p.title, p.description, p.node, p.path, None) for p in new]
    return pair(rename, rename_new)


def _period(period: FiscalPeriod | None) -> Period | None:
    return Period(start=period.start, end=period.end) if period is not None and (period.start or period.end) else None


def _links(measure: Measure) -> list[str]:
    return [f"{link.item}{' (partial)' if link.partial else ''}" for link in measure.links()]


def _part_change(p: Pair[Measure] | Pair[Policy], old: AuditedPlan, new: AuditedPlan, policy_ids: dict[str, str]) -> PartChange | None:
    """What changed of a paired measure or policy (None: nothing), or that it was added or removed."""
    before = PartRef(id=p.old.id, title=p.old.title, policy_id=p.old.policy_id, line=old.line(p.old.path)) if p.old else None
    after = PartRef(id=p.new.id, title=p.new.title, policy_id=p.new.policy_id, line=new.line(p.new.path)) if p.new else None
    if p.old is None:
        return PartChange(change="added", after=after)
    if p.new is None:
        return PartChange(change="removed", before=before)
    a, b = p.old.node, p.new.node
    change = PartChange(change="changed", matched_by=p.matched_by, similarity=p.similarity, before=before, after=after)
    change.description = text_change(a.description, b.description)
    change.kpis = kpi_changes(a.kpis, b.kpis)
    if isinstance(a, Measure) and isinstance(b, Measure):
        if _period(a.schedule) != _period(b.schedule):
            change.schedule = PeriodChange(before=_period(a.schedule), after=_period(b.schedule))
        if (a.owner or None) != (b.owner or None):
            change.owner = ValueChange(before=a.owner, after=b.owner)
        old_links, new_links = _links(a), _links(b)
        if old_links != new_links:
            change.addresses = LinksChange(
                added=[x for x in new_links if x not in old_links], removed=[x for x in old_links if x not in new_links]
            )
            if not change.addresses.added and not change.addresses.removed:
                change.addresses = None  # the same links in another order
    # A title that differs only in its spacing is the same title, as a description is (text_change): a PDF
    # prints Word's gap between Japanese and Latin letters as a space (「AI 議事録」), and the .docx of the
    # same plan has none — a diff of the two listed every title with AI, RPA or DX in it as renamed.
    renamed = re.sub(r"\s+", "", p.old.title) != re.sub(r"\s+", "", p.new.title)
    if renamed:
        change.change = "renamed"
        return change
    # Another id, or under another policy (its policy's new id: renumbered policies move nothing).
    old_policy = policy_ids.get(p.old.policy_id, p.old.policy_id) if p.old.policy_id is not None else None
    moved = p.old.id != p.new.id or old_policy != p.new.policy_id
    if moved or any((change.description, change.kpis, change.schedule, change.owner, change.addresses)):
        return change
    return None


# --- items ---------------------------------------------------------------------------------------


def _item_change(before: ItemResult, after: ItemResult, required: bool) -> ItemChangeKind | None:
    if before.status == after.status:
        return None
    if after.status == "exempt":
        if before.status in ("covered", "partial"):  # a measure replaced by an exemption
            return "loss" if required else "worse"
        return "exempted"
    if before.status == "exempt":
        return "unexempted"
    worse = _RANK[after.status] < _RANK[before.status]
    if required:
        return "loss" if worse else "gain"
    return "worse" if worse else "better"


@dataclass(frozen=True)
class _Stated:
    """A field of the plan's 推進体制 (plan.governance) stated in one version only, or reworded."""

    field: str
    before: str | None
    after: str | None
    line: int | None  # in the new version's file; in the earlier version's when it was removed

    @property
    def change(self) -> Literal["added", "removed", "changed"]:
        return "added" if self.before is None else "removed" if self.after is None else "changed"


def _governance(old: AuditedPlan, new: AuditedPlan) -> list[_Stated]:
    """The fields of plan.governance that changed, in the order the plan model lists them. Spacing alone is no
    change (as in titles and descriptions: a PDF prints Word's gaps as spaces); an empty value is not stated."""
    a, b = old.plan.plan.governance, new.plan.plan.governance
    changed = []
    for name in Governance.model_fields:
        before = (getattr(a, name) if a is not None else None) or None
        after = (getattr(b, name) if b is not None else None) or None
        if before is None and after is None:
            continue
        if before is not None and after is not None and re.sub(r"\s+", "", before) == re.sub(r"\s+", "", after):
            continue
        path: JsonPath = ("plan", "governance", name)
        changed.append(_Stated(name, before, after, old.line(path) if after is None else new.line(path)))
    return changed


def _governance_strength(item: ItemResult, where: str) -> Strength | None:
    """The strength of the audit's evidence that the plan states this field of its 推進体制 for the item (None: no such
    evidence — the item does not ask for the field, or the version does not state it)."""
    for e in item.evidence:
        if e.kind == "governance" and e.location.pointer == where and e.strength in ("covered", "partial"):
            return "covered" if e.strength == "covered" else "partial"
    return None


def _governance_evidence(before: ItemResult, after: ItemResult, stated: Sequence[_Stated]) -> list[EvidenceChange]:
    """The fields of the 推進体制 an item's verdict rests on that were added, removed or reworded: 「cycle」 removed is why
    dx/planning went ● → ○ (a new user's report: the loss named nothing). Which fields an item rests on is what the
    audit recorded: it gives governance evidence for each field the framework's item asks for (dx/planning ← cycle,
    dx/talent ← adviser, training) that the plan states — so a field removed has it in the earlier version, one added in
    the new."""
    changes = []
    for s in stated:
        where = pointer(("plan", "governance", s.field))
        a, b = _governance_strength(before, where), _governance_strength(after, where)
        if a is None and b is None:
            continue
        changes.append(
            EvidenceChange(
                source=f"governance.{s.field}",
                title=s.after if s.after is not None else s.before or "",
                before=a,
                after=b,
                governance=GovernanceChange(field=s.field, change=s.change, line=s.line),
            )
        )
    return changes


def _sources(item: ItemResult, new_id: dict[str, str] | None) -> dict[tuple[bool, str], tuple[Strength, str]]:
    """What gives an item its evidence: (from a policy?, its id in the new plan) → (the strongest strength, title).

    `new_id` names an old part by its new id (None: this is the new plan); an old part that is not in
    the new plan keeps its old id, marked so that it is never taken for a new part of that id."""
    found: dict[tuple[bool, str], tuple[Strength, str]] = {}
    for e in item.evidence:
        if e.kind not in ("explicit", "inferred") or e.strength not in ("covered", "partial"):
            continue
        policy = e.policy_id is not None
        own = e.policy_id if policy else e.measure_id
        if own is None:
            continue
        kind = "p:" if policy else "m:"
        ident = own if new_id is None else new_id.get(kind + own, "\0" + own).removeprefix(kind)
        strength: Strength = "covered" if e.strength == "covered" else "partial"
        title = (e.policy_title if policy else e.measure_title) or ""
        key = (policy, ident)
        if key not in found or (found[key][0] == "partial" and strength == "covered"):
            found[key] = (strength, title)
    return found


def _evidence_changes(before: ItemResult, after: ItemResult, new_id: dict[str, str]) -> list[EvidenceChange]:
    """The measures and policies whose evidence for the item came, went, or changed strength."""
    old, new = _sources(before, new_id), _sources(after, None)
    changes = []
    for key in [*new, *(k for k in old if k not in new)]:
        a, b = old.get(key), new.get(key)
        if a is not None and b is not None and a[0] == b[0]:
            continue
        policy, ident = key
        title = b[1] if b is not None else a[1] if a is not None else ""
        changes.append(
            EvidenceChange(
                source=ident.removeprefix("\0"), title=title, policy=policy, before=a[0] if a else None, after=b[0] if b else None
            )
        )
    return changes


# --- the whole comparison ----------------------------------------------------------------------


def _side(plan: AuditedPlan) -> DiffSide:
    a = plan.audit
    return DiffSide(file=a.file, revision=plan.revision, plan=a.plan, overall_score=a.overall_score, passed=a.passed)


def _head_changes(old: AuditResult, new: AuditResult) -> list[FieldChange]:
    def text(value: object) -> str | None:
        return None if value is None else str(value)

    a, b = old.plan, new.plan
    fields = {
        "municipality": (a.municipality, b.municipality),
        "code": (a.code, b.code),
        "title": (a.title, b.title),
        "stage": (a.stage, b.stage),
        "adopted": (a.adopted, b.adopted),
        "period.start": (a.period_start, b.period_start),
        "period.end": (a.period_end, b.period_end),
    }
    return [FieldChange(field=name, before=text(x), after=text(y)) for name, (x, y) in fields.items() if x != y]


def _scores(old: AuditResult, new: AuditResult) -> list[ScoreChange]:
    after = {f.id: f for f in new.frameworks}
    scores = [
        ScoreChange(
            framework=f.id,
            title=f.title,
            title_en=f.title_en,
            before=f.score.score,
            after=after[f.id].score.score,
            before_counted=f.score.counted(),
            after_counted=after[f.id].score.counted(),
        )
        for f in old.frameworks
        if f.id in after
    ]
    scores.append(ScoreChange(framework="overall", title="総合", title_en="overall", before=old.overall_score, after=new.overall_score))
    return scores


def _procedure_changes(old: AuditResult, new: AuditResult) -> list[ProcedureChange]:
    status_before = {i.id.removeprefix("procedures/"): i.status for f in old.frameworks if f.id == "procedures" for i in f.items}
    status_after = {i.id.removeprefix("procedures/"): i.status for f in new.frameworks if f.id == "procedures" for i in f.items}
    after = {p.id: p for p in new.procedures.items}
    changes = []
    for a in old.procedures.items:
        b = after.get(a.id)
        if b is None or (a.state, a.target_fiscal_year) == (b.state, b.target_fiscal_year):
            continue
        s_before: Status = status_before.get(a.id, "missing")
        s_after: Status = status_after.get(a.id, "missing")
        loss = s_before in _RANK and s_after in _RANK and _RANK[s_after] < _RANK[s_before]
        changes.append(
            ProcedureChange(
                id=a.id,
                title=a.title,
                group=a.group,
                before=a.state,
                after=b.state,
                before_year=a.target_fiscal_year,
                after_year=b.target_fiscal_year,
                status_before=s_before,
                status_after=s_after,
                loss=loss,
            )
        )
    return changes


def _id_map(pairs: Iterable[Pair[Measure] | Pair[Policy]], prefix: str = "") -> dict[str, str]:
    """Old id → new id of the paired parts."""
    return {prefix + p.old.id: prefix + p.new.id for p in pairs if p.old is not None and p.new is not None}


def _edition(framework: FrameworkResult) -> FrameworkEdition:
    """A framework of the diff, with the user's file it came from and what that file made optional."""
    from dxcheck.audit.checks import lowered_items

    lowered = (
        lowered_items(f"{framework.id}@{framework.edition}", {i.id.split("/", 1)[-1] for i in framework.items if i.required})
        if framework.replaces_shipped
        else []
    )
    return FrameworkEdition(
        id=framework.id,
        title=framework.title,
        title_en=framework.title_en,
        edition=framework.edition,
        user_file=framework.user_file,
        replaces_shipped=framework.replaces_shipped,
        lowered=lowered,
    )


def _lost_with_the_edition(
    old: AuditResult, new: AuditResult, said: set[str], ids: dict[str, str], stated: Sequence[_Stated]
) -> list[ItemChange]:
    """The required items of the old version's editions that got worse, both versions audited with those
    editions: what moving the plan to another edition could otherwise hide (an item the new edition lacks)."""
    after_items = {i.id: i for f in new.frameworks for i in f.items}
    lost = []
    for framework in old.frameworks:
        if framework.id == "procedures":
            continue
        for before in framework.items:
            after = after_items.get(before.id)
            if after is None or before.id in said or _item_change(before, after, before.required) != "loss":
                continue
            lost.append(_change(before, after, "loss", before.required, ids, stated))
    return lost


def _change(
    before: ItemResult, after: ItemResult, kind: ItemChangeKind, required: bool, ids: dict[str, str], stated: Sequence[_Stated]
) -> ItemChange:
    """An item's change from `before` to `after`, with the evidence that came and went: measures and policies, then the
    fields of the plan's 推進体制 (`stated`: those that changed) the item rests on."""
    return ItemChange(
        id=before.id,
        framework=before.framework,
        title=before.title,
        title_en=before.title_en,
        group=before.group,
        required=required,
        before=before.status,
        after=after.status,
        change=kind,
        evidence=[*_evidence_changes(before, after, ids), *_governance_evidence(before, after, stated)],
    )


def diff_plans(old: AuditedPlan, new: AuditedPlan) -> PlanDiff:
    """What changed from `old` to `new`: items, measures, policies, procedures, the plan's head, scores."""
    skipped: list[tuple[int, int]] = []
    measure_pairs = pair(_measures(old.plan), _measures(new.plan), skipped)
    policy_pairs = pair(_policies(old.plan), _policies(new.plan), skipped)
    ids = _id_map(measure_pairs, "m:") | _id_map(policy_pairs, "p:")
    after_items = {i.id: i for f in new.audit.frameworks for i in f.items}
    editions = [_edition(f) for f in new.audit.frameworks]
    # Required in the shipped edition, made optional by a user's file that replaces it: a loss all the same.
    lowered = {f"{e.id}/{item}" for e in editions for item in e.lowered}
    stated = _governance(old, new)
    items = []
    for framework in old.audit.frameworks:
        if framework.id == "procedures":  # shown as procedures, with their states
            continue
        for before in framework.items:
            after = after_items.get(before.id)
            if after is None:
                continue
            kind = _item_change(before, after, after.required or after.id in lowered)
            if kind is None:
                continue
            items.append(_change(before, after, kind, after.required, ids, stated))
    if old.under_old_editions is not None and new.under_old_editions is not None:
        items += _lost_with_the_edition(old.under_old_editions, new.under_old_editions, {i.id for i in items}, ids, stated)
    policy_ids = _id_map(policy_pairs)
    measures = [c for p in measure_pairs if (c := _part_change(p, old, new, policy_ids)) is not None]
    policies = [c for p in policy_pairs if (c := _part_change(p, old, new, policy_ids)) is not None]
    procedures = _procedure_changes(old.audit, new.audit)
    head = _head_changes(old.audit, new.audit) + [
        FieldChange(field=f"governance.{s.field}", before=s.before, after=s.after) for s in stated
    ]
    loss = any(i.change == "loss" for i in items) or any(p.loss for p in procedures)
    return PlanDiff(
        old=_side(old),
        new=_side(new),
        unchanged=not (items or measures or policies or procedures or head),
        loss=loss,
        frameworks=editions,
        items=items,
        scores=_scores(old.audit, new.audit),
        plan=head,
        policies=policies,
        measures=measures,
        procedures=procedures,
        similar_titles_skipped=bool(skipped),
    )
