"""A question asked for someone else, read as the patient's own.

"must she skip her gym class afterwards?" asks what "must i skip my gym class afterwards?" asks,
but the model places it further from the documents and from the clinic's answered questions,
which patients word in the first person (not covered 0.68 against 0.96). Third-person singular
pronouns are read as the first person for the model (English's closed class of pronouns:
language, not the clinic's domain). "they" stays: it is as often the clinic ("do they numb it
first?") as a person.
"""

from __future__ import annotations

import re

from assistant.answering.lexicon import ENGLISH_STOP_WORDS

# Subject, object and possessive forms; "her" is possessive before a content word and the
# object otherwise ("her course" -> "my course", "keeps her up", "for her" -> "me").
_SAME = {
    "she": "i",
    "he": "i",
    "his": "my",
    "him": "me",
    "hers": "mine",
    "herself": "myself",
    "himself": "myself",
    "she's": "i'm",
    "he's": "i'm",
    "she'd": "i'd",
    "he'd": "i'd",
    "she'll": "i'll",
    "he'll": "i'll",
}
# Agreement after the change, so the model reads a sentence it knows ("does i" -> "do i").
_AGREEMENT = {
    "does i": "do i",
    "i does": "i do",
    "is i": "am i",
    "i is": "i am",
    "has i": "have i",
    "i has": "i have",
    "doesn't i": "don't i",
    "i doesn't": "i don't",
    "isn't i": "am i not",
    "i isn't": "i am not",
    "hasn't i": "haven't i",
    "i hasn't": "i haven't",
}
_AGREES = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in _AGREEMENT) + r")\b")
# The patient speaking of themself: a message that does is about two people ("may i come
# along with her?"), and is read as it stands.
_FIRST = frozenset({"i", "me", "i'm", "i've", "i'd", "i'll", "myself"})


def as_own(text: str) -> str:
    """The text with a third person's pronouns in the first person (lower-case text)."""
    words = text.split()
    if not any(w in _SAME or w == "her" for w in words) or not _FIRST.isdisjoint(words):
        return text
    read = []
    for i, word in enumerate(words):
        if word == "her":
            after = words[i + 1] if i + 1 < len(words) else ""
            read.append("me" if not after or after in ENGLISH_STOP_WORDS else "my")
        else:
            read.append(_SAME.get(word, word))
    return _AGREES.sub(lambda m: _AGREEMENT[m.group(0)], " ".join(read))
