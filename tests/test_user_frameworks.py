"""Frameworks a user adds (issue 24): --frameworks-dir and framework-paths, `dxcheck frameworks check`,
the file named in every report, a shipped edition replaced, the trust rules, the cache; and the
warnings that say an audit is out of date (DX513) or a plan declares an older edition (DX514).

The worked example of docs/frameworks.md 「Encode a new edition in 30 minutes」 is run as written."""

from __future__ import annotations

import json
import os
import re
import shlex
import stat
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from conftest import ROOT, run_cli

DOCS = ROOT / "docs" / "frameworks.md"
SECTION = "## Encode a new edition in 30 minutes"

PREFECTURE = """\
id: pref-test
title: 試験県DX推進計画（テスト用の架空の計画）
title_en: Test Prefecture DX plan (made up for the test)
edition: "2026"
date: "2026-04-01"
issuer: 試験県
horizon: 2030
source:
  document: 試験県DX推進計画
  date: "2026-04-01"
groups:
  - id: town
    title: 市町村に求める取組
    title_en: What the prefecture asks of each town
items:
  - id: telework
    title: 職員のテレワーク
    title_en: Telework for staff
    group: town
    source: {section: "3.1"}
    vocabulary:
      signals: [テレワーク, 在宅勤務]
  - id: opendata
    title: オープンデータの共同公開
    title_en: Open data with the prefecture
    group: town
    source: {section: "3.2"}
    vocabulary:
      signals: [オープンデータ]
"""

TOWN = """\
version: 1
municipality:
  name: 試験町
  prefecture: 試験県
plan:
  title: 試験町DX推進計画
  stage: adopted
  adopted: "2026-06"
  period: {start: 2026, end: 2030}
policies:
  - id: P1
    title: 行政のデジタル化
    measures:
      - id: M1
        title: テレワークの推進
        description: 職員の在宅勤務を広げる。
"""

