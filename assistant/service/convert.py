"""Domain replies as the contract's JSON shapes (shared by the API and the evaluation)."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from assistant.answering.answer import Citation
from assistant.answering.engine import Reply

# dataclasses.asdict copies every value recursively (deepcopy per field); a citation holds only
# flat values, so reading its fields is enough, at a fraction of the cost per reply.
_CITATION_FIELDS = tuple(f.name for f in fields(Citation))


def reply_to_dict(reply: Reply) -> dict[str, Any]:
    return {
        "kind": reply.kind,
        "answer": reply.answer,
        "citations": [
            {name: getattr(c, name) for name in _CITATION_FIELDS} for c in reply.citations
        ],
        "referral": reply.referral,
        "text": reply.text,
        "not_covered": reply.not_covered,
    }
