"""Red flags: the table of every concept, and the signs of them found in a text.

A concept is clinical language (a swelling tongue, pus, a fever), not any clinic's documents,
so the table holds for every clinic. Each concept is data with its patterns, the phrases it must
match and the look-alikes it must not (`concept.py`), grouped by what it signals: `airway.py`,
`reactions.py`, `injuries.py`, `distress.py`. `tests/unit/answering/triage/test_red_flags.py`
is generated from the table: a concept without examples on both sides fails there. Whether a
match is the patient's own, present and asserted is `context.py`'s question, not this table's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answering.triage.airway import AIRWAY
from assistant.answering.triage.concept import Concept, Sign
from assistant.answering.triage.distress import DISTRESS
from assistant.answering.triage.injuries import INJURIES
from assistant.answering.triage.reactions import REACTIONS

# The order is the learned decision's: `classifier.py` reads each concept's features at its
# place in this table, so a new concept goes at the end (and the model is refitted).
CONCEPTS: tuple[Concept, ...] = (*AIRWAY, *REACTIONS, *INJURIES, *DISTRESS)


# A sentence: up to a stop, question or exclamation mark that ends a word (not the point of
# "38.5"), or a line break.
_SENTENCE = re.compile(r"[^\n]+?(?:[.!?]+(?=\s|$)|$)", re.MULTILINE)


@lru_cache(maxsize=256)  # a question is read for its signs twice: triage, then its topic
def signs(text: str) -> tuple[Sign, ...]:
    """Every red-flag concept found in a normal text, with where it was found. A sign lies
    within one sentence: "does it always get this puffy?? my lips look fine" names no swollen
    lips."""
    found = []
    for sentence in _SENTENCE.finditer(text):
        for concept in CONCEPTS:
            for match in concept.regex.finditer(text, sentence.start(), sentence.end()):
                found.append(Sign(concept, match.start(), match.end()))
    return tuple(found)
