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
    # How the block looks, where the reader can tell (Word's run and paragraph properties, PDFium's
    # font weight and size): a short bold, larger or centred line is a heading by look when no style
    # says so. `scale` is the font size over the body text's (1.0 = body).
    bold: bool = False
    scale: float = 1.0
    centered: bool = False
    # The number Word draws from numbering.xml (「(3)」「第2章」「①」), not typed in the paragraph: it
    # is put before `text` by the reader, so that it counts as the number the reader of the page sees.
    number: str | None = None

    def row_origin(self, index: int) -> Origin:
        """Where row `index` came from: its own line when the reader knows it, else the table's."""
        return self.row_origins[index] if index < len(self.row_origins) else self.origin


# A heading by look: short, not a sentence, and set apart (bold, at least this much larger, or centred).
HEADING_SCALE = 1.15
HEADING_MAX_CHARS = 60


def looks_like_heading(text: str, *, bold: bool, scale: float, centered: bool) -> bool:
    """Whether a paragraph without a heading style is a heading by its look: bold, larger than the body
    or centred, short, and not a sentence (「…します。」 in bold is an emphasised sentence)."""
    stripped = text.strip()
    if not stripped or len(stripped) > HEADING_MAX_CHARS or stripped.endswith(("。", "、", "：", ":")):
        return False
    return bold or scale >= HEADING_SCALE or centered
