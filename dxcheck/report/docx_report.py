"""Word: a report a 情報政策担当 can paste into a 議会資料 or a 本部会議 paper (`--format docx`, `-o 報告.docx`).

Real Word styles (Title, 見出し 1 / 見出し 2 as the built-in Heading 1 / 2, 表 as Table Grid), A4
portrait, a Japanese font for East Asian text (ＭＳ 明朝 for the body, 游ゴシック for headings; the font
table names Noto CJK as the alternative: see BODY_FONT), page numbers in the footer
(PAGE / NUMPAGES fields). The date shown is the plan's own (`plan.adopted`), never today's; the
document's timestamps and every zip entry's date are fixed, so the same input gives the same bytes.

One module for the three commands: `render_audits` (audit: one plan; compare: the matrix, then
each town) and `render_diff`.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from datetime import datetime

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Mm, Pt, RGBColor, Twips
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from dxcheck import __version__
from dxcheck.diff.results import FrameworkEdition, PartChange, PlanDiff
from dxcheck.model.findings import severity_word, visible
from dxcheck.model.fiscal import format_fiscal_year
from dxcheck.model.reports import AUTHOR, SUBJECTS
from dxcheck.model.results import AuditResult, Audits, FrameworkResult, PlanSummary
from dxcheck.report import ReportContext
from dxcheck.report.advice import advised
from dxcheck.report.advice import heading as advice_heading
from dxcheck.report.advice import rows as advice_rows
from dxcheck.report.diff_text import (
    ITEM_CHANGE,
    PART_CHANGE,
    STAGE,
    evidence_line,
    part_details,
    part_name,
    plan_field,
    plan_value,
    procedure_state,
    score_change,
    sides,
)
from dxcheck.report.editions import editions_of
from dxcheck.report.heading import document_note, marks_legend, name_counts, plan_heading, reading_lines, report_title, town_name
from dxcheck.report.matrix import (
    ABSENT,
    LABEL,
    SYMBOL,
    columns,
    has_absent,
    inherited_text,
    item,
    legend,
    look,
    procedures_done,
    score_text,
    source_id,
    source_title,
)
from dxcheck.report.paths import local_paths, without_local_paths
from dxcheck.report.reader import evidence_source, finding_message, where
from dxcheck.report.summary import audit_summary, diff_summary
from dxcheck.report.verdict import verdict

# Document dates are not the report's content: the document's own timestamps are this, always.
FIXED_TIME = datetime(2020, 12, 25)
_ZIP_TIME = (2020, 12, 25, 0, 0, 0)

# East Asian text: fonts every Japanese Windows has, with the Noto CJK font of the same kind named as the
# alternative in the font table. The body is ＭＳ 明朝, not 游明朝: LibreOffice ignores w:altName and finds
# no Mincho for 游明朝 (fontconfig does not know it), so a PDF made from the report came out in a Gothic;
# ＭＳ 明朝 it knows, and draws in Noto Serif CJK JP. Latin text: Times New Roman (LibreOffice: Liberation
# Serif, of the same metrics), not Century, which it drew in DejaVu Sans. Headings stay Gothic (游ゴシック →
# Noto Sans CJK JP). tests/test_docx_report.py reads the fonts of the PDF LibreOffice makes.
BODY_FONT, BODY_ALT = "ＭＳ 明朝", "Noto Serif CJK JP"
HEADING_FONT, HEADING_ALT = "游ゴシック", "Noto Sans CJK JP"
LATIN_FONT = "Times New Roman"

# Light tints of the status colours (report/matrix.py's FILL): printed in black and white, the symbol carries the meaning.
TINT = {
    "covered": "D9F0D3",
    "partial": "FFF2B3",
    "missing": "F8D0CC",
    "exempt": "E6E6E6",
    "optional-missing": "F2F2F2",
    "not-mentioned": "F2F2F2",
}
_HEADER_TINT = "DDE4EE"


# --- the document's frame: styles, page, fonts, footer --------------------------------------------


def _fonts(element: BaseOxmlElement, east_asia: str, latin: str | None = None) -> None:
    """Set the run fonts of a style or run: East Asian text in `east_asia`; themes removed (they win over names)."""
    r_pr = element.get_or_add_rPr()
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)
    if latin is not None:
        fonts.set(qn("w:ascii"), latin)
        fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:eastAsia"), east_asia)
    # Characters of ambiguous width (● ◐ ○ ◌ −, 「」) in the East Asian font, at full width, as Japanese Word draws them
    fonts.set(qn("w:hint"), "eastAsia")
    language = r_pr.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        r_pr.append(language)
    language.set(qn("w:eastAsia"), "ja-JP")


def _font_table(document: DocumentObject) -> None:
    """Name the Japanese fonts in the font table, each with its alternative (w:altName)."""
    from docx.opc.oxml import serialize_part_xml
    from docx.oxml.parser import parse_xml

    for relationship in document.part.rels.values():
        if relationship.is_external or not relationship.reltype.endswith("/fontTable"):
            continue
        part = relationship.target_part
        fonts = parse_xml(part.blob)
        for name, alternative, family in ((BODY_FONT, BODY_ALT, "roman"), (HEADING_FONT, HEADING_ALT, "swiss")):
            font = OxmlElement("w:font")
            font.set(qn("w:name"), name)
            for tag, value in (("w:altName", alternative), ("w:charset", "80"), ("w:family", family), ("w:pitch", "variable")):
                child = OxmlElement(tag)
                child.set(qn("w:val"), value)
                font.append(child)
            fonts.append(font)
        part._blob = serialize_part_xml(fonts)  # a part python-docx keeps as bytes


def _new_document(title: str, lang: str) -> DocumentObject:
    document = Document()
    styles = document.styles
    normal = styles["Normal"]
    normal.font.size = Pt(10.5)
    _fonts(normal.element, BODY_FONT, LATIN_FONT)
    for name, size in (("Title", 18), ("Heading 1", 14), ("Heading 2", 12)):
        style = styles[name]
        style.font.size = Pt(size)
        style.font.color.rgb = RGBColor(0x1F, 0x23, 0x28)
        _fonts(style.element, HEADING_FONT, "Arial")
    for name in ("Heading 1", "Heading 2"):
        styles[name].paragraph_format.space_before = Pt(14 if name == "Heading 1" else 10)
        styles[name].paragraph_format.space_after = Pt(4)
    _font_table(document)
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Twips(11906), Twips(16838)  # A4, as Word writes it
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin, section.bottom_margin = Mm(20), Mm(18)
    _page_numbers(section.footer.paragraphs[0], lang)
    properties = document.core_properties
    properties.title = visible(title)
    # what tells the report from a plan when it is found in a folder of plans (dxcheck.model.reports)
    properties.author = properties.last_modified_by = AUTHOR
    properties.comments = f"dxcheck {__version__}"
    properties.subject = SUBJECTS[0] if lang == "ja" else SUBJECTS[1]
    properties.created = properties.modified = FIXED_TIME
    properties.revision = 1
    properties.language = "ja-JP" if lang == "ja" else "en"
    return document


def _field(paragraph: Paragraph, instruction: str, shown: str) -> None:
    """A field (PAGE, NUMPAGES) as Word writes it: begin, the instruction, separate, the value shown until updated, end."""
    for kind, text in (("begin", None), (None, instruction), ("separate", None), (None, shown), ("end", None)):
        run = paragraph.add_run()
        if kind is not None:
            mark = OxmlElement("w:fldChar")
            mark.set(qn("w:fldCharType"), kind)
            run._r.append(mark)
        elif text == instruction:
            code = OxmlElement("w:instrText")
            code.set(qn("xml:space"), "preserve")
            code.text = f" {instruction} "
            run._r.append(code)
        else:
            run.text = shown


def _page_numbers(paragraph: Paragraph, lang: str) -> None:
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _field(paragraph, "PAGE", "1")
    paragraph.add_run(" / ")
    _field(paragraph, "NUMPAGES", "1")


def _deterministic(data: bytes, paths: dict[str, str]) -> bytes:
    """The same archive with every entry dated alike (python-docx stamps the time of saving), and no
    path of the author's machine in it (`paths`: report.paths.local_paths)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = info.external_attr
            content = source.read(info.filename)
            if paths and info.filename.endswith(".xml"):
                content = without_local_paths(content, paths)
            target.writestr(entry, content)
    return out.getvalue()


