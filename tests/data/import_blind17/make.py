#!/usr/bin/env python3
"""Build the blind test set doc171..doc178 (invented Japanese municipal digital plans) and check
that every answer key's municipality, code, policy and measure titles occur in each shipped file.

Usage: /work/main/.venv/bin/python tests/data/import_blind17/make.py [doc171 ...]
Needs python-docx (1.2), PyYAML, soffice (LibreOffice Writer) and pdftotext on PATH.

The answer keys (docNNN.expected.yaml) were written by hand BEFORE this generator and are only
read here, never written. Each document ships as docNNN.docx + docNNN.pdf (LibreOffice).
"""
import html, os, re, subprocess, sys, unicodedata, zipfile
import yaml
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
MIN = "ＭＳ 明朝"
GOT = "ＭＳ ゴシック"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def code(five):
    """全国地方公共団体コード: 5 digits + check digit (DOMAIN.md §6)."""
    d = [int(c) for c in five]
    return five + str((11 - (6 * d[0] + 5 * d[1] + 4 * d[2] + 3 * d[3] + 2 * d[4]) % 11) % 10)


CODES = {"doc171": code("09291"), "doc172": code("10863"), "doc173": code("37871"), "doc174": code("15296"),
         "doc175": code("24882"), "doc176": code("30894"), "doc177": code("39857"), "doc178": code("18293")}


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


def run(p, text, bold=False, size=None, color=None, font=None):
    r = p.add_run(text)
    set_font(r, font or (GOT if bold else MIN), size, True if bold else None, color)
    return r


def P(d, text="", bold=False, size=None, align=None, indent=None, first=None, after=None, before=None,
      color=None, keep=False):
    p = d.add_paragraph()
    if text: run(p, text, bold, size, color)
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
    r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = cached; r.append(t); p._p.append(r)
    p._p.append(fc("end"))


def header_footer(section, header=None, fmt=("- ", " -")):
    section.footer.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]; fp.text = ""; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if fmt:
        fp.add_run(fmt[0]); add_field(fp, "PAGE", "1"); fp.add_run(fmt[1])
    section.header.is_linked_to_previous = False
    hp = section.header.paragraphs[0]; hp.text = ""
    if header:
        r = hp.add_run(header); set_font(r, MIN, 8.5); hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def new_section(d, header=None, kind=WD_SECTION.NEW_PAGE, fmt=("- ", " -")):
    s = d.add_section(kind)
    header_footer(s, header, fmt)
    return s


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr(); sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), fill); tcpr.append(sh)


def cell_text(cell, text, bold=False, size=9.5, align=None, fill=None, valign=None):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, ln in enumerate(text.split("\n")):
        if i: p = cell.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        if ln: run(p, ln, bold, size)
        if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if fill: shade(cell, fill)
    if valign:
        tcpr = cell._tc.get_or_add_tcPr(); v = OxmlElement("w:vAlign"); v.set(qn("w:val"), valign); tcpr.append(v)


def table(d, widths, style="Table Grid"):
    t = d.add_table(rows=0, cols=len(widths))
    if style: t.style = d.styles[style]
    t.autofit = False
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); t._tbl.tblPr.append(lay)
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


def set_cols(section, n, space_cm=0.8, sep=False):
    cols = section._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols"); section._sectPr.append(cols)
    cols.set(qn("w:num"), str(n)); cols.set(qn("w:space"), str(int(space_cm * 567)))
    if sep: cols.set(qn("w:sep"), "1")


# ================================================================ doc171 桐ヶ原市 (改定版, 【完了】 entries)
def doc171():
    d = new_doc()
    cover(d, [("桐ヶ原市DX推進計画【改定版】", 22), ("～つながる・ひろがる　デジタル桐ヶ原～", 13)],
          [("令和6年3月策定　令和8年3月改定", 12), ("桐ヶ原市", 18)])
    s = new_section(d, "桐ヶ原市DX推進計画【改定版】")
    H(d, "改定にあたって", 1)
    body(d, "本市は、令和6年3月に「桐ヶ原市DX推進計画」を策定し、市民の利便性の向上と行政運営の効率化を目指して、"
            "デジタル技術を活用した取組を進めてきました。計画の策定から2年が経過し、前期（令和6年度～令和7年度）の取組には"
            "予定より早く完了したものがある一方、国においては自治体DX推進計画の改定や基幹業務システムの標準化の移行期限の到来など、"
            "本市を取り巻く状況も大きく変化しています。")
    body(d, "このため、計画期間の中間年にあたる令和7年度に中間見直しを行い、後期（令和8年度～令和10年度）に取り組む内容を改めました。"
            "計画期間は変更していません。前期に完了した取組は、改定後の計画では【完了】と表示したうえで取組から除き、"
            "新たな課題に対応する取組を【新規】として追加しています。")
    P(d, "改定の概要", bold=True, before=6)
    w = [3.6, 4.4, 8.6]
    t = table(d, w)
    trow(t, ["項目", "改定前", "改定後"], w, bold=True, header=True, fill="D9D9D9")
    for r in (["計画期間", "令和6年度～令和10年度", "変更なし（後期：令和8年度～令和10年度）"],
              ["取組数", "12取組", "9取組（完了3取組を除き、6取組を3取組に統合し、新規3取組を追加）"],
              ["完了とした取組", "－", "(4)コンビニ交付、(5)システム標準化、(7)テレワーク環境"],
              ["統合した取組", "－", "RPA・AI議事録→(6)、スマホ教室・デジタル相談→(10)、公民館・避難所Wi-Fi→(12)"],
              ["新たに追加した取組", "－", "(3)書かない窓口、(8)業務プロセスの見直し、(11)オープンデータの検討"],
              ["成果指標", "7指標", "8指標（目標値を上方修正）"]):
        trow(t, r, w)
    P(d, "前期（令和6～7年度）の取組状況", bold=True, before=8)
    w = [5.2, 8.4, 3.0]
    t = table(d, w)
    trow(t, ["前期の取組", "主な実績（令和7年度末）", "進捗"], w, bold=True, header=True, fill="D9D9D9")
    for r in (["オンライン申請の拡大", "電子申請の対象を38手続から96手続に拡大", "順調"],
              ["マイナンバーカードの交付促進と利活用", "休日窓口・出張申請の実施、交付率79％", "順調"],
              ["コンビニ交付サービスの開始", "令和6年10月にサービス開始", "完了"],
              ["基幹業務システムの標準化・共通化", "20業務の標準準拠システムへの移行", "完了"],
              ["RPAの導入", "RPAを12業務に導入", "順調"],
              ["AI議事録作成システムの試行", "3課で試行し、効果を確認", "順調"],
              ["テレワーク環境の整備", "全職員分のテレワーク端末を配備、在宅勤務規程を制定", "完了"],
              ["情報セキュリティ対策の強化", "ネットワーク分離の見直し、全職員研修", "順調"],
              ["スマホ教室の開催", "公民館で年24回開催", "順調"],
              ["デジタル相談窓口の設置", "市民課に相談員1名を配置（予定2名）", "やや遅れ"],
              ["公民館Wi-Fiの整備", "公民館など12施設に整備", "順調"],
              ["避難所Wi-Fiの検討", "整備方法を検討中", "検討中"]):
        trow(t, r, w, center=(2,))
    page_break(d)
    H(d, "第1章　計画の概要", 1)
    P(d, "1　計画策定の趣旨", bold=True)
    body(d, "人口減少と少子高齢化が進む中で、行政サービスの水準を維持し、市民一人ひとりに寄り添った行政を実現するためには、"
            "デジタル技術の活用が欠かせません。本計画は、本市のデジタル・トランスフォーメーション（DX）の方向性と具体的な取組を定めるものです。")
    P(d, "2　計画の位置づけ", bold=True)
    body(d, "本計画は、官民データ活用推進基本法第9条第3項に規定する「市町村官民データ活用推進計画」として位置づけるとともに、"
            "第7次桐ヶ原市総合計画の分野別計画とします。")
    P(d, "3　計画期間", bold=True)
    body(d, "本計画の計画期間は、令和6年度から令和10年度までの5年間とします。令和7年度に中間見直しを行い、"
            "後期（令和8年度から令和10年度まで）の取組を定めました。")
    P(d, "4　市の概要", bold=True)
    body(d, "本市（地方公共団体コード 092916）は、栃木県の南東部に位置し、人口は約6万2千人です。市域の北部には山林が広がり、"
            "中心市街地から離れた地域では高齢化率が40％を超えています。")
    H(d, "第2章　本市を取り巻く状況", 1)
    P(d, "1　国の動向", bold=True)
    body(d, "国は、自治体DX推進計画において、情報システムの標準化・共通化、マイナンバーカードの普及促進、行政手続のオンライン化、"
            "AI・RPAの利用推進、テレワークの推進、セキュリティ対策の徹底を重点取組事項として示しています。"
            "基幹業務システムの標準化については、令和7年度末までの移行が目標とされ、移行が困難なシステムは特定移行支援システムとして"
            "おおむね5年以内の移行を目指すこととされました。")
    P(d, "2　本市の現状と課題", bold=True)
    body(d, "前期の取組により、電子申請の対象手続は96手続まで拡大しましたが、申請の多くは依然として窓口で紙により行われています。"
            "市民アンケートでは、70歳以上の約4割がスマートフォンを「ほとんど使わない」と回答しており、デジタル化から取り残される"
            "市民を生まない支援が引き続き必要です。また、業務の手順が紙を前提としたまま残っており、システムを導入しても職員の負担が"
            "十分に軽減されていないことが明らかになりました。")
    H(d, "第3章　基本理念と基本目標", 1)
    body(d, "基本理念「つながる・ひろがる　デジタル桐ヶ原」のもと、次の三つの基本目標を定めます（改定による変更はありません）。")
    for t_ in ("基本目標１　いつでもどこでも手続ができる市役所", "基本目標２　データとデジタルで変わる行政運営",
               "基本目標３　誰もがデジタルの恩恵を受けられる地域社会"):
        P(d, t_, indent=0.5)
    page_break(d)
    H(d, "第4章　施策の展開", 1)
    body(d, "各取組の冒頭には、改定における区分を次のとおり表示しています。")
    for t_ in ("【継続】前期に引き続き実施する取組", "【拡充】内容や対象を広げて実施する取組",
               "【新規】本改定で新たに追加した取組", "【完了】前期に目的を達成したため、本改定により取組から除いたもの（参考として表示）"):
        P(d, t_, indent=0.5, size=9.5)
    plan = [
        ("基本目標１　いつでもどこでも手続ができる市役所", [
            ("拡充", "オンライン申請の拡大", "子育て・介護関係の手続や各種届出を中心に電子申請の対象を広げ、令和10年度までに200手続を"
             "オンラインで受け付けます。マイナポータルからの申請にも対応します。", "デジタル推進課・各課"),
            ("継続", "マイナンバーカードの交付促進と利活用", "休日窓口や出張申請を継続し、カードの交付を進めます。"
             "あわせて、図書館カードや証明書交付など、市独自の利活用の場面を増やします。", "市民課"),
            ("新規", "書かない窓口の導入", "市民課の窓口に、職員が聞き取りながら申請書を作成する仕組みを導入します。", "市民課"),
            ("完了", "コンビニ交付サービスの開始", "令和6年10月に住民票の写し等のコンビニ交付を開始し、前期に目的を達成しました。"
             "本改定により取組から除きます。", "市民課")]),
        ("基本目標２　データとデジタルで変わる行政運営", [
            ("完了", "基幹業務システムの標準化・共通化", "令和7年度に20業務の標準準拠システムへの移行を完了しました。"
             "本改定により取組から除きます。", "デジタル推進課"),
            ("拡充", "AI・RPAの活用拡大", "RPAの適用業務を12業務から30業務に広げるとともに、AI-OCRとAI議事録作成システムを"
             "全庁で利用できるようにします。", "デジタル推進課"),
            ("完了", "テレワーク環境の整備", "令和7年度までに全職員分のテレワーク端末の配備と在宅勤務規程の制定を完了しました。"
             "本改定により取組から除きます。", "人事課"),
            ("新規", "業務プロセスの見直し（BPR）", "窓口業務と内部事務の業務フローを可視化し、紙を前提とした手順や決裁の流れを"
             "見直します。見直しの結果は標準準拠システムの運用にも反映します。", "行政改革推進課"),
            ("継続", "情報セキュリティ対策の強化", "情報セキュリティポリシーを毎年度見直し、全職員を対象とした研修と"
             "標的型攻撃メール訓練を実施します。", "デジタル推進課")]),
        ("基本目標３　誰もがデジタルの恩恵を受けられる地域社会", [
            ("継続", "デジタル活用支援の充実", "公民館でのスマホ教室に加え、自宅で相談できる訪問型の支援を始めます。", "生涯学習課"),
            ("新規", "オープンデータの推進に向けた検討", "市が保有するデータのうち公開できるものを洗い出し、公開の方法や"
             "対象データについて検討します。", "デジタル推進課"),
            ("拡充", "公共施設Wi-Fiの整備拡大", "公民館に加え、避難所となる小中学校の体育館に市が公衆無線LANを整備します。",
             "デジタル推進課・教育総務課")])]
    n = 0
    for pol, rows in plan:
        H(d, pol, 2)
        for tag, title, desc, tanto in rows:
            n += 1
            grey = "808080" if tag == "完了" else None
            p = P(d, "", before=6, keep=True)
            run(p, "(%d)【%s】%s" % (n, tag, title), True, 11, grey)
            body(d, desc, indent=0.5, color=grey)
            P(d, "担当：" + tanto, align="r", size=9, color=grey)
    H(d, "第5章　推進体制と進行管理", 1)
    body(d, "副市長を最高情報責任者（CIO）とし、市長を本部長とする桐ヶ原市DX推進本部において、取組の進捗を管理します。"
            "外部の専門人材をDX推進アドバイザーとして任用し、技術的な助言を受けます。")
    body(d, "各取組の実施状況と成果指標は毎年度点検し、結果を市ホームページで公表します。PDCAサイクルにより、"
            "必要に応じて取組の内容を見直します。")
    return d


