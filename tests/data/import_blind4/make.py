#!/usr/bin/env python3
"""Generator for the blind import test set import_blind4 (doc41 … doc51).

Every town is invented.  Each document is written once as data (SPECS) and rendered in the
layout a municipal office would produce: HTML printed to PDF by headless Chromium, or Word
.docx (python-docx plus raw OOXML for text boxes, content controls, footnotes and Symbol /
Wingdings bullets) converted to PDF by LibreOffice.  The answer key docNN.expected.yaml is
written from the same data.

Run:  ../../../.venv/bin/python make.py            (all documents)
      ../../../.venv/bin/python make.py doc44 doc45  (some)
Needs: chromium, soffice (LibreOffice), python-docx, Noto CJK fonts.
"""

import copy
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


# ----------------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------------
def lg_code(five):
    """全国地方公共団体コード: 5 digits + check digit."""
    d = [int(c) for c in five]
    s = 6 * d[0] + 5 * d[1] + 4 * d[2] + 3 * d[3] + 2 * d[4]
    return five + str((11 - s % 11) % 10)


FW = str.maketrans("0123456789", "０１２３４５６７８９")


def fw(s):
    return str(s).translate(FW)


MINUS = "\u2212"  # U+2212 MINUS SIGN, as typed by staff in 「Ⅲ−１−(1)」

