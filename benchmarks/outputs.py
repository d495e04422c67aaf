"""Every command × format × example plan through the installed CLI, each output kept as a file.

    .venv/bin/python benchmarks/outputs.py --out /tmp/before      # on the old code
    .venv/bin/python benchmarks/outputs.py --out /tmp/after       # on the new code
    diff -r /tmp/before /tmp/after

For restructuring: the same bytes before and after show that a change of shape changed no
behaviour. Each case writes `NAME.out` (stdout, or the file written with -o), `NAME.err` and
`NAME.code`. Runs from the repository root with a fixed terminal width, so paths and wrapping
are the same every time. Not part of the tests.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DXCHECK = Path(sys.executable).parent / "dxcheck"
PLANS = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "plans").glob("*.yaml"))


def cases() -> list[tuple[str, list[str], str | None]]:
    """(name, arguments, output file suffix or None for stdout)."""
    out: list[tuple[str, list[str], str | None]] = []
    for plan in PLANS:
        town = Path(plan).stem
        for fmt in ("text", "json", "sarif", "junit", "github"):
            out.append((f"lint-{town}-{fmt}", ["lint", plan, "--format", fmt], None))
        out.append((f"lint-{town}-text-en", ["lint", plan, "--lang", "en"], None))
        for lang in ("ja", "en"):
            for fmt in ("table", "json", "sarif", "junit", "github", "markdown", "html", "csv"):
                out.append((f"audit-{town}-{fmt}-{lang}", ["audit", plan, "--format", fmt, "--lang", lang], None))
            out.append((f"audit-{town}-xlsx-{lang}", ["audit", plan, "--format", "xlsx", "--lang", lang], ".xlsx"))
            out.append((f"audit-{town}-table-file-{lang}", ["audit", plan, "--lang", lang], ".txt"))
        out.append((f"audit-{town}-partial", ["audit", plan, "--fail-on", "partial", "--format", "junit"], None))
        out.append((f"audit-{town}-noinfer", ["audit", plan, "--no-infer", "--format", "json"], None))
        out.append((f"audit-{town}-minscore", ["audit", plan, "--fail-on", "never", "--min-score", "90"], None))
        out.append((f"explain-telework-{town}", ["explain", "dx/telework", plan], None))
        out.append((f"explain-online-{town}-en", ["explain", "kanmin/online", plan, "--lang", "en"], None))
    out.append(("lint-dir", ["lint", "plans"], None))
    out.append(("lint-dir-json", ["lint", "plans", "--format", "json"], None))
    out.append(("audit-two-json", ["audit", *PLANS[:2], "--format", "json"], None))
    for lang in ("ja", "en"):
        for sort in ("score", "name", "code"):
            out.append((f"compare-table-{sort}-{lang}", ["compare", "plans", "--sort", sort, "--lang", lang], None))
        for fmt in ("json", "csv", "markdown", "html"):
            out.append((f"compare-{fmt}-{lang}", ["compare", "plans", "--format", fmt, "--lang", lang], None))
        out.append((f"compare-xlsx-{lang}", ["compare", "plans", "--format", "xlsx", "--lang", lang], ".xlsx"))
    out.append(("compare-csv-long-cp932", ["compare", "plans", "--format", "csv", "--long", "--encoding", "cp932"], None))
    for lang in ("ja", "en"):
        out.append((f"frameworks-{lang}", ["frameworks", "--lang", lang], None))
        for framework in ("kanmin", "dx", "procedures"):
            out.append((f"frameworks-show-{framework}-{lang}", ["frameworks", "show", framework, "--lang", lang], None))
        out.append((f"rules-{lang}", ["rules", "--lang", lang], None))
        out.append((f"rules-DX301-{lang}", ["rules", "DX301", "--lang", lang], None))
        out.append((f"explain-dx-online-{lang}", ["explain", "dx/online", "--lang", lang], None))
    out.append(("frameworks-json", ["frameworks", "--format", "json"], None))
    out.append(("frameworks-show-dx-json", ["frameworks", "show", "dx", "--format", "json"], None))
    for fmt in ("json", "markdown"):
        out.append((f"rules-{fmt}", ["rules", "--format", fmt], None))
        out.append((f"rules-DX301-{fmt}", ["rules", "DX301", "--format", fmt], None))
    for name in ("plan", "framework", "audit", "audits", "lint"):
        out.append((f"schema-{name}", ["schema", name], None))
    out.append(("config", ["config"], None))
    out.append(("config-json", ["config", "--format", "json"], None))
    out.append(("missing-file", ["audit", "plans/nai.yaml"], None))
    out.append(("unknown-item", ["explain", "dx/telwork"], None))
    out.append(("unknown-rule", ["rules", "DX999"], None))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--only", help="run only the cases whose name contains this")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "COLUMNS": "100", "LINES": "50", "DXCHECK_LANG": "", "NO_COLOR": "1", "TERM": "dumb"}
    env.pop("DXCHECK_LANG")
    with tempfile.TemporaryDirectory() as scratch:
        for name, arguments, suffix in cases():
            if args.only and args.only not in name:
                continue
            command = [str(DXCHECK), *arguments]
            target = Path(scratch) / f"{name}{suffix}" if suffix else None
            if target is not None:
                command += ["-o", str(target)]
            run = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, check=False)
            stdout = target.read_bytes() if target is not None and target.exists() else run.stdout
            (args.out / f"{name}.out").write_bytes(stdout)
            (args.out / f"{name}.err").write_bytes(run.stderr.replace(scratch.encode(), b"<tmp>"))
            (args.out / f"{name}.code").write_text(f"{run.returncode}\n")
        # init and fmt write files: run them on copies.
        init_target = Path(scratch) / "new.yaml"
        run = subprocess.run(
            [str(DXCHECK), "init", "-m", "恵庭市", "--code", "012319", "-o", str(init_target)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            check=False,
        )
        text = init_target.read_text(encoding="utf-8") if init_target.exists() else ""
        (args.out / "init.out").write_text(text.split("\n", 1)[-1], encoding="utf-8")  # the first line names the schema's path
        (args.out / "init.code").write_text(f"{run.returncode}\n")
        for plan in PLANS:
            copy = Path(scratch) / Path(plan).name
            shutil.copy(ROOT / plan, copy)
            run = subprocess.run([str(DXCHECK), "fmt", "--check", str(copy)], cwd=ROOT, env=env, capture_output=True, check=False)
            (args.out / f"fmt-check-{copy.stem}.code").write_text(f"{run.returncode}\n")
    print(f"{len(list(args.out.glob('*.code')))} cases written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
