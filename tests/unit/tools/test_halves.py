"""The halves of a split set: the adjudicated file first, one half only, and every set's two
halves apart."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tools.halves import half_file, main, seeded

EVAL = Path(__file__).resolve().parents[3] / "eval"


def _write(folder: Path, name: str, ids: list[str]) -> None:
    lines = [json.dumps({"id": i}) for i in ids]
    (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_the_adjudicated_file_is_the_half_when_there_is_one(tmp_path: Path) -> None:
    for name in ("tuning.jsonl", "tuning-adjudicated.jsonl", "sealed.jsonl"):
        _write(tmp_path, name, ["a"])
    assert half_file(tmp_path, "tuning").name == "tuning-adjudicated.jsonl"
    assert half_file(tmp_path, "sealed").name == "sealed.jsonl"


def test_a_sealed_adjudicated_file_is_never_a_tuning_half(tmp_path: Path) -> None:
    """The mistake this tool exists for: a list made from the sealed one by replacing
    "sealed.jsonl" kept "sealed-adjudicated.jsonl"."""
    _write(tmp_path, "tuning.jsonl", ["a"])
    _write(tmp_path, "sealed-adjudicated.jsonl", ["b"])
    assert half_file(tmp_path, "tuning").name == "tuning.jsonl"
    assert half_file(tmp_path, "sealed").name == "sealed-adjudicated.jsonl"


def test_a_folder_without_the_half_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(tmp_path, "sealed.jsonl", ["a"])
    with pytest.raises(FileNotFoundError):
        half_file(tmp_path, "tuning")
    assert main(["tuning", str(tmp_path)]) == 2
    assert "no tuning half" in capsys.readouterr().err


def test_the_command_prints_one_file_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "one", tmp_path / "two"
    for folder in (first, second):
        folder.mkdir()
        _write(folder, "tuning.jsonl", ["a"])
        _write(folder, "sealed.jsonl", ["b"])
    _write(second, "tuning-adjudicated.jsonl", ["a"])
    assert main(["tuning", str(first), str(second)]) == 0
    printed = capsys.readouterr().out.split()
    assert printed == [str(first / "tuning.jsonl"), str(second / "tuning-adjudicated.jsonl")]


def test_every_split_set_in_eval_keeps_its_halves_apart() -> None:
    """Each set of the project's own with both halves: the tool names a tuning file for one and
    a sealed file for the other, and no item id is in both (ids only: the items stay unread)."""
    folders = [
        f
        for f in sorted(EVAL.iterdir())
        if (f / "tuning.jsonl").is_file() and (f / "sealed.jsonl").is_file()
    ]
    assert len(folders) > 40
    for folder in folders:
        tuning, sealed = half_file(folder, "tuning"), half_file(folder, "sealed")
        assert tuning.name.startswith("tuning") and sealed.name.startswith("sealed"), folder

        def ids(path: Path) -> set[str]:
            lines = path.read_text(encoding="utf-8").splitlines()
            return {json.loads(line)["id"] for line in lines if line.strip()}

        assert not ids(tuning) & ids(sealed), folder


def test_unseeded_leaves_out_the_sets_seeding_the_answered_questions(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """questions14's tuning half seeds corpus/also-asked.jsonl (tools/answered.py); questions30's
    does not."""
    assert seeded(EVAL / "questions14") and not seeded(EVAL / "questions30")
    folders = [str(EVAL / "questions14"), str(EVAL / "questions30")]
    assert main(["tuning", "--unseeded", *folders]) == 0
    assert capsys.readouterr().out.split() == [str(EVAL / "questions30" / "tuning.jsonl")]
    assert main(["tuning", *folders]) == 0
    assert len(capsys.readouterr().out.split()) == 2
