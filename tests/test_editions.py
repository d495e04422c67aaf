"""Editions of the national frameworks: the files, which edition a plan is audited with, across editions.

The data: every edition file (ids, mappings to the previous edition, targets, sources), the lists.
The choice: by declaration (`frameworks:`), by option (`--edition`), by configuration, by date.
Across editions: `frameworks diff`, `audit --against` (the 改定 checklist), compare of towns on
different editions. And what the issue asked to stop: DX512 / DX520 / DX530 on a plan that fits
the edition that applies to it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from conftest import EXAMPLE_PLANS, MINIMAL_PLAN, PLANS, ROOT, WritePlan, pipeline, run_cli
from dxcheck.catalogue.framework import Framework, shipped_catalogue
from dxcheck.model.results import AuditResult

CATALOGUE = shipped_catalogue()
FILES = sorted((ROOT / "frameworks").glob("*.yaml"))


# --- the edition files --------------------------------------------------------------------------


def test_the_catalogue_has_no_problem_across_files() -> None:
    assert CATALOGUE.problems() == []


def test_each_problem_across_files_is_said_in_japanese_and_in_english() -> None:
    """FW009 said 「版どうしの整合: dx@2.3: previous edition 1.0 is not the one before it …」 to a town's officer
    adding an edition: the English after a Japanese label. Every kind of problem, broken on purpose."""
    from dxcheck.catalogue.framework import Catalogue, Continues

    new = CATALOGUE.get("dx", "2.3")
    old = CATALOGUE.get("dx", "1.0")
    assert new is not None
    assert old is not None
    first = new.items[0].model_copy(update={"continues": Continues(item="nope", change="same"), "same_as": "kanmin/nope"})
    broken = [
        new.model_copy(update={"previous": "0.5"}),  # not there
        new.model_copy(update={"date": old.date, "items": [first, *new.items[1:]]}),  # not older; an item not in 1.0, one twice or never
        old.model_copy(update={"not_continued": new.not_continued}),  # continues without a previous edition
        new.model_copy(update={"items": [*new.items, next(i for i in new.items if i.continues)]}),  # an item of 1.0 continued twice
    ]
    said: list[str] = []
    for framework in broken:
        others = [f for f in CATALOGUE.frameworks if f.ref != framework.ref]
        for problem in Catalogue([*others, framework]).problems():
            said.append(problem.en)
            assert problem.ja != problem.en
            assert re.search("[ぁ-ん]", problem.ja), problem.ja  # a Japanese sentence, not an English one
            assert not re.search(r"\b(?:is|not|the|without|does)\b", problem.ja), problem.ja
    kinds = ("is not shipped", "is not older", "is not an item of", "is accounted for", "without a previous edition", "does not resolve")
    assert [k for k in kinds if not any(k in s for s in said)] == [], said


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_each_file_is_named_by_its_id_and_edition(path: Path) -> None:
    framework = next(f for f in CATALOGUE if path.stem in (f.id, f.ref))
    several = len(CATALOGUE.editions(framework.id)) > 1 or framework.kind == "list"
    assert path.stem == (framework.ref if several else framework.id)


@pytest.mark.parametrize("framework", list(CATALOGUE), ids=lambda f: f.ref)
def test_each_edition_has_unique_ids_sources_and_well_formed_targets(framework: Framework) -> None:
    ids = [i.id for i in framework.items]
    assert len(ids) == len(set(ids))
    assert len({g.id for g in framework.groups}) == len(framework.groups)
    assert framework.source.document
    assert framework.source.date or framework.source.url
    for item in framework.items:
        assert item.source.reference, f"{framework.ref}/{item.id}: no section, article or entry"
        target = item.target
        if target is not None:
            assert 2000 <= target.fiscal_year <= 2100
            assert target.text
            assert target.text_en
            if target.allowance is not None:
                assert target.allowance.fiscal_year > target.fiscal_year
                assert target.allowance.source is not None
                assert target.allowance.source.quote
    for external in framework.targets:
        assert external.source is not None
        assert external.source.quote


def test_every_edition_after_the_first_accounts_for_every_item_of_the_previous_one() -> None:
    for framework in CATALOGUE:
        editions = CATALOGUE.editions(framework.id)
        if framework is editions[0]:
            assert framework.previous is None
            continue
        assert framework.previous == editions[editions.index(framework) - 1].edition
        previous = CATALOGUE.get(framework.id, framework.previous)
        assert previous is not None
        carried = CATALOGUE.carry(framework.id, previous.edition, framework.edition)
        assert set(carried) == {i.id for i in previous.items}
        for old, (new, how) in carried.items():
            assert (new is None) == (how in ("dropped", "unknown")), old
            if new is not None:
                assert framework.get_item(new) is not None


def test_dx_2_3_is_the_seven_priorities_and_the_four_governance_items_of_its_table_of_contents() -> None:
    dx = CATALOGUE.get("dx", "2.3")
    assert dx is not None
    assert (dx.date, dx.issuer, dx.horizon) == ("2024-02-05", "総務省", 2025)
    by_group = {g.id: [(i.title, i.source.section) for i in dx.items if i.group == g.id] for g in dx.groups}
    assert by_group == {
        "governance": [
            ("組織体制の整備", "2.(1)"),
            ("デジタル人材の確保・育成", "2.(2)"),
            ("計画的な取組", "2.(3)"),
            ("都道府県と市区町村の連携による推進体制の構築", "2.(4)"),
        ],
        "priority": [
            ("自治体フロントヤード改革の推進", "3.1(1)"),
            ("自治体の情報システムの標準化・共通化", "3.1(2)"),
            ("公金収納における eLTAX の活用", "3.1(3)"),
            ("マイナンバーカードの普及促進・利用の推進", "3.1(4)"),
            ("セキュリティ対策の徹底", "3.1(5)"),
            ("自治体のAI・RPAの利用推進", "3.1(6)"),
            ("テレワークの推進", "3.1(7)"),
        ],
    }
    assert all(i.source.document and "第2.3版" in i.source.document for i in dx.items)
    assert all(i.governance for i in dx.items if i.group == "governance")


def test_dx_2_3_continues_1_0_as_sourced_and_leaves_the_unread_sections_unknown() -> None:
    carried = CATALOGUE.carry("dx", "1.0", "2.3")
    assert carried == {
        "standardization": ("standardization", "same"),
        "mynumber": ("mynumber", "broadened"),
        "online": ("frontyard", "broadened"),
        "ai-rpa": ("ai-rpa", "same"),
        "telework": ("telework", "same"),
        "security": ("security", "same"),
        "community": (None, "unknown"),
        "divide": (None, "unknown"),
        "bpr": (None, "unknown"),
        "opendata": (None, "unknown"),
        "kanmin-plan": (None, "unknown"),
    }
    frontyard = CATALOGUE.item("dx@2.3/frontyard")
    assert frontyard is not None
    assert frontyard.item.continues is not None
    assert frontyard.item.continues.source is not None
    assert frontyard.item.continues.source.issuer == "総務省"


def test_items_carried_unchanged_keep_1_0_s_vocabulary_and_broadened_ones_keep_all_its_words() -> None:
    old, new = CATALOGUE.get("dx", "1.0"), CATALOGUE.get("dx", "2.3")
    assert old is not None
    assert new is not None
    for item in new.items:
        if item.continues is None:
            continue
        before = old.get_item(item.continues.item)
        assert before is not None
        if item.continues.change == "same":
            assert item.vocabulary == before.vocabulary, item.id
        else:
            words = [json.dumps(s, ensure_ascii=False, default=str) for s in before.vocabulary.signals]
            assert set(words) <= {json.dumps(s, ensure_ascii=False, default=str) for s in item.vocabulary.signals}, item.id


def test_the_20_standardised_businesses_are_the_17_and_three_more_with_the_deadline_and_its_allowance() -> None:
    systems = CATALOGUE.get("standard-systems")
    assert systems is not None
    assert systems.kind == "list"
    names = [i.title for i in systems.items]
    assert names[:17] == [
        *("住民基本台帳", "選挙人名簿管理", "固定資産税", "個人住民税", "法人住民税", "軽自動車税", "国民健康保険", "国民年金"),
        *("障害者福祉", "後期高齢者医療", "介護保険", "児童手当", "生活保護", "健康管理", "就学", "児童扶養手当", "子ども・子育て支援"),
    ]
    assert names[17:] == ["印鑑登録", "戸籍", "戸籍の附票"]
    for item in systems.items:
        assert item.target is not None
        assert item.target.allowance is not None
        assert (item.target.fiscal_year, item.target.allowance.fiscal_year) == (2025, 2030)
    dx = CATALOGUE.get("dx", "2.3")
    assert dx is not None
    standardization = dx.get_item("standardization")
    assert standardization is not None
    assert standardization.target is not None
    assert standardization.target.allowance is not None
    assert (standardization.target.fiscal_year, standardization.target.allowance.fiscal_year) == (2025, 2030)


def test_the_31_procedures_are_the_26_the_disaster_certificate_and_four_car_procedures() -> None:
    convenience = CATALOGUE.get("convenience")
    assert convenience is not None
    groups = {g.id: [i for i in convenience.items if i.group == g.id] for g in convenience.groups}
    assert {g: len(items) for g, items in groups.items()} == {"kosodate": 15, "kaigo": 11, "risai": 1, "jidosha": 4}
    same = [i.same_as for i in convenience.items if i.same_as]
    assert same == [f"procedures/p20-{n:02d}" for n in range(1, 16)] + [f"procedures/p21-{n:02d}" for n in range(1, 12)] + [
        "procedures/p22-01"
    ]
    procedures = CATALOGUE.get("procedures")
    assert procedures is not None
    for item in convenience.items:
        if item.same_as:
            ref = CATALOGUE.item(item.same_as)
            assert ref is not None
            assert ref.item.title == item.title
    assert [i.title for i in groups["jidosha"]] == [
        "自動車税環境性能割の申告納付",
        "自動車税の賦課徴収に関する事項の申告又は報告",
        "自動車税住所変更届",
        "自動車の保管場所証明の申請",
    ]
    assert not any(g.required for g in convenience.groups if g.id == "jidosha")  # the prefectures' procedures


def test_lists_are_shown_and_never_audited() -> None:
    audited = {f.id for f in CATALOGUE.select()}
    assert audited == {"kanmin", "dx", "procedures"}
    run = run_cli("frameworks")
    assert "standard-systems@2024-12-24" in run.output or "standard-syst" in run.output
    shown = run_cli("frameworks", "show", "standard-systems", "--format", "json")
    assert [i["title"] for i in json.loads(shown.output)["framework"]["items"]][-3:] == ["印鑑登録", "戸籍", "戸籍の附票"]


def test_the_probe_evaluation_is_pinned_to_dx_1_0() -> None:
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import inference_eval

    assert inference_eval.EDITION == "1.0"
    items = {i for _, ids in inference_eval.TOPIC_ITEMS.items() for i in ids}
    dx = CATALOGUE.get("dx", "1.0")
    assert dx is not None
    assert {i for i in items if i.startswith("dx/")} == {dx.qualified(i) for i in dx.items}


# --- which edition applies ------------------------------------------------------------------------


def _plan(
    write_plan: WritePlan, *, adopted: str | None = None, period: tuple[str, str] | None = ("R5", "R7"), declared: str | None = None
) -> Path:
    text = MINIMAL_PLAN
    if period is None:
        text = text.replace("  period:\n    start: R5\n    end: R7\n", "")
    else:
        text = text.replace("start: R5\n    end: R7", f"start: {period[0]}\n    end: {period[1]}")
    if adopted is not None:
        text = text.replace("  title: テスト計画\n", f'  title: テスト計画\n  adopted: "{adopted}"\n')
    if declared is not None:
        text = text.replace("version: 1\n", f'version: 1\nframeworks:\n  dx: "{declared}"\n')
    return write_plan(text)


def _choice(path: Path, editions: dict[str, str] | None = None, editions_from: str = "option") -> tuple[str, str, str | None]:
    from dxcheck.audit.pipeline import Pipeline

    check = Pipeline(CATALOGUE, editions=editions or {}, editions_from=editions_from).check(path)
    assert check.frameworks is not None
    choice = check.frameworks.choice("dx")
    assert choice is not None
    return choice.edition, choice.by, choice.reference


@pytest.mark.parametrize(
    ("adopted", "period", "expected"),
    [
        ("2024-03", ("R6", "R8"), ("2.3", "adopted", "2024-03")),  # adopted after 2024-02-05
        ("2024-02-05", ("R6", "R8"), ("2.3", "adopted", "2024-02-05")),  # the day itself
        ("2024-02", ("R6", "R8"), ("1.0", "adopted", "2024-02")),  # a month means its first day
        ("2022-03", ("R4", "R7"), ("1.0", "adopted", "2022-03")),
        ("2020-09", None, ("1.0", "before-first", "2020-09")),  # before the first edition
        (None, ("R6", "R7"), ("2.3", "period", "2024")),  # 2024-04-01
        (None, ("R5", "R7"), ("1.0", "period", "2023")),  # 2023-04-01
        (None, None, ("2.3", "latest", None)),
    ],
)
def test_the_edition_in_force_when_the_plan_was_adopted_or_begins(
    write_plan: WritePlan, adopted: str | None, period: tuple[str, str] | None, expected: tuple[str, str, str | None]
) -> None:
    assert _choice(_plan(write_plan, adopted=adopted, period=period)) == expected


def test_a_declared_edition_wins_over_the_date_and_the_option_and_configuration_win_over_it(write_plan: WritePlan, tmp_path: Path) -> None:
    path = _plan(write_plan, adopted="2025-03", period=("R7", "R9"), declared="1.0")
    assert _choice(path) == ("1.0", "declared", None)
    assert _choice(path, editions={"dx": "2.3"}) == ("2.3", "option", None)
    assert _choice(path, editions={"dx": "2.3"}, editions_from="/x/.dxcheck.toml") == ("2.3", "config", "/x/.dxcheck.toml")
    # Through the command line and a configuration file, and the report says which and why.
    run = run_cli("audit", str(path), "--no-infer")
    assert "版: 自治体DX推進計画（第1.0版） — 計画が宣言した版（frameworks:）" in run.output
    (tmp_path / ".dxcheck.toml").write_text('edition = { dx = "2.3" }\n', encoding="utf-8")
    run = run_cli("audit", str(path), "--no-infer")
    assert f"版: 自治体DX推進計画（第2.3版） — 設定ファイル {tmp_path / '.dxcheck.toml'} で指定" in run.output
    run = run_cli("audit", str(path), "--no-infer", "--edition", "dx=1.0")
    assert "版: 自治体DX推進計画（第1.0版） — --edition で指定" in run.output
    config = run_cli("config", str(path), "--format", "json")
    assert json.loads(config.output)["settings"]["edition"]["value"] == {"dx": "2.3"}


def test_the_report_header_says_the_edition_in_force_at_the_start_of_the_period(write_plan: WritePlan) -> None:
    path = _plan(write_plan, period=("R6", "R7"))
    run = run_cli("audit", str(path), "--no-infer")
    assert "版: 自治体DX推進計画（第2.3版） — 計画期間の開始 2024年度 に有効な版" in run.output
    english = run_cli("audit", str(path), "--no-infer", "--lang", "en")
    assert "edition: Local Government DX Promotion Plan (edition 2.3) — in force at the start of the plan period (FY2024)" in english.output


def test_lint_checks_a_declared_edition_exists_and_the_audit_falls_back_to_the_date(write_plan: WritePlan) -> None:
    path = _plan(write_plan, declared="3.0", period=("R6", "R7"))
    run = run_cli("lint", str(path))
    assert run.exit_code == 1
    assert f"{path}:3:7: DX307 エラー: 「dx」の版「3.0」は dxcheck に収録されていません（収録されている版: 1.0、2.3）" in run.output
    assert _choice(path) == ("2.3", "period", "2024")
    unknown_framework = write_plan(MINIMAL_PLAN.replace("version: 1\n", 'version: 1\nframeworks:\n  dxx: "2.3"\n'), "f.yaml")
    assert "DX307 エラー: 枠組み「dxx」はありません" in run_cli("lint", str(unknown_framework)).output


@pytest.mark.parametrize("option", [["--edition", "dx=9.9"], ["--edition", "dx"], ["--against", "dx@9.9"], ["--against", "dx=2.3"]])
def test_an_edition_that_is_not_shipped_cannot_be_asked_for(option: list[str]) -> None:
    run = run_cli("audit", str(PLANS / "kamisato.yaml"), *option)
    assert run.exit_code == 2
    assert "Traceback" not in run.stderr


def test_an_item_of_another_edition_is_an_error_that_names_its_successor(write_plan: WritePlan) -> None:
    path = _plan(write_plan, period=("R6", "R7"))  # 第2.3版 applies
    text = path.read_text(encoding="utf-8").replace("[dx/telework]", "[dx/online, dx/community]")
    path.write_text(text, encoding="utf-8")
    run = run_cli("lint", str(path))
    assert (
        "DX306 エラー: 「dx/online」は自治体DX推進計画（第2.3版）にありません（第1.0版の項目。この版では「dx/frontyard」が引き継いでいます）"
        in run.output
    )
    assert "DX306 エラー: 「dx/community」は自治体DX推進計画（第2.3版）にありません（第1.0版の項目）" in run.output


# --- the example plans: their own edition, and 第2.3版 ---------------------------------------------


@pytest.mark.parametrize("path", EXAMPLE_PLANS, ids=lambda p: p.name)
def test_the_example_plans_are_audited_with_the_edition_they_were_written_for(path: Path) -> None:
    edition, by, _ = _choice(path)
    assert edition == "1.0"
    assert by == {"ashibetsu": "declared", "eniwa": "declared", "furano": "adopted", "kamisato": "before-first"}[path.stem]


def _against(path: Path) -> AuditResult:
    from dxcheck.audit.pipeline import Pipeline

    result = Pipeline(CATALOGUE, against={"dx": "2.3"}).audit(path)
    assert isinstance(result, AuditResult)
    return result


@pytest.mark.parametrize("path", EXAMPLE_PLANS, ids=lambda p: p.name)
def test_against_2_3_the_new_items_show_as_to_add_and_the_carried_ones_keep_their_evidence(path: Path) -> None:
    own = pipeline().audit(path)
    assert isinstance(own, AuditResult)
    newer = _against(path)
    dx_own = next(f for f in own.frameworks if f.id == "dx")
    dx_new = next(f for f in newer.frameworks if f.id == "dx")
    assert (dx_own.edition, dx_new.edition) == ("1.0", "2.3")
    assert dx_new.selection is not None
    assert (dx_new.selection.by, dx_new.selection.reference) == ("against", "1.0")
    before = {i.id: i for i in dx_own.items}
    after = {i.id: i for i in dx_new.items}
    for same in ("dx/standardization", "dx/ai-rpa", "dx/telework", "dx/security"):
        assert after[same].status == before[same].status, same
        assert [e.location for e in after[same].evidence] == [e.location for e in before[same].evidence], same
    # 行政手続のオンライン化 is carried into フロントヤード改革 with its measures.
    online_measures = {e.measure_id for e in before["dx/online"].evidence if e.measure_id}
    assert online_measures <= {e.measure_id for e in after["dx/frontyard"].evidence if e.measure_id}
    assert newer.revision is not None
    lines = {line.new or line.old: line for line in newer.revision.items}
    assert lines["dx@2.3/eltax"].change == "new"
    assert lines["dx@2.3/frontyard"].old == "dx@1.0/online"
    assert lines["dx@1.0/community"].change == "unknown"
    codes = [f.code for f in newer.findings]
    assert "DX550" in codes or after["dx/eltax"].status == "covered"


def test_the_revision_checklist_of_ashibetsu(write_plan: WritePlan) -> None:
    run = run_cli("audit", str(PLANS / "ashibetsu.yaml"), "--against", "dx@2.3")
    assert "改定チェックリスト: dx@1.0 → dx@2.3" in run.output
    assert "版: 自治体DX推進計画（第2.3版） — --against で指定（計画は第1.0版に準拠）" in run.output
    # missing, it fails the bar: an error (docs/audit.md, 終了コード)
    assert "DX550 エラー: 改定で加える: 「dx/eltax」公金収納における eLTAX の活用（第2.3版の新しい項目）に取組がありません" in run.output
    assert "DX551 情報: 改定で確かめる: 計画が取り組む「dx/community」の第2.3版での扱いは dxcheck に収録されていません" in run.output
    document = json.loads(run_cli("audit", str(PLANS / "ashibetsu.yaml"), "--against", "dx@2.3", "--format", "json").output)
    schema = json.loads((ROOT / "schemas" / "audit.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(document)
    assert document["revision"]["old"] == "1.0"
    assert {i["edition"] for f in document["frameworks"] if f["id"] == "dx" for i in f["items"]} == {"2.3"}
    both = run_cli("audit", str(PLANS / "ashibetsu.yaml"), "--against", "dx@2.3", "--edition", "dx=2.3")
    assert both.exit_code == 2
    # --against an edition that is not newer than the plan's own changes nothing.
    same = run_cli("audit", str(PLANS / "ashibetsu.yaml"), "--against", "dx@1.0")
    assert same.output == run_cli("audit", str(PLANS / "ashibetsu.yaml")).output


# --- the warnings a plan that fits its edition must not get -----------------------------------------

FITS_2_3 = """\
version: 1
municipality: {name: 恵庭市, prefecture: 北海道, code: "012319"}
plan:
  title: 恵庭市DX推進計画
  adopted: "2024-03"
  period: {start: R6, end: R7}
  legal_basis: [{law: 官民データ活用推進基本法, article: 第9条第3項}]
  governance:
    cio: 副市長
    body: 恵庭市DX推進本部
    adviser: 外部CIO補佐官
    training: 全職員向けDX研修
    cycle: 毎年度、推進本部で進捗を評価し見直す（PDCA）
