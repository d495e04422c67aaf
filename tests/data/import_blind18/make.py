#!/usr/bin/env python3
"""Build the blind test set doc181..doc188 (invented Japanese municipal digital plans) and check that every
answer key's municipality, code, policy and measure titles occur in each shipped file.

Usage: /work/main/.venv/bin/python /work/review/import_blind18/make.py [doc181 ...]
Needs python-docx (1.2), PyYAML, soffice (LibreOffice Writer) and pdftotext on PATH.

The answer keys (docNNN.expected.yaml) were written by hand BEFORE this generator and are only read here,
never written. Each document ships as docNNN.docx + docNNN.pdf (LibreOffice).
"""
import html, os, re, subprocess, sys, unicodedata, zipfile
import yaml
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
MIN = "ＭＳ 明朝"
GOT = "ＭＳ ゴシック"


def code(five):
    """全国地方公共団体コード: 5 digits + check digit (DOMAIN.md §6)."""
    d = [int(c) for c in five]
    return five + str((11 - (6 * d[0] + 5 * d[1] + 4 * d[2] + 3 * d[3] + 2 * d[4]) % 11) % 10)


# 3-digit municipality parts in the 7xx range: no earlier set used it, and I know of no real town there.
CODES = {"doc181": code("05731"), "doc182": code("38752"), "doc183": code("19764"), "doc184": code("08715"),
         "doc185": code("16783"), "doc186": code("20796"), "doc187": code("14708"), "doc188": code("44727")}


# ================================================================ generic docx helpers
def set_font(obj, east=MIN, size=None, bold=None, color=None):
    f = obj.font
    if size: f.size = Pt(size)
    if bold is not None: f.bold = bold
    if color: f.color.rgb = RGBColor.from_string(color)
    el = obj.element if hasattr(obj, "element") else obj._element
    rpr = el.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:eastAsia", "w:ascii", "w:hAnsi"):
        rf.set(qn(a), east)
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rf.get(qn(a)) is not None: del rf.attrib[qn(a)]


def new_doc(margin=2.2):
    d = Document()
    set_font(d.styles["Normal"], MIN, 10.5)
    d.styles["Normal"].paragraph_format.space_after = Pt(3)
    for name, sz in (("Heading 1", 15), ("Heading 2", 12.5), ("Heading 3", 11)):
        s = d.styles[name]; set_font(s, GOT, sz, True); s.font.color.rgb = RGBColor(0, 0, 0)
        s.paragraph_format.space_before = Pt(10); s.paragraph_format.space_after = Pt(5)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(margin); sec.top_margin = sec.bottom_margin = Cm(2.2)
    return d


def run(p, text, bold=False, size=None, color=None, font=None, underline=False):
    r = p.add_run(text)
    set_font(r, font or (GOT if bold else MIN), size, True if bold else None, color)
    if underline: r.font.underline = True
    return r


def P(d, text="", bold=False, size=None, align=None, indent=None, first=None, after=None, before=None,
      color=None, keep=False, font=None):
    p = d.add_paragraph()
    if text: run(p, text, bold, size, color, font)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf = p.paragraph_format
    if indent is not None: pf.left_indent = Cm(indent)
    if first is not None: pf.first_line_indent = Cm(first)
    if after is not None: pf.space_after = Pt(after)
    if before is not None: pf.space_before = Pt(before)
    if keep: pf.keep_with_next = True
    return p


def body(d, text, indent=None, size=None, color=None):
    return P(d, text, first=0.37, indent=indent, size=size, color=color)


def H(d, text, lvl):
    return d.add_paragraph(text, style="Heading %d" % lvl)


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def add_field(p, instr, cached):
    def fc(t):
        r = OxmlElement("w:r"); f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), t); r.append(f); return r
    p._p.append(fc("begin"))
    r = OxmlElement("w:r"); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr; r.append(it); p._p.append(r)
    p._p.append(fc("separate"))
    r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.set(qn("xml:space"), "preserve"); t.text = cached
    r.append(t); p._p.append(r)
    p._p.append(fc("end"))


def header_footer(section, header=None, fmt=("- ", " -"), header_size=8.5):
    section.footer.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]; fp.text = ""; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if fmt:
        fp.add_run(fmt[0]); add_field(fp, "PAGE", "1"); fp.add_run(fmt[1])
    section.header.is_linked_to_previous = False
    hp = section.header.paragraphs[0]; hp.text = ""
    if header:
        r = hp.add_run(header); set_font(r, MIN, header_size); hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return hp


def new_section(d, header=None, kind=WD_SECTION.NEW_PAGE, fmt=("- ", " -"), landscape=None):
    s = d.add_section(kind)
    if landscape is True and s.orientation != WD_ORIENT.LANDSCAPE:
        s.orientation = WD_ORIENT.LANDSCAPE; s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    elif landscape is False and s.orientation != WD_ORIENT.PORTRAIT:
        s.orientation = WD_ORIENT.PORTRAIT; s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    header_footer(s, header, fmt)
    return s


TCPR_ORDER = ["cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
              "textDirection", "tcFitText", "vAlign", "hideMark"]


def tcpr_set(cell, el):
    """Put a tcPr child at its schema position, replacing one of the same name."""
    tcpr = cell._tc.get_or_add_tcPr()
    name = el.tag.split("}")[1]
    old = tcpr.find(qn("w:" + name))
    if old is not None: tcpr.remove(old)
    after = TCPR_ORDER[TCPR_ORDER.index(name) + 1:]
    for child in tcpr:
        if child.tag.split("}")[1] in after:
            child.addprevious(el); return el
    tcpr.append(el); return el


def shade(cell, fill):
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), fill)
    tcpr_set(cell, sh)


def valign(cell, v="center"):
    el = OxmlElement("w:vAlign"); el.set(qn("w:val"), v); tcpr_set(cell, el)


def vmerge(cell, restart):
    el = OxmlElement("w:vMerge")
    if restart: el.set(qn("w:val"), "restart")
    tcpr_set(cell, el)


def text_dir(cell, val="tbRl"):
    el = OxmlElement("w:textDirection"); el.set(qn("w:val"), val); tcpr_set(cell, el)


def cell_borders(cell, val="nil", sides=("top", "left", "bottom", "right")):
    b = parse_xml('<w:tcBorders %s>%s</w:tcBorders>' % (nsdecls("w"), "".join(
        '<w:%s w:val="%s"/>' % (s, val) for s in sides)))
    tcpr_set(cell, b)


def cell_text(cell, text, bold=False, size=9.5, align=None, fill=None, va=None, color=None, font=None):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, ln in enumerate(text.split("\n")):
        if i: p = cell.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        if ln: run(p, ln, bold, size, color, font)
        if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if fill: shade(cell, fill)
    if va: valign(cell, va)
    return cell


def table(d, widths, style="Table Grid", borderless=False):
    t = d.add_table(rows=0, cols=len(widths))
    if style and not borderless: t.style = d.styles[style]
    t.autofit = False
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); t._tbl.tblPr.append(lay)
    if borderless:
        t._tbl.tblPr.append(parse_xml('<w:tblBorders %s>%s</w:tblBorders>' % (nsdecls("w"), "".join(
            '<w:%s w:val="nil"/>' % s for s in ("top", "left", "bottom", "right", "insideH", "insideV")))))
    for i, w in enumerate(widths): t.columns[i].width = Cm(w)
    return t


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr(); h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr(); h = OxmlElement("w:cantSplit"); h.set(qn("w:val"), "true"); trpr.append(h)


def trow(t, values, widths, bold=False, fill=None, header=False, size=9.5, center=()):
    r = t.add_row()
    if header: repeat_header(r)
    for i, v in enumerate(values):
        c = r.cells[i]; c.width = Cm(widths[i])
        cell_text(c, v, bold=bold, size=size, fill=fill, align="c" if (header or i in center) else None)
    return r


def span_row(t, text, widths, fill="DDEBF7", bold=True, size=10):
    """A row whose single cell spans the whole table (w:gridSpan)."""
    r = t.add_row()
    a = r.cells[0]
    for c in r.cells[1:]:
        a = a.merge(c)
    a.width = Cm(sum(widths))
    cell_text(a, text, bold=bold, size=size, fill=fill)
    return r, a


PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
             "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
             "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
             "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
             "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
             "sectPr", "pPrChange"]


def ppr_insert(p, el):
    """Insert a pPr child at its schema position."""
    ppr = p._p.get_or_add_pPr()
    name = el.tag.split("}")[1]
    after = PPR_ORDER[PPR_ORDER.index(name) + 1:]
    for child in ppr:
        if child.tag.split("}")[1] in after:
            child.addprevious(el); return el
    ppr.append(el); return el


def p_shade(p, fill):
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), fill)
    ppr_insert(p, sh)


def p_border(p, sides=("bottom",), color="1F4E79", sz=12):
    ppr_insert(p, parse_xml('<w:pBdr %s>%s</w:pBdr>' % (nsdecls("w"), "".join(
        '<w:%s w:val="single" w:sz="%d" w:space="2" w:color="%s"/>' % (s, sz, color) for s in sides))))


SECT_ORDER = ["headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar", "paperSrc",
              "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote", "titlePg",
              "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange"]


def sect_insert(section, el):
    sp = section._sectPr
    name = el.tag.split("}")[1]
    old = sp.find(qn("w:" + name))
    if old is not None: sp.remove(old)
    after = SECT_ORDER[SECT_ORDER.index(name) + 1:]
    for child in sp:
        if child.tag.split("}")[1] in after:
            child.addprevious(el); return el
    sp.append(el); return el


def tab_leader_line(d, text, page, pos=16.6, indent=0.0, bold=False):
    p = d.add_paragraph(); pf = p.paragraph_format
    pf.tab_stops.add_tab_stop(Cm(pos), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    pf.left_indent = Cm(indent); pf.space_after = Pt(2)
    run(p, "%s\t%s" % (text, page), bold)
    return p


def cover(d, lines, bottom=(), top_gap=6, mid_gap=10):
    for _ in range(top_gap): P(d)
    for text, size in lines:
        P(d, text, bold=True, size=size, align="c", after=10)
    for _ in range(mid_gap): P(d)
    for text, size in bottom:
        P(d, text, bold=True, size=size, align="c", after=6)


def chapter_line(d, text, size=14, color="1F4E79"):
    """A full-width bold chapter line with a bottom rule (no heading style)."""
    p = P(d, text, bold=True, size=size, before=12, after=6, keep=True, color=color)
    p_border(p, ("bottom",), color)
    return p


FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def add_footnotes(d, notes):
    """Real Word footnotes: notes = {id: text}. Returns nothing; use footnote_ref(p, id) in the body."""
    parts = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
             'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
             'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for fid, text in notes.items():
        parts.append('<w:footnote w:id="%d"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr>'
                     '<w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
                     '<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="16"/></w:rPr>'
                     '<w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>'
                     % (fid, MIN, MIN, MIN, html.escape(text)))
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes %s>%s</w:footnotes>'
           % (nsdecls("w", "r"), "".join(parts)))
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, xml.encode("utf-8"), d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES)


