#!/usr/bin/env python3
"""Build the blind test set doc141..doc148 (docx + pdf, doc146 also html + chromium pdf)
and check that every key's municipality, code, policy and measure titles occur in each output.

Usage: .venv/bin/python tests/data/import_blind14/make.py  (python-docx, PyYAML; soffice, chromium and pdftotext on PATH)
"""
import html as htmlmod
import os
import re
import subprocess
import sys
import unicodedata
import zipfile

import yaml
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Mm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))

W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
NS_ALL = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)

FN_RE = re.compile(r'\^\[([^\]]+)\]')   # footnote marker in body text: text^[footnote text]


def esc(s):
    return htmlmod.escape(s, quote=True)


# ----------------------------------------------------------------------------------------
# Word builder
# ----------------------------------------------------------------------------------------
class DocxBuilder:
    def __init__(self, header_title=None, body_font='游明朝', head_font='游ゴシック',
                 size=10.5, footer_style='dash'):
        self.doc = Document()
        self.footnotes = []          # (id, text)
        self.next_abs = 100
        self.next_num = 100
        self.shape_id = 1
        self.header_title = header_title
        self.head_font = head_font
        self.body_font = body_font
        d = self.doc
        sec = d.sections[0]
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.left_margin = sec.right_margin = Mm(25)
        sec.top_margin, sec.bottom_margin = Mm(25), Mm(22)
        sec.header_distance, sec.footer_distance = Mm(12), Mm(10)
        self._font(d.styles['Normal'], body_font, size, ascii_font='Century')
        for name in ('Heading 1', 'Heading 2', 'Heading 3', 'Title', 'List Paragraph',
                     'Header', 'Footer'):
            st = d.styles[name]
            if name.startswith('Heading') or name == 'Title':
                self._font(st, head_font, None, ascii_font='Arial')
                st.font.color.rgb = RGBColor(0, 0, 0)
                st.font.italic = False
            else:
                self._font(st, body_font, None, ascii_font='Century')
        d.styles['Heading 1'].font.size = Pt(16)
        d.styles['Heading 2'].font.size = Pt(13)
        d.styles['Heading 3'].font.size = Pt(11.5)
        pf = d.styles['Normal'].paragraph_format
        pf.space_after = Pt(3)
        pf.line_spacing = 1.15
        if header_title:
            sec.different_first_page_header_footer = True
            hp = sec.header.paragraphs[0]
            hp.text = header_title
            hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            for r in hp.runs:
                r.font.size = Pt(9)
            fp = sec.footer.paragraphs[0]
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if footer_style == 'dash':
                fp.add_run('- ')
                self._page_field(fp)
                fp.add_run(' -')
            else:
                self._page_field(fp)

    # -- low level -----------------------------------------------------------------------
    @staticmethod
    def _font(style, east, size, ascii_font=None):
        if size:
            style.font.size = Pt(size)
        rpr = style.element.get_or_add_rPr()
        rf = rpr.find(qn('w:rFonts'))
        if rf is None:
            rf = parse_xml('<w:rFonts %s/>' % nsdecls('w'))
            rpr.insert(0, rf)
        for k in list(rf.attrib):
            del rf.attrib[k]
        rf.set(qn('w:eastAsia'), east)
        if ascii_font:
            rf.set(qn('w:ascii'), ascii_font)
            rf.set(qn('w:hAnsi'), ascii_font)

    @staticmethod
    def _page_field(p):
        for xml in ('<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>',
                    '<w:r %s><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
                    '<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>',
                    '<w:r %s><w:t>1</w:t></w:r>',
                    '<w:r %s><w:fldChar w:fldCharType="end"/></w:r>'):
            p._p.append(parse_xml(xml % nsdecls('w')))

    def _runs(self, p, text, bold=False, size=None, font=None):
        """Add text to paragraph; '^[...]' becomes a footnote; '**x**' bold."""
        pos = 0
        for m in FN_RE.finditer(text):
            self._plain(p, text[pos:m.start()], bold, size, font)
            self._footnote_ref(p, m.group(1))
            pos = m.end()
        self._plain(p, text[pos:], bold, size, font)

    def _plain(self, p, text, bold, size, font):
        parts = re.split(r'(\*\*[^*]+\*\*)', text)
        for part in parts:
            if not part:
                continue
            b = bold
            if part.startswith('**') and part.endswith('**'):
                part, b = part[2:-2], True
            r = p.add_run(part)
            if b:
                r.bold = True
            if size:
                r.font.size = Pt(size)
            if font:
                r._r.get_or_add_rPr()
                rf = parse_xml('<w:rFonts %s w:eastAsia="%s" w:ascii="Arial" w:hAnsi="Arial"/>'
                               % (nsdecls('w'), font))
                r._r.rPr.insert(0, rf)

    def _footnote_ref(self, p, note):
        fid = len(self.footnotes) + 1
        self.footnotes.append((fid, note))
        p._p.append(parse_xml(
            '<w:r %s><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            '<w:footnoteReference w:id="%d"/></w:r>' % (nsdecls('w'), fid)))

    # -- blocks -------------------------------------------------------------------------
    def cover(self, lines, org, date, sub=None):
        d = self.doc
        for _ in range(6):
            d.add_paragraph()
        for i, (txt, sz) in enumerate(lines):
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            self._plain(p, txt, True, sz, self.head_font)
        if sub:
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            self._plain(p, sub, False, 12, None)
        for _ in range(12):
            d.add_paragraph()
        for txt in (date, org):
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            self._plain(p, txt, False, 14, None)
        self.page_break()

    def toc(self, entries, title='目　次'):
        p = self.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self._plain(p, title, True, 14, self.head_font)
        for indent, txt, page in entries:
            p = self.doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(0.8 * indent)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), alignment=2, leader=1)
            self._plain(p, '%s\t%s' % (txt, page), indent == 0, None, None)
        self.page_break()

    def h(self, level, text, mode='style', size=None):
        if mode == 'style':
            p = self.doc.add_paragraph(style='Heading %d' % level)
            self._runs(p, text)
            return p
        # bold-only heading: a Normal paragraph
        p = self.doc.add_paragraph()
        sz = size or {1: 15, 2: 12.5, 3: 11}[level]
        p.paragraph_format.space_before = Pt(10 if level == 1 else 6)
        p.paragraph_format.keep_with_next = True
        self._runs(p, text, bold=True, size=sz)
        return p

    def p(self, text, indent=0.0, first=1, align=None, size=None, bold=False):
        p = self.doc.add_paragraph()
        if indent:
            p.paragraph_format.left_indent = Cm(indent)
        if first:
            p.paragraph_format.first_line_indent = Pt(10.5 * first)
        if align == 'center':
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == 'right':
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        self._runs(p, text, bold=bold, size=size)
        return p

    def label(self, text, indent=0.0):
        p = self.doc.add_paragraph()
        p.paragraph_format.space_before = Pt(4)
        p.paragraph_format.keep_with_next = True
        if indent:
            p.paragraph_format.left_indent = Cm(indent)
        self._runs(p, text, bold=True)
        return p

    def bullet(self, text, mark='・', indent=0.5):
        p = self.doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(indent + 0.45)
        p.paragraph_format.first_line_indent = Cm(-0.45)
        self._runs(p, mark + text)
        return p

    def page_break(self):
        p = self.doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    def blank(self, n=1):
        for _ in range(n):
            self.doc.add_paragraph()

    # -- numbering (numbering.xml) ---------------------------------------------------
    def abstract(self, levels):
        """levels: list of (numFmt, lvlText, left_twips, hanging_twips, bold, suffix)."""
        aid = self.next_abs
        self.next_abs += 1
        lv = []
        for i, (fmt, txt, left, hang, bold, suff) in enumerate(levels):
            rpr = '<w:rPr><w:b/></w:rPr>' if bold else '<w:rPr/>'
            lv.append(
                '<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
                '%s<w:suff w:val="%s"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
                '<w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr>%s</w:lvl>'
                % (i, fmt, ('<w:lvlRestart w:val="%d"/>' % i) if i else '', suff, esc(txt),
                   left, hang, rpr))
        xml = ('<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="multilevel"/>%s'
               '</w:abstractNum>' % (nsdecls('w'), aid, ''.join(lv)))
        numbering = self.doc.part.numbering_part.element
        first_num = numbering.find(qn('w:num'))
        el = parse_xml(xml)
        if first_num is not None:
            first_num.addprevious(el)
        else:
            numbering.append(el)
        return aid

    def num(self, aid, restart=True):
        nid = self.next_num
        self.next_num += 1
        ovr = ('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
               if restart else '')
        self.doc.part.numbering_part.element.append(parse_xml(
            '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/>%s</w:num>'
            % (nsdecls('w'), nid, aid, ovr)))
        return nid

    def numbered(self, nid, ilvl, text, style=None, bold=False, size=None):
        p = self.doc.add_paragraph(style=style) if style else self.doc.add_paragraph()
        numPr = p._p.get_or_add_pPr().get_or_add_numPr()
        numPr.get_or_add_ilvl().val = ilvl
        numPr.get_or_add_numId().val = nid
        self._runs(p, text, bold=bold, size=size)
        return p

    # -- tables --------------------------------------------------------------------------
    def table(self, rows, widths, header_rows=1, repeat_header=False, vmerge=(), span_rows=(),
              shade_header=True, size=9.5, bold_cols=(), cant_split=False):
        """rows: list of lists of cell texts (a cell text may contain '\n' → paragraphs).
        vmerge: list of (col, first_row, last_row). span_rows: row indices merged across."""
        t = self.doc.add_table(rows=len(rows), cols=len(widths))
        t.style = self.doc.styles['Table Grid']
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        tblPr = t._tbl.tblPr
        tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls('w')))
        tblW = tblPr.find(qn('w:tblW'))
        if tblW is not None:
            tblW.set(qn('w:w'), str(int(sum(widths) * 567)))
            tblW.set(qn('w:type'), 'dxa')
        for gc, w in zip(t._tbl.tblGrid.findall(qn('w:gridCol')), widths):
            gc.set(qn('w:w'), str(int(w * 567)))
        for ri, row in enumerate(rows):
            tr = t.rows[ri]
            for ci, w in enumerate(widths):
                tr.cells[ci].width = Cm(w)
            if ri < header_rows and repeat_header:
                tr._tr.get_or_add_trPr().append(parse_xml('<w:tblHeader %s/>' % nsdecls('w')))
            if cant_split:
                tr._tr.get_or_add_trPr().append(parse_xml('<w:cantSplit %s/>' % nsdecls('w')))
            for ci, txt in enumerate(row):
                if txt is None:
                    continue
                cell = tr.cells[ci]
                lines = txt.split('\n')
                cell.paragraphs[0].text = ''
                for li, line in enumerate(lines):
                    para = cell.paragraphs[0] if li == 0 else cell.add_paragraph()
                    para.paragraph_format.first_line_indent = 0
                    para.paragraph_format.space_after = Pt(1)
                    b = (ri < header_rows) or (ci in bold_cols) or (ri in span_rows)
                    self._runs(para, line, bold=b, size=size)
                    if ri < header_rows:
                        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                if (ri < header_rows or ri in span_rows) and shade_header:
                    fill = 'D9E2F3' if ri < header_rows else 'F2F2F2'
                    cell._tc.get_or_add_tcPr().append(parse_xml(
                        '<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls('w'), fill)))
        for ri in span_rows:
            a = t.cell(ri, 0)
            a.merge(t.cell(ri, len(widths) - 1))
        for col, r0, r1 in vmerge:
            t.cell(r0, col).merge(t.cell(r1, col))
        self.doc.add_paragraph()
        return t

    # -- sections ------------------------------------------------------------------------
    def section(self, cols=1, new_page=False, space=425):
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE if new_page else WD_SECTION.CONTINUOUS)
        sp = sec._sectPr
        c = sp.find(qn('w:cols'))
        if c is None:
            c = parse_xml('<w:cols %s/>' % nsdecls('w'))
            dg = sp.find(qn('w:docGrid'))
            if dg is not None:
                dg.addprevious(c)
            else:
                sp.append(c)
        for k in list(c.attrib):
            del c.attrib[k]
        c.set(qn('w:num'), str(cols))
        c.set(qn('w:space'), str(space))
        if self.header_title:
            sec.different_first_page_header_footer = False
        return sec

    # -- drawing (text boxes and lines) ---------------------------------------------------
    def _anchor(self, x, y, cx, cy, inner, name):
        sid = self.shape_id
        self.shape_id += 1
        return (
            '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
            'relativeHeight="%d" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="column"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
            '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
            '<wp:docPr id="%d" name="%s %d"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '%s</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice></mc:AlternateContent>'
            % (251659264 + sid, x, y, cx, cy, sid, name, sid, inner))

    def textbox(self, x, y, w, hgt, lines, fill='FFFFFF', bold=False, size=9, center=True):
        """x,y,w,h in mm relative to column / anchor paragraph."""
        E = 36000
        paras = ''.join(
            '<w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>%s</w:pPr>'
            '<w:r><w:rPr>%s<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
            % ('<w:jc w:val="center"/>' if center else '', '<w:b/>' if bold else '',
               int(size * 2), int(size * 2), esc(line))
            for line in lines)
        inner = (
            '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
            '<a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
            '<a:solidFill><a:srgbClr val="%s"/></a:solidFill>'
            '<a:ln w="9525"><a:solidFill><a:srgbClr val="404040"/></a:solidFill></a:ln></wps:spPr>'
            '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
            '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="54000" tIns="18000" rIns="54000" '
            'bIns="18000" anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>'
            % (int(w * E), int(hgt * E), fill, paras))
        return self._anchor(int(x * E), int(y * E), int(w * E), int(hgt * E), inner, 'Text Box')

    def line(self, x1, y1, x2, y2, t=0.35):
        """Horizontal or vertical connector, drawn as a thin filled rectangle (x,y in mm)."""
        E = 36000
        x, y = min(x1, x2), min(y1, y2)
        cx, cy = max(abs(x2 - x1), t), max(abs(y2 - y1), t)
        inner = (
            '<wps:wsp><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
            '<a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
            '<a:solidFill><a:srgbClr val="404040"/></a:solidFill><a:ln><a:noFill/></a:ln></wps:spPr>'
            '<wps:bodyPr/></wps:wsp>' % (int(cx * E), int(cy * E)))
        return self._anchor(int(x * E), int(y * E), int(cx * E), int(cy * E), inner, 'Connector')

    def drawing(self, shapes, height_lines):
        """Put all anchored shapes into one paragraph, then reserve height with empty lines."""
        p = self.doc.add_paragraph()
        for s in shapes:
            p._p.append(parse_xml('<w:r %s>%s</w:r>' % (NS_ALL, s)))
        for _ in range(height_lines):
            self.doc.add_paragraph()

    # -- save ----------------------------------------------------------------------------
    def save(self, path):
        d = self.doc
        if self.footnotes:
            body = ''.join(
                '<w:footnote w:id="%d"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>'
                % (fid, esc(txt)) for fid, txt in self.footnotes)
            xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<w:footnotes xmlns:w="%s">'
                   '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                   '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
                   '%s</w:footnotes>' % (W_NS, body))
            part = Part(PackURI('/word/footnotes.xml'),
                        'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml',
                        xml.encode('utf-8'), d.part.package)
            d.part.relate_to(part, RT.FOOTNOTES)
            settings = d.settings.element
            settings.append(parse_xml(
                '<w:footnotePr %s><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
                % nsdecls('w')))
        d.core_properties.title = self.header_title or ''
        d.core_properties.author = ''
        d.save(path)


