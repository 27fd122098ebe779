"""Shared fixtures: the real model, a real embedded Chroma index built once per session."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from assistant.api import create_app
from assistant.config import PROJECT_ROOT, Settings
from assistant.embedding import Embedder
from assistant.engine import Engine
from assistant.indexing import ingest

CORPUS = PROJECT_ROOT / "corpus"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--load-seconds", type=float, default=8.0, help="duration of the load test")


def make_settings(root: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "corpus_dir": root / "corpus",
        "index_dir": root / "index",
        "rate_limit": "off",
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


def copy_corpus(root: Path) -> Path:
    target = root / "corpus"
    shutil.copytree(CORPUS, target)
    return target


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    return Embedder()


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Settings:
    """Settings of an index built from a copy of corpus/ (read-only for tests)."""
    root = tmp_path_factory.mktemp("built")
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


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")
