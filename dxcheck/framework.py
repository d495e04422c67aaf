"""National frameworks as data: frameworks/*.yaml, each checked by schemas/framework.schema.json.

Adding an edition of a national plan is adding a file. Items are referred to by qualified id,
`framework/item`: kanmin/online, dx/telework, procedures/p20-03.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from dxcheck.resources import data_dir, schema_path


class _Model(BaseModel):
    # Built on first validation (a cache miss), not at import: from the cache they are only unpickled.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Source(_Model):
    """Where an item comes from: document, edition, date, and article, section or entry."""

    document: str | None = Field(default=None, description="出典の文書。")
    edition: str | None = Field(default=None, description="版。")
    date: str | None = Field(default=None, pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", description="日付（YYYY-MM-DD）。")
    article: str | None = Field(default=None, description="条項（法律の場合）。")
    section: str | None = Field(default=None, description="節・項目番号（計画の場合）。")
    entry: str | None = Field(default=None, description="一覧の番号（手続一覧の場合）。")

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

    Matching is on SudachiPy's normalised forms of whole words (dxcheck.japanese); an exclusion
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


class Target(_Model):
    """A national target: the fiscal year by which the item should be achieved."""

    fiscal_year: int = Field(description="国の目標年度（西暦の年度）。")
    text: str = Field(description="目標（日本語）。")
    text_en: str = Field(description="Target (English).")


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
    vocabulary: Vocabulary = Field(default_factory=Vocabulary)


class Framework(_Model):
    """A national framework, one edition."""

    model_config = ConfigDict(extra="forbid", frozen=True, title="dxcheck framework", defer_build=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    title: str
    title_en: str
    edition: str
    date: str = Field(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
    issuer: str
    horizon: int | None = Field(default=None, description="The last fiscal year the framework covers.")
    source: Source
    note: str | None = None
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

    def group(self, group_id: str) -> Group:
        return next(g for g in self.groups if g.id == group_id)


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


class FrameworkSet:
    """The frameworks in force, with lookup by qualified id."""

    def __init__(self, frameworks: list[Framework]) -> None:
        self.frameworks = frameworks
        self._by_id = {f.id: f for f in frameworks}
        self._items = {f.qualified(i): FrameworkRef(f, i) for f in frameworks for i in f.items}

    def __iter__(self) -> Iterator[Framework]:
        return iter(self.frameworks)

    def get(self, framework_id: str) -> Framework | None:
        return self._by_id.get(framework_id)

    def item(self, qualified_id: str) -> FrameworkRef | None:
        return self._items.get(qualified_id)

    @property
    def item_ids(self) -> list[str]:
        return list(self._items)


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
    from dxcheck.source import SourceError, parse_yaml, read_source

    try:
        data = parse_yaml(read_source(path))
    except SourceError as exc:
        raise FrameworkError(f"{path}: {exc.finding.text('en')}") from None
    _validate_against_schema(data, path.name)
    return Framework.model_validate(data)


def _cache_file(files: list[Path]) -> Path | None:
    """Where the validated frameworks are kept between runs, named by everything they depend on."""
    import pydantic

    from dxcheck import cache as disk

    parts: list[bytes | str] = [pydantic.VERSION, schema_path("framework").read_bytes(), Path(__file__).read_bytes()]
    for path in files:
        parts += [path.name, path.read_bytes()]
    return disk.path("frameworks", *parts)


@cache
def shipped_frameworks(directory: Path | None = None) -> FrameworkSet:
    """The frameworks shipped with dxcheck (or those in `directory`), loaded once per process.

    Loading means parsing and validating every file (schema and model); the validated result is
    cached on disk under a name that hashes the files, the schema and the versions, so any change
    to them is validated afresh. DXCHECK_NO_CACHE=1 turns the cache off.
    """
    folder = directory or data_dir("frameworks")
    files = sorted(folder.glob("*.yaml"))
    from dxcheck import cache as disk

    cache_file = _cache_file(files)
    cached = disk.load(cache_file, FrameworkSet)
    if cached is not None:
        return cached
    frameworks = [load_framework(p) for p in files]
    # Chronological, then by id: the 2016 act before the 2020 plan and its procedure list.
    loaded = FrameworkSet(sorted(frameworks, key=lambda f: (f.date, f.id)))
    disk.store(cache_file, loaded)
    return loaded
