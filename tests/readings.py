"""The reading of one measure as the audit reads it, for the tests of the reading's rules (test_reading_shortcuts,
test_reading_hedges): the strongest status the reader gives an item, and the readings that gave it."""

from __future__ import annotations

from typing import Any

from dxcheck.catalogue.framework import shipped_catalogue
from dxcheck.model.plan import Measure
from dxcheck.reading import infer
from dxcheck.reading.japanese import lexicon


def strongest(title: str, description: str, item: str) -> tuple[str, list[Any]]:
    """The status a measure gets for `item` on 自治体DX推進計画 1.0 (the corpus's edition), and every reading of it."""
    reader = infer.Reader(shipped_catalogue().select({"dx": "1.0"}), lexicon())
    matches = reader.read_measure(Measure(id="1", title=title, description=description))
    status = max((m.strength for m in matches if m.item == item), key=("missing", "partial", "covered").index, default="missing")
    return status, [(m.item, m.field, m.reading, m.strength) for m in matches]
