"""The README's commands are the ones CI runs, and its examples are true."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import ROOT


def _shell_blocks() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return [b.strip() for b in re.findall(r"```sh\n(.*?)```", readme, flags=re.S)]


def test_ci_runs_the_readmes_test_command_verbatim() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    blocks = _shell_blocks()
    test_command = next(b for b in blocks if "pytest" in b)
    assert test_command in ci.splitlines()


def test_readme_example_plan_lints_clean(tmp_path: Path) -> None:
    from conftest import run_cli

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = next(block for block in re.findall(r"```yaml\n(.*?)```", readme, flags=re.S) if "municipality:" in block)
    path = tmp_path / "readme.yaml"
    path.write_text(example.replace("reason: …", "reason: 光ファイバは整備済み"), encoding="utf-8")
    run = run_cli("lint", str(path))
    assert run.exit_code == 0, run.output


def test_readme_configuration_example_is_accepted(tmp_path: Path) -> None:
    from conftest import MINIMAL_PLAN, run_cli

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    toml = re.search(r"```toml\n(.*?)```", readme, flags=re.S)
    assert toml
    (tmp_path / "pyproject.toml").write_text(toml.group(1), encoding="utf-8")
    (tmp_path / "plan.yaml").write_text(MINIMAL_PLAN, encoding="utf-8")
    run = run_cli("config", str(tmp_path / "plan.yaml"), "--format", "json")
    assert run.exit_code == 0, run.stderr
