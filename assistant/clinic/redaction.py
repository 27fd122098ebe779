"""Redaction of personal data from a patient's question before the clinic keeps it.

Our own patterns for e-mail addresses, phone numbers, dates, street addresses and postcodes and
numbers that look like identifiers, plus a name detector: cue phrases ("my name is", "this is",
titles, sign-offs) and capitalised words found in a dictionary of 40,000+ international first
names (the data of gender-guesser, offline), or two capitalised words in a row that English
text rarely uses (wordfreq, offline), as a full name the dictionary lacks. scrubadub was not used: its name detection needs
NLTK/TextBlob corpora downloaded at run time, and the rest pulls in Faker and dateparser for
patterns as simple as these. What it catches and misses is measured in the README.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from wordfreq import zipf_frequency

from assistant.answering.lexicon import EMAIL, PHONE, first_names, is_phone_number

LABELS = {
    "email": "[EMAIL]",
    "phone": "[PHONE]",
    "date": "[DATE]",
    "address": "[ADDRESS]",
    "identifier": "[ID]",
    "name": "[NAME]",
}

_MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"  # names and short forms
)
_DATE = re.compile(
    r"\b(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})"
    r"|\d{4}-\d{1,2}-\d{1,2}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTH},?\s+(?:\d{{4}}|'?\d{{2}})"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:\d{{4}}|'?\d{{2}}))(?!\w)"
    # A birth year or month alone is still a date of birth when "born" says so.
    rf"|(?<=\bborn )(?:in |on )?(?:{_MONTH},?\s+)?(?:\d{{4}}|'\d{{2}}|\d{{2}})\b",
    re.IGNORECASE,
)
_STREET = re.compile(
    r"\b\d{1,5}[a-z]?,?\s+(?:[A-Z][\w'-]*\s+){1,3}"
    r"(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|way|crescent|court|ct|place|pl|"
    r"terrace|gardens|grove|boulevard|blvd|square|sq|mews|hill|row|walk|park)\b\.?"
    r"(?:,?\s+(?:[A-Z][\w'-]+\s?){1,3})?",
    re.IGNORECASE,
)
_POSTCODE = re.compile(
    r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b"  # UK
    r"|\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b"  # Canada
    r"|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b",  # US state and ZIP
)
# A token with digits that is not a plain amount: long numbers, letter-digit codes.
_IDENTIFIER = re.compile(r"(?<![\w-])(?=[\w/-]*\d)[A-Za-z0-9][\w/-]*[A-Za-z0-9](?![\w-])")
_WORD = re.compile(r"[A-Z]{2,}(?![a-z])|[A-Za-z][a-z'’-]*")
_CUE = re.compile(
    r"\b(?:my name is|my name'?s|name'?s|call me|this is|i am|i'?m|it'?s|signed)\s+", re.IGNORECASE
)
_NAMING_CUE = re.compile(r"\b(?:my name is|my name'?s|name'?s|call me|signed)\s+$", re.IGNORECASE)
_TITLE = re.compile(r"\b(?:dr|mr|mrs|ms|miss|mx|prof)\.?\s+$", re.IGNORECASE)
_RELATION = re.compile(
    r"\bmy\s+(?:daughter|son|husband|wife|partner|friend|sister|brother|mum|mom|mother|"
    r"father|dad|girlfriend|boyfriend|fianc[eé]e?)\s*,?\s+$",
    re.IGNORECASE,
)
# Zipf frequency under which English text (almost) never uses a word: "Quarrington" 0, "Obagi"
# 1.5, against "Lowe" 3.6 and "Smith" 4.9 (those are names the dictionary or a cue must find).
RARE_ZIPF = 2.0
_SIGN_OFF = re.compile(
    r"(?:^|[-–—~,.!?]\s*|\b(?:thanks|thank you|regards|cheers|best|love|from|x+)\b[,!.]?\s*)$",
    re.IGNORECASE,
)
# Function words that are also first names in the dictionary ("The", "Can", "Will", "May").
_FUNCTION_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "if",
        "so",
        "can",
        "will",
        "may",
        "might",
        "must",
        "shall",
        "should",
        "would",
        "could",
        "do",
        "did",
        "does",
        "is",
        "am",
        "are",
        "was",
        "were",
        "be",
        "been",
        "have",
        "has",
        "had",
        "i",
        "me",
        "my",
        "we",
        "you",
        "your",
        "he",
        "she",
        "it",
        "they",
        "them",
        "his",
        "her",
        "our",
        "their",
        "this",
        "that",
        "these",
        "those",
        "what",
        "when",
        "where",
        "which",
        "who",
        "why",
        "how",
        "not",
        "no",
        "yes",
        "to",
        "of",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "as",
        "up",
        "down",
        "out",
        "over",
        "after",
        "before",
        "about",
        "into",
        "then",
        "than",
        "too",
        "very",
        "just",
        "also",
        "please",
        "hi",
        "hello",
        "hey",
        "thanks",
        "thank",
        "dear",
        "ok",
        "okay",
        "sorry",
    ]
)


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    kind: str


class Redactor:
    """Replaces personal data with labels such as [NAME] and [PHONE]."""

    def __init__(self, common_words: Iterable[str] = ()) -> None:
        # Words the clinic's documents use in lower case are ordinary words, not names.
        self.common = _FUNCTION_WORDS | {w.lower() for w in common_words}
        self.names = first_names()

    def redact(self, text: str) -> str:
        """text with every span found replaced by its label."""
        out, cursor = [], 0
        for span in self.find(text):
            out += [text[cursor : span.start], LABELS[span.kind]]
            cursor = span.end
        return "".join([*out, text[cursor:]])

    def find(self, text: str) -> list[Span]:
        """Non-overlapping spans of personal data, in order (earlier detectors win)."""
        spans: list[Span] = []
        for kind, found in (
            ("email", (m.span() for m in EMAIL.finditer(text))),
            ("address", self._addresses(text)),
            ("date", (m.span() for m in _DATE.finditer(text))),
            ("phone", self._phones(text)),
            ("identifier", self._identifiers(text)),
            ("name", self._names(text)),
        ):
            for start, end in found:
                if not any(s.start < end and start < s.end for s in spans):
                    spans.append(Span(start, end, kind))
        return sorted(spans, key=lambda s: s.start)

    @staticmethod
    def _addresses(text: str) -> Iterable[tuple[int, int]]:
        yield from (m.span() for m in _STREET.finditer(text))
        yield from (m.span() for m in _POSTCODE.finditer(text))

    @staticmethod
    def _phones(text: str) -> Iterable[tuple[int, int]]:
        for match in PHONE.finditer(text):
            if is_phone_number(match.group()):
                yield match.span()

    @staticmethod
    def _identifiers(text: str) -> Iterable[tuple[int, int]]:
        for match in _IDENTIFIER.finditer(text):
            token = match.group()
            digits = sum(c.isdigit() for c in token)
            letters = sum(c.isalpha() for c in token)
            plain_year = re.fullmatch(r"(?:19|20)\d\d", token) is not None
            # Short groups joined by - or / are ranges and day/month pairs ("24-48", "14/10").
            short_groups = re.fullmatch(r"\d{1,2}(?:[-/]\d{1,2})+", token) is not None
            # "48hrs", "3rd", "2x" are amounts; "BK-20931", "485777", "AB123456C" identify.
            if (digits >= 4 and not plain_year and not short_groups) or (
                digits >= 3 and letters >= 2
            ):
                yield match.span()

    def _names(self, text: str) -> Iterable[tuple[int, int]]:
        words = list(_WORD.finditer(text))
        for i, match in enumerate(words):
            word = match.group()
            lower = word.lower().strip("'’-")
            before = text[: match.start()]
            capital = word[0].isupper()
            known = lower in self.names and lower not in _FUNCTION_WORDS
            naming = _NAMING_CUE.search(before) is not None
            cued = _CUE.search(before[-16:]) is not None and before.rstrip() != before
            titled = _TITLE.search(before) is not None
            related = _RELATION.search(before) is not None
            at_start = re.search(r"(?:^|[.!?]\s*|\n\s*)$", before) is not None
            # A sign-off: capitalised, or any known name after a dash ("... - kev").
            dashed = re.search(r"[-–—~]\s*$", before) is not None
            signed = (
                (capital or (dashed and known))
                and _SIGN_OFF.search(before) is not None
                and _ends_message(text, match.end())
            )
            if (
                (naming and lower not in _FUNCTION_WORDS)
                or (titled and capital)
                or ((cued or related) and known)
                or (signed and (known or lower not in self.common))
            ):
                hit = True
            elif capital and known and lower not in self.common:
                # A capitalised first name mid-sentence, or at a start when a surname follows.
                hit = not at_start or _capital_next(words, i, self.common)
            elif capital and lower not in self.common and lower not in _FUNCTION_WORDS:
                # A full name the dictionary lacks: two capitalised words in a row that English
                # rarely uses ("Zelphine Quarrington, ..."; not "Digoxin Injection").
                hit = (
                    _capital_next(words, i, self.common)
                    and _rare(lower)
                    and _rare(words[i + 1].group().lower())
                )
            else:
                hit = False
            if hit:
                end = match.end()
                if i + 1 < len(words) and _capital_next(words, i, self.common):
                    end = words[i + 1].end()
                yield match.start(), end


def _capital_next(words: list[re.Match[str]], i: int, common: frozenset[str]) -> bool:
    """The next word is a capitalised surname right after this one (one space between)."""
    if i + 1 >= len(words):
        return False
    following = words[i + 1]
    gap = following.string[words[i].end() : following.start()]
    word = following.group()
    return gap == " " and word[0].isupper() and word.lower() not in common and len(word) > 1


def _rare(word: str) -> bool:
    return zipf_frequency(word, "en") < RARE_ZIPF


def _ends_message(text: str, end: int) -> bool:
    """Only a surname, punctuation or a kiss may follow (a sign-off)."""
    return re.fullmatch(r"(?:\s+[A-Za-z][\w'’-]*)?[\s.!,x]*", text[end:]) is not None
