#!/usr/bin/env python3
"""Generator for the blind import test set import_blind6 (doc71 … doc80).

Run with ../../../.venv/bin/python make.py  [docNN ...]

Every document is an invented town.  A document is a list of blocks that is
rendered to .docx (python-docx plus raw OOXML for numbering, text boxes,
merged cells, sections) and, for three documents, also to .html which is
printed by Chromium.  The .docx files are converted to PDF by LibreOffice.
The answer keys (docNN.expected.yaml) are written from the same data so the
measure titles in the key and in the document cannot drift apart.
"""
import copy
import html
import os
import re
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Cm, Pt, RGBColor, Emu

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# block constructors
# ---------------------------------------------------------------------------


def H(level, text, num=None, auto=None, page_break=False):
    """Heading.  num = the visible number (typed in the text unless the
    document numbers automatically); auto = (numKey, ilvl) for numbering.xml,
    or 'none' to suppress style-linked numbering."""
    return dict(t="h", level=level, text=text, num=num, auto=auto, page_break=page_break)


def P(text, bold=False, indent=0.0, first=None, align=None, size=None, auto=None,
      num=None, hanging=None, space_after=None, keep=False):
    """Body paragraph.  text may contain **bold** spans.  auto=(numKey,ilvl)
    makes an automatically numbered paragraph whose visible number (for the
    HTML rendering) is num."""
    return dict(t="p", text=text, bold=bold, indent=indent, first=first, align=align,
                size=size, auto=auto, num=num, hanging=hanging, space_after=space_after,
                keep=keep)


def L(items, indent=0.5, hanging=0.5, size=None):
    """Typed list lines: each item already carries its marker (・, ①, ア …)."""
    return [P(x, indent=indent, hanging=hanging, size=size) for x in items]


def T(rows, widths, header=1, font=9.5, shade="D9E2F3", align_center_cols=(),
      span_shade="F2F2F2", repeat_header=True, caption=None):
    """Table.  rows: list of rows; a row is a list of cells or ('span', text)
    for a category row spanning all columns.  A cell is a str, None (merged
    with the cell above: vertical merge) or a dict(text=…, auto=(key,ilvl),
    num=visible number, bold=…, center=…, lines=[…])."""
    return dict(t="table", rows=rows, widths=widths, header=header, font=font,
                shade=shade, center=set(align_center_cols), span_shade=span_shade,
                repeat=repeat_header, caption=caption)


def BR():
    return dict(t="pagebreak")


def SECT(orient="portrait", cols=1, start="new"):
    return dict(t="section", orient=orient, cols=cols, start=start)


def TB(title, paras, height_cm=None):
    """A floating text box holding a measure: title (bold) + paragraphs."""
    return dict(t="textbox", title=title, paras=paras, height=height_cm)


def COVER(lines):
    """lines: list of (text, size_pt, bold, space_before_pt).  text may contain
    '\n' for a manual line break inside the paragraph."""
    return dict(t="cover", lines=lines)


def TOC(entries, title="目　次"):
    """entries: (indent_level, text, page)."""
    return dict(t="toc", entries=entries, title=title)


def flatten(blocks):
    out = []
    for b in blocks:
        if isinstance(b, list):
            out.extend(flatten(b))
        else:
            out.append(b)
    return out


# ---------------------------------------------------------------------------
# numbering.xml helpers
# ---------------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def lvl_xml(ilvl, fmt, text, left_cm, hanging_cm, suff="space", pstyle=None, restart=None,
            bold=False):
    tw = lambda cm: int(round(cm * 567))
    ps = f'<w:pStyle w:val="{pstyle}"/>' if pstyle else ""
    rs = f'<w:lvlRestart w:val="{restart}"/>' if restart is not None else ""
    b = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{rs}{ps}'
            f'<w:suff w:val="{suff}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{tw(left_cm)}" w:hanging="{tw(hanging_cm)}"/></w:pPr>{b}</w:lvl>')


def add_numbering(doc, defs):
    """defs: {key: [lvl_xml strings]} -> {key: numId}."""
    numbering = doc.part.numbering_part.element
    ids = {}
    existing_abs = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    existing_num = [int(a.get(qn("w:numId"))) for a in numbering.findall(qn("w:num"))]
    next_abs = max(existing_abs + [0]) + 10
    next_num = max(existing_num + [0]) + 10
    first_num = numbering.find(qn("w:num"))
    for key, lvls in defs.items():
        aid, nid = next_abs, next_num
        next_abs += 1
        next_num += 1
        nsid = "%08X" % (0x1A2B0000 + aid * 7919)
        a = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}"><w:nsid w:val="{nsid}"/>'
                      f'<w:multiLevelType w:val="hybridMultilevel"/>{"".join(lvls)}</w:abstractNum>')
        if first_num is not None:
            first_num.addprevious(a)
        else:
            numbering.append(a)
        n = parse_xml(f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>')
        numbering.append(n)
        ids[key] = nid
    return ids


def set_numpr(paragraph, num_id, ilvl=0):
    pPr = paragraph._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()   # python-docx keeps the schema order of pPr children
    numPr.get_or_add_ilvl().val = ilvl
    numPr.get_or_add_numId().val = num_id


def mark_rpr(paragraph, size=None, bold=False, east=None):
    """Run properties of the paragraph mark: Word and LibreOffice draw the
    automatic number with them."""
    pPr = paragraph._p.get_or_add_pPr()
    parts = []
    if east:
        parts.append(f'<w:rFonts w:ascii="{east}" w:eastAsia="{east}" w:hAnsi="{east}"/>')
    if bold:
        parts.append("<w:b/>")
    if size:
        parts.append(f'<w:sz w:val="{int(size * 2)}"/>')
    rpr = parse_xml(f'<w:rPr {nsdecls("w")}>{"".join(parts)}</w:rPr>')
    sect = pPr.find(qn("w:sectPr"))
    if sect is not None:
        sect.addprevious(rpr)
    else:
        pPr.append(rpr)


# ---------------------------------------------------------------------------
# DOCX renderer
# ---------------------------------------------------------------------------

MINCHO = "ＭＳ 明朝"
GOTHIC = "ＭＳ ゴシック"


def set_run_font(run, east=None, size=None, bold=None):
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if east:
        rPr = run._r.get_or_add_rPr()
        rFonts = rPr.find(qn("w:rFonts"))
        if rFonts is None:
            rFonts = parse_xml(f'<w:rFonts {nsdecls("w")}/>')
            rPr.insert(0, rFonts)
        rFonts.set(qn("w:eastAsia"), east)
        rFonts.set(qn("w:ascii"), east)
        rFonts.set(qn("w:hAnsi"), east)


def add_text_runs(paragraph, text, bold=False, size=None, east=None):
    """Supports **bold** spans and \n as manual line breaks."""
    parts = re.split(r"(\*\*.+?\*\*)", text)
    for part in parts:
        if not part:
            continue
        b = bold
        if part.startswith("**") and part.endswith("**"):
            part = part[2:-2]
            b = True
        lines = part.split("\n")
        for i, line in enumerate(lines):
            if i:
                paragraph.add_run().add_break()
            if line:
                r = paragraph.add_run(line)
                set_run_font(r, east=east, size=size, bold=b if b else None)


def style_fonts(doc, heading_style_names=("Heading 1", "Heading 2", "Heading 3", "Heading 4")):
    st = doc.styles["Normal"]
    st.font.name = "Century"
    st.font.size = Pt(10.5)
    rPr = st.element.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = parse_xml(f'<w:rFonts {nsdecls("w")}/>')
        rPr.insert(0, rFonts)
    rFonts.set(qn("w:eastAsia"), MINCHO)
    st.paragraph_format.space_after = Pt(2)
    st.paragraph_format.line_spacing = 1.15
    sizes = {1: 15, 2: 13, 3: 11.5, 4: 10.5}
    for i, name in enumerate(heading_style_names, start=1):
        try:
            hs = doc.styles[name]
        except KeyError:
            continue
        hs.font.color.rgb = RGBColor(0, 0, 0)
        hs.font.size = Pt(sizes[i])
        hs.font.bold = True
        hs.font.italic = False
        hrPr = hs.element.get_or_add_rPr()
        hf = hrPr.find(qn("w:rFonts"))
        if hf is None:
            hf = parse_xml(f'<w:rFonts {nsdecls("w")}/>')
            hrPr.insert(0, hf)
        for k in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if hf.get(qn(k)) is not None:
                del hf.attrib[qn(k)]
        hf.set(qn("w:eastAsia"), GOTHIC)
        hf.set(qn("w:ascii"), "Arial")
        hf.set(qn("w:hAnsi"), "Arial")
        hs.paragraph_format.space_before = Pt(12 if i == 1 else 8)
        hs.paragraph_format.space_after = Pt(4)


def add_page_field(paragraph, fmt="- {} -"):
    pre, post = fmt.split("{}")
    if pre:
        paragraph.add_run(pre)
    r = paragraph.add_run()
    r._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
    r2 = paragraph.add_run()
    r2._r.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> PAGE </w:instrText>'))
    r3 = paragraph.add_run()
    r3._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'))
    paragraph.add_run("1")
    r4 = paragraph.add_run()
    r4._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))
    if post:
        paragraph.add_run(post)


def set_cols(section, n):
    sectPr = section._sectPr
    old = sectPr.find(qn("w:cols"))
    if old is not None:
        sectPr.remove(old)
    cols = parse_xml(f'<w:cols {nsdecls("w")} w:num="{n}" w:space="425"/>' if n > 1
                     else f'<w:cols {nsdecls("w")} w:space="425"/>')
    # schema order: ... pgMar, paperSrc, pgBorders, lnNumType, pgNumType, cols, formProt, vAlign, noEndnote, titlePg, textDirection, bidi, rtlGutter, docGrid
    anchor = None
    for tag in ("w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg", "w:textDirection", "w:bidi", "w:rtlGutter", "w:docGrid"):
        anchor = sectPr.find(qn(tag))
        if anchor is not None:
            break
    if anchor is not None:
        anchor.addprevious(cols)
    else:
        sectPr.append(cols)


def set_orient(section, orient):
    w, h = Cm(21.0), Cm(29.7)
    if orient == "landscape":
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = h, w
        section.left_margin = section.right_margin = Cm(2.0)
        section.top_margin = section.bottom_margin = Cm(2.0)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = w, h
        section.left_margin = section.right_margin = Cm(2.3)
        section.top_margin = Cm(2.5)
        section.bottom_margin = Cm(2.2)


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_cell_width(cell, cm):
    cell.width = Cm(cm)


_shape_id = [100]
TB_NS = " ".join([
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
    'xmlns:v="urn:schemas-microsoft-com:vml"',
    'xmlns:o="urn:schemas-microsoft-com:office:office"',
    'xmlns:w10="urn:schemas-microsoft-com:office:word"'])


