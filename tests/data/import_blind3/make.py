# -*- coding: utf-8 -*-
"""Generator of the blind test set import_blind3 (doc31 ... doc41).

Run:  ../../../.venv/bin/python make.py      (writes docNN.docx and docNN.expected.yaml)
Then: soffice --headless --convert-to pdf --outdir . docNN.docx

All towns are invented. Codes carry a valid check digit but are not real towns' codes.
The answer keys are written from the same data that builds the documents, so titles match.
"""

import json
import os

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))

MINCHO = "ＭＳ 明朝"
GOTHIC = "ＭＳ ゴシック"

ITEM_IDS = [
    "kanmin/online",
    "kanmin/opendata",
    "kanmin/mynumber",
    "kanmin/divide",
    "kanmin/bpr",
    "dx/standardization",
    "dx/mynumber",
    "dx/online",
    "dx/ai-rpa",
    "dx/telework",
    "dx/security",
    "dx/community",
    "dx/divide",
]


# ---------------------------------------------------------------------------
# codes
# ---------------------------------------------------------------------------
def check_digit(five):
    d = [int(c) for c in five]
    s = 6 * d[0] + 5 * d[1] + 4 * d[2] + 3 * d[3] + 2 * d[4]
    return (11 - s % 11) % 10


def lg_code(pref, muni):
    five = "%02d%03d" % (pref, muni)
    return five + str(check_digit(five))


# ---------------------------------------------------------------------------
# document helpers
# ---------------------------------------------------------------------------
def _east(rpr_owner, name):
    rf = rpr_owner.get_or_add_rFonts()
    rf.set(qn("w:eastAsia"), name)
    rf.set(qn("w:hint"), "eastAsia")


