"""What the performance work relies on, tested for correctness (the timings are in benchmarks/run.py)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Hashable
from pathlib import Path
from typing import Any, Literal

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


def test_lint_in_parallel_gives_exactly_the_serial_result_in_every_format(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # From PARALLEL_FROM files on, lint shares them out to worker processes as compare does; every
    # format must be what one process prints, in the order of the files, with the same exit code.
    from dxcheck.audit import workers
    from dxcheck.audit.pipeline import PARALLEL_FROM

    _generate(PARALLEL_FROM + 16, tmp_path / "g")
    (tmp_path / "g" / "broken.yaml").write_text("version: 1\nplan: [\n", encoding="utf-8")  # a broken YAML among them
    pools: list[int] = []
    real_start = workers.Pool.start

    def counted(self: workers.Pool[object], count: int) -> OSError | None:
        pools.append(count)
        return real_start(self, count)

    monkeypatch.setattr(workers.Pool, "start", counted)
    for output_format in ("text", "json", "sarif", "junit", "github"):
        serial = run_cli("lint", str(tmp_path / "g"), "--jobs", "1", "--format", output_format)
        assert not pools, "--jobs 1 started workers"
        default = run_cli("lint", str(tmp_path / "g"), "--format", output_format)  # the cores: two here, or one
        parallel = run_cli("lint", str(tmp_path / "g"), "--jobs", "2", "--format", output_format)
        assert pools[-1] == 2, "lint of many files did not start its workers"
        pools.clear()
        assert serial.exit_code == parallel.exit_code == default.exit_code == 1
        assert serial.output == parallel.output == default.output
        assert "broken.yaml" in serial.output
    files = json.loads(run_cli("lint", str(tmp_path / "g"), "--jobs", "2", "--format", "json").output)["files"]
    assert [f["file"] for f in files] == sorted(f["file"] for f in files)  # in the order the directory gives them
    assert len(files) == PARALLEL_FROM + 17


def test_lint_of_a_few_files_starts_no_worker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dxcheck.audit import workers
    from dxcheck.audit.pipeline import PARALLEL_FROM

    _generate(PARALLEL_FROM - 1, tmp_path / "g")

    def refused(self: workers.Pool[object], count: int) -> OSError | None:
        raise AssertionError("a worker was started for fewer files than PARALLEL_FROM")

    monkeypatch.setattr(workers.Pool, "start", refused)
    assert run_cli("lint", str(tmp_path / "g"), "--jobs", "4").exit_code in (0, 1)


def test_compare_to_the_terminal_keeps_a_row_a_town_not_its_audit(tmp_path: Path) -> None:
    # Issue 25, row 14: compare's own process held every town's audit (20,000 plans, 2.4 GB). For the
    # matrix, each worker sends a town's row (dxcheck.model.town) and each edition's items once.
    import pickle

    from conftest import pipeline
    from dxcheck.model.town import TownRow, town_row

    paths = _generate(30, tmp_path / "g")
    for path in paths[::2]:  # half the towns declare the newer edition
        path.write_text(
            path.read_text(encoding="utf-8").replace("version: 1\n", 'version: 1\nframeworks:\n  dx: "2.3"\n', 1), encoding="utf-8"
        )
    rows, _ = pipeline().audit_rows(paths, jobs=2)
    assert len(rows) == 30
    assert all(type(r) is TownRow for r in rows)
    # every edition's items kept once in compare's process, whichever worker sent them
    shapes = {id(f.shape) for r in rows for f in r.frameworks}
    assert len(shapes) == len({f.key for r in rows for f in r.frameworks}) == 4  # kanmin, dx@1.0, dx@2.3, procedures
    assert {"1.0", "2.3"} <= {f.edition for r in rows for f in r.frameworks}
    # the same rows as made in one process, and as made from the whole audits
    serial, _ = pipeline().audit_rows(paths, jobs=1)
    audits, _ = pipeline().audit_all(paths, jobs=1)
    assert list(rows) == list(serial) == [town_row(a) for a in audits]
    # what a worker sends for a town once it has sent its editions: a few hundred bytes (a town's audit
    # was 40 KB of pickle, its verdicts alone 11 KB in compare's process)
    sent: set[Hashable] = set()
    town_row(audits[0]).unshare(sent)
    again = town_row(audits[2])  # the same editions
    again.unshare(sent)
    assert all(f.shape is None for f in again.frameworks)
    assert len(pickle.dumps(again)) < 1500


def test_the_json_records_made_by_workers_are_the_towns_of_their_audits(tmp_path: Path) -> None:
    # compare --format json: each worker writes its towns' records (dxcheck.report.compare_json.TownRecord);
    # what depends on the other towns — national targets that differ from the catalogue's (set by the
    # first town of each edition), settings that differ from the document's — is decided once they are
    # sorted. Sorted by code, the first town has the newer dx edition, and half the towns differ from it.
    from conftest import pipeline
    from dxcheck.audit.pipeline import sort_audits
    from dxcheck.report.compare_json import _catalogue, _settings, town

    paths = _generate(30, tmp_path / "g")
    for path in paths[::2]:
        path.write_text(
            path.read_text(encoding="utf-8").replace("version: 1\n", 'version: 1\nframeworks:\n  dx: "2.3"\n', 1), encoding="utf-8"
        )
    for lang in ("ja", "en"):
        done = run_cli("compare", str(tmp_path / "g"), "--jobs", "2", "--sort", "code", "--format", "json", "--lang", lang)
        assert done.exit_code == 0
        document = json.loads(done.output)
        audits, _ = pipeline().audit_all(paths, jobs=1)
        audits = sort_audits(audits, "code")
        entries, known = _catalogue(audits)
        settings = _settings(audits[0].settings, lang)
        expected = json.loads(json.dumps([town(a, known, settings) for a in audits], default=_plain))
        assert document["towns"] == expected
        assert document["catalogue"]["frameworks"] == json.loads(json.dumps(entries, default=_plain))
        assert sum("national_targets" in t for t in document["towns"]) == 15


def _plain(value: object) -> object:
    from dxcheck.report.compare_json import _without_nulls

    return _without_nulls(value)


def test_a_town_row_says_what_its_audit_says() -> None:
    from conftest import pipeline
    from dxcheck.model.town import town_row
    from dxcheck.report.compare_table import _editions
    from dxcheck.report.editions import editions_of
    from dxcheck.report.matrix import procedures_done, row_score_cell, score_cell

    for plan in sorted((ROOT / "plans").glob("*.yaml")):
        full = pipeline().audit(plan)
        assert isinstance(full, AuditResult)
        row = town_row(full)
        assert {k: v for f in row.frameworks for k, v in f.status_of().items()} == {
            i.id: i.status for f in full.frameworks for i in f.items
        }
        assert [(i.id, i.title, i.title_en, i.required) for f in row.frameworks for i in f.items] == [
            (i.id, i.title, i.title_en, i.required) for f in full.frameworks for i in f.items
        ]
        assert (row.online, row.planned) == procedures_done(full)[:2]
        assert row.overall_score == full.overall_score
        assert row.errors == bool(full.file_errors())
        assert _editions(row) == editions_of(full)
        for framework in full.frameworks:
            for lang in ("ja", "en"):
                assert row_score_cell(row, framework.id, lang) == score_cell(full, framework.id, lang)


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


def test_compare_past_a_countrys_worth_of_towns_keeps_them_on_disk_and_prints_the_same_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Issue 25, row 14: compare's own memory flat in the number of towns. Past IN_MEMORY towns
    # (dxcheck.files.spill), every town is packed to a temporary file and read back one at a time; the
    # report must be the same bytes as when they are kept. Here the limit is 5, for 24 towns on two
    # editions (so the shared items are put back from what the process kept once), in every order,
    # both languages, the terminal matrix wide and in blocks (narrow), the JSON document, and the CSV
    # (wide, long, in cp932, to a file), and the workbook.
    from dxcheck.files import spill

    plans = _generate(24, tmp_path / "g")
    for path in plans[::3]:
        path.write_text(
            path.read_text(encoding="utf-8").replace("version: 1\n", 'version: 1\nframeworks:\n  dx: "2.3"\n', 1), encoding="utf-8"
        )
    made: list[Any] = []
    original = spill.Towns.__init__

    def watched(self: Any, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        made.append(self)

    monkeypatch.setattr(spill.Towns, "__init__", watched)
    cases: list[tuple[tuple[str, ...], dict[str, str] | None]] = [
        (("--format", "table", "--sort", "score"), None),
        (("--format", "table", "--sort", "name", "--lang", "en"), None),
        (("--format", "table", "--sort", "code"), {"COLUMNS": "60"}),
        (("--format", "json", "--sort", "code"), None),
        (("--format", "json", "--sort", "score", "--lang", "en"), None),
        (("--format", "csv", "--sort", "score"), None),
        (("--format", "csv", "--sort", "name", "--lang", "en", "--encoding", "cp932"), None),
        (("--format", "csv", "--sort", "code", "--long"), None),
        (("--format", "csv", "--sort", "code", "-o", str(tmp_path / "out.csv")), None),
        (("--format", "xlsx", "--sort", "score", "-o", str(tmp_path / "out.xlsx")), None),
    ]
    for case, env in cases:
        args = ["compare", str(tmp_path / "g"), "--jobs", "2", *case]
        out = tmp_path / ("out.xlsx" if "xlsx" in case else "out.csv")
        monkeypatch.setattr(spill, "IN_MEMORY", 2048)
        kept = run_cli(*args, env=env)
        kept_file = out.read_bytes() if "-o" in case else b""
        assert not made[-1].spilled
        monkeypatch.setattr(spill, "IN_MEMORY", 5)
        spilled = run_cli(*args, env=env)
        assert made[-1].spilled
        assert len(made[-1]) == 24
        assert spilled.exit_code == kept.exit_code
        assert spilled.output == kept.output, case
        assert spilled.stderr == kept.stderr
        if "cp932" in case:  # an en dash of the English reasons: the same error, at the same line, either way
            assert "cannot be written in cp932 (CSV line 8)" in spilled.stderr
        elif "xlsx" in case:
            assert out.read_bytes() == kept_file
            import openpyxl

            workbook = openpyxl.load_workbook(out, read_only=True)
            assert len(workbook.sheetnames) == 25  # the matrix and each town's sheet
        elif "-o" in case:
            assert out.read_bytes() == kept_file
            assert kept_file.startswith("\ufeff".encode())
            assert kept_file.count(b"\r\n") == 25
        elif "csv" in case:
            assert spilled.output.count("\n") == 25 if "--long" not in case else spilled.output.count("\n") > 24 * 30
        if env is not None:
            assert "（1/" in spilled.output  # drawn in blocks
        if "json" in case:
            assert len(json.loads(spilled.output)["towns"]) == 24


def test_the_terminal_matrix_is_printed_in_parts_with_the_bytes_of_one_print() -> None:
    # dxcheck.report.output prints a long drawing (the matrix) a few hundred lines at a time, so that
    # rich does not hold every segment of 20,000 towns at once; what it prints must be what one
    # console.print of the same drawing prints, on a terminal (colour) and in a file (soft wrap).
    import io

    from rich.console import Console
    from rich.text import Text

    from dxcheck.report.compare_table import Fitted
    from dxcheck.report.output import _print_in_parts

    header = ["町", "A", "B", "総合"]
    rows = [[(f"町{n:04d}", None), ("●", "green"), ("○", "red"), (f"{n % 101}", "bold")] for n in range(1234)]
    colours: list[tuple[bool, Literal["truecolor"] | None]] = [(False, "truecolor"), (True, None)]
    for soft_wrap, colour in colours:
        outputs = []
        for in_parts in (False, True):
            buffer = io.StringIO()
            console = Console(file=buffer, width=40, color_system=colour, force_terminal=colour is not None, soft_wrap=soft_wrap)
            drawing = Fitted("比較", header, ["left", "center", "center", "right"], rows)
            if in_parts:
                _print_in_parts(console, drawing, lines=100)
            else:
                console.print(drawing)
            console.print(Text("凡例"))
            outputs.append(buffer.getvalue())
        assert outputs[0] == outputs[1]
        assert outputs[1].count("\n") > 1234


def test_a_temporary_file_that_cannot_be_written_is_said_with_what_to_do(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Past IN_MEMORY towns compare writes them to a temporary file: a full disk is a message and exit 2,
    # not a traceback.
    import tempfile

    from dxcheck.files import spill

    _generate(8, tmp_path / "g")
    monkeypatch.setattr(spill, "IN_MEMORY", 3)
    monkeypatch.setattr(tempfile, "TemporaryFile", lambda **kwargs: open("/dev/full", "r+b", buffering=0))  # noqa: SIM115
    done = run_cli("compare", str(tmp_path / "g"), "--jobs", "1")
    assert done.exit_code == 2
    assert "一時ファイルに書けませんでした" in done.stderr
    assert "TMPDIR" in done.stderr
    assert "Traceback" not in done.stderr + done.output


def test_a_csv_written_in_pieces_says_the_line_of_a_character_its_encoding_lacks() -> None:
    # Past a country's worth of towns the CSV is encoded a piece at a time (a BOM once); a character the
    # encoding lacks is said with its line in the whole CSV, as when it is encoded whole.
    from dxcheck.report import ReportError
    from dxcheck.report.csv_report import encode, encode_pieces

    pieces = ["町,点\r\n", "甲,1\r\n乙,2\r\n", "丙,3\r\n丁–,4\r\n"]
    assert b"".join(encode_pieces(pieces, "utf-8-sig")) == encode("".join(pieces), "utf-8-sig")
    assert b"".join(encode_pieces(pieces[:2], "cp932")) == encode("".join(pieces[:2]), "cp932")
    for whole in (False, True):
        with pytest.raises(ReportError) as caught:
            encode("".join(pieces), "cp932") if whole else b"".join(encode_pieces(pieces, "cp932"))
        assert "（CSV の 5 行目）" in caught.value.ja
