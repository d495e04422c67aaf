"""Reading the Japanese of a plan: repairing extracted text, sentences, words, clauses and predicates.

What dxcheck.reading.infer needs to say whether a sentence commits the town to something:

- `fold`: the text as matched. Extraction damage repaired (a line break or a space inside a word, a
  middle dot between katakana), Unicode NFKC (全角 ＡＩ → AI), the spelling variants of the lexicon
  folded (捺印 → 押印), ASCII in lower case. Every character remembers where it came from, so a
  report quotes the author's own words.
- `sentences`: split on 。！？ and on a line that starts a list item, never on a mere line break
  (text out of a PDF breaks lines in mid-sentence).
- `analyse`: SudachiPy (core dictionary), imported only when a sentence needs it. Each word has its
  surface, SudachiPy's normalised form (漏えい → 漏洩, デバイド → ディバイド, 手続 → 手続き), its
  dictionary form (見送ります → 見送る) and its part of speech. Words are matched on the normalised
  forms of SudachiPy's shortest units, so a term found is a whole word ("AI" is not in "MAIL").
- `clauses` and `read`: a sentence cut where a clause ends (が、 ものの ため ので を踏まえ に伴い
  とともに …), and the predicate that governs a word read as one of the classes of `Reading`.

The words that decide are data: frameworks/language/japanese.yaml (`Lexicon`).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

ReadingClass = Literal[
    "commitment", "study", "negation", "past", "actor", "background", "premise", "state", "sense", "title", "limited", "inherited"
]

# The reader's verdict for each class: a commitment is evidence, a study or a need is partial,
# anything else is read and not counted (explain shows it with the reason).
STRENGTH: dict[str, Literal["covered", "partial", "missing"]] = {
    "commitment": "covered",
    "title": "covered",
    "study": "partial",
    "background": "partial",
    "limited": "partial",
    "inherited": "covered",
    "negation": "missing",
    "past": "missing",
    "state": "missing",
    "actor": "missing",
    "premise": "missing",
    "sense": "missing",
}


class _Clauses(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    adversative: list[str]
    reason: list[str]
    premise: list[str]
    coordinate: list[str]


class _Predicates(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    study: list[str]
    decline: list[str]
    abolish: list[str]
    remove: list[str]
    background: list[str]
    state: list[str]
    plan: list[str]
    not_negation_after: list[str]


class _Limits(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    trial: list[str]
    rollout: list[str]
    occasions: list[str]
    ordinary: list[str]
    only: list[str]
    office: list[str]
    all_offices: list[str]
    guide: list[str]
    services: list[str]
    conditions: list[str]


class Frame(BaseModel):
    """frameworks/language/frames.yaml: an item said in other words — a word of every group in one sentence."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    items: list[str]
    where: str
    groups: list[list[str]]
    at_most: Literal["covered", "partial"] = "covered"
    problem: bool = False  # the first group names a problem (押印, 重複): removing it is the commitment


class Serves(BaseModel):
    """frameworks/language/frames.yaml `serves`: words of an action that carries out an item, too broad to
    name it alone (講座, 監査, 出張受付): a measure that names no item, under a policy that names this one,
    carries the policy out when it commits to such an action (dxcheck.reading.infer.Reader.inherited)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    items: list[str]
    where: str
    words: list[str]


class _CarryOut(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    prepares: list[str]
    generic: list[str]
    light: list[str]


class ExtraSense(BaseModel):
    """frameworks/language/frames.yaml `senses`: a sense rule added to the items it names, in every edition."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    items: list[str]
    where: str
    terms: list[str]
    needs: list[str] = []
    not_with: list[str] = []
    unless: list[str] = []
    within: Literal["sentence", "clause"] = "sentence"
    then: Literal["missing", "partial"] = "missing"


class Lexicon(BaseModel):
    """frameworks/language/japanese.yaml: the words that decide how a sentence is read; and the frames
    of frameworks/language/frames.yaml."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    variants: dict[str, str]
    bullets: list[str]
    clauses: _Clauses
    predicates: _Predicates
    limits: _Limits
    owners: list[str]
    actors: list[str]
    selves: list[str]
    carry: list[str]
    continues: list[str]
    aims: list[str]
    neutral_titles: list[str]
    things: list[str]
    carry_out: _CarryOut
    frames: list[Frame] = []
    senses: list[ExtraSense] = []
    serves: list[Serves] = []


@cache
def lexicon() -> Lexicon:
    """The shipped lexicon, loaded once per process."""
    from dxcheck.files.resources import data_dir
    from dxcheck.files.source import parse_yaml, read_source

    folder = data_dir("frameworks") / "language"
    data = parse_yaml(read_source(folder / "japanese.yaml"))
    frames = parse_yaml(read_source(folder / "frames.yaml"))
    return Lexicon.model_validate(
        {**data, "frames": frames["frames"], "senses": frames.get("senses", []), "serves": frames.get("serves", [])}
    )


# --- the text as matched --------------------------------------------------------------------------


@dataclass(frozen=True)
class Folded:
    """A text as matched, and for each of its characters the index of the character it came from."""

    text: str
    origin: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that the folded span [start, end) came from."""
        if start >= end:
            at = self.origin[start] if start < len(self.origin) else (self.origin[-1] + 1 if self.origin else 0)
            return at, at
        return self.origin[start], self.origin[end - 1] + 1


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
# Spaces and line breaks inside a sentence are extraction damage; so are a page's number on a line of its own
# (「…国の動向を\n- 9 -\n注視します。」, a page break in the middle of a sentence of a PDF) and a footnote's mark after
# a word (「データカタログ※6については」); a middle dot between katakana joins one word (マイナンバー・カード, デジタル・デバイド).
_PAGE_NUMBER = r"[ \t]*[-‐―—–][ \t]?[0-9]{1,4}[ \t]?[-‐―—–][ \t]*"
_DAMAGE = re.compile(
    rf"\s*(?:^|\n){_PAGE_NUMBER}(?=\n|$)|\s+|(?<=\S)※[0-9]{{1,2}}|(?<=[\u30a1-\u30fa\u30fc])[・･](?=[\u30a1-\u30fa\u30fc])"
)
_PAGE_LINE = re.compile(rf"{_PAGE_NUMBER}(?:\n|$)")
# 長音 typed as another character: a dash after katakana (サ―ビス, マイナンバ−カード), or the kanji 一
# between katakana or before kana or the end of the word as OCR reads it (テレワ一ク, ポリシ一の); 「データ一覧」
# keeps its 一.
_LONG_VOWEL = re.compile(
    r"(?<=[\u30a1-\u30fa\u30fc])(?:[\u2010\u2012-\u2015\u2212\u2500\u2501\u30fc-]|\u4e00(?=[\u30a1-\u30fa\u3041-\u3096、。]|$))"
)


