"""`plan.adopted` in either calendar (issue 28, item 15): 「令和2年9月」 is read like `period` reads 和暦, the
edition is chosen by it, a date that is no date gets one plain message (no 「もしかして」 that blames the
items), and `init`'s comment names the forms that work — each of which lint accepts.

Seen failing before the fix: 「令和2年9月」 was DX104 and dropped the edition to the latest (seven findings).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import PLANS, run_cli

KAMISATO = (PLANS / "kamisato.yaml").read_text(encoding="utf-8")
ISO = '  adopted: "2020-09"\n'


def _plan(tmp_path: Path, adopted: str) -> Path:
    assert ISO in KAMISATO
    path = tmp_path / "kamisato.yaml"
    path.write_text(KAMISATO.replace(ISO, f"  adopted: {adopted}\n"), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ('"令和2年9月"', "2020-09"),
        ('"令和２年９月１日"', "2020-09-01"),
        ('"R2.9"', "2020-09"),
        ('"2020年9月"', "2020-09"),
        ('"2020/9/1"', "2020-09-01"),
        ("2020", "2020"),
        ('"令和元年5月"', "2019-05"),
        ('"平成31年4月30日"', "2019-04-30"),
    ],
)
def test_adopted_is_read_in_either_calendar(tmp_path: Path, written: str, read: str) -> None:
    path = _plan(tmp_path, written)
    lint = run_cli("lint", str(path))
    assert lint.exit_code == 0, lint.output
    document = json.loads(run_cli("audit", str(path), "--format", "json").output)
    assert document["plan"]["adopted"] == read
    dx = next(f for f in document["frameworks"] if f["id"] == "dx")
    assert dx["edition"] == "1.0"  # before 第1.0版 (2020-12-25): the first edition, as for "2020-09"
    same = json.loads(run_cli("audit", str(PLANS / "kamisato.yaml"), "--format", "json").output)
    assert [f["code"] for f in document["findings"]] == [f["code"] for f in same["findings"]]


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ('"令和2年13月"', "「plan.adopted」の「令和2年13月」は日付として読めません（13月はありません）"),
        ('"令和2年2月30日"', "「plan.adopted」の「令和2年2月30日」は日付として読めません（2月30日はありません）"),
        (
            '"平成32年3月"',
            "「plan.adopted」の「平成32年3月」は日付として読めません（平成は平成31年4月30日まで。それ以降は令和です（令和2年））",
        ),
        (
            '"令和元年4月"',
            "「plan.adopted」の「令和元年4月」は日付として読めません（令和は令和元年5月1日から。それより前は平成です（平成31年））",
        ),
        (
            '"令和2ねん9月"',
            "「plan.adopted」の「令和2ねん9月」は日付として読めません（書き方の例: 2022-03、2022-03-31、2022年3月、令和4年3月、R4.3、令和元年5月）",
        ),
    ],
)
def test_a_date_that_is_no_date_is_one_plain_finding(tmp_path: Path, written: str, said: str) -> None:
    path = _plan(tmp_path, written)
    run = run_cli("lint", str(path), env={"COLUMNS": "300"})
    assert run.exit_code == 1
    findings = [line for line in run.output.splitlines() if " DX" in line]
    assert findings == [f"{path}:18:12: DX104 エラー: {said}"]  # no DX306 blaming the items, no 「もしかして」


def test_init_says_which_forms_work_and_each_does(tmp_path: Path) -> None:
    out = tmp_path / "plan.yaml"
    assert run_cli("init", "-m", "恵庭市", "-o", str(out)).exit_code == 0
    text = out.read_text(encoding="utf-8")
    comment = next(line for line in text.splitlines() if "# adopted:" in line)
    forms = re.search(r"策定年月日: (.+) のどれでも", comment)
    assert forms is not None
    listed = forms.group(1).split("、")
    assert {"2025-03", "令和7年3月", "R7.3"} <= set(listed)
    for form in listed:
        out.write_text(text.replace(comment, f'  adopted: "{form}"'), encoding="utf-8")
        assert run_cli("lint", str(out)).exit_code == 0, form
