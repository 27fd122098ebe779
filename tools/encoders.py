"""The int8 encoder against the float one: `python -m tools.encoders` (not a test).

Builds one index per encoder from corpus/ in a temporary folder and compares, on every
evaluation question (eval/*.jsonl): /search's top 10 passages (mean overlap; the bar is 0.95)
and every figure of the evaluation, as counts (the bar is one item), and times a single
question's embedding with each, in alternating rounds. Prints whether int8 may be the default.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from assistant.config import PROJECT_ROOT, Settings
from tools.eval import read_set, score

# Every set on corpus/ that we may read (never a sealed one): the tuning halves and the final sets.
EVAL_FILES = (
    "eval/dev.jsonl",
    "eval/patients.jsonl",
    "eval/holdout.jsonl",
    "eval/final/questions.jsonl",
    "eval/final/triage.jsonl",
    "eval/triage/tuning.jsonl",
    "eval/patients3/tuning.jsonl",
    "eval/faq/tuning.jsonl",
    "eval/out-of-domain.jsonl",
)
MIN_OVERLAP = 0.95
MAX_ITEMS_APART = 1


def _items(name: str) -> list[dict[str, Any]]:
    return read_set(PROJECT_ROOT / name)


def _engine(root: Path, encoder: str) -> Any:
    from assistant.answering.engine import Engine
    from assistant.index.embedding import Embedder
    from assistant.ingest.indexing import ingest

    settings = Settings(
        corpus_dir=PROJECT_ROOT / "corpus",
        index_dir=root / encoder,
        rate_limit="off",
        encoder=encoder,  # type: ignore[arg-type]
    )
    embedder = Embedder(encoder=encoder)
    if embedder.encoder != encoder:
        raise SystemExit(f"the {encoder} encoder did not load (see the warning above)")
    ingest(settings, embed=embedder.embed)
    return Engine(settings, embedder=embedder)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="alternating timing rounds")
    parser.add_argument("files", nargs="*", default=list(EVAL_FILES), help="evaluation sets")
    args = parser.parse_args(argv)
    from assistant.answering.search import find_passages
    from assistant.service.convert import reply_to_dict

    read: dict[str, str | None] = {}

    def read_source(source: str) -> str | None:
        if source not in read:
            path = PROJECT_ROOT / source
            read[source] = path.read_text(encoding="utf-8") if path.is_file() else None
        return read[source]

    print(f"load average at start: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory(prefix="assistant-encoders-") as tmp:
        engines = {e: _engine(Path(tmp), e) for e in ("float", "int8")}
        questions = [item["question"] for name in args.files for item in _items(name)]
        overlaps = []
        for question in questions:
            tops = [
                {(r.source, r.start) for r in find_passages(engines[e].retriever(), question, 10)}
                for e in ("float", "int8")
            ]
            overlaps.append(len(tops[0] & tops[1]) / max(1, len(tops[0])))
        overlap = float(np.mean(overlaps))
        print(
            f"/search top 10, {len(questions)} questions: mean overlap {overlap:.3f}, "
            f"lowest {min(overlaps):.2f}, identical {sum(o == 1.0 for o in overlaps)}"
        )
        worst = 0
        for name in args.files:
            tallies = {
                e: score(
                    _items(name), lambda q, e=e: reply_to_dict(engines[e].reply(q)), read_source
                )
                for e in ("float", "int8")
            }
            print(f"{name}: metric  float  int8  (good/total)")
            for metric, (good, total) in sorted(tallies["float"].counts.items()):
                other = tallies["int8"].counts.get(metric, [0, 0])
                worst = max(worst, abs(good - other[0]))
                print(f"  {metric:20} {good:4d}/{total:<4d} {other[0]:4d}/{other[1]:<4d}")
        timings: dict[str, list[float]] = {"float": [], "int8": []}
        for _ in range(args.rounds):
            for encoder in ("float", "int8"):
                embedder = engines[encoder].embedder
                started = time.perf_counter()
                for question in questions[:100]:
                    embedder.embed([question])
                timings[encoder].append((time.perf_counter() - started) / 100 * 1000)
        for encoder, values in timings.items():
            print(
                f"one question's embedding, {encoder}: median {np.median(values):.2f} ms over "
                f"{args.rounds} alternating rounds ({', '.join(f'{v:.2f}' for v in values)})"
            )
    print(f"load average at end: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    keep = overlap >= MIN_OVERLAP and worst <= MAX_ITEMS_APART
    print(
        f"int8 as default: overlap {overlap:.3f} (>= {MIN_OVERLAP}), largest difference "
        f"{worst} item(s) (<= {MAX_ITEMS_APART}): {'yes' if keep else 'no, keep float'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
