"""National frameworks as data: frameworks/*.yaml, each checked by schemas/framework.schema.json.

Adding an edition of a national plan is adding a file (`dx@2.3.yaml`): its items say which item of
the previous edition each continues (`continues`), and what became of the others (`not_continued`).
Plans refer to items as `framework/item` (kanmin/online, dx/telework, procedures/p20-03), resolved
against the edition that applies to the plan; commands and reports name the edition too,
`framework@edition/item` (dx@2.3/frontyard). The `Catalogue` holds every edition; a `FrameworkSet`
holds one edition of each framework: what one plan is audited with.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, model_validator

from dxcheck.files.resources import data_dir, schema_path


class _Model(BaseModel):
    # Built on first validation (a cache miss), not at import: from the cache they are only constructed.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Source(_Model):
    """Where an item comes from: document, edition, date, and article, section or entry."""

    document: str | None = Field(default=None, description="出典の文書。")
    edition: str | None = Field(default=None, description="版。")
    date: str | None = Field(default=None, pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", description="日付（YYYY-MM-DD）。")
    article: str | None = Field(default=None, description="条項（法律の場合）。")
    section: str | None = Field(default=None, description="節・項目番号（計画の場合）。")
    entry: str | None = Field(default=None, description="一覧の番号（手続一覧の場合）。")
    issuer: str | None = Field(default=None, description="発行者（文書が枠組みの発行者と違う場合）。")
    url: str | None = Field(default=None, description="出典の所在（公開されている写しの URL）。")
    quote: str | None = Field(default=None, description="出典の該当箇所（引用）。")

    def merged_over(self, default: Source) -> Source:
        """This source with the missing fields taken from the framework's default."""
        fields = {name: getattr(self, name) or getattr(default, name) for name in type(self).model_fields}
        return Source(**fields)

    @property
    def reference(self) -> str:
        """The article, section or entry number: what a reader looks up."""
        return self.article or self.section or (f"{self.entry}" if self.entry else "") or ""


class Combination(_Model):
    """Words that signal an item only together, in one sentence (「在宅」と「勤務」)."""

    words: list[str] = Field(min_length=1, description="すべてが同じ文に現れたときだけ項目を示す（1語でも可: at_most を付けるとき）。")
    at_most: Literal["partial"] | None = Field(default=None, description="状況証拠にとどまる組合せは partial（一部）まで。")


class Sense(_Model):
    """When a broad word is the item and when it is something else: a rule of its sense."""

    terms: list[str] = Field(description="この規則が当てはまる語（signals の語）。")
    needs: list[str] = Field(default_factory=list, description="同じ文にこのどれかがなければ別の意味（格差 には デジタル・情報・ICT）。")
    not_with: list[str] = Field(default_factory=list, description="同じ節にこのどれかがあれば別の意味（Wi-Fi と 会議室）…")
    unless: list[str] = Field(
        default_factory=list, description="…ただし、このどれかもあれば項目の意味（テレワーク と 企業、ただし 職員）。"
    )
    within: Literal["sentence", "clause"] = Field(
        default="sentence", description="not_with と unless を探す範囲: 文全体か、語のある節だけか。"
    )
    then: Literal["missing", "partial"] = Field(
        default="missing", description="not_with に当たったとき: 別の意味（missing）か、項目の一部にとどまる（partial）か。"
    )


class Vocabulary(_Model):
    """The words that signal an item in Japanese text, and how to tell their sense.

    Matching is on SudachiPy's normalised forms of whole words (dxcheck.reading.japanese); an exclusion
    phrase hides the words inside it (「オンライン会議」 is not 行政手続のオンライン化).
    """

    signals: list[str | list[str] | Combination] = Field(
        default_factory=list, description="項目を示す語。リストは全部が同じ文に現れたときだけ（語と同じ強さ）。"
    )
    excludes: list[str] = Field(default_factory=list, description="数えない言い回し。")
    senses: list[Sense] = Field(default_factory=list, description="広い語の意味の見分け方。")
    problems: list[str] = Field(
        default_factory=list, description="課題を名指す語（押印、格差、漏えい）: 廃止・解消・防止することが取組になる。"
    )


class Allowance(_Model):
    """A later allowance to a target: some cases may finish later (特定移行支援システム)."""

    fiscal_year: int = Field(description="猶予の最終年度（西暦の年度）。")
    text: str = Field(description="どの場合に猶予されるか（日本語）。")
    text_en: str = Field(description="When the allowance applies (English).")
    source: Source | None = Field(default=None, description="猶予の出典。")