# Every audit format that a user's framework must be named in, and how each names it.
FORMATS = ("table", "json", "sarif", "junit", "github", "markdown", "html")


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project directory with a framework directory `fw` and a town's plan, as the working directory."""
    (tmp_path / "fw").mkdir()
    (tmp_path / "fw" / "pref-test@2026.yaml").write_text(PREFECTURE, encoding="utf-8")
    (tmp_path / "town.yaml").write_text(TOWN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_user_framework_is_audited_and_named_in_every_format(project: Path) -> None:
    for output_format in FORMATS:
        run = run_cli("audit", "town.yaml", "--frameworks-dir", "fw", "--format", output_format)
        assert run.exit_code == 1, (output_format, run.stderr)
        assert "fw/pref-test@2026.yaml" in run.output, output_format
        if output_format in ("table", "markdown", "html"):  # the header says it, besides the finding
            # Markdown writes the name as a code span: GitHub would make `pref-test@2026.yaml` a mailto link
            assert "利用者の枠組みファイル fw/pref-test@2026.yaml から" in run.output.replace("`", ""), output_format
    document = json.loads(run_cli("audit", "town.yaml", "--frameworks-dir", "fw", "--format", "json").output)
    jsonschema.validate(document, json.loads((ROOT / "schemas" / "audit.schema.json").read_text(encoding="utf-8")))
    frameworks = {f["id"]: f for f in document["frameworks"]}
    assert frameworks["pref-test"]["user_file"] == "fw/pref-test@2026.yaml"
    assert frameworks["pref-test"]["replaces_shipped"] is False
    assert frameworks["dx"]["user_file"] is None
    assert {i["id"]: i["status"] for i in frameworks["pref-test"]["items"]} == {
        "pref-test/telework": "covered",
        "pref-test/opendata": "missing",
    }
    assert any(f["code"] == "DX505" and "fw/pref-test@2026.yaml" in f["message_en"] for f in document["findings"])
    suite = ET.fromstring(run_cli("audit", "town.yaml", "--frameworks-dir", "fw", "--format", "junit").output).find("testsuite")
    assert suite is not None
    assert {p.get("name"): p.get("value") for p in suite.iter("property")}["edition.pref-test.file"] == "fw/pref-test@2026.yaml"
    sarif = json.loads(run_cli("audit", "town.yaml", "--frameworks-dir", "fw", "--format", "sarif").output)
    assert any(r["ruleId"] == "DX505" and "fw/pref-test@2026.yaml" in r["message"]["text"] for r in sarif["runs"][0]["results"])


def test_without_the_directory_the_framework_is_not_there(project: Path) -> None:
    run = run_cli("audit", "town.yaml", "--format", "json")
    assert "pref-test" not in {f["id"] for f in json.loads(run.output)["frameworks"]}


def test_framework_paths_in_the_configuration_are_relative_to_the_configuration_file(project: Path, tmp_path: Path) -> None:
    (project / ".dxcheck.toml").write_text('framework-paths = ["fw"]\n', encoding="utf-8")
    os.chdir(project / "fw")  # elsewhere: the path is the configuration file's, not the working directory's
    run = run_cli("audit", "../town.yaml", "--format", "json")
    frameworks = {f["id"]: f for f in json.loads(run.output)["frameworks"]}
    assert frameworks["pref-test"]["user_file"] == "pref-test@2026.yaml"
    listed = run_cli("config", "..", "--format", "json")
    assert str(project / "fw") in listed.output
    (project / ".dxcheck.toml").write_text('framework-paths = "fw"\n', encoding="utf-8")
    wrong = run_cli("audit", "../town.yaml")
    assert wrong.exit_code == 2
    assert "framework-paths はディレクトリのリストです" in wrong.stderr


def test_a_user_file_replacing_a_shipped_edition_says_so(project: Path) -> None:
    shipped = (ROOT / "frameworks" / "dx@2.3.yaml").read_text(encoding="utf-8")
    replaced = shipped.replace("\ntitle: ", "\ntitle: 差し替え ", 1)
    assert replaced != shipped
    (project / "fw" / "dx@2.3.yaml").write_text(replaced, encoding="utf-8")
    table = run_cli("audit", "town.yaml", "--frameworks-dir", "fw")
    assert "利用者の枠組みファイル fw/dx@2.3.yaml から（収録版を置き換え）" in table.output
    assert "（dxcheck の収録版を置き換え）" in table.output
    frameworks = {
        f["id"]: f for f in json.loads(run_cli("audit", "town.yaml", "--frameworks-dir", "fw", "--format", "json").output)["frameworks"]
    }
    assert frameworks["dx"]["title"].startswith("差し替え")
    assert frameworks["dx"]["user_file"] == "fw/dx@2.3.yaml"
    assert frameworks["dx"]["replaces_shipped"] is True
    listed = run_cli("frameworks", "--frameworks-dir", "fw")
    assert "fw/dx@2.3.yaml（収録版を置き換え）" in listed.output


def test_a_user_file_is_read_again_when_it_changes(project: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The cache is keyed by the user's file too: an edit is seen at once, the cache on."""
    monkeypatch.delenv("DXCHECK_NO_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    first = json.loads(run_cli("audit", "town.yaml", "--frameworks-dir", "fw", "--format", "json").output)
    again = json.loads(run_cli("audit", "town.yaml", "--frameworks-dir", "fw", "--format", "json").output)
    assert first["frameworks"] == again["frameworks"]
    assert list((tmp_path / "cache" / "dxcheck").glob("frameworks-user-*.json"))
    path = project / "fw" / "pref-test@2026.yaml"
    path.write_text(PREFECTURE.replace("職員のテレワーク", "職員の在宅勤務"), encoding="utf-8")
    edited = json.loads(run_cli("audit", "town.yaml", "--frameworks-dir", "fw", "--format", "json").output)
    titles = {i["id"]: i["title"] for f in edited["frameworks"] if f["id"] == "pref-test" for i in f["items"]}
    assert titles["pref-test/telework"] == "職員の在宅勤務"


BROKEN = """\
id: pref-test
title: 試験県DX推進計画
title_en: Test Prefecture
edition: "2026"
date: "2026-02-30"
issuer: 試験県
source: {document: 試験県DX推進計画}
groups:
  - id: town
    title: 市町村に求める取組
    title_en: Towns
items:
  - id: telework
    title: 職員のテレワーク
    title_en: Telework
    group: town
    target: {text: 全庁で, text_en: everywhere}
  - id: telework
    title: 職員の在宅勤務
    title_en: Working from home
    group: twon
    vocabulary: {signals: [在宅勤務]}
    colour: red
"""


def test_frameworks_check_says_each_problem_at_file_line_column_with_its_code(project: Path) -> None:
    path = project / "fw" / "pref-test@2026.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    run = run_cli("frameworks", "check", "fw/pref-test@2026.yaml")
    assert run.exit_code == 2
    lines = run.output.splitlines()
    found = {(m.group(2), int(m.group(1))) for line in lines if (m := re.match(r"fw/pref-test@2026\.yaml:(\d+):\d+: (FW\d{3}) ", line))}
    assert ("FW006", 5) in found  # 2026-02-30
    assert ("FW003", 13) in found  # telework: no words to match
    assert ("FW005", 17) in found  # a target without a year
    assert ("FW004", 18) in found  # telework twice
    assert ("FW007", 21) in found  # group twon
    assert ("FW002", 18) in found  # colour: not in the schema
    assert lines[-1] == "1 ファイルを検査: 誤り 6 件、警告 2 件"  # and FW011 twice: no section named
    english = run_cli("frameworks", "check", "fw/pref-test@2026.yaml", "--lang", "en")
    assert "FW004 error: the id 'telework' is given twice" in english.output
    audit = run_cli("audit", "town.yaml", "--frameworks-dir", "fw")  # a broken file is never used
    assert audit.exit_code == 2
    assert "fw/pref-test@2026.yaml:5:7: FW006 エラー" in audit.stderr
    assert "Traceback" not in audit.output + audit.stderr


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("id: [unclosed\n", "FW001"),
        ("- a list\n", "FW002"),
        (PREFECTURE.replace('edition: "2026"', "edition: 2026"), "FW002"),
        (PREFECTURE.replace("id: pref-test", "id: other", 1), "FW008"),
        (PREFECTURE + "previous: '2025'\n", "FW009"),
        (PREFECTURE.replace('    source: {section: "3.2"}\n', ""), "FW011"),
    ],
)
def test_every_kind_of_broken_file_has_its_code_and_never_a_traceback(project: Path, text: str, code: str) -> None:
    (project / "fw" / "pref-test@2026.yaml").write_text(text, encoding="utf-8")
    run = run_cli("frameworks", "check", "fw/pref-test@2026.yaml")
    assert f" {code} " in run.output, run.output
    assert run.exit_code == (0 if code in ("FW008", "FW011") else 2)


def test_two_user_files_with_one_edition_are_refused(project: Path) -> None:
    (project / "fw" / "pref-test.yaml").write_text(PREFECTURE, encoding="utf-8")
    run = run_cli("audit", "town.yaml", "--frameworks-dir", "fw")
    assert run.exit_code == 2
    assert "FW010" in run.stderr


def test_every_shipped_framework_file_checks_clean() -> None:
    files = sorted(str(p) for p in (ROOT / "frameworks").glob("*.yaml"))
    run = run_cli("frameworks", "check", *files)
    assert run.exit_code == 0, run.output
    assert run.output.splitlines() == [f"{len(files)} ファイルを検査: 誤り 0 件、警告 0 件"]
    directory = run_cli("frameworks", "check", str(ROOT / "frameworks"))  # a directory: its files, as --frameworks-dir reads them
    assert directory.output == run.output


# --- trust ------------------------------------------------------------------------------------------


def test_a_directory_anyone_may_write_to_is_refused(project: Path) -> None:
    (project / "fw").chmod(0o777)
    run = run_cli("audit", "town.yaml", "--frameworks-dir", "fw")
    assert run.exit_code == 2
    assert "誰でも書き込めるため使いません" in run.stderr


def test_a_file_anyone_may_write_to_is_refused(project: Path) -> None:
    path = project / "fw" / "pref-test@2026.yaml"
    path.chmod(path.stat().st_mode | stat.S_IWOTH)
    run = run_cli("audit", "town.yaml", "--frameworks-dir", "fw")
    assert run.exit_code == 2
    assert "pref-test@2026.yaml は誰でも書き込めるため使いません" in run.stderr


def test_a_link_into_a_directory_anyone_may_write_to_is_refused(project: Path) -> None:
    public = project / "public"
    public.mkdir()
    public.chmod(0o777)
    (public / "pref-test@2026.yaml").write_text(PREFECTURE, encoding="utf-8")
    (project / "fw" / "pref-test@2026.yaml").unlink()
    (project / "fw" / "pref-test@2026.yaml").symlink_to(public / "pref-test@2026.yaml")
    run = run_cli("audit", "town.yaml", "--frameworks-dir", "fw")
    assert run.exit_code == 2
    assert "誰でも書き込めるディレクトリ" in run.stderr


def test_a_directory_or_file_a_group_may_write_to_is_refused(project: Path) -> None:
    """Only "anyone may write" was checked: a directory or file its group may write to let any member of the
    group put a framework in (the second hostile review). Refused, as ssh's StrictModes refuses them."""
    (project / "fw").chmod(0o775)
    run = run_cli("audit", "town.yaml", "--frameworks-dir", "fw")
    assert run.exit_code == 2
    assert "枠組みのディレクトリ fw はグループ" in run.stderr
    assert "chmod g-w" in run.stderr
    (project / "fw").chmod(0o755)
    path = project / "fw" / "pref-test@2026.yaml"
    path.chmod(0o664)
    run = run_cli("audit", "town.yaml", "--frameworks-dir", "fw")
    assert run.exit_code == 2
    assert "fw/pref-test@2026.yaml はグループ" in run.stderr
    path.chmod(0o644)
    assert run_cli("audit", "town.yaml", "--frameworks-dir", "fw").exit_code == 1  # closed again: used


def test_a_parent_a_group_may_write_to_is_refused_up_to_the_configuration(project: Path) -> None:
    """A member of a group that may write to the directory above the frameworks directory can rename it away
    and put another in its place: the parents are checked up to the configuration file's directory (or
    the working directory), a sticky one (/tmp) excepted."""
    (project / "conf" / "fw").mkdir(parents=True)
    (project / "fw" / "pref-test@2026.yaml").rename(project / "conf" / "fw" / "pref-test@2026.yaml")
    (project / "conf" / ".dxcheck.toml").write_text('framework-paths = ["fw"]\n', encoding="utf-8")
    (project / "conf" / "town.yaml").write_text(TOWN, encoding="utf-8")
    assert run_cli("audit", "conf/town.yaml", "--format", "json").exit_code == 1
    (project / "conf").chmod(0o775)
    run = run_cli("audit", "conf/town.yaml")
    assert run.exit_code == 2
    assert "の上のディレクトリ" in run.stderr
    assert f"chmod g-w {project / 'conf'}" in run.stderr
    (project / "conf").chmod(0o1775)  # sticky: a member cannot rename what is not theirs
    assert run_cli("audit", "conf/town.yaml").exit_code == 1
    (project / "conf").chmod(0o755)
    project.chmod(0o775)  # above the configuration's directory: not its business
    assert run_cli("audit", "conf/town.yaml").exit_code == 1
    project.chmod(0o755)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="a link owned by another user needs root (lchown)")
