"""Ranked sentences to the cited, extractive answer: verbatim quotes, each with its marker [n].

A quote is a contiguous run of one passage: the best sentence, joined by its neighbours when
they carry the answer on ("It's used to treat …" followed by its list, a risk list's items, a
sentence after it that points back at it: "This typically involves …").
One run reads as the documents wrote it and is cited once, by the exact offsets of the whole
run; each of its sentences carries that citation's marker in the answer. Where the
question asks for an amount, another passage's view of it follows as a quote of its own
(`amount_views` tells which sentences are one).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.answering.amounts import stated_amounts, states_amount
from assistant.answering.lexicon import AMOUNT_FRAME, AMOUNT_SUBJECTS, ENGLISH_STOP_WORDS
from assistant.answering.question import Question
from assistant.answering.retrieval import Retriever, Scored
from assistant.answering.vocabulary import basic_english

# The best quote and one other passage's view of the same amount. A third view was the
# writer's evidence for 6 of the 20 answers that showed one (tuning halves): with two, hit and
# key fact unchanged there and on the price, portability and follow-up sets, citation
# precision 0.906 -> 0.909 (fifty-sixth round).
MAX_QUOTES = 2
# A list item of fewer words ("Sun damage", a condition named alone) says nothing without the
# line introducing its list: it is never quoted alone (`_asked_alone`).
SHORT_WORDS = 6
MAX_WORDS = 80
# The best quote may take this many words; the rest is room for another view.
QUOTE_WORDS = 55
# A neighbour joins the quote when it scores at least this share of the best sentence.
# Measured on both evaluation sets (docs/evaluation.md): 0.6 keeps a list together and stops
# at a new point.
NEIGHBOUR_SHARE = 0.6
# Another passage's view of the same point ("24-48 hours" against "a few hours to a day";
# "three to five sessions" against "at least three treatments"), shown from this share of the
# best score, so a disagreement between documents is not hidden.
OTHER_VIEW_FLOOR = 0.7
# A view of the same time states one of the same order: "30 to 60 minutes" for one appointment
# and "up to 12 days" for the after-effects (288 times longer) speak of different things;
# "24-48 hours" and "up to 12 days" (6 times) may not. Set before measuring, not tuned: forty-first
# round, tuning halves precision +0.009 to +0.017 on four, nothing lost; the portability fixture's
# precision 0.808 -> 0.840.
SAME_TIME_FACTOR = 30.0
# A sentence that opens by pointing back ("It's also known as …", "This means …") is read
# with the sentence before it, whatever that one scores.
_POINTS_BACK = re.compile(
    r"^(this|that|these|those|they|them|such|its|their|also|however|additionally|"
    r"it(?:[’']s| is| was| can| may| will)? (?:also|then|often|usually|typically)|it (?!is\b|[’']s\b))\b",
    re.IGNORECASE,
)
# A demonstrative that names what it points at ("This treatment is versatile …") is read alone
# unless the sentence before names it too ("… micro-injuries. These micro-injuries …"): a noun
# the sentence before never used is the documents' subject, not that sentence's. Followed by a
# function word, a verb of "this" ("means", "ensures") or an adverb ("typically"), it points back.
_NAMING = re.compile(r"^(this|that|these|those)\s+([a-z][a-z-]*)", re.IGNORECASE)
# A sentence opening with "it" or "its": after a list it names the section's thing, not the
# list's last item.
_OPENS_WITH_IT = re.compile(r"^its?\b", re.IGNORECASE)
# A pointer may follow a word that opens a clause or a phrase of time ("If they are taken, ...",
# "After this, ...", "While these symptoms ..."): the sentence still leans on the one before.
_OPENING = re.compile(
    r"^(?:if|when|once|because|as|after|before|unless|while|although|though|since)\s+",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Citation:
    n: int
    source: str
    title: str
    start: int
    end: int
    quote: str
    score: float


@dataclass(frozen=True, slots=True)
class Cited:
    """The answer paragraph and the citations its markers point to."""

    answer: str
    citations: tuple[Citation, ...]


@dataclass(frozen=True, slots=True)
class Quote:
    """Consecutive sentences of one passage, cited together; `lead` is the one that ranked."""

    lead: Scored
    units: tuple[Scored, ...]

    @property
    def source(self) -> str:
        return self.lead.source

    @property
    def words(self) -> int:
        return sum(_words(u.record.text) for u in self.units)


def _words(text: str) -> int:
    """Words a sentence takes in the answer, its marker "[n]" included."""
    return len(text.split()) + 1


def _passage(scored: Scored) -> str:
    return scored.record.passage_id


def _start(scored: Scored) -> int:
    return scored.record.start


def _grown(
    lead: Scored,
    scored: list[Scored],
    budget: int,
    about: Callable[[Scored], bool] | None = None,
    asked: Callable[[Scored, str], bool] | None = None,
    asked_words: tuple[str, ...] = (),
) -> Quote:
    """The lead sentence with the neighbours of its passage that score close to it.

    `scored` holds every sentence of the lead's passage (the ranking returns its top sentences
    with all their passages' others), so neighbours by index are neighbours in the text.
    `about`: a neighbour joins by its score only when it is about this (a follow-up's own
    topic: after a question on redness, "and the puffiness?" scores "The treatment typically lasts
    30 to 60 minutes" high on the first turn's "how long … last", and it says nothing of
    swelling).
    `asked(sentence, word)`: whether a sentence uses one of the question's `asked_words`; with
    it, a list item the question asks about by itself is quoted alone (`_asked_alone`).
    """
    passage = lead.record.passage_id
    siblings = sorted((s for s in scored if s.record.passage_id == passage), key=_start)
    at = next(i for i, s in enumerate(siblings) if s.record.id == lead.record.id)
    low = high = at
    words = _words(lead.record.text)
    alone = asked is not None and _asked_alone(siblings, at, asked, asked_words)

    def listed(i: int) -> bool:
        """Another item of the lead's list, or the line introducing it."""
        return siblings[i].record.role in ("item", "intro")

    def continues(i: int) -> bool:
        """A sentence the quote's edge points back at, or one pointing back at that edge: one
        list item's sentences ("Sun spots go darker … They flake off within 7 to 10 days.")."""
        if i == low - 1:
            return _leans_on(siblings[low], siblings[i])
        return i == high + 1 and _leans_on(siblings[i], siblings[high])

    def needed(i: int) -> bool:
        """The sentence before one that points back to it ("It's also known as …"), and a list
        item's items before it up to the sentence that introduces them: "Sun damage" alone
        answers nothing; "… can effectively treat multiple issues, including: Sun damage" does."""
        if i != low - 1:
            return False
        if siblings[low].record.role == "item" and listed(i) and not alone:
            return True
        return continues(i)

    def joins(i: int) -> bool:
        if not 0 <= i < len(siblings):
            return False
        if alone and listed(i) and not continues(i):
            return False
        # An introducing sentence ("Risks include:") may lead a quote, never end one.
        if siblings[i].record.role == "intro" and i > high:
            return False
        grown = words + _words(siblings[i].record.text)
        if needed(i):
            # What the quote needs to be read at all may take the whole answer's room.
            return grown <= MAX_WORDS
        if grown > budget:
            return False
        if (
            i == low - 1
            and i > 0
            and _leans_on(siblings[i], siblings[i - 1])
            and grown + _words(siblings[i - 1].record.text) > MAX_WORDS
        ):
            # A neighbour that leans on the sentence before it joins only with that one: a
            # quote may not open on "This is a normal response, ..." without what "this" is.
            return False
        if i == high + 1 and continues(i):
            # The sentence after the quote that points back at it ("This typically involves
            # …") says what the quote only announced, whatever it scores.
            return True
        close = siblings[i].score >= NEIGHBOUR_SHARE * lead.score
        return close and (about is None or about(siblings[i]))

    while options := [i for i in (low - 1, high + 1) if joins(i)]:
        pick = max(options, key=lambda i: (needed(i), siblings[i].score))
        words += _words(siblings[pick].record.text)
        low, high = min(low, pick), max(high, pick)
    return Quote(lead, tuple(siblings[low : high + 1]))


