"""The audit table in a real terminal (tmux) at 80 and 120 columns: columns line up with Japanese text."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rich.cells import cell_len

from conftest import PLANS

SEPARATORS = set("│┃┏┓┗┛┡┩┳╇┻╋┣┫┠┨")


def _dxcheck() -> str:
    script = Path(sys.executable).parent / "dxcheck"
    return str(script) if script.exists() else "dxcheck"


def _screen(width: int, plan: Path) -> list[str]:
    session = f"dxcheck-test-{width}"
    subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True, check=False)
    subprocess.run(
        ["tmux", "new-session", "-d", "-x", str(width), "-y", "400", "-s", session, f"{_dxcheck()} audit {plan}; sleep 30"],
        check=True,
    )
    try:
        screen: list[str] = []
        for _ in range(100):  # wait until the report's last line is on screen
            time.sleep(0.1)
            out = subprocess.run(
                ["tmux", "capture-pane", "-p", "-t", session, "-S", "0", "-E", "400"], capture_output=True, text=True, check=True
            )
            screen = out.stdout.splitlines()
            if any(line.startswith(("合格", "不合格")) for line in screen):  # the verdict, last
                return screen
        pytest.fail("the report did not finish in tmux:\n" + "\n".join(screen))
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True, check=False)


def _separator_cells(line: str) -> list[int]:
    return [cell_len(line[:i]) for i, ch in enumerate(line) if ch in SEPARATORS]


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed (.ci/run installs it with apt-get)")
@pytest.mark.parametrize("width", [80, 120])
def test_audit_table_columns_align_in_tmux(width: int) -> None:
    screen = _screen(width, PLANS / "kamisato.yaml")
    tables = 0
    block: list[str] = []
    for line in screen:
        if line.startswith(("┏", "┃", "┡", "│", "└")):
            block.append(line)
            if line.startswith("└"):
                tables += 1
                first = _separator_cells(block[0].replace("┏", "┃").replace("┓", "┃").replace("┳", "┃"))
                for row in block[1:-1]:
                    assert _separator_cells(row) == first, f"misaligned at {width} columns:\n{block[0]}\n{row}"
                block = []
        assert cell_len(line) <= width
    assert tables >= 4  # kanmin, dx, procedures, scores
    assert any("dx/telework" in line for line in screen)


# --- the compare matrix at 80 columns (issue 28, item 11) ---------------------------------------------

MIXED = [str(PLANS), str(Path(__file__).parent / "data" / "import_blind4" / "doc47.docx")]  # two editions: 18 item columns


def _compare_screen(width: int, pipe: str = "") -> list[str]:
    session = f"dxcheck-compare-{width}"
    subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True, check=False)
    command = f"env -u COLUMNS {_dxcheck()} compare {' '.join(MIXED)} 2>/dev/null{pipe}; echo END-OF-REPORT; sleep 30"
    subprocess.run(["tmux", "new-session", "-d", "-x", str(width), "-y", "200", "-s", session, command], check=True)
    try:
        for _ in range(300):
            time.sleep(0.1)
            out = subprocess.run(
                ["tmux", "capture-pane", "-p", "-t", session, "-S", "0", "-E", "200"], capture_output=True, text=True, check=True
            )
            screen = out.stdout.splitlines()
            if "END-OF-REPORT" in screen:
                return screen
        pytest.fail("compare did not finish in tmux:\n" + "\n".join(screen))
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True, check=False)


def _check_matrix(lines: list[str], width: int) -> None:
    """Every line within the width; no header or number cut (no 「…」); every town's every score there."""
    assert all(cell_len(line) <= width for line in lines)
    matrix = lines[: next(i for i, line in enumerate(lines) if line.startswith("● "))]
    assert not any("…" in line for line in matrix), "\n".join(matrix)
    text = "\n".join(matrix)
    for code in ("K1", "D8", "D17", "官民", "DX", "手続", "総合", "済/予定", "dx@2.3"):
        assert code in text
    rows: dict[str, set[str]] = {}  # each town's cells, over the blocks it is drawn in
    for line in matrix:
        if line.strip().startswith(("恵庭市", "富良野市", "霧ヶ丘町")):
            rows.setdefault(line.split()[0], set()).update(line.split())
    assert {"100", "1/0"} <= rows["恵庭市"]
    assert {"90", "81.2", "85.6"} <= rows["富良野市"]
    assert {"80", "65", "72.5", "0/0"} <= rows["霧ヶ丘町"]


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed (.ci/run installs it with apt-get)")
def test_the_compare_matrix_fits_80_columns_in_tmux_and_in_a_pager() -> None:
    _check_matrix(_compare_screen(80), 80)
    _check_matrix(_compare_screen(80, " | cat"), 80)  # piped, as into a pager: the terminal's width, not 120


def test_the_compare_matrix_fits_columns_80_and_40_when_piped() -> None:
    from conftest import run_cli

    for width in (80, 40):
        run = run_cli("compare", *MIXED, env={"COLUMNS": str(width)})
        _check_matrix(run.output.splitlines(), width)
