"""How often the audit's reading of Japanese text agrees with a careful reader, on the probe corpus.

    .venv/bin/python benchmarks/inference_eval.py            # agreement per class and per item
    .venv/bin/python benchmarks/inference_eval.py --list     # and every disagreement
    .venv/bin/python benchmarks/inference_eval.py --set tests/data/inference_blind5.yaml   # a blind set

tests/data/inference_probes.yaml holds 349 plan fragments with the verdicts of three judges (two of
them blind), written before the rules. Each probe becomes a small plan without `addresses`, is
audited against kanmin and dx 第1.0版 (pinned: the probes and their verdicts were written against
that edition's items, so newer editions do not change what the figures mean), and every item's status is compared with the expected one. A probe
agrees when all its items do. Not part of the tests (tests/test_inference_probes.py holds the bar).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ruamel.yaml import YAML  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "inference_probes.yaml"
HELDOUT = ROOT / "tests" / "data" / "inference_heldout.yaml"
FINAL = ROOT / "tests" / "data" / "inference_final.yaml"
EDITION = "1.0"  # the edition of dx the probes were judged against
# Each topic of the corpus is an item of dx, and where the act has one too, of kanmin.
TOPIC_ITEMS = {
    "standardization": ["dx/standardization"],
    "mynumber": ["kanmin/mynumber", "dx/mynumber"],
    "online": ["kanmin/online", "dx/online"],
    "ai-rpa": ["dx/ai-rpa"],
    "telework": ["dx/telework"],
    "security": ["dx/security"],
    "community": ["dx/community"],
    "divide": ["kanmin/divide", "dx/divide"],
    "bpr": ["kanmin/bpr", "dx/bpr"],
    "opendata": ["kanmin/opendata", "dx/opendata"],
    "kanmin-plan": ["dx/kanmin-plan"],
}


@dataclass
class Outcome:
    probe: dict[str, object]
    expected: dict[str, str]  # topic → status (missing included)
    got: dict[str, str]
    reasons: dict[str, str]  # topic → how the audit read it

    @property
    def agrees(self) -> bool:
        return self.expected == self.got


def load_probes(path: Path = CORPUS) -> list[dict[str, object]]:
    probes: list[dict[str, object]] = YAML(typ="safe").load(path.read_text(encoding="utf-8"))["probes"]
    return probes


def probe_plan(probe: dict[str, object]) -> dict[str, object]:
    """The probe as plan data: one policy (the probe's, or a neutral one) holding its measure."""
    measure = {"id": "1-1", **probe["measure"]}  # type: ignore[dict-item]
    policy = {"id": "1", "title": "施策", "measures": [measure]}
    if "policy" in probe:
        policy = {"id": "1", **probe["policy"], "measures": [measure]}  # type: ignore[dict-item]
    return {
        "version": 1,
        "municipality": {"name": "試験町", "prefecture": "北海道", "code": "012319"},
        "plan": {"title": "試験計画"},
        "policies": [policy],
    }


def evaluate(probes: list[dict[str, object]]) -> list[Outcome]:
    from dxcheck.audit.verdicts import audit
    from dxcheck.catalogue.framework import shipped_catalogue
    from dxcheck.files.source import PositionIndex, SourceText
    from dxcheck.plan.lint import check_data

    # Pinned to dx 第1.0版: the corpus is defined against kanmin and that edition's items.
    catalogue = shipped_catalogue()
    everything = catalogue.select({"dx": EDITION})
    frameworks = catalogue.select({"dx": EDITION}, only=["kanmin", "dx"])
    outcomes = []
    for probe in probes:
        source = SourceText(name=str(probe["id"]), text="")
        check = check_data(source, probe_plan(probe), everything)
        assert check.plan is not None, (probe["id"], [f.text("en") for f in check.findings])
        result = audit(check.plan, frameworks, file=source.name, locate=PositionIndex(None).locate)
        status = {i.id: i for f in result.frameworks for i in f.items}
        expected = {topic: str(probe["expect"].get(topic, "missing")) for topic in TOPIC_ITEMS}  # type: ignore[attr-defined]
        got, reasons = {}, {}
        for topic, items in TOPIC_ITEMS.items():
            # A topic read differently by the two frameworks counts as its worse reading.
            verdicts = [status[item].status for item in items]
            got[topic] = "missing" if "missing" in verdicts else ("partial" if "partial" in verdicts else verdicts[0])
            evidence = status[items[-1]].evidence
            reasons[topic] = "; ".join(_reason(e) for e in evidence)
        outcomes.append(Outcome(probe, expected, got, reasons))
    return outcomes


def _reason(evidence: object) -> str:
    fields = [getattr(evidence, name, None) for name in ("strength", "field", "matched", "reading")]
    return " ".join(str(f) for f in fields if f)


def report(outcomes: list[Outcome], *, listing: bool) -> float:
    by_class: dict[str, list[bool]] = defaultdict(list)
    by_topic: dict[str, Counter[str]] = defaultdict(Counter)
    for outcome in outcomes:
        by_class[str(outcome.probe["class"])].append(outcome.agrees)
        for topic in TOPIC_ITEMS:
            if outcome.expected[topic] == "missing" and outcome.got[topic] == "missing":
                continue  # neither the reader nor the audit saw the topic: not counted for it
            by_topic[topic]["agree" if outcome.expected[topic] == outcome.got[topic] else "differ"] += 1
    total = sum(o.agrees for o in outcomes)
    share = total / len(outcomes)
    print(f"agreement: {total}/{len(outcomes)} probes = {100 * share:.1f} %")
    # A judgement is one topic a probe's author judged (its `expect`): agreement per judgement, and
    # false positives — topics judged missing that the audit calls covered or partial.
    judged = [(o, t) for o in outcomes for t in o.probe["expect"]]  # type: ignore[attr-defined]
    agreeing = sum(1 for o, t in judged if o.expected[t] == o.got[t])
    absent = [(o, t) for o, t in judged if o.expected[t] == "missing"]
    false_positive = sum(1 for o, t in absent if o.got[t] != "missing")
    print(
        f"judgements: {agreeing}/{len(judged)} = {100 * agreeing / max(len(judged), 1):.1f} %; "
        f"false positives {false_positive}/{len(absent)} of the topics judged absent"
    )
    print("\nper class (probes agreeing / probes):")
    for name in sorted(by_class):
        values = by_class[name]
        print(f"  {name:12} {sum(values):3}/{len(values):3}  {100 * sum(values) / len(values):5.1f} %")
    print("\nper topic (probes where the reader or the audit saw it: agreeing / all):")
    for topic in TOPIC_ITEMS:
        counts = by_topic[topic]
        seen = counts["agree"] + counts["differ"]
        print(f"  {topic:16} {counts['agree']:3}/{seen:3}  {100 * counts['agree'] / max(seen, 1):5.1f} %")
    differ = [o for o in outcomes if not o.agrees]
    if listing and differ:
        print(f"\ndisagreements ({len(differ)}):")
        for outcome in differ:
            measure = outcome.probe["measure"]
            print(f"- {outcome.probe['id']} [{outcome.probe['class']}] {measure['title']}")  # type: ignore[index]
            for topic in TOPIC_ITEMS:
                if outcome.expected[topic] != outcome.got[topic]:
                    print(f"    {topic}: expected {outcome.expected[topic]}, got {outcome.got[topic]}  ({outcome.reasons[topic]})")
    return share


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="list every disagreement")
    parser.add_argument("--heldout", action="store_true", help="the held-out set (tests/data/inference_heldout.yaml)")
    parser.add_argument("--final", action="store_true", help="the final held-out set (tests/data/inference_final.yaml)")
    parser.add_argument("--set", type=Path, help="another set in the same format (the blind sets: tests/data/inference_blind5.yaml …)")
    parser.add_argument("--markdown", action="store_true", help="every disagreement of every set, as the list in docs/audit.md")
    args = parser.parse_args()
    if args.markdown:
        blind = (ROOT / "tests" / "data").glob("inference_blind*.yaml")
        sets = [CORPUS, HELDOUT, FINAL, *sorted(blind, key=lambda p: int(p.stem.removeprefix("inference_blind")))]
        for path in sets:
            for outcome in evaluate(load_probes(path)):
                for topic in outcome.probe["expect"]:  # type: ignore[attr-defined]
                    if outcome.expected[topic] != outcome.got[topic]:
                        title = outcome.probe["measure"]["title"]  # type: ignore[index]
                        print(
                            f"- {path.stem} {outcome.probe['id']} [{outcome.probe['class']}] 「{title}」: "
                            f"{topic} judged {outcome.expected[topic]}, read {outcome.got[topic]}"
                        )
        return 0
    path = args.set or (FINAL if args.final else HELDOUT if args.heldout else CORPUS)
    report(evaluate(load_probes(path)), listing=args.list)
    return 0


if __name__ == "__main__":
    sys.exit(main())
