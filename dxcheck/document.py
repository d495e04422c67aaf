"""A plan read from the document where it lives (.docx, PDF, text): the same PlanCheck as a YAML file.

`dxcheck import` writes the draft YAML; `audit`, `lint` and `compare` read a document the same way on
the fly. The draft is checked and audited as any plan, and every finding and piece of evidence points
into the document: the line of a text, or the page of a PDF or Word file, of the policy or measure it
is about (the importer records where each came from).
"""

from __future__ import annotations

from pathlib import Path

from dxcheck import rules
from dxcheck.findings import JsonPath
from dxcheck.framework import FrameworkSet
from dxcheck.lint import Chooser, PlanCheck, check_data
from dxcheck.results import DocumentSummary
from dxcheck.source import is_document

__all__ = ["DocumentPositions", "check_document", "is_document"]


class DocumentPositions:
    """Where the values of a draft plan are in its document: the line or page of the policy or measure
    that holds them (a value outside any has no place: the plan's title, its period…)."""

    def __init__(self, places: dict[JsonPath, tuple[int | None, int | None]]) -> None:
        self._places = places  # path of a policy or measure → (line, page)

    def _place(self, path: JsonPath) -> tuple[int | None, int | None]:
        for end in range(len(path), 0, -1):
            place = self._places.get(path[:end])
            if place is not None:
                return place
        return None, None

    def locate(self, path: JsonPath, *, key: bool = False) -> tuple[int | None, int | None]:
        line, _ = self._place(path)
        return (line, 1) if line is not None else (None, None)

    def page(self, path: JsonPath) -> int | None:
        return self._place(path)[1]


def check_document(path: Path, frameworks: FrameworkSet | Chooser, name: str | None = None) -> PlanCheck:
    """Import a document and check the draft as a plan; a document that cannot be read is a finding."""
    from dxcheck.importer import DocumentError, import_document
    from dxcheck.source import SourceError, SourceText, check_readable, parse_yaml, shown_name

    shown = name if name is not None else shown_name(path)
    try:
        check_readable(path, shown)
    except SourceError as exc:
        return PlanCheck(file=shown, findings=[exc.finding], could_not_run=exc.could_not_run)
    try:
        imported = import_document(path)
    except DocumentError as exc:
        finding = rules.DOCUMENT_UNREADABLE(exc.message_ja, exc.message_en).at(shown)
        return PlanCheck(file=shown, findings=[finding], could_not_run=True)
    source = SourceText(name=shown, text=imported.yaml)
    data = parse_yaml(source)
    summary = DocumentSummary(kind=imported.kind, extractor=imported.extractor, notes=imported.notes)
    check = check_data(source, data, frameworks, positions=DocumentPositions({}), document=summary)
    if check.plan is not None:
        places: dict[JsonPath, tuple[int | None, int | None]] = {}
        walked = [*((w, p.id) for w, p in check.plan.walk_policies()), *((w, m.id) for w, m in check.plan.walk_measures())]
        for where, node_id in walked:
            ref = imported.sources.get(str(node_id))
            if ref is not None:
                places[where] = (ref.origin.line, ref.origin.page)
        check._positions = DocumentPositions(places)
    return check
