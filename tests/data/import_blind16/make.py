#!/usr/bin/env python3
"""Build the blind test set doc161..doc168 and check that every key's municipality, code,
policy and measure titles occur in each shipped file.

Usage: /work/main/.venv/bin/python tests/data/import_blind16/make.py [doc161 ...]
Needs python-docx 1.2, openpyxl, PyYAML, soffice and pdftotext. python-pptx is not in the venv,
so doc162.pptx is written as raw PresentationML (zipfile).

Shipped: docNNN.docx + docNNN.pdf, except doc161 / doc168 (Excel workbooks) and doc162 (slide deck),
which ship as docNNN.pdf only; their sources docNNN.xlsx / docNNN.pptx are kept beside the PDF.
"""
import os, re, subprocess, sys, unicodedata, zipfile
from xml.sax.saxutils import escape
import yaml
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
MIN = "ＭＳ 明朝"
GOT = "ＭＳ ゴシック"


def code(five):
    d = [int(c) for c in five]
    return five + str((11 - (6 * d[0] + 5 * d[1] + 4 * d[2] + 3 * d[3] + 2 * d[4]) % 11) % 10)


CODES = {"doc161": code("05447"), "doc162": code("01238"), "doc163": code("38227"), "doc164": code("20584"),
         "doc165": code("14368"), "doc166": code("22228"), "doc167": code("33623"), "doc167b": code("33641"),
         "doc168": code("39428")}

# ================================================================ docx helpers
def set_font(obj, east=MIN, size=None, bold=None):
    f = obj.font
    if size: f.size = Pt(size)
    if bold is not None: f.bold = bold
    el = obj.element if hasattr(obj, "element") else obj._element
    rpr = el.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:eastAsia", "w:ascii", "w:hAnsi"):
        rf.set(qn(a), east)
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rf.get(qn(a)) is not None: del rf.attrib[qn(a)]


def new_doc():
    d = Document()
    set_font(d.styles["Normal"], MIN, 10.5)
    d.styles["Normal"].paragraph_format.space_after = Pt(3)
    for name, sz in (("Heading 1", 15), ("Heading 2", 12.5), ("Heading 3", 11)):
        s = d.styles[name]; set_font(s, GOT, sz, True); s.font.color.rgb = RGBColor(0, 0, 0)
        s.paragraph_format.space_before = Pt(10); s.paragraph_format.space_after = Pt(5)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = sec.bottom_margin = Cm(2.2)
    return d


def P(d, text="", bold=False, size=None, align=None, indent=None, first=None, after=None, before=None):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        set_font(r, GOT if bold else MIN, size, True if bold else None)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf = p.paragraph_format
    if indent is not None: pf.left_indent = Cm(indent)
    if first is not None: pf.first_line_indent = Cm(first)
    if after is not None: pf.space_after = Pt(after)
    if before is not None: pf.space_before = Pt(before)
    return p


def body(d, text, indent=None):
    return P(d, text, first=0.37, indent=indent)


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
    r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = cached; r.append(t); p._p.append(r)
    p._p.append(fc("end"))


def footer_page(section, header=None, fmt=("- ", " -")):
    section.footer.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]; fp.text = ""; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run(fmt[0]); add_field(fp, "PAGE", "1"); fp.add_run(fmt[1])
    if header is not None:
        section.header.is_linked_to_previous = False
        hp = section.header.paragraphs[0]; hp.text = ""
        r = hp.add_run(header); set_font(r, MIN, 8.5); hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def new_section(d, header=None):
    s = d.add_section(WD_SECTION.NEW_PAGE)
    footer_page(s, header)
    return s


def cell_text(cell, text, bold=False, size=9.5, align=None, shade=None):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, ln in enumerate(text.split("\n")):
        if i: p = cell.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(ln); set_font(r, GOT if bold else MIN, size, True if bold else None)
        if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if shade:
        tcpr = cell._tc.get_or_add_tcPr(); sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), shade); tcpr.append(sh)


def table(d, widths):
    t = d.add_table(rows=0, cols=len(widths)); t.style = d.styles["Table Grid"]; t.autofit = False
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); t._tbl.tblPr.append(lay)
    for i, w in enumerate(widths): t.columns[i].width = Cm(w)
    return t


def trow(t, values, widths, bold=False, shade=None, header=False, size=9.5):
    r = t.add_row()
    if header:
        trpr = r._tr.get_or_add_trPr(); h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trpr.append(h)
    for i, v in enumerate(values):
        c = r.cells[i]; c.width = Cm(widths[i])
        cell_text(c, v, bold=bold, size=size, shade=shade, align="c" if header else None)
    return r


def cover(d, lines, code_line=None):
    for _ in range(6): P(d)
    for text, size in lines:
        P(d, text, bold=True, size=size, align="c", after=10)
    for _ in range(10): P(d)
    if code_line: P(d, code_line, align="c", size=9)


# ---- footnotes (raw footnotes.xml part)
class Footnotes:
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def __init__(self):
        self.notes = []

    def ref(self, p, text):
        """Append a footnote reference run to paragraph p."""
        self.notes.append(text)
        n = len(self.notes)
        p._p.append(parse_xml('<w:r xmlns:w="%s"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                              '<w:footnoteReference w:id="%d"/></w:r>' % (self.W, n)))

    def attach(self, d):
        sep = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
               '<w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
               '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        body = "".join(
            '<w:footnote w:id="%d"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
            '<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r>'
            '</w:p></w:footnote>' % (i + 1, MIN, MIN, MIN, escape(t)) for i, t in enumerate(self.notes))
        xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="%s" '
               'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">%s%s</w:footnotes>'
               % (self.W, sep, body))
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), d.part.package)
        d.part.relate_to(part, RT.FOOTNOTES)