class Target(_Model):
    """A national target: the fiscal year by which the item should be achieved."""

    fiscal_year: int = Field(description="国の目標年度（西暦の年度）。")
    month: int | None = Field(
        default=None,
        ge=1,
        le=12,
        description="期限が年度の途中の月のとき、その月（例: 9 = 9月。「遅くとも令和8年9月まで」）。なければ年度末。",
    )
    text: str = Field(description="目標（日本語）。")
    text_en: str = Field(description="Target (English).")
    source: Source | None = Field(default=None, description="目標の出典（項目の出典と違う場合）。")
    allowance: Allowance | None = Field(default=None, description="後に認められた猶予（例: 特定移行支援システム）。")


class ExternalTarget(Target):
    """A target this framework sets on items of another framework (the DX plan on priority procedures).
    A Target itself, so that looking one up builds no model at run time (models are built on first use)."""

    items: list[str] = Field(min_length=1, description="対象: 項目またはグループの ID（procedures/p20、procedures/p22-01）。")


class Continues(_Model):
    """Which item of the previous edition this item continues, and how it changed."""

    item: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", description="前の版の項目 ID。")
    change: Literal["same", "renamed", "broadened"] = Field(
        description="same（同じ）、renamed（名前が変わった）、broadened（範囲が広がった: 前の項目を含む）。"
    )
    note: str | None = None
    source: Source | None = None


class NotContinued(_Model):
    """An item of the previous edition that no item of this edition continues: dropped, or not known."""

    item: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", description="前の版の項目 ID。")
    fate: Literal["dropped", "unknown"] = Field(
        description="dropped（この版で外れたことが出典で分かる）、unknown（この版での扱いを出典で確かめられない: 未収録）。"
    )
    note: str
    source: Source | None = None


GovernanceField = Literal["cio", "body", "adviser", "cycle", "training", "partnership"]


class GovernanceCheck(_Model):
    """One element of the plan's 推進体制 (plan.governance) that an item asks for."""

    field: GovernanceField = Field(description="計画の plan.governance の項目。")
    label: str = Field(description="何を求めるか（日本語）。")
    label_en: str
    measures: bool = Field(default=False, description="この項目に取り組む施策があれば、これを満たすとする（人材育成の施策など）。")
    source: Source | None = None


class Group(_Model):
    """A group of items: 重点取組事項, 5本柱, a group of procedures…"""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str
    title_en: str
    required: bool = True
    source: Source | None = None


class FrameworkItem(_Model):
    """One item of a framework."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str
    title_en: str
    group: str
    required: bool | None = Field(default=None, description="省略時はグループの required。")
    source: Source = Field(default_factory=Source)
    target: Target | None = None
    note: str | None = None
    continues: Continues | None = Field(default=None, description="前の版のどの項目を引き継ぐか（新しい項目なら省く）。")
    governance: list[GovernanceCheck] = Field(default_factory=list, description="推進体制の項目: 計画の plan.governance に求める要素。")
    same_as: str | None = Field(
        default=None, pattern=r"^[a-z][a-z0-9-]*/[a-z0-9][a-z0-9-]*$", description="一覧の項目が別の枠組みのどの項目と同じか。"
    )
    vocabulary: Vocabulary = Field(default_factory=Vocabulary)


class Framework(_Model):
    """A national framework, one edition."""

    model_config = ConfigDict(extra="forbid", frozen=True, title="dxcheck framework", defer_build=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    title: str
    title_en: str
    edition: str = Field(pattern=r"^[^@/\s]+$")
    kind: Literal["framework", "list"] = Field(
        default="framework", description="framework（計画を監査する枠組み）、list（参照される一覧: 監査はしない）。"
    )
    date: str = Field(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
    issuer: str
    horizon: int | None = Field(default=None, description="The last fiscal year the framework covers.")
    horizon_source: Source | None = Field(default=None, description="対象期間の出典。")
    source: Source
    note: str | None = None
    previous: str | None = Field(default=None, description="前の収録版（items の continues はこの版の項目を指す）。")
    not_continued: list[NotContinued] = Field(default_factory=list, description="前の版の項目のうち、この版のどの項目も引き継がないもの。")
    targets: list[ExternalTarget] = Field(default_factory=list, description="他の枠組みの項目に定める国の目標。")
    groups: list[Group]
    items: list[FrameworkItem]

    @model_validator(mode="after")
    def _resolve(self) -> Framework:
        groups = {g.id: g for g in self.groups}
        ids = [i.id for i in self.items]
        if len(set(ids)) != len(ids):
            raise ValueError(f"duplicate item ids in framework {self.id}")
        resolved = []
        for item in self.items:
            if item.group not in groups:
                raise ValueError(f"item {self.id}/{item.id}: unknown group {item.group!r}")
            required = groups[item.group].required if item.required is None else item.required
            resolved.append(item.model_copy(update={"required": required, "source": item.source.merged_over(self.source)}))
        object.__setattr__(self, "items", resolved)
        return self

    def qualified(self, item: FrameworkItem) -> str:
        """The item's qualified id: framework/item."""
        return f"{self.id}/{item.id}"

    @property
    def ref(self) -> str:
        """The framework and its edition: dx@2.3."""
        return f"{self.id}@{self.edition}"

    def edition_ref(self, item: FrameworkItem) -> str:
        """The item with its edition: dx@2.3/frontyard."""
        return f"{self.ref}/{item.id}"

    def group(self, group_id: str) -> Group:
        return next(g for g in self.groups if g.id == group_id)

    def get_item(self, item_id: str) -> FrameworkItem | None:
        return next((i for i in self.items if i.id == item_id), None)