def footnote_ref(p, fid):
    r = OxmlElement("w:r")
    rpr = parse_xml('<w:rPr %s><w:vertAlign w:val="superscript"/></w:rPr>' % nsdecls("w"))
    r.append(rpr)
    ref = OxmlElement("w:footnoteReference"); ref.set(qn("w:id"), str(fid)); r.append(ref)
    p._p.append(r)


# ================================================================ doc181 葉月野町 (side-head layout: borderless two-column tables)
def sidehead(d, rows, left=4.2, right=12.4, title_size=10.5):
    """rows = [(left heading, [right paragraphs])]; right paragraphs may be (text, bold) tuples."""
    t = table(d, [left, right], borderless=True)
    for head, paras in rows:
        r = t.add_row()
        a, b = r.cells
        a.width, b.width = Cm(left), Cm(right)
        cell_text(a, head, bold=True, size=title_size, color="1F4E79")
        b.text = ""
        for i, para in enumerate(paras):
            text, bold = (para, False) if isinstance(para, str) else para
            p = b.paragraphs[0] if i == 0 else b.add_paragraph()
            p.paragraph_format.space_after = Pt(4)
            run(p, text, bold, 10 if not bold else 10.5)
        # a thin rule under each row, as side-head layouts often have
        cell_borders(a, "nil", ("top", "left", "right")); cell_borders(b, "nil", ("top", "left", "right"))
        for c in (a, b):
            tcb = c._tc.tcPr.find(qn("w:tcBorders"))
            tcb.append(parse_xml('<w:bottom %s w:val="dotted" w:sz="4" w:color="8EAADB"/>' % nsdecls("w")))
    P(d, "", after=2)
    return t


PLAN181 = [
    ("役場に行かなくてもよい手続の実現",
     "スマートフォンやパソコンから手続ができ、役場に来る回数を減らせる町をつくります。", [
        ("自宅から申請できる手続の拡大", "子育てや介護に関する手続をはじめ、住民の利用が多い手続について、マイナポータルのぴったりサービスと"
         "町の電子申請システム（秋田県と共同利用）で受付を始め、来庁不要の手続を令和12年度までに60手続に増やします。", "総務課・各課"),
        ("マイナンバーカードの取得と利用の促進", "休日窓口と集落への出張申請を続け、カードの取得を支援します。カードを使った証明書の"
         "コンビニ交付に加え、町立図書館の利用カードとしても使えるようにします。", "町民課"),
        ("窓口の予約制の導入", "転入・転出など時間のかかる手続について、来庁する日時を予約できるようにし、窓口の待ち時間を減らします。",
         "町民課")]),
    ("少ない職員で支える効率的な役場",
     "職員数が減っても行政サービスの水準を保てるよう、事務の進め方と職場の環境を改めます。", [
        ("電子決裁と文書管理の電子化", "紙による起案と回議を電子決裁に切り替え、文書の保存も電子化します。令和9年度から全課で運用します。",
         "総務課"),
        ("ソフトウェアロボットによる入力作業の自動化", "税や福祉の申請データの入力など、定型的なパソコン作業をソフトウェアロボット"
         "（RPA）で自動化し、対象を令和12年度までに20業務に広げます。", "総務課・税務課"),
        ("標的型メール訓練と職員研修", "全職員を対象に標的型メール訓練と情報セキュリティ研修を毎年度実施し、情報セキュリティポリシーを"
         "見直します。", "総務課"),
        ("庁内LANの無線化", "庁舎内の会議室と執務室に無線LANを整備し、会議へのノートパソコンの持ち込みを可能にします。", "総務課")]),
    ("みんながデジタルでつながる葉月野",
     "年齢や住む場所にかかわらず、誰もがデジタルの便利さを感じられる地域をつくります。", [
        ("地区公民館でのスマホ講座", "町が各地区の公民館でスマートフォンの基本操作やオンライン申請の講座を開き、身近な場所で相談できる"
         "ようにします。", "生涯学習課"),
        ("町内事業者のテレワーク導入支援", "町内の中小企業がテレワークを導入する際の機器購入費の一部を補助し、働きやすい職場づくりを"
         "後押しします。", "産業振興課"),
        ("携帯電話不感地域の解消に向けた協議", "携帯電話が使えない山間部の3地区について、通信事業者と協議し、基地局の整備を要望します。",
         "企画課")])]


def doc181():
    d = new_doc()
    cover(d, [("葉月野町DX推進計画", 26), ("～つながる・ささえる　はづきのデジタル～", 13)],
          [("令和8年3月", 13), ("秋田県葉月野町", 18)])
    new_section(d, "葉月野町DX推進計画")
    chapter_line(d, "第1章　計画の基本的事項")
    sidehead(d, [
        ("計画策定の趣旨", ["人口減少と高齢化が進む中で、本町が行政サービスを維持し、町民の暮らしを支えていくためには、デジタル技術の"
                     "活用が欠かせません。本計画は、町の行政と地域社会のデジタル化を計画的に進めるために策定するものです。"]),
        ("計画の位置づけ", ["本計画は、官民データ活用推進基本法第9条第3項に基づく「市町村官民データ活用推進計画」として位置づけます。"
                     "また、第6次葉月野町総合計画（令和3年度～令和12年度）の分野別計画として、総合計画の施策と整合を図ります。"]),
        ("計画期間", ["令和8年度から令和12年度までの5年間とします。", "社会情勢や国の動向の変化を踏まえ、令和10年度に中間見直しを行います。"]),
        ("町の概要", ["秋田県葉月野町（地方公共団体コード " + CODES["doc181"] + "）",
                  "人口8,214人（令和7年10月1日現在）、高齢化率44.6％。町の面積の8割を山林が占め、12の地区に集落が点在しています。"])])
    chapter_line(d, "第2章　現状と課題")
    sidehead(d, [
        ("国の動向", ["国は自治体DX推進計画において、情報システムの標準化・共通化、マイナンバーカードの普及促進、行政手続のオンライン化、"
                  "AI・RPAの利用推進、テレワークの推進、セキュリティ対策の徹底を重点取組事項として掲げ、オープンデータの推進やBPRの"
                  "取組の徹底にも取り組むよう求めています。"]),
        ("秋田県の動向", ["秋田県は、県内市町村と電子申請システムを共同で利用する仕組みを設け、市町村のデジタル化を支援しています。"]),
        ("町の現状", ["本町の基幹系システムは、令和7年度に標準準拠システムへの移行を終え、ガバメントクラウド上で稼働しています。",
                  "一方、電子申請で受け付けている手続は18手続にとどまっています。マイナンバーカードの保有率は76.2％（令和7年9月末）です。"]),
        ("職員の働き方", ["職員アンケート（令和7年8月）では、在宅勤務を希望する職員が約4割にのぼり、子育てや介護との両立を理由に挙げる声が"
                    "多くみられました。"]),
        ("本町の課題", ["①来庁しなければできない手続が多い", "②紙を前提とした業務の進め方の見直しが進んでいない",
                   "③山間部に携帯電話が使えない地域が残っている", "④高齢者の多くがスマートフォンの利用に不安を感じている"])])
    chapter_line(d, "第3章　基本理念と基本方針")
    rows = [("基本理念", [("デジタルで　ひとも　まちも　つながる　葉月野", True),
                       "デジタル技術を、町民の暮らしと役場の仕事を支える道具として使いこなし、誰一人取り残さないまちを目指します。"])]
    for i, (pol, lead, _) in enumerate(PLAN181, 1):
        rows.append(("基本方針%d" % i, [(pol, True), lead]))
    sidehead(d, rows)
    page_break(d)
    chapter_line(d, "第4章　施策の展開")
    for i, (pol, _, ms) in enumerate(PLAN181, 1):
        p = P(d, "基本方針%d　%s" % (i, pol), bold=True, size=12, before=10, after=4, keep=True)
        p_shade(p, "DEEAF6")
        sidehead(d, [(t, [desc, "（担当：%s）" % ka]) for t, desc, ka in ms])
    chapter_line(d, "第5章　計画の推進")
    sidehead(d, [
        ("推進体制", ["町長を本部長とする葉月野町DX推進本部を中心に、全庁を挙げて計画を推進します。副町長を最高情報責任者（CIO）とし、"
                  "外部の専門人材をCIO補佐官として任用します。"]),
        ("進行管理", ["施策の実施状況を毎年度点検し、結果を町のホームページで公表します。"]),
        ("計画の見直し", ["令和10年度に中間見直しを行い、国の計画の改定や技術の進展を反映させます。"])])
    chapter_line(d, "資料編　用語集")
    sidehead(d, [
        ("オープンデータ", ["国や自治体、事業者が保有するデータのうち、誰もが二次利用できるルールで公開されたデータ。"]),
        ("テレワーク", ["情報通信技術を活用し、時間や場所にとらわれずに働く勤務形態。在宅勤務、モバイルワーク、サテライトオフィス勤務がある。"]),
        ("BPR", ["ビジネス・プロセス・リエンジニアリング。業務の目的から業務の流れや手順を見直し、再設計すること。"]),
        ("RPA", ["ロボティック・プロセス・オートメーション。パソコンで行う定型的な作業をソフトウェアロボットで自動化すること。"]),
        ("ガバメントクラウド", ["国が整備する、地方公共団体が共同で利用できるクラウドサービスの利用環境。"]),
        ("ローカル5G", ["地域の企業や自治体が、自らの建物や敷地内で構築する第5世代移動通信システム（5G）のネットワーク。"])])
    return d