def test_a_link_another_user_put_in_the_directory_is_not_followed(project: Path) -> None:
    mine = project / "elsewhere.yaml"
    (project / "fw" / "pref-test@2026.yaml").rename(mine)
    link = project / "fw" / "pref-test@2026.yaml"
    link.symlink_to(mine)
    os.lchown(link, 4321, 4321)
    run = run_cli("audit", "town.yaml", "--frameworks-dir", "fw")
    assert run.exit_code == 2
    assert "別の利用者（uid 4321）が置いたリンク" in run.stderr


def test_a_link_to_a_file_of_ones_own_is_followed(project: Path) -> None:
    elsewhere = project / "mine"
    elsewhere.mkdir()
    (project / "fw" / "pref-test@2026.yaml").rename(elsewhere / "pref-test@2026.yaml")
    (project / "fw" / "pref-test@2026.yaml").symlink_to(elsewhere / "pref-test@2026.yaml")
    run = run_cli("audit", "town.yaml", "--frameworks-dir", "fw", "--format", "json")
    assert "pref-test" in {f["id"] for f in json.loads(run.output)["frameworks"]}


def test_a_missing_directory_or_a_file_instead_of_one_is_said(project: Path) -> None:
    missing = run_cli("audit", "town.yaml", "--frameworks-dir", "nowhere")
    assert missing.exit_code == 2
    assert "枠組みのディレクトリがありません: nowhere" in missing.stderr
    a_file = run_cli("audit", "town.yaml", "--frameworks-dir", "town.yaml")
    assert a_file.exit_code == 2
    assert "ディレクトリを指定します" in a_file.stderr


