"""A message that asks two or three things at once: its parts, each a question of its own.

"will the needles sting, and is foundation allowed that evening?" asks two things the documents
answer in different places. Read as one, the ranking finds the sentences that match most of its
words and one question goes unanswered. The first part asks anywhere in it ("my skin is greasy, can
it still be done"); each later part is a whole question (it opens with a question word or an
auxiliary, "and", "also" or "plus" before it) with topic words of its own. A later part that points
back at the one before ("what does collagen do, and how does the treatment change it?") or
continues it as a chat's follow-up would (`question.read`) is no question of its own, and the
message is read whole. The engine cites the parts' answers together when two or more are answered,
and says so when a part names something the documents never speak of (`Engine._reply_to_parts`).
"""

from __future__ import annotations

import re

from assistant.answering.letter import without_letter_frame
from assistant.answering.question import (
    HAVING_IT,
    POINTS_BACK,
    QUESTION_OPENING,
    Question,
    read,
)
from assistant.answering.vocabulary import Vocabulary

# A question word as chat types it: "what's", "whats", "hows".
_OPENING = rf"(?:(?:who|what|when|where|why|how)'?s\b|{QUESTION_OPENING})"
_JOINING = r"(?:and|also|plus|\+|&)"
# Where one question ends and the next begins: after a question mark, or before a joining word
# or a comma that opens a whole question ("will it sting, and when can i ...", "will it sting, what
# downtime follows").
_BETWEEN = re.compile(rf"(?<=\?)\s+(?=\S)|,?\s+{_JOINING}\s+(?={_OPENING})|,\s*(?={_OPENING})")
# A whole question: it opens with a question word, joined or not.
_WHOLE = re.compile(rf"^\W*(?:{_JOINING}\s+)?{_OPENING}")
# A question asked anywhere: a question word opening a clause, or an auxiliary before its
# subject ("my skin is greasy, can it still be done").
_ASKING = re.compile(
    rf"\?\s*$|(?:^|[:;,.!-]\s*){_OPENING}|\b(?:can|could|do|does|is|are|will|would|should|did)\s+"
    r"(?:i|you|u|it|we|they|there|my|the|this|he|she)\b"
)
# "it" as the subject after an auxiliary ("does it sting", "how many visits will it need"): the
# treatment the message asks about, as what one has or gets is (`HAVING_IT`).
_SUBJECT_IT = re.compile(r"\b(?:is|does|will|can|could|would|should|did|was)\s+it\b")
MAX_PARTS = 3


def questions_in(text: str, vocabulary: Vocabulary) -> list[Question]:
    """The questions a normal text asks, each read alone; none when it asks one question."""
    if not _BETWEEN.search(text):
        return []  # most messages: one regular expression
    # A greeting, an introduction or a sign-off is no part ("my name is X, does it ...").
    text = without_letter_frame(text, vocabulary.knows)
    cuts = [0, *(i for m in _BETWEEN.finditer(text) for i in m.span()), len(text)]
    pieces = [text[a:b].strip() for a, b in zip(cuts[::2], cuts[1::2], strict=True)]
    pieces = [p for p in pieces if p]
    if not 1 < len(pieces) <= MAX_PARTS:
        return []
    parts: list[Question] = []
    for piece in pieces:
        alone = read(piece, vocabulary)
        if not alone.words:
            if not parts and not _ASKING.search(piece):
                continue  # an opening that asks nothing ("ok, and ...", "hi!")
            return []
        if not parts:
            if not _ASKING.search(piece):
                return []
        elif not _WHOLE.search(piece) or _points_back(piece, parts[0].normal):
            return []
        elif read(piece, vocabulary, previous=parts[-1].normal).previous is not None:
            return []  # it continues the part before it, as a chat's follow-up would
        parts.append(alone)
    return parts if len(parts) > 1 else []


def refers_back(text: str) -> bool:
    """Whether a part says "it" or points at something said before it: after a part on another
    subject ("is the membership worth it or is it hype? what difference will it make"), that
    subject is what it asks about."""
    return any(p.search(text) for p in (_SUBJECT_IT, HAVING_IT, POINTS_BACK))


def _points_back(text: str, first: str) -> bool:
    """Whether a part points at something the part before it said (`POINTS_BACK`, the rule
    that reads a chat's follow-ups). Its "it" is the treatment only when the first part says
    "it" of the treatment too ("is it ok for teens and will it sting"); after a part that names
    something ("what's the serum? can it irritate?"), it is that thing."""
    if _SUBJECT_IT.search(first) or HAVING_IT.search(first):
        text = HAVING_IT.sub(" ", _SUBJECT_IT.sub(" ", text))
    return POINTS_BACK.search(text) is not None
