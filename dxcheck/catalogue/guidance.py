"""What a plan usually writes for an item: frameworks/guidance/<framework>.yaml, checked by
schemas/guidance.schema.json when loaded.

For each item (keyed by its id, in any edition of the framework): a 記載例 that dxcheck wrote in the
style of a plan's measure (not quoted from anything), and cited facts — national targets with their
fiscal year, KPIs plans commonly use, and the section of a national document to read. Every cited
fact carries its source (document, issuer, date, section, URL); a fact without one does not load.
An entry may say it is the same as another framework's (`same_as: dx/online`).

A 記載例 speaks as the plan's own town: the words that depend on it are written {市}, {本市}, {副市長} and
{都道府県} in the file (「{副市長}を CIO…」) and filled from the plan (`Speaker`): 東川町 reads 副町長, 本町, 町が,
上里町 in 埼玉県 reads 「埼玉県や近隣市町村と」 — the texts had said 副市長 and 北海道 to every town.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, field_validator

from dxcheck.catalogue.framework import (
    Catalogue,
    Framework,
    FrameworkError,
    FrameworkItem,
    Source,
    Target,
    _builder,
    _Model,
    shipped_catalogue,
)
from dxcheck.files.resources import data_dir, schema_path
from dxcheck.model.municipality import PREFECTURES, kind_of
from dxcheck.model.results import Advice, CitedLine, Reference

EXAMPLE_LABEL = "記載例"

# The words of a 記載例 that are the plan's own town's, as the file writes them; what each says when the town is
# not known (`explain ITEM` without a plan; a name that ends in none of 市町村区, such as init's 「（団体名）」; a
# prefecture that is not one of the 47): a form that holds for all, to be read as the reader's own.
TOWN_WORDS = {"市": "市（町村）", "本市": "本市（町村）", "副市長": "副市長（副町村長）", "都道府県": "都道府県"}
_TOWN_WORD = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a 記載例 speaks as: the plan's kind of town (市・町・村・区) and its prefecture, None when not known."""

    kind: str | None = None
    prefecture: str | None = None

    @classmethod
    def of(cls, municipality: str, prefecture: str) -> Speaker:
        """The speaker of a plan, from its municipality's name (the kind as `init` reads it: 東川町 → 町) and prefecture."""
        prefecture = prefecture.strip()
        return cls(kind_of(municipality), prefecture if prefecture in PREFECTURES else None)

    def words(self) -> dict[str, str]:
        """Each of TOWN_WORDS as this town says it: {市: 町, 本市: 本町, 副市長: 副町長, 都道府県: 埼玉県}."""
        kind = self.kind
        said = {"市": kind, "本市": f"本{kind}", "副市長": f"副{kind}長"} if kind else {}
        if self.prefecture:
            said["都道府県"] = self.prefecture
        return {**TOWN_WORDS, **said}

    def say(self, text: str) -> str:
        """`text` with its {市}, {本市}, {副市長}, {都道府県} filled in."""
        words = self.words()
        return _TOWN_WORD.sub(lambda m: words[m.group(1)], text)


NO_PLAN = Speaker()


class Citation(_Model):
    """Where a cited fact comes from: every field but `quote` and `via` is required."""

    document: str = Field(min_length=1, description="出典の文書（題名）。")
    issuer: str = Field(min_length=1, description="発行者。")
    date: str = Field(pattern=r"^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$", description="日付（YYYY-MM-DD、日の分からない文書は YYYY-MM）。")
    section: str = Field(min_length=1, description="節・項目・ページ。")
    url: str = Field(pattern=r"^https?://", description="出典の所在（公開されている URL）。")
    via: str | None = Field(default=None, description="文書そのものでなく写しや別のページで読んだときは、それが何か。")
    quote: str | None = Field(default=None, description="出典の該当箇所（引用）。")


class CitedKpi(_Model):
    """A KPI plans commonly use, and where it is used or defined."""

    text: str = Field(min_length=1, description="指標の名前。")
    source: Citation


class CitedTarget(_Model):
    """A national target with its fiscal year (西暦の年度), and its source."""

    fiscal_year: int = Field(ge=2000, le=2100, description="目標の年度（西暦の年度）。")
    text: str = Field(min_length=1, description="目標（日本語）。")
    source: Citation


class ItemGuidance(_Model):
    """What a plan usually writes for one item."""

    same_as: str | None = Field(
        default=None, pattern=r"^[a-z][a-z0-9-]*/[a-z0-9][a-z0-9-]*$", description="別の枠組みの項目の手引きと同じ（dx/online）。"
    )
    example: str | None = Field(default=None, min_length=1, description="記載例: dxcheck が計画の文体で書いた文案（引用ではない）。")
    targets: list[CitedTarget] = Field(default_factory=list, description="国の目標（年度）と出典。")
    kpis: list[CitedKpi] = Field(default_factory=list, description="計画でよく使われる指標（KPI）と出典。")
    guides: list[Citation] = Field(default_factory=list, description="読むべき国の文書の節。")

    @field_validator("example")
    @classmethod
    def _one_paragraph(cls, text: str | None) -> str | None:
        # Written over several lines in the file (a literal block); Japanese joins them without spaces.
        return None if text is None else "".join(line.strip() for line in text.splitlines())


class GuidanceFile(_Model):
    """frameworks/guidance/<framework>.yaml."""

    framework: str = Field(pattern=r"^[a-z][a-z0-9-]*$", description="枠組みの ID（dx、kanmin）。")
    example_label: Literal["記載例"] = Field(description="example が dxcheck の書いた記載例であることの表示。")
    items: dict[str, ItemGuidance] = Field(description="項目 ID ごとの手引き。")


