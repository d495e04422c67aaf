"""Blind set 17's new ground and the fourth walkthrough's 「検討中です」, each rule's own sentence beside the sentence it
must leave alone. The set's author wrote the verdicts before the rules (tests/data/inference_blind17.yaml); the
look-alikes that must not change were written with the rules."""

from __future__ import annotations

import pytest

from dxcheck.catalogue.framework import shipped_catalogue
from dxcheck.model.plan import Measure
from dxcheck.reading import infer
from dxcheck.reading.japanese import lexicon


@pytest.mark.parametrize(
    ("title", "description", "item", "status"),
    [
        # a study going on, in SudachiPy's one word (the walkthrough's: read as a commitment)
        ("RPAの導入", "RPAの導入について検討中です。", "dx/ai-rpa", "partial"),
        ("テレワーク", "職員のテレワークの導入は検討中。", "dx/telework", "partial"),
        # a door left open: neither a refusal nor a commitment
        ("AIの活用", "行政事務へのAIの活用を否定するものではありません。", "dx/ai-rpa", "partial"),
        ("ローカル5Gの活用", "ローカル5Gの活用について、実施しないこととはしていません。", "dx/community", "partial"),
        ("AIの導入", "AIは導入しません。", "dx/ai-rpa", "missing"),
        # what others say, and a question raised
        ("職員の働き方", "職員から在宅勤務を望む声があります。", "dx/telework", "partial"),
        ("問合せ対応の効率化", "AIを使えば問合せ対応の負担が大幅に減ると言われています。", "dx/ai-rpa", "partial"),
        ("行政事務の効率化", "行政事務にもAIの活用が有効ではないでしょうか。", "dx/ai-rpa", "partial"),
        # a condition that may not come, without its comma; a time the town expects is none
        ("AI-OCRの導入", "財源が確保でき次第導入します。", "dx/ai-rpa", "partial"),
        ("避難所のWi-Fi", "国の補助が得られれば避難所にWi-Fiを整備します。", "dx/community", "partial"),
        ("電子申請の対象拡大", "標準準拠システムへの移行が完了次第対象手続を順次拡大します。", "dx/online", "covered"),
        ("避難所のWi-Fi", "補助金を活用し避難所にWi-Fiを整備します。", "dx/community", "covered"),
        # a means done without (〜ことなく); a burden done without is the point
        ("本人確認", "マイナンバーカードを使うことなく、IDとパスワードでも電子申請ができるようにします。", "dx/mynumber", "missing"),
        ("来庁不要", "マイナンバーカードを活用し、来庁することなく手続できるようにします。", "dx/mynumber", "covered"),
        ("会議のペーパーレス化", "庁議の資料はタブレット端末で閲覧することとし、印刷しての配布は行いません。", "dx/bpr", "covered"),
        # a list under a sentence whose topic is the list, and under one that says it was done
        ("庁内業務の効率化", "次の事項について、導入の効果を調査します。\n①AIによる会議録の作成", "dx/ai-rpa", "partial"),
        ("これまでの主な取組", "以下の取組は実施済みです。\n①コンビニ交付の開始", "dx/mynumber", "missing"),
        ("主な取組", "次の取組を実施します。\n①コンビニ交付の開始", "dx/mynumber", "covered"),
        # a page's number and a footnote's mark in the middle of a sentence of a PDF
        ("定型業務の自動化", "RPAの導入を\n\n- 18 -\n\n見送ります。", "dx/ai-rpa", "missing"),
        ("AIの活用", "AI※4の活用については、国の動向を\n- 9 -\n注視します。", "dx/ai-rpa", "partial"),
        ("RPA", "RPAを導入します。\n- 18 -\n", "dx/ai-rpa", "covered"),
        # another sense: a building's guard, another kind of incident, another body's open data
        ("庁舎セキュリティの強化", "夜間の庁舎警備を機械警備に切り替え、不審者の侵入を防ぎます。", "dx/security", "missing"),
        ("不正侵入対策", "不正な侵入を防ぐため、ネットワークを監視します。", "dx/security", "covered"),
        ("ヒヤリ・ハット事例の共有", "公用車の接触事故などのインシデントを全庁で共有し、再発防止につなげます。", "dx/security", "missing"),
        ("インシデント対応", "情報セキュリティインシデント発生時の対応手順を整備します。", "dx/security", "covered"),
        ("統計データの活用", "県が公開しているオープンデータを分析し、施策の立案に活用します。", "dx/opendata", "missing"),
        ("オープンデータ", "町の保有データをオープンデータとして公開します。", "dx/opendata", "covered"),
    ],
)
def test_hedges_conditions_lists_and_senses_are_read_as_a_careful_reader_reads_them(
    title: str, description: str, item: str, status: str
) -> None:
    reader = infer.Reader(shipped_catalogue().select({"dx": "1.0"}), lexicon())
    matches = reader.read_measure(Measure(id="1", title=title, description=description))
    strongest = max((m.strength for m in matches if m.item == item), key=("missing", "partial", "covered").index, default="missing")
    assert strongest == status, [(m.item, m.field, m.reading, m.strength) for m in matches]


def test_a_door_left_open_shows_the_words_that_leave_it_open() -> None:
    reader = infer.Reader(shipped_catalogue().select({"dx": "1.0"}), lexicon())
    matches = reader.read_measure(Measure(id="1", title="AIの活用", description="行政事務へのAIの活用を否定するものではありません。"))
    assert any(m.field == "description" and m.reading.predicate == "否定するものではありません" for m in matches), matches
