"""Inferring which national items a measure or a policy commits to, from its Japanese text.

The rule, precisely (docs/audit.md):

1. Each field (a measure's or policy's title, its description) is cut into sentences, the text as
   matched (dxcheck.reading.japanese.fold) repaired of extraction damage. Only a sentence that may hold an
   item's word is read by SudachiPy (a cheap key picks them).
2. A word of an item's vocabulary (frameworks/*.yaml) is found as whole words, on SudachiPy's
   normalised forms, outside the item's exclusion phrases. A combination counts when all its words
   are in one sentence. A broad word must pass the item's sense rules (格差 needs デジタル/情報/ICT in
   the sentence; テレワーク of 企業/事業者 is not the town's own, unless 職員 is there too).
3. The predicate that governs the word decides (dxcheck.reading.japanese.read_predicate): a commitment
   (推進します, 導入（令和6年度）) → covered; a study (検討, 調査研究, 可否) or a problem or need
   (課題となっている, 求められている) → partial; a refusal or abandonment (しない, 見送る, 終了), a past
   fact (導入しました), a present state (〜しています), another actor (国は, 県が、), a premise
   (〜に伴い) or another sense → read, and not counted. Removing a problem (押印を廃止します,
   格差の解消) is a commitment. 「このため」「そのため」 carry the words of the sentence before.
4. A measure's title that names an item commits to it (施策名), unless it is a study (〜の検討), a
   report (〜の状況, これまでの〜), or its description refuses the item; a description that only
   studies it makes it partial. A policy's title alone is partial; its description is read as any text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import pairwise
from typing import Any, Literal

from dxcheck.catalogue.framework import Combination, FrameworkSet, Sense
from dxcheck.files import cache as disk
from dxcheck.model.plan import Measure, Policy, read_part
from dxcheck.reading.japanese import (
    STRENGTH,
    Clause,
    ExtraSense,
    Folded,
    Keyed,
    Lexicon,
    Reading,
    ReadingClass,
    Word,
    analyse,
    clauses,
    find,
    fold,
    governing,
    keyed,
    lexicon,
    nominal_key,
    read_predicate,
    sentences,
    subject,
    term_key,
)

Field = Literal["title", "description"]
Stance = Literal["refuses", "other", "studies", "commits", "past", "problem", ""]
Strength = Literal["covered", "partial", "missing"]
_RANK = {"covered": 2, "partial": 1, "missing": 0}
# What does not progress in a problem stated (「取得が進んでいません」「整っておらず」), not a refusal
_PROGRESS = (
    "進ん",
    "進ま",
    "至っ",
    "整っ",
    "整わ",
    "できて",
    "使いこなせ",
    "知ら",
    "追いつ",
    "足り",
    "届い",
    "届か",
    "普及し",
    "浸透し",
    "伸び",
)
# A title that says it tells what was done (「情報セキュリティ研修（これまでの取組）」「（実績）」)
_PAST_TITLE = re.compile(
    r"[（(【\[](?:これまでの取組み?|これまでの取り組み|これまでの主な取組み?|取組実績|実績|主な実績)[）)】\]]"
    # a row of a table of what was done: 「RPA導入｜会計課｜令和4年度 導入済｜…」
    r"|(?:導入|実施|整備|移行|完了)済"
)
# A title that ends on a body in brackets: 「ガバメントクラウドの整備（国）」 (NFKC: the brackets are ASCII)
_BRACKETED = re.compile(r"[(【\[]([^()【】\[\]]{1,12})[)】\]]$")
# A frame's word with a negative of its own (「来なくても」「書かずに」): the negative is no predicate.
# A fiscal year in a title: 「（令和6年度）」「令和7年度まで」「2026年度」
_DATED = re.compile(r"(?:令和|平成)\s*(?:\d+|元)\s*年度|20\d\d\s*年度")
# What a word names when it is a risk weighed (「情報漏えいのリスクを見極めながら」「漏えい等の懸念」)
_RISK = re.compile(r"(?:等|など)?の?(?:リスク|危険性|懸念|おそれ)")
_NEGATIVE = re.compile("ない|なく(?!す|し)|ず|せず")  # not 「なくす」「なくします」: removing is a predicate


@dataclass(frozen=True)
class Match:
    """One reading of an item in a text: the field and sentence, the author's words, how it was read."""

    item: str
    field: Field
    sentence: str
    terms: tuple[str, ...]  # the author's words
    reading: Reading
    strength: Strength
    carried: str | None = None  # 「このため」: the words are in the sentence before
    problem: bool = False  # the words name a problem (押印, 格差): removing it is the commitment
    combination: bool = False  # found by a combination of words rather than one term
    bare: bool = False  # a title that only names the thing (「観光Wi-Fi」), with no action
    signal: tuple[str, ...] = ()  # the vocabulary's words, as the framework writes them
    frame: str | None = None  # found by a frame of frames.yaml (「手続＋来庁不要」), the item's words absent
    policy: str | None = None  # inherited: the title of the policy the measure carries out (never kept on disk)
    action: bool = True  # a title that ends on an action (推進, 導入: SudachiPy's サ変可能) or a verb, not a thing


@dataclass(frozen=True)
class _Signal:
    """Words that name an item: a term, a combination (every word), or a frame (a word of every group)."""

    groups: tuple[tuple[str, ...], ...]  # as written in the framework or frames.yaml
    at_most: Strength
    problem: bool
    frame: str | None = None  # the frame's name (「手続＋来庁不要」)

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(w for group in self.groups for w in group)


@dataclass(frozen=True)
class _Sense:
    terms: frozenset[str]
    needs: tuple[str, ...]
    not_with: tuple[str, ...]
    unless: tuple[str, ...]
    clause: bool  # look for not_with and unless in the clause of the word only
    partial: bool  # a foil makes the reading partial, not another sense


@dataclass(frozen=True)
class _Item:
    id: str
    signals: tuple[_Signal, ...]
    excludes: tuple[str, ...]
    senses: tuple[_Sense, ...]


@dataclass
class _Sentence:
    """A sentence of a field: its original text, as matched, and (once read) its words."""

    original: str
    folded: Folded
    words: tuple[Word, ...] | None = None
    found: dict[str, list[Match]] = field(default_factory=dict)
    # What a clause's predicate and subject are, asked again for every item the sentence names
    # (read_predicate is given the spans of all the sentence's terms, so it depends on the clause and
    # on whether the item is a problem alone): by (clause, problem), and by the clause's end.
    predicates: dict[tuple[int, bool], Reading] = field(default_factory=dict)
    subjects: dict[int, str | None] = field(default_factory=dict)