# --- never silently out of date -----------------------------------------------------------------


def test_a_plan_after_every_encoded_edition_is_warned_in_every_format(project: Path) -> None:
    """令和8–12年度: 第2.3版 ended in FY2025, and no later edition is encoded: DX513, naming the edition
    used, that it ended, and how to add the current one."""
    said = "自治体DX推進計画（第2.3版）（dx@2.3）で監査しましたが、この版の期間は 2025（R7）年度 で終わっており"
    for output_format in ("table", "json", "sarif", "github", "junit", "markdown"):
        run = run_cli("audit", "town.yaml", "--format", output_format)
        assert "DX513" in run.output, output_format
        assert said in run.output.replace("`", ""), output_format  # Markdown: `dx@2.3` a code span (GitHub mails x@2.3)
    document = json.loads(run_cli("audit", "town.yaml", "--format", "json").output)
    (finding,) = [f for f in document["findings"] if f["code"] == "DX513"]
    assert finding["severity"] == "warning"
    assert "--frameworks-dir" in finding["suggestion_ja"]
    assert "docs/frameworks.md" in finding["suggestion_en"]
    assert not [f for f in document["findings"] if f["code"] == "DX512"]  # DX513 says more; not both


def test_a_plan_within_the_edition_gets_no_out_of_date_warning(project: Path) -> None:
    (project / "town.yaml").write_text(TOWN.replace('adopted: "2026-06"', 'adopted: "2024-06"').replace("start: 2026", "start: 2024"))
    document = json.loads(run_cli("audit", "town.yaml", "--format", "json").output)
    codes = {f["code"] for f in document["findings"]}
    assert "DX513" not in codes
    assert "DX512" in codes  # runs to FY2030, beyond FY2025: the older warning stays for a plan that began in time


def test_a_plan_adopted_after_the_edition_ended_is_warned(project: Path) -> None:
    (project / "town.yaml").write_text(TOWN.replace("period: {start: 2026, end: 2030}", "period: {note: 期間を定めない}"))
    document = json.loads(run_cli("audit", "town.yaml", "--format", "json").output)
    (finding,) = [f for f in document["findings"] if f["code"] == "DX513"]
    assert "計画の策定（2026-06）の時点" in finding["message_ja"]


def test_a_user_edition_that_covers_the_plan_ends_the_warning(project: Path) -> None:
    """The way out DX513 names: an edition in force, added by the user, is chosen by date and the warning goes."""
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=True)
    data = yaml.load((ROOT / "frameworks" / "dx@2.3.yaml").read_text(encoding="utf-8"))
    data.update(edition="9.9", date="2026-04-01", horizon=2030, previous="2.3", not_continued=[])
    data.pop("horizon_source", None)
    for item in data["items"]:
        item["continues"] = {"item": item["id"], "change": "same"}
    (project / "fw" / "dx@9.9.yaml").write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")  # JSON is YAML
    check = run_cli("frameworks", "check", "fw/dx@9.9.yaml")
    assert check.exit_code == 0, check.output
    document = json.loads(run_cli("audit", "town.yaml", "--frameworks-dir", "fw", "--format", "json").output)
    dx = next(f for f in document["frameworks"] if f["id"] == "dx")
    assert (dx["edition"], dx["selection"]["by"], dx["user_file"]) == ("9.9", "adopted", "fw/dx@9.9.yaml")
    assert "DX513" not in {f["code"] for f in document["findings"]}


def test_a_plan_declaring_an_older_edition_than_the_one_in_force_is_pointed_at_against(project: Path) -> None:
    (project / "town.yaml").write_text(
        'frameworks: {dx: "1.0"}\n'
        + TOWN.replace('adopted: "2026-06"', 'adopted: "2024-06"').replace("start: 2026, end: 2030", "start: 2023, end: 2025")
    )
    document = json.loads(run_cli("audit", "town.yaml", "--format", "json").output)
    (finding,) = [f for f in document["findings"] if f["code"] == "DX514"]
    assert finding["severity"] == "info"
    assert "dx@1.0" in finding["message_ja"]
    assert "dx@2.3" in finding["message_ja"]
    assert "--against dx@2.3" in finding["suggestion_en"]
    assert next(f for f in document["frameworks"] if f["id"] == "dx")["edition"] == "1.0"  # audited as declared
    in_force = run_cli("audit", "town.yaml", "--format", "json", "--edition", "dx=2.3")
    assert "DX514" not in {f["code"] for f in json.loads(in_force.output)["findings"]}


