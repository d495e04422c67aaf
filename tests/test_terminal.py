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