# ----------------------------------------------------------------------------------------
# HTML builder (same calls, used for doc146)
# ----------------------------------------------------------------------------------------
class HtmlBuilder:
    def __init__(self, title):
        self.title = title
        self.out = []
        self.fn = []

    def _t(self, text):
        s = ''
        pos = 0
        for m in FN_RE.finditer(text):
            s += self._b(text[pos:m.start()])
            self.fn.append(m.group(1))
            s += '<sup>※%d</sup>' % len(self.fn)
            pos = m.end()
        return s + self._b(text[pos:])

    @staticmethod
    def _b(text):
        return re.sub(r'\*\*([^*]+)\*\*', r'<b>\1</b>', esc(text))

    def cover(self, lines, org, date, sub=None):
        self.out.append('<section class="cover">')
        for txt, sz in lines:
            self.out.append('<p class="ct" style="font-size:%dpt">%s</p>' % (sz, esc(txt)))
        if sub:
            self.out.append('<p class="cs">%s</p>' % esc(sub))
        self.out.append('<p class="cd">%s</p><p class="cd">%s</p></section>' % (esc(date), esc(org)))

    def toc(self, entries, title='目　次'):
        self.out.append('<section class="toc"><h2 class="tocT">%s</h2><ul>' % esc(title))
        for indent, txt, page in entries:
            self.out.append('<li style="margin-left:%.1fem">%s<span class="pg">%s</span></li>'
                            % (indent * 1.5, esc(txt), page))
        self.out.append('</ul></section>')

    def h(self, level, text, mode='style', size=None):
        self.out.append('<h%d>%s</h%d>' % (level, self._t(text), level))

    def p(self, text, indent=0.0, first=1, align=None, size=None, bold=False):
        st = []
        if indent:
            st.append('margin-left:%.1fcm' % indent)
        if not first:
            st.append('text-indent:0')
        if align:
            st.append('text-align:%s' % align)
        t = self._t(text)
        if bold:
            t = '<b>%s</b>' % t
        self.out.append('<p style="%s">%s</p>' % (';'.join(st), t))

    def label(self, text, indent=0.0):
        self.out.append('<p class="lab" style="margin-left:%.1fcm">%s</p>' % (indent, self._t(text)))

    def bullet(self, text, mark='・', indent=0.5):
        self.out.append('<p class="bul" style="margin-left:%.1fcm">%s</p>' % (indent + 0.5, self._t(mark + text)))

    def page_break(self):
        self.out.append('<div class="pb"></div>')

    def blank(self, n=1):
        pass

    def table(self, rows, widths, header_rows=1, repeat_header=False, vmerge=(), span_rows=(),
              shade_header=True, size=9.5, bold_cols=(), cant_split=False):
        skip = set()
        spans = {}
        for col, r0, r1 in vmerge:
            spans[(r0, col)] = r1 - r0 + 1
            for r in range(r0 + 1, r1 + 1):
                skip.add((r, col))
        tot = sum(widths)
        h = ['<table><colgroup>%s</colgroup>' % ''.join(
            '<col style="width:%.1f%%">' % (100 * w / tot) for w in widths)]
        for ri, row in enumerate(rows):
            if ri == 0 and header_rows:
                h.append('<thead>')
            if ri == header_rows:
                h.append('</thead><tbody>')
            h.append('<tr>')
            if ri in span_rows:
                h.append('<td class="span" colspan="%d">%s</td>' % (len(widths), self._t(row[0])))
            else:
                for ci, txt in enumerate(row):
                    if (ri, ci) in skip:
                        continue
                    tag = 'th' if ri < header_rows else 'td'
                    rs = ' rowspan="%d"' % spans[(ri, ci)] if (ri, ci) in spans else ''
                    body = '<br>'.join(self._t(x) for x in (txt or '').split('\n'))
                    if ci in bold_cols:
                        body = '<b>%s</b>' % body
                    h.append('<%s%s>%s</%s>' % (tag, rs, body, tag))
            h.append('</tr>')
        h.append('</tbody></table>')
        self.out.append(''.join(h))

    def save(self, path):
        notes = ''
        if self.fn:
            notes = '<section class="notes"><hr>' + ''.join(
                '<p class="fn">※%d %s</p>' % (i + 1, esc(t)) for i, t in enumerate(self.fn)) + '</section>'
        css = """
@page { size: A4; margin: 22mm 22mm 20mm 22mm; }
body { font-family: 'Noto Serif CJK JP', serif; font-size: 10.5pt; line-height: 1.65; }
h1 { font-family: 'Noto Sans CJK JP', sans-serif; font-size: 16pt; border-bottom: 2px solid #333; margin-top: 0; }
h2 { font-family: 'Noto Sans CJK JP', sans-serif; font-size: 13pt; border-left: 6px solid #2f5597; padding-left: 6px; }
h3 { font-family: 'Noto Sans CJK JP', sans-serif; font-size: 11.5pt; }
p { text-indent: 1em; margin: 0.2em 0; }
p.lab { font-weight: bold; text-indent: 0; margin-top: 0.5em; }
p.bul { text-indent: -1em; }
.cover { height: 225mm; overflow: hidden; text-align: center; page-break-after: always; }
.cover .ct { font-family: 'Noto Sans CJK JP', sans-serif; font-weight: bold; text-indent: 0; }
.cover .ct:first-child { margin-top: 70mm; }
.cover .cd { font-size: 14pt; text-indent: 0; }
.cover .cd:nth-last-child(2) { margin-top: 80mm; }
.toc { page-break-after: always; } .toc ul { list-style: none; padding: 0; }
.toc li { border-bottom: 1px dotted #999; } .toc .pg { float: right; }
.tocT { border: none; text-align: center; }
.pb { page-break-after: always; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; margin: 0.5em 0 1em; }
th, td { border: 1px solid #333; padding: 3px 5px; vertical-align: top; }
th { background: #d9e2f3; } td.span { background: #f2f2f2; font-weight: bold; }
thead { display: table-header-group; } tr { page-break-inside: avoid; }
.fn { font-size: 8.5pt; text-indent: 0; }
"""
        doc = ('<!DOCTYPE html>\n<html lang="ja"><head><meta charset="utf-8"><title>%s</title>'
               '<style>%s</style></head><body>\n%s\n%s\n</body></html>\n'
               % (esc(self.title), css, '\n'.join(self.out), notes))
        with open(path, 'w', encoding='utf-8') as f:
            f.write(doc)


# ----------------------------------------------------------------------------------------
# shared wording
# ----------------------------------------------------------------------------------------
GLOSSARY = [
    ('AI', 'Artificial Intelligence（人工知能）の略。学習・推論・判断などの知的な働きをコンピュータで実現する技術。文章の要約や画像の判別、問合せへの自動応答などに用いられる。'),
    ('RPA', 'Robotic Process Automationの略。パソコン上で人が行う定型的な操作をソフトウェアのロボットに記録させ、自動で処理させる仕組み。'),
    ('AI-OCR', '手書きや印字された文字を画像から読み取ってデータに変換するOCRに、AIの学習機能を組み合わせ、読取精度を高めたもの。'),
    ('テレワーク', 'ICTを活用し、時間や場所にとらわれずに働く勤務形態。在宅勤務、サテライトオフィス勤務、モバイルワークなどがある。'),
    ('eLTAX', '地方税ポータルシステムの愛称。地方税の申告、申請、納税などの手続をインターネットで行うための、地方公共団体が共同で運営するシステム。'),
    ('オープンデータ', '国や地方公共団体、事業者が保有するデータのうち、誰もが二次利用できるルールで、機械判読に適した形式により無償で公開されたもの。'),
    ('ローカル5G', '地域の企業や自治体などが、自らの建物や敷地内で個別に構築・利用する第5世代移動通信システム（5G）のネットワーク。'),
    ('ガバメントクラウド', '政府共通のクラウドサービスの利用環境。地方公共団体の基幹業務システムは、標準準拠システムとしてこの環境で利用することが想定されている。'),
    ('マイナポータル', '政府が運営するオンラインサービス。子育てや介護などの行政手続の検索・オンライン申請、行政機関からのお知らせの受け取りなどができる。'),
    ('BPR', 'Business Process Re-engineeringの略。業務の目的に立ち返って、既存の業務の流れや手順を抜本的に見直し、再設計すること。'),
    ('LGWAN', '総合行政ネットワーク。地方公共団体を相互に接続する、行政専用の閉域ネットワーク。'),
    ('デジタルデバイド', 'インターネットやパソコン等の情報通信技術を利用できる人と、利用できない人との間に生じる格差。'),
]