# ================================================================ doc172 菅沼町 (per-policy tables, 年度別計画, wrapped titles)
def doc172():
    d = new_doc()
    cover(d, [("菅沼町情報化推進計画", 24), ("令和8年度～令和10年度", 14)],
          [("令和8年3月", 13), ("群馬県菅沼町（" + CODES["doc172"] + "）", 14)])
    new_section(d, "菅沼町情報化推進計画")
    H(d, "第1章　計画の策定にあたって", 1)
    P(d, "１　策定の趣旨", bold=True)
    body(d, "本町では、平成30年に「菅沼町地域情報化計画」を策定し、光ファイバ網の整備や町ホームページの充実に取り組んできました。"
            "この間、スマートフォンの普及やオンラインサービスの拡大により、町民の暮らしと行政を取り巻く環境は大きく変わりました。"
            "限られた職員で町民サービスを維持・向上させるため、新たに本計画を策定します。")
    P(d, "２　計画の位置づけ", bold=True)
    body(d, "本計画は、官民データ活用推進基本法第9条第3項に基づく「市町村官民データ活用推進計画」として位置づけます。")
    P(d, "３　計画期間", bold=True)
    body(d, "本計画の期間は、令和8年度から令和10年度までの3年間とします。")
    H(d, "第2章　現状と課題", 1)
    P(d, "１　国の動向", bold=True)
    body(d, "国は、自治体DX推進計画において、情報システムの標準化・共通化やマイナンバーカードの普及促進などを重点取組事項とし、"
            "あわせてBPRの取組の徹底やテレワークの推進を地方公共団体に求めています。また、デジタル田園都市国家構想のもと、"
            "地域の通信基盤の整備が進められています。")
    P(d, "２　町の現状", bold=True)
    for t_ in ("・人口は約1万1千人、65歳以上の割合は38.2％（令和7年10月1日現在）",
               "・マイナンバーカードの保有率は76.5％（令和7年12月末）",
               "・電子申請が可能な手続は14手続",
               "・町内に携帯電話がつながりにくい地区が2地区残っている"):
        P(d, t_, indent=0.5)
    P(d, "３　課題", bold=True, before=4)
    body(d, "職員アンケートでは、育児や介護と仕事を両立するためにテレワークを希望する声が多く寄せられましたが、"
            "端末や規程が整っておらず、導入には至っていません。また、会議資料の印刷や紙の申請書の入力など、"
            "紙を前提とした事務が職員の負担となっています。高齢の町民からは、スマートフォンの使い方を気軽に相談できる場が"
            "ほしいという声が寄せられています。")
    page_break(d)
    H(d, "第3章　施策の展開", 1)
    body(d, "三つの基本方針ごとに施策を定め、年度別の計画を示します。年度別計画の記号は次のとおりです。")
    P(d, "○：実施　→：継続実施　△：検討・試行", indent=0.5, bold=True, size=10)
    plan = [
        ("基本方針１　手続のデジタル化で便利な町", "町役場に来なくても手続ができる環境を整えます。", [
            ("1-1", "電子申請サービスの拡充", "群馬県の電子申請サービスを活用し、各種届出や施設の利用申込みなど、町民の利用が多い手続から"
             "順にオンライン申請の対象を広げ、令和10年度までに60手続とします。", "○", "→", "→"),
            ("1-2", "マイナンバーカードの取得支援", "休日の臨時窓口や地区公民館での出張申請を行い、カードの取得を支援します。", "○", "→", "→"),
            ("1-3", "マイナポータルを活用した子育て・介護手続の受付", "児童手当や保育所の利用申込み、要介護認定の申請などを"
             "マイナポータルから受け付けます。", "○", "→", "→"),
            ("1-4", "窓口手数料のキャッシュレス決済の導入", "住民票の写しなどの交付手数料の支払いに、"
             "クレジットカードや電子マネーを利用できるようにします。", "△", "○", "→")]),
        ("基本方針２　効率的で安全な行政運営", "少ない職員でも質の高い行政サービスを提供できる体制をつくります。", [
            ("2-1", "基幹業務システムの標準準拠システムへの移行", "住民記録、税、福祉などの基幹業務システムを、令和8年度中に"
             "標準準拠システムへ移行し、ガバメントクラウドで運用します。", "○", "→", "→"),
            ("2-2", "AI議事録作成システムの試行", "会議録の作成に要する時間を減らすため、AIによる議事録作成システムを"
             "一部の会議で試行し、導入の効果を検証します。", "△", "△", "△"),
            ("2-3", "情報セキュリティポリシーの見直しと職員研修", "国のガイドラインの改定に合わせて情報セキュリティポリシーを"
             "見直すとともに、全職員を対象とした研修を毎年度実施します。", "○", "○", "○"),
            ("2-4", "ペーパーレス会議の推進", "庁内会議の資料をタブレット端末で閲覧する方式に切り替えます。", "○", "→", "→")]),
        ("基本方針３　地域のデジタル化と誰一人取り残さない支援", "町民が地域でデジタルの便利さを実感できるようにします。", [
            ("3-1", "高齢者向けスマートフォン相談窓口の開設", "役場と地区公民館に、スマートフォンの操作やオンライン申請を"
             "相談できる窓口を開設します。", "○", "→", "→"),
            ("3-2", "携帯電話不感地区の解消", "携帯電話がつながりにくい2地区について、通信事業者が行う基地局整備の費用の一部を"
             "町が補助し、不感地区を解消します。", "○", "○", "→"),
            ("3-3", "オープンデータの公開", "避難所や公共施設の一覧などを機械判読可能な形式で町ホームページに公開し、"
             "公開するデータを毎年度増やします。", "○", "→", "→")])]
    w = [1.2, 3.0, 8.5, 1.2, 1.2, 1.2]
    for pol, lead, rows in plan:
        P(d, pol, bold=True, size=12, before=10, keep=True)
        body(d, lead)
        t = table(d, w)
        h1 = t.add_row(); h2 = t.add_row(); repeat_header(h1); repeat_header(h2)
        for i in range(6):
            h1.cells[i].width = Cm(w[i]); h2.cells[i].width = Cm(w[i])
        for i, lab in enumerate(("番号", "施策名", "概要")):
            c = h1.cells[i].merge(h2.cells[i]); cell_text(c, lab, True, 9.5, "c", "D9E2F3", "center")
        c = h1.cells[3].merge(h1.cells[5]); cell_text(c, "年度別計画", True, 9.5, "c", "D9E2F3")
        for i, y in enumerate(("R8", "R9", "R10")):
            cell_text(h2.cells[3 + i], y, True, 9.5, "c", "D9E2F3")
        for no, title, desc, *yrs in rows:
            r = t.add_row(); cant_split(r)
            vals = [no, title, desc] + yrs
            for i, v in enumerate(vals):
                r.cells[i].width = Cm(w[i])
                cell_text(r.cells[i], v, False, 9, "c" if i in (0, 3, 4, 5) else None, None, "center" if i >= 3 else None)
        P(d, "", after=2)
    H(d, "第4章　推進体制", 1)
    body(d, "副町長を情報化推進の統括責任者とし、各課長で構成する情報化推進会議において、施策の進捗を毎年度確認します。"
            "群馬県や近隣町村と情報を共有し、共同で取り組むことができる施策については連携して進めます。")
    return d


