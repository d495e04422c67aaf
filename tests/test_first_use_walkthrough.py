"""What a new user's walkthrough found after issue 16, each behaviour pinned through the real commands.
Each test was seen failing with its fix undone.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from plan_documents import from_plan, to_docx

from conftest import PLANS, ROOT, run_cli
from dxcheck.catalogue.framework import shipped_catalogue
from dxcheck.plan.lint import check_file

# The walkthrough's plan: kanmin and dx mostly missing (it fails the default bar), 3 of the 53 priority
# procedures named, and a measure whose title and text both name kanmin/online while it lists other items.
KOMI = """\
version: 1
municipality: {name: 小見町, prefecture: 長野県, code: "203840"}
plan:
  title: 小見町DX推進計画
  adopted: 令和7年3月
  period: {start: 令和7年度, end: R11}
policies:
  - id: "1"
    level: 基本方針
    title: 行政のデジタル化
    measures:
      - id: "1-1"
        title: 行政手続のオンライン化
        description: 住民が窓口に来なくても手続ができるよう、オンライン申請を拡大します。
        addresses: [dx/frontyard, dx/telework]
        kpis:
          - {name: オンライン申請可能な手続数, target: 30, unit: 件, target_year: 令和9年度}
        schedule: {start: R7, end: 2029年度}
        owner: 総務課
      - id: "1-2"
        title: テレワークの検討
        description: 職員のテレワークについて導入を検討します。
        schedule: {start: R8, end: R11}
procedures:
  p01: {status: online}
  p04: {status: planned, target_year: 令和8年度}
  p07: {status: not-applicable, reason: 警察の所管}
