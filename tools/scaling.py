"""The store at scale: the real corpus plus n synthetic sentences (random unit vectors), timed."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from assistant.config import Settings

if TYPE_CHECKING:
    from assistant.index.records import Meta, Record

# Synthetic sentences are grouped into passages of this many, as the real ones are (about).
SENTENCES_PER_PASSAGE = 5
_WORDS = re.compile(r"[a-z0-9][a-z0-9'-]*")


def synthetic_words(vocabulary: list[str], count: int, rng: np.random.Generator) -> list[str]:
    """The corpus's words and made-up ones, so a bigger store also has a bigger vocabulary."""
    syllables = ["ka", "lo", "mi", "ne", "ru", "ta", "vi", "so", "pe", "da", "lu", "ri", "mo"]
    made = {"".join(rng.choice(syllables, size=int(rng.integers(2, 5)))) for _ in range(count * 2)}
    return [*vocabulary, *sorted(made)[:count]]


def synthetic(
    size: int, pool: list[str], weights: np.ndarray, dimension: int, rng: np.random.Generator
) -> tuple[list[Record], list[Record]]:
    """size synthetic sentences (random unit vectors), SENTENCES_PER_PASSAGE to a passage."""
    from assistant.index.records import Record

    vectors = rng.standard_normal((size, dimension)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    lengths = rng.integers(8, 25, size=size)
    drawn = iter(rng.choice(pool, size=int(lengths.sum()), p=weights))
    texts = [" ".join(next(drawn) for _ in range(n)).capitalize() + "." for n in lengths]
    passages, sentences = [], []
    for first in range(0, size, SENTENCES_PER_PASSAGE):
        rows = range(first, min(first + SENTENCES_PER_PASSAGE, size))
        body = " ".join(texts[i] for i in rows)
        mean = vectors[first : rows.stop].mean(axis=0)
        common: Meta = {
            "source": f"synthetic/doc-{first // 50}.md",
            "title": "Synthetic document",
            "heading": "Synthetic section",
            "embed_hash": "",
        }
        passage_id = f"synthetic-p{first}"
        passages.append(
            Record(
                passage_id,
                body,
                mean / np.linalg.norm(mean),
                {**common, "start": 0, "end": len(body)},
            )
        )
        offset = 0
        for i in rows:
            end = offset + len(texts[i])
            sentences.append(
                Record(
                    f"synthetic-s{i}",
                    texts[i],
                    vectors[i],
                    {
                        **common,
                        "start": offset,
                        "end": end,
                        "role": "sentence",
                        "passage_id": passage_id,
                        "passage_start": 0,
                        "passage_end": len(body),
                    },
                )
            )
            offset = end + 1
    return passages, sentences


def scaled_index(settings: Settings, size: int, folder: Path, *, seed: int = 5) -> Settings:
    """Settings of a new index in folder: the real corpus's records and size synthetic sentences."""
    from assistant.index.store import Store

    real = Store(settings.index_path, settings.chroma_url)
    current = real.current()
    if current is None:
        raise RuntimeError("no index to scale: ingest first")
    version = real.open(current)
    real_passages = version.all("passages", embeddings=True)
    real_sentences = version.all("sentences", embeddings=True)
    manifest = real.manifest(current) or {}
    rng = np.random.default_rng(seed)
    pool = synthetic_words(
        sorted({w for r in real_sentences for w in _WORDS.findall(r.text.lower())}), 4000, rng
    )
    rng.shuffle(pool)
    weights = 1.0 / np.arange(1, len(pool) + 1)  # Zipf: a few words in many sentences
    weights /= weights.sum()
    passages, sentences = synthetic(size, pool, weights, real_sentences[0].embedding.shape[0], rng)
    store = Store(folder)
    name = f"v-scale-{size}"
    built = store.create(name, manifest)
    with ThreadPoolExecutor(2) as two:  # the two collections are written at once
        for done in [
            two.submit(built.write, "passages", real_passages + passages, batch=5000),
            two.submit(built.write, "sentences", real_sentences + sentences, batch=5000),
        ]:
            done.result()
    store.publish(name, manifest)
    return Settings(corpus_dir=settings.corpus_path, index_dir=folder, rate_limit="off")


def scaling(
    settings: Settings,
    embedder: Any,
    asked: list[str],
    sizes: tuple[int, ...],
    folder: Path,
    progress: Callable[[str], None] = lambda text: None,
) -> list[dict[str, float]]:
    """Query p50 with n synthetic sentences beside the real corpus, in one index version."""
    from assistant.answering.engine import Engine
    from assistant.answering.question import read

    rows = []
    for size in sizes:
        started = time.perf_counter()
        scaled = scaled_index(settings, size, folder / f"scale-{size}")
        build_s = time.perf_counter() - started
        progress(f"{size:,} synthetic sentences written in {build_s:.0f} s")
        engine = Engine(scaled, embedder=embedder)
        started = time.perf_counter()
        retriever = engine.retriever()
        load_s = time.perf_counter() - started
        engine.warm()  # as the server does: the first search opens the index files
        replies = []
        for question in asked:  # first ask: the question's vector is computed
            started = time.perf_counter()
            engine.reply(question)
            replies.append(time.perf_counter() - started)
        ranks = []
        for question in asked:  # the vector is cached: retrieval alone
            started = time.perf_counter()
            retriever.rank(read(question, retriever.vocabulary))
            ranks.append(time.perf_counter() - started)
        rows.append(
            {
                "size": float(size),
                "sentences": float(len(retriever.sentences)),
                "build_s": build_s,
                "load_s": load_s,
                "reply_p50_ms": float(np.percentile(replies, 50) * 1000),
                "rank_p50_ms": float(np.percentile(ranks, 50) * 1000),
            }
        )
        progress(f"{size:,}: reply p50 {rows[-1]['reply_p50_ms']:.1f} ms")
        del engine, retriever
    return rows
