"""The clinic's glossary: the words its patients use, and its documents' words for them.

Clinic data kept with the corpus (`corpus/glossary.jsonl`, one JSON object a line:
{"patient": "hurt", "documents": "discomfort numbing"}), reviewed like the documents and read
by the ingest into the index version's manifest, so an edit makes a new version. It is optional:
a clinic starts without one, and the vocabulary bridge (answering/bridge.py) reaches the
documents' words for a patient word from the model alone; the glossary is where a clinic fixes
what the bridge gets wrong or misses ("foundation" is makeup here, not a building's).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

log = logging.getLogger(__name__)

GLOSSARY = "glossary.jsonl"


def folded(text: object) -> str:
    """A glossary side as it is kept and matched: lower case, single spaces."""
    return " ".join(str(text).lower().split())


def read_glossary(corpus_dir: Path) -> dict[str, str]:
    """Patient word or phrase (lower case) -> the documents' words; {} when there is none.

    A line that cannot be read is reported by its number and skipped.
    """
    path = corpus_dir / GLOSSARY
    if not path.is_file():
        return {}
    glossary: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
            patient, documents = folded(entry["patient"]), folded(entry["documents"])
        except (ValueError, KeyError, TypeError) as error:
            log.warning("%s line %d skipped: %s", GLOSSARY, number, error)
            continue
        if patient and documents:
            glossary[patient] = documents
    return glossary
