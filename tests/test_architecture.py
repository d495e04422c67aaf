"""The shape of the code: data flows one way, and the arrows between modules say so.

paths → pipeline → (lint, audit) → results → report/* → cli. The engine never imports a reporter
or the CLI; a reporter never re-reads a plan or runs the audit; nothing imports the CLI but main.
"""

from __future__ import annotations

import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from import_graph import arrows, cycles

EDGES = arrows(ROOT)


def _imports(module: str) -> set[str]:
    return {b for (a, b) in EDGES if a == module}


def test_there_is_no_import_cycle_not_even_through_a_lazy_import() -> None:
    assert cycles(EDGES) == []


def test_the_engine_knows_nothing_of_reports_or_the_command_line() -> None:
    for module in ("dxcheck.audit", "dxcheck.audit_checks", "dxcheck.infer", "dxcheck.lint", "dxcheck.pipeline", "dxcheck.results"):
        assert not {m for m in _imports(module) if m.startswith(("dxcheck.report", "dxcheck.cli", "dxcheck.console"))}, module


def test_reporters_are_functions_of_the_results_alone() -> None:
    reporters = {a for (a, _) in EDGES if a.startswith("dxcheck.report.")}
    forbidden = (
        "dxcheck.pipeline",
        "dxcheck.audit",
        "dxcheck.lint",
        "dxcheck.source",
        "dxcheck.loader",
        "dxcheck.infer",
        "dxcheck.cli",
        "dxcheck.diff",
        "dxcheck.revision",
    )
    for module in reporters:
        assert not {m for m in _imports(module) if m in forbidden}, module


def test_results_are_plain_data() -> None:
    assert _imports("dxcheck.results") == {"dxcheck.findings"}
    assert _imports("dxcheck.diff_results") == {"dxcheck.results"}


def test_only_the_entry_point_imports_the_command_line() -> None:
    assert {a for (a, b) in EDGES if b == "dxcheck.cli"} == {"dxcheck.main"}


def test_every_registered_reporter_exists() -> None:
    import inspect

    from dxcheck import report

    for fmt in report.FORMATS:
        for command in fmt.modules:
            if command == "lint":
                function = fmt.lint_reporter()
            elif command == "diff":
                function = fmt.diff_reporter()  # type: ignore[assignment]
            else:
                function = fmt.audits_reporter(command)  # type: ignore[assignment]
            assert list(inspect.signature(function).parameters)[:2] in (["run", "context"], ["audits", "context"], ["diff", "context"]), (
                fmt.name,
                command,
            )


def test_one_read_path_every_plan_is_read_through_dxcheck_read() -> None:
    """A YAML file, standard input, a document and a file at a git revision are read in one place
    (dxcheck.read): no other module of the engine turns a path or a document into a checked plan."""
    importers = {a for (a, b) in EDGES if b == "dxcheck.importer" or b.startswith("dxcheck.importer.")} - {"dxcheck.importer"}
    importers = {a for a in importers if not a.startswith("dxcheck.importer.")}
    assert importers <= {"dxcheck.read", "dxcheck.cli"}, importers  # cli: `dxcheck import` writes the draft itself
    lint_loaders = {a for (a, b) in EDGES if b == "dxcheck.lint"}
    assert "dxcheck.revision" not in lint_loaders
    assert "dxcheck.document" not in {a for (a, _) in EDGES}