# ================================================================ doc182 水澄市 (badge policy headers + measure cards in a 2-column grid)
PLAN182 = [
    ("市民の手続をスマートに", "来庁しなくても手続ができ、来庁したときも短い時間で用事が済む市役所をつくります。", [
        ("オンライン申請の拡充", "子育て・介護などの手続をマイナポータルから申請できるようにし、市の電子申請システムの対象手続を"
         "2029年度までに300手続に広げます。", "デジタル推進課・各課", "オンライン化手続数　120（2025）→ 300（2029）"),
        ("マイナンバーカードの利便性向上", "証明書のコンビニ交付に加え、カード1枚で図書館や体育施設を利用できるようにし、カードの"
         "取得と利用を促します。", "市民課", "カードを利用できる市独自サービス　1 → 6"),
        ("キャッシュレス決済の導入", "市役所と支所の窓口で、証明書の手数料をクレジットカードや電子マネーで支払えるようにします。",
         "会計課", "導入窓口数　0 → 8")]),
    ("職員の働き方をしなやかに", "職員が時間と場所を選んで力を発揮でき、定型的な事務に追われない職場をつくります。", [
        ("在宅勤務制度の導入", "2026年度に在宅勤務制度を設け、全職員が週2日まで自宅で勤務できるよう、端末と規程を整えます。",
         "人事課", "制度の利用職員数　延べ1,500人／年"),
        ("生成AI活用の実証", "文書の要約や下書きへの生成AIの活用について、3課で実証を行い、効果と情報漏えいのリスクを検証します。",
         "デジタル推進課", "実証の実施（2026年度）"),
        ("業務フローの見える化と改善", "窓口業務と内部事務の業務フローを可視化し、手順と決裁の流れを見直します。", "行政改革推進課",
         "見直し業務数　30業務")]),
    ("情報基盤を強く、安全に", "災害やサイバー攻撃に強く、費用を抑えた情報基盤を整えます。", [
        ("標準準拠システムへの移行", "残る基幹業務（住民記録・税）のシステムを2026年度中に標準準拠システムへ移行し、ガバメントクラウドで"
         "運用します。", "デジタル推進課", "移行完了（2026年度）"),
        ("情報セキュリティ対策の強化", "情報セキュリティポリシーを改定し、全職員研修と外部監査を毎年度実施します。", "デジタル推進課",
         "研修受講率　100％"),
        ("庁内無線LANの整備", "本庁舎と支所の執務室に無線LANを整備し、会議室でのペーパーレス会議を進めます。", "デジタル推進課",
         "整備拠点数　0 → 5")]),
    ("地域とデータでつながる水澄", "市のデータと地域のデジタルサービスで、暮らしやすい地域をつくります。", [
        ("市保有データの試行公開", "避難所や公共施設の一覧などを試行的にオープンデータとして公開し、利用状況を検証します。",
         "デジタル推進課", "試行公開データ数　15件"),
        ("AIデマンド交通の導入", "公共交通が不便な北部地区で、AIが配車ルートを決めるデマンド交通を導入し、運行を事業者に委託します。",
         "交通政策課", "利用者数　年間12,000人"),
        ("市民ポータルアプリの提供", "市からのお知らせやごみの収集日などを一つのアプリで確認できる市民ポータルアプリを提供します。",
         "広報課", "ダウンロード数　20,000件")])]


def badge(d, num, title):
    w = [2.0, 14.6]
    t = table(d, w, borderless=True)
    r = t.add_row(); a, b = r.cells
    a.width, b.width = Cm(w[0]), Cm(w[1])
    cell_text(a, num, bold=True, size=22, align="c", fill="1F4E79", va="center", color="FFFFFF")
    cell_text(b, title, bold=True, size=15, va="center", color="1F4E79")
    b.paragraphs[0].paragraph_format.left_indent = Cm(0.3)
    bb = parse_xml('<w:tcBorders %s><w:bottom w:val="single" w:sz="12" w:color="1F4E79"/></w:tcBorders>' % nsdecls("w"))
    tcpr_set(b, bb)
    P(d, "", after=2)


def cards(d, ms):
    w = [8.3, 8.3]
    t = table(d, w)
    spacing = parse_xml('<w:tblCellSpacing %s w:w="85" w:type="dxa"/>' % nsdecls("w"))
    t._tbl.tblPr.append(spacing)
    for k in range(0, len(ms), 2):
        r = t.add_row(); cant_split(r)
        for j in range(2):
            c = r.cells[j]; c.width = Cm(w[j]); c.text = ""
            if k + j >= len(ms):
                cell_borders(c, "nil"); continue
            title, desc, ka, goal = ms[k + j]
            p = c.paragraphs[0]; p.paragraph_format.space_after = Pt(3)
            run(p, title, True, 11, "1F4E79"); p_shade(p, "DEEAF6")
            p = c.add_paragraph(); p.paragraph_format.space_after = Pt(3); run(p, desc, False, 9.5)
            p = c.add_paragraph(); p.paragraph_format.space_after = Pt(0); run(p, "担当：" + ka, False, 8.5, "595959")
            p = c.add_paragraph(); p.paragraph_format.space_after = Pt(2); run(p, "目標：" + goal, False, 8.5, "595959")
    P(d, "", after=4)


def doc182():
    d = new_doc()
    cover(d, [("水澄市DX推進計画", 28), ("2026 ─ 2029", 16)],
          [("2026年（令和8年）3月", 13), ("愛媛県水澄市", 18), ("団体コード " + CODES["doc182"], 10)])
    new_section(d, "水澄市DX推進計画")
    H(d, "第1章　計画の概要", 1)
    H(d, "1　策定の趣旨", 2)
    body(d, "水澄市は、2021年に「水澄市ICT推進指針」を定め、電子申請や庁内のペーパーレス化に取り組んできました。人口減少と職員数の"
            "減少が続く中でも市民サービスを維持し、向上させるため、デジタル技術を活用した市役所と地域の変革を計画的に進めることとし、"
            "本計画を策定します。")
    H(d, "2　計画の位置づけ", 2)
    body(d, "本計画は、官民データ活用推進基本法第9条第3項に基づく「市町村官民データ活用推進計画」を兼ね、第2次水澄市総合計画の"
            "デジタル分野の個別計画として位置づけます。")
    H(d, "3　計画期間", 2)
    body(d, "本計画の期間は、2026年度（令和8年度）から2029年度（令和11年度）までの4年間とします。")
    H(d, "第2章　現状と課題", 1)
    H(d, "1　国の動向", 2)
    body(d, "国は、自治体DX推進計画で、情報システムの標準化・共通化、マイナンバーカードの普及促進、行政手続のオンライン化、"
            "AI・RPAの利用推進、テレワークの推進、セキュリティ対策の徹底を重点取組事項とし、デジタルデバイド対策と地域社会の"
            "デジタル化にも併せて取り組むよう求めています。")
    H(d, "2　市の現状", 2)
    body(d, "市の電子申請で受け付けている手続は120手続（2025年度末見込み）です。基幹業務のうち住民記録と税のシステムは、"
            "標準準拠システムへの移行が2026年度にずれ込んでいます。")
    body(d, "スマートフォン教室は、水澄市社会福祉協議会が独自の事業として公民館で開催しています。市民アンケートでは、"
            "70歳以上の約半数がスマートフォンでの手続に不安があると答えており、デジタル機器に不慣れな方への支援が課題です。")
    H(d, "第3章　基本方針", 1)
    body(d, "目指す姿「市民も職員も、デジタルでもっと自由に」の実現に向けて、四つの基本方針を定めます。")
    for i, (pol, lead, _) in enumerate(PLAN182, 1):
        P(d, "基本方針%d　%s" % (i, pol), bold=True, size=11, before=6, keep=True)
        body(d, lead, indent=0.5)
    page_break(d)
    H(d, "第4章　施策の展開", 1)
    body(d, "基本方針ごとに、取り組む施策をカードの形で示します。各カードには、施策の内容、担当課と目標を記載しています。")
    for i, (pol, lead, ms) in enumerate(PLAN182, 1):
        badge(d, "%02d" % i, pol)
        body(d, lead)
        cards(d, ms)
    H(d, "第5章　推進体制", 1)
    body(d, "市長を本部長とする水澄市DX推進本部を設置し、副市長を最高情報責任者（CIO）とします。デジタル推進課が計画の進捗を"
            "管理し、毎年度、施策ごとの目標の達成状況を公表します。")
    return d


# ================================================================ doc183 鹿ノ子町 (パブコメ draft: comments, line numbers)
PLAN183 = [
    ("行かなくてもいい役場", "役場に来なくても用事が済み、来たときには待たずに済む役場を目指します。", [
        ("電子申請サービスの拡大", "山梨県と県内市町村が共同で利用する電子申請サービスを活用し、子育て・介護関係の手続をマイナポータルから"
         "申請できるようにするとともに、住民の利用が多い手続から順にオンライン化します。令和12年度までに100手続を目指します。",
         "総務課情報政策係・各課", None),
        ("窓口のオンライン予約", "住民票の異動や税の相談など、時間のかかる用件について、窓口に来る日時をインターネットで予約できるように"
         "します。", "町民課", ("総務課", "職員のテレワーク（在宅勤務）についても、施策として追加してはどうでしょうか。")),
        ("マイナンバーカードの交付体制の充実", "休日の交付窓口と、地区の集会所での出張申請を定期的に実施し、カードの取得を支援します。"
         "カードを使った証明書のコンビニ交付も継続します。", "町民課", None)]),
    ("職員が力を発揮できる役場", "限られた職員が、住民と向き合う仕事に時間を使えるよう、事務の進め方を見直します。", [
        ("基幹業務システムの標準化・共通化", "住民記録や税などの基幹業務システムについて、県内の町村と共同で標準準拠システムへの移行を"
         "進め、令和9年度中に移行を完了します。", "総務課情報政策係", None),
        ("AI-OCRの試行", "紙の申請書の読み取りにAI-OCRを使う効果を確かめるため、税務課で試行し、効果を検証します。",
         "税務課・総務課情報政策係", ("情報政策係", "試行後の本格導入の時期を明記できないか、検討中です。")),
        ("業務手順の総点検", "全課の業務手順を洗い出し、紙の転記や重複した確認作業をなくすよう手順を見直します。", "総務課", None),
        ("情報セキュリティ監査の実施", "情報セキュリティポリシーを改定し、外部の専門家による監査を毎年度受けます。", "総務課情報政策係",
         None)]),
    ("誰もが使えるデジタル", "デジタルに不慣れな方も取り残さず、必要な情報が届く町を目指します。", [
        ("スマートフォン相談窓口の開設", "役場の町民ホールにスマートフォンの相談窓口を設け、操作方法やオンライン申請の手順を案内します。",
         "総務課情報政策係", None),
        ("防災情報のメール配信", "気象情報や避難情報を登録制のメールで配信し、防災行政無線を補完します。", "総務課防災係",
         ("区長会", "光ファイバ未整備地区の解消も計画に入れてほしいとの要望がありました。"))])]


def line_numbers(section):
    sect_insert(section, parse_xml('<w:lnNumType %s w:countBy="1" w:distance="340" w:restart="newPage"/>' % nsdecls("w")))


