"""Helpers shared by unit and system tests: settings over a private copy of the corpus."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from assistant.config import PROJECT_ROOT, Settings
from assistant.ingest.corpus import ALSO_ASKED, DECLINED

CORPUS = PROJECT_ROOT / "corpus"


def make_settings(root: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "corpus_dir": root / "corpus",
        "index_dir": root / "index",
        "rate_limit": "off",
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


def copy_corpus(root: Path, *, answered: bool = False) -> Path:
    """A private copy of corpus/; with the clinic's answered and declined questions
    (`also-asked.jsonl`, `declined.jsonl`: hundreds of questions more to embed at every ingest)
    only when `answered`: the session's shared index has them, a test's own ingest of the
    documents does not need them (without answered questions no declined one speaks)."""
    target = root / "corpus"
    ignore = None if answered else shutil.ignore_patterns(ALSO_ASKED, DECLINED)
    shutil.copytree(CORPUS, target, ignore=ignore)
    return target


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")
