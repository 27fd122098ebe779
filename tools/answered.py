"""The clinic's answered and declined questions, seeded from the tuning halves:
`python -m tools.answered`.

Writes `corpus/also-asked.jsonl` (the staff page's "also asked as" file: one line per question
and quote that answers it) from the tuning halves of the patient and FAQ sets and the two
many-voices training sets (eval/voices*/), each question
with every evidence phrase its writer found in the documents (adjudicated, see the sets'
ADJUDICATION.md). A clinic's own file grows the same way from the staff page; the ranking
learns from it at every ingest (`assistant/answering/answered.py`). And `corpus/declined.jsonl`
(the staff page's "out of scope" questions) from the out-of-scope items of the same halves, of
the later sets' tuning halves (`LATER`, whose answered questions are not seeded) and of the sets
written for the not-covered decision; that decision reads how near a question is to them. Sealed halves and the dev
set are never used, nor a line whose question copies one of theirs word for word (writers of
different sets wrote some common questions alike). `--without SET` leaves a set out and
`--not-in FILE` its copies too (to measure on it what the map does for a writer it never saw);
`--out` writes elsewhere.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from assistant.config import PROJECT_ROOT, get_settings
from assistant.ingest.corpus import ALSO_ASKED, DECLINED, load_corpus
from tools.eval import normal, read_set

SETS = (
    "patients.jsonl",
    "holdout.jsonl",
    "final/questions.jsonl",
    "patients3/tuning.jsonl",
    "faq/tuning.jsonl",
    "questions4/tuning.jsonl",
    "questions5/tuning.jsonl",
    "questions6/tuning.jsonl",
    "questions7/tuning.jsonl",
    "questions8/tuning.jsonl",
    "questions9/tuning.jsonl",
    "questions10/tuning.jsonl",
    "questions11/tuning.jsonl",
    "questions12/tuning.jsonl",
    "questions13/tuning.jsonl",
    "voices/items.jsonl",
    "voices2/training.jsonl",
    "ontopic/training.jsonl",
    "answered2/training.jsonl",
    "questions14/tuning.jsonl",
    "real3/training.jsonl",
    "questions15/tuning.jsonl",
    "questions16/tuning.jsonl",
)

# The later sets' tuning halves seed only the declined questions. Their answered questions moved
# the ranking (the map, keys and vote) both ways on the halves never seeded and took the dev set
# under its goal (its question on how the treatment works was led to the definition by
# questions asking what it is; thirty-sixth round), while their declined ones only feed the
# not-covered decision.
LATER = (
    "questions17/tuning.jsonl",
    "questions18/tuning.jsonl",
    "questions19/tuning.jsonl",
    "questions20/tuning.jsonl",
    "questions21/tuning.jsonl",
    "questions22/tuning.jsonl",
    "questions23/tuning.jsonl",
    "questions24/tuning-adjudicated.jsonl",
    "questions25/tuning.jsonl",
    "questions26/tuning-adjudicated.jsonl",
)
# The sets whose out-of-scope questions seed the declined ones: the same, the later ones, and the
# sets written for the not-covered decision (other treatments, front desk, general health,
# chit-chat).
DECLINED_SETS = (
    *SETS,
    *LATER,
    "ood4/tuning.jsonl",
    "outscope/tuning.jsonl",
    "coverage/training.jsonl",
    "everyday/training.jsonl",
)


def held_out(paths: list[Path]) -> set[str]:
    """The questions (and queries) of these sets, folded: a line copying one is left out, so a
    sealed half or the dev set is never answered from its own wording. Writers of different
    sets wrote some common questions word for word ("who is a good candidate?")."""
    return {
        normal(str(item.get("question") or item.get("query") or ""))
        for path in paths
        for item in read_set(path)
    }


def variants(
    sets: list[str], corpus_dir: Path, leave_out: set[str] | None = None
) -> list[dict[str, str]]:
    """One line per (question, evidence phrase, document holding it); none for a question in
    `leave_out` (folded)."""
    documents = load_corpus(corpus_dir, max_bytes=get_settings().max_file_bytes)
    lines: dict[tuple[str, str, str], dict[str, str]] = {}
    for name in sets:
        for item in read_set(PROJECT_ROOT / "eval" / name):
            if item.get("kind") not in ("answerable", "medical"):
                continue
            if leave_out and normal(str(item["question"])) in leave_out:
                continue
            question = " ".join(str(item["question"]).split())
            for phrase in item.get("evidence", []):
                for document in documents:
                    if phrase in document.text:
                        key = (question, document.source, phrase)
                        lines[key] = {
                            "question": question,
                            "source": document.source,
                            "quote": phrase,
                        }
    return list(lines.values())


def declined(sets: list[str], leave_out: set[str] | None = None) -> list[tuple[str, str]]:
    """The out-of-scope questions of these sets, each once, with the set it comes from; none in
    `leave_out` (folded)."""
    found: dict[str, str] = {}
    for name in sets:
        for item in read_set(PROJECT_ROOT / "eval" / name):
            if item.get("kind") not in ("out_of_scope", "out_of_domain"):
                continue
            question = " ".join(str(item["question"]).split())
            if not (leave_out and normal(question) in leave_out):
                found.setdefault(question, name)
    return [(name, question) for question, name in found.items()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--without", action="append", default=[], help="a set to leave out")
    parser.add_argument("--out", type=Path, help="default: the corpus folder's also-asked.jsonl")
    parser.add_argument(
        "--not-in",
        type=Path,
        action="append",
        default=[],
        help="also leave out this set's questions",
    )
    args = parser.parse_args(argv)
    unknown = set(args.without) - set(DECLINED_SETS)
    if unknown:
        print(f"not a seeded set: {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    corpus_dir = get_settings().corpus_path
    eval_dir = PROJECT_ROOT / "eval"
    sealed = sorted(eval_dir.glob("**/sealed.jsonl"))
    leave_out = held_out([*sealed, eval_dir / "dev.jsonl", *args.not_in])
    lines = variants([s for s in SETS if s not in args.without], corpus_dir, leave_out)
    out = args.out or corpus_dir / ALSO_ASKED
    out.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    print(
        f"{len(lines)} variants of {len({line['question'] for line in lines})} questions -> {out}"
    )
    refused = declined([s for s in DECLINED_SETS if s not in args.without], leave_out)
    out = out.with_name(DECLINED)
    out.write_text(
        "".join(json.dumps({"question": question}) + "\n" for _, question in refused),
        encoding="utf-8",
    )
    print(f"{len(refused)} declined questions -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
