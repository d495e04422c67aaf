"""Generating the published JSON Schemas from the pydantic models.

`python -m dxcheck.schemas` rewrites schemas/plan.schema.json, schemas/framework.schema.json, schemas/guidance.schema.json …;
the test suite fails when the committed files differ from what the models generate.

May import: dxcheck.model, dxcheck.files, dxcheck.catalogue, dxcheck.diff, dxcheck.report
"""

from __future__ import annotations

import json
import sys
from typing import Any

from pydantic import TypeAdapter
from pydantic.json_schema import GenerateJsonSchema


class _Generator(GenerateJsonSchema):
    # Property titles ("Name", "Code") add nothing to the Japanese descriptions.
    def field_title_should_be_set(self, schema: Any) -> bool:
        return False


def generate(model: type[Any], name: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a pydantic model or dataclass, with $schema and a title."""
    body = TypeAdapter(model).json_schema(schema_generator=_Generator)
    schema: dict[str, Any] = {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": f"dxcheck {name}", **body}
    return schema


def _with_known_ids(node: Any, consts: list[dict[str, Any]], pattern: str) -> Any:
    """Every qualified-id node of the schema, with the known ids offered as completions."""
    if isinstance(node, dict):
        if node.get("pattern") == pattern and node.get("type") == "string":
            general = {k: v for k, v in node.items() if k not in ("description", "examples")}
            return {"description": node.get("description", ""), "anyOf": [*consts, general]}
        return {k: _with_known_ids(v, consts, pattern) for k, v in node.items()}
    if isinstance(node, list):
        return [_with_known_ids(v, consts, pattern) for v in node]
    return node


def plan_schema() -> dict[str, Any]:
    """The plan schema, with the ids of the shipped frameworks for editors to complete.

    Item ids are offered as `anyOf` of one `const` per known item (with its Japanese title) and the
    general pattern, so a well-formed id of a later edition still passes the schema and dxcheck's own
    check (DX301) names the closest known id. Each procedure id is a named property with its title.
    """
    from dxcheck.catalogue.framework import shipped_catalogue
    from dxcheck.model.plan import EMPTY_WHEN_BLANK, QUALIFIED_ID_PATTERN, Plan

    schema = generate(Plan, "plan")
    catalogue = shipped_catalogue()
    frameworks = catalogue.select()
    # Every item of every edition a plan may be written for: the newest edition's title, and the editions.
    consts = []
    for qualified in catalogue.item_ids:
        ref = catalogue.item(qualified)
        assert ref is not None
        framework_id, _, item_id = qualified.partition("/")
        having = [f.edition for f in catalogue.editions(framework_id) if f.kind == "framework" and f.get_item(item_id)]
        if not having:
            continue
        shown = "・".join(f"第{e}版" for e in having) if len(catalogue.editions(framework_id)) > 1 else ref.framework.title
        consts.append({"const": qualified, "description": f"{ref.item.title}（{shown}）"})
    schema = dict(_with_known_ids(schema, consts, QUALIFIED_ID_PATTERN))
    # `frameworks:`: the editions shipped offered for completion (the general form still passes: lint
    # names an edition that is not shipped, DX307), keys of the form of a framework id.
    declared = schema["properties"]["frameworks"]
    pattern = declared.pop("patternProperties")
    (key_pattern, value_schema), *_ = pattern.items()
    declared["propertyNames"] = {"pattern": key_pattern}
    declared["additionalProperties"] = value_schema
    declared["properties"] = {
        framework_id: {
            "description": f"{framework_id} の版（dxcheck frameworks show {framework_id}@版）。",
            "anyOf": [
                *({"const": f.edition, "description": f"{f.title}（{f.date}）"} for f in catalogue.editions(framework_id)),
                value_schema,
            ],
        }
        for framework_id in catalogue.ids
        if len(catalogue.editions(framework_id)) > 1
    }
    procedures = frameworks.get("procedures")
    if procedures is not None:
        from dxcheck.model.plan import PROCEDURE_KEY_PATTERN

        prop = schema["properties"]["procedures"]
        named = {g.id: g.title for g in procedures.groups if g.id != "general"} | {i.id: i.title for i in procedures.items}
        # Known keys are named (editors complete them, with the title); any other key must still have
        # the form of one (propertyNames) — dxcheck lint names the closest known key (DX302).
        prop.pop("patternProperties", None)
        prop["properties"] = {
            key: {"$ref": "#/$defs/ProcedureStatus", "description": f"{key}: {title}"} for key, title in sorted(named.items())
        }
        prop["propertyNames"] = {"pattern": PROCEDURE_KEY_PATTERN}
        prop["additionalProperties"] = {"$ref": "#/$defs/ProcedureStatus"}
    # A key with nothing under it (only comments, as `dxcheck init` writes them) is valid and empty.
    for key in EMPTY_WHEN_BLANK:
        prop = schema["properties"][key]
        schema["properties"][key] = {"description": prop.pop("description"), "anyOf": [prop, {"type": "null"}]}
    return schema


def render(schema: dict[str, Any]) -> str:
    """The schema as written to disk: stable key order, UTF-8, trailing newline."""
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def _with_head(schema: dict[str, Any], kind: str, version: int | None = None) -> None:
    """The head every JSON document starts with (dxcheck.report.json_report.head), required."""
    from dxcheck.report.json_report import JSON_FORMAT_VERSION

    head = {
        "format": {"const": f"dxcheck-{kind}", "type": "string"},
        "version": {"const": JSON_FORMAT_VERSION if version is None else version, "type": "integer"},
        "tool": {
            "additionalProperties": False,
            "properties": {"name": {"const": "dxcheck", "type": "string"}, "version": {"type": "string"}},
            "required": ["name", "version"],
            "type": "object",
        },
        "config": {
            "description": "The configuration file the report was made with (.dxcheck.toml, or pyproject.toml with [tool.dxcheck]), "
            "relative to the working directory when it is inside it; null when none was found (the defaults and the options).",
            "type": ["string", "null"],
        },
    }
    schema["properties"] = {**head, **schema["properties"]}
    schema["required"] = [*head, *schema.get("required", [])]


def _with_language(schema: dict[str, Any]) -> None:
    """What the JSON reporter adds in the report's language: each finding's `message`, and `settings.lang`."""
    definitions = schema["$defs"]
    finding = definitions["FindingOut"]
    properties = dict(finding["properties"])
    finding["properties"] = {
        "code": properties.pop("code"),
        "severity": properties.pop("severity"),
        "message": {"description": "The message in the report's language (--lang).", "type": "string"},
        **properties,
    }
    finding["required"] = ["code", "severity", "message", *(r for r in finding["required"] if r not in ("code", "severity"))]
    if "Settings" in definitions:
        definitions["Settings"]["properties"]["lang"] = {"enum": ["ja", "en"], "type": "string"}
        definitions["Settings"]["required"].append("lang")


def document_schema(model: type[Any], kind: str, *, nested: dict[str, str] | None = None) -> dict[str, Any]:
    """The schema of a JSON document dxcheck writes: the model's, with the head and the report's language.
    `nested` names definitions that are documents of their own inside it (each audit of `dxcheck-audits`)."""
    schema = generate(model, kind)
    _with_head(schema, kind)
    for definition, inner_kind in (nested or {}).items():
        _with_head(schema["$defs"][definition], inner_kind)
    _with_language(schema)
    return schema


def _without_nulls(node: Any) -> Any:
    """A schema with no null anywhere: each `anyOf [X, null]` becomes X, and no default is null. The
    comparison document leaves out what would be null, including in the dataclasses it shares with
    the full contract (a score, a selection, the reading of a document)."""
    if isinstance(node, list):
        return [_without_nulls(v) for v in node]
    if not isinstance(node, dict):
        return node
    node = {k: v for k, v in node.items() if not (k == "default" and v is None)}
    properties, required = node.get("properties"), node.get("required")
    if isinstance(properties, dict) and isinstance(required, list):
        # a property that may be null is left out when it is: not required (a score of 0 of 0)
        nullable = {name for name, prop in properties.items() if isinstance(prop, dict) and {"type": "null"} in prop.get("anyOf", [])}
        node["required"] = [name for name in required if name not in nullable]
        for name in nullable & set(required):
            description = properties[name].get("description")
            if isinstance(description, str):
                properties[name] = {**properties[name], "description": description.replace("; null when", "; left out when")}
    branches = node.get("anyOf")
    if isinstance(branches, list) and {"type": "null"} in branches:
        kept = [b for b in branches if b != {"type": "null"}]
        node = {k: v for k, v in node.items() if k != "anyOf"}
        node = {**kept[0], **node} if len(kept) == 1 else {**node, "anyOf": kept}
    if node.get("type") == "null":
        raise ValueError(f"a property that can only be null: {node}")
    return {k: _without_nulls(v) for k, v in node.items()}


def compare_schema() -> dict[str, Any]:
    """`dxcheck-compare` (dxcheck.model.comparison): the head (its `config` left out when there is no
    configuration file, as every null is), the settings with the report's language, the catalogue, the towns."""
    from dxcheck.model.comparison import Comparison

    schema = _without_nulls(generate(Comparison, "compare"))
    _with_head(schema, "compare")
    config = schema["properties"]["config"]
    config["type"] = "string"
    config["description"] = config["description"].replace("; null when none was found", "; left out when none was found")
    schema["required"].remove("config")
    return dict(schema)


def diff_schema() -> dict[str, Any]:
    """`dxcheck-diff` (dxcheck.report.diff_json): the head with the diff's own version, the report's language and summary, the diff."""
    from dxcheck.diff.results import DIFF_FORMAT_VERSION, PlanDiff

    schema = generate(PlanDiff, "diff")
    language = {
        "lang": {"enum": ["ja", "en"], "type": "string"},
        "summary": {"description": "The summary paragraph, in the report's language.", "type": "string"},
    }
    schema["properties"] = {**language, **schema["properties"]}
    schema["required"] = [*language, *schema.get("required", [])]
    _with_head(schema, "diff", DIFF_FORMAT_VERSION)
    return schema


def all_schemas() -> dict[str, dict[str, Any]]:
    """Every published schema by name."""
    from dxcheck.catalogue.framework import Framework
    from dxcheck.catalogue.guidance import GuidanceFile
    from dxcheck.model.results import AuditResult, AuditSet, LintRun

    return {
        "plan": plan_schema(),
        "framework": generate(Framework, "framework"),
        "guidance": generate(GuidanceFile, "guidance"),
        "audit": document_schema(AuditResult, "audit"),
        "audits": document_schema(AuditSet, "audits", nested={"AuditResult": "audit"}),
        "compare": compare_schema(),
        "lint": document_schema(LintRun, "lint"),
        "diff": diff_schema(),
    }


def main() -> None:
    from dxcheck.files.resources import data_dir

    folder = data_dir("schemas")
    for name, schema in all_schemas().items():
        path = folder / f"{name}.schema.json"
        path.write_text(render(schema), encoding="utf-8")
        print(f"wrote {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
