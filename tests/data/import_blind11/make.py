# -*- coding: utf-8 -*-
"""Regenerate the import_blind11 set: python make.py [docNNN ...]"""
import os, re, subprocess, sys, unicodedata, zipfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import DocxWriter, HtmlWriter, parse_plan, verdicts, code, make_logo, ITEMS
import texts as T
from plans import PLANS

HERE = os.path.dirname(os.path.abspath(__file__))
HTML_DOCS = {"doc121", "doc125", "doc129"}


def wareki(y):
    return "令和%d" % (y - 2018)


def zen(s):
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in str(s))


# ------------------------------------------------------------- shared chapters
def ch_purpose(w, m, lv=2, prefix=("１", "２", "３"), period_sentence=None):
    w.h(lv, prefix[0] + "　計画策定の趣旨")
    w.body(T.SOCIETY[1])
    w.body("{t}では、これまで{prev}に基づき、庁内ネットワークの整備や電子申請の導入など、行政の情報化に取り組んできました。こうした取組を土台として、デジタル技術を前提とした行政サービスと業務のあり方へ転換していくため、「{title}」（以下「本計画」という。）を策定します。".format(
        t=m["town"], prev=m.get("prev", "前計画"), title=m["title"]))
    w.h(lv, prefix[1] + "　計画の位置づけ")
    w.body(m.get("position", "本計画は、{t}総合計画を上位計画とし、官民データ活用推進基本法第9条第3項に規定する「市町村官民データ活用推進計画」として位置づけるとともに、国の自治体DX推進計画を踏まえた本{u}のDX推進の指針とします。").format(t=m["town"], u=m["town"][-1]))
    w.h(lv, prefix[2] + "　計画期間")
    w.body(period_sentence or "本計画の期間は、{p}までの{n}年間とします。ただし、国の動向や技術の進展等を踏まえ、必要に応じて見直しを行います。".format(
        p=m["period_text"], n=m["period"][1] - m["period"][0] + 1))


def ch_background(w, m, lv=2, nums=("１", "２", "３"), extra=None, long=False):
    w.h(lv, nums[0] + "　社会情勢の変化")
    for s in (T.SOCIETY if long else T.SOCIETY[:2]):
        w.body(s)
    w.h(lv, nums[1] + "　国・県の動向")
    for s in (T.NATIONAL if long else T.NATIONAL[1:4]):
        w.body(s)
    w.body(T.PREF[m["pref"]])
    w.h(lv, nums[2] + "　本{u}の現状と課題".format(u=m["town"][-1]))
    for s in m["current"]:
        w.body(s)
    if extra:
        extra(w)


def ch_governance(w, m, lv=2, nums=("１", "２")):
    w.h(lv, nums[0] + "　推進体制")
    w.body(m.get("gov", "{cio}を最高情報責任者（CIO）とし、各課長等で構成する「{body}」において、全庁的な調整と進捗管理を行います。また、外部の専門人材をCIO補佐官として任用し、技術的な助言を受けながら取組を進めます。").format(
        cio=m.get("cio", "副" + m["town"][-1] + "長"), body=m["body"]))
    w.h(lv, nums[1] + "　進行管理")
    w.body(T.PDCA.format(body=m["body"]))


def glossary(w, m, lv=2, title="用語集", table=True):
    w.h(lv, title)
    if table:
        w.table(["用語", "説明"], [list(x) for x in T.GLOSSARY], widths=[35, 125])
    else:
        for k, v in T.GLOSSARY:
            w.runs([(k, True), ("　" + v, False)], indent=0)


def all_measures(m):
    for i, p in enumerate(m["policies"]):
        for j, x in enumerate(p["measures"]):
            yield i, j, p, x


# ------------------------------------------------------------- builders
def build_121(w, m, logo):
    # heading styles; measures as rows of 取組名｜内容｜担当課｜スケジュール per policy; typed TOC; HTML too
    w.cover(m["title"], "～雪と暮らす、やさしいデジタルのまち～", m["date"], m["town"], logo=logo,
            code_line="（地方公共団体コード　%s）" % m["code"])
    w.toc([(1, "第１章　計画の基本的事項", 1), (2, "１　計画策定の趣旨", 1), (2, "２　計画の位置づけ", 1), (2, "３　計画期間", 2),
           (1, "第２章　計画策定の背景", 3), (1, "第３章　基本理念と基本方針", 5), (1, "第４章　具体的な取組", 6),
           (1, "第５章　推進体制と進行管理", 9)])
    w.h(1, "第１章　計画の基本的事項")
    ch_purpose(w, m)
    w.h(1, "第２章　計画策定の背景", pagebreak=True)
    ch_background(w, m)
    w.h(1, "第３章　基本理念と基本方針", pagebreak=True)
    w.h(2, "１　基本理念")
    w.p("「雪国の暮らしに寄り添い、だれもが便利さを実感できるまち」", bold=True, align="center")
    w.h(2, "２　基本方針")
    w.body("基本理念の実現に向け、次の3つの基本方針を定めます。")
    for i, p in enumerate(m["policies"]):
        w.runs([("基本方針%s　%s" % (zen(i + 1), p["title"]), True)])
        w.p(p["desc"], indent=21)
    w.h(1, "第４章　具体的な取組", pagebreak=True)
    w.body("基本方針ごとの具体的な取組は、次のとおりです。スケジュールは年度（令和）で示しています。")
    for i, p in enumerate(m["policies"]):
        w.h(2, "基本方針%s　%s" % (zen(i + 1), p["title"]))
        w.table(["取組名", "内容", "担当課", "スケジュール"],
                [[x["title"], x["desc"], x["dept"], x["sched"]] for x in p["measures"]],
                widths=[48, 76, 22, 18])
    w.h(1, "第５章　推進体制と進行管理", pagebreak=True)
    ch_governance(w, m)
    w.header_footer(m["title"], "dash", first_page_blank=True)