# A small kana typed full-size, as old word processors and OCR do (セキユリティ, セキユリテイ, コンピユータ,
# フアイル): ヤユヨ after a katakana of the イ row, イ after テ or デ, ァィェォ after フ. One character for one, so
# every character still knows where it came from.
_SMALL_KANA = re.compile(r"(?<=[キシチニヒミリギジビピ])[ヤユヨ]|(?<=[テデ])イ|(?<=フ)[アイエオ]")
_SMALLER = str.maketrans("ヤユヨイアエオ", "ャュョィァェォ")


def _small(found: re.Match[str]) -> str:
    return found.group().translate(_SMALLER)


def fold(text: str, variants: dict[str, str] | None = None) -> Folded:
    """The text as matched (see the module's docstring)."""
    ordered = tuple(sorted(variants.items())) if variants else ()
    # A sentence is folded to be read, again to be told what it does (Reader._stance), and its measure's
    # text again for a title's sense: the same Folded (immutable) each time. A pasted page is not kept.
    return _fold(text, ordered) if len(text) <= _FOLDS_KEPT_UP_TO else _fold.__wrapped__(text, ordered)


_FOLDS_KEPT_UP_TO = 500  # characters: 512 folds of 500 characters hold about 2 MB; a sentence has 60 on average


# A text is folded again by the same plan's audit, if at all (as analyse's sentences are): 512 folds kept
# hit as often as 4,096 did in a comparison of 1,741 towns (7,708 hits against 7,746), 5 MB smaller a worker.
@lru_cache(maxsize=512)
def _fold(text: str, variants: tuple[tuple[str, str], ...]) -> Folded:
    if unicodedata.is_normalized("NFKC", text):
        normalized, origin = text, list(range(len(text)))
    else:
        normalized, origin = _nfkc(text)
    kept: list[str] = []
    kept_origin: list[int] = []
    last = 0
    for damage in _DAMAGE.finditer(normalized):
        kept.append(normalized[last : damage.start()])
        kept_origin.extend(origin[last : damage.start()])
        last = damage.end()
    kept.append(normalized[last:])
    kept_origin.extend(origin[last:])
    folded = _SMALL_KANA.sub(_small, _LONG_VOWEL.sub("ー", "".join(kept))).translate(_ASCII_LOWER)
    if variants:
        folded, kept_origin = _replace(folded, kept_origin, _folded_variants(variants))
    return Folded(folded, tuple(kept_origin))


def _nfkc(text: str) -> tuple[str, list[int]]:
    """NFKC character by character, remembering where each character came from; a sound mark
    (ﾞ ﾟ) that composes with the character before it stays with it (ｶﾞ → ガ)."""
    chars: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        piece = unicodedata.normalize("NFKC", ch)
        if chars and piece and unicodedata.combining(piece[0]):
            composed = unicodedata.normalize("NFKC", chars[-1] + piece)
            if len(composed) == 1:
                chars[-1] = composed
                continue
        for part in piece:
            chars.append(part)
            origin.append(index)
    return "".join(chars), origin


@cache
def _folded_variants(variants: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    return tuple((fold(k).text, v) for k, v in variants)


@cache
def _variant_pattern(keys: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True)))


def _replace(text: str, origin: list[int], variants: tuple[tuple[str, str], ...]) -> tuple[str, list[int]]:
    folded_keys = dict(variants)
    pattern = _variant_pattern(tuple(folded_keys))
    if not pattern.search(text):
        return text, origin
    out: list[str] = []
    out_origin: list[int] = []
    last = 0
    for match in pattern.finditer(text):
        out.append(text[last : match.start()])
        out_origin.extend(origin[last : match.start()])
        replacement = folded_keys[match.group()]
        out.append(replacement)
        # Each character of the replacement points into the span it replaces.
        span = origin[match.start() : match.end()]
        last = len(replacement) - 1
        out_origin.extend(span[round(i * (len(span) - 1) / last) if last else 0] for i in range(len(replacement)))
        last = match.end()
    out.append(text[last:])
    out_origin.extend(origin[last:])
    return "".join(out), out_origin


# --- sentences --------------------------------------------------------------------------------------

_ENDS = "。！？!?"


def sentences(text: str, bullets: list[str]) -> list[tuple[int, int]]:
    """The sentences of a text as (start, end) spans of it: cut after 。！？ and before a line that
    starts a list item; a line break elsewhere is not the end of a sentence."""
    spans: list[tuple[int, int]] = []
    start = 0
    lines_start = {0} | {m.end() for m in re.finditer(r"\n", text)}
    for i, ch in enumerate(text):
        if ch in _ENDS:
            spans.append((start, i + 1))
            start = i + 1
        elif i in lines_start and i > start:
            stripped = text[i:].lstrip(" \t\u3000")
            if _PAGE_LINE.match(unicodedata.normalize("NFKC", text[i : i + 12])):
                continue  # a page's number in the middle of a sentence (see _DAMAGE)
            if stripped[:1] in bullets or re.match(r"[(（]?[0-9０-９]+[)）.．]", stripped):
                spans.append((start, i))
                start = i
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


# --- words ------------------------------------------------------------------------------------------


