#!/usr/bin/env python3
"""Generator for the blind import test set import_blind8 (doc91 … doc100).

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


def BOXH(text, fill="DDEBF7", size=12.5, sub=None):
    return dict(t="boxh", text=text, fill=fill, size=size, sub=sub)


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
    parts = re.split(r"(\*\*.+?\*\*|\[\[fn:.+?\]\])", text)
    for part in parts:
        if not part:
            continue
        if part.startswith("[[fn:"):
            FOOTNOTES.append(part[5:-2])
            fid = len(FOOTNOTES)
            paragraph._p.append(parse_xml(
                f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                f'<w:footnoteReference w:id="{fid}"/></w:r>'))
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


FOOTNOTES = []


def add_footnotes_part(doc):
    """Real Word footnotes: word/footnotes.xml related from the main part."""
    from docx.opc.part import Part
    from docx.opc.packuri import PackURI
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    if not FOOTNOTES:
        return
    notes = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for i, txt in enumerate(FOOTNOTES, start=1):
        notes.append(f'<w:footnote w:id="{i}"><w:p><w:pPr><w:spacing w:after="0"/><w:ind w:left="240" w:hanging="240"/></w:pPr>'
                     f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
                     f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {html.escape(txt, quote=False)}</w:t></w:r></w:p></w:footnote>')
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:footnotes xmlns:w="{W_NS}">' + "".join(notes) + '</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


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
        FOOTNOTES.clear()
        sec = self.doc.sections[0]
        set_orient(sec, spec.get("orient", "portrait"))
        if spec.get("cols", 1) > 1:
            set_cols(sec, spec["cols"])
        sec.different_first_page_header_footer = True
        self.nums = add_numbering(self.doc, spec.get("numbering", {}))
        if self.mode == "styles_autonum":
            self.link_heading_numbering()
        self.setup_header_footer(sec)
        self.body_width = (29.7 - 4.0) if spec.get("orient") == "landscape" else (21.0 - 4.6)
        if spec.get("cols", 1) > 1:
            self.body_width = (self.body_width - 0.75) / spec["cols"]
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
        add_footnotes_part(self.doc)
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

    def r_boxh(self, b):
        """Heading text in a shaded one-cell table (no heading style)."""
        d = self.doc
        t = d.add_table(rows=1, cols=1)
        t.style = d.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        c = t.cell(0, 0)
        c.width = Cm(self.body_width)
        shade_cell(c, b["fill"])
        p = c.paragraphs[0]
        p.paragraph_format.space_before = Pt(3)
        p.paragraph_format.space_after = Pt(3)
        add_text_runs(p, b["text"], bold=True, size=b["size"], east=GOTHIC)
        if b.get("sub"):
            p2 = c.add_paragraph()
            p2.paragraph_format.space_after = Pt(3)
            add_text_runs(p2, b["sub"], size=9.5)
        d.add_paragraph().paragraph_format.space_after = Pt(0)

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
    s = re.sub(r"\[\[fn:.+?\]\]", "", s)
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

    def r_boxh(self, b):
        sub = f'<p class="noind" style="font-size:9.5pt;margin-top:3pt">{inline_html(b["sub"])}</p>' if b.get("sub") else ""
        self.out.append(f'<div style="border:1px solid #333;background:#{b["fill"]};padding:4pt 8pt;margin:10pt 0 6pt 0;page-break-after:avoid">'
                        f'<p class="noind" style="font-weight:bold;font-size:{b["size"]}pt;font-family:\'Noto Sans CJK JP\',sans-serif">{inline_html(b["text"])}</p>{sub}</div>')

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
# doc91  穂波市（石川県）— Heading 1/2 styles; measures are paragraphs that
#        begin with a bold phrase; real Word footnotes; western years only
# ===========================================================================
@register
def doc91():
    R = Reg()
    town = "穂波市"
    title = "穂波市デジタル化推進計画"
    def M(t, body):
        return P(f"**{R.m(t)}**　{body}", first=0.0, indent=0.35, space_after=5)
    b = []
    b.append(COVER([
        ("穂波市デジタル化推進計画", 26, True, 150),
        ("2026年度 ― 2029年度", 14, False, 16),
        ("― 市民にやさしい、つながるデジタル市役所 ―", 12, False, 40),
        ("2026年3月", 14, False, 170),
        ("石川県穂波市", 18, True, 10),
        ("団体コード 172138", 9, False, 4),
    ]))
    b.append(TOC([
        (0, "1　計画の概要", 1), (0, "2　穂波市の現状", 2), (0, "3　デジタル化の基本方針と取組", 4),
        (0, "4　計画の推進", 8),
    ]))
    b += [
        H(1, "計画の概要", "1"),
        H(2, "策定の背景と目的", "(1)"),
        P("穂波市は2006年の合併以降、「穂波市地域情報化計画」（2010年度～2015年度）、「第2期穂波市情報化計画」（2016年度～2025年度）"
          "に基づいて、住民情報システムの共同利用、公共施設Wi-Fiの整備などを進めてきました。"),
        P("国は、デジタル社会形成基本法[[fn:令和3年法律第35号。デジタル社会の形成に関する基本理念と施策の基本方針を定める法律。]]の施行とデジタル庁の設置により、"
          "行政のデジタル化を強力に進めています。総務省の「自治体DX推進計画」[[fn:自治体デジタル・トランスフォーメーション（DX）推進計画。令和2年12月25日策定、以後改定。]]では、"
          "情報システムの標準化・共通化、マイナンバーカードの普及促進、行政手続のオンライン化、AI・RPAの利用推進、テレワークの推進、"
          "セキュリティ対策の徹底が重点取組事項とされています。"),
        P("第2期計画の終了にあわせ、市民の利便性の向上と、人口減少下でも持続可能な行政運営の両立を目指して、本計画を策定します。"),
        H(2, "計画の位置づけ", "(2)"),
        P("本計画は、官民データ活用推進基本法第9条第3項に基づく「市町村官民データ活用推進計画」であり、"
          "「第3次穂波市総合計画」（2022年度～2031年度）の個別計画として位置づけます。"),
        H(2, "計画期間", "(3)"),
        P("2026年度から2029年度までの4年間とします。総合計画後期基本計画の始期（2027年度）にあわせ、2027年度に中間見直しを行います。"),
        H(1, "穂波市の現状", "2", page_break=True),
        H(2, "人口とインターネット利用の状況", "(1)"),
        P("本市の人口は2025年10月1日現在で48,215人、高齢化率は33.8％です。"),
        T([
            ["区分", "2015年", "2020年", "2025年"],
            ["総人口（人）", "53,904", "51,022", "48,215"],
            ["65歳以上人口（人）", "15,634", "16,412", "16,297"],
            ["高齢化率（％）", "29.0", "32.2", "33.8"],
            ["マイナンバーカード保有率（％）", "10.8", "27.4", "79.6"],
        ], [5.6, 3.4, 3.4, 3.4], align_center_cols=(1, 2, 3), caption="表1　人口等の推移（各年10月1日現在）"),
        H(2, "第2期計画の振り返り", "(2)"),
        P("第2期計画で掲げた28事業のうち、22事業は完了または継続実施中です。一方で、オープンデータの公開（目標50件に対し実績12件）と"
          "職員のテレワーク（試行のみで本格実施に至らず）は目標を達成できませんでした。"),
        H(2, "市民意識調査の結果", "(3)"),
        P("2025年に実施した市民意識調査[[fn:2025年7月実施。無作為抽出の18歳以上2,000人、有効回収率41.6％。]]では、「市役所の手続でオンライン化してほしいもの」として"
          "「住民票・税証明の請求」（58.2％）、「子育て関係の手続」（31.5％）が上位を占めました。"
          "また、60歳以上の約4割が「スマートフォンの操作に自信がない」と回答しています。"),
        H(1, "デジタル化の基本方針と取組", "3", page_break=True),
        P("本計画では、次の4つの基本方針に基づき、13の取組を進めます。各取組の年度ごとの計画は、毎年度作成する実施計画で定めます。"),
        H(2, R.pol("手続のデジタル化で「行かない市役所」"), "基本方針1"),
        M("オンライン申請の拡大", "子育て・介護の手続を中心に、マイナポータルの「ぴったりサービス」と石川県電子申請共同システムを活用してオンライン申請できる手続を拡大します。2029年度までに市民の利用が多い手続の8割をオンライン化します。"),
        M("証明書のコンビニ交付の拡充", "住民票の写し、印鑑登録証明書に加えて、戸籍証明書及び所得課税証明書のコンビニ交付を開始します。"),
        M("キャッシュレス決済の導入", "市民課・税務課の窓口手数料と市税の納付について、キャッシュレス決済を導入します。"),
        M("「書かない窓口」の導入", "市民課窓口に申請書作成支援システムを導入し、マイナンバーカード等から情報を読み取って申請書を作成することで、記入の手間を減らします。"),
        H(2, R.pol("マイナンバーカードでつながる暮らし"), "基本方針2"),
        M("マイナンバーカードの取得支援", "出張申請窓口を地区公民館や企業で開設し、カードの申請を支援します。"),
        M("カードを活用した市民サービスの拡充", "図書館カードや健診の受付など、市独自サービスへのマイナンバーカードの活用を進めます。"),
        H(2, R.pol("データとデジタルで効率的な市役所"), "基本方針3"),
        M("基幹業務システムの標準化", "住民記録、税、福祉などの基幹業務システムを標準準拠システムへ移行し、ガバメントクラウド上で運用します[[fn:2025年度末までに移行できなかった業務は、国が示す特定移行支援システムとして移行する。]]。"),
        M("AI・RPAの活用", "会議録作成へのAI議事録システム、課税業務へのAI-OCR及びRPAを導入し、対象業務を順次拡大します。"),
        M("業務改革（BPR）の推進", "窓口業務と内部事務について業務量調査と業務フローの見直しを行い、デジタル化の前提となる業務改革を全庁で進めます。"),
        M("情報セキュリティの確保", "情報セキュリティポリシーの見直し、全職員研修、外部監査を計画的に実施し、標準化後のクラウド環境にも対応したセキュリティ対策を講じます。"),
        M("オープンデータの公開に向けた検討", "市が保有するデータの棚卸しを行い、オープンデータとして公開できるデータとその方法について、県や近隣市町と連携した共同公開も含めて研究します。"),
        H(2, R.pol("誰一人取り残さないデジタル化"), "基本方針4"),
        M("スマホ相談窓口の設置", "市役所1階にスマートフォンの操作やオンライン申請の方法を相談できる窓口を常設します。"),
        M("地域でのデジタル活用講座", "地区公民館や老人クラブと連携し、高齢者等を対象としたスマートフォン講座を年20回以上開催します。"),
        H(1, "計画の推進", "4", page_break=True),
        H(2, "推進体制", "(1)"),
        P("市長を本部長とする「穂波市DX推進本部」のもと、副市長をCIO（最高情報責任者）とし、外部のCIO補佐官の助言を受けて計画を推進します。"),
        H(2, "進捗管理", "(2)"),
        P("取組の進捗は、毎年度、実施計画の達成状況としてDX推進本部で確認し、市ホームページで公表します。"),
    ]
    return dict(
        town=town, pref="石川県", code="172138", title=title, heading_mode="styles", header_text=title,
        period=(2026, 2029), policies=R.policies, blocks=b,
        items=items(missing=["dx/telework", "dx/community"], partial=["kanmin/opendata"]),
        fmt="docx + pdf (LibreOffice)",
        shapes="Word Heading 1/2 styles with typed numbers (1, (1), 基本方針1); measures are body paragraphs whose first phrase is a bold run followed by a full-width space and the description; real Word footnotes (footnotes.xml) in background and inside a measure; statistics table; code small on the cover ('団体コード 172138')",
        hard="measures are not headings: only the bold leading run separates the title from the description in the same paragraph; a footnote reference sits in the middle of the 標準化 measure text and footnote bodies land at page bottoms in the PDF; period only in western years (2026年度～2029年度) beside 第2期計画 2016–2025, 総合計画 2022–2031 and 後期基本計画 2027; telework and opendata failures are in the previous-plan review",
        notes=[
            "Period: 2026年度～2029年度 (4 years, western only). Distractors: 地域情報化計画 2010–2015, 第2期 2016–2025, 総合計画 2022–2031, 中間見直し 2027.",
            "Policies: the four 基本方針 (Heading 2). Measures: the bold leading phrase of each paragraph under a 基本方針 (13). The text after the full-width space is the description, not part of the title.",
            "Footnotes (3 in background/survey, 1 inside 基幹業務システムの標準化) are not measures; the footnote reference must not become part of the title.",
            "kanmin/opendata partial: 'オープンデータの公開に向けた検討' only inventories data and 研究します. dx/telework missing: only in 第2期 review (試行のみ). dx/community missing: no regional measure (Wi-Fi is history).",
            "dx/ai-rpa covered (AI議事録, AI-OCR, RPA). kanmin/divide = dx/divide covered by 基本方針4.",
        ],
    )


# ===========================================================================
# doc92  清瀬川村（長野県）— no headings at all; two-level bulleted list from
#        numbering.xml (● policy, ○ measure); 和暦 only; no code
# ===========================================================================
@register
def doc92():
    R = Reg()
    town = "清瀬川村"
    title = "清瀬川村デジタル化推進方針"
    numbering = {"bl": [lvl_xml(0, "bullet", "●", 0.6, 0.6, bold=True), lvl_xml(1, "bullet", "○", 1.3, 0.6)]}
    def POL(t):
        return P(R.pol(t), bold=True, auto=("bl", 0), num="●", space_after=2)
    def M(t, body):
        return [P(R.m(t), auto=("bl", 1), num="○", space_after=0), P(body, indent=1.3, first=0.0, size=10)]
    def HB(t):
        return P(t, bold=True, size=12, first=0.0, space_after=4)
    b = [
        P("清瀬川村デジタル化推進方針", bold=True, size=18, align="center", space_after=2),
        P("令和8年3月　清瀬川村総務課", align="right", size=10),
        P(""),
        HB("１．方針策定の目的"),
        P("本村は人口約2,300人、高齢化率は44％を超え、役場職員も47人と限られています。こうした中でも村民へのサービスを維持していくため、"
          "国の「自治体DX推進計画」や長野県の「長野県DX戦略」を踏まえ、本村が当面取り組むデジタル化の方向を定めるものです。"),
        P("なお、本方針は、官民データ活用推進基本法第9条第3項に規定する市町村官民データ活用推進計画を兼ねるものとします。"),
        HB("２．期間"),
        P("令和8年度から令和10年度までの3年間とします。令和10年度に「第6次清瀬川村総合計画」（令和11年度から）の策定とあわせて見直します。"),
        HB("３．村の現状"),
        P("・マイナンバーカードの保有率は82.4％（令和8年1月末）で、県内の村の平均を上回っています。"),
        P("・村内の光ファイバ網は令和3年度に全域で整備済みです。携帯電話の不感地域は2集落に残っています。"),
        P("・住民記録や税などの基幹系システムは、県内の町村で共同利用しているシステムを使用しています。"),
        P("・窓口で受け付ける申請のうち、オンラインで申請できるものは児童手当など5手続にとどまっています。"),
        HB("４．取り組むこと"),
        P("次の3つの柱ごとに、8つの取組を進めます。"),
        POL("村民の手続を便利にする"),
        *M("オンライン申請できる手続の拡大", "長野県市町村電子申請システム及びマイナポータルを利用し、子育て・介護の手続、各種証明書の請求など、申請件数の多いものからオンライン化します。"),
        *M("マイナンバーカードの交付と活用", "休日交付や自宅への出張申請受付を続けるとともに、コンビニ交付を令和9年度に開始します。"),
        *M("村からのお知らせのデジタル配信", "防災行政無線の放送内容や広報の記事を、村LINE公式アカウントとメールでも配信します。"),
        POL("役場の仕事を見直す"),
        *M("基幹系システムの標準化への対応", "基幹系システムの標準化については、県内の共同利用団体と連携し、移行の時期と費用について事業者と協議しながら検討を進めます。"),
        *M("情報セキュリティ対策", "情報セキュリティポリシーを改定し、全職員研修を毎年実施します。"),
        *M("紙の決裁と保存の見直し", "電子決裁を導入するとともに、申請から決裁までの事務の流れを見直し、押印・紙の保存を原則廃止します。"),
        POL("だれもがデジタルを使える村"),
        *M("スマホよろず相談", "地域おこし協力隊と連携し、各集落の公民館でスマートフォンの使い方相談会を月1回開催します。"),
        *M("携帯電話の不感地域の解消", "残る2集落の不感地域の解消に向けて、国の補助事業を活用した基地局の整備を通信事業者に働きかけ、整備を支援します。"),
        HB("５．進め方"),
        P("副村長をCIOとし、課長会議を推進会議として年2回進捗を確認します。専門的な事項は長野県先端技術活用推進協議会の支援を受けます。"),
        P("AI・RPAやテレワークについては、本村の規模では効果が見込みにくいため、本方針の期間中は他団体の事例の情報収集にとどめます。", size=10),
    ]
    return dict(
        town=town, pref="長野県", code=None, title=title, heading_mode="bold", numbering=numbering,
        period=(2026, 2028), policies=R.policies, blocks=b,
        items=items(missing=["kanmin/opendata", "dx/ai-rpa", "dx/telework"], partial=["dx/standardization"]),
        fmt="docx + pdf (LibreOffice)",
        shapes="no headings, no cover, no TOC: a 2-page 方針 with bold typed section lines (１．…５．); policies and measures are a two-level bulleted list from numbering.xml (● level 0 bold, ○ level 1) — the bullet characters are not in the text; each measure item is followed by an indented plain description paragraph; no 地方公共団体コード anywhere",
        hard="nothing is a heading: policy/measure structure exists only as list levels (ilvl 0/1 of one numbering definition); '・' lines in 3．村の現状 are facts, not measures; period only in 和暦 (令和8年度から令和10年度まで) beside the 総合計画 from 令和11年度; code must be null",
        notes=[
            "Period: 令和8年度～令和10年度 = 2026–2028 (3 years). Distractor: 第6次総合計画 from 令和11年度.",
            "Policies: the three ● items (level 0). Measures: the ○ items (level 1), 8 in total. The indented paragraphs after each ○ item are descriptions.",
            "No code anywhere: code null.",
            "dx/standardization partial: only '事業者と協議しながら検討を進めます' (no commitment to migrate).",
            "dx/ai-rpa, dx/telework missing: the last paragraph says they are only 情報収集 during the period. kanmin/opendata missing: not mentioned.",
            "dx/community covered by 携帯電話の不感地域の解消 (基地局整備支援); 光ファイバ is in 現状 only. kanmin/bpr covered by 紙の決裁と保存の見直し (事務の流れを見直し).",
        ],
    )


# ===========================================================================
# doc93  朝霧町（静岡県）— policy headings in shaded one-cell tables; ◇
#        measure lines; 施策体系図; previous-plan review; HTML by Chromium
# ===========================================================================
@register
def doc93():
    R = Reg()
    town = "朝霧町"
    title = "朝霧町DX推進計画"
    def M(t, body, extra=None):
        out = [P(f"◇　{R.m(t)}", bold=True, first=0.0, space_after=1, keep=True), P(body, indent=0.5)]
        if extra:
            out.append(P(extra, indent=0.5, size=9.5))
        return out
    pols = [("1", "いつでもどこでも手続できるまち", [
                ("電子申請の拡充", "静岡県の電子申請サービス及びマイナポータルを活用し、子育て・介護・罹災証明書など国が示す手続を含めて、オンラインで申請できる手続を拡大します。", "目標：オンライン化手続数　32手続（令和7年度）→120手続（令和12年度）"),
                ("マイナンバーカードの利便性向上", "コンビニ交付の対象証明書の拡大、窓口での本人確認へのカード活用を進め、カードを持つメリットを高めます。", "目標：カード保有率　80.2％→95％"),
                ("窓口のキャッシュレス化", "役場窓口及び町立施設の使用料にキャッシュレス決済を導入します。", None)]),
            ("2", "デジタルでスマートに働く役場", [
                ("基幹業務システムの標準化・共通化", "住民基本台帳、税、福祉など20業務のシステムを標準準拠システムに移行し、ガバメントクラウドを利用します。", None),
                ("RPA・AI-OCRの導入", "定型的な入力作業が多い税務課・健康福祉課の業務にRPA及びAI-OCRを導入し、効果を検証しながら対象業務を拡大します。", "目標：RPA等による削減時間　年間1,500時間"),
                ("テレワークの試行", "企画政策課において、職員のテレワークを試行的に実施し、課題を整理します。", None),
                ("情報セキュリティ対策の徹底", "情報セキュリティポリシーの改定、職員研修、インシデント対応訓練を毎年度実施します。", None)]),
            ("3", "データをいかして地域を元気にするまち", [
                ("オープンデータの推進", "町が保有する統計、施設、防災等のデータを、静岡県のオープンデータカタログを通じて機械判読可能な形式で公開します。", "目標：公開データセット数　8件→40件"),
                ("統計データの見える化", "人口、財政、施設利用などの町の統計をグラフで確認できるダッシュボードを町ホームページに設けます。", None),
                ("町ホームページのリニューアル", "町ホームページをスマートフォン対応に全面改修し、必要な情報を探しやすくします。", None)]),
            ("4", "誰もがデジタルの恩恵を受けられるまち", [
                ("デジタル活用支援", "スマートフォン教室を町内5地区で定期開催し、マイナポータルや電子申請の使い方を支援します。", None),
                ("デジタル人材の育成", "全職員向けのDX研修を実施するとともに、各課にDX推進員を配置します。", None)]),
            ]
    b = []
    b.append(COVER([
        ("朝霧町DX推進計画", 28, True, 150),
        ("令和8（2026）年度～令和12（2030）年度", 13, False, 14),
        ("令和8年3月", 14, False, 190),
        ("静岡県　朝霧町", 18, True, 10),
    ]))
    b.append(TOC([
        (0, "第1章　計画策定の趣旨", 1), (0, "第2章　前計画の評価と課題", 2), (0, "第3章　施策体系", 3),
        (0, "第4章　施策の内容", 4), (0, "第5章　推進体制", 7),
    ]))
    b += [
        H(1, "計画策定の趣旨", "第1章"),
        P("朝霧町（地方公共団体コード：223379）は、令和3年度に「朝霧町行政デジタル化計画」（令和3（2021）年度～令和7（2025）年度）を策定し、"
          "電子申請の導入やタブレット会議の実施に取り組んできました。"),
        P("前計画の終了にあたり、国の自治体DX推進計画、静岡県デジタル田園都市国家構想総合戦略を踏まえ、"
          "令和8（2026）年度から令和12（2030）年度までの5年間を計画期間とする本計画を策定します。"
          "本計画は官民データ活用推進基本法第9条第3項の市町村官民データ活用推進計画に位置づけます。"),
        H(1, "前計画の評価と課題", "第2章", page_break=True),
        T([
            ["前計画の取組", "実績", "評価"],
            ["電子申請の導入", "32手続で電子申請を開始", "B"],
            ["タブレット会議の導入", "議会・庁議でペーパーレス化", "A"],
            ["業務改善（BPR）の推進", "業務量調査を実施したが、見直しは2課のみ", "C"],
            ["地域ICT人材の育成", "講座を2回開催", "C"],
        ], [5.5, 8.0, 2.0], align_center_cols=(2,), caption="表　前計画（令和3～7年度）の主な取組と評価"),
        P("前計画の業務改善は、業務量調査の段階にとどまりました。本計画では、まず標準化とRPA等の導入を優先し、"
          "業務全体の見直しは標準化の完了後に改めて検討することとします。"),
        H(1, "施策体系", "第3章", page_break=True),
        P("基本理念「富士のふもとで　つながる　ひろがる　あさぎりＤＸ」のもと、4つの基本方針と12の取組を次のとおり体系化します。"),
    ]
    rows = [["基本方針", "取組"]]
    for num, pt, ms in pols:
        for i, (mt, _, _) in enumerate(ms):
            rows.append([f"{num}　{pt}" if i == 0 else None, mt])
    b.append(T(rows, [7.0, 9.0], caption="施策体系図"))
    b.append(H(1, "施策の内容", "第4章", page_break=True))
    for num, pt, ms in pols:
        b.append(BOXH(f"基本方針{num}　{R.pol(pt)}"))
        for mt, body, extra in ms:
            b += M(mt, body, extra)
    b += [
        H(1, "推進体制", "第5章", page_break=True),
        P("町長を本部長とする朝霧町DX推進本部が計画を推進します。副町長をCIOに、企画政策課長をCIO補佐に充てます。"
          "取組の進捗は毎年度確認し、町議会に報告します。"),
    ]
    return dict(
        town=town, pref="静岡県", code="223379", title=title, heading_mode="styles", header_text=title, html=True,
        period=(2026, 2030), policies=R.policies, blocks=b,
        items=items(missing=["kanmin/bpr", "dx/community"], partial=["dx/telework"]),
        fmt="docx + pdf (LibreOffice) + html + pdf (Chromium)",
        shapes="chapters as Heading 1 (typed 第1章); policy headings are shaded one-cell tables ('基本方針1　…', no heading style); measures are bold lines starting with ◇ followed by description and a 目標 line; 施策体系図 table (基本方針 merged vertically) before the detail chapter; previous-plan evaluation table; code only in the body text of 第1章; Chromium PDF with running header",
        hard="the policy titles exist only inside one-cell tables, so a heading-based reader finds no policies; the ◇ marker is not part of the measure title; the 施策体系図 lists every measure before 第4章; the previous plan's BPR row looks like a measure; period written 令和8（2026）年度～令和12（2030）年度 next to the previous plan 令和3（2021）～令和7（2025）",
        notes=[
            "Period: 令和8（2026）年度～令和12（2030）年度. Distractor: 前計画 令和3（2021）年度～令和7（2025）年度.",
            "Code 223379 appears only in the first paragraph of 第1章 (not on the cover).",
            "Policies: the four shaded one-cell tables 基本方針1～4 in 第4章 ('基本方針N' label not part of the title). Measures: the ◇ lines (12). 施策体系図 repeats them (must not double).",
            "dx/telework partial: テレワークの試行 in 企画政策課 only. kanmin/bpr missing: only in the previous-plan table and '標準化の完了後に改めて検討' in 第2章 (not a measure).",
            "dx/community missing: policy 3 is titled 'データをいかして地域を元気にするまち' but its measures are open data, a statistics dashboard and the town website — no regional digital infrastructure or service.",
        ],
    )

# ===========================================================================
# doc94  大谷原市（岡山県）— long plan: 6 policies x 5 measures, heading
#        styles linked to a multilevel list, statistics, 資料編 with KPI一覧
# ===========================================================================
@register
def doc94():
    R = Reg()
    town = "大谷原市"
    title = "大谷原市DX推進計画"
    numbering = {
        "hd": [lvl_xml(0, "decimal", "第%1章", 0, 0, pstyle="Heading1"),
               lvl_xml(1, "decimal", "%2", 0, 0, pstyle="Heading2"),
               lvl_xml(2, "decimal", "%2-%3", 0.2, 0, pstyle="Heading3")],
    }
    pols = [
        ("手続がかんたん・便利な市役所", "市民課", [
            ("行政手続のオンライン化の推進", "子育て・介護・罹災証明書など国が示す手続をはじめ、申請件数の多い手続からマイナポータル及び市電子申請システムでのオンライン化を進めます。",
             ["手続の棚卸しとオンライン化の優先順位付け", "申請から交付・通知までのオンライン完結"], "オンライン申請可能な手続数", "85手続", "300手続", "デジタル推進課"),
            ("書かない・待たない窓口の実現", "申請書作成支援システムと窓口予約・呼出システムを導入し、市民課・保険年金課の窓口を「書かない・待たない」窓口に改めます。",
             ["申請書作成支援システムの導入", "窓口混雑状況のウェブ公開"], "窓口平均待ち時間", "22分", "10分", "市民課"),
            ("公金のキャッシュレス納付の拡大", "市税、保険料、施設使用料等の納付にスマートフォン決済・クレジットカード等を利用できるようにします。",
             ["窓口でのキャッシュレス決済の導入", "eLTAXを活用した地方税統一QRコードによる納付の推進"], "キャッシュレス納付率", "18％", "45％", "収納課"),
            ("マイナンバーカードの取得促進と活用", "出張申請受付や休日窓口により取得を支援するとともに、図書館カード、避難所受付など市の行政サービスでのカード活用を進めます。",
             ["企業・学校への出張申請受付", "市独自サービスへのカード活用"], "マイナンバーカード保有率", "81.3％", "95％", "市民課"),
            ("証明書コンビニ交付の拡充", "住民票の写し等に加え、戸籍関係証明書、税証明をコンビニ交付の対象とします。",
             ["交付対象証明書の拡大", "市民への周知"], "コンビニ交付の利用率", "24％", "50％", "市民課")]),
        ("子育て・健康・福祉のデジタル化", "こども未来課", [
            ("母子健康手帳アプリの導入", "妊娠期から子育て期までの健診記録、予防接種のスケジュール管理、市からのお知らせ配信を行う母子健康手帳アプリを導入します。",
             ["アプリの導入と登録促進", "予防接種の予診票の電子化"], "アプリ登録率（妊産婦）", "－", "80％", "健康づくり課"),
            ("保育所等の入所手続のオンライン化", "保育所等の入所申込みと必要書類の提出をオンラインで完結できるようにし、AIによる入所選考の支援を検討します。",
             ["入所申込みのオンライン化", "入所選考業務の効率化"], "入所申込みのオンライン率", "0％", "70％", "こども未来課"),
            ("介護認定事務のデジタル化", "要介護認定の申請のオンライン化と、認定調査票のタブレット入力により、認定までの期間を短縮します。",
             ["認定調査へのタブレット導入", "主治医意見書の電子的な受領"], "認定までの平均日数", "38日", "30日", "介護保険課"),
            ("健診・がん検診予約のオンライン化", "特定健診やがん検診の予約を、24時間ウェブで受け付けます。",
             ["ウェブ予約システムの導入"], "ウェブ予約の割合", "－", "60％", "健康づくり課"),
            ("学校のICT環境の充実", "GIGAスクール端末の更新と校務支援システムのクラウド化により、学びと校務の環境を充実します。",
             ["学習端末の計画的な更新", "校務支援システムのクラウド化"], "授業でICTを活用する教員の割合", "78％", "95％", "学校教育課")]),
        ("スマートで効率的な行政運営", "デジタル推進課", [
            ("基幹業務システムの標準化・共通化", "住民基本台帳、税、福祉など20業務の基幹業務システムを標準準拠システムへ移行し、ガバメントクラウドで運用します。特定移行支援システムに該当する業務は令和10年度までに移行します。",
             ["標準準拠システムへの移行", "移行後の運用経費の検証"], "標準準拠システムへの移行業務数", "14業務", "20業務", "デジタル推進課"),
            ("業務プロセスの見直し（BPR）", "全庁の業務量調査に基づき、業務フローの可視化、様式・手順の見直しを行い、システム化・外部委託を含めた業務改革を進めます。",
             ["全庁業務量調査", "重点業務のBPR（毎年度5業務）"], "BPR実施業務数（累計）", "3業務", "30業務", "行政改革推進課"),
            ("電子決裁・文書管理システムの導入", "起案・決裁・保存を電子化し、ペーパーレス化と事務の迅速化を図ります。",
             ["電子決裁システムの導入", "文書の電子保存"], "電子決裁率", "12％", "90％", "総務課"),
            ("生成AIの活用実証", "文書作成や要約の事務について、企画課と広報課の2課で生成AIの活用を実証し、ガイドラインの策定と全庁展開の可否を判断します。",
             ["2課での実証", "利用ガイドラインの策定"], "実証の実施", "－", "実施", "デジタル推進課"),
            ("庁内ネットワーク・Web会議環境の整備", "本庁舎・支所の無線LAN化とWeb会議システムの導入により、会議の効率化とペーパーレス化を進めます。",
             ["庁内無線LANの整備", "Web会議の全庁利用"], "無線LAN整備率（執務室）", "30％", "100％", "デジタル推進課")]),
        ("安全・安心なデジタル基盤と人材", "総務課", [
            ("情報セキュリティ対策の強化", "国のガイドラインを踏まえた情報セキュリティポリシーの改定、外部監査、標的型攻撃メール訓練を実施します。",
             ["ポリシーの改定", "外部監査（隔年）", "訓練（毎年度）"], "重大インシデント件数", "0件", "0件", "デジタル推進課"),
            ("個人情報保護の徹底", "個人情報の取扱いに関する職員研修と、委託先の管理状況の点検を行います。",
             ["全職員研修", "委託先点検"], "研修受講率", "88％", "100％", "総務課"),
            ("DX人材の育成", "職員の階層別DX研修と、各課のDX推進リーダーの育成を行います。",
             ["階層別研修", "DX推進リーダー育成（各課1名以上）"], "DX推進リーダー数", "12人", "60人", "人事課"),
            ("外部デジタル人材の活用", "CIO補佐官として外部専門人材を任用し、システム調達や施策立案の助言を受けます。",
             ["CIO補佐官の任用"], "CIO補佐官の任用", "1人", "1人以上", "デジタル推進課"),
            ("情報システム調達の適正化", "システム調達時の仕様書・見積りの審査を全庁で一元化し、経費の適正化と重複投資の防止を図ります。",
             ["調達審査の一元化"], "審査件数", "－", "全件", "デジタル推進課")]),
        ("デジタルで地域の活力を高める", "産業振興課", [
            ("光ファイバ・5G環境の確保", "山間部の光ファイバ未整備地区の解消と、携帯電話事業者による5G基地局の整備を促進します。",
             ["未整備地区の光ファイバ整備支援", "5G基地局整備への協力"], "光ファイバ整備率（世帯）", "97.2％", "100％", "企画課"),
            ("スマート農業の推進", "ドローンや自動操舵トラクター等のスマート農業機械の導入を補助し、担い手不足に対応します。",
             ["導入補助", "実演会の開催"], "スマート農業導入経営体数", "15経営体", "60経営体", "農林課"),
            ("地域公共交通のデジタル化", "デマンド交通のAI配車とスマートフォン予約を導入し、コミュニティバスのバスロケーションシステムを整備します。",
             ["デマンド交通のAI配車導入", "バスロケーションシステム"], "デマンド交通の利用者数", "1.2万人", "2.0万人", "交通政策課"),
            ("市内事業者のDX支援", "商工会議所と連携し、中小企業のITツール導入、テレワーク導入、キャッシュレス化などを支援する相談会と補助を行います。",
             ["DX相談会", "IT導入補助"], "補助件数（累計）", "－", "150件", "産業振興課"),
            ("防災情報システムの高度化", "河川水位センサーや監視カメラの情報をウェブで公開し、防災アプリによるプッシュ通知を行います。",
             ["センサー・カメラの増設", "防災アプリの導入"], "防災アプリ登録者数", "－", "15,000人", "危機管理課")]),
        ("誰もが使えるデジタル社会", "デジタル推進課", [
            ("デジタル活用支援員による相談", "市役所・支所・公民館でデジタル活用支援員による相談窓口を開設し、スマートフォンやオンライン申請の使い方を支援します。",
             ["常設相談窓口の開設", "出張相談"], "相談件数", "420件", "1,500件", "デジタル推進課"),
            ("高齢者向けスマートフォン教室", "携帯電話事業者と連携し、高齢者向けのスマートフォン教室を市内全地区で開催します。",
             ["地区別教室の開催"], "教室参加者数（累計）", "380人", "2,000人", "長寿福祉課"),
            ("情報アクセシビリティの向上", "市ウェブサイトのアクセシビリティ検査を行い、音声読み上げ、多言語表示に対応します。",
             ["JIS X 8341-3対応の検査と改修", "多言語化"], "適合レベルAA準拠", "一部", "準拠", "広報課"),
            ("市ウェブサイトの全面リニューアル", "スマートフォンで必要な情報にすぐたどり着けるよう、ウェブサイトの構成と検索機能を改善します。",
             ["サイト構成の見直し", "FAQ・チャットボットの導入"], "ウェブサイト満足度", "54％", "75％", "広報課"),
            ("地域デジタルサポーターの養成", "地域でスマートフォンの使い方を教え合えるよう、市民ボランティアをデジタルサポーターとして養成します。",
             ["養成講座の開催"], "サポーター登録者数", "－", "100人", "デジタル推進課")]),
    ]
    b = []
    b.append(COVER([
        ("大谷原市DX推進計画", 28, True, 130),
        ("～だれもが　つながる　未来へつなぐ　おおたにはら～", 12, False, 16),
        ("計画期間　令和8（2026）年度～令和13（2031）年度", 12, False, 40),
        ("令和8年3月", 14, False, 160),
        ("岡山県大谷原市", 18, True, 10),
    ]))
    b.append(TOC([
        (0, "第1章　計画の策定にあたって", 1), (1, "1　策定の趣旨", 1), (1, "2　計画の位置づけ", 1), (1, "3　計画期間", 2),
        (0, "第2章　大谷原市の現状と課題", 3), (1, "1　人口の推移", 3), (1, "2　市民の情報通信機器の利用状況", 3), (1, "3　デジタル化の進捗状況", 4), (1, "4　課題の整理", 4),
        (0, "第3章　計画の基本的な考え方", 5), (0, "第4章　施策の展開", 6),
        (0, "第5章　計画の推進", 16), (0, "資料編", 17),
    ]))
    H1 = lambda text, num, pb=True: H(1, text, num, page_break=pb)
    b += [
        H1("計画の策定にあたって", "第1章", pb=False),
        H(2, "策定の趣旨", "1"),
        P("本市では、平成30年3月に「大谷原市情報化推進計画」（平成30年度～令和4年度）を、令和5年3月に「大谷原市デジタル化推進プラン」（令和5年度～令和7年度）を策定し、"
          "情報化・デジタル化を進めてきました。プランの計画期間が終了することから、これまでの取組を発展させ、市民の暮らしと市役所の仕事の両面からDXを進めるため、本計画を策定します。"),
        P("国においては、デジタル田園都市国家構想から地方創生2.0へと政策が引き継がれ、自治体には、フロントヤード改革、情報システムの標準化、"
          "AIの活用、テレワークの推進、オープンデータの推進などが求められています。"),
        H(2, "計画の位置づけ", "2"),
        P("本計画は、官民データ活用推進基本法第9条第3項に基づく市町村官民データ活用推進計画であり、「第3次大谷原市総合計画」（令和3年度～令和12年度）後期基本計画の"
          "分野別計画です。また、情報通信技術を活用した行政の推進等に関する法律の趣旨を踏まえた本市の情報システム整備の方針を兼ねます。"),
        H(2, "計画期間", "3"),
        P("計画期間は、令和8（2026）年度から令和13（2031）年度までの6年間とします。標準化後のシステム更新時期（令和13年度）までを見通すため、6年間としました。"
          "社会情勢の変化に応じ、令和10年度を目途に中間見直しを行います。"),
        T([["年度", "R8", "R9", "R10", "R11", "R12", "R13"],
           ["総合計画", "後期基本計画", "→", "→", "→", "→", "次期計画"],
           ["本計画", "●", "→", "中間見直し", "→", "→", "●"]], [3.0] + [2.2] * 6, align_center_cols=(1, 2, 3, 4, 5, 6), caption="図1　計画期間"),
        H1("大谷原市の現状と課題", "第2章"),
        H(2, "人口の推移", "1"),
        P("本市の人口は令和7年10月1日現在で91,364人で、平成27年の98,772人から7.5％減少しました。高齢化率は31.9％です。"),
        T([["区分", "平成27年", "令和2年", "令和7年", "令和12年（推計）"],
           ["総人口", "98,772", "95,108", "91,364", "86,950"],
           ["年少人口（0～14歳）", "12,840", "11,697", "10,507", "9,390"],
           ["生産年齢人口（15～64歳）", "58,276", "54,213", "51,688", "47,910"],
           ["老年人口（65歳以上）", "27,656", "29,198", "29,169", "29,650"]],
          [5.0, 2.8, 2.8, 2.8, 3.0], align_center_cols=(1, 2, 3, 4), caption="表1　年齢3区分別人口（単位：人）"),
        H(2, "市民の情報通信機器の利用状況", "2"),
        P("令和7年度市民アンケート（資料3）では、スマートフォンの保有率は89.4％でしたが、75歳以上では61.0％でした。"
          "「行政手続をオンラインでしたい」との回答は全体で68.3％でした。"),
        T([["年代", "スマートフォン保有率", "オンライン手続の希望"],
           ["18～39歳", "99.1％", "84.5％"], ["40～64歳", "96.8％", "77.2％"],
           ["65～74歳", "85.3％", "52.0％"], ["75歳以上", "61.0％", "28.7％"]],
          [4.0, 5.0, 5.0], align_center_cols=(1, 2), caption="表2　年代別の状況"),
        H(2, "デジタル化の進捗状況", "3"),
        P("前プランの取組により、オンライン申請可能な手続は85手続、コンビニ交付は住民票等3種類、RPAは3業務で稼働しています。"
          "一方、オープンデータの公開は平成29年度の12件から増えておらず、テレワークは新型コロナウイルス感染症対応時に試行したのみです。"),
        H(2, "課題の整理", "4"),
        *L(["・来庁を前提とした手続が多く、窓口の混雑が続いている",
            "・標準化への移行に伴う業務の見直しと経費の増加への対応",
            "・高齢者を中心としたデジタル機器の利用格差",
            "・職員数の減少とデジタル人材の不足"], indent=0.3, hanging=0.4),
        H1("計画の基本的な考え方", "第3章"),
        P("基本理念「だれもが　つながる　未来へつなぐ　おおたにはら」のもと、6つの基本施策に30の取組を位置づけます。", first=0.35),
    ]
    rows = [["基本施策", "取組"]]
    for pi, (pt, _, ms) in enumerate(pols, 1):
        rows.append([f"{pi}　{pt}", "、".join(m[0] for m in ms)])
    b.append(T(rows, [5.5, 10.9], caption="図2　施策体系（概要）"))
    b.append(H1("施策の展開", "第4章"))
    b.append(P("各取組に、主な取組内容と成果指標（KPI）を示します。基準値は令和6年度末、目標値は令和13年度末の値です。", first=0.35))
    for pi, (pt, lead, ms) in enumerate(pols, 1):
        b.append(H(2, R.pol(pt), str(pi)))
        for mi, (mt, desc, acts, kpi, base, tgt, dept) in enumerate(ms, 1):
            b.append(H(3, R.m(mt), f"{pi}-{mi}"))
            b.append(P(desc))
            b.append(P("【主な取組】", first=0.0, bold=True, size=10))
            b += L(["・" + a for a in acts], indent=0.4, hanging=0.4, size=10)
            b.append(T([["成果指標", "基準値", "目標値", "担当課"], [kpi, base, tgt, dept]],
                       [6.6, 2.8, 2.8, 3.8], font=9, align_center_cols=(1, 2), repeat_header=False))
    b += [
        H1("計画の推進", "第5章"),
        H(2, "推進体制", "1"),
        P("市長を本部長、副市長をCIOとする「大谷原市DX推進本部」を設置し、その下に各課のDX推進リーダーで構成するワーキンググループを置きます。外部のCIO補佐官が助言を行います。"),
        H(2, "進行管理", "2"),
        P("KPIの達成状況を毎年度把握し、DX推進本部で評価した上で、外部有識者で構成する「大谷原市DX推進懇話会」の意見を聴き、取組の改善につなげます。"),
        H(1, "資料編", None, auto="none", page_break=True),
        P("資料1　計画策定の経過", bold=True, first=0.0),
        T([["年月日", "内容"],
           ["令和7年5月14日", "第1回DX推進本部会議（策定方針）"], ["令和7年7月1日～7月25日", "市民アンケートの実施"],
           ["令和7年9月30日", "第1回DX推進懇話会"], ["令和7年11月20日", "第2回DX推進懇話会（素案）"],
           ["令和7年12月15日～令和8年1月14日", "パブリックコメント（意見3件）"], ["令和8年2月18日", "第2回DX推進本部会議（決定）"]],
          [6.0, 10.4]),
        P("資料2　DX推進懇話会委員名簿", bold=True, first=0.0),
        T([["区分", "氏名", "所属等"],
           ["学識経験者", "岡本　健治", "吉備国際情報大学 教授（会長）"], ["産業界", "三宅　由美", "大谷原商工会議所 副会頭"],
           ["地域", "藤原　正", "大谷原市連合町内会 会長"], ["福祉", "小林　恵子", "大谷原市社会福祉協議会 事務局長"],
           ["公募市民", "難波　翔太", "－"]], [3.5, 3.5, 9.4]),
        P("資料3　市民アンケート結果（抜粋）", bold=True, first=0.0),
        T([["質問", "主な回答"],
           ["市のデジタル化で力を入れるべきこと", "手続のオンライン化 61.2％、高齢者等への支援 44.8％、オープンデータ 6.1％"],
           ["市役所に職員のテレワークを導入すべきか", "導入すべき 22.4％、どちらともいえない 51.0％"]], [6.4, 10.0]),
        P("資料4　用語集", bold=True, first=0.0),
        T([["用語", "説明"],
           ["オープンデータ", "国や自治体が保有するデータを、誰もが二次利用できるルールで、機械判読に適した形式で公開したもの。"],
           ["ガバメントクラウド", "政府共通のクラウドサービスの利用環境。標準準拠システムの稼働環境として利用する。"],
           ["テレワーク", "ICTを活用し、時間や場所を有効に活用できる柔軟な働き方。"],
           ["BPR", "Business Process Re-engineering。業務の目的に立ち返って業務の流れを見直すこと。"],
           ["RPA", "Robotic Process Automation。定型的なパソコン操作をソフトウェアで自動化する仕組み。"]], [3.5, 12.9]),
        P("資料5　成果指標（KPI）一覧", bold=True, first=0.0),
    ]
    rows = [["No.", "取組", "成果指標", "基準値", "目標値"]]
    for pi, (pt, _, ms) in enumerate(pols, 1):
        for mi, (mt, _, _, kpi, base, tgt, _) in enumerate(ms, 1):
            rows.append([f"{pi}-{mi}", mt, kpi, base, tgt])
    b.append(T(rows, [1.4, 5.6, 5.0, 2.2, 2.2], font=8.5, align_center_cols=(0, 3, 4)))
    b += [BR(),
          P("大谷原市DX推進計画", bold=True, first=0.0, size=12),
          P("令和8年3月発行", first=0.0, size=10),
          P("発行：岡山県大谷原市（地方公共団体コード 332194）", first=0.0, size=10),
          P("編集：総務部デジタル推進課　〒719-3192　大谷原市中央町1番1号　TEL 0866-72-1111", first=0.0, size=10)]
    return dict(
        town=town, pref="岡山県", code="332194", title=title, heading_mode="styles_autonum", numbering=numbering,
        heading_num_key="hd", header_text="大谷原市DX推進計画",
        period=(2026, 2031), policies=R.policies, blocks=b,
        items=items(missing=["dx/telework", "kanmin/opendata"], partial=["dx/ai-rpa"]),
        fmt="docx + pdf (LibreOffice)",
        shapes="long plan (about 17 pages): Heading 1/2/3 styles linked to a multilevel list (第%1章 / %2 / %2-%3, numbers only in numbering.xml); 6 基本施策 x 5 取組 as Heading 3, each with 【主な取組】 bullet lines and a one-row KPI table; statistics tables; period chart; 施策体系（概要） table with all measures of a policy joined by '、' in one cell; 資料編 (策定経過, 委員名簿, アンケート, 用語集, KPI一覧 repeating all 30 measures); code not on the cover, only in the colophon (奥付) on the last page",
        hard="30 measures; numbers like 3-4 exist only in numbering.xml; measures repeated in the 施策体系 table (joined with '、') and in the 30-row KPI一覧 of 資料編 (must not double); 資料編 heading has numbering switched off; 6-year period 令和8（2026）～令和13（2031） beside 前プラン R5–R7, 情報化推進計画 H30–R4, 総合計画 R3–R12 and 中間見直し R10; telework appears only in a measure for local firms (市内事業者のDX支援) and in the アンケート",
        notes=[
            "Period: 令和8（2026）年度～令和13（2031）年度 (6 years). Distractors: H30–R4, R5–R7 (previous plans), 総合計画 R3–R12, 中間見直し R10, 特定移行支援 R10.",
            "Policies: the six Heading 2 基本施策; measures: the Heading 3 entries (5 each, 30). 【主な取組】 bullet lines are activities; the KPI table rows are not measures.",
            "図2 施策体系（概要） repeats all measures joined by '、' in one cell per policy; 資料5 KPI一覧 repeats all 30 measure names. Neither adds measures.",
            "Code 332194 is given only in the colophon on the last page (奥付), not on the cover.",
            "dx/ai-rpa partial: only 生成AIの活用実証 in two 課 (pilot, decision on rollout later); RPA only as history in 第2章. AI配車 in デマンド交通 is a regional service, not the municipality's AI use in its administration.",
            "dx/telework missing: 'Web会議環境' is meetings; テレワーク導入 is supported for 市内中小企業 (community measure), not the city's own staff. kanmin/opendata missing: only in 第2章 (not increased), アンケート and 用語集; 防災 sensor data published on the web is not open data as a commitment.",
            "eLTAX/QR納付 sits inside 公金のキャッシュレス納付の拡大 (counts toward online, not a separate item). dx/community covered (光ファイバ・5G, スマート農業, 交通).",
        ],
    )


# ===========================================================================
# doc95  白鷺町（愛媛県）— bold-only headings; each measure is a small
#        2-column table (項目｜内容: 取組名, 概要, 担当課, 目標); code only on
#        the back cover
# ===========================================================================
@register
def doc95():
    R = Reg()
    town = "白鷺町"
    title = "白鷺町自治体DX推進計画"
    def MT(no, name, gaiyo, tanto, mokuhyo):
        return T([["項目", "内容"],
                  ["取組名", f"{no}　{R.m(name)}" if no else R.m(name)],
                  ["概要", gaiyo], ["担当課", tanto], ["目標", mokuhyo]],
                 [3.0, 13.4], font=9.5, shade="E2EFDA", repeat_header=False, align_center_cols=())
    b = []
    b.append(COVER([
        ("白鷺町自治体DX推進計画", 24, True, 160),
        ("令和8年度～令和11年度", 14, False, 14),
        ("令和8年3月", 14, False, 200),
        ("白　鷺　町", 20, True, 10),
    ]))
    b.append(TOC([
        (0, "Ⅰ　はじめに", 1), (0, "Ⅱ　白鷺町の現状", 2), (0, "Ⅲ　基本目標と取組", 3), (0, "Ⅳ　計画の推進", 8),
    ]))
    b += [
        H(1, "はじめに", "Ⅰ"),
        H(2, "計画策定の目的", "１"),
        P("本町は、愛媛県の南予地域に位置し、人口約8,900人の町です。人口減少と職員数の減少が続く中、行政サービスの質を維持し、"
          "町民の暮らしをより便利にするため、デジタル技術を活用した行政改革に取り組む必要があります。"),
        P("国の「自治体DX推進計画」を踏まえ、本町が取り組む自治体DXの内容を明らかにするため、「白鷺町自治体DX推進計画」を策定します。"),
        H(2, "計画の位置づけ", "２"),
        P("本計画は、「第2次白鷺町総合計画」の個別計画であり、官民データ活用推進基本法第9条第3項に定める「市町村官民データ活用推進計画」を兼ねます。"),
        H(2, "計画期間", "３"),
        P("令和8年度から令和11年度までの4年間とします。"),
        H(1, "白鷺町の現状", "Ⅱ", page_break=True),
        P("本町のデジタル化の状況は次のとおりです。"),
        T([["項目", "状況（令和7年12月末）"],
           ["マイナンバーカード保有率", "78.9％"],
           ["電子申請できる手続", "9手続（児童手当、転出届ほか）"],
           ["基幹系システム", "愛媛県内7町の共同利用（令和7年度中に標準準拠システムへ移行予定）"],
           ["庁内のRPA・AI", "未導入"],
           ["町内の光回線", "全域で利用可能"]], [5.5, 10.9], caption="表　本町のデジタル化の状況"),
        P("町民アンケートでは、「役場に行かずに手続したい」という声が多い一方、高齢者を中心に「デジタル化についていけない」という不安の声も寄せられています。"),
        H(1, "基本目標と取組", "Ⅲ", page_break=True),
        P("本計画では、3つの基本目標を定め、10の取組を進めます。"),
        H(2, "基本目標１　" + R.pol("町民の利便性を高める"), None),
        MT("取組1", "電子申請の拡大", "マイナポータル及び「えひめ電子申請」を活用し、子育て・介護関係手続、各種証明書の請求などをオンライン化します。", "住民課・保健福祉課", "電子申請できる手続　9手続→60手続（令和11年度）"),
        MT("取組2", "マイナンバーカードの普及と活用", "休日窓口・出張申請受付を継続するとともに、コンビニ交付を導入します。", "住民課", "保有率　78.9％→90％／コンビニ交付　令和9年度開始"),
        MT("取組3", "窓口でのキャッシュレス決済", "住民課・税務課の窓口での手数料等の支払いにキャッシュレス決済を導入します。", "会計課", "令和9年度導入"),
        MT("取組4", "スマホ教室と相談会の開催", "高齢者等を対象に、スマートフォンの基本操作やマイナンバーカードの使い方の教室・相談会を開催します。", "企画課・社会福祉協議会", "年12回開催"),
        H(2, "基本目標２　" + R.pol("役場の仕事を効率化する"), None, page_break=True),
        MT("取組5", "基幹系システムの標準化", "共同利用団体とともに標準準拠システムへ移行し、ガバメントクラウドの利用を開始します。移行後の運用経費の削減に向けて共同利用団体と協議します。", "総務課", "令和8年度までに20業務の移行完了"),
        MT("取組6", "RPA・AI-OCRの導入", "税務課の課税資料の入力業務、保健福祉課の給付事務にRPAとAI-OCRを導入します。", "総務課・税務課", "削減時間　年間800時間"),
        MT("取組7", "業務の見直しの検討", "標準化にあわせて、窓口業務の手順や様式の見直しについて、他町の事例を調査し、見直しの進め方を検討します。", "総務課", "令和9年度までに検討結果をとりまとめ"),
        MT("取組8", "テレワーク環境の整備", "災害時や育児・介護中の職員が自宅等で業務を行えるよう、テレワーク端末とリモートアクセス環境を整備し、全課で利用できるようにします。", "総務課", "テレワーク実施可能な職員の割合　100％"),
        H(2, "基本目標３　" + R.pol("安全なデジタル環境をつくる"), None, page_break=True),
        MT("取組9", "情報セキュリティ対策", "情報セキュリティポリシーの改定と、全職員を対象とした研修・訓練を実施します。", "総務課", "研修受講率　100％"),
        MT("取組10", "職員のデジタル人材育成", "愛媛県の市町DX研修や、外部講師によるDX研修に職員を派遣し、各課のデジタル化を担う職員を育成します。", "総務課", "研修受講者　延べ80人"),
        H(1, "計画の推進", "Ⅳ", page_break=True),
        P("町長を本部長とする白鷺町DX推進本部において、毎年度、取組の進捗を確認し、必要に応じて取組内容を見直します。"
          "CIOは副町長とし、愛媛県及び県内市町で構成する「愛媛県・市町DX推進会議」と連携して取り組みます。"),
        BR(),
        P("", space_after=300),
        P("白鷺町自治体DX推進計画", align="center", bold=True, size=12),
        P("令和8年3月", align="center", size=10),
        P("発行　白鷺町総務課", align="center", size=10),
        P("（全国地方公共団体コード　383953）", align="center", size=9),
    ]
    return dict(
        town=town, pref="愛媛県", code="383953", title=title, heading_mode="bold", bold_h1_border=True,
        period=(2026, 2029), policies=R.policies, blocks=b,
        items=items(missing=["kanmin/opendata", "dx/community"], partial=["kanmin/bpr"]),
        fmt="docx + pdf (LibreOffice)",
        shapes="bold-only headings (no styles) with typed Ⅰ/１ and '基本目標１　…'; every measure is its own small 2-column table with a header row 項目｜内容 and rows 取組名｜概要｜担当課｜目標, the name prefixed by '取組N'; status table in Ⅱ uses the same 項目 header; code only on the back cover (last page)",
        hard="measures live only in the '取組名' row of per-measure tables; the 現状 table also has a 項目｜… header but holds facts, not measures; 取組N label is in the same cell as the title; the code appears only on the back cover; 取組7 is a 検討 (partial BPR) though listed like the other measures",
        notes=[
            "Period: 令和8年度～令和11年度 = 2026–2029 (4 years, 和暦 only).",
            "Policies: 基本目標１～３ (bold paragraphs; 基本目標N label not part of the title). Measures: the 取組名 row of each 2-column table (10); the 取組N prefix is a label.",
            "Code 383953 appears only on the back cover ('全国地方公共団体コード').",
            "kanmin/bpr partial: 取組7 業務の見直しの検討 only studies other towns and 検討.",
            "kanmin/opendata missing (not mentioned). dx/community missing: 光回線 is a fact in 現状 only.",
        ],
    )


# ===========================================================================
# doc96  西湊町（鹿児島県）— whole document landscape, two columns; bold-only
#        headings; measures are ● lines; period 2027–2031 western
# ===========================================================================
@register
def doc96():
    R = Reg()
    town = "西湊町"
    title = "西湊町デジタル推進計画"
    def M(t, body):
        return [P(f"●{R.m(t)}", bold=True, first=0.0, space_after=0, keep=True), P(body, first=0.35, size=10)]
    b = [
        P("西湊町デジタル推進計画", bold=True, size=22, align="center", space_after=4),
        P("2027年度～2031年度", align="center", size=12),
        P("2027年3月　鹿児島県西湊町（地方公共団体コード 464775）", align="center", size=10, space_after=12),
        H(1, "計画の概要", "1"),
        H(2, "趣旨", "(1)"),
        P("西湊町は、薩摩半島の西岸に位置する人口約11,000人の町です。2022年度に策定した「西湊町DX推進方針」（2022年度～2026年度）に基づき、"
          "電子申請やキャッシュレス決済の導入、基幹系システムの標準化などを進めてきました。方針の期間満了に伴い、これまでの成果を踏まえて新たな計画を策定します。"),
        H(2, "位置づけ", "(2)"),
        P("官民データ活用推進基本法第9条第3項に基づく「市町村官民データ活用推進計画」として位置づけ、「第3次西湊町総合振興計画」（2024年度～2033年度）と整合を図ります。"),
        H(2, "期間", "(3)"),
        P("2027年度から2031年度までの5年間とします。"),
        H(1, "前方針の成果と課題", "2"),
        P("前方針の主な成果は、電子申請手続数の拡大（5手続→48手続）、基幹系20業務の標準準拠システムへの移行完了（2026年1月）、窓口キャッシュレス決済の導入です。"),
        P("一方、業務の見直しは、標準化に伴う最低限の事務変更にとどまり、AI・RPAについては費用対効果の面から導入を見送りました。本計画でもこれらの取組は掲げず、必要性が高まった時点で改めて判断します。"),
        H(1, "基本方針と施策", "3"),
        P("「海とともに　つながり　ひろがる　にしみなと」を基本理念に、5つの基本方針のもとで15の施策に取り組みます。"),
        H(2, R.pol("オンラインで完結する行政サービス"), "基本方針1"),
        *M("電子申請サービスの拡充", "鹿児島県電子申請共同運営システム及びマイナポータルにより、町民の利用が多い手続を原則オンライン化します。"),
        *M("オンライン相談の実施", "子育て相談や移住相談について、オンラインでの相談を受け付けます。"),
        *M("公金収納のデジタル化", "eLTAXによる地方税統一QRコードの活用と、窓口・施設使用料のキャッシュレス決済の拡大を進めます。"),
        H(2, R.pol("マイナンバーカードの利便性の実感"), "基本方針2"),
        *M("マイナンバーカードの取得支援", "未取得者への個別勧奨と出張申請受付を行います。"),
        *M("カードを使った窓口手続の簡素化", "転入・転出時の手続や証明書の申請で、カードの読み取りにより記入を省略できるようにします。"),
        *M("証明書コンビニ交付の継続", "コンビニ交付を継続し、対象証明書の拡大を検討します。"),
        H(2, R.pol("安全で安定した行政システム"), "基本方針3"),
        *M("標準準拠システムの安定運用", "移行を完了した標準準拠システムについて、ガバメントクラウドの運用経費の最適化と、制度改正への確実な対応を行います。"),
        *M("情報セキュリティの強化", "情報セキュリティポリシーの改定、職員研修、外部監査を行い、サイバー攻撃への対応力を高めます。"),
        *M("職員のテレワーク推進", "全職員が利用できるテレワーク環境を整え、災害時の業務継続と多様な働き方を実現します。"),
        H(2, R.pol("デジタルで活力ある地域づくり"), "基本方針4"),
        *M("町公式LINEによる情報配信", "町公式LINEアカウントを開設し、イベント、ごみ収集、健診などの情報を受け手の関心に合わせて配信します。"),
        *M("ローカル5G等の活用検討", "港湾や観光施設でのローカル5G等の活用について、通信事業者と研究会を設けて可能性を検討します。"),
        *M("町保有データのオープンデータ化", "避難所、公共施設、人口統計などのデータを、国の推奨データセットに沿ってオープンデータとして公開します。"),
        H(2, R.pol("だれもが取り残されないデジタル化"), "基本方針5"),
        *M("地域デジタルサポーターの養成", "集落ごとにスマートフォンの使い方を教えられる住民サポーターを養成します。"),
        *M("スマートフォン教室の開催", "高齢者向けの教室を年10回以上、町内各地区で開催します。"),
        *M("防災情報の多様な伝達", "防災行政無線に加え、防災アプリ、SNS、電話による自動音声配信で、スマートフォンを持たない方にも確実に情報を届けます。"),
        H(1, "推進体制と進行管理", "4"),
        P("副町長をCDO（最高デジタル責任者）とし、課長級で構成するDX推進委員会が毎年度、各施策の進捗を確認します。結果は町ホームページで公表します。"),
        P("※　本計画の取組の詳細な年次計画は、毎年度作成する「西湊町DX実施計画」で定めます。", size=9),
    ]
    return dict(
        town=town, pref="鹿児島県", code="464775", title=title, heading_mode="bold", orient="landscape", cols=2,
        period=(2027, 2031), policies=R.policies, blocks=b,
        items=items(missing=["dx/ai-rpa", "kanmin/bpr"], partial=["dx/community"]),
        fmt="docx + pdf (LibreOffice)",
        shapes="the whole document is one landscape A4 section with two newspaper columns (no cover page, no TOC: title block at the top of column 1); bold-only headings with typed numbers (1, (1), 基本方針1); measures are bold lines '●施策名' each followed by one description paragraph; code in the title block",
        hard="two-column landscape PDF: text of the right column must not be merged line by line with the left; '●' is glued to the title without a space; period starts 2027 (drafted 2027年3月) beside the previous 方針 2022–2026 and 総合振興計画 2024–2033; AI・RPA and BPR are explicitly NOT taken up (前方針の成果と課題)",
        notes=[
            "Period: 2027年度～2031年度 (5 years). Distractors: 前方針 2022–2026, 総合振興計画 2024–2033, 移行完了 2026年1月.",
            "Policies: 基本方針1～5 (bold lines; label not part of title). Measures: the 15 '●' lines; the ● marker is not part of the title.",
            "dx/ai-rpa and kanmin/bpr missing: chapter 2 states they are not taken up in this plan.",
            "dx/community partial: the only regional measure is ローカル5G等の活用検討 (研究会, 可能性を検討). 町公式LINE is the town's own publicity; policy 4's title 'デジタルで活力ある地域づくり' is not a commitment.",
            "dx/standardization covered: 標準準拠システムの安定運用 (migration already done; operation and cost optimisation are the commitment).",
        ],
    )


# ===========================================================================
# doc97  南川辺村（和歌山県）— Heading styles with typed Ⅰ/１; measures are
#        automatically numbered list paragraphs ((1) restarting per policy via
#        separate numIds); KPI一覧 and 用語集
# ===========================================================================
@register
def doc97():
    R = Reg()
    town = "南川辺村"
    title = "南川辺村情報化推進計画"
    numbering = {f"m{i}": [lvl_xml(0, "decimal", "(%1)", 0.75, 0.75, suff="tab", bold=True)] for i in (1, 2, 3)}
    cnt = {}
    def M(key, t, body):
        cnt[key] = cnt.get(key, 0) + 1
        return [P(R.m(t), bold=True, auto=(key, 0), num=f"({cnt[key]})", space_after=1, keep=True), P(body, indent=0.75)]
    b = []
    b.append(COVER([
        ("第3次", 16, True, 120),
        ("南川辺村情報化推進計画", 26, True, 6),
        ("令和8年度～令和12年度", 13, False, 24),
        ("令和8年3月", 14, False, 200),
        ("和歌山県南川辺村", 18, True, 10),
        ("団体コード：304093", 10, False, 6),
    ]))
    b += [
        H(1, "計画の策定にあたって", "Ⅰ"),
        H(2, "策定の趣旨", "１"),
        P("本村は、紀伊山地の山あいに位置する人口約3,100人の村です。平成28年度に「第2次南川辺村情報化推進計画」（平成28年度～令和2年度、その後令和7年度まで延長）を策定し、"
          "村内全域への光ファイバ網の整備や防災行政無線のデジタル化を進めてきました。"),
        P("この間、国では自治体の情報システムの標準化やマイナンバーカードの普及、行政手続のオンライン化が進められています。本村としても、限られた職員で行政サービスを維持するため、"
          "役場業務の効率化と住民サービスの向上を中心に、第3次計画を策定します。"),
        H(2, "計画の位置づけ", "２"),
        P("本計画は、官民データ活用推進基本法第9条第3項に基づく市町村官民データ活用推進計画として位置づけます。"),
        H(2, "計画期間", "３"),
        P("令和8年度から令和12年度までの5年間とします。"),
        T([["", "令和8年度", "令和9年度", "令和10年度", "令和11年度", "令和12年度"],
           ["西暦", "2026", "2027", "2028", "2029", "2030"]], [2.4] + [2.8] * 5, align_center_cols=(0, 1, 2, 3, 4, 5), caption="計画期間"),
        H(1, "村の現状", "Ⅱ", page_break=True),
        P("村内の光ファイバ網は整備済みで、携帯電話の不感地域も令和6年度に解消しました。マイナンバーカードの保有率は86.7％（令和7年12月末）に達し、"
          "コンビニ交付も令和5年度から実施しています。"),
        P("一方で、役場の業務の多くは紙で処理されており、税や福祉の窓口では繁忙期の残業が常態化しています。情報セキュリティ研修の受講率も6割程度にとどまっています。"),
        H(1, "施策の展開", "Ⅲ", page_break=True),
        P("次の3つの施策の柱に沿って、9つの取組を進めます。"),
        H(2, R.pol("住民の手続をもっと便利に"), "柱１"),
        *M("m1", "電子申請の拡大", "和歌山県電子申請システムとマイナポータルを活用し、子育て・介護・罹災証明書の申請など、住民の利用が多い手続からオンライン化します。"),
        *M("m1", "手数料等のキャッシュレス化", "役場窓口の証明書手数料や、村営施設の使用料にキャッシュレス決済を導入します。"),
        *M("m1", "村ホームページのスマートフォン対応", "村ホームページをスマートフォンで見やすい構成に改め、電子申請への案内を充実します。"),
        H(2, R.pol("役場の仕事をスマートに"), "柱２"),
        *M("m2", "基幹系システムの標準化・共通化", "住民記録、税、福祉等の基幹系システムを標準準拠システムへ移行し、ガバメントクラウドを利用します。"),
        *M("m2", "RPAの試行", "住民税務課の課税資料の入力作業1業務でRPAを試行し、効果を検証します。"),
        *M("m2", "業務フローの見直し", "税・福祉の窓口業務を対象に、業務フローを可視化し、標準化にあわせて事務の進め方を見直します。"),
        *M("m2", "テレワークの導入", "職員が育児・介護や災害時にも業務を継続できるよう、テレワーク用端末を整備し、全課で利用できるようにします。"),
        H(2, R.pol("安心してデジタルを使える村に"), "柱３"),
        *M("m3", "情報セキュリティ対策の徹底", "情報セキュリティポリシーを改定し、全職員研修と標的型攻撃メール訓練を毎年度行います。"),
        *M("m3", "高齢者のデジタル活用支援", "社会福祉協議会と連携し、高齢者向けのスマートフォン教室を各地区の集会所で開催します。"),
        H(1, "推進体制", "Ⅳ", page_break=True),
        P("副村長をCIOとし、総務課を事務局とする庁内推進会議で取組の進捗を管理します。"),
        H(1, "資料", None, page_break=True),
        P("１　成果指標一覧", bold=True, first=0.0),
        T([["取組", "指標", "現状値", "目標値（令和12年度）"],
           ["電子申請の拡大", "オンライン化した手続数", "4手続", "40手続"],
           ["手数料等のキャッシュレス化", "導入窓口数", "0", "3"],
           ["RPAの試行", "削減時間", "－", "検証結果をとりまとめ"],
           ["テレワークの導入", "テレワーク可能な職員の割合", "0％", "100％"],
           ["情報セキュリティ対策の徹底", "研修受講率", "61％", "100％"],
           ["高齢者のデジタル活用支援", "教室参加者数（年間）", "－", "120人"]], [5.2, 4.8, 2.6, 3.8]),
        P("２　用語集", bold=True, first=0.0),
        T([["用語", "説明"],
           ["マイナンバーカード", "マイナンバーが記載された顔写真付きのカード。本人確認書類として、またオンラインでの本人確認に利用できる。"],
           ["地域社会のデジタル化", "デジタル技術を活用した地域課題の解決や、光ファイバ・5G等の基盤整備のこと。"],
           ["RPA", "パソコン上の定型作業をソフトウェアのロボットにより自動化する仕組み。"],
           ["オープンデータ", "誰もが自由に二次利用できる形で公開されたデータ。"]], [4.0, 12.4]),
    ]
    return dict(
        town=town, pref="和歌山県", code="304093", title=title, heading_mode="styles", numbering=numbering,
        period=(2026, 2030), policies=R.policies, blocks=b,
        items=items(missing=["kanmin/mynumber", "dx/mynumber", "kanmin/opendata", "dx/community"], partial=["dx/ai-rpa"]),
        fmt="docx + pdf (LibreOffice)",
        shapes="Heading 1/2 styles with typed Ⅰ/１/柱１; measures are bold list paragraphs numbered automatically ((1), (2) …) through numbering.xml, one numId per policy so numbering restarts — the numbers are not in the text; description in the following indented paragraph; period table 和暦/西暦; 資料 with KPI一覧 (repeats 6 measures) and 用語集",
        hard="measures are neither headings nor typed-numbered: only bold + numPr marks them; the 資料 heading has no number; マイナンバーカード and 光ファイバ/不感地域 appear only in 現状 (already done) and 用語集, not as measures; previous plan 平成28年度～令和2年度 (extended to 令和7年度)",
        notes=[
            "Period: 令和8年度～令和12年度 = 2026–2030. Distractor: 第2次計画 平成28年度～令和2年度, 延長 to 令和7年度.",
            "Policies: 柱１～３ (Heading 2, label 柱N not part of the title). Measures: the 9 bold auto-numbered paragraphs ((1)… restarting per policy; numbers only in numbering.xml).",
            "資料 1 成果指標一覧 repeats six measure names; not new measures.",
            "kanmin/mynumber, dx/mynumber missing: the card (86.7%, コンビニ交付 since R5) appears only in 第Ⅱ章 現状 and 用語集; mentions inside 電子申請の拡大 (マイナポータル) do not commit to 普及・活用 of the card. An alternative reading would give partial via マイナポータル; I chose missing.",
            "dx/community missing (光ファイバ and 不感地域 already done, 現状 only). kanmin/opendata missing (用語集 only).",
            "dx/ai-rpa partial: RPAの試行 in one 業務 of one 課 (pilot). kanmin/bpr covered by 業務フローの見直し.",
        ],
    )


# ===========================================================================
# doc98  葛城野町（佐賀県）— 概要版 page first; bold-only headings; measures
#        labelled 【取組1】…【取組11】; landscape 工程表; HTML by Chromium
# ===========================================================================
@register
def doc98():
    R = Reg()
    town = "葛城野町"
    title = "葛城野町DX推進計画"
    pols = [
        ("暮らしを便利にするDX", [
            ("行政手続のオンライン化", "子育て・介護など住民の利用が多い手続から、マイナポータルと佐賀県電子申請サービスでオンライン化します。", "住民課"),
            ("マイナンバーカードの普及と利用拡大", "休日・出張申請受付とあわせ、コンビニ交付の対象拡大、図書館利用カード化を行います。", "住民課"),
            ("窓口のワンストップ化", "おくやみ手続など複数課にまたがる手続を一つの窓口で完結できるようにします。", "住民課"),
            ("子育てアプリの導入", "健診・予防接種・子育て支援情報を配信する子育て応援アプリを導入します。", "子育て支援課")]),
        ("役場を変えるDX", [
            ("基幹業務システムの標準化", "20業務の基幹業務システムを標準準拠システムに移行し、ガバメントクラウドを利用します。", "総務課"),
            ("AI・RPAによる業務効率化", "会議録作成AI、AI-OCR、RPAを導入し、税・福祉の定型業務を自動化します。", "総務課"),
            ("業務プロセスの見直し", "窓口・内部事務の業務量調査を行い、業務フローを見直します。", "総務課"),
            ("ペーパーレス会議の推進", "庁議・議会でタブレット端末を用いたペーパーレス会議を行います。", "総務課・議会事務局")]),
        ("地域をつなぐDX", [
            ("オープンデータの公開", "町が保有するデータを推奨データセットに沿って公開し、県のオープンデータサイトにも掲載します。", "企画課"),
            ("スマート農業の推進", "佐賀県農業試験研究センターと連携し、ドローン防除やほ場の水管理システムの導入を支援します。", "農林課"),
            ("高齢者のデジタル活用の支援策の検討", "高齢者等がデジタル機器を使えるようにするための支援の在り方について、社会福祉協議会と協議しながら検討します。", "福祉課")]),
    ]
    gaiyo = [["基本方針", "取組", "担当"]]
    k = 0
    for pt, ms in pols:
        for i, (mt, _, dept) in enumerate(ms):
            k += 1
            gaiyo.append([pt if i == 0 else None, f"【取組{k}】{mt}", dept])
    b = []
    b.append(COVER([
        ("葛城野町DX推進計画", 26, True, 150),
        ("計画期間：R8～R12（2026～2030年度）", 12, False, 20),
        ("令和8年3月", 14, False, 200),
        ("佐賀県葛城野町", 18, True, 10),
        ("（413593）", 9, False, 4),
    ]))
    b += [
        P("葛城野町DX推進計画【概要版】", bold=True, size=15, align="center", space_after=6),
        P("目指す姿：「くらし・しごと・ちいき　みんなでつくる　かつらぎのDX」", first=0.0),
        P("計画期間：令和8年度～令和12年度（5年間）　／　位置づけ：官民データ活用推進基本法に基づく市町村官民データ活用推進計画", first=0.0, size=9.5),
        T(gaiyo, [4.2, 9.2, 3.0], font=9, caption="施策の全体像"),
        BR(),
        H(1, "計画の基本事項", "1"),
        H(2, "策定の趣旨", "(1)"),
        P("本町では、令和4年度から「葛城野町デジタル化推進指針」に基づいて電子申請や窓口のキャッシュレス化を進めてきました。今後は、町の仕事の進め方そのものを変えるDXに取り組むため、本計画を策定します。"),
        H(2, "計画期間", "(2)"),
        P("令和8年度（2026年度）から令和12年度（2030年度）までの5年間とし、3年目の令和10年度に中間評価を行います。"),
        H(2, "位置づけ", "(3)"),
        P("本計画は、官民データ活用推進基本法第9条第3項の市町村官民データ活用推進計画です。"),
        H(1, "現状と課題", "2", page_break=True),
        P("町民アンケート（令和7年8月、回答1,042人）では、60歳以上の47.2％が「スマートフォンでの手続に不安がある」と回答しました。"
          "また、職員アンケートでは「紙の処理と転記作業が多い」（72.5％）が最大の課題として挙げられています。"),
        P("国の自治体DX推進計画が求める情報セキュリティ対策やテレワークについては、本町ではこれまでも情報セキュリティポリシーに基づく運用を行っており、本計画とは別に所管課において対応します。"),
        H(1, "取組の内容", "3", page_break=True),
    ]
    k = 0
    for pi, (pt, ms) in enumerate(pols, 1):
        b.append(H(2, R.pol(pt), f"基本方針{pi}"))
        for mt, desc, dept in ms:
            k += 1
            b.append(P(f"【取組{k}】　{R.m(mt)}", bold=True, first=0.0, keep=True, space_after=1))
            b.append(P(desc, indent=0.4))
            b.append(P(f"担当：{dept}", indent=0.4, size=9, align="right"))
    b += [SECT("landscape", 1), H(1, "工程表", "4")]
    rows = [["取組", "R8", "R9", "R10", "R11", "R12"]]
    k = 0
    for pt, ms in pols:
        rows.append(("span", pt))
        for mt, _, _ in ms:
            k += 1
            sched = {1: ["拡大", "→", "→", "→", "→"], 5: ["移行", "運用", "→", "→", "→"], 11: ["検討", "→", "", "", ""],
                     9: ["公開", "→", "→", "→", "→"]}.get(k, ["実施", "→", "→", "→", "→"])
            rows.append([f"【取組{k}】{mt}"] + sched)
    b.append(T(rows, [10.7] + [3.0] * 5, align_center_cols=(1, 2, 3, 4, 5)))
    b += [SECT("portrait", 1), H(1, "推進体制", "5"),
          P("町長を本部長とする葛城野町DX推進本部で進捗を管理し、毎年度、取組の状況を町議会に報告します。")]
    return dict(
        town=town, pref="佐賀県", code="413593", title=title, heading_mode="bold", bold_h1_border=True, html=True,
        header_text="葛城野町DX推進計画",
        period=(2026, 2030), policies=R.policies, blocks=b,
        items=items(missing=["dx/security", "dx/telework"], partial=["kanmin/divide", "dx/divide"]),
        fmt="docx + pdf (LibreOffice) + html + pdf (Chromium)",
        shapes="cover with the bare code in parentheses '（413593）' under the town name; 概要版 page right after the cover with a 施策の全体像 table (基本方針 merged vertically, 【取組N】 glued to the title); bold-only headings with typed numbers (1, (1), 基本方針1) and a bottom border on chapter titles; measures are bold lines '【取組N】　title' numbered across policies, with description and a right-aligned 担当 line; landscape 工程表 with category rows spanning the table; Chromium PDF with running header",
        hard="the measures appear three times (概要版, 第3章, 工程表); the code is only a bare 6-digit number in parentheses on the cover; period written 'R8～R12（2026～2030年度）' on the cover; security and telework are explicitly left to other offices (not measures); divide only 検討",
        notes=[
            "Period: R8～R12 = 2026–2030. Distractors: 指針 from 令和4年度, 中間評価 令和10年度.",
            "Code: '（413593）' on the cover under 佐賀県葛城野町, no label.",
            "Policies: 基本方針1～3 in 第3章. Measures: 11 【取組N】 lines (label not part of the title). 概要版 table and 工程表 repeat them with the label glued on.",
            "dx/security, dx/telework missing: 第2章 says they are handled outside this plan by the 所管課.",
            "kanmin/divide and dx/divide partial: 【取組11】 only 支援の在り方 … 検討.",
        ],
    )


# ===========================================================================
# doc99  湖東川市（滋賀県）— Heading styles; measures only as rows of one
#        table per policy (No.｜取組｜内容｜担当課); period in months; Chromium
# ===========================================================================
@register
def doc99():
    R = Reg()
    town = "湖東川市"
    title = "湖東川市行政DX推進計画"
    pols = [
        ("市民との接点のデジタル化", [
            ("オンライン手続の拡充", "市民の利用が多い手続、子育て・介護の手続、罹災証明書の交付申請をオンライン化し、申請から結果通知までをオンラインで完結させる。", "DX推進課"),
            ("マイナンバーカードの取得推進", "出張申請受付、休日開庁により取得を推進する。", "市民課"),
            ("マイナンバーカードの活用", "書かない窓口での本人確認、証明書コンビニ交付、図書館カード等でカードを活用する。", "市民課"),
            ("フロントヤード改革", "窓口予約、書かない窓口、オンライン相談を組み合わせ、来庁者の手続時間を短縮する。", "市民課"),
            ("電子納付の拡大", "市税・保険料のスマートフォン決済とeLTAXによる納付を拡大する。", "納税課")]),
        ("バックヤードのデジタル化", [
            ("基幹業務システムの標準化・共通化", "20業務の標準準拠システムへの移行とガバメントクラウドの利用。特定移行支援システムは令和10年度までに移行する。", "DX推進課"),
            ("生成AIの全庁利用", "生成AIを全職員が利用できる環境を整え、文書作成・要約・翻訳等に活用する。", "DX推進課"),
            ("RPAの適用業務の拡大", "RPAの適用業務を年5業務以上拡大する。", "DX推進課"),
            ("業務改革（BPR）", "業務量調査に基づき、重点業務の業務フローを見直す。", "行政改革課"),
            ("テレワークの試行", "情報政策部門の職員を対象にテレワークを試行し、全庁展開の可否を判断する。", "人事課")]),
        ("デジタル基盤と人材", [
            ("情報セキュリティ対策の強化", "情報セキュリティポリシーの改定、CSIRTの訓練、外部監査を行う。", "DX推進課"),
            ("庁内ネットワークの再構築", "標準化後のネットワーク構成を見直し、無線LANとゼロトラストの考え方に基づく環境を整備する。", "DX推進課"),
            ("DX人材の育成・確保", "全職員研修、DX推進員の育成、外部デジタル人材の任用を行う。", "人事課"),
            ("データに基づく政策立案（EBPM）", "庁内データの分析基盤を整備し、政策立案にデータを活用する。", "企画課")]),
    ]
    b = []
    b.append(COVER([
        ("湖東川市行政DX推進計画", 26, True, 150),
        ("2026 → 2030", 14, False, 16),
        ("令和8年3月", 14, False, 210),
        ("湖東川市", 20, True, 10),
    ]))
    b.append(TOC([(0, "第1章　計画の概要", 1), (0, "第2章　現状と課題", 2), (0, "第3章　取組", 3), (0, "第4章　推進体制", 6)]))
    b += [
        H(1, "計画の概要", "第1章"),
        H(2, "目的", "1"),
        P("湖東川市（滋賀県、全国地方公共団体コード252182）は、平成31年4月に策定した「湖東川市ICT推進計画」に基づき、電子申請やRPAの導入を進めてきました。"
          "本計画は、市役所の業務と窓口を中心に、デジタル技術を前提とした行政運営への転換（行政DX）を進めることを目的とします。"),
        P("地域のデジタル化や市民のデジタル活用支援は、「湖東川市スマートシティ構想」（令和6年3月策定）で取り組むこととし、本計画では市役所の行政DXに対象を絞ります。"),
        H(2, "計画の位置づけ", "2"),
        P("本計画は、官民データ活用推進基本法第9条第3項に基づく市町村官民データ活用推進計画として位置づけます。"),
        H(2, "計画期間", "3"),
        P("2026年4月から2031年3月までの5年間とします。"),
        H(1, "現状と課題", "第2章", page_break=True),
        T([["指標", "2021年度", "2023年度", "2025年度"],
           ["オンライン申請可能な手続数", "42", "118", "205"],
           ["RPA適用業務数", "3", "11", "17"],
           ["マイナンバーカード保有率", "41.2％", "72.6％", "80.4％"],
           ["公開オープンデータ数", "36", "52", "55"]], [6.4, 3.3, 3.3, 3.3], align_center_cols=(1, 2, 3), caption="表1　主な指標の推移"),
        P("オンライン申請の手続数は増えていますが、利用率は2割程度にとどまります。オープンデータは公開数が伸び悩んでおり、スマートシティ構想のデータ連携基盤と一体で進める必要があります。"),
        H(1, "取組", "第3章", page_break=True),
        P("3つの柱のもとに14の取組を進めます。"),
    ]
    k = 0
    for pi, (pt, ms) in enumerate(pols, 1):
        b.append(H(2, R.pol(pt), f"柱{pi}"))
        rows = [["No.", "取組", "内容", "担当課"]]
        for mi, (mt, desc, dept) in enumerate(ms, 1):
            rows.append([f"{pi}-{mi}", R.m(mt), desc, dept])
        b.append(T(rows, [1.2, 6.0, 6.8, 2.4], font=9.5, align_center_cols=(0,)))
    b += [
        H(1, "推進体制", "第4章", page_break=True),
        P("市長を本部長とするDX推進本部のもと、最高デジタル責任者（CDO）の副市長が計画の進行を管理します。取組ごとの工程とKPIは、別に定める「行政DXアクションプラン」で管理します。"),
    ]
    return dict(
        town=town, pref="滋賀県", code="252182", title=title, heading_mode="styles", header_text=title, html=True,
        period=(2026, 2030), policies=R.policies, blocks=b,
        items=items(missing=["kanmin/divide", "dx/divide", "kanmin/opendata", "dx/community"], partial=["dx/telework"]),
        fmt="docx + pdf (LibreOffice) + html + pdf (Chromium)",
        shapes="Heading 1/2 styles with typed numbers (第1章, 1, 柱1); measures only as rows of one table per policy No.｜取組｜内容｜担当課 (No. 1-1 …); statistics table with the same kind of header; code inside the first body paragraph; cover shows '2026 → 2030' only; Chromium PDF with running header",
        hard="period stated as months '2026年4月から2031年3月まで' (= FY2026–FY2030, not 2031) and on the cover as '2026 → 2030'; measures exist only as table cells in the 取組 column; the 表1 indicators table is not measures; divide, community and open data are expressly moved to a separate スマートシティ構想 (not measures of this plan)",
        notes=[
            "Period: 2026年4月～2031年3月 = FY2026–FY2030. Distractors: ICT推進計画 平成31年4月, スマートシティ構想 令和6年3月, 特定移行支援 令和10年度.",
            "Code 252182 appears only in the first paragraph of 第1章.",
            "Policies: 柱1～3 (Heading 2). Measures: the 取組 column of the three tables (14). No. and 内容 columns are not titles.",
            "kanmin/divide, dx/divide, dx/community missing: 第1章 says they belong to スマートシティ構想, not this plan. kanmin/opendata missing: only in 第2章 現状 (表1 and 伸び悩み).",
            "dx/telework partial: テレワークの試行 for 情報政策部門 only.",
            "フロントヤード改革 (a 2.x-edition item) counts toward online here; no separate item id.",
        ],
    )


# ===========================================================================
# doc100  北浦町（熊本県）— structured item by item after the national DX
#         plan; measures are Heading 3 with ① numbers; appendix procedure list
# ===========================================================================
@register
def doc100():
    R = Reg()
    town = "北浦町"
    title = "北浦町自治体DX推進計画"
    secs = [
        ("自治体の情報システムの標準化・共通化",
         "国は、基幹業務システムの標準準拠システムへの移行を原則令和7年度末までに行うこととしています。本町では令和7年度に17業務の移行を完了し、残る3業務が特定移行支援システムとなっています。",
         [("残る基幹業務システムの移行完了", "戸籍・戸籍の附票・印鑑登録の3業務について、令和9年度までに標準準拠システムへ移行します。"),
          ("ガバメントクラウド運用経費の最適化", "移行後の運用経費を毎年度検証し、共同利用団体とともに最適化を図ります。")]),
        ("マイナンバーカードの普及促進・利用の推進",
         "本町のマイナンバーカード保有率は令和7年12月末で83.5％です。",
         [("カード取得の支援", "未取得者への個別案内と、自宅・施設への出張申請受付を行います。"),
          ("カードの利用場面の拡大", "書かない窓口での本人確認、コンビニ交付、避難所での受付にカードを活用します。")]),
        ("自治体の行政手続のオンライン化",
         "国が示す特に国民の利便性の向上に資する手続を含め、本町の手続のオンライン化状況を付録に示します。",
         [("子育て・介護手続のオンライン化", "付録の子育て・介護関係の手続を、令和8年度中にマイナポータルから申請できるようにします。"),
          ("町独自手続のオンライン化", "施設予約、各種届出など町独自の手続を熊本県電子申請サービスで受け付けます。")]),
        ("自治体のAI・RPAの利用推進",
         "本町では令和5年度からAI-OCRを税務課で利用しています。",
         [("RPAの導入", "税務・福祉の定型業務にRPAを導入し、年間1,000時間の作業時間を削減します。"),
          ("業務の見直し（BPR）", "AI・RPAの導入にあわせ、対象業務の業務フローを可視化して見直します。")]),
        ("セキュリティ対策の徹底",
         "総務省のガイドライン改定（令和7年3月）に対応する必要があります。",
         [("情報セキュリティポリシーの改定", "ガイドラインに準拠してポリシーを改定し、全職員に周知します。"),
          ("職員研修と訓練", "全職員研修と標的型攻撃メール訓練を毎年度実施します。")]),
        ("地域社会のデジタル化とデジタルデバイド対策",
         "町内の光ファイバ網は整備済みですが、山間部で携帯電話の電波が届きにくい地区があります。",
         [("スマートフォン相談会", "デジタル活用支援員の派遣を受け、公民館でのスマートフォン相談会を毎月開催します。"),
          ("地域課題へのデジタル活用の研究", "山間部の見守りや農業へのIoT機器の活用について、県や大学と連携して研究します。")]),
    ]
    circ = "①②③④⑤⑥"
    b = []
    b.append(COVER([
        ("北浦町自治体DX推進計画", 24, True, 150),
        ("令和8年度～令和10年度", 13, False, 16),
        ("令和8年3月", 14, False, 200),
        ("熊本県北浦町", 18, True, 10),
        ("地方公共団体コード　434493", 10, False, 8),
    ]))
    b.append(TOC([(0, "1　計画の概要", 1), (0, "2　重点取組事項ごとの取組", 2), (0, "3　推進体制", 6), (0, "付録　行政手続のオンライン化の状況", 7)]))
    b += [
        H(1, "計画の概要", "1"),
        H(2, "趣旨", "(1)"),
        P("本計画は、総務省の「自治体デジタル・トランスフォーメーション（DX）推進計画」に示された重点取組事項に沿って、本町の取組を定めるものです。"
          "官民データ活用推進基本法第9条第3項の市町村官民データ活用推進計画を兼ねます。"),
        H(2, "計画期間", "(2)"),
        P("令和8年度から令和10年度までの3年間とします。国の計画の改定があった場合には、期間内であっても見直します。"),
        H(2, "対象としない事項", "(3)"),
        P("テレワークの推進については、本町の業務の大半が窓口・現場業務であることから、本計画の期間中は取り組まないこととします。"
          "また、オープンデータの推進は、熊本県の「オープンデータ推進指針」に基づいて県が一括して進める共同公開の状況を見ながら、次期計画で扱います。"),
        H(1, "重点取組事項ごとの取組", "2", page_break=True),
    ]
    for si, (st, cur, ms) in enumerate(secs, 1):
        b.append(H(2, R.pol(st), f"({si})"))
        b.append(P("【現状】", bold=True, first=0.0))
        b.append(P(cur))
        b.append(P("【本町の取組】", bold=True, first=0.0))
        for mi, (mt, desc) in enumerate(ms):
            b.append(H(3, R.m(mt), circ[mi]))
            b.append(P(desc))
    b += [
        H(1, "推進体制", "3", page_break=True),
        P("副町長をCIOとし、総務課情報係を事務局として、課長会議で年2回進捗を確認します。"),
        H(1, "行政手続のオンライン化の状況", "付録", page_break=True),
        P("○：オンライン化済み　◎：本計画期間中にオンライン化　－：本町では該当なし", size=9, first=0.0),
    ]
    procs = [("図書館の図書貸出予約等", "○"), ("文化・スポーツ施設等の利用予約等", "◎"), ("粗大ごみ収集の申込", "◎"),
             ("犬の登録申請、死亡届", "◎"), ("職員採用試験申込", "○"), ("道路使用許可の申請", "－（警察署の事務）"),
             ("児童手当等の受給資格及び児童手当の額についての認定請求", "○"), ("保育施設等の利用申込", "◎"),
             ("要介護・要支援認定の申請", "◎"), ("罹災証明書の発行申請", "◎")]
    b.append(T([["手続", "状況"]] + [[p, s] for p, s in procs], [12.0, 4.4], font=9, align_center_cols=()))
    return dict(
        town=town, pref="熊本県", code="434493", title=title, heading_mode="styles",
        period=(2026, 2028), policies=R.policies, blocks=b,
        items=items(missing=["dx/telework", "kanmin/opendata"], partial=["dx/community"]),
        fmt="docx + pdf (LibreOffice)",
        shapes="structured like seed 001: Heading 2 per national 重点取組事項 (typed (1)…(6)), each with 【現状】 and 【本町の取組】 bold labels; measures are Heading 3 with typed ①② (two per section); 対象としない事項 section; 付録 table of procedures with ○/◎/－; code on cover",
        hard="the policy titles are the national item names, so a reader matching item names in headings is tempted to mark every item covered; 【現状】 paragraphs are not commitments; the 付録 procedure rows are not measures; telework and opendata are expressly excluded in 1(3); community only 研究",
        notes=[
            "Period: 令和8年度～令和10年度 = 2026–2028 (3 years). Distractors: 令和7年度末 (national deadline), 令和9年度 (migration).",
            "Policies: the six Heading 2 sections named after the national items (number (N) not part of the title). Measures: Heading 3 ①② (12). 【現状】/【本町の取組】 are labels.",
            "付録 table rows are procedures, not measures; '道路使用許可' is marked not applicable.",
            "dx/telework, kanmin/opendata missing: 1(3) 対象としない事項 excludes them explicitly.",
            "dx/community partial: section (6) is titled 地域社会のデジタル化, but its only regional measure is 研究 (地域課題へのデジタル活用の研究); 携帯電波 is 現状 only.",
            "kanmin/bpr covered by 業務の見直し（BPR）; dx/divide covered by スマートフォン相談会.",
        ],
    )

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
    assert 5 <= n <= 30, (name, n)
    doc = DocxRenderer(spec).render(spec["blocks"])
    doc.save(os.path.join(HERE, f"{name}.docx"))
    if spec.get("html"):
        with open(os.path.join(HERE, f"{name}.html"), "w", encoding="utf-8") as f:
            f.write(HtmlRenderer(spec).render(spec["blocks"]))
    write_expected(name, spec)
    return spec


def convert(specs):
    profile = "file:///tmp/lo_profile_import_blind8"
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
    out = ["# import_blind8 — blind import test set (doc91 … doc100)", "",
           "Ten invented towns' digital plans (Japanese), each as Word .docx and PDF, with an answer key",
           "`docNN.expected.yaml` (municipality, code, period, policies/measures, 13 item verdicts, notes).",
           "Everything is generated by `make.py` (run with `../../../.venv/bin/python make.py`): python-docx plus raw",
           "OOXML, PDFs by LibreOffice (`soffice --headless --convert-to pdf`) and, for doc93, doc98 and doc99, an HTML",
           "version printed by Chromium (`docNN.html` → `docNN.chromium.pdf`). All files of one document share one answer key.",
           "",
           "Item verdicts are those of a careful planning officer reading the MEASURES only (background chapters,",
           "用語集, 国の動向 and previous-plan reviews do not count). Every plan misses 2–4 item ids and has at least one",
           "partial (a 検討/study only, a pilot, or a single office). Codes are invented but carry a valid check digit;",
           "doc92 states no code (null).", "",
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
            "- `docNN.docx`, `docNN.pdf` (LibreOffice) for NN = 91…100; `docNN.html`, `docNN.chromium.pdf` for 93, 98, 99.",
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
    names = argv or sorted(DOCS, key=lambda n: int(n[3:]))
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
