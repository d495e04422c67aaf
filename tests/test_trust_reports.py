"""Issue 25, items 6–8: a plan's text in a report is text — never a spreadsheet formula, never Markdown
or HTML that makes a heading, hides the report or links elsewhere, never a line or a direction change
on the terminal. Each report is read back by its real client (openpyxl, the csv module, markdown-it)."""

from __future__ import annotations

import csv
import io
import json
import re
import textwrap
from pathlib import Path

import openpyxl

from conftest import run_cli

# A plan whose every name is a formula to a spreadsheet.
FORMULA_PLAN = """\
version: 1
municipality:
  name: '=HYPERLINK("http://example.com/x","恵庭市")'
  prefecture: "+北海道"
  code: "012319"
plan:
  title: "-1+1"
  period:
    start: R5
    end: R7
policies:
  - id: "1"
    title: "@SUM(A1:A9)"
    measures:
      - id: "1-1"
        title: "\\t=1+2"
        addresses: [dx/telework]
      - id: "1-2"
        title: "\\r=cmd|' /C calc'!A0"
        addresses: [dx/security]
"""

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _plan(tmp_path: Path, text: str, name: str = "plan.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_xlsx_holds_no_formula(tmp_path: Path) -> None:
    plan = _plan(tmp_path, FORMULA_PLAN)
    for command in ("compare", "audit"):
        out = tmp_path / f"{command}.xlsx"
        run = run_cli(command, str(plan), "--format", "xlsx", "-o", str(out))
        assert run.exit_code in (0, 1), run.stderr
        book = openpyxl.load_workbook(out)
        cells = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row if cell.value is not None]
        assert not [c.coordinate for c in cells if c.data_type == "f"], command
        texts = [c.value for c in cells if isinstance(c.value, str)]
        # The name is there, as the text it is.
        assert any('=HYPERLINK("http://example.com/x","恵庭市")' in t for t in texts), command


def _csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_cells_never_start_a_formula(tmp_path: Path) -> None:
    plan = _plan(tmp_path, FORMULA_PLAN)
    for args in (("compare",), ("compare", "--long"), ("audit",)):
        out = tmp_path / "out.csv"
        run = run_cli(*args, str(plan), "--format", "csv", "-o", str(out))
        assert run.exit_code in (0, 1), run.stderr
        rows = _csv_rows(out.read_bytes())
        cells = [cell for row in rows for cell in row]
        assert not [c for c in cells if c.startswith(_FORMULA_START)], args
        # Neutralised with a leading apostrophe, the text kept whole.
        assert '\'=HYPERLINK("http://example.com/x","恵庭市")' in cells, args
        assert "'+北海道" in cells, args
    out = tmp_path / "wide.csv"
    run_cli("compare", str(plan), "--format", "csv", "--lang", "en", "-o", str(out))
    row = dict(zip(*_csv_rows(out.read_bytes())[:2], strict=True))
    assert row["plan"] == "'-1+1"
    # full-width, and after spaces (the last hostile review's 「＝1+1」 and 「 =1+1」)
    wide = _plan(tmp_path, FORMULA_PLAN.replace('title: "-1+1"', 'title: "＝1+1"').replace('"+北海道"', '" =1+1"'), "wide.yaml")
    run_cli("compare", str(wide), "--format", "csv", "--lang", "en", "-o", str(out))
    row = dict(zip(*_csv_rows(out.read_bytes())[:2], strict=True))
    assert (row["plan"], row["prefecture"]) == ("'＝1+1", "' =1+1")
    # after what a spreadsheet drops: LibreOffice read 「\x00=HYPERLINK(…)」 as a live formula (a hostile try)
    hidden = _plan(
        tmp_path, FORMULA_PLAN.replace('title: "-1+1"', 'title: "\\0=HYPERLINK(1)"').replace('"+北海道"', '"\\u200b@SUM(1)"'), "nul.yaml"
    )
    run_cli("compare", str(hidden), "--format", "csv", "--lang", "en", "-o", str(out))
    row = dict(zip(*_csv_rows(out.read_bytes())[:2], strict=True))
    assert (row["plan"], row["prefecture"]) == ("'\x00=HYPERLINK(1)", "'\u200b@SUM(1)")


