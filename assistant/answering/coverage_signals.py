"""The signals of the not-covered decision, measured between a question and the corpus.

Nothing here knows what the documents are about. Every signal is computed from the question and
from statistics of the index version it is asked of (its sentence and passage vectors, its word
stems, `Profile`), and the words' rarity in general English comes from `wordfreq` (offline). So
a clinic that adds a price list makes "what is it priced at?" covered, and a question on a drug no
document names stays out, with no code change. `coverage.py` decides over them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

import numpy as np
from wordfreq import zipf_frequency

from assistant.answering.question import Question
from assistant.answering.retrieval import Retriever, Scored
from assistant.answering.subject import Subject
from assistant.answering.vectors import unit
from assistant.answering.vocabulary import WORD, Vocabulary

# Zipf frequency (log10 per billion words) of the most common English words ("the" is 7.7).
# A word's specificity is how far below this it lies, as a share: "amebiasis" ~0.85, "cost" ~0.2.
COMMON_ZIPF = 6.5
# Pronouns that point at the subject of the documents ("does it help with psoriasis?").
_POINTS_BACK = re.compile(r"\b(it|this|that|these|they|them|you|your)\b")
# Sentences that share the best one's meaning: the rest, for the margin.
MARGIN_RANK = 10

FEATURES = (
    "sentence",  # best centred similarity to a sentence
    "passage",  # best centred similarity to a passage
    "margin",  # best sentence similarity over the 10th best
    "raw",  # best plain cosine to a sentence (the corpus's subject included)
    "centroid",  # cosine to the corpus's mean sentence vector
    "lexical",  # log(1 + best BM25 score) of the ranked sentences (the only ranking output:
    # fused scores move whenever the ranking is tuned, and the fit would have to follow)
    "known_specific",  # share of the question's words the corpus uses, weighted by specificity
    "unknown_specific",  # specificity of the most specific word the corpus never uses
    "subject_known",  # the question's most specific word is in the corpus
    "known_max",  # specificity of the most specific word the corpus uses
    "points_back",  # a pronoun stands for the subject ("can it scar...")
    "topic_known",  # share of the topic words the corpus uses (`Question.covered`)
    "absent_surprise",  # log10 of how often a corpus this long would use its commonest absent word
    "local",  # share of the question's words the best-ranked passage uses, weighted by
    # specificity: "opening hours" meets "48 hours' notice" only half way
    "kin",  # how near a word the documents do not speak of comes to their title words, when
    # the question does not name them (`subject.py`): another thing of the same kind
    "answered",  # cosine to the nearest question the clinic answered; -1 when the best
    # sentence is new material (one they do not quote) on what the question asks
    # (`Retriever.nearest_asked`), and for a clinic that has answered none
    "declined",  # cosine to the nearest question the clinic declined, on the same condition;
    # -1 also for a clinic that has declined none
)
# The floor of absent_surprise: no absent word, or only words a corpus would never use.
SURPRISE_FLOOR = -3.0


def points_back(text: str) -> bool:
    """Whether a pronoun in the text stands for the subject ("can it scar ...")."""
    return bool(_POINTS_BACK.search(text))


def specificity(word: str) -> float:
    """0 for the commonest English words, 1 for words English text (almost) never uses."""
    return min(1.0, max(0.0, (COMMON_ZIPF - zipf_frequency(word, "en")) / COMMON_ZIPF))


class Profile:
    """The corpus side of the signals, computed once when an index version is loaded."""

    def __init__(self, retriever: Retriever) -> None:
        # The sentences' own vectors stay the retriever's (`Retriever.closeness`): a copy here
        # was one more float32 array the size of the corpus (15.7 MB at 10,000 sentences).
        self.centroid = unit(retriever.sentence_mean)
        self.vocabulary: Vocabulary = retriever.vocabulary
        # log10 of the corpus's length in words per billion: with a word's Zipf frequency, the
        # log10 of how often general text this long uses the word.
        tokens = sum(len(r.text.split()) for r in retriever.sentences)
        self.log_length = math.log10(max(tokens, 1)) - 9.0
        self._specificity: dict[str, float] = {}
        stem = self.vocabulary.stem
        self._passage_stems = {
            p.id: frozenset(stem(w) for w in WORD.findall(p.text.lower()))
            for p in retriever.passages
        }
        # A passage read with its document's title and its heading: "dental finance options"
        # asks of a Dental FAQ's finance paragraph, which need not say "dental" again.
        self._framed_stems = {
            p.id: self._passage_stems[p.id]
            | frozenset(stem(w) for w in WORD.findall(f"{p.title} {p.heading}".lower()))
            for p in retriever.passages
        }
        self.subject = Subject(self.vocabulary, retriever.passages, retriever.sentences)
        self._scopes = retriever.scopes

    def speaks_of_subject(self, title: str) -> bool:
        """Whether the document titled `title` speaks of the documents' subject (`Subject.name`;
        what a document speaks of, `Scopes.speaks_of`); true when they have none."""
        stem = self.subject.name_stem
        return not stem or self._scopes.speaks_of(title, stem)

    def known(self, word: str) -> bool:
        """Whether the documents use the word (by stem), or the clinic's glossary gives theirs."""
        return self.vocabulary.knows(word)

    def in_passage(
        self, word: str, passage_id: str, *, framed: bool = False, bridged: bool = True
    ) -> bool:
        """Whether the passage uses the word (by stem) or one of the corpus's words for it;
        `framed`: in its title or heading too; not `bridged`: only the clinic's glossary gives
        those words, not the bridge's nearest terms."""
        table = self._framed_stems if framed else self._passage_stems
        stems = table.get(passage_id, frozenset())
        vocabulary = self.vocabulary
        others = vocabulary.near(word) if bridged else vocabulary.glossary_words(word)
        return any(vocabulary.stem(w) in stems for w in (word, *others))

    def specificity(self, word: str) -> float:
        value = self._specificity.get(word)
        if value is None:
            value = self._specificity[word] = specificity(word)
        return value


