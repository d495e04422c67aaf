"""The fifth hostile review (docs/hostile-input.md, its last section): each finding through the real CLI."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from test_trust_config_rev import _audit, _git
from test_trust_config_rev import repo as repo  # the fixture: a base commit that fails plans/town.yaml

from conftest import run_cli


def _embed_a_git_directory(repo: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    """What the pull request does: plans/ becomes a git directory (HEAD, config, objects, refs) whose
    `main` is a commit it wrote itself — the plan unchanged, a lenient .dxcheck.toml at its top."""
    fake = tmp_path_factory.mktemp("fake")
    shutil.copy(repo / "plans" / "town.yaml", fake / "town.yaml")
    (fake / ".dxcheck.toml").write_text('fail-on = "never"\n', encoding="utf-8")
    _git(fake, "init", "-q")
    _git(fake, "add", "-A")
    _git(fake, "commit", "-qm", "fake")
    commit = _git(fake, "rev-parse", "HEAD")
    shutil.copytree(fake / ".git" / "objects", repo / "plans" / "objects")
    (repo / "plans" / "refs" / "heads").mkdir(parents=True)
    (repo / "plans" / "refs" / "heads" / "main").write_text(commit + "\n", encoding="utf-8")
    (repo / "plans" / "HEAD").write_text("ref: refs/heads/main\n", encoding="utf-8")
    (repo / "plans" / "config").write_text("[core]\n\trepositoryformatversion = 0\n\tbare = false\n\tworktree = .\n", encoding="utf-8")


def test_a_git_directory_inside_the_checkout_is_not_read_as_the_history(repo: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    (repo / "plans" / "town.yaml").write_text(
        (repo / "plans" / "town.yaml").read_text(encoding="utf-8").replace("        addresses: [pref-test/telework]\n", ""),
        encoding="utf-8",
    )
    _embed_a_git_directory(repo, tmp_path_factory)
    code, _, stderr = _audit(base="main")
    assert code == 2, stderr
    assert "作業ツリーの中に置かれた git ディレクトリ" in stderr
    assert "safe.bareRepository" in stderr
    run = run_cli("diff", "plans/town.yaml", "--rev", "main", "--fail-on-loss")
    assert run.exit_code == 2, run.output
    assert "作業ツリーの中に置かれた git ディレクトリ" in run.stderr


PLAN = Path(__file__).resolve().parent.parent / "plans" / "eniwa.yaml"


def test_diff_takes_its_settings_from_the_newer_versions_folder(tmp_path: Path) -> None:
    """docs/ci/github-actions-diff.yml compares a renamed plan as .dxcheck-base/plans/old.yaml plans/new.yaml:
    the settings are those of plans/, the folder of the file under review, not of the folder the two share."""
    (tmp_path / ".dxcheck-base" / "plans").mkdir(parents=True)
    (tmp_path / "plans").mkdir()
    shutil.copy(PLAN, tmp_path / ".dxcheck-base" / "plans" / "eniwa.yaml")
    shutil.copy(PLAN, tmp_path / "plans" / "eniwa-2025.yaml")
    (tmp_path / "plans" / ".dxcheck.toml").write_text('lang = "en"\n', encoding="utf-8")
    run = run_cli("diff", str(tmp_path / ".dxcheck-base" / "plans" / "eniwa.yaml"), str(tmp_path / "plans" / "eniwa-2025.yaml"))
    assert run.exit_code == 0, run.output
    assert "No changes" in run.output or "no change" in run.output.lower(), run.output
    assert "変更はありません" not in run.output


def test_diff_rev_takes_its_settings_from_the_files_folder(repo: Path) -> None:
    (repo / "plans" / ".dxcheck.toml").write_text('lang = "en"\nframework-paths = ["../fw/"]\n', encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "plans/ speaks English")
    run = run_cli("diff", "plans/town.yaml", "--rev", "main")
    assert run.exit_code == 0, run.output
    assert "変更はありません" not in run.output
    assert "no change" in run.output.lower(), run.output


def test_a_settings_file_committed_as_a_link_to_dev_zero_is_not_read(repo: Path) -> None:
    """Under DXCHECK_CONFIG_REV, the working tree's settings file was read whole to compare it with the
    base's: a link to /dev/zero took all memory. It is now read as a regular file of at most 1 MiB, never
    through a link; a link is said."""
    import os
    import resource
    import subprocess

    from fault_helpers import dx

    (repo / "plans" / ".dxcheck.toml").write_text('frameworks = ["pref-test"]\nframework-paths = ["../fw/"]\n', encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "plans/ settings")
    base = _git(repo, "rev-parse", "HEAD")
    (repo / "plans" / ".dxcheck.toml").unlink()
    os.symlink("/dev/zero", repo / "plans" / ".dxcheck.toml")

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, resource.RLIM_INFINITY))

    try:
        done = dx("audit", "plans/", "--no-infer", cwd=repo, env={"DXCHECK_CONFIG_REV": base}, timeout=60, preexec_fn=limit)
    except subprocess.TimeoutExpired:
        pytest.fail("dxcheck audit did not end in 60 s")
    said = done.stderr.decode()
    assert done.returncode == 1, said  # the base's settings: the plan misses an item
    assert "作業ツリーの plans/.dxcheck.toml（シンボリックリンク。読みません） は" in said


def test_an_empty_dxcheck_config_rev_is_said(repo: Path) -> None:
    run = run_cli("audit", "plans/", "--no-infer", env={"DXCHECK_CONFIG_REV": ""})
    assert run.exit_code == 1
    assert "DXCHECK_CONFIG_REV が空です: 設定は作業ツリーから読みます" in run.stderr
    assert "DXCHECK_CONFIG_REV" not in _audit()[2]


def test_frameworks_dir_under_dxcheck_config_rev_is_said_to_be_read_from_the_working_tree(repo: Path) -> None:
    code, _, stderr = _audit("--frameworks-dir", "fw/", base="main")
    assert code == 1
    assert "--frameworks-dir の枠組みファイルは作業ツリーから読みます" in stderr
    assert "--frameworks-dir" not in _audit(base="main")[2]
    assert "--frameworks-dir" not in _audit("--frameworks-dir", "fw/")[2]


CI = Path(__file__).resolve().parent.parent / "docs" / "ci"


def _gitlab_runs(rules: list[dict[str, str]], variables: dict[str, str]) -> bool:
    """Whether GitLab starts a pipeline under `workflow: rules:` (the first rule whose `if:` holds decides;
    none: no pipeline). The expressions the snippet uses: `$VAR`, `$VAR == "text"`, joined by `&&`."""

    def holds(expression: str) -> bool:
        for part in expression.split("&&"):
            name, _, value = (p.strip() for p in part.partition("=="))
            got = variables.get(name.lstrip("$"), "")
            if (value and got != value.strip('"')) or (not value and not got):
                return False
        return True

    for rule in rules:
        if holds(rule["if"]):
            return rule.get("when", "always") != "never"
    return False


def test_the_gitlab_snippet_runs_in_merge_request_pipelines_and_not_twice() -> None:
    """Without `workflow: rules:` GitLab runs branch pipelines only: CI_MERGE_REQUEST_DIFF_BASE_SHA was never
    set, and a merge request was checked with the settings it changes itself."""
    from ruamel.yaml import YAML

    document = YAML(typ="safe").load((CI / "gitlab-ci.yml").read_text(encoding="utf-8"))
    rules = document["workflow"]["rules"]
    merge_request = {"CI_PIPELINE_SOURCE": "merge_request_event", "CI_MERGE_REQUEST_DIFF_BASE_SHA": "abc"}
    assert _gitlab_runs(rules, merge_request)
    assert not _gitlab_runs(rules, {"CI_PIPELINE_SOURCE": "push", "CI_COMMIT_BRANCH": "pr", "CI_OPEN_MERGE_REQUESTS": "g/p!1"})
    assert _gitlab_runs(rules, {"CI_PIPELINE_SOURCE": "push", "CI_COMMIT_BRANCH": "main"})


def test_the_github_snippet_checks_pushes_to_the_default_branch_only() -> None:
    from ruamel.yaml import YAML

    document = YAML(typ="safe").load((CI / "github-actions.yml").read_text(encoding="utf-8"))
    assert document["on"]["push"] == {"branches": ["main"]}
    assert "pull_request" in document["on"]


def _commands(log: bytes) -> list[str]:
    """The lines a GitHub Actions runner would read as workflow commands: after leading spaces, `::`,
    outside a `::stop-commands::TOKEN` … `::TOKEN::` block."""
    found, stop = [], None
    for line in log.decode("utf-8", "replace").split("\n"):
        text = line.lstrip()
        if stop is not None:
            stop = None if text == f"::{stop}::" else stop
        elif text.startswith("::stop-commands::"):
            stop = text.removeprefix("::stop-commands::")
        elif text.startswith("::"):
            found.append(line)
    return found


def _actions(*arguments: str, cwd: Path) -> tuple[bytes, bytes]:
    from fault_helpers import dx

    done = dx(*arguments, cwd=cwd, env={"GITHUB_ACTIONS": "true"})
    return done.stdout, done.stderr


def test_plan_text_does_not_become_a_workflow_command_in_a_github_actions_log(tmp_path: Path) -> None:
    """fmt --check's diff and its headers (a file's name), explain's wrapped quotation of a plan, a directory's
    name and a settings value on stderr: a line of them began with `::error::` in a GitHub Actions log."""
    text = PLAN.read_text(encoding="utf-8")
    measure = '          - id: "1-1-3"\n            title: 窓口手数料等のキャッシュレス化\n'
    assert measure in text
    unformatted = text.replace(
        measure, measure.replace("title:", "description: |\n              ::error title=B::偽の注釈B\n            title:")
    )
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "n\n::error::FMT.yaml").write_text(unformatted, encoding="utf-8")
    stdout, stderr = _actions("fmt", "--check", "a", cwd=tmp_path)
    assert b"::error title=B::" in stdout
    assert b"::error::FMT.yaml" in stdout
    assert _commands(stdout) == []
    assert _commands(stderr) == []

    policy = "    description: 窓口手続のデジタル化による市民の利便性の向上の実現や ICT 活用による災害への対応、教育・文化分野のデジタル化を推進します。"
    assert policy in text
    (tmp_path / "b.yaml").write_text(
        text.replace(policy, "    description: 窓口手続のデジタル化（" + "あ" * 19 + " ::error::偽の注釈E）を推進します。"),
        encoding="utf-8",
    )
    stdout, _ = _actions("explain", "dx/online", "b.yaml", cwd=tmp_path)
    assert "偽の注釈E" in stdout.decode()
    assert _commands(stdout) == []

    (tmp_path / "c" / "d\n::error::DIR.yaml").mkdir(parents=True)
    shutil.copy(PLAN, tmp_path / "c" / "ok.yaml")
    _, stderr = _actions("lint", "c", cwd=tmp_path)
    assert "d\\n::error::DIR.yaml" in stderr.decode()
    assert _commands(stderr) == []

    (tmp_path / "d").mkdir()
    shutil.copy(PLAN, tmp_path / "d" / "p.yaml")
    (tmp_path / "d" / ".dxcheck.toml").write_text('fail-on = "never\\n::error::CFG"\n', encoding="utf-8")
    _, stderr = _actions("audit", "d/p.yaml", cwd=tmp_path)
    assert "::error::CFG" in stderr.decode()
    assert _commands(stderr) == []
    assert all(line.startswith("dxcheck: ") for line in stderr.decode().splitlines()), stderr.decode()


def test_outside_github_actions_the_listings_are_not_guarded(tmp_path: Path) -> None:
    from fault_helpers import dx

    done = dx("explain", "dx/online", str(PLAN), cwd=tmp_path)
    assert b"stop-commands" not in done.stdout
    assert done.stdout == dx("explain", "dx/online", str(PLAN), cwd=tmp_path, env={"GITHUB_ACTIONS": ""}).stdout
    guarded = _actions("explain", "dx/online", str(PLAN), cwd=tmp_path)[0].split(b"\n")
    assert guarded[0].startswith(b"::stop-commands::")
    assert b"\n".join(guarded[1:-2]) + b"\n" == done.stdout  # the same text inside the guard


def test_a_soft_hyphen_in_a_title_is_flagged_and_escaped(tmp_path: Path) -> None:
    text = PLAN.read_text(encoding="utf-8")
    assert "title: 窓口手数料等のキャッシュレス化\n" in text
    (tmp_path / "p.yaml").write_text(
        text.replace("title: 窓口手数料等のキャッシュレス化\n", "title: 窓口手数料等の\u00adキャッシュレス化\n"), encoding="utf-8"
    )
    run = run_cli("lint", str(tmp_path / "p.yaml"))
    assert "DX412" in run.output, run.output
    assert "\\xad" in run.output
    assert "\u00ad" not in run.output


def test_a_settings_file_committed_as_a_link_is_said_under_dxcheck_config_rev(repo: Path) -> None:
    """git gives a committed link as a blob holding the target's path: it was parsed as TOML. It is said, exit 2."""
    import os

    (repo / "settings").mkdir()
    (repo / "settings" / "dxcheck.toml").write_text('frameworks = ["pref-test"]\nframework-paths = ["../fw/"]\n', encoding="utf-8")
    os.symlink("../settings/dxcheck.toml", repo / "plans" / ".dxcheck.toml")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "plans/ settings as a link")
    base = _git(repo, "rev-parse", "HEAD")
    code, _, stderr = _audit(base=base)
    assert code == 2, stderr
    assert f"{base}:plans/.dxcheck.toml: 設定ファイルがシンボリックリンクとしてコミットされています" in stderr
    assert "TOML の構文誤り" not in stderr


