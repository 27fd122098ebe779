"""Domain replies as the contract's JSON shapes (shared by the API and the evaluation)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from assistant.answering.engine import Reply


def reply_to_dict(reply: Reply) -> dict[str, Any]:
    return {
        "kind": reply.kind,
        "answer": reply.answer,
        "citations": [asdict(c) for c in reply.citations],
        "referral": reply.referral,
        "text": reply.text,
    }
