#!/usr/bin/env python3
"""Build the blind test set doc151..doc158 (docx + pdf) and check that every key's
municipality, code, policy and measure titles occur in each output.

Usage: /work/main/.venv/bin/python tests/data/import_blind15/make.py [doc151 ...]
Needs python-docx 1.2, PyYAML (optional; a tiny reader is used otherwise), soffice and pdftotext.
"""
import copy, os, re, subprocess, sys, unicodedata, zipfile
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
JFONT = "ＭＳ 明朝"
GFONT = "ＭＳ ゴシック"

# ---------------------------------------------------------------- helpers
def set_font(run_or_style, east=JFONT, size=None, bold=None):
    f = run_or_style.font
    if size: f.size = Pt(size)
    if bold is not None: f.bold = bold
    el = run_or_style.element if hasattr(run_or_style, "element") else run_or_style._element
    rpr = el.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), east); rf.set(qn("w:ascii"), east); rf.set(qn("w:hAnsi"), east)
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rf.get(qn(a)) is not None: del rf.attrib[qn(a)]

def new_doc():
    d = Document()
    st = d.styles["Normal"]; set_font(st, JFONT, 10.5)
    st.paragraph_format.space_after = Pt(3)
    for name, sz in (("Heading 1", 16), ("Heading 2", 13), ("Heading 3", 11.5), ("Title", 24)):
        s = d.styles[name]; set_font(s, GFONT, sz, True); s.font.color.rgb = RGBColor(0, 0, 0)
        s.paragraph_format.space_before = Pt(12 if name == "Heading 1" else 8)
        s.paragraph_format.space_after = Pt(6)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = sec.bottom_margin = Cm(2.2)
    return d

def P(d, text="", bold=False, size=None, align=None, style=None, indent=None, first=None, east=None, after=None, before=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        if bold or size or east: set_font(r, east or (GFONT if bold else JFONT), size, bold or None)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent is not None: p.paragraph_format.left_indent = Cm(indent)
    if first is not None: p.paragraph_format.first_line_indent = Cm(first)
    if after is not None: p.paragraph_format.space_after = Pt(after)
    if before is not None: p.paragraph_format.space_before = Pt(before)
    return p

def body(d, text):
    return P(d, text, first=0.37)

def H(d, text, lvl):
    return d.add_paragraph(text, style="Heading %d" % lvl)

def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

def add_field(p, instr, cached):
    def fc(t):
        r = OxmlElement("w:r"); f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), t); r.append(f); return r
    p._p.append(fc("begin"))
    r = OxmlElement("w:r"); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " %s " % instr; r.append(it); p._p.append(r)
    p._p.append(fc("separate"))
    r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = cached; r.append(t); p._p.append(r)
    p._p.append(fc("end"))

def hf(section, header_text, footer=True, first_blank=False):
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    hp = section.header.paragraphs[0]; hp.text = ""
    if header_text:
        r = hp.add_run(header_text); set_font(r, JFONT, 8.5); hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = section.footer.paragraphs[0]; fp.text = ""
    if footer:
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp.add_run("- "); add_field(fp, "PAGE", "1"); fp.add_run(" -")

def new_section(d, landscape=False, header=None, footer=True):
    s = d.add_section(WD_SECTION.NEW_PAGE)
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE; s.page_width, s.page_height = Cm(29.7), Cm(21.0)
        s.left_margin = s.right_margin = Cm(1.5); s.top_margin = s.bottom_margin = Cm(1.8)
    else:
        s.orientation = WD_ORIENT.PORTRAIT; s.page_width, s.page_height = Cm(21.0), Cm(29.7)
        s.left_margin = s.right_margin = Cm(2.2); s.top_margin = s.bottom_margin = Cm(2.2)
    hf(s, header, footer)
    return s

def toc_typed(d, entries, width_cm=16.4):
    P(d, "目　次", bold=True, size=14, align="c", after=12)
    for text, page, lvl in entries:
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(width_cm), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.paragraph_format.left_indent = Cm(0.8 * lvl)
        r = p.add_run("%s\t%s" % (text, page))
        if lvl == 0: set_font(r, GFONT, 11, True)

def cell_text(cell, text, bold=False, size=9.5, align=None, shade=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i: p = cell.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(ln); set_font(r, GFONT if bold else JFONT, size, bold or None)
        if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if shade:
        tcpr = cell._tc.get_or_add_tcPr(); sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), shade); tcpr.append(sh)

def table(d, ncols, widths, style="Table Grid"):
    t = d.add_table(rows=0, cols=ncols); t.style = d.styles[style]
    t.autofit = False
    tblPr = t._tbl.tblPr
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblPr.append(lay)
    for i, w in enumerate(widths):
        t.columns[i].width = Cm(w)
    return t

def row(t, values, widths, bold=False, shade=None, header=False, size=9.5, center_from=None):
    r = t.add_row()
    if header:
        trpr = r._tr.get_or_add_trPr(); h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trpr.append(h)
    for i, v in enumerate(values):
        c = r.cells[i]; c.width = Cm(widths[i])
        cell_text(c, v, bold=bold, size=size, shade=shade,
                  align="c" if (center_from is not None and i >= center_from) or header else None)
    return r

def span_row(t, text, widths, shade="D9E2F3", size=10):
    r = t.add_row(); a = r.cells[0].merge(r.cells[len(widths) - 1])
    cell_text(a, text, bold=True, size=size, shade=shade)
    return r

def cant_split(r):
    trpr = r._tr.get_or_add_trPr(); c = OxmlElement("w:cantSplit"); c.set(qn("w:val"), "true"); trpr.append(c)

# --- Word numbering
def add_abstract(d, aid, levels):
    """levels: list of (fmt, lvlText, restart or None, suff)"""
    numbering = d.part.numbering_part.element
    an = OxmlElement("w:abstractNum"); an.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType"); mlt.set(qn("w:val"), "multilevel" if len(levels) > 1 else "singleLevel"); an.append(mlt)
    for i, (fmt, text, restart, suff) in enumerate(levels):
        l = OxmlElement("w:lvl"); l.set(qn("w:ilvl"), str(i))
        for tag, val in (("w:start", "1"), ("w:numFmt", fmt)):
            e = OxmlElement(tag); e.set(qn("w:val"), val); l.append(e)
        if restart is not None:
            e = OxmlElement("w:lvlRestart"); e.set(qn("w:val"), str(restart)); l.append(e)
        e = OxmlElement("w:suff"); e.set(qn("w:val"), suff); l.append(e)
        e = OxmlElement("w:lvlText"); e.set(qn("w:val"), text); l.append(e)
        e = OxmlElement("w:lvlJc"); e.set(qn("w:val"), "left"); l.append(e)
        an.append(l)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None: first_num.addprevious(an)
    else: numbering.append(an)

def add_num(d, nid, aid, start_override=None):
    numbering = d.part.numbering_part.element
    n = OxmlElement("w:num"); n.set(qn("w:numId"), str(nid))
    a = OxmlElement("w:abstractNumId"); a.set(qn("w:val"), str(aid)); n.append(a)
    if start_override:
        for lvl, val in start_override:
            lo = OxmlElement("w:lvlOverride"); lo.set(qn("w:ilvl"), str(lvl))
            so = OxmlElement("w:startOverride"); so.set(qn("w:val"), str(val)); lo.append(so); n.append(lo)
    numbering.append(n)

def numpr(ppr_owner, nid, ilvl=0):
    ppr = ppr_owner.get_or_add_pPr()
    np_ = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), str(ilvl)); np_.append(il)
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), str(nid)); np_.append(ni)
    ppr.insert(0, np_) if ppr.find(qn("w:pStyle")) is None else ppr.find(qn("w:pStyle")).addnext(np_)

def style_numbering(d, style_name, nid, ilvl=0):
    numpr(d.styles[style_name].element, nid, ilvl)

def cover(d, lines):
    for _ in range(6): P(d, "")
    for text, size, bold in lines:
        P(d, text, bold=bold, size=size, align="c", after=10)

def colophon(d, lines):
    for _ in range(22): P(d, "")
    t = table(d, 1, [14.0])
    r = t.add_row(); cell_text(r.cells[0], "\n".join(lines), size=9.5)