TOPIC_IDS = {
    "online": ["kanmin/online", "dx/online"],
    "opendata": ["kanmin/opendata"],
    "mynumber": ["kanmin/mynumber", "dx/mynumber"],
    "divide": ["kanmin/divide", "dx/divide"],
    "bpr": ["kanmin/bpr"],
    "standardization": ["dx/standardization"],
    "ai-rpa": ["dx/ai-rpa"],
    "telework": ["dx/telework"],
    "security": ["dx/security"],
    "community": ["dx/community"],
}
ITEM_ORDER = [
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


def M(title, desc, dept="", marks="○○○○○", note=None):
    """A measure: title, description, 担当課, R8..R12 schedule marks, optional footnote."""
    return {"title": title, "desc": desc, "dept": dept, "marks": marks, "fn": note}


def P(title, lead, measures, label=None):
    return {"title": title, "lead": lead, "measures": measures, "label": label}


def q(s):
    return json.dumps(s, ensure_ascii=False)


def write_expected(spec):
    items = {}
    for topic, verdict in spec["cov"].items():
        for i in TOPIC_IDS[topic]:
            items[i] = verdict
    assert set(items) == set(ITEM_ORDER), (spec["id"], set(ITEM_ORDER) - set(items))
    out = []
    out.append(f"municipality: {q(spec['town'])}")
    out.append(f"code: {q(spec['code']) if spec.get('code_stated', True) else 'null'}")
    ps, pe = spec["period"]
    out.append(f"period: {{start: {ps}, end: {pe}}}")
    out.append("policies:")
    for pol in spec["policies"]:
        out.append(f"  - title: {q(pol['title'])}")
        out.append("    measures:")
        for m in pol["measures"]:
            out.append(f"      - {q(m['title'])}")
    out.append("items:")
    for i in ITEM_ORDER:
        out.append(f"  {i}: {items[i]}")
    out.append("notes: |")
    for line in spec["notes"]:
        out.append(f"  - {line}")
    path = os.path.join(HERE, spec["id"] + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def all_measures(spec):
    return [m for p in spec["policies"] for m in p["measures"]]


# ----------------------------------------------------------------------------------------------
# shared background text (national trends: background, never commitments)
# ----------------------------------------------------------------------------------------------
BG_KANMIN = (
    "平成28（2016）年12月に施行された「官民データ活用推進基本法」では、行政手続のオンライン化原則、"
    "オープンデータの推進、マイナンバーカードの普及・活用、デジタルデバイド対策、情報システム改革・"
    "業務の見直し（BPR）が個別施策として掲げられ、市町村には「市町村官民データ活用推進計画」の策定が"
    "努力義務とされています。"
)
BG_DX = (
    "総務省は令和2（2020）年12月に「自治体デジタル・トランスフォーメーション（DX）推進計画」を策定し、"
    "自治体の情報システムの標準化・共通化、マイナンバーカードの普及促進、行政手続のオンライン化、"
    "AI・RPAの利用推進、テレワークの推進、セキュリティ対策の徹底を重点取組事項として示しました。"
    "あわせて、地域社会のデジタル化やデジタルデバイド対策についても、自治体DXと併せて取り組むべき事項と"
    "されています。"
)
BG_VISION = (
    "令和3（2021）年9月にはデジタル庁が発足し、「誰一人取り残されない、人に優しいデジタル化」を掲げた"
    "「デジタル社会の実現に向けた重点計画」が毎年改定されています。また、令和7（2025）年6月には"
    "「地方創生2.0基本構想」が閣議決定され、デジタルの力を活用した地域課題の解決が一層求められています。"
)
BG_STD = (
    "「地方公共団体情報システムの標準化に関する法律」（令和3年法律第40号）に基づき、住民基本台帳や税、"
    "福祉などの基幹業務システムについて、ガバメントクラウドを活用した標準準拠システムへの移行が全国で"
    "進められています。"
)
BG_TW = "新型コロナウイルス感染症の拡大を契機として、テレワークやオンライン会議など、場所にとらわれない働き方が社会に広く浸透しました。"
BG_SEC = (
    "サイバー攻撃の手口は年々巧妙化しており、総務省は「地方公共団体における情報セキュリティポリシーに関する"
    "ガイドライン」を改定し、自治体に対してセキュリティ対策の徹底を求めています。"
)
BG_OD = (
    "国は「オープンデータ基本指針」を定め、地方公共団体に対しても保有データの公開と「自治体標準オープン"
    "データセット」に沿ったデータ整備を推奨しています。"
)
BG_CM = (
    "光ファイバや5Gなどの通信基盤の整備が全国で進み、農業、観光、防災、交通など地域のさまざまな分野で、"
    "デジタル技術を活用した課題解決の取組が広がっています。"
)
BG_AI = "生成AIをはじめとするAI技術は急速に進化しており、国は自治体におけるAI・RPAの導入を支援するガイドブックを公表しています。"


# ----------------------------------------------------------------------------------------------
# the documents (data)
# ----------------------------------------------------------------------------------------------
SPECS = {}


def spec(**kw):
    kw["code"] = lg_code(kw.pop("code5"))
    SPECS[kw["id"]] = kw
    return kw


# doc41 汐見町 — HTML, two-column body, running header + 「－ n －」 footer, 「Ⅲ−１−(1)」 numbering,
# landscape 工程表 page, cover 令和８年３月, code wrapped after its label, previous plan as distractor.
spec(
    id="doc41",
    town="汐見町",
    pref="青森県",
    code5="02423",
    title="汐見町DX推進計画",
    subtitle="～海とひとがつながる、やさしいデジタルのまち～",
    period=(2026, 2030),
    policies=[
        P(
            "町民の利便性向上",
            "町民が役場に来なくても、いつでもどこでも手続や相談ができる環境を整えるとともに、窓口に来られた方には"
            "待たせない・迷わせないサービスを提供します。",
            [
                M(
                    "行政手続のオンライン化の推進",
                    "子育て・介護関係の手続や罹災証明書の発行申請など、町民の利用が多い手続について、マイナポータルの"
                    "「ぴったりサービス」を活用し、令和9年度までにオンラインで申請できるようにします。あわせて、"
                    "申請書の押印や添付書類の見直しを進めます。",
                    "総務課・関係課",
                    "○○→→→",
                ),
                M(
                    "マイナンバーカードの取得促進と利活用",
                    "休日・夜間の臨時窓口や、事業所・集落への出張申請受付を行い、カードの取得を促進します。また、"
                    "証明書のコンビニ交付や図書館カードとしての利用など、カードを利用できる場面を広げます。",
                    "町民課",
                    "○→→→→",
                ),
                M(
                    "窓口のキャッシュレス決済の導入",
                    "住民票の写し等の交付手数料や公共施設の使用料について、窓口でのキャッシュレス決済を導入します。",
                    "会計課・町民課",
                    "○→→→→",
                ),
                M(
                    "町オープンデータの公開",
                    "町が保有する統計、公共施設、避難所等のデータを、国が示す自治体標準オープンデータセットに準拠した"
                    "形式で町ホームページに公開し、公開するデータを毎年度拡充します。",
                    "企画課",
                    " ○→→→",
                ),
            ],
            label=f"Ⅲ{MINUS}１",
        ),
        P(
            "行政運営の効率化",
            "限られた職員数でも質の高い行政サービスを維持できるよう、情報システムと業務の進め方を見直します。",
            [
                M(
                    "基幹系システムの標準化・共通化",
                    "住民基本台帳、税、福祉などの基幹業務システムを、ガバメントクラウド上の標準準拠システムへ移行します。"
                    "移行が困難な一部のシステムについては、特定移行支援システムとして令和9年度までの移行を目指します。",
                    "総務課",
                    "○○　　　",
                ),
                M(
                    "業務プロセスの見直し（BPR）",
                    "業務量調査を実施し、窓口業務をはじめとする業務の流れを可視化したうえで、手順の簡素化や廃止を含めた"
                    "業務改革を行います。",
                    "総務課・全課",
                    "○○→→→",
                ),
                M(
                    "AI・RPA活用の調査・研究",
                    "AI-OCRやRPAの導入効果について、先進自治体の事例や費用対効果を調査・研究し、本町での導入の可否を検討します。",
                    "総務課",
                    "○○　　　",
                ),
                M(
                    "電子決裁・文書管理システムの導入",
                    "起案から決裁、保存までを電子で行う文書管理システムを導入し、庁内のペーパーレス化を進めます。",
                    "総務課",
                    " ○→→→",
                ),
            ],
            label=f"Ⅲ{MINUS}２",
        ),
        P(
            "誰もがデジタルの恩恵を受けられる地域づくり",
            "年齢や障がいの有無、住んでいる地区にかかわらず、誰もがデジタル化の恩恵を受けられる地域をつくります。",
            [
                M(
                    "スマートフォン教室の開催",
                    "高齢者等を対象に、公民館や集会所でスマートフォンの基本操作や、オンライン申請の方法を学ぶ教室を開催します。",
                    "町民課・公民館",
                    "○→→→→",
                ),
                M(
                    "デジタル活用支援員の配置",
                    "役場と公民館にデジタル活用支援員を配置し、操作に不安のある方の相談に応じます。",
                    "町民課",
                    "○→→→→",
                ),
                M(
                    "公共施設への公衆無線LANの整備",
                    "避難所となる公共施設や観光施設に公衆無線LAN（Wi-Fi）を整備し、平常時・災害時の通信手段を確保します。",
                    "企画課・防災管理室",
                    " ○○→→",
                ),
                M(
                    "漁業・観光分野のデジタル化支援",
                    "漁業協同組合や観光事業者と連携し、水揚げ情報のデータ化や、観光情報のデジタル発信を支援します。",
                    "産業振興課",
                    "○→→→→",
                ),
            ],
            label=f"Ⅲ{MINUS}３",
        ),
    ],
    cov={
        "online": "covered",
        "opendata": "covered",
        "mynumber": "covered",
        "divide": "covered",
        "bpr": "covered",
        "standardization": "covered",
        "ai-rpa": "partial",
        "telework": "missing",
        "security": "missing",
        "community": "covered",
    },
    notes=[
        "HTML→PDF (Chromium). Body set in two CSS columns; a running header (plan title) and a 「－ n －」 footer on every page.",
        "Measures are numbered 「Ⅲ−１−(1)」 with U+2212 minus and full-width digits; the same twelve measures are repeated in a landscape 工程表 (取組｜概要｜担当課｜R8…R12 with ○/→): count them once.",
        "Cover 「令和８年３月」 + 「汐見町」 is not a policy. 計画期間 also names the previous plan (令和3年度～令和7年度): the period is 2026–2030.",
        "地方公共団体コード wraps to the next line after its label (024236).",
        "テレワーク and セキュリティ対策の徹底 appear only in the background (national DX plan) and in 町の現状 (三層分離 done in H29, a past fact): missing.",
        "AI・RPA is only 調査・研究 / 導入の可否を検討: partial. 電子決裁 could be read as BPR too (BPR is covered anyway).",
    ],
)

# doc42 鷹森市 — Word .docx, measures inside TEXT BOXES (wps + VML fallback), Symbol U+F0B7 bullets,
# period 2025–2029.
spec(
    id="doc42",
    town="鷹森市",
    pref="岩手県",
    code5="03219",
    title="鷹森市デジタル・トランスフォーメーション推進計画",
    subtitle="",
    period=(2025, 2029),
    policies=[
        P(
            "「行かない市役所」の実現",
            "市民が市役所に出向かなくても、必要な手続や相談が完結する市役所を目指します。",
            [
                M(
                    "電子申請サービスの拡充",
                    "市の行政手続について、電子申請サービスで受け付ける手続を拡大し、令和11年度までに、申請件数の多い"
                    "主要な申請・届出の8割以上をオンラインで受け付けます。",
                    "デジタル推進課",
                ),
                M(
                    "コンビニ交付サービスの拡大",
                    "マイナンバーカードを利用した住民票の写し・印鑑登録証明書等のコンビニ交付に、戸籍証明書を追加します。",
                    "市民課",
                ),
                M(
                    "マイナンバーカード出張申請受付の実施",
                    "地区センターや企業、福祉施設に職員が出向き、マイナンバーカードの申請を受け付けます。",
                    "市民課",
                ),
                M("オンライン相談窓口の開設", "子育てや福祉に関する相談に、ビデオ通話で応じる窓口を開設します。", "こども家庭課・福祉課"),
            ],
        ),
        P(
            "スマートな市役所への転換",
            "デジタル技術を活用して業務を効率化し、職員が市民と向き合う時間を生み出します。",
            [
                M(
                    "RPAによる定型業務の自動化",
                    "税や福祉の定型的な入力・照合作業にRPAを導入し、毎年度対象業務を拡大します。",
                    "デジタル推進課",
                ),
                M(
                    "生成AIの全庁導入",
                    "文書の要約や案文作成に生成AIを全庁で利用できる環境を整え、利用ガイドラインを定めます。",
                    "デジタル推進課",
                ),
                M(
                    "業務量調査に基づく業務改善（BPR）",
                    "全庁の業務量調査を行い、業務手順の見直しや様式の統一など、業務改善を進めます。",
                    "行政経営課",
                ),
                M(
                    "テレワークの試行",
                    "情報政策担当であるデジタル推進課の職員を対象に、庁外から庁内システムへ安全に接続できる環境でテレワークを試行します。",
                    "デジタル推進課",
                ),
                M(
                    "情報セキュリティ研修の実施",
                    "全職員を対象に、標的型攻撃メール訓練を含む情報セキュリティ研修を毎年度実施します。",
                    "デジタル推進課",
                ),
                M(
                    "インターネット接続系の強靱化",
                    "インターネット接続系の端末・ネットワークについて、不正アクセス対策とログ監視を強化します。",
                    "デジタル推進課",
                ),
            ],
        ),
        P(
            "誰一人取り残さないデジタル化",
            "デジタルに不慣れな方も安心してサービスを利用できるよう、きめ細かな支援を行います。",
            [
                M(
                    "デジタル活用支援員による相談会",
                    "市内の地区センターでデジタル活用支援員による相談会を定期的に開催し、スマートフォンの操作や"
                    "オンライン申請の方法を支援します。",
                    "デジタル推進課",
                ),
                M(
                    "高齢者向けスマートフォン購入費の助成",
                    "65歳以上の方がはじめてスマートフォンを購入する際の費用の一部を助成します。",
                    "長寿介護課",
                ),
            ],
        ),
    ],
    cov={
        "online": "covered",
        "opendata": "missing",
        "mynumber": "covered",
        "divide": "covered",
        "bpr": "covered",
        "standardization": "missing",
        "ai-rpa": "covered",
        "telework": "partial",
        "security": "covered",
        "community": "missing",
    },
    notes=[
        "Word .docx: every measure sits inside a text box (w:txbxContent inside mc:AlternateContent, with a VML v:textbox fallback holding the same text). A reader of body paragraphs only sees the three 基本方針 and their lead sentences. Also provided as doc42.pdf (LibreOffice).",
        "Bullets are a numbering list whose lvlText is U+F0B7 in the Symbol font.",
        "Period 令和7年度（2025年度）から令和11年度（2029年度）: 2025–2029.",
        "標準化・ガバメントクラウド, オープンデータ and 5G/光ファイバ are only in the background: missing. テレワーク is a trial in one office only: partial.",
        "オンライン相談窓口 (video consultation) is not 行政手続のオンライン化 by itself; online is covered by 電子申請サービスの拡充.",
    ],
)

# doc43 川端村 — Word .docx, content controls (w:sdt) around measures, a table nested in a table cell,
# Wingdings U+F06C bullets.
spec(
    id="doc43",
    town="川端村",
    pref="長野県",
    code5="20587",
    title="第3次川端村情報化推進計画",
    subtitle="",
    period=(2026, 2030),
    policies=[
        P(
            "村民サービスの向上",
            "村民が便利で分かりやすいサービスを受けられるよう、手続のデジタル化を進めます。",
            [
                M(
                    "オンライン申請の導入",
                    "長野県と県内市町村が共同で利用する電子申請システムを活用し、各種届出や施設予約、イベント申込を"
                    "オンラインで受け付けます。子育て・介護関係の手続は、マイナポータルからの申請に対応します。",
                    "総務課",
                ),
                M(
                    "マイナンバーカード交付体制の充実",
                    "休日窓口の開設や、高齢者施設・集落への出張受付を行い、希望する全ての村民がカードを取得できる体制を整えます。",
                    "住民福祉課",
                ),
                M(
                    "マイナ保険証の利用に向けた周知・支援",
                    "マイナンバーカードの健康保険証としての利用登録について、窓口での支援と周知を行います。",
                    "住民福祉課",
                ),
            ],
        ),
        P(
            "安全で効率的な行政運営",
            "小規模な村の職員体制でも安定して業務を継続できるよう、情報基盤を整えます。",
            [
                M(
                    "住民情報システムの標準準拠システムへの移行",
                    "住民記録、税、福祉等の基幹業務システムを、ガバメントクラウド上の標準準拠システムへ移行し、"
                    "長野県内の町村と共同で運用します。",
                    "総務課",
                ),
                M(
                    "情報セキュリティポリシーの見直し",
                    "国のガイドラインの改定に合わせて村の情報セキュリティポリシーを見直し、職員研修と自己点検を毎年度実施します。",
                    "総務課",
                ),
                M(
                    "テレワーク端末の整備",
                    "災害時や感染症の流行時にも業務を継続できるよう、職員用のテレワーク端末を整備し、在宅勤務を可能とします。",
                    "総務課",
                ),
                M("業務見直しの検討", "業務の流れや様式の見直しについて、今後、庁内で検討を進めます。", "総務課"),
            ],
        ),
        P(
            "地域のデジタル化",
            "山間地の多い本村でも、都市部と変わらない通信環境と、デジタルを使いこなせる地域をつくります。",
            [
                M(
                    "光ファイバ網の維持管理",
                    "村が整備した光ファイバ網を適切に維持管理し、全世帯で超高速ブロードバンドを利用できる環境を守ります。",
                    "総務課",
                ),
                M("公共施設への公衆無線LANの整備", "避難所に指定されている公共施設に公衆無線LANを整備します。", "総務課"),
                M(
                    "デジタル活用支援講座の開催",
                    "公民館講座として、スマートフォンやタブレットの使い方講座を年6回以上開催します。",
                    "教育委員会",
                ),
            ],
        ),
    ],
    cov={
        "online": "covered",
        "opendata": "missing",
        "mynumber": "covered",
        "divide": "covered",
        "bpr": "partial",
        "standardization": "covered",
        "ai-rpa": "missing",
        "telework": "covered",
        "security": "covered",
        "community": "covered",
    },
    notes=[
        "Word .docx: each measure of 第4章 is a block content control (w:sdt, alias 施策) and its title also an inline w:sdt; the 施策体系 table holds a table nested in a cell (施策｜担当課). Also provided as doc43.pdf (LibreOffice).",
        "Bullets of the background use a list whose lvlText is U+F06C in Wingdings.",
        "Title 「第3次…」 and the previous (第2次) plan 令和3年度～令和7年度 are distractors: period 2026–2030.",
        "AI・RPA and オープンデータ are background only: missing. 業務見直しの検討 is a study only (今後、検討): partial BPR.",
    ],
)

# doc44 若葉台市 — HTML; the body lists only 基本方針, the measures are in 「資料編 事業一覧」; footer 「n / N」;
# period written 「2026（令和8）年度」; previous plan 2021–2025 as distractor.
spec(
    id="doc44",
    town="若葉台市",
    pref="千葉県",
    code5="12241",
    title="若葉台市DX推進計画",
    subtitle="～つながる・ひろがる・わかばだいスマートシティ～",
    period=(2026, 2030),
    policies=[
        P(
            "市民サービスのデジタル化",
            "市民一人ひとりのライフスタイルに合わせて、時間や場所にとらわれずに行政サービスを利用できる環境を整えます。",
            [
                M(
                    "ぴったりサービスによるオンライン申請の拡大",
                    "マイナポータルのぴったりサービスで受け付ける手続を、子育て・介護関係の手続を中心に拡大する。",
                    "DX推進課・関係課",
                ),
                M(
                    "公共施設予約システムの導入",
                    "スポーツ施設・公民館の予約と使用料の支払をオンラインで完結できるシステムを導入する。",
                    "生涯学習課",
                ),
                M(
                    "マイナンバーカードを活用した申請書作成支援",
                    "窓口でマイナンバーカードを読み取り、申請書を自動作成する「書かない窓口」を導入する。",
                    "市民課",
                ),
                M(
                    "窓口キャッシュレス決済の拡大",
                    "市民課・税務課の窓口に加え、出張所・図書館でもキャッシュレス決済を利用可能とする。",
                    "会計課",
                ),
            ],
        ),
        P(
            "行政運営のデジタル化",
            "情報システムの最適化と業務の見直しにより、効率的で持続可能な行政運営を実現します。",
            [
                M(
                    "標準準拠システムへの移行",
                    "基幹業務20業務のシステムを標準準拠システムへ移行する。移行が遅れる業務は特定移行支援システムとして計画的に移行する。",
                    "DX推進課",
                ),
                M("ガバメントクラウド接続環境の整備", "ガバメントクラウドへの接続回線と運用管理体制を整備する。", "DX推進課"),
                M(
                    "AI-OCR・RPAの活用拡大",
                    "紙の申請書の読取りと入力作業にAI-OCRとRPAを活用し、対象業務を年5業務以上拡大する。",
                    "DX推進課",
                ),
                M("会議録作成支援AIの導入", "音声認識AIによる会議録作成支援システムを全庁に導入する。", "総務課"),
                M("業務フロー可視化とBPRの実施", "窓口関連業務の業務フローを可視化し、BPRにより手順・様式を見直す。", "行政改革推進課"),
                M("情報セキュリティ監査の実施", "外部監査を含む情報セキュリティ監査を毎年度実施し、指摘事項を改善する。", "DX推進課"),
            ],
        ),
        P(
            "データ活用と誰もが使いやすい環境づくり",
            "データに基づく政策立案を進めるとともに、誰もが安心して行政サービスを利用できる環境づくりを進めます。",
            [
                M("オープンデータの公開拡充", "自治体標準オープンデータセットの全項目を公開し、API による提供を開始する。", "DX推進課"),
                M(
                    "EBPM推進のためのデータ分析基盤の構築",
                    "庁内の統計・業務データを集約・可視化する分析基盤を構築し、政策立案に活用する。",
                    "企画政策課",
                ),
                M(
                    "高齢者のデジタル活用支援策の検討",
                    "高齢者等のデジタル機器の利用状況を把握し、支援策のあり方を検討する。",
                    "高齢者支援課",
                ),
            ],
        ),
    ],
    cov={
        "online": "covered",
        "opendata": "covered",
        "mynumber": "covered",
        "divide": "partial",
        "bpr": "covered",
        "standardization": "covered",
        "ai-rpa": "covered",
        "telework": "missing",
        "security": "covered",
        "community": "missing",
    },
    notes=[
        "HTML→PDF. The body (第4章) lists only the three 基本方針 with a lead paragraph; the thirteen measures are only in the appendix table 「資料編 事業一覧」 (No.｜事業名｜事業概要｜担当課｜基本方針), whose 基本方針 column assigns each to a policy.",
        "Footer 「n / N」 on every page. Period written 「2026（令和8）年度～2030（令和12）年度」; the previous plan (2021（令和3）年度～2025（令和7）年度) is named in 計画期間.",
        "テレワーク and 地域社会のデジタル化 (5G, スマート農業) appear only in the background and the survey: missing. Digital divide is only 「支援策のあり方を検討」: partial.",
    ],
)

# doc45 東雲町 — one-page A3 landscape 概要版: policies and measures in boxes; survey statistics and background
# bullets that are NOT measures; no 団体コード stated.
spec(
    id="doc45",
    town="東雲町",
    pref="静岡県",
    code5="22346",
    code_stated=False,
    title="東雲町デジタル推進計画【概要版】",
    subtitle="",
    period=(2026, 2030),
    policies=[
        P(
            "手続のデジタル化で「便利」を実感できる町",
            "",
            [
                M("電子申請の拡充", "よく使われる申請・届出から順次、スマートフォンで申請できるようにします。"),
                M("子育て・介護手続のマイナポータル対応", "児童手当や要介護認定の申請など26手続をマイナポータルから申請可能にします。"),
                M("マイナンバーカード取得支援", "休日窓口と出張申請受付で、カードの取得を支援します。"),
                M("窓口キャッシュレス決済の導入", "証明書手数料等の支払にキャッシュレス決済を導入します。"),
            ],
        ),
        P(
            "役場のデジタル化で「効率」を高める町",
            "",
            [
                M("標準準拠システムへの移行", "基幹業務システムをガバメントクラウド上の標準準拠システムへ移行します。"),
                M("税務課へのRPA導入", "税務課の課税資料の入力作業にRPAを導入します。"),
                M("窓口業務の見直し（BPR）", "窓口業務の手順と様式を見直し、待ち時間を短縮します。"),
            ],
        ),
        P(
            "地域のデジタル化で「安心」をつなぐ町",
            "",
            [
                M("スマホ相談会の開催", "地区の集会所で、スマートフォンの使い方相談会を毎月開催します。"),
                M("デジタル活用支援員の育成", "地域の方をデジタル活用支援員として育成し、身近な相談役とします。"),
                M("観光Wi-Fiの整備", "駅前・海水浴場・道の駅に観光客向けの公衆無線LANを整備します。"),
                M("デマンド交通の予約システム導入", "デマンド交通にスマートフォンから予約できるシステムを導入します。"),
            ],
        ),
    ],
    cov={
        "online": "covered",
        "opendata": "missing",
        "mynumber": "covered",
        "divide": "covered",
        "bpr": "covered",
        "standardization": "covered",
        "ai-rpa": "partial",
        "telework": "missing",
        "security": "missing",
        "community": "covered",
    },
    notes=[
        "One dense A3 landscape page (概要版). Boxes for 計画の概要, 背景, 町民アンケート結果 and the three 基本方針 with their measures.",
        "The 背景 box bullets name テレワーク, オープンデータ, セキュリティ対策の徹底, AI・RPA (national policy): not commitments. The アンケート box has statistics (％) that are not measures.",
        "No 地方公共団体コード on the page: code null. 「令和８年３月」 and the town name in the title band are not a policy.",
        "RPA only in 税務課 (one office): partial. Missing: オープンデータ, テレワーク, セキュリティ.",
    ],
)

# doc46 美園市 — HTML two-column; 「施策 3-4」 label with the title on the next line; a commitment only in a footnote;
# running header + footer; code wrapped after its label; previous plan as distractor.
spec(
    id="doc46",
    town="美園市",
    pref="新潟県",
    code5="15226",
    title="美園市官民データ活用推進計画",
    subtitle="",
    period=(2026, 2030),
    policies=[
        P(
            "行政手続のオンライン化",
            "「デジタルファースト」「ワンスオンリー」「コネクテッド・ワンストップ」の原則を踏まえ、市民や事業者が"
            "窓口に来なくても手続を済ませられる環境を整えます。",
            [
                M(
                    "オンライン手続の拡充",
                    "市が所管する手続のうち、年間申請件数の多いものから順に、電子申請システムによるオンライン申請を"
                    "導入します。令和10年度までに、子育て・介護関係の手続と罹災証明書の発行申請を含む100手続の"
                    "オンライン化を目指します。",
                    "情報政策課・関係課",
                ),
                M(
                    "電子納付の推進",
                    "市税や各種手数料について、スマートフォン決済アプリや地方税統一QRコードを利用した電子納付を推進します。",
                    "収納課",
                ),
                M(
                    "マイナンバーカード利活用の検討",
                    "マイナンバーカードの取得状況や国の動向を踏まえ、市独自サービスへのカードの利活用について検討します。",
                    "市民課",
                ),
            ],
        ),
        P(
            "オープンデータとデータ活用の推進",
            "市が保有するデータを市民や事業者が利用しやすい形で公開し、官民協働による地域課題の解決につなげます。",
            [
                M(
                    "オープンデータカタログサイトの運用",
                    "市のオープンデータカタログサイトを運用し、公開データの更新を定期的に行います。",
                    "情報政策課",
                ),
                M(
                    "推奨データセットの公開",
                    "デジタル庁が示す推奨データセットに準拠したデータを、令和9年度までに全項目公開します。",
                    "情報政策課",
                ),
            ],
        ),
        P(
            "業務改革と地域のデジタル化",
            "業務の進め方を見直すとともに、市内事業者や地域のデジタル化を後押しします。",
            [
                M("業務の棚卸しとBPRの推進", "全庁の業務を棚卸しし、BPRの手法により業務手順を見直します。", "行政改革課"),
                M(
                    "情報セキュリティ対策の強化",
                    "情報セキュリティポリシーを改定し、全職員への研修と、外部機関による脆弱性診断を実施します。",
                    "情報政策課",
                ),
                M(
                    "市内事業者のデジタル化支援",
                    "市内中小企業のテレワーク導入やキャッシュレス化、ECサイト開設に要する経費の一部を補助します。",
                    "商工振興課",
                ),
                M(
                    "窓口業務の改善",
                    "窓口の混雑状況をホームページで発信するとともに、窓口の配置を見直し、市民の待ち時間を短縮します。",
                    "市民課",
                    note="あわせて、職員の多様な働き方を推進するため、テレワーク用端末を全課に配備し、"
                    "令和9年度までに職員の在宅勤務制度を導入します。",
                ),
                M(
                    "地域の光ファイバ整備",
                    "民間事業者の整備が及ばない山間地区について、国の補助制度を活用して光ファイバを整備します。",
                    "情報政策課",
                ),
            ],
        ),
        P(
            "デジタルデバイド対策",
            "年齢、障がいの有無、経済的な事情などにかかわらず、誰もがデジタルの恩恵を享受できるようにします。",
            [
                M("デジタル活用支援の推進", "携帯電話事業者と連携し、市内各地区でスマートフォン教室を開催します。", "情報政策課"),
                M(
                    "障がい者向け情報アクセシビリティの向上",
                    "市ホームページのウェブアクセシビリティ（JIS X 8341-3 適合レベルAA）を確保し、音声読み上げに"
                    "対応した情報発信を行います。",
                    "広報課",
                ),
            ],
        ),
    ],
    cov={
        "online": "covered",
        "opendata": "covered",
        "mynumber": "partial",
        "divide": "covered",
        "bpr": "covered",
        "standardization": "missing",
        "ai-rpa": "missing",
        "telework": "covered",
        "security": "covered",
        "community": "covered",
    },
    notes=[
        "HTML→PDF, two CSS columns, running header (plan title + chapter) and footer 「－ n －」 from @page margin boxes. Measures are labelled 「施策 3-4」 on one line with the title on the next line; the label 「施策 3-5」 falls at the foot of page 4 and its title 「地域の光ファイバ整備」 at the top of page 5, with the footer and header text in between.",
        "Footnote ※1 (glossary of BPR) is not a commitment; footnote ※2 is.",
        "The town's own テレワーク is committed only in footnote ※2 attached to 施策 3-4 「窓口業務の改善」 (テレワーク端末を全課に配備、在宅勤務制度を導入): covered. 施策 3-3 mentions テレワーク for 市内中小企業 only — that is community, not the town's telework.",
        "マイナンバーカード is only 「利活用について検討」: partial. 標準化 and AI・RPA are background only: missing.",
        "Previous plan 「美園市地域情報化計画（平成28年度～令和7年度）」 in 計画期間 is a distractor; 地方公共団体コード wraps after its label.",
    ],
)

# doc47 霧ヶ丘町 — Word .docx; headings typed 「２−３」 (full-width digits, U+2212); a real Word footnote carrying the
# only security commitment; a table nested in a table cell; Symbol U+F0B7 bullets; 「2026（令和8）年度」.
spec(
    id="doc47",
    town="霧ヶ丘町",
    pref="広島県",
    code5="34467",
    title="霧ヶ丘町DX推進計画",
    subtitle="～霧の里から、みんなにやさしいデジタル化～",
    period=(2026, 2030),
    policies=[
        P(
            "便利な行政サービスの提供",
            "町民の皆さんが、役場の開庁時間や場所にとらわれず行政サービスを利用できるようにします。",
            [
                M(
                    "電子申請の拡大",
                    "広島県と県内市町が共同で運用する電子申請システムを活用し、町民の利用が多い手続から順次オンライン化"
                    "します。子育て・介護関係の手続は、マイナポータルからの申請に対応します。",
                    "総務課",
                ),
                M(
                    "マイナンバーカードの普及と活用",
                    "出張申請受付や休日交付を行い、カードの取得を促進するとともに、図書館利用カードや避難所受付での活用を進めます。",
                    "町民課",
                ),
                M("コンビニ交付サービスの継続", "住民票の写し等のコンビニ交付サービスを継続し、利用方法を周知します。", "町民課"),
            ],
        ),
        P(
            "効率的な行政運営",
            "職員数が減少する中でも、行政サービスの水準を維持できる効率的な行政運営を目指します。",
            [
                M(
                    "基幹業務システムの標準化",
                    "住民記録、税、福祉等の基幹業務システムについて、ガバメントクラウド上の標準準拠システムへの移行を"
                    "完了させ、安定稼働を図ります。",
                    "総務課",
                ),
                M(
                    "AI・RPAの導入拡大",
                    "議事録作成へのAI音声認識の活用や、定型的な入力作業へのRPAの適用を進めます。",
                    "総務課",
                    note="あわせて、庁内ネットワークへの多要素認証を令和9年度までに導入し、情報セキュリティ対策を強化します。",
                ),
                M("業務改革（BPR）の推進", "窓口業務を中心に業務フローを可視化し、手順の見直しと様式の統一を行います。", "総務課"),
                M("多様な働き方の検討", "職員のテレワークについて、導入の効果や課題を整理し、実施に向けて検討します。", "総務課"),
            ],
        ),
        P(
            "誰一人取り残さないデジタル化",
            "デジタル機器に不慣れな方も、安心してデジタル化の恩恵を受けられるようにします。",
            [
                M(
                    "高齢者向けスマートフォン講座の開催",
                    "町内の各公民館で、高齢者を対象としたスマートフォン講座を開催します。",
                    "生涯学習課",
                ),
                M(
                    "デジタル相談窓口の設置",
                    "役場本庁舎に、スマートフォンやオンライン申請の操作について相談できる窓口を設置します。",
                    "総務課",
                ),
            ],
        ),
    ],
    cov={
        "online": "covered",
        "opendata": "missing",
        "mynumber": "covered",
        "divide": "covered",
        "bpr": "covered",
        "standardization": "covered",
        "ai-rpa": "covered",
        "telework": "partial",
        "security": "covered",
        "community": "missing",
    },
    notes=[
        "Word .docx (and doc47.pdf from LibreOffice). Measure headings are typed 「２−１」「２−３」 with full-width digits and U+2212; policy headings 「１」「２」「３」 likewise typed, not Word numbering.",
        "The only security commitment is a real Word footnote (w:footnoteReference) on 「２−２ AI・RPAの導入拡大」: 多要素認証を令和9年度までに導入 → security covered via footnote.",
        "施策一覧 table has a nested table in its cells (取組｜担当課). Background bullets are a Symbol U+F0B7 list.",
        "Period 「2026（令和8）年度から2030（令和12）年度まで」; the previous plan 「霧ヶ丘町情報化計画（2021（令和3）年度～2025（令和7）年度）」 is a distractor.",
        "テレワーク is only 検討: partial. オープンデータ and 地域社会のデジタル化 are background only: missing.",
    ],
)

# doc48 南郷谷町 — HTML with repeated header/footer divs per page; the measures are ONLY in the landscape 年次計画 table
# (取組｜概要｜担当課｜R8…R12 with ○/→); code wraps after its label.
spec(
    id="doc48",
    town="南郷谷町",
    pref="熊本県",
    code5="43446",
    title="南郷谷町デジタル化推進計画",
    subtitle="",
    period=(2026, 2030),
    policies=[
        P(
            "暮らしのデジタル化",
            "町民の暮らしに身近な手続やサービスを、スマートフォンからも利用できるようにしていきます。",
            [
                M("電子申請システムの導入", "熊本県電子申請共同システムを活用し、町の申請・届出をオンライン化", "総務課", "○→→→→"),
                M("マイナンバーカード申請サポート", "役場・支所での申請サポートと出張申請受付の実施", "住民課", "○→→→→"),
                M("罹災証明書のオンライン申請対応", "罹災証明書の発行申請をマイナポータルから可能にする", "総務課", "○→→→→"),
            ],
        ),
        P(
            "役場のデジタル化",
            "役場の情報システムを安全で効率的なものにし、限られた人員でも行政サービスを維持します。",
            [
                M("標準準拠システムへの円滑な移行", "基幹業務システムをガバメントクラウド上の標準準拠システムへ移行", "総務課", "○○→→→"),
                M("住民課におけるAI-OCRの試行", "住民課の届出書の読取りにAI-OCRを試行導入", "住民課", " ○○　　"),
                M("情報セキュリティ教育の徹底", "全職員への情報セキュリティ研修と標的型メール訓練を毎年度実施", "総務課", "○→→→→"),
            ],
        ),
        P(
            "地域のデジタル化",
            "中山間地域でも安心して暮らし続けられるよう、地域の通信基盤とデジタル活用を支えます。",
            [
                M("超高速ブロードバンドの維持", "町内全域の光ファイバ網を維持し、通信環境を確保", "企画課", "○→→→→"),
                M("スマート農業の導入支援", "ドローン・自動操舵トラクター等の導入経費を補助", "農林振興課", " ○→→→"),
                M("防災行政無線のデジタル化", "防災行政無線をデジタル化し、スマートフォンアプリでも配信", "総務課", "○○○　　"),
                M("デジタル活用支援員の配置", "役場・支所に支援員を配置し、スマートフォンの操作を支援", "住民課", "○→→→→"),
            ],
        ),
    ],
    cov={
        "online": "covered",
        "opendata": "missing",
        "mynumber": "covered",
        "divide": "covered",
        "bpr": "missing",
        "standardization": "covered",
        "ai-rpa": "partial",
        "telework": "missing",
        "security": "covered",
        "community": "covered",
    },
    notes=[
        "HTML→PDF with a header (plan title) and footer 「－ n －」 repeated as divs on every page. The body gives only the three 基本目標 with a lead; the ten measures are ONLY in the landscape 年次計画 page (取組｜概要｜担当課｜R8…R12, ○ = 実施, → = 継続), grouped by 基本目標 rows.",
        "地方公共団体コード wraps to the next line after its label (434469).",
        "AI-OCR is a trial in 住民課 only: partial. オープンデータ, BPR and テレワーク appear only in the background: missing.",
    ],
)

# doc49 白樺市 — Word .docx; each measure is a card in its own TEXT BOX (wps + VML fallback); each 基本方針 block is a
# content control (w:sdt); Wingdings U+F06C bullets.
spec(
    id="doc49",
    town="白樺市",
    pref="北海道",
    code5="01239",
    title="白樺市地域情報化計画",
    subtitle="",
    period=(2026, 2030),
    policies=[
        P(
            "市民の利便性向上",
            "市民の皆さんが、ライフイベントに応じた手続を迷わず、待たずに済ませられる市役所を目指します。",
            [
                M(
                    "オンライン手続の拡充",
                    "北海道電子自治体共同システムの電子申請サービスを活用し、市民や事業者の利用が多い申請・届出を、"
                    "令和10年度までにオンラインで受け付けます。",
                ),
                M("公金収納へのeLTAXの活用", "市税以外の公金についても、eLTAXを利用した電子納付に対応します。"),
                M("窓口DXの推進", "窓口の予約制と番号発券システムを導入し、申請書の記入を職員が支援する窓口へ見直します。"),
            ],
        ),
        P(
            "行政の効率化",
            "デジタル技術を最大限活用し、職員が本来注力すべき業務に時間を振り向けます。",
            [
                M("基幹系20業務の標準化", "基幹系20業務のシステムを標準準拠システムへ移行し、ガバメントクラウドで運用します。"),
                M("生成AIの活用", "生成AIの利用環境を全庁に整備し、文書作成や要約に活用します。"),
                M("RPAの対象業務拡大", "RPAの対象業務を拡大し、年間2,000時間以上の作業時間削減を目指します。"),
                M("テレワーク環境の整備", "全職員が在宅勤務やサテライトオフィス勤務を行える環境を整備します。"),
                M("業務改革（BPR）の推進", "業務量調査を踏まえ、業務フローの見直しを全庁で実施します。"),
                M("情報セキュリティ対策の強化", "情報セキュリティポリシーを改定し、インシデント対応訓練を毎年度行います。"),
                M("オープンデータの充実", "推奨データセットを中心にオープンデータを拡充し、市ホームページで公開します。"),
            ],
        ),
        P(
            "誰一人取り残さないデジタル化",
            "デジタルに不慣れな方への配慮を、本計画全体を通じて大切にします。",
            [M("デジタルデバイド対策の検討", "高齢者等のデジタル機器の利用実態を把握し、効果的な支援策を検討します。")],
        ),
    ],
    cov={
        "online": "covered",
        "opendata": "covered",
        "mynumber": "missing",
        "divide": "partial",
        "bpr": "covered",
        "standardization": "covered",
        "ai-rpa": "covered",
        "telework": "covered",
        "security": "covered",
        "community": "missing",
    },
    notes=[
        "Word .docx (and doc49.pdf). Each measure is a separate floating text box (mc:AlternateContent: wps text box + VML v:textbox fallback duplicating the text); each 基本方針 block is a content control (w:sdt). Only the policy headings and leads are body paragraphs.",
        "Wingdings U+F06C bullets in 計画策定の背景.",
        "マイナンバーカード appears only in the background (national policy, 交付率): missing. 地域社会のデジタル化 (5G, スマート農業) only background: missing. Digital divide only 検討: partial.",
        "公金収納へのeLTAXの活用 and 窓口DX (書かない窓口 without the card) support online; they are not mynumber.",
    ],
)

# doc50 潮音町 — A4 landscape 概要版 (one page, three columns of boxes), period 2025–2029, code wraps after label.
spec(
    id="doc50",
    town="潮音町",
    pref="高知県",
    code5="39428",
    title="潮音町DX推進計画 概要版",
    subtitle="",
    period=(2025, 2029),
    policies=[
        P(
            "便利な行政サービス",
            "",
            [
                M("電子申請の拡大", "こうち電子申請サービスで受け付ける手続を拡大"),
                M("マイナンバーカードの普及促進", "休日窓口・出張受付でカード取得を支援"),
            ],
        ),
        P(
            "効率的な行政運営",
            "",
            [
                M("システム標準化への対応", "基幹業務システムを標準準拠システムへ移行"),
                M("情報セキュリティ対策", "職員研修と自己点検を毎年度実施"),
                M("業務プロセスの見直し", "窓口・庶務業務の手順を見直し、簡素化"),
            ],
        ),
        P(
            "地域とつながるデジタル化",
            "",
            [
                M("町民向けデジタル講座", "公民館でスマホ・タブレット講座を開催"),
                M("移住相談のオンライン化", "移住希望者とのオンライン面談を実施"),
                M("地域Wi-Fiの整備", "漁港・観光拠点に公衆無線LANを整備"),
                M("オープンデータ公開の検討", "町が保有するデータの公開方法を検討"),
            ],
        ),
    ],
    cov={
        "online": "covered",
        "opendata": "partial",
        "mynumber": "covered",
        "divide": "covered",
        "bpr": "covered",
        "standardization": "covered",
        "ai-rpa": "missing",
        "telework": "missing",
        "security": "covered",
        "community": "covered",
    },
    notes=[
        "One A4 landscape page (概要版) in three columns of boxes; the 背景 box names AI・RPA and テレワーク (national plan) and the アンケート box gives percentages: neither are measures.",
        "Period 令和7年度～令和11年度 (2025–2029); cover line 「令和７年３月」. 地方公共団体コード wraps to the next line after its label.",
        "オープンデータ is only 検討: partial. 移住相談のオンライン化 is online consultation, not an administrative procedure (community at most; community is covered by 地域Wi-Fi anyway).",
    ],
)

# doc51 桜川辺市 — HTML two-column; 「施策 1-1」 labels with the title on the next line; footnote-only open-data
# commitment; fixed header with title and footer; previous plan as distractor.
spec(
    id="doc51",
    town="桜川辺市",
    pref="福岡県",
    code5="40231",
    title="桜川辺市DX推進計画",
    subtitle="～市民とともに進める、しなやかなデジタル市役所～",
    period=(2026, 2030),
    policies=[
        P(
            "市民サービスのDX",
            "市民の視点に立って行政サービスを見直し、「行かない・書かない・待たない」市役所を実現します。",
            [
                M(
                    "行政手続のオンライン化",
                    "市の行政手続について、原則としてオンラインでの申請を可能とします。令和9年度までに、子育て・介護"
                    "関係の手続をマイナポータルから申請できるようにします。",
                    "DX推進課",
                ),
                M("子育て関係手続の電子化", "保育所の入所申込や各種助成の申請を電子化し、添付書類の省略を進めます。", "こども未来課"),
                M("マイナンバーカードの取得促進", "商業施設での出張申請受付や休日交付窓口を継続し、カードの取得を促進します。", "市民課"),
                M(
                    "マイナ保険証の利用促進",
                    "国民健康保険の被保険者に対し、マイナンバーカードの健康保険証利用登録を支援します。",
                    "保険年金課",
                ),
                M("市公式LINEの機能拡充", "市公式LINEから、粗大ごみの収集申込や施設予約ができるようにします。", "広報戦略課"),
            ],
        ),
        P(
            "行政のDX",
            "情報システムと業務のあり方を一体的に見直し、効率的で持続可能な行政運営を実現します。",
            [
                M("標準準拠システムへの移行", "基幹業務システムを標準準拠システムへ移行します。", "DX推進課"),
                M("ガバメントクラウドの活用", "標準準拠システムをガバメントクラウド上で運用し、運用経費の最適化を図ります。", "DX推進課"),
                M("AI活用の研究", "AIの行政事務への活用について、職員による研究会を設けて調査・研究を行います。", "DX推進課"),
                M("業務プロセス改革", "窓口業務、庶務事務など全庁共通の業務について、業務プロセスの見直しを行います。", "行政経営課"),
                M("ペーパーレス化の推進", "電子決裁率90％以上を目標に、電子決裁と会議資料の電子化を進めます。", "総務課"),
                M(
                    "情報セキュリティ対策の徹底",
                    "情報セキュリティポリシーの遵守状況を点検し、全職員研修と訓練を毎年度実施します。",
                    "DX推進課",
                ),
                M("デジタル人材の育成", "職員のデジタルスキル向上のため、階層別研修と外部講座の受講を支援します。", "人事課"),
            ],
        ),
        P(
            "データ活用とデジタル共生",
            "データに基づく政策立案と、誰もがデジタル化の恩恵を受けられる地域づくりを進めます。",
            [
                M(
                    "統計データの可視化",
                    "人口や財政などの統計データをグラフや地図で分かりやすく可視化し、市ホームページで提供します。",
                    "企画課",
                    note="可視化に用いたデータは、機械判読に適した形式のオープンデータとして、二次利用可能なライセンスで公開します。",
                ),
                M("デジタル活用支援の推進", "市内の公民館等で、スマートフォン相談会を定期的に開催します。", "DX推進課"),
                M("庁内データ連携基盤の整備", "各課が保有するデータを連携・活用できる庁内データ連携基盤を整備します。", "DX推進課"),
                M("EBPMの推進", "データ分析に基づく政策立案（EBPM）を推進し、事業評価に活用します。", "企画課"),
            ],
        ),
    ],
    cov={
        "online": "covered",
        "opendata": "covered",
        "mynumber": "covered",
        "divide": "covered",
        "bpr": "covered",
        "standardization": "covered",
        "ai-rpa": "partial",
        "telework": "missing",
        "security": "covered",
        "community": "missing",
    },
    notes=[
        "HTML→PDF, two CSS columns. Running header (plan title + period) and running footer (課名) are a repeated <thead>/<tfoot> of a wrapping table; the page number 「－ n －」 comes from an @page margin box. Measures labelled 「施策 2-3」 on one line, title on the next; in pdftotext order the 所管 line of one measure often falls between the next label and its title, and 「施策 2-7」 is split from its title by a page break.",
        "Footnote ※1 (マイナ保険証 glossary) is not a commitment.",
        "オープンデータ is committed only in footnote ※2 attached to 施策 3-1 「統計データの可視化」: covered via footnote.",
        "AI is only 調査・研究: partial. テレワーク and 地域社会のデジタル化 (5G, スマートシティ) are background only: missing.",
        "Previous plan 「桜川辺市情報化推進計画（令和3年度～令和7年度）」 is a distractor; 「デジタル人材の育成」 is a measure though it maps to no item.",
    ],
)


# ----------------------------------------------------------------------------------------------
# Word (.docx) helpers: python-docx + raw OOXML
# ----------------------------------------------------------------------------------------------
from html import escape as _esc  # noqa: E402

MINCHO = "游明朝"
GOTHIC = "游ゴシック"
SYMBOL_BULLET = ("\uf0b7", "Symbol")
WINGDINGS_BULLET = ("\uf06c", "Wingdings")


def x(s):
    return _esc(s, quote=False)


def _docx():
    import docx  # noqa: F401
    from docx import Document
    from docx.shared import Mm

    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin, sec.bottom_margin = Mm(25), Mm(22)
    st = d.styles["Normal"]
    st.font.name = MINCHO
    st.font.size = __import__("docx").shared.Pt(10.5)
    rpr = st.element.get_or_add_rPr()
    rpr.rFonts.set(__import__("docx").oxml.ns.qn("w:eastAsia"), MINCHO)
    return d


def add_bullet_numbering(d, bullet, abstract_id, num_id):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    char, font = bullet
    numbering = d.part.numbering_part.element
    abs_xml = (
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        f'<w:nsid w:val="{0x3A000000 + abstract_id:08X}"/><w:multiLevelType w:val="hybridMultilevel"/>'
        f'<w:tmpl w:val="{0x5B000000 + abstract_id:08X}"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
        f'<w:lvlText w:val="{char}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr>'
        f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/></w:rPr></w:lvl>'
        f'<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
        f'<w:lvlText w:val="{char}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="840" w:hanging="420"/></w:pPr>'
        f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/></w:rPr></w:lvl>'
        f"</w:abstractNum>"
    )
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(parse_xml(abs_xml))
    else:
        numbering.append(parse_xml(abs_xml))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'))
    return num_id


def set_num(p, num_id, ilvl=0):
    numPr = p._p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = ilvl
    numPr.get_or_add_numId().val = num_id


def add_p(
    d,
    text="",
    *,
    size=10.5,
    bold=False,
    font=None,
    align=None,
    after=4,
    before=0,
    num=None,
    indent_mm=None,
    first_mm=None,
    color=None,
    page_break_before=False,
    style=None,
):
    from docx.shared import Pt, Mm, RGBColor
    from docx.oxml.ns import qn
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        f = font or (GOTHIC if bold else MINCHO)
        r.font.name = f
        r._r.get_or_add_rPr().rFonts.set(qn("w:eastAsia"), f)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    pf = p.paragraph_format
    pf.space_after = Pt(after)
    pf.space_before = Pt(before)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent_mm is not None:
        pf.left_indent = Mm(indent_mm)
    if first_mm is not None:
        pf.first_line_indent = Mm(first_mm)
    if page_break_before:
        pf.page_break_before = True
    if num is not None:
        set_num(p, num)
    return p


def add_run(p, text, *, size=10.5, bold=False, font=None, superscript=False):
    from docx.shared import Pt
    from docx.oxml.ns import qn

    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    f = font or (GOTHIC if bold else MINCHO)
    r.font.name = f
    r._r.get_or_add_rPr().rFonts.set(qn("w:eastAsia"), f)
    if superscript:
        r.font.superscript = True
    return r


def page_break(d):
    from docx.enum.text import WD_BREAK

    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def header_footer(d, title, footer_fmt="－ {PAGE} －", first_page_blank=True):
    """Running header (plan title) and a footer with a PAGE field; the cover page has none."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    sec = d.sections[0]
    sec.different_first_page_header_footer = first_page_blank
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run(title)
    r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pre, post = footer_fmt.split("{PAGE}")
    fp.add_run(pre)
    fp._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    fp._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve">{x(post)}</w:t></w:r>'))


W_NSDECL = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
)


def xr(text, *, size=None, bold=False, font=None, color=None):
    """raw w:r"""
    f = font or (GOTHIC if bold else MINCHO)
    rpr = f'<w:rFonts w:ascii="{f}" w:eastAsia="{f}" w:hAnsi="{f}"/>'
    if bold:
        rpr += "<w:b/>"
    if color:
        rpr += f'<w:color w:val="{color}"/>'
    if size:
        rpr += f'<w:sz w:val="{int(size * 2)}"/><w:szCs w:val="{int(size * 2)}"/>'
    return f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{x(text)}</w:t></w:r>'


def xp(
    text="", *, size=None, bold=False, font=None, num=None, ilvl=0, ind_left=None, after=60, color=None, align=None, runs=None, shd=None
):
    """raw w:p (used inside text boxes and content controls)"""
    ppr = ""
    if num is not None:
        ppr += f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr>'
    if shd:
        ppr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shd}"/>'
    ppr += f'<w:spacing w:before="0" w:after="{after}"/>'
    if ind_left is not None:
        ppr += f'<w:ind w:left="{ind_left}"/>'
    if align:
        ppr += f'<w:jc w:val="{align}"/>'
    body = runs if runs is not None else (xr(text, size=size, bold=bold, font=font, color=color) if text else "")
    return f"<w:p><w:pPr>{ppr}</w:pPr>{body}</w:p>"


_SHAPE_ID = [0]


def textbox_run(inner_paras_xml, *, width_mm=160, height_mm=40, fill="F3F7FB", line="2F5597", first=False):
    """A floating text box as Word 2010+ writes it: mc:AlternateContent with a wps text box (Choice) and a
    VML v:textbox (Fallback), both holding the same w:txbxContent."""
    _SHAPE_ID[0] += 1
    n = _SHAPE_ID[0]
    cx, cy = int(width_mm * 36000), int(height_mm * 36000)
    wpt, hpt = width_mm * 72 / 25.4, height_mm * 72 / 25.4
    shapetype = (
        (
            '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
            'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
            '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        )
        if first
        else ""
    )
    return (
        f'<w:r {W_NSDECL}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{251658240 + n}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0">'
        f'<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapTopAndBottom/><wp:docPr id="{100 + n}" name="テキスト ボックス {n}"/>'
        f"<wp:cNvGraphicFramePr/>"
        f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>'
        f'<a:ln w="12700"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{inner_paras_xml}</w:txbxContent></wps:txbx>"
        f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="108000" tIns="72000" rIns="108000" bIns="72000" '
        f'anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp>'
        f"</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict>{shapetype}"
        f'<v:shape id="テキスト ボックス {n}" o:spid="_x0000_s{1025 + n}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:0;margin-top:0;width:{wpt:.1f}pt;height:{hpt:.1f}pt;'
        f"z-index:{n};visibility:visible;mso-wrap-style:square;mso-wrap-distance-top:3.6pt;"
        f"mso-wrap-distance-bottom:3.6pt;mso-position-horizontal:absolute;mso-position-horizontal-relative:text;"
        f'mso-position-vertical:absolute;mso-position-vertical-relative:text" '
        f'fillcolor="#{fill.lower()}" strokecolor="#{line.lower()}" strokeweight="1pt">'
        f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{inner_paras_xml}</w:txbxContent></v:textbox>'
        f'<w10:wrap type="topAndBottom"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    )


def add_textbox(d, inner_paras_xml, **kw):
    from docx.oxml import parse_xml

    p = d.add_paragraph()
    p.paragraph_format.space_after = __import__("docx").shared.Pt(0)
    p._p.append(parse_xml(textbox_run(inner_paras_xml, **kw)))
    return p


_SDT_ID = [0]


def sdt_block(inner_xml, alias, tag):
    _SDT_ID[0] += 1
    return (
        f'<w:sdt {W_NSDECL}><w:sdtPr><w:alias w:val="{x(alias)}"/><w:tag w:val="{x(tag)}"/>'
        f'<w:id w:val="{-1800000000 + _SDT_ID[0] * 7919}"/><w:lock w:val="sdtLocked"/></w:sdtPr>'
        f"<w:sdtContent>{inner_xml}</w:sdtContent></w:sdt>"
    )


def sdt_run(text, alias, tag, **kw):
    _SDT_ID[0] += 1
    return (
        f'<w:sdt><w:sdtPr><w:alias w:val="{x(alias)}"/><w:tag w:val="{x(tag)}"/>'
        f'<w:id w:val="{-1700000000 + _SDT_ID[0] * 7919}"/><w:text/></w:sdtPr>'
        f"<w:sdtContent>{xr(text, **kw)}</w:sdtContent></w:sdt>"
    )


def add_raw_block(d, xml):
    """Append a raw block-level element (w:sdt, w:p …) at the end of the body (before w:sectPr)."""
    from docx.oxml import parse_xml

    p = d.add_paragraph()
    el = parse_xml(xml if xml.startswith("<w:sdt ") or "xmlns:w=" in xml.split(">", 1)[0] else xml.replace("<w:p>", f"<w:p {W_NSDECL}>", 1))
    p._p.addnext(el)
    p._p.getparent().remove(p._p)
    return el


def add_footnotes_part(d, notes):
    """notes: {id: text}. Adds word/footnotes.xml with separator footnotes and the given notes."""
    from docx.opc.constants import CONTENT_TYPE as CT, RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    body = (
        f"<w:footnotes {W_NSDECL}>"
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
        'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    )
    for fid, text in notes.items():
        body += (
            f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/>'
            f'<w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {x(text)}</w:t></w:r>'
            f"</w:p></w:footnote>"
        )
    body += "</w:footnotes>"
    part = Part(
        PackURI("/word/footnotes.xml"),
        CT.WML_FOOTNOTES,
        ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + body).encode("utf-8"),
        d.part.package,
    )
    d.part.relate_to(part, RT.FOOTNOTES)
    settings = d.settings.element
    fpr = parse_xml(f'<w:footnotePr {W_NSDECL}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>')
    compat = settings.find(qn("w:compat"))
    if compat is not None:
        compat.addprevious(fpr)
    else:
        settings.append(fpr)


def footnote_ref(p, fid):
    from docx.oxml import parse_xml

    p._p.append(parse_xml(f'<w:r {W_NSDECL}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{fid}"/></w:r>'))


def cell_text(cell, text, *, bold=False, size=9.5, shade=None, align=None):
    from docx.shared import Pt
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    p = cell.paragraphs[0]
    if text:
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        f = GOTHIC if bold else MINCHO
        r.font.name = f
        r._r.get_or_add_rPr().rFonts.set(qn("w:eastAsia"), f)
    p.paragraph_format.space_after = Pt(0)
    if align == "center":
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if shade:
        cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{shade}"/>'))
    return p


def set_col_widths(tbl, widths_mm):
    """Fix column widths (tblGrid + every cell), as Word writes them, so LibreOffice lays the table out the same."""
    from docx.shared import Mm
    from docx.oxml.ns import qn
    tbl.autofit = False
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in tbl.rows:
        for c, w in zip(row.cells, widths_mm):
            c.width = Mm(w)


def docx_to_pdf(docx_path):
    outdir = os.path.dirname(docx_path)
    prof = tempfile.mkdtemp(prefix="lo_profile_")
    try:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf", "--outdir", outdir, docx_path],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=300,
        )
    finally:
        shutil.rmtree(prof, ignore_errors=True)


def cover_docx(d, spec, date_line, *, org_line=None):
    for _ in range(7):
        add_p(d, "")
    if spec.get("subtitle"):
        add_p(d, spec["subtitle"], size=13, align="center", after=12)
    add_p(d, spec["title"], size=26, bold=True, align="center", after=40)
    for _ in range(8):
        add_p(d, "")
    add_p(d, date_line, size=16, align="center", after=8)
    add_p(d, org_line or spec["town"], size=20, bold=True, align="center")
    page_break(d)


def heading(d, text, level=1, page_break_before=False):
    size = {1: 15, 2: 12.5, 3: 11}[level]
    return add_p(
        d,
        text,
        size=size,
        bold=True,
        before=10 if level == 1 else 6,
        after=6,
        page_break_before=page_break_before,
        color="1F3864" if level == 1 else None,
    )


def body(d, text):
    return add_p(d, text, first_mm=3.7, after=4)


# ----------------------------------------------------------------------------------------------
# Word documents
# ----------------------------------------------------------------------------------------------
def _lines(s, per=40):
    return max(1, -(-len(s) // per))


def build_doc42(spec):
    d = _docx()
    num = add_bullet_numbering(d, SYMBOL_BULLET, 20, 20)
    header_footer(d, spec["title"], "- {PAGE} -")
    cover_docx(d, spec, "令和７年３月")
    heading(d, "目　次")
    for t in ["第1章　計画の基本的事項", "第2章　計画策定の背景", "第3章　基本方針と主な取組", "第4章　計画の推進体制"]:
        add_p(d, t, indent_mm=8, after=6)
    page_break(d)

    heading(d, "第1章　計画の基本的事項")
    heading(d, "1　計画策定の趣旨", 2)
    body(
        d,
        "本市では、これまで「鷹森市情報化推進計画」に基づき、電子申請や公共施設予約システムの導入、庁内ネットワーク"
        "の整備などに取り組んできました。一方で、人口減少と少子高齢化が進む中、限られた経営資源で行政サービスの質を"
        "維持・向上させていくためには、デジタル技術を活用して行政のあり方そのものを変革していくことが不可欠です。",
    )
    body(
        d,
        "こうした状況を踏まえ、市民の利便性の向上と行政運営の効率化を一体的に進めるため、「鷹森市デジタル・"
        "トランスフォーメーション推進計画」を策定します。",
    )
    heading(d, "2　計画の位置づけ", 2)
    body(
        d,
        "本計画は、「第2次鷹森市総合計画」を上位計画とし、官民データ活用推進基本法第9条第3項に基づく「市町村官民"
        "データ活用推進計画」として位置づけます。",
    )
    add_p(d, f"策定主体：岩手県鷹森市（地方公共団体コード {spec['code']}）", indent_mm=4, after=6)
    heading(d, "3　計画期間", 2)
    body(
        d,
        "本計画の計画期間は、令和7年度（2025年度）から令和11年度（2029年度）までの5年間とします。なお、国の動向や"
        "技術の進展を踏まえ、必要に応じて見直しを行います。",
    )

    heading(d, "第2章　計画策定の背景", page_break_before=True)
    heading(d, "1　国の動向", 2)
    body(d, "国では、デジタル社会の実現に向けて、次のような取組が進められています。")
    for t in [
        "官民データ活用推進基本法の施行（平成28年12月）：行政手続のオンライン化原則、オープンデータの推進、"
        "マイナンバーカードの普及・活用、デジタルデバイド対策、業務の見直し（BPR）",
        "自治体DX推進計画の策定（令和2年12月）：情報システムの標準化・共通化、AI・RPAの利用推進、"
        "テレワークの推進、セキュリティ対策の徹底など",
        BG_STD,
        BG_OD,
        BG_CM,
    ]:
        add_p(d, t, num=num, after=3)
    heading(d, "2　本市の現状と課題", 2)
    body(
        d,
        "本市の人口は令和6年10月1日現在で68,214人であり、10年前と比べて約7％減少しています。令和6年度に実施した"
        "市民アンケートでは、「市役所の手続をスマートフォンで済ませたい」と回答した方が64.8％に上る一方、"
        "70歳以上の方の31.2％が「インターネットを利用していない」と回答しています。",
    )
    body(d, "庁内では、職員数がこの10年間で約5％減少する中、業務量は増加傾向にあり、定型的な事務処理に多くの時間が割かれています。")

    heading(d, "第3章　基本方針と主な取組", page_break_before=True)
    body(
        d, "本計画では、目指す姿「市民に寄り添い、ともに未来をひらくデジタル鷹森」の実現に向けて、次の3つの基本方針を定め、取組を進めます。"
    )
    first = True
    for i, pol in enumerate(spec["policies"], 1):
        heading(d, f"基本方針{fw(i)}　{pol['title']}", 2)
        body(d, pol["lead"])
        inner = xp("主な取組", bold=True, size=11, color="2F5597", after=80)
        lines = 2
        for m in pol["measures"]:
            inner += xp(m["title"], bold=True, size=10.5, num=num, after=20)
            inner += xp(m["desc"], size=9.5, ind_left=420, after=80)
            inner += xp("", size=9.5, ind_left=420, after=0, runs=xr(f"（担当：{m['dept']}）", size=8.5, color="595959"))
            lines += 2 + _lines(m["desc"], 44)
        add_textbox(d, inner, width_mm=164, height_mm=8 + lines * 5.6, first=first)
        first = False
        add_p(d, "", after=6)

    heading(d, "第4章　計画の推進体制", page_break_before=True)
    body(
        d,
        "本計画の推進にあたっては、副市長を最高情報責任者（CIO）とし、市長を本部長とする「鷹森市DX推進本部」の"
        "もと、全庁横断的に取組を進めます。また、外部の専門人材をCIO補佐官として任用し、技術的な助言を受けます。",
    )
    body(d, "取組の進捗状況は毎年度DX推進本部において点検・評価し、PDCAサイクルにより改善を図ります。")
    path = os.path.join(HERE, "doc42.docx")
    d.save(path)
    return path


def build_doc43(spec):
    d = _docx()
    num = add_bullet_numbering(d, WINGDINGS_BULLET, 21, 21)
    header_footer(d, spec["title"], "－ {PAGE} －")
    cover_docx(d, spec, "令和８年３月", org_line="長野県　川端村")
    heading(d, "目　次")
    for t in ["第1章　計画の策定にあたって", "第2章　計画策定の背景", "第3章　施策の体系", "第4章　施策の内容", "第5章　計画の推進"]:
        add_p(d, t, indent_mm=8, after=6)
    page_break(d)

    heading(d, "第1章　計画の策定にあたって")
    heading(d, "1　計画策定の趣旨", 2)
    body(
        d,
        "本村では、平成27年度に「川端村情報化推進計画」を、令和3年3月に「第2次川端村情報化推進計画」を策定し、"
        "光ファイバ網の整備や行政情報システムのクラウド化などを進めてきました。",
    )
    body(d, "第2次計画の期間が終了することから、これまでの取組の成果と課題、国の動向を踏まえ、「第3次川端村情報化推進計画」を策定します。")
    heading(d, "2　計画の位置づけ", 2)
    body(
        d,
        "本計画は「第6次川端村総合計画」の分野別計画であり、官民データ活用推進基本法第9条第3項に規定する「市町村"
        "官民データ活用推進計画」を兼ねるものです。",
    )
    add_p(d, f"（計画策定団体：長野県川端村　団体コード：{spec['code']}）", indent_mm=4, after=6)
    heading(d, "3　計画期間", 2)
    body(d, "第2次計画の計画期間は令和3年度から令和7年度まででした。本計画の計画期間は、令和8年度から令和12年度までの5年間とします。")

    heading(d, "第2章　計画策定の背景", page_break_before=True)
    heading(d, "1　国・県の動向", 2)
    for t in [
        BG_KANMIN,
        BG_DX,
        BG_AI,
        BG_OD,
        "長野県では「長野県DX推進計画」に基づき、県と市町村が共同でシステムの調達・運用を行う取組が進められています。",
    ]:
        add_p(d, t, num=num, after=3)
    heading(d, "2　村の現状", 2)
    body(
        d,
        "本村の人口は令和7年4月1日現在3,412人、高齢化率は41.2％に達しています。村内全域に光ファイバ網が整備されて"
        "いる一方、村民アンケート（令和6年度）では、60歳以上の方の約4割が「スマートフォンの操作に不安がある」と回答"
        "しています。",
    )
    for t in [
        "スマートフォン保有率：全体78.5％、70歳以上52.3％",
        "オンラインで手続をしたいと回答した割合：58.1％",
        "マイナンバーカード保有率（令和7年3月末）：76.4％",
    ]:
        add_p(d, t, num=num, after=2, size=9.5)

    heading(d, "第3章　施策の体系", page_break_before=True)
    body(d, "基本理念「ふるさとの暮らしを、デジタルでしなやかに支える村」のもと、3つの基本方針に沿って施策を展開します。")
    tbl = d.add_table(rows=1 + len(spec["policies"]), cols=2)
    tbl.style = "Table Grid"
    cell_text(tbl.cell(0, 0), "基本方針", bold=True, shade="D9E2F3", align="center")
    cell_text(tbl.cell(0, 1), "施策", bold=True, shade="D9E2F3", align="center")
    from docx.shared import Mm

    for i, pol in enumerate(spec["policies"], 1):
        c0 = tbl.cell(i, 0)
        cell_text(c0, f"{i}　{pol['title']}", bold=True)
        c1 = tbl.cell(i, 1)
        cell_text(c1, "")
        inner = c1.add_table(rows=1 + len(pol["measures"]), cols=2)
        inner.style = "Table Grid"
        set_col_widths(inner, [82, 30])
        cell_text(inner.cell(0, 0), "施策", bold=True, size=8.5, shade="F2F2F2")
        cell_text(inner.cell(0, 1), "担当課", bold=True, size=8.5, shade="F2F2F2")
        for j, m in enumerate(pol["measures"], 1):
            cell_text(inner.cell(j, 0), f"（{j}）{m['title']}", size=9)
            cell_text(inner.cell(j, 1), m["dept"], size=9)
        c1.add_paragraph()
    set_col_widths(tbl, [44, 122])

    heading(d, "第4章　施策の内容", page_break_before=True)
    for i, pol in enumerate(spec["policies"], 1):
        heading(d, f"基本方針{i}　{pol['title']}", 2)
        body(d, pol["lead"])
        for j, m in enumerate(pol["measures"], 1):
            title_p = xp(
                runs=xr(f"（{j}）", bold=True, size=11) + sdt_run(m["title"], "施策名", f"measure-title-{i}-{j}", bold=True, size=11),
                after=40,
            )
            desc_p = xp(m["desc"], size=10.5, ind_left=420, after=40)
            dept_p = xp(f"担当課：{m['dept']}", size=9, ind_left=420, after=120, color="595959")
            add_raw_block(d, sdt_block(title_p + desc_p + dept_p, "施策", f"measure-{i}-{j}"))

    heading(d, "第5章　計画の推進", page_break_before=True)
    heading(d, "1　推進体制", 2)
    body(
        d,
        "副村長を情報化推進の責任者（CIO）とし、各課長で構成する「川端村情報化推進委員会」において、施策の進捗管理と"
        "調整を行います。専門的な知見が必要な事項については、長野県や県内市町村と構成する協議会の助言を受けます。",
    )
    heading(d, "2　進行管理", 2)
    body(d, "施策の実施状況は毎年度委員会で点検し、その結果を村ホームページで公表します。")
    path = os.path.join(HERE, "doc43.docx")
    d.save(path)
    return path


def build_doc47(spec):
    d = _docx()
    num = add_bullet_numbering(d, SYMBOL_BULLET, 22, 22)
    header_footer(d, spec["title"], "－ {PAGE} －")
    cover_docx(d, spec, "令和８年３月", org_line="広島県　霧ヶ丘町")
    notes = {}

    heading(d, "第1章　計画の策定について")
    heading(d, "1　策定の趣旨", 2)
    body(
        d,
        "本町では、2021（令和3）年3月に「霧ヶ丘町情報化計画」を策定し、行政手続の電子化や庁内ネットワークの更新に"
        "取り組んできました。この間、国においてはデジタル庁が発足し、社会全体のデジタル化が急速に進んでいます。",
    )
    body(
        d,
        "本町においても、人口減少や職員数の減少が続く中で、町民サービスの維持・向上と効率的な行政運営を両立するため、"
        "デジタル技術の活用を一層進める必要があることから、「霧ヶ丘町DX推進計画」を策定します。",
    )
    heading(d, "2　計画の位置づけ", 2)
    body(
        d,
        "本計画は、「第2次霧ヶ丘町長期総合計画」の個別計画であり、官民データ活用推進基本法第9条第3項に基づく「市町村"
        "官民データ活用推進計画」として位置づけます。",
    )
    add_p(d, f"団体名：霧ヶ丘町（広島県）　地方公共団体コード：{spec['code']}", indent_mm=4, after=6)
    heading(d, "3　計画期間", 2)
    body(
        d,
        "前計画である「霧ヶ丘町情報化計画」の計画期間は2021（令和3）年度から2025（令和7）年度まででした。本計画の計画"
        "期間は、2026（令和8）年度から2030（令和12）年度までの5年間とします。",
    )

    heading(d, "第2章　計画策定の背景", page_break_before=True)
    heading(d, "1　国の動向", 2)
    for t in [BG_KANMIN, BG_DX, BG_OD, BG_CM, BG_TW]:
        add_p(d, t, num=num, after=3)
    heading(d, "2　町の現状", 2)
    body(
        d,
        "本町の人口は2025（令和7）年10月1日現在で8,905人です。2025（令和7）年度に実施した町民アンケートでは、次の"
        "ような結果が得られました。",
    )
    for t in [
        "「役場に行かずに手続ができるとよい」：67.3％",
        "「スマートフォンの使い方を教えてほしい」（70歳以上）：44.9％",
        "「町の情報をSNSで受け取りたい」：38.2％",
    ]:
        add_p(d, t, num=num, after=2, size=9.5)

    heading(d, "第3章　施策の展開", page_break_before=True)
    fid = 1
    for i, pol in enumerate(spec["policies"], 1):
        heading(d, f"{fw(i)}　{pol['title']}", 2)
        body(d, pol["lead"])
        for j, m in enumerate(pol["measures"], 1):
            add_p(d, f"{fw(i)}{MINUS}{fw(j)}　{m['title']}", bold=True, size=11, before=4, after=2)
            p = add_p(d, m["desc"], indent_mm=7, after=4)
            if m.get("fn"):
                notes[fid] = m["fn"]
                footnote_ref(p, fid)
                fid += 1
    heading(d, "4　施策一覧", 2)
    tbl = d.add_table(rows=1 + len(spec["policies"]), cols=2)
    tbl.style = "Table Grid"
    set_col_widths(tbl, [48, 118])
    cell_text(tbl.cell(0, 0), "基本施策", bold=True, shade="E2EFDA", align="center")
    cell_text(tbl.cell(0, 1), "取組", bold=True, shade="E2EFDA", align="center")
    for i, pol in enumerate(spec["policies"], 1):
        cell_text(tbl.cell(i, 0), f"{fw(i)}　{pol['title']}", bold=True)
        c1 = tbl.cell(i, 1)
        cell_text(c1, "")
        inner = c1.add_table(rows=len(pol["measures"]), cols=2)
        inner.style = "Table Grid"
        set_col_widths(inner, [82, 28])
        for j, m in enumerate(pol["measures"]):
            cell_text(inner.cell(j, 0), f"{fw(i)}{MINUS}{fw(j + 1)}　{m['title']}", size=9)
            cell_text(inner.cell(j, 1), m["dept"], size=9)
        c1.add_paragraph()

    heading(d, "第4章　計画の推進体制", page_break_before=True)
    body(
        d,
        "副町長を最高情報責任者（CIO）とし、CIOを本部長とする「霧ヶ丘町DX推進本部」において、計画の進捗管理と施策間の"
        "調整を行います。広島県が派遣するデジタル専門人材の助言を受けながら、各課のDX推進リーダーを中心に全庁で取り"
        "組みます。",
    )
    body(d, "計画の進捗状況は毎年度点検し、社会情勢の変化等を踏まえ必要に応じて計画を見直します。")
    add_footnotes_part(d, notes)
    path = os.path.join(HERE, "doc47.docx")
    d.save(path)
    return path


def build_doc49(spec):
    d = _docx()
    num = add_bullet_numbering(d, WINGDINGS_BULLET, 23, 23)
    header_footer(d, spec["title"], "{PAGE}")
    cover_docx(d, spec, "令和８年３月", org_line="白樺市")

    heading(d, "第1章　計画の概要")
    heading(d, "1　計画策定の趣旨", 2)
    body(
        d,
        "本市は、平成30年に「白樺市ICT推進方針」を定め、情報システムのクラウド化や電子申請の導入を進めてきました。"
        "デジタル技術が急速に進展するなか、市民サービスの向上と持続可能な行政運営を実現するため、これまでの取組を発展"
        "させ、「白樺市地域情報化計画」を策定します。",
    )
    heading(d, "2　計画の位置づけ", 2)
    body(
        d,
        "本計画は「白樺市まちづくり総合計画」の部門別計画であり、官民データ活用推進基本法第9条第3項に基づく「市町村"
        "官民データ活用推進計画」及び情報通信技術を活用した行政の推進等に関する法律に基づく情報システム整備計画を兼ねる"
        "ものとします。",
    )
    add_p(d, f"北海道白樺市　地方公共団体コード　{spec['code']}", indent_mm=4, after=6)
    heading(d, "3　計画期間", 2)
    body(d, "令和8年度から令和12年度までの5年間とします。")

    heading(d, "第2章　計画策定の背景", page_break_before=True)
    for t in [
        BG_DX,
        "マイナンバーカードの保有率は全国で約8割に達し、健康保険証としての利用が本格化するなど、カードを活用したサービスが拡大しています。",
        BG_CM,
        BG_STD,
        BG_VISION,
    ]:
        add_p(d, t, num=num, after=3)
    body(
        d,
        "本市の人口は令和7年9月末現在で33,560人です。令和6年度の市民意識調査では、行政のデジタル化に「期待する」と"
        "回答した方が71.4％でした。",
    )

    heading(d, "第3章　基本方針と施策", page_break_before=True)
    roman = ["Ⅰ", "Ⅱ", "Ⅲ"]
    first = True
    for i, pol in enumerate(spec["policies"]):
        inner = xp(f"基本方針{roman[i]}　{pol['title']}", bold=True, size=12.5, color="1F3864", after=80)
        inner += xp(pol["lead"], size=10.5, after=120)
        for m in pol["measures"]:
            card = xp(m["title"], bold=True, size=10.5, after=40, color="385623")
            card += xp(m["desc"], size=9.5, after=0)
            h = 8 + 5.2 * (1 + _lines(m["desc"], 46))
            inner += (
                f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr>'
                + textbox_run(card, width_mm=160, height_mm=h, fill="F6FAF2", line="70AD47", first=first).replace(
                    f"<w:r {W_NSDECL}>", "<w:r>", 1
                )
                + "</w:p>"
            )
            first = False
        add_raw_block(d, sdt_block(inner, "基本方針", f"policy-{i + 1}"))

    heading(d, "第4章　推進体制", page_break_before=True)
    body(
        d,
        "市長を本部長、副市長をCIOとする「白樺市デジタル推進本部」を設置し、全庁的な推進体制のもとで施策を進めます。"
        "各部にデジタル推進員を置き、部内の取組の進捗を把握します。",
    )
    tbl = d.add_table(rows=2, cols=2)
    tbl.style = "Table Grid"
    set_col_widths(tbl, [50, 116])
    cell_text(tbl.cell(0, 0), "組織", bold=True, shade="E2EFDA")
    cell_text(tbl.cell(0, 1), "役割", bold=True, shade="E2EFDA")
    cell_text(tbl.cell(1, 0), "デジタル推進本部")
    c = tbl.cell(1, 1)
    cell_text(c, "計画の進行管理、重要事項の決定")
    inner = c.add_table(rows=2, cols=2)
    inner.style = "Table Grid"
    set_col_widths(inner, [30, 50])
    cell_text(inner.cell(0, 0), "本部長", size=9)
    cell_text(inner.cell(0, 1), "市長", size=9)
    cell_text(inner.cell(1, 0), "CIO", size=9)
    cell_text(inner.cell(1, 1), "副市長", size=9)
    c.add_paragraph()
    path = os.path.join(HERE, "doc49.docx")
    d.save(path)
    return path


# ----------------------------------------------------------------------------------------------
# HTML → PDF (headless Chromium)
# ----------------------------------------------------------------------------------------------
def h(s):
    return _esc(s, quote=True)


BASE_CSS = """
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "Noto Serif CJK JP", "Noto Serif CJK", serif; font-size: 10.2pt; line-height: 1.65;
       color: #111; margin: 0; }
h1, h2, h3, h4, h5, .sans { font-family: "Noto Sans CJK JP", "Noto Sans CJK", sans-serif; }
h2 { font-size: 15pt; color: #1f3864; border-bottom: 2px solid #1f3864; padding-bottom: 2px; margin: 0 0 8px; }
h3 { font-size: 12pt; color: #1f3864; margin: 12px 0 6px; }
h4 { font-size: 10.8pt; margin: 10px 0 3px; }
p { margin: 0 0 6px; text-indent: 1em; text-align: justify; }
p.ni { text-indent: 0; }
table { border-collapse: collapse; }
td, th { border: 0.6pt solid #555; padding: 3px 5px; vertical-align: top; }
th { background: #dde6f3; font-family: "Noto Sans CJK JP", sans-serif; font-weight: 700; }
.brk { break-before: page; }
.dept { font-size: 8.5pt; color: #555; text-indent: 0; text-align: right; }
.fn { font-size: 8.2pt; line-height: 1.45; border-top: 0.5pt solid #777; margin-top: 6px; padding-top: 3px; }
.fn p { text-indent: -1.4em; padding-left: 1.4em; margin: 0 0 2px; }
"""


def html_page(title, css, body_html):
    return (
        f'<!DOCTYPE html>\n<html lang="ja">\n<head>\n<meta charset="utf-8">\n<title>{h(title)}</title>\n'
        f"<style>{BASE_CSS}{css}</style>\n</head>\n<body>\n{body_html}\n</body>\n</html>\n"
    )


def html_to_pdf(html_path, pdf_path):
    prof = tempfile.mkdtemp(prefix="chromium_profile_")
    try:
        subprocess.run(
            [
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-pdf-header-footer",
                f"--user-data-dir={prof}",
                f"--print-to-pdf={pdf_path}",
                "file://" + html_path,
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=300,
        )
    finally:
        shutil.rmtree(prof, ignore_errors=True)


def write_html(doc_id, title, css, body_html):
    path = os.path.join(HERE, doc_id + ".html")
    with open(path, "w", encoding="utf-8") as f:
        f.write(html_page(title, css, body_html))
    return path


def cover_html(spec, date_line, org_line=None, extra=""):
    sub = f'<div class="cv-sub">{h(spec["subtitle"])}</div>' if spec.get("subtitle") else ""
    return (
        f'<section class="cover">{extra}{sub}<div class="cv-title">{h(spec["title"])}</div>'
        f'<div class="cv-date">{h(date_line)}</div><div class="cv-org">{h(org_line or spec["town"])}</div>'
        f"</section>"
    )


COVER_CSS = """
.cover { page: cover; height: 250mm; text-align: center; position: relative; }
.cv-sub { padding-top: 70mm; font-size: 13pt; color: #333; }
.cv-title { font-family: "Noto Sans CJK JP", sans-serif; font-weight: 700; font-size: 27pt; color: #1f3864;
            margin-top: 10mm; letter-spacing: 0.05em; }
.cover .cv-title:first-child { margin-top: 80mm; }
.cv-date { position: absolute; bottom: 40mm; left: 0; right: 0; font-size: 15pt; }
.cv-org { position: absolute; bottom: 22mm; left: 0; right: 0; font-size: 19pt; font-weight: 700;
          font-family: "Noto Sans CJK JP", sans-serif; }
"""


def bg_paras(*paras):
    return "".join(f"<p>{h(t)}</p>" for t in paras)


def build_doc41(spec):
    css = (
        COVER_CSS
        + """
@page { size: A4; margin: 24mm 17mm 20mm 17mm;
  @top-left { content: "汐見町DX推進計画"; font-size: 8pt; color: #555; vertical-align: bottom;
              font-family: "Noto Sans CJK JP", sans-serif; padding-bottom: 3mm; }
  @top-right { content: "令和8年度～令和12年度"; font-size: 8pt; color: #555; vertical-align: bottom;
               font-family: "Noto Sans CJK JP", sans-serif; padding-bottom: 3mm; }
  @bottom-center { content: "－ " counter(page) " －"; font-size: 9pt; } }
@page cover { @top-left { content: none; } @top-right { content: none; } @bottom-center { content: none; } }
@page land { size: A4 landscape; margin: 18mm 14mm 15mm 14mm;
  @top-left { content: "汐見町DX推進計画"; font-size: 8pt; color: #555; vertical-align: bottom; padding-bottom: 2mm; }
  @bottom-center { content: "－ " counter(page) " －"; font-size: 9pt; } }
.cols { column-count: 2; column-gap: 9mm; column-rule: 0.4pt solid #bbb; }
.cols h3 { break-after: avoid; }
.cols h4 { break-after: avoid; color: #0b4f6c; }
.land { page: land; }
.land table { width: 100%; font-size: 8.6pt; line-height: 1.4; }
.land td.m { text-align: center; font-family: "Noto Sans CJK JP", sans-serif; width: 11mm; }
.land td.grp { background: #eef3f9; font-weight: 700; font-family: "Noto Sans CJK JP", sans-serif; }
.box { border: 1pt solid #1f3864; padding: 5px 8px; margin: 6px 0 10px; break-inside: avoid; }
.box table { width: 100%; font-size: 9pt; }
.box td:first-child { width: 28mm; background: #eef3f9; }
.toc p { text-indent: 0; margin: 0 0 10px; font-size: 11pt; }
.timeline td { font-size: 8pt; text-align: center; padding: 2px; }
.timeline .on { background: #c9daf0; }
.timeline .old { background: #e7e6e6; }
.legend { font-size: 8.5pt; text-indent: 0; }
"""
    )
    t = spec["title"]
    code = spec["code"]
    B = []
    B.append(cover_html(spec, "令和８年３月", "青森県　汐見町"))
    B.append(
        '<section class="brk toc"><h2>目　次</h2>'
        "<p>Ⅰ　計画の策定にあたって</p><p>Ⅱ　計画策定の背景</p><p>Ⅲ　施策の展開</p>"
        f'<p style="padding-left:2em">Ⅲ{MINUS}４　工程表</p><p>Ⅳ　計画の推進体制</p></section>'
    )
    # chapter I
    B.append('<section class="brk"><h2>Ⅰ　計画の策定にあたって</h2><div class="cols">')
    B.append("<h3>１　策定の趣旨</h3>")
    B.append(
        bg_paras(
            "本町は、陸奥湾に面した漁業と観光のまちとして発展してきましたが、人口減少と高齢化が進み、令和7年10月1日"
            "現在の人口は10,842人、高齢化率は38.6％となっています。",
            "こうした中で、町民サービスの水準を維持しながら、限られた職員で効率的に行政を運営していくためには、デジタル"
            "技術を積極的に活用し、行政サービスと業務のあり方を見直すことが欠かせません。",
            "このため、これまでの情報化の取組を引き継ぎ、発展させるものとして「汐見町DX推進計画」を策定し、町民・事業者・"
            "行政が一体となって、誰もがデジタル化の恩恵を実感できるまちづくりを進めます。",
        )
    )
    B.append("<h3>２　計画の位置づけ</h3>")
    B.append(
        bg_paras(
            "本計画は、「第6次汐見町総合計画」を上位計画とするデジタル分野の個別計画です。また、官民データ活用推進基本法"
            "第9条第3項に基づく「市町村官民データ活用推進計画」として位置づけます。"
        )
    )
    B.append(
        '<div class="box"><table>'
        f"<tr><td>計画の名称</td><td>{h(t)}</td></tr>"
        f"<tr><td>策定団体</td><td>青森県汐見町（地方公共団体コード：<br>{code}）</td></tr>"
        "<tr><td>計画期間</td><td>令和8年度～令和12年度</td></tr></table></div>"
    )
    B.append("<h3>３　計画期間</h3>")
    B.append(
        bg_paras(
            "前計画である「汐見町情報化推進計画」は、令和3年度から令和7年度までを計画期間としていました。",
            "本計画の計画期間は、令和8年度から令和12年度までの5年間とします。ただし、国の動向や技術の進展などを踏まえ、"
            "必要に応じて見直しを行います。",
        )
    )
    yrs = ["R3", "R4", "R5", "R6", "R7", "R8", "R9", "R10", "R11", "R12"]
    B.append(
        '<table class="timeline" style="width:100%"><tr>' + "".join(f"<td>{y}</td>" for y in yrs) + "</tr>"
        '<tr><td class="old" colspan="5">汐見町情報化推進計画</td><td class="on" colspan="5">本計画</td></tr>'
        "</table>"
    )
    B.append("</div></section>")
    # chapter II
    B.append('<section class="brk"><h2>Ⅱ　計画策定の背景</h2><div class="cols">')
    B.append("<h3>１　国の動向</h3>")
    B.append(bg_paras(BG_KANMIN, BG_DX, BG_TW, BG_SEC, BG_VISION))
    B.append("<h3>２　町の現状</h3>")
    B.append(
        bg_paras(
            "本町では、平成29年度に庁内ネットワークをマイナンバー利用事務系、LGWAN接続系、インターネット接続系の三つに"
            "分離する対策を実施しました。また、令和2年度には町ホームページを全面的にリニューアルしています。",
            "令和7年度に実施した町民アンケートでは、「役場の手続をスマートフォンで済ませたい」と回答した方が62.4％に上る"
            "一方で、70歳以上の方の35.8％が「スマートフォンを持っていない」と回答しており、デジタル化を進めるにあたっては、"
            "機器の操作に不安のある方への配慮が必要です。",
            "職員数は10年前と比べて約8％減少しており、窓口業務や内部事務の負担は年々大きくなっています。",
        )
    )
    B.append("</div></section>")
    # chapter III
    B.append('<section class="brk"><h2>Ⅲ　施策の展開</h2>')
    B.append(
        "<p>基本理念「海とひとがつながる、やさしいデジタルのまち　汐見」の実現に向けて、次の3つの基本方針のもとで"
        '施策を展開します。</p><div class="cols">'
    )
    for i, pol in enumerate(spec["policies"], 1):
        B.append(f"<h3>{pol['label']}　基本方針{fw(i)}　{h(pol['title'])}</h3><p>{h(pol['lead'])}</p>")
        for j, m in enumerate(pol["measures"], 1):
            B.append(f'<h4>{pol["label"]}{MINUS}({j})　{h(m["title"])}</h4><p>{h(m["desc"])}</p><p class="dept">担当：{h(m["dept"])}</p>')
    B.append("</div></section>")
    # landscape 工程表
    rows = []
    for i, pol in enumerate(spec["policies"], 1):
        rows.append(f'<tr><td class="grp" colspan="8">基本方針{fw(i)}　{h(pol["title"])}</td></tr>')
        for j, m in enumerate(pol["measures"], 1):
            first_sentence = m["desc"].split("。")[0] + "。"
            marks = "".join(f'<td class="m">{c if c.strip() else ""}</td>' for c in m["marks"].ljust(5))
            rows.append(f"<tr><td>{h(m['title'])}</td><td>{h(first_sentence)}</td><td>{h(m['dept'])}</td>{marks}</tr>")
    B.append(
        f'<section class="land"><h2>Ⅲ{MINUS}４　工程表</h2>'
        '<p class="legend">○：実施・導入　→：継続・拡充</p>'
        '<table><tr><th style="width:48mm">取組</th><th>概要</th><th style="width:30mm">担当課</th>'
        "<th>R8</th><th>R9</th><th>R10</th><th>R11</th><th>R12</th></tr>" + "".join(rows) + "</table></section>"
    )
    # chapter IV
    B.append('<section class="brk"><h2>Ⅳ　計画の推進体制</h2><div class="cols">')
    B.append("<h3>１　推進体制</h3>")
    B.append(
        bg_paras(
            "本計画を全庁的に推進するため、副町長を最高情報責任者（CIO）とし、町長を本部長とする「汐見町DX推進本部」を設置"
            "します。推進本部のもとに各課の主査級職員で構成する「DX推進ワーキンググループ」を置き、具体的な取組の検討と"
            "調整を行います。",
            "また、青森県や県内市町村、民間事業者との連携を図るとともに、外部のデジタル専門人材をCIO補佐官として任用し、"
            "技術的な助言を受けます。",
        )
    )
    B.append("<h3>２　進行管理</h3>")
    B.append(
        bg_paras(
            "各取組の進捗状況は、毎年度、推進本部において点検・評価し、その結果を町ホームページで公表します。評価結果を"
            "踏まえて取組の見直しを行い、PDCAサイクルによる継続的な改善を図ります。"
        )
    )
    B.append("</div></section>")
    path = write_html(spec["id"], t, css, "\n".join(B))
    html_to_pdf(path, os.path.join(HERE, spec["id"] + ".pdf"))
    return path


def build_doc44(spec):
    css = (
        COVER_CSS
        + """
@page { size: A4; margin: 22mm 20mm 20mm 20mm;
  @top-center { content: "若葉台市DX推進計画"; font-size: 8pt; color: #666; vertical-align: bottom; padding-bottom: 3mm;
                border-bottom: 0.5pt solid #999; }
  @bottom-center { content: counter(page) " / " counter(pages); font-size: 9pt; } }
@page cover { @top-center { content: none; border: none; } @bottom-center { content: none; } }
.list { width: 100%; font-size: 8.8pt; line-height: 1.45; }
.list td.no { text-align: center; width: 9mm; }
.list thead th { background: #e2efda; }
.policy { border-left: 5pt solid #548235; padding: 2px 0 2px 8px; margin: 10px 0 8px; }
.policy h3 { margin: 0 0 4px; color: #385623; }
.gl dt { font-family: "Noto Sans CJK JP", sans-serif; font-weight: 700; font-size: 9.5pt; }
.gl dd { margin: 0 0 6px 1.5em; font-size: 9.2pt; }
.survey td { font-size: 9pt; }
"""
    )
    B = [cover_html(spec, "2026（令和８）年３月", "若葉台市")]
    B.append(
        '<section class="brk"><h2>目次</h2>'
        '<p class="ni">第1章　計画の策定にあたって</p><p class="ni">第2章　計画策定の背景</p>'
        '<p class="ni">第3章　めざす姿</p><p class="ni">第4章　基本方針</p><p class="ni">第5章　計画の推進</p>'
        '<p class="ni">資料編　事業一覧／用語解説</p></section>'
    )
    B.append('<section class="brk"><h2>第1章　計画の策定にあたって</h2>')
    B.append("<h3>1　計画策定の趣旨</h3>")
    B.append(
        bg_paras(
            "本市は、首都圏のベッドタウンとして発展してきましたが、今後は人口減少局面に入ることが見込まれています。市民の"
            "ライフスタイルや価値観が多様化する中で、市民一人ひとりに寄り添った行政サービスを提供し続けるためには、デジタル"
            "技術とデータを最大限に活用し、行政サービスと行政運営のあり方を変革していく必要があります。",
            "このため、2021（令和3）年3月に策定した「若葉台市ICT推進計画」の成果と課題を踏まえ、本市のDXを総合的かつ計画的"
            "に推進するための指針として「若葉台市DX推進計画」を策定します。",
        )
    )
    B.append("<h3>2　計画の位置づけ</h3>")
    B.append(
        bg_paras(
            "本計画は、「若葉台市総合計画」の分野別計画として位置づけるとともに、官民データ活用推進基本法第9条第3項に基づく"
            "「市町村官民データ活用推進計画」とします。"
        )
    )
    B.append(f'<p class="ni" style="font-size:9pt">策定主体　若葉台市（千葉県）　地方公共団体コード {spec["code"]}</p>')
    B.append("<h3>3　計画期間</h3>")
    B.append(
        bg_paras(
            "前計画である「若葉台市ICT推進計画」の計画期間は2021（令和3）年度から2025（令和7）年度まででした。",
            "本計画の計画期間は、2026（令和8）年度から2030（令和12）年度までの5年間とします。",
        )
    )
    B.append("</section>")
    B.append('<section class="brk"><h2>第2章　計画策定の背景</h2>')
    B.append("<h3>1　国の動向</h3>")
    B.append(bg_paras(BG_KANMIN, BG_DX, BG_VISION, BG_CM, BG_TW))
    B.append("<h3>2　市民アンケートの結果</h3>")
    B.append(bg_paras("2025（令和7）年度に実施した市民アンケート（回答者1,284人）の主な結果は次のとおりです。"))
    B.append(
        '<table class="survey" style="width:100%"><tr><th>設問</th><th style="width:25mm">割合</th></tr>'
        "<tr><td>市の手続をオンラインで行いたい</td><td>72.6％</td></tr>"
        "<tr><td>在宅勤務（テレワーク）をしたことがある</td><td>28.4％</td></tr>"
        "<tr><td>5Gを利用したサービスに関心がある</td><td>41.0％</td></tr>"
        "<tr><td>スマートフォンの操作に不安がある（70歳以上）</td><td>46.7％</td></tr></table>"
    )
    B.append("</section>")
    B.append('<section class="brk"><h2>第3章　めざす姿</h2>')
    B.append(
        bg_paras(
            "本計画では、めざす姿を「つながる・ひろがる・わかばだいスマートシティ」とし、市民、事業者、行政がデジタルで"
            "つながり、その恩恵が市全体に広がるまちを目指します。"
        )
    )
    B.append('<h2 style="margin-top:14mm">第4章　基本方針</h2>')
    B.append(
        bg_paras("めざす姿の実現に向け、次の3つの基本方針を定めます。各基本方針に基づく具体的な事業は、資料編の「事業一覧」に掲げます。")
    )
    for i, pol in enumerate(spec["policies"], 1):
        B.append(f'<div class="policy"><h3>基本方針{i}　{h(pol["title"])}</h3><p>{h(pol["lead"])}</p></div>')
    B.append("</section>")
    B.append('<section class="brk"><h2>第5章　計画の推進</h2>')
    B.append("<h3>1　推進体制</h3>")
    B.append(
        bg_paras(
            "市長を本部長、副市長をCIO（最高デジタル責任者）とする「若葉台市DX推進本部」を中心に、全庁一体となって計画を推進"
            "します。DX推進課が事務局となり、各課に配置したDX推進員と連携して事業の進捗を管理します。また、民間企業出身の"
            "デジタル人材をDXアドバイザーとして任用します。"
        )
    )
    B.append("<h3>2　進行管理</h3>")
    B.append(
        bg_paras(
            "事業一覧に掲げた事業は、毎年度、進捗状況を把握・評価し、その結果をDX推進本部に報告するとともに、市ホームページで公表します。"
        )
    )
    B.append("</section>")
    rows = []
    n = 0
    for i, pol in enumerate(spec["policies"], 1):
        for m in pol["measures"]:
            n += 1
            rows.append(
                f'<tr><td class="no">{n}</td><td>{h(m["title"])}</td><td>{h(m["desc"])}</td>'
                f'<td>{h(m["dept"])}</td><td class="no">{i}</td></tr>'
            )
    B.append(
        '<section class="brk"><h2>資料編</h2><h3>1　事業一覧</h3>'
        '<table class="list"><thead><tr><th>No.</th><th style="width:68mm">事業名</th><th>事業概要</th>'
        '<th style="width:26mm">担当課</th><th style="width:14mm">基本方針</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table>"
    )
    B.append(
        '<h3 class="brk">2　用語解説</h3><dl class="gl">'
        "<dt>オープンデータ</dt><dd>国や地方公共団体、事業者が保有するデータのうち、誰もがインターネット等を通じて容易に"
        "利用（加工、編集、再配布等）できるよう公開されたデータ。</dd>"
        "<dt>テレワーク</dt><dd>情報通信技術を活用した、場所や時間にとらわれない柔軟な働き方。</dd>"
        "<dt>BPR</dt><dd>Business Process Re-engineeringの略。業務の流れを根本的に見直し、再設計すること。</dd>"
        "<dt>ガバメントクラウド</dt><dd>国や地方公共団体が共通的に利用するクラウドサービスの利用環境。</dd>"
        "<dt>EBPM</dt><dd>Evidence-Based Policy Makingの略。証拠に基づく政策立案。</dd></dl></section>"
    )
    path = write_html(spec["id"], spec["title"], css, "\n".join(B))
    html_to_pdf(path, os.path.join(HERE, spec["id"] + ".pdf"))
    return path


def build_doc45(spec):
    css = """
@page { size: A3 landscape; margin: 8mm 9mm; }
body { font-size: 10.6pt; line-height: 1.5; }
.band { background: #1f4e79; color: #fff; padding: 6px 14px; display: flex; justify-content: space-between;
        align-items: baseline; font-family: "Noto Sans CJK JP", sans-serif; }
.band .t { font-size: 24pt; font-weight: 700; }
.band .d { font-size: 12pt; }
.grid { display: grid; grid-template-columns: 112mm 1fr; gap: 5mm; margin-top: 4mm; }
.card { border: 1.2pt solid #1f4e79; border-radius: 3mm; padding: 2.5mm 4mm; margin-bottom: 3.5mm; }
.card h3 { margin: 0 0 1.5mm; font-size: 12.5pt; color: #1f4e79; }
.card ul { margin: 0; padding-left: 1.2em; }
.card li { margin-bottom: 0.8mm; }
.stat { font-family: "Noto Sans CJK JP", sans-serif; font-weight: 700; color: #c55a11; font-size: 12pt; }
.pols { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 4mm; }
.pol { border: 1.5pt solid #2e75b6; border-radius: 3mm; }
.pol .ph { background: #2e75b6; color: #fff; padding: 2mm 3mm; font-family: "Noto Sans CJK JP", sans-serif;
           font-weight: 700; font-size: 13pt; border-radius: 2mm 2mm 0 0; }
.pol .ph small { display: block; font-size: 9.5pt; font-weight: 400; }
.mbox { margin: 2.5mm 3mm; border: 0.8pt solid #9dc3e6; background: #f2f7fc; padding: 1.8mm 2.5mm; }
.mbox b { font-family: "Noto Sans CJK JP", sans-serif; display: block; color: #1f4e79; font-size: 11.5pt; }
.mbox span { font-size: 10pt; }
.vision { text-align: center; font-family: "Noto Sans CJK JP", sans-serif; font-size: 15pt; font-weight: 700;
          color: #1f4e79; border: 1.5pt dashed #2e75b6; padding: 2mm; margin-bottom: 3.5mm; }
.lower { display: grid; grid-template-columns: 1.3fr 1fr; gap: 4mm; margin-top: 4mm; }
.kpi { width: 100%; font-size: 9.8pt; }
.kpi th { background: #deebf7; }
.foot { font-size: 8.4pt; color: #444; margin-top: 3mm; }
"""
    B = [
        '<div class="band"><span class="t">東雲町デジタル推進計画【概要版】</span>'
        '<span class="d">令和８年３月　東雲町（静岡県）</span></div>'
    ]
    B.append('<div class="grid"><div>')
    B.append(
        '<div class="card"><h3>■ 計画の概要</h3><ul>'
        "<li>策定の趣旨：人口減少・高齢化が進む中でも、町民が暮らしやすく、役場が持続的に行政サービスを提供できるよう、"
        "デジタル技術の活用を計画的に進めるため策定します。</li>"
        "<li>位置づけ：第5次東雲町総合計画の分野別計画／官民データ活用推進基本法第9条第3項の市町村官民データ活用推進計画</li>"
        "<li>計画期間：令和8年度～令和12年度（5年間）</li></ul></div>"
    )
    B.append(
        '<div class="card"><h3>■ 計画策定の背景</h3><ul>'
        "<li>国は「自治体DX推進計画」で、情報システムの標準化、AI・RPAの利用推進、テレワークの推進、セキュリティ対策の"
        "徹底などを重点取組事項に掲げています。</li>"
        "<li>官民データ活用推進基本法により、オープンデータの推進やデジタルデバイド対策が求められています。</li>"
        "<li>「地方創生2.0基本構想」（令和7年6月閣議決定）では、デジタルを活用した地域課題の解決が掲げられています。</li>"
        "<li>町の人口は15,327人（令和7年9月末）、高齢化率は36.9％で、職員数も減少傾向にあります。</li></ul></div>"
    )
    B.append(
        '<div class="card"><h3>■ 町民アンケート結果（令和7年度・回答者842人）</h3><ul>'
        '<li>スマートフォンの保有率　<span class="stat">82.3％</span></li>'
        '<li>役場の手続をオンラインで行いたい　<span class="stat">61.5％</span></li>'
        '<li>マイナンバーカードを持っている　<span class="stat">78.9％</span></li>'
        '<li>デジタル機器の操作に不安がある（70歳以上）　<span class="stat">52.4％</span></li>'
        '<li>テレワークを経験したことがある（就業者）　<span class="stat">18.7％</span></li></ul></div>'
    )
    B.append(
        '<div class="card"><h3>■ 推進体制</h3><ul>'
        "<li>副町長をCIOとする「東雲町デジタル推進本部」で進捗を管理し、毎年度、取組の状況を公表します。</li></ul></div>"
    )
    B.append("</div><div>")
    B.append('<div class="vision">基本理念　「デジタルで、もっと便利に、もっと安心に。ひとにやさしい東雲町」</div>')
    B.append('<div class="pols">')
    for i, pol in enumerate(spec["policies"], 1):
        B.append(f'<div class="pol"><div class="ph"><small>基本方針{fw(i)}</small>{h(pol["title"])}</div>')
        for m in pol["measures"]:
            B.append(f'<div class="mbox"><b>{h(m["title"])}</b><span>{h(m["desc"])}</span></div>')
        B.append("</div>")
    B.append("</div>")
    B.append(
        '<div class="lower"><div class="card"><h3>■ 成果指標（令和12年度の目標）</h3>'
        '<table class="kpi"><tr><th>指標</th><th>現状値（令和6年度）</th><th>目標値</th></tr>'
        "<tr><td>オンラインで申請できる手続数</td><td>38手続</td><td>150手続</td></tr>"
        "<tr><td>マイナンバーカード保有率</td><td>78.9％</td><td>90％</td></tr>"
        "<tr><td>スマホ相談会の参加者数（累計）</td><td>－</td><td>1,000人</td></tr>"
        "<tr><td>窓口の平均待ち時間</td><td>18分</td><td>10分</td></tr></table></div>"
        '<div class="card"><h3>■ 現状と課題</h3><ul>'
        "<li>紙の申請書と対面の窓口が中心で、平日の日中に役場へ来られない方の負担が大きい。</li>"
        "<li>職員数の減少により、定型的な事務に追われ、相談業務に十分な時間を割けていない。</li>"
        "<li>高齢者を中心に、デジタル機器の操作に不安を持つ方が多い。</li>"
        "<li>観光客・移住者から、公衆無線LANや交通の利便性向上を求める声がある。</li></ul></div></div>"
    )
    B.append(
        '<p class="foot ni">※本概要版は「東雲町デジタル推進計画」の内容を要約したものです。計画の全文は町ホームページで'
        "公開しています。　問合せ先：東雲町 総務課 情報政策係</p>"
    )
    B.append("</div></div>")
    path = write_html(spec["id"], spec["title"], css, "\n".join(B))
    html_to_pdf(path, os.path.join(HERE, spec["id"] + ".pdf"))
    return path


def build_doc46(spec):
    css = (
        COVER_CSS
        + """
@page { size: A4; margin: 23mm 16mm 20mm 16mm;
  @top-left { content: "美園市官民データ活用推進計画"; font-size: 8pt; color: #444; vertical-align: bottom;
              padding-bottom: 2mm; }
  @top-right { content: "第3章　施策の展開"; font-size: 8pt; color: #444; vertical-align: bottom; padding-bottom: 2mm; }
  @bottom-right { content: "－ " counter(page) " －"; font-size: 9pt; } }
@page cover { @top-left { content: none; } @top-right { content: none; } @bottom-right { content: none; } }
@page front { @top-right { content: "第1章・第2章"; font-size: 8pt; color: #444; vertical-align: bottom;
              padding-bottom: 2mm; } }
@page rear { @top-right { content: "第4章　推進体制"; font-size: 8pt; color: #444; vertical-align: bottom;
             padding-bottom: 2mm; } }
.front { page: front; }
.rear { page: rear; }
.cols { column-count: 2; column-gap: 8mm; }
.sno { font-family: "Noto Sans CJK JP", sans-serif; font-size: 9pt; color: #fff; background: #7b3f00;
       display: inline-block; padding: 0 6px; margin-top: 8px; }
.stitle { font-family: "Noto Sans CJK JP", sans-serif; font-weight: 700; font-size: 11pt; color: #7b3f00;
          border-bottom: 0.8pt solid #7b3f00; margin-bottom: 4px; break-after: avoid; }
.pol { background: #fbe5d6; padding: 4px 8px; margin: 10px 0 6px; break-inside: avoid; }
.pol h3 { margin: 0; color: #843c0c; }
.pol p { margin: 2px 0 0; font-size: 9.5pt; }
.info td { font-size: 9pt; }
sup { font-size: 7pt; }
"""
    )
    B = [cover_html(spec, "令和８年３月", "美　園　市")]
    B.append('<section class="brk front"><h2>第1章　計画の基本的な考え方</h2><div class="cols">')
    B.append("<h3>1　計画策定の趣旨</h3>")
    B.append(
        bg_paras(
            "本市では、平成28年3月に「美園市地域情報化計画」を策定し、公共施設予約システムの導入や、市ホームページの"
            "充実、庁内ネットワークの再構築などに取り組んできました。",
            "同計画の期間が令和7年度で満了することから、この間の社会情勢の変化や国の動向を踏まえ、官民データの活用を"
            "通じて市民生活の利便性向上と行政運営の効率化を図るため、新たに「美園市官民データ活用推進計画」を策定します。",
        )
    )
    B.append("<h3>2　計画の位置づけ</h3>")
    B.append(bg_paras("本計画は、官民データ活用推進基本法第9条第3項の規定に基づく「市町村官民データ活用推進計画」です。"))
    B.append(
        '<table class="info" style="width:100%"><tr><td style="width:24mm">策定団体</td>'
        f"<td>新潟県美園市　　　地方公共団体コード<br>{spec['code']}</td></tr>"
        "<tr><td>所管</td><td>総務部 情報政策課</td></tr></table>"
    )
    B.append("<h3>3　計画期間</h3>")
    B.append(
        bg_paras(
            "前計画「美園市地域情報化計画」の計画期間は平成28年度から令和7年度まででした。本計画の計画期間は、令和8年度"
            "から令和12年度までの5年間とします。"
        )
    )
    B.append("</div>")
    B.append('<h2 style="margin-top:8mm">第2章　計画策定の背景</h2><div class="cols">')
    B.append("<h3>1　国の動向</h3>")
    B.append(bg_paras(BG_KANMIN, BG_DX, BG_STD, BG_AI))
    B.append("<h3>2　本市の現状</h3>")
    B.append(
        bg_paras(
            "本市の人口は令和7年10月1日現在で45,618人です。令和7年度の市民意識調査では、「市の手続をオンラインでできる"
            "ようにしてほしい」との回答が66.2％、「市が持つデータを公開してほしい」との回答が21.5％でした。",
            "市内の中小企業からは、人手不足への対応として、業務のデジタル化や多様な働き方の導入に対する支援を求める声が寄せられています。",
        )
    )
    B.append("</div></section>")
    B.append('<section class="brk"><h2>第3章　施策の展開</h2>')
    B.append('<p>本計画では、次の4つの基本方針のもと、12の施策に取り組みます。</p><div class="cols">')
    fnno = 0
    for i, pol in enumerate(spec["policies"], 1):
        B.append(f'<div class="pol"><h3>基本方針{i}　{h(pol["title"])}</h3><p>{h(pol["lead"])}</p></div>')
        fns = []
        for j, m in enumerate(pol["measures"], 1):
            desc = h(m["desc"])
            if i == 3 and j == 1:  # a glossary footnote (not a commitment)
                fnno += 1
                desc = desc.replace("BPR", f"BPR<sup>※{fnno}</sup>", 1)
                fns.append(
                    (
                        fnno,
                        "BPR…Business Process Re-engineering（ビジネス・プロセス・リエンジニアリング）の略。"
                        "業務の流れを分析し、抜本的に再設計すること。",
                    )
                )
            if m.get("fn"):
                fnno += 1
                desc += f"<sup>※{fnno}</sup>"
                fns.append((fnno, m["fn"]))
            B.append(
                f'<div class="sno">施策 {i}-{j}</div><div class="stitle">{h(m["title"])}</div>'
                f'<p>{desc}</p><p class="dept">担当：{h(m["dept"])}</p>'
            )
        if fns:
            B.append('<div class="fn">' + "".join(f"<p>※{n}　{h(t)}</p>" for n, t in fns) + "</div>")
    B.append("</div></section>")
    B.append('<section class="brk rear"><h2>第4章　計画の推進体制</h2><div class="cols">')
    B.append(
        bg_paras(
            "本計画の推進にあたっては、副市長を最高情報統括責任者（CIO）とし、各部長で構成する「美園市デジタル推進本部」に"
            "おいて、施策の進捗管理と部局間の調整を行います。",
            "また、新潟県や県内市町村との共同化の取組に参画するとともに、大学や民間事業者と連携し、官民データの活用を"
            "進めます。施策の進捗は毎年度点検し、その結果を市ホームページで公表します。",
        )
    )
    B.append("</div></section>")
    path = write_html(spec["id"], spec["title"], css, "\n".join(B))
    html_to_pdf(path, os.path.join(HERE, spec["id"] + ".pdf"))
    return path


def build_doc48(spec):
    """Pages laid out by hand: every page is a fixed-size div with its own header and footer div."""
    css = """
@page { size: A4; margin: 0; }
@page land { size: A4 landscape; margin: 0; }
.pg { width: 210mm; height: 296.5mm; position: relative; padding: 26mm 20mm 24mm; break-after: page; overflow: visible; }
.pg.land { page: land; width: 297mm; height: 209.5mm; padding: 20mm 14mm 16mm; }
.pg:last-child { break-after: auto; }
.hd { position: absolute; top: 11mm; left: 20mm; right: 20mm; font-size: 8pt; color: #555;
      border-bottom: 0.6pt solid #2f5496; padding-bottom: 1mm; display: flex; justify-content: space-between; }
.land .hd { left: 14mm; right: 14mm; top: 8mm; }
.ft { position: absolute; bottom: 10mm; left: 0; right: 0; text-align: center; font-size: 9pt; }
.land .ft { bottom: 6mm; }
.cv { text-align: center; }
.cv .t { font-family: "Noto Sans CJK JP", sans-serif; font-size: 28pt; font-weight: 700; color: #2f5496; margin-top: 75mm; }
.cv .d { position: absolute; bottom: 45mm; left: 0; right: 0; font-size: 15pt; }
.cv .o { position: absolute; bottom: 28mm; left: 0; right: 0; font-size: 20pt; font-weight: 700;
         font-family: "Noto Sans CJK JP", sans-serif; }
.kv { width: 100%; font-size: 9.5pt; }
.kv td:first-child { width: 42mm; background: #e9eef7; }
.goal { border: 1pt solid #2f5496; padding: 3mm 4mm; margin: 0 0 5mm; }
.goal h3 { margin: 0 0 2mm; }
.sched { width: 100%; font-size: 8.8pt; line-height: 1.35; }
.sched td.m { text-align: center; width: 12mm; font-family: "Noto Sans CJK JP", sans-serif; }
.sched td.g { background: #dae3f3; font-family: "Noto Sans CJK JP", sans-serif; font-weight: 700; }
"""
    t = spec["title"]
    pages = []
    pageno = [0]

    def page(inner, land=False, header=True):
        pageno[0] += 1
        hd = (
            (f'<div class="hd"><span>{h(t)}</span><span>令和8年度～令和12年度</span></div><div class="ft">－ {pageno[0]} －</div>')
            if header
            else ""
        )
        pages.append(f'<div class="pg{" land" if land else ""}">{hd}{inner}</div>')

    page(
        '<div class="cv"><div class="t">南郷谷町<br>デジタル化推進計画</div>'
        '<div class="d">令和８年３月</div><div class="o">熊本県　南郷谷町</div></div>',
        header=False,
    )
    page(
        "<h2>第1章　計画の概要</h2>"
        "<h3>1　計画策定の趣旨</h3>"
        + bg_paras(
            "本町は、阿蘇の山々に囲まれた農業と林業のまちです。人口減少と高齢化が進む中で、町民の暮らしを守り、"
            "役場の行政サービスを将来にわたって維持していくためには、デジタル技術の活用が欠かせません。",
            "本計画は、町のデジタル化の方向性と具体的な取組を示し、町民・事業者・役場が一体となってデジタル化を"
            "進めるために策定するものです。",
        )
        + "<h3>2　計画の基本情報</h3>"
        '<table class="kv">'
        f"<tr><td>計画の名称</td><td>{h(t)}</td></tr>"
        f"<tr><td>策定団体</td><td>熊本県南郷谷町</td></tr>"
        f"<tr><td>地方公共団体コード</td><td></td></tr>"
        f'<tr><td colspan="2" style="text-align:right">{spec["code"]}</td></tr>'
        "<tr><td>根拠法令</td><td>官民データ活用推進基本法第9条第3項（市町村官民データ活用推進計画）</td></tr>"
        "<tr><td>上位計画</td><td>第6次南郷谷町振興計画</td></tr></table>"
        "<h3>3　計画期間</h3>"
        + bg_paras(
            "本計画の計画期間は、令和8年度から令和12年度までの5年間とします。計画期間中であっても、国の動向"
            "や技術の進展に応じて、必要な見直しを行います。"
        )
    )
    page(
        "<h2>第2章　計画策定の背景</h2><h3>1　国の動向</h3>"
        + bg_paras(BG_KANMIN, BG_DX, BG_OD, BG_TW)
        + "<h3>2　町の現状と課題</h3>"
        + bg_paras(
            "本町の人口は令和7年10月1日現在で6,128人、高齢化率は43.5％です。町の面積の約8割を山林が占め、集落が"
            "点在しているため、役場や支所まで距離のある地区が少なくありません。",
            "令和7年度の町民アンケートでは、「役場に行かずに手続ができるとよい」と回答した方が58.7％、「スマート"
            "フォンの使い方を教えてほしい」と回答した方が41.2％でした。また、農業者からは、担い手不足に対応する"
            "ためのスマート農業への関心が高まっています。",
        )
    )
    goals = "".join(
        f'<div class="goal"><h3>基本目標{fw(i)}　{h(p["title"])}</h3><p>{h(p["lead"])}</p></div>' for i, p in enumerate(spec["policies"], 1)
    )
    page(
        "<h2>第3章　計画の基本目標</h2>"
        + bg_paras(
            "将来像「山里の暮らしを、デジタルでつなぐ　南郷谷」の実現に向けて、次の3つの基本目標を掲げます。"
            "各基本目標に基づく取組と実施時期は、次ページの年次計画のとおりです。"
        )
        + goals
    )
    rows = []
    for i, pol in enumerate(spec["policies"], 1):
        rows.append(f'<tr><td class="g" colspan="8">基本目標{fw(i)}　{h(pol["title"])}</td></tr>')
        for m in pol["measures"]:
            marks = "".join(f'<td class="m">{c if c.strip() else ""}</td>' for c in m["marks"].ljust(5))
            rows.append(f"<tr><td>{h(m['title'])}</td><td>{h(m['desc'])}</td><td>{h(m['dept'])}</td>{marks}</tr>")
    page(
        "<h2>年次計画</h2>"
        '<p class="ni" style="font-size:8.5pt">○：実施　→：継続</p>'
        '<table class="sched"><tr><th style="width:58mm">取組</th><th>概要</th><th style="width:24mm">担当課</th>'
        "<th>R8</th><th>R9</th><th>R10</th><th>R11</th><th>R12</th></tr>" + "".join(rows) + "</table>",
        land=True,
    )
    page(
        "<h2>第4章　計画の推進体制</h2>"
        + bg_paras(
            "副町長をCIO（最高情報責任者）とし、各課長で構成する「南郷谷町デジタル化推進会議」において、計画の進捗を"
            "管理します。熊本県や近隣町村と連携し、システムの共同利用や職員研修の共同実施を進めます。",
            "年次計画に掲げた取組は、毎年度その実施状況を確認し、推進会議に報告したうえで、町ホームページで公表します。",
        )
    )
    path = write_html(spec["id"], t, css, "\n".join(pages))
    html_to_pdf(path, os.path.join(HERE, spec["id"] + ".pdf"))
    return path


def build_doc50(spec):
    css = """
@page { size: A4 landscape; margin: 7mm 8mm; }
body { font-size: 8.6pt; line-height: 1.4; }
.top { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 2.5pt solid #00796b;
       padding-bottom: 1.5mm; }
.top .t { font-family: "Noto Sans CJK JP", sans-serif; font-size: 17pt; font-weight: 700; color: #00594f; }
.top .d { font-size: 9pt; text-align: right; }
.wrap { display: grid; grid-template-columns: 82mm 1fr 1fr; gap: 3.5mm; margin-top: 3mm; }
.bx { border: 0.9pt solid #00796b; padding: 1.8mm 2.5mm; margin-bottom: 2.5mm; }
.bx h3 { font-size: 10.5pt; margin: 0 0 1mm; color: #00594f; }
.bx ul { margin: 0; padding-left: 1.1em; }
.bx p { text-indent: 0; margin: 0 0 1mm; }
.pl { border: 1.2pt solid #ef6c00; margin-bottom: 2.5mm; }
.pl .ph { background: #ef6c00; color: #fff; font-family: "Noto Sans CJK JP", sans-serif; font-weight: 700;
          padding: 1mm 2mm; font-size: 9.5pt; }
.pl .mi { margin: 1.5mm 2mm; padding: 1mm 1.8mm; background: #fff3e0; border-left: 2.5pt solid #ef6c00; }
.pl .mi b { font-family: "Noto Sans CJK JP", sans-serif; font-size: 10pt; }
.pl .mi div { font-size: 8.8pt; }
.kv td { font-size: 8.3pt; padding: 1px 3px; }
.kv td:first-child { background: #e0f2f1; width: 21mm; }
"""
    B = ['<div class="top"><span class="t">潮音町DX推進計画　概要版</span><span class="d">令和７年３月<br>高知県　潮音町</span></div>']
    B.append('<div class="wrap"><div>')
    B.append(
        '<div class="bx"><h3>1　計画の概要</h3><table class="kv" style="width:100%">'
        "<tr><td>策定の趣旨</td><td>人口減少・高齢化の中でも、町民サービスを維持し、地域の活力を高めるため、"
        "デジタル技術の活用を計画的に進める。</td></tr>"
        "<tr><td>位置づけ</td><td>潮音町総合振興計画の個別計画、市町村官民データ活用推進計画</td></tr>"
        f"<tr><td>策定団体</td><td>潮音町（地方公共団体コード：<br>{spec['code']}）</td></tr>"
        "<tr><td>計画期間</td><td>令和7年度（2025年度）～令和11年度（2029年度）の5年間</td></tr></table></div>"
    )
    B.append(
        '<div class="bx"><h3>2　計画策定の背景</h3><ul>'
        "<li>国の「自治体DX推進計画」では、情報システムの標準化・共通化、マイナンバーカードの普及促進、"
        "行政手続のオンライン化、AI・RPAの利用推進、テレワークの推進、セキュリティ対策の徹底が重点取組事項と"
        "されている。</li>"
        "<li>官民データ活用推進基本法は、オープンデータの推進やデジタルデバイド対策を求めている。</li>"
        "<li>町の人口は4,214人（令和6年10月）、65歳以上が46.8％を占める。</li>"
        "<li>南海トラフ地震への備えとして、防災情報の確実な伝達が課題となっている。</li></ul></div>"
    )
    B.append(
        '<div class="bx"><h3>3　町民アンケート（令和6年度）</h3><ul>'
        "<li>インターネットを利用している：64.1％</li>"
        "<li>手続をオンラインでしたい：49.3％</li>"
        "<li>スマホの使い方を学びたい（65歳以上）：38.6％</li>"
        "<li>町のデータを公開してほしい：9.8％</li></ul></div>"
    )
    B.append(
        '<div class="bx"><h3>5　推進体制</h3><p>副町長をCIOとする「潮音町DX推進委員会」で進捗を管理し、'
        "高知県・県内市町村と連携して取り組む。毎年度、進捗を点検し公表する。</p></div>"
    )
    B.append("</div>")
    pols = spec["policies"]
    col2 = [
        '<div><div class="bx" style="border-color:#ef6c00"><h3 style="color:#e65100">4　施策の体系</h3>'
        "<p>基本理念「海とともに、みんなでつくる　デジタルの町　潮音」</p></div>"
    ]
    col3 = ["<div>"]
    for i, pol in enumerate(pols, 1):
        blk = [f'<div class="pl"><div class="ph">柱{fw(i)}　{h(pol["title"])}</div>']
        for m in pol["measures"]:
            blk.append(f'<div class="mi"><b>{h(m["title"])}</b><div>{h(m["desc"])}</div></div>')
        blk.append("</div>")
        (col2 if i < 3 else col3).extend(blk)
    col3.append(
        '<div class="bx"><h3>6　計画の進め方</h3><p>計画（Plan）・実行（Do）・評価（Check）・改善（Action）'
        "のサイクルで取組を見直す。</p></div>"
    )
    B.extend(col2 + ["</div>"] + col3 + ["</div>"])
    B.append("</div>")
    path = write_html(spec["id"], spec["title"], css, "\n".join(B))
    html_to_pdf(path, os.path.join(HERE, spec["id"] + ".pdf"))
    return path


def build_doc51(spec):
    """Running header as a repeated <thead> and running footer as a repeated <tfoot> (both repeat on every printed
    page in Chromium); page number from a margin box."""
    css = (
        COVER_CSS
        + """
@page { size: A4; margin: 10mm 16mm 10mm 16mm;
  @bottom-center { content: "－ " counter(page) " －"; font-size: 9pt; } }
@page cover { margin: 20mm; @bottom-center { content: none; } }
table.frame { width: 100%; border-collapse: collapse; }
table.frame > thead td, table.frame > tfoot td, table.frame > tbody > tr > td { border: none; padding: 0; }
.rh { font-size: 8pt; color: #555; border-bottom: 0.6pt solid #c00000; padding-bottom: 1mm; margin-bottom: 4mm;
      display: flex; justify-content: space-between; }
.rf { font-size: 7.5pt; color: #777; border-top: 0.4pt solid #bbb; padding-top: 1mm; margin-top: 3mm; text-align: right; }
.cols { column-count: 2; column-gap: 8mm; }
.sno { font-family: "Noto Sans CJK JP", sans-serif; font-size: 9pt; color: #c00000; margin-top: 8px; }
.stitle { font-family: "Noto Sans CJK JP", sans-serif; font-weight: 700; font-size: 11pt; margin-bottom: 3px;
          break-after: avoid; }
.pol { border-top: 2pt solid #c00000; border-bottom: 0.6pt solid #c00000; padding: 3px 0; margin: 12px 0 6px;
       break-inside: avoid; break-after: avoid; }
.pol h3 { margin: 0; color: #c00000; }
.pol p { margin: 2px 0 0; font-size: 9.5pt; }
sup { font-size: 7pt; }
"""
    )
    B = [cover_html(spec, "令和８年３月", "桜川辺市")]
    B.append(
        '<table class="frame"><thead><tr><td><div class="rh"><span>桜川辺市DX推進計画</span>'
        "<span>令和8年度（2026年度）～令和12年度（2030年度）</span></div></td></tr></thead>"
        '<tfoot><tr><td><div class="rf">桜川辺市 総務部 DX推進課</div></td></tr></tfoot><tbody><tr><td>'
    )
    B.append('<h2>第1章　はじめに</h2><div class="cols">')
    B.append("<h3>1　計画策定の趣旨</h3>")
    B.append(
        bg_paras(
            "本市では、令和3年3月に「桜川辺市情報化推進計画」（令和3年度～令和7年度）を策定し、電子申請の導入や庁内"
            "ネットワークの更新などに取り組んできました。",
            "この間、デジタル技術は急速に進展し、国においてもデジタル庁の発足や自治体システムの標準化など、行政のデジタル"
            "化が大きく進められています。本市においても、市民の利便性の向上と行政の効率化を一層進めるため、これまでの取組を"
            "発展させた「桜川辺市DX推進計画」を策定します。",
        )
    )
    B.append("<h3>2　計画の位置づけ</h3>")
    B.append(
        bg_paras(
            "本計画は、「第3次桜川辺市総合計画」を上位計画とし、官民データ活用推進基本法第9条第3項に基づく「市町村官民"
            "データ活用推進計画」として位置づけます。"
        )
    )
    B.append(f'<p class="ni" style="font-size:9pt">福岡県桜川辺市（地方公共団体コード　{spec["code"]}）</p>')
    B.append("<h3>3　計画期間</h3>")
    B.append(bg_paras("本計画の計画期間は、令和8年度（2026年度）から令和12年度（2030年度）までの5年間とします。"))
    B.append('</div><h2 style="margin-top:6mm">第2章　計画策定の背景</h2><div class="cols">')
    B.append("<h3>1　国・県の動向</h3>")
    B.append(
        bg_paras(
            BG_KANMIN,
            BG_DX,
            BG_VISION,
            BG_TW,
            BG_CM,
            "福岡県では、県と市町村が連携してスマートシティの取組や5Gの利活用実証を進めています。",
        )
    )
    B.append("<h3>2　本市の現状</h3>")
    B.append(
        bg_paras(
            "本市の人口は令和7年10月1日現在で52,307人です。令和7年度の市民アンケートでは、「市の手続をスマートフォンで"
            "したい」と回答した方が69.8％でした。一方、電子申請で受け付けている手続は全体の約2割にとどまっています。"
        )
    )
    B.append('</div><h2 class="brk">第3章　施策の展開</h2>')
    B.append(bg_paras("基本理念「市民とともに進める、しなやかなデジタル市役所」のもと、3つの基本方針に沿って施策を推進します。"))
    B.append('<div class="cols">')
    fnno = 0
    for i, pol in enumerate(spec["policies"], 1):
        B.append(f'<div class="pol"><h3>基本方針{i}　{h(pol["title"])}</h3><p>{h(pol["lead"])}</p></div>')
        fns = []
        for j, m in enumerate(pol["measures"], 1):
            desc = h(m["desc"])
            if i == 1 and j == 4:  # a glossary footnote (not a commitment)
                fnno += 1
                desc = desc.replace("健康保険証利用登録", f"健康保険証利用登録<sup>※{fnno}</sup>", 1)
                fns.append(
                    (
                        fnno,
                        "マイナンバーカードを健康保険証として利用するための登録。令和6年12月以降、従来の"
                        "健康保険証の新規発行は終了している。",
                    )
                )
            if m.get("fn"):
                fnno += 1
                desc += f"<sup>※{fnno}</sup>"
                fns.append((fnno, m["fn"]))
            B.append(
                f'<div class="sno">施策 {i}-{j}</div><div class="stitle">{h(m["title"])}</div>'
                f'<p>{desc}</p><p class="dept">所管：{h(m["dept"])}</p>'
            )
        if fns:
            B.append('<div class="fn">' + "".join(f"<p>※{n}　{h(t)}</p>" for n, t in fns) + "</div>")
    B.append('</div><h2 class="brk">第4章　計画の推進</h2><div class="cols">')
    B.append(
        bg_paras(
            "市長を本部長、副市長をCIOとする「桜川辺市DX推進本部」を設置し、全庁的な推進体制のもとで計画を推進します。"
            "DX推進課を事務局とし、外部のデジタル人材をCIO補佐官として任用します。",
            "施策の進捗状況は毎年度検証し、その結果を推進本部に報告するとともに、市ホームページで公表します。",
        )
    )
    B.append("</div></td></tr></tbody></table>")
    path = write_html(spec["id"], spec["title"], css, "\n".join(B))
    html_to_pdf(path, os.path.join(HERE, spec["id"] + ".pdf"))
    return path


# ----------------------------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------------------------
BUILDERS = {
    "doc41": ("html", build_doc41),
    "doc42": ("docx", build_doc42),
    "doc43": ("docx", build_doc43),
    "doc44": ("html", build_doc44),
    "doc45": ("html", build_doc45),
    "doc46": ("html", build_doc46),
    "doc47": ("docx", build_doc47),
    "doc48": ("html", build_doc48),
    "doc49": ("docx", build_doc49),
    "doc50": ("html", build_doc50),
    "doc51": ("html", build_doc51),
}


def main(argv):
    ids = argv or sorted(BUILDERS)
    for doc_id in ids:
        kind, fn = BUILDERS[doc_id]
        spec = SPECS[doc_id]
        _SHAPE_ID[0] = 0
        _SDT_ID[0] = 0
        out = fn(spec)
        if kind == "docx":
            docx_to_pdf(out)
        write_expected(spec)
        print(doc_id, spec["town"], spec["code"], kind, len(all_measures(spec)), "measures")


if __name__ == "__main__":
    main(sys.argv[1:])