def build_122(w, m, logo):
    # bold-only headings; 【取組N】 labels continuous; short; no code
    w.p("%s情報化推進計画" % m["town"], bold=True, size=20, align="center")
    w.p("（%s）" % m["period_text"], size=12, align="center")
    w.p("%s　%s　総務課" % (m["date"], m["town"]), align="right")
    w.h(1, "１．はじめに")
    w.body("本村では、平成30年度に策定した情報化計画に基づき、村ホームページの刷新や公衆無線LANの整備を進めてきました。この間、国においてはデジタル庁の設置や自治体DX推進計画の策定など、行政のデジタル化が急速に進められています。")
    w.body("小規模な村であっても、住民が役場に来なくても手続ができる環境や、少ない職員で効率よく仕事ができる環境を整えることは欠かせません。こうした考えから、新たに本計画を策定します。本計画は、官民データ活用推進基本法第9条第3項に基づく市町村官民データ活用推進計画を兼ねるものです。")
    w.h(1, "２．計画の期間")
    w.body("%s（%s）までの4年間とします。" % (m["period_text"], "令和8年度～令和11年度"))
    w.h(1, "３．現状と課題")
    for s in m["current"]:
        w.body(s)
    w.h(1, "４．取組の方向性と具体的な取組")
    w.body("本計画では、2つの方向性のもとで、次の7つの取組を進めます。")
    n = 0
    for i, p in enumerate(m["policies"]):
        w.h(2, "方向性%d　%s" % (i + 1, p["title"]))
        w.body(p["desc"])
        for x in p["measures"]:
            n += 1
            w.runs([("【取組%d】" % n, True), (x["title"], True)])
            w.p(x["desc"], indent=14)
            w.p("担当：%s　　実施時期：%s" % (x["dept"], x["sched"]), indent=14, size=9)
    w.h(1, "５．推進体制")
    w.body("村長を本部長とする笹川原村情報化推進本部において、取組の進捗を毎年度確認します。情報セキュリティの確保については、情報セキュリティポリシーに基づき全職員で取り組みます。")
    w.header_footer(None, "page")


def kpi_line(x):
    return "【KPI】%s　【目標値】%s" % (x["kpi"], x["target"])