class FrameworkError(Exception):
    """A shipped framework file is broken: a defect of the installation, not of the plan."""


@dataclass(frozen=True)
class FrameworkRef:
    """A framework item found by qualified id."""

    framework: Framework
    item: FrameworkItem

    @property
    def id(self) -> str:
        return self.framework.qualified(self.item)

    @property
    def edition_ref(self) -> str:
        return self.framework.edition_ref(self.item)


@dataclass(frozen=True)
class FrameworkOrigin:
    """Where a framework edition a user added comes from: the file (as reports name it), and whether it
    replaces the edition dxcheck ships under the same id and edition."""

    file: str
    replaces: bool = False


class FrameworkSet:
    """One edition of each framework: what a plan is checked and audited with, with lookup by qualified id."""

    def __init__(self, frameworks: list[Framework], origins: dict[str, FrameworkOrigin] | None = None) -> None:
        self.frameworks = frameworks
        # The editions a user added (by ref, dx@3.0): every report names their file.
        self.origins = {f.ref: origins[f.ref] for f in frameworks if origins and f.ref in origins}
        self._by_id = {f.id: f for f in frameworks}
        if len(self._by_id) != len(frameworks):
            raise ValueError("a framework set holds one edition of each framework")
        self._items = {f.qualified(i): FrameworkRef(f, i) for f in frameworks for i in f.items}
        self._external: dict[str, Target] = {}
        for framework in frameworks:
            for target in framework.targets:
                for ref in target.items:
                    self._external.setdefault(ref, target)

    def __iter__(self) -> Iterator[Framework]:
        return iter(self.frameworks)

    def get(self, framework_id: str) -> Framework | None:
        return self._by_id.get(framework_id)

    def item(self, qualified_id: str) -> FrameworkRef | None:
        return self._items.get(qualified_id)

    @property
    def item_ids(self) -> list[str]:
        return list(self._items)

    @property
    def editions(self) -> dict[str, str]:
        """Each framework's edition."""
        return {f.id: f.edition for f in self.frameworks}

    def target_of(self, framework: Framework, item: FrameworkItem) -> Target | None:
        """The item's national target: its own, or one another framework of the set sets on it or on its group."""
        if item.target is not None:
            return item.target
        return self._external.get(framework.qualified(item)) or self._external.get(f"{framework.id}/{item.group}")


SelectedBy = Literal["option", "config", "declared", "adopted", "period", "before-first", "items", "latest", "only", "against"]


@dataclass(frozen=True)
class EditionChoice:
    """Which edition of a framework a plan is audited with, and why (the pipeline decides)."""

    framework: str
    edition: str
    by: SelectedBy
    reference: str | None = None  # the date or fiscal year the choice was made from; the config file; the plan's own edition
    # The edition in force on the plan's date (adoption, else the period's first day) when it is not the
    # one chosen (a plan declaring an older edition: DX514), and the newest encoded edition's horizon (DX513).
    in_force: str | None = None
    in_force_on: str | None = None
    newest: str | None = None
    newest_horizon: int | None = None