def _save(document: DocumentObject, paths: dict[str, str] | None = None) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return _deterministic(buffer.getvalue(), paths or {})


# --- tables and paragraphs ---------------------------------------------------------------------


def _shade(cell: _Cell, colour: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour)
    properties.append(shading)


# The status symbols: drawn by the East Asian font even where a Latin font has them (LibreOffice drew ● in
# Liberation Serif, a dot half the size of ◐ beside it).
_SYMBOLS = frozenset("●◐○◌−")


def _symbol_font(run: Run) -> None:
    if _SYMBOLS.intersection(run.text):
        _fonts(run._r, BODY_FONT, BODY_FONT)


def _write(cell: _Cell, text: str, *, bold: bool = False, size: float = 9, centre: bool = False) -> None:
    lines = text.split("\n")
    paragraph = cell.paragraphs[0]
    for n, line in enumerate(lines):
        if n:
            paragraph = cell.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(0)
        if centre:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = paragraph.add_run(visible(line))
        run.font.size = Pt(size)
        run.bold = bold
        _symbol_font(run)


def _table(
    document: DocumentObject,
    header: Sequence[str] | None,
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    centre: Sequence[int] = (),
    size: float = 9,
) -> Table:
    """A Table Grid table, columns `widths` mm wide; with a header, it is shaded and repeated on every page."""
    table: Table = document.add_table(rows=0, cols=len(widths))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    if header is not None:
        head = table.add_row()  # type: ignore[no-untyped-call]
        head._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        for n, text in enumerate(header):
            _write(head.cells[n], text, bold=True, centre=n in centre, size=size)
            _shade(head.cells[n], _HEADER_TINT)
    for values in rows:
        cells = table.add_row().cells  # type: ignore[no-untyped-call]
        for n, text in enumerate(values):
            _write(cells[n], text, centre=n in centre, size=size)
    # Both the grid (what LibreOffice reads) and every cell (what Word reads).
    for n, width in enumerate(widths):
        table.columns[n].width = Mm(width)
    for row in table.rows:
        for n, width in enumerate(widths):
            row.cells[n].width = Mm(width)
    return table