def _next_edition() -> str:
    """A made-up next edition of 自治体DX推進計画, as a user would write it the day it appears: it names 2.3
    as `previous`, drops テレワーク, adds one item, moves the eLTAX target, and cites its own document."""
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=True)
    data = yaml.load((ROOT / "frameworks" / "dx@2.3.yaml").read_text(encoding="utf-8"))
    data.pop("horizon_source", None)
    data.update(
        edition="9.9",
        title="自治体DX推進計画（第9.9版、テスト用の架空の版）",
        date="2026-04-01",
        horizon=2030,
        previous="2.3",
        source={"document": "自治体DX推進計画【第9.9版】（架空）", "date": "2026-04-01", "issuer": "総務省"},
        not_continued=[{"item": "telework", "fate": "dropped", "note": "架空の版で外した"}],
    )
    items = []
    for item in data["items"]:
        if item["id"] == "telework":
            continue
        item["continues"] = {"item": item["id"], "change": "same"}
        item["source"] = {"section": item["source"]["section"]}  # the edition's own document, by default
        if item["id"] == "eltax":
            item["target"] = {"fiscal_year": 2027, "text": "2027年度末までに開始", "text_en": "start by FY2027"}
        items.append(item)
    items.append(
        {
            "id": "generative-ai",
            "title": "生成AIの活用",
            "title_en": "Generative AI",
            "group": "priority",
            "source": {"section": "3.1(8)"},
            "vocabulary": {"signals": ["生成AI"]},
        }
    )
    data["items"] = items
    return json.dumps(data, ensure_ascii=False, indent=2)  # JSON is YAML


def test_a_users_new_edition_is_listed_with_its_date_and_source_and_diffed_against_the_shipped_ones(project: Path) -> None:
    """The day a revision appears, a user adds it: `dxcheck frameworks` lists it with its date and the
    document it encodes (and the file), and `frameworks diff` says what changed, from 2.3 and from 1.0
    (through 2.3: 1.0's 行政手続のオンライン化 is carried to フロントヤード改革, テレワーク dropped only now)."""
    (project / "fw" / "dx@9.9.yaml").write_text(_next_edition(), encoding="utf-8")
    assert run_cli("frameworks", "check", "fw/dx@9.9.yaml").exit_code == 0
    listed = json.loads(run_cli("frameworks", "--frameworks-dir", "fw", "--format", "json").output)
    new = next(f for f in listed["frameworks"] if f["ref"] == "dx@9.9")
    assert (new["date"], new["source"]["document"], new["user_file"]) == (
        "2026-04-01",
        "自治体DX推進計画【第9.9版】（架空）",
        "fw/dx@9.9.yaml",
    )
    table = run_cli("frameworks", "--frameworks-dir", "fw", env={"COLUMNS": "200"}).output
    row = next(line for line in table.splitlines() if "9.9" in line)
    assert "2026-04-01" in table[table.index(row) :]
    assert "出典: 自治体DX推進計画【第9.9版】（架空）" in table
    assert "利用者の枠組みファイル fw/dx@9.9.yaml" in table

    def changes(old: str) -> dict[tuple[str | None, str | None], dict[str, object]]:
        run = run_cli("frameworks", "diff", old, "dx@9.9", "--frameworks-dir", "fw", "--format", "json")
        assert run.exit_code == 0, run.stderr
        return {(c["old"], c["new"]): c for c in json.loads(run.output)["changes"]}

    from_2_3 = changes("dx@2.3")
    assert from_2_3[("dx@2.3/telework", None)]["change"] == "dropped"
    assert from_2_3[(None, "dx@9.9/generative-ai")]["change"] == "new"
    assert from_2_3[("dx@2.3/eltax", "dx@9.9/eltax")]["target_changed"] is True
    assert {c["change"] for k, c in from_2_3.items() if k not in {("dx@2.3/telework", None), (None, "dx@9.9/generative-ai")}} == {"same"}
    from_1_0 = changes("dx@1.0")
    assert from_1_0[("dx@1.0/online", "dx@9.9/frontyard")]["change"] == "broadened"
    assert from_1_0[("dx@1.0/telework", None)]["change"] == "dropped"
    assert from_1_0[("dx@1.0/divide", None)]["change"] == "unknown"  # 2.3's §3.2 not read: never dropped silently
    assert from_1_0[(None, "dx@9.9/eltax")]["change"] == "new"
    assert "dx@1.0 → dx@9.9" in run_cli("frameworks", "diff", "dx@1.0", "dx@9.9", "--frameworks-dir", "fw").output
    without = run_cli("frameworks", "diff", "dx@1.0", "dx@9.9")
    assert without.exit_code == 2  # not shipped: only with the user's directory
    assert "Traceback" not in without.output + without.stderr


