"""The Chroma adapter; the only module that imports chromadb.

Clients for an embedded folder or a Chroma server, the collections of one index version
(`Version`: written once, then read and queried), and what Chroma's failures mean to the rest of
the package (`IndexNotReady` or `StoreUnavailable`). Where versions live, which one serves and
what each was built from is the store's (store.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np

from assistant.errors import IndexNotReady, StoreUnavailable
from assistant.index.records import Meta, Record

WRITE_BATCH = 5000


def _chroma() -> Any:
    # Imported on first use: an unchanged re-ingest never needs it (about a second saved).
    import chromadb

    return chromadb


def _chroma_settings() -> Any:
    from chromadb.config import Settings as ChromaSettings

    return ChromaSettings(anonymized_telemetry=False, allow_reset=False)


@dataclass(frozen=True, slots=True)
class Hit:
    id: str
    text: str
    metadata: dict[str, Any]
    similarity: float


class Version:
    """The collections of one index version, for reading and (while unpublished) writing."""

    def __init__(
        self, client: Any, name: str, *, embedded: bool = False, own_client: bool = False
    ) -> None:
        self.name = name
        self._client = client
        self._embedded = embedded
        self._own_client = own_client  # an embedded folder's client, made for this version
        self._handles: dict[str, Any] = {}

    def close(self) -> None:
        """Let go of this version's own client: Chroma stops the folder's system, with the
        collections it loaded, when no other client in the process holds it. A process that
        follows new versions kept every one before (about 40 MB each, measured)."""
        self._handles.clear()
        if self._own_client:
            self._own_client = False
            self._client.close()

    def _error(self, error: BaseException, what: str) -> Exception:
        return store_error(error, what, embedded=self._embedded)

    def _collection(self, kind: str, *, create: bool = False) -> Any:
        # A published version's collections never change: look each up once, not per query.
        if not create and kind in self._handles:
            return self._handles[kind]
        name = f"{self.name}-{kind}"
        try:
            if create:
                return self._client.get_or_create_collection(
                    name,
                    embedding_function=None,  # we pass vectors; Chroma's default would download
                    configuration={"hnsw": {"space": "cosine"}},
                )
            collection = self._client.get_collection(name, embedding_function=None)
        except FAILURES as error:
            raise self._error(error, f"collection {name}") from error
        self._handles[kind] = collection
        return collection

    def write(self, kind: str, records: Sequence[Record], *, batch: int | None = None) -> None:
        collection = self._collection(kind, create=True)
        # As few calls as Chroma takes: each is a transaction and an index update of its own.
        batch = batch or min(
            WRITE_BATCH, int(getattr(self._client, "get_max_batch_size", lambda: WRITE_BATCH)())
        )
        for first in range(0, len(records), batch):
            part = records[first : first + batch]
            collection.upsert(
                ids=[r.id for r in part],
                embeddings=np.stack([r.embedding for r in part]),
                documents=[r.text for r in part],
                metadatas=[dict(r.metadata) for r in part],
            )

    def count(self, kind: str) -> int:
        try:
            return int(self._collection(kind).count())
        except FAILURES as error:
            raise self._error(error, "count") from error

    def all(self, kind: str, *, embeddings: bool = False) -> list[Record]:
        """Every record of one kind (for the lexical index and for reusing vectors)."""
        include = ["documents", "metadatas", *(["embeddings"] if embeddings else [])]
        try:
            collection = self._collection(kind)
            total = collection.count()
            rows: list[Record] = []
            for offset in range(0, total, 5000):
                got = collection.get(include=include, limit=5000, offset=offset)
                vectors = got["embeddings"] if embeddings else None
                for i, record_id in enumerate(got["ids"]):
                    vector = (
                        np.asarray(vectors[i], dtype=np.float32) if vectors is not None else _EMPTY
                    )
                    rows.append(
                        Record(record_id, got["documents"][i], vector, Meta(**got["metadatas"][i]))
                    )
            return rows
        except IndexNotReady:
            raise
        except FAILURES as error:
            raise self._error(error, "read") from error

    def nearest_ids(self, kind: str, vector: np.ndarray, k: int) -> list[tuple[str, float]]:
        """(id, cosine similarity) of the k nearest records, best first; reads no text."""
        try:
            got = self._collection(kind).query(
                query_embeddings=vector[None, :], n_results=k, include=["distances"]
            )
        except FAILURES as error:
            raise self._error(error, "query") from error
        return [
            (i, 1.0 - float(d)) for i, d in zip(got["ids"][0], got["distances"][0], strict=True)
        ]

    def query(self, kind: str, vectors: np.ndarray, k: int) -> list[list[Hit]]:
        """Nearest records by cosine similarity, best first, one list per query vector."""
        try:
            collection = self._collection(kind)
            got = collection.query(
                query_embeddings=vectors,
                n_results=k,
                include=["documents", "metadatas", "distances"],
            )
        except FAILURES as error:
            raise self._error(error, "query") from error
        return [
            [
                Hit(i, d, dict(m), 1.0 - float(dist))
                for i, d, m, dist in zip(ids, docs, metas, dists, strict=True)
            ]
            for ids, docs, metas, dists in zip(
                got["ids"], got["documents"], got["metadatas"], got["distances"], strict=True
            )
        ]


_EMPTY = np.zeros(0, dtype=np.float32)


def store_error(error: BaseException, what: str, *, embedded: bool = False) -> Exception:
    """The domain error a failure of Chroma stands for."""
    text = str(error)
    if "does not exist" in text or "NotFound" in type(error).__name__:
        return IndexNotReady(f"the index is incomplete ({what}); run the ingest")
    if embedded:
        # A local folder that cannot be read is damaged, not busy: an ingest rebuilds it.
        return IndexNotReady(
            f"the index could not be read ({what}: {type(error).__name__}); run the ingest to rebuild it"
        )
    return StoreUnavailable(f"the vector store did not answer ({what}): {type(error).__name__}")


def _failures() -> tuple[type[BaseException], ...]:
    """Exception, and the Rust panics chromadb raises on damaged pages (not an Exception)."""
    try:
        from pyo3_runtime import PanicException  # type: ignore[import-not-found]

        return (Exception, PanicException)
    except ImportError:
        return (Exception,)


FAILURES = _failures()


# -- clients -------------------------------------------------------------------------------------


def embedded_client(folder: Path) -> Any:
    """A client of the embedded Chroma kept in folder/chroma."""
    return _chroma().PersistentClient(path=str(folder / "chroma"), settings=_chroma_settings())


def server_client(chroma_url: str | None) -> Any:
    """A client of the Chroma server at chroma_url (http://host:port)."""
    url = urlparse(chroma_url or "")
    if url.scheme not in ("http", "https") or not url.hostname:
        raise StoreUnavailable(
            f"ASSISTANT_CHROMA_URL must look like http://host:port, got {chroma_url!r}"
        )
    try:
        return _chroma().HttpClient(
            host=url.hostname,
            port=url.port or (443 if url.scheme == "https" else 8000),
            ssl=url.scheme == "https",
            settings=_chroma_settings(),
        )
    except Exception as error:
        raise StoreUnavailable(f"the Chroma server at {chroma_url} does not answer") from error


def forget_embedded(path: Path) -> None:
    """Drop Chroma's per-process cache of an embedded folder before it is deleted."""
    from chromadb.api.shared_system_client import SharedSystemClient

    SharedSystemClient._identifier_to_system.pop(str(path), None)
