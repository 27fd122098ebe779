"""Documents to passages and sentences, each with exact character offsets into the source text.

Units are the smallest things a citation may quote: a heading, a sentence of a paragraph, or a
list item (without its bullet). Passages group consecutive units of one section into a few
sentences; langchain's splitter chooses the passage breaks along the document's structure.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from langchain_text_splitters import RecursiveCharacterTextSplitter

from assistant.ingest.corpus import Document

# Bump when the way text is cut or embedded changes: the ingest then rebuilds everything.
CHUNKER_VERSION = "3"
PASSAGE_CHARS = 700

Role = Literal["heading", "sentence", "item", "intro"]

_HEADING = re.compile(r"(?P<marks>#{1,6})[ \t]+")
_ITEM = re.compile(r"(?:[-*+•]|\d{1,3}[.)])[ \t]+")
# A sentence ends at . ! or ? (maybe closed by a quote or bracket) before white space and a
# capital, digit, quote or bracket. Common abbreviations do not end sentences.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "vs.", "Dr.", "Mr.", "Mrs.", "Ms.", "St.", "No.")


@dataclass(frozen=True, slots=True)
class Unit:
    """A quotable span: text[start:end] of its document."""

    start: int
    end: int
    role: Role
    heading: str  # the nearest heading above (its own text for a heading)


@dataclass(frozen=True, slots=True)
class Passage:
    """A few consecutive units of one section."""

    source: str
    title: str
    heading: str
    start: int
    end: int
    units: tuple[Unit, ...] = field(repr=False)


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentence spans of text[start:end]."""
    cursor = start
    for match in _SENTENCE_END.finditer(text, start, end):
        cut = match.end()
        if text[cursor:cut].endswith(_ABBREVIATIONS):
            continue
        span = _strip_span(text, cursor, cut)
        if span[0] < span[1]:
            yield span
        cursor = cut
    span = _strip_span(text, cursor, end)
    if span[0] < span[1]:
        yield span


def units_of(text: str) -> list[Unit]:
    """Every quotable unit of a document, in order."""
    units: list[Unit] = []
    heading = ""
    offset = 0
    for line in text.splitlines(keepends=True):
        line_start, line_end = _strip_span(text, offset, offset + len(line))
        offset += len(line)
        if line_start == line_end:
            continue
        if match := _HEADING.match(text, line_start, line_end):
            start, end = _strip_span(text, match.end(), line_end)
            if start < end:
                heading = text[start:end]
                units.append(Unit(start, end, "heading", heading))
            continue
        role: Role = "sentence"
        if match := _ITEM.match(text, line_start, line_end):
            line_start, role = match.end(), "item"
        for start, end in _sentences(text, line_start, line_end):
            # A sentence that introduces what follows ("Here are some tips:") answers nothing alone.
            unit_role: Role = "intro" if role == "sentence" and text[end - 1] == ":" else role
            units.append(Unit(start, end, unit_role, heading))
    return units


_SPLITTER = RecursiveCharacterTextSplitter(
    chunk_size=PASSAGE_CHARS,
    chunk_overlap=0,
    # Coarsest structure first: sections, paragraphs, lines (list items), then sentences.
    separators=[r"\n(?=#{1,6} )", r"\n\n", r"\n", r"(?<=[.!?])\s+"],
    is_separator_regex=True,
    keep_separator="start",
    strip_whitespace=True,
)


def chunk(document: Document) -> list[Passage]:
    """The document's passages; every passage and unit satisfies text[start:end] == its text."""
    text = document.text
    # A front-matter block (review date, reviewer) is part of the file but not content.
    units = [unit for unit in units_of(text) if unit.start >= document.body_start]
    # The splitter returns substrings of the text; find each to learn where the breaks fall.
    breaks: list[int] = []
    cursor = 0
    for piece in _SPLITTER.split_text(text):
        found = text.find(piece, cursor)
        if found < 0:  # cannot happen for a contiguous splitter; stay correct if it ever does
            continue
        breaks.append(found)
        cursor = found + len(piece)
    passages: list[Passage] = []
    group: list[Unit] = []

    def close() -> None:
        # A heading with nothing below it (a title above a subheading) answers nothing.
        if any(member.role != "heading" for member in group):
            first, last = group[0], group[-1]
            passages.append(
                Passage(
                    document.source,
                    document.title,
                    first.heading,
                    first.start,
                    last.end,
                    tuple(group),
                )
            )
        group.clear()

    next_break = 1
    for unit in units:
        while next_break < len(breaks) and unit.start >= breaks[next_break]:
            # A heading stays with the text below it: it is the key, that text the answer.
            if any(member.role != "heading" for member in group):
                close()
            next_break += 1
        # A new section always starts a new passage, so a passage never spans two headings.
        if unit.role == "heading":
            close()
        group.append(unit)
    close()
    return passages


def chunk_id(source: str, start: int, end: int, text: str) -> str:
    """Stable id: the same text at the same place of the same file always gets the same id."""
    digest = hashlib.sha256(f"{source}\0{start}\0{end}\0{text}".encode()).hexdigest()
    return digest[:32]
