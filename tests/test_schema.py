"""The published schemas are generated from the models, and `dxcheck schema` prints them."""

from __future__ import annotations

import json

import pytest

from conftest import ROOT, run_cli
from dxcheck.schemas import all_schemas, render


@pytest.mark.parametrize("name", ["plan", "framework"])
def test_committed_schema_is_what_the_models_generate(name: str) -> None:
    committed = (ROOT / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8")
    assert committed == render(all_schemas()[name]), "run: python -m dxcheck.schemas"


def test_plan_schema_is_2020_12_with_japanese_descriptions() -> None:
    schema = json.loads((ROOT / "schemas" / "plan.schema.json").read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    municipality = schema["$defs"]["Municipality"]["properties"]
    assert "全国地方公共団体コード" in municipality["code"]["description"]
    status = schema["$defs"]["ProcedureStatus"]["properties"]["status"]
    assert status["enum"] == ["online", "planned", "not-planned", "not-applicable"]


def test_dxcheck_schema_prints_the_published_file() -> None:
    run = run_cli("schema")
    assert run.exit_code == 0
    assert run.output == (ROOT / "schemas" / "plan.schema.json").read_text(encoding="utf-8")
    assert json.loads(run_cli("schema", "framework").output)["title"] == "dxcheck framework"
