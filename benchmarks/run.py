"""Benchmarks: medians of cold processes, measured side by side in the same run. Not part of the tests.

    .venv/bin/python benchmarks/run.py                 # prints the figures
    .venv/bin/python benchmarks/run.py --markdown docs/performance-figures.md
    .venv/bin/python benchmarks/run.py --runs 5 --compare-runs 1 --sizes 1741 --documents 100

Each command runs as a fresh process, several times, the compared commands interleaved (A B A B …)
so that a busy machine slows both alike. The times come from runs that nothing watches; the memory
from one more run of each command, its process tree sampled every 20 ms (and os.wait4). Sampling
is not free: reading /proc/PID/smaps_rollup of processes that map SudachiPy's 200 MB dictionary, 50
times a second, took the two cores from the comparison it measured — 1,741 plans took 4.3–5.3 s
sampled and 3.8–4.4 s not (until 2026-12-06 every timed run was sampled). Besides the wall time, the CPU time of the process and
its workers (user + system): on a machine shared with other work the wall time says how busy the
machine was as much as how fast dxcheck is, and the CPU time much less so. Plans for `compare` come
from benchmarks/generate.py (seed 1), the first 100 / 500 / 1,741; the largest size is also
compared to JSON and to a workbook (issue 27's rows, with the file's size), linted, and validated by
check-jsonschema in one process (the same work for both: every other row is set beside check-jsonschema
on one plan, which is mostly its start-up), and compared once more with each
town's descriptions its own (`generate.py --own-text`: towns of the plain set share the example plans'
sentences, which a comparison reads once; real towns do not), and again with the readings each plan's
audit kept (every other compare row empties them first: the issue's rows are of a cold cache). `--documents N`: N PDF
plans (the test PDFs, each made distinct), compared with `--documents` with an empty cache and again
with the imports cached.
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
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


@dataclass
class Figure:
    name: str
    times: list[float]
    peaks: list[int]
    proportional: list[int] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    own: list[int] = field(default_factory=list)  # the process's own peak, without its workers
    size: int = 0  # of the file written, if any

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu) if self.cpu else 0.0

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
    """Wall time and peak memory (bytes) of one process with its workers; output discarded (see `run_timed`)."""
    elapsed, peak, proportional, _ = run_timed(argv)
    return elapsed, peak, proportional


def _own_rss(pid: int) -> int:
    """The resident memory of the process alone, without its workers (bytes)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


LAST_OWN_PEAK = [0]  # the peak resident memory of the last process run_timed ran, its workers not counted


def run_timed(argv: list[str], *, sample: bool = True) -> tuple[float, int, int, float]:
    """Wall time, peak memory (bytes: RSS, PSS) and CPU time (user + system, with its workers) of one
    process; output discarded.

    Peak memory: the process's own maximum (os.wait4), or the largest sum over the process tree
    sampled every 20 ms while it ran (compare's worker processes), whichever is larger. The peak of
    the process alone (compare's own process, which keeps the towns) is left in LAST_OWN_PEAK.
    Without `sample`, nothing watches the process (its wall time is then its own): the memory is its
    own maximum only, and PSS 0.
    """
    import resource
    import threading

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    peak_tree = peak_pss = peak_own = 0
    done = threading.Event()

    def sample_tree() -> None:
        nonlocal peak_tree, peak_pss, peak_own
        while not done.wait(0.02):
            rss, pss = _tree_memory(process.pid)
            peak_tree, peak_pss = max(peak_tree, rss), max(peak_pss, pss)
            peak_own = max(peak_own, _own_rss(process.pid))

    sampler = threading.Thread(target=sample_tree, daemon=True)
    if sample:
        sampler.start()
    _, _, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    done.set()
    if sample:
        sampler.join()
    else:
        peak_own = usage.ru_maxrss * 1024
    process.returncode = 0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the process and the workers it waited for
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    LAST_OWN_PEAK[0] = peak_own
    return elapsed, max(usage.ru_maxrss * 1024, peak_tree), peak_pss, cpu


