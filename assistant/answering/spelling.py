"""Spelling a word as a word list spells it: difflib's closest match, computed fast.

`Vocabulary` spells a question's words against the corpus's own words first; a word the corpus
cannot place is checked against common English (wordfreq's list), so a misspelled ordinary word
("diffrence") reads as that word rather than as a rare subject of its own.
"""

from __future__ import annotations

import difflib
import functools
import math
from collections.abc import Sequence

import numpy as np
import Stemmer
from wordfreq import get_frequency_dict, top_n_list, zipf_frequency

SPELLING_CUTOFF = 0.84
# Every character a question's word can hold (`vocabulary.WORD`), for the letter counts.
_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789'-"
_ALPHABET_INDEX = {char: i for i, char in enumerate(_ALPHABET)}
# A word this common in English (wordfreq's Zipf scale: 3 is once per million words) is a word,
# not a misspelling, even when the documents never use it ("hurt" is not a bad "heart"); the
# English words a misspelling the documents cannot place is checked against go down to it.
COMMON_ZIPF = 3.0
ENGLISH_WORDS = 40_000
REMEMBERED = 100_000
# A QWERTY keyboard's letter rows, each set half a key right of the one above: a finger landing
# one key off is a typist's commonest substitution.
_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _neighbour_keys() -> dict[str, str]:
    """Each letter's keys beside it, and the two above and below it."""
    keys: dict[str, str] = {}
    for r, row in enumerate(_KEY_ROWS):
        for i, char in enumerate(row):
            near = [(r, i - 1), (r, i + 1), (r - 1, i), (r - 1, i + 1), (r + 1, i - 1), (r + 1, i)]
            keys[char] = "".join(
                _KEY_ROWS[k][j]
                for k, j in near
                if 0 <= k < len(_KEY_ROWS) and 0 <= j < len(_KEY_ROWS[k])
            )
    return keys


_NEIGHBOUR_KEYS = _neighbour_keys()
_STEMMER = Stemmer.Stemmer("english")


class Speller:
    """difflib's closest word (cutoff SPELLING_CUTOFF) in a word list, else the list's word the
    typed one makes by swapping two neighbouring letters.

    difflib counts a swap as two slips ("singel" is 0.83 of "single"); a typist makes it as one,
    and it is among the commonest (Damerau 1964).

    Only words that can pass difflib's own cheap bounds (length, then letter counts, both
    computed exactly as difflib does) are handed to it: the same answer, without a Python loop
    over the whole list for every word.
    """

    def __init__(self, words: Sequence[str]) -> None:
        # Ordered by length, so a word is compared only with the slice difflib's length bound
        # allows (get_close_matches breaks ties by score, then by the word: order is free).
        self.words = sorted(words, key=len)
        self._known = frozenset(self.words)
        self._stems = frozenset(_STEMMER.stemWords(self.words))
        self._lengths = np.array([len(w) for w in self.words], dtype=np.float64)
        self._letters = (
            np.stack([_letter_counts(w) for w in self.words])
            if self.words
            else np.zeros((0, len(_ALPHABET)), dtype=np.int32)
        )

    def closest(self, word: str) -> str | None:
        size = len(word)
        # 2 * min(a, b) / (a + b) >= cutoff bounds the other word's length on both sides.
        low = SPELLING_CUTOFF * size / (2.0 - SPELLING_CUTOFF)
        high = (2.0 - SPELLING_CUTOFF) * size / SPELLING_CUTOFF
        start = int(np.searchsorted(self._lengths, low - 1e-9, side="left"))
        stop = int(np.searchsorted(self._lengths, high + 1e-9, side="right"))
        lengths = self._lengths[start:stop]
        letters = _letter_counts(word)
        total = lengths + size
        # difflib.SequenceMatcher.real_quick_ratio and quick_ratio, for every word at once.
        shortest = np.minimum(lengths, size)
        shared = np.minimum(self._letters[start:stop], letters).sum(axis=1)
        passes = (2.0 * shortest / total >= SPELLING_CUTOFF) & (
            2.0 * shared / total >= SPELLING_CUTOFF
        )
        near = [self.words[start + i] for i in np.flatnonzero(passes)]
        close = difflib.get_close_matches(word, near, n=1, cutoff=SPELLING_CUTOFF)
        if close:
            return close[0]
        swapped = next((w for w in swaps(word) if w in self._known), None)
        if swapped is not None:
            return swapped
        # One key off a listed word ("lomg"): the commonest of them. difflib weighs one wrong
        # letter in a short word as much as a different word ("lomg" is 0.75 of "long"). Not a
        # form of a listed word ("numbed" beside "numbing"), which is one key off many words.
        if _STEMMER.stemWord(word) in self._stems:
            return None
        slips = [w for w in slipped(word) if w in self._known]
        return max(slips, key=lambda w: (zipf_frequency(w, "en"), w), default=None)


def swaps(word: str) -> list[str]:
    """The word with each pair of neighbouring letters swapped, left to right."""
    return [
        word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        for i in range(len(word) - 1)
        if word[i] != word[i + 1]
    ]


def slipped(word: str) -> list[str]:
    """The word with each letter in turn replaced by a key next to it on the keyboard."""
    return [
        word[:i] + key + word[i + 1 :]
        for i, char in enumerate(word)
        for key in _NEIGHBOUR_KEYS.get(char, "")
    ]


@functools.cache
def _english() -> Speller:
    """The common English words (wordfreq's list, Zipf >= COMMON_ZIPF), for spelling."""
    # The Zipf value read from the frequency table, as `zipf_frequency` rounds it: asking
    # `zipf_frequency` word by word tokenizes each again (3 s of every process's start).
    frequencies = get_frequency_dict("en")
    return Speller(
        [
            w
            for w in top_n_list("en", ENGLISH_WORDS)
            if w.isalpha() and w.isascii() and _zipf(frequencies.get(w, 0.0)) >= COMMON_ZIPF
        ]
    )


def _zipf(frequency: float) -> float:
    return round(math.log10(frequency) + 9, 2) if frequency > 0 else 0.0


@functools.lru_cache(maxsize=REMEMBERED)
def english_spelling(word: str) -> str:
    """The common English word a word misspells (or the word itself).

    A typo is one or two slips of the keys, so the word is one letter longer or shorter at
    most ("suncream" is no "scream"); a form of the same word ("peels" -> "peel") is no typo.
    """
    close = _english().closest(word)
    if close is None or abs(len(close) - len(word)) > 1:
        return word
    if _STEMMER.stemWord(close) == _STEMMER.stemWord(word):
        return word
    return close


def prepare_english() -> None:
    """Build the English word list's speller now (0.4 s, once per process)."""
    _english()


def _letter_counts(word: str) -> np.ndarray:
    counts = np.zeros(len(_ALPHABET), dtype=np.int32)
    for char in word:
        counts[_ALPHABET_INDEX[char]] += 1
    return counts
