"""What the performance work relies on, tested for correctness (the timings are in benchmarks/run.py)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, run_cli
from dxcheck.model.results import AuditResult

GENERATE = ROOT / "benchmarks" / "generate.py"


def _generate(count: int, out: Path, seed: int = 1) -> list[Path]:
    subprocess.run(
        [sys.executable, str(GENERATE), "--count", str(count), "--seed", str(seed), "--out", str(out)], check=True, capture_output=True
    )
    return sorted(out.glob("*.yaml"))


def test_the_generator_is_deterministic_and_plan_i_does_not_depend_on_the_count(tmp_path: Path) -> None:
    first = _generate(30, tmp_path / "a")
    again = _generate(30, tmp_path / "b")
    fewer = _generate(10, tmp_path / "c")
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in again]
    assert [p.read_bytes() for p in first[:10]] == [p.read_bytes() for p in fewer]
    other_seed = _generate(3, tmp_path / "d", seed=2)
    assert first[0].read_bytes() != other_seed[0].read_bytes()


def test_generated_plans_are_valid_realistic_plans_with_a_few_deliberate_findings(tmp_path: Path) -> None:
    plans = _generate(120, tmp_path / "g")
    lines = sorted(len(p.read_text(encoding="utf-8").splitlines()) for p in plans)
    assert 100 <= lines[len(lines) // 2] <= 400  # the median plan is the size of a seed plan
    document = json.loads(run_cli("lint", str(tmp_path / "g"), "--format", "json").output)
    errors = {f["code"] for file in document["files"] for f in file["findings"] if f["severity"] == "error"}
    assert errors <= {"DX301"}  # the deliberate misspelt item id, nothing else
    broken = sum(1 for file in document["files"] if file["status"] == "error")
    assert 0 < broken < 12
    assert document["summary"]["warnings"] > 0


def test_compare_in_parallel_gives_exactly_the_serial_result(tmp_path: Path) -> None:
    # In parallel, the terminal matrix gets verdicts without evidence from the workers; JSON and
    # the exports get everything. Each must be what the serial run prints.
    _generate(40, tmp_path / "g")
    outputs = {}
    for output_format in ("json", "table", "csv"):
        serial = run_cli("compare", str(tmp_path / "g"), "--jobs", "1", "--format", output_format)
        parallel = run_cli("compare", str(tmp_path / "g"), "--jobs", "2", "--format", output_format)
        assert serial.exit_code == parallel.exit_code
        assert serial.output == parallel.output
        outputs[output_format] = serial.output
    assert len(json.loads(outputs["json"])["towns"]) == 40
    assert "自治体の比較" in outputs["table"]


def test_verdicts_from_workers_share_what_towns_have_alike(tmp_path: Path) -> None:
    # compare's process keeps one ItemResult per verdict of an item without evidence, not one per town.
    from conftest import pipeline

    paths = _generate(30, tmp_path / "g")
    for path in paths[::2]:  # half the towns declare the newer edition
        path.write_text(
            path.read_text(encoding="utf-8").replace("version: 1\n", 'version: 1\nframeworks:\n  dx: "2.3"\n', 1), encoding="utf-8"
        )
    audits, _ = pipeline().audit_all(paths, jobs=2, evidence=False)
    items = [i for a in audits for f in a.frameworks for i in f.items]
    assert len({id(i) for i in items}) < len(items) / 5  # 30 towns; 10,000 towns share about as many
    serial, _ = pipeline().audit_all(paths, jobs=1, evidence=False)

    def verdicts(results: list[AuditResult]) -> list[list[tuple[object, ...]]]:
        # every field of a verdict, the edition too: towns audited with different editions share no item
        fields = ("id", "framework", "edition", "title", "title_en", "group", "required", "status", "national_target_fiscal_year")
        return [[tuple(getattr(i, name) for name in fields) for f in a.frameworks for i in f.items] for a in results]

    assert verdicts(audits) == verdicts(serial)
    assert {"1.0", "2.3"} <= {i.edition for a in serial for f in a.frameworks for i in f.items}


def test_a_matrix_piped_is_drawn_as_wide_as_in_a_file(tmp_path: Path) -> None:
    # A pipe has no width: rich's 80 columns cropped the matrix (and drew it through rich's Table,
    # slowly); it is drawn as in a file, 120 columns wide, unless COLUMNS says otherwise.
    _generate(3, tmp_path / "g")
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "DXCHECK_LANG")}
    dxcheck = str(Path(sys.executable).parent / "dxcheck")
    done = subprocess.run([dxcheck, "compare", str(tmp_path / "g")], capture_output=True, env=env, check=False)
    assert done.returncode in (0, 1)
    table = done.stdout.decode("utf-8")
    assert "…" not in table
    assert " K1 " in table


def test_verdicts_only_keeps_what_the_matrix_shows() -> None:
    from conftest import pipeline
    from dxcheck.audit.pipeline import verdicts_only
    from dxcheck.model.results import AuditResult
    from dxcheck.report.compare_table import matrix_cells

    for plan in sorted((ROOT / "plans").glob("*.yaml")):
        full = pipeline().audit(plan)
        assert isinstance(full, AuditResult)
        light = verdicts_only(full)
        assert matrix_cells([light], "ja") == matrix_cells([full], "ja")
        assert not any(i.evidence for f in light.frameworks for i in f.items)
        assert any(i.evidence for f in full.frameworks for i in f.items)


def test_version_answers_without_importing_the_heavy_libraries() -> None:
    code = "import sys; sys.argv = ['dxcheck', '--version']; from dxcheck.main import main; main(); print(sorted(m for m in ('typer', 'pydantic', 'rich', 'ruamel.yaml', 'jsonschema') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    version, imported = done.stdout.splitlines()
    assert version.startswith("dxcheck ")
    assert imported == "[]"


def test_a_valid_plan_is_not_run_through_jsonschema(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from dxcheck.catalogue.framework import shipped_catalogue\n"
        "from dxcheck.plan.lint import check_file\n"
        f"check_file(Path({str(ROOT / 'plans' / 'kamisato.yaml')!r}), shipped_catalogue().select())\n"
        "print('jsonschema' in sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)  # warms the frameworks cache
    warm = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert warm.stdout.strip() == "False"
    # Without the cache the frameworks are validated against their schema, with jsonschema.
    env = {**os.environ, "DXCHECK_NO_CACHE": "1"}
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout.strip() == "True"


def test_the_frameworks_cache_follows_every_change_of_the_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dxcheck.catalogue.framework import Catalogue, shipped_catalogue

    load = shipped_catalogue.__wrapped__  # bypass the per-process memo
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "frameworks"
    shutil.copytree(ROOT / "frameworks", folder)

    def telework(catalogue: Catalogue) -> str:
        found = catalogue.item("dx/telework")
        assert found is not None
        return found.item.title

    first = load(folder)
    cached = list((tmp_path / "cache" / "dxcheck").glob("frameworks-*.json"))
    assert len(cached) == 1
    assert telework(load(folder)) == telework(first)
    dx = folder / "dx@2.3.yaml"
    dx.write_text(dx.read_text(encoding="utf-8").replace("title: テレワークの推進", "title: テレワークの推進（改）"), encoding="utf-8")
    assert telework(load(folder)) == "テレワークの推進（改）"
    assert len(list((tmp_path / "cache" / "dxcheck").glob("frameworks-*.json"))) == 2
    for stale in (tmp_path / "cache" / "dxcheck").glob("*.json"):
        stale.write_bytes(b"not an entry")
    assert telework(load(folder)) == "テレワークの推進（改）"  # a damaged cache is rebuilt


def test_the_audits_document_written_town_by_town_is_the_document_dumped_whole() -> None:
    from conftest import pipeline
    from dxcheck.model.results import AuditResult, Audits
    from dxcheck.report import ReportContext
    from dxcheck.report.json_report import audit_document, envelope, render_audits

    audits = [a for a in (pipeline().audit(p) for p in sorted((ROOT / "plans").glob("*.yaml"))) if isinstance(a, AuditResult)]
    assert len(audits) == 4
    for towns in (audits, audits[:1], []):
        for ascii_only in (False, True):
            told = ReportContext(ascii_json=ascii_only, config="pyproject.toml", full=True)
            document = envelope("audits", {"audits": [audit_document(a, told) for a in towns]}, told)
            whole = json.dumps(document, ensure_ascii=ascii_only, indent=2) + "\n"
            written = render_audits(Audits(audits=towns, command="compare"), told)
            assert "".join(written) == whole
