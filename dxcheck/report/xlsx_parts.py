"""The parts of an Excel workbook (SpreadsheetML in a zip), written as text: a sheet's XML row by row,
the fixed styles, the workbook and its relationships, and the zip itself, every entry dated alike.

dxcheck.report.xlsx_report says what the workbook holds; this module says how a cell, a sheet and the
archive are spelled. A town's sheet is made, and deflated, where the town was audited (a worker of
compare), and goes into the archive as those bytes: the process that writes the workbook never holds a
town's audit, nor its sheet as text. Measured against openpyxl (write-only) and XlsxWriter
(constant_memory) in docs/performance.md ("Issue 27, the workbook").

A string is always an inline string (`t="inlineStr"`), never a formula: a plan named `=HYPERLINK(…)`
is that text in its cell. Text is first written with a visible escape for a character a workbook
cannot hold (dxcheck.model.findings.visible).
"""

from __future__ import annotations

import struct
import unicodedata
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from math import isfinite
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from dxcheck.model.findings import visible
from dxcheck.report.matrix import FILL, INK

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_DATE = ((2020 - 1980) << 9) | (12 << 5) | 25  # 2020-12-25, 00:00: document dates are not the report's content
STAMP = "2020-12-25T00:00:00Z"


# --- styles: every combination a workbook of dxcheck uses, registered once, in this order -------------

_FONTS = [
    '<font><name val="Calibri"/><family val="2"/><color theme="1"/><sz val="11"/><scheme val="minor"/></font>',
    '<font><b val="1"/></font>',
    '<font><b val="1"/><color rgb="000563C1"/><u val="single"/></font>',
    '<font><b val="1"/><color rgb="001A7F37"/></font>',
    '<font><b val="1"/><color rgb="00B00020"/></font>',
    '<font><b val="1"/><sz val="13"/></font>',
]
_FILLS = ["<fill><patternFill/></fill>", '<fill><patternFill patternType="gray125"/></fill>']
_XFS: list[tuple[int, int, str | None]] = [(0, 0, None)]  # (font, fill, alignment)
_CENTRE = '<alignment horizontal="center"/>'
_WRAP = '<alignment vertical="top" wrapText="1"/>'


def _fill(rgb: str) -> int:
    _FILLS.append(f'<fill><patternFill patternType="solid"><fgColor rgb="00{rgb}"/></patternFill></fill>')
    return len(_FILLS) - 1


def _xf(font: int = 0, fill: int = 0, alignment: str | None = None) -> int:
    _XFS.append((font, fill, alignment))
    return len(_XFS) - 1


_HEADER_FILL = _fill("DDE4EE")
HEADER = _xf(1, _HEADER_FILL)  # a column's name: bold, on grey-blue
HEADER_WRAP = _xf(0, _HEADER_FILL, _WRAP)  # a column's title under its name
LINK = _xf(2)  # a town's name, linked to its sheet
BOLD = _xf(1)
WRAP = _xf(0, 0, _WRAP)
CENTRE = _xf(0, 0, _CENTRE)
HEADING = _xf(5)  # a town sheet's first line
PASS_FAIL = {True: _xf(3), False: _xf(4)}
PASS_FAIL_CENTRE = {True: _xf(3, 0, _CENTRE), False: _xf(4, 0, _CENTRE)}
STATUS: dict[str, int] = {}
for _status in FILL:
    _bold = '<b val="1"/>' if _status == "missing" else ""
    _FONTS.append(f'<font>{_bold}<color rgb="00{INK[_status]}"/></font>')
    STATUS[_status] = _xf(len(_FONTS) - 1, _fill(FILL[_status]), _CENTRE)


def styles_xml() -> str:
    xfs = []
    for font, fill, alignment in _XFS:
        attributes = f'numFmtId="0" fontId="{font}" fillId="{fill}" borderId="0" xfId="0"'
        attributes += (' applyFont="1"' if font else "") + (' applyFill="1"' if fill else "")
        xfs.append(f"<xf {attributes}/>" if alignment is None else f'<xf {attributes} applyAlignment="1">{alignment}</xf>')
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="{NS}">'
        f'<fonts count="{len(_FONTS)}">{"".join(_FONTS)}</fonts><fills count="{len(_FILLS)}">{"".join(_FILLS)}</fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        f'<cellXfs count="{len(xfs)}">{"".join(xfs)}</cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
    )


