from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.ingest.chunking import chunk, units_of
from assistant.ingest.corpus import Document, load_corpus
from tests.helpers import CORPUS

WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéü’-", min_size=1, max_size=9).filter(
    lambda w: w.strip("-’") == w
)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    words = draw(st.lists(WORD, min_size=1, max_size=14))
    words[0] = words[0].capitalize()
    return " ".join(words) + draw(st.sampled_from([".", "!", "?", ":", ""]))


@st.composite
def documents(draw: st.DrawFn) -> str:
    blocks = []
    for _ in range(draw(st.integers(1, 12))):
        kind = draw(st.sampled_from(["heading", "paragraph", "list", "numbered"]))
        if kind == "heading":
            blocks.append("#" * draw(st.integers(1, 3)) + " " + draw(sentences()))
        elif kind == "paragraph":
            blocks.append(" ".join(draw(st.lists(sentences(), min_size=1, max_size=8))))
        else:
            items = draw(st.lists(sentences(), min_size=1, max_size=6))
            marks = (
                ["- "] * len(items) if kind == "list" else [f"{i + 1}. " for i in range(len(items))]
            )
            blocks.append("\n".join(m + item for m, item in zip(marks, items, strict=True)))
    return "\n\n".join(blocks) + draw(st.sampled_from(["", "\n", "\n\n"]))


def _whole_words(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() and text[start].isalnum()) and not (
        after.isalnum() and text[end - 1].isalnum()
    )


@settings(max_examples=150, deadline=None)
@given(documents())
def test_chunk_offsets_are_exact_whole_and_cover_every_word(text: str) -> None:
    document = Document(source="corpus/x.md", title="X", text=text)
    passages = chunk(document)
    covered = [False] * len(text)
    for passage in passages:
        assert passage.start < passage.end
        assert text[passage.start : passage.end] == text[passage.start : passage.end].strip()
        for unit in passage.units:
            assert passage.start <= unit.start < unit.end <= passage.end
            quote = text[unit.start : unit.end]
            assert quote == quote.strip() and quote
            assert _whole_words(text, unit.start, unit.end)
            for i in range(unit.start, unit.end):
                assert not covered[i], "units overlap"
                covered[i] = True
    # Every word is quotable, except list bullets and heading marks, and headings with no text
    # below.
    headings = [(u.start, u.end) for u in units_of(text) if u.role == "heading"]
    for match in re.finditer(r"[^\s#]+", text):
        inside = covered[match.start()]
        bullet = re.fullmatch(r"-|\d+\.", match.group()) and (
            match.start() == 0 or text[match.start() - 1] == "\n"
        )
        in_heading = any(start <= match.start() < end for start, end in headings)
        assert inside or bullet or in_heading, match.group()


def test_chunk_real_corpus_passages_are_a_few_sentences() -> None:
    for document in load_corpus(CORPUS, max_bytes=5_000_000):
        passages = chunk(document)
        assert passages
        for passage in passages:
            assert 1 <= len(passage.units) <= 12
            assert passage.end - passage.start <= 1200
            for unit in passage.units:
                assert (
                    document.text[unit.start : unit.end].strip()
                    == document.text[unit.start : unit.end]
                )


def test_units_split_sentences_and_list_items_without_bullets() -> None:
    text = (
        "# Care\n\nWash gently. Avoid sun! Why? Because.\n\n- Hydrate: drink water.\n2. Rest well\n"
    )
    quotes = [(text[u.start : u.end], u.role) for u in units_of(text)]
    assert quotes == [
        ("Care", "heading"),
        ("Wash gently.", "sentence"),
        ("Avoid sun!", "sentence"),
        ("Why?", "sentence"),
        ("Because.", "sentence"),
        ("Hydrate: drink water.", "item"),
        ("Rest well", "item"),
    ]