def test_an_edition_added_between_two_shipped_ones_must_be_the_previous_of_the_later_one(project: Path) -> None:
    """第2.0版 (2022-09-02), once a user can source it, sits between the shipped 1.0 and 2.3. 2.3's
    `continues` name 1.0's items, so the chain 1.0 → 2.0 → 2.3 would be read with the wrong items: FW009,
    at the user's file, with the way out (a file replacing 2.3 that names 2.0 as its previous)."""
    from ruamel.yaml import YAML

    data = YAML(typ="safe", pure=True).load((ROOT / "frameworks" / "dx@1.0.yaml").read_text(encoding="utf-8"))
    data.update(edition="2.0", date="2022-09-02", previous="1.0", not_continued=[])
    for item in data["items"]:
        item["continues"] = {"item": item["id"], "change": "same"}
    (project / "fw" / "dx@2.0.yaml").write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    alone = run_cli("frameworks", "check", "fw/dx@2.0.yaml")
    assert alone.exit_code == 2
    assert "fw/dx@2.0.yaml: FW009 エラー" in alone.output
    # in Japanese, as every other message (it was the English sentence after 「版どうしの整合:」)
    assert (
        '版どうしの整合: dx@2.3: 前の版 1.0 は直前の版ではありません（間に 2.0 があります）。dx@2.3 を置き換えるファイルで previous: "2.0"'
        in alone.output
    )
    english = run_cli("frameworks", "check", "fw/dx@2.0.yaml", "--lang", "en")
    assert 'dx@2.3: previous edition 1.0 is not the one before it (2.0); give dx@2.3 previous: "2.0"' in english.output
    assert run_cli("audit", "town.yaml", "--frameworks-dir", "fw").exit_code == 2
    shipped = (ROOT / "frameworks" / "dx@2.3.yaml").read_text(encoding="utf-8")
    (project / "fw" / "dx@2.3.yaml").write_text(shipped.replace('\nprevious: "1.0"', '\nprevious: "2.0"', 1), encoding="utf-8")
    both = run_cli("frameworks", "check", "fw/dx@2.0.yaml", "fw/dx@2.3.yaml")
    assert both.exit_code == 0, both.output
    diff = json.loads(run_cli("frameworks", "diff", "dx@1.0", "dx@2.3", "--frameworks-dir", "fw", "--format", "json").output)
    changes = {(c["old"], c["new"]): c["change"] for c in diff["changes"]}
    assert changes[("dx@1.0/online", "dx@2.3/frontyard")] == "broadened"  # through 2.0, where it is the same
    assert changes[("dx@1.0/divide", None)] == "unknown"
    plan = json.loads(run_cli("audit", "town.yaml", "--frameworks-dir", "fw", "--format", "json").output)  # adopted 2026-06
    dx = next(f for f in plan["frameworks"] if f["id"] == "dx")
    assert (dx["edition"], dx["user_file"], dx["replaces_shipped"]) == ("2.3", "fw/dx@2.3.yaml", True)


# --- the worked example of docs/frameworks.md ------------------------------------------------------


def _example() -> tuple[dict[str, str], list[tuple[list[str], int, list[str]]]]:
    """The section's files (a yaml block whose first line is `# PATH`) and commands (a console block:
    `$ dxcheck …   # exit N`, then lines the output must hold)."""
    text = DOCS.read_text(encoding="utf-8")
    section = text[text.index(SECTION) :]
    section = section[: section.index("\n## ", 1)]
    files: dict[str, str] = {}
    commands: list[tuple[list[str], int, list[str]]] = []
    for kind, body in re.findall(r"```(yaml|console)\n(.*?)```", section, flags=re.S):
        if kind == "yaml":
            first, _, rest = body.partition("\n")
            if first.startswith("# "):
                files[first[2:].strip()] = rest
            continue
        for line in body.splitlines():
            if line.startswith("$ "):
                command, _, comment = line[2:].partition("#")
                exit_code = int(comment.split("exit")[1]) if "exit" in comment else 0
                commands.append((shlex.split(command)[1:], exit_code, []))
            elif commands:
                commands[-1][2].append(line)
    return files, commands


