"""The source view and the documents' review dates.

GET /source?path=corpus/x.md&start=..&end=.. is a page (static, text-only, strict CSP) that
asks GET /source/text for the whole document and highlights the quoted span. Only files the
corpus reader accepts are served: a path is looked up among them, never opened as given.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request

from assistant.config import Settings
from assistant.errors import CorpusError
from assistant.ingest.corpus import SUPPORTED_SUFFIXES, read_document, source_name

router = APIRouter()
_listing: dict[Path, tuple[float, dict[str, Path], dict[str, float]]] = {}
LISTING_S = 2.0
_reviews: dict[tuple[Path, float], str | None] = {}
_lock = threading.Lock()


def _listed(settings: Settings) -> tuple[dict[str, Path], dict[str, float]]:
    """Source name -> file, and each file's modification time, for every document file under
    the corpus folder: listed at most every two seconds, since each answer's citations look
    their review dates up here (a file's status read per citation was a tenth of a cached
    answer's time)."""
    folder = settings.corpus_path
    now = time.monotonic()
    with _lock:
        listed = _listing.get(folder)
    if listed is not None and now - listed[0] < LISTING_S:
        return listed[1], listed[2]
    found, modified = {}, {}
    if folder.is_dir():
        for path in folder.rglob("*"):
            relative = path.relative_to(folder)
            if (
                path.is_file()
                and path.suffix.lower() in SUPPORTED_SUFFIXES
                and not any(part.startswith(".") for part in relative.parts)
            ):
                try:
                    stamp = path.stat().st_mtime
                except OSError:  # removed while listed
                    continue
                name = source_name(path, folder)
                found[name] = path
                modified[name] = stamp
    with _lock:
        _listing[folder] = (now, found, modified)
    return found, modified


def _documents(settings: Settings) -> dict[str, Path]:
    """Source name -> file, for every document file under the corpus folder."""
    return _listed(settings)[0]


def document_text(settings: Settings, source: str) -> str | None:
    """The exact text of the corpus document named source, or None."""
    path = _documents(settings).get(source)
    if path is None:
        return None
    try:
        return read_document(path, settings.corpus_path, max_bytes=settings.max_file_bytes).text
    except CorpusError:
        return None


def reviewed_dates(settings: Settings, sources: set[str]) -> dict[str, str | None]:
    """Each source's `reviewed` front-matter date, re-read when its file changes (seen within
    two seconds)."""
    files, modified = _listed(settings)
    dates: dict[str, str | None] = {}
    for source in sources:
        path = files.get(source)
        if path is None:
            dates[source] = None
            continue
        key = (path, modified[source])
        with _lock:
            if key not in _reviews:
                try:
                    document = read_document(
                        path, settings.corpus_path, max_bytes=settings.max_file_bytes
                    )
                    _reviews[key] = document.reviewed
                except CorpusError:
                    _reviews[key] = None
            dates[source] = _reviews[key]
    return dates


@router.get("/source/text", tags=["sources"], include_in_schema=False)
async def source_text(
    request: Request, path: Annotated[str, Query(min_length=1, max_length=255)]
) -> dict[str, Any]:
    """One document's whole text (what citations' offsets index), title and review date."""
    settings: Settings = request.app.state.settings
    file = _documents(settings).get(path)
    if file is None:
        raise HTTPException(404, "no such document in the corpus")
    try:
        document = read_document(file, settings.corpus_path, max_bytes=settings.max_file_bytes)
    except CorpusError:
        raise HTTPException(404, "that document cannot be read") from None
    return {
        "source": document.source,
        "title": document.title,
        "text": document.text,
        "body_start": document.body_start,
        "reviewed": document.reviewed,
    }
