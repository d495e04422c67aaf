"""What `dxcheck fmt` says: a line per file it rewrote or could not format or write, diffs with
--check, the formatted text of standard input, and a summary."""

from __future__ import annotations

import sys

from dxcheck.model.findings import visible
from dxcheck.plan.fmt import Formatted
from dxcheck.report.console import make_console
from dxcheck.report.diagnostics import finding_line


def print_outcome(outcome: Formatted, lang: str) -> None:
    """Diffs, standard input formatted, and unreadable files on stdout (as lint prints findings); notes on stderr."""
    en = lang == "en"
    if outcome.finding is not None:
        make_console().print(finding_line(outcome.finding, lang))
    elif outcome.problem is not None:
        # A write problem says it all (書き込めません（…）, 書き込み禁止 …); a format problem is prefixed.
        cannot = "" if outcome.state == "unwritable" else ("cannot format: " if en else "整形できません: ")
        make_console(stderr=True).print(visible(f"{outcome.shown}: {cannot}{outcome.problem.text(lang)}", breaks=True), style="red")
    elif outcome.state == "would-change":
        sys.stdout.write(outcome.diff)
    elif outcome.output is not None:
        sys.stdout.write(outcome.output)
    elif outcome.state == "formatted":
        shown = visible(outcome.shown, breaks=True)  # one line on stderr, whatever the file's name holds
        make_console(stderr=True).print(f"formatted: {shown}" if en else f"整形しました: {shown}")
    for left in outcome.left:  # what a reader of 「整形しました」 would take as fixed, and is not
        note = visible(f"{outcome.shown}: {'left as written' if en else 'そのまま'}: {left.text(lang)}", breaks=True)
        make_console(stderr=True).print(note, style="yellow")


def print_summary(outcomes: list[Formatted], *, check: bool, lang: str) -> None:
    changed = sum(1 for o in outcomes if o.state in ("formatted", "would-change"))
    failed = sum(1 for o in outcomes if o.state in ("failed", "unreadable", "unwritable"))
    if lang == "en":
        files = f"{len(outcomes)} file" + ("" if len(outcomes) == 1 else "s")
        text = f"{files}: {'need formatting' if check else 'formatted'} {changed}" + (f", failed {failed}" if failed else "")
    else:
        text = f"{len(outcomes)} ファイル: {'整形が必要' if check else '整形'} {changed} 件" + (f"、失敗 {failed} 件" if failed else "")
    make_console(stderr=True).print(text)