def national_trends(b, h3, town, skip=()):
    """Background: what the state does. Mentions every item as others' action."""
    h3('国の動向')
    b.p('国は、令和3年9月にデジタル庁を設置し、「誰一人取り残されない、人に優しいデジタル化」を掲げて'
        '社会全体のデジタル化を進めています。令和2年12月に総務省が策定した「自治体デジタル・トランス'
        'フォーメーション（DX）推進計画」では、自治体が重点的に取り組むべき事項として、情報システムの'
        '標準化・共通化、マイナンバーカードの普及促進、行政手続のオンライン化、AI・RPAの利用推進、'
        'テレワークの推進、セキュリティ対策の徹底の6項目が示されました。')
    if 'std' not in skip:
        b.p('住民記録や税、福祉などの基幹業務システムについては、「地方公共団体情報システムの標準化に関する'
            '法律」に基づき、国が定める標準仕様に準拠したシステムへ移行することとされ、ガバメントクラウドの'
            '利用が求められています。移行期限は原則として令和7年度末とされましたが、移行が困難なシステムは'
            '特定移行支援システムとして、おおむね5年以内の移行を目指すこととされました。')
    if 'open' not in skip:
        b.p('データの利活用については、国は「オープンデータ基本指針」を定め、自治体が公開すべきデータの'
            '項目や形式を「自治体標準オープンデータセット」（推奨データセット）として示しています。また、民間事業者によるデータ'
            '連携基盤の整備も各地で進められています。')
    if 'tele' not in skip:
        b.p('働き方の面では、国や多くの民間企業がテレワークを導入しており、国は地方公共団体に対しても、'
            '職員のテレワーク環境の整備を働きかけています。')
    b.p('さらに、令和7年6月には「地方創生2.0基本構想」が閣議決定され、デジタル技術を地域課題の解決に'
        '生かすことが改めて求められています。%sにおいても、こうした国の動きを踏まえ、限られた職員で'
        '質の高い行政サービスを提供し続けるための取組が必要となっています。' % town)


# ----------------------------------------------------------------------------------------
# doc141 霞野町DX推進計画 — Word multilevel numbering, header/footer, footnotes, 2-col 用語集
# ----------------------------------------------------------------------------------------
def doc141(b):
    T = '霞野町DX推進計画'
    b.cover([(T, 26)], '茨城県霞野町', '令和8年3月', sub='令和8年度（2026年度）～令和12年度（2030年度）')
    b.toc([(0, '第1章　計画の策定にあたって', 1), (1, '1．策定の趣旨', 1), (1, '2．計画の位置づけ', 1),
           (1, '3．計画期間', 2), (0, '第2章　霞野町を取り巻く状況', 2), (1, '1．国の動向', 2),
           (1, '2．町の現状', 3), (1, '3．前計画の振り返り', 3), (0, '第3章　基本理念と施策', 4),
           (0, '第4章　計画の推進', 7), (0, '用語集', 8)])
    H1 = lambda t: b.h(1, t)
    H2 = lambda t: b.h(2, t)
    H1('第1章　計画の策定にあたって')
    H2('1．策定の趣旨')
    b.p('霞野町では、平成28年3月に「霞野町情報化計画」を、令和3年3月に「第2次霞野町情報化計画」を'
        '策定し、庁内ネットワークの整備や電子申請の導入など、行政の情報化に取り組んできました。')
    b.p('この間、人口減少と少子高齢化は一段と進み、令和7年の町の人口は約1万4千人と、10年前に比べて'
        '1割以上減少しています。職員数も減少する中で、町民の暮らしを支える行政サービスを維持していくには、'
        'デジタル技術を活用して、手続の仕組みや職員の働き方そのものを見直していく必要があります。')
    b.p('こうした状況を踏まえ、これまでの情報化計画を発展的に継承し、町のデジタル・トランスフォーメーション'
        '（DX）^[デジタル・トランスフォーメーション（DX）：デジタル技術を活用して、業務や組織、サービスのあり方を変革すること。]'
        'を計画的に進めるため、「霞野町DX推進計画」（以下「本計画」という。）を策定します。')
    H2('2．計画の位置づけ')
    b.p('本計画は、「第6次霞野町総合計画」を上位計画とし、その基本目標の一つである「便利で効率的な行政'
        '運営」を、デジタル技術の面から具体化する個別計画です。')
    b.p('また、官民データ活用推進基本法^[官民データ活用推進基本法（平成28年法律第103号）。第9条第3項で、'
        '市町村は官民データ活用推進計画を定めるよう努めるものとされている。]第9条第3項に基づく「市町村官民'
        'データ活用推進計画」として位置づけるとともに、国の「自治体DX推進計画」を踏まえた本町の取組方針と'
        'します。')
    H2('3．計画期間')
    b.p('本計画の期間は、令和8（2026）年度から令和12（2030）年度までの5年間とします。ただし、技術の進展や'
        '国の制度改正等により、必要に応じて期間中であっても見直しを行います。')
    b.table([['区分', 'R6', 'R7', 'R8', 'R9', 'R10', 'R11', 'R12'],
             ['第6次総合計画', '前期', '前期', '後期', '後期', '後期', '後期', '後期'],
             ['第2次情報化計画', '計画期間', '計画期間', '', '', '', '', ''],
             ['DX推進計画', '', '策定', '計画期間', '計画期間', '計画期間', '計画期間', '計画期間']],
            [3.4, 1.6, 1.6, 1.7, 1.7, 1.7, 1.7, 1.7], size=8.5)
    H1('第2章　霞野町を取り巻く状況')
    national_trends(b, lambda t: H2('1．' + t), '本町')
    H2('2．町の現状')
    b.p('令和7年度に実施した町民アンケート（回答者数812人）では、スマートフォンを保有している人の割合は'
        '全体で84.1％でしたが、70歳以上では61.3％にとどまりました。また、「行政手続をインターネットで'
        '済ませたい」と答えた人は全体の67.2％で、子育て世代では8割を超えています。')
    b.p('本町のマイナンバーカードの保有率は、令和7年12月末時点で78.5％です。電子申請は、県と市町村の'
        '共同利用システムにより42手続で受け付けていますが、年間の申請件数は約1,900件にとどまり、その多くが'
        '施設予約とイベントの申込みです。')
    H2('3．前計画の振り返り')
    b.p('第2次情報化計画では、庁内無線LANの整備、会議のペーパーレス化、電子申請の導入を実施しました。'
        '一方で、計画に掲げた職員のテレワークについては、庁外から業務システムに接続する環境の整備が'
        '間に合わず、試行に至りませんでした。また、RPAの導入も、対象業務の選定の段階にとどまっています。')
    b.p('これらの結果から、職員が個別にシステムを使いこなすだけでなく、業務の流れ全体を見直すことが'
        '課題として残りました。')

    H1('第3章　基本理念と施策')
    H2('1．基本理念')
    b.p('**「デジタルでつながり、誰もが暮らしやすい　かすみのまち」**', first=0, align='center')
    b.p('デジタル技術を手段として、町民が手続や相談のために役場へ足を運ぶ負担を減らし、職員が町民と'
        '向き合う時間を生み出すことを目指します。あわせて、デジタルに不慣れな方を置き去りにしない'
        '配慮を、すべての施策に通じる前提とします。')
    H2('2．基本方針と施策')
    b.p('基本理念の実現に向けて、次の3つの基本方針を定め、基本方針ごとに施策を展開します。')
    pol = b.abstract([('decimalFullWidth', '基本方針%1', 0, 0, True, 'space')])
    pnum = b.num(pol, restart=False)
    mea = b.abstract([('decimalFullWidth', '（%1）', 420, 420, True, 'space'),
                      ('aiueoFullWidth', '%2', 840, 420, False, 'space')])

    def policy(title, desc):
        b.numbered(pnum, 0, title, style='Heading 3')
        b.p(desc)
        return b.num(mea, restart=True)

    def measure(n, title, paras, subs=()):
        b.numbered(n, 0, title, bold=True)
        for t in paras:
            b.p(t, indent=0.74)
        for t in subs:
            b.numbered(n, 1, t)

    n = policy('町民の利便性を高める行政サービスの提供',
               '「行かない役場」「待たない窓口」を目指し、手続の入口から出口までのデジタル化を進めます。')
    measure(n, '行政手続のオンライン化',
            ['令和8年度までに、子育て・介護関係の手続と罹災証明書の交付申請について、マイナポータルの'
             '「ぴったりサービス」^[ぴったりサービス：マイナポータルの機能の一つで、自治体の手続の検索と'
             'オンライン申請ができるサービス。]からオンラインで申請できるようにします。',
             'その他の手続についても、申請件数の多いものから電子申請の対象を順次拡大し、計画期間中に'
             '120手続のオンライン化を目指します。'],
            ['子育て・介護関係の26手続（令和8年度）', '各種証明書の郵送請求（令和9年度）',
             '施設使用料の電子納付（令和10年度）'])
    measure(n, 'マイナンバーカードの取得促進と活用',
            ['休日窓口の開設や、事業所・地区集会所への出張申請受付を継続し、カードの取得を促進します。'
             'また、各種証明書のコンビニ交付に加え、町の図書館カードとしての利用を令和9年度から開始します。'])
    measure(n, '窓口キャッシュレス決済の導入',
            ['住民票の写しや税証明などの交付手数料について、役場本庁舎と支所の窓口で、クレジットカードや'
             '電子マネー、QRコード決済による支払いを令和8年度中に導入します。'])
    n = policy('誰もが安心してデジタルを使える地域づくり',
               'デジタル化の恩恵を町民一人ひとりが受けられるよう、学ぶ機会と使える環境を整えます。')
    measure(n, 'デジタル活用支援の充実',
            ['高齢者等を対象としたスマートフォン相談会を、公民館や地区集会所で毎月開催します。'
             '地域の協力者を「デジタル活用支援員」として養成し、身近な場所で相談できる体制を整えます。'])
    measure(n, '公共施設の無線LAN環境の整備',
            ['公民館、体育館など指定避難所となる12施設に、災害時にも利用できる公衆無線LANを令和9年度までに'
             '整備します。平常時は、講座やイベントでの利用に開放します。'])
    measure(n, '移住・定住促進のためのテレワーク環境の整備',
            ['空き店舗を改修したコワーキングスペースを駅前に開設し、町外の企業に勤めながら本町に移住する方や、'
             'サテライトオフィスを設ける企業が、テレワークで働ける環境を提供します。高速通信回線と個室ブースを'
             '備え、移住相談と一体で運営します。'])
    n = policy('効率的で持続可能な行政運営',
               '限られた職員で行政サービスを維持するため、システムと業務の両面から改革を進めます。')
    measure(n, '基幹業務システムの標準化',
            ['住民記録、税、福祉などの基幹業務システムについて、令和7年度末までに移行を完了した業務に加え、'
             '特定移行支援システムとなった2業務を令和9年度までにガバメントクラウド上の標準準拠システムへ'
             '移行します。移行後は、運用経費の検証を行い、必要な見直しを図ります。'])
    measure(n, '業務プロセスの見直し',
            ['窓口業務と内部事務の業務量調査を実施し、手続の流れを可視化したうえで、書類や押印、決裁の'
             '手順を見直します。見直した業務は、オンライン化やシステム化とあわせて全庁に展開します。'])
    measure(n, 'AI・RPAの活用に向けた調査研究',
            ['AIによる会議録の作成や、RPAによる定型作業の自動化について、先進自治体の事例の調査研究を行い、'
             '本町で導入効果が見込める業務と費用を検討します。'])
    measure(n, '情報セキュリティ対策の強化',
            ['国のガイドラインの改定に合わせて情報セキュリティポリシーを見直すとともに、全職員を対象とした'
             '研修と標的型攻撃メールの訓練を毎年実施します。外部監査を計画期間中に2回受けます。'])
    measure(n, '職員のデジタル人材育成',
            ['各課にDX推進リーダーを置き、外部研修への派遣や庁内勉強会を通じて、業務改革を担う職員を'
             '育成します。'])

    H1('第4章　計画の推進')
    H2('1．推進体制')
    b.p('副町長を最高情報統括責任者（CIO）とし、町長を本部長とする「霞野町DX推進本部」において、'
        '施策の進捗を全庁的に管理します。専門的な助言を得るため、外部のデジタル人材をCIO補佐官として'
        '任用します。')
    H2('2．進行管理')
    b.p('施策ごとに重要業績評価指標（KPI）を設定し、毎年度、DX推進本部で達成状況を確認します。'
        '評価結果は町ホームページで公表し、翌年度の取組に反映します。')
    b.table([['指標', '現状値（R7）', '目標値（R12）'],
             ['オンラインで申請できる手続数', '42手続', '120手続'],
             ['マイナンバーカード保有率', '78.5％', '90％'],
             ['スマートフォン相談会の参加者数（累計）', '―', '1,500人'],
             ['公衆無線LANを整備した避難所数', '3施設', '12施設']],
            [8.0, 3.5, 3.5])
    b.section(cols=2, new_page=True)
    b.h(1, '用語集')
    for k, v in GLOSSARY:
        b.p('**%s**　%s' % (k, v), first=0)
    b.section(cols=1)
    b.p('霞野町DX推進計画　令和8年3月　発行：霞野町総務部企画財政課（団体コード085472）', first=0, align='center', size=9)