# --- a sheet -------------------------------------------------------------------------------------------

Value = str | int | float | None
Cell = tuple[Value, int]  # a value and its style (0: none)


class _CharWidths(dict[str, int]):
    """Each character's width, looked up once."""

    def __missing__(self, ch: str) -> int:
        width = self[ch] = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        return width


_CHAR_WIDTHS = _CharWidths()


def display_width(text: str) -> int:
    """Width in half-width cells: a Japanese (wide) character counts two."""
    if text.isascii():
        return len(text)
    return sum(map(_CHAR_WIDTHS.__getitem__, text))


def column_letter(n: int) -> str:
    """1 → A, 27 → AA."""
    letters = ""
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


_LETTERS = ["", *(column_letter(n) for n in range(1, 61))]  # by column number
_TEXT_ESCAPES = {"\r": "&#13;"}  # a carriage return kept as one (an XML reader makes a bare one a line break)
_MADE: dict[tuple[str, int], tuple[str, int] | None] = {}  # a text cell's XML after its reference, and its width


def _made(key: tuple[str, int]) -> tuple[str, int] | None:
    """A text cell (its text and style) as XML after its reference, and its width; None: no cell (no
    text, no style). Towns' sheets share most of their cells (the items' titles, the statuses, the
    column names), so each short one is made once a process (up to 20,000 kept)."""
    made = _MADE.get(key, _MADE)
    if made is not _MADE:
        return made  # type: ignore[return-value]
    value, style = key
    text = visible(value)
    styled = f' s="{style}"' if style else ""
    if not text:
        made = (f"{styled}/>", 0) if style else None
    else:
        space = ' xml:space="preserve"' if text != text.strip() else ""
        special = "&" in text or "<" in text or ">" in text or "\r" in text
        text_xml = escape(text, _TEXT_ESCAPES) if special else text
        width = max(display_width(part) for part in text.split("\n")) if "\n" in text else display_width(text)
        made = (f'{styled} t="inlineStr"><is><t{space}>{text_xml}</t></is></c>', width)
    if len(value) <= 80:  # an evidence's sentence is seldom seen twice
        if len(_MADE) >= 20_000:
            _MADE.clear()
        _MADE[key] = made
    return made


def _number(value: float, style: int) -> tuple[str, int] | None:
    """A number's cell as XML after its reference, and its width; None: no cell (not a finite number)."""
    styled = f' s="{style}"' if style else ""
    if not isfinite(value):
        return (f"{styled}/>", 0) if style else None
    return (f'{styled} t="n"><v>{value:.16g}</v></c>', len(str(value)))


