#!/usr/bin/env python3
"""Generator for the blind import test set import_blind7 (doc81 … doc90).

Run with ../../../.venv/bin/python make.py  [docNN ...]

Every document is an invented town.  A document is a list of blocks that is
rendered to .docx (python-docx plus raw OOXML for numbering, text boxes,
merged cells, sections) and, for three documents, also to .html which is
printed by Chromium.  The .docx files are converted to PDF by LibreOffice.
The answer keys (docNN.expected.yaml) are written from the same data so the
measure titles in the key and in the document cannot drift apart.
"""
import base64
import copy
import io
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
      num=None, hanging=None, space_after=None, keep=False, style=None):
    """Body paragraph.  text may contain **bold** spans.  auto=(numKey,ilvl)
    makes an automatically numbered paragraph whose visible number (for the
    HTML rendering) is num."""
    return dict(t="p", text=text, bold=bold, indent=indent, first=first, align=align,
                size=size, auto=auto, num=num, hanging=hanging, space_after=space_after,
                keep=keep, style=style)


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


def IMG(kind, width_cm, caption=None, data=None):
    """A chart picture (PNG drawn with PIL, no text in it) and its caption
    paragraph below (図N …)."""
    return dict(t="img", kind=kind, width=width_cm, caption=caption, data=data)


def chart_png(kind, data=None):
    from PIL import Image, ImageDraw
    W, H = 900, 420
    im = Image.new("RGB", (W, H), "white")
    dr = ImageDraw.Draw(im)
    dr.rectangle([0, 0, W - 1, H - 1], outline=(120, 120, 120))
    dr.line([70, 30, 70, H - 50], fill=(0, 0, 0), width=2)
    dr.line([70, H - 50, W - 30, H - 50], fill=(0, 0, 0), width=2)
    vals = data or [62, 71, 78, 83, 88]
    if kind == "bar":
        n = len(vals)
        bw = (W - 140) // (n * 2)
        for i, v in enumerate(vals):
            x = 100 + i * 2 * bw
            y = H - 50 - int((H - 100) * v / 100)
            dr.rectangle([x, y, x + bw, H - 51], fill=(68, 114, 196))
        for k in range(1, 5):
            y = H - 50 - int((H - 100) * k / 4)
            dr.line([66, y, W - 30, y], fill=(210, 210, 210))
    elif kind == "flow":
        im = Image.new("RGB", (W, 300), "white")
        dr = ImageDraw.Draw(im)
        for i in range(4):
            x = 30 + i * 220
            dr.rounded_rectangle([x, 100, x + 170, 200], 18, outline=(47, 84, 150), width=4, fill=(222, 235, 247))
            if i < 3:
                dr.polygon([(x + 180, 130), (x + 210, 150), (x + 180, 170)], fill=(47, 84, 150))
    else:  # pie-ish
        dr.pieslice([300, 60, 600, 360], 0, 230, fill=(68, 114, 196))
        dr.pieslice([300, 60, 600, 360], 230, 320, fill=(237, 125, 49))
        dr.pieslice([300, 60, 600, 360], 320, 360, fill=(165, 165, 165))
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


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


_FN = []   # footnotes of the document being rendered: (mark, text)


def add_footnote_ref(paragraph, mark, text, size=None):
    """A real Word footnote shown as ※N: a typed superscript '※' followed by
    the automatic footnote reference number (Word and LibreOffice number the
    footnotes in order of appearance, so the marks in the source must be in
    order too)."""
    _FN.append((mark, text))
    fid = len(_FN)
    assert mark == f"※{fid}", (mark, fid)
    r0 = paragraph.add_run("※")
    r0.font.superscript = True
    r = paragraph.add_run()
    r.font.superscript = True
    if size:
        r.font.size = Pt(size)
        r0.font.size = Pt(size)
    r._r.append(parse_xml(f'<w:footnoteReference {nsdecls("w")} w:id="{fid}"/>'))


