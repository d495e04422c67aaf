# Generator for the h2 blind set. Run with the dxcheck venv's python (python-docx).
import copy
from pathlib import Path
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_SECTION
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = Path(__file__).parent


def base():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "ＭＳ 明朝"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "ＭＳ 明朝")
    for name in ["Heading 1", "Heading 2", "Heading 3", "Title"]:
        s = d.styles[name]
        s.font.name = "ＭＳ ゴシック"
        s.element.rPr.rFonts.set(qn("w:eastAsia"), "ＭＳ ゴシック")
        s.font.color.rgb = None
    return d


def para(d, text, bold=False, size=None, center=False, style=None):
    p = d.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def pagebreak(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def cover(d, town, title, date):
    for _ in range(6):
        d.add_paragraph()
    para(d, title, bold=True, size=26, center=True)
    para(d, "（令和８年度～令和１２年度）", size=14, center=True)
    for _ in range(8):
        d.add_paragraph()
    para(d, date, size=14, center=True)
    para(d, town, size=16, center=True)
    pagebreak(d)


def toc_field(d, entries):
    para(d, "目　次", bold=True, size=14, center=True)
    p = d.add_paragraph()
    def fld(t):
        r = OxmlElement("w:r"); f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), t); r.append(f); return r
    p._p.append(fld("begin"))
    r = OxmlElement("w:r"); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve")
    it.text = ' TOC \\o "1-3" \\h \\z \\u '; r.append(it); p._p.append(r)
    p._p.append(fld("separate"))
    first = True
    for e, pg in entries:
        q = p if first else d.add_paragraph()
        first = False
        q.add_run(f"{e}\t{pg}")
    end = d.add_paragraph()
    end._p.append(fld("end"))
    pagebreak(d)


def typed_toc(d, entries):
    para(d, "目　次", bold=True, size=14, center=True)
    for e, pg in entries:
        para(d, f"{e}\t{pg}")
    pagebreak(d)


def set_cell_bg(cell):
    pass