@dataclass(slots=True, unsafe_hash=True)
class Word:
    """One word (SudachiPy's middle-length unit, mode C) of a folded sentence. Never changed once made
    (analyse's results are cached and shared), but not `frozen`: a frozen dataclass's __init__ sets each
    field through object.__setattr__, and a sentence makes tens of words — 45 of the 164 µs a
    sentence's analysis took (a named tuple made them as fast, and was slower to read)."""

    begin: int
    end: int
    surface: str
    lemma: str  # dictionary form
    pos: str  # part of speech, first level (名詞, 動詞, 助動詞, 助詞, …)
    pos2: str  # second level (普通名詞, 接続助詞, 読点, …)
    units: tuple[tuple[int, int, str], ...]  # the shortest units: (begin, end, normalised form)
    pos3: str = ""  # third level (サ変可能: a noun that names an action, 導入・推進; 一般 …)


@cache
def _tokenizer() -> tuple[Any, Any]:
    """SudachiPy's tokenizer (middle units) and the mode of its shortest units: ≈ 30 ms to load, once."""
    from sudachipy import Dictionary, SplitMode

    return Dictionary(dict="core").tokenizer(mode=SplitMode.C), SplitMode.A


# SudachiPy reads at most 49,149 bytes at a time; a real sentence has a few hundred characters. A
# longer run of text without 。 (a pasted page, a table flattened into one line) is read in pieces.
_PIECE = 4000