@dataclass(frozen=True)
class PlanFrameworks:
    """What one plan is checked and audited with: one edition of each framework, why each, and the
    catalogue of every edition (to say where an id the edition lacks comes from)."""

    frameworks: FrameworkSet
    choices: tuple[EditionChoice, ...] = ()
    catalogue: Catalogue | None = None
    unknown_editions: tuple[tuple[str, str], ...] = ()  # declared in the plan and not shipped: (framework, edition)

    def choice(self, framework_id: str) -> EditionChoice | None:
        return next((c for c in self.choices if c.framework == framework_id), None)


def parse_ref(ref: str) -> tuple[str, str | None, str | None]:
    """`dx`, `dx@2.3`, `dx/telework`, `dx@2.3/frontyard` → (framework, edition or None, item or None)."""
    head, _, item = ref.partition("/")
    framework, _, edition = head.partition("@")
    return framework, edition or None, item or None


class CatalogueProblem(NamedTuple):
    """A problem across the catalogue's files: the edition (or item) it is at, and what is wrong, in both languages."""

    ref: str
    ja: str
    en: str


class Catalogue:
    """Every framework in every edition, oldest first: the shipped ones, and those a user added
    (`origins`, by ref: dxcheck.catalogue.user)."""

    def __init__(self, frameworks: list[Framework], origins: dict[str, FrameworkOrigin] | None = None) -> None:
        # Chronological, then by id: the 2016 act before the 2020 plan and its procedure list.
        self.frameworks = sorted(frameworks, key=lambda f: (f.date, f.id, f.edition))
        self.origins: dict[str, FrameworkOrigin] = dict(origins or {})
        self._sets: dict[tuple[tuple[str, str], ...], FrameworkSet] = {}
        refs = [f.ref for f in self.frameworks]
        if len(set(refs)) != len(refs):
            raise ValueError("two framework files have the same id and edition")

    def __iter__(self) -> Iterator[Framework]:
        return iter(self.frameworks)

    @property
    def ids(self) -> list[str]:
        """Framework ids, in the order of their first edition."""
        return list(dict.fromkeys(f.id for f in self.frameworks))

    def editions(self, framework_id: str) -> list[Framework]:
        """A framework's editions, oldest first."""
        return [f for f in self.frameworks if f.id == framework_id]

    def get(self, framework_id: str, edition: str | None = None) -> Framework | None:
        """An edition of a framework; the newest without `edition`."""
        found = self.editions(framework_id)
        if edition is None:
            return found[-1] if found else None
        return next((f for f in found if f.edition == edition), None)

    def resolve(self, ref: str) -> Framework | None:
        """`dx` (the newest edition) or `dx@2.3`."""
        framework, edition, _ = parse_ref(ref)
        return self.get(framework, edition)

    def item(self, ref: str) -> FrameworkRef | None:
        """`dx@2.3/frontyard`; `dx/telework` is the newest edition that has the item."""
        framework_id, edition, item_id = parse_ref(ref)
        if item_id is None:
            return None
        candidates = [self.get(framework_id, edition)] if edition else reversed(self.editions(framework_id))
        for framework in candidates:
            if framework is not None and (item := framework.get_item(item_id)) is not None:
                return FrameworkRef(framework, item)
        return None

    @property
    def item_refs(self) -> list[str]:
        """Every item of every edition, as framework@edition/item."""
        return [f.edition_ref(i) for f in self.frameworks for i in f.items]

    @property
    def item_ids(self) -> list[str]:
        """Every item id a plan may use (framework/item), in any edition."""
        return list(dict.fromkeys(f.qualified(i) for f in self.frameworks for i in f.items))

    def in_force(self, framework_id: str, day: str) -> tuple[Framework, bool] | None:
        """The newest edition published on or before `day` (YYYY-MM-DD), and True; or, when `day` is
        before the first edition, the first edition and False."""
        found = self.editions(framework_id)
        if not found:
            return None
        published = [f for f in found if f.date <= day]
        return (published[-1], True) if published else (found[0], False)

    def select(self, choice: dict[str, str] | None = None, only: list[str] | None = None) -> FrameworkSet:
        """One edition of each framework that audits plans (not the reference lists): the one `choice`
        names, else the newest; only the frameworks in `only` when given. The same choice gives the
        same set object (the reader of Japanese text is built once per set)."""
        choice = choice or {}
        chosen = []
        for framework_id in self.ids:
            newest = self.get(framework_id)
            assert newest is not None
            if newest.kind != "framework" or (only is not None and framework_id not in only):
                continue
            edition = self.get(framework_id, choice.get(framework_id)) if framework_id in choice else newest
            if edition is None:
                raise KeyError(f"{framework_id}@{choice[framework_id]}")
            chosen.append(edition)
        key = tuple((f.id, f.edition) for f in chosen)
        if key not in self._sets:
            self._sets[key] = FrameworkSet(chosen, self.origins)  # in the order of each framework's first edition
        return self._sets[key]

    def problems(self) -> list[CatalogueProblem]:
        """What is wrong across the files (one file's schema cannot see it): a `previous` edition that
        is not there or not the one right before (an edition added in between), `continues` or `not_continued` naming items the previous edition lacks, items of
        the previous edition not accounted for (or twice), `same_as` and target references that do not
        resolve. Each in Japanese and English: a town's officer who adds an edition reads them (FW009)."""
        found: list[CatalogueProblem] = []
        for framework in self.frameworks:
            where = framework.ref

            def say(ja: str, en: str, at: str = where) -> None:
                found.append(CatalogueProblem(at, f"{at}: {ja}", f"{at}: {en}"))

            if framework.previous is not None:
                before = self.get(framework.id, framework.previous)
                if before is None:
                    say(
                        f"前の版 {framework.previous}（previous）が、同梱の版にも利用者の枠組みファイルにもありません",
                        f"previous edition {framework.previous} is not shipped",
                    )
                    continue
                if before.date >= framework.date:
                    say(
                        f"前の版 {framework.previous}（previous）の date がこの版の date より前ではありません",
                        f"previous edition {framework.previous} is not older",
                    )
                editions = self.editions(framework.id)
                between = (
                    [e.edition for e in editions[editions.index(before) + 1 : editions.index(framework)]] if before in editions else []
                )
                if between:  # an edition added in between (a user's 2.0 under the shipped 2.3): 2.3's continues name 1.0's items
                    say(
                        f"前の版 {framework.previous} は直前の版ではありません（間に {between[-1]} があります）。"
                        f'{framework.ref} を置き換えるファイルで previous: "{between[-1]}" とするか、{between[-1]} を外してください',
                        f"previous edition {framework.previous} is not the one before it ({between[-1]}); "
                        f'give {framework.ref} previous: "{between[-1]}" (a file replacing it) or leave {between[-1]} out',
                    )
                accounted = [i.continues.item for i in framework.items if i.continues is not None]
                accounted += [n.item for n in framework.not_continued]
                for name in accounted:
                    if before.get_item(name) is None:
                        say(
                            f"continues / not_continued の {name} は {before.ref} の項目ではありません",
                            f"{name} is not an item of {before.ref}",
                        )
                for item in before.items:
                    times = accounted.count(item.id)
                    if times != 1:
                        say(
                            f"{before.ref}/{item.id} が continues / not_continued で {times} 回挙げられています（前の版の項目はちょうど 1 回ずつ）",
                            f"{before.ref}/{item.id} is accounted for {times} times (continues / not_continued)",
                        )
            elif any(i.continues is not None for i in framework.items) or framework.not_continued:
                say(
                    "前の版（previous）がないのに continues / not_continued があります",
                    "continues / not_continued without a previous edition",
                )
            for item in framework.items:
                if item.same_as is not None and self.item(item.same_as) is None:
                    say(
                        f"same_as の {item.same_as} が見つかりません",
                        f"same_as {item.same_as} does not resolve",
                        at=f"{where}/{item.id}",
                    )
            for target in framework.targets:
                for ref in target.items:
                    other, _, name = ref.partition("/")
                    catalogue = self.get(other)
                    if catalogue is None or not (catalogue.get_item(name) or any(g.id == name for g in catalogue.groups)):
                        say(f"目標（targets）の {ref} は項目でもグループでもありません", f"target for {ref}, which is not an item or group")
        return found

    def carry(self, framework_id: str, old: str, new: str) -> dict[str, tuple[str | None, str]]:
        """Where each item of edition `old` went in edition `new`, following each edition's
        `continues` and `not_continued`: item → (item in `new`, or None; how: same, renamed,
        broadened, dropped, unknown). An item continued unchanged through every step is "same"."""
        editions = self.editions(framework_id)
        names = [f.edition for f in editions]
        start, end = names.index(old), names.index(new)
        if end < start:
            raise ValueError(f"{framework_id}@{new} is older than {framework_id}@{old}")
        where: dict[str, tuple[str | None, str]] = {i.id: (i.id, "same") for i in editions[start].items}
        for step in editions[start + 1 : end + 1]:
            forward: dict[str, tuple[str | None, str]] = {}
            for item in step.items:
                if item.continues is not None:
                    forward[item.continues.item] = (item.id, item.continues.change)
            for fate in step.not_continued:
                forward[fate.item] = (None, fate.fate)
            moved: dict[str, tuple[str | None, str]] = {}
            for origin, (current, how) in where.items():
                if current is None:
                    moved[origin] = (None, how)
                    continue
                target, change = forward.get(current, (None, "unknown"))
                moved[origin] = (target, change if how == "same" else how if change == "same" else change)
            where = moved
        return where


