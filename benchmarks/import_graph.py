"""The arrows between dxcheck's modules, read from the source (no import is run).

    .venv/bin/python benchmarks/import_graph.py             # every arrow, cycles, lines per module
    .venv/bin/python benchmarks/import_graph.py --root DIR  # another checkout (to compare before/after)

An arrow A → B means module A imports B: at module level (`A → B`), or inside a function, only
when that code runs (`A ⇢ B`). A cycle of module-level arrows is an import cycle. tests/test_architecture.py
holds the rules the arrows must keep. A cycle is reported even through a lazy import.
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def modules(root: Path) -> dict[str, Path]:
    """Every module of the dxcheck package under `root`, by dotted name."""
    found = {}
    for path in sorted((root / "dxcheck").rglob("*.py")):
        parts = path.relative_to(root).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def arrows(root: Path) -> dict[tuple[str, str], bool]:
    """(importer, imported) → whether the import is at module level."""
    known = modules(root)
    edges: dict[tuple[str, str], bool] = {}
    for name, path in known.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top = {id(node) for node in tree.body}
        # `if TYPE_CHECKING:` imports are for the type checker: not an arrow at run time (the same
        # import made lazily inside a function still is one).
        typing_only = {
            id(inner)
            for node in tree.body
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
            for inner in ast.walk(node)
        }
        for node in ast.walk(tree):
            if id(node) in typing_only:
                continue
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                base = node.module
                targets = [base] + [f"{base}.{alias.name}" for alias in node.names]
            for target in targets:
                if target in known and target != name:
                    level = id(node) in top
                    key = (name, target)
                    edges[key] = edges.get(key, False) or level
    return edges


def cycles(edges: dict[tuple[str, str], bool], *, lazy: bool = True) -> list[list[str]]:
    """The cycles of arrows (each once, from its smallest module); with lazy=False, of module-level ones only.
    A cycle through a lazy import runs, but it is still two modules that need each other."""
    graph: dict[str, set[str]] = {}
    for (a, b), level in edges.items():
        if level or lazy:
            graph.setdefault(a, set()).add(b)
    found: set[tuple[str, ...]] = set()

    def visit(start: str, node: str, path: list[str]) -> None:
        for nxt in sorted(graph.get(node, ())):
            if nxt == start:
                found.add(tuple(path))
            elif nxt not in path and nxt > start:
                visit(start, nxt, [*path, nxt])

    for start in sorted(graph):
        visit(start, start, [start])
    return [list(c) for c in sorted(found)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT)
    args = parser.parse_args()
    edges = arrows(args.root)
    sizes = {name: sum(1 for _ in path.open(encoding="utf-8")) for name, path in modules(args.root).items()}
    print(
        f"{len(sizes)} modules, {sum(sizes.values())} lines; {sum(edges.values())} module-level arrows, {len(edges) - sum(edges.values())} lazy"
    )
    for name in sorted(sizes):
        out = sorted(b for (a, b) in edges if a == name)
        shown = ", ".join(b.removeprefix("dxcheck.") + ("" if edges[(name, b)] else " (lazy)") for b in out)
        print(f"  {name:34} {sizes[name]:5}  → {shown}")
    found = cycles(edges)
    print("import cycles (lazy imports too): " + ("none" if not found else "; ".join(" → ".join(c + c[:1]) for c in found)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