class Reader:
    """The vocabularies of every item and the lexicon: reads measures and policies."""

    def __init__(self, frameworks: FrameworkSet, lex: Lexicon) -> None:
        self.lex = lex
        self.variants = tuple(sorted(lex.variants.items()))
        self.items: list[_Item] = []
        for framework in frameworks:
            for item in framework.items:
                vocabulary = item.vocabulary
                qualified = framework.qualified(item)
                problems = set(vocabulary.problems)
                signals = []
                for signal in vocabulary.signals:
                    if isinstance(signal, Combination):
                        words, at_most = tuple(signal.words), signal.at_most or "covered"
                    else:
                        words, at_most = ((signal,) if isinstance(signal, str) else tuple(signal)), "covered"
                    signals.append(_Signal(tuple((w,) for w in words), at_most, bool(problems & set(words))))
                for frame in lex.frames:
                    if qualified in frame.items:
                        groups = tuple(tuple(group) for group in frame.groups)
                        signals.append(_Signal(groups, frame.at_most, frame.problem, frame.name))
                rules: list[Sense | ExtraSense] = [*vocabulary.senses, *(x for x in lex.senses if qualified in x.items)]
                senses = tuple(
                    _Sense(
                        frozenset(s.terms), tuple(s.needs), tuple(s.not_with), tuple(s.unless), s.within == "clause", s.then == "partial"
                    )
                    for s in rules
                )
                self.items.append(_Item(qualified, tuple(signals), tuple(vocabulary.excludes), senses))
        # Every word of every vocabulary once (signals, exclusions, senses), matched on its key.
        every = {w for e in self.items for sig in e.signals for w in sig.words}
        every |= {w for e in self.items for w in e.excludes}
        every |= {w for e in self.items for sense in e.senses for w in (*sense.needs, *sense.not_with, *sense.unless)}
        self.words = sorted(every)
        # What carries each item out in words too broad to name it (frames.yaml `serves`), by item.
        self.serves: dict[str, tuple[str, ...]] = {}
        for serve in lex.serves:
            for served in serve.items:
                self.serves[served] = (*self.serves.get(served, ()), *(fold(w).text for w in serve.words))
        self._actions: dict[tuple[str, str], tuple[str, str, Field, str] | None] = {}
        self._variant_map = dict(self.variants)
        # The sense rules that tell a title's word in another sense by the measure's text (_title_senses),
        # by item: their terms, their foils (each with its folded form) and the words that undo a foil.
        self._foils: dict[str, list[tuple[frozenset[str], tuple[tuple[str, str], ...], tuple[str, ...], bool]]] = {}
        for entry in self.items:
            for sense in entry.senses:
                if not sense.partial and not sense.needs and sense.not_with:
                    foils = tuple((w, fold(w).text) for w in sense.not_with)
                    unless = tuple(fold(w).text for w in sense.unless)
                    self._foils.setdefault(entry.id, []).append((sense.terms, foils, unless, sense.clause))
        # Which signals each word may be part of (an item's position in self.items, the signal's in the
        # item's): a sentence is matched against the signals its words may make, not against every item.
        self._naming: dict[str, list[tuple[int, int]]] = {}
        for position, entry in enumerate(self.items):
            for number, made in enumerate(entry.signals):
                for w in dict.fromkeys(made.words):
                    self._naming.setdefault(w, []).append((position, number))
        self._starting: dict[str, list[int]] | None = None  # a key's first two characters → its places in self.keys
        # Terms: words whose own negative is no predicate (「書かない窓口」「来なくても」)
        self.terms = frozenset(
            w for e in self.items for sig in e.signals for w in sig.words if len(sig.words) == 1 or (sig.frame and _NEGATIVE.search(w))
        )
        # What the readings depend on: the words and rules read with, the dictionary, the code.
        self._made_of = _made_of(self.words, frameworks, lex)
        self._made_of_digest = disk.fingerprint(*self._made_of)  # hashed once (the code and vocabulary: ~200 KB)
        self._keys: list[tuple[str, str]] | None = _keys_from(disk.load(disk.path("vocabulary", self._made_of_digest)))
        # The readings of a field's text, by (field, text): a plan, and a comparison of many, repeat
        # them. Kept on disk between runs, an entry for each plan, named by the plan's text (`kept_for`):
        # the next audit of the same plan reads nothing again. What the disk gives stays as it was stored
        # (`_stored`, plain lists) until a text asks for it.
        self._read: dict[tuple[str, str], list[Match]] = {}
        self._stored: dict[tuple[str, str], list[Any]] = {}
        self._refused: dict[str, Stance] = {}
        self._clauses_of: dict[str, list[Clause]] = {}  # a folded sentence → its clauses (_clauses)
        self._limits: dict[str, str | None] = {}  # a measure's title → what it keeps the measure to (_title_limit)
        # While a plan is audited (`kept_for`): the readings and stances its texts asked for, in order.
        self._asked: dict[tuple[str, str], list[Match]] | None = None
        self._asked_stances: dict[str, Stance] | None = None
        self._new = 0

    def _key(self, term: str) -> str:
        return term_key(term, self.variants)

    @property
    def keys(self) -> list[tuple[str, str]]:
        """Every vocabulary word with its key; computed once (SudachiPy reads each word), kept on disk."""
        if self._keys is None:
            self._keys = [(word, key) for word in self.words if (key := self._key(word))]
            # 「音声読み上げ」 alone ends on a verb (読む・上げる); in a sentence 「読み上げ」 is a noun: both keys
            self._keys += [(word, noun) for word in self.words if (noun := nominal_key(word, self.variants))]
            disk.store(disk.path("vocabulary", self._made_of_digest), [list(pair) for pair in self._keys])
        return self._keys

    @contextmanager
    def kept_for(self, plan_text: str, *, worth: int = 1) -> Iterator[None]:
        """Audit one plan with the readings kept on disk for its text, and keep what it read afresh.

        The entry is named by what the readings depend on (`_made_of`) and by the plan's text, and holds
        the readings of the texts the plan's audit asked for: an audit of one plan reads one small entry,
        whatever else was audited before (one entry for every plan, the newest 20,000 texts, grew to
        22 MB after a comparison of the country, and every audit then read it and wrote it again). It is
        written when the audit read at least `worth` texts afresh — not from the entry, nor from what
        this process read before. An audit keeps any (a plan of three sentences read again costs the
        loading of SudachiPy's dictionary); a comparison, where the dictionary is loaded anyway, passes
        `WORTH_AN_ENTRY_IN_A_COMPARISON`: an entry is a file made (0.5 ms of CPU on the machine of docs/performance.md),
        reading a text 0.2–0.4 ms.
        """
        where = disk.path("readings", self._made_of_digest, plan_text)
        kept = _readings_from(disk.load(where)) if where is not None else None
        stored, stances = kept if kept is not None else ({}, {})
        self._stored = stored
        if len(self._refused) + len(stances) >= 2 * _KEPT:  # a long comparison: the newest kept, its memory flat
            self._refused = dict(list(self._refused.items())[-_KEPT:])
        for text, stance in stances.items():
            self._refused.setdefault(text, stance)
        self._asked, self._asked_stances = {}, {}
        new = self._new
        try:
            yield
            asked, asked_stances = self._asked, self._asked_stances
        finally:
            self._stored, self._asked, self._asked_stances = {}, None, None
        if where is None or self._new - new < max(worth, 1):
            return  # (almost) nothing read afresh: its entry as it was, or its texts read before in this process
        read = [[field_name, text, [_plain(m) for m in matches]] for (field_name, text), matches in asked.items()]
        disk.store(where, {"read": read, "refused": [[text, stance] for text, stance in asked_stances.items()]})

    # --- the fields ------------------------------------------------------------------------------

    def read_measure(self, measure: Measure) -> list[Match]:
        """Every reading of every item in a measure: the counted ones, and the ones read and not counted."""
        title = self._read_field(measure.title, "title")
        description = self._read_field(measure.description or "", "description")
        normal = unicodedata.normalize("NFKC", measure.title)  # the title as its marks are matched, once
        listed = _LIST_TITLE.search(normal)
        if listed is not None and description and _only_items(measure.description or "", tuple(self.lex.bullets)):
            # 「今後の検討課題」「当面見送る取組」 over a list alone: the title says what is done with every item in it
            kind: ReadingClass = "study" if listed.group(1) else "negation"
            items = [m for m in description if not m.sentence.startswith("※") and not _SAYS_ITS_OWN.search(m.sentence)]
            led = {id(m) for m in items}
            said = _led(items, Reading(kind, listed.group()))
            description = [*said, *(m for m in description if id(m) not in led)]
        stance = self._stance_of(measure.description or "") if title else ""
        if stance == "commits" and any(m.reading.kind == "study" for m in title) and self._only_prepares(measure.description or ""):
            # 「ＲＰＡの適用業務の研究」 over 「適用可能な業務の洗い出しを行います。」: what the text does is the study's first
            # step, not the thing studied taken up (a blind set's; 「AI議事録の導入検討」 over 「令和7年度に導入し…」 still commits)
            stance = ""
        if title and _PAST_TITLE.search(normal):
            stance = "past"
        rollout = self.lex.limits.rollout
        # only a title read as limited (a trial) asks whether the text rolls it out (_combine)
        rolled_out = any(m.reading.kind == "limited" for m in title) and any(word in (measure.description or "") for word in rollout)
        # 「RPAの導入（令和6年度）」: a title with its year is a dated commitment; a study in its text is of the details
        dated = _DATED.search(normal) is not None
        combined = _combine(
            title,
            description,
            stance=stance,
            limit=self._title_limit(measure.title),
            rollout=rollout,
            rolled_out=rolled_out,
            dated=dated,
        )
        if stance == "past":
            # 「RPAの導入」 over 「令和3年度にRPAを導入しました。」: the title names what was done, not an aim
            # (「RPAの活用拡大」 over the same sentence is one: 拡大 was not done). A title with no aim of its own
            # (「標的型攻撃メール訓練」 over 「令和5年度に全職員を対象として実施しました。」, 「電子申請の受付」 over
            # 「…受け付けてきました。」: the 実績 tables of real plans) names what was done too.
            text = fold(read_part(measure.description or ""), self._variant_map).text
            aimless = not any(word in measure.title for word in self.lex.aims)
            combined = [
                replace(m, reading=Reading("past", m.reading.predicate), strength="missing")
                if m.field == "title"
                and m.strength != "missing"
                and (
                    (m.reading.predicate[-2:] and m.reading.predicate[-2:] in text)
                    or _PAST_TITLE.search(normal)
                    or (aimless and m.reading.kind == "title")
                )
                else m
                for m in combined
            ]
        if stance == "problem" and any(word in (measure.description or "") for word in _ASKED):
            # 「AIの活用」 over 「…AIの活用による職員の負担軽減が求められています。」, 「業務の見直し」 over 「…業務の抜本的な
            # 見直しが求められています。」: the text says that what the title names is needed, and takes nothing up (a blind set's)
            text = fold(read_part(measure.description or ""), self._variant_map).text
            combined = [
                replace(m, reading=Reading("background", m.reading.predicate), strength="partial")
                if m.field == "title" and m.strength == "covered" and m.reading.kind == "title" and _restated(m, text)
                else m
                for m in combined
            ]
        owner = self._bracketed_actor(measure.title)
        if owner is not None:
            # 「ガバメントクラウドの整備（国）」「後期高齢者医療システムの標準化（広域連合）」: a table row of what
            # another body does, named in brackets after the title — not the town's own measure
            combined = [replace(m, reading=Reading("actor", owner), strength="missing") if m.strength != "missing" else m for m in combined]
        return self._title_senses(combined, measure)

    def _bracketed_actor(self, title: str) -> str | None:
        """The body a title names in brackets at its end (「…（国）」「…【県】」), when it is one of `actors`."""
        found = _BRACKETED.search(unicodedata.normalize("NFKC", title).strip())
        if found is None:
            return None
        name = found.group(1).strip()
        return name if name in self.lex.actors else None

    def _title_senses(self, combined: list[Match], measure: Measure) -> list[Match]:
        """A title's word in another sense, told by the measure's text (「地域のセキュリティ向上」 over
        「通学路の防犯灯をLED化し…」): the sense rules of the item, looked for in the description too."""
        if not measure.description:
            return combined
        # Only an item with a foil (a sense rule's not_with) can be read in another sense: the texts are
        # folded for those alone, and most titles name none.
        said = {m.item for m in combined if m.field == "description"}  # the text's own readings decide those
        # …unless the text read the item only in another sense (「テレワークの普及」 over 「市内企業による在宅勤務制度の
        # 導入を支援します。」, a blind set's): then the title's word is asked too, by the rules not kept to a clause
        other = {m.item for m in combined if m.field == "description" and m.reading.kind == "sense"}
        other -= {m.item for m in combined if m.field == "description" and m.reading.kind != "sense"}
        asked = {
            id(m)
            for m in combined
            if m.field == "title" and m.strength != "missing" and (m.item not in said or m.item in other) and m.item in self._foils
        }
        if not asked:
            return combined
        text = fold(read_part(measure.description), self._variant_map).text
        title = fold(read_part(measure.title), self._variant_map).text
        out = []
        for m in combined:
            foil = self._foil(m, text, title, whole=m.item in other) if id(m) in asked else None
            out.append(m if foil is None else replace(m, reading=Reading("sense", foil), strength="missing"))
        return out

    def _foil(self, match: Match, text: str, title: str, *, whole: bool = False) -> str | None:
        """The foil in the text that tells the title's word in another sense; `whole`: only by the rules that
        look at the whole text (not those kept to a clause)."""
        for terms, not_with, unless, clause in self._foils[match.item]:
            if not terms & set(match.signal) or (whole and clause):
                continue
            foil = next((w for w, folded in not_with if folded in text), None)
            if foil is not None and not any(folded in text or folded in title for folded in unless):
                return foil
        return None

    def _title_limit(self, title: str) -> str | None:
        """What a measure's title keeps it to (「福祉課における押印の見直し」「RPAの試行」), if anything: it holds
        for every item the measure's description reads. An occasion in a title (「災害時の通信手段の確保」)
        is the measure's purpose, not a limit on what it builds."""
        if title in self._limits:  # titles repeat from plan to plan
            return self._limits[title]
        folded = fold(read_part(title), self._variant_map).text
        reading = self._limited(Reading("commitment", ""), folded, folded, occasions=False)
        if len(self._limits) >= _KEPT:
            self._limits.clear()
        limit = self._limits[title] = reading.predicate if reading.kind == "limited" else None
        return limit

    def _stance_of(self, text: str) -> Stance:
        """What a description does, sentence by sentence, when it commits to nothing: declines or stops
        what the measure is about (「…貸与については、現在のところ実施する予定はない。」) → "refuses";
        tells only what another body does (「通信事業者が…開始する予定です」) → "other"; only studies → "studies";
        only commits → "commits" (a title that studies is then the town's commitment after all); only
        tells what was done → "past"."""
        known = self._refused.get(text)
        if known is None:
            if len(self._refused) >= 2 * _KEPT:
                self._refused = dict(list(self._refused.items())[-_KEPT:])
            known = self._refused[text] = self._stance(text)
            self._new += 1
        if self._asked_stances is not None:
            self._asked_stances[text] = known
        return known

    def _stance(self, text: str) -> Stance:
        kinds = set()
        last = ""
        for start, end in sentences(read_part(text), self.lex.bullets):
            folded = fold(text[start:end].strip(), self._variant_map).text
            words = analyse(folded)
            parts = self._clauses(words, folded)
            if not parts:
                continue
            if subject(words, parts[-1].end, self.lex) is not None:
                kinds.add(last := "actor")
                continue
            reading = read_predicate(words, parts[-1], self.lex, problem=False, spans=[])
            kind = reading.kind
            if kind == "negation" and any(word in reading.predicate for word in _PROGRESS):
                kind = "background"  # 「取得が進んでいません」: a problem, not a refusal
            elif kind == "negation" and _WITHOUT_BURDEN.search(_text_of(words[parts[-1].start : parts[-1].end])):
                # 「…タブレット端末で閲覧することとし、印刷しての配布は行いません」: doing without a burden is what the
                # measure does (a blind set's: its title 「会議のペーパーレス化」 had been read as refused)
                kind = "commitment"
            condition = _condition(tuple(self.lex.limits.conditions)).search(folded) if kind == "commitment" else None
            if condition is not None and not _done_before(words, condition.start()):
                kind = "study"  # 「効果が確認できれば、全庁へ展開します」: on a condition that may not come, as a study is
            kinds.add(last := kind)
        # 「…が課題となっています。このため、休日窓口を開設します。」: the text ends on its commitment
        if "commitment" in kinds and not kinds & {"study", "negation"} and ("background" not in kinds or last == "commitment"):
            return "commits"
        if kinds and kinds <= {"past", "state"}:
            # 「平成30年度に電子申請システムを導入し、現在15の手続を受け付けています。」: done, and how it is
            # now (a present state, 「…を運用しています」, is no aim either)
            return "past"
        if kinds == {"background"}:
            return "problem"  # 「本町の交付率は全国平均を下回っており、さらなる普及が必要です。」: a problem stated
        if "commitment" in kinds:
            return ""
        # 「…窓口の混雑が課題です。…について研究します。」: the background, then a study — the measure studies
        if "negation" in kinds and "study" not in kinds:
            return "refuses"
        if kinds == {"actor"}:
            return "other"
        if "study" in kinds and not kinds & {"negation"}:
            return "studies"
        return ""

    def read_policy(self, policy: Policy) -> list[Match]:
        """A policy: its description as any text; its title alone is partial at most, and not counted when
        the description refuses the item or reads it in another sense (「テレワークの推進」 over 「町内企業の
        テレワーク導入を支援し…」; 「AI・RPAの利用推進」 over 「AIやRPAの導入は当面見送り…」)."""
        description = self._read_field(policy.description or "", "description")
        declined = {m.item for m in description if m.reading.kind in ("negation", "sense")}
        declined -= {m.item for m in description if m.strength != "missing"}
        title = [
            m
            if m.strength == "missing"
            else replace(m, reading=Reading(*_declined(description, m.item)), strength="missing")
            if m.item in declined
            else _capped(m, "partial")
            for m in self._read_field(policy.title, "title")
        ]
        return [*title, *description, *self._carried_out(policy, title, description)]

    def _carried_out(self, policy: Policy, title: list[Match], description: list[Match]) -> list[Match]:
        """A policy's description that names no item of its title but commits to what carries it out
        (「マイナンバーカードの普及促進」 over 「全町民がカードを取得できるよう、申請支援を強化していきます。」;
        「デジタルデバイド対策」 over 「…身近な場所で相談や講習を行います。」): the title's item, covered."""
        text = read_part(policy.description or "")
        if not text.strip() or not title or self._stance_of(text) != "commits":
            return []
        said = {m.item for m in description}
        folded = fold(text, self._variant_map).text
        spans = sentences(text, self.lex.bullets)
        last = text[spans[-1][0] : spans[-1][1]].strip() if spans else text
        out = []
        for match in title:
            if match.item in said or match.reading.kind != "title" or match.strength != "partial":
                continue
            cue = next((w for w in self.serves.get(match.item, ()) if w in folded), None)
            if cue is None:
                continue
            reading = self._limited(Reading("inherited", cue), folded, folded)
            out.append(replace(match, field="description", sentence=last, reading=reading, strength=reading.strength, policy=policy.title))
        return out

    def inherited(self, policy: Policy, read: list[Match], measure: Measure, own: list[Match]) -> list[Match]:
        """A measure that names no item (`own` is empty), under a policy whose title names one (`read`, the
        policy's readings), carries the policy out (the settled definitions): covered when the measure
        commits to an action that serves the item (frames.yaml `serves`: 「講座の開催」 under 「デジタル
        デバイド対策」) or to carrying it out over time (「年次計画に沿って順次実施します。」). A measure that
        only prepares (洗い出し, 調査, 把握, 調整, 体制), refuses, tells what was done or what another body
        does, or does something else (「庁用車の更新」 under 「BPR」) inherits nothing: the policy's title
        stays partial. Only a title the policy's description does not read otherwise (a study, a problem,
        another actor) is carried."""
        if own or not read:
            return []
        topics: dict[str, Match] = {}
        for match in read:
            if match.field == "title" and match.reading.kind == "title" and match.strength == "partial":
                topics.setdefault(match.item, match)
        for match in read:
            if match.field == "description":
                topics.pop(match.item, None)  # the description says it itself: covered, or not carried
        if not topics:
            return []
        described = read_part(policy.description or "").strip()
        text = fold(f"{read_part(measure.title)}。{read_part(measure.description or '')}", self._variant_map).text
        # 「順次実施します」 carries out what the policy says: its title, when it has no description
        generic = None if described else next((w for w in self.lex.carry_out.generic if w in text), None)
        cues = {item: cue for item in topics if (cue := next((w for w in self.serves.get(item, ()) if w in text), generic))}
        if not cues:
            return []  # nothing here serves the policy's item (and nothing need be read)
        action = self._action(measure)
        if action is None or action[0] != "commits":
            return []
        _, predicate, field_name, sentence = action
        out = []
        for item, match in topics.items():
            if item not in cues:
                continue
            reading = self._limited(Reading("inherited", predicate), text, text)
            out.append(
                replace(
                    match,
                    field=field_name,
                    sentence=sentence,
                    reading=reading,
                    strength=reading.strength,
                    carried=None,
                    policy=policy.title,
                )
            )
        return out

    def _action(self, measure: Measure) -> tuple[str, str, Field, str] | None:
        """What a measure that names no item does: ("commits" | "prepares", its predicate, the field and
        sentence that say it), or None when it refuses, tells what was done or what another body does."""
        key = (measure.title, measure.description or "")
        if key not in self._actions:
            self._actions[key] = self._act(read_part(measure.title), read_part(measure.description or ""))
        return self._actions[key]

    def _act(self, title: str, description: str) -> tuple[str, str, Field, str] | None:
        variants = self._variant_map
        if _PAST_TITLE.search(unicodedata.normalize("NFKC", title)):
            return None
        folded = fold(title, variants).text
        words = analyse(folded)
        if not words or _neutral_title(words, self.lex) is not None or _owner(words, self.lex) is not None:
            return None
        prepares = self._prepares(words)
        field_name: Field = "title"
        kind, predicate, sentence = "commits", _text_of(words), title
        if description.strip():
            stance = self._stance_of(description)
            if stance in ("refuses", "other", "past"):
                return None
            spans = sentences(description, self.lex.bullets)
            last = description[spans[-1][0] : spans[-1][1]].strip() if spans else description
            said = fold(last, variants).text
            said_words = analyse(said)
            parts = self._clauses(said_words, said)
            if parts:
                reading = read_predicate(said_words, parts[-1], self.lex, problem=False, spans=[])
                if reading.kind in ("negation", "past", "state", "actor", "premise"):
                    return None
                if reading.kind in ("commitment", "limited"):
                    kind, predicate, field_name, sentence = "commits", reading.predicate, "description", last
                else:
                    kind = "prepares"
            prepares = prepares or stance == "studies" or self._prepares(said_words)
        return ("prepares" if prepares else kind), predicate, field_name, sentence

    def _only_prepares(self, text: str) -> bool:
        """Whether every sentence of a text only prepares (`_prepares`)."""
        found = [fold(text[start:end].strip(), self._variant_map).text for start, end in sentences(read_part(text), self.lex.bullets)]
        return bool(found) and all(self._prepares(analyse(sentence)) for sentence in found if sentence)

    def _prepares(self, words: tuple[Word, ...]) -> bool:
        """Whether a title or sentence only prepares (「対象手続の洗い出し」「業務量調査を行います」「推進体制の
        整備」): its last content word, or the object of a light one (実施, 整備, 行う), is a word of preparing."""
        content = [w for w in words if w.pos in ("名詞", "動詞") and w.pos2 not in ("数詞", "非自立可能") and w.lemma not in _AUXILIARY]
        prepares = self.lex.carry_out.prepares
        for w in reversed(content):
            if any(p in w.surface or p == w.lemma for p in prepares):
                return True
            if w.lemma not in self.lex.carry_out.light and w.surface not in self.lex.carry_out.light:
                return False
        return False

    def read_text(self, text: str) -> list[Match]:
        """Any text of the plan read as a description is (a sentence that stands in no measure)."""
        return self._read_field(text, "description")

    def _read_field(self, text: str, field_name: Field) -> list[Match]:
        text = read_part(text)  # lint says so (DX409): a pasted page is not read to its end
        if not text.strip():
            return []
        known = self._read.pop((field_name, text), None)
        if known is None:
            stored = self._stored.pop((field_name, text), None) if self._stored else None
            if stored is not None:
                known = _matches(stored)  # None when the stored entry has not a reading's shape: read again
            if known is None:
                known = self._read_text(text, field_name)
                self._new += 1
            if len(self._read) >= 2 * _KEPT:  # a worker of a long comparison: the newest kept, its memory flat
                self._read = dict(list(self._read.items())[-_KEPT:])
        self._read[(field_name, text)] = known  # the newest last: what is kept when the memory is full
        if self._asked is not None:
            self._asked[(field_name, text)] = known
        return known

    def _read_text(self, text: str, field_name: Field) -> list[Match]:
        spans = [(0, len(text))] if field_name == "title" else sentences(text, self.lex.bullets)
        read: list[_Sentence] = []
        matches: list[Match] = []
        lead: Reading | None = None  # 「次の事項について検討します。」 over its list: the list's items are studied
        bullets = tuple(self.lex.bullets)
        for start, end in spans:
            original = text[start:end].strip()
            sentence = _Sentence(original, fold(original, self._variant_map))
            read.append(sentence)
            found = self._read_sentence(sentence, field_name)
            if (
                field_name == "description"
                and _is_item(original, bullets)
                and not original.startswith("※")
                and not _SAYS_ITS_OWN.search(original)
            ):
                found = _led(found, lead)  # (「※なお、…令和6年度から本格導入します」 is a note of its own)
            elif field_name == "description":
                lead = self._lead(sentence)
            matches += found
        if field_name == "description":
            matches += self._carried(read)
        return matches

    def _lead(self, sentence: _Sentence) -> Reading | None:
        """The reading a sentence that announces a list gives the list's items (「次の事項について検討します。」「以下の
        取組は当面見送ります。」): a study or a refusal; None for any other sentence (a blind set's: each 「・RPAの導入」
        under 「…について検討します」 was read as a commitment of its own)."""
        text = sentence.folded.text
        if not _ANNOUNCES.search(text):
            return None
        words = sentence.words if sentence.words is not None else analyse(text)
        parts = self._clauses(words, text)
        announced = _ANNOUNCES.search(text)
        holding = next((p for p in parts if announced is not None and words[p.end - 1].end > announced.start()), None)
        if holding is None:
            return None
        # the predicate of the clause that announces the list (「次の取組を実施し、その効果を検証します」 carries them out; the
        # study that follows is of their effect: a hostile review)
        last = _text_of(words[parts[-1].start : parts[-1].end])
        if _ABOUT.search(_text_of(words[holding.start : holding.end])) and holding is not parts[-1] and not _ITS_EFFECT.search(last):
            # 「次の事項について、導入の効果を調査します。」: the announcement is the topic; the sentence's last clause says
            # what is done with it (a blind set's) — not 「以下の取組については、その効果を毎年度検証します」, which does them
            # and weighs what they bring (a hostile review's)
            holding = parts[-1]
        reading = read_predicate(words, holding, self.lex, problem=False, spans=[])
        if reading.kind == "past":
            # 「以下の取組は実施済みです。」: what the list names was done, not planned (a blind set's); not 「次の取組を定めました」
            # 「以下のとおり整理しました」, which say what the plan did, nor a lead that goes on with them (「…実施済みですが、
            # 引き続き推進します」) — a hostile review's
            return reading if _DONE.search(text) and not _GOES_ON.search(text) else None
        return reading if reading.kind in ("study", "negation") else None

    # --- one sentence ---------------------------------------------------------------------------

    def _read_sentence(self, sentence: _Sentence, field_name: Field) -> list[Match]:
        text = sentence.folded.text
        words = sentence.words = analyse(text)
        key = keyed(words)
        hits = self._hits(key)
        if not hits:
            return []
        parts = self._clauses(words, text)
        # A word named again after a means done without is read where it is taken up (「これまでRPAを使わずに…行っていた
        # 入力業務に、RPAを導入します」: the second RPA, a hostile review's)
        without = [(words[p.start].begin, words[p.end - 1].end) for p in parts if p.boundary == "without"]
        # The words of every term found: a negative inside one (「書かない窓口」) is not a predicate.
        terms = [span for word, spans in hits.items() if word in self.terms for span in spans]
        found: list[Match] = []
        named: dict[int, set[int]] = {}
        for word in hits:
            for position, number in self._naming.get(word, ()):
                named.setdefault(position, set()).add(number)
        for position in sorted(named):
            entry, signals = self.items[position], named[position]
            hidden = [span for phrase in entry.excludes for span in hits.get(phrase, [])]
            best: Match | None = None
            for number, signal in enumerate(entry.signals):
                if number not in signals:
                    continue  # none of its words is in the sentence
                where: list[tuple[int, int]] = []
                chosen: list[str] = []
                for group in signal.groups:
                    # the group's first word found outside the item's exclusion phrases (most items have none)
                    for word in group:
                        spans = hits.get(word)
                        if spans and (kept := self._kept(spans, hidden) if hidden else spans):
                            chosen.append(word)
                            if without:
                                kept = [sp for sp in kept if not any(b <= sp[0] and sp[1] <= e for b, e in without)] or kept
                            where.append(kept[0])
                            break
                    else:
                        break
                else:
                    match = self._reading(entry, signal, where, tuple(chosen), terms, sentence, words, key, parts, field_name)
                    if best is None or _better(match, best):
                        best = match
            if best is not None:
                found.append(best)
                sentence.found.setdefault(entry.id, []).append(best)
        return found

    def _clauses(self, words: tuple[Word, ...], text: str) -> list[Clause]:
        """The clauses of a folded sentence (`words`: analyse(text)), asked for again when the sentence
        is read for what its text does (_stance) after its items (_read_sentence). Not to be changed."""
        found = self._clauses_of.get(text)
        if found is None:
            if len(self._clauses_of) >= _KEPT:
                self._clauses_of.clear()
            found = self._clauses_of[text] = clauses(words, text, self.lex)
        return found

    def _hits(self, key: Keyed) -> dict[str, list[tuple[int, int]]]:
        """Every vocabulary word found in the sentence, with its spans, in the order of self.keys. Only
        the keys whose first two characters the sentence holds are looked for."""
        keys = self.keys
        if self._starting is None:
            self._starting = {}
            for place, (_, term) in enumerate(keys):
                self._starting.setdefault(term[:2], []).append(place)
        text, starting = key.key, self._starting
        # A term is looked for only where the sentence holds its first two characters (a term of one
        # character: that character): 23 keys a sentence of the generated plans, where the first
        # character alone let 66 through (5 are found).
        places: list[int] = []
        for start in {text[i : i + 2] for i in range(len(text))} | set(text):
            places += starting.get(start, ())
        places.sort()
        hits: dict[str, list[tuple[int, int]]] = {}
        for place in places:
            word, term = keys[place]
            if term in text and (spans := list(find(term, key))):
                hits[word] = sorted({*hits.get(word, []), *spans})  # a word may have a second (nominal) key
        return hits

    @staticmethod
    def _kept(spans: list[tuple[int, int]], hidden: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The spans of a word that stand outside every exclusion phrase of the item."""
        return [s for s in spans if not any(b <= s[0] and s[1] <= e and (b, e) != s for b, e in hidden)]

    def _reading(
        self,
        item: _Item,
        signal: _Signal,
        spans: list[tuple[int, int]],
        chosen: tuple[str, ...],
        terms: list[tuple[int, int]],
        sentence: _Sentence,
        words: tuple[Word, ...],
        key: Keyed,
        clause_list: list[Clause],
        field_name: Field,
    ) -> Match:
        shown = tuple(self._original(sentence, b, e) for b, e in spans)
        at = max(b for b, _ in spans)
        here = _clause_of(words, clause_list, at)
        if len(spans) > 1 and signal.frame is None:
            # a combination whose first word stands in a clause of its own that says what is done with it: read there
            # (「標準化には…対応しますが、…システム改修は見送ります」「…標準化については国の動向を注視し、まずは…業務フローの
            # 見直しに着手します」 — a blind set's); its words far apart in one plan's sentence are read where the last stands
            first = _clause_of(words, clause_list, spans[0][0])
            if first != here and (
                clause_list[first].boundary == "adversative"
                or _two_things(words, clause_list, first, governing(clause_list, first), spans, terms)
            ):
                here = first

        def make(reading: Reading, strength: Strength | None = None, bare: bool = False, action: bool = True) -> Match:
            strength = strength or reading.strength
            if _RANK[strength] > _RANK[signal.at_most]:
                strength = signal.at_most
            combination = len(signal.groups) > 1
            return Match(
                item.id,
                field_name,
                sentence.original,
                shown,
                reading,
                strength,
                None,
                signal.problem,
                combination,
                bare,
                chosen,
                signal.frame,
                action=action,
            )

        sense, narrower = self._sense(item, set(chosen), key, words, clause_list[here])
        if sense is not None:
            return make(Reading("sense", sense), "missing")
        if narrower is not None:
            signal = replace(signal, at_most="partial")  # 「地域間の情報格差」: a part of the item, not the item
        if field_name == "title":
            neutral = _neutral_title(words, self.lex)
            if neutral is not None:
                return make(Reading("state", neutral), "missing")
            owner = _owner(words, self.lex)
            if owner is not None:  # 「県のテレワーク導入マニュアル」「国の動き」: another body's, not the town's
                return make(Reading("actor", owner), "missing")
            last = (len(clause_list) - 1, signal.problem)
            if last not in sentence.predicates:
                sentence.predicates[last] = read_predicate(words, clause_list[-1], self.lex, problem=signal.problem, spans=terms)
            reading = sentence.predicates[last]
            if reading.kind == "negation" and not signal.problem and _unable(reading.predicate, self.lex):
                # 「スマートフォンを使いこなせない高齢者」「自動化が進んでいない」: a heading that names a problem
                reading = Reading("background", reading.predicate)
            if signal.problem and reading.kind == "commitment" and not any(w.lemma in self.lex.predicates.remove for w in words):
                # 「高齢者の情報格差」「紙と押印に依存した事務処理」: a heading that names the problem, not its removal
                reading = Reading("background", reading.predicate)
            if reading.kind in ("commitment", "state", "actor"):
                reading = Reading("title", reading.predicate)
            return make(
                self._limited(reading, sentence.folded.text, _scope(words, clause_list, 0, len(clause_list) - 1)),
                bare=_bare(words, terms, self.lex),
                action=_action_title(words, self.lex),
            )
        governs = governing(clause_list, here)
        end = clause_list[governs].end
        if end not in sentence.subjects:
            sentence.subjects[end] = subject(words, end, self.lex)
        actor = sentence.subjects[end]
        if actor is not None:
            return make(Reading("actor", actor))

        def predicate(index: int) -> Reading:
            """The reading of clause `index`'s predicate, read once a sentence."""
            asked = (index, signal.problem)
            if asked not in sentence.predicates:
                sentence.predicates[asked] = read_predicate(words, clause_list[index], self.lex, problem=signal.problem, spans=terms)
            return sentence.predicates[asked]

        reading = predicate(governs)
        if (
            governs != here
            and reading.kind in ("commitment", "study", "negation", "limited")  # 「…を行い、…を廃止しました」: the tense is the last verb's
            and _two_things(words, clause_list, here, governs, spans, terms)
            and not self._prepares(words[clause_list[here].start : clause_list[here].end])  # 「…の洗い出しを行い、」
        ):
            # 「AI-OCRは令和8年度に導入し、RPAとの連携は効果を見て判断します」「基幹系システムの標準化については国の動向を
            # 注視し、まずは…業務フローの見直しに着手します」: the later clause does a thing of its own, so each thing is
            # read by its own verb (a blind set's convention 14); 「…を実施し、効果を検証します」 weighs what was done
            own = predicate(here)
            if own.kind in ("commitment", "study", "limited", "negation", "past"):
                reading = own
        if reading.kind == "study" and governs != here and _done_then(words, clause_list[here]) and reading.predicate.startswith(_WEIGHED):
            # 「テレワークの導入を令和6年度から実施し、効果を検討します」: what is weighed is the effect of what the
            # clause before did, which commits on its own (a new user's try); 「…を整理し、公開を検討します」 does not
            own = predicate(here)
            if own.kind == "commitment":
                reading = own
        if reading.kind == "commitment" and clause_list[governs].boundary == "reason" and governs + 1 < len(clause_list):
            # 「職員がテレワークで行える業務が限られるため、導入は困難です」: a reason says why, and commits to nothing;
            # what the sentence then declines is what the reason was about (a blind set's)
            after = predicate(governing(clause_list, governs + 1))
            reading = after if after.kind == "negation" else Reading("background", reading.predicate)
        if reading.kind == "commitment":
            # 「国の財源措置があれば、…配備します」: on a condition that may not come, put before the item's clause — not one put
            # after it (「RPAを導入し、効果が確認できた場合には、対象業務を拡大します」: the 導入 is unconditional: a hostile review)
            condition = _conditioned(words, clause_list, here, tuple(self.lex.limits.conditions), before=min(b for b, _ in spans))
            if condition is not None:
                reading = Reading("limited", condition)
        risk = _RISK.match(sentence.folded.text, max(e for _, e in spans))
        if risk is not None and reading.kind != "negation":
            clause = words[clause_list[governs].start : clause_list[governs].end]
            if not any(w.lemma in self.lex.predicates.remove for w in clause):
                # 「情報漏えいのリスクを踏まえて検討します」: a risk weighed in deciding something else, not the
                # item taken up (「情報漏えいのリスクを低減します」 removes it: a commitment)
                return make(Reading("premise", risk.group()))
        return make(self._limited(reading, sentence.folded.text, _scope(words, clause_list, min(here, governs), governs)))

    def _limited(self, reading: Reading, text: str, scope: str, *, occasions: bool = True) -> Reading:
        """A commitment kept to a trial, an occasion or one office (lexicon `limits`): partial. `scope` is
        the sentence without its purpose clauses (「災害時の通信手段を確保するため、…整備します」 is no limit)."""
        if reading.kind not in ("commitment", "title", "inherited"):
            return reading
        limits = self.lex.limits
        if any(word in text for word in limits.rollout):
            return reading
        trial = next((word for word in limits.trial if word in scope), None)
        if trial is not None:
            return Reading("limited", trial)
        only_then, opening = _occasion(tuple(limits.occasions))
        found = only_then.search(text) or opening.search(scope)
        occasion = found.group() if found else None
        if occasions and occasion is not None and not any(word in text for word in limits.ordinary):
            return Reading("limited", occasion)
        # 「…場合に限り、」 limits the whole sentence; 「現在一部の課で利用しているRPAについて、…拡大します」 names the state now, not a limit
        only = next((word for word in limits.only if word in text and not _STATE_NOW.match(text, text.index(word) + len(word))), None)
        if only is not None:
            return Reading("limited", only)
        office = next(
            (m.group() for m in _office(tuple(limits.office)).finditer(scope) if not m.group(1).startswith(tuple(limits.all_offices))),
            None,
        )
        if office is not None:
            return Reading("limited", office)
        guided = next((w for w in limits.guide if w in reading.predicate[-8:]), None)
        if guided is not None and (any(w in scope for w in limits.services) or _another_body(scope, self.lex)):
            return Reading("limited", guided)  # 「県の電子申請システムを窓口で案内します」: another body's service
        return reading

    def _sense(self, item: _Item, chosen: set[str], key: Keyed, words: tuple[Word, ...], clause: Clause) -> tuple[str | None, str | None]:
        """The word that shows the signal is used in another sense here, if any; and the word that
        shows it is only a part of the item (a rule with `then: partial`)."""
        begin, end = words[clause.start].begin, words[clause.end - 1].end
        narrower: str | None = None

        def present(terms: tuple[str, ...], lo: int = 0, hi: int = 10**9) -> str | None:
            for term in terms:
                if any(lo <= b and e <= hi for b, e in find(self._key(term), key)):
                    return term
            return None

        for sense in item.senses:
            if not sense.terms & chosen:
                continue
            if sense.needs and present(sense.needs) is None:
                return f"{'・'.join(sorted(sense.terms & chosen))}（{'・'.join(sense.needs[:3])}… がない）", None
            lo, hi = (begin, end) if sense.clause else (0, 10**9)
            foil = present(sense.not_with, lo, hi)
            if foil is not None and present(sense.unless, lo, hi) is None:
                if sense.partial:
                    narrower = foil
                    continue
                return foil, None
        return None, narrower

    def _original(self, sentence: _Sentence, begin: int, end: int) -> str:
        start, stop = sentence.folded.span(begin, end)
        return sentence.original[start:stop]

    # --- 「このため」 ---------------------------------------------------------------------------

    def _carried(self, read: list[_Sentence]) -> list[Match]:
        """Words of a sentence taken up by the next one (「…が課題です。このため、…を実施します。」)."""
        carried: list[Match] = []
        for before, sentence in pairwise(read):
            if not before.found:
                continue
            marker = next((m for m in self.lex.carry if sentence.folded.text.startswith(m)), None)
            if marker is None:
                # 「令和4年度に…開設しました。引き続き、月2回の休日交付を行います。」: what was done, continued
                head = sentence.folded.text[:20]
                marker = next((m for m in self.lex.continues if m in head), None)
            if marker is None:
                continue
            words = sentence.words or analyse(sentence.folded.text)
            parts = self._clauses(words, sentence.folded.text)
            if not parts:
                continue
            last = parts[-1]
            if subject(words, last.end, self.lex) is not None:
                continue
            for matches in before.found.values():
                best = max(matches, key=lambda m: _RANK[m.strength])
                if best.reading.kind in ("negation", "sense") or best.strength == "covered":
                    continue
                reading = read_predicate(words, last, self.lex, problem=best.problem, spans=[])
                if reading.kind not in ("commitment", "study") or _RANK[reading.strength] <= _RANK[best.strength]:
                    continue
                carried.append(
                    replace(
                        best, sentence=f"{before.original}{sentence.original}", reading=reading, strength=reading.strength, carried=marker
                    )
                )
        return carried


# Verbs that say nothing of their own in a title or predicate (「整備する」「行っていく」)
_AUXILIARY = frozenset({"する", "なる", "いる", "ある", "おる", "できる", "れる", "られる", "いく", "くる"})


def _declined(description: list[Match], item: str) -> tuple[Any, str]:
    """The reading of the policy's description that drops its title's: a refusal or another sense."""
    found = next(m for m in description if m.item == item and m.reading.kind in ("negation", "sense"))
    return found.reading.kind, found.reading.predicate


def _text_of(words: tuple[Word, ...]) -> str:
    return "".join(w.surface for w in words)


def _clause_of(words: tuple[Word, ...], clause_list: list[Clause], at: int) -> int:
    for index, clause in enumerate(clause_list):
        if words[clause.start].begin <= at < words[clause.end - 1].end:
            return index
    return len(clause_list) - 1


# A need the text says others put on the town (「…が求められています」), not the town's own 「…必要があります」, which a
# measure listed as the town's commits to (a hostile review's)
_ASKED = ("求められ", "期待され", "望まれ", "待たれ")


def _restated(match: Match, text: str) -> bool:
    """Whether a description says again what a title does: its predicate's last two letters, or, for a title that is
    all its term (「業務の見直し」), the term's."""
    predicate = match.reading.predicate
    if predicate:
        return predicate[-2:] in text
    return any(len(term) > 2 and term[-2:] in text for term in match.terms)


def _better(a: Match, b: Match) -> bool:
    return _RANK[a.strength] > _RANK[b.strength]


def _capped(match: Match, strength: Strength) -> Match:
    if _RANK[match.strength] <= _RANK[strength]:
        return match
    return replace(match, strength=strength)


def _neutral_title(words: tuple[Word, ...], lex: Lexicon) -> str | None:
    """The word that makes a title a report on its topic (「電子申請の状況」「これまでの取組」「テレワークについて」)."""
    text = "".join(w.surface for w in words).rstrip("。 ")
    if text.endswith(("について", "に関して", "に関すること")):
        return "について"
    content = [w for w in words if w.pos in ("名詞", "動詞", "形容詞", "副詞") and w.pos2 != "数詞"]
    for w in (*content[-2:], *content[:1]):
        found = next((n for n in lex.neutral_titles if w.surface.endswith(n) or w.lemma == n), None)
        if found is not None:
            return found
    return None


def _owner(words: tuple[Word, ...], lex: Lexicon) -> str | None:
    """The other body a title names as the owner of what it is about (「県の…」「国による…」「民間における…」)."""
    noun = ""
    for i, w in enumerate(words):
        if w.pos in ("名詞", "接尾辞", "接頭辞"):
            noun += w.surface
            continue
        following = "".join(x.surface for x in words[i : i + 3])
        if not noun:
            return None
        if following.startswith(("の", "による", "が")) and noun in lex.actors:
            return noun
        if following.startswith(("の", "による", "が", "における", "での", "で")) and any(noun.endswith(o) for o in lex.owners):
            return noun
        return None
    return None


def _scope(words: tuple[Word, ...], clause_list: list[Clause], first: int, last: int) -> str:
    """The clauses from the word's to its predicate's, without purpose clauses (「…を確保するため、」):
    what a limit is looked for in (「…オンライン化を進めるとともに、社会実証を試行し」 limits no online)."""
    kept = []
    for clause in clause_list[first : last + 1]:
        text = "".join(w.surface for w in words[clause.start : clause.end])
        if not text.rstrip("、,").endswith(("ため", "ために")):
            kept.append(text)
    return "".join(kept)


def _unable(predicate: str, lex: Lexicon) -> bool:
    """A negated predicate that states a problem (できない, 進んでいない), not a refusal (導入しない, 見送る)."""
    refusals = (*lex.predicates.decline, *lex.predicates.abolish, "導入", "実施", "行う", "推進", "整備", "設置")
    return not any(word in predicate for word in refusals)


def _another_body(text: str, lex: Lexicon) -> bool:
    """Whether a sentence names another body as the owner or the doer (「国の」「県が所管する」「民間事業者が開催する」)."""
    return _bodies(tuple(lex.actors), tuple(lex.owners)).search(text) is not None


@cache
def _bodies(actors: tuple[str, ...], owners: tuple[str, ...]) -> re.Pattern[str]:
    names = "|".join(re.escape(w) for w in sorted({*actors, *owners}, key=len, reverse=True))
    # 「全国の」「外国人」「本県」 are not another body's
    return re.compile(rf"(?<![全外各中本当我諸])(?:{names})(?:の|が|による|で実施|が実施|が開催|が所管)")


# A title that says what is done with the list under it: studied (「今後の検討課題」「研究事項」) or put off (「当面見送る取組」).
_LIST_TITLE = re.compile(r"(検討|研究)(?:課題|事項|項目)$|(?:見送る|見送り|見合わせる)(?:取組|事項|項目)$")


def _only_items(text: str, bullets: tuple[str, ...]) -> bool:
    """Whether a description is a list and nothing else: each line begins with a bullet."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return bool(lines) and all(_is_item(line, bullets) for line in lines)


def _is_item(line: str, bullets: tuple[str, ...]) -> bool:
    """Whether a line is a list item: a bullet, or a number as Word's lists give it (「1.」「(2)」, an imported plan's)."""
    return line.startswith(bullets) or _NUMBERED.match(line) is not None


_NUMBERED = re.compile(r"[(（]?[0-9０-９]{1,2}[)）.．](?![0-9０-９])")


# What follows a part said as the state now (「一部の課で利用している」「一部の部署で導入済みの」)
_STATE_NOW = re.compile(r"[^、。]{0,12}?(?:ている|ていた|てきた|ておらず|済み|にとどま)")
# A list item that is a sentence of its own (「・RPAの導入について、令和6年度中に全庁に導入します。」): read by its own verb.
_SAYS_ITS_OWN = re.compile(r"(?:ます|する|します|ました|ません)[。．]?\s*$")
# What a reform does away with: a text that says it is no longer done commits to the reform
# (the burden the object of the refusal — 「印刷しての配布は行いません」「押印は求めません」 — not a reason for refusing the
# measure: 「対面での窓口を重視する観点から導入しません」「紙の申請書が少ない本町では導入しません」, a hostile review's)
_WITHOUT_BURDEN = re.compile(
    r"(?:印刷|紙|押印|郵送|来庁|対面|書面|持参|手書き|簿冊)(?:(?!不要|なくす|廃止|導入)[^、。]){0,12}"
    r"(?:は|を|も)(?:(?!導入)[^、。]){0,10}?(?:行い|行わ|求め|使用し|使用せ|使い|使わ|配布し|配布せ)(?:ませ|ない|ず)"
    # 「…印刷・配布の工程を廃止する」: the burden abolished
    r"|(?:印刷|紙|押印|郵送|書面|持参|手書き|簿冊)[^、。]{0,10}?(?:を|は)?(?:廃止|やめ|止め|なくし|無くし|取りやめ|取り止め)"
)
# A lead that says its list was done, and one that goes on with it after all
_DONE = re.compile(r"実施済|済み|完了|実施しました|実施してきました|開始しました|導入しました|終了しました|行いました|行ってきました")
_GOES_ON = re.compile(r"引き続き|今後|継続|以降も|推進します|拡大します|拡充します|進めます")
# The items' effect weighed as they are done (「その効果を毎年度検証します」)
_ITS_EFFECT = re.compile(r"その(?:効果|成果|結果)|毎年度|定期的|進捗")
# An announcement that is only the sentence's topic (「次の事項について、」「以下の取組に関しては、」)
_ABOUT = re.compile(r"(?:について|に関して|に関し|につきまして)(?:は)?[、,]?$|^(?:次|以下|下記)[^、。]{0,12}は[、,]$")
# A sentence that announces the list after it (「次の事項について」「以下の取組を」「下記のとおり」).
_ANNOUNCES = re.compile(r"(?:次の|以下の|下記の|次に掲げる|以下に掲げる)|(?:次|以下|下記)のとおり")


def _led(found: list[Match], lead: Reading | None) -> list[Match]:
    """A list item's readings under the sentence that announced the list: a commitment the item seems to make by
    naming a thing (「・RPAの導入」) is the lead's study or refusal."""
    if lead is None:
        return found
    strength: Strength = "partial" if lead.kind == "study" else "missing"
    return [replace(m, reading=lead, strength=strength) if m.strength == "covered" else m for m in found]


