"""Trust (issue 25, item 17): the gates a CI job relies on, each pinned by a test that fails when the
gate moves — `--fail-on partial` fails on missing items too, `--min-score` passes a plan exactly at
the bar, `compare --sort code` puts a town without a code last.

Each test was seen failing with its behaviour broken once (the comparison or the statuses changed).
"""

from __future__ import annotations

import json
from pathlib import Path

from conftest import MINIMAL_PLAN, PLANS, run_cli


def test_fail_on_partial_fails_a_plan_whose_required_items_are_missing_not_partial(tmp_path: Path) -> None:
    """`--fail-on partial` is stricter than `missing`: a missing item fails it as it fails the default.
    The plan has no partial item at all, so only the missing ones can make it fail."""
    plan = tmp_path / "plan.yaml"
    plan.write_text(MINIMAL_PLAN, encoding="utf-8")
    document = json.loads(run_cli("audit", str(plan), "--fail-on", "never", "--format", "json").output)
    statuses = {i["status"] for f in document["frameworks"] for i in f["items"] if i["required"]}
    assert statuses == {"covered", "missing"}  # no partial item: the test is about the missing ones
    assert run_cli("audit", str(plan), "--fail-on", "never").exit_code == 0
    run = run_cli("audit", str(plan), "--fail-on", "partial", "--format", "json")
    assert run.exit_code == 1, run.output
    verdict = json.loads(run.output)["verdict"]
    assert (verdict["passed"], verdict["bar"]["fail_on"], [r["gate"] for r in verdict["reasons"]]) == (False, "partial", ["missing"])
    assert "不合格: 必須項目が " in run_cli("audit", str(plan), "--fail-on", "partial").output


def test_min_score_passes_a_plan_exactly_at_the_bar() -> None:
    """With --require-procedures (the procedures count in 総合), 芦別市 scores (80 + 100 + 50) / 3 = 76.666…
    (shown 76.7) and fails no item: a bar of exactly that score is met (exit 0); the bar is compared before
    rounding, so 76.7 is not (test_trust_scores.py)."""
    plan = str(PLANS / "ashibetsu.yaml")
    document = json.loads(run_cli("audit", plan, "--require-procedures", "--format", "json").output)
    assert (document["overall_score"], document["passed"]) == (76.7, True)
    at = run_cli("audit", plan, "--require-procedures", "--min-score", repr(230 / 3), "--format", "json")
    assert at.exit_code == 0, at.output
    assert json.loads(at.output)["passed"] is True
    above = run_cli("audit", plan, "--require-procedures", "--min-score", "76.7")
    assert above.exit_code == 1
    assert "不合格" in above.output


def test_compare_sort_code_puts_a_town_without_a_code_last(tmp_path: Path) -> None:
    """Codes in order (012165 < 012297 < 012319 < 113859), then the town that gave none — whether its
    file comes first (a.yaml) and whatever its name (あ町 sorts before every kanji name)."""
    nameless = tmp_path / "a.yaml"
    nameless.write_text(MINIMAL_PLAN.replace("  name: 恵庭市\n", "  name: あ町\n").replace('  code: "012319"\n', ""), encoding="utf-8")
    run = run_cli("compare", str(nameless), str(PLANS), "--sort", "code", "--format", "json")
    assert run.exit_code in (0, 1), run.stderr
    order = [(t["municipality"], t.get("code")) for t in json.loads(run.output)["towns"]]
    assert order == [("芦別市", "012165"), ("富良野市", "012297"), ("恵庭市", "012319"), ("上里町", "113859"), ("あ町", None)]


# --- a user's framework in diff and lint (the second hostile review) ------------------------------------

_OLD = """\
version: 1
municipality: {name: 試験町, prefecture: 試験県}
plan:
  title: 試験町DX推進計画
  adopted: "2024-06"
  period: {start: 2024, end: 2027}
policies:
  - id: P1
    title: 行政のデジタル化
    measures:
      - {id: M1, title: テレワークの推進}
"""


def _lowering(tmp_path: Path) -> Path:
    """A directory with a file that replaces dx@2.3 and makes every item optional."""
    from conftest import ROOT

    folder = tmp_path / "fw"
    folder.mkdir()
    shipped = (ROOT / "frameworks" / "dx@2.3.yaml").read_text(encoding="utf-8")
    (folder / "dx@2.3.yaml").write_text(shipped.replace("    required: true", "    required: false"), encoding="utf-8")
    return folder


def test_diff_counts_an_item_a_lowering_replacement_made_optional_as_a_loss(tmp_path: Path) -> None:
    """Deleting the テレワーク measure passed `diff --fail-on-loss` when a user's file replaced dx@2.3 with every
    item optional (the item was only 'worse'). An item the shipped edition requires is a loss all the same,
    and every format of the diff names the file and the items it made optional."""
    folder = _lowering(tmp_path)
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(_OLD, encoding="utf-8")
    new.write_text(_OLD.replace("テレワークの推進", "窓口の改善"), encoding="utf-8")
    arguments = ("diff", str(old), str(new), "--frameworks-dir", str(folder), "--fail-on-loss")
    file = f"{folder}/dx@2.3.yaml"
    for output_format in ("table", "json", "github", "markdown"):
        run = run_cli(*arguments, "--format", output_format)
        assert run.exit_code == 1, (output_format, run.output)
        assert file in run.output.replace("\\", ""), output_format  # Markdown escapes _ and @
    document = json.loads(run_cli(*arguments, "--format", "json").output)
    (telework,) = [i for i in document["items"] if i["id"] == "dx/telework"]
    assert (telework["change"], telework["required"], document["loss"]) == ("loss", False, True)
    dx = next(f for f in document["frameworks"] if f["id"] == "dx")
    assert (dx["user_file"], dx["replaces_shipped"]) == (file, True)
    assert "telework" in dx["lowered"]
    table = run_cli(*arguments).output
    assert "収録版の必須項目 10 件" in table
    assert "その後退は後退として数えます" in table
    assert "後退あり" in table
    github = run_cli(*arguments, "--format", "github").output
    assert [line for line in github.splitlines() if line.startswith("::error file=") and "title=dx/telework" in line]
    docx = tmp_path / "diff.docx"
    run_cli(*arguments, "--format", "docx", "-o", str(docx))
    import docx as word

    assert file in "\n".join(p.text for p in word.Document(str(docx)).paragraphs)


