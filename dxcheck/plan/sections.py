"""A policy that is a chapter of the plan's background, not a commitment: the same headings the document
reader leaves out (dxcheck.model.sections), asked of a plan written as YAML.

A plan that lists 「計画策定の背景」 as a policy, with its description and no measure under it, is telling
what moved the town, not what it will do: the audit does not read it for items (a new user's walkthrough
found 「本町ではセキュリティ対策が課題となっています。」 there giving dx/security ◐, and the required item no
longer failing), and lint says so (DX414). The same text in a Word or PDF document was already left out.
"""

from __future__ import annotations

from dxcheck.model.plan import Policy
from dxcheck.model.sections import commits, section_left_out


def background_policy(policy: Policy) -> str | None:
    """What kind of chapter a policy with nothing under it is named for (「背景」「国・県の動向」「現状と課題」 …),
    or None. Named for it: the title ends with the word (「計画策定の背景」), as the document reader decides
    among a plan's own sections — 「現状と課題への対応」 or 「背景を踏まえた取組」 is not one."""
    if policy.measures or policy.policies:
        return None
    if any(commits(line) for line in (policy.description or "").splitlines()):
        # 「行政運営の将来像」 over 「令和9年度までに…オンライン化します」: named like a chapter of the vision, yet it commits
        # (a hostile review: every item of such a plan went missing); the audit reads it as before
        return None
    return section_left_out(policy.title)