def measure(
    question: Question, retriever: Retriever, profile: Profile, ranked: Sequence[Scored]
) -> np.ndarray:
    """The signals of `FEATURES` for a question and the ranking's output for it."""
    raw, sentences, passages, plain = retriever.closeness(question)
    top = np.partition(sentences, -min(MARGIN_RANK, len(sentences)))
    best = float(sentences.max())
    tenth = float(top[-min(MARGIN_RANK, len(sentences))])
    words = [*question.words, *(question.previous.words if question.previous else ())]
    weights = [profile.specificity(w) for w in words]
    known = [profile.known(w) for w in words]
    total = sum(weights)
    known_weight = sum(w for w, k in zip(weights, known, strict=True) if k)
    subject = max(range(len(words)), key=lambda i: weights[i]) if words else None
    lead = ranked[0].record if ranked else None
    local = [lead is not None and profile.in_passage(w, lead.passage_id) for w in words]
    # New material (a sentence no answered question quotes) speaks for itself when it is on
    # what the question asks: its passage uses the question's most specific word (or the
    # documents' word for it, as `local` reads), or its document speaks of the documents'
    # subject (a price list, a paragraph typed into the FAQ). Another treatment's leaflet added
    # beside them leaves the clinic's questions speaking for a question it does not speak to.
    on_the_matter = (
        lead is None or subject is None or local[subject] or profile.speaks_of_subject(lead.title)
    )
    return np.array(
        [
            best,
            float(passages.max()),
            best - tenth,
            float(plain.max()),
            float(profile.centroid @ unit(raw)),
            math.log1p(max((s.lexical for s in ranked), default=0.0)),
            known_weight / total if total > 0 else 1.0,
            max((w for w, k in zip(weights, known, strict=True) if not k), default=0.0),
            1.0 if subject is None or known[subject] else 0.0,
            max((w for w, k in zip(weights, known, strict=True) if k), default=0.0),
            1.0 if points_back(question.normal) else 0.0,
            question.covered,
            max(
                [SURPRISE_FLOOR]
                + [
                    COMMON_ZIPF * (1.0 - w) + profile.log_length
                    for w, k in zip(weights, known, strict=True)
                    if not k
                ]
            ),
            sum(w for w, k in zip(weights, local, strict=True) if k) / total if total > 0 else 1.0,
            profile.subject.kin(words),
            *retriever.nearest_asked(raw, lead, on_the_matter=on_the_matter),
        ],
        dtype=np.float64,
    )
