"""全国地方公共団体コード: 2 digits of prefecture, 3 of municipality, 1 check digit."""

from __future__ import annotations

_WEIGHTS = (6, 5, 4, 3, 2)


def check_digit(first_five: str) -> int:
    """The check digit of the first five digits: (11 - Σ weight·digit mod 11) mod 10.

    >>> check_digit("01100")  # 札幌市 011002
    2
    """
    total = sum(w * int(d) for w, d in zip(_WEIGHTS, first_five, strict=True))
    return (11 - total % 11) % 10


def with_check_digit(first_five: str) -> str:
    """The six-digit code for a five-digit one."""
    return f"{first_five}{check_digit(first_five)}"


def code_is_valid(code: str) -> bool:
    """Whether a six-digit code's last digit is its check digit."""
    return len(code) == 6 and code.isdigit() and check_digit(code[:5]) == int(code[5])
