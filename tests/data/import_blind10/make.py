#!/usr/bin/env python3
"""Generate import_blind10: ten invented municipal digital plans as .docx + .pdf
(LibreOffice), three also as HTML printed by Chromium, with answer keys.

Run with the repository's venv (needs python-docx and Pillow), from any directory:
    python make.py
Needs `soffice`, `chromium` and `pdftotext` on PATH.
"""
import glob
import html as htmlmod
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
ITEMS = ["kanmin/online", "kanmin/opendata", "kanmin/mynumber", "kanmin/divide", "kanmin/bpr",
         "dx/standardization", "dx/mynumber", "dx/online", "dx/ai-rpa", "dx/telework",
         "dx/security", "dx/community", "dx/divide"]


def code6(five):
    d = [int(c) for c in five]
    cd = (11 - (6 * d[0] + 5 * d[1] + 4 * d[2] + 3 * d[3] + 2 * d[4]) % 11) % 10
    return five + str(cd)


def wa(y):
    return f"令和{y - 2018}年度（{y}年度）"


def fw(s):
    """half-width digits -> full-width"""
    return s.translate(str.maketrans("0123456789", "０１２３４５６７８９"))


# ---------------------------------------------------------------- docx helpers
class Writer:
    def __init__(self, styled=False):
        self.doc = Document()
        self.styled = styled
        self.rev = 100
        st = self.doc.styles["Normal"]
        st.font.size = Pt(10.5)
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = parse_xml(f'<w:rFonts {nsdecls("w")}/>')
            rpr.append(rf)
        rf.set(qn("w:eastAsia"), "ＭＳ 明朝")
        for s in ("Heading 1", "Heading 2", "Heading 3", "Title", "Caption"):
            try:
                self.doc.styles[s].font.color.rgb = RGBColor(0, 0, 0)
                r = self.doc.styles[s].element.get_or_add_rPr()
                f = r.find(qn("w:rFonts"))
                if f is None:
                    f = parse_xml(f'<w:rFonts {nsdecls("w")}/>')
                    r.append(f)
                f.set(qn("w:eastAsia"), "ＭＳ ゴシック")
            except KeyError:
                pass
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.2)
        sec.top_margin = sec.bottom_margin = Cm(2.2)

    def p(self, text="", bold=False, size=None, align=None, indent=None, style=None, first=None):
        par = self.doc.add_paragraph(style=style)
        if text:
            r = par.add_run(text)
            r.bold = bold
            if size:
                r.font.size = Pt(size)
        if align == "c":
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if indent:
            par.paragraph_format.left_indent = Cm(indent)
        if first:
            par.paragraph_format.first_line_indent = Cm(first)
        return par

    def h(self, level, text):
        if self.styled:
            return self.doc.add_heading(text, level=level)
        return self.p(text, bold=True, size={1: 14, 2: 12, 3: 11}[level])

    def pb(self):
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def raw(self, xml):
        body = self.doc.element.body
        el = parse_xml(xml)
        body.insert(len(body) - 1, el)
        return el

    def table(self, rows, header=True, repeat=False, widths=None, bold_first_col=False):
        ncol = max(len(r) if isinstance(r, (list, tuple)) and not (len(r) == 2 and r[0] == "span") else 1
                   for r in rows)
        t = self.doc.add_table(rows=0, cols=ncol)
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            cells = t.add_row().cells
            if isinstance(row, tuple) and row[0] == "span":
                c = cells[0].merge(cells[-1])
                c.text = ""
                c.paragraphs[0].add_run(row[1]).bold = True
                shade(c, "D9E2F3")
                continue
            for j, val in enumerate(row):
                c = cells[j]
                lines = val.split("\n")
                c.text = ""
                for k, ln in enumerate(lines):
                    par = c.paragraphs[0] if k == 0 else c.add_paragraph()
                    run = par.add_run(ln)
                    if (header and i == 0) or (bold_first_col and j == 0 and k == 0):
                        run.bold = True
                if header and i == 0:
                    shade(c, "D9D9D9")
            if header and i == 0 and repeat:
                trpr = t.rows[i]._tr.get_or_add_trPr()
                trpr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
        if widths:
            t.autofit = False
            grid = t._tbl.tblGrid
            for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
                if j < len(widths):
                    gc.set(qn("w:w"), str(int(widths[j] * 567)))
            for row in t.rows:
                for j, wd in enumerate(widths):
                    if j < len(row.cells):
                        row.cells[j].width = Cm(wd)
        self.p()
        return t

    def orient(self, landscape):
        from docx.enum.section import WD_SECTION
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        a, b = Cm(21), Cm(29.7)
        sec.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = (b, a) if landscape else (a, b)

    def save(self, path):
        self.doc.save(path)


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def run_xml(text, bold=False, extra=""):
    rpr = ("<w:b/>" if bold else "") + extra
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


# ---------------------------------------------------------------- common prose
def front(w, d, chapter_no=True):
    """Write the usual first two chapters. Background mentions every national item (distractors)."""
    t = d["town"]
    s, e = d["period"]
    n = e - s + 1
    h1 = (lambda k, x: f"第{k}章　{x}") if chapter_no else (lambda k, x: x)
    w.h(1, h1(1, "計画の策定にあたって"))
    w.h(2, "１　計画策定の趣旨")
    w.p(f"近年、情報通信技術は急速に進展し、スマートフォンの普及やクラウドサービスの一般化により、住民生活や"
        f"地域経済のあらゆる場面でデジタル技術が欠かせないものとなっています。一方、{t}においても人口減少と"
        f"少子高齢化が進み、限られた職員数で多様化する行政需要に対応していくことが求められています。", first=0.4)
    w.p(f"このような状況を踏まえ、{t}は、デジタル技術やデータを活用して住民の利便性を向上させるとともに、"
        f"行政運営の効率化を図るため、「{d['plan']}」を策定します。", first=0.4)
    w.h(2, "２　計画の位置づけ")
    w.p(f"本計画は、{d.get('upper', t + '総合計画')}を上位計画とし、官民データ活用推進基本法第９条第３項に規定する"
        f"「市町村官民データ活用推進計画」として位置づけるとともに、国の「自治体デジタル・トランスフォーメーション"
        f"（ＤＸ）推進計画」を踏まえた本{t[-1]}の取組を定めるものです。", first=0.4)
    w.h(2, "３　計画期間")
    w.p(f"本計画の期間は、{wa(s)}から{wa(e)}までの{n}年間とします。なお、国の動向や技術の進展等を踏まえ、"
        f"必要に応じて見直しを行います。", first=0.4)
    w.h(1, h1(2, "計画策定の背景"))
    w.h(2, "１　国の動向")
    w.p("国は、令和２年12月に「自治体デジタル・トランスフォーメーション（ＤＸ）推進計画」を策定し、自治体の"
        "情報システムの標準化・共通化、マイナンバーカードの普及促進、行政手続のオンライン化、AI・RPAの利用推進、"
        "テレワークの推進、セキュリティ対策の徹底を重点取組事項として示しました。また、地域社会のデジタル化や"
        "デジタルデバイド対策、オープンデータの推進、BPRの取組の徹底についても、あわせて取り組むべき事項とされています。",
        first=0.4)
    w.p("令和３年９月にはデジタル庁が発足し、「デジタル田園都市国家構想」のもと、デジタル実装を通じた地方の"
        "課題解決が進められています。", first=0.4)
    w.h(2, f"２　{t}の現状と課題")
    w.p(f"令和７年に実施した住民アンケートでは、「役場に行かずに手続ができるようにしてほしい」との回答が"
        f"約６割を占めた一方、70歳以上の回答者の約４割が「スマートフォンを使っていない」と回答しています。"
        f"また、庁内では紙による事務処理や押印が多く残っており、業務の見直しが課題となっています。", first=0.4)


def governance(w, d, k):
    t = d["town"]
    w.h(1, f"第{k}章　計画の推進体制")
    w.h(2, "１　推進体制")
    w.p(f"副{t[-1]}長を最高情報責任者（ＣＩＯ）とし、{t[-1]}長を本部長とする「{t}ＤＸ推進本部」において、"
        f"全庁横断的に計画を推進します。各課にＤＸ推進員を置き、外部人材（ＣＩＯ補佐官）の助言を得ながら取組を進めます。",
        first=0.4)
    w.h(2, "２　進行管理")
    w.p("毎年度、取組の進捗状況を推進本部において確認し、ＰＤＣＡサイクルにより改善を図ります。"
        "結果はホームページで公表します。", first=0.4)


def cover(w, d, vertical=False, code_text=None):
    t = d["town"]
    if vertical:
        tbl = w.doc.add_table(rows=1, cols=3)
        tr = tbl.rows[0]._tr
        tr.get_or_add_trPr().append(parse_xml(f'<w:trHeight {nsdecls("w")} w:val="10500" w:hRule="exact"/>'))
        cells = tbl.rows[0].cells
        order = [(d.get("subtitle", ""), 13, False), (d["plan"], 28, True), (d["date"] + "　" + t, 14, False)]
        # vertical writing flows right-to-left: rightmost column is read first
        for cell, (txt, size, bold) in zip(cells[::-1], [order[1], order[0], order[2]]):
            tcpr = cell._tc.get_or_add_tcPr()
            tcpr.append(parse_xml(f'<w:textDirection {nsdecls("w")} w:val="tbRl"/>'))
            cell.text = ""
            r = cell.paragraphs[0].add_run(txt)
            r.font.size = Pt(size)
            r.bold = bold
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        w.p()
        if code_text:
            w.p(code_text, align="c", size=10)
        w.pb()
        return
    for _ in range(6):
        w.p()
    if d.get("over"):
        w.p(d["over"], align="c", size=14)
    w.p(d["plan"], bold=True, size=24, align="c")
    if d.get("subtitle"):
        w.p(d["subtitle"], size=13, align="c")
    for _ in range(8):
        w.p()
    w.p(d["date"], size=14, align="c")
    w.p(t, size=16, align="c", bold=True)
    if code_text:
        w.p(code_text, size=10, align="c")
    w.pb()


def measure_desc(w, desc, indent=0.8):
    for line in desc.split("\n"):
        w.p(line, indent=indent)


