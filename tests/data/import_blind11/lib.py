# -*- coding: utf-8 -*-
"""Writers shared by make.py: one plan model, rendered to .docx (python-docx) or .html."""
import copy, html, io, os
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor
from PIL import Image, ImageDraw

ITEMS = ["kanmin/online", "kanmin/opendata", "kanmin/mynumber", "kanmin/divide", "kanmin/bpr",
         "dx/standardization", "dx/mynumber", "dx/online", "dx/ai-rpa", "dx/telework",
         "dx/security", "dx/community", "dx/divide"]
TAGMAP = {"on": ["kanmin/online", "dx/online"], "od": ["kanmin/opendata"],
          "mn": ["kanmin/mynumber", "dx/mynumber"], "dv": ["kanmin/divide", "dx/divide"],
          "bpr": ["kanmin/bpr"], "std": ["dx/standardization"], "ai": ["dx/ai-rpa"],
          "tw": ["dx/telework"], "sec": ["dx/security"], "com": ["dx/community"],
          # single-framework variants
          "kon": ["kanmin/online"], "don": ["dx/online"], "kmn": ["kanmin/mynumber"],
          "dmn": ["dx/mynumber"], "kdv": ["kanmin/divide"], "ddv": ["dx/divide"]}


def check_digit(five):
    d = [int(c) for c in five]
    return str((11 - (6 * d[0] + 5 * d[1] + 4 * d[2] + 3 * d[3] + 2 * d[4]) % 11) % 10)


def code(five):
    return five + check_digit(five)


def parse_plan(text):
    """P title|desc   /  M title|desc|tags|dept|sched|kpi|target"""
    pols = []
    for line in text.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        kind, rest = line[0], line[2:]
        f = rest.split("|")
        if kind == "P":
            pols.append(dict(title=f[0], desc=f[1] if len(f) > 1 else "", measures=[]))
        else:
            f += [""] * (7 - len(f))
            tags = {}
            for t in f[2].split():
                k, v = t.split(":")
                if k == "-":
                    continue
                tags[k] = v
            pols[-1]["measures"].append(dict(title=f[0], desc=f[1], tags=tags, dept=f[3],
                                             sched=f[4], kpi=f[5], target=f[6]))
    return pols


def verdicts(pols):
    rank = {"missing": 0, "partial": 1, "covered": 2}
    res = {i: "missing" for i in ITEMS}
    for p in pols:
        for m in p["measures"]:
            for t, v in m["tags"].items():
                for item in TAGMAP[t]:
                    val = "covered" if v == "c" else "partial"
                    if rank[val] > rank[res[item]]:
                        res[item] = val
    return res


def make_logo(path, color=(30, 90, 160), shape="circle"):
    im = Image.new("RGB", (240, 240), "white")
    d = ImageDraw.Draw(im)
    if shape == "circle":
        d.ellipse((10, 10, 230, 230), outline=color, width=14)
        d.polygon([(120, 40), (200, 180), (40, 180)], fill=color)
    elif shape == "leaf":
        d.ellipse((30, 60, 210, 180), fill=color)
        d.line((40, 200, 200, 40), fill="white", width=10)
    else:
        d.rectangle((30, 30, 210, 210), outline=color, width=12)
        d.ellipse((80, 80, 160, 160), fill=color)
    im.save(path)


