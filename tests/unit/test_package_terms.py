"""The package names no term of the corpus's own field: domain knowledge lives in corpus/."""

from __future__ import annotations

import ast
import io
import re
import tokenize
from collections import Counter

import pytest
from wordfreq import zipf_frequency

from assistant.config import PROJECT_ROOT

PACKAGE = PROJECT_ROOT / "assistant"
WORDS = re.compile(r"[a-z][a-z'-]+")
# A corpus term: used at least this often in corpus/ and rarer than this in general English
# (wordfreq's Zipf scale; "acne" is 3.7, "skin" 4.9).
CORPUS_USES = 3
ENGLISH_ZIPF = 3.7
# Triage's red-flag symptoms (spreading redness, swelling) are the safety contract: an urgent
# reply must never depend on what a clinic's documents happen to say.
EXEMPT = {
    PACKAGE / "answering" / "triage" / name
    for name in ("safety.py", "airway.py", "reactions.py", "injuries.py")
}


def corpus_terms() -> frozenset[str]:
    """Words frequent in corpus/ and rare in general English: the field's own vocabulary."""
    counts: Counter[str] = Counter()
    for path in (PROJECT_ROOT / "corpus").glob("*.md"):
        counts.update(WORDS.findall(path.read_text(encoding="utf-8").lower()))
    return frozenset(
        w
        for w, n in counts.items()
        if n >= CORPUS_USES and len(w) > 3 and zipf_frequency(w, "en") < ENGLISH_ZIPF
    )


def code_words(source: str) -> list[tuple[int, str]]:
    """(line, word) of the names and string literals of a module, without its comments and
    docstrings."""
    docstrings = {
        node.body[0].value.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
        and isinstance(node.body[0].value.value, str)
    }
    words: list[tuple[int, str]] = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.NAME or (
            token.type == tokenize.STRING and token.start[0] not in docstrings
        ):
            words.extend((token.start[0], w) for w in WORDS.findall(token.string.lower()))
    return words


def test_corpus_terms_name_the_field() -> None:
    terms = corpus_terms()
    assert {"microneedling", "collagen"} <= terms
    assert not {"skin", "treatment", "session"} & terms


@pytest.mark.parametrize(
    ("source", "found"),
    [
        pytest.param('x = "collagen"\n', ["collagen"], id="string"),
        pytest.param("collagen_level = 1\n", ["collagen"], id="name"),
        pytest.param("# collagen\nx = 1\n", [], id="comment"),
        pytest.param('def f() -> None:\n    """Collagen."""\n', [], id="docstring"),
    ],
)
def test_code_words_code_not_prose(source: str, found: list[str]) -> None:
    assert [w for _, w in code_words(source) if w == "collagen"] == found


def test_package_names_no_corpus_term() -> None:
    terms = corpus_terms()
    named = [
        f"{path.relative_to(PROJECT_ROOT)}:{line}: {word}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path not in EXEMPT
        for line, word in code_words(path.read_text(encoding="utf-8"))
        if word in terms
    ]
    assert named == []