def test_the_worked_example_of_the_docs_runs_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files, commands = _example()
    assert set(files) == {"kakuu/pref-kakuu@2026.yaml", "kakuu-town.yaml", "broken/pref-kakuu@2026.yaml"}
    assert len(commands) >= 5
    for name, body in files.items():
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(body, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for arguments, exit_code, expected in commands:
        run = run_cli(*arguments)
        assert run.exit_code == exit_code, (arguments, run.output, run.stderr)
        for line in expected:
            assert line in run.output + run.stderr, (arguments, line, run.output + run.stderr)


UNDATED = """\
version: 1
municipality: {name: 試験村, prefecture: 試験県}
plan:
  title: 試験村DX推進計画
policies:
  - id: P1
    title: 重点取組事項
    measures:
      - {id: M1, title: 自治体の情報システムの標準化・共通化}
      - {id: M2, title: マイナンバーカードの普及促進}
      - {id: M3, title: 行政手続のオンライン化}
      - {id: M4, title: 自治体のAI・RPAの利用推進}
      - {id: M5, title: テレワークの推進}
      - {id: M6, title: セキュリティ対策の徹底}
"""


@pytest.mark.parametrize(
    ("extra", "edition", "by"),
    [
        ("", "1.0", "items"),  # the six 重点取組事項 of 第1.0版, no date: 1.0, and why
        ("      - {id: M7, title: フロントヤード改革}\n      - {id: M8, title: 公金収納における eLTAX の活用}\n", "2.3", "items"),
    ],
)
def test_an_undated_plan_naming_an_editions_items_is_audited_with_that_edition(project: Path, extra: str, edition: str, by: str) -> None:
    (project / "undated.yaml").write_text(UNDATED + extra, encoding="utf-8")
    document = json.loads(run_cli("audit", "undated.yaml", "--format", "json").output)
    dx = next(f for f in document["frameworks"] if f["id"] == "dx")
    assert (dx["edition"], dx["selection"]["by"]) == (edition, by)
    table = run_cli("audit", "undated.yaml").output
    assert f"本文がこの版の主な項目 {6 if edition == '1.0' else 7} 件をすべて挙げているため" in table


def test_an_undated_plan_naming_only_some_items_gets_the_newest_edition(project: Path) -> None:
    (project / "undated.yaml").write_text(UNDATED.replace("      - {id: M6, title: セキュリティ対策の徹底}\n", ""), encoding="utf-8")
    dx = next(f for f in json.loads(run_cli("audit", "undated.yaml", "--format", "json").output)["frameworks"] if f["id"] == "dx")
    assert (dx["edition"], dx["selection"]["by"]) == ("2.3", "latest")


def test_a_comparison_names_the_user_framework_once(project: Path) -> None:
    (project / "village.yaml").write_text(TOWN.replace("試験町", "試験村"), encoding="utf-8")
    for output_format in ("table", "markdown", "html"):
        run = run_cli("compare", "town.yaml", "village.yaml", "--frameworks-dir", "fw", "--format", output_format)
        assert "fw/pref-test@2026.yaml" in run.output, output_format
    table = run_cli("compare", "town.yaml", "village.yaml", "--frameworks-dir", "fw").output
    assert table.count("利用者の枠組み: pref-test@2026 — 利用者の枠組みファイル fw/pref-test@2026.yaml から") == 1


def test_a_pipe_among_the_framework_files_is_refused_without_waiting(project: Path) -> None:
    os.mkfifo(project / "fw" / "pipe.yaml")
    run = run_cli("audit", "town.yaml", "--frameworks-dir", "fw")
    assert run.exit_code == 2
    assert "pipe.yaml" in run.stderr
    assert "FW001" in run.stderr


def test_a_replacement_that_makes_required_items_optional_is_a_warning(tmp_path: Path) -> None:
    """A file that replaces dx@1.0 with every item optional passed 上里町 with no more than DX505's info line
    (found by a hostile try): the lowered bar is a warning that names the items."""
    import json

    from conftest import ROOT, run_cli

    folder = tmp_path / "fw"
    folder.mkdir()
    shipped = (ROOT / "frameworks" / "dx@1.0.yaml").read_text(encoding="utf-8")
    (folder / "dx@1.0.yaml").write_text(shipped.replace("    required: true", "    required: false"), encoding="utf-8")
    run = run_cli("audit", str(ROOT / "plans" / "kamisato.yaml"), "--frameworks-dir", str(folder), "--format", "json")
    findings = {f["code"]: f for f in json.loads(run.output)["findings"]}
    assert findings["DX506"]["severity"] == "warning"
    assert "telework" in findings["DX506"]["message_ja"]


def test_a_new_edition_that_requires_less_than_the_shipped_one_before_it_is_a_warning(project: Path) -> None:
    """A hostile try added dx@2.4, every item optional and dated after 2.3: chosen for every plan adopted after
    its date, it passed a plan missing ten required items with no more than DX505's notice, and the score line
    said the plan had exempted them. DX506 names the items the shipped edition before it requires; the score
    line says the framework requires nothing. dx@9.9, which drops テレワーク as a revision may, names that one."""
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=True)
    data = yaml.load(_next_edition())
    data.update(edition="2.4", date="2024-03-01", not_continued=[])
    for item in data["items"]:
        item["required"] = False
    for group in data["groups"]:
        group["required"] = False
    data["items"].append({**data["items"][0], "id": "telework", "continues": {"item": "telework", "change": "same"}})
    (project / "fw" / "dx@2.4.yaml").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    plan = project / "late.yaml"
    plan.write_text(
        "version: 1\nmunicipality: {name: 恵庭市, prefecture: 北海道, code: '012319'}\n"
        "plan: {title: 計画, adopted: '2024-06', period: {start: 2024, end: 2026}}\n"
        "policies:\n- id: '1'\n  title: 方針\n  measures:\n  - id: 1-1\n    title: 官民データ\n"
        "    addresses: [kanmin/online, kanmin/opendata, kanmin/mynumber, kanmin/divide, kanmin/bpr]\n",
        encoding="utf-8",
    )
    assert run_cli("audit", str(plan)).exit_code == 1  # the shipped 2.3: ten required items missing
    run = run_cli("audit", str(plan), "--frameworks-dir", "fw", "--format", "json")
    findings = {f["code"]: f for f in json.loads(run.output)["findings"]}
    assert "DX506" in findings, run.output
    shipped = json.loads(run_cli("frameworks", "--format", "json").output)["frameworks"]
    required_2_3 = [i["id"] for f in shipped if f["ref"] == "dx@2.3" for i in f["items"] if i["required"]]
    assert findings["DX506"]["message_ja"].startswith(
        f"fw/dx@2.4.yaml の dx@2.4 は、その前の収録版 dx@2.3 の必須項目 {len(required_2_3)} 件（"
    )
    assert "dx@2.3" in findings["DX506"]["message_en"]
    line = run_cli("audit", str(plan), "--frameworks-dir", "fw", "--summary").output  # what a CI log shows
    assert "合格" in line
    # the verdict says it last; a plan that fails then names the command that shows why, with the option it needs
    assert line.rstrip().endswith(
        f"。利用者の枠組みファイルで基準が下がっています（dx@2.4: DX506）。詳しくは dxcheck audit {plan} --frameworks-dir fw"
    ), line
    ignored = run_cli("audit", str(plan), "--frameworks-dir", "fw", "--summary", "--ignore", "DX506").output
    said, _, command = ignored.partition("。詳しくは ")
    assert "DX506" not in said
    assert command.rstrip() == f"dxcheck audit {plan} --ignore DX506 --frameworks-dir fw"
    summary = run_cli("audit", str(plan), "--frameworks-dir", "fw", "--format", "markdown").output
    assert "dxに必須項目がありません" in summary
    assert "すべて除外" not in summary
    (project / "fw" / "dx@2.4.yaml").unlink()
    (project / "fw" / "dx@9.9.yaml").write_text(_next_edition(), encoding="utf-8")
    dropped = run_cli("audit", str(plan), "--frameworks-dir", "fw", "--edition", "dx=9.9", "--format", "json")
    lowered = [f for f in json.loads(dropped.output)["findings"] if f["code"] == "DX506"]
    assert [f["message_en"].split("(")[-1] for f in lowered] == ["telework): the bar is lower by that much"]


