"""Machine formats checked by their real consumers: the SARIF multitool, junitparser, JSON Schema."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from junitparser import Failure, JUnitXml, Skipped

from conftest import EXAMPLE_PLANS, MINIMAL_PLAN, NODE_DIR, ROOT, WritePlan, npm_tool, run_cli
from dxcheck.model.rules import BY_CODE


@pytest.fixture(scope="session")
def sarif_multitool() -> Path:
    """Microsoft's SARIF multitool from npm."""
    binary = npm_tool("@microsoft/sarif-multitool@5", "sarif-multitool", "the SARIF multitool")
    # npm 11 does not run the package's postinstall (chmod u+x); do it here.
    for executable in (NODE_DIR / "node_modules" / "@microsoft").glob("sarif-multitool-*/Sarif.Multitool"):
        executable.chmod(0o755)
    return binary


def _multitool_results(multitool: Path, sarif: Path) -> list[dict[str, Any]]:
    report = sarif.with_suffix(".validation.sarif")
    done = subprocess.run([str(multitool), "validate", str(sarif), "-o", str(report)], capture_output=True, text=True, check=False)
    assert report.exists(), done.stdout + done.stderr
    results: list[dict[str, Any]] = json.loads(report.read_text(encoding="utf-8-sig"))["runs"][0]["results"]
    return results


@pytest.mark.parametrize("command", ["lint", "audit"])
def test_sarif_of_every_example_plan_passes_the_multitool(command: str, sarif_multitool: Path, tmp_path: Path) -> None:
    for plan in EXAMPLE_PLANS:
        out = tmp_path / f"{plan.stem}.{command}.sarif"
        run = run_cli(command, str(plan), "--format", "sarif", "--output", str(out))
        assert run.exit_code in (0, 1)
        results = _multitool_results(sarif_multitool, out)
        errors = [r for r in results if r.get("level") == "error"]
        assert errors == [], errors
        # The one remaining warning asks for the tool's informationUri: dxcheck has no public URL yet.
        assert {r["ruleId"] for r in results} <= {"SARIF2005"}


def test_sarif_carries_rules_levels_and_regions(write_plan: WritePlan) -> None:
    path = write_plan(MINIMAL_PLAN.replace("[dx/telework]", "[dx/telwork]"))
    log = json.loads(run_cli("lint", str(path), "--format", "sarif").output)
    assert log["version"] == "2.1.0"
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "dxcheck"
    assert driver["version"]
    assert [r["id"] for r in driver["rules"]] == list(BY_CODE)
    rule = driver["rules"][[r["id"] for r in driver["rules"]].index("DX301")]
    assert rule["shortDescription"]["text"]
    assert rule["fullDescription"]["text"]
    assert rule["help"]["text"]
    (result,) = log["runs"][0]["results"]
    assert result["ruleId"] == "DX301"
    assert result["level"] == "error"
    assert result["locations"][0]["physicalLocation"]["region"] == {"startLine": 17, "startColumn": 21}
    assert log["runs"][0]["columnKind"] == "unicodeCodePoints"


def test_junit_lint_one_case_per_file(tmp_path: Path, write_plan: WritePlan) -> None:
    bad = write_plan(MINIMAL_PLAN.replace("R7", "R3"), "bad.yaml")
    out = tmp_path / "lint.xml"
    run = run_cli("lint", *map(str, EXAMPLE_PLANS), str(bad), "--format", "junit", "-o", str(out))
    assert run.exit_code == 1
    xml = JUnitXml.fromfile(str(out))
    cases = [case for suite in xml for case in suite]
    assert len(cases) == len(EXAMPLE_PLANS) + 1
    failed = [case for case in cases if any(isinstance(r, Failure) for r in case.result)]
    assert [case.name for case in failed] == [str(bad)]
    assert "DX203" in failed[0].result[0].message