def build_123(w, m, logo):
    # LONG; heading styles; TOC field; measures 取組N-M as Heading 3; KPI lines; landscape 施策一覧 in 資料編; 用語集; code in 資料編
    w.cover(m["title"], "（令和8年度～令和12年度）", m["date"], m["town"], logo=logo)
    toc = [(1, "第１章　計画の概要", 1), (1, "第２章　計画策定の背景", 3), (1, "第３章　本市の現状と課題", 7),
           (1, "第４章　計画の基本的な考え方", 10), (1, "第５章　施策の展開", 11)]
    toc += [(2, "基本方針%d　%s" % (i + 1, p["title"]), 11 + 2 * i) for i, p in enumerate(m["policies"])]
    toc += [(1, "第６章　計画の推進", 21), (1, "資料編", 23)]
    w.toc(toc, kind="field")
    w.h(1, "第１章　計画の概要")
    ch_purpose(w, m, prefix=("１", "２", "３"))
    w.body("本計画は、早苗原市総合計画（2026～2035）の分野別計画の一つであり、早苗原市デジタル田園都市構想総合戦略、早苗原市行政改革大綱と連携して推進します。")
    w.h(1, "第２章　計画策定の背景", pagebreak=True)
    ch_background(w, m, nums=("１", "２", "３"), long=True)
    w.h(2, "４　前計画の振り返り")
    w.body("前計画（令和3年度～令和7年度）では、5つの基本方針のもとで32の取組を実施しました。電子申請の対象手続は計画開始時の12手続から148手続へと拡大し、公共施設予約システムの導入や、市民課窓口へのセルフ端末の設置などを実現しました。")
    w.table(["区分", "取組数", "達成", "一部達成", "未達成"],
            [["行政サービス", "10", "6", "3", "1"], ["行政運営", "9", "5", "3", "1"], ["データ活用", "6", "2", "2", "2"],
             ["地域", "7", "3", "2", "2"], ["合計", "32", "16", "10", "6"]], widths=[40, 25, 25, 25, 25])
    w.body("一方で、職員のテレワークは感染症流行期に一部で実施したものの定着には至らず、また、データ活用の分野では公開データ数が目標を下回るなど、課題も残りました。")
    w.h(1, "第３章　本市の現状と課題", pagebreak=True)
    w.h(2, "１　市民アンケートの結果")
    w.body("令和7年7月に、無作為に抽出した18歳以上の市民2,000人を対象に、デジタル化に関するアンケート調査を実施しました（回収率42.6%）。")
    w.table(["設問", "回答（上位）", "割合"],
            [["スマートフォンの保有", "保有している", "89.4%"], ["行政手続のオンライン利用経験", "ある", "38.1%"],
             ["オンライン化してほしい手続", "住民票等の証明書の請求", "61.2%"], ["", "子育て関係の申請", "34.5%"],
             ["デジタル化で不安なこと", "使い方がわからない", "47.8%"], ["", "個人情報の漏えい", "45.0%"]], widths=[55, 60, 25])
    w.body("年代別にみると、70歳以上では「使い方がわからない」と回答した割合が6割を超えており、デジタル機器に不慣れな方への支援が引き続き求められています。")
    w.h(2, "２　職員アンケートの結果")
    w.body("令和7年8月に全職員を対象に実施した調査では、「紙の書類の確認や転記に時間がかかる」と回答した職員が7割を超え、定型業務の自動化や電子決裁の拡大を求める声が多く寄せられました。")
    w.h(2, "３　課題の整理")
    for s in m["current"]:
        w.body(s)
    w.h(1, "第４章　計画の基本的な考え方", pagebreak=True)
    w.h(2, "１　基本理念")
    w.p("データとデジタルで、市民一人ひとりに寄り添う早苗原市", bold=True, align="center", size=12)
    w.h(2, "２　基本方針")
    for i, p in enumerate(m["policies"]):
        w.runs([("基本方針%d　%s" % (i + 1, p["title"]), True)])
        w.p(p["desc"], indent=21)
    w.h(1, "第５章　施策の展開", pagebreak=True)
    w.body("基本方針ごとに取組を定め、主な取組には成果指標（KPI）と令和12年度の目標値を設定します。")
    for i, p in enumerate(m["policies"]):
        w.h(2, "基本方針%d　%s" % (i + 1, p["title"]), pagebreak=(i > 0))
        w.body(p["desc"])
        for j, x in enumerate(p["measures"]):
            w.h(3, "取組%d-%d　%s" % (i + 1, j + 1, x["title"]))
            w.body(x["desc"])
            if x["kpi"]:
                w.p(kpi_line(x), indent=10.5, size=9.5)
            w.p("担当課：%s" % x["dept"], indent=10.5, size=9.5)
    w.h(1, "第６章　計画の推進", pagebreak=True)
    ch_governance(w, m)
    w.h(2, "３　情報セキュリティと個人情報の保護")
    w.body("本計画の推進にあたっては、早苗原市情報セキュリティポリシーを遵守し、個人情報の適正な取扱いを徹底します。")
    w.h(1, "資料編", pagebreak=True)
    w.h(2, "１　策定経過")
    w.table(["年月日", "内容"], [["令和7年6月2日", "第1回早苗原市DX推進本部会議（策定方針）"], ["令和7年7月～8月", "市民アンケート・職員アンケートの実施"],
                                ["令和7年10月14日", "第2回早苗原市DX推進本部会議（骨子案）"], ["令和7年12月～令和8年1月", "パブリックコメントの実施"],
                                ["令和8年2月17日", "第3回早苗原市DX推進本部会議（計画案の決定）"]], widths=[50, 110])
    w.h(2, "２　団体の概要")
    w.table(["項目", "内容"], [["団体名", "茨城県早苗原市"], ["団体コード", m["code"]], ["人口", "48,215人（令和7年10月1日現在）"],
                               ["世帯数", "20,377世帯"], ["面積", "96.42㎢"]], widths=[40, 120])
    w.pagebreak()
    glossary(w, m, title="３　用語集")
    w.h(2, "４　行政手続のオンライン化の状況（令和7年12月現在）")
    w.body("国が示す「特に国民の利便性の向上に資する手続」を中心に、本市の対応状況を示します。")
    w.table(["手続", "所管課", "現在の状況", "対応予定"],
            [["児童手当等の受給資格及び児童手当の額についての認定請求", "こども課", "オンライン対応済", "―"],
             ["保育施設等の利用申込", "こども課", "オンライン対応済", "―"],
             ["児童扶養手当の現況届の事前送信", "こども課", "未対応", "令和8年度"],
             ["妊娠の届出", "健康づくり課", "オンライン対応済", "―"],
             ["要介護・要支援認定の申請", "介護保険課", "未対応", "令和9年度"],
             ["居宅（介護予防）サービス計画作成（変更）依頼の届出", "介護保険課", "未対応", "令和9年度"],
             ["罹災証明書の発行申請", "防災課", "オンライン対応済", "―"],
             ["住民票の写しの交付請求", "市民課", "オンライン対応済", "―"],
             ["転出届・転入予約", "市民課", "オンライン対応済", "―"],
             ["粗大ごみ収集の申込", "環境課", "オンライン対応済", "―"],
             ["図書館の図書貸出予約", "中央図書館", "オンライン対応済", "―"]], widths=[70, 25, 35, 30])
    w.section(landscape=True)
    w.h(2, "５　施策一覧（KPI）")
    rows = []
    for i, j, p, x in all_measures(m):
        rows.append(["%d-%d" % (i + 1, j + 1), x["title"], x["kpi"] or "―", x["target"] or "―"])
    w.table(["No.", "施策", "KPI", "目標値（令和12年度）"], rows, widths=[18, 80, 95, 60])
    w.header_footer(m["title"], "page", first_page_blank=False)


