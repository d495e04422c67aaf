"""What a framework a user adds costs: `dxcheck audit plans/kamisato.yaml` without and with
`--frameworks-dir` (a directory holding one small framework and a copy of dx@2.3 that replaces the
shipped one), the cache warm and cold (DXCHECK_NO_CACHE=1). Not part of the tests.

    .venv/bin/python benchmarks/user_frameworks.py [--runs 9]

Each command is a fresh process; the variants are interleaved (A B C D A B C D …) so that a busy
machine slows them alike. Prints the median wall time of each, in milliseconds.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DXCHECK = Path(sys.executable).parent / "dxcheck"

FRAMEWORK = """\
id: pref-bench
title: ベンチマーク県DX推進計画（計測用の架空の計画）
title_en: Benchmark prefecture plan (made up)
edition: "2026"
date: "2026-04-01"
issuer: ベンチマーク県
source: {document: ベンチマーク県DX推進計画, date: "2026-04-01"}
groups:
  - {id: town, title: 市町村に求める取組, title_en: What towns are asked}
items:
  - {id: telework, title: テレワーク, title_en: Telework, group: town, source: {section: "1"}, vocabulary: {signals: [テレワーク]}}
  - {id: opendata, title: オープンデータ, title_en: Open data, group: town, source: {section: "2"}, vocabulary: {signals: [オープンデータ]}}
"""


def _run(arguments: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([str(DXCHECK), *arguments], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "fw"
        folder.mkdir(mode=0o755)
        (folder / "pref-bench@2026.yaml").write_text(FRAMEWORK, encoding="utf-8")
        shutil.copy(ROOT / "frameworks" / "dx@2.3.yaml", folder / "dx@2.3.yaml")
        cache = {**os.environ, "XDG_CACHE_HOME": str(Path(scratch) / "cache")}
        cache.pop("DXCHECK_NO_CACHE", None)
        cold = {**cache, "DXCHECK_NO_CACHE": "1"}
        plan = str(ROOT / "plans" / "kamisato.yaml")
        variants = {
            "shipped only, warm cache": (["audit", plan], cache),
            "with --frameworks-dir, warm cache": (["audit", plan, "--frameworks-dir", str(folder)], cache),
            "shipped only, no cache": (["audit", plan], cold),
            "with --frameworks-dir, no cache": (["audit", plan, "--frameworks-dir", str(folder)], cold),
        }
        for arguments, env in variants.values():  # warm the cache (and the disk) once
            _run(arguments, env)
        times: dict[str, list[float]] = {name: [] for name in variants}
        for _ in range(runs):
            for name, (arguments, env) in variants.items():
                times[name].append(_run(arguments, env))
    print(f"dxcheck audit plans/kamisato.yaml, median of {runs} interleaved runs:")
    for name, measured in times.items():
        print(f"  {name:36} {statistics.median(measured) * 1000:7.0f} ms")


if __name__ == "__main__":
    main()