# ---------------------------------------------------------------- docx writer
class DocxWriter:
    fmt = "docx"

    def __init__(self, heading_mode="style", font="游明朝", size=10.5, hfont="游ゴシック"):
        self.d = Document()
        self.heading_mode = heading_mode
        self.hfont = hfont
        st = self.d.styles["Normal"]
        st.font.name = "Century"
        st.font.size = Pt(size)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
        sec = self.d.sections[0]
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.left_margin = sec.right_margin = Mm(25)
        sec.top_margin = sec.bottom_margin = Mm(25)
        for n in range(1, 4):
            hs = self.d.styles["Heading %d" % n]
            hs.font.color.rgb = RGBColor(0, 0, 0)
            hs.font.name = "Arial"
            hs.element.rPr.rFonts.set(qn("w:eastAsia"), hfont)
            hs.font.size = Pt({1: 16, 2: 13, 3: 11.5}[n])
            hs.font.italic = False
        self._abs = 100
        self._num = 100

    # --- basic blocks
    def _run(self, p, text, bold=False, size=None, font=None):
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if font:
            r.font.name = font
            r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
        return r

    def p(self, text="", bold=False, size=None, align=None, indent=0, first=0, space_after=4, font=None):
        para = self.d.add_paragraph()
        if text:
            self._run(para, text, bold, size, font)
        pf = para.paragraph_format
        if indent:
            pf.left_indent = Pt(indent)
        if first:
            pf.first_line_indent = Pt(first)
        pf.space_after = Pt(space_after)
        if align == "center":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return para

    def body(self, text):
        return self.p(text, first=10.5)

    def runs(self, parts, indent=0):
        para = self.d.add_paragraph()
        for t, b in parts:
            self._run(para, t, b)
        if indent:
            para.paragraph_format.left_indent = Pt(indent)
        para.paragraph_format.space_after = Pt(4)
        return para

    def h(self, level, text, pagebreak=False):
        if self.heading_mode == "style":
            para = self.d.add_heading(text, level)
        else:
            sizes = {1: 15, 2: 12.5, 3: 11}
            para = self.p(text, bold=True, size=sizes[level], font=self.hfont,
                          align="center" if level == 1 and self.heading_mode == "bold-center" else None,
                          space_after=6)
            para.paragraph_format.space_before = Pt(10 if level == 1 else 6)
            para.paragraph_format.keep_with_next = True
        if pagebreak:
            para.paragraph_format.page_break_before = True
        return para

    def pagebreak(self):
        self.d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def bullet(self, text, mark="・", indent=10.5):
        para = self.p(mark + text, indent=indent + 10.5, first=-10.5)
        return para

    # --- automatic numbering
    def numbering(self, levels):
        """levels: list of (numFmt, lvlText, left_twips, bold). returns numId"""
        npart = self.d.part.numbering_part.element
        aid, nid = self._abs, self._num
        self._abs += 1
        self._num += 1
        a = OxmlElement("w:abstractNum")
        a.set(qn("w:abstractNumId"), str(aid))
        ml = OxmlElement("w:multiLevelType")
        ml.set(qn("w:val"), "multilevel" if len(levels) > 1 else "singleLevel")
        a.append(ml)
        for i, (fmtv, txt, left, bold) in enumerate(levels):
            lvl = OxmlElement("w:lvl")
            lvl.set(qn("w:ilvl"), str(i))
            for tag, val in (("w:start", "1"), ("w:numFmt", fmtv)):
                e = OxmlElement(tag)
                e.set(qn("w:val"), val)
                lvl.append(e)
            if i > 0:
                e = OxmlElement("w:lvlRestart")
                e.set(qn("w:val"), str(i))
                lvl.append(e)
            e = OxmlElement("w:lvlText")
            e.set(qn("w:val"), txt)
            lvl.append(e)
            e = OxmlElement("w:lvlJc")
            e.set(qn("w:val"), "left")
            lvl.append(e)
            ppr = OxmlElement("w:pPr")
            ind = OxmlElement("w:ind")
            ind.set(qn("w:left"), str(left))
            ind.set(qn("w:hanging"), "420")
            ppr.append(ind)
            lvl.append(ppr)
            if bold:
                rpr = OxmlElement("w:rPr")
                rpr.append(OxmlElement("w:b"))
                lvl.append(rpr)
            a.append(lvl)
        # abstractNum must precede num elements
        first_num = npart.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(a)
        else:
            npart.append(a)
        n = OxmlElement("w:num")
        n.set(qn("w:numId"), str(nid))
        an = OxmlElement("w:abstractNumId")
        an.set(qn("w:val"), str(aid))
        n.append(an)
        npart.append(n)
        return nid

    def num(self, numid, level, text, bold=False, style=None, label=None):
        para = self.d.add_paragraph(style=style) if style else self.d.add_paragraph()
        self._run(para, text, bold)
        ppr = para._p.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl")
        il.set(qn("w:val"), str(level))
        ni = OxmlElement("w:numId")
        ni.set(qn("w:val"), str(numid))
        numpr.append(il)
        numpr.append(ni)
        ppr.insert(0, numpr) if style is None else ppr.append(numpr)
        para.paragraph_format.space_after = Pt(4)
        return para

    # --- tables
    def table(self, header, rows, widths=None, size=9, merge_first=False, header_fill="D9E2F3"):
        t = self.d.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for i, htxt in enumerate(header):
            c = t.rows[0].cells[i]
            c.text = ""
            r = c.paragraphs[0].add_run(htxt)
            r.bold = True
            r.font.size = Pt(size)
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            self._shade(c, header_fill)
        trpr = t.rows[0]._tr.get_or_add_trPr()
        th = OxmlElement("w:tblHeader")
        trpr.append(th)
        prev = None
        start = None
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = ""
                lines = str(v).split("\n")
                for k, ln in enumerate(lines):
                    para = cells[i].paragraphs[0] if k == 0 else cells[i].add_paragraph()
                    rr = para.add_run(ln)
                    rr.font.size = Pt(size)
        if merge_first:
            col = [r.cells[0] for r in t.rows[1:]]
            i = 0
            while i < len(col):
                j = i
                while j + 1 < len(col) and rows[j + 1][0] == rows[i][0]:
                    j += 1
                if j > i:
                    txt = rows[i][0]
                    m = col[i].merge(col[j])
                    m.text = ""
                    rr = m.paragraphs[0].add_run(txt)
                    rr.font.size = Pt(size)
                i = j + 1
        if widths:
            t.autofit = False
            for i, w_ in enumerate(widths):
                t.columns[i].width = Mm(w_)
            for row in t.rows:
                for i, w in enumerate(widths):
                    row.cells[i].width = Mm(w)
        self.d.add_paragraph().paragraph_format.space_after = Pt(2)
        return t

    def _shade(self, cell, fill):
        tcpr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tcpr.append(shd)

    # --- sections
    def section(self, landscape=False, cols=1, new_page=True):
        from docx.enum.section import WD_SECTION
        sec = self.d.add_section(WD_SECTION.NEW_PAGE if new_page else WD_SECTION.CONTINUOUS)
        if landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = Mm(297), Mm(210)
        else:
            sec.orientation = WD_ORIENT.PORTRAIT
            sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.left_margin = sec.right_margin = Mm(20 if landscape else 25)
        sectpr = sec._sectPr
        for old in sectpr.findall(qn("w:cols")):
            sectpr.remove(old)
        c = OxmlElement("w:cols")
        c.set(qn("w:space"), "425")
        if cols > 1:
            c.set(qn("w:num"), str(cols))
        sectpr.append(c)
        return sec

    def _field(self, para, instr, shown="1"):
        def fc(t):
            r = OxmlElement("w:r")
            f = OxmlElement("w:fldChar")
            f.set(qn("w:fldCharType"), t)
            r.append(f)
            para._p.append(r)
        fc("begin")
        r = OxmlElement("w:r")
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = " %s " % instr
        r.append(it)
        para._p.append(r)
        fc("separate")
        para.add_run(shown)
        fc("end")

    def header_footer(self, header=None, footer="page", sec=None, first_page_blank=False):
        secs = [sec] if sec else self.d.sections
        for s in secs:
            if first_page_blank and s._sectPr is self.d.sections[0]._sectPr:
                s.different_first_page_header_footer = True
            if header:
                hp = s.header.paragraphs[0]
                hp.text = ""
                r = hp.add_run(header)
                r.font.size = Pt(8.5)
                hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            fp = s.footer.paragraphs[0]
            fp.text = ""
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if footer == "page":
                self._field(fp, "PAGE")
            elif footer == "dash":
                fp.add_run("－ ")
                self._field(fp, "PAGE")
                fp.add_run(" －")
            elif footer:
                fp.add_run(footer + "　")
                self._field(fp, "PAGE")

    # --- cover / toc
    def cover(self, title, sub, date, org, logo=None, code_line=None, top_note=None):
        if top_note:
            self.p(top_note, align="right", size=10)
        for _ in range(6):
            self.p("")
        self.p(title, bold=True, size=24, align="center", font=self.hfont)
        if sub:
            self.p(sub, size=13, align="center")
        for _ in range(7):
            self.p("")
        if logo:
            para = self.p(align="center")
            para.add_run().add_picture(logo, width=Mm(28))
        self.p(date, size=14, align="center")
        self.p(org, size=16, align="center", bold=True)
        if code_line:
            self.p(code_line, size=9, align="center")
        self.pagebreak()

    def toc(self, entries, kind="typed", title="目　次"):
        self.p(title, bold=True, size=15, align="center", space_after=12)
        if kind == "field":
            para = self.d.add_paragraph()
            r = OxmlElement("w:r")
            f = OxmlElement("w:fldChar")
            f.set(qn("w:fldCharType"), "begin")
            r.append(f)
            para._p.append(r)
            r = OxmlElement("w:r")
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = ' TOC \\o "1-2" \\h \\z \\u '
            r.append(it)
            para._p.append(r)
            r = OxmlElement("w:r")
            f = OxmlElement("w:fldChar")
            f.set(qn("w:fldCharType"), "separate")
            r.append(f)
            para._p.append(r)
        last = None
        if kind == "field":
            from docx.enum.style import WD_STYLE_TYPE
            names = [st.name for st in self.d.styles]
            for k in (1, 2):
                if "TOC %d" % k not in names:
                    self.d.styles.add_style("TOC %d" % k, WD_STYLE_TYPE.PARAGRAPH).base_style = self.d.styles["Normal"]
        for lvl, text, page in entries:
            para = self.d.add_paragraph(style="TOC %d" % lvl) if kind == "field" else self.d.add_paragraph()
            pf = para.paragraph_format
            pf.left_indent = Pt(0 if lvl == 1 else 14)
            pf.space_after = Pt(3)
            pf.tab_stops.add_tab_stop(Mm(158), alignment=2, leader=1)  # right, dots
            self._run(para, text, bold=(lvl == 1))
            para.add_run("\t%s" % page)
            last = para
        if kind == "field":
            r = OxmlElement("w:r")
            f = OxmlElement("w:fldChar")
            f.set(qn("w:fldCharType"), "end")
            r.append(f)
            last._p.append(r)
        self.pagebreak()

    def save(self, path):
        self.d.save(path)