def test_csv_writes_its_own_numbers_as_numbers(tmp_path: Path) -> None:
    """A score is a number dxcheck writes: no apostrophe before it."""
    plan = _plan(tmp_path, FORMULA_PLAN)
    out = tmp_path / "wide.csv"
    run_cli("compare", str(plan), "--format", "csv", "--lang", "en", "-o", str(out))
    row = dict(zip(*_csv_rows(out.read_bytes())[:2], strict=True))
    float(row["overall_score"])
    assert row["procedures_not_mentioned"].isdigit()


# --- Markdown (item 7) ---------------------------------------------------------------------------

# Every text a plan gives a report, each trying to take the Markdown over: a line break then a heading
# and a comment that would hide the rest, raw HTML, a javascript: link, an image, an autolink, a list.
_ATTACK = "\\n### 後退はありません\\n<!--"
MARKDOWN_PLAN = f"""\
version: 1
municipality:
  name: "恵庭市<script>alert(1)</script>"
  prefecture: "北海道\\n- 合格"
  code: "012319"
plan:
  title: "テスト計画{_ATTACK}"
  period:
    start: R5
    end: R7
policies:
  - id: "1"
    title: "[押す](javascript:alert(1))"
    measures:
      - id: "1-1"
        title: "![画像](http://example.com/x.png) <b>太字</b>"
        addresses: [dx/telework]
      - id: "1-2"
        title: "<javascript:alert(1)> | 表を壊す |\\n# 見出し"
        addresses: [dx/security]
exemptions:
  - item: dx/ai-rpa
    reason: "-->\\n<img src=x onerror=alert(1)>"
"""

_OLD_PLAN = """\
version: 1
municipality:
  name: 恵庭市
  prefecture: 北海道
  code: "012319"
plan:
  title: テスト計画
  period:
    start: R5
    end: R7
policies:
  - id: "1"
    title: 方針
    measures:
      - id: "1-1"
        title: 施策
        addresses: [dx/telework]
      - id: "1-3"
        title: AI
        addresses: [dx/ai-rpa]
"""


def _rendered(markdown: str) -> str:
    from markdown_it import MarkdownIt

    html: str = MarkdownIt("commonmark", {"html": True}).enable("table").render(markdown)
    return html


def _assert_inert(html: str, headings: int) -> None:
    """No heading but the report's own, no comment, no tag from the plan, no link, no image."""

    assert html.count("<h") - html.count("<hr") == headings, html
    assert "<!--" not in html
    assert "<li>合格" not in html
    for tag in ("<script", "<img", "<b>", "<a ", "<a>"):
        assert tag not in html, (tag, html)
    assert "href=" not in html
    assert "src=" not in html.replace("src=x onerror", "")
    assert "後退はありません" in html  # shown, as text


def test_audit_markdown_is_not_taken_over_by_the_plan(tmp_path: Path) -> None:
    plan = _plan(tmp_path, MARKDOWN_PLAN)
    run = run_cli("audit", str(plan), "--format", "markdown")
    assert run.exit_code in (0, 1), run.stderr
    html = _rendered(run.output)
    # The report's own headings: the plan's, each framework's, the findings'.
    own = sum(1 for line in run.output.splitlines() if line.startswith("#"))
    _assert_inert(html, own)
    assert html.count("<h1>") == 1
    assert "\\n### 後退はありません\\n&lt;!--" in html  # the title as it is, its line breaks shown as \n
    assert "&lt;script&gt;" in html
    # Every table row has as many cells as the header: a bar in a title does not split a cell.
    for table in re.findall(r"<table>.*?</table>", html, re.S):
        widths = {row.count("<td") + row.count("<th") for row in re.findall(r"<tr>.*?</tr>", table, re.S)}
        assert len(widths) == 1, table


def test_comparison_markdown_is_not_taken_over_by_the_plan(tmp_path: Path) -> None:
    hostile = _plan(tmp_path, MARKDOWN_PLAN, "a.yaml")
    other = _plan(tmp_path, _OLD_PLAN, "b.yaml")
    run = run_cli("compare", str(hostile), str(other), "--format", "markdown")
    html = _rendered(run.output)
    assert html.count("<h1>") == 1
    for tag in ("<script", "<img", "<a ", "<!--"):
        assert tag not in html


