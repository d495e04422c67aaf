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


# The first two digits of the code: the prefecture (JIS X 0401).
PREFECTURES = (
    "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県",
    "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県",
    "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県",
    "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県",
    "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
)  # fmt: skip


# What `dxcheck init` writes for a municipality it was not told (「（団体名）DX推進計画」 too): lint says so (DX415)
# until it is replaced, since reports would print it as the title.
NAME_PLACEHOLDER = "（団体名）"
PREFECTURE_PLACEHOLDER = "（都道府県）"


def prefecture_of(code: str) -> str | None:
    """The prefecture a code belongs to: 01 北海道 … 47 沖縄県."""
    if len(code) < 2 or not code[:2].isdigit():
        return None
    number = int(code[:2])
    return PREFECTURES[number - 1] if 1 <= number <= len(PREFECTURES) else None


# What kind of municipality a plan is written for, as the last character of its name says it: 東川町 a 町,
# きた村 a 村, 千代田区 (a 特別区) a 区, 恵庭市 a 市. `init` names the CIO after it (副町長), and a 記載例 speaks
# as it (本町、町が保有するデータ): catalogue.guidance.
TOWN_KINDS = ("市", "町", "村", "区")


def kind_of(name: str) -> str | None:
    """市, 町, 村 or 区 from the last character of a municipality's name (東川町 → 町); None for a name that
    ends in none of them (empty, or init's 「（団体名）」 left as it was)."""
    name = name.strip()
    return name[-1] if name and name[-1] in TOWN_KINDS else None
