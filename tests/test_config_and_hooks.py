"""Configuration files, pre-commit hooks and the documented CI snippets, through their real tools."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from conftest import MINIMAL_PLAN, PLANS, ROOT, run_cli


def _plan_dir(tmp_path: Path, config: str | None, name: str = "pyproject.toml") -> Path:
    plans = tmp_path / "town" / "plans"
    plans.mkdir(parents=True)
    (plans / "plan.yaml").write_text(MINIMAL_PLAN + "procedures:\n  p20: {status: planned}\n", encoding="utf-8")
    if config is not None:
        (tmp_path / "town" / name).write_text(config, encoding="utf-8")
    return plans / "plan.yaml"


def test_pyproject_settings_are_found_from_the_plans_directory_upward(tmp_path: Path) -> None:
    plan = _plan_dir(tmp_path, '[project]\nname = "town"\n\n[tool.dxcheck]\nignore = ["DX404"]\nlang = "en"\nfail-on = "never"\n')
    lint = run_cli("lint", str(plan))
    assert "DX404" not in lint.output
    assert "1 file checked" in lint.output
    assert run_cli("audit", str(plan)).exit_code == 0  # fail-on = never
    assert run_cli("audit", str(plan), "--fail-on", "missing").exit_code == 1  # the command line wins
    missing_config = run_cli("lint", str(plan), "--config", str(tmp_path / "nowhere.toml"))
    assert missing_config.exit_code == 2
    assert "設定ファイルがありません" in missing_config.stderr


def test_dxcheck_toml_and_dxcheck_config_shows_sources(tmp_path: Path) -> None:
    plan = _plan_dir(tmp_path, 'frameworks = ["kanmin", "dx"]\nmin-score = 50\n', ".dxcheck.toml")
    document = json.loads(run_cli("config", str(plan), "--format", "json").output)
    config_file = str((tmp_path / "town" / ".dxcheck.toml").resolve())
    assert document["file"] == config_file
    assert document["settings"]["frameworks"] == {"value": ["kanmin", "dx"], "source": config_file}
    assert document["settings"]["fail-on"] == {"value": "missing", "source": "default"}
    audit = json.loads(run_cli("audit", str(plan), "--format", "json").output)
    assert [f["id"] for f in audit["frameworks"]] == ["kanmin", "dx"]
    assert audit["settings"]["min_score"] == 50
    table = run_cli("config", str(plan))
    assert "min-score" in table.output


@pytest.mark.parametrize(
    ("config", "where", "words"),
    [
        ("[tool.dxcheck]\nfail_on = 'never'\n", "pyproject.toml:2: ", "もしかして「fail-on」"),
        ("[tool.dxcheck]\n# 言語\n\nlang = 'fr'\n", "pyproject.toml:4: ", "lang は ja、en のいずれか"),
        ("[tool.dxcheck]\nignore = ['DX999']\n", "pyproject.toml:2: ", "DX999"),
        ("[tool.dxcheck\n", "pyproject.toml:1:14: ", "表の見出しが「]」で閉じていません（例: [tool.dxcheck]）（Expected ']'"),
        ("[tool.dxcheck]\nmin-score = \n", "pyproject.toml:2:13: ", "値の書き方が正しくありません"),
        ("[tool.dxcheck]\ninfer = true\ninfer = false\n", "pyproject.toml:3:", "同じキーが二度書かれています"),
        ('[tool.dxcheck]\nframework-paths = ["C:\\Users\\me"]\n', "pyproject.toml:2:", "\\ は \\\\ と書くか"),
    ],
)
def test_a_broken_configuration_exits_2_and_says_where(tmp_path: Path, config: str, where: str, words: str) -> None:
    plan = _plan_dir(tmp_path, config)
    run = run_cli("lint", str(plan), env={"DXCHECK_LANG": ""})
    assert run.exit_code == 2
    assert where in run.stderr, run.stderr
    assert words in run.stderr, run.stderr


def test_a_dxcheck_toml_written_with_a_table_heading_says_to_drop_it(tmp_path: Path) -> None:
    plan = _plan_dir(tmp_path, '# 設定\n[dxcheck]\nfail-on = "never"\n', ".dxcheck.toml")
    run = run_cli("lint", str(plan), env={"DXCHECK_LANG": ""})
    assert run.exit_code == 2
    assert ".dxcheck.toml:2: .dxcheck.toml には [dxcheck] の見出しは要りません" in run.stderr, run.stderr
    english = run_cli("lint", str(plan), env={"DXCHECK_LANG": "en"})
    assert ".dxcheck.toml:2: a .dxcheck.toml needs no [dxcheck] table" in english.stderr, english.stderr


def test_a_toml_syntax_error_in_english_keeps_tomllibs_words_and_the_position(tmp_path: Path) -> None:
    plan = _plan_dir(tmp_path, "[tool.dxcheck]\nlang = \n", "pyproject.toml")
    run = run_cli("lint", str(plan), env={"DXCHECK_LANG": "en"})
    assert run.exit_code == 2
    assert "pyproject.toml:2:8: TOML syntax error: Invalid value" in run.stderr, run.stderr
    assert "(at line" not in run.stderr


# --- pre-commit -------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


def _pre_commit(repo: Path, home: Path, hook: str, *files: str) -> subprocess.CompletedProcess[str]:
    executable = Path(sys.executable).parent / "pre-commit"
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    env.pop("DXCHECK_LANG", None)
    return subprocess.run(
        [str(executable), "try-repo", str(ROOT), hook, "--files", *files], cwd=repo, capture_output=True, text=True, env=env, check=False
    )


def test_pre_commit_hooks_fail_on_a_broken_plan_and_pass_on_a_good_one(tmp_path: Path, pre_commit_home: Path) -> None:
    repo = tmp_path / "plans-repo"
    (repo / "plans").mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    shutil.copy(PLANS / "ashibetsu.yaml", repo / "plans" / "good.yaml")
    (repo / "plans" / "broken.yaml").write_text(MINIMAL_PLAN.replace("[dx/telework]", "[dx/telwork]"), encoding="utf-8")
    subprocess.run(["git", "add", "."], cwd=repo, check=True)

    good = _pre_commit(repo, pre_commit_home, "dxcheck-lint", "plans/good.yaml")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout
    broken = _pre_commit(repo, pre_commit_home, "dxcheck-lint", "plans/broken.yaml")
    assert broken.returncode == 1
    assert "plans/broken.yaml:17:21: DX301 エラー" in broken.stdout

    audit_good = _pre_commit(repo, pre_commit_home, "dxcheck-audit", "plans/good.yaml")
    assert audit_good.returncode == 0, audit_good.stdout
    shutil.copy(PLANS / "kamisato.yaml", repo / "plans" / "gaps.yaml")  # misses dx/ai-rpa and dx/telework
    subprocess.run(["git", "add", "."], cwd=repo, check=True)
    audit_gaps = _pre_commit(repo, pre_commit_home, "dxcheck-audit", "plans/gaps.yaml")
    assert audit_gaps.returncode == 1
    assert "dx/telework" in audit_gaps.stdout
    # the hook prints a line per plan: a plan that fails names the command that shows why (a new user's walkthrough)
    assert "（合否に数えません）。詳しくは dxcheck audit plans/gaps.yaml\n" in audit_gaps.stdout, audit_gaps.stdout


def test_pre_commit_hooks_check_the_plan_documents_too(tmp_path: Path, pre_commit_home: Path) -> None:
    """Issue 28, item 17: towns keep the Word or PDF plan in the repository too; the hooks read it (it
    was skipped: 「(no files to check)」)."""
    repo = tmp_path / "plans-repo"
    (repo / "plans").mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    shutil.copy(ROOT / "tests" / "data" / "import_blind4" / "doc47.docx", repo / "plans" / "town.docx")
    (repo / "plans" / "notes.txt").write_text("メモ\n", encoding="utf-8")  # not a plan: left alone
    subprocess.run(["git", "add", "."], cwd=repo, check=True)
    lint = _pre_commit(repo, pre_commit_home, "dxcheck-lint", "plans/town.docx", "plans/notes.txt")
    assert lint.returncode == 0, lint.stdout + lint.stderr
    assert "Passed" in lint.stdout
    assert "no files to check" not in lint.stdout
    audit = _pre_commit(repo, pre_commit_home, "dxcheck-audit", "plans/town.docx")
    assert audit.returncode == 1  # 霧ヶ丘町 misses 6 required items
    assert "plans/town.docx 霧ヶ丘町 総合" in audit.stdout


def test_the_audit_hook_honours_the_configurations_fail_on(tmp_path: Path, pre_commit_home: Path) -> None:
    """Newcomer review of issue 28: the hook's entry fixed `--fail-on missing`, which overrode the plan
    repository's configuration. The configuration wins, unless the hook's `args:` say otherwise."""
    repo = tmp_path / "plans-repo"
    (repo / "plans").mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    shutil.copy(PLANS / "kamisato.yaml", repo / "plans" / "gaps.yaml")  # misses dx/ai-rpa and dx/telework
    (repo / ".dxcheck.toml").write_text('fail-on = "never"\n', encoding="utf-8")
    subprocess.run(["git", "add", "."], cwd=repo, check=True)
    tried = _pre_commit(repo, pre_commit_home, "dxcheck-audit", "plans/gaps.yaml")
    assert tried.returncode == 0, tried.stdout + tried.stderr
    assert "Passed" in tried.stdout  # pre-commit shows a passing hook's output only on failure

    # The same hooks from a clone of this repository, pinned by commit, with `args:` that set the bar.
    clone = tmp_path / "dxcheck"
    _git("clone", "-q", "--no-tags", str(ROOT), str(clone))
    shutil.copy(ROOT / ".pre-commit-hooks.yaml", clone / ".pre-commit-hooks.yaml")  # the hooks as in the work tree
    _git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "--allow-empty", "-am", "hooks", cwd=clone)
    commit = _git("rev-parse", "HEAD", cwd=clone).strip()
    env = {**os.environ, "PRE_COMMIT_HOME": str(pre_commit_home), "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    env.pop("DXCHECK_LANG", None)
    executable = Path(sys.executable).parent / "pre-commit"
    for args, code in (("", 0), ("\n        args: [--fail-on, missing]", 1)):
        config = f"repos:\n  - repo: {clone}\n    rev: {commit}\n    hooks:\n      - id: dxcheck-audit{args}\n"
        (repo / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
        subprocess.run(["git", "add", "."], cwd=repo, check=True)
        run = subprocess.run([str(executable), "run", "--all-files"], cwd=repo, capture_output=True, text=True, env=env, check=False)
        assert run.returncode == code, (args, run.stdout + run.stderr)
        assert ("Passed", "Failed")[code] in run.stdout
    assert "plans/gaps.yaml 上里町 総合" in run.stdout
    assert "不合格: 必須項目が 2 件ありません" in run.stdout


# --- the release tag the snippets name -----------------------------------------------------------


def _readme_snippet(language: str, containing: str) -> str:
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks: list[str] = re.findall(rf"```{language}\n(.*?)```", readme, re.DOTALL)
    return next(b for b in blocks if containing in b)


def _git(*args: str, cwd: Path | None = None) -> str:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def organisation_copy(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The copy of dxcheck an organisation keeps (a bare repository, as on its Git server), made from
    this repository's committed HEAD without a tag — as a fresh clone is —, and the release tag the
    README names, made and pushed by the README's own command from a clone of it. Never skipped:
    nothing here depends on a tag this copy of dxcheck may not have."""
    from dxcheck import __version__

    base = tmp_path_factory.mktemp("organisation")
    bare = base / "dxcheck.git"
    _git("clone", "-q", "--bare", "--no-tags", str(ROOT), str(bare))
    work = base / "dxcheck"
    _git("clone", "-q", str(bare), str(work))
    assert _git("tag", cwd=work) == ""  # what a user sees in a fresh clone
    tag = f"v{__version__}"
    line = next(line for line in _readme_snippet("sh", "git tag").splitlines() if line.startswith("git tag"))
    command = line.split("#")[0].strip()
    assert command == f"git tag {tag} && git push origin {tag}"
    done = subprocess.run(["bash", "-c", command], cwd=work, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert _git("tag", cwd=bare).split() == [tag]
    return bare, tag


def test_the_readme_names_this_releases_tag() -> None:
    from dxcheck import __version__

    assert f"rev: v{__version__}" in _readme_snippet("yaml", "dxcheck-lint")
    assert f"dxcheck@v{__version__}" in _readme_snippet("sh", 'pip install "git+')
    for snippet in ("github-actions.yml", "gitlab-ci.yml"):
        assert f"dxcheck@v{__version__}" in (ROOT / "docs" / "ci" / snippet).read_text(encoding="utf-8")


def _pre_commit_snippet(tmp_path: Path, home: Path, repository: Path, rev: str | None = None) -> subprocess.CompletedProcess[str]:
    """`pre-commit run --all-files` in a plan repository configured by the README's snippet, pointing at
    `repository`, with its `rev:` (or `rev`, the commit the README says may stand for it)."""
    repo = tmp_path / "plans-repo"
    (repo / "plans").mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    shutil.copy(PLANS / "ashibetsu.yaml", repo / "plans" / "ashibetsu.yaml")
    config = _readme_snippet("yaml", "dxcheck-lint").replace("https://example.org/your-copy-of/dxcheck", str(repository))
    if rev is not None:
        line = next(line for line in config.splitlines() if line.strip().startswith("rev:"))
        config = config.replace(line, f"    rev: {rev}")
    (repo / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    subprocess.run(["git", "add", "."], cwd=repo, check=True)
    executable = Path(sys.executable).parent / "pre-commit"
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    env.pop("DXCHECK_LANG", None)
    return subprocess.run([str(executable), "run", "--all-files"], cwd=repo, capture_output=True, text=True, env=env, check=False)


def test_the_pre_commit_snippet_works_against_the_release_tag(
    tmp_path: Path, pre_commit_home: Path, organisation_copy: tuple[Path, str]
) -> None:
    bare, tag = organisation_copy
    assert f"rev: {tag}" in _readme_snippet("yaml", "dxcheck-lint")
    run = _pre_commit_snippet(tmp_path, pre_commit_home, bare)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.count("Passed") == 2, run.stdout


def test_the_pre_commit_snippet_works_with_a_commit_in_a_copy_without_tags(tmp_path: Path, pre_commit_home: Path) -> None:
    """The README's other way: `rev:` the commit (`git rev-parse HEAD`), in a copy that has no tag at all."""
    bare = tmp_path / "untagged.git"
    _git("clone", "-q", "--bare", "--no-tags", str(ROOT), str(bare))
    assert _git("tag", cwd=bare) == ""
    commit = _git("rev-parse", "HEAD", cwd=bare).strip()
    run = _pre_commit_snippet(tmp_path, pre_commit_home, bare, rev=commit)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.count("Passed") == 2, run.stdout


def test_the_install_line_of_the_snippets_installs_the_release(tmp_path: Path, organisation_copy: tuple[Path, str]) -> None:
    bare, tag = organisation_copy
    document = YAML(typ="safe").load((ROOT / "docs" / "ci" / "gitlab-ci.yml").read_text(encoding="utf-8"))
    line = next(s for s in document["dxcheck"]["script"] if "pip install" in s)
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    env = {
        **os.environ,
        "PATH": f"{venv / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}",
        "DXCHECK": f"git+file://{bare}@{tag}",  # the snippet's variable, set to the organisation's copy
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
    }
    done = subprocess.run(["bash", "-c", line], capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    version = subprocess.run([str(venv / "bin" / "dxcheck"), "--version"], capture_output=True, text=True, check=False)
    assert version.stdout.strip() == f"dxcheck {tag[1:]}"
    lint = subprocess.run([str(venv / "bin" / "dxcheck"), "lint", str(PLANS)], capture_output=True, text=True, check=False)
    assert lint.returncode == 0, lint.stdout + lint.stderr


# --- the documented CI snippets ---------------------------------------------------------------


def _commands(document: object) -> list[str]:
    """Every dxcheck command line in a workflow's run: or script: entries."""
    found: list[str] = []
    if isinstance(document, dict):
        for key, value in document.items():
            if key in ("run", "script"):
                lines = value if isinstance(value, list) else str(value).splitlines()
                found += [line.strip() for line in lines if str(line).strip().startswith("dxcheck ")]
            else:
                found += _commands(value)
    elif isinstance(document, list):
        for value in document:
            found += _commands(value)
    return found


@pytest.mark.parametrize("snippet", ["github-actions.yml", "gitlab-ci.yml"])
def test_ci_snippets_parse_and_their_dxcheck_commands_run(snippet: str, tmp_path: Path) -> None:
    document = YAML(typ="safe").load((ROOT / "docs" / "ci" / snippet).read_text(encoding="utf-8"))
    commands = _commands(document)
    assert len(commands) >= 3
    shutil.copytree(PLANS, tmp_path / "plans")
    # A plan saved as .yml, with an unknown item: every command must see it (plans/*.yaml did not).
    (tmp_path / "plans" / "town.yml").write_text(MINIMAL_PLAN.replace("dx/telework", "dx/teleworks"), encoding="utf-8")
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    env.pop("DXCHECK_LANG", None)
    for command in commands:
        done = subprocess.run(["bash", "-c", command], cwd=tmp_path, capture_output=True, text=True, env=env, check=False)
        assert done.returncode in (0, 1), f"{command}: {done.stderr}"
        assert "Traceback" not in done.stdout + done.stderr
        report = done.stdout
        if "--output" in command:
            written = tmp_path / shlex.split(command)[shlex.split(command).index("--output") + 1]
            assert written.stat().st_size > 0
            report = written.read_text(encoding="utf-8")
        assert "town.yml" in report, f"{command} did not read plans/town.yml"


@pytest.mark.parametrize("command", ["audit", "compare", "lint", "config"])
def test_an_unknown_framework_in_the_settings_stops_every_command_and_says_where(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`config` showed 「frameworks │ kanmin, dxx」 and exited 0; the others said 「設定 frameworks に不明な枠組み: dxx」 with no
    file, line or suggestion, and an absolute path where one was given (the third walkthrough)."""
    _plan_dir(tmp_path, '# 設定\nframeworks = ["kanmin", "dxx"]\n', ".dxcheck.toml")
    monkeypatch.chdir(tmp_path / "town")
    run = run_cli(command, *([] if command == "config" else ["plans/plan.yaml"]), env={"DXCHECK_LANG": ""})
    assert run.exit_code == 2
    assert run.stderr.startswith("dxcheck: .dxcheck.toml:2: 設定 frameworks に不明な枠組み: dxx（もしかして dx？）"), run.stderr


def test_the_configured_language_holds_for_every_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".dxcheck.toml").write_text('lang = "en"\n', encoding="utf-8")
    plan = tmp_path / "plan.yaml"
    plan.write_text(MINIMAL_PLAN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    env = {"DXCHECK_LANG": ""}
    assert "what to do" in run_cli("rules", "DX301", env=env).output
    assert "Frameworks" in run_cli("frameworks", env=env).output
    assert "Telework for the municipality's own staff" in run_cli("explain", "dx/telework", env=env).output
    assert "1 file: formatted 1" in run_cli("fmt", str(plan), env=env).stderr
    assert "0 errors" in run_cli("lint", str(plan), env=env).output
    assert "1 ファイルを検査" in run_cli("lint", str(plan), "--lang", "ja", env=env).output  # the option wins


def test_every_mistake_of_a_settings_file_is_said_at_once_each_on_its_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file with three mistakes took three runs to mend, one said a run (the third walkthrough)."""
    _plan_dir(tmp_path, 'fail_on = "never"\nmin-score = "60"\nignore = ["DX999"]\n', ".dxcheck.toml")
    monkeypatch.chdir(tmp_path / "town")
    run = run_cli("lint", "plans/plan.yaml", env={"DXCHECK_LANG": ""})
    assert run.exit_code == 2
    assert run.stderr.splitlines() == [
        "dxcheck: .dxcheck.toml:1: 不明な設定「fail_on」（もしかして「fail-on」？）",
        'dxcheck: .dxcheck.toml:2: min-score は 0〜100 の数値です（"60"）',
        "dxcheck: .dxcheck.toml:3: ignore に不明なルール「DX999」（もしかして「DX409」？）。一覧: dxcheck rules",
    ]
