"""Keys: questions that lead to a passage, matched question-to-question at answer time.

A document's own headings ("How long is the healing time?", "Aftercare") and a question that
opens a passage are keys to the passage below them; the model was trained on paraphrase pairs,
so a patient's question is nearer another question than the answer's prose. The clinic's "also
asked as" variants (`also-asked.jsonl` in the corpus folder, one JSON object a line:
{"question", "source", "quote"}) are keys of the same kind, to the passage holding the quote.
The questions the clinic declined (`declined.jsonl`, one {"question"} a line: the documents do
not answer them) lead to no passage; the not-covered decision reads how near a question is. One
the staff page declined also holds the digest of the documents it was declined against
({"question", "documents"}): while they are unchanged, it is refused as asked (`held_declined`).
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from assistant.answering.subject import title_words
from assistant.ingest.chunking import Passage
from assistant.ingest.corpus import ALSO_ASKED, DECLINED

log = logging.getLogger(__name__)

# Bump when the keys made from the same files change: the ingest then builds a new version (the
# vectors of unchanged texts are reused).
KEYS_VERSION = "2"

# A key naming the documents' subject ("Do I shave before a microneedling appointment?") leads
# without it too: patients leave the subject implied ("do i shave before an appointment?"), and
# the model weighs a rare name so heavily that one question without it was at 0.58 to the key.
# Only where the name modifies a noun after a determiner ("a microneedling session", "your
# microneedling appointment"): without it the phrase keeps its head. Where the name is the head
# ("the dangers of microneedling?", "is microneedling fine in july?"), what is left would fit
# another treatment's question as well ("the dangers of genital herpes?"). And only a key with this
# many words left.
IMPLIED_MIN_WORDS = 4
_DETERMINERS = r"(?:a|an|the|my|your|our|each|every|one|this|that|per)"
_WORDS = re.compile(r"[a-z]+")


@dataclass(frozen=True, slots=True)
class Key:
    """A question (or heading) and the passage it leads to, with where it is anchored."""

    text: str
    passage: Passage
    start: int  # offsets in the passage's source of the key (heading, question or quote)
    end: int
    role: str  # "heading", "question" or "also-asked"


@dataclass(frozen=True, slots=True)
class Variant:
    """One line of also-asked.jsonl."""

    question: str
    source: str
    quote: str


def document_keys(text: str, passages: list[Passage]) -> list[Key]:
    """Each passage's section heading and the question sentences that open it."""
    keys: list[Key] = []
    for passage in passages:
        headed = False
        for unit in passage.units:
            if unit.role == "heading":
                keys.append(
                    Key(text[unit.start : unit.end], passage, unit.start, unit.end, "heading")
                )
                headed = True
                continue
            sentence = text[unit.start : unit.end]
            if not sentence.rstrip().endswith("?"):
                break  # only questions before the passage's first statement lead to it
            keys.append(Key(sentence, passage, unit.start, unit.end, "question"))
        if passage.heading and not headed:
            # A section cut into several passages: its heading leads to each of them.
            keys.append(Key(passage.heading, passage, passage.start, passage.start, "heading"))
    return keys


def read_variants(corpus_dir: Path) -> tuple[list[Variant], str]:
    """The clinic's also-asked variants (none when the file is absent) and the file's text."""
    path = corpus_dir / ALSO_ASKED
    if not path.is_file():
        return [], ""
    raw = path.read_text(encoding="utf-8")
    variants: list[Variant] = []
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
            variants.append(Variant(entry["question"], entry["source"], entry["quote"]))
        except (ValueError, KeyError, TypeError) as error:
            log.warning("%s line %d skipped: %s", ALSO_ASKED, number, error)
    return variants, raw


def read_declined(corpus_dir: Path) -> tuple[list[str], str]:
    """The questions the clinic declined, each once (none when the file is absent), and the
    file's text."""
    path = corpus_dir / DECLINED
    if not path.is_file():
        return [], ""
    raw = path.read_text(encoding="utf-8")
    return list(dict.fromkeys(question for question, _ in _declined_lines(raw))), raw


def held_declined(declined: str, digest: str) -> list[str]:
    """Of the declined questions (the file's text, as `read_declined` gives it), those stamped
    with this digest of the documents: declined against the documents as they are now, so still
    refused as asked. A line without a stamp (written by hand, or seeded) only informs the
    not-covered decision."""
    lines = _declined_lines(declined, report=False)  # read_declined reports a bad line
    return list(dict.fromkeys(question for question, stamp in lines if stamp == digest))


def _declined_lines(raw: str, *, report: bool = True) -> Iterator[tuple[str, str | None]]:
    """Each valid line's question and its stamp (None without one); a line that is not one is
    skipped, with a warning when `report`."""
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
            question = entry["question"]
            if not isinstance(question, str) or not question.strip():
                raise TypeError("question is not a text")
        except (ValueError, KeyError, TypeError) as error:
            if report:
                log.warning("%s line %d skipped: %s", DECLINED, number, error)
            continue
        stamp = entry.get("documents")
        yield question.strip(), stamp if isinstance(stamp, str) else None


def variant_keys(
    variants: list[Variant], documents: dict[str, tuple[str, list[Passage]]]
) -> tuple[list[Key], list[str]]:
    """Keys of the variants whose quote is found, and one line per variant that is skipped."""
    keys: list[Key] = []
    skipped: list[str] = []
    for variant in variants:
        text, passages = documents.get(variant.source, ("", []))
        at = text.find(variant.quote) if variant.quote.strip() else -1
        holder = next((p for p in passages if p.start <= at < p.end), None) if at >= 0 else None
        if holder is None:
            skipped.append(
                f"{ALSO_ASKED}: {variant.question!r}: quote not found in {variant.source}"
            )
            continue
        keys.append(Key(variant.question, holder, at, at + len(variant.quote), "also-asked"))
    return keys, skipped


def subject_word(titles: Sequence[str]) -> str:
    """The documents' subject, as their titles name it: the title word (`subject.title_words`)
    most titles use, when at least two and more than half of them do ("microneedling" of four
    leaflets titled with it); "" otherwise (a single document names no subject this way)."""
    used = Counter(word for title in titles for word in title_words(title))
    if not used:
        return ""
    word, count = max(used.items(), key=lambda item: (item[1], item[0]))
    return word if count >= 2 and 2 * count > len(titles) else ""


def implied(question: str, subject: str) -> str | None:
    """The question with the subject's name left out where it modifies a noun after a
    determiner, when it keeps `IMPLIED_MIN_WORDS` words without it; else None."""
    if not subject:
        return None
    named = re.compile(rf"\b({_DETERMINERS})\s+{re.escape(subject)}\s+(?=[a-z])", re.IGNORECASE)
    if not named.search(question):
        return None
    rest = " ".join(named.sub(r"\1 ", question).split())
    return rest if len(_WORDS.findall(rest.lower())) >= IMPLIED_MIN_WORDS else None
