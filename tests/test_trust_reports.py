"""Issue 25, items 6–8: a plan's text in a report is text — never a spreadsheet formula, never Markdown
or HTML that makes a heading, hides the report or links elsewhere, never a line or a direction change
on the terminal. Each report is read back by its real client (openpyxl, the csv module, markdown-it)."""

from __future__ import annotations

import csv
import io
import textwrap
from pathlib import Path

import openpyxl

from conftest import run_cli

# A plan whose every name is a formula to a spreadsheet.
FORMULA_PLAN = """\
version: 1
municipality:
  name: '=HYPERLINK("http://example.com/x","恵庭市")'
  prefecture: "+北海道"
  code: "012319"
plan:
  title: "-1+1"
  period:
    start: R5
    end: R7
policies:
  - id: "1"
    title: "@SUM(A1:A9)"
    measures:
      - id: "1-1"
        title: "\\t=1+2"
        addresses: [dx/telework]
      - id: "1-2"
        title: "\\r=cmd|' /C calc'!A0"
        addresses: [dx/security]
"""

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _plan(tmp_path: Path, text: str, name: str = "plan.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_xlsx_holds_no_formula(tmp_path: Path) -> None:
    plan = _plan(tmp_path, FORMULA_PLAN)
    for command in ("compare", "audit"):
        out = tmp_path / f"{command}.xlsx"
        run = run_cli(command, str(plan), "--format", "xlsx", "-o", str(out))
        assert run.exit_code in (0, 1), run.stderr
        book = openpyxl.load_workbook(out)
        cells = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row if cell.value is not None]
        assert not [c.coordinate for c in cells if c.data_type == "f"], command
        texts = [c.value for c in cells if isinstance(c.value, str)]
        # The name is there, as the text it is.
        assert any('=HYPERLINK("http://example.com/x","恵庭市")' in t for t in texts), command


def _csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_cells_never_start_a_formula(tmp_path: Path) -> None:
    plan = _plan(tmp_path, FORMULA_PLAN)
    for args in (("compare",), ("compare", "--long"), ("audit",)):
        out = tmp_path / "out.csv"
        run = run_cli(*args, str(plan), "--format", "csv", "-o", str(out))
        assert run.exit_code in (0, 1), run.stderr
        rows = _csv_rows(out.read_bytes())
        cells = [cell for row in rows for cell in row]
        assert not [c for c in cells if c.startswith(_FORMULA_START)], args
        # Neutralised with a leading apostrophe, the text kept whole.
        assert '\'=HYPERLINK("http://example.com/x","恵庭市")' in cells, args
        assert "'+北海道" in cells, args
    out = tmp_path / "wide.csv"
    run_cli("compare", str(plan), "--format", "csv", "--lang", "en", "-o", str(out))
    row = dict(zip(*_csv_rows(out.read_bytes())[:2], strict=True))
    assert row["plan"] == "'-1+1"


def test_csv_writes_its_own_numbers_as_numbers(tmp_path: Path) -> None:
    """A score is a number dxcheck writes: no apostrophe before it."""
    plan = _plan(tmp_path, FORMULA_PLAN)
    out = tmp_path / "wide.csv"
    run_cli("compare", str(plan), "--format", "csv", "--lang", "en", "-o", str(out))
    row = dict(zip(*_csv_rows(out.read_bytes())[:2], strict=True))
    float(row["overall_score"])
    assert row["procedures_not_mentioned"].isdigit()