# ----------------------------------------------------------------------------------------
# doc142 第3次椿台市情報化計画 — bold-only headings, long table w/ repeated header, 資料編
# ----------------------------------------------------------------------------------------
PROC_LIST = [
    '図書館の図書貸出予約等', '文化・スポーツ施設等の利用予約等', '研修・講習・各種イベント等の申込',
    '地方税申告手続（eLTAX）', '水道使用開始届等', '道路占用許可申請等', '道路使用許可の申請',
    '駐車場の許可の申請', '建築確認', '粗大ごみ収集の申込', '産業廃棄物の処理、運搬の実績報告',
    '犬の登録申請、死亡届', '職員採用試験申込', '入札参加資格審査申請等', '入札',
    '衆議院・参議院選挙の不在者投票用紙等の請求', '浄化槽使用開始報告等', '公文書開示請求', '後援名義の申請等',
    '子育て関係（15手続）', '介護関係（11手続）', '被災者支援関係（8手続）',
]


def doc142(b):
    B = 'bold'
    b.cover([('第3次椿台市情報化計画', 26)], '椿台市', '令和7年3月',
             sub='2025年度（令和7年度）～2029年度（令和11年度）')
    b.toc([(0, '第1章　計画の概要', 1), (0, '第2章　情報化を取り巻く環境', 2),
           (0, '第3章　計画の目標と取組', 4), (0, '第4章　計画の推進', 7), (0, '資料編', 8)])
    b.h(1, '第1章　計画の概要', B)
    b.h(2, '1　計画策定の趣旨', B)
    b.p('本市は、平成27年に「椿台市情報化計画」、令和2年に「第2次椿台市情報化計画」を策定し、情報'
        'システムの最適化や市民サービスの電子化を進めてきました。第2次計画の期間が令和6年度で終了する'
        'ことから、この間の社会環境の変化と取組の成果・課題を踏まえ、「第3次椿台市情報化計画」を策定します。')
    b.p('本計画では、デジタル技術を市民サービスと行政運営の両面で活用し、人口減少下にあっても質の高い'
        '行政サービスを持続的に提供できる市役所を目指します。')
    b.h(2, '2　計画の位置づけ', B)
    b.p('本計画は、「椿台市第5次総合計画」の分野別計画であり、官民データ活用推進基本法第9条第3項に'
        '規定する「市町村官民データ活用推進計画」を兼ねるものです。また、国の「自治体DX推進計画」に'
        '対応する本市の取組を含みます。')
    b.h(2, '3　計画の期間', B)
    b.p('2025年度（令和7年度）から2029年度（令和11年度）までの5年間とします。')
    b.h(1, '第2章　情報化を取り巻く環境', B)
    b.h(2, '1　国・県の動き', B)
    national_trends(b, lambda t: b.h(3, '（1）' + t, B), '本市', skip=('tele',))
    b.h(3, '（2）県の動き', B)
    b.p('県は「デジタル県づくり推進計画」に基づき、市町との電子申請システムの共同利用や、県内全域での'
        'デジタル人材の育成を進めています。また、県は市町と共同で、情報セキュリティクラウドを運用して'
        'います。')
    b.h(2, '2　本市の状況', B)
    b.p('市内の光ファイバ網は、通信事業者により令和4年度までに全域で整備が完了しています。また、'
        '市北部の住宅地では、民間事業者によりAIを活用したオンデマンド交通の実証運行が行われており、'
        '高齢者の通院や買い物の足として利用が広がっています。')
    b.p('令和6年度の市民意識調査では、市からの情報を主にインターネットで得ている人が57.4％となった'
        '一方、「市のホームページで必要な情報が見つけにくい」という回答も4割を超えました。')
    b.h(2, '3　第2次計画の成果と課題', B)
    b.p('第2次計画では、電子申請の対象手続を38手続まで拡大し、庁内の会議資料のペーパーレス化を実現'
        'しました。一方で、業務の流れを変えずに紙の手続をそのまま電子化したため、職員の事務負担の軽減には'
        '十分につながっていません。')
    b.h(1, '第3章　計画の目標と取組', B)
    b.h(2, '1　基本理念', B)
    b.p('「市民の暮らしに寄り添い、職員の力を引き出すデジタル市役所」', first=0, align='center', bold=True)
    b.h(2, '2　基本目標と取組一覧', B)
    b.p('基本理念の実現のため、4つの基本目標を定め、次の取組を進めます。取組の年次計画は、毎年度策定する'
        '実施計画で定めます。')
    rows = [['No.', '取組項目', '取組内容', '主担当課']]
    span = []
    data = [
        ('基本目標１　市民サービスの向上', [
            ('1-1', '電子申請サービスの拡充',
             '子育て・介護関係の手続をマイナポータルから申請できるようにするとともに、申請件数の多い手続から'
             '順次オンライン化を進め、令和9年度までに150手続を電子申請の対象とします。', 'DX推進課'),
            ('1-2', 'マイナンバーカードの普及と利用拡大',
             '出張申請受付と休日交付を継続してカードの普及を図るとともに、図書館の利用者カードや'
             '健康ポイント事業での活用など、カードを使える市のサービスを拡大します。', '市民課'),
            ('1-3', 'スマートフォン講座の開催',
             '地区公民館で高齢者向けのスマートフォン講座を年間40回開催し、電子申請やマイナポータルの'
             '使い方を学べる機会を提供します。', '生涯学習課'),
            ('1-4', '市ウェブサイトの再構築',
             '必要な情報にたどり着きやすいよう、ページの構成と検索機能を見直し、令和8年度にウェブサイトを'
             '全面的に再構築します。', '広報広聴課')]),
        ('基本目標２　データの利活用', [
            ('2-1', 'オープンデータの拡充',
             '国が示す自治体標準オープンデータセットに沿って公開データを拡充し、令和11年度までに全項目を'
             '機械判読可能な形式で公開します。', 'DX推進課'),
            ('2-2', '統計データを活用した政策立案（EBPM）',
             '各課が保有する統計データを集約したダッシュボードを整備し、施策の企画や評価に活用します。',
             '企画政策課')]),
        ('基本目標３　行政運営の効率化', [
            ('3-1', '基幹系システムの標準化・共通化',
             '住民記録、税、福祉等の基幹系システムをガバメントクラウド上の標準準拠システムへ移行し、'
             '特定移行支援システムについても令和9年度までに移行を完了します。', 'DX推進課'),
            ('3-2', '業務改善手法の調査研究',
             '業務フローの可視化や業務量調査の手法について調査研究を行い、モデルとする業務の選定を'
             '検討します。', '行政改革推進課'),
            ('3-3', 'テレワーク環境の整備',
             '庁外から安全に業務システムへ接続できる環境を整え、令和8年度までに全職員が在宅勤務を'
             '利用できるようにします。', '職員課'),
            ('3-4', '職員用情報機器の更新',
             '職員のパソコンを持ち運び可能な端末へ計画的に更新し、会議や窓口でも利用できるようにします。',
             'DX推進課')]),
        ('基本目標４　安全・安心な情報基盤', [
            ('4-1', '情報セキュリティ対策の推進',
             '情報セキュリティポリシーを定期的に見直し、全職員の研修と標的型攻撃メール訓練を毎年度'
             '実施します。また、インシデント発生時の対応手順を整備します。', 'DX推進課'),
            ('4-2', '個人情報の適正な管理',
             '個人情報の取扱状況について毎年度点検を行い、漏えい等の防止を徹底します。', '総務課')]),
    ]
    for ptitle, ms in data:
        span.append(len(rows))
        rows.append([ptitle, None, None, None])
        for no, t, c, dep in ms:
            rows.append([no, t, c, dep])
    b.table(rows, [1.2, 4.0, 8.4, 2.4], repeat_header=True, span_rows=span, size=9.5, bold_cols=(1,))
    b.h(1, '第4章　計画の推進', B)
    b.h(2, '1　推進体制', B)
    b.p('市長を本部長とする「椿台市デジタル化推進本部」を推進組織とし、副市長を最高情報統括責任者（CIO）'
        'とします。各部にデジタル推進員を置き、取組を横断的に進めます。')
    b.h(2, '2　進行管理', B)
    b.p('取組ごとに実施計画で年次目標を定め、推進本部で毎年度進捗を評価し、結果を公表します。')
    b.page_break()
    b.h(1, '資料編', B)
    b.h(2, '資料1　地方公共団体が優先的にオンライン化を推進すべき手続（本市の状況）', B)
    b.p('国が示す手続の一覧と、令和7年3月時点の本市の対応状況です（椿台市　団体コード：２２２３６４）。', first=0)
    status = ['済', '済', '済', '済（eLTAX）', '―（企業団）', '未', '―（警察）', '未', '―（県）', '済',
              '―（県）', '未', '済', '済', '済', '未', '未', '未', '未', '一部済', '一部済', '未']
    rows = [['No.', '手続', '本市の状況']] + [[str(i + 1), t, s] for i, (t, s) in enumerate(zip(PROC_LIST, status))]
    b.table(rows, [1.2, 10.5, 4.0], repeat_header=True, size=9)
    b.h(2, '資料2　用語', B)
    for k, v in GLOSSARY[:6]:
        b.p('%s：%s' % (k, v), first=0)


# ----------------------------------------------------------------------------------------
# doc143 白鷺町官民データ活用推進計画 — vMerge measures table, 体系図 as text boxes, 用語集
# ----------------------------------------------------------------------------------------
D143 = [
    ('行政手続のオンライン化と窓口の利便性向上', [
        ('電子申請の対象手続の拡大',
         '令和8年度中に子育て・介護関係の手続をマイナポータルから申請できるようにし、令和10年度までに'
         '町の申請・届出の8割をオンラインで受け付けます。', '総務課'),
        ('マイナンバーカードの普及と活用',
         '出張申請受付を各地区で行い、カードの普及を進めます。あわせて、証明書のコンビニ交付と、'
         'カードを使った図書館の貸出を開始します。', '住民課'),
        ('おくやみ窓口の設置',
         '死亡に伴う手続を一つの窓口で案内・受付できる「おくやみ窓口」を、令和8年度に役場1階に'
         '設置します。', '住民課')]),
    ('データの利活用と公開', [
        ('オープンデータの公開と形式の標準化',
         '町が保有する統計、公共施設、避難所等のデータを公開します。公開にあたっては、項目名や'
         'ファイル形式を国の推奨データセットに合わせて標準化し、毎年度更新します。', '企画課'),
        ('地理情報システム（GIS）の庁内共有',
         '道路、上下水道、農地などの地図情報を一つのシステムに集約し、全課で閲覧できるように'
         'します。', '建設課')]),
    ('業務とシステムの改革', [
        ('業務プロセスの見直し（BPR）',
         '窓口業務の業務量調査の結果をもとに、申請から決裁までの手順を見直します。見直しは、'
         '毎年度3業務以上で進めます。', '総務課'),
        ('AI・RPAの本格導入',
         '令和7年度の実証の結果を踏まえ、AIによる会議録作成とRPAによる税・福祉の入力作業の自動化を'
         '令和8年度から本格導入し、対象業務を順次拡大します。', '総務課'),
        ('テレワークの試行',
         '令和8年度に企画課と税務課で在宅勤務を試行し、業務への影響と課題を検証します。', '総務課'),
        ('情報セキュリティの確保',
         '情報セキュリティポリシーを毎年度点検し、全職員研修と内部監査を実施します。', '総務課')]),
    ('地域のデジタル化', [
        ('光ファイバ未整備地区の解消',
         '山間部の2地区について、通信事業者が行う光ファイバの整備に町が補助を行い、令和9年度までに'
         '町内全域で高速通信を利用できるようにします。', '企画課'),
        ('観光施設の無料Wi-Fi整備',
         '観光案内所、道の駅、キャンプ場など5施設に、観光客が利用できる無料Wi-Fiを整備します。',
         '観光商工課')]),
]


