"""Measures: the kinds of physical quantity (a length, a mass, a volume, a temperature, a time) a
question asks in a unit, and the kinds the documents state amounts of.

"What length in millimetres are the needles?" asks a length in millimetres; documents that never
state a length ("the depth of needle penetration is adjusted") do not answer it, however near their
sentence on depth is. A clinic whose leaflet says "0.5 mm to 2.5 mm" does. The units are Pint's
(its registry of physical units, offline), so nothing here names a treatment or a unit list;
the documents' side is read from their sentences when an index version is loaded.

Counts too: "how many visits?" asks how many of something, and "three to five sessions"
states it (`asks_count`, `states_count`); "spaced 4-6 weeks apart" states a time, no count.

Times are read as days too: "still red a week after" says redness has lasted 7 days, and a
sentence whose longest time is "a few hours to a day" describes what that patient is past
(`retrieval.py` lowers it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

import pint

from assistant.answering.lexicon import ENGLISH_STOP_WORDS

# A kind of quantity, as Pint writes its dimensionality: (("[length]", 1),) is a length.
Kind = tuple[tuple[str, int], ...]
# Time: the kind the ranking's own amount rules read (`amounts.states_amount`).
TIME = (("[time]", 1),)
# The kinds of quantity a patient asks in a unit, as Pint's dimensionality: length (needle
# depth), volume, mass (a dose), temperature, time. Not a dimensionless one (a percentage, a
# degree of angle): "90% of participants" states no measure of anything a patient asks in units.
KINDS = frozenset(
    {
        (("[length]", 1),),
        (("[length]", 3),),
        (("[mass]", 1),),
        (("[temperature]", 1),),
        TIME,
    }
)
# The prefixes of units in everyday use: "am" and "pm" parse as attometre and picometre, "fat" as
# a femto-atmosphere; "mm", "mg", "kg", "cm", "ml" keep theirs.
EVERYDAY_PREFIXES = frozenset({"", "milli", "centi", "kilo", "micro", "nano"})
# Letters after a number that are no unit: an ordinal ("the 14th") or a time of day ("10am").
_NOT_UNITS = frozenset({"st", "nd", "rd", "th", "am", "pm"})
# Counting words as numbers ("three days", "a week", "a few hours"): a few is taken as three,
# several as four, the amounts a reader would picture.
_COUNTS = {
    "a": 1.0,
    "an": 1.0,
    "one": 1.0,
    "two": 2.0,
    "couple": 2.0,
    "three": 3.0,
    "few": 3.0,
    "four": 4.0,
    "several": 4.0,
    "five": 5.0,
    "six": 6.0,
    "seven": 7.0,
    "eight": 8.0,
    "nine": 9.0,
    "ten": 10.0,
    "eleven": 11.0,
    "twelve": 12.0,
}
# A count is a number, or a counting word as a whole word ("a" is not the start of "about").
_COUNT = r"\d+(?:\.\d+)?|(?:" + "|".join(_COUNTS) + r")\b"
# An amount stated: a count, or a range of two, and the word after it ("4-6 weeks", "2.5mm", "a
# few hours to a day": two amounts); or a day of the course counted ("day 4", "day four").
_AMOUNT = re.compile(
    rf"\b(?:(?:{_COUNT})\s*(?:-|–|to|or)\s*)?(?:a\s+)?({_COUNT})\s*([^\W\d_]+)|\bday\s+({_COUNT})"
)
# An amount asked in a unit: "how many mm?", "how deep in millimetres?". Not a
# number with its unit: that is as often the patient's own ("I weigh 60kg, would that matter?").
_ASKED = re.compile(r"\bhow (?:many|much)\s+([^\W\d_]+)|\bin ([^\W\d_]+)\s*\??\s*$")
_STILL = re.compile(r"\bstill\b")
# "How many" and the word after it, if any: "how many visits?" and "how many altogether?" ask a
# count of things; "how many weeks?" asks a time.
_HOW_MANY = re.compile(r"\bhow many\b\s*([^\W\d_]*)")


@cache
def _registry() -> pint.UnitRegistry:
    return pint.UnitRegistry()


@cache
def kind(word: str) -> Kind | None:
    """The kind of quantity a word is a unit of (Pint's dimensionality), or None when it is no
    everyday unit of a kind in `KINDS`."""
    if len(word) < 2 or word in _NOT_UNITS:
        return None
    registry = _registry()
    try:
        readings = registry.parse_unit_name(word)
    except (pint.errors.PintError, ValueError):
        return None
    for prefix, unit, _suffix in readings:
        if prefix not in EVERYDAY_PREFIXES:
            continue
        dimensions = tuple(sorted(registry.parse_units(prefix + unit).dimensionality.items()))
        if dimensions in KINDS:
            return dimensions
    return None


def stated(sentences: Iterable[str]) -> frozenset[Kind]:
    """The kinds of quantity the sentences state an amount of."""
    return frozenset(
        found
        for sentence in sentences
        for match in _AMOUNT.finditer(sentence.lower())
        if match.group(2) is not None and (found := kind(match.group(2))) is not None
    )


def asked(text: str) -> frozenset[Kind]:
    """The kinds of quantity a lower-case question asks in a unit."""
    found = set()
    for match in _ASKED.finditer(text):
        word = match.group(1) or match.group(2)
        if word not in ENGLISH_STOP_WORDS and (dimensions := kind(word)) is not None:
            found.add(dimensions)
    return frozenset(found)


def asks_count(text: str) -> bool:
    """Whether a lower-case question asks how many of something (not an amount in a unit)."""
    return any(
        not word or word in ENGLISH_STOP_WORDS or kind(word) is None
        for word in (m.group(1) for m in _HOW_MANY.finditer(text))
    )


def states_count(text: str) -> bool:
    """Whether a sentence states how many of something: a number and what it counts ("three to
    five sessions", "at least three treatments"), not an amount in a unit ("4-6 weeks") nor an
    article ("a series of treatments")."""
    for match in _AMOUNT.finditer(text.lower()):
        number, word = match.group(1), match.group(2)
        if number is None or number in ("a", "an") or word in ENGLISH_STOP_WORDS:
            continue
        if word not in _NOT_UNITS and len(word) > 2 and kind(word) is None:
            return True
    return False


def _count(word: str) -> float:
    return _COUNTS[word] if word in _COUNTS else float(word)


def times(text: str) -> list[float]:
    """The times a lower-case text states, in days (the longer end of a range)."""
    found = []
    for match in _AMOUNT.finditer(text):
        if match.group(3) is not None:
            found.append(_count(match.group(3)))
            continue
        unit = match.group(2)
        if kind(unit) != TIME:
            continue
        days = _registry().Quantity(_count(match.group(1)), unit).to("day").magnitude
        found.append(float(days))
    return found


def still_after(text: str) -> float | None:
    """How long a lower-case question says something has lasted ("still red a week after":
    7 days), in days; None when it says nothing persists ("still" is the word that does)."""
    if _STILL.search(text) is None:
        return None
    found = times(text)
    return max(found) if found else None


def longest(text: str) -> float | None:
    """The longest time a sentence states, in days; None when it states none."""
    found = times(text.lower())
    return max(found) if found else None