def _forget_readings() -> None:
    """Empty the disk cache of readings (dxcheck.files.cache): the next audit reads the plan's Japanese afresh."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "dxcheck"
    for kept in base.glob("readings-*"):  # the entries are JSON now (.json); once they were pickles
        kept.unlink()


def measure(
    commands: dict[str, list[str]], runs: int, warmup: int = 1, before: dict[str, Any] | None = None, output: Path | None = None
) -> dict[str, Figure]:
    """Each command `runs` times, interleaved, unwatched (the times), then once more with its memory
    sampled; `before[name]()` runs before each run of it (a cache emptied), `output` is the file a
    command writes (its size is kept, the file removed)."""
    figures = {name: Figure(name, [], []) for name in commands}
    for _ in range(warmup):
        for argv in commands.values():
            run_once(argv)
    for sampled in [False] * runs + [True]:
        for name, argv in commands.items():  # interleaved
            if "first audit" in name:
                _forget_readings()
            if before and name in before:
                before[name]()
            elapsed, peak, proportional, cpu = run_timed(argv, sample=sampled)
            if sampled:
                figures[name].peaks.append(peak)
                figures[name].proportional.append(proportional)
                figures[name].own.append(LAST_OWN_PEAK[0])
            else:
                figures[name].times.append(elapsed)
                figures[name].cpu.append(cpu)
            if output is not None and output.exists():
                figures[name].size = output.stat().st_size
                output.unlink()
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


LARGEST = max((ROOT / "plans").glob("*.yaml"), key=lambda p: p.stat().st_size)  # the example plan every short command reads


def peer_command() -> list[str]:
    """check-jsonschema validating the largest example plan against the plan schema: what every row is set beside."""
    check_jsonschema = shutil.which("check-jsonschema", path=str(BIN)) or "check-jsonschema"
    return [check_jsonschema, "--schemafile", str(ROOT / "schemas" / "plan.schema.json"), str(LARGEST)]


def _row(figure: Figure, unit: str, note: str) -> tuple[str, str, str, str, str, str]:
    scale, fmt = (1000, "{:.0f} ms") if unit == "ms" else (1, "{:.2f} s")
    low, high = min(figure.times) * scale, max(figure.times) * scale
    span = f"{low:.0f}–{high:.0f} ms" if unit == "ms" else f"{low:.2f}–{high:.2f} s"
    size = f"; {figure.size / 1e6:.1f} MB written" if figure.size else ""
    if figure.name.startswith("dxcheck compare") and figure.own:
        size += f"; compare's own process {max(figure.own) / 2**20:.0f} MiB"
    return (
        figure.name,
        fmt.format(figure.median * scale),
        span,
        f"{figure.cpu_median:.2f} s",
        f"{figure.peak_mib:.0f} MiB ({figure.peak_pss_mib:.0f} MiB)",
        note + size,
    )


def _documents(count: int, out: Path) -> None:
    """`count` distinct PDF plans: the test PDFs, each copy with a comment of its own after the end (a
    PDF reader ignores it; its bytes, so its cache key, differ)."""
    sources = sorted((ROOT / "tests" / "data").glob("import_blind*/*.pdf"))
    out.mkdir()
    for n in range(count):
        source = sources[n % len(sources)]
        (out / f"{n:03d}-{source.name}").write_bytes(source.read_bytes() + f"\n% copy {n}\n".encode())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15, help="runs of each short command")
    parser.add_argument("--compare-runs", type=int, default=3, help="runs of each compare")
    parser.add_argument("--sizes", default="100,500,1741")
    parser.add_argument("--documents", type=int, default=100, help="PDF plans for compare --documents (0: none)")
    parser.add_argument("--markdown", type=Path, help="also write the figures as a Markdown table")
    args = parser.parse_args(argv)

    dxcheck = str(BIN / "dxcheck")
    _compile_bytecode()
    largest = LARGEST
    rows: list[tuple[str, str, str, str, str, str]] = []

    short = measure(
        {
            "dxcheck --version": [dxcheck, "--version"],
            "dxcheck --help": [dxcheck, "--help"],
            f"dxcheck lint {largest.name}": [dxcheck, "lint", str(largest)],
            f"dxcheck audit {largest.name}": [dxcheck, "audit", str(largest)],
            f"dxcheck audit {largest.name}, first audit of it": [dxcheck, "audit", str(largest)],
            f"check-jsonschema {largest.name}": peer_command(),
        },
        args.runs,
    )
    peer = short[f"check-jsonschema {largest.name}"]
    targets = {"dxcheck --version": "target ≤ 60 ms"}
    for figure in short.values():
        note = targets.get(figure.name, "")
        if figure.name.startswith(("dxcheck lint", "dxcheck audit")):
            note = f"{figure.median / peer.median:.2f} × check-jsonschema (CPU {figure.cpu_median / peer.cpu_median:.2f} ×)"
            if figure.name.startswith("dxcheck audit"):
                note += "; target ≤ 0.8 ×" if "first" in figure.name else "; target ≤ 0.7 ×"
        rows.append(_row(figure, "ms", note))

    def peers(figure: Figure) -> str:
        """How many runs of check-jsonschema a row takes: a figure that moves less than seconds between machines."""
        return f"{figure.median / peer.median:.1f} × check-jsonschema"

    with tempfile.TemporaryDirectory() as folder:
        sizes = [int(s) for s in args.sizes.split(",")]
        generated = Path(folder) / "all"
        subprocess.run(
            [sys.executable, str(ROOT / "benchmarks" / "generate.py"), "--count", str(max(sizes)), "--seed", "1", "--out", str(generated)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        plans = sorted(generated.glob("*.yaml"))
        previous = None
        for size in sizes:
            subset = Path(folder) / f"n{size}"
            subset.mkdir()
            for plan in plans[:size]:
                os.link(plan, subset / plan.name)
            name = f"dxcheck compare ({size} plans)"
            figure = measure({name: [dxcheck, "compare", str(subset)]}, args.compare_runs, warmup=0, before={name: _forget_readings})
            result = next(iter(figure.values()))
            per_plan = result.median / size * 1000
            growth = f"{per_plan:.1f} ms/plan" + (f" ({result.median / previous:.2f} × the previous)" if previous else "")
            growth += f"; {peers(result)}"
            if size == 1741:
                growth += "; target ≤ 3 s, ≤ 250 MiB"
            rows.append(_row(result, "s", growth))
            previous = result.median
        # The same work for both: every plan of the largest set checked, by dxcheck's lint (validation and
        # cross-checks) and by check-jsonschema (validation against the plan schema) in one process each.
        # The rows above are set beside check-jsonschema on one plan, which is mostly its start-up.
        biggest = Path(folder) / f"n{max(sizes)}"
        files = [str(p) for p in sorted(biggest.glob("*.yaml"))]
        lint_all, peer_all = f"dxcheck lint ({len(files)} plans)", f"check-jsonschema of the same {len(files)} plans, one process"
        together = measure({lint_all: [dxcheck, "lint", str(biggest)], peer_all: [*peer_command()[:-1], *files]}, 1, warmup=0)
        rows.append(
            _row(together[lint_all], "s", f"{together[peer_all].median / together[lint_all].median:.1f} × faster than the next row")
        )
        rows.append(_row(together[peer_all], "s", f"one run; {peers(together[peer_all])} on one plan"))
        # The same towns, each with descriptions of its own (generate.py --own-text): what a real country costs.
        own = Path(folder) / "own"
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "benchmarks" / "generate.py"),
                "--count",
                str(max(sizes)),
                "--seed",
                "1",
                "--out",
                str(own),
                "--own-text",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        name = f"dxcheck compare ({max(sizes)} plans, each town's own descriptions)"
        again = f"dxcheck compare ({max(sizes)} plans, each town's own descriptions), again: each plan's readings kept"
        figure = measure({name: [dxcheck, "compare", str(own)]}, args.compare_runs, warmup=0, before={name: _forget_readings})
        shared = f"{figure[name].median / previous:.2f} × the shared sentences; " if previous else ""
        rows.append(_row(figure[name], "s", shared + peers(figure[name])))
        figure = measure({again: [dxcheck, "compare", str(own)]}, args.compare_runs, warmup=0)  # after the runs above: entries kept
        shared = f"{figure[again].median / previous:.2f} × the shared sentences; " if previous else ""
        rows.append(_row(figure[again], "s", shared + peers(figure[again])))
        for fmt, target in (("json", "≤ 4 s and ≤ 40 MB"), ("xlsx", "≤ 10 s, ≤ 300 MiB")):
            out = Path(folder) / f"out.{fmt}"
            name = f"dxcheck compare ({max(sizes)} plans) --format {fmt} -o all.{fmt}"
            argv = [dxcheck, "compare", str(biggest), "--format", fmt, "-o", str(out)]
            figure = measure({name: argv}, args.compare_runs, 0, before={name: _forget_readings}, output=out)
            rows.append(_row(figure[name], "s", peers(figure[name]) + (f"; target {target}" if max(sizes) == 1741 else "")))
        if args.documents:
            documents = Path(folder) / "pdfs"
            _documents(args.documents, documents)
            cache = Path(folder) / "cache"
            command = [dxcheck, "compare", "--documents", str(documents)]
            os.environ["XDG_CACHE_HOME"] = str(cache)  # a cache of this run's own: emptied for the cold runs
            cold = f"dxcheck compare --documents ({args.documents} PDFs), cold cache"
            warm = f"dxcheck compare --documents ({args.documents} PDFs), imports cached"
            figures = measure(
                {cold: command, warm: command}, args.compare_runs, warmup=0, before={cold: lambda: shutil.rmtree(cache, True)}
            )
            rows.append(_row(figures[cold], "s", "every document imported"))
            rows.append(_row(figures[warm], "s", f"{figures[cold].median / figures[warm].median:.1f} × faster"))
            os.environ.pop("XDG_CACHE_HOME")

    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()} {platform.release()}"
    header = ["command", "median", "range", "CPU (median)", "peak memory RSS (PSS)", "ratio / growth / target"]
    table = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)] + ["| " + " | ".join(row) + " |" for row in rows]
    load = " ".join(f"{v:.1f}" for v in os.getloadavg())
    print(f"machine: {machine}; runs: {args.runs} (compare: {args.compare_runs}); load average at the end: {load}")
    print("\n".join(table))
    if args.markdown:
        args.markdown.write_text(
            f"Machine: {machine}. Runs: {args.runs} (compare: {args.compare_runs}), interleaved. Load average at the end: {load}.\n\n"
            + "\n".join(table)
            + "\n",
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