def test_junit_audit_one_case_per_item(tmp_path: Path) -> None:
    plan = ROOT / "plans" / "kamisato.yaml"
    out = tmp_path / "audit.xml"
    run_cli("audit", str(plan), "--format", "junit", "-o", str(out))
    xml = JUnitXml.fromfile(str(out))
    (suite,) = list(xml)
    cases = list(suite)
    assert len(cases) == 1 + 5 + 11 + 53  # the plan file, then every item of kanmin, dx and procedures
    failed = {case.name.split()[0] for case in cases if any(isinstance(r, Failure) for r in case.result)}
    # 上里町 misses dx/ai-rpa and dx/telework, and says nothing about the 53 procedures: 記載なし, skipped
    # (not counted by the default bar) — the failures are what fails the job, and only that.
    assert failed == {"dx/ai-rpa", "dx/telework"}
    assert suite.failures == 2
    unstated = [case for case in cases if any(isinstance(r, Skipped) for r in case.result)]
    assert len(unstated) == 53
    assert all(r.message.startswith("記載なし") for case in unstated for r in case.result if isinstance(r, Skipped))
    # --require-procedures counts them: the 53 cases fail too, and the job with them.
    required = tmp_path / "required.xml"
    assert run_cli("audit", str(plan), "--require-procedures", "--format", "junit", "-o", str(required)).exit_code == 1
    (suite,) = list(JUnitXml.fromfile(str(required)))
    assert suite.failures == 2 + 53
    exempt = write_exempt(tmp_path)
    xml = JUnitXml.fromfile(str(exempt))
    skipped = [case for suite in xml for case in suite if any(isinstance(r, Skipped) for r in case.result)]
    assert [case.name.split()[0] for case in skipped if not case.name.startswith("procedures/")] == ["dx/community"]


@pytest.mark.parametrize(("minimum", "fails"), [("95", True), ("70", False), (None, None)])
def test_junit_audit_has_a_case_for_the_minimum_score(minimum: str | None, fails: bool | None, tmp_path: Path) -> None:
    # 芦別市 scores 90 and passes every item: with --min-score 95 the exit code is 1, and the report
    # a CI server shows must say why, or the build is red with every case green.
    out = tmp_path / "audit.xml"
    options = ["--min-score", minimum] if minimum else []
    run = run_cli("audit", str(ROOT / "plans" / "ashibetsu.yaml"), *options, "--format", "junit", "-o", str(out))
    assert run.exit_code == (1 if fails else 0)
    (suite,) = list(JUnitXml.fromfile(str(out)))
    scores = [case for case in suite if case.classname == "dxcheck.score"]
    if minimum is None:
        assert scores == []
        return
    (case,) = scores
    assert any(isinstance(r, Failure) for r in case.result) == fails
    assert suite.failures == (1 if fails else 0)


def write_exempt(tmp_path: Path) -> Path:
    plan = tmp_path / "exempt.yaml"
    plan.write_text(MINIMAL_PLAN + "exemptions:\n  - item: dx/community\n    reason: 光ファイバは整備済み\n", encoding="utf-8")
    out = tmp_path / "exempt.xml"
    run_cli("audit", str(plan), "--format", "junit", "-o", str(out))
    return out


def test_github_workflow_commands(write_plan: WritePlan) -> None:
    path = write_plan(MINIMAL_PLAN.replace("[dx/telework]", "[dx/telwork]") + "procedures:\n  p20: {status: planned}\n")
    lines = run_cli("lint", str(path), "--format", "github", "--lang", "en").output.splitlines()
    assert lines.pop(0) == "::notice title=dxcheck::no configuration file: the defaults and the options"  # tests/test_trust_config.py
    assert lines[0] == (
        f"::error file={path},line=17,col=21,title=DX301::DX301 unknown item 'dx/telwork' (did you mean 'dx/telework'?). "
        + BY_CODE["DX301"].help_en  # what to do: the rule's help
    )
    assert lines[1].startswith(f"::warning file={path},line=19,col=17,title=DX404::")
    audit_lines = run_cli("audit", str(path), "--format", "github").output.splitlines()
    assert any(line.startswith("::notice ") for line in audit_lines) or all(
        line.startswith(("::error", "::warning")) for line in audit_lines
    )


def test_github_escapes_newlines_and_percent() -> None:
    from dxcheck.model.findings import FindingOut, Location
    from dxcheck.report import github

    finding = FindingOut(
        code="DX1",
        severity="info",
        message_ja="100% sure\nnext",
        message_en="",
        location=Location(file="a,b:c.yaml", line=1, column=2),
    )
    assert github.render([("a", [finding])], "ja") == "::notice file=a%2Cb%3Ac.yaml,line=1,col=2,title=DX1::DX1 100%25 sure%0Anext\n"


@pytest.mark.parametrize(("command", "schema"), [("lint", "lint"), ("audit", "audit")])
def test_json_validates_against_its_schema(command: str, schema: str) -> None:
    validator = jsonschema.Draft202012Validator(json.loads((ROOT / "schemas" / f"{schema}.schema.json").read_text(encoding="utf-8")))
    for plan in EXAMPLE_PLANS:
        validator.validate(json.loads(run_cli(command, str(plan), "--format", "json").output))
    several = json.loads(run_cli("audit", *map(str, EXAMPLE_PLANS), "--format", "json", "--full").output)
    jsonschema.Draft202012Validator(json.loads((ROOT / "schemas" / "audits.schema.json").read_text(encoding="utf-8"))).validate(several)
    assert len(several["audits"]) == 4


