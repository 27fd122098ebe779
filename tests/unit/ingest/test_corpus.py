from __future__ import annotations

from pathlib import Path

import pytest

from assistant.errors import CorpusError
from assistant.ingest.corpus import documents_digest, load_corpus, read_document
from tests.helpers import CORPUS


def test_corpus_loads_every_document_with_its_title() -> None:
    documents = load_corpus(CORPUS, max_bytes=5_000_000)
    assert len(documents) == 4
    assert all(d.source.startswith("corpus/") and d.source.endswith(".md") for d in documents)
    assert "Microneedling: Frequently Asked Questions" in {d.title for d in documents}


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        pytest.param("empty.md", b"  \n\n", "empty", id="empty"),
        pytest.param("binary.md", b"\x89PNG\r\n\x1a\n\x00\x00", "binary", id="binary"),
        pytest.param(
            "latin1.md",
            "Caf\u00e9 cr\u00e8me".encode("latin-1"),
            "not valid UTF-8",
            id="mis-encoded",
        ),
        pytest.param("notes.pdf", b"%PDF-1.4", "unsupported file type", id="unsupported"),
        pytest.param("windows.md", b"# Title\r\nText.\r\n", "line endings", id="crlf"),
    ],
)
def test_read_document_refuses_bad_file_by_name(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(CorpusError) as refused:
        read_document(path, tmp_path, max_bytes=1000)
    assert name in str(refused.value)
    assert reason in str(refused.value)


def test_read_document_refuses_oversized_file(tmp_path: Path) -> None:
    path = tmp_path / "huge.md"
    path.write_text("# Big\n\n" + "word " * 400, encoding="utf-8")
    with pytest.raises(CorpusError, match=r"huge\.md: too large"):
        read_document(path, tmp_path, max_bytes=1000)


def test_load_corpus_reports_every_refusal_and_skips_hidden_files(tmp_path: Path) -> None:
    (tmp_path / "good.md").write_text("# Good\n\nFine text.\n", encoding="utf-8")
    (tmp_path / ".gitkeep").write_text("", encoding="utf-8")
    (tmp_path / "a.md").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe")
    with pytest.raises(CorpusError) as refused:
        load_corpus(tmp_path, max_bytes=1000)
    assert len(refused.value.reasons) == 2
    assert ".gitkeep" not in str(refused.value)


def test_corpus_front_matter_kept_in_text_not_chunked(tmp_path: Path) -> None:
    from assistant.ingest.chunking import chunk

    folder = tmp_path / "corpus"
    folder.mkdir()
    body = "# Care\n\nKeep the skin clean for two days.\n"
    text = "---\nreviewed: 2026-01-31\nreviewer: Dr X\n---\n" + body
    (folder / "care.md").write_text(text, encoding="utf-8")
    (folder / "also-asked.jsonl").write_text("", encoding="utf-8")
    (document,) = load_corpus(folder, max_bytes=10_000)
    assert document.text == text and document.title == "Care"
    assert (document.reviewed, document.reviewer) == ("2026-01-31", "Dr X")
    passages = chunk(document)
    assert passages and all(p.start >= document.body_start for p in passages)
    assert all(text[u.start : u.end] for p in passages for u in p.units)
    assert "reviewed" not in " ".join(text[p.start : p.end] for p in passages)


def test_documents_digest_follows_the_texts_not_the_folder(tmp_path: Path) -> None:
    for folder in ("one", "two"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.md").write_text("# A\n\nSome text.\n", encoding="utf-8")
        (tmp_path / folder / "b.md").write_text("# B\n\nMore text.\n", encoding="utf-8")
    first = documents_digest(load_corpus(tmp_path / "one", max_bytes=10_000))
    assert first == documents_digest(load_corpus(tmp_path / "two", max_bytes=10_000))
    (tmp_path / "two" / "b.md").write_text("# B\n\nMore text, changed.\n", encoding="utf-8")
    assert first != documents_digest(load_corpus(tmp_path / "two", max_bytes=10_000))
    (tmp_path / "one" / "c.md").write_text("# C\n\nA new leaflet.\n", encoding="utf-8")
    assert first != documents_digest(load_corpus(tmp_path / "one", max_bytes=10_000))
