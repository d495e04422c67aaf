"""The .txt / .md reader: text as a PDF converter writes it. Page breaks (form feeds) count pages."""

from __future__ import annotations

from dxcheck.importer.blocks import Block, Origin
from dxcheck.importer.text import RawLine, lines_to_blocks


def read_text(text: str) -> tuple[list[Block], list[str]]:
    """Blocks of a text, each with its line number (and page, when the text has form feeds)."""
    has_pages = "\f" in text
    lines: list[RawLine] = []
    page = 1
    for number, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        parts = line.split("\f")
        for index, part in enumerate(parts):
            if index:
                page += 1
            lines.append(RawLine(part, Origin(page=page if has_pages else None, line=number)))
    result = lines_to_blocks(lines)
    return result.blocks, result.notes
