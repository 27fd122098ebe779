"""A document's index records before their vectors: what each record quotes, where, and the
text its vector is computed from (a passage with its title and heading, a sentence alone, a
key's question)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from assistant.index.records import Meta
from assistant.ingest.chunking import Passage, chunk, chunk_id
from assistant.ingest.corpus import DECLINED, Document
from assistant.ingest.keys import (
    Key,
    document_keys,
    implied,
    read_declined,
    read_variants,
    variant_keys,
)

ANSWER_ROLES = ("sentence", "item", "intro")


@dataclass(frozen=True, slots=True)
class Pending:
    """A record still without its vector, and the text its vector is computed from."""

    kind: str
    id: str
    text: str
    embed_text: str
    metadata: Meta

    @property
    def embed_hash(self) -> str:
        return hashlib.sha256(self.embed_text.encode("utf-8")).hexdigest()[:32]


def passage_embed_text(passage: Passage, text: str) -> str:
    body = text[passage.start : passage.end]
    heading = passage.heading if not body.startswith(passage.heading) else ""
    return "\n".join(part for part in (passage.title, heading, body) if part)


def sentence_embed_text(heading: str, sentence: str, role: str) -> str:
    """A sentence is embedded alone: with its heading, every sentence of a section looked alike
    and the heading's words outranked the sentence's own (measured: top-1 on patient wording
    0.62 -> 0.75). A list item ("Stretch marks") says little alone: it keeps its heading.
    """
    return f"{heading}\n{sentence}" if heading and role == "item" else sentence


def key_record(key: Key, document: Document) -> Pending:
    """A key's record: its question, embedded alone, pointing at its passage."""
    passage, source = key.passage, document.source
    body = document.text[passage.start : passage.end]
    passage_id = chunk_id(source, passage.start, passage.end, body)
    return Pending(
        "keys",
        chunk_id(source, key.start, key.end, f"{key.role}\0{key.text}\0{passage.start}"),
        key.text,
        key.text,
        Meta(
            source=source,
            title=document.title,
            heading=passage.heading,
            start=key.start,
            end=key.end,
            role=key.role,
            passage_id=passage_id,
            passage_start=passage.start,
            passage_end=passage.end,
        ),
    )


def records_of(document: Document) -> list[Pending]:
    """The passage, sentence and key records of one document."""
    text = document.text
    pending: list[Pending] = []
    passages = chunk(document)
    for passage in passages:
        body = text[passage.start : passage.end]
        passage_id = chunk_id(document.source, passage.start, passage.end, body)
        common = Meta(source=document.source, title=document.title, heading=passage.heading)
        pending.append(
            Pending(
                "passages",
                passage_id,
                body,
                passage_embed_text(passage, text),
                {**common, "start": passage.start, "end": passage.end},
            )
        )
        for unit in passage.units:
            if unit.role not in ANSWER_ROLES:
                continue
            sentence = text[unit.start : unit.end]
            pending.append(
                Pending(
                    "sentences",
                    chunk_id(document.source, unit.start, unit.end, sentence),
                    sentence,
                    sentence_embed_text(unit.heading, sentence, unit.role),
                    {
                        **common,
                        "heading": unit.heading,
                        "start": unit.start,
                        "end": unit.end,
                        "role": unit.role,
                        "passage_id": passage_id,
                        "passage_start": passage.start,
                        "passage_end": passage.end,
                    },
                )
            )
    pending.extend(key_record(key, document) for key in document_keys(text, passages))
    return pending


def also_asked_records(
    documents: list[Document], corpus_dir: Path
) -> tuple[list[Pending], list[str]]:
    """Key records of the clinic's also-asked variants, and a line per variant skipped."""
    variants, _ = read_variants(corpus_dir)
    if not variants:
        return [], []
    by_source = {d.source: d for d in documents}
    keys, skipped = variant_keys(variants, {d.source: (d.text, chunk(d)) for d in documents})
    return [key_record(key, by_source[key.passage.source]) for key in keys], skipped


def implied_records(pending: list[Pending], subject: str) -> list[Pending]:
    """A key record without the subject's name for each key that asks (a clinic's variant or a
    question heading) and names it (`keys.implied`): role "implied", leading to the same
    passage. None where the same question already leads there as written."""
    asked = {(p.text, p.metadata.get("passage_id")) for p in pending if p.kind == "keys"}
    twins: dict[str, Pending] = {}
    for p in pending:
        role = p.metadata.get("role")
        asks = role == "also-asked" or (role != "declined" and p.text.rstrip().endswith("?"))
        if p.kind != "keys" or not asks:
            continue
        text = implied(p.text, subject)
        if text is None or (text, p.metadata.get("passage_id")) in asked:
            continue
        meta = p.metadata
        twin_id = chunk_id(
            meta.get("source", ""),
            meta.get("start", 0),
            meta.get("end", 0),
            f"implied\0{text}\0{meta.get('passage_start', 0)}",
        )
        twins[twin_id] = Pending("keys", twin_id, text, text, Meta(**{**meta, "role": "implied"}))
    return list(twins.values())


def declined_records(corpus_dir: Path) -> list[Pending]:
    """Key records of the questions the clinic declined: no passage, their question embedded."""
    questions, _ = read_declined(corpus_dir)
    return [
        Pending(
            "keys",
            chunk_id(DECLINED, 0, len(question), f"declined\0{question}"),
            question,
            question,
            Meta(
                source=DECLINED,
                title="",
                heading="",
                start=0,
                end=len(question),
                role="declined",
                passage_id="",
                passage_start=0,
                passage_end=0,
            ),
        )
        for question in questions
    ]
