"""The frameworks as data, checked against their schema and the facts encoded from the seed texts
(that those facts are the seeds' words is checked by benchmarks/seed_facts.py, which .ci/run runs with
the seeds beside the clone: tests never read outside the repository), and the catalogue of editions."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from conftest import ROOT, run_cli
from dxcheck.catalogue.framework import shipped_catalogue
from dxcheck.files.resources import schema_path
from dxcheck.files.source import parse_yaml, read_source


@pytest.mark.parametrize("path", sorted((ROOT / "frameworks").glob("*.yaml")), ids=lambda p: p.name)
def test_every_framework_file_validates_against_the_framework_schema(path: Path) -> None:
    schema = json.loads(schema_path("framework").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(parse_yaml(read_source(path)))


def test_kanmin_has_the_five_pillars_with_their_articles() -> None:
    kanmin = shipped_catalogue().get("kanmin")
    assert kanmin is not None
    assert [(i.id, i.source.article) for i in kanmin.items] == [
        ("online", "第10条"),
        ("opendata", "第11条"),
        ("mynumber", "第13条"),
        ("divide", "第14条"),
        ("bpr", "第15条第1項"),
    ]
    assert all(i.required for i in kanmin.items)


def test_dx_1_0_has_six_priorities_two_companions_and_three_other_items() -> None:
    dx = shipped_catalogue().get("dx", "1.0")
    assert dx is not None
    assert dx.edition == "1.0"
    assert dx.date == "2020-12-25"
    assert dx.horizon == 2025
    by_group = {g.id: [i.id for i in dx.items if i.group == g.id] for g in dx.groups}
    assert by_group == {
        "priority": ["standardization", "mynumber", "online", "ai-rpa", "telework", "security"],
        "companion": ["community", "divide"],
        "other": ["bpr", "opendata", "kanmin-plan"],
    }
    assert [i.id for i in dx.items if i.required] == by_group["priority"] + by_group["companion"]
    targets = {i.id: i.target.fiscal_year for i in dx.items if i.target}
    assert targets == {"standardization": 2025, "mynumber": 2022, "online": 2022}


def test_procedures_are_the_list_of_seed_001_appendix_2() -> None:
    procedures = shipped_catalogue().get("procedures")
    assert procedures is not None
    ids = [i.id for i in procedures.items]
    assert ids[:19] == [f"p{n:02d}" for n in range(1, 20)]
    assert ids[19:] == (
        [f"p20-{n:02d}" for n in range(1, 16)] + [f"p21-{n:02d}" for n in range(1, 12)] + [f"p22-{n:02d}" for n in range(1, 9)]
    )
    assert len(ids) == 53
    assert [g.id for g in procedures.groups] == ["general", "p20", "p21", "p22"]
    # 子育て, 介護 and 罹災証明書 carry the national FY2022 target (マイナポータル) of dx 第1.0版, not of the list.
    assert not any(i.target for i in procedures.items)
    with_1_0 = shipped_catalogue().select({"dx": "1.0"})
    with_target = {i.id for i in procedures.items if (t := with_1_0.target_of(procedures, i)) and t.fiscal_year == 2022}
    assert with_target == {i for i in ids if i.startswith(("p20-", "p21-"))} | {"p22-01"}
    with_2_3 = shipped_catalogue().select({"dx": "2.3"})
    assert not any(with_2_3.target_of(procedures, i) for i in procedures.items)  # no target for them is sourced in 2.3


def test_every_item_carries_source_vocabulary_and_both_titles() -> None:
    for framework in shipped_catalogue():
        for item in framework.items:
            assert item.title
            assert item.title_en
            assert item.source.document
            assert item.source.edition
            assert item.source.date
            assert item.source.reference, f"{framework.ref}/{item.id} has no article, section or entry"
            if framework.kind == "framework":  # lists are not read in plan text
                assert item.vocabulary.signals, f"{framework.ref}/{item.id} has no vocabulary"


def test_frameworks_json_lists_every_item_with_its_qualified_id() -> None:
    run = run_cli("frameworks", "--format", "json")
    assert run.exit_code == 0
    document = json.loads(run.output)
    counts = {f["ref"]: {g["id"]: g["items"] for g in f["groups"]} for f in document["frameworks"]}
    assert counts == {
        "kanmin@平成28年法律第103号": {"pillar": 5},
        "dx@1.0": {"priority": 6, "companion": 2, "other": 3},
        "procedures@1.0": {"general": 19, "p20": 15, "p21": 11, "p22": 8},
        "convenience@2022-09-02": {"kosodate": 15, "kaigo": 11, "risai": 1, "jidosha": 4},
        "dx@2.3": {"governance": 4, "priority": 7},
        "standard-systems@2024-12-24": {"original": 17, "added": 3},
    }
    dx = next(f for f in document["frameworks"] if f["ref"] == "dx@2.3")
    assert "dx/telework" in [i["id"] for i in dx["items"]]
    assert "dx@2.3/frontyard" in [i["ref"] for i in dx["items"]]


def test_frameworks_show_gives_one_framework_as_json_and_as_a_table() -> None:
    run = run_cli("frameworks", "show", "procedures", "--format", "json")
    assert run.exit_code == 0
    items = json.loads(run.output)["framework"]["items"]
    assert len([i for i in items if i["group"] == "general"]) == 19
    assert len([i for i in items if i["group"] != "general"]) == 34
    assert items[19]["id"] == "procedures/p20-01"
    table = run_cli("frameworks", "show", "kanmin")
    assert table.exit_code == 0
    assert "kanmin/online" in table.output
    assert "第15条第1項" in table.output


def test_frameworks_show_unknown_id_suggests_and_exits_2() -> None:
    run = run_cli("frameworks", "show", "dxx")
    assert run.exit_code == 2
    assert "dx" in run.stderr
    assert "Traceback" not in run.stderr
