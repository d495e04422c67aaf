"""Inferring which national items a measure takes up, from its Japanese text.

The rule, precisely (docs/audit.md):

- Text is compared after normalisation: Unicode NFKC (全角ＡＩ → AI), spaces removed (「A I・RPA」 →
  「AI・RPA」), ASCII lower-cased, and the spelling variants of `_VARIANTS` folded (「手続き」 → 「手続」,
  the typo 「デジタルデバインド」 → 「デジタルデバイド」). Normalisation is for matching only; reports show
  the author's own words.
- An item's exclusions are cut out of the text before its signals are looked for, so
  「オンライン会議」 never signals 行政手続のオンライン化.
- A signal is a term, or a combination of terms that must all occur in the same sentence. An ASCII
  term matches only as a whole word (「AI」 is not found in 「MAIL」).
- Strength: a term in the measure's **title** → covered. A term in a **description sentence that
  commits** (it ends in a commitment such as 「推進します」「図ります」「努めます」「…していきます」, not a
  statement such as 「…が求められています」「…必要があります」) → covered. Any other description match,
  and every combination signal (circumstantial evidence) → partial.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Literal

from dxcheck.framework import FrameworkSet
from dxcheck.plan import Measure

Strength = Literal["covered", "partial"]

# Spelling variants folded for matching (after NFKC).
_VARIANTS = (
    ("手続き", "手続"),
    ("デジタルデバインド", "デジタルデバイド"),
    ("取り組み", "取組"),
    ("取組み", "取組"),
    ("ウイルス", "ウィルス"),
    ("データー", "データ"),
)
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_SENTENCE_END = re.compile(r"(?<=[。！？!?])|\n")
_TRAILING = re.compile(r"[\s。、．.!！?？」』）)\]]+$")
_COMMITS = re.compile(r"(ます|する|図る|努める|進める|行う|目指す|取り組む|取組む)$")
_STATES = re.compile(r"(ています|ております|あります|ありません|なります|できます|ました|でした|られます|されます)$")


def normalise(text: str) -> str:
    """Text as matched: NFKC, no spaces, ASCII lower case, spelling variants folded."""
    folded = unicodedata.normalize("NFKC", text)
    folded = re.sub(r"\s+", "", folded).translate(_ASCII_LOWER)
    for variant, canonical in _VARIANTS:
        folded = folded.replace(variant, canonical)
    return folded


def _commits_normalised(text: str) -> bool:
    """Whether a normalised sentence commits to doing something (「…を推進します。」), rather than stating a fact."""
    core = _TRAILING.sub("", text)
    return bool(_COMMITS.search(core)) and not _STATES.search(core)


def sentences(text: str) -> list[str]:
    """A description split into sentences, in the author's words."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


@dataclass(frozen=True)
class Match:
    """One inferred link: the item, the field and sentence it was found in, and the words matched."""

    item: str
    field: Literal["title", "description"]
    sentence: str
    terms: tuple[str, ...]
    strength: Strength


@dataclass(frozen=True)
class _Signal:
    terms: tuple[str, ...]  # normalised
    shown: tuple[str, ...]  # as written in the framework

    @property
    def combination(self) -> bool:
        return len(self.terms) > 1


@dataclass(frozen=True)
class _ItemVocabulary:
    item: str
    signals: tuple[_Signal, ...]
    excludes: tuple[str, ...]

    @property
    def terms(self) -> frozenset[str]:
        return frozenset(t for s in self.signals for t in s.terms)


def _contains(text: str, term: str) -> bool:
    if not term.isascii():
        return term in text
    # An ASCII term is a whole word: no ASCII letter or digit right before or after it.
    for match in re.finditer(re.escape(term), text):
        before = text[match.start() - 1] if match.start() > 0 else ""
        after = text[match.end()] if match.end() < len(text) else ""
        if not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum()):
            return True
    return False


class Matcher:
    """The vocabularies of every item, normalised once."""

    def __init__(self, frameworks: FrameworkSet) -> None:
        self._items: list[_ItemVocabulary] = []
        for framework in frameworks:
            for item in framework.items:
                signals = []
                for signal in item.vocabulary.signals:
                    shown = (signal,) if isinstance(signal, str) else tuple(signal)
                    signals.append(_Signal(tuple(normalise(t) for t in shown), shown))
                excludes = tuple(sorted((normalise(e) for e in item.vocabulary.excludes), key=len, reverse=True))
                self._items.append(_ItemVocabulary(framework.qualified(item), tuple(signals), excludes))
        # Every distinct term once: a text is searched for each of them a single time, and an item's
        # signals are then read off that set (most items have none of their terms in a sentence).
        self._terms = tuple(sorted({t for v in self._items for s in v.signals for t in s.terms}))
        self._items_of: dict[str, list[int]] = {t: [] for t in self._terms}
        for index, vocabulary in enumerate(self._items):
            for term in sorted(vocabulary.terms):
                self._items_of[term].append(index)

    def _present(self, text: str) -> frozenset[str]:
        """The terms that occur in a text; `in` first (fast), the whole-word test only for ASCII hits."""
        return frozenset(t for t in self._terms if t in text and (not t.isascii() or _contains(text, t)))

    def _match_text(self, vocabulary: _ItemVocabulary, text: str) -> _Signal | None:
        """The strongest signal of the item in `text` (a direct term before a combination)."""
        for exclude in vocabulary.excludes:
            text = text.replace(exclude, "｜")
        found = [s for s in vocabulary.signals if all(_contains(text, t) for t in s.terms)]
        if not found:
            return None
        return min(found, key=lambda s: (s.combination, -len(s.terms[0])))

    def matches(self, measure: Measure) -> list[Match]:
        """The strongest inferred match of every item in the measure's title and description.

        Texts in order (the title, then each sentence); in each, only the items with a term present
        are looked at. An item keeps its first match, unless a later one is covered where it was partial.
        """
        best: dict[str, Match] = {}
        texts: list[tuple[str, Literal["title", "description"]]] = [(measure.title, "title")]
        texts += [(sentence, "description") for sentence in sentences(measure.description or "")]
        for original, field in texts:
            text = normalise(original)
            found = self._present(text)
            if not found:
                continue
            committing = field == "title" or _commits_normalised(text)
            for index in sorted({i for term in found for i in self._items_of[term]}):
                vocabulary = self._items[index]
                if not any(all(t in found for t in s.terms) for s in vocabulary.signals):
                    continue  # no signal of this item here, with or without its exclusions
                signal = self._match_text(vocabulary, text)
                if signal is None:
                    continue
                strength: Strength = "covered" if committing and not signal.combination else "partial"
                current = best.get(vocabulary.item)
                if current is None or (current.strength == "partial" and strength == "covered"):
                    best[vocabulary.item] = Match(vocabulary.item, field, original, signal.shown, strength)
        return sorted(best.values(), key=lambda m: m.item)


@cache
def matcher_for(frameworks: FrameworkSet) -> Matcher:
    """The matcher of a framework set, built once per process."""
    return Matcher(frameworks)
