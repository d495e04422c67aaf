"""Issue 25, item 4: an exemption is a declaration with a reason, not a way around the audit. A reason
that says nothing is no reason; many exemptions are warned of; an exemption that replaces a measure
is a loss in `dxcheck diff`."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from conftest import MINIMAL_PLAN, run_cli

REQUIRED = [
    "kanmin/online",
    "kanmin/opendata",
    "kanmin/mynumber",
    "kanmin/divide",
    "kanmin/bpr",
    "dx/standardization",
    "dx/mynumber",
    "dx/online",
    "dx/ai-rpa",
    "dx/telework",
    "dx/security",
    "dx/community",
    "dx/divide",
]

_HEAD = """\
version: 1
municipality:
  name: 恵庭市
  prefecture: 北海道
  code: "012319"
plan:
  title: テスト計画
  adopted: 2022-03
  period:
    start: R5
    end: R7
policies: []
"""


def _everything_exempted(reason: str) -> str:
    """Every required item exempted, every procedure not applicable, each with `reason` (YAML)."""
    lines = [_HEAD, "exemptions:"]
    for item in REQUIRED:
        lines += [f"  - item: {item}", f"    reason: {reason}"]
    lines.append("procedures:")
    lines += [
        f"  {key}: {{status: not-applicable, reason: {reason}}}" for key in [f"p{n:02d}" for n in range(1, 20)] + ["p20", "p21", "p22"]
    ]
    return "\n".join(lines) + "\n"


def _write(tmp_path: Path, text: str, name: str = "plan.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("reason", "shown"),
    [
        ('"-"', "-"),
        ('"\\u200b"', "\\u200b"),
        ('"　・ "', "\\u3000・ "),
        ('"－－"', "－－"),
        ('"\\u3164"', "\\u3164"),  # the Hangul filler draws nothing, though it is a letter (a hostile review)
        ('"なし"', "なし"),  # a placeholder where a reason should be
        ('"N/A"', "N/A"),
        # a placeholder with punctuation or symbols about it (the third hostile review passed all 13 items so)
        ('"なし。"', "なし。"),
        ('"N.A."', "N.A."),
        ('"-x-"', "-x-"),
        ('"ｘ！"', "ｘ！"),
        ('"ーｰ々"', "ーｰ々"),
        # the fifth hostile review: placeholders in other words, one character, one character repeated
        ('"特に無し"', "特に無し"),
        ('"該当なし"', "該当なし"),
        ('"なしです"', "なしです"),
        ('"ありません"', "ありません"),
        ('"省略"', "省略"),
        ('"理由"', "理由"),
        ('"検討中"', "検討中"),
        ('"ＴＢＤ予定"', "ＴＢＤ予定"),
        ('"あ"', "あ"),
        ('"a"', "a"),
        ('"1"', "1"),
        ('"aaaaaaaa"', "aaaaaaaa"),
    ],
)
def test_a_reason_that_says_nothing_exempts_nothing(tmp_path: Path, reason: str, shown: str) -> None:
    plan = _write(tmp_path, _everything_exempted(reason))
    run = run_cli("audit", str(plan), "--format", "json", "--min-score", "60")
    assert run.exit_code == 1, run.output
    audit = json.loads(run.output)
    assert audit["passed"] is False
    assert audit["overall_score"] == 0
    for framework in audit["frameworks"]:
        assert all(i["status"] == "missing" for i in framework["items"] if i["required"]), framework["id"]
    no_reason = [f for f in audit["findings"] if f["code"] == "DX402"]
    assert len(no_reason) == len(REQUIRED)
    first = no_reason[0]
    # Where: the reason's own line and column, in the plan.
    assert (first["location"]["line"], first["location"]["column"]) == (16, 13)
    assert f"「{shown}」は理由になっていません" in first["message"]
    procedures = [f for f in audit["findings"] if f["code"] == "DX403"]
    assert len(procedures) == 22
    # lint says so too, with file:line:col, and fails.
    lint = run_cli("lint", str(plan))
    assert lint.exit_code == 1
    assert f"{plan}:16:13: DX402 エラー: 「kanmin/online」を除外する理由（reason）「{shown}」は理由になっていません" in lint.output


@pytest.mark.parametrize("reason", ["当町は県の共同事業で実施する", "県が実施", "対象業務なし（村に該当施設がない）", "委託済"])
def test_a_real_reason_still_exempts(tmp_path: Path, reason: str) -> None:
    """Short reasons in Japanese say something: the placeholders and the one-character rule leave them be."""
    plan = _write(tmp_path, _everything_exempted(reason))
    audit = json.loads(run_cli("audit", str(plan), "--format", "json").output)
    assert not [f for f in audit["findings"] if f["code"] in ("DX402", "DX403")]
    assert all(i["status"] == "exempt" for f in audit["frameworks"] for i in f["items"] if i["required"])


def test_many_exemptions_are_warned_of(tmp_path: Path) -> None:
    plan = _write(tmp_path, _everything_exempted("当町は県の共同事業で実施する"))
    run = run_cli("audit", str(plan))
    assert "DX504 警告: 自治体DX推進計画（第1.0版）の必須項目 8 項目をすべて除外しています" in run.output, run.output
    assert "DX504 警告: 官民データ活用推進基本法" in run.output
    # Three of eight are many (more than a quarter); one is not.
    reasons = "".join(
        f"  - item: {item}\n    reason: 当町は県の共同事業で実施する\n" for item in ("dx/ai-rpa", "dx/online", "dx/community")
    )
    three = _write(tmp_path, MINIMAL_PLAN + "exemptions:\n" + reasons, "three.yaml")
    assert "DX504 警告: 自治体DX推進計画（第1.0版）の必須項目 8 項目のうち 3 項目を除外しています" in run_cli("audit", str(three)).output
    # One exemption among eight required items is not many.
    one = MINIMAL_PLAN + "exemptions:\n  - item: dx/ai-rpa\n    reason: 当町は県の共同事業で実施する\n"
    assert "DX504" not in run_cli("audit", str(_write(tmp_path, one, "one.yaml"))).output


_TELEWORK = (
    MINIMAL_PLAN
    + """\
      - id: "1-2"
        title: セキュリティ
        addresses: [dx/security]