# ---------------------------------------------------------------- doc151
def doc151():
    d = new_doc(); T = "菖蒲沢町DXアクションプラン"
    hf(d.sections[0], None, footer=False)
    cover(d, [("菖蒲沢町DX推進基本計画", 14, False), (T, 26, True), ("（令和8年度～令和10年度）", 14, False),
              ("", 12, False), ("", 12, False), ("令和8年3月", 13, False), ("菖蒲沢町", 16, True)])
    new_section(d, header=T)
    toc_typed(d, [("第1章　アクションプランについて", 1, 0), ("1　策定の趣旨", 1, 1), ("2　計画の位置づけ", 1, 1),
                  ("3　計画期間", 2, 1), ("4　取組一覧の見方", 2, 1), ("第2章　基本方針", 3, 0),
                  ("第3章　取組一覧", 4, 0), ("第4章　進行管理", 6, 0)])
    page_break(d)
    P(d, "第1章　アクションプランについて", bold=True, size=15, after=8)
    P(d, "1　策定の趣旨", bold=True, size=12)
    body(d, "本町では、令和8年3月に「菖蒲沢町DX推進基本計画」を策定し、デジタル技術を活用した住民サービスの向上と行政運営の効率化を進めることとしました。")
    body(d, "このアクションプランは、基本計画に掲げた三つの基本方針を具体的に進めるため、各課が取り組む事業と年度ごとの予定を一覧に整理したものです。")
    P(d, "2　計画の位置づけ", bold=True, size=12)
    body(d, "本アクションプランは、菖蒲沢町DX推進基本計画（令和8年度～令和12年度）に基づく実施計画です。基本計画は、官民データ活用推進基本法第9条第3項に規定する市町村官民データ活用推進計画を兼ねており、本アクションプランはその具体的な取組を定めるものと位置づけます。")
    body(d, "国は「自治体DX推進計画」において、情報システムの標準化・共通化、マイナンバーカードの普及、行政手続のオンライン化、テレワークの推進などを重点取組事項として示しています。")
    P(d, "3　計画期間", bold=True, size=12)
    body(d, "本アクションプランの期間は、令和8年度から令和10年度までの3年間とします。基本計画の後半（令和11年度・令和12年度）については、本プランの進捗を踏まえ、令和10年度中に次期アクションプランを策定します。")
    t = table(d, 6, [3.4, 2.3, 2.3, 2.3, 2.3, 2.3])
    row(t, ["区分", "令和8年度", "令和9年度", "令和10年度", "令和11年度", "令和12年度"], [3.4] + [2.3] * 5, bold=True, shade="E7E6E6", center_from=1)
    row(t, ["基本計画", "←", "―", "―", "―", "→"], [3.4] + [2.3] * 5, center_from=1)
    row(t, ["アクションプラン", "←", "本プラン", "→", "次期プラン", "→"], [3.4] + [2.3] * 5, center_from=1)
    P(d, "")
    P(d, "4　取組一覧の見方", bold=True, size=12)
    body(d, "第3章の取組一覧では、各年度の欄に次の記号等を記載しています。")
    for s in ("●：実施（単年度の事業）", "→：前年度から継続して実施", "検討：実施に向けた検討・準備", "試行：一部の部署等での試行", "実施：本格実施の開始", "運用：導入後の運用"):
        P(d, "・" + s, indent=0.8)
    page_break(d)
    P(d, "第2章　基本方針", bold=True, size=15, after=8)
    body(d, "基本計画に掲げる三つの基本方針は次のとおりです。")
    for n, tt, ds in (("１", "住民サービスのデジタル化", "役場に来なくても手続ができる環境を整え、窓口に来られた方にも待ち時間の少ないサービスを提供します。"),
                      ("２", "行政運営の効率化", "限られた職員で質の高い行政サービスを維持するため、デジタル技術を活用して事務の効率化を進めます。"),
                      ("３", "地域社会のデジタル化", "町民の誰もがデジタル化の恩恵を受けられるよう、通信環境の整備と利用の支援を進めます。")):
        P(d, "基本方針%s　%s" % (n, tt), bold=True, size=11.5, before=6)
        body(d, ds)
    # landscape table
    new_section(d, landscape=True, header=T + "　第3章　取組一覧")
    P(d, "第3章　取組一覧", bold=True, size=15, after=6)
    W = [1.0, 6.9, 9.3, 3.0, 1.8, 1.8, 1.8]
    t = table(d, 7, W)
    row(t, ["No", "取組名", "取組概要", "担当課", "R8", "R9", "R10"], W, bold=True, shade="BDD7EE", header=True, size=9.5)
    data = [
        ("基本方針１　住民サービスのデジタル化", [
            ("電子申請サービスの拡充", "県の電子申請共同システムを活用し、各種届出・申請のオンライン受付を順次拡大します。令和10年度までに50手続のオンライン化を目指します。", "総務課", "実施", "→", "→"),
            ("子育て・介護手続のマイナポータル対応", "児童手当や要介護認定の申請など、子育て・介護の手続について、マイナポータルからの電子申請を受け付けます。", "子育て支援課\n福祉課", "実施", "→", "→"),
            ("マイナンバーカードの取得支援と利活用", "休日窓口や出張申請受付によりカードの取得を支援するとともに、証明書のコンビニ交付など、カードを利用できるサービスを拡充します。", "住民課", "実施", "→", "→"),
            ("窓口キャッシュレス決済の導入", "住民課・税務課窓口の証明手数料等について、クレジットカードや電子マネーによる支払いを導入します。", "会計課", "検討", "実施", "→"),
            ("町ホームページのリニューアル", "目的の情報にたどり着きやすいページ構成とし、スマートフォン表示に対応したホームページへ更新します。", "企画課", "検討", "実施", "運用")]),
        ("基本方針２　行政運営の効率化", [
            ("基幹業務システムの標準化対応", "住民記録・税・福祉等の基幹業務システムを標準準拠システムへ移行します。移行に合わせて標準仕様との差異を分析し、業務フローを見直します。", "総務課", "実施", "運用", "→"),
            ("RPAの対象業務拡大", "令和7年度に導入したRPAについて、対象業務を税・福祉分野の定型業務へ拡大します。", "総務課", "実施", "→", "→"),
            ("生成AIの活用検討", "文書作成や要約への生成AIの利用について、情報の取扱いルールとあわせて活用方法を検討します。", "総務課", "検討", "検討", "→"),
            ("職員テレワークの試行", "子育て・介護中の職員などを対象に、庁外からの業務実施を一部の課で試行し、効果と課題を検証します。", "総務課", "試行", "検証", "検証"),
            ("情報セキュリティ対策の強化", "情報セキュリティポリシーを改定し、全職員を対象とした研修と標的型攻撃メール訓練を毎年実施します。", "総務課", "実施", "→", "→"),
            ("ペーパーレス会議の推進", "タブレット端末を活用したペーパーレス会議と、国・県や関係機関とのオンライン会議を推進します。", "総務課", "●", "→", "→")]),
        ("基本方針３　地域社会のデジタル化", [
            ("スマートフォン相談会の開催", "高齢者等を対象に、スマートフォンの基本操作や行政サービスの利用方法を学ぶ相談会を公民館等で開催します。", "企画課", "●", "●", "●"),
            ("公共施設Wi-Fiの整備", "避難所となる公民館・体育館に公衆無線LAN（Wi-Fi）を整備し、平常時は住民や来訪者に開放します。", "企画課\n防災課", "実施", "→", "運用"),
            ("オープンデータ公開に向けた検討", "町が保有するデータの洗い出しを行い、公開可能なデータや公開方法について検討します。", "企画課", "検討", "検討", "検討"),
            ("防災情報の多様な発信", "防災行政無線に加え、町公式LINEや防災アプリによる情報発信を行います。", "防災課", "●", "→", "→")])]
    n = 0
    for pol, ms in data:
        span_row(t, pol, W)
        for m in ms:
            n += 1
            r = row(t, [str(n)] + list(m), W, size=9, center_from=4); cant_split(r)
            r.cells[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    new_section(d, header=T)
    P(d, "第4章　進行管理", bold=True, size=15, after=8)
    body(d, "各取組の進捗は、毎年度末に担当課が自己評価を行い、副町長を本部長とする菖蒲沢町DX推進本部で確認します。結果は町ホームページで公表し、翌年度の取組に反映します。")
    body(d, "国の制度改正や技術の進展により取組内容の変更が必要となった場合は、年度途中であっても本プランを見直します。")
    page_break(d)
    colophon(d, ["菖蒲沢町DXアクションプラン（令和8年度～令和10年度）", "令和8年3月発行",
                 "編集・発行　菖蒲沢町　総務課　情報管理係", "〒969-0000　福島県岩瀬郡菖蒲沢町大字菖蒲沢字本町1番地",
                 "電話 0248-00-0000", "全国地方公共団体コード　074683"])
    return d

# ---------------------------------------------------------------- doc152
def doc152():
    d = new_doc(); T = "柊ヶ丘市DX推進計画"
    hf(d.sections[0], None, footer=False)
    cover(d, [(T, 28, True), ("2026-2030", 16, False), ("", 12, False), ("", 12, False),
              ("令和8年（2026年）3月", 13, False), ("柊ヶ丘市", 18, True)])
    new_section(d, header=T)
    toc_typed(d, [("第1章　計画の策定にあたって", 1, 0), ("第2章　本市を取り巻く状況", 3, 0), ("第3章　基本方針", 4, 0),
                  ("第4章　施策シート", 5, 0), ("第5章　推進体制", 17, 0)])
    page_break(d)
    H(d, "第1章　計画の策定にあたって", 1)
    H(d, "1　策定の趣旨", 2)
    body(d, "人口減少と高齢化が進む中、本市が将来にわたって質の高い行政サービスを提供していくためには、デジタル技術を積極的に活用し、市民の利便性向上と業務の効率化を同時に進める必要があります。")
    body(d, "このため、本市のDXの方向性と具体的な取組を示す「柊ヶ丘市DX推進計画」を策定します。")
    H(d, "2　計画の位置づけ", 2)
    body(d, "本計画は、第5次柊ヶ丘市総合計画を上位計画とする分野別計画であり、官民データ活用推進基本法第9条第3項に基づく市町村官民データ活用推進計画として位置づけます。")
    H(d, "3　計画期間", 2)
    body(d, "本計画の期間は、2026年度（令和8年度）から2030年度（令和12年度）までの5年間とします。")
    H(d, "4　市の概要", 2)
    t = table(d, 2, [4.0, 12.0])
    for a, b in (("団体名", "千葉県柊ヶ丘市"), ("団体コード", "122432"), ("人口", "84,215人（令和7年10月1日現在）"),
                 ("世帯数", "37,904世帯"), ("面積", "62.18km²")):
        row(t, [a, b], [4.0, 12.0])
    page_break(d)
    H(d, "第2章　本市を取り巻く状況", 1)
    H(d, "1　国の動向", 2)
    body(d, "国は、デジタル社会の実現に向けた重点計画や自治体DX推進計画により、地方公共団体に情報システムの標準化・共通化、行政手続のオンライン化、マイナンバーカードの普及促進、テレワークの推進などを求めています。")
    H(d, "2　市民アンケートの結果", 2)
    body(d, "令和7年度に実施した市民アンケートでは、「市役所に行かずに手続ができるようにしてほしい」との回答が6割を超えた一方、70歳以上では「スマートフォンの操作に不安がある」との回答が半数近くを占めました。")
    page_break(d)
    H(d, "第3章　基本方針", 1)
    body(d, "本計画では、次の四つの基本方針のもとで取組を進めます。各取組の内容は、第4章の施策シートに示します。")
    for n, tt, ds in (("１", "市民の利便性向上", "時間や場所にとらわれず行政サービスを利用できる環境を整えます。"),
                      ("２", "行政事務の効率化", "デジタル技術の活用と業務の見直しにより、職員が市民に向き合う時間を生み出します。"),
                      ("３", "安全・安心な情報基盤", "市民の大切な情報を守り、安心して暮らせるまちの基盤を整えます。"),
                      ("４", "地域のデジタル化", "通信環境の整備とデジタル活用の支援により、誰もが恩恵を受けられる地域をつくります。")):
        H(d, "基本方針%s　%s" % (n, tt), 2); body(d, ds)
    sheets = [
        ("基本方針１　市民の利便性向上", "1-1", "オンライン申請の拡大", "電子申請に対応している手続は30手続にとどまり、利用の多い手続の多くは来庁が必要です。",
         "市民の利用が多い手続から順次オンライン申請に対応し、令和12年度までに100手続をオンライン化します。", "オンライン化した手続数　30手続（R7）→100手続（R12）",
         "R8～R12：対象手続を順次拡大", "デジタル推進課・各課"),
        ("基本方針１　市民の利便性向上", "1-2", "書かない窓口の導入", "転入や出生の際、同じ内容を複数の申請書に記入する必要があり、窓口での待ち時間が長くなっています。",
         "職員が聞き取った内容から申請書を作成する窓口支援システムを市民課に導入します。", "窓口支援システムで受け付ける手続数　0（R7）→20手続（R10）",
         "R8：仕様検討　R9：導入　R10～：運用", "市民課"),
        ("基本方針１　市民の利便性向上", "1-3", "マイナンバーカードを活用したサービスの拡充", "マイナンバーカードの交付率は78.4％（令和7年度末）ですが、カードを使えるサービスが少ないとの声があります。",
         "証明書のコンビニ交付の対象を拡大するとともに、カードを市立図書館の利用者カードとして使えるようにします。", "コンビニ交付の利用割合　22％（R7）→45％（R12）",
         "R8：図書館システム改修　R9～：運用", "市民課・生涯学習課"),
        ("基本方針２　行政事務の効率化", "2-1", "基幹業務システムの標準化・共通化", "国は基幹業務20業務のシステムを標準準拠システムへ移行することを求めています。本市では一部業務の移行が令和8年度にずれ込んでいます。",
         "基幹業務20業務のシステムを標準準拠システムへ移行し、ガバメントクラウド上で運用します。", "標準準拠システムへの移行業務数　14業務（R7）→20業務（R8）",
         "R8：移行完了　R9～：運用", "デジタル推進課"),
        ("基本方針２　行政事務の効率化", "2-2", "AI-OCRとRPAの活用", "紙の申請書の入力作業に多くの時間を要しています。",
         "紙の申請書の読取りにAI-OCRを、定型的な入力作業にRPAを活用し、対象業務を毎年拡大します。", "削減時間　年間1,200時間（R7）→4,000時間（R12）",
         "R8～R12：対象業務を拡大", "デジタル推進課"),
        ("基本方針２　行政事務の効率化", "2-3", "業務プロセスの見直し", "紙と押印を前提とした事務の流れが残っています。",
         "業務量調査を実施し、窓口から決裁・保存までの業務の流れを可視化して、手順の見直し（BPR）を行います。", "見直しを行った業務数　0（R7）→30業務（R12）",
         "R8：業務量調査　R9～：順次見直し", "行政改革課"),
        ("基本方針２　行政事務の効率化", "2-4", "職員の多様な働き方の推進", "国は地方公共団体にテレワークの導入を促しています。本市では育児中の職員等から在宅勤務の要望があります。",
         "在宅勤務を一部の職場で試行し、業務への影響や情報セキュリティ上の課題を検証します。制度化は検証結果を踏まえて判断します。", "試行参加職員数　0人（R7）→50人（R9）",
         "R8～R9：試行　R10：検証", "人事課"),
        ("基本方針３　安全・安心な情報基盤", "3-1", "情報セキュリティポリシーの見直し", "サイバー攻撃が巧妙化し、他団体ではランサムウェアによる被害も発生しています。",
         "国のガイドライン改定に合わせてポリシーを見直し、全職員への研修と自己点検を毎年実施します。", "研修受講率　100％（毎年度）",
         "R8：ポリシー改定　R9～：研修・点検", "デジタル推進課"),
        ("基本方針３　安全・安心な情報基盤", "3-2", "通学路へのネットワーク型防犯カメラの設置", "地域の防犯に関する要望が多く、地域のセキュリティ向上が課題です。",
         "通学路や駅周辺にネットワーク型の防犯カメラを設置し、地域のセキュリティ（防犯）を高めます。", "設置台数　40台（R7）→100台（R12）",
         "R8～R12：順次設置", "危機管理課"),
        ("基本方針４　地域のデジタル化", "4-1", "光ファイバ未整備地区の解消", "市北部の一部地区では光ファイバによる通信サービスが利用できません。",
         "北部の未整備地区について、通信事業者による光ファイバ整備に対し市が費用の一部を補助し、令和9年度までに市内全域で利用できるようにします。", "光ファイバ整備率　96％（R7）→100％（R9）",
         "R8：整備補助　R9：整備完了", "企画政策課"),
        ("基本方針４　地域のデジタル化", "4-2", "デジタル活用支援員による支援", "高齢者を中心に、スマートフォンやオンライン手続の利用に不安を持つ市民が多くいます。",
         "公民館等にデジタル活用支援員を配置し、スマートフォンやマイナポータルの使い方を個別に支援します。", "支援件数　年間300件（R7）→1,000件（R12）",
         "R8～R12：実施", "デジタル推進課"),
        ("基本方針４　地域のデジタル化", "4-3", "オープンデータの推進", "公開しているデータは12件で、更新も不定期です。",
         "推奨データセットに沿って市の保有データを公開し、公開データ数を増やします。", "公開データセット数　12件（R7）→40件（R12）",
         "R8～R12：順次公開", "デジタル推進課")]
    first = True
    for s in sheets:
        page_break(d)
        if first:
            H(d, "第4章　施策シート", 1); first = False
        W = [3.2, 13.2]
        t = table(d, 2, W)
        for lab, val in zip(("基本方針", "施策番号", "取組名", "現状と課題", "取組内容", "KPI", "スケジュール", "担当課"), s):
            r = row(t, [lab, val], W, size=10)
            cell_text(r.cells[0], lab, bold=True, size=10, shade="E2EFDA")
            if lab == "取組名": cell_text(r.cells[1], val, bold=True, size=11.5)
            if lab in ("現状と課題", "取組内容"):
                trpr = r._tr.get_or_add_trPr(); h = OxmlElement("w:trHeight")
                h.set(qn("w:val"), str(int(Cm(4.5).twips if hasattr(Cm(4.5), "twips") else 2551))); h.set(qn("w:hRule"), "atLeast"); trpr.append(h)
    page_break(d)
    H(d, "第5章　推進体制", 1)
    body(d, "市長を本部長、副市長を最高情報責任者（CIO）とする柊ヶ丘市DX推進本部を設置し、外部の専門人材をCIO補佐官として任用して、本計画を全庁的に推進します。")
    body(d, "施策シートに掲げたKPIの達成状況は毎年度検証し、必要に応じて取組内容を見直します。")
    return d

# ---------------------------------------------------------------- doc153
def doc153():
    d = new_doc(); T = "鷺ノ原村デジタル化推進計画"
    add_abstract(d, 91, [("decimalFullWidth", "第%1章", None, "space")]); add_num(d, 91, 91)
    add_abstract(d, 92, [("decimal", "(%1)", None, "space")]); add_num(d, 92, 92)
    style_numbering(d, "Heading 1", 91); style_numbering(d, "Heading 3", 92)
    hf(d.sections[0], None, footer=False)
    cover(d, [(T, 26, True), ("令和8年度～令和11年度", 14, False), ("", 12, False), ("", 12, False),
              ("令和8年3月", 13, False), ("長野県　鷺ノ原村", 16, True), ("（団体コード 205958）", 10, False)])
    new_section(d, header=T)
    toc_typed(d, [("第1章　計画の策定にあたって", 1, 0), ("第2章　村の現状と課題", 2, 0), ("第3章　計画の基本的な考え方", 3, 0),
                  ("第4章　施策の展開", 4, 0), ("基本方針１　村民の暮らしを便利にするデジタル化", 4, 1),
                  ("基本方針２　デジタルで支える役場と地域", 6, 1), ("第5章　重点取組", 8, 0), ("第6章　推進体制", 9, 0)])
    chapters = ["計画の策定にあたって", "村の現状と課題", "計画の基本的な考え方", "施策の展開", "重点取組", "推進体制"]
    def chap(i):
        new_section(d, header="%s　第%d章　%s" % (T, i + 1, chapters[i])); H(d, chapters[i], 1)
    chap(0)
    H(d, "1　策定の趣旨", 2)
    body(d, "本村は人口約4,200人の山間の村で、高齢化率は40％を超えています。限られた職員で村民の暮らしを支えていくため、デジタル技術の活用を村政の柱の一つとし、本計画を策定します。")
    H(d, "2　計画の位置づけ", 2)
    body(d, "本計画は、第6次鷺ノ原村総合計画の分野別計画であり、官民データ活用推進基本法第9条第3項に基づく市町村官民データ活用推進計画を兼ねます。")
    H(d, "3　計画期間", 2)
    body(d, "本計画の期間は、令和8年度から令和11年度までの4年間とします。")
    chap(1)
    body(d, "村では、令和3年度以降、住民票の写し等の郵送請求の増加や、窓口での手続の待ち時間が課題となっています。国はマイナンバーカードを活用した行政手続のオンライン化を進めていますが、本村でオンラインで申請できる手続はまだ一部にとどまります。")
    body(d, "山間部には携帯電話がつながらない地区が残り、災害時の情報伝達にも不安があります。また、村内事業者からは人材確保のため、テレワークなど多様な働き方を導入したいとの声が寄せられています。")
    body(d, "役場では、職員数の減少により一人当たりの業務量が増えており、業務の見直しと効率化が急務です。")
    chap(2)
    H(d, "1　基本理念", 2)
    P(d, "「デジタルでつながり、誰もが安心して暮らせる鷺ノ原」", bold=True, align="c")
    H(d, "2　施策の体系", 2)
    W = [6.0, 10.4]; t = table(d, 2, W)
    row(t, ["基本方針", "施策の方向性"], W, bold=True, shade="E7E6E6", header=True)
    row(t, ["１　村民の暮らしを便利にするデジタル化", "(1) 手続のデジタル化\n(2) マイナンバーカードの利活用\n(3) 誰一人取り残さない支援"], W)
    row(t, ["２　デジタルで支える役場と地域", "(4) 役場業務の効率化\n(5) 地域のデジタル化"], W)
    chap(3)
    tree = [
        ("基本方針１　村民の暮らしを便利にするデジタル化", [
            ("手続のデジタル化", [
                ("電子申請の導入", "県と市町村の共同電子申請システムを活用し、令和9年度までに住民の利用が多い30手続のオンライン申請を開始します。", "総務課"),
                ("子育て・介護手続のオンライン化", "児童手当や介護保険の申請について、マイナポータルからの電子申請を受け付けます。", "住民福祉課"),
                ("公金のキャッシュレス納付", "村税や使用料をスマートフォン決済で納付できるようにします。", "会計室")]),
            ("マイナンバーカードの利活用", [
                ("マイナンバーカード交付の出張受付", "各地区の集会所で申請・交付の出張受付を行い、カードの取得を支援します。", "住民福祉課"),
                ("証明書のコンビニ交付の導入", "マイナンバーカードを利用して、住民票の写し等をコンビニエンスストアで取得できるようにします。", "住民福祉課")]),
            ("誰一人取り残さない支援", [
                ("高齢者向けスマホ教室の開催", "公民館で高齢者向けのスマホ教室を毎年開催します。", "総務課"),
                ("役場窓口でのデジタル相談", "住民福祉課窓口にデジタル相談コーナーを設け、マイナポータルや電子申請の操作を支援します。", "住民福祉課")])]),
        ("基本方針２　デジタルで支える役場と地域", [
            ("役場業務の効率化", [
                ("標準準拠システムへの移行", "基幹業務システムを標準準拠システムへ移行します。移行にあわせ、標準仕様に合わせた業務の見直しを行います。", "総務課"),
                ("RPA導入の調査研究", "他団体の導入事例を収集し、本村の業務規模でのRPAの導入効果について調査研究します。", "総務課"),
                ("庁内会議のオンライン化", "庁内会議や県との打合せにオンライン会議を活用し、移動時間を削減します。", "総務課"),
                ("情報セキュリティ研修の実施", "全職員を対象に情報セキュリティ研修を毎年実施し、インシデント発生時の対応手順を定めます。", "総務課")]),
            ("地域のデジタル化", [
                ("携帯電話不感地区の解消", "国の補助制度を活用して村が鉄塔を整備し、山間部の携帯電話不感地区を解消します。", "企画振興課"),
                ("観光施設へのフリーWi-Fi整備", "道の駅やキャンプ場にフリーWi-Fiを整備します。", "企画振興課"),
                ("村内事業者のテレワーク導入支援", "商工会と連携し、村内事業者のテレワークやオンライン商談の導入を支援します。", "産業振興課"),
                ("村の統計データのオープンデータ化", "人口や施設情報などの統計データを機械判読可能な形式で村ホームページに公開します。", "企画振興課"),
                ("遠隔医療の実証", "村診療所と地域の中核病院を結ぶオンライン診療の実証を行い、効果を検証します。", "住民福祉課")])])]
    circ = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯"; k = 0
    for pol, dirs in tree:
        H(d, pol, 2)
        for dname, ms in dirs:
            H(d, dname, 3)
            P(d, "具体的な取組", bold=True, size=10, indent=0.4)
            for tt, ds, dept in ms:
                P(d, "%s　%s" % (circ[k], tt), bold=True, indent=0.4, before=4); k += 1
                P(d, ds, indent=1.0); P(d, "担当課：" + dept, indent=1.0, size=9)
    chap(4)
    body(d, "第4章の取組のうち、計画期間中に特に優先して進める取組を重点取組とします（いずれも第4章の再掲）。")
    for n, tt, ds in (("①", "電子申請の導入", "村民が役場に来なくても手続ができるよう、最優先で取り組みます。"),
                      ("④", "マイナンバーカード交付の出張受付", "電子申請の前提となるカードの取得を、全地区で支援します。"),
                      ("⑧", "標準準拠システムへの移行", "国が定める期限を踏まえ、確実に移行を完了します。"),
                      ("⑫", "携帯電話不感地区の解消", "防災の観点からも、計画期間内の解消を目指します。")):
        P(d, "重点　%s　%s（再掲）" % (n, tt), bold=True, before=6); body(d, ds)
    chap(5)
    body(d, "副村長を最高情報責任者（CIO）とし、各課長で構成する鷺ノ原村デジタル化推進会議で取組の進捗を管理します。外部の専門家を地域活性化起業人として受け入れ、助言を得ます。")
    return d

# ---------------------------------------------------------------- doc154
def doc154():
    d = new_doc(); T = "梓川原町DX推進計画"
    hf(d.sections[0], None, footer=False)
    cover(d, [(T, 28, True), ("～ みんなでつくる　デジタルのまち　あずさがわら ～", 13, False), ("", 12, False), ("", 12, False), ("", 12, False),
              ("令和8年3月", 13, False), ("梓川原町", 18, True), ("（全国地方公共団体コード 215635）", 9, False)])
    new_section(d, header=None)
    P(d, "計画の概要", bold=True, size=14, after=8)
    W = [4.0, 12.4]; t = table(d, 2, W)
    for a, b in (("計画の名称", T), ("根拠法令", "官民データ活用推進基本法第9条第3項（市町村官民データ活用推進計画）"),
                 ("計画期間", "令和8年度～令和12年度"), ("策定年月", "令和8年3月"), ("所管", "総務課　デジタル推進係")):
        r = row(t, [a, b], W, size=10.5); cell_text(r.cells[0], a, bold=True, size=10.5, shade="F2F2F2")
    P(d, "")
    body(d, "本計画は、第6次梓川原町総合計画の基本目標「持続可能な行財政運営」を実現するための分野別計画です。計画期間は5年間とし、社会情勢の変化に応じて必要な見直しを行います。")
    new_section(d, header=T)
    def chap(t): P(d, t, bold=True, size=15, before=6, after=8)
    def sec(t): P(d, t, bold=True, size=12, before=4)
    chap("1　計画策定の背景")
    sec("（1）国の動向")
    body(d, "国は、自治体DX推進計画（令和3年1月～令和8年3月）において、自治体の情報システムの標準化・共通化、マイナンバーカードの普及促進、行政手続のオンライン化、AI・RPAの利用推進、テレワークの推進、セキュリティ対策の徹底を重点取組事項としました。")
    sec("（2）町の現状")
    body(d, "本町のマイナンバーカード交付率は75.2％（令和7年12月末）で、全国平均を下回っています。オンラインで申請できる手続は18手続にとどまり、多くの手続で来庁が必要です。")
    chap("2　基本理念と基本方針")
    body(d, "基本理念を「町民の暮らしに寄り添うデジタル化」とし、次の四つの基本方針のもとで18の取組を進めます。")
    plan = [
        ("基本方針１　行政手続のデジタル化", "来庁しなくても手続ができ、来庁した場合も待たない役場を目指します。", [
            ("オンライン申請の拡充", "町民の利用が多い手続を中心にオンライン申請の対象を拡大し、令和12年度までに主要な手続をオンライン化します。", "総務課"),
            ("手数料の電子決済", "窓口の証明手数料等について、キャッシュレス決済を導入します。", "税務会計課"),
            ("マイナンバーカードの普及促進", "休日・夜間の申請受付や事業所への出張申請により、カードの普及を進めます。", "町民課"),
            ("マイナンバーカードを活用した図書館利用", "マイナンバーカードを町立図書館の利用者カードとして利用できるようにします。", "生涯学習課"),
            ("おくやみ窓口のワンストップ化", "死亡に伴う手続を一か所で案内するおくやみ窓口を設置します。", "町民課")]),
        ("基本方針２　行政運営の効率化", "デジタル技術を活用し、職員が町民と向き合う時間を増やします。", [
            ("基幹業務システムの標準化", "基幹業務システムを国の標準仕様に準拠したシステムへ移行します。", "総務課"),
            ("ガバメントクラウドへの移行", "標準準拠システムをガバメントクラウド上で運用し、運用経費の削減を図ります。", "総務課"),
            ("AI議事録作成システムの活用", "会議録の作成にAIによる音声の文字起こしを活用し、職員の作業時間を削減します。", "総務課"),
            ("RPAによる定型業務の自動化", "給与や税の入力作業など、定型的な業務をRPAにより自動化します。", "総務課"),
            ("電子決裁の導入と決裁手順の見直し", "文書管理・電子決裁システムを導入し、あわせて決裁区分と事務の流れを見直します。", "総務課"),
            ("職員の在宅勤務の推進", "持ち出し用端末とリモートアクセス環境を整備し、職員の在宅勤務（テレワーク）を本格実施します。", "総務課"),
            ("Web会議の活用", "国・県や事業者との打合せにWeb会議を活用します。", "各課")]),
        ("基本方針３　安全な情報基盤", "町民の情報を守り、デジタル化を担う人材を育てます。", [
            ("情報セキュリティ対策の徹底", "情報セキュリティポリシーに基づく監査と職員研修を実施し、セキュリティ対策を徹底します。", "総務課"),
            ("職員のデジタル人材育成", "職員向け研修を実施し、各課にDX推進リーダーを置きます。", "総務課")]),
        ("基本方針４　地域のデジタル化", "地域の課題解決にデジタル技術を活用します。", [
            ("デジタル活用支援のあり方の検討", "高齢者等のスマートフォン利用を支援する方法について、社会福祉協議会等と連携しながら支援のあり方を検討します。", "福祉課"),
            ("デマンド交通予約システムの導入", "デマンド交通にスマートフォンやタブレットから予約できるシステムを導入します。", "企画課"),
            ("スマート農業の実証", "ドローンによる農薬散布やセンサーによる水田管理の実証を行います。", "産業課"),
            ("オープンデータの研究", "国はオープンデータの取組を推進しています。本町においても、データ公開に向けた課題や方法を研究します。", "企画課")])]
    chap("3　具体的な取組")
    n = 0
    for pol, desc, ms in plan:
        P(d, pol, bold=True, size=12.5, before=8); body(d, desc)
        for tt, ds, dept in ms:
            n += 1
            P(d, "取組%d　%s" % (n, tt), bold=True, size=11, before=4)
            P(d, ds, indent=0.8); P(d, "担当課：" + dept, indent=0.8, size=9.5)
    chap("4　推進体制と進行管理")
    body(d, "副町長を最高情報責任者（CIO）とし、梓川原町DX推進委員会において毎年度各取組の進捗を確認します。")
    return d

# ---------------------------------------------------------------- doc155
def doc155():
    d = new_doc(); T = "楓浦市DX推進計画（改訂版）"
    add_abstract(d, 91, [("decimalFullWidth", "第%1章", None, "space")]); add_num(d, 91, 91)
    style_numbering(d, "Heading 1", 91)
    add_abstract(d, 93, [("decimal", "(%1)", None, "space")])
    for i in range(3): add_num(d, 101 + i, 93, start_override=[(0, 1)])
    hf(d.sections[0], None, footer=False)
    cover(d, [("楓浦市DX推進計画", 28, True), ("（改訂版）", 18, True), ("令和5年度～令和9年度", 14, False), ("", 12, False),
              ("令和8年3月改訂", 13, False), ("楓浦市", 18, True), ("団体コード：382191", 9, False)])
    new_section(d, header=T)
    P(d, "改訂履歴", bold=True, size=12)
    W = [3.5, 12.9]; t = table(d, 2, W)
    row(t, ["年月", "内容"], W, bold=True, shade="E7E6E6")
    row(t, ["令和5年3月", "策定（計画期間：令和5年度～令和7年度）"], W)
    row(t, ["令和8年3月", "改訂（計画期間を令和9年度まで延長し、取組を見直し）"], W)
    H(d, "計画の改訂にあたって", 1)
    H(d, "1　改訂の趣旨", 2)
    body(d, "本市は令和5年3月に楓浦市DX推進計画を策定し、行政手続のオンライン化や基幹業務システムの標準化などを進めてきました。令和7年度で当初の計画期間が終了することから、これまでの取組を振り返るとともに、国の動向を踏まえて取組を見直し、計画を改訂します。")
    H(d, "2　計画期間", 2)
    body(d, "当初の計画期間は令和5年度から令和7年度までの3年間でしたが、標準準拠システムへの移行の一部が令和8年度以降となることなどを踏まえ、計画期間を2年間延長し、令和5年度から令和9年度までとします。")
    H(d, "3　計画の位置づけ", 2)
    body(d, "本計画は、楓浦市総合計画の分野別計画であり、官民データ活用推進基本法第9条第3項に基づく市町村官民データ活用推進計画として位置づけます。")
    new_section(d, header=T + "　これまでの取組の振り返り")
    H(d, "これまでの取組の振り返り", 1)
    H(d, "1　国の動向", 2)
    body(d, "国は、自治体DX推進計画の改定により自治体フロントヤード改革を重点取組事項に加えました。また、オープンデータの推進やテレワークの推進を引き続き地方公共団体に求めています。")
    H(d, "2　当初計画の取組の評価", 2)
    body(d, "当初計画の取組の評価は次のとおりです（A：達成、B：一部達成、C：未達成）。")
    W = [6.0, 1.5, 8.9]; t = table(d, 3, W)
    row(t, ["当初計画の取組", "評価", "改訂後の扱い"], W, bold=True, shade="E7E6E6", header=True)
    for a, b, c in (("電子申請の推進", "A", "拡充して継続"), ("基幹システムの標準化", "B", "継続（移行期限を延長）"),
                    ("RPAの導入", "B", "AIと一体で拡充"), ("テレワークの試行", "C", "利用が少なく、取組として位置付けない"),
                    ("オープンデータの公開", "C", "取組として位置付けず、国・県の動向を注視"), ("スマホ教室の開催", "A", "継続"),
                    ("情報セキュリティ対策", "A", "継続")):
        row(t, [a, b, c], W, center_from=None)
    new_section(d, header=T + "　施策の展開")
    H(d, "施策の展開", 1)
    plan = [
        ("基本目標１　市民サービスのデジタル化", [
            ("電子申請の対象手続の拡大", "オンラインで申請できる手続を、令和9年度までに150手続に拡大します。", "拡充", "デジタル推進課", "R9"),
            ("書かない窓口の導入", "市民課窓口で、職員が聞き取った内容から申請書を作成する仕組みを導入します。", "新規", "市民課", "R8"),
            ("マイナンバーカードの利活用推進", "証明書のコンビニ交付に加え、市立図書館や公共施設での本人確認にカードを活用します。", "継続", "市民課", "R9"),
            ("公共施設予約システムの更新", "体育館等の施設予約をスマートフォンから申込み・支払いできるよう、システムを更新します。", "継続", "スポーツ振興課", "R8")]),
        ("基本目標２　デジタル市役所への転換", [
            ("標準準拠システムへの移行", "基幹業務20業務のシステムを標準準拠システムへ移行します。移行が困難なシステムも令和9年度までに移行を完了します。", "継続", "デジタル推進課", "R9"),
            ("RPA・AIの全庁展開", "RPAとAI-OCR、生成AIの利用を全庁に広げ、対象業務を拡大します。", "拡充", "デジタル推進課", "R9"),
            ("業務改革（BPR）の推進", "業務量調査の結果をもとに、窓口業務と内部事務の業務フローを見直します。", "新規", "行政経営課", "R9"),
            ("情報セキュリティの強化", "情報セキュリティポリシーを改定し、外部監査と全職員研修を毎年実施します。", "継続", "デジタル推進課", "毎年度"),
            ("庁内ネットワークの無線化", "庁舎内に無線LANを整備し、会議室や窓口でも業務端末を利用できるようにします。", "新規", "デジタル推進課", "R8")]),
        ("基本目標３　地域のデジタル化", [
            ("高齢者のデジタル活用支援", "地区公民館でのスマホ教室と個別相談を実施します。", "継続", "長寿支援課", "毎年度"),
            ("デジタル地域通貨の導入", "市内の店舗で使えるデジタル地域通貨を導入し、健康ポイント等の地域ポイントと連携させます。", "新規", "商工観光課", "R8"),
            ("5Gを活用した地域課題解決の実証", "通信事業者と連携し、5Gを活用した高齢者の遠隔見守りの実証を行います。", "新規", "デジタル推進課", "R9"),
            ("防災情報システムの高度化", "避難情報をスマートフォンのアプリに配信できるよう防災情報システムを更新します。", "継続", "危機管理課", "R8")])]
    for gi, (goal, ms) in enumerate(plan):
        H(d, goal, 2)
        for tt, ds, kb, dept, yr in ms:
            p = H(d, tt, 3); numpr(p._p, 101 + gi)
            body(d, ds)
            W = [4.0, 8.0, 4.4]; t = table(d, 3, W)
            row(t, ["改訂区分", "担当課", "目標年度"], W, bold=True, shade="F2F2F2", size=9, center_from=0)
            row(t, [kb, dept, yr], W, size=9, center_from=0)
            P(d, "", after=2)
    new_section(d, header=T + "　推進体制")
    H(d, "推進体制", 1)
    body(d, "副市長を最高情報責任者（CIO）とする楓浦市DX推進本部において進捗を管理し、毎年度の結果を市ホームページで公表します。")
    return d

# ---------------------------------------------------------------- doc156
def doc156():
    d = new_doc(); T = "蓬生台町DX推進計画"
    hf(d.sections[0], None, footer=False)
    cover(d, [(T, 28, True), ("", 12, False), ("", 12, False), ("令和8年3月", 13, False), ("蓬生台町", 18, True), ("313866", 10, False)])
    new_section(d, header=T)
    toc_typed(d, [("第1章　計画の概要", 1, 0), ("第2章　現状と課題", 2, 0), ("第3章　基本方針", 3, 0), ("第4章　取組と工程", 4, 0), ("第5章　推進体制", 7, 0)])
    page_break(d)
    H(d, "第1章　計画の概要", 1)
    H(d, "1　趣旨", 2)
    body(d, "本町は、町民の利便性の向上と持続可能な行政運営を両立させるため、デジタル技術を活用した取組を体系的に進める「蓬生台町DX推進計画」を策定します。")
    H(d, "2　位置づけ", 2)
    body(d, "本計画は、官民データ活用推進基本法第9条第3項に基づく市町村官民データ活用推進計画を兼ねるものとします。")
    H(d, "3　計画期間", 2)
    body(d, "本計画の期間は、令和8年度から令和12年度までとします。")
    H(d, "第2章　現状と課題", 1)
    H(d, "1　国の動向", 2)
    body(d, "国は、マイナンバーカードを行政のデジタル化の基盤と位置づけ、カードの普及と利活用を進めています。また、自治体DX推進計画では、情報システムの標準化・共通化やAI・RPAの利用推進などを重点取組事項としています。")
    H(d, "2　本町の現状", 2)
    body(d, "本町のマイナンバーカード交付率は81.0％（令和7年度末）に達しています。一方、電子申請できる手続は少なく、窓口での手続が中心となっています。")
    body(d, "職員数はこの10年で1割減少し、業務量の増加への対応が課題となっています。")
    H(d, "第3章　基本方針", 1)
    pols = [("１", "便利で身近な行政サービス", "町民が時間や場所を気にせず手続できる環境を整えます。"),
            ("２", "効率的な行政運営", "業務の見直しとデジタル技術の活用により、効率的な行政運営を実現します。"),
            ("３", "地域のデジタル化", "誰もがデジタル技術の恩恵を受けられる地域をつくります。")]
    for n, tt, ds in pols:
        H(d, "基本方針%s　%s" % (n, tt), 2); body(d, ds)
    new_section(d, landscape=True, header=T + "　第4章　取組と工程")
    H(d, "第4章　取組と工程", 1)
    P(d, "凡例　検討：調査・検討　実施：事業開始　→：継続　●：実施（単年度）　運用：運用開始後", size=9)
    W = [0.9, 6.4, 9.1, 2.7, 1.3, 1.3, 1.3, 1.3, 1.3]
    rows = [
        [("電子申請システムの導入", "電子申請システムを導入し、住民票の写しの請求や各種届出のオンライン受付を開始します。", "総務課", "実施", "→", "→", "→", "→"),
         ("窓口予約システムの導入", "来庁前に窓口の予約ができるシステムを導入し、待ち時間を短縮します。", "町民課", "検討", "実施", "→", "→", "→"),
         ("税・料金のスマートフォン決済", "町税や水道料金をスマートフォン決済アプリで納付できるようにします。", "税務課", "実施", "→", "→", "→", "→"),
         ("ホームページのアクセシビリティ向上", "高齢者や障がいのある方が利用しやすいよう、ウェブアクセシビリティ基準に沿ってページを改善します。", "企画課", "●", "→", "→", "→", "→")],
        [("基幹系システムの標準化", "住民記録、税、福祉などの基幹系システムを標準準拠システムへ移行します。", "総務課", "移行", "運用", "→", "→", "→"),
         ("AI-OCRの導入", "手書きの申請書等をAI-OCRで読み取り、入力作業を削減します。", "総務課", "実施", "→", "→", "→", "→"),
         ("業務量調査と業務フローの見直し", "全課で業務量調査を行い、業務フローを可視化して手順を見直します。", "総務課", "●", "実施", "→", "→", "→"),
         ("テレワーク用端末の整備", "職員が自宅等で業務を行えるよう、テレワーク用端末とリモートアクセス環境を整備し、運用します。", "総務課", "実施", "運用", "→", "→", "→"),
         ("情報セキュリティ監査の実施", "外部の専門家による情報セキュリティ監査を隔年で実施し、指摘事項を改善します。", "総務課", "●", "", "●", "", "●")],
        [("スマホ教室の開催", "高齢者等を対象としたスマホ教室を各地区の集会所で開催します。", "福祉課", "●", "●", "●", "●", "●"),
         ("公共施設Wi-Fiの整備", "町民体育館や図書館などの公共施設に公衆無線LANを整備します。", "企画課", "実施", "→", "運用", "→", "→"),
         ("オープンデータの公開", "町が保有するデータの公開に向けた準備を行い、令和10年度から町ホームページで公開します。", "企画課", "検討", "検討", "公開", "→", "→"),
         ("町民アンケートの電子化", "町民意識調査等のアンケートをウェブで回答できるようにします。", "企画課", "実施", "→", "→", "→", "→")]]
    n = 0
    for gi, ((num, tt, _), ms) in enumerate(zip(pols, rows)):
        if gi: P(d, "")
        cap = P(d, "表4-%d　基本方針%s　%s" % (gi + 1, num, tt), bold=True, size=11, after=3)
        cap.paragraph_format.keep_with_next = True
        t = table(d, 9, W)
        row(t, ["No", "取組名", "取組概要", "担当課", "R8", "R9", "R10", "R11", "R12"], W, bold=True, shade="DDEBF7", header=True, size=9.5)
        for m in ms:
            n += 1
            r = row(t, [str(n)] + list(m), W, size=9, center_from=4); cant_split(r)
            r.cells[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        if gi < 2: page_break(d)
    new_section(d, header=T)
    H(d, "第5章　推進体制", 1)
    body(d, "町長を本部長とする蓬生台町DX推進本部を設置し、副町長を最高情報責任者（CIO）として各取組の進捗を管理します。工程表は毎年度見直します。")
    return d

# ---------------------------------------------------------------- doc157
def doc157():
    d = new_doc(); T = "萩の浦町DX推進計画"
    add_abstract(d, 91, [("decimalFullWidth", "第%1章", None, "space")]); add_num(d, 91, 91)
    style_numbering(d, "Heading 1", 91)
    hf(d.sections[0], None, footer=False)
    cover(d, [(T, 28, True), ("2026年度 ― 2029年度", 14, False), ("", 12, False), ("", 12, False),
              ("2026年3月", 13, False), ("萩の浦町", 18, True), ("山口県　団体コード 353451", 9, False)])
    chapters = ["計画の策定にあたって", "現状と課題", "基本理念と基本方針", "重点取組", "施策の展開", "推進体制"]
    pages = [1, 2, 3, 4, 6, 9]
    new_section(d, header=T)
    P(d, "目　次", bold=True, size=14, align="c", after=12)
    # TOC field with cached entries
    for i, (c, pg) in enumerate(zip(chapters, pages)):
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.4), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        if i == 0:
            def fc(t):
                r = OxmlElement("w:r"); f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), t); r.append(f); return r
            p._p.append(fc("begin"))
            r = OxmlElement("w:r"); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = ' TOC \\o "1-1" \\h \\z \\u '; r.append(it); p._p.append(r)
            p._p.append(fc("separate"))
        p.add_run("第%d章　%s\t%d" % (i + 1, c, pg))
        if i == len(chapters) - 1:
            r = OxmlElement("w:r"); f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), "end"); r.append(f); p._p.append(r)
    def chap(i):
        new_section(d, header="第%d章　%s" % (i + 1, chapters[i])); H(d, chapters[i], 1)
    chap(0)
    H(d, "1　策定の趣旨", 2)
    body(d, "本町では、人口減少と高齢化が進む中で、町民サービスを維持・向上させるため、デジタル技術の活用が欠かせなくなっています。町の取組を体系的に示すため、本計画を策定します。")
    H(d, "2　計画の位置づけ", 2)
    body(d, "本計画は、萩の浦町総合計画の分野別計画であり、官民データ活用推進基本法第9条第3項に基づく市町村官民データ活用推進計画を兼ねます。")
    H(d, "3　計画期間", 2)
    body(d, "本計画の期間は、2026年度から2029年度までの4年間とします。")
    chap(1)
    body(d, "町の窓口では、紙の申請書と押印を前提とした事務が多く残っており、業務の見直しが課題となっています。基幹業務システムは国の標準仕様への移行を進めているところです。")
    body(d, "町内では高齢化率が45％を超え、スマートフォンを使いこなせない方も多く、デジタル化から取り残される町民が生じないよう配慮が必要です。")
    chap(2)
    H(d, "1　基本理念", 2)
    P(d, "「海と人をデジタルでつなぐ　萩の浦」", bold=True, align="c")
    H(d, "2　基本方針", 2)
    pols = ["行政手続のオンライン化", "業務の効率化", "地域のデジタル化", "誰もが使えるデジタル"]
    for i, pname in enumerate(pols): P(d, "基本方針%s　%s" % ("１２３４"[i], pname), indent=0.5)
    chap(3)
    body(d, "第5章に掲げる取組のうち、計画期間中に特に重点的に進める五つの取組を重点取組とします。")
    for i, (tt, ds) in enumerate((("電子申請の拡充", "町民の利用が多い手続から優先してオンライン化し、来庁しなくてよい役場を目指します。"),
                                  ("標準化・ガバメントクラウドへの移行", "国の期限を踏まえ、基幹業務システムの移行を確実に完了します。"),
                                  ("テレワーク環境の整備", "災害時の業務継続と職員の働きやすさのため、職員のテレワーク環境を整えます。"),
                                  ("AIオンデマンド交通の導入", "高齢者の移動手段を確保するため、町全域で運行します。"),
                                  ("スマホ相談窓口の開設", "デジタル化から取り残される町民が生じないよう、身近な相談の場を設けます。"))):
        P(d, "重点取組%s　%s" % ("１２３４５"[i], tt), bold=True, before=6); body(d, ds)
    chap(4)
    ms = [
        [("電子申請の拡充", "町民の利用が多い手続を中心に、電子申請で受け付ける手続を拡大します。", "総務課"),
         ("子育て・介護手続のオンライン化", "児童手当や介護保険の申請について、マイナポータルからの申請を受け付けます。", "健康福祉課"),
         ("マイナンバーカードの申請支援", "集会所や事業所での出張申請受付を行い、カードの取得を支援します。", "町民課")],
        [("標準化・ガバメントクラウドへの移行", "基幹業務システムを標準準拠システムへ移行し、ガバメントクラウドで運用します。", "総務課"),
         ("生成AIの試行導入", "文書作成の補助に生成AIを一部の課で試行的に導入し、効果を確認します。", "総務課"),
         ("テレワーク環境の整備", "職員が自宅等から業務を行えるよう、端末とリモートアクセス環境を整備します。", "総務課"),
         ("情報セキュリティ対策の徹底", "情報セキュリティポリシーの遵守状況を点検し、全職員への研修を毎年実施します。", "総務課")],
        [("AIオンデマンド交通の導入", "AIが最適な経路を決めるオンデマンド交通を町全域に導入し、スマートフォンや電話で予約できるようにします。", "企画課"),
         ("観光施設Wi-Fiの整備", "海水浴場や観光案内所にWi-Fiを整備します。", "商工観光課"),
         ("町内事業者のデジタル化支援", "商工会と連携し、町内事業者のキャッシュレス決済やネット販売の導入を支援します。", "商工観光課")],
        [("スマホ相談窓口の開設", "役場と支所にスマホ相談窓口を開設し、スマートフォンやマイナポータルの操作を支援します。", "企画課"),
         ("デジタル推進委員との連携", "国のデジタル推進委員と連携し、地区ごとの講習会を開催します。", "企画課"),
         ("オープンデータの推進", "町が保有する統計や施設情報を、オープンデータとして町ホームページで公開します。", "企画課"),
         ("行政データの分析と活用", "住民基本台帳や施設利用のデータを分析し、施策の立案に活用します。", "企画課")]]
    circ = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭"; k = 0
    for i, pname in enumerate(pols):
        H(d, "基本方針%s　%s" % ("１２３４"[i], pname), 2)
        for tt, ds, dept in ms[i]:
            P(d, "%s　%s" % (circ[k], tt), bold=True, before=4); k += 1
            P(d, ds, indent=0.8); P(d, "担当課：" + dept, indent=0.8, size=9)
    chap(5)
    body(d, "副町長を最高情報責任者（CIO）とし、萩の浦町DX推進本部で進捗を管理します。取組の実施にあたっては、業務の見直しを前提とし、単なる紙の電子化に終わらないよう留意します。")
    return d

