"""`dxcheck compare` in the terminal: towns × items with status symbols, scores, procedures."""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from dxcheck.audit import AuditResult
from dxcheck.report.audit_table import STYLE
from dxcheck.report.matrix import SYMBOL, columns, framework_ids, item, procedures_done, score


def print_comparison(console: Console, audits: list[AuditResult], lang: str) -> None:
    # The terminal shows the required items in narrow borderless columns so that 80 columns suffice;
    # the optional items and the codes are in every export (CSV, Excel, HTML, Markdown).
    en = lang == "en"
    cols = [c for c in columns(audits) if c.required]
    table = Table(title="Comparison" if en else "自治体の比較", title_justify="left", box=box.SIMPLE_HEAD, padding=(0, 0), pad_edge=False)
    table.add_column("town" if en else "自治体", no_wrap=True)
    for col in cols:
        table.add_column(col.code, justify="center", no_wrap=True)
    frameworks = framework_ids(audits)
    for framework in frameworks:
        table.add_column(
            {"kanmin": "官民", "dx": "DX", "procedures": "手続"}.get(framework, framework) if not en else framework[:4],
            justify="right",
            no_wrap=True,
        )
    table.add_column("all" if en else "総合", justify="right", no_wrap=True)
    table.add_column("done/plan" if en else "済/予定", justify="right", no_wrap=True)
    for audit in audits:
        cells: list[str | Text] = [audit.plan.municipality]
        for col in cols:
            result = item(audit, col.id)
            cells.append(Text(SYMBOL[result.status], style=STYLE[result.status]) if result else Text("?"))
        for framework in frameworks:
            value = score(audit, framework)
            cells.append("—" if value is None else f"{value:g}")
        online, planned, _ = procedures_done(audit)
        cells += [Text(f"{audit.overall_score:g}", style="bold"), f"{online}/{planned}"]
        table.add_row(*cells)
    console.print(table)
    legend = Table(show_header=False, box=None, padding=(0, 1))
    for col in cols:
        legend.add_row(
            col.code, col.id, (col.title_en if en else col.title) + ("" if col.required else (" (not required)" if en else "（任意）"))
        )
    console.print(
        Text(
            "● covered ◐ partial ○ missing − exempt   scores 0-100; done/plan: procedures online / planned of 53"
            if en
            else "● 取組あり ◐ 一部 ○ なし − 除外   スコアは 0〜100、済/予定: 優先手続53のうちオンライン済・予定の数",
            style="dim",
        )
    )
    console.print(legend)
