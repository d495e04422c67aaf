"""Before and after: one dxcheck command run with the code of another commit and with this checkout,
interleaved, on the same machine at the same time. Not a test.

    .venv/bin/python benchmarks/before_after.py --before e1b1a4e --runs 3 -- compare /tmp/plans
    .venv/bin/python benchmarks/before_after.py --before e1b1a4e --runs 9 -- audit plans/kamisato.yaml

The code of `--before` is unpacked (`git archive`) into a temporary directory and run with this
checkout's environment, `PYTHONPATH` pointing at it (`python -P -m dxcheck`); each side has a disk cache of its own, whose
readings are emptied before every run (a comparison's workers read every plan afresh; a first audit),
or kept with `--warm` (an audit run again: `audit` on a plan it has read before). The runs
alternate (before, after, before, after …) after one warm-up round, so that a machine busy with
other work slows both alike. Printed: the median and the best of the CPU time (user + system, the
process and its workers) and of the wall time. On a shared machine the CPU time is the figure to
compare; the wall time says how busy the machine was.

`--instructions` runs each side once more under valgrind (callgrind) after the timed rounds and
prints the instructions it executed: a count that does not depend on what else the machine runs
(deterministic to a few parts in a thousand), for changes of a few per cent that a busy machine's
timings cannot show.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import ROOT, _compile_bytecode, run_timed


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--before", required=True, help="the commit to compare this checkout with")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--warm", action="store_true", help="keep the readings cached between runs (an audit run again)")
    parser.add_argument("--instructions", action="store_true", help="also count each side's instructions (valgrind)")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- and dxcheck's arguments")
    args = parser.parse_args(argv)
    command = [a for a in args.command if a != "--"] if args.command[:1] == ["--"] else args.command
    with tempfile.TemporaryDirectory() as scratch:
        before = Path(scratch) / "before"
        before.mkdir()
        archive = subprocess.run(["git", "archive", args.before], cwd=ROOT, check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(before)], input=archive, check=True)
        # both sides from bytecode, as installed: under PYTHONDONTWRITEBYTECODE=1 the unpacked side
        # would otherwise compile every module again in every run
        _compile_bytecode()
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(before / "dxcheck")], check=True, env=env)
        sides = {
            f"before ({args.before})": {"PYTHONPATH": str(before), "XDG_CACHE_HOME": str(Path(scratch) / "cache-before")},
            "after (this checkout)": {"XDG_CACHE_HOME": str(Path(scratch) / "cache-after")},
        }
        figures: dict[str, tuple[list[float], list[float]]] = {name: ([], []) for name in sides}
        counted: dict[str, int] = {}
        saved = dict(os.environ)
        try:
            for round_ in range(args.runs + 1):
                for name, env in sides.items():
                    os.environ.clear()
                    os.environ.update({k: v for k, v in saved.items() if k != "PYTHONPATH"}, **env)
                    for kept in (Path(env["XDG_CACHE_HOME"]) / "dxcheck").glob("readings-*"):
                        if not args.warm:
                            kept.unlink()
                    # -P: not this checkout's directory first on the path, which would hide PYTHONPATH's dxcheck
                    elapsed, _, _, cpu = run_timed([sys.executable, "-P", "-m", "dxcheck", *command], sample=False)
                    if round_:  # the first round warms the caches up
                        figures[name][0].append(cpu)
                        figures[name][1].append(elapsed)
                    if args.instructions and round_ == args.runs:
                        for kept in (Path(env["XDG_CACHE_HOME"]) / "dxcheck").glob("readings-*"):
                            if not args.warm:
                                kept.unlink()
                        counted[name] = _instructions([sys.executable, "-P", "-m", "dxcheck", *command])
        finally:
            os.environ.clear()
            os.environ.update(saved)
    cache = "readings kept" if args.warm else "readings emptied before each run"
    print(f"dxcheck {' '.join(command)}; {args.runs} runs each, interleaved, {cache}; load average at the end: {os.getloadavg()[0]:.1f}")
    for name, (cpu, wall) in figures.items():
        print(
            f"{name}: CPU median {statistics.median(cpu):.3f} s (best {min(cpu):.3f}), "
            f"wall median {statistics.median(wall):.3f} s (best {min(wall):.3f})"
            + (f", {counted[name] / 1e6:,.0f} M instructions" if name in counted else "")
        )


def _instructions(argv: list[str]) -> int:
    """The instructions one run executes, counted by valgrind's callgrind (about 60 times slower)."""
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *argv], cwd=ROOT, capture_output=True, text=True, check=False
    )
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise SystemExit(f"valgrind did not count: {done.stderr[-500:]}")
    return int(found.group(1))


if __name__ == "__main__":
    main()
