"""Fiscal years (年度) in both calendars.

A Japanese fiscal year runs April to March: FY2022 = 令和4年度 = 2022-04-01 … 2023-03-31.
Staff write years as 2022, 「R4」, 「令和4年度」, 「H30」, 「平成30年度」 or 「2022（令和4）年度」; every form
is stored as the Western year of the fiscal year's start.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Era name, its one-letter abbreviation, the Western year of its first year, and its last year
# as a fiscal year (平成31年度 = FY2019 is in common use: the fiscal year began in April 2019,
# before 令和 started on 2019-05-01).
ERAS: dict[str, tuple[str, int, int | None]] = {
    "令和": ("R", 2019, None),
    "平成": ("H", 1989, 31),
}
_ERA_BY_LETTER = {letter: name for name, (letter, _, _) in ERAS.items()}

_WESTERN = re.compile(r"^(?:FY)?(\d{4})(?:年度?)?$")
_ERA = re.compile(r"^(令和|平成|[RH])(\d{1,2}|元)(?:年度?)?$")
# Both calendars: 「2022（令和4）年度」, 「令和5年度(2023年度)」, 「2022(R4)」. They must agree.
_BOTH = re.compile(r"^([^()]+)\(([^()]+)\)(?:年度?)?$")

# The JSON Schema pattern for a fiscal year written as a string. Deliberately loose: it
# admits anything shaped like a year so that 「令和0年」 reaches the parser below and gets a
# precise message instead of a bare pattern mismatch.
STRING_PATTERN = r"^\s*(FY|ＦＹ)?[0-9０-９]{4}|^\s*(令和|平成|[RHrhＲＨｒｈ])"


class FiscalYearError(ValueError):
    """A fiscal year that cannot be read. Carries the reason in Japanese and English."""

    def __init__(self, value: object, reason_ja: str, reason_en: str) -> None:
        super().__init__(reason_en)
        self.value = value
        self.reason_ja = reason_ja
        self.reason_en = reason_en


def _normalise(text: str) -> str:
    # NFKC turns full-width digits, letters and brackets into ASCII; spacing carries no meaning.
    folded = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", "", folded).upper()


def _era_year(era: str, number: str, original: object) -> int:
    name = _ERA_BY_LETTER.get(era, era)
    _, first, last = ERAS[name]
    n = 1 if number == "元" else int(number)
    if n < 1:
        raise FiscalYearError(
            original,
            f"{name}{n}年はありません（{name}は元年＝1年から）",
            f"there is no year {n} of {name} (the era starts at year 1)",
        )
    if last is not None and n > last:
        raise FiscalYearError(
            original,
            f"{name}{n}年はありません（{name}は{last}年度まで。それ以降は令和）",
            f"{name} ends at year {last}; later years are 令和 (R)",
        )
    return first + n - 1


def parse_fiscal_year(value: object) -> int:
    """Return the Western year of a fiscal year written in any accepted form.

    >>> parse_fiscal_year("2022（令和4）年度"), parse_fiscal_year("H30"), parse_fiscal_year(2025)
    (2022, 2018, 2025)
    """
    if isinstance(value, bool):
        raise FiscalYearError(value, "年度は数値か「令和4年度」の形で書いてください", "not a fiscal year")
    if isinstance(value, int):
        return value
    if not isinstance(value, str):
        raise FiscalYearError(value, "年度は 2022、R4、令和4年度 などの形で書いてください", "not a fiscal year")
    return _text_year(value)


@lru_cache(maxsize=4096)
def _text_year(value: str) -> int:
    """A fiscal year written as text: the same few forms recur in every plan (R5, 2023（令和5）年度),
    and lint, the model and the audit each read them (10,000 plans: 800,000 readings)."""
    text = _normalise(value)
    if m := _BOTH.match(text):
        outer, inner = _single_calendar(m.group(1), value), _single_calendar(m.group(2), value)
        if outer != inner:
            western = outer if _WESTERN.match(m.group(1)) else inner
            raise FiscalYearError(
                value,
                f"「{value}」の西暦と和暦が一致しません（{western}年度は{wareki(western)}年度）",
                f"'{value}': the Western and Japanese years disagree ({western} is {wareki(western, short=True)})",
            )
        return outer
    return _single_calendar(text, value)


def _single_calendar(text: str, original: object) -> int:
    if m := _WESTERN.match(text):
        return int(m.group(1))
    if m := _ERA.match(text):
        return _era_year(m.group(1), m.group(2), original)
    raise FiscalYearError(
        original,
        f"「{original}」は年度として読めません（例: 2022、R4、令和4年度、2022（令和4）年度）",
        f"'{original}' is not a fiscal year (e.g. 2022, R4, 令和4年度, 2022（令和4）年度)",
    )


def wareki(year: int, *, short: bool = False) -> str:
    """The Japanese-era name of a fiscal year: 令和7 (short: R7); 令和元 for 2019."""
    for name, (letter, first, _) in ERAS.items():
        if year >= first:
            n = year - first + 1
            if short:
                return f"{letter}{n}"
            return f"{name}{'元' if n == 1 else n}"
    return str(year)


def format_fiscal_year(year: int, lang: str = "ja") -> str:
    """A fiscal year in both calendars, as reports show it: 2025（R7） or FY2025 (R7)."""
    era = wareki(year, short=True)
    if lang == "en":
        return f"FY{year} ({era})" if era != str(year) else f"FY{year}"
    return f"{year}（{era}）" if era != str(year) else str(year)


_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")


def format_deadline(fiscal_year: int, month: int | None = None, lang: str = "ja") -> str:
    """A national target's deadline: the end of its fiscal year (2025（R7）年度末 / end of FY2025), or a
    month within it where the source names one (「遅くとも令和8年9月まで」: 2026（R8）年9月 / September 2026).
    January to March belong to the fiscal year before their calendar year."""
    if month is None:
        return f"end of FY{fiscal_year}" if lang == "en" else f"{format_fiscal_year(fiscal_year)}年度末"
    year = fiscal_year + 1 if month < 4 else fiscal_year
    if lang == "en":
        return f"{_MONTHS_EN[month - 1]} {year}"
    era = wareki(year, short=True)
    return f"{year}（{era}）年{month}月" if era != str(year) else f"{year}年{month}月"


# --- calendar dates (plan.adopted) ----------------------------------------------------------------

# 「2020-09」「2020/9/1」「2020.9」「2020年9月1日」「令和2年9月」「令和元年5月」「R2.9」「H31.3.29」; a year alone.
_DATE_WESTERN = re.compile(r"^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?|年(?:(\d{1,2})月(?:(\d{1,2})日)?)?)?$")
_DATE_ERA = re.compile(r"^(令和|平成|[RH])(\d{1,2}|元)(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?|年(?:(\d{1,2})月(?:(\d{1,2})日)?)?)?$")
# The first day of 令和 (平成 ends the day before).
_REIWA_FIRST = (2019, 5, 1)
# What the schema admits as a date written as a string: loose, so that 「令和2年13月」 reaches the parser
# and gets a precise message.
DATE_PATTERN = r"^\s*[0-9０-９]{4}|^\s*(令和|平成|[RHrhＲＨｒｈ])"
DATE_FORMS = "2022-03、2022-03-31、2022年3月、令和4年3月、R4.3、令和元年5月"


def parse_date(value: str) -> str:
    """A calendar date (the day a plan was adopted) written in either calendar, as ISO 8601 with only
    what is known: 「令和2年9月」 → 2020-09, 「令和元年5月1日」 → 2019-05-01, 「2020年」 → 2020.

    >>> parse_date("令和2年9月"), parse_date("R2.9.1"), parse_date("2020-09"), parse_date("平成31年3月")
    ('2020-09', '2020-09-01', '2020-09', '2019-03')
    """
    text = _normalise(value)
    if m := _DATE_WESTERN.match(text):
        year, era_name = int(m.group(1)), None
        month, day = m.group(2) or m.group(4), m.group(3) or m.group(5)
    elif m := _DATE_ERA.match(text):
        era_name = _ERA_BY_LETTER.get(m.group(1), m.group(1))
        n = 1 if m.group(2) == "元" else int(m.group(2))
        if n < 1:
            raise FiscalYearError(value, f"{era_name}0年はありません（{era_name}は元年から）", f"there is no year 0 of {era_name}")
        year = ERAS[era_name][1] + n - 1
        month, day = m.group(3) or m.group(5), m.group(4) or m.group(6)
    else:
        raise FiscalYearError(
            value,
            f"書き方の例: {DATE_FORMS}",
            "e.g. 2022-03, 2022-03-31, 令和4年3月, R4.3",
        )
    if month is not None and not 1 <= int(month) <= 12:
        raise FiscalYearError(value, f"{int(month)}月はありません", f"there is no month {int(month)}")
    if day is not None:
        import calendar  # only here: a day is rarely written

        last = calendar.monthrange(year, int(month or 1))[1]
        if not 1 <= int(day) <= last:
            raise FiscalYearError(value, f"{int(month or 1)}月{int(day)}日はありません", f"there is no day {int(day)} in that month")
    if era_name is not None:
        _check_era(value, era_name, year, int(month) if month else None, int(day) if day else None)
    return f"{year:04d}" + (f"-{int(month):02d}" if month else "") + (f"-{int(day):02d}" if day else "")


def _check_era(value: str, era_name: str, year: int, month: int | None, day: int | None) -> None:
    """平成 ends on 2019-04-30 and 令和 begins on 2019-05-01: a date on the wrong side of the change is refused."""
    known = (year, month or (1 if era_name == "平成" else 12), day or (1 if era_name == "平成" else 31))
    if era_name == "平成" and known >= _REIWA_FIRST:
        raise FiscalYearError(
            value,
            f"平成は平成31年4月30日まで。それ以降は令和です（{wareki(year)}年）",
            "平成 ends on 2019-04-30; later dates are 令和",
        )
    if era_name == "令和" and known < _REIWA_FIRST:
        raise FiscalYearError(
            value,
            f"令和は令和元年5月1日から。それより前は平成です（平成{year - 1988}年）",
            "令和 begins on 2019-05-01; earlier dates are 平成",
        )
