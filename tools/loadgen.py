"""HTTP load on /chat: keep-alive clients on 127.0.0.1, latencies, errors, others' CPU share."""

from __future__ import annotations

import asyncio
import json
import os
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import numpy as np


@dataclass
class Run:
    """Latencies and outcome of one load run."""

    name: str
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    seconds: float = 0.0
    others: float = 0.0  # share of the machine's CPU used by processes other than ours
    load: float = 0.0  # the machine's 1-minute load average at the end of the run

    @property
    def requests(self) -> int:
        return len(self.latencies)

    def percentile(self, q: float) -> float:
        return float(np.percentile(self.latencies, q) * 1000) if self.latencies else float("nan")

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


async def _client(url: str, take: Callable[[], str | None], run: Run, deadline: float) -> None:
    """One keep-alive HTTP/1.1 client: POST /chat until the questions or the time run out.

    A few lines of asyncio instead of an HTTP library, so the load generator (which shares the
    two cores with the server) costs as little as it can.
    """
    host, port = url.removeprefix("http://").split(":")
    reader, writer = await asyncio.open_connection(host, int(port))
    try:
        while time.perf_counter() < deadline and (question := take()) is not None:
            body = json.dumps({"message": question}).encode()
            head = (
                f"POST /chat HTTP/1.1\r\nHost: {host}:{port}\r\n"
                f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
            )
            started = time.perf_counter()
            writer.write(head.encode() + body)
            status_line = await reader.readline()
            headers: dict[str, str] = {}
            while (line := await reader.readline()) not in (b"\r\n", b""):
                name, _, value = line.decode("latin-1").partition(":")
                headers[name.strip().lower()] = value.strip()
            payload = await reader.readexactly(int(headers.get("content-length", "0")))
            run.latencies.append(time.perf_counter() - started)
            parts = status_line.split()
            ok = len(parts) > 1 and parts[1] == b"200"
            if not ok or json.loads(payload).get("kind") not in ("answer", "not_found", "urgent"):
                run.errors += 1
            if headers.get("connection", "").lower() == "close":
                writer.close()
                reader, writer = await asyncio.open_connection(host, int(port))
    finally:
        writer.close()


def load(
    url: str,
    name: str,
    source: Iterator[str],
    *,
    clients: int,
    seconds: float,
    server: int,
    also: tuple[int, ...] = (),
) -> Run:
    """clients concurrent clients asking the questions source yields, for at most seconds."""
    run = Run(name)

    def take() -> str | None:
        return next(source, None)

    async def main() -> None:
        deadline = time.perf_counter() + seconds
        started = time.perf_counter()
        await asyncio.gather(*(_client(url, take, run, deadline) for _ in range(clients)))
        run.seconds = time.perf_counter() - started

    machine_before, ours_before = _cpu_seconds(server, also)
    asyncio.run(main())
    machine_after, ours_after = _cpu_seconds(server, also)
    run.load = os.getloadavg()[0]
    others = (machine_after - machine_before) - (ours_after - ours_before)
    run.others = max(0.0, others) / (run.seconds * (os.cpu_count() or 1)) if run.seconds else 0.0
    return run


def _cpu_seconds(server: int, also: tuple[int, ...]) -> tuple[float, float]:
    """CPU seconds used so far by the whole machine, and by this process, the server's tree and
    the processes also (a Chroma server).

    The machine is shared: what other processes take is reported beside each run.
    """
    import psutil

    times = psutil.cpu_times()
    machine = sum(times) - times.idle - getattr(times, "iowait", 0.0)
    ours = 0.0
    processes = [psutil.Process(), psutil.Process(server)]
    processes += [*processes[1].children(recursive=True), *map(psutil.Process, also)]
    for process in processes:
        try:
            used = process.cpu_times()
            ours += used.user + used.system
        except psutil.Error:
            continue
    return machine, ours


def cycle(items: list[str], *, seed: int = 7) -> Iterator[str]:
    rng = random.Random(seed)
    while True:
        order = items[:]
        rng.shuffle(order)
        yield from order
