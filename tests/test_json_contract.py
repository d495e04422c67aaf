"""JSON contract version 4: several towns are `dxcheck-compare` (the catalogue once, towns referring to
item ids, no nulls, compact records), checked against its published schema and loaded the way its
readers would — pandas and DuckDB; `--full` is the full contract, `dxcheck-audits`; one plan's audit
is `dxcheck-audit` version 4, with `config` and `location.paragraph` part of it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from conftest import EXAMPLE_PLANS, MINIMAL_PLAN, PLANS, ROOT, run_cli


def _schema(name: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(json.loads((ROOT / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8")))


def _nulls(value: Any, path: str = "") -> list[str]:
    if value is None:
        return [path]
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _nulls(v, f"{path}/{k}")]
    if isinstance(value, list):
        return [p for n, v in enumerate(value) for p in _nulls(v, f"{path}/{n}")]
    return []


@pytest.fixture(scope="module")
def compared() -> tuple[dict[str, Any], dict[str, Any]]:
    """The four example towns as dxcheck-compare and as the full contract."""
    compact = run_cli("compare", str(PLANS), "--format", "json")
    full = run_cli("compare", str(PLANS), "--format", "json", "--full")
    assert compact.exit_code == full.exit_code == 0, compact.stderr
    return json.loads(compact.output), json.loads(full.output)


def test_compare_writes_version_4_of_the_comparison_document_valid_against_its_schema(
    compared: tuple[dict[str, Any], dict[str, Any]],
) -> None:
    compact, _ = compared
    assert (compact["format"], compact["version"]) == ("dxcheck-compare", 4)
    _schema("compare").validate(compact)
    assert _nulls(compact) == []
    assert "config" not in compact  # no configuration file: left out, not null
    assert compact["settings"] == {"infer": True, "fail_on": "missing", "lang": "ja"}


def test_the_catalogue_is_written_once_and_towns_refer_to_it(compared: tuple[dict[str, Any], dict[str, Any]]) -> None:
    compact, _ = compared
    editions = {(f["id"], f["edition"]): {i["id"] for i in f["items"]} for f in compact["catalogue"]["frameworks"]}
    assert len(editions) == len(compact["catalogue"]["frameworks"])  # each edition once
    text = json.dumps(compact, ensure_ascii=False)
    assert text.count("Telework for the municipality's own staff") == 1  # an item's English title: once, not once per town
    for town in compact["towns"]:
        items = set().union(*(editions[(fid, f["edition"])] for fid, f in town["frameworks"].items()))
        assert set(town["items"]) == items
        assert {e["item"] for e in town.get("evidence", [])} <= items
        assert {e["measure_id"] for e in town.get("evidence", []) if "measure_id" in e} <= set(town["measures"])


def test_the_comparison_says_what_the_full_contract_says(compared: tuple[dict[str, Any], dict[str, Any]]) -> None:
    compact, full = compared
    assert (full["format"], full["version"]) == ("dxcheck-audits", 4)
    _schema("audits").validate(full)
    assert len(compact["towns"]) == len(full["audits"]) == 4
    for town, audit in zip(compact["towns"], full["audits"], strict=True):
        assert (town["file"], town["municipality"], town.get("code")) == (
            audit["file"],
            audit["plan"]["municipality"],
            audit["plan"]["code"],
        )
        assert (town["overall_score"], town["passed"]) == (audit["overall_score"], audit["passed"])
        # the verdict and its reasons, as the full contract has them (scripts need not recompute the bar)
        assert town["verdict"]["message"] == audit["verdict"]["message_ja"]
        assert [(r["gate"], r["codes"], r.get("items", []), r["count"], r["message"]) for r in town["verdict"].get("reasons", [])] == [
            (r["gate"], r["codes"], r["items"], r["count"], r["message_ja"]) for r in audit["verdict"]["reasons"]
        ]
        assert bool(town["verdict"].get("reasons")) == (not town["passed"])
        for framework in audit["frameworks"]:
            assert town["frameworks"][framework["id"]]["edition"] == framework["edition"]
            assert town["frameworks"][framework["id"]]["score"] == framework["score"]
            for item in framework["items"]:
                assert town["items"][item["id"]] == item["status"]
                records = [e for e in town.get("evidence", []) if e["item"] == item["id"]]
                assert len(records) == sum(1 for e in item["evidence"] if e["kind"] != "procedure")
                for record, evidence in zip(records, [e for e in item["evidence"] if e["kind"] != "procedure"], strict=True):
                    assert record["line"] == evidence["location"]["line"]
                    assert town["measures"].get(record.get("measure_id"), None) == evidence["measure_title"]
        states = {p["id"]: p["state"] for p in audit["procedures"]["items"]}
        assert town["procedures"] == states
        assert [(f["code"], f["message"], f.get("line")) for f in town.get("findings", [])] == [
            (f["code"], f["message"], f["location"]["line"]) for f in audit["findings"]
        ]


def test_pandas_loads_the_towns_the_matrix_and_the_evidence(compared: tuple[dict[str, Any], dict[str, Any]], tmp_path: Path) -> None:
    import pandas as pd

    compact, _ = compared
    path = tmp_path / "towns.json"
    path.write_text(json.dumps(compact, ensure_ascii=False), encoding="utf-8")
    with path.open(encoding="utf-8") as stream:
        document = json.load(stream)
    towns = pd.json_normalize(document["towns"], max_level=1)
    assert list(towns["municipality"]) == ["恵庭市", "芦別市", "富良野市", "上里町"]  # compare's order: by score
    assert towns.loc[towns["municipality"] == "上里町", "items.dx/telework"].item() == "missing"
    evidence = pd.json_normalize(document["towns"], record_path="evidence", meta=["municipality"])
    assert set(evidence.columns) >= {"item", "kind", "strength", "municipality", "line"}
    items = pd.json_normalize(document["catalogue"]["frameworks"], record_path="items", meta=["edition"])
    titled = evidence.merge(items, left_on="item", right_on="id")
    assert len(titled) == len(evidence)  # every piece of evidence finds its item in the catalogue


def test_duckdb_reads_the_document_with_read_json(compared: tuple[dict[str, Any], dict[str, Any]], tmp_path: Path) -> None:
    import duckdb

    compact, _ = compared
    path = tmp_path / "towns.json"
    path.write_text(json.dumps(compact, ensure_ascii=False), encoding="utf-8")
    connection = duckdb.connect()
    towns = connection.sql(
        f"SELECT t.municipality, t.overall_score, t.items['dx/telework'] FROM (SELECT unnest(towns) AS t FROM read_json('{path}')) ORDER BY 2 DESC"
    ).fetchall()
    assert [(name, status) for name, _, status in towns] == [
        ("恵庭市", "covered"),
        ("芦別市", "covered"),
        ("富良野市", "covered"),
        ("上里町", "missing"),
    ]
    counted = connection.sql(
        f"WITH t AS (SELECT unnest(towns) AS t FROM read_json('{path}')) SELECT count(*) FROM (SELECT unnest(t.evidence) FROM t)"
    ).fetchall()
    assert counted[0][0] == sum(len(t.get("evidence", [])) for t in compact["towns"])


def test_a_town_with_no_score_and_one_with_no_evidence_keep_the_contract(tmp_path: Path) -> None:
    """Every required item exempt is no score (0 of 0): the score is left out, not null, and the schema does
    not require it (it did: such a file failed its own schema). A town with no evidence has no `evidence`
    list; the docs' pandas line still reads the evidence of the others, keyed by file (two towns may share
    a name). Found by a review of the exports."""
    import duckdb
    import pandas as pd
    from test_trust_exemptions import _everything_exempted

    folder = tmp_path / "towns"
    folder.mkdir()
    (folder / "exempt.yaml").write_text(_everything_exempted("当町は県の共同事業で実施する"), encoding="utf-8")
    (folder / "none.yaml").write_text(
        MINIMAL_PLAN.replace("title: 施策\n        addresses: [dx/telework]", "title: 庁用車の更新"), encoding="utf-8"
    )
    (folder / "eniwa.yaml").write_bytes((PLANS / "eniwa.yaml").read_bytes())
    path = tmp_path / "all.json"
    run = run_cli("compare", str(folder), "--format", "json", "-o", str(path))
    assert run.exit_code == 0, run.stderr
    document = json.loads(path.read_text(encoding="utf-8"))
    _schema("compare").validate(document)
    assert _nulls(document) == []
    by_file = {Path(t["file"]).name: t for t in document["towns"]}
    assert "overall_score" not in by_file["exempt.yaml"]
    assert all("score" not in f["score"] for f in by_file["exempt.yaml"]["frameworks"].values() if f["score"]["required"])
    assert "evidence" not in by_file["none.yaml"]
    # docs/audit.md, "Reading it"
    towns = pd.json_normalize(document["towns"], max_level=1)
    assert towns["overall_score"].isna().tolist() == [Path(f).name == "exempt.yaml" for f in towns["file"]]
    evidence = pd.json_normalize([t for t in document["towns"] if "evidence" in t], record_path="evidence", meta=["file", "municipality"])
    assert set(evidence["file"].map(lambda f: Path(f).name)) == {"eniwa.yaml", "exempt.yaml"}  # its exemptions
    rows = duckdb.connect().sql(f"SELECT t.file, t.overall_score FROM (SELECT unnest(towns) AS t FROM read_json('{path}'))").fetchall()
    assert {Path(file).name: score for file, score in rows}["exempt.yaml"] is None


def test_the_plans_that_could_not_be_compared_are_named_in_the_document(tmp_path: Path) -> None:
    """A broken plan is left out of `towns` with exit 1 and lines on stderr; the file said nothing of it, so
    a reader of all.json could not know that it was not every plan named (found by a review). They are
    `not_compared`, in the order of their files, the same bytes in one process and in workers."""
    folder = tmp_path / "towns"
    folder.mkdir()
    for n in range(6):  # 24 plans and 2 broken ones: past PARALLEL_FROM, so compare uses its workers
        for plan in EXAMPLE_PLANS:
            (folder / f"{n}-{plan.name}").write_bytes(plan.read_bytes())
    (folder / "3-broken.yaml").write_text("version: 1\nmunicipality: [\n", encoding="utf-8")
    (folder / "5-number.yaml").write_text("version: 1\npolicies: 3\n", encoding="utf-8")
    runs = [run_cli("compare", str(folder), "--format", "json", "--jobs", jobs) for jobs in ("1", "2")]
    assert [r.exit_code for r in runs] == [1, 1]
    assert runs[0].output == runs[1].output
    document = json.loads(runs[0].output)
    _schema("compare").validate(document)
    assert len(document["towns"]) == 24
    assert [Path(p["file"]).name for p in document["not_compared"]] == ["3-broken.yaml", "5-number.yaml"]
    broken = document["not_compared"][0]["findings"]
    assert [(f["code"], f["line"]) for f in broken] == [("DX003", 3)]
    assert "not_compared" not in json.loads(run_cli("compare", str(PLANS), "--format", "json").output)
    several = json.loads(run_cli("audit", *map(str, EXAMPLE_PLANS[:2]), str(folder / "5-number.yaml"), "--format", "json").output)
    assert [Path(p["file"]).name for p in several["not_compared"]] == ["5-number.yaml"]
    # one plan audited and one not: still several named, so the comparison that names the other (it was
    # the one plan's dxcheck-audit, which cannot; found by a hostile try)
    two = json.loads(run_cli("audit", str(EXAMPLE_PLANS[0]), str(folder / "5-number.yaml"), "--format", "json").output)
    assert two["format"] == "dxcheck-compare"
    assert [Path(p["file"]).name for p in two["not_compared"]] == ["5-number.yaml"]
    # --full, the full contract, names them too, with the findings in both languages
    full = run_cli("compare", str(folder), "--format", "json", "--full", "--jobs", "1")
    whole = json.loads(full.output)
    _schema("audits").validate(whole)
    assert [Path(p["file"]).name for p in whole["not_compared"]] == ["3-broken.yaml", "5-number.yaml"]
    assert whole["not_compared"][0]["findings"][0]["message_en"].startswith("YAML syntax error")
    assert full.output == json.dumps(whole, ensure_ascii=False, indent=2) + "\n"  # written in pieces, as one dump
    assert json.loads((ROOT / "schemas" / "compare.schema.json").read_text(encoding="utf-8"))["title"] == "dxcheck compare"
    # none could be compared: still the document that says why, as audit's (it wrote no file; a walkthrough's)
    target = tmp_path / "none.json"
    broken = [str(folder / "3-broken.yaml"), str(folder / "5-number.yaml")]
    none = run_cli("compare", *broken, "--format", "json", "-o", str(target))
    assert none.exit_code == 2
    assert none.stderr.strip().endswith("dxcheck: 比較できる計画がありません")
    written = json.loads(target.read_text(encoding="utf-8"))
    _schema("compare").validate(written)
    assert written["towns"] == []
    assert [Path(p["file"]).name for p in written["not_compared"]] == ["3-broken.yaml", "5-number.yaml"]
    table = run_cli("compare", *broken)
    assert (table.exit_code, table.output) == (2, "")


def test_audit_of_several_plans_is_the_comparison_and_of_one_the_audit_document(tmp_path: Path) -> None:
    several = json.loads(run_cli("audit", *map(str, EXAMPLE_PLANS[:2]), "--format", "json").output)
    assert several["format"] == "dxcheck-compare"
    _schema("compare").validate(several)
    one = json.loads(run_cli("audit", str(EXAMPLE_PLANS[0]), "--format", "json").output)
    assert (one["format"], one["version"]) == ("dxcheck-audit", 4)
    _schema("audit").validate(one)
    assert "config" in one  # settled in version 4: always there, null without a file
    assert one["config"] is None
    location = one["findings"][0]["location"]
    assert "paragraph" in location
    # the published schemas require both, so a reader can rely on them
    audit_schema = json.loads((ROOT / "schemas" / "audit.schema.json").read_text(encoding="utf-8"))
    assert "config" in audit_schema["required"]
    assert audit_schema["properties"]["version"]["const"] == 4
    assert "paragraph" in audit_schema["$defs"]["Location"]["properties"]


def test_full_is_for_json_only() -> None:
    run = run_cli("compare", str(PLANS), "--full")
    assert run.exit_code == 2
    assert "--full は JSON のときだけ使えます" in run.stderr


def test_dxcheck_schema_compare_prints_the_published_schema() -> None:
    run = run_cli("schema", "compare")
    assert run.exit_code == 0
    assert run.output == (ROOT / "schemas" / "compare.schema.json").read_text(encoding="utf-8")


def test_a_town_is_one_line_and_the_document_is_a_tenth_of_the_full_contract(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "generate.py"), "--count", "30", "--seed", "1", "--out", str(tmp_path / "g")],
        check=True,
        capture_output=True,
    )
    compact = run_cli("compare", str(tmp_path / "g"), "--format", "json", "--jobs", "1").output
    full = run_cli("compare", str(tmp_path / "g"), "--format", "json", "--jobs", "1", "--full").output
    document = json.loads(compact)
    _schema("compare").validate(document)
    lines = compact.splitlines()
    for town in document["towns"]:
        assert sum(1 for line in lines if f'"file":{json.dumps(town["file"], ensure_ascii=False)}' in line) == 1
    assert len(compact.encode()) * 4 < len(full.encode())
