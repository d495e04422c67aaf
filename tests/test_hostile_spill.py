"""A hostile review of compare's spill (issue 25, row 14: compare's own memory flat in the towns;
dxcheck.files.spill, docs/hostile-input.md "compare's own memory"). Each test here failed on the code
reviewed; the one not fixed yet is marked xfail(strict=True), with what it shows in its reason."""

from __future__ import annotations

import re
import subprocess
import sys
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT, run_cli

GENERATE = ROOT / "benchmarks" / "generate.py"


def _generate(count: int, out: Path) -> list[Path]:
    subprocess.run(
        [sys.executable, str(GENERATE), "--count", str(count), "--seed", "1", "--out", str(out)], check=True, capture_output=True
    )
    return sorted(out.glob("*.yaml"))


def _renamed(path: Path, name: str) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?m)^  name: .*$", lambda _: f"  name: {name}", text, count=1), encoding="utf-8")


def test_a_csv_that_cannot_be_encoded_writes_nothing_to_stdout_spilled_or_not(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dxcheck.files import spill

    plans = _generate(3, tmp_path / "p")
    _renamed(plans[-1], "龠–村")  # an en dash (not in cp932), in the town sorted last by name
    args = ("compare", str(tmp_path / "p"), "--jobs", "1", "--format", "csv", "--long", "--encoding", "cp932", "--sort", "name")
    monkeypatch.setattr(spill, "IN_MEMORY", 2048)
    kept = run_cli(*args)
    monkeypatch.setattr(spill, "IN_MEMORY", 2)
    spilled = run_cli(*args)
    assert kept.exit_code == spilled.exit_code == 2
    assert "cp932" in kept.stderr
    assert kept.stderr == spilled.stderr
    assert kept.output == ""
    assert spilled.output == kept.output  # failed: the first towns' rows were on stdout


def _bulky(source: Path, out: Path, copies: int) -> None:
    """`copies` towns of one plan of a few hundred KB (long measure titles and descriptions, within every
    limit): its JSON record is about 60 times the plan, a few MB."""
    text = source.read_text(encoding="utf-8")
    text = re.sub(
        r"(\n    title: )(.*)", lambda m: m.group(1) + m.group(2) + "、" + "住民サービスのデジタル化を進めるテレワーク" * 60, text
    )
    text = re.sub(r"(\n    description: )(.*)", lambda m: m.group(1) + m.group(2) + "オンライン申請を拡大します。" * 90, text)
    out.mkdir()
    for n in range(copies):
        (out / f"b{n}.yaml").write_text(text.replace("  name: ", f"  name: 町{n}", 1), encoding="utf-8")


def _peak(*args: str) -> tuple[int, Any]:
    tracemalloc.start()
    try:
        done = run_cli(*args)
        return tracemalloc.get_traced_memory()[1], done
    finally:
        tracemalloc.stop()


def test_compares_own_memory_does_not_grow_with_the_towns_however_large_each_is(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The spill started at a number of towns (2,048), not of bytes: 100 plans of 390 KB (a JSON record
    # each of 22 MB) peaked at 1,569 MiB in compare's own process. Now the towns kept are bounded by
    # their packed size too (IN_MEMORY_BYTES, 64 MiB; here 4 MiB, so that a few towns reach it).
    from dxcheck.files import spill

    monkeypatch.setattr(spill, "IN_MEMORY_BYTES", 4 * 1024 * 1024)
    source = _generate(2, tmp_path / "g")[1]
    _bulky(source, tmp_path / "two", 2)
    _bulky(source, tmp_path / "six", 6)
    record = len(run_cli("compare", str(tmp_path / "two" / "b0.yaml"), "--format", "json", "--jobs", "1").output.encode())
    assert record > 3_000_000  # the premise: a town's record is a few MB (and what is loaded once is loaded)
    # written to a file, as they are made: the test's runner keeps what goes to stdout
    two, done_two = _peak("compare", str(tmp_path / "two"), "--format", "json", "--jobs", "1", "-o", str(tmp_path / "two.json"))
    six, done_six = _peak("compare", str(tmp_path / "six"), "--format", "json", "--jobs", "1", "-o", str(tmp_path / "six.json"))
    assert done_two.exit_code == done_six.exit_code == 0
    # four more towns: flat is a few hundred bytes a town (their sort keys), not four records
    assert six - two < record, (two, six, record)


@pytest.mark.xfail(
    strict=True,
    reason="spilled, the terminal matrix still holds every town's name, three times (dxcheck.report.heading.name_counts: "
    "the name, with its prefecture, and with its file's name), whatever --sort; and --sort name holds each name in its "
    "sort key. A municipality name has no length limit: 300 plans with 30,000-character names peaked at 102 MiB in "
    "compare's own process against 45 MiB when the names were held twice (about 190 KB a town: 20,000 such plans "
    "would be 3.7 GB).",
)
def test_spilled_the_terminal_matrix_does_not_hold_every_towns_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dxcheck.files import spill

    plans = _generate(6, tmp_path / "g")
    for n, path in enumerate(plans):
        _renamed(path, f"町{n}" + "村" * 100_000)
    (tmp_path / "two").mkdir()
    for path in plans[:2]:
        (tmp_path / "two" / path.name).write_bytes(path.read_bytes())
    monkeypatch.setattr(spill, "IN_MEMORY", 1)
    run_cli("compare", str(tmp_path / "two"), "--jobs", "1")  # what is loaded once (frameworks, dictionaries), before measuring
    two, done_two = _peak("compare", str(tmp_path / "two"), "--jobs", "1", "--sort", "score")
    six, done_six = _peak("compare", str(tmp_path / "g"), "--jobs", "1", "--sort", "score")
    assert done_two.exit_code == done_six.exit_code == 0
    assert all(f"町{n}村" in done_six.output for n in range(6))  # every town shown
    # four more towns, each name 200 KB as text: flat is a few hundred bytes a town, not their names
    assert six - two < 500_000, (two, six)


def test_a_csv_to_a_closed_stdout_is_said_as_the_matrix_is(tmp_path: Path) -> None:
    _generate(3, tmp_path / "p")
    code = "import sys; from dxcheck.main import main; sys.argv[0] = 'dxcheck'; sys.exit(main())"
    said = {}
    for output_format in ("table", "csv"):
        done = subprocess.run(
            ["sh", "-c", 'exec "$@" >&-', "sh", sys.executable, "-c", code, "compare", str(tmp_path / "p"), "--format", output_format],
            capture_output=True,
            text=True,
            check=False,
        )
        said[output_format] = (done.returncode, done.stderr)
    assert said["table"][0] == 2
    assert "標準出力に書き込めません" in said["table"][1]
    assert said["csv"] == said["table"]  # fails: an internal error


def test_spilled_or_not_odd_towns_give_the_same_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # What held in the review: towns that differ in what marshal, CSV and JSON might each treat their own
    # way (a name with a bidi override, a line break, a tab, a zero-width space and a control character; a
    # title of 50,000 characters with CR LF, quotes and U+0085), two files of one town, a town without a
    # code, a town on another edition, a user's framework, and plans that cannot be read, give the same
    # report whether the towns are kept in memory or on disk.
    from test_user_frameworks import PREFECTURE, TOWN

    from dxcheck.files import spill

    plans = _generate(5, tmp_path / "p")
    (tmp_path / "p" / "dup.yaml").write_bytes(plans[0].read_bytes())
    text = plans[1].read_text(encoding="utf-8")
    (tmp_path / "p" / "nocode.yaml").write_text(text.replace("  code: ", "  # code: ", 1), encoding="utf-8")
    text = plans[2].read_text(encoding="utf-8")
    text = re.sub(r"(?m)^  name: .*$", lambda _: '  name: "悪\\u202e町\\n判定: 合格\\t=1+1\\u200b\\x01"', text, count=1)
    text = re.sub(r"(?m)^  title: .*$", lambda _: '  title: "' + "長" * 50_000 + '\\r\\n\\"x\\",y\\u0085z"', text, count=1)
    (tmp_path / "p" / "odd.yaml").write_text(text, encoding="utf-8")
    text = plans[3].read_text(encoding="utf-8").replace("version: 1\n", 'version: 1\nframeworks:\n  dx: "2.3"\n', 1)
    (tmp_path / "p" / "old.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "p" / "broken.yaml").write_text("version: 1\nmunicipality: [\n", encoding="utf-8")
    (tmp_path / "p" / "town.yaml").write_text(TOWN, encoding="utf-8")
    (tmp_path / "fw").mkdir()
    (tmp_path / "fw" / "pref-test@2026.yaml").write_text(PREFECTURE, encoding="utf-8")
    cases = [
        ("--format", "table", "--sort", "name"),
        ("--format", "json", "--sort", "code", "--lang", "en"),
        ("--format", "csv", "--sort", "score"),
        ("--format", "csv", "--sort", "name", "--long", "--encoding", "utf-8"),
    ]
    for case in cases:
        args = ("compare", str(tmp_path / "p"), "--jobs", "1", "--frameworks-dir", str(tmp_path / "fw"), *case)
        monkeypatch.setattr(spill, "IN_MEMORY", 2048)
        kept = run_cli(*args)
        monkeypatch.setattr(spill, "IN_MEMORY", 2)
        spilled = run_cli(*args)
        assert kept.exit_code == spilled.exit_code == 1, case  # broken.yaml
        assert "悪" in kept.output, case  # the odd town is compared
        assert (spilled.output, spilled.stderr) == (kept.output, kept.stderr), case