"""
)
_EXEMPTED = (
    MINIMAL_PLAN.replace("addresses: [dx/telework]", "addresses: [dx/security]").replace("title: 施策", "title: セキュリティ")
    + "exemptions:\n  - item: dx/telework\n    reason: 当町は窓口業務が中心のため\n"
)


def test_an_exemption_that_replaces_a_measure_is_a_loss(tmp_path: Path) -> None:
    old = _write(tmp_path, _TELEWORK, "old.yaml")
    new = _write(tmp_path, _EXEMPTED, "new.yaml")
    run = run_cli("diff", str(old), str(new), "--format", "json")
    diff = json.loads(run.output)
    telework = next(i for i in diff["items"] if i["id"] == "dx/telework")
    assert (telework["before"], telework["after"], telework["change"]) == ("covered", "exempt", "loss")
    assert diff["loss"] is True
    assert run_cli("diff", str(old), str(new), "--fail-on-loss").exit_code == 1
    # Exempting an item no measure took up is not a loss.
    bare = _write(tmp_path, MINIMAL_PLAN, "bare.yaml")
    later = _write(tmp_path, MINIMAL_PLAN + "exemptions:\n  - item: dx/ai-rpa\n    reason: 当町は県の共同事業で実施する\n", "later.yaml")
    quiet = json.loads(run_cli("diff", str(bare), str(later), "--format", "json").output)
    assert next(i for i in quiet["items"] if i["id"] == "dx/ai-rpa")["change"] == "exempted"
    assert quiet["loss"] is False