def doc183():
    d = new_doc()
    cover(d, [("鹿ノ子町DX推進計画（案）", 24), ("令和9年度～令和12年度", 13)],
          [("令和8年12月", 13), ("山梨県鹿ノ子町", 18)], mid_gap=6)
    w = [14.0]
    t = table(d, w)
    r = t.add_row(); c = r.cells[0]; c.width = Cm(14.0)
    cell_text(c, "ご意見を募集しています\n本案について、町民の皆様からのご意見を募集しています。\n"
                 "意見募集期間：令和8年12月15日（火）～令和9年1月14日（木）\n提出先：鹿ノ子町総務課情報政策係",
              size=10.5, fill="FFF2CC")
    c.paragraphs[0].runs[0].font.bold = True
    t.alignment = 1
    for p in d.paragraphs:   # LibreOffice numbers lines document-wide: keep the cover unnumbered, as Word does
        ppr_insert(p, OxmlElement("w:suppressLineNumbers"))
    s = new_section(d, "【案】意見募集用")
    line_numbers(s)
    H(d, "第1章　計画の概要", 1)
    H(d, "1　計画策定の趣旨", 2)
    body(d, "人口の減少と高齢化が進む中、本町では、限られた職員で行政サービスの水準を保つことが大きな課題となっています。"
            "デジタル技術を活用して、住民の利便性を高めるとともに、役場の仕事の進め方を変えていくため、本計画を策定します。")
    H(d, "2　計画の位置づけ", 2)
    body(d, "本計画は、官民データ活用推進基本法第9条第3項に基づく「市町村官民データ活用推進計画」として位置づけます。")
    H(d, "3　計画期間", 2)
    p = body(d, "")
    r1 = run(p, "本計画の期間は、令和9年度から令和12年度までの4年間とします。")
    run(p, "計画期間中であっても、国の動向や技術の進展に応じて、必要な見直しを行います。")
    d.add_comment(r1, text="計画期間を5年間（令和13年度まで）とすべきとの意見がありました。", author="企画財政課", initials="企")
    H(d, "4　町の概要", 2)
    body(d, "本町（山梨県、地方公共団体コード" + CODES["doc183"] + "）は、県の南西部に位置し、人口は6,380人（令和8年10月1日現在）です。")
    H(d, "第2章　現状と課題", 1)
    H(d, "1　国の動向", 2)
    body(d, "国は、自治体DX推進計画において、行政手続のオンライン化や情報システムの標準化・共通化、テレワークの推進などを"
            "重点取組事項としています。また、官民データ活用推進基本法は、地方公共団体にオープンデータの推進を求めています。"
            "通信基盤の面では、5Gの基地局整備が全国で進められています。")
    H(d, "2　町の現状", 2)
    body(d, "本町の電子申請で受け付けている手続は22手続にとどまり、多くの手続で来庁が必要です。マイナンバーカードの保有率は"
            "78.4％（令和8年9月末）で、県平均をやや下回っています。")
    H(d, "第3章　施策の展開", 1)
    n = 0
    for i, (pol, lead, ms) in enumerate(PLAN183, 1):
        h = H(d, "基本方針%d　%s" % (i, pol), 2)
        if i == 3:
            d.add_comment(h.runs, text="オープンデータの公開について、取組に加えるか検討してください。", author="企画財政課",
                          initials="企")
        body(d, lead)
        for title, desc, ka, com in ms:
            n += 1
            hh = H(d, "（%d）%s" % (n, title), 3)
            body(d, desc)
            P(d, "（担当：%s）" % ka, align="r", size=9)
            if com:
                d.add_comment(hh.runs, text=com[1], author=com[0], initials=com[0][:1])
    H(d, "第4章　計画の推進体制", 1)
    body(d, "副町長を最高情報責任者（CIO）とし、各課の長で構成する鹿ノ子町DX推進会議で施策の進捗を確認します。"
            "施策の実施状況は毎年度取りまとめ、町のホームページで公表します。")
    return d


# ================================================================ doc184 月見ヶ丘市 (one multi-page table: vertical policy cells, merged 施策 cells)
PLAN184 = [
    ("市民サービスの向上", "市民が時間や場所を気にせずに手続ができ、窓口でも待たずに済む市役所を目指します。", [
        ("行政手続のオンライン化", [
            ("子育て・介護関係手続のオンライン化", "児童手当や要介護認定など、国が示す子育て・介護関係の26手続を、マイナポータルから申請"
             "できるようにします。", "こども家庭課・介護保険課", "R9"),
            ("電子申請システムの対象手続の拡大", "市の電子申請システムで受け付ける手続を、利用の多いものから順に増やします。",
             "デジタル推進課", "R9～R12"),
            ("粗大ごみ収集申込のオンライン化", "粗大ごみの収集申込と手数料の支払をオンラインで完結できるようにします。", "環境課", "R10")]),
        ("マイナンバーカードの利活用", [
            ("証明書のコンビニ交付の継続", "住民票の写しなどの証明書をコンビニエンスストアで取得できるサービスを継続します。", "市民課",
             "R9～R12"),
            ("図書館利用カードとしての活用", "マイナンバーカードで市立図書館の本を借りられるようにします。", "中央図書館", "R10"),
            ("休日窓口での申請受付", "毎月第2・第4日曜日に、カードの申請と受取の窓口を開きます。", "市民課", "R9～R12")]),
        ("窓口サービスの改善", [
            ("書かない窓口の導入", "職員が聞き取った内容から申請書を作成し、市民が記入しなくてよい窓口を市民課に設けます。", "市民課", "R9"),
            ("窓口混雑状況のウェブ配信", "市民課窓口の待ち人数を市のホームページで配信します。", "市民課", "R9")]),
        ("キャッシュレス化の推進", [
            ("窓口手数料のキャッシュレス決済", "証明書の交付手数料をクレジットカードや電子マネーで支払えるようにします。", "会計課", "R9"),
            ("体育施設使用料のキャッシュレス決済", "体育施設の使用料を、施設予約と同時に支払えるようにします。", "スポーツ振興課", "R10")])]),
    ("行政運営の効率化", "デジタル技術を活用して事務を効率化し、職員が市民と向き合う時間を生み出します。", [
        ("情報システムの最適化", [
            ("標準準拠システムへの移行（20業務）", "住民記録、税、福祉など20業務のシステムを標準準拠システムへ移行します。特定移行支援"
             "システムとなった2業務も令和9年度中に移行します。", "デジタル推進課", "R9"),
            ("ガバメントクラウドの利用", "移行したシステムをガバメントクラウドで運用し、運用経費の削減に努めます。", "デジタル推進課",
             "R9～R12"),
            ("移行に合わせた業務フローの見直し", "システムの移行に合わせて各課の業務フローを見直し、本市独自の事務処理を減らします。",
             "行政改革推進課・各課", "R9～R10")]),
        ("AI・RPAの活用", [
            ("RPA対象業務の拡大", "定型的な入力作業をRPAで自動化し、対象を令和12年度までに40業務に広げます。", "デジタル推進課", "R9～R12"),
            ("AI議事録作成の全庁導入", "会議の音声から議事録を作成するAIを、全課で使えるようにします。", "デジタル推進課", "R9"),
            ("AI-OCRの活用", "紙の申請書や調査票をAI-OCRで読み取り、入力作業を減らします。", "税務課・デジタル推進課", "R9～R12")]),
        ("多様な働き方の推進", [
            ("管理職へのタブレット端末配備", "会議資料の閲覧用に、管理職にタブレット端末を配備します。", "総務課", "R9"),
            ("庁内無線LANの全フロア整備", "本庁舎の全フロアで無線LANを使えるようにします。", "デジタル推進課", "R9～R10"),
            ("在宅勤務制度の導入検討", "職員の在宅勤務について、対象業務や情報セキュリティ上の課題を整理し、制度の導入を検討します。",
             "人事課", "R10（検討）")]),
        ("情報セキュリティ対策", [
            ("情報セキュリティポリシーの改定", "国のガイドラインの改定に合わせて、情報セキュリティポリシーを改定します。", "デジタル推進課",
             "R9"),
            ("全職員研修と標的型メール訓練", "全職員を対象とした研修と標的型メール訓練を毎年度実施します。", "デジタル推進課", "R9～R12"),
            ("外部監査の実施", "外部の専門家による情報セキュリティ監査を毎年度受けます。", "デジタル推進課", "R9～R12")])]),
    ("地域社会のデジタル化", "誰もがデジタル化の恩恵を受けられ、データと通信環境を地域の力に変えるまちを目指します。", [
        ("デジタルデバイド対策", [
            ("スマートフォン教室の開催", "公民館や集会所で、スマートフォンの操作やオンライン申請の方法を学ぶ教室を開きます。", "生涯学習課",
             "R9～R12"),
            ("デジタル相談窓口の設置", "市役所1階に、デジタル機器の使い方を相談できる窓口を設けます。", "デジタル推進課", "R9"),
            ("デジタル活用支援員の派遣", "高齢者の自宅や地区の集会所に支援員を派遣し、機器の操作を手助けします。", "高齢福祉課", "R10～R12")]),
        ("オープンデータの推進", [
            ("公開可能なデータの棚卸し", "各課が保有するデータのうち、公開できるものを洗い出します。", "デジタル推進課・各課", "R9"),
            ("オープンデータ公開方法の検討", "公開する形式やサイトについて、県の共同サイトの利用を含めて検討します。", "デジタル推進課",
             "R10（検討）")]),
        ("地域の通信環境の充実", [
            ("公共施設への公衆無線LAN整備", "市が公民館、体育館、避難所となる学校に公衆無線LANを整備します。", "デジタル推進課", "R9～R11"),
            ("5G基地局設置のための公共施設の開放", "通信事業者が5Gの基地局を設置できるよう、市の公共施設の屋上などを貸し出します。",
             "財産管理課", "R9～R12")])])]