def _status_cell(cell: _Cell, status: str, lang: str) -> None:
    for paragraph in cell.paragraphs:
        for run in paragraph.runs:
            run.text = ""
    _write(cell, f"{SYMBOL[status]} {LABEL[lang][status]}", bold=status == "missing", centre=True)
    _shade(cell, TINT[status])


def _heading(document: DocumentObject, text: str, level: int) -> None:
    """A heading; what Word's XML cannot hold (a control character in a plan's text) shown as an escape."""
    document.add_heading(visible(text), level=level)


def _paragraph(document: DocumentObject, text: str, *, size: float | None = None, bold: bool = False) -> Paragraph:
    paragraph = document.add_paragraph()
    run = paragraph.add_run(visible(text))
    run.bold = bold
    _symbol_font(run)
    if size is not None:
        run.font.size = Pt(size)
    return paragraph


def _period(plan: PlanSummary, lang: str, *, from_document: bool = False) -> str:
    if plan.period_start is None and plan.period_end is None:
        # Read from a document, a period not found is dxcheck's failure to read it, not the plan's silence.
        if from_document:
            return "could not be read from the document" if lang == "en" else "文書から読み取れませんでした"
        return "not stated" if lang == "en" else "記載なし"
    start = format_fiscal_year(plan.period_start, lang) if plan.period_start else "?"
    end = format_fiscal_year(plan.period_end, lang) if plan.period_end else ""
    return f"{start}〜{end}"


