"""Benchmarks: medians of cold processes, measured side by side in the same run. Not part of the tests.

    .venv/bin/python benchmarks/run.py                 # prints the figures
    .venv/bin/python benchmarks/run.py --markdown docs/performance-figures.md

Each command runs as a fresh process, several times, the compared commands interleaved (A B A B …)
so that a busy machine slows both alike; the peak resident memory of each process comes from
os.wait4. Plans for `compare` come from benchmarks/generate.py (seed 1), the first 100 / 500 / 1,741.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


@dataclass
class Figure:
    name: str
    times: list[float]
    peaks: list[int]

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def peak_mib(self) -> float:
        return max(self.peaks) / 2**20


def _tree_rss(pid: int) -> int:
    """Resident memory of a process and all its descendants (Linux /proc), in bytes."""
    total = 0
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as children:
                total += sum(_tree_rss(int(child)) for child in children.read().split())
    except (OSError, ValueError):
        pass
    return total


def run_once(argv: list[str]) -> tuple[float, int]:
    """Wall time and peak memory (bytes) of one process with its workers; output discarded.

    Peak memory: the process's own maximum (os.wait4), or the largest sum over the process tree
    sampled every 20 ms while it ran (compare's worker processes), whichever is larger.
    """
    import threading

    started = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    peak_tree = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak_tree
        while not done.wait(0.02):
            peak_tree = max(peak_tree, _tree_rss(process.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, _, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    done.set()
    sampler.join()
    process.returncode = 0
    return elapsed, max(usage.ru_maxrss * 1024, peak_tree)


def measure(commands: dict[str, list[str]], runs: int, warmup: int = 1) -> dict[str, Figure]:
    figures = {name: Figure(name, [], []) for name in commands}
    for _ in range(warmup):
        for argv in commands.values():
            run_once(argv)
    for _ in range(runs):
        for name, argv in commands.items():  # interleaved
            elapsed, peak = run_once(argv)
            figures[name].times.append(elapsed)
            figures[name].peaks.append(peak)
    return figures


def _compile_bytecode() -> None:
    """Compile dxcheck's modules, as `pip install .` does: an editable install under
    PYTHONDONTWRITEBYTECODE=1 would otherwise compile every module again in every run (≈ 30 ms)."""
    python = str(BIN / "python")
    package = subprocess.run(
        [python, "-c", "import dxcheck, os; print(os.path.dirname(dxcheck.__file__))"], check=True, capture_output=True, text=True
    ).stdout.strip()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([python, "-m", "compileall", "-q", package], check=True, env=env)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15, help="runs of each short command")
    parser.add_argument("--compare-runs", type=int, default=3, help="runs of each compare")
    parser.add_argument("--sizes", default="100,500,1741")
    parser.add_argument("--markdown", type=Path, help="also write the figures as a Markdown table")
    args = parser.parse_args(argv)

    dxcheck = str(BIN / "dxcheck")
    _compile_bytecode()
    check_jsonschema = shutil.which("check-jsonschema", path=str(BIN)) or "check-jsonschema"
    largest = max((ROOT / "plans").glob("*.yaml"), key=lambda p: p.stat().st_size)
    schema = str(ROOT / "schemas" / "plan.schema.json")
    rows: list[tuple[str, str, str, str, str]] = []

    short = measure(
        {
            "dxcheck --version": [dxcheck, "--version"],
            "dxcheck --help": [dxcheck, "--help"],
            f"dxcheck lint {largest.name}": [dxcheck, "lint", str(largest)],
            f"dxcheck audit {largest.name}": [dxcheck, "audit", str(largest)],
            f"check-jsonschema {largest.name}": [check_jsonschema, "--schemafile", schema, str(largest)],
        },
        args.runs,
    )
    peer = short[f"check-jsonschema {largest.name}"].median
    for figure in short.values():
        compared = figure.name.startswith(("dxcheck lint", "dxcheck audit"))
        ratio = f"{figure.median / peer:.2f} × check-jsonschema" if compared else ""
        rows.append(
            (
                figure.name,
                f"{figure.median * 1000:.0f} ms",
                f"{min(figure.times) * 1000:.0f}–{max(figure.times) * 1000:.0f} ms",
                f"{figure.peak_mib:.0f} MiB",
                ratio,
            )
        )

    with tempfile.TemporaryDirectory() as folder:
        sizes = [int(s) for s in args.sizes.split(",")]
        generated = Path(folder) / "all"
        subprocess.run(
            [sys.executable, str(ROOT / "benchmarks" / "generate.py"), "--count", str(max(sizes)), "--seed", "1", "--out", str(generated)],
            check=True,
        )
        plans = sorted(generated.glob("*.yaml"))
        previous = None
        for size in sizes:
            subset = Path(folder) / f"n{size}"
            subset.mkdir()
            for plan in plans[:size]:
                os.link(plan, subset / plan.name)
            figure = measure({f"dxcheck compare ({size} plans)": [dxcheck, "compare", str(subset)]}, args.compare_runs, warmup=0)
            result = next(iter(figure.values()))
            per_plan = result.median / size * 1000
            growth = f"{per_plan:.1f} ms/plan" + (f" ({result.median / previous:.2f} × the previous)" if previous else "")
            rows.append(
                (
                    result.name,
                    f"{result.median:.2f} s",
                    f"{min(result.times):.2f}–{max(result.times):.2f} s",
                    f"{result.peak_mib:.0f} MiB",
                    growth,
                )
            )
            previous = result.median

    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()} {platform.release()}"
    header = ["command", "median", "range", "peak memory", "ratio / growth"]
    table = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)] + ["| " + " | ".join(row) + " |" for row in rows]
    print(f"machine: {machine}; runs: {args.runs} (compare: {args.compare_runs})")
    print("\n".join(table))
    if args.markdown:
        args.markdown.write_text(
            f"Machine: {machine}. Runs: {args.runs} (compare: {args.compare_runs}), interleaved.\n\n" + "\n".join(table) + "\n",
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
