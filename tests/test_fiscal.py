"""Fiscal years in both calendars, and municipality codes."""

from __future__ import annotations

import pytest

from dxcheck.model.fiscal import FiscalYearError, format_deadline, format_fiscal_year, parse_fiscal_year, wareki
from dxcheck.model.municipality import check_digit, code_is_valid, with_check_digit


@pytest.mark.parametrize(
    ("written", "year"),
    [
        (2022, 2022),
        ("2022", 2022),
        ("R4", 2022),
        ("r4", 2022),
        ("Ｒ４", 2022),
        ("令和4", 2022),
        ("令和4年度", 2022),
        ("令和 4 年度", 2022),
        ("令和元年度", 2019),
        ("H30", 2018),
        ("平成30年度", 2018),
        ("平成31年度", 2019),  # FY2019 began in April, before 令和 started on 2019-05-01
        ("H28", 2016),
        ("R7", 2025),
        ("2022（令和4）年度", 2022),
        ("2022(R4)", 2022),
        ("令和5年度(2023年度)", 2023),  # as seed 000 writes it
        ("FY2024", 2024),
    ],
)
def test_every_accepted_form_gives_the_western_fiscal_year(written: object, year: int) -> None:
    assert parse_fiscal_year(written) == year


@pytest.mark.parametrize(
    ("written", "reason"),
    [
        ("令和0年", "令和0年はありません"),
        ("平成32年", "平成32年はありません"),
        ("2022（令和5）年度", "一致しません"),
        ("昭和60年", "年度として読めません"),
        ("来年度", "年度として読めません"),
        (True, "年度"),
        (2.5, "年度"),
    ],
)
def test_invalid_fiscal_years_say_why_in_japanese(written: object, reason: str) -> None:
    with pytest.raises(FiscalYearError) as caught:
        parse_fiscal_year(written)
    assert reason in caught.value.reason_ja


def test_reports_show_both_calendars() -> None:
    assert format_fiscal_year(2025) == "2025（R7）"
    assert format_fiscal_year(2025, "en") == "FY2025 (R7)"
    assert format_fiscal_year(2018) == "2018（H30）"
    assert wareki(2019) == "令和元"


@pytest.mark.parametrize(
    ("code", "name"), [("011002", "札幌市"), ("012319", "恵庭市"), ("012165", "芦別市"), ("012297", "富良野市"), ("113859", "上里町")]
)
def test_check_digit_of_known_codes(code: str, name: str) -> None:
    assert code_is_valid(code), name
    assert with_check_digit(code[:5]) == code
    assert check_digit(code[:5]) == int(code[5])


def test_a_typo_in_a_code_is_caught() -> None:
    assert not code_is_valid("012318")
    assert not code_is_valid("012391")


def test_a_deadline_is_the_end_of_its_fiscal_year_or_the_month_the_source_names() -> None:
    assert format_deadline(2025) == "2025（R7）年度末"
    assert format_deadline(2025, lang="en") == "end of FY2025"
    assert format_deadline(2026, 9) == "2026（R8）年9月"
    assert format_deadline(2026, 9, "en") == "September 2026"
    assert format_deadline(2026, 3) == "2027（R9）年3月"  # March of FY2026 is in calendar 2027
    assert format_deadline(2026, 3, "en") == "March 2027"