def table(d, rows, widths=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if v is None:
                continue
            t.cell(i, j).text = v
    return t


def save(d, name):
    d.save(OUT / f"{name}.docx")


# ---------------------------------------------------------------- A: table 施策名｜内容｜KPI｜担当課
BG_NATIONAL = (
    "国は、令和５年１２月に「自治体DX推進計画」を改定し、自治体フロントヤード改革の推進、自治体の情報システムの標準化・共通化、"
    "公金収納におけるeLTAXの活用、マイナンバーカードの普及促進・利用の推進、セキュリティ対策の徹底、自治体のAI・RPAの利用推進、"
    "テレワークの推進を重点取組事項として掲げています。また、地域社会のデジタル化やデジタルデバイド対策にもあわせて取り組むこととされています。"
)


def doc_a():
    d = base()
    cover(d, "桜ヶ丘町", "桜ヶ丘町ＤＸ推進計画", "令和８年３月")
    toc_field(d, [("第１章　計画の概要", 1), ("第２章　国の動向と本町の現状", 3), ("第３章　施策の展開", 5), ("第４章　推進体制と進行管理", 8)])
    d.add_heading("第１章　計画の概要", 1)
    d.add_heading("１　計画策定の趣旨", 2)
    para(d, "本町では、人口減少と少子高齢化が進む中、デジタル技術を活用して町民の利便性を高め、行政運営の効率化を図るため、桜ヶ丘町ＤＸ推進計画を策定します。")
    d.add_heading("２　計画の位置づけ", 2)
    para(d, "本計画は、官民データ活用推進基本法第９条第３項に基づく「市町村官民データ活用推進計画」として位置づけます。")
    d.add_heading("３　計画期間", 2)
    para(d, "本計画の期間は、令和８（2026）年度から令和１２（2030）年度までの５年間とします。")
    d.add_heading("第２章　国の動向と本町の現状", 1)
    d.add_heading("１　国の動向", 2)
    para(d, BG_NATIONAL)
    para(d, "このうち自治体フロントヤード改革については、住民との接点の多様化・充実を図り、書かないワンストップ窓口を実現することが求められています。")
    d.add_heading("２　本町の現状と課題", 2)
    para(d, "本町では、電子申請の対象手続が１２手続にとどまっており、窓口での紙の申請書が大半を占めています。職員数の減少により、業務の効率化が急務となっています。")
    d.add_heading("第３章　施策の展開", 1)
    para(d, "３つの基本方針のもと、次の施策に取り組みます。")
    rows = [["施策名", "内容", "KPI", "担当課"],
            ["基本方針１　住民サービスのデジタル化", None, None, None],
            ["行政手続のオンライン化", "子育て・介護などの手続を中心に、マイナポータルや電子申請システムから申請できる手続を拡大します。", "オンライン申請可能手続数　30手続（R12）", "総務課"],
            ["マイナンバーカードの利活用促進", "休日窓口や出張申請によりカードの取得を支援するとともに、コンビニ交付など利用場面を拡大します。", "カード保有率　90％（R12）", "町民課"],
            ["窓口手数料のキャッシュレス決済導入", "役場窓口の各種証明手数料について、キャッシュレス決済を導入します。", "導入窓口数　5窓口（R9）", "会計課"],
            ["基本方針２　行政運営の効率化", None, None, None],
            ["AI・RPAの導入拡大", "AI-OCRやRPAを導入し、定型的な入力作業を自動化します。", "削減時間　1,500時間（R12）", "総務課"],
            ["基幹業務システムの標準化", "住民記録・税・福祉などの基幹業務システムを標準準拠システムへ移行し、ガバメントクラウドを利用します。", "移行業務数　20業務（R8）", "総務課"],
            ["テレワーク環境の整備", "職員が庁外から安全に業務を行えるよう、テレワーク端末と規程を整備します。", "テレワーク実施職員数　40人（R10）", "総務課"],
            ["情報セキュリティ対策の強化", "情報セキュリティポリシーを改定し、全職員を対象とした研修と標的型攻撃訓練を毎年実施します。", "研修受講率　100％（毎年度）", "総務課"],
            ["基本方針３　誰一人取り残されないデジタル社会", None, None, None],
            ["スマートフォン教室の開催", "高齢者等を対象に、スマートフォンの操作やマイナポータルの使い方を学ぶ教室を開催します。", "参加者数　200人／年（R12）", "福祉課"],
            ["公共施設への公衆無線LANの整備", "避難所となる公共施設に公衆無線LANを整備し、平時は観光客等にも開放します。", "整備施設数　12施設（R11）", "企画課"],
            ]
    t = table(d, rows)
    for i in (1, 5, 9):
        a = t.cell(i, 0).merge(t.cell(i, 3))
        a.text = rows[i][0]
    d.add_heading("第４章　推進体制と進行管理", 1)
    para(d, "副町長をＣＩＯとし、町長を本部長とする桜ヶ丘町ＤＸ推進本部において計画の進捗を管理します。毎年度ＰＤＣＡサイクルにより取組を点検し、必要に応じて見直しを行います。")
    save(d, "A_sakuragaoka_table")


# ---------------------------------------------------------------- B: year grid 分野｜取組｜担当課｜R8..R12
def doc_b():
    d = base()
    cover(d, "東川原町", "東川原町情報化推進計画", "令和８年３月")
    typed_toc(d, [("第１章　はじめに", 1), ("第２章　現状と課題", 2), ("第３章　基本方針", 4), ("第４章　取組と工程", 5), ("第５章　成果指標", 7), ("第６章　推進体制", 8)])
    d.add_heading("第１章　はじめに", 1)
    para(d, "本計画は、官民データ活用推進基本法に基づく市町村官民データ活用推進計画であり、令和８年度から令和１２年度までの５年間を計画期間とします。")
    d.add_heading("第２章　現状と課題", 1)
    para(d, "町民アンケートでは、役場の手続をオンラインで行いたいと回答した人が６割を超えました。一方、マイナンバーカードの保有率は県平均を下回っています。")
    para(d, "庁内では、テレワークの実績がなく、AIやRPAを活用した業務改善も進んでいません。自治体の情報システムの標準化・共通化への対応も大きな課題です。")
    d.add_heading("第３章　基本方針", 1)
    for h, b in [("基本方針１　便利な住民サービス", "来庁しなくても手続ができ、来庁した場合も書かずに済む窓口を目指します。"),
                 ("基本方針２　効率的な行政経営", "デジタル技術を活用して業務を見直し、限られた職員で質の高いサービスを提供します。"),
                 ("基本方針３　地域のデジタル化", "誰もがデジタル化の恩恵を受けられる地域づくりを進めます。")]:
        d.add_heading(h, 2)
        para(d, b)
    d.add_heading("第４章　取組と工程", 1)
    para(d, "基本方針に基づき、次の取組を計画的に実施します。（凡例　○：実施　→：継続　△：検討）")
    rows = [["分野", "取組", "担当課", "R8", "R9", "R10", "R11", "R12"],
            ["住民サービス", "電子申請システムによる手続のオンライン化", "総務課", "○", "→", "→", "→", "→"],
            ["住民サービス", "マイナンバーカードの出張申請受付", "住民課", "○", "→", "→", "", ""],
            ["住民サービス", "書かない窓口の導入", "住民課", "△", "○", "→", "→", "→"],
            ["住民サービス", "公金収納へのeLTAXの活用", "税務課", "○", "→", "→", "→", "→"],
            ["行政経営", "基幹業務システムの標準化対応", "総務課", "○", "→", "", "", ""],
            ["行政経営", "RPAによる定型業務の自動化", "総務課", "", "○", "→", "→", "→"],
            ["行政経営", "庁内無線LANとテレワーク端末の整備", "総務課", "○", "○", "→", "→", "→"],
            ["行政経営", "情報セキュリティ監査の実施", "総務課", "○", "→", "→", "→", "→"],
            ["地域", "高齢者向けデジタル相談会の開催", "福祉課", "○", "→", "→", "→", "→"],
            ["地域", "観光施設への公衆Wi-Fiの整備", "産業振興課", "", "○", "○", "", ""]]
    t = table(d, rows)
    # vertical merge of 分野 column
    for a, b in [(1, 4), (5, 8), (9, 10)]:
        txt = rows[a][0]
        m = t.cell(a, 0).merge(t.cell(b, 0))
        m.text = txt
    d.add_heading("第５章　成果指標", 1)
    table(d, [["項目", "現状値（R7）", "目標値（R12）"],
              ["オンライン申請可能手続数", "8手続", "40手続"],
              ["マイナンバーカード保有率", "71％", "90％"],
              ["RPA導入業務数", "0業務", "10業務"]])
    d.add_heading("第６章　推進体制", 1)
    para(d, "副町長を最高情報責任者（ＣＩＯ）とし、各課長で構成する情報化推進委員会が進行管理を行います。")
    save(d, "B_higashikawara_yeargrid")


# ---------------------------------------------------------------- C: bold headings, no numbers
def doc_c():
    d = base()
    cover(d, "西山村", "西山村デジタル化推進計画", "令和８年２月")
    def h1(t):
        para(d, t, bold=True, size=16)
    def h2(t):
        para(d, t, bold=True, size=13)
    def h3(t):
        para(d, t, bold=True)
    h1("計画策定の趣旨")
    para(d, "本村は人口約３，２００人の山間の村です。行政サービスを維持し、村民の暮らしを守るため、デジタル技術の活用を計画的に進めることとし、本計画を策定します。計画期間は令和８年度から令和１２年度までとします。")
    h1("国の動向")
    para(d, BG_NATIONAL)
    para(d, "また、国は行政手続のオンライン化を進め、オープンデータの推進についても地方公共団体に取組を求めています。")
    h1("村の現状と課題")
    para(d, "本村では職員数が少なく、一人の職員が複数の業務を担っています。テレワークやAIの活用は進んでおらず、村民の高齢化によりデジタル機器に不慣れな方も多い状況です。")
    h1("基本方針と施策")
    para(d, "村の将来像の実現に向け、三つの基本方針のもとで次の施策に取り組みます。")
    measures = [
        ("便利な暮らしを支える行政サービス", [
            ("オンライン申請の拡大", "転入・転出や子育て関係の手続を中心に、スマートフォンから申請できる手続を増やします。", "総務課"),
            ("マイナンバーカードの普及と活用", "休日や夜間の申請受付を行い、カードを使った証明書のコンビニ交付を開始します。", "住民課"),
            ("地方税統一ＱＲコードを活用したキャッシュレス納付", "村税の納付書に地方税統一ＱＲコードを印字し、eLTAXを通じたスマートフォン決済による納付を可能にします。", "税務課"),
            ("窓口の予約制とワンストップ化", "手続の事前予約と、一つの窓口で複数の手続を済ませられるワンストップ窓口を導入します。", "住民課"),
        ]),
        ("効率的で強い役場づくり", [
            ("基幹系システムの標準化", "国の標準仕様に準拠したシステムへ移行し、ガバメントクラウドを活用します。", "総務課"),
            ("AI議事録作成ツールの導入", "会議録の作成にAIを活用し、職員の作業時間を削減します。", "総務課"),
            ("情報セキュリティ研修の実施", "全職員を対象に情報セキュリティ研修を毎年実施し、セキュリティ意識を高めます。", "総務課"),
        ]),
        ("地域のデジタル化", [
            ("高齢者スマホサポーター制度の創設", "地域の若者をサポーターとして登録し、高齢者のスマートフォン利用を支援します。", "保健福祉課"),
            ("光ファイバ網の維持と活用", "村が整備した光ファイバ網を適切に維持し、遠隔医療や見守りサービスに活用します。", "企画課"),
        ]),
    ]
    for pol, ms in measures:
        h2(pol)
        for t, b, o in ms:
            h3(t)
            para(d, b)
            para(d, f"担当：{o}")
    h1("推進体制")
    para(d, "副村長をＣＩＯとし、全課長で構成するデジタル化推進会議において進捗を確認します。")
    save(d, "C_nishiyama_bold")


# ---------------------------------------------------------------- D: Word automatic numbering
def add_numbering(d):
    numbering = d.part.numbering_part.element
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    def el(tag, **attrs):
        e = OxmlElement(tag)
        for k, v in attrs.items():
            e.set(qn(k), v)
        return e
    # abstract 90: headings 第%1章 / %2． (fullwidth) / （%3） fullwidth
    an = el("w:abstractNum", **{"w:abstractNumId": "90"})
    an.append(el("w:multiLevelType", **{"w:val": "multilevel"}))
    specs = [("decimalFullWidth", "第%1章", "Heading1"), ("decimalFullWidth", "%2．", "Heading2"), ("decimalFullWidth", "（%3）", "Heading3")]
    for i, (fmt, txt, sty) in enumerate(specs):
        lvl = el("w:lvl", **{"w:ilvl": str(i)})
        lvl.append(el("w:start", **{"w:val": "1"}))
        lvl.append(el("w:numFmt", **{"w:val": fmt}))
        lvl.append(el("w:pStyle", **{"w:val": sty}))
        lvl.append(el("w:lvlText", **{"w:val": txt}))
        lvl.append(el("w:suff", **{"w:val": "space"}))
        an.append(lvl)
    # abstract 91: circled numbers for sub-actions
    an2 = el("w:abstractNum", **{"w:abstractNumId": "91"})
    lvl = el("w:lvl", **{"w:ilvl": "0"})
    lvl.append(el("w:start", **{"w:val": "1"}))
    lvl.append(el("w:numFmt", **{"w:val": "decimalEnclosedCircle"}))
    lvl.append(el("w:lvlText", **{"w:val": "%1"}))
    an2.append(lvl)
    # abstractNums must precede nums
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an); first_num.addprevious(an2)
    else:
        numbering.append(an); numbering.append(an2)
    n = el("w:num", **{"w:numId": "90"}); n.append(el("w:abstractNumId", **{"w:val": "90"})); numbering.append(n)
    return numbering