def test_a_replacement_that_widens_the_words_of_a_required_item_is_a_warning_and_said_in_the_verdict(tmp_path: Path) -> None:
    """A hostile try added the one-character signal 「市」 to dx/standardization in a copy of dx@1.0: 富良野市, which
    misses that item, passed, and only DX505's notice named the file. DX515 names the item; the verdict line, which
    a CI log shows, says the bar was lowered by a user's file; a copy that only narrows (drops a signal) is not flagged."""
    folder = tmp_path / "fw"
    folder.mkdir()
    shipped = (ROOT / "frameworks" / "dx@1.0.yaml").read_text(encoding="utf-8")
    assert "      signals:\n        - 標準化・共通化" in shipped
    (folder / "dx@1.0.yaml").write_text(
        shipped.replace("      signals:\n        - 標準化・共通化", "      signals:\n        - 市\n        - 標準化・共通化", 1),
        encoding="utf-8",
    )
    furano = str(ROOT / "plans" / "furano.yaml")
    assert run_cli("audit", furano, "--summary").exit_code == 1
    widened = run_cli("audit", furano, "--frameworks-dir", str(folder), "--format", "json")
    findings = {f["code"]: f for f in json.loads(widened.output)["findings"]}
    assert findings["DX515"]["severity"] == "warning"
    assert "必須項目 1 件（standardization）を示す語を広げています" in findings["DX515"]["message_ja"]
    assert "DX506" not in findings
    line = run_cli("audit", furano, "--frameworks-dir", str(folder), "--summary").output
    assert line.rstrip().endswith("利用者の枠組みファイルで基準が下がっています（dx@1.0: DX515）"), line
    junit = run_cli("audit", furano, "--frameworks-dir", str(folder), "--format", "junit").output  # said in JUnit too
    assert "DX515" in junit
    (folder / "dx@1.0.yaml").write_text(
        shipped.replace("      signals:\n        - 標準化・共通化\n", "      signals:\n", 1), encoding="utf-8"
    )
    narrowed = run_cli("audit", furano, "--frameworks-dir", str(folder), "--format", "json")
    assert {"DX505"} == {f["code"] for f in json.loads(narrowed.output)["findings"]} & {"DX505", "DX506", "DX515"}


def test_a_frameworks_directory_is_read_as_a_directory_of_plans_is(project: Path) -> None:
    """A hostile try: dx@1.0.YML was passed over in silence and a hidden .dx@1.0.yaml was loaded. Framework files
    are *.yaml and *.yml in any case, not hidden, as plans in a directory are."""
    (project / "fw" / "pref-test@2026.yaml").rename(project / "fw" / "pref-test@2026.YML")
    listed = json.loads(run_cli("frameworks", "--frameworks-dir", "fw", "--format", "json").output)
    assert "pref-test@2026" in [f["ref"] for f in listed["frameworks"]]
    (project / "fw" / "pref-test@2026.YML").rename(project / "fw" / ".pref-test@2026.yaml")
    hidden = json.loads(run_cli("frameworks", "--frameworks-dir", "fw", "--format", "json").output)
    assert "pref-test@2026" not in [f["ref"] for f in hidden["frameworks"]]


def test_a_new_edition_that_widens_the_words_of_an_item_the_shipped_one_requires_is_a_warning(project: Path) -> None:
    """A second hostile try put the signal 「市」 for 標準化 into a new dx@2.4 (not a replacement): no check compared a new
    edition's words with the shipped edition before it. DX515 does, item by the item that continues it."""
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=True)
    data = yaml.load(_next_edition())
    data.update(edition="2.4", date="2024-03-01", not_continued=[])
    telework = next(
        i for i in yaml.load((ROOT / "frameworks" / "dx@2.3.yaml").read_text(encoding="utf-8"))["items"] if i["id"] == "telework"
    )
    data["items"].append({**telework, "continues": {"item": "telework", "change": "same"}, "source": {"section": "3.1(7)"}})
    standardization = next(i for i in data["items"] if i["id"] == "standardization")
    standardization["vocabulary"]["signals"] = ["市", *standardization["vocabulary"]["signals"]]
    (project / "fw" / "dx@2.4.yaml").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    run = run_cli("audit", str(ROOT / "plans" / "furano.yaml"), "--frameworks-dir", "fw", "--edition", "dx=2.4", "--format", "json")
    widened = [f for f in json.loads(run.output)["findings"] if f["code"] == "DX515"]
    assert [f["message_ja"] for f in widened] == [
        "fw/dx@2.4.yaml は dx@2.4 の必須項目 1 件（standardization）を示す語を広げています（語の追加、数えない言い回し・意味の見分けの削除）"
    ], run.output[:2000]