def doc184():
    d = new_doc()
    cover(d, [("月見ヶ丘市第4次情報化推進計画", 24), ("令和9年度～令和12年度", 14)],
          [("令和9年3月", 13), ("茨城県月見ヶ丘市", 18), ("全国地方公共団体コード " + CODES["doc184"], 10)])
    new_section(d, "月見ヶ丘市第4次情報化推進計画")
    H(d, "第1章　計画の策定にあたって", 1)
    H(d, "1　策定の趣旨", 2)
    body(d, "本市は、平成23年度から3次にわたり情報化推進計画を策定し、電子申請の導入や業務システムの整備を進めてきました。"
            "第3次計画（令和4年度～令和8年度）の終了にあたり、その成果と課題を踏まえ、第4次計画を策定します。")
    H(d, "2　計画の位置づけ", 2)
    body(d, "本計画は、官民データ活用推進基本法第9条第3項に基づく「市町村官民データ活用推進計画」として位置づけるとともに、"
            "月見ヶ丘市総合計画の情報化分野の個別計画とします。")
    H(d, "3　計画期間", 2)
    body(d, "本計画の期間は、令和9年度（2027年度）から令和12年度（2030年度）までの4年間とします。")
    H(d, "第2章　第3次計画の振り返り", 1)
    body(d, "第3次計画では、電子申請の対象を40手続から150手続に広げ、RPAを8業務に導入しました。一方で、オープンデータの公開は"
            "進まず、職員の多様な働き方や地域の通信環境についても課題が残りました。")
    H(d, "第3章　基本方針", 1)
    body(d, "第3次計画の成果と課題を踏まえ、次の三つの基本方針を定めます。")
    for i, (pol, lead, _) in enumerate(PLAN184, 1):
        H(d, "基本方針%d　%s" % (i, pol), 2)
        body(d, lead)
    page_break(d)
    H(d, "第4章　施策体系と主な取組", 1)
    body(d, "基本方針ごとの施策と、施策ごとの主な取組、担当課及び実施時期を次の表に示します。")
    w = [1.3, 3.5, 6.7, 2.7, 2.4]
    t = table(d, w)
    trow(t, ["基本方針", "施策", "主な取組", "担当課", "実施時期"], w, bold=True, header=True, fill="D9E2F3", size=9)
    for i, (pol, _, ms) in enumerate(PLAN184, 1):
        first_pol = True
        for j, (mt, acts) in enumerate(ms, 1):
            first_m = True
            for at, adesc, ka, when in acts:
                r = t.add_row()
                cs = r.cells
                for k, c in enumerate(cs): c.width = Cm(w[k])
                # 基本方針 column: vertical text, merged over the policy's rows
                if first_pol:
                    cell_text(cs[0], ("基本方針%d" % i).translate(FW) + "　" + pol, bold=True, size=10, fill="EDF2FA")
                    text_dir(cs[0]); valign(cs[0], "center"); vmerge(cs[0], True)
                else:
                    cs[0].text = ""; vmerge(cs[0], False)
                if first_m:
                    cell_text(cs[1], "%d-%d　%s" % (i, j, mt), bold=True, size=10.5); vmerge(cs[1], True)
                else:
                    cs[1].text = ""; vmerge(cs[1], False)
                cell_text(cs[2], "・%s\n%s" % (at, adesc), size=10)
                for cp in cs[2].paragraphs: cp.paragraph_format.space_after = Pt(2)
                cs[2].paragraphs[0].runs[0].font.bold = True
                cell_text(cs[3], ka, size=9.5)
                cell_text(cs[4], when, size=9.5, align="c")
                first_pol = first_m = False
    P(d, "")
    H(d, "第5章　推進体制", 1)
    body(d, "市長を本部長とする月見ヶ丘市情報化推進本部のもと、デジタル推進課が各施策の進捗を管理します。毎年度、取組の実施状況を"
            "点検し、結果を市のホームページで公表します。")
    return d


# ================================================================ doc185 雛川町 (改訂版 with a 新旧対照表; STYLEREF running header)
# (new no., title, tag, description); descriptions may mark changed words with [[ ]] (underlined in the 新旧対照表)
PLAN185 = [
    ("便利で身近な行政サービス", [
        (1, "電子申請の拡充", "【改訂】", "子育て・介護関係の手続をマイナポータルから申請できるようにするとともに、町の電子申請システムで受け付ける"
         "手続を[[令和10年度までに120手続に拡大]]します。"),
        (2, "マイナンバーカードの普及と活用", "", "休日窓口と出張申請でカードの取得を支援し、証明書のコンビニ交付や図書館での利用など、"
         "カードを使える場面を広げます。"),
        (3, "おくやみ手続のワンストップ化", "", "ご遺族が一つの窓口で必要な手続を済ませられるよう、おくやみ窓口を設けます。")]),
    ("スリムで強い行政運営", [
        (4, "標準準拠システムへの移行", "", "[[国の方針により特定移行支援システムとなった税務システムを含め、]]住民記録、税、福祉などの"
         "基幹業務システムを[[令和10年度]]までに標準準拠システムへ移行し、ガバメントクラウドで運用します。"),
        (5, "RPAとAI-OCRの活用", "【改訂】", "前期に税務課で試行したRPAを[[全庁に広げる]]とともに、[[紙の申請書の読み取りにAI-OCRを"
         "導入し、]]入力作業を削減します。"),
        (6, "情報セキュリティ対策の徹底", "", "全職員研修と標的型メール訓練を毎年度実施し、外部監査の結果を踏まえて情報セキュリティ"
         "ポリシーを見直します。"),
        (7, "業務改善（BPR）の推進", "", "窓口業務と内部事務の業務フローを可視化し、手順や決裁の流れを見直します。")]),
    ("デジタルでつながる地域", [
        (8, "オープンデータの公開に向けた検討", "【改訂】", "[[公開の対象とするデータと公開の方法について、庁内の体制を含めて検討します。]]"),
        (9, "デジタル活用支援の充実", "", "公民館でのスマホ教室と、役場でのデジタル相談会を定期的に開催します。"),
        (10, "町公式アプリによる情報発信", "【新規】", "[[町の公式アプリを導入し、行事やごみの収集日、防災情報を配信します。]]")])]

# 新旧対照表 rows: (new no. or None, old no. or None, old title, old text, reason)
OLD185 = [
    (1, 1, "電子申請の導入", "町の電子申請システムを導入し、[[令和7年度までに30手続]]をオンライン化します。", "前期の実績を踏まえ、対象手続を拡大"),
    (2, 2, None, None, "変更なし"),
    (3, 3, None, None, "変更なし"),
    (4, 4, "標準準拠システムへの移行", "基幹業務システムを[[令和7年度]]までに標準準拠システムへ移行し、ガバメントクラウドで運用します。",
     "国の方針の変更（特定移行支援システム）に対応"),
    (5, 5, "RPAの試行", "税務課の入力作業でRPAを[[試行]]し、効果を検証します。", "試行の結果を踏まえ、本格導入に改める"),
    (None, 6, "テレワーク環境の整備", "職員が自宅で勤務できるよう、テレワーク用の端末と規程を整備します。",
     "職員アンケートで需要が少なかったため、取組から除く"),
    (6, 7, None, None, "番号の変更"),
    (7, 8, None, None, "番号の変更"),
    (8, 9, "オープンデータの公開", "町が保有するデータを、[[オープンデータとして公開]]します。", "庁内の公開体制が整っていないため、検討に改める"),
    (9, 10, None, None, "番号の変更"),
    (None, 11, "公衆無線LANの整備", "観光施設と避難所に公衆無線LANを整備します。", "令和7年度に整備が完了したため削除"),
    (None, 12, "町ホームページのリニューアル", "町のホームページをスマートフォンで見やすく作り直します。", "令和7年度に完了したため削除"),
    (10, None, None, None, "新規に追加")]


def marked_runs(p, text, size=9, bold_prefix=None, keep_marks=True):
    """Write text whose [[...]] parts are underlined (keep_marks) or plain."""
    if bold_prefix:
        run(p, bold_prefix, True, size)
    for k, part in enumerate(re.split(r"\[\[|\]\]", text)):
        if part: run(p, part, False, size, underline=(keep_marks and k % 2 == 1))


def plain185(text):
    return text.replace("[[", "").replace("]]", "")


def doc185():
    d = new_doc()
    cover(d, [("雛川町DX推進計画【改訂版】", 24), ("～ひなかわ　暮らしのデジタル化プラン～", 13)],
          [("令和6年3月策定　令和8年3月改訂", 12), ("雛川町", 20)])
    s = new_section(d, None)
    hp = s.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("雛川町DX推進計画【改訂版】　｜　"); set_font(r, MIN, 8.5)
    add_field(hp, 'STYLEREF "heading 1" \\* MERGEFORMAT', "改訂にあたって")
    for rr in hp.runs: set_font(rr, MIN, 8.5)
    H(d, "改訂にあたって", 1)
    body(d, "本町は、令和6年3月に「雛川町DX推進計画」を策定し、計画に掲げた12の取組を進めてきました。計画期間の中間にあたる"
            "令和7年度に、前期（令和6年度～令和7年度）の取組の進捗を点検し、後期に向けて取組を見直しました。")
    body(d, "テレワーク環境の整備は、職員アンケートで需要が少なかったことから取組から除きました。令和7年度に完了した二つの取組は"
            "削除しました。オープンデータの公開は、庁内の公開体制が整っていないため、"
            "公開に向けた検討に改めました。見直しの結果、取組は10となりました。変更の内容は資料2の新旧対照表のとおりです。")
    H(d, "第1章　計画の基本的な考え方", 1)
    H(d, "1　計画の目的", 2)
    body(d, "デジタル技術とデータを活用して、町民の暮らしの利便性を高め、少ない職員でも質の高い行政サービスを提供できる役場を"
            "つくることを目的とします。")
    H(d, "2　計画の位置づけ", 2)
    body(d, "本計画は、官民データ活用推進基本法第9条第3項に基づく「市町村官民データ活用推進計画」として位置づけます。")
    H(d, "3　計画期間", 2)
    body(d, "本計画の期間は、令和6年度から令和10年度までの5年間とします。今回の改訂後も、計画期間は変更しません。")
    H(d, "4　町の概要", 2)
    body(d, "富山県雛川町（団体コード " + CODES["doc185"] + "）は、県の東部に位置し、人口は11,206人（令和7年10月1日現在）です。")
    H(d, "第2章　前期の取組の成果", 1)
    body(d, "前期には、電子申請の対象を58手続まで広げ、RPAを税務課で試行しました。一方、"
            "オープンデータの公開は、庁内の体制が整わず実現していません。")
    H(d, "第3章　基本目標", 1)
    for i, (pol, _) in enumerate(PLAN185, 1):
        P(d, "基本目標%d　%s" % (i, pol), bold=True, indent=0.4)
    H(d, "第4章　施策の展開", 1)
    body(d, "【改訂】は今回の改訂で内容を改めた取組、【新規】は新たに加えた取組です。")
    for i, (pol, ms) in enumerate(PLAN185, 1):
        H(d, "基本目標%d　%s" % (i, pol), 2)
        for n, title, tag, desc in ms:
            H(d, "(%d)　%s%s" % (n, title, tag), 3)
            body(d, plain185(desc))
    H(d, "第5章　推進体制", 1)
    body(d, "副町長を最高情報責任者（CIO）とし、雛川町DX推進委員会で取組の進捗を確認します。進捗状況は毎年度公表します。")
    page_break(d)
    H(d, "資料編", 1)
    H(d, "資料1　策定・改訂の経過", 2)
    for line in ("令和6年3月　雛川町DX推進計画を策定", "令和7年8月　職員アンケートを実施", "令和7年11月　DX推進委員会で中間見直しの方針を決定",
                 "令和8年3月　雛川町DX推進計画【改訂版】を決定"):
        P(d, line, indent=0.4, size=10)
    H(d, "資料2　新旧対照表（第4章）", 2)
    body(d, "下線部は改訂した箇所です。")
    new = {n: (t, desc) for _, ms in PLAN185 for n, t, _tag, desc in ms}
    w = [6.6, 6.6, 3.4]
    t = table(d, w)
    trow(t, ["改訂後", "改訂前", "改訂理由"], w, bold=True, header=True, fill="E2EFDA", size=9.5)
    for nn, on, ot, otext, reason in OLD185:
        r = t.add_row(); cs = r.cells
        for k, c in enumerate(cs): c.width = Cm(w[k]); c.text = ""
        if nn:
            title, desc = new[nn]
            p = cs[0].paragraphs[0]; run(p, "(%d)　%s" % (nn, title), True, 9)
            p = cs[0].add_paragraph(); marked_runs(p, desc)
        else:
            run(cs[0].paragraphs[0], "（削除）", False, 9)
        if on:
            if ot is None:
                ot, otext = new[nn][0], plain185(new[nn][1])
            p = cs[1].paragraphs[0]; run(p, "(%d)　%s" % (on, ot), True, 9)
            p = cs[1].add_paragraph(); marked_runs(p, otext)
        else:
            run(cs[1].paragraphs[0], "（新規）", False, 9)
        run(cs[2].paragraphs[0], reason, False, 9)
    return d