# ================================================================ doc163 藍浜市 (1-1-1 numbering, footnotes, 資料編)
def doc163():
    d = new_doc(); fn = Footnotes()
    cover(d, [("藍浜市デジタル・トランスフォーメーション推進計画", 20), ("～データでつなぐ　藍のまち　あいはま～", 13),
              ("令和8年3月", 13), ("藍浜市", 16)], "団体コード：" + CODES["doc163"])
    s = new_section(d, "藍浜市DX推進計画")
    P(d, "目　次", bold=True, size=14, align="c", after=10)
    for t, pg in (("第1章　計画の基本的事項", 1), ("第2章　計画策定の背景", 2), ("第3章　施策の展開", 4),
                  ("第4章　推進体制と進行管理", 8), ("資料編", 9)):
        p = d.add_paragraph(); p.paragraph_format.tab_stops.add_tab_stop(Cm(16.4), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.add_run("%s\t%d" % (t, pg))
    page_break(d)
    H(d, "第1章　計画の基本的事項", 1)
    P(d, "１　計画策定の趣旨", bold=True)
    body(d, "本市では、平成29年度に「藍浜市情報化推進計画」を策定し、電子申請の導入や庁内ネットワークの整備を進めてきました。"
            "人口減少と少子高齢化が進む中、限られた職員で質の高い行政サービスを提供し続けるため、デジタル技術とデータを活用した"
            "行政と地域の変革（DX）に全庁を挙げて取り組むこととし、本計画を策定します。")
    P(d, "２　計画の位置づけ", bold=True)
    body(d, "本計画は、官民データ活用推進基本法第9条第3項に規定する「市町村官民データ活用推進計画」として位置づけるとともに、"
            "第6次藍浜市総合計画の個別計画として、デジタル化に関する施策を具体化するものです。")
    P(d, "３　計画期間", bold=True)
    body(d, "本計画の計画期間は、令和8年度から令和12年度までの5年間とします。ただし、技術の進展や国の動向を踏まえ、必要に応じて見直しを行います。")
    H(d, "第2章　計画策定の背景", 1)
    P(d, "１　国の動向", bold=True)
    p = body(d, "国は、令和2年12月に「自治体デジタル・トランスフォーメーション（DX）推進計画」を策定し、情報システムの標準化・共通化、"
                "マイナンバーカードの普及促進、行政手続のオンライン化、AI・RPAの利用推進、テレワーク")
    fn.ref(p, "テレワーク：ICTを活用し、場所や時間にとらわれない柔軟な働き方のこと。")
    p.add_run("の推進、セキュリティ対策の徹底を重点取組事項として示しました（資料編参照）。")
    P(d, "２　本市の現状と課題", bold=True)
    body(d, "本市の電子申請の対象手続は42手続にとどまり、利用件数も伸び悩んでいます。また、紙の申請書を職員が基幹システムに手入力する"
            "事務が多く残っており、繁忙期の窓口の混雑や時間外勤務の原因となっています。市民アンケートでは、60歳以上の約35％が"
            "「スマートフォンの操作に不安がある」と回答しており、デジタル化の恩恵を誰もが受けられる環境づくりが求められています。")
    page_break(d)
    H(d, "第3章　施策の展開", 1)
    body(d, "基本理念「データでつなぐ　藍のまち　あいはま」の実現に向け、三つの基本方針のもとに施策と具体的な取組を体系的に定めます。"
            "取組番号は「基本方針－施策－取組」の順に付しています。")
    plan = [
        ("基本方針１　市民サービスの向上", [
            ("施策1-1　手続のデジタル化", [
                ("1-1-1　電子申請の対象手続の拡大", "申請件数の多い手続から順に電子申請の対象とし、令和10年度までに子育て・介護関係の手続をすべてオンラインで受け付けます。", None),
                ("1-1-2　マイナンバーカードを活用した手続の簡素化", "マイナンバーカードによる本人確認で添付書類を省略できる手続を拡大し、カードの申請窓口を休日にも開設します。", None),
                ("1-1-3　公金のキャッシュレス収納", "市税や使用料の納付にスマートフォン決済を導入します。", None)]),
            ("施策1-2　誰一人取り残さない支援", [
                ("1-2-1　デジタル活用支援員の配置", "公民館にデジタル活用支援員を配置し、スマートフォンやオンライン申請の操作を個別に支援します。", None),
                ("1-2-2　ウェブアクセシビリティの向上", "市ホームページを日本産業規格に準拠させ、音声読み上げに対応します。", None)])]),
        ("基本方針２　行政運営の効率化", [
            ("施策2-1　情報システムの最適化", [
                ("2-1-1　基幹業務システムの標準化対応", "住民記録や税など基幹業務システムを、令和8年度中に標準準拠システムへ移行し、ガバメントクラウドを利用します。", None),
                ("2-1-2　庁内ネットワークの強靭化", "三層の対策を維持しつつネットワーク機器を計画的に更新し、情報セキュリティポリシーに基づく監査を毎年度実施します。", None),
                ("2-1-3　クラウドサービスの利用拡大", "内部事務システムを順次クラウドサービスへ移行します。", None)]),
            ("施策2-2　業務改革", [
                ("2-2-1　業務プロセスの可視化と見直し", "窓口業務と内部事務の業務フローを可視化し、手順や決裁の流れを見直します。", "BPR（ビジネス・プロセス・リエンジニアリング）：業務の流れを根本的に見直し、再設計すること。"),
                ("2-2-2　AI-OCRの試行導入", "手書きの申請書の読み取りにAI-OCRを試行的に導入し、効果を検証します。", "AI-OCR：AI技術を活用して手書き文字等を読み取り、データ化する技術。")])]),
        ("基本方針３　データを活かしたまちづくり", [
            ("施策3-1　データ利活用の推進", [
                ("3-1-1　オープンデータカタログの整備", "市が保有するデータを機械判読可能な形式で公開するカタログサイトを整備し、公開データ数を増やします。", None),
                ("3-1-2　統計データの可視化", "人口や地域の統計データをグラフや地図で分かりやすく公開します。", None),
                ("3-1-3　ローカル5Gを活用したスマート農業の実証", "大学や農業者と連携し、ほ場でのローカル5Gを活用した生育管理の実証を行います。", "ローカル5G：地域や企業が、自らの建物や敷地内で個別に構築する第5世代移動通信システム。")])])]
    for pol, shis in plan:
        P(d, pol, bold=True, size=12.5, before=10, after=4)
        for shi, tori in shis:
            P(d, shi, bold=True, size=11.5, before=6, indent=0.3)
            for title, desc, note in tori:
                p = P(d, title, bold=True, size=10.5, indent=0.6, before=4)
                if note: fn.ref(p, note)
                body(d, desc, indent=0.6)
    H(d, "第4章　推進体制と進行管理", 1)
    body(d, "副市長を最高情報責任者（CIO）とし、市長を本部長とするDX推進本部において取組の進捗を管理します。各取組の実施状況は"
            "毎年度点検し、PDCAサイクルにより必要な見直しを行います。")
    page_break(d)
    H(d, "資料編", 1)
    P(d, "資料１　自治体DX推進計画の重点取組事項", bold=True)
    body(d, "国の「自治体デジタル・トランスフォーメーション（DX）推進計画」では、次の事項が示されています。")
    for t in ("（1）自治体の情報システムの標準化・共通化", "（2）マイナンバーカードの普及促進", "（3）自治体の行政手続のオンライン化",
              "（4）自治体のAI・RPAの利用推進", "（5）テレワークの推進", "（6）セキュリティ対策の徹底",
              "このほか、地域社会のデジタル化、デジタルデバイド対策を併せて取り組むべき事項としています。"):
        P(d, t, indent=0.5)
    P(d, "資料２　策定経過", bold=True, before=8)
    for t in ("令和7年6月　DX推進本部会議（計画策定方針の決定）", "令和7年9月　市民アンケートの実施", "令和7年12月　パブリックコメントの実施",
              "令和8年3月　計画決定"):
        P(d, t, indent=0.5)
    fn.attach(d)
    return d


# ================================================================ doc164 楢葉沢村 (tab-aligned lines)
def tabline(d, text, stops=(7.5, 11.0), bold=False, indent=0.3, size=10.5):
    p = d.add_paragraph(); pf = p.paragraph_format; pf.left_indent = Cm(indent); pf.space_after = Pt(0)
    for s in stops: pf.tab_stops.add_tab_stop(Cm(s), WD_TAB_ALIGNMENT.LEFT)
    r = p.add_run(text); set_font(r, GOT if bold else MIN, size, True if bold else None)
    return p


def doc164():
    d = new_doc()
    cover(d, [("楢葉沢村情報化推進計画", 22), ("－ 村民と役場をデジタルでつなぐ －", 13), ("2026年（令和8年）3月", 13), ("楢葉沢村", 16)],
          "長野県楢葉沢村（" + CODES["doc164"] + "）")
    new_section(d)
    H(d, "第1章　計画の概要", 1)
    P(d, "１．策定の趣旨", bold=True)
    body(d, "本村は人口約2,300人の山間の村であり、職員数も限られています。村民の暮らしを守り、役場の業務を持続可能なものとするため、"
            "情報通信技術を計画的に活用していくことを目的として本計画を策定します。")
    P(d, "２．計画の位置づけ", bold=True)
    body(d, "本計画は、官民データ活用推進基本法に基づく「市町村官民データ活用推進計画」を兼ねるものとします。")
    P(d, "３．計画期間", bold=True)
    body(d, "計画期間は、2026年度（令和8年度）から2028年度（令和10年度）までの3年間とします。")
    H(d, "第2章　現状と課題", 1)
    P(d, "１．国の動向", bold=True)
    body(d, "国は、オープンデータの推進や行政手続のオンライン化を進めており、地方公共団体にも保有データの公開を求めています。")
    P(d, "２．役場の情報機器の状況", bold=True)
    tabline(d, "機器\t台数\t更新予定", bold=True)
    for t in ("業務用パソコン\t68台\t2027年度", "サーバ（庁内設置）\t4台\t2026年度", "タブレット端末\t12台\t2028年度"):
        tabline(d, t)
    P(d, "３．課題", bold=True, before=6)
    body(d, "少人数の職場では一人が多くの業務を兼ねており、紙による事務や手作業の入力が負担となっています。業務の見直しが必要ですが、"
            "現時点では具体的な検討に着手できていません。また、高齢の村民からはスマートフォンの使い方についての相談が増えています。")
    H(d, "第3章　基本理念と基本方針", 1)
    body(d, "基本理念「村民と役場をデジタルでつなぐ」のもと、次の三つの基本方針を定めます。")
    for t in ("基本方針１　便利で身近な村役場", "基本方針２　少ない職員で支える行政", "基本方針３　村民とつくるデジタルの村"):
        P(d, t, indent=0.5)
    page_break(d)
    H(d, "第4章　取組の内容", 1)
    body(d, "基本方針ごとに、取組名、担当課及び実施年度を示します。")
    plan = [
        ("基本方針１　便利で身近な村役場",
         "役場に来なくても手続ができる環境を整え、来庁が必要な手続についても待ち時間を短くします。",
         [("電子申請の導入", "総務課", "R8～R10", "長野県の電子申請サービスを利用し、子育て・介護関係の手続から順にオンライン申請を受け付けます。"),
          ("マイナンバーカードの交付促進", "住民課", "R8～R10", "集落への出張申請受付を行い、カードの交付を進めます。"),
          ("証明書のコンビニ交付", "住民課", "R9～R10", "マイナンバーカードを利用した住民票等のコンビニ交付を開始します。"),
          ("窓口キャッシュレス決済", "会計室", "R9～", "窓口での手数料の支払いに電子マネー等を導入します。")]),
        ("基本方針２　少ない職員で支える行政",
         "限られた職員で行政サービスを維持するため、システムの共通化と事務の自動化を進めます。",
         [("基幹業務システムの標準化", "総務課", "R8", "基幹業務システムを標準準拠システムへ移行し、ガバメントクラウドを利用します。"),
          ("RPAの導入", "総務課", "R8～R10", "給与や税の定型的な入力作業にRPAを導入します。"),
          ("テレワークの試行", "総務課", "R9～R10（試行）", "職員の在宅勤務を試行し、本格導入は試行結果を踏まえて判断します。"),
          ("情報セキュリティ研修の実施", "総務課", "毎年度", "全職員を対象に情報セキュリティ研修を実施し、情報セキュリティポリシーを見直します。")]),
        ("基本方針３　村民とつくるデジタルの村",
         "村民がデジタル技術の便利さを実感できるよう、相談の場と通信環境を確保します。",
         [("スマホ相談会の開催", "企画課", "R8～R10", "各地区の集会所でスマートフォンの相談会を開催します。"),
          ("村内光ファイバ網の更新", "企画課", "R9～R10", "村が所有する光ファイバ網（告知端末用）を更新し、村内全域の高速通信環境を維持します。"),
          ("防災行政無線のデジタル化", "総務課", "R10", "防災行政無線をデジタル方式に更新します。")])]
    for pol, desc, rows in plan:
        P(d, pol, bold=True, size=12, before=10)
        body(d, desc)
        tabline(d, "取組名\t担当課\t実施年度", bold=True)
        for t, ka, yr, naiyo in rows:
            tabline(d, "・%s\t%s\t%s" % (t, ka, yr))
            P(d, "内容：" + naiyo, indent=1.0, size=9.5, after=2)
    H(d, "第5章　成果指標", 1)
    tabline(d, "指標名\t現状値（R6）\t目標値（R10）", bold=True)
    for t in ("オンライン申請が可能な手続数\t3手続\t30手続", "マイナンバーカード保有率\t71％\t85％", "スマホ相談会の参加者数（累計）\t－\t300人"):
        tabline(d, t)
    H(d, "第6章　推進体制", 1)
    body(d, "副村長を統括責任者とし、課長会議において取組の進捗を毎年度確認します。")
    for _ in range(6): P(d)
    P(d, "楢葉沢村情報化推進計画", align="r", size=9)
    P(d, "発行：楢葉沢村総務課　2026年3月", align="r", size=9)
    P(d, "全国地方公共団体コード　" + CODES["doc164"], align="r", size=9)
    return d


# ================================================================ doc165 芹ヶ谷町 (実施計画, numbered paragraphs)
def doc165():
    d = new_doc()
    cover(d, [("芹ヶ谷町DX推進実施計画", 22), ("（令和8年度～令和10年度）", 14), ("令和8年3月", 13), ("芹ヶ谷町", 16)],
          "神奈川県芹ヶ谷町　団体コード " + CODES["doc165"])
    new_section(d, "芹ヶ谷町DX推進実施計画")
    P(d, "１　実施計画について", bold=True, size=12)
    body(d, "本町では、令和8年3月に「芹ヶ谷町DX推進基本方針」を策定し、デジタル技術を活用した町民サービスの向上と行政運営の効率化に"
            "取り組む方向性を示しました。本実施計画は、基本方針に基づき、具体的な取組とその担当を定めるものです。")
    P(d, "２　計画期間", bold=True, size=12)
    body(d, "計画期間：令和8年度から令和10年度までの3年間")
    body(d, "計画期間終了後は、取組の実績と国の動向を踏まえて次期実施計画を策定します。")
    P(d, "３　前期実施計画の主な実績", bold=True, size=12)
    for t in ("・電子申請の開始（12手続）", "・テレワーク端末の試行配備（10台）", "・RPAの導入（3業務）", "・コンビニ交付サービスの開始"):
        P(d, t, indent=0.5)
    P(d, "４　取組の区分", bold=True, size=12)
    body(d, "各取組には、【新規】（本計画から開始するもの）、【拡充】（内容を広げるもの）、【継続】（引き続き実施するもの）の区分を付しています。")
    P(d, "５　取組一覧", bold=True, size=12)
    plan = [
        ("柱１　行政サービスのデジタル化", [
            ("拡充", "電子申請の拡大", "町民の利用が多い手続を中心に電子申請の対象を拡大し、令和10年度までに100手続とします。", "総務課"),
            ("新規", "子育て・介護手続のマイナポータル対応", "児童手当や要介護認定の申請などをマイナポータルから受け付けます。", "子育て支援課・介護保険課"),
            ("拡充", "マイナンバーカードの利活用", "マイナンバーカードの出張申請を行うとともに、図書館カードとしての利用を開始します。", "戸籍住民課"),
            ("継続", "コンビニ交付サービスの運営", "住民票の写し等のコンビニ交付を引き続き実施します。", "戸籍住民課"),
            ("新規", "窓口のキャッシュレス化", "窓口手数料の支払いにキャッシュレス決済を導入します。", "会計課")]),
        ("柱２　行政経営の効率化", [
            ("継続", "基幹業務システムの標準化・共通化", "基幹業務システムを標準準拠システムへ移行し、移行後の運用経費を検証します。", "デジタル推進課"),
            ("拡充", "RPAの適用業務の拡大", "RPAの対象を現行の3業務から10業務に拡大します。", "デジタル推進課"),
            ("新規", "業務改革（BPR）の実施", "窓口業務を対象に業務フローを分析し、手順の見直しと様式の簡素化を行います。", "デジタル推進課"),
            ("新規", "在宅勤務制度の導入", "令和8年度に在宅勤務の要綱を制定し、全職場を対象に導入します。", "総務課"),
            ("継続", "文書管理・電子決裁の運用", "文書管理システムによる電子決裁を引き続き運用します。", "総務課")]),
        ("柱３　情報セキュリティの確保", [
            ("拡充", "情報セキュリティ監査の実施", "外部監査を含む情報セキュリティ監査を毎年度実施し、改善を図ります。", "デジタル推進課"),
            ("新規", "標的型攻撃メール訓練の実施", "全職員を対象に標的型攻撃メールへの対応訓練を実施します。", "デジタル推進課")]),
        ("柱４　地域社会のデジタル化", [
            ("継続", "高齢者向けスマートフォン講座", "公民館でスマートフォンの基本操作やオンライン申請の講座を開催します。", "生涯学習課"),
            ("新規", "商店街の公衆無線LAN整備への補助", "商店会が行う公衆無線LANの整備に対し、経費の一部を補助します。", "商工観光課"),
            ("新規", "オープンデータの公開に関する研究", "先進自治体の事例を研究し、公開の方法や対象データについて整理します。", "デジタル推進課"),
            ("継続", "町ホームページのリニューアル", "町ホームページを見やすく改修し、ウェブアクセシビリティにも配慮します。", "企画課")])]
    n = 0
    for pol, rows in plan:
        P(d, pol, bold=True, size=11.5, before=8, after=4)
        for tag, title, desc, tanto in rows:
            n += 1
            p = d.add_paragraph(); pf = p.paragraph_format
            pf.left_indent = Cm(1.0); pf.first_line_indent = Cm(-1.0); pf.space_after = Pt(5)
            r = p.add_run("%d．【%s】" % (n, tag)); set_font(r, MIN, 10.5)
            r = p.add_run(title); set_font(r, GOT, 10.5, True)
            r = p.add_run("　%s（担当：%s）" % (desc, tanto)); set_font(r, MIN, 10.5)
    P(d, "６　進行管理", bold=True, size=12, before=8)
    body(d, "各取組の進捗はDX推進委員会（委員長：副町長）において毎年度確認し、結果を町ホームページで公表します。")
    return d


# ================================================================ doc166 葦原市 (現状分析 then アクションプラン)
def doc166():
    d = new_doc()
    cover(d, [("葦原市DX推進計画", 24), ("市民の時間を生み出すまち　あしはら", 13), ("令和8年3月", 13), ("静岡県　葦原市", 16)])
    new_section(d, "葦原市DX推進計画")
    H(d, "第1章　計画の策定にあたって", 1)
    H(d, "1-1　策定の目的", 2)
    body(d, "本計画は、デジタル技術を活用して市民の利便性を高めるとともに、市役所の業務を効率化し、生み出した時間を市民と向き合う"
            "仕事に振り向けることを目的とします。")
    H(d, "1-2　計画期間", 2)
    body(d, "計画期間は、令和8年度から令和11年度までの4年間とします。")
    H(d, "1-3　市の概要", 2)
    w = [5.0, 11.6]; t = table(d, w)
    for a, b in (("市名", "葦原市（静岡県）"), ("全国地方公共団体コード", CODES["doc166"]), ("人口", "68,412人（令和7年10月1日現在）"),
                 ("職員数", "612人（一般行政職）")):
        trow(t, [a, b], w)
    H(d, "第2章　現状分析", 1)
    body(d, "計画の策定にあたり、市民アンケート、庁内ヒアリング及び業務量調査を実施し、本市のデジタル化の現状を分析しました。")
    H(d, "2-1　市民アンケートの結果", 2)
    body(d, "令和7年7月に無作為抽出した市民2,000人を対象にアンケートを実施し、812人から回答を得ました（回収率40.6％）。主な結果は次のとおりです。")
    for t in ("(1) オンラインで手続をしたいと回答した人は62.3％でした。", "(2) マイナンバーカードを保有している人は78.5％でした。",
              "(3) 市役所の窓口での待ち時間を不満とする人は41.0％でした。", "(4) 70歳以上のうちスマートフォンを利用している人は58.2％でした。",
              "(5) 市のオープンデータを知っている人は6.4％にとどまりました。", "(6) 地域で使えるキャッシュレス決済の拡大を望む声が多くありました。"):
        P(d, t, indent=0.5)
    H(d, "2-2　庁内ヒアリングの結果", 2)
    for k, t in (("課題１　紙の申請書が多い", "申請の約8割が紙で提出されており、職員がシステムに再入力しています。"),
                 ("課題２　問合せ対応に時間がかかる", "ごみの分別や各種制度についての電話の問合せが多く、担当職員の負担となっています。"),
                 ("課題３　テレワークができない", "在宅勤務の制度はあるものの、端末やネットワークが整っておらず、ほとんど利用されていません。"),
                 ("課題４　システムの更新時期が集中", "基幹業務システムの更新と標準化への対応が同時期に重なっています。"),
                 ("課題５　セキュリティ人材の不足", "情報セキュリティの専門知識を持つ職員が限られています。")):
        P(d, k, bold=True, indent=0.3, before=4)
        body(d, t, indent=0.3)
    H(d, "2-3　課題の整理", 2)
    body(d, "以上の分析から、本市のデジタル化の課題を次の6点に整理しました。")
    for t in ("① 行政手続のオンライン化の遅れ", "② 窓口の待ち時間の長さ", "③ テレワーク環境が整っていない", "④ 定型業務への人手の集中",
              "⑤ データの公開と活用が進んでいない", "⑥ デジタル機器に不慣れな市民への支援"):
        P(d, t, indent=0.5)
    H(d, "第3章　基本方針", 1)
    for t, s in (("基本方針Ⅰ　市民の時間を生み出す行政サービス", "手続や問合せにかかる市民の時間を減らします。"),
                 ("基本方針Ⅱ　データとデジタルで変わる市役所", "データに基づき業務を見直し、職員の時間を生み出します。"),
                 ("基本方針Ⅲ　共に創るデジタル社会", "市民や事業者と共に、誰もがデジタル化の恩恵を受けられる地域をつくります。")):
        P(d, t, bold=True, indent=0.3)
        body(d, s, indent=0.3)
    page_break(d)
    H(d, "第4章　アクションプラン", 1)
    body(d, "基本方針ごとに、計画期間中に実施するアクションを定めます。")
    plan = [
        ("基本方針Ⅰ　市民の時間を生み出す行政サービス", [
            ("スマート申請の推進", "電子申請システムの対象手続を拡大し、子育て・介護関係の手続はマイナポータルから申請できるようにします。", "R8 拡大 → R11 200手続"),
            ("マイナンバーカードによる本人確認の活用", "電子申請や窓口での本人確認にマイナンバーカードを活用し、カードの交付窓口を拡充します。", "R8～R11 実施"),
            ("窓口予約・呼出システムの導入", "市民課の窓口に予約と呼出のシステムを導入します。", "R9 導入"),
            ("LINEを活用した情報配信", "市公式LINEで、受け取りたい分野の情報を選んで配信します。", "R8 開始")]),
        ("基本方針Ⅱ　データとデジタルで変わる市役所", [
            ("標準準拠システムへの移行", "基幹業務システムを令和8年度中に標準準拠システムへ移行します。", "R8 移行"),
            ("AIチャットボットの導入", "問合せの多い分野からAIチャットボットを導入し、24時間の問合せ対応を行います。", "R8 導入 → R9 拡大"),
            ("業務量調査と業務フローの再設計", "全課で業務量調査を行い、業務フローを再設計します。", "R8 調査 → R9～ 再設計"),
            ("セキュリティポリシーの改定", "国のガイドラインの改定を踏まえて情報セキュリティポリシーを改定し、職員研修を実施します。", "R8 改定"),
            ("会議のオンライン化", "庁内会議をオンラインで開催できるよう、会議室に機器を整備します。", "R8 整備")]),
        ("基本方針Ⅲ　共に創るデジタル社会", [
            ("デジタルサポーターの育成", "市民ボランティアをデジタルサポーターとして育成し、地区センターでの相談会を開催します。", "R8～R11 実施"),
            ("オープンデータの拡充", "公開するデータを毎年度追加し、利用しやすい形式で提供します。", "R8～R11 実施"),
            ("地域通貨アプリの実証", "商工会と連携し、地域通貨アプリの実証を行います。", "R9 実証"),
            ("ローカル5G活用の調査研究", "ローカル5Gの活用可能性について調査研究を行います。", "R10 調査研究"),
            ("中小企業のテレワーク導入支援", "市内中小企業がテレワークを導入する際の経費を補助します。", "R8～R11 実施")])]
    n = 0
    for pol, rows in plan:
        H(d, pol, 2)
        for title, naiyo, sch in rows:
            n += 1
            H(d, "アクション%d　%s" % (n, title), 3)
            P(d, "【取組内容】" + naiyo, indent=0.5)
            P(d, "【スケジュール】" + sch, indent=0.5)
    H(d, "第5章　推進体制", 1)
    body(d, "市長を本部長とするDX推進本部を設置し、副市長をCIOとします。アクションの進捗は毎年度評価し、公表します。")
    return d


# ================================================================ doc167 榎沢町・柳ノ瀬町 (joint plan)
def doc167():
    d = new_doc()
    cover(d, [("榎沢町・柳ノ瀬町", 18), ("広域DX推進計画", 24), ("令和8年3月", 13), ("榎沢町　　柳ノ瀬町", 16)])
    new_section(d, "榎沢町・柳ノ瀬町 広域DX推進計画")
    H(d, "第1章　計画の概要", 1)
    P(d, "１　策定の趣旨", bold=True)
    body(d, "榎沢町と柳ノ瀬町は、消防や介護保険などの事務を共同で処理してきました。両町は、デジタル化についても連携して取り組むことで"
            "経費を抑え、専門人材の不足を補うため、両町共通の本計画を策定します。")
    P(d, "２　計画の対象", bold=True)
    w = [4.0, 4.0, 4.0, 4.6]; t = table(d, w)
    trow(t, ["町名", "全国地方公共団体コード", "人口（R7.4.1）", "担当課"], w, bold=True, header=True)
    trow(t, ["榎沢町", CODES["doc167"], "8,214人", "総務課"], w)
    trow(t, ["柳ノ瀬町", CODES["doc167b"], "5,907人", "企画政策課"], w)
    P(d, "３　計画期間", bold=True, before=6)
    body(d, "令和8年度から令和12年度までの5年間（両町共通）とします。")
    P(d, "４　計画の位置づけ", bold=True)
    body(d, "本計画は、両町それぞれの官民データ活用推進計画を兼ねるものとします。")
    H(d, "第2章　両町の現状", 1)
    body(d, "両町とも高齢化率が40％を超え、職員数は減少を続けています。柳ノ瀬町では令和6年度からテレワークの試行を始めており、"
            "榎沢町では電子申請の利用が伸びています。")
    H(d, "第3章　共通の基本方針", 1)
    pols = [("住民の利便性向上", "来庁しなくても手続ができる環境を両町で整えます。"),
            ("行政運営の効率化", "システムの共同利用により、経費の削減と業務の効率化を図ります。"),
            ("地域のデジタル化", "高齢者を含む住民がデジタル化の効果を実感できる地域をつくります。")]
    for i, (pt, ps) in enumerate(pols, 1):
        P(d, "基本方針%s　%s" % ("１２３"[i - 1], pt), bold=True)
        body(d, ps, indent=0.3)
    page_break(d)
    H(d, "第4章　各町の取組", 1)
    w = [3.1, 6.8, 3.6, 1.8, 1.3]

    def town_table(title, rows):
        P(d, title, bold=True, size=11.5, before=6)
        t = table(d, w)
        trow(t, ["基本方針", "取組名", "取組内容", "担当課", "実施時期"], w, bold=True, header=True, shade="DDEBF7", size=9)
        for pi, items in enumerate(rows):
            first = None
            for name, naiyo, ka, yr in items:
                r = trow(t, ["", name, naiyo, ka, yr], w, size=9)
                if first is None: first = r
                last = r
            m = first.cells[0].merge(last.cells[0])
            cell_text(m, pols[pi][0], size=9)
    town_table("4-1　榎沢町の取組", [
        [("電子申請サービスの拡充", "県の電子申請システムで受け付ける手続を拡大します。", "総務課", "R8～"),
         ("マイナンバーカード出張申請の実施", "集会所や事業所でカードの出張申請を受け付けます。", "町民課", "R8～"),
         ("書かない窓口の導入", "窓口で申請書を書かずに手続できるようにします。", "町民課", "R9")],
        [("基幹業務システムの共同利用による標準化", "両町共同で標準準拠システムを調達し、共同利用します。（両町共同）", "総務課", "R8"),
         ("RPAの共同研究", "両町でRPAの対象業務や費用について共同研究を行います。（両町共同）", "総務課", "R9～R10"),
         ("業務手順の見直し", "税と福祉の窓口業務の手順を見直し、マニュアルを改訂します。", "総務課", "R8～R9"),
         ("情報セキュリティ対策の推進", "県の自治体情報セキュリティクラウドを引き続き利用し、全職員の研修を実施します。", "総務課", "毎年度")],
        [("高齢者向けデジタル講座", "老人クラブと連携してスマートフォン講座を開催します。", "福祉課", "R8～"),
         ("公共施設Wi-Fiの整備", "公民館と体育館に公衆無線LANを整備します。", "総務課", "R9"),
         ("観光アプリの共同開発", "両町の観光情報を掲載するアプリを共同で開発します。（両町共同）", "産業課", "R10"),
         ("町ホームページのアクセシビリティ改善", "文字の拡大や読み上げに対応します。", "総務課", "R8")]])
    town_table("4-2　柳ノ瀬町の取組", [
        [("電子申請の導入", "電子申請システムを導入し、子育て関係の手続から受付を開始します。", "企画政策課", "R8～"),
         ("マイナンバーカードの普及促進", "休日窓口を開設し、カードの申請を支援します。", "住民課", "R8～"),
         ("コンビニ交付の開始", "証明書のコンビニ交付を開始します。", "住民課", "R9")],
        [("基幹業務システムの共同利用による標準化", "榎沢町と共同で標準準拠システムを利用します。（両町共同）", "企画政策課", "R8"),
         ("テレワークの導入", "試行の結果を踏まえ、在宅勤務を全職場に導入します。", "総務課", "R8"),
         ("AI議事録作成システムの導入", "会議録の作成にAIを活用します。", "議会事務局", "R8"),
         ("RPAの共同研究", "榎沢町と共同でRPAを研究します。（両町共同）", "企画政策課", "R9～R10")],
        [("オープンデータの公開", "町の統計データや施設情報をオープンデータとして公開します。", "企画政策課", "R9～"),
         ("スマホ教室の開催", "公民館でスマートフォン教室を開催します。", "住民課", "R8～"),
         ("光ファイバ網の整備", "未整備地区に光ファイバ網を整備します。", "企画政策課", "R8～R9"),
         ("観光アプリの共同開発", "榎沢町と共同で観光アプリを開発します。（両町共同）", "産業振興課", "R10")]])
    H(d, "第5章　共同推進体制", 1)
    body(d, "両町の副町長で構成する広域DX推進連携協議会を設置し、共同調達、職員の合同研修及び情報共有を行います。"
            "各町の取組の進捗は、それぞれの町が毎年度点検し、協議会に報告します。")
    return d


# ================================================================ Excel workbooks
def xl_common():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    thin = Side(style="thin", color="000000")
    return Workbook, Alignment, Border(left=thin, right=thin, top=thin, bottom=thin), Font, PatternFill


def doc161(path):
    Workbook, Alignment, border, Font, Fill = xl_common()
    F = "ＭＳ Ｐゴシック"
    wb = Workbook(); ws = wb.active; ws.title = "計画の概要"
    ws.column_dimensions["A"].width = 18; ws.column_dimensions["B"].width = 90
    ws["A1"] = "鷹巣原町DX推進計画"; ws["A1"].font = Font(name=F, size=18, bold=True)
    ws["A2"] = "令和8年3月　鷹巣原町"; ws["A2"].font = Font(name=F, size=11)
    rows = [("団体コード", CODES["doc161"]),
            ("策定の趣旨", "人口減少が進む中でも町民サービスの質を保ち、職員の負担を減らすため、デジタル技術を活用した取組を計画的に進める。"),
            ("位置づけ", "官民データ活用推進基本法第9条第3項に基づく市町村官民データ活用推進計画を兼ねる。"),
            ("計画期間", "令和8年度（2026年度）～令和12年度（2030年度）"),
            ("基本理念", "デジタルでつながり、誰もが暮らしやすい鷹巣原"),
            ("基本方針１", "誰もが使いやすい行政サービス　―　来庁しなくても手続ができる町をめざす"),
            ("基本方針２", "効率的な行政運営　―　システムの共通化と業務の自動化で職員の時間を生み出す"),
            ("基本方針３", "安全で強靭な情報基盤　―　情報資産を守り、職員の力を高める"),
            ("基本方針４", "デジタルでつながる地域づくり　―　地域の通信環境と暮らしのサービスを充実させる"),
            ("推進体制", "副町長を最高情報責任者（CIO）とし、DX推進本部で進捗を毎年度点検する（取組一覧は別シートのとおり）。")]
    for i, (a, b) in enumerate(rows, 4):
        ws.cell(i, 1, a).font = Font(name=F, size=11, bold=True); ws.cell(i, 2, b).font = Font(name=F, size=11)
        for c in (1, 2):
            ws.cell(i, c).border = border; ws.cell(i, c).alignment = Alignment(wrap_text=True, vertical="center")
        ws.cell(i, 1).fill = Fill("solid", fgColor="DDEBF7")
        ws.row_dimensions[i].height = 32
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9
    ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.oddFooter.center.text = "&P / &N"

    ws = wb.create_sheet("取組一覧（工程表）")
    widths = {"A": 30, "B": 5, "C": 38, "D": 46, "E": 12, "F": 9, "G": 9, "H": 9, "I": 9, "J": 9, "K": 13}
    for k, v in widths.items(): ws.column_dimensions[k].width = v
    ws.merge_cells("A1:K1")
    ws["A1"] = "鷹巣原町DX推進計画　取組一覧（工程表）"; ws["A1"].font = Font(name=F, size=14, bold=True)
    ws["K2"] = "単位：千円"; ws["K2"].font = Font(name=F, size=9); ws["K2"].alignment = Alignment(horizontal="right")
    hdr = ["基本方針", "No.", "取組名", "取組内容", "担当課", "R8", "R9", "R10", "R11", "R12", "概算事業費\n（千円）"]
    for c, h in enumerate(hdr, 1):
        x = ws.cell(3, c, h); x.font = Font(name=F, size=10, bold=True); x.border = border
        x.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True); x.fill = Fill("solid", fgColor="BDD7EE")
    ws.row_dimensions[3].height = 30
    plan = [
        ("基本方針１\n誰もが使いやすい行政サービス", [
            ("オンライン申請の拡充", "電子申請システムで申請できる手続を拡大し、子育て・介護関係の手続はマイナポータルから受け付ける。", "総務課", ["拡大", "拡大", "拡大", "運用", "運用"], 4800),
            ("マイナンバーカードの取得促進と活用", "出張申請受付を行い、カードを使った証明書のコンビニ交付を開始する。", "町民課", ["出張受付", "コンビニ交付", "運用", "運用", "運用"], 9600),
            ("キャッシュレス決済の導入", "窓口での手数料の支払いにキャッシュレス決済を導入する。", "会計課", ["準備", "導入", "運用", "運用", "運用"], 1200),
            ("窓口予約システムの導入", "転入・転出など時間のかかる手続の窓口予約を受け付ける。", "町民課", ["", "導入", "運用", "運用", "運用"], 800)]),
        ("基本方針２\n効率的な行政運営", [
            ("基幹業務システムの標準化・共通化", "基幹業務システムを標準準拠システムへ移行し、ガバメントクラウドを利用する。", "総務課", ["移行", "運用", "運用", "運用", "運用"], 86000),
            ("RPA・AI-OCRの活用拡大", "定型的な入力業務にRPAとAI-OCRを活用し、対象業務を毎年度拡大する。", "総務課", ["拡大", "拡大", "拡大", "運用", "運用"], 3600),
            ("生成AIの業務利用の検討", "文書作成等への生成AIの利用について、ルールと効果を検討する。", "総務課", ["検討", "検討", "", "", ""], 0),
            ("業務フローの見直し", "窓口業務と内部事務の業務フローを可視化し、手順と決裁を見直す。", "総務課", ["可視化", "見直し", "見直し", "運用", "運用"], 2500),
            ("テレワーク環境の試行", "職員の在宅勤務を一部の課で試行し、効果と課題を検証する。", "総務課", ["試行", "検証", "導入判断", "", ""], 1500)]),
        ("基本方針３\n安全で強靭な情報基盤", [
            ("情報セキュリティ対策の強化", "情報セキュリティポリシーを改定し、監査と全職員研修を毎年度実施する。", "総務課", ["改定", "監査", "監査", "監査", "監査"], 2000),
            ("職員のデジタル人材育成", "各課にデジタル推進リーダーを置き、研修を実施する。", "総務課", ["研修", "研修", "研修", "研修", "研修"], 1000)]),
        ("基本方針４\nデジタルでつながる地域づくり", [
            ("スマートフォン教室の開催", "公民館や集会所で高齢者向けのスマートフォン教室を開催する。", "生涯学習課", ["実施", "実施", "実施", "実施", "実施"], 1500),
            ("公共施設へのWi-Fi整備", "町が避難所となる公共施設に公衆無線LANを整備する。", "総務課", ["設計", "整備", "整備", "運用", "運用"], 7200),
            ("オープンデータの公開に向けた調査研究", "公開するデータの選定と形式について調査研究を行う。", "企画課", ["調査研究", "調査研究", "検討", "検討", "検討"], 0),
            ("デマンド交通の予約システム導入", "町営デマンド交通にスマートフォンと電話で予約できるシステムを導入する。", "企画課", ["", "導入", "運用", "運用", "運用"], 5400)])]
    r = 4; n = 0; total = 0
    for pol, items in plan:
        r0 = r
        for name, naiyo, ka, years, cost in items:
            n += 1; total += cost
            vals = [None, n, name, naiyo, ka] + years + [cost if cost else "－"]
            for c, v in enumerate(vals, 1):
                x = ws.cell(r, c, v); x.font = Font(name=F, size=10); x.border = border
                x.alignment = Alignment(vertical="center", wrap_text=(c == 4),
                                        horizontal="center" if c in (2, 5, 6, 7, 8, 9, 10) else ("right" if c == 11 else None))
            ws.cell(r, 11).number_format = "#,##0"
            ws.row_dimensions[r].height = 30
            r += 1
        ws.merge_cells(start_row=r0, start_column=1, end_row=r - 1, end_column=1)
        x = ws.cell(r0, 1, pol); x.font = Font(name=F, size=10, bold=True)
        x.alignment = Alignment(vertical="center", wrap_text=True); x.fill = Fill("solid", fgColor="F2F2F2")
        for rr in range(r0, r): ws.cell(rr, 1).border = border
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    x = ws.cell(r, 1, "合計"); x.font = Font(name=F, size=10, bold=True); x.alignment = Alignment(horizontal="center")
    x = ws.cell(r, 11, total); x.font = Font(name=F, size=10, bold=True); x.number_format = "#,##0"
    for c in range(1, 12): ws.cell(r, c).border = border
    ws.cell(r + 1, 1, "※事業費は計画策定時点の概算であり、各年度の予算編成において精査する。").font = Font(name=F, size=9)
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9
    ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.print_title_rows = "3:3"
    ws.oddHeader.right.text = "&A"; ws.oddFooter.center.text = "&P / &N"
    wb.save(path)


