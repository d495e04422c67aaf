"""The shape of the code: data flows one way, and the arrows between modules say so.

paths → read → (plan/lint, audit/) → results → report/* → cli. The packages of dxcheck/ stand in
floors, each importing only what its docstring allows (docs/architecture.md). The engine never imports a reporter
or the CLI; a reporter never re-reads a plan or runs the audit; nothing imports the CLI but main.
What changes at run time is passed down, never read from another module; the command line is
declarations, and each command's work is a function a test can call.
"""

from __future__ import annotations

import ast
import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from import_graph import arrows, cycles, modules

EDGES = arrows(ROOT)


def _imports(module: str) -> set[str]:
    return {b for (a, b) in EDGES if a == module}


def test_there_is_no_import_cycle_not_even_through_a_lazy_import() -> None:
    assert cycles(EDGES) == []


def test_the_engine_knows_nothing_of_reports_or_the_command_line() -> None:
    for module in (
        "dxcheck.audit.verdicts",
        "dxcheck.audit.checks",
        "dxcheck.reading.infer",
        "dxcheck.plan.lint",
        "dxcheck.audit.pipeline",
        "dxcheck.model.results",
    ):
        assert not {m for m in _imports(module) if m.startswith(("dxcheck.report", "dxcheck.cli", "dxcheck.report.console"))}, module


def test_reporters_are_functions_of_the_results_alone() -> None:
    reporters = {a for (a, _) in EDGES if a.startswith("dxcheck.report.")}
    forbidden = (
        "dxcheck.audit.pipeline",
        "dxcheck.audit.verdicts",
        "dxcheck.plan.lint",
        "dxcheck.files.source",
        "dxcheck.files.loader",
        "dxcheck.reading.infer",
        "dxcheck.cli",
        "dxcheck.diff.changes",
        "dxcheck.files.revision",
    )
    for module in reporters:
        assert not {m for m in _imports(module) if m in forbidden}, module


def test_results_are_plain_data() -> None:
    assert _imports("dxcheck.model.results") == {"dxcheck.model.findings"}
    assert _imports("dxcheck.diff.results") == {"dxcheck.model.results"}


def test_only_the_entry_point_imports_the_command_line() -> None:
    outside = {a for (a, b) in EDGES if (b == "dxcheck.cli" or b.startswith("dxcheck.cli.")) and not a.startswith("dxcheck.cli")}
    assert outside == {"dxcheck.main"}


def test_every_format_of_every_command_has_its_reporter() -> None:
    """The dispatch is exhaustive (mypy checks it: assert_never); here, each reporter is imported and
    takes its command's result and the context."""
    import inspect

    from dxcheck import report
    from dxcheck.report import reporters

    found: dict[str, list[object]] = {
        "lint": [reporters.lint_reporter(name) for name in report.LINT.names],
        "audit": [reporters.audit_reporter(name) for name in report.AUDIT.names],
        "compare": [reporters.compare_reporter(name) for name in report.COMPARE.names],
        "diff": [reporters.diff_reporter(name) for name in report.DIFF.names],
    }
    for formats in (report.LINT, report.AUDIT, report.COMPARE, report.DIFF):
        assert formats.default in formats.names, formats.command
    for command, functions in found.items():
        for function in functions:
            assert callable(function), command
            parameters = list(inspect.signature(function).parameters)[:2]
            assert parameters in (["run", "context"], ["audits", "context"], ["diff", "context"]), (command, function)


def test_one_read_path_every_plan_is_read_through_dxcheck_read() -> None:
    """A YAML file, standard input, a document and a file at a git revision are read in one place
    (dxcheck.read): no other module of the engine turns a path or a document into a checked plan."""
    importers = {a for (a, b) in EDGES if b == "dxcheck.importer" or b.startswith("dxcheck.importer.")} - {"dxcheck.importer"}
    importers = {a for a in importers if not a.startswith("dxcheck.importer.")}
    assert importers <= {"dxcheck.read", "dxcheck.cli.run_import"}, importers  # `dxcheck import` writes the draft itself
    lint_loaders = {a for (a, b) in EDGES if b == "dxcheck.plan.lint"}
    assert "dxcheck.files.revision" not in lint_loaders
    assert "dxcheck.document" not in {a for (a, _) in EDGES}