def build_124(w, m, logo):
    # automatic numbering for 基本方針 and measures ((%1) restart) and ア・イ sub-items; bold chapter lines
    w.p(m["title"], bold=True, size=22, align="center")
    w.p(m["period_text"], align="center", size=12)
    w.p(m["date"], align="center")
    w.p("%s（団体コード %s）" % (m["town"], m["code"]), align="center", bold=True)
    w.pagebreak()
    w.h(1, "第1章　計画の策定にあたって")
    ch_purpose(w, m, prefix=("1", "2", "3"))
    w.h(1, "第2章　デジタル化を取り巻く状況")
    ch_background(w, m, nums=("1", "2", "3"))
    w.h(1, "第3章　施策の展開")
    w.body("本計画では、3つの基本方針のもとに、8つの施策を展開します。")
    nid = w.numbering([("decimalFullWidth", "基本方針%1　", 0, True), ("decimal", "(%2)", 420, True), ("aiueoFullWidth", "%3　", 840, False)])
    for i, p in enumerate(m["policies"]):
        w.num(nid, 0, p["title"], bold=True)
        w.p(p["desc"], indent=21)
        for x in p["measures"]:
            w.num(nid, 1, x["title"], bold=True)
            w.p(x["desc"], indent=21)
            for sub in x.get("subs", []):
                w.num(nid, 2, sub)
    w.h(1, "第4章　推進体制")
    ch_governance(w, m, nums=("1", "2"))
    w.header_footer(m["title"], "page")


def build_125(w, m, logo):
    # two-column body for the measures chapter; bold-only headings; ① continuous, trailing 【重点】
    w.cover(m["title"], "", m["date"], m["town"], logo=logo, code_line="団体コード：%s" % m["code"])
    w.h(1, "１　計画の概要")
    ch_purpose(w, m, lv=2, prefix=("(1)", "(2)", "(3)"))
    w.h(1, "２　現状と課題")
    for s in m["current"]:
        w.body(s)
    w.body(T.NATIONAL[1])
    w.section(cols=2, new_page=True)
    w.h(1, "３　取組の内容")
    w.body("4つの柱のもとに12の取組を進めます。【重点】は計画期間中に特に力を入れる取組です。")
    n = 0
    for i, p in enumerate(m["policies"]):
        w.h(2, "柱%d　%s" % (i + 1, p["title"]))
        for x in p["measures"]:
            tag = "【重点】" if x.get("focus") else ""
            w.runs([(chr(0x2460 + n) + x["title"] + tag, True)])
            n += 1
            w.body(x["desc"])
    w.section(cols=1, new_page=True)
    w.h(1, "４　推進体制")
    ch_governance(w, m, lv=2, nums=("(1)", "(2)"))
    w.header_footer(m["title"], "page")


