"""Whole words at any width: what a person reads wraps and is never cut short, and what a person
copies — an id, a line reference, a number, an English word — is never split across lines.

Every command's terminal output at 80 and 120 columns, in Japanese and English, is compared with the
same output at 1,000 columns, where nothing wraps: the same words, ids, line references and Japanese
characters must be there, none cut (「…」) and none split. Japanese breaks between phrases (BudouX)
and never before a closing bracket or after an opening one.
"""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from functools import cache
from pathlib import Path

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner

from conftest import PLANS, ROOT
from dxcheck.cli import app

WIDTHS = [80, 120]
WIDE = 1000
A, K = str(PLANS / "ashibetsu.yaml"), str(PLANS / "kamisato.yaml")

# Guidance (issue 16, item 7): the rule catalogue, the frameworks, every command's help.
GUIDANCE: dict[str, list[str]] = {
    "rules": ["rules"],
    "rules-DX501": ["rules", "DX501"],
    "frameworks": ["frameworks"],
    "frameworks-show-kanmin": ["frameworks", "show", "kanmin"],
    "frameworks-show-dx": ["frameworks", "show", "dx"],
    "frameworks-show-procedures": ["frameworks", "show", "procedures"],
    "help": ["--help"],
    "audit-help": ["audit", "--help"],
    "init-help": ["init", "--help"],
    "lint-help": ["lint", "--help"],
    "compare-help": ["compare", "--help"],
    "explain-help": ["explain", "--help"],
    "import-help": ["import", "--help"],
    "frameworks-help": ["frameworks", "--help"],
    "config-help": ["config", "--help"],
}
# Reports (item 10): the audit of every example plan, explanations, the comparison, the settings.
REPORTS: dict[str, list[str]] = {
    **{f"audit-{plan.stem}": ["audit", str(plan)] for plan in sorted(PLANS.glob("*.yaml"))},
    "explain-divide-ashibetsu": ["explain", "kanmin/divide", A],
    "explain-telework-kamisato": ["explain", "dx/telework", K],
    "explain-standardization": ["explain", "dx/standardization", K],
    "compare": ["compare", str(PLANS)],
    "config": ["config"],
}
OUTPUTS = {**GUIDANCE, **REPORTS}

BORDERS = re.compile(r"[│┃┏┓┗┛┡┩┳╇┻╋┣┫┠┨━─└┘┌┐├┤┬┴┼╭╮╰╯]")
ASCII_WORD = re.compile(r"[!-{}~]+\|?")  # a list of choices, [table|json|…], may break after a bar
QUALIFIED_ID = re.compile(r"\b(?:kanmin|dx|procedures)/[a-z0-9-]+")
LINE_REFERENCE = re.compile(r"(?<![\w/.-])(?:[\w/.-]+\.yaml)?:\d+(?::\d+)?|\bp\.\d+")
NO_LINE_START = "」』）)】、。，．,.:;：；・ー"
NO_LINE_END = "「『（(【"


def _run(args: list[str], width: int, lang: str) -> str:
    """The command's output through typer's CliRunner at a fixed width, without colour."""
    return _output(tuple(args), width, lang)