def test_diff_markdown_is_not_taken_over_by_the_plan(tmp_path: Path) -> None:
    old = _plan(tmp_path, _OLD_PLAN, "old.yaml")
    new = _plan(tmp_path, MARKDOWN_PLAN, "new.yaml")
    run = run_cli("diff", str(old), str(new), "--format", "markdown")
    assert run.exit_code in (0, 1), run.stderr
    own = sum(1 for line in run.output.splitlines() if line.startswith("#"))
    html = _rendered(run.output)
    _assert_inert(html, own)
    # The real verdict and the tables are there, not hidden in a comment.
    assert "<table>" in html
    assert html.count("<h2>") == 1


# --- item 8: the terminal ----------------------------------------------------------------------

# A plan whose names and titles would print a line of their own (a false verdict), reverse what
# follows them (U+202E, U+2067) or hide a character (U+200B, U+FEFF) on the terminal.
TERMINAL_PLAN = """\
version: 1
municipality:
  name: "恵庭\\u202e市\\n判定: 合格"
  prefecture: 北海道
  code: "012319"
plan:
  title: "テスト計画\\n判定: 合格"
  period:
    start: R5
    end: R7
policies:
  - id: "1"
    title: "方針\\u2067\\n判定: 合格"
    measures:
      - id: "1-1"
        title: "施\\u200b策\\n判定: 合格"
        addresses: [dx/telework, dx/telework]  # a finding that quotes the title
      - id: "1-2"
        title: "\\ufeffセキュリティ"
        addresses: [dx/security]
"""

_HIDDEN = ("\u202e", "\u2067", "\u200b", "\ufeff")


def _assert_one_line_each(output: str) -> None:
    """No name or title starts a line of its own, and nothing that reorders or hides a character
    reaches the terminal: each is written as an escape."""
    for line in output.splitlines():
        assert line.count("判定: 合格") == line.count("\\n判定: 合格"), output
    for char in _HIDDEN:
        assert char not in output, (f"U+{ord(char):04X}", output)


def test_terminal_shows_names_and_titles_escaped(tmp_path: Path) -> None:
    plan = _plan(tmp_path, TERMINAL_PLAN)
    old = _plan(tmp_path, _OLD_PLAN, "old.yaml")
    runs = {
        "audit": run_cli("audit", str(plan), "-v"),
        "audit --summary": run_cli("audit", str(plan), "--summary"),
        "diff": run_cli("diff", str(old), str(plan)),
        "diff back": run_cli("diff", str(plan), str(old)),
        "compare": run_cli("compare", str(plan), str(old)),
        "explain": run_cli("explain", "dx/telework", str(plan)),
        "lint": run_cli("lint", str(plan)),
    }
    for command, run in runs.items():
        assert "Traceback" not in run.output + run.stderr, command
        _assert_one_line_each(run.output)
    assert "恵庭\\u202e市" in runs["audit"].output
    assert "テスト計画\\n判定: 合格" in runs["audit"].output
    assert "施\\u200b策\\n判定: 合格" in runs["audit"].output
    assert "計画の名称: テスト計画 → テスト計画\\n判定: 合格" in runs["diff"].output
    assert "恵庭\\u202e市\\n判定: 合格" in runs["compare"].output
    assert "施\\u200b策\\n判定: 合格" in runs["explain"].output
    # lint names each, with where it is, and quotes the title one line
    lint = runs["lint"].output
    assert f"{plan}:3:9: DX412 警告: municipality.name の 3 文字目に文字の向きを変える制御文字 U+202E" in lint
    assert f"{plan}:7:10: DX412 警告: plan.title の 6 文字目に改行 U+000A（LINE FEED）" in lint
    assert f"{plan}:13:12: DX412 警告: policies[0].title の 3 文字目に文字の向きを変える制御文字 U+2067" in lint
    assert f"{plan}:16:16: DX412 警告: policies[0].measures[0].title の 2 文字目に幅のない文字 U+200B" in lint
    assert f"{plan}:19:16: DX412 警告: policies[0].measures[1].title の 1 文字目に幅のない文字 U+FEFF" in lint
    assert runs["lint"].exit_code == 0  # a warning