# ================================================================ doc173 鴫野町 (【基本施策】, ①②③, 【重点】, 再掲)
def shaded_line(d, text, fill="E2EFDA", size=12, before=10):
    p = P(d, "", before=before, after=4, keep=True)
    run(p, text, True, size)
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), fill)
    ppr_insert(p, sh)
    return p


def doc173():
    d = new_doc()
    cover(d, [("鴫野町官民データ活用推進計画", 22), ("～デジタルでつなぐ　海と里のまち～", 13)],
          [("令和8年3月", 13), ("香川県鴫野町", 16), ("団体コード " + CODES["doc173"], 10)])
    new_section(d, "鴫野町官民データ活用推進計画")
    H(d, "第1章　計画の基本的事項", 1)
    P(d, "1.　計画策定の趣旨", bold=True)
    body(d, "本町は、瀬戸内海に面した人口約1万8千人の町です。少子高齢化と人口減少が進む中で、町民の暮らしを支える行政サービスを"
            "将来にわたって提供し続けるためには、行政が保有するデータとデジタル技術を積極的に活用していく必要があります。"
            "このため、官民データの活用に関する施策を総合的かつ計画的に推進するための計画を策定します。")
    P(d, "2.　計画の位置づけ", bold=True)
    body(d, "本計画は、官民データ活用推進基本法第9条第3項に規定する「市町村官民データ活用推進計画」であり、"
            "第6次鴫野町総合計画（令和5年度～令和14年度）の個別計画です。")
    P(d, "3.　計画期間", bold=True)
    body(d, "計画期間は、令和8年度から令和12年度までの5年間とします。")
    H(d, "第2章　鴫野町を取り巻く状況", 1)
    P(d, "1.　国の動向", bold=True)
    body(d, "官民データ活用推進基本法は、行政手続のオンライン化、オープンデータの推進、マイナンバーカードの普及・活用、"
            "デジタルデバイド対策、情報システム改革・業務の見直しを地方公共団体が取り組むべき施策として示しています。"
            "また、国は自治体DX推進計画において、AI・RPAの利用推進やテレワークの推進、地域社会のデジタル化を掲げています。")
    P(d, "2.　町の現状", bold=True)
    body(d, "本町の電子申請の対象は22手続にとどまり、年間の申請件数は約1,300件です。RPAは税務課の2業務で利用しているのみで、"
            "AIを活用した取組はまだありません。公共交通は町営バスが1日4便運行していますが、利用者は年々減少しており、"
            "交通手段の確保が課題となっています。")
    P(d, "3.　町民アンケートの結果", bold=True)
    for t_ in ("・インターネットで手続ができるなら利用したい：68.4％",
               "・スマートフォンの操作に不安がある（70歳以上）：52.1％",
               "・町が公開するデータで関心があるもの：避難所・防災情報（41.0％）、子育て施設（27.3％）"):
        P(d, t_, indent=0.5)
    H(d, "第3章　計画の基本的な考え方", 1)
    body(d, "基本理念「デジタルでつなぐ　海と里のまち」のもと、次の四つの基本施策に取り組みます。")
    for t_ in ("基本施策１　行政手続のデジタル化", "基本施策２　データ活用と業務改革", "基本施策３　安心・安全なデジタル行政基盤",
               "基本施策４　誰もがデジタルを実感できる地域づくり"):
        P(d, t_, indent=0.5)
    page_break(d)
    H(d, "第4章　施策の展開", 1)
    body(d, "施策のうち、計画期間中に特に重点的に取り組むものには【重点】を付しています。また、複数の基本施策に関係する施策は、"
            "関係する基本施策にも（再掲）として掲げています。")
    plan = [
        ("【基本施策１】行政手続のデジタル化", [
            ("①", "オンライン手続の拡充", True, "子育て・介護関係の手続をはじめ、町民の利用が多い手続から順にオンライン申請の対象とし、"
             "令和12年度までに150手続をオンラインで受け付けます。", "総務課・各課"),
            ("②", "マイナンバーカードの普及促進", False, "休日窓口や出張申請を継続するとともに、カードを使って手続ができる場面を"
             "増やし、カードの取得と利用を促します。", "住民課"),
            ("③", "公金収納のキャッシュレス化", False, "町税や保育料、施設使用料の納付に、スマートフォン決済などを導入します。", "会計課")]),
        ("【基本施策２】データ活用と業務改革", [
            ("①", "データに基づく政策立案（EBPM）の推進", False, "町が保有する統計や業務データを分析し、施策の立案や評価に活用します。", "企画課"),
            ("②", "業務の棚卸しとBPRの推進", True, "全課の業務を棚卸しし、業務フローを可視化したうえで、手順や様式、"
             "決裁の流れを見直します。", "総務課"),
            ("③", "AI-OCRの試行導入", False, "手書きの申請書の読み取りにAI-OCRを試行的に導入し、効果を検証します。", "総務課"),
            ("④", "オープンデータの推進", False, "避難所、子育て施設、公共施設の情報などを機械判読可能な形式で公開し、"
             "町民や事業者が利用できるようにします。", "企画課")]),
        ("【基本施策３】安心・安全なデジタル行政基盤", [
            ("①", "基幹業務システムの標準化・共通化", False, "基幹業務システムを標準準拠システムへ移行し、ガバメントクラウドで運用します。"
             "移行が完了していないシステムは、令和9年度までに移行します。", "総務課"),
            ("②", "情報セキュリティ対策の徹底", False, "情報セキュリティポリシーを改定し、外部監査と全職員研修を毎年度実施します。", "総務課"),
            ("③", "テレワーク環境の整備", False, "災害時の業務継続と多様な働き方に対応するため、令和9年度までに全職員が"
             "利用できるテレワーク環境を整備します。", "総務課"),
            ("④", "職員のデジタル人材育成", False, "職員向けの研修を体系化し、各課にデジタル推進リーダーを置きます。", "総務課")]),
        ("【基本施策４】誰もがデジタルを実感できる地域づくり", [
            ("①", "デジタル活用支援員の派遣", True, "地区の集会所や老人クラブにデジタル活用支援員を派遣し、スマートフォンや"
             "オンライン申請の使い方を支援します。", "福祉課"),
            ("②", "オンライン手続の拡充", True, "REPOST1", "総務課・各課"),
            ("③", "デマンド交通の実証運行", False, "AIを活用した予約型のデマンド交通の実証運行を行い、利用状況を踏まえて"
             "本格導入の可否を判断します。", "企画課"),
            ("④", "マイナンバーカードの普及促進", False, "REPOST2", "住民課")])]
    for pol, rows in plan:
        shaded_line(d, pol)
        for mark, title, jui, desc, tanto in rows:
            p = P(d, "", before=5, keep=True, indent=0.3)
            text = mark + title + ("【重点】" if jui else "")
            if desc == "REPOST1":
                text += "（再掲：基本施策１－①）"; desc = "基本施策１の①を参照してください。"
            elif desc == "REPOST2":
                text += "（基本施策１－②の再掲）"; desc = "基本施策１の②を参照してください。"
            run(p, text, True, 11)
            body(d, desc, indent=0.8)
            P(d, "（担当：%s）" % tanto, align="r", size=9)
    H(d, "第5章　推進体制", 1)
    body(d, "町長を本部長とする鴫野町デジタル推進本部を設置し、副町長を最高情報責任者（CIO）とします。香川県や県内市町と連携し、"
            "共同で取り組むことができる施策は共同化を検討します。施策の進捗は毎年度点検し、町ホームページで公表します。")
    return d


