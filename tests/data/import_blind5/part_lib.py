#!/usr/bin/env python3
"""Generator for the blind import test set import_blind5 (doc61 … doc70).

Run with /work/main/.venv/bin/python make.py  [docNN ...]

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
    old = pPr.find(qn("w:numPr"))
    if old is not None:
        pPr.remove(old)
    numPr = parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')
    # numPr must follow pStyle/keepNext etc; insert after pStyle if present
    pstyle = pPr.find(qn("w:pStyle"))
    if pstyle is not None:
        pstyle.addnext(numPr)
    else:
        pPr.insert(0, numPr)


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
        f'<w:r {nsdecls("w", "wp", "wps", "mc", "v", "o", "w10")}>'
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
            numPr = parse_xml(f'<w:numPr {nsdecls("w")}>' + (f'<w:ilvl w:val="{lvl-1}"/>' if lvl > 1 else "")
                              + f'<w:numId w:val="{nid}"/></w:numPr>')
            pPr.insert(0, numPr)

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
        for lvl, text, page in b["entries"]:
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
        # fixed layout
        tblPr = t._tbl.tblPr
        tblPr.append(parse_xml(f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>'))
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
        for lvl, text, page in b["entries"]:
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
