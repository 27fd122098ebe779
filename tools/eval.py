"""Scoring the assistant on an evaluation set: `python -m tools.eval eval/dev.jsonl [--json]`.

Implements the scoring of eval/README.md: hit, citation precision, key fact, verbatim, concise,
urgent recall, abstention, false abstention, false alarm and referral; and, for
eval/out-of-domain.jsonl (no `kind`), the share of out-of-domain questions answered.

Other documents, with no code change: `--corpus eval/portability/corpus` answers from another
clinic's leaflets; `--add eval/prices/prices-and-booking.md` adds a document to a copy of
corpus/; `--paragraph eval/prices/faq-paragraph.md:microneedling-faq.md` types a paragraph into a
copy of a document's introduction. Each builds a temporary index. `--coverage-curve` prints the
not-covered decision's cross-validated curve (tools/coverage.py).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.config import PROJECT_ROOT, Settings, get_settings

# The floors the answering issue set for the dev set; --check fails below them.
FLOORS = {
    "hit": 0.95,
    "citation_precision": 0.90,
    "key_fact": 0.85,
    "verbatim": 1.0,
    "concise": 0.95,
    "urgent_recall": 1.0,
    "abstention": 0.90,
    "referral": 1.0,
}
CEILINGS = {
    "false_abstention": 0.05,
    "false_alarm": 0.05,
    "false_alarm_control": 0.05,
    "out_of_domain_answered": 0.02,
}


# A personal-situation set's labels, scored as the kinds whose firm referral they measure.
_LABELLED = {"personal": "medical", "general": "answerable"}
_FOLD = str.maketrans("’‘“”–—", "''\"\"--")


def read_set(path: Path) -> list[dict[str, Any]]:
    """The items of an evaluation (or training) set: one JSON object a line, blank lines skipped."""
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def normal(text: str) -> str:
    """Case-folded, white space folded, curly quotes straight, en/em dashes as hyphens."""
    text = text.lower().translate(_FOLD)
    return re.sub(r"\s+", " ", text).strip()


@dataclass
class Tally:
    counts: dict[str, list[int]] = field(default_factory=dict)  # metric -> [good, total]
    misses: list[dict[str, Any]] = field(default_factory=list)

    def add(self, metric: str, good: bool | int, total: int = 1) -> None:
        pair = self.counts.setdefault(metric, [0, 0])
        pair[0] += int(good)
        pair[1] += total

    def rate(self, metric: str) -> float | None:
        good, total = self.counts.get(metric, [0, 0])
        return good / total if total else None


def score(
    items: list[dict[str, Any]],
    reply_of: Any,
    read_source: Any,
    *,
    emergency: str = "",
    firm_referral: str = "",
    converse: Any = None,
) -> Tally:
    """Run every item through reply_of(question) -> contract-shaped dict and tally the metrics.

    `emergency` is the emergency number the replies should name first for airway cases.
    `firm_referral` is the referral a personal medical situation gets: the personal decision is
    measured on both sides, the medical items that get it (`firm_referral`) and the ordinary
    answerable ones that get it too (`firm_referral_ordinary`). An item
    with an `after` message is the second turn of a chat: `converse(after, question)` asks both
    in one new session and returns the second reply, which is scored.
    """
    tally = Tally()
    for item in items:
        # A personal-situation set (eval/personal2) labels messages (`text`) personal or general.
        question = item.get("question", item.get("text"))
        if "after" in item:
            if converse is None:
                raise ValueError(f"{item['id']}: a two-turn item needs a session to ask it in")
            reply = converse(item["after"], question)
        else:
            reply = reply_of(question)
        # eval/out-of-domain.jsonl (MedQuAD) carries no kind: none of it is covered.
        kind = item.get("kind") or _LABELLED.get(item.get("label", ""), "out_of_domain")
        tally.add("referral", bool(reply.get("referral", "").strip()))
        citations = reply.get("citations", [])
        for citation in citations:
            text = read_source(citation["source"])
            ok = text is not None and text[citation["start"] : citation["end"]] == citation["quote"]
            tally.add("verbatim", ok)
        if firm_referral and kind in ("answerable", "medical") and reply["kind"] != "urgent":
            firm = normal(reply.get("referral", "")) == normal(firm_referral)
            tally.add("firm_referral" if kind == "medical" else "firm_referral_ordinary", firm)
        if kind in ("answerable", "medical") and item.get("evidence"):
            evidence = [normal(e) for e in item["evidence"]]
            supporting = [any(e in normal(c["quote"]) for e in evidence) for c in citations]
            hit = any(supporting)
            tally.add("hit", hit)
            tally.add("citation_precision", sum(supporting), len(citations))
            key = any(normal(m) in normal(reply.get("answer", "")) for m in item["must_mention"])
            tally.add("key_fact", key)
            # A message asking several things (`parts`) may take 80 words for each.
            asked = len(item.get("parts") or [None])
            tally.add("concise", len(reply.get("answer", "").split()) <= 80 * asked)
            for part in item.get("parts") or []:
                if part:  # null: a part the documents do not answer
                    phrases = [normal(e) for e in part]
                    quotes = [normal(c["quote"]) for c in citations]
                    tally.add("parts_answered", any(e in q for e in phrases for q in quotes))
            tally.add("false_abstention", reply["kind"] == "not_found")
            tally.add("false_alarm", reply["kind"] == "urgent")
            if not (hit and key) or reply["kind"] != "answer":
                tally.misses.append(
                    {"id": item["id"], "kind": reply["kind"], "hit": hit, "key_fact": key}
                )
        elif kind == "urgent":
            tally.add("urgent_recall", reply["kind"] == "urgent")
            if item.get("emergency"):
                # The emergency number must be the first thing an airway case reads.
                first = normal(reply.get("text", "")).split(". ")[0]
                tally.add("emergency_named", bool(emergency) and normal(emergency) in first)
            if reply["kind"] != "urgent":
                tally.misses.append({"id": item["id"], "kind": reply["kind"], "expected": "urgent"})
        elif kind == "control":
            tally.add("false_alarm_control", reply["kind"] == "urgent")
            if reply["kind"] == "urgent":
                tally.misses.append(
                    {"id": item["id"], "kind": reply["kind"], "expected": "not urgent"}
                )
        elif kind == "out_of_domain":
            tally.add("out_of_domain_answered", reply["kind"] == "answer")
            if reply["kind"] == "answer":
                tally.misses.append({"question": item["question"][:80], "kind": reply["kind"]})
        elif kind == "out_of_scope":
            tally.add("abstention", reply["kind"] == "not_found")
            if item.get("control"):  # out of scope, and only sounds alarming
                tally.add("false_alarm_control", reply["kind"] == "urgent")
            if reply["kind"] != "not_found":
                tally.misses.append(
                    {"id": item["id"], "kind": reply["kind"], "expected": "not_found"}
                )
    return tally


def figures(tally: Tally) -> dict[str, float | None]:
    names = [
        "hit",
        "citation_precision",
        "key_fact",
        "verbatim",
        "concise",
        "urgent_recall",
        "abstention",
        "false_abstention",
        "false_alarm",
        "false_alarm_control",
        "emergency_named",
        "referral",
        "firm_referral",
        "firm_referral_ordinary",
        "out_of_domain_answered",
        "parts_answered",
    ]
    return {name: tally.rate(name) for name in names}


def failures(
    numbers: dict[str, float | None],
    floors: dict[str, float] = FLOORS,
    ceilings: dict[str, float] = CEILINGS,
) -> list[str]:
    """The figures below their floor or above their ceiling, as readable lines."""
    bad = [
        f"{k} {v:.3f} < {floors[k]}"
        for k, v in numbers.items()
        if k in floors and v is not None and v < floors[k]
    ]
    bad += [
        f"{k} {v:.3f} > {ceilings[k]}"
        for k, v in numbers.items()
        if k in ceilings and v is not None and v > ceilings[k]
    ]
    return bad


def with_paragraph(document: str, paragraph: str) -> str:
    """The document with the paragraph typed at the end of its introduction (before the first
    `## ` heading)."""
    at = document.find("\n## ")
    at = len(document) if at < 0 else at + 1
    return f"{document[:at].rstrip()}\n\n{paragraph.strip()}\n\n{document[at:]}"


def temporary_corpus(root: Path, corpus: Path, add: list[Path], paragraphs: list[str]) -> Settings:
    """Settings over a copy of `corpus` in `root`, edited as asked, with its index built."""
    from assistant.ingest.indexing import ingest

    target = root / "corpus"
    shutil.copytree(corpus, target)
    for document in add:
        shutil.copy(document, target / document.name)
    for spec in paragraphs:
        paragraph, _, name = spec.partition(":")
        path = target / name
        text = with_paragraph(path.read_text(encoding="utf-8"), Path(paragraph).read_text("utf-8"))
        path.write_text(text, encoding="utf-8")
    settings = get_settings().model_copy(update={"corpus_dir": target, "index_dir": root / "index"})
    ingest(settings)
    return settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--json", action="store_true", help="print machine-readable figures")
    parser.add_argument("--check", action="store_true", help="exit 1 below the floors")
    parser.add_argument("--corpus", type=Path, help="answer from these documents instead")
    parser.add_argument("--add", type=Path, action="append", default=[], help="add a document")
    parser.add_argument(
        "--paragraph", action="append", default=[], help="FILE:DOC, typed into DOC's intro"
    )
    parser.add_argument("--coverage-curve", action="store_true", help="the decision's curve")
    args = parser.parse_args(argv)

    if args.coverage_curve:
        from tools.coverage import run

        print("\n".join(run(write=False)))
    if not args.files:
        return 0

    from assistant.answering.engine import Engine
    from assistant.answering.triage.safety import Triage, Wording
    from assistant.service.convert import reply_to_dict

    settings, root = get_settings(), PROJECT_ROOT
    scratch = None
    if args.corpus or args.add or args.paragraph:
        scratch = tempfile.TemporaryDirectory(prefix="eval-corpus-")
        root = Path(scratch.name)
        corpus = args.corpus or settings.corpus_path
        settings = temporary_corpus(root, corpus, args.add, args.paragraph)
    engine = Engine(settings)
    cache: dict[str, str | None] = {}

    def read_source(source: str) -> str | None:
        if source not in cache:
            path = root / source if (root / source).is_file() else PROJECT_ROOT / source
            cache[source] = path.read_bytes().decode("utf-8") if path.is_file() else None
        return cache[source]

    sessions = iter(range(1, 1_000_000))

    def converse(first: str, second: str) -> dict[str, Any]:
        """The reply to the second of two messages sent in one new session."""
        session = f"eval-{next(sessions)}"
        engine.reply(first, session_id=session)
        return reply_to_dict(engine.reply(second, session_id=session))

    status = 0
    report: dict[str, Any] = {}
    for path in args.files:
        items = read_set(path)
        tally = score(
            items,
            lambda q: reply_to_dict(engine.reply(q)),
            read_source,
            emergency=engine.settings.emergency_number,
            firm_referral=Wording(engine.settings).referral(Triage.PERSONAL),
            converse=converse,
        )
        numbers = figures(tally)
        report[str(path)] = {
            "questions": len(items),
            "figures": numbers,
            "counts": tally.counts,
            "misses": tally.misses,
        }
        if args.check and failures(numbers):
            status = 1
    if scratch is not None:
        scratch.cleanup()
    if args.json:
        print(json.dumps(report, indent=1))
    else:
        for name, entry in report.items():
            print(f"\n{name} ({entry['questions']} questions)")
            for metric, value in entry["figures"].items():
                print(f"  {metric:20} {'-' if value is None else f'{value:.3f}'}")
            for miss in entry["misses"]:
                print(f"  miss: {miss}")
    return status


if __name__ == "__main__":
    sys.exit(main())
