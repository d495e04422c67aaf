"""The workbook of a comparison as compare's workers make it (issue 27): each town's sheet made and
deflated where the town was audited, compare's own process keeping a small record a town and never an
audit; the workbook read back with openpyxl (the client a consultant's scripts use) and as a zip."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from conftest import PLANS, ROOT, pipeline, run_cli

COUNT = 30  # more than PARALLEL_FROM: compared by worker processes


@pytest.fixture(scope="module")
def towns(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Thirty generated plans in a folder outside the working directory (their paths are this machine's)."""
    folder = tmp_path_factory.mktemp("towns") / "g"
    command = [sys.executable, str(ROOT / "benchmarks" / "generate.py"), "--count", str(COUNT), "--seed", "3", "--out", str(folder)]
    subprocess.run(command, check=True, capture_output=True)
    return folder


def _compare(folder: Path, out: Path, *args: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "dxcheck", "compare", str(folder), "--format", "xlsx", "-o", str(out), *args],
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, "DXCHECK_NO_CACHE": "1", "DXCHECK_LANG": "ja"},
        timeout=300,
    )
    assert done.returncode in (0, 1), done.stderr.decode("utf-8")


def test_the_workers_workbook_is_the_one_process_workbook_with_every_town_its_sheet(towns: Path, tmp_path: Path) -> None:
    from dxcheck.audit.pipeline import PARALLEL_FROM

    assert COUNT >= PARALLEL_FROM
    parallel, serial = tmp_path / "parallel.xlsx", tmp_path / "serial.xlsx"
    _compare(towns, parallel, "--jobs", "2")
    _compare(towns, serial, "--jobs", "1")
    assert parallel.read_bytes() == serial.read_bytes()

    with zipfile.ZipFile(parallel) as archive:
        assert archive.testzip() is None  # every part's CRC and length as the directory says
        assert {info.date_time for info in archive.infolist()} == {(2020, 12, 25, 0, 0, 0)}
        xml = b"".join(archive.read(name) for name in archive.namelist())
    assert str(towns).encode() not in xml  # no path of this machine: each plan by its name

    book = load_workbook(parallel)
    matrix, sheets = book.worksheets[0], book.worksheets[1:]
    assert matrix.title == "比較"
    assert len(sheets) == COUNT
    last = matrix.cell(row=1, column=matrix.max_column).coordinate[:-1]
    assert matrix.auto_filter.ref == f"A2:{last}{COUNT + 2}"
    assert matrix.freeze_panes == "F3"
    assert matrix.print_title_rows == "$1:$2"
    linked = []
    for row in range(3, COUNT + 3):
        name = matrix.cell(row=row, column=1)
        assert name.hyperlink is not None, name.coordinate
        linked.append(str(name.hyperlink.location).rsplit("!", 1)[0].strip("'").replace("''", "'"))
    assert linked == [sheet.title for sheet in sheets]  # in the matrix's order, each town once
    files = set()
    for sheet in sheets:
        assert sheet.freeze_panes == "A6"
        assert sheet.print_title_rows == "$5:$5"
        assert [c.value for c in sheet[5]][:5] == ["枠組み", "ID", "項目", "必須", "状況"]
        assert sheet["A2"].value.startswith("総合スコア ")
        files.add(sheet["A2"].value.rsplit(" / ", 1)[1])
        assert sheet.max_row > 60  # every item of every framework
    assert files == {path.name for path in towns.glob("*.yaml")}
    cells = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert not [c.coordinate for c in cells if c.data_type == "f"]


def test_compare_keeps_a_small_record_a_town_and_no_audit_for_the_workbook(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from dxcheck.model.results import AuditResult
    from dxcheck.report import xlsx_report

    given = []
    render = xlsx_report.render_audits

    def kept(audits, context):  # type: ignore[no-untyped-def]
        given.append(audits)
        return render(audits, context)

    monkeypatch.setattr(xlsx_report, "render_audits", kept)
    assert run_cli("compare", str(PLANS), "--format", "xlsx", "-o", str(tmp_path / "o.xlsx")).exit_code == 0
    (compared,) = given
    assert compared.audits == []
    assert len(compared.towns) == 4
    assert all(isinstance(town, xlsx_report.XlsxTown) for town in compared.towns)

    # What a worker sends for a town, once it has sent the items of the town's editions, is its sheet
    # deflated and its row: a fraction of the town's audit.
    results, _ = pipeline().audit_all([PLANS / "kamisato.yaml", PLANS / "eniwa.yaml"])
    first, second = results
    assert isinstance(second, AuditResult)
    sent: set[object] = set()
    xlsx_report.town_sheet(first, "ja").unshare(sent)
    town = xlsx_report.town_sheet(second, "ja")
    town.unshare(sent)
    assert len(pickle.dumps(town)) * 4 < len(pickle.dumps(second))
