"""Checking loaded YAML data against the published plan schema, then building the typed plan.

The schema (schemas/plan.schema.json) is the contract that editors, check-jsonschema and ajv
also read, so lint validates with it exactly; jsonschema's errors become findings in the
author's language with the JSON path of the value, and a suggestion where one is close.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError as ModelError

from dxcheck.files.resources import schema_path
from dxcheck.model import rules
from dxcheck.model.findings import Finding, JsonPath, Message
from dxcheck.model.plan import Plan
from dxcheck.model.rules import did_you_mean, suggest

if TYPE_CHECKING:
    # jsonschema is imported only when a plan is refused by the model (plan_validator()).
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

_TYPE_JA = {
    "string": "文字列",
    "integer": "整数",
    "number": "数値",
    "boolean": "true / false",
    "array": "リスト（- で始まる行）",
    "object": "マッピング（キー: 値）",
    "null": "空",
}


@cache
def plan_validator() -> Draft202012Validator:
    """The plan schema's validator, compiled once per process."""
    from jsonschema import Draft202012Validator

    schema = json.loads(schema_path("plan").read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _expected_types(error: ValidationError) -> list[str]:
    """The types a value may have: those declared by the schema, through anyOf / oneOf branches.

    Empty when a branch declares no type (a $ref, a const): then the failure is not about the type.
    """
    if error.validator == "type":
        value: Any = error.validator_value
        return [value] if isinstance(value, str) else list(value)
    branches: Any = error.validator_value
    types: list[str] = []
    for branch in branches if isinstance(branches, list) else []:
        declared = branch.get("type") if isinstance(branch, dict) else None
        if declared is None:
            return []
        for t in [declared] if isinstance(declared, str) else declared:
            if t not in types:
                types.append(t)
    return types


def schema_findings(data: Any, file: str) -> list[Finding]:
    """Every schema violation of `data`, as findings."""
    findings: list[Finding] = []
    seen: set[tuple[str, JsonPath, str]] = set()
    for error in plan_validator().iter_errors(data):
        for finding in _translate(error, file, root=data):
            # jsonschema reports each missing required field as its own error, on the same object.
            key = (finding.code, finding.path, finding.text("en"))
            if key not in seen:
                seen.add(key)
                findings.append(finding)
    return findings


def _a_year(text: str) -> bool:
    from dxcheck.model.fiscal import FiscalYearError, parse_fiscal_year

    try:
        parse_fiscal_year(int(text) if text.isdigit() else text)
    except (FiscalYearError, ValueError):
        return False
    return True


def _as_mapping(instance: Any, schema: dict[str, Any]) -> Message | None:
    """How to write as a mapping what was written as a scalar: its keys, and for 「令和7年度～令和11年度」 the two halves
    (a walkthrough's: 「period はマッピングで書いてください」 did not say that start: and end: are what to type)."""
    keys = list(schema.get("properties", {}))
    if not keys:
        return None
    halves = re.split(r"\s*(?:～|〜|~|から|－|—|–|-)\s*", instance.strip(), maxsplit=1) if isinstance(instance, str) else []
    halves = [half.removesuffix("まで").strip() for half in halves]
    if keys[:2] == ["start", "end"] and len(halves) == 2 and all(_a_year(half) for half in halves):
        # (only halves that are years as a plan writes them: 「2025年4月1日」「令和11年度（5年間）」 would not parse — a
        # hostile review's)
        example = f"{{start: {halves[0]}, end: {halves[1]}}}"
        return Message(f"例: {example}。書ける項目: {', '.join(keys)}", f"e.g. {example}; keys: {', '.join(keys)}")
    return Message(f"書ける項目: {', '.join(keys)}", f"keys: {', '.join(keys)}")


def _translate(error: ValidationError, file: str, outer: dict[str, Any] | None = None, root: Any = None) -> Iterator[Finding]:
    path: JsonPath = tuple(error.absolute_path)
    where = _describe(path, root)
    kind = error.validator
    # jsonschema types these loosely (they may be "unset"); read them once, as plain values.
    # Inside an anyOf branch, the field's description and examples are on the outer schema.
    schema: dict[str, Any] = {**(outer or {}), **(error.schema if isinstance(error.schema, dict) else {})}
    expected_value: Any = error.validator_value
    instance: Any = error.instance
    if kind == "required":
        present = instance if isinstance(instance, dict) else {}
        for name in expected_value:
            if name not in present:
                yield rules.REQUIRED(where, _describe_en(path), name).at(file, path)
        return
    if kind == "additionalProperties":
        allowed = list(schema.get("properties", {}))
        for name in instance:
            if name in allowed:
                continue
            suggestion = did_you_mean(suggest(str(name), allowed)) or Message(
                f"書ける項目: {', '.join(allowed)}", f"allowed: {', '.join(allowed)}"
            )
            yield rules.UNKNOWN_FIELD(where, _describe_en(path), name).at(file, (*path, name), key=True, suggestion=suggestion)
        return
    if "propertyNames" in error.schema_path:
        yield _invalid_key(instance, file, path, root)
        return
    expected = _expected_types(error) if kind in ("type", "anyOf", "oneOf") else []
    actual = _type_name(instance)
    if expected and actual not in expected and not (actual == "integer" and "number" in expected):
        shown_ja = " または ".join(_TYPE_JA.get(t, t) for t in expected if t != "null")
        shown_en = " or ".join(t for t in expected if t != "null")
        quote = (
            Message('先頭の 0 を保つには引用符で囲みます。例: "012319"', "quote it to keep leading zeros")
            if actual in ("integer", "number") and "string" in expected
            else _as_mapping(instance, schema)
            if expected == ["object"]
            else None
        )
        draft = rules.WRONG_TYPE(where, _describe_en(path), shown_ja, shown_en, _TYPE_JA.get(actual, actual), actual)
        yield draft.at(file, path, suggestion=quote)
        return
    if kind == "anyOf" and error.context and all(sub.validator in ("const", "pattern") for sub in error.context):
        # A known id or the general form of one: say what form, and the closest known id.
        known = [str(sub.validator_value) for sub in error.context if sub.validator == "const"]
        message = Message(
            f"{where}の「{instance}」は項目 ID の形（framework/item。例: dx/telework）ではありません",
            f"{_describe_en(path)}: '{instance}' is not an item id (framework/item, e.g. dx/telework)",
        )
        # 「BPR」「テレワーク」 written without its framework: the ids whose item part it names (a walkthrough's: no 「もしかして」)
        bare = str(instance).strip().casefold()
        tails = [k for k in known if k.rpartition("/")[2].casefold() == bare]
        near = " / ".join(tails[:3]) if tails else suggest(str(instance), known)
        yield rules.INVALID_VALUE(message.ja, message.en).at(file, path, suggestion=did_you_mean(near))
        return
    if kind in ("anyOf", "oneOf") and error.context:
        # The value has an allowed type but fails inside it: report the deepest reason.
        best = max(error.context, key=lambda e: (len(e.absolute_path), e.validator != "type"))
        # …and every other reason of the same branch: 「ownr:」 and 「dx/セキュリティ」 in two measures were one finding, the
        # other left to the model's 「Extra inputs are not permitted」 (a new user's walkthrough)
        branch = best.relative_schema_path[0] if best.relative_schema_path else None
        for sub in sorted(error.context, key=lambda e: [str(p) for p in e.absolute_path]):
            if sub is best or (
                branch is not None
                and sub.relative_schema_path
                and sub.relative_schema_path[0] == branch
                and (len(sub.absolute_path) > len(error.absolute_path) or "propertyNames" in sub.relative_schema_path)
            ):  # (a key of the wrong form is reported at its mapping: p4 and p5 were one finding)
                yield from _translate(sub, file, schema, root)
        return
    if kind in ("enum", "const"):
        allowed_values = expected_value if kind == "enum" else [expected_value]
        shown = ", ".join(str(v) for v in allowed_values)
        hint = did_you_mean(suggest(str(instance), [str(v) for v in allowed_values]))
        values = Message(f"使える値: {shown}", f"one of: {shown}")
        if hint:
            values = Message(f"{hint.ja} {values.ja}", f"{hint.en} {values.en}")
        draft = rules.INVALID_VALUE(f"{where}に「{instance}」は使えません", f"{_describe_en(path)}: '{instance}' is not allowed")
        yield draft.at(file, path, suggestion=values)
        return
    if kind == "pattern":
        examples = schema.get("examples") or []
        example = f"（例: {', '.join(str(e) for e in examples[:3])}）" if examples else ""
        description = str(schema.get("description", "")).split("。")[0]
        ja = f"{where}の「{instance}」は書式が違います。{description}{example}"
        en = f"{_describe_en(path)}: '{instance}' is not in the expected form" + (
            f" (e.g. {', '.join(str(e) for e in examples[:3])})" if examples else ""
        )
        yield rules.INVALID_VALUE(ja, en).at(file, path)
        return
    yield rules.INVALID_VALUE(f"{where}: {error.message}", f"{_describe_en(path)}: {error.message}").at(file, path)


def _invalid_key(key: Any, file: str, path: JsonPath, root: Any = None) -> Finding:
    from dxcheck.model.plan import canonical_procedure_key

    canonical = canonical_procedure_key(key)
    mapping = root
    for part in path:
        mapping = mapping[part] if isinstance(mapping, dict) and part in mapping else None
    fix = (
        Message(
            f"「{canonical}」も書かれています。同じ手続なので一つにまとめてください",
            f"it is '{canonical}', which is also there: keep one of the two",
        )
        if canonical and isinstance(mapping, dict) and canonical in mapping
        else Message(f"「{canonical}」と書いてください。dxcheck fmt で直せます", f"write '{canonical}'; dxcheck fmt fixes it")
        if canonical
        else None
    )
    return rules.UNKNOWN_PROCEDURE(key, form=True).at(file, (*path, str(key)), key=True, suggestion=fix)


def _describe(path: JsonPath, root: Any = None) -> str:
    """Where a value is, as the officer counts: 「policies の 4 番目（G2）の measures の 1 番目（G2-1）の title」 —
    list places from 1, with the element's id where it has one (the English keeps the JSON path, policies[3])."""
    if not path:
        return "計画の最上位"
    out, node = "", root
    for part in path:
        if isinstance(part, int):
            node = node[part] if isinstance(node, list) and 0 <= part < len(node) else None
            ident = node.get("id") if isinstance(node, dict) else None
            out += f" の {part + 1} 番目" + (f"（{ident.strip()}）" if isinstance(ident, str) and ident.strip() else "")
        else:
            node = node.get(part) if isinstance(node, dict) else None
            out += (("の " if out.endswith("）") else " の ") + str(part)) if out else str(part)
    return f"「{out}」"


def _describe_en(path: JsonPath) -> str:
    return _dotted(path) if path else "top level"


def _dotted(path: JsonPath) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def build_plan(data: Any, file: str) -> tuple[Plan | None, list[Finding]]:
    """The typed plan, or the findings the model gives: fiscal years that cannot be read (which the
    schema's loose pattern lets through), else a plain message (schema_findings says it better)."""
    try:
        return Plan.model_validate(data), []
    except ModelError as exc:
        findings = []
        for err in exc.errors():
            path = data_path(data, err["loc"])
            if err["type"] == "fiscal_year":
                ctx = err.get("ctx") or {}
                findings.append(
                    rules.FISCAL_YEAR(str(ctx.get("reason_ja", err["msg"])), str(ctx.get("reason_en", err["msg"]))).at(file, path)
                )
            elif err["type"] == "date":  # plan.adopted: a date that cannot be read, or is not a day
                ctx = err.get("ctx") or {}
                ja, en, value = str(ctx.get("reason_ja", err["msg"])), str(ctx.get("reason_en", err["msg"])), err.get("input")
                findings.append(
                    rules.INVALID_VALUE(
                        f"「{_dotted(path)}」の「{value}」は日付として読めません（{ja}）",
                        f"{_dotted(path)}: '{value}' is not a date ({en})",
                    ).at(file, path)
                )
        if not findings:
            # The schema accepted what the model refused: a defect in dxcheck, reported plainly.
            first = exc.errors()[0]
            where = _dotted(data_path(data, first["loc"]))
            said = _MODEL_WORDS.get(first["type"])
            ja = f"「{where}」は{said}で書いてください" if said else f"値を読み取れません: {first['msg']}"
            draft = rules.INVALID_VALUE(ja, f"cannot read the value: {first['msg']}")
            findings.append(draft.at(file, data_path(data, first["loc"])))
        return None, _dedupe(findings)


# pydantic's kinds of error, in the words the schema's findings use (「addresses: dx/telwork」, a string where a list
# belongs, came out as 「値を読み取れません: Input should be a valid list」 in a Japanese report: a hostile try)
_MODEL_WORDS = {
    "list_type": "リスト（- で始まる行、または [a, b]）",
    "string_type": "文字列",
    "int_type": "整数",
    "int_parsing": "整数",
    "float_type": "数値",
    "dict_type": "マッピング（キー: 値）",
    "model_type": "マッピング（キー: 値）",
    "bool_type": "true か false",
}


def data_path(data: Any, loc: tuple[int | str, ...]) -> JsonPath:
    """The part of a pydantic error location that exists in the data.

    pydantic adds the union member it tried (`int`, `ItemLink`, …) to locations; the data has no
    such key, so only the steps that can be followed in the data are kept.
    """
    path: list[str | int] = []
    node = data
    for step in loc:
        in_mapping = isinstance(node, dict) and step in node
        in_list = isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node)
        if not (in_mapping or in_list):
            continue
        node = node[step]
        path.append(step)
    return tuple(path)


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen: set[tuple[str, JsonPath]] = set()
    out = []
    for f in findings:
        if (f.code, f.path) not in seen:
            seen.add((f.code, f.path))
            out.append(f)
    return out