# ================================================================ doc174 柏葉市 (cover, 市長あいさつ, 3-level typed 目次)
PLAN174 = [
    ("基本方針１　市民の利便性向上", [
        ("(1)", "行政手続のオンライン化", "市民が時間や場所を問わず手続ができるよう、行政手続のオンライン化を進めます。",
         ["子育て・介護関係の手続をマイナポータルから受け付けます", "令和12年度までに市民の利用が多い200手続をオンライン化します",
          "施設予約と各種講座の申込みをオンラインで受け付けます"]),
        ("(2)", "マイナンバーカードの普及と利活用", "マイナンバーカードの取得を支援するとともに、カードを活用できるサービスを広げます。",
         ["休日・夜間の申請窓口と出張申請を実施します", "図書館カードとしての利用を開始します"]),
        ("(3)", "おくやみ窓口の設置", "ご遺族の負担を軽減するため、死亡に伴う手続を一か所で案内する窓口を設けます。",
         ["必要な手続を一覧にしたおくやみハンドブックを作成します"])]),
    ("基本方針２　行政運営の効率化", [
        ("(4)", "基幹業務システムの標準化", "基幹業務システムを標準準拠システムへ移行し、ガバメントクラウドで運用します。",
         ["特定移行支援システムとなった2業務は令和10年度までに移行します", "移行後の運用経費を検証します"]),
        ("(5)", "RPAによる定型業務の自動化", "職員が手作業で行っている定型的な入力作業にRPAを導入し、業務時間を削減します。",
         ["令和10年度までに40業務に導入します", "各課の職員がシナリオを作成できるよう研修を行います"]),
        ("(6)", "業務改革（BPR）の調査研究", "業務改革（BPR）の手法について先進自治体の事例を調査研究し、本市で対象とする業務を検討します。",
         ["先進自治体の事例を調査します", "対象業務の選定方法を検討します"]),
        ("(7)", "サイバーセキュリティ対策の強化", "巧妙化するサイバー攻撃に備え、技術的・人的な対策を強化します。",
         ["情報セキュリティポリシーを毎年度見直します", "全職員を対象に標的型攻撃メール訓練を実施します"])]),
    ("基本方針３　地域のデジタル化", [
        ("(8)", "スマホ教室の開催", "高齢者などを対象に、スマートフォンの基本操作やオンライン申請の方法を学ぶ教室を開催します。",
         ["地区公民館で年30回開催します", "携帯電話事業者と連携して講師を確保します"]),
        ("(9)", "光ファイバ未整備地区の解消", "光ファイバが整備されていない山間部の3地区について、通信事業者による整備費の一部を"
         "市が補助し、超高速ブロードバンドを利用できる環境を整えます。", ["令和9年度までに3地区の整備を完了します"]),
        ("(10)", "市ホームページのアクセシビリティ向上", "誰もが必要な情報にたどり着けるよう、市ホームページを改修します。",
         ["日本産業規格（JIS X 8341-3）の適合レベルAAに対応します", "音声読み上げと多言語表示に対応します"])])]


def toc174_entries():
    toc = [("第1章　計画の策定にあたって", 0, True), ("1　計画策定の趣旨", 0.5, False), ("2　計画の位置づけ", 0.5, False),
           ("3　計画期間", 0.5, False), ("第2章　本市を取り巻く状況", 0, True), ("1　国の動向", 0.5, False),
           ("2　本市の現状と課題", 0.5, False), ("第3章　基本理念と基本方針", 0, True), ("第4章　施策の展開", 0, True)]
    for pol, ms in PLAN174:
        toc.append((pol, 0.5, False))
        toc += [("%s　%s" % (no, title), 1.0, False) for no, title, _, _ in ms]
    return toc + [("第5章　推進体制と進行管理", 0, True), ("用語解説", 0, True)]


def toc_pages(pdf, entries, first_body_page):
    """Page number (as printed, body numbering starts at 1) of the first body page holding each 目次 entry."""
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
    texts = [norm(subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), "-layout", pdf, "-"], capture_output=True,
                                 text=True).stdout) for i in range(first_body_page, n + 1)]
    out, last = {}, 0
    for text, _, _ in entries:   # entries are in document order: search from the previous entry's page on
        last = next((i for i in range(last, len(texts)) if norm(text) in texts[i]), last)
        out[text] = last + 1
    return out