def numpr(p, numid, ilvl):
    pPr = p._p.get_or_add_pPr()
    np_ = OxmlElement("w:numPr")
    a = OxmlElement("w:ilvl"); a.set(qn("w:val"), str(ilvl)); np_.append(a)
    b = OxmlElement("w:numId"); b.set(qn("w:val"), str(numid)); np_.append(b)
    pPr.insert(0, np_)


def doc_d():
    d = base()
    numbering = add_numbering(d)
    # link heading styles to the list
    for i, name in enumerate(["Heading 1", "Heading 2", "Heading 3"]):
        s = d.styles[name]
        pPr = s.element.get_or_add_pPr()
        np_ = OxmlElement("w:numPr")
        a = OxmlElement("w:ilvl"); a.set(qn("w:val"), str(i)); np_.append(a)
        b = OxmlElement("w:numId"); b.set(qn("w:val"), "90"); np_.append(b)
        pPr.insert(0, np_)
    next_circle = [100]
    def circled(items):
        nid = next_circle[0]; next_circle[0] += 1
        n = OxmlElement("w:num"); n.set(qn("w:numId"), str(nid))
        a = OxmlElement("w:abstractNumId"); a.set(qn("w:val"), "91"); n.append(a)
        numbering.append(n)
        for it in items:
            p = d.add_paragraph(it, style="List Paragraph")
            numpr(p, nid, 0)
    cover(d, "青葉町", "青葉町自治体ＤＸ推進計画", "令和８年３月")
    d.add_heading("計画の基本的事項", 1)
    d.add_heading("計画策定の趣旨", 2)
    para(d, "デジタル技術の進展を踏まえ、町民サービスの向上と行政の効率化を図るため、本計画を策定します。")
    d.add_heading("計画期間", 2)
    para(d, "令和８年度から令和１２年度までの５年間とします。")
    d.add_heading("計画の位置付け", 2)
    para(d, "本計画は、官民データ活用推進基本法第９条第３項に定める市町村官民データ活用推進計画を兼ねるものとします。")
    d.add_heading("本町を取り巻く現状", 1)
    d.add_heading("国の動向", 2)
    para(d, BG_NATIONAL)
    d.add_heading("本町の現状と課題", 2)
    para(d, "本町の電子申請の利用件数は年間４００件程度にとどまっています。職員のテレワークは制度化されておらず、災害時の業務継続にも課題があります。")
    d.add_heading("施策の展開", 1)
    plan = [
        ("行政サービスのデジタル化", [
            ("行政手続のオンライン化の推進", "住民の利便性の高い手続から順に、マイナポータルを通じたオンライン申請を可能にします。", ["子育て関係１５手続のオンライン化", "介護関係１１手続のオンライン化"]),
            ("マイナンバーカードの普及と利用の推進", "交付体制を強化し、カードを活用した行政サービスを拡充します。", None),
            ("書かない窓口の実現", "窓口支援システムを導入し、申請書を書かずに手続ができる窓口を実現します。", None),
        ]),
        ("デジタル技術を活用した行政運営", [
            ("情報システムの標準化・共通化", "基幹業務システムを令和８年度までに標準準拠システムへ移行します。", None),
            ("AI・RPAの活用", "RPAによる定型業務の自動化と、生成AIの業務利用を進めます。", ["ＲＰＡ対象業務の拡大", "生成ＡＩ利用ガイドラインの策定"]),
            ("テレワークの推進", "在宅勤務制度を導入し、テレワーク用端末を配備します。", None),
            ("セキュリティ対策の徹底", "情報セキュリティポリシーを随時見直し、職員研修を実施します。", None),
        ]),
        ("地域社会のデジタル化", [
            ("デジタルデバイド対策", "公民館でのスマートフォン相談会を定期的に開催します。", None),
            ("オープンデータの推進", "町が保有するデータを機械判読可能な形式で公開します。", None),
            ("デジタル人材の育成", "職員向けのDX研修を実施し、各課にDX推進リーダーを置きます。", None),
        ]),
    ]
    for pol, ms in plan:
        d.add_heading(pol, 2)
        for t, b, subs in ms:
            d.add_heading(t, 3)
            para(d, b)
            if subs:
                circled(subs)
    d.add_heading("計画の推進", 1)
    d.add_heading("推進体制", 2)
    para(d, "町長を本部長とする青葉町ＤＸ推進本部を設置し、副町長をＣＩＯとします。")
    d.add_heading("進行管理", 2)
    para(d, "毎年度、取組の進捗状況を把握し、ＰＤＣＡサイクルにより計画を見直します。")
    save(d, "D_aoba_autonumber")


