"""What the audit's and lint's per-plan shortcuts rely on (issue 27, fourth pass): each gives what the long
way gives. The timings are in benchmarks/before_after.py."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

from conftest import EXAMPLE_PLANS, ROOT, pipeline, run_cli
from dxcheck.model.findings import Finding, JsonPath, Severity
from dxcheck.model.message import Message
from dxcheck.model.plan import Plan
from dxcheck.plan.lint import _Walked

GENERATE = ROOT / "benchmarks" / "generate.py"


def _plan(path: Path) -> Plan:
    plan = pipeline().check(path).plan
    assert plan is not None, path
    return plan


def test_a_located_finding_keeps_every_field_but_its_position() -> None:
    """Finding.located copies field by field: a field added to Finding and not copied fails here."""
    values = {
        "code": "DX000",
        "severity": Severity.WARNING,
        "message": Message("日本語", "English"),
        "file": "plan.yaml",
        "path": ("policies", 0),
        "at_key": True,
        "line": 3,
        "column": 4,
        "suggestion": Message("提案", "suggestion"),
        "page": 5,
        "paragraph": 6,
    }
    assert {f.name for f in dataclasses.fields(Finding)} == set(values)
    finding = Finding(**values)  # type: ignore[arg-type]
    assert finding.located(7, 8, page=9, paragraph=10) == dataclasses.replace(finding, line=7, column=8, page=9, paragraph=10)
    assert finding.located(None, None) == dataclasses.replace(finding, line=None, column=None, page=None, paragraph=None)


def test_the_tree_walked_once_for_lint_is_the_plans_own_walks(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(GENERATE), "--count", "40", "--out", str(tmp_path)], check=True, capture_output=True)
    kpis: list[JsonPath] = []
    policies: list[JsonPath] = []
    for path in [*EXAMPLE_PLANS, *sorted(tmp_path.glob("*.yaml"))]:
        plan = _plan(path)
        walked = _Walked.of(plan)
        assert walked.policies == list(plan.walk_policies())
        assert walked.measures == list(plan.walk_measures())
        assert walked.kpis == list(plan.walk_kpis())
        kpis += [at for at, _ in walked.kpis]
        policies += [at for at, _ in walked.policies]
    # the plans have sub-policies, and KPIs on policies and on measures
    assert any("measures" in at for at in kpis)
    assert any("measures" not in at for at in kpis)
    assert any(at.count("policies") > 1 for at in policies)


def test_an_item_a_plan_says_nothing_of_has_the_same_verdict_whatever_was_audited_before(tmp_path: Path) -> None:
    """The verdict on an item a plan does not mention is made once and shared by the plans of a comparison:
    each town's record in a comparison is its audit alone, in any order."""
    plans = [ROOT / "plans" / "kamisato.yaml", ROOT / "plans" / "eniwa.yaml"]
    alone = {}
    for plan in plans:
        run = run_cli("audit", str(plan), "--format", "json")
        alone[plan.name] = json.loads(run.output)["frameworks"]
    for order in (plans, plans[::-1]):
        out = tmp_path / f"{order[0].stem}.json"
        run_cli("compare", *map(str, order), "--jobs", "1", "--format", "json", "--full", "-o", str(out))
        audits = json.loads(out.read_text(encoding="utf-8"))["audits"]
        for audit in audits:
            assert audit["frameworks"] == alone[Path(audit["file"]).name]