def doc174(pages=None):
    d = new_doc()
    cover(d, [("柏葉市DX推進計画", 26), ("～市民とともにつくる　デジタルのまち　かしわば～", 13)],
          [("2026年度（令和8年度）～2030年度（令和12年度）", 12), ("令和8年3月", 13), ("柏葉市", 20)], mid_gap=9)
    new_section(d, None, fmt=None)
    P(d, "はじめに", bold=True, size=16, align="c", after=12)
    t = table(d, [4.0]); t.alignment = WD_TABLE_ALIGNMENT.RIGHT
    r = t.add_row(); r.height = Cm(5.0); cell_text(r.cells[0], "（市長写真）", False, 9, "c", "F2F2F2", "center")
    P(d)
    body(d, "市民の皆様には、日頃から市政に対し格別のご理解とご協力を賜り、心から感謝申し上げます。")
    body(d, "スマートフォンが暮らしの隅々にまで浸透し、買い物や金融、医療などあらゆる場面でデジタル技術の活用が進んでいます。"
            "一方で、市役所の手続の多くは今も紙と窓口を前提としており、市民の皆様に来庁の手間をおかけしています。"
            "また、人口減少が進む中で、限られた職員で行政サービスを維持していくためには、仕事の進め方そのものを変えていく必要があります。")
    body(d, "このたび策定した「柏葉市DX推進計画」は、「市民とともにつくる　デジタルのまち　かしわば」を基本理念に、"
            "市民の利便性向上、行政運営の効率化、地域のデジタル化の三つの基本方針のもとで、今後5年間に取り組む施策を定めたものです。"
            "職員が場所を選ばずに働けるテレワークや、市が持つデータを市民や企業の皆様と共有するオープンデータなど、"
            "新しい取組にも積極的に挑戦してまいりたいと考えております。")
    body(d, "デジタル化は目的ではなく、市民の皆様の暮らしをより良くするための手段です。誰一人取り残されることのないよう、"
            "市民の皆様の声をお聴きしながら計画を進めてまいります。結びに、本計画の策定にあたり、アンケートやパブリックコメントを通じて"
            "貴重なご意見をお寄せいただいた皆様に、心からお礼を申し上げます。")
    P(d, "令和8年3月", align="r", before=12)
    P(d, "柏葉市長　森山　健一", align="r", bold=True, size=12)
    page_break(d)
    P(d, "目　次", bold=True, size=15, align="c", after=12)
    for text, ind, b in toc174_entries():
        tab_leader_line(d, text, (pages or {}).get(text, 1), indent=ind, bold=b)
    s = new_section(d, "柏葉市DX推進計画")
    pn = OxmlElement("w:pgNumType"); pn.set(qn("w:start"), "1")
    s._sectPr.find(qn("w:pgMar")).addnext(pn)
    H(d, "第1章　計画の策定にあたって", 1)
    H(d, "1　計画策定の趣旨", 2)
    body(d, "本市では、平成28年度に「柏葉市情報化推進計画」を策定し、電子申請や施設予約システムの導入などを進めてきました。"
            "同計画の期間が令和7年度で終了することから、国の自治体DX推進計画や社会情勢の変化を踏まえ、"
            "本市のデジタル・トランスフォーメーションを推進するための新たな計画として本計画を策定します。")
    H(d, "2　計画の位置づけ", 2)
    body(d, "本計画は、官民データ活用推進基本法第9条第3項に規定する「市町村官民データ活用推進計画」として位置づけます。"
            "また、第3次柏葉市総合計画（令和5年度～令和14年度）の分野別計画とします。")
    H(d, "3　計画期間", 2)
    body(d, "本計画の期間は、2026年度（令和8年度）から2030年度（令和12年度）までの5年間とします。")
    H(d, "第2章　本市を取り巻く状況", 1)
    H(d, "1　国の動向", 2)
    body(d, "国は、デジタル社会の実現に向けた重点計画を毎年改定し、行政手続のオンライン化やマイナンバーカードの利活用を進めています。"
            "また、国はオープンデータ基本指針により、地方公共団体に対して保有データの積極的な公開を求めています。"
            "自治体DX推進計画では、テレワークの推進やAI・RPAの利用推進が重点取組事項に掲げられています。")
    H(d, "2　本市の現状と課題", 2)
    body(d, "本市の電子申請の対象は58手続であり、令和6年度の申請件数は約8,900件でした。一方、市民アンケートでは「市役所の手続を"
            "オンラインでしたい」と回答した人が71.2％に上っており、対象手続の拡大が求められています。")
    body(d, "山間部の3地区では光ファイバが整備されておらず、在宅での仕事や遠隔授業に支障が生じています。"
            "また、市ホームページについては「必要な情報が探しにくい」との意見が多く寄せられています。")
    H(d, "第3章　基本理念と基本方針", 1)
    body(d, "基本理念「市民とともにつくる　デジタルのまち　かしわば」の実現に向けて、次の三つの基本方針を定めます。")
    for pol, _ in PLAN174:
        P(d, "・" + pol, indent=0.5)
    page_break(d)
    H(d, "第4章　施策の展開", 1)
    for pol, ms in PLAN174:
        H(d, pol, 2)
        for no, title, desc, acts in ms:
            H(d, "%s　%s" % (no, title), 3)
            body(d, desc, indent=0.4)
            P(d, "【主な取組】", bold=True, size=10, indent=0.4)
            for a in acts:
                P(d, "・" + a, indent=0.8, size=10)
    H(d, "第5章　推進体制と進行管理", 1)
    body(d, "市長を本部長、副市長を最高情報責任者（CIO）とする柏葉市DX推進本部を設置し、全庁的に計画を推進します。"
            "各施策の進捗は毎年度点検し、柏葉市DX推進委員会（外部有識者）の意見を聴いて見直します。")
    H(d, "用語解説", 1)
    for t_ in ("BPR：業務の目的に立ち返って、業務の流れや手順を根本的に見直し、再設計すること。",
               "RPA：パソコンで行う定型的な作業をソフトウェアのロボットにより自動化する技術。",
               "オープンデータ：国や地方公共団体が保有するデータのうち、誰もが二次利用できる形で公開されたもの。",
               "テレワーク：情報通信技術を活用した、場所や時間にとらわれない柔軟な働き方。"):
        P(d, t_, indent=0.5, size=9.5)
    page_break(d)
    for _ in range(24): P(d)
    P(d, "柏葉市DX推進計画", size=10, indent=9.0)
    P(d, "令和8年3月発行", size=9.5, indent=9.0)
    P(d, "編集・発行　柏葉市総務部デジタル推進課", size=9.5, indent=9.0)
    P(d, "地方公共団体コード　" + CODES["doc174"], size=9.5, indent=9.0)
    return d


# ================================================================ doc175 萱野台町 (A3 landscape 施策体系図 section)
PLAN175 = [
    ("手続が便利になるまち", [
        ("オンライン申請の拡充", "子育て・介護の手続からオンライン化", "総務課",
         "電子申請の対象は31手続で、窓口での手続が大半を占めています。",
         "子育て・介護関係の手続をマイナポータルから受け付けるとともに、町民の利用が多い手続から順にオンライン申請の対象とし、"
         "令和13年度までに120手続とします。"),
        ("マイナンバーカードの利活用促進", "カードを使った独自サービスの調査・検討", "住民課",
         "町のマイナンバーカード交付率は82％に達していますが、カードを使って受けられる町独自のサービスはありません。",
         "図書館カードや避難所の受付など、マイナンバーカードを活用した独自サービスの導入について、先行自治体の事例を調査し、"
         "費用対効果を含めて検討します。"),
        ("窓口予約システムの導入", "来庁予約で待ち時間を短縮", "住民課",
         "年度末・年度始めには窓口の待ち時間が1時間を超える日があります。",
         "来庁日時をスマートフォンから予約できるシステムを導入します。")]),
    ("効率的で強靭な役場", [
        ("標準準拠システムへの移行と運用", "ガバメントクラウドでの安定運用", "総務課",
         "基幹業務システムのうち3業務が特定移行支援システムとなっています。標準化にあわせて、紙を前提とした業務の手順を"
         "見直すことが課題です。",
         "特定移行支援システムとなった3業務を令和10年度までに標準準拠システムへ移行し、ガバメントクラウドで安定して運用します。"),
        ("生成AIとRPAの活用", "定型業務の自動化と文書作成の支援", "総務課",
         "RPAは5業務で利用しています。",
         "RPAの対象を20業務に広げるとともに、利用ルールを定めたうえで生成AIを全庁に導入し、文書作成や要約に活用します。"),
        ("テレワークとフリーアドレスの導入", "柔軟な働き方の実現", "総務課",
         "災害時や感染症の流行時に、職員が登庁できない場合の業務継続が課題です。",
         "全職員を対象にテレワークを導入し、令和10年度の庁舎改修にあわせて執務室をフリーアドレスとします。"),
        ("情報セキュリティの確保", "ポリシー改定と訓練", "総務課",
         "近隣の団体でランサムウェアによる被害が発生しています。",
         "情報セキュリティポリシーを改定し、外部監査、全職員研修、インシデント対応訓練を毎年度実施します。")]),
    ("デジタルでつながる地域", [
        ("デジタルデバイド対策の推進", "スマホ相談会と支援員の配置", "企画課",
         "70歳以上の町民の半数がスマートフォンの操作に不安があると回答しています。",
         "地区の集会所でのスマホ相談会を年40回開催し、役場窓口にデジタル支援員を配置します。"),
        ("オープンデータの公開と活用", "データの公開と活用事例の創出", "企画課",
         "町が公開しているオープンデータは12データセットです。",
         "公開データを毎年度増やし、令和13年度までに60データセットとするとともに、高校生とのアイデアソンを開催します。"),
        ("地域ポイントアプリの導入", "町内店舗で使えるデジタル地域通貨", "産業振興課",
         "町内での消費が町外の大型店に流出しています。",
         "町内の店舗で使えるデジタル地域通貨（地域ポイントアプリ）を町が導入し、健康づくりやボランティア活動にもポイントを付与します。"),
        ("防災情報のLINE配信", "町公式LINEでの防災情報の発信", "総務課",
         "防災行政無線が聞き取りにくいとの声があります。",
         "町公式LINEで避難情報や気象情報を配信します。")])]