def test_lint_names_a_user_framework_in_every_format(tmp_path: Path) -> None:
    """lint said nothing of the user's file it checked the plan against: DX505 (and DX506 when it lowers the
    bar) in every format, as the audit says them."""
    folder = _lowering(tmp_path)
    plan = tmp_path / "plan.yaml"
    plan.write_text(_OLD, encoding="utf-8")
    file = f"{folder}/dx@2.3.yaml"
    for output_format in ("text", "json", "sarif", "junit", "github"):
        run = run_cli("lint", str(plan), "--frameworks-dir", str(folder), "--format", output_format)
        assert run.exit_code == 0, (output_format, run.output)
        assert file in run.output, output_format
        assert "DX506" in run.output, output_format
    codes = [f["code"] for f in json.loads(run_cli("lint", str(plan), "--format", "json").output)["files"][0]["findings"]]
    assert "DX505" not in codes  # the shipped frameworks only: nothing to name


def test_diff_counts_an_item_lost_while_the_declared_edition_changes(tmp_path: Path) -> None:
    """A pull request that drops the フロントヤード measure and moves the plan from dx 2.3 to 1.0 (which has no
    such item) passed `diff --fail-on-loss`: both versions were audited with 1.0 only. Both are now also
    audited with the old version's editions, and a required item lost there is a loss."""
    old = _OLD.replace("version: 1\n", 'version: 1\nframeworks: {dx: "2.3"}\n', 1) + (
        "      - {id: M2, title: 自治体フロントヤード改革の推進, addresses: [dx/frontyard]}\n"
    )
    (tmp_path / "old.yaml").write_text(old, encoding="utf-8")
    new = old.replace('dx: "2.3"', 'dx: "1.0"').replace(
        "      - {id: M2, title: 自治体フロントヤード改革の推進, addresses: [dx/frontyard]}\n", ""
    )
    (tmp_path / "new.yaml").write_text(new, encoding="utf-8")
    arguments = ("diff", str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"), "--fail-on-loss")
    run = run_cli(*arguments, "--format", "json")
    assert run.exit_code == 1, run.output
    document = json.loads(run.output)
    assert [(i["id"], i["change"], i["before"], i["after"]) for i in document["items"]] == [("dx/frontyard", "loss", "covered", "missing")]
    assert "後退あり" in run_cli(*arguments).output
    # Moving the edition without dropping anything is no loss.
    kept = old.replace('dx: "2.3"', 'dx: "1.0"')
    (tmp_path / "kept.yaml").write_text(kept, encoding="utf-8")
    assert run_cli("diff", str(tmp_path / "old.yaml"), str(tmp_path / "kept.yaml"), "--fail-on-loss").exit_code == 0


REFUSING = """\
version: 1
municipality: {name: 試験町, prefecture: 北海道, code: "012319"}
plan:
  title: 試験町DX推進計画
  period: {start: R5, end: R7}
policies:
  - id: "1"
    title: 行政のデジタル化
    measures:
      - id: "1-1"
        title: 働き方の見直し
        description: TEXT
        addresses: [dx/telework]
"""


def test_addresses_do_not_outweigh_a_measure_whose_text_declines_the_item(tmp_path: Path) -> None:
    """The last hostile review: 「addresses: [dx/telework]」 over 「職員のテレワークは、当面導入しません。」 counted
    テレワーク as covered. The text's refusal makes it partial, and DX508 says why; a text that commits keeps it covered."""
    refusing = tmp_path / "refusing.yaml"
    refusing.write_text(REFUSING.replace("TEXT", "職員のテレワークは、当面導入しません。"), encoding="utf-8")
    document = json.loads(run_cli("audit", str(refusing), "--format", "json").output)
    telework = next(i for f in document["frameworks"] for i in f["items"] if i["id"] == "dx/telework")
    assert telework["status"] == "partial"
    assert [e["strength"] for e in telework["evidence"] if e["kind"] == "explicit"] == ["partial"]
    (said,) = [f for f in document["findings"] if f["code"] == "DX508"]
    assert said["severity"] == "warning"
    assert "「職員のテレワークは、当面導入しません。」" in said["message_ja"]
    assert said["location"]["line"] == 13
    committing = tmp_path / "committing.yaml"
    committing.write_text(REFUSING.replace("TEXT", "職員のテレワークを全庁で導入します。"), encoding="utf-8")
    document = json.loads(run_cli("audit", str(committing), "--format", "json").output)
    telework = next(i for f in document["frameworks"] for i in f["items"] if i["id"] == "dx/telework")
    assert telework["status"] == "covered"
    assert not [f for f in document["findings"] if f["code"] == "DX508"]