def _date(plan: PlanSummary, lang: str) -> str:
    """The plan's own date, as it gives it (2022-03 → 2022年3月), with its stage; never today's date."""
    if plan.adopted is None:
        return "not stated in the plan" if lang == "en" else "計画に記載なし"
    parts = [int(p) for p in plan.adopted.split("-")]
    if lang == "en":
        text = plan.adopted
    else:
        text = f"{parts[0]}年" + (f"{parts[1]}月" if len(parts) > 1 else "") + (f"{parts[2]}日" if len(parts) > 2 else "")
    stage = STAGE[lang].get(plan.stage or "")
    return f"{text} ({stage})" if stage and lang == "en" else f"{text}（{stage}）" if stage else text


def _editions(frameworks: Sequence[FrameworkResult] | Sequence[FrameworkEdition], lang: str) -> str:
    """「自治体DX推進計画（第2.3版）、官民データ活用推進基本法（平成28年法律第103号）」: the reader's names, not
    dxcheck's ids (「[dx 2.3]」)."""
    separator = "; " if lang == "en" else "、"

    def edition(value: str) -> str:
        if re.fullmatch(r"[0-9.]+", value):
            return f"edition {value}" if lang == "en" else f"第{value}版"
        return value

    def named(f: FrameworkResult | FrameworkEdition) -> str:
        title = f.title_en if lang == "en" else f.title
        return title if edition(f.edition) in title else f"{title}（{edition(f.edition)}）"

    return separator.join(named(f) for f in frameworks)


# 「dx/eltax 公金収納における eLTAX の活用」: a qualified id before an item's title, dxcheck's name for it
_QUALIFIED_ID = re.compile(r"\b(?:kanmin|dx|procedures|convenience|standard-systems)/[a-z0-9-]+ ")


def _without_ids(text: str) -> str:
    """A sentence for the council: the items by their titles only."""
    return _QUALIFIED_ID.sub("", text)


def _facts(document: DocumentObject, rows: Sequence[tuple[str, str]], *, size: float = 9) -> None:
    table = _table(document, None, rows, [40, 130], size=size)
    for row in table.rows:
        _shade(row.cells[0], _HEADER_TINT)
        for paragraph in row.cells[0].paragraphs:
            for run in paragraph.runs:
                run.bold = True


# --- audit ---------------------------------------------------------------------------------------


def _evidence(result: AuditResult, item_id: str, lang: str) -> str:
    found = item(result, item_id)
    if found is None:
        return ""
    lines = []
    for e in found.evidence:
        if e.strength == "missing" or (source_id(e, lang) is None and not e.note):
            continue
        if e.kind == "exemption":
            lines.append(("exempt: " if lang == "en" else "除外: ") + (e.note or ""))
            continue
        if e.kind == "governance":
            # 「推進体制「町長を本部長とし…」」: the plan's sentence, not the draft's field (governance.body「body: …」)
            said = (e.note or "").partition(":")[2].strip() or (e.note or "")
            lines.append(("organisation: " if lang == "en" else "推進体制") + f"「{said}」")
            continue
        mark = ((" (inferred)" if lang == "en" else "（推定）") + inherited_text(e, lang)) if e.kind == "inferred" else ""
        partial = (" (partly)" if lang == "en" else "（一部）") if e.strength == "partial" else ""
        # From a document: its title and page, not the ids of dxcheck's draft (reader.py)
        shown = evidence_source(e, result, lang) if result.document is not None else None
        if shown is None:
            shown = f"{source_id(e, lang) or ''}「{source_title(e) or e.note or ''}」"
        lines.append(f"{shown}{partial}{mark}")
    if not lines and found.not_counted:
        lines.append("mentioned, not committed to" if lang == "en" else "言及あり（取組としては書かれていない）")
    return "\n".join(dict.fromkeys(lines)) or "—"