ChangeKind = Literal["same", "renamed", "broadened", "new", "dropped", "unknown"]


@dataclass(frozen=True)
class Change:
    """One line of `dxcheck frameworks diff`: an item added, carried (as it was, renamed, broadened),
    dropped, or whose fate is not encoded; and whether its national target changed."""

    kind: ChangeKind
    old: FrameworkItem | None
    new: FrameworkItem | None
    note: str | None = None
    target_changed: bool = False


def _target_key(target: Target | None) -> tuple[object, ...] | None:
    if target is None:
        return None
    allowance = target.allowance
    return (target.fiscal_year, target.month, target.text, allowance.fiscal_year if allowance else None)


def diff(catalogue: Catalogue, before: Framework, after: Framework) -> list[Change]:
    """What changed from edition `before` to edition `after` of one framework (older to newer): the
    newer edition's items in its order, then the older items it does not carry."""
    if before.date > after.date:
        raise ValueError(f"{before.ref} is newer than {after.ref}")
    mapping = catalogue.carry(before.id, before.edition, after.edition)
    old_sets, new_sets = catalogue.select({before.id: before.edition}), catalogue.select({after.id: after.edition})
    origins: dict[str, list[tuple[str, str]]] = {}
    for old_id, (target, how) in mapping.items():
        if target is not None:
            origins.setdefault(target, []).append((old_id, how))
    changes = []
    for item in after.items:
        came = origins.get(item.id, [])
        if not came:
            changes.append(Change("new", None, item, item.note))
            continue
        old_id, how = came[0]
        old_item = before.get_item(old_id)
        assert old_item is not None
        kind: ChangeKind = "renamed" if how == "same" and old_item.title != item.title else how  # type: ignore[assignment]
        targets = _target_key(old_sets.target_of(before, old_item)), _target_key(new_sets.target_of(after, item))
        note = item.continues.note if item.continues is not None else None
        changes.append(Change(kind, old_item, item, note, targets[0] != targets[1]))
    fates = {n.item: n for n in after.not_continued}
    for item in before.items:
        target, how = mapping.get(item.id, (None, "unknown"))
        if target is None:
            fate = fates.get(item.id)
            changes.append(Change("dropped" if how == "dropped" else "unknown", item, None, fate.note if fate else None))
    return changes


