"""Re-checking the not-covered decision for a new index version, before it is published.

The shipped model (`answering/coverage.py`) was fitted on this project's documents. Its signals
are measured against the corpus, but a clinic's own documents move them: a longer corpus has
higher BM25 scores, a broader one is closer to more questions. So every ingest asks the new
version the probe questions (`probes.txt`: MedQuAD consumer-health questions and chit-chat, which
no clinic's leaflets answer) and raises the threshold when more than 2% of them would be
answered. The threshold is never lowered: what the probes cannot show is in-domain recall. A
probe every topic word of which the documents use is left out: it asks about what they speak of
(a dental FAQ is asked "why do teeth get cavities?"), and counted as out of domain it raised
that FAQ's threshold from 0.36 to 0.68.

The probes' vectors are kept beside the index by the hash of the text embedded, so an ingest
embeds them once.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from assistant.answering.coverage import Coverage, fitted
from assistant.answering.question import Question, read
from assistant.answering.retrieval import Retriever
from assistant.answering.triage.personal import only_points_back, set_aside
from assistant.answering.triage.safety import Triage, triage
from assistant.index.chroma import Version

log = logging.getLogger(__name__)

PROBES = Path(__file__).with_name("probes.txt")
# Probe vectors depend only on the model and encoder, not on the corpus: one cache per user
# serves every index (as the exported ONNX graph does), so a new index pays for them once.
CACHE_DIR = Path.home() / ".cache" / "clinic-assistant" / "probes"


def probe_cache(model_dir: Path | None, encoder: str) -> Path:
    """The cache file of probe (and corpus word) vectors for one model and encoder."""
    model = hashlib.sha256(str(model_dir or "bundled").encode("utf-8")).hexdigest()[:12]
    return CACHE_DIR / f"{model}-{encoder}.npz"


MAX_ANSWERED = 0.02


def probes() -> list[str]:
    lines = PROBES.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


class ProbeVectors:
    """Query vectors by the hash of their text, kept in a file beside the index."""

    def __init__(self, path: Path, embed: Callable[[list[str]], np.ndarray]) -> None:
        self.path = path
        self._embed = embed
        self._vectors: dict[str, np.ndarray] = {}
        self._new = False
        if path.is_file():
            try:
                with np.load(path) as stored:
                    if {"keys", "vectors"} <= set(stored.files):
                        rows = stored["vectors"]
                        self._vectors = dict(zip(stored["keys"].tolist(), rows, strict=True))
                    else:  # the first layout, an array a text: read, and rewritten at save
                        self._vectors = {key: stored[key] for key in stored.files}
                        self._new = True
            except (OSError, ValueError) as error:
                log.warning("ignoring the probe vector cache %s (%s)", path, error)

    def prepare(self, texts: list[str]) -> None:
        """Embed, in one batch, the texts not cached yet."""
        missing = list({_key(t): t for t in texts if _key(t) not in self._vectors}.items())
        if missing:
            fresh = self._embed([t for _, t in missing])
            self._vectors.update({key: fresh[i] for i, (key, _) in enumerate(missing)})
            self._new = True

    def __call__(self, text: str) -> np.ndarray:
        key = _key(text)
        if key not in self._vectors:
            self.prepare([text])
        return self._vectors[key]

    def many(self, texts: list[str]) -> np.ndarray:
        """Vectors of the texts, embedding in one batch only those not cached yet."""
        self.prepare(texts)
        return np.stack([self(t) for t in texts]) if texts else np.zeros((0, 1), np.float32)

    def save(self) -> None:
        if self._new:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # Written beside, then renamed: another ingest reading it never sees half a file.
            partial = self.path.with_suffix(f".{os.getpid()}.partial.npz")
            # One array of keys and one of vectors: an array a text took a second to read back
            # (3,500 entries of a zip file), at every ingest.
            keys = list(self._vectors)
            np.savez(
                partial, keys=np.array(keys), vectors=np.stack([self._vectors[k] for k in keys])
            )
            os.replace(partial, self.path)
            self._new = False


def _key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def calibrate(
    version: Version,
    cache: Path,
    embed: Callable[[list[str]], np.ndarray],
    glossary: dict[str, str] | None = None,
) -> dict[str, Any]:
    """The decision for this version (the shipped fit, its threshold raised if the probes ask
    for it) and what the probes measured, for the version's manifest."""
    vectors = ProbeVectors(cache, embed)
    texts = probes()
    # Read and embedded as the engine reads and embeds a question (its words spelled as this
    # corpus spells them, fillers dropped): probes embedded as typed score higher than served
    # questions do, and raised the threshold past what serving needs. Vectors are cached by
    # the text embedded, so an unchanged vocabulary embeds nothing again.
    retriever = Retriever(
        version,
        vectors,
        embed_texts=vectors.many,  # the corpus's words, cached beside the probes
        glossary=glossary,
    )
    shipped = fitted()
    coverage = Coverage(retriever, shipped)
    questions = [read(text, retriever.vocabulary) for text in texts]
    vectors.prepare([t for q in questions for t in (retriever.query_text(q), q.told)])
    # A probe every topic word of which the documents use asks about what they speak of (a
    # dental FAQ is asked "why do teeth get cavities?"): only the others say how often a
    # question they do not speak of would be answered.
    questions = [q for q in questions if not asks_of_their_topics(q)]
    scores = [_answer_score(q, retriever, coverage, vectors) for q in questions]
    # Probes triage answers first (urgent, refused) are never answered from the documents.
    scores = [score for score in scores if score is not None]
    ordered = np.sort(np.array(scores))
    allowed = int(np.floor(MAX_ANSWERED * len(ordered)))
    needed = float(np.nextafter(ordered[-(allowed + 1)], 1.0)) if len(ordered) > allowed else 0.0
    decision = shipped.with_threshold(max(shipped.threshold, needed))
    answered = float(np.mean(ordered >= decision.threshold)) if len(ordered) else 0.0
    vectors.save()  # the corpus's words and the probes' unknown words, for the next ingest
    log.info(
        "not-covered decision: threshold %.3f (fitted %.3f); %d probes, %.1f%% answered",
        decision.threshold,
        shipped.threshold,
        len(ordered),
        100 * answered,
    )
    return {
        "decision": decision.to_dict(),
        "fitted_threshold": shipped.threshold,
        "probes": len(ordered),
        "probes_answered": round(answered, 4),
    }