# ================================================================ doc186 稲穂沢村 (中扉 pages, 取組N + 【現状】【課題】【取組内容】, コラム, ※ notes)
FW = str.maketrans("0123456789", "０１２３４５６７８９")

# policy, lead, [items]; an item is ("m", title, 現状, 課題, [取組内容], 担当, [※ notes]) or ("c", column title, text)
PLAN186 = [
    ("暮らしの手続を便利に", "役場が遠い集落に暮らす方も、手続のたびに役場まで出かけなくて済むよう、手続の方法を見直します。", [
        ("m", "電子申請の導入", "村の手続は、すべて紙の申請書で受け付けています。",
         "役場まで車で30分以上かかる集落があり、手続のための来庁が大きな負担になっています。",
         ["村で受け付けている手続の件数と様式を調査します。",
          "長野県と県内市町村が共同で運用する電子申請サービス※1の利用について、費用と効果を検討します。"], "総務課",
         ["※1　長野県と県内市町村が共同で運用する電子申請のシステムで、県と市町村が共同で調達しています。"]),
        ("m", "マイナンバーカードの取得支援", "マイナンバーカードの保有率は71％（令和7年9月末）です。",
         "80歳以上の方の取得が進んでいません。",
         ["集落の集会所で出張申請を行います。", "申請に必要な顔写真の撮影を無料で行います。"], "住民課", []),
        ("m", "証明書コンビニ交付の導入", "住民票の写しなどの証明書は、役場の窓口でのみ交付しています。",
         "平日の日中に役場へ来られない方が証明書を取得しにくい状況です。",
         ["マイナンバーカードを使って、住民票の写しなどをコンビニエンスストアで取得できるサービスを令和8年度に始めます。"],
         "住民課", [])]),
    ("小さな役場の仕事を効率的に", "職員42人の小さな役場でも行政サービスを続けられるよう、仕事の進め方を効率化します。", [
        ("m", "基幹業務システムの共同利用", "村の基幹業務システムは、県内の町村と共同で利用しています。",
         "国が定める標準仕様への対応が必要です。",
         ["県内の町村と共同で標準準拠システムへ移行し、令和8年度から共同利用を始めます。",
          "ガバメントクラウド※2の利用料を、共同利用する町村で分担します。"], "総務課",
         ["※2　国が整備する、地方公共団体が共同で利用できるクラウドサービスの利用環境です。"]),
        ("m", "RPAの導入に向けた研究", "税や福祉の申請データは、職員が手作業で入力しています。",
         "職員一人が複数の業務を受け持っており、入力作業の負担が大きくなっています。",
         ["RPAで自動化できる業務を研究します。", "長野県が開く市町村向けの研究会に参加します。"], "総務課", []),
        ("m", "会議のペーパーレス化", "議会や庁議の資料は、すべて紙で配布しています。",
         "業務の進め方そのものの見直しも必要ですが、手を付けられていません。また、職員が在宅勤務をする環境もありません。",
         ["タブレット端末を使って、議会と庁議の資料を電子で配布します。"], "総務課・議会事務局", []),
        ("c", "コラム①　テレワークってなに？",
         "テレワークとは、情報通信技術を活用して、時間や場所にとらわれずに働くことです。国は自治体DX推進計画で「テレワークの推進」を"
         "重点取組事項の一つとしており、県内でも職員のテレワークを導入する市町村が増えています。"),
        ("m", "情報セキュリティの確保", "村の情報セキュリティポリシーは平成30年に改定したままです。",
         "サイバー攻撃の手口が巧妙になっています。",
         ["情報セキュリティポリシーを改定します。", "長野県の自治体情報セキュリティクラウド※3に引き続き参加し、全職員を対象とした研修を"
          "毎年度実施します。"], "総務課",
         ["※3　県と市町村がインターネットとの接続口を集約し、共同で監視する仕組みです。"]),
        ("c", "コラム②　となり町のAI会議録",
         "となりの桑野町では、会議の音声をAIで文字に起こすシステムを導入し、会議録の作成にかかる時間が半分になったそうです。"
         "小さな役場でも使える技術が増えています。")]),
    ("集落と人をつなぐデジタル", "村の13の集落が、デジタルでつながり、支え合える村をつくります。", [
        ("m", "集落ごとのスマホ相談会", "村の高齢化率は48％です。",
         "スマートフォンを持っていても、使い方が分からない方が多くいます。",
         ["村が13の集落を巡回し、スマートフォンの使い方やオンラインでの手続を相談できる会を開きます。"], "住民課", []),
        ("m", "光ファイバ網の更新", "村は平成23年度に、村内全域に光ファイバ網を整備しました。",
         "整備から15年がたち、機器の老朽化が進んでいます。",
         ["村が所有する光ファイバ網の機器を令和9年度までに更新し、全世帯で高速通信を使えるようにします。"], "総務課", []),
        ("c", "コラム③　ローカル5Gとは",
         "ローカル5Gは、企業や自治体が、自らの建物や敷地の中で構築する5Gのネットワークです。農業や観光での活用が各地で試みられています。"),
        ("m", "村内データの公開", "村の統計や施設の情報は、冊子で公表しています。",
         "データを二次利用できる形で公開していません。",
         ["避難所の一覧や人口統計などを、オープンデータとして村のホームページで公開します。"], "総務課", [])])]


def column_box(d, title, text):
    w = [15.6]
    t = table(d, w)
    r = t.add_row(); c = r.cells[0]; c.width = Cm(w[0])
    cell_text(c, title + "\n" + text, size=9.5, fill="FFF2CC")
    c.paragraphs[0].runs[0].font.bold = True
    t.alignment = 1
    P(d, "", after=4)


def doc186():
    d = new_doc()
    cover(d, [("稲穂沢村デジタル化推進計画", 24), ("令和8年度～令和10年度", 13)],
          [("令和8年3月", 13), ("長野県稲穂沢村", 18), ("（団体コード：" + CODES["doc186"] + "）", 10)])
    new_section(d, "稲穂沢村デジタル化推進計画")
    chapter_line(d, "1　計画の概要")
    P(d, "(1)　計画の趣旨", bold=True, before=4)
    body(d, "稲穂沢村は、人口2,140人の小さな村です。人口の減少と高齢化が進む中、村民の暮らしを守り、小さな役場でも行政サービスを"
            "続けていくため、デジタル技術を活用した取組を計画的に進めることとし、本計画を策定します。")
    P(d, "(2)　計画の位置づけ", bold=True, before=4)
    body(d, "本計画は、官民データ活用推進基本法第9条第3項に基づく「市町村官民データ活用推進計画」として位置づけます。")
    P(d, "(3)　計画期間", bold=True, before=4)
    body(d, "本計画の期間は、令和8年度から令和10年度までの3年間とします。")
    chapter_line(d, "2　村の現状")
    body(d, "村の面積の9割は山林で、13の集落が谷沿いに点在しています。高齢化率は48％、役場の職員は42人です。村民アンケートでは、"
            "「役場が遠く手続に時間がかかる」「スマートフォンの使い方を教えてほしい」という声が多く寄せられました。")
    chapter_line(d, "3　施策の展開")
    body(d, "三つの基本方針のもとに、10の取組を進めます。各取組には、【現状】【課題】【取組内容】【担当】を示しています。")
    n = 0
    for i, (pol, lead, items) in enumerate(PLAN186, 1):
        page_break(d)
        for _ in range(7): P(d)
        P(d, ("基本方針%d" % i).translate(FW), bold=True, size=26, align="c", after=14, color="385723")
        P(d, pol, bold=True, size=22, align="c", after=20, color="385723")
        P(d, lead, size=11, align="c")
        page_break(d)
        for it in items:
            if it[0] == "c":
                column_box(d, it[1], it[2]); continue
            _, title, now, issue, acts, ka, notes = it
            n += 1
            p = P(d, ("取組%d" % n).translate(FW) + "　" + title, bold=True, size=12, before=10, after=4, keep=True,
                  color="385723")
            p_border(p, ("bottom",), "A9D08E", 8)
            for label, text in (("【現状】", now), ("【課題】", issue)):
                P(d, label, bold=True, size=10, keep=True, after=0)
                body(d, text, indent=0.4)
            P(d, "【取組内容】", bold=True, size=10, keep=True, after=0)
            for a in acts:
                P(d, "・" + a, indent=0.8, first=-0.4, after=1)
            P(d, "【担当】" + ka, size=10)
            for note in notes:
                P(d, note, size=8.5, indent=0.4, color="595959")
    chapter_line(d, "4　計画の推進")
    body(d, "村長を本部長とする稲穂沢村デジタル化推進本部で、取組の進み具合を毎年度確認し、結果を村の広報紙で公表します。"
            "長野県や近隣の町村と連携し、専門的な人材の確保にも努めます。")
    return d


