"""National frameworks as data: frameworks/*.yaml, each checked by schemas/framework.schema.json.

Adding an edition of a national plan is adding a file. Items are referred to by qualified id,
`framework/item`: kanmin/online, dx/telework, procedures/p20-03.
"""

from __future__ import annotations

import os
import pickle
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from dxcheck import __version__
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


class Vocabulary(_Model):
    """The words that signal an item in Japanese text, and the phrases that must not count.

    A signal is a term, or a list of terms that must all occur in the same text. Matching is
    done on NFKC-normalised text without spaces; an exclusion phrase is removed from the text
    before signals are looked for (「オンライン会議」 does not signal オンライン化).
    """

    signals: list[str | list[str]] = Field(default_factory=list, description="項目を示す語。リストは全部が現れたときだけ。")
    excludes: list[str] = Field(default_factory=list, description="数えない言い回し。")


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
    """Where the validated frameworks are kept between runs, named by a hash of everything they depend on."""
    if os.environ.get("DXCHECK_NO_CACHE"):
        return None
    import hashlib

    import pydantic

    digest = hashlib.sha256(f"{__version__} {pydantic.VERSION} {sys.version}".encode())
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    digest.update(schema_path("framework").read_bytes())
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "dxcheck" / f"frameworks-{digest.hexdigest()[:24]}.pickle"


@cache
def shipped_frameworks(directory: Path | None = None) -> FrameworkSet:
    """The frameworks shipped with dxcheck (or those in `directory`), loaded once per process.

    Loading means parsing and validating every file (schema and model); the validated result is
    cached on disk under a name that hashes the files, the schema and the versions, so any change
    to them is validated afresh. DXCHECK_NO_CACHE=1 turns the cache off.
    """
    folder = directory or data_dir("frameworks")
    files = sorted(folder.glob("*.yaml"))
    cache_file = _cache_file(files)
    if cache_file is not None and cache_file.is_file():
        try:
            with cache_file.open("rb") as stream:
                cached = pickle.load(stream)
            if isinstance(cached, FrameworkSet):
                return cached
        except Exception:
            pass
    frameworks = [load_framework(p) for p in files]
    # Chronological, then by id: the 2016 act before the 2020 plan and its procedure list.
    loaded = FrameworkSet(sorted(frameworks, key=lambda f: (f.date, f.id)))
    if cache_file is not None:
        try:
            cache_file.parent.mkdir(parents=True, exist_ok=True)
            from dxcheck.atomic import write_atomically

            write_atomically(cache_file, pickle.dumps(loaded, protocol=pickle.HIGHEST_PROTOCOL))
        except OSError:
            pass  # a read-only home: work without the cache
    return loaded