def doc143(b):
    T = '白鷺町官民データ活用推進計画'
    b.cover([(T, 24)], '長野県白鷺町（204889）', '令和8年3月', sub='令和8年度～令和10年度')
    b.toc([(0, '第1章　計画の基本的事項', 1), (0, '第2章　現状と課題', 2), (0, '第3章　基本理念と基本方針', 3),
           (0, '第4章　施策の展開', 5), (0, '第5章　推進体制', 6), (0, '用語集', 7)])
    b.h(1, '第1章　計画の基本的事項')
    b.h(2, '1　策定の目的')
    b.p('官民データ活用推進基本法は、国、地方公共団体、事業者が保有するデータを適正かつ効果的に活用し、'
        '国民が安全で安心して暮らせる社会を実現することを目的としています。本町においても、町が保有する'
        'データとデジタル技術を生かして、町民の利便性の向上と行政運営の効率化を図るため、本計画を策定します。')
    b.h(2, '2　計画の位置づけ')
    b.p('本計画は、同法第9条第3項に基づく「白鷺町官民データ活用推進計画」であり、「第5次白鷺町総合計画」の'
        '個別計画として位置づけます。')
    b.p('なお、基幹業務システムの標準化・共通化については、令和5年度に策定した「白鷺町情報システム標準化'
        '移行計画」に基づき別に進めるため、本計画では取り扱いません。')
    b.h(2, '3　計画期間')
    b.p('令和8年度から令和10年度までの3年間とします。')
    b.h(1, '第2章　現状と課題')
    national_trends(b, lambda t: b.h(2, '1　' + t), '本町', skip=('open',))
    b.h(2, '2　町民の意識')
    b.p('令和7年度の町民アンケート（回答者654人）では、スマートフォンの保有率は全体で81.0％、'
        '70歳以上で58.7％でした。「スマートフォンの操作がわからないので行政手続は窓口で行いたい」と'
        '答えた人は70歳以上の46.2％にのぼり、デジタル機器の利用に世代間の差があることがわかります。')
    b.p('また、「町の情報や統計をもっと見やすく公開してほしい」という意見が、事業者向けの調査で'
        '多く寄せられました。')
    b.h(2, '3　課題の整理')
    for t in ('手続のオンライン化が子育て・介護の一部にとどまっている。',
              '町が保有するデータが課ごとに管理され、形式もばらばらである。',
              '職員数が減る中、定型的な事務に多くの時間が割かれている。',
              '山間部に光ファイバの未整備地区が残っている。'):
        b.bullet(t)
    b.h(1, '第3章　基本理念と基本方針')
    b.h(2, '1　基本理念')
    b.p('**データでつなぐ　しらさぎの未来**', first=0, align='center')
    b.h(2, '2　基本方針')
    for i, (pt, ms) in enumerate(D143):
        b.p('**方針%d　%s**' % (i + 1, pt), first=0)
    b.p('各方針の説明と施策は第4章に示します。', first=1)
    b.page_break()
    b.h(2, '3　施策体系図')
    shapes = [b.textbox(0, 4, 26, 170, ['基本理念', '', 'データで', 'つなぐ', 'しらさぎの', '未来'],
                        fill='DEEAF6', bold=True, size=10)]
    y = 4
    for i, (pt, ms) in enumerate(D143):
        gh = len(ms) * 12 + (len(ms) - 1) * 2
        shapes.append(b.textbox(34, y, 52, gh, ['方針%d' % (i + 1), pt], fill='FFF2CC', bold=True, size=9))
        shapes.append(b.line(26, y + gh / 2, 34, y + gh / 2))
        for j, (mt, _, _) in enumerate(ms):
            my = y + j * 14
            shapes.append(b.textbox(96, my, 64, 12, [mt], size=8.5))
            shapes.append(b.line(86, my + 6, 96, my + 6))
        y += gh + 8
    b.drawing(shapes, 0)
    b.page_break()
    b.h(1, '第4章　施策の展開')
    desc = ['手続のオンライン化を進め、窓口に来なくても済む手続を増やします。',
            '町のデータを使いやすい形で公開し、庁内外での活用を進めます。',
            '業務とシステムを一体で見直し、職員が町民と向き合う時間を生み出します。',
            '町内のどこでも高速通信が使える環境を整えます。']
    for i, (pt, _) in enumerate(D143):
        b.p('方針%d：%s' % (i + 1, desc[i]), first=0)
    rows = [['基本方針', '施策', '取組の内容', '担当課']]
    vm = []
    for i, (pt, ms) in enumerate(D143):
        r0 = len(rows)
        for j, (mt, body, dep) in enumerate(ms):
            rows.append(['方針%d\n%s' % (i + 1, pt) if j == 0 else None, mt, body, dep])
        vm.append((0, r0, len(rows) - 1))
    b.table(rows, [3.6, 3.8, 6.6, 2.0], repeat_header=True, vmerge=vm, bold_cols=(1,))
    b.h(1, '第5章　推進体制')
    b.p('副町長を最高情報統括責任者（CIO）とし、各課長で構成する「白鷺町デジタル推進会議」で施策の進捗を'
        '管理します。計画の進捗は毎年度、町ホームページで公表します。')
    b.page_break()
    b.h(1, '用語集')
    b.table([['用語', '説明']] + [[k, v] for k, v in GLOSSARY], [3.2, 12.8], size=9)