def build_126(w, m, logo):
    # LONG; heading styles; 施策の柱N + (n) measures as Heading 3; 成果指標 landscape table No.｜施策｜KPI｜目標値; security only in 推進体制
    w.cover(m["title"], "椿坂市官民データ活用推進計画", m["date"], m["town"], logo=logo)
    toc = [(1, "第1章　計画の基本的な考え方", 1), (1, "第2章　情報化を取り巻く環境", 3), (1, "第3章　椿坂市の現状と課題", 7),
           (1, "第4章　施策の体系", 10), (1, "第5章　施策の展開", 11), (1, "第6章　成果指標", 20), (1, "第7章　計画の推進体制", 21),
           (1, "資料編", 23)]
    w.toc(toc, kind="typed")
    w.h(1, "第1章　計画の基本的な考え方")
    ch_purpose(w, m, prefix=("1", "2", "3"))
    w.table(["年度", "2026", "2027", "2028", "2029", "2030"],
            [["総合計画", "後期基本計画（2026～2030）", "", "", "", ""], ["本計画", "第3次情報化推進計画", "", "", "", ""],
             ["国", "自治体DX推進計画（後継計画の策定状況に応じて見直し）", "", "", "", ""]], widths=[30, 26, 26, 26, 26, 26])
    w.h(1, "第2章　情報化を取り巻く環境", pagebreak=True)
    ch_background(w, m, nums=("1", "2", "3"), long=True)
    w.h(2, "4　第2次計画の成果")
    w.body("第2次椿坂市情報化推進計画（令和3年度～令和7年度）では、庁内無線LANの整備、Web会議システムの導入、電子申請サービスの拡大などに取り組みました。一方、手続のオンライン利用率は伸び悩み、また、新型コロナウイルス感染症の流行期に導入した在宅勤務は、端末の不足から一部の職員に限られました。")
    w.table(["指標", "計画策定時", "目標", "実績（令和6年度）"],
            [["電子申請可能な手続数", "24", "150", "131"], ["オンライン利用率", "3.2%", "20%", "11.8%"], ["オープンデータ公開数", "18", "60", "42"],
             ["RPA適用業務数", "0", "20", "14"], ["スマホ教室参加者数（累計）", "0", "1,000人", "1,236人"]], widths=[60, 30, 30, 40])
    w.h(1, "第3章　椿坂市の現状と課題", pagebreak=True)
    for s in m["current"]:
        w.body(s)
    w.h(2, "市民意識調査から")
    w.body("令和7年度の市民意識調査では、「市役所の手続をスマートフォンで済ませたい」と回答した市民が58.4%となった一方、60歳以上では「窓口で職員に相談しながら手続したい」との回答も多く、対面とデジタルの双方の充実が求められています。")
    for s in T.SOCIETY[2:]:
        w.body(s)
    w.h(1, "第4章　施策の体系", pagebreak=True)
    w.h(2, "1　基本理念")
    w.p("つながる・ささえる・ひらく　デジタル椿坂", bold=True, align="center", size=13)
    w.h(2, "2　施策の体系")
    rows = []
    for i, p in enumerate(m["policies"]):
        for j, x in enumerate(p["measures"]):
            rows.append(["施策の柱%d\n%s" % (i + 1, p["title"]), "(%d) %s" % (j + 1, x["title"])])
    w.table(["施策の柱", "施策"], rows, widths=[65, 95], merge_first=True)
    w.h(1, "第5章　施策の展開", pagebreak=True)
    for i, p in enumerate(m["policies"]):
        w.h(2, "施策の柱%d　%s" % (i + 1, p["title"]), pagebreak=(i > 0))
        w.p("【目指す姿】", bold=True)
        w.body(p["desc"])
        for j, x in enumerate(p["measures"]):
            w.h(3, "(%d) %s" % (j + 1, x["title"]))
            w.body(x["desc"])
            w.p("所管：%s　／　実施時期：%s" % (x["dept"], x["sched"]), indent=10.5, size=9)
    w.section(landscape=True)
    w.h(1, "第6章　成果指標")
    w.body("各施策の進捗を把握するため、次の成果指標を設定します。")
    rows = []
    for k, (i, j, p, x) in enumerate(all_measures(m)):
        if x["kpi"]:
            rows.append([str(k + 1), x["title"], x["kpi"], x["target"]])
    w.table(["No.", "施策", "KPI", "目標値（2030年度）"], rows, widths=[15, 85, 100, 55])
    w.section(landscape=False)
    w.h(1, "第7章　計画の推進体制")
    w.h(2, "1　推進体制")
    w.body("市長を本部長、副市長を最高情報責任者（CIO）とする「椿坂市DX推進本部」を設置し、全庁横断的に施策を推進します。各課にはDX推進員を配置し、現場の課題の把握と取組の実行を担います。")
    w.h(2, "2　情報セキュリティの確保")
    w.body("計画の推進にあたっては、椿坂市情報セキュリティポリシーに基づき、情報資産の適正な管理を行います。ポリシーは国のガイドラインの改定に合わせて見直しを行います。")
    w.h(2, "3　進行管理")
    w.body(T.PDCA.format(body="椿坂市DX推進本部"))
    w.h(1, "資料編", pagebreak=True)
    w.h(2, "1　椿坂市DX推進本部設置要綱（抜粋）")
    for s in ["（設置）第1条　本市における行政のデジタル化を総合的かつ計画的に推進するため、椿坂市DX推進本部（以下「本部」という。）を設置する。",
              "（所掌事務）第2条　本部は、次に掲げる事項を所掌する。(1) 情報化推進計画の策定及び進行管理に関すること。(2) 情報システムの最適化に関すること。(3) その他デジタル化の推進に関し必要な事項。",
              "（組織）第3条　本部は、本部長、副本部長及び本部員をもって組織する。2 本部長は市長を、副本部長は副市長及び教育長をもって充てる。"]:
        w.p(s, indent=10.5)
    glossary(w, m, title="2　用語解説")
    w.header_footer("第3次椿坂市情報化推進計画", "page", first_page_blank=True)


