"""The documents' `Subject`: the content words of their titles, and how near a question's
strange words come to them, for the not-covered decision.

"How long does a filler last?" is shaped like a question the documents answer for their own
subject, and the ranking finds the sentence saying how long their results last. What gives it
away is a word the documents do not use (or use only in passing, in a comparison) that the model
places near the words naming the documents' subject: another thing of the same kind. Computed
from the index's titles when a version is loaded, so another clinic's leaflets bring their own
subject with no code change.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

from assistant.answering.lexicon import ENGLISH_STOP_WORDS, STOPWORDS
from assistant.answering.vocabulary import WORD, Vocabulary, basic_english
from assistant.index.records import Record

# A corpus word used in at most this many sentences is used in passing ("unlike some laser
# treatments"): the documents name it, they do not speak of it.
PASSING_SENTENCES = 2
# A sentence that opens with a short label and a colon ("Course of treatment: Ideal results ...").
_LABEL = re.compile(r"^(\w[\w' -]{0,40}):\s")
# A sentence's words and marks, in order (`opening_phrase`).
_TOKEN = re.compile(r"[a-z][a-z'-]*|[^\sa-z]")


def title_words(title: str) -> set[str]:
    """The words of a title that name something: not stop words, not basic English
    ("questions"). The ingest counts them to find the subject the keys are also read without
    (`ingest/keys.subject_word`)."""
    return {
        w
        for w in WORD.findall(title.lower())
        if w.isalpha()
        and len(w) > 2
        and w not in ENGLISH_STOP_WORDS
        and w not in STOPWORDS
        and not basic_english(w)
    }


def opening_phrase(text: str) -> list[str]:
    """The words a sentence opens with, its theme: after its first stop words ("Our"), up to
    the next stop word or mark ("opening hours" of "Our opening hours are Monday to Friday")."""
    phrase: list[str] = []
    for token in _TOKEN.findall(text.lower()):
        if not token[0].isalpha():
            break
        if token in ENGLISH_STOP_WORDS or token in STOPWORDS:
            if phrase:
                break
            continue
        phrase.append(token)
    return phrase


class Subject:
    """The title words of an index version, with their vectors from the vocabulary's bridge."""

    def __init__(
        self, vocabulary: Vocabulary, passages: Sequence[Record], sentences: Sequence[Record]
    ) -> None:
        self.vocabulary = vocabulary
        bridge = vocabulary.bridge
        titles = {p.title.lower() for p in passages}
        self.words = sorted(
            {w for t in titles for w in title_words(t) if bridge is not None and w in bridge.words}
        )
        self.stems = frozenset(vocabulary.stem(w) for w in self.words)
        # The subject's name: the title word most titles use ("microneedling"), the most used
        # in the sentences on a tie; "" without title words.
        in_titles = Counter(w for t in titles for w in set(WORD.findall(t)) if w in self.words)
        self.vectors = (
            np.stack([bridge.vector(w) for w in self.words])
            if bridge is not None and self.words
            else None
        )
        used: Counter[str] = Counter()
        for record in sentences:
            used.update(set(vocabulary.stemmer.stemWords(WORD.findall(record.text.lower()))))
        self._used = used
        # The stems of the titles, headings and items' labels ("Bleeding: Though rare, ..."): a
        # topic one of them names is one the documents speak of.
        labels = [m.group(1) for r in sentences if (m := _LABEL.match(r.text))]
        self._headed = frozenset(
            vocabulary.stem(w)
            for text in [*(f"{p.title} {p.heading}" for p in passages), *labels]
            for w in WORD.findall(text.lower())
        )
        # The stems of each sentence's opening phrase, its theme ("Our opening hours are ..."):
        # the words after its first stop words and before the next. A sentence that opens with a
        # topic states something of it, however few sentences use its words.
        self._themes = {
            frozenset(vocabulary.stem(w) for w in opening_phrase(r.text)) for r in sentences
        }
        self.name = max(
            in_titles,
            key=lambda w: (in_titles[w], used.get(vocabulary.stem(w), 0), w),
            default="",
        )
        self.name_stem = vocabulary.stem(self.name) if self.name else ""
        # A corpus word's vector stands for the other forms of its stem ("hurts" -> "hurt"):
        # no model call for a word the documents use.
        self._form = {vocabulary.stem(w): w for w in (bridge.words if bridge else ())}

    def names(self, words: Sequence[str]) -> bool:
        """Whether the words name the documents' subject (one of its title words)."""
        return any(self.vocabulary.stem(w) in self.stems for w in words)

    def named_in(self, spelled: str) -> bool:
        """Whether a question (its spelled words) names the documents' subject: its name, or
        another title word not as the second of a pair the documents never write. "hormone
        therapy" names another therapy than "this therapy" or the titles' own pairs."""
        words = spelled.split()
        name = self.name_stem
        for before, word in zip(["", *words], words, strict=False):
            stem = self.vocabulary.stem(word)
            if stem not in self.stems:
                continue
            if (
                stem == name
                or not before
                or before in ENGLISH_STOP_WORDS
                or before in STOPWORDS
                or self.vocabulary.stem(before) in self.stems
                or self.vocabulary.writes(before, word)
            ):
                return True
        return False

    def strange(self, word: str) -> bool:
        """A word the documents do not use, or use only in passing; basic English excepted."""
        if basic_english(word) or self.vocabulary.glossed(word) is not None:
            return False
        return self._used.get(self.vocabulary.stem(word), 0) <= PASSING_SENTENCES

    def speaks_of(self, word: str) -> bool:
        """Whether the documents speak of what the word names (or the clinic's glossary gives
        for it): a title or heading names it, or more sentences than in passing use it."""
        words = [word, *self.vocabulary.glossary_words(word)]
        stems = {self.vocabulary.stem(w) for w in words}
        return any(s in self._headed or self._used.get(s, 0) > PASSING_SENTENCES for s in stems)

    def themes(self, words: Sequence[str]) -> bool:
        """Whether some sentence opens with just these words (`opening_phrase`): "opening hours"
        of "Our opening hours are ...", not "research" of "Research shows that ..."."""
        stems = frozenset(self.vocabulary.stem(w) for w in words)
        return bool(stems) and stems in self._themes

    def kin(self, words: Sequence[str]) -> float:
        """How near the question's strange words come to the subject's words (the best cosine),
        0 when the question names the subject itself ("botox after microneedling?" asks about
        the documents' subject) or has no strange word."""
        bridge = self.vocabulary.bridge
        if bridge is None or self.vectors is None or self.names(words):
            return 0.0
        strange = [w for w in words if self.strange(w)]
        if not strange:
            return 0.0
        forms = [self._form.get(self.vocabulary.stem(w), w) for w in strange]
        return float(max((self.vectors @ bridge.vector(w)).max() for w in forms))
