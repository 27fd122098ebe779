"""A patient's message read once: the `Question` every later stage reads instead of the raw text.

`read()` folds case, quotes and white space, writes out short forms ("appt"), spells words as
the corpus spells them, finds the content and topic words, the personal situations it names,
whether it asks for an amount, and whether it follows up the previous turn. Triage, retrieval,
the not-covered decision and the answer all take the `Question`; none of them reads the message
again.

The corpus side (its vocabulary, word stems and how common each stem is) is a `Vocabulary`,
computed from the index's sentences when an index version is loaded, so a clinic's new document
changes it with no code change.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import Stemmer

from assistant.answering.lexicon import (
    AMOUNT_FRAME,
    ASKS_QUANTITY,
    ENGLISH_STOP_WORDS,
    FILLERS,
    PATIENT_WORDS,
    SITUATIONS,
    STOPWORDS,
    WRITTEN_OUT,
)

WORD = re.compile(r"[a-z0-9][a-z0-9'-]*")
# Every character WORD can match, for the letter counts of the spelling check.
_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789'-"
_ALPHABET_INDEX = {char: i for i, char in enumerate(_ALPHABET)}
_WRITTEN = re.compile(
    r"\b(" + "|".join(re.escape(p) for p in sorted(WRITTEN_OUT, key=len, reverse=True)) + r")\b"
)
SPELLING_CUTOFF = 0.84
SPELLINGS_REMEMBERED = 100_000
# A word in more than this share of sentences says nothing about which one answers.
UBIQUITOUS_SHARE = 0.12
# A short message that opens like this, or points back ("that", "it"), continues the last turn.
_FOLLOW_UP = re.compile(
    r"^\s*(and|also|what about|how about|plus|same for|what if)\b|^\W*\w+\W*$"
    r"|\b(that|it|this|those|these|they|them)\b"
)
FOLLOW_UP_WORDS = 8


def normal(message: str) -> str:
    """Lower case, straight quotes, single spaces: the form every pattern is written for."""
    text = message.lower().replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", " ", text).strip()


@dataclass(frozen=True, slots=True)
class Question:
    """A message as the assistant understands it."""

    normal: str  # lower case, straight quotes, single spaces
    spelled: str  # words only: short forms written out, misspellings in the corpus's spelling
    words: tuple[str, ...]  # content words (no stop words, fillers, numbers)
    topic: tuple[str, ...]  # content words that are not in nearly every document
    covered: float  # share of the topic words the documents use (directly or as synonyms)
    situations: tuple[str, ...]  # personal medical situations it names ("pregnant")
    asks_amount: bool  # how long, how many, how often, when
    previous: Question | None = field(default=None)  # the turn it continues, if a follow-up

    @property
    def query(self) -> str:
        """What retrieval looks for: the words, with the previous turn's when a follow-up."""
        if self.previous is None:
            return self.spelled
        return f"{self.spelled} {self.previous.spelled}"

    @property
    def focus(self) -> tuple[str, ...]:
        """A follow-up's own new topic ("and swelling?" -> swelling); frame words say nothing."""
        return tuple(w for w in self.topic if w not in AMOUNT_FRAME)

    @property
    def meant(self) -> str:
        """The query without chat fillers ("lol", "kinda"), which only blur its meaning."""
        return " ".join(w for w in self.query.split() if w not in FILLERS) or self.query


