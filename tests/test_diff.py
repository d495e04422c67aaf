"""`dxcheck diff`: two versions of a plan compared, as a 情報政策担当 reviews a revision.

The example plans against themselves (nothing), and against copies edited one way each (a measure
removed, renamed, renumbered; a description, a KPI, a schedule, a procedure changed; an item lost):
exactly those changes. Git revisions from a repository made in the test. Every format; every user
mistake ends in a message and exit 2, never a traceback.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from conftest import EXAMPLE_PLANS, PLANS, ROOT, run_cli

ASHIBETSU = PLANS / "ashibetsu.yaml"
FURANO = PLANS / "furano.yaml"
EMPTY: dict[str, list[object]] = {"items": [], "plan": [], "policies": [], "measures": [], "procedures": []}


def edited(source: Path, target: Path, *replacements: tuple[str, str]) -> Path:
    """A copy of `source` with each (old, new) replaced once; each old text must be there."""
    text = source.read_text(encoding="utf-8")
    for old, new in replacements:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target


def without_measure(text: str, measure_id: str, next_id: str) -> tuple[str, str]:
    """The replacement that removes one measure (from its id to the next measure's)."""
    start = text.index(f'      - id: "{measure_id}"')
    end = text.index(f'      - id: "{next_id}"')
    return text[start:end], ""


def diff_json(old: Path | str, new: Path | str | None = None, *options: str) -> tuple[int, dict[str, Any]]:
    args = ["diff", str(old), *([str(new)] if new is not None else []), *options, "--format", "json"]
    run = run_cli(*args)
    assert run.exit_code in (0, 1), run.output + run.stderr
    return run.exit_code, json.loads(run.output)


def changes(document: dict[str, Any]) -> dict[str, Any]:
    return {key: document[key] for key in EMPTY}


# --- nothing changed -----------------------------------------------------------------------------


@pytest.mark.parametrize("plan", EXAMPLE_PLANS, ids=lambda p: p.stem)
def test_a_plan_against_itself_has_no_change(plan: Path) -> None:
    code, document = diff_json(plan, plan, "--fail-on-loss")
    assert code == 0
    assert document["unchanged"] is True
    assert document["loss"] is False
    assert changes(document) == EMPTY
    assert all(s["before"] == s["after"] for s in document["scores"])


def test_the_table_says_there_is_no_change() -> None:
    run = run_cli("diff", str(ASHIBETSU), str(ASHIBETSU))
    assert run.exit_code == 0
    assert "変更はありません" in run.output
    assert "後退なし" in run.output


# --- one edit at a time --------------------------------------------------------------------------


def test_a_measure_removed_loses_its_item(tmp_path: Path) -> None:
    text = ASHIBETSU.read_text(encoding="utf-8")
    new = edited(ASHIBETSU, tmp_path / "ashibetsu.yaml", without_measure(text, "2-5", "2-6"))
    code, d = diff_json(ASHIBETSU, new)
    assert code == 0  # without --fail-on-loss, a loss is reported, not failed
    assert d["loss"] is True
    [measure] = d["measures"]
    assert measure["change"] == "removed"
    assert measure["before"]["id"] == "2-5"
    assert measure["before"]["title"] == "テレワークの推進"
    [item] = d["items"]
    assert (item["id"], item["before"], item["after"], item["change"]) == ("dx/telework", "covered", "missing", "loss")
    assert item["evidence"] == [{"source": "2-5", "title": "テレワークの推進", "policy": False, "before": "covered", "after": None}]
    assert d["policies"] == d["procedures"] == d["plan"] == []
    dx = next(s for s in d["scores"] if s["framework"] == "dx")
    assert (dx["before"], dx["after"]) == (100, 87.5)


def test_fail_on_loss_exits_1_and_says_which_item(tmp_path: Path) -> None:
    text = ASHIBETSU.read_text(encoding="utf-8")
    new = edited(ASHIBETSU, tmp_path / "ashibetsu.yaml", without_measure(text, "2-5", "2-6"))
    run = run_cli("diff", str(ASHIBETSU), str(new), "--fail-on-loss")
    assert run.exit_code == 1
    assert "「テレワークの推進」（● → ○）" in run.output
    assert "後退あり" in run.output
    # The other way round is a gain: no loss, exit 0.
    back = run_cli("diff", str(new), str(ASHIBETSU), "--fail-on-loss", "--format", "json")
    assert back.exit_code == 0
    [item] = json.loads(back.output)["items"]
    assert item["change"] == "gain"


def test_a_measure_renamed_is_paired_by_id(tmp_path: Path) -> None:
    new = edited(ASHIBETSU, tmp_path / "a.yaml", ("title: AI・RPAの利用推進", "title: AI・RPA等の活用による業務効率化"))
    code, d = diff_json(ASHIBETSU, new, "--fail-on-loss")
    assert code == 0
    [measure] = d["measures"]
    assert measure["change"] == "renamed"
    assert measure["matched_by"] == "id"
    assert (measure["before"]["title"], measure["after"]["title"]) == ("AI・RPAの利用推進", "AI・RPA等の活用による業務効率化")
    assert d["items"] == []


def test_a_title_that_differs_only_in_its_spacing_is_not_renamed(tmp_path: Path) -> None:
    # A PDF of a Word plan prints the gap Word leaves between Japanese and Latin letters as a space
    # (「AI・RPA の利用推進」): diffed against its .docx, every such title was 「renamed」. Spacing is no change,
    # as in a description; a changed letter still is.
    spaced = edited(ASHIBETSU, tmp_path / "a.yaml", ("title: AI・RPAの利用推進", "title: AI・RPA の利用推進"))
    code, d = diff_json(ASHIBETSU, spaced, "--fail-on-loss")
    assert code == 0
    assert d["measures"] == []
    lettered = edited(ASHIBETSU, tmp_path / "b.yaml", ("title: AI・RPAの利用推進", "title: ＡＩ・ＲＰＡの利用推進"))
    assert [m["change"] for m in diff_json(ASHIBETSU, lettered)[1]["measures"]] == ["renamed"]


def test_a_description_whose_list_items_change_only_their_marks_is_not_changed() -> None:
    # A .docx gives the items of a list Word numbers as 「・」, its PDF prints 「①」 (LibreOffice counting them anew):
    # a diff of the two said every such description changed. A changed item still is.
    from dxcheck.diff.changes import text_change

    docx = "申請をオンライン化します。\n・子育て関係１５手続のオンライン化\n・介護関係１１手続のオンライン化"
    pdf = "申請をオンライン化します。\n①子育て関係１５手続のオンライン化\n①介護関係１１手続のオンライン化"
    assert text_change(docx, pdf) is None
    assert text_change(docx, pdf.replace("(1)", "").replace("①介護", "(2) 介護")) is None
    changed = text_change(docx, pdf.replace("１１手続", "２０手続"))
    assert changed is not None
    assert (changed.removed, changed.added) == (["・介護関係１１手続のオンライン化"], ["①介護関係２０手続のオンライン化"])


def test_a_measure_renumbered_is_paired_by_title(tmp_path: Path) -> None:
    new = edited(FURANO, tmp_path / "f.yaml", ('- id: "3-3"', '- id: "3-9"'))
    _, d = diff_json(FURANO, new)
    [measure] = d["measures"]
    assert measure["change"] == "changed"
    assert measure["matched_by"] == "title"
    assert measure["similarity"] == 1.0
    assert (measure["before"]["id"], measure["after"]["id"]) == ("3-3", "3-9")
    assert d["items"] == []  # its evidence moved with it: nothing lost


def test_a_new_measure_inserted_before_others_does_not_rename_them(tmp_path: Path) -> None:
    """Renumbering after an insertion: 2-2 becomes 2-3 and so on; each is paired with itself by title."""
    new = edited(
        FURANO,
        tmp_path / "f.yaml",
        ('- id: "2-2"', '- id: "2-2"\n        title: 窓口のキャッシュレス化\n      - id: "2-3x"'),
    )
    text = new.read_text(encoding="utf-8")
    for old, renumbered in (("2-5", "2-6"), ("2-4", "2-5"), ("2-3", "2-4"), ("2-3x", "2-3")):
        text = text.replace(f'- id: "{old}"', f'- id: "{renumbered}"')
    new.write_text(text, encoding="utf-8")
    _, d = diff_json(FURANO, new)
    kinds = [(m["change"], m["matched_by"], (m["before"] or {}).get("id"), (m["after"] or {}).get("id")) for m in d["measures"]]
    assert kinds == [
        ("added", None, None, "2-2"),
        ("changed", "title", "2-2", "2-3"),
        ("changed", "title", "2-3", "2-4"),
        ("changed", "title", "2-4", "2-5"),
        ("changed", "title", "2-5", "2-6"),
    ]


def test_a_description_changed_is_a_short_text_diff(tmp_path: Path) -> None:
    new = edited(
        ASHIBETSU,
        tmp_path / "a.yaml",
        (
            "今後も適切なセキュリティの確保に努めていきます。",
            "今後も適切なセキュリティの確保に努めていきます。また、職員研修を毎年度実施します。",
        ),
    )
    _, d = diff_json(ASHIBETSU, new)
    [measure] = d["measures"]
    assert measure["change"] == "changed"
    assert measure["description"] == {"removed": [], "added": ["また、職員研修を毎年度実施します。"]}


def test_kpi_target_and_year_changed(tmp_path: Path) -> None:
    kpi = "      - name: テレワーク・モバイルワーク試行数\n"
    old = edited(FURANO, tmp_path / "old.yaml", (kpi, kpi + "        target: 5\n        unit: 件\n        target_year: R4\n"))
    new = edited(FURANO, tmp_path / "new.yaml", (kpi, kpi + "        target: 10\n        unit: 件\n        target_year: R5\n"))
    _, d = diff_json(old, new, "--fail-on-loss")
    assert d["measures"] == []
    [policy] = d["policies"]
    assert policy["before"]["id"] == "1"
    [change] = policy["kpis"]
    assert change["change"] == "changed"
    assert change["fields"] == ["target", "target_year"]
    assert (change["before"]["target"], change["after"]["target"]) == (5, 10)
    assert (change["before"]["target_year"], change["after"]["target_year"]) == (2022, 2023)
    markdown = run_cli("diff", str(old), str(new), "--format", "markdown").output
    assert "KPI「テレワーク・モバイルワーク試行数」 目標 5 件 → 10 件、目標年度 2022（R4） → 2023（R5）" in markdown
    assert "方針は 内容の変更 1 件です。" in markdown


def test_a_measure_kpi_schedule_and_owner(tmp_path: Path) -> None:
    anchor = "        addresses: [dx/telework]\n"
    old = edited(FURANO, tmp_path / "old.yaml", (anchor, anchor + "        owner: 総務課\n        schedule: {start: R4, end: R6}\n"))
    new = edited(
        FURANO,
        tmp_path / "new.yaml",
        (
            anchor,
            anchor
            + "        owner: DX推進課\n        schedule: {start: R5, end: R7}\n        kpis:\n          - name: テレワーク実施職員数\n",
        ),
    )
    _, d = diff_json(old, new)
    [measure] = d["measures"]
    assert measure["after"]["id"] == "1-2"
    assert measure["owner"] == {"before": "総務課", "after": "DX推進課"}
    assert measure["schedule"] == {"before": {"start": 2022, "end": 2024}, "after": {"start": 2023, "end": 2025}}
    assert [k["change"] for k in measure["kpis"]] == ["added"]


def test_an_item_lost_to_partial(tmp_path: Path) -> None:
    """A link made partial: covered → partial is a loss of a required item, with the measure that weakened it."""
    new = edited(
        FURANO, tmp_path / "f.yaml", ("        addresses: [dx/telework]\n", "        addresses: [{item: dx/telework, partial: true}]\n")
    )
    code, d = diff_json(FURANO, new, "--fail-on-loss")
    assert code == 1
    [item] = d["items"]
    assert (item["id"], item["before"], item["after"], item["change"]) == ("dx/telework", "covered", "partial", "loss")
    assert [(e["source"], e["before"], e["after"]) for e in item["evidence"]] == [("1-2", "covered", "partial")]
    [measure] = d["measures"]
    assert measure["addresses"] == {"added": ["dx/telework (partial)"], "removed": ["dx/telework"]}


def test_an_item_not_required_getting_worse_is_not_a_loss(tmp_path: Path) -> None:
    new = edited(FURANO, tmp_path / "f.yaml", ("addresses: [kanmin/opendata, dx/opendata]", "addresses: [kanmin/opendata]"))
    code, d = diff_json(FURANO, new, "--fail-on-loss")
    assert code == 0
    assert d["loss"] is False
    changed = {i["id"]: i["change"] for i in d["items"]}
    assert changed.get("dx/opendata") == "worse"


def test_procedures_changed(tmp_path: Path) -> None:
    new = edited(ASHIBETSU, tmp_path / "a.yaml", ("  p03: {status: planned}\n", "  p03: {status: planned, target_year: 2024}\n"))
    _, d = diff_json(ASHIBETSU, new)
    [p] = d["procedures"]
    assert (p["id"], p["before"], p["after"], p["before_year"], p["after_year"]) == ("p03", "planned", "planned", None, 2024)
    assert (p["status_before"], p["status_after"], p["loss"]) == ("partial", "covered", False)
    gone = edited(ASHIBETSU, tmp_path / "b.yaml", ("  p03: {status: planned}\n", ""))
    code, d = diff_json(ASHIBETSU, gone, "--fail-on-loss")
    assert code == 1
    [p] = d["procedures"]
    assert (p["after"], p["loss"]) == ("not-mentioned", True)


def test_the_plan_head_changed(tmp_path: Path) -> None:
    new = edited(ASHIBETSU, tmp_path / "a.yaml", ('  stage: adopted\n  adopted: "2022-03"\n', '  stage: adopted\n  adopted: "2023-03"\n'))
    _, d = diff_json(ASHIBETSU, new)
    assert d["plan"] == [{"field": "adopted", "before": "2022-03", "after": "2023-03"}]


# --- the plan's 推進体制 ----------------------------------------------------------------------------

ENIWA = PLANS / "eniwa.yaml"
EDITION_2_3 = ('  dx: "1.0"\n', '  dx: "2.3"\n')  # the example plans declare 第1.0版, which has no 推進体制 items


def line_of(plan: Path, text: str) -> int:
    return next(n for n, line in enumerate(plan.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def test_a_governance_field_removed_is_named_as_the_loss(tmp_path: Path) -> None:
    """A new user's report: removing 「cycle:」 took dx/planning ● → ○ and failed --fail-on-loss, with an empty
    根拠の変化, an ::error with no cause and `"evidence": []`, `"plan": []`. The field removed is the evidence, with its
    line in the earlier version (the new one has none), in every format."""
    from docx import Document

    from dxcheck.files.resources import schema_path

    cycle = "    cycle: 実施計画の事業について定期的に進捗状況・成果等を把握・評価し、必要に応じて事業の継続や目標設定を見直す\n"
    old = edited(ENIWA, tmp_path / "old.yaml", EDITION_2_3)
    new = edited(ENIWA, tmp_path / "new.yaml", EDITION_2_3, (cycle, ""))
    line = line_of(old, "    cycle: ")
    said = f"推進体制: 進行管理（cycle）を削除（前の版の {line} 行）「実施計画の事業について"
    code, d = diff_json(old, new, "--fail-on-loss")
    assert code == 1
    [item] = d["items"]
    assert (item["id"], item["before"], item["after"], item["change"]) == ("dx/planning", "covered", "missing", "loss")
    assert item["evidence"] == [
        {
            "source": "governance.cycle",
            "title": cycle.strip().removeprefix("cycle: "),
            "policy": False,
            "before": "covered",
            "after": None,
            "governance": {"field": "cycle", "change": "removed", "line": line},
        }
    ]
    assert d["plan"] == [{"field": "governance.cycle", "before": cycle.strip().removeprefix("cycle: "), "after": None}]
    assert "計画の推進体制（進行管理）が変わりました。" in d["summary"]
    jsonschema.validate(d, json.loads(schema_path("diff").read_text(encoding="utf-8")))
    table = run_cli("diff", str(old), str(new), "--fail-on-loss")
    assert table.exit_code == 1
    assert said in table.output
    github = run_cli("diff", str(old), str(new), "--fail-on-loss", "--format", "github").output.splitlines()
    [error] = [g for g in github if "title=dx/planning" in g]
    assert error.startswith(f"::error file={new},title=dx/planning%3A 後退::計画的な取組 ● → ○ (後退): {said}")  # no line= of the new file
    markdown = run_cli("diff", str(old), str(new), "--format", "markdown").output
    assert f"| 後退 | {said}" in markdown
    english = run_cli("diff", str(old), str(new), "--lang", "en").output
    assert f"governance: progress review (cycle) removed (was at line {line}): 「実施計画の事業について" in english
    out = tmp_path / "diff.docx"
    assert run_cli("diff", str(old), str(new), "-o", str(out)).exit_code == 0
    cells = [c.text for t in Document(str(out)).tables for row in t.rows for c in row.cells]
    assert any(c.startswith(said) for c in cells)


def test_a_governance_field_added_is_named_as_the_gain_at_its_line(tmp_path: Path) -> None:
    """The same report, the other way: 「adviser:」 added took dx/talent up, with `"evidence": []`. The field added is
    the evidence, and the annotation stands at its line in the new version."""
    adviser = "    adviser: 外部CIO補佐官（専門的知見からの助言ができる外部人材）\n"
    old = edited(ASHIBETSU, tmp_path / "old.yaml", EDITION_2_3, (adviser, ""))
    new = edited(ASHIBETSU, tmp_path / "new.yaml", EDITION_2_3)
    line = line_of(new, "    adviser: ")
    code, d = diff_json(old, new, "--fail-on-loss")
    assert code == 0
    [item] = d["items"]
    assert (item["id"], item["change"]) == ("dx/talent", "gain")
    [evidence] = item["evidence"]
    assert (evidence["source"], evidence["before"], evidence["after"]) == ("governance.adviser", None, "partial")
    assert evidence["governance"] == {"field": "adviser", "change": "added", "line": line}
    assert [f["field"] for f in d["plan"]] == ["governance.adviser"]
    said = f"推進体制: 外部人材（adviser）を追加（{line} 行）「外部CIO補佐官（専門的知見からの助言ができる外部人材）」"
    assert said in run_cli("diff", str(old), str(new)).output
    github = run_cli("diff", str(old), str(new), "--format", "github").output.splitlines()
    [notice] = [g for g in github if "title=dx/talent" in g]
    assert notice == f"::notice file={new},line={line},title=dx/talent%3A 前進::デジタル人材の確保・育成 ○ → ◐ (前進): {said}"
    # A measure's evidence keeps the shape it had: no `governance` key (the documents of other diffs are as they were).
    text = ASHIBETSU.read_text(encoding="utf-8")
    _, measures = diff_json(ASHIBETSU, edited(ASHIBETSU, tmp_path / "m.yaml", without_measure(text, "2-5", "2-6")))
    assert all("governance" not in e for i in measures["items"] for e in i["evidence"])


def test_a_reworded_governance_field_is_a_change_of_the_plan(tmp_path: Path) -> None:
    """A field reworded is a change of the plan (it was 「変更はありません」), and is named beside the field removed
    when the item that rests on both moves."""
    adviser = "    adviser: 外部CIO補佐官（専門的知見からの助言ができる外部人材）\n"
    training = "    training: 全職員を対象としたデジタル研修を毎年度実施します\n"
    old = edited(ASHIBETSU, tmp_path / "old.yaml", EDITION_2_3, (adviser, adviser + training))
    reworded = edited(ASHIBETSU, tmp_path / "reworded.yaml", EDITION_2_3, (adviser, adviser + training.replace("毎年度", "隔年で")))
    code, d = diff_json(old, reworded, "--fail-on-loss")
    assert code == 0
    assert d["unchanged"] is False
    assert d["items"] == []
    before, after = "全職員を対象としたデジタル研修を毎年度実施します", "全職員を対象としたデジタル研修を隔年で実施します"
    assert d["plan"] == [{"field": "governance.training", "before": before, "after": after}]
    assert f"推進体制（職員の育成）: {before} → {after}" in run_cli("diff", str(old), str(reworded)).output
    # Spacing alone is no change, as in a title.
    spaced_training = training.replace("デジタル研修", "デジタル 研修")
    spaced = edited(ASHIBETSU, tmp_path / "spaced.yaml", EDITION_2_3, (adviser, adviser + spaced_training))
    assert diff_json(old, spaced)[1]["unchanged"] is True
    # The adviser reworded, the training removed: dx/talent ● → ◐, with both.
    new = edited(ASHIBETSU, tmp_path / "new.yaml", EDITION_2_3, (adviser, adviser.replace("外部CIO補佐官", "CIO補佐官")))
    code, d = diff_json(old, new, "--fail-on-loss")
    assert code == 1
    [item] = d["items"]
    assert (item["id"], item["before"], item["after"]) == ("dx/talent", "covered", "partial")
    assert [(e["source"], e["governance"]) for e in item["evidence"]] == [
        ("governance.adviser", {"field": "adviser", "change": "changed", "line": line_of(new, "    adviser: ")}),
        ("governance.training", {"field": "training", "change": "removed", "line": line_of(old, "    training: ")}),
    ]
    assert "推進体制: 外部人材（adviser）を変更" in run_cli("diff", str(old), str(new)).output


# --- git revisions -------------------------------------------------------------------------------


def _git(folder: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false", *args],
        cwd=folder,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """A repository with plans/ashibetsu.yaml committed twice: the example, then without measure 2-5."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed, so no repository can be made")
    folder = tmp_path / "repo"
    (folder / "plans").mkdir(parents=True)
    _git(folder, "init", "-q", "-b", "main")
    plan = folder / "plans" / "ashibetsu.yaml"
    shutil.copy(ASHIBETSU, plan)
    _git(folder, "add", ".")
    _git(folder, "commit", "-q", "-m", "原案")
    text = plan.read_text(encoding="utf-8")
    edited(plan, plan, without_measure(text, "2-5", "2-6"))
    _git(folder, "commit", "-q", "-am", "テレワークを削除")
    return folder


def test_rev_compares_the_file_with_a_revision(repository: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repository)
    code, d = diff_json("plans/ashibetsu.yaml", None, "--rev", "HEAD~1", "--fail-on-loss")
    assert code == 1
    assert (d["old"]["file"], d["old"]["revision"]) == ("plans/ashibetsu.yaml", "HEAD~1")
    assert (d["new"]["file"], d["new"]["revision"]) == ("plans/ashibetsu.yaml", None)
    assert [i["id"] for i in d["items"]] == ["dx/telework"]
    # The working tree is HEAD: nothing changed since.
    code, d = diff_json("plans/ashibetsu.yaml", None, "--rev", "HEAD")
    assert d["unchanged"] is True


def test_rev_twice_compares_two_revisions_from_anywhere(repository: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # outside the repository: git runs in the file's folder
    (repository / "plans" / "ashibetsu.yaml").write_text("not: [a plan", encoding="utf-8")  # the file on disk is not read
    code, d = diff_json(repository / "plans" / "ashibetsu.yaml", None, "--rev", "main~1", "--rev", "main")
    assert code == 0
    assert (d["old"]["revision"], d["new"]["revision"]) == ("main~1", "main")
    assert [m["change"] for m in d["measures"]] == ["removed"]
    markdown = run_cli("diff", str(repository / "plans" / "ashibetsu.yaml"), "--rev", "main~1", "--rev", "main", "--format", "markdown")
    assert "ashibetsu.yaml@main~1 → " in markdown.output


def test_rev_of_a_document(repository: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A Word plan in git: the version at the revision is read through the importer as the file itself."""
    from plan_documents import DocMeasure, from_plan, to_docx

    from conftest import pipeline

    monkeypatch.chdir(repository)
    check = pipeline().check(ASHIBETSU)
    document_plan = from_plan(check.plan)
    to_docx(document_plan, repository / "plan.docx")
    _git(repository, "add", "plan.docx")
    _git(repository, "commit", "-q", "-m", "Word")
    document_plan.policies[0].measures.append(
        DocMeasure("窓口手数料のキャッシュレス化", "窓口での手数料の支払いにキャッシュレス決済を導入します。")
    )
    to_docx(document_plan, repository / "plan.docx")
    code, d = diff_json("plan.docx", None, "--rev", "HEAD")
    assert code == 0
    added = [m for m in d["measures"] if m["change"] == "added"]
    assert [m["after"]["title"] for m in added] == ["窓口手数料のキャッシュレス化"]
    assert d["new"]["file"] == d["old"]["file"] == "plan.docx"


@pytest.mark.parametrize(
    ("arguments", "words"),
    [
        (["plans/ashibetsu.yaml", "--rev", "no-such-branch"], "リビジョン「no-such-branch」がありません"),
        (["plans/new.yaml", "--rev", "HEAD"], "plans/new.yaml はリビジョン HEAD にありません"),
        (["plans/ashibetsu.yaml", "--rev", "--help-me"], "リビジョン「--help-me」は使えません"),
        (["plans/ashibetsu.yaml", "--rev", "HEAD", "--rev", "HEAD~1", "--rev", "HEAD"], "--rev は2つまで"),
        (["plans/ashibetsu.yaml", "plans/ashibetsu.yaml", "--rev", "HEAD"], "ファイルを1つだけ"),
        (["plans/ashibetsu.yaml"], "比べる相手がありません"),
        (["plans/missing.yaml", "plans/ashibetsu.yaml"], "missing.yaml"),
        (["plans", "plans/ashibetsu.yaml"], "ディレクトリ"),
        (["plans", "--rev", "HEAD"], "plans はリビジョン HEAD ではファイルではありません"),
    ],
    ids=[
        "bad-revision",
        "not-at-revision",
        "option-as-revision",
        "three-revisions",
        "rev-and-two-files",
        "one-file",
        "missing",
        "directory",
        "directory-at-revision",
    ],
)
def test_user_mistakes_exit_2_with_a_message(repository: Path, monkeypatch: pytest.MonkeyPatch, arguments: list[str], words: str) -> None:
    monkeypatch.chdir(repository)
    (repository / "plans" / "new.yaml").write_text(ASHIBETSU.read_text(encoding="utf-8"), encoding="utf-8")
    run = run_cli("diff", *arguments, env={"DXCHECK_LANG": ""})
    assert run.exit_code == 2, run.output + run.stderr
    assert words in run.stderr
    assert "Traceback" not in run.stderr + run.output


def test_not_a_git_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "not-a-repo"
    folder.mkdir()
    shutil.copy(ASHIBETSU, folder / "plan.yaml")
    monkeypatch.chdir(folder)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))  # the temporary folder may be inside a repository
    run = run_cli("diff", "plan.yaml", "--rev", "HEAD~1", "--lang", "en")
    assert run.exit_code == 2
    assert "is not inside a git repository" in run.stderr


def test_a_plan_with_errors_cannot_be_compared(tmp_path: Path) -> None:
    broken = edited(ASHIBETSU, tmp_path / "a.yaml", ("  name: 芦別市\n", "  name: 123\n"))
    run = run_cli("diff", str(ASHIBETSU), str(broken))
    assert run.exit_code == 2
    assert "比べられません" in run.stderr


# --- every format --------------------------------------------------------------------------------


@pytest.fixture
def telework_removed(tmp_path: Path) -> Path:
    text = ASHIBETSU.read_text(encoding="utf-8")
    return edited(
        ASHIBETSU,
        tmp_path / "ashibetsu.yaml",
        without_measure(text, "2-5", "2-6"),
        ("title: AI・RPAの利用推進", "title: AI・RPA等の活用による業務効率化"),
    )


def test_json_follows_its_published_schema(telework_removed: Path) -> None:
    from dxcheck.files.resources import schema_path

    _, document = diff_json(ASHIBETSU, telework_removed)
    schema = json.loads(schema_path("diff").read_text(encoding="utf-8"))
    jsonschema.validate(document, schema)
    assert (document["format"], document["version"]) == ("dxcheck-diff", 1)
    assert document["summary"].startswith(f"{ASHIBETSU} から ")
    _, same = diff_json(ASHIBETSU, ASHIBETSU)
    jsonschema.validate(same, schema)


def test_the_schema_command_prints_the_diff_schema() -> None:
    run = run_cli("schema", "diff")
    assert json.loads(run.output)["title"] == "dxcheck diff"


def test_github_annotations(telework_removed: Path) -> None:
    run = run_cli("diff", str(ASHIBETSU), str(telework_removed), "--format", "github", "--fail-on-loss")
    assert run.exit_code == 1
    lines = run.output.splitlines()
    assert lines.pop(0) == "::notice title=dxcheck::設定ファイルなし（既定の設定とオプション）"  # tests/test_trust_config.py
    assert lines[0].startswith(f"::error file={telework_removed},title=dx/telework%3A 後退::テレワークの推進 ● → ○")
    renamed = next(n for n, text in enumerate(telework_removed.read_text(encoding="utf-8").splitlines(), 1) if 'id: "2-4"' in text)
    assert any(line.startswith("::notice") and f",line={renamed}," in line and "名称変更" in line for line in lines)
    assert any(line.startswith("::warning") and "削除%3A 2-5「テレワークの推進」" in line for line in lines)


def test_markdown_for_a_pull_request(telework_removed: Path) -> None:
    run = run_cli("diff", str(ASHIBETSU), str(telework_removed), "--format", "markdown", "--lang", "en")
    assert run.output.startswith("## Changes to 芦別市 (北海道) ")
    assert "| `dx/telework` Telework for the municipality's own staff | ● → ○ | loss |" in run.output
    assert "paired by id<br>title: 「AI・RPAの利用推進」 → 「AI・RPA等の活用による業務効率化」" in run.output


def test_output_file_implies_the_format(telework_removed: Path, tmp_path: Path) -> None:
    for name, start in (("d.md", "## 計画の変更"), ("d.json", "{")):
        target = tmp_path / name
        run = run_cli("diff", str(ASHIBETSU), str(telework_removed), "-o", str(target))
        assert run.exit_code == 0
        assert target.read_text(encoding="utf-8").startswith(start)
    refused = run_cli("diff", str(ASHIBETSU), str(telework_removed), "-o", str(tmp_path / "d.md"), "--format", "json")
    assert refused.exit_code == 2


def test_the_same_diff_gives_the_same_bytes(telework_removed: Path) -> None:
    outputs = {run_cli("diff", str(ASHIBETSU), str(telework_removed), "--format", f).output for f in ("json", "json")}
    assert len(outputs) == 1


def test_documents_are_compared_as_their_drafts(tmp_path: Path) -> None:
    from plan_documents import from_plan, to_damaged_text

    from conftest import pipeline

    text = to_damaged_text(from_plan(pipeline().check(FURANO).plan))
    (tmp_path / "furano.txt").write_text(text, encoding="utf-8")
    code, d = diff_json(tmp_path / "furano.txt", tmp_path / "furano.txt", "--fail-on-loss")
    assert code == 0
    assert d["unchanged"] is True


def test_the_installed_command(telework_removed: Path) -> None:
    """The console script, as CI runs it: exit codes pass through."""
    dxcheck = ROOT / ".venv" / "bin" / "dxcheck"
    if not dxcheck.exists():
        dxcheck = Path(shutil.which("dxcheck") or "dxcheck")
    run = subprocess.run([str(dxcheck), "diff", str(ASHIBETSU), str(telework_removed), "--fail-on-loss"], capture_output=True, text=True)
    assert run.returncode == 1, run.stderr
    assert "テレワークの推進" in run.stdout


# --- pairing -------------------------------------------------------------------------------------


def test_pairing_prefers_the_same_id_then_a_similar_title() -> None:
    from dxcheck.diff.changes import _Part, pair

    def parts(*rows: tuple[str, str]) -> list[_Part[None]]:
        return [_Part(i, t, "", None, (), None) for i, t in rows]

    old = parts(("1", "テレワークの推進"), ("2", "AI・RPAの利用推進"), ("3", "セキュリティ対策"))
    new = parts(("1", "柔軟な働き方の実現"), ("5", "ＡＩ・ＲＰＡの利用の推進"), ("4", "オープンデータ"))
    pairs = [(p.old.id if p.old else None, p.new.id if p.new else None, p.matched_by) for p in pair(old, new)]
    # 2 → 5 by a similar title (full-width letters read as half-width); 1 stays 1 by id though renamed;
    # 3 was removed and 4 added: their titles have nothing in common.
    assert pairs == [("1", "1", "id"), ("2", "5", "title"), (None, "4", None), ("3", None, None)]


# --- the pull-request workflow (docs/ci/github-actions-diff.yml) ---------------------------------


HOSTILE_NAME = "x<img src=y>![a](b),line=1:2.yaml"


def test_the_pull_request_workflow_fails_on_a_lost_item(tmp_path: Path) -> None:
    """The workflow's step, run by bash in a repository where the head drops テレワーク from a plan
    whose file name is Japanese (git must not quote it), drops it again from a .yml plan it moves into a
    folder (a rename, R: compared with its old name's version), and deletes a plan (D)."""
    import os
    import sys

    from ruamel.yaml import YAML

    if shutil.which("git") is None:
        pytest.skip("git is not installed, so no repository can be made")
    workflow = YAML(typ="safe").load((ROOT / "docs" / "ci" / "github-actions-diff.yml").read_text(encoding="utf-8"))
    [step] = [s for s in workflow["jobs"]["diff"]["steps"] if s.get("name", "").startswith("Compare")]
    folder = tmp_path / "repo"
    (folder / "plans").mkdir(parents=True)
    _git(folder, "init", "-q", "-b", "main")
    for name in ("芦別市.yaml", "kamisato.yaml", "furano.yaml"):
        shutil.copy(PLANS / {"芦別市.yaml": "ashibetsu.yaml"}.get(name, name), folder / "plans" / name)
    shutil.copy(PLANS / "eniwa.yaml", folder / "plans" / "eniwa.yml")
    (folder / "plans" / "old").mkdir()
    shutil.copy(PLANS / "ashibetsu.yaml", folder / "plans" / "old" / "芦別市-2023.yaml")
    shutil.copy(PLANS / "kamisato.yaml", folder / "plans" / HOSTILE_NAME)
    (folder / ".dxcheck.toml").write_text('frameworks = ["kanmin", "dx"]\n', encoding="utf-8")
    shutil.copy(PLANS / "ashibetsu.yaml", folder / "plans" / "linked.yaml")
    _git(folder, "add", ".")
    _git(folder, "commit", "-q", "-m", "base")
    base = subprocess.run(["git", "rev-parse", "HEAD"], cwd=folder, capture_output=True, text=True, check=True).stdout.strip()
    plan = folder / "plans" / "芦別市.yaml"
    edited(plan, plan, without_measure(plan.read_text(encoding="utf-8"), "2-5", "2-6"))
    edited(folder / "plans" / "furano.yaml", folder / "plans" / "furano.yaml", ("title: 人材の育成", "title: デジタル人材の育成"))
    telework = '          - id: "2-1-3"\n            title: テレワークシステムの基盤整備\n            addresses: [dx/telework]\n'
    (folder / "plans" / "北海道").mkdir()
    _git(folder, "mv", "plans/eniwa.yml", "plans/北海道/恵庭市.yml")
    edited(folder / "plans" / "北海道" / "恵庭市.yml", folder / "plans" / "北海道" / "恵庭市.yml", (telework, ""))
    _git(folder, "rm", "-q", "plans/old/芦別市-2023.yaml")
    _git(folder, "rm", "-q", f"plans/{HOSTILE_NAME}")
    # a plan replaced by a link to a copy without テレワーク (git: T, a change of type)
    (folder / "elsewhere").mkdir()
    linked = folder / "elsewhere" / "linked.yaml"
    edited(PLANS / "ashibetsu.yaml", linked, without_measure((PLANS / "ashibetsu.yaml").read_text(encoding="utf-8"), "2-5", "2-6"))
    (folder / "plans" / "linked.yaml").unlink()
    (folder / "plans" / "linked.yaml").symlink_to("../elsewhere/linked.yaml")
    _git(folder, "add", "-A")
    _git(folder, "commit", "-q", "-am", "head")
    summary = tmp_path / "summary.md"
    env = {**os.environ, "BASE": base, "GITHUB_STEP_SUMMARY": str(summary)}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env.pop("DXCHECK_LANG", None)
    done = subprocess.run(["bash", "-e", "-c", step["run"]], cwd=folder, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    errors = [line for line in done.stdout.splitlines() if line.startswith("::error")]
    assert any(e.startswith("::error file=plans/芦別市.yaml,title=dx/telework%3A 後退::テレワークの推進 ● → ○") for e in errors), errors
    assert any(e.startswith("::error file=plans/北海道/恵庭市.yml,title=dx/telework%3A 後退::") for e in errors), errors
    assert any(e.startswith("::error file=plans/linked.yaml,title=dx/telework%3A 後退::") for e in errors), errors
    assert any(e.startswith("::error file=plans/old/芦別市-2023.yaml,title=dxcheck diff::計画ファイルが削除されました") for e in errors), (
        errors
    )
    written = summary.read_text(encoding="utf-8")
    assert written.count("## 計画の変更:") == 4  # 芦別市, furano, 恵庭市 (moved) and linked; kamisato did not change
    assert "名称:「人材の育成」→「デジタル人材の育成」" in written
    assert "## 計画の削除: plans/old/芦別市-2023.yaml" in written
    # a deleted plan whose name is an image, HTML and an annotation's separators: escaped in both places
    assert any(e.startswith("::error file=plans/x<img src=y>![a](b)%2Cline=1%3A2.yaml,title=dxcheck diff::") for e in errors), errors
    assert "## 計画の削除: plans/x\\<img src=y\\>\\!\\[a\\]\\(b\\),line=1:2.yaml" in written
    # the renamed plan's base version is compared under the repository's configuration too (a newcomer
    # saw 「設定ファイルなし」 and the procedures it leaves out), and named by a path in the checkout
    assert "設定ファイルなし" not in written
    assert str(tmp_path) not in written
    assert "/tmp" not in written


def test_an_unchanged_title_under_a_new_id_wins_over_a_similar_title_under_the_old_id() -> None:
    """A measure inserted before one of a similar name: the old one, renumbered, keeps its exact title;
    the new one only resembles it and was added."""
    from dxcheck.diff.changes import _Part, pair

    old = [_Part("1", "窓口のオンライン化", "", None, (), None)]
    new = [_Part("1", "窓口のオンライン化の推進", "", None, (), None), _Part("2", "窓口のオンライン化", "", None, (), None)]
    pairs = [(p.old.id if p.old else None, p.new.id if p.new else None, p.matched_by) for p in pair(old, new)]
    assert pairs == [(None, "1", None), ("1", "2", "title")]


def test_the_most_similar_titles_are_paired_first_and_repeated_titles_in_order() -> None:
    """Step 4 of the pairing: of two old measures that both resemble a new one, the closer is its old
    version (0.94 against 0.71); measures that share one title under new ids pair in document order."""
    from dxcheck.diff.changes import _Part, pair

    old = [_Part("1-1", "オンライン申請の拡大", "", None, (), None), _Part("1-2", "オンライン申請の拡大と窓口の周知", "", None, (), None)]
    new = [_Part("2-1", "オンライン申請の拡大と窓口の周知強化", "", None, (), None)]
    pairs = [(p.old.id if p.old else None, p.new.id if p.new else None, p.matched_by) for p in pair(old, new)]
    assert pairs == [("1-2", "2-1", "title"), ("1-1", None, None)]
    same = [_Part(str(n), "スマホ教室の開催", "", None, (), None) for n in range(3)]
    renumbered = [_Part(str(n + 10), "スマホ教室の開催", "", None, (), None) for n in range(3)]
    assert [(p.old.id if p.old else None, p.new.id if p.new else None) for p in pair(same, renumbered)] == [
        ("0", "10"),
        ("1", "11"),
        ("2", "12"),
    ]


def test_both_versions_are_audited_with_the_editions_of_the_newer(tmp_path: Path) -> None:
    # The newer text declares 第2.3版: the older is read under 2.3 too, so the same words give the same
    # statuses and the diff shows no item change that only the edition made.
    newer = tmp_path / "ashibetsu.yaml"
    text = ASHIBETSU.read_text(encoding="utf-8")
    assert '  dx: "1.0"' in text
    newer.write_text(text.replace('  dx: "1.0"', '  dx: "2.3"'), encoding="utf-8")
    run = run_cli("diff", str(ASHIBETSU), str(newer), "--format", "json")
    assert run.exit_code == 0, run.stderr
    document = json.loads(run.output)
    assert document["items"] == []
    assert all(s["before"] == s["after"] for s in document["scores"]), document["scores"]
    assert {f["id"]: f["edition"] for f in document["frameworks"]}["dx"] == "2.3"


@pytest.mark.parametrize(("name", "size", "said"), [("huge.yaml", 16 * 2**20 + 1, "DX008"), ("huge.docx", 64 * 2**20 + 1, "DX009")])
def test_rev_refuses_a_huge_file_by_its_size_without_reading_it(repository: Path, tmp_path: Path, name: str, size: int, said: str) -> None:
    """A blob beyond the limit a file on disk is read with: git says its size (cat-file -s) and nothing
    shows it (a 600 MB blob used to be read whole, 1.2 GB, before the refusal)."""
    import os

    (repository / "plans" / name).write_bytes(b"\0" * size)
    _git(repository, "add", ".")
    _git(repository, "commit", "-q", "-m", "huge")
    (repository / "plans" / name).write_bytes(b"x")
    log = tmp_path / "git.log"
    wrapper = tmp_path / "bin" / "git"
    wrapper.parent.mkdir()
    wrapper.write_text(f'#!/bin/sh\necho "$*" >> "{log}"\nexec "{shutil.which("git")}" "$@"\n', encoding="utf-8")
    wrapper.chmod(0o755)
    run = run_cli(
        "diff", str(repository / "plans" / name), "--rev", "HEAD", env={"PATH": f"{wrapper.parent}{os.pathsep}{os.environ['PATH']}"}
    )
    assert run.exit_code == 2, run.output + run.stderr
    assert f"plans/{name}: {said} エラー: ファイルが大きすぎます" in run.stderr.replace(str(repository) + "/", "")
    calls = log.read_text(encoding="utf-8")
    assert f"cat-file -s HEAD:./{name}" in calls
    assert "show" not in calls, calls


def test_the_head_of_the_plan_is_said_in_the_reports_language(tmp_path: Path) -> None:
    """Issue 28, item 14: 「段階: draft → proposal」 in a Japanese report; the stage and the period in the
    reader's words in the terminal, Markdown and Word (read back with python-docx), the plan's own in JSON."""
    from docx import Document

    kamisato = PLANS / "kamisato.yaml"
    draft = edited(kamisato, tmp_path / "draft.yaml", ("  stage: adopted\n", "  stage: draft\n"))
    proposal = edited(
        kamisato,
        tmp_path / "proposal.yaml",
        ("  stage: adopted\n", "  stage: proposal\n"),
        ("  period:\n", "  period:\n    start: R5\n"),
    )
    table = run_cli("diff", str(draft), str(proposal)).output
    assert "段階: 原案 → 案" in table
    assert "計画期間の開始: — → 2023（R5）" in table
    assert "draft" not in table.replace(str(draft), "")
    markdown = run_cli("diff", str(draft), str(proposal), "--format", "markdown").output
    assert "- 段階 (`stage`): 原案 → 案" in markdown
    out = tmp_path / "diff.docx"
    assert run_cli("diff", str(draft), str(proposal), "-o", str(out)).exit_code == 0
    cells = [[c.text for c in row.cells] for t in Document(str(out)).tables for row in t.rows]
    assert ["段階", "原案", "案"] in cells
    english = run_cli("diff", str(draft), str(proposal), "--lang", "en").output
    assert "stage: draft → proposal" in english
    document = json.loads(run_cli("diff", str(draft), str(proposal), "--format", "json").output)
    assert {"field": "stage", "before": "draft", "after": "proposal"} in document["plan"]


def test_the_summary_names_a_changed_title_once(tmp_path: Path) -> None:
    """「計画の計画の名称が変わりました」 (a new user's walkthrough): the field's name says whose it is; the sentence
    goes into the Word report too."""
    newer = tmp_path / "new.yaml"
    text = (PLANS / "ashibetsu.yaml").read_text(encoding="utf-8")
    title = next(line for line in text.splitlines() if line.startswith("  title:"))
    newer.write_text(text.replace(title, "  title: 芦別市DX推進計画（改定版）", 1), encoding="utf-8")
    run = run_cli("diff", str(PLANS / "ashibetsu.yaml"), str(newer), "--format", "markdown")
    assert run.exit_code == 0, run.stderr
    assert "計画の名称が変わりました。" in run.output
    assert "計画の計画" not in run.output


def test_a_loss_is_a_github_error_only_when_it_fails_the_job() -> None:
    """`diff --format github` without --fail-on-loss wrote ::error annotations on a step that passed (exit 0), against
    the rule that what fails the job is an error and nothing else is (a new user's walkthrough)."""
    old, new = str(PLANS / "ashibetsu.yaml"), str(PLANS / "eniwa.yaml")
    passing = run_cli("diff", old, new, "--format", "github")
    assert passing.exit_code == 0
    assert "::warning" in passing.output
    assert "::error" not in passing.output
    failing = run_cli("diff", old, new, "--format", "github", "--fail-on-loss")
    assert failing.exit_code == 1
    assert "::error" in failing.output
