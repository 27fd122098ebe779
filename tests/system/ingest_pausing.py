"""`python -m tests.system.ingest_pausing PHASE FLAG`: the real ingest.py, pausing half-way through one
phase so that a test can SIGKILL it exactly there.

PHASE "embedding": half the new texts are embedded, the other half not yet, nothing written.
PHASE "writing": the new version's passages are written, its sentences not yet.
When paused, FLAG is written; the process then sleeps until killed (bounded: 300 s).
"""

from __future__ import annotations

import runpy
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

import assistant.ingest.indexing as indexing
from assistant.config import PROJECT_ROOT
from assistant.index.chroma import Version

PAUSE_S = 300.0


def _pause(flag: Path) -> None:
    flag.write_text("paused", encoding="utf-8")
    time.sleep(PAUSE_S)


def main(phase: str, flag: Path) -> None:
    if phase == "embedding":
        load = indexing._load_embedder

        def loader(settings: Any, progress: bool) -> Callable[[list[str]], np.ndarray]:
            embed = load(settings, progress)

            def halves(texts: list[str]) -> np.ndarray:
                first = embed(texts[: len(texts) // 2])
                _pause(flag)
                return np.vstack([first, embed(texts[len(texts) // 2 :])])

            return halves

        indexing._load_embedder = loader  # type: ignore[assignment]
    elif phase == "writing":
        write = Version.write

        def write_then_pause(
            self: Version, kind: str, records: Sequence[Any], *, batch: int = 2000
        ) -> None:
            write(self, kind, records, batch=batch)
            if kind == "passages":
                _pause(flag)

        Version.write = write_then_pause  # type: ignore[method-assign]
    else:
        raise SystemExit(f"unknown phase {phase!r}")
    sys.argv = [str(PROJECT_ROOT / "ingest.py")]
    runpy.run_path(str(PROJECT_ROOT / "ingest.py"), run_name="__main__")


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