def build_127(w, m, logo):
    # bold-only; one table 施策の柱｜取組｜概要｜担当 with 柱 merged; no code
    w.cover(m["title"], "", m["date"], m["town"], logo=None)
    w.h(1, "第1章　計画の趣旨")
    w.body("本村は、人口約2,900人の山間の村です。高齢化率は45%を超え、役場から遠い集落も多いことから、住民が身近な場所で行政サービスを受けられる環境づくりが課題となっています。")
    w.body("官民データ活用推進基本法第9条第3項に基づき、本村における官民データの活用の推進に関する施策の基本的な計画として、本計画を策定します。")
    w.h(1, "第2章　計画の期間")
    w.body("本計画の期間は、%s（2026年度～2028年度）の3年間とします。" % m["period_text"])
    w.h(1, "第3章　国の動向と村の現状")
    w.body(T.NATIONAL[5])
    w.body(T.NATIONAL[1])
    for s in m["current"]:
        w.body(s)
    w.h(1, "第4章　取組の内容")
    w.body("次の3つの柱のもとに、8つの取組を進めます。")
    rows = []
    for i, p in enumerate(m["policies"]):
        for x in p["measures"]:
            rows.append(["%d %s" % (i + 1, p["title"]), x["title"], x["desc"], x["dept"]])
    w.table(["施策の柱", "取組", "概要", "担当"], rows, widths=[30, 35, 75, 20], merge_first=True)
    w.h(1, "第5章　推進体制")
    w.body("村長をトップとし、総務課を事務局とする庁内の検討会議において進捗を確認します。人材が限られることから、奈良県や近隣自治体との共同化、外部の専門家の支援も活用します。")
    w.header_footer(None, "dash")


def build_128(w, m, logo):
    # heading styles + multilevel automatic numbering on chapter headings; 取組N-M bold paragraphs with 【内容】【KPI】【担当課】
    w.cover(m["title"], "2026-2030", m["date"], m["town"], logo=logo, code_line="地方公共団体コード %s" % m["code"])
    w.toc([(1, "第1章　計画の概要", 1), (1, "第2章　DXを取り巻く状況", 2), (1, "第3章　目指す姿と基本目標", 5),
           (1, "第4章　取組", 6), (1, "第5章　推進体制", 12)], kind="field")
    nid = w.numbering([("decimalFullWidth", "第%1章", 0, True), ("decimal", "%1.%2", 0, True)])

    def H(level, text, pb=False):
        if w.fmt == "docx":
            para = w.h(level, text, pagebreak=pb)
            from docx.oxml import OxmlElement
            from docx.oxml.ns import qn
            ppr = para._p.get_or_add_pPr()
            numpr = OxmlElement("w:numPr")
            il = OxmlElement("w:ilvl"); il.set(qn("w:val"), str(level - 1))
            ni = OxmlElement("w:numId"); ni.set(qn("w:val"), str(nid))
            numpr.append(il); numpr.append(ni)
            ppr.append(numpr)
        else:
            w.h(level, text, pagebreak=pb)
    H(1, "計画の概要")
    H(2, "計画策定の趣旨")
    w.body(T.SOCIETY[1])
    w.body("陽向台市では、令和3年度に陽向台市DX推進方針を定め、庁内のデジタル化に取り組んできました。方針の期間終了にあわせ、これまでの取組を発展させる計画として「%s」を策定します。" % m["title"])
    H(2, "計画の位置づけ")
    w.body("本計画は、官民データ活用推進基本法第9条第3項の市町村官民データ活用推進計画、及び情報通信技術を活用した行政の推進等に関する法律に基づく情報システム整備計画を兼ねるものとします。")
    H(2, "計画期間")
    w.body("%sから%sまでの5年間とします。" % ("2026年度", "2030年度"))
    H(1, "DXを取り巻く状況", True)
    H(2, "国の動向")
    for s in T.NATIONAL[:4]:
        w.body(s)
    H(2, "岡山県の動向")
    w.body(T.PREF[m["pref"]])
    H(2, "本市の現状と課題")
    for s in m["current"]:
        w.body(s)
    H(1, "目指す姿と基本目標", True)
    H(2, "目指す姿")
    w.p("デジタルで「つながる」「ひらく」「ささえる」陽向台", bold=True, align="center")
    H(2, "基本目標")
    for i, p in enumerate(m["policies"]):
        w.runs([("基本目標%d　%s" % (i + 1, p["title"]), True)])
        w.p(p["desc"], indent=21)
    H(1, "取組", True)
    for i, p in enumerate(m["policies"]):
        H(2, "基本目標%d　%s" % (i + 1, p["title"]))
        for j, x in enumerate(p["measures"]):
            w.runs([("取組%d-%d　%s" % (i + 1, j + 1, x["title"]), True)])
            w.runs([("【内容】", True), (x["desc"], False)], indent=10.5)
            if x["kpi"]:
                w.runs([("【KPI】", True), ("%s（目標：%s）" % (x["kpi"], x["target"]), False)], indent=10.5)
            w.runs([("【担当課】", True), (x["dept"], False)], indent=10.5)
    H(1, "推進体制", True)
    H(2, "推進体制")
    w.body(m["gov"])
    H(2, "進行管理")
    w.body(T.PDCA.format(body=m["body"]))
    w.header_footer(m["title"], "page")