@cache
def _condition(words: tuple[str, ...]) -> re.Pattern[str]:
    """A condition that may not come, put before a commitment: money, approval or an effect, then 「あれば」「できれば」
    「されれば」「た場合には」 (「環境が整い次第」, a time, is no such condition)."""
    # not 「費用が発生する場合には」「補助制度がある場合は、これを活用し」 (the subject matter, or money the town then finds)
    return re.compile(
        rf"(?:{'|'.join(map(re.escape, words))})[^。、]{{0,14}}?"
        # (with or without its comma: 「国の補助が得られれば整備します」「財源が確保でき次第導入します」 — a blind set's; not money
        # the town uses if it is there, 「国の補助があれば活用し、…整備します」, nor a step expected, 「予算が議決され次第」
        # — a hostile review's)
        r"(?:あれば|できれば|られれば|されれば|(?:確保|調達)が?(?:でき|され)次第|得られ次第|採択され次第|(?:でき|され|られ)たら"
        r"|(?:でき|され)た段階で|られる場合(?:に|は|には)?|(?:でき|され|られ|決定し|確認し)た場合(?:に|は|には)?)"
        r"(?![、，]?(?:これを|それを)?活用)[、，]?"
    )


def _done_before(words: tuple[Word, ...], at: int) -> bool:
    """Whether a verb stands before character `at` of the words' text: a commitment made before a condition that only adds
    to it (「全避難所に整備し、効果が確認できれば公民館にも拡大します」, a hostile review's)."""
    offset = words[0].begin if words else 0
    return any(w.pos == "動詞" and w.lemma not in _FUNCTIONAL_VERBS and w.end - offset <= at for w in words)