def _asked_alone(
    siblings: list[Scored], at: int, asked: Callable[[Scored, str], bool], words: tuple[str, ...]
) -> bool:
    """Whether the list item at `at` answers the question by itself: a sentence of its own
    (not shorter than `SHORT_WORDS`: "Sun damage" says nothing without the line
    that introduces its list), the only item of its list using a word the question asks about
    (not basic English: "day" is in every item of a list of days), and the sentence before the
    list (its introducing line, with a colon or without) using none of the question's words.
    "is exercise off limits for a bit?" asks for "Avoid Strenuous Activity: Avoid heavy exercise
    for a day or two", not the three post-care tips listed before it; "what do i need to avoid
    afterwards?" asks for the whole list (its items all say "avoid"), "how safe is it?"
    for the list of risks with its line "generally considered safe, there are some risks".
    Forty-fourth round: 342 of the tuning halves' 3,091 answers changed (mean 38.6 -> 34.7
    words), and no figure moved on any tuning or sealed half, other clinic's FAQ or price set:
    the item the question asks about was already the answer's lead. Forty-fifth round: a
    sentence before the list without a colon counts (a question on the procedure's steps got
    only the step saying "after the procedure"); one tuning answer changed, that one."""
    lead = siblings[at]
    specific = [w for w in words if not basic_english(w)]
    if not specific or lead.record.role != "item" or len(lead.record.text.split()) < SHORT_WORDS:
        return False
    if lead.record.text[:1].islower():
        # It goes on with the sentence its list opens ("We cannot treat you if you: - are
        # pregnant, ..."): a fragment without it.
        return False
    first = last = at
    while first > 0 and siblings[first - 1].record.role == "item":
        first -= 1
    while last + 1 < len(siblings) and siblings[last + 1].record.role == "item":
        last += 1
    # The sentence before the list introduces it, with a colon or without ("The procedure can be
    # performed on various areas." before the procedure's three steps).
    if first > 0 and any(asked(siblings[first - 1], w) for w in words):
        return False
    others = [s for s in siblings[first : last + 1] if s is not lead]
    return any(asked(lead, w) and not any(asked(other, w) for other in others) for w in specific)


