"""Blind set 17 (tests/data/import_blind17): eight plans in shapes no earlier set had — a 改定版 whose 【完了】 entries are
no longer measures, measure names wrapping in a narrow table cell under a two-row header, ①② with 【重点】 and 再掲
entries, a 目次 and a 市長あいさつ before the body, an A3 体系 section, numbers only in numbering.xml continuing across
chapters, sections switching between one and two columns, measures boxed only by paragraph borders with 「所管：…」 —
each as .docx and as the PDF LibreOffice prints. The keys were written before any document existed, by a helper that
never saw the importer; the first run is in the set's README (measures 88.5 %, precision 88.5 %, items 92.8 %, doc178
read 2 of 11 and 0 of 11). This holds what the rules reach since, read through the same pipeline as `dxcheck audit`
(benchmarks/document_eval.py)."""

from __future__ import annotations

from typing import Any

import pytest
from blind_sets import assert_every_measure_read, formats_that_differ, outcomes_of


@pytest.fixture(scope="module")
def outcomes() -> list[Any]:
    return outcomes_of("import_blind17", 16)


def test_every_file_of_the_set_is_read_with_its_measures(outcomes: list[Any]) -> None:
    # 【完了】 entries, 施策名 repeated by a two-row header, 再掲 entries: none a measure; the boxed names with 所管: each one
    assert_every_measure_read(outcomes, 174)


def test_the_items_agree_with_the_keys_and_each_format_gives_the_same(outcomes: list[Any]) -> None:
    agree = sum(o.agree for o in outcomes)
    assert agree >= 196, f"items {agree}/208: {[(o.name, o.misses) for o in outcomes]}"
    assert formats_that_differ(outcomes) == []


def test_a_boxed_measures_office_is_its_owner() -> None:
    """「デジタル手続の推進⇥所管：市民課・各課」: the office after 所管 is the measure's owner, in Word and in the PDF."""
    from pathlib import Path

    from dxcheck.importer import import_document

    folder = Path(__file__).resolve().parent / "data" / "import_blind17"
    for name in ("doc178.docx", "doc178.pdf"):
        draft = import_document(folder / name).yaml
        assert "title: デジタル手続の推進\n" in draft, name
        assert "owner: 市民課・各課\n" in draft, name
        assert "owner: 行政改革推進室\n" in draft, name