def _validate_against_schema(data: Any, name: str) -> None:
    import json

    import jsonschema

    schema = json.loads(schema_path("framework").read_text(encoding="utf-8"))
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        where = "/".join(str(p) for p in errors[0].absolute_path)
        raise FrameworkError(f"{name}: /{where}: {errors[0].message}")


def load_framework(path: Path) -> Framework:
    """Load one framework file, checked against its schema."""
    from dxcheck.files.source import SourceError, parse_yaml, read_source

    try:
        data = parse_yaml(read_source(path))
    except SourceError as exc:
        raise FrameworkError(f"{path}: {exc.finding.text('en')}") from None
    _validate_against_schema(data, path.name)
    return Framework.model_validate(data)


def _cache_file(files: list[Path], extra: list[tuple[str, str, bytes]] | None = None) -> Path | None:
    """Where the validated frameworks are kept between runs, named by everything they depend on: the
    shipped files, and `extra` files (a user's: dxcheck.catalogue.user) by kind, name and content."""
    import pydantic

    from dxcheck.files import cache as disk

    parts: list[bytes | str] = [pydantic.VERSION, schema_path("framework").read_bytes(), Path(__file__).read_bytes()]
    for path in files:
        parts += [path.name, path.read_bytes()]
    kind = "frameworks"
    if extra:
        kind = "frameworks-user"
        for part in extra:
            parts += list(part)
    return disk.path(kind, *parts)


