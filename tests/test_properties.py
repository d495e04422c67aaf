"""Property-based tests: plan-shaped data (valid and subtly broken) and raw bytes through the CLI.

For every input: the exit code is 0, 1 or 2; there is no traceback; the output is text; and
`--format json` output parses.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from conftest import run_cli

ITEM_IDS = ["kanmin/online", "dx/telework", "dx/ai-rpa", "procedures/p20-01", "dx/telwork", "DX/Online", "zz/qq", ""]
YEARS = st.one_of(
    st.integers(min_value=-5, max_value=30000),
    st.sampled_from(["R4", "令和4年度", "H30", "平成32年", "令和0年", "2022（令和4）年度", "2022（令和5）年度", "来年度", "", "R"]),
)
TEXT = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=30)
SCALAR = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), TEXT)


def _measure() -> st.SearchStrategy[dict[str, object]]:
    return st.fixed_dictionaries(
        {
            "id": st.one_of(st.integers(0, 20), st.sampled_from(["1-1", "1-2", "1-1"])),
            "title": st.one_of(TEXT, st.sampled_from(["テレワークの推進", "オンライン会議", "A I・RPA"])),
        },
        optional={
            "description": TEXT,
            "addresses": st.lists(
                st.one_of(st.sampled_from(ITEM_IDS), st.fixed_dictionaries({"item": st.sampled_from(ITEM_IDS), "partial": st.booleans()})),
                max_size=3,
            ),
            "kpis": st.lists(st.fixed_dictionaries({"name": TEXT}, optional={"target": SCALAR, "target_year": YEARS}), max_size=2),
            "schedule": st.fixed_dictionaries({}, optional={"start": YEARS, "end": YEARS}),
            "owner": SCALAR,
            "surprise": SCALAR,
        },
    )


PLANS = st.fixed_dictionaries(
    {
        "municipality": st.fixed_dictionaries(
            {"name": st.one_of(TEXT, st.just("恵庭市")), "prefecture": st.sampled_from(["北海道", "埼玉県", ""])},
            optional={"code": st.one_of(st.sampled_from(["012319", "012318", "01231", "113859"]), st.integers(0, 999999), TEXT)},
        ),
        "plan": st.fixed_dictionaries(
            {"title": st.one_of(TEXT, st.integers())},
            optional={
                "period": st.fixed_dictionaries({}, optional={"start": YEARS, "end": YEARS}),
                "stage": st.sampled_from(["draft", "adopted", "final"]),
            },
        ),
    },
    optional={
        "policies": st.lists(
            st.fixed_dictionaries({"id": st.integers(0, 5), "title": TEXT}, optional={"measures": st.lists(_measure(), max_size=4)}),
            max_size=3,
        ),
        "procedures": st.dictionaries(
            st.sampled_from(["p01", "p07", "p20", "p20-01", "P1", "p99", "x"]),
            st.fixed_dictionaries(
                {"status": st.sampled_from(["online", "planned", "not-planned", "not-applicable", "done"])},
                optional={"target_year": YEARS, "reason": TEXT},
            ),
            max_size=4,
        ),
        "exemptions": st.lists(st.fixed_dictionaries({"item": st.sampled_from(ITEM_IDS)}, optional={"reason": TEXT}), max_size=2),
        "version": st.sampled_from([1, 2, "1"]),
    },
)


def _check(path: Path) -> None:
    for command in ("lint", "audit"):
        text = run_cli(command, str(path))
        assert text.exit_code in (0, 1, 2)
        assert "Traceback" not in text.output + text.stderr
        as_json = run_cli(command, str(path), "--format", "json")
        assert as_json.exit_code in (0, 1, 2)
        if as_json.output:
            json.loads(as_json.output)
        else:
            assert as_json.exit_code in (1, 2)  # could not be audited: the reason is on stderr
            assert as_json.stderr


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PLANS)
def test_the_strict_model_accepts_exactly_what_the_published_schema_accepts(plan: dict[str, object]) -> None:
    """dxcheck validates with the model and runs jsonschema only on what the model refuses: sound only
    if every plan the model accepts, the schema accepts too (the schema's loose fiscal-year pattern
    lets through years the model then refuses with DX201)."""
    from pydantic import ValidationError

    from dxcheck.model.plan import Plan
    from dxcheck.plan.validate import plan_validator

    schema_errors = [e.message for e in plan_validator().iter_errors(plan)]
    model_errors: list[str] | None = None
    try:
        Plan.model_validate(plan)
    except ValidationError as exc:
        model_errors = [e["type"] for e in exc.errors()]
    if model_errors is None:
        assert schema_errors == []
    elif not schema_errors:
        assert set(model_errors) == {"fiscal_year"}


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PLANS)
def test_plan_shaped_data(plan: dict[str, object]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.yaml"
        with path.open("w", encoding="utf-8") as stream:
            YAML(typ="safe", pure=True).dump(plan, stream)
        _check(path)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600))
def test_raw_bytes(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.yaml"
        path.write_bytes(data)
        _check(path)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from([*"abc:-[]{}'\"&*!# \n\t\\|>%@`,?", "municipality", "plan", "title", "\u3000", "恵", "\n  ", "- "]), max_size=60
    ).map("".join)
)
def test_yaml_shaped_text(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.yaml"
        path.write_text(text, encoding="utf-8")
        _check(path)
        fmt = run_cli("fmt", "--check", str(path))
        assert fmt.exit_code in (0, 1, 2)
        assert path.read_text(encoding="utf-8") == text
