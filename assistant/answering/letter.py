"""A message's letter frame: the salutation before it and the sign-off after it.

Patients write to a clinic as they write letters: "Good evening, …? Kind regards, Joan". The
frame asks nothing, and its words are not neutral: "good", "evening", "kind" and a name are
content words the ranking looks for, and a name is a word the documents never use, which the
not-covered decision counts against the question. English letter conventions, not this
clinic's: the frame's other words must be ones the documents do not use (a name, "there",
"sir"), so "love the results so far" is never taken for a sign-off.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.answering.lexicon import ENGLISH_STOP_WORDS

# An opening greeting and up to two words (a name, "there", "sir/madam"), then its comma or stop.
_SALUTATION = re.compile(
    r"^(?:dear|hi|hiya|hello|hey|greetings|good (?:morning|afternoon|evening|day))"
    r"((?:\s+[a-z][a-z/.'-]*){0,2})\s*[,!.:]\s*"
)
# After the last sentence's stop: a closing phrase and up to three words (a name, "mrs p. jones").
_SIGN_OFF = re.compile(
    r"(?<=[.?!])\s*(?:many thanks|thanks(?: again| so much| in advance)?|thank you(?: so much)?|"
    r"cheers|best(?: wishes| regards)?|all the best|kind regards|warm regards|regards|"
    r"yours(?: sincerely| faithfully| truly)?|sincerely|love|take care)"
    r"\s*[,!.]?((?:\s+[a-z][a-z.'-]*){0,3})\s*[.!x]*\s*$"
)


def without_letter_frame(text: str, known: Callable[[str], bool]) -> str:
    """The normal text without its salutation and sign-off, when their other words are not the
    documents' (`known`); the text itself when nothing else would be left."""
    kept = text
    for frame in (_SALUTATION, _SIGN_OFF):
        match = frame.search(kept)
        if match is None:
            continue
        others = re.findall(r"[a-z]+", match.group(1))
        if any(known(w) and w not in ENGLISH_STOP_WORDS for w in others):
            continue
        rest = (kept[: match.start()] + " " + kept[match.end() :]).strip()
        if rest:
            kept = rest
    return kept
