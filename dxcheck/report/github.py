"""GitHub Actions workflow commands: findings appear inline on a pull request.

`::error file=…,line=…,col=…,title=CODE::message`, `::warning …`, `::notice …` (for info). Each ends with
what to do: the rule's help (`dxcheck rules CODE`), and for an item of the audited plan the `dxcheck explain`
that shows it. An audit that fails its bar ends with an `::error` that says why (the findings behind it may
all be warnings) and which command shows the whole report, so that the failing job shows its reason among
the annotations. The first line is a `::notice` that names the configuration file in use, or says that
none was found.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

from dxcheck.model.findings import FindingOut, finding_out, visible
from dxcheck.model.message import CANNOT_AUDIT
from dxcheck.model.results import Audits, LintRun
from dxcheck.model.rules import BY_CODE
from dxcheck.report import ReportContext
from dxcheck.report.diagnostics import folded, line_span
from dxcheck.report.verdict import plan_word, then, with_detail

_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    # A control character would reach the log as it is (GitHub's log obeys ANSI escapes): \\x1b.
    return visible(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def config_notice(context: ReportContext) -> str:
    """`::notice title=dxcheck::設定ファイル: pyproject.toml` (or that there is none): which settings made the verdict."""
    if context.lang == "en":
        said = f"configuration file: {context.config}" if context.config else "no configuration file: the defaults and the options"
    else:
        said = f"設定ファイル: {context.config}" if context.config else "設定ファイルなし（既定の設定とオプション）"
    return f"::notice title={_property('dxcheck')}::{_data(said)}\n"


def render_lint(run: LintRun, context: ReportContext) -> str:
    return config_notice(context) + render([(f.file, f.findings) for f in run.files], context.lang)


def render_audits(audits: Audits, context: ReportContext) -> str:
    failed = "".join(
        f"::error file={_property(a.file)},title={_property('dxcheck audit')}::{_data(with_detail(a, context.lang, context.given))}\n"
        for a in audits.audits
        if not a.passed
    )
    findings = [(a.file, a.findings) for a in audits.audits]
    items = {a.file: {i.id for f in a.frameworks for i in f.items} for a in audits.audits}
    # a plan that could not be audited: its read errors, and an ::error that says the audit did not run on it
    findings += [(plan.file, [finding_out(f) for f in plan.findings]) for plan in audits.unauditable]
    cannot = CANNOT_AUDIT.text(context.lang)
    failed += "".join(
        f"::error file={_property(plan.file)},title={_property('dxcheck audit')}::{_data(cannot)}\n" for plan in audits.unauditable
    )
    documents = frozenset(a.file for a in audits.audits if a.document is not None)
    return config_notice(context) + render(findings, context.lang, items, context.given, documents) + failed


# An item as the rules' messages quote it: 「dx/ai-rpa」.
_QUOTED_ITEM = re.compile(r"「([a-z][a-z0-9-]*/[a-z0-9][a-z0-9-]*)」")


def _explain(finding: FindingOut, items: Collection[str], given: tuple[str, ...] = ()) -> str | None:
    """`dxcheck explain dx/ai-rpa plans/x.yaml` for a finding about an item of the audited plan (DX501, DX502, DX503 …),
    as the rules' help writes it (「dxcheck explain 項目 計画」); None for any other. A finding carries no item of its
    own (the JSON contract has none): the item is the one its message quotes, as the rule worded it. The options that
    decide the reading go with it (a hostile review's: without `--edition` or `--frameworks-dir` the command exited 2,
    without `--no-infer` it showed ● where the annotation said ○)."""
    for quoted in _QUOTED_ITEM.findall(finding.message_ja):
        if quoted in items:
            return " ".join(["dxcheck", "explain", quoted, plan_word(finding.location.file), *_explain_options(given)])
    return None


# What explain takes of audit's options (audit's --against X@Y is explain's --edition X=Y)
_EXPLAIN_TAKES = frozenset(("--infer", "--no-infer", "--edition", "--config", "--frameworks-dir", "--lang"))
_FLAGS = frozenset(("--infer", "--no-infer"))


def _explain_options(given: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    words = iter(given)
    for word in words:
        if word in _FLAGS:
            out.append(word)
        elif word == "--against":
            out += ["--edition", next(words, "").replace("@", "=", 1)]
        elif word.startswith("--"):
            value = next(words, "")
            if word in _EXPLAIN_TAKES:
                out += [word, value]
    return out


def render(
    files: Sequence[tuple[str, Sequence[FindingOut]]],
    lang: str,
    items: Mapping[str, Collection[str]] | None = None,
    given: tuple[str, ...] = (),
    documents: Collection[str] = (),
) -> str:
    """One workflow command per finding, ending with what to do: the rule's help, and for an item of the audited
    plan (`items`, by file) the `dxcheck explain` that shows it. An annotation said 「… に取り組む施策がありません」 and
    no more, while the remedy was in `dxcheck rules DX501` and the terminal (a new user's CI walkthrough). A rule
    repeated more than three times in a file is one command that counts the rest and says where they are, as the
    terminal folds it (GitHub shows about ten annotations of a kind per step); the terminal's --verbose lists each."""
    lines = []
    for file, findings in files:
        for f, rest in folded(findings):
            props = [f"file={_property(f.location.file)}"]
            if f.location.line is not None:
                props += [f"line={f.location.line}", f"col={f.location.column or 1}"]
            props.append(f"title={_property(f.code)}")
            message = f"{f.code} {f.message(lang)}"
            if rest:
                span = line_span(rest)
                if lang == "en":
                    lines_en = ", lines " + span.replace("〜", "–") if span else ""
                    message += f" (and {len(rest)} more like it{lines_en}; without --format, --verbose lists each)"
                else:
                    lines_ja = f"、{span} 行" if span else ""
                    message += f"（ほか同様に {len(rest)} 件{lines_ja}。一つずつ見るには --format なしで --verbose）"
            rule = BY_CODE.get(f.code)
            # (not for a plan read from a Word or PDF document: the rules' help names the YAML's fields — 「plan.governance
            # に書いてください」 after 「計画書の推進体制の章に書いてください」, a hostile review's)
            if rule is not None and file not in documents:
                message = then(message, rule.help_en if lang == "en" else rule.help_ja, lang)
            command = _explain(f, (items or {}).get(file, ()), given)
            if command is not None:
                message = then(message, f"Details: {command}" if lang == "en" else f"詳しくは {command}", lang)
            lines.append(f"::{_COMMAND[f.severity]} {','.join(props)}::{_data(message)}")
    return "".join(line + "\n" for line in lines)
