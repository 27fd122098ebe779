"""Building an index version: chunk, reuse or compute vectors, write, check, publish."""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from assistant.answering.coverage import FITTED
from assistant.config import Settings
from assistant.errors import AssistantError, IndexNotReady
from assistant.index.chroma import Version
from assistant.index.embedding import ENCODER_IDS, MODEL_NAME
from assistant.index.records import Record
from assistant.index.store import KINDS, Store
from assistant.ingest.calibration import calibrate, probe_cache
from assistant.ingest.chunking import CHUNKER_VERSION
from assistant.ingest.corpus import Document, documents_digest, load_corpus
from assistant.ingest.glossary import read_glossary
from assistant.ingest.keys import (
    KEYS_VERSION,
    held_declined,
    read_declined,
    read_variants,
    subject_word,
)
from assistant.ingest.pending import (
    Pending,
    also_asked_records,
    declined_records,
    implied_records,
    records_of,
)

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Summary:
    """What an ingest did, for the closing line."""

    documents: int = 0
    chunks: int = 0
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    embedded: int = 0
    version: str | None = None
    seconds: float = 0.0
    changed: bool = False
    notes: list[str] = field(default_factory=list)

    def line(self) -> str:
        state = f"published {self.version}" if self.changed else f"index unchanged ({self.version})"
        notes = "".join(f"\n{note}" for note in self.notes)
        return (
            notes.lstrip("\n")
            + ("\n" if notes else "")
            + (
                f"{self.documents} documents, {self.chunks} chunks: {self.added} added, "
                f"{self.updated} updated, {self.removed} removed, {self.unchanged} unchanged; "
                f"{self.embedded} chunks embedded; {state}; {self.seconds:.2f} s"
            )
        )


class IngestCheckFailed(AssistantError):
    """The new version did not pass its checks; the previous one keeps serving."""


def manifest_of(
    documents: list[Document], corpus_dir: Path, encoder: str = "float"
) -> dict[str, Any]:
    _, variants = read_variants(corpus_dir)
    _, declined = read_declined(corpus_dir)
    return {
        "chunker": CHUNKER_VERSION,
        "model": MODEL_NAME,
        # A newly fitted not-covered decision is re-checked against the corpus: a new version.
        "coverage_model": hashlib.sha256(FITTED.read_bytes()).hexdigest()[:16],
        "encoder": ENCODER_IDS[encoder],
        "documents": {d.source: d.sha256 for d in documents},
        "also_asked": hashlib.sha256(variants.encode("utf-8")).hexdigest() if variants else "",
        "declined": hashlib.sha256(declined.encode("utf-8")).hexdigest() if declined else "",
        # The declined questions still refused as asked: declined against these documents.
        "declined_held": held_declined(declined, documents_digest(documents)),
        "glossary": read_glossary(corpus_dir),
        "keys": KEYS_VERSION,
    }


# What an ingest adds to the manifest after building: not part of what the version is built from.
DERIVED = ("chunks", "coverage")


def new_version_name() -> str:
    return datetime.now(UTC).strftime("v%Y%m%dT%H%M%S%f")


