#!/usr/bin/env python3
"""import_blind9 generator: doc101-doc110 (.docx, LibreOffice .pdf, some Chromium .pdf, doc107 .odt.pdf), answer keys, checks, README."""
# Helpers for make.py (import_blind9). Blocks -> .docx (python-docx + raw OOXML) and -> .html.
import html as _html
import re
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor

MINCHO = "ＭＳ 明朝"
GOTHIC = "ＭＳ ゴシック"

PAPER = {"A4": (21.0, 29.7), "A3": (29.7, 42.0)}


def check_digit(five):
    d = [int(c) for c in five]
    s = 6 * d[0] + 5 * d[1] + 4 * d[2] + 3 * d[3] + 2 * d[4]
    return str((11 - s % 11) % 10)


def code(five):
    return five + check_digit(five)


# ---------------------------------------------------------------- blocks
# ("cover", [(text, size, bold)])        cover page lines (centred), followed by a page break
# ("toc", title, [(text, page, indent)]) typed TOC with dot-leader tab
# ("h", level, text)                    heading (style or bold-only, per document option)
# ("p", text, {opts})                   paragraph: bold, indent (cm), first (cm), align, size, keep
#                                       text may contain **bold** runs
# ("pb",)                               page break
# ("sect", {orient, paper, cols, header, footer, pagenum, sidepage})  new section starts here
# ("table", rows, {widths, header, merges, font, shade, center})
#                                       rows: list of list of str; '\n' in a cell = separate paragraphs
#                                       merges: list of (r0, c0, r1, c1)
# ("tbox", text, {fill, size, sub})     banner text box (wps + VML fallback)
# ("sp",)                               empty paragraph


def _set_run_font(run, east=MINCHO, size=None, bold=None, color=None):
    rpr = run._r.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = parse_xml(f'<w:rFonts {nsdecls("w")}/>')
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), east)
    fonts.set(qn("w:ascii"), "Century" if east == MINCHO else "Arial")
    fonts.set(qn("w:hAnsi"), "Century" if east == MINCHO else "Arial")
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def add_runs(par, text, bold=False, size=None, east=None):
    for part in re.split(r"(\*\*.+?\*\*)", text):
        if not part:
            continue
        b = bold
        if part.startswith("**") and part.endswith("**"):
            part, b = part[2:-2], True
        r = par.add_run(part)
        _set_run_font(r, east or (GOTHIC if b else MINCHO), size, b)


def add_page_field(par, fmt="－ {} －", size=9):
    pre, post = fmt.split("{}")
    if pre:
        _set_run_font(par.add_run(pre), size=size)
    for xml in (f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>',
                f'<w:instrText {nsdecls("w")} xml:space="preserve"> PAGE </w:instrText>',
                f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'):
        r = par.add_run()
        r._r.append(parse_xml(xml))
    _set_run_font(par.add_run("1"), size=size)
    r = par.add_run()
    r._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))
    if post:
        _set_run_font(par.add_run(post), size=size)


NS = " ".join([
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
    'xmlns:v="urn:schemas-microsoft-com:vml"',
    'xmlns:o="urn:schemas-microsoft-com:office:office"',
    'xmlns:w10="urn:schemas-microsoft-com:office:word"'])
_sid = [200]


def _tb_paras(lines, size, bold_first=True, align="left", field=False):
    out = []
    for i, t in enumerate(lines):
        b = "<w:b/>" if (bold_first and i == 0) else ""
        sz = int((size if i == 0 else size - 2) * 2)
        rpr = f'<w:rPr><w:rFonts w:eastAsia="{GOTHIC}" w:ascii="Arial" w:hAnsi="Arial"/>{b}<w:sz w:val="{sz}"/></w:rPr>'
        jc = f'<w:jc w:val="{align}"/>' if align != "left" else ""
        if field and t == "{PAGE}":
            runs = (f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>'
                    f'<w:r>{rpr}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
                    f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>'
                    f'<w:r>{rpr}<w:t>1</w:t></w:r><w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>')
        else:
            runs = f'<w:r>{rpr}<w:t xml:space="preserve">{_html.escape(t, quote=False)}</w:t></w:r>'
        out.append(f'<w:p><w:pPr><w:spacing w:before="0" w:after="0"/>{jc}</w:pPr>{runs}</w:p>')
    return "".join(out)