# ================================================================ doc187 渚台市 (logic-model tables in landscape sections)
# rows: (課題 or None = merged with the row above, title, activity line, output, short-term outcome)
PLAN187 = [
    ("いつでもどこでも手続できる市役所", "手続のために市役所へ来なくてもよく、来たときにも待たずに済む市役所を目指します。",
     "市民がいつでもどこでも、自分に合った方法で手続できている", [
        ("平日の日中に来庁しないと手続ができない", "オンライン申請の拡大",
         "子育て・介護を含む利用の多い手続を電子申請で受け付ける", "オンライン化手続数\n180 → 400手続", "来庁せずに手続を済ませる市民が増える"),
        ("カードの保有率は8割を超えたが、使う場面が少ない", "マイナンバーカード活用の拡充",
         "図書館、証明書のコンビニ交付、健康ポイントでカードを使えるようにする", "カードを使える市のサービス\n3 → 8", "カードを使う市民が増える"),
        ("窓口の待ち時間が長く、支払は現金に限られる", "窓口セルフ端末の設置", "市民課に申請書を作成できるセルフ端末を置く",
         "セルフ端末の設置台数\n0 → 10台", "窓口の待ち時間が短くなる"),
        (None, "公金のスマホ決済", "税や手数料をスマートフォンで支払えるようにする", "対応する公金の種類\n2 → 20種類",
         "現金を持たずに支払える市民が増える")]),
    ("職員が価値を生み出す市役所", "定型的な事務をデジタルに任せ、職員が企画や相談など人にしかできない仕事に力を注げる市役所を目指します。",
     "職員が場所や時間にとらわれない働き方で、付加価値の高い業務に力を注いでいる", [
        ("標準化の移行期限に間に合わなかったシステムが残っている", "標準準拠システムへの移行完了",
         "特定移行支援システムとなった2業務を令和9年度に標準準拠システムへ移行する", "移行を完了した業務\n18 → 20業務",
         "システムの運用経費が下がる"),
        ("定型的な入力作業に多くの時間を要している", "生成AIとRPAの活用", "文書作成に生成AIを全庁で使い、入力作業をRPAで自動化する",
         "RPA対象業務\n25 → 60業務", "事務作業の時間が減る"),
        ("業務の手順が課ごとに異なり、無駄がある", "業務量調査と業務の見直し", "全課の業務量を調査し、手順と決裁の流れを見直す",
         "見直した業務数\n50業務", "手順が統一され、処理時間が短くなる"),
        ("情報漏えいへの懸念から、庁外で業務ができない", "モバイルワークの全庁展開",
         "全職員にモバイル端末を配り、在宅勤務制度を令和9年度に全庁導入する", "モバイル端末の配備率\n100％",
         "庁外や自宅で業務ができる職員が増える")]),
    ("データとデジタルでつながるまち", "市のデータと先端技術を地域に開き、市民一人ひとりがデジタルの恩恵を受けられるまちを目指します。",
     "データとデジタルで、市民と地域がつながっている", [
        ("市のデータが、市民や事業者が使える形で公開されていない", "オープンデータの拡充",
         "推奨データセットの全項目を公開し、公開データを毎年度増やす", "公開データセット数\n40 → 150", "市のデータを使ったサービスが生まれる"),
        ("高齢者の約4割がスマートフォンを使えない", "デジタル活用支援講座の開催", "公民館で講座を開き、相談員を配置する",
         "講座の開催回数\n年間120回", "スマートフォンを使える高齢者が増える"),
        ("先端技術を地域の課題の解決に生かせていない", "ローカル5Gの実証", "漁港と農業施設でローカル5Gの実証実験を行う",
         "実証実験の実施\n2か所", "先端技術の活用の可能性が分かる"),
        (None, "市民参加型プラットフォームの試行", "市民が政策に意見を出せるオンラインの場を試行する", "参加登録者数\n1,000人",
         "市政に参加する市民が増える")])]

LM_HEAD = ["現状・課題", "取組（アクティビティ）", "アウトプット（活動指標）", "短期アウトカム", "中長期アウトカム"]
LM_W = [5.0, 6.6, 4.3, 4.8, 5.0]


def logic_table(d, rows, long_outcome, example=False, widths=LM_W):
    LM_W = widths
    t = table(d, LM_W)
    trow(t, LM_HEAD, LM_W, bold=True, header=True, fill="D9E2F3", size=9.5)
    for k, (issue, title, act, out, short) in enumerate(rows):
        r = t.add_row(); cant_split(r); cs = r.cells
        for j, c in enumerate(cs): c.width = Cm(LM_W[j])
        if issue is not None:
            cell_text(cs[0], issue, size=9.5, va="center")
            if k + 1 < len(rows) and rows[k + 1][0] is None: vmerge(cs[0], True)
        else:
            cs[0].text = ""; vmerge(cs[0], False)
        cell_text(cs[1], title + "\n" + act, size=9.5)
        cs[1].paragraphs[0].runs[0].font.bold = True
        cs[1].paragraphs[0].runs[0].font.size = Pt(10.5)
        cell_text(cs[2], out, size=9.5)
        cell_text(cs[3], short, size=9.5)
        if k == 0:
            cell_text(cs[4], long_outcome, size=10, bold=not example, va="center", fill="FBE5D6")
            if len(rows) > 1: vmerge(cs[4], True)
        else:
            cs[4].text = ""; vmerge(cs[4], False)
    return t


def doc187():
    d = new_doc()
    cover(d, [("渚台市DX推進計画", 28), ("2027 ▶ 2031", 16)], [("令和9年3月", 13), ("渚台市", 20)])
    new_section(d, "渚台市DX推進計画")
    H(d, "第1章　計画の策定にあたって", 1)
    H(d, "1　策定の趣旨", 2)
    body(d, "渚台市は、これまで「渚台市デジタル化推進方針」に基づき、電子申請の拡大や業務のデジタル化を進めてきました。"
            "取組の効果を確かめながら進めるため、本計画では、施策ごとにロジックモデルを示し、取組と成果の関係を明らかにします。")
    H(d, "2　計画の位置づけ", 2)
    body(d, "本計画は、官民データ活用推進基本法第9条第3項に基づく「市町村官民データ活用推進計画」を兼ねるものとします。")
    H(d, "3　計画期間", 2)
    body(d, "本計画の期間は、令和9年度（2027年度）から令和13年度（2031年度）までの5年間とします。")
    H(d, "4　市の概要", 2)
    body(d, "本市（神奈川県、地方公共団体コード" + CODES["doc187"] + "）は、相模湾に面した人口約14万人の市です。")
    H(d, "第2章　現状と課題", 1)
    body(d, "市民アンケートでは、「手続のために仕事を休まなければならない」という声が多く、オンラインで手続を済ませたいという"
            "回答が7割を超えました。職員アンケートでは、定型的な入力作業に追われ、相談業務に時間を割けないという回答が目立ちました。"
            "国は、自治体DX推進計画で、標準化・共通化、行政手続のオンライン化、AI・RPAの利用推進、テレワーク"
            "などに取り組むよう求めています。")
    H(d, "第3章　基本理念と基本方針", 1)
    body(d, "基本理念「デジタルで、もっと身近に、もっと自由に」のもと、三つの基本方針を定めます。")
    for i, (pol, lead, _, _) in enumerate(PLAN187, 1):
        P(d, "基本方針%d　%s" % (i, pol), bold=True, before=4, keep=True)
        body(d, lead, indent=0.5)
    H(d, "第4章　施策の展開", 1)
    H(d, "1　ロジックモデルの見方", 2)
    body(d, "ロジックモデルは、現状と課題に対して、どのような取組（アクティビティ）を行い、その結果どのような成果（アウトカム）に"
            "つなげるかを一覧にしたものです。表の見方は次の例のとおりです。")
    logic_table(d, [("（例）高齢者がスマートフォンを使えない", "（例）○○講座の開催", "（例）講座を開き、相談に応じる",
                     "（例）講座の開催回数", "（例）受講者が操作を覚える")], "（例）誰もがデジタルを使えている", example=True,
                widths=[3.0, 4.1, 3.0, 3.2, 3.3])
    P(d, "")
    H(d, "2　基本方針ごとのロジックモデル", 2)
    body(d, "次ページ以降に、基本方針ごとのロジックモデルを示します。")
    for i, (pol, lead, long_out, rows) in enumerate(PLAN187, 1):
        if i > 1:
            new_section(d, "渚台市DX推進計画", landscape=False)
        H(d, "基本方針%d　%s" % (i, pol), 2)
        body(d, lead)
        body(d, "この基本方針の取組と成果の関係を、表4-%dのロジックモデルに示します。" % i)
        new_section(d, "渚台市DX推進計画", landscape=True)
        s = d.sections[-1]
        s.left_margin = s.right_margin = Cm(2.0); s.top_margin = s.bottom_margin = Cm(1.8)
        P(d, "表4-%d　基本方針%dのロジックモデル" % (i, i), bold=True, size=10.5, after=4)
        logic_table(d, rows, long_out)
    new_section(d, "渚台市DX推進計画", landscape=False)
    H(d, "第5章　推進体制と進行管理", 1)
    body(d, "市長を本部長とする渚台市DX推進本部を置き、副市長を最高情報責任者（CIO）とします。情報セキュリティについては、"
            "別に定める渚台市情報セキュリティポリシーに基づき対応します。ロジックモデルのアウトプットとアウトカムの指標は毎年度測定し、"
            "結果を推進本部で検証したうえで公表します。")
    return d