def choose(
    ranked: list[Scored],
    *,
    scored: list[Scored] | None = None,
    views_of: Callable[[Quote], Callable[[Scored], bool]] | None = None,
    about: Callable[[Scored], bool] | None = None,
    asked: Callable[[Scored, str], bool] | None = None,
    asked_words: tuple[str, ...] = (),
) -> list[Quote]:
    """The best quote, then other passages' views of the same amount, within 80 words.

    `ranked` orders the candidates; `scored` (default: `ranked`) is the whole ranking, where a
    quote finds its lead's neighbours even when `ranked` was narrowed to a follow-up's topic.
    `views_of(first quote)`, given for amount questions, tells which sentences are another
    view of the same amount. `about`: what a neighbour joining the best quote must be about
    (`_grown`). `asked`, `asked_words`: the question's words and the test of a sentence using
    one, for a list item asked about by itself (`_asked_alone`).
    """
    # An introducing sentence ("Risks include:") or a question of the text's own ("But what
    # makes it so effective?") never answers by itself.
    answers = [s for s in ranked if s.record.role != "intro" and not s.record.text.endswith("?")]
    if not answers:
        return []
    best = answers[0]
    quotes = [_grown(best, scored or ranked, QUOTE_WORDS, about, asked, asked_words)]
    if views_of is None:
        return quotes
    same_point = views_of(quotes[0])
    words = quotes[0].words
    shown = set().union(*(stated_amounts(u.record.text) for u in quotes[0].units))
    for candidate in answers[1:]:
        if len(quotes) == MAX_QUOTES or candidate.score < OTHER_VIEW_FLOOR * best.score:
            break
        if (
            _passage(candidate) in {_passage(q.lead) for q in quotes}
            or words + _words(candidate.record.text) > MAX_WORDS
            or not same_point(candidate)
        ):
            continue
        amounts = stated_amounts(candidate.record.text)
        if amounts <= shown:  # a view that repeats an amount already shown adds nothing
            continue
        quotes.append(Quote(candidate, (candidate,)))
        words += _words(candidate.record.text)
        shown |= amounts
    return quotes