class HtmlWriter:
    """Same small API as Writer, producing HTML for Chromium."""

    def __init__(self, title, header=None):
        self.parts = []
        self.title = title
        self.header = header

    def p(self, text="", bold=False, size=None, align=None, indent=None, style=None, first=None):
        st = []
        if bold:
            st.append("font-weight:bold")
        if size:
            st.append(f"font-size:{size}pt")
        if align == "c":
            st.append("text-align:center")
        if align == "r":
            st.append("text-align:right")
        if indent:
            st.append(f"margin-left:{indent}cm")
        if first:
            st.append(f"text-indent:1em")
        self.parts.append(f'<p style="{";".join(st)}">{htmlmod.escape(text) or "&nbsp;"}</p>')

    def h(self, level, text):
        self.parts.append(f"<h{level}>{htmlmod.escape(text)}</h{level}>")

    def pb(self):
        self.parts.append('<div style="break-after:page"></div>')

    def rawhtml(self, s):
        self.parts.append(s)

    def table(self, rows, header=True, repeat=False, widths=None, bold_first_col=False):
        out = ["<table>"]
        ncol = max(len(r) for r in rows if not (isinstance(r, tuple) and r[0] == "span"))
        for i, row in enumerate(rows):
            if header and i == 0:
                out.append("<thead><tr>" + "".join(f"<th>{htmlmod.escape(c)}</th>" for c in row) + "</tr></thead><tbody>")
                continue
            if isinstance(row, tuple) and row[0] == "span":
                out.append(f'<tr><td colspan="{ncol}" class="grp">{htmlmod.escape(row[1])}</td></tr>')
                continue
            tds = []
            for j, c in enumerate(row):
                lines = [htmlmod.escape(x) for x in c.split("\n")]
                if bold_first_col and j == 0 and lines:
                    lines[0] = f"<b>{lines[0]}</b>"
                tds.append("<td>" + "<br>".join(lines) + "</td>")
            out.append("<tr>" + "".join(tds) + "</tr>")
        out.append("</tbody></table>" if header else "</table>")
        self.parts.append("".join(out))

    def save(self, path, css=""):
        hdr = ""
        if self.header:
            hdr = f'<div class="runhead">{htmlmod.escape(self.header)}</div>'
        doc = f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>{htmlmod.escape(self.title)}</title>