"""


def _narrowed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings: str = 'frameworks = ["procedures"]\n') -> str:
    """The walkthrough's plan in plans/, beside a .dxcheck.toml; the working directory the folder above."""
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "komi.yaml").write_text(KOMI, encoding="utf-8")
    (tmp_path / "plans" / ".dxcheck.toml").write_text(settings, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return "plans/komi.yaml"


# --- 1. a settings file that leaves out kanmin and dx (the plan passed, and nothing said so) ----------------


def test_a_settings_file_that_leaves_out_kanmin_and_dx_is_said_in_the_verdict(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = _narrowed(tmp_path, monkeypatch)
    summary = run_cli("audit", plan, "--summary")
    # exit 0: a town may narrow on purpose (as with fail-on never); it is said, not passed in silence
    assert summary.exit_code == 0, summary.output
    assert "合格。" in summary.output
    assert "必須項目のある枠組み kanmin・dx は判定していません（plans/.dxcheck.toml の frameworks）" in summary.output
    english = run_cli("audit", plan, "--summary", "--lang", "en")
    assert "Not judged against kanmin, dx, frameworks with required items (frameworks in plans/.dxcheck.toml)" in english.output
    table = run_cli("audit", plan)
    assert 'plans/komi.yaml:1:1: DX516 警告: 設定ファイル plans/.dxcheck.toml の frameworks = ["procedures"] により' in table.output


@pytest.mark.parametrize("fmt", ["json", "sarif", "github", "junit", "markdown", "html"])
def test_the_frameworks_left_out_are_a_finding_in_every_format(fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = _narrowed(tmp_path, monkeypatch)
    run = run_cli("audit", plan, "--format", fmt)
    assert run.exit_code == 0, run.output
    out = run.output
    if fmt == "json":
        document = json.loads(out)
        [finding] = [f for f in document["findings"] if f["code"] == "DX516"]
        assert finding["severity"] == "warning"
        assert "plans/.dxcheck.toml" in finding["message_en"]
        assert "kanmin" in finding["message_en"]
        assert "dx (" in finding["message_en"]
        assert "kanmin・dx は判定していません" in document["verdict"]["message_ja"]
    elif fmt == "sarif":
        log = json.loads(out)
        [run_] = log["runs"]
        assert "DX516" in {rule["id"] for rule in run_["tool"]["driver"]["rules"]}
        [result] = [r for r in run_["results"] if r["ruleId"] == "DX516"]
        assert result["level"] == "warning"
    elif fmt == "github":
        assert "::warning file=plans/komi.yaml,line=1,col=1,title=DX516::" in out
    elif fmt == "junit":
        said = " ".join(e.text or "" for e in ET.fromstring(out).iter("system-out"))
        assert "DX516" in said
        assert "plans/.dxcheck.toml" in said
    else:
        assert "DX516" in out
        assert "plans/.dxcheck.toml" in out


def test_the_documented_narrowing_to_kanmin_and_dx_says_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # README's example settings leave out the procedures, which neither fail 記載なし nor count in 総合 by default
    plan = _narrowed(tmp_path, monkeypatch, 'frameworks = ["kanmin", "dx"]\n')
    run = run_cli("audit", plan, "--format", "json")
    assert "DX516" not in {f["code"] for f in json.loads(run.output)["findings"]}
    # … unless the procedures are asked to count: then leaving them out is said
    required = run_cli("audit", plan, "--format", "json", "--require-procedures")
    document = json.loads(required.output)
    [finding] = [f for f in document["findings"] if f["code"] == "DX516"]
    assert "procedures (" in finding["message_en"]
    assert "procedures は判定していません" in document["verdict"]["message_ja"]


# --- 2. no overall score, said in words (it was 「総合スコアはありません（。0/0 はスコアになりません）」) ---


def test_no_overall_score_says_why_without_an_empty_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = _narrowed(tmp_path, monkeypatch)
    ja = run_cli("audit", plan).output
    assert "総合スコアはありません（総合に数える枠組みを監査していません）。" in ja
    assert "（。" not in ja
    en = run_cli("audit", plan, "--lang", "en").output
    assert "No overall score: no framework that counts in it was audited." in " ".join(en.split())
    assert ": (0 of 0" not in en
    assert ":  (" not in en
    gated = json.loads(run_cli("audit", plan, "--format", "json", "--min-score", "50").output)
    [reason] = [r for r in gated["verdict"]["reasons"] if r["gate"] == "min-score"]
    assert reason["message_ja"] == "総合スコアなし: 総合に数える枠組みを監査していません。基準 50 点に届きません"
    assert reason["message_en"] == "no overall score: no framework that counts in it was audited; the bar is 50"


# --- 3. compare of a folder of YAML and Word plans (it left one kind out, in silence) -----------------------


@pytest.fixture
def mixed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder holding a YAML plan and a Word plan; the working directory its parent."""
    folder = tmp_path / "mix"
    folder.mkdir()
    shutil.copy(PLANS / "eniwa.yaml", folder / "eniwa.yaml")
    check = check_file(ROOT / "plans" / "furano.yaml", shipped_catalogue().select({"dx": "1.0"}))
    assert check.plan is not None
    to_docx(from_plan(check.plan), folder / "furano.docx")
    monkeypatch.chdir(tmp_path)
    return folder


def test_compare_says_which_plans_of_a_mixed_folder_it_left_out(mixed: Path) -> None:
    yaml_only = run_cli("compare", "mix")
    assert yaml_only.exit_code == 0, yaml_only.stderr
    assert "計画書（.docx・.pdf）1 件は比較していません" in yaml_only.stderr
    assert "dxcheck compare mix mix/furano.docx" in yaml_only.stderr
    assert "1 Word or PDF plan was not compared" in run_cli("compare", "mix", "--lang", "en").stderr
    documents = run_cli("compare", "mix", "--documents")
    assert "計画ファイル（.yaml）1 件は比較していません" in documents.stderr
    assert "dxcheck compare --documents mix mix/eniwa.yaml" in documents.stderr
    assert "1 YAML plan was not compared" in run_cli("compare", "mix", "--documents", "--lang", "en").stderr
    # the commands it suggests compare both, and say nothing more
    for args in (("mix", "mix/furano.docx"), ("--documents", "mix", "mix/eniwa.yaml")):
        both = run_cli("compare", *args, "--format", "json")
        assert both.stderr == "", both.stderr
        assert {t["municipality"] for t in json.loads(both.output)["towns"]} == {"恵庭市", "富良野市"}


# --- 4. the CSV writes 任意 for an optional item left out (it wrote なし) -----------------------------------


def _csv(*args: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(run_cli(*args, "--format", "csv").output.lstrip("\ufeff"))))


def test_the_csv_shows_an_optional_item_left_out_as_optional_not_missing() -> None:
    eniwa = str(PLANS / "eniwa.yaml")
    wide = _csv("compare", eniwa)
    assert wide[1][wide[0].index("dx/bpr")] == "任意"  # optional, not taken up (it was 「なし」)
    english = _csv("compare", eniwa, "--lang", "en")
    assert english[1][english[0].index("dx/bpr")] == "optional"
    kamisato = _csv("compare", str(PLANS / "kamisato.yaml"))
    assert kamisato[1][kamisato[0].index("dx/telework")] == "なし"  # a required item missing stays なし
    long = _csv("audit", eniwa)
    row = next(r for r in long[1:] if r[long[0].index("項目")] == "dx/bpr")
    assert (row[long[0].index("必須")], row[long[0].index("状況")]) == ("任意", "任意")


# --- 5. diff shows the procedures' score as the audit does (it showed procedures 100 → 100) -----------------


def test_diff_shows_the_procedures_score_as_the_audit_does(tmp_path: Path) -> None:
    old, new = tmp_path / "v1.yaml", tmp_path / "v2.yaml"
    old.write_text(KOMI, encoding="utf-8")
    start = KOMI.index('      - id: "1-2"')
    new.write_text(KOMI[:start] + KOMI[KOMI.index("procedures:") :], encoding="utf-8")
    assert "—（総合に含めない）" in run_cli("audit", str(old)).output
    table = run_cli("diff", str(old), str(new)).output
    row = next(line for line in table.splitlines() if line.startswith("│ procedures"))
    assert row.count("—（総合に含めない）") == 2, row
    assert "100" not in row
    markdown = run_cli("diff", str(old), str(new), "--format", "markdown", "--lang", "en").output
    assert "| procedures | — (not in overall) | — (not in overall) | — |" in markdown
    document = json.loads(run_cli("diff", str(old), str(new), "--format", "json").output)
    procedures = next(s for s in document["scores"] if s["framework"] == "procedures")
    assert (procedures["before_counted"], procedures["after_counted"]) == ("not-in-overall", "not-in-overall")
    # with require-procedures the procedures count, and their score is shown as a number again
    (tmp_path / ".dxcheck.toml").write_text("require-procedures = true\n", encoding="utf-8")
    counted = run_cli("diff", str(old), str(new)).output
    row = next(line for line in counted.splitlines() if line.startswith("│ procedures"))
    assert "総合に含めない" not in row


# --- 6. a candidate measure named once (it was 「候補: 1-1, 1-1」) -----------------------------------


def test_a_candidate_measure_is_named_once(tmp_path: Path) -> None:
    plan = tmp_path / "komi.yaml"
    plan.write_text(KOMI, encoding="utf-8")
    # its title and its text both name kanmin/online: two suggestions, one measure
    document = json.loads(run_cli("audit", str(plan), "--format", "json").output)
    online = next(i for f in document["frameworks"] for i in f["items"] if i["id"] == "kanmin/online")
    assert [s["measure_id"] for s in online["suggestions"]] == ["1-1", "1-1"]
    for lang, label in (("ja", "候補: "), ("en", "suggest: ")):
        table = run_cli("audit", str(plan), "--lang", lang).output
        found = re.search(f"{label}([^│]*)", table)
        assert found is not None, table
        assert found.group(1).strip() == "1-1"
