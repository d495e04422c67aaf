"""How well the importer reads the seed plans, against the plans encoded by hand in plans/.

    .venv/bin/python benchmarks/import_eval.py

For each text in ../shared/seeds/ (real plans converted from PDF): import it, find the hand-written
plan of the same municipality in plans/, and print
- measures found: recall (hand-written measures that the import found) and precision (imported
  measures that are hand-written ones). Titles are matched one to one, best pair first, after
  folding (Unicode NFKC, no spaces or punctuation 「」『』()（）・、 and no leading numbering), when
  the folded titles are equal, one contains the other, or difflib's ratio is at least 0.8;
- agreement of the audit's verdicts (covered / partial / missing) on the 13 core items, the
  imported plan (no addresses: the audit infers them from the text) against the hand-written plan
  as it is (with its addresses).
Targets: recall and precision ≥ 90 % and agreement ≥ 12/13 on each seed. The audit's inference is
the one in this tree (dxcheck/reading/infer.py); a change to it changes the agreement.
"""

from __future__ import annotations

import difflib
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
CORE = [f"kanmin/{i}" for i in ("online", "opendata", "mynumber", "divide", "bpr")] + [
    f"dx/{i}" for i in ("standardization", "mynumber", "online", "ai-rpa", "telework", "security", "community", "divide")
]


def fold(title: str) -> str:
    text = unicodedata.normalize("NFKC", title)
    text = re.sub(r"^[\s(（]*[0-9①-⑳]+[)）.．\s]*", "", text)
    return re.sub(r"[\s「」『』()（）・、,。:：\-]", "", text).lower()


def similar(a: str, b: str) -> float:
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return 0.0
    if fa == fb:
        return 1.0
    if fa in fb or fb in fa:
        return 0.95
    return difflib.SequenceMatcher(None, fa, fb).ratio()


def match_titles(found: list[str], expected: list[str]) -> list[tuple[str, str]]:
    """One-to-one pairs of similar titles, the best pairs first."""
    pairs = sorted(((similar(f, e), i, j) for i, f in enumerate(found) for j, e in enumerate(expected)), reverse=True)
    used_f: set[int] = set()
    used_e: set[int] = set()
    out = []
    for ratio, i, j in pairs:
        if ratio < 0.8:
            break
        if i in used_f or j in used_e:
            continue
        used_f.add(i)
        used_e.add(j)
        out.append((found[i], expected[j]))
    return out


def _statuses(plan: object, text: str, name: str) -> dict[str, str]:
    from dxcheck.audit.verdicts import audit
    from dxcheck.catalogue.framework import shipped_catalogue
    from dxcheck.files.source import PositionIndex, SourceText
    from dxcheck.model.plan import Plan

    assert isinstance(plan, Plan)
    source = SourceText(name, text)
    result = audit(plan, shipped_catalogue().select({"dx": "1.0"}), file=name, locate=PositionIndex.for_source(source).locate)
    return {i.id: i.status for f in result.frameworks for i in f.items}


def main() -> int:
    from dxcheck.catalogue.framework import shipped_catalogue
    from dxcheck.files.source import SourceText, load_with_positions
    from dxcheck.importer import DocumentError, import_document
    from dxcheck.plan.lint import check_data, check_file

    seeds = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if not seeds:
        print("no seed texts found")
        return 0
    frameworks = shipped_catalogue().select({"dx": "1.0"})
    hand: dict[str, tuple[object, str, Path]] = {}
    for path in sorted((ROOT / "plans").glob("*.yaml")):
        check = check_file(path, frameworks)
        if check.plan is not None and check.source is not None:
            hand[check.plan.municipality.name] = (check.plan, check.source.text, path)
    print("seed                         town       measures  recall  precision  verdicts  lint")
    failures = 0
    for seed in seeds:
        try:
            result = import_document(seed)
        except DocumentError as exc:
            print(f"{seed.name:28} could not be imported: {exc.message_ja}")
            failures += 1
            continue
        source = SourceText(seed.name + ".yaml", result.yaml)
        data, positions = load_with_positions(source)
        check = check_data(source, data, frameworks, positions)
        errors = [f for f in check.findings if f.severity.value == "error"]
        if check.plan is None:
            print(f"{seed.name:28} the draft does not validate: {[f.message_ja for f in check.findings][:3]}")
            failures += 1
            continue
        town = check.plan.municipality.name
        if town not in hand:
            print(f"{seed.name:28} {town}: no hand-written plan in plans/ to compare with")
            continue
        plan, text, path = hand[town]
        from dxcheck.model.plan import Plan

        assert isinstance(plan, Plan)
        found = [m.title for _, m in check.plan.walk_measures()]
        expected = [m.title for _, m in plan.walk_measures()]
        pairs = match_titles(found, expected)
        recall = len(pairs) / len(expected) if expected else 1.0
        precision = len(pairs) / len(found) if found else 0.0
        imported = _statuses(check.plan, result.yaml, source.name)
        reference = _statuses(plan, text, str(path))
        agree = sum(imported[i] == reference[i] for i in CORE)
        differ = [f"{i} {reference[i]}→{imported[i]}" for i in CORE if imported[i] != reference[i]]
        ok = recall >= 0.9 and precision >= 0.9 and agree >= 12 and not errors
        failures += not ok
        print(
            f"{seed.name:28} {town:10} {len(found):3}/{len(expected):<3}  {100 * recall:5.1f}%  {100 * precision:8.1f}%  "
            f"{agree:4}/13   {'clean' if not errors else f'{len(errors)} errors'}"
        )
        for title in sorted(set(expected) - {e for _, e in pairs}):
            print(f"    missed: {title}")
        for title in sorted(set(found) - {f for f, _ in pairs}):
            print(f"    extra:  {title}")
        if differ:
            print(f"    verdicts that differ (hand-written→imported): {'; '.join(differ)}")
    print(
        "targets: recall ≥ 90 %, precision ≥ 90 %, verdicts ≥ 12/13 on each seed"
        + (" — all met" if not failures else f" — {failures} seed(s) below")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