def asks_of_their_topics(question: Question) -> bool:
    """Whether the documents use every topic word of the question."""
    return bool(question.topic) and question.covered == 1.0


# The probes' triage levels met in this process. Triage reads only the text, the situations it
# names and the vector of what it means, none of which the corpus changes but through the
# spelling, which is part of the key: a process that ingests again (the tools' temporary
# corpora, the tests) triages each probe once, not at every ingest (1.5 s of a small one).
_TRIAGED: dict[tuple[str, str, tuple[str, ...]], Triage] = {}
TRIAGED_REMEMBERED = 20_000


def _triaged(question: Question, vectors: ProbeVectors) -> Triage:
    key = (question.normal, question.told, question.situations)
    level = _TRIAGED.get(key)
    if level is None:
        level = triage(question, vectors(question.told))
        if len(_TRIAGED) < TRIAGED_REMEMBERED:
            _TRIAGED[key] = level
    return level


def _answer_score(
    question: Question, retriever: Retriever, coverage: Coverage, vectors: ProbeVectors
) -> float | None:
    """The score at or above which the engine would answer the probe (its path, not only the
    model's: a personal question is answered too when what is left once its situation is set
    aside is covered); None when triage answers it first."""
    level = _triaged(question, vectors)
    if not level.answered:
        return None
    score = coverage.answer_score(question, retriever.rank(question))
    if level is Triage.PERSONAL:
        asked = set_aside(question, retriever.vocabulary)
        if asked is not None:
            if only_points_back(asked):
                return 1.0
            score = max(score, coverage.answer_score(asked, retriever.rank(asked)))
    return score