def textbox_xml(title, paras, width_cm, height_cm, font_pt=10.0):
    _shape_id[0] += 1
    sid = _shape_id[0]
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)

    def runs(text, bold=False, size=font_pt):
        out = []
        for part in re.split(r"(\*\*.+?\*\*)", text):
            if not part:
                continue
            b = bold
            if part.startswith("**"):
                part, b = part[2:-2], True
            rpr = f'<w:rPr>{"<w:b/>" if b else ""}<w:sz w:val="{int(size*2)}"/></w:rPr>'
            out.append(f'<w:r>{rpr}<w:t xml:space="preserve">{html.escape(part, quote=False)}</w:t></w:r>')
        return "".join(out)

    ps = [f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr>{runs(title, True, font_pt + 1)}</w:p>']
    for para in paras:
        ind = ""
        if para.startswith(("・", "①", "②", "③", "④", "⑤", "ア", "イ", "ウ")) and len(para) > 1 and para[1] in "　 ":
            ind = '<w:ind w:left="284" w:hanging="284"/>'
        ps.append(f'<w:p><w:pPr><w:spacing w:after="40"/>{ind}</w:pPr>{runs(para)}</w:p>')
    content = "".join(ps)
    wps = (
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
        f'<a:ln w="12700"><a:solidFill><a:srgbClr val="404040"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>'
        f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="108000" tIns="72000" rIns="108000" bIns="72000" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp>'
    )
    anchor = (
        f'<wp:anchor distT="0" distB="90000" distL="114300" distR="114300" simplePos="0" relativeHeight="{251659264 + sid}" '
        f'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0">'
        f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        f'<wp:docPr id="{sid}" name="テキスト ボックス {sid}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        f'<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">{wps}</a:graphicData></a:graphic></wp:anchor>'
    )
    w_pt = width_cm / 2.54 * 72
    h_pt = height_cm / 2.54 * 72
    fallback = (
        f'<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="テキスト ボックス {sid}" o:spid="_x0000_s{1024 + sid}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:0;margin-top:0;width:{w_pt:.1f}pt;height:{h_pt:.1f}pt;z-index:{sid};'
        f'visibility:visible;mso-wrap-style:square;mso-position-horizontal:absolute;mso-position-horizontal-relative:text;'
        f'mso-position-vertical:absolute;mso-position-vertical-relative:text" fillcolor="white" strokecolor="#404040" strokeweight="1pt">'
        f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{content}</w:txbxContent></v:textbox>'
        f'<w10:wrap type="topAndBottom"/></v:shape></w:pict>'
    )
    xml = (
        f'<w:r {TB_NS}>'
        f'<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>{anchor}</w:drawing></mc:Choice>'
        f'<mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent></w:r>'
    )
    return parse_xml(xml)


class DocxRenderer:
    def __init__(self, spec):
        self.spec = spec
        self.doc = Document()
        self.mode = spec["heading_mode"]  # styles | bold | autonum | styles_autonum
        style_fonts(self.doc)
        self.doc.core_properties.title = spec["title"]
        self.doc.core_properties.author = spec.get("author", spec["town"] + " 企画課")
        self.doc.core_properties.language = "ja-JP"
        sec = self.doc.sections[0]
        set_orient(sec, "portrait")
        sec.different_first_page_header_footer = True
        self.nums = add_numbering(self.doc, spec.get("numbering", {}))
        if self.mode == "styles_autonum":
            self.link_heading_numbering()
        self.setup_header_footer(sec)
        self.body_width = 21.0 - 4.6
        self.first_section_done = False

    # headers/footers --------------------------------------------------
    def setup_header_footer(self, sec):
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_page_field(fp, self.spec.get("page_fmt", "- {} -"))
        if self.spec.get("header_text"):
            hp = sec.header.paragraphs[0]
            hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            r = hp.add_run(self.spec["header_text"])
            r.font.size = Pt(8)

    def link_heading_numbering(self):
        key = self.spec["heading_num_key"]
        nid = self.nums[key]
        for lvl in (1, 2, 3):
            st = self.doc.styles[f"Heading {lvl}"]
            pPr = st.element.get_or_add_pPr()
            numPr = pPr.get_or_add_numPr()
            if lvl > 1:
                numPr.get_or_add_ilvl().val = lvl - 1
            numPr.get_or_add_numId().val = nid

    # blocks -------------------------------------------------------------
    def render(self, blocks):
        for b in flatten(blocks):
            getattr(self, "r_" + b["t"])(b)
        self.postprocess()
        return self.doc

    def postprocess(self):
        fix = self.spec.get("style_rename")
        if fix:
            fix(self.doc)

    def r_cover(self, b):
        d = self.doc
        for text, size, bold, before in b["lines"]:
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_before = Pt(before)
            add_text_runs(p, text, bold=bold, size=size, east=GOTHIC if bold else None)
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def r_toc(self, b):
        d = self.doc
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_text_runs(p, b["title"], bold=True, size=14, east=GOTHIC)
        p.paragraph_format.space_after = Pt(12)
        pages = (self.spec.get("toc_override") or {}).get("docx")
        for i, (lvl, text, page) in enumerate(b["entries"]):
            if pages and pages[i] is not None:
                page = pages[i]
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Cm(0.8 * lvl)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(self.body_width - 0.2), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            add_text_runs(p, f"{text}\t{page}" if page is not None else text, bold=(lvl == 0))
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def r_pagebreak(self, b):
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def r_section(self, b):
        start = WD_SECTION.NEW_PAGE if b["start"] == "new" else WD_SECTION.CONTINUOUS
        sec = self.doc.add_section(start)
        set_orient(sec, b["orient"])
        set_cols(sec, b["cols"])
        sec.different_first_page_header_footer = False
        self.body_width = (29.7 - 4.0) if b["orient"] == "landscape" else (21.0 - 4.6)

    def r_h(self, b):
        d = self.doc
        lvl, text, num = b["level"], b["text"], b["num"]
        if b.get("page_break"):
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        if self.mode in ("styles", "styles_autonum"):
            shown = text if (self.mode == "styles_autonum" and b["auto"] != "none") else (f"{num}　{text}" if num else text)
            p = d.add_paragraph(style=f"Heading {lvl}")
            add_text_runs(p, shown)
            if self.mode == "styles_autonum" and b["auto"] == "none":
                set_numpr(p, 0, 0)
            elif self.mode == "styles" and b["auto"] and b["auto"] != "none":
                key, il = b["auto"]
                set_numpr(p, self.nums[key], il)
        else:
            sizes = {1: 15, 2: 13, 3: 11, 4: 10.5}
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt({1: 14, 2: 10, 3: 6, 4: 4}[lvl])
            p.paragraph_format.space_after = Pt(4)
            p.paragraph_format.keep_with_next = True
            if self.mode == "autonum" and b["auto"] and b["auto"] != "none":
                key, il = b["auto"]
                add_text_runs(p, text, bold=True, size=sizes[lvl], east=GOTHIC)
                set_numpr(p, self.nums[key], il)
                mark_rpr(p, sizes[lvl], True, GOTHIC)
            else:
                add_text_runs(p, f"{num}　{text}" if num else text, bold=True, size=sizes[lvl], east=GOTHIC)
            if lvl == 1 and self.spec.get("bold_h1_border"):
                pPr = p._p.get_or_add_pPr()
                pPr.append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="8" w:space="1" w:color="000000"/></w:pBdr>'))

    def para(self, container, b, size=None):
        p = container.add_paragraph()
        pf = p.paragraph_format
        if b.get("indent"):
            pf.left_indent = Cm(b["indent"])
        if b.get("hanging"):
            pf.first_line_indent = Cm(-b["hanging"])
            pf.left_indent = Cm((b.get("indent") or 0) + b["hanging"])
        elif b.get("first") is not None:
            pf.first_line_indent = Cm(b["first"])
        if b.get("align") == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif b.get("align") == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if b.get("space_after") is not None:
            pf.space_after = Pt(b["space_after"])
        if b.get("keep"):
            pf.keep_with_next = True
        add_text_runs(p, b["text"], bold=b.get("bold", False), size=b.get("size") or size,
                      east=GOTHIC if b.get("bold") else None)
        if b.get("auto"):
            key, il = b["auto"]
            set_numpr(p, self.nums[key], il)
        return p

    def r_p(self, b):
        if b.get("first") is None and not b.get("hanging") and not b.get("auto") and not b.get("align") and not b.get("bold"):
            b = dict(b, first=0.35)
        self.para(self.doc, b)

    def r_table(self, b):
        d = self.doc
        rows = b["rows"]
        ncols = len(b["widths"])
        if b.get("caption"):
            cp = d.add_paragraph()
            cp.paragraph_format.keep_with_next = True
            add_text_runs(cp, b["caption"], bold=True, size=10, east=GOTHIC)
        t = d.add_table(rows=len(rows), cols=ncols)
        t.style = d.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for ci, w in enumerate(b["widths"]):
            t.columns[ci].width = Cm(w)
        vmerge_pending = {}
        for ri, row in enumerate(rows):
            tr = t.rows[ri]
            for ci in range(ncols):
                tr.cells[ci].width = Cm(b["widths"][ci])
            if ri < b["header"] and b["repeat"]:
                trPr = tr._tr.get_or_add_trPr()
                trPr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
            if isinstance(row, tuple) and row[0] == "span":
                c = tr.cells[0].merge(tr.cells[ncols - 1])
                self.fill_cell(c, dict(text=row[1], bold=True), b["font"])
                shade_cell(c, b["span_shade"])
                continue
            for ci, cell in enumerate(row):
                if cell is None:
                    continue
                c = tr.cells[ci]
                spec = cell if isinstance(cell, dict) else dict(text=cell)
                if ri < b["header"]:
                    spec = dict(spec, bold=True, center=True)
                elif ci in b["center"]:
                    spec = dict(spec, center=True)
                self.fill_cell(c, spec, b["font"])
                if ri < b["header"]:
                    shade_cell(c, b["shade"])
        # vertical merges: a None cell merges with the nearest non-None above
        for ci in range(ncols):
            ri = 0
            while ri < len(rows):
                row = rows[ri]
                if isinstance(row, tuple):
                    ri += 1
                    continue
                if ci < len(row) and row[ci] is not None:
                    rj = ri + 1
                    while rj < len(rows) and not isinstance(rows[rj], tuple) and rows[rj][ci] is None:
                        rj += 1
                    if rj - 1 > ri:
                        top = t.cell(ri, ci)
                        top.merge(t.cell(rj - 1, ci))
                    ri = rj
                else:
                    ri += 1
        d.add_paragraph().paragraph_format.space_after = Pt(2)

    def fill_cell(self, c, spec, font):
        lines = spec.get("lines") or [spec.get("text", "")]
        first = True
        for line in lines:
            p = c.paragraphs[0] if first else c.add_paragraph()
            first = False
            p.paragraph_format.space_after = Pt(0)
            p.paragraph_format.line_spacing = 1.0
            if spec.get("center"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_text_runs(p, line, bold=spec.get("bold", False), size=font)
            if spec.get("auto"):
                key, il = spec["auto"]
                set_numpr(p, self.nums[key], il)
                mark_rpr(p, font)
                p.paragraph_format.left_indent = Cm(0.75)
                p.paragraph_format.first_line_indent = Cm(-0.75)

    def r_textbox(self, b):
        p = self.doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        nchars = len(b["title"]) + sum(len(x) + 20 for x in b["paras"])
        width = self.body_width - 0.3
        per_line = int(width / 0.37)
        h = b.get("height") or (0.9 + 0.55 * (nchars / per_line + len(b["paras"]) + 1))
        p._p.append(textbox_xml(b["title"], b["paras"], width, h))


# ---------------------------------------------------------------------------
# HTML renderer (printed by Chromium)
# ---------------------------------------------------------------------------

HTML_CSS = """
@page { size: A4; margin: 22mm 18mm 20mm 18mm;
  @top-right { content: "%(header)s"; font-size: 8pt; color: #444; }
  @bottom-center { content: "- " counter(page) " -"; font-size: 9pt; }
  @bottom-right { content: "%(town)s"; font-size: 8pt; color: #666; } }
@page :first { @top-right { content: none; } @bottom-center { content: none; } @bottom-right { content: none; } }
@page land { size: A4 landscape; margin: 18mm 16mm; }
body { font-family: "Noto Serif CJK JP", "Noto Sans CJK JP", serif; font-size: 10.5pt; line-height: 1.6; }
h1, h2, h3, h4, .toc-title { font-family: "Noto Sans CJK JP", sans-serif; }
h1 { font-size: 15pt; border-bottom: 2px solid #333; margin: 0 0 8pt 0; page-break-before: always; }
h1.nobreak { page-break-before: auto; }
h2 { font-size: 13pt; margin: 14pt 0 4pt 0; }
h3 { font-size: 11.5pt; margin: 10pt 0 3pt 0; }
h4 { font-size: 10.5pt; margin: 8pt 0 2pt 0; }
p { margin: 0 0 3pt 0; text-indent: 1em; }
p.noind { text-indent: 0; }
p.hang { text-indent: -1em; padding-left: 1em; }
p.center { text-align: center; text-indent: 0; }
.cover { height: 250mm; text-align: center; page-break-after: always; display: flex; flex-direction: column; justify-content: center; }
.cover p { text-indent: 0; text-align: center; }
.toc { page-break-after: always; }
.toc-title { text-align: center; font-size: 14pt; margin-bottom: 10pt; }
.toc div { display: flex; }
.toc div span.t { flex: 0 0 auto; }
.toc div span.dots { flex: 1 1 auto; border-bottom: 1px dotted #555; margin: 0 4pt 5pt 4pt; }
table { border-collapse: collapse; width: 100%%; margin: 4pt 0 8pt 0; font-size: 9pt; page-break-inside: auto; }
th, td { border: 1px solid #333; padding: 2pt 4pt; vertical-align: top; }
th { background: #D9E2F3; }
td.span { background: #F2F2F2; font-weight: bold; }
td.c { text-align: center; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
.caption { font-weight: bold; font-family: "Noto Sans CJK JP", sans-serif; margin-top: 6pt; text-indent: 0; }
.box { border: 1px solid #404040; padding: 6pt 9pt; margin: 6pt 0; page-break-inside: avoid; }
.box .bt { font-weight: bold; text-indent: 0; }
.landscape { page: land; page-break-before: always; }
.cols2 { column-count: 2; column-gap: 8mm; }
.pb { page-break-after: always; }
"""


def inline_html(text):
    s = html.escape(text, quote=False)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    return s.replace("\n", "<br>")


class HtmlRenderer:
    def __init__(self, spec):
        self.spec = spec
        self.out = []
        self.first_h1 = True
        self.open_wrapper = None

    def render(self, blocks):
        for b in flatten(blocks):
            getattr(self, "r_" + b["t"])(b)
        self.close_wrapper()
        css = HTML_CSS % dict(header=self.spec.get("header_text") or self.spec["title"], town=self.spec["town"])
        return ("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n"
                f"<title>{html.escape(self.spec['title'])}</title>\n<style>{css}</style>\n</head>\n<body>\n"
                + "\n".join(self.out) + "\n</body>\n</html>\n")

    def close_wrapper(self):
        if self.open_wrapper:
            self.out.append("</div>")
            self.open_wrapper = None

    def r_cover(self, b):
        parts = []
        for text, size, bold, before in b["lines"]:
            style = f"font-size:{size}pt;margin-top:{before}pt;" + ("font-weight:bold;" if bold else "")
            parts.append(f'<p style="{style}">{inline_html(text)}</p>')
        self.out.append('<div class="cover">' + "".join(parts) + "</div>")

    def r_toc(self, b):
        rows = []
        pages = (self.spec.get("toc_override") or {}).get("html")
        for i, (lvl, text, page) in enumerate(b["entries"]):
            if pages and pages[i] is not None:
                page = pages[i]
            st = f'padding-left:{lvl*1.5}em;' + ("font-weight:bold;" if lvl == 0 else "")
            pg = "" if page is None else f'<span class="dots"></span><span>{page}</span>'
            rows.append(f'<div style="{st}"><span class="t">{inline_html(text)}</span>{pg}</div>')
        self.out.append(f'<div class="toc"><div class="toc-title">{b["title"]}</div>' + "".join(rows) + "</div>")

    def r_pagebreak(self, b):
        self.out.append('<div class="pb"></div>')

    def r_section(self, b):
        self.close_wrapper()
        cls = []
        if b["orient"] == "landscape":
            cls.append("landscape")
        if b["cols"] == 2:
            cls.append("cols2")
        if cls:
            self.out.append(f'<div class="{" ".join(cls)}">')
            self.open_wrapper = True
        elif b["start"] == "new":
            self.out.append('<div class="pb"></div>')

    def r_h(self, b):
        lvl = b["level"]
        text = f'{b["num"]}　{b["text"]}' if b["num"] else b["text"]
        cls = ""
        if lvl == 1 and (self.first_h1 or self.open_wrapper):
            cls = ' class="nobreak"'
        if lvl == 1:
            self.first_h1 = False
        self.out.append(f"<h{lvl}{cls}>{inline_html(text)}</h{lvl}>")

    def r_p(self, b):
        text = f'{b["num"]}　{b["text"]}' if b.get("num") else b["text"]
        cls = []
        if b.get("hanging") or b.get("auto"):
            cls.append("hang")
        if b.get("align") == "center":
            cls.append("center")
        elif b.get("bold") or b.get("first") == 0:
            cls.append("noind")
        style = ""
        if b.get("indent"):
            style += f'margin-left:{b["indent"]}cm;'
        if b.get("bold"):
            style += "font-weight:bold;"
        c = f' class="{" ".join(cls)}"' if cls else ""
        s = f' style="{style}"' if style else ""
        self.out.append(f"<p{c}{s}>{inline_html(text)}</p>")

    def r_table(self, b):
        rows = b["rows"]
        ncols = len(b["widths"])
        total = sum(b["widths"])
        out = []
        if b.get("caption"):
            out.append(f'<p class="caption">{inline_html(b["caption"])}</p>')
        out.append("<table><colgroup>" + "".join(f'<col style="width:{w/total*100:.1f}%">' for w in b["widths"]) + "</colgroup>")
        # rowspans
        span = {}
        for ci in range(ncols):
            ri = 0
            while ri < len(rows):
                row = rows[ri]
                if isinstance(row, tuple) or row[ci] is None:
                    ri += 1
                    continue
                rj = ri + 1
                while rj < len(rows) and not isinstance(rows[rj], tuple) and rows[rj][ci] is None:
                    rj += 1
                span[(ri, ci)] = rj - ri
                ri = rj
        for ri, row in enumerate(rows):
            if ri == 0 and b["header"]:
                out.append("<thead>")
            if ri == b["header"]:
                out.append("</thead><tbody>" if b["header"] else "<tbody>")
            if isinstance(row, tuple):
                out.append(f'<tr><td class="span" colspan="{ncols}">{inline_html(row[1])}</td></tr>')
                continue
            cells = []
            for ci, cell in enumerate(row):
                if cell is None:
                    continue
                spec = cell if isinstance(cell, dict) else dict(text=cell)
                lines = spec.get("lines") or [spec.get("text", "")]
                txt = "<br>".join(inline_html(x) for x in lines)
                if spec.get("num"):
                    txt = inline_html(spec["num"]) + "　" + txt
                rs = span.get((ri, ci), 1)
                rsa = f' rowspan="{rs}"' if rs > 1 else ""
                tag = "th" if ri < b["header"] else "td"
                cl = ' class="c"' if (ci in b["center"] or spec.get("center")) and tag == "td" else ""
                if spec.get("bold") and tag == "td":
                    txt = f"<b>{txt}</b>"
                cells.append(f"<{tag}{rsa}{cl}>{txt}</{tag}>")
            out.append("<tr>" + "".join(cells) + "</tr>")
        out.append("</tbody></table>")
        self.out.append("\n".join(out))

    def r_textbox(self, b):
        ps = "".join(f'<p class="hang">{inline_html(x)}</p>' if x[:1] in "・①②③ア" else f"<p>{inline_html(x)}</p>" for x in b["paras"])
        self.out.append(f'<div class="box"><p class="bt">{inline_html(b["title"])}</p>{ps}</div>')

# ---------------------------------------------------------------------------
# content helpers
# ---------------------------------------------------------------------------


class Reg:
    """Registers policies and measures as they are written into the blocks,
    so that the answer key is taken from exactly the same strings."""

    def __init__(self):
        self.policies = []

    def pol(self, title):
        self.policies.append(dict(title=title, measures=[]))
        return title

    def m(self, title):
        self.policies[-1]["measures"].append(title)
        return title


ITEM_IDS = ["kanmin/online", "kanmin/opendata", "kanmin/mynumber", "kanmin/divide", "kanmin/bpr",
            "dx/standardization", "dx/mynumber", "dx/online", "dx/ai-rpa", "dx/telework",
            "dx/security", "dx/community", "dx/divide"]


def items(missing=(), partial=()):
    out = {}
    for i in ITEM_IDS:
        out[i] = "missing" if i in missing else "partial" if i in partial else "covered"
    return out


DOCS = {}


def register(fn):
    DOCS[fn.__name__] = fn
    return fn


# ---------------------------------------------------------------------------
# shared background text (the 国の動向 sections of real plans are written
# from the same national documents, so they resemble each other)
# ---------------------------------------------------------------------------


def kuni_paras(short=False):
    out = [
        P("国は、令和3年5月に「デジタル社会形成基本法」等のデジタル改革関連法を成立させ、同年9月にデジタル庁を設置しました。"
          "「デジタル社会の実現に向けた重点計画」では、「誰一人取り残されない、人に優しいデジタル化」を掲げ、"
          "行政手続のオンライン化、マイナンバーカードの普及と利活用、データの利活用などを一体的に進めることとしています。"),
        P("総務省が策定した「自治体デジタル・トランスフォーメーション（DX）推進計画」では、自治体が重点的に取り組むべき事項として、"
          "自治体の情報システムの標準化・共通化、マイナンバーカードの普及促進、自治体の行政手続のオンライン化、"
          "自治体のAI・RPAの利用推進、テレワークの推進、セキュリティ対策の徹底が示され、"
          "あわせて取り組むべき事項として、地域社会のデジタル化とデジタルデバイド対策が掲げられています。"
          "その後の改定では、自治体フロントヤード改革の推進や、公金収納におけるeLTAXの活用が追加されました。"),
    ]
    if not short:
        out += [
            P("また、官民データ活用推進基本法（平成28年法律第103号）は、行政手続のオンライン化原則、オープンデータの促進、"
              "マイナンバーカードの普及・活用、デジタルデバイド対策、情報システム改革・業務の見直し（BPR）を個別施策の柱として定め、"
              "市町村に対しては「市町村官民データ活用推進計画」の策定を努力義務としています。"),
            P("地方創生の分野では、令和7年6月に「地方創生2.0基本構想」が閣議決定され、デジタル技術を活用した地域課題の解決や、"
              "ローカル5G・光ファイバなどの通信基盤を生かした地域社会のデジタル化が、引き続き重要な政策課題とされています。"),
        ]
    return out


# ===========================================================================
# doc71  杉ノ沢町（長野県）— Heading 1–4 styles, typed numbers; policy =
#        Heading 3 "(1) 基本目標１ …", measure = Heading 4 "① …" (one level
#        deeper than usual); ・ bullets under each measure; 施策体系図 before
#        the detail chapter; statistics tables; 総合計画/previous plan
# ===========================================================================
@register
def doc71():
    R = Reg()
    town = "杉ノ沢町"
    title = "杉ノ沢町DX推進計画"
    b = []
    b.append(COVER([
        ("杉ノ沢町DX推進計画", 26, True, 150),
        ("～森と人がつながる　やさしいデジタルのまち～", 12, False, 16),
        ("計画期間　令和8年度～令和12年度", 12, False, 40),
        ("令和8年3月", 14, False, 170),
        ("長野県杉ノ沢町", 18, True, 10),
        ("地方公共団体コード　204871", 10, False, 6),
    ]))
    b.append(TOC([
        (0, "第1章　計画の策定にあたって", 1), (1, "1　策定の趣旨", 1), (1, "2　計画の位置づけ", 1), (1, "3　計画期間", 2),
        (0, "第2章　杉ノ沢町の現状と課題", 3), (1, "1　人口の推移", 3), (1, "2　マイナンバーカードの交付状況", 3),
        (1, "3　町民意識調査の結果", 4), (1, "4　本町の課題", 4),
        (0, "第3章　計画の基本的な考え方", 5), (1, "1　基本理念", 5), (1, "2　基本目標", 5), (1, "3　施策体系", 5),
        (0, "第4章　施策の展開", 7), (1, "1　本章の見方", 7), (1, "2　基本目標ごとの施策", 7),
        (0, "第5章　計画の推進", 12),
    ]))
    b += [
        H(1, "計画の策定にあたって", "第1章"),
        H(2, "策定の趣旨", "1"),
        P("本町では、平成30年3月に「杉ノ沢町地域情報化計画」（計画期間：平成30年度～令和7年度）を策定し、"
          "全町への光回線の整備支援や、住民情報システムのクラウド化、町ホームページのリニューアルなどに取り組んできました。"),
    ] + kuni_paras() + [
        P("このような国の動向を踏まえ、また、前計画が令和7年度で終了することから、本町のデジタル化の方向性と取り組む施策を明らかにするため、"
          "「杉ノ沢町DX推進計画」を策定します。"),
        H(2, "計画の位置づけ", "2"),
        P("本計画は、官民データ活用推進基本法第9条第3項に基づく「市町村官民データ活用推進計画」として位置づけるとともに、"
          "「第5次杉ノ沢町総合計画　後期基本計画」（令和6年度～令和10年度）の分野別計画として、関連計画との整合を図ります。"),
        H(2, "計画期間", "3"),
        P("計画期間は、令和8年度から令和12年度までの5年間とします。なお、国の自治体DX推進計画の改定や技術の進展に応じて、必要な見直しを行います。"),
        T([
            ["計画", "R6", "R7", "R8", "R9", "R10", "R11", "R12"],
            ["第5次総合計画（後期基本計画）", "●", "●", "●", "●", "●", "", ""],
            ["杉ノ沢町地域情報化計画（前計画）", "●", "●", "", "", "", "", ""],
            ["杉ノ沢町DX推進計画（本計画）", "", "", "●", "●", "●", "●", "●"],
        ], [6.0, 1.4, 1.4, 1.4, 1.4, 1.4, 1.4, 1.4], align_center_cols=(1, 2, 3, 4, 5, 6, 7), caption="図1-1　計画期間"),
        H(1, "杉ノ沢町の現状と課題", "第2章", page_break=True),
        H(2, "人口の推移", "1"),
        P("本町の人口は減少が続いており、令和7年4月1日現在で6,482人、高齢化率は41.3％となっています。"),
        T([
            ["区分", "平成27年", "令和2年", "令和7年", "令和12年（推計）"],
            ["総人口", "7,915人", "7,170人", "6,482人", "5,840人"],
            ["65歳以上人口", "2,853人", "2,871人", "2,677人", "2,590人"],
            ["高齢化率", "36.0％", "40.0％", "41.3％", "44.3％"],
        ], [4.0, 3.0, 3.0, 3.0, 3.4], align_center_cols=(1, 2, 3, 4), caption="表2-1　人口の推移"),
        H(2, "マイナンバーカードの交付状況", "2"),
        P("本町のマイナンバーカードの交付率は、出張申請の実施などにより全国平均を上回って推移していますが、高齢者施設の入所者などで取得が進んでいない層があります。"),
        T([
            ["年度末", "令和3年度", "令和4年度", "令和5年度", "令和6年度"],
            ["交付枚数", "3,120枚", "4,895枚", "5,204枚", "5,361枚"],
            ["交付率（本町）", "44.2％", "70.3％", "76.4％", "80.9％"],
            ["交付率（全国）", "45.3％", "67.0％", "73.0％", "76.3％"],
        ], [4.0, 3.1, 3.1, 3.1, 3.1], align_center_cols=(1, 2, 3, 4), caption="表2-2　マイナンバーカードの交付状況"),
        H(2, "町民意識調査の結果", "3"),
        P("令和7年度に実施した町民意識調査では、「役場に行かずに手続を済ませたい」との回答が58.4％に上った一方、"
          "70歳以上では「スマートフォンを持っていない、または使いこなせない」との回答が46.0％ありました。"),
        H(2, "本町の課題", "4"),
        P("以上から、本町の課題は、①来庁の負担が大きい手続の見直し、②職員数の減少に対応した業務の効率化と安全な情報システムの運用、"
          "③デジタル機器に不慣れな町民への支援、④町が持つデータの活用、の4点に整理できます。"),
        H(1, "計画の基本的な考え方", "第3章", page_break=True),
        H(2, "基本理念", "1"),
        P("森と人がつながる　やさしいデジタルのまち　すぎのさわ", align="center", bold=True),
        H(2, "基本目標", "2"),
        P("基本理念の実現に向けて、第2章で整理した課題に対応する4つの基本目標を定めます。"),
        H(2, "施策体系", "3"),
        P("基本目標ごとの施策は、次の施策体系図のとおりです。"),
        T([
            ["基本理念", "基本目標", "施策"],
            ["森と人がつながる\nやさしいデジタルのまち\nすぎのさわ", "基本目標１\n行かない・書かない・待たない窓口の実現",
             "①　オンライン申請の拡充"],
            [None, None, "②　書かない窓口の導入"],
            [None, None, "③　マイナンバーカードの取得環境の整備と利活用"],
            [None, None, "④　キャッシュレス決済の拡大"],
            [None, "基本目標２\n効率的で強靭な行政運営", "①　基幹業務システムの標準化・共通化"],
            [None, None, "②　RPAの試行導入"],
            [None, None, "③　情報セキュリティ対策の徹底"],
            [None, None, "④　業務の棚卸しとBPRの推進"],
            [None, "基本目標３\n誰一人取り残さないデジタル化", "①　デジタル活用支援員による相談体制の整備"],
            [None, None, "②　高齢者向けスマートフォン教室の開催"],
            [None, None, "③　情報アクセシビリティの向上"],
            [None, "基本目標４\nデータを活かしたまちづくり", "①　オープンデータの公開拡大"],
            [None, None, "②　統計データの庁内活用"],
        ], [3.6, 5.6, 7.2], font=9.5, caption="図3-1　施策体系図"),
        H(1, "施策の展開", "第4章", page_break=True),
        H(2, "本章の見方", "1"),
        P("本章では、基本目標ごとに、その下に位置づける施策（①、②…）の内容と主な取組、成果指標を示します。"
          "主な取組の年度ごとの工程は、別に定める実施計画で管理します。"),
        H(2, "基本目標ごとの施策", "2"),
    ]
    G = lambda t, n: H(3, t, n)
    M = lambda t, n: H(4, t, n)
    Lb = lambda *xs: L(["・" + x for x in xs], indent=0.6, hanging=0.4)
    K = lambda t: P("【成果指標】" + t, indent=0.6, first=0)
    b += [
        G("基本目標１　" + R.pol("行かない・書かない・待たない窓口の実現"), "(1)"),
        P("来庁しなくても済む手続を増やし、来庁が必要な場合でも短時間で手続を終えられる窓口をつくります。"),
        M(R.m("オンライン申請の拡充"), "①"),
        P("長野県の電子申請サービスとマイナポータル（ぴったりサービス）を活用し、子育て・介護関係の手続をはじめ、住民の利用が多い手続からオンライン化を進めます。"),
        Lb("子育て・介護関係手続（26手続）のオンライン受付", "各種証明書の郵送請求のオンライン化", "施設予約・イベント申込のオンライン化"),
        K("オンラインで申請できる手続数　38手続（R6）→150手続（R12）"),
        M(R.m("書かない窓口の導入"), "②"),
        P("住民異動や証明書交付の窓口に申請書作成支援システムを導入し、氏名・住所等を何度も書かずに手続できるようにします。"),
        Lb("申請書作成支援システムの導入（住民福祉課）", "ワンストップ窓口（おくやみコーナー）の設置"),
        M(R.m("マイナンバーカードの取得環境の整備と利活用"), "③"),
        P("カードの取得を希望する町民が確実に取得できるよう申請環境を整えるとともに、カードを使って便利になるサービスを増やします。"),
        Lb("高齢者施設・地区集会所での出張申請受付", "休日交付窓口の開設（毎月第2日曜日）", "証明書コンビニ交付の対象拡大", "図書館利用カードとしての活用"),
        K("マイナンバーカード交付率　80.9％（R6）→92％（R12）"),
        M(R.m("キャッシュレス決済の拡大"), "④"),
        P("窓口での手数料や使用料の支払いにキャッシュレス決済を導入し、町税等の納付ではスマートフォン決済と地方税統一QRコードの利用を広げます。"),
        Lb("窓口手数料のキャッシュレス決済導入", "公共施設使用料のキャッシュレス化"),
        G("基本目標２　" + R.pol("効率的で強靭な行政運営"), "(2)"),
        P("限られた職員で行政サービスを維持するため、情報システムと業務の両面から役場の仕事を見直します。"),
        M(R.m("基幹業務システムの標準化・共通化"), "①"),
        P("住民記録、税、福祉などの基幹業務システムを標準準拠システムへ移行し、ガバメントクラウドを利用します。移行後は運用経費の検証を行います。"),
        Lb("20業務の標準準拠システムへの移行", "ガバメントクラウド接続回線の整備", "移行後の運用経費の検証"),
        M(R.m("RPAの試行導入"), "②"),
        P("税務課の定型的なデータ入力業務を対象にRPAを試行導入し、削減時間と費用を検証します。他課への拡大とAIの活用は、試行の結果を踏まえて判断します。"),
        Lb("税務課の課税資料入力へのRPA試行", "効果検証報告の作成"),
        M(R.m("情報セキュリティ対策の徹底"), "③"),
        P("国のガイドラインの改定に合わせて情報セキュリティポリシーを見直すとともに、全職員を対象とした研修と訓練を毎年度実施します。"),
        Lb("情報セキュリティポリシーの改定", "全職員研修・標的型攻撃メール訓練の実施", "情報セキュリティ監査の実施"),
        M(R.m("業務の棚卸しとBPRの推進"), "④"),
        P("全課の業務を棚卸しし、手続の流れを見直したうえでデジタル化を進めます。見直しは住民異動、税、福祉の窓口業務から順に行います。"),
        Lb("全課業務量調査の実施", "業務フローの可視化と見直し", "押印・添付書類の見直し"),
        G("基本目標３　" + R.pol("誰一人取り残さないデジタル化"), "(3)"),
        P("デジタル機器に不慣れな方も安心してデジタル化の恩恵を受けられるよう、身近な場所での支援を行います。"),
        M(R.m("デジタル活用支援員による相談体制の整備"), "①"),
        P("地域おこし協力隊や町民ボランティアをデジタル活用支援員として養成し、役場と地区公民館に相談窓口を設けます。"),
        Lb("デジタル活用支援員の養成（毎年5人）", "役場・公民館での定期相談会"),
        M(R.m("高齢者向けスマートフォン教室の開催"), "②"),
        P("携帯電話事業者と連携し、スマートフォンの基本操作からマイナポータルの利用までを学べる教室を、町内全10地区で開催します。"),
        K("スマートフォン教室参加者数　延べ600人（R8～R12）"),
        M(R.m("情報アクセシビリティの向上"), "③"),
        P("町ホームページと町公式LINEを、高齢者や障がいのある方にも使いやすいよう、ウェブアクセシビリティの基準に沿って改善します。"),
        G("基本目標４　" + R.pol("データを活かしたまちづくり"), "(4)"),
        P("町が保有するデータを町民や事業者が活用できるよう公開するとともに、庁内での政策立案に生かします。"),
        M(R.m("オープンデータの公開拡大"), "①"),
        P("長野県のオープンデータカタログを活用し、推奨データセットを中心に公開データを増やし、定期的に更新します。"),
        K("公開データセット数　4件（R6）→30件（R12）"),
        M(R.m("統計データの庁内活用"), "②"),
        P("人口や施設利用などの統計データを庁内で共有し、計画策定や予算編成の根拠として活用します。"),
        H(1, "計画の推進", "第5章", page_break=True),
        H(2, "推進体制", "1"),
        P("副町長を最高情報責任者（CIO）とし、課長級職員で構成する「杉ノ沢町DX推進本部」で全庁的に推進します。"
          "専門的な知見は、長野県の市町村DX支援事業を通じて外部人材の助言を受けます。"),
        H(2, "進行管理", "2"),
        P("施策ごとの進捗と成果指標を毎年度取りまとめ、推進本部で評価・検証したうえで町ホームページで公表します。"),
    ]
    return dict(
        town=town, pref="長野県", code="204871", title=title, heading_mode="styles",
        header_text="杉ノ沢町DX推進計画", period=(2026, 2030), policies=R.policies, blocks=b,
        items=items(missing=["dx/telework", "dx/community"], partial=["dx/ai-rpa"]),
        fmt="docx + pdf (LibreOffice)",
        shapes="Heading 1–4 styles with typed numbers; policies are Heading 3 '(1) 基本目標１ …', measures are Heading 4 '① …' (one level deeper than usual); ・ activity bullets and 【成果指標】 lines under measures; 施策体系図 table (理念 and 目標 merged vertically) before the detail chapter; 人口 and マイナンバーカード交付率 tables; period table with 総合計画 and previous plan; cover with code; 目次 with leader dots; running header",
        hard="the measure is the 4th heading level (①), the policy the 3rd ((1)); the 2nd level '2 基本目標ごとの施策' is a plain section; measure numbers ①② restart per 基本目標; 施策体系図 repeats every measure with ① prefixes; statistics tables (人口, 交付率) and the period table (総合計画 R6–R10, 前計画 H30–R7) are distractors; 国の動向 lists every national item",
        notes=[
            "Period: 令和8年度～令和12年度. Distractors: 前計画 平成30年度～令和7年度, 第5次総合計画 後期基本計画 令和6年度～令和10年度 (both in text and in 図1-1).",
            "Policies: the four 基本目標 (Heading 3, typed '(1) 基本目標１　…'); the policy title excludes '基本目標１'. Measures: the Heading 4 entries ①… (numbers restart in each 基本目標), 13 in all. ・ lines are activities; 【成果指標】 lines are KPIs.",
            "図3-1 施策体系図 lists every measure once before 第4章 (count each once). 表2-1/表2-2 are statistics, not measures.",
            "dx/ai-rpa partial: 基本目標２② RPAの試行導入 is a pilot in 税務課 only; AI 'は試行の結果を踏まえて判断'.",
            "dx/telework and dx/community missing: only in 国の動向 (1章1). 光回線 support is history of the previous plan.",
            "kanmin/bpr covered by 基本目標２④ 業務の棚卸しとBPRの推進 (全課). kanmin/divide and dx/divide covered by 基本目標３①②.",
        ],
    )


# ===========================================================================
# doc72  潮見台町（静岡県）— bold-only headings; measures as rows of one
#        table per policy 施策名｜内容｜KPI｜目標値｜担当課 with one row that
#        spans two pages; 前計画の振り返り table with old measures; 資料編
#        with KPI一覧 and 用語集
# ===========================================================================
@register
def doc72():
    R = Reg()
    town = "潮見台町"
    title = "潮見台町デジタル化推進計画"
    b = []
    b.append(COVER([
        ("潮見台町デジタル化推進計画", 24, True, 150),
        ("（潮見台町官民データ活用推進計画）", 12, False, 10),
        ("令和8年度～令和11年度", 13, False, 30),
        ("令和8年3月", 14, False, 180),
        ("静岡県　潮見台町", 18, True, 10),
        ("団体コード 223441", 9, False, 4),
    ]))
    b.append(TOC([
        (0, "1　計画の概要", 1), (0, "2　前計画の振り返り", 2), (0, "3　計画の基本方針", 3),
        (0, "4　施策の内容", 4), (1, "基本方針1　暮らしの手続の利便性向上", 4), (1, "基本方針2　行政運営の効率化", 5),
        (1, "基本方針3　地域のデジタル化", 7), (0, "5　推進体制", 8), (0, "資料編", 9),
    ]))
    b += [
        H(1, "計画の概要", "1"),
        H(2, "計画策定の目的", "(1)"),
        P("本町では、令和3年3月に「潮見台町ICT推進計画」（令和3年度～令和7年度）を策定し、庁内ネットワークの再構築や電子申請システムの導入を進めてきました。"
          "前計画の終了にあわせ、国の動向と本町の課題を踏まえた新たな計画として、「潮見台町デジタル化推進計画」を策定します。"),
        H(2, "国の動向", "(2)"),
    ] + kuni_paras() + [
        P("さらに国は、情報セキュリティ対策について「地方公共団体における情報セキュリティポリシーに関するガイドライン」を改定し、"
          "クラウドサービスの利用拡大に対応した対策の見直しを自治体に求めています。オープンデータについても、推奨データセットの公開が促されています。"),
        H(2, "計画の位置づけ", "(3)"),
        P("本計画は、官民データ活用推進基本法第9条第3項に規定する市町村官民データ活用推進計画とし、"
          "「第5次潮見台町総合計画」（令和4年度～令和11年度）の後期基本計画と期間をそろえます。"),
        H(2, "計画期間", "(4)"),
        P("令和8年度から令和11年度までの4年間とします。"),
        H(1, "前計画の振り返り", "2", page_break=True),
        P("前計画の主な取組の実施状況は次のとおりです。テレワーク端末の試行は利用が少なく、令和5年度で終了しました。"),
        T([
            ["前計画の取組", "実施状況", "評価"],
            ["庁内ネットワークの再構築", "令和4年度に完了", "A"],
            ["電子申請システムの導入", "令和4年度導入、45手続で受付", "B"],
            ["タブレット会議システムの導入", "議会・庁議で運用中", "A"],
            ["テレワーク端末の試行", "5台で試行、利用低調のため終了", "C"],
            ["オープンデータの公開", "公共施設一覧など3件のみ", "C"],
            ["防災行政無線のデジタル化", "令和5年度に完了", "A"],
        ], [5.6, 8.0, 2.8], align_center_cols=(2,), caption="表2-1　前計画（令和3年度～令和7年度）の取組状況"),
        P("（評価　A：達成　B：一部達成　C：未達成）", size=9, first=0),
        H(1, "計画の基本方針", "3", page_break=True),
        P("本計画では、「海と暮らしをデジタルでつなぐ　潮見台」を基本理念とし、次の3つの基本方針のもとで施策を進めます。"),
        P("基本方針1　暮らしの手続の利便性向上", first=0, indent=0.5),
        P("基本方針2　行政運営の効率化", first=0, indent=0.5),
        P("基本方針3　地域のデジタル化", first=0, indent=0.5),
        H(1, "施策の内容", "4", page_break=True),
        P("基本方針ごとの施策、内容、成果指標（KPI）、目標値（令和11年度）及び担当課は次のとおりです。"),
    ]
    W = [3.4, 6.6, 2.6, 1.9, 1.9]
    HD = ["施策名", "内容", "KPI", "目標値\n（R11）", "担当課"]

    def row(name, lines, kpi, target, dept):
        return [dict(text=R.m(name), bold=True), dict(lines=lines), kpi, target, dept]

    b += [
        H(2, "基本方針1　" + R.pol("暮らしの手続の利便性向上")),
        T([HD,
           row("電子申請サービスの拡充",
               ["しずおか電子申請サービスとマイナポータルを活用し、子育て・介護関係手続、各種証明書の請求、施設予約をオンライン化する。",
                "・申請から交付までの手続全体をオンラインで完結させる。"],
               "オンライン化手続数", "160手続", "総務課"),
           row("マイナンバーカードの普及促進",
               ["出張申請や休日窓口によりカードの取得を支援するとともに、コンビニ交付や図書館利用などカードの利用場面を広げる。"],
               "カード保有率", "90％", "住民課"),
           row("窓口キャッシュレス決済の導入",
               ["住民課・税務課の窓口にキャッシュレス決済端末を設置し、手数料等の支払いに利用できるようにする。"],
               "対応窓口数", "6窓口", "会計課"),
           row("デジタル活用支援の推進",
               ["公民館でのスマートフォン相談会を定期的に開催し、高齢者等がオンライン申請やマイナポータルを利用できるよう支援する。",
                "・携帯電話事業者の講師派遣制度を活用する。"],
               "相談会参加者数", "年200人", "生涯学習課"),
           ], W, font=9),
        H(2, "基本方針2　" + R.pol("行政運営の効率化")),
        T([HD,
           row("基幹業務システムの標準化・ガバメントクラウド移行",
               ["住民記録・税・福祉など20業務のシステムを標準準拠システムへ移行し、ガバメントクラウドで運用する。",
                "・移行後の運用経費を検証し、共同利用の可能性を近隣町と協議する。"],
               "移行業務数", "20業務", "総務課"),
           row("AI議事録・RPAの活用拡大",
               ["会議録作成へのAI議事録作成支援ツールの全庁展開と、給与・会計・税の定型業務へのRPAの適用を進める。",
                "・AI-OCRによる申請書の読み取りを税務課で導入する。"],
               "削減業務時間", "年2,500時間", "総務課"),
           row("テレワーク導入の検討",
               ["前計画での試行結果を踏まえ、育児・介護を担う職員を対象に、テレワークの導入の可否と必要な規程・端末を検討する。"],
               "検討結果の取りまとめ", "R9", "総務課"),
           row("業務プロセスの見直し（BPR）",
               ["全庁の業務量調査を行い、手続ごとの業務フローを可視化したうえで、デジタル化を前提とした業務の流れに見直す。",
                "・令和8年度：全課の業務量調査と、窓口業務の業務フロー作成",
                "・令和9年度：住民課・税務課・福祉課の窓口業務の見直しと、書かない窓口の試行",
                "・令和10年度：内部管理業務（庶務・財務・文書）の見直しと電子決裁の拡大",
                "・令和11年度：見直し効果の検証と、次期計画に向けた課題整理",
                "・見直しにあたっては、外部のBPR専門人材（デジタル人材派遣制度）を活用し、職員向けの業務改善研修を毎年度実施する。",
                "・押印の廃止と添付書類の省略を、例規の見直しとあわせて進める。",
                "・業務フローの見直し結果は庁内ポータルで共有し、他課の改善にも生かす。",
                "・見直しにより生じた時間は、相談業務など職員でなければできない業務に充てる。",
                "・見直しの進捗は、デジタル化推進本部に四半期ごとに報告し、必要に応じて対象業務を追加する。"],
               "見直し業務数", "40業務", "企画課"),
           ], W, font=9),
        H(2, "基本方針3　" + R.pol("地域のデジタル化")),
        T([HD,
           row("スマート水産業の支援",
               ["漁業協同組合と連携し、海水温・潮流データの自動観測ブイの設置と、漁獲データのデジタル化を支援する。"],
               "観測ブイ設置数", "3基", "産業振興課"),
           row("観光デジタルマーケティングの推進",
               ["観光客の人流データや宿泊データを分析し、SNSやウェブサイトでの情報発信に生かす。"],
               "観光サイト閲覧数", "年30万件", "商工観光課"),
           row("防災情報配信の多重化",
               ["防災行政無線に加え、町公式LINE、防災アプリ、緊急速報メールによる情報配信を行い、確実に届く体制をつくる。"],
               "防災アプリ登録者数", "4,000人", "危機管理課"),
           row("公共施設Wi-Fiの拡充",
               ["避難所となる公共施設と観光拠点に公衆無線LANを整備する。"],
               "整備箇所数", "18か所", "総務課"),
           ], W, font=9),
        H(1, "推進体制", "5", page_break=True),
        P("町長を本部長とする「潮見台町デジタル化推進本部」を設置し、副町長を最高情報責任者（CIO）として全庁的に推進します。"
          "進捗は毎年度KPIにより評価し、町ホームページで公表します。"),
        H(1, "資料編", page_break=True),
        H(2, "KPI一覧", "資料1"),
        T([
            ["施策名", "KPI", "現状値（R6）", "目標値（R11）"],
            ["電子申請サービスの拡充", "オンライン化手続数", "45手続", "160手続"],
            ["マイナンバーカードの普及促進", "カード保有率", "79.5％", "90％"],
            ["窓口キャッシュレス決済の導入", "対応窓口数", "0窓口", "6窓口"],
            ["デジタル活用支援の推進", "相談会参加者数", "年60人", "年200人"],
            ["基幹業務システムの標準化・ガバメントクラウド移行", "移行業務数", "0業務", "20業務"],
            ["AI議事録・RPAの活用拡大", "削減業務時間", "年400時間", "年2,500時間"],
            ["業務プロセスの見直し（BPR）", "見直し業務数", "―", "40業務"],
            ["スマート水産業の支援", "観測ブイ設置数", "0基", "3基"],
            ["観光デジタルマーケティングの推進", "観光サイト閲覧数", "年18万件", "年30万件"],
            ["防災情報配信の多重化", "防災アプリ登録者数", "1,250人", "4,000人"],
            ["公共施設Wi-Fiの拡充", "整備箇所数", "7か所", "18か所"],
        ], [6.0, 4.0, 3.0, 3.4], font=9, align_center_cols=(2, 3)),
        H(2, "用語集", "資料2"),
        T([
            ["用語", "説明"],
            ["オープンデータ", "国や自治体、事業者が保有するデータのうち、誰もがインターネット等を通じて容易に利用できるよう、機械判読に適した形式で公開されたデータ。"],
            ["情報セキュリティポリシー", "組織が保有する情報資産を守るための方針と対策基準を定めたもの。"],
            ["テレワーク", "情報通信技術を活用した、場所や時間にとらわれない柔軟な働き方。"],
            ["BPR", "Business Process Re-engineeringの略。業務の流れを根本から見直し、再設計すること。"],
            ["ガバメントクラウド", "国が整備する、政府共通のクラウドサービスの利用環境。"],
        ], [3.6, 12.8], font=9),
    ]
    return dict(
        town=town, pref="静岡県", code="223441", title=title, heading_mode="bold", bold_h1_border=True,
        header_text="潮見台町デジタル化推進計画", period=(2026, 2029), policies=R.policies, blocks=b,
        split_row=("全庁の業務量調査を行い", "四半期ごとに報告し"),
        items=items(missing=["kanmin/opendata", "dx/security"], partial=["dx/telework"]),
        fmt="docx + pdf (LibreOffice)",
        shapes="bold-only headings (no styles), typed numbers (1, (1)); measures only as rows of three tables 施策名｜内容｜KPI｜目標値｜担当課 (one per 基本方針, policy in a bold heading above each table); the BPR row is long and splits across a page break in the PDF; ・ activity lines inside the 内容 cells; 前計画の振り返り table (old measures with A/B/C); 資料編 KPI一覧 repeats 11 of 12 measure names; 用語集; cover with code; running header",
        hard="a table row that continues on the next page (the measure's 内容 is cut in two, the header row repeats); the previous plan's table lists テレワーク端末の試行 and オープンデータの公開 (both rated C) — not measures of this plan; the policy list in section 3 repeats the policy titles with no measures; KPI一覧 and 用語集 repeat names; 'テレワーク導入の検討' is a measure title that is only a study",
        notes=[
            "Period: 令和8年度～令和11年度 (4 years). Distractors: 前計画 令和3年度～令和7年度, 第5次総合計画 令和4年度～令和11年度 (same end).",
            "Policies: 基本方針1～3 (bold paragraphs above each table; also listed in section 3 without measures). Measures: the 施策名 cells of the three tables in section 4 — 12 in all. ・ lines inside 内容 cells are activities/steps.",
            "The row 業務プロセスの見直し（BPR） is long enough that LibreOffice splits it across two pages (make.py checks this); the repeated header row on the next page is not a measure.",
            "表2-1 前計画の取組状況 lists old measures (庁内ネットワークの再構築 … 防災行政無線のデジタル化) — not measures of this plan. 資料1 KPI一覧 repeats 11 measure names; 資料2 用語集 is a glossary.",
            "dx/telework partial: 'テレワーク導入の検討' — a study of whether to introduce it, limited to 育児・介護を担う職員. Covered would be wrong; missing is arguable.",
            "kanmin/opendata missing: only in 国の動向, in 表2-1 (前計画, C) and in 用語集. 観光人流データの分析 is internal analysis, not publication.",
            "dx/security missing: only in 国の動向 and 用語集; no measure concerns information security.",
            "dx/community covered by 基本方針3 (スマート水産業, 公共施設Wi-Fi, 防災情報配信).",
        ],
    )


# ===========================================================================
# doc73  岩清水町（岐阜県）— automatic numbering for chapters/sections,
#        施策の柱 and measures (施策１-１ style multilevel), auto bullets for
#        【主な取組】; 施策体系図 before the detail chapter; HTML by Chromium
# ===========================================================================
@register
def doc73():
    R = Reg()
    town = "岩清水町"
    title = "岩清水町DX推進計画"
    numbering = {
        "head": [lvl_xml(0, "decimalFullWidth", "第%1章", 0, 0, bold=True),
                 lvl_xml(1, "decimalFullWidth", "%2．", 0, 0, bold=True)],
        "pm": [lvl_xml(0, "decimalFullWidth", "施策の柱%1", 0, 0, bold=True),
               lvl_xml(1, "decimalFullWidth", "施策%1-%2", 0.3, 0, bold=True)],
        "bul": [lvl_xml(0, "bullet", "・", 1.0, 0.45)],
    }
    b = []
    b.append(COVER([
        ("岩清水町DX推進計画", 26, True, 160),
        ("令和8年度～令和10年度", 13, False, 20),
        ("令和8年3月", 14, False, 200),
        ("岐阜県岩清水町", 18, True, 10),
        ("（団体コード：215236）", 10, False, 6),
    ]))
    b.append(TOC([
        (0, "第１章　計画策定にあたって", 1), (0, "第２章　現状と課題", 2), (0, "第３章　計画の基本的な考え方", 4),
        (0, "第４章　施策の展開", 5), (0, "第５章　計画の推進", 9),
    ]))
    hh = lambda lvl, text, num, il: H(lvl, text, num, auto=("head", il), page_break=(lvl == 1 and num != "第１章"))
    BU = lambda t: P(t, auto=("bul", 0), num="・")
    b += [
        hh(1, "計画策定にあたって", "第１章", 0),
        hh(2, "策定の背景と趣旨", "１．", 1),
        P("本町は、令和4年3月に「岩清水町デジタル化推進方針」（令和4年度～令和7年度）を定め、電子申請の導入や庁内の無線LAN化に取り組んできました。"),
    ] + kuni_paras() + [
        P("国は、デジタルデバイド対策として、携帯電話ショップ等で高齢者等にスマートフォンの操作を教える「デジタル活用支援推進事業」を実施しており、"
          "自治体にも、地域の実情に応じたきめ細かな支援が求められています。また、地域社会のデジタル化として、5Gの整備やデジタル技術を活用した地域課題の解決が推進されています。"),
        P("本計画は、これまでの方針を発展させ、3年間で集中的に取り組む施策を定めるものです。"),
        hh(2, "計画の位置づけ", "２．", 1),
        P("本計画は、官民データ活用推進基本法第9条第3項の市町村官民データ活用推進計画であり、"
          "「岩清水町総合計画」（令和3年度～令和12年度）に掲げる「行財政運営」分野の個別計画です。"),
        hh(2, "計画期間", "３．", 1),
        P("令和8年度から令和10年度までの3年間とします。"),
        hh(1, "現状と課題", "第２章", 0),
        hh(2, "町民アンケート結果", "１．", 1),
        P("令和7年8月に実施した町民アンケート（回答1,204人）の主な結果は次のとおりです。"),
        T([
            ["質問", "20～39歳", "40～64歳", "65歳以上", "全体"],
            ["スマートフォンを利用している", "98.2％", "93.5％", "61.7％", "81.0％"],
            ["オンラインで手続をしたことがある", "64.1％", "47.9％", "12.3％", "36.8％"],
            ["マイナンバーカードを持っている", "81.5％", "84.0％", "79.2％", "81.6％"],
            ["町のオープンデータを知っている", "6.3％", "4.1％", "1.2％", "3.5％"],
        ], [6.2, 2.5, 2.5, 2.6, 2.6], font=9, align_center_cols=(1, 2, 3, 4), caption="表2-1　町民アンケート結果（抜粋）"),
        hh(2, "庁内の状況", "２．", 1),
        P("職員数は10年前に比べて約1割減少した一方、国の制度改正への対応などで業務量は増えています。"
          "時間外勤務は税務課・福祉課で特に多く、定型的な事務作業の自動化が課題です。"),
        hh(2, "本町の課題", "３．", 1),
        P("①オンライン手続の利用の伸び悩み、②職員の負担増と業務の効率化、③町が保有するデータの活用不足、の3点を課題とします。"
          "なお、高齢者のスマートフォン利用は、社会福祉協議会が実施する事業の状況を見ながら、今後の対応を考えていく必要があります。"),
        hh(1, "計画の基本的な考え方", "第３章", 0),
        hh(2, "基本理念", "１．", 1),
        P("清らかな水とデジタルで、暮らしに安心と余裕を", align="center", bold=True),
        hh(2, "施策体系", "２．", 1),
        T([
            ["基本理念", "施策の柱", "施策"],
            ["清らかな水とデジタルで、\n暮らしに安心と余裕を", "１　便利な行政サービス", "1-1　行政手続のオンライン化"],
            [None, None, "1-2　マイナンバーカードの普及と利活用"],
            [None, None, "1-3　窓口DXの推進"],
            [None, "２　スマートな役場", "2-1　基幹業務システムの標準化"],
            [None, None, "2-2　AI・RPAの活用"],
            [None, None, "2-3　テレワーク・モバイルワークの推進"],
            [None, None, "2-4　情報セキュリティの強化"],
            [None, None, "2-5　業務改革（BPR）の推進"],
            [None, "３　データ活用", "3-1　庁内データの利活用推進"],
            [None, None, "3-2　オープンデータ公開に向けた検討"],
        ], [4.2, 4.2, 8.0], font=9.5, caption="図3-1　施策体系"),
        hh(1, "施策の展開", "第４章", 0),
        P("施策の柱ごとに、施策の目的と【主な取組】を示します。"),
    ]
    PL = lambda t, n: H(2, t, n, auto=("pm", 0))
    M = lambda t, n: H(3, t, n, auto=("pm", 1))
    MT = lambda: P("【主な取組】", bold=True, first=0, indent=0.3)
    b += [
        PL(R.pol("便利な行政サービス"), "施策の柱１"),
        M(R.m("行政手続のオンライン化"), "施策1-1"),
        P("マイナポータルと岐阜県電子申請システムを活用し、住民に身近な手続からオンライン化を進め、役場に来なくても手続ができる環境を整えます。"),
        MT(), BU("子育て・介護関係手続のオンライン申請"), BU("罹災証明書の交付申請のオンライン化"), BU("オンライン決済（電子納付）への対応"),
        M(R.m("マイナンバーカードの普及と利活用"), "施策1-2"),
        P("カードの未取得者への申請支援を続けるとともに、カードを使った証明書のコンビニ交付や、健康保険証としての利用を周知します。"),
        MT(), BU("出張申請受付の実施"), BU("コンビニ交付の周知と手数料の見直し"),
        M(R.m("窓口DXの推進"), "施策1-3"),
        P("窓口で住民が申請書を書かずに済むよう、マイナンバーカード等を読み取って申請書を作成する仕組みを導入します。"),
        MT(), BU("書かない窓口の導入"), BU("窓口の混雑状況のウェブ配信"),
        PL(R.pol("スマートな役場"), "施策の柱２"),
        M(R.m("基幹業務システムの標準化"), "施策2-1"),
        P("基幹業務システムを標準準拠システムへ移行し、ガバメントクラウドで運用します。移行が遅れる業務は、国の特定移行支援システムの枠組みを活用して計画的に移行します。"),
        MT(), BU("標準準拠システムへの移行"), BU("移行後の運用保守体制の見直し"),
        M(R.m("AI・RPAの活用"), "施策2-2"),
        P("定型的な入力作業にRPAを、紙の申請書の読み取りにAI-OCRを導入し、文書作成には生成AIを活用します。"),
        MT(), BU("税務課・福祉課へのRPAの導入"), BU("AI-OCRの導入"), BU("生成AI利用ガイドラインの策定と全庁利用"),
        M(R.m("テレワーク・モバイルワークの推進"), "施策2-3"),
        P("職員が自宅や出張先でも業務ができるよう、テレワーク用端末とリモートアクセス環境を整備し、在宅勤務制度を導入します。"),
        MT(), BU("リモートアクセス環境の整備"), BU("在宅勤務制度の導入"),
        M(R.m("情報セキュリティの強化"), "施策2-4"),
        P("情報セキュリティポリシーを改定し、職員研修、外部監査、インシデント対応訓練を実施します。"),
        MT(), BU("情報セキュリティポリシーの改定"), BU("外部監査の実施"),
        M(R.m("業務改革（BPR）の推進"), "施策2-5"),
        P("業務量調査の結果に基づき、業務手順を見直し、デジタル化と組み合わせて業務の効率化を図ります。"),
        MT(), BU("全庁業務量調査"), BU("業務手順の見直し"),
        PL(R.pol("データ活用"), "施策の柱３"),
        M(R.m("庁内データの利活用推進"), "施策3-1"),
        P("各課が保有するデータを庁内で共有する仕組みを整え、統計データを政策立案に活用します。"),
        MT(), BU("庁内データ共有基盤の整備"),
        M(R.m("オープンデータ公開に向けた検討"), "施策3-2"),
        P("町が保有するデータのうち、公開可能なデータの洗い出しを行い、公開の方法や費用について検討します。公開の開始時期は、検討結果を踏まえて決定します。"),
        MT(), BU("公開可能なデータの洗い出し"), BU("公開方法の検討"),
        hh(1, "計画の推進", "第５章", 0),
        hh(2, "推進体制", "１．", 1),
        P("副町長をCIOとする「岩清水町DX推進会議」を設置し、各課にDX推進員を置きます。"),
        hh(2, "進行管理", "２．", 1),
        P("施策の進捗は毎年度DX推進会議で確認し、必要に応じて取組を見直します。"),
    ]
    return dict(
        town=town, pref="岐阜県", code="215236", title=title, heading_mode="autonum", numbering=numbering,
        header_text="岩清水町DX推進計画", html=True, period=(2026, 2028), policies=R.policies, blocks=b,
        items=items(missing=["kanmin/divide", "dx/divide", "dx/community"], partial=["kanmin/opendata"]),
        fmt="docx + pdf (LibreOffice) + html + pdf (Chromium)",
        shapes="Word automatic numbering (numbering.xml) for chapters (第１章/１．), for 施策の柱 (level 0 '施策の柱%1') and measures (level 1 '施策%1-%2') in one multilevel list, and for ・ bullets — none of these numbers or bullets is in document.xml; bold paragraphs, no heading styles; 【主な取組】 label lines followed by bulleted activities; 施策体系図 table before the detail chapter (typed 1-1 …); アンケート statistics table; Chromium PDF with running header and page numbers",
        hard="numbers '施策の柱１' and '施策1-1' only in numbering.xml (HTML/Chromium shows them typed); 【主な取組】 bullets are activities, not measures; the 施策体系図 repeats all ten measures; a measure titled 'オープンデータ公開に向けた検討' is a study only; 国の動向 describes デジタルデバイド対策 and 地域社会のデジタル化 at length though no measure commits to them; 3-year period",
        notes=[
            "Period: 令和8年度～令和10年度 (3 years). Distractors: 前方針 令和4年度～令和7年度, 総合計画 令和3年度～令和12年度.",
            "Policies: the three 施策の柱 (auto-numbered level 0). Measures: the auto-numbered 施策1-1 … 3-2 headings, 10 in all; the ・ lines under 【主な取組】 are activities.",
            "図3-1 施策体系 repeats the ten measures with typed numbers (1-1 …) — count each once. 表2-1 アンケート is statistics.",
            "kanmin/opendata partial: 施策3-2 is only 洗い出し and 検討; 公開の開始時期 is undecided.",
            "kanmin/divide, dx/divide missing: only in 国の動向 and in 第2章 3 ('今後の対応を考えていく必要'). No measure supports residents.",
            "dx/community missing: 5G / 地域課題 only in 国の動向.",
            "dx/telework covered by 施策2-3 (在宅勤務制度の導入). dx/ai-rpa covered by 施策2-2.",
        ],
    )


# ===========================================================================
# doc74  千鳥浜町（三重県）— Heading styles, typed numbers 1-1; chapter 2
#        (national trends at length, statistics) in a two-column section;
#        ア/イ activity lines; 施策体系図 before the detail chapter
# ===========================================================================
@register
def doc74():
    R = Reg()
    town = "千鳥浜町"
    title = "千鳥浜町地域情報化計画"
    b = []
    b.append(COVER([
        ("千鳥浜町地域情報化計画", 26, True, 150),
        ("（千鳥浜町官民データ活用推進計画）", 12, False, 8),
        ("2026年度 ～ 2030年度", 13, False, 30),
        ("2026年（令和8年）3月", 13, False, 180),
        ("三重県千鳥浜町", 18, True, 10),
    ]))
    b.append(TOC([
        (0, "第1章　計画の策定について", 1), (0, "第2章　情報化をめぐる動向と本町の現状", 2),
        (0, "第3章　計画の目標と施策体系", 4), (0, "第4章　施策の展開", 5), (0, "第5章　推進体制", 9),
    ]))
    b += [
        H(1, "計画の策定について", "第1章"),
        H(2, "策定の趣旨", "1"),
        P("千鳥浜町は、伊勢湾に面した漁業と観光の町です。人口減少と高齢化が進むなかで、町民の暮らしの利便性を保ち、地域の産業を元気にするため、"
          "デジタル技術を積極的に取り入れていくことが求められています。本計画は、本町の情報化の方向性と、今後5年間に取り組む施策を定めるものです。"),
        H(2, "計画の位置づけ", "2"),
        P("本計画は、官民データ活用推進基本法に基づく市町村官民データ活用推進計画であり、「第6次千鳥浜町総合計画」（2022年度～2031年度）の個別計画です。"),
        H(2, "計画期間", "3"),
        P("2026年度（令和8年度）から2030年度（令和12年度）までの5年間とします。"),
        SECT(cols=2, start="new"),
        H(1, "情報化をめぐる動向と本町の現状", "第2章"),
        H(2, "国の動向", "1"),
    ] + kuni_paras() + [
        P("AI・RPAについては、総務省が「自治体におけるAI・RPA活用促進事業」により導入を支援しており、会議録作成、問合せ対応、定型的な入力作業などでの活用事例が増えています。"
          "生成AIについても、利用ガイドラインを定めたうえで活用する自治体が増えています。"),
        P("テレワークについては、災害時の業務継続や多様な働き方の実現の観点から、自治体職員のテレワーク環境の整備が求められています。"
          "また、情報システムの標準化にあわせて、業務の流れを根本から見直すBPRの取組が重要とされています。"),
        H(2, "三重県の動向", "2"),
        P("三重県は「みえDX推進計画」を策定し、県と市町が共同で利用する電子申請システムの提供や、市町職員向けのDX研修を行っています。"),
        H(2, "本町の現状", "3"),
        P("本町のマイナンバーカードの交付率は、2024年度末で82.6％と県内でも高い水準にあります。一方、カードを使って利用できる町独自のサービスはありません。"),
        T([
            ["年度末", "交付率"],
            ["2021年度", "46.8％"],
            ["2022年度", "71.2％"],
            ["2023年度", "79.0％"],
            ["2024年度", "82.6％"],
        ], [3.6, 3.6], font=9, align_center_cols=(1,), caption="表2-1　マイナンバーカード交付率"),
        P("町内の光ファイバ網は民間事業者により全域で整備済みですが、沿岸部の漁港周辺では携帯電話の通信品質が十分でない箇所があります。"),
        T([
            ["区分", "2015年", "2025年"],
            ["人口", "9,812人", "8,305人"],
            ["世帯数", "3,941世帯", "3,806世帯"],
            ["高齢化率", "33.9％", "40.2％"],
        ], [2.4, 2.4, 2.4], font=9, align_center_cols=(1, 2), caption="表2-2　人口・世帯"),
        SECT(cols=1, start="new"),
        H(1, "計画の目標と施策体系", "第3章"),
        H(2, "基本目標", "1"),
        P("「海とともに暮らす町を、デジタルでもっと便利に、もっと安全に」を目標に掲げ、3つの基本方針に沿って施策を推進します。"),
        H(2, "施策体系", "2"),
        T([
            ["目標", "基本方針", "施策"],
            ["海とともに暮らす町を、\nデジタルでもっと便利に、\nもっと安全に", "１　町民の利便性向上", "1-1　電子申請の拡充"],
            [None, None, "1-2　マイナンバーカード活用サービスの研究"],
            [None, None, "1-3　スマートフォン相談窓口の設置"],
            [None, None, "1-4　町公式LINEの機能拡充"],
            [None, "２　安全で効率的な行政", "2-1　基幹業務システムの標準化・共通化"],
            [None, None, "2-2　情報セキュリティ対策の強化"],
            [None, None, "2-3　ペーパーレス会議の推進"],
            [None, None, "2-4　職員のデジタルスキル向上"],
            [None, "３　地域の活力", "3-1　オープンデータの推進"],
            [None, None, "3-2　ローカル5Gを活用したスマート漁業の実証"],
            [None, None, "3-3　観光Wi-Fiの整備"],
        ], [4.4, 4.2, 7.8], font=9.5, caption="図3-1　施策体系図"),
        H(1, "施策の展開", "第4章", page_break=True),
    ]
    PL = lambda t, n: H(2, t, n)
    M = lambda t, n: H(3, t, n)
    A = lambda *xs: L(xs, indent=0.7, hanging=0.5)
    b += [
        PL("基本方針１　" + R.pol("町民の利便性向上"), "1"),
        M(R.m("電子申請の拡充"), "1-1"),
        P("三重県と県内市町の共同電子申請システムとマイナポータルを活用し、手続のオンライン化を進めます。"),
        A("ア　子育て・介護関係手続のオンライン化", "イ　各種証明書の郵送請求のオンライン化", "ウ　手数料のオンライン決済の導入"),
        M(R.m("マイナンバーカード活用サービスの研究"), "1-2"),
        P("本町のカード交付率は既に高い水準にあることから、今後はカードを活用した町独自のサービスについて、他自治体の事例の調査・研究を行います。"
          "導入の可否は、費用対効果を見極めたうえで判断します。"),
        A("ア　他自治体の活用事例の調査", "イ　町民ニーズの把握"),
        M(R.m("スマートフォン相談窓口の設置"), "1-3"),
        P("役場1階に、スマートフォンの使い方やオンライン申請の方法を気軽に相談できる窓口を常設し、出前講座も行います。"),
        A("ア　相談窓口の常設（週3日）", "イ　地区集会所での出前講座"),
        M(R.m("町公式LINEの機能拡充"), "1-4"),
        P("町公式LINEに、ごみ出し案内、施設予約、簡易な申請の機能を追加し、必要な情報やサービスに手軽にアクセスできるようにします。"),
        PL("基本方針２　" + R.pol("安全で効率的な行政"), "2"),
        M(R.m("基幹業務システムの標準化・共通化"), "2-1"),
        P("住民記録・税・福祉などの基幹業務システムを、国が定める標準仕様に準拠したシステムへ移行し、ガバメントクラウドを活用します。"),
        A("ア　標準準拠システムへの移行", "イ　ガバメントクラウドの運用管理"),
        M(R.m("情報セキュリティ対策の強化"), "2-2"),
        P("情報セキュリティポリシーを国のガイドラインに合わせて改定し、全職員研修、外部監査及びインシデント対応訓練を毎年度行います。"),
        A("ア　情報セキュリティポリシーの改定", "イ　全職員研修と訓練", "ウ　外部監査の実施"),
        M(R.m("ペーパーレス会議の推進"), "2-3"),
        P("庁議や各種委員会にタブレット端末を導入し、会議資料の印刷を減らします。"),
        M(R.m("職員のデジタルスキル向上"), "2-4"),
        P("三重県のDX研修を活用し、各課にデジタル推進リーダーを育成します。"),
        PL("基本方針３　" + R.pol("地域の活力"), "3"),
        M(R.m("オープンデータの推進"), "3-1"),
        P("推奨データセットを中心に、町が保有するデータを機械判読可能な形式で公開し、三重県のオープンデータカタログに掲載します。"),
        A("ア　推奨データセットの公開（20件）", "イ　データの定期更新"),
        M(R.m("ローカル5Gを活用したスマート漁業の実証"), "3-2"),
        P("漁業協同組合、通信事業者と連携し、漁港周辺にローカル5Gを整備して、養殖いかだの遠隔監視の実証を行います。"),
        A("ア　ローカル5G基地局の整備", "イ　養殖いかだの遠隔監視の実証"),
        M(R.m("観光Wi-Fiの整備"), "3-3"),
        P("海水浴場、道の駅、観光案内所に公衆無線LANを整備し、観光客の利便性を高めます。"),
        H(1, "推進体制", "第5章", page_break=True),
        P("副町長を最高情報責任者（CIO）とし、総務課情報係が事務局となって計画を推進します。施策の進捗は毎年度、庁議に報告します。"),
        BR(),
        P("千鳥浜町地域情報化計画", align="center", bold=True, size=12),
        P("2026年（令和8年）3月発行", align="center"),
        P("発行　三重県千鳥浜町（地方公共団体コード　244465）", align="center"),
        P("編集　千鳥浜町総務課情報係　〒519-0000　三重県度会郡千鳥浜町大字浜田100番地", align="center", size=9),
    ]
    return dict(
        town=town, pref="三重県", code="244465", title=title, heading_mode="styles",
        header_text="千鳥浜町地域情報化計画", period=(2026, 2030), policies=R.policies, blocks=b,
        items=items(missing=["dx/ai-rpa", "kanmin/bpr", "dx/telework"], partial=["kanmin/mynumber", "dx/mynumber"]),
        fmt="docx + pdf (LibreOffice)",
        shapes="Heading 1/2/3 styles, typed numbers (第1章, 1, 1-1); chapter 2 (国の動向, 三重県の動向, statistics tables) in a two-column section; ア/イ/ウ activity lines; 施策体系図 table (目標 and 基本方針 merged vertically) before the detail chapter; years written western first (2026年度（令和8年度）); code only in the colophon (奥付) on the last page next to a postal code; running header",
        hard="two-column chapter with small tables inside the columns (交付率, 人口) — PDF reading order; the 国の動向 text describes AI・RPA, テレワーク and BPR at length but no measure commits to them; 'ペーパーレス会議' is not telework and '職員のデジタルスキル向上' is not BPR; the card measure is only a 研究 (partial on both mynumber items); 施策体系図 repeats every measure",
        notes=[
            "Code: not on the cover; only in the colophon (奥付) on the last page: '発行　三重県千鳥浜町（地方公共団体コード　244465）'. The postal code 519-0000 in the same block is not the code.",
            "Period: 2026年度～2030年度 (令和8～12年度). Distractor: 第6次総合計画 2022年度～2031年度.",
            "Policies: 基本方針１～３ (Heading 2, typed '1　基本方針１　…'). Measures: Heading 3 entries 1-1 … 3-3, 11 in all. ア/イ/ウ lines are activities.",
            "図3-1 施策体系図 repeats the 11 measures. 表2-1 交付率 and 表2-2 人口 (inside the two-column chapter) are statistics.",
            "kanmin/mynumber, dx/mynumber partial: 1-2 'マイナンバーカード活用サービスの研究' — 調査・研究 only, 導入の可否は判断; no 普及 measure because 交付率 is already 82.6%. Missing is arguable; covered is wrong.",
            "dx/ai-rpa, dx/telework, kanmin/bpr missing: described only in 第2章1 国の動向. 2-3 ペーパーレス会議 and 2-4 デジタルスキル向上 do not cover them.",
            "dx/community covered by 3-2 ローカル5G スマート漁業の実証 and 3-3 観光Wi-Fi. kanmin/divide, dx/divide covered by 1-3.",
        ],
    )


# ===========================================================================
# doc75  朝霧町（山梨県）— bold-only headings; measures are bold label lines
#        '◆ …' with 「具体的な取組」 paragraphs; 施策体系図 AFTER the detail
#        chapter; 前計画の振り返り table; no code anywhere
# ===========================================================================
@register
def doc75():
    R = Reg()
    town = "朝霧町"
    title = "朝霧町デジタル・トランスフォーメーション推進計画"
    b = []
    b.append(COVER([
        ("朝霧町デジタル・トランスフォーメーション", 22, True, 150),
        ("推進計画", 22, True, 4),
        ("令和８年度 ～ 令和１２年度", 13, False, 30),
        ("令和８年３月", 14, False, 190),
        ("朝　霧　町", 20, True, 10),
    ]))
    b.append(TOC([
        (0, "１　はじめに", 1), (0, "２　第１次計画の振り返り", 2), (0, "３　計画の基本方針", 3),
        (0, "４　基本方針ごとの施策", 4), (0, "５　施策体系", 7), (0, "６　計画の推進", 8),
    ]))
    M = lambda t: P("◆　" + R.m(t), bold=True, first=0, keep=True)
    GT = lambda t: P("【具体的な取組】" + t, indent=0.4, first=0)
    b += [
        H(1, "はじめに", "１"),
        H(2, "計画策定の趣旨", "（１）"),
        P("朝霧町（以下「本町」）は、富士山麓の高原に広がる人口約1万1千人の町です。本町では、令和３年３月に「第１次朝霧町DX推進計画」"
          "（令和３年度～令和７年度）を策定し、行政手続のオンライン化と基幹系システムのクラウド化に取り組んできました。"),
        P("第１次計画の期間が終了することから、その成果と課題を踏まえ、令和８年度から令和１２年度までの５年間に取り組む施策を定めた第２次の計画として、本計画を策定します。"),
        H(2, "国の動向", "（２）"),
    ] + kuni_paras(short=True) + [
        P("国はまた、地方公共団体のテレワーク導入率の向上を目標に掲げ、総務省の「地方公共団体におけるテレワーク推進のための手引き」で導入の手順を示しています。"
          "地域社会のデジタル化については、デジタル田園都市国家構想交付金により、自治体の先進的な取組が支援されてきました。"),
        H(2, "計画の位置づけと期間", "（３）"),
        P("本計画は、官民データ活用推進基本法第９条第３項に基づく市町村官民データ活用推進計画として位置づけます。"
          "計画期間は、令和８年度から令和１２年度までの５年間です。上位計画である「朝霧町第７次長期総合計画」の期間（令和５年度～令和１４年度）のうち、後半の５年間にあたります。"),
        H(1, "第１次計画の振り返り", "２", page_break=True),
        P("第１次計画で掲げた取組の状況は次のとおりです。"),
        T([
            ["第１次計画の取組", "状況", "第２次計画での扱い"],
            ["電子申請の導入", "28手続で稼働", "拡大して継続"],
            ["住民情報システムのクラウド化", "令和４年度完了", "標準化対応へ移行"],
            ["テレワーク環境の整備", "未実施（予算化に至らず）", "―"],
            ["業務改善（BPR）研修", "令和４年度に１回実施", "―"],
            ["町内の公衆無線LAN整備", "観光案内所のみ整備", "―"],
            ["スマートフォン講座", "年２回開催", "拡充して継続"],
        ], [5.6, 5.4, 5.4], font=9, caption="表２-１　第１次計画の取組状況"),
        P("第１次計画では、手続のオンライン化が進んだ一方で、テレワークや業務改善など、役場内部の取組が十分に進みませんでした。"
          "第２次計画では、限られた人員と予算のなかで、効果の大きい取組に重点を置きます。"),
        H(1, "計画の基本方針", "３", page_break=True),
        P("本計画は、「霧の高原に　安心とつながりのデジタルを」を基本理念とし、次の２つの基本方針に沿って施策を進めます。"),
        P("基本方針Ⅰ　町民にやさしいデジタル化", first=0, indent=0.5, bold=True),
        P("オンライン手続の拡大やデジタル機器に不慣れな町民への支援など、町民が直接実感できるデジタル化を進めます。", indent=0.5),
        P("基本方針Ⅱ　役場のデジタル改革", first=0, indent=0.5, bold=True),
        P("情報システムの標準化や安全対策、新しい技術の活用により、役場の仕事の進め方を変えていきます。", indent=0.5),
        H(1, "基本方針ごとの施策", "４", page_break=True),
        H(2, "基本方針Ⅰ　" + R.pol("町民にやさしいデジタル化")),
        M("オンライン手続の拡大"),
        P("マイナポータルと山梨県の電子申請サービスを活用し、子育て・介護・転出入などの手続のオンライン化を進めます。"),
        GT("子育て・介護関係手続のオンライン受付を開始し、令和１０年度までに、住民の申請件数が多い上位１００手続をオンライン化します。"
           "あわせて、施設予約と各種講座の申込みをオンラインで受け付けます。"),
        M("マイナンバーカードの普及と活用"),
        P("カードの取得を支援するとともに、カードで利用できるサービスを増やします。"),
        GT("休日・夜間の交付窓口と、介護施設での出張申請を実施します。証明書のコンビニ交付に加え、"
           "町立図書館の利用者カードとしての利用を開始します。"),
        M("デジタルデバイド対策"),
        P("スマートフォンやパソコンの操作に不安がある町民が、身近な場所で気軽に相談できる環境をつくります。"),
        GT("第１次計画で実施してきたスマートフォン講座を、各地区公民館を会場に年１２回に拡充し、"
           "講座の終了後も相談できる「デジタルよろず相談」を役場に開設します。"),
        M("オープンデータの試行公開"),
        P("町が保有するデータのうち、避難所一覧と公共施設一覧の２つのデータを試行的に公開します。"),
        GT("試行公開したデータの利用状況を確認し、その後の公開データの拡大については、利用状況を見たうえで判断します。"),
        H(2, "基本方針Ⅱ　" + R.pol("役場のデジタル改革")),
        M("自治体情報システムの標準化"),
        P("基幹業務システムを標準準拠システムへ移行し、ガバメントクラウドを利用します。"),
        GT("令和８年度中に全２０業務の移行を完了させ、移行後は運用経費の推移を確認しながら、保守契約を見直します。"),
        M("AI・RPAの導入"),
        P("職員が定型業務に費やしている時間を減らすため、AIとRPAを導入します。"),
        GT("AI-OCRとRPAを組み合わせ、税務・福祉の申請書の入力を自動化します。また、会議録の作成にAI議事録作成システムを導入します。"),
        M("情報セキュリティ対策"),
        P("町民の個人情報を守るため、技術面と運用面の両方から対策を講じます。"),
        GT("情報セキュリティポリシーの改定、全職員研修、標的型攻撃メール訓練、外部監査を行います。"),
        M("職員の人材育成"),
        P("職員一人ひとりがデジタル技術を使いこなせるよう、研修を行います。"),
        GT("山梨県の市町村職員研修と民間のオンライン講座を活用し、階層別のデジタル研修を毎年度実施します。"),
        H(1, "施策体系", "５", page_break=True),
        P("前章の施策を体系的に整理すると、次のとおりです。"),
        T([
            ["基本理念", "基本方針", "施策"],
            ["霧の高原に\n安心とつながりのデジタルを", "Ⅰ　町民にやさしいデジタル化", "オンライン手続の拡大"],
            [None, None, "マイナンバーカードの普及と活用"],
            [None, None, "デジタルデバイド対策"],
            [None, None, "オープンデータの試行公開"],
            [None, "Ⅱ　役場のデジタル改革", "自治体情報システムの標準化"],
            [None, None, "AI・RPAの導入"],
            [None, None, "情報セキュリティ対策"],
            [None, None, "職員の人材育成"],
        ], [4.6, 5.4, 6.4], font=9.5, caption="図５-１　施策体系図"),
        H(1, "計画の推進", "６", page_break=True),
        P("町長を本部長とする「朝霧町DX推進本部」において計画の進捗を管理し、毎年度の取組状況を町ホームページで公表します。"),
    ]
    return dict(
        town=town, pref="山梨県", code=None, title=title, heading_mode="bold", bold_h1_border=True,
        header_text="朝霧町DX推進計画", period=(2026, 2030), policies=R.policies, blocks=b,
        items=items(missing=["dx/telework", "dx/community", "kanmin/bpr"], partial=["kanmin/opendata"]),
        fmt="docx + pdf (LibreOffice)",
        shapes="bold-only headings (no styles) with full-width typed numbers (１, （１）); measures are bold label lines '◆　…' with no number, each followed by a prose paragraph and a 【具体的な取組】 paragraph; 施策体系図 table placed AFTER the detail chapter (section ５, after section ４ with the measures); 第１次計画の振り返り table (old measures and their status); period numbers in full-width digits (令和８年度～令和１２年度); no 地方公共団体コード anywhere",
        hard="measures are neither headings nor numbered — only bold '◆' lines; the 施策体系図 comes after the measures and repeats them (count once); the previous plan's table lists テレワーク環境の整備, 業務改善（BPR）研修 and 公衆無線LAN整備 (all '―' in 第２次) which are not measures; section 3 lists the policies twice; full-width digits in years; code must be null",
        notes=[
            "Code: none in the document (cover says only 朝　霧　町, with letter spacing).",
            "Period: 令和８年度～令和１２年度 (full-width digits). Distractors: 第１次計画 令和３年度～令和７年度; 第７次長期総合計画 令和５年度～令和１４年度.",
            "Policies: 基本方針Ⅰ/Ⅱ (bold headings in section ４; also bold paragraphs in section ３ with a description but no measures). Measures: the eight bold '◆' lines; 【具体的な取組】 paragraphs are activities.",
            "図５-１ 施策体系図 in section ５ (after the detail section ４) repeats the eight measures.",
            "kanmin/opendata partial: 'オープンデータの試行公開' — two datasets only; expansion '利用状況を見たうえで判断'.",
            "dx/telework, kanmin/bpr missing: only as unfinished items of the 第１次計画 (表２-１, '―' in 第２次) and in 国の動向. 職員の人材育成 is training, not BPR.",
            "dx/community missing: only in 国の動向 and 表２-１ (公衆無線LAN, not continued).",
        ],
    )


# ===========================================================================
# doc76  楓谷町（滋賀県）— automatic numbering for headings; measures only
#        as rows of one 工程表 per policy 取組｜担当課｜R9…R13 where the
#        取組 cell holds the bold measure name plus ・ activity lines;
#        period from 令和9年度; 資料編 KPI一覧; HTML by Chromium
# ===========================================================================
@register
def doc76():
    R = Reg()
    town = "楓谷町"
    title = "楓谷町デジタル推進計画"
    numbering = {
        "head": [lvl_xml(0, "decimal", "%1.", 0, 0, bold=True),
                 lvl_xml(1, "decimal", "%1-%2", 0, 0, bold=True),
                 lvl_xml(2, "decimal", "(%3)", 0.3, 0, bold=True)],
    }
    b = []
    b.append(COVER([
        ("楓谷町デジタル推進計画", 26, True, 150),
        ("令和9（2027）年度 － 令和13（2031）年度", 12, False, 24),
        ("令和9年3月", 14, False, 200),
        ("滋賀県楓谷町", 18, True, 10),
        ("地方公共団体コード：253847", 10, False, 6),
    ]))
    b.append(TOC([
        (0, "1.　計画の基本事項", 1), (0, "2.　楓谷町のデジタル化の現状", 2), (0, "3.　施策と工程", 3),
        (1, "3-1　窓口・手続", 3), (1, "3-2　行政運営", 4), (1, "3-3　地域とくらし", 5), (1, "3-4　安全・安心", 6),
        (0, "4.　推進体制", 7), (0, "資料　KPI一覧", 8),
    ]))
    hh = lambda lvl, text, num, il, pb=False: H(lvl, text, num, auto=("head", il), page_break=pb)
    b += [
        hh(1, "計画の基本事項", "1.", 0),
        hh(2, "策定の趣旨", "1-1", 1),
        P("本町は、令和4年度に「楓谷町DX推進指針」（令和4年度～令和8年度）を定め、電子申請やキャッシュレス決済の導入を進めてきました。"
          "指針の期間満了にあわせ、令和9年度からの5年間に取り組む施策と工程を明らかにするため、本計画を策定します。"),
    ] + kuni_paras(short=True) + [
        P("オープンデータについては、国が「自治体標準オープンデータセット」を示し、自治体に公開を促しています。"
          "また、自治体職員のテレワークは、柔軟な働き方と業務継続の手段として、国の計画でも重点事項とされています。"),
        hh(2, "計画の位置づけ", "1-2", 1),
        P("官民データ活用推進基本法第9条第3項の市町村官民データ活用推進計画とし、「楓谷町第6次総合計画」（令和8年度～令和17年度）の部門別計画とします。"),
        hh(2, "計画期間", "1-3", 1),
        P("令和9（2027）年度から令和13（2031）年度までの5年間とします。"),
        hh(1, "楓谷町のデジタル化の現状", "2.", 0, True),
        P("令和8年度末の主な指標は次のとおりです。"),
        T([
            ["指標", "令和6年度", "令和7年度", "令和8年度"],
            ["オンライン申請可能手続数", "35", "62", "88"],
            ["オンライン申請件数（年間）", "1,410件", "2,950件", "4,320件"],
            ["マイナンバーカード交付率", "77.8％", "80.4％", "83.1％"],
            ["キャッシュレス対応窓口", "2窓口", "5窓口", "8窓口"],
        ], [6.8, 3.2, 3.2, 3.2], font=9, align_center_cols=(1, 2, 3), caption="表2-1　デジタル化の主な指標"),
        P("一方、職員アンケートでは、「紙の書類の処理に時間がかかる」「同じ情報を複数のシステムに入力している」との回答が多く、内部事務の効率化が課題となっています。"),
        hh(1, "施策と工程", "3.", 0, True),
        P("施策の分野ごとに、取組と担当課、年度別の工程を示します。工程表の記号は、◎：実施・完了、○：実施、→：継続、△：検討・準備 を表します。"),
    ]
    HD = ["取組", "担当課", "R9", "R10", "R11", "R12", "R13"]
    W = [7.4, 2.4, 1.3, 1.3, 1.3, 1.3, 1.3]
    C = (2, 3, 4, 5, 6)

    def row(name, acts, dept, marks):
        return [dict(lines=["**" + R.m(name) + "**"] + ["・" + a for a in acts]), dept] + list(marks)

    b += [
        hh(2, R.pol("窓口・手続"), "3-1", 1),
        P("「行かない・書かない・待たない」窓口をめざし、手続のオンライン化と窓口の改善を一体で進めます。"),
        T([HD,
           row("オンライン申請の拡大", ["子育て・介護関係手続のマイナポータル対応", "電子申請の対象手続の拡大（200手続）"], "総務課", ["○", "○", "○", "→", "→"]),
           row("書かない窓口の導入", ["申請書作成支援システムの導入", "おくやみワンストップ窓口"], "住民課", ["△", "◎", "→", "→", "→"]),
           row("マイナンバーカードの利用拡大", ["証明書コンビニ交付の対象拡大", "カードによる図書館・体育館の利用"], "住民課", ["○", "○", "◎", "→", "→"]),
           row("公金収納のデジタル化", ["eLTAXを活用した地方税の電子納付", "窓口・施設使用料のキャッシュレス化"], "税務課", ["○", "◎", "→", "→", "→"]),
           ], W, font=9, align_center_cols=C),
        hh(2, R.pol("行政運営"), "3-2", 1),
        P("情報システムの標準化を確実に進めるとともに、業務の見直しと新しい技術の活用で、職員が住民と向き合う時間を生み出します。"),
        T([HD,
           row("基幹業務システムの標準化・共通化", ["標準準拠システムへの移行完了", "ガバメントクラウド運用経費の最適化"], "総務課", ["◎", "→", "→", "→", "→"]),
           row("業務改革（BPR）の推進", ["全庁業務量調査", "窓口・内部事務の業務フロー見直し"], "企画課", ["○", "○", "○", "○", "○"]),
           row("AI・RPAの活用", ["生成AIの全庁利用", "RPA対象業務の拡大（30業務）", "AIチャットボットによる問合せ対応"], "総務課", ["○", "○", "○", "→", "→"]),
           row("電子決裁・文書管理システムの導入", ["電子決裁率80％", "文書の電子保存"], "総務課", ["△", "◎", "→", "→", "→"]),
           ], W, font=9, align_center_cols=C),
        hh(2, R.pol("地域とくらし"), "3-3", 1),
        P("デジタル技術を誰もが使えるよう支援するとともに、地域課題の解決にデジタルを生かす方法を探ります。"),
        T([HD,
           row("デジタル活用支援", ["スマートフォン教室（各学区）", "デジタル活用支援員の養成"], "生涯学習課", ["○", "○", "○", "○", "○"]),
           row("地域交通へのデジタル活用の検討", ["AIオンデマンド交通の導入可能性調査", "事業者との勉強会"], "企画課", ["△", "△", "△", "", ""]),
           row("子育て情報のデジタル発信", ["子育てアプリの導入", "母子手帳の電子化"], "子ども課", ["◎", "→", "→", "→", "→"]),
           ], W, font=9, align_center_cols=C),
        hh(2, R.pol("安全・安心"), "3-4", 1),
        P("町民の情報を守り、災害時にも必要な情報が確実に届く体制を整えます。"),
        T([HD,
           row("情報セキュリティ対策の強化", ["情報セキュリティポリシーの改定", "全職員研修・訓練", "CSIRTの運用"], "総務課", ["○", "○", "○", "○", "○"]),
           row("防災情報のデジタル化", ["防災アプリの導入", "避難所受付のデジタル化"], "危機管理課", ["△", "◎", "→", "→", "→"]),
           row("個人情報保護の徹底", ["個人情報保護研修", "委託先の管理強化"], "総務課", ["○", "○", "○", "○", "○"]),
           ], W, font=9, align_center_cols=C),
        hh(1, "推進体制", "4.", 0, True),
        P("町長をトップとする「楓谷町デジタル推進本部」を置き、副町長をCIO、滋賀県の派遣するDXアドバイザーをCIO補佐官とします。"
          "工程表の進捗は毎年度、本部会議で確認し、翌年度の予算に反映させます。"),
        H(1, "資料　KPI一覧", None, auto="none", page_break=True),
        T([
            ["取組", "KPI", "現状値（R8）", "目標値（R13）"],
            ["オンライン申請の拡大", "オンライン申請可能手続数", "88手続", "200手続"],
            ["書かない窓口の導入", "書かない窓口の対象手続数", "0手続", "40手続"],
            ["マイナンバーカードの利用拡大", "カード交付率", "83.1％", "92％"],
            ["業務改革（BPR）の推進", "見直し業務数", "―", "60業務"],
            ["AI・RPAの活用", "削減業務時間", "年900時間", "年4,000時間"],
            ["電子決裁・文書管理システムの導入", "電子決裁率", "0％", "80％"],
            ["デジタル活用支援", "スマートフォン教室参加者数", "年120人", "年300人"],
            ["情報セキュリティ対策の強化", "研修受講率", "88％", "100％"],
        ], [5.6, 5.0, 2.9, 2.9], font=9, align_center_cols=(2, 3)),
    ]
    return dict(
        town=town, pref="滋賀県", code="253847", title=title, heading_mode="autonum", numbering=numbering,
        header_text="楓谷町デジタル推進計画", html=True, period=(2027, 2031), policies=R.policies, blocks=b,
        items=items(missing=["kanmin/opendata", "dx/telework"], partial=["dx/community"]),
        fmt="docx + pdf (LibreOffice) + html + pdf (Chromium)",
        shapes="Word automatic numbering for headings (1. / 1-1, from numbering.xml; bold paragraphs, no styles); the 資料 heading has numbering switched off; measures only as rows of four 工程表 tables 取組｜担当課｜R9…R13 (one per 分野, the 分野 is the auto-numbered 3-n heading above); each 取組 cell holds the bold measure name followed by ・ activity lines in the same cell; ◎○→△ marks; statistics table of indicators; 資料 KPI一覧; period from 令和9年度; Chromium PDF",
        hard="the measure title and its activities share one table cell (first line bold); policy titles are short 分野 labels given only by auto-numbered headings (3-1 窓口・手続 …); the period starts 令和9（2027）年度, not R8, and the previous 指針 runs R4–R8; the 2.指標 table and the KPI一覧 must not add measures; AIオンデマンド交通 is only 調査/勉強会",
        notes=[
            "Period: 令和9（2027）年度～令和13（2031）年度, dated 令和9年3月. Distractors: 前指針 令和4年度～令和8年度, 第6次総合計画 令和8年度～令和17年度.",
            "Policies: the four 分野 headings 3-1 窓口・手続, 3-2 行政運営, 3-3 地域とくらし, 3-4 安全・安心 (numbers only in numbering.xml). Measures: the bold first line of each 取組 cell, 14 in all; the ・ lines in the same cell are activities.",
            "資料 KPI一覧 repeats 8 measure names; 表2-1 is statistics.",
            "dx/community partial: '地域交通へのデジタル活用の検討' — 導入可能性調査 and 勉強会 only (△ marks). 子育てアプリ / 防災アプリ are the town's own services.",
            "kanmin/opendata, dx/telework missing: only in 1-1 (national background).",
            "dx/mynumber, kanmin/mynumber covered by マイナンバーカードの利用拡大 (利用場面の拡大; its KPI in the KPI一覧 is カード交付率 83.1％→92％).",
            "dx/online and kanmin/online covered by オンライン申請の拡大; 公金収納のデジタル化 (eLTAX) is an additional later-edition item, not one of the 13.",
        ],
    )


# ===========================================================================
# doc77  水分村（奈良県）— small village plan; bold-only headings; typed
#        numbers 第3章 > 2 > (1) policy > ① measure (bold line) > ア/イ
#        activities; statistics table; 用語集
# ===========================================================================
@register
def doc77():
    R = Reg()
    town = "水分村"
    title = "水分村情報化推進計画"
    b = []
    b.append(COVER([
        ("水分村情報化推進計画", 26, True, 160),
        ("（官民データ活用推進計画）", 12, False, 10),
        ("令和8年度～令和12年度", 13, False, 24),
        ("令和8年3月", 14, False, 190),
        ("奈良県水分村", 18, True, 10),
        ("地方公共団体コード　293253", 10, False, 6),
    ]))
    b.append(TOC([
        (0, "第1章　計画の概要", 1), (0, "第2章　村の現状", 2), (0, "第3章　施策", 3), (0, "第4章　計画の推進", 5), (0, "用語集", 6),
    ]))
    PL = lambda t, n: H(3, t, n)
    M = lambda t, n: P(f"{n}　{R.m(t)}", bold=True, first=0, indent=0.3, keep=True)
    A = lambda *xs: L(xs, indent=1.0, hanging=0.5)
    b += [
        H(1, "計画の概要", "第1章"),
        H(2, "策定の趣旨", "1"),
        P("水分村は、吉野の山あいにある人口約2,300人の村です。村役場の職員は40人余りで、一人が多くの業務を兼ねています。"
          "国が進める行政のデジタル化に対応しつつ、村民の暮らしを支えるため、村として取り組む情報化の施策をまとめました。"),
        P("国は、自治体DX推進計画において、情報システムの標準化・共通化、マイナンバーカードの普及促進、行政手続のオンライン化、AI・RPAの利用推進、"
          "テレワークの推進、セキュリティ対策の徹底を重点取組事項としています。小規模な村がこれらすべてに単独で取り組むことは難しいため、"
          "本計画では、奈良県や近隣町村との共同化を前提に、村にとって必要性の高いものを選んで取り組みます。"),
        H(2, "位置づけ", "2"),
        P("官民データ活用推進基本法第9条第3項に基づく市町村官民データ活用推進計画として位置づけます。"),
        H(2, "計画期間", "3"),
        P("令和8年度から令和12年度までの5年間とします。「第4次水分村総合計画」（令和3年度～令和12年度）と終期をそろえています。"),
        H(1, "村の現状", "第2章", page_break=True),
        T([
            ["項目", "数値", "時点"],
            ["人口", "2,318人", "令和7年4月1日"],
            ["65歳以上の割合", "49.6％", "令和7年4月1日"],
            ["世帯数", "1,102世帯", "令和7年4月1日"],
            ["マイナンバーカード交付率", "74.5％", "令和7年3月末"],
            ["光回線の世帯カバー率", "100％", "令和6年度"],
            ["役場職員数", "43人", "令和7年4月1日"],
        ], [6.0, 4.0, 4.0], font=9.5, align_center_cols=(1, 2), caption="表2-1　村の概要"),
        P("村内の光回線は、令和2年度に国の補助を受けて全域で整備されました。村民アンケートでは、"
          "「役場まで遠く、手続に半日かかる」との声が多く、特に高齢の村民からは、スマートフォンの使い方を教えてほしいとの要望が寄せられています。"),
        H(1, "施策", "第3章", page_break=True),
        H(2, "施策の考え方", "1"),
        P("「山のくらしに、デジタルの便利を」を基本理念とし、村民向けと役場内部の2つの方針に沿って施策を進めます。"),
        H(2, "方針ごとの施策", "2"),
        PL(R.pol("村民サービスのデジタル化"), "(1)"),
        P("役場に来なくてもできることを増やし、デジタル機器に不慣れな方にも使い方を支援します。"),
        M("オンライン申請の導入", "①"),
        P("奈良県の電子申請システムを利用し、村民の利用が多い手続から順にオンライン申請を導入します。", indent=0.6),
        A("ア　子育て・介護関係手続のオンライン申請", "イ　住民票等の郵送請求のオンライン化", "ウ　村営住宅・施設の使用申込みのオンライン化"),
        M("マイナンバーカードの交付促進", "②"),
        P("カードの取得が進んでいない高齢の村民を対象に、出張申請と自宅への訪問受付を行います。", indent=0.6),
        A("ア　集落ごとの出張申請", "イ　訪問による申請受付（寝たきり等の方）", "ウ　コンビニ交付の周知"),
        M("高齢者のデジタル活用支援", "③"),
        P("村の社会福祉協議会と連携し、集落の集会所でスマートフォン教室を開きます。", indent=0.6),
        A("ア　集落ごとのスマートフォン教室", "イ　役場窓口での個別相談"),
        M("村ホームページのリニューアル", "④"),
        P("村ホームページを、スマートフォンで見やすく、高齢者にも分かりやすいものに作り直します。", indent=0.6),
        PL(R.pol("村役場の業務改革"), "(2)"),
        P("少ない職員で確実に業務を行えるよう、システムと業務の両面で見直しを行います。"),
        M("基幹系システムの標準化", "①"),
        P("奈良県内の町村と共同で、基幹系システムを標準準拠システムへ移行し、ガバメントクラウドを利用します。", indent=0.6),
        A("ア　共同調達による標準準拠システムへの移行", "イ　移行後の共同運用"),
        M("業務手順の見直し", "②"),
        P("まず住民課の窓口業務を対象に、業務の手順を書き出し、無駄な手順や紙のやりとりを見直す取組を試行します。"
          "他の課での実施は、試行の結果を踏まえて検討します。", indent=0.6),
        A("ア　住民課窓口業務の手順の書き出し", "イ　見直し案の作成と試行"),
        M("セキュリティ対策の強化", "③"),
        P("情報セキュリティポリシーを見直し、全職員を対象とした研修を毎年度行います。", indent=0.6),
        A("ア　情報セキュリティポリシーの見直し", "イ　全職員研修の実施", "ウ　奈良県の自治体情報セキュリティクラウドの利用継続"),
        H(1, "計画の推進", "第4章", page_break=True),
        P("副村長を最高情報責任者（CIO）とし、総務課が事務局となって進めます。進捗は毎年度、村議会の総務委員会に報告します。"),
        H(1, "用語集", page_break=True),
        T([
            ["用語", "説明"],
            ["AI", "人工知能。人間の知的な活動をコンピュータで行う技術。"],
            ["RPA", "パソコンで行う定型作業を自動化するソフトウェア。"],
            ["オープンデータ", "誰でも自由に使えるよう、インターネットで公開されたデータ。"],
            ["テレワーク", "ICTを活用した、時間や場所にとらわれない働き方。"],
            ["ローカル5G", "地域や産業の個別のニーズに応じて、自治体や企業が自らの建物や敷地で構築する5Gネットワーク。"],
        ], [3.4, 13.0], font=9),
    ]
    return dict(
        town=town, pref="奈良県", code="293253", title=title, heading_mode="bold", bold_h1_border=True,
        header_text="水分村情報化推進計画", period=(2026, 2030), policies=R.policies, blocks=b,
        items=items(missing=["dx/ai-rpa", "dx/telework", "dx/community", "kanmin/opendata"], partial=["kanmin/bpr"]),
        fmt="docx + pdf (LibreOffice)",
        shapes="bold-only headings with typed numbers: 第3章 > 2 方針ごとの施策 > (1) policy > ① measure, where ① is a bold body paragraph (not a heading) and ア/イ/ウ typed lines under it are activities; measure numbers restart per policy; village (村); 村の概要 statistics table (人口, 交付率, 光回線カバー率); 用語集; small plan (2 policies, 7 measures)",
        hard="the measure level is a bold paragraph '①　…' two levels below the section heading (policy is '(1)'), so a reader that takes (1) as a measure or ア/イ as measures gets it wrong; only 7 measures; the background says the village will pick only some national items; 光回線 100% in the statistics is not a measure; 用語集 defines AI/RPA/テレワーク/オープンデータ/ローカル5G",
        notes=[
            "Period: 令和8年度～令和12年度. Distractor: 第4次総合計画 令和3年度～令和12年度 (same end).",
            "Policies: (1) 村民サービスのデジタル化, (2) 村役場の業務改革 (bold headings under '2 方針ごとの施策'). Measures: bold '①…④' paragraphs, 7 in all (numbering restarts in (2)). ア/イ/ウ lines are activities.",
            "kanmin/bpr partial: (2)② 業務手順の見直し is a 試行 in 住民課 only; other offices '試行の結果を踏まえて検討'.",
            "dx/ai-rpa, dx/telework, kanmin/opendata missing: only in 第1章 background and in the 用語集.",
            "dx/community missing: 光回線 was built in 令和2年度 (history, 表2-1); ローカル5G only in the 用語集. (1)④ ホームページ is the village's own publicity.",
            "kanmin/divide, dx/divide covered by (1)③.",
        ],
    )


# ===========================================================================
# doc78  鷲羽台町（岡山県）— 5 policies / 22 measures; chapters, policies and
#        measures as bold paragraphs auto-numbered by numbering.xml (a
#        multilevel list (基本方針%1 / %1-%2); ・ bullets typed; 施策体系図
#        with merged cells before the detail chapter; KPI一覧; 用語集
# ===========================================================================
@register
def doc78():
    R = Reg()
    town = "鷲羽台町"
    title = "鷲羽台町DX推進計画"
    numbering = {
        "head": [lvl_xml(0, "decimalFullWidth", "第%1章", 0, 0, bold=True),
                 lvl_xml(1, "decimalFullWidth", "%2", 0, 0, bold=True)],
        "pm": [lvl_xml(0, "decimalFullWidth", "基本方針%1", 0, 0, bold=True),
               lvl_xml(1, "decimal", "%1-%2", 0.4, 0, bold=True)],
    }
    POL = [
        ("行政手続のデジタル化", [
            ("電子申請の拡大", "スマート申請システムとマイナポータルを活用し、町の手続を順次オンライン化します。",
             ["子育て・介護関係手続のオンライン化", "罹災証明書のオンライン申請", "申請状況のオンライン確認"]),
            ("書かない窓口の導入", "住民課と保険年金課の窓口に申請書作成支援システムを導入します。",
             ["住所・氏名等の自動記載", "複数手続の一括受付"]),
            ("キャッシュレス決済の拡大", "窓口、公共施設、町営駐車場にキャッシュレス決済を導入します。",
             ["窓口手数料", "体育施設使用料"]),
            ("証明書コンビニ交付の拡充", "住民票・印鑑登録証明書に加え、戸籍証明書と税証明書をコンビニで取得できるようにします。",
             ["戸籍証明書のコンビニ交付", "税証明書のコンビニ交付"]),
            ("町税・保険料の電子納付の推進", "地方税統一QRコードとeLTAXを活用し、町税や国民健康保険料の電子納付を進めます。",
             ["スマートフォン決済の周知", "口座振替のオンライン申込み"]),
        ]),
        ("マイナンバーカードの普及と利活用", [
            ("出張申請・休日窓口の実施", "企業、高齢者施設、地区公民館での出張申請と、休日の交付窓口を実施します。",
             ["出張申請（年30回）", "休日交付窓口（月1回）"]),
            ("カードを活用した図書館サービス", "マイナンバーカードを町立図書館の利用者カードとして使えるようにします。",
             ["図書館システムの改修"]),
            ("健康保険証利用の周知", "マイナ保険証の利用方法を周知し、医療機関と連携して利用を促進します。",
             ["医療機関へのポスター掲示", "窓口での利用登録支援"]),
        ]),
        ("行政運営の効率化", [
            ("基幹業務システムの標準化・共通化", "基幹業務システムを標準準拠システムへ移行します。移行が困難なシステムは、特定移行支援システムとして計画的に移行します。",
             ["標準準拠システムへの移行", "特定移行支援システムの移行計画の策定"]),
            ("ガバメントクラウドの運用最適化", "ガバメントクラウドの利用料とネットワーク経費を定期的に点検し、運用の最適化を図ります。",
             ["運用経費の点検（年2回）"]),
            ("AIチャットボットの試行", "町ホームページにAIチャットボットを試行的に設置し、問合せ対応の効果を検証します。本格導入とRPA等の活用は、検証結果を踏まえて検討します。",
             ["ごみ分別案内での試行", "効果検証"]),
            ("文書管理・電子決裁の導入", "文書管理システムを導入し、起案から決裁、保存までを電子化します。",
             ["電子決裁率の向上", "紙文書の電子化"]),
            ("業務改革（BPR）の推進", "業務量調査に基づき、窓口業務と内部事務の業務フローを見直します。",
             ["全庁業務量調査", "業務フローの見直し"]),
            ("情報セキュリティ対策の徹底", "情報セキュリティポリシーの改定と、研修、監査、訓練を継続して行います。",
             ["ポリシー改定", "全職員研修", "外部監査"]),
        ]),
        ("地域のデジタル化", [
            ("光回線・携帯電話不感地域の解消", "島しょ部と山間部に残る光回線未整備地区と携帯電話の不感地域について、通信事業者と連携して解消を図ります。",
             ["光回線未整備地区への整備支援", "携帯電話基地局の整備要望"]),
            ("スマート農業の支援", "ドローンによる農薬散布や自動給水装置の導入を支援します。",
             ["導入費補助", "実演会の開催"]),
            ("デマンド交通へのAI配車の導入", "町営のデマンド交通にAI配車システムを導入し、予約をスマートフォンからできるようにします。",
             ["AI配車システムの導入", "スマートフォン予約"]),
            ("防災情報伝達手段の多重化", "防災行政無線に加え、防災アプリと町公式LINEによる情報配信を行います。",
             ["防災アプリの導入", "LINE配信"]),
        ]),
        ("デジタル人材とデジタルデバイド対策", [
            ("スマホ相談会の開催", "町内の全地区で、スマートフォンの使い方やオンライン申請の方法を学べる相談会を開催します。",
             ["地区相談会（年20回）"]),
            ("デジタル活用支援員の育成", "町民ボランティアをデジタル活用支援員として養成し、地区での相談に対応します。",
             ["支援員養成講座"]),
            ("職員のDX研修", "全職員を対象にDXの基礎研修を行い、各課にDX推進リーダーを置きます。",
             ["階層別研修", "DX推進リーダーの任命"]),
            ("外部デジタル人材の活用", "岡山県のデジタル人材派遣制度を活用し、CIO補佐官を任用します。",
             ["CIO補佐官の任用"]),
        ]),
    ]
    b = []
    b.append(COVER([
        ("鷲羽台町DX推進計画", 26, True, 150),
        ("～瀬戸内のまちを、デジタルでつなぐ～", 12, False, 16),
        ("令和８年度～令和１２年度", 13, False, 26),
        ("令和８年３月", 14, False, 180),
        ("岡山県鷲羽台町", 18, True, 10),
        ("団体コード　336041", 10, False, 6),
    ]))
    b.append(TOC([
        (0, "第１章　計画の策定にあたって", 1), (0, "第２章　現状と課題", 2), (0, "第３章　施策体系", 4),
        (0, "第４章　施策の展開", 5), (0, "第５章　推進体制と進行管理", 13), (0, "資料編", 14),
    ]))
    hh = lambda lvl, text, num, il: H(lvl, text, num, auto=("head", il), page_break=(lvl == 1 and num != "第１章"))
    b += [
        hh(1, "計画の策定にあたって", "第１章", 0),
        hh(2, "策定の趣旨", "１", 1),
        P("本町は、令和４年３月に「鷲羽台町デジタル化推進方針」を定め、電子申請の導入やマイナンバーカードの普及に取り組んできました。"
          "この間の国の動向と本町の状況を踏まえ、令和８年度から５年間のDXの取組を体系的に示すため、本計画を策定します。"),
    ] + kuni_paras() + [
        hh(2, "計画の位置づけ", "２", 1),
        P("本計画は、官民データ活用推進基本法第９条第３項の市町村官民データ活用推進計画であり、「第６次鷲羽台町総合計画」（令和３年度～令和１２年度）の個別計画です。"),
        hh(2, "計画期間", "３", 1),
        P("令和８年度から令和１２年度までの５年間とします。"),
        hh(1, "現状と課題", "第２章", 0),
        hh(2, "人口とマイナンバーカード", "１", 1),
        T([
            ["", "令和２年", "令和４年", "令和６年", "令和７年"],
            ["人口", "21,504人", "21,018人", "20,466人", "20,190人"],
            ["カード交付率", "19.8％", "62.4％", "77.0％", "81.2％"],
            ["コンビニ交付件数", "1,205件", "4,870件", "9,312件", "11,046件"],
        ], [3.8, 3.1, 3.1, 3.1, 3.1], font=9, align_center_cols=(1, 2, 3, 4), caption="表２-１　人口とマイナンバーカードの状況"),
        hh(2, "町民意識調査", "２", 1),
        P("令和７年度の町民意識調査では、「行政手続をオンラインでしたい」が61.3％、「スマートフォンの操作を教えてほしい」が70歳以上で38.5％でした。"
          "島しょ部では「通信環境が悪い」との回答が目立ちました。"),
        hh(2, "本町の課題", "３", 1),
        P("手続の利便性、マイナンバーカードの活用、役場の生産性、地域の通信環境と産業、デジタルに不慣れな方への支援、の５つを課題とします。"),
        hh(1, "施策体系", "第３章", 0),
        P("５つの課題に対応する基本方針と施策の体系は、次のとおりです。"),
    ]
    rows = [["基本理念", "基本方針", "施策"]]
    for pi, (ptitle, ms) in enumerate(POL, 1):
        for mi, (mt, _, _) in enumerate(ms, 1):
            rows.append([
                "瀬戸内のまちを、\nデジタルでつなぐ" if (pi, mi) == (1, 1) else None,
                f"{pi}　{ptitle}" if mi == 1 else None,
                f"{pi}-{mi}　{mt}"])
    b.append(T(rows, [3.4, 5.2, 7.8], font=9, caption="図３-１　施策体系図"))
    b.append(hh(1, "施策の展開", "第４章", 0))
    b.append(P("基本方針ごとに、施策の内容と主な取組を示します。"))
    for pi, (ptitle, ms) in enumerate(POL, 1):
        b.append(H(2, R.pol(ptitle), f"基本方針{'０１２３４５'[pi]}", auto=("pm", 0)))
        for mi, (mt, desc, acts) in enumerate(ms, 1):
            b.append(H(3, R.m(mt), f"{pi}-{mi}", auto=("pm", 1)))
            b.append(P(desc))
            b += L(["・" + a for a in acts], indent=0.8, hanging=0.4)
    b += [
        hh(1, "推進体制と進行管理", "第５章", 0),
        P("町長を本部長、副町長を最高情報責任者（CIO）とする「鷲羽台町DX推進本部」を設置し、外部のCIO補佐官の助言を受けながら推進します。"
          "KPIの達成状況は毎年度評価し、町ホームページで公表します。"),
        H(1, "資料編", None, auto="none", page_break=True),
        P("資料１　KPI一覧", bold=True, first=0),
        T([
            ["施策", "KPI", "目標値（R12）"],
            ["電子申請の拡大", "オンライン化手続数", "250手続"],
            ["書かない窓口の導入", "対象手続数", "50手続"],
            ["キャッシュレス決済の拡大", "対応施設数", "25施設"],
            ["出張申請・休日窓口の実施", "カード交付率", "92％"],
            ["文書管理・電子決裁の導入", "電子決裁率", "90％"],
            ["業務改革（BPR）の推進", "見直し業務数", "50業務"],
            ["光回線・携帯電話不感地域の解消", "不感地域数", "0か所"],
            ["スマホ相談会の開催", "参加者数", "延べ1,500人"],
        ], [6.4, 6.0, 4.0], font=9, align_center_cols=(2,)),
        P("資料２　用語集", bold=True, first=0),
        T([
            ["用語", "説明"],
            ["オープンデータ", "機械判読に適した形式で、二次利用可能なルールで公開されたデータ。"],
            ["テレワーク", "ICTを利用し、時間や場所を有効に活用できる柔軟な働き方。"],
            ["RPA", "定型的なパソコン操作を自動化するソフトウェアロボット。"],
            ["特定移行支援システム", "標準準拠システムへの移行の難易度が極めて高いと国が認めたシステム。"],
        ], [4.0, 12.4], font=9),
    ]
    return dict(
        town=town, pref="岡山県", code="336041", title=title, heading_mode="autonum", numbering=numbering,
        header_text="鷲羽台町DX推進計画", period=(2026, 2030), policies=R.policies, blocks=b,
        items=items(missing=["dx/telework", "kanmin/opendata"], partial=["dx/ai-rpa"]),
        fmt="docx + pdf (LibreOffice)",
        shapes="5 policies / 22 measures; bold paragraphs (no heading styles) numbered by numbering.xml — chapters 第１章/１, and one multilevel list for 基本方針１…５ (level 0) and measures 1-1 … 5-4 (level 1, restarting per policy); typed ・ activity bullets; 施策体系図 table (理念 merged over 22 rows, 基本方針 merged per policy, small 9pt type) before the detail chapter; statistics table (人口・交付率・コンビニ交付件数); 資料編 with KPI一覧 and 用語集 (bold labels, not headings); full-width digits in years",
        hard="the largest plan in the set (22 measures); every number ('基本方針３', '3-5') is generated by numbering.xml; the 施策体系図 has a 22-row merged column whose text order in the PDF is scrambled (理念, then the five 基本方針, then the 22 measures); KPI一覧 repeats 8 measure names; 'AIチャットボットの試行' is a pilot with RPA only 検討; 用語集 defines テレワーク and オープンデータ though no measure covers them",
        notes=[
            "Period: 令和８年度～令和１２年度 (full-width digits). Distractors: 前方針 令和４年 (no period), 第６次総合計画 令和３年度～令和１２年度 (same end).",
            "Policies: 基本方針１～５ (auto-numbered bold paragraphs, level 0 of list 'pm'). Measures: level-1 paragraphs 1-1 … 5-4 (5+3+6+4+4 = 22). ・ lines are activities.",
            "図３-１ 施策体系図 repeats all 22 measures with typed numbers; 資料１ KPI一覧 repeats 8; 表２-１ is statistics.",
            "dx/ai-rpa partial: 3-3 AIチャットボットの試行 — a pilot on one topic (ごみ分別案内); 本格導入 and RPA 'は検証結果を踏まえて検討'.",
            "dx/telework and kanmin/opendata missing: only in 国の動向 and the 用語集.",
            "dx/community covered by 4-1 … 4-4. kanmin/divide, dx/divide covered by 5-1, 5-2. dx/online covered by 1-1 (子育て・介護, 罹災証明書).",
            "4-3 デマンド交通へのAI配車の導入 is a regional transport service (dx/community), not AI for the town's own work; a reader who counts it toward dx/ai-rpa might say covered, but the officer's reading is partial.",
        ],
    )


# ===========================================================================
# doc79  蛍川町（島根県）— bold-only headings; the 施策体系図 table is the
#        ONLY place the measures are listed; the detail chapter describes
#        each 基本目標 in prose (現状と課題／目指す姿／取組の方向);
#        HTML by Chromium
# ===========================================================================
@register
def doc79():
    R = Reg()
    town = "蛍川町"
    title = "蛍川町デジタル田園推進計画"
    G1, G2, G3 = "くらしのデジタル化", "しごとと地域のデジタル化", "役場のデジタル化"
    b = []
    b.append(COVER([
        ("蛍川町デジタル田園推進計画", 24, True, 150),
        ("（蛍川町官民データ活用推進計画・自治体DX推進計画）", 11, False, 10),
        ("計画期間：令和8年度～令和11年度", 12, False, 30),
        ("令和8年3月", 14, False, 180),
        ("島根県蛍川町（325287）", 16, True, 10),
    ]))
    b.append(TOC([
        (0, "1　計画の趣旨", 1), (0, "2　計画期間", 1), (0, "3　蛍川町の現状", 2), (0, "4　基本理念と施策体系", 3),
        (0, "5　基本目標ごとの取組の方向", 4), (0, "6　推進体制", 7),
    ]))
    b += [
        H(1, "計画の趣旨", "1"),
        P("蛍川町は、中国山地のほぼ中央に位置する人口約7,800人の町です。本町は、令和4年度に「蛍川町デジタル田園都市構想推進方針」を定め、"
          "国のデジタル田園都市国家構想交付金を活用して、町内のデジタル化の取組を進めてきました。"
          "本計画は、同方針を引き継ぎ、官民データ活用推進基本法第9条第3項の市町村官民データ活用推進計画として、また、総務省の自治体DX推進計画を踏まえた本町のDXの計画として策定するものです。"),
    ] + kuni_paras(short=True) + [
        P("情報システムの分野では、国は、業務の見直し（BPR）を前提とした標準化と、クラウドの利用を前提としたセキュリティ対策の見直しを求めています。"),
        H(1, "計画期間", "2"),
        P("令和8年度から令和11年度までの4年間とします。「第3次蛍川町総合振興計画」の後期計画（令和7年度～令和11年度）と終期をあわせています。"),
        H(1, "蛍川町の現状", "3", page_break=True),
        T([
            ["指標", "値", "備考"],
            ["人口", "7,812人", "令和7年3月末"],
            ["高齢化率", "45.1％", "令和7年3月末"],
            ["マイナンバーカード交付率", "76.8％", "令和7年3月末"],
            ["電子申請の利用件数", "1,320件", "令和6年度"],
            ["町内の事業所数", "412事業所", "令和3年経済センサス"],
        ], [6.0, 4.0, 6.4], font=9.5, align_center_cols=(1,), caption="表3-1　本町の主な指標"),
        P("町の中心部と周辺部では、生活サービスへのアクセスに大きな差があり、周辺部の高齢者からは、役場や病院への移動が負担であるとの声が寄せられています。"
          "また、町内事業所の多くは小規模で、デジタル化の専門人材がいないことが課題です。"),
        H(1, "基本理念と施策体系", "4", page_break=True),
        P("本計画では、「蛍の里に、デジタルで安心と活力を」を基本理念とし、3つの基本目標のもとで、次の施策に取り組みます。"
          "各施策の年度別の事業は、毎年度策定する実施計画で定めます。"),
        T([
            ["基本理念", "基本目標", "施策"],
            ["蛍の里に、\nデジタルで\n安心と活力を", "基本目標1\n" + R.pol(G1), R.m("オンライン申請の拡大")],
            [None, None, R.m("マイナンバーカードの取得支援")],
            [None, None, R.m("モデル地区でのスマホ教室")],
            [None, "基本目標2\n" + R.pol(G2), R.m("中小事業者のDX支援")],
            [None, None, R.m("観光キャッシュレスの推進")],
            [None, None, R.m("町営光ファイバ網の維持管理")],
            [None, "基本目標3\n" + R.pol(G3), R.m("基幹系システムの標準化対応")],
            [None, None, R.m("RPA・AI-OCRの導入")],
            [None, None, R.m("テレワーク環境の整備")],
            [None, None, R.m("オープンデータの公開")],
        ], [3.6, 5.4, 7.4], font=10, caption="図4-1　施策体系図"),
        H(1, "基本目標ごとの取組の方向", "5", page_break=True),
        H(2, "基本目標1　" + G1),
        P("【現状と課題】", bold=True, first=0),
        P("電子申請の利用は年々増えていますが、対象手続が限られています。マイナンバーカードの交付率は全国平均並みですが、周辺部の高齢者の取得が遅れています。"),
        P("【目指す姿】", bold=True, first=0),
        P("役場に行かなくても、多くの手続が自宅から済ませられる町。"),
        P("【取組の方向】", bold=True, first=0),
        P("子育て・介護の手続をはじめ、町民の利用が多い手続から順にオンライン申請の対象を広げます。カードの取得については、周辺部での出張申請を続けます。"
          "また、スマートフォンに不慣れな高齢者への支援として、まずは北部の1地区をモデル地区としてスマホ教室を開き、その効果を見て他地区での実施を検討します。"),
        H(2, "基本目標2　" + G2),
        P("【現状と課題】", bold=True, first=0),
        P("町内の小規模事業者はデジタル化の専門人材が不足しています。観光施設でのキャッシュレス対応も遅れています。"
          "町が整備した光ファイバ網は、更新の時期を迎えています。"),
        P("【目指す姿】", bold=True, first=0),
        P("地域の事業者がデジタルを使いこなし、どこに住んでいても通信環境が確保されている町。"),
        P("【取組の方向】", bold=True, first=0),
        P("商工会と連携して事業者向けのDX相談会と専門家派遣を行い、観光施設と商店のキャッシュレス対応を支援します。"
          "町営の光ファイバ網は、計画的な設備更新により、町全域で安定した通信環境を維持します。"),
        H(2, "基本目標3　" + G3),
        P("【現状と課題】", bold=True, first=0),
        P("職員数の減少が続くなか、国の制度改正への対応で事務が増えています。紙の申請書を手で入力する作業が多く、職員の負担となっています。"),
        P("【目指す姿】", bold=True, first=0),
        P("職員が定型作業から解放され、町民と向き合う時間を確保できる役場。"),
        P("【取組の方向】", bold=True, first=0),
        P("基幹系のシステムは国の標準仕様に準拠したシステムに移行し、ガバメントクラウドを利用します。"
          "申請書の入力作業にはAI-OCRとRPAを導入し、職員が自宅や出先でも仕事ができるテレワーク環境を整えます。"
          "あわせて、町が持つ統計や施設のデータを、誰でも使える形で町ホームページに公開します。"),
        H(1, "推進体制", "6", page_break=True),
        P("副町長をCIOとする「蛍川町デジタル推進会議」で進捗を管理し、実施計画の進捗を毎年度公表します。"),
    ]
    return dict(
        town=town, pref="島根県", code="325287", title=title, heading_mode="bold", bold_h1_border=True,
        header_text="蛍川町デジタル田園推進計画", html=True, period=(2026, 2029), policies=R.policies, blocks=b,
        items=items(missing=["kanmin/bpr", "dx/security"], partial=["kanmin/divide", "dx/divide"]),
        fmt="docx + pdf (LibreOffice) + html + pdf (Chromium)",
        shapes="bold-only headings with typed numbers; the 施策体系図 table (基本理念 merged over all rows, 基本目標 merged per goal, no numbers on the measures) is the ONLY place the measures are named; the detail chapter describes each 基本目標 in prose under 【現状と課題】【目指す姿】【取組の方向】 labels with no measure headings; code in parentheses after the town name on the cover; statistics table; Chromium PDF",
        hard="an importer that looks for measure headings finds none — the measures are the third-column cells of 図4-1; the 基本目標 cells hold '基本目標1' and the title on two lines; the prose chapter re-describes the measures without naming them exactly; the code is only '（325287）' after the town name",
        notes=[
            "Code: cover line '島根県蛍川町（325287）' — no label.",
            "Period: 令和8年度～令和11年度 (4 years). Distractors: 前方針 令和4年度 (no period), 第3次総合振興計画 後期計画 令和7年度～令和11年度.",
            "Policies: the three 基本目標 (merged cells of 図4-1; also bold headings in section 5). Measures: the ten cells of the 施策 column of 図4-1 — the only list of measures. Section 5 【取組の方向】 paragraphs describe the same measures in prose; they are not additional measures.",
            "kanmin/divide, dx/divide partial: 'モデル地区でのスマホ教室' — one pilot district; other districts 'は効果を見て…検討'.",
            "kanmin/bpr missing: BPR only in the national background paragraph of section 1. dx/security missing: likewise; no measure concerns security.",
            "dx/community covered by 中小事業者のDX支援 and 町営光ファイバ網の維持管理. kanmin/opendata covered by オープンデータの公開.",
        ],
    )


# ===========================================================================
# doc80  椿浦町（長崎県）— Heading 1/2 styles with typed numbers; the measure
#        chapter is a two-column section; measures are bold label lines
#        '【取組１】…' numbered across policies, ①② activity lines; only 6
#        broad measures; 前計画の振り返り table with old measure names
# ===========================================================================
@register
def doc80():
    R = Reg()
    town = "椿浦町"
    title = "第2期椿浦町デジタル化推進計画"
    b = []
    b.append(COVER([
        ("第2期", 16, True, 120),
        ("椿浦町デジタル化推進計画", 26, True, 6),
        ("令和8年度 → 令和12年度", 13, False, 30),
        ("令和8年3月", 14, False, 180),
        ("長崎県椿浦町", 18, True, 10),
        ("全国地方公共団体コード　423939", 9, False, 6),
    ]))
    b.append(TOC([
        (0, "第1章　計画の策定にあたって", 1), (0, "第2章　第1期計画の振り返り", 2), (0, "第3章　施策の展開", 3),
        (0, "第4章　計画の推進", 5),
    ]))
    M = lambda t, n: P(f"【取組{n}】" + R.m(t), bold=True, first=0, keep=True)
    A = lambda *xs: L(xs, indent=0.3, hanging=0.45)
    b += [
        H(1, "計画の策定にあたって", "第1章"),
        H(2, "策定の趣旨", "1"),
        P("椿浦町は、五島灘に面した本土側の地区と、2つの有人離島からなる町です。本町は、令和3年3月に「椿浦町デジタル化推進計画」"
          "（第1期、令和3年度～令和7年度）を策定し、手続のオンライン化や庁内の無線LAN化を進めてきました。"),
        P("国は、自治体DX推進計画において、AI・RPAの利用推進やデジタルデバイド対策などを自治体が取り組むべき事項として示しています。"
          "とりわけ離島や高齢者の多い地域では、デジタル技術を使えない方への支援が重要とされています。"),
        P("第1期計画の成果と課題を踏まえ、令和8年度から令和12年度までの5年間を期間とする第2期計画を策定します。"),
        H(2, "計画の位置づけ", "2"),
        P("本計画は、官民データ活用推進基本法第9条第3項に規定する市町村官民データ活用推進計画です。上位計画は「椿浦町総合計画」（令和5年度～令和14年度）です。"),
        H(1, "第1期計画の振り返り", "第2章", page_break=True),
        T([
            ["第1期計画の取組", "主な成果", "課題"],
            ["電子申請システムの導入", "32手続をオンライン化", "子育て・介護手続が未対応"],
            ["庁内無線LANの整備", "本庁舎・支所で整備完了", "―"],
            ["RPAの導入", "税務課で1業務に導入", "他課への展開が進まず"],
            ["離島地区でのスマホ講座", "年1回開催", "参加者が少ない"],
            ["オープンデータの公開", "12データセット公開", "更新が不定期"],
        ], [5.0, 5.6, 5.8], font=9, caption="表2-1　第1期計画の取組と成果"),
        P("第2期計画では、第1期で導入したRPAと離島でのスマホ講座は、費用対効果が低いことから計画上の取組とはせず、各課の判断で継続することとします。"),
        H(1, "施策の展開", "第3章", page_break=True),
        P("本計画では、3つの柱のもとに6つの取組を定めます。"),
        SECT(cols=2, start="continuous"),
        H(2, "柱1　" + R.pol("手続のデジタル化"), "1"),
        M("行政手続のオンライン化とマイナンバーカードの利用拡大", "１"),
        P("マイナポータルと長崎県電子申請システムを活用して手続のオンライン化を進めるとともに、カードの取得と利用を促進します。"),
        A("①　子育て・介護関係手続のオンライン化", "②　離島支所での出張申請によるカード交付", "③　証明書コンビニ交付の周知"),
        M("窓口サービスの改善", "２"),
        P("本庁と離島支所の窓口をオンラインで結び、支所にいながら本庁の担当者に相談できるようにします。"),
        A("①　オンライン窓口の設置（2支所）", "②　窓口キャッシュレス決済"),
        H(2, "柱2　" + R.pol("役場のDX"), "2"),
        M("基幹業務システムの標準化とセキュリティ確保", "３"),
        P("基幹業務システムを標準準拠システムへ移行し、あわせて情報セキュリティポリシーを改定します。"),
        A("①　標準準拠システムへの移行とガバメントクラウドの利用", "②　情報セキュリティポリシーの改定と全職員研修", "③　標的型攻撃メール訓練"),
        M("働き方改革（テレワーク・ペーパーレス）と業務改革", "４"),
        P("職員のテレワークを制度化し、会議と決裁をペーパーレス化します。業務フローを見直し、紙と押印を前提とした事務をなくします。"),
        A("①　在宅勤務制度の導入とテレワーク端末の配備", "②　電子決裁の導入", "③　業務フローの見直し（全課）"),
        H(2, "柱3　" + R.pol("島の暮らしとデータ"), "3"),
        M("オープンデータの推進", "５"),
        P("第1期で公開したデータを定期的に更新するとともに、推奨データセットの公開を広げます。"),
        A("①　推奨データセットの追加公開", "②　年2回の定期更新"),
        M("離島地域の通信環境改善の検討", "６"),
        P("離島地区の通信環境の改善について、国の補助制度の活用や通信事業者との協議を含め、その方策を検討します。"),
        A("①　通信環境の現状調査", "②　通信事業者との協議"),
        SECT(cols=1, start="continuous"),
        H(1, "計画の推進", "第4章", page_break=True),
        P("副町長を最高情報責任者（CIO）とし、総務課情報政策係が事務局を務めます。取組の進捗は毎年度、庁議で確認し、町ホームページで公表します。"),
    ]
    return dict(
        town=town, pref="長崎県", code="423939", title=title, heading_mode="styles",
        header_text="第2期椿浦町デジタル化推進計画", period=(2026, 2030), policies=R.policies, blocks=b,
        items=items(missing=["dx/ai-rpa", "kanmin/divide", "dx/divide"], partial=["dx/community"]),
        fmt="docx + pdf (LibreOffice)",
        shapes="Heading 1/2 styles with typed numbers; the measure chapter is a continuous two-column section; policies are Heading 2 '柱1 …'; measures are bold body lines '【取組１】…' numbered across the plan (１…６); ①②③ activity lines; only 6 broad measures, several covering two items each; 第1期計画の振り返り table with old measures; code on the cover with label 全国地方公共団体コード; period written with an arrow (令和8年度 → 令和12年度)",
        hard="two-column layout for the measures (PDF reading order); the 【取組n】 label is not part of the title; measures are broad and combine items (online+mynumber, standardization+security, telework+BPR); the previous plan's table lists RPAの導入 and 離島地区でのスマホ講座, which the text says are NOT measures of this plan (各課の判断で継続); community only as a 検討",
        notes=[
            "Period: 令和8年度～令和12年度 (cover writes '令和8年度 → 令和12年度'). Distractors: 第1期 令和3年度～令和7年度, 総合計画 令和5年度～令和14年度.",
            "Policies: 柱1～3 (Heading 2; title without '柱n'). Measures: the six bold '【取組n】' lines; ①②③ lines are activities.",
            "表2-1 lists first-period measures; the text says RPA and 離島スマホ講座 are not measures of this plan.",
            "dx/ai-rpa, kanmin/divide, dx/divide missing: RPA and スマホ講座 only in the 第1期 review (explicitly dropped); デジタルデバイド対策 only in 第1章 background. 【取組２】 オンライン窓口 is not divide support.",
            "dx/community partial: 【取組６】 離島地域の通信環境改善の検討 — 現状調査 and 協議 only.",
            "kanmin/bpr covered by 【取組４】③ 業務フローの見直し（全課）; dx/telework by 【取組４】①; dx/security by 【取組３】.",
        ],
    )
# ===========================================================================
# build, convert, answer keys, README, self-check
# ===========================================================================

def check_digit_ok(code):
    d = [int(c) for c in code]
    s = sum(w * x for w, x in zip([6, 5, 4, 3, 2], d[:5]))
    return (11 - s % 11) % 10 == d[5]


def q(s):
    import json
    return json.dumps(s, ensure_ascii=False)


def write_expected(name, spec):
    lines = [f"municipality: {q(spec['town'])}",
             f"code: {q(spec['code']) if spec['code'] else 'null'}"]
    if spec["period"]:
        lines.append(f"period: {{start: {spec['period'][0]}, end: {spec['period'][1]}}}")
    else:
        lines.append("period: null")
    lines.append("policies:")
    for p in spec["policies"]:
        lines.append(f"  - title: {q(p['title'])}")
        lines.append("    measures:")
        for m in p["measures"]:
            lines.append(f"      - {q(m)}")
    lines.append("items:")
    for k in ITEM_IDS:
        lines.append(f"  {k}: {spec['items'][k]}")
    lines.append("notes: |")
    for n in spec["notes"]:
        lines.append(f"  - {n}")
    with open(os.path.join(HERE, f"{name}.expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def build_one(name, toc_override=None):
    spec = DOCS[name]()
    spec["id"] = name
    spec["toc_override"] = toc_override
    assert spec["code"] is None or check_digit_ok(spec["code"]), (name, spec["code"])
    n = sum(len(p["measures"]) for p in spec["policies"])
    assert 6 <= n <= 25, (name, n)
    doc = DocxRenderer(spec).render(spec["blocks"])
    doc.save(os.path.join(HERE, f"{name}.docx"))
    if spec.get("html"):
        with open(os.path.join(HERE, f"{name}.html"), "w", encoding="utf-8") as f:
            f.write(HtmlRenderer(spec).render(spec["blocks"]))
    write_expected(name, spec)
    return spec


def convert(specs):
    profile = "file:///tmp/lo_profile_import_blind6"
    docx = [os.path.join(HERE, f"{s['id']}.docx") for s in specs]
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE] + docx, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for s in specs:
        if s.get("html"):
            src = os.path.join(HERE, f"{s['id']}.html")
            out = os.path.join(HERE, f"{s['id']}.chromium.pdf")
            subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                            f"--print-to-pdf={out}", "file://" + src], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    xml = re.sub(r"</w:p>", "\n", xml)
    return html.unescape(re.sub(r"<[^>]+>", "", xml))


def pdf_text(path):
    return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout


def html_text(path):
    t = open(path, encoding="utf-8").read()
    t = re.sub(r"<style>.*?</style>", "", t, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", t))


def norm(s):
    import unicodedata
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def check(specs):
    problems = []
    for s in specs:
        files = [f"{s['id']}.docx", f"{s['id']}.pdf"]
        if s.get("html"):
            files += [f"{s['id']}.html", f"{s['id']}.chromium.pdf"]
        for fn in files:
            path = os.path.join(HERE, fn)
            if not os.path.exists(path):
                problems.append(f"{fn}: missing file")
                continue
            text = docx_text(path) if fn.endswith(".docx") else html_text(path) if fn.endswith(".html") else pdf_text(path)
            t = norm(text)
            wanted = [s["town"]] + [p["title"] for p in s["policies"]] + [m for p in s["policies"] for m in p["measures"]]
            if s["code"]:
                wanted.append(s["code"])
            for w in wanted:
                if norm(w) not in t:
                    problems.append(f"{fn}: not found: {w}")
        if s.get("split_row"):
            first, last = s["split_row"]
            pages = [norm(x) for x in pdf_text(os.path.join(HERE, f"{s['id']}.pdf")).split("\f")]
            pa = [i for i, t in enumerate(pages) if norm(first) in t]
            pb = [i for i, t in enumerate(pages) if norm(last) in t]
            if not pa or not pb or pa[0] == pb[0]:
                problems.append(f"{s['id']}.pdf: row '{first}…' does not span two pages ({pa}, {pb})")
            else:
                print(f"{s['id']}: split row on pages {pa[0] + 1}–{pb[0] + 1}")
    return problems


def write_readme(specs):
    out = ["# import_blind6 — blind import test set (doc71 … doc80)", "",
           "Ten invented towns' digital plans (Japanese), each as Word .docx and PDF, with an answer key",
           "`docNN.expected.yaml` (municipality, code, period, policies/measures, 13 item verdicts, notes).",
           "Everything is generated by `make.py` (run with `../../../.venv/bin/python make.py`): python-docx plus raw",
           "OOXML, PDFs by LibreOffice (`soffice --headless --convert-to pdf`) and, for doc73, doc76 and doc79, an HTML",
           "version printed by Chromium (`docNN.html` → `docNN.chromium.pdf`). All files of one document share one answer key.",
           "",
           "Item verdicts are those of a careful planning officer reading the MEASURES only (background chapters,",
           "用語集, 国の動向 and previous-plan reviews do not count). Every plan misses 2–4 item ids and has one",
           "or more partials (a 検討/study only, a pilot, or a single office or district). Codes are invented but carry a",
           "valid check digit; doc75 states no code (null).", "",
           "| doc | town | format | shapes | period | policies / measures | what is hard |",
           "|---|---|---|---|---|---|---|"]
    for s in specs:
        n = sum(len(p["measures"]) for p in s["policies"])
        per = f"FY{s['period'][0]}–FY{s['period'][1]}" if s["period"] else "null"
        code = s["code"] or "none"
        out.append(f"| {s['id']} | {s['town']} ({s['pref']}, {code}) | {s['fmt']} | {s['shapes']} | {per} | "
                   f"{len(s['policies'])} / {n} | {s['hard']} |")
    out += ["", "## Item verdicts", "",
            "| doc | " + " | ".join(i.replace("kanmin/", "k/").replace("dx/", "dx/") for i in ITEM_IDS) + " |",
            "|---|" + "---|" * len(ITEM_IDS)]
    abbrev = {"covered": "C", "partial": "P", "missing": "–"}
    for s in specs:
        out.append(f"| {s['id']} | " + " | ".join(abbrev[s["items"][i]] for i in ITEM_IDS) + " |")
    out += ["", "C = covered, P = partial, – = missing.", "",
            "## Files", "",
            "- `make.py` — the single generator (also re-checks that every town name, code, policy and measure title",
            "  occurs in the text of every .docx/.pdf/.html; text is compared after NFKC and whitespace removal).",
            "- `docNN.docx`, `docNN.pdf` (LibreOffice) for NN = 71…80; `docNN.html`, `docNN.chromium.pdf` for 73, 76, 79.",
            "- `docNN.expected.yaml` — answer keys.", ""]
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def toc_entries(spec):
    for b in flatten(spec["blocks"]):
        if b["t"] == "toc":
            return b["entries"]
    return []


def find_toc_pages(spec, pdf):
    """Page (as printed in the footer: physical page number) on which each
    目次 entry's heading starts, searched after the 目次 page, in order."""
    pages = [norm(x) for x in pdf_text(pdf).split("\f")]
    try:
        start = next(i for i, t in enumerate(pages) if "目次" in t) + 1
    except StopIteration:
        return None
    out, cur = [], start
    for lvl, text, page in toc_entries(spec):
        keys = [norm(text), norm(re.sub(r"^\S+[\s　]+", "", text))]
        found = None
        for key in keys:
            for i in range(cur, len(pages)):
                if key and key in pages[i]:
                    found = i
                    break
            if found is not None:
                break
        if found is None:
            out.append(None)
            continue
        out.append(found + 1)
        cur = found
    return out


def main(argv):
    names = argv or sorted(DOCS)
    specs = [build_one(n) for n in names]
    convert(specs)
    # second pass: put the real page numbers into the 目次
    overrides = {}
    for s in specs:
        o = {"docx": find_toc_pages(s, os.path.join(HERE, f"{s['id']}.pdf"))}
        if s.get("html"):
            o["html"] = find_toc_pages(s, os.path.join(HERE, f"{s['id']}.chromium.pdf"))
        overrides[s["id"]] = o
    specs = [build_one(n, overrides[n]) for n in names]
    convert(specs)
    for s in specs:
        again = find_toc_pages(s, os.path.join(HERE, f"{s['id']}.pdf"))
        if again != overrides[s["id"]]["docx"]:
            print("TOC pages moved in", s["id"], again, overrides[s["id"]]["docx"])
    if not argv:
        write_readme(specs)
    problems = check(specs)
    for p in problems:
        print("CHECK:", p)
    print(f"built {len(specs)} documents; {len(problems)} check problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