def test_terminal_english_too(tmp_path: Path) -> None:
    plan = _plan(tmp_path, TERMINAL_PLAN)
    for args in (("audit", str(plan)), ("lint", str(plan))):
        run = run_cli(*args, "--lang", "en")
        _assert_one_line_each(run.output)
    assert "plan.title has a line break U+000A (LINE FEED) at character 6" in run_cli("lint", str(plan), "--lang", "en").output


def test_a_letter_that_draws_nothing_is_warned_of_and_shown_escaped(tmp_path: Path) -> None:
    """A hostile review: 「恵庭ㅤ市」 with the Hangul filler U+3164 (a letter, not a space: no DX412) looked
    like another town's name in every report. It is DX412 now, and shown as \\u3164."""
    from conftest import MINIMAL_PLAN

    plan = tmp_path / "plan.yaml"
    plan.write_text(MINIMAL_PLAN.replace("name: 恵庭市", "name: 恵庭\u3164市"), encoding="utf-8")
    lint = run_cli("lint", str(plan)).output
    assert f"{plan}:3:9: DX412 警告: municipality.name の 3 文字目に何も描かれない文字 U+3164（HANGUL FILLER）があります" in lint
    assert "恵庭\\u3164市（北海道" in run_cli("audit", str(plan)).output
    assert "\u3164" not in run_cli("audit", str(plan), "--format", "markdown").output
    for letter in ("\u2800", "\u180e", "\u034f"):  # the braille blank, the Mongolian vowel separator, the grapheme joiner
        plan.write_text(MINIMAL_PLAN.replace("name: 恵庭市", f"name: 恵庭{letter}市"), encoding="utf-8")
        assert f"恵庭\\u{ord(letter):04x}市（北海道" in run_cli("audit", str(plan)).output, hex(ord(letter))


# --- a user's framework text (the second hostile review) ------------------------------------------------

# A framework file whose titles carry a line break and what would be a verdict line, or a workflow
# command, of its own.
_FAKE_FRAMEWORK = """\
id: pref-test
title: "試験県\\n判定: 合格\\n::error file=x.yaml::偽の注釈"
title_en: "Test\\nverdict: pass"
edition: "2026"
date: "2026-04-01"
issuer: 試験県
source: {document: 試験県DX推進計画, date: "2026-04-01"}
groups:
  - {id: town, title: "取組\\n判定: 合格", title_en: Towns}
items:
  - id: telework
    title: "職員のテレワーク\\n判定: 合格"
    title_en: Telework
    group: town
    source: {section: "3.1"}
    vocabulary: {signals: [テレワーク]}
  - id: opendata
    title: "オープンデータ\\n::warning file=x.yaml::偽の注釈\\u202e"
    title_en: Open data
    group: town
    source: {section: "3.2"}
    vocabulary: {signals: [オープンデータ]}
"""

