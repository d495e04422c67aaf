"""Generating the published JSON Schemas from the pydantic models.

`python -m dxcheck.schemas` rewrites schemas/plan.schema.json and schemas/framework.schema.json;
the test suite fails when the committed files differ from what the models generate.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import GenerateJsonSchema


class _Generator(GenerateJsonSchema):
    # Property titles ("Name", "Code") add nothing to the Japanese descriptions.
    def field_title_should_be_set(self, schema: Any) -> bool:
        return False


def generate(model: type[BaseModel], name: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of `model`, with $schema and $id."""
    body = model.model_json_schema(schema_generator=_Generator)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": f"dxcheck {name}", **body}


def render(schema: dict[str, Any]) -> str:
    """The schema as written to disk: stable key order, UTF-8, trailing newline."""
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def all_schemas() -> dict[str, dict[str, Any]]:
    """Every published schema by name."""
    from dxcheck.audit import AuditResult, AuditSet
    from dxcheck.framework import Framework
    from dxcheck.lint import LintReport
    from dxcheck.plan import Plan

    return {
        "plan": generate(Plan, "plan"),
        "framework": generate(Framework, "framework"),
        "audit": generate(AuditResult, "audit"),
        "audits": generate(AuditSet, "audits"),
        "lint": generate(LintReport, "lint"),
    }


def main() -> None:
    from dxcheck.resources import data_dir

    folder = data_dir("schemas")
    for name, schema in all_schemas().items():
        path = folder / f"{name}.schema.json"
        path.write_text(render(schema), encoding="utf-8")
        print(f"wrote {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
