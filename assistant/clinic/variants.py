"""The clinic's question files, kept with the corpus: the "also asked as" variants
(corpus/also-asked.jsonl) and the declined questions (corpus/declined.jsonl).

A variant is one JSON object per line: {"question", "source", "quote"}, where quote is an exact
sentence of the passage the question should find. The ingest indexes each question as a key to
that passage. A declined question is {"question"}: one the staff marked out of scope; the
not-covered decision reads how near a patient's question is to those. The staff page stamps it
with the digest of the documents it was declined against ({"question", "documents"}): asked
again, it is refused until a document is added or changed. Acting from the staff page and
editing these files by hand are the same thing (a line without a stamp is only read as near).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from assistant.clinic.files import write_atomically
from assistant.errors import AssistantError
from assistant.ingest.corpus import ALSO_ASKED as FILE_NAME
from assistant.ingest.corpus import DECLINED, documents_digest, load_corpus
from assistant.ingest.keys import Variant
from assistant.ingest.keys import read_variants as _read

__all__ = [
    "Variant",
    "VariantError",
    "answering_quote",
    "attach",
    "decline",
    "read_variants",
    "variants_path",
]

_lock = threading.Lock()


class VariantError(AssistantError):
    """A variant cannot be attached as asked."""


def variants_path(corpus_dir: Path) -> Path:
    return corpus_dir / FILE_NAME


def read_variants(corpus_dir: Path) -> list[Variant]:
    """Every variant in the file (none when it does not exist), read as the ingest reads it."""
    return _read(corpus_dir)[0]


def answering_quote(
    question: str, sentences: Sequence[str], embed: Callable[[Sequence[str]], np.ndarray]
) -> str:
    """Of a passage's sentences, the one the model places nearest the question: the quote a
    variant attached to the passage is anchored to. The ranking learns to read such questions
    towards their quote (`answering/answered.py`), and an answer is grown from the sentence it
    leads to. Anchored to the passage's first sentence instead, a question on where the clinic
    is, attached to the passage ending with an address typed into the FAQ, was answered with
    that first sentence, on sessions."""
    vectors = embed([question, *sentences])
    return sentences[int(np.argmax(vectors[1:] @ vectors[0]))]


def attach(corpus_dir: Path, variant: Variant, *, document_text: str) -> None:
    """Append a variant, after checking its quote is in the document; atomic (temp + rename)."""
    question = " ".join(variant.question.split())
    if not question or len(question) > 1000:
        raise VariantError("a variant question is 1 to 1000 characters")
    if not variant.quote.strip() or variant.quote not in document_text:
        raise VariantError(f"the quote is not text of {variant.source}")
    line = json.dumps(
        {"question": question, "source": variant.source, "quote": variant.quote},
        ensure_ascii=False,
    )
    _append(variants_path(corpus_dir), line)


def decline(corpus_dir: Path, question: str, *, max_bytes: int | None = None) -> None:
    """Append a question the staff marked out of scope (once); atomic (temp + rename). With
    `max_bytes` (the ingest's limit), stamped with the digest of the documents as they are."""
    question = " ".join(question.split())
    if not question or len(question) > 1000:
        raise VariantError("a declined question is 1 to 1000 characters")
    line: dict[str, str] = {"question": question}
    if max_bytes is not None:
        line["documents"] = documents_digest(load_corpus(corpus_dir, max_bytes=max_bytes))
    _append(corpus_dir / DECLINED, json.dumps(line, ensure_ascii=False))


def _append(path: Path, line: str) -> None:
    with _lock:
        existing = path.read_text(encoding="utf-8") if path.exists() else ""
        if line in existing.splitlines():
            return  # there already
        if existing and not existing.endswith("\n"):
            existing += "\n"
        write_atomically(path, existing + line + "\n")
