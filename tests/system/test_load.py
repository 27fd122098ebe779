"""A bounded load test: 16 concurrent clients against a real server.py on 127.0.0.1.

The duration is the pytest option --load-seconds (8 by default, 60 with `make load`). The clients
mix answerable, out-of-scope, urgent, never-seen (unique text and session ids, which fill the
bounded caches) and malformed requests, plus /search. Every reply must be the right one (kind,
status), none a 5xx, and the server's memory may grow by at most RSS_GROWTH_MB after warm-up.
"""

from __future__ import annotations

import random
import statistics
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx
import psutil
import pytest

from assistant.config import Settings

from .running import server_process

pytestmark = [pytest.mark.load, pytest.mark.slow]

CLIENTS = 16
WARM_UP_S = 3.0
RSS_GROWTH_MB = 150
ANSWERABLE = (
    "how many sessions",
    "how long is redness",
    "can I wear makeup after",
    "does microneedling hurt",
    "when may I exercise again",
)
OUT_OF_SCOPE = (
    "what is the capital city of peru?",
    "how much does it cost",
    "what time do you open",
)
URGENT = ("my cheek is oozing pus since yesterday", "my lips are swelling and I can't breathe")


@dataclass(frozen=True)
class Result:
    category: str
    status: int | None  # None: a transport error
    seconds: float
    ok: bool  # the reply is the one this category must get


Request = Callable[[httpx.Client, random.Random], tuple[str, httpx.Response, bool]]


def _chat_kind(category: str, messages: tuple[str, ...], kind: str) -> Request:
    def send(client: httpx.Client, rng: random.Random) -> tuple[str, httpx.Response, bool]:
        response = client.post("/chat", json={"message": rng.choice(messages)})
        return category, response, response.status_code == 200 and response.json()["kind"] == kind

    return send


def _unique(client: httpx.Client, rng: random.Random) -> tuple[str, httpx.Response, bool]:
    token = uuid.uuid4().hex
    message = f"{rng.choice(ANSWERABLE)} {token[:8]}"
    response = client.post("/chat", json={"message": message, "session_id": token})
    return "unique", response, response.status_code == 200 and bool(response.json()["referral"])


def _search(client: httpx.Client, rng: random.Random) -> tuple[str, httpx.Response, bool]:
    response = client.get("/search", params={"q": rng.choice(ANSWERABLE), "k": 3})
    return "search", response, response.status_code == 200 and bool(response.json()["results"])


MALFORMED: tuple[dict[str, object], ...] = (
    {"json": {"message": "   "}},
    {"json": {"message": "x" * 1001}},
    {"json": {"message": 42}},
    {"json": {"message": "hi", "session_id": "not valid!"}},
    {"content": b'{"message": "unterminated', "headers": {"content-type": "application/json"}},
)


def _malformed(client: httpx.Client, rng: random.Random) -> tuple[str, httpx.Response, bool]:
    response = client.post("/chat", **rng.choice(MALFORMED))  # type: ignore[arg-type]
    return "malformed", response, response.status_code == 422 and bool(response.json()["detail"])


MIX: tuple[tuple[Request, int], ...] = (
    (_chat_kind("answer", ANSWERABLE, "answer"), 4),
    (_chat_kind("not_found", OUT_OF_SCOPE, "not_found"), 2),
    (_chat_kind("urgent", URGENT, "urgent"), 2),
    (_unique, 2),
    (_malformed, 2),
    (_search, 1),
)


def _run(base: str, seconds: float, seed: int) -> list[Result]:
    """CLIENTS threads sending the mix for seconds; every outcome."""
    results: list[Result] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds
    requests = [request for request, weight in MIX for _ in range(weight)]

    def client(number: int) -> None:
        rng = random.Random(seed * 100 + number)
        with httpx.Client(base_url=base, timeout=30) as http:
            for _ in range(100_000):  # bounded, and by the clock
                if time.monotonic() >= stop_at:
                    return
                request = rng.choice(requests)
                started = time.monotonic()
                try:
                    category, response, ok = request(http, rng)
                    result = Result(category, response.status_code, 0.0, ok)
                except httpx.TransportError:
                    result = Result("transport", None, 0.0, False)
                elapsed = time.monotonic() - started
                with lock:
                    results.append(Result(result.category, result.status, elapsed, result.ok))

    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + 60)
    assert not any(thread.is_alive() for thread in threads)
    return results


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def test_load_mixed_clients_no_5xx_right_replies_bounded_memory(
    built: Settings, tmp_path: Path, pytestconfig: pytest.Config
) -> None:
    seconds = float(pytestconfig.getoption("--load-seconds"))
    with server_process(
        tmp_path / "server.log",
        corpus_dir=str(built.corpus_path),
        index_dir=str(built.index_path),
    ) as server:
        process = psutil.Process(server.process.pid)
        warm = _run(server.base, WARM_UP_S, seed=1)
        rss_after_warm_up = process.memory_info().rss
        results = _run(server.base, seconds, seed=2)
        rss_at_end = process.memory_info().rss
        assert server.process.poll() is None

    statuses = Counter(r.status for r in results)
    by_category = Counter(r.category for r in results)
    wrong = Counter(r.category for r in results if not r.ok)
    served = [r.seconds for r in results if r.status == 200]
    growth_mb = (rss_at_end - rss_after_warm_up) / 2**20
    p50, p95, p99 = (_percentile(served, f) * 1000 for f in (0.5, 0.95, 0.99))
    print(
        f"load: {len(results)} requests in {seconds:.0f} s ({len(results) / seconds:.1f}/s) by "
        f"{CLIENTS} clients after {len(warm)} warm-up; {dict(by_category)}; statuses "
        f"{dict(statuses)}; 200s p50 {p50:.0f} ms, p95 {p95:.0f} ms, p99 {p99:.0f} ms, "
        f"mean {statistics.fmean(served) * 1000:.0f} ms; RSS {rss_after_warm_up / 2**20:.0f} -> "
        f"{rss_at_end / 2**20:.0f} MB ({growth_mb:+.1f} MB, bound {RSS_GROWTH_MB} MB)"
    )
    assert results and served
    assert not [s for s in statuses if s is None or s >= 500], statuses
    assert not wrong, wrong
    assert set(by_category) >= {"answer", "not_found", "urgent", "unique", "malformed"}
    assert growth_mb < RSS_GROWTH_MB
    log = (tmp_path / "server.log").read_text(encoding="utf-8")
    assert "Traceback" not in log and "status=5" not in log