# ---------------------------------------------------------------- E: two columns, full-width numbers, 和暦
def doc_e():
    d = base()
    cover(d, "南浦市", "南浦市デジタル・トランスフォーメーション推進計画", "令和８年３月")
    para(d, "目　次", bold=True, size=14, center=True)
    for e, pg in [("第１章　計画の概要", 1), ("第２章　デジタル化をめぐる動向", 2), ("第３章　施策の展開", 3), ("第４章　計画の推進", 5)]:
        para(d, f"{e}……………………………………{pg}")
    # new section, two columns
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    cols = sec._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols"); sec._sectPr.append(cols)
    cols.set(qn("w:num"), "2"); cols.set(qn("w:space"), "425")
    def h(t, size=12):
        para(d, t, bold=True, size=size)
    h("第１章　計画の概要", 14)
    h("１　計画策定の趣旨")
    para(d, "本市では、平成２９年度に南浦市情報化推進計画を策定し、電子自治体の構築を進めてきました。令和７年度で同計画が終了することから、新たに本計画を策定します。")
    h("２　計画期間")
    para(d, "令和８年度から令和１２年度までの５年間とします。")
    h("第２章　デジタル化をめぐる動向", 14)
    h("１　国の動向")
    para(d, BG_NATIONAL)
    h("２　本市の現状と課題")
    para(d, "市民意識調査では、行政のデジタル化に期待する市民が７割を超える一方、高齢者の約４割がインターネットを利用していません。")
    h("第３章　施策の展開", 14)
    plan = [
        ("基本目標１　市民の利便性向上", [
            ("（１）スマート窓口の推進", "令和９年度までに窓口支援システムを導入し、書かない窓口・ワンストップ窓口を実現します。"),
            ("（２）オンライン手続の拡充", "令和１２年度までに、市民の利用が多い手続の全てをオンライン化します。"),
            ("（３）マイナンバーカードの利活用", "マイナンバーカードを活用した図書館利用や証明書のコンビニ交付を拡充します。"),
        ]),
        ("基本目標２　行政運営の最適化", [
            ("（１）情報システムの標準化", "令和８年度中に基幹業務システムを標準準拠システムへ移行します。"),
            ("（２）ＡＩ・ＲＰＡによる業務改革", "業務の棚卸しを行い、ＡＩ・ＲＰＡを活用したＢＰＲを進めます。"),
            ("（３）情報セキュリティの確保", "ゼロトラストの考え方を踏まえたセキュリティ対策を講じます。"),
        ]),
        ("基本目標３　地域のデジタル化", [
            ("（１）デジタルデバイド対策", "地域のデジタル推進委員と連携し、スマートフォン講座を開催します。"),
            ("（２）地域情報基盤の整備", "５Ｇの利活用と、避難所の公衆無線ＬＡＮ整備を進めます。"),
        ]),
    ]
    for pol, ms in plan:
        h(pol)
        for t, b in ms:
            h(t, 10.5)
            para(d, b)
    h("第４章　計画の推進", 14)
    h("１　推進体制")
    para(d, "市長を本部長とする南浦市ＤＸ推進本部を中心に、全庁的に取り組みます。")
    h("２　進行管理")
    para(d, "毎年度、取組状況を評価し、推進本部に報告します。")
    save(d, "E_minamiura_2col")