def textbox_run(lines, width_cm, height_cm, fill="DDEBF7", line="2F5597", size=13, page_pos=None,
                align="left", field=False, wrap="topAndBottom"):
    """A run holding a text box. page_pos=(x_cm, y_cm) anchors it to the page, else to the paragraph."""
    _sid[0] += 1
    sid = _sid[0]
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)
    content = _tb_paras(lines, size, align=align, field=field)
    fill_xml = f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>' if fill else '<a:noFill/>'
    ln_xml = (f'<a:ln w="15875"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln>' if line
              else '<a:ln><a:noFill/></a:ln>')
    wps = (f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
           f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>{fill_xml}{ln_xml}</wps:spPr>'
           f'<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>'
           f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>')
    if page_pos:
        ph = f'<wp:positionH relativeFrom="page"><wp:posOffset>{int(page_pos[0]*360000)}</wp:posOffset></wp:positionH>'
        pv = f'<wp:positionV relativeFrom="page"><wp:posOffset>{int(page_pos[1]*360000)}</wp:posOffset></wp:positionV>'
        wrapx = '<wp:wrapNone/>'
        vrel = "page"
    else:
        ph = '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        pv = '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        wrapx = '<wp:wrapTopAndBottom/>'
        vrel = "text"
    anchor = (f'<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="{251660000+sid}" '
              f'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>{ph}{pv}'
              f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>{wrapx}'
              f'<wp:docPr id="{sid}" name="テキスト ボックス {sid}"/><wp:cNvGraphicFramePr/>'
              f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">{wps}</a:graphicData></a:graphic></wp:anchor>')
    w_pt, h_pt = width_cm / 2.54 * 72, height_cm / 2.54 * 72
    stroked = '' if line else 'stroked="f"'
    if page_pos:
        pos = (f'margin-left:{page_pos[0]/2.54*72:.1f}pt;margin-top:{page_pos[1]/2.54*72:.1f}pt;'
               f'mso-position-horizontal-relative:page;mso-position-vertical-relative:page')
        wrapv = '<w10:wrap anchorx="page" anchory="page"/>'
    else:
        pos = 'margin-left:0;margin-top:0;mso-position-horizontal-relative:text;mso-position-vertical-relative:text'
        wrapv = '<w10:wrap type="topAndBottom"/>'
    fb = (f'<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
          f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
          f'<v:shape id="テキスト ボックス {sid}" o:spid="_x0000_s{1024+sid}" type="#_x0000_t202" '
          f'style="position:absolute;{pos};width:{w_pt:.1f}pt;height:{h_pt:.1f}pt;z-index:{sid};visibility:visible" '
          f'fillcolor="#{fill or "FFFFFF"}" strokecolor="#{line or "FFFFFF"}" {stroked}>'
          f'<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox>{wrapv}</v:shape></w:pict>')
    return parse_xml(f'<w:r {NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>{anchor}</w:drawing></mc:Choice>'
                     f'<mc:Fallback>{fb}</mc:Fallback></mc:AlternateContent></w:r>')


def set_cols(section, n):
    sectPr = section._sectPr
    old = sectPr.find(qn("w:cols"))
    if old is not None:
        sectPr.remove(old)
    cols = parse_xml(f'<w:cols {nsdecls("w")} w:num="{n}" w:space="567"/>' if n > 1 else f'<w:cols {nsdecls("w")} w:space="425"/>')
    anchor = None
    for tag in ("w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg", "w:textDirection", "w:bidi", "w:rtlGutter", "w:docGrid"):
        anchor = sectPr.find(qn(tag))
        if anchor is not None:
            break
    if anchor is not None:
        anchor.addprevious(cols)
    else:
        sectPr.append(cols)


def set_page(section, orient="portrait", paper="A4"):
    w, h = PAPER[paper]
    if orient == "landscape":
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(h), Cm(w)
        section.left_margin = section.right_margin = Cm(1.8)
        section.top_margin = section.bottom_margin = Cm(1.8)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(w), Cm(h)
        section.left_margin = section.right_margin = Cm(2.4)
        section.top_margin = Cm(2.5)
        section.bottom_margin = Cm(2.2)


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


class Docx:
    def __init__(self, styles=False, base_size=10.5):
        self.d = Document()
        self.styles = styles
        self.base = base_size
        st = self.d.styles["Normal"]
        st.font.size = Pt(base_size)
        rpr = st.element.get_or_add_rPr()
        f = rpr.find(qn("w:rFonts"))
        if f is None:
            f = parse_xml(f'<w:rFonts {nsdecls("w")}/>')
            rpr.append(f)
        f.set(qn("w:eastAsia"), MINCHO)
        st.paragraph_format.space_after = Pt(2)
        for i in (1, 2, 3):
            hs = self.d.styles[f"Heading {i}"]
            hs.font.color.rgb = RGBColor(0, 0, 0)
            hs.font.size = Pt({1: 15, 2: 12.5, 3: 11}[i])
            hs.font.italic = False
            hr = hs.element.get_or_add_rPr()
            hf = hr.find(qn("w:rFonts"))
            if hf is None:
                hf = parse_xml(f'<w:rFonts {nsdecls("w")}/>')
                hr.insert(0, hf)
            for k in list(hf.attrib):
                del hf.attrib[k]
            hf.set(qn("w:eastAsia"), GOTHIC)
            hf.set(qn("w:ascii"), "Arial")
            hf.set(qn("w:hAnsi"), "Arial")
        sec = self.d.sections[0]
        set_page(sec)
        self.sec_opts = {}

    # header/footer of the current (last) section
    def hf(self, sec, o):
        for attr, key in (("header", "header"), ("footer", "footer")):
            part = getattr(sec, attr)
            part.is_linked_to_previous = False
            p = part.paragraphs[0]
            for r in list(p.runs):
                r._r.getparent().remove(r._r)
            txt = o.get(key)
            if txt is None:
                continue
            if "{PAGE}" in txt:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                add_page_field(p, txt.replace("{PAGE}", "{}"))
            else:
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if key == "header" else WD_ALIGN_PARAGRAPH.CENTER
                if "\t" in txt:
                    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
                    p.paragraph_format.tab_stops.add_tab_stop(sec.page_width - sec.left_margin - sec.right_margin,
                                                              WD_TAB_ALIGNMENT.RIGHT)
                r = p.add_run(txt)
                _set_run_font(r, size=8.5, color="404040")
        if o.get("sidepage"):
            # page number in a text box at the outer edge, vertically centred on the page
            hp = sec.header.paragraphs[0]
            pw = sec.page_width.cm
            ph = sec.page_height.cm
            hp._p.append(textbox_run(["{PAGE}"], 1.0, 1.2, fill=None, line=None, size=10,
                                     page_pos=(pw - 1.5, ph / 2 - 0.6), align="center", field=True))

    def render(self, blocks):
        d = self.d
        first = True
        for b in blocks:
            k = b[0]
            if k == "cover":
                for text, size, bold in b[1]:
                    p = d.add_paragraph()
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    if text == "":
                        p.paragraph_format.space_after = Pt(size)
                        continue
                    add_runs(p, text, bold=bold, size=size, east=GOTHIC if bold else MINCHO)
                    p.paragraph_format.space_after = Pt(6)
                d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            elif k == "toc":
                p = d.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                add_runs(p, b[1], bold=True, size=14)
                width = self.d.sections[-1].page_width - self.d.sections[-1].left_margin - self.d.sections[-1].right_margin
                for text, page, ind in b[2]:
                    p = d.add_paragraph()
                    p.paragraph_format.left_indent = Cm(ind)
                    p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
                    add_runs(p, f"{text}\t{page}", size=10.5)
            elif k == "h":
                lvl, text = b[1], b[2]
                if self.styles:
                    p = d.add_paragraph(style=f"Heading {lvl}")
                    p.add_run(text)
                else:
                    p = d.add_paragraph()
                    add_runs(p, text, bold=True, size={1: 15, 2: 12.5, 3: 11}[lvl])
                    p.paragraph_format.space_before = Pt(10 if lvl == 1 else 6)
                    p.paragraph_format.keep_with_next = True
                if lvl == 1 and len(b) > 3 and b[3].get("border"):
                    p._p.get_or_add_pPr().append(parse_xml(
                        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="12" w:space="1" w:color="2F5597"/></w:pBdr>'))
            elif k == "p":
                o = b[2] if len(b) > 2 else {}
                p = d.add_paragraph()
                add_runs(p, b[1], bold=o.get("bold", False), size=o.get("size"))
                pf = p.paragraph_format
                if o.get("indent") is not None:
                    pf.left_indent = Cm(o["indent"])
                if o.get("first") is not None:
                    pf.first_line_indent = Cm(o["first"])
                if o.get("align") == "center":
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                if o.get("align") == "right":
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                if o.get("keep") or o.get("bold"):
                    pf.keep_with_next = True
            elif k == "sp":
                d.add_paragraph()
            elif k == "pb":
                d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            elif k == "sect":
                o = b[1]
                if first:
                    sec = d.sections[0]
                else:
                    sec = d.add_section(WD_SECTION.NEW_PAGE if not o.get("continuous") else WD_SECTION.CONTINUOUS)
                set_page(sec, o.get("orient", "portrait"), o.get("paper", "A4"))
                set_cols(sec, o.get("cols", 1))
                self.hf(sec, o)
            elif k == "table":
                self.table(b[1], b[2] if len(b) > 2 else {})
            elif k == "tbox":
                o = b[2] if len(b) > 2 else {}
                p = d.add_paragraph()
                lines = [b[1]] + ([o["sub"]] if o.get("sub") else [])
                sec = d.sections[-1]
                wcm = (sec.page_width - sec.left_margin - sec.right_margin) / 360000
                ncols = o.get("cols", 1)
                if ncols > 1:
                    wcm = (wcm - 1.0 * (ncols - 1)) / ncols
                p._p.append(textbox_run(lines, wcm, o.get("height", 1.1 if len(lines) == 1 else 1.8),
                                        fill=o.get("fill", "DDEBF7"), size=o.get("size", 13)))
            first = False

    def table(self, rows, o):
        d = self.d
        ncol = max(len(r) for r in rows)
        t = d.add_table(rows=len(rows), cols=ncol)
        t.style = "Table Grid"
        font = o.get("font", 9)
        widths = o.get("widths")
        hdr = o.get("header", 1)
        skip = set()
        for (r0, c0, r1, c1) in o.get("merges", []):
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    if (r, c) != (r0, c0):
                        skip.add((r, c))
        for ri, row in enumerate(rows):
            for ci in range(ncol):
                cell = t.cell(ri, ci)
                if widths:
                    cell.width = Cm(widths[ci])
                if (ri, ci) in skip:
                    continue
                txt = row[ci] if ci < len(row) else ""
                paras = txt.split("\n")
                cell.paragraphs[0].text = ""
                for pi, ptxt in enumerate(paras):
                    p = cell.paragraphs[0] if pi == 0 else cell.add_paragraph()
                    p.paragraph_format.space_after = Pt(0)
                    add_runs(p, ptxt, bold=(ri < hdr), size=font)
                    if ri < hdr or ci in o.get("center", ()):
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                if ri < hdr:
                    shade(cell, o.get("shade", "D9E2F3"))
                elif o.get("rowshade") and ri in o["rowshade"]:
                    shade(cell, "F2F2F2")
        if widths:
            grid = t._tbl.tblGrid
            for gc, wcm in zip(grid.findall(qn("w:gridCol")), widths):
                gc.set(qn("w:w"), str(int(wcm * 567)))
            tblPr = t._tbl.tblPr
            for old in tblPr.findall(qn("w:tblW")):
                tblPr.remove(old)
            tblPr.append(parse_xml(f'<w:tblW {nsdecls("w")} w:w="{int(sum(widths) * 567)}" w:type="dxa"/>'))
            tblPr.append(parse_xml(f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>'))
        for (r0, c0, r1, c1) in o.get("merges", []):
            a = t.cell(r0, c0)
            a.merge(t.cell(r1, c1))
        if hdr:
            for ri in range(hdr):
                trPr = t.rows[ri]._tr.get_or_add_trPr()
                trPr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
        d.add_paragraph().paragraph_format.space_after = Pt(2)

    def save(self, path):
        self.d.save(path)


# ---------------------------------------------------------------- HTML
def inline(text):
    t = _html.escape(text, quote=False)
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)


BASE_CSS = """
@page{size:A4;margin:20mm 18mm}
@page land{size:A4 landscape;margin:15mm 15mm}
.land{page:land}
body{font-family:'Noto Serif CJK JP','Noto Sans CJK JP',serif;font-size:10.5pt;line-height:1.6;color:#111}
h1{font-family:'Noto Sans CJK JP',sans-serif;font-size:15pt;margin:14pt 0 6pt}
h2{font-family:'Noto Sans CJK JP',sans-serif;font-size:12.5pt;margin:10pt 0 4pt}
h3{font-family:'Noto Sans CJK JP',sans-serif;font-size:11pt;margin:8pt 0 3pt}
p{margin:2pt 0}
table{border-collapse:collapse;width:100%;margin:4pt 0 8pt;font-size:9pt}
td,th{border:0.6pt solid #333;padding:2pt 4pt;vertical-align:top}
th{background:#d9e2f3}
thead{display:table-header-group}
tr{break-inside:avoid}
.cover{height:200mm;text-align:center;padding-top:40mm;break-after:page}
.cover p{margin:8pt 0}
.toc p{display:flex}
.toc p span.l{flex:1;border-bottom:1px dotted #555;margin:0 4pt 5pt}
.box{border:1.2pt solid #2f5597;background:#ddebf7;font-family:'Noto Sans CJK JP',sans-serif;font-weight:bold;font-size:13pt;padding:4pt 8pt;margin:10pt 0 6pt}
.pb{break-after:page}
"""


def to_html(blocks, title, css_extra="", body_class=""):
    out = []
    open_cols = [False]

    def close_cols():
        if open_cols[0]:
            out.append("</div>")
            open_cols[0] = False
    prev = None
    for b in blocks:
        k = b[0]
        if k == "cover":
            out.append('<div class="cover">')
            for text, size, bold in b[1]:
                if text == "":
                    out.append(f'<div style="height:{size}pt"></div>')
                else:
                    out.append(f'<p style="font-size:{size}pt;{"font-weight:bold;" if bold else ""}">{inline(text)}</p>')
            out.append("</div>")
        elif k == "toc":
            out.append(f'<div class="toc pb"><h2 style="text-align:center">{inline(b[1])}</h2>')
            for text, page, ind in b[2]:
                out.append(f'<p style="margin-left:{ind}cm"><span>{inline(text)}</span><span class="l"></span><span>{page}</span></p>')
            out.append("</div>")
        elif k == "h":
            out.append(f"<h{b[1]}>{inline(b[2])}</h{b[1]}>")
        elif k == "p":
            o = b[2] if len(b) > 2 else {}
            st = ""
            if o.get("indent"):
                st += f"margin-left:{o['indent']}cm;"
            if o.get("first"):
                st += f"text-indent:{o['first']}cm;"
            if o.get("align"):
                st += f"text-align:{o['align']};"
            if o.get("bold"):
                st += "font-weight:bold;font-family:'Noto Sans CJK JP',sans-serif;"
            out.append(f'<p style="{st}">{inline(b[1])}</p>')
        elif k == "sp":
            out.append("<p>&nbsp;</p>")
        elif k == "pb":
            if prev not in ("cover", "toc"):
                out.append('<div class="pb"></div>')
        elif k == "sect":
            close_cols()
            o = b[1]
            cls = "land" if o.get("orient") == "landscape" else "port"
            cstyle = f'column-count:{o["cols"]};column-gap:8mm;' if o.get("cols", 1) > 1 else ""
            if out and not o.get("continuous"):
                cstyle += "break-before:page;"
            out.append(f'<div class="{cls}" style="{cstyle}">')
            open_cols[0] = True
        elif k == "table":
            rows, o = b[1], (b[2] if len(b) > 2 else {})
            hdr = o.get("header", 1)
            span = {}
            skip = set()
            for (r0, c0, r1, c1) in o.get("merges", []):
                span[(r0, c0)] = (r1 - r0 + 1, c1 - c0 + 1)
                for r in range(r0, r1 + 1):
                    for c in range(c0, c1 + 1):
                        if (r, c) != (r0, c0):
                            skip.add((r, c))
            out.append("<table>")
            for ri, row in enumerate(rows):
                if ri == 0 and hdr:
                    out.append("<thead>")
                if ri == hdr:
                    out.append("<tbody>")
                out.append("<tr>")
                for ci, txt in enumerate(row):
                    if (ri, ci) in skip:
                        continue
                    tag = "th" if ri < hdr else "td"
                    rs, cs = span.get((ri, ci), (1, 1))
                    attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
                    if ci in o.get("center", ()):
                        attrs += ' style="text-align:center"'
                    cell = "<br>".join(inline(x) for x in txt.split("\n"))
                    out.append(f"<{tag}{attrs}>{cell}</{tag}>")
                out.append("</tr>")
                if ri == hdr - 1:
                    out.append("</thead>")
            out.append("</tbody></table>")
        elif k == "tbox":
            o = b[2] if len(b) > 2 else {}
            sub = f'<div style="font-size:10pt;font-weight:normal">{inline(o["sub"])}</div>' if o.get("sub") else ""
            out.append(f'<div class="box">{inline(b[1])}{sub}</div>')
        prev = k
    close_cols()
    return (f'<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>{_html.escape(title)}</title>'
            f'<style>{BASE_CSS}{css_extra}</style></head><body class="{body_class}">' + "\n".join(out) + "</body></html>")
# Documents doc101 - doc104

ITEMS = [("kanmin/online", "online"), ("kanmin/opendata", "opendata"), ("kanmin/mynumber", "mynumber"),
         ("kanmin/divide", "divide"), ("kanmin/bpr", "bpr"), ("dx/standardization", "std"),
         ("dx/mynumber", "mynumber"), ("dx/online", "online"), ("dx/ai-rpa", "airpa"),
         ("dx/telework", "telework"), ("dx/security", "security"), ("dx/community", "community"),
         ("dx/divide", "divide")]


def M(title, desc, tags=""):
    return {"title": title, "desc": desc, "tags": tags.split()}


def TOCLINE():
    pass


# =====================================================================================
# doc101 浅茅原町 — two plans in one document, measures ⑴…⑿ numbered across both parts
# =====================================================================================
def doc101():
    town, cd = "浅茅原町", code("09861")
    nums = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿"
    P1 = [
        ("行政手続のデジタル化による住民サービスの向上", [
            M("行政手続のオンライン化の推進",
              "子育て・介護関係の手続や罹災証明書の交付申請など、住民の利用頻度が高い手続から順次、マイナポータル（ぴったりサービス）及び栃木県電子申請システムによるオンライン申請を可能とします。令和１０年度までに、申請件数の多い上位５０手続のオンライン化を完了します。", "online"),
            M("マイナンバーカードの取得促進と利活用",
              "休日・夜間の臨時交付窓口や事業所・地区公民館への出張申請受付を継続するとともに、証明書のコンビニ交付や図書館利用カードとしての活用など、カードを持つ利点を広げます。", "mynumber"),
            M("キャッシュレス決済の導入拡大",
              "窓口での各種手数料や施設使用料について、クレジットカード・電子マネー・コード決済による支払いを可能とします。"),
            M("書かない窓口の導入",
              "本人確認書類の読み取りにより申請書を自動作成する仕組みを住民課窓口に導入し、来庁者の記入の手間を減らします。"),
        ]),
        ("データを活かした効率的な行政運営", [
            M("業務プロセスの見直しと情報システムの最適化",
              "業務量調査により手順の重複や紙の回覧を洗い出し、業務フローを見直した上で、必要なシステムを整理・統合します。見直しは全課を対象に、年度ごとに重点業務を定めて進めます。", "bpr"),
            M("保有データの棚卸しとオープンデータ公開の検討",
              "庁内で保有するデータの種類と所在を把握するための棚卸しを行い、公開可能なデータの範囲や公開方法について検討します。", "opendata?"),
            M("基幹系システムの標準化・共通化",
              "住民基本台帳、税、国民健康保険、福祉など２０業務のシステムを、国が定める標準仕様に準拠したシステムへ移行し、ガバメントクラウドを活用します。", "std"),
        ]),
        ("誰もがデジタルの恩恵を受けられる地域づくり", [
            M("スマートフォン教室の開催",
              "高齢者を主な対象に、スマートフォンの基本操作やマイナポータルの使い方を学ぶ教室を各地区で開催します。", "divide"),
            M("窓口におけるデジタル支援体制の整備",
              "役場庁舎にデジタル相談コーナーを設け、オンライン申請の操作に不安のある方を職員が補助します。", "divide"),
            M("デジタル人材の育成",
              "職員の階層別研修にデジタル分野の科目を設け、各課にデジタル推進リーダーを配置します。"),
        ]),
    ]
    P2 = ("重点取組事項に係る追加の施策", [
        M("AI・RPAの活用による業務の効率化",
          "会議録作成へのAI音声認識の導入、給与・会計等の定型業務へのRPAの適用を進め、削減した時間を相談業務等に振り向けます。", "airpa"),
        M("情報セキュリティ対策の徹底",
          "情報セキュリティポリシーを国のガイドラインの改定に合わせて見直し、全職員を対象とした研修と標的型攻撃メール訓練を毎年度実施します。", "security"),
    ])
    policies = P1 + [P2]
    # number measures continuously
    i = 0
    for _, ms in policies:
        for m in ms:
            m["no"] = nums[i]
            i += 1
    title = "浅茅原町デジタル推進計画"
    B = []
    B.append(("sect", {"header": None, "footer": None}))
    B.append(("cover", [("", 80, False), (title, 24, True),
                        ("～浅茅原町官民データ活用推進計画・浅茅原町ＤＸ推進計画～", 13, False), ("", 40, False),
                        ("令和８年３月", 14, False), ("", 160, False), (town, 18, True)]))
    B.append(("toc", "目　次", [
        ("第１部　浅茅原町官民データ活用推進計画", "", 0), ("第１章　計画の策定にあたって", "1", 0.5),
        ("第２章　本町の現状と課題", "3", 0.5), ("第３章　基本方針と施策", "5", 0.5),
        ("第２部　浅茅原町ＤＸ推進計画", "", 0), ("第１章　ＤＸ推進計画の位置付け", "10", 0.5),
        ("第２章　重点取組事項と本町の施策", "11", 0.5), ("第３章　推進体制", "13", 0.5),
        ("資料　用語の解説", "14", 0)]))
    # ---- part 1
    B.append(("sect", {"header": f"{title}　第１部　官民データ活用推進計画", "footer": "－ {PAGE} －"}))
    B.append(("h", 1, "第１部　浅茅原町官民データ活用推進計画"))
    B.append(("h", 2, "第１章　計画の策定にあたって"))
    B.append(("h", 3, "１　策定の趣旨"))
    B.append(("p", "人口減少と少子高齢化が進む中、本町が将来にわたって質の高い行政サービスを提供し続けるためには、デジタル技術とデータを積極的に活用し、業務の在り方そのものを見直していく必要があります。本町はこれまで「浅茅原町地域情報化計画」（令和元年度～令和７年度）に基づき、庁内ネットワークの更新やホームページの改修などを進めてきました。", {"first": 0.35}))
    B.append(("p", "本書は、官民データ活用推進基本法第９条第３項に基づく「市町村官民データ活用推進計画」（第１部）と、総務省「自治体デジタル・トランスフォーメーション（ＤＸ）推進計画」を踏まえた本町の取組を示す「浅茅原町ＤＸ推進計画」（第２部）を一体として策定するものです。第２部では、第１部に掲げる施策のうち国の重点取組事項に該当するものを再掲し、不足する取組を追加しています。", {"first": 0.35}))
    B.append(("h", 3, "２　計画期間"))
    B.append(("p", "本計画の期間は、令和８年度から令和12年度までの５年間とします。なお、社会情勢や技術動向の変化に応じて、必要な見直しを行います。", {"first": 0.35}))
    B.append(("h", 2, "第２章　本町の現状と課題"))
    B.append(("h", 3, "１　国・県の動向"))
    B.append(("p", "国は「デジタル社会の実現に向けた重点計画」において、行政手続のオンライン化、テレワークの推進、光ファイバや５Ｇなどの情報通信基盤の整備を掲げています。栃木県においても、県内市町と連携した電子申請システムの共同利用やＲＰＡの共同調達が進められています。", {"first": 0.35}))
    B.append(("h", 3, "２　本町の現状"))
    B.append(("p", "令和７年12月末時点で、本町のマイナンバーカード保有率は78.4％、オンラインで申請できる手続は37件にとどまっています。町民アンケートでは、60歳以上の約４割が「スマートフォンの操作に不安がある」と回答しました。町内の光ファイバ整備率は99％に達しており、通信基盤はおおむね整っています。", {"first": 0.35}))
    B.append(("h", 3, "３　課題"))
    for t in ["・来庁しなければ完了しない手続が多く、住民の負担となっている。",
              "・職員数が減少する中で、紙と押印を前提とした事務処理が残っている。",
              "・デジタル機器の利用に不安を持つ住民への支援が十分ではない。"]:
        B.append(("p", t, {"indent": 0.35}))
    B.append(("h", 2, "第３章　基本方針と施策"))
    B.append(("p", "第２章で整理した課題を踏まえ、次の３つの基本方針のもとに施策を展開します。施策番号は第２部と共通です。", {"first": 0.35}))
    for pi, (pt, ms) in enumerate(P1, 1):
        B.append(("h", 3, f"基本方針{'１２３'[pi-1]}　{pt}"))
        for m in ms:
            B.append(("p", f"{m['no']}　{m['title']}", {"bold": True, "indent": 0.35}))
            B.append(("p", m["desc"], {"indent": 0.9, "first": 0.35}))
    # ---- part 2
    B.append(("sect", {"header": f"{title}　第２部　ＤＸ推進計画", "footer": "－ {PAGE} －"}))
    B.append(("h", 1, "第２部　浅茅原町ＤＸ推進計画"))
    B.append(("h", 2, "第１章　ＤＸ推進計画の位置付け"))
    B.append(("p", "総務省は令和２年12月に「自治体デジタル・トランスフォーメーション（ＤＸ）推進計画」を策定し、自治体が重点的に取り組むべき事項を示しました。本町では、同計画の重点取組事項ごとに本町の施策を対応付け、取組の漏れがないよう進行管理を行います。計画期間は第１部と同じく令和８年度から令和12年度までとします。", {"first": 0.35}))
    B.append(("h", 2, "第２章　重点取組事項と本町の施策"))
    B.append(("h", 3, "１　重点取組事項との対応"))
    rows = [["国の重点取組事項等", "対応する本町の施策", "備考"],
            ["自治体の情報システムの標準化・共通化", "⑺　基幹系システムの標準化・共通化（再掲）", "令和７年度末までの移行が困難なシステムは特定移行支援システムとして移行"],
            ["マイナンバーカードの普及促進", "⑵　マイナンバーカードの取得促進と利活用（再掲）", ""],
            ["自治体の行政手続のオンライン化", "⑴　行政手続のオンライン化の推進（再掲）", ""],
            ["自治体のＡＩ・ＲＰＡの利用推進", "⑾　AI・RPAの活用による業務の効率化", "第２部で追加"],
            ["テレワークの推進", "－", "窓口業務が中心であることから、本計画期間中は対象としない"],
            ["セキュリティ対策の徹底", "⑿　情報セキュリティ対策の徹底", "第２部で追加"],
            ["地域社会のデジタル化", "－", "光ファイバ整備は完了済み"],
            ["デジタルデバイド対策", "⑻　スマートフォン教室の開催（再掲）\n⑼　窓口におけるデジタル支援体制の整備（再掲）", ""]]
    B.append(("table", rows, {"widths": [4.8, 6.4, 5.0], "font": 9}))
    B.append(("h", 3, "２　重点取組事項に係る追加の施策"))
    B.append(("p", "第１部の施策に加え、国の重点取組事項に対応するため、次の施策を実施します。", {"first": 0.35}))
    for m in P2[1]:
        B.append(("p", f"{m['no']}　{m['title']}", {"bold": True, "indent": 0.35}))
        B.append(("p", m["desc"], {"indent": 0.9, "first": 0.35}))
    B.append(("h", 2, "第３章　推進体制"))
    B.append(("p", "副町長を最高情報責任者（ＣＩＯ）とし、各課長で構成する浅茅原町デジタル推進本部において、毎年度、施策の進捗を確認します。外部の専門人材をＣＩＯ補佐官として任用し、助言を受けます。", {"first": 0.35}))
    B.append(("sect", {"header": f"{title}　資料", "footer": "－ {PAGE} －"}))
    B.append(("h", 1, "資料　用語の解説"))
    B.append(("table", [["用語", "解説"],
                        ["テレワーク", "情報通信技術を活用した、場所や時間にとらわれない柔軟な働き方。"],
                        ["オープンデータ", "機械判読に適した形式で、二次利用が可能なルールの下で公開されたデータ。"],
                        ["ＲＰＡ", "パソコン上の定型的な操作を自動化するソフトウェア。"]], {"widths": [3.5, 12.7]}))
    B.append(("sp",))
    B.append(("p", f"{title}　令和８年３月発行", {"align": "right", "size": 9}))
    B.append(("p", f"編集・発行　浅茅原町総合政策課（栃木県浅茅原町　{cd}）", {"align": "right", "size": 9}))
    key = {
        "notes": [
            "Two plans in one document: 第1部 (官民データ活用推進計画) holds 基本方針1–3 and measures ⑴–⑽; 第2部 (DX推進計画) maps the national 重点取組事項 to those measures as 再掲 in a table and adds ⑾ ⑿ under the heading 「２　重点取組事項に係る追加の施策」, keyed as a fourth policy (alternative: attach ⑾ ⑿ to no policy, or to 基本方針2). The 再掲 rows in the 第2部 table must NOT create duplicate measures.",
            "Measures are numbered with the parenthesized-digit characters ⑴…⑿ (U+2474…U+247F), continuously across both parts; NFKC turns them into (1)…(12).",
            "Running header changes per section (第1部 / 第2部 / 資料); the TOC has part lines without page numbers. Code 098612 only in the 奥付 on the last page, in parentheses after the town name.",
            "telework missing: the 第2部 table says 「本計画期間中は対象としない」. community missing: 「光ファイバ整備は完了済み」 in the table and the 現状 only. opendata partial: ⑹ is only a 棚卸し and a 検討 of publication.",
            "Background distractors: 国の動向 names テレワーク, 光ファイバ, ５Ｇ, ＲＰＡ; previous plan 令和元年度～令和７年度 (period is 令和8～12年度).",
            "⑶ キャッシュレス決済, ⑷ 書かない窓口 and ⑽ デジタル人材の育成 map to no item (書かない窓口 is not online application).",
        ]}
    return dict(id="doc101", town=town, code=cd, period=(2026, 2030), policies=policies, blocks=B,
                styles=True, title=title, key=key,
                shapes="Heading 1/2/3 styles; two plans in one document (第1部 官民データ活用推進計画, 第2部 DX推進計画); measures as bold lines numbered ⑴…⑿ (U+2474…, continuous across both parts) with indented description; 第2部 maps national items to measures as 再掲 in a table and adds ⑾⑿; per-section running headers (第1部/第2部/資料); typed TOC with part lines without page numbers",
                hard="再掲 rows must not duplicate measures; ⑾⑿ policy is a 第2部 heading; telework/community dismissed only in the mapping table; ⑴ characters NFKC to (1)")


# =====================================================================================
# doc102 柚木野市 — landscape table, first column merged per policy, multi-measure cells 1) 2)
# =====================================================================================
def doc102():
    town, cd = "柚木野市", code("10893")
    title = "柚木野市デジタル・トランスフォーメーション推進計画"
    policies = [
        ("行政サービスのデジタル化", [
            M("電子申請の対象手続の拡大", "群馬県電子申請システムとマイナポータルを活用し、子育て・介護・転出等の手続をオンライン化", "online"),
            M("マイナンバーカードの交付体制の充実", "休日開庁、出張申請、企業・学校での一括申請受付を実施", "mynumber"),
            M("窓口手続のワンストップ化", "ライフイベントに伴う手続を一つの窓口で完結"),
        ]),
        ("行政内部のデジタル化", [
            M("基幹業務システムの標準化対応", "20業務の標準準拠システムへの移行とガバメントクラウドの利用", "std"),
            M("RPA・生成AIの導入拡大", "定型業務へのRPA適用、生成AIの利用ガイドライン策定と全庁利用", "airpa"),
            M("文書管理・電子決裁システムの導入と業務改善", "起案から保存までの電子化に合わせ、決裁区分と事務手順を見直し", "bpr"),
            M("テレワークの試行", "情報政策課・企画課の職員を対象に在宅勤務を試行し、課題を整理", "telework?"),
        ]),
        ("地域社会のデジタル化", [
            M("高齢者等へのデジタル活用支援", "公民館でのスマホ講座、携帯電話事業者と連携した相談会", "divide"),
            M("公共施設への公衆無線LANの整備", "避難所となる小中学校体育館・公民館に公衆無線LANを整備", "community"),
            M("地域事業者のデジタル化支援", "商工会と連携し、中小事業者のキャッシュレス・EC導入を支援", "community"),
        ]),
    ]
    for _, ms in policies:
        for i, m in enumerate(ms, 1):
            m["no"] = f"{i})"
    B = []
    B.append(("sect", {"header": None, "footer": None}))
    B.append(("cover", [("", 90, False), (title, 20, True), ("（2026年度～2029年度）", 13, False), ("", 60, False),
                        ("2026年（令和8年）3月", 13, False), ("", 150, False), (town, 18, True)]))
    B.append(("sect", {"header": title, "footer": "{PAGE}"}))
    B.append(("h", 1, "1　計画の概要"))
    B.append(("h", 2, "(1)　計画策定の目的"))
    B.append(("p", "本市では、2021年度に「柚木野市情報化推進方針」を定め、庁内のデジタル化を進めてきました。一方で、2025年度末を期限とする基幹業務システムの標準化や、オンライン手続の拡大など、取り組むべき課題は増えています。本計画は、市民の利便性向上と行政運営の効率化を両立させるため、今後4年間に取り組む施策を定めるものです。", {"first": 0.35}))
    B.append(("h", 2, "(2)　計画の位置付け"))
    B.append(("p", "本計画は、官民データ活用推進基本法第9条第3項に規定する市町村官民データ活用推進計画として位置付けるとともに、「第6次柚木野市総合計画」（2021年度～2030年度）の分野別計画とします。", {"first": 0.35}))
    B.append(("h", 2, "(3)　計画期間"))
    B.append(("p", "2026（令和8）年度から2029（令和11）年度までの4年間とします。", {"first": 0.35}))
    B.append(("h", 1, "2　現状と課題"))
    B.append(("p", "市の電子申請は2025年度に約4,200件の利用があり、前年度から1.6倍に増加しました。一方、庁内アンケートでは「紙の決裁に時間がかかる」との回答が62％に上りました。国のガイドラインではクラウドサービスの利用やゼロトラストの考え方に基づくセキュリティ対策が示されていますが、本市のセキュリティポリシーは2019年度の改定以降見直されていません。市ホームページでは統計書をPDFで掲載していますが、オープンデータとしての公開は行っていません。", {"first": 0.35}))
    B.append(("h", 1, "3　施策の体系と内容"))
    B.append(("p", "3つの施策分野ごとに、以下の施策に取り組みます（施策番号は分野ごとの通し番号です）。", {"first": 0.35}))
    # landscape section with the merged-first-column table
    B.append(("sect", {"orient": "landscape", "header": title + "　3　施策の体系と内容", "footer": "{PAGE}"}))
    rows = [["施策分野", "施策", "主な内容", "担当課"]]
    merges = []
    splits = {0: [2, 1], 1: [2, 2], 2: [1, 2]}
    depts = {0: ["市民課\n情報政策課", "市民課"], 1: ["情報政策課\n税務課", "総務課\n情報政策課"], 2: ["長寿福祉課", "情報政策課\n商工観光課"]}
    for pi, (pt, ms) in enumerate(policies):
        r0 = len(rows)
        k = 0
        for gi, n in enumerate(splits[pi]):
            grp = ms[k:k + n]
            k += n
            rows.append([pt, "\n".join(f"{m['no']} {m['title']}" for m in grp),
                         "\n".join(f"{m['no']} {m['desc']}" for m in grp), depts[pi][gi]])
        merges.append((r0, 0, len(rows) - 1, 0))
    B.append(("table", rows, {"widths": [3.6, 7.4, 11.6, 3.4], "font": 9.5, "merges": merges}))
    B.append(("h", 2, "年度別工程表"))
    sched = {"online": "●●●●", "mynumber": "●●●●", "": "　●●●", "std": "●●　　", "airpa": "●●●●", "bpr": "　●●●",
             "telework?": "●●　　", "divide": "●●●●", "community": "　●●●"}
    rows = [["施策分野", "施策", "2026年度", "2027年度", "2028年度", "2029年度"]]
    merges = []
    for pt, ms in policies:
        r0 = len(rows)
        for m in ms:
            s = sched.get(m["tags"][0] if m["tags"] else "", "●●●●")
            rows.append([pt, f"{m['no']} {m['title']}"] + [("●" if c == "●" else "") for c in s])
        merges.append((r0, 0, len(rows) - 1, 0))
    B.append(("table", rows, {"widths": [4.0, 9.2, 3.2, 3.2, 3.2, 3.2], "font": 9, "merges": merges, "center": (2, 3, 4, 5)}))
    B.append(("p", "●：実施　（テレワークの試行は2027年度までに検証を終え、その後の取扱いを判断します。）", {"size": 9}))
    B.append(("sect", {"header": title, "footer": "{PAGE}"}))
    B.append(("h", 1, "4　推進体制と進行管理"))
    B.append(("p", "市長を本部長とする柚木野市DX推進本部を設置し、副市長を最高情報責任者（CIO）とします。各施策の進捗は年度ごとに評価し、推進本部に報告します。情報セキュリティについては、別に定める柚木野市情報セキュリティポリシーに基づき、CISOの下で運用します。", {"first": 0.35}))
    B.append(("h", 1, "5　用語集"))
    B.append(("table", [["用語", "意味"],
                        ["オープンデータ", "国、地方公共団体及び事業者が保有する官民データのうち、誰もがインターネット等を通じて容易に利用できるよう公開されたデータ"],
                        ["ガバメントクラウド", "政府共通のクラウドサービスの利用環境"],
                        ["ゼロトラスト", "全ての通信を信頼しないことを前提に、都度検証を行うセキュリティの考え方"]], {"widths": [3.5, 12.8]}))
    key = {"notes": [
        "Measures exist ONLY in a landscape-section table 施策分野｜施策｜主な内容｜担当課 whose first column is vertically merged per policy (each policy spans 2 rows). Each 施策 cell holds one or two measures as separate paragraphs numbered 1) 2) 3) 4) (restarting per 分野, continuing across the two rows), and the 主な内容 cell lists the matching descriptions with the same 1) 2) numbers; 担当課 cells are multi-line too.",
        "Section breaks portrait → landscape → portrait; the 年度別工程表 (● per year, 2026–2029) repeats every measure title with its number — not new measures.",
        "opendata missing (only 現状: statistics as PDF, and the 用語集). security missing: the 現状 says the policy has not been revised and 推進体制 refers to a separate ポリシー — no measure. telework partial: a 試行 for two divisions only.",
        "community covered by the 公衆無線LAN and 地域事業者 measures; 窓口手続のワンストップ化 maps to no item (not online).",
        "Period written 2026（令和8）年度から2029（令和11）年度 (4 years); distractors 2021 方針 and 総合計画 2021–2030.",
    ]}
    return dict(id="doc102", town=town, code=None, period=(2026, 2029), policies=policies, blocks=B, styles=False,
                title=title, key=key, html=True,
                shapes="bold-only headings with typed half-width numbers (1, (1)); portrait → landscape → portrait section breaks; measures only in a landscape table with the 施策分野 column merged per policy and multi-paragraph cells holding one or two measures each, numbered 1) 2) … per 分野; 年度別工程表 with ● per year repeating the measures; no code",
                hard="several measures per table cell; titles must be split by paragraph and stripped of 1); 工程表 repeats titles; no 団体コード")


# =====================================================================================
# doc103 朱鷺野町 — policy headings as text boxes; measures ア イ ウ; header with 第N章 per section
# =====================================================================================
def doc103():
    town, cd = "朱鷺野町", code("15884")
    title = "朱鷺野町ＤＸ推進計画"
    policies = [
        ("安心で便利な行政サービスの実現", [
            M("電子申請サービスの拡充", "新潟県と県内市町村で共同利用している電子申請システムを活用し、各種証明書の交付申請、補助金の申請、イベントの参加申込みなどをオンラインで行えるようにします。令和１０年度までに、町民の利用が多い手続の８割以上をオンライン化します。", "online"),
            M("マイナンバーカードの普及と利活用の推進", "カードの申請支援を継続するとともに、住民票の写し等のコンビニ交付、健康保険証としての利用に関する周知を行い、カードを使う場面を増やします。", "mynumber"),
            M("公金収納のキャッシュレス化", "町税や保育料等の納付について、スマートフォン決済アプリによる支払いに対応します。"),
        ]),
        ("効率的で安全な行財政運営", [
            M("標準準拠システムへの円滑な移行", "住民記録、税務、福祉等の基幹業務システムを標準準拠システムへ移行します。移行後はガバメントクラウドの運用経費の推移を把握し、適正化に努めます。", "std"),
            M("庁内ネットワークのセキュリティ強化", "情報セキュリティポリシーを改定し、多要素認証の導入、端末の監視、全職員向けの研修と訓練を実施します。", "security"),
            M("場所にとらわれない働き方の実現", "持ち運びのできる業務端末とリモートアクセス環境を整備し、全職員を対象にテレワーク制度を導入します。", "telework"),
        ]),
        ("町民に寄り添うデジタル化", [
            M("オープンデータの公開と利活用", "人口、施設一覧、避難所、ＡＥＤ設置場所など推奨データセットに沿ったデータを公開し、毎年度更新します。", "opendata"),
            M("デジタル活用に関する相談体制の検討", "スマートフォン等の操作に不安のある町民が気軽に相談できる場の設置について、社会福祉協議会と協議しながら検討を進めます。", "divide?"),
        ]),
    ]
    for _, ms in policies:
        for m, k in zip(ms, "アイウエ"):
            m["no"] = k
    B = []
    B.append(("sect", {"header": None, "footer": None}))
    B.append(("cover", [("", 100, False), (title, 26, True), ("令和８年度～令和１０年度", 14, False), ("", 80, False),
                        ("令和８年３月", 13, False), (town, 18, True), (f"（地方公共団体コード　{cd}）", 10, False)]))
    B.append(("sect", {"header": f"{title}\t第１章　計画の基本的事項", "footer": "－{PAGE}－"}))
    B.append(("h", 1, "第１章　計画の基本的事項"))
    B.append(("h", 2, "１　計画策定の背景と目的"))
    B.append(("p", "国は「デジタル社会の実現に向けた重点計画」を毎年度改定し、行政のデジタル化を加速させています。近隣の自治体では、ＲＰＡやＡＩ－ＯＣＲによる業務の自動化、窓口業務の見直しによる待ち時間の短縮などの成果が報告されています。本町においても、限られた職員で行政サービスの水準を維持するため、デジタル技術の活用を計画的に進めることとし、本計画を策定します。", {"first": 0.35}))
    B.append(("h", 2, "２　計画の位置付けと期間"))
    B.append(("p", "本計画は、官民データ活用推進基本法に基づく市町村官民データ活用推進計画を兼ねるものとします。計画期間は、令和８年度から令和１０年度までの３年間とします。", {"first": 0.35}))
    B.append(("sect", {"header": f"{title}\t第２章　現状と課題", "footer": "－{PAGE}－"}))
    B.append(("h", 1, "第２章　現状と課題"))
    B.append(("p", "町の人口は令和７年１０月１日現在で８，９１２人、高齢化率は４１．３％です。職員アンケートでは、「業務の見直しが必要だが時間が取れない」との回答が５割を超えました。業務の棚卸しや手順の見直しについては、標準化への対応が一段落した後に改めて検討する必要があります。", {"first": 0.35}))
    B.append(("p", "町内の携帯電話の不感地域は解消されており、光ファイバも全域で利用可能です。", {"first": 0.35}))
    B.append(("sect", {"header": f"{title}\t第３章　施策の展開", "footer": "－{PAGE}－"}))
    B.append(("h", 1, "第３章　施策の展開"))
    B.append(("p", "本計画では、次の３つの基本目標を掲げ、施策を展開します。", {"first": 0.35}))
    for pi, (pt, ms) in enumerate(policies, 1):
        B.append(("tbox", f"基本目標{'１２３'[pi-1]}　{pt}", {"fill": "E2EFDA", "size": 13}))
        for m in ms:
            B.append(("p", f"{m['no']}　{m['title']}", {"bold": True}))
            B.append(("p", m["desc"], {"indent": 0.7, "first": 0.35}))
    B.append(("sect", {"header": f"{title}\t第４章　計画の推進", "footer": "－{PAGE}－"}))
    B.append(("h", 1, "第４章　計画の推進"))
    B.append(("p", "町長を本部長、副町長をＣＩＯとする朱鷺野町ＤＸ推進本部において進捗を管理し、ＰＤＣＡサイクルにより毎年度の取組を見直します。", {"first": 0.35}))
    key = {"notes": [
        "Each 基本目標 heading exists only as text inside a floating text box (wps:txbx in mc:AlternateContent, with a VML v:textbox fallback holding the same text) — no paragraph in the body carries the policy title. Measures are bold body paragraphs 「ア　title」 (typed ア イ ウ, restarting per 基本目標) with an indented description.",
        "Each chapter is its own section with a different header 「朱鷺野町ＤＸ推進計画<TAB>第ｎ章　…」 and a footer 「－n－」; the headers repeat chapter names on every page.",
        "ai-rpa missing: RPA / AI-OCR only in the 背景 as other towns' results. bpr missing: 業務の見直し only in the 現状と課題 (deferred 「改めて検討する必要」) — not a measure. community missing: 光ファイバ only as 現状.",
        "divide partial: the only measure is a 検討 of a 相談の場 (title itself says 検討).",
        "Code 158844 on the cover in parentheses after 地方公共団体コード.",
    ]}
    return dict(id="doc103", town=town, code=cd, period=(2026, 2028), policies=policies, blocks=B, styles=False,
                title=title, key=key,
                shapes="bold-only headings; each 基本目標 heading is text inside a floating text box (wps + VML fallback); measures are bold lines 「ア　…」 (typed ア/イ/ウ restarting per goal) with indented description; one section per chapter with header 「計画名<TAB>第ｎ章　章名」 and footer 「－n－」",
                hard="policy titles only in text boxes; chapter names repeated in running headers; bpr deferred in 現状 only")


# =====================================================================================
# doc104 萩尾村 — 【】 measure titles, each with a 担当課 table and a スケジュール table
# =====================================================================================
def doc104():
    town, cd = "萩尾村", code("20947")
    fw = cd.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    title = "第２次萩尾村情報化推進計画"
    policies = [
        ("村民の利便性向上", [
            M("オンライン申請の拡大", "村への申請・届出のうち、法令上可能なものは原則としてオンラインで行えるようにします。特に子育て・介護に関する手続は、マイナポータルからの申請に対応します。", "online"),
            M("マイナンバーカードの取得支援と活用", "役場での申請補助と写真撮影の無料実施、地区集会所への出張受付を行います。また、カードを利用した証明書のコンビニ交付を導入します。", "mynumber"),
            M("デジタル機器に不慣れな方へのサポート", "地区ごとのスマートフォン教室と、役場窓口での操作補助を行います。", "divide"),
        ]),
        ("行政運営の効率化", [
            M("標準準拠システムへの移行", "住民基本台帳、税、国民健康保険などの基幹業務システムを、長野県内の共同化の枠組みを活用して標準準拠システムへ移行します。", "std"),
            M("AI-OCR・RPAの活用", "紙で受け付ける申請書の読み取りにAI-OCRを、定型的な入力作業にRPAを導入します。", "airpa"),
            M("業務改革（BPR）の推進", "窓口業務と内部事務の手順を可視化し、不要な手順の廃止や様式の統一を行います。", "bpr"),
            M("情報セキュリティポリシーの見直し", "国のガイドライン改定に合わせてポリシーを見直し、職員研修と外部監査を実施します。", "security"),
        ]),
        ("地域の活力づくり", [
            M("地域情報通信基盤の在り方の調査研究", "山間地の集落における通信環境の実態を調査し、ローカル５Ｇや地域ＢＷＡなどの活用可能性について研究します。", "community?"),
        ]),
    ]
    depts = ["総務課", "住民課", "住民福祉課", "総務課", "総務課", "総務課", "総務課", "総務課"]
    subd = ["全課", "総務課", "社会福祉協議会", "住民課・税務課", "会計課", "全課", "－", "産業建設課"]
    sched = [["●", "●", "●", "●", "●"], ["●", "●", "●", "－", "－"], ["●", "●", "●", "●", "●"],
             ["●", "－", "－", "－", "－"], ["検討", "●", "●", "●", "●"], ["●", "●", "●", "●", "●"],
             ["●", "－", "●", "－", "●"], ["調査", "研究", "研究", "－", "－"]]
    B = []
    B.append(("sect", {"header": None, "footer": None}))
    B.append(("cover", [("", 90, False), (title, 24, True), ("令和９年度～令和13年度", 14, False), ("", 90, False),
                        ("令和９年３月", 13, False), (town, 18, True), (f"団体コード　{fw}", 10, False)]))
    B.append(("sect", {"header": None, "footer": "{PAGE}"}))
    B.append(("h", 1, "１　はじめに"))
    B.append(("p", "本村は、令和元年度に「萩尾村情報化推進計画」を策定し、令和元年度から令和５年度までの５年間を計画期間として庁内の情報化を進めてきました。同計画は新型コロナウイルス感染症への対応等のため令和８年度まで期間を延長しましたが、この間に国の自治体ＤＸの取組が大きく進展したことから、新たに第２次計画を策定します。", {"first": 0.35}))
    B.append(("p", "本計画は、官民データ活用推進基本法第９条第３項に定める市町村官民データ活用推進計画に位置付けます。", {"first": 0.35}))
    B.append(("h", 1, "２　計画期間"))
    B.append(("table", [["区分", "令和７年度", "令和８年度", "令和９年度", "令和10年度", "令和11年度", "令和12年度", "令和13年度"],
                        ["第１次計画（延長）", "●", "●", "", "", "", "", ""],
                        ["第２次計画（本計画）", "", "", "●", "●", "●", "●", "●"]],
                       {"widths": [3.6, 1.8, 1.8, 1.8, 1.8, 1.8, 1.8, 1.8], "font": 8.5, "center": (1, 2, 3, 4, 5, 6, 7)}))
    B.append(("p", "本計画の期間は、令和９年度から令和13年度までの５年間とします。", {"first": 0.35}))
    B.append(("h", 1, "３　第１次計画の取組状況"))
    for t in ["・ホームページを全面改修し、スマートフォン表示に対応しました。",
              "・オープンデータとして避難所一覧と公共施設一覧を試行的に掲載しました（現在は更新を停止しています）。",
              "・会議のペーパーレス化を進め、タブレット端末を議会・庁議に導入しました。"]:
        B.append(("p", t, {"indent": 0.35}))
    B.append(("h", 1, "４　基本方針と取組"))
    B.append(("p", "３つの基本方針に沿って、次の取組を進めます。取組ごとに担当課とスケジュールを示します。", {"first": 0.35}))
    i = 0
    for pi, (pt, ms) in enumerate(policies, 1):
        B.append(("h", 2, f"基本方針{'１２３'[pi-1]}　{pt}"))
        for m in ms:
            B.append(("p", f"【{m['title']}】", {"bold": True}))
            B.append(("p", m["desc"], {"first": 0.35}))
            B.append(("table", [["担当課", "関係課等"], [depts[i], subd[i]]], {"widths": [4.0, 8.0], "font": 9, "center": (0, 1)}))
            B.append(("table", [["令和９年度", "令和10年度", "令和11年度", "令和12年度", "令和13年度"], sched[i]],
                               {"widths": [2.6] * 5, "font": 9, "center": (0, 1, 2, 3, 4)}))
            i += 1
    B.append(("h", 1, "５　計画の推進"))
    B.append(("p", "副村長を最高情報責任者とし、総務課が事務局となって取組の進捗を管理します。職員数が少ないことから、在宅勤務などの制度は設けず、業務の効率化によって時間外勤務の縮減を図ります。", {"first": 0.35}))
    key = {"notes": [
        "Measures are bold paragraphs 【title】 with no number. After each description come TWO separate small tables: 担当課｜関係課等 and a スケジュール 令和９年度…令和13年度 with ●/検討/調査/研究/－. The 計画期間 table (令和７～13年度, ● per year) and the 担当課 tables must not be read as measures.",
        "Code written with full-width digits on the cover only: 「団体コード　２０９４７３」.",
        "Period 令和９年度～令和13年度 (2027–2031). Distractors: the first plan 令和元年度～令和５年度, extended to 令和８年度 (元年 notation), and the 期間 table starting at 令和７年度.",
        "opendata missing: only the 第１次計画 review (試行掲載, 更新停止). telework missing: 推進 chapter says 在宅勤務などの制度は設けず. community partial: the only measure is 調査研究 (schedule 調査/研究).",
        "AI-OCR・RPA is written with half-width letters and a hyphen; the key keeps it as written.",
    ]}
    return dict(id="doc104", town=town, code=cd, period=(2027, 2031), policies=policies, blocks=B, styles=False,
                title=title, key=key,
                shapes="bold-only headings with full-width typed numbers (１, 基本方針１); measures as bold 【title】 paragraphs without numbers, each followed by a description, a 担当課｜関係課等 table and a separate 5-year スケジュール table (●/検討/調査/研究); 計画期間 table; code in full-width digits on the cover",
                hard="per-measure tables between measures; 元年 in the extended previous plan; full-width code; telework refused in 推進 chapter")
# Documents doc105 - doc108


# =====================================================================================
# doc105 蒼井台市 — three levels; measures are ・ lines under bold 施策 headings; TOC with pages
# =====================================================================================
def doc105():
    town, cd = "蒼井台市", code("12875")
    title = "蒼井台市DX推進計画"
    levels = [
        ("市民の利便性を高めるデジタル行政", [
            ("手続のオンライン化", [M("子育て・介護関係手続のオンライン化", "", "online"), M("施設予約システムの更新", ""), M("電子申請の操作性の改善", "")]),
            ("窓口改革", [M("書かない窓口の導入", ""), M("業務フローの見直し（BPR）の実施", "", "bpr")]),
        ]),
        ("持続可能な行政運営", [
            ("システムの最適化", [M("基幹業務システムのガバメントクラウドへの移行", "", "std"), M("情報セキュリティ監査の実施", "", "security")]),
            ("業務の効率化", [M("AI議事録作成ツールの試行導入", "", "airpa?"), M("ペーパーレス会議の推進", "")]),
        ]),
        ("誰もが参加できるデジタル社会", [
            ("デジタルデバイド対策", [M("シニア向けスマホ講座の開催", "", "divide"), M("デジタル推進委員との連携", "", "divide")]),
            ("データ活用と地域のデジタル化", [M("オープンデータカタログサイトの運用", "", "opendata"), M("地域BWAを活用した見守りサービスの導入", "", "community")]),
        ]),
    ]
    policies = [(gt, [m for _, ms in secs for m in ms]) for gt, secs in levels]
    roman = "ⅠⅡⅢ"
    B = []
    B.append(("sect", {"header": None, "footer": None}))
    B.append(("cover", [("", 100, False), (title, 26, True), ("2026年度～2030年度", 14, False), ("", 100, False),
                        ("令和8年3月", 13, False), (town, 18, True)]))
    toc = [("1　計画の策定にあたって", 1, 0), ("(1)　策定の趣旨", 1, 0.5), ("(2)　計画の位置付け", 1, 0.5), ("(3)　計画期間", 2, 0.5),
           ("2　現状と課題", 3, 0), ("3　施策体系", 5, 0)]
    for i, (gt, secs) in enumerate(levels):
        toc.append((f"基本目標{roman[i]}　{gt}", 6 + i * 2, 0.5))
    toc += [("4　計画の推進体制", 12, 0), ("資料　成果指標一覧", 13, 0)]
    B.append(("toc", "目　次", toc))
    B.append(("pb",))
    B.append(("sect", {"continuous": True, "header": None, "footer": "- {PAGE} -"}))
    B.append(("h", 1, "1　計画の策定にあたって"))
    B.append(("h", 2, "(1)　策定の趣旨"))
    B.append(("p", "本市は、市民一人ひとりがデジタル化の恩恵を実感できるまちを目指し、行政手続や窓口、内部事務の在り方を見直していきます。本計画は、その取組を体系的に示すものです。", {"first": 0.35}))
    B.append(("h", 2, "(2)　計画の位置付け"))
    B.append(("p", "本計画は、官民データ活用推進基本法第9条第3項に基づく市町村官民データ活用推進計画であり、地方公共団体コード 128759 の蒼井台市が定める情報化分野の個別計画です。", {"first": 0.35}))
    B.append(("h", 2, "(3)　計画期間"))
    B.append(("p", "2026年度から2030年度までの5年間とします。", {"first": 0.35}))
    B.append(("h", 1, "2　現状と課題"))
    B.append(("p", "本市のマイナンバーカードの保有率は令和7年11月末で86.2％に達し、普及はおおむね完了しています。カードを活用した証明書のコンビニ交付も令和3年度から実施しています。このため、本計画ではカードの普及促進を独立した施策としては位置付けていません。", {"first": 0.35}))
    B.append(("p", "国はテレワークの推進を掲げていますが、本市では職員の在宅勤務の制度が未整備です。また、庁内ではAIやRPAの活用が進んでおらず、業務量の増加に職員数が追い付いていない状況です。", {"first": 0.35}))
    B.append(("h", 1, "3　施策体系"))
    B.append(("p", "本計画は、3つの基本目標のもとに6つの施策を置き、施策ごとに具体的な取組を定めます。各取組の内容と担当課は、別に定める実施計画で示します。", {"first": 0.35}))
    B.append(("sect", {"continuous": True, "cols": 2, "header": None, "footer": "- {PAGE} -"}))
    for i, (gt, secs) in enumerate(levels):
        B.append(("h", 2, f"基本目標{roman[i]}　{gt}"))
        for j, (st, ms) in enumerate(secs, 1):
            B.append(("p", f"施策{i+1}-{j}　{st}", {"bold": True}))
            for m in ms:
                B.append(("p", f"・{m['title']}", {"indent": 0.4}))
    B.append(("sect", {"continuous": True, "header": None, "footer": "- {PAGE} -"}))
    B.append(("h", 1, "4　計画の推進体制"))
    B.append(("p", "市長を本部長とする蒼井台市DX推進本部のもと、各部に推進員を置きます。取組の進捗は成果指標により毎年度評価し、実施計画を見直します。", {"first": 0.35}))
    B.append(("h", 1, "資料　成果指標一覧"))
    B.append(("table", [["施策", "成果指標", "現状値（R7）", "目標値（R12）"],
                        ["施策1-1", "オンラインで申請できる手続数", "48手続", "150手続"],
                        ["施策2-1", "標準準拠システムへの移行業務数", "8業務", "20業務"],
                        ["施策3-1", "スマホ講座の延べ参加者数", "210人", "1,500人"]],
                       {"widths": [2.5, 7.0, 3.2, 3.5], "font": 9}))
    key = {"notes": [
        "Three levels: 基本目標Ⅰ–Ⅲ (Heading 2) > 施策N-M (bold body line) > 具体的な取組 (plain lines starting with 「・」, titles only, no description). Key: policies = 基本目標, measures = the ・ 取組 lines (lowest titled level); the 施策 level is dropped (alternative: policies = 施策 with 基本目標 as parent).",
        "The measure chapter is a continuous TWO-COLUMN section, so in PDF text the ・ lines of two columns may sit side by side.",
        "Typed TOC with dot leaders and page numbers that repeats the 基本目標 titles (they are not separate policies).",
        "mynumber missing (both items): the 現状 says the card is 普及はおおむね完了 and 本計画では…位置付けていません. telework missing: only in 現状. ai-rpa partial: AI議事録作成ツールの試行導入 (a pilot).",
        "施設予約システムの更新, 電子申請の操作性の改善 and 書かない窓口 map to nothing extra (online is covered by 子育て・介護 procedures); ペーパーレス会議 is not BPR (BPR covered by its own ・ line).",
        "Code 128759 appears only inside a body sentence in 計画の位置付け; the 成果指標一覧 uses 施策1-1 labels, not measure titles.",
    ]}
    return dict(id="doc105", town=town, code=cd, period=(2026, 2030), policies=policies, blocks=B, styles=True,
                title=title, key=key, html=True, html_css=".twocol{}",
                shapes="Heading 1/2 styles with typed numbers; typed TOC with dot leaders and page numbers; three levels 基本目標Ⅰ–Ⅲ > 施策N-M (bold line) > 取組 as plain 「・」 lines without description; measure chapter in a continuous two-column section (CSS columns in the HTML); code only inside a sentence",
                hard="measures are bare ・ lines; middle 施策 level must be skipped; two-column layout; mynumber dismissed in 現状")


# =====================================================================================
# doc106 鳰浜町 — page number at mid-height of the outer margin; measures 1) 2) per policy
# =====================================================================================
def doc106():
    town, cd = "鳰浜町", code("25812")
    fw = cd.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    split_code = fw[:2] + "　" + fw[2:]
    title = "鳰浜町デジタル化推進計画"
    policies = [
        ("暮らしの手続をもっと便利に", [
            M("行政手続のオンライン化", "町民や事業者の利用が多い手続から順次オンライン化し、令和１２年度までに優先手続のすべてで電子申請を可能にします。", "online"),
            M("マイナンバーカードの利便性向上", "カードを使った証明書のコンビニ交付に加え、図書館カードや公共施設の利用者登録にカードを使えるようにします。", "mynumber"),
            M("スマートフォン相談会の定期開催", "携帯電話事業者や地域の高校生ボランティアの協力を得て、毎月スマートフォン相談会を開催します。", "divide"),
        ]),
        ("職員の働き方を変える", [
            M("基幹業務システムの標準化", "２０業務の基幹業務システムについて標準準拠システムへの移行を完了し、ガバメントクラウド上で安定運用します。", "std"),
            M("RPAによる定型業務の自動化", "入力・照合などの定型業務にRPAを導入し、年間３，０００時間の作業時間の削減を目指します。", "airpa"),
            M("テレワーク環境の全庁展開", "令和７年度に総務課で試行した在宅勤務を全課に広げ、育児・介護中の職員も働き続けられる環境をつくります。", "telework"),
            M("業務見直し手法の研究", "他自治体の業務改革（BPR）の事例を収集し、本町に適した業務の見直し手法について研究します。", "bpr?"),
        ]),
        ("湖とともに生きる地域のデジタル化", [
            M("防災情報の多様な発信", "防災行政無線に加え、防災アプリ、ＳＮＳ、メール配信による情報発信を行います。"),
            M("ローカル5G等を活用した地域課題の解決", "湖岸の観光施設や漁港でのローカル5G・センサー活用の実証事業を民間事業者と共同で実施し、成果を地域に展開します。", "community"),
        ]),
    ]
    for _, ms in policies:
        for i, m in enumerate(ms, 1):
            m["no"] = f"{i})"
    B = []
    B.append(("sect", {"header": None, "footer": None}))
    B.append(("cover", [("", 100, False), (title, 26, True), ("", 100, False), ("令和８年３月", 13, False), (town, 18, True),
                        (f"団体コード　{split_code}", 10, False)]))
    B.append(("sect", {"header": title, "footer": None, "sidepage": True}))
    B.append(("h", 1, "１．計画の趣旨"))
    B.append(("p", "本町は、町域の半分近くを湖が占める自然豊かな町です。人口は緩やかに減少しており、行政サービスを維持するためには、限られた職員でより多くの業務をこなす工夫が欠かせません。本計画は、デジタル技術を使って町民の暮らしと職員の働き方をよりよく変えていくための道筋を示すものです。本計画は官民データ活用推進基本法に基づく市町村官民データ活用推進計画を兼ねます。", {"first": 0.35}))
    B.append(("h", 1, "２．計画期間"))
    B.append(("p", "令和８年度から５年間とします。ただし、国の計画の改定など大きな状況の変化があった場合には、期間内であっても見直しを行います。", {"first": 0.35}))
    B.append(("h", 1, "３．国の動向"))
    B.append(("p", "近年、地方公共団体を狙ったランサムウェアによる被害が相次いでおり、国は「地方公共団体における情報セキュリティポリシーに関するガイドライン」を改定しました。また、データの利活用を進めるため、自治体に対してオープンデータの推奨データセットに沿った公開を求めています。", {"first": 0.35}))
    B.append(("h", 1, "４．施策の内容"))
    B.append(("p", "３つの方針に沿って、次の施策に取り組みます。", {"first": 0.35}))
    for pi, (pt, ms) in enumerate(policies, 1):
        B.append(("h", 2, f"方針{pi}　{pt}"))
        for m in ms:
            B.append(("p", f"{m['no']}　{m['title']}", {"bold": True, "indent": 0.3}))
            B.append(("p", m["desc"], {"indent": 0.9}))
    B.append(("h", 1, "５．推進体制"))
    B.append(("p", "副町長を最高情報責任者（CIO）、総務課長を最高情報セキュリティ責任者（CISO）とし、鳰浜町デジタル化推進会議で進捗を確認します。", {"first": 0.35}))
    B.append(("h", 1, "６．用語解説"))
    B.append(("table", [["用語", "解説"], ["オープンデータ", "誰もが二次利用できるルールで、機械判読に適した形で公開されたデータ"],
                        ["ローカル5G", "地域や企業が自らの敷地内などで個別に利用する第５世代移動通信システム"],
                        ["BPR", "業務の目的に立ち返り、業務の流れや手順を抜本的に見直すこと"]], {"widths": [3.5, 12.7]}))
    key = {"notes": [
        "The page number is not in a footer: it sits in a text box anchored to the page at mid-height of the right edge (inside the header), so in PDF text it appears between body lines. The Chromium PDF does the same with an @page @right-middle margin box.",
        "Measures are bold lines numbered 「1)」「2)」 restarting per 方針, each with an indented description; policies are 「方針n　title」 bold headings.",
        "Code on the cover written with full-width digits split by an ideographic space after the prefecture part: 「団体コード　２５　８１２１」.",
        "Period: 「令和８年度から５年間」 → 2026–2030 (end year must be computed).",
        "security missing and opendata missing: both only in 国の動向 (ランサムウェア, 推奨データセット), CISO in 推進体制 and the 用語解説. bpr partial: 業務見直し手法の研究 only.",
        "防災情報の多様な発信 maps to no item (community is covered by the ローカル5G measure).",
    ]}
    return dict(id="doc106", town=town, code=cd, period=(2026, 2030), policies=policies, blocks=B, styles=False,
                title=title, key=key, html=True,
                html_css="@page{size:A4;margin:22mm 20mm 20mm 20mm;@right-middle{content:counter(page);font-size:10pt;width:12mm}@top-right{content:'鳰浜町デジタル化推進計画';font-size:8pt}}",
                shapes="bold-only headings (１．, 方針n); measures are bold lines 「1)」「2)」 restarting per 方針 with indented description; page number in a page-anchored text box at mid-height of the right margin (docx) / @page @right-middle margin box (Chromium); code in full-width digits split by a space",
                hard="page numbers land in the middle of the text flow; period as start + duration; split full-width code; security/opendata only in 国の動向")


# =====================================================================================
# doc107 苔石町 — one A3 landscape section, three newspaper columns, ▶ measures
# =====================================================================================
def doc107():
    town, cd = "苔石町", code("26874")
    title = "苔石町地域情報化計画"
    policies = [
        ("町民サービスのデジタル化", [
            M("公共施設予約のオンライン化と電子申請の導入検討", "体育館・公民館の予約をオンラインで行えるようにします。その他の手続の電子申請については、京都府の共同システムの利用を含めて導入を検討します。", "online?"),
            M("マイナンバーカードの取得環境の整備", "役場に申請サポートコーナーを常設し、休日の受付や出張申請を行います。", "mynumber"),
            M("デジタル活用支援員による講座の開催", "地域のデジタル活用支援員が、高齢者向けのスマートフォン講座を各地区で開催します。", "divide"),
        ]),
        ("行政の効率化", [
            M("RPAとAI-OCRの活用", "税や福祉の入力業務にRPAとAI-OCRを導入し、職員の負担を軽減します。", "airpa"),
            M("業務プロセスの可視化と見直し", "全課の業務を棚卸しし、手順の簡素化と様式の統一を行います。", "bpr"),
            M("セキュリティ対策の強化と職員研修", "情報セキュリティポリシーを見直すとともに、全職員研修と標的型メール訓練を毎年実施します。", "security"),
        ]),
        ("地域のデジタル化", [
            M("オープンデータの推進", "観光施設、文化財、避難所などのデータを京都府のオープンデータポータルで公開します。", "opendata"),
            M("光ファイバ網を活用した地域情報発信", "町内全域の光ファイバ網を活用し、地域の見守りカメラと観光情報の配信を行います。", "community"),
        ]),
    ]
    B = []
    B.append(("sect", {"orient": "landscape", "paper": "A3", "cols": 3, "header": f"{title}（令和９年度～令和13年度）", "footer": "{PAGE}"}))
    B.append(("p", title, {"bold": True, "size": 22, "align": "center"}))
    B.append(("p", f"令和９年３月　{town}（地方公共団体コード {cd}）", {"align": "center"}))
    B.append(("h", 1, "１　計画の目的"))
    B.append(("p", "本町は、令和４年度に「苔石町ＩＣＴ推進方針」を定め、庁内の情報化に取り組んできました。本計画は、同方針の成果と課題を踏まえ、町民の暮らしと行政の両面でデジタル化を進めるための計画です。官民データ活用推進基本法第９条第３項に基づく市町村官民データ活用推進計画として位置付けます。", {"first": 0.35}))
    B.append(("h", 1, "２　計画期間"))
    B.append(("p", "令和９年度から令和13年度までとします。", {"first": 0.35}))
    B.append(("h", 1, "３　本町を取り巻く状況"))
    B.append(("p", "国は、基幹業務システムの標準化・共通化やテレワークの推進を自治体に求めています。基幹業務システムの標準化については、京都府と府内市町村による共同化の枠組みで既に移行作業を進めており、本計画とは別に府の計画に沿って対応します。", {"first": 0.35}))
    B.append(("p", "町内では光ファイバ網の整備が令和５年度に完了しました。一方、電子申請で受け付けている手続は施設予約のみで、子育てや介護の手続は紙による申請が続いています。", {"first": 0.35}))
    B.append(("h", 1, "４　施策の展開"))
    for pi, (pt, ms) in enumerate(policies, 1):
        B.append(("h", 2, f"柱{pi}　{pt}"))
        for m in ms:
            B.append(("p", f"▶{m['title']}", {"bold": True}))
            B.append(("p", m["desc"], {"indent": 0.4}))
    B.append(("h", 1, "５　推進体制"))
    B.append(("p", "町長を本部長とする苔石町情報化推進本部が計画全体を統括し、総務課が事務局を担います。職員の在宅勤務については、窓口業務の比重が高いことから導入を予定していません。", {"first": 0.35}))
    B.append(("sect", {"orient": "landscape", "paper": "A3", "cols": 1, "header": f"{title}（令和９年度～令和13年度）", "footer": "{PAGE}"}))
    B.append(("h", 1, "６　年度別工程表"))
    rows = [["柱", "施策", "令和９年度", "令和10年度", "令和11年度", "令和12年度", "令和13年度", "担当課"]]
    merges = []
    sch = {"online?": "●●○○○", "mynumber": "●●●●●", "divide": "●●●●●", "airpa": "○●●●●", "bpr": "●●●○○",
           "security": "●●●●●", "opendata": "○●●●●", "community": "●●●●●"}
    dep = {"online?": "総務課", "mynumber": "住民課", "divide": "福祉課", "airpa": "総務課", "bpr": "総務課",
           "security": "総務課", "opendata": "企画課", "community": "企画課"}
    for pi, (pt, ms) in enumerate(policies, 1):
        r0 = len(rows)
        for m in ms:
            s = sch[m["tags"][0]]
            rows.append([f"柱{pi}　{pt}", m["title"]] + [{"●": "●", "○": "検討"}[c] for c in s] + [dep[m["tags"][0]]])
        merges.append((r0, 0, len(rows) - 1, 0))
    B.append(("table", rows, {"widths": [5.5, 12.0, 2.8, 2.8, 2.8, 2.8, 2.8, 3.0], "font": 10, "merges": merges, "center": (2, 3, 4, 5, 6, 7)}))
    B.append(("p", "●：実施　検討：実施に向けた検討", {"size": 9}))
    key = {"notes": [
        "The whole document is A3 landscape: one three-column section (title block at the top of column 1, no cover, no TOC) and a one-column A3 section with the 年度別工程表 (柱 merged vertically, ● / 検討 per 和暦 year), which repeats the measure titles.",
        "Measures are bold lines starting with ▶ (no number, no space after ▶), each followed by an indented description; policies are 「柱n　title」 headings.",
        "Period only in 和暦: 令和９年度から令和13年度 (2027–2031); the running header repeats it. Distractor: 令和４年度 ICT推進方針, 令和５年度 光ファイバ.",
        "standardization missing: 本計画とは別に府の計画に沿って対応 (in 状況 only). telework missing: 推進体制 says 導入を予定していません. online partial (both items): only 施設予約 online; 電子申請 is 導入を検討 (工程表: 検討 from 令和11年度).",
        "In pdftotext (default mode) the three A3 columns come out out of order (column 1 top, then column 3, then column 2), so 柱3 appears before 柱1; the policies must be rebuilt from the 柱n headings, not from text order.",
        "doc107.odt / doc107.odt.pdf: the same document saved by LibreOffice as ODT and exported again — a second PDF path.",
    ]}
    return dict(id="doc107", town=town, code=cd, period=(2027, 2031), policies=policies, blocks=B, styles=False,
                title=title, key=key, odt=True,
                shapes="A3 landscape throughout: three newspaper columns (title block, no cover/TOC) then a one-column A3 年度別工程表 (柱 merged, ●/検討 per 和暦 year); measures are bold ▶ lines with indented description; period in 和暦 only; also an ODT re-export PDF",
                hard="A3 three-column reading order; ▶ glued to the title; 工程表 repeats titles; standardization deferred to a prefectural framework")


# =====================================================================================
# doc108 鶉野町 — 重点施策 Ａ/Ｂ/Ｃ with 個別施策 Ａ－１ …; ● schedule per 重点施策
# =====================================================================================
def doc108():
    town, cd = "鶉野町", code("28895")
    title = "鶉野町自治体DX推進計画"
    policies = [
        ("手続のデジタル化", [
            M("オンライン申請の拡充", "子育て・介護の手続、各種証明書の請求、施設予約をオンライン化し、スマートフォンから申請できるようにします。", "online"),
            M("マイナンバーカードを活用した証明書コンビニ交付", "住民票の写し、印鑑登録証明書、課税証明書をコンビニエンスストアで取得できるようにし、カードの取得を呼び掛けます。", "mynumber"),
            M("電子納付の拡大", "町税・使用料等の納付に地方税統一QRコード（eL-QR）とスマートフォン決済を導入します。"),
        ]),
        ("庁内DXの推進", [
            M("標準準拠システムへの移行", "住民記録・税・福祉等の２０業務について、標準準拠システムへの移行を完了させます。", "std"),
            M("テレワーク・モバイルワークの推進", "全職員がテレワークを行える環境と、庁外で使えるモバイル端末を整備します。", "telework"),
            M("業務改革と内部事務のデジタル化", "業務手順の見直しと併せて、電子決裁・文書管理システム、勤怠管理システムを導入します。", "bpr"),
            M("情報セキュリティ対策の在り方の検討", "次期自治体情報セキュリティクラウドへの移行を見据え、本町の情報セキュリティ対策の在り方について検討します。", "security?"),
        ]),
        ("データと地域のデジタル化", [
            M("オープンデータの公開", "推奨データセットに沿って、町が保有するデータをオープンデータとして公開します。", "opendata"),
            M("地域の情報通信環境の整備", "避難所や観光拠点に公衆無線LANを整備し、民間事業者と連携して地域のデジタル化を進めます。", "community"),
            M("観光DXの推進", "観光客の動向データを分析し、観光施策の立案に活用します。"),
        ]),
    ]
    L = "ＡＢＣ"
    for pi, (_, ms) in enumerate(policies):
        for i, m in enumerate(ms, 1):
            m["no"] = f"{L[pi]}－{'１２３４'[i-1]}"
    sch = {"online": "●●●●●", "mynumber": "●●●　　", "": "　●●●●", "std": "●　　　　", "telework": "　●●●●",
           "bpr": "●●●●●", "security?": "●●　　　", "opendata": "●●●●●", "community": "　●●●　"}
    B = []
    B.append(("sect", {"header": None, "footer": None}))
    B.append(("cover", [("", 100, False), (title, 26, True), ("", 110, False), ("令和８年３月", 13, False), ("兵庫県" + town, 18, True)]))
    B.append(("sect", {"header": f"{title}", "footer": "{PAGE}"}))
    B.append(("h", 1, "第１章　計画の策定について"))
    B.append(("h", 2, "１　趣旨"))
    B.append(("p", "本町は、自治体DXの取組を総合的かつ計画的に推進するため、本計画を策定します。本計画は、官民データ活用推進基本法第９条第３項に規定する市町村官民データ活用推進計画を兼ねます。", {"first": 0.35}))
    B.append(("h", 2, "２　計画期間"))
    B.append(("p", "本計画は、令和８年度を初年度とする５か年の計画とします。", {"first": 0.35}))
    B.append(("h", 2, "３　団体の概要"))
    B.append(("table", [["項目", "内容"], ["団体名", f"兵庫県{town}"], ["地方公共団体コード", cd], ["人口（令和７年１０月１日）", "１６，４０２人"],
                        ["職員数（令和７年４月１日）", "１９８人"]], {"widths": [6.0, 10.2], "font": 9.5}))
    B.append(("h", 1, "第２章　現状と課題"))
    B.append(("p", "町民アンケートでは、７０歳以上の半数以上が「インターネットを利用していない」と回答しています。デジタル機器に不慣れな方への支援は、社会福祉協議会の独自事業として実施されていることから、本計画の施策には含めていません。", {"first": 0.35}))
    B.append(("p", "AIやRPAについては、近隣の市で導入が進んでいますが、本町の業務量では費用対効果が見込みにくいため、今後の技術動向を注視します。", {"first": 0.35}))
    B.append(("h", 1, "第３章　重点施策と個別施策"))
    B.append(("p", "本計画では、３つの重点施策を定め、それぞれに個別施策を位置付けます。", {"first": 0.35}))
    for pi, (pt, ms) in enumerate(policies):
        B.append(("h", 2, f"重点施策{L[pi]}　{pt}"))
        for m in ms:
            B.append(("h", 3, f"{m['no']}　{m['title']}"))
            B.append(("p", m["desc"], {"first": 0.35}))
        B.append(("p", f"【重点施策{L[pi]}の年度別スケジュール】", {"bold": True}))
        rows = [["個別施策", "R8", "R9", "R10", "R11", "R12"]]
        for m in ms:
            s = sch[m["tags"][0] if m["tags"] else ""]
            rows.append([f"{m['no']}　{m['title']}"] + [("●" if c == "●" else "") for c in s])
        B.append(("table", rows, {"widths": [9.0, 1.4, 1.4, 1.4, 1.4, 1.4], "font": 9, "center": (1, 2, 3, 4, 5)}))
    B.append(("h", 1, "第４章　推進体制"))
    B.append(("p", "町長を本部長とする鶉野町DX推進本部を設置し、副町長をCIOに任命します。兵庫県の市町DX推進ネットワークを通じて、専門人材による助言を受けます。", {"first": 0.35}))
    key = {"notes": [
        "Two named levels: 重点施策Ａ/Ｂ/Ｃ (Heading 2, full-width letters) and 個別施策 「Ａ－１　title」 (Heading 3, full-width letter + U+FF0D + full-width digit). Key: policies = 重点施策, measures = 個別施策. Despite the word 重点, 重点施策 are the policy level.",
        "After each 重点施策 a 【…年度別スケジュール】 table (R8…R12, ●) repeats its 個別施策 with numbers — not new measures.",
        "Period: 「令和８年度を初年度とする５か年」 → 2026–2030 (end year computed). Code only in the 団体の概要 table (地方公共団体コード｜288951).",
        "divide missing (both items): 現状 says support is the 社会福祉協議会's own project and 本計画の施策には含めていません. ai-rpa missing: 今後の技術動向を注視 in 現状 only. security partial: the only measure is a 検討 of the 在り方.",
        "電子納付の拡大 (eL-QR) and 観光DXの推進 map to no item.",
    ]}
    return dict(id="doc108", town=town, code=cd, period=(2026, 2030), policies=policies, blocks=B, styles=True,
                title=title, key=key,
                shapes="Heading 1/2/3 styles with typed numbers; 重点施策Ａ/Ｂ/Ｃ (Heading 2) > 個別施策 「Ａ－１」 (Heading 3) with description; per-policy ● schedule table (R8…R12) repeating measures; code in a 団体の概要 table; period as 初年度 + 5か年",
                hard="重点 level is the policy level; full-width letter-number labels; schedule tables repeat titles; divide refused in 現状")
# Documents doc109 - doc110


# =====================================================================================
# doc109 楡ノ木村 — measures (ｱ)(ｲ) half-width katakana; whole document two-column in the HTML
# =====================================================================================
def doc109():
    town, cd = "楡ノ木村", code("06913")
    title = "楡ノ木村デジタル化推進計画"
    policies = [
        ("村民の手続と暮らしを便利にする", [
            M("電子申請の導入と対象手続の拡大", "山形県と県内市町村が共同利用する電子申請サービスを導入し、子育て・介護関係の手続から順にオンライン化します。", "online",),
            M("マイナンバーカードに関する情報提供", "村の広報紙とホームページで、カードの取得方法や利用できるサービスを周知します。", "mynumber?"),
            M("高齢者のスマートフォン利用支援", "集落の公民館を会場に、スマートフォンの使い方やオンライン申請の方法を学ぶ講座を開きます。", "divide"),
        ]),
        ("少ない職員で質の高い行政を実現する", [
            M("基幹業務システムの標準化・共通化", "住民記録や税などの基幹業務システムを標準準拠システムへ移行し、県内町村と共同で運用します。", "std"),
            M("業務の棚卸しと事務手順の見直し", "全ての課の業務を棚卸しし、重複した作業や紙の回覧をなくすよう事務手順を見直します。", "bpr"),
            M("AI・RPAの共同利用", "県が調達するAI-OCRとRPAの共同利用に参加し、税や福祉の入力業務を自動化します。", "airpa"),
            M("テレワーク用端末の配備", "災害時や育児・介護中でも業務を継続できるよう、テレワーク用の端末を全課に配備します。", "telework"),
        ]),
    ]
    kata = "ｱｲｳｴｵ"
    for _, ms in policies:
        for i, m in enumerate(ms):
            m["no"] = f"({kata[i]})"
    B = []
    B.append(("sect", {"header": None, "footer": None}))
    B.append(("cover", [("", 110, False), ("楡ノ木村", 24, True), ("デジタル化推進計画", 24, True), ("", 40, False),
                        ("令和８年度～令和１２年度", 13, False), ("", 150, False), ("令和８年３月", 13, False), ("楡ノ木村総務課", 14, False)]))
    B.append(("sect", {"header": f"{title}", "footer": "- {PAGE} -"}))
    B.append(("h", 1, "１　計画策定の趣旨"))
    B.append(("p", "本村は人口２，４００人余りの山間の村で、役場の職員は６０人に満たない体制です。国が進める自治体ＤＸの流れを踏まえ、村としても手続の利便性向上と事務の効率化を計画的に進めるため、本計画を定めます。本計画は、官民データ活用推進基本法第９条第３項の市町村官民データ活用推進計画として位置付けます。", {"first": 0.35}))
    B.append(("h", 1, "２　計画期間"))
    B.append(("p", "令和８年度から令和１２年度までの５年間とします。", {"first": 0.35}))
    B.append(("h", 1, "３　現状と課題"))
    B.append(("p", "村のマイナンバーカード保有率は８１．５％で、県平均をやや上回っています。村内には光ファイバ網が整備済みであり、携帯電話の不感地域も令和６年度に解消しました。情報セキュリティについては、山形県自治体情報セキュリティクラウドに参加しており、村独自の追加対策は予定していません。", {"first": 0.35}))
    B.append(("p", "オープンデータについては、公開に必要な人員とノウハウが不足していることから、当面は取り組まないこととします。", {"first": 0.35}))
    B.append(("h", 1, "４　施策の展開"))
    for pi, (pt, ms) in enumerate(policies, 1):
        B.append(("h", 2, f"({pi})　{pt}"))
        for m in ms:
            B.append(("p", f"{m['no']} {m['title']}", {"bold": True, "indent": 0.3}))
            B.append(("p", m["desc"], {"indent": 0.9}))
            if m["tags"] and m["tags"][0] in ("online", "bpr"):
                B.append(("p", "【主な事業】", {"indent": 0.9}))
                acts = {"online": ["・ぴったりサービスの申請様式の整備", "・施設予約のオンライン化"],
                        "bpr": ["・業務量調査の実施（令和８年度）", "・事務処理マニュアルの改訂"]}[m["tags"][0]]
                for a in acts:
                    B.append(("p", a, {"indent": 1.2}))
    B.append(("h", 1, "５　推進体制"))
    B.append(("p", "副村長を最高情報責任者とし、総務課情報係が事務局となって毎年度の進捗を確認します。", {"first": 0.35}))
    B.append(("p", f"発行　楡ノ木村総務課（山形県　地方公共団体コード{cd}）", {"align": "right", "size": 9}))
    key = {"notes": [
        "Measures are bold lines numbered with HALF-WIDTH katakana in parentheses 「(ｱ) …」「(ｲ) …」 (restarting per policy; NFKC turns ｱ into ア); policies are 「(1)　…」 headings. Under two measures a 【主な事業】 label is followed by ・ lines — activities, not measures.",
        "Cover title split over two paragraphs (「楡ノ木村」 / 「デジタル化推進計画」); the cover names the 総務課, not the village alone. The HTML/Chromium version sets the whole body in two CSS columns.",
        f"Code only in the 奥付 line at the end of the document (地方公共団体コード{cd} glued to the label).",
        "opendata missing (当面は取り組まない), security missing (県のセキュリティクラウド参加, 独自の追加対策は予定していません), community missing (光ファイバ・不感地域 are 現状 only) — all three in 現状と課題.",
        "mynumber partial (both items): the only measure is 周知 (情報提供) — no 交付体制 or 活用.",
    ]}
    return dict(id="doc109", town=town, code=cd, period=(2026, 2030), policies=policies, blocks=B, styles=False,
                title=title, key=key, html=True,
                html_css=".port + .port{column-count:2;column-gap:9mm}@page{size:A4;margin:20mm 16mm}",
                shapes="bold-only headings (１, (1)); measures are bold lines numbered with half-width katakana 「(ｱ)」「(ｲ)」 restarting per policy; 【主な事業】 ・ activity lines under two measures; cover title over two paragraphs; code only in the 奥付; Chromium version in two CSS columns throughout",
                hard="half-width katakana markers; ・ activities are not measures; three items refused in 現状; mynumber only 周知")


# =====================================================================================
# doc110 紫雲台市 — 1 / 1.1 / 1.1.1 decimal levels; 国の重点取組事項との対応表 (○ matrix)
# =====================================================================================
def doc110():
    town, cd = "紫雲台市", code("01876")
    title = "紫雲台市DX推進計画"
    levels = [
        ("市民サービスの向上", [
            ("手続のデジタル化", [M("オンライン手続の拡充", "マイナポータル等を活用し、子育て・介護関係手続を含む優先手続をオンライン化する。", "online"),
                                  M("マイナンバーカードの交付促進と利活用", "出張申請受付と休日交付を継続し、証明書コンビニ交付や市独自サービスでの活用を進める。", "mynumber")]),
            ("誰一人取り残さない支援", [M("デジタル活用支援講座の実施", "携帯電話事業者と連携し、市内各地区で講座を開催する。", "divide")]),
        ]),
        ("行政運営の効率化", [
            ("システムの標準化と最適化", [M("標準準拠システムへの移行", "２０業務について標準準拠システムへ移行し、ガバメントクラウドを利用する。", "std"),
                                          M("情報セキュリティ対策の強化", "ポリシーの改定、インシデント対応訓練、職員研修を行う。", "security")]),
            ("働き方と業務の改革", [M("ペーパーレス会議の推進", "庁議等の会議資料をタブレット端末で共有し、紙の資料を削減する。"),
                                    M("RPAの導入", "定型的なデータ入力業務にRPAを導入する。", "airpa")]),
        ]),
        ("データと地域の力を活かす", [
            ("データ活用", [M("オープンデータの公開拡大", "推奨データセットの全項目を公開し、更新を自動化する。", "opendata"),
                            M("庁内データ連携基盤の研究", "部署間でデータを共有する仕組みについて研究する。")]),
            ("地域のデジタル化", [M("スマート農業の実証支援", "農業協同組合と連携し、ドローンやセンサーを用いた実証事業の実施に向けて検討する。", "community?")]),
        ]),
    ]
    policies = [(gt, [m for _, ms in secs for m in ms]) for gt, secs in levels]
    B = []
    B.append(("sect", {"header": None, "footer": None}))
    B.append(("cover", [("", 90, False), (title, 26, True), ("～つながる・ささえる・ひらく　デジタル紫雲台～", 13, False), ("", 60, False),
                        ("計画期間　2026年度～2028年度", 13, False), ("", 100, False), ("2026年3月", 13, False), (town, 18, True)]))
    B.append(("sect", {"header": title, "footer": "{PAGE}"}))
    B.append(("h", 1, "第1章　計画の概要"))
    B.append(("p", "本計画は、本市（北海道、地方公共団体コード：018767）における自治体DXの取組を定めるもので、官民データ活用推進基本法に基づく市町村官民データ活用推進計画を兼ねます。計画期間は2026年度から2028年度までの3年間です。", {"first": 0.35}))
    B.append(("p", "施策は「基本目標（1）」「施策（1.1）」「取組（1.1.1）」の3階層で構成します。", {"first": 0.35}))
    B.append(("h", 1, "第2章　取組の内容"))
    for i, (gt, secs) in enumerate(levels, 1):
        B.append(("h", 2, f"{i}　{gt}"))
        for j, (st, ms) in enumerate(secs, 1):
            B.append(("h", 3, f"{i}.{j}　{st}"))
            for k, m in enumerate(ms, 1):
                m["no"] = f"{i}.{j}.{k}"
                B.append(("p", f"{m['no']}　{m['title']}", {"bold": True}))
                B.append(("p", m["desc"], {"indent": 0.7}))
    B.append(("h", 1, "第3章　国の重点取組事項との対応"))
    B.append(("p", "総務省「自治体DX推進計画」の重点取組事項と本計画の取組の対応関係を次表に示します（○は関連する取組）。", {"first": 0.35}))
    cols = ["取組", "標準化", "マイナンバーカード", "オンライン化", "AI・RPA", "テレワーク", "セキュリティ"]
    mark = {"online": [3], "mynumber": [2], "std": [1], "security": [6], "airpa": [4], "": [5]}
    rows = [cols]
    for gt, ms in policies:
        for m in ms:
            t = m["tags"][0] if m["tags"] else ""
            r = [f"{m['no']}　{m['title']}"] + [""] * 6
            if m["title"] == "ペーパーレス会議の推進":
                r[5] = "○"
            elif m["title"] == "庁内データ連携基盤の研究":
                pass
            else:
                for c in mark.get(t, []):
                    r[c] = "○"
            rows.append(r)
    B.append(("table", rows, {"widths": [6.6, 1.5, 2.2, 1.8, 1.5, 1.7, 1.8], "font": 8.5, "center": (1, 2, 3, 4, 5, 6)}))
    B.append(("h", 1, "第4章　推進体制"))
    B.append(("p", "市長を本部長とする紫雲台市DX推進本部を置き、デジタル推進課が事務局を担う。取組ごとのKPIは別途定める実施計画で管理する。", {"first": 0.35}))
    key = {"notes": [
        "Three decimal levels: 基本目標 「1　…」 (Heading 2), 施策 「1.1　…」 (Heading 3) and 取組 「1.1.1　…」 (bold body line + indented description). Key: policies = 基本目標, measures = 取組 (1.1.1); 施策 1.1 is skipped (alternative: policies = 施策 with parent).",
        "The 第3章 対応表 (取組 × 国の重点取組事項, ○ marks) repeats every measure with its number. It marks ○ テレワーク for 「ペーパーレス会議の推進」 — a careful officer does not accept that: paperless meetings are not the staff's テレワーク, so telework is missing despite the ○ (and the matrix has no column for 地域社会のデジタル化 / デジタルデバイド at all).",
        "community partial: the only measure is スマート農業の実証支援 described as 実施に向けて検討. bpr missing: ペーパーレス会議 alone is not BPR and there is no 業務の見直し measure. 庁内データ連携基盤の研究 is internal data sharing, not open data (open data is covered by its own measure).",
        "Code in the first body paragraph after 「地方公共団体コード：」; period in western years only (2026年度～2028年度).",
    ]}
    return dict(id="doc110", town=town, code=cd, period=(2026, 2028), policies=policies, blocks=B, styles=True,
                title=title, key=key,
                shapes="Heading 1/2/3 styles; three decimal levels 1 / 1.1 / 1.1.1 (取組 as bold body lines with description); 第3章 対応表 matrix 取組 × 国の重点取組事項 with ○ marks (one misleading ○); code inside the first paragraph; western years only",
                hard="skip the 1.1 level; matrix repeats titles and overstates telework; ペーパーレス is not BPR")
# Driver: build all documents, answer keys, PDFs, checks and README.
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

DOCS = [doc101, doc102, doc103, doc104, doc105, doc106, doc107, doc108, doc109, doc110]  # noqa: F821


def verdicts(policies):
    best = {}
    rank = {"missing": 0, "partial": 1, "covered": 2}
    for _, ms in policies:
        for m in ms:
            for t in m["tags"]:
                v = "partial" if t.endswith("?") else "covered"
                c = t.rstrip("?")
                if rank[v] > rank[best.get(c, "missing")]:
                    best[c] = v
    return {item: best.get(c, "missing") for item, c in ITEMS}  # noqa: F821


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_key(spec, vs):
    out = [f"municipality: {q(spec['town'])}",
           f"code: {q(spec['code']) if spec['code'] else 'null'}",
           f"period: {{start: {spec['period'][0]}, end: {spec['period'][1]}}}" if spec["period"] else "period: null",
           "policies:"]
    for pt, ms in spec["policies"]:
        out.append(f"  - title: {q(pt)}")
        out.append("    measures:")
        for m in ms:
            out.append(f"      - {q(m['title'])}")
    out.append("items:")
    for item, _ in ITEMS:  # noqa: F821
        out.append(f"  {item}: {vs[item]}")
    out.append("notes: |")
    for n in spec["key"]["notes"]:
        out.append(f"  - {n}")
    with open(f"{spec['id']}.expected.yaml", "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml", n)]
        txt = []
        for n in parts:
            x = z.read(n).decode("utf-8")
            x = re.sub(r"<mc:Fallback>.*?</mc:Fallback>", "", x, flags=re.S)
            x = re.sub(r"</w:p>", "\n", x)
            txt.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", x.replace("\n", "<w:t>\n</w:t>"))))
    import html
    return html.unescape("\n".join(txt))


def pdf_text(path):
    r = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True)
    return r.stdout


def html_text(path):
    import html
    x = open(path, encoding="utf-8").read()
    x = re.sub(r"<style>.*?</style>", "", x, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", x))


def needles(spec):
    n = [spec["town"]] + ([spec["code"]] if spec["code"] else [])
    for pt, ms in spec["policies"]:
        n.append(pt)
        n += [m["title"] for m in ms]
    return n


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, capture_output=True, timeout=240)


def main():
    only = set(sys.argv[1:])
    failures = []
    rows = []
    for fn in DOCS:
        spec = fn()
        did = spec["id"]
        if only and did not in only:
            continue
        print("==", did, spec["town"])
        d = Docx(styles=spec.get("styles", False))  # noqa: F821
        d.render(spec["blocks"])
        d.save(f"{did}.docx")
        files = [f"{did}.docx"]
        try:
            soffice(f"{did}.docx", "pdf", ".")
            files.append(f"{did}.pdf")
        except Exception as e:  # pragma: no cover
            failures.append(f"{did}.pdf: {e}")
        if spec.get("odt"):
            try:
                tmp = tempfile.mkdtemp()
                soffice(f"{did}.docx", "odt", ".")
                soffice(f"{did}.odt", "pdf", tmp)
                shutil.move(os.path.join(tmp, f"{did}.pdf"), f"{did}.odt.pdf")
                files += [f"{did}.odt.pdf"]
            except Exception as e:
                failures.append(f"{did}.odt.pdf: {e}")
        if spec.get("html"):
            h = to_html(spec["blocks"], spec["title"], spec.get("html_css", ""))  # noqa: F821
            with open(f"{did}.html", "w", encoding="utf-8") as f:
                f.write(h)
            try:
                subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                                f"--print-to-pdf={HERE}/{did}.chromium.pdf", f"file://{HERE}/{did}.html"],
                               check=True, capture_output=True, timeout=180)
                files += [f"{did}.html", f"{did}.chromium.pdf"]
            except Exception as e:
                failures.append(f"{did}.chromium.pdf: {e}")
        vs = verdicts(spec["policies"])
        write_key(spec, vs)
        miss = sum(1 for v in vs.values() if v == "missing")
        part = sum(1 for v in vs.values() if v == "partial")
        if not (2 <= miss <= 4 and part >= 1):
            failures.append(f"{did}: {miss} missing / {part} partial (want 2-4 missing, >=1 partial)")
        for f in files:
            if f.endswith(".docx"):
                t = docx_text(f)
            elif f.endswith(".pdf"):
                t = pdf_text(f)
            else:
                t = html_text(f)
            t = norm(t)
            lost = [x for x in needles(spec) if norm(x) not in t]
            status = "ok" if not lost else f"MISSING {lost}"
            print(f"   {f}: {status}")
            if lost:
                failures.append(f"{f}: not found in text: {lost}")
        rows.append((spec, vs, files))
    if not only:
        write_readme(rows)
    print("\nfailures:" if failures else "\nall checks passed")
    for x in failures:
        print("  ", x)


def write_readme(rows):
    L = []
    L.append("# import_blind9 — blind import test set (doc101 … doc110)\n")
    L.append("Invented towns' digital plans (Japanese) as Word .docx and PDF, with answer keys `docNNN.expected.yaml`")
    L.append("(municipality, code, period, policies/measures, 13 item verdicts, notes). Everything is generated by `make.py`")
    L.append("(`../../../.venv/bin/python make.py [docNNN …]`): python-docx plus raw OOXML; PDFs by LibreOffice")
    L.append("(`soffice --headless --convert-to pdf`); for some documents an HTML version printed by Chromium")
    L.append("(`docNNN.html` → `docNNN.chromium.pdf`), and for doc107 an ODT re-export (`doc107.odt` → `doc107.odt.pdf`).")
    L.append("All files of one document share one answer key. make.py checks that the town name, code, every policy and")
    L.append("measure title occurs in the text of every output (docx XML text, pdftotext, HTML text; NFKC, whitespace removed).\n")
    L.append("Item verdicts are those of a careful planning officer reading the MEASURES only (background, 現状, 国の動向,")
    L.append("用語集, 推進体制 and previous-plan reviews do not count). Every plan misses 2–4 item ids and has at least one")
    L.append("partial (a 検討/研究 only, a 試行 for part of the staff, or a narrow aspect). Codes are invented with a valid")
    L.append("check digit; doc102 states no code (null). Verdicts are derived in make.py from per-measure tags, so the")
    L.append("keys and the measure texts cannot drift apart.\n")
    L.append("| doc | town | format | shapes | period | policies / measures | what is hard |")
    L.append("|---|---|---|---|---|---|---|")
    for spec, vs, files in rows:
        fmt = " + ".join(f.replace(spec["id"], "") or f for f in files)
        npol = len(spec["policies"])
        nm = sum(len(ms) for _, ms in spec["policies"])
        per = f"FY{spec['period'][0]}–FY{spec['period'][1]}" if spec["period"] else "none"
        L.append(f"| {spec['id']} | {spec['town']} ({spec['code'] or 'no code'}) | {fmt} | {spec['shapes']} | {per} | {npol} / {nm} | {spec['hard']} |")
    L.append("\n## Item verdicts\n")
    L.append("| doc | " + " | ".join(i.replace("kanmin/", "k/") for i, _ in ITEMS) + " |")  # noqa: F821
    L.append("|---|" + "---|" * len(ITEMS))  # noqa: F821
    ab = {"covered": "C", "partial": "P", "missing": "–"}
    for spec, vs, files in rows:
        L.append(f"| {spec['id']} | " + " | ".join(ab[vs[i]] for i, _ in ITEMS) + " |")  # noqa: F821
    L.append("\nC = covered, P = partial, – = missing.\n")
    L.append("## How this set was written\n")
    L.append("Blind: written without opening the importer (dxcheck), its benchmarks, docs or any worktree, and without")
    L.append("running it. Files read: DOMAIN.md (the project's domain notes, kept beside the repository) (the seed plans themselves were not opened; their shapes are\n"
             "known from DOMAIN.md §7), the README.md of")
    L.append("import_blind … import_blind8 (to choose layouts not covered there), and import_blind8/make.py (only to see")
    L.append("how text boxes and sections were written in raw OOXML). The generator here is new.")
    with open("README.md", "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
