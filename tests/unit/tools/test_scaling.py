"""The benchmark's scaled store: synthetic sentences beside the real corpus, answers intact."""

from __future__ import annotations

from pathlib import Path

from assistant.answering.engine import Engine
from assistant.config import Settings
from assistant.index.embedding import Embedder
from tools.scaling import scaled_index


def test_scaled_index_keeps_the_real_answers(
    built: Settings, embedder: Embedder, tmp_path: Path
) -> None:
    scaled = scaled_index(built, 300, tmp_path / "scaled")
    engine = Engine(scaled, embedder=embedder)
    real = Engine(built, embedder=embedder).retriever()
    assert len(engine.retriever().sentences) == len(real.sentences) + 300
    assert len(engine.retriever().passages) == len(real.passages) + 60
    reply = engine.reply("how many sessions")
    assert reply.kind == "answer" and "three to five" in reply.answer
