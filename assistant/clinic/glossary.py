"""The staff's edits of the clinic's glossary (`corpus/glossary.jsonl`, read by the ingest in
ingest/glossary.py): "our patients say X for what the documents call Y".

A line is {"patient": "contraindications", "documents": "not recommended avoid"}. Saving a word
again replaces its line and removing a word takes its line out; every other line (a teammate's
hand edit, one that cannot be read) is kept as it was. The file is rewritten atomically, and the
next ingest makes a new index version with it, as for the also-asked lines.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path

from assistant.clinic.files import write_atomically
from assistant.errors import AssistantError
from assistant.ingest.glossary import GLOSSARY, folded, read_glossary

__all__ = ["GlossaryError", "glossary_lines", "put_word", "remove_word"]

# A patient word or short phrase ("microneedling pen", "after care"); the documents' side names
# a few of their words. Longer entries are sentences, which the also-asked lines are for.
MOST_PATIENT_WORDS = 4
MOST_DOCUMENT_WORDS = 8
MOST_CHARACTERS = 80

_lock = threading.Lock()


class GlossaryError(AssistantError):
    """A glossary line cannot be saved as asked."""


def glossary_lines(corpus_dir: Path) -> list[dict[str, str]]:
    """The glossary as the ingest reads it: patient word -> the documents' words."""
    return [{"patient": p, "documents": d} for p, d in read_glossary(corpus_dir).items()]


def put_word(
    corpus_dir: Path, patient: str, documents: str, *, uses: Callable[[str], bool]
) -> dict[str, str]:
    """Save a line, replacing the word's line if it has one. `uses` tells whether the documents
    use a word: a line sending patients to words no document contains would find nothing."""
    patient, documents = _words(patient, MOST_PATIENT_WORDS), _words(documents, MOST_DOCUMENT_WORDS)
    if not patient or not documents:
        raise GlossaryError(
            f"a patient word (1 to {MOST_PATIENT_WORDS} words) and the documents' words "
            f"(1 to {MOST_DOCUMENT_WORDS}) are both needed"
        )
    unused = [w for w in documents.split() if not uses(w)]
    if unused:
        raise GlossaryError(f"the documents never use {', '.join(map(repr, unused))}")
    line = json.dumps({"patient": patient, "documents": documents}, ensure_ascii=False)
    with _lock:
        _rewrite(corpus_dir / GLOSSARY, patient, line)
    return {"patient": patient, "documents": documents}


def remove_word(corpus_dir: Path, patient: str) -> bool:
    """Take a patient word's line out; False when the glossary has none for it."""
    with _lock:
        return _rewrite(corpus_dir / GLOSSARY, folded(patient), None)


def _words(text: str, most: int) -> str:
    """The text's words, lower case and single-spaced; "" when they are too many or too long,
    or when one holds no letter or digit."""
    kept = folded(text)
    words = kept.split()
    if not 1 <= len(words) <= most or len(kept) > MOST_CHARACTERS:
        return ""
    if not all(any(c.isalnum() for c in w) for w in words):
        return ""
    return kept


def _rewrite(path: Path, patient: str, line: str | None) -> bool:
    """The file without the patient word's lines, and with `line` at the end when given.
    Whether a line of the word was there."""
    kept, found = [], False
    existing = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    for text in existing:
        if _patient_of(text) == patient:
            found = True
        elif text.strip():
            kept.append(text)
    if line is None and not found:
        return False
    write_atomically(path, "".join(f"{t}\n" for t in [*kept, *([line] if line else [])]))
    return found


def _patient_of(text: str) -> str | None:
    """A line's patient word as the ingest reads it; None for a line it cannot read."""
    try:
        return folded(json.loads(text)["patient"])
    except (ValueError, KeyError, TypeError):
        return None