policies:
  - id: "1"
    title: 行政のDX
    measures:
      - {id: "1-1", title: 基幹業務システムの標準化, addresses: [dx/standardization], schedule: {start: R6, end: R7}}
      - {id: "1-2", title: 書かない窓口の導入, addresses: [dx/frontyard], schedule: {start: R6, end: R7}}
      - {id: "1-3", title: 公金収納へのeLTAXの活用, addresses: [dx/eltax], schedule: {start: R6, end: R7}}
      - {id: "1-4", title: マイナンバーカードの利用の推進, addresses: [dx/mynumber], schedule: {start: R6, end: R7}}
procedures:
  p20: {status: planned, target_year: R7}
  p21: {status: planned, target_year: R7}
  p22-01: {status: planned, target_year: R7}
"""


def test_a_plan_that_fits_2_3_gets_no_horizon_target_or_procedure_warning(write_plan: WritePlan) -> None:
    path = write_plan(FITS_2_3)
    document = json.loads(run_cli("audit", str(path), "--format", "json", "--no-infer").output)
    codes = {f["code"] for f in document["findings"]}
    assert not codes & {"DX512", "DX520", "DX530", "DX540"}, codes
    dx = next(f for f in document["frameworks"] if f["id"] == "dx")
    assert dx["edition"] == "2.3"
    assert dx["selection"] == {"by": "adopted", "reference": "2024-03"}
    statuses = {i["id"]: i["status"] for i in dx["items"]}
    assert statuses["dx/organization"] == statuses["dx/talent"] == statuses["dx/planning"] == "covered"
    # The same plan declared for 第1.0版 (where dx/frontyard does not exist) is an error, and its dates are late.
    old = write_plan(FITS_2_3.replace("version: 1\n", 'version: 1\nframeworks: {dx: "1.0"}\n'), "old.yaml")
    lint = run_cli("lint", str(old))
    assert "DX306" in lint.output


def test_under_2_3_dropping_the_digital_divide_is_still_a_finding_from_the_act(write_plan: WritePlan) -> None:
    """2.3's §3.2 (デジタルデバイド対策 among the companion items) could not be read, so dx@2.3 has no such
    item (`unknown`); a 2.3 plan without it is still told, by kanmin/divide (官民データ活用推進基本法 第14条)."""
    assert CATALOGUE.carry("dx", "1.0", "2.3")["divide"] == (None, "unknown")
    without = json.loads(run_cli("audit", str(write_plan(FITS_2_3)), "--format", "json", "--no-infer").output)
    assert next(f for f in without["frameworks"] if f["id"] == "dx")["edition"] == "2.3"
    assert any(f["code"] == "DX501" and "kanmin/divide" in f["message_ja"] for f in without["findings"])
    with_it = FITS_2_3.replace(
        '      - {id: "1-4"',
        '      - {id: "1-5", title: 高齢者向けスマホ教室によるデジタルデバイド対策, addresses: [kanmin/divide], schedule: {start: R6, end: R7}}\n      - {id: "1-4"',
    )
    assert with_it != FITS_2_3
    document = json.loads(run_cli("audit", str(write_plan(with_it, "with.yaml")), "--format", "json", "--no-infer").output)
    kanmin = next(f for f in document["frameworks"] if f["id"] == "kanmin")
    assert {i["id"]: i["status"] for i in kanmin["items"]}["kanmin/divide"] == "covered"
    assert not any(f["code"] == "DX501" and "kanmin/divide" in f["message_ja"] for f in document["findings"])


def test_a_standardisation_measure_past_fy2025_is_within_the_allowance_until_fy2030(write_plan: WritePlan) -> None:
    def scheduled(end: str, name: str) -> Path:
        text = FITS_2_3.replace("period: {start: R6, end: R7}", "period: {start: R6, end: R13}")
        text = text.replace(
            "[dx/standardization], schedule: {start: R6, end: R7}", f"[dx/standardization], schedule: {{start: R6, end: {end}}}"
        )
        return write_plan(text, name)

    run = run_cli("audit", str(scheduled("R10", "within.yaml")), "--no-infer")
    assert (
        "DX522 情報: 施策「基幹業務システムの標準化」の予定（2028（R10）年度まで）は「dx/standardization」の国の目標（2025（R7）年度末）より後ですが、猶予の範囲内です"
        in run.output
    )
    assert "DX520" not in run.output
    last = run_cli("audit", str(scheduled("R12", "last.yaml")), "--no-infer").output
    assert "DX522 情報" in last
    assert "DX520" not in last
    later = run_cli("audit", str(scheduled("R13", "later.yaml")), "--no-infer").output
    assert "DX520 警告: 施策「基幹業務システムの標準化」の予定（2031（R13）年度まで）" in later


def test_a_plan_starting_after_fy2025_is_asked_about_the_open_allowance_not_the_passed_target(write_plan: WritePlan) -> None:
    """令和8–12年度: 標準化's 令和7年度末 has passed before the plan begins (DX521, information, not demanded); what
    the period is asked about is the allowance still open (特定移行支援システム, to about FY2030). A plan
    beginning after the allowance too is told of the target only."""

    def dx521(start: str, end: str) -> dict[str, str]:
        text = FITS_2_3.replace('adopted: "2024-03"', f'adopted: "{2018 + int(start[1:])}-06"')
        text = text.replace("period: {start: R6, end: R7}", f"period: {{start: {start}, end: {end}}}")
        text = text.replace("[dx/standardization], schedule: {start: R6, end: R7}", "[dx/standardization]")
        document = json.loads(run_cli("audit", str(write_plan(text, f"{start}.yaml")), "--format", "json", "--no-infer").output)
        found: list[dict[str, str]] = [f for f in document["findings"] if f["code"] == "DX521" and "dx/standardization" in f["message_en"]]
        assert len(found) == 1
        return found[0]

    open_ = dx521("R8", "R12")
    assert open_["severity"] == "info"
    assert (
        "この計画の期間に問われるのは、その後の猶予です（令和8年度以降の移行が避けられない「特定移行支援システム」" in open_["message_ja"]
    )
    assert "later allowance" in open_["message_en"]
    closed = dx521("R13", "R17")
    assert "猶予" not in closed["message_ja"]


def test_the_eltax_target_is_said_with_its_month_and_judged_by_its_fiscal_year(write_plan: WritePlan) -> None:
    """「遅くとも令和8年9月まで」: the target is said as September 2026, not as the end of FY2026; it is judged
    by fiscal year (a plan of 令和8年度 begins before it; one of 令和9年度 after it)."""
    eltax = CATALOGUE.item("dx@2.3/eltax")
    assert eltax is not None
    assert eltax.item.target is not None
    assert (eltax.item.target.fiscal_year, eltax.item.target.month) == (2026, 9)
    assert eltax.item.target.source is not None
    assert "9月" in (eltax.item.target.source.quote or "")

    def audit(start: str, schedule: str) -> dict[str, dict[str, str]]:
        text = FITS_2_3.replace('adopted: "2024-03"', 'adopted: "2026-06"').replace(
            "period: {start: R6, end: R7}", f"period: {{start: {start}, end: R12}}"
        )
        text = text.replace("[dx/eltax], schedule: {start: R6, end: R7}", f"[dx/eltax]{schedule}")
        document = json.loads(
            run_cli("audit", str(write_plan(text, f"{start}{len(schedule)}.yaml")), "--format", "json", "--no-infer").output
        )
        return {f["code"]: f for f in document["findings"] if "dx/eltax" in f["message_en"]}

    late = audit("R8", ", schedule: {start: R8, end: R9}")
    assert late["DX520"]["message_ja"].endswith("「dx/eltax」の国の目標（2026（R8）年9月）より後です")
    assert "(September 2026)" in late["DX520"]["message_en"]
    assert "DX521" not in audit("R8", "")  # 令和8年度 begins in April, before September
    after = audit("R9", "")
    assert "国の目標（2026（R8）年9月）の後に始まります" in after["DX521"]["message_ja"]


def test_the_governance_items_say_what_is_missing(write_plan: WritePlan) -> None:
    bare = FITS_2_3.replace(
        "  governance:\n    cio: 副市長\n    body: 恵庭市DX推進本部\n    adviser: 外部CIO補佐官\n    training: 全職員向けDX研修\n"
        "    cycle: 毎年度、推進本部で進捗を評価し見直す（PDCA）\n",
        "  governance:\n    cio: 副市長\n",
    )
    path = write_plan(bare)
    run = run_cli("audit", str(path), "--no-infer")
    found = re.findall(r"DX540 (警告|エラー): 推進体制: (.+?)が書かれていません（「(dx/[a-z-]+)」", run.output)
    # an element of an item that fails the bar (dx/talent, dx/planning: missing) is an error; of a partial one
    # (dx/organization: the CIO is stated), a warning
    assert found == [
        ("警告", "全庁的・横断的な推進体制（DX推進本部など）", "dx/organization"),
        ("エラー", "CIO補佐官等・外部のデジタル人材の活用", "dx/talent"),
        ("エラー", "職員のデジタル人材の育成（研修など）の取組", "dx/talent"),
        ("エラー", "進行管理と見直しの仕組み（PDCA など、誰がいつ評価するか）", "dx/planning"),
    ]
    # A measure that trains the staff satisfies the training element.
    trained = write_plan(
        bare.replace(
            "procedures:",
            '      - {id: "1-5", title: DX推進リーダーの育成, description: 職員のデジタル人材の育成のため、全職員向けの研修を実施します。}\nprocedures:',
        ),
        "trained.yaml",
    )
    run = run_cli("audit", str(trained))
    assert "職員のデジタル人材の育成（研修など）の取組が書かれていません" not in run.output
    assert "CIO補佐官等・外部のデジタル人材の活用が書かれていません" in run.output
    assert "plan.governance.adviser）" in run.output


def test_a_plan_read_from_a_document_is_told_where_in_the_document_the_governance_goes(tmp_path: Path) -> None:
    """The fourth walkthrough: DX540 for a Word plan named plan.governance.cio, a field its author never saw."""
    document = tmp_path / "plan.txt"
    document.write_text(
        "潮見町DX推進計画\n\n計画期間 令和8年度から令和12年度まで\n\n第1章 施策\n\n基本方針1 便利な町\n\n"
        "(1) 行政手続のオンライン化\n\n子育て関係の手続をオンライン化します。\n\n"
        "(2) テレワークの推進\n\n職員のテレワークを全庁で進めます。\n",
        encoding="utf-8",
    )
    run = run_cli("audit", str(document), "--format", "json")
    said = [f["message"] for f in json.loads(run.output)["findings"] if f["code"] == "DX540"]
    assert said, run.output
    assert all("計画書の推進体制の章に書いてください" in message and "plan.governance" not in message for message in said), said


# --- the commands ---------------------------------------------------------------------------------


def test_frameworks_diff_lists_added_carried_dropped_items_and_changed_targets() -> None:
    run = run_cli("frameworks", "diff", "dx@1.0", "dx@2.3", "--format", "json")
    assert run.exit_code == 0
    changes = {(c["old"], c["new"]): c for c in json.loads(run.output)["changes"]}
    assert changes[("dx@1.0/online", "dx@2.3/frontyard")]["change"] == "broadened"
    assert changes[("dx@1.0/online", "dx@2.3/frontyard")]["target_changed"] is True
    assert changes[(None, "dx@2.3/eltax")]["change"] == "new"
    assert changes[("dx@1.0/mynumber", "dx@2.3/mynumber")]["change"] == "broadened"
    assert changes[("dx@1.0/telework", "dx@2.3/telework")]["change"] == "same"
    assert changes[("dx@1.0/standardization", "dx@2.3/standardization")]["target_changed"] is True  # the allowance
    assert changes[("dx@1.0/community", None)]["change"] == "unknown"
    table = run_cli("frameworks", "diff", "dx@1.0", "dx@2.3")
    assert "dx@1.0 → dx@2.3" in table.output
    assert run_cli("frameworks", "diff", "dx@2.3", "dx@1.0").exit_code == 2  # older first
    assert run_cli("frameworks", "diff", "dx@1.0", "kanmin").exit_code == 2


def test_frameworks_show_names_the_edition() -> None:
    newest = run_cli("frameworks", "show", "dx", "--format", "json")
    assert json.loads(newest.output)["framework"]["ref"] == "dx@2.3"
    first = run_cli("frameworks", "show", "dx@1.0")
    assert first.exit_code == 0
    assert "dx@1.0: 自治体DX推進計画（第1.0版）" in first.output
    assert run_cli("frameworks", "show", "dx@9").exit_code == 2


def test_explain_names_the_edition_and_why() -> None:
    alone = run_cli("explain", "dx@2.3/frontyard")
    assert alone.exit_code == 0
    assert "dx@2.3/frontyard" in alone.output
    assert "dx@1.0/online (broadened)" in alone.output
    with_plan = run_cli("explain", "dx/telework", str(PLANS / "kamisato.yaml"))
    assert (
        "自治体DX推進計画（第1.0版）（1.0、2020-12-25、総務省） — 計画の日付（2020-09）が最初の収録版より前のため、最初の版"
        in with_plan.output
    )
    newer = run_cli("explain", "dx@2.3/frontyard", str(PLANS / "ashibetsu.yaml"))
    assert newer.exit_code == 0, newer.stderr
    absent = run_cli("explain", "dx/eltax", str(PLANS / "ashibetsu.yaml"))
    assert absent.exit_code == 2
    assert "--against dx@2.3" in absent.stderr


def test_an_item_of_an_older_edition_points_to_where_it_went_and_against_an_older_edition_is_said(tmp_path: Path) -> None:
    """A plan on dx@2.3, asked about dx/online (1.0's): the message suggested `--against dx@1.0`, which looks forward
    only; and `audit --against dx@1.0` audited the plan on its own 2.3 in silence (a walkthrough's)."""
    plan = tmp_path / "plan.yaml"
    plan.write_text(MINIMAL_PLAN.replace("version: 1\n", 'version: 1\nframeworks:\n  dx: "2.3"\n'), encoding="utf-8")
    moved = run_cli("explain", "dx/online", str(plan), env={"DXCHECK_LANG": ""})
    assert moved.exit_code == 2
    assert "この計画に適用する版（dx@2.3）では「dx/frontyard」に当たります" in moved.stderr, moved.stderr
    assert "dx@1.0 で監査するなら --edition dx=1.0" in moved.stderr
    assert "--against" not in moved.stderr
    unknown = run_cli("explain", "dx/bpr", str(plan), env={"DXCHECK_LANG": ""})
    assert "での扱いは dxcheck に収録されていません" in unknown.stderr, unknown.stderr
    older = run_cli("audit", str(plan), "--against", "dx@1.0", "--format", "json", env={"DXCHECK_LANG": ""})
    assert "--against dx@1.0 は計画の版（dx@2.3）より前の版です" in older.stderr, older.stderr
    assert [f["edition"] for f in json.loads(older.output)["frameworks"] if f["id"] == "dx"] == ["2.3"]
    forward = run_cli("audit", str(PLANS / "ashibetsu.yaml"), "--against", "dx@2.3", env={"DXCHECK_LANG": ""})
    assert "より前の版です" not in forward.stderr, forward.stderr


def test_compare_of_towns_on_different_editions_says_which_each_used(tmp_path: Path) -> None:
    for path in EXAMPLE_PLANS:
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    newer = FITS_2_3
    (tmp_path / "new.yaml").write_text(newer, encoding="utf-8")
    table = run_cli("compare", str(tmp_path), env={"COLUMNS": "200"})
    assert "dx@2.3" in table.output
    assert "dx@1.0" in table.output
    assert "· その自治体の版にない項目" in table.output
    document = json.loads(run_cli("compare", str(tmp_path), "--format", "json", "--full").output)
    editions = {
        a["plan"]["municipality"] + a["file"][-8:]: next(f["edition"] for f in a["frameworks"] if f["id"] == "dx")
        for a in document["audits"]
    }
    assert sorted(editions.values()) == ["1.0", "1.0", "1.0", "1.0", "2.3"]
    csv_text = run_cli("compare", str(tmp_path), "--format", "csv").output
    assert ",版," in csv_text.splitlines()[0]
    assert "版になし" in csv_text
    csv_en = run_cli("compare", str(tmp_path), "--format", "csv", "--lang", "en").output
    assert "editions" in csv_en.splitlines()[0]
    assert "not-in-edition" in csv_en
    one = run_cli("compare", str(tmp_path), "--edition", "dx=2.3", env={"COLUMNS": "200"})
    assert "自治体の比較（dx@2.3）" in one.output


def test_the_word_and_html_comparisons_of_towns_on_different_editions_show_and_explain_the_mark(tmp_path: Path) -> None:
    """A consultant compared dx@1.0 towns with a dx@2.3 town: the Word matrix drew an item outside a town's edition
    as 「?」 (44 of them, read as "unknown" in a 議会資料) where the other formats draw 「·」, neither the Word nor the
    HTML legend said what 「·」 is, and the Word heading named 第1.0版 only. Read back as Word and a browser see them."""
    from docx import Document

    (tmp_path / "kamisato.yaml").write_text((PLANS / "kamisato.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "new.yaml").write_text(FITS_2_3, encoding="utf-8")
    word = tmp_path / "比較.docx"
    assert run_cli("compare", str(tmp_path), "-o", str(word)).exit_code == 0
    document = Document(str(word))
    rows = [[cell.text for cell in row.cells] for row in document.tables[0].rows]
    # the towns differ in edition: a 版 column after the town, as in the other formats (the Word matrix had none)
    assert rows[0][:2] == ["自治体", "版"], rows[0]
    cells = [cell for row in rows[1:] for cell in row[2:-2]]  # the item columns of each town
    assert "?" not in cells
    assert all(cell in ("●", "◐", "○", "−", "◌", "·") for cell in cells), cells
    on_1_0, on_2_3 = (next(row for row in rows if row[0].startswith(name)) for name in ("上里町", "恵庭市"))
    assert (on_1_0[1], on_2_3[1]) == ("dx@1.0", "dx@2.3")
    assert "·" in on_1_0  # each lacks the other edition's items
    assert "·" in on_2_3
    paragraphs = [p.text for p in document.paragraphs]
    assert "● 取組あり　◐ 一部　○ なし　− 除外　◌ 任意の項目・取組なし　· その自治体の版にない項目" in paragraphs
    frameworks = next(p for p in paragraphs if p.startswith("照合した枠組み: "))
    assert "自治体DX推進計画（第1.0版）、自治体DX推進計画（第2.3版）" in frameworks, frameworks
    english = tmp_path / "comparison.docx"
    assert run_cli("compare", str(tmp_path), "--lang", "en", "-o", str(english)).exit_code == 0
    assert any(p.text.endswith("· not in the town's edition") for p in Document(str(english)).paragraphs)

    html = run_cli("compare", str(tmp_path), "--format", "html").output
    legend = re.search(r'<p class="legend">.*?</p>', html)
    assert legend is not None
    assert '<span class="absent">· その自治体の版にない項目</span>' in legend.group()
    assert '<td class="cell absent"' in html

    # towns of one edition show no 「·」, and their legends do not explain it
    (tmp_path / "new.yaml").unlink()
    (tmp_path / "furano.yaml").write_text((PLANS / "furano.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    assert run_cli("compare", str(tmp_path), "-o", str(word)).exit_code == 0
    assert not any("その自治体の版にない項目" in p.text for p in Document(str(word)).paragraphs)
    assert Document(str(word)).tables[0].rows[0].cells[1].text != "版"  # one edition: no column
    assert "その自治体の版にない項目" not in run_cli("compare", str(tmp_path), "--format", "html").output


def test_the_workbook_says_in_the_cell_that_an_item_is_not_in_a_towns_edition(tmp_path: Path) -> None:
    """A walkthrough: the workbook's matrix drew an item outside a town's edition as a bare 「·」, with no legend, where
    every status cell says its word (「● 取組あり」)."""
    from openpyxl import load_workbook

    (tmp_path / "kamisato.yaml").write_text((PLANS / "kamisato.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "new.yaml").write_text(FITS_2_3, encoding="utf-8")
    book = tmp_path / "比較.xlsx"
    assert run_cli("compare", str(tmp_path), "-o", str(book)).exit_code == 0
    sheet = load_workbook(book, read_only=True).worksheets[0]
    cells = {str(value) for row in sheet.iter_rows(min_row=3, values_only=True) for value in row if value is not None}
    assert "· 版にない" in cells
    assert "·" not in cells
