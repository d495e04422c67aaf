"""Write N realistic, deterministic plans for benchmarks.

    python benchmarks/generate.py --count 1741 --seed 1 --out /tmp/plans

Titles and descriptions are drawn from the measures of the four seed plans in plans/ (so the
Japanese is real), in 2–5 policies with 10–40 measures, with KPIs, schedules, owners, procedures
and exemptions; files of 150–400 lines. They are valid plans, with a few deliberate findings: a
misspelt item id (about 3 % of plans), KPIs without a target, a schedule outside the plan period.
Same count and seed, same files.

`--own-text`: every measure's description begins with its town's name (「〇〇町では、…」), so no two
towns share a description. Without it, towns share the example plans' sentences, and a comparison
reads each of them once, whatever the number of towns; real towns write their own, and reading a
text never read before is most of what a real comparison costs (docs/performance.md).
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
PREFECTURES = [
    "北海道",
    "青森県",
    "岩手県",
    "宮城県",
    "秋田県",
    "山形県",
    "福島県",
    "茨城県",
    "栃木県",
    "群馬県",
    "埼玉県",
    "千葉県",
    "東京都",
    "神奈川県",
    "新潟県",
    "富山県",
    "石川県",
    "福井県",
    "山梨県",
    "長野県",
    "岐阜県",
    "静岡県",
    "愛知県",
    "三重県",
    "滋賀県",
    "京都府",
    "大阪府",
    "兵庫県",
    "奈良県",
    "和歌山県",
    "鳥取県",
    "島根県",
    "岡山県",
    "広島県",
    "山口県",
    "徳島県",
    "香川県",
    "愛媛県",
    "高知県",
    "福岡県",
    "佐賀県",
    "長崎県",
    "熊本県",
    "大分県",
    "宮崎県",
    "鹿児島県",
    "沖縄県",
]
SYLLABLES = "あさかたなはまやらわ上下中大小山川田野原沢島浜森木松杉竹本岡宮高津江北南東西新富士長".replace(" ", "")
OWNERS = ["総務課", "企画課", "情報政策課", "市民課", "税務課", "福祉課", "子育て支援課", "介護保険課", "防災課", "教育委員会"]
POLICY_TITLES = [
    "行政サービスのデジタル化",
    "行政運営の効率化",
    "情報セキュリティの確保",
    "地域社会のデジタル化",
    "デジタル人材の育成",
    "データの利活用",
]
UNITS = ["件", "%", "人", "手続", "業務"]
PROCEDURES = [f"p{n:02d}" for n in range(1, 20)] + ["p20", "p21", "p22"]


def check_digit(five: str) -> int:
    total = sum(w * int(d) for w, d in zip((6, 5, 4, 3, 2), five, strict=True))
    return (11 - total % 11) % 10


def seed_measures() -> list[dict[str, object]]:
    """The measures of the seed plans: title, description, addresses."""
    yaml = YAML(typ="safe")
    measures: list[dict[str, object]] = []

    def walk(policies: list[dict[str, object]]) -> None:
        for policy in policies:
            for measure in policy.get("measures", []) or []:  # type: ignore[union-attr]
                measures.append(measure)  # type: ignore[arg-type]
            walk(policy.get("policies", []) or [])  # type: ignore[arg-type]

    for path in sorted((ROOT / "plans").glob("*.yaml")):
        walk(yaml.load(path.read_text(encoding="utf-8")).get("policies", []))
    return measures


def fiscal(rng: random.Random, year: int) -> object:
    era = year - 2018
    return rng.choice([year, f"R{era}", f"令和{era}年度", f"{year}（令和{era}）年度"])


def plan(
    rng: random.Random, index: int, measures: list[dict[str, object]], used_codes: set[str], *, own_text: bool = False
) -> dict[str, object]:
    while True:
        prefecture = rng.randrange(1, 48)
        five = f"{prefecture:02d}{rng.randrange(100, 999):03d}"
        code = f"{five}{check_digit(five)}"
        if code not in used_codes:
            used_codes.add(code)
            break
    name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))) + rng.choice(["市", "町", "村"])
    start = rng.randint(2021, 2024)
    end = start + rng.randint(2, 4)
    broken = rng.random() < 0.03
    policies = []
    count = rng.randint(12, 32)
    per_policy = max(1, count // rng.randint(2, 5))
    chosen = [dict(m) for m in rng.sample(measures, k=min(count, len(measures)))]
    while len(chosen) < count:
        chosen.append(dict(rng.choice(measures)))
    for p_index in range(0, count, per_policy):
        group = chosen[p_index : p_index + per_policy]
        policy_measures = []
        for m_index, seed in enumerate(group, 1):
            measure: dict[str, object] = {"id": f"{len(policies) + 1}-{m_index}", "title": seed["title"]}
            if seed.get("description") and rng.random() < 0.7:
                measure["description"] = f"{name}では、{seed['description']}" if own_text else seed["description"]
            if seed.get("addresses") and rng.random() < 0.6:
                measure["addresses"] = seed["addresses"]
            if rng.random() < 0.5:
                kpi: dict[str, object] = {"name": f"{str(seed['title'])[:12]}の実施件数", "unit": rng.choice(UNITS)}
                if rng.random() < 0.8:
                    kpi["target"] = rng.randint(1, 100)
                    kpi["target_year"] = fiscal(rng, rng.randint(start, end))
                measure["kpis"] = [kpi]
            if rng.random() < 0.6:
                first = rng.randint(start, end)
                last = rng.randint(first, end + (1 if rng.random() < 0.05 else 0))
                measure["schedule"] = {"start": fiscal(rng, first), "end": fiscal(rng, last)}
            if rng.random() < 0.7:
                measure["owner"] = rng.choice(OWNERS)
            policy_measures.append(measure)
        policies.append(
            {
                "id": str(len(policies) + 1),
                "level": "基本方針",
                "title": rng.choice(POLICY_TITLES),
                "description": f"{name}は{rng.choice(POLICY_TITLES)}を進めます。",
                "measures": policy_measures,
            }
        )
    if broken:
        policies[0]["measures"][0]["addresses"] = ["dx/telwork"]  # type: ignore[index]
    procedures: dict[str, object] = {}
    for key in rng.sample(PROCEDURES, k=rng.randint(0, len(PROCEDURES))):
        status = rng.choice(["online", "planned", "planned", "not-planned", "not-applicable"])
        entry: dict[str, object] = {"status": status}
        if status == "planned":
            entry["target_year"] = fiscal(rng, rng.randint(start, end))
        elif status in ("not-planned", "not-applicable"):
            entry["reason"] = rng.choice(["所管外の手続のため", "利用件数が極めて少ないため", "県の事務のため"])
        procedures[key] = entry
    document: dict[str, object] = {
        "version": 1,
        "municipality": {"name": name, "prefecture": PREFECTURES[prefecture - 1], "code": code},
        "plan": {
            "title": f"{name}DX推進計画",
            "stage": rng.choice(["draft", "proposal", "adopted"]),
            "adopted": f"{start - 1}-{rng.randint(1, 12):02d}",
            "period": {"start": fiscal(rng, start), "end": fiscal(rng, end)},
            "legal_basis": [{"law": "官民データ活用推進基本法", "article": "第9条第3項", "designation": "市町村官民データ活用推進計画"}]
            if rng.random() < 0.9
            else [],
            "governance": {
                "cio": rng.choice(["副市長", "副町長", "副村長"]),
                "body": f"{name}DX推進本部",
                "secretariat": rng.choice(OWNERS),
            },
        },
        "policies": policies,
        "procedures": procedures,
    }
    if rng.random() < 0.2:
        document["exemptions"] = [{"item": "dx/community", "reason": "光ファイバ網は整備済みのため"}]
    return document


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--own-text", action="store_true", help="each town's descriptions its own (see above)")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    measures = seed_measures()
    args.out.mkdir(parents=True, exist_ok=True)
    # The C emitter (ruamel.yaml.clib); plan i is the same whatever --count is, so the first 100 of
    # 1,741 generated plans are the 100-plan set.
    yaml = YAML(typ="safe", pure=False)
    yaml.default_flow_style = False
    yaml.allow_unicode = True
    yaml.width = 4096
    yaml.sort_base_mapping_type_on_output = False  # type: ignore[assignment]
    used: set[str] = set()
    for index in range(args.count):
        path = args.out / f"plan-{index:04d}.yaml"
        with path.open("w", encoding="utf-8") as stream:
            stream.write(f"# generated by benchmarks/generate.py --seed {args.seed} (plan {index})\n")
            yaml.dump(plan(rng, index, measures, used, own_text=args.own_text), stream)
    print(f"wrote {args.count} plans to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