@cache
def _output(args: tuple[str, ...], width: int, lang: str) -> str:
    env = {"COLUMNS": str(width), "NO_COLOR": "1", "DXCHECK_LANG": lang}
    result = CliRunner().invoke(app, list(args), env=env, terminal_width=width, catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return result.stdout


def _cells(line: str) -> list[str]:
    """The pieces of a line between table borders, stripped."""
    return [piece.strip() for piece in BORDERS.split(line) if piece.strip()]


def _words(text: str) -> Counter[str]:
    return Counter(word for line in text.splitlines() for word in ASCII_WORD.findall(BORDERS.sub(" ", line)))


def _japanese(text: str) -> Counter[str]:
    return Counter(char for char in BORDERS.sub("", text) if not char.isascii() and not char.isspace())


def _references(text: str) -> Counter[str]:
    return Counter(found for line in text.splitlines() for pattern in (QUALIFIED_ID, LINE_REFERENCE) for found in pattern.findall(line))


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", sorted(OUTPUTS))
def test_nothing_is_cut_and_nothing_copied_is_split(name: str, width: int, lang: str) -> None:
    # the same output at 1,000 columns, where nothing wraps, is what this one must keep whole
    text, whole = _run(OUTPUTS[name], width, lang), _run(OUTPUTS[name], WIDE, lang)
    assert text.count("…") == whole.count("…"), f"cut short at {width} columns:\n{text}"
    for line in text.splitlines():
        assert cell_len(line) <= width, f"wider than {width} columns: {line!r}"
    # ids and line references whole on one line; English words and numbers never split
    assert _references(text) == _references(whole), f"an id or a line reference split at {width} columns:\n{text}"
    assert _words(text) == _words(whole), f"a word split at {width} columns:\n{text}"
    # and no Japanese lost (a cell cropped without an ellipsis)
    assert _japanese(text) == _japanese(whole), f"text lost at {width} columns:\n{text}"


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", sorted(OUTPUTS))
def test_no_line_starts_with_a_closing_bracket_or_ends_with_an_opening_one(name: str, width: int, lang: str) -> None:
    for line in _run(OUTPUTS[name], width, lang).splitlines():
        for cell in _cells(line):
            assert cell[0] not in NO_LINE_START, f"{cell!r} in {line!r}"
            assert cell[-1] not in NO_LINE_END, f"{cell!r} in {line!r}"


def test_the_qualified_ids_and_line_references_of_an_audit_are_each_on_one_line() -> None:
    """The issue's examples: dx/standardi│zation, 「…対策」:8 / 1, 「（任意 / ）」."""
    from dxcheck.catalogue.framework import shipped_catalogue

    ids = [f"{f.id}/{i.id}" for f in shipped_catalogue().select({"dx": "1.0"}) if f.id != "procedures" for i in f.items]
    for width in WIDTHS:
        for plan, lang in ((K, "ja"), (A, "en"), (A, "ja")):
            lines = _run(["audit", plan], width, lang).splitlines()
            for item in ids:
                assert any(re.search(rf"{re.escape(item)}(?![a-z0-9-])", line) for line in lines), (item, width, lang)
            assert not any(line.rstrip(" │").endswith("（任意") for line in lines)
    # 「…対策」:81 is one piece: the reference is the same number as at 1,000 columns.
    wide = set(re.findall(r"対策」:(\d+)", _run(["audit", A], 1000, "ja")))
    assert wide
    assert set(re.findall(r"対策」:(\d+)", _run(["audit", A], 80, "ja"))) == wide


def _table_rows(text: str) -> list[list[list[str]]]:
    """A rich table's rows (a row begins where the first column is filled), each a list of columns' lines."""
    rows: list[list[list[str]]] = []
    for line in text.splitlines():
        if not line.startswith("│"):
            continue
        pieces = [piece.strip() for piece in line.strip("│").split("│")]
        if pieces[0] or not rows:
            rows.append([[] for _ in pieces])
        for column, piece in zip(rows[-1], pieces, strict=True):
            if piece:
                column.append(piece)
    return rows


def test_japanese_guidance_breaks_between_phrases() -> None:
    """`dxcheck rules` at 80 columns: every line break inside Japanese falls between BudouX's phrases,
    unless the phrase is wider than its column."""
    import budoux

    from dxcheck.model.rules import BY_CODE

    parser = budoux.load_default_japanese_parser()
    text = _run(["rules"], 80, "ja")
    header = next(line for line in text.splitlines() if line.startswith("┃"))
    widths = [cell_len(piece) - 2 for piece in header.strip("┃").split("┃")]
    checked = 0
    for row in _table_rows(text):
        rule = BY_CODE[row[0][0]]
        for column, original in ((2, f"{rule.summary_ja}（{rule.name}）"), (3, rule.help_ja)):
            phrases = parser.parse(original)
            boundaries = {sum(len(p) for p in phrases[:n]) for n in range(len(phrases))}
            position = 0
            for line in row[column][:-1]:
                position = original.index(line, position) + len(line)  # the break: after this line
                while original[position].isspace():
                    position += 1
                if original[position - 1].isspace():
                    continue
                checked += 1
                if position in boundaries:
                    continue
                phrase = next(p for n, p in enumerate(phrases) if sum(len(q) for q in phrases[: n + 1]) > position)
                assert cell_len(phrase) > widths[column], f"{line!r} / {original[position:]!r}: not between phrases"
    assert checked > 50  # line breaks inside Japanese text, each checked


def test_the_installed_dxcheck_wraps_at_80_columns() -> None:
    """A subprocess of the installed console script, its output a pipe, COLUMNS=80."""
    import os
    import sys

    script = Path(sys.executable).parent / "dxcheck"
    env = {**os.environ, "COLUMNS": "80", "NO_COLOR": "1", "DXCHECK_LANG": ""}
    for args in (["rules"], ["rules", "DX501"], ["audit", "--help"], ["init", "--help"], ["frameworks"], ["audit", "plans/kamisato.yaml"]):
        done = subprocess.run([str(script), *args], capture_output=True, text=True, env=env, cwd=ROOT, check=False)
        assert done.returncode in (0, 1), done.stderr
        assert not re.search(r"…\s*[│┃]?$", done.stdout, re.MULTILINE), args  # no cell cut short
        assert all(cell_len(line) <= 80 for line in done.stdout.splitlines()), args
    audit = subprocess.run([str(script), "audit", "plans/kamisato.yaml"], capture_output=True, text=True, env=env, cwd=ROOT, check=False)
    for item in ("dx/standardization", "kanmin/opendata", "dx/kanmin-plan"):
        assert item in audit.stdout
    # Every line reference whole: the same numbers after 」: as at 1,000 columns.
    wide = subprocess.run(
        [str(script), "audit", "plans/kamisato.yaml"], capture_output=True, text=True, env={**env, "COLUMNS": "1000"}, cwd=ROOT, check=False
    )
    refs = re.findall(r"」:(\d+)", wide.stdout)
    assert refs
    assert re.findall(r"」:(\d+)", audit.stdout) == refs


def test_the_audit_help_is_readable_at_80_columns() -> None:
    """Newcomer review of issue 28: `--require-procedures/--no-require-procedures` widened the option
    column of `dxcheck audit --help` until every help text ran down the right edge a few characters a
    line. At 80 columns (a subprocess, as a terminal sets COLUMNS) the option says its help in a few lines."""
    import os
    import sys

    env = {**os.environ, "COLUMNS": "80", "TERM": "dumb"}
    env.pop("DXCHECK_LANG", None)
    shown = subprocess.run([sys.executable, "-m", "dxcheck", "audit", "--help"], capture_output=True, text=True, env=env, check=True).stdout
    lines = shown.splitlines()
    assert all(cell_len(line) <= 80 for line in lines)
    start = next(i for i, line in enumerate(lines) if "--require-procedures" in line)
    end = next(i for i in range(start + 1, len(lines)) if re.match(r"│ -", lines[i]))
    block = lines[start:end]
    assert len(block) <= 4, "\n".join(block)
    named = re.match(r"^│ --require-procedures\s+", block[0])
    assert named, block[0]
    assert cell_len(named.group(0)) <= 48, block[0]  # the help starts near the option, not at the right edge
    text = "".join(re.sub(r"^│\s+|\s*│$", "", line) for line in block)
    assert "記載なし" in text
    assert "Count" in text
