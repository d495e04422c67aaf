"""JUnit XML: for CI systems that show test reports (GitLab, Jenkins, Azure DevOps).

lint: one test case per plan file, failing when it has errors.
audit: one test suite per plan, one test case per framework item, failing when the item fails the
bar (the audit's verdict: --fail-on, --require-procedures); exempt items are skipped with their reason,
procedures the plan does not name (記載なし) too unless --require-procedures; plus a case for the plan's own errors.
Each test suite's properties name the configuration file in use (`config`; empty when none was
found), each framework's edition, and the file of a framework a user added (`edition.ID.file`); the
plan's test case prints DX505, DX506, DX513–DX516 (system-out). No timestamps or durations: same input, same bytes.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from dxcheck.model.findings import FindingOut, finding_out, severity_word, visible
from dxcheck.model.message import CANNOT_AUDIT
from dxcheck.model.results import Audits, LintRun
from dxcheck.report import ReportContext
from dxcheck.report.heading import plan_heading
from dxcheck.report.matrix import LABEL, evidence_text, procedure_text, procedures_by_item

# Findings the plan's test case prints (system-out) though they fail nothing: which frameworks a user
# added (DX505) and the bar it lowered (DX506, DX515: a hostile try found JUnit the one format silent on them), an
# edition that ended before the plan (DX513), an older edition declared (DX514), frameworks with required items
# the `frameworks` setting left out (DX516: their items have no case at all, so nothing else would say so).
_SAID = frozenset({"DX505", "DX506", "DX513", "DX514", "DX515", "DX516"})


def _line(f: FindingOut, lang: str) -> str:
    where = f.location.where()
    return f"{where}: {f.code} {severity_word(f.severity, lang)}: {f.message(lang)}"


def _document(root: ET.Element) -> str:
    """The XML text. XML 1.0 cannot hold a control character, even as a reference (`&#27;`): each is
    written as a visible escape (`\\x1b`), so the document always parses."""
    ET.indent(root)
    return visible('<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n")


def _config(properties: ET.Element, context: ReportContext) -> None:
    """The configuration file the report was made with; an empty value: none was found."""
    ET.SubElement(properties, "property", name="config", value=context.config or "")


def render_lint(run: LintRun, context: ReportContext) -> str:
    """One test case per file."""
    lang = context.lang
    files = [(f.file, f.findings) for f in run.files]
    failures = sum(1 for _, fs in files if any(f.severity == "error" for f in fs))
    root = ET.Element("testsuites", name="dxcheck lint", tests=str(len(files)), failures=str(failures))
    suite = ET.SubElement(root, "testsuite", name="dxcheck lint", tests=str(len(files)), failures=str(failures), errors="0", skipped="0")
    _config(ET.SubElement(suite, "properties"), context)
    for file, findings in files:
        case = ET.SubElement(suite, "testcase", classname="dxcheck.lint", name=file, file=file)
        errors = [f for f in findings if f.severity == "error"]
        if errors:
            first = errors[0]
            failure = ET.SubElement(case, "failure", message=f"{first.code}: {first.message(lang)}", type=first.code)
            failure.text = "\n".join(_line(f, lang) for f in errors)
        others = [f for f in findings if f.severity != "error"]
        if others:
            ET.SubElement(case, "system-out").text = "\n".join(_line(f, lang) for f in others)
    return _document(root)


def render_audits(audits: Audits, context: ReportContext) -> str:
    """One test suite per plan; one test case per framework item."""
    lang = context.lang
    en = lang == "en"
    results = audits.audits
    root = ET.Element("testsuites", name="dxcheck audit")
    total_tests = total_failures = 0
    for result in results:
        # The items that fail the bar, as the audit judged them (dxcheck.model.gate): the cases that fail.
        failing = {i for r in result.verdict.reasons for i in r.items}
        unstated = set(result.verdict.unstated_procedures) - failing
        suite = ET.SubElement(root, "testsuite", name=plan_heading(result.plan, lang, code=False), file=result.file)
        procedures = procedures_by_item(result)
        properties = ET.SubElement(suite, "properties")
        _config(properties, context)
        for framework in result.frameworks:  # the edition each framework was audited with, and a user's file it came from
            ET.SubElement(properties, "property", name=f"edition.{framework.id}", value=framework.edition)
            if framework.user_file is not None:
                ET.SubElement(properties, "property", name=f"edition.{framework.id}.file", value=framework.user_file)
        tests = failures = skipped = 0
        errors = result.file_errors()  # an item's own finding fails the item's case, not this one
        case = ET.SubElement(suite, "testcase", classname="dxcheck.plan", name="plan file" if en else "計画ファイル", file=result.file)
        tests += 1
        if errors:
            failures += 1
            failure = ET.SubElement(case, "failure", message=f"{errors[0].code}: {errors[0].message(lang)}", type=errors[0].code)
            failure.text = "\n".join(_line(f, lang) for f in errors)
        noted = [f for f in result.findings if f.code in _SAID]
        if noted:  # what the reader must know whatever the bar: a user's framework, an edition that has ended
            ET.SubElement(case, "system-out").text = "\n".join(_line(f, lang) for f in noted)
        minimum = result.settings.min_score
        if minimum is not None:  # --min-score: a bar of its own, or CI fails with every case green
            tests += 1
            name = f"overall score ≥ {minimum:g}" if en else f"総合スコア {minimum:g} 以上"
            case = ET.SubElement(suite, "testcase", classname="dxcheck.score", name=name, file=result.file)
            if any(r.gate == "min-score" for r in result.verdict.reasons):
                failures += 1
                message = next(r.message_en if en else r.message_ja for r in result.verdict.reasons if r.gate == "min-score")
                ET.SubElement(case, "failure", message=message, type="min-score").text = message
        for framework in result.frameworks:
            for item in framework.items:
                tests += 1
                title = item.title_en if en else item.title
                case = ET.SubElement(suite, "testcase", classname=f"dxcheck.{framework.id}", name=f"{item.id} {title}", file=result.file)
                evidence = [f"{e.location.file}{e.location.mark()}: {evidence_text(e, lang)}" for e in item.evidence]
                if item.status == "exempt":
                    skipped += 1
                    reason = next((e.note for e in item.evidence if e.strength == "exempt"), "") or ""
                    ET.SubElement(case, "skipped", message=("exempt: " if en else "除外: ") + reason)
                elif item.id in unstated:  # 記載なし: said, and not counted unless --require-procedures
                    skipped += 1
                    said = (
                        "not named in the plan (not counted; --require-procedures counts it)"
                        if en
                        else "記載なし（合否に数えない。--require-procedures で数える）"
                    )
                    ET.SubElement(case, "skipped", message=said)
                elif item.id in failing:
                    failures += 1
                    label = LABEL[lang][item.status]
                    procedure = procedures.get(item.id) if framework.id == "procedures" else None
                    if procedure is not None:
                        message = (
                            f"{label}: {item.id} ({title}): {procedure_text(procedure, lang)}"
                            if en
                            else f"{label}: 「{item.id}」{title}: {procedure_text(procedure, lang)}"
                        )
                    elif item.status == "missing":
                        message = (
                            f"{label}: no measure takes up {item.id}" if en else f"{label}: 「{item.id}」{title} に取り組む施策がありません"
                        )
                    else:
                        message = (
                            f"{label}: {item.id} is only partly taken up" if en else f"{label}: 「{item.id}」{title} への取組は一部だけです"
                        )
                    failure = ET.SubElement(case, "failure", message=message, type=item.status)
                    failure.text = "\n".join(evidence) or message
                if evidence and item.status != "exempt":
                    ET.SubElement(case, "system-out").text = "\n".join(evidence)
        suite.set("tests", str(tests))
        suite.set("failures", str(failures))
        suite.set("errors", "0")
        suite.set("skipped", str(skipped))
        total_tests += tests
        total_failures += failures
    for plan in audits.unauditable:  # not audited: one failing case, the plan file, with its read errors
        suite = ET.SubElement(root, "testsuite", name=plan.file, file=plan.file, tests="1", failures="1", errors="0", skipped="0")
        case = ET.SubElement(suite, "testcase", classname="dxcheck.plan", name="plan file" if en else "計画ファイル", file=plan.file)
        found = [finding_out(f) for f in plan.findings]
        first = found[0] if found else None
        message = f"{first.code}: {first.message(lang)}" if first is not None else CANNOT_AUDIT.text(lang)
        failure = ET.SubElement(case, "failure", message=message, type=first.code if first is not None else "cannot-audit")
        failure.text = "\n".join([*(_line(f, lang) for f in found), CANNOT_AUDIT.text(lang)])
        total_tests += 1
        total_failures += 1
    root.set("tests", str(total_tests))
    root.set("failures", str(total_failures))
    return _document(root)
