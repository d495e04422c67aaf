"""The common form every reader produces: a list of blocks, each with where it came from.

A reader (docx, PDF, text) turns its input into blocks; structure inference (`structure.py`) is
written once, against blocks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["heading", "paragraph", "item", "table"]


@dataclass(frozen=True)
class Origin:
    """Where a block came from: the line of a text (what a person finds in a .txt), else the page
    (PDF; docx with page breaks). A text with form feeds has both: the page groups running headers."""

    page: int | None = None
    line: int | None = None
    paragraph: int | None = None  # a docx without page information: the paragraph's number

    def label(self) -> str:
        """As the YAML comment shows it: 「行 345」, 「p.12」 or 「段落 40」."""
        if self.line is not None:
            return f"行 {self.line}"
        if self.page is not None:
            return f"p.{self.page}"
        if self.paragraph is not None:
            return f"段落 {self.paragraph}"
        return ""


@dataclass
class Block:
    """One unit of the document.

    - heading: `level` is the level the document itself declares (a docx heading style or outline
      level, a PDF font size rank), or None when only the numbering can tell (text from a PDF).
    - item: an entry of a bulleted or numbered list; `bullet` is its mark (「・」「○」「■」), which
      tells the levels of a list apart as numbering does for headings.
    - table: `rows` of cells; `text` is the cells joined, for searching.
    """

    kind: BlockKind
    text: str
    origin: Origin
    level: int | None = None
    rows: list[list[str]] = field(default_factory=list)
    bullet: str | None = None
    row_origins: list[Origin] = field(default_factory=list)  # where each row starts, when known (text)

    def row_origin(self, index: int) -> Origin:
        """Where row `index` came from: its own line when the reader knows it, else the table's."""
        return self.row_origins[index] if index < len(self.row_origins) else self.origin