# --- state, and what the command line holds --------------------------------------------------------

_MUTATORS = {
    "append",
    "extend",
    "insert",
    "remove",
    "pop",
    "popitem",
    "clear",
    "update",
    "setdefault",
    "add",
    "discard",
    "appendleft",
    "extendleft",
}


def _trees() -> dict[str, ast.Module]:
    return {name: ast.parse(path.read_text(encoding="utf-8")) for name, path in modules(ROOT).items()}


def _changed_at_run_time(tree: ast.Module) -> set[str]:
    """The module-level names a function of the module rebinds (`global`) or changes in place
    (`NAME.append(…)`, `NAME[k] = …`, `del NAME[k]`): the module's mutable state."""
    top = {target.id for node in tree.body for target in _targets(node) if isinstance(target, ast.Name)}
    changed: set[str] = set()
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.Global):
                changed.update(node.names)
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _MUTATORS:
                if isinstance(node.func.value, ast.Name):
                    changed.add(node.func.value.id)
            elif isinstance(node, ast.Assign | ast.AugAssign | ast.Delete):
                for target in node.targets if isinstance(node, ast.Assign | ast.Delete) else [node.target]:
                    if isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name):
                        changed.add(target.value.id)
    return changed & top


def _targets(node: ast.stmt) -> list[ast.expr]:
    if isinstance(node, ast.Assign):
        return node.targets
    if isinstance(node, ast.AnnAssign | ast.AugAssign):
        return [node.target]
    return []


def test_no_module_level_mutable_state_is_read_from_another_module() -> None:
    """What changes while a command runs (the language, warnings to say, caches) is passed down as
    arguments (dxcheck.cli.invocation), or kept by the module that changes it: another module never
    imports it or reads it as an attribute, and nothing looks dxcheck's modules up in sys.modules."""
    trees = _trees()
    state = {name: _changed_at_run_time(tree) for name, tree in trees.items()}
    assert state["dxcheck.main"] >= {"_received", "_settled"}  # the test sees what it is meant to see
    read: list[str] = []
    for reader, tree in trees.items():
        aliases: dict[str, str] = {}  # local name → dxcheck module
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                aliases.update({(a.asname or a.name): a.name for a in node.names if a.name in state})
            elif isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    if f"{node.module}.{alias.name}" in state:
                        aliases[alias.asname or alias.name] = f"{node.module}.{alias.name}"
                    elif node.module != reader and alias.name in state.get(node.module, set()):
                        read.append(f"{reader} imports {node.module}.{alias.name}")
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in aliases:
                owner = aliases[node.value.id]
                if owner != reader and node.attr in state[owner]:
                    read.append(f"{reader} reads {owner}.{node.attr}")
            if isinstance(node, ast.Attribute) and node.attr == "modules" and isinstance(node.value, ast.Name) and node.value.id == "sys":
                read.append(f"{reader} looks modules up in sys.modules")
    assert read == [], read


CLI = ROOT / "dxcheck" / "cli"
DECLARATIONS = ("__init__.py", "app.py", "options.py")