def test_a_framework_file_committed_as_a_link_is_said_under_dxcheck_config_rev(repo: Path) -> None:
    import os

    os.symlink("pref-test@2026.yaml", repo / "fw" / "other@2026.yaml")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "a framework file as a link")
    code, _, stderr = _audit(base="pr")
    assert code == 2, stderr
    assert "pr:fw/other@2026.yaml: 枠組みファイルがシンボリックリンクとしてコミットされています" in stderr


def test_another_projects_broken_pyproject_is_passed_over_with_and_without_dxcheck_config_rev(repo: Path) -> None:
    (repo / "plans" / "pyproject.toml").write_text('[project\nname = "someone-elses"\n', encoding="utf-8")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "another project's pyproject.toml")
    assert _audit()[0] == 1
    code, _, stderr = _audit(base="pr")
    assert code == 1, stderr
    assert "TOML の構文誤り" not in stderr
    # one that names tool.dxcheck is dxcheck's, broken: an error both ways
    (repo / "plans" / "pyproject.toml").write_text('[tool.dxcheck\nfail-on = "never"\n', encoding="utf-8")
    _git(repo, "commit", "-qam", "a broken [tool.dxcheck]")
    assert _audit()[0] == 2
    assert _audit(base="pr")[0] == 2


def _alike(n: int, prefix: str, suffix: str, seed: int) -> str:
    """A plan of `n` measures with new ids and titles all alike (a long shared prefix), none equal."""
    import random

    r = random.Random(seed)
    rows = "".join(
        f'      - id: "{prefix}{i}"\n        title: "行政手続のオンライン化とテレワークの推進事業'
        + "".join(r.choice("あいうえおかきくけこ") for _ in range(6))
        + f'{i:04d}{suffix}"\n'
        for i in range(n)
    )
    return (
        'version: 1\nmunicipality: {name: 恵庭市, prefecture: 北海道, code: "012319"}\n'
        "plan: {title: 計画, period: {start: R5, end: R7}}\n"
        f'policies:\n  - id: "1"\n    title: 方針\n    measures:\n{rows}'
    )


