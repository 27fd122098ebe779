"""Speed and scale figures: `python -m tools.bench [--quick] [--workers N] [--ingest 100,1000]`.

Not a test. One run, on the same questions (eval/dev.jsonl and eval/patients.jsonl, and
variants of them where every question must be new), prints, with the machine's load beside
every phase:

- /chat over HTTP against a real `server.py` on 127.0.0.1, one client with new questions, in
  rounds alternating with the LangChain tutorial retriever in-process
  (RecursiveCharacterTextSplitter 1000/200, HuggingFaceEmbeddings on the same model folder,
  Chroma.from_documents, similarity_search k=4), and the median ratio of the two p50s;
- 8 clients with questions repeating and with every question new, and 32 with new ones;
- ingest throughput on a fresh index and the time of an unchanged re-ingest; with --ingest,
  generated documents of abstract length ingested by us and by the tutorial (tools/ingestion.py);
- query p50 with 1k, 10k and 100k synthetic sentences (the unit a question ranks, five to a
  passage) beside the real corpus;
- the peak resident memory of the serving worker.

Everything lives in a temporary folder; the project's own index is not touched.
"""

from __future__ import annotations

import argparse
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
from tools.eval import read_set
from tools.ingestion import ingestion
from tools.loadgen import cycle, load
from tools.processes import PeakMemory, assistant_server, chroma_server, environment
from tools.scaling import SENTENCES_PER_PASSAGE, scaling

QUESTION_FILES = ("eval/dev.jsonl", "eval/patients.jsonl")
SIZES = (1_000, 10_000, 100_000)
# Goals of issues 5 and 16, on this 2-core machine.
CLIENTS = 8
MANY_CLIENTS = 32
GOAL_RATIO = 0.5
GOAL_REPEAT_RPS = 400.0
GOAL_NEW_RPS = 150.0
GOAL_SCALING = 2.0
GOAL_RSS_MB = 1024.0
GOAL_INGEST_RATIO = 2.0
GOAL_INGEST_SIZE = 1000
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
        found += [str(item["question"]) for item in read_set(PROJECT_ROOT / name)]
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


def tutorial(corpus: Path, folder: Path) -> tuple[Any, dict[str, float]]:
    """The LangChain tutorial retriever, built in-process: the store, seconds and chunks."""
    from langchain_chroma import Chroma
    from langchain_core.documents import Document
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    from tools.ingestion import tutorial_embeddings

    started = time.perf_counter()
    documents = [
        Document(page_content=path.read_text(encoding="utf-8"), metadata={"source": path.name})
        for path in sorted(corpus.glob("*.md"))
    ]
    splits = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200).split_documents(
        documents
    )
    store = Chroma.from_documents(splits, tutorial_embeddings(), persist_directory=str(folder))
    return store, {"build_s": time.perf_counter() - started, "chunks": float(len(splits))}


