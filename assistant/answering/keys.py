"""Keys at question time: a question the documents (or the clinic's also-asked variants) ask
leads to its passage, and lifts it when the patient's question is a near paraphrase of it.

The keys themselves are made at ingest (`ingest/keys.py`) and stored with the index version;
this module reads them once per version and scores a question's vector against them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence

import bm25s
import numpy as np

from assistant.answering.question import asks_gap, timing
from assistant.errors import IndexNotReady
from assistant.index.chroma import Version
from assistant.index.records import Record

# A key lifts its passage by the cosine taken after removing the keys' mean vector, above this
# floor: what every key of a corpus shares (the treatment's name, "is it ... ?") says nothing of
# which question it is, and plain cosines put "which conditions does microneedling treat" at 0.82
# to "Is microneedling a safe procedure?" (int8 encoder). Nineteenth round, leave one set out
# (`tools/neighbours.py`, twelve seeded tuning halves, 951 questions): plain cosines above 0.8,
# hit 0.831; centred above 0.3 / 0.35 / 0.4 / 0.45 / 0.5 / 0.6 / 0.7, 0.849 / 0.850 / 0.848 /
# 0.845 / 0.845 / 0.834 / 0.833 (a plateau up to 0.5; the middle is kept). Read by plain
# cosines above `PLAIN_KEY_FLOOR`, as before: a price asked of documents that state prices (no
# answered question quotes a price list, and centred lifts cost the price tuning halves six
# answers of 180), and the keys of documents the clinic has answered no question of (their own
# question headings: the FAQ-shaped corpora were measured with plain cosines, centring them was
# not; centred cost the portability fixture one answer in 24).
KEY_FLOOR = 0.4
PLAIN_KEY_FLOOR = 0.8
# A question this near (cosine) to one the clinic attached to a passage ("also asked as"), or to
# one a document asks in a heading or at a passage's start, is that question: the clinic has said
# its documents answer it.
CLINIC_KEY = 0.9
# A question moves with the clinic's answered questions (`answered.py`) as far as it is like
# them: not at all below this cosine to the nearest, fully from `ANSWERED_FULL`. Measured
# (docs/evaluation.md): price questions over a price list added since sit at a median of 0.5,
# patients' questions a new writer asked of the documents the variants quote at 0.84; lower gates
# (0.4-0.5) gained 2-4 questions in 100 on those and lost as many on the price list.
ANSWERED_FLOOR = 0.6
ANSWERED_FULL = 0.8
# The clinic's answered questions are read by their words too (BM25 over them, each passage's
# best as a share of the question's best), as far as the question is like them (the likeness
# above): the model places "what problems can be treated?" beside "which risks does it carry?",
# which shares none of its words. Twenty-fifth round, leave one set out (`tools/neighbours.py`,
# 1,086 questions): hit 0.840 without; with this share of the lift 0.5 / 0.65 / 0.8 / 1.0, 0.849 /
# 0.848 / 0.855 / 0.854. Not for the documents' own question headings (another clinic's
# leaflets, the FAQ-shaped corpora: read so, the portability fixture lost 5 answers of 24),
# nor for a price asked of documents that state prices (as the plain cosines above).
KEY_LEXICAL_SHARE = 0.8
# `Keys.nearest_answered` when the clinic has answered no question (and `Keys.nearest_declined`
# when it has declined none): below any cosine.
NONE_ANSWERED = -1.0


def readings(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """How each question is asked: its setting in time (`question.timing`), and whether it asks
    the time between things (`question.asks_gap`)."""
    lowered = [text.lower() for text in texts]
    return (
        np.array([timing(text) for text in lowered], dtype=np.int8),
        np.array([asks_gap(text) for text in lowered], dtype=bool),
    )


def asked_otherwise(timings: np.ndarray, gaps: np.ndarray, when: int, duration: bool) -> np.ndarray:
    """The questions (rows of `readings`) asked otherwise than the patient's, which lead nothing
    and do not vote: set at the other time than its timing `when` (a key asked of before the
    treatment does not lead a question asked of after it), or asking the time between things when
    it asks how long one thing takes (`duration`: "what length is a single visit?" is the model's
    near neighbour of "what gap do i need between visits"; 35th round, leave one set out
    hit 0.857 -> 0.858, every tuning half, dev and the other clinics' corpora unchanged)."""
    otherwise = timings == -when if when else np.zeros(len(timings), dtype=bool)
    return otherwise | gaps if duration else otherwise


class Keys:
    """The question keys of one index version, with their vectors and the passages they lead
    to."""

    def __init__(
        self,
        version: Version,
        passage_row: dict[str, int],
        *,
        dimension: int,
        tokens: Callable[[str], list[str]] | None = None,
    ) -> None:
        self.records = _keys_of(version)
        # The clinic's variants, with the quote each is anchored to (`answered.py` learns from
        # them).
        self.variants = [k for k in self.records if k.role == "also-asked"]
        self._passages = len(passage_row)
        # A document's heading leads only when it asks ("Conclusion" says nothing of a
        # question); a clinic's variant is a question however it was typed. A question asked
        # again of the same passage (one line per quote) is one row.
        rows = {
            (k.text, passage_row[k.passage_id]): k
            for k in self.records
            if k.passage_id in passage_row
            and (k.role in ("also-asked", "implied") or k.text.rstrip().endswith("?"))
        }
        self._passage = np.array([row for _, row in rows], dtype=np.int64)
        # Each row's question as written (`tools/neighbours.py` leaves a set's rows out by it).
        self.texts = [text for text, _ in rows]
        self._vectors = (
            np.stack([k.embedding for k in rows.values()]).astype(np.float32)
            if rows
            else np.zeros((0, dimension), dtype=np.float32)
        )
        # A question attached to several passages is one row per passage but one vector: a
        # question's product is taken with each distinct question once (`cosines`).
        index: dict[str, int] = {}
        self._question_of_row = np.array(
            [index.setdefault(text, len(index)) for text in self.texts], dtype=np.int64
        )
        self._question_index = index
        self._first_rows = np.unique(self._question_of_row, return_index=True)[1]
        self._clinic = np.array([k.role == "also-asked" for k in rows.values()], dtype=bool)
        # A key read without the documents' subject (`ingest/keys.implied`) leads its passage,
        # but is no question anyone asked: not the clinic's, not one answered as asked.
        self.implied = np.array([k.role == "implied" for k in rows.values()], dtype=bool)
        self._asked_questions = np.unique(self._question_of_row[~self.implied])
        # How each key is asked (`readings`): one read otherwise than the patient's question
        # leads nothing (`asked_otherwise`).
        self._timing, self._asks_gap = readings(self.texts)
        self._question_vectors = self._vectors[self._first_rows]
        self._clinic_questions = np.unique(self._question_of_row[self._clinic])
        self._all_vectors = self._vectors
        # BM25 over the clinic's questions (`KEY_LEXICAL_SHARE`), a row each; `_lexical_rows` is
        # 1 for a clinic row still read, 0 for a heading or a row left out.
        self._lexical: bm25s.BM25 | None = None
        self._lexical_rows = self._clinic.astype(np.float32)
        if tokens is not None and self._clinic.any():
            self._lexical = bm25s.BM25()
            # A question of stop words only is one token no question has.
            self._lexical.index([tokens(t) or ["_"] for t in self.texts], show_progress=False)
        # The last question's cosines, per thread, with the vector they were taken for: the
        # ranking's keys and neighbours, the not-covered decision and `answers_as_asked` read
        # the same question's (each product with the clinic's questions was 0.3 ms or more).
        self._last = threading.local()
        self._centre(np.ones(len(self._vectors), dtype=bool))
        # Whether the clinic attached any question to a passage ("also asked as").
        self.from_clinic = bool(self._clinic.any())
        declined = [k for k in self.records if k.role == "declined"]
        self.declined_vectors = (
            np.stack([k.embedding for k in declined]).astype(np.float32)
            if declined
            else np.zeros((0, dimension), dtype=np.float32)
        )
        self._declined_texts = [k.text for k in declined]
        # The declined questions refused as asked (`hold`); none until told.
        self._held = self.declined_vectors[:0]

    def leave_out(self, rows: np.ndarray) -> None:
        """Read questions as if these keys (a mask over the rows) did not exist, the rest
        centred on their own mean: `tools/neighbours.py` answers a set as one the clinic's
        files never saw. An all-False mask restores every key."""
        self._vectors = np.where(rows[:, None], 0.0, self._all_vectors).astype(np.float32)
        self._lexical_rows = (self._clinic & ~rows).astype(np.float32)
        self._question_vectors = self._vectors[self._first_rows]
        self._last = threading.local()
        self._centre(~rows)

    def _centre(self, live: np.ndarray) -> None:
        """The keys' mean and what a centred cosine needs of each key, so that one product
        with the plain vectors gives both cosines: (v - m).(u - m) = v.u - v.m - u.m + m.m."""
        kept = self._all_vectors[live].astype(np.float64)
        # One key has no mean to remove: it is read by its plain cosine.
        self._centred = len(kept) > 1
        self._mean = kept.mean(axis=0) if self._centred else np.zeros(self._all_vectors.shape[1])
        centred = self._all_vectors.astype(np.float64) - self._mean
        # A row left out has no length: its centred cosine is 0.
        length = np.linalg.norm(centred, axis=1)
        self._centred_length = np.where(live & (length > 1e-9), length, np.inf)
        self._offset = self._all_vectors.astype(np.float64) @ self._mean - self._mean @ self._mean

    def read(
        self,
        raw: np.ndarray,
        *,
        plain: bool = False,
        when: int = 0,
        tokens: Sequence[str] = (),
        duration: bool = False,
    ) -> tuple[np.ndarray, float]:
        """From one product with the keys: per passage, how near the question is to the best
        key leading to it (centred cosine, 0 below `KEY_FLOOR`, rising to 1 for the same
        question; `plain`: plain cosine above `PLAIN_KEY_FLOOR`); and how much it is like the
        clinic's answered questions (0 up to `ANSWERED_FLOOR` plain cosine to the nearest,
        rising to 1 at `ANSWERED_FULL`). `when`: the question's timing; a key set at the other
        time lifts nothing. `tokens`: the question's BM25 tokens, for the clinic's questions read
        by their words (`KEY_LEXICAL_SHARE`). `duration`: the question asks how long one thing
        takes (`Question.asks_duration`); a key asking the time between things lifts nothing."""
        unit = raw / max(float(np.linalg.norm(raw)), 1e-9)
        similarity = self.cosines(raw)[self._question_of_row]
        keyed = np.zeros(self._passages, dtype=np.float32)
        otherwise = asked_otherwise(self._timing, self._asks_gap, when, duration)
        if len(similarity):
            # Without the clinic's questions the keys are the documents' own question headings,
            # each asking of its own entry: plain cosines, as measured on FAQ-shaped documents.
            if plain or not self.from_clinic or not self._centred:
                lift = np.maximum(similarity - PLAIN_KEY_FLOOR, 0.0) / (1.0 - PLAIN_KEY_FLOOR)
            else:
                towards = float(unit @ self._mean)
                length = np.sqrt(max(1.0 - 2.0 * towards + float(self._mean @ self._mean), 1e-18))
                centred = (similarity - self._offset - towards) / (self._centred_length * length)
                lift = np.maximum(centred - KEY_FLOOR, 0.0) / (1.0 - KEY_FLOOR)
            lift = np.where(otherwise, 0.0, lift)
            np.maximum.at(keyed, self._passage, lift.astype(np.float32))
        if not self.from_clinic:
            return keyed, 0.0
        likeness = _likeness(float(similarity[self._clinic].max()))
        if tokens and not plain and likeness > 0.0:
            keyed += KEY_LEXICAL_SHARE * likeness * self._lexical_lift(tokens, otherwise)
        return keyed, likeness

    def _lexical_lift(self, tokens: Sequence[str], otherwise: np.ndarray) -> np.ndarray:
        """Per passage: its best clinic question's BM25 score over the best of all (0 to 1),
        none from the rows asked `otherwise`."""
        lifted = np.zeros(self._passages, dtype=np.float32)
        if self._lexical is None:
            return lifted
        scores = np.asarray(self._lexical.get_scores(list(tokens)), dtype=np.float32)
        scores *= self._lexical_rows
        scores[otherwise] = 0.0
        best = float(scores.max())
        if best > 0.0:
            np.maximum.at(lifted, self._passage, scores / best)
        return lifted

    def nearest_answered(self, raw: np.ndarray) -> float:
        """Cosine to the nearest question the clinic answered (`NONE_ANSWERED` without any): a
        signal of the not-covered decision. A new writer's questions about what the documents
        say sit at a median of 0.78, questions they do not answer at 0.24-0.48
        (docs/evaluation.md)."""
        if not self.from_clinic:
            return NONE_ANSWERED
        return float(self.cosines(raw)[self._clinic_questions].max())

    def cosines(self, raw: np.ndarray) -> np.ndarray:
        """The question's plain cosine to each distinct key question (in `positions` order): one
        product a question, remembered (read-only) for the calls that read the same vector."""
        key = raw.tobytes()
        last = getattr(self._last, "found", None)
        if last is not None and last[0] == key:
            return last[1]
        unit = raw / max(float(np.linalg.norm(raw)), 1e-9)
        found = _products(self._question_vectors, unit)
        found.flags.writeable = False
        self._last.found = (key, found)
        return found

    def positions(self, texts: Sequence[str]) -> np.ndarray:
        """Where each of these key questions (as written) sits in `cosines`."""
        return np.array([self._question_index[text] for text in texts], dtype=np.int64)

    def hold(self, held: Iterable[str]) -> None:
        """Refuse these declined questions as asked (`declined_as_asked`): the ones declined
        against the documents as they are. Call before `keep_declined`."""
        kept = set(held)
        rows = np.array([text in kept for text in self._declined_texts], dtype=bool)
        self._held = self.declined_vectors[rows]

    def keep_declined(self, live: np.ndarray) -> None:
        """Keep only these declined questions (a mask over `declined_vectors`) as the
        not-covered decision's signal."""
        self.declined_vectors = self.declined_vectors[live]

    def nearest_declined(self, raw: np.ndarray) -> float:
        """Cosine to the nearest question the clinic declined (`NONE_ANSWERED` without any): the
        other side of `nearest_answered`. Another treatment asked in the shape of this one's
        questions ("when does puffiness settle after lip filler") is near both."""
        if not len(self.declined_vectors):
            return NONE_ANSWERED
        unit = raw / max(float(np.linalg.norm(raw)), 1e-9)
        return float(_products(self.declined_vectors, unit).max())

    def declined_as_asked(self, vectors: Iterable[np.ndarray]) -> bool:
        """Whether one of the question's raw vectors (one at a time, as `answers_as_asked`
        takes them) is nearly a question the clinic declined and `hold` holds."""
        if not len(self._held):
            return False
        return any(
            float(_products(self._held, raw / max(float(np.linalg.norm(raw)), 1e-9)).max())
            >= CLINIC_KEY
            for raw in vectors
        )

    def answers_as_asked(self, vectors: Iterable[np.ndarray]) -> bool:
        """Whether one of the question's raw vectors (taken one at a time, so a question
        matched by its first is embedded once) is nearly a question the clinic attached, or
        one its documents ask and answer below (a heading "Do you deliver?")."""
        if not len(self._asked_questions):
            return False
        return any(self.cosines(raw)[self._asked_questions].max() >= CLINIC_KEY for raw in vectors)


def _likeness(nearest: float) -> float:
    return min(1.0, max(0.0, (nearest - ANSWERED_FLOOR) / (ANSWERED_FULL - ANSWERED_FLOOR)))


def _products(vectors: np.ndarray, unit: np.ndarray) -> np.ndarray:
    """Each row's product with one question's vector: numpy's own loop, not BLAS, which splits
    a product this size over its threads so that questions answered side by side wait on each
    other (as the triage's neighbour vote found)."""
    return np.einsum("ij,j->i", vectors, unit.astype(np.float32, copy=False))


def _keys_of(version: Version) -> list[Record]:
    """The version's keys; none in a version built before keys existed."""
    try:
        return version.all("keys", embeddings=True)
    except IndexNotReady:
        return []