# Verbs that only join a noun to the sentence (「試行により」「計画に基づき」「国の方針を踏まえ」): no commitment of their own
_FUNCTIONAL_VERBS = frozenset(
    ("よる", "因る", "対する", "関する", "伴う", "通じる", "基づく", "向ける", "際する", "応じる", "踏まえる", "受ける", "おける", "於く")
)


# 「補助制度に関するお問い合わせがあれば」「補助金を申請する場合」: the money is what the sentence is about, not its condition
_SUBJECT_MATTER = ("関する", "について", "問い合わせ", "問合せ", "相談", "申請", "手続")


def _conditioned(words: tuple[Word, ...], clause_list: list[Clause], here: int, conditions: tuple[str, ...], *, before: int) -> str | None:
    """The condition that may not come put in one of the two clauses before the item's (「国の財源措置があれば、」), or in
    the item's own clause before the item (「国の補助が得られれば避難所にWi-Fiを整備します」, no comma), or None;
    none when the consequence pays itself (一般財源, 基金)."""
    for c in range(max(0, here - 2), here + 1):
        upto = (
            clause_list[c].end
            if c < here
            else next((i for i in range(clause_list[c].start, clause_list[c].end) if words[i].end > before), clause_list[c].end)
        )
        clause = "".join(w.surface for w in words[clause_list[c].start : upto])
        found = _condition(conditions).search(clause)
        if c == here and found is not None and _done_before(words[clause_list[c].start :], found.start()):
            found = None  # 「令和7年度に導入し効果が確認できれば拡大します」: a base done first, the condition only adds to it
        if found is not None and not any(w in found.group() for w in _SUBJECT_MATTER):
            rest = "".join(w.surface for w in words[clause_list[here].start :])
            if not any(money in rest for money in ("一般財源", "基金", "自主財源")):
                return found.group().rstrip("、，")
    return None