def tutorial_search(store: Any, asked: list[str]) -> dict[str, float]:
    """similarity_search(k=4) over asked: p50 and p95 in ms, and the load at the end."""
    for question in asked[:3]:  # warm up
        store.similarity_search(question, k=4)
    timings = []
    for question in asked:
        started = time.perf_counter()
        store.similarity_search(question, k=4)
        timings.append(time.perf_counter() - started)
    return {
        "p50_ms": float(np.percentile(timings, 50) * 1000),
        "p95_ms": float(np.percentile(timings, 95) * 1000),
        "load": os.getloadavg()[0],
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
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="short runs; 1k and 10k passages")
    parser.add_argument("--workers", type=int, default=1, help="server workers (>1: Chroma server)")
    parser.add_argument("--seconds", type=float, help="length of each many-client run")
    parser.add_argument("--sizes", help="synthetic store sizes, e.g. 1000,10000,100000")
    parser.add_argument("--rounds", type=int, help="alternating rounds of /chat and the tutorial")
    parser.add_argument(
        "--ingest", help="also ingest generated documents against the tutorial, e.g. 100,1000"
    )
    args = parser.parse_args(argv)
    seconds = args.seconds or (4.0 if args.quick else 15.0)
    rounds = args.rounds or (2 if args.quick else 3)
    sizes = (
        tuple(int(s) for s in args.sizes.split(","))
        if args.sizes
        else (SIZES[:2] if args.quick else SIZES)
    )
    ingest_sizes = tuple(int(s) for s in args.ingest.split(",")) if args.ingest else ()
    started_at = datetime.now(UTC)
    header = f"machine: {machine()}"
    base = questions()
    fresh = variants(base)
    per_round = len(base)
    single_new = [fresh[r * per_round : (r + 1) * per_round] for r in range(rounds)]
    many_new = fresh[rounds * per_round :]

    from assistant.index.embedding import Embedder
    from assistant.index.words import build_words

    loading = time.perf_counter()
    embedder = Embedder()
    model_s = time.perf_counter() - loading
    # What the first `python ingest.py` of a user builds once (index/words.py); the server the
    # bench starts looks common words up there.
    build_words(embedder.identity, embedder.embed)
    loads: dict[str, float] = {}

    with tempfile.TemporaryDirectory(prefix="assistant-bench-") as tmp:
        root = Path(tmp)
        index = _index(root, args.workers)
        with index as (settings, server_settings):
            loads["ingest"] = os.getloadavg()[0]
            figures_ingest = ingest_figures(settings, embedder.embed)
            _progress(f"ingest: {figures_ingest}")
            store, baseline = tutorial(settings.corpus_path, root / "tutorial")
            served_args = ("--workers", str(args.workers))
            with (
                assistant_server(root / "server.log", *served_args, **server_settings) as served,
                PeakMemory(served.process.pid) as memory,
            ):
                pid = served.process.pid
                # One client against the tutorial's search, alternating: the machine is shared,
                # and a quieter or busier minute must not fall on one side only.
                ones, searches = [], []
                for number in range(rounds):
                    ones.append(
                        load(
                            served.url,
                            f"1 client, every question new, round {number + 1}",
                            iter(single_new[number]),
                            clients=1,
                            seconds=60,
                            server=pid,
                            also=index.pids,
                        )
                    )
                    searches.append(tutorial_search(store, base))
                    _progress(
                        f"round {number + 1}: /chat p50 {ones[-1].percentile(50):.1f} ms, "
                        f"tutorial p50 {searches[-1]['p50_ms']:.1f} ms"
                    )
                load(served.url, "warm-up", iter(base), clients=CLIENTS, seconds=60, server=pid)
                many = []
                for clients, name, source in (
                    (CLIENTS, "questions repeat", cycle(base)),
                    (CLIENTS, "every question new", iter(many_new)),
                    (MANY_CLIENTS, "every question new", iter(many_new)),
                ):
                    many.append(
                        load(
                            served.url,
                            f"{clients} clients, {name}",
                            source,
                            clients=clients,
                            seconds=seconds,
                            server=pid,
                            also=index.pids,
                        )
                    )
                    _progress(f"{many[-1].name}: {many[-1].rps:.0f} req/s")
            rss_mb = memory.worker_peak() / 2**20
            loads["scaling"] = os.getloadavg()[0]
            scale = scaling(settings, embedder, base, sizes, root, _progress)
            ingested = (
                ingestion(ingest_sizes, root / "ingestion", embedder.embed, _progress)
                if ingest_sizes
                else []
            )

    repeat, new = many[0], many[1]
    ratios = [
        one.percentile(50) / search["p50_ms"] for one, search in zip(ones, searches, strict=True)
    ]
    ratio = float(np.median(ratios))
    lines = [
        f"Clinic assistant benchmark, {started_at:%Y-%m-%d %H:%M} UTC ({'quick' if args.quick else 'full'} run)",
        header,
        f"embedder: {getattr(embedder, 'backend', 'torch')} backend, "
        f"{getattr(embedder, 'encoder', 'float')} encoder, loaded in {model_s:.1f} s; "
        f"server.py --workers {args.workers} "
        f"({'Chroma server' if args.workers > 1 else 'embedded Chroma'})",
        f"questions: {len(base)} from {', '.join(QUESTION_FILES)}; {len(fresh)} new variants",
        "",
        f"{'/chat over HTTP':44} {'requests':>8} {'errors':>6} {'p50 ms':>8} {'p95 ms':>8} "
        f"{'req/s':>7} {'others':>7} {'load':>5}",
    ]
    for run in [*ones, *many]:
        lines.append(
            f"  {run.name:42} {run.requests:8d} {run.errors:6d} {run.percentile(50):8.1f} "
            f"{run.percentile(95):8.1f} {run.rps:7.1f} {run.others:7.0%} {run.load:5.1f}"
        )
    lines.append(
        "  (others: share of the machine's CPU that other processes used during the run; "
        "load: 1-minute load average at its end)"
    )
    lines.append(
        "  (every question new: no question asked before in the server process, so its answer "
        "cache never serves one and the p50 against the tutorial is the full pipeline's; "
        "questions repeat: answered from that cache after the warm-up)"
    )
    lines += [
        "",
        f"LangChain tutorial retriever, in-process: {baseline['chunks']:.0f} chunks built in "
        f"{baseline['build_s']:.1f} s",
    ]
    for number, (one, search, r) in enumerate(zip(ones, searches, ratios, strict=True), 1):
        lines.append(
            f"  round {number}: similarity_search(k=4) p50 {search['p50_ms']:.1f} ms, "
            f"p95 {search['p95_ms']:.1f} ms (load {search['load']:.1f}); /chat p50 "
            f"{one.percentile(50):.1f} ms; ratio {r:.2f}x"
        )
    tutorial_p50 = float(np.median([search["p50_ms"] for search in searches]))
    lines += [
        f"  /chat p50 over HTTP (1 client, new questions) / tutorial p50, median of {rounds} "
        f"alternating rounds: {ratio:.2f}x",
        f"  /chat p50 with {CLIENTS} clients / tutorial p50: repeat "
        f"{repeat.percentile(50) / tutorial_p50:.2f}x, new {new.percentile(50) / tutorial_p50:.2f}x",
        "",
        f"ingest (fresh index): {figures_ingest['chunks']:.0f} chunks in {figures_ingest['fresh_s']:.2f} s "
        f"= {figures_ingest['chunks_per_s']:.0f} chunks/s (model already loaded; load {loads['ingest']:.1f})",
        f"unchanged re-ingest: {figures_ingest['unchanged_ms']:.1f} ms in-process, "
        f"{figures_ingest['unchanged_command_s']:.2f} s as `python ingest.py`",
    ]
    lines += _ingestion_lines(ingested)
    lines += [
        "",
        f"store scaling (load at start {loads['scaling']:.1f})",
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
        f"load average at the end: {', '.join(f'{x:.1f}' for x in os.getloadavg())}",
        "",
        "goals:",
        f"  /chat p50 <= {GOAL_RATIO}x tutorial p50 (median of rounds): {ratio:.2f}x, "
        f"{_verdict(ratio <= GOAL_RATIO)}",
        f"  {CLIENTS} clients, repeat >= {GOAL_REPEAT_RPS:.0f} req/s, no errors: {repeat.rps:.0f}, "
        f"{_verdict(repeat.rps >= GOAL_REPEAT_RPS and not repeat.errors)}",
        f"  {CLIENTS} clients, new >= {GOAL_NEW_RPS:.0f} req/s, no errors: {new.rps:.0f}, "
        f"{_verdict(new.rps >= GOAL_NEW_RPS and not new.errors)}",
        f"  p50 at {biggest} <= {GOAL_SCALING}x p50 at {smallest}: {scale_reply:.2f}x (reply), "
        f"{scale_rank:.2f}x (rank), {_verdict(max(scale_reply, scale_rank) <= GOAL_SCALING)}",
        f"  worker RSS < {GOAL_RSS_MB:.0f} MB: {rss_mb:.0f} MB, {_verdict(rss_mb < GOAL_RSS_MB)}",
    ]
    goal_row = next((row for row in ingested if row["size"] == GOAL_INGEST_SIZE), None)
    if goal_row is not None:
        lines.append(
            f"  ingest of {GOAL_INGEST_SIZE:,} documents <= {GOAL_INGEST_RATIO}x the tutorial's "
            f"time: {goal_row['ratio']:.2f}x, {_verdict(goal_row['ratio'] <= GOAL_INGEST_RATIO)}"
        )
    print("\n".join(lines))
    return 0


