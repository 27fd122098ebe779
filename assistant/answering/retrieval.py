"""Question to ranked sentences and passages: dense search in Chroma fused with BM25.

Three signals, measured on the evaluation sets (numbers in the README):
- dense similarity of the question to each sentence (embedded with its section heading) and to
  its passage, after removing the corpus's mean vector: "microneedling" is in nearly every text
  and otherwise dominates cosine similarity, drowning the words that matter ("sun", "retinol");
- BM25 over sentence and heading, stemmed, with the question's words spelled right against the
  corpus vocabulary and widened with the words patients use for the documents' words.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

import bm25s
import numpy as np
import Stemmer

from assistant.answering.lexicon import (
    ASKS_QUANTITY,
    FILLERS,
    PATIENT_WORDS,
    SERVICE_TOPICS,
    STATES_QUANTITY,
    STOPWORDS,
    WRITTEN_OUT,
)
from assistant.index.store import Record, Version

# Fusion weights: dense sentence, dense passage, lexical. Chosen on both evaluation sets
# together (top-1 right on 90 questions; a plateau, not a peak: neighbours within 1 question).
WEIGHTS = (0.5, 0.5, 0.25)
# "How long / how many / when" asks for an amount: sentences that state one rank higher.
QUANTITY_BOOST = 0.06
# A two-word list item ("Sun damage") matches a question's words closely but says little.
SHORT_WORDS = 6
SHORT_PENALTY = 0.15
# Share of an introducing sentence's score that its list items inherit.
INTRO_SHARE = 0.9
DENSE_CANDIDATES = 48
LEXICAL_CANDIDATES = 48

# A word in more than this share of sentences says nothing about which one answers.
UBIQUITOUS_SHARE = 0.12
_WORD = re.compile(r"[a-z0-9][a-z0-9'-]*")
# Every character _WORD can match, for the letter counts of the spelling check.
_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789'-"
_ALPHABET_INDEX = {char: i for i, char in enumerate(_ALPHABET)}
_WRITTEN = re.compile(
    r"\b(" + "|".join(re.escape(p) for p in sorted(WRITTEN_OUT, key=len, reverse=True)) + r")\b"
)
SPELLING_CUTOFF = 0.84
SPELLINGS_REMEMBERED = 100_000


@dataclass(frozen=True, slots=True)
class Scored:
    """A sentence or passage with its fused relevance and the signals behind it."""

    record: Record
    score: float
    dense: float
    lexical: float

    @property
    def source(self) -> str:
        return str(self.record.metadata["source"])


class Retriever:
    """Ranks the sentences and passages of one index version for a question."""

    def __init__(self, version: Version, embed_query: Callable[[str], np.ndarray]) -> None:
        self.version = version
        self._embed_query = embed_query
        self.sentences = version.all("sentences", embeddings=True)
        self.passages = version.all("passages", embeddings=True)
        if not self.sentences or not self.passages:
            raise ValueError("the index holds no passages")
        self._row = {r.id: i for i, r in enumerate(self.sentences)}
        self._passage_row = {r.id: i for i, r in enumerate(self.passages)}
        sentence_vectors = np.stack([r.embedding for r in self.sentences])
        passage_vectors = np.stack([r.embedding for r in self.passages])
        # Sentences and passages are embedded differently: each kind is centred on its own mean.
        self._mean = sentence_vectors.mean(axis=0)
        self._passage_mean = passage_vectors.mean(axis=0)
        self._sentence_vectors = _centered(sentence_vectors, self._mean)
        self._passage_vectors = _centered(passage_vectors, self._passage_mean)
        self._sentence_passage = np.array(
            [self._passage_row[str(r.metadata["passage_id"])] for r in self.sentences]
        )
        # Each passage's sentence rows, in order, from one sort.
        order = np.argsort(self._sentence_passage, kind="stable")
        bounds = np.searchsorted(
            self._sentence_passage[order], np.arange(len(self.passages) + 1), side="left"
        )
        self._passage_sentences = [order[bounds[p] : bounds[p + 1]] for p in range(len(bounds) - 1)]
        self._short = np.array(
            [len(r.text.split()) < SHORT_WORDS for r in self.sentences], dtype=np.float32
        )
        self._quantity = np.array(
            [bool(STATES_QUANTITY.search(r.text)) for r in self.sentences], dtype=np.float32
        )
        self._intro_row = self._intros()
        self._stemmer = Stemmer.Stemmer("english")
        self._bm25 = bm25s.BM25()
        self._bm25.index(
            self._tokens([_lexical_text(r) for r in self.sentences]), show_progress=False
        )
        self.vocabulary = sorted(
            {w for r in self.sentences for w in _WORD.findall(_lexical_text(r).lower())}
        )
        self._spellings: dict[str, str] = {}
        self._word_lengths = np.array([len(w) for w in self.vocabulary], dtype=np.float64)
        self._vocabulary_letters = (
            np.stack([self._letter_counts(w) for w in self.vocabulary])
            if self.vocabulary
            else np.zeros((0, len(_ALPHABET)), dtype=np.int32)
        )
        frequency: dict[str, int] = {}
        for r in self.sentences:
            for stem in set(self._stemmer.stemWords(_WORD.findall(_lexical_text(r).lower()))):
                frequency[stem] = frequency.get(stem, 0) + 1
        self._stems = set(frequency)
        self._ubiquitous = {
            s for s, n in frequency.items() if n > UBIQUITOUS_SHARE * len(self.sentences)
        }

    def _tokens(self, texts: list[str]) -> list[list[str]]:
        return bm25s.tokenize(
            texts, stopwords=STOPWORDS, stemmer=self._stemmer, show_progress=False, return_ids=False
        )

    @cached_property
    def _known(self) -> set[str]:
        return set(self.vocabulary) | set(PATIENT_WORDS) | set(STOPWORDS)

    def spelled(self, question: str) -> str:
        """The question in lower case, short forms written out ("appt") and misspelled words
        replaced by the corpus's spelling."""
        words = []
        text = question.lower().replace("’", "'")
        text = _WRITTEN.sub(lambda match: WRITTEN_OUT[match.group()], text)
        for word in _WORD.findall(text):
            if len(word) >= 5 and word not in self._known:
                word = self._respelled(word)
            words.append(word)
        return " ".join(words)

    def _respelled(self, word: str) -> str:
        """difflib's closest vocabulary word (or word itself), remembered per word.

        Only words that can pass difflib's own cheap bounds (length, then letter counts, both
        computed exactly as difflib does) are handed to it: the same answer, without a Python
        loop over the whole vocabulary for every unknown word.
        """
        known = self._spellings.get(word)
        if known is not None:
            return known
        letters = self._letter_counts(word)
        total = self._word_lengths + len(word)
        # difflib.SequenceMatcher.real_quick_ratio and quick_ratio, for every word at once.
        shortest = np.minimum(self._word_lengths, len(word))
        shared = np.minimum(self._vocabulary_letters, letters).sum(axis=1)
        passes = (2.0 * shortest / total >= SPELLING_CUTOFF) & (
            2.0 * shared / total >= SPELLING_CUTOFF
        )
        near = [self.vocabulary[i] for i in np.flatnonzero(passes)]
        close = difflib.get_close_matches(word, near, n=1, cutoff=SPELLING_CUTOFF)
        known = close[0] if close else word
        if len(self._spellings) < SPELLINGS_REMEMBERED:
            self._spellings[word] = known
        return known

    @staticmethod
    def _letter_counts(word: str) -> np.ndarray:
        counts = np.zeros(len(_ALPHABET), dtype=np.int32)
        for char in word:
            counts[_ALPHABET_INDEX[char]] += 1
        return counts

    def uncovered_topic(self, spelled: str) -> str | None:
        """A front-desk topic the question asks about that no document mentions, if any."""
        for topic, pattern in SERVICE_TOPICS.items():
            for match in pattern.finditer(spelled):
                if match.group() not in self._corpus_text:
                    return topic
        return None

    @cached_property
    def _corpus_text(self) -> str:
        return " ".join(r.text.lower() for r in self.sentences)

    def topical(self, spelled: str) -> tuple[list[str], list[str]]:
        """(content words, topic words): topic words leave out those in nearly every document."""
        from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

        words = [
            w
            for w in spelled.split()
            if w not in ENGLISH_STOP_WORDS
            and w not in FILLERS
            and w not in STOPWORDS
            and not any(c.isdigit() for c in w)
            and len(w) > 2
        ]
        return words, [w for w in words if self._stemmer.stemWord(w) not in self._ubiquitous]

    def coverage(self, spelled: str) -> float:
        """Share of the question's topic words that the documents use (directly or as synonyms).

        "How much does it cost?" has one topic word, "cost", in no document: 0.0. Fillers,
        stop words, numbers and words in nearly every document ("microneedling") do not count.
        """
        words, topical = self.topical(spelled)
        if not topical:
            return 0.0 if not words else 1.0
        known = sum(w in PATIENT_WORDS or self._stemmer.stemWord(w) in self._stems for w in topical)
        return known / len(topical)

    def mentions(self, record: Record, words: list[str]) -> bool:
        """Whether the record's text uses one of the words (by stem)."""
        stems = set(self._stemmer.stemWords(_WORD.findall(record.text.lower())))
        return any(self._stemmer.stemWord(w) in stems for w in words)

    def expanded(self, spelled: str) -> str:
        return " ".join(
            [spelled, *(PATIENT_WORDS[w] for w in spelled.split() if w in PATIENT_WORDS)]
        )

    def rank(self, question: str, *, limit: int = 40) -> list[Scored]:
        """The best `limit` sentences for the question, best first, followed by the other
        sentences of their passages (so an answer can quote a sentence with its neighbours)."""
        spelled = self.spelled(question)
        # Chat fillers ("lol", "kinda", "gonna") only blur what the question means.
        meant = " ".join(w for w in spelled.split() if w not in FILLERS) or spelled
        if len(self.topical(spelled)[0]) <= 1:
            # One content word ("does it hurt?") says too little to the model alone: it reads
            # the documents' words for it too (hurt -> discomfort, numbing).
            meant = self.expanded(meant)
        raw = self._embed_query(meant)
        query = _centered(raw[None, :], self._mean)[0]
        passage_query = _centered(raw[None, :], self._passage_mean)[0]
        scores = self._lexical_scores(spelled)
        candidates = self._dense_candidates(raw) | self._lexical_candidates(scores)
        if not candidates:
            return []
        passages = np.unique(self._sentence_passage[np.fromiter(candidates, dtype=np.int64)])
        rows = np.unique(np.concatenate([self._passage_sentences[p] for p in passages]))
        dense_sentence = self._sentence_vectors[rows] @ query
        dense_passage = self._passage_vectors[self._sentence_passage[rows]] @ passage_query
        lexical = scores[rows]
        lexical_norm = lexical / lexical.max() if lexical.max() > 0 else lexical
        w_sentence, w_passage, w_lexical = WEIGHTS
        fused = w_sentence * dense_sentence + w_passage * dense_passage + w_lexical * lexical_norm
        fused = fused - SHORT_PENALTY * self._short[rows]
        fused = self._lists_follow_intros(rows, fused)
        if ASKS_QUANTITY.search(spelled):
            fused = fused + QUANTITY_BOOST * self._quantity[rows]
        order = np.argsort(-fused)
        passages = self._sentence_passage[rows]
        neighbours = np.isin(passages[order[limit:]], passages[order[:limit]])
        order = np.concatenate([order[:limit], order[limit:][neighbours]])
        return [
            Scored(
                self.sentences[rows[i]],
                float(fused[i]),
                float(max(dense_sentence[i], dense_passage[i])),
                float(lexical[i]),
            )
            for i in order
        ]

    def _intros(self) -> np.ndarray:
        """For each sentence, the row of the sentence introducing its list ("risks include:"),
        or -1."""
        intro_of = np.full(len(self.sentences), -1)
        intro: int | None = None
        for row, record in enumerate(self.sentences):
            role = record.metadata.get("role")
            same_passage = intro is not None and (
                self.sentences[intro].metadata["passage_id"] == record.metadata["passage_id"]
            )
            if role == "intro":
                intro = row
            elif role == "item" and intro is not None and same_passage:
                intro_of[row] = intro
            else:
                intro = None
        return intro_of

    def _lists_follow_intros(self, rows: np.ndarray, fused: np.ndarray) -> np.ndarray:
        """A list item scores at least nearly what its introducing sentence scores.

        "What are the risks?" matches "there are some risks to be aware of:" best, but the
        answer is the list below it.
        """
        intros = self._intro_row[rows]
        at = np.searchsorted(rows, intros)
        present = (intros >= 0) & (at < len(rows))
        present[present] = rows[at[present]] == intros[present]
        lifted = fused.copy()
        lifted[present] = np.maximum(fused[present], INTRO_SHARE * fused[at[present]])
        return lifted

    def _dense_candidates(self, query: np.ndarray) -> set[int]:
        nearest = self.version.nearest_ids(
            "sentences", query, k=min(DENSE_CANDIDATES, len(self.sentences))
        )
        return {self._row[i] for i, _ in nearest if i in self._row}

    def _lexical_candidates(self, scores: np.ndarray) -> set[int]:
        top = np.argsort(-scores)[:LEXICAL_CANDIDATES]
        return {int(i) for i in top if scores[i] > 0}

    def _lexical_scores(self, spelled: str) -> np.ndarray:
        tokens = self._tokens([self.expanded(spelled)])[0]
        if not tokens:  # only stop words ("how do i")
            return np.zeros(len(self.sentences), dtype=np.float32)
        return np.asarray(self._bm25.get_scores(tokens), dtype=np.float32)

    def passage(self, passage_id: str) -> Record:
        return self.passages[self._passage_row[passage_id]]


def asks_amount(question: str) -> bool:
    """Whether the question asks how long, how many, how often or when."""
    return bool(ASKS_QUANTITY.search(question.lower()))


def states_amount(text: str) -> bool:
    """Whether the text states a duration, count or frequency."""
    return bool(STATES_QUANTITY.search(text))


def stated_amounts(text: str) -> frozenset[str]:
    """The amounts a text states, folded ("within a few days" -> "few days")."""
    return frozenset(" ".join(m.group().lower().split()) for m in STATES_QUANTITY.finditer(text))


def _lexical_text(record: Record) -> str:
    return f"{record.metadata.get('heading', '')} {record.text}"


def _centered(vectors: np.ndarray, mean: np.ndarray) -> np.ndarray:
    shifted = vectors - mean
    return shifted / np.maximum(np.linalg.norm(shifted, axis=-1, keepdims=True), 1e-9)
