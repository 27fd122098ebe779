"""Reading corpus/ into documents, refusing bad files by name with a one-line reason."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from assistant.config import PROJECT_ROOT
from assistant.errors import CorpusError

SUPPORTED_SUFFIXES = (".md", ".txt")
# Clinic data kept beside the documents (the "also asked as" variants, read by ingest/keys.py):
# read by the ingest on its own, never as a document.
DATA_SUFFIXES = (".jsonl",)
ALSO_ASKED = "also-asked.jsonl"
# The questions the clinic declined: its documents do not answer them (`ingest/keys.py`).
DECLINED = "declined.jsonl"
_TITLE = re.compile(r"\ufeff?#[ \t]+(?P<title>[^\n]+)")
# An optional front-matter block of `key: value` lines: `---\nreviewed: 2026-01-31\n---\n`.
_FRONT_MATTER = re.compile(r"\A\ufeff?---\n(?P<body>(?:[^\n]*\n)*?)---[ \t]*(?:\n|\Z)")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class Document:
    """One source file: its repository-relative path, human title and exact text.

    A front-matter block stays part of `text` (citation offsets index the file as read) but its
    content starts at `body_start`; `reviewed` (YYYY-MM-DD) and `reviewer` come from it.
    """

    source: str
    title: str
    text: str
    body_start: int = 0
    reviewed: str | None = None
    reviewer: str | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def documents_digest(documents: list[Document]) -> str:
    """One digest of every document's text: which documents a decision was made against (a
    declined question, `ingest/keys.py`). Their paths are left out: a corpus folder moved or
    served from elsewhere holds the same documents."""
    digest = hashlib.sha256()
    for text_digest in sorted(d.sha256 for d in documents):
        digest.update(f"{text_digest}\n".encode())
    return digest.hexdigest()[:32]


def source_name(path: Path, corpus_dir: Path) -> str:
    """The path a citation shows: relative to the project, else under the corpus folder's name."""
    try:
        return path.resolve().relative_to(PROJECT_ROOT).as_posix()
    except ValueError:
        return (Path(corpus_dir.name) / path.relative_to(corpus_dir)).as_posix()


def read_document(path: Path, corpus_dir: Path, *, max_bytes: int) -> Document:
    """Read one file, or raise CorpusError with a reason naming the problem."""
    name = source_name(path, corpus_dir)
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise CorpusError(
            [
                f"{name}: unsupported file type {path.suffix or '(none)'!r}; "
                f"use {' or '.join(SUPPORTED_SUFFIXES)}"
            ]
        )
    size = path.stat().st_size
    if size > max_bytes:
        raise CorpusError([f"{name}: too large ({size:,} bytes; the limit is {max_bytes:,})"])
    data = path.read_bytes()
    if b"\x00" in data:
        raise CorpusError([f"{name}: binary content (NUL bytes); save it as UTF-8 text"])
    try:
        # Decoded exactly, without newline translation: citation offsets index this string.
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise CorpusError(
            [f"{name}: not valid UTF-8 (byte {error.start}); save it as UTF-8"]
        ) from None
    if "\r" in text:
        raise CorpusError(
            [
                f"{name}: Windows (CRLF) or old Mac line endings; save with LF "
                "line endings so citation offsets are unambiguous"
            ]
        )
    if not text.strip():
        raise CorpusError([f"{name}: empty (no text)"])
    body_start, fields = front_matter(text)
    reviewed = fields.get("reviewed")
    if reviewed is not None and not _DATE.fullmatch(reviewed):
        raise CorpusError(
            [f"{name}: front matter 'reviewed' must be YYYY-MM-DD (got {reviewed!r})"]
        )
    if not text[body_start:].strip():
        raise CorpusError([f"{name}: empty (no text after the front matter)"])
    match = _TITLE.match(text, body_start)
    title = (
        match["title"].strip() if match else path.stem.replace("-", " ").replace("_", " ").title()
    )
    return Document(
        source=name,
        title=title,
        text=text,
        body_start=body_start,
        reviewed=reviewed,
        reviewer=fields.get("reviewer"),
    )


def front_matter(text: str) -> tuple[int, dict[str, str]]:
    """Where the content starts after a front-matter block, and the block's `key: value` pairs."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        return 0, {}
    fields = {}
    for line in match["body"].splitlines():
        key, colon, value = line.partition(":")
        if colon and key.strip():
            fields[key.strip().lower()] = value.strip().strip("'\"")
    return match.end(), fields


def load_corpus(corpus_dir: Path, *, max_bytes: int) -> list[Document]:
    """Every document under corpus_dir, sorted by path; all refusals are reported together."""
    if not corpus_dir.is_dir():
        raise CorpusError([f"{corpus_dir}: corpus folder not found"])
    documents: list[Document] = []
    refusals: list[str] = []
    for path in sorted(corpus_dir.rglob("*")):
        relative = path.relative_to(corpus_dir)
        if any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue  # hidden files (.gitkeep, editor swap files) are not documents
        if path.suffix.lower() in DATA_SUFFIXES or relative.as_posix() == ALSO_ASKED:
            continue
        try:
            documents.append(read_document(path, corpus_dir, max_bytes=max_bytes))
        except CorpusError as error:
            refusals.extend(error.reasons)
    if refusals:
        raise CorpusError(refusals)
    if not documents:
        raise CorpusError([f"{corpus_dir}: no documents ({' or '.join(SUPPORTED_SUFFIXES)} files)"])
    return documents