def doc168(path):
    Workbook, Alignment, border, Font, Fill = xl_common()
    F = "ＭＳ Ｐゴシック"
    wb = Workbook(); ws = wb.active; ws.title = "表紙"
    ws.column_dimensions["A"].width = 100
    for rr, (t, sz) in ((8, ("槙野町DX推進計画", 26)), (10, ("～山と川のまち　デジタルで暮らしを支える～", 14)),
                        (20, ("令和7年3月", 14)), (22, ("高知県　槙野町", 16)), (40, ("団体コード　" + CODES["doc168"], 10))):
        x = ws.cell(rr, 1, t); x.font = Font(name=F, size=sz, bold=sz > 12); x.alignment = Alignment(horizontal="center")
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9
    ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 1

    ws = wb.create_sheet("計画の概要")
    ws.column_dimensions["A"].width = 16; ws.column_dimensions["B"].width = 100
    ws["A1"] = "計画の概要"; ws["A1"].font = Font(name=F, size=14, bold=True)
    rows = [("目的", "人口減少と高齢化が進む中で、町民の暮らしと役場の業務をデジタル技術で支えるため、取り組む内容を定める。"),
            ("位置づけ", "官民データ活用推進基本法に基づく市町村官民データ活用推進計画として位置づける。"),
            ("計画期間", "令和7年度（2025年度）～令和10年度（2028年度）の4年間"),
            ("基本理念", "山と川のまち　デジタルで暮らしを支える"),
            ("基本方針", "１ 手続のデジタル化　　２ 役場のDX　　３ 地域のDX　（各基本方針のシートを参照）"),
            ("推進体制", "副町長をCIOとし、課長会でKPIの達成状況を毎年度確認する。高知県のDX支援を活用する。"),
            ("国の動向", "国は自治体DX推進計画において、業務の見直し（BPR）の徹底を求めている。")]
    for i, (a, b) in enumerate(rows, 3):
        ws.cell(i, 1, a).font = Font(name=F, size=11, bold=True); ws.cell(i, 2, b).font = Font(name=F, size=11)
        ws.cell(i, 1).fill = Fill("solid", fgColor="E2EFDA")
        for c in (1, 2):
            ws.cell(i, c).border = border; ws.cell(i, c).alignment = Alignment(wrap_text=True, vertical="center")
        ws.row_dimensions[i].height = 30
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9
    ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.oddHeader.right.text = "&A"; ws.oddFooter.center.text = "&P / &N"

    plan = [
        ("手続のデジタル化", "町民が役場に来なくても手続ができるよう、オンライン化と本人確認の仕組みを整える。", [
            ("1-1", "オンライン手続の拡大", "高知県の電子申請システムを利用し、子育て・介護を含む手続をオンライン化する。", "オンライン化した手続数", "15手続", "60手続", "総務課"),
            ("1-2", "マイナンバーカードの普及", "集落での出張申請と休日交付を行い、カードの保有を進める。", "カード保有率", "72％", "90％", "住民課"),
            ("1-3", "電子納付の導入", "町税等の納付にスマートフォン決済を導入する。", "電子納付の件数", "0件", "2,000件", "税務課"),
            ("1-4", "おくやみ手続の支援", "死亡に伴う手続を一か所で案内する。", "利用件数", "－", "80件", "住民課")]),
        ("役場のDX", "少ない職員で行政サービスを維持するため、システムの移行と新しい働き方を進める。", [
            ("2-1", "標準準拠システムへの移行", "基幹業務システムを標準準拠システムへ移行し、ガバメントクラウドを利用する。", "移行した業務数", "0業務", "20業務", "総務課"),
            ("2-2", "AI議事録作成ツールの導入", "会議録の作成にAI議事録作成ツールを導入する。", "業務時間の削減", "－", "年間600時間", "総務課"),
            ("2-3", "モバイル端末によるテレワークの導入", "職員にモバイル端末を配備し、在宅勤務を制度化する。", "テレワーク実施職員数", "0人", "40人", "総務課"),
            ("2-4", "情報セキュリティ対策の徹底", "情報セキュリティポリシーを見直し、全職員研修と訓練を毎年度実施する。", "研修受講率", "80％", "100％", "総務課")]),
        ("地域のDX", "中山間地域でもデジタル技術の恩恵を受けられるよう、支援と環境づくりを進める。", [
            ("3-1", "デジタル活用相談窓口の設置", "役場と支所にスマートフォン等の相談窓口を設置する。", "相談件数", "－", "年間300件", "企画課"),
            ("3-2", "携帯電話不感地区の解消に向けた協議", "不感地区の解消に向け、国の補助事業の活用を含めて通信事業者と協議し、要望を行う。", "不感地区数", "4地区", "－", "企画課"),
            ("3-3", "オープンデータの公開", "避難所や公共施設の情報をオープンデータとして公開する。", "公開データセット数", "3件", "30件", "企画課"),
            ("3-4", "見守りセンサーの実証", "高齢者世帯に見守りセンサーを設置する実証を行い、効果を検証する。", "実証参加世帯数", "－", "20世帯", "保健福祉課")])]
    hdr = ["取組番号", "取組名", "取組内容", "KPI", "現状値（R5）", "目標値（R10）", "担当課"]
    wid = [9, 36, 50, 22, 12, 12, 11]
    for i, (pt, pdsc, items) in enumerate(plan, 1):
        ws = wb.create_sheet("基本方針%d" % i)
        for c, w in enumerate(wid, 1): ws.column_dimensions["ABCDEFG"[c - 1]].width = w
        ws.merge_cells("A1:G1")
        ws["A1"] = "基本方針%s　%s" % ("１２３"[i - 1], pt); ws["A1"].font = Font(name=F, size=15, bold=True, color="FFFFFF")
        ws["A1"].fill = Fill("solid", fgColor="375623"); ws.row_dimensions[1].height = 28
        ws["A1"].alignment = Alignment(vertical="center")
        ws.merge_cells("A2:G2"); ws["A2"] = pdsc; ws["A2"].font = Font(name=F, size=11)
        ws["A2"].alignment = Alignment(wrap_text=True, vertical="center"); ws.row_dimensions[2].height = 26
        for c, h in enumerate(hdr, 1):
            x = ws.cell(4, c, h); x.font = Font(name=F, size=10, bold=True); x.border = border
            x.fill = Fill("solid", fgColor="C6E0B4"); x.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        for r, row in enumerate(items, 5):
            for c, v in enumerate(row, 1):
                x = ws.cell(r, c, v); x.font = Font(name=F, size=10); x.border = border
                x.alignment = Alignment(vertical="center", wrap_text=c in (3, 4), horizontal="center" if c in (1, 5, 6, 7) else None)
            ws.row_dimensions[r].height = 42
        ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9
        ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
        ws.print_title_rows = "4:4"
        ws.oddHeader.right.text = "槙野町DX推進計画　&A"; ws.oddFooter.center.text = "&P / &N"
    wb.save(path)