# ---------------------------------------------------------------- doc158
def doc158():
    d = new_doc(); T = "雲雀野村デジタル化推進計画"
    hf(d.sections[0], None, footer=False)
    cover(d, [(T, 26, True), ("", 12, False), ("", 12, False), ("令和８年３月", 13, False), ("雲雀野村", 18, True)])
    new_section(d, header=None)
    P(d, "１．計画の策定にあたって", bold=True, size=14, after=6)
    body(d, "雲雀野村は人口約2,300人の村です。役場の職員数が限られる中で、村民の暮らしを守り、手続の負担を減らすため、デジタル技術を活用した取組を進めることとし、本計画を策定します。")
    body(d, "本計画は、官民データ活用推進基本法第9条第3項に基づく市町村官民データ活用推進計画として位置づけます。計画期間は、令和８年度から令和１０年度までの３年間とします。")
    P(d, "２．国の動向と村の現状", bold=True, size=14, after=6, before=8)
    body(d, "国は、自治体DX推進計画において行政手続のオンライン化やテレワークの推進、情報システムの標準化などを地方公共団体に求めています。")
    body(d, "本村では、窓口での手続がほとんどで、オンラインで申請できる手続はありません。マイナンバーカードの交付率は70％程度にとどまっています。集落の一部では光回線が利用できず、在宅での仕事や子どもの学習に支障が出ています。")
    P(d, "３．取組の内容", bold=True, size=14, after=6, before=8)
    plan = [
        ("方針１　暮らしの手続を便利に", [
            ("オンライン申請の導入", "住民票の写しの請求や各種届出について、令和１０年度からオンラインでの受付を開始します。", "R8：検討　R9：試行　R10：実施"),
            ("マイナンバーカードの交付体制の充実", "休日の交付窓口を月２回開設し、集落への出張申請受付を行います。", "R8～R10：実施"),
            ("窓口のキャッシュレス化", "役場窓口での手数料の支払いにキャッシュレス決済を導入します。", "R8：検討　R9：導入　R10：運用")]),
        ("方針２　役場の仕事をデジタルで", [
            ("基幹業務システムの標準化", "基幹業務システムを標準準拠システムへ移行します。移行にあわせ、標準仕様に合わせて業務手順を見直します。", "R8：移行　R9～：運用"),
            ("RPAの試行", "税の入力作業などでRPAを試行し、効果を確認します。", "R9：試行　R10：検証"),
            ("情報セキュリティの確保", "情報セキュリティポリシーを見直し、職員研修を毎年実施します。", "R8～R10：実施"),
            ("オンライン会議の活用", "県や関係機関との会議にWeb会議を活用し、出張を減らします。", "R8～R10：実施")]),
        ("方針３　地域のつながりをデジタルで", [
            ("スマホ教室の開催", "高齢者を対象に、集落の集会所でスマホ教室を開催します。", "R8～R10：毎年開催"),
            ("集落の光回線整備", "通信事業者が行う光ファイバ回線の整備について、村が整備費の一部を補助し、令和９年度までに全集落で利用できるようにします。", "R8：補助　R9：整備完了"),
            ("防災行政無線のデジタル化", "防災行政無線をデジタル方式に更新し、聞き取りやすい放送にします。", "R8：設計　R9：工事")])]
    for pol, ms in plan:
        P(d, pol, bold=True, size=12.5, before=8)
        for tt, ds, sch in ms:
            P(d, "■　" + tt, bold=True, before=4, indent=0.3)
            P(d, "【取組内容】" + ds, indent=0.8)
            P(d, "【スケジュール】" + sch, indent=0.8, size=9.5)
    P(d, "４．推進体制", bold=True, size=14, after=6, before=8)
    body(d, "副村長を責任者とし、各課長で構成する庁内会議で毎年度進捗を確認します。")
    page_break(d)
    for _ in range(25): P(d, "")
    for s in ("雲雀野村デジタル化推進計画", "令和８年３月", "発行　雲雀野村役場　総務課", "熊本県球磨郡雲雀野村大字雲雀野100番地", "地方公共団体コード　435171"):
        P(d, s, align="r", size=9.5)
    return d

