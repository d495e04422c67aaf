"""Issue 25, item 11: a plan within every file limit whose descriptions are pasted chapters (321
measures × 19,000 characters, 16 MB) took 93 s and 1.7 GB to audit. The audit now reads a title or a
description up to 2,000 characters (the sentences that end within them; DX409, info) and a whole plan
up to 200,000 (DX413, a warning at the first policy or measure not read); past that only `addresses`
count. Each test drives the real CLI; the texts repeat, so the readings are made once and the tests
stay fast (the budget counts characters, not readings)."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import MINIMAL_PLAN, run_cli

FILLER = "窓口の混雑状況を毎月調査し、結果を庁内で共有する。"  # 25 characters, a sentence that names no item
TELEWORK = "職員のテレワーク環境を令和6年度までに整備する。"


def _plan(tmp_path: Path, descriptions: list[str], *, addresses: dict[int, str] | None = None) -> Path:
    lines = [MINIMAL_PLAN.split("policies:")[0] + "policies:", '  - id: "1"', "    title: 方針", "    measures:"]
    for n, text in enumerate(descriptions, 1):
        lines += [f'      - id: "1-{n}"', f"        title: 施策{n}", f"        description: {text}"]
        if addresses and n in addresses:
            lines.append(f"        addresses: [{addresses[n]}]")
    path = tmp_path / "plan.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _telework(document: dict[str, object]) -> dict[str, object]:
    frameworks = document["frameworks"]
    assert isinstance(frameworks, list)
    return next(i for f in frameworks for i in f["items"] if i["id"] == "dx/telework")


def test_a_long_description_is_read_to_its_last_sentence_within_2000_characters(tmp_path: Path) -> None:
    # A commitment ending at character 1,999 is read; the same sentence ending at 2,024 is not.
    within = FILLER * 79 + TELEWORK + FILLER * 40
    beyond = FILLER * 80 + TELEWORK + FILLER * 40
    assert within.index(TELEWORK) + len(TELEWORK) <= 2_000 < beyond.index(TELEWORK) + len(TELEWORK)
    read = json.loads(run_cli("audit", str(_plan(tmp_path, [within])), "--format", "json").output)
    assert _telework(read)["status"] == "covered"
    cut = json.loads(run_cli("audit", str(_plan(tmp_path, [beyond])), "--format", "json").output)
    assert _telework(cut)["status"] == "missing"
    # Said, as information, with where and how much was read (whole sentences: 2,000 characters).
    notes = [f for f in cut["findings"] if f["code"] == "DX409"]
    assert [(n["severity"], n["location"]["line"]) for n in notes] == [("info", 17)]
    assert "「1-1」の本文が 3,024 文字あります。監査は最初の 2,000 文字だけを読みます" in notes[0]["message"]
    lint = run_cli("lint", str(_plan(tmp_path, [beyond])))
    assert "plan.yaml:17:22: DX409 情報:" in lint.output
    assert lint.exit_code == 0  # information: the plan is not wrong for it


def test_a_plan_is_read_to_200000_characters_then_only_its_links_count(tmp_path: Path) -> None:
    # 110 measures of 1,975 characters (+ title): the budget is spent in the 102nd measure.
    long = FILLER * 79
    descriptions = [long] * 110
    descriptions[104] = long[: -len(TELEWORK)] + TELEWORK  # past the budget: not read
    plan = _plan(tmp_path, descriptions, addresses={108: "dx/security"})
    run = run_cli("audit", str(plan), "--format", "json")
    document = json.loads(run.output)
    assert _telework(document)["status"] == "missing"
    security = next(i for f in document["frameworks"] for i in f["items"] if i["id"] == "dx/security")
    assert security["status"] == "covered"  # a link past the budget still counts
    budget = [f for f in document["findings"] if f["code"] == "DX413"]
    assert len(budget) == 1
    assert budget[0]["severity"] == "warning"
    assert "「1-102」から後の 9 件の方針・施策は本文を読みません（addresses は数えます）" in budget[0]["message"]
    assert budget[0]["location"]["pointer"] == "/policies/0/measures/101"
    # The same commitment within the budget is read: the budget, not the text, left it out.
    descriptions[104], descriptions[3] = long, descriptions[104]
    early = json.loads(run_cli("audit", str(_plan(tmp_path, descriptions)), "--format", "json").output)
    assert _telework(early)["status"] == "covered"
    lint = run_cli("lint", str(plan))
    assert "DX413 警告: 計画の名前と本文が合わせて" in lint.output
