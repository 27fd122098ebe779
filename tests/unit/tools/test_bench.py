"""The benchmark's questions: the evaluation sets, and variants that are all new."""

from __future__ import annotations

from tools.bench import _words, questions, variants


def test_bench_variants_are_all_new_questions() -> None:
    base = questions()
    made = variants(base)
    assert len(base) == 136 and len(made) > 10_000
    keys = [_words(q) for q in made]
    assert len(set(keys)) == len(keys)
    assert not set(keys) & {_words(q) for q in base}
