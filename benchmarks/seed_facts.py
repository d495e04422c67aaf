"""The frameworks and example plans against the seed texts they were encoded from (../shared/seeds/,
real plans converted from PDF). The tests check the encoded facts without the seeds (a clone has
none); this script checks that those facts are the seeds' words. .ci/run runs it, with the seeds
beside the clone.

    python benchmarks/seed_facts.py      # exit 1 if a fact is not in its seed; 0 with no seeds
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
sys.path.insert(0, str(ROOT))

from dxcheck.catalogue.framework import Catalogue, Framework, shipped_catalogue  # noqa: E402


def norm(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def seed(prefix: str) -> str:
    return norm(next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8"))


def _framework(frameworks: Catalogue, name: str, edition: str | None = None) -> Framework:
    found = frameworks.get(name, edition)
    if found is None:
        raise SystemExit(f"no framework {name} is shipped")
    return found


def checks() -> list[tuple[str, bool]]:
    """(what, holds) for every fact checked against a seed."""
    frameworks = shipped_catalogue()
    results: list[tuple[str, bool]] = []
    # The seeds are of 自治体DX推進計画 第1.0版 (2020); later editions are sourced in docs/frameworks.md.
    kanmin, dx, procedures = _framework(frameworks, "kanmin"), _framework(frameworks, "dx", "1.0"), _framework(frameworks, "procedures")
    # Seed 002 lists the five pillars with their articles, as the 手引 does (it writes 第15条1項).
    text = seed("002").replace("条第", "条")
    for item in kanmin.items:
        shown = f"{item.title}（{item.source.article}）"
        results.append((f"kanmin/{item.id} 「{shown}」 in seed 002", norm(shown).replace("条第", "条") in text))
    # Seed 000 lists the 6 + 2 items of 自治体DX推進計画 by title.
    text = seed("000")
    for item in dx.items:
        if item.group != "other":
            results.append((f"dx/{item.id} 「{item.title}」 in seed 000", norm(item.title) in text))
    # Seed 001 付録2 is the list of procedures to put online first (its text ends at 22(7)).
    text = seed("001")
    appendix = text[text.index(norm("付録2地方公共団体が優先的に")) :]
    for item in procedures.items:
        if item.id != "p22-08":
            results.append((f"procedures/{item.id} 「{item.title}」 in seed 001 付録2", norm(item.title) in appendix))
    # Every example plan names its seed in its first line.
    names = {s.name for s in SEEDS.glob("*.txt")}
    for plan in sorted((ROOT / "plans").glob("*.yaml")):
        first = plan.read_text(encoding="utf-8").splitlines()[0]
        results.append((f"plans/{plan.name} names its seed ({first[:60]})", any(f"seeds/{n}" in first for n in names)))
    return results


def main() -> int:
    if not SEEDS.is_dir() or not any(SEEDS.glob("*.txt")):
        print(f"no seed texts found (looked in {SEEDS}); nothing to check")
        return 0
    results = checks()
    failed = [what for what, holds in results if not holds]
    for what in failed:
        print(f"NOT IN SEED: {what}")
    print(f"{len(results) - len(failed)}/{len(results)} facts found in their seed texts")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