def _framework_section(document: DocumentObject, result: AuditResult, framework: FrameworkResult, lang: str) -> None:
    en = lang == "en"
    title = framework.title_en if en else framework.title
    _heading(document, f"{title} — {'score' if en else 'スコア'} {score_text(framework.score, lang)}", level=1)
    groups = framework.groups or []
    for group in groups:
        items = [i for i in framework.items if i.group == group.id]
        if not items:
            continue
        name = group.title_en if en else group.title
        _heading(document, name + ("" if group.required else (" (not required)" if en else "（任意）")), level=2)
        # No id column: dxcheck's ids (online, frontyard) mean nothing to a council; the item's title says it
        header = ["item", "status", "evidence (measure)"] if en else ["項目", "状況", "根拠（施策）"]
        rows = [[i.title_en if en else i.title, "", _evidence(result, i.id, lang)] for i in items]
        table = _table(document, header, rows, [66, 24, 80], centre=[1])
        for row, i in zip(table.rows[1:], items, strict=True):
            _status_cell(row.cells[1], look(i), lang)  # an optional item left out is ◌ 任意, as in every format


def _advice_section(document: DocumentObject, result: AuditResult, lang: str) -> None:
    """What plans usually write for each item missing or partly covered: the 記載例 (dxcheck's own
    wording, said so), national targets, KPIs and the documents to read, each with its source."""
    items = advised(result)
    if not items:
        return
    _heading(document, advice_heading(lang), level=1)
    for found in items:
        assert found.advice is not None
        shown = look(found)
        _heading(document, f"{found.title_en if lang == 'en' else found.title}（{SYMBOL[shown]} {LABEL[lang][shown]}）", level=2)
        _facts(document, advice_rows(found.advice, lang), size=9)


def _procedures_section(document: DocumentObject, result: AuditResult, lang: str) -> None:
    en = lang == "en"
    _heading(document, "Priority online procedures" if en else "優先的にオンライン化すべき手続", level=1)
    header = (
        ["group", "total", "online", "planned", "not planned", "n/a", "not mentioned"]
        if en
        else ["グループ", "手続数", "済", "予定", "予定なし", "対象外", "記載なし"]
    )
    rows = [
        [g.title_en if en else g.title, *(str(n) for n in (g.total, g.online, g.planned, g.not_planned, g.not_applicable, g.not_mentioned))]
        for g in result.procedures.groups
    ]
    _table(document, header, rows, [50, 20, 20, 20, 20, 20, 20], centre=range(1, 7))
    stated = [p for p in result.procedures.items if p.state != "not-mentioned"]
    if not stated:
        _paragraph(document, "The plan states nothing of any procedure." if en else "計画は個々の手続の状況を記載していません。")
        return
    _heading(document, "Procedures the plan states" if en else "計画が状況を記載している手続", level=2)
    states = {
        "ja": {"online": "オンライン化済み", "planned": "予定", "not-planned": "予定なし", "not-applicable": "対象外"},
        "en": {"online": "online", "planned": "planned", "not-planned": "not planned", "not-applicable": "not applicable"},
    }[lang]
    rows = [
        [
            p.id,
            p.title,
            states.get(p.state, p.state),
            format_fiscal_year(p.target_fiscal_year, lang) if p.target_fiscal_year else "—",
            p.reason or "",
        ]
        for p in stated
    ]
    header = ["id", "procedure", "state", "target year", "reason"] if en else ["ID", "手続", "状況", "目標年度", "理由"]
    _table(document, header, rows, [16, 64, 26, 26, 38], centre=[0, 2, 3])


def _findings_section(document: DocumentObject, result: AuditResult, lang: str) -> None:
    en = lang == "en"
    _heading(document, "Findings" if en else "指摘", level=1)
    if not result.findings:
        _paragraph(document, "No findings." if en else "指摘はありません。")
        return
    rows = [
        [f.code, severity_word(f.severity, lang), finding_message(f, result, lang), where(f.location, result, lang)]
        for f in result.findings
    ]
    header = ["code", "severity", "finding", "where"] if en else ["コード", "重大度", "内容", "場所"]
    _table(document, header, rows, [18, 18, 110, 24], centre=[0, 1])