@cache
def _occasion(words: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An occasion that limits the commitment: said only for it (「災害時に限り」「非常時のみ」, anywhere in
    the sentence), or the setting the clause opens with (「災害時には、…開放します」); not 「災害時にも」
    (also then) and not one thing of a list (「…の向上、災害時の業務継続性の確保を図ります」)."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    only = re.compile(rf"(?:{alternatives})(?:等)?(?:に限|のみ|だけ|に限定)")
    opening = re.compile(rf"^[^、。]{{0,8}}?(?:{alternatives})(?:等)?(?:には|に|の際|において|は)(?!も)")
    return only, opening


@cache
def _office(suffixes: tuple[str, ...]) -> re.Pattern[str]:
    """One office as the scope: 「福祉課における」「市民課窓口に限る」「税務係での」「モデル課において」
    「情報政策課の職員を対象に」."""
    ends = "|".join(re.escape(s) for s in suffixes)
    return re.compile(rf"([一-龥ァ-ヶー]{{1,8}}?)(?:{ends})(?:窓口)?(?:における|において|での|に限|のみ|(?:の職員)?を対象に)")


def _action_title(words: tuple[Word, ...], lex: Lexicon) -> bool:
    """Whether a title ends on an action (「…の推進」「…の導入」「…対策」「…を進める」), not on a thing or a
    figure (「…の交付率」「…に必要な人材」「…の運用経費」)."""
    content = [w for w in words if w.pos in ("名詞", "動詞", "形容詞") and w.pos2 != "数詞"]
    if not content:
        return True
    last = content[-1]
    return (
        last.pos == "動詞"
        or last.pos3.startswith("サ変")
        or last.surface in lex.aims
        or last.lemma in lex.predicates.remove
        or last.lemma in lex.carry_out.light
    )


def _bare(words: tuple[Word, ...], spans: list[tuple[int, int]], lex: Lexicon) -> bool:
    """A title that only names a thing (「観光Wi-Fi」「電子申請共同システム」), with no action in it."""
    content = [
        w for w in words if w.pos in ("名詞", "動詞", "形容詞", "接尾辞") and not (w.pos2 == "数詞" or w.surface in ("令和", "年度"))
    ]
    if not content:
        return False
    last = content[-1]
    return any(b <= last.begin < e for b, e in spans) or last.lemma in lex.things


# What a study weighs when it weighs what was just done (「効果を検討します」「成果を検証します」)
_WEIGHED = ("効果", "成果", "結果", "実績", "利用状況", "運用状況", "経費", "費用", "コスト")  # (「…移行し、移行後の運用経費を検証します」)
# Verbs whose clause is the means or the partner of the next one (「AIを活用し、…」「県と連携し、…」), not a doing of its own
# (「…の利用は禁止し、」 refuses, as the clause after it does; 「…への移行を見据え、」「…の事例を収集し、」「…を整理し、」 look
# ahead, gather or prepare for what the next clause does)
# fmt: off
_MEANS = frozenset((
    "活用", "利用", "使用", "用いる", "通じる", "生かす", "活かす", "連携", "協力", "協議", "踏まえる", "基づく", "受ける", "参考",
    "除く", "よる", "おく", "つく", "対する", "関する", "向ける", "伴う", "応じる", "加える", "含める",
    "禁止", "中止", "停止", "休止", "見合わせる",
    "見据える", "見込む", "念頭", "収集", "把握", "確認", "整理", "分析",
    "駆使", "組み合わせる", "介する", "基盤", "前提", "目標", "契機", "中心", "軸",
))
# fmt: on


def _two_things(
    words: tuple[Word, ...], clause_list: list[Clause], here: int, governs: int, spans: list[tuple[int, int]], terms: list[tuple[int, int]]
) -> bool:
    """Whether clause `here` (「Xを導入し、」) does its own thing to the words found in it, and the clause that would
    govern them names a thing of its own (a term of the vocabulary that is not these words)."""
    clause = clause_list[here]
    if clause.boundary != "soft" or clause.topic or clause.nominal or not (_done_then(words, clause) or _verb_then(words, clause)):
        return False
    end = clause.end - 1 if words[clause.end - 1].pos2 == "読点" else clause.end
    verb = words[end - 2] if words[end - 1].lemma == "する" else words[end - 1]
    if verb.lemma in _MEANS:
        return False
    other = clause_list[governs]
    lo, hi = words[other.start].begin, words[other.end - 1].end
    if not any(lo <= b and e <= hi and (b, e) not in spans for b, e in terms):
        return False
    # …and the sentence sets the two apart: each clause with its own topic (「AI-OCRは…導入し、RPAとの連携は…判断します」,
    # 「…については…注視し、まずは…着手します」), or the later one done after (「…実施し、そのうえで…判断します」). Without
    # that, 「AI-OCRを導入し、RPAと連携させることで…を検討します」 is one plan, all of it weighed (a hostile review's)
    ahead = [w for w in words[other.start : other.end] if w.pos2 != "読点"]
    after = "".join(w.surface for w in ahead[:3])
    return after.startswith(_THEN) or (_has_topic(words[clause.start : clause.end]) and _has_topic(tuple(ahead)))


# What opens a clause done after the one before it
_THEN = ("そのうえで", "その上で", "その後", "次いで", "次に", "あわせて", "併せて")


def _has_topic(words: tuple[Word, ...]) -> bool:
    """Whether a clause holds a topic of its own: a noun, or まず, and the binding は (「RPAとの連携は」「まずは」)."""
    return any(w.surface == "は" and w.pos == "助詞" and w.pos2 == "係助詞" for w in words[1:])


def _verb_then(words: tuple[Word, ...], clause: Clause) -> bool:
    """A clause that ends on a verb in its continuative form (「…を見直し、」「…こととし、」)."""
    end = clause.end - 1 if words[clause.end - 1].pos2 == "読点" else clause.end
    return end > clause.start and words[end - 1].pos == "動詞"


def _done_then(words: tuple[Word, ...], clause: Clause) -> bool:
    """A clause that ends on a noun of doing and する in its continuative form (「…を実施し、」「…を導入し、」)."""
    end = clause.end - 1 if words[clause.end - 1].pos2 == "読点" else clause.end
    return end >= clause.start + 2 and words[end - 1].lemma == "する" and words[end - 2].pos == "名詞"


def _combine(
    title: list[Match],
    description: list[Match],
    *,
    stance: Stance = "",
    limit: str | None = None,
    rollout: tuple[str, ...] | list[str] = (),
    rolled_out: bool = False,
    dated: bool = False,
) -> list[Match]:
    """A measure's title and description together (see the module's docstring, rule 4). A title's
    reading is dropped when the description refuses what the measure is about, or tells only what
    another body does (`stance`); kept partial when the description only studies it. A title that
    keeps the measure to an occasion or an office (`limit`) keeps every reading partial."""
    if limit is not None:
        description = [
            replace(m, reading=Reading("limited", limit), strength="partial")
            if m.strength == "covered" and not any(word in m.sentence for word in rollout)
            else m
            for m in description
        ]
    by_item: dict[str, list[Match]] = {}
    for match in description:
        by_item.setdefault(match.item, []).append(match)
    out = list(description)
    refused = stance == "refuses"
    for match in title:
        said = by_item.get(match.item, [])
        if match.strength != "missing" and not said and stance == "other":
            out.append(replace(match, reading=Reading("actor", match.reading.predicate), strength="missing"))
            continue
        if match.reading.kind == "limited" and not said and stance == "commits" and rolled_out:
            # 「RPAの試行導入」 over 「試行の結果を踏まえ、全庁に展開します。」: rolled out after the trial
            out.append(replace(match, reading=Reading("commitment", match.reading.predicate), strength="covered"))
            continue
        if match.reading.kind in ("study", "background") and not said and stance == "commits" and not description:
            # 「【課題】交付率が低い」 over 「このため、休日交付窓口を開きます。」: the text commits
            # 「AI議事録の導入検討」 over 「令和7年度に導入し、全課で使います。」: the text commits
            out.append(replace(match, reading=Reading("commitment", match.reading.predicate), strength="covered"))
            continue
        if match.reading.kind == "state" and match.strength == "missing" and not said and stance == "problem":
            # 「マイナンバーカードの交付状況」 over 「本町の交付率は全国平均を下回っており、普及が課題となっています。」: the
            # report names its topic as a problem to answer — raised, not taken up (two blind sets')
            out.append(replace(match, reading=Reading("background", match.reading.predicate), strength="partial"))
            continue
        if match.reading.kind == "state" and match.reading.predicate == "について" and not said and stance in ("commits", "studies"):
            # 「スマホ教室の開催について」 over 「…開催の可否を判断します。」: the title gives the topic, the text what is done
            kind: Any = "commitment" if stance == "commits" else "study"
            out.append(replace(match, reading=Reading(kind, match.reading.predicate), strength=STRENGTH[kind]))
            continue
        if match.strength == "covered" and stance == "studies" and not dated and not any(m.strength == "covered" for m in said):
            # the text only studies, and covers the item nowhere (its sentences that name it state the background:
            # 「公金収納のデジタル化」 over 「…eLTAXを通じた納付が全国で開始されています。…検討します。」, a blind set's)
            out.append(replace(match, reading=Reading("study", match.reading.predicate), strength="partial"))
            continue
        if match.reading.kind == "title" and match.strength == "covered" and stance == "problem" and not match.action:
            # 「マイナンバーカードの交付率」「職員の情報セキュリティ意識」 over a text that only states a problem: a
            # heading of the 現状と課題, with no action of its own (「テレワークの推進」 over the same text is one)
            out.append(replace(match, reading=Reading("background", match.reading.predicate), strength="partial"))
            continue
        if match.strength == "partial" and refused:
            out.append(_capped(match, "missing"))  # 「在宅勤務の試行」 over 「…終了しました。再開する予定はありません。」
            continue
        if match.strength != "covered" or (not said and not refused):
            out.append(match)
            continue
        strongest = max((_RANK[m.strength] for m in said), default=0)
        if strongest == 2:
            out.append(match)
        elif refused or any(m.reading.kind == "negation" for m in said) or (match.bare and strongest == 0):
            # 「テレワークの取扱い」 over 「…導入しません」; 「セキュリティクラウド」 over what 県 does
            out.append(_capped(match, "missing"))

        elif all(m.reading.kind == "actor" for m in said) and stance != "commits":
            # 「ガバメントクラウドの整備」 over 「国が整備する…」: another body's
            out.append(replace(match, reading=Reading("actor", match.reading.predicate), strength="missing"))
        elif strongest == 1 and (match.bare or match.combination or any(m.reading.kind in ("study", "limited") for m in said)):
            out.append(_capped(match, "partial"))
        else:
            out.append(match)
    return out


_KEPT = 20_000
# In a comparison, a plan's readings are kept on disk when its audit read at least this many texts (or
# stances) afresh (Reader.kept_for). Of 1,741 towns each with its own descriptions, 1,717 do; of 1,741
# drawing their sentences from one pool (benchmarks/generate.py without --own-text), in one process, 47 do.
WORTH_AN_ENTRY_IN_A_COMPARISON = 8


def _made_of(words: list[str], frameworks: FrameworkSet, lex: Lexicon) -> list[bytes | str]:
    """What a reading depends on: the vocabulary and its rules, the lexicon, the dictionary, the code."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("sudachidict_core")
    dictionary = Path(spec.origin).parent / "resources" / "system.dic" if spec and spec.origin else None
    stat = dictionary.stat() if dictionary is not None and dictionary.exists() else None
    # Each item's id with its vocabulary: a reading names its item (a user's framework may rename one, its words the same).
    vocabulary = repr(sorted((f.id, f.edition, [(f.qualified(i), i.vocabulary.model_dump_json()) for i in f.items]) for f in frameworks))
    return [
        "\n".join(words),
        vocabulary,
        lex.model_dump_json(),
        f"{stat.st_size} {stat.st_mtime_ns}" if stat else "no dictionary",
        Path(__file__).read_bytes(),
        (Path(__file__).parent / "japanese.py").read_bytes(),
    ]


# The cache entries are plain data (JSON, files/cache.py): a Match as a list of its fields, in order.
def _plain(match: Match) -> list[object]:
    return [
        match.item,
        match.field,
        match.sentence,
        list(match.terms),
        [match.reading.kind, match.reading.predicate],
        match.strength,
        match.carried,
        match.problem,
        match.combination,
        match.bare,
        list(match.signal),
        match.frame,
        match.action,
    ]


def _match(fields: list[Any]) -> Match:
    item, field_name, sentence, terms, (kind, predicate), strength, carried, problem, combination, bare, signal, frame, action = fields
    if kind not in STRENGTH or strength not in _RANK or field_name not in ("title", "description"):
        raise ValueError(kind)
    texts = (item, sentence, predicate, *terms, *signal)
    if not all(isinstance(t, str) for t in texts) or not all(v is None or isinstance(v, str) for v in (carried, frame)):
        raise ValueError(item)
    return Match(
        item,
        field_name,
        sentence,
        tuple(terms),
        Reading(kind, predicate),
        strength,
        carried,
        problem is True,
        combination is True,
        bare is True,
        tuple(signal),
        frame,
        action=action is True,
    )


def _matches(stored: list[Any]) -> list[Match] | None:
    """The readings of a text as `Reader.persist` stored them, or None when they do not have their shape."""
    try:
        return [_match(m) for m in stored]
    except (TypeError, ValueError):
        return None


def _readings_from(data: Any) -> tuple[dict[tuple[str, str], list[Any]], dict[str, Stance]] | None:
    """The readings kept by `Reader.persist`, each text's as stored (`_matches` makes them when asked
    for), or None when the entry does not have their shape."""
    try:
        read = {(field_name, text): matches for field_name, text, matches in data["read"] if isinstance(matches, list)}
        refused: dict[str, Stance] = {}
        for text, value in data["refused"]:
            if value not in ("refuses", "other", "studies", "commits", "past", "problem", ""):
                raise ValueError(value)
            refused[text] = value
    except (TypeError, ValueError, KeyError):
        return None
    if not all(isinstance(f, str) and isinstance(t, str) for f, t in read) or not all(isinstance(t, str) for t in refused):
        return None
    return read, refused


def _keys_from(data: Any) -> list[tuple[str, str]] | None:
    if not isinstance(data, list) or not all(isinstance(p, list) and len(p) == 2 and all(isinstance(w, str) for w in p) for p in data):
        return None
    return [(word, key) for word, key in data]


@cache
def reader_for(frameworks: FrameworkSet) -> Reader:
    """The reader of a framework set, built once per process."""
    return Reader(frameworks, lexicon())
