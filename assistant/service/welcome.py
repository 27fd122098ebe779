"""What the chat panel opens with: the clinic's greeting and example questions from its own
documents, so a clinic that replaces `corpus/` gets its own (no treatment is named in the
widget's code).

The examples are the documents' question headings ("Does a peel sting?"): the index's heading
keys (`ingest/keys.py`), which lead to the passages below them and which the engine answers as
asked. Taken in turn from each document, in corpus order, so they span the documents, and each
opening differently from those before ("What is ...?" once) while another heading does.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import anyio
from fastapi import APIRouter

from assistant.answering.retrieval import Retriever
from assistant.config import Settings
from assistant.errors import AssistantError
from assistant.index.records import Record
from assistant.service.deps import EngineDep

router = APIRouter()
EXAMPLES = 3


def example_questions(keys: Sequence[Record], limit: int = EXAMPLES) -> list[str]:
    """Up to `limit` of the keys' question headings, one from each document in turn, none twice
    and none opening with the two words of one before while another heading does not (case and
    white space folded)."""
    by_source: dict[str, dict[str, str]] = {}
    headings = (k for k in keys if k.role == "heading")
    for key in sorted(headings, key=lambda k: (k.source, k.start)):
        heading = " ".join(key.text.split())
        if heading.endswith("?"):
            by_source.setdefault(key.source, {}).setdefault(heading.casefold(), heading)
    chosen: dict[str, str] = {}
    for fresh in (True, False):
        openings = {_opening(folded) for folded in chosen}
        queues = [list(headings.items()) for headings in by_source.values()]
        while len(chosen) < limit and any(queues):
            for queue in queues:
                found = next(
                    (
                        pair
                        for pair in queue
                        if pair[0] not in chosen and not (fresh and _opening(pair[0]) in openings)
                    ),
                    None,
                )
                queue[:] = queue[queue.index(found) + 1 :] if found else []
                if found and len(chosen) < limit:
                    chosen[found[0]] = found[1]
                    openings.add(_opening(found[0]))
    return list(chosen.values())


def _opening(folded: str) -> tuple[str, ...]:
    return tuple(folded.split()[:2])


def greeting(settings: Settings) -> str:
    return (
        f"Hello! I answer questions from {settings.clinic_name}'s information leaflets, and show "
        f"you the passages I used. I can't give personal medical advice."
    )


@router.get("/welcome", tags=["chat"])
async def welcome(engine: EngineDep) -> dict[str, Any]:
    """The chat panel's greeting and example questions (the documents' own; none before an
    index is published)."""

    def examples() -> list[str]:
        try:
            return list(_examples_of(engine.retriever()))
        except AssistantError:
            return []

    return {
        "greeting": greeting(engine.settings),
        "suggestions": await anyio.to_thread.run_sync(examples),
    }


@lru_cache(maxsize=1)
def _examples_of(retriever: Retriever) -> tuple[str, ...]:
    """The published version's examples, chosen once: a new version is a new retriever (only
    the current one is held)."""
    return tuple(example_questions(retriever.keys.records))
