#!/usr/bin/env python3
"""Generator for the blind import test set import_blind5 (doc61 … doc70).

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


# ===========================================================================
# doc61  白樺台町（北海道）— Word heading styles, typed numbers, ①②③ lines,
#        previous plan as distractor, code on the cover
# ===========================================================================
@register
def doc61():
    R = Reg()
    town = "白樺台町"
    title = "第2次白樺台町デジタル推進計画"
    b = []
    b.append(COVER([
        ("第２次", 16, True, 110),
        ("白樺台町デジタル推進計画", 26, True, 6),
        ("～ひと・しごと・くらしをつなぐ　デジタルで住み続けたい白樺台～", 12, False, 18),
        ("令和8年度（2026年度）～令和12年度（2030年度）", 12, False, 90),
        ("令和8年3月", 14, False, 70),
        ("北海道白樺台町", 18, True, 10),
        ("（地方公共団体コード　016594）", 10, False, 6),
    ]))
    b.append(TOC([
        (0, "第1章　計画の策定にあたって", 1), (1, "1　計画策定の趣旨", 1), (1, "2　計画の位置づけ", 2), (1, "3　計画期間", 2),
        (0, "第2章　本町を取り巻く現状と課題", 3), (1, "1　人口と地域の状況", 3), (1, "2　町民アンケートの結果", 3),
        (1, "3　第1次計画の取組状況と課題", 4),
        (0, "第3章　施策の展開", 5), (1, "1　基本理念", 5), (1, "2　基本方針と施策", 5),
        (0, "第4章　推進体制と進行管理", 10),
    ]))
    b += [
        H(1, "計画の策定にあたって", "第1章"),
        H(2, "計画策定の趣旨", "1"),
        P("本町では、平成31年3月に「第1次白樺台町地域情報化計画」（計画期間：平成31年度～令和7年度）を策定し、"
          "町ホームページの全面改修、公共施設への公衆無線LANの整備、住民情報システムの自治体クラウドへの移行など、"
          "情報化の基盤づくりに取り組んできました。"),
        P("この間、国においては、令和3年9月にデジタル庁が発足し、「デジタル社会の実現に向けた重点計画」に基づき、"
          "自治体の情報システムの標準化・共通化、マイナンバーカードの普及と利活用、行政手続のオンライン化が進められています。"
          "また、総務省の「自治体デジタル・トランスフォーメーション（DX）推進計画」では、AI・RPAの利用推進、テレワークの推進、"
          "セキュリティ対策の徹底が重点取組事項とされ、地域社会のデジタル化やデジタルデバイド対策、オープンデータの推進についても"
          "あわせて取り組むべき事項として示されています。"),
        P("さらに、令和7年6月に閣議決定された「地方創生2.0基本構想」では、デジタル技術を活用した地域課題の解決が重要な柱とされており、"
          "人口減少と高齢化が進む本町においても、限られた職員数で行政サービスの水準を維持し、町民の暮らしの利便性を高めるため、"
          "デジタル技術の活用は避けて通れない課題となっています。"),
        P("第1次計画が令和7年度をもって終了することから、これまでの成果と課題を検証し、国・北海道の動向を踏まえて、"
          "今後5年間に本町が取り組むデジタル化の方向性と具体的な施策を示すため、「第2次白樺台町デジタル推進計画」を策定します。"),
        H(2, "計画の位置づけ", "2"),
        P("本計画は、官民データ活用推進基本法（平成28年法律第103号）第9条第3項に規定する「市町村官民データ活用推進計画」として位置づけます。"),
        P("また、本町の最上位計画である「第6次白樺台町総合計画」（令和5年度～令和14年度）の分野別計画として、"
          "「白樺台町デジタル田園都市構想総合戦略」その他の個別計画と整合を図りながら推進します。"),
        H(2, "計画期間", "3"),
        P("本計画の計画期間は、令和8年度（2026年度）から令和12年度（2030年度）までの5年間とします。"
          "ただし、国の制度改正や技術の進展など、社会情勢の変化に応じて、計画期間中であっても必要な見直しを行います。"),
        T([
            ["計画", "期間", "備考"],
            ["第6次白樺台町総合計画", "令和5年度～令和14年度", "最上位計画"],
            ["第1次白樺台町地域情報化計画", "平成31年度～令和7年度", "前計画（令和7年度終了）"],
            ["第2次白樺台町デジタル推進計画", "令和8年度～令和12年度", "本計画"],
        ], [6.0, 5.0, 5.0], caption="図表1　関連計画の期間"),
        H(1, "本町を取り巻く現状と課題", "第2章", page_break=True),
        H(2, "人口と地域の状況", "1"),
        P("本町の人口は、令和7年9月末現在で6,842人であり、10年前と比べて約14％減少しています。"
          "高齢化率は39.6％に達し、今後も上昇が見込まれます。町域は東西に広く、役場から最も遠い集落までは車で40分を要するため、"
          "来庁を前提としない行政サービスへの要望が高まっています。"),
        H(2, "町民アンケートの結果", "2"),
        P("令和7年7月に実施した「まちづくり町民アンケート」（対象：18歳以上の町民1,500人、回収率42.3％）では、"
          "スマートフォンの保有率は全体で84.1％でしたが、75歳以上では56.8％にとどまりました。"
          "「役場の手続をスマートフォンで行いたい」と回答した人は30歳代で71.2％に上る一方、"
          "「操作方法がわからないので不安」と回答した人は70歳以上で48.5％となっています。"),
        H(2, "第1次計画の取組状況と課題", "3"),
        P("第1次計画では、オープンデータの公開を掲げましたが、公開したデータは避難所一覧など3件にとどまり、利用の実績も把握できていません。"
          "また、新型コロナウイルス感染症への対応として、令和2年度にテレワーク用の端末10台を導入しましたが、"
          "現在はほとんど利用されていない状況です。"),
        P("これらの経験から、計画に掲げる取組は、本町の規模や職員体制に照らして実効性のあるものに絞り込み、"
          "確実に実施していくことが課題となっています。"),
        H(1, "施策の展開", "第3章", page_break=True),
        H(2, "基本理念", "1"),
        P("ひと・しごと・くらしをつなぐ　デジタルで住み続けたい白樺台", align="center", bold=True),
        P("本計画では、デジタル技術を「目的」ではなく、町民が住み慣れた地域で安心して暮らし続けるための「手段」として活用し、"
          "地域社会のデジタル化を見据えながら、町民の利便性の向上と効率的な行政運営の両立を目指します。"),
        H(2, "基本方針と施策", "2"),
        P("基本理念の実現に向け、次の3つの基本方針のもとに施策を展開します。"),
    ]
    b += L(["基本方針１　" + "暮らしの手続がスマートになるまち",
            "基本方針２　" + "効率的で持続可能な役場づくり",
            "基本方針３　" + "誰もがデジタルの恩恵を受けられるまち"], indent=0.5, hanging=0)
    b += [
        H(2, R.pol("暮らしの手続がスマートになるまち"), "基本方針１"),
        H(3, R.m("行政手続のオンライン化の推進"), "(1)"),
        P("子育て・介護など町民の利用頻度が高い手続から、マイナポータル（ぴったりサービス）や北海道電子自治体共同システム（HARP）の"
          "電子申請サービスを活用したオンライン化を進め、役場に来なくても手続ができる環境を整えます。"),
        *L(["①子育て・介護関係手続のマイナポータルからの申請受付",
            "②各種証明書の郵送請求のオンライン化",
            "③電子申請に対応した手続一覧の町ホームページへの掲載"], indent=0.7, hanging=0.45),
        H(3, R.m("マイナンバーカードの取得促進と利活用"), "(2)"),
        P("休日窓口や地区会館での出張申請受付を継続してカードの取得を促進するとともに、"
          "コンビニエンスストアでの証明書交付や図書館の利用者カードとしての活用など、カードの利用場面を広げます。"),
        *L(["①地区会館・事業所での出張申請受付",
            "②証明書コンビニ交付の周知",
            "③町立図書館の利用者カード機能の追加"], indent=0.7, hanging=0.45),
        H(3, R.m("窓口キャッシュレス決済の導入"), "(3)"),
        P("役場窓口で取り扱う各種証明手数料や、町営施設の使用料について、クレジットカードやQRコード決済などのキャッシュレス決済を導入します。"),
        H(3, R.m("町ホームページ及び情報発信の充実"), "(4)"),
        P("町ホームページを、スマートフォンでの閲覧に配慮した構成に改めるとともに、LINE公式アカウントを活用して、"
          "ごみの収集日や防災情報など町民一人ひとりが必要とする情報をプッシュ型で配信します。"),
        H(2, R.pol("効率的で持続可能な役場づくり"), "基本方針２"),
        H(3, R.m("基幹業務システムの標準化・ガバメントクラウドへの移行"), "(5)"),
        P("住民基本台帳、税、福祉など20業務の基幹業務システムについて、国が定める標準仕様書に準拠したシステムへ移行し、"
          "ガバメントクラウドでの運用を開始します。令和7年度末までに移行が完了しない業務（特定移行支援システム）については、"
          "事業者と移行計画を確定させ、令和9年度までの移行完了を目指します。"),
        *L(["①標準準拠システムへの移行と稼働後の運用検証",
            "②特定移行支援システムの移行計画の策定と移行",
            "③ガバメントクラウド利用料を含む運用経費の把握と最適化"], indent=0.7, hanging=0.45),
        H(3, R.m("業務の見直し（BPR）の推進"), "(6)"),
        P("窓口業務や内部事務を対象に業務量調査を行い、業務フローの可視化と見直しを全課で実施します。"
          "見直しにあたっては、AI-OCRやRPAの導入についても、費用対効果を踏まえて検討します。"),
        *L(["①全課を対象とした業務量調査",
            "②業務フローの可視化と手順・様式の見直し",
            "③AI-OCR・RPAの導入効果の試算"], indent=0.7, hanging=0.45),
        H(3, R.m("電子決裁・文書管理システムの導入"), "(7)"),
        P("起案から決裁、保存までを電子で完結する電子決裁・文書管理システムを導入し、紙文書の削減と事務の迅速化を図ります。"
          "あわせて、Web会議システムを活用した会議の開催により、会議資料のペーパーレス化を進めます。"),
        H(3, R.m("情報セキュリティ対策の強化"), "(8)"),
        P("国の「地方公共団体における情報セキュリティポリシーに関するガイドライン」の改定を踏まえて本町の情報セキュリティポリシーを見直すとともに、"
          "全職員を対象とした情報セキュリティ研修と標的型攻撃メール訓練を毎年度実施します。"),
        H(2, R.pol("誰もがデジタルの恩恵を受けられるまち"), "基本方針３"),
        H(3, R.m("スマートフォン相談会の開催"), "(9)"),
        P("スマートフォンの操作に不安のある高齢者等を対象に、携帯電話事業者や社会福祉協議会と連携した相談会を各地区で開催し、"
          "オンライン申請やマイナポータルの使い方を身近な場所で学べる機会をつくります。"),
        *L(["①地区会館を巡回する相談会の定期開催（年12回）",
            "②デジタル活用支援員の養成"], indent=0.7, hanging=0.45),
        H(3, R.m("町民向けデジタル講座の開催"), "(10)"),
        P("公民館講座として、初心者向けのパソコン・スマートフォン講座や、キャッシュレス決済・ネット詐欺対策などをテーマとした講座を開催します。"),
        H(3, R.m("職員のデジタル人材育成"), "(11)"),
        P("全職員を対象としたDX研修を実施するとともに、各課にデジタル推進リーダーを置き、所属におけるデジタル化の推進役を育成します。"),
        H(1, "推進体制と進行管理", "第4章", page_break=True),
        H(2, "推進体制", "1"),
        P("副町長を最高デジタル責任者（CDO）とし、町長を本部長とする「白樺台町デジタル推進本部」を中心に、全庁的な体制で計画を推進します。"
          "専門的な知見が必要な事項については、北海道の市町村DX支援の仕組みや外部人材を活用します。"),
        H(2, "進行管理", "2"),
        P("各施策の進捗状況は、毎年度、担当課の自己評価をもとにデジタル推進本部で点検・評価し（PDCAサイクル）、"
          "その結果を町ホームページで公表します。"),
    ]
    return dict(
        town=town, pref="北海道", code="016594", title=title, heading_mode="styles",
        period=(2026, 2030), policies=R.policies, blocks=b,
        items=items(missing=["kanmin/opendata", "dx/telework", "dx/community"], partial=["dx/ai-rpa"]),
        fmt="docx + pdf (LibreOffice)",
        shapes="Word 見出し1/2/3 styles; typed numbers (第1章, 1, (1)); ①②③ activity lines under measures; previous plan period (H31–R7) in text and in a period table; code on cover",
        hard="previous plan 平成31年度～令和7年度 and 総合計画 R5–R14 beside the real period; ①②③ lines are activities, not measures; background names every national item; AI-OCR/RPA only 検討 inside the BPR measure; Web会議 is not telework; opendata and telework appear only as past failures in 第2章",
        notes=[
            "Period: 令和8年度～令和12年度. Distractors: 第1次計画 平成31年度～令和7年度 (in 趣旨 and in 図表1) and 総合計画 令和5年度～令和14年度.",
            "Policies are the three 基本方針 (Heading 2, typed 基本方針１…); measures are the Heading 3 entries (1)…(11). The ①②③ lines under a measure are activities, not measures.",
            "The list of 基本方針 in 第3章 2 repeats the policy titles before the detailed sections; it is not a fourth level.",
            "dx/ai-rpa partial: AI-OCR・RPA appear only as '費用対効果を踏まえて検討' / '導入効果の試算' inside measure (6). An alternative reading is missing (no commitment at all); covered is wrong.",
            "kanmin/opendata, dx/telework missing: both appear only in 第2章 as results of the previous plan (公開3件, 端末10台ほとんど利用されていない) and in the national background. 'Web会議システム' in (7) is meetings, not telework.",
            "dx/community missing: 基本理念 says 地域社会のデジタル化を見据えながら — a mention, not a measure. (4) LINE配信 is the town's own publicity.",
            "kanmin/bpr covered by (6) 業務の見直し（BPR）の推進 (全課 業務量調査・業務フロー見直し).",
        ],
    )


# ===========================================================================
# doc62  美晴町（青森県）— bold-only headings, typed numbers, measures as rows
#        of a table with a vertically merged 分野 column, code wrapped on the
#        cover, 資料編 with 用語集 and KPI table
# ===========================================================================
@register
def doc62():
    R = Reg()
    town = "美晴町"
    title = "美晴町DX推進計画"
    b = []
    b.append(COVER([
        ("美晴町DX推進計画", 26, True, 150),
        ("令和8年度～令和11年度", 13, False, 12),
        ("令和8年3月", 14, False, 190),
        ("青森県美晴町", 18, True, 10),
        ("全国地方公共団体コード\n024465", 10, False, 6),
    ]))
    b.append(TOC([
        (0, "第1章　計画策定の趣旨", 1), (1, "1　策定の背景", 1), (1, "2　計画の位置づけ", 2), (1, "3　計画期間", 2),
        (0, "第2章　本町のデジタル化の現状と課題", 3),
        (0, "第3章　基本理念と基本目標", 4),
        (0, "第4章　施策の展開", 5),
        (0, "第5章　推進体制と進行管理", 8),
        (0, "資料編", 9), (1, "1　用語集", 9), (1, "2　KPI一覧", 10),
    ]))
    b += [
        H(1, "計画策定の趣旨", "第1章"),
        H(2, "策定の背景", "1"),
        P("国は、令和3年に「デジタル社会形成基本法」を制定し、誰一人取り残されない、人に優しいデジタル化を進めることとしました。"
          "総務省の「自治体DX推進計画」では、自治体の情報システムの標準化・共通化、マイナンバーカードの普及促進、"
          "行政手続のオンライン化、AI・RPAの利用推進、テレワークの推進、セキュリティ対策の徹底が重点取組事項とされ、"
          "あわせて地域社会のデジタル化とデジタルデバイド対策に取り組むことが求められています。"),
        P("また、令和7年には「地方創生2.0基本構想」が閣議決定され、デジタル技術を最大限に活用して地方の課題解決を図る方向性が示されました。"
          "本町においても、人口減少による担い手不足が深刻化するなか、行政サービスを持続的に提供するためには、"
          "デジタル技術を活用した業務の変革が不可欠です。"),
        P("こうした状況を踏まえ、本町が取り組むDXの方向性と具体的な施策を明らかにするため、「美晴町DX推進計画」を策定します。"),
        H(2, "計画の位置づけ", "2"),
        P("本計画は、官民データ活用推進基本法第9条第3項に基づく「市町村官民データ活用推進計画」として位置づけるとともに、"
          "「第5次美晴町総合計画」の基本目標「効率的で開かれた町政」を実現するための分野別計画とします。"),
        H(2, "計画期間", "3"),
        P("本計画の期間は、令和8年度から令和11年度までの4年間とします。これは、第5次美晴町総合計画後期基本計画（令和8年度～令和11年度）と"
          "期間を合わせたものです。"),
        H(1, "本町のデジタル化の現状と課題", "第2章", page_break=True),
        H(2, "これまでの取組", "1"),
        P("本町では、平成29年度に住民情報システムを青森県内の町村と共同で自治体クラウドへ移行し、令和3年度にはマイナポータルでの"
          "子育て関係手続の受付を開始しました。令和6年度末時点のマイナンバーカード保有率は74.2％となっています。"),
        H(2, "課題", "2"),
        P("一方で、オンラインで申請できる手続は32手続にとどまり、窓口では依然として紙の申請書への記入が中心です。"
          "また、職員数は10年間で約1割減少しており、定型的な事務の負担軽減が急務となっています。"),
        H(1, "基本理念と基本目標", "第3章", page_break=True),
        H(2, "基本理念", "1"),
        P("「暮らしやすさを実感できる　デジタルのまち　美晴」", align="center", bold=True),
        H(2, "基本目標", "2"),
        P("基本理念の実現に向けて、次の3つの基本目標を掲げ、施策を推進します。"),
    ]
    b += L(["基本目標１　住民サービスのデジタル化",
            "基本目標２　行政運営の効率化",
            "基本目標３　安全・安心なデジタル基盤の確立"], indent=0.5, hanging=0)
    p1 = R.pol("住民サービスのデジタル化")
    rows = [["分野", "施策名", "概要", "KPI", "目標値\n（R11）", "担当課"]]
    rows.append(["1\n" + p1, R.m("電子申請サービスの拡充"),
                 "青森県電子申請サービス及びマイナポータルを活用し、子育て・介護関係の手続をはじめ、住民の利用が多い手続からオンライン申請を拡充する。",
                 "オンライン申請が可能な手続数", "80手続", "総務課"])
    rows.append([None, R.m("書かない窓口の導入"),
                 "住民票の写し等の交付申請や転入・転出の手続で、職員が聞き取りにより申請書を作成する「書かない窓口」を導入する。",
                 "書かない窓口の対象手続数", "20手続", "町民課"])
    rows.append([None, R.m("マイナンバーカード交付体制の充実"),
                 "休日交付窓口の開設や出張申請受付により、カードの取得と更新を支援する。コンビニ交付の対象証明書を拡大する。",
                 "マイナンバーカード保有率", "85％", "町民課"])
    rows.append([None, R.m("公金のキャッシュレス納付の拡大"),
                 "町税・保険料等のスマートフォン決済と、窓口手数料のキャッシュレス決済を導入する。",
                 "キャッシュレス対応の公金の種類", "10種類", "税務課\n会計課"])
    rows.append([None, R.m("オープンデータの公開"),
                 "「自治体標準オープンデータセット」に準拠したデータを町ホームページで公開し、毎年度追加・更新する。",
                 "公開データセット数", "30件", "企画課"])
    p2 = R.pol("行政運営の効率化")
    rows.append(["2\n" + p2, R.m("基幹業務システムの標準化対応"),
                 "住民記録、税、福祉等の基幹業務システムを標準準拠システムへ移行し、ガバメントクラウドで運用する。",
                 "標準準拠システムへの移行業務数", "20業務", "総務課"])
    rows.append([None, R.m("RPA・AI-OCRの導入拡大"),
                 "定型的な入力・集計業務にRPA及びAI-OCRを導入し、対象業務を順次拡大する。",
                 "RPAを適用した業務数", "15業務", "総務課"])
    rows.append([None, R.m("業務プロセスの見直し"),
                 "窓口業務を中心に業務フローを可視化し、手続の簡素化や押印・添付書類の見直しを行う（BPR）。",
                 "業務フローの見直し件数", "30件", "総務課"])
    rows.append([None, R.m("ペーパーレス会議の推進"),
                 "庁議などの会議にタブレット端末を導入し、オンライン会議システムとあわせて会議資料のペーパーレス化を進める。",
                 "会議資料の印刷枚数の削減率", "50％", "総務課"])
    p3 = R.pol("安全・安心なデジタル基盤の確立")
    rows.append(["3\n" + p3, R.m("情報セキュリティ対策の徹底"),
                 "情報セキュリティポリシーを国のガイドラインに合わせて改定し、全職員研修と外部監査を実施する。",
                 "セキュリティ研修の受講率", "100％", "総務課"])
    rows.append([None, R.m("ローカル5G等の活用に関する調査研究"),
                 "農業・観光分野におけるローカル5G等の新たな通信技術の活用可能性について、県や通信事業者と情報交換を行い、調査研究する。",
                 "調査研究報告書の作成", "1件", "企画課\n産業振興課"])
    rows.append([None, R.m("職員のデジタル人材育成"),
                 "全職員向けのDX研修を実施し、各課のデジタル推進リーダーを養成する。",
                 "DX研修の受講者数", "延べ200人", "総務課"])
    b += [
        H(1, "施策の展開", "第4章", page_break=True),
        P("基本目標ごとに、次の施策に取り組みます。各施策にはKPI（重要業績評価指標）と令和11年度の目標値を設定し、進捗を管理します。"),
        T(rows, [2.3, 3.1, 5.1, 2.6, 1.8, 1.5], header=1, font=8.5, align_center_cols=(4, 5),
          caption="表4-1　施策一覧"),
        H(1, "推進体制と進行管理", "第5章", page_break=True),
        H(2, "推進体制", "1"),
        P("町長を本部長、副町長を最高情報統括責任者（CIO）とする「美晴町DX推進本部」を設置し、全庁横断的に施策を推進します。"
          "また、外部の専門人材をCIO補佐官として任用し、システム調達や情報セキュリティに関する助言を受けます。"),
        H(2, "進行管理", "2"),
        P("施策ごとに設定したKPIの実績を毎年度把握し、DX推進本部において評価・検証を行い、必要に応じて施策の見直しを行います。"),
        H(1, "資料編", None, page_break=True),
        H(2, "用語集", "1"),
        T([
            ["用語", "説明"],
            ["AI-OCR", "AI（人工知能）の技術を活用して、手書き文字などの読み取り精度を高めたOCR（光学的文字認識）のこと。"],
            ["BPR", "Business Process Re-engineering の略。業務の目的に立ち返って、業務の流れや手順を抜本的に見直すこと。"],
            ["ガバメントクラウド", "国が整備する、政府共通のクラウドサービスの利用環境。標準準拠システムはここで運用することが想定されている。"],
            ["テレワーク", "情報通信技術を活用し、自宅やサテライトオフィスなど、場所や時間にとらわれずに働く柔軟な働き方のこと。"],
            ["デジタルデバイド", "インターネットやパソコン等の情報通信技術を利用できる人とできない人との間に生じる格差のこと。"],
            ["ローカル5G", "地域の企業や自治体等が、自らの建物や敷地内でスポット的に構築する第5世代移動通信システム。"],
            ["RPA", "Robotic Process Automation の略。パソコンで行う定型的な作業を、ソフトウェアのロボットにより自動化すること。"],
        ], [3.5, 12.9], header=1, font=9),
        H(2, "KPI一覧", "2"),
        T([
            ["施策名", "KPI", "現状値（R6）", "目標値（R11）"],
            ["電子申請サービスの拡充", "オンライン申請が可能な手続数", "32手続", "80手続"],
            ["書かない窓口の導入", "書かない窓口の対象手続数", "0手続", "20手続"],
            ["マイナンバーカード交付体制の充実", "マイナンバーカード保有率", "74.2％", "85％"],
            ["公金のキャッシュレス納付の拡大", "キャッシュレス対応の公金の種類", "2種類", "10種類"],
            ["オープンデータの公開", "公開データセット数", "6件", "30件"],
            ["基幹業務システムの標準化対応", "標準準拠システムへの移行業務数", "14業務", "20業務"],
            ["RPA・AI-OCRの導入拡大", "RPAを適用した業務数", "3業務", "15業務"],
            ["業務プロセスの見直し", "業務フローの見直し件数", "―", "30件"],
            ["ペーパーレス会議の推進", "会議資料の印刷枚数の削減率", "―", "50％"],
            ["情報セキュリティ対策の徹底", "セキュリティ研修の受講率", "88％", "100％"],
            ["ローカル5G等の活用に関する調査研究", "調査研究報告書の作成", "―", "1件"],
            ["職員のデジタル人材育成", "DX研修の受講者数", "延べ35人", "延べ200人"],
        ], [5.0, 5.4, 3.0, 3.0], header=1, font=9, align_center_cols=(2, 3)),
    ]
    return dict(
        town=town, pref="青森県", code="024465", title=title, heading_mode="bold", bold_h1_border=True,
        period=(2026, 2029), policies=R.policies, blocks=b,
        items=items(missing=["kanmin/divide", "dx/divide", "dx/telework"], partial=["dx/community"]),
        fmt="docx + pdf (LibreOffice)",
        shapes="bold-only headings (no heading styles); typed numbers; measures as rows of one table 分野｜施策名｜概要｜KPI｜目標値｜担当課 with 分野 merged vertically; code wrapped onto the next line on the cover; 資料編 with 用語集 and KPI一覧",
        hard="no heading styles at all; the measures exist only as table rows, the policy only in a vertically merged first cell; the KPI一覧 in 資料編 repeats every measure name (must not double the measures); 用語集 defines テレワーク/デジタルデバイド without any commitment",
        notes=[
            "Code: the cover says 全国地方公共団体コード, then a manual line break, then 024465.",
            "Period: 令和8年度～令和11年度 (4 years, aligned with 総合計画後期基本計画).",
            "Policies = the 分野 cells (vertically merged, text '1' + line break + title); the 基本目標 list in 第3章 gives the same three titles. Measures = 施策名 column of 表4-1, 12 rows.",
            "資料編 2 KPI一覧 repeats the 12 measure names with KPI values; it is not a second set of measures. 用語集 rows are definitions.",
            "dx/community partial: only 'ローカル5G等の活用に関する調査研究' (study). Missing would also be defensible; covered is wrong.",
            "kanmin/divide, dx/divide, dx/telework missing: named in the background (自治体DX推進計画's list) and defined in the 用語集 only. 'オンライン会議システム' in ペーパーレス会議 is not telework.",
            "kanmin/bpr covered by 業務プロセスの見直し (…見直しを行う（BPR）).",
        ],
    )


# ===========================================================================
# doc63  霧川町（岩手県）— automatic numbering (numbering.xml) for headings,
#        measures and ア・イ・ウ sub-items; 施策体系図 before the detail chapter
# ===========================================================================
@register
def doc63():
    R = Reg()
    town = "霧川町"
    title = "霧川町情報化推進計画"
    numbering = {
        "head": [lvl_xml(0, "decimalFullWidth", "第%1章", 0, 0, bold=True),
                 lvl_xml(1, "decimalFullWidth", "%2", 0, 0, bold=True),
                 lvl_xml(2, "decimalFullWidth", "（%3）", 0.3, 0, bold=True)],
        "goal": [lvl_xml(0, "decimalFullWidth", "基本目標%1", 0, 0, bold=True)],
        "meas": [lvl_xml(0, "decimal", "(%1)", 0.3, 0, bold=True),
                 lvl_xml(1, "aiueoFullWidth", "%2", 1.1, 0.5)],
        "bul": [lvl_xml(0, "bullet", "・", 0.9, 0.45)],
    }
    b = []
    b.append(COVER([
        ("霧川町情報化推進計画", 26, True, 160),
        ("2026（令和8）年度 ─ 2030（令和12）年度", 12, False, 14),
        ("2026（令和8）年3月", 13, False, 190),
        ("岩手県霧川町", 18, True, 10),
        ("団体コード：033677", 10, False, 4),
    ]))
    b.append(TOC([
        (0, "第１章　計画の概要", 1), (0, "第２章　霧川町の現状と課題", 3), (0, "第３章　計画の基本的な考え方", 5),
        (0, "第４章　施策の展開", 7), (0, "第５章　計画の推進", 12),
    ]))
    hh = lambda lvl, text, num, il: H(lvl, text, num, auto=("head", il), page_break=(lvl == 1 and num != "第１章"))
    b += [
        hh(1, "計画の概要", "第１章", 0),
        hh(2, "計画策定の趣旨", "１", 1),
        P("本町では、2016（平成28）年度に「霧川町地域情報化計画」を策定し、町内全域への光ファイバ網の整備や、住民情報システムのクラウド化を進めてきました。"),
        P("近年、国においてはデジタル庁の設置をはじめ、自治体の情報システムの標準化・共通化、行政手続のオンライン化、AI・RPAの活用による業務の効率化、"
          "オープンデータの推進など、行政のデジタル化に向けた取組が急速に進められています。"
          "本町においても、これらの動向に的確に対応するとともに、人口減少と高齢化が進む中で住民の暮らしを支えるため、"
          "情報化の新たな指針として「霧川町情報化推進計画」を策定します。"),
        hh(2, "計画の位置づけ", "２", 1),
        P("本計画は、次の計画として位置づけます。"),
        P("官民データ活用推進基本法第9条第3項に基づく「市町村官民データ活用推進計画」", auto=("bul", 0), num="・"),
        P("「第3次霧川町総合計画」の分野別計画", auto=("bul", 0), num="・"),
        hh(2, "計画期間", "３", 1),
        P("本計画の期間は、2026（令和8）年度から2030（令和12）年度までの5年間とします。"),
        hh(1, "霧川町の現状と課題", "第２章", 0),
        hh(2, "人口の動向", "１", 1),
        P("本町の人口は2025（令和7）年3月末で8,115人となり、2040年には6,000人を下回ると推計されています。"
          "特に生産年齢人口の減少が著しく、行政の担い手である職員の確保も年々難しくなっています。"),
        hh(2, "情報通信基盤", "２", 1),
        P("町内の光ファイバ網は、2012（平成24）年度に町が整備し、現在は町が所有して運用していますが、設備の老朽化と維持管理費の増加が課題です。"
          "また、山間部の一部には携帯電話の電波が届きにくい地域が残っています。"),
        hh(2, "住民意識調査の結果", "３", 1),
        P("2025（令和7）年度に実施した住民意識調査では、「行政手続をオンラインで行いたい」との回答が52.8％となった一方、"
          "60歳以上の約4割が「スマートフォンの操作に自信がない」と回答しています。"),
        hh(2, "本町の課題", "４", 1),
        P("以上を踏まえ、本町の課題を「手続の利便性の向上」「限られた職員による効率的な行政運営」「情報通信基盤の維持とデジタル活用の格差解消」の3点に整理します。"),
        hh(1, "計画の基本的な考え方", "第３章", 0),
        hh(2, "基本理念", "１", 1),
        P("霧の里に、やさしいデジタルを。", align="center", bold=True),
        hh(2, "基本目標", "２", 1),
        P("基本理念の実現に向け、3つの基本目標を定めます。"),
        hh(2, "施策体系", "３", 1),
        P("本計画の施策体系は、次のとおりです。"),
        T([
            ["基本理念", "基本目標", "施策"],
            ["霧の里に、やさしいデジタルを。", "基本目標１\n手続のデジタル化による住民サービスの向上", "(1) オンライン申請の拡大"],
            [None, None, "(2) マイナンバーカードの普及と活用"],
            [None, None, "(3) 窓口のデジタル化"],
            [None, "基本目標２\nデジタル技術を活用した行政運営", "(4) 情報システムの標準化・共通化"],
            [None, None, "(5) テレワーク環境の整備"],
            [None, None, "(6) 情報セキュリティの確保"],
            [None, None, "(7) 業務プロセス見直しの試行"],
            [None, "基本目標３\nデジタルでつながる地域づくり", "(8) 情報通信基盤の整備"],
            [None, None, "(9) 地域のデジタル活用支援"],
            [None, None, "(10) 観光情報のデジタル発信"],
        ], [3.6, 5.8, 7.0], header=1, font=9.5, caption="図3-1　施策体系図"),
    ]
    G = lambda text, num: H(2, text, num, auto=("goal", 0))
    M = lambda text, num: H(3, text, num, auto=("meas", 0))
    S = lambda text, num: P(text, auto=("meas", 1), num=num)
    b += [
        hh(1, "施策の展開", "第４章", 0),
        G(R.pol("手続のデジタル化による住民サービスの向上"), "基本目標１"),
        M(R.m("オンライン申請の拡大"), "(1)"),
        P("マイナポータルや、岩手県と県内市町村が共同で利用する電子申請サービスを活用し、子育て・介護関係の手続をはじめとする行政手続のオンライン化を進めます。"),
        S("子育て・介護関係手続のオンライン申請受付", "ア"),
        S("公共施設予約のオンライン化", "イ"),
        S("町税等の電子納付（地方税統一QRコード）の利用促進", "ウ"),
        M(R.m("マイナンバーカードの普及と活用"), "(2)"),
        P("カードの取得を希望する住民が確実に申請・受け取りできるよう体制を整えるとともに、カードを利用できるサービスを拡充します。"),
        S("休日・夜間の交付窓口の開設", "ア"),
        S("高齢者施設・事業所への出張申請受付", "イ"),
        S("証明書のコンビニ交付サービスの周知", "ウ"),
        M(R.m("窓口のデジタル化"), "(3)"),
        P("住民が窓口で申請書を何枚も書くことのないよう、申請書作成支援システムを導入し、窓口での手続時間を短縮します。"),
        S("申請書作成支援システムの導入", "ア"),
        S("窓口予約システムの導入", "イ"),
        G(R.pol("デジタル技術を活用した行政運営"), "基本目標２"),
        M(R.m("情報システムの標準化・共通化"), "(4)"),
        P("基幹業務システムを国の標準仕様に準拠したシステムへ移行し、ガバメントクラウド上での安定運用を図ります。"),
        S("基幹業務システムの標準準拠システムへの移行", "ア"),
        S("ガバメントクラウドへの接続と運用経費の管理", "イ"),
        M(R.m("テレワーク環境の整備"), "(5)"),
        P("災害時や感染症のまん延時にも業務を継続し、育児・介護と仕事を両立できるよう、職員が自宅等で業務を行えるテレワーク環境を整備します。"),
        S("持ち出し用モバイル端末の配備", "ア"),
        S("テレワーク勤務に関する規程の整備", "イ"),
        M(R.m("情報セキュリティの確保"), "(6)"),
        P("住民の個人情報を守るため、技術的・人的な情報セキュリティ対策を徹底します。"),
        S("情報セキュリティポリシーの改定", "ア"),
        S("職員研修・標的型攻撃メール訓練の実施", "イ"),
        S("インシデント対応体制（CSIRT）の運用", "ウ"),
        M(R.m("業務プロセス見直しの試行"), "(7)"),
        P("税務課の賦課業務を対象に、業務フローの可視化と見直しを試行します。他の課への展開は、試行の結果を見て判断します。"),
        S("税務課における業務量調査", "ア"),
        S("業務フロー図の作成と見直し案の検討", "イ"),
        G(R.pol("デジタルでつながる地域づくり"), "基本目標３"),
        M(R.m("情報通信基盤の整備"), "(8)"),
        P("町が所有する光ファイバ網を民間通信事業者へ移行して安定的な運用を確保するとともに、携帯電話の不感地域の解消を進めます。"),
        S("町営光ファイバ網の民間移行", "ア"),
        S("携帯電話不感地域の解消に向けた事業者との協議", "イ"),
        M(R.m("地域のデジタル活用支援"), "(9)"),
        P("スマートフォンの操作に不安を持つ高齢者等が、身近な場所で相談できる体制をつくります。"),
        S("スマートフォン教室の開催", "ア"),
        S("地域のデジタル活用支援員の養成", "イ"),
        M(R.m("観光情報のデジタル発信"), "(10)"),
        P("観光客が必要な情報を手軽に得られるよう、デジタルを活用した観光情報の発信を強化します。"),
        S("観光ポータルサイトの多言語化", "ア"),
        S("SNSを活用した情報発信", "イ"),
        hh(1, "計画の推進", "第５章", 0),
        hh(2, "推進体制", "１", 1),
        P("副町長を最高情報責任者（CIO）とし、各課長で構成する「霧川町情報化推進委員会」において、計画の推進と進捗管理を行います。"),
        hh(2, "進行管理", "２", 1),
        P("毎年度、施策の実施状況を取りまとめ、情報化推進委員会で評価・検証し、町ホームページで公表します。"),
    ]
    return dict(
        town=town, pref="岩手県", code="033677", title=title, heading_mode="autonum", numbering=numbering,
        period=(2026, 2030), policies=R.policies, blocks=b,
        items=items(missing=["kanmin/opendata", "dx/ai-rpa"], partial=["kanmin/bpr"]),
        fmt="docx + pdf (LibreOffice)",
        shapes="Word automatic numbering (numbering.xml) for chapters (第１章), sections (１), 基本目標, measures ((1) continuous) and ア・イ・ウ sub-items — none of these numbers is in the text; 施策体系図 table (merged cells) before the detailed chapter; code on cover",
        hard="numbers and ア/イ/ウ markers exist only in numbering.xml; headings are bold paragraphs with numPr, not heading styles; the 施策体系図 lists every measure once before 第４章 (must not double); ア・イ・ウ lines are activities, not measures",
        notes=[
            "Period: 2026（令和8）年度～2030（令和12）年度. 2016 plan mentioned as history only.",
            "Every number visible in the PDF (第１章, １, 基本目標１, (1), ア) is generated by numbering.xml; document.xml holds only the titles.",
            "Policies: 基本目標１～３. Measures: the (1)…(10) items; the ア/イ/ウ auto-numbered lines under each are activities. An alternative reading would treat ア/イ/ウ as measures (25 of them) — not what a planning officer does here, since (1)…(10) are the units in the 施策体系図.",
            "図3-1 施策体系図 (third column, typed '(1) …') repeats all ten measures; the answer keeps one copy.",
            "kanmin/bpr partial: (7) 業務プロセス見直しの試行 is limited to 税務課; extension 'は試行の結果を見て判断'.",
            "kanmin/opendata and dx/ai-rpa missing: both only in 趣旨 (national trends). (10) 観光情報の発信 is not open data.",
            "dx/community covered by (8) 光ファイバ網・携帯電話不感地域.",
        ],
    )


# ===========================================================================
# doc64  若葉沢町（宮城県）— 【重点取組１】 labels, ①②③ lines, typed numbers;
#        also HTML printed by Chromium with running header/footer
# ===========================================================================
@register
def doc64():
    R = Reg()
    town = "若葉沢町"
    title = "若葉沢町自治体DX推進計画"
    b = []
    b.append(COVER([
        ("若葉沢町自治体DX推進計画", 24, True, 140),
        ("～つながる・ひろがる　わかばさわDX～", 13, False, 14),
        ("計画期間　令和8年度～令和10年度", 12, False, 40),
        ("令和8年3月", 14, False, 150),
        ("宮城県若葉沢町", 18, True, 10),
        ("地方公共団体コード　044385", 10, False, 6),
    ]))
    b.append(TOC([
        (0, "1　計画の基本事項", 1), (0, "2　国・県の動向", 2), (0, "3　本町の現状と課題", 4),
        (0, "4　重点取組", 5), (1, "Ⅰ　住民の利便性向上", 5), (1, "Ⅱ　行政の効率化", 7), (1, "Ⅲ　データの活用", 9),
        (0, "5　推進体制", 10),
    ]))
    b += [
        H(1, "計画の基本事項", "1"),
        H(2, "策定の趣旨", "(1)"),
        P("本町は、令和4年度に「若葉沢町デジタル化方針」を定め、行政手続のオンライン化やマイナンバーカードの普及に取り組んできました。"
          "一方で、国の「自治体DX推進計画」が令和7年度をもって計画期間を終えることを踏まえ、"
          "本町としてこれまでの取組を継承・発展させ、住民と職員の双方がデジタル化の効果を実感できるよう、本計画を策定します。"),
        H(2, "計画の位置づけ", "(2)"),
        P("本計画は、官民データ活用推進基本法第9条第3項に規定する市町村官民データ活用推進計画として位置づけます。"),
        H(2, "計画期間", "(3)"),
        P("計画期間は、令和8年度から令和10年度までの3年間とします。技術の進展が速い分野であることから、計画期間を短く設定し、"
          "次期計画で改めて取組を見直すこととします。"),
        H(2, "対象範囲", "(4)"),
        P("本計画の対象は、町長部局のほか、教育委員会、議会事務局、上下水道事業の各部門とします。"),
        H(1, "国・県の動向", "2", page_break=True),
        H(2, "国の動向", "(1)"),
        P("国は「デジタル社会の実現に向けた重点計画」において、デジタル原則に基づく制度の見直しや、地方公共団体の基幹業務システムの統一・標準化を進めています。"
          "総務省の「自治体DX推進計画」では、自治体が重点的に取り組むべき事項として、次の事項が示されてきました。"),
        *L(["・自治体フロントヤード改革の推進", "・自治体の情報システムの標準化・共通化", "・公金収納におけるeLTAXの活用",
            "・マイナンバーカードの普及促進・利用の推進", "・セキュリティ対策の徹底", "・自治体のAI・RPAの利用推進", "・テレワークの推進"],
           indent=0.8, hanging=0.4),
        P("また、あわせて取り組むべき事項として、地域社会のデジタル化、デジタルデバイド対策、BPRの取組の徹底、オープンデータの推進などが挙げられています。"),
        H(2, "宮城県の動向", "(2)"),
        P("宮城県では「みやぎDX推進計画」を策定し、県内市町村と連携した電子申請サービスの共同利用や、市町村職員向けのDX研修を実施しています。"),
        H(1, "本町の現状と課題", "3", page_break=True),
        P("本町の人口は約1万2千人で、仙台市への通勤者が多い子育て世代と、中山間地域に暮らす高齢者の双方を抱えています。"
          "令和7年度の住民アンケートでは、子育て世代の7割以上がオンライン手続の拡充を求める一方、"
          "70歳以上の約半数がスマートフォンの利用に不安を抱えていることが分かりました。"),
        P("庁内では、窓口業務と内部事務に多くの時間を要しており、職員が住民と向き合う時間を確保するため、デジタル技術の活用による事務の効率化が求められています。"),
        H(1, "重点取組", "4", page_break=True),
        P("本計画では、3つの柱のもとに9つの重点取組を定め、計画期間内に確実に実施します。"),
        H(2, R.pol("住民の利便性向上"), "Ⅰ"),
        H(3, R.m("行政手続のオンライン化"), "【重点取組１】"),
        P("住民の利便性向上に資する手続（子育て・介護・罹災証明書等）について、マイナポータルからの申請受付を開始するとともに、"
          "町独自の手続についても宮城県の電子申請サービスを活用して順次オンライン化します。"),
        *L(["①子育て・介護関係26手続のマイナポータル対応", "②罹災証明書のオンライン申請受付の開始", "③オンライン化した手続一覧の公表と毎年度の見直し"],
           indent=0.7, hanging=0.45),
        H(3, R.m("マイナンバーカードの普及促進と利用拡大"), "【重点取組２】"),
        P("カードの申請・受取の機会を確保するとともに、住民がカードの利便性を実感できる場面を増やします。"),
        *L(["①申請サポート窓口の常設", "②健康保険証としての利用登録の支援", "③証明書コンビニ交付の対象拡大"], indent=0.7, hanging=0.45),
        H(3, R.m("デジタルデバイド対策の推進"), "【重点取組３】"),
        P("デジタル機器に不慣れな方も取り残されないよう、学ぶ機会と相談できる場を整えるとともに、対面での窓口サービスも引き続き提供します。"),
        *L(["①地区集会所でのスマートフォン講座の開催", "②地域のデジタル活用支援員の育成", "③対面窓口での丁寧な案内の継続"], indent=0.7, hanging=0.45),
        H(2, R.pol("行政の効率化"), "Ⅱ"),
        H(3, R.m("基幹業務システムの標準化・共通化"), "【重点取組４】"),
        P("令和7年度に移行した標準準拠システムの安定稼働を図るとともに、移行が令和8年度以降となる業務の移行を完了させます。"),
        *L(["①標準準拠システムの安定稼働と運用改善", "②特定移行支援システムの移行完了", "③ガバメントクラウドの運用経費の検証"], indent=0.7, hanging=0.45),
        H(3, R.m("AI・RPAの利用推進"), "【重点取組５】"),
        P("職員が本来注力すべき業務に時間を使えるよう、AI・RPAを全庁で活用します。"),
        *L(["①会議録作成支援AIの全庁利用", "②RPAの対象業務の拡大（年3業務以上）", "③生成AIの利用ガイドラインの策定と職員研修"], indent=0.7, hanging=0.45),
        H(3, R.m("テレワークの推進"), "【重点取組６】"),
        P("災害時の業務継続や職員の多様な働き方に対応するため、まずは総務課においてテレワークを試行し、その結果を踏まえて他課への展開を検討します。"),
        *L(["①総務課でのテレワークの試行", "②試行結果の検証"], indent=0.7, hanging=0.45),
        H(3, R.m("情報セキュリティ対策の徹底"), "【重点取組７】"),
        P("情報セキュリティポリシーの定期的な見直しと、全職員を対象とした研修・訓練により、セキュリティ水準を維持・向上させます。"),
        *L(["①情報セキュリティポリシーの改定", "②全職員研修と標的型攻撃メール訓練", "③情報セキュリティ監査の実施"], indent=0.7, hanging=0.45),
        H(2, R.pol("データの活用"), "Ⅲ"),
        H(3, R.m("オープンデータの推進"), "【重点取組８】"),
        P("町が保有するデータを、機械判読に適した形式で町ホームページに公開し、民間事業者や住民による活用を促します。"),
        *L(["①推奨データセットに準拠したデータの公開", "②公開データの定期更新"], indent=0.7, hanging=0.45),
        H(3, R.m("データに基づく政策立案（EBPM）の推進"), "【重点取組９】"),
        P("統計データや行政データを分析し、根拠に基づく政策立案を進めます。"),
        *L(["①庁内データの棚卸し", "②データ分析研修の実施"], indent=0.7, hanging=0.45),
        H(1, "推進体制", "5", page_break=True),
        P("町長をトップとする「若葉沢町DX推進本部」を設置し、副町長を最高デジタル責任者（CDO）に任命します。"
          "また、宮城県や近隣市町と連携し、専門人材の共同活用を図ります。取組の進捗は毎年度、推進本部で確認し、町ホームページで公表します。"),
    ]
    return dict(
        town=town, pref="宮城県", code="044385", title=title, heading_mode="bold", bold_h1_border=True,
        header_text="若葉沢町自治体DX推進計画", html=True,
        period=(2026, 2028), policies=R.policies, blocks=b,
        items=items(missing=["kanmin/bpr", "dx/community"], partial=["dx/telework"]),
        fmt="docx + pdf (LibreOffice) + html + pdf (Chromium)",
        shapes="bold-only headings; typed numbers (1, (1), Ⅰ); measures labelled 【重点取組１】…【重点取組９】 numbered across policies; ①②③ activity lines; Chromium PDF with running header, town footer and page numbers",
        hard="the label 【重点取組N】 is not part of the title; ①②③ lines are activities; the background lists all seven national 重点取組事項 as bullets, which look like measures; 3-year period; telework limited to one office",
        notes=[
            "Period: 令和8年度～令和10年度 (3 years). 令和4年度 方針 is history.",
            "Measures are the nine 【重点取組N】 entries; the labels run 1…9 across the three policies Ⅰ/Ⅱ/Ⅲ. The ①②③ lines under each are activities.",
            "The bullet list in 2(1) 国の動向 (7 national 重点取組事項) is background, not measures.",
            "dx/telework partial: 'まずは総務課においてテレワークを試行し…他課への展開を検討' (one office, rest is a study).",
            "kanmin/bpr missing: BPR only in 2(1) background; EBPM (【重点取組９】) is evidence-based policy, not BPR.",
            "dx/community missing: 地域社会のデジタル化 only in the background list.",
            "HTML/Chromium version has the same text; its running header repeats the plan title and the footer repeats the town name on every page.",
        ],
    )


# ===========================================================================
# doc65  雪見野町（秋田県）— heading styles with Japanese-Word style ids,
#        measures only as rows of a landscape schedule table with category rows,
#        previous plan and its achievements as distractors
# ===========================================================================
def jp_word_styles(doc):
    """Rename Heading n styles the way Japanese Word stores them
    (w:styleId="1", "2", "3"; w:name="heading 1")."""
    styles = doc.styles.element
    body = doc.element.body
    mapping = {}
    for n in (1, 2, 3, 4):
        old = f"Heading{n}"
        new = str(n)
        mapping[old] = new
        for s in styles.findall(qn("w:style")):
            if s.get(qn("w:styleId")) == old:
                s.set(qn("w:styleId"), new)
                s.find(qn("w:name")).set(qn("w:val"), f"heading {n}")
                link = s.find(qn("w:link"))
                if link is not None:
                    link.set(qn("w:val"), f"{n}0")
            if s.get(qn("w:styleId")) == f"Heading{n}Char":
                s.set(qn("w:styleId"), f"{n}0")
                s.find(qn("w:name")).set(qn("w:val"), f"見出し {n} (文字)")
    for el in list(styles.iter(qn("w:basedOn"))) + list(styles.iter(qn("w:next"))) + list(styles.iter(qn("w:link"))):
        v = el.get(qn("w:val"))
        if v in mapping:
            el.set(qn("w:val"), mapping[v])
        elif v and v.startswith("Heading") and v.endswith("Char"):
            el.set(qn("w:val"), v[7] + "0")
    for ps in body.iter(qn("w:pStyle")):
        v = ps.get(qn("w:val"))
        if v in mapping:
            ps.set(qn("w:val"), mapping[v])


@register
def doc65():
    R = Reg()
    town = "雪見野町"
    title = "第2期雪見野町地域情報化計画"
    b = []
    b.append(COVER([
        ("第2期", 16, True, 120),
        ("雪見野町地域情報化計画", 26, True, 6),
        ("令和8年3月", 14, False, 200),
        ("秋田県雪見野町", 18, True, 10),
        ("（団体コード 053295）", 10, False, 4),
    ]))
    b.append(TOC([
        (0, "第1章　計画の策定にあたって", 1), (0, "第2章　第1期計画の振り返り", 2), (0, "第3章　基本方針", 4),
        (0, "第4章　具体的な取組と実施スケジュール", 5), (0, "第5章　推進体制と進行管理", 7),
    ]))
    b += [
        H(1, "計画の策定にあたって", "第1章"),
        H(2, "計画策定の趣旨", "1"),
        P("本町では、令和3年3月に「雪見野町地域情報化計画」（計画期間：令和3年度～令和7年度。以下「第1期計画」といいます。）を策定し、"
          "行政のデジタル化と地域の情報化に取り組んできました。第1期計画の期間が満了することから、その成果と課題を検証し、"
          "国の自治体DXの動向を踏まえて「第2期雪見野町地域情報化計画」を策定します。"),
        H(2, "計画の位置づけ", "2"),
        P("本計画は、官民データ活用推進基本法第9条第3項に基づく「市町村官民データ活用推進計画」を兼ねるものとし、"
          "「雪見野町総合計画」に掲げるまちづくりの方向性をデジタル分野で具体化する計画とします。"),
        H(2, "計画期間", "3"),
        P("本計画の期間は、令和8年度から令和12年度までの5年間とします。なお、第1期計画（令和3年度～令和7年度）は本計画の策定をもって終了します。"),
        H(1, "第1期計画の振り返り", "第2章", page_break=True),
        P("第1期計画に掲げた主な取組の成果は、次のとおりです。"),
        T([
            ["第1期計画の主な取組", "成果", "評価・第2期での扱い"],
            ["スマートフォン教室の開催", "延べ12回・186人が参加", "達成。令和8年度から社会福祉協議会の自主事業へ移管"],
            ["業務改善（BPR）研修の実施", "全課長を対象に2回実施", "達成。事業終了"],
            ["テレワーク用端末の導入", "20台を導入", "一部達成。第2期で運用を拡大"],
            ["公衆無線LANの整備", "役場・公民館等8施設", "達成"],
            ["オープンデータの公開", "未実施", "未達成。第2期で改めて検討"],
        ], [5.0, 4.4, 7.0], header=1, font=9, caption="表2-1　第1期計画の主な取組と成果"),
        P("第1期計画では、庁内のICT環境の整備は一定程度進んだものの、住民が利用する手続のオンライン化は十分に進みませんでした。"
          "第2期計画では、住民の利便性の向上と、標準化を契機とした事務の効率化に重点を置きます。"),
        H(1, "基本方針", "第3章", page_break=True),
        H(2, "基本理念", "1"),
        P("雪とともに暮らすまちの、だれもが便利なデジタル社会", align="center", bold=True),
        H(2, "基本方針", "2"),
        P("基本理念の実現に向けて、次の3つの基本方針を定めます。"),
        H(3, "行政サービスの向上", "(1)"),
        P("冬期間の移動が困難な本町の実情を踏まえ、役場に出向かなくても手続ができる環境を整えます。"),
        H(3, "行政事務の効率化", "(2)"),
        P("基幹系システムの標準化を契機として、デジタル技術を活用した効率的な事務の執行体制を整えます。"),
        H(3, "地域のデジタル化", "(3)"),
        P("農業をはじめとする地域産業や暮らしの基盤となる通信環境の整備を進めます。"),
        H(1, "具体的な取組と実施スケジュール", "第4章", page_break=True),
        P("基本方針に基づき取り組む事項と、その実施スケジュールを次ページの表に示します。"
          "表中の「○」は実施（開始）、「→」は継続、「検討」は検討・準備を表します。"),
        SECT("landscape", 1, "new"),
    ]
    rows = [["取組", "取組内容", "担当課", "R8", "R9", "R10", "R11", "R12"]]
    rows.append(("span", "１　" + R.pol("行政サービスの向上")))
    rows.append([R.m("電子申請システムの導入と対象手続の拡充"),
                 "秋田県・市町村共同電子申請システムの利用手続を拡大し、子育て・介護・罹災証明書等の手続をマイナポータル経由でも受け付ける。",
                 "総務課", "○", "→", "→", "→", "→"])
    rows.append([R.m("証明書コンビニ交付の開始とマイナンバーカードの普及促進"),
                 "マイナンバーカードを利用した住民票の写し等のコンビニ交付を開始し、休日窓口の開設等によりカードの取得を促進する。",
                 "町民生活課", "検討", "○", "→", "→", "→"])
    rows.append([R.m("窓口手数料のキャッシュレス化"),
                 "窓口で取り扱う証明手数料等の支払いに、電子マネー・QRコード決済を導入する。", "町民生活課", "検討", "○", "→", "→", "→"])
    rows.append([R.m("公式LINEによる情報配信"),
                 "除雪情報や防災情報、ごみ収集日などを町公式LINEで配信する。", "総務課", "○", "→", "→", "→", "→"])
    rows.append(("span", "２　" + R.pol("行政事務の効率化")))
    rows.append([R.m("基幹系システムの標準準拠システムへの移行"),
                 "住民記録・税・福祉等の基幹系システムを標準準拠システムへ移行し、ガバメントクラウドで運用する。",
                 "総務課", "○", "→", "→", "→", "→"])
    rows.append([R.m("AI議事録・RPAの活用"),
                 "AI議事録作成システムを全庁で利用し、定型業務にRPAを導入する。", "総務課", "○", "→", "→", "→", "→"])
    rows.append([R.m("テレワーク用端末の整備と在宅勤務の実施"),
                 "第1期で導入したテレワーク用端末を増設し、全課の職員が在宅勤務を行えるよう運用を拡大する。",
                 "総務課", "○", "→", "→", "→", "→"])
    rows.append([R.m("電子決裁・文書管理システムの導入"),
                 "起案・決裁・文書保存を電子化する。", "総務課", "検討", "検討", "○", "→", "→"])
    rows.append([R.m("情報セキュリティ研修・監査の実施"),
                 "全職員を対象とした研修と、外部機関による情報セキュリティ監査を毎年度実施する。", "総務課", "○", "→", "→", "→", "→"])
    rows.append(("span", "３　" + R.pol("地域のデジタル化")))
    rows.append([R.m("スマート農業技術の導入支援"),
                 "自動操舵トラクターやドローンによる防除など、スマート農業技術を導入する農業者を支援する。",
                 "農林課", "○", "→", "→", "→", "→"])
    rows.append([R.m("光ファイバ未整備地区の解消"),
                 "光ファイバが未整備の山間2地区について、通信事業者による整備を支援する。", "企画課", "調整", "○", "→", "", ""])
    rows.append([R.m("オープンデータ公開の検討"),
                 "町が保有するデータの公開に向け、対象データや公開方法を検討する。", "企画課", "検討", "検討", "→", "→", "→"])
    b += [
        T(rows, [6.0, 10.2, 2.5, 1.4, 1.4, 1.4, 1.4, 1.4], header=1, font=9, align_center_cols=(2, 3, 4, 5, 6, 7),
          caption="表4-1　取組と実施スケジュール"),
        SECT("portrait", 1, "new"),
        H(1, "推進体制と進行管理", "第5章"),
        H(2, "推進体制", "1"),
        P("副町長を本部長とする「雪見野町情報化推進本部」を設置し、総務課を事務局として計画を推進します。"),
        H(2, "進行管理", "2"),
        P("毎年度、表4-1の実施スケジュールに沿って取組の進捗を確認し、推進本部で評価したうえで、翌年度の取組に反映します。"),
    ]
    return dict(
        town=town, pref="秋田県", code="053295", title=title, heading_mode="styles", style_rename=jp_word_styles,
        period=(2026, 2030), policies=R.policies, blocks=b,
        items=items(missing=["kanmin/bpr", "kanmin/divide", "dx/divide"], partial=["kanmin/opendata"]),
        fmt="docx + pdf (LibreOffice)",
        shapes="heading styles stored as Japanese Word does (styleId 1/2/3, name 'heading 1'); typed numbers; measures only as rows of a landscape-section schedule table 取組｜取組内容｜担当課｜R8…R12 with ○/→/検討 and category rows spanning the table; previous plan (R3–R7) and its achievements table as distractor",
        hard="the only measures are table rows in a landscape section; policies are spanning category rows ('１　行政サービスの向上'); 第2章 table lists the PREVIOUS plan's measures (スマートフォン教室, BPR研修 …) which are not measures of this plan; the three 基本方針 are also Heading 3 in 第3章 with prose but no measures",
        notes=[
            "Period: 令和8年度～令和12年度. Distractor: 第1期計画 令和3年度～令和7年度 (趣旨, 計画期間 and 第2章).",
            "Policies: the spanning rows of 表4-1 (same three titles as the (1)(2)(3) headings in 第3章 2). Measures: the 12 rows of 表4-1 (取組 column).",
            "表2-1 lists the previous plan's measures; スマートフォン教室 was moved to 社会福祉協議会 and BPR研修 ended — so kanmin/divide, dx/divide and kanmin/bpr are missing in this plan.",
            "kanmin/opendata partial: 'オープンデータ公開の検討' (検討 only, R8–R9 検討).",
            "dx/telework covered: 在宅勤務 for all 課 (the town's own staff).",
            "dx/community covered by スマート農業技術の導入支援 and 光ファイバ未整備地区の解消.",
            "電子決裁 is digitisation, not BPR; an officer might call kanmin/bpr partial because of it, but no measure commits to reviewing work processes.",
        ],
    )

# ===========================================================================
# doc66  鶴ノ瀬町（山形県）— bold-only headings, two-column background
#        section, one floating text box per measure, no code on the cover
# ===========================================================================
@register
def doc66():
    R = Reg()
    town = "鶴ノ瀬町"
    title = "鶴ノ瀬町DX推進計画"
    b = []
    b.append(COVER([
        ("鶴ノ瀬町DX推進計画", 26, True, 160),
        ("～だれもが便利を実感できるまち　つるのせ～", 13, False, 14),
        ("令和8年3月", 14, False, 200),
        ("山形県鶴ノ瀬町", 18, True, 10),
    ]))
    b.append(TOC([
        (0, "1　計画の策定にあたって", 1), (0, "2　DXをめぐる動向と本町の現状", 2),
        (0, "3　基本方針と施策", 4), (0, "4　推進体制", 8),
    ]))
    b += [
        H(1, "計画の策定にあたって", "1"),
        H(2, "計画の目的", "1-1"),
        P("本計画は、デジタル技術とデータを活用して町民の暮らしの利便性を高めるとともに、少ない職員数でも質の高い行政サービスを持続的に提供できる役場をつくるため、"
          "本町のDX（デジタル・トランスフォーメーション）の取組を体系的に示すものです。"),
        H(2, "計画の位置づけ", "1-2"),
        P("本計画は、官民データ活用推進基本法第9条第3項に基づく市町村官民データ活用推進計画として位置づけるとともに、"
          "「第7次鶴ノ瀬町振興計画」を上位計画とし、その他の分野別計画と連携して推進します。"),
        H(2, "計画期間", "1-3"),
        P("計画期間は、令和8年度から令和12年度までの5年間とします。"),
        SECT("portrait", 2, "new"),
        H(1, "DXをめぐる動向と本町の現状", "2"),
        H(2, "国の動向", "2-1"),
        P("国は、令和3年9月にデジタル庁を設置し、「デジタル社会の実現に向けた重点計画」に基づき、行政手続のオンライン化や、地方公共団体の基幹業務システムの統一・標準化を進めています。"
          "総務省の「自治体DX推進計画」では、情報セキュリティ対策の徹底やオープンデータの推進も、自治体が取り組むべき事項として示されています。"),
        P("また、生成AIの急速な普及を受けて、国は行政における生成AIの利用に関するガイドラインを示し、地方公共団体でも業務への活用が広がっています。"),
        H(2, "山形県の動向", "2-2"),
        P("山形県では「やまがたDX推進計画」に基づき、県と市町村が共同で利用する電子申請システムの運用や、市町村職員を対象としたDX人材の育成研修を行っています。"),
        H(2, "本町の現状", "2-3"),
        P("本町の人口は令和7年10月1日現在で9,604人、高齢化率は37.8％です。町の中心部から離れた集落が多く、路線バスの廃止が相次いだことから、"
          "高齢者の通院や買い物のための移動手段の確保が課題となっています。"),
        P("役場では、令和6年度に基幹業務システムの標準準拠システムへの移行作業に着手しましたが、一部業務は令和8年度以降の移行となる見込みです。"
          "職員数は平成27年度の148人から令和7年度には131人に減少しています。"),
        H(2, "町民アンケート", "2-4"),
        P("令和7年度に実施した町民アンケートでは、「役場の手続をスマートフォンで完結できるようにしてほしい」という回答が最も多く、"
          "次いで「スマートフォンの使い方を気軽に相談できる場所がほしい」という回答が多くなりました。"),
        SECT("portrait", 1, "continuous"),
        H(1, "基本方針と施策", "3", page_break=True),
        P("本計画では、3つの基本方針のもとに、次の施策に取り組みます。"),
        H(2, R.pol("便利で身近な行政サービス"), "基本方針１"),
        TB("施策1　" + R.m("スマート申請の推進"), [
            "マイナポータルや山形県電子申請システムを活用し、子育て・介護関係の手続をはじめ、町民の利用が多い手続からオンライン申請に対応します。",
            "・主な取組：子育て・介護関係手続のオンライン化、各種証明書の郵送請求のオンライン化",
            "・担当：総務課、関係各課"]),
        TB("施策2　" + R.m("マイナンバーカードの利便性向上"), [
            "マイナンバーカードの申請・受取の支援を続けるとともに、証明書のコンビニ交付や、健康保険証としての利用など、カードを便利に使える場面を広げます。",
            "・主な取組：出張申請受付、証明書のコンビニ交付、カードの利用登録の支援",
            "・担当：町民課"]),
        TB("施策3　" + R.m("デジタル活用支援員による相談"), [
            "公民館や集会所にデジタル活用支援員を派遣し、スマートフォンの基本操作からオンライン申請の方法まで、町民が気軽に相談できる機会をつくります。",
            "・主な取組：デジタル活用支援員の養成、地区巡回相談会の開催",
            "・担当：企画課、社会福祉協議会"]),
        H(2, R.pol("スリムで強い役場"), "基本方針２"),
        TB("施策4　" + R.m("標準準拠システムへの円滑な移行"), [
            "基幹業務システムのうち、令和8年度以降に移行する業務について、事業者と連携して標準準拠システムへの移行を完了させ、ガバメントクラウドで安定的に運用します。",
            "・主な取組：残る業務の移行、移行後の運用経費の検証",
            "・担当：総務課"]),
        TB("施策5　" + R.m("生成AIとRPAの業務活用"), [
            "生成AIの利用ルールを定めたうえで、文書作成や要約などの業務で全職員が生成AIを活用できる環境を整えます。また、定型的な入力作業にRPAを導入します。",
            "・主な取組：生成AI利用ガイドラインの策定、全庁での生成AI利用、RPAの導入",
            "・担当：総務課"]),
        TB("施策6　" + R.m("職員のテレワーク・モバイルワークの推進"), [
            "職員が自宅や出張先でも業務を行えるよう、モバイル端末と安全な接続環境を整備し、テレワークを制度として導入します。",
            "・主な取組：テレワーク規程の制定、モバイル端末の配備",
            "・担当：総務課"]),
        TB("施策7　" + R.m("業務の棚卸しと改善"), [
            "全課の業務を棚卸しし、業務の手順や様式を見直して、デジタル化を前提とした業務プロセスへ再構築します。",
            "・主な取組：業務量調査、業務フローの見直し",
            "・担当：総務課、全課"]),
        H(2, R.pol("地域とつながるデジタル化"), "基本方針３"),
        TB("施策8　" + R.m("デマンド交通予約のデジタル化の検討"), [
            "高齢者の移動手段の確保に向け、デマンド型交通のスマートフォン予約やAIを活用した配車について、他自治体の事例を調査し、導入の可能性を検討します。",
            "・主な取組：先進事例の調査、交通事業者との協議",
            "・担当：企画課"]),
        TB("施策9　" + R.m("町公式ウェブサイトのリニューアル"), [
            "町公式ウェブサイトを、スマートフォンで見やすく、必要な情報を探しやすい構成にリニューアルし、ウェブアクセシビリティに配慮します。",
            "・主な取組：サイト構成の見直し、JIS X 8341-3への対応",
            "・担当：総務課"]),
        H(1, "推進体制", "4", page_break=True),
        P("町長を本部長とする「鶴ノ瀬町DX推進本部」を設置し、副町長を最高デジタル責任者（CDO）として、全庁一体となって計画を推進します。"
          "施策の進捗状況は毎年度推進本部で確認し、町ホームページで公表します。"),
    ]
    return dict(
        town=town, pref="山形県", code=None, title=title, heading_mode="bold",
        period=(2026, 2030), policies=R.policies, blocks=b,
        items=items(missing=["kanmin/opendata", "dx/security"], partial=["dx/community"]),
        fmt="docx + pdf (LibreOffice)",
        shapes="bold-only headings; typed numbers (1, 1-1, 施策1); chapter 2 in a two-column section; each measure in its own floating text box (wps in mc:AlternateContent with a VML fallback carrying the same text); no 地方公共団体コード anywhere",
        hard="measure text lives only inside w:txbxContent — twice in the XML (Choice and Fallback), so a naive reader doubles or loses every measure; two-column background reads in the wrong order if columns are not handled; code must be null",
        notes=[
            "Code: not stated anywhere → null.",
            "Period: 令和8年度～令和12年度.",
            "Measures: the nine text boxes (title line '施策N　…', numbering not part of the title). Each box appears twice in document.xml (mc:Choice wps:txbx and mc:Fallback v:textbox) — one measure each.",
            "dx/security missing: 情報セキュリティ only in 2-1 国の動向. kanmin/opendata missing: only in 2-1.",
            "dx/community partial: 施策8 デマンド交通予約のデジタル化の検討 — investigation/検討 only.",
            "dx/ai-rpa covered by 施策5 (生成AI全庁利用 + RPA導入).",
            "施策6 mentions '安全な接続環境' for telework and 施策5 '生成AIの利用ルール'; neither is an information-security measure (a lenient reader might grade dx/security partial).",
        ],
    )


# ===========================================================================
# doc67  桃花台町（福島県）— heading styles linked to a multilevel list in
#        numbering.xml; 施策体系図; 資料編; code wrapped; HTML by Chromium
# ===========================================================================
@register
def doc67():
    R = Reg()
    town = "桃花台町"
    title = "桃花台町デジタル・トランスフォーメーション推進計画"
    numbering = {
        "hd": [lvl_xml(0, "decimal", "第%1章", 0, 0, pstyle="Heading1"),
               lvl_xml(1, "decimal", "%2", 0, 0, pstyle="Heading2"),
               lvl_xml(2, "decimal", "(%3)", 0.2, 0, pstyle="Heading3")],
    }
    b = []
    b.append(COVER([
        ("桃花台町デジタル・トランスフォーメーション推進計画", 20, True, 140),
        ("（桃花台町DX推進計画）", 13, False, 8),
        ("令和8年3月", 14, False, 200),
        ("福島県桃花台町", 18, True, 10),
        ("地方公共団体コード", 10, False, 6),
        ("074675", 10, False, 0),
    ]))
    b.append(TOC([
        (0, "第1章　はじめに", 1), (0, "第2章　現状と課題", 3), (0, "第3章　計画の基本的な考え方", 5),
        (0, "第4章　施策の展開", 6), (1, "1　窓口・手続のDX", 6), (1, "2　役場の働き方改革", 8),
        (1, "3　データと基盤", 10), (1, "4　地域のデジタル化", 11),
        (0, "第5章　推進体制と進行管理", 12), (0, "資料編", 13),
    ]))

    def MB(mtitle, num, text, tori, kpi):
        out = [H(3, R.m(mtitle), num), P(text), P("【主な取組】", bold=True)]
        out += L(["・" + x for x in tori], indent=0.6, hanging=0.4)
        out.append(P("【KPI】" + kpi, first=0))
        return out

    b += [
        H(1, "はじめに", "第1章"),
        H(2, "計画策定の趣旨", "1"),
        P("本町では、令和3年度に「桃花台町デジタル化推進方針」を定め、証明書のコンビニ交付や電子申請の導入など、行政のデジタル化に取り組んできました。"
          "令和8年度からの「第7次桃花台町総合計画」のスタートにあわせ、町全体のデジタル・トランスフォーメーション（DX）を計画的に進めるため、本計画を策定します。"),
        H(2, "計画の位置づけ", "2"),
        P("本計画は、第7次桃花台町総合計画（2026年度～2035年度）の分野別計画であり、官民データ活用推進基本法第9条第3項に基づく市町村官民データ活用推進計画、"
          "及び情報通信技術を活用した行政の推進等に関する法律に基づく情報システム整備計画として位置づけます。"),
        H(2, "計画期間", "3"),
        P("計画期間は、2026年度から2029年度までの4年間とします。総合計画の前期基本計画（2026年度～2029年度）と期間を一致させ、"
          "後期基本計画の策定にあわせて次期計画を策定します。"),
        H(1, "現状と課題", "第2章", page_break=True),
        H(2, "社会情勢", "1"),
        P("全国的に人口減少と高齢化が進むなか、本町の人口も令和7年4月には15,880人となり、ピーク時から2割近く減少しました。"
          "行政需要が多様化する一方で、職員の確保は年々難しくなっています。"),
        H(2, "国の動向", "2"),
        P("国の「デジタル社会の実現に向けた重点計画」では、誰一人取り残されないデジタル社会の実現に向け、デジタルデバイド対策や、"
          "デジタル推進委員の取組の拡大が掲げられています。また、自治体の情報システムの標準化・共通化、フロントヤード改革、"
          "公金収納におけるeLTAXの活用なども進められています。"),
        H(2, "本町の取組状況", "3"),
        P("本町では、令和4年度に証明書のコンビニ交付を開始し、令和5年度には電子申請システムを導入して42手続をオンライン化しました。"
          "令和6年度末のマイナンバーカード保有率は78.9％です。"),
        H(2, "課題", "4"),
        P("来庁が必要な手続が依然として多いこと、職員の事務負担が増していること、デジタル化の基盤となるデータの整備が遅れていることが、本町の主な課題です。"),
        H(1, "計画の基本的な考え方", "第3章", page_break=True),
        H(2, "基本理念", "1"),
        P("桃の花咲く、スマートで温かいまち", align="center", bold=True),
        H(2, "施策の柱", "2"),
        P("基本理念の実現に向け、4つの施策の柱を立て、14の施策に取り組みます。"),
        H(2, "施策体系", "3"),
        T([
            ["施策の柱", "施策"],
            ["1　窓口・手続のDX", "(1) 行かない窓口（オンライン申請）の推進"],
            [None, "(2) 書かない窓口の導入"],
            [None, "(3) マイナンバーカードの利用シーン拡大"],
            [None, "(4) キャッシュレス決済の拡大"],
            ["2　役場の働き方改革", "(1) テレワーク・フリーアドレスの導入"],
            [None, "(2) 生成AI・RPAの活用検討"],
            [None, "(3) 業務改革（BPR）の実施"],
            [None, "(4) 基幹業務システムの標準化"],
            ["3　データと基盤", "(1) オープンデータの拡充"],
            [None, "(2) 庁内データ連携基盤の構築"],
            [None, "(3) 情報セキュリティ対策の強化"],
            ["4　地域のデジタル化", "(1) 地元企業のDX支援"],
            [None, "(2) 光ファイバ未整備地区の解消"],
            [None, "(3) スマート農業の推進"],
        ], [5.0, 11.4], header=1, font=9.5, caption="施策体系図"),
        H(1, "施策の展開", "第4章", page_break=True),
        H(2, R.pol("窓口・手続のDX"), "1"),
        *MB("行かない窓口（オンライン申請）の推進", "(1)",
            "マイナポータル及び福島県電子申請システムを活用し、子育て・介護関係手続や各種届出をオンライン化します。申請から手数料の納付まで、オンラインで完結できる手続を増やします。",
            ["子育て・介護関係手続のオンライン化", "オンライン決済と組み合わせた証明書の郵送請求"], "オンラインで申請できる手続数　42手続（R6）→120手続（R11）"),
        *MB("書かない窓口の導入", "(2)",
            "窓口で職員が聞き取りを行い、システムで申請書を作成する「書かない窓口」を住民課に導入し、転入・転出等の手続時間を短縮します。",
            ["申請書作成支援システムの導入", "ワンストップ窓口の設置"], "書かない窓口の対象手続数　0手続（R6）→30手続（R11）"),
        *MB("マイナンバーカードの利用シーン拡大", "(3)",
            "マイナンバーカードを、図書館の利用者カードや、町が行う健康診断の受付などに利用できるようにし、カードを持つことの利便性を高めます。",
            ["図書館利用者カードとしての利用", "健診受付でのカード利用", "カード更新手続の支援"], "マイナンバーカード保有率　78.9％（R6）→90％（R11）"),
        *MB("キャッシュレス決済の拡大", "(4)",
            "窓口での手数料や施設使用料にキャッシュレス決済を導入するとともに、町税等のスマートフォン決済を拡充します。",
            ["窓口へのキャッシュレス決済端末の設置", "施設使用料のキャッシュレス化"], "キャッシュレス決済対応窓口数　1か所（R6）→全窓口（R11）"),
        H(2, R.pol("役場の働き方改革"), "2"),
        *MB("テレワーク・フリーアドレスの導入", "(1)",
            "職員が場所にとらわれずに働けるよう、全職員にモバイル端末を配備し、在宅勤務制度を導入します。あわせて、本庁舎の一部フロアでフリーアドレスを導入します。",
            ["全職員へのモバイル端末の配備", "在宅勤務制度の導入", "フリーアドレスの試行"], "テレワーク実施職員数　延べ400人（R11）"),
        *MB("生成AI・RPAの活用検討", "(2)",
            "生成AIやRPAについて、活用できる業務や効果、情報セキュリティ上の課題を検証し、導入の可否を判断します。",
            ["生成AIの試験利用による効果の検証", "RPAの適用候補業務の洗い出し"], "検証報告書の作成（R8）"),
        *MB("業務改革（BPR）の実施", "(3)",
            "窓口業務と内部事務について、業務量調査と業務フローの分析を行い、廃止・統合・外部委託・デジタル化を組み合わせた業務改革を全庁で実施します。",
            ["全庁業務量調査", "業務フローの見直しと標準化"], "業務改革により削減した業務時間　年間3,000時間（R11）"),
        *MB("基幹業務システムの標準化", "(4)",
            "20の基幹業務システムを標準準拠システムへ移行し、ガバメントクラウドで運用します。特定移行支援システムとなった2業務は、令和9年度までに移行を完了します。",
            ["特定移行支援システムの移行", "移行後の運用経費の検証"], "標準準拠システムへの移行業務数　18業務（R7）→20業務（R9）"),
        H(2, R.pol("データと基盤"), "3"),
        *MB("オープンデータの拡充", "(1)",
            "町が保有する統計・施設・防災等のデータを、推奨データセットに沿ってオープンデータとして公開し、毎年度更新します。",
            ["推奨データセットの公開", "オープンデータカタログサイトの運用"], "公開データセット数　8件（R6）→40件（R11）"),
        *MB("庁内データ連携基盤の構築", "(2)",
            "各課が個別に管理しているデータを連携・活用できる基盤を整備し、データに基づく政策立案を支援します。",
            ["データ連携基盤の構築", "データ活用研修の実施"], "データ連携基盤の稼働（R10）"),
        *MB("情報セキュリティ対策の強化", "(3)",
            "情報セキュリティポリシーを改定し、全職員研修、インシデント対応訓練、外部監査を定期的に実施します。",
            ["情報セキュリティポリシーの改定", "インシデント対応訓練", "外部監査の実施"], "情報セキュリティ研修受講率　100％（毎年度）"),
        H(2, R.pol("地域のデジタル化"), "4"),
        *MB("地元企業のDX支援", "(1)",
            "商工会と連携し、町内の中小企業が行うデジタル化やテレワークの導入、働き方改革の取組を支援します。",
            ["DX相談窓口の設置", "デジタル化補助金の交付"], "補助金を活用した企業数　延べ30社（R11）"),
        *MB("光ファイバ未整備地区の解消", "(2)",
            "光ファイバが未整備の3地区について、国の補助制度を活用して通信事業者による整備を進めます。",
            ["通信事業者との協議", "整備費の一部助成"], "光ファイバ整備率　96.5％（R6）→100％（R10）"),
        *MB("スマート農業の推進", "(3)",
            "ドローンによる農薬散布や水田の水管理システムなど、スマート農業技術の導入を支援し、農業の省力化を図ります。",
            ["スマート農業機器の導入支援", "実演会の開催"], "スマート農業技術の導入経営体数　延べ25経営体（R11）"),
        H(1, "推進体制と進行管理", "第5章", page_break=True),
        H(2, "推進体制", "1"),
        P("町長を本部長とする「桃花台町DX推進本部」のもと、副町長を最高デジタル責任者（CDO）に任命し、企画政策課DX推進室が事務局となって全庁的に施策を推進します。"),
        H(2, "進行管理", "2"),
        P("施策ごとに設定したKPIの達成状況を毎年度検証し、推進本部で評価したうえで、町ホームページで公表します。"),
        H(1, "資料編", None, auto="none", page_break=True),
        H(2, "用語集", "資料1", auto="none"),
        T([
            ["用語", "解説"],
            ["eLTAX", "地方税ポータルシステム。地方税の申告・申請・納税などの手続をインターネットで行うことができる。"],
            ["CDO", "Chief Digital Officer の略。最高デジタル責任者。"],
            ["デジタルデバイド", "情報通信技術を利用できる者とできない者との間に生じる格差。"],
            ["デジタル推進委員", "高齢者等がデジタル機器やサービスを利用できるよう支援する、国が任命する人材。"],
            ["フリーアドレス", "職員が固定の席を持たず、業務に応じて自由に席を選んで働く執務形態。"],
            ["フロントヤード改革", "住民と行政との接点（窓口等）を、デジタル技術を活用して改革する取組。"],
        ], [3.6, 12.8], header=1, font=9),
        H(2, "KPI一覧", "資料2", auto="none"),
        T([
            ["施策", "KPI", "基準値", "目標値"],
            ["行かない窓口（オンライン申請）の推進", "オンラインで申請できる手続数", "42手続（R6）", "120手続（R11）"],
            ["書かない窓口の導入", "書かない窓口の対象手続数", "0手続（R6）", "30手続（R11）"],
            ["マイナンバーカードの利用シーン拡大", "マイナンバーカード保有率", "78.9％（R6）", "90％（R11）"],
            ["テレワーク・フリーアドレスの導入", "テレワーク実施職員数", "―", "延べ400人（R11）"],
            ["業務改革（BPR）の実施", "削減した業務時間", "―", "年間3,000時間（R11）"],
            ["オープンデータの拡充", "公開データセット数", "8件（R6）", "40件（R11）"],
            ["光ファイバ未整備地区の解消", "光ファイバ整備率", "96.5％（R6）", "100％（R10）"],
        ], [5.6, 5.0, 2.9, 2.9], header=1, font=9),
    ]
    return dict(
        town=town, pref="福島県", code="074675", title=title, heading_mode="styles_autonum",
        numbering=numbering, heading_num_key="hd", header_text="桃花台町DX推進計画", html=True,
        period=(2026, 2029), policies=R.policies, blocks=b,
        items=items(missing=["kanmin/divide", "dx/divide"], partial=["dx/ai-rpa"]),
        fmt="docx + pdf (LibreOffice) + html + pdf (Chromium)",
        shapes="Heading 1/2/3 styles linked to a multilevel list (第%1章 / %2 / (%3)) — numbers only in numbering.xml, 資料編 headings with numbering switched off (numId 0); measure numbers restart per policy; 施策体系図 table (柱 merged vertically) before the detail chapter; 【主な取組】/【KPI】 lines; code label and code on separate lines of the cover; 資料編 with 用語集 and KPI一覧; Chromium PDF with running header and page numbers",
        hard="measure numbers restart at (1) in each policy, so numbers do not identify measures; the 施策体系図 and the KPI一覧 both repeat measure names; period written only in western years and next to the 10-year 総合計画 (2026–2035); 地元企業のDX支援 mentions テレワーク/働き方改革 of local firms",
        notes=[
            "Code: cover has 地方公共団体コード as one paragraph and 074675 as the next.",
            "Period: 2026年度～2029年度. Distractor: 第7次総合計画 2026年度～2035年度 (same start). 令和3年度 方針 is history.",
            "Policies: the four 施策の柱 (Heading 2, auto-numbered 1–4). Measures: the Heading 3 entries, auto-numbered (1)… restarting per 柱 — 14 in all. 【主な取組】 bullets are activities; 【KPI】 lines are indicators.",
            "施策体系図 and 資料2 KPI一覧 repeat measure names; count each measure once.",
            "dx/ai-rpa partial: '生成AI・RPAの活用検討' — 検証 and 導入の可否を判断 only.",
            "kanmin/divide, dx/divide missing: only in 第2章 国の動向 and in the 用語集. No measure supports residents.",
            "dx/telework covered by 柱2 (1) (staff in-home work). 柱4 (1) 地元企業のDX支援 mentions テレワーク for local firms — not the town's own telework; it supports dx/community together with (2) 光ファイバ and (3) スマート農業.",
        ],
    )


# ===========================================================================
# doc68  萩ノ原町（栃木県）— bold-only headings, typed numbers, measures as
#        ア・イ・ウ items inside a two-column section; previous plan distractor
# ===========================================================================
@register
def doc68():
    R = Reg()
    town = "萩ノ原町"
    title = "第3次萩ノ原町情報化基本計画"
    b = []
    b.append(COVER([
        ("第3次", 16, True, 120),
        ("萩ノ原町情報化基本計画", 26, True, 6),
        ("令和8年度 ～ 令和12年度", 12, False, 16),
        ("令和8年3月", 14, False, 170),
        ("栃木県萩ノ原町", 18, True, 10),
        ("地方公共団体コード：093467", 10, False, 6),
    ]))
    b.append(TOC([
        (0, "第1章　計画の概要", 1), (0, "第2章　情報化を取り巻く動向", 2),
        (0, "第3章　基本方針と施策", 4), (0, "第4章　推進体制", 6),
    ]))
    b += [
        H(1, "計画の概要", "第1章"),
        H(2, "策定の趣旨", "1"),
        P("本町では、平成28年3月に「萩ノ原町情報化基本計画」を、令和3年3月に「第2次萩ノ原町情報化基本計画」（計画期間：令和3年度～令和7年度）を策定し、"
          "行政の情報化と地域の情報化に計画的に取り組んできました。第2次計画の計画期間が終了することから、新たに「第3次萩ノ原町情報化基本計画」を策定します。"),
        H(2, "計画の位置づけ", "2"),
        P("本計画は、「萩ノ原町総合計画」の個別計画であり、官民データ活用推進基本法第9条第3項に基づく市町村官民データ活用推進計画を兼ねるものとします。"),
        H(2, "計画期間", "3"),
        P("本計画の期間は、令和8年度から令和12年度までの5年間とします。ただし、国の動向や技術の進展等により、必要に応じて見直すものとします。"),
        H(1, "情報化を取り巻く動向", "第2章", page_break=True),
        H(2, "国の動向", "1"),
        P("国は、マイナンバーカードを「デジタル社会のパスポート」と位置づけ、健康保険証との一体化や、スマートフォンへのカード機能の搭載などを進めています。"
          "全国のマイナンバーカードの保有枚数率は、令和7年には約8割に達しました。"),
        P("また、国は自治体に対して、テレワークの推進による職員の多様な働き方の実現や、BPRの取組の徹底による業務の効率化を求めています。"),
        H(2, "栃木県の動向", "2"),
        P("栃木県では「とちぎDX推進計画」に基づき、県と市町が共同で利用する「とちぎ電子申請サービス」の拡充や、市町職員向けの研修を実施しています。"),
        H(2, "本町の状況", "3"),
        P("第2次計画では、庁内ネットワークの更新や公式ウェブサイトのリニューアルなどを実施しました。"
          "一方、窓口の待ち時間の長さや、オンラインで手続できる範囲が限られていることに対して、町民から改善を求める声が寄せられています。"),
        H(1, "基本方針と施策", "第3章", page_break=True),
        P("本計画では、次の3つの方針のもとに施策を展開します。"),
        SECT("portrait", 2, "continuous"),
        H(2, R.pol("住民サービスのデジタル化"), "方針１"),
        H(3, R.m("電子申請の拡充"), "ア"),
        P("とちぎ電子申請サービスを活用し、各種届出や申込み、子育て・介護関係の手続をオンラインで受け付けます。"
          "対象手続は毎年度拡大します。"),
        H(3, R.m("公共施設予約システムの導入"), "イ"),
        P("体育館や公民館などの公共施設の空き状況の確認と予約を、インターネットから行えるシステムを導入します。"),
        H(3, R.m("窓口の待ち時間短縮（番号案内システムの導入）"), "ウ"),
        P("住民課窓口に番号案内システムを導入し、待ち状況をスマートフォンで確認できるようにします。"),
        H(2, R.pol("行政のデジタル化"), "方針２"),
        H(3, R.m("自治体情報システムの標準化への対応"), "ア"),
        P("基幹業務システムの標準準拠システムへの移行について、国の動向を注視しながら、特定移行支援システムに該当する業務の移行時期と方法を事業者と協議し、検討します。"),
        H(3, R.m("RPAの導入"), "イ"),
        P("給与・会計・税などの定型的なデータ入力業務にRPAを導入し、職員の事務負担を軽減します。"),
        H(3, R.m("情報セキュリティの強化"), "ウ"),
        P("情報セキュリティポリシーを改定し、全職員を対象とした研修と標的型攻撃メール訓練を実施します。"),
        H(3, R.m("会議のペーパーレス化とオンライン会議の推進"), "エ"),
        P("庁内会議へのタブレット端末の導入により資料を電子化するとともに、国や県、関係機関との打合せにはオンライン会議を積極的に活用します。"),
        H(2, R.pol("地域のデジタル化"), "方針３"),
        H(3, R.m("デジタルデバイド対策"), "ア"),
        P("高齢者等を対象としたスマートフォン教室を開催するとともに、地域でデジタル機器の使い方を教え合う「デジタルサポーター」を養成します。"),
        H(3, R.m("オープンデータの推進"), "イ"),
        P("町が保有する公共施設、避難所、統計などのデータを、二次利用が可能な形式でオープンデータとして公開します。"),
        H(3, R.m("公共施設Wi-Fi環境の整備"), "ウ"),
        P("避難所となる小中学校の体育館や公民館に公衆無線LANを整備し、災害時の情報収集手段を確保するとともに、平常時は地域の交流や学びに活用します。"),
        SECT("portrait", 1, "new"),
        H(1, "推進体制", "第4章"),
        P("副町長を情報化推進本部長とし、各課長で構成する「萩ノ原町情報化推進本部」において計画の進捗を管理します。"
          "施策の実施状況は毎年度取りまとめ、町ウェブサイトで公表します。"),
    ]
    return dict(
        town=town, pref="栃木県", code="093467", title=title, heading_mode="bold",
        period=(2026, 2030), policies=R.policies, blocks=b,
        items=items(missing=["kanmin/mynumber", "dx/mynumber", "dx/telework", "kanmin/bpr"], partial=["dx/standardization"]),
        fmt="docx + pdf (LibreOffice)",
        shapes="bold-only headings; typed numbers (第1章, 1, 方針１); measures as typed ア・イ・ウ・エ items (restarting per 方針) inside a continuous two-column section; previous plans (平成28年 and 第2次 令和3年度～令和7年度) as distractors; code on cover",
        hard="measures are bold lines 'ア　…' with no numbering, style or table, laid out in two columns (PDF reading order); ア/イ/ウ restart per policy; the national background describes マイナンバーカード, テレワーク and BPR at length though the plan commits to none of them",
        notes=[
            "Period: 令和8年度～令和12年度 (cover and 第1章3). Distractor: 第2次計画 令和3年度～令和7年度.",
            "Policies: 方針１～３. Measures: the ア/イ/ウ/エ items under each 方針 (10 in all); the prose under each is the description.",
            "kanmin/mynumber, dx/mynumber, dx/telework, kanmin/bpr missing: all three topics appear only in 第2章 国の動向. 'オンライン会議' (方針２ エ) is meetings, not telework or online procedures.",
            "dx/standardization partial: 方針２ ア only '国の動向を注視しながら…協議し、検討します'.",
            "dx/community covered by 方針３ ウ 公共施設Wi-Fi環境の整備 (避難所 public Wi-Fi); a stricter reader might call it partial.",
        ],
    )


# ===========================================================================
# doc69  星宮村（茨城県）— auto-numbered headings (1. / 1-1) and auto-numbered
#        measure names inside a table with a vertically merged 分野 column;
#        landscape 工程表; code wrapped; 資料編; period from 令和7年度
# ===========================================================================
@register
def doc69():
    R = Reg()
    town = "星宮村"
    title = "星宮村DX推進計画"
    numbering = {
        "head": [lvl_xml(0, "decimal", "%1.", 0, 0, bold=True),
                 lvl_xml(1, "decimal", "%1-%2", 0, 0, bold=True)],
        "meas": [lvl_xml(0, "decimal", "(%1)", 0.75, 0.75, suff="tab")],
        "bul": [lvl_xml(0, "bullet", "●", 0.9, 0.45)],
    }
    hh = lambda lvl, text, num: H(lvl, text, num, auto=("head", lvl - 1))
    b = []
    b.append(COVER([
        ("星宮村DX推進計画", 26, True, 160),
        ("令和7年度～令和11年度", 12, False, 12),
        ("令和7年3月", 14, False, 190),
        ("茨城県星宮村", 18, True, 10),
        ("全国地方公共団体コード：", 10, False, 6),
        ("085677", 10, False, 0),
    ]))
    b.append(TOC([
        (0, "1.　計画の策定について", 1), (0, "2.　村の現状", 2), (0, "3.　基本理念と施策の方向", 3),
        (0, "4.　施策の内容", 4), (0, "5.　推進体制", 7), (0, "資料編", 8),
    ]))
    b += [
        hh(1, "計画の策定について", "1."),
        hh(2, "策定の趣旨", "1-1"),
        P("国の「自治体DX推進計画」の計画期間が令和7年度末で終了することを見据え、本村においても、これまでの情報化の取組を踏まえた新たな計画として、"
          "「星宮村DX推進計画」を策定します。村民の利便性の向上と、少人数の職員でも持続可能な行政運営の実現を目的とします。"),
        hh(2, "計画の位置づけ", "1-2"),
        P("本計画は、次の計画を兼ねるものとします。"),
        P("官民データ活用推進基本法第9条第3項に基づく市町村官民データ活用推進計画", auto=("bul", 0), num="●"),
        P("第6次星宮村総合計画（令和3年度～令和12年度）の分野別計画", auto=("bul", 0), num="●"),
        hh(2, "計画期間", "1-3"),
        P("本計画の期間は、令和7年度から令和11年度までの5年間とします。"),
        hh(1, "村の現状", "2."),
        P("本村の人口は令和6年10月1日現在で3,412人、高齢化率は42.1％です。役場職員は64人で、一人の職員が複数の業務を兼務しています。"
          "村内全域に光ファイバ網が整備されている一方、その利活用は十分に進んでいません。"),
        P("村民アンケートでは、「オンラインで手続したい」との回答が40歳未満で6割を超える一方、70歳以上では「スマートフォンを持っていない」との回答が3割に上りました。"),
        hh(1, "基本理念と施策の方向", "3."),
        P("基本理念「星のように、村民一人ひとりが輝くデジタル村」のもと、「くらしの利便性向上」「行政運営の効率化」「地域のデジタル化」の3つの分野で施策を展開します。"),
        hh(1, "施策の内容", "4."),
        hh(2, "施策一覧", "4-1"),
        P("各分野の施策、KPI及び目標値は次のとおりです。"),
    ]
    pol = []
    rows = [["分野", "施策名", "概要", "KPI", "目標値\n（R11）", "担当課"]]

    def mcell(t, n):
        return dict(text=R.m(t), auto=("meas", 0), num=f"({n})")

    p1 = R.pol("くらしの利便性向上")
    pol.append(p1)
    rows += [
        ["１\n" + p1, mcell("オンライン手続の拡充", 1),
         "いばらき電子申請・届出サービス及びマイナポータルを活用し、子育て・介護関係手続をはじめとする各種手続のオンライン申請を拡充する。",
         "オンライン申請可能な手続数", "60手続", "総務課"],
        [None, mcell("マイナンバーカードの普及促進", 2),
         "出張申請受付や休日交付により取得を促進するとともに、健康保険証としての利用登録を支援する。", "カード保有率", "90％", "住民課"],
        [None, mcell("キャッシュレス決済の導入", 3),
         "窓口手数料や村営施設の使用料にキャッシュレス決済を導入する。", "導入窓口・施設数", "10か所", "会計課"],
        [None, mcell("高齢者向けスマホ講座の開催", 4),
         "高齢者がスマートフォンの基本操作や電子申請の方法を学べる講座を、地区公民館で開催する。", "受講者数", "延べ300人", "福祉課"],
    ]
    p2 = R.pol("行政運営の効率化")
    rows += [
        ["２\n" + p2, mcell("標準準拠システムへの移行", 5),
         "住民記録・税・福祉等の基幹業務システムを標準準拠システムへ移行し、ガバメントクラウドで運用する。", "移行済み業務数", "20業務", "総務課"],
        [None, mcell("AI-OCR・RPAによる業務の自動化", 6),
         "申請書の読み取りにAI-OCRを、データ入力・照合にRPAを導入する。", "自動化した業務数", "10業務", "総務課"],
        [None, mcell("業務フローの可視化と見直し", 7),
         "主要な業務の業務フローを作成し、手順・様式・決裁の見直し（BPR）を行う。", "見直した業務数", "25業務", "総務課"],
        [None, mcell("村ホームページのリニューアル", 8),
         "スマートフォンに対応し、必要な情報を探しやすいホームページに刷新する。", "閲覧数", "年間30万件", "総務課"],
    ]
    p3 = R.pol("地域のデジタル化")
    rows += [
        ["３\n" + p3, mcell("村内光ファイバ網の利活用促進", 9),
         "村内の光ファイバ網を活用し、遠隔健康相談や公民館でのオンライン講座など、地域のデジタルサービスを展開する。", "光回線を活用したサービス数", "5件", "企画課"],
        [None, mcell("村政情報のオープンデータ化の検討", 10),
         "村が保有するデータのうち、公開可能なデータの洗い出しを行い、オープンデータとしての公開を検討する。", "検討結果の取りまとめ", "R9", "企画課"],
    ]
    b += [
        T(rows, [2.3, 3.3, 5.0, 2.6, 1.7, 1.5], header=1, font=8.5, align_center_cols=(4, 5), caption="表4-1　施策一覧"),
        SECT("landscape", 1, "new"),
        hh(2, "工程表", "4-2"),
    ]
    ms = [m for p in R.policies for m in p["measures"]]
    sched = {
        "オンライン手続の拡充": ["拡充", "→", "→", "→", "→"],
        "マイナンバーカードの普及促進": ["実施", "→", "→", "→", "→"],
        "キャッシュレス決済の導入": ["準備", "導入", "→", "→", "→"],
        "高齢者向けスマホ講座の開催": ["実施", "→", "→", "→", "→"],
        "標準準拠システムへの移行": ["移行", "運用", "→", "→", "→"],
        "AI-OCR・RPAによる業務の自動化": ["導入", "拡大", "→", "→", "→"],
        "業務フローの可視化と見直し": ["調査", "見直し", "→", "→", "→"],
        "村ホームページのリニューアル": ["設計", "公開", "運用", "→", "→"],
        "村内光ファイバ網の利活用促進": ["検討", "実施", "→", "→", "→"],
        "村政情報のオープンデータ化の検討": ["", "洗い出し", "検討", "", ""],
    }
    srows = [["分野", "施策名", "担当課", "R7", "R8", "R9", "R10", "R11"]]
    tanto = {r[1]["text"]: r[5] for r in rows[1:]}
    for p, lab in zip(R.policies, ["くらし", "行政", "地域"]):
        for i, m in enumerate(p["measures"]):
            srows.append([lab if i == 0 else None, m, tanto[m]] + sched[m])
    b += [
        T(srows, [2.5, 8.2, 2.6, 2.5, 2.5, 2.5, 2.5, 2.4], header=1, font=9.5, align_center_cols=(2, 3, 4, 5, 6, 7),
          caption="表4-2　工程表"),
        SECT("portrait", 1, "new"),
        hh(1, "推進体制", "5."),
        P("村長を本部長とする「星宮村DX推進本部」を設置し、副村長を最高情報責任者（CIO）とします。"
          "茨城県の市町村DX支援制度を活用し、外部専門人材から助言を受けながら計画を推進します。"),
        H(1, "資料編", None, auto="none", page_break=True),
        H(2, "用語集", "資料1", auto="none"),
        T([
            ["用語", "意味"],
            ["AI-OCR", "AIを活用して、手書き文字や帳票を高い精度で読み取り、データ化する技術。"],
            ["CIO", "Chief Information Officer の略。最高情報責任者。"],
            ["オープンデータ", "機械判読に適した形式で、二次利用が可能なルールで公開されたデータ。"],
            ["情報セキュリティポリシー", "組織が保有する情報資産を守るための基本方針と対策基準。"],
            ["テレワーク", "ICTを活用した、場所や時間にとらわれない柔軟な働き方。"],
        ], [4.0, 12.4], header=1, font=9),
        H(2, "KPI一覧", "資料2", auto="none"),
        T([
            ["施策名", "KPI", "現状値（R5）", "目標値（R11）"],
            ["オンライン手続の拡充", "オンライン申請可能な手続数", "18手続", "60手続"],
            ["マイナンバーカードの普及促進", "カード保有率", "71.5％", "90％"],
            ["高齢者向けスマホ講座の開催", "受講者数", "―", "延べ300人"],
            ["標準準拠システムへの移行", "移行済み業務数", "0業務", "20業務"],
            ["AI-OCR・RPAによる業務の自動化", "自動化した業務数", "1業務", "10業務"],
            ["業務フローの可視化と見直し", "見直した業務数", "―", "25業務"],
        ], [5.2, 5.2, 3.0, 3.0], header=1, font=9, align_center_cols=(2, 3)),
    ]
    return dict(
        town=town, pref="茨城県", code="085677", title=title, heading_mode="autonum", numbering=numbering,
        period=(2025, 2029), policies=R.policies, blocks=b,
        items=items(missing=["dx/telework", "dx/security"], partial=["kanmin/opendata"]),
        fmt="docx + pdf (LibreOffice)",
        shapes="automatic numbering (numbering.xml) for headings (1. / 1-1) and for the measure names inside table cells ((1)…(10)); measures table 分野｜施策名｜概要｜KPI｜目標値｜担当課 with 分野 merged vertically; landscape section with a 工程表 (R7…R11) repeating the measures; code label and code on separate lines; 資料編 with 用語集 and KPI一覧; period from 令和7年度",
        hard="period starts 令和7年度 (2025), dated 令和7年3月, beside 総合計画 R3–R12; measure numbers are not in the text (numPr inside table cells); the measures appear three times (施策一覧, 工程表 in a landscape section, KPI一覧); the 工程表 names the 分野 only by short labels (くらし/行政/地域); 用語集 defines テレワーク and 情報セキュリティポリシー though no measure covers them",
        notes=[
            "Code: cover paragraph '全国地方公共団体コード：' then the next paragraph '085677'.",
            "Period: 令和7年度～令和11年度 → 2025–2029 (not from 令和8年度). Distractor: 第6次総合計画 令和3年度～令和12年度.",
            "Policies: the three 分野 of 表4-1 (vertically merged cells '１' + line break + title; the same titles are listed in 3.). 表4-2 工程表 labels them only くらし/行政/地域 — acceptable alternative titles. Measures: 施策名 column of 表4-1 (10). 表4-2 工程表 and 資料2 KPI一覧 repeat them.",
            "kanmin/opendata partial: 村政情報のオープンデータ化の検討 (洗い出し・検討 only).",
            "dx/telework, dx/security missing: only as 用語集 entries.",
            "dx/community covered by 村内光ファイバ網の利活用促進 (遠隔健康相談 etc.).",
        ],
    )


# ===========================================================================
# doc70  青嶺町（新潟県）— custom heading styles named 見出し１/２/３,
#        【取組1-1】 labels, 施策体系図, schedule table with category rows,
#        資料編, previous plan distractor; HTML by Chromium
# ===========================================================================
def custom_midashi_styles(doc):
    """Turn the built-in Heading n styles into user-defined styles named
    見出し１/見出し２/見出し３ (as offices that build their own templates do)."""
    styles = doc.styles.element
    body = doc.element.body
    ids = {}
    for n in (1, 2, 3, 4):
        for s in styles.findall(qn("w:style")):
            if s.get(qn("w:styleId")) == f"Heading{n}":
                new = f"af{n}"
                ids[f"Heading{n}"] = new
                s.set(qn("w:styleId"), new)
                s.set(qn("w:customStyle"), "1")
                s.find(qn("w:name")).set(qn("w:val"), "見出し" + "０１２３４"[n])
                for tag in ("w:link", "w:uiPriority", "w:unhideWhenUsed"):
                    el = s.find(qn(tag))
                    if el is not None:
                        s.remove(el)
                based = s.find(qn("w:basedOn"))
                if based is not None:
                    based.set(qn("w:val"), "Normal")
    for el in list(styles.iter(qn("w:basedOn"))) + list(styles.iter(qn("w:next"))):
        if el.get(qn("w:val")) in ids:
            el.set(qn("w:val"), ids[el.get(qn("w:val"))])
    for ps in body.iter(qn("w:pStyle")):
        if ps.get(qn("w:val")) in ids:
            ps.set(qn("w:val"), ids[ps.get(qn("w:val"))])


@register
def doc70():
    R = Reg()
    town = "青嶺町"
    title = "第2次青嶺町DX推進計画"
    b = []
    b.append(COVER([
        ("第2次", 16, True, 120),
        ("青嶺町DX推進計画", 26, True, 6),
        ("令和8年度（2026年度）～令和12年度（2030年度）", 12, False, 16),
        ("令和8年3月", 14, False, 170),
        ("新潟県青嶺町", 18, True, 10),
        ("地方公共団体コード 154873", 10, False, 6),
    ]))
    b.append(TOC([
        (0, "第1章　計画の策定にあたって", 1), (0, "第2章　現状と課題", 2), (0, "第3章　計画の体系", 4),
        (0, "第4章　取組の内容", 5), (0, "第5章　工程表", 9), (0, "第6章　推進体制", 10), (0, "資料編", 11),
    ]))
    b += [
        H(1, "計画の策定にあたって", "第1章"),
        H(2, "策定の趣旨", "1"),
        P("本町は、令和4年3月に「青嶺町DX推進計画」（計画期間：令和4年度～令和7年度）を策定し、基幹業務システムの標準化の準備やマイナンバーカードの普及に取り組んできました。"
          "前計画の期間満了にあたり、成果と課題を踏まえて「第2次青嶺町DX推進計画」を策定します。"),
        H(2, "計画の位置づけ", "2"),
        P("本計画は、官民データ活用推進基本法第9条第3項に基づく市町村官民データ活用推進計画として位置づけ、「第6次青嶺町総合計画」と整合を図ります。"),
        H(2, "計画期間", "3"),
        P("本計画の期間は、令和8年度（2026年度）から令和12年度（2030年度）までの5年間とします。"),
        H(1, "現状と課題", "第2章", page_break=True),
        H(2, "前計画の成果", "1"),
        P("前計画では、電子申請の対象手続を15手続から48手続に拡大し、マイナンバーカードの保有率は81.3％（令和7年3月末）となりました。"
          "一方、テレワーク環境の整備やオープンデータの公開は、庁内の体制が整わず着手できませんでした。"),
        H(2, "国の動向", "2"),
        P("国は、自治体DXの重点取組事項として、フロントヤード改革、情報システムの標準化・共通化、AI・RPAの利用推進、テレワークの推進、セキュリティ対策の徹底などを掲げ、"
          "あわせて地域社会のデジタル化とデジタルデバイド対策にも取り組むよう求めています。"),
        H(2, "本町の課題", "3"),
        P("豪雪地帯である本町では、冬期間の来庁が住民の大きな負担となっています。また、職員の年齢構成の偏りから、今後10年間で経験豊富な職員の大量退職が見込まれ、"
          "業務の進め方そのものを見直すことが急務です。"),
        H(1, "計画の体系", "第3章", page_break=True),
        P("本計画は、3つの基本目標と11の取組で構成します。"),
        T([
            ["基本目標", "取組"],
            ["基本目標１\n便利で身近な行政サービス", "【取組1-1】オンライン申請の拡大"],
            [None, "【取組1-2】マイナンバーカードの普及と利活用"],
            [None, "【取組1-3】窓口のワンストップ化"],
            [None, "【取組1-4】ウェブサイトのアクセシビリティ向上"],
            ["基本目標２\nスマートな役場", "【取組2-1】基幹業務システムの標準化"],
            [None, "【取組2-2】議会会議録作成へのAI活用"],
            [None, "【取組2-3】BPRの推進"],
            [None, "【取組2-4】情報セキュリティ対策の徹底"],
            [None, "【取組2-5】デジタル人材の育成"],
            ["基本目標３\n誰一人取り残さないデジタル化", "【取組3-1】デジタルデバイド対策"],
            [None, "【取組3-2】町民向けデジタル講座の充実"],
        ], [5.4, 11.0], header=1, font=9.5, caption="施策体系図"),
        H(1, "取組の内容", "第4章", page_break=True),
        H(2, R.pol("便利で身近な行政サービス"), "基本目標１"),
        H(3, R.m("オンライン申請の拡大"), "【取組1-1】"),
        P("新潟県電子申請システムとマイナポータルを活用し、子育て・介護・罹災証明書などの手続をはじめ、町民の利用が多い手続をオンライン化します。"
          "冬期間に来庁せずに済む手続を優先して拡大します。"),
        H(3, R.m("マイナンバーカードの普及と利活用"), "【取組1-2】"),
        P("カードの新規取得と更新の支援を続けるとともに、コンビニ交付や、町内医療機関でのオンライン資格確認の周知など、カードの利用を促進します。"),
        H(3, R.m("窓口のワンストップ化"), "【取組1-3】"),
        P("転入・転出やおくやみなど、複数の課にまたがる手続を一つの窓口で完結できるよう、ワンストップ窓口を設置します。"),
        H(3, R.m("ウェブサイトのアクセシビリティ向上"), "【取組1-4】"),
        P("町ウェブサイトを、高齢者や障がいのある方にも利用しやすいよう、ウェブアクセシビリティの基準に沿って改善します。"),
        H(2, R.pol("スマートな役場"), "基本目標２"),
        H(3, R.m("基幹業務システムの標準化"), "【取組2-1】"),
        P("標準準拠システムへの移行を完了し、ガバメントクラウドでの安定運用を図ります。移行後は、運用経費の検証と、標準化にあわせた事務の見直しを行います。"),
        H(3, R.m("議会会議録作成へのAI活用"), "【取組2-2】"),
        P("議会事務局において、AIによる音声認識を活用した会議録作成支援システムを導入し、会議録の作成時間を短縮します。"),
        H(3, R.m("BPRの推進"), "【取組2-3】"),
        P("全庁の業務について、業務量と手順を可視化し、業務の廃止・統合や手順の簡素化を進めます。見直しは、窓口業務から順次全課に広げます。"),
        H(3, R.m("情報セキュリティ対策の徹底"), "【取組2-4】"),
        P("情報セキュリティポリシーの見直し、全職員研修、インシデント対応訓練を実施し、情報資産を適切に管理します。"),
        H(3, R.m("デジタル人材の育成"), "【取組2-5】"),
        P("全職員を対象としたデジタルリテラシー研修を行うとともに、各課にDX推進員を配置し、職場のデジタル化をけん引する人材を育成します。"),
        H(2, R.pol("誰一人取り残さないデジタル化"), "基本目標３"),
        H(3, R.m("デジタルデバイド対策"), "【取組3-1】"),
        P("スマートフォンの操作に不安のある高齢者等のため、携帯電話事業者と連携した相談会を各地区で開催し、国のデジタル推進委員とも連携して支援を行います。"),
        H(3, R.m("町民向けデジタル講座の充実"), "【取組3-2】"),
        P("公民館講座として、スマートフォンやキャッシュレス決済、オンライン申請の使い方を学べる講座を開催します。"),
        H(1, "工程表", "第5章", page_break=True),
        P("各取組の実施時期は次のとおりです（○：実施、→：継続、△：準備・検討）。"),
    ]
    sched = [
        ("span", "基本目標１　便利で身近な行政サービス"),
        ["【取組1-1】オンライン申請の拡大", "総務課", "○", "→", "→", "→", "→"],
        ["【取組1-2】マイナンバーカードの普及と利活用", "町民課", "○", "→", "→", "→", "→"],
        ["【取組1-3】窓口のワンストップ化", "町民課", "△", "○", "→", "→", "→"],
        ["【取組1-4】ウェブサイトのアクセシビリティ向上", "総務課", "△", "○", "→", "→", "→"],
        ("span", "基本目標２　スマートな役場"),
        ["【取組2-1】基幹業務システムの標準化", "総務課", "○", "→", "→", "→", "→"],
        ["【取組2-2】議会会議録作成へのAI活用", "議会事務局", "○", "→", "→", "→", "→"],
        ["【取組2-3】BPRの推進", "総務課", "○", "→", "→", "→", "→"],
        ["【取組2-4】情報セキュリティ対策の徹底", "総務課", "○", "→", "→", "→", "→"],
        ["【取組2-5】デジタル人材の育成", "総務課", "○", "→", "→", "→", "→"],
        ("span", "基本目標３　誰一人取り残さないデジタル化"),
        ["【取組3-1】デジタルデバイド対策", "企画課", "○", "→", "→", "→", "→"],
        ["【取組3-2】町民向けデジタル講座の充実", "生涯学習課", "○", "→", "→", "→", "→"],
    ]
    b += [
        T([["取組", "担当課", "R8", "R9", "R10", "R11", "R12"]] + sched, [8.4, 2.5, 1.1, 1.1, 1.1, 1.1, 1.1],
          header=1, font=9, align_center_cols=(1, 2, 3, 4, 5, 6), caption="工程表"),
        H(1, "推進体制", "第6章", page_break=True),
        P("町長を本部長とする「青嶺町DX推進本部」を設置し、副町長を最高デジタル責任者（CDO）とします。各課に配置するDX推進員と、総務課DX推進係が連携して取組を進めます。"
          "進捗状況は毎年度推進本部で点検し、町ウェブサイトで公表します。"),
        H(1, "資料編", None, page_break=True),
        H(2, "用語集", "資料1"),
        T([
            ["用語", "説明"],
            ["オープンデータ", "国や自治体などが保有するデータのうち、誰もが二次利用できるルールで公開されたデータ。"],
            ["ガバメントクラウド", "国が整備する、政府共通のクラウドサービスの利用環境。"],
            ["テレワーク", "ICTを活用し、場所や時間にとらわれずに働く柔軟な働き方。"],
            ["BPR", "Business Process Re-engineering の略。業務の流れを抜本的に見直すこと。"],
            ["ローカル5G", "地域や産業の個別のニーズに応じて、自治体や企業が構築する第5世代移動通信システム。"],
        ], [3.8, 12.6], header=1, font=9),
        H(2, "KPI一覧", "資料2"),
        T([
            ["取組", "指標", "現状値（R6）", "目標値（R12）"],
            ["オンライン申請の拡大", "オンライン申請可能な手続数", "48手続", "120手続"],
            ["マイナンバーカードの普及と利活用", "カード保有率", "81.3％", "92％"],
            ["窓口のワンストップ化", "ワンストップ窓口で受け付ける手続数", "0手続", "25手続"],
            ["BPRの推進", "業務フローを見直した業務数", "―", "60業務"],
            ["デジタルデバイド対策", "相談会参加者数", "延べ140人", "延べ800人"],
        ], [5.6, 5.0, 2.9, 2.9], header=1, font=9, align_center_cols=(2, 3)),
    ]
    return dict(
        town=town, pref="新潟県", code="154873", title=title, heading_mode="styles", style_rename=custom_midashi_styles,
        header_text="第2次青嶺町DX推進計画", html=True,
        period=(2026, 2030), policies=R.policies, blocks=b,
        items=items(missing=["dx/telework", "kanmin/opendata", "dx/community"], partial=["dx/ai-rpa"]),
        fmt="docx + pdf (LibreOffice) + html + pdf (Chromium)",
        shapes="user-defined heading styles named 見出し１/見出し２/見出し３ (styleId af1…, not the built-in heading styles, outline level kept); typed numbers; measures labelled 【取組1-1】…; 施策体系図 table before the detail chapter; 工程表 取組｜担当課｜R8…R12 with ○/→/△ and category rows spanning the table; previous plan (R4–R7) distractor; 資料編 with 用語集 and KPI一覧; Chromium PDF with running header and page numbers",
        hard="heading styles are custom (name 見出し１, not 'heading 1'); every measure appears three or four times (施策体系図, 第4章, 工程表, KPI一覧) with the 【取組n-m】 label glued to the title in the tables; 第2章 says テレワーク and オープンデータ were NOT done in the previous plan; AI limited to 議会事務局",
        notes=[
            "Period: 令和8年度（2026年度）～令和12年度（2030年度). Distractor: 前計画 令和4年度～令和7年度.",
            "Policies: 基本目標１～３. Measures: the 11 【取組n-m】 headings in 第4章 (label not part of the title). 施策体系図 and 工程表 repeat them with the label glued to the title (no space); 資料2 KPI一覧 repeats five of them without the label.",
            "dx/ai-rpa partial: 【取組2-2】 AI only in 議会事務局 (one office, meeting minutes). No RPA.",
            "dx/telework, kanmin/opendata missing: 第2章 1 says both were not started under the previous plan; no measure in this plan. 用語集 defines them.",
            "dx/community missing: 地域社会のデジタル化 only in 第2章 国の動向; ローカル5G only in 用語集.",
            "【取組2-1】 mentions '標準化にあわせた事務の見直し', and 【取組2-3】 is an explicit BPR measure → kanmin/bpr covered.",
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
    assert 8 <= n <= 20, (name, n)
    doc = DocxRenderer(spec).render(spec["blocks"])
    doc.save(os.path.join(HERE, f"{name}.docx"))
    if spec.get("html"):
        with open(os.path.join(HERE, f"{name}.html"), "w", encoding="utf-8") as f:
            f.write(HtmlRenderer(spec).render(spec["blocks"]))
    write_expected(name, spec)
    return spec


def convert(specs):
    profile = "file:///tmp/lo_profile_import_blind5"
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
    return problems


def write_readme(specs):
    out = ["# import_blind5 — blind import test set (doc61 … doc70)", "",
           "Ten invented towns' digital plans (Japanese), each as Word .docx and PDF, with an answer key",
           "`docNN.expected.yaml` (municipality, code, period, policies/measures, 13 item verdicts, notes).",
           "Everything is generated by `make.py` (run with `../../../.venv/bin/python make.py`): python-docx plus raw",
           "OOXML, PDFs by LibreOffice (`soffice --headless --convert-to pdf`) and, for doc64, doc67 and doc70, an HTML",
           "version printed by Chromium (`docNN.html` → `docNN.chromium.pdf`). All files of one document share one answer key.",
           "",
           "Item verdicts are those of a careful planning officer reading the MEASURES only (background chapters,",
           "用語集, 国の動向 and previous-plan reviews do not count). Every plan misses 2–4 item ids and has one",
           "partial (a 検討/study only, or a single office). Codes are invented but carry a valid check digit;",
           "doc66 states no code (null).", "",
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
            "- `docNN.docx`, `docNN.pdf` (LibreOffice) for NN = 61…70; `docNN.html`, `docNN.chromium.pdf` for 64, 67, 70.",
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
