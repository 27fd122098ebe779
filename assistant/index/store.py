"""Versioned Chroma collections; the only module that imports chromadb.

Every ingest writes a new version beside the serving one and publishes it only when complete
and checked, so a crash or a refused ingest leaves the previous version serving. One previous
version is kept for rollback. Embedded Chroma keeps each version in its own folder (a serving
process never opens a folder that is still being written); a Chroma server keeps each version
as its own pair of collections, with the pointer in a small collection of its own.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np

from assistant.errors import IndexNotReady, StoreUnavailable
from assistant.index.records import Meta, Record

log = logging.getLogger(__name__)

KINDS = ("passages", "sentences", "keys")
POINTER = "CURRENT"
POINTER_COLLECTION = "assistant-index"
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

    def __init__(self, client: Any, name: str, *, embedded: bool = False) -> None:
        self.name = name
        self._client = client
        self._embedded = embedded
        self._handles: dict[str, Any] = {}

    def _error(self, error: BaseException, what: str) -> Exception:
        return _store_error(error, what, embedded=self._embedded)

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
        except _FAILURES as error:
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
        except _FAILURES as error:
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
        except _FAILURES as error:
            raise self._error(error, "read") from error

    def nearest_ids(self, kind: str, vector: np.ndarray, k: int) -> list[tuple[str, float]]:
        """(id, cosine similarity) of the k nearest records, best first; reads no text."""
        try:
            got = self._collection(kind).query(
                query_embeddings=vector[None, :], n_results=k, include=["distances"]
            )
        except _FAILURES as error:
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
        except _FAILURES as error:
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


def _store_error(error: BaseException, what: str, *, embedded: bool = False) -> Exception:
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


_FAILURES = _failures()


class Store:
    """Where versions live: embedded folders under index_dir, or a Chroma server."""

    def __init__(self, index_dir: Path, chroma_url: str | None = None) -> None:
        self.index_dir = index_dir
        self.chroma_url = chroma_url
        self._server_client: Any = None

    # -- the pointer -------------------------------------------------------------------------

    def pointer(self) -> dict[str, str | None]:
        """{"current": version or None, "previous": version or None}."""
        if self.chroma_url:
            try:
                metadata = (
                    self._server()
                    .get_or_create_collection(POINTER_COLLECTION, embedding_function=None)
                    .metadata
                    or {}
                )
            except Exception as error:
                raise _store_error(error, "pointer") from error
            return {"current": metadata.get("current"), "previous": metadata.get("previous")}
        path = self.index_dir / POINTER
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {"current": None, "previous": None}
        except (OSError, ValueError) as error:
            raise IndexNotReady(
                f"the index pointer {path} is unreadable ({error}); run the ingest"
            ) from None
        if not isinstance(data, dict) or not all(
            isinstance(data.get(key), str | None) for key in ("current", "previous")
        ):
            raise IndexNotReady(f"the index pointer {path} is not a valid pointer; run the ingest")
        return {"current": data.get("current"), "previous": data.get("previous")}

    def current(self) -> str | None:
        return self.pointer()["current"]

    def publish(self, version: str, manifest: dict[str, Any]) -> None:
        """Switch serving to version atomically; keep the one before it, drop older ones."""
        try:
            previous = self.current()
        except IndexNotReady:  # an unreadable pointer is replaced: nothing to keep
            previous = None
        pointer = {"current": version, "previous": previous}
        if self.chroma_url:
            collection = self._server().get_or_create_collection(
                POINTER_COLLECTION, embedding_function=None
            )
            collection.modify(metadata={k: v for k, v in pointer.items() if v})
        else:
            self._write_json(self.index_dir / POINTER, pointer)
        self.prune(keep={v for v in (version, previous) if v})

    # -- versions ----------------------------------------------------------------------------

    def manifest(self, version: str) -> dict[str, Any] | None:
        """What a version was built from, or None when it is missing or unreadable."""
        if self.chroma_url:
            try:
                collection = self._server().get_collection(
                    f"{version}-passages", embedding_function=None
                )
                raw = (collection.metadata or {}).get("manifest")
                return json.loads(raw) if raw else None
            except Exception:
                return None
        try:
            return json.loads((self._folder(version) / "manifest.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def create(self, version: str, manifest: dict[str, Any]) -> Version:
        """A new, empty, unpublished version."""
        if self.chroma_url:
            client = self._server()
            client.get_or_create_collection(
                f"{version}-passages",
                embedding_function=None,
                configuration={"hnsw": {"space": "cosine"}},
                metadata={"manifest": json.dumps(manifest, sort_keys=True)},
            )
            return Version(client, version, embedded=True)
        folder = self._folder(version)
        folder.mkdir(parents=True, exist_ok=False)
        self._write_json(folder / "manifest.json", manifest)
        return Version(self._embedded(folder), version, embedded=True)

    def amend(self, version: str, manifest: dict[str, Any]) -> None:
        """Replace an unpublished version's manifest (what its checks found is added to it)."""
        if self.chroma_url:
            collection = self._server().get_collection(
                f"{version}-passages", embedding_function=None
            )
            collection.modify(metadata={"manifest": json.dumps(manifest, sort_keys=True)})
            return
        self._write_json(self._folder(version) / "manifest.json", manifest)

    def intact(self, version: str) -> bool:
        """A cheap check that a version can be read, without loading chromadb.

        Embedded: the folder and its SQLite file are there and pass SQLite's quick_check. A
        Chroma server's versions are not checked here (it answers for its own storage).
        """
        if self.chroma_url:
            return True
        database = self._folder(version) / "chroma" / "chroma.sqlite3"
        if not database.is_file():
            return False
        try:
            with contextlib.closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as db:
                return db.execute("PRAGMA quick_check").fetchone() == ("ok",)
        except sqlite3.Error:
            return False

    def open(self, version: str) -> Version:
        if self.chroma_url:
            return Version(self._server(), version)
        folder = self._folder(version)
        if not (folder / "chroma").is_dir():
            raise IndexNotReady(
                f"index version {version} is missing from {self.index_dir}; run the ingest"
            )
        try:
            client = self._embedded(folder)
        except Exception as error:  # a damaged folder, e.g. a corrupted chroma.sqlite3
            raise IndexNotReady(
                f"index version {version} is unreadable ({type(error).__name__}); run the ingest"
            ) from None
        return Version(client, version, embedded=True)

    def discard(self, version: str) -> None:
        """Remove an unpublished or superseded version."""
        if self.chroma_url:
            client = self._server()
            for kind in KINDS:
                with contextlib.suppress(Exception):  # already gone
                    client.delete_collection(f"{version}-{kind}")
            return
        folder = self._folder(version)
        _forget_embedded(folder / "chroma")
        shutil.rmtree(folder, ignore_errors=True)

    def prune(self, *, keep: set[str]) -> None:
        for version in set(self.versions()) - keep:
            log.info("removing old index version %s", version)
            self.discard(version)

    def versions(self) -> Iterator[str]:
        if self.chroma_url:
            names = {
                c.name if hasattr(c, "name") else str(c) for c in self._server().list_collections()
            }
            yield from sorted(
                {n.rsplit("-", 1)[0] for n in names if n.endswith(tuple(f"-{k}" for k in KINDS))}
            )
            return
        folder = self.index_dir / "versions"
        if folder.is_dir():
            yield from sorted(p.name for p in folder.iterdir() if p.is_dir())

    def heartbeat(self) -> None:
        """Raise StoreUnavailable unless the Chroma server answers (embedded: always fine)."""
        if self.chroma_url:
            try:
                self._server().heartbeat()
            except Exception as error:
                raise StoreUnavailable(
                    f"the Chroma server at {self.chroma_url} does not answer"
                ) from error

    # -- clients -----------------------------------------------------------------------------

    def _folder(self, version: str) -> Path:
        return self.index_dir / "versions" / version

    def _embedded(self, folder: Path) -> Any:
        return _chroma().PersistentClient(path=str(folder / "chroma"), settings=_chroma_settings())

    def _server(self) -> Any:
        if self._server_client is None:
            url = urlparse(self.chroma_url or "")
            if url.scheme not in ("http", "https") or not url.hostname:
                raise StoreUnavailable(
                    f"ASSISTANT_CHROMA_URL must look like http://host:port, got {self.chroma_url!r}"
                )
            try:
                self._server_client = _chroma().HttpClient(
                    host=url.hostname,
                    port=url.port or (443 if url.scheme == "https" else 8000),
                    ssl=url.scheme == "https",
                    settings=_chroma_settings(),
                )
            except Exception as error:
                raise StoreUnavailable(
                    f"the Chroma server at {self.chroma_url} does not answer"
                ) from error
        return self._server_client

    @staticmethod
    def _write_json(path: Path, data: dict[str, Any]) -> None:
        # Write beside, then rename: readers see the old file or the new one, never half of one.
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=path.parent, delete=False, suffix=".tmp"
        ) as handle:
            json.dump(data, handle, sort_keys=True, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(handle.name, path)


def _forget_embedded(path: Path) -> None:
    """Drop Chroma's per-process cache of an embedded folder before it is deleted."""
    from chromadb.api.shared_system_client import SharedSystemClient

    SharedSystemClient._identifier_to_system.pop(str(path), None)