def doc175():
    d = new_doc()
    cover(d, [("萱野台町DX推進計画", 26), ("令和9年度（2027年度）～令和13年度（2031年度）", 13)],
          [("令和9年3月", 13), ("萱野台町", 20)])
    new_section(d, "萱野台町DX推進計画")
    H(d, "第1章　計画の概要", 1)
    H(d, "1　計画策定の趣旨", 2)
    body(d, "本町は、令和4年度から令和8年度までを期間とする「萱野台町デジタル化推進方針」に基づき、電子申請の導入や"
            "基幹業務システムの標準化対応を進めてきました。同方針の期間満了にあたり、これまでの成果と課題を踏まえ、"
            "町全体のデジタル・トランスフォーメーションを計画的に推進するため、本計画を策定します。")
    H(d, "2　計画の位置づけ", 2)
    body(d, "本計画は、官民データ活用推進基本法第9条第3項に基づく「市町村官民データ活用推進計画」として位置づけます。")
    H(d, "3　計画期間", 2)
    body(d, "本計画の期間は、令和9年度（2027年度）から令和13年度（2031年度）までの5年間とします。")
    H(d, "4　町の概要", 2)
    w = [4.5, 12.1]
    t = table(d, w)
    for r in (["団体名", "三重県萱野台町"], ["地方公共団体コード", CODES["doc175"]], ["人口", "14,820人（令和8年10月1日現在）"],
              ["世帯数", "6,113世帯"], ["高齢化率", "34.6％"], ["職員数", "162人（一般行政職）"]):
        trow(t, r, w)
    H(d, "第2章　現状と課題", 1)
    H(d, "1　国の動向", 2)
    body(d, "国は、令和2年12月に「自治体デジタル・トランスフォーメーション（DX）推進計画」を策定しました。同計画の対象期間は"
            "令和3年1月から令和8年3月までであり、情報システムの標準化・共通化、マイナンバーカードの普及促進、行政手続のオンライン化、"
            "AI・RPAの利用推進、テレワークの推進、セキュリティ対策の徹底が重点取組事項とされました。また、国は業務改革（BPR）の"
            "取組の徹底やオープンデータの推進を地方公共団体に求めています。")
    H(d, "2　本町の現状と課題", 2)
    body(d, "町民アンケート（令和8年7月実施、回答1,204人）では、「役場に行かずに手続ができるとよい」と回答した人が74.5％でした。"
            "一方、70歳以上ではスマートフォンを使っていない人が3割を超えています。庁内では、標準準拠システムへの移行が一部で"
            "遅れているほか、紙の帳票と手作業による入力が職員の負担となっています。")
    # ---- A3 landscape section: 施策の体系
    s = new_section(d, "萱野台町DX推進計画")
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(42.0), Cm(29.7)
    s.left_margin = s.right_margin = Cm(1.5); s.top_margin = s.bottom_margin = Cm(1.8)
    H(d, "第3章　施策の体系", 1)
    body(d, "基本理念のもと、三つの基本目標と11の施策を次のとおり体系化します。", size=12)
    w = [5.0, 6.5, 9.5, 13.0, 5.0]
    t = table(d, w)
    hr = trow(t, ["基本理念", "基本目標", "施策", "施策の概要", "担当課"], w, bold=True, header=True, fill="FCE4D6", size=12)
    hr.height = Cm(1.0)
    first_row = None; rows_by_goal = []
    for gi, (goal, ms) in enumerate(PLAN175, 1):
        rs = []
        for mi, (title, gaiyo, ka, _, _) in enumerate(ms, 1):
            r = trow(t, ["", "", "%d-%d %s" % (gi, mi, title), gaiyo, ka], w, size=12)
            r.height = Cm(1.55)
            for c_ in r.cells[2:]:
                v = OxmlElement("w:vAlign"); v.set(qn("w:val"), "center"); c_._tc.get_or_add_tcPr().append(v)
            rs.append(r)
        rows_by_goal.append((gi, goal, rs))
    all_rows = [r for _, _, rs in rows_by_goal for r in rs]
    c = all_rows[0].cells[0].merge(all_rows[-1].cells[0])
    cell_text(c, "人と地域が\nデジタルで\nつながる\nかやのだい", True, 16, "c", "FFF2CC", "center")
    for gi, goal, rs in rows_by_goal:
        c = rs[0].cells[1].merge(rs[-1].cells[1])
        cell_text(c, "基本目標%d\n%s" % (gi, goal), True, 13, None, "DDEBF7", "center")
    # ---- back to A4 portrait
    s = new_section(d, "萱野台町DX推進計画")
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.left_margin = s.right_margin = Cm(2.2); s.top_margin = s.bottom_margin = Cm(2.2)
    H(d, "第4章　施策の展開", 1)
    zen = "０１２３４５６７８９"
    for gi, (goal, ms) in enumerate(PLAN175, 1):
        H(d, "基本目標%s　%s" % (zen[gi], goal), 2)
        for mi, (title, _, ka, genjo, naiyo) in enumerate(ms, 1):
            p = P(d, "", before=8, keep=True)
            run(p, "施策%s－%s　%s" % (zen[gi], zen[mi], title), True, 11)
            P(d, "【現状と課題】", bold=True, size=10, indent=0.4, keep=True)
            body(d, genjo, indent=0.8)
            P(d, "【取組内容】", bold=True, size=10, indent=0.4, keep=True)
            body(d, naiyo, indent=0.8)
            P(d, "【担当課】" + ka, size=10, indent=0.4)
    H(d, "第5章　推進体制と進行管理", 1)
    body(d, "副町長を最高情報責任者（CIO）とし、課長級職員で構成する萱野台町DX推進会議で施策の進捗を管理します。"
            "三重県や県内市町と連携し、共同調達や人材の確保にも取り組みます。毎年度、施策の実施状況を点検し、町ホームページで公表します。")
    return d


# ================================================================ doc176 樫ノ木町 (automatic multilevel list continued across chapters)
def add_numbering(d):
    """Level 0 「基本方針%1」, level 1 「%1-%2」 (abstractNum 60 / numId 60) and 「課題%1」 (abstractNum 61 / numId 61)."""
    numbering = d.part.numbering_part.element
    abs_xml = (
        '<w:abstractNum %s w:abstractNumId="60"><w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="space"/>'
        '<w:lvlText w:val="基本方針%%1"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:b/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="space"/>'
        '<w:lvlText w:val="%%1-%%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="284" w:firstLine="0"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:b/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), GOT, GOT, GOT, GOT, GOT, GOT))
    abs2 = (
        '<w:abstractNum %s w:abstractNumId="61"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="space"/>'
        '<w:lvlText w:val="課題%%1"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="284" w:firstLine="0"/></w:pPr>'
        '<w:rPr><w:b/></w:rPr></w:lvl></w:abstractNum>' % nsdecls("w"))
    first_num = numbering.find(qn("w:num"))
    for x in (abs_xml, abs2):
        el = parse_xml(x)
        if first_num is not None: first_num.addprevious(el)
        else: numbering.append(el)
    for nid in (60, 61):
        numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (nsdecls("w"), nid, nid)))


def numbered(d, text, num_id, lvl, bold=True, size=11, before=6):
    p = P(d, "", before=before, keep=True)
    run(p, text, bold, size)
    numpr = p._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = lvl; numpr.get_or_add_numId().val = num_id
    return p


PLAN176 = [
    ("住民に身近な行政サービスのデジタル化", "役場に来なくても手続ができ、来庁したときも迷わない役場をつくります。", [
        ("電子申請の導入拡大", "和歌山県の電子申請システムを利用し、子育て・介護関係の手続をはじめ、住民の利用が多い手続から順に"
         "オンラインで受け付けます。", "オンライン手続数　12手続（R7）→ 80手続（R11）"),
        ("マイナンバーカードの普及", "休日窓口と集落への出張申請を行い、カードの取得を支援します。", "カード保有率　74％（R7）→ 90％（R11）"),
        ("デジタル窓口相談員の配置", "役場の窓口に相談員を配置し、スマートフォンでのオンライン申請やカードの利用を手助けします。",
         "相談件数　年間600件")]),
    ("行政事務の効率化", "限られた職員で行政サービスを維持できるよう、事務の進め方を改めます。", [
        ("標準化・共通化への対応", "基幹業務システムの標準準拠システムへの移行について、県内町村との共同利用の可能性を含め、"
         "移行の時期と方法を検討します。", "移行方針の決定（R9）"),
        ("RPAの導入", "税や福祉の定型的な入力作業にRPAを導入し、職員の作業時間を削減します。", "導入業務数　0（R7）→ 15業務（R11）"),
        ("文書の電子化とペーパーレス化", "決裁や会議資料を電子化し、紙の使用量を削減します。", "コピー用紙使用量　30％削減"),
        ("情報セキュリティ研修の充実", "全職員を対象とした情報セキュリティ研修を毎年度実施し、情報セキュリティポリシーを見直します。",
         "研修受講率　100％")]),
    ("地域のデジタル化", "住民や観光客がデジタルの便利さを実感できる地域をつくります。", [
        ("観光施設への公衆無線LAN整備", "町が管理する観光施設と道の駅に公衆無線LANを整備します。", "整備施設数　2（R7）→ 9施設（R11）"),
        ("オープンデータの試行公開", "観光施設や避難所の一覧などを試行的にオープンデータとして公開し、利用状況を見て本格的な公開を判断します。",
         "試行公開データ数　10件"),
        ("高齢者スマホ教室の開催", "地区の集会所でスマートフォンの使い方やオンライン申請の方法を学ぶ教室を開催します。",
         "参加者数　延べ800人")])]