def test_similar_title_pairing_is_bounded_and_said(tmp_path: Path) -> None:
    """Step 4 of the pairing compared every unpaired title with every other: 1,000 alike titles took 47 s.
    Beyond 300 × 300 pairs it is skipped, and the report says so; below, the titles still pair by similarity."""
    import json

    (tmp_path / "old.yaml").write_text(_alike(310, "a", "", 1), encoding="utf-8")
    (tmp_path / "new.yaml").write_text(_alike(310, "b", "改", 2), encoding="utf-8")
    run = run_cli("diff", str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"), "--no-infer", "--format", "json")
    diff = json.loads(run.output)
    assert diff["similar_titles_skipped"] is True
    assert "題名の類似による対応づけは省きました" in diff["summary"]
    assert sorted({m["change"] for m in diff["measures"]}) == ["added", "removed"]
    text = run_cli("diff", str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"), "--no-infer")
    assert "題名の類似による対応づけは省きました" in text.output

    (tmp_path / "old.yaml").write_text(_alike(20, "a", "", 1), encoding="utf-8")
    (tmp_path / "new.yaml").write_text(_alike(20, "b", "改", 2), encoding="utf-8")
    diff = json.loads(run_cli("diff", str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"), "--no-infer", "--format", "json").output)
    assert "similar_titles_skipped" not in diff
    assert {m["change"] for m in diff["measures"]} == {"renamed"}
