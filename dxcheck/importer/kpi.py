"""KPI tables (指標 / 現状値 / 目標値 / 目標年度 …) and KPI lists (「重要業績評価指標 (KPI)  ・…」)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from dxcheck.importer.blocks import Block
from dxcheck.model import fiscal

Value = int | float | str


@dataclass
class KpiDraft:
    name: str
    target: Value | None = None
    unit: str | None = None
    baseline: Value | None = None
    baseline_year: int | None = None
    target_year: int | None = None
    owner: str | None = None


_KPI_LABEL = re.compile(r"(重要業績評価指標|成果指標|評価指標|KPI|指標)")
_COLUMNS = (
    ("name", re.compile(r"^(?:指標名?|KPI|重要業績評価指標|成果指標|評価指標|項目)")),
    ("baseline", re.compile(r"^(?:現状値?|基準値|現在値|実績値?)")),
    ("target_year", re.compile(r"^(?:目標年度|達成年度|目標時期|年度)")),
    ("target", re.compile(r"^(?:目標値?|目標数値)")),
    ("unit", re.compile(r"^単位")),
    ("owner", re.compile(r"^(?:担当課|担当部署|所管課|担当)")),
)
_YEAR_IN = re.compile(r"[(（]([^()（）]*(?:年度|R\d|H\d|令和|平成)[^()（）]*)[)）]")
_NUMBER = re.compile(r"^([0-9][0-9,]*(?:\.[0-9]+)?)\s*(.*)$")


def _fold(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _year(text: str) -> int | None:
    folded = _fold(text).removesuffix("まで").removesuffix("末")
    try:
        return fiscal.parse_fiscal_year(int(folded) if folded.isdigit() else folded)
    except fiscal.FiscalYearError:
        return None


def _value(text: str) -> tuple[Value | None, str | None]:
    folded = unicodedata.normalize("NFKC", text).strip()
    if not folded or folded in {"-", "－", "―", "—", "未定", "ー"}:
        return None, None
    match = _NUMBER.match(folded)
    if match:
        digits = match.group(1).replace(",", "")
        number: Value = float(digits) if "." in digits else int(digits)
        unit = match.group(2).strip() or None
        return number, unit
    return text.strip(), None


def target_value(text: str) -> tuple[Value | None, str | None, int | None]:
    """A 目標値 cell as written in a table of measures: 「80%（R10）」「30手続（令和10年度）」「全手続」 →
    (value, unit, target year)."""
    year = None
    if m := _YEAR_IN.search(text):
        year = _year(m.group(1))
        text = text[: m.start()] + text[m.end() :]
    value, unit = _value(text)
    return value, unit, year


def is_kpi_table(table: Block) -> bool:
    """A table that lists KPIs: a header with 指標 and a target, or a 「KPI」 label cell."""
    if not table.rows:
        return False
    header = [_fold(c) for c in table.rows[0]]
    if any(_KPI_LABEL.search(c) for c in header) and any(re.match(r"^(目標|現状|基準)", c) for c in header):
        return True
    if (
        header
        and header[0].startswith("項目")
        and any(re.match(r"^(現状|基準)", c) for c in header)
        and any(c.startswith("目標") for c in header)
    ):
        return True  # 「項目｜現状値（R7）｜目標値（R12）」: a blind trial's KPI table with no 指標 in it was read as three measures
    first = _fold(table.rows[0][0]) if table.rows[0] else ""
    return bool(_KPI_LABEL.search(first)) and len(first) <= 20


def parse_kpis(table: Block) -> list[KpiDraft]:
    """The KPIs of a KPI table (empty when it is none)."""
    if not is_kpi_table(table):
        return []
    header = [_fold(c) for c in table.rows[0]]
    columns: dict[str, int] = {}
    for index, cell in enumerate(header):
        for name, pattern in _COLUMNS:
            if name not in columns and pattern.match(cell):
                columns[name] = index
                break
    if "name" in columns and ("target" in columns or "baseline" in columns):
        return _from_columns(table, header, columns)
    # A label and a list of names: 「重要業績評価指標 (KPI) | ・…」 with more rows below.
    drafts: list[KpiDraft] = []
    for row in table.rows:
        cells = [c for c in row if c.strip()]
        if row is table.rows[0] and cells:
            cells = cells[1:]
        for cell in cells:
            # 「・オンライン会議・ペーパレス会議開催数」: the leading bullet goes, the middle dot stays.
            name = re.sub(r"^[\s・●○\-]+", "", cell).strip()
            if name:
                drafts.append(KpiDraft(name))
    return drafts


def _from_columns(table: Block, header: list[str], columns: dict[str, int]) -> list[KpiDraft]:
    baseline_year = target_year = None
    if "baseline" in columns and (m := _YEAR_IN.search(table.rows[0][columns["baseline"]])):
        baseline_year = _year(m.group(1))
    if "target" in columns and (m := _YEAR_IN.search(table.rows[0][columns["target"]])):
        target_year = _year(m.group(1))
    unit_in_header = None
    if "target" in columns and (m := re.search(r"[(（]([^()（）0-9年度]{1,4})[)）]", table.rows[0][columns["target"]])):
        unit_in_header = m.group(1)
    drafts: list[KpiDraft] = []
    for row in table.rows[1:]:

        def cell(name: str, row: list[str] = row) -> str:
            index = columns.get(name)
            return row[index].strip() if index is not None and index < len(row) else ""

        name = cell("name").lstrip("・●- ").strip()
        if not name:
            continue
        target, unit = _value(cell("target"))
        baseline, baseline_unit = _value(cell("baseline"))
        draft = KpiDraft(
            name=name,
            target=target,
            unit=cell("unit") or unit or baseline_unit or unit_in_header,
            baseline=baseline,
            baseline_year=baseline_year,
            target_year=_year(cell("target_year")) if cell("target_year") else target_year,
            owner=cell("owner") or None,
        )
        drafts.append(draft)
    return drafts
