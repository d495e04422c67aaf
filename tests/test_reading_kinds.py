"""The readings issue 23 added, each through the real CLI: an item said in other words (a frame), a
commitment kept to a trial, an occasion or one office (限定), another body named as a title's owner or
as the subject (県では), a word in another sense, 長音 typed as a dash or 一, a problem heading, and a
title that only names what its text says was done. The sentences are made up in the way plans write;
the blind sets (tests/test_inference_probes.py) measure the rules on sentences nobody here wrote."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import WritePlan, run_cli


def _plan(measures: list[tuple[str, str]], policy: str = "町の取組") -> str:
    lines = [
        "version: 1",
        "municipality: {name: 試験町, prefecture: 北海道, code: '012319'}",
        "plan: {title: 試験町DX推進計画, period: {start: 2026, end: 2030}}",
        "policies:",
        "  - id: '1'",
        f"    title: {policy}",
        "    measures:",
    ]
    for index, (title, description) in enumerate(measures, 1):
        lines += [f"      - id: '1-{index}'", f"        title: {json.dumps(title, ensure_ascii=False)}"]
        if description:
            lines.append(f"        description: {json.dumps(description, ensure_ascii=False)}")
    return "\n".join(lines) + "\n"


def _items(path: Path) -> dict[str, dict[str, Any]]:
    run = run_cli("audit", str(path), "--format", "json", "--edition", "dx=1.0", "--fail-on", "never")
    assert run.exit_code == 0, run.stderr
    document = json.loads(run.output)
    return {i["id"]: i for f in document["frameworks"] for i in f["items"]}


def _status(write_plan: WritePlan, title: str, description: str = "", item: str = "dx/online") -> str:
    return str(_items(write_plan(_plan([(title, description)])))[item]["status"])


@pytest.mark.parametrize(
    ("title", "description", "item"),
    [
        ("転入手続の見直し", "転入に伴う届出を、窓口に来なくても自宅のスマートフォンから行えるようにします。", "dx/online"),
        ("補助金事務の簡素化", "補助金の実績報告で求めている書類の提出を見直し、必要最小限にします。", "dx/bpr"),
        ("職員の訓練", "不審なメールを開いてしまったときの報告手順を定め、全職員で訓練します。", "dx/security"),
        ("多様な働き方", "育児や介護を担う職員が、出張先から役場の端末に接続して働けるようにします。", "dx/telework"),
        (
            "住民記録等の切替え",
            "住民記録、税、国民健康保険の業務システムを、国が定める仕様に沿ったものへ切り替えます。",
            "dx/standardization",
        ),
        ("水路の見回り", "農業用水路の水位をセンサーで遠隔監視し、見回りの負担を減らします。", "dx/community"),
        ("機器の相談", "タブレットの扱いに不安のある方に、集会所で手ほどきをします。", "dx/divide"),
    ],
)
def test_a_commitment_in_other_words_is_read_by_a_frame(write_plan: WritePlan, title: str, description: str, item: str) -> None:
    items = _items(write_plan(_plan([(title, description)])))
    assert items[item]["status"] == "covered", items[item]
    evidence = items[item]["evidence"][0]
    assert evidence["reading"]["frame"], "the frame is named in the evidence"
    assert evidence["matched"], "and the author's words that filled it"


def test_explain_names_the_frame_and_the_words(write_plan: WritePlan) -> None:
    path = write_plan(_plan([("転入手続の見直し", "転入に伴う届出を、窓口に来なくても自宅のスマートフォンから行えるようにします。")]))
    run = run_cli("explain", "dx/online", str(path), "--edition", "dx=1.0")
    assert "枠: 手続＋来庁不要" in run.output, run.output
    assert "来なくても" in run.output


@pytest.mark.parametrize(
    ("title", "description", "item", "status"),
    [
        ("RPAの試行導入", "税務課の2業務でRPAを試行します。", "dx/ai-rpa", "partial"),
        ("RPAの試行導入", "試行の結果を踏まえ、令和9年度から全庁に展開します。", "dx/ai-rpa", "covered"),
        ("業務継続", "災害時に限り、職員の在宅勤務を認めます。", "dx/telework", "partial"),
        ("福祉課における押印の見直し", "福祉課の申請書から押印を不要とします。", "dx/bpr", "partial"),
        ("押印の見直し", "全課の申請書から押印を不要とします。", "dx/bpr", "covered"),
    ],
)
def test_a_commitment_kept_to_a_trial_an_occasion_or_one_office_is_partial(
    write_plan: WritePlan, title: str, description: str, item: str, status: str
) -> None:
    assert _status(write_plan, title, description, item) == status


@pytest.mark.parametrize(
    ("title", "description", "item", "status"),
    [
        # another body as the title's owner or the subject
        ("民間におけるRPAの普及", "町内の事業者にRPAの事例を紹介します。", "dx/ai-rpa", "missing"),
        ("電子申請", "県では、市町村と共同で電子申請システムを整備します。", "dx/online", "missing"),
        # another sense
        ("地域のフードセキュリティの確保", "地元産の食料を学校給食に使います。", "dx/security", "missing"),
        ("酪農経営の支援", "酪農家のAI（人工授精）にかかる費用の一部を助成します。", "dx/ai-rpa", "missing"),
        ("ふるさと納税", "ガバメントクラウドファンディングで寄附を募ります。", "dx/standardization", "missing"),
        # 長音 typed as the kanji 一 or a dash
        ("テレワ一クの推進", "職員の在宅勤務を推進します。", "dx/telework", "covered"),
        ("オ−プンデ−タの公開", "町の統計を公開します。", "dx/opendata", "covered"),
        # a heading that names a problem, over a text that only describes it / that commits
        ("マイナンバーカードの交付率の伸び悩み", "交付率は県平均を下回っています。", "dx/mynumber", "partial"),
        ("マイナンバーカードの交付率の伸び悩み", "このため、休日の交付窓口を開き、出張申請を受け付けます。", "dx/mynumber", "covered"),
        # a title that names what its text says was done; an aim over the same past
        ("RPAの導入", "令和3年度に、税務課の2業務でRPAを導入しました。", "dx/ai-rpa", "missing"),
        ("RPAの活用拡大", "令和3年度に、税務課の2業務でRPAを導入しました。", "dx/ai-rpa", "covered"),
        # a study in the title, a dated commitment in the text
        ("AI議事録の導入検討", "令和8年度に導入し、全課の会議録作成に使います。", "dx/ai-rpa", "covered"),
    ],
)
def test_actors_senses_spelling_problems_and_history(write_plan: WritePlan, title: str, description: str, item: str, status: str) -> None:
    assert _status(write_plan, title, description, item) == status


# Read from blind set 10's disagreements after its first run (docs/audit.md), each in words of its own.
@pytest.mark.parametrize(
    ("title", "description", "item", "status"),
    [
        # 「自動で」: a frame's word that ends on a particle is matched as a sentence holds it (it was read 自動だ)
        ("会計事務の省力化", "伝票の入力や転記の作業を、職員に代わって自動で処理する仕組みに置き換えます。", "dx/ai-rpa", "covered"),
        ("届出の受付", "妊娠の届出を、自宅で完結できるようにします。", "dx/online", "covered"),
        # a chatbot and speech recognition described by what they do
        ("問い合わせ対応の充実", "よくある質問に、夜間や休日も自動で答える案内をホームページに設けます。", "dx/ai-rpa", "covered"),
        ("議事録作成の効率化", "委員会の録音から議事録の下書きを自動で作成します。", "dx/ai-rpa", "covered"),
        # words of an item in another sense: the town's own network, AI as a subject taught, firms' work
        ("本庁と支所を結ぶ回線の更新", "本庁と各支所を結ぶ自営の光ファイバ回線を更新します。", "dx/community", "missing"),
        ("子ども向けAI講座の開催", "小中学生を対象に、AIとプログラミングの体験講座を開きます。", "dx/ai-rpa", "missing"),
        ("町内事業者の生産性向上", "町内の中小企業が行う業務プロセスの見直しを、専門家派遣で支援します。", "dx/bpr", "missing"),
        # what was done and how it is now, under a title that names it: no aim
        ("電子申請システムの導入", "平成30年度に電子申請システムを導入し、現在15の手続を受け付けています。", "dx/online", "missing"),
        ("情報セキュリティ研修（これまでの取組）", "", "dx/security", "missing"),
        # 「導入に至っていません」 is a problem not yet solved, not a refusal: with a study, partial
        (
            "テレワークについて",
            "端末の不足から、職員のテレワークの導入に至っていません。導入の可否を検討します。",
            "dx/telework",
            "partial",
        ),
    ],
)
def test_other_words_other_senses_and_what_was_done_read_after_blind_set_10(
    write_plan: WritePlan, title: str, description: str, item: str, status: str
) -> None:
    assert _status(write_plan, title, description, item) == status
