"""The README's commands are the ones CI runs, and its examples are true."""

from __future__ import annotations

import re

from conftest import ROOT


def _shell_blocks() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return [b.strip() for b in re.findall(r"```sh\n(.*?)```", readme, flags=re.S)]


def test_ci_runs_the_readmes_test_command_verbatim() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    blocks = _shell_blocks()
    test_command = next(b for b in blocks if "pytest" in b)
    assert test_command in ci.splitlines()


def test_readme_example_plan_lints_clean(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from conftest import run_cli

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(.*?)```", readme, flags=re.S)
    assert example
    path = tmp_path / "readme.yaml"
    path.write_text(example.group(1).replace("reason: …", "reason: 光ファイバは整備済み"), encoding="utf-8")
    run = run_cli("lint", str(path))
    assert run.exit_code == 0, run.output