def _scores_section(document: DocumentObject, result: AuditResult, lang: str) -> None:
    en = lang == "en"
    _heading(document, "Scores" if en else "スコア", level=1)
    # A priority procedure the plan does not name is 記載なし, not ○ なし (the terminal's column too): a
    # council reader told 「なし 53」 reads 53 procedures the town refuses.
    rows = [
        [
            f.title_en if en else f.title,
            *(str(n) for n in (f.score.covered, f.score.partial, f.score.missing - f.score.unstated, f.score.exempt)),
            str(f.score.unstated) if f.score.unstated else "",
            score_text(f.score, lang),
        ]
        for f in result.frameworks
    ]
    rows.append(["overall" if en else "総合", "", "", "", "", "", score_text(result.overall_score, lang)])
    header = (
        ["framework", "● covered", "◐ partial", "○ missing", "− exempt", "not named", "score"]
        if en
        else ["枠組み", "● 取組あり", "◐ 一部", "○ なし", "− 除外", "記載なし", "スコア"]
    )
    # Each status column wide enough for 「● 取組あり」 on one line, and told not to wrap (Word and LibreOffice).
    table = _table(document, header, rows, [54, 22, 18, 18, 18, 18, 22], centre=range(1, 7))
    for cell in table.rows[0].cells[1:]:
        cell._tc.get_or_add_tcPr().append(OxmlElement("w:noWrap"))
    for cell in table.rows[-1].cells:
        for paragraph in cell.paragraphs:
            for run in paragraph.runs:
                run.bold = True


def _audit_body(document: DocumentObject, result: AuditResult, lang: str) -> None:
    """One plan: its facts, the summary, each framework's item tables, procedures, findings, scores."""
    en = lang == "en"
    p = result.plan
    _facts(
        document,
        [
            ("plan" if en else "計画", p.title),
            ("municipality" if en else "自治体", plan_heading(p, lang).removesuffix(p.title).strip()),
            ("date of the plan" if en else "計画の日付", _date(p, lang)),
            ("plan period" if en else "計画期間", _period(p, lang, from_document=result.document is not None)),
            ("frameworks" if en else "照合した枠組み", _editions(result.frameworks, lang)),
            ("file" if en else "ファイル", result.file),
            ("checked with" if en else "照合", f"dxcheck {__version__}"),
        ],
    )
    note = document_note(result, lang, commands=False)
    if note is not None:
        _paragraph(document, note, size=9)
    for line in reading_lines(result, lang, commands=False):
        _paragraph(document, line, size=9)
    _heading(document, "Summary" if en else "概要", level=1)
    _paragraph(document, audit_summary(result, lang))
    # the verdict the exit code gives, in the reader's words (a council reads 合格 / 不合格 and why)
    _paragraph(document, ("Verdict: " if en else "照合の結果: ") + _without_ids(verdict(result, lang)), bold=True)
    _paragraph(
        document,
        "● covered  ◐ partial  ○ missing  − exempt (declared not applicable, with a reason)  ◌ optional, not taken up"
        if en
        else "● 取組あり　◐ 一部　○ なし　− 除外（理由を付けて対象外と宣言）　◌ 任意の項目・取組なし",
        size=9,
    )
    for framework in result.frameworks:
        if framework.id != "procedures":
            _framework_section(document, result, framework, lang)
    _advice_section(document, result, lang)
    _procedures_section(document, result, lang)
    _findings_section(document, result, lang)
    _scores_section(document, result, lang)


def _files(audits: Sequence[AuditResult]) -> list[str]:
    """Every file the audits name: the plans, and the files their findings point at."""
    return [f for a in audits for f in (a.file, *(finding.location.file for finding in a.findings))]


def render_audit(result: AuditResult, lang: str, paths: dict[str, str] | None = None) -> bytes:
    heading = report_title(result.plan, lang)
    document = _new_document(heading, lang)
    _heading(document, heading, level=0)
    _paragraph(
        document, "Checked against the national frameworks (dxcheck)" if lang == "en" else "国の枠組みとの照合結果（dxcheck）", size=11
    )
    _audit_body(document, result, lang)
    return _save(document, paths)