def doc176():
    d = new_doc(); add_numbering(d)
    cover(d, [("樫ノ木町デジタル化推進計画", 24), ("令和8年度～令和11年度", 13)],
          [("令和8年3月", 13), ("和歌山県樫ノ木町", 16), ("（地方公共団体コード " + CODES["doc176"] + "）", 10)])
    new_section(d, "樫ノ木町デジタル化推進計画")
    P(d, "第1章　計画の概要", bold=True, size=14, after=6)
    P(d, "1．計画策定の趣旨", bold=True)
    body(d, "本町は紀伊山地の山あいに位置し、人口は約7,900人です。人口の減少と高齢化が進む中、住民の暮らしを支え、"
            "少ない職員でも行政サービスを維持していくため、デジタル技術を計画的に活用することとし、本計画を策定します。")
    P(d, "2．計画の位置づけ", bold=True)
    body(d, "本計画は、官民データ活用推進基本法に基づく「市町村官民データ活用推進計画」として位置づけます。")
    P(d, "3．計画期間", bold=True)
    body(d, "本計画の期間は、令和8年度から令和11年度までの4年間とします。")
    P(d, "第2章　現状と課題", bold=True, size=14, before=12, after=6)
    P(d, "1．国の動向", bold=True)
    body(d, "国は、自治体DX推進計画において、情報システムの標準化・共通化、行政手続のオンライン化、AI・RPAの利用推進、"
            "テレワークの推進などを重点取組事項として示しています。国はまた、オープンデータの公開を地方公共団体に求めています。")
    P(d, "2．本町の課題", bold=True)
    for t_, desc in (("住民の手続の負担", "役場までの距離が遠い集落が多く、手続のために半日以上かかる住民がいます。"),
                     ("業務の見直し", "紙の帳票と手作業を前提とした事務の流れが残っており、業務の手順そのものを見直すことが必要です。"),
                     ("職員の働き方", "災害時や育児・介護と両立するため、テレワークを可能にする環境づくりが求められています。"),
                     ("セキュリティの確保", "サイバー攻撃が巧妙化しており、職員一人ひとりの意識の向上が必要です。")):
        numbered(d, t_, 61, 0, size=10.5, before=3)
        body(d, desc, indent=0.9)
    P(d, "第3章　基本方針", bold=True, size=14, before=12, after=6)
    body(d, "基本理念「山とともに　つながる　かしのき」の実現に向けて、次の三つの基本方針を定めます。")
    for pol, lead, _ in PLAN176:
        numbered(d, pol, 60, 0, size=11.5)
        body(d, lead, indent=0.5)
    page_break(d)
    P(d, "第4章　施策の展開", bold=True, size=14, after=6)
    body(d, "基本方針ごとに、具体的な施策と目標を示します。")
    for pol, lead, ms in PLAN176:
        numbered(d, pol, 60, 0, size=12, before=10)
        for title, desc, goal in ms:
            numbered(d, title, 60, 1, size=10.5, before=5)
            body(d, desc, indent=1.0)
            P(d, "【目標】" + goal, indent=1.0, size=9.5)
    P(d, "第5章　推進体制", bold=True, size=14, before=12, after=6)
    body(d, "副町長を最高情報責任者（CIO）とし、各課長で構成するデジタル化推進会議において施策の進捗を管理します。"
            "和歌山県の市町村DX支援の制度を活用し、外部の専門人材の助言を受けます。")
    return d


# ================================================================ doc177 梛原町 (1-col policy headings / 2-col measures, switching per policy)
PLAN177 = [
    ("方針１　暮らしの手続をもっと身近に", [
        ("行政手続のオンライン化", "町が受け付けている手続について、件数やオンライン化の効果を調査し、オンライン化を進める手続の"
         "優先順位を検討します。", "総務課"),
        ("マイナンバーカードの取得支援", "休日窓口の開設と集落への出張申請を行い、カードの取得を支援します。", "住民課"),
        ("証明書のコンビニ交付", "マイナンバーカードを利用して、住民票の写しや印鑑登録証明書をコンビニエンスストアで"
         "取得できるようにします。", "住民課"),
        ("窓口のワンストップ化", "転入・転出や出生などの際に必要な手続を、一つの窓口でまとめて行えるようにします。", "住民課")]),
    ("方針２　しなやかで強い役場づくり", [
        ("基幹業務システムの標準化", "基幹業務システムを標準準拠システムへ移行し、ガバメントクラウドで運用します。", "総務課"),
        ("AI-OCRとRPAの導入", "手書きの申請書をAI-OCRで読み取り、RPAで基幹システムに入力する仕組みを導入します。", "総務課"),
        ("在宅勤務の導入", "令和8年度に在宅勤務の規程を整備し、全職員を対象に在宅勤務を導入します。", "総務課"),
        ("業務フローの見直し", "窓口業務と内部事務の業務フローを可視化し、手順や決裁の流れを見直します。", "総務課"),
        ("情報セキュリティ対策の強化", "情報セキュリティポリシーを見直し、全職員を対象とした研修と訓練を毎年度実施します。", "総務課")]),
    ("方針３　デジタルで安心な地域づくり", [
        ("スマートフォン講習会の開催", "高齢者を対象に、スマートフォンの基本操作やオンライン申請の方法を学ぶ講習会を開催します。", "保健福祉課"),
        ("携帯電話の不感地区解消", "携帯電話がつながりにくい山間部の集落について、通信事業者に基地局の整備を要望します。", "企画課"),
        ("防災行政無線の更新", "老朽化した防災行政無線をデジタル方式に更新し、戸別受信機を配布します。", "総務課")])]


def doc177():
    d = new_doc(margin=2.0)
    cover(d, [("梛原町地域情報化計画", 24), ("～山と川とデジタルで　つながる梛原～", 13)],
          [("令和8年3月", 13), ("高知県梛原町", 18)])
    new_section(d, "梛原町地域情報化計画")
    H(d, "第1章　計画の策定にあたって", 1)
    body(d, "本町（地方公共団体コード" + CODES["doc177"] + "）は、高知県の西部、四万十川の支流沿いに位置する人口約4,600人の町です。"
            "町の面積の9割を山林が占め、役場から車で40分以上かかる集落もあります。本計画は、情報通信技術を活用して、"
            "町民の暮らしの利便性を高め、役場の業務を効率化するための取組を定めるものです。")
    body(d, "本計画は、官民データ活用推進基本法第9条第3項に規定する「市町村官民データ活用推進計画」を兼ねるものとし、"
            "計画期間は、令和8年度から令和12年度までの5年間とします。")
    H(d, "第2章　現状と課題", 1)
    H(d, "1　国の動向", 2)
    body(d, "国は、行政手続のオンライン化やマイナンバーカードの普及を進めるとともに、地方公共団体に対してオープンデータの公開や"
            "情報セキュリティ対策の強化を求めています。デジタル田園都市国家構想では、携帯電話の不感地区の解消や光ファイバの整備が"
            "進められています。")
    H(d, "2　町の現状", 2)
    body(d, "町の電子申請の対象は5手続にとどまっています。マイナンバーカードの保有率は71.8％で、県平均を下回っています。"
            "山間部の4集落では携帯電話がつながりにくく、災害時の連絡手段の確保が課題です。役場では、紙の申請書をもとに"
            "職員が基幹システムに入力する作業が多く、時間外勤務の一因となっています。")
    H(d, "3　町民アンケートの結果", 2)
    body(d, "令和7年8月に、18歳以上の町民1,000人を対象にアンケートを実施しました（回答数412人、回答率41.2％）。")
    w = [10.0, 3.0, 3.0]
    t = table(d, w)
    trow(t, ["設問", "全体", "70歳以上"], w, bold=True, header=True, fill="D9D9D9")
    for r in (["スマートフォンを持っている", "84.2％", "61.5％"], ["役場の手続をインターネットでしたい", "63.8％", "28.4％"],
              ["マイナンバーカードを持っている", "72.1％", "75.0％"], ["自宅周辺で携帯電話がつながりにくい", "18.7％", "24.9％"]):
        trow(t, r, w, center=(1, 2))
    H(d, "第3章　基本理念と方針", 1)
    body(d, "基本理念「山と川とデジタルで　つながる梛原」のもと、次の三つの方針を定め、施策を進めます。")
    for pol, _ in PLAN177:
        P(d, "・" + pol, indent=0.5)
    page_break(d)
    H(d, "第4章　施策の展開", 1)
    body(d, "三つの方針のもとに、12の施策に取り組みます。")
    for pol, ms in PLAN177:
        s = new_section(d, "梛原町地域情報化計画", kind=WD_SECTION.CONTINUOUS)
        set_cols(s, 1)
        p = P(d, "", before=10, after=6, keep=True)
        run(p, pol, True, 12.5)
        sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), "DEEAF6")
        ppr_insert(p, sh)
        s = new_section(d, "梛原町地域情報化計画", kind=WD_SECTION.CONTINUOUS)
        set_cols(s, 2, 0.8)
        for title, desc, ka in ms:
            p = P(d, "", before=4, keep=True)
            run(p, "○　" + title, True, 10.5)
            body(d, desc, size=10)
            P(d, "（担当：%s）" % ka, align="r", size=9)
    s = new_section(d, "梛原町地域情報化計画", kind=WD_SECTION.CONTINUOUS)
    set_cols(s, 1)
    H(d, "第5章　推進体制", 1)
    body(d, "副町長を最高情報責任者（CIO）とし、課長会において施策の進捗を確認します。高知県や県内市町村と連携し、"
            "デジタル人材の確保と共同調達に取り組みます。施策の実施状況は毎年度点検し、町の広報紙とホームページで公表します。")
    return d


