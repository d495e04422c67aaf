"""Shared helpers: drive the real CLI, write plan files, find the repository's data."""

from __future__ import annotations

import os
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import pytest
from typer.testing import CliRunner

import dxcheck
from dxcheck.cli import app

if TYPE_CHECKING:
    from dxcheck.audit.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent

# The tests test the code being edited: an installed copy (pip install '.[test]' without -e) would
# be tested in its place, and edits would seem to change nothing.
if not Path(dxcheck.__file__).resolve().is_relative_to(ROOT):
    raise pytest.UsageError(f"the tests import dxcheck from {dxcheck.__file__}, not from this checkout ({ROOT}): pip install -e '.[test]'")

# dxcheck's disk cache (dxcheck/files/cache.py) of this test session's own, for every test and every process
# a test starts (they inherit os.environ): never the developer's ~/.cache/dxcheck, where a warm entry could
# make a test pass that fails on a fresh machine, and where the tests left thousands of entries. Set in
# pytest_configure, before collection (a test module may load the frameworks when it is imported), and
# restored after the session; a test that sets XDG_CACHE_HOME or DXCHECK_NO_CACHE itself still does. The
# directory is made by mkdtemp: this user's and private (0700), as the cache wants its directory (root
# uses a cache only in a directory of root's). The frameworks' entry, made by the first test that loads
# them, is warm for the rest of the session. Other tools the tests run (pip, pre-commit's virtualenv)
# keep their caches there too.
_SESSION_CACHE = pytest.StashKey[Path]()
_CACHE_BEFORE = pytest.StashKey["str | None"]()


def pytest_configure(config: pytest.Config) -> None:
    import tempfile

    directory = Path(tempfile.mkdtemp(prefix="dxcheck-tests-cache-"))
    config.stash[_SESSION_CACHE] = directory
    config.stash[_CACHE_BEFORE] = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(directory)


def pytest_unconfigure(config: pytest.Config) -> None:
    import shutil

    directory = config.stash.get(_SESSION_CACHE, None)
    if directory is None:
        return
    before = config.stash[_CACHE_BEFORE]
    if before is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = before
    shutil.rmtree(directory, ignore_errors=True)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """`-n auto` (pyproject's addopts): a process for each core this one may use, at most four. Each
    process makes its own fixtures (pre-commit's hook environments, LibreOffice's conversions, 600
    generated plans) and runs browsers and LibreOffice of its own, and past four there is nothing to
    gain: the longest file, tests/test_config_and_hooks.py, is a quarter of the suite's time by itself
    (223 s of 1,008 on the 2-core CI machine) and runs in one process (`--dist loadfile`)."""
    from dxcheck.audit.workers import default_jobs  # the cores, as compare and lint count them

    return min(default_jobs(), 4)


@pytest.fixture
def session_cache(pytestconfig: pytest.Config) -> Path:
    """The directory this session's XDG_CACHE_HOME names (dxcheck's cache is its `dxcheck`)."""
    return pytestconfig.stash[_SESSION_CACHE]


PLANS = ROOT / "plans"
EXAMPLE_PLANS = sorted(PLANS.glob("*.yaml"))

# The smallest plan that lints clean; tests edit it to break one rule at a time.
MINIMAL_PLAN = """\
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
"""


NODE_DIR = ROOT / ".ci" / "node"


def npm_tool(package: str, binary: str, what: str) -> Path:
    """A command-line tool from the npm registry, installed once under .ci/node (git-ignored).

    Skips, saying so, only when npm itself is missing: .ci/run installs Node.js from Debian.
    """
    import fcntl
    import shutil
    import subprocess

    path = NODE_DIR / "node_modules" / ".bin" / binary
    if path.exists():
        return path
    npm = shutil.which("npm")
    if npm is None:
        pytest.skip(f"npm is not installed, so {what} cannot be had (.ci/run installs Node.js)")
    # The suite runs in several processes (pyproject's addopts): two npm installs into one prefix at
    # once can leave it broken, so one process installs at a time, and the next finds the tool there.
    NODE_DIR.mkdir(parents=True, exist_ok=True)
    with open(NODE_DIR / ".install.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not path.exists():
            subprocess.run(
                [npm, "install", "--prefix", str(NODE_DIR), "--no-audit", "--no-fund", "--loglevel=error", package],
                check=True,
                capture_output=True,
            )
    return path


@dataclass
class Run:
    exit_code: int
    output: str
    stderr: str


def pipeline() -> Pipeline:
    """The pipeline the CLI uses, with every shipped framework edition and the default options."""
    from dxcheck.audit.pipeline import Pipeline
    from dxcheck.catalogue.framework import shipped_catalogue

    return Pipeline(shipped_catalogue())


def run_cli(*args: str, env: dict[str, str] | None = None) -> Run:
    """Run dxcheck through typer's CliRunner; a Python exception fails the test."""
    runner = CliRunner()
    # A wide terminal, so that a test can look for a whole sentence of the report; the tests of
    # wrapping (test_wrapping.py) and the golden files set their own width.
    env = {"COLUMNS": "250", **(env or {})}
    result = runner.invoke(app, list(args), env=env, catch_exceptions=True)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Run(result.exit_code, result.stdout, result.stderr)


class WritePlan(Protocol):
    """The `write_plan` fixture: write a plan file (dedented) and return its path."""

    def __call__(self, text: str, name: str = "plan.yaml") -> Path: ...


@pytest.fixture
def write_plan(tmp_path: Path) -> WritePlan:
    """Write a plan file (dedented) and return its path."""

    def write(text: str, name: str = "plan.yaml") -> Path:
        path = tmp_path / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    return write


@pytest.fixture(scope="session")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """600 generated plans (benchmarks/generate.py, seed 1): enough for compare to run in its worker
    processes for a few seconds, and for lint to print more than a pipe holds (tests/test_faults_*.py)."""
    import subprocess
    import sys

    out = tmp_path_factory.mktemp("many")
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "generate.py"), "--count", "600", "--seed", "1", "--out", str(out)],
        check=True,
        capture_output=True,
    )
    return out


def all_policies(policies: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every policy of a plan as YAML data (`plan["policies"]`), nested ones too, in document order."""
    out: list[dict[str, Any]] = []
    for policy in policies:
        out.append(policy)
        out += all_policies(policy.get("policies") or [])
    return out
