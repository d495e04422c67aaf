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

from dataclasses import dataclass, field, replace
from functools import cache
from itertools import pairwise
from typing import Any, Literal

from dxcheck.catalogue.framework import Combination, FrameworkSet
from dxcheck.files import cache as disk
from dxcheck.model.plan import Measure, Policy, read_part
from dxcheck.reading.japanese import (
    STRENGTH,
    Clause,
    Folded,
    Keyed,
    Lexicon,
    Reading,
    Word,
    analyse,
    clauses,
    find,
    fold,
    governing,
    keyed,
    lexicon,
    read_predicate,
    sentences,
    subject,
    term_key,
)

Field = Literal["title", "description"]
Strength = Literal["covered", "partial", "missing"]
_RANK = {"covered": 2, "partial": 1, "missing": 0}


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


@dataclass(frozen=True)
class _Signal:
    words: tuple[str, ...]  # as written in the framework
    at_most: Strength
    problem: bool


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


class Reader:
    """The vocabularies of every item and the lexicon: reads measures and policies."""

    def __init__(self, frameworks: FrameworkSet, lex: Lexicon) -> None:
        self.lex = lex
        self.variants = tuple(sorted(lex.variants.items()))
        self.items: list[_Item] = []
        for framework in frameworks:
            for item in framework.items:
                vocabulary = item.vocabulary
                problems = set(vocabulary.problems)
                signals = []
                for signal in vocabulary.signals:
                    if isinstance(signal, Combination):
                        words, at_most = tuple(signal.words), signal.at_most or "covered"
                    else:
                        words, at_most = ((signal,) if isinstance(signal, str) else tuple(signal)), "covered"
                    signals.append(_Signal(words, at_most, bool(problems & set(words))))
                senses = tuple(
                    _Sense(
                        frozenset(s.terms), tuple(s.needs), tuple(s.not_with), tuple(s.unless), s.within == "clause", s.then == "partial"
                    )
                    for s in vocabulary.senses
                )
                self.items.append(_Item(framework.qualified(item), tuple(signals), tuple(vocabulary.excludes), senses))
        # Every word of every vocabulary once (signals, exclusions, senses), matched on its key.
        every = {w for e in self.items for sig in e.signals for w in sig.words}
        every |= {w for e in self.items for w in e.excludes}
        every |= {w for e in self.items for sense in e.senses for w in (*sense.needs, *sense.not_with, *sense.unless)}
        self.words = sorted(every)
        self.terms = frozenset(w for e in self.items for sig in e.signals if len(sig.words) == 1 for w in sig.words)
        # What the readings depend on: the words and rules read with, the dictionary, the code.
        self._made_of = _made_of(self.words, frameworks, lex)
        self._keys: list[tuple[str, str]] | None = _keys_from(disk.load(disk.path("vocabulary", *self._made_of)))
        # The readings of a field's text, by (field, text): a plan, and a comparison of many, repeat
        # them; kept on disk between runs (the next audit of the same plan reads nothing again).
        self._read: dict[tuple[str, str], list[Match]] = {}
        self._refused: dict[str, bool] = {}
        kept = _readings_from(disk.load(disk.path("readings", *self._made_of)))
        if kept is not None:
            self._read, self._refused = kept
        self._new = 0

    def _key(self, term: str) -> str:
        return term_key(term, self.variants)

    @property
    def keys(self) -> list[tuple[str, str]]:
        """Every vocabulary word with its key; computed once (SudachiPy reads each word), kept on disk."""
        if self._keys is None:
            self._keys = [(word, key) for word in self.words if (key := self._key(word))]
            disk.store(disk.path("vocabulary", *self._made_of), [list(pair) for pair in self._keys])
        return self._keys

    def persist(self) -> None:
        """Keep the readings made in this process for the next run (the newest 20,000 texts)."""
        if not self._new:
            return
        read = [[field_name, text, [_plain(m) for m in matches]] for (field_name, text), matches in list(self._read.items())[-_KEPT:]]
        refused = [[text, value] for text, value in list(self._refused.items())[-_KEPT:]]
        disk.store(disk.path("readings", *self._made_of), {"read": read, "refused": refused})
        self._new = 0

    # --- the fields ------------------------------------------------------------------------------

    def read_measure(self, measure: Measure) -> list[Match]:
        """Every reading of every item in a measure: the counted ones, and the ones read and not counted."""
        title = self._read_field(measure.title, "title")
        description = self._read_field(measure.description or "", "description")
        refused = bool(title) and self._refuses(measure.description or "")
        return _combine(title, description, refused=refused)

    def _refuses(self, text: str) -> bool:
        """Whether a description, sentence by sentence, declines or stops what the measure is about and
        commits to nothing (「…貸与については、現在のところ実施する予定はない。」)."""
        known = self._refused.get(text)
        if known is None:
            known = self._refused[text] = self._stance(text)
            self._new += 1
        return known

    def _stance(self, text: str) -> bool:
        kinds = set()
        for start, end in sentences(read_part(text), self.lex.bullets):
            folded = fold(text[start:end].strip(), dict(self.variants)).text
            words = analyse(folded)
            parts = clauses(words, folded, self.lex)
            if not parts:
                continue
            if subject(words, parts[-1].end, self.lex) is not None:
                kinds.add("actor")
                continue
            kinds.add(read_predicate(words, parts[-1], self.lex, problem=False, spans=[]).kind)
        return "negation" in kinds and not kinds & {"commitment", "study", "background"}

    def read_policy(self, policy: Policy) -> list[Match]:
        """A policy: its description as any text; its title alone is partial at most."""
        title = [_capped(m, "partial") if m.strength != "missing" else m for m in self._read_field(policy.title, "title")]
        description = self._read_field(policy.description or "", "description")
        return [*title, *description]

    def read_text(self, text: str) -> list[Match]:
        """Any text of the plan read as a description is (a sentence that stands in no measure)."""
        return self._read_field(text, "description")

    def _read_field(self, text: str, field_name: Field) -> list[Match]:
        text = read_part(text)  # lint says so (DX409): a pasted page is not read to its end
        if not text.strip():
            return []
        known = self._read.pop((field_name, text), None)
        if known is None:
            known = self._read_text(text, field_name)
            self._new += 1
        self._read[(field_name, text)] = known  # the newest last: what persist() keeps
        return known

    def _read_text(self, text: str, field_name: Field) -> list[Match]:
        spans = [(0, len(text))] if field_name == "title" else sentences(text, self.lex.bullets)
        read: list[_Sentence] = []
        matches: list[Match] = []
        for start, end in spans:
            original = text[start:end].strip()
            sentence = _Sentence(original, fold(original, dict(self.variants)))
            read.append(sentence)
            matches += self._read_sentence(sentence, field_name)
        if field_name == "description":
            matches += self._carried(read)
        return matches

    # --- one sentence ---------------------------------------------------------------------------

    def _read_sentence(self, sentence: _Sentence, field_name: Field) -> list[Match]:
        text = sentence.folded.text
        words = sentence.words = analyse(text)
        key = keyed(words)
        hits = {word: spans for word, term in self.keys if term in key.key and (spans := list(find(term, key)))}
        if not hits:
            return []
        parts = clauses(words, text, self.lex)
        # The words of every term found: a negative inside one (「書かない窓口」) is not a predicate.
        terms = [span for word, spans in hits.items() if word in self.terms for span in spans]
        found: list[Match] = []
        for entry in self.items:
            if not any(w in hits for signal in entry.signals for w in signal.words):
                continue
            hidden = [span for phrase in entry.excludes for span in hits.get(phrase, [])]
            best: Match | None = None
            for signal in entry.signals:
                where: list[tuple[int, int]] = []
                for word in signal.words:
                    kept = [s for s in hits.get(word, []) if not any(b <= s[0] and s[1] <= e and (b, e) != s for b, e in hidden)]
                    if not kept:
                        break
                    where.append(kept[0])
                else:
                    match = self._reading(entry, signal, where, terms, sentence, words, key, parts, field_name)
                    if best is None or _better(match, best):
                        best = match
            if best is not None:
                found.append(best)
                sentence.found.setdefault(entry.id, []).append(best)
        return found

    def _reading(
        self,
        item: _Item,
        signal: _Signal,
        spans: list[tuple[int, int]],
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

        def make(reading: Reading, strength: Strength | None = None, bare: bool = False) -> Match:
            strength = strength or reading.strength
            if _RANK[strength] > _RANK[signal.at_most]:
                strength = signal.at_most
            combination = len(signal.words) > 1
            return Match(
                item.id, field_name, sentence.original, shown, reading, strength, None, signal.problem, combination, bare, signal.words
            )

        sense, narrower = self._sense(item, signal, key, words, clause_list[here])
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
            reading = read_predicate(words, clause_list[-1], self.lex, problem=signal.problem, spans=terms)
            if reading.kind in ("commitment", "state", "background", "actor"):
                reading = Reading("title", reading.predicate)
            return make(reading, bare=_bare(words, terms, self.lex))
        governs = governing(clause_list, here)
        actor = subject(words, clause_list[governs].end, self.lex)
        if actor is not None:
            return make(Reading("actor", actor))
        return make(read_predicate(words, clause_list[governs], self.lex, problem=signal.problem, spans=terms))

    def _sense(self, item: _Item, signal: _Signal, key: Keyed, words: tuple[Word, ...], clause: Clause) -> tuple[str | None, str | None]:
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
            if not sense.terms & set(signal.words):
                continue
            if sense.needs and present(sense.needs) is None:
                return f"{'・'.join(sorted(sense.terms & set(signal.words)))}（{'・'.join(sense.needs[:3])}… がない）", None
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
                continue
            words = sentence.words or analyse(sentence.folded.text)
            parts = clauses(words, sentence.folded.text, self.lex)
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


def _clause_of(words: tuple[Word, ...], clause_list: list[Clause], at: int) -> int:
    for index, clause in enumerate(clause_list):
        if words[clause.start].begin <= at < words[clause.end - 1].end:
            return index
    return len(clause_list) - 1


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
    """The other body a title names as the owner of what it is about (「県の…」「国による…」)."""
    noun = ""
    for i, w in enumerate(words):
        if w.pos in ("名詞", "接尾辞", "接頭辞"):
            noun += w.surface
            continue
        following = "".join(x.surface for x in words[i : i + 3])
        if noun and following.startswith(("の", "による", "が")) and noun in lex.actors:
            return noun
        return None
    return None


def _bare(words: tuple[Word, ...], spans: list[tuple[int, int]], lex: Lexicon) -> bool:
    """A title that only names a thing (「観光Wi-Fi」「電子申請共同システム」), with no action in it."""
    content = [
        w for w in words if w.pos in ("名詞", "動詞", "形容詞", "接尾辞") and not (w.pos2 == "数詞" or w.surface in ("令和", "年度"))
    ]
    if not content:
        return False
    last = content[-1]
    return any(b <= last.begin < e for b, e in spans) or last.lemma in lex.things


def _combine(title: list[Match], description: list[Match], *, refused: bool = False) -> list[Match]:
    """A measure's title and description together (see the module's docstring, rule 4). A title's
    reading is dropped when the description refuses what the measure is about (`refused`)."""
    by_item: dict[str, list[Match]] = {}
    for match in description:
        by_item.setdefault(match.item, []).append(match)
    out = list(description)
    for match in title:
        said = by_item.get(match.item, [])
        if match.strength != "covered" or (not said and not refused):
            out.append(match)
            continue
        strongest = max((_RANK[m.strength] for m in said), default=0)
        if strongest == 2:
            out.append(match)
        elif refused or any(m.reading.kind == "negation" for m in said) or (match.bare and strongest == 0):
            # 「テレワークの取扱い」 over 「…導入しません」; 「セキュリティクラウド」 over what 県 does
            out.append(_capped(match, "missing"))
        elif strongest == 1 and (match.bare or match.combination or any(m.reading.kind == "study" for m in said)):
            out.append(_capped(match, "partial"))
        else:
            out.append(match)
    return out


_KEPT = 20_000


def _made_of(words: list[str], frameworks: FrameworkSet, lex: Lexicon) -> list[bytes | str]:
    """What a reading depends on: the vocabulary and its rules, the lexicon, the dictionary, the code."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("sudachidict_core")
    dictionary = Path(spec.origin).parent / "resources" / "system.dic" if spec and spec.origin else None
    stat = dictionary.stat() if dictionary is not None and dictionary.exists() else None
    vocabulary = repr(sorted((f.id, f.edition, [i.vocabulary.model_dump_json() for i in f.items]) for f in frameworks))
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
    ]


def _match(fields: list[Any]) -> Match:
    item, field_name, sentence, terms, (kind, predicate), strength, carried, problem, combination, bare, signal = fields
    if kind not in STRENGTH or strength not in _RANK or field_name not in ("title", "description"):
        raise ValueError(kind)
    texts = (item, sentence, predicate, *terms, *signal)
    if not all(isinstance(t, str) for t in texts) or not (carried is None or isinstance(carried, str)):
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
    )


def _readings_from(data: Any) -> tuple[dict[tuple[str, str], list[Match]], dict[str, bool]] | None:
    """The readings kept by `Reader.persist`, or None when the entry does not have their shape."""
    try:
        read = {(field_name, text): [_match(m) for m in matches] for field_name, text, matches in data["read"]}
        refused = {text: value is True for text, value in data["refused"]}
    except (TypeError, ValueError, KeyError):
        return None
    if not all(isinstance(f, str) and isinstance(t, str) for f, t in read) or not all(isinstance(t, str) for t in refused):
        return None
    return read, refused


def _keys_from(data: Any) -> list[tuple[str, str]] | None:
    if not isinstance(data, list) or not all(isinstance(p, list) and len(p) == 2 and all(isinstance(w, str) for w in p) for p in data):
        return None
    return [(word, key) for word, key in data]


_MADE: list[Reader] = []


@cache
def reader_for(frameworks: FrameworkSet) -> Reader:
    """The reader of a framework set, built once per process."""
    reader = Reader(frameworks, lexicon())
    _MADE.append(reader)
    return reader


def persist() -> None:
    """Keep what every reader of this process read, for the next run."""
    for reader in _MADE:
        reader.persist()