def build_129(w, m, logo):
    # body describes pillars only; measures only in landscape 施策一覧 No.｜施策｜内容｜KPI｜目標値（R12）｜担当課; HTML too
    w.cover(m["title"], "～ひと・まち・しごとをつなぐデジタル～", m["date"], m["town"], logo=logo,
            top_note="団体コード %s" % m["code"])
    w.h(1, "第１章　はじめに")
    ch_purpose(w, m)
    w.h(1, "第２章　現状と課題", pagebreak=True)
    ch_background(w, m)
    w.h(1, "第３章　施策の柱", pagebreak=True)
    w.body("本計画では、次の5つの施策の柱を定めます。柱ごとの具体的な施策は、次ページの施策一覧のとおりです。")
    for i, p in enumerate(m["policies"]):
        w.h(2, "柱%s　%s" % (zen(i + 1), p["title"]))
        w.body(p["desc"])
    w.section(landscape=True)
    w.h(1, "第４章　施策一覧")
    rows = []
    n = 0
    for i, p in enumerate(m["policies"]):
        rows.append(["柱%s　%s" % (zen(i + 1), p["title"]), "", "", "", "", ""])
        for x in p["measures"]:
            n += 1
            rows.append([str(n), x["title"], x["desc"], x["kpi"] or "―", x["target"] or "―", x["dept"]])
    t = w.table(["No.", "施策", "内容", "KPI", "目標値（R12）", "担当課"], rows, widths=[10, 50, 105, 45, 27, 25], size=8.5)
    if w.fmt == "docx":
        # policy rows span the whole table
        for r in t.rows[1:]:
            txt = r.cells[0].text
            if txt.startswith("柱"):
                mc = r.cells[0].merge(r.cells[5])
                mc.text = ""
                rr = mc.paragraphs[0].add_run(txt)
                rr.bold = True
                w._shade(mc, "F2F2F2")
    if w.fmt == "html":
        w.end_land()
    w.section(landscape=False)
    w.h(1, "第５章　計画の推進")
    ch_governance(w, m, nums=("１", "２"))
    w.header_footer(m["title"], "page")


def build_130(w, m, logo):
    # bold-only headings auto-numbered (第%1章) via numbering; measures auto-numbered 取組%1 continuous; 計画期間 table; 推進体制
    w.cover(m["title"], "（星ノ原町官民データ活用推進計画）", m["date"], m["town"], logo=logo)
    w.toc([(1, "第1章　計画の概要", 1), (1, "第2章　現状と課題", 2), (1, "第3章　基本目標と取組", 4), (1, "第4章　推進体制", 7)])
    chap = w.numbering([("decimal", "第%1章　", 0, True)])
    tori = w.numbering([("decimal", "取組%1　", 420, True)])

    def C(text):
        p = w.num(chap, 0, text, bold=True)
        if w.fmt == "docx":
            from docx.shared import Pt
            for r in p.runs:
                r.font.size = Pt(14)
            p.paragraph_format.space_before = Pt(12)
    C("計画の概要")
    w.runs([("１　計画の趣旨", True)])
    w.body("星ノ原町では、第6次星ノ原町総合計画において「デジタルを活かした暮らしやすいまち」を掲げています。その実現に向け、町の行政サービスと役場の業務をデジタル技術によって変革するための指針として、本計画を策定します。")
    w.runs([("２　計画の位置づけ", True)])
    w.body("本計画は、自治体DX推進計画を踏まえた本町のDX推進計画であり、官民データ活用推進基本法に基づく市町村官民データ活用推進計画を兼ねます。")
    w.runs([("３　計画の期間", True)])
    w.table(["計画", "令和8年度\n(2026)", "令和9年度\n(2027)", "令和10年度\n(2028)", "令和11年度\n(2029)", "令和12年度\n(2030)"],
            [["第6次総合計画", "前期基本計画", "", "後期基本計画", "", ""], ["本計画", "2026年度～2030年度", "", "", "", ""]],
            widths=[35, 25, 25, 25, 25, 25])
    C("現状と課題")
    for s in m["current"]:
        w.body(s)
    w.body(T.NATIONAL[2])
    C("基本目標と取組")
    w.body("4つの基本目標のもと、10の取組を進めます。")
    for i, p in enumerate(m["policies"]):
        w.runs([("基本目標%s　%s" % (zen(i + 1), p["title"]), True)])
        w.p(p["desc"], indent=10.5)
        for x in p["measures"]:
            w.num(tori, 0, x["title"], bold=True)
            w.p(x["desc"], indent=42)
    C("推進体制")
    w.body(m["gov"])
    w.body(T.PDCA.format(body=m["body"]))
    w.header_footer(None, "dash", first_page_blank=True)


BUILDERS = {"doc121": build_121, "doc122": build_122, "doc123": build_123, "doc124": build_124, "doc125": build_125,
            "doc126": build_126, "doc127": build_127, "doc128": build_128, "doc129": build_129, "doc130": build_130}
HEADING_MODE = {"doc121": "style", "doc122": "bold", "doc123": "style", "doc124": "bold", "doc125": "bold",
                "doc126": "style", "doc127": "bold-center", "doc128": "style", "doc129": "style", "doc130": "bold"}