# ================================================================ doc162 slides (raw PresentationML)
EMU = 36000  # per mm
SW, SH = 297 * EMU, 210 * EMU
NS = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"')
SFONT = "ＭＳ Ｐゴシック"


class Slide:
    def __init__(self):
        self.shapes = []; self.n = 1

    def box(self, x, y, w, h, paras, fill=None, line=None, anchor="t", align="l"):
        """paras: list of (text, size_pt, bold, color)"""
        self.n += 1
        sp = ('<a:solidFill><a:srgbClr val="%s"/></a:solidFill>' % fill) if fill else "<a:noFill/>"
        ln = ('<a:ln w="12700"><a:solidFill><a:srgbClr val="%s"/></a:solidFill></a:ln>' % line) if line else "<a:ln><a:noFill/></a:ln>"
        ps = []
        for text, size, bold, color in paras:
            ps.append('<a:p><a:pPr algn="%s"/><a:r><a:rPr lang="ja-JP" altLang="en-US" sz="%d" b="%d" dirty="0">'
                      '<a:solidFill><a:srgbClr val="%s"/></a:solidFill><a:latin typeface="%s"/><a:ea typeface="%s"/></a:rPr>'
                      '<a:t>%s</a:t></a:r></a:p>' % (align, int(size * 100), 1 if bold else 0, color or "000000", SFONT, SFONT, escape(text)))
        self.shapes.append(
            '<p:sp><p:nvSpPr><p:cNvPr id="%d" name="TextBox %d"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>'
            '<p:spPr><a:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>%s%s</p:spPr>'
            '<p:txBody><a:bodyPr wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="%s"><a:noAutofit/></a:bodyPr><a:lstStyle/>%s</p:txBody></p:sp>'
            % (self.n, self.n, x * EMU, y * EMU, w * EMU, h * EMU, sp, ln, anchor, "".join(ps)))

    def xml(self):
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:sld %s><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/>'
                '<p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>%s</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>'
                % (NS, "".join(self.shapes)))


