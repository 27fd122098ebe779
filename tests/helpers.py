"""Helpers shared by unit and system tests: settings over a private copy of the corpus."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from assistant.config import PROJECT_ROOT, Settings

CORPUS = PROJECT_ROOT / "corpus"


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


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")
