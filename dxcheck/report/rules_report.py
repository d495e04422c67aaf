"""The rule catalogue: `dxcheck rules` as a table, as JSON, and as Markdown (docs/rules.md)."""

from __future__ import annotations

from typing import Any

from rich.table import Table

from dxcheck.model.findings import severity_word
from dxcheck.model.rules import Rule
from dxcheck.report.console import Balanced, Wrapped


def rules_table(rules: list[Rule[...]], lang: str) -> Balanced:
    en = lang == "en"
    table = Table(title="Rules" if en else "検査ルール", title_justify="left")
    table.add_column("code" if en else "コード", no_wrap=True)
    table.add_column("severity" if en else "重大度", no_wrap=True)
    table.add_column("rule" if en else "内容")
    table.add_column("what to do" if en else "対処")
    for rule in rules:
        table.add_row(
            rule.code,
            severity_word(rule.severity.value, lang),  # 「警告」 in Japanese, as lint prints it (a walkthrough's: "warning")
            Wrapped(f"{rule.summary_en} ({rule.name})" if en else f"{rule.summary_ja}（{rule.name}）"),
            Wrapped(rule.help_en if en else rule.help_ja),
        )
    return Balanced(table)


def rules_json(rules: list[Rule[...]]) -> dict[str, Any]:
    """The body of the `dxcheck-rules` JSON document."""
    return {
        "rules": [
            {
                "code": r.code,
                "name": r.name,
                "severity": r.severity.value,
                "summary_ja": r.summary_ja,
                "summary_en": r.summary_en,
                "help_ja": r.help_ja,
                "help_en": r.help_en,
            }
            for r in rules
        ]
    }


def rules_markdown(rules: list[Rule[...]]) -> str:
    """docs/rules.md (every rule), or the same page for the rules asked for: stable code, severity and advice, in both languages."""
    lines = [
        "# dxcheck rules / 検査ルール",
        "",
        "<!-- Generated from dxcheck/model/rules.py by `dxcheck rules --format markdown`; a test keeps it in sync. -->",
        "",
        "Every finding carries one of these stable codes. Codes are never reused. Exit codes: 0 no errors",
        "(warnings allowed), 1 errors, 2 could not run.",
        "",
        "すべての指摘にはこの一覧の固定コードが付きます。終了コードは 0 エラーなし（警告は可）、1 エラーあり、2 実行できない。",
        "",
        "| code | severity | 内容 | rule | 対処 | what to do |",
        "|---|---|---|---|---|---|",
    ]
    for rule in rules:
        lines.append(
            f"| {rule.code} | {rule.severity.value}（{severity_word(rule.severity.value, 'ja')}） | {rule.summary_ja} | {rule.summary_en} (`{rule.name}`) "
            f"| {rule.help_ja} | {rule.help_en} |"
        )
    return "\n".join(lines) + "\n"
