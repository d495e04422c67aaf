"""The Word (.docx) reader: heading styles (見出し 1/2/3, Heading 1/2/3) and outline levels, lists,
tables, page breaks. python-docx is imported only here."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

from dxcheck.importer.blocks import Block, Origin
from dxcheck.importer.errors import DocumentError
from dxcheck.importer.numbering import parse_marker
from dxcheck.importer.sniff import Deadline
from dxcheck.importer.text import _BULLET, ends_sentence

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_STYLE = re.compile(r"^(?:heading|見出し)\s*([1-9])$", re.IGNORECASE)
_TITLE_STYLE = re.compile(r"^(?:title|表題|タイトル)$", re.IGNORECASE)
_LIST_STYLE = re.compile(r"(list|箇条書き|段落番号|リスト)", re.IGNORECASE)


def read_docx(path: Path, deadline: Deadline) -> tuple[list[Block], list[str]]:
    """Blocks of a Word document, in document order, each with its page (or paragraph number)."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, OSError, AttributeError) as exc:
        raise DocumentError(
            f"Word 文書（.docx）が壊れていて読めません（{type(exc).__name__}）。Word で開けるか確かめ、保存し直してください",
            f"the Word document (.docx) is broken ({type(exc).__name__}: {exc}); check that Word opens it and save it again",
        ) from None
    except Exception as exc:  # lxml's XMLSyntaxError and other parser errors of a damaged part
        raise DocumentError(
            f"Word 文書（.docx）の中身が壊れていて読めません（{type(exc).__name__}）",
            f"the Word document's XML is broken ({type(exc).__name__}: {exc})",
        ) from None
    body = document.element.body
    has_pages = body.find(f".//{_W}lastRenderedPageBreak") is not None or any(br.get(f"{_W}type") == "page" for br in body.iter(f"{_W}br"))
    styles = _style_levels(document)
    blocks: list[Block] = []
    page = 1
    paragraph_number = 0
    for element in body.iterchildren():
        deadline.check()
        tag = element.tag
        if tag == f"{_W}p":
            paragraph_number += 1
            breaks = sum(1 for br in element.iter(f"{_W}br") if br.get(f"{_W}type") == "page")
            breaks += sum(1 for _ in element.iter(f"{_W}lastRenderedPageBreak"))
            text = _paragraph_text(element)
            origin = Origin(page=page) if has_pages else Origin(paragraph=paragraph_number)
            page += breaks
            if text.strip():
                blocks.append(_classify(element, text.strip(), origin, styles))
        elif tag == f"{_W}tbl":
            rows = _table_rows(element)
            if rows:
                origin = Origin(page=page) if has_pages else Origin(paragraph=paragraph_number)
                blocks.append(Block("table", "\n".join("\t".join(r) for r in rows), origin, rows=rows))
    return blocks, []


def _paragraph_text(element: Any) -> str:
    parts: list[str] = []
    for node in element.iter(f"{_W}t", f"{_W}tab", f"{_W}br"):
        if node.tag == f"{_W}t":
            parts.append(node.text or "")
        elif node.tag == f"{_W}tab":
            parts.append("\t")
        elif node.get(f"{_W}type") not in ("page", "column"):
            parts.append(" ")
    return "".join(parts)


def _style_levels(document: Any) -> dict[str, tuple[int | None, bool]]:
    """Per style id: its heading level (0 for a title) and whether it is a list style."""
    levels: dict[str, tuple[int | None, bool]] = {}
    for style in document.styles:
        try:
            name = style.name or ""
            element = style.element
        except (AttributeError, ValueError):
            continue
        level: int | None = None
        if m := _HEADING_STYLE.match(name.strip()):
            level = int(m.group(1))
        elif _TITLE_STYLE.match(name.strip()):
            level = 0
        else:
            outline = element.find(f"{_W}pPr/{_W}outlineLvl")
            if outline is not None and (value := outline.get(f"{_W}val", "")).isdigit() and int(value) < 9:
                level = int(value) + 1
        is_list = bool(_LIST_STYLE.search(name)) or element.find(f"{_W}pPr/{_W}numPr") is not None
        levels[style.style_id] = (level, is_list)
    return levels


def _classify(element: Any, text: str, origin: Origin, styles: dict[str, tuple[int | None, bool]]) -> Block:
    ppr = element.find(f"{_W}pPr")
    style_id = None
    level: int | None = None
    is_list = False
    if ppr is not None:
        style = ppr.find(f"{_W}pStyle")
        style_id = style.get(f"{_W}val") if style is not None else None
        outline = ppr.find(f"{_W}outlineLvl")
        if outline is not None and (value := outline.get(f"{_W}val", "")).isdigit() and int(value) < 9:
            level = int(value) + 1
        is_list = ppr.find(f"{_W}numPr") is not None
    if style_id is not None and style_id in styles:
        style_level, style_list = styles[style_id]
        level = level if level is not None else style_level
        is_list = is_list or style_list
    if level is not None and len(text) <= 120:
        return Block("heading", text, origin, level=level)
    if is_list or _BULLET.match(text):
        return Block("item", _BULLET.sub("", text, count=1).strip() if _BULLET.match(text) else text, origin)
    marker = parse_marker(text)
    if marker is not None and len(marker.title) <= 60 and "。" not in text and not ends_sentence(text) and marker.key != "digit-space":
        return Block("heading", text, origin)  # 「(1) スマート窓口の推進」 typed in a body paragraph
    return Block("paragraph", text, origin)


def _table_rows(element: Any) -> list[list[str]]:
    rows: list[list[str]] = []
    for tr in element.iter(f"{_W}tr"):
        cells: list[str] = []
        for tc in tr.iter(f"{_W}tc"):
            paragraphs = ["".join(t.text or "" for t in p.iter(f"{_W}t")) for p in tc.iter(f"{_W}p")]
            cells.append("\n".join(p for p in paragraphs if p.strip()).strip())
        if any(cells):
            rows.append(cells)
    return rows