# ================================================================ doc178 菫台市 (measures as paragraph-border boxes)
def boxed(d, lines, fill_first="DDEBF7", color="2F5496", tab=None):
    """A box drawn only with paragraph borders: lines = [(text, size, first?)]."""
    out = []
    for i, (text, size) in enumerate(lines):
        p = d.add_paragraph(); pf = p.paragraph_format
        pf.space_after = Pt(0); pf.space_before = Pt(0); pf.left_indent = Cm(0.3); pf.right_indent = Cm(0.3)
        if i == 0: pf.keep_with_next = True
        if tab and i == 0:
            pf.tab_stops.add_tab_stop(Cm(tab), WD_TAB_ALIGNMENT.RIGHT)
        run(p, text, False, size, font=GOT if i == 0 else MIN)
        bdr = parse_xml('<w:pBdr %s>%s</w:pBdr>' % (nsdecls("w"), "".join(
            '<w:%s w:val="single" w:sz="8" w:space="4" w:color="%s"/>' % (side, color) for side in ("top", "left", "bottom", "right"))))
        ppr_insert(p, bdr)
        if i == 0:
            sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), fill_first)
            ppr_insert(p, sh)
        out.append(p)
    P(d, "", after=4)
    return out


PLAN178 = [
    ("重点分野Ⅰ　市民サービスの変革", [
        ("デジタル手続の推進", "市民課・各課", "子育て・介護の手続を含め、市民の利用が多い手続をマイナポータルや市の電子申請システムで"
         "受け付け、令和11年度までに250手続をオンライン化します。", "オンライン化手続数　92手続（R6）→ 250手続（R11）"),
        ("マイナンバーカードを活用したサービスの拡大", "市民課", "マイナンバーカードによる証明書のコンビニ交付、図書館の利用、"
         "健康ポイントの付与など、カードを使えるサービスを広げます。", "カードを利用できる市独自サービス　2（R6）→ 8（R11）"),
        ("市民向けデジタル活用講座", "生涯学習課", "公民館でスマートフォンの基本操作やオンライン申請の講座を開催し、"
         "身近な場所で相談できる体制をつくります。", "講座受講者数　延べ3,000人"),
        ("フロントヤード改革の推進", "市民課", "書かない窓口と来庁予約を導入し、窓口での待ち時間と記入の手間を減らします。",
         "窓口の平均待ち時間　25分（R6）→ 10分（R11）")]),
    ("重点分野Ⅱ　行政経営の変革", [
        ("ガバメントクラウドへの移行", "情報政策課", "標準化対象の20業務のシステムを標準準拠システムへ移行し、"
         "ガバメントクラウドで運用します。", "移行完了業務数　20業務（R8）"),
        ("業務プロセス改革（BPR）", "行政改革推進室", "窓口業務と内部管理業務の業務フローを可視化し、手順と決裁の流れを見直します。",
         "見直し業務数　40業務"),
        ("生成AIの活用検討", "情報政策課", "文書作成や要約への生成AIの活用について、情報漏えいのリスクを含めて検討します。",
         "活用方針の策定（R8）"),
        ("テレワークの試行", "人事課", "情報政策課と人事課で在宅勤務を試行し、全庁への展開について判断します。",
         "試行参加職員数　30人")]),
    ("重点分野Ⅲ　地域社会の変革", [
        ("オープンデータの推進", "情報政策課", "市が保有するデータを機械判読可能な形式で公開し、公開データ数を毎年度増やします。",
         "公開データセット数　45（R6）→ 150（R11）"),
        ("中山間地域の光ファイバ整備", "情報政策課", "光ファイバが未整備の中山間地域5地区に、市が光ファイバを整備します。",
         "整備地区数　5地区（R9）"),
        ("観光デジタルマップの作成", "観光振興課", "市内の観光地や飲食店を紹介するデジタルマップを作成します。",
         "マップの閲覧数　年間5万件")])]


def doc178():
    d = new_doc()
    cover(d, [("菫台市DX推進計画", 26), ("～すみれ咲く　スマートシティへ～", 13)],
          [("令和7年（2025年）3月", 13), ("菫台市", 20)])
    new_section(d, "菫台市DX推進計画")
    H(d, "第1章　計画の概要", 1)
    H(d, "1　計画策定の趣旨", 2)
    body(d, "本市は、これまで「菫台市情報化計画」に基づいて電子自治体の構築を進めてきました。デジタル技術の急速な進展と人口減少社会の"
            "到来を踏まえ、市民サービスと行政経営、地域社会の三つの分野で変革を進めるため、本計画を策定します。")
    H(d, "2　計画の位置づけと期間", 2)
    body(d, "本計画は、官民データ活用推進基本法第9条第3項に基づく「市町村官民データ活用推進計画」を兼ねます。計画期間は、"
            "令和7年度から令和11年度までの5年間とします。")
    H(d, "3　市の概要", 2)
    w = [4.5, 12.1]
    t = table(d, w)
    for r in (["市名", "菫台市（福井県）"], ["地方公共団体コード", CODES["doc178"]], ["人口", "52,410人（令和6年10月1日現在）"],
              ["面積", "212.6平方キロメートル"]):
        trow(t, r, w)
    H(d, "第2章　現状と課題", 1)
    H(d, "1　国の動向", 2)
    body(d, "国は、自治体DX推進計画において、自治体フロントヤード改革の推進、情報システムの標準化・共通化、マイナンバーカードの"
            "普及促進・利用の推進、セキュリティ対策の徹底、AI・RPAの利用推進、テレワークの推進などを重点取組事項としています。")
    H(d, "2　本市の課題", 2)
    body(d, "市民アンケートと職員ヒアリングの結果から、本市の課題を次の四つに整理しました。")
    for title, desc in (("課題１　手続のために来庁が必要", "オンラインで完結する手続が少なく、平日の日中に来庁できない市民の負担となっています。"),
                        ("課題２　紙を前提とした業務", "申請書の転記や紙の決裁が多く、職員の時間外勤務の要因となっています。"),
                        ("課題３　地域の通信環境の格差", "中山間地域の5地区では光ファイバが整備されていません。"),
                        ("課題４　サイバー攻撃への備え", "ランサムウェアによる被害が全国で相次いでおり、セキュリティ対策の強化が必要です。")):
        boxed(d, [(title, 10.5), (desc, 10)], fill_first="F2F2F2", color="7F7F7F")
    page_break(d)
    H(d, "第3章　重点分野と施策", 1)
    body(d, "三つの重点分野ごとに、施策と目標を示します。")
    for pol, ms in PLAN178:
        H(d, pol, 2)
        for title, ka, desc, goal in ms:
            boxed(d, [("%s\t所管：%s" % (title, ka), 11), (desc, 10), ("【目標】" + goal, 9.5)], tab=15.9)
    H(d, "第4章　推進体制", 1)
    body(d, "市長を本部長とする菫台市DX推進本部を置き、副市長を最高情報責任者（CIO）とします。情報セキュリティについては、"
            "別に定める菫台市情報セキュリティポリシーに基づき対応します。各施策の進捗は毎年度点検し、結果を公表します。")
    return d


# ================================================================ build & check
DOCS = {"doc171": doc171, "doc172": doc172, "doc173": doc173, "doc174": doc174,
        "doc175": doc175, "doc176": doc176, "doc177": doc177, "doc178": doc178}
PROF = "-env:UserInstallation=file:///tmp/lo17"


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def to_pdf(src):
    subprocess.run(["soffice", PROF, "--headless", "--convert-to", "pdf", "--outdir", HERE, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    return html.unescape("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml)))


def layout_streams(txt):
    """Read pdftotext -layout output column by column: a segment (text between runs of 2+ spaces) continues the
    segment that started at the same column (±1) on one of the two lines above (a row's year symbols may
    sit on a line of their own in between). Used only when a title is not found in
    the plain line-by-line text (titles wrapped inside a narrow table cell)."""
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


def main(argv):
    names = argv or sorted(DOCS)
    for n in names:
        p = os.path.join(HERE, n + ".docx"); DOCS[n]().save(p); to_pdf(p)
        if n == "doc174":   # second pass: typed 目次 page numbers taken from the first PDF (body starts on PDF page 4)
            DOCS[n](toc_pages(os.path.join(HERE, n + ".pdf"), toc174_entries(), 4)).save(p); to_pdf(p)
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
    for x in notes: print("note:", x)
    if fails:
        print("CHECK FAILED:"); print("\n".join("  " + f for f in fails)); return 1
    print("check ok: all municipality / code / policy / measure strings found in every shipped file")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