class Sheet:
    """A sheet being written: its rows as XML, each column's widest text measured on the way. `shown`:
    each path of the author's machine and what to write instead (dxcheck.report.paths.local_paths)."""

    def __init__(self, shown: Sequence[tuple[str, str]] = ()) -> None:
        self.rows: list[str] = []
        self.widths: dict[int, int] = {}
        self.count = 0
        self.heights: dict[int, int] = {}
        self.shown = shown

    def text(self, value: str) -> str:
        """`value` with each path of the author's machine as it is shown (the longest first)."""
        for path, name in self.shown:
            if path in value:
                value = value.replace(path, name)
        return value

    def add(self, cells: Sequence[Cell | Value]) -> int:
        """A row of cells (a bare value: a cell without style; None: no cell); its number."""
        self.count += 1
        n = self.count
        row = str(n)
        out: list[str] = []
        widths = self.widths
        for column, cell in enumerate(cells, 1):
            value, style = cell if isinstance(cell, tuple) else (cell, 0)
            if isinstance(value, str):
                made = _made((self.text(value) if self.shown else value, style))
            elif value is None:
                made = ("/>", 0) if style else None
            elif isinstance(value, bool):
                raise TypeError("a workbook of dxcheck holds no booleans")
            else:
                made = _number(value, style)
            if made is None:
                continue
            tail, width = made
            if width > widths.get(column, 0):
                widths[column] = width
            out.append(f'<c r="{_LETTERS[column] if column < len(_LETTERS) else column_letter(column)}{row}"{tail}')
        if out:
            height = self.heights.get(n)
            tall = f' ht="{height}" customHeight="1"' if height is not None else ""
            self.rows.append(f'<row r="{n}"{tall}>{"".join(out)}</row>')
        return n

    def xml(
        self,
        *,
        frozen: tuple[int, int],
        minimum: int = 6,
        maximum: int = 60,
        wide: int | None = None,
        autofilter: str | None = None,
        links: Sequence[tuple[str, str]] = (),
    ) -> bytes:
        """The sheet's XML: widths (up to `maximum`, the column `wide` up to 60), the panes frozen left of
        and above `frozen` (columns, rows), the rows, the filter, the links (cell, place), A4 landscape
        fitted to the page's width."""
        columns, rows = frozen
        top_left = f"{column_letter(columns + 1)}{rows + 1}"
        if columns and rows:
            pane = (
                f'<pane xSplit="{columns}" ySplit="{rows}" topLeftCell="{top_left}" activePane="bottomRight" state="frozen"/>'
                '<selection pane="topRight"/><selection pane="bottomLeft"/>'
                '<selection pane="bottomRight" activeCell="A1" sqref="A1"/>'
            )
        else:
            pane = (
                f'<pane ySplit="{rows}" topLeftCell="{top_left}" activePane="bottomLeft" state="frozen"/>'
                '<selection pane="bottomLeft" activeCell="A1" sqref="A1"/>'
            )
        cols = "".join(
            f'<col min="{column}" max="{column}" width="{max(minimum, min(60 if column == wide else maximum, width + 2))}" customWidth="1"/>'
            for column, width in sorted(self.widths.items())
        )
        parts = [
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{NS}" xmlns:r="{REL_NS}">',
            '<sheetPr><outlinePr summaryBelow="1" summaryRight="1"/><pageSetUpPr fitToPage="1"/></sheetPr>',
            f'<sheetViews><sheetView workbookViewId="0">{pane}</sheetView></sheetViews>',
            '<sheetFormatPr baseColWidth="8" defaultRowHeight="15"/>',
            f"<cols>{cols}</cols>" if cols else "",
            "<sheetData>",
            *self.rows,
            "</sheetData>",
        ]
        if autofilter is not None:
            parts.append(f'<autoFilter ref="{autofilter}"/>')
        if links:
            parts.append("<hyperlinks>")
            parts.extend(f'<hyperlink ref="{ref}" location={quoteattr(place)}/>' for ref, place in links)
            parts.append("</hyperlinks>")
        parts.append(
            '<pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/>'
            '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>'
        )
        return "".join(parts).encode("utf-8", "backslashreplace")


# --- the archive ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Deflated:
    """A part of the archive, deflated: what the zip's headers say of it, and its bytes."""

    crc: int
    size: int
    data: bytes


def deflated(data: bytes) -> Deflated:
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    return Deflated(zlib.crc32(data), len(data), compressor.compress(data) + compressor.flush())


class ArchiveTooLarge(Exception):
    """More parts, or more bytes, than a zip without its 64-bit extension holds."""