ALIGN = {
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


class Doc:
    def __init__(self):
        d = Document()
        sec = d.sections[0]
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.left_margin = sec.right_margin = Mm(25)
        sec.top_margin = sec.bottom_margin = Mm(25)
        normal = d.styles["Normal"]
        normal.font.size = Pt(10.5)
        normal.font.name = "Century"
        _east(normal.element.get_or_add_rPr(), MINCHO)
        normal.paragraph_format.space_after = Pt(3)
        for name, size in (("Heading 1", 16), ("Heading 2", 13), ("Heading 3", 11.5), ("Title", 22)):
            st = d.styles[name]
            st.font.color.rgb = RGBColor(0, 0, 0)
            st.font.name = "Arial"
            st.font.size = Pt(size)
            st.font.bold = True
            _east(st.element.get_or_add_rPr(), GOTHIC)
        self.d = d
        self._abs = 50
        self._num = 50
        self.text_width = Mm(160)

    # -- paragraphs ---------------------------------------------------------
    def p(
        self,
        text="",
        bold=False,
        size=None,
        align=None,
        style=None,
        indent=None,
        first=None,
        before=None,
        after=None,
        font=None,
        keep=False,
    ):
        par = self.d.add_paragraph(style=style)
        if text:
            self.run(par, text, bold=bold, size=size, font=font)
        pf = par.paragraph_format
        if align:
            par.alignment = ALIGN[align]
        if indent is not None:
            pf.left_indent = Pt(indent)
        if first is not None:
            pf.first_line_indent = Pt(first)
        if before is not None:
            pf.space_before = Pt(before)
        if after is not None:
            pf.space_after = Pt(after)
        if keep:
            pf.keep_with_next = True
        return par

    def run(self, par, text, bold=False, size=None, font=None, underline=False):
        r = par.add_run(text)
        if bold:
            r.bold = True
        if underline:
            r.underline = True
        if size:
            r.font.size = Pt(size)
        if font:
            _east(r._r.get_or_add_rPr(), font)
        return r

    def body(self, text, indent=0):
        """A body paragraph with a one-character first-line indent, as plans are written."""
        return self.p(text, first=10.5, indent=indent or None)

    def bodies(self, texts, indent=0):
        for t in texts:
            self.body(t, indent)

    def bullet(self, text, indent=10.5, mark="・"):
        par = self.p(mark + text, indent=indent + 10.5, first=-10.5)
        return par

    def h(self, text, level=1):
        return self.d.add_heading(text, level=level)

    def bh(self, text, size=None, center=False, before=6, after=3, font=GOTHIC):
        """A heading that is only a bold paragraph (Normal style, no outline level)."""
        return self.p(text, bold=True, size=size, align="center" if center else None, before=before, after=after, font=font, keep=True)

    def page_break(self):
        par = self.d.add_paragraph()
        par.add_run().add_break(WD_BREAK.PAGE)
        return par

    # -- numbering ----------------------------------------------------------
    def abstract_num(self, levels, multi="hybridMultilevel"):
        """levels: list of dict(fmt, text, left, hanging, bold, size, restart)."""
        numbering = self.d.part.numbering_part.element
        aid = self._abs
        self._abs += 1
        x = ['<w:abstractNum %s w:abstractNumId="%d">' % (nsdecls("w"), aid), '<w:multiLevelType w:val="%s"/>' % multi]
        for i, lv in enumerate(levels):
            left = lv.get("left", 420 * (i + 1))
            hang = lv.get("hanging", 420)
            x.append('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>' % (i, lv["fmt"]))
            if "restart" in lv:
                x.append('<w:lvlRestart w:val="%d"/>' % lv["restart"])
            x.append('<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>' % lv["text"])
            x.append('<w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr>' % (left, hang))
            rpr = '<w:rFonts w:hint="eastAsia"/>'
            if lv.get("bold"):
                rpr += "<w:b/>"
            if lv.get("size"):
                rpr += '<w:sz w:val="%d"/>' % int(lv["size"] * 2)
            x.append("<w:rPr>%s</w:rPr></w:lvl>" % rpr)
        x.append("</w:abstractNum>")
        el = parse_xml("".join(x))
        nums = numbering.findall(qn("w:num"))
        if nums:
            nums[0].addprevious(el)
        else:
            numbering.append(el)
        return aid

    def num(self, aid, restart=False):
        numbering = self.d.part.numbering_part.element
        nid = self._num
        self._num += 1
        over = ""
        if restart:
            over = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
        numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/>%s</w:num>' % (nsdecls("w"), nid, aid, over)))
        return nid

    def set_num(self, par, nid, ilvl=0):
        numPr = par._p.get_or_add_pPr().get_or_add_numPr()
        numPr.get_or_add_ilvl().val = ilvl
        numPr.get_or_add_numId().val = nid
        return par

    def np(self, text, nid, ilvl=0, bold=False, size=None, font=None, keep=False, before=None):
        par = self.p(text, bold=bold, size=size, font=font, keep=keep, before=before)
        self.set_num(par, nid, ilvl)
        return par

    # -- tables -------------------------------------------------------------
    @staticmethod
    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tcPr.append(shd)

    def cell_text(self, cell, text, bold=False, size=9, align=None):
        lines = text.split("\n") if text else [""]
        first = cell.paragraphs[0]
        for i, line in enumerate(lines):
            par = first if i == 0 else cell.add_paragraph()
            par.paragraph_format.space_after = Pt(0)
            if align:
                par.alignment = ALIGN[align]
            if line:
                self.run(par, line, bold=bold, size=size)

    def table(self, header, rows, widths=None, size=9, header_fill="D9D9D9", center_cols=()):
        t = self.d.add_table(rows=len(rows) + (1 if header else 0), cols=len(widths or header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        r0 = 0
        if header:
            for j, htext in enumerate(header):
                c = t.cell(0, j)
                self.cell_text(c, htext, bold=True, size=size, align="center")
                if header_fill:
                    self.shade(c, header_fill)
            trPr = t.rows[0]._tr.get_or_add_trPr()
            trPr.append(OxmlElement("w:tblHeader"))
            r0 = 1
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                if val is None:
                    continue
                self.cell_text(t.cell(r0 + i, j), val, size=size, align="center" if j in center_cols else None)
        if widths:
            self.set_widths(t, widths)
        return t

    @staticmethod
    def set_widths(t, widths):
        """Column widths in mm, written to w:tblGrid, w:tblW and every w:tcW (LibreOffice reads the grid)."""
        t.autofit = False
        grid = t._tbl.tblGrid
        for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
            if j < len(widths):
                gc.set(qn("w:w"), str(int(widths[j] * 56.7)))
        tblPr = t._tbl.tblPr
        tblW = tblPr.find(qn("w:tblW"))
        if tblW is None:
            tblW = OxmlElement("w:tblW")
            tblPr.append(tblW)
        tblW.set(qn("w:type"), "dxa")
        tblW.set(qn("w:w"), str(int(sum(widths) * 56.7)))
        for row in t.rows:
            for j, c in enumerate(row.cells):
                if j < len(widths):
                    c.width = Mm(widths[j])

    def vmerge(self, t, col, r1, r2):
        if r2 > r1:
            t.cell(r1, col).merge(t.cell(r2, col))

    def span_row(self, t, r, text, fill="F2F2F2", size=9.5):
        """Turn row r into one cell spanning the whole table (w:gridSpan)."""
        n = len(t.columns)
        c = t.cell(r, 0).merge(t.cell(r, n - 1))
        for par in c.paragraphs[1:]:
            par._p.getparent().remove(par._p)
        c.paragraphs[0].text = ""
        self.cell_text(c, text, bold=True, size=size)
        self.shade(c, fill)
        return c

    # -- table of contents -----------------------------------------------------
    def _toc_par(self, level, text, page, leader=True):
        par = self.d.add_paragraph()
        pf = par.paragraph_format
        pf.space_after = Pt(1)
        pf.left_indent = Pt(10.5 * (level - 1) * 1.5)
        pf.tab_stops.add_tab_stop(self.text_width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS if leader else WD_TAB_LEADER.SPACES)
        return par

    def toc_typed(self, entries, leader=True, dots_in_text=False):
        for level, text, page in entries:
            if dots_in_text:
                par = self.p("", indent=10.5 * (level - 1) * 1.5, after=1)
                self.run(par, "%s %s %s" % (text, "・" * max(4, 34 - len(text) - 2 * level), page))
            else:
                par = self._toc_par(level, text, page, leader)
                self.run(par, text + "\t" + str(page), bold=(level == 1))

    @staticmethod
    def _fld_run(kind):
        r = OxmlElement("w:r")
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), kind)
        r.append(fc)
        return r

    def toc_field(self, entries, instr=' TOC \\o "1-2" \\h \\z \\u '):
        """A real TOC field (fldChar begin / instrText / separate / cached result / end)."""
        for i, (level, text, page) in enumerate(entries):
            par = self._toc_par(level, text, page)
            if i == 0:
                par._p.append(self._fld_run("begin"))
                r = OxmlElement("w:r")
                it = OxmlElement("w:instrText")
                it.set(qn("xml:space"), "preserve")
                it.text = instr
                r.append(it)
                par._p.append(r)
                par._p.append(self._fld_run("separate"))
            self.run(par, text + "\t" + str(page), bold=(level == 1))
            if i == len(entries) - 1:
                par._p.append(self._fld_run("end"))

    def toc_simple(self, entries, instr=' TOC \\o "1-3" \\h \\z \\u '):
        """A real TOC field as w:fldSimple holding its cached entries as line-broken runs."""
        par = self._toc_par(1, "", "")
        x = ['<w:fldSimple %s w:instr="%s">' % (nsdecls("w"), instr.replace('"', "&quot;"))]
        for i, (level, text, page) in enumerate(entries):
            ind = "\u3000" * (level - 1)
            b = "<w:b/>" if level == 1 else ""
            x.append('<w:r><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s%s</w:t></w:r>' % (b, ind, text))
            x.append("<w:r><w:tab/><w:t>%s</w:t></w:r>" % page)
            if i < len(entries) - 1:
                x.append("<w:r><w:br/></w:r>")
        x.append("</w:fldSimple>")
        par._p.append(parse_xml("".join(x)))

    # -- sections, cover, footer ----------------------------------------------
    def columns(self, n):
        sec = self.d.add_section(WD_SECTION.CONTINUOUS)
        cols = sec._sectPr.find(qn("w:cols"))
        if cols is None:
            cols = OxmlElement("w:cols")
            sec._sectPr.append(cols)
        cols.set(qn("w:num"), str(n))
        cols.set(qn("w:space"), "425")
        return sec

    def footer_page_numbers(self, prefix="", suffix=""):
        sec = self.d.sections[0]
        sec.different_first_page_header_footer = True
        par = sec.footer.paragraphs[0]
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if prefix:
            par.add_run(prefix)
        par._p.append(parse_xml('<w:fldSimple %s w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>' % nsdecls("w")))
        if suffix:
            par.add_run(suffix)

    def header_text(self, text):
        sec = self.d.sections[0]
        par = sec.header.paragraphs[0]
        par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = par.add_run(text)
        r.font.size = Pt(8)

    def logo_box(self, lines, width=36):
        """A text-drawn logo placeholder: a bordered one-cell table."""
        t = self.d.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        c = t.cell(0, 0)
        self.set_widths(t, [width])
        self.cell_text(c, "\n".join(lines), size=10, align="center")
        return t

    def save(self, path):
        self.d.save(path)


# ---------------------------------------------------------------------------
# shared prose (background chapters: national words, never commitments)
# ---------------------------------------------------------------------------
class Town:
    def __init__(self, name, kind, pref, pref_no, muni_no, code_stated=True):
        self.name = name  # e.g. 桜川原町
        self.kind = kind  # 町 / 市 / 村
        self.pref = pref
        self.code = lg_code(pref_no, muni_no)
        self.code_stated = code_stated

    @property
    def hon(self):
        return "本" + self.kind

    @property
    def min(self):
        return self.kind + "民"

    @property
    def chief(self):
        return self.kind + "長"

    @property
    def vice(self):
        return "副" + self.kind + "長"

    @property
    def office(self):
        return {"市": "市役所", "町": "役場", "村": "役場"}[self.kind]


def national_paras(T, pick="abcdefg"):
    P = {
        "a": "国は、令和3年5月に「デジタル社会形成基本法」をはじめとするデジタル改革関連法を成立させ、同年9月にはデジタル庁を設置しました。"
        "また、「デジタル社会の実現に向けた重点計画」を毎年度改定し、「誰一人取り残されない、人に優しいデジタル化」を掲げて、"
        "行政手続のオンライン化やマイナンバーカードの普及・利活用、デジタル人材の育成などを進めています。",
        "b": "総務省は、令和2年12月に「自治体デジタル・トランスフォーメーション（DX）推進計画」を策定し、自治体が重点的に取り組むべき事項として、"
        "自治体の情報システムの標準化・共通化、マイナンバーカードの普及促進、自治体の行政手続のオンライン化、自治体のAI・RPAの利用推進、"
        "テレワークの推進、セキュリティ対策の徹底を掲げるとともに、地域社会のデジタル化及びデジタルデバイド対策にも併せて取り組むこととしています。"
        "その後の改定では、自治体フロントヤード改革の推進や公金収納におけるeLTAXの活用が加えられました。",
        "c": "平成28年12月に施行された「官民データ活用推進基本法」では、行政手続等のオンライン化原則、オープンデータの促進、"
        "マイナンバーカードの普及・活用、デジタルデバイド対策、情報システム改革・業務の見直しなどが基本的施策として定められ、"
        "市町村には「市町村官民データ活用推進計画」の策定が努力義務として課されています。",
        "d": "「地方公共団体情報システムの標準化に関する法律」（令和3年法律第40号）に基づき、住民基本台帳、税、福祉などの20の基幹業務について、"
        "国が定める標準仕様に準拠したシステムへ移行し、ガバメントクラウドを活用することが求められています。"
        "移行が困難なシステムについては、特定移行支援システムとして、おおむね5年以内の移行を目指すこととされています。",
        "e": "令和7年6月には「地方創生2.0基本構想」が閣議決定され、デジタル技術を活用した地域課題の解決、光ファイバや5G等の通信基盤の整備、"
        "テレワークやワーケーションによる地方への人の流れの創出などの方向性が示されました。",
        "f": "また、サイバー攻撃が高度化・巧妙化する中、総務省は「地方公共団体における情報セキュリティポリシーに関するガイドライン」を改定し、"
        "自治体に対して情報セキュリティ対策の一層の強化を求めています。",
        "g": "さらに、生成AIをはじめとするAI技術が急速に進展し、国は「行政の進化と革新のための生成AIの調達・利活用に係るガイドライン」を示すなど、"
        "行政分野においてもAI・RPAの活用による業務の効率化が期待されています。オープンデータについても、"
        "デジタル庁が「自治体標準オープンデータセット」を示し、自治体による公開を促しています。",
    }
    return [P[k] for k in pick]


def position_para(T, plan_title, upper="総合計画"):
    return (
        "%sは、%s「%s%s」を上位計画とし、%sのデジタル化に関する施策の基本的な方向性と具体的な取組を定めるものです。"
        "また、官民データ活用推進基本法第9条第3項に規定する「市町村官民データ活用推進計画」として位置付けるとともに、"
        "総務省の「自治体DX推進計画」を踏まえた計画とします。" % ("本計画", T.hon + "の最上位計画である", T.name, upper, T.hon)
    )


def governance_paras(T, hq=None, cio_assist=True, pdca=True):
    hq = hq or "%sDX推進本部" % T.name
    out = [
        "計画の推進に当たっては、%sを最高情報責任者（CIO）とし、%sを本部長とする「%s」において、全庁横断的に施策の調整と進捗管理を行います。"
        % (T.vice, T.chief, hq),
        "各課には「デジタル推進リーダー」を置き、所管する業務のデジタル化を主体的に進めるとともに、情報政策担当課が全体の取りまとめを行います。",
    ]
    if cio_assist:
        out.append("専門的な知見を補うため、外部のデジタル専門人材をCIO補佐官として任用し、技術的な助言を受けながら取組を進めます。")
    if pdca:
        out.append(
            "進行管理は、PDCAサイクルにより行います。毎年度、各取組の進捗状況と指標の達成状況を取りまとめて推進本部に報告し、"
            "その結果を%sのホームページで公表するとともに、必要に応じて取組内容を見直します。" % T.kind
        )
    return out


# ---------------------------------------------------------------------------
# answer keys
# ---------------------------------------------------------------------------
def q(s):
    return json.dumps(s, ensure_ascii=False)


def write_expected(num, T, period, policies, items, notes):
    assert set(items) == set(ITEM_IDS), (num, set(ITEM_IDS) ^ set(items))
    lines = [
        "municipality: %s" % q(T.name),
        "code: %s" % (q(T.code) if T.code_stated else "null"),
        "period: %s" % ("{start: %d, end: %d}" % period if period else "null"),
        "policies:",
    ]
    for title, measures in policies:
        lines.append("  - title: %s" % q(title))
        if measures:
            lines.append("    measures:")
            for m in measures:
                lines.append("      - %s" % q(m))
        else:
            lines.append("    measures: []")
    lines.append("items:")
    for k in ITEM_IDS:
        lines.append("  %s: %s" % (k, items[k]))
    lines.append("notes: |")
    for n in notes:
        lines.append("  - " + n)
    with open(os.path.join(OUT, "doc%d.expected.yaml" % num), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def verdicts(default="covered", **kw):
    """kw keys use _ for / and - : kanmin_online='missing', dx_ai_rpa='partial'."""
    out = {k: default for k in ITEM_IDS}
    for k, v in kw.items():
        key = k.replace("kanmin_", "kanmin/").replace("dx_", "dx/").replace("_", "-")
        assert key in out, key
        out[key] = v
    return out


DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# ===========================================================================
# doc31 桜川原町: measures as rows of a Word table, 分野 merged vertically (vMerge)
# ===========================================================================
@doc
def doc31():
    T = Town("桜川原町", "町", "北海道", 1, 871)
    title = "桜川原町デジタル推進計画（第2期）"
    D = Doc()
    D.footer_page_numbers("- ", " -")
    # cover
    D.p("", after=40)
    D.logo_box(["（町章）", "さくらがわら"], width=34)
    D.p("", after=30)
    D.p(title, bold=True, size=24, align="center", font=GOTHIC)
    D.p("～誰もが便利さを実感できるまち　さくらがわら～", size=13, align="center", after=120)
    D.p("令和８年３月", size=14, align="center")
    D.p("北海道　桜川原町", size=16, bold=True, align="center")
    D.p("（地方公共団体コード　%s）" % T.code, size=10, align="center")
    D.page_break()
    # toc
    D.p("目　次", bold=True, size=14, align="center", after=12, font=GOTHIC)
    D.toc_typed(
        [
            (1, "第1章　計画の策定にあたって", 1),
            (2, "1　策定の趣旨", 1),
            (2, "2　計画の位置づけ", 2),
            (2, "3　計画期間", 2),
            (1, "第2章　デジタル化を取り巻く動向", 3),
            (2, "1　国の動向", 3),
            (2, "2　北海道の動向", 4),
            (2, "3　本町の現状と課題", 4),
            (1, "第3章　施策の展開", 6),
            (2, "1　基本理念", 6),
            (2, "2　基本方針", 6),
            (2, "3　施策の一覧", 7),
            (1, "第4章　計画の推進体制", 10),
            (1, "用語集", 11),
        ]
    )
    D.page_break()
    # chapter 1
    D.h("第1章　計画の策定にあたって", 1)
    D.h("1　策定の趣旨", 2)
    D.bodies(
        [
            "本町は、令和3年3月に「桜川原町デジタル推進計画」（以下「第1期計画」という。）を策定し、電子申請の導入や庁内ネットワークの強靱化、"
            "テレワーク用端末の試行導入などに取り組んできました。",
            "この間、人口減少と高齢化は一層進み、令和7年の住民基本台帳人口は5,912人、高齢化率は41.3％となりました。"
            "限られた職員数で行政サービスの水準を維持し、町民の暮らしの利便性を高めていくためには、デジタル技術の活用が欠かせません。",
            "第1期計画の計画期間が令和7年度で終了することから、これまでの成果と課題、国や北海道の動向を踏まえ、"
            "「%s」（以下「本計画」という。）を策定します。" % title,
        ]
    )
    D.h("2　計画の位置づけ", 2)
    D.body(position_para(T, title, "第6次総合計画"))
    D.h("3　計画期間", 2)
    D.body(
        "本計画の計画期間は、令和8年度から令和12年度までの5年間とします。なお、社会情勢や技術の変化に応じて、計画期間中であっても必要な見直しを行います。"
    )
    D.table(
        ["計画", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "R10", "R11", "R12"],
        [
            ["第6次総合計画", "", "←", "―", "―", "―", "―", "―", "―", "―", "→"],
            ["第1期計画", "←", "―", "―", "―", "→", "", "", "", "", ""],
            ["本計画（第2期）", "", "", "", "", "", "←", "―", "―", "―", "→"],
        ],
        widths=[34] + [12] * 10,
        size=8,
        center_cols=range(1, 11),
    )
    D.p("（第1期計画：令和3年度～令和7年度　／　本計画：令和8年度～令和12年度）", size=9, align="center")
    D.page_break()
    # chapter 2
    D.h("第2章　デジタル化を取り巻く動向", 1)
    D.h("1　国の動向", 2)
    D.bodies(national_paras(T))
    D.h("2　北海道の動向", 2)
    D.body(
        "北海道は「北海道Society5.0推進計画」に基づき、ローカル5Gを活用した実証事業や、市町村の電子申請を共同で運用する「HARP」の機能拡充、"
        "市町村へのデジタル人材の派遣などを進めています。"
    )
    D.h("3　本町の現状と課題", 2)
    D.bodies(
        [
            "第1期計画では、電子申請の対象を12手続に拡大し、マイナンバーカードの交付率は令和7年12月末で79.8％となりました。"
            "また、令和5年度にはテレワーク用端末を10台導入し、感染症流行時の業務継続に活用しました。",
            "一方、町民アンケート（令和7年8月実施）では、70歳以上の約半数が「スマートフォンを使いこなせていない」と回答しており、"
            "デジタル化の恩恵を誰もが受けられるようにすることが課題となっています。また、紙と押印を前提とした事務が多く残っており、"
            "事務の効率化も引き続き必要です。",
        ]
    )
    D.page_break()
    # chapter 3
    D.h("第3章　施策の展開", 1)
    D.h("1　基本理念", 2)
    D.p("誰もが便利さを実感できるまち　さくらがわら", bold=True, align="center", size=12)
    D.h("2　基本方針", 2)
    pol = [
        ("住民サービスのデジタル化", "手続や支払いをデジタル化し、「行かなくてもよい役場」を目指します。"),
        ("行政運営の効率化", "業務の見直しとシステムの標準化により、職員が町民と向き合う時間を生み出します。"),
        ("安全・安心な情報基盤", "町民の大切な情報を守る情報基盤を確保します。"),
        ("誰もが恩恵を受けられる地域づくり", "デジタルに不慣れな方への支援と、データの公開を進めます。"),
    ]
    for i, (t, desc) in enumerate(pol, 1):
        D.p("基本方針%d　%s" % (i, t), bold=True, indent=10.5)
        D.body(desc, indent=21)
    D.h("3　施策の一覧", 2)
    D.body("基本方針ごとの施策、重要業績評価指標（KPI）、目標値及び担当課は、次のとおりです。")
    M = {
        0: [
            (
                "行政手続のオンライン化の推進",
                "子育て・介護関係の手続をはじめ、町民の利用頻度が高い手続について、マイナポータル（ぴったりサービス）やHARPの電子申請を順次導入し、来庁せずに手続が完了する環境を整えます。",
                "オンライン申請が可能な手続数",
                "80手続（R12）",
                "総務課",
            ),
            (
                "マイナンバーカードの普及促進と利活用",
                "休日窓口や出張申請受付を実施するとともに、証明書のコンビニ交付や健康保険証としての利用など、カードを使う場面を広げます。",
                "マイナンバーカード保有率",
                "90％以上",
                "町民課",
            ),
            (
                "窓口・施設利用料のキャッシュレス化",
                "窓口での各種証明手数料や公共施設の使用料について、キャッシュレス決済を導入します。",
                "キャッシュレス対応窓口数",
                "全窓口",
                "会計課\n町民課",
            ),
            (
                "町ホームページ・SNSによる情報発信の充実",
                "ホームページを全面的に見直し、SNSと連動して、必要な情報が必要な人に届く情報発信を行います。",
                "ホームページ年間閲覧数",
                "50万件",
                "企画課",
            ),
        ],
        1: [
            (
                "基幹業務システムの標準化・共通化",
                "住民記録、税、福祉等の20業務のシステムを国の標準仕様に準拠したシステムへ移行し、ガバメントクラウドを活用して運用します。",
                "標準準拠システムへ移行した業務数",
                "20業務",
                "総務課",
            ),
            (
                "電子決裁・文書管理システムの導入",
                "起案から決裁、保存までを電子化し、紙の使用量の削減と事務処理の迅速化を図ります。",
                "電子決裁率",
                "80％",
                "総務課",
            ),
            (
                "業務プロセスの見直し（BPR）",
                "窓口業務をはじめとする業務の流れを可視化し、押印や添付書類、紙を前提とした手順を見直します。",
                "見直しを行った業務数",
                "30業務",
                "総務課\n各課",
            ),
            (
                "AI・RPA活用の調査研究",
                "AI-OCRやRPAについて、先行自治体の事例や費用対効果を調査し、本町の業務への適用の可能性を研究します。",
                "調査研究報告の作成",
                "R10までに作成",
                "総務課",
            ),
            (
                "職員のデジタル人材育成",
                "全職員を対象としたデジタル研修を実施するとともに、北海道の研修や派遣制度を活用して、各課のデジタル推進リーダーを育成します。",
                "研修受講者数（延べ）",
                "300人",
                "総務課",
            ),
        ],
        2: [
            (
                "情報セキュリティ対策の強化",
                "国のガイドラインに基づき情報セキュリティポリシーを改定するとともに、全職員を対象とした研修と標的型攻撃メール訓練を毎年度実施します。",
                "研修受講率",
                "100％",
                "総務課",
            ),
            (
                "業務継続計画（ICT-BCP）の策定",
                "災害やシステム障害の発生時にも重要な業務を継続できるよう、ICT部門の業務継続計画を策定し、訓練を行います。",
                "計画の策定",
                "R9策定",
                "総務課",
            ),
        ],
        3: [
            (
                "スマートフォン教室の開催",
                "高齢者等を対象に、スマートフォンの基本操作やマイナポータルの使い方を学ぶ教室を、各地区の集会所で開催します。",
                "参加者数（延べ）",
                "年間200人",
                "保健福祉課",
            ),
            (
                "デジタル活用支援員の配置",
                "町民の身近な相談役として、地域の人材をデジタル活用支援員として育成し、公民館等での相談に対応します。",
                "支援員数",
                "10人",
                "企画課",
            ),
            (
                "オープンデータの推進",
                "町が保有するデータを、自治体標準オープンデータセットに沿って機械判読に適した形式で公開し、町民や事業者による利活用を促します。",
                "公開データセット数",
                "30件",
                "企画課",
            ),
        ],
    }
    rows, spans = [], []
    for pi in range(4):
        start = len(rows)
        for name, desc, kpi, target, dept in M[pi]:
            rows.append([pol[pi][0] if len(rows) == start else "", name, desc, kpi, target, dept])
        spans.append((start, len(rows) - 1))
    t = D.table(["分野", "施策名", "内容", "KPI", "目標値", "担当課"], rows, widths=[22, 30, 56, 24, 15, 14], size=8.5)
    for a, b in spans:
        D.vmerge(t, 0, a + 1, b + 1)
    D.p("※目標値は、特に記載のない限り令和12年度の値です。", size=9)
    D.page_break()
    # chapter 4
    D.h("第4章　計画の推進体制", 1)
    D.bodies(governance_paras(T))
    D.page_break()
    # glossary
    D.h("用語集", 1)
    D.table(
        ["用語", "説明"],
        [
            ["オープンデータ", "国や自治体が保有するデータのうち、誰もが二次利用できるルールで、機械判読に適した形式で公開されたもの。"],
            [
                "ガバメントクラウド",
                "国が整備する、政府共通のクラウドサービスの利用環境。自治体の標準準拠システムもここで運用することが想定されている。",
            ],
            ["テレワーク", "ICTを活用し、自宅やサテライトオフィスなど、職場以外の場所で業務を行う働き方。"],
            ["ローカル5G", "地域や企業が、自らの建物や敷地内で独自に構築する第5世代移動通信システム。"],
            ["RPA", "Robotic Process Automationの略。パソコン上の定型的な作業をソフトウェアで自動化する技術。"],
            ["BPR", "Business Process Re-engineeringの略。業務の流れを根本から見直し、再設計すること。"],
            ["ぴったりサービス", "マイナポータルの機能の一つで、自治体の手続の検索とオンライン申請ができるサービス。"],
            ["LGWAN", "総合行政ネットワーク。地方公共団体を相互に接続する行政専用のネットワーク。"],
        ],
        widths=[35, 125],
        size=9,
    )
    D.save(os.path.join(OUT, "doc31.docx"))

    policies = [(pol[i][0], [m[0] for m in M[i]]) for i in range(4)]
    write_expected(
        31,
        T,
        (2026, 2030),
        policies,
        verdicts(dx_ai_rpa="partial", dx_telework="missing", dx_community="missing"),
        [
            "Measures are the rows of one Word table (分野｜施策名｜内容｜KPI｜目標値｜担当課); the 分野 column is merged vertically (w:vMerge) so only the first row of each policy holds the policy text.",
            "Period: 令和8～12年度. Distractors: 第1期計画 令和3年度～令和7年度 in the purpose text and a period table (R3…R12) with arrows.",
            "dx/ai-rpa partial: only 「AI・RPA活用の調査研究」 (a study; no introduction committed).",
            "dx/telework missing: telework appears only in the past (第1期計画で試行導入), in the national background and in the 用語集.",
            "dx/community missing: ローカル5G only in 北海道の動向 and the 用語集; no broadband/5G/regional-service measure. 「町ホームページ・SNSによる情報発信の充実」 is not 地域社会のデジタル化.",
            "用語集 is a two-column table (用語｜説明) whose rows (オープンデータ, テレワーク, ローカル5G, RPA …) must not become measures.",
            "The code is on the cover in parentheses. Alternative reading: 「業務継続計画（ICT-BCP）の策定」 also supports dx/security.",
        ],
    )


# ===========================================================================
# doc32 鳴沢台市: bold-only centred headings, automatic numbering 一 (japaneseCounting)
#                and (1) (decimal "(%1)"), complex TOC field
# ===========================================================================
@doc
def doc32():
    T = Town("鳴沢台市", "市", "静岡県", 22, 911)
    title = "鳴沢台市DX推進計画"
    D = Doc()
    D.footer_page_numbers()
    D.header_text(title)
    # cover: no logo table, a text-drawn mark
    D.p("", after=60)
    D.p("◇◆◇　NARUSAWADAI　◇◆◇", size=11, align="center", font=GOTHIC)
    D.p("", after=24)
    D.p(title, bold=True, size=26, align="center", font=GOTHIC)
    D.p("2025（令和7）年度 ― 2029（令和11）年度", size=13, align="center", after=150)
    D.p("令和７年３月", size=14, align="center")
    D.p("鳴沢台市", size=18, bold=True, align="center")
    D.page_break()
    # toc field
    D.p("目次", bold=True, size=14, align="center", after=12, font=GOTHIC)
    D.toc_field(
        [
            (1, "第１章　計画の基本的事項", 1),
            (2, "１　計画策定の趣旨", 1),
            (2, "２　計画の位置付け", 2),
            (2, "３　計画の期間", 2),
            (1, "第２章　計画策定の背景", 3),
            (2, "１　国の動向", 3),
            (2, "２　静岡県の動向", 4),
            (2, "３　本市の現状", 4),
            (1, "第３章　施策の展開", 5),
            (2, "１　基本理念と基本方針", 5),
            (2, "２　基本方針ごとの施策", 6),
            (1, "第４章　推進体制と進行管理", 11),
            (1, "資料編", 12),
        ]
    )
    D.page_break()

    def chap(t):
        D.bh(t, size=15, center=True, before=12, after=12)

    def sect(t):
        D.bh(t, size=12, before=8)

    chap("第１章　計画の基本的事項")
    sect("１　計画策定の趣旨")
    D.bodies(
        [
            "本市は、平成17年の合併以来、行政サービスの向上と効率的な行財政運営に努めてきましたが、人口減少と少子高齢化の進行により、"
            "行政需要が多様化する一方で、職員数は減少を続けています。",
            "こうした中、デジタル技術とデータを活用して市民の利便性を高め、業務の効率化によって生み出した人的資源を、"
            "市民に寄り添う行政サービスに振り向けていくことが求められています。",
            "このため、本市におけるデジタル・トランスフォーメーション（DX）を全庁的かつ計画的に推進するための指針として、"
            "「%s」を策定します。" % title,
        ]
    )
    sect("２　計画の位置付け")
    D.body(position_para(T, title, "第3次総合計画"))
    sect("３　計画の期間")
    D.body(
        "本計画の期間は、2025（令和7）年度から2029（令和11）年度までの5年間とします。"
        "なお、国の自治体DX推進計画の対象期間（2021（令和3）年1月から2026（令和8）年3月まで）が終了した後は、"
        "その後継となる国の方針を踏まえて必要な見直しを行います。"
    )
    D.page_break()
    chap("第２章　計画策定の背景")
    sect("１　国の動向")
    D.bodies(national_paras(T, "abcdfg"))
    D.body(
        "マイナンバーカードについては、健康保険証としての利用が本格化し、令和6年12月には従来の健康保険証の新規発行が終了しました。"
        "国は、カードの普及と併せて、スマートフォンへの搭載など利便性の向上を進めています。"
    )
    sect("２　静岡県の動向")
    D.body(
        "静岡県は「ふじのくにDX推進計画」を策定し、県内市町と共同でのオープンデータカタログサイトの運用や、"
        "市町のシステム共同調達の支援などに取り組んでいます。"
    )
    sect("３　本市の現状")
    D.bodies(
        [
            "本市のマイナンバーカード保有率は78.2％（令和6年12月末現在）で、県内平均をやや上回っています。",
            "令和6年度に実施した職員アンケートでは、「紙の資料の作成・保管に多くの時間を要している」との回答が6割を超え、"
            "事務の見直しとペーパーレス化が急務となっています。",
        ]
    )
    D.page_break()
    chap("第３章　施策の展開")
    sect("１　基本理念と基本方針")
    D.p("「つながる・ひらかれる・やさしいデジタル市役所」", bold=True, align="center", size=12)
    D.body("基本理念の実現に向け、次の四つの基本方針のもとで施策を展開します。")
    sect("２　基本方針ごとの施策")
    a_pol = D.abstract_num([dict(fmt="japaneseCounting", text="%1　", left=420, hanging=420, bold=True, size=12)])
    n_pol = D.num(a_pol)
    a_mea = D.abstract_num([dict(fmt="decimal", text="(%1)", left=630, hanging=420, bold=True)])
    pols = [
        (
            "市民の利便性を高める行政サービスの提供",
            "「書かない・待たない・行かない」市役所を目指し、手続のデジタル化を進めます。",
            [
                (
                    "電子申請サービスの拡充",
                    [
                        "市民や事業者からの申請・届出について、しずおか電子申請サービスとマイナポータルを活用し、オンラインで完結できる手続を拡充します。",
                        "特に、子育て・介護に関する手続と罹災証明書の交付申請については、優先してオンライン化を行います。",
                    ],
                ),
                (
                    "窓口のデジタル化（書かない窓口）の推進",
                    [
                        "市民課の窓口に、職員が聞き取りを行いながら申請書を作成する「書かない窓口」システムを導入し、記入の負担と待ち時間を減らします。"
                    ],
                ),
                (
                    "公金のキャッシュレス収納の推進",
                    ["市税や使用料について、スマートフォン決済やeLTAXの共通納税の対象を拡大し、窓口に来なくても納付できる環境を整えます。"],
                ),
                (
                    "市民向けデジタル活用講座の開催",
                    ["高齢者等を対象に、スマートフォンの基本操作やオンライン手続の使い方を学ぶ講座を、地区センターや公民館で開催します。"],
                ),
                (
                    "ウェブアクセシビリティの向上",
                    [
                        "市ホームページについて、高齢者や障がいのある方も利用しやすいよう、音声読み上げへの対応や文字サイズの変更など、JIS X 8341-3に準拠した改善を行います。"
                    ],
                ),
            ],
        ),
        (
            "効率的で持続可能な行政運営",
            "デジタル技術を活用して業務の在り方を見直し、生産性の高い市役所を実現します。",
            [
                (
                    "基幹業務システムの標準化とガバメントクラウドへの移行",
                    [
                        "住民記録、税、福祉など20の基幹業務システムについて、標準準拠システムへの移行を進め、ガバメントクラウド上での運用に切り替えます。"
                    ],
                ),
                (
                    "AI・RPAの活用による業務の自動化",
                    ["AI-OCRとRPAの対象業務を毎年度拡大するとともに、生成AIの利用ガイドラインを定めて、文書作成や議事録作成に活用します。"],
                ),
                (
                    "業務プロセスの見直しとペーパーレス化",
                    [
                        "業務量調査により業務の流れを可視化し、押印や紙を前提とした手順を見直します。あわせて電子決裁の利用率を高め、ペーパーレス化を進めます。"
                    ],
                ),
                ("オンライン会議の活用", ["庁内会議や国・県との打合せにオンライン会議を活用し、移動時間の削減を図ります。"]),
                ("テレワークの試行", ["情報政策課においてモバイル端末を用いたテレワークを試行し、運用上の課題と効果を検証します。"]),
            ],
        ),
        (
            "安全で強靱な情報基盤の確保",
            "市民の情報を守り、災害時にも行政サービスを継続できる基盤を整えます。",
            [
                (
                    "情報セキュリティ対策の徹底",
                    [
                        "国のガイドラインの改定に合わせて情報セキュリティポリシーを見直し、全職員の研修、外部監査、インシデント対応訓練を実施します。"
                    ],
                ),
                (
                    "庁内ネットワークの再構築",
                    ["三層の対策を踏まえつつ、クラウドサービスの利用拡大に対応した庁内ネットワークへ再構築します。"],
                ),
            ],
        ),
        (
            "地域のデジタル化",
            "地域の暮らしと産業の課題をデジタル技術で解決します。",
            [
                (
                    "公共施設へのWi-Fi環境の整備",
                    ["避難所となる公共施設や観光拠点に公衆無線LANを整備し、災害時の通信手段と来訪者の利便性を確保します。"],
                ),
                ("スマート農業の推進", ["茶園の管理を省力化するため、ドローンやセンサーを活用したスマート農業の導入を支援します。"]),
                (
                    "地域公共交通へのデジタル技術の導入",
                    ["スマートフォンから予約できるAIオンデマンド交通を北部地域に導入し、高齢者の移動手段を確保します。"],
                ),
            ],
        ),
    ]
    for pt, pdesc, ms in pols:
        D.np(pt, n_pol, bold=True, size=12, font=GOTHIC, keep=True, before=10)
        D.body(pdesc, indent=21)
        n_m = D.num(a_mea, restart=True)
        for mt, descs in ms:
            D.np(mt, n_m, bold=True, keep=True, before=4)
            D.bodies(descs, indent=31.5)
    D.page_break()
    chap("第４章　推進体制と進行管理")
    D.bodies(governance_paras(T, hq="鳴沢台市DX推進本部"))
    D.page_break()
    chap("資料編")
    sect("１　市の概要")
    D.table(
        ["項目", "内容"],
        [
            ["団体名", "静岡県鳴沢台市"],
            ["地方公共団体コード", T.code],
            ["人口", "48,216人（令和7年1月1日現在）"],
            ["面積", "187.45㎢"],
            ["職員数", "452人（令和6年4月1日現在）"],
        ],
        widths=[45, 100],
        size=9,
    )
    sect("２　用語解説")
    for term, desc in [
        ("オープンデータ", "誰もが二次利用できるルールで、機械判読に適した形式で公開されたデータ。"),
        ("マイナンバーカード", "氏名、住所、生年月日、性別、個人番号と顔写真が記載されたICカード。本人確認書類として利用できる。"),
        ("書かない窓口", "職員が聞き取りやマイナンバーカードの読み取りにより申請書を作成し、来庁者は署名のみで手続を行える窓口。"),
        ("eLTAX", "地方税ポータルシステム。地方税の申告、申請、納税などをインターネットで行うことができる。"),
    ]:
        D.p(term, bold=True, indent=10.5, after=0)
        D.body(desc, indent=21)
    D.save(os.path.join(OUT, "doc32.docx"))

    policies = [(pt, [m[0] for m in ms]) for pt, _, ms in pols]
    write_expected(
        32,
        T,
        (2025, 2029),
        policies,
        verdicts(kanmin_opendata="missing", kanmin_mynumber="missing", dx_mynumber="missing", dx_telework="partial"),
        [
            "Headings are bold Normal paragraphs (chapters centred, 15pt) with no heading style or outline level; the TOC is a real field (fldChar begin, instrText TOC \\o, separate, cached entries, end).",
            'Policies carry automatic japaneseCounting numbers (一、二…) and measures automatic "(%1)" numbers restarting per policy: none of these numbers is in the paragraph text.',
            "Each measure is a bold title paragraph followed by one or two description paragraphs.",
            "Period 2025（令和7）年度～2029（令和11）年度. Distractor: the national DX plan's period (2021（令和3）年1月～2026（令和8）年3月) in the same section.",
            "マイナンバーカード appears only in the background (国の動向, 本市の現状 78.2％) and in the 用語解説: missing for kanmin/mynumber and dx/mynumber.",
            "オープンデータ only in the 静岡県 background and the 用語解説: kanmin/opendata missing.",
            "dx/telework partial: 「テレワークの試行」 in one division (情報政策課) only. 「オンライン会議の活用」 is internal meetings, not online procedures.",
            "The code is stated only in the 資料編 table (市の概要), not on the cover.",
            "Alternative readings: 「公金のキャッシュレス収納の推進」 (eLTAX) supports online; 「ウェブアクセシビリティの向上」 is a second divide measure beside the 講座.",
        ],
    )


# ===========================================================================
# doc33 大峰村: 【取組1】 bold label lines + description; title split on the cover;
#                資料編 with a list of procedures to put online (not measures)
# ===========================================================================
@doc
def doc33():
    T = Town("大峰村", "村", "長野県", 20, 893, code_stated=False)
    title = "大峰村地域情報化・デジタル推進計画"
    D = Doc()
    D.footer_page_numbers()
    D.p("", after=50)
    D.logo_box(["【村章】", "（ロゴマーク）"], width=30)
    D.p("", after=30)
    par = D.p("", align="center")
    D.run(par, "大峰村", bold=True, size=22, font=GOTHIC)
    par.add_run().add_break()
    D.run(par, "地域情報化・デジタル推進計画", bold=True, size=22, font=GOTHIC)
    D.p("（令和8年度～令和10年度）", size=12, align="center", after=160)
    D.p("令和８年３月", size=14, align="center")
    D.p("長野県　大峰村", size=15, align="center")
    D.page_break()
    D.p("目　　次", bold=True, size=14, align="center", after=12, font=GOTHIC)
    D.toc_typed(
        [
            (1, "１．計画の策定にあたって", 1),
            (2, "(1) 策定の趣旨", 1),
            (2, "(2) 計画の期間", 1),
            (1, "２．計画策定の背景", 2),
            (2, "(1) 国・県の動向", 2),
            (2, "(2) 村の現状と課題", 3),
            (1, "３．基本方針と取組", 4),
            (1, "４．推進体制", 9),
            (1, "資料編", 10),
        ],
        dots_in_text=True,
    )
    D.page_break()
    D.h("１．計画の策定にあたって", 1)
    D.h("(1) 策定の趣旨", 2)
    D.bodies(
        [
            "大峰村は、県境の山あいに位置し、人口1,724人（令和7年4月1日現在）の小さな村です。村内の集落は広い範囲に点在しており、"
            "役場まで車で30分以上かかる地区もあります。",
            "村では平成23年に村内全域に光ファイバ網を整備し、告知放送やインターネットの利用環境を確保してきました。"
            "今後も人口減少と高齢化が進む中で、村民が住み慣れた地域で安心して暮らし続けられるよう、デジタル技術を暮らしと行政に生かしていくため、"
            "本計画を策定します。",
            "本計画は、官民データ活用推進基本法第9条第3項に基づく「市町村官民データ活用推進計画」として位置付けます。",
        ]
    )
    D.h("(2) 計画の期間", 2)
    D.body("計画の期間は、令和8年度から令和10年度までの3年間とします。")
    D.h("２．計画策定の背景", 1)
    D.h("(1) 国・県の動向", 2)
    D.bodies(national_paras(T, "abcdeg"))
    D.body(
        "長野県は「長野県DX戦略」に基づき、県と市町村が共同で「長野県先端技術活用推進協議会」を運営し、"
        "基幹業務システムの標準化やAI・RPAの共同利用、テレワーク環境の共同調達などに取り組んでいます。"
    )
    D.h("(2) 村の現状と課題", 2)
    for t in [
        "高齢化率が47.9％と高く、スマートフォンの操作に不安を持つ村民が多いこと。",
        "役場への移動に時間がかかるため、来庁しなくても手続ができる仕組みが求められていること。",
        "職員数が41人と少なく、一人の職員が多くの業務を兼務していること。",
        "災害時に集落が孤立するおそれがあり、確実な情報伝達手段が必要であること。",
    ]:
        D.bullet(t)
    D.page_break()
    D.h("３．基本方針と取組", 1)
    D.body("村の課題を踏まえ、四つの基本方針のもと、次の取組を進めます。")
    pols = [
        (
            "暮らしを便利にするデジタル化",
            [
                (
                    "行政手続のオンライン化",
                    [
                        "「地方公共団体が優先的にオンライン化を推進すべき手続」を中心に、長野県電子申請サービスとマイナポータルを活用して、"
                        "自宅から申請できる手続を増やします（対象手続は資料編に掲載）。"
                    ],
                ),
                (
                    "マイナンバーカードの取得支援と利用拡大",
                    [
                        "集落の集会所への出張申請や、役場での休日受付を行い、カードの取得を支援します。",
                        "あわせて、証明書のコンビニ交付や、図書室の利用カードとしての活用など、カードを使える場面を広げます。",
                    ],
                ),
                (
                    "書かない窓口の導入",
                    [
                        "マイナンバーカードや運転免許証の読み取りにより申請書を作成する仕組みを導入し、手続の流れを見直して、窓口での記入の手間をなくします。"
                    ],
                ),
                (
                    "村公式LINEによる情報発信",
                    ["村の公式LINEアカウントを開設し、行事、防災、ごみ収集などの情報を、受け取りたい人に届けます。"],
                ),
            ],
        ),
        (
            "誰一人取り残さない村づくり",
            [
                ("スマホよろず相談会の開催", ["毎月、役場と各地区の集会所で、スマートフォンの使い方や困りごとの相談会を開きます。"]),
                (
                    "デジタル活用支援員の育成",
                    ["地域おこし協力隊や村内の若者をデジタル活用支援員として育成し、高齢者の自宅を訪問しての支援も行います。"],
                ),
                (
                    "見守りサービスへのICT活用",
                    [
                        "ひとり暮らしの高齢者世帯に、電気の使用状況などから異変を知らせる見守りセンサーの設置を進め、家族や民生委員と情報を共有します。"
                    ],
                ),
            ],
        ),
        (
            "地域の基盤を支えるデジタル化",
            [
                (
                    "光ファイバ網の維持管理と高度化",
                    [
                        "村が所有する光ファイバ網について、民間通信事業者への移管を含めて維持管理の在り方を検討し、高速通信の環境を将来にわたり確保します。"
                    ],
                ),
                (
                    "防災行政無線のデジタル化と情報伝達手段の多重化",
                    [
                        "防災行政無線をデジタル方式に更新するとともに、告知端末、LINE、緊急速報メールを組み合わせて、災害情報を確実に届けます。"
                    ],
                ),
                (
                    "オープンデータの公開に向けた検討",
                    ["村が保有するデータのうち、公開できるものの洗い出しを行い、オープンデータとしての公開の方法について検討します。"],
                ),
            ],
        ),
        (
            "信頼される行政運営",
            [
                ("情報セキュリティの確保", ["情報セキュリティポリシーを国のガイドラインに沿って改定し、全職員が毎年度研修を受講します。"]),
                ("職員のICT研修の充実", ["県や協議会が行う研修に職員を計画的に派遣し、デジタル技術を業務に生かせる職員を育てます。"]),
                (
                    "業務の見直しと電子決裁の導入",
                    ["紙と押印を前提とした事務の手順を見直し、電子決裁を導入して、決裁の迅速化と書類の削減を図ります。"],
                ),
            ],
        ),
    ]
    k = 0
    for i, (pt, ms) in enumerate(pols, 1):
        D.h("基本方針%d　%s" % (i, pt), 2)
        for mt, descs in ms:
            k += 1
            par = D.p("", keep=True, before=6)
            D.run(par, "【取組%d】" % k, bold=True, font=GOTHIC)
            D.run(par, mt, bold=True, font=GOTHIC)
            D.bodies(descs, indent=10.5)
    D.page_break()
    D.h("４．推進体制", 1)
    D.bodies(governance_paras(T, hq="大峰村デジタル推進会議", cio_assist=False))
    D.body("また、長野県や県内市町村との連携を深め、共同での調達や研修を活用しながら、小規模な村でも着実に取組を進めます。")
    D.page_break()
    D.h("資料編", 1)
    D.h("資料1　オンライン化を予定している手続", 2)
    D.body("取組1「行政手続のオンライン化」で対象とする主な手続は、次のとおりです。")
    D.table(
        ["No.", "手続名", "担当", "予定年度"],
        [
            ["1", "児童手当の認定請求", "住民福祉課", "R8"],
            ["2", "保育施設等の利用申込", "住民福祉課", "R8"],
            ["3", "妊娠の届出", "住民福祉課", "R8"],
            ["4", "要介護・要支援認定の申請", "住民福祉課", "R9"],
            ["5", "罹災証明書の発行申請", "総務課", "R8"],
            ["6", "粗大ごみ収集の申込", "産業建設課", "R9"],
            ["7", "水道の使用開始・中止届", "産業建設課", "R10"],
            ["8", "各種証明書の郵送請求", "住民福祉課", "R10"],
        ],
        widths=[12, 80, 35, 25],
        size=9,
        center_cols=(0, 3),
    )
    D.h("資料2　計画策定の経過", 2)
    D.table(
        ["年月日", "内容"],
        [
            ["令和7年7月15日", "第1回大峰村デジタル推進会議（計画の骨子）"],
            ["令和7年8月", "村民アンケートの実施（回答数612件）"],
            ["令和7年11月20日", "第2回大峰村デジタル推進会議（計画素案）"],
            ["令和8年1月", "パブリックコメントの実施"],
            ["令和8年2月18日", "第3回大峰村デジタル推進会議（計画案の決定）"],
        ],
        widths=[40, 120],
        size=9,
    )
    D.save(os.path.join(OUT, "doc33.docx"))

    policies = [(pt, [m[0] for m in ms]) for pt, ms in pols]
    write_expected(
        33,
        T,
        (2026, 2028),
        policies,
        verdicts(dx_standardization="missing", dx_ai_rpa="missing", dx_telework="missing", kanmin_opendata="partial"),
        [
            "Each measure is a bold line 【取組N】<title> (label and title in separate bold runs of one paragraph) followed by description paragraphs; numbering runs through all policies (取組1…取組13).",
            "The cover title is split over two lines with a w:br: 「大峰村」 / 「地域情報化・デジタル推進計画」. No 地方公共団体コード anywhere: code null.",
            "Typed TOC with 「・・・」 characters in the text (no tab leader).",
            "標準化, AI・RPA and テレワーク appear only in the background (国の動向 and 長野県's joint council): missing. The 長野県 paragraph describes the prefecture's council, not the village's commitment.",
            "kanmin/opendata partial: only 「オープンデータの公開に向けた検討」.",
            "資料1 lists procedures to put online (児童手当の認定請求 …): they detail 取組1, they are not measures. 資料2 (策定の経過) is not a measure either.",
            "Alternative readings: 「書かない窓口の導入」 counts for kanmin/bpr (手続の流れを見直し); 「見守りサービスへのICT活用」 and 「光ファイバ網の維持管理と高度化」 for dx/community. The 村の現状と課題 bullets are not measures.",
        ],
    )


# ===========================================================================
# doc34 湊浜町: schedule table 取組｜担当課｜R8｜R9｜R10 with category rows spanning
#                the table (gridSpan); TOC as w:fldSimple
# ===========================================================================
@doc
def doc34():
    T = Town("湊浜町", "町", "兵庫県", 28, 862)
    title = "湊浜町DX推進アクションプラン"
    D = Doc()
    D.footer_page_numbers()
    D.p("", after=40)
    D.p("～ 海とともに ひらく未来 ～", size=12, align="center", after=20)
    D.p(title, bold=True, size=26, align="center", font=GOTHIC)
    D.p("令和8年度 ～ 令和10年度", size=14, align="center", after=20)
    D.logo_box(["☆ 湊浜町 ☆", "（町のシンボルマーク）"], width=50)
    D.p("", after=120)
    D.p("令和８年３月", size=14, align="center")
    D.p("兵庫県湊浜町", size=16, bold=True, align="center")
    D.p("団体コード　%s" % T.code, size=9, align="center")
    D.page_break()
    D.p("目次", bold=True, size=14, align="center", after=12, font=GOTHIC)
    D.toc_simple(
        [
            (1, "1　アクションプランの概要", 1),
            (2, "1.1　策定の目的", 1),
            (2, "1.2　位置付け", 1),
            (2, "1.3　計画期間", 2),
            (1, "2　背景", 3),
            (2, "2.1　国の動向", 3),
            (2, "2.2　町の取組状況", 4),
            (1, "3　基本方針と取組", 5),
            (2, "3.1　取組の工程表", 5),
            (2, "3.2　取組の概要", 6),
            (1, "4　推進体制", 8),
        ]
    )
    D.page_break()
    D.h("1　アクションプランの概要", 1)
    D.h("1.1　策定の目的", 2)
    D.bodies(
        [
            "本町は、令和3年3月に「湊浜町DX推進計画」（計画期間：令和3年度～令和7年度。以下「第1期計画」という。）を策定し、"
            "行政手続のオンライン化やマイナンバーカードの普及などに取り組んできました。",
            "第1期計画の終了を受け、これまでの取組の成果を引き継ぎつつ、今後3年間に実施する具体的な取組と工程を明らかにするため、"
            "「%s」（以下「本プラン」という。）を策定します。" % title,
        ]
    )
    D.h("1.2　位置付け", 2)
    D.body(
        "本プランは、「湊浜町総合計画」（令和5年度～令和14年度）の分野別計画であり、官民データ活用推進基本法第9条第3項に基づく"
        "「市町村官民データ活用推進計画」を兼ねるものです。"
    )
    D.h("1.3　計画期間", 2)
    D.body("本プランの計画期間は、令和8年度から令和10年度までの3年間とします。工程は毎年度見直し、必要に応じて取組を追加します。")
    D.page_break()
    D.h("2　背景", 1)
    D.h("2.1　国の動向", 2)
    D.bodies(national_paras(T, "abcdefg"))
    D.h("2.2　町の取組状況", 2)
    D.bodies(
        [
            "第1期計画期間中に、電子申請で受け付ける手続は45手続となり、証明書のコンビニ交付も開始しました。",
            "一方で、町内の高齢者の中にはスマートフォンを持たない方も多く、デジタル化に取り残される方を生まないよう配慮が必要です。"
            "また、町が保有する統計や施設の情報をデータとして公開する取組は進んでいません。",
        ]
    )
    D.page_break()
    D.h("3　基本方針と取組", 1)
    D.h("3.1　取組の工程表", 2)
    D.body("三つの基本方針ごとの取組と、年度ごとの工程は次のとおりです。")
    pols = [
        (
            "基本方針1　いつでもどこでも便利な行政サービス",
            "いつでもどこでも便利な行政サービス",
            [
                (
                    "電子申請サービスの拡大",
                    "総務課",
                    "60手続",
                    "80手続",
                    "100手続",
                    "子育て・介護・税に関する手続を中心に、電子申請で受け付ける手続を毎年度拡大します。",
                ),
                (
                    "マイナンバーカードを活用した証明書コンビニ交付",
                    "住民課",
                    "運用",
                    "対象拡大",
                    "→",
                    "住民票の写し等に加え、戸籍の附票の写しなどにも対象を広げます。",
                ),
                (
                    "マイナンバーカード出張申請窓口の開設",
                    "住民課",
                    "実施",
                    "実施",
                    "実施",
                    "企業や地区の集会所に出向いてカードの申請を受け付けます。",
                ),
                (
                    "窓口キャッシュレス決済の導入",
                    "会計課",
                    "導入",
                    "対象拡大",
                    "→",
                    "窓口での手数料の支払いに、クレジットカードや電子マネー、QRコード決済を導入します。",
                ),
            ],
        ),
        (
            "基本方針2　スマートな役場への転換",
            "スマートな役場への転換",
            [
                (
                    "基幹系システムの標準準拠システムへの移行",
                    "総務課",
                    "移行",
                    "運用",
                    "→",
                    "20業務の基幹系システムを標準準拠システムへ移行し、ガバメントクラウドで運用します。",
                ),
                (
                    "RPA・AI-OCRの導入拡大",
                    "総務課",
                    "5業務",
                    "10業務",
                    "15業務",
                    "定型的な入力作業をRPAとAI-OCRで自動化し、対象業務を段階的に拡大します。",
                ),
                (
                    "生成AIの業務利用",
                    "総務課",
                    "指針策定",
                    "試行",
                    "本格運用",
                    "利用指針を定めたうえで、文書の要約や案文の作成に生成AIを利用します。",
                ),
                (
                    "テレワーク・モバイルワーク環境の整備",
                    "総務課",
                    "端末整備",
                    "全課展開",
                    "→",
                    "職員が自宅や出張先から安全に庁内システムを利用できるテレワーク環境を整備し、全課に展開します。",
                ),
                (
                    "業務改善（BPR）の推進",
                    "総務課",
                    "業務量調査",
                    "業務見直し",
                    "→",
                    "業務量調査の結果をもとに、業務の流れや押印・書面の手続を見直します。",
                ),
                (
                    "情報セキュリティ研修・監査の実施",
                    "総務課",
                    "実施",
                    "実施",
                    "実施",
                    "全職員を対象とする研修と、外部機関による情報セキュリティ監査を毎年度実施します。",
                ),
            ],
        ),
        (
            "基本方針3　デジタルでつながる地域",
            "デジタルでつながる地域",
            [
                (
                    "港湾・漁業分野におけるIoT活用の調査研究",
                    "産業振興課",
                    "調査",
                    "研究",
                    "検討",
                    "水温センサーや漁獲データの活用について、漁業協同組合と共同で調査研究を行います。",
                ),
                (
                    "町ホームページのリニューアル",
                    "企画課",
                    "設計",
                    "公開",
                    "運用",
                    "スマートフォンで見やすいホームページに全面的に作り替えます。",
                ),
                ("町公式SNSによる情報発信の強化", "企画課", "実施", "実施", "実施", "イベントや観光情報を町公式SNSで積極的に発信します。"),
            ],
        ),
    ]
    rows = []
    cat_rows = []
    for label, _, ms in pols:
        cat_rows.append(len(rows))
        rows.append([label, "", "", "", ""])
        for name, dept, r8, r9, r10, _ in ms:
            rows.append([name, dept, r8, r9, r10])
    t = D.table(["取組", "担当課", "R8", "R9", "R10"], rows, widths=[70, 25, 22, 22, 22], size=9, center_cols=(1, 2, 3, 4))
    for r in cat_rows:
        D.span_row(t, r + 1, rows[r][0])
    D.p("※「→」は前年度の内容を継続することを示します。", size=9)
    D.h("3.2　取組の概要", 2)
    for label, _, ms in pols:
        D.p(label, bold=True, font=GOTHIC, before=6)
        for name, _, _, _, _, desc in ms:
            D.bullet("%s：%s" % (name, desc))
    D.page_break()
    D.h("4　推進体制", 1)
    D.bodies(governance_paras(T, hq="湊浜町DX推進本部"))
    D.save(os.path.join(OUT, "doc34.docx"))

    policies = [(pt, [m[0] for m in ms]) for _, pt, ms in pols]
    write_expected(
        34,
        T,
        (2026, 2028),
        policies,
        verdicts(kanmin_opendata="missing", kanmin_divide="missing", dx_divide="missing", dx_community="partial"),
        [
            "Measures are rows of a schedule table 取組｜担当課｜R8｜R9｜R10; each policy is a category row merged across all five columns (w:gridSpan), holding 「基本方針N　<title>」.",
            "Section 3.2 repeats every measure as a bullet 「・<取組>：<説明>」: the same 13 measures, not 26.",
            "Period 令和8年度～令和10年度; distractors 第1期計画（令和3年度～令和7年度） and 総合計画（令和5年度～令和14年度）.",
            "The TOC is a w:fldSimple TOC field whose cached entries are runs separated by w:br inside one paragraph.",
            "デジタルデバイド appears only in the background (町の取組状況: 「取り残される方を生まないよう配慮が必要」) and national text: missing. Open data is named as a gap in the background but has no measure: missing.",
            "dx/community partial: only 「港湾・漁業分野におけるIoT活用の調査研究」 (R8 調査, R9 研究, R10 検討); the ホームページ and SNS measures are not 地域社会のデジタル化.",
            "The code appears on the cover as 「団体コード」 (not 地方公共団体コード).",
        ],
    )


# ===========================================================================
# doc35 東雲原市: automatic chapter numbers "第%1章", multi-level list "%1-%2" for
#                measures, decimalEnclosedCircle ① sub-items (not measures)
# ===========================================================================
@doc
def doc35():
    T = Town("東雲原市", "市", "岩手県", 3, 921)
    title = "東雲原市デジタル・トランスフォーメーション推進計画"
    D = Doc()
    D.footer_page_numbers()
    D.p("", after=30)
    D.logo_box(["東雲原市", "市章"], width=28)
    D.p("", after=40)
    D.p(title, bold=True, size=22, align="center", font=GOTHIC)
    D.p("2026（令和8）年度～2030（令和12）年度", size=13, align="center", after=140)
    D.p("令和８年３月", size=14, align="center")
    D.p("東雲原市", size=18, bold=True, align="center")
    D.p("地方公共団体コード：%s" % T.code, size=9, align="center")
    D.page_break()
    D.p("目　次", bold=True, size=14, align="center", after=12, font=GOTHIC)
    D.toc_typed(
        [
            (1, "第1章　計画の概要", 1),
            (2, "(1) 計画策定の趣旨", 1),
            (2, "(2) 計画の位置付け", 1),
            (2, "(3) 計画期間", 2),
            (1, "第2章　計画の背景", 3),
            (1, "第3章　施策の体系と内容", 5),
            (1, "第4章　推進体制", 11),
            (1, "資料編　指標一覧", 12),
        ]
    )
    D.page_break()
    a_ch = D.abstract_num([dict(fmt="decimal", text="第%1章　", left=0, hanging=0)], multi="singleLevel")
    n_ch = D.num(a_ch)

    def chap(t):
        par = D.h(t, 1)
        D.set_num(par, n_ch)

    chap("計画の概要")
    D.h("(1) 計画策定の趣旨", 2)
    D.bodies(
        [
            "本市は、令和3年3月に「東雲原市情報化推進計画」（令和3年度～令和7年度）を策定し、電子申請の導入や庁内のペーパーレス化を進めてきました。",
            "同計画の計画期間が終了することに加え、国の自治体DX推進計画の対象期間も令和7年度末で終了したことから、"
            "これまでの取組を検証し、デジタル技術を活用した市民サービスの向上と行政運営の変革をさらに進めるため、本計画を策定します。",
        ]
    )
    D.h("(2) 計画の位置付け", 2)
    D.body(position_para(T, title, "第2次総合計画"))
    D.h("(3) 計画期間", 2)
    D.body("本計画の計画期間は、2026（令和8）年度から2030（令和12）年度までの5年間とします。")
    D.page_break()
    chap("計画の背景")
    D.bodies(national_paras(T, "abcdefg"))
    D.body(
        "岩手県は「いわてDX推進計画」を策定し、県内市町村の情報セキュリティクラウドの共同運用や、デジタルデバイド対策としての"
        "スマートフォン相談会の開催支援などを行っています。"
    )
    D.page_break()
    chap("施策の体系と内容")
    D.body("本計画では、四つの基本方針のもとに12の施策を位置付け、施策ごとに主な取組を定めます。")
    a_ml = D.abstract_num(
        [
            dict(fmt="decimal", text="基本方針%1　", left=0, hanging=0, bold=True, size=13),
            dict(fmt="decimal", text="%1-%2　", left=420, hanging=420, bold=True),
        ],
        multi="multilevel",
    )
    n_ml = D.num(a_ml)
    a_c = D.abstract_num([dict(fmt="decimalEnclosedCircle", text="%1", left=1050, hanging=315)])
    pols = [
        (
            "市民サービスの向上",
            [
                (
                    "オンライン手続の拡充",
                    "市民が24時間いつでも手続できるよう、オンラインで申請できる手続を拡充します。",
                    ["子育て・介護関係手続のマイナポータルからの申請受付", "公共施設予約のオンライン化", "市税等の電子納付の拡大"],
                ),
                (
                    "マイナンバーカードの利活用促進",
                    "マイナンバーカードを使って便利になる場面を増やし、利用を促進します。",
                    ["証明書コンビニ交付の対象拡大", "窓口での本人確認・申請書作成への活用", "市立図書館の利用カードとしての活用"],
                ),
                (
                    "フロントヤード改革の推進",
                    "窓口の在り方を見直し、市民が「書かない・待たない・回らない」窓口を実現します。",
                    ["書かない窓口の全庁展開", "ライフイベントに応じたワンストップ窓口の設置", "オンラインでの窓口相談の実施"],
                ),
            ],
        ),
        (
            "行政の効率化",
            [
                (
                    "標準準拠システムへの移行に向けた検討",
                    "標準準拠システムへの移行が完了していない業務について、国の動向や事業者の状況を踏まえ、移行の方法と時期を検討します。",
                    ["未移行業務の移行方針の検討", "特定移行支援システムに係る情報収集"],
                ),
                (
                    "AI・RPAの導入拡大",
                    "AIやRPAを積極的に導入し、職員の事務負担を軽減します。",
                    ["RPA対象業務の拡大（年5業務以上）", "生成AIの全庁導入", "AIによる会議録作成"],
                ),
                (
                    "テレワーク環境の整備",
                    "職員が場所にとらわれず働ける環境を整え、災害時の業務継続にも備えます。",
                    ["テレワーク端末の全課配備", "テレワーク勤務制度の本格運用"],
                ),
                (
                    "内部事務の見直しとペーパーレス化",
                    "紙を前提とした内部事務を見直し、電子決裁とペーパーレス会議を定着させます。",
                    ["電子決裁率90％の達成", "押印を求める内部手続の廃止"],
                ),
            ],
        ),
        (
            "データの利活用",
            [
                (
                    "オープンデータの拡充",
                    "市が保有するデータを、自治体標準オープンデータセットに沿って積極的に公開します。",
                    ["推奨データセットの全項目公開", "市民参加型のデータ活用イベントの開催"],
                ),
                (
                    "データに基づく政策立案（EBPM）の推進",
                    "統計データや業務データを分析し、根拠に基づく政策立案を進めます。",
                    ["庁内データ分析基盤の整備", "職員向けデータ分析研修"],
                ),
            ],
        ),
        (
            "地域のデジタル化",
            [
                (
                    "スマート農業の普及支援",
                    "担い手不足に対応するため、農業者のスマート農業技術の導入を支援します。",
                    ["自動操舵トラクター等の導入補助", "農業用ドローンの講習会"],
                ),
                (
                    "地域の通信環境の整備",
                    "光ファイバ未整備地区の解消を通信事業者に働きかけ、地域間の情報格差の解消を図ります。",
                    ["未整備地区の調査", "国の補助制度を活用した整備支援"],
                ),
                (
                    "遠隔医療・オンライン診療の環境整備",
                    "市立病院と診療所をつなぐ遠隔医療と、オンライン診療の環境を整えます。",
                    ["市立病院と山間部診療所の遠隔診療", "オンライン服薬指導への対応"],
                ),
            ],
        ),
    ]
    for pt, ms in pols:
        D.np(pt, n_ml, 0, bold=True, size=13, font=GOTHIC, keep=True, before=12)
        for mt, desc, subs in ms:
            D.np(mt, n_ml, 1, bold=True, font=GOTHIC, keep=True, before=6)
            D.body(desc, indent=21)
            D.p("主な取組", indent=31.5, size=9.5, after=0)
            n_c = D.num(a_c, restart=True)
            for s in subs:
                D.np(s, n_c)
    D.page_break()
    chap("推進体制")
    D.bodies(governance_paras(T, hq="東雲原市DX推進本部"))
    D.body("なお、情報セキュリティ対策については、「東雲原市情報セキュリティポリシー」及び同実施手順に基づき、別途取り組みます。")
    D.page_break()
    D.h("資料編　指標一覧", 1)
    D.table(
        ["施策", "指標", "現状値（R6）", "目標値（R12）"],
        [
            ["1-1", "オンライン申請が可能な手続数", "58手続", "150手続"],
            ["1-2", "マイナンバーカード保有率", "81.4％", "95％"],
            ["1-3", "窓口での平均待ち時間", "18分", "10分"],
            ["2-2", "RPAによる削減時間", "1,200時間", "6,000時間"],
            ["2-3", "テレワーク実施職員数", "35人", "200人"],
            ["2-4", "電子決裁率", "62％", "90％"],
            ["3-1", "公開データセット数", "21件", "60件"],
            ["4-1", "スマート農業技術の導入経営体数", "14経営体", "60経営体"],
        ],
        widths=[14, 80, 30, 30],
        size=9,
        center_cols=(0, 2, 3),
    )
    D.save(os.path.join(OUT, "doc35.docx"))

    policies = [(pt, [m[0] for m in ms]) for pt, ms in pols]
    write_expected(
        35,
        T,
        (2026, 2030),
        policies,
        verdicts(kanmin_divide="missing", dx_divide="missing", dx_security="missing", dx_standardization="partial"),
        [
            'Chapter headings are Heading 1 paragraphs whose 「第N章」 comes from automatic numbering (lvlText "第%1章　"); the paragraph text is only 「計画の概要」 etc.',
            'Policies and measures are one multi-level automatic list: level 0 lvlText "基本方針%1　", level 1 lvlText "%1-%2　" (1-1, 1-2 …). No number is typed.',
            "Under each measure, 「主な取組」 items use decimalEnclosedCircle (①②③) automatic numbering: they are activities of the measure, not measures (alternative reading: a finer-grained importer might list them; the key lists the 12 %1-%2 items).",
            "Period 2026（令和8）年度～2030（令和12）年度; distractor 東雲原市情報化推進計画（令和3年度～令和7年度）.",
            "dx/security missing: the only mention is in 推進体制 (「情報セキュリティポリシー…に基づき、別途取り組みます」), which defers to another document; no measure. Alternative reading: partial.",
            "kanmin/divide and dx/divide missing: 「地域間の情報格差の解消」 in 4-2 is broadband (community), not help for people; the 岩手県 スマートフォン相談会 is background.",
            "dx/standardization partial: 「標準準拠システムへの移行に向けた検討」 only studies method and timing. 「オンライン診療」 (4-3) is not an online administrative procedure.",
            "資料編 指標一覧 refers to measures by number (1-1 …); its rows are indicators, not measures.",
        ],
    )


# ===========================================================================
# doc36 千草町: decimalFullWidth (１) policies and aiueoFullWidth (ア) measures,
#                typed TOC with tab leaders, 用語集 in a two-column section
# ===========================================================================
@doc
def doc36():
    T = Town("千草町", "町", "岐阜県", 21, 874, code_stated=False)
    title = "第2次千草町情報化推進計画"
    D = Doc()
    D.footer_page_numbers()
    D.p("", after=50)
    D.p(title, bold=True, size=24, align="center", font=GOTHIC)
    D.p("令和8年度～令和11年度", size=13, align="center", after=40)
    D.logo_box(["（ここに町のロゴ）", "CHIGUSA"], width=44)
    D.p("", after=120)
    D.p("令和８年３月", size=14, align="center")
    D.p("岐阜県　千草町", size=16, bold=True, align="center")
    D.page_break()
    D.p("目次", bold=True, size=14, align="center", after=12, font=GOTHIC)
    D.toc_typed(
        [
            (1, "第1章　はじめに", 1),
            (2, "1．計画策定の目的", 1),
            (2, "2．計画期間", 1),
            (1, "第2章　情報化をめぐる動向", 2),
            (1, "第3章　施策の展開", 4),
            (1, "第4章　推進体制", 9),
            (1, "用語集", 10),
        ],
        leader=True,
    )
    D.page_break()
    D.h("第1章　はじめに", 1)
    D.h("1．計画策定の目的", 2)
    D.bodies(
        [
            "本町では、令和4年3月に「千草町情報化推進計画」（以下「第1次計画」という。）を策定し、令和4年度から令和7年度までの4年間、"
            "庁内システムの更新や公衆無線LANの整備などに取り組んできました。",
            "第1次計画の成果と課題を踏まえ、町民の暮らしの利便性の向上と、効率的で安全な行政運営を実現するため、" + title + "を策定します。"
            "本計画は、官民データ活用推進基本法第9条第3項に基づく市町村官民データ活用推進計画としても位置付けます。",
        ]
    )
    D.h("2．計画期間", 2)
    D.body("本計画の計画期間は、令和8年度から令和11年度までの4年間とします。")
    D.page_break()
    D.h("第2章　情報化をめぐる動向", 1)
    D.bodies(national_paras(T, "abcdg"))
    D.body(
        "国は、行政手続のオンライン化について、マイナポータルからの申請を可能とするよう自治体に求めており、特に子育て・介護関係の26手続、"
        "罹災証明書の発行申請などを優先的にオンライン化すべき手続として示しています。本町では、これらの手続は現在も紙の申請書で受け付けています。"
    )
    D.page_break()
    D.h("第3章　施策の展開", 1)
    D.body("本計画では、四つの基本方針のもとに施策を展開します。")
    a_pol = D.abstract_num([dict(fmt="decimalFullWidth", text="%1　", left=420, hanging=420, bold=True, size=12)])
    n_pol = D.num(a_pol)
    a_m = D.abstract_num([dict(fmt="aiueoFullWidth", text="%1　", left=840, hanging=420, bold=True)])
    pols = [
        (
            "町民サービスの向上",
            [
                (
                    "公共施設予約システムの導入",
                    "体育館や公民館、グラウンドなどの空き状況の確認と予約を、インターネットから行えるようにします。",
                ),
                (
                    "マイナンバーカードの普及と活用",
                    "出張申請や休日窓口でカードの取得を支援するとともに、医療機関での保険証利用などの活用を周知します。",
                ),
                (
                    "コンビニ交付サービスの拡充",
                    "マイナンバーカードを利用したコンビニエンスストアでの証明書の交付について、交付できる証明書の種類を増やします。",
                ),
                (
                    "子育て支援アプリの導入",
                    "予防接種のスケジュール管理や、子育てに関する情報の配信を行うスマートフォンアプリを導入します。",
                ),
            ],
        ),
        (
            "誰もがデジタルを活用できる環境づくり",
            [
                (
                    "スマートフォン講座の開催",
                    "高齢者を対象に、スマートフォンの基本的な使い方やキャッシュレス決済、詐欺への注意点などを学ぶ講座を開催します。",
                ),
                (
                    "公民館へのデジタル相談窓口の設置",
                    "中央公民館に、パソコンやスマートフォンの操作について気軽に相談できる窓口を設けます。",
                ),
                ("公衆無線LANの整備", "防災拠点となる施設や観光施設に公衆無線LANを整備し、災害時や観光での利用に備えます。"),
                (
                    "地域コミュニティのデジタル化支援",
                    "自治会の回覧板の電子化や、オンラインでの会合の開催を支援し、地域活動の担い手の負担を減らします。",
                ),
            ],
        ),
        (
            "効率的な行政運営",
            [
                (
                    "基幹系システムの標準化・共通化",
                    "住民記録や税、福祉の基幹系システムを標準準拠システムへ移行し、ガバメントクラウドで運用します。",
                ),
                ("文書管理・電子決裁システムの導入", "文書の作成から保存までを電子化し、電子決裁を導入します。"),
                ("業務フローの見直し", "各課の業務の流れを可視化し、重複した作業や紙を前提とした手順を見直します。"),
                ("オンライン会議環境の整備", "国や県、他の市町村との会議にオンラインで参加できるよう、会議室の機器を整備します。"),
                (
                    "テレワークの推進",
                    "全職員が利用できるテレワーク用端末と勤務制度を整え、育児や介護と仕事の両立、災害時の業務継続を図ります。",
                ),
            ],
        ),
        (
            "安全・安心な情報環境",
            [
                ("情報セキュリティポリシーの見直し", "国のガイドラインの改定を踏まえ、情報セキュリティポリシーを見直します。"),
                ("情報セキュリティ研修の実施", "全職員を対象に、標的型攻撃メールへの対応などの情報セキュリティ研修を毎年度実施します。"),
                (
                    "災害時の情報システムの継続性確保",
                    "ICT部門の業務継続計画（ICT-BCP）を策定し、データのバックアップを遠隔地に確保します。",
                ),
            ],
        ),
    ]
    for pt, ms in pols:
        D.np(pt, n_pol, bold=True, size=12, font=GOTHIC, keep=True, before=10)
        n_m = D.num(a_m, restart=True)
        for mt, desc in ms:
            D.np(mt, n_m, bold=True, keep=True, before=4)
            D.body(desc, indent=42)
    D.page_break()
    D.h("第4章　推進体制", 1)
    D.bodies(governance_paras(T, hq="千草町情報化推進委員会", cio_assist=False))
    D.page_break()
    D.h("用語集", 1)
    D.columns(2)
    for term, desc in [
        ("AI（人工知能）", "人間の知的な活動の一部をコンピュータで実現する技術。"),
        ("RPA", "パソコン上の定型的な作業を、ソフトウェアのロボットにより自動化する技術。"),
        ("オープンデータ", "誰もが二次利用できるよう、機械判読に適した形式で公開されたデータ。"),
        ("ガバメントクラウド", "国が整備する、政府共通のクラウドサービスの利用環境。"),
        ("公衆無線LAN", "公共の場所で誰でも利用できる無線によるインターネット接続環境。"),
        ("電子申請", "インターネットを通じて、申請や届出を行うこと。"),
        ("テレワーク", "ICTを活用した、場所や時間にとらわれない柔軟な働き方。"),
        ("マイナポータル", "国が運営する、行政手続の検索やオンライン申請ができるサイト。"),
        ("標準準拠システム", "国が定める標準仕様書に準拠して開発された地方公共団体の情報システム。"),
        ("ICT-BCP", "災害や事故の際に情報システムを継続して運用するための業務継続計画。"),
    ]:
        par = D.p("", after=2)
        D.run(par, term, bold=True, font=GOTHIC)
        D.run(par, "：" + desc, size=9.5)
    D.columns(1)
    D.p("（以上）", align="right", size=9)
    D.save(os.path.join(OUT, "doc36.docx"))

    policies = [(pt, [m[0] for m in ms]) for pt, ms in pols]
    write_expected(
        36,
        T,
        (2026, 2029),
        policies,
        verdicts(kanmin_opendata="missing", dx_ai_rpa="missing", kanmin_online="partial", dx_online="partial"),
        [
            "Policies are bold Normal paragraphs numbered automatically with decimalFullWidth (１　２…); measures are bold paragraphs numbered automatically with aiueoFullWidth (ア　イ…), restarting under each policy. No number is typed.",
            "Period 令和8年度～令和11年度 (4 years); distractor 第1次計画 令和4年度～令和7年度. No code anywhere: code null.",
            "kanmin/online and dx/online partial: the only online service is 「公共施設予約システムの導入」; the background states that the priority 子育て・介護 procedures are still on paper and no measure puts them online.",
            "「オンライン会議環境の整備」 is meetings, not procedures. 「子育て支援アプリの導入」 distributes information only.",
            "AI・RPA and オープンデータ appear only in the national background and in the 用語集: missing.",
            "The 用語集 is in a two-column continuous section (w:cols w:num=2); its entries (テレワーク, 電子申請, …) are not measures.",
            "Alternative reading: 「公衆無線LANの整備」 and 「地域コミュニティのデジタル化支援」 support dx/community; 「災害時の情報システムの継続性確保」 also supports dx/security.",
        ],
    )


# ===========================================================================
# doc37 白鷺島町: bold numbered headings (left, body size), measures in a table
#                分野(vMerge)｜施策名｜内容｜担当課; code split over two cover lines
# ===========================================================================
@doc
def doc37():
    T = Town("白鷺島町", "町", "島根県", 32, 881)
    title = "白鷺島町デジタル化推進計画"
    D = Doc()
    D.footer_page_numbers()
    D.p("", after=70)
    D.p(title, bold=True, size=24, align="center", font=GOTHIC)
    D.p("― 島の暮らしをデジタルでつなぐ ―", size=12, align="center", after=40)
    D.logo_box(["〔町章〕"], width=24)
    D.p("", after=110)
    D.p("令和７年３月", size=14, align="center")
    D.p("島根県白鷺島町", size=16, bold=True, align="center", after=20)
    D.p("地方公共団体コード", size=9, align="center", after=0)
    D.p(T.code, size=9, align="center")
    D.page_break()
    D.p("目　次", bold=True, size=13, align="center", after=10)
    D.toc_typed(
        [
            (1, "１．計画策定の趣旨", 1),
            (1, "２．計画の位置づけ", 1),
            (1, "３．計画期間", 2),
            (1, "４．国・県の動向", 2),
            (1, "５．本町の現状", 3),
            (1, "６．施策の展開", 4),
            (1, "７．推進体制", 7),
            (1, "資料編", 8),
        ]
    )
    D.page_break()

    def sect(t):
        D.bh(t, before=10, after=4)

    sect("１．計画策定の趣旨")
    D.bodies(
        [
            "白鷺島町は、本土から町営フェリーで約50分の離島の町です。人口は2,318人（令和6年10月1日現在）で、高齢化率は52.6％に達しています。",
            "本土との距離や交通の制約がある離島にとって、デジタル技術は、距離のハンディキャップを克服し、島での暮らしを支える重要な手段です。"
            "町民の利便性の向上、行政運営の効率化、島の産業の振興を図るため、本計画を策定します。",
        ]
    )
    sect("２．計画の位置づけ")
    D.body(position_para(T, title, "第2次総合振興計画（令和3年度～令和12年度）"))
    sect("３．計画期間")
    D.body(
        "本計画の計画期間は、令和7年度から令和11年度までの5年間とします。令和9年度に中間見直しを行い、社会情勢の変化や取組の進捗に応じて内容を改めます。"
    )
    sect("４．国・県の動向")
    D.bodies(national_paras(T, "abcdefg"))
    D.body("島根県は「島根県デジタル推進計画」を策定し、離島・中山間地域での遠隔医療や遠隔教育の実証を進めています。")
    sect("５．本町の現状")
    D.bodies(
        [
            "令和6年9月に実施した町民アンケート（回答者612人）では、「スマートフォンの使い方を教えてほしい」との回答が42.1％に上りました。",
            "また、本土と結ぶ海底光ケーブルは1系統のみで、障害が発生すると島全体の通信が途絶えるおそれがあります。",
        ]
    )
    D.page_break()
    sect("６．施策の展開")
    D.body("本計画では、三つの分野ごとに次の施策に取り組みます。")
    fields = [
        (
            "暮らし・行政サービス",
            [
                (
                    "オンライン申請の推進",
                    "子育て・介護関係手続、罹災証明書の交付申請など、国が示す手続を優先してマイナポータルから申請できるようにし、フェリーで来庁しなくても手続を済ませられるようにします。",
                    "総務課",
                ),
                ("マイナンバーカードの取得促進", "出張申請や本土在住の家族と連携した申請勧奨により、カードの取得を促進します。", "町民課"),
                (
                    "町営航路のオンライン予約・キャッシュレス化",
                    "町営フェリーの乗船予約をインターネットで受け付け、運賃のキャッシュレス決済を導入します。",
                    "交通対策課",
                ),
                (
                    "窓口業務の見直し（BPR）",
                    "窓口での手続の流れを見直し、申請書の様式の統一や添付書類の削減、押印の廃止を進めます。",
                    "町民課\n総務課",
                ),
            ],
        ),
        (
            "行政基盤",
            [
                (
                    "基幹系システムのガバメントクラウド移行",
                    "住民記録や税などの基幹系システムを標準準拠システムに移行し、ガバメントクラウドで運用します。",
                    "総務課",
                ),
                ("情報セキュリティ対策の強化", "情報セキュリティポリシーを改定し、職員研修と外部監査を実施します。", "総務課"),
                ("職員のデジタルスキルの向上", "県の研修や民間のオンライン講座を活用し、職員のデジタルスキルを高めます。", "総務課"),
            ],
        ),
        (
            "地域・産業",
            [
                (
                    "海底光ケーブルの冗長化による通信環境の確保",
                    "本土との海底光ケーブルを2系統化し、障害時にも通信を維持して、本土との地域間の情報格差の解消を図ります。",
                    "企画課",
                ),
                (
                    "遠隔教育・遠隔医療の推進",
                    "本土の学校や医療機関とオンラインでつなぎ、島の子どもの学習機会と住民の医療を確保します。",
                    "教育委員会\n保健福祉課",
                ),
                ("水産業へのICT導入支援", "漁業者による漁場の水温データの活用や、ICTを活用した養殖管理の導入を支援します。", "産業振興課"),
                (
                    "高齢者のデジタル活用支援の検討",
                    "高齢化率が高い本町の実情を踏まえ、高齢者のデジタル活用を支援する方法について、社会福祉協議会と連携して検討します。",
                    "保健福祉課",
                ),
            ],
        ),
    ]
    rows, spans = [], []
    for ft, ms in fields:
        s = len(rows)
        for mt, desc, dept in ms:
            rows.append([ft if len(rows) == s else "", mt, desc, dept])
        spans.append((s, len(rows) - 1))
    t = D.table(["分野", "施策名", "内容", "担当課"], rows, widths=[22, 40, 78, 20], size=9)
    for a, b in spans:
        D.vmerge(t, 0, a + 1, b + 1)
    D.page_break()
    sect("７．推進体制")
    D.bodies(governance_paras(T, hq="白鷺島町デジタル化推進本部"))
    D.page_break()
    sect("資料編")
    D.p("１　計画策定の経過", bold=True, indent=10.5)
    D.table(
        ["時期", "会議等", "内容"],
        [
            ["令和6年7月", "第1回推進本部会議", "計画策定方針の決定"],
            ["令和6年9月", "町民アンケート", "デジタル化に関する意識調査"],
            ["令和6年11月", "第2回推進本部会議", "計画素案の検討"],
            ["令和7年1月", "パブリックコメント", "意見3件"],
            ["令和7年2月", "第3回推進本部会議", "計画案の決定"],
        ],
        widths=[30, 45, 85],
        size=9,
    )
    D.p("２　町民アンケート結果（抜粋）", bold=True, indent=10.5, before=8)
    for t_ in [
        "スマートフォンを持っている：71.3％",
        "行政手続をオンラインで行いたい：38.5％",
        "スマートフォンの使い方を教えてほしい：42.1％",
        "町のオープンデータを利用したい：6.2％",
    ]:
        D.bullet(t_)
    D.save(os.path.join(OUT, "doc37.docx"))

    policies = [(ft, [m[0] for m in ms]) for ft, ms in fields]
    write_expected(
        37,
        T,
        (2025, 2029),
        policies,
        verdicts(kanmin_opendata="missing", dx_ai_rpa="missing", dx_telework="missing", kanmin_divide="partial", dx_divide="partial"),
        [
            "Headings are bold Normal paragraphs at body size with typed numbers (「１．計画策定の趣旨」), left-aligned.",
            "Measures are rows of a table 分野｜施策名｜内容｜担当課 with the 分野 column merged vertically (w:vMerge); the three policies are the 分野 values.",
            "The cover ends with 「地方公共団体コード」 on one line and the six digits on the next line.",
            "Period 令和7年度～令和11年度; distractors 中間見直し 令和9年度 and 第2次総合振興計画（令和3年度～令和12年度）.",
            "divide partial (both frameworks): only 「高齢者のデジタル活用支援の検討」 (a study with 社会福祉協議会). 「地域間の情報格差の解消」 in the 海底光ケーブル measure is community, not divide.",
            "オープンデータ, AI・RPA and テレワーク only in the national background and the アンケート excerpt: missing.",
            "「町営航路のオンライン予約・キャッシュレス化」 is a town-run service: alternative readings count it toward online or community; either way online is already covered by 「オンライン申請の推進」.",
            "資料編 (策定の経過 table, アンケート bullets) holds no measures.",
        ],
    )


# ===========================================================================
# doc38 青葉ヶ丘町: 【施策１】 labels (full-width digits) with 主な取組 bullets,
#                complex TOC field, period only in two calendars
# ===========================================================================
@doc
def doc38():
    T = Town("青葉ヶ丘町", "町", "熊本県", 43, 867)
    title = "青葉ヶ丘町DX推進計画"
    D = Doc()
    D.footer_page_numbers()
    D.header_text("青葉ヶ丘町DX推進計画（2026-2028）")
    D.p("", after=40)
    D.logo_box(["◎", "AOBAGAOKA", "（ロゴ）"], width=32)
    D.p("", after=30)
    D.p(title, bold=True, size=26, align="center", font=GOTHIC)
    D.p("～つながる・ひろがる　青葉ヶ丘～", size=13, align="center", after=140)
    D.p("令和８年３月", size=14, align="center")
    D.p("熊本県　青葉ヶ丘町（%s）" % T.code, size=13, align="center")
    D.page_break()
    D.p("目　次", bold=True, size=14, align="center", after=12, font=GOTHIC)
    D.toc_field(
        [
            (1, "第１章　計画の概要", 1),
            (2, "１　策定の背景と目的", 1),
            (2, "２　計画の位置付け", 2),
            (2, "３　計画期間", 2),
            (1, "第２章　基本理念と基本目標", 3),
            (1, "第３章　施策", 4),
            (1, "第４章　計画の推進", 10),
            (1, "用語集", 11),
        ],
        instr=' TOC \\o "1-3" \\h \\z \\u ',
    )
    D.page_break()
    D.h("第１章　計画の概要", 1)
    D.h("１　策定の背景と目的", 2)
    D.bodies(national_paras(T, "abcef"))
    D.bodies(
        [
            "近年、自治体を狙ったランサムウェアによる被害が全国で相次いでおり、行政サービスが長期間停止する事例も発生しています。",
            "本町においても、人口減少と職員数の減少が続く中で、住民サービスを維持・向上させるためには、デジタル技術の活用による業務の効率化と、"
            "住民の利便性の向上が欠かせません。こうした状況を踏まえ、本町のDXを計画的に推進するため、本計画を策定します。",
        ]
    )
    D.h("２　計画の位置付け", 2)
    D.body(position_para(T, title, "第3次総合計画"))
    D.h("３　計画期間", 2)
    D.body("計画期間は、2026（令和8）年度から2028（令和10）年度までの3年間とします。")
    D.page_break()
    D.h("第２章　基本理念と基本目標", 1)
    D.p("基本理念　「つながる・ひろがる　青葉ヶ丘」", bold=True, align="center", size=12)
    D.body("基本理念の実現に向けて、四つの基本目標を掲げます。")
    pols = [
        (
            "行かない・書かない・待たない窓口の実現",
            [
                (
                    "オンライン申請の拡充",
                    "住民が役場に来なくても手続ができるよう、オンライン申請の対象手続を拡大します。",
                    ["子育て・介護関係手続のマイナポータル対応", "くまもと電子申請サービスの活用", "オンライン申請の手数料の電子納付"],
                ),
                (
                    "書かない窓口システムの導入",
                    "窓口で申請書を書く負担をなくすため、職員の聞き取りにより申請書を作成する仕組みを導入し、あわせて手続の流れを見直します。",
                    ["住民課窓口への導入（2026年度）", "福祉・税窓口への展開（2027年度）"],
                ),
                (
                    "マイナンバーカードの普及と利便性の向上",
                    "マイナンバーカードの取得を支援し、カードを使った便利なサービスを広げます。",
                    ["休日・夜間の申請受付", "コンビニ交付の対象証明書の拡大"],
                ),
                (
                    "キャッシュレス決済の推進",
                    "役場窓口や公共施設で、キャッシュレス決済を利用できるようにします。",
                    ["窓口手数料のキャッシュレス化", "公共施設使用料のキャッシュレス化"],
                ),
            ],
        ),
        (
            "デジタルで支える誰一人取り残さない町",
            [
                (
                    "スマホ教室・デジタル相談会の開催",
                    "デジタル機器に不慣れな方を対象に、スマホ教室と個別の相談会を開催します。",
                    ["地区公民館での定期開催（年24回）", "携帯電話事業者と連携した講師派遣"],
                ),
                (
                    "デジタル活用支援員の配置",
                    "地域の身近な相談役として、デジタル活用支援員を配置します。",
                    ["支援員の養成講座の実施", "支援員による訪問支援"],
                ),
                (
                    "子育て世帯へのプッシュ型情報配信",
                    "子どもの年齢に応じて、必要な手当や健診の情報をLINEで個別にお知らせします。",
                    ["LINE公式アカウントのセグメント配信"],
                ),
            ],
        ),
        (
            "職員の力を引き出すスマートな役場",
            [
                (
                    "基幹業務システムの標準化",
                    "基幹業務システムを標準準拠システムへ移行し、ガバメントクラウドを活用します。",
                    ["標準準拠システムの運用開始", "移行後の運用経費の検証"],
                ),
                (
                    "RPA等の導入可能性調査",
                    "RPAやAI-OCRを導入した場合の効果を把握するため、対象となり得る業務を洗い出し、導入の可能性を調査します。",
                    ["業務量調査の実施", "先進自治体の視察"],
                ),
                (
                    "育児・介護を担う職員のテレワーク試行",
                    "育児や介護を担う職員を対象に、在宅でのテレワークを試行します。",
                    ["対象職員へのテレワーク端末の貸与（5台）"],
                ),
                (
                    "庁内ペーパーレス化の推進",
                    "会議資料や決裁文書の電子化を進め、紙の使用量を削減します。",
                    ["電子決裁の導入", "会議資料のタブレット閲覧"],
                ),
                (
                    "デジタル人材の育成",
                    "各課のDX推進リーダーを中心に、デジタル技術を業務に生かせる職員を育成します。",
                    ["DX推進リーダー研修", "外部講師による管理職研修"],
                ),
            ],
        ),
        (
            "データを活かすまちづくり",
            [
                (
                    "オープンデータの公開",
                    "町が保有するデータを、オープンデータとして町ホームページで公開します。",
                    ["自治体標準オープンデータセットの公開", "公開データの定期的な更新"],
                ),
                (
                    "統計データを活用した政策立案",
                    "各種統計や業務データを分析し、施策の立案や評価に活用します。",
                    ["RESAS等を活用した分析研修"],
                ),
            ],
        ),
    ]
    D.page_break()
    D.h("第３章　施策", 1)
    k = 0
    fw = str.maketrans("0123456789", "０１２３４５６７８９")
    for i, (pt, ms) in enumerate(pols, 1):
        D.h("基本目標%s　%s" % (str(i).translate(fw), pt), 2)
        for mt, desc, subs in ms:
            k += 1
            D.p("【施策%s】%s" % (str(k).translate(fw), mt), bold=True, font=GOTHIC, keep=True, before=8)
            D.body(desc, indent=10.5)
            D.p("主な取組", indent=10.5, size=9.5, after=0, bold=True)
            for s in subs:
                D.bullet(s, indent=21)
    D.page_break()
    D.h("第４章　計画の推進", 1)
    D.bodies(governance_paras(T, hq="青葉ヶ丘町DX推進本部"))
    D.page_break()
    D.h("用語集", 1)
    D.table(
        ["用語", "解説"],
        [
            ["ランサムウェア", "感染したコンピュータのデータを暗号化し、復元と引き換えに金銭を要求する不正プログラム。"],
            ["ローカル5G", "地域や企業が、自らの敷地内で個別に構築する第5世代移動通信システム。"],
            ["RPA", "定型的なパソコン作業を自動化するソフトウェア。"],
            ["RESAS", "地域経済分析システム。産業構造や人口動態などのデータを地図やグラフで見ることができる。"],
            ["テレワーク", "ICTを活用した、時間や場所にとらわれない柔軟な働き方。"],
        ],
        widths=[35, 125],
        size=9,
    )
    D.save(os.path.join(OUT, "doc38.docx"))

    policies = [(pt, [m[0] for m in ms]) for pt, ms in pols]
    write_expected(
        38,
        T,
        (2026, 2028),
        policies,
        verdicts(dx_security="missing", dx_community="missing", dx_ai_rpa="partial", dx_telework="partial"),
        [
            "Each measure is one bold paragraph 「【施策Ｎ】<title>」 with full-width digits (施策１…施策１４), then a description and 「主な取組」 bullets typed with 「・」: the bullets are activities, not measures.",
            "Policies are Heading 2 「基本目標Ｎ　<title>」; the period is stated only in two calendars: 2026（令和8）年度～2028（令和10）年度. The header line repeats 2026-2028.",
            'The TOC is a real field (fldChar … TOC \\o "1-3" …). The code appears on the cover in parentheses after the town name.',
            "dx/security missing: only the ランサムウェア background paragraph and the 用語集; no measure. dx/community missing: ローカル5G is only in the 用語集, and no measure concerns the region's networks or services.",
            "dx/ai-rpa partial: 「RPA等の導入可能性調査」 (a study). dx/telework partial: 「育児・介護を担う職員のテレワーク試行」 (a pilot for some staff, 5 devices).",
            "The municipality name contains 「ヶ」 (青葉ヶ丘町); a normaliser must not turn it into 「ケ」 or 「が」.",
        ],
    )


# ===========================================================================
# doc39 朝霧町: DX方針 organised by the national items (like seed 001); bold-only
#                headings; measures numbered ① automatically; a テレワーク heading
#                whose text says it is not planned
# ===========================================================================
@doc
def doc39():
    T = Town("朝霧町", "町", "高知県", 39, 856)
    title = "朝霧町DX推進方針"
    D = Doc()
    D.footer_page_numbers()
    D.p("", after=60)
    D.p("朝霧町デジタル・トランスフォーメーション（DX）", bold=True, size=18, align="center", font=GOTHIC)
    D.p("推進方針", bold=True, size=26, align="center", font=GOTHIC, after=20)
    D.p("令和7年度～令和9年度", size=13, align="center", after=30)
    D.p("┌───────┐", align="center", after=0)
    D.p("│　町　章　│", align="center", after=0)
    D.p("└───────┘", align="center", after=100)
    D.p("令和７年３月", size=14, align="center")
    D.p("朝霧町", size=18, bold=True, align="center")
    D.p("高知県　地方公共団体コード %s" % T.code, size=9, align="center")
    D.page_break()
    D.p("目次", bold=True, size=14, after=12, font=GOTHIC)
    D.toc_typed(
        [
            (1, "第1章　はじめに", 1),
            (2, "1　策定の目的", 1),
            (2, "2　方針の期間", 1),
            (2, "3　推進体制", 2),
            (1, "第2章　策定の背景", 3),
            (1, "第3章　重点取組事項", 5),
            (2, "1　自治体の情報システムの標準化・共通化", 5),
            (2, "2　マイナンバーカードの普及促進", 5),
            (2, "3　行政手続のオンライン化", 6),
            (2, "4　AI・RPAの利用推進", 6),
            (2, "5　テレワークの推進", 7),
            (2, "6　セキュリティ対策の徹底", 7),
            (1, "第4章　自治体DXと併せて取り組む事項", 8),
            (2, "1　地域社会のデジタル化", 8),
            (2, "2　デジタルデバイド対策", 8),
            (1, "付録　用語の解説", 9),
        ]
    )
    D.page_break()

    def chap(t):
        D.bh(t, size=16, before=12, after=8)

    def sect(t):
        D.bh(t, size=12.5, before=10, after=4)

    chap("第1章　はじめに")
    sect("1　策定の目的")
    D.bodies(
        [
            "本町は、高知県の山間部に位置し、人口は3,402人（令和7年1月1日現在）です。人口減少と高齢化が進む中で、将来にわたって行政サービスを維持するためには、"
            "デジタル技術を活用した業務の効率化と住民の利便性の向上が不可欠です。",
            "総務省の「自治体DX推進計画」に示された重点取組事項に沿って、本町が取り組む内容を明らかにするため、本方針を策定します。"
            "本方針は、官民データ活用推進基本法第9条第3項に基づく「市町村官民データ活用推進計画」を兼ねるものとします。",
        ]
    )
    sect("2　方針の期間")
    D.body(
        "本方針の期間は、令和7年度から令和9年度までの3年間とします。なお、国の自治体DX推進計画の改定があった場合は、必要に応じて見直します。"
    )
    sect("3　推進体制")
    D.bodies(governance_paras(T, hq="朝霧町DX推進本部"))
    D.page_break()
    chap("第2章　策定の背景")
    D.bodies(national_paras(T, "abcdefg"))
    D.body(
        "高知県は「高知県デジタル化推進計画」において、オープンデータの県・市町村共同公開サイトの運用や、県内市町村へのテレワーク導入支援を行っています。"
    )
    D.page_break()
    a_c = D.abstract_num([dict(fmt="decimalEnclosedCircle", text="%1", left=735, hanging=315, bold=True)])
    ch3 = [
        (
            "自治体の情報システムの標準化・共通化",
            "国が定める20業務の標準仕様に準拠したシステムへ移行します。",
            [
                (
                    "標準準拠システムへの移行",
                    "住民基本台帳、税、福祉などの基幹業務システムについて、高知県内の町村と共同で標準準拠システムへ移行し、ガバメントクラウドで運用します。",
                ),
                ("移行にあわせた業務フローの見直し", "標準準拠システムの機能に合わせて業務の流れを見直し、独自の帳票や手順を削減します。"),
            ],
        ),
        (
            "マイナンバーカードの普及促進",
            "",
            [
                (
                    "申請サポートの充実",
                    "役場での申請時の写真撮影や、集落への出張申請、休日の交付窓口の開設により、カードの取得を支援します。",
                ),
                (
                    "マイナンバーカードを活用したサービスの拡充",
                    "証明書のコンビニ交付を開始し、町立診療所でのオンライン資格確認を引き続き運用します。",
                ),
            ],
        ),
        (
            "行政手続のオンライン化",
            "",
            [
                ("子育て・介護関係手続のオンライン化", "国が示す子育て・介護関係の手続について、マイナポータルからの申請を受け付けます。"),
                ("電子申請システムの活用拡大", "高知県の電子申請システムを活用し、各種の申込や届出をオンラインで受け付けます。"),
            ],
        ),
        (
            "AI・RPAの利用推進",
            "",
            [
                ("RPAの導入", "税務や福祉の定型的な入力業務にRPAを導入し、作業時間を削減します。"),
                ("AI議事録作成支援ツールの活用", "会議の音声から議事録案を作成するAIツールを導入し、議事録作成の負担を軽減します。"),
            ],
        ),
        (
            "テレワークの推進",
            "本町では、職員数が少なく窓口業務の比重が大きいことから、当面の間、テレワークの導入は予定していません。国や県の動向を注視します。",
            [],
        ),
        (
            "セキュリティ対策の徹底",
            "",
            [
                ("情報セキュリティポリシーの改定", "国のガイドラインの改定に合わせて、情報セキュリティポリシーを改定します。"),
                ("職員研修と訓練の実施", "全職員を対象とした情報セキュリティ研修と、インシデント対応訓練を毎年度実施します。"),
            ],
        ),
    ]
    ch4 = [
        (
            "地域社会のデジタル化",
            "",
            [
                (
                    "地域課題の解決に向けたデジタル技術の活用の研究",
                    "中山間地域の交通、見守り、農林業の課題について、IoTやドローンなどの技術の活用可能性を、県や事業者と連携して研究します。",
                ),
            ],
        ),
        (
            "デジタルデバイド対策",
            "",
            [
                ("高齢者向けスマートフォン教室の開催", "各集落の集会所を会場に、高齢者向けのスマートフォン教室を開催します。"),
                (
                    "地域おこし協力隊と連携した相談体制の整備",
                    "地域おこし協力隊と連携し、デジタル機器の使い方について身近に相談できる体制を整えます。",
                ),
            ],
        ),
    ]
    chap("第3章　重点取組事項")
    for i, (pt, lead, ms) in enumerate(ch3, 1):
        sect("%d　%s" % (i, pt))
        if lead:
            D.body(lead)
        n = D.num(a_c, restart=True)
        for mt, desc in ms:
            D.np(mt, n, bold=True, keep=True, before=4)
            D.body(desc, indent=36.75)
    D.page_break()
    chap("第4章　自治体DXと併せて取り組む事項")
    for i, (pt, lead, ms) in enumerate(ch4, 1):
        sect("%d　%s" % (i, pt))
        n = D.num(a_c, restart=True)
        for mt, desc in ms:
            D.np(mt, n, bold=True, keep=True, before=4)
            D.body(desc, indent=36.75)
    D.page_break()
    chap("付録　用語の解説")
    for term, desc in [
        ("オープンデータ", "機械判読に適した形式で、二次利用可能なルールで公開されたデータ。"),
        ("テレワーク", "ICTを活用した、場所や時間にとらわれない柔軟な働き方。"),
        ("ガバメントクラウド", "国が整備する政府共通のクラウドサービスの利用環境。"),
        ("オンライン資格確認", "マイナンバーカードのICチップ等により、医療機関で医療保険の資格をオンラインで確認する仕組み。"),
    ]:
        D.bullet("%s：%s" % (term, desc), indent=0, mark="※")
    D.save(os.path.join(OUT, "doc39.docx"))

    policies = [(pt, [m[0] for m in ms]) for pt, _, ms in ch3 + ch4]
    write_expected(
        39,
        T,
        (2025, 2027),
        policies,
        verdicts(kanmin_opendata="missing", dx_telework="missing", dx_community="partial"),
        [
            "Structured item by item like seed 001: chapter 3 = the six 重点取組事項, chapter 4 = the two companion items; the policy titles are the national item names with typed numbers (「1　自治体の情報システムの標準化・共通化」) as bold-only paragraphs (16pt chapters, 12.5pt sections, left-aligned, no heading style).",
            "Measures are bold paragraphs with automatic decimalEnclosedCircle numbers (①②), restarting per item.",
            "「テレワークの推進」 has a heading but its text says 「当面の間、テレワークの導入は予定していません」: no measure (measures: []), dx/telework missing although the heading names the item. The 高知県 テレワーク導入支援 is background.",
            "dx/community partial: only a study (「地域課題の解決に向けたデジタル技術の活用の研究」).",
            "Open data is not an item of this structure and appears only in the background and 付録: kanmin/opendata missing.",
            "The cover logo is drawn with box-drawing characters (┌─┐); the title is split over two paragraphs (「朝霧町デジタル・トランスフォーメーション（DX）」 / 「推進方針」). Code on the cover after 「高知県　地方公共団体コード」.",
            "Period 令和7年度～令和9年度; the 推進体制 sits in chapter 1, before the measures.",
        ],
    )


# ===========================================================================
# doc40 深山川市: 25 measures in one table with policy rows spanning it (gridSpan),
#                TOC as w:fldSimple, western years only, things already done in the
#                background (標準化 completed, カード 82 %)
# ===========================================================================
@doc
def doc40():
    T = Town("深山川市", "市", "鹿児島県", 46, 931, code_stated=False)
    title = "深山川市スマートシティ推進計画"
    D = Doc()
    D.footer_page_numbers("深山川市スマートシティ推進計画　")
    D.p("", after=50)
    D.logo_box(["MIYAMAGAWA", "SMART CITY", "［ロゴマーク］"], width=48)
    D.p("", after=30)
    D.p(title, bold=True, size=24, align="center", font=GOTHIC)
    D.p("計画期間　2026年度～2030年度", size=13, align="center", after=140)
    D.p("令和８年３月", size=14, align="center")
    D.p("鹿児島県深山川市", size=16, bold=True, align="center")
    D.page_break()
    D.p("目次", bold=True, size=14, align="center", after=12, font=GOTHIC)
    D.toc_simple(
        [
            (1, "第1章　計画の策定について", 1),
            (2, "1-1　計画策定の趣旨", 1),
            (2, "1-2　計画の位置付け", 2),
            (2, "1-3　計画期間", 2),
            (1, "第2章　現状と課題", 3),
            (2, "2-1　国の動向", 3),
            (2, "2-2　本市のこれまでの取組", 4),
            (1, "第3章　施策の展開", 6),
            (1, "第4章　推進体制と進行管理", 12),
            (1, "資料編", 13),
            (2, "資料1　指標一覧", 13),
            (2, "資料2　用語集", 15),
        ]
    )
    D.page_break()
    D.h("第1章　計画の策定について", 1)
    D.h("1-1　計画策定の趣旨", 2)
    D.bodies(
        [
            "本市は、2023年度から「深山川市デジタル化推進方針」に基づき、行政のデジタル化を進めてきました。"
            "今後は、行政内部のデジタル化にとどまらず、市民の暮らしや地域の産業にデジタル技術を生かし、"
            "人口減少の中でも住み続けたいと思える「スマートシティ深山川」を実現するため、本計画を策定します。",
        ]
    )
    D.h("1-2　計画の位置付け", 2)
    D.body(position_para(T, title, "総合計画（基本構想2022年度～2031年度）"))
    D.h("1-3　計画期間", 2)
    D.body(
        "本計画の計画期間は、2026年度から2030年度までの5年間とします。なお、総合計画後期基本計画（2027年度～2031年度）の策定に合わせて、必要な見直しを行います。"
    )
    D.page_break()
    D.h("第2章　現状と課題", 1)
    D.h("2-1　国の動向", 2)
    D.bodies(national_paras(T, "abcdefg"))
    D.h("2-2　本市のこれまでの取組", 2)
    D.bodies(
        [
            "基幹業務システムについては、2025年度中に20業務すべての標準準拠システムへの移行を完了し、ガバメントクラウドでの運用を開始しました。",
            "マイナンバーカードの保有率は82.0％（2025年12月末）に達し、証明書のコンビニ交付や窓口での本人確認での利用が定着しています。",
            "電子申請で受け付ける手続は120手続となりましたが、子育て・介護関係の手続の一部は、引き続き紙の申請書で受け付けています。",
        ]
    )
    D.page_break()
    D.h("第3章　施策の展開", 1)
    D.body("四つの基本方針のもとに25の施策を位置付けます。各施策の内容、担当課及び2030年度の目標は、次の表のとおりです。")
    pols = [
        (
            "市民の暮らしを豊かにするデジタル化",
            [
                (
                    "電子申請の全庁展開",
                    "申請・届出の全手続について、オンライン化の可否を点検し、可能なものから電子申請を導入します。",
                    "デジタル推進課",
                    "300手続",
                ),
                (
                    "子育て・介護手続のオンライン化",
                    "紙で受け付けている子育て・介護関係の手続を、マイナポータルから申請できるようにします。",
                    "こども家庭課\n長寿支援課",
                    "全手続",
                ),
                (
                    "施設予約・イベント申込のオンライン化",
                    "公共施設の予約や市主催イベントの申込を、スマートフォンから行えるようにします。",
                    "各施設所管課",
                    "全施設",
                ),
                ("キャッシュレス決済の拡大", "窓口、施設、市税の納付でキャッシュレス決済を利用できるようにします。", "会計課", "全窓口"),
                (
                    "AIチャットボットによる問合せ対応",
                    "ごみの分別や各種手続に関する問合せに、24時間AIチャットボットで応答します。",
                    "広報課",
                    "年間5万件",
                ),
                ("市公式アプリの構築", "防災、子育て、ごみ収集などの情報を一つのアプリで受け取れるようにします。", "広報課", "登録2万人"),
                (
                    "スマホ教室の定期開催",
                    "高齢者等のデジタル機器に不慣れな方を対象に、各地区でスマホ教室を定期的に開催します。",
                    "長寿支援課",
                    "年60回",
                ),
                (
                    "デジタル活用支援員による出張相談",
                    "デジタル活用支援員が地区の集会所や自宅に出向き、スマートフォンの操作などの相談に応じます。",
                    "長寿支援課",
                    "年300件",
                ),
            ],
        ),
        (
            "地域の活力を生み出すデジタル化",
            [
                (
                    "スマート農業・畜産の推進",
                    "畜産農家の牛の発情検知センサーや、茶・さつまいも栽培での自動走行機械の導入を支援します。",
                    "農政課",
                    "100経営体",
                ),
                (
                    "観光DXの推進",
                    "観光客の動態データを分析し、デジタルスタンプラリーなどの周遊施策に活用します。",
                    "観光課",
                    "宿泊者数1.2倍",
                ),
                (
                    "中小企業のデジタル化支援",
                    "市内中小企業の業務のデジタル化や、テレワークを含む働き方改革の取組に対して、専門家派遣と補助を行います。",
                    "商工課",
                    "支援200社",
                ),
                (
                    "地域公共交通のデジタル化",
                    "コミュニティバスの運行情報をリアルタイムで提供し、AIオンデマンド交通を導入します。",
                    "企画課",
                    "全路線",
                ),
                (
                    "5G・光ファイバ等の通信基盤整備の促進",
                    "通信事業者と連携し、山間部の光ファイバと5Gの整備を促進します。",
                    "デジタル推進課",
                    "世帯カバー率100％",
                ),
                (
                    "GIGAスクール端末の活用推進",
                    "児童生徒1人1台端末を活用した授業を推進し、端末の計画的な更新を行います。",
                    "教育総務課",
                    "活用率100％",
                ),
            ],
        ),
        (
            "データでつながる行政",
            [
                (
                    "オープンデータの推進",
                    "市が保有するデータを、自治体標準オープンデータセットに沿って公開し、定期的に更新します。",
                    "デジタル推進課",
                    "100データセット",
                ),
                (
                    "データ連携基盤の構築",
                    "分野ごとに分散したデータを連携させる基盤を構築し、防災や交通のサービスに活用します。",
                    "デジタル推進課",
                    "基盤稼働",
                ),
                ("EBPMの推進", "データに基づく政策立案を進めるため、職員のデータ分析能力を高めます。", "企画課", "分析事例30件"),
            ],
        ),
        (
            "しなやかで効率的な市役所",
            [
                (
                    "AI-OCR・RPAによる定型業務の自動化",
                    "手書き申請書の読み取りと、システムへの入力作業を自動化します。",
                    "デジタル推進課",
                    "50業務",
                ),
                ("生成AIの活用", "文書作成、要約、翻訳等に生成AIを全庁で活用します。", "デジタル推進課", "全職員利用"),
                (
                    "テレワーク・フリーアドレスの導入",
                    "職員が自宅やサテライトオフィスで勤務できるテレワーク制度を本格導入し、執務室のフリーアドレス化を進めます。",
                    "人事課",
                    "実施率50％",
                ),
                (
                    "議会・庁内会議のペーパーレス化",
                    "議会や庁内会議の資料をタブレット端末で閲覧し、印刷を削減します。",
                    "議会事務局\n総務課",
                    "紙使用量50％減",
                ),
                (
                    "情報セキュリティ対策の強化",
                    "情報セキュリティポリシーの改定、外部監査、CSIRTによるインシデント対応訓練を実施します。",
                    "デジタル推進課",
                    "重大事故0件",
                ),
                (
                    "デジタル人材の確保・育成",
                    "デジタル職の採用と、職員の段階的な研修により、デジタル人材を確保・育成します。",
                    "人事課",
                    "100人",
                ),
                (
                    "CIO補佐官等外部人材の活用",
                    "民間の専門人材をCIO補佐官として任用し、施策の企画や調達に助言を受けます。",
                    "デジタル推進課",
                    "任用継続",
                ),
                (
                    "ICT-BCPの策定",
                    "大規模災害時にも情報システムを継続して運用するため、ICT-BCPを策定します。",
                    "デジタル推進課",
                    "2027年度策定",
                ),
            ],
        ),
    ]
    roman = ["Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ"]
    rows, cats = [], []
    k = 0
    for i, (pt, ms) in enumerate(pols):
        cats.append((len(rows), "基本方針%s　%s" % (roman[i], pt)))
        rows.append(["", "", "", "", ""])
        for mt, desc, dept, goal in ms:
            k += 1
            rows.append([str(k), mt, desc, dept, goal])
    t = D.table(["No.", "施策名", "内容", "担当課", "目標（2030年度）"], rows, widths=[10, 38, 70, 22, 20], size=8.5, center_cols=(0,))
    for r, label in cats:
        D.span_row(t, r + 1, label, fill="DDEBF7")
    D.page_break()
    D.h("第4章　推進体制と進行管理", 1)
    D.bodies(governance_paras(T, hq="深山川市スマートシティ推進本部"))
    D.page_break()
    D.h("資料編", 1)
    D.h("資料1　指標一覧", 2)
    D.table(
        ["No.", "指標", "現状値（2025年度）", "目標値（2030年度）"],
        [
            ["1", "電子申請で受け付ける手続数", "120手続", "300手続"],
            ["7", "スマホ教室の開催回数", "18回", "60回"],
            ["9", "スマート農業技術を導入した経営体数", "31経営体", "100経営体"],
            ["15", "オープンデータのデータセット数", "24件", "100件"],
            ["18", "RPA等で自動化した業務数", "12業務", "50業務"],
            ["20", "テレワーク実施率", "8％", "50％"],
            ["21", "庁内の紙の使用量", "基準値", "50％減"],
        ],
        widths=[12, 78, 35, 35],
        size=9,
        center_cols=(0, 2, 3),
    )
    D.h("資料2　用語集", 2)
    D.table(
        ["用語", "解説"],
        [
            ["スマートシティ", "ICT等の新技術を活用して、都市や地域の課題の解決を図り、新たな価値を創出し続ける持続可能な都市や地域。"],
            ["標準準拠システム", "国が定める標準仕様書に準拠して開発された地方公共団体の基幹業務システム。"],
            ["マイナンバーカード", "本人確認書類として利用できる、顔写真付きのICカード。"],
            ["BPR", "業務の流れを根本から見直し、再設計すること。"],
            ["CSIRT", "情報セキュリティ事故に対応するための組織内のチーム。"],
            ["EBPM", "証拠に基づく政策立案（Evidence-Based Policy Making）。"],
        ],
        widths=[35, 125],
        size=9,
    )
    D.save(os.path.join(OUT, "doc40.docx"))

    policies = [(pt, [m[0] for m in ms]) for pt, ms in pols]
    write_expected(
        40,
        T,
        (2026, 2030),
        policies,
        verdicts(dx_standardization="missing", kanmin_mynumber="missing", dx_mynumber="missing", kanmin_bpr="partial"),
        [
            "25 measures in one table No.｜施策名｜内容｜担当課｜目標（2030年度）; each policy is a row spanning all five columns (w:gridSpan) reading 「基本方針Ⅰ　<title>」 (Roman numerals).",
            "Period only in western years (2026年度～2030年度); distractors 総合計画（基本構想2022年度～2031年度） and 後期基本計画（2027年度～2031年度）. No code: null.",
            "dx/standardization missing: the background says migration was completed in 2025年度; this plan commits nothing (alternative reading: 'done, not applicable' rather than missing).",
            "kanmin/mynumber and dx/mynumber missing: the card (82.0％, コンビニ交付) is only described as achieved in 2-2; no measure (same alternative reading).",
            "kanmin/bpr partial: only 「議会・庁内会議のペーパーレス化」 (paperless meetings); no process review. BPR appears only in the 用語集.",
            "「中小企業のデジタル化支援」 mentions テレワーク for local businesses: not dx/telework (which is covered by 「テレワーク・フリーアドレスの導入」 anyway).",
            "「AIチャットボットによる問合せ対応」 is a second AI measure in the citizens' policy. The TOC is w:fldSimple; 資料1 indicators reference measures by No. and are not measures.",
        ],
    )


# ===========================================================================
# doc41 若菜村: no plan period (rolling), automatic 「第%1章」 on bold centred paragraphs,
#                policies numbered with ideographTraditional （甲）（乙）, measures "%1."
#                in a two-column section
# ===========================================================================
@doc
def doc41():
    T = Town("若菜村", "村", "新潟県", 15, 889)
    title = "若菜村デジタル化基本方針"
    D = Doc()
    D.footer_page_numbers()
    D.p("", after=80)
    D.p(title, bold=True, size=26, align="center", font=GOTHIC, after=30)
    D.p("＊　＊　＊　若菜村　＊　＊　＊", size=10, align="center", after=150)
    D.p("令和８年３月", size=14, align="center")
    D.p("新潟県　若菜村", size=16, bold=True, align="center")
    D.p("（地方公共団体コード %s）" % T.code, size=9, align="center")
    D.page_break()
    D.p("― 目　次 ―", bold=True, size=13, align="center", after=10)
    D.toc_typed(
        [(1, "第1章　方針策定の趣旨", 1), (1, "第2章　国の動向と村の現状", 2), (1, "第3章　基本方針と取組", 4), (1, "第4章　推進体制", 6)]
    )
    D.page_break()
    a_ch = D.abstract_num([dict(fmt="decimal", text="第%1章　", left=0, hanging=0, bold=True, size=15)], multi="singleLevel")
    n_ch = D.num(a_ch)

    def chap(t):
        par = D.bh(t, size=15, center=True, before=12, after=10)
        D.set_num(par, n_ch)

    chap("方針策定の趣旨")
    D.bodies(
        [
            "若菜村は、新潟県の山間部にある人口1,208人（令和7年10月1日現在）の村で、冬期間は2メートルを超える積雪に覆われます。"
            "村では、村内全戸に光ファイバを整備し、IP告知端末による情報伝達を行ってきました。",
            "人口減少と高齢化がさらに進む中で、デジタル技術を村民の暮らしと行政運営に生かしていくための基本的な考え方を示すため、本方針を策定します。",
            "本方針は、官民データ活用推進基本法第9条第3項に基づく「市町村官民データ活用推進計画」として位置付けます。",
        ]
    )
    D.bh("方針の期間", size=11, before=6)
    D.body(
        "本方針は、特定の計画期間を定めず、国の動向や社会情勢の変化に応じて随時見直すこととします。"
        "具体的な事業は、毎年度策定する「若菜村デジタル化実施計画」（令和8年度実施計画から作成）において定めます。"
    )
    D.body("なお、国の「自治体DX推進計画」の対象期間は令和3年1月から令和8年3月までとされていました。")
    D.page_break()
    chap("国の動向と村の現状")
    D.bodies(national_paras(T, "abcdefg"))
    D.body(
        "村の現状として、電子申請で受け付けている手続はありません。村民アンケートでは、「役場に行かずに手続をしたい」との回答は12.4％にとどまり、"
        "「窓口で職員に相談しながら手続をしたい」との回答が71.8％を占めました。"
    )
    D.page_break()
    chap("基本方針と取組")
    D.body("村の実情を踏まえ、三つの基本方針のもとに、次の10の取組を進めます。")
    a_pol = D.abstract_num([dict(fmt="ideographTraditional", text="（%1）", left=630, hanging=630, bold=True, size=12)])
    n_pol = D.num(a_pol)
    a_m = D.abstract_num([dict(fmt="decimal", text="%1.", left=315, hanging=315, bold=True)])
    n_m = D.num(a_m)
    pols = [
        (
            "村民の暮らしを支えるデジタル化",
            [
                (
                    "マイナンバーカードの普及と活用",
                    "役場での休日受付と集落への出張申請を行い、カードの取得を支援します。あわせて、証明書のコンビニ交付を開始します。",
                ),
                (
                    "高齢者のデジタル活用支援",
                    "集落の集会所で、スマートフォンの基本操作を学ぶ教室を開催し、困ったときに相談できる窓口を役場に設けます。",
                ),
                ("IP告知端末を活用した情報配信", "村内全戸に設置しているIP告知端末を更新し、行政情報と地域の行事情報を配信します。"),
                (
                    "雪害・防災情報のデジタル化",
                    "道路の積雪センサーと除雪車の位置情報を活用し、除雪の状況を村民がスマートフォンで確認できるようにします。",
                ),
            ],
        ),
        (
            "行政事務のデジタル化",
            [
                ("基幹業務システムの標準化", "県内町村と共同で、基幹業務システムを標準準拠システムへ移行します。"),
                ("RPAを活用した業務の効率化", "税や福祉の定型的な入力業務にRPAを導入し、職員の事務負担を軽減します。"),
                ("事務の見直しと電子決裁の導入", "押印や紙の回覧を前提とした事務の進め方を見直し、電子決裁を導入します。"),
                ("情報セキュリティ対策", "情報セキュリティポリシーを改定し、職員研修を毎年度実施します。"),
            ],
        ),
        (
            "地域のデジタル基盤",
            [
                (
                    "光ファイバ網の村内全域での維持",
                    "村が整備した光ファイバ網を適切に維持管理し、村内全域で高速通信を利用できる環境を保ちます。",
                ),
                (
                    "村保有データの公開の試行",
                    "避難所一覧やAED設置場所など、一部のデータについて、村ホームページでCSV形式による公開を試行します。",
                ),
            ],
        ),
    ]
    D.columns(2)
    for pt, ms in pols:
        D.np(pt, n_pol, bold=True, size=12, font=GOTHIC, keep=True, before=8)
        for mt, desc in ms:
            D.np(mt, n_m, bold=True, keep=True, before=4)
            D.body(desc, indent=15.75)
    D.columns(1)
    D.page_break()
    chap("推進体制")
    D.bodies(governance_paras(T, hq="若菜村デジタル化推進会議", cio_assist=False))
    D.save(os.path.join(OUT, "doc41.docx"))

    policies = [(pt, [m[0] for m in ms]) for pt, ms in pols]
    write_expected(
        41,
        T,
        None,
        policies,
        verdicts(kanmin_online="missing", dx_online="missing", dx_telework="missing", kanmin_opendata="partial"),
        [
            "No plan period: 「特定の計画期間を定めず…随時見直す」; period null. Distractors: 令和8年度実施計画 and the national plan's 令和3年1月～令和8年3月.",
            'Chapter headings are bold centred Normal paragraphs whose 「第N章」 is automatic numbering (lvlText "第%1章　"); the text is only the chapter name.',
            'Policies use ideographTraditional numbering, which Word and LibreOffice render as （甲）（乙）（丙） (heavenly stems; 一二三 would be japaneseCounting). Measures use decimal "%1." numbering that continues across policies (1.…10.).',
            "The policies and measures sit in a two-column continuous section (w:cols w:num=2), so the PDF text interleaves two columns.",
            "kanmin/online and dx/online missing: the background says no procedure is online and residents prefer the counter; no measure puts procedures online. コンビニ交付 is a card measure, not online application.",
            "dx/telework missing: appears only in the national background. kanmin/opendata partial: 「村保有データの公開の試行」 (a few datasets, trial).",
            "Alternative reading: 「IP告知端末を活用した情報配信」 and 「雪害・防災情報のデジタル化」 support dx/community besides the 光ファイバ measure.",
        ],
    )


if __name__ == "__main__":
    import sys

    only = set(sys.argv[1:])
    for fn in DOCS:
        if not only or fn.__name__ in only:
            fn()
            print("wrote", fn.__name__)
