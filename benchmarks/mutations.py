"""Break the code on purpose and see a test fail: each mutation is applied, the tests that should
catch it are run, and the file is restored (always, also on Ctrl-C).

    .venv/bin/python benchmarks/mutations.py

The first six are the breakages that once left the whole suite green (issue 13). Not part of the tests.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN_AND = "tests/test_golden.py tests/test_compare_exports.py"

# (what, file, text, replaced by, the tests that should catch it)
MUTATIONS = [
    (
        "--sort name reversed",
        "dxcheck/audit/pipeline.py",
        "return sorted(audits, key=lambda a: (a.plan.municipality, a.file))",
        "return sorted(audits, key=lambda a: (a.plan.municipality, a.file), reverse=True)",
        GOLDEN_AND,
    ),
    (
        "CSV passed inverted",
        "dxcheck/report/csv_report.py",
        'word("passed" if audit.passed else "failed")',
        'word("failed" if audit.passed else "passed")',
        GOLDEN_AND,
    ),
    (
        "JUnit ignores --fail-on partial",
        "dxcheck/report/junit.py",
        "failing = failing_statuses(result.settings.fail_on)",
        'failing = failing_statuses("missing")',
        "tests/test_golden.py tests/test_ci_formats.py",
    ),
    ("HTML collapse removed", "dxcheck/report/html_report.py", "if totals[f.code] > 4 and count[f.code] > 3:", "if False:", GOLDEN_AND),
    ("rich-table fallback removed", "dxcheck/report/compare_table.py", "if self.fast.width <= options.max_width:", "if True:", GOLDEN_AND),
    (
        "help_en dropped from rules json",
        "dxcheck/report/rules_report.py",
        '                "help_en": r.help_en,\n',
        "",
        "tests/test_golden.py",
    ),
    # the reading of Japanese text (issue 12)
    (
        "a refusal read as a commitment",
        "dxcheck/reading/japanese.py",
        'return Reading("negation", shown)',
        'return Reading("commitment", shown)',
        "tests/test_inference_probes.py",
    ),
    (
        "a topic not governed by the sentence",
        "dxcheck/reading/japanese.py",
        "    if clause.topic:\n",
        "    if False:\n",
        "tests/test_inference_probes.py",
    ),
    (
        "「このため」 not carried",
        "dxcheck/reading/infer.py",
        "matches += self._carried(read)",
        "matches += []",
        "tests/test_inference_probes.py",
    ),
    (
        "another actor not seen",
        "dxcheck/reading/japanese.py",
        "            found = noun\n",
        "            found = None\n",
        "tests/test_inference_probes.py",
    ),
    (
        "a study read as a commitment",
        "dxcheck/reading/japanese.py",
        'return Reading("study", shown)',
        'return Reading("commitment", shown)',
        "tests/test_inference_probes.py",
    ),
]


def main() -> int:
    missed = 0
    for name, relative, old, new, tests in MUTATIONS:
        path = ROOT / relative
        text = path.read_text(encoding="utf-8")
        if old not in text:
            print(f"{name}: the text to mutate is gone from {relative}; update this script")
            missed += 1
            continue
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        try:
            pytest = [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *tests.split()]
            run = subprocess.run(pytest, cwd=ROOT, capture_output=True, text=True, check=False)
        finally:
            path.write_text(text, encoding="utf-8")
        failed = [line.split(" - ")[0] for line in run.stdout.splitlines() if line.startswith("FAILED")]
        print(f"{name}: {'caught by ' + failed[0] if run.returncode else 'MISSED'}")
        missed += run.returncode == 0
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
