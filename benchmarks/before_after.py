"""Before and after: one dxcheck command run with the code of another commit and with this checkout,
interleaved, on the same machine at the same time. Not a test.

    .venv/bin/python benchmarks/before_after.py --before e1b1a4e --runs 3 -- compare /tmp/plans
    .venv/bin/python benchmarks/before_after.py --before e1b1a4e --runs 9 -- audit plans/kamisato.yaml

The code of `--before` is unpacked (`git archive`) into a temporary directory and run with this
checkout's environment, `PYTHONPATH` pointing at it (`python -P -m dxcheck`); each side has a disk cache of its own, whose
readings are emptied before every run (a comparison's workers read every plan afresh). The runs
alternate (before, after, before, after …) after one warm-up round, so that a machine busy with
other work slows both alike. Printed: the median and the best of the CPU time (user + system, the
process and its workers) and of the wall time. On a shared machine the CPU time is the figure to
compare; the wall time says how busy the machine was.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import ROOT, run_timed


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--before", required=True, help="the commit to compare this checkout with")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- and dxcheck's arguments")
    args = parser.parse_args(argv)
    command = [a for a in args.command if a != "--"] if args.command[:1] == ["--"] else args.command
    with tempfile.TemporaryDirectory() as scratch:
        before = Path(scratch) / "before"
        before.mkdir()
        archive = subprocess.run(["git", "archive", args.before], cwd=ROOT, check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(before)], input=archive, check=True)
        sides = {
            f"before ({args.before})": {"PYTHONPATH": str(before), "XDG_CACHE_HOME": str(Path(scratch) / "cache-before")},
            "after (this checkout)": {"XDG_CACHE_HOME": str(Path(scratch) / "cache-after")},
        }
        figures: dict[str, tuple[list[float], list[float]]] = {name: ([], []) for name in sides}
        saved = dict(os.environ)
        try:
            for round_ in range(args.runs + 1):
                for name, env in sides.items():
                    os.environ.clear()
                    os.environ.update({k: v for k, v in saved.items() if k != "PYTHONPATH"}, **env)
                    for kept in (Path(env["XDG_CACHE_HOME"]) / "dxcheck").glob("readings-*"):
                        kept.unlink()
                    # -P: not this checkout's directory first on the path, which would hide PYTHONPATH's dxcheck
                    elapsed, _, _, cpu = run_timed([sys.executable, "-P", "-m", "dxcheck", *command])
                    if round_:  # the first round warms the caches up
                        figures[name][0].append(cpu)
                        figures[name][1].append(elapsed)
        finally:
            os.environ.clear()
            os.environ.update(saved)
    print(f"dxcheck {' '.join(command)}; {args.runs} runs each, interleaved; load average at the end: {os.getloadavg()[0]:.1f}")
    for name, (cpu, wall) in figures.items():
        print(
            f"{name}: CPU median {statistics.median(cpu):.2f} s (best {min(cpu):.2f}), "
            f"wall median {statistics.median(wall):.2f} s (best {min(wall):.2f})"
        )


if __name__ == "__main__":
    main()