def ingest(
    settings: Settings,
    *,
    embed: Callable[[list[str]], np.ndarray] | None = None,
    progress: bool = False,
) -> Summary:
    """Make the index match the corpus; publish a new version only when something changed."""
    started = time.perf_counter()
    documents = load_corpus(settings.corpus_path, max_bytes=settings.max_file_bytes)
    manifest = manifest_of(documents, settings.corpus_path, settings.encoder)
    store = Store(settings.index_path, settings.chroma_url)
    try:
        current = store.current()
    except IndexNotReady as error:  # what the server tells the operator to fix with an ingest
        log.warning("ignoring the unreadable index pointer (%s); building a new index", error)
        current = None
    # A damaged serving version is rebuilt from scratch, even for an unchanged corpus.
    intact = bool(current) and store.intact(current or "")
    if current and not intact:
        log.warning("index version %s is damaged; building a new one", current)
    old = store.manifest(current) if current and intact else None
    if old is not None:
        old.setdefault("encoder", "float")  # versions from before the int8 encoder were float
    summary = Summary(documents=len(documents), version=current)

    old_docs: dict[str, str] = (old or {}).get("documents", {})
    # Stored vectors and query vectors must come from one model and one encoder.
    same_method = old is not None and all(
        old.get(key) == manifest[key] for key in ("chunker", "model", "encoder")
    )
    for source, digest in manifest["documents"].items():
        if source not in old_docs:
            summary.added += 1
        elif old_docs[source] != digest or not same_method:
            summary.updated += 1
        else:
            summary.unchanged += 1
    summary.removed = len(set(old_docs) - set(manifest["documents"]))

    if old is not None and {k: v for k, v in old.items() if k not in DERIVED} == manifest:
        # Nothing to do: no model is loaded, no collection is opened.
        summary.chunks = int(old.get("chunks", 0)) if old else 0
        summary.seconds = time.perf_counter() - started
        return summary

    pending = [p for d in documents for p in records_of(d)]
    variants, summary.notes = also_asked_records(documents, settings.corpus_path)
    pending.extend(variants)
    # Keys also read without the documents' subject, as their titles name it (`keys.implied`).
    pending.extend(implied_records(pending, subject_word([d.title for d in documents])))
    pending.extend(declined_records(settings.corpus_path))
    manifest["chunks"] = len(pending)
    reusable = _reusable_vectors(store, current) if same_method else {}
    # Each distinct text is embedded once, however often it occurs.
    missing = list({p.embed_hash: p for p in pending if p.embed_hash not in reusable}.values())
    if missing:
        embed = embed or _load_embedder(settings, progress)
        fresh = embed([p.embed_text for p in missing])
        reusable.update({p.embed_hash: fresh[i] for i, p in enumerate(missing)})
    summary.embedded = len(missing)
    summary.chunks = len(pending)

    version_name = new_version_name()
    version = store.create(version_name, manifest)
    try:
        for kind in KINDS:
            version.write(
                kind,
                [
                    Record(
                        p.id,
                        p.text,
                        reusable[p.embed_hash],
                        {**p.metadata, "embed_hash": p.embed_hash},
                    )
                    for p in pending
                    if p.kind == kind
                ],
            )
        _check(version, pending, reusable)
        # The not-covered decision, re-checked against this corpus before anyone is served.
        manifest["coverage"] = calibrate(
            version,
            probe_cache(settings.model_dir, ENCODER_IDS[settings.encoder]),
            _lazy(embed, settings),
            manifest.get("glossary") or {},
        )
        store.amend(version_name, manifest)
    except BaseException:
        version.close()
        store.discard(version_name)  # a half-built version is never published
        raise
    version.close()  # a serving process opens it on its own (the staff's ingest runs in one)
    store.publish(version_name, manifest)
    summary.version = version_name
    summary.changed = True
    summary.seconds = time.perf_counter() - started
    return summary


def _reusable_vectors(store: Store, version: str | None) -> dict[str, np.ndarray]:
    """Vectors of the serving version by the hash of the text they were computed from."""
    if not version:
        return {}
    old: Version | None = None
    try:
        old = store.open(version)
        return {
            r.metadata.get("embed_hash", ""): r.embedding
            for kind in KINDS
            for r in old.all(kind, embeddings=True)
        }
    except AssistantError as error:
        log.warning("cannot reuse vectors of %s (%s); embedding everything", version, error)
        return {}
    finally:
        if old is not None:
            old.close()  # the staff's ingest runs inside a serving process


def _check(version: Version, pending: list[Pending], vectors: dict[str, np.ndarray]) -> None:
    """Counts match and a canary query finds its own passage, or the version is not published."""
    for kind in KINDS:
        expected = sum(1 for p in pending if p.kind == kind)
        if version.count(kind) != expected:
            raise IngestCheckFailed(f"{kind}: stored {version.count(kind)}, expected {expected}")
    canary = next((p for p in pending if p.kind == "passages"), None)
    if canary is None:  # every document is headings only: nothing to quote
        raise IngestCheckFailed("the documents hold no text below their headings")
    hits = version.query("passages", vectors[canary.embed_hash][None, :], k=3)[0]
    if not hits or max(h.similarity for h in hits) < 0.999 or canary.id not in {h.id for h in hits}:
        raise IngestCheckFailed("the canary query did not find its own passage")


def _lazy(
    embed: Callable[[list[str]], np.ndarray] | None, settings: Settings
) -> Callable[[list[str]], np.ndarray]:
    """The embedding function, the model loaded only when something is not cached."""
    loaded: list[Callable[[list[str]], np.ndarray]] = [embed] if embed else []

    def run(texts: list[str]) -> np.ndarray:
        if not loaded:
            loaded.append(_load_embedder(settings, False))
        return loaded[0](texts)

    return run


def _load_embedder(settings: Settings, progress: bool) -> Callable[[list[str]], np.ndarray]:
    from assistant.index.embedding import Embedder
    from assistant.index.words import build_words

    embedder = Embedder(settings.model_dir, progress=progress, encoder=settings.encoder)
    # The first ingest with this model and encoder also embeds common English words, once per
    # user, so questions look them up (index/words.py).
    build_words(embedder.identity, embedder.embed)
    return embedder.embed
