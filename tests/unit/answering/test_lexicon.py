"""The language data the assistant reads: scikit-learn's stop words, loaded without the package."""

from __future__ import annotations

import subprocess
import sys

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS as SCIKIT_LEARN

from assistant.answering import lexicon


def test_lexicon_stop_words_are_scikit_learn_s() -> None:
    # Read from scikit-learn's module file alone: the same list, whatever its version holds.
    assert lexicon._GENERAL == SCIKIT_LEARN
    assert SCIKIT_LEARN <= lexicon.ENGLISH_STOP_WORDS


def test_serving_imports_no_scikit_learn() -> None:
    # scikit-learn (and SciPy's statistics under it) is for fitting the models: a server or an
    # ingest that imported it would start 1.6 s later.
    code = (
        "import sys, assistant.service.app, assistant.ingest.indexing; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sklearn'))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert loaded.strip() == "[]"