<style>
@page {{ size: A4; margin: 20mm 18mm; }}
body {{ font-family: "Noto Serif CJK JP", serif; font-size: 10.5pt; line-height: 1.6; }}
h1 {{ font-size: 15pt; border-bottom: 2px solid #333; margin-top: 1.2em; font-family: "Noto Sans CJK JP", sans-serif; }}
h2 {{ font-size: 12.5pt; font-family: "Noto Sans CJK JP", sans-serif; }}
h3 {{ font-size: 11pt; font-family: "Noto Sans CJK JP", sans-serif; }}
table {{ border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; }}
th, td {{ border: 1px solid #555; padding: 3px 5px; vertical-align: top; font-size: 9.5pt; }}
th {{ background: #ddd; }}
td.grp {{ background: #dbe5f3; font-weight: bold; }}
thead {{ display: table-header-group; }}
tr {{ break-inside: avoid; }}
.runhead {{ position: fixed; top: -14mm; right: 0; font-size: 8pt; color: #555; }}
@page land {{ size: A4 landscape; }}
.land {{ page: land; }}
{css}
</style></head><body>{hdr}{''.join(self.parts)}</body></html>"""
        with open(path, "w", encoding="utf-8") as f:
            f.write(doc)


# ================================================================= documents
DOCS = []


def register(**kw):
    DOCS.append(kw)
    return kw


def V(s):
    """verdict string 'CCMCC CCCPMCCC' -> dict"""
    s = s.replace(" ", "")
    m = {"C": "covered", "P": "partial", "M": "missing"}
    assert len(s) == 13, s
    return {k: m[c] for k, c in zip(ITEMS, s)}


# ---------------------------------------------------------------- doc111
D111 = register(
    id="doc111", town="柿ノ浦町", pref="愛知県", code=code6("23565"), period=(2026, 2030),
    plan="柿ノ浦町ＤＸ推進計画", date="令和８年３月", subtitle="～ つながる・ひらく・支えあう かきのうら ～",
    policies=[
        ("住民サービスのデジタル化", [
            ("オンライン申請の拡充", "重点",
             "子育て・介護関係の手続をはじめ、住民の利用が多い手続について、マイナポータル（ぴったりサービス）や"
             "あいち電子申請・届出システムを活用したオンライン申請を順次拡大します。令和10年度までに対象手続の８割を"
             "オンライン化します。"),
            ("マイナンバーカードの取得支援と利活用", "重点",
             "休日窓口や出張申請受付を実施するとともに、証明書のコンビニ交付や図書館利用カードとしての活用など、"
             "カードを使った町独自サービスを拡充します。"),
            ("窓口キャッシュレス決済の導入", "新規",
             "住民票の写し等の交付手数料について、窓口でのクレジットカード・電子マネー決済を導入します。"),
            ("町ホームページのリニューアル", "",
             "スマートフォンで見やすく、必要な情報にたどりつきやすいホームページに再構築します。"),
        ]),
        ("行政運営の効率化", [
            ("基幹業務システムの標準化・共通化", "重点",
             "住民基本台帳、税、福祉等の基幹業務システムについて、国の標準仕様に準拠したシステムへ移行し、"
             "ガバメントクラウドを利用します。移行後は運用経費の削減効果を検証します。"),
            ("ＲＰＡ・生成ＡＩの活用", "新規",
             "定型的な入力作業へのＲＰＡ導入を拡大するとともに、文書作成支援への生成ＡＩの全庁利用を開始します。"),
            ("情報セキュリティ対策の強化", "",
             "情報セキュリティポリシーを国のガイドライン改定に合わせて見直し、全職員を対象とした研修と"
             "標的型攻撃メール訓練を毎年度実施します。"),
            ("業務プロセスの見直し（ＢＰＲ）", "",
             "窓口業務と内部管理事務を対象に業務量調査を行い、業務フローを可視化したうえで、"
             "押印・紙書類の削減を含む業務改善を進めます。"),
        ]),
        ("誰もがデジタルの恩恵を受けられる地域づくり", [
            ("スマートフォン教室の開催", "",
             "高齢者等を対象に、携帯電話販売店や地域のボランティアと連携したスマートフォン教室を公民館等で定期的に開催します。"),
            ("公衆無線ＬＡＮの整備", "",
             "避難所となる公共施設への公衆無線ＬＡＮの整備を進めます。観光施設への設置については、"
             "利用状況や費用対効果を踏まえて検討します。"),
        ]),
    ],
    items=V("CMCCC CCCCMCPC"),
    notes="""  - Cover is written vertically (縦書き): a one-row table whose three cells have textDirection tbRl; the
    body is horizontal. Text extraction of the cover gives one character per line.
  - Policies are 「目標１」「目標２」「目標３」; measures are labelled 「(1)-①」 (policy number in parentheses,
    then a circled measure number) and some end with a 【重点】 or 【新規】 tag, which is not part of the title.
  - The 施策体系 table repeats policies and measures (with the same labels) before the measure chapter.
  - opendata missing: オープンデータ appears only in 国の動向 (background).
  - telework missing: 推進体制 mentions Web会議 for the 推進本部, not the staff's telework; the background lists テレワーク.
  - community partial: 公衆無線ＬＡＮ only in shelters; the regional (tourism) part is 「検討」. One could argue
    covered (shelter Wi-Fi is regional infrastructure); the key says partial because only a 検討 reaches the region.
""",
    shape="docx + pdf (LibreOffice); 縦書き cover (tbRl table cells) with horizontal body; policies 「目標１」…; measures 「(1)-①」 bold lines with trailing 【重点】/【新規】 tags; 施策体系 table repeating labels",
    hard="vertical cover text; (1)-① labels; tags glued to titles; opendata/telework only in background/推進体制",
)


def build111(w, d):
    cover(w, d, vertical=True, code_text=f"（地方公共団体コード　{d['code']}）")
    w.p("目　次", bold=True, align="c", size=14)
    for line in ["第１章　計画の策定にあたって", "第２章　計画策定の背景", "第３章　計画の基本的な考え方",
                 "第４章　目標ごとの取組", "第５章　計画の推進体制"]:
        w.p(line, indent=1)
    w.pb()
    front(w, d)
    w.h(1, "第３章　計画の基本的な考え方")
    w.h(2, "１　基本理念")
    w.p("「つながる・ひらく・支えあう　デジタルで暮らしやすい柿ノ浦」を基本理念とし、次の三つの目標を掲げます。", first=0.4)
    w.h(2, "２　施策体系")
    rows = [["目標", "取組"]]
    for i, (pt, ms) in enumerate(d["policies"], 1):
        rows.append([f"目標{fw(str(i))}　{pt}",
                     "\n".join(f"({i})-{'①②③④⑤'[j]}　{m[0]}" for j, m in enumerate(ms))])
    w.table(rows, widths=[6, 10.5])
    w.pb()
    w.h(1, "第４章　目標ごとの取組")
    for i, (pt, ms) in enumerate(d["policies"], 1):
        w.h(2, f"目標{fw(str(i))}　{pt}")
        w.p(["行政手続を「いつでも・どこでも」行えるよう、住民の利便性を高めます。",
             "限られた人員で質の高いサービスを提供できるよう、庁内のデジタル化を進めます。",
             "年齢や障がいの有無にかかわらず、誰もがデジタル化の恩恵を受けられる地域をつくります。"][i - 1], first=0.4)
        for j, (mt, tag, desc) in enumerate(ms):
            label = f"({i})-{'①②③④⑤'[j]}　{mt}" + (f"【{tag}】" if tag else "")
            w.p(label, bold=True, indent=0.3)
            measure_desc(w, desc)
    w.p("【主な成果指標】", bold=True)
    w.table([["指標", "現状値（R6）", "目標値（R12）"], ["オンライン化した手続の割合", "32％", "80％"],
             ["マイナンバーカード保有率", "74.2％", "90％"], ["スマートフォン教室参加者数（累計）", "120人", "800人"]])
    governance(w, d, 5)
    w.p("推進本部の会議はWeb会議システムを活用し、ペーパーレスで開催します。", first=0.4)


D111["build"] = build111


# ---------------------------------------------------------------- doc112
D112 = register(
    id="doc112", town="鶯原市", pref="群馬県", code=code6("10215"), period=(2026, 2030),
    plan="第６次鶯原市総合計画　後期基本計画", date="令和８年３月",
    policies=[
        ("行政手続のデジタル化", [
            ("オンライン手続の拡充", "",
             "市民や事業者が来庁せずに手続を完結できるよう、電子申請の対象手続を拡大し、申請から交付・納付までの"
             "オンライン化を進めます。"),
            ("書かない窓口の導入", "",
             "市民課窓口において、職員が聞き取りながら申請書を作成する窓口支援システムを導入します。"),
            ("マイナンバーカードを活用したサービスの拡充", "",
             "証明書のコンビニ交付の対象を拡大するとともに、カードを利用した電子申請やオンライン本人確認を推進し、"
             "カードの取得を促進します。"),
        ]),
        ("行政内部のデジタル化", [
            ("情報システムの標準化への対応", "",
             "基幹業務20業務のシステムについて、標準準拠システムへの移行とガバメントクラウドの利用を進めます。"),
            ("ＡＩ・ＲＰＡの活用", "",
             "ＡＩ－ＯＣＲを一部業務で試行導入し、効果を検証します。"),
            ("情報セキュリティの確保", "",
             "情報セキュリティポリシーの見直し、監査、職員研修を継続的に実施し、インシデントへの対応体制を強化します。"),
        ]),
        ("地域社会のデジタル化", [
            ("オープンデータの推進", "",
             "推奨データセットを中心に、市が保有するデータを機械判読可能な形式で公開し、民間での活用を促進します。"),
            ("デジタル活用支援の充実", "",
             "高齢者や障がい者等を対象としたスマートフォン相談会を地区公民館で開催し、デジタル活用支援員を育成します。"),
            ("地域情報通信基盤の整備", "",
             "光ファイバ未整備地区の解消を図るとともに、通信事業者に５Ｇ基地局の整備を働きかけます。"),
        ]),
    ],
    items=V("CCCCM CCCPMCCC"),
    notes="""  - The DX plan is 第５章 of a 総合計画 後期基本計画 (title: 第６次鶯原市総合計画 後期基本計画). Only 第５章
    「デジタル化の推進」 is the 官民データ活用推進計画 (the document says so in 第１章). Its policies are
    「基本施策５－１」…「５－３」 and measures are 「主な取組」 lines 「①」… under each.
  - Chapters 第３章 (都市基盤: 道路整備, 橋梁長寿命化, デマンド交通), 第４章 (健康・福祉) and 第６章 (行財政運営)
    have the same layout (基本施策 / 主な取組 ①…) and must NOT be read as measures. 第６章 contains
    「テレワークの推進」 and 「事務事業の見直し」: they are measures of another chapter, so dx/telework and
    kanmin/bpr are missing from the DX plan. 第３章's デマンド交通 uses a smartphone reservation app (not counted).
  - ai-rpa partial: AI-OCR trial in some operations only.
  - Period: 後期基本計画 令和８年度～令和12年度; the 基本構想 runs 令和３年度～令和12年度 (distractor start 2021).
""",
    shape="docx + pdf (LibreOffice); a 総合計画 後期基本計画 with 第３章～第６章 all shaped 基本施策N－M / 主な取組 ①; the DX plan is only 第５章; Heading 1/2 styles",
    hard="other chapters' measures (道路整備, テレワーク in 行財政運営, 事務事業の見直し) look identical; two periods (基本構想 R3–R12, 後期 R8–R12)",
)


def build112(w, d):
    cover(w, d, code_text=None)
    w.h(1, "第１章　後期基本計画の概要")
    w.h(2, "１　計画の構成と期間")
    w.p("第６次鶯原市総合計画は、基本構想と基本計画で構成されます。基本構想の期間は令和３年度（2021年度）から"
        "令和12年度（2030年度）までの10年間です。後期基本計画の期間は、令和８年度（2026年度）から"
        "令和12年度（2030年度）までの５年間とします。", first=0.4)
    w.h(2, "２　デジタル化の推進に関する計画の位置づけ")
    w.p("本計画の第５章「デジタル化の推進」は、官民データ活用推進基本法第９条第３項に基づく「鶯原市官民データ"
        "活用推進計画」として位置づけ、国の自治体ＤＸ推進計画を踏まえた本市の取組を定めます。", first=0.4)
    w.p(f"（地方公共団体コード：{d['code']}）", align="r", size=9)
    w.h(1, "第２章　まちづくりの現状と課題")
    w.p("本市の人口は令和７年10月１日現在で68,412人となり、前期基本計画策定時から約2,900人減少しました。"
        "国は自治体ＤＸ推進計画において、情報システムの標準化、行政手続のオンライン化、テレワークの推進などを"
        "求めており、本市においても対応が必要です。", first=0.4)
    chapters = [
        ("第３章　安全で快適な都市基盤", [
            ("３－１　道路・橋梁の整備", ["幹線市道の整備", "橋梁の長寿命化", "通学路の安全対策"]),
            ("３－２　公共交通の確保", ["デマンド交通の運行", "路線バスの維持"]),
        ]),
        ("第４章　健やかに暮らせる福祉のまち", [
            ("４－１　地域包括ケアの推進", ["高齢者見守りネットワークの構築", "介護予防の推進"]),
        ]),
    ]
    desc3 = {"幹線市道の整備": "市道鶯原中央線の４車線化を令和10年度までに完了させます。",
             "橋梁の長寿命化": "橋梁長寿命化修繕計画に基づき、ドローンを活用した点検を行い、計画的に修繕します。",
             "通学路の安全対策": "通学路合同点検の結果に基づき、歩道整備や防護柵の設置を進めます。",
             "デマンド交通の運行": "スマートフォンアプリから予約できるデマンド交通を市内全域で運行します。",
             "路線バスの維持": "交通事業者への運行支援により、生活路線を維持します。",
             "高齢者見守りネットワークの構築": "民生委員、事業者等と連携した見守り体制を整えます。",
             "介護予防の推進": "通いの場の拡充と専門職の派遣を進めます。"}
    for ch, secs in chapters:
        w.pb()
        w.h(1, ch)
        for st, ms in secs:
            w.h(2, f"基本施策{st}")
            w.p("【主な取組】", bold=True)
            for j, m in enumerate(ms):
                w.p(f"{'①②③④'[j]}　{m}", bold=True, indent=0.3)
                measure_desc(w, desc3[m])
    w.pb()
    w.h(1, "第５章　デジタル化の推進")
    w.p("市民の利便性向上と行政運営の効率化を図るため、デジタル技術とデータの活用を全庁で推進します。", first=0.4)
    for i, (pt, ms) in enumerate(d["policies"], 1):
        w.h(2, f"基本施策５－{i}　{pt}")
        w.p("【主な取組】", bold=True)
        for j, (mt, _, desc) in enumerate(ms):
            w.p(f"{'①②③④'[j]}　{mt}", bold=True, indent=0.3)
            measure_desc(w, desc)
    w.table([["成果指標", "現状値（R6）", "目標値（R12）"], ["電子申請可能な手続数", "84件", "250件"],
             ["マイナンバーカード保有率", "76.8％", "90％"], ["公開データセット数", "22件", "60件"]])
    w.pb()
    w.h(1, "第６章　持続可能な行財政運営")
    w.h(2, "基本施策６－１　効率的な行政運営")
    w.p("【主な取組】", bold=True)
    for j, (m, desc) in enumerate([
            ("事務事業の見直し", "事務事業評価の結果に基づき、業務プロセスを含めた見直しを行います。"),
            ("テレワークの推進", "在宅勤務制度を整備し、職員がテレワークを利用できる環境を整えます。"),
            ("公共施設の適正配置", "公共施設等総合管理計画に基づき、施設の統廃合を進めます。")]):
        w.p(f"{'①②③'[j]}　{m}", bold=True, indent=0.3)
        measure_desc(w, desc)
    w.h(1, "第７章　計画の推進")
    w.p("総合計画の進行管理は、毎年度の施策評価により行い、鶯原市総合計画審議会に報告します。", first=0.4)


D112["build"] = build112
D112["styled"] = True


# ---------------------------------------------------------------- doc113 (track changes)
D113 = register(
    id="doc113", town="瑞穂野村", pref="富山県", code=code6("16347"), period=(2026, 2028),
    plan="瑞穂野村デジタル化推進計画（案）", date="令和８年２月",
    policies=[
        ("手続の利便性向上", [
            ("電子申請サービスの拡充", "",
             "富山県・市町村共同の電子申請システムを活用し、各種届出・申請のオンライン化を進めます。"),
            ("マイナンバーカードの普及促進", "",
             "出張申請受付や休日交付窓口を実施し、カードの取得を支援します。"),
            ("オープンデータの公開", "",
             "村が保有するデータの洗い出しを行い、公開可能なデータについて公開の方法を検討します。"),
        ]),
        ("効率的な行政運営", [
            ("基幹系システムの標準化", "",
             "標準準拠システムへの移行を県内町村と共同で進め、ガバメントクラウドを利用します。"),
            ("ＲＰＡの導入", "",
             "税務・福祉の定型的な入力作業にＲＰＡを導入し、職員が住民対応に注力できる時間を生み出します。"),
            ("情報セキュリティ対策", "",
             "情報セキュリティポリシーの改定、職員研修、外部監査を実施します。"),
        ]),
        ("暮らしを支える地域のデジタル化", [
            ("高齢者向けデジタル相談会", "",
             "地区の集会所を会場に、スマートフォンの基本操作や電子申請の方法を学べる相談会を開催します。"),
            ("地域公共交通のデジタル化", "",
             "村営バスにオンデマンド予約システムを導入し、電話とスマートフォンのどちらからでも予約できるようにします。"),
        ]),
    ],
    items=V("CPCCM CCCCMCCC"),
    notes="""  - The .docx carries Word tracked changes (w:ins / w:del, author 「企画財政課」). The key reflects the document
    with all changes ACCEPTED: deleted text is not part of the plan.
  - Measure 1-1 title: the old title 「電子申請システムの導入」 is deleted and 「電子申請サービスの拡充」 inserted.
  - Measure 「2-3 テレワーク環境の整備」 is deleted as a whole paragraph (paragraph mark deleted too): not a measure,
    so dx/telework is missing. The following measure was renumbered 2-4 → 2-3 by a deletion + insertion of the digit.
  - Measure 3-2 「地域公共交通のデジタル化」 is a wholly inserted paragraph: it is a measure (community covered).
  - Period: 「令和12年度」 deleted, 「令和10年度」 inserted: 2026–2028 (three years; 「５年間」→「３年間」 likewise).
  - The LibreOffice PDF shows the markup (strike-through and underline), so the PDF text contains both old and new
    text: a PDF reader sees 「電子申請システムの導入電子申請サービスの拡充」 and the deleted telework measure.
  - opendata partial (洗い出し and 検討 only); bpr missing.
""",
    shape="docx + pdf (LibreOffice, markup shown); Word track changes: inserted/deleted measure paragraphs, a replaced title, renumbered label, changed period; bold 取組N-M lines",
    hard="deleted measure (telework) still visible as struck text; inserted measure counts; period changed by revision",
)

REV = {"n": 900}


def ins(text, bold=False):
    REV["n"] += 1
    return (f'<w:ins w:id="{REV["n"]}" w:author="企画財政課" w:date="2026-02-10T09:00:00Z">'
            f'{run_xml(text, bold)}</w:ins>')


def dele(text, bold=False):
    REV["n"] += 1
    b = "<w:b/>" if bold else ""
    return (f'<w:del w:id="{REV["n"]}" w:author="企画財政課" w:date="2026-02-10T09:00:00Z">'
            f'<w:r><w:rPr>{b}</w:rPr><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')


def tc_para(inner, indent=None, whole=None):
    """whole='ins' / 'del' marks the paragraph mark itself as inserted/deleted."""
    ppr = ""
    if indent:
        ppr += f'<w:ind w:left="{int(indent * 567)}"/>'
    if whole:
        REV["n"] += 1
        ppr += (f'<w:rPr><w:{whole} w:id="{REV["n"]}" w:author="企画財政課" '
                f'w:date="2026-02-10T09:00:00Z"/></w:rPr>')
    return f"<w:p {W}><w:pPr>{ppr}</w:pPr>{inner}</w:p>"


def build113(w, d):
    cover(w, d, code_text=f"団体コード {d['code']}")
    # settings: tracked changes on
    st = w.doc.settings.element
    st.append(parse_xml(f'<w:trackRevisions {nsdecls("w")}/>'))
    w.h(1, "第１章　計画の策定にあたって")
    w.h(2, "１　計画策定の趣旨")
    w.p("本村では、人口減少と高齢化が進む中、限られた職員で行政サービスを維持していくため、デジタル技術の活用が"
        "欠かせません。そこで、「瑞穂野村デジタル化推進計画」を策定し、計画的に取組を進めます。", first=0.4)
    w.h(2, "２　計画の位置づけ")
    w.p("本計画は、官民データ活用推進基本法第９条第３項に規定する「市町村官民データ活用推進計画」として位置づけます。",
        first=0.4)
    w.h(2, "３　計画期間")
    w.raw(tc_para(run_xml("本計画の期間は、令和８年度（2026年度）から") + dele("令和12年度（2030年度）")
                  + ins("令和10年度（2028年度）") + run_xml("までの") + dele("５") + ins("３")
                  + run_xml("年間とします。")))
    w.h(1, "第２章　国の動向と本村の現状")
    w.p("国の自治体ＤＸ推進計画では、情報システムの標準化・共通化、マイナンバーカードの普及促進、行政手続の"
        "オンライン化、ＡＩ・ＲＰＡの利用推進、テレワークの推進、セキュリティ対策の徹底が重点取組事項とされています。"
        "また、ＢＰＲの取組の徹底やオープンデータの推進も求められています。", first=0.4)
    w.p("本村の令和７年12月末のマイナンバーカード保有率は71.5％で、県平均をやや下回っています。", first=0.4)
    w.h(1, "第３章　施策の展開")
    labels = {}
    for i, (pt, ms) in enumerate(d["policies"], 1):
        w.h(2, f"基本方針{i}　{pt}")
        for j, (mt, _, desc) in enumerate(ms, 1):
            labels[mt] = f"{i}-{j}"
            if mt == "電子申請サービスの拡充":
                w.raw(tc_para(run_xml("取組1-1　", True) + dele("電子申請システムの導入", True)
                              + ins("電子申請サービスの拡充", True), indent=0.3))
                w.raw(tc_para(dele("電子申請システムを導入し、") + ins("富山県・市町村共同の電子申請システムを活用し、")
                              + run_xml("各種届出・申請のオンライン化を進めます。"), indent=0.8))
                continue
            if mt == "情報セキュリティ対策":
                # deleted telework measure first
                w.raw(tc_para(dele("取組2-3　テレワーク環境の整備", True), indent=0.3, whole="del"))
                w.raw(tc_para(dele("職員が自宅等で業務を行えるよう、テレワーク端末を導入し、在宅勤務制度を整備します。"),
                              indent=0.8, whole="del"))
                w.raw(tc_para(run_xml("取組2-", True) + dele("4", True) + ins("3", True)
                              + run_xml("　" + mt, True), indent=0.3))
                measure_desc(w, desc)
                continue
            if mt == "地域公共交通のデジタル化":
                w.raw(tc_para(ins(f"取組3-2　{mt}", True), indent=0.3, whole="ins"))
                w.raw(tc_para(ins(desc), indent=0.8, whole="ins"))
                continue
            w.p(f"取組{i}-{j}　{mt}", bold=True, indent=0.3)
            measure_desc(w, desc)
    w.h(1, "第４章　推進体制")
    w.p("村長を本部長とする瑞穂野村デジタル化推進本部を設置し、進捗を毎年度確認します。", first=0.4)


D113["build"] = build113


# ---------------------------------------------------------------- doc114 (legacy form fields)
D114 = register(
    id="doc114", town="檜垣町", pref="広島県", code=code6("34568"), period=(2025, 2029),
    plan="檜垣町自治体ＤＸ推進計画", date="令和７年３月",
    policies=[
        ("住民の利便性向上", [
            ("行政手続のオンライン化", "",
             "広島県電子申請システムとマイナポータルを活用し、子育て・介護をはじめとする手続をオンライン化します。"),
            ("マイナンバーカード取得環境の整備", "",
             "企業・地区集会所での出張申請受付と、交付窓口の平日夜間・休日開設を行います。"),
            ("窓口のキャッシュレス化", "",
             "窓口手数料のキャッシュレス決済を導入します。"),
        ]),
        ("行政運営の効率化", [
            ("ガバメントクラウドへの移行", "",
             "基幹業務システムを標準準拠システムに移行し、ガバメントクラウド上で運用します。"),
            ("ペーパーレス会議・Ｗｅｂ会議の推進", "",
             "庁内会議にタブレット端末を導入し、庁外との打合せにはＷｅｂ会議を活用します。"),
            ("ＡＩ・ＲＰＡの活用", "",
             "会議録作成へのＡＩ音声認識の導入と、給与・会計事務へのＲＰＡ導入を進めます。"),
            ("情報セキュリティ研修の実施", "",
             "全職員を対象にｅラーニングによる情報セキュリティ研修を実施します。"),
        ]),
        ("地域のデジタル化", [
            ("デジタル活用支援員の配置", "",
             "役場・支所にデジタル活用支援員を配置し、高齢者等のスマートフォン操作やオンライン手続を支援します。"),
            ("オープンデータの公開", "",
             "推奨データセットに沿って、避難所一覧やＡＥＤ設置箇所等のデータを町ホームページで公開します。"),
        ]),
    ],
    items=V("CCCCM CCCCMPMC"),
    notes="""  - Every measure sits in a pre-printed form (the prefecture's 様式): a 2-column table per measure whose values
    (取組名, 取組内容, 担当課, 実施時期) are legacy Word text form fields (FORMTEXT fldChar/instrText, ffData
    with names). The title is the result text of the 取組名 form field, between fldChar separate and end.
  - Each form also has a 「関連する国の重点取組事項」 row of FORMCHECKBOX fields with labels; checked state is
    in ffData (w:default 1/0) only, the PDF shows boxes. The Web会議 measure has 「テレワークの推進」 CHECKED,
    but it is internal meetings only: dx/telework missing.
  - Policies are bold lines 「柱１　…」 with no numbering on measures (forms are numbered 「様式２－ｎ」).
  - security partial: e-learning training only (no policy, audit or incident response).
  - bpr and community missing (bpr only in background; no regional infrastructure).
""",
    shape="docx + pdf (LibreOffice); each measure a form table of legacy FORMTEXT fields (title = field result) plus FORMCHECKBOX rows; 「柱N」 bold policy lines; 様式 numbers",
    hard="titles only inside form-field results; checkbox states only in ffData and one misleading checked box",
)

FF = {"n": 0}


def formtext(value, bold=False):
    FF["n"] += 1
    b = "<w:b/>" if bold else ""
    return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text{FF["n"]}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:textInput><w:maxLength w:val="200"/></w:textInput></w:ffData></w:fldChar></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r><w:rPr>{b}</w:rPr><w:t xml:space="preserve">{escape(value)}</w:t></w:r>'
            f'<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def formcheck(checked):
    FF["n"] += 1
    return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check{FF["n"]}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="{1 if checked else 0}"/>'
            f'</w:checkBox></w:ffData></w:fldChar></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def form_table(rows):
    """rows: (label, inner_xml)"""
    trs = []
    for lab, inner in rows:
        trs.append(
            f'<w:tr><w:tc><w:tcPr><w:tcW w:w="2200" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/></w:tcPr>'
            f'<w:p>{run_xml(lab, True)}</w:p></w:tc>'
            f'<w:tc><w:tcPr><w:tcW w:w="7200" w:type="dxa"/></w:tcPr><w:p>{inner}</w:p></w:tc></w:tr>')
    return (f'<w:tbl {W}><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9400" w:type="dxa"/>'
            f'<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
            f'<w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
            f'</w:tblPr><w:tblGrid><w:gridCol w:w="2200"/><w:gridCol w:w="7200"/></w:tblGrid>{"".join(trs)}</w:tbl>')


PRIOS = ["標準化・共通化", "マイナンバーカード", "オンライン化", "ＡＩ・ＲＰＡ", "テレワークの推進", "セキュリティ"]
CHECKS114 = {
    "行政手続のオンライン化": {"オンライン化"}, "マイナンバーカード取得環境の整備": {"マイナンバーカード"},
    "窓口のキャッシュレス化": set(), "ガバメントクラウドへの移行": {"標準化・共通化"},
    "ペーパーレス会議・Ｗｅｂ会議の推進": {"テレワークの推進"}, "ＡＩ・ＲＰＡの活用": {"ＡＩ・ＲＰＡ"},
    "情報セキュリティ研修の実施": {"セキュリティ"}, "デジタル活用支援員の配置": set(), "オープンデータの公開": set(),
}
DEPT114 = ["住民課", "住民課", "会計課", "総務課", "総務課", "総務課", "総務課", "企画課", "企画課"]
WHEN114 = ["令和７年度～", "令和７年度～", "令和８年度", "令和７年度", "令和７年度～", "令和８年度～", "毎年度",
           "令和７年度～", "令和８年度～"]


def build114(w, d):
    cover(w, d, code_text=None)
    front(w, d)
    w.h(1, "第３章　取組の内容")
    w.p("各取組の内容は、広島県が示す様式により次のとおり定めます。", first=0.4)
    k = 0
    for i, (pt, ms) in enumerate(d["policies"], 1):
        w.p(f"柱{fw(str(i))}　{pt}", bold=True, size=12)
        for j, (mt, _, desc) in enumerate(ms, 1):
            w.p(f"様式２－{k + 1}", size=9, align="r")
            checks = "".join(formcheck(lbl in CHECKS114[mt]) + run_xml(lbl + "　") for lbl in PRIOS)
            w.raw(form_table([("取組名", formtext(mt, True)), ("取組内容", formtext(desc)),
                              ("担当課", formtext(DEPT114[k])), ("実施時期", formtext(WHEN114[k])),
                              ("関連する国の重点取組事項", checks)]))
            w.p()
            k += 1
    governance(w, d, 4)
    w.p(f"地方公共団体コード　{d['code']}", size=9, align="r")


D114["build"] = build114


# ---------------------------------------------------------------- doc115 (実施計画 by year, Chromium too)
D115 = register(
    id="doc115", town="雁来野町", pref="北海道", code=None, period=(2026, 2028),
    plan="雁来野町ＤＸ推進実施計画", date="令和８年４月", subtitle="（令和８年度～令和10年度）",
    chromium=True,
    policies=[
        ("便利な行政サービス", [
            ("電子申請の拡充", "R8", "マイナポータル・道電子申請を活用し、子育て・介護手続から順次オンライン化"),
            ("マイナンバーカード出張申請", "R8", "町内会館・事業所での出張申請受付（年12回）"),
            ("証明書コンビニ交付の開始", "R9", "住民票の写し・印鑑登録証明書等をマイナンバーカードでコンビニ交付"),
            ("公金収納のキャッシュレス化", "R10", "町税・使用料のスマートフォン決済に対応"),
        ]),
        ("効率的な行政運営", [
            ("標準準拠システムへの移行", "R8", "基幹業務システムを標準準拠システムへ移行し、ガバメントクラウドで運用"),
            ("情報セキュリティポリシーの改定", "R8", "国のガイドライン改定に合わせ改定、全職員研修を実施"),
            ("ＲＰＡの試行導入", "R9", "税務課の課税資料入力で試行し、効果を検証"),
            ("業務フローの見直し", "R10", "窓口・内部事務の業務量調査を行い、業務フローを見直し（ＢＰＲ）"),
        ]),
        ("デジタルでつながる地域", [
            ("スマホ相談窓口の設置", "R8", "役場ロビーに高齢者向けスマートフォン相談窓口を常設"),
            ("町有施設への公衆無線ＬＡＮ整備", "R9", "避難所・観光案内所・道の駅に公衆無線ＬＡＮを整備"),
        ]),
    ],
    items=V("CMCCC CCCPMCCC"),
    notes="""  - An 実施計画 (action plan) whose measures appear ONLY inside a year table: rows are the three 施策の柱
    (柱 name in column 1), columns 令和８年度 / 令和９年度 / 令和10年度. Each cell lists the measures STARTING that
    year as 「■title」 + a 「・」 description line; later years of the same measure say only 「（継続）title」.
    A measure must be counted once, in its start-year cell.
  - No 地方公共団体コード anywhere: code null. The cover gives 「（令和８年度～令和10年度）」 as subtitle.
  - The text part lists the 柱 with one-paragraph intentions and no measure names.
  - ai-rpa partial: RPA trial in one division. opendata and telework missing (background only).
  - Chromium version: same content from HTML, table header repeated on each page via thead.
""",
    shape="docx + pdf (LibreOffice) + html + pdf (Chromium); measures only in a year table (rows 柱, columns R8/R9/R10) as ■ names inside cells, with （継続） repeats in later columns",
    hard="measure names inside year cells, repeated as （継続）; no code; policies appear only as row labels and 柱 paragraphs",
)


def year_rows(d):
    rows = [["施策の柱", "令和８年度（2026）", "令和９年度（2027）", "令和10年度（2028）"]]
    for i, (pt, ms) in enumerate(d["policies"], 1):
        cells = []
        for y in ("R8", "R9", "R10"):
            yi = int(y[1:])
            parts = []
            for mt, start, desc in ms:
                si = int(start[1:])
                if si == yi:
                    parts.append(f"■{mt}\n・{desc}")
                elif si < yi:
                    parts.append(f"（継続）{mt}")
            cells.append("\n".join(parts))
        rows.append([f"柱{i}\n{pt}"] + cells)
    return rows


def build115(w, d):
    if isinstance(w, Writer):
        cover(w, d)
    else:
        w.rawhtml(f'<div style="height:240mm;text-align:center;padding-top:70mm"><p style="font-size:24pt;font-weight:bold">'
                  f'{d["plan"]}</p><p style="font-size:13pt">{d["subtitle"]}</p><p style="margin-top:90mm;font-size:14pt">'
                  f'{d["date"]}</p><p style="font-size:16pt;font-weight:bold">{d["town"]}</p></div>')
        w.pb()
    w.h(1, "１　実施計画の趣旨")
    w.p("本実施計画は、「雁来野町ＤＸ推進方針」（令和７年３月策定）に基づき、令和８年度から令和10年度までの３年間に"
        "実施する具体的な取組を年度別に示すものです。なお、本方針は官民データ活用推進基本法第９条第３項の"
        "「市町村官民データ活用推進計画」を兼ねています。", first=0.4)
    w.h(1, "２　国の動向")
    w.p("国の自治体ＤＸ推進計画では、テレワークの推進やオープンデータの推進、ＡＩ・ＲＰＡの利用推進などが"
        "求められています。", first=0.4)
    w.h(1, "３　施策の柱")
    intents = ["町民が役場に来なくても手続できる環境を整えます。", "限られた職員で行政サービスを維持するため、業務の効率化を進めます。",
               "誰もがデジタル化の恩恵を受けられる地域をつくります。"]
    for i, (pt, ms) in enumerate(d["policies"], 1):
        w.p(f"柱{i}　{pt}", bold=True)
        w.p(intents[i - 1], indent=0.8)
    if isinstance(w, Writer):
        w.orient(True)
    else:
        w.rawhtml('<div class="land">')
    w.h(1, "４　年度別取組計画")
    w.table(year_rows(d), header=True, repeat=True, widths=[3.6, 7.1, 7.1, 7.1], bold_first_col=True)
    w.p("※「（継続）」は前年度から引き続き実施する取組です。", size=9)
    if isinstance(w, Writer):
        w.orient(False)
    else:
        w.rawhtml('</div>')
    w.h(1, "５　進行管理")
    w.p("各年度の取組状況は、雁来野町ＤＸ推進会議で点検し、翌年度の計画に反映します。", first=0.4)


D115["build"] = build115


# ---------------------------------------------------------------- doc116 (bilingual columns, Chromium too)
D116 = register(
    id="doc116", town="港南浜市", pref="兵庫県", code=code6("28236"), period=(2025, 2027),
    plan="港南浜市デジタル推進計画", date="令和７年３月（2025年3月）",
    subtitle="Konanhama City Digital Promotion Plan", chromium=True,
    policies=[
        ("多様な市民にやさしい行政サービス", "Government services for all residents", [
            ("多言語対応のオンライン申請", "Multilingual online applications",
             "転入・子育て・介護等の手続について、日本語・英語・中国語・ベトナム語に対応したオンライン申請を整備します。",
             "We will offer online applications in Japanese, English, Chinese and Vietnamese for moving-in, childcare, "
             "long-term care and other procedures."),
            ("マイナンバーカードの利活用", "Using the My Number Card",
             "カードによるオンライン本人確認と証明書のコンビニ交付を進め、外国人住民向けの取得案内を多言語で行います。",
             "We will promote online identity verification and convenience-store certificates with the card, "
             "and guide foreign residents in several languages."),
            ("ＡＩチャットボットによる問合せ対応", "AI chatbot for enquiries",
             "ごみの分別や手続案内について、24時間多言語で応答するＡＩチャットボットを導入します。",
             "We will introduce a multilingual AI chatbot answering questions on waste sorting and procedures 24/7."),
        ]),
        ("スマートな市役所", "A smart city hall", [
            ("基幹業務システムの標準化", "Standardizing core systems",
             "住民記録・税・福祉等の基幹業務システムを標準準拠システムへ移行します。",
             "We will migrate resident-record, tax and welfare systems to standard-compliant systems."),
            ("テレワークとフリーアドレスの導入", "Telework and flexible seating",
             "全職員が利用できるテレワーク制度とモバイル端末を整備し、本庁舎にフリーアドレスを導入します。",
             "We will provide a telework scheme and mobile devices for all staff, and flexible seating at City Hall."),
            ("情報セキュリティの強化", "Stronger information security",
             "ゼロトラストの考え方を踏まえたネットワークの見直しと、インシデント対応訓練を実施します。",
             "We will review the network along zero-trust principles and run incident-response drills."),
            ("職員のデジタル人材育成", "Developing digital skills of staff",
             "職員向けのデジタル研修体系を整備し、各課にＤＸ推進リーダーを育成します。",
             "We will build a digital training programme and train a DX leader in every division."),
        ]),
        ("誰一人取り残さないデジタル社会", "A digital society that leaves no one behind", [
            ("外国人住民・高齢者へのデジタル支援", "Digital support for foreign and elderly residents",
             "国際交流協会と連携し、やさしい日本語や多言語によるスマートフォン講座を開催します。",
             "With the International Association we will hold smartphone classes in easy Japanese and other languages."),
            ("港湾地区におけるローカル５Ｇの活用研究", "Study of local 5G in the port area",
             "港湾事業者と連携し、ローカル５Ｇの活用可能性について調査研究を行います。",
             "With port operators we will study the possible use of local 5G."),
        ]),
    ],
    items=V("CMCCM CCCCCCPC"),
    notes="""  - Bilingual plan: every section is a two-column table, 日本語 on the left and English on the right (the English
    is a translation, not a second set of measures). Policy rows: 「基本方針１　…」 | 「Basic Policy 1 …」;
    measure rows: 「(1) …」 | 「(1) …」 followed by the description in both languages. The key uses the Japanese titles.
  - The cover has the Japanese title and the English subtitle; date 「令和７年３月（2025年3月）」.
  - opendata missing (the English background mentions open data); bpr missing.
  - community partial: local 5G only as a 調査研究 (study).
  - ai-rpa covered by an AI chatbot (the municipality's own AI use for enquiries).
""",
    shape="docx + pdf (LibreOffice) + html + pdf (Chromium); bilingual two-column tables (日本語 ／ English) for every section; policies 「基本方針N」/「Basic Policy N」, measures 「(n)」 in both columns",
    hard="each title appears twice (JA and EN) in the same row; text extraction interleaves the columns",
)


def build116(w, d):
    t = d["town"]
    s, e = d["period"]
    if isinstance(w, Writer):
        cover(w, d, code_text=f"地方公共団体コード／Local government code: {d['code']}")
    else:
        w.rawhtml(f'<div style="height:240mm;text-align:center;padding-top:70mm"><p style="font-size:24pt;font-weight:bold">'
                  f'{d["plan"]}</p><p style="font-size:14pt">{d["subtitle"]}</p><p style="margin-top:90mm;font-size:14pt">'
                  f'{d["date"]}</p><p style="font-size:16pt;font-weight:bold">{t}　Konanhama City</p>'
                  f'<p style="font-size:10pt">地方公共団体コード／Local government code: {d["code"]}</p></div>')
        w.pb()
    w.h(1, "１　計画の概要　Outline of the Plan")
    w.table([["日本語", "English"],
              [f"本計画は、官民データ活用推進基本法第９条第３項に基づく「市町村官民データ活用推進計画」です。"
               f"計画期間は{wa(s)}から{wa(e)}までの３年間です。",
               f"This plan is the city's Public and Private Sector Data Utilization Plan under Article 9(3) of the Basic Act. "
               f"It covers the three fiscal years {s} to {e}."],
              ["本市には約4,800人の外国人住民が暮らしており、多言語での行政サービスが求められています。",
               "About 4,800 foreign residents live in the city, and multilingual services are needed."]],
             widths=[8.3, 8.3])
    w.h(1, "２　背景　Background")
    w.table([["日本語", "English"],
              ["国はオープンデータの推進、ＢＰＲの徹底、テレワークの推進等を自治体に求めています。",
               "The national government asks municipalities to promote open data, thorough BPR and telework."]],
             widths=[8.3, 8.3])
    w.h(1, "３　基本方針と取組　Basic Policies and Actions")
    for i, (pj, pe, ms) in enumerate(d["policies"], 1):
        rows = [["日本語", "English"], ("span", f"基本方針{i}　{pj}　／　Basic Policy {i}  {pe}")]
        for j, (mj, me, dj, de) in enumerate(ms, 1):
            rows.append([f"({j}) {mj}\n{dj}", f"({j}) {me}\n{de}"])
        w.table(rows, widths=[8.3, 8.3], bold_first_col=True)
    w.h(1, "４　推進体制　Implementation")
    w.table([["日本語", "English"],
              ["副市長をＣＩＯとする港南浜市ＤＸ推進本部が計画を推進し、毎年度進捗を公表します。",
               "The DX Promotion Headquarters, chaired by the Deputy Mayor as CIO, will manage the plan and publish progress every year."]],
             widths=[8.3, 8.3])


D116["build"] = build116


# ---------------------------------------------------------------- doc117 (hidden text + endnotes)
D117 = register(
    id="doc117", town="杜ノ森町", pref="宮城県", code=code6("04583"), period=(2026, 2030),
    plan="第３次杜ノ森町情報化推進計画", date="令和８年３月", styled=True,
    policies=[
        ("便利で快適な暮らしの実現", [
            ("電子申請の拡充", "",
             "みやぎ電子申請サービスを活用し、申請件数の多い手続から順にオンライン化します。マイナンバーカードを用いた"
             "電子署名に対応する手続の拡大についても検討します。"),
            ("子育て手続のオンライン化", "",
             "保育所入所申込や児童手当の届出など、子育て関係手続をマイナポータルから申請できるようにします。"),
            ("書かない窓口の導入", "",
             "住民異動届の際に、マイナンバーカード等から読み取った情報で申請書を作成する仕組みを導入します。"),
        ]),
        ("効率的で持続可能な行政運営", [
            ("情報システムの標準化・共通化", "",
             "基幹業務システムを標準準拠システムへ移行し、ガバメントクラウドの利用を開始します。"),
            ("ＡＩ・ＲＰＡの活用", "",
             "ＡＩ－ＯＣＲとＲＰＡを組み合わせ、申請書の入力作業を自動化します。"),
            ("情報セキュリティ対策の徹底", "",
             "情報セキュリティポリシーを毎年度点検し、職員研修と自己点検を実施します。"),
        ]),
        ("地域の活力を高めるデジタル化", [
            ("オープンデータの推進", "",
             "町が保有する統計・施設・防災データをオープンデータとして公開し、公開件数を毎年度増やします。"),
            ("デジタル活用支援", "",
             "高齢者向けのスマートフォン教室と、地域の担い手による相談体制を整えます。"),
            ("光ファイバ網の維持と活用", "",
             "町が整備した光ファイバ網を民間事業者へ譲渡し、全域で高速通信が利用できる環境を維持します。"),
        ]),
    ],
    items=V("CCPCM CPCCMCCC"),
    notes="""  - Heading 1/2/3 styles with typed numbers (第N章, 基本目標N, ①…). Measures are Heading 3 lines 「①　…」.
  - HIDDEN TEXT: after 基本目標２ ③ there is a hidden (w:vanish) Heading 3 「④　職員のテレワーク環境の整備」 with a
    hidden description — a drafting remnant that does not print (it is absent from the PDF). It is not a measure:
    dx/telework missing. A hidden sentence in 計画期間 says 「（令和７年度から令和11年度まで）」: the printed period
    is 令和８～12年度.
  - ENDNOTES (word/endnotes.xml, endnoteReference): eight term explanations (ガバメントクラウド, テレワーク,
    オープンデータ …); they are glossary, not commitments. LibreOffice prints them at the end of the document.
  - mynumber partial: only a 「検討」 about card-based e-signatures in 電子申請の拡充 (the card is used as a data source
    in 書かない窓口, which is not promotion of the card). Both kanmin/mynumber and dx/mynumber partial.
  - bpr missing.
""",
    shape="docx + pdf (LibreOffice); Heading 1/2/3 with typed numbers; a hidden (w:vanish) measure heading + description and a hidden period sentence; real Word endnotes (endnotes.xml) as glossary",
    hard="docx text contains a hidden telework measure and a hidden period that the PDF lacks; endnote glossary defines item terms",
)

ENDNOTES = []
SZ18 = '<w:sz w:val="18"/>'


def endnote_run(text):
    ENDNOTES.append(text)
    return (f'<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:endnoteReference w:id="{len(ENDNOTES)}"/></w:r>')


def add_endnotes_part(w):
    notes = [f'<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>',
             f'<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>']
    for i, t in enumerate(ENDNOTES, 1):
        notes.append(f'<w:endnote w:id="{i}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                     f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteRef/></w:r>'
                     + run_xml(" " + t, extra=SZ18) + '</w:p></w:endnote>')
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:endnotes {W}>{"".join(notes)}</w:endnotes>'
    part = Part(PackURI("/word/endnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml",
                xml.encode("utf-8"), w.doc.part.package)
    w.doc.part.relate_to(part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes")


def hidden_para(text, style=None, bold=False, indent=None):
    ppr = f'<w:pStyle w:val="{style}"/>' if style else ""
    if indent:
        ppr += f'<w:ind w:left="{int(indent * 567)}"/>'
    ppr += "<w:rPr><w:vanish/></w:rPr>"
    return f'<w:p {W}><w:pPr>{ppr}</w:pPr>{run_xml(text, bold, "<w:vanish/>")}</w:p>'


def build117(w, d):
    ENDNOTES.clear()
    cover(w, d, code_text=None)
    t = d["town"]
    w.h(1, "第１章　計画の策定にあたって")
    w.h(2, "１　計画策定の趣旨")
    w.raw(f'<w:p {W}><w:pPr><w:ind w:firstLine="227"/></w:pPr>'
          + run_xml("本町は、平成28年に第２次情報化推進計画を策定し、行政情報の電子化を進めてきました。国が進める"
                    "ガバメントクラウド")
          + endnote_run("ガバメントクラウド：政府共通のクラウドサービスの利用環境。地方公共団体も標準準拠システムを利用できる。")
          + run_xml("の活用やテレワーク")
          + endnote_run("テレワーク：情報通信技術を活用した、場所や時間にとらわれない柔軟な働き方。")
          + run_xml("の普及など、情報化を取り巻く環境は大きく変化しており、新たな計画として本計画を策定します。") + "</w:p>")
    w.h(2, "２　計画の位置づけ")
    w.p(f"本計画は、官民データ活用推進基本法第９条第３項に規定する「市町村官民データ活用推進計画」とします。", first=0.4)
    w.h(2, "３　計画期間")
    w.raw(f'<w:p {W}><w:pPr><w:ind w:firstLine="227"/></w:pPr>'
          + run_xml(f"本計画の期間は、{wa(2026)}から{wa(2030)}までの５年間とします。")
          + run_xml("（令和７年度から令和11年度まで）", extra="<w:vanish/>") + "</w:p>")
    w.h(1, "第２章　情報化を取り巻く状況")
    w.raw(f'<w:p {W}><w:pPr><w:ind w:firstLine="227"/></w:pPr>'
          + run_xml("国は、オープンデータ")
          + endnote_run("オープンデータ：機械判読に適した形式で、二次利用が可能なルールで公開されたデータ。")
          + run_xml("の推進、ＢＰＲ")
          + endnote_run("ＢＰＲ：Business Process Reengineering の略。業務の流れを根本的に見直すこと。")
          + run_xml("の徹底、マイナンバーカード")
          + endnote_run("マイナンバーカード：個人番号を記載した顔写真付きのＩＣカード。電子証明書を搭載できる。")
          + run_xml("の普及などを自治体に求めています。") + "</w:p>")
    w.p("本町の令和７年度住民意識調査では、行政手続のオンライン化を望む声が多く寄せられました。", first=0.4)
    w.h(1, "第３章　施策の展開")
    for i, (pt, ms) in enumerate(d["policies"], 1):
        w.h(2, f"基本目標{i}　{pt}")
        for j, (mt, _, desc) in enumerate(ms):
            w.h(3, f"{'①②③④'[j]}　{mt}")
            if mt == "ＡＩ・ＲＰＡの活用":
                w.raw(f'<w:p {W}><w:pPr><w:ind w:left="454"/></w:pPr>'
                      + run_xml("ＡＩ－ＯＣＲ")
                      + endnote_run("ＡＩ－ＯＣＲ：ＡＩ技術を用いて手書き文字等を読み取り、データ化する技術。")
                      + run_xml("とＲＰＡ")
                      + endnote_run("ＲＰＡ：Robotic Process Automation の略。パソコン上の定型作業を自動化する技術。")
                      + run_xml("を組み合わせ、申請書の入力作業を自動化します。") + "</w:p>")
            else:
                measure_desc(w, desc)
            if mt == "情報セキュリティ対策の徹底":
                w.raw(hidden_para("④　職員のテレワーク環境の整備", style="Heading3"))
                w.raw(hidden_para("在宅勤務用の端末を配備し、全職員がテレワークを利用できる環境を整備します。",
                                  indent=0.8))
    w.raw(f'<w:p {W}>' + run_xml("※用語の説明は巻末注")
          + endnote_run("巻末注：本計画で用いる用語の説明は、各注に記載しています。")
          + run_xml("に記載しています。") + "</w:p>")
    governance(w, d, 4)
    w.p(f"杜ノ森町（地方公共団体コード {d['code']}）", size=9, align="r")
    add_endnotes_part(w)


D117["build"] = build117


# ---------------------------------------------------------------- doc118 (auto-numbered list across page break and table)
D118 = register(
    id="doc118", town="菱川町", pref="福井県", code=code6("18447"), period=(2026, 2029),
    plan="菱川町ＤＸ推進計画", date="令和８年３月", styled=True,
    policies=[
        ("町民サービスの向上", [
            ("オンライン申請の推進", "",
             "ふくい電子申請サービスとマイナポータルを活用し、町民の利用が多い手続のオンライン化を進めます。"),
            ("マイナンバーカードの普及", "",
             "出張申請受付やカード受取の予約制を導入し、取得しやすい環境を整えます。"),
            ("オープンデータの推進", "",
             "町の統計データや公共施設情報をオープンデータとして公開し、民間事業者や学校での活用を促します。"),
        ]),
        ("行政事務のデジタル化", [
            ("標準準拠システムへの移行", "",
             "基幹業務システムを標準準拠システムへ移行し、ガバメントクラウドを利用します。"),
            ("ＲＰＡの活用", "",
             "財務会計・税務の定型作業にＲＰＡを導入し、対象業務を毎年度拡大します。"),
            ("テレワークの試行", "",
             "総務課と企画課においてテレワークを試行し、対象部署の拡大について検討します。"),
            ("情報セキュリティ対策", "",
             "情報セキュリティポリシーの見直しと、全職員を対象とした研修・訓練を実施します。"),
            ("職員のデジタル人材育成", "",
             "外部研修への派遣と庁内勉強会により、各課でデジタル化を担う職員を育成します。"),
        ]),
        ("誰もが使えるデジタル社会", [
            ("デジタルデバイド対策", "",
             "地区公民館でのスマートフォン教室と、役場窓口での個別相談を実施します。"),
            ("地域情報の発信", "",
             "町公式ＳＮＳとホームページを連携させ、子育て・防災情報を分かりやすく発信します。"),
        ]),
    ],
    items=V("CCCCM CCCCPCMC"),
    notes="""  - Measures are ONE Word numbered list (style List Number, numbering from numbering.xml; the numbers 1.–10. are
    not in the text) running continuously across the three policies (Heading 2 「施策の柱１」…). Each measure is a
    bold List Number paragraph followed by an unnumbered indented description.
  - The list is interrupted by a KPI table (after measure 3, still inside policy 1) and by a page break (measure 6
    starts a new page); numbering continues (4., 6.), it does not restart per policy.
  - telework partial: a trial in two divisions and a 検討 on extension.
  - bpr missing (背景 only), community missing (地域情報の発信 is SNS public relations, not regional infrastructure or services).
""",
    shape="docx + pdf (LibreOffice); Heading 1/2 styles; measures as one List Number list (numbers only in numbering.xml) continued across policies, a KPI table and a page break",
    hard="numbers 1.–10. exist only in rendering; list interrupted by a table and a page break; descriptions are unnumbered paragraphs between list items",
)


def build118(w, d):
    cover(w, d, code_text=f"（全国地方公共団体コード：{d['code']}）")
    front(w, d)
    w.h(1, "第３章　施策の展開")
    w.p("次の３つの施策の柱のもと、10の取組を推進します（取組の番号は計画全体の通し番号です）。", first=0.4)
    k = 0
    for i, (pt, ms) in enumerate(d["policies"], 1):
        w.h(2, f"施策の柱{fw(str(i))}　{pt}")
        for mt, _, desc in ms:
            k += 1
            par = w.doc.add_paragraph(style="List Number")
            par.add_run(mt).bold = True
            dp = w.p(desc, indent=1.27)
            if k == 3:
                w.p("【施策の柱１の成果指標】", bold=True, indent=0.6)
                w.table([["指標", "現状値（R6）", "目標値（R11）"], ["オンライン申請件数（年間）", "1,240件", "6,000件"],
                         ["マイナンバーカード保有率", "73.0％", "90％"], ["オープンデータ公開数", "8件", "40件"]])
            if k == 5:
                dp.add_run().add_break(WD_BREAK.PAGE)
    governance(w, d, 4)


D118["build"] = build118


# ---------------------------------------------------------------- doc119 (image headings with captions)
D119 = register(
    id="doc119", town="桔梗原村", pref="山口県", code=code6("35529"), period=(2026, 2030),
    plan="桔梗原村デジタル化推進方針", date="令和８年３月",
    policies=[
        ("行政手続のデジタル化", [
            ("電子申請の導入", "",
             "山口県と県内市町が共同利用する電子申請システムを活用し、村の申請・届出をオンラインで受け付けます。"),
            ("マイナンバーカードの交付体制の充実", "",
             "村内各地区での出張申請と、休日の交付窓口を実施します。"),
            ("村公式ＬＩＮＥの運用", "",
             "村公式ＬＩＮＥで行政情報やイベント情報を配信します。"),
        ]),
        ("役場業務の効率化", [
            ("システム標準化への対応", "",
             "住民記録や税などの基幹業務システムを、県内町村と共同で標準準拠システムへ移行します。"),
            ("情報セキュリティの確保", "",
             "情報セキュリティポリシーに基づく点検と職員研修を毎年度実施します。"),
            ("ＡＩ活用の研究", "",
             "会議録作成や問合せ対応へのＡＩの活用について、先行団体の事例を研究します。"),
        ]),
        ("安心して暮らせる地域づくり", [
            ("スマホ教室の開催", "",
             "高齢者を対象に、地区の集会所でスマートフォン教室を開催します。"),
            ("防災情報のデジタル配信", "",
             "防災行政無線に加え、防災アプリと戸別のＩＰ告知端末による防災情報の配信を行います。"),
        ]),
    ],
    items=V("CMCCM CCCPMCCC"),
    notes="""  - Small village 方針 (4 short chapters). Each policy heading is a PNG banner image with the heading drawn inside the
    picture; the text of the heading exists only as the Caption-style paragraph under the image
    (「基本方針１　行政手続のデジタル化」) and in the picture's alt text (wp:docPr descr).
  - Measures are bold lines 「◎　…」 (no numbers) with a description paragraph.
  - The 目次 lists only chapter titles.
  - ai-rpa partial: 研究 only. opendata, bpr and telework missing (background only).
  - 村公式ＬＩＮＥ is information delivery, not online procedures.
""",
    shape="docx + pdf (LibreOffice); policy headings are banner images (text in pixels) with the heading text only in a Caption paragraph and alt text; ◎ bold measure lines",
    hard="policy titles not in any heading style or bold line, only in captions under pictures",
)


def banner_png(text, path):
    from PIL import Image, ImageDraw, ImageFont
    fonts = glob.glob("/usr/share/fonts/**/NotoSansCJK-Bold.ttc", recursive=True)
    img = Image.new("RGB", (1600, 140), (40, 90, 150))
    dr = ImageDraw.Draw(img)
    dr.rectangle([0, 0, 30, 140], fill=(240, 170, 40))
    font = ImageFont.truetype(fonts[0], 60, index=0) if fonts else ImageFont.load_default()
    dr.text((70, 30), text, fill=(255, 255, 255), font=font)
    img.save(path)


def build119(w, d, tmpdir):
    cover(w, d, code_text=f"山口県　{d['town']}（{d['code']}）")
    w.p("目　次", bold=True, align="c", size=14)
    for line in ["１　方針策定の趣旨", "２　現状と課題", "３　基本方針と取組", "４　推進体制"]:
        w.p(line, indent=1)
    w.pb()
    w.h(1, "１　方針策定の趣旨")
    w.p("本村は、人口約2,300人の中山間地域の村です。高齢化率は45％を超え、行政サービスの維持と暮らしの"
        "安心の確保が大きな課題となっています。村では、デジタル技術を活用してこれらの課題に対応するため、"
        f"本方針を定めます。本方針の期間は{wa(2026)}から{wa(2030)}までとし、官民データ活用推進基本法第９条第３項の"
        "市町村官民データ活用推進計画として位置づけます。", first=0.4)
    w.h(1, "２　現状と課題")
    w.p("国は、オープンデータの推進、ＢＰＲの徹底、テレワークの推進、ＡＩ・ＲＰＡの利用推進などを自治体に求めて"
        "いますが、本村は職員数が少なく、専門人材の確保も難しい状況です。", first=0.4)
    w.h(1, "３　基本方針と取組")
    for i, (pt, ms) in enumerate(d["policies"], 1):
        png = os.path.join(tmpdir, f"b{i}.png")
        label = f"基本方針{fw(str(i))}　{pt}"
        banner_png(label, png)
        w.doc.add_picture(png, width=Cm(16))
        pic = w.doc.paragraphs[-1]
        for dp in pic._p.iter(qn("wp:docPr")):
            dp.set("descr", label)
        w.p(label, style="Caption", align="c")
        for mt, _, desc in ms:
            w.p(f"◎　{mt}", bold=True, indent=0.3)
            measure_desc(w, desc)
    w.h(1, "４　推進体制")
    w.p("村長をＣＩＯとし、総務課が事務局となって取組を進めます。毎年度、取組の状況を村議会に報告します。", first=0.4)


D119["build"] = build119
D119["needs_tmp"] = True


# ---------------------------------------------------------------- doc120 (PUA bullets, page-spanning table, Chromium)
PUA = "\uf0a7"  # Wingdings small square, as Word stores Symbol/Wingdings bullets
D120 = register(
    id="doc120", town="松籟台町", pref="徳島県", code=code6("36488"), period=(2026, 2030),
    plan="松籟台町ＤＸ推進計画", date="令和８年３月", chromium=True,
    policies=[
        ("町民の暮らしを便利にするＤＸ", [
            ("行かない窓口の推進", "", "子育て・介護・転入出等の手続をオンライン化\n電子申請の利用方法を動画で案内"),
            ("マイナンバーカードの利便性向上", "", "証明書のコンビニ交付を継続\n図書館カード・健診受付でのカード利用を開始"),
            ("公金のキャッシュレス納付", "", "町税・保育料のスマートフォン決済を導入"),
            ("ＡＩチャットボットの導入", "", "町ホームページに問合せ用ＡＩチャットボットを設置\nよくある質問を毎年度更新"),
        ]),
        ("職員の働き方を変えるＤＸ", [
            ("基幹業務システムの標準化", "", "20業務の標準準拠システムへの移行\nガバメントクラウドの利用"),
            ("電子決裁・文書管理システムの導入", "", "起案・決裁の電子化\n文書の電子保存"),
            ("テレワークの推進", "", "全職員を対象とした在宅勤務制度の運用\nモバイル端末の配備"),
            ("業務プロセスの見直し", "", "業務量調査と業務フローの可視化\n窓口・内部事務の見直し（ＢＰＲ）"),
        ]),
        ("地域の未来をひらくＤＸ", [
            ("町保有データの公開に向けた検討", "", "庁内データの棚卸し\n公開の可否と方法の検討"),
            ("デジタル活用支援", "", "スマホ相談会の開催（月１回）\nデジタル活用支援員の養成"),
            ("地域のデジタル人材の育成", "", "中学生向けプログラミング講座の開催"),
            ("移住・観光のデジタルＰＲ", "", "移住ポータルサイトと観光ＳＮＳの運用"),
        ]),
    ],
    items=V("CPCCC CCCCCMMC"),
    notes="""  - All measures are rows of ONE long table 「No.｜取組｜主な内容｜担当課｜目標年度」 that spans two pages with the
    header row repeated (w:tblHeader in the docx; thead in the HTML); each 基本方針 is a merged full-width group row.
  - Activity lines inside the 主な内容 cells start with the Wingdings Private Use Area bullet U+F0A7 (as Word stores
    symbol bullets), so PDF text holds PUA characters at line starts.
  - security missing: no security measure (電子決裁 is not security); community missing.
  - opendata partial: 棚卸し and 検討 only (the title itself says 検討).
""",
    shape="docx + pdf (LibreOffice) + html + pdf (Chromium); measures only as rows of one page-spanning table with repeated header and full-width 基本方針 group rows; Wingdings PUA (U+F0A7) bullets in cells",
    hard="table header repeated on page 2; PUA bullet characters; policy titles only in merged group rows",
)

DEPT120 = ["住民課", "住民課", "税務課", "総務課", "総務課", "総務課", "総務課", "企画課", "企画課", "企画課", "教育委員会", "産業振興課"]
YEAR120 = ["R10", "R8～", "R9", "R8", "R8", "R9", "R8～", "R9", "R10", "R8～", "R9～", "R8～"]


def build120(w, d):
    if isinstance(w, Writer):
        cover(w, d, code_text=f"地方公共団体コード：{d['code']}")
    else:
        w.rawhtml(f'<div style="height:240mm;text-align:center;padding-top:70mm"><p style="font-size:24pt;font-weight:bold">'
                  f'{d["plan"]}</p><p style="margin-top:100mm;font-size:14pt">{d["date"]}</p>'
                  f'<p style="font-size:16pt;font-weight:bold">{d["town"]}</p><p style="font-size:10pt">'
                  f'地方公共団体コード：{d["code"]}</p></div>')
        w.pb()
    front(w, d)
    w.h(1, "第３章　取組一覧")
    w.p("３つの基本方針に基づき、次の12の取組を進めます。", first=0.4)
    rows = [["No.", "取組", "主な内容", "担当課", "目標年度"]]
    k = 0
    for i, (pt, ms) in enumerate(d["policies"], 1):
        rows.append(("span", f"基本方針{i}　{pt}"))
        for mt, _, desc in ms:
            body = "\n".join(PUA + " " + x for x in desc.split("\n"))
            rows.append([str(k + 1), mt, body, DEPT120[k], YEAR120[k]])
            k += 1
    w.table(rows, header=True, repeat=True, widths=[1.0, 6.3, 5.9, 2.0, 1.4])
    governance(w, d, 4)


D120["build"] = build120
D120["css"] = "td { padding: 10px 6px; font-size: 11pt; }"


# ================================================================= output
def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_yaml(d, path):
    s, e = d["period"]
    out = [f"municipality: {q(d['town'])}",
           f"code: {q(d['code']) if d['code'] else 'null'}",
           f"period: {{start: {s}, end: {e}}}", "policies:"]
    for p in d["policies"]:
        out.append(f"  - title: {q(p[0])}")
        out.append("    measures:")
        for m in p[-1]:
            out.append(f"      - {q(m[0])}")
    out.append("items:")
    for k in ITEMS:
        out.append(f"  {k}: {d['items'][k]}")
    out.append("notes: |")
    out.append(d["notes"].rstrip("\n"))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        txt = ""
        for n in z.namelist():
            if n.startswith("word/") and n.endswith(".xml"):
                x = z.read(n).decode("utf-8")
                txt += "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", x))
    return htmlmod.unescape(txt)


def pdf_text(path):
    """default reading order, raw order and layout order, concatenated: a title must occur in one of them"""
    out = []
    for mode in ([], ["-raw"], ["-layout"]):
        out.append(subprocess.run(["pdftotext", *mode, path, "-"], capture_output=True, text=True).stdout)
    return "\n\u0000\n".join(out)


def html_text(path):
    with open(path, encoding="utf-8") as f:
        return htmlmod.unescape(re.sub(r"<[^>]+>", "", f.read()))


def check(d, path, text):
    t = norm(text)
    need = [d["town"]] + ([d["code"]] if d["code"] else [])
    for p in d["policies"]:
        need.append(p[0])
        need += [m[0] for m in p[-1]]
    miss = [x for x in need if norm(x) not in t]
    return miss


def soffice_pdf(docx, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, docx],
                   capture_output=True, timeout=180)


def chromium_pdf(html, pdf):
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", "file://" + os.path.abspath(html)], capture_output=True, timeout=180)


def main():
    only = set(sys.argv[1:])
    failures = []
    tmp = tempfile.mkdtemp()
    for d in DOCS:
        if only and d["id"] not in only:
            continue
        base = os.path.join(HERE, d["id"])
        w = Writer(styled=d.get("styled", False))
        if d.get("needs_tmp"):
            d["build"](w, d, tmp)
        else:
            d["build"](w, d)
        w.save(base + ".docx")
        soffice_pdf(base + ".docx", HERE)
        outputs = [(base + ".docx", docx_text), (base + ".pdf", pdf_text)]
        if d.get("chromium"):
            hw = HtmlWriter(d["plan"], header=d["plan"])
            d["build"](hw, d)
            hw.save(base + ".html", css=d.get("css", ""))
            chromium_pdf(base + ".html", base + ".chromium.pdf")
            outputs += [(base + ".html", html_text), (base + ".chromium.pdf", pdf_text)]
        write_yaml(d, base + ".expected.yaml")
        for path, fn in outputs:
            name = os.path.basename(path)
            if not os.path.exists(path):
                failures.append(f"{name}: not generated")
                continue
            miss = check(d, path, fn(path))
            if miss:
                failures.append(f"{name}: missing text {miss}")
        print(f"{d['id']}: {', '.join(os.path.basename(p) for p, _ in outputs)}")
    shutil.rmtree(tmp, ignore_errors=True)
    if failures:
        print("FAILURES:")
        for f in failures:
            print("  " + f)
        sys.exit(1)
    print("all outputs contain every town name, code, policy and measure title")


if __name__ == "__main__":
    main()