THEME = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office"><a:themeElements>'
         '<a:clrScheme name="Office"><a:dk1><a:srgbClr val="000000"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="1F497D"/></a:dk2>'
         '<a:lt2><a:srgbClr val="EEECE1"/></a:lt2><a:accent1><a:srgbClr val="4F81BD"/></a:accent1><a:accent2><a:srgbClr val="C0504D"/></a:accent2>'
         '<a:accent3><a:srgbClr val="9BBB59"/></a:accent3><a:accent4><a:srgbClr val="8064A2"/></a:accent4><a:accent5><a:srgbClr val="4BACC6"/></a:accent5>'
         '<a:accent6><a:srgbClr val="F79646"/></a:accent6><a:hlink><a:srgbClr val="0000FF"/></a:hlink><a:folHlink><a:srgbClr val="800080"/></a:folHlink></a:clrScheme>'
         '<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>'
         '<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>'
         '<a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
         '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="9525"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'
         '<a:ln w="25400"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="38100"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>'
         '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>'
         '<a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst>'
         '</a:fmtScheme></a:themeElements></a:theme>')


def write_pptx(path, slides):
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/>'
          '<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"/>'
          '<Override PartName="/ppt/slideLayouts/slideLayout1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml"/>'
          '<Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>']
    for i in range(len(slides)):
        ct.append('<Override PartName="/ppt/slides/slide%d.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/>' % (i + 1))
    ct.append("</Types>")
    R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    rel = lambda rid, typ, tgt: '<Relationship Id="%s" Type="%s/%s" Target="%s"/>' % (rid, R, typ, tgt)
    rels = lambda items: ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % "".join(items))
    pres = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:presentation %s><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>'
            '<p:sldIdLst>%s</p:sldIdLst><p:sldSz cx="%d" cy="%d"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>'
            % (NS, "".join('<p:sldId id="%d" r:id="rId%d"/>' % (256 + i, 10 + i) for i in range(len(slides))), SW, SH))
    tree = ('<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/></p:spTree></p:cSld>')
    master = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:sldMaster %s>%s<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" '
              'accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>'
              '<p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst></p:sldMaster>' % (NS, tree))
    layout = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:sldLayout %s type="blank" preserve="1">%s'
              '<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>' % (NS, tree))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "".join(ct))
        z.writestr("_rels/.rels", rels([rel("rId1", "officeDocument", "ppt/presentation.xml")]))
        z.writestr("ppt/presentation.xml", pres)
        z.writestr("ppt/_rels/presentation.xml.rels", rels([rel("rId1", "slideMaster", "slideMasters/slideMaster1.xml"), rel("rId2", "theme", "theme/theme1.xml")]
                                                           + [rel("rId%d" % (10 + i), "slide", "slides/slide%d.xml" % (i + 1)) for i in range(len(slides))]))
        z.writestr("ppt/slideMasters/slideMaster1.xml", master)
        z.writestr("ppt/slideMasters/_rels/slideMaster1.xml.rels", rels([rel("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml"), rel("rId2", "theme", "../theme/theme1.xml")]))
        z.writestr("ppt/slideLayouts/slideLayout1.xml", layout)
        z.writestr("ppt/slideLayouts/_rels/slideLayout1.xml.rels", rels([rel("rId1", "slideMaster", "../slideMasters/slideMaster1.xml")]))
        z.writestr("ppt/theme/theme1.xml", THEME)
        for i, s in enumerate(slides):
            z.writestr("ppt/slides/slide%d.xml" % (i + 1), s.xml())
            z.writestr("ppt/slides/_rels/slide%d.xml.rels" % (i + 1), rels([rel("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml")]))