# ---------------------------------------------------------------- html writer
class HtmlWriter:
    fmt = "html"

    def __init__(self, heading_mode="style", title="", header="", columns=False, **kw):
        self.out = []
        self.title = title
        self.header = header
        self.columns = columns
        self.nums = {}
        self.numdefs = {}
        self.in_cols = False

    def e(self, s):
        return html.escape(s)

    def p(self, text="", bold=False, size=None, align=None, indent=0, first=0, space_after=4, font=None):
        st = []
        if size:
            st.append("font-size:%spt" % size)
        if align:
            st.append("text-align:%s" % align)
        if indent:
            st.append("margin-left:%spt" % indent)
        t = self.e(text)
        if bold:
            t = "<b>%s</b>" % t
        self.out.append('<p style="%s">%s</p>' % (";".join(st), t))

    def body(self, text):
        self.out.append('<p class="body">%s</p>' % self.e(text))

    def runs(self, parts, indent=0):
        s = "".join(("<b>%s</b>" % self.e(t)) if b else self.e(t) for t, b in parts)
        self.out.append('<p style="margin-left:%spt">%s</p>' % (indent, s))

    def h(self, level, text, pagebreak=False):
        cls = ' class="pb"' if pagebreak else ""
        self.out.append("<h%d%s>%s</h%d>" % (level, cls, self.e(text), level))

    def pagebreak(self):
        self.out.append('<div class="pb"></div>')

    def bullet(self, text, mark="・", indent=10.5):
        self.out.append('<p class="bl">%s%s</p>' % (mark, self.e(text)))

    def numbering(self, levels):
        nid = len(self.numdefs) + 1
        self.numdefs[nid] = levels
        self.nums[nid] = [0] * len(levels)
        return nid

    def num(self, numid, level, text, bold=False, style=None, label=None):
        c = self.nums[numid]
        c[level] += 1
        for i in range(level + 1, len(c)):
            c[i] = 0
        fmtv, txt, left, b = self.numdefs[numid][level]
        lab = txt
        for i in range(level + 1):
            lab = lab.replace("%%%d" % (i + 1), fmt_num(c[i], self.numdefs[numid][i][0]))
        t = self.e(text)
        if bold or b:
            t = "<b>%s</b>" % t
        self.out.append('<p style="margin-left:%dpt">%s　%s</p>' % (left // 20 - 21, self.e(lab), t))

    def table(self, header, rows, widths=None, size=9, merge_first=False, header_fill=None):
        cg = ""
        if widths:
            tot = float(sum(widths))
            cg = "<colgroup>%s</colgroup>" % "".join('<col style="width:%.1f%%">' % (100 * x / tot) for x in widths)
        o = ['<table>%s<thead><tr>%s</tr></thead><tbody>' % (cg, "".join("<th>%s</th>" % self.e(x) for x in header))]
        i = 0
        while i < len(rows):
            span = 1
            if merge_first:
                while i + span < len(rows) and rows[i + span][0] == rows[i][0]:
                    span += 1
            for k in range(span):
                row = rows[i + k]
                cells = []
                if len(row) > 2 and all(str(c) == "" for c in row[1:]):
                    o.append('<tr class="grp"><td colspan="%d"><b>%s</b></td></tr>' % (len(row), self.e(str(row[0]))))
                    continue
                for j, v in enumerate(row):
                    if merge_first and j == 0:
                        if k == 0:
                            cells.append('<td rowspan="%d">%s</td>' % (span, self.e(str(v))))
                        continue
                    cells.append("<td>%s</td>" % "<br>".join(self.e(x) for x in str(v).split("\n")))
                o.append("<tr>%s</tr>" % "".join(cells))
            i += span
        o.append("</tbody></table>")
        self.out.append("".join(o))

    def section(self, landscape=False, cols=1, new_page=True):
        if self.in_cols:
            self.out.append("</div>")
            self.in_cols = False
        cls = "land" if landscape else "port"
        if landscape:
            self.out.append('<div class="land">')
            self.in_land = True
        elif new_page:
            self.out.append('<div class="pb"></div>')
        if cols > 1:
            self.out.append('<div class="cols">')
            self.in_cols = True

    def end_land(self):
        self.out.append("</div>")

    def header_footer(self, *a, **k):
        pass

    def cover(self, title, sub, date, org, logo=None, code_line=None, top_note=None):
        o = ['<div class="cover">']
        if top_note:
            o.append('<p style="text-align:right">%s</p>' % self.e(top_note))
        o.append('<p class="ctitle">%s</p>' % self.e(title))
        if sub:
            o.append('<p class="csub">%s</p>' % self.e(sub))
        if logo:
            o.append('<p style="text-align:center;margin-top:120pt"><img src="%s" width="100"></p>' % os.path.basename(logo))
        o.append('<p class="cdate">%s</p><p class="corg">%s</p>' % (self.e(date), self.e(org)))
        if code_line:
            o.append('<p style="text-align:center;font-size:9pt">%s</p>' % self.e(code_line))
        o.append("</div>")
        self.out.append("".join(o))

    def toc(self, entries, kind="typed", title="目　次"):
        o = ['<div class="toc"><p class="toct">%s</p>' % self.e(title)]
        for lvl, text, page in entries:
            o.append('<p class="t%d"><span>%s</span><span class="pg">%s</span></p>' % (lvl, self.e(text), page))
        o.append("</div>")
        self.out.append("".join(o))

    def save(self, path):
        if self.in_cols:
            self.out.append("</div>")
        css = """
@page { size: A4; margin: 22mm 20mm; @top-right { content: "%s"; font-size: 8pt; }
        @bottom-center { content: "- " counter(page) " -"; font-size: 9pt; } }
@page wide { size: A4 landscape; margin: 18mm 15mm; }
@page :first { @top-right { content: none } @bottom-center { content: none } }
body { font-family: 'Noto Serif CJK JP', serif; font-size: 10.5pt; line-height: 1.6; }
h1, h2, h3 { font-family: 'Noto Sans CJK JP', sans-serif; }
h1 { font-size: 16pt; border-bottom: 2px solid #235; } h2 { font-size: 13pt; } h3 { font-size: 11.5pt; }
.pb { break-before: page; }
p.body { text-indent: 1em; margin: 0 0 4pt; }
p.bl { margin: 0 0 2pt 1.5em; text-indent: -1em; }
table { border-collapse: collapse; width: 100%%; font-size: 9pt; margin: 6pt 0 10pt; }
th, td { border: 1px solid #444; padding: 3pt 4pt; vertical-align: top; }
th { background: #dde6f3; } tr.grp td { background: #f2f2f2; }
.cover { height: 250mm; text-align: center; }
.ctitle { margin-top: 70mm; font-size: 24pt; font-weight: bold; font-family: 'Noto Sans CJK JP'; }
.csub { font-size: 13pt; } .cdate { font-size: 14pt; } .corg { font-size: 16pt; font-weight: bold; }
.toc { break-before: page; break-after: page; }
.toct { text-align: center; font-size: 15pt; font-weight: bold; }
.toc p { display: flex; margin: 0 0 3pt; } .toc p span:first-child { flex: 1; border-bottom: 1px dotted #888; }
.toc p.t2 { margin-left: 1.5em; } .toc p.t1 { font-weight: bold; }
.cols { column-count: 2; column-gap: 8mm; }
.land { page: wide; break-before: page; break-after: page; }
""" % self.e(self.header)
        doc = '<!DOCTYPE html>\n<html lang="ja"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>\n%s\n</body></html>\n' % (
            self.e(self.title), css, "\n".join(self.out))
        with open(path, "w", encoding="utf-8") as f:
            f.write(doc)


def fmt_num(n, fmtv):
    if fmtv == "decimalFullWidth":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    if fmtv == "decimalEnclosedCircle":
        return chr(0x2460 + n - 1)
    if fmtv == "aiueoFullWidth":
        return "アイウエオカキクケコサシスセソ"[n - 1]
    if fmtv == "japaneseCounting":
        return "〇一二三四五六七八九十"[n]
    return str(n)