BUILDERS = {"doc%d" % n: globals()["doc%d" % n] for n in range(151, 159)}

# ---------------------------------------------------------------- check
def load_key(path):
    try:
        import yaml
        return yaml.safe_load(open(path, encoding="utf-8"))
    except ImportError:
        raise SystemExit("PyYAML needed")

def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))

def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if n.startswith("word/") and n.endswith(".xml"):
                x = z.read(n).decode("utf-8")
                out.extend(re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>", x))
    return "".join(out)

def main(argv):
    names = argv or sorted(BUILDERS)
    prof = "-env:UserInstallation=file:///tmp/lo15"
    failures = []
    for name in names:
        d = BUILDERS[name]()
        dp = os.path.join(HERE, name + ".docx"); d.save(dp)
        subprocess.run(["soffice", prof, "--headless", "--convert-to", "pdf", "--outdir", HERE, dp],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for name in names:
        key = load_key(os.path.join(HERE, name + ".expected.yaml"))
        need = [key["municipality"]] + ([key["code"]] if key.get("code") else [])
        for p in key["policies"]:
            need.append(p["title"]); need.extend(p["measures"])
        texts = {"docx": norm(docx_text(os.path.join(HERE, name + ".docx"))),
                 "pdf": norm(subprocess.run(["pdftotext", "-layout", os.path.join(HERE, name + ".pdf"), "-"],
                                            capture_output=True, text=True).stdout)}
        for kind, txt in texts.items():
            for s in need:
                if norm(str(s)) not in txt:
                    failures.append("%s.%s: missing %r" % (name, kind, s))
    if failures:
        print("\n".join(failures)); return 1
    print("all clean: %s" % ", ".join(names)); return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
