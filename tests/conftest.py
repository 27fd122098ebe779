"""Shared fixtures: the real model, a real embedded Chroma index built once per session."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import pytest
from fastapi.testclient import TestClient

from assistant.answering.engine import Engine
from assistant.config import Settings
from assistant.index.embedding import Embedder
from assistant.ingest.indexing import ingest
from assistant.service.app import create_app
from tests.helpers import copy_corpus, make_settings


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--load-seconds", type=float, default=8.0, help="duration of the load test")


class RememberingEmbedder(Embedder):
    """The real model, with each text's vector remembered for the session. Many tests ingest a
    fresh copy of the same corpus, and a fresh index embeds all of it (about 10 s each); the
    remembered vectors are the model's own (an int8 vector does not depend on the batch it was
    embedded in: tests/unit/index/test_quantization.py)."""

    def __init__(self) -> None:
        super().__init__()
        self._vectors: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()

    def embed(self, texts: Sequence[str], *, batch_size: int | None = None) -> np.ndarray:
        if not texts:
            return super().embed(texts)
        with self._lock:
            missing = list(dict.fromkeys(t for t in texts if t not in self._vectors))
        if missing:
            fresh = super().embed(missing, batch_size=batch_size)
            with self._lock:
                self._vectors.update(zip(missing, fresh, strict=True))
        with self._lock:
            return np.stack([self._vectors[t] for t in texts])


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    return RememberingEmbedder()


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Settings:
    """Settings of an index built from a copy of corpus/ (read-only for tests)."""
    root = tmp_path_factory.mktemp("built")
    copy_corpus(root, answered=True)
    settings = make_settings(root)
    ingest(settings, embed=embedder.embed)
    return settings


@pytest.fixture(scope="session")
def documents_only(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Settings:
    """Settings of an index of corpus/'s documents alone, without the clinic's answered and
    declined questions: for the outage and fault tests, whose processes ingest or load the
    index again and again (a third of the records to embed and write)."""
    root = tmp_path_factory.mktemp("documents-only")
    copy_corpus(root)
    settings = make_settings(root)
    ingest(settings, embed=embedder.embed)
    return settings


@pytest.fixture(scope="session")
def engine(built: Settings, embedder: Embedder) -> Engine:
    return Engine(built, embedder=embedder)


@pytest.fixture
def client(built: Settings, engine: Engine) -> Iterator[TestClient]:
    with TestClient(create_app(built, engine=engine), raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A private copy of the corpus, to edit."""
    copy_corpus(tmp_path)
    return tmp_path