def test_the_command_line_declares_and_each_command_is_one_call_to_its_run_function() -> None:
    """cli/app.py and cli/options.py are declarations: ≤ 540 lines together, each command's body one
    call of `run_<command>(invocation(…), …)`, each other function a few statements. The work is in
    cli/run_<command>.py, where a test can call it: `run_<command>(invocation, …) -> ExitCode`."""
    # 540: --frameworks-dir on the eight commands that read frameworks, and `frameworks check` (issue 24), took the 500 of before.
    assert sum(len((CLI / name).read_text(encoding="utf-8").splitlines()) for name in DECLARATIONS) <= 540
    runs: dict[str, ast.FunctionDef] = {}
    for path in CLI.glob("run_*.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef) and node.name.startswith("run_"):
                runs[node.name] = node
    for name, run in runs.items():
        assert run.args.args[0].arg == "invocation", name
        assert ast.unparse(run.returns) == "ExitCode" if run.returns is not None else False, name
    called: set[str] = set()
    for name in DECLARATIONS:
        tree = ast.parse((CLI / name).read_text(encoding="utf-8"))
        for function in [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]:
            body = [s for s in function.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]  # no docstring
            if not function.decorator_list:
                assert sum(1 for s in ast.walk(function) if isinstance(s, ast.stmt)) <= 8, function.name  # --format's check, --version
                continue
            if function.name == "_root":  # the group's own options (--version): no work
                assert body == [], function.name
                continue
            assert len(body) == 1, function.name
            assert isinstance(body[0], ast.Return), function.name
            value = body[0].value
            assert value is not None, function.name
            branches = [value.body, value.orelse] if isinstance(value, ast.IfExp) else [value]  # a group: no work when a subcommand runs
            calls = [b for b in branches if isinstance(b, ast.Call)]
            assert len(calls) == 1, function.name
            assert all(isinstance(b, ast.Call) or (isinstance(b, ast.Constant) and b.value is None) for b in branches), function.name
            callee = calls[0].func
            assert isinstance(callee, ast.Name), function.name
            assert callee.id in runs, function.name
            first = calls[0].args[0]
            assert isinstance(first, ast.Call), function.name
            assert ast.unparse(first.func) == "invocation", function.name
            called.add(callee.id)
    assert called == set(runs)


# --- the layout: packages, and what each may import -------------------------------------------------

_PACKAGE = ROOT / "dxcheck"


def _unit(module: str) -> str:
    """The package (dxcheck.audit) or top-level module (dxcheck.read) a module belongs to."""
    parts = module.split(".")
    if len(parts) > 2 or (len(parts) == 2 and (_PACKAGE / parts[1]).is_dir()):
        return ".".join(parts[:2])
    return module


def _may_import() -> dict[str, set[str]]:
    """Each package's (or top-level module's) docstring says what it may import: 'May import: …'."""
    import re

    allowed: dict[str, set[str]] = {}
    for path in sorted(_PACKAGE.iterdir()):
        if path.name == "__init__.py" or (path.name.startswith((".", "_")) and path.name != "__main__.py"):
            continue
        source = path / "__init__.py" if path.is_dir() else path
        if not source.is_file() or (path.is_file() and path.suffix != ".py"):
            continue
        unit = "dxcheck." + path.stem
        doc = ast.get_docstring(ast.parse(source.read_text(encoding="utf-8"))) or ""
        said = re.search(r"^May import: (.*?)(?:\n\n|\Z)", doc, re.MULTILINE | re.DOTALL)
        assert said, f"{source.relative_to(ROOT)}: its docstring does not say what it may import ('May import: …')"
        words = re.sub(r"\([^)]*\)", "", said.group(1))
        allowed[unit] = set(re.findall(r"\bdxcheck(?:\.[a-z_]+)?\b", words))
    return allowed


def test_at_most_twelve_modules_stand_directly_in_the_package() -> None:
    assert len(list(_PACKAGE.glob("*.py"))) <= 12


def test_each_package_imports_only_what_its_docstring_says_it_may() -> None:
    allowed = _may_import()
    wrong = sorted(f"{a} imports {b}" for (a, b) in EDGES if _unit(a) != _unit(b) and _unit(b) not in allowed.get(_unit(a), set()))
    assert wrong == []
    assert allowed["dxcheck.model"] == set()  # the test reads what it is meant to read
    assert "dxcheck.report" not in allowed["dxcheck.audit"]


def test_the_packages_stand_in_floors_none_may_import_one_above_it() -> None:
    """What the docstrings allow has no loop: the packages can be stacked, each above what it imports."""
    allowed = _may_import()
    floors: list[set[str]] = []
    placed: set[str] = {"dxcheck"}
    left = dict(allowed)
    while left:
        floor = {unit for unit, uses in left.items() if uses - {unit} <= placed}
        assert floor, f"these allow each other in a loop: {sorted(left)}"
        floors.append(floor)
        placed |= floor
        for unit in floor:
            del left[unit]
    assert floors[0] == {"dxcheck.model"}
    assert floors[-1] >= {"dxcheck.__main__"}
