"""The one way a plan is read, whatever holds it: a YAML file, standard input, a document (.docx, PDF,
text) or a file at a git revision — to a `PlanCheck`: the typed plan, its findings, and where each of
its values is in what the user wrote.

    PlanSource ──load──▶ Loaded ──check(frameworks)──▶ PlanCheck
                 (the bytes read once: YAML data and      (schema, typed plan, cross-checks,
                  its positions, or a document's draft     findings located in the file or
                  and the page or line of each measure)    the document)

`read(source, frameworks)` does both, and is what every command uses. `load` and `check` stand apart
for `dxcheck diff`, which checks one version again with the other's editions without reading it a
second time (standard input can be read once). Positions are decided here, once, and travel inside
the PlanCheck: a document's findings and evidence point at its page or line, never at a line of the
intermediate YAML.

May import: dxcheck.model, dxcheck.files, dxcheck.catalogue, dxcheck.plan, dxcheck.importer
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dxcheck.catalogue.framework import FrameworkSet
from dxcheck.files.source import (
    MAX_PLAN_BYTES,
    Positions,
    SourceError,
    SourceText,
    check_readable,
    decode_source,
    is_document,
    load_with_positions,
    parse_yaml,
    read_source,
    shown_name,
)
from dxcheck.model import rules
from dxcheck.model.findings import Finding, JsonPath
from dxcheck.model.results import DocumentSummary
from dxcheck.plan.lint import Chooser, PlanCheck, check_data

__all__ = ["DocumentPositions", "Loaded", "PlanSource", "check", "load", "read"]


@dataclass(frozen=True)
class PlanSource:
    """Where a plan is: a path (a YAML file, `-` for standard input, or a document), optionally at a git
    revision of the repository the file is in. `name` is how reports call it (default: the path)."""

    path: Path
    revision: str | None = None
    name: str | None = None

    @property
    def shown(self) -> str:
        if self.name is not None:
            return self.name
        return str(self.path) if self.revision is not None else shown_name(self.path)


@dataclass(frozen=True)
class Loaded:
    """A plan's content, read once: its text, data and positions; or the finding that says why it
    could not be read (`failure`)."""

    name: str
    source: SourceText | None = None
    data: Any = None
    positions: Positions | None = None
    document: DocumentSummary | None = None
    failure: Finding | None = None
    could_not_run: bool = False


class DocumentPositions:
    """Where the values of a plan read from a document are: the line (text) or page (PDF, Word with page
    breaks) of the policy or measure that holds them. A value outside any (the plan's title, its
    period…) has no place."""

    def __init__(self, data: Any, places: dict[str, tuple[int | None, int | None, int | None]]) -> None:
        self._data = data
        self._places = places  # id of a policy or measure → (line, page, paragraph)

    def _place(self, path: JsonPath) -> tuple[int | None, int | None, int | None]:
        # The innermost policy or measure on the path that the importer placed.
        nodes: list[Any] = []
        node = self._data
        for step in path:
            try:
                node = node[step]
            except (KeyError, IndexError, TypeError):
                break
            nodes.append(node)
        for end in range(len(nodes), 0, -1):
            if end >= 2 and path[end - 2] in ("policies", "measures") and isinstance(nodes[end - 1], dict):
                place = self._places.get(str(nodes[end - 1].get("id")))
                if place is not None:
                    return place
        return None, None, None

    def locate(self, path: JsonPath, *, key: bool = False) -> tuple[int | None, int | None]:
        line = self._place(path)[0]
        return (line, 1) if line is not None else (None, None)

    def page(self, path: JsonPath) -> int | None:
        return self._place(path)[1]

    def paragraph(self, path: JsonPath) -> int | None:
        return self._place(path)[2]


def load(source: PlanSource) -> Loaded:
    """Read a plan's bytes once and parse them: YAML with positions, or a document through the importer.
    A file that cannot be read is a `Loaded` with its finding; a revision git cannot give raises
    `dxcheck.files.revision.RevisionError`."""
    name = source.shown
    if source.revision is not None:
        return _load_revision(source.path, source.revision, name)
    if is_document(source.path):
        try:
            check_readable(source.path, name)
        except SourceError as exc:
            return Loaded(name, failure=exc.finding, could_not_run=exc.could_not_run)
        return _load_document(source.path, name)
    try:
        text = read_source(source.path, name)
        data, positions = load_with_positions(text)
    except SourceError as exc:
        return Loaded(name, failure=exc.finding, could_not_run=exc.could_not_run)
    return Loaded(name, source=text, data=data, positions=positions)


def check(loaded: Loaded, frameworks: FrameworkSet | Chooser) -> PlanCheck:
    """Validate and cross-check what was loaded, with a framework set or a choice of editions made from
    the plan (dxcheck.audit.pipeline)."""
    if loaded.failure is not None or loaded.source is None:
        findings = [loaded.failure] if loaded.failure is not None else []
        return PlanCheck(file=loaded.name, findings=findings, could_not_run=loaded.could_not_run)
    checked = check_data(loaded.source, loaded.data, frameworks, loaded.positions, document=loaded.document)
    if loaded.document is not None and loaded.document.doubts:
        # Before any verdict: a reading that looks broken is said first, as an error (audit exits 2
        # unless --accept-reading; dxcheck.audit.pipeline turns it into a warning then).
        doubts = loaded.document.doubts
        checked.findings.insert(0, rules.READING_DOUBTFUL("。".join(d.ja for d in doubts), "; ".join(d.en for d in doubts)).at(loaded.name))
    return checked


def read(source: PlanSource, frameworks: FrameworkSet | Chooser) -> PlanCheck:
    """A plan read, validated and cross-checked: `check(load(source), frameworks)`."""
    return check(load(source), frameworks)


def _load_revision(path: Path, revision: str, name: str) -> Loaded:
    from dxcheck.files.revision import TooLarge, show
    from dxcheck.importer.sniff import MAX_DOCUMENT_BYTES

    document = is_document(path)
    try:
        data = show(path, revision, MAX_DOCUMENT_BYTES if document else MAX_PLAN_BYTES)
    except TooLarge as exc:
        # Refused by the size git gives, before the file is read: the message a file on disk would get.
        if document:
            mib, limit = exc.size / 2**20, MAX_DOCUMENT_BYTES // 2**20
            failure = rules.DOCUMENT_UNREADABLE(
                f"ファイルが大きすぎます（{mib:.1f} MiB、上限 {limit} MiB）",
                f"the file is too large ({mib:.1f} MiB; the limit is {limit} MiB)",
            )
        else:
            failure = rules.FILE_TOO_LARGE(MAX_PLAN_BYTES // (1024 * 1024))
        return Loaded(name, failure=failure.at(name), could_not_run=document)
    if document:
        # The importer reads a file: the document at the revision, under its own suffix.
        with tempfile.TemporaryDirectory(prefix="dxcheck-rev-") as folder:
            copy = Path(folder) / path.name
            copy.write_bytes(data)
            return _load_document(copy, name)
    try:
        if len(data) > MAX_PLAN_BYTES:
            raise SourceError(rules.FILE_TOO_LARGE(MAX_PLAN_BYTES // (1024 * 1024)).at(name))
        text = decode_source(data, name)
        loaded, positions = load_with_positions(text)
    except SourceError as exc:
        return Loaded(name, failure=exc.finding, could_not_run=exc.could_not_run)
    return Loaded(name, source=text, data=loaded, positions=positions)


def _load_document(path: Path, name: str) -> Loaded:
    """A document read into a draft plan; its positions are the page or line of each policy and measure.
    The import is kept in the disk cache by the document's content (dxcheck.files.import_cache): the
    same document is read once."""
    from dxcheck.files.import_cache import Entry, reader_settings
    from dxcheck.importer import sniff

    limits = f"{sniff.MAX_DOCUMENT_BYTES} {sniff.MAX_DOCUMENT_XML_BYTES} {sniff.MAX_SECONDS}"
    package = Path(sniff.__file__).parent.parent  # all of dxcheck: the reading uses more than dxcheck.importer
    entry = Entry(path, reader_settings(package, limits), sniff.MAX_DOCUMENT_BYTES)
    kept = entry.load()
    if kept is not None:
        yaml, places, summary = kept
        text = SourceText(name=name, text=yaml)
        data = parse_yaml(text)
        return Loaded(name, source=text, data=data, positions=DocumentPositions(data, places), document=summary)
    from dxcheck.importer import DocumentError, import_document

    try:
        imported = import_document(path)
    except DocumentError as exc:
        return Loaded(name, failure=rules.DOCUMENT_UNREADABLE(exc.message_ja, exc.message_en).at(name), could_not_run=True)
    text = SourceText(name=name, text=imported.yaml)
    data = parse_yaml(text)
    places = {node_id: (ref.origin.line, ref.origin.page, ref.origin.paragraph) for node_id, ref in imported.sources.items()}
    reading = imported.reading
    summary = DocumentSummary(kind=imported.kind, extractor=imported.extractor, notes=imported.notes)
    if reading is not None:
        summary.pages, summary.policies, summary.measures = reading.pages, reading.policies, reading.measures
        summary.table_measures, summary.excluded, summary.unplaced = reading.table_measures, reading.excluded, reading.unplaced
        summary.confidence, summary.doubts, summary.cautions = reading.confidence, reading.doubts, reading.cautions
    entry.store(imported.yaml, places, summary)
    return Loaded(name, source=text, data=data, positions=DocumentPositions(data, places), document=summary)
