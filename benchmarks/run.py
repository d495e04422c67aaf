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
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


@dataclass
class Figure:
    name: str
    times: list[float]
    peaks: list[int]
    proportional: list[int] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def peak_mib(self) -> float:
        return max(self.peaks) / 2**20

    @property
    def peak_pss_mib(self) -> float:
        return max(self.proportional, default=0) / 2**20


def _tree_memory(pid: int) -> tuple[int, int]:
    """Resident and proportional memory (RSS, PSS) of a process and all its descendants (Linux /proc),
    in bytes. PSS counts a page shared by several processes once in all (SudachiPy's dictionary is a
    200 MB file mapped by every process that reads Japanese: RSS counts it in each)."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
            for line in rollup:
                if line.startswith("Rss:"):
                    rss += int(line.split()[1]) * 1024
                elif line.startswith("Pss:"):
                    pss += int(line.split()[1]) * 1024
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as children:
                for child in children.read().split():
                    more = _tree_memory(int(child))
                    rss, pss = rss + more[0], pss + more[1]
    except (OSError, ValueError):
        pass
    return rss, pss


def run_once(argv: list[str]) -> tuple[float, int, int]:
    """Wall time and peak memory (bytes) of one process with its workers; output discarded.

    Peak memory: the process's own maximum (os.wait4), or the largest sum over the process tree
    sampled every 20 ms while it ran (compare's worker processes), whichever is larger.
    """
    import threading

    started = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    peak_tree = peak_pss = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak_tree, peak_pss
        while not done.wait(0.02):
            rss, pss = _tree_memory(process.pid)
            peak_tree, peak_pss = max(peak_tree, rss), max(peak_pss, pss)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, _, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    done.set()
    sampler.join()
    process.returncode = 0
    return elapsed, max(usage.ru_maxrss * 1024, peak_tree), peak_pss


def _forget_readings() -> None:
    """Empty the disk cache of readings (dxcheck.files.cache): the next audit reads the plan's Japanese afresh."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "dxcheck"
    for kept in base.glob("readings-*.pickle"):
        kept.unlink()


def measure(commands: dict[str, list[str]], runs: int, warmup: int = 1) -> dict[str, Figure]:
    figures = {name: Figure(name, [], []) for name in commands}
    for _ in range(warmup):
        for argv in commands.values():
            run_once(argv)
    for _ in range(runs):
        for name, argv in commands.items():  # interleaved
            if "first audit" in name:
                _forget_readings()
            elapsed, peak, proportional = run_once(argv)
            figures[name].times.append(elapsed)
            figures[name].peaks.append(peak)
            figures[name].proportional.append(proportional)
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
            f"dxcheck audit {largest.name}, first audit of it": [dxcheck, "audit", str(largest)],
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
                f"{figure.peak_mib:.0f} MiB ({figure.peak_pss_mib:.0f} MiB)",
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
                    f"{result.peak_mib:.0f} MiB ({result.peak_pss_mib:.0f} MiB)",
                    growth,
                )
            )
            previous = result.median

    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()} {platform.release()}"
    header = ["command", "median", "range", "peak memory RSS (PSS)", "ratio / growth"]
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