def doc162(path):
    NAVY, BLUE, PALE = "1F3864", "2E75B6", "DEEBF7"
    slides = []

    def titled(title, page):
        s = Slide()
        s.box(0, 0, 297, 22, [(title, 22, True, "FFFFFF")], fill=NAVY, anchor="ctr")
        s.box(230, 200, 62, 8, [("白樺台市DX推進計画【概要版】　%d" % page, 9, False, "595959")], align="r")
        slides.append(s); return s
    s = Slide()
    s.box(20, 50, 257, 30, [("白樺台市DX推進計画", 36, True, NAVY)], align="ctr")
    s.box(20, 82, 257, 16, [("【概要版】", 22, True, BLUE)], align="ctr")
    s.box(20, 120, 257, 12, [("～ デジタルで、もっと便利に、もっと身近に ～", 16, False, "000000")], align="ctr")
    s.box(20, 160, 257, 12, [("令和8年3月　白樺台市", 16, False, "000000")], align="ctr")
    s.box(20, 190, 257, 8, [("北海道白樺台市　団体コード " + CODES["doc162"], 9, False, "595959")], align="ctr")
    slides.append(s)
    s = titled("計画の概要", 2)
    s.box(15, 30, 130, 75, [("策定の趣旨", 15, True, NAVY), ("人口減少と高齢化が進む中、市民サービスの質を高め、", 11, False, None),
                            ("限られた職員で行政を運営していくため、デジタル技術を", 11, False, None), ("全庁的に活用する方針と取組を定めます。", 11, False, None)],
          fill=PALE, line=BLUE)
    s.box(152, 30, 130, 75, [("計画の位置づけ", 15, True, NAVY), ("官民データ活用推進基本法第9条第3項に基づく", 11, False, None),
                             ("「市町村官民データ活用推進計画」を兼ねます。", 11, False, None), ("第7次白樺台市総合計画の分野別計画です。", 11, False, None)],
          fill=PALE, line=BLUE)
    s.box(15, 115, 267, 40, [("計画期間", 15, True, NAVY), ("計画期間：2026年度～2029年度（令和8年度～令和11年度）の4年間", 13, False, None)],
          fill=PALE, line=BLUE)
    s = titled("現状と課題", 3)
    s.box(15, 30, 130, 120, [("国の動向", 15, True, NAVY), ("国は「自治体DX推進計画」で、システムの標準化、", 11, False, None),
                             ("行政手続のオンライン化、テレワークの推進などを", 11, False, None), ("重点取組事項とし、BPR（業務の見直し）の", 11, False, None),
                             ("徹底を求めています。", 11, False, None)], fill=PALE, line=BLUE)
    s.box(152, 30, 130, 120, [("本市の現状", 15, True, NAVY), ("・電子申請できる手続は38手続にとどまる", 11, False, None),
                              ("・70歳以上の約4割がスマートフォンを使っていない", 11, False, None), ("・市内に携帯電話の不感地区が3地区残る", 11, False, None),
                              ("・基幹系システムの更新期限が令和8年度に到来", 11, False, None)], fill=PALE, line=BLUE)
    plan = [
        ("市民の手続をもっと便利に", [
            ("行政手続のオンライン化", "子育て・介護など市民に身近な手続を令和9年度までに", "オンライン化し、マイナポータルからの申請を受け付けます。"),
            ("マイナンバーカードの利便性向上", "カードによる証明書のコンビニ交付と、カードを使った", "電子申請の本人確認を進めます。"),
            ("おくやみ窓口の設置", "ご遺族の手続をひとつの窓口で案内します。", ""),
            ("市公式LINEの機能拡充", "ごみ収集日や防災情報をLINEで配信します。", "")]),
        ("スマートな市役所への転換", [
            ("基幹系システムの標準化", "基幹系20業務のシステムを標準準拠システムへ移行し、", "ガバメントクラウドを利用します。"),
            ("AI・RPAによる業務の自動化", "AI-OCRとRPAを組み合わせ、入力作業を自動化します。", ""),
            ("ペーパーレス化の推進", "紙を前提とした事務を電子に置き換え、", "会議資料をタブレットで共有します。"),
            ("職員の柔軟な働き方の検討", "在宅勤務・サテライトオフィス勤務の導入を検討します。", ""),
            ("情報セキュリティの確保", "セキュリティポリシーの改定と職員研修を毎年度行います。", "")]),
        ("デジタルで支える地域の暮らし", [
            ("デジタル活用支援の充実", "まちづくりセンターでスマートフォン相談会を開き、", "デジタル活用支援員が操作を支援します。"),
            ("地域の通信環境の整備", "不感地区の基地局整備を市が補助し、", "光ファイバ未整備地区の整備を進めます。"),
            ("市保有データの公開と活用", "市が持つデータをオープンデータとして公開し、", "事業者や学生による活用を促します。")])]
    s = titled("施策の体系", 4)
    s.box(10, 28, 40, 165, [("基本理念", 13, True, "FFFFFF"), ("デジタルで、", 12, False, "FFFFFF"), ("もっと便利に、", 12, False, "FFFFFF"),
                            ("もっと身近に", 12, False, "FFFFFF")], fill=BLUE, anchor="ctr", align="ctr")
    y = 28
    for i, (pt, items) in enumerate(plan, 1):
        h = 8 + 7 * len(items)
        s.box(55, y, 85, h, [("基本方針%d" % i, 12, True, NAVY), (pt, 12, True, NAVY)], fill=PALE, line=BLUE, anchor="ctr")
        s.box(145, y, 140, h, [("・" + t, 10.5, False, None) for t, _, _ in items], line=BLUE, anchor="ctr")
        y += h + 6
    for i, (pt, items) in enumerate(plan, 1):
        s = titled("基本方針%s　%s" % ("１２３"[i - 1], pt), 4 + i)
        cols = 2; bw, bh = 132, 40 if len(items) > 4 else 48
        for k, (t, d1, d2) in enumerate(items):
            x = 12 + (k % cols) * (bw + 9); yy = 30 + (k // cols) * (bh + 6)
            paras = [("■ " + t, 14, True, NAVY), (d1, 11, False, None)]
            if d2: paras.append((d2, 11, False, None))
            s.box(x, yy, bw, bh, paras, fill=PALE, line=BLUE)
    s = titled("推進体制・進行管理", 8)
    s.box(15, 30, 267, 60, [("推進体制", 15, True, NAVY), ("市長を本部長とするDX推進本部を設置し、副市長を最高情報責任者（CIO）とします。", 12, False, None),
                            ("外部のデジタル人材をCIO補佐官として任用します。", 12, False, None)], fill=PALE, line=BLUE)
    s.box(15, 100, 267, 60, [("進行管理", 15, True, NAVY), ("取組ごとに成果指標（KPI）を設定し、毎年度の進捗をPDCAサイクルで点検・公表します。", 12, False, None)],
          fill=PALE, line=BLUE)
    write_pptx(path, slides)


# ================================================================ build & check
DOCX = {"doc163": doc163, "doc164": doc164, "doc165": doc165, "doc166": doc166, "doc167": doc167}
OTHER = {"doc161": (doc161, "xlsx"), "doc162": (doc162, "pptx"), "doc168": (doc168, "xlsx")}
PROF = "-env:UserInstallation=file:///tmp/lo16"


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def to_pdf(src):
    subprocess.run(["soffice", PROF, "--headless", "--convert-to", "pdf", "--outdir", HERE, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        out = []
        for n in ("word/document.xml", "word/footnotes.xml"):
            if n in z.namelist():
                out.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", z.read(n).decode("utf-8"))))
    import html
    return html.unescape("".join(out))


def main(argv):
    names = argv or sorted(list(DOCX) + list(OTHER))
    for n in names:
        if n in DOCX:
            p = os.path.join(HERE, n + ".docx"); DOCX[n]().save(p); to_pdf(p)
        else:
            fn, ext = OTHER[n]; p = os.path.join(HERE, "%s.%s" % (n, ext)); fn(p); to_pdf(p)
        print("built", n)
    fails = []
    for n in names:
        key = yaml.safe_load(open(os.path.join(HERE, n + ".expected.yaml"), encoding="utf-8"))
        want = [key["municipality"]] + ([key["code"]] if key.get("code") else [])
        for pol in key["policies"]:
            want.append(pol["title"]); want += pol["measures"]
        texts = {}
        if n in DOCX: texts["docx"] = norm(docx_text(os.path.join(HERE, n + ".docx")))
        texts["pdf"] = norm(subprocess.run(["pdftotext", "-layout", os.path.join(HERE, n + ".pdf"), "-"],
                                           capture_output=True, text=True).stdout)
        for kind, txt in texts.items():
            for w in want:
                if norm(w) not in txt: fails.append("%s.%s: %s" % (n, kind, w))
    if fails:
        print("CHECK FAILED:"); print("\n".join("  " + f for f in fails)); return 1
    print("check ok: all municipality / code / policy / measure strings found in every shipped file")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