def _editions_used(audits: Sequence[AuditResult]) -> list[FrameworkResult]:
    """Every edition the towns were audited with, once; a framework's editions together, the older first. The
    comparison named the first town's only (「自治体DX推進計画（第1.0版）」 above a matrix with a town on 第2.3版)."""
    found: dict[str, dict[str, FrameworkResult]] = {}
    for audit in audits:
        for framework in audit.frameworks:
            found.setdefault(framework.id, {}).setdefault(framework.edition, framework)
    return [f for editions in found.values() for f in sorted(editions.values(), key=lambda f: (f.edition_date, f.edition))]


def render_comparison(audits: list[AuditResult], lang: str, paths: dict[str, str] | None = None) -> bytes:
    """The matrix of towns × items (landscape), then each town's report from a new page."""
    en = lang == "en"
    title = "Comparison of municipal digital plans" if en else "自治体DX計画の比較"
    document = _new_document(title, lang)
    _heading(document, title, level=0)
    cols = columns(audits)
    _paragraph(document, ("frameworks: " if en else "照合した枠組み: ") + _editions(_editions_used(audits), lang), size=9)
    marks = legend(lang, absent=has_absent(audits, cols))
    _paragraph(document, (" " if en else "　").join(text for _, text in marks), size=9)
    errors = marks_legend(audits, lang)
    if errors:
        _paragraph(document, errors, size=9)
    # Which edition each town was audited with, when the towns differ: a column, as in the terminal, Markdown, HTML and
    # the workbook (the Word matrix had none, and its reader saw a town's edition only in the town's own section)
    editions = [editions_of(audit) or "—" for audit in audits]
    with_editions = len(set(editions)) > 1
    header = [
        "municipality" if en else "自治体",
        *(["edition" if en else "版"] if with_editions else []),
        *(c.code for c in cols),
        "overall" if en else "総合",
        "procedures" if en else "手続 済/予定",
    ]
    rows = []
    names = name_counts(audits)
    for audit, edition in zip(audits, editions, strict=True):
        online, planned, total = procedures_done(audit)
        cells = [SYMBOL[look(r)] if (r := item(audit, c.id)) else ABSENT for c in cols]
        shown = [edition] if with_editions else []
        rows.append([town_name(audit, names), *shown, *cells, score_text(audit.overall_score, lang), f"{online}/{planned} ({total})"])
    first = 1 + with_editions  # the first item's column
    edition_width = [22] if with_editions else []
    width = (170 - 26 - sum(edition_width) - 12 - 18) / max(1, len(cols))
    table = _table(
        document,
        header,
        rows,
        [26, *edition_width, *([width] * len(cols)), 12, 18],
        centre=range(first, len(cols) + first + 2),
        size=8,
    )
    for row, audit in zip(table.rows[1:], audits, strict=True):
        for n, col in enumerate(cols, first):
            found = item(audit, col.id)
            if found is not None:
                _shade(row.cells[n], TINT[look(found)])
    _heading(document, "Items" if en else "項目", level=2)
    _table(
        document,
        ["column" if en else "列", "id", "item" if en else "項目"],
        [[c.code, c.id, (c.title_en if en else c.title) + ("" if c.required else (" (not required)" if en else "（任意）"))] for c in cols],
        [16, 44, 110],
        centre=[0],
    )
    for audit in audits:
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _heading(document, report_title(audit.plan, lang), level=1)
        _audit_body(document, audit, lang)
    return _save(document, paths)


def render_audits(audits: Audits, context: ReportContext) -> bytes:
    """One audit as its report; several (or a comparison) as the matrix and each town."""
    paths = local_paths(_files(audits.audits), context.cwd)
    if audits.command == "audit" and len(audits.audits) == 1:
        return render_audit(audits.audits[0], context.lang, paths)
    return render_comparison(audits.audits, context.lang, paths)


# --- diff ------------------------------------------------------------------------------------------


