"""What `dxcheck audit` leaves out of its start-up (docs/performance.md), checked in a fresh process;
and the help, the same bytes whatever the hash seed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

# Modules an audit of a YAML plan has no use for: the diff's classes (17 dataclasses made at import).
NOT_IMPORTED = ("dxcheck.diff.results",)


def _imported_by_audit(cache: Path) -> list[str]:
    code = (
        "import os, sys\n"
        "end = os._exit\n"
        "def report(code):\n"
        f"    print(sorted(m for m in {NOT_IMPORTED!r} if m in sys.modules), file=sys.stderr, flush=True)\n"
        "    end(code)\n"
        "os._exit = report\n"
        f"sys.argv = ['dxcheck', 'audit', {str(ROOT / 'plans' / 'kamisato.yaml')!r}]\n"
        "from dxcheck.main import main\n"
        "main()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env={**os.environ, "XDG_CACHE_HOME": str(cache)}, check=False
    )
    assert done.returncode == 1, done.stderr  # kamisato misses required items
    assert "計画" in done.stdout
    return done.stderr.strip().splitlines()


def test_an_audit_does_not_import_the_diffs_classes(tmp_path: Path) -> None:
    first = _imported_by_audit(tmp_path)  # the plan read afresh (SudachiPy), the caches made
    again = _imported_by_audit(tmp_path)  # read from the caches
    assert first[-1] == again[-1] == "[]"


def test_the_help_is_the_same_bytes_whatever_the_hash_seed() -> None:
    """click makes the help option's names from a set: -h, --help or --help, -h by the hash seed (1 and
    2 gave the two orders before dxcheck.cli.usage.settled_help_option)."""
    pages = set()
    for seed in ("1", "2"):
        for command in (["--help"], ["audit", "--help"]):
            env = {**os.environ, "PYTHONHASHSEED": seed, "COLUMNS": "100"}
            done = subprocess.run([sys.executable, "-m", "dxcheck", *command], capture_output=True, env=env, check=True)
            pages.add((tuple(command), done.stdout))
    assert len(pages) == 2
    assert all(b"-h, --help" in page for _, page in pages)
