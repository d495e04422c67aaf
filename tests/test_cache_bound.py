"""The tests' own disk cache: every test, and every process a test starts, uses this session's cache,
never the developer's ~/.cache/dxcheck (tests/conftest.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from fault_helpers import dx

from conftest import EXAMPLE_PLANS
from dxcheck.files import cache

# --- the tests' own cache --------------------------------------------------------------------------------


def test_the_tests_use_a_cache_of_their_own_never_the_users(session_cache: Path) -> None:
    """tests/conftest.py: XDG_CACHE_HOME is this session's directory, for the tests and what they start."""
    assert not session_cache.is_relative_to(Path.home())
    assert session_cache.stat().st_uid == os.geteuid()
    assert session_cache.stat().st_mode & 0o077 == 0
    where = cache.path("frameworks", b"x")
    assert where is not None
    assert where.parent == session_cache / "dxcheck"
    code = "from dxcheck.files import cache; print(cache.path('frameworks', b'x'))"
    started = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert Path(started.stdout.strip()) == where
    assert dx("lint", str(EXAMPLE_PLANS[0])).returncode == 0
    assert list((session_cache / "dxcheck").glob("frameworks-*.json"))  # kept there, by a process a test started
