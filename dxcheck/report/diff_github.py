"""GitHub Actions workflow commands for a diff: a required item lost is an error on the plan file, a measure
removed or an item not required gone worse a warning, the rest notices; each at the line of the new
version where there is one.
"""

from __future__ import annotations

from dxcheck.diff.results import PlanDiff
from dxcheck.report import ReportContext
from dxcheck.report.diff_text import ITEM_CHANGE, PART_CHANGE, governance_line, part_details, part_name, procedure_state
from dxcheck.report.github import _data, _property, config_notice
from dxcheck.report.matrix import SYMBOL
from dxcheck.report.summary import diff_summary


def render_diff(diff: PlanDiff, context: ReportContext, *, fails: bool = True) -> str:
    """`fails`: whether a loss fails the job (--fail-on-loss); without it a loss is a ::warning, not an ::error (a new
    user's walkthrough: ::error annotations on a step that passed)."""
    lang = context.lang
    loss_kind = "error" if fails else "warning"
    en = lang == "en"
    file = _property(diff.new.file)
    lines = []

    def command(kind: str, title: str, message: str, line: int | None = None) -> None:
        where = f"file={file}" + (f",line={line}" if line is not None else "")
        lines.append(f"::{kind} {where},title={_property(title)}::{_data(message)}")

    for i in diff.items:
        kind = loss_kind if i.change == "loss" else "warning" if i.change == "worse" else "notice"
        sources = "、".join(governance_line(e, lang, limit=120) if e.governance else f"{e.source}「{e.title}」" for e in i.evidence)
        message = f"{i.title_en if en else i.title} {SYMBOL[i.before]} → {SYMBOL[i.after]} ({ITEM_CHANGE[lang][i.change]})"
        # At the line of a field of the 推進体制 the new version states (「adviser:」 added); a field removed has no line
        # there: its line in the earlier version is in the message, as a measure removed has it.
        line = next((e.governance.line for e in i.evidence if e.governance and e.governance.change != "removed"), None)
        command(kind, f"{i.id}: {ITEM_CHANGE[lang][i.change]}", message + (f": {sources}" if sources else ""), line)
    for change in [*diff.policies, *diff.measures]:
        kind = "warning" if change.change == "removed" else "notice"
        details = "; ".join(part_details(change, lang, limit=120))
        line = change.after.line if change.after is not None else None
        command(kind, f"{PART_CHANGE[lang][change.change]}: {part_name(change)}", details, line)
    for p in diff.procedures:
        kind = loss_kind if p.loss else "notice"
        command(kind, f"{p.id} {p.title}", f"{procedure_state(p, 'before', lang)} → {procedure_state(p, 'after', lang)}")
    # The summary last: a notice with the whole paragraph (shown on the run's summary page).
    command(loss_kind if diff.loss else "notice", "dxcheck diff", diff_summary(diff, lang))
    return config_notice(context) + "".join(line + "\n" for line in lines)