def test_output_file_equals_stdout(tmp_path: Path) -> None:
    plan = str(EXAMPLE_PLANS[0])
    for fmt in ("json", "sarif", "junit", "github"):
        out = tmp_path / f"out.{fmt}"
        run_cli("audit", plan, "--format", fmt, "-o", str(out))
        assert out.read_text(encoding="utf-8") == run_cli("audit", plan, "--format", fmt).output
    table = tmp_path / "table.txt"
    run_cli("audit", plan, "-o", str(table))
    assert "\x1b[" not in table.read_text(encoding="utf-8")
    assert "総合" in table.read_text(encoding="utf-8")


def test_github_folds_repeated_findings_as_the_terminal_does(write_plan: WritePlan) -> None:
    """Issue 28, item 17: 19 procedures planned without a year are one thing to fix; GitHub shows about
    ten annotations of a kind a step, so they are one annotation with the count and the lines."""
    procedures = "".join(f"  p{n:02d}: {{status: planned}}\n" for n in range(1, 20))
    path = write_plan(MINIMAL_PLAN + "procedures:\n" + procedures)
    for command in ("lint", "audit"):
        lines = run_cli(command, str(path), "--format", "github").output.splitlines()
        dx404 = [line for line in lines if "title=DX404::" in line]
        assert len(dx404) == 1, command
        assert dx404[0].endswith("（ほか同様に 18 件、20〜37 行。一つずつ見るには --format なしで --verbose）。" + BY_CODE["DX404"].help_ja)
        terminal = run_cli(command, str(path)).output
        assert "DX404 警告 ほか同様に 18 件（20〜37 行）" in terminal
    english = run_cli("lint", str(path), "--format", "github", "--lang", "en").output
    assert "(and 18 more like it, lines 20–37; without --format, --verbose lists each)" in english
    # a rule that says something of its own each time is never folded
    unknown = write_plan(MINIMAL_PLAN.replace("[dx/telework]", "[dx/a, dx/b, dx/c, dx/d, dx/e]"), "unknown.yaml")
    lines = run_cli("lint", str(unknown), "--format", "github").output.splitlines()
    assert sum("title=DX301::" in line for line in lines) == 5