# ---------------------------------------------------------------- F: Shift_JIS text (PDF copy-paste style) + docx
F_TEXT = """小松原町ＤＸ推進計画
令和８年度～令和１２年度
令和８年３月
小松原町

目次
第１章　計画策定の背景………………１
第２章　基本方針……………………３
第３章　具体的な取組………………４
第４章　推進体制……………………８

第１章　計画策定の背景
１．国の動向
国は「デジタル社会の実現に向けた重点計画」を毎年改定し、自治体に対しては自治体ＤＸ推進計画により、情報システムの標準化・共通化、マイナンバーカードの普及促進、テレワークの推進、ＡＩ・ＲＰＡの利用推進、セキュリティ対策の徹底などを求めています。
２．本町の現状と課題
本町では平成３０年度にホームページを刷新しましたが、電子申請は一部の手続にとどまっています。
－ １ －
小松原町ＤＸ推進計画
第２章　基本方針
本町は、「つながる・ひろがる　こまつばら」を基本理念とし、次の二つの基本方針を定めます。
基本方針１　町民に寄り添うデジタル化
基本方針２　スリムで強い役場への転換
－ ３ －
小松原町ＤＸ推進計画
第３章　具体的な取組
１．町民に寄り添うデジタル化
（１）手続のオンライン化
①電子申請の拡充
【内容】子育て・介護に関する手続を中心に、令和９年度までに電子申請で受け付けます。
【担当課】総務課
②キャッシュレス決済の導入
【内容】窓口での証明手数料や町税の納付にキャッシュレス決済を導入します。
【担当課】会計課・税務課
（２）マイナンバーカード
①カード取得の支援
【内容】出張申請や休日の交付窓口を設け、カードの取得を支援します。
【担当課】町民課
②カードを活用したサービスの拡大
【内容】証明書のコンビニ交付を令和８年度に開始します。
【担当課】町民課
－ ４ －
小松原町ＤＸ推進計画
２．スリムで強い役場への転換
（１）業務の効率化
①ＲＰＡの導入
【内容】税の賦課業務などの定型作業にＲＰＡを導入します。
【担当課】総務課
②基幹系システムの標準化
【内容】国の標準仕様に準拠したシステムへ令和８年度までに移行します。
【担当課】総務課
（２）情報セキュリティ
①情報セキュリティ対策の強化
【内容】全職員へのセキュリティ研修と、インシデント対応訓練を毎年度実施します。
【担当課】総務課
（３）地域とのつながり
①スマホ相談窓口の設置
【内容】役場１階に高齢者向けのスマートフォン相談窓口を設置します。
【担当課】福祉課
②地域ポータルサイトの開設
【内容】地域の行事や店舗の情報を発信するポータルサイトを開設し、オープンデータとして公開します。
【担当課】企画課
－ ５ －
小松原町ＤＸ推進計画
第４章　推進体制
副町長をＣＩＯとし、ＤＸ推進本部で進捗を管理します。
－ ８ －
"""


