"""The blind document sets read through benchmarks/document_eval.py, as their tests check them (test_blind14, 15, 16):
each file's outcome against its key, and the checks every fully read set shares."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def outcomes_of(folder: str, files: int) -> list[Any]:
    """Each .docx and .pdf of tests/data/`folder` with a key, read and scored (document_eval.Outcome)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import document_eval

    where = ROOT / "tests" / "data" / folder
    documents = sorted(p for p in where.iterdir() if p.suffix in (".docx", ".pdf") and document_eval._key(p).exists())
    assert len(documents) == files
    return [document_eval.evaluate(d, verbose=True) for d in documents]


def assert_every_measure_read(outcomes: list[Any], measures: int) -> None:
    """Every measure of every file found, none read twice, none refused or doubted, town, code and period right."""
    want = sum(o.want for o in outcomes)
    found = sum(o.found for o in outcomes)
    got = sum(o.got for o in outcomes)
    correct = sum(o.correct for o in outcomes)
    misses = [(o.name, o.misses) for o in outcomes if o.found < o.want or o.refused]
    assert found == want == measures, misses
    assert correct / got >= 0.99, f"precision {correct / got:.1%}"
    # a measure read twice (from a 体系 table and its chapter) is "correct" twice: the count says so
    assert got == want, [(o.name, o.got, o.want) for o in outcomes if o.got != o.want]
    assert not [o.name for o in outcomes if o.refused or o.doubted]
    assert all(o.town and o.code and o.period for o in outcomes), [(o.name, o.misses) for o in outcomes]


def formats_that_differ(outcomes: list[Any]) -> list[str]:
    """The documents whose files (.docx, PDFs) give different verdicts."""
    by_document: dict[str, set[tuple[tuple[str, str], ...]]] = {}
    for o in outcomes:
        by_document.setdefault(o.name.split(".")[0], set()).add(tuple(sorted(o.verdicts.items())))
    return sorted(name for name, verdicts in by_document.items() if len(verdicts) > 1)