def _ingestion_lines(rows: list[dict[str, float]]) -> list[str]:
    if not rows:
        return ["(ingest at scale: not run; `--ingest 100,1000,4000` adds it)"]
    lines = [
        "",
        "ingest at scale: generated documents of about 250 words, a fresh index each, model loaded",
        f"{'documents':>10} {'ours s':>7} {'docs/s':>7} {'sentences/s':>12} {'passages':>9} "
        f"{'load':>5} {'tutorial s':>11} {'chunks':>7} {'load':>5} {'ours/tutorial':>14}",
    ]
    for row in rows:
        lines.append(
            f"{row['size']:10,.0f} {row['ours_seconds']:7.1f} "
            f"{row['size'] / row['ours_seconds']:7.1f} "
            f"{row['ours_sentences'] / row['ours_seconds']:12.0f} {row['ours_passages']:9,.0f} "
            f"{row['ours_load']:5.1f} {row['tutorial_seconds']:11.1f} "
            f"{row['tutorial_chunks']:7,.0f} {row['tutorial_load']:5.1f} {row['ratio']:13.2f}x"
        )
    lines.append(
        "  (ours embeds every sentence and every passage; the tutorial one chunk per 1000 "
        "characters; load: 1-minute load average at the start of each)"
    )
    return lines


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
