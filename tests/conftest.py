"""Shared fixtures: the real model, a real embedded Chroma index built once per session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

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


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    return Embedder()


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Settings:
    """Settings of an index built from a copy of corpus/ (read-only for tests)."""
    root = tmp_path_factory.mktemp("built")
    copy_corpus(root, answered=True)
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