def doc_f():
    (OUT / "F_komatsubara_sjis.txt").write_bytes(F_TEXT.replace("\n", "\r\n").encode("cp932"))
    d = base()
    lines = F_TEXT.splitlines()
    # docx rendition of same plan (typed numbers, headings by look), drop page furniture
    body = [l for l in lines if not l.startswith("－") and l != "小松原町ＤＸ推進計画"]
    cover(d, "小松原町", "小松原町ＤＸ推進計画", "令和８年３月")
    i = body.index("目次")
    typed_toc(d, [(l.split("…")[0], l.rstrip("…").split("…")[-1]) for l in body[i + 1:i + 5]])
    for l in body[i + 5:]:
        if not l:
            continue
        if l.startswith("第") and "章" in l[:4]:
            para(d, l, bold=True, size=14)
        elif l[0] in "１２３４" and "．" in l[:3] or l.startswith("（") or l.startswith("基本方針"):
            para(d, l, bold=True, size=12)
        elif l[0] in "①②③④":
            para(d, l, bold=True)
        else:
            para(d, l)
    save(d, "F_komatsubara_sjis")


# ---------------------------------------------------------------- G: background-heavy, ア イ ウ, recap schedule
def doc_g():
    d = base()
    cover(d, "白浜市", "白浜市官民データ活用推進計画", "令和８年３月")
    d.add_heading("第１章　はじめに", 1)
    para(d, "本計画は、官民データ活用推進基本法第９条第３項に基づく市町村官民データ活用推進計画です。計画期間は令和８年度から令和１２年度までとします。")
    d.add_heading("第２章　国の動向", 1)
    for t, b in [
        ("（１）自治体の情報システムの標準化・共通化", "国は、基幹業務システムを標準準拠システムへ移行し、ガバメントクラウドを活用することを求めています。"),
        ("（２）テレワークの推進", "国は、地方公共団体においてもテレワークを推進し、多様な働き方を実現することを求めています。"),
        ("（３）自治体のＡＩ・ＲＰＡの利用推進", "国は、ＡＩやＲＰＡの導入ガイドブックを示し、業務の効率化を促しています。"),
        ("（４）セキュリティ対策の徹底", "国は、地方公共団体における情報セキュリティポリシーに関するガイドラインを改定しています。"),
        ("（５）自治体フロントヤード改革", "国は、書かないワンストップ窓口など住民との接点の改革を推進しています。"),
    ]:
        d.add_heading(t, 2)
        para(d, b)
    d.add_heading("第３章　本市の現状と課題", 1)
    para(d, "本市ではテレワーク、ＡＩ・ＲＰＡ、システム標準化のいずれについても、検討段階にとどまっています。これらは次期計画で検討することとし、本計画では官民データの活用に重点を置きます。")
    d.add_heading("第４章　施策", 1)
    d.add_heading("１　データを活用した行政サービス", 2)
    for t, b in [("ア　電子申請の拡充", "市民の利用が多い手続を中心に、電子申請で受け付ける手続を拡充します。"),
                 ("イ　マイナンバーカード交付体制の強化", "交付窓口の増設と出張申請により、カードの交付を促進します。"),
                 ("ウ　オープンデータの公開", "市が保有する統計や施設情報を、機械判読に適した形式でオープンデータとして公開します。")]:
        d.add_heading(t, 3)
        para(d, b)
    d.add_heading("２　官民連携によるデータ活用", 2)
    for t, b in [("ア　官民データ連携基盤の構築", "民間事業者と市のデータを連携させる基盤を構築し、観光や防災に活用します。"),
                 ("イ　デジタル活用支援の実施", "高齢者や障害のある方を対象に、スマートフォンの使い方講座を開催します。"),
                 ("ウ　業務プロセスの見直し", "電子申請の拡充にあわせて、申請から決裁までの業務フローを見直します。")]:
        d.add_heading(t, 3)
        para(d, b)
    d.add_heading("第５章　取組スケジュール", 1)
    table(d, [["取組", "担当課", "R8", "R9", "R10", "R11", "R12"],
              ["電子申請の拡充", "情報政策課", "○", "→", "→", "→", "→"],
              ["マイナンバーカード交付体制の強化", "市民課", "○", "→", "→", "", ""],
              ["オープンデータの公開", "情報政策課", "○", "→", "→", "→", "→"],
              ["官民データ連携基盤の構築", "企画課", "", "○", "○", "→", "→"],
              ["デジタル活用支援の実施", "福祉課", "○", "→", "→", "→", "→"],
              ["業務プロセスの見直し", "行政改革課", "○", "→", "→", "→", "→"]])
    d.add_heading("第６章　推進体制", 1)
    para(d, "市長を本部長とする白浜市データ活用推進本部が、計画の進行を管理します。")
    save(d, "G_shirahama_background")


if __name__ == "__main__":
    for f in (doc_a, doc_b, doc_c, doc_d, doc_e, doc_f, doc_g):
        f()
    print("ok")
