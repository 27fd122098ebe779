"""Speed and scale figures: `python -m tools.bench [--quick] [--workers N]` (not a test).

One run, on the same questions (eval/dev.jsonl and eval/patients.jsonl, and variants of them
where every question must be new), prints:

- /chat over HTTP against a real `server.py` on 127.0.0.1: p50, p95 and requests per second,
  one client, then 8 concurrent clients with questions repeating and with every question new;
- the LangChain tutorial retriever in-process (RecursiveCharacterTextSplitter 1000/200,
  HuggingFaceEmbeddings on the same model folder, Chroma.from_documents, similarity_search k=4)
  and the ratio of our /chat p50 to its p50;
- ingest throughput on a fresh index and the time of an unchanged re-ingest;
- query p50 with 1k, 10k and 100k synthetic sentences (the unit a question ranks, five to a
  passage) beside the real corpus;
- the peak resident memory of the serving worker.

Everything lives in a temporary folder; the project's own index is not touched.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from assistant.config import PROJECT_ROOT, Settings
from tools.loadgen import cycle, load
from tools.processes import PeakMemory, assistant_server, chroma_server, environment
from tools.scaling import SENTENCES_PER_PASSAGE, scaling

QUESTION_FILES = ("eval/dev.jsonl", "eval/patients.jsonl")
SIZES = (1_000, 10_000, 100_000)
# Goals of issue 5, on this 2-core machine.
CLIENTS = 8
GOAL_RATIO = 1.0
GOAL_REPEAT_RPS = 300.0
GOAL_NEW_RPS = 120.0
GOAL_SCALING = 2.0
GOAL_RSS_MB = 1024.0
_WORDS = re.compile(r"[a-z0-9][a-z0-9'-]*")
# Ways patients open and close a message; each pair turns a question into a new one.
_OPENINGS = (
    "",
    "hi, ",
    "hello, ",
    "quick question: ",
    "sorry, ",
    "hey there, ",
    "one more thing, ",
    "good morning, ",
    "excuse me, ",
    "a question: ",
    "hi there, ",
    "good afternoon, ",
)
_CLOSINGS = (
    "",
    " thanks",
    " thank you",
    " please",
    " cheers",
    " many thanks",
    " just curious",
    " in general",
    " thanks a lot",
    " thanks in advance",
)


# -- questions -----------------------------------------------------------------------------------


def questions() -> list[str]:
    """The evaluation questions, in file order."""
    found = []
    for name in QUESTION_FILES:
        for line in (PROJECT_ROOT / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                found.append(str(json.loads(line)["question"]))
    return found


def _words(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))


def variants(base: list[str], *, seed: int = 5) -> list[str]:
    """New questions made from the base ones; no two share their words (so no cache helps)."""
    seen = {_words(q) for q in base}
    found = []
    for opening in _OPENINGS:
        for closing in _CLOSINGS:
            for question in base:
                text = f"{opening}{question.rstrip('?. ')}{closing}"
                if _words(text) not in seen:
                    seen.add(_words(text))
                    found.append(text)
    random.Random(seed).shuffle(found)
    return found


# -- the tutorial baseline -----------------------------------------------------------------------


def tutorial(corpus: Path, folder: Path, asked: list[str]) -> dict[str, float]:
    """The LangChain tutorial retriever, timed in-process: seconds to build, search p50/p95 in ms."""
    from langchain_chroma import Chroma
    from langchain_core.documents import Document
    from langchain_huggingface import HuggingFaceEmbeddings
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    from assistant.index.embedding import bundled_model_dir

    started = time.perf_counter()
    documents = [
        Document(page_content=path.read_text(encoding="utf-8"), metadata={"source": path.name})
        for path in sorted(corpus.glob("*.md"))
    ]
    splits = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200).split_documents(
        documents
    )
    embeddings = HuggingFaceEmbeddings(
        model_name=str(bundled_model_dir()),
        model_kwargs={"device": "cpu", "local_files_only": True},
    )
    store = Chroma.from_documents(splits, embeddings, persist_directory=str(folder))
    built = time.perf_counter() - started
    for question in asked[:3]:  # warm up
        store.similarity_search(question, k=4)
    timings = []
    for question in asked:
        started = time.perf_counter()
        store.similarity_search(question, k=4)
        timings.append(time.perf_counter() - started)
    return {
        "build_s": built,
        "chunks": float(len(splits)),
        "p50_ms": float(np.percentile(timings, 50) * 1000),
        "p95_ms": float(np.percentile(timings, 95) * 1000),
    }


# -- ingest --------------------------------------------------------------------------------------


def ingest_figures(
    settings: Settings, embed: Callable[[list[str]], np.ndarray]
) -> dict[str, float]:
    """A fresh ingest (chunks per second) and an unchanged one, in-process and as a command."""
    from assistant.ingest.indexing import ingest

    started = time.perf_counter()
    fresh = ingest(settings, embed=embed)
    fresh_s = time.perf_counter() - started
    started = time.perf_counter()
    again = ingest(settings)
    again_s = time.perf_counter() - started
    assert not again.changed, "an unchanged corpus published a new version"
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, str(PROJECT_ROOT / "ingest.py")],
        env=environment(
            corpus_dir=str(settings.corpus_path),
            index_dir=str(settings.index_path),
            **({"chroma_url": settings.chroma_url} if settings.chroma_url else {}),
        ),
        check=True,
        capture_output=True,
        cwd=PROJECT_ROOT,
    )
    command_s = time.perf_counter() - started
    return {
        "chunks": float(fresh.chunks),
        "fresh_s": fresh_s,
        "chunks_per_s": fresh.chunks / fresh_s,
        "unchanged_ms": again_s * 1000,
        "unchanged_command_s": command_s,
    }


# -- the report ----------------------------------------------------------------------------------


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "-"
    return (
        f"{model}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}; load average at start {load}"
    )


def _verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="short runs; 1k and 10k passages")
    parser.add_argument("--workers", type=int, default=1, help="server workers (>1: Chroma server)")
    parser.add_argument("--seconds", type=float, help="length of each 8-client run")
    parser.add_argument("--sizes", help="synthetic store sizes, e.g. 1000,10000,100000")
    args = parser.parse_args(argv)
    seconds = args.seconds or (4.0 if args.quick else 15.0)
    sizes = (
        tuple(int(s) for s in args.sizes.split(","))
        if args.sizes
        else (SIZES[:2] if args.quick else SIZES)
    )
    started_at = datetime.now(UTC)
    header = f"machine: {machine()}"
    base = questions()
    fresh = variants(base)
    single_new, many_new = fresh[: len(base)], fresh[len(base) :]

    from assistant.index.embedding import Embedder

    loading = time.perf_counter()
    embedder = Embedder()
    model_s = time.perf_counter() - loading

    with tempfile.TemporaryDirectory(prefix="assistant-bench-") as tmp:
        root = Path(tmp)
        index = _index(root, args.workers)
        with index as (settings, server_settings):
            figures_ingest = ingest_figures(settings, embedder.embed)
            _progress(f"ingest: {figures_ingest}")
            served_args = ("--workers", str(args.workers))
            with (
                assistant_server(root / "server.log", *served_args, **server_settings) as served,
                PeakMemory(served.process.pid) as memory,
            ):
                pid = served.process.pid
                one = load(
                    served.url,
                    "1 client, every question new",
                    iter(single_new),
                    clients=1,
                    seconds=60,
                    server=pid,
                    also=index.pids,
                )
                _progress(f"{one.name}: p50 {one.percentile(50):.1f} ms")
                load(served.url, "warm-up", iter(base), clients=CLIENTS, seconds=60, server=pid)
                repeat = load(
                    served.url,
                    f"{CLIENTS} clients, questions repeat",
                    cycle(base),
                    clients=CLIENTS,
                    seconds=seconds,
                    server=pid,
                    also=index.pids,
                )
                _progress(f"{repeat.name}: {repeat.rps:.0f} req/s")
                new = load(
                    served.url,
                    f"{CLIENTS} clients, every question new",
                    iter(many_new),
                    clients=CLIENTS,
                    seconds=seconds,
                    server=pid,
                    also=index.pids,
                )
                _progress(f"{new.name}: {new.rps:.0f} req/s")
            rss_mb = memory.worker_peak() / 2**20
            baseline = tutorial(settings.corpus_path, root / "tutorial", base)
            _progress(f"tutorial: {baseline}")
            scale = scaling(settings, embedder, base, sizes, root, _progress)

    runs = [one, repeat, new]
    lines = [
        f"Clinic assistant benchmark, {started_at:%Y-%m-%d %H:%M} UTC ({'quick' if args.quick else 'full'} run)",
        header,
        f"embedder: {getattr(embedder, 'backend', 'torch')} backend, loaded in {model_s:.1f} s; server.py --workers "
        f"{args.workers} ({'Chroma server' if args.workers > 1 else 'embedded Chroma'})",
        f"questions: {len(base)} from {', '.join(QUESTION_FILES)}; {len(fresh)} new variants",
        "",
        f"{'/chat over HTTP':44} {'requests':>8} {'errors':>6} {'p50 ms':>8} {'p95 ms':>8} "
        f"{'req/s':>7} {'others':>7}",
    ]
    for run in runs:
        lines.append(
            f"  {run.name:42} {run.requests:8d} {run.errors:6d} {run.percentile(50):8.1f} "
            f"{run.percentile(95):8.1f} {run.rps:7.1f} {run.others:7.0%}"
        )
    lines.append("  (others: share of the machine's CPU that other processes used during the run)")
    ratio = one.percentile(50) / baseline["p50_ms"]
    lines += [
        "",
        f"LangChain tutorial retriever, in-process: {baseline['chunks']:.0f} chunks built in "
        f"{baseline['build_s']:.1f} s; similarity_search(k=4) p50 {baseline['p50_ms']:.1f} ms, "
        f"p95 {baseline['p95_ms']:.1f} ms",
        f"  /chat p50 over HTTP (1 client, new questions) / tutorial p50: {ratio:.2f}x",
        f"  /chat p50 with {CLIENTS} clients / tutorial p50: repeat "
        f"{repeat.percentile(50) / baseline['p50_ms']:.2f}x, new {new.percentile(50) / baseline['p50_ms']:.2f}x",
        "",
        f"ingest (fresh index): {figures_ingest['chunks']:.0f} chunks in {figures_ingest['fresh_s']:.2f} s "
        f"= {figures_ingest['chunks_per_s']:.0f} chunks/s (model already loaded)",
        f"unchanged re-ingest: {figures_ingest['unchanged_ms']:.1f} ms in-process, "
        f"{figures_ingest['unchanged_command_s']:.2f} s as `python ingest.py`",
        "",
        f"{'synthetic sentences':>20} {'in store':>9} {'build s':>8} {'load s':>7} "
        f"{'reply p50 ms':>13} {'rank p50 ms':>12}",
    ]
    for row in scale:
        lines.append(
            f"{row['size']:20,.0f} {row['sentences']:9,.0f} {row['build_s']:8.1f} "
            f"{row['load_s']:7.1f} {row['reply_p50_ms']:13.2f} {row['rank_p50_ms']:12.2f}"
        )
    lines.append(
        f"  (sentences are what a question ranks; {SENTENCES_PER_PASSAGE} to a passage; reply: "
        "first ask, vector computed; rank: vector cached)"
    )
    scale_reply = scale[-1]["reply_p50_ms"] / scale[0]["reply_p50_ms"]
    scale_rank = scale[-1]["rank_p50_ms"] / scale[0]["rank_p50_ms"]
    biggest, smallest = f"{scale[-1]['size']:,.0f}", f"{scale[0]['size']:,.0f}"
    lines += [
        f"  p50 at {biggest} / p50 at {smallest}: reply (first ask) {scale_reply:.2f}x, "
        f"rank (vector cached) {scale_rank:.2f}x",
        "",
        f"peak RSS of the serving worker: {rss_mb:.0f} MB",
        "",
        "goals:",
        f"  /chat p50 <= {GOAL_RATIO}x tutorial p50: {ratio:.2f}x, {_verdict(ratio <= GOAL_RATIO)}",
        f"  {CLIENTS} clients, repeat >= {GOAL_REPEAT_RPS:.0f} req/s, no errors: {repeat.rps:.0f}, "
        f"{_verdict(repeat.rps >= GOAL_REPEAT_RPS and not repeat.errors)}",
        f"  {CLIENTS} clients, new >= {GOAL_NEW_RPS:.0f} req/s, no errors: {new.rps:.0f}, "
        f"{_verdict(new.rps >= GOAL_NEW_RPS and not new.errors)}",
        f"  p50 at {biggest} <= {GOAL_SCALING}x p50 at {smallest}: {scale_reply:.2f}x (reply), "
        f"{scale_rank:.2f}x (rank), {_verdict(max(scale_reply, scale_rank) <= GOAL_SCALING)}",
        f"  worker RSS < {GOAL_RSS_MB:.0f} MB: {rss_mb:.0f} MB, {_verdict(rss_mb < GOAL_RSS_MB)}",
    ]
    print("\n".join(lines))
    return 0


def _progress(text: str) -> None:
    print(f"... {text}", file=sys.stderr, flush=True)


class _index:
    """Settings of a fresh index in root: embedded Chroma, or a Chroma server for workers > 1."""

    def __init__(self, root: Path, workers: int) -> None:
        self.root = root
        self.workers = workers
        self._chroma: Any = None
        self.pids: tuple[int, ...] = ()

    def __enter__(self) -> tuple[Settings, dict[str, str]]:
        values: dict[str, Any] = {
            "corpus_dir": PROJECT_ROOT / "corpus",
            "index_dir": self.root / "index",
            "rate_limit": "off",
        }
        if self.workers > 1:
            self._chroma = chroma_server(self.root / "chroma", self.root / "chroma.log")
            served = self._chroma.__enter__()
            values["chroma_url"] = served.url
            self.pids = (served.process.pid,)
        settings = Settings(**values)
        return settings, {k: str(v) for k, v in values.items()}

    def __exit__(self, *exc: Any) -> None:
        if self._chroma is not None:
            self._chroma.__exit__(*exc)


if __name__ == "__main__":
    sys.exit(main())