# ----------------------------------------------------------------------------------------
# doc144 第6次楠田村総合計画 後期基本計画 第5章 — heading styles with typed numbers, ■ blocks
# ----------------------------------------------------------------------------------------
def doc144(b):
    b.cover([('第6次楠田村総合計画', 22), ('後期基本計画（抜粋）', 18),
             ('第5章　デジタル化で支える村づくり', 16)], '福島県楠田村', '令和8年3月',
            sub='計画期間　令和8年度～令和12年度')
    H1 = lambda t: b.h(1, t)
    H2 = lambda t: b.h(2, t)
    H3 = lambda t: b.h(3, t)
    H2('後期基本計画の構成と期間')
    b.p('第6次楠田村総合計画は、基本構想、基本計画、実施計画で構成します。基本構想の期間は令和3年度から'
        '令和12年度までの10年間、前期基本計画は令和3年度から令和7年度まで、後期基本計画の期間は、'
        '令和8年度から令和12年度までの5年間です。')
    b.p('本書は、後期基本計画のうち、第5章「デジタル化で支える村づくり」を抜粋したものです。本章は、'
        '官民データ活用推進基本法第9条第3項に基づく「楠田村官民データ活用推進計画」を兼ねます。')
    b.table([['楠田村（074497）', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9', 'R10', 'R11', 'R12'],
             ['基本構想', '●', '●', '●', '●', '●', '●', '●', '●', '●', '●'],
             ['前期基本計画', '●', '●', '●', '●', '●', '', '', '', '', ''],
             ['後期基本計画', '', '', '', '', '', '●', '●', '●', '●', '●']],
            [3.0] + [1.3] * 10, size=8.5)
    b.page_break()
    H1('第5章　デジタル化で支える村づくり')
    b.p('人口約4,800人の本村では、高齢化率が42％を超え、役場職員も前期基本計画の期間中に1割減少しました。'
        '山間部に集落が点在する本村にとって、デジタル技術は、移動の負担を減らし、限られた人員で行政'
        'サービスを維持するための重要な手段です。本章では、3つの施策により、デジタル化で支える村づくりを'
        '進めます。')

    def block(title, genjo, naiyo, kpi, tanto):
        b.p('■ ' + title, first=0, bold=True, size=11)
        b.label('【現状と課題】', indent=0.4)
        b.p(genjo, indent=0.4)
        b.label('【取組内容】', indent=0.4)
        b.p(naiyo, indent=0.4)
        b.label('【KPI】', indent=0.4)
        b.p(kpi, indent=0.4, first=0)
        b.label('【担当課】', indent=0.4)
        b.p(tanto, indent=0.4, first=0)

    H2('施策5-1　行政サービスのデジタル化')
    H3('（1）現状と課題')
    b.p('村の手続は、ほぼすべてが窓口か郵送で行われています。国はマイナポータルを通じた行政手続の'
        'オンライン化を進めており、県内でも多くの市町村が電子申請を導入していますが、本村では利用が'
        '見込める手続の数が限られることから、導入に至っていません。')
    H3('（2）目指す姿')
    b.p('村民が、役場に出向かなくても必要な手続や相談ができる村を目指します。')
    H3('（3）成果指標')
    b.table([['指標名', '現状値（R6）', '目標値（R12）'],
             ['マイナンバーカード保有率', '74.2％', '90.0％'],
             ['オンラインで手続ができると感じる村民の割合', '12.5％', '40.0％']], [8.5, 3.3, 3.3])
    H3('（4）主な取組')
    block('電子申請の導入に向けた検討',
          '県の共同利用型電子申請システムに参加していない県内の団体は、本村を含め3団体のみとなっています。',
          '電子申請システムの導入について、県の共同利用システムへの参加を含め、対象とする手続と'
          '費用対効果を検討します。',
          '検討結果の取りまとめ（令和9年度）', '総務課')
    block('マイナンバーカードの交付促進',
          'カードの保有率は県平均を下回っており、特に山間部の高齢者の取得が進んでいません。',
          '役場職員が集落を訪問して申請を受け付ける出張申請を毎年度実施し、カードの交付を促進します。'
          'また、証明書のコンビニ交付を令和8年度に開始します。',
          'マイナンバーカード保有率 90.0％（令和12年度）', '住民課')
    block('オンライン会議環境の整備',
          '県や近隣町村との会議への出張が、職員の大きな負担となっています。',
          '役場と各支所の会議室に、ウェブ会議用の機器を整備し、県や関係機関とのオンライン会議に対応します。',
          'オンライン会議に対応した会議室数 5室（令和9年度）', '総務課')
    H2('施策5-2　デジタル技術を活用した行財政運営')
    H3('（1）現状と課題')
    b.p('基幹業務システムは、国の標準化方針に沿って移行作業を進めてきましたが、一部の業務では移行が'
        '令和8年度以降にずれ込んでいます。また、申請書の入力作業など定型的な事務に多くの時間を要しています。')
    H3('（2）目指す姿')
    b.p('少ない職員でも安定して行政サービスを提供できる、効率的で安全な役場を目指します。')
    H3('（3）主な取組')
    block('標準準拠システムへの移行と運用',
          '住民記録など15業務は令和7年度中に標準準拠システムへ移行しましたが、福祉関係の5業務が'
          '特定移行支援システムとなっています。',
          '残る5業務を令和9年度までにガバメントクラウド上の標準準拠システムへ移行し、移行後の運用経費を'
          '毎年度検証します。',
          '標準準拠システムへの移行業務数 20業務（令和9年度）', '総務課')
    block('AI-OCR・RPAの導入',
          '税と福祉の申請書の入力作業に、年間延べ約1,200時間を要しています。',
          '令和8年度に、税と福祉の申請書の入力作業にAI-OCRとRPAを導入し、対象業務を順次拡大します。',
          '削減作業時間 年間600時間（令和12年度）', '総務課・税務課・保健福祉課')
    block('情報セキュリティ対策の徹底',
          '外部からの攻撃の手口が巧妙化し、小規模な自治体も標的となっています。',
          '情報セキュリティポリシーを国のガイドラインに合わせて改定し、全職員の研修と訓練を毎年度'
          '実施します。',
          '研修受講率 100％（毎年度）', '総務課')
    H2('施策5-3　地域の情報化と情報格差の解消')
    H3('（1）現状と課題')
    b.p('村内の光ファイバは令和4年度に通信事業者により整備されましたが、一部の沢沿いの集落では'
        '携帯電話がつながりにくい状況が残っています。また、高齢者の多くがスマートフォンの操作に不安を'
        '感じています。村内の事業所では人手不足が深刻で、商工会からはデジタル化への支援を求める声が'
        '寄せられています。')
    H3('（2）主な取組')
    block('高齢者向けスマートフォン教室の開催',
          '70歳以上のスマートフォン保有率は55％にとどまっています。',
          '地区の集会所で高齢者向けのスマートフォン教室を年12回開催し、あわせて個別相談に応じます。',
          '教室の延べ参加者数 年間200人', '保健福祉課')
    block('村内事業者のデジタル化支援',
          '村内事業所の多くが小規模で、デジタル化に取り組む余力がありません。',
          '商工会と連携し、村内事業所がテレワークやキャッシュレス決済、予約システムを導入する経費の一部を'
          '補助します。',
          '補助を活用した事業所数 30事業所（令和12年度）', '産業振興課')
    block('携帯電話不感地域の解消',
          '沢沿いの3集落で、携帯電話の通話・通信が困難な状況です。',
          '携帯電話事業者と協議し、国の補助制度を活用した基地局の整備により、令和10年度までに'
          '不感地域の解消を図ります。',
          '不感集落数 0集落（令和10年度）', '企画課')
    block('村の統計データのオープンデータ化',
          '村の人口や観光入込客数などの統計は、冊子での公表にとどまっています。',
          '人口、観光、公共施設などのデータを、令和9年度までに機械判読可能な形式で村ホームページに'
          '公開し、毎年度更新します。',
          '公開データセット数 20件（令和12年度）', '企画課')
    H2('関連する個別計画')
    b.p('楠田村情報セキュリティポリシー、楠田村標準化移行計画、楠田村過疎地域持続的発展計画')


# ----------------------------------------------------------------------------------------
# doc145 若葉台市DX推進計画 — 体系図 table, two-column measures, numbering ①, header/footer
# ----------------------------------------------------------------------------------------
D145 = [
    ('「行かない窓口」「書かない窓口」の実現',
     '市民が、時間や場所を選ばずに手続でき、窓口に来た場合も申請書を書かずに済む市役所を目指します。', [
        ('オンライン申請の拡充',
         ['子育て・介護関係の手続に加え、転入・転出に関連する手続や各種証明書の請求を、令和9年度までに'
          'オンラインで申請できるようにします。',
          '申請件数の多い手続から順次対象を拡大し、オンライン化率を毎年度公表します。']),
        ('書かない窓口の導入',
         ['令和8年度に市民課窓口へ、職員の聞き取りで申請書を作成する窓口支援システムを導入し、'
          '令和9年度には福祉関係の窓口へ拡大します。']),
        ('マイナンバーカードの取得支援と利活用',
         ['商業施設や企業への出張申請受付を行い、カードの取得を支援します。また、カードを使った'
          '証明書のコンビニ交付に加え、市立図書館の利用者カードとしての利用を開始します。']),
    ]),
    ('データとデジタル技術で変える市役所',
     'データとデジタル技術を活用して業務を見直し、多様な働き方にも対応できる、しなやかな市役所を目指します。', [
        ('業務の棚卸しとBPRの推進',
         ['全課の業務の棚卸しを行い、手続の流れを可視化したうえで、令和7年度から毎年度5業務以上で'
          'BPRを実施します。']),
        ('標準準拠システムへの円滑な移行',
         ['住民記録、税、福祉など20業務の基幹業務システムを、令和7年度末までにガバメントクラウド上の'
          '標準準拠システムへ移行します。移行が遅れる業務は、令和9年度までに移行を完了します。']),
        ('生成AIの業務活用の試行',
         ['令和7年度に一部の課で生成AIを試行し、文書作成や要約での効果と、情報管理上の課題を検証した'
          'うえで、本格導入の可否を判断します。']),
        ('オープンデータ公開に向けた情報収集',
         ['オープンデータの公開について、他市の事例や国のガイドラインの情報収集に努めます。']),
    ]),
    ('誰もが便利さを実感できるまち',
     'デジタル化による便利さを、年齢や障害の有無にかかわらず、すべての市民が実感できるまちを目指します。', [
        ('デジタル活用支援員による相談会',
         ['市内8か所の地区センターで、デジタル活用支援員によるスマートフォン相談会を毎月開催し、'
          'オンライン申請やマイナポータルの使い方を支援します。']),
        ('防犯カメラ設置費補助の拡充',
         ['自治会が設置する防犯カメラの設置費補助について、補助上限額を引き上げ、地域のセキュリティ'
          '向上を図ります。']),
        ('ローカル5Gの活用実証',
         ['民間事業者と連携し、市立中学校と市内の農業施設でローカル5Gを活用した実証を行い、'
          '教育と産業での活用可能性を検証します。']),
    ]),
]


def doc145(b):
    b.cover([('若葉台市DX推進計画', 26)], '千葉県若葉台市', '2025年3月',
            sub='2025（令和7）年度～2027（令和9）年度')
    b.toc([(0, '第1章　計画の概要', 1), (0, '第2章　現状と課題', 2), (0, '第3章　基本理念と施策体系', 3),
           (0, '第4章　施策の展開', 4), (0, '第5章　推進体制', 6)])
    b.h(1, '第1章　計画の概要')
    b.h(2, '1　計画策定の趣旨')
    b.p('本市は、令和2年に「若葉台市ICT推進指針」を定め、行政事務の電子化を進めてきました。その後、'
        '国の自治体DX推進計画の策定や社会全体のデジタル化の進展を受け、市民サービスと市役所の仕事の'
        '進め方を、デジタルを前提に見直すことが求められています。こうした状況を踏まえ、本市のDXを'
        '計画的に推進するため、「若葉台市DX推進計画」を策定します。')
    b.h(2, '2　計画の位置づけ')
    b.p('本計画は、「若葉台市総合計画2030」の個別計画であり、官民データ活用推進基本法第9条第3項に'
        '規定する市町村官民データ活用推進計画として位置づけます。')
    b.h(2, '3　計画期間')
    b.p('2025（令和7）年度から2027（令和9）年度までの3年間とします。技術の変化が速いことから、'
        '計画期間を3年間とし、期間終了時に全面的に見直します。')
    b.h(1, '第2章　現状と課題')
    national_trends(b, lambda t: b.h(2, '1　' + t), '本市', skip=('tele',))
    b.h(2, '2　ICT推進指針の振り返り')
    b.p('ICT推進指針の期間中、本市は、新型コロナウイルス感染症の流行時に一時的に職員の在宅勤務を実施'
        'しましたが、感染症の収束とともに終了し、現在は実施していません。また、RPAを3業務に導入し、'
        '年間約800時間の作業を削減しました。電子申請は、施設予約を中心に60手続で受け付けています。')
    b.h(2, '3　市民アンケート')
    b.p('令和6年度の市民アンケートでは、「市役所の手続をオンラインで行いたい」と答えた市民が72.8％に'
        '上りました。一方、70歳以上では「使い方がわからない」との回答が38.5％を占めています。')
    b.h(1, '第3章　基本理念と施策体系')
    b.h(2, '1　基本理念')
    b.p('**市民にやさしく、職員がいきいき働く　わかばだいDX**', first=0, align='center')
    b.h(2, '2　施策体系図')
    rows = [['基本目標', '施策']]
    vm = []
    circ = '①②③④⑤'
    for i, (pt, _, ms) in enumerate(D145):
        r0 = len(rows)
        for j, (mt, _) in enumerate(ms):
            rows.append(['基本目標%d\n%s' % (i + 1, pt) if j == 0 else None, '%s　%s' % (circ[j], mt)])
        vm.append((0, r0, len(rows) - 1))
    b.table(rows, [6.5, 9.5], vmerge=vm, size=10)
    b.h(1, '第4章　施策の展開')
    b.section(cols=2)
    pol = b.abstract([('decimalFullWidth', '基本目標%1', 0, 0, True, 'space')])
    pnum = b.num(pol, restart=False)
    mea = b.abstract([('decimalEnclosedCircle', '%1', 360, 360, True, 'space')])
    for pt, desc, ms in D145:
        b.numbered(pnum, 0, pt, style='Heading 2')
        b.p(desc)
        n = b.num(mea, restart=True)
        for mt, paras in ms:
            b.numbered(n, 0, mt, bold=True)
            for t in paras:
                b.p(t, indent=0.3)
    b.section(cols=1)
    b.h(1, '第5章　推進体制')
    b.p('市長を本部長とする「若葉台市DX推進本部」のもと、副市長を最高情報統括責任者（CIO）とし、'
        'DX推進課が全庁の取組を調整します。情報システムの利用にあたっては、情報セキュリティポリシーに'
        '基づき、適切な管理を行います。')
    b.p('各施策の進捗は毎年度、推進本部で点検し、結果を市ホームページで公表します。')
    b.table([['指標', '現状値（R6）', '目標値（R9）'],
             ['オンラインで申請できる手続数', '60手続', '200手続'],
             ['マイナンバーカード保有率', '80.3％', '90.0％'],
             ['BPRを実施した業務数（累計）', '0業務', '15業務'],
             ['相談会の参加者数（年間）', '―', '1,200人']], [8.0, 3.5, 3.5])
    b.p('若葉台市　総務部DX推進課　〒000-0000　地方公共団体コード　122394', first=0, align='right', size=9)


# ----------------------------------------------------------------------------------------
# doc146 青柳町デジタル化推進計画 — ◆ blocks, 体系図 with merged cells, 用語解説 (docx + html)
# ----------------------------------------------------------------------------------------
D146 = [
    ('暮らしに寄り添う行政サービス', [
        ('電子申請サービスの充実',
         '本町の電子申請は20手続にとどまっています。マイナンバーカードの交付率は8割を超えていますが、'
         'カードを使った申請はほとんど利用されていません。',
         '令和8年度に、子育て・介護関係の手続と罹災証明書の交付申請を、マイナポータルの'
         'ぴったりサービスから受け付けます。その他の手続も、令和11年度までに100手続へ順次拡大します。',
         '住民課・総務課'),
        ('証明書交付手数料のキャッシュレス決済導入',
         '窓口での手数料の支払いは現金に限られています。',
         '令和8年度中に、住民票の写しや印鑑登録証明書などの交付手数料を、窓口でキャッシュレス決済により'
         '支払えるようにします。',
         '住民課'),
        ('手続ナビの導入',
         'ライフイベントに伴う手続がわかりにくいとの声があります。',
         '質問に答えると必要な手続と持ち物が一覧で表示される「手続ナビ」を、町ホームページに導入します。',
         '総務課'),
    ]),
    ('誰一人取り残さないデジタル化', [
        ('町民向けデジタル相談窓口の開設',
         '高齢者の半数近くが、スマートフォンの操作に不安を感じています。',
         '役場1階に常設のデジタル相談窓口を開設し、スマートフォンの基本操作や電子申請の方法について'
         '相談に応じます。地区の公民館にも月1回出張します。',
         '総務課'),
        ('町ホームページのアクセシビリティ向上',
         '町ホームページは、音声読み上げへの対応が不十分です。',
         'ウェブアクセシビリティの基準に沿ってホームページを改修し、文字の拡大や音声読み上げに'
         '対応します。',
         '総務課'),
        ('デマンド交通予約システムの導入',
         '町内の公共交通は、利用者の減少により路線の維持が難しくなっています。',
         '町が運行するデマンド交通について、スマートフォンと電話の両方で予約できるシステムを令和9年度に'
         '導入し、効率的な配車を行います。',
         '企画課'),
    ]),
    ('スマートな役場づくり', [
        ('業務の見直しと事務の効率化',
         '紙と押印を前提とした事務の手順が残っています。',
         '全庁の業務を棚卸しし、紙の書類や押印、重複する確認作業を見直します。見直した手順は、'
         '電子決裁の導入とあわせて定着させます。',
         '総務課'),
        ('AI・RPAの導入拡大',
         '令和7年度にRPAを2業務で試行し、作業時間の削減効果を確認しました。',
         'RPAの対象を令和9年度までに10業務へ拡大するとともに、AIによる会議録作成を全課で利用できる'
         'ようにします。',
         '総務課'),
        ('基幹業務システムの標準化への対応',
         '本町の基幹業務システムのうち、4業務が特定移行支援システムとなっています。',
         '標準準拠システムへの移行について、国や事業者の動向の情報収集に努め、移行時期を事業者と協議'
         'しながら検討します。',
         '総務課'),
        ('情報セキュリティ対策の徹底',
         'クラウドサービスの利用拡大に伴い、新たなリスクへの対応が必要です。',
         '情報セキュリティポリシーを改定し、全職員を対象とした研修と、情報漏えいを想定した訓練を'
         '毎年度実施します。',
         '総務課'),
    ]),
]


def doc146(b):
    T = '青柳町デジタル化推進計画'
    b.cover([(T, 24)], '岐阜県青柳町', '令和8年3月', sub='令和8年度～令和11年度　／　地方公共団体コード 214051')
    b.toc([(0, '第1章　計画の概要', 1), (0, '第2章　デジタル化をめぐる動向', 2), (0, '第3章　計画の体系', 3),
           (0, '第4章　取組', 4), (0, '第5章　計画の推進', 7), (0, '用語解説', 8)])
    b.h(1, '第1章　計画の概要')
    b.h(2, '1　策定の背景と目的')
    b.p('青柳町は、人口約9,600人の山あいの町です。少子高齢化と人口減少が進む中、町民が必要な行政サービスを'
        '将来にわたって受けられるよう、デジタル技術を活用した行政サービスの改善と、役場の業務の効率化に'
        '取り組むため、本計画を策定します。')
    b.h(2, '2　計画の位置づけ')
    b.p('本計画は、「第5次青柳町総合計画」の個別計画であり、官民データ活用推進基本法第9条第3項に基づく'
        '市町村官民データ活用推進計画、及び国の自治体DX推進計画に対応する本町の計画として位置づけます。')
    b.h(2, '3　計画期間')
    b.p('令和8年度から令和11年度までの4年間とします。')
    b.h(1, '第2章　デジタル化をめぐる動向')
    b.h(2, '1　国の動向')
    b.p('国は、マイナンバーカードを行政のデジタル化の基盤と位置づけ、その普及を進めてきました。カードの'
        '健康保険証としての利用が始まり、カードを使った各種手続のオンライン化も進んでいます。')
    b.p('また、国はオープンデータの推進や、国・自治体職員のテレワークの推進を掲げています。自治体の'
        '基幹業務システムについては、標準化法に基づき、ガバメントクラウド上の標準準拠システムへの移行が'
        '進められています。')
    b.h(2, '2　県の動向')
    b.p('県は、県内市町村と共同で電子申請システムを運用しているほか、市町村のデジタル人材の育成を'
        '支援しています。')
    b.h(2, '3　町の現状')
    b.p('令和7年度の町民アンケートでは、70歳以上の46.8％がスマートフォンの操作に不安があると回答しました。'
        '一方で、子育て世代の8割以上が、手続をスマートフォンで済ませたいと考えています。')
    b.h(1, '第3章　計画の体系')
    b.p('基本理念「つながる・ささえる　あおやぎデジタル」のもと、3つの基本方針に沿って10の取組を進めます。')
    rows = [['基本方針', '取組']]
    vm = []
    k = 0
    for i, (pt, ms) in enumerate(D146):
        r0 = len(rows)
        for j, m in enumerate(ms):
            k += 1
            rows.append(['基本方針%d\n%s' % (i + 1, pt) if j == 0 else None, '取組%d　%s' % (k, m[0])])
        vm.append((0, r0, len(rows) - 1))
    b.table(rows, [6.0, 10.0], vmerge=vm, size=10)
    b.page_break()
    b.h(1, '第4章　取組')
    k = 0
    for i, (pt, ms) in enumerate(D146):
        b.h(2, '基本方針%d　%s' % (i + 1, pt))
        for title, genjo, naiyo, tanto in ms:
            k += 1
            b.h(3, '◆取組%d　%s' % (k, title))
            b.label('【現状と課題】')
            b.p(genjo)
            b.label('【取組内容】')
            b.p(naiyo)
            b.label('【担当課】')
            b.p(tanto, first=0)
    b.h(1, '第5章　計画の推進')
    b.p('副町長を最高情報統括責任者（CIO）とし、「青柳町デジタル化推進委員会」において、取組の進捗を'
        '毎年度確認します。進捗状況は町ホームページで公表し、必要に応じて取組を見直します。')
    b.page_break()
    b.h(1, '用語解説')
    b.table([['用語', '解説']] + [[k2, v] for k2, v in GLOSSARY], [3.2, 12.8], size=9)


# ----------------------------------------------------------------------------------------
# doc147 千草市DX推進方針 — no code, no period, vMerge table over a page break, 資料編, footnotes
# ----------------------------------------------------------------------------------------
D147 = [
    ('市民サービスの質の向上', [
        ('マイナンバーカードの普及促進と利活用',
         '出張申請受付と休日の交付窓口を継続し、カードの普及を進めます。あわせて、市の健康ポイント事業や'
         '図書館でのカードの利用を開始し、市民がカードを使う場面を増やします。', '市民課'),
        ('証明書コンビニ交付の拡充',
         'マイナンバーカードを使ってコンビニエンスストアで取得できる証明書に、戸籍の附票の写しと課税'
         '証明書を加え、交付時間を延長します。', '市民課'),
        ('デジタルデバイド対策の検討',
         'デジタル機器の利用に不安を持つ市民の実態調査を行い、相談会の開催など支援のあり方を検討します。',
         'DX推進室'),
    ]),
    ('データを活かす市政', [
        ('オープンデータの推進',
         '自治体標準オープンデータセットに沿って、市が保有するデータを順次公開し、毎年度更新します。'
         'また、公開したデータの活用を促すため、市民や事業者向けのアイデアソンを開催します。', 'DX推進室'),
        ('庁内データの利活用',
         '各課が保有するデータを共通の形式で管理し、庁内で共有できる環境を整えます。', 'DX推進室'),
    ]),
    ('業務改革と働き方改革', [
        ('業務プロセスの改善（BPR）',
         '業務量調査を全課で実施し、窓口業務と内部事務の手順を見直します。見直しの結果は、業務マニュアルに'
         '反映して定着させます。', '行政経営課'),
        ('基幹業務システムの標準化・共通化',
         '基幹業務システムのガバメントクラウド上の標準準拠システムへの移行を進め、特定移行支援システムと'
         'なった業務についても、令和9年度中に移行を完了します。', 'DX推進室'),
        ('AI・RPAの活用',
         'RPAの対象業務を拡大するとともに、AIによる議事録作成や問合せ対応を導入し、職員の事務負担を'
         '軽減します。', 'DX推進室'),
        ('テレワーク・オンライン会議の推進',
         '職員が在宅やサテライトオフィスで勤務できる環境を整え、テレワークを推進します。また、庁内外の'
         '会議をオンラインで行える環境を整備し、移動時間の削減を図ります。', '人事課'),
        ('情報セキュリティ対策の強化',
         '情報セキュリティポリシーを国のガイドラインに合わせて見直し、全職員研修と訓練を実施します。'
         'また、外部監査を定期的に受けます。', 'DX推進室'),
    ]),
]


def doc147(b):
    T = '千草市DX推進方針'
    b.cover([(T, 26)], '千草市', '令和8年3月')
    b.toc([(0, '第1章　方針の策定について', 1), (0, '第2章　DXを取り巻く状況', 2), (0, '第3章　基本方針と取組', 4),
           (0, '第4章　推進体制', 6), (0, '資料編', 7)])
    b.h(1, '第1章　方針の策定について')
    b.h(2, '1．策定の趣旨')
    b.p('千草市では、少子高齢化の進行と生産年齢人口の減少により、行政需要が多様化する一方、職員の確保が'
        '年々難しくなっています。本市は、デジタル技術を活用して市民サービスの質を高め、行政運営を効率化'
        'するため、全庁で共有する方向性として「千草市DX推進方針」（以下「本方針」という。）を定めます。')
    b.h(2, '2．方針の位置づけ')
    b.p('本方針は、「千草市総合計画」を上位計画とし、官民データ活用推進基本法^[平成28年法律第103号。'
        '市町村には官民データ活用推進計画の策定が努力義務として課されている。]第9条第3項に規定する'
        '市町村官民データ活用推進計画として位置づけます。')
    b.h(2, '3．方針の期間')
    b.p('デジタル技術と社会の変化は速く、固定した期間の計画ではその変化に追いつけないことから、本方針は'
        '計画期間を定めず、社会情勢の変化に応じて随時見直します。具体的な取組は、別に定める「千草市DX'
        '推進実施計画」（令和8年度から3年ごとに策定）により、年度ごとの目標を定めて進めます。')
    b.h(1, '第2章　DXを取り巻く状況')
    b.h(2, '1．国の動向')
    b.p('国は、自治体DX推進計画^[総務省「自治体デジタル・トランスフォーメーション（DX）推進計画」'
        '（令和2年12月25日策定、その後改定）。]において、自治体が重点的に取り組む事項を示しています。'
        'このうち行政手続のオンライン化については、国はマイナポータルからマイナンバーカードを用いて'
        '申請できる手続を増やしており、子育て・介護関係の手続の多くが全国でオンライン化されています。')
    b.p('また、国は、基幹業務システムの標準化、AI・RPAの利用推進、テレワークの推進、セキュリティ対策の'
        '徹底などを自治体に求めています。')
    b.h(2, '2．県の動向')
    b.p('県は、県内の製造業や農業の現場でローカル5G^[地域や産業の個別のニーズに応じて、企業や自治体が'
        '自らの建物や敷地内でスポット的に構築する5Gネットワーク。]を活用する実証事業を進めており、'
        '令和7年度には市内の工業団地でも実証が行われました。')
    b.h(2, '3．市の状況')
    b.p('市内の光ファイバ網は、事業者により全域で整備済みであり、携帯電話の5Gサービスも市街地の大部分で'
        '利用できるようになっています。市立小中学校では、GIGAスクール構想により1人1台端末が整備され、'
        '教育委員会がオンライン授業の環境を整えています。')
    b.p('市役所では、令和7年度末時点で、マイナンバーカードの保有率が79.6％、RPAを導入した業務が5業務と'
        'なっています。テレワークは、育児・介護を行う職員を対象に試行した段階です。')
    b.h(1, '第3章　基本方針と取組')
    b.p('本市のDXを、次の3つの基本方針に沿って進めます。取組の内容は、下表のとおりです。')
    desc147 = [
        '窓口に来る市民にも、オンラインで手続する市民にも、待ち時間が少なく、わかりやすいサービスを'
        '提供します。マイナンバーカードを、市民が日常的に使える「市のサービスの鍵」として位置づけます。',
        '市が保有するデータを、庁内の政策立案に生かすとともに、市民や事業者が使える形で公開し、'
        '地域の課題解決につなげます。',
        '紙と対面を前提とした事務の進め方を見直し、職員が場所や時間に縛られずに働ける環境を整えます。'
        'あわせて、情報資産を守る体制を強化します。']
    for i, (pt, _) in enumerate(D147):
        b.p('**方針%d　%s**' % (i + 1, pt), first=0, indent=0.5)
        b.p(desc147[i], indent=0.5)
    rows = [['基本方針', 'No.', '取組', '内容', '所管']]
    vm = []
    k = 0
    for i, (pt, ms) in enumerate(D147):
        r0 = len(rows)
        for j, (mt, body, dep) in enumerate(ms):
            k += 1
            rows.append(['方針%d\n%s' % (i + 1, pt) if j == 0 else None, str(k), mt, body, dep])
        vm.append((0, r0, len(rows) - 1))
    b.table(rows, [2.8, 1.2, 3.6, 6.4, 2.0], repeat_header=True, vmerge=vm, bold_cols=(2,))
    b.h(1, '第4章　推進体制')
    b.p('市長をトップとする「千草市DX推進本部」を設置し、副市長を最高情報統括責任者（CIO）とします。'
        'DX推進室が事務局となり、各部局のDX推進員と連携して取組を進めます。外部の専門人材を'
        'DX推進アドバイザーとして任用します。')
    b.p('実施計画に定める取組の進捗は、毎年度推進本部で点検し、結果を公表します。')
    b.page_break()
    b.h(1, '資料編')
    b.h(2, '地方公共団体が優先的にオンライン化を推進すべき手続')
    b.p('国が示した手続の一覧に、本市での取扱いの有無を付したものです。', first=0)
    own = ['市', '市', '市', '市（eLTAX）', '水道企業団', '市', '警察', '市', '県', '市', '県', '市', '市',
           '市', '市', '市（選管）', '市', '市', '市', '市', '市', '市']
    rows = [['No.', '手続', '所管', '本市の取扱い']] + [
        [str(i + 1), t, o, '対象' if o.startswith('市') else '対象外'] for i, (t, o) in enumerate(zip(PROC_LIST, own))]
    b.table(rows, [1.2, 9.0, 3.0, 2.8], repeat_header=True, size=9)


# ----------------------------------------------------------------------------------------
# doc148 朝霧町地域情報化・DX推進プラン — composite numbering 取組%1-%2, 【】blocks, text-box 体系図
# ----------------------------------------------------------------------------------------
D148 = [
    ('町民の利便性向上', [
        ('オンライン申請の拡大',
         '町の電子申請は施設予約など15手続にとどまっています。',
         '子育て・介護関係の手続をマイナポータルから受け付けるとともに、2028年度までに申請件数の多い'
         '50手続をオンライン化します。',
         'オンラインで申請できる手続数　15手続→80手続（2030年度）', '総務課'),
        ('マイナンバーカードを活用したサービスの検討',
         'カードの交付は国の施策により進み、本町の保有率は2025年12月末時点で81.2％となっています。',
         '図書館の利用者カードや避難所の受付など、カードを活用した町独自のサービスについて、費用と効果を'
         '検討します。',
         '検討結果の報告（2027年度）', '総務課・住民課'),
        ('オープンデータの公開',
         '町の統計や施設の情報は、PDFでの公表が中心です。',
         '人口統計、公共施設、避難所、AED設置場所などのデータを、機械判読可能な形式で公開し、毎年度'
         '更新します。',
         '公開データセット数　0件→25件（2030年度）', '企画課'),
    ]),
    ('デジタルでつながる地域', [
        ('デジタル活用支援の推進',
         '高齢者を中心に、スマートフォンの操作に不安を感じる町民が多くいます。',
         '地区公民館でのスマートフォン相談会を毎月開催し、町民ボランティアを「デジタルサポーター」として'
         '養成します。',
         '相談会参加者数　年間300人', '福祉課'),
        ('町公式LINEによる情報発信',
         '町の情報は、広報紙と防災行政無線が中心です。',
         '町公式LINEアカウントを開設し、防災情報やイベント情報を、受け取りたい分野を選んで受信できる'
         'ように配信します。',
         '登録者数　3,000人（2030年度）', '総務課'),
    ]),
    ('行政のスマート化', [
        ('標準準拠システムへの移行',
         '17業務は2025年度中に標準準拠システムへ移行しましたが、3業務が特定移行支援システムとなっています。',
         '残る3業務を2027年度までにガバメントクラウド上の標準準拠システムへ移行します。',
         '移行完了業務数　20業務（2027年度）', '総務課'),
        ('RPA・AI-OCRの活用拡大',
         'RPAとAI-OCRを税務の2業務に導入しています。',
         '対象を毎年度3業務以上拡大し、福祉、保育、会計の入力作業を自動化します。',
         '導入業務数　2業務→14業務（2030年度）', '総務課'),
        ('テレワーク環境の整備',
         '職員が庁外で業務を行う環境がありません。',
         '2027年度までに、全職員が在宅勤務を行えるよう、持ち出し可能な端末と安全な接続環境を整備し、'
         '在宅勤務制度を導入します。',
         '在宅勤務を利用した職員の割合　30％（2030年度）', '総務課'),
        ('クラウド利用時のセキュリティ基準の調査研究',
         'クラウドサービスの利用が増える一方、利用時の基準が定まっていません。',
         'クラウドサービスの利用にあたって求めるセキュリティ基準について、国のガイドラインや他団体の事例の'
         '調査研究を行います。',
         '―', '総務課'),
        ('職員のICTリテラシー研修',
         '職員のICT活用の習熟度に差があります。',
         '全職員を対象に、表計算やデータ活用、オンラインツールの研修を毎年度実施します。',
         '研修受講率　100％', '総務課'),
    ]),
]


def doc148(b):
    T = '朝霧町地域情報化・DX推進プラン'
    b.cover([('朝霧町', 20), ('地域情報化・DX推進プラン', 24)], '鹿児島県朝霧町', '2026年3月',
            sub='2026年度～2030年度')
    b.h(1, 'はじめに')
    b.p('朝霧町（全国地方公共団体コード：464571）は、県の北西部に位置する人口約7,200人の町です。農業と観光を主な産業とし、豊かな自然に'
        '恵まれていますが、人口減少と高齢化が進み、地域の担い手の確保が課題となっています。')
    b.p('本プランは、デジタル技術を活用して、町民の暮らしの利便性を高め、役場の業務を効率化するための'
        '町の行動計画です。官民データ活用推進基本法第9条第3項に基づく官民データ活用推進計画を兼ねます。')
    b.h(1, '第1章　プランの概要')
    b.h(2, '1　プランの期間')
    b.p('2026年度から2030年度までの5年間とします。')
    b.h(2, '2　プランの構成')
    b.p('本プランは、3つの施策の柱と、その下の10の取組で構成します。取組ごとに、現状と課題、取組内容、'
        'KPI（重要業績評価指標）、担当課を示します。')
    b.h(1, '第2章　町を取り巻く状況')
    national_trends(b, lambda t: b.h(2, '1　' + t), '本町')
    b.h(2, '2　県の動向')
    b.p('県は、「県デジタル化推進戦略」に基づき、離島や中山間地域での5G基地局の整備を支援しているほか、'
        '農業分野でのローカル5Gの活用に向けた実証を進めています。')
    b.h(2, '3　町の現状')
    b.p('町内の光ファイバは通信事業者により整備されていますが、町民アンケートでは、60歳以上の約4割が'
        'インターネットを利用していないと回答しました。')
    b.h(1, '第3章　施策体系図')
    shapes = [b.textbox(30, 0, 100, 12, ['基本理念　デジタルで結ぶ　あさぎりの暮らし'],
                        fill='DEEAF6', bold=True, size=10.5)]
    for i, (pt, ms) in enumerate(D148):
        x = i * 55
        shapes.append(b.line(80, 12, 80, 18))
        shapes.append(b.line(x + 25, 18, x + 25, 22))
        shapes.append(b.textbox(x, 22, 50, 14, ['施策の柱%d' % (i + 1), pt], fill='FFF2CC', bold=True, size=9))
        shapes.append(b.line(x + 1, 36, x + 1, 42 + (len(ms) - 1) * 18 + 7))
        for j, (mt, *_r) in enumerate(ms):
            y = 42 + j * 18
            shapes.append(b.textbox(x + 4, y, 46, 14, ['取組%d-%d' % (i + 1, j + 1), mt], size=8))
            shapes.append(b.line(x + 1, y + 7, x + 4, y + 7))
    shapes.append(b.line(25, 18, 135, 18))
    b.drawing(shapes, 0)
    b.page_break()
    b.h(1, '第4章　施策の展開')
    ab = b.abstract([('decimalFullWidth', '施策の柱%1', 0, 0, True, 'space'),
                     ('decimal', '取組%1-%2', 0, 0, True, 'space')])
    n = b.num(ab, restart=False)
    for pt, ms in D148:
        b.numbered(n, 0, pt, style='Heading 2')
        for mt, genjo, naiyo, kpi, tanto in ms:
            b.numbered(n, 1, mt, bold=True, size=11)
            b.label('【現状と課題】', indent=0.4)
            b.p(genjo, indent=0.4)
            b.label('【取組内容】', indent=0.4)
            b.p(naiyo, indent=0.4)
            b.label('【KPI】', indent=0.4)
            b.p(kpi, indent=0.4, first=0)
            b.label('【担当課】', indent=0.4)
            b.p(tanto, indent=0.4, first=0)
    b.h(1, '第5章　推進体制')
    b.p('副町長を最高情報統括責任者（CIO）とし、「朝霧町DX推進委員会」でプランの進捗を管理します。'
        '情報セキュリティについては、情報セキュリティ委員会において、情報セキュリティポリシーに基づく'
        '運用状況を点検します。')
    b.p('KPIの達成状況は毎年度取りまとめ、町ホームページで公表します。')
    b.page_break()
    b.h(1, '用語集')
    for k, v in GLOSSARY:
        b.p('%s…%s' % (k, v), first=0)


# ----------------------------------------------------------------------------------------
# build, convert, check
# ----------------------------------------------------------------------------------------
DOCS = {
    'doc141': (doc141, '霞野町DX推進計画'),
    'doc142': (doc142, '第3次椿台市情報化計画'),
    'doc143': (doc143, '白鷺町官民データ活用推進計画'),
    'doc144': (doc144, '第6次楠田村総合計画　後期基本計画'),
    'doc145': (doc145, '若葉台市DX推進計画'),
    'doc146': (doc146, '青柳町デジタル化推進計画'),
    'doc147': (doc147, '千草市DX推進方針'),
    'doc148': (doc148, '朝霧町地域情報化・DX推進プラン'),
}
HTML_DOCS = ('doc146',)


def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s))


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read('word/document.xml').decode('utf-8')
    return ''.join(htmlmod.unescape(t) for t in re.findall(r'<w:t(?:\s[^>]*)?>([^<]*)</w:t>', xml))