@cache
def shipped_catalogue(directory: Path | None = None) -> Catalogue:
    """Every framework edition shipped with dxcheck (or those in `directory`), loaded once per process.

    Loading means parsing and validating every file (schema and model); the validated result is
    cached on disk under a name that hashes the files, the schema and the versions, so any change
    to them is validated afresh. DXCHECK_NO_CACHE=1 turns the cache off.
    """
    folder = directory or data_dir("frameworks")
    files = sorted(folder.glob("*.yaml"))
    from dxcheck.files import cache as disk

    cache_file = _cache_file(files)
    cached = _from_cache(disk.load(cache_file))
    if cached is not None:
        return cached
    loaded = Catalogue([load_framework(p) for p in files])
    problems = loaded.problems()
    if problems:
        raise FrameworkError("; ".join(p.en for p in problems))
    disk.store(cache_file, [f.model_dump(mode="json") for f in loaded.frameworks])
    return loaded


def _from_cache(data: Any) -> Catalogue | None:
    """The catalogue from its cache entry: plain data that dxcheck validated and wrote itself (the
    entry's MAC says so: files/cache.py), so built without validating again (building the validators
    alone costs 25 ms); anything that does not fit the models' shape is no entry."""
    if not isinstance(data, list):
        return None
    build = _builder(Framework)
    try:
        return Catalogue([build(entry) for entry in data])
    except (TypeError, ValueError, KeyError, AttributeError):
        return None


def _builder(kind: Any) -> Callable[[Any], Any]:
    """A function that makes JSON data an instance of the annotation `kind`, by the models' fields,
    unvalidated (as unpickling did): each model's fields set as `model_construct` sets them."""
    import types
    import typing

    if isinstance(kind, type) and issubclass(kind, BaseModel):
        model = kind
        fields = [(name, _builder(info.annotation)) for name, info in model.model_fields.items()]
        names = frozenset(model.model_fields)

        def build_model(value: Any) -> Any:
            if not isinstance(value, dict) or value.keys() != names:
                raise TypeError(model.__name__)
            made = model.__new__(model)
            object.__setattr__(made, "__dict__", {name: build(value[name]) for name, build in fields})
            object.__setattr__(made, "__pydantic_fields_set__", set(names))
            object.__setattr__(made, "__pydantic_extra__", None)
            object.__setattr__(made, "__pydantic_private__", None)
            return made

        return build_model
    origin = typing.get_origin(kind)
    if origin is list:
        (element,) = typing.get_args(kind)
        each = _builder(element)

        def build_list(value: Any) -> list[Any]:
            if not isinstance(value, list):
                raise TypeError("list")
            return [each(v) for v in value]

        return build_list
    if origin is dict:
        _, element = typing.get_args(kind)
        each_value = _builder(element)

        def build_dict(value: Any) -> dict[str, Any]:
            if not isinstance(value, dict):
                raise TypeError("dict")
            return {str(k): each_value(v) for k, v in value.items()}

        return build_dict
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(kind)
        from_object = next((_builder(o) for o in options if isinstance(o, type) and issubclass(o, BaseModel)), None)
        from_list = next((_builder(o) for o in options if typing.get_origin(o) is list), None)
        plain = tuple(o for o in options if o in (str, bool, int, float, type(None))) or (type(None),)
        literal = any(typing.get_origin(o) is Literal for o in options)

        def build_union(value: Any) -> Any:
            if isinstance(value, dict) and from_object is not None:
                return from_object(value)
            if isinstance(value, list) and from_list is not None:
                return from_list(value)
            if isinstance(value, plain) or (literal and isinstance(value, str)):
                return value
            raise TypeError(repr(kind))

        return build_union
    if kind in (str, bool, int, float) or origin is Literal:
        expected = (str,) if origin is Literal else (kind,)

        def build_scalar(value: Any) -> Any:
            if not isinstance(value, expected):
                raise TypeError(repr(kind))
            return value

        return build_scalar
    raise TypeError(repr(kind))