# A sentence is analysed again soon after it is read, if at all: for what its measure's text does
# (Reader._stance), by the same plan's audit. With 512 kept, the example plans and the seed documents
# analyse no sentence twice, and a comparison of 1,741 towns 24 more than with 4,096 (of 5,600).
# Each analysis kept holds about 5 KB of words, in every worker: 4,096 of them made a comparison's
# workers 18 MB larger each, and 67 MB each where every town writes its own text.
@lru_cache(maxsize=512)
def analyse(sentence: str) -> tuple[Word, ...]:
    """The words of a folded sentence, read by SudachiPy (loaded on the first call)."""
    words: list[Word] = []
    start = 0
    while start < len(sentence):
        end = min(len(sentence), start + _PIECE)
        if end < len(sentence):
            comma = sentence.rfind("、", start + _PIECE // 2, end)
            end = comma + 1 if comma > 0 else end
        words += _analyse_piece(sentence[start:end], start)
        start = end
    return tuple(words)


def _analyse_piece(text: str, offset: int) -> list[Word]:
    tokenizer, shortest = _tokenizer()
    words = []
    for m in tokenizer.tokenize(text):
        begin, end = m.begin() + offset, m.end() + offset
        units = m.split(shortest)
        if len(units) < 2:  # most words are their own shortest unit: 助詞, 助動詞, 記号, short nouns
            shortest_units: tuple[tuple[int, int, str], ...] = ((begin, end, m.normalized_form().lower()),)
        else:
            shortest_units = tuple((u.begin() + offset, u.end() + offset, u.normalized_form().lower()) for u in units)
        pos = m.part_of_speech()
        words.append(Word(begin, end, m.surface(), m.dictionary_form(), pos[0], pos[1], shortest_units, pos[2]))
    return words


@dataclass(frozen=True)
class Keyed:
    """A sentence as its normalised forms, joined, with where each character of the key lies in the sentence."""

    key: str
    starts: frozenset[int]  # positions in the key where a shortest unit starts
    ends: frozenset[int]  # …and where one ends
    at: tuple[int, ...]  # key position → sentence position (the unit's begin)
    until: tuple[int, ...]  # key position → sentence position (the unit's end)


def keyed(words: tuple[Word, ...]) -> Keyed:
    """The normalised-form key of an analysed sentence."""
    parts: list[str] = []
    starts, ends = set(), set()
    at: list[int] = []
    until: list[int] = []
    position = 0
    for word in words:
        for begin, end, normal in word.units:
            size = len(normal)
            starts.add(position)
            parts.append(normal)
            at += [begin] * size
            until += [end] * size
            position += size
            ends.add(position)
    return Keyed("".join(parts), frozenset(starts), frozenset(ends), tuple(at), tuple(until))


def find(term_key: str, sentence: Keyed) -> Iterator[tuple[int, int]]:
    """Where a term (as its normalised key) is a whole run of words of the sentence: sentence spans."""
    start = sentence.key.find(term_key)
    while start >= 0:
        end = start + len(term_key)
        if start in sentence.starts and end in sentence.ends:
            yield sentence.at[start], sentence.until[end - 1]
        start = sentence.key.find(term_key, start + 1)


@lru_cache(maxsize=8192)
def term_key(term: str, variants: tuple[tuple[str, str], ...]) -> str:
    """A vocabulary term as the key it is matched on: folded, read by SudachiPy, its normalised forms joined."""
    folded = fold(term, dict(variants)).text
    if folded.endswith(("で", "に")):
        # 「自動で」「自宅で」 alone end on the copula (自動だ), in a sentence on the particle: read the term as
        # a sentence holds it, followed by a verb, and keep its own letters
        units = [unit for word in analyse(folded + "行う") for unit in word.units]
        if any(end == len(folded) for _, end, _ in units):
            return "".join(normal for _, end, normal in units if end <= len(folded))
    return "".join(normal for word in analyse(folded) for _, _, normal in word.units)


@lru_cache(maxsize=8192)
def nominal_key(term: str, variants: tuple[tuple[str, str], ...]) -> str | None:
    """The key of a term that ends on a verb's 連用形 (「音声読み上げ」「申し込み」) read as the noun a sentence
    makes of it (「音声読み上げや…」), when that differs from term_key's; else None."""
    folded = fold(term, dict(variants)).text
    words = analyse(folded)
    if not words or words[-1].pos != "動詞" or words[-1].surface == words[-1].lemma:
        return None
    units = [unit for word in analyse(folded + "や") for unit in word.units]
    if not any(end == len(folded) for _, end, _ in units):
        return None
    key = "".join(normal for _, end, normal in units if end <= len(folded))
    return key if key != term_key(term, variants) else None


# --- clauses and predicates ---------------------------------------------------------------------------

Boundary = Literal["final", "soft", "adversative", "reason", "premise", "coordinate", "negative", "declined", "without"]


@dataclass(frozen=True)
class Clause:
    """Words [start, end) of a sentence, and how the clause ends."""

    start: int
    end: int
    boundary: Boundary
    topic: bool  # the clause is a topic (「テレワークについては、」): the sentence's predicate governs it
    nominal: bool = False  # it ends on a noun (「オープンデータの公開、EBPMの…」): a list that the next clause governs


def clauses(words: tuple[Word, ...], text: str, lex: Lexicon) -> list[Clause]:
    """The clauses of an analysed sentence."""
    cuts: list[Clause] = []
    start = 0
    n = len(words)
    for i in range(n):
        word = words[i]
        # what _ends_clause asks first, asked here: most words end no clause, and need no call
        quiet = word.pos2 != "読点" and word.surface not in _JOINING and not text.startswith(_AFTER_PREMISE, word.end)
        if quiet and (
            (word.surface in ("に", "で") and i > 0 and words[i - 1].lemma in ("ず", "ぬ", "ない"))
            or (word.lemma == "ない" and word.pos == "形容詞" and i > 0 and words[i - 1].lemma == "こと")
        ):
            quiet = False  # 「…を持たずに来庁した方」「カードを使うことなく」: _ends_clause asks whether a means is done without
        kind = None if quiet else _ends_clause(words, i, text, lex)
        if kind is None and i < n - 1:
            continue
        end = i + 1
        if kind is None:
            kind = "final"
        if end > start:
            before = words[end - 2] if end - 2 >= start and words[end - 1].pos2 == "読点" else None
            nominal = before is not None and before.pos in ("名詞", "接尾辞", "接続詞", "副詞", "形状詞")
            cuts.append(Clause(start, end, kind, _is_topic(words[start:end]), nominal))
        start = end
    if start < n:
        cuts.append(Clause(start, n, "final", False))
    return cuts


def _ends_clause(words: tuple[Word, ...], i: int, text: str, lex: Lexicon) -> Boundary | None:
    word = words[i]
    if word.pos2 == "読点":
        return _kind_before(words, i, lex) or "soft"
    if (
        (word.surface in ("に", "で") or word.lemma == "ない")
        and i + 1 < len(words)
        and words[i + 1].pos2 != "読点"
        and _means_declined(words, i + 1)
    ):
        return "without"  # 「…を持たずに来庁した方」: the means done without, with no comma after it
    surface = word.surface
    if surface in _JOINING:  # most words join nothing: asked once, not four times
        following = words[i + 1].surface if i + 1 < len(words) else ""
        if word.pos == "助詞" and word.pos2 == "接続助詞" and surface in ("が", "けれど", "けれども", "のに"):
            return "adversative"
        if surface in ("ものの", "反面") or (surface == "一方" and following in ("、", "で")):
            return "adversative"
        if surface == "ので" or (surface == "から" and i > 0 and words[i - 1].surface == "こと"):
            return "reason"
        if surface == "ため" and following != "に" and not _purpose(words, i):
            return "reason"
    # clause-final only: 「移行に伴い、」「動向を踏まえて、」, not 「助言を受けられる」 (the comma first: most words have none after them)
    if text.startswith(_AFTER_PREMISE, word.end) and text.endswith(tuple(lex.clauses.premise), 0, word.end):
        return "premise"
    return None


# The words that may end a clause by themselves (_ends_clause): adversative and reason.
_JOINING = frozenset(("が", "けれど", "けれども", "のに", "ものの", "反面", "一方", "ので", "から", "ため"))
_AFTER_PREMISE = ("、", "て、", "で、")  # what follows a premise's marker (「…に伴い、」「…を踏まえて、」)


# What a plan takes up (a tool, a card, a way of working): done without, the item is not taken up.
_TAKEN_UP = frozenset(("導入", "活用", "利用", "使う", "用いる", "持つ", "整備", "採用", "使用"))


def _means_declined(words: tuple[Word, ...], at: int) -> bool:
    """Whether the words before `at` end 「〜ずに」「〜ないで」: a means the sentence does without (「オンライン化せずに窓口で
    受け付けます」「カードを持たずに来庁した方も」), read by its own negation (a blind set's)."""
    if at < 3:
        return False
    particle, before = words[at - 1], words[at - 2]
    if not (
        (particle.surface == "に" and before.lemma in ("ず", "ぬ") and before.pos == "助動詞")
        or (particle.surface == "で" and before.lemma == "ない" and before.pos == "助動詞")
        # 「マイナンバーカードを使うことなく、IDとパスワードでも申請できるようにします」 (a blind set's)
        or (particle.lemma == "ない" and particle.pos == "形容詞" and before.lemma == "こと")
    ):
        return False
    # only a means taken up or done without (導入せずに, 持たずに, オンライン化せずに); a burden done without is the point
    # (「来庁せずに手続できる」 is online, 「印刷せずに」 paperless: what the sentence promises, not a refusal)
    # (not 頼る, 依存, or a burden's 〜化 — 「職員に頼らずに」「属人化せずに」: what automation does away with, a hostile review)
    verb = words[at - 3]
    if verb.lemma in ("する", "為る") and at >= 4:
        noun = words[at - 4]
        return noun.lemma in _TAKEN_UP or noun.surface in ("オンライン化", "デジタル化", "電子化")
    return verb.lemma in _TAKEN_UP


def _kind_before(words: tuple[Word, ...], comma: int, lex: Lexicon) -> Boundary | None:
    """What a clause that ends at this 読点 is, from the words before it."""
    if comma == 0:
        return None
    before = words[comma - 1]
    text = "".join(w.surface for w in words[max(0, comma - 4) : comma])
    for marker in lex.clauses.coordinate:
        if text.endswith(marker):
            head = comma - 1 - _words_in(words, comma, marker)
            if head >= 0 and words[head].pos in ("動詞", "助動詞"):
                return "coordinate"
    if before.lemma in ("ず", "ぬ") and before.pos == "助動詞":
        verb = words[comma - 2] if comma >= 2 else None
        if verb is None or verb.lemma not in lex.predicates.not_negation_after:
            return "negative"
    if _means_declined(words, comma):
        return "without"  # 「RPAを導入せずに、業務手順の見直しにより…」: what is not done is its own, not the sentence's
    if before.lemma in lex.predicates.decline or (before.lemma in ("とどめる", "留める") and before.pos == "動詞"):
        # 「移行は見送り、」: its own refusal, not the next clause's; 「統計データの公開は検討にとどめ、」: kept to what it says.
        # It declines the sentence's topic only when what it puts off is no thing of its own (「職員のテレワークは、当面は
        # 導入を見合わせ、」); 「…休日窓口の開設は見送り、」 puts off the 開設, not the topic (a hostile review)
        return "declined" if _generic_object(words, comma - 1) else "negative"
    if before.lemma == "する" and comma >= 2 and words[comma - 2].lemma in lex.predicates.abolish:
        return "negative"  # 「運用を中止し、」
    return None


# What a refusal may put off without naming a thing of its own: the doing of the sentence's topic
_GENERIC_OBJECTS = frozenset(("導入", "実施", "整備", "活用", "運用", "開始", "検討", "対応", "取組", "利用", "推進", "本格", "全面"))
# …and the words of time that may stand between it and the verb (「…を当面見合わせ」)
_WHEN = frozenset(("当面", "当分", "現在", "現時点", "今回", "今後", "引き続き", "しばらく", "一旦", "いったん"))


def _generic_object(words: tuple[Word, ...], verb: int) -> bool:
    """Whether the noun phrase a refusal verb puts off (the nouns before its を・は・も, past words of time) is only
    the doing of something (「導入を見合わせ」) and not a thing of its own (「休日窓口の開設は見送り」)."""
    i = verb - 1
    while i >= 0 and (words[i].lemma in _WHEN or words[i].pos2 == "読点"):
        i -= 1
    if i < 0 or not (words[i].pos == "助詞" and words[i].surface in ("を", "は", "も", "が")):
        return False
    i -= 1
    nouns: list[str] = []
    while i >= 0 and (words[i].pos in ("名詞", "接尾辞") or words[i].surface == "の"):
        if words[i].surface != "の":
            nouns.append(words[i].lemma)
        i -= 1
    return bool(nouns) and all(n in _GENERIC_OBJECTS for n in nouns)


def _words_in(words: tuple[Word, ...], end: int, marker: str) -> int:
    """How many words before `end` spell `marker`."""
    count, spelled = 0, ""
    while end - count > 0 and len(spelled) < len(marker):
        spelled = words[end - count - 1].surface + spelled
        count += 1
    return count


def _purpose(words: tuple[Word, ...], i: int) -> bool:
    """「防ぐため、」 (to prevent: the purpose of what follows), not 「大きいため」 (because it is large)."""
    if i == 0:
        return False
    before = words[i - 1]
    if before.pos == "動詞" and before.lemma not in ("いる", "ある", "おる", "なる"):
        return True
    return before.surface == "の"  # 「住民の利便性向上のため、」


def _is_topic(words: tuple[Word, ...]) -> bool:
    surfaces = [w.surface for w in words if w.pos2 != "読点"]
    tail = "".join(surfaces[-3:])
    return tail.endswith(("は", "については", "についても", "では", "にあっては"))


@dataclass(frozen=True)
class Reading:
    """How a word is read: its class, and the words of the predicate that decided it."""

    kind: ReadingClass
    predicate: str

    @property
    def strength(self) -> Literal["covered", "partial", "missing"]:
        return STRENGTH[self.kind]


def governing(clause_list: list[Clause], index: int) -> int:
    """The clause whose predicate governs the words of clause `index`.

    A clause that ends in a 、 after a continuative form (「配備し、」) hands its words on to the next
    clause; a reason or premise clause in between is passed over. A list that ends on a noun
    (「…の公開、…の立案を果たす必要があることから」) belongs to the next clause, whatever it is. A topic
    (「Xについては、」) is governed by the predicate of the sentence. Any other clause governs its own words.
    """
    clause = clause_list[index]
    if clause.boundary != "soft":
        return index
    if clause.topic:
        # …or by the first clause after it that declines or keeps to itself (「職員のテレワークは、…当面は導入を
        # 見合わせ、セキュリティ対策の強化を優先します」: what is put off is the topic's)
        return next((k for k in range(index + 1, len(clause_list)) if clause_list[k].boundary == "declined"), len(clause_list) - 1)
    if clause.nominal and index + 1 < len(clause_list):
        return governing(clause_list, index + 1)
    k = index + 1
    while k < len(clause_list):
        # (「電子申請システムを活用し、紙の申請書を使用せずに手続できるようにします」: 〜ずに governs its own words only)
        if clause_list[k].boundary in ("reason", "premise", "soft", "without"):
            k += 1
            continue
        return k
    return len(clause_list) - 1


def read_predicate(words: tuple[Word, ...], clause: Clause, lex: Lexicon, *, problem: bool, spans: list[tuple[int, int]]) -> Reading:
    """The class of a clause's predicate, for a word that names a problem (`problem`) or a thing.

    `spans` are the sentence spans of the vocabulary terms, whose own words (行かない窓口) are not
    read as the predicate.
    """
    if clause.boundary == "premise":
        return Reading("premise", _text(words[clause.start : clause.end]))
    inside = {at for b, e in spans for at in range(b, e)}  # the characters of the terms (a few words)
    content = [w for w in words[clause.start : clause.end] if w.pos != "補助記号" and w.begin not in inside and not _is_year(w)]
    # Drop what ends the clause itself (が、 ため ので とともに …): how it joins, not what it says.
    while content and (
        (content[-1].pos == "助詞" and content[-1].pos2 in ("接続助詞", "格助詞", "係助詞", "副助詞"))
        or content[-1].surface in ("とも", "ため", "一方")
    ):
        content.pop()
    tail = content[-7:]
    # The predicate's own words: the last content words (nouns, verbs, adjectives), without particles
    # and light verbs; the last of them is the head (「課題となっています」 → 課題).
    # 「少なさ」「低さ」: the adjective is the head, not its suffix
    heads = [
        w.lemma
        for w in content
        if w.pos not in ("助詞", "助動詞") and w.lemma not in _LIGHT and not (w.pos == "接尾辞" and w.lemma == "さ")
    ][-3:]
    if heads and heads[-1][-1:] == "中" and heads[-1][:-1] in lex.predicates.study:
        # 「検討中です」「研究中。」: SudachiPy's one word, the study going on, as the predicate (a walkthrough's: read as a
        # commitment); not a word that only qualifies (「検討中だったRPAを導入します」: a hostile review's)
        heads[-1] = heads[-1][:-1]
    head = heads[-1] if heads else ""
    # What the report shows: the predicate from its first content word (「可否を判断します」).
    lead = heads[-2] if len(heads) >= 2 else (heads[0] if heads else None)
    first = next((i for i, w in enumerate(tail) if w.lemma == lead), max(0, len(tail) - 4))
    shown = _text(tail[first:])
    if tail:
        # shown as written, the item's own words included: 「活用したオンライン申請を拡大します」, not 「活用したを拡大します」
        # (the terms are left out of `content`, not out of the sentence: the third walkthrough read the shown text as garbled)
        at = next((i for i in range(clause.start, clause.end) if words[i] is tail[first]), None)
        end = next((i for i in range(clause.end - 1, clause.start - 1, -1) if words[i] is tail[-1]), None)
        if at is not None and end is not None:
            # from the bracket it starts inside (「（遠隔操縦航空機）の活用」, not 「航空機）の活用」)
            while at > clause.start and sum(map(_text(words[at : end + 1]).count, ")）")) > sum(
                map(_text(words[at : end + 1]).count, "(（")
            ):
                at -= 1
            shown = _text([w for w in words[at : end + 1] if not _is_year(w)])
    p = lex.predicates
    # 「不要な手順を廃止します」「重複する確認をなくします」: what is abolished is waste, so abolishing is the reform
    problem = problem or any(w.lemma in ("不要", "無駄", "重複", "余分", "冗長") for w in content)
    negated = _negated(tail, lex)
    if _past(tail):
        return Reading("past", shown)
    # 「情報収集」「調査研究」 are two words to SudachiPy: the predicate's text, from the word before its first
    # content word, holds them (「情報収集に努めます」 is shown from 収集)
    studied = any(len(word) > 2 and word in _text(tail[max(0, first - 1) :]) for word in p.study)
    # 「…困難であると判断しています」 reports a judgement made: what was judged decides; 「効果を検証したうえで
    # 全庁展開を判断します」 decides on a roll-out already planned (docs/audit.md, limits)
    said = _text(content)
    # (the quoting と right before 判断: 「…であると判断」, not 「協議会と協議のうえ判断」)
    judged = "判断" in heads and (
        any(w.surface == "と" and after.lemma == "判断" for w, after in itertools.pairwise(tail))
        or (any(word in said for word in lex.limits.rollout) and not any(w in said for w in ("可否", "是非", "かどうか", "か否か")))
    )
    if judged:
        heads = [lemma for lemma in heads if lemma != "判断"]
        head = heads[-1] if heads else ""
    # A verb of study that qualifies a noun is what the noun is for, not what the town does: 「使い方を学ぶ教室を開催
    # します」 holds classes (a blind trial's reader: a commitment; the divide item's own 記載例 says it so)
    qualifying = (
        {w.lemma for w, after in itertools.pairwise(content) if w.pos == "動詞" and after.pos == "名詞"}
        if any(lemma in p.study for lemma in heads)
        else set()
    )
    if not judged and (
        head in p.study or ((studied or any(lemma in p.study and lemma not in qualifying for lemma in heads)) and not negated)
    ):
        return Reading("study", shown)
    if head == "整理" and "について" in _text(tail):
        # 「公開の方法や対象データについて整理します」: sorting out one's thoughts on a thing, its study (a blind set's)
        return Reading("study", shown)
    # 「受講を求めます」: the town asks it of its staff (a commitment); 「…が求められています」 is a need
    asked = head == "求める" and not any(w.lemma in ("れる", "られる") for w in tail)
    if head in p.background and not (negated and head in ("求める", "要する")) and not asked:
        return Reading("background", shown)
    if head == "考える" and any(w.lemma in ("れる", "られる") for w in tail) and not negated:
        # 「AI-OCRを活用することが考えられます」: a possibility named, as 「期待されます」 is; 「…と考えます」 stays the town's own
        return Reading("background", shown)
    if head in _WHAT_IS and len(heads) >= 2 and heads[-2] in p.background and not negated:
        # 「…標準化は、全国の自治体に求められている取組です」: a need named, not the town's doing (a blind set's)
        return Reading("background", shown)
    if _quoted(content[-10:]):
        return Reading("background", shown)  # 「…が難しいとの声が寄せられています」: what people say
    # (the new forms below yield to what the sentence then says: 「在宅勤務を望む声がありますが、…実施しません」 refuses — a
    # hostile review's)
    conceding = clause.boundary != "adversative"
    if conceding and _reported(content[-10:]):
        return Reading("background", shown)  # 「在宅勤務を望む声があります」「…負担が減ると言われています」 (a blind set's)
    if _asked(tail):
        # 「高齢者が取り残されてはいないでしょうか」: a question the plan raises, a need named, not an answer (a blind set's)
        return Reading("background", shown)
    conceded = _CONCEDED.search(_text(content[-10:])) if negated and conceding else None
    if conceded is not None:
        # 「AIの活用を否定するものではありません」「導入しないわけではありません」「実施しないこととはしていません」:
        # a door left open, not a refusal nor a commitment — the town considers it (a blind set's); shown from its verb
        last, at = content[-10:], 0
        while at + 1 < len(last) and len(_text(last[: at + 1])) <= conceded.start():
            at += 1
        return Reading("study", _text(last[max(0, at - 1) if last[at].surface.startswith("な") else at :]))
    removing = any(lemma in p.remove for lemma in heads if lemma not in ("求める", "要する")) or (
        negated and any(lemma in ("求める", "要する") for lemma in heads)
    )
    if problem and removing and not (negated and head in ("行う", "実施", "見直し", "見直す")):
        return Reading("commitment", shown)
    if negated and any(w.lemma == "至る" for w in tail):
        return Reading("background", shown)  # 「導入に至っていません」: not done yet, a problem, not a refusal
    if negated and _unable_now(tail):
        # 「光回線が利用できず」「整備されておらず」「人員を充てられていません」: what cannot be done or is not
        # yet so, a problem stated (the 現状と課題 of a plan), not the town declining it
        return Reading("background", shown)
    if negated or head in p.decline or any(lemma in p.decline for lemma in heads) or (not problem and head in p.abolish):
        return Reading("negation", shown)
    if "なければ" in _text(tail):
        return Reading("background", shown)
    if _a_state_named(tail):
        return Reading("background", shown)
    # 「…を進めていきたいと考えています」: an intention stated, the way many plans commit (a state only in its form)
    # …the town's, not what residents or staff want (「市民の約6割が…行いたいと考えています」, a survey's), nor a wish
    # conceded before a refusal (「導入したいと考えていますが、当面は困難です」) — a hostile review's
    intended = (
        clause.boundary != "adversative"
        and any(w.lemma == "たい" and w.pos == "助動詞" for w in tail)
        and any(w.lemma in ("考える", "思う") for w in tail)
        and not any(w.lemma in _WISHERS for w in words[: clause.end])
    )
    if not intended and not any(w.lemma in p.plan for w in tail) and _state(tail, p.state):
        return Reading("state", shown)
    return Reading("commitment", shown)


# A noun that a need qualifies, the copula after it: 「求められている取組です」「必要なことです」
_WHAT_IS = frozenset(("取組", "取り組み", "こと", "もの"))

# Who else may want something in a plan's sentence: residents, those who answered, many of them
_WISHERS = frozenset(
    (
        "市民",
        "町民",
        "住民",
        "村民",
        "区民",
        "方",
        "人",
        "回答者",
        "利用者",
        "事業者",
        "割",
        "多く",
        "アンケート",
        "回答",
        "調査",
        "声",
        "半数",
        "世帯",
    )
)


def _a_state_named(tail: list[Word]) -> bool:
    """「…二次利用しにくい状況です」「…更新されていない状況です」: the sentence ends on 状況・状態 and the copula —
    it says how things are, which in a plan's 現状と課題 is the problem a measure answers: background, not a
    commitment (it was read as one, the copula its predicate)."""
    words = [w for w in tail if w.pos not in ("補助記号", "空白")]
    while words and (words[-1].lemma in ("です", "だ", "である", "ある") or words[-1].pos == "助動詞"):
        words.pop()
    return bool(words) and words[-1].surface in ("状況", "状態", "現状")


def _state(tail: list[Word], states: list[str]) -> bool:
    """「〜しています」「〜となっている」「〜にあります」, and 「〜できる」 (what one can do now, not
    「〜できるようにします」): a present state."""
    verbs = [w for w in tail[-3:] if w.pos == "動詞"]
    if verbs and verbs[-1].lemma in states:
        return True
    last = max((i for i, w in enumerate(tail) if w.pos == "動詞"), default=-1)
    return last >= 0 and tail[last].lemma == "できる" and not any(w.surface.startswith("よう") for w in tail[last + 1 :])


_AFTER_PAST = frozenset({"の", "です", "だ", "こと", "もの", "が", "ため", "から", "ので", "ところ", "である", "ある", "と", "する"})


def _past(tail: list[Word]) -> bool:
    """Whether the predicate that ends the clause is past (導入しました, 実施済みである); a past in a
    clause that modifies a noun (「ＩｏＴを活用した見守りサービス」) is not."""
    if len(tail) >= 2 and tail[-2].surface == "未" and tail[-1].pos == "名詞" and tail[-1].surface != "整備":
        return True  # (「通信環境の未整備」 names a problem: background)  # 「導入未実施」「未着手」 in a table of what was done: a state, not a commitment
    for i, w in enumerate(tail):
        done = (w.lemma == "た" and w.pos == "助動詞") or w.surface in ("済み", "済", "完了")
        if done and all(later.lemma in _AFTER_PAST or later.pos == "補助記号" for later in tail[i + 1 :]):
            return True
        # 「押印の見直しは令和4年度に完了しています」: done, and so it stands (not 「完了していません」)
        if w.surface == "完了" and [later.lemma for later in tail[i + 1 :] if later.pos != "補助記号"] in _DONE_NOW:
            return True
    return False


_DONE_NOW = (["する", "て", "いる", "ます"], ["する", "て", "おる", "ます"], ["する", "て", "いる"], ["する", "て", "おる"])


def _unable_now(tail: list[Word]) -> bool:
    """A negative of ability or of a passive state (できない, 利用できず, 整備されておらず, 充てられていない):
    the verb before the negative is できる, or れる/られる in a state (〜ていない) — not 〜しない, 〜していない."""
    verbs = [w for w in tail if w.pos in ("動詞", "助動詞")]
    for i, w in enumerate(verbs):
        if w.lemma == "できる" or (w.lemma in ("れる", "られる") and any(v.lemma in ("いる", "おる") for v in verbs[i + 1 :])):
            return any(v.lemma in ("ない", "ず", "ぬ") for v in verbs[i + 1 :])
    return False


def _quoted(tail: list[Word]) -> bool:
    """「…との声」「…という意見」「…と回答しています」「…を望む声があります」「…と言われています」: the clause reports
    what people say."""
    for i, w in enumerate(tail[1:], 1):
        # 「…不安があると回答しています」: a survey's answer is what people say
        if w.lemma in ("声", "意見", "要望", "指摘", "ニーズ", "回答") and tail[i - 1].surface in ("との", "という", "と", "の"):
            return True
    return False


def _reported(tail: list[Word]) -> bool:
    """「在宅勤務を望む声があります」「拡充を求める意見が寄せられています」「…負担が減ると言われています」: what others want or
    say, not the town's doing (a blind set's); not a name (「書かない窓口と言われる仕組みを導入します」, a hostile review's)."""
    for i, w in enumerate(tail[1:], 1):
        if w.lemma in ("声", "意見") and tail[i - 1].pos == "動詞":
            return True
        if (
            w.lemma in ("言う", "いう")
            and tail[i - 1].surface == "と"
            and any(later.lemma in ("れる", "られる") for later in tail[i + 1 :])
            and not any(later.pos == "名詞" for later in tail[i + 1 :])
        ):
            return True
    return False


def _asked(tail: list[Word]) -> bool:
    """「…ないでしょうか」「…だろうか」: the clause ends on a question."""
    return any(w.surface == "か" and w.pos2 == "終助詞" for w in tail[-2:])


# A negative that concedes a possibility: 「否定するものではありません」「排除するものではない」「しないわけではありません」
# 「実施しないこととはしていません」「導入しないとは限りません」
_CONCEDED = re.compile(
    r"(否定|排除|妨げ)(する|る)?ものでは|(否定|排除)(し|いたし)ませ|(否定|排除)するつもりは|ないわけでは|ないこととは|ないとは限"
    r"|ないということでは"
)


# Verbs that carry no meaning of their own at the end of a predicate.
_LIGHT = frozenset(
    {"する", "なる", "いる", "ある", "おる", "いく", "くる", "できる", "れる", "られる", "せる", "させる", "とも", "こと", "もの", "の"}
)


# What may follow a negative that ends a predicate: 「しません」「行わないこととします」「予定はありません」.
_AFTER_NEGATIVE = frozenset(
    {
        "ます",
        "です",
        "た",
        "だ",
        "ぬ",
        "ず",
        "こと",
        "もの",
        "と",
        "する",
        "の",
        "ある",
        "いる",
        "おる",
        "として",
        "方針",
        "予定",
        "考え",
        "方向",
        "見込み",
    }
)


def _negated(tail: list[Word], lex: Lexicon) -> bool:
    """Whether the predicate that ends the clause is negative (しない, しません, 予定はない).

    A negative in the middle of the clause is not: it belongs to a word it modifies (「書かない窓口」),
    to a condition (「来なくても」) or a purpose (「停止することのないよう」), or to an adverbial
    (「場所にとらわれずに働ける」).
    """
    for i, w in enumerate(tail):
        if not ((w.pos == "助動詞" and w.lemma in ("ない", "ぬ", "ず")) or (w.pos == "形容詞" and w.lemma == "ない")):
            continue
        if any(later.lemma not in _AFTER_NEGATIVE and later.pos != "補助記号" for later in tail[i + 1 :]):
            continue
        prev = tail[i - 1] if i > 0 else None
        if prev is not None and prev.lemma in lex.predicates.not_negation_after:
            continue  # 「欠かせません」 is a need; 「場所を問わず」 is not a refusal
        return True
    return False


def _is_year(word: Word) -> bool:
    return word.pos == "名詞" and (word.pos2 == "数詞" or word.surface in ("令和", "平成", "年度", "年度末", "年度中"))


def _text(words: list[Word] | tuple[Word, ...]) -> str:
    return "".join(w.surface for w in words)


def subject(words: tuple[Word, ...], upto: int, lex: Lexicon) -> str | None:
    """The actor that is the subject of the words before `upto`, if another actor is (「国は、」「県が、」).

    The last subject wins: 「国は…推進しており、本市においても…推進します」 is the town's sentence.
    """
    found: str | None = None
    for i in range(upto):
        word = words[i]
        if not (word.pos == "助詞" and word.surface in ("は", "が", "も")):
            continue
        j = i
        # step back over 「において」「にあって」「では」 to the noun they follow
        spelled = ""
        while j > 0 and words[j - 1].pos in ("助詞", "動詞") and len(spelled) < 5:
            spelled = words[j - 1].surface + spelled
            j -= 1
        if spelled not in ("", "において", "にあって", "で", "にて"):
            j, spelled = i, ""
        noun = ""
        while j > 0 and words[j - 1].pos in ("名詞", "接尾辞", "接頭辞"):
            noun = words[j - 1].surface + noun
            j -= 1
        if not noun:
            continue
        after = words[i + 1].surface if i + 1 < len(words) else ""
        if any(noun.endswith(self_) for self_ in lex.selves):
            found = None
            continue
        # 「県では」「広域連合では」: the body as the topic; 「窓口では」 names no actor and is left to the list
        # 「広域連合が行います」: another body directly before the verb is the one who does it
        # (the verb that ends the clause: 「国が示す標準仕様に…」 is a relative clause, not the town's subject)
        # 「県が公民館で講座を開催します」: the first verb after が is the clause's own predicate, so が
        # names who does it (not 「国が示す標準仕様に…」, whose verb 示す modifies a noun)
        first = next((k for k in range(i + 1, upto) if words[k].pos == "動詞"), None)
        acts = (
            word.surface == "が"
            and first is not None
            and all(w.pos in ("助動詞", "補助記号") or w.lemma in ("ます", "いる", "おる", "する", "て") for w in words[first + 1 : upto])
        )
        is_subject = (not spelled or (spelled == "で" and word.surface == "は")) and (
            word.surface == "は" or (word.surface == "が" and after in ("、", "主体")) or acts
        )
        # 「携帯電話事業者各社が」「国等は」: the body with a suffix of number or kind
        bare = re.sub(r"(?:各社|各者|等|など|各局|各省)$", "", noun)
        if is_subject and any(bare == a or bare.endswith(a) for a in lex.actors):
            found = noun
    return found
