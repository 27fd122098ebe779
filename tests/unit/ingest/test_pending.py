"""A document's records before their vectors: what each quotes and the text it is embedded as."""

from __future__ import annotations

import pytest

from assistant.ingest.corpus import Document
from assistant.ingest.pending import records_of, sentence_embed_text

LEAFLET = """# Garden care

## Watering

Water the roses early in the morning. Avoid wetting the leaves.

## What to bring

- Gloves
- A small trowel
"""


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        pytest.param("sentence", "Water early.", id="sentence-alone"),
        pytest.param("item", "Watering\nWater early.", id="item-keeps-heading"),
        pytest.param("intro", "Water early.", id="intro-alone"),
    ],
)
def test_sentence_embed_text_keeps_the_heading_of_items_only(role: str, expected: str) -> None:
    assert sentence_embed_text("Watering", "Water early.", role) == expected


def test_records_of_quote_the_document_at_their_offsets() -> None:
    document = Document("corpus/garden.md", "Garden care", LEAFLET)
    pending = records_of(document)
    assert {p.kind for p in pending} >= {"passages", "sentences"}
    for record in pending:
        if record.kind != "keys":
            start, end = record.metadata["start"], record.metadata["end"]
            assert LEAFLET[start:end] == record.text
    sentences = {p.text: p for p in pending if p.kind == "sentences"}
    assert sentences["Gloves"].embed_text == "What to bring\nGloves"
    assert sentences["Avoid wetting the leaves."].embed_text == "Avoid wetting the leaves."
    assert len({p.id for p in pending}) == len(pending)
