"""The four seed plans in plans/: they lint clean, name their seed, and an independent validator agrees."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLE_PLANS, ROOT, pipeline, run_cli


def test_there_are_the_four_seed_plans() -> None:
    assert [p.name for p in EXAMPLE_PLANS] == ["ashibetsu.yaml", "eniwa.yaml", "furano.yaml", "kamisato.yaml"]


@pytest.mark.parametrize("path", EXAMPLE_PLANS, ids=lambda p: p.name)
def test_each_plan_names_its_seed_file_in_its_first_line(path: Path) -> None:
    # That the file exists beside the clone is checked by benchmarks/seed_facts.py.
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# ")
    assert re.search(r"seeds/\d{3}_[0-9a-f]{16}\.txt", first), first


def test_lint_of_every_example_plan_exits_0() -> None:
    run = run_cli("lint", *map(str, EXAMPLE_PLANS))
    assert run.exit_code == 0, run.output
    assert "エラー 0 件" in run.output


@pytest.mark.parametrize("path", EXAMPLE_PLANS, ids=lambda p: p.name)
def test_plans_keep_their_own_structure(path: Path) -> None:
    check = pipeline().check(path)
    assert check.plan is not None
    levels = {p.level for _, p in check.plan.walk_policies()}
    expected = {
        "eniwa.yaml": {"基本方針", "施策"},
        "ashibetsu.yaml": {"重点的に取り組む事項", "自治体のDXと併せて取り組む事項"},
        "furano.yaml": {"基本方針"},
        "kamisato.yaml": {"基本方針", "基本目標"},
    }[path.name]
    assert levels == expected


def test_seed_facts_are_encoded() -> None:
    plans = {p.stem: pipeline().check(p).plan for p in EXAMPLE_PLANS}
    periods = {name: (plan.plan.period.start, plan.plan.period.end) for name, plan in plans.items() if plan and plan.plan.period}
    assert periods == {"eniwa": (2023, 2025), "ashibetsu": (2022, 2025), "furano": (2020, 2022), "kamisato": (None, None)}
    kamisato = plans["kamisato"]
    assert kamisato is not None
    assert kamisato.plan.governance is not None
    assert kamisato.plan.governance.cio == "副町長"
    assert {b.designation for b in kamisato.plan.legal_basis} == {"市町村官民データ活用推進計画", "情報システム整備計画"}
    for plan in plans.values():
        assert plan is not None
        assert any(b.article == "第9条第3項" for b in plan.plan.legal_basis)
    # No invented KPI targets: 富良野市 names its KPIs without targets; the others have none yet.
    furano = plans["furano"]
    assert furano is not None
    assert [k.target for _, k in furano.walk_kpis()] == [None] * 9
    assert all(not list(p.walk_kpis()) for name, p in plans.items() if p and name != "furano")


def _check_jsonschema() -> list[str]:
    found = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent))
    if found:
        return [found]
    return [sys.executable, "-m", "check_jsonschema"]


def test_check_jsonschema_accepts_every_example_plan_with_the_published_schema() -> None:
    schema = ROOT / "schemas" / "plan.schema.json"
    result = subprocess.run(
        [*_check_jsonschema(), "--schemafile", str(schema), *map(str, EXAMPLE_PLANS)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok -- validation done" in result.stdout


def test_check_jsonschema_rejects_what_the_schema_forbids(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(EXAMPLE_PLANS[0].read_text(encoding="utf-8").replace("  title:", "  titel:", 1), encoding="utf-8")
    schema = ROOT / "schemas" / "plan.schema.json"
    result = subprocess.run([*_check_jsonschema(), "--schemafile", str(schema), str(bad)], capture_output=True, text=True, check=False)
    assert result.returncode == 1
