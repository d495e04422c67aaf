"""Blind set 16 (tests/data/import_blind16): eight plans in shapes no earlier set had — two workbooks and a slide deck
published as PDF only, typed 1-1-1 numbering, a table set with tab stops, a 実施計画's one-paragraph measures, a long
現状分析 before an 「アクションプラン」 chapter, a joint plan of two towns — the keys written before any document existed,
by a helper that never saw the importer. The first run is in the set's README (measures 36.1 %, precision 54.5 %, one
refused). What the rules reach since, read through the same pipeline as `dxcheck audit` (benchmarks/document_eval.py);
the slide deck (doc162: text boxes) and the joint plan (doc167: the second town's table read too) are not read right
yet, and are left out of the per-file check (docs/import.md)."""

from __future__ import annotations

from typing import Any

import pytest
from blind_sets import outcomes_of


@pytest.fixture(scope="module")
def outcomes() -> list[Any]:
    return outcomes_of("import_blind16", 13)


def test_the_shapes_read_since_the_first_run(outcomes: list[Any]) -> None:
    read = {o.name: o for o in outcomes}
    # the workbook's sheets under 「計画の概要」 (refused), 1-1-1 under 「施策1-1」 (0 of 13), the 実施計画's paragraphs
    # (0 of 16), 「アクション1」 (a label), the tab-stop table (its lines read as titles, tabs and all)
    for name in (
        "doc161.pdf",
        "doc163.docx",
        "doc163.pdf",
        "doc164.docx",
        "doc165.docx",
        "doc165.pdf",
        "doc166.docx",
        "doc166.pdf",
        "doc168.pdf",
    ):
        outcome = read[name]
        assert outcome.found == outcome.want == outcome.got, (name, outcome.misses)
    assert not [o.name for o in outcomes if o.refused]
    assert sum(o.found for o in outcomes) >= 157
    assert sum(o.agree for o in outcomes) >= 147
