"""Where index versions live, which one serves, and what each was built from.

Every ingest writes a new version beside the serving one and publishes it only when complete
and checked, so a crash or a refused ingest leaves the previous version serving. One previous
version is kept for rollback. Embedded Chroma keeps each version in its own folder (a serving
process never opens a folder that is still being written); a Chroma server keeps each version
as its own pair of collections, with the pointer in a small collection of its own. Chroma itself
(its clients, a version's collections, its failures) is chroma.py's.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from assistant.errors import IndexNotReady, StoreUnavailable
from assistant.index.chroma import (
    Version,
    embedded_client,
    forget_embedded,
    server_client,
    store_error,
)

log = logging.getLogger(__name__)

KINDS = ("passages", "sentences", "keys")
POINTER = "CURRENT"
POINTER_COLLECTION = "assistant-index"


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
                raise store_error(error, "pointer") from error
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
        return Version(embedded_client(folder), version, embedded=True, own_client=True)

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
            client = embedded_client(folder)
        except Exception as error:  # a damaged folder, e.g. a corrupted chroma.sqlite3
            raise IndexNotReady(
                f"index version {version} is unreadable ({type(error).__name__}); run the ingest"
            ) from None
        return Version(client, version, embedded=True, own_client=True)

    def discard(self, version: str) -> None:
        """Remove an unpublished or superseded version."""
        if self.chroma_url:
            client = self._server()
            for kind in KINDS:
                with contextlib.suppress(Exception):  # already gone
                    client.delete_collection(f"{version}-{kind}")
            return
        folder = self._folder(version)
        forget_embedded(folder / "chroma")
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

    def _server(self) -> Any:
        if self._server_client is None:
            self._server_client = server_client(self.chroma_url)
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