# ------------------------------------------------------------- keys
def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_key(did, m):
    v = verdicts(m["policies"])
    o = ["municipality: %s" % q(m["town"]), "code: %s" % (q(m["code"]) if m["code"] and m.get("code_shown", True) else "null"),
         "period: {start: %d, end: %d}" % m["period"], "policies:"]
    for p in m["policies"]:
        o.append("  - title: %s" % q(p["title"]))
        o.append("    measures:")
        for x in p["measures"]:
            o.append("      - %s" % q(x["title"]))
    o.append("items:")
    for i in ITEMS:
        o.append("  %s: %s" % (i, v[i]))
    o.append("notes: |")
    for line in m["notes"].strip().splitlines():
        o.append("  " + line.strip())
    with open(os.path.join(HERE, did + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(o) + "\n")
    return v


# ------------------------------------------------------------- convert & check
def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    return "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml))


def html_text(path):
    import html as H
    s = open(path, encoding="utf-8").read()
    s = re.sub(r"<style.*?</style>", "", s, flags=re.S)
    return H.unescape(re.sub(r"<[^>]+>", "", s))


def pdf_text(path, mode=None):
    args = ["pdftotext"] + ([mode] if mode else []) + [path, "-"]
    return subprocess.run(args, capture_output=True, text=True).stdout


def expected_strings(m):
    s = [m["town"]] + ([m["code"]] if m["code"] else [])
    for p in m["policies"]:
        s.append(p["title"])
        s += [x["title"] for x in p["measures"]]
    return s


def check(did, m):
    """Every string must occur in the .docx text, the HTML text, and in each PDF's pdftotext output
    (default reading order, or -raw content-stream order when a wrapped table cell interleaves
    with its neighbours in the default order; such cases are reported as notes)."""
    fails, notes = [], []
    outs = {did + ".docx": [norm(docx_text(os.path.join(HERE, did + ".docx")))]}
    pdfs = [did + ".pdf"]
    if did in HTML_DOCS:
        outs[did + ".html"] = [norm(html_text(os.path.join(HERE, did + ".html")))]
        pdfs.append(did + ".chromium.pdf")
    for p in pdfs:
        outs[p] = [norm(pdf_text(os.path.join(HERE, p))), norm(pdf_text(os.path.join(HERE, p), "-raw"))]
    for name, txts in outs.items():
        for s in expected_strings(m):
            k = norm(s)
            if k not in txts[0]:
                if len(txts) > 1 and k in txts[1]:
                    notes.append("%s: %r only in pdftotext -raw order" % (name, s))
                else:
                    fails.append("%s: missing %r" % (name, s))
    return fails, notes


def build(did):
    m = PLANS[did]
    m["policies"] = parse_plan(m["plan"]) if isinstance(m["plan"], str) else m["plan"]
    for extra in m.get("subs", {}).items():
        pass
    logo = os.path.join(HERE, "logo_%s.png" % did)
    make_logo(logo, color=m.get("logo_color", (30, 90, 160)), shape=m.get("logo_shape", "circle"))
    for k, subs in m.get("subs", {}).items():
        for p in m["policies"]:
            for x in p["measures"]:
                if x["title"] == k:
                    x["subs"] = subs
    for k in m.get("focus", []):
        for p in m["policies"]:
            for x in p["measures"]:
                if x["title"] == k:
                    x["focus"] = True
    w = DocxWriter(heading_mode=HEADING_MODE[did])
    BUILDERS[did](w, m, logo)
    w.save(os.path.join(HERE, did + ".docx"))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, os.path.join(HERE, did + ".docx")],
                   check=True, capture_output=True)
    if did in HTML_DOCS:
        hw = HtmlWriter(heading_mode=HEADING_MODE[did], title=m["title"], header=m["title"])
        BUILDERS[did](hw, m, logo)
        hp = os.path.join(HERE, did + ".html")
        hw.save(hp)
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        "--print-to-pdf=" + os.path.join(HERE, did + ".chromium.pdf"), "file://" + hp],
                       check=True, capture_output=True)
    v = write_key(did, m)
    return m, v


def main():
    ids = sys.argv[1:] or sorted(PLANS)
    allfails = []
    for did in ids:
        m, v = build(did)
        f, notes = check(did, m)
        for n in notes:
            print("  note", n)
        pages = subprocess.run(["pdfinfo", os.path.join(HERE, did + ".pdf")], capture_output=True, text=True).stdout
        pg = re.search(r"Pages:\s+(\d+)", pages)
        nmeas = sum(len(p["measures"]) for p in m["policies"])
        print("%s %s pages=%s policies=%d measures=%d missing=%s partial=%s fails=%d" % (
            did, m["town"], pg.group(1) if pg else "?", len(m["policies"]), nmeas,
            [k for k in ITEMS if v[k] == "missing"], [k for k in ITEMS if v[k] == "partial"], len(f)))
        allfails += f
    for f in allfails:
        print("FAIL", f)
    sys.exit(1 if allfails else 0)


if __name__ == "__main__":
    main()
