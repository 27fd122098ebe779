"""A message's letter frame: the salutation before it, an introduction and contact details,
and the sign-off after it.

Patients write to a clinic as they write letters: "Good evening, I'm Joan Hart, …? 07700
900461. Kind regards, Joan". The frame asks nothing, and its words are not neutral: "good",
"evening", "kind" and a name are content words the ranking looks for, and a name is a word the
documents never use, which the not-covered decision counts against the question. English letter
conventions, not this clinic's: the frame's other words must be ones the documents do not use
(a name, "there", "sir"), so "love the results so far" is never taken for a sign-off.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from wordfreq import zipf_frequency

from assistant.answering.lexicon import (
    EMAIL,
    ENGLISH_STOP_WORDS,
    PHONE,
    first_names,
    is_phone_number,
)

# A greeting, opening a letter or a message of its own.
_GREETINGS = r"hi|hiya|hello|hey|greetings|good (?:morning|afternoon|evening|day)"
# An opening greeting and up to two words (a name, "there", "sir/madam"), then its comma or stop.
_SALUTATION = re.compile(
    rf"^(?:dear|{_GREETINGS})"
    r"((?:\s+[a-z][a-z/.'-]*){0,2})\s*[,!.:]\s*"
)
# After the last sentence's stop: a closing phrase and up to three words (a name, "mrs p. jones").
_SIGN_OFF = re.compile(
    r"(?<=[.?!])\s*(?:many thanks|thanks(?: again| so much| in advance)?|thank you(?: so much)?|"
    r"cheers|best(?: wishes| regards)?|all the best|kind regards|warm regards|regards|"
    r"yours(?: sincerely| faithfully| truly)?|sincerely|love|take care)"
    r"\s*[,!.]?((?:\s+[a-z][a-z.'-]*){0,3})\s*[.!x]*\s*$"
)

# A message that is only courtesy: an acknowledgement, thanks or a greeting, and nothing else
# ("thanks a lot!", "ok great, thanks so much", "good morning"). Its words ("lot", "much",
# "great") are content words to the reading, so without this it read as a question on them that
# the documents do not cover. English conventions, as the letter frame's.
_ACKNOWLEDGEMENT = (
    r"(?:ok(?:ay)?|great|lovely|perfect|brilliant|amazing|awesome|fab|fantastic|super|cool|"
    r"right|ah|oh|wow|yes|yep)"
)
_THANKS = (
    r"(?:many thanks|thanks|thank you|thank u|thx|cheers)"
    r"(?:\s+(?:so|very)\s+much|\s+a\s+(?:lot|bunch|million)|\s+again|"
    r"\s+for\s+(?:the|your|all\s+the|all\s+your)\s+(?:help|info|information|reply|answer|"
    r"answers|advice))?"
)
_GREETING = rf"(?:{_GREETINGS}|good night)(?:\s+there)?"
_COURTESY = re.compile(
    rf"^(?:{_ACKNOWLEDGEMENT}[\s,!.]*)*(?:(?:{_THANKS}|{_GREETING})[\s,!.:)x]*)+$"
)

# "my name is tom," / "my name's sarah jones.": a name, whatever its words.
_NAMED = re.compile(
    r"\s*\bmy name(?: is|'s)\s+([a-z][a-z'-]*)((?:\s+[a-z][a-z'-]*)?)"
    r"\s*(?:[,.!;:-]+\s*|$)"
)
# "i'm sarah jones," / "this is anna here -" / "sarah here, ...": a first name (and maybe a
# surname), then the clause's end; ambiguous cues, so the first word must be a first name.
_INTRODUCED = re.compile(
    r"(?:^|(?<=[,.!?;:]))\s*(?:i'm|im|i am|this is)\s+"
    r"([a-z][a-z'-]*)((?:\s+(?!here\b)[a-z][a-z'-]*)?)(?:\s+here)?\s*(?:[,.!;:-]+\s*|$)"
)
_HERE = re.compile(r"^([a-z][a-z'-]*)((?:\s+(?!here\b)[a-z][a-z'-]*)?)\s+here\s*[,.!;:-]+\s*")
# Zipf frequency over which a dictionary "first name" is an everyday English word: "fine" 5.6,
# "long" 5.8, "red" 5.2 ("i'm fine, ..."), against "daniel" 4.8, "sarah" 4.3.
_EVERYDAY_ZIPF = 5.0


def without_introduction(text: str, known: Callable[[str], bool]) -> str:
    """The normal text without the patient's introduction and contact details: a name whose
    words the documents do not use, an e-mail address, a phone number. "i'm pregnant," and
    "i'm olive skinned," stay: a situation, not a name."""

    def foreign(match: re.Match[str]) -> bool:
        words = [match.group(1), *match.group(2).split()]
        return not any(known(w) or w in ENGLISH_STOP_WORDS for w in words)

    def first_name(match: re.Match[str]) -> bool:
        word = match.group(1)
        return (
            word in first_names() and zipf_frequency(word, "en") < _EVERYDAY_ZIPF and foreign(match)
        )

    kept = EMAIL.sub(" ", text)
    kept = PHONE.sub(lambda m: " " if is_phone_number(m.group()) else m.group(), kept)
    kept = _NAMED.sub(lambda m: " " if foreign(m) else m.group(), kept)
    for pattern in (_HERE, _INTRODUCED):
        kept = pattern.sub(lambda m: " " if first_name(m) else m.group(), kept)
    return " ".join(kept.split()) or text


def without_letter_frame(text: str, known: Callable[[str], bool]) -> str:
    """The normal text without its salutation, introduction, contact details and sign-off, when
    their other words are not the documents' (`known`); the text itself when nothing else would
    be left."""
    kept = without_introduction(text, known)
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


# A question reported rather than asked ("my grandad is dying to know if ...", "i was wondering
# whether ...", "could you tell me if ..."): who asks, a verb of wanting to know, then "if" or
# "whether", which opens the question itself. English verbs of asking, not this clinic's words.
_REPORTED = re.compile(
    r"(?:^|(?<=[.!?,;:]\s))(?P<who>(?:[a-z'-]+\s+){0,4}?)"
    r"(?P<verb>(?:wants?|wanted|would like|'d like|like|needs?|keen|dying)\s+to\s+(?:know|ask)|"
    r"(?:just\s+)?(?:wondering|wonder|wondered|curious)|"
    r"(?:can|could|would)\s+you\s+(?:tell|let)\s+me(?:\s+know)?|"
    r"(?:do|does)\s+(?:you|anyone|anybody)\s+know)"
    r"\s+(?=(?:if|whether)\b)"
)


def without_reported_frame(text: str, known: Callable[[str], bool]) -> str:
    """The question a message reports, without who asks it and their verb of wanting to know: "my
    grandad is dying to know if it helps" asks "if it helps". The frame's words are not the
    question's, and as words the documents never use they count against it in the not-covered
    decision ("grandad" and "dying" read as another subject). Who asks goes only when the documents
    use none of its words: "i'm pregnant and wondering if ..." keeps the situation."""

    def reported(match: re.Match[str]) -> str:
        who = match.group("who")
        if any(known(w) and w not in ENGLISH_STOP_WORDS for w in re.findall(r"[a-z]+", who)):
            return who
        return ""

    return _REPORTED.sub(reported, text).strip() or text


def courtesy_only(text: str) -> bool:
    """Whether a lower-case message is only an acknowledgement, thanks or a greeting: it asks
    nothing."""
    return _COURTESY.match(text.strip()) is not None
