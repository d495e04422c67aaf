"""Reading a plan from the document where it lives (Word .docx, PDF with a text layer, or text
extracted from a PDF) and writing a draft plan YAML.

    from dxcheck.importer import import_document
    result = import_document(Path("計画.pdf"))
    result.yaml      # the draft, formatted as `dxcheck fmt` writes it
    result.notes     # what the importer was unsure of, in Japanese
    result.sources   # id → where each policy and measure came from (page, or line of the text)

Every reader produces the same blocks (`blocks.Block`); structure inference (`structure.py`) and
the reading of title, municipality, period and legal basis (`metadata.py`) are written once.
Heavy libraries (python-docx, pypdfium2) are imported only when a document of that kind is read.
Anything that cannot be read raises `DocumentError`, never another exception.

May import: dxcheck.model, dxcheck.plan (fmt: the draft is written as `dxcheck fmt` writes a plan)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from dxcheck.importer.blocks import Block, Origin
from dxcheck.importer.emit import SourceRef
from dxcheck.importer.errors import DocumentError
from dxcheck.importer.sniff import Kind
from dxcheck.model.findings import display_name

if TYPE_CHECKING:
    from dxcheck.importer.assess import Assessment

__all__ = ["Block", "DocumentError", "ImportResult", "Origin", "SourceRef", "import_blocks", "import_document", "import_text"]


@dataclass
class ImportResult:
    """The draft plan and what the importer has to say about it."""

    yaml: str
    notes: list[str]
    sources: dict[str, SourceRef]
    kind: Kind
    measures: int = 0
    policies: int = 0
    extractor: str | None = None
    reading: Assessment | None = None  # what was read and left out, and how sure the reading is


def import_document(path: Path) -> ImportResult:
    """Read a .docx, a PDF with a text layer, or a .txt/.md text, and draft its plan YAML.

    Raises DocumentError (with Japanese and English messages) when the document cannot be read or
    holds no policy or measure that can be recognised.
    """
    from dxcheck.importer.sniff import Deadline, decode_text, sniff

    kind, data = sniff(path)
    deadline = Deadline()
    notes: list[str] = []
    extractor = None
    try:
        if kind == "docx":
            from dxcheck.importer.docx_reader import read_docx

            blocks, reader_notes = read_docx(path, deadline)
        elif kind == "pdf":
            from dxcheck.importer.pdf_reader import EXTRACTOR, read_pdf

            blocks, reader_notes = read_pdf(data, deadline)
            extractor = EXTRACTOR
        else:
            text, note = decode_text(data)
            if note:
                notes.append(note)
            from dxcheck.importer.text_reader import read_text

            blocks, reader_notes = read_text(text)
    except DocumentError:
        raise
    except RecursionError:
        raise DocumentError("文書の構造が深すぎて読めません", "the document is nested too deeply to be read") from None
    except MemoryError:
        raise DocumentError("文書が大きすぎて読めません（メモリ不足）", "the document is too large to read (out of memory)") from None
    # a name that is not UTF-8 (CP932, from a Windows zip) is written with escapes: YAML cannot hold it raw
    result = import_blocks(
        blocks, source_name=display_name(path.name), fallback_title=display_name(path.stem), kind=kind, notes=notes + reader_notes
    )
    result.extractor = extractor
    return result


def import_text(text: str, name: str = "text.txt") -> ImportResult:
    """Draft a plan from text as a PDF converter writes it (the .txt/.md reader, without a file)."""
    from dxcheck.importer.text_reader import read_text

    if not text.strip():
        raise DocumentError("文書が空です", "the document is empty")
    blocks, notes = read_text(text)
    return import_blocks(blocks, source_name=name, fallback_title=Path(name).stem, kind="text", notes=notes)


def import_blocks(blocks: list[Block], *, source_name: str, fallback_title: str, kind: Kind, notes: list[str]) -> ImportResult:
    """The common steps after reading: metadata, structure, YAML."""
    from dxcheck.importer.emit import emit
    from dxcheck.importer.metadata import read_metadata, split_cover
    from dxcheck.importer.numbering import LEVEL_LABELS
    from dxcheck.importer.sniff import MAX_BLOCKS, MAX_DRAFT_PARTS, too_many_blocks
    from dxcheck.importer.structure import infer_structure

    if not any(b.text.strip() for b in blocks):
        raise DocumentError("文書が空です（本文の文字がありません）", "the document is empty (no text)")
    if len(blocks) > MAX_BLOCKS:
        raise too_many_blocks(len(blocks))
    cover, body = split_cover(blocks)
    meta = read_metadata(cover, blocks, fallback_title)
    structure = infer_structure(body, meta.title)
    measures = sum(_count_measures(p) for p in structure.policies)
    if measures == 0:
        labels = "、".join(LEVEL_LABELS[:8])
        raise DocumentError(
            "方針・施策が見つかりません。探したもの: 見出し（" + labels + " など）と番号"
            "（第1章、1.、(1)・（１）、①、Ⅰ、一、ア、1-1、【】）、その下の箇条書き。"
            "背景・目次・用語集などの章は除いています。見出しに番号を付けるか、Word の見出しスタイルを使ってください",
            "no policy or measure found; looked for headings (基本方針, 基本目標, 施策 …) and numbering "
            "(第1章, 1., (1), ①, Ⅰ, 一, ア, 1-1, 【】) with lists under them, outside background, contents and glossary chapters",
        )
    parts = measures + sum(_count_policies(p) for p in structure.policies)
    if parts > MAX_DRAFT_PARTS:
        raise DocumentError(
            f"方針と施策が多すぎます（{parts:,} 件、上限 {MAX_DRAFT_PARTS:,} 件。実際の計画は数百件）。計画の文書か確かめ、"
            "分けられるなら章ごとに読み込んでください",
            f"too many policies and measures ({parts:,}; the limit is {MAX_DRAFT_PARTS:,}, a real plan has a few hundred): check "
            "that this is a plan, or import it a chapter at a time",
        )
    from dxcheck.importer.assess import assess

    yaml_text, sources, emit_notes = emit(meta, structure.policies, source_name)
    return ImportResult(
        yaml=yaml_text,
        notes=[*notes, *meta.notes, *structure.notes, *emit_notes],
        sources=sources,
        kind=kind,
        measures=measures,
        policies=sum(1 for s in sources.values() if s.kind == "policy"),
        reading=assess(blocks, structure, named=bool(meta.municipality) or _PLAN_WORDS.search(meta.title or "") is not None),
    )


# What names a document as a plan of a town's (「…計画」「…方針」「…プラン」「…戦略」): with the town's name, one is enough.
_PLAN_WORDS = re.compile(r"計画|方針|プラン|戦略|ビジョン|構想|指針")


def _count_policies(policy: object) -> int:
    from dxcheck.importer.structure import PolicyDraft

    assert isinstance(policy, PolicyDraft)
    return 1 + sum(_count_policies(p) for p in policy.policies)


def _count_measures(policy: object) -> int:
    from dxcheck.importer.structure import PolicyDraft

    assert isinstance(policy, PolicyDraft)
    return len(policy.measures) + sum(_count_measures(p) for p in policy.policies)