def add_footnotes_part(doc, notes):
    from docx.opc.part import Part
    from docx.opc.packuri import PackURI
    esc = lambda s: html.escape(s, quote=False)
    body = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for i, (mark, text) in enumerate(notes, 1):
        body.append(f'<w:footnote w:id="{i}"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:left="454" w:hanging="454"/></w:pPr>'
                    f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
                    f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve">　</w:t></w:r>'
                    f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p></w:footnote>')
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:footnotes xmlns:w="{W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
           + "".join(body) + "</w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes")
    settings = doc.settings.element
    fp = parse_xml(f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>')
    anchor = None
    for tag in ("w:endnotePr", "w:compat", "w:docVars", "w:rsids", "m:mathPr", "w:themeFontLang", "w:clrSchemeMapping"):
        try:
            anchor = settings.find(qn(tag))
        except Exception:
            anchor = None
        if anchor is not None:
            break
    if anchor is not None:
        anchor.addprevious(fp)
    else:
        settings.append(fp)


def add_text_runs(paragraph, text, bold=False, size=None, east=None):
    """Supports **bold** spans, [[※1|footnote text]] footnotes and \n as
    manual line breaks."""
    parts = re.split(r"(\*\*.+?\*\*|\[\[.+?\|.+?\]\])", text)
    for part in parts:
        if not part:
            continue
        if part.startswith("[["):
            mark, note = part[2:-2].split("|", 1)
            add_footnote_ref(paragraph, mark, note, size)
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
        del _FN[:]
        for b in flatten(blocks):
            getattr(self, "r_" + b["t"])(b)
        if _FN:
            add_footnotes_part(self.doc, list(_FN))
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
        p = container.add_paragraph(style=b.get("style")) if b.get("style") else container.add_paragraph()
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
        if b.get("first") is None and not b.get("hanging") and not b.get("auto") and not b.get("align") and not b.get("bold") and not b.get("indent"):
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

    def r_img(self, b):
        p = self.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.keep_with_next = True
        p.add_run().add_picture(io.BytesIO(chart_png(b["kind"], b.get("data"))), width=Cm(b["width"]))
        if b.get("caption"):
            c = self.doc.add_paragraph()
            c.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_text_runs(c, b["caption"], size=9.5)

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
p.fn { font-size: 8pt; text-indent: -2.2em; padding-left: 2.2em; color: #333; }
.fig { text-align: center; margin: 6pt 0 2pt 0; }
table.split tr { page-break-inside: auto; }
"""


FN_RE = re.compile(r"\[\[(.+?)\|(.+?)\]\]")


def split_notes(text):
    notes = FN_RE.findall(text)
    return FN_RE.sub(lambda m: "\x00" + m.group(1) + "\x01", text), notes


def inline_html(text):
    text, _ = split_notes(text)
    s = html.escape(text, quote=False)
    s = re.sub("\x00(.+?)\x01", r"<sup>\1</sup>", s)
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
        for mark, note in split_notes(text)[1]:
            self.out.append(f'<p class="fn">{inline_html(mark)}　{inline_html(note)}</p>')

    def r_img(self, b):
        data = base64.b64encode(chart_png(b["kind"], b.get("data"))).decode("ascii")
        self.out.append(f'<div class="fig"><img src="data:image/png;base64,{data}" style="width:{b["width"]}cm"></div>')
        if b.get("caption"):
            self.out.append(f'<p class="center">{inline_html(b["caption"])}</p>')

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




def okuzuke(title, date, dept, addr, tel, code_line=None, extra=None):
    """奥付 (colophon) at the very end: separate page, bottom of page."""
    out = [BR()]
    out += [P("", space_after=0) for _ in range(24)]
    out.append(P("─" * 30, align="center", space_after=0))
    out.append(P(f"**{title}**", align="center"))
    out.append(P(f"発行　{date}", align="center", space_after=0))
    out.append(P(f"編集　{dept}", align="center", space_after=0))
    out.append(P(addr, align="center", space_after=0))
    out.append(P(tel, align="center", space_after=0))
    if code_line:
        out.append(P(code_line, align="center", space_after=0))
    if extra:
        out.append(P(extra, align="center", space_after=0))
    out.append(P("─" * 30, align="center", space_after=0))
    return out


# ===========================================================================
# doc81  楓原市（埼玉県）— built-in Heading styles; measures are a Word
#        numbered list (numbering.xml) of one-line items, each followed by an
#        indented description paragraph; 施策体系 table; large 資料編
# ===========================================================================
@register
def doc81():
    R = Reg()
    town = "楓原市"
    title = "楓原市DX推進計画"
    code = "112917"
    numdefs = {f"m{i}": [lvl_xml(0, "decimal", "（%1）", 1.0, 1.0, suff="nothing", bold=True)] for i in range(1, 6)}
    numdefs["bul"] = [lvl_xml(0, "bullet", "・", 1.0, 0.5, suff="nothing")]
    b = []
    b.append(COVER([
        ("楓原市DX推進計画", 28, True, 120),
        ("―　市民の暮らしに寄り添うデジタル市役所をめざして　―", 13, False, 16),
        ("令和8年度～令和12年度", 14, False, 60),
        ("令和8年3月", 14, False, 150),
        ("埼玉県　楓原市", 20, True, 10),
        ("地方公共団体コード：112917", 10, False, 30),
    ]))
    b.append(TOC([
        (0, "第1章　計画の基本的事項", 1), (1, "1　計画策定の趣旨", 1), (1, "2　計画の位置づけ", 1), (1, "3　計画期間", 2),
        (0, "第2章　デジタル化を取り巻く状況", 3), (1, "1　国の動向", 3), (1, "2　本市の現状と課題", 4),
        (0, "第3章　基本理念と基本目標", 6), (0, "第4章　施策の展開", 7),
        (0, "第5章　計画の推進", 14), (0, "資料編", 15),
    ]))
    pols = [
        ("市民サービスのデジタル化", [
            ("オンライン申請の拡充", "市民が来庁せずに手続を完結できるよう、電子申請システムと「ぴったりサービス」を活用し、令和10年度までに申請件数の多い手続の9割以上をオンライン化します。あわせて添付書類の省略と電子納付を進めます。"),
            ("書かない窓口の導入", "市民課・保険年金課の窓口において、マイナンバーカード等の読み取りにより申請書を自動作成する仕組みを導入し、来庁者が申請書を記入する負担を軽減します。"),
            ("キャッシュレス決済の拡大", "各種証明書の手数料や施設使用料について、窓口でのキャッシュレス決済を全ての窓口に拡大します。"),
            ("マイナンバーカードの取得促進", "休日・夜間の申請受付や出張申請サポートを継続し、カードを取得していない市民の取得を支援します。"),
            ("マイナンバーカードを活用した市民サービスの拡充", "証明書のコンビニ交付、図書館カードとしての利用、健康保険証としての利用促進など、カードを活用したサービスを拡充します。"),
        ]),
        ("誰一人取り残されないデジタル社会", [
            ("スマートフォン教室の開催", "公民館・地域センターで、高齢者を対象としたスマートフォンの基本操作やオンライン申請の体験講座を年間40回以上開催します。"),
            ("デジタル活用支援員の派遣", "地域の協力者をデジタル活用支援員として育成し、自治会やサロンへ派遣して、身近な場所で相談できる体制をつくります。"),
            ("ウェブアクセシビリティの向上", "市ホームページをJIS X 8341-3:2016の適合レベルAAに準拠させ、障がいのある方や高齢者にも利用しやすい情報発信を行います。"),
            ("多言語による情報発信", "外国人市民向けに、生活情報の多言語化と自動翻訳機能の導入を進めます。"),
        ]),
        ("行政運営の効率化", [
            ("標準準拠システムの安定運用", "令和7年度に移行を完了した基幹業務の標準準拠システムについて、ガバメントクラウド上での安定運用と運用経費の最適化を図ります。移行が令和8年度以降となった業務は、計画的に移行を完了させます。"),
            ("業務プロセスの見直し（BPR）", "業務量調査の結果をもとに、窓口業務と内部事務の業務フローを可視化し、デジタル化を前提とした業務プロセスへの見直しを全庁で進めます。"),
            ("AI・RPAの活用検討", "AI・RPAについては、まず情報政策課において生成AIの試行利用を行い、効果と課題を検証したうえで、他部署への導入の可否を検討します。"),
            ("電子決裁・文書管理の電子化", "文書管理システムを更新し、起案から決裁・保存までを電子で完結させ、紙決裁を原則廃止します。"),
            ("ペーパーレス会議の推進", "庁議及び各種会議にタブレット端末を導入し、会議資料の印刷を削減します。"),
            ("庁内ネットワーク環境の再構築", "庁舎内の無線LAN環境を整備し、会議室や窓口で端末を柔軟に利用できる環境を整えます。"),
        ]),
        ("データ活用と安全・安心の確保", [
            ("オープンデータの充実", "推奨データセットに準拠したデータを中心に、市が保有するデータを機械判読可能な形式で公開し、公開データ数を令和12年度までに100件以上とします。"),
            ("データ利活用基盤の整備", "庁内のデータを横断的に分析できる基盤を整備し、証拠に基づく政策立案（EBPM）を推進します。"),
            ("情報セキュリティ対策の強化", "国のガイドラインの改定に合わせて情報セキュリティポリシーを見直し、外部監査とインシデント対応訓練を毎年度実施します。"),
            ("情報セキュリティ研修の充実", "全職員を対象としたeラーニング研修と標的型攻撃メール訓練を毎年度実施します。"),
            ("個人情報の適正な管理", "個人情報保護法に基づく安全管理措置を徹底し、個人情報を取り扱うシステムの点検を定期的に行います。"),
        ]),
        ("推進体制の強化と人材育成", [
            ("DX推進体制の強化", "副市長を最高デジタル責任者（CDO）とし、DX推進本部のもとで全庁横断的に取組を推進します。"),
            ("外部デジタル人材の活用", "CIO補佐官として外部の専門人材を任用し、システム調達や施策立案に関する助言を受けます。"),
            ("職員のデジタルスキル向上", "役職・職種に応じた研修体系を整備し、各課にDX推進リーダーを配置します。"),
            ("情報システム調達の適正化", "一定額以上の情報システム調達について、情報政策課による事前審査を実施します。"),
        ]),
    ]
    b += [
        H(1, "計画の基本的事項", "第1章"),
        H(2, "計画策定の趣旨", "1"),
        P("本市では、平成30年3月に「楓原市情報化推進計画」を策定し、電子申請の導入や庁内ネットワークの強靱化などに取り組んできました。"
          "その後、デジタル社会形成基本法の施行やデジタル庁の発足により、行政のデジタル化は新たな段階に入りました。"),
        P("人口減少と少子高齢化が進む中で、限られた経営資源で質の高い行政サービスを提供し続けるためには、デジタル技術を活用して"
          "市民の利便性を高めるとともに、業務そのものを見直していく必要があります。このため、今後5年間の本市のデジタル化の方向性と"
          "具体的な施策を示す「楓原市DX推進計画」を策定します。"),
        H(2, "計画の位置づけ", "2"),
        P("本計画は、「第5次楓原市総合振興計画」の個別計画として位置づけるとともに、官民データ活用推進基本法第9条第3項に基づく"
          "「市町村官民データ活用推進計画」として位置づけます。"),
        H(2, "計画期間", "3"),
        P("本計画の計画期間は、令和8年度から令和12年度までの5年間とします。なお、国の動向や技術の進展を踏まえ、必要に応じて見直しを行います。"),
        T([["計画", "R6", "R7", "R8", "R9", "R10", "R11", "R12"],
           ["第5次楓原市総合振興計画", {"text": "後期基本計画（R5～R9）", "center": True}, "", "", "", "", "次期", ""],
           ["楓原市情報化推進計画", "→", "→（終了）", "", "", "", "", ""],
           ["楓原市DX推進計画（本計画）", "", "策定", "●", "●", "●", "●", "●"]],
          [4.6, 1.6, 1.6, 1.6, 1.6, 1.6, 1.6, 1.6], align_center_cols=(1, 2, 3, 4, 5, 6, 7), caption="表1　計画期間"),
        H(1, "デジタル化を取り巻く状況", "第2章", page_break=True),
        H(2, "国の動向", "1"),
        P("国は「デジタル社会の実現に向けた重点計画」を毎年改定し、デジタル原則に基づく規制の見直し、マイナンバーカードの利活用、"
          "地方公共団体の基幹業務システムの統一・標準化などを進めています。総務省の「自治体DX推進計画」では、情報システムの標準化・共通化、"
          "マイナンバーカードの普及促進、行政手続のオンライン化、AI・RPAの利用推進、テレワークの推進、セキュリティ対策の徹底が重点取組事項とされ、"
          "あわせて地域社会のデジタル化、デジタルデバイド対策に取り組むこととされています。"),
        P("また、令和7年6月には「地方創生2.0基本構想」が閣議決定され、光ファイバや5Gなどのデジタル基盤を活用した地域課題の解決が掲げられています。"),
        H(2, "本市の現状と課題", "2"),
        H(3, "市民意識調査の結果", "(1)"),
        P("令和7年度に実施した市民意識調査（無作為抽出2,000人、回収率41.2％）では、「市役所の手続をオンラインで済ませたい」と回答した人が"
          "全体の64.8％に達した一方、70歳以上では「インターネットを利用していない」と回答した人が38.5％にのぼりました。"),
        H(3, "庁内の状況", "(2)"),
        P("職員アンケートでは、テレワークの導入を希望する声が多く寄せられましたが、庁内ネットワークの構成上の制約があり、"
          "現時点では導入の見通しが立っていません。また、AI・RPAについても職員の関心は高いものの、導入に至っていない状況です。"),
        H(3, "課題の整理", "(3)"),
        P("以上から、①オンライン手続の拡充、②デジタルに不慣れな市民への支援、③業務の効率化、④データ活用と安全性の確保、⑤推進体制と人材、"
          "の5点を本市の課題として整理しました。"),
        H(1, "基本理念と基本目標", "第3章", page_break=True),
        P("**基本理念　「市民の暮らしに寄り添うデジタル市役所」**", align="center"),
        P("基本理念の実現に向け、次の5つの基本目標を定めます。"),
    ]
    b.append(T([["基本目標", "施策"]] + [
        row for i, (pt, ms) in enumerate(pols, 1)
        for row in ([[f"基本目標{i}\n{pt}", f"（1）{ms[0][0]}"]] + [[None, f"（{j}）{m[0]}"] for j, m in enumerate(ms[1:], 2)])
    ], [5.5, 10.5], font=9, caption="表2　施策の体系"))
    b.append(H(1, "施策の展開", "第4章", page_break=True))
    b.append(P("基本目標ごとに、計画期間中に取り組む施策を次のとおり定めます。"))
    for i, (pt, ms) in enumerate(pols, 1):
        b.append(H(2, R.pol(pt), f"基本目標{i}"))
        if i == 1:
            b.append(P("市民が時間や場所にとらわれず、必要な手続を簡単に行えるよう、行政サービスのデジタル化を進めます。"))
        elif i == 2:
            b.append(P("デジタル化の恩恵を全ての市民が受けられるよう、学ぶ機会と相談できる場を整えます。"))
        elif i == 3:
            b.append(P("職員が市民と向き合う時間を確保するため、デジタル技術を活用した業務の効率化を進めます。"))
        elif i == 4:
            b.append(P("データを市民と共有し活用するとともに、市民の大切な情報を守ります。"))
        else:
            b.append(P("計画を着実に推進するため、体制を整え、人材を育てます。"))
        b.append(H(3, "主な施策", None))
        for mt, desc in ms:
            b.append(P(R.m(mt), auto=(f"m{i}", 0), style="List Paragraph", bold=True, keep=True))
            b.append(P(desc, indent=1.0, first=0))
    b += [
        H(1, "計画の推進", "第5章", page_break=True),
        H(2, "推進体制", "1"),
        P("市長を本部長とする「楓原市DX推進本部」において、計画の進捗管理と全庁的な調整を行います。事務局は総務部情報政策課が担います。"),
        H(2, "進行管理", "2"),
        P("各施策の実施状況は毎年度、DX推進本部において点検・評価し、その結果を市ホームページで公表します。"
          "具体的な事業の内容と工程は、別に定める実施計画により管理します。"),
        H(1, "資料編", None, page_break=True),
        H(2, "策定の経過", "1"),
        T([["年月日", "内容"],
           ["令和7年6月12日", "第1回楓原市DX推進本部会議（計画策定方針の決定）"],
           ["令和7年7月～8月", "市民意識調査・職員アンケートの実施"],
           ["令和7年10月23日", "第2回楓原市DX推進本部会議（骨子案の検討）"],
           ["令和7年12月15日～令和8年1月14日", "パブリックコメントの実施（意見4件）"],
           ["令和8年2月18日", "第3回楓原市DX推進本部会議（計画案の決定）"]],
          [5.2, 10.8], font=9),
        H(2, "用語解説", "2"),
        T([["用語", "解説"],
           ["BPR", "Business Process Re-engineeringの略。業務の目的に照らして業務プロセスを抜本的に見直すこと。"],
           ["CDO", "Chief Digital Officerの略。最高デジタル責任者。"],
           ["EBPM", "Evidence-Based Policy Makingの略。証拠に基づく政策立案。"],
           ["ガバメントクラウド", "政府共通のクラウドサービスの利用環境。地方公共団体の標準準拠システムの稼働基盤として利用される。"],
           ["テレワーク", "ICTを活用し、場所や時間にとらわれない柔軟な働き方。在宅勤務、サテライトオフィス勤務、モバイルワークがある。"],
           ["ローカル5G", "地域の企業や自治体が、自らの建物や敷地内で柔軟に構築できる第5世代移動通信システム。"],
           ["RPA", "Robotic Process Automationの略。パソコン上の定型作業をソフトウェアにより自動化する技術。"]],
          [3.8, 12.2], font=9),
    ]
    return dict(
        town=town, pref="埼玉県", code=code, title=title, heading_mode="styles",
        header_text="楓原市DX推進計画", numbering=numdefs,
        period=(2026, 2030), policies=R.policies, blocks=b,
        items=items(missing=["dx/telework", "dx/community"], partial=["dx/ai-rpa"]),
        fmt="docx + pdf (LibreOffice)",
        shapes="built-in Heading 1/2/3 with typed numbers (第1章, 1, 基本目標1); measures are a Word numbered list (numbering.xml, （%1） restarting per 基本目標, List Paragraph style) of one-line bold items, each followed by an indented description paragraph; 施策の体系 table (merged cells, typed numbers) before 第4章; 資料編 with 策定経過 and 用語解説; code on cover",
        hard="measure numbers exist only in numbering.xml and restart per policy; the measure is the one-line list item, the next paragraph is its description; 施策の体系 table repeats every measure with typed （n） numbers (must not double); 'AI・RPAの活用検討' is a trial in one office plus a study; 庁内無線LAN is not telework; 用語解説 defines テレワーク/ローカル5G without commitment",
        notes=[
            "Period: 令和8年度～令和12年度 (2026–2030); the period table also shows R6/R7 and the previous 情報化推進計画 (平成30年).",
            "Five policies = 基本目標1…5 (Heading 2 '基本目標N　title'); 24 measures = the numbered List Paragraph items under each '主な施策' heading; numbers （1）… come from numbering.xml and restart per policy.",
            "表2 施策の体系 lists all 24 measures again with typed （n）: not additional measures.",
            "dx/ai-rpa partial: 'まず情報政策課において生成AIの試行利用…他部署への導入の可否を検討' (one office + study). The title itself says 検討.",
            "dx/telework missing: only 第2章 (職員アンケート: 導入の見通しが立っていない) and 用語解説. '庁内ネットワーク環境の再構築' is in-building wireless LAN, not telework.",
            "dx/community missing: 光ファイバ/5G only in 国の動向 and 用語解説 (ローカル5G); '多言語による情報発信' and 'ウェブアクセシビリティ' are the city's own information, counted for divide at most.",
            "kanmin/bpr covered by '業務プロセスの見直し（BPR）'; security covered by two measures.",
        ],
    )


# ===========================================================================
# doc82  白鷺台市（千葉県）— 重点分野 with 施策①…⑳ numbered across the plan,
#        each with a small 【現状値】【目標値】【担当課】 table; western years
#        only (6 years); code only in the 奥付; 指標一覧 in 資料編
# ===========================================================================
CIRC = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


@register
def doc82():
    R = Reg()
    town = "白鷺台市"
    title = "白鷺台市官民データ活用推進計画（第2期）"
    code = "122513"
    areas = [
        ("行政手続のデジタル化", "市民や事業者が、いつでもどこでも行政手続を行える環境を整えます。", [
            ("行政手続のオンライン化", "市民の利用頻度が高い手続から順次オンライン化し、2028年度までに子育て・介護関係手続を含む主要手続の全てをオンラインで申請できるようにします。", "オンライン化した手続数", "128手続（2024年度）", "300手続（2031年度）", "デジタル推進課・各課"),
            ("電子納付の拡大", "市税・保育料・施設使用料について、スマートフォン決済やクレジットカードによる納付を拡大します。", "電子納付の利用割合", "18.4％（2024年度）", "40％（2031年度）", "収納課"),
            ("マイナンバーカードの交付体制の充実", "市民課の交付窓口に加え、支所での交付と休日交付を実施し、更新手続を含めて円滑に交付できる体制を整えます。", "カードの保有率", "79.6％（2025年3月）", "90％（2031年度）", "市民課"),
            ("マイナンバーカードの利活用拡大", "証明書のコンビニ交付、図書館利用、避難所受付など、カードを利用できる市独自サービスを拡大します。", "カードを利用できる市独自サービス数", "3サービス（2024年度）", "10サービス（2031年度）", "デジタル推進課"),
            ("窓口予約システムの導入", "市民課・税務課の窓口について、オンラインでの来庁予約と待ち状況の確認ができるシステムを導入します。", "予約対応窓口数", "0窓口（2024年度）", "8窓口（2031年度）", "市民課・税務課"),
        ]),
        ("スマートな市役所", "デジタル技術の活用と業務の見直しにより、効率的で質の高い行政運営を実現します。", [
            ("基幹業務システムの標準化・共通化", "標準準拠システムへの移行を完了させ、ガバメントクラウドの運用経費を継続的に検証・最適化します。", "標準準拠システムへの移行業務数", "17業務（2025年度）", "20業務（2027年度）", "デジタル推進課"),
            ("AI・RPAによる業務の自動化", "AI-OCR、RPA、生成AIを活用し、定型業務の自動化と文書作成業務の効率化を全庁で進めます。", "AI・RPAによる削減時間", "3,200時間/年（2024年度）", "12,000時間/年（2031年度）", "デジタル推進課"),
            ("テレワーク環境の整備", "全職員がテレワークを実施できるよう、端末とリモートアクセス環境を整備し、在宅勤務制度を運用します。", "テレワーク実施職員の割合", "22％（2024年度）", "70％（2031年度）", "人事課・デジタル推進課"),
            ("業務改革（BPR）の推進", "業務量調査とプロセス分析に基づき、毎年度5業務以上の業務プロセスを見直します。", "BPRを実施した業務数", "4業務（累計）", "35業務（累計）", "行政改革推進課"),
            ("情報セキュリティの確保", "情報セキュリティポリシーの定期的な見直し、外部監査、全職員研修を実施します。", "情報セキュリティ研修の受講率", "92％（2024年度）", "100％（毎年度）", "デジタル推進課"),
            ("デジタル人材の育成", "DX推進リーダー研修を実施し、各課にDX推進リーダーを配置します。", "DX推進リーダーの人数", "12人（2024年度）", "60人（2031年度）", "人事課"),
        ]),
        ("データでつながるまち", "市が保有するデータを公開・活用し、地域の課題解決につなげます。", [
            ("オープンデータの推進", "推奨データセットを中心に、機械判読可能な形式でのデータ公開を進めます。", "公開データセット数", "46件（2024年度）", "150件（2031年度）", "デジタル推進課"),
            ("地理空間情報（GIS）の公開", "都市計画図やハザードマップなどの地図情報を、ウェブ版GISで公開します。", "公開レイヤー数", "8レイヤー（2024年度）", "30レイヤー（2031年度）", "都市計画課"),
            ("公共施設予約システムの更新", "公共施設予約システムを更新し、オンラインでの予約・支払いを可能にします。", "オンライン予約の割合", "35％（2024年度）", "80％（2031年度）", "生涯学習課"),
            ("ローカル5G等の活用に関する調査研究", "ローカル5GやIoTを活用した地域課題解決について、先進事例を調査し、本市での活用可能性を研究します。", "調査研究報告書", "－", "策定（2028年度）", "企画政策課"),
            ("統計データの可視化", "人口・産業などの統計データをダッシュボードで可視化し、市民や事業者に提供します。", "ダッシュボード公開数", "0件（2024年度）", "10件（2031年度）", "企画政策課"),
        ]),
        ("安心の基盤づくり", "デジタル化を支える基盤と体制を強化します。", [
            ("業務継続計画（ICT-BCP）の見直し", "大規模災害やシステム障害に備え、ICT部門の業務継続計画を見直し、訓練を実施します。", "ICT-BCP訓練の実施回数", "0回（2024年度）", "年1回以上", "デジタル推進課"),
            ("情報システム経費の適正化", "情報システムの調達・運用経費を一元的に把握し、費用対効果を検証します。", "経費を一元管理するシステム数", "－", "全システム（2027年度）", "デジタル推進課・財政課"),
            ("庁内データ連携基盤の構築", "部署間でデータを安全に共有・連携できる基盤を構築します。", "連携するシステム数", "0（2024年度）", "15（2031年度）", "デジタル推進課"),
            ("全庁的なDX推進体制の構築", "市長を本部長とするDX推進本部を中心に、CIO補佐官の助言を得ながら全庁的に取組を推進します。", "DX推進本部会議の開催", "年2回", "年4回", "デジタル推進課"),
        ]),
    ]
    b = []
    b.append(COVER([
        ("白鷺台市", 16, True, 120),
        ("官民データ活用推進計画", 28, True, 6),
        ("（第2期）", 18, True, 4),
        ("2026年度 ― 2031年度", 14, False, 70),
        ("2026年3月", 14, False, 160),
        ("白　鷺　台　市", 20, True, 10),
    ]))
    b.append(TOC([
        (0, "第1章　計画の概要", 1), (0, "第2章　第1期計画の振り返り", 3), (0, "第3章　目指す姿", 5),
        (0, "第4章　重点分野と施策", 6), (0, "第5章　計画の推進", 16), (0, "資料編", 17),
    ]))
    b += [
        H(1, "計画の概要", "第1章"),
        H(2, "策定の背景と目的", "1"),
        P("本市は、2020年度に「白鷺台市官民データ活用推進計画」（第1期：2021年度～2025年度）を策定し、電子申請の導入やオープンデータの公開などに取り組んできました。"
          "第1期計画の終了にあたり、その成果と課題を踏まえ、2026年度からの6年間に取り組む施策を定める第2期計画を策定します。"),
        H(2, "計画の位置づけ", "2"),
        P("本計画は、官民データ活用推進基本法第9条第3項に基づく市町村官民データ活用推進計画であり、同時に本市のDX推進計画を兼ねるものです。"
          "上位計画である「白鷺台市総合計画」（2024年度～2031年度）の基本計画期間と終期をそろえています。"),
        H(2, "計画期間", "3"),
        P("計画期間は、2026年度から2031年度までの6年間とします。3年目の2028年度に中間見直しを行います。"),
        H(1, "第1期計画の振り返り", "第2章", page_break=True),
        P("第1期計画では、4つの基本方針のもと22の取組を実施しました。主な成果と課題は次のとおりです。"),
        T([["基本方針（第1期）", "主な成果", "残された課題"],
           ["手続の利便性向上", "電子申請対象手続を128手続に拡大", "添付書類が必要な手続のオンライン化"],
           ["行政の効率化", "RPAを12業務に導入", "テレワークの利用が一部職員にとどまる"],
           ["データの活用", "オープンデータ46件を公開", "公開データの利用促進"],
           ["デジタルデバイド対策", "スマートフォン講座を延べ86回開催", "講座は市民団体の自主事業へ移行済み"]],
          [4.0, 6.0, 6.0], font=9, caption="表1　第1期計画の主な成果と課題"),
        P("なお、デジタルデバイド対策については、第1期計画期間中に市民団体による自主的な講座運営が定着したことから、"
          "第2期計画では市の施策としては位置づけず、福祉部門の地域支援の中で必要に応じて連携することとします。"),
        H(1, "目指す姿", "第3章", page_break=True),
        P("**「データとデジタルで、市民の時間を生み出すまち　白鷺台」**", align="center"),
        P("本計画では、4つの重点分野を設定し、20の施策に取り組みます。施策には通し番号（施策①～⑳）を付し、それぞれに成果指標と目標値を設定します。"),
        H(1, "重点分野と施策", "第4章", page_break=True),
    ]
    k = 0
    kpi_rows = [["施策", "指標", "現状値", "目標値"]]
    for ai, (an, lead, ms) in enumerate(areas, 1):
        b.append(H(2, R.pol(an), f"重点分野{ai}"))
        b.append(P(lead))
        for mt, desc, ind, cur, tgt, dept in ms:
            label = f"施策{CIRC[k]}"
            k += 1
            b.append(H(3, R.m(mt), label))
            b.append(P(desc))
            b.append(T([["指標", "【現状値】", "【目標値】", "【担当課】"], [ind, cur, tgt, dept]],
                       [4.6, 3.6, 3.6, 4.2], font=8.5, shade="EDEDED", repeat_header=False))
            kpi_rows.append([f"{label}　{mt}", ind, cur, tgt])
    b += [
        H(1, "計画の推進", "第5章", page_break=True),
        P("市長を本部長とするDX推進本部が計画の進行管理を担います。各施策の指標は毎年度把握し、DX推進本部で評価した結果を公表します。"),
        H(1, "資料編", None, page_break=True),
        H(2, "成果指標一覧", "1"),
        T(kpi_rows, [5.6, 4.4, 3.0, 3.0], font=8),
        H(2, "用語解説", "2"),
        T([["用語", "解説"],
           ["デジタルデバイド", "インターネットやパソコン等の情報通信技術を利用できる者と利用できない者との間に生じる格差。"],
           ["推奨データセット", "オープンデータの公開とその利活用を促進するため、デジタル庁が公開を推奨するデータとフォーマット。"],
           ["ローカル5G", "地域や産業の個別のニーズに応じて、自治体や企業が自ら構築する第5世代移動通信システム。"]],
          [3.8, 12.2], font=9),
    ]
    b += okuzuke(title, "2026年3月", "白鷺台市 総務部 デジタル推進課", "〒299-0000　千葉県白鷺台市中央一丁目1番地",
                 "電話 043-000-0000（代表）", "地方公共団体コード　122513")
    return dict(
        town=town, pref="千葉県", code=code, title=title, heading_mode="bold", bold_h1_border=True,
        header_text="白鷺台市官民データ活用推進計画（第2期）", page_fmt="P.{}",
        period=(2026, 2031), policies=R.policies, blocks=b,
        items=items(missing=["kanmin/divide", "dx/divide"], partial=["dx/community"]),
        fmt="docx + pdf (LibreOffice)",
        shapes="bold-only headings; 重点分野1…4 with measures labelled 施策①…施策⑳ numbered across the whole plan; a small 4-column table 指標｜【現状値】｜【目標値】｜【担当課】 under each 施策; periods in western years only; code only in the 奥付 on the last page; 成果指標一覧 in 資料編 repeats '施策N title'",
        hard="6-year period 2026–2031 beside the first plan 2021–2025 and the 総合計画 2024–2031; the label 施策⑦ is not part of the title; 20 small tables whose cells hold numbers/years; KPI一覧 glues the label to every title; 第2章 says divide was handed over to citizens' groups (so divide is missing, not covered); ローカル5G only as 調査研究 (community partial); code on the last page",
        notes=[
            "Period: 2026年度～2031年度 (6 years, western years only). First plan 2021–2025 and 総合計画 2024–2031 are context.",
            "Policies = 重点分野1…4; measures = 施策①…⑳ (circled numbers run across the plan). The small 指標/現状値/目標値/担当課 tables are KPIs, not measures.",
            "資料編 成果指標一覧 repeats every measure as '施策N　title': not additional measures.",
            "kanmin/divide and dx/divide missing: 第2章 explicitly removes デジタルデバイド対策 from the plan's measures; the first plan's スマートフォン講座 is history.",
            "dx/community partial: only '施策⑮ ローカル5G等の活用に関する調査研究' (a study). 公衆無線LAN/光ファイバ are not committed; GIS公開 (⑬) and dashboards (⑯) are counted as data publication, not 地域社会のデジタル化.",
            "Code 122513 appears only in the 奥付 (last page).",
        ],
    )


# ===========================================================================
# doc83  汐見川町（静岡県）— measures are ■ paragraphs without numbers, the
#        description on the following lines; the chapter of measures is in a
#        two-column section; mixed 和暦/西暦; html + Chromium
# ===========================================================================
@register
def doc83():
    R = Reg()
    town = "汐見川町"
    title = "汐見川町DX推進計画"
    code = "224871"
    pols = [
        ("暮らしの手続をもっと便利に", "町民の皆さんが役場に来なくても用事が済む町を目指します。", [
            ("オンライン申請の拡大", ["しずおか電子申請サービスを活用し、子育て・介護の手続、各種証明書の請求、施設の予約などをオンラインで申請できるようにします。",
                                   "令和10年度までに、年間申請件数の多い上位50手続のオンライン化を完了します。"],
             ["・子育て・介護関係手続のオンライン化", "・オンライン申請できる手続の一覧をホームページで公開"]),
            ("窓口予約と来庁者案内のデジタル化", ["混雑する時期の待ち時間を減らすため、窓口の事前予約と、呼出状況をスマートフォンで確認できる仕組みを導入します。"],
             ["・住民課窓口の予約受付（令和8年度）", "・発券・呼出システムの更新（令和9年度）"]),
            ("キャッシュレス決済の導入", ["役場窓口の証明手数料、町営施設の利用料について、電子マネーやQRコード決済を導入します。"],
             ["・役場本庁舎窓口への導入", "・町民プール・体育館への拡大"]),
        ]),
        ("役場の仕事をスマートに", "限られた職員で、より良いサービスを届けられる役場に変えていきます。", [
            ("標準準拠システムへの移行と安定稼働", ["基幹業務システムの標準準拠システムへの移行を完了させ、ガバメントクラウド上で安定的に運用します。",
                                            "特定移行支援システムとなった業務は、令和9年度中の移行を目指します。"], []),
            ("RPA・AI-OCRの導入検討", ["定型的な入力作業の多い業務を対象に、RPAやAI-OCRの導入効果を調査し、費用対効果を踏まえて導入の可否を検討します。"], []),
            ("業務の見直しと電子化", ["各課の業務手順を洗い出して可視化し、紙の書類や押印を前提とした手順を見直します。あわせて電子決裁を導入します。"],
             ["・業務手順書の作成と見直し（全課）", "・電子決裁の導入（令和9年度）"]),
            ("テレワーク・モバイルワークの導入", ["災害時の業務継続と働き方改革のため、全職員を対象としたテレワーク制度を整備し、モバイル端末を配備します。"],
             ["・テレワーク規程の制定", "・モバイル端末の配備（令和8年度～）"]),
            ("情報セキュリティ対策の強化", ["情報セキュリティポリシーを見直し、全職員研修と標的型攻撃メール訓練を毎年度実施します。"], []),
        ]),
        ("地域の誰もがデジタルの恩恵を", "町民、事業者、地域がデジタルの恩恵を実感できる町を目指します。", [
            ("スマホ相談会の開催", ["各地区の公民館で、スマートフォンの使い方やオンライン申請について気軽に相談できる相談会を定期的に開催します。"],
             ["・地区公民館での相談会（年24回）", "・デジタル活用支援員との連携"]),
            ("地域の光回線・通信環境の確保", ["山間部の光回線未整備地区の解消に向け、通信事業者と連携して整備を進めるとともに、観光拠点での5G・公衆無線LANの利用環境を整えます。"], []),
            ("観光情報のデジタル発信", ["町の観光情報を多言語のウェブサイトとSNSで発信し、デジタルスタンプラリーなどで回遊性を高めます。"], []),
        ]),
    ]
    b = []
    b.append(COVER([
        ("汐見川町DX推進計画", 26, True, 130),
        ("海と山と人がつながる　デジタルのまち　しおみがわ", 12, False, 14),
        ("計画期間：令和8年度（2026年度）～令和12年度（2030年度）", 11, False, 60),
        ("令和8年3月", 14, False, 150),
        ("静岡県汐見川町", 18, True, 10),
        ("（224871）", 9, False, 4),
    ]))
    b.append(TOC([
        (0, "1　計画の策定にあたって", 1), (0, "2　町の現状", 2), (0, "3　基本方針", 3), (0, "4　取組内容", 4), (0, "5　推進体制と進行管理", 7),
    ]))
    b += [
        H(1, "計画の策定にあたって", "1"),
        H(2, "策定の趣旨", "（1）"),
        P("汐見川町では、これまで「汐見川町地域情報化計画」に基づき、町ホームページの改修や住民情報システムのクラウド化などを進めてきました。"
          "国の自治体DX推進計画の期間が2025年度で終了したことも踏まえ、町独自のDX推進計画を策定し、今後のデジタル化の道筋を示します。"),
        H(2, "計画の位置づけ", "（2）"),
        P("本計画は、官民データ活用推進基本法第9条第3項に規定する市町村官民データ活用推進計画として位置づけます。"),
        H(2, "計画期間", "（3）"),
        P("計画期間は、2026年度（令和8年度）から2030年度（令和12年度）までの5年間とします。"),
        H(1, "町の現状", "2", page_break=True),
        P("本町の人口は約9,800人で、65歳以上の割合は38％を超えています。マイナンバーカードの保有率は令和7年度末に82％に達し、"
          "国の普及施策により概ね普及が進んだ状況です。一方、町が保有するデータの公開（オープンデータ）は進んでおらず、今後の課題です。"),
        P("町民アンケートでは、「役場の手続をスマートフォンで済ませたい」が58％、「スマートフォンの使い方を相談できる場がほしい」が高齢者の41％でした。"),
        H(1, "基本方針", "3", page_break=True),
        P("「海と山と人がつながる　デジタルのまち　しおみがわ」の実現に向けて、次の3つの基本方針を掲げます。"),
    ]
    for i, (pt, lead, ms) in enumerate(pols, 1):
        b.append(P(f"**基本方針{i}　{pt}**", indent=0.5, first=0))
        b.append(P(lead, indent=1.0, first=0))
    b.append(SECT(cols=2))
    b.append(H(1, "取組内容", "4"))
    b.append(P("基本方針ごとの取組は次のとおりです。"))
    for i, (pt, lead, ms) in enumerate(pols, 1):
        b.append(H(2, R.pol(pt), f"基本方針{i}"))
        for mt, descs, acts in ms:
            b.append(P("■" + R.m(mt), bold=True, keep=True, space_after=1))
            for d_ in descs:
                b.append(P(d_, indent=0.35, first=0.35))
            if acts:
                b.append(P("【主な取組】", indent=0.35, first=0, size=9.5))
                b += L(acts, indent=0.6, hanging=0.35, size=9.5)
    b.append(SECT(cols=1))
    b += [
        H(1, "推進体制と進行管理", "5"),
        P("副町長を最高デジタル責任者（CDO）とし、課長級で構成するDX推進会議において取組の進捗を管理します。"
          "進捗状況は毎年度取りまとめ、町議会に報告するとともに町ホームページで公表します。"),
    ]
    return dict(
        town=town, pref="静岡県", code=code, title=title, heading_mode="bold",
        header_text="汐見川町DX推進計画", html=True,
        period=(2026, 2030), policies=R.policies, blocks=b,
        items=items(missing=["kanmin/opendata", "kanmin/mynumber", "dx/mynumber"], partial=["dx/ai-rpa"]),
        fmt="docx + pdf (LibreOffice) + html + pdf (Chromium)",
        shapes="bold-only headings; typed numbers (1, （1）, 基本方針1); measures are bold paragraphs starting with ■ (no numbers) followed by description lines and 【主な取組】 ・ lines; chapter 4 in a two-column section (CSS columns in the HTML); code in parentheses under the town name on the cover; Chromium PDF with running header and page numbers",
        hard="■ is the only measure marker; policies first appear in 3 as bold 基本方針 lines with a lead sentence, then again in 4 as headings; two-column reading order; 【主な取組】 lines are activities; マイナンバーカード and オープンデータ appear only in 町の現状 (mynumber/opendata missing); 'RPA・AI-OCRの導入検討' is a study only; the bare code '（224871）' has no label",
        notes=[
            "Period: 令和8年度（2026年度）～令和12年度（2030年度）; written both ways.",
            "Policies = 基本方針1…3 (titles as in chapter 4 headings); measures = the 11 ■ paragraphs. 【主な取組】 and ・ lines are activities.",
            "Code 224871 is printed as '（224871）' under 静岡県汐見川町 on the cover, without a label.",
            "kanmin/mynumber and dx/mynumber missing: the card appears only in 2 町の現状 ('概ね普及が進んだ'); no measure on the card.",
            "kanmin/opendata missing: only '今後の課題' in 2.",
            "dx/ai-rpa partial: 'RPA・AI-OCRの導入検討' = 調査・導入の可否を検討.",
            "dx/community covered: '地域の光回線・通信環境の確保' (光回線整備, 5G, 公衆無線LAN). dx/telework covered by 'テレワーク・モバイルワークの導入'.",
        ],
    )


# ===========================================================================
# doc84  朝霧市（長野県）— three levels 基本方針 → 施策の方向 → ◆取組; real
#        Word footnotes with ※ marks; figures with captions (図1 …);
#        国の動向 with the national 重点取組事項; アンケート結果 chapter;
#        用語解説; period from 令和9年度
# ===========================================================================
@register
def doc84():
    R = Reg()
    town = "朝霧市"
    title = "朝霧市デジタル化推進計画"
    code = "202274"
    struct = [
        ("市民の利便性向上", [
            ("手続のデジタル化", [
                ("オンライン申請の全庁展開", "電子申請システムの利用を全庁に広げ、令和11年度までに市が所管する申請・届出手続の8割以上をオンライン化します。", "[[※5|ぴったりサービス：マイナポータル上で地方公共団体の手続の検索と電子申請ができるサービス。]]"),
                ("手数料のオンライン決済", "オンライン申請と連動して、証明書の交付手数料などをクレジットカードやスマートフォン決済で支払えるようにします。", ""),
                ("窓口のワンストップ化", "転入・転出や死亡に伴う手続について、複数の窓口を回らずに済むワンストップ窓口を設置します。", ""),
            ]),
            ("マイナンバーカードの活用", [
                ("マイナンバーカードの申請支援", "本庁舎・支所での申請サポートに加え、企業や地区への出張申請受付を行います。", ""),
                ("マイナンバーカードを活用したサービスの拡充", "証明書のコンビニ交付、市立図書館の利用者カード、健康ポイント事業などにカードを活用します。", ""),
            ]),
        ]),
        ("デジタルで支え合う地域", [
            ("デジタルデバイド対策", [
                ("高齢者向けスマートフォン講座", "市内10地区の公民館で、高齢者を対象としたスマートフォン講座を開催します。", ""),
                ("地域の相談体制の整備", "携帯電話販売店や地域のボランティアと連携し、身近な場所でデジタル機器の相談ができる体制を整えます。", ""),
            ]),
            ("地域のデジタル化", [
                ("オンライン診療の実証支援", "山間地域の診療所と連携し、オンライン診療の実証事業を支援します。", ""),
                ("市内の光ファイバ網の維持・活用", "市が整備した光ファイバ網を民間通信事業者に譲渡し、安定した通信環境を維持するとともに、5Gの整備を事業者に働きかけます。", ""),
                ("デマンド交通の予約システム導入", "デマンド交通の予約を電話に加えてスマートフォンから行えるようにします。", ""),
            ]),
        ]),
        ("行政のスマート化", [
            ("システムの最適化", [
                ("庁内システムの統合・クラウド化", "基幹業務以外の内部情報系システムについて、統合とクラウドサービスへの移行を進めます。", ""),
                ("情報システム調達ガイドラインの運用", "システム調達時に情報政策課が仕様書を審査し、重複投資を防ぎます。", ""),
            ]),
            ("業務改革", [
                ("業務量調査に基づくBPRの実施", "全庁の業務量調査を行い、その結果に基づいて窓口業務と内部事務の業務プロセスを抜本的に見直します。", "[[※6|BPR：Business Process Re-engineeringの略。業務の流れを根本から見直し、再設計すること。]]"),
                ("AIの活用による業務効率化", "生成AI、AI議事録作成、AI-OCRを全庁で活用できる環境を整え、利用ガイドラインを策定します。", ""),
                ("RPAの対象業務拡大", "RPAの対象業務を毎年度5業務以上拡大します。", ""),
            ]),
            ("働き方改革", [
                ("テレワークの試行実施", "情報政策課と子育て支援課において在宅勤務を試行し、課題を整理したうえで全庁への拡大を検討します。", ""),
                ("ペーパーレス化の推進", "会議資料の電子化と複合機の印刷枚数の見える化により、紙の使用量を削減します。", ""),
            ]),
        ]),
        ("データ活用と安全な基盤", [
            ("データ活用", [
                ("データ分析による政策立案", "人口・福祉・交通などのデータを分析し、政策の企画立案と評価に活用します。", ""),
                ("庁内データ連携基盤の整備", "各課が保有するデータを安全に連携・分析できる基盤を整備します。", ""),
            ]),
            ("情報セキュリティ", [
                ("情報セキュリティポリシーの見直し", "国のガイドライン改定に合わせてポリシーを見直し、全職員研修を実施します。", ""),
                ("CSIRTによるインシデント対応訓練", "情報セキュリティインシデントに迅速に対応できるよう、CSIRTを中心とした訓練を毎年度実施します。", "[[※7|CSIRT：Computer Security Incident Response Teamの略。セキュリティ事故に対応する組織内のチーム。]]"),
            ]),
        ]),
    ]
    b = []
    b.append(COVER([
        ("朝霧市デジタル化推進計画", 26, True, 130),
        ("令和9年度～令和13年度", 14, False, 40),
        ("令和9年3月", 14, False, 170),
        ("長野県朝霧市", 18, True, 10),
        ("団体コード　202274", 9, False, 4),
    ]))
    b.append(TOC([
        (0, "第1章　計画の策定にあたって", 1), (0, "第2章　国の動向", 3), (0, "第3章　市民アンケートの結果", 5),
        (0, "第4章　計画の体系", 7), (0, "第5章　取組の内容", 8), (0, "第6章　推進体制", 14), (0, "用語解説", 15),
    ]))
    b += [
        H(1, "計画の策定にあたって", "第1章"),
        H(2, "策定の趣旨", "1"),
        P("本市は、令和4年3月に「朝霧市DX推進方針」（令和4年度～令和8年度）を定め、基幹業務システムの標準化やマイナンバーカードの普及に取り組んできました。"
          "令和7年度までに基幹業務20業務の標準準拠システムへの移行を完了し[[※1|標準準拠システム：国が定める標準仕様書に準拠して開発された地方公共団体の基幹業務システム。]]、"
          "マイナンバーカードの保有率も8割を超えるなど、一定の成果を上げました。"),
        P("方針の期間が令和8年度で終了することから、その成果を引き継ぎ、市民と職員がデジタル化の効果を実感できる段階へ進むため、本計画を策定します。"),
        H(2, "計画の位置づけと期間", "2"),
        P("本計画は、官民データ活用推進基本法第9条第3項に定める市町村官民データ活用推進計画として位置づけます。"
          "計画期間は、令和9年度（2027年度）から令和13年度（2031年度）までの5年間とします。"),
        IMG("flow", 13.5, "図1　本計画の位置づけ"),
        H(1, "国の動向", "第2章", page_break=True),
        H(2, "自治体DX推進計画", "1"),
        P("総務省は令和2年12月に「自治体デジタル・トランスフォーメーション（DX）推進計画」[[※2|自治体DX推進計画：デジタル社会の実現に向けて、自治体が重点的に取り組むべき事項と国の支援策をまとめた計画。]]を策定し、"
          "その後の改定を経て、自治体が重点的に取り組むべき事項として次の事項を示しました。"),
        *L(["（1）自治体フロントヤード改革の推進", "（2）自治体の情報システムの標準化・共通化", "（3）公金収納におけるeLTAXの活用",
            "（4）マイナンバーカードの普及促進・利用の推進", "（5）セキュリティ対策の徹底", "（6）自治体のAI・RPAの利用推進", "（7）テレワークの推進"],
           indent=0.6, hanging=0.8),
        P("また、あわせて取り組むべき事項として、地域社会のデジタル化、デジタルデバイド対策、BPRの取組の徹底、オープンデータの推進[[※3|オープンデータ：機械判読に適した形式で、二次利用可能なルールにより公開されたデータ。]]などが示されています。"),
        H(2, "デジタル社会の実現に向けた重点計画", "2"),
        P("国は毎年「デジタル社会の実現に向けた重点計画」を改定し、デジタル原則に基づく規制の見直し、公金収納のデジタル化、"
          "マイナンバーカードと健康保険証の一体化などを進めています。"),
        H(1, "市民アンケートの結果", "第3章", page_break=True),
        P("本計画の策定にあたり、令和8年7月に市民アンケートを実施しました（対象：18歳以上の市民2,500人、回答1,037人、回答率41.5％）。主な結果は次のとおりです。"),
        *L(["・スマートフォンを「持っている」は91.2％、70歳以上では74.6％", "・市の手続をオンラインで「利用したことがある」は38.7％",
            "・オンラインで手続したい分野は「証明書の請求」62.3％、「税・保険料の支払い」48.1％、「施設予約」35.9％",
            "・デジタル化に「不安がある」は全体の29.4％、その理由の最多は「操作方法が分からない」（55.0％）",
            "・オープンデータという言葉を「知らない」は81.6％"], indent=0.6, hanging=0.4),
        IMG("bar", 12.5, "図2　年代別のスマートフォン保有率", data=[98, 97, 95, 90, 83, 75]),
        P("アンケートから、オンライン手続への期待が大きい一方で、高齢者を中心にデジタル化への不安が根強いことが分かります[[※4|デジタルデバイド：情報通信技術を利用できる人とできない人との間に生じる格差。]]。"),
        H(1, "計画の体系", "第4章", page_break=True),
        P("本計画は、基本理念「一人ひとりに届く、やさしいデジタルのまち朝霧」のもと、4つの基本方針、9つの施策の方向、21の取組で構成します。"),
    ]
    rows = [["基本方針", "施策の方向", "取組"]]
    for pi, (pt, dirs) in enumerate(struct, 1):
        first_p = True
        for di, (dt, ts) in enumerate(dirs, 1):
            first_d = True
            for tt, _, _ in ts:
                rows.append([f"{pi}　{pt}" if first_p else None, f"{pi}-{di}　{dt}" if first_d else None, tt])
                first_p = first_d = False
    b.append(T(rows, [4.3, 4.5, 7.2], font=8.5, caption="表1　施策体系"))
    b.append(H(1, "取組の内容", "第5章", page_break=True))
    for pi, (pt, dirs) in enumerate(struct, 1):
        b.append(H(2, R.pol(pt), f"基本方針{pi}"))
        for di, (dt, ts) in enumerate(dirs, 1):
            b.append(H(3, dt, f"施策の方向{pi}-{di}"))
            for tt, desc, note in ts:
                R.m(tt)
                b.append(P(f"◆{tt}{note}", bold=True, keep=True, indent=0.3, first=0))
                b.append(P(desc, indent=0.7, first=0))
    b += [
        H(1, "推進体制", "第6章", page_break=True),
        P("市長を本部長とする朝霧市DX推進本部のもと、各部の筆頭課長をDX推進員とし、全庁で取組を推進します。"
          "取組の工程と成果指標は別に定める実施計画で管理し、毎年度見直します[[※8|実施計画：本計画の取組を具体化した3か年の計画。毎年度ローリング方式で見直す。]]。"),
        H(1, "用語解説", None, page_break=True),
        T([["用語", "解説"],
           ["eLTAX", "地方税ポータルシステム。地方税の申告・納付などを電子的に行う仕組み。"],
           ["ガバメントクラウド", "国が調達する、政府共通のクラウドサービスの利用環境。"],
           ["テレワーク", "情報通信技術を活用した、場所や時間にとらわれない柔軟な働き方。"],
           ["フロントヤード改革", "住民と行政の接点（窓口など）をデジタル技術で見直す取組。"],
           ["オープンデータ", "国や自治体が保有するデータを、誰もが二次利用できる形で公開したもの。"]],
          [3.8, 12.2], font=9),
    ]
    return dict(
        town=town, pref="長野県", code=code, title=title, heading_mode="bold", bold_h1_border=True,
        header_text="朝霧市デジタル化推進計画",
        period=(2027, 2031), policies=R.policies, blocks=b,
        items=items(missing=["dx/standardization", "kanmin/opendata"], partial=["dx/telework"]),
        fmt="docx + pdf (LibreOffice)",
        shapes="bold-only headings; three levels 基本方針N → 施策の方向N-M → ◆取組 (bold ◆ paragraphs, description indented below); real Word footnotes (footnotes.xml) shown as ※1…※8 (typed superscript ※ + automatic footnote number), three of them (※5–※7) glued to ◆ titles; pictures with captions 図1/図2; 国の動向 with the seven national 重点取組事項 as （1）…（7） lines; アンケート結果 chapter with ・ statistics; 施策体系 table (merged cells) repeating all 21 取組; 用語解説; code on cover ('団体コード')",
        hard="period starts 令和9年度 (2027–2031), dated 令和9年3月, beside the previous 方針 R4–R8; the middle level (施策の方向) is not the policy and not a measure; footnote marks ※5/※6/※7 follow the ◆ titles and their text lives in footnotes.xml; the national list in 第2章 looks like measures; standardization and opendata appear only in background/footnotes/用語解説",
        notes=[
            "Period: 令和9年度（2027年度）～令和13年度（2031年度); previous 朝霧市DX推進方針 was 令和4年度～令和8年度.",
            "Three levels: policies = 基本方針1…4; the 9 施策の方向 (N-M) are an intermediate grouping, not policies and not measures; measures = the 21 ◆ 取組.",
            "Footnote marks ※5, ※6, ※7 are glued to three ◆ titles (not part of the titles): in the docx a typed superscript ※ plus an automatic footnote number; footnote texts (footnotes.xml) are definitions.",
            "表1 施策体系 repeats all 21 取組 (merged 基本方針/施策の方向 cells): not additional measures.",
            "dx/standardization missing: 移行完了 is stated only as a past achievement in 第1章 (and ※1); '庁内システムの統合・クラウド化' explicitly concerns systems OTHER than 基幹業務.",
            "kanmin/opendata missing: オープンデータ only in 第2章, ※3, アンケート and 用語解説. 'データ分析による政策立案' / 'データ連携基盤' are internal.",
            "dx/telework partial: 'テレワークの試行実施' in two offices, extension only 検討.",
            "kanmin/bpr covered ('業務量調査に基づくBPRの実施'); dx/community covered (オンライン診療, 光ファイバ網, デマンド交通).",
        ],
    )


# ===========================================================================
# doc85  翠ヶ丘町（三重県）— アクションプラン: one big table per policy in
#        landscape sections, columns 事業名｜事業概要｜R8｜R9｜R10｜所管課,
#        long rows breaking across pages; 3-year period
# ===========================================================================
@register
def doc85():
    R = Reg()
    town = "翠ヶ丘町"
    title = "翠ヶ丘町DX推進アクションプラン"
    code = "244554"
    pols = [
        ("町民サービスの向上", [
            ("電子申請サービスの拡充", [
                "【目的】町民が時間や場所を選ばずに手続を行えるようにする。",
                "【現状】三重県電子申請・届出システムにより42手続をオンライン化済み。子育て・介護関係の手続のうち、マイナポータルから申請できるものは一部にとどまる。",
                "【内容】子育て・介護関係26手続のマイナポータル対応を完了するとともに、町独自の申請・届出について、申請件数の多いものから順にオンライン化する。オンライン化した手続は町ホームページの「手続ナビ」に一覧で掲載し、各課の窓口でも案内する。添付書類は、情報連携により取得できるものは原則として省略する。",
                "【指標】オンライン化手続数　42手続（R7）→120手続（R10）"],
             "拡充", "拡充", "拡充", "総務課\n各課"),
            ("マイナンバーカード普及促進事業", [
                "【内容】未取得者への申請勧奨、休日の申請・交付窓口、事業所・地区への出張申請を実施する。電子証明書の更新期限を迎える町民への案内を強化する。",
                "【指標】カード保有率　80.2％（R7）→90％（R10）"], "実施", "実施", "実施", "住民課"),
            ("証明書コンビニ交付事業", [
                "【内容】マイナンバーカードを利用した住民票の写し・印鑑登録証明書・課税証明書のコンビニ交付を継続し、戸籍証明書を対象に追加する。"],
             "戸籍追加", "運用", "運用", "住民課"),
            ("申請書作成支援システム導入事業", [
                "【内容】住民課窓口に、マイナンバーカードや運転免許証の読み取りにより申請書を作成する支援システムを導入し、来庁者の記入負担を軽減する。"],
             "導入", "運用", "運用", "住民課"),
            ("デジタル活用支援事業", [
                "【目的】デジタル機器に不慣れな高齢者等が、行政サービスのデジタル化から取り残されないようにする。",
                "【内容】各地区の集会所で、スマートフォンの基本操作、マイナンバーカードを使ったオンライン申請の体験講座を開催する。講師は町内の携帯電話販売店と連携して確保し、受講者のうち希望者をデジタル活用サポーターとして登録し、地域での教え合いを広げる。役場窓口には、オンライン申請の操作を職員が支援する「デジタル相談コーナー」を設置する。",
                "【指標】講座開催回数　年12回（R7）→年30回（R10）、サポーター登録者数　0人→30人"],
             "実施", "拡充", "拡充", "企画課\n福祉課"),
        ]),
        ("行政運営の効率化", [
            ("基幹業務システム標準化事業", [
                "【現状】基幹業務20業務のうち17業務は令和7年度にガバメントクラウド上の標準準拠システムへ移行済み。",
                "【内容】特定移行支援システムとなった3業務（住民記録、個人住民税、固定資産税）の移行を令和9年度までに完了させる。移行後は運用経費を検証し、最適化を図る。",
                "【指標】標準準拠システム移行業務数　17業務→20業務（R9）"],
             "移行作業", "移行完了", "最適化", "総務課"),
            ("財務会計システム更新事業", [
                "【内容】財務会計システムを更新し、電子請求書の受領と電子決裁に対応する。"], "構築", "稼働", "運用", "会計課\n総務課"),
            ("RPA導入事業", [
                "【内容】定型的な入力作業の多い業務（税の申告書入力、給付金の振込データ作成等）にRPAを導入する。",
                "【指標】RPA導入業務数　3業務（R7）→15業務（R10）"], "5業務", "10業務", "15業務", "総務課"),
            ("生成AI活用事業", [
                "【内容】令和8年度に総務課で生成AIを試行し、利用ガイドラインを整えたうえで、令和9年度から全課で利用できるようにする。議事録作成、文書の要約、広報文案の作成などに活用する。"],
             "試行", "全課導入", "運用", "総務課"),
            ("情報セキュリティ強化事業", [
                "【目的】町民の個人情報をはじめとする情報資産を、高度化するサイバー攻撃や内部不正から守る。",
                "【内容】国の「地方公共団体における情報セキュリティポリシーに関するガイドライン」の改定を踏まえて町の情報セキュリティポリシーを改定する。全職員を対象とした情報セキュリティ研修と標的型攻撃メール訓練を毎年度実施し、外部機関による情報セキュリティ監査を隔年で実施する。あわせて、インシデント発生時の連絡体制と対応手順を定めた対応マニュアルを整備し、年1回の対応訓練を行う。三重県や県内市町と連携し、セキュリティクラウドの運用を継続する。",
                "【指標】研修受講率　100％（毎年度）、監査実施　R8・R10"],
             "ポリシー改定\n研修・訓練", "研修・訓練\n監査", "研修・訓練\n監査", "総務課"),
            ("文書管理システム導入事業", [
                "【内容】文書管理システムを導入し、文書の電子保存と電子決裁を開始する。"], "検討", "構築", "稼働", "総務課"),
        ]),
        ("地域社会のデジタル化", [
            ("町内光ファイバ網維持管理事業", [
                "【内容】町が整備した光ファイバ網（FTTH）の保守と、民間通信事業者への移管に向けた協議を行う。"], "維持管理", "移管協議", "移管", "企画課"),
            ("防災行政無線デジタル化事業", [
                "【内容】防災行政無線のデジタル化と、スマートフォンアプリへの防災情報の配信を行う。"], "設計", "整備", "運用開始", "防災対策室"),
            ("オープンデータ推進事業", [
                "【内容】町が保有するデータの公開について、先進自治体の事例を調査し、公開の対象と方法を検討する。"], "調査・研究", "検討", "検討", "企画課"),
            ("観光DX推進事業", [
                "【内容】観光協会と連携し、観光施設のキャッシュレス化、デジタルマップ、周遊データの分析を行う。"], "実施", "実施", "実施", "産業振興課"),
        ]),
    ]
    b = []
    b.append(COVER([
        ("翠ヶ丘町", 18, True, 120),
        ("DX推進アクションプラン", 28, True, 6),
        ("（令和8年度～令和10年度）", 13, False, 20),
        ("令和8年3月", 14, False, 170),
        ("三重県翠ヶ丘町", 18, True, 10),
        ("地方公共団体コード 244554", 10, False, 6),
    ]))
    b.append(TOC([
        (0, "1　アクションプランについて", 1), (0, "2　取組方針", 2), (0, "3　実施事業", 3),
        (1, "取組方針1　町民サービスの向上", 3), (1, "取組方針2　行政運営の効率化", 5), (1, "取組方針3　地域社会のデジタル化", 8),
        (0, "4　進行管理", 9),
    ]))
    b += [
        H(1, "アクションプランについて", "1"),
        H(2, "策定の目的", "（1）"),
        P("本アクションプランは、「翠ヶ丘町総合計画」（令和5年度～令和14年度）に掲げる「デジタルを活かした便利で持続可能なまちづくり」を実現するため、"
          "町が実施するDX関連事業と、その年度ごとの工程を明らかにするものです。"),
        H(2, "位置づけ", "（2）"),
        P("本アクションプランは、官民データ活用推進基本法第9条第3項に規定する市町村官民データ活用推進計画として位置づけます。"),
        H(2, "計画期間", "（3）"),
        P("計画期間は、令和8年度から令和10年度までの3年間とします。事業の進捗と国の動向を踏まえ、毎年度見直します。"),
        H(1, "取組方針", "2", page_break=True),
        P("次の3つの取組方針に沿って事業を実施します。"),
        T([["取組方針", "考え方"],
           ["1　町民サービスの向上", "手続のオンライン化とマイナンバーカードの活用により、町民の手間と時間を減らします。"],
           ["2　行政運営の効率化", "システムの標準化とデジタル技術の活用により、職員の事務負担を軽減します。"],
           ["3　地域社会のデジタル化", "通信基盤の維持と防災・観光分野のデジタル化により、地域の活力と安全を高めます。"]],
          [5.0, 11.0], font=9.5),
        SECT(orient="landscape"),
        H(1, "実施事業", "3"),
        P("各事業の年度ごとの工程は次のとおりです（表中「→」は前年度の内容を継続）。", first=0),
    ]
    for pi, (pt, rows) in enumerate(pols, 1):
        b.append(H(2, R.pol(pt), f"取組方針{pi}"))
        trs = [["事業名", "事業概要", "R8", "R9", "R10", "所管課"]]
        for name, lines, y8, y9, y10, dept in rows:
            R.m(name)
            trs.append([{"text": name, "bold": True}, {"lines": lines}, y8, y9, y10, dept])
        b.append(T(trs, [4.4, 11.5, 2.2, 2.2, 2.2, 3.2], font=9, align_center_cols=(2, 3, 4)))
    b += [
        SECT(orient="portrait"),
        H(1, "進行管理", "4"),
        P("副町長を委員長とする翠ヶ丘町DX推進委員会において、各事業の進捗を年2回確認します。"
          "事業の追加や工程の変更は、予算編成とあわせて毎年度行い、改訂版を町ホームページで公表します。"),
        P("なお、職員のテレワークについては、庁舎のネットワーク構成の見直しが必要であることから、本アクションプランの期間中は実施せず、次期計画で改めて検討します。"),
    ]
    return dict(
        town=town, pref="三重県", code=code, title=title, heading_mode="bold", bold_h1_border=True,
        header_text="翠ヶ丘町DX推進アクションプラン",
        period=(2026, 2028), policies=R.policies, blocks=b,
        items=items(missing=["dx/telework", "kanmin/bpr"], partial=["kanmin/opendata"]),
        fmt="docx + pdf (LibreOffice)",
        shapes="実施計画/アクションプラン: bold-only headings; portrait front matter, then a landscape section with one big table per 取組方針 (事業名｜事業概要｜R8｜R9｜R10｜所管課, header row repeated), multi-line 事業概要 cells (【目的】【現状】【内容】【指標】) with some rows breaking across pages; 取組方針 table in chapter 2 repeats the policies; code on cover",
        hard="measures exist only as table rows; long rows break across pages (a row continues on the next page under the repeated header); year cells hold 実施/→/検討/移行完了 not measures; 3-year period; policy names appear twice (chapter 2 table and chapter 3 headings); 'オープンデータ推進事業' is only 調査・研究/検討 in all three years (partial); telework explicitly not done",
        notes=[
            "Period: 令和8年度～令和10年度 (3 years). 総合計画 R5–R14 is context.",
            "Policies = 取組方針1…3 (headings in 3 above each landscape table); measures = the 15 事業名 cells. 事業概要 lines (【目的】【内容】【指標】) and year cells are not measures.",
            "Rows of デジタル活用支援事業 / 情報セキュリティ強化事業 are long and may break across pages (header row repeats).",
            "kanmin/opendata partial: 'オープンデータ推進事業' = 調査・研究 (R8), 検討 (R9, R10); nothing is committed to be published.",
            "kanmin/bpr missing: no 業務の見直し measure; 申請書作成支援システム and 文書管理システム are tools, not process review.",
            "dx/telework missing: 4 進行管理 says explicitly it is not done in this plan.",
            "dx/community covered: 光ファイバ網維持管理, 防災行政無線デジタル化 + アプリ配信, 観光DX.",
        ],
    )


# ===========================================================================
# doc86  霞野町（岐阜県）— one-page 計画の概要 in a text box at the front that
#        repeats every policy and measure; Heading styles with typed numbers;
#        measures (1)…(10) continuous; no code anywhere; html + Chromium
# ===========================================================================
@register
def doc86():
    R = Reg()
    town = "霞野町"
    title = "霞野町デジタル推進計画"
    pols = [
        ("手続のデジタル化", "町民の皆さんが、役場に来なくても、待たずに、書かずに手続できる町を目指します。", [
            ("オンライン手続の拡大", "ぎふ電子申請サービスとマイナポータルを活用し、子育て・介護・税証明などの手続をオンライン化します。令和12年度までに、町民の利用が多い手続の8割をオンラインで申請できるようにします。"),
            ("マイナンバーカードの利便性向上", "証明書のコンビニ交付に加え、町立図書館の利用や健康診断の予約など、カード1枚で使えるサービスを増やします。"),
            ("デジタル機器に不慣れな方への支援", "スマートフォン教室の開催と、役場窓口での操作支援を行います。また、地域の集まりに職員が出向く「出前デジタル相談」を実施します。"),
        ]),
        ("役場のデジタル化", "デジタル技術を活用して仕事の進め方を変え、町民と向き合う時間を生み出します。", [
            ("ペーパーレス化の推進", "会議資料の電子化、電子決裁の導入により、紙の使用量を令和7年度比で半減させます。"),
            ("生成AIの活用", "生成AIを全職員が安全に利用できる環境を整え、文書作成や要約などの事務に活用します。"),
            ("情報セキュリティ対策", "情報セキュリティポリシーの見直し、職員研修、外部監査を実施します。"),
            ("テレワーク環境の整備", "災害時や育児・介護との両立のためのテレワークについて、導入に向けた課題を整理し、導入の可否を検討します。"),
        ]),
        ("地域のデジタル化", "地域の課題をデジタルの力で解決します。", [
            ("オープンデータの公開", "町の保有するデータを、推奨データセットの形式で町ホームページに公開します。"),
            ("地域公共交通のデジタル化", "町営バスの位置情報をスマートフォンで確認できるようにし、デマンド交通のオンライン予約を導入します。"),
            ("ケーブルテレビ網の高度化", "町のケーブルテレビ網を光化し、全世帯で高速ブロードバンドを利用できるようにします。"),
        ]),
    ]
    box = ["基本理念　**「かすみの里に、やさしいデジタルを」**", "計画期間　令和8年度～令和12年度（5年間）", ""]
    n = 0
    for i, (pt, lead, ms) in enumerate(pols, 1):
        box.append(f"**基本方針{i}　{pt}**")
        for mt, _ in ms:
            n += 1
            box.append(f"・（{n}）{mt}")
    box += ["", "推進体制　副町長（CDO）を本部長とする霞野町デジタル推進本部", "進行管理　毎年度の実施状況をホームページで公表"]
    b = []
    b.append(COVER([
        ("霞野町デジタル推進計画", 26, True, 150),
        ("令和8年3月", 14, False, 200),
        ("霞　野　町", 20, True, 10),
    ]))
    b += [
        P("**計画の概要**", align="center", size=16),
        TB("霞野町デジタル推進計画【概要版】", box),
        BR(),
    ]
    b.append(TOC([
        (0, "1　計画の基本的な考え方", 1), (0, "2　霞野町の現状と課題", 2), (0, "3　基本理念と基本方針", 3), (0, "4　具体的な取組", 4), (0, "5　推進体制", 7),
    ]))
    b += [
        H(1, "計画の基本的な考え方", "1"),
        H(2, "計画策定の趣旨", "1.1"),
        P("本町では、国のデジタル化の動きにあわせ、住民情報システムの標準化、マイナンバーカードの普及などに取り組んできました。"
          "デジタル技術の進展を町民の暮らしの向上と役場の業務改善に確実につなげるため、本計画を策定します。"),
        H(2, "計画の位置づけ", "1.2"),
        P("本計画は、官民データ活用推進基本法第9条第3項に基づく市町村官民データ活用推進計画として位置づけます。"),
        H(2, "計画期間", "1.3"),
        P("計画期間は、令和8年度から令和12年度までの5年間とします。"),
        H(1, "霞野町の現状と課題", "2", page_break=True),
        P("基幹業務システムは令和7年度に標準準拠システムへの移行を終え、マイナンバーカードの保有率は約8割となっています。"
          "一方で、役場の業務の多くは紙と押印を前提としたままであり、業務手順そのものの見直しは手付かずの状況です。"),
        P("また、町内には光回線を利用できない地区が残っており、地域の通信環境の確保が課題となっています。"),
        P("令和7年度に実施した町民アンケート（回答712人）では、「役場の手続をオンラインでしたい」が52.4％、"
          "「スマートフォンの操作に自信がない」が60歳以上で46.8％となりました。町営バスについては「運行状況が分からない」との声が多く寄せられています。"),
        P("職員からは、育児や介護と仕事を両立するための柔軟な働き方を求める意見がある一方、窓口業務が多い本町の実情から、"
          "テレワークの導入には慎重な意見もあります。"),
        H(1, "基本理念と基本方針", "3", page_break=True),
        P("**かすみの里に、やさしいデジタルを**", align="center", size=13),
        P("豊かな自然に囲まれた霞野町で、誰もが無理なくデジタルの便利さを感じられるよう、町民一人ひとりに寄り添いながらデジタル化を進めていくという思いを込めています。"),
        P("基本理念のもと、3つの基本方針を掲げ、10の取組を進めます。"),
        H(1, "具体的な取組", "4", page_break=True),
    ]
    n = 0
    for i, (pt, lead, ms) in enumerate(pols, 1):
        b.append(H(2, R.pol(pt), f"基本方針{i}"))
        b.append(P(lead))
        for mt, desc in ms:
            n += 1
            b.append(H(3, R.m(mt), f"（{n}）"))
            b.append(P(desc))
    b += [
        H(1, "推進体制", "5", page_break=True),
        P("副町長を本部長とする霞野町デジタル推進本部を設置し、総務課デジタル推進係が事務局を担います。毎年度、取組の実施状況を取りまとめ、町ホームページで公表します。"),
        P("問い合わせ先　霞野町役場 総務課 デジタル推進係　電話 0575-00-0000", align="right", size=9),
    ]
    return dict(
        town=town, pref="岐阜県", code=None, title=title, heading_mode="styles",
        header_text="霞野町デジタル推進計画", html=True,
        period=(2026, 2030), policies=R.policies, blocks=b,
        items=items(missing=["kanmin/bpr", "dx/standardization"], partial=["dx/telework"]),
        fmt="docx + pdf (LibreOffice) + html + pdf (Chromium)",
        shapes="cover without code; a one-page 計画の概要 right after the cover: a floating text box (wps + VML fallback) listing 基本方針1…3 and all 10 measures with （n）, period and 推進体制; built-in Heading 1/2/3 with typed numbers (1, 1.1, 基本方針1, （1）…（10） continuous); Chromium PDF with running header and page numbers",
        hard="the 概要 text box repeats every policy and measure before the main text (and twice in the XML: Choice and Fallback), so a naive reader triples them; no 地方公共団体コード anywhere (code null); standardization finished in 現状 only; 業務手順の見直し named as an unsolved issue but no measure (bpr missing); telework only 検討",
        notes=[
            "Period: 令和8年度～令和12年度.",
            "No 地方公共団体コード appears anywhere: code is null.",
            "The front 計画の概要 text box lists all policies and measures; in the docx its content exists twice (mc:Choice and VML mc:Fallback). Measures must be taken once: the ten H3 entries of 4 具体的な取組.",
            "Policies = 基本方針1…3; measures （1）…（10） numbered continuously across policies.",
            "kanmin/bpr missing: 2 現状と課題 says 業務手順の見直しは手付かず, but no measure commits to it; ペーパーレス化/電子決裁 is not BPR.",
            "dx/standardization missing: 標準準拠システムへの移行 is only past (2 現状).",
            "dx/telework partial: '導入に向けた課題を整理し、導入の可否を検討'.",
            "dx/community covered: 地域公共交通のデジタル化 and ケーブルテレビ網の光化.",
        ],
    )


# ===========================================================================
# doc87  雲上村（奈良県）— a small village plan: 3 方針, 7 取組, short, typed
#        取組N labels, western-year period, page numbers only
# ===========================================================================
@register
def doc87():
    R = Reg()
    town = "雲上村"
    title = "雲上村デジタル化推進計画"
    code = "294586"
    pols = [
        ("村民の暮らしを便利に", [
            ("オンライン申請の導入", "奈良県の電子申請システムを利用し、まず子育て・介護関係の手続から、令和9年度までにオンライン申請を開始します。"),
            ("マイナンバーカードの普及", "役場での申請支援と、集落への出張受付を継続します。カードを使った証明書のコンビニ交付を導入します。"),
            ("高齢者のスマホ相談", "社会福祉協議会と連携し、サロン活動の場でスマートフォンの使い方の相談会を開きます。"),
        ]),
        ("役場の仕事を効率的に", [
            ("標準準拠システムへの移行", "県内町村と共同で、特定移行支援システムとなった業務の標準準拠システムへの移行を令和9年度までに完了させます。"),
            ("業務の見直しとペーパーレス化", "業務の手順を職員全員で見直し、紙の帳票や押印を減らします。会議資料は原則として電子化します。"),
        ]),
        ("安全・安心の確保", [
            ("情報セキュリティの確保", "県のセキュリティクラウドを引き続き利用し、職員研修を毎年度行います。"),
            ("村内通信環境の改善", "携帯電話がつながりにくい地区の解消について、国の補助制度の活用を含めて研究します。"),
        ]),
    ]
    b = []
    b.append(COVER([
        ("雲上村デジタル化推進計画", 24, True, 160),
        ("2026年度～2030年度", 13, False, 30),
        ("令和8年3月", 13, False, 170),
        ("奈良県　雲上村", 18, True, 10),
        ("（地方公共団体コード　294586）", 9, False, 6),
    ]))
    b += [
        H(1, "はじめに", "1"),
        P("雲上村は、人口約1,300人の山あいの村です。高齢化率は50％を超え、役場の職員数も限られています。"
          "村民の暮らしを守り、少ない職員で行政サービスを続けていくため、デジタル技術を上手に取り入れていく必要があります。"),
        P("この計画は、官民データ活用推進基本法第9条第3項に定める市町村官民データ活用推進計画として、村のデジタル化の取組をまとめたものです。"),
        H(1, "計画期間", "2"),
        P("2026年度から2030年度までの5年間とします。"),
        H(1, "村の現状", "3"),
        P("村では、県内町村と共同で住民情報システムを運用しています。AIやRPAについては、業務量が少ないため費用に見合う効果が見込めず、現時点では導入を予定していません。"
          "役場のテレワークも、職員数が少なく窓口業務が中心であるため、本計画の対象とはしません。"),
        H(1, "取組", "4", page_break=True),
    ]
    n = 0
    for i, (pt, ms) in enumerate(pols, 1):
        b.append(H(2, R.pol(pt), f"方針{i}"))
        for mt, desc in ms:
            n += 1
            b.append(P(f"**取組{n}　{R.m(mt)}**", first=0, keep=True))
            b.append(P(desc, indent=0.9, first=0))
    b += [
        H(1, "推進体制", "5"),
        P("副村長を責任者とし、総務課が中心となって取組を進めます。毎年度、取組の状況を村議会に報告します。"),
    ]
    return dict(
        town=town, pref="奈良県", code=code, title=title, heading_mode="bold", page_fmt="{}",
        period=(2026, 2030), policies=R.policies, blocks=b,
        items=items(missing=["kanmin/opendata", "dx/ai-rpa", "dx/telework"], partial=["dx/community"]),
        fmt="docx + pdf (LibreOffice)",
        shapes="small village plan (3 pages): no 目次, no running header, page numbers only; bold-only headings with typed numbers (1…5, 方針1…3); measures as bold lines '取組N　title' numbered across the plan with an indented description below; period in western years only; code in parentheses on cover",
        hard="only 7 measures; 取組N label is not part of the title; 3 村の現状 says AI/RPA and telework are NOT planned (must not count as mentions); 村内通信環境の改善 is only 研究 (community partial)",
        notes=[
            "Period: 2026年度～2030年度 (western years only); dated 令和8年3月.",
            "Policies = 方針1…3; measures = 取組1…7 (numbered across the plan).",
            "dx/ai-rpa and dx/telework missing: 3 村の現状 says both are not planned.",
            "kanmin/opendata missing: not mentioned at all.",
            "dx/community partial: '村内通信環境の改善' = 国の補助制度の活用を含めて研究 (study only).",
            "kanmin/bpr covered: '業務の見直しとペーパーレス化' (業務の手順を職員全員で見直し).",
        ],
    )


# ===========================================================================
# doc88  緑ヶ浦市（福岡県）— large city plan: 6 policies / 23 measures,
#        built-in Heading styles, measures '施策1-1' as Heading 3 with a KPI
#        table, 資料編 (KPI一覧, 用語集); mixed 西暦（和暦）; html + Chromium
# ===========================================================================
@register
def doc88():
    R = Reg()
    town = "緑ヶ浦市"
    title = "緑ヶ浦市デジタル・トランスフォーメーション推進計画"
    code = "402354"
    pols = [
        ("市民サービスの向上", [
            ("行政手続のオンライン化", "市民の利用が多い手続と、子育て・介護関係手続を中心に、マイナポータル及び市電子申請システムでのオンライン申請を拡大します。", "オンライン申請可能な手続数", "215手続", "450手続"),
            ("窓口のデジタル化", "「書かない・待たない・行かない」窓口を目指し、申請書作成支援と窓口予約を市民課・子育て支援課で導入した後、他の窓口へ広げます。", "書かない窓口の対象手続数", "0手続", "60手続"),
            ("マイナンバーカードの普及促進", "出張申請受付や休日窓口により、カードの取得と電子証明書の更新を支援します。", "カード保有率", "78.9％", "90％"),
            ("マイナンバーカードの利活用", "コンビニ交付、図書館カード、健康ポイントなど、カードを活用した市独自サービスを拡充します。", "独自利用サービス数", "2", "8"),
            ("キャッシュレス決済の推進", "窓口手数料、施設使用料、市税等のキャッシュレス決済を拡大します。", "キャッシュレス対応窓口数", "6", "全窓口"),
        ]),
        ("誰もが使いやすいデジタル", [
            ("デジタル活用支援", "スマートフォン講座と、地域のデジタル活用支援員による個別相談を実施します。", "講座受講者数（累計）", "1,240人", "5,000人"),
            ("情報発信の最適化", "市公式LINEとアプリで、市民一人ひとりに必要な情報をプッシュ型で届けます。", "LINE登録者数", "18,500人", "40,000人"),
            ("ウェブアクセシビリティの確保", "市ホームページのアクセシビリティ検証を毎年度行い、改善します。", "JIS X 8341-3 適合レベル", "A", "AA"),
        ]),
        ("スマート市役所", [
            ("基幹業務システムの標準化", "標準準拠システムの安定運用と、特定移行支援システムの移行完了に取り組みます。", "標準準拠システム移行業務数", "18業務", "20業務"),
            ("AI・RPAの全庁展開", "生成AI、AI-OCR、RPAを全庁で活用し、事務作業時間を削減します。", "削減時間（年間）", "4,100時間", "20,000時間"),
            ("フリーアドレスとペーパーレスの推進", "本庁舎の執務室にフリーアドレスを導入し、書類の電子化と一体でペーパーレスを進めます。", "コピー用紙使用量（R6比）", "－", "50％削減"),
            ("業務改革（BPR）の試行", "市民課をモデル課として業務フローを可視化し、BPRの手法を試行します。他課への展開は、試行結果を踏まえて判断します。", "BPR試行業務数", "0", "3"),
            ("電子契約の導入", "工事・委託等の契約に電子契約サービスを導入します。", "電子契約の割合", "0％", "60％"),
        ]),
        ("安全・安心な情報基盤", [
            ("情報セキュリティ対策の強化", "情報セキュリティポリシーの改定、外部監査、CSIRT訓練を実施します。", "情報セキュリティ研修受講率", "95％", "100％"),
            ("ICT-BCPの策定", "災害やシステム障害時に業務を継続するためのICT-BCPを策定し、訓練を行います。", "ICT-BCP訓練の実施", "未実施", "年1回"),
            ("ネットワーク環境の最適化", "庁内ネットワークの分離方式を見直し、安全性と利便性を両立させます。", "ネットワーク再構築", "－", "完了（R10）"),
        ]),
        ("データ活用", [
            ("EBPMの推進", "統計データと行政データを分析し、政策の立案と評価に活用します。", "データ分析を活用した事業数", "3", "20"),
            ("データ連携基盤の構築", "庁内の各システムのデータを連携させる基盤を構築します。", "連携システム数", "0", "12"),
            ("庁内データの棚卸し", "各課が保有するデータの所在と形式を調査し、データカタログを作成します。", "データカタログ登録数", "0", "300"),
        ]),
        ("地域のDX", [
            ("教育のDX", "1人1台端末を活用した学びの充実と、校務のデジタル化を進めます。", "校務支援システム導入校", "12校", "全28校"),
            ("子育て支援のデジタル化", "母子手帳アプリと保育所入所のオンライン申請を導入します。", "母子手帳アプリ登録率", "35％", "80％"),
            ("地域産業のDX支援", "市内中小企業のデジタル化に向けた相談窓口と補助制度を設けます。", "補助件数（累計）", "0件", "150件"),
        ]),
    ]
    b = []
    b.append(COVER([
        ("緑ヶ浦市", 18, True, 110),
        ("デジタル・トランスフォーメーション推進計画", 22, True, 8),
        ("2026（令和8）年度 ～ 2030（令和12）年度", 13, False, 40),
        ("2026年（令和8年）3月", 14, False, 170),
        ("福岡県緑ヶ浦市", 18, True, 10),
        ("団体コード 402354", 9, False, 4),
    ]))
    b.append(TOC([
        (0, "第1章　計画の策定にあたって", 1), (0, "第2章　緑ヶ浦市の現状", 3), (0, "第3章　計画の基本的な考え方", 5),
        (0, "第4章　施策の展開", 6), (0, "第5章　計画の推進", 18), (0, "資料編", 19),
    ]))
    b += [
        H(1, "計画の策定にあたって", "第1章"),
        H(2, "計画策定の趣旨", "1"),
        P("本市は、2021（令和3）年度に「緑ヶ浦市デジタル化推進方針」を定め、行政手続のオンライン化や基幹業務システムの標準化に取り組んできました。"
          "社会全体のデジタル化が進む中、市民サービスの向上と持続可能な行政運営を両立するため、市全体のDXの方向性と施策を示す本計画を策定します。"),
        H(2, "計画の位置づけ", "2"),
        P("本計画は、「第6次緑ヶ浦市総合計画」の部門別計画であり、官民データ活用推進基本法第9条第3項に基づく市町村官民データ活用推進計画を兼ねます。"),
        H(2, "計画期間", "3"),
        P("計画期間は、2026（令和8）年度から2030（令和12）年度までの5年間とします。"),
        H(1, "緑ヶ浦市の現状", "第2章", page_break=True),
        H(2, "人口の動向", "1"),
        P("本市の人口は約11万4千人で、2015年をピークに緩やかな減少に転じています。"),
        H(2, "これまでの取組", "2"),
        P("デジタル化推進方針のもとで、電子申請システムの導入（215手続）、RPAの導入（14業務）、テレワーク用端末の試行配備（50台）などを行いました。"
          "テレワークについては、試行配備の利用率が低く、2025年度末で試行を終了しています。"),
        H(2, "市民意識調査", "3"),
        P("2025年度の市民意識調査では、「オープンデータを活用したい」と回答した事業者は少数にとどまりました。市は、データの公開よりも庁内でのデータ活用を優先する方針としています。"),
        H(1, "計画の基本的な考え方", "第3章", page_break=True),
        P("**基本理念　「デジタルでつながる、みどりの港まち」**", align="center"),
        P("6つの基本方針のもと、22の施策を展開します。施策ごとに成果指標（KPI）と2030年度の目標値を設定します。"),
        H(1, "施策の展開", "第4章", page_break=True),
    ]
    kpis = [["施策", "成果指標", "現状値（R6）", "目標値（R12）"]]
    for i, (pt, ms) in enumerate(pols, 1):
        b.append(H(2, R.pol(pt), f"基本方針{i}"))
        for j, (mt, desc, ind, cur, tgt) in enumerate(ms, 1):
            b.append(H(3, R.m(mt), f"施策{i}-{j}"))
            b.append(P(desc))
            b.append(T([["成果指標", "現状値（R6）", "目標値（R12）"], [ind, cur, tgt]], [8.0, 4.0, 4.0], font=8.5,
                       shade="E2EFDA", align_center_cols=(1, 2), repeat_header=False))
            kpis.append([f"{i}-{j} {mt}", ind, cur, tgt])
    b += [
        H(1, "計画の推進", "第5章", page_break=True),
        P("市長を本部長とする緑ヶ浦市DX推進本部で進捗を管理し、外部有識者で構成するDX推進懇話会の意見を聴きます。成果指標の状況は毎年度公表します。"),
        H(1, "資料編", None, page_break=True),
        H(2, "成果指標一覧", "1"),
        T(kpis, [6.2, 4.6, 2.6, 2.6], font=8),
        H(2, "用語集", "2"),
        T([["用語", "説明"],
           ["オープンデータ", "機械判読に適したデータ形式で、二次利用が可能な利用ルールで公開されたデータ。"],
           ["テレワーク", "ICTを活用した、場所や時間にとらわれない柔軟な働き方。"],
           ["フリーアドレス", "職員が固定の席を持たず、業務に応じて席を選ぶ執務スタイル。"],
           ["ICT-BCP", "ICT部門の業務継続計画。"]],
          [3.8, 12.2], font=9),
    ]
    return dict(
        town=town, pref="福岡県", code=code, title=title, heading_mode="styles",
        header_text="緑ヶ浦市DX推進計画", html=True,
        period=(2026, 2030), policies=R.policies, blocks=b,
        items=items(missing=["kanmin/opendata", "dx/telework"], partial=["kanmin/bpr"]),
        fmt="docx + pdf (LibreOffice) + html + pdf (Chromium)",
        shapes="large city plan (6 policies / 22 measures); built-in Heading 1/2/3 with typed numbers (第1章, 1, 基本方針1, 施策1-1); a 3-column KPI table under every 施策; 資料編 with 成果指標一覧 ('1-1 title') and 用語集; period written 2026（令和8）年度; code on cover ('団体コード'); Chromium PDF with running header and page numbers",
        hard="22 measures with the label 施策N-M in the heading; KPI tables and the 成果指標一覧 repeat titles; フリーアドレス (in-office) is not telework, and 第2章 says the telework trial ENDED; オープンデータ deliberately deprioritised in 第2章, データ活用 measures are internal; BPR is a trial in one model office",
        notes=[
            "Period: 2026（令和8）年度～2030（令和12）年度. The KPI columns say R6 / R12 (現状値 / 目標値) — not the period.",
            "Policies = 基本方針1…6; measures = the 22 Heading-3 entries 施策N-M (label not part of the title).",
            "資料編 成果指標一覧 repeats every measure as 'N-M title': not additional measures.",
            "dx/telework missing: the trial ended (第2章); 'フリーアドレスとペーパーレスの推進' is an in-office seating style.",
            "kanmin/opendata missing: 第2章 says data publication is not a priority; EBPM / データ連携基盤 / データカタログ are internal.",
            "kanmin/bpr partial: '業務改革（BPR）の試行' in 市民課 only, extension to be decided later.",
            "'窓口のデジタル化' (書かない窓口 tools, rolled out from two offices) is counted for online/front-office service, not as BPR.",
            "dx/community covered by 地域のDX (教育のDX, 子育て支援のデジタル化, 地域産業のDX支援).",
        ],
    )


# ===========================================================================
# doc89  栗ノ木町（熊本県）— measures as ◆ paragraphs (no numbers) with the
#        description on the following lines; 基本目標Ⅰ…Ⅲ; previous-plan review
#        table; 4-year period in 和暦 only
# ===========================================================================
@register
def doc89():
    R = Reg()
    town = "栗ノ木町"
    title = "栗ノ木町デジタル化推進計画"
    code = "434370"
    pols = [
        ("便利なくらしの実現", [
            ("行政手続のオンライン化", ["子育て・介護関係手続や各種証明書の請求を中心に、令和10年度までに主要な手続のオンライン申請を可能にします。", "申請に必要な手数料の電子納付もあわせて導入します。"]),
            ("マイナンバーカードの普及と利活用", ["カードの申請・更新を支援するとともに、証明書のコンビニ交付や、町のポイント事業への活用を進めます。"]),
            ("子育て支援アプリの導入", ["母子手帳アプリを導入し、予防接種のお知らせや健診の予約をスマートフォンで行えるようにします。"]),
            ("町内公共施設Wi-Fiの整備", ["避難所となる公共施設や観光拠点に公衆無線LANを整備し、平常時は観光客や住民、災害時は避難者が利用できるようにします。"]),
        ]),
        ("効率的な役場づくり", [
            ("基幹業務システムの標準化", ["特定移行支援システムとなった業務を含め、標準準拠システムへの移行を完了させ、安定的に運用します。"]),
            ("RPA・AI-OCRの導入拡大", ["税・福祉分野の入力業務を中心にRPAとAI-OCRの対象業務を拡大します。"]),
            ("業務改善の推進", ["各課の業務フローを可視化し、デジタル化を前提に業務の進め方を見直します。"]),
            ("テレワーク環境の研究", ["災害時の業務継続の観点から、テレワークの導入方法と必要な環境について研究します。"]),
            ("電子決裁の導入", ["文書管理システムを導入し、起案から決裁までを電子化します。"]),
        ]),
        ("安心のデジタル", [
            ("スマホ教室とデジタル相談窓口", ["公民館でのスマホ教室と、役場内のデジタル相談窓口を設けます。"]),
            ("障がいのある方への情報保障", ["音声読み上げや字幕付き動画など、障がいのある方が行政情報を得やすい発信を行います。"]),
            ("防災情報の多様な伝達", ["防災行政無線に加え、防災アプリ、メール、SNSで防災情報を配信します。"]),
        ]),
    ]
    b = []
    b.append(COVER([
        ("栗ノ木町デジタル化推進計画", 24, True, 150),
        ("令和8年度 ― 令和11年度", 13, False, 30),
        ("令和8年3月", 14, False, 180),
        ("熊本県栗ノ木町", 18, True, 10),
        ("（434370）", 9, False, 4),
    ]))
    b.append(TOC([
        (0, "第1章　はじめに", 1), (0, "第2章　前計画の振り返り", 2), (0, "第3章　基本目標と取組", 3), (0, "第4章　推進にあたって", 7),
    ]))
    b += [
        H(1, "はじめに", "第1章"),
        H(2, "策定の趣旨", "1"),
        P("栗ノ木町では、令和4年度から令和7年度までを期間とする「栗ノ木町DX推進方針」に基づき、デジタル化に取り組んできました。"
          "方針の期間が終了したことから、これまでの成果と課題を踏まえ、新たに本計画を策定します。"),
        H(2, "位置づけ", "2"),
        P("本計画は、官民データ活用推進基本法第9条第3項に規定する市町村官民データ活用推進計画です。"),
        H(2, "計画期間", "3"),
        P("令和8年度から令和11年度までの4年間とします。「第6次栗ノ木町総合計画」後期基本計画（令和8年度～令和11年度）と期間をそろえています。"),
        H(1, "前計画の振り返り", "第2章", page_break=True),
        T([["前計画の取組", "実施状況", "評価"],
           ["オープンデータの公開", "公開に向けた検討を行ったが未実施", "C"],
           ["情報セキュリティポリシーの改定", "令和6年度に改定済み", "A"],
           ["スマホ教室の開催", "延べ24回開催", "A"],
           ["RPAの導入", "3業務に導入", "B"],
           ["テレワークの導入", "端末5台で試行", "B"]],
          [6.0, 7.0, 3.0], font=9, align_center_cols=(2,), caption="表1　前計画の取組の評価"),
        P("情報セキュリティについては、前計画期間中にポリシーの改定と研修体制の整備を終えており、今後は「栗ノ木町情報セキュリティポリシー」に基づき、通常業務として対応します。"),
        H(1, "基本目標と取組", "第3章", page_break=True),
        P("本計画では、3つの基本目標のもとに取組を進めます。各取組を◆で示します。"),
    ]
    roman = "ⅠⅡⅢ"
    for i, (pt, ms) in enumerate(pols):
        b.append(H(2, R.pol(pt), f"基本目標{roman[i]}"))
        for mt, descs in ms:
            b.append(P("◆　" + R.m(mt), bold=True, keep=True, first=0))
            for d_ in descs:
                b.append(P(d_, indent=0.8, first=0))
    b += [
        H(1, "推進にあたって", "第4章", page_break=True),
        P("副町長を本部長とする栗ノ木町DX推進本部において取組の進捗を確認し、その結果を町ホームページで公表します。"),
    ]
    return dict(
        town=town, pref="熊本県", code=code, title=title, heading_mode="styles",
        header_text="栗ノ木町デジタル化推進計画",
        period=(2026, 2029), policies=R.policies, blocks=b,
        items=items(missing=["kanmin/opendata", "dx/security"], partial=["dx/telework"]),
        fmt="docx + pdf (LibreOffice)",
        shapes="built-in Heading 1/2 with typed numbers (第1章, 1, 基本目標Ⅰ…Ⅲ); measures are bold paragraphs '◆　title' (no numbers) with the description indented on the following lines; previous-plan review table (表1) with its own 取組 names; 4-year period in 和暦 only; bare code '（434370）' under the town name on the cover",
        hard="◆ is the only measure marker; the review table in 第2章 names previous measures (オープンデータの公開, セキュリティポリシー改定, テレワークの導入) that are NOT measures of this plan; security is explicitly handled outside the plan (missing); telework only 研究 (partial); public Wi-Fi counts for community",
        notes=[
            "Period: 令和8年度～令和11年度 (4 years), matching 総合計画後期 R8–R11; previous 方針 R4–R7.",
            "Policies = 基本目標Ⅰ…Ⅲ; measures = the 12 ◆ paragraphs.",
            "表1 (第2章) lists the previous plan's measures and their evaluation: not measures of this plan.",
            "dx/security missing: 第2章 says security is handled as ordinary work under the policy; no measure.",
            "kanmin/opendata missing: only as a failed previous measure in 表1.",
            "dx/telework partial: 'テレワーク環境の研究' (study only).",
            "dx/community covered: 町内公共施設Wi-Fiの整備, 防災情報の多様な伝達, 子育て支援アプリ.",
        ],
    )


# ===========================================================================
# doc90  蓮見市（香川県）— 第3次情報化計画: a one-page 計画の概要 TABLE at the
#        front with every policy and measure; measures '1-1' headings with
#        【主な取組】 and 【所管】; code only in the 奥付; 西暦（和暦） period
# ===========================================================================
@register
def doc90():
    R = Reg()
    town = "蓮見市"
    title = "第3次蓮見市情報化計画"
    code = "372111"
    pols = [
        ("市民の暮らしを支える情報化", [
            ("電子申請の拡充", "申請件数の多い手続から順にオンライン化し、マイナポータルとかがわ電子申請を活用して手続を拡充します。", ["子育て・介護手続のオンライン化", "施設予約のオンライン決済"], "情報政策課・各課"),
            ("マイナンバーカードの活用", "カードによる本人確認を活用し、オンライン申請、コンビニ交付、図書館利用などに活用を広げます。", ["コンビニ交付の対象証明書の拡大", "図書館カードとの一体化"], "市民課"),
            ("市民課窓口でのスマホ操作支援", "市民課窓口に案内員を配置し、オンライン申請やマイナポータルの操作に不慣れな来庁者を支援します。", ["案内員の配置"], "市民課"),
            ("市ウェブサイトの改善", "利用者の目的別に情報を探しやすいサイト構成に改め、アクセシビリティに配慮します。", ["サイトのリニューアル（2027年度）"], "広報課"),
        ]),
        ("効率的で質の高い行政運営", [
            ("標準準拠システムの運用と最適化", "標準準拠システムへの移行後の運用を安定させ、ガバメントクラウドの利用料を含む運用経費を最適化します。", ["運用経費の検証", "特定移行支援システムの移行"], "情報政策課"),
            ("AI・RPAの活用", "AI-OCR、RPA、生成AIを全庁で活用し、定型業務の自動化を進めます。", ["生成AIの全庁利用", "RPA対象業務の拡大"], "情報政策課"),
            ("内部事務システムの統合", "人事給与・財務会計・文書管理などの内部事務システムを統合し、二重入力をなくします。", ["統合基盤の構築"], "情報政策課・総務課"),
            ("電子決裁の推進", "電子決裁率を高め、紙の回覧を廃止します。", ["電子決裁率90％"], "総務課"),
            ("会議のペーパーレス化", "庁議、委員会等の資料をタブレットで共有します。", ["タブレット端末の配備"], "総務課"),
            ("庁内無線LANの整備", "会議室・執務室に無線LANを整備し、タブレット端末を会議や窓口で利用できるようにします。", ["本庁舎無線LAN整備"], "情報政策課"),
        ]),
        ("地域の活力を高める情報化", [
            ("オープンデータの推進", "推奨データセットを中心にデータを公開し、地域の事業者や学生のデータ活用を促します。", ["公開データの拡充", "アイデアソンの開催"], "情報政策課"),
            ("地域防災のデジタル化", "防災情報システムを更新し、避難所の開設・混雑状況をウェブで公開します。", ["避難所混雑状況の公開"], "危機管理課"),
            ("観光・商業のデジタル化支援", "商店街のキャッシュレス化と観光データの分析を支援します。", ["キャッシュレス導入補助"], "商工観光課"),
            ("学校教育の情報化", "1人1台端末の更新と校務のデジタル化を進めます。", ["端末更新（2027年度）"], "学校教育課"),
        ]),
        ("安全な情報基盤と推進体制", [
            ("情報セキュリティ対策の徹底", "情報セキュリティポリシーの見直し、監査、研修・訓練を実施します。", ["外部監査の実施", "標的型攻撃メール訓練"], "情報政策課"),
            ("情報化推進体制の強化", "副市長をCIOとし、外部人材をCIO補佐官に任用します。", ["CIO補佐官の任用"], "情報政策課"),
            ("職員の情報リテラシー向上", "職員向け研修を階層別に実施します。", ["階層別研修"], "人事課"),
            ("ICT-BCPの見直し", "ICT部門の業務継続計画を見直し、訓練を行います。", ["ICT-BCP訓練"], "情報政策課"),
            ("個人情報保護の徹底", "個人情報保護法に基づく安全管理措置を点検し、個人情報を扱う職員への研修を行います。", ["安全管理措置の点検"], "総務課"),
            ("情報システムの全体最適化", "システムの調達・更新時期を一元管理し、全体最適の観点から調達を審査します。", ["調達審査の実施"], "情報政策課"),
        ]),
    ]
    rows = [["基本方針", "施策"]]
    for i, (pt, ms) in enumerate(pols, 1):
        rows.append([f"{i}　{pt}", {"lines": [f"{i}-{j}　{m[0]}" for j, m in enumerate(ms, 1)]}])
    b = []
    b.append(COVER([
        ("第3次", 16, True, 110),
        ("蓮見市情報化計画", 28, True, 6),
        ("2026年度（令和8年度）～2029年度（令和11年度）", 12, False, 50),
        ("令和8年3月", 14, False, 170),
        ("蓮　見　市", 20, True, 10),
    ]))
    b += [
        P("**第3次蓮見市情報化計画　概要**", align="center", size=15),
        P("基本理念　「つながる情報、ひろがる笑顔　はすみ」　　計画期間　2026年度～2029年度（4年間）", align="center", size=10),
        T(rows, [5.6, 10.4], font=9.5, shade="FCE4D6", caption=None),
        P("※各施策の内容、主な取組及び所管課は第4章に記載しています。", size=9, first=0),
        BR(),
    ]
    b.append(TOC([
        (0, "第1章　計画策定の背景", 1), (0, "第2章　第2次計画の評価", 2), (0, "第3章　計画の基本的な考え方", 3),
        (0, "第4章　施策の内容", 4), (0, "第5章　計画の推進", 12),
    ]))
    b += [
        H(1, "計画策定の背景", "第1章"),
        P("本市は、平成23年に第1次、平成30年に第2次の「蓮見市情報化計画」を策定し、電子自治体の構築を進めてきました。"
          "第2次計画（2018年度～2025年度）の終了に伴い、国のデジタル社会の実現に向けた動きを踏まえ、第3次計画を策定します。"),
        P("本計画は、官民データ活用推進基本法第9条第3項に基づく市町村官民データ活用推進計画として位置づけます。計画期間は、2026年度（令和8年度）から2029年度（令和11年度）までの4年間とします。"),
        H(1, "第2次計画の評価", "第2章", page_break=True),
        P("第2次計画では、電子申請の導入、基幹系システムのクラウド化などの成果を上げました。一方、テレワークについては、職員の勤務形態と窓口業務の特性から導入を見送っており、"
          "業務プロセスの見直し（BPR）についても、外部の支援を得ての実施を検討したものの実現していません。"),
        H(1, "計画の基本的な考え方", "第3章", page_break=True),
        P("「つながる情報、ひろがる笑顔　はすみ」を基本理念とし、4つの基本方針のもとに20の施策を進めます。"),
        H(1, "施策の内容", "第4章", page_break=True),
    ]
    for i, (pt, ms) in enumerate(pols, 1):
        b.append(H(2, R.pol(pt), f"基本方針{i}"))
        for j, (mt, desc, acts, dept) in enumerate(ms, 1):
            b.append(H(3, R.m(mt), f"{i}-{j}"))
            b.append(P(desc))
            b.append(P("【主な取組】" + "、".join(acts), indent=0.4, first=0, size=9.5))
            b.append(P("【所管】" + dept, indent=0.4, first=0, size=9.5))
    b += [
        H(1, "計画の推進", "第5章", page_break=True),
        P("CIOである副市長を委員長とする蓮見市情報化推進委員会において、毎年度、施策の進捗を評価します。"),
    ]
    b += okuzuke(title, "令和8年3月", "蓮見市 総務部 情報政策課", "〒769-0000　香川県蓮見市本町1番1号", "TEL 0875-00-0000",
                 "団体コード 372111")
    return dict(
        town=town, pref="香川県", code=code, title=title, heading_mode="bold", bold_h1_border=True,
        header_text="第3次蓮見市情報化計画", page_fmt="{}",
        period=(2026, 2029), policies=R.policies, blocks=b,
        items=items(missing=["dx/telework", "kanmin/bpr"], partial=["kanmin/divide", "dx/divide"]),
        fmt="docx + pdf (LibreOffice)",
        shapes="情報化計画 (第3次); a one-page 概要 TABLE after the cover listing 基本方針 and all measures as 'N-M　title' lines inside one cell per policy; bold-only headings; measures 'N-M' headings with 【主な取組】 and 【所管】 lines; 第2次計画 (2018–2025) evaluation chapter; period 2026年度（令和8年度）; code only in the 奥付 ('団体コード')",
        hard="the 概要 table repeats all 20 measures before the 目次 (must not double); 第2章 says telework and BPR were NOT done (not coverage); '内部事務システムの統合' is not BPR and '庁内無線LANの整備' is not telework; digital-divide support limited to one office (市民課窓口) → partial for both divide items; code on the last page only",
        notes=[
            "Period: 2026年度（令和8年度）～2029年度（令和11年度） (4 years). 第2次計画 2018–2025 and 第1次 平成23年 are history.",
            "Policies = 基本方針1…4; measures = the 20 headings 'N-M title' in 第4章. The front 概要 table repeats them.",
            "【主な取組】 and 【所管】 lines are details, not measures.",
            "kanmin/divide and dx/divide partial: the only divide measure is '市民課窓口でのスマホ操作支援' (one office, one counter).",
            "dx/telework missing and kanmin/bpr missing: 第2章 says both were not realised; no measure. '内部事務システムの統合' removes double entry but is a system project, not a process review.",
            "Code 372111 only in the 奥付 on the last page.",
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
    assert 6 <= n <= 30, (name, n)
    doc = DocxRenderer(spec).render(spec["blocks"])
    doc.save(os.path.join(HERE, f"{name}.docx"))
    if spec.get("html"):
        with open(os.path.join(HERE, f"{name}.html"), "w", encoding="utf-8") as f:
            f.write(HtmlRenderer(spec).render(spec["blocks"]))
    write_expected(name, spec)
    return spec


def convert(specs):
    profile = "file:///tmp/lo_profile_import_blind7"
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
    out = ["# import_blind7 — blind import test set (doc81 … doc90)", "",
           "Ten invented towns' digital plans (Japanese), each as Word .docx and PDF, with an answer key",
           "`docNN.expected.yaml` (municipality, code, period, policies/measures, 13 item verdicts, notes).",
           "Everything is generated by `make.py` (run with `../../../.venv/bin/python make.py`): python-docx plus raw",
           "OOXML, PDFs by LibreOffice (`soffice --headless --convert-to pdf`) and, for doc83, doc86 and doc88, an HTML",
           "version printed by Chromium (`docNN.html` → `docNN.chromium.pdf`). All files of one document share one answer key.",
           "",
           "Item verdicts are those of a careful planning officer reading the MEASURES only (background chapters,",
           "用語集, 国の動向, アンケート, footnotes and previous-plan reviews do not count). Every plan misses 2–4 item ids",
           "and has at least one partial (a 検討/研究 only, or limited to one office or a pilot). Codes are invented but",
           "carry a valid check digit; doc86 states no code (null). The three-level plan doc84 (基本方針 → 施策の方向 → 取組)",
           "is keyed with 基本方針 as policies and 取組 as measures (施策の方向 is explained in its notes).", "",
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
            "- `docNN.docx`, `docNN.pdf` (LibreOffice) for NN = 81…90; `docNN.html`, `docNN.chromium.pdf` for 83, 86, 88.",
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
