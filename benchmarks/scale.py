"""Scale: lint and compare of 10,000 generated plans, against the targets of issue 17. Not a test.

    .venv/bin/python benchmarks/scale.py                   # 10,000 plans, 3 runs of each
    .venv/bin/python benchmarks/scale.py --count 2000 --runs 1 --plans /tmp/gen2000
    .venv/bin/python benchmarks/scale.py --count 20000 --runs 1 --no-lint --jobs 4 --format table --format csv   # issue 25, row 14

Targets: `dxcheck lint` of 10,000 plans ≤ 20 s and ≤ 100 MB (issue 17); `dxcheck compare` of 10,000
plans ≤ 15 s and ≤ 400 MB (issue 27; it was ≤ 30 s and ≤ 500 MB). Besides the wall time, the CPU time
of the process and its workers (user + system), which a machine busy with other work changes less. Each run is a cold process with its output discarded, as benchmarks/run.py
measures: wall time, and the peak memory of the process and its workers together, both as RSS
added up and as PSS (/proc/PID/smaps_rollup; SudachiPy maps its 200 MB dictionary in every worker,
which RSS counts once per process and PSS once in all), sampled every 20 ms — in one more run of
each command than the timed ones, which nothing watches (sampling slows what it measures:
benchmarks/run.py).

The plans come from benchmarks/generate.py (seed 1), written once to --plans (a temporary
directory by default). dxcheck's disk cache is a temporary one of this script's, and its readings
are emptied before each run (`--warm` keeps them): a comparison of plans never seen before is the
case that matters.

Side by side, in the same run: check-jsonschema on the largest example plan, run once after each
timed run of dxcheck (as benchmarks/run.py measures it). This machine's speed moves by 15–20 %
between evenings, and its VMs differ by more: check-jsonschema took 336 ms one night and 558 ms the
next. Each row says how many check-jsonschema runs it takes. That figure moves too, but less: 2–16 %
where the seconds moved 18–66 % (docs/performance.md, eighth pass).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import BIN, LARGEST, LAST_OWN_PEAK, ROOT, _compile_bytecode, _forget_readings, peer_command, run_timed

TARGETS = {"lint": (20.0, 100), "compare": (15.0, 400)}  # seconds, MB


def _generate(count: int, out: Path) -> None:
    existing = len(list(out.glob("*.yaml"))) if out.is_dir() else 0
    if existing == count:
        return
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "generate.py"), "--count", str(count), "--seed", "1", "--out", str(out)],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def _load() -> str:
    try:
        return " ".join(f"{v:.1f}" for v in os.getloadavg())
    except OSError:
        return "?"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--plans", type=Path, help="where the generated plans are (made if missing)")
    parser.add_argument("--warm", action="store_true", help="keep the disk cache of readings between runs")
    parser.add_argument("--jobs", type=int, help="lint's and compare's --jobs (their default: the cores)")
    parser.add_argument(
        "--format",
        action="append",
        choices=["table", "json", "csv", "xlsx"],
        help="compare also to this format (repeatable; written to a file, removed after): compare's own memory for each",
    )
    parser.add_argument("--no-lint", action="store_true", help="compare only")
    args = parser.parse_args(argv)

    _compile_bytecode()
    dxcheck = str(BIN / "dxcheck")
    with tempfile.TemporaryDirectory() as scratch:
        # A cache of its own: cold when asked, and no other dxcheck's cache emptied or filled.
        os.environ["XDG_CACHE_HOME"] = str(Path(scratch) / "cache")
        plans = args.plans or Path(scratch) / "plans"
        _generate(args.count, plans)
        machine = (
            f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()} {platform.release()}"
        )
        print(f"machine: {machine}; {args.count:,} plans; {args.runs} runs each; load average before: {_load()}")
        print(
            "| command | median | range | CPU (median) | peak RSS (tree) | peak PSS (tree) | own process (no workers)"
            " | × check-jsonschema | target | met? |"
        )
        print("|---|---|---|---|---|---|---|---|---|---|")
        peer_argv = peer_command()
        run_timed(peer_argv, sample=False)  # its first run compiles and caches what it loads
        peer: list[float] = []
        jobs = ["--jobs", str(args.jobs)] if args.jobs else []
        commands: list[tuple[str, list[str]]] = [] if args.no_lint else [("lint", jobs)]
        for output_format in args.format or ["table"]:
            written = ["--format", output_format, "-o", str(Path(scratch) / f"out.{output_format}")] if output_format != "table" else []
            commands.append(("compare", [*jobs, *written]))
        for command, extra in commands:
            times: list[float] = []
            rss: list[int] = []
            pss: list[int] = []
            cpu: list[float] = []
            own: list[int] = []
            for sampled in [False] * args.runs + [True]:  # the times unwatched, the memory from one more run (run.py)
                if not args.warm:
                    _forget_readings()
                elapsed, peak, proportional, used = run_timed([dxcheck, command, str(plans), *extra], sample=sampled)
                if sampled:
                    own.append(LAST_OWN_PEAK[0])
                    rss.append(peak)
                    pss.append(proportional)
                else:
                    cpu.append(used)
                    times.append(elapsed)
                    peer.append(run_timed(peer_argv, sample=False)[0])  # interleaved: a busy spell slows both
            limit_s, limit_mb = TARGETS[command]
            median = statistics.median(times)
            peak_rss, peak_pss = max(rss) / 1e6, max(pss) / 1e6
            met = "yes" if median <= limit_s and peak_pss <= limit_mb else "no"
            if met == "yes" and peak_rss > limit_mb:
                met = "yes by PSS, not by RSS added up"
            print(
                f"| dxcheck {command} ({args.count:,} plans){' ' + ' '.join(a for a in extra if '/' not in a and a != '-o') if extra else ''} | {median:.1f} s | {min(times):.1f}–{max(times):.1f} s | {statistics.median(cpu):.1f} s"
                f" | {peak_rss:.0f} MB | {peak_pss:.0f} MB | {max(own) / 1e6:.0f} MB | {median / statistics.median(peer):.1f} ×"
                f" | ≤ {limit_s:g} s, ≤ {limit_mb} MB | {met} |"
            )
        if peer:
            print(
                f"| check-jsonschema {LARGEST.name} (one run after each of dxcheck's) | {statistics.median(peer) * 1000:.0f} ms"
                f" | {min(peer) * 1000:.0f}–{max(peer) * 1000:.0f} ms | | | | | 1 × | | |"
            )
        print(f"load average after: {_load()}")


if __name__ == "__main__":
    main()
