"""The benchmark's HTTP load against a real server.py: answers, errors, latency, memory."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.config import Settings
from tools.loadgen import load
from tools.processes import PeakMemory, assistant_server


@pytest.mark.slow
def test_load_counts_answers_and_errors_over_http(built: Settings, tmp_path: Path) -> None:
    settings = {
        "corpus_dir": str(built.corpus_path),
        "index_dir": str(built.index_path),
        "rate_limit": "off",
    }
    with (
        assistant_server(tmp_path / "server.log", **settings) as served,
        PeakMemory(served.process.pid) as memory,
    ):
        asked = ["how many sessions", "can i wear makeup after", "x" * 5000]
        run = load(
            served.url, "test", iter(asked), clients=2, seconds=30, server=served.process.pid
        )
    assert run.requests == 3 and run.errors == 1  # the last message is over the length limit
    assert 0 < run.percentile(50) < 10_000 and run.rps > 0
    assert 100 < memory.worker_peak() / 2**20 < 2048
