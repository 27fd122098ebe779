"""A red-flag concept (a sign in clinical language, with its patterns and examples on both
sides) and a sign of it found in a text.

The concepts themselves are data, grouped by what they signal: `airway.py` (the emergencies),
`reactions.py` (an allergic reaction, an infection), `injuries.py` (harm to the skin, pain,
fainting, the eyes), `distress.py` (thoughts of self-harm or suicide); `red_flags.py` puts
them in one table and finds them in a text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Concept:
    """One red flag: patterns over normal text, and examples on both sides."""

    name: str
    patterns: tuple[str, ...]
    matches: tuple[str, ...]  # phrases the concept must find
    look_alikes: tuple[str, ...]  # phrases with the same words that it must not find
    emergency: bool = False  # airway or breathing: the emergency number comes first
    # A sign that can also be a condition the patient has before any treatment (a cold's wheeze,
    # asthma): a question whether to have the treatment may make it one to mention first.
    # Swelling of the lips, tongue or throat never is.
    standing: bool = False
    # Thoughts of self-harm or suicide: the crisis reply (a person to talk to), not a complication.
    crisis: bool = False
    regex: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "regex", re.compile("|".join(f"(?:{p})" for p in self.patterns)))


@dataclass(frozen=True, slots=True)
class Sign:
    """Where a concept matched in a text."""

    concept: Concept
    start: int
    end: int
