"""The importer on documents it was not written against: ten plan documents (text and Markdown, in
the shapes real plans take) written by another author with the answer a planning officer would give
(tests/data/import_blind/). Prints, per document, the measures found against the expected ones
(recall, precision), whether each measure sits under the expected policy, and the town and period.

    python benchmarks/import_blind.py [-v] [FOLDER]   # FOLDER: another set of docNN + docNN.expected.yaml
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "import_blind"
sys.path.insert(0, str(ROOT))

from dxcheck.importer import DocumentError, import_document  # noqa: E402


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"[\s「」『』【】（）()・、,．.：:]", "", text)
    return text


def same(a: str, b: str) -> bool:
    a, b = fold(a), fold(b)
    return a == b or (min(len(a), len(b)) >= 6 and (a.startswith(b) or b.startswith(a)))


def evaluate(document: Path, verbose: bool) -> tuple[int, int, int, int, bool, bool]:
    expected = YAML(typ="safe").load(document.with_name(document.stem + ".expected.yaml").read_text(encoding="utf-8"))
    want = [(p["title"], m) for p in expected["policies"] for m in p["measures"]]
    try:
        result = import_document(document)
    except DocumentError as exc:
        print(f"{document.name:12} refused: {exc.message_ja[:60]}")
        return len(want), 0, 0, 0, False, False, 0  # type: ignore[return-value]
    plan = YAML(typ="safe").load(result.yaml)
    got: list[tuple[str, str]] = []

    def walk(policy: dict, trail: list[str]) -> None:  # type: ignore[type-arg]
        titles = [*trail, policy.get("title", "")]
        for measure in policy.get("measures") or []:
            got.append((" / ".join(titles), measure.get("title", "")))
        for child in policy.get("policies") or []:
            walk(child, titles)

    for policy in plan.get("policies") or []:
        walk(policy, [])
    found = [w for w in want if any(same(w[1], g[1]) for g in got)]
    placed = [w for w in found if any(same(w[1], g[1]) and fold(w[0]) in fold(g[0]) for g in got)]
    correct = [g for g in got if any(same(w[1], g[1]) for w in want)]
    town = (plan.get("municipality") or {}).get("name") == expected["municipality"]
    period = plan["plan"].get("period")
    want_period = expected.get("period")
    got_period = None if not period else {"start": _year(period.get("start")), "end": _year(period.get("end"))}
    if got_period == {"start": None, "end": None}:
        got_period = None  # 「計画期間を定めず」: a period with only its note, no years, as the answer's null
    period_ok = got_period == want_period
    if verbose:
        for w in want:
            if w not in found:
                print(f"    missed: {w[0]} / {w[1]}")
            elif w not in placed:
                print(f"    misplaced: {w[1]} (expected under {w[0]})")
        for g in got:
            if g not in correct:
                print(f"    extra: {g[0]} / {g[1]}")
        if not period_ok:
            print(f"    period: {got_period} expected {want_period}")
    return len(want), len(found), len(got), len(correct), town, period_ok, len(placed)  # type: ignore[return-value]


def _year(value: object) -> int | None:
    if value is None:
        return None
    match = re.match(r"(\d{4})", str(value))
    return int(match.group(1)) if match else None


def main() -> None:
    verbose = "-v" in sys.argv
    folders = [Path(a) for a in sys.argv[1:] if a != "-v"]
    data = folders[0] if folders else DATA
    totals = [0, 0, 0, 0, 0]
    towns = periods = 0
    print(f"{'document':12} {'measures':>9} {'recall':>7} {'precision':>9} {'placed':>7} town period")
    documents = sorted(p for p in data.iterdir() if p.suffix in (".txt", ".md") and p.name != "README.md")
    for document in documents:
        want, found, got, correct, town, period, placed = evaluate(document, verbose)  # type: ignore[misc]
        recall = found / want if want else 1.0
        precision = correct / got if got else 0.0
        print(
            f"{document.name:12} {found:>4}/{want:<4} {recall:>7.1%} {precision:>9.1%} {placed:>3}/{found:<3} "
            f"{'ok' if town else 'NO':4} {'ok' if period else 'NO'}"
        )
        totals = [a + b for a, b in zip(totals, (want, found, got, correct, placed), strict=True)]
        towns += town
        periods += period
    want, found, got, correct, placed = totals
    print(
        f"{'all':12} {found:>4}/{want:<4} {found / want:>7.1%} {correct / max(got, 1):>9.1%} {placed:>3}/{found:<3} "
        f"{towns}/{len(documents)} {periods}/{len(documents)}"
    )


if __name__ == "__main__":
    main()