def _parts_section(document: DocumentObject, changes: list[PartChange], lang: str, title: str, name: str) -> None:
    en = lang == "en"
    _heading(document, title, level=1)
    rows = [[PART_CHANGE[lang][c.change], part_name(c), "\n".join(part_details(c, lang))] for c in changes]
    _table(document, ["change" if en else "変更", name, "what changed" if en else "内容"], rows, [22, 50, 98], centre=[0])


def render_diff(diff: PlanDiff, context: ReportContext) -> bytes:
    lang = context.lang
    en = lang == "en"
    title = ("Changes to the plan: " if en else "計画の変更点: ") + report_title(diff.new.plan, lang)
    document = _new_document(title, lang)
    _heading(document, title, level=0)
    p = diff.new.plan
    _facts(
        document,
        [
            ("plan" if en else "計画", p.title),
            ("versions" if en else "比べた版", sides(diff)),
            ("date of the earlier plan" if en else "前の版の日付", _date(diff.old.plan, lang)),
            ("date of the later plan" if en else "新しい版の日付", _date(p, lang)),
            ("frameworks" if en else "照合した枠組み", _editions(diff.frameworks, lang)),
            ("checked with" if en else "照合", f"dxcheck {__version__}"),
        ],
    )
    _heading(document, "Summary" if en else "概要", level=1)
    _paragraph(document, diff_summary(diff, lang))
    if diff.items:
        _heading(document, "Items whose status changed" if en else "状況が変わった国の項目", level=1)
        header = ["item", "before", "after", "change", "evidence (measure)"] if en else ["項目", "前", "後", "変化", "根拠の変化（施策）"]
        rows = []
        for i in diff.items:
            evidence = "\n".join(evidence_line(e, lang) for e in i.evidence)
            rows.append([f"{i.id}\n{i.title_en if en else i.title}", "", "", ITEM_CHANGE[lang][i.change], evidence or "—"])
        table = _table(document, header, rows, [44, 23, 23, 16, 64], centre=[1, 2, 3])
        for row, i in zip(table.rows[1:], diff.items, strict=True):
            _status_cell(row.cells[1], i.before, lang)
            _status_cell(row.cells[2], i.after, lang)
    if diff.plan:
        _heading(document, "The plan" if en else "計画の基本情報", level=1)
        _table(
            document,
            ["field" if en else "項目", "before" if en else "前", "after" if en else "後"],
            [[plan_field(f.field, lang), plan_value(f.field, f.before, lang), plan_value(f.field, f.after, lang)] for f in diff.plan],
            [40, 65, 65],
        )
    if diff.policies:
        _parts_section(document, diff.policies, lang, "Policies" if en else "方針の変更", "policy" if en else "方針")
    if diff.measures:
        _parts_section(document, diff.measures, lang, "Measures" if en else "施策の変更", "measure" if en else "施策")
    if diff.procedures:
        _heading(document, "Priority online procedures" if en else "優先的にオンライン化すべき手続の変更", level=1)
        rows = [
            [
                f"{c.id} {c.title}",
                f"{procedure_state(c, 'before', lang)} → {procedure_state(c, 'after', lang)}",
                f"{SYMBOL[c.status_before]} → {SYMBOL[c.status_after]}",
            ]
            for c in diff.procedures
        ]
        _table(
            document,
            ["procedure" if en else "手続", "before → after" if en else "前 → 後", "status" if en else "評価"],
            rows,
            [80, 60, 30],
            centre=[2],
        )
    _heading(document, "Scores" if en else "スコア", level=1)
    rows = []
    for s in diff.scores:
        name = ("overall" if en else "総合") if s.framework == "overall" else (s.title_en if en else s.title)
        rows.append([name, *score_change(s, lang)])
    _table(
        document,
        ["framework" if en else "枠組み", "before" if en else "前", "after" if en else "後", "change" if en else "差"],
        rows,
        [100, 23, 23, 24],
        centre=[1, 2, 3],
    )
    return _save(document, local_paths([diff.old.file, diff.new.file], context.cwd))