class Vocabulary:
    """The corpus's words and stems, for spelling and for telling topic words apart."""

    def __init__(self, texts: Iterable[str]) -> None:
        texts = [t.lower() for t in texts]
        self.stemmer = Stemmer.Stemmer("english")
        self.words = sorted({w for t in texts for w in WORD.findall(t)})
        frequency: dict[str, int] = {}
        for text in texts:
            for stem in set(self.stemmer.stemWords(WORD.findall(text))):
                frequency[stem] = frequency.get(stem, 0) + 1
        self.stems = set(frequency)
        self.ubiquitous = {s for s, n in frequency.items() if n > UBIQUITOUS_SHARE * len(texts)}
        self.text = " ".join(texts)
        self._known = set(self.words) | set(PATIENT_WORDS) | set(STOPWORDS)
        self._spellings: dict[str, str] = {}
        self._lengths = np.array([len(w) for w in self.words], dtype=np.float64)
        self._letters = (
            np.stack([_letter_counts(w) for w in self.words])
            if self.words
            else np.zeros((0, len(_ALPHABET)), dtype=np.int32)
        )

    def stem(self, word: str) -> str:
        return str(self.stemmer.stemWord(word))

    def spelled(self, text: str) -> str:
        """Words of a normal text, short forms written out, misspellings replaced."""
        text = _WRITTEN.sub(lambda match: WRITTEN_OUT[match.group()], text)
        return " ".join(
            self.respelled(w) if len(w) >= 5 and w not in self._known else w
            for w in WORD.findall(text)
        )

    def respelled(self, word: str) -> str:
        """difflib's closest vocabulary word (or word itself), remembered per word.

        Only words that can pass difflib's own cheap bounds (length, then letter counts, both
        computed exactly as difflib does) are handed to it: the same answer, without a Python
        loop over the whole vocabulary for every unknown word.
        """
        known = self._spellings.get(word)
        if known is not None:
            return known
        letters = _letter_counts(word)
        total = self._lengths + len(word)
        # difflib.SequenceMatcher.real_quick_ratio and quick_ratio, for every word at once.
        shortest = np.minimum(self._lengths, len(word))
        shared = np.minimum(self._letters, letters).sum(axis=1)
        passes = (2.0 * shortest / total >= SPELLING_CUTOFF) & (
            2.0 * shared / total >= SPELLING_CUTOFF
        )
        near = [self.words[i] for i in np.flatnonzero(passes)]
        close = difflib.get_close_matches(word, near, n=1, cutoff=SPELLING_CUTOFF)
        known = close[0] if close else word
        if len(self._spellings) < SPELLINGS_REMEMBERED:
            self._spellings[word] = known
        return known

    def content(self, spelled: str) -> tuple[list[str], list[str]]:
        """(content words, topic words): topic words leave out those in nearly every text."""
        words = [
            w
            for w in spelled.split()
            if w not in ENGLISH_STOP_WORDS
            and w not in FILLERS
            and w not in STOPWORDS
            and not any(c.isdigit() for c in w)
            and len(w) > 2
        ]
        return words, [w for w in words if self.stem(w) not in self.ubiquitous]

    def coverage(self, words: list[str], topic: list[str]) -> float:
        """Share of the topic words the corpus uses (directly or as a patient word's synonym).

        "How much does it cost?" has one topic word, "cost", in no document: 0.0. With no
        topic word, a question of content words only found everywhere is covered.
        """
        if not topic:
            return 0.0 if not words else 1.0
        known = sum(w in PATIENT_WORDS or self.stem(w) in self.stems for w in topic)
        return known / len(topic)

    def mentions(self, text: str, words: Iterable[str]) -> bool:
        """Whether the text uses one of the words (by stem)."""
        stems = set(self.stemmer.stemWords(WORD.findall(text.lower())))
        return any(self.stem(w) in stems for w in words)


def _letter_counts(word: str) -> np.ndarray:
    counts = np.zeros(len(_ALPHABET), dtype=np.int32)
    for char in word:
        counts[_ALPHABET_INDEX[char]] += 1
    return counts


def read(
    message: str, vocabulary: Vocabulary | None = None, *, previous: str | None = None
) -> Question:
    """The message as a `Question`; `previous` is the session's last answered message.

    Without a vocabulary (no index loaded yet) the words are read as typed: enough for triage,
    which must work before any index exists.
    """
    text = normal(message)
    if vocabulary is None:
        spelled = " ".join(WORD.findall(_WRITTEN.sub(lambda m: WRITTEN_OUT[m.group()], text)))
        words = topic = [w for w in spelled.split() if w not in STOPWORDS]
        covered = 1.0
    else:
        spelled = vocabulary.spelled(text)
        words, topic = vocabulary.content(spelled)
        covered = vocabulary.coverage(words, topic)
    question = Question(
        normal=text,
        spelled=spelled,
        words=tuple(words),
        topic=tuple(topic),
        covered=covered,
        situations=tuple(m.group() for m in SITUATIONS.finditer(text)),
        asks_amount=bool(ASKS_QUANTITY.search(spelled)),
    )
    if not previous or vocabulary is None:
        return question
    # A short message that points back, or whose words the documents do not use ("and
    # swelling?" is covered; "and for lasers?" alone is not), is read with the turn before.
    if len(spelled.split()) <= FOLLOW_UP_WORDS and (
        _FOLLOW_UP.search(spelled) or question.covered == 0
    ):
        before = read(previous, vocabulary)
        return Question(
            normal=question.normal,
            spelled=question.spelled,
            words=question.words,
            topic=question.topic,
            covered=vocabulary.coverage(
                [*question.words, *before.words], [*question.topic, *before.topic]
            ),
            situations=question.situations,
            asks_amount=question.asks_amount or before.asks_amount,
            previous=before,
        )
    return question
