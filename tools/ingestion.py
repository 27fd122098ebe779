"""Ingest at scale against the LangChain tutorial pipeline, on the same generated documents.

Documents of abstract length (about 250 words) are generated deterministically: a title, two
or three sections, and sentences from a word-level Markov chain over corpus/ (so every
sentence is new, and skipping repeated texts does not flatter us). Each size is ingested by
`ingest()` into a fresh index and by the tutorial pipeline (RecursiveCharacterTextSplitter
1000/200, HuggingFaceEmbeddings on the same model folder, Chroma.from_documents) into a fresh
folder, one after the other, with the machine's load beside each.
"""

from __future__ import annotations

import os
import random
import re
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from assistant.config import PROJECT_ROOT, Settings

WORDS_PER_DOCUMENT = 250
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+(?:[–-]\d+)?%?|[,;:]")


def _chain(corpus: Path) -> dict[tuple[str, str], list[str]]:
    """Word bigram -> the words that follow it in corpus/ (sentence ends marked)."""
    chain: dict[tuple[str, str], list[str]] = defaultdict(list)
    for path in sorted(corpus.glob("*.md")):
        for sentence in _SENTENCE.findall(path.read_text(encoding="utf-8")):
            words = ["<s>", "<s>", *_TOKEN.findall(sentence), "</s>"]
            for a, b, c in zip(words, words[1:], words[2:], strict=False):
                chain[(a, b)].append(c)
    return chain


def _sentence(chain: dict[tuple[str, str], list[str]], rng: random.Random) -> str:
    words: list[str] = []
    a, b = "<s>", "<s>"
    while len(words) < 45:
        c = rng.choice(chain[(a, b)])
        if c == "</s>":
            if len(words) >= 6:
                break
            a, b, words = "<s>", "<s>", []
            continue
        words.append(c)
        a, b = b, c
    text = " ".join(words).replace(" ,", ",").replace(" ;", ";").replace(" :", ":")
    return text[0].upper() + text[1:] + "."


def generate(folder: Path, count: int, *, seed: int = 16) -> int:
    """Write count markdown documents of about WORDS_PER_DOCUMENT words; return the words."""
    chain = _chain(PROJECT_ROOT / "corpus")
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for number in range(count):
        title = _sentence(chain, rng).rstrip(".")[:60]
        parts = [f"# {title}"]
        sections = rng.randint(2, 3)
        words = 0
        for section in range(sections):
            parts.append(f"## {_sentence(chain, rng).rstrip('.')[:50]}")
            target = WORDS_PER_DOCUMENT * (section + 1) // sections
            paragraph: list[str] = []
            while words < target:
                sentence = _sentence(chain, rng)
                paragraph.append(sentence)
                words += len(sentence.split())
                if len(paragraph) >= rng.randint(3, 5):
                    parts.append(" ".join(paragraph))
                    paragraph = []
            if paragraph:
                parts.append(" ".join(paragraph))
        total += words
        (folder / f"doc-{number:05d}.md").write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    return total


def ours(corpus: Path, index: Path, embed: Callable[[list[str]], np.ndarray]) -> dict[str, float]:
    """ingest() into a fresh index: seconds, documents, passages and sentences."""
    from assistant.index.store import Store
    from assistant.ingest.indexing import ingest

    settings = Settings(corpus_dir=corpus, index_dir=index, rate_limit="off")
    load = os.getloadavg()[0]
    started = time.perf_counter()
    summary = ingest(settings, embed=embed)
    seconds = time.perf_counter() - started
    version = Store(index).open(summary.version or "")
    return {
        "seconds": seconds,
        "documents": float(summary.documents),
        "passages": float(version.count("passages")),
        "sentences": float(version.count("sentences")),
        "embedded": float(summary.embedded),
        "load": load,
    }


def tutorial(corpus: Path, folder: Path, embeddings: Any) -> dict[str, float]:
    """The tutorial's pipeline, the model already loaded: split, embed, Chroma.from_documents."""
    from langchain_chroma import Chroma
    from langchain_core.documents import Document
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    load = os.getloadavg()[0]
    started = time.perf_counter()
    documents = [
        Document(page_content=path.read_text(encoding="utf-8"), metadata={"source": path.name})
        for path in sorted(corpus.glob("*.md"))
    ]
    splits = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200).split_documents(
        documents
    )
    Chroma.from_documents(splits, embeddings, persist_directory=str(folder))
    return {"seconds": time.perf_counter() - started, "chunks": float(len(splits)), "load": load}


def tutorial_embeddings() -> Any:
    from langchain_huggingface import HuggingFaceEmbeddings

    from assistant.index.embedding import bundled_model_dir

    return HuggingFaceEmbeddings(
        model_name=str(bundled_model_dir()),
        model_kwargs={"device": "cpu", "local_files_only": True},
    )


def ingestion(
    sizes: tuple[int, ...],
    root: Path,
    embed: Callable[[list[str]], np.ndarray],
    progress: Callable[[str], None],
) -> list[dict[str, float]]:
    """One row per size: our ingest and the tutorial's on the same documents, alternating."""
    embeddings = tutorial_embeddings()
    rows: list[dict[str, float]] = []
    for size in sizes:
        corpus = root / f"generated-{size}"
        words = generate(corpus, size)
        # Who goes first alternates with the size, so neither always gets the quieter minute.
        first_ours = len(rows) % 2 == 0
        if first_ours:
            mine = ours(corpus, root / f"ours-{size}", embed)
        theirs = tutorial(corpus, root / f"tutorial-{size}", embeddings)
        if not first_ours:
            mine = ours(corpus, root / f"ours-{size}", embed)
        row = {"size": float(size), "words": float(words), **_prefixed(mine, "ours_")}
        row.update(_prefixed(theirs, "tutorial_"))
        row["ratio"] = mine["seconds"] / theirs["seconds"]
        progress(f"ingest {size}: {row}")
        rows.append(row)
    return rows


def _prefixed(values: dict[str, float], prefix: str) -> dict[str, float]:
    return {f"{prefix}{k}": v for k, v in values.items()}