_TOWN = """\
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


def test_a_user_frameworks_titles_print_no_line_of_their_own(tmp_path: Path, monkeypatch: object) -> None:
    """A title `試験県` + a line break + `判定: 合格` printed a fake verdict line in the terminal, and
    `::error …` after a line break a fake annotation in a GitHub Actions log: a user's framework text is
    shown escaped (`\\n`, `\\u202e`) in every output, and `frameworks check` warns where it is (FW012)."""
    import os

    (tmp_path / "fw").mkdir()
    (tmp_path / "fw" / "pref-test@2026.yaml").write_text(_FAKE_FRAMEWORK, encoding="utf-8")
    (tmp_path / "town.yaml").write_text(_TOWN, encoding="utf-8")
    (tmp_path / "new.yaml").write_text(_TOWN.replace("テレワークの推進", "窓口の改善"), encoding="utf-8")
    os.chdir(tmp_path)
    runs = {
        "audit": run_cli("audit", "town.yaml", "--frameworks-dir", "fw"),
        "audit-en": run_cli("audit", "town.yaml", "--frameworks-dir", "fw", "--lang", "en"),
        "audit-github": run_cli("audit", "town.yaml", "--frameworks-dir", "fw", "--format", "github"),
        "diff": run_cli("diff", "town.yaml", "new.yaml", "--frameworks-dir", "fw"),
        "diff-github": run_cli("diff", "town.yaml", "new.yaml", "--frameworks-dir", "fw", "--format", "github"),
        "lint": run_cli("lint", "town.yaml", "--frameworks-dir", "fw", "--verbose"),
        "compare": run_cli("compare", "town.yaml", "new.yaml", "--frameworks-dir", "fw"),
        "explain": run_cli("explain", "pref-test/opendata", "--frameworks-dir", "fw"),
        "frameworks": run_cli("frameworks", "--frameworks-dir", "fw"),
    }
    for name, run in runs.items():
        assert run.exit_code in (0, 1), (name, run.stderr)
        lines = (run.output + run.stderr).splitlines()
        assert not [line for line in lines if line.strip().startswith(("判定: 合格", "verdict: pass"))], (name, run.output)
        assert not [line for line in lines if line.lstrip("│ ").startswith(("::error file=x.yaml", "::warning file=x.yaml"))], (
            name,
            run.output,
        )
        assert "\u202e" not in run.output, name
    assert "試験県\\n判定: 合格" in runs["audit"].output  # shown, escaped
    assert "\\u202e" in runs["explain"].output
    check = run_cli("frameworks", "check", "fw/pref-test@2026.yaml")
    assert "fw/pref-test@2026.yaml:2:8: FW012 警告" in check.output
    assert check.exit_code == 0  # a warning: the file is used, its text escaped


# --- bare URLs and @mentions in the Markdown GitHub shows (the first hostile review) ---------------------------

_LINKING_PLAN = _OLD_PLAN.replace("title: テスト計画", "title: テスト計画 @octocat と @org/team へ http://evil.example/x を参照").replace(
    "title: 施策\n", "title: 施策 www.evil.example と boss@evil.example に連絡\n"
)


def test_diff_markdown_neither_links_nor_mentions(tmp_path: Path) -> None:
    """The diff's Markdown goes to a pull-request comment and `$GITHUB_STEP_SUMMARY`, where GitHub turns
    `@name` into a notification and a bare URL, `www.` address or e-mail address into a link. Each is
    written as a code span, which GitHub neither links nor mentions, and which shows its text as it is."""
    from markdown_it import MarkdownIt

    old = _plan(tmp_path, _OLD_PLAN, "old.yaml")
    new = _plan(tmp_path, _LINKING_PLAN, "new.yaml")
    for command in (("diff", str(old), str(new)), ("audit", str(new)), ("compare", str(new), str(old))):
        run = run_cli(*command, "--format", "markdown")
        assert run.exit_code in (0, 1), run.stderr
        html = MarkdownIt("commonmark", {"html": True, "linkify": True}).enable(["table", "linkify"]).render(run.output)
        assert "<a " not in html, (command, html)
        codes = set(re.findall(r"<code>(.*?)</code>", html))
        for token in ("@octocat", "@org/team", "http://evil.example/x", "www.evil.example", "boss@evil.example"):
            if token in run.output.replace("\\", ""):
                assert token in codes, (command, token, codes)
        # Outside code spans, no @mention and no address is left for GitHub to act on.
        prose = re.sub(r"<code>.*?</code>", "", html)
        assert not re.search(r"(?<![\w`])@[A-Za-z0-9]", prose), (command, prose)
        assert "evil.example" not in prose, command
    assert "@octocat" in run_cli("diff", str(old), str(new), "--format", "markdown").output


def test_sheet_names_taken_from_town_names_are_names_excel_accepts(tmp_path: Path) -> None:
    """Each town's sheet is named after the town as the plan spells it: a name with an apostrophe at either
    end, a leading `=`, Excel's reserved `History`, two names that differ only in case, or eleven towns of
    one long name (`…(10)` past 31 characters) made a workbook Excel repairs or will not open. Read back
    with openpyxl, every sheet name keeps Excel's rules, and each town's link finds its sheet."""
    names = [
        "'恵庭市'",
        "=HYPERLINK(1)",
        "History",
        "Town",
        "TOWN",
        "a[b]:c*d?e/f\\\\g",
        "恵庭市／旧恵庭町：？［＊］＼",
        *(["北" * 40] * 11),
    ]
    plans = []
    for index, name in enumerate(names):
        text = _OLD_PLAN.replace("name: 恵庭市", f"name: {json.dumps(name, ensure_ascii=False)}").replace('"012319"', f'"{index:06d}"')
        plans.append(str(_plan(tmp_path, text, f"p{index:02d}.yaml")))
    out = tmp_path / "compare.xlsx"
    run = run_cli("compare", *plans, "--format", "xlsx", "-o", str(out))
    assert run.exit_code in (0, 1), run.stderr
    book = openpyxl.load_workbook(out)
    titles = book.sheetnames[1:]  # after the matrix
    assert len(titles) == len(names)
    for title in titles:
        assert 0 < len(title) <= 31, title
        assert not set(title) & set("[]:*?/\\／：？［］＊＼"), title  # the full-width forms too (found by a review)
        assert not title.startswith(("'", "=")), title
        assert not title.endswith("'"), title
        assert title.casefold() != "history", title
    assert len({t.casefold() for t in titles}) == len(titles), titles
    links = [str(c.hyperlink.location) for row in book.worksheets[0].iter_rows() for c in row if c.hyperlink is not None]
    assert len(links) == len(names)
    for location in links:
        assert location.rsplit("!", 1)[0].strip("'").replace("''", "'") in titles, location


WRAPPED_COMMAND = """\
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
        title: "PAD ::error::偽の注釈"
        addresses: [dx/telework]
        schedule: {start: R5, end: R9}