def cite(quotes: list[Quote], passage_text: Callable[[str], str]) -> Cited:
    """The answer paragraph: each sentence verbatim (white space folded), then its marker."""
    citations: list[Citation] = []
    parts: list[str] = []
    for n, quote in enumerate(quotes, start=1):
        first, last = quote.units[0].record, quote.units[-1].record
        start, end = first.start, last.end
        offset = first.passage_start
        text = passage_text(first.passage_id)[start - offset : end - offset]
        citations.append(
            Citation(
                n,
                first.source,
                first.title,
                start,
                end,
                text,
                round(min(1.0, max(0.0, quote.lead.score)), 4),
            )
        )
        # Every sentence of the answer ends in the marker of the citation that quotes it; the
        # answer is one paragraph (a list's items follow each other without their bullets).
        parts += [f"{' '.join(u.record.text.split())} [{n}]" for u in quote.units]
    return Cited(" ".join(parts), tuple(citations))


def amount_views(
    question: Question, retriever: Retriever
) -> Callable[[Quote], Callable[[Scored], bool]] | None:
    """A "how long / how many" question: given the answer's first quote, the test of
    whether a sentence states an amount about what that quote is about (the question's
    topic words the quote uses), and a time of the same order as its lead's
    (`SAME_TIME_FACTOR`).

    "How many treatments?" has no topic word but its frame noun: then the noun is the topic.
    """
    if not question.asks_amount:
        return None
    words = [*question.topic, *(question.previous.topic if question.previous else ())]
    topic = [w for w in words if w not in AMOUNT_FRAME] or [
        w for w in words if w in AMOUNT_SUBJECTS
    ]
    if not topic:
        return None
    topic += [m for w in topic for m in retriever.vocabulary.near(w)]

    def views(answer: Quote) -> Callable[[Scored], bool]:
        shared = [w for w in topic if any(retriever.mentions(s.record, [w]) for s in answer.units)]
        lead = retriever.longest(answer.lead.record)
        return lambda other: (
            bool(shared)
            and states_amount(other.record.text)
            and retriever.mentions(other.record, shared)
            and _same_order(lead, retriever.longest(other.record))
        )

    return views


def _same_order(time: float | None, other: float | None) -> bool:
    """Whether two times (in days; None for none stated) may be views of the same one."""
    if time is None or other is None:
        return True
    return max(time, other) <= SAME_TIME_FACTOR * min(time, other)


def _leans_on(sentence: Scored, before: Scored) -> bool:
    """Whether a sentence points back at the one before it (`_points_back`). Not a paragraph
    after a list that opens with "it" or "its": that speaks of the section's thing, not of
    one item ("4. sun protection to finish" / "It does not hurt."). In the four
    such paragraphs of the evaluation corpora each speaks of the treatment; one after a step
    ("3. Apply the numbing cream." / "It takes 30 minutes to work.") would lose its step."""
    after_list = before.record.role == "item" and sentence.record.role != "item"
    if after_list and _OPENS_WITH_IT.match(_OPENING.sub("", sentence.record.text, count=1)):
        return False
    return _points_back(sentence.record.text, before.record.text)


def _points_back(sentence: str, before: str) -> bool:
    """Whether a sentence opens by pointing back at the sentence before it (`_POINTS_BACK`,
    `_NAMING`), after a word opening a clause (`_OPENING`)."""
    sentence = _OPENING.sub("", sentence, count=1)
    if not _POINTS_BACK.match(sentence):
        return False
    naming = _NAMING.match(sentence)
    if naming is None:
        return True
    determiner, word = naming.group(1).lower(), naming.group(2).lower()
    verb_of_this = determiner in ("this", "that") and word.endswith("s") and not word.endswith("ss")
    if word in ENGLISH_STOP_WORDS or word.endswith("ly") or verb_of_this:
        return True
    return word[: max(4, len(word) - 3)] in before.lower()
