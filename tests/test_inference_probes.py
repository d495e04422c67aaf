"""The audit's reading of Japanese text against the probe corpus (tests/data/inference_probes.yaml).

349 plan fragments with the verdicts of three judges, two of them blind, written before the rules.
The bar is 95 % of probes read exactly as the judges read them; every disagreement is printed
(`pytest tests/test_inference_probes.py -s`). benchmarks/inference_eval.py prints the figures per
class and per item.
"""

from __future__ import annotations

import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from inference_eval import evaluate, load_probes, report


def test_the_audit_reads_the_probes_as_the_judges_do(capsys: pytest.CaptureFixture[str]) -> None:
    outcomes = evaluate(load_probes())
    with capsys.disabled():
        share = report(outcomes, listing=True)
    assert share >= 0.95


def test_each_class_of_sentence_is_read_mostly_right() -> None:
    outcomes = evaluate(load_probes())
    for name in {str(o.probe["class"]) for o in outcomes}:
        of_class = [o for o in outcomes if o.probe["class"] == name]
        assert sum(o.agrees for o in of_class) / len(of_class) >= 0.85, name