def pdf_text(path):
    return subprocess.run(['pdftotext', '-enc', 'UTF-8', path, '-'], capture_output=True,
                          text=True, check=True).stdout


def html_text(path):
    s = open(path, encoding='utf-8').read()
    s = re.sub(r'<style.*?</style>', '', s, flags=re.S)
    return htmlmod.unescape(re.sub(r'<[^>]+>', ' ', s))


def pages(path):
    out = subprocess.run(['pdfinfo', path], capture_output=True, text=True).stdout
    m = re.search(r'Pages:\s+(\d+)', out)
    return int(m.group(1)) if m else -1


def check(name, outputs):
    key = yaml.safe_load(open(os.path.join(OUT, name + '.expected.yaml'), encoding='utf-8'))
    wanted = [('municipality', key['municipality'])]
    if key.get('code'):
        wanted.append(('code', key['code']))
    for p in key['policies']:
        wanted.append(('policy', p['title']))
        for m in p['measures']:
            wanted.append(('measure', m))
    fails = []
    for path, text in outputs:
        t = norm(text)
        for kind, s in wanted:
            if norm(s) not in t:
                fails.append('%s: %s not found: %s' % (os.path.basename(path), kind, s))
    return fails, sum(len(p['measures']) for p in key['policies'])


def main():
    only = sys.argv[1:]
    fails = []
    for name, (fn, title) in DOCS.items():
        if only and name not in only:
            continue
        b = DocxBuilder(header_title=title if name in ('doc141', 'doc145', 'doc147') else None,
                        footer_style='dash' if name != 'doc147' else 'plain')
        fn(b)
        dpath = os.path.join(OUT, name + '.docx')
        b.save(dpath)
        subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', OUT, dpath],
                       check=True, capture_output=True)
        ppath = os.path.join(OUT, name + '.pdf')
        outputs = [(dpath, docx_text(dpath)), (ppath, pdf_text(ppath))]
        info = '%s: %d pages' % (name, pages(ppath))
        if name in HTML_DOCS:
            hb = HtmlBuilder(title)
            fn(hb)
            hpath = os.path.join(OUT, name + '.html')
            hb.save(hpath)
            cpath = os.path.join(OUT, name + '.chromium.pdf')
            subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu',
                            '--no-pdf-header-footer', '--print-to-pdf-no-header',
                            '--print-to-pdf=' + cpath, 'file://' + hpath],
                           check=True, capture_output=True)
            outputs += [(hpath, html_text(hpath)), (cpath, pdf_text(cpath))]
            info += ', chromium %d pages' % pages(cpath)
        f, nm = check(name, outputs)
        print('%s, %d measures, %d failures' % (info, nm, len(f)))
        fails += f
    if fails:
        print('\nFAILURES:')
        for f in fails:
            print('  ' + f)
        sys.exit(1)
    print('all checks passed')


if __name__ == '__main__':
    main()