"""


def _runner_commands(log: str) -> list[str]:
    """The workflow commands a GitHub Actions runner reads in a step's output: a line that begins with
    `::` after spaces, except between `::stop-commands::TOKEN` and `::TOKEN::`."""
    found, stopped = [], None
    for line in log.splitlines():
        text = line.lstrip()
        if stopped is not None:
            if text == f"::{stopped}::":
                stopped = None
            continue
        if text.startswith("::stop-commands::"):
            stopped = text.removeprefix("::stop-commands::")
        elif text.startswith("::"):
            found.append(text)
    return found


def test_a_wrapped_line_of_the_terminal_report_is_no_workflow_command_in_a_github_log(tmp_path: Path) -> None:
    """A title placed so that the 120-column wrap begins a line with 「::error::」 (after the continuation's
    indent, which the runner trims): in a GitHub Actions log (GITHUB_ACTIONS=true, stdout a pipe) the drawing
    goes between stop-commands, with a token that is the report's own hash — the same bytes every run."""
    import os
    import subprocess
    import sys

    _plan(tmp_path, WRAPPED_COMMAND.replace("PAD", "a" * 72))  # 「plan.yaml:13:36: DX204 警告: 施策「aaa…」: the wrap at 120
    plan = "plan.yaml"

    def audit(**env: str) -> str:
        environment = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"} | env | {"COLUMNS": "120"}
        done = subprocess.run(
            [sys.executable, "-m", "dxcheck", "audit", plan], capture_output=True, text=True, env=environment, check=False, cwd=tmp_path
        )
        assert "Traceback" not in done.stderr
        return done.stdout

    plain = audit()
    assert any(c.startswith("::error::偽の注釈") for c in _runner_commands(plain))  # the attack, outside Actions
    in_actions = audit(GITHUB_ACTIONS="true")
    assert _runner_commands(in_actions) == []
    assert in_actions == audit(GITHUB_ACTIONS="true")  # same bytes
    first, *body, last = in_actions.splitlines()
    token = first.removeprefix("::stop-commands::")
    assert len(token) == 64
    assert last == f"::{token}::"
    assert "\n".join(body) + "\n" == plain  # the report itself is unchanged
    written = tmp_path / "report.txt"
    environment = os.environ | {"GITHUB_ACTIONS": "true", "COLUMNS": "120"}
    with written.open("w", encoding="utf-8") as out:  # redirected to a file, not the log: as it is
        subprocess.run([sys.executable, "-m", "dxcheck", "audit", plan], stdout=out, env=environment, check=False, cwd=tmp_path)
    assert written.read_text(encoding="utf-8") == plain