def archive(parts: Iterable[tuple[str, Deflated]]) -> Iterator[bytes]:
    """A zip of `parts` (name, deflated bytes), in that order, each dated 2020-12-25 00:00, made on no
    particular system: the same parts, the same bytes, on every machine. In pieces, each part's as it
    comes (a town's sheet is never copied on the way), then the directory."""
    directory: list[bytes] = []
    offset = count = 0
    for name, part in parts:
        encoded = name.encode("ascii")
        if offset > 0xFFFFFFFF - 30 - len(encoded) - len(part.data) or count == 0xFFFF:
            raise ArchiveTooLarge
        header = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, _DATE, part.crc, len(part.data), part.size, len(encoded), 0)
        directory.append(
            struct.pack(
                "<IHHHHHHIIIHHHHHII",
                0x02014B50,
                20,
                20,
                0,
                8,
                0,
                _DATE,
                part.crc,
                len(part.data),
                part.size,
                len(encoded),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
            + encoded
        )
        yield header + encoded
        yield part.data
        offset += len(header) + len(encoded) + len(part.data)
        count += 1
    size = sum(map(len, directory))
    if offset + size > 0xFFFFFFFF:
        raise ArchiveTooLarge
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, size, offset, 0)
    yield b"".join([*directory, end])


_HIDDEN = ' hidden="1"'


def workbook_parts(titles: Sequence[str], defined: Sequence[tuple[str, int, str, bool]]) -> list[tuple[str, bytes]]:
    """The parts around the sheets: the content types, the relationships, the properties, the workbook
    (each sheet by its title, in order; `defined`: the names each sheet defines — its print titles, its
    filter — as (name, sheet's index, formula, hidden)) and the styles."""
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    sheet_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
    types = (
        f'{head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '<Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
        + "".join(f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="{sheet_type}"/>' for n in range(1, len(titles) + 1))
        + "</Types>"
    )
    rel = "http://schemas.openxmlformats.org/package/2006/relationships"
    office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    root_rels = (
        f'{head}<Relationships xmlns="{rel}">'
        f'<Relationship Id="rId1" Type="{office}/officeDocument" Target="xl/workbook.xml"/>'
        f'<Relationship Id="rId2" Type="{rel}/metadata/core-properties" Target="docProps/core.xml"/>'
        f'<Relationship Id="rId3" Type="{office}/extended-properties" Target="docProps/app.xml"/>'
        "</Relationships>"
    )
    app = (
        f'{head}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        "<Application>dxcheck</Application></Properties>"
    )
    core = (
        f'{head}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>dxcheck</dc:creator>'
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{STAMP}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{STAMP}</dcterms:modified></cp:coreProperties>'
    )
    sheets = "".join(f'<sheet name={quoteattr(title)} sheetId="{n}" r:id="rId{n}"/>' for n, title in enumerate(titles, 1))
    names = "".join(
        f'<definedName name="{name}" localSheetId="{index}"{_HIDDEN if hidden else ""}>{escape(formula)}</definedName>'
        for name, index, formula, hidden in defined
    )
    workbook = (
        f'{head}<workbook xmlns="{NS}" xmlns:r="{REL_NS}"><workbookPr/>'
        '<bookViews><workbookView activeTab="0"/></bookViews>'
        f"<sheets>{sheets}</sheets>"
        + (f"<definedNames>{names}</definedNames>" if names else "")
        + '<calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>'
    )
    workbook_rels = (
        f'{head}<Relationships xmlns="{rel}">'
        + "".join(
            f'<Relationship Id="rId{n}" Type="{office}/worksheet" Target="worksheets/sheet{n}.xml"/>' for n in range(1, len(titles) + 1)
        )
        + f'<Relationship Id="rId{len(titles) + 1}" Type="{office}/styles" Target="styles.xml"/>'
        + f'<Relationship Id="rId{len(titles) + 2}" Type="{office}/theme" Target="theme/theme1.xml"/></Relationships>'
    )
    return [
        ("[Content_Types].xml", types.encode("utf-8")),
        ("_rels/.rels", root_rels.encode("utf-8")),
        ("docProps/app.xml", app.encode("utf-8")),
        ("docProps/core.xml", core.encode("utf-8")),
        ("xl/workbook.xml", workbook.encode("utf-8", "backslashreplace")),
        ("xl/_rels/workbook.xml.rels", workbook_rels.encode("utf-8")),
        ("xl/styles.xml", styles_xml().encode("utf-8")),
        ("xl/theme/theme1.xml", (Path(__file__).parent / "xlsx_theme.xml").read_bytes()),  # Office's own; the default font's colour
    ]
