"""What the audit's and lint's per-plan shortcuts rely on (issue 27, fourth pass): each gives what the long
way gives. The timings are in benchmarks/before_after.py."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

from conftest import EXAMPLE_PLANS, MINIMAL_PLAN, ROOT, pipeline, run_cli
from dxcheck.model.findings import Finding, Severity
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


NESTED = """\
version: 1
municipality: {name: 恵庭市, prefecture: 北海道, code: "012319"}
plan: {title: テスト計画, period: {start: R5, end: R7}}
policies:
  - id: "1"
    title: 方針
    kpis: [{name: 方針の指標, target: 10}]
    measures:
      - {id: "1-1", title: 施策, kpis: [{name: 施策の指標, target: 1}, {name: 二つ目, target: 2}]}
      - {id: "1-2", title: 施策二}
    policies:
      - id: "1-3"
        title: 下位の方針
        kpis: [{name: 下位の指標, target: 3}]
        measures: [{id: "1-3-1", title: 施策三, kpis: [{name: 施策三の指標, target: 4}]}]
  - id: "2"
    title: 方針二
    measures: [{id: "2-1", title: 施策四}]
"""


def test_the_tree_walked_once_for_lint_is_the_plans_own_walks(tmp_path: Path) -> None:
    nested = tmp_path / "nested.yaml"
    nested.write_text(NESTED, encoding="utf-8")
    subprocess.run([sys.executable, str(GENERATE), "--count", "20", "--out", str(tmp_path / "g")], check=True, capture_output=True)
    for path in [nested, *EXAMPLE_PLANS, *sorted((tmp_path / "g").glob("*.yaml"))]:
        plan = _plan(path)
        walked = _Walked.of(plan)
        assert walked.policies == list(plan.walk_policies())
        assert walked.measures == list(plan.walk_measures())
        assert walked.kpis == list(plan.walk_kpis())
    assert [at for at, _ in _Walked.of(_plan(nested)).kpis] == [
        ("policies", 0, "kpis", 0),
        ("policies", 0, "measures", 0, "kpis", 0),
        ("policies", 0, "measures", 0, "kpis", 1),
        ("policies", 0, "policies", 0, "kpis", 0),
        ("policies", 0, "policies", 0, "measures", 0, "kpis", 0),
    ]


def test_an_item_a_plan_says_nothing_of_has_the_same_verdict_whatever_was_audited_before(tmp_path: Path) -> None:
    """The verdict on an item a plan does not mention is made once and shared by the plans of a comparison:
    each town's record in a comparison is its audit alone, in any order; items of the same local id in two
    frameworks (kanmin/online, dx/online), both unmentioned in the smallest plan, keep their own."""
    smallest = tmp_path / "smallest.yaml"
    smallest.write_text(MINIMAL_PLAN, encoding="utf-8")
    plans = [ROOT / "plans" / "kamisato.yaml", smallest, ROOT / "plans" / "eniwa.yaml"]
    alone = {}
    for plan in plans:
        run = run_cli("audit", str(plan), "--format", "json")
        alone[plan.name] = json.loads(run.output)["frameworks"]
    for order in (plans, plans[::-1]):
        out = tmp_path / f"{order[0].stem}.json"
        run_cli("compare", *map(str, order), "--jobs", "1", "--format", "json", "--full", "-o", str(out))
        audits = json.loads(out.read_text(encoding="utf-8"))["audits"]
        assert len(audits) == len(plans)
        for audit in audits:
            assert audit["frameworks"] == alone[Path(audit["file"]).name]
            for framework in audit["frameworks"]:
                assert all(item["id"].startswith(f"{framework['id']}/") for item in framework["items"])
    statuses = {i["id"]: i["status"] for f in alone["smallest.yaml"] for i in f["items"]}
    assert statuses["kanmin/online"] == statuses["dx/online"] == "missing"
