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


def _toml_examples() -> list[tuple[str, str]]:
    """Every TOML block of README.md and docs/*.md, with the file it names on its first line."""
    found = []
    for page in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        for block in re.findall(r"```toml\n(.*?)```", page.read_text(encoding="utf-8"), flags=re.S):
            found.append((page.name, block))
    return found


def test_every_configuration_example_works_as_written(tmp_path: Path) -> None:
    """Each configuration example, written to the file its first line names (`# .dxcheck.toml` or
    `# pyproject.toml`) beside an example plan, is read — every key it sets comes from that file — and
    the audit passes (芦別市 and 恵庭市 meet the default bar, README: Quick start)."""
    import json
    import shutil

    from conftest import run_cli

    examples = _toml_examples()
    assert examples
    for number, (page, block) in enumerate(examples):
        first = block.splitlines()[0]
        named = re.match(r"#\s*(\.dxcheck\.toml|pyproject\.toml)\b", first)
        assert named, f"{page}: a configuration example must say on its first line where it goes: {first!r}"
        folder = tmp_path / str(number)
        (folder / ".git").mkdir(parents=True)  # discovery stops at the repository's root
        (folder / named.group(1)).write_text(block, encoding="utf-8")
        for plan in ("ashibetsu.yaml", "eniwa.yaml"):
            shutil.copy(ROOT / "plans" / plan, folder / plan)
            shown = run_cli("config", str(folder / plan), "--format", "json")
            assert shown.exit_code == 0, (page, shown.stderr)
            settings = json.loads(shown.output)["settings"]
            written = {line.split("=")[0].strip() for line in block.splitlines() if re.match(r"[a-z-]+\s*=", line)}
            assert written
            for key in written:
                assert settings[key]["source"].endswith(named.group(1)), (page, key, settings[key])
            run = run_cli("audit", str(folder / plan), "--summary")
            assert run.exit_code == 0, (page, plan, run.output, run.stderr)
