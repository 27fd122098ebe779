"""What an index record carries: one definition for the ingest, the store and the answering.

Chroma keeps metadata as a flat dict of scalars; `Meta` names its keys and `Record` reads them
as typed attributes, so no other module spells a metadata key.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypedDict

import numpy as np


class Meta(TypedDict, total=False):
    """Metadata of a passage or sentence record, as stored."""

    source: str  # path relative to the project root, e.g. corpus/faq.md
    title: str  # the document's title
    heading: str  # the nearest heading above the text
    start: int  # offsets of the text in the source file (code points)
    end: int
    role: str  # sentences only: "sentence", "item" (a list item) or "intro" (introduces a list)
    passage_id: str  # sentences only: the passage holding it
    passage_start: int
    passage_end: int
    embed_hash: str  # hash of the text the vector was computed from (vector reuse)


@dataclass(frozen=True, slots=True)
class Record:
    """One stored chunk: its id, the text shown, the vector and the metadata."""

    id: str
    text: str
    embedding: np.ndarray
    metadata: Meta

    @property
    def source(self) -> str:
        return self.metadata["source"]

    @property
    def title(self) -> str:
        return self.metadata["title"]

    @property
    def heading(self) -> str:
        return self.metadata.get("heading", "")

    @property
    def start(self) -> int:
        return int(self.metadata["start"])

    @property
    def end(self) -> int:
        return int(self.metadata["end"])

    @property
    def role(self) -> str:
        return self.metadata.get("role", "")

    @property
    def passage_id(self) -> str:
        """The passage a sentence belongs to; a passage's own id for a passage."""
        return self.metadata.get("passage_id", self.id)

    @property
    def passage_start(self) -> int:
        return int(self.metadata.get("passage_start", self.start))