# ================================================================ doc188 小百合野町 (landscape 工程表: shading-only year cells, two rows per measure)
DARK, LIGHT = "2F5597", "BDD7EE"
# (title, 担当課, (R8, R9, R10) in "D"/"L"/"", 事業概要, 対応する国の重点取組事項)
PLAN188 = [
    ("手続・窓口のデジタル化", "来庁しなくても手続ができ、来庁したときも手続が早く済む役場をつくります。", [
        ("電子申請の拡大", "総務課", ("L", "D", "D"), "令和8年度に対象とする手続を選び、令和9年度から、子育て・介護関係の手続をはじめ、"
         "住民の利用が多い手続をマイナポータルと大分県の共同電子申請システムで受け付けます。", "自治体の行政手続のオンライン化"),
        ("マイナンバーカード活用策の検討", "町民課", ("L", "L", "L"), "カードを保有する町民が増えていることから、町立図書館や町営施設で"
         "カードを活用する方法について検討します。", "マイナンバーカードの普及促進"),
        ("窓口手数料のキャッシュレス化", "会計課", ("L", "D", "D"), "役場の窓口で、証明書の交付手数料を電子マネーやQRコード決済で"
         "支払えるようにします。", "自治体の行政手続のオンライン化"),
        ("町ホームページのリニューアル", "総務課", ("D", "D", ""), "町のホームページを見やすく作り直し、スマートフォンでの閲覧に"
         "対応させます。", "オープンデータの推進")]),
    ("役場のしごと改革", "限られた職員で行政サービスを続けられるよう、役場の仕事の進め方を変えます。", [
        ("基幹業務システムの標準化", "総務課", ("D", "", ""), "住民記録や税などの基幹業務システムを標準準拠システムへ移行し、"
         "ガバメントクラウド{FN}で運用します。令和8年度中に移行を完了します。", "自治体の情報システムの標準化・共通化"),
        ("Web会議システムの全庁導入", "総務課", ("D", "D", "D"), "庁内の会議や、県・関係機関との打合せにWeb会議システムを使えるよう、"
         "全課に機器を配備します。", "テレワークの推進"),
        ("RPAの試行導入", "税務課・総務課", ("L", "L", "L"), "税務課の入力作業でRPAを試行し、効果を検証します。",
         "自治体のAI・RPAの利用推進"),
        ("業務フローの見直し", "総務課", ("L", "D", "D"), "窓口業務と内部事務の業務フローを可視化し、手順と決裁の流れを見直します。",
         "BPRの取組の徹底"),
        ("情報セキュリティ研修の実施", "総務課", ("D", "D", "D"), "全職員を対象とした情報セキュリティ研修と標的型メール訓練を"
         "毎年度実施します。", "セキュリティ対策の徹底")]),
    ("地域のデジタル化", "町民と観光客が、デジタルの便利さを身近に感じられる町をつくります。", [
        ("高齢者向けスマホ教室", "福祉課", ("D", "D", "D"), "町が公民館で高齢者向けのスマートフォン教室を開き、オンライン申請の"
         "方法も案内します。", "デジタルデバイド対策"),
        ("観光地への公衆Wi-Fi整備", "商工観光課", ("L", "D", "D"), "町が観光地5か所に公衆Wi-Fiを整備します。", "地域社会のデジタル化")])]


def doc188():
    d = new_doc()
    add_footnotes(d, {1: "国が整備する、地方公共団体が共同で利用できるクラウドサービスの利用環境をいいます。"})
    cover(d, [("小百合野町DX推進計画", 26), ("令和8年度～令和10年度", 14)],
          [("令和8年3月", 13), ("大分県小百合野町", 18), ("地方公共団体コード　" + CODES["doc188"], 10)])
    new_section(d, "小百合野町DX推進計画")
    H(d, "第1章　計画の概要", 1)
    H(d, "1　計画策定の趣旨", 2)
    body(d, "本町では、人口減少と職員数の減少が続いています。デジタル技術を活用して、町民の利便性を高め、限られた職員で行政サービスを"
            "維持していくため、本計画を策定します。")
    H(d, "2　計画の位置づけ", 2)
    body(d, "本計画は、官民データ活用推進基本法第9条第3項に基づく「市町村官民データ活用推進計画」として位置づけます。"
            "施策ごとに、国の自治体DX推進計画の重点取組事項との対応を示しています。")
    H(d, "3　計画期間", 2)
    body(d, "本計画の期間は、令和8年度から令和10年度までの3年間とします。")
    H(d, "第2章　施策の体系", 1)
    body(d, "本計画は、次の三つの柱で構成します。")
    for i, (pol, lead, _) in enumerate(PLAN188, 1):
        P(d, "柱%d　%s" % (i, pol), bold=True, before=4, keep=True)
        body(d, lead, indent=0.5)
    new_section(d, "小百合野町DX推進計画", landscape=True)
    s = d.sections[-1]
    s.left_margin = s.right_margin = Cm(2.0); s.top_margin = s.bottom_margin = Cm(1.8)
    H(d, "第3章　施策の展開（工程表）", 1)
    body(d, "柱ごとの事業と、令和8年度から令和10年度までの工程を示します。")
    p = P(d, "凡例：", size=9.5)
    run(p, "■", size=11, color=DARK); run(p, "実施　", size=9.5)
    run(p, "■", size=11, color=LIGHT); run(p, "準備・検討", size=9.5)
    w = [1.4, 7.0, 3.5, 4.6, 4.6, 4.6]
    t = table(d, w)
    trow(t, ["No.", "事業名", "担当課", "R8", "R9", "R10"], w, bold=True, header=True, fill="D9D9D9", size=10)
    for i, (pol, _, ms) in enumerate(PLAN188, 1):
        span_row(t, "柱%d　%s" % (i, pol), w, fill="E2EFDA", size=10.5)
        for j, (title, ka, years, desc, corr) in enumerate(ms, 1):
            r = t.add_row(); cant_split(r); cs = r.cells
            r.height = Cm(1.1)
            for k, c in enumerate(cs): c.width = Cm(w[k])
            cell_text(cs[0], "%d-%d" % (i, j), size=10, align="c", va="center")
            cell_text(cs[1], title, bold=True, size=10.5, va="center")
            cell_text(cs[2], ka, size=9.5, va="center")
            for k, y in enumerate(years):
                cs[3 + k].text = ""
                if y: shade(cs[3 + k], DARK if y == "D" else LIGHT)
            r2, c2 = span_row(t, "", w, fill=None, bold=False)
            cant_split(r2)
            p = c2.paragraphs[0]
            p.paragraph_format.space_before = Pt(2); p.paragraph_format.space_after = Pt(3)
            run(p, "事業概要：", True, 10)
            head, _, tail = desc.partition("{FN}")
            run(p, head, False, 10)
            if tail:
                footnote_ref(p, 1); run(p, tail, False, 10)
            run(p, "　【対応する国の重点取組事項】" + corr, False, 8.5, "595959")
    new_section(d, "小百合野町DX推進計画", landscape=False)
    H(d, "第4章　推進体制", 1)
    body(d, "副町長を最高情報責任者（CIO）とし、小百合野町DX推進本部で事業の進捗を確認します。工程表は毎年度見直し、"
            "町のホームページで公表します。")
    return d


# ================================================================ build & check
DOCS = {"doc181": doc181, "doc182": doc182, "doc183": doc183, "doc184": doc184,
        "doc185": doc185, "doc186": doc186, "doc187": doc187, "doc188": doc188}
PROF = "-env:UserInstallation=file:///tmp/lo18"
# doc183 is a draft under review: its Word comments go into the PDF as PDF annotations (not page text).
PDF_FILTER = {"doc183": 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'}


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def to_pdf(name, src):
    subprocess.run(["soffice", PROF, "--headless", "--convert-to", PDF_FILTER.get(name, "pdf"), "--outdir", HERE, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def docx_text(path, part="word/document.xml"):
    with zipfile.ZipFile(path) as z:
        xml = z.read(part).decode("utf-8")
    return html.unescape("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml)))


def layout_streams(txt):
    """Read pdftotext -layout output column by column: a segment (text between runs of 2+ spaces) continues the
    segment that started at the same column (±1) on one of the two lines above. Used only when a title is not
    found in the plain line-by-line text (titles wrapped inside a narrow table cell or side-head column)."""
    streams = []
    for page in txt.split("\f"):
        live = []
        for li, line in enumerate(page.split("\n")):
            for m in re.finditer(r"\S+(?: \S+)*", line):
                col, seg = m.start(), m.group()
                hit = next((st for st in live if abs(st[0] - col) <= 1 and li - 2 <= st[1] < li), None)
                if hit: hit[1] = li; hit[2].append(seg)
                else:
                    st = [col, li, [seg]]; live.append(st); streams.append(st)
    return [norm("".join(st[2])) for st in streams]


def pdf_annotations(path):
    """Contents of the PDF's text annotations (pypdfium2)."""
    import ctypes
    import pypdfium2 as pdfium
    import pypdfium2.raw as R
    out = []
    pdf = pdfium.PdfDocument(path)
    for i in range(len(pdf)):
        pg = pdf[i]
        for k in range(R.FPDFPage_GetAnnotCount(pg)):
            a = R.FPDFPage_GetAnnot(pg, k)
            if R.FPDFAnnot_GetSubtype(a) != R.FPDF_ANNOT_TEXT: continue
            buf = ctypes.create_string_buffer(4000)
            n = R.FPDFAnnot_GetStringValue(a, b"Contents", ctypes.cast(buf, ctypes.POINTER(R.FPDF_WCHAR)), 4000)
            out.append(buf.raw[:n].decode("utf-16-le", "ignore").rstrip("\x00"))
    return out


def main(argv):
    names = argv or sorted(DOCS)
    for n in names:
        p = os.path.join(HERE, n + ".docx"); DOCS[n]().save(p); to_pdf(n, p)
        print("built", n)
    fails, notes = [], []
    for n in names:
        key = yaml.safe_load(open(os.path.join(HERE, n + ".expected.yaml"), encoding="utf-8"))
        want = [key["municipality"]] + ([key["code"]] if key.get("code") else [])
        for pol in key["policies"]:
            want.append(pol["title"]); want += pol["measures"]
        dt = norm(docx_text(os.path.join(HERE, n + ".docx")))
        raw = subprocess.run(["pdftotext", "-layout", os.path.join(HERE, n + ".pdf"), "-"],
                             capture_output=True, text=True).stdout
        pt, streams = norm(raw), None
        for w in want:
            if norm(w) not in dt: fails.append("%s.docx: %s" % (n, w))
            if norm(w) in pt: continue
            if streams is None: streams = layout_streams(raw)
            if any(norm(w) in s for s in streams): notes.append("%s.pdf: found only column-wise: %s" % (n, w))
            else: fails.append("%s.pdf: %s" % (n, w))
    # document-specific structure checks
    if "doc183" in names:
        com = norm(docx_text(os.path.join(HERE, "doc183.docx"), "word/comments.xml"))
        ann = pdf_annotations(os.path.join(HERE, "doc183.pdf"))
        for needle in ("テレワーク", "オープンデータ", "令和13年度", "光ファイバ", "本格導入"):
            if needle not in com: fails.append("doc183.docx comments: no %s" % needle)
            if not any(needle in a for a in ann): fails.append("doc183.pdf annotations: no %s" % needle)
            pdfpage = norm(subprocess.run(["pdftotext", os.path.join(HERE, "doc183.pdf"), "-"], capture_output=True,
                                          text=True).stdout)
            if needle == "令和13年度" and needle in pdfpage: fails.append("doc183.pdf: comment text in page text")
        print("doc183: %d comments in the PDF as annotations" % len(ann))
    if "doc188" in names:
        if "クラウドサービスの利用環境" not in docx_text(os.path.join(HERE, "doc188.docx"), "word/footnotes.xml"):
            fails.append("doc188.docx: footnote missing")
    for x in notes: print("note:", x)
    if fails:
        print("CHECK FAILED:"); print("\n".join("  " + f for f in fails)); return 1
    print("check ok: all municipality / code / policy / measure strings found in every shipped file")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
