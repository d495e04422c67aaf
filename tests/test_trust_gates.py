"""Trust (issue 25, item 17): the gates a CI job relies on, each pinned by a test that fails when the
gate moves — `--fail-on partial` fails on missing items too, `--min-score` passes a plan exactly at
the bar, `compare --sort code` puts a town without a code last.

Each test was seen failing with its behaviour broken once (the comparison or the statuses changed).
"""

from __future__ import annotations

import json
from pathlib import Path

from conftest import MINIMAL_PLAN, PLANS, run_cli


def test_fail_on_partial_fails_a_plan_whose_required_items_are_missing_not_partial(tmp_path: Path) -> None:
    """`--fail-on partial` is stricter than `missing`: a missing item fails it as it fails the default.
    The plan has no partial item at all, so only the missing ones can make it fail."""
    plan = tmp_path / "plan.yaml"
    plan.write_text(MINIMAL_PLAN, encoding="utf-8")
    document = json.loads(run_cli("audit", str(plan), "--fail-on", "never", "--format", "json").output)
    statuses = {i["status"] for f in document["frameworks"] for i in f["items"] if i["required"]}
    assert statuses == {"covered", "missing"}  # no partial item: the test is about the missing ones
    assert run_cli("audit", str(plan), "--fail-on", "never").exit_code == 0
    run = run_cli("audit", str(plan), "--fail-on", "partial", "--format", "json")
    assert run.exit_code == 1, run.output
    verdict = json.loads(run.output)["verdict"]
    assert (verdict["passed"], verdict["bar"]["fail_on"], [r["gate"] for r in verdict["reasons"]]) == (False, "partial", ["missing"])
    assert "不合格: 必須項目が " in run_cli("audit", str(plan), "--fail-on", "partial").output


def test_min_score_passes_a_plan_exactly_at_the_bar() -> None:
    """With --require-procedures (the procedures count in 総合), 芦別市 scores (80 + 100 + 50) / 3 = 76.666…
    (shown 76.7) and fails no item: a bar of exactly that score is met (exit 0); the bar is compared before
    rounding, so 76.7 is not (test_trust_scores.py)."""
    plan = str(PLANS / "ashibetsu.yaml")
    document = json.loads(run_cli("audit", plan, "--require-procedures", "--format", "json").output)
    assert (document["overall_score"], document["passed"]) == (76.7, True)
    at = run_cli("audit", plan, "--require-procedures", "--min-score", repr(230 / 3), "--format", "json")
    assert at.exit_code == 0, at.output
    assert json.loads(at.output)["passed"] is True
    above = run_cli("audit", plan, "--require-procedures", "--min-score", "76.7")
    assert above.exit_code == 1
    assert "不合格" in above.output


def test_compare_sort_code_puts_a_town_without_a_code_last(tmp_path: Path) -> None:
    """Codes in order (012165 < 012297 < 012319 < 113859), then the town that gave none — whether its
    file comes first (a.yaml) and whatever its name (あ町 sorts before every kanji name)."""
    nameless = tmp_path / "a.yaml"
    nameless.write_text(MINIMAL_PLAN.replace("  name: 恵庭市\n", "  name: あ町\n").replace('  code: "012319"\n', ""), encoding="utf-8")
    run = run_cli("compare", str(nameless), str(PLANS), "--sort", "code", "--format", "json")
    assert run.exit_code in (0, 1), run.stderr
    order = [(t["municipality"], t.get("code")) for t in json.loads(run.output)["towns"]]
    assert order == [("芦別市", "012165"), ("富良野市", "012297"), ("恵庭市", "012319"), ("上里町", "113859"), ("あ町", None)]
