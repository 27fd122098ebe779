"""The documents' review dates as citations carry them: re-read when the corpus listing sees a
document changed, never by a file read per citation."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assistant.ingest.corpus import source_name
from assistant.service import sources
from assistant.service.sources import reviewed_dates
from tests.helpers import make_settings


def _leaflet(path: Path, reviewed: str, stamp: float) -> None:
    path.write_text(f"---\nreviewed: {reviewed}\n---\n# Leaflet\n\nSome text.\n", encoding="utf-8")
    os.utime(path, (stamp, stamp))


def test_an_edited_or_removed_document_is_seen_when_the_corpus_is_listed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "corpus").mkdir()
    leaflet = tmp_path / "corpus" / "leaflet.md"
    _leaflet(leaflet, "2026-01-31", 1_000_000.0)
    settings = make_settings(tmp_path)
    name = source_name(leaflet, settings.corpus_path)
    monkeypatch.setattr(sources, "LISTING_S", 3600.0)
    assert reviewed_dates(settings, {name}) == {name: "2026-01-31"}
    _leaflet(leaflet, "2026-06-30", 1_000_100.0)
    # Citations read no file's status: until the corpus is listed again, the date stands.
    assert reviewed_dates(settings, {name}) == {name: "2026-01-31"}
    monkeypatch.setattr(sources, "LISTING_S", 0.0)  # listed at every call
    assert reviewed_dates(settings, {name}) == {name: "2026-06-30"}
    leaflet.unlink()
    assert reviewed_dates(settings, {name}) == {name: None}
