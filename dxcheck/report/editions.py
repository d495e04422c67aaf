"""How every report names the edition a plan was audited with, and why that edition."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from dxcheck.model.results import AuditResult, FrameworkResult

if TYPE_CHECKING:  # for the annotations only: no class to build at import

    class _Edition(Protocol):
        """A framework as a town was audited with it: a FrameworkResult, or its part of a row of the terminal
        matrix (dxcheck.model.town)."""

        @property
        def id(self) -> str: ...
        @property
        def edition(self) -> str: ...
        @property
        def user_file(self) -> str | None: ...
        @property
        def replaces_shipped(self) -> bool: ...

    class _Town(Protocol):
        @property
        def frameworks(self) -> Sequence[_Edition]: ...


def reason(framework: FrameworkResult, lang: str) -> str | None:
    """Why this edition: 「計画期間の開始 2024年度 に有効な版」; None when the framework has one edition."""
    selection = framework.selection
    if selection is None or selection.by == "only":
        return None
    ref = selection.reference or ""
    if lang == "en":
        return {
            "option": "chosen with --edition",
            "config": f"chosen in the configuration file {ref}",
            "declared": "declared by the plan (frameworks:)",
            "adopted": f"in force when the plan was adopted ({ref})",
            "period": f"in force at the start of the plan period (FY{ref})",
            "before-first": f"the first edition: the plan's date ({ref}) is before it",
            "items": f"the plan gives no date, and its text names each of this edition's {ref} main items",
            "latest": "the newest edition: the plan gives no date of adoption and no period",
            "against": f"chosen with --against; the plan was written for edition {ref}",
        }[selection.by]
    return {
        "option": "--edition で指定",
        "config": f"設定ファイル {ref} で指定",
        "declared": "計画が宣言した版（frameworks:）",
        "adopted": f"計画の策定 {ref} に有効な版",
        "period": f"計画期間の開始 {ref}年度 に有効な版",
        "before-first": f"計画の日付（{ref}）が最初の収録版より前のため、最初の版",
        "items": f"計画に策定日も計画期間もなく、本文がこの版の主な項目 {ref} 件をすべて挙げているため",
        "latest": "計画に策定日も計画期間もないため、最新の収録版",
        "against": f"--against で指定（計画は第{ref}版に準拠）",
    }[selection.by]


def origin(framework: _Edition, lang: str) -> str | None:
    """「利用者の枠組みファイル frameworks/dx@3.0.yaml（収録版を置き換え）」; None for a shipped edition."""
    if framework.user_file is None:
        return None
    if lang == "en":
        return f"from the user's framework file {framework.user_file}" + (
            " (replacing the shipped edition)" if framework.replaces_shipped else ""
        )
    return f"利用者の枠組みファイル {framework.user_file} から" + ("（収録版を置き換え）" if framework.replaces_shipped else "")


def edition_line(framework: FrameworkResult, lang: str) -> str:
    """「自治体DX推進計画（第2.3版）— 計画期間の開始 2024年度 に有効な版」, and the user's file it came from."""
    title = framework.title_en if lang == "en" else framework.title
    parts = [p for p in (reason(framework, lang), origin(framework, lang)) if p]
    return " — ".join([title, *parts])


def edition_lines(audit: AuditResult, lang: str) -> list[str]:
    """The frameworks with more than one edition, each with its edition and why, and every framework a
    user added, with its file (the report header)."""
    return [
        edition_line(f, lang) for f in audit.frameworks if (f.selection is not None and f.selection.by != "only") or f.user_file is not None
    ]


def editions_of(audit: AuditResult) -> str:
    """`dx@2.3` for every framework chosen among several editions: a compact column of the matrix."""
    return " ".join(f"{f.id}@{f.edition}" for f in audit.frameworks if f.selection is not None and f.selection.by != "only")


def user_framework_lines(audits: Sequence[_Town], lang: str) -> list[str]:
    """Every framework a user added, once, with its file: a comparison's note (「利用者の枠組み: pref-x@2026 — fw/pref-x.yaml」)."""
    seen: dict[tuple[str, str], _Edition] = {}
    for audit in audits:
        for framework in audit.frameworks:
            if framework.user_file is not None:
                seen.setdefault((f"{framework.id}@{framework.edition}", framework.user_file), framework)
    label = "user framework" if lang == "en" else "利用者の枠組み"
    return [f"{label}: {ref} — {origin(framework, lang)}" for (ref, _), framework in seen.items()]