def test_github_annotations_end_with_what_to_do_and_the_verdict_with_the_command_that_shows_why(tmp_path: Path) -> None:
    """A new user's CI walkthrough: on the pull request, DX501 said 「「dx/ai-rpa」… に取り組む施策がありません」 and no more,
    and the closing ::error gave the reason with no way to the detail, while the remedy was in `dxcheck rules DX501`,
    the SARIF rule help and the terminal. Each annotation now ends with the rule's help and, for an item, the
    `dxcheck explain` of it; the verdict with the command that shows the whole report."""
    plan = tmp_path / "plans" / "kamisato.yaml"
    plan.parent.mkdir()
    plan.write_text((ROOT / "plans" / "kamisato.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    lines = run_cli("audit", str(plan), "--format", "github").output.splitlines()
    missing = next(line for line in lines if "title=DX501::" in line and "dx/ai-rpa" in line)
    assert missing.endswith(
        "「dx/ai-rpa」自治体のAI・RPAの利用推進 に取り組む施策がありません。"
        + BY_CODE["DX501"].help_ja  # 「この項目に取り組む施策を加えるか、取り組まない理由を exemptions に書いてください。…」
        + f"詳しくは dxcheck explain dx/ai-rpa {plan}"
    ), missing
    partial = next(line for line in lines if "title=DX502::" in line)
    assert partial.endswith(BY_CODE["DX502"].help_ja + f"詳しくは dxcheck explain dx/standardization {plan}"), partial
    period = next(line for line in lines if "title=DX511::" in line)  # not about an item: the help alone
    assert period.endswith(BY_CODE["DX511"].help_ja)
    assert lines[-1] == (
        f"::error file={plan},title=dxcheck audit::不合格: 必須項目が 2 件ありません（dx/ai-rpa 自治体のAI・RPAの利用推進、"
        f"dx/telework テレワークの推進）。優先手続 53 件は記載なし（合否に数えません）。詳しくは dxcheck audit {plan}"
    )
    english = run_cli("audit", str(plan), "--format", "github", "--lang", "en", "--min-score", "90").output.splitlines()
    assert next(line for line in english if "title=DX501::" in line and "dx/ai-rpa" in line).endswith(
        f"). {BY_CODE['DX501'].help_en} Details: dxcheck explain dx/ai-rpa {plan} --lang en"  # the options explain takes
    )
    # the command repeats the options given that decide what is said (the bar, the language), not the format
    assert english[-1].endswith(f"(not counted). Details: dxcheck audit {plan} --min-score 90 --lang en"), english[-1]

    # the line per plan of --summary and --quiet (what the pre-commit hook prints) names the command too, with the bar
    summary = run_cli("audit", str(plan), "--summary", "--min-score", "60", env={"COLUMNS": "400"})
    assert summary.exit_code == 1
    assert summary.output.rstrip().endswith(f"（合否に数えません）。詳しくは dxcheck audit {plan} --min-score 60"), summary.output
    quiet = run_cli("audit", str(plan), "--quiet", "--fail-on", "partial", env={"COLUMNS": "400"})
    assert quiet.output.rstrip().endswith(f"詳しくは dxcheck audit {plan} --fail-on partial"), quiet.output
    passing = run_cli("audit", str(ROOT / "plans" / "eniwa.yaml"), "--summary", env={"COLUMNS": "400"})
    assert passing.exit_code == 0
    assert "詳しく" not in passing.output  # a plan that passes needs no pointer

    # a plan read from standard input is `-` in the commands, not its shown name 「<stdin>」
    from typer.testing import CliRunner

    from dxcheck.cli import app

    piped = CliRunner().invoke(app, ["audit", "-", "--format", "github"], input=plan.read_bytes()).stdout.splitlines()
    assert any(line.endswith("詳しくは dxcheck explain dx/ai-rpa -") for line in piped), piped
    assert piped[-1].endswith("。詳しくは dxcheck audit -"), piped[-1]


def test_sarif_with_the_min_score_gate_passes_the_multitool(sarif_multitool: Path, tmp_path: Path) -> None:
    """DX507's result (an error below the bar, kind "pass" above it) is valid SARIF too."""
    plan = str(EXAMPLE_PLANS[0])
    for bar in ("99", "1"):
        out = tmp_path / f"gate-{bar}.sarif"
        run_cli("audit", plan, "--format", "sarif", "--min-score", bar, "--output", str(out))
        assert "DX507" in {r["ruleId"] for r in json.loads(out.read_text(encoding="utf-8"))["runs"][0]["results"]}
        results = _multitool_results(sarif_multitool, out)
        assert {r["ruleId"] for r in results} <= {"SARIF2005"}, results


def test_a_plan_that_cannot_be_audited_is_an_error_in_every_ci_format(sarif_multitool: Path, tmp_path: Path) -> None:
    """A new user's broken plan failed the job (exit 1) with no error where CI looks: `-o x.sarif` and `-o x.xml`
    wrote no file (the upload step failed on a missing file), `--format github` had no ::error for it, and JSON
    printed nothing. Each now carries the read error; the SARIF passes the multitool; JSON keeps its schema."""
    broken = tmp_path / "broken.yaml"
    broken.write_text('version: 1\nmunicipality:\n  name: "恵庭市\n  code: x\n', encoding="utf-8")
    sarif = tmp_path / "x.sarif"
    run = run_cli("audit", str(broken), "--format", "sarif", "-o", str(sarif))
    assert run.exit_code == 1
    results = json.loads(sarif.read_text(encoding="utf-8"))["runs"][0]["results"]
    assert [(r["ruleId"], r["level"], r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in results] == [
        ("DX003", "error", 3)
    ]
    assert {r["ruleId"] for r in _multitool_results(sarif_multitool, sarif)} <= {"SARIF2005"}
    xml = tmp_path / "x.xml"
    assert run_cli("audit", str(broken), "--format", "junit", "-o", str(xml)).exit_code == 1
    suites = list(JUnitXml.fromfile(str(xml)))
    assert [(s.name, s.tests, s.failures) for s in suites] == [(str(broken), 1, 1)]
    failure = next(iter(suites[0])).result[0]
    assert isinstance(failure, Failure)
    assert failure.type == "DX003"
    github = run_cli("audit", str(EXAMPLE_PLANS[0]), str(broken), "--format", "github")
    assert f"::error file={broken},line=3,col=9,title=DX003::DX003 YAML の構文誤り" in github.output
    assert f"::error file={broken},title=dxcheck audit::監査できません" in github.output
    alone = json.loads(run_cli("audit", str(broken), "--format", "json").output)
    jsonschema.Draft202012Validator(json.loads((ROOT / "schemas" / "compare.schema.json").read_text(encoding="utf-8"))).validate(alone)
    assert [(p["file"], p["findings"][0]["code"]) for p in alone["not_compared"]] == [(str(broken), "DX003")]
    assert alone["towns"] == []
    assert run_cli("audit", str(broken)).output == ""  # the terminal's report: the error is on stderr, as before