class Guidance:
    """Every shipped guidance file, with `same_as` resolved: lookup by framework and item id."""

    def __init__(self, files: list[GuidanceFile]) -> None:
        self._entries = {(f.framework, item_id): entry for f in files for item_id, entry in f.items.items()}

    def get(self, framework_id: str, item_id: str) -> ItemGuidance | None:
        """The guidance for an item, following `same_as` (one step: the target holds its own)."""
        entry = self._entries.get((framework_id, item_id))
        if entry is not None and entry.same_as is not None:
            other, _, name = entry.same_as.partition("/")
            return self._entries.get((other, name))
        return entry

    def problems(self, catalogue: Catalogue) -> list[str]:
        """Keys that name no item of any edition of their framework; `same_as` that does not resolve,
        or that points at another `same_as`; an entry with both `same_as` and guidance of its own; a
        placeholder in a 記載例 that is none of TOWN_WORDS (「{本町}」 would be shown as written)."""
        found = []
        for (framework_id, item_id), entry in sorted(self._entries.items()):
            where = f"guidance/{framework_id}.yaml: {item_id}"
            unknown = sorted({m.group(1) for m in _TOWN_WORD.finditer(entry.example or "")} - set(TOWN_WORDS))
            if unknown:
                known = ", ".join(f"{{{w}}}" for w in TOWN_WORDS)
                found.append(f"{where}: example: unknown placeholder {', '.join(f'{{{w}}}' for w in unknown)} (known: {known})")
            if not any(f.get_item(item_id) for f in catalogue.editions(framework_id)):
                found.append(f"{where}: not an item of framework {framework_id}")
            if entry.same_as is not None:
                other, _, name = entry.same_as.partition("/")
                target = self._entries.get((other, name))
                if target is None or target.same_as is not None:
                    found.append(f"{where}: same_as {entry.same_as} does not name guidance of its own")
                if entry.example or entry.targets or entry.kpis or entry.guides:
                    found.append(f"{where}: same_as and guidance of its own")
        return found


def _validate(data: Any, name: str) -> GuidanceFile:
    import json

    import jsonschema

    schema = json.loads(schema_path("guidance").read_text(encoding="utf-8"))
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        where = "/".join(str(p) for p in errors[0].absolute_path)
        raise FrameworkError(f"{name}: /{where}: {errors[0].message}")
    return GuidanceFile.model_validate(data)


def load_guidance_file(path: Path) -> GuidanceFile:
    """One guidance file, checked against its schema."""
    from dxcheck.files.source import SourceError, parse_yaml, read_source

    try:
        data = parse_yaml(read_source(path))
    except SourceError as exc:
        raise FrameworkError(f"{path}: {exc.finding.text('en')}") from None
    return _validate(data, f"guidance/{path.name}")


@cache
def shipped_guidance(directory: Path | None = None) -> Guidance:
    """Every guidance file shipped with dxcheck (or those in `directory`), loaded and checked once per
    process; kept in the on-disk cache like the frameworks (any change to a file or the schema is
    validated afresh)."""
    import pydantic

    from dxcheck.files import cache as disk

    folder = directory or data_dir("frameworks") / "guidance"
    files = sorted(folder.glob("*.yaml"))
    parts: list[bytes | str] = [pydantic.VERSION, schema_path("guidance").read_bytes(), Path(__file__).read_bytes()]
    for path in files:
        parts += [path.name, path.read_bytes()]
    cache_file = disk.path("guidance", *parts)
    cached = disk.load(cache_file)
    if isinstance(cached, list):
        build = _builder(GuidanceFile)
        try:
            return Guidance([build(entry) for entry in cached])
        except (TypeError, ValueError, KeyError, AttributeError):
            pass
    loaded = [load_guidance_file(p) for p in files]
    guidance = Guidance(loaded)
    problems = guidance.problems(shipped_catalogue(None if directory is None else directory.parent))
    if problems:
        raise FrameworkError("; ".join(problems))
    disk.store(cache_file, [f.model_dump(mode="json") for f in loaded])
    return guidance


def _reference(citation: Citation) -> Reference:
    return Reference(
        document=citation.document,
        issuer=citation.issuer,
        date=citation.date,
        section=citation.section,
        url=citation.url,
        via=citation.via,
    )


def _from_source(source: Source, issuer: str) -> Reference | None:
    if not source.document:
        return None
    return Reference(
        document=source.document,
        issuer=source.issuer or issuer,
        date=source.date,
        section=source.reference or None,
        url=source.url,
    )


def advice(
    framework: Framework,
    item: FrameworkItem,
    target: Target | None,
    guidance: Guidance | None = None,
    *,
    speaker: Speaker = NO_PLAN,
) -> Advice | None:
    """What a plan usually writes for `item`: the 記載例 (spoken as `speaker`, the plan's town), the national
    target of the framework (`target`, as the audit resolved it) then the cited ones, the KPIs, and the
    item's own section of the national document followed by the documents the guidance names. None for an
    item without guidance (a procedure)."""
    entry = (guidance or shipped_guidance()).get(framework.id, item.id)
    if entry is None:
        return None
    targets = []
    if target is not None:
        source = _from_source(target.source.merged_over(item.source) if target.source else item.source, framework.issuer)
        if source is not None:
            targets.append(CitedLine(text=target.text, fiscal_year=target.fiscal_year, source=source))
    references = [r for r in (_from_source(item.source, framework.issuer),) if r is not None]
    targets += [CitedLine(text=t.text, fiscal_year=t.fiscal_year, source=_reference(t.source)) for t in entry.targets]
    return Advice(
        example=None if entry.example is None else speaker.say(entry.example),
        targets=targets,
        kpis=[CitedLine(text=k.text, source=_reference(k.source)) for k in entry.kpis],
        references=references + [_reference(g) for g in entry.guides],
    )
