"""A patient's message read once: the `Question` every later stage reads instead of the raw text.

`read()` folds case, quotes and white space, writes out short forms ("appt"), spells words as
the corpus spells them, finds the content and topic words, the personal situations it names,
whether it asks for an amount (and in which units), and whether it follows up the previous
turn. Triage, retrieval, the not-covered decision and the answer all take the `Question`; none
of them reads the message again.

The corpus side (its vocabulary, word stems and how common each stem is) is `vocabulary.py`'s
`Vocabulary`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from wordfreq import zipf_frequency

from assistant.answering import measures
from assistant.answering.letter import without_letter_frame, without_reported_frame
from assistant.answering.lexicon import (
    AFTER,
    AMOUNT_FRAME,
    AMOUNT_SUBJECTS,
    ASKS_DURATION,
    ASKS_GAP,
    ASKS_QUANTITY,
    BEFORE,
    FILLERS,
    SITUATIONS,
    STOPWORDS,
)
from assistant.answering.person import as_own
from assistant.answering.places import without_place
from assistant.answering.vocabulary import WORD, Vocabulary, written_out

# A short message that opens like this (or is one word) continues the last turn; one that
# points back with "it" does unless it has a topic of its own.
_FRAGMENT = re.compile(r"^\s*(and|also|what about|how about|plus|same for|what if)\b|^\W*\w+\W*$")
# The words a question opens with: a question word or an auxiliary.
QUESTION_OPENING = (
    r"(who|what|when|where|why|how|which|is|are|can|could|does|do|did|should|will|would|may|"
    r"might)\b"
)
# "and", "also" or "plus" before a whole question ("and how many treatments would it take?") only
# joins it to the conversation: the question is read on its own words.
_JOINING = r"(and|also|plus)\W+"
_JOINED_QUESTION = re.compile(rf"^\s*{_JOINING}{QUESTION_OPENING}")
# A phrase opening with a preposition ("on my neck?", "for about how long?", "in winter?") is a
# fragment too when it is this short.
_PHRASE = re.compile(r"^\s*(on|for|with|like|in|at|during|without|even)\b")
PHRASE_WORDS = 4
POINTS_BACK = re.compile(r"\b(that|it|this|those|these|they|them)\b")
# Words that stand for what the turn before said, not for the treatment "it" names: "what is
# that based on?", "the older ones too?", "does it help them?" (a patient says "it" of the
# treatment, never "them"); and a question ending "then", which draws on the turn before ("what
# do I do about it then?" after a question on exercise).
_POINTING = r"\b(that|this|those|these|ones|them)\b"
_POINTS_AT_ANSWER = re.compile(rf"{_POINTING}|\b(too|then)\W*$")
# A whole question that only ends in "too" ("and do you do fillers too?") adds a question of its
# own; a fragment ending so ("the older ones too?") still asks of the answer.
_ADDING = re.compile(rf"^(?!.*{_POINTING}).*\btoo\W*$")
# "It" as what one has, gets or does ("and who should not get it done?", "is anybody unable to
# have it?") is the treatment, whatever the turn before spoke of.
HAVING_IT = re.compile(r"\b(have|having|get|getting|do|doing|try|book)\s+it\b")
# "They" is never the treatment, which is one thing (`_continues`).
_THEY = re.compile(r"\bthey\b")
FOLLOW_UP_WORDS = 8
# A question: a question mark, or an opening question word or auxiliary.
_ASKS = re.compile(rf"\?\s*$|^\W*{QUESTION_OPENING}")
# A whole question: one that opens with a question word or an auxiliary, joined or not ("and do
# you take cards?"); not a fragment ("and if it does?", "like in inches?").
_WHOLE_QUESTION = re.compile(rf"^\W*({_JOINING})?{QUESTION_OPENING}")
# Words that end or deny what follows them: NegEx's negations with the verbs of stopping.
_ENDS = re.compile(
    r"\b(not(?! (sure|certain)\b)|no|no longer|never|(?P<stopped>finished|done with|stopped|quit|"
    r"came off|weaned( off)?))\W+((?!(but|yet|though|although|however)\b)\w+\W+){0,2}$"
)
# A stop the message dates or measures is what it asks about ("came off isotretinoin six weeks
# back, long enough?"): the time since it is the question.
_DATED = re.compile(
    r"\b(ago|recently|just|since|last (week|month|year)|(days?|weeks?|months?) (ago|back)|"
    r"too soon|how long after|yet|in (january|february|march|april|may|june|july|august|"
    r"september|october|november|december))\b"
)
_JOINED = re.compile(r"\W*(and|or|nor)?\W*")
# A situation something came from is its cause, past ("lines left from a pregnancy", "marks
# from weight changes after breastfeeding"), unless a verb of having it leads ("suffering from").
_CAUSE = re.compile(
    r"(?<!suffer )(?<!suffers )(?<!suffered )(?<!suffering )(?<!recovering )\bfrom\W+(\w+\W+){0,3}$"
)
# What a question sets aside ("aside from the swelling, anything more ...", "lines other than
# frown lines"): up to four words after the phrase, to a comma, a stop or a question word. They name
# what the patient does not ask about, so retrieval does not look for them.
_SET_ASIDE = re.compile(
    rf"\b(apart from|aside from|besides|other than|except( for)?)\b"
    rf"((?!\s+{QUESTION_OPENING})\s+[\w'-]+){{1,4}}"
)
# A message that only asks for information on a topic, and what it names: "any
# information on X?", "tell me about X", "what is X?" (MedQuAD's "What is (are) X ?" too),
# where X is at most `ABOUT_WORDS` words. It asks for what the documents say of X as a whole.
# Matched against the spelled words, which keep no punctuation but an apostrophe.
_ABOUT = re.compile(
    r"^(?:(?:do you have|have you got|got|i (?:want|need|would like)|can (?:i|you) (?:get|give me)"
    r"|(?:please )?give me|any)\s+)?(?:(?:some|any|more)\s+)?(?:information|info|details)\s+"
    r"(?:about|on|regarding)\s+(?P<a>.+)$"
    r"|^(?:please\s+)?tell me (?:more\s+)?about\s+(?P<b>.+)$"
    r"|^what(?:\s+is|\s+are|'s|s)\s+(?:are\s+)?(?:(?:an?|the)\s+)?(?P<c>.+)$"
)
ABOUT_WORDS = 4
# Where a sentence ends: after its stop, question or exclamation mark.
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")
# A letter typed three or more times in a row ("sooo", "hurrrt").
_STRETCH = re.compile(r"([a-z])\1{2,}")
_STRETCHED_WORD = re.compile(r"[a-z]*([a-z])\1{2,}[a-z]*")


def normal(message: str) -> str:
    """Lower case, straight quotes, single spaces, stretched spellings folded ("hurrrt" ->
    "hurt"): the form every pattern is written for."""
    text = message.lower().replace("’", "'").replace("‘", "'")
    text = _STRETCHED_WORD.sub(lambda match: _unstretched(match.group()), text)
    return re.sub(r"\s+", " ", text).strip()


def _unstretched(word: str) -> str:
    """The word with each run of three or more letters as one or two, whichever English uses
    more ("sooo" -> "so", "gooood" -> "good")."""
    runs = list(_STRETCH.finditer(word))
    forms = [""]
    at = 0
    for run in runs:
        between = word[at : run.start()]
        forms = [f + between + run.group(1) * n for f in forms for n in (1, 2)]
        at = run.end()
    forms = [f + word[at:] for f in forms]
    return max(forms, key=lambda form: (zipf_frequency(form, "en"), -len(form)))


@dataclass(frozen=True, slots=True)
class Question:
    """A message as the assistant understands it."""

    normal: str  # lower case, straight quotes, single spaces
    spelled: str  # words only: short forms written out, misspellings in the corpus's spelling
    words: tuple[str, ...]  # content words (no stop words, fillers, numbers)
    topic: tuple[str, ...]  # content words that are not in nearly every document
    covered: float  # share of the topic words the documents use (directly or as synonyms)
    # A topic word seemed the documents' only as half of a pair they never write ("opening
    # hours on saturdays?" against "48 hours' notice").
    paired: bool
    situations: tuple[str, ...]  # personal medical situations it names ("pregnant")
    asks_amount: bool  # how long, how many, how often, when
    # It asks how long one thing takes ("a single visit lasts how long?"), not the gap between
    # things or a whole series ("what gap between visits?").
    asks_duration: bool
    # It asks how many of something ("how many altogether?"; `measures.asks_count`).
    asks_count: bool
    # The kinds of quantity it asks in a unit ("how many mm?": a length; `measures.asked`).
    units: frozenset[measures.Kind]
    # How long it says something has lasted, in days ("still red a week after": 7); None when
    # it says nothing persists (`measures.still_after`).
    lasted: float | None
    # It is a whole question of its own (`_WHOLE_QUESTION`), not a fragment of the turn before.
    whole_question: bool
    timing: int  # -1 asked of before something, 1 of after it, 0 neither or both (`timing`)
    # The sentences that ask, when the message also tells ("I'm budgeting for this. How many
    # visits does a course take?"); "" when every sentence asks or none does.
    asking: str = ""
    # Situations it names as over or not the case ("long finished breastfeeding", "not
    # pregnant"): still the patient's history (the referral stays firm), not what they ask.
    ended: tuple[str, ...] = ()
    # The words of the whole message when it sets some aside (`_SET_ASIDE`): what it says it
    # does not ask about may still be a sign triage must read ("all fine except my lips ...").
    whole: str = ""
    # When it only asks for information on a topic ("any information on surgery?",
    # "what is eczema?"), the topic's content words (`_about`); () otherwise.
    about: tuple[str, ...] = ()
    previous: Question | None = field(default=None)  # the turn it continues, if a follow-up
    # In a chat, the turn before's words (spelled), whether or not this one continues it: which
    # treatment the conversation is about (`Retriever.naming`).
    chat: str = ""

    @property
    def query(self) -> str:
        """What retrieval looks for: the words, with the previous turn's when a follow-up."""
        if self.previous is None:
            return self.spelled
        return f"{self.spelled} {self.previous.spelled}"

    @property
    def focus(self) -> tuple[str, ...]:
        """A follow-up's own new topic ("and swelling?" -> swelling); frame words say nothing.
        A pointing follow-up of a message that asked nothing ("cheeks feel tight and keep
        flaking on day three" then "is that common?") asks of what that message told: its own words are what
        it asks, not a topic its quote must name. After a question ("for what span is the skin
        flushed?" then "will this cost me a fortune?") its words keep their say."""
        if (
            self.previous is not None
            and _POINTS_AT_ANSWER.search(self.normal)
            and not asks(self.previous)
        ):
            return ()
        return tuple(w for w in self.topic if w not in AMOUNT_FRAME)

    @property
    def swaps_topic(self) -> bool:
        """A follow-up that asks the same of another topic ("and dysport?", "what about my
        hands?", a word alone), not one that narrows it ("on my calves?") or asks more of it."""
        return self.previous is not None and bool(_FRAGMENT.search(self.spelled))

    @property
    def meant(self) -> str:
        """What the ranking reads: the query without chat fillers ("lol", "kinda"), which only
        blur its meaning, and asked for someone else read as the patient's own (person.py)."""
        return as_own(_without_fillers(self.query))

    @property
    def told(self) -> str:
        """What triage reads: the query as the patient wrote it (who it is about is part of an
        urgent report), with anything the message sets aside; without chat fillers."""
        return _without_fillers(self.whole or self.query)


def _without_fillers(text: str) -> str:
    return " ".join(w for w in text.split() if w not in FILLERS) or text


def read(
    message: str,
    vocabulary: Vocabulary | None = None,
    *,
    previous: str | None = None,
    continued: bool = False,
) -> Question:
    """The message as a `Question`; `previous` is the session's last answered message, which
    it is read with when it continues that turn (`_continues`), or whatever it says when
    `continued`.

    Without a vocabulary (no index loaded yet) the words are read as typed: enough for triage,
    which must work before any index exists.
    """
    text = normal(message)
    whole = ""
    if vocabulary is None:
        spelled = " ".join(WORD.findall(written_out(text)))
        words = topic = [w for w in spelled.split() if w not in STOPWORDS]
        covered, paired = 1.0, False
    else:
        text, framed, asked = _frames(text, vocabulary)
        spelled = vocabulary.spelled(asked)
        whole = vocabulary.spelled(framed) if asked != framed else ""
        words, topic = vocabulary.content(spelled)
        # The question's text as the ranking's model reads it, embedded with its unknown words,
        # and the text triage reads (the whole message's, when it sets words aside).
        meant = as_own(_without_fillers(spelled))
        told = _without_fillers(whole or spelled)
        texts = tuple(dict.fromkeys((meant, told)))
        vocabulary.prepare(spelled.split(), also=texts if previous is None else ())
        pairs = vocabulary.paired(spelled)
        covered = vocabulary.coverage(words, topic, pairs)
        paired = not pairs.isdisjoint(topic)
    question = Question(
        normal=text,
        spelled=spelled,
        words=tuple(words),
        topic=tuple(topic),
        covered=covered,
        paired=paired,
        situations=tuple(m.group() for m in SITUATIONS.finditer(text)),
        ended=_ended(text),
        asks_amount=bool(ASKS_QUANTITY.search(spelled)),
        asks_duration=bool(ASKS_DURATION.search(spelled)) and not ASKS_GAP.search(spelled),
        asks_count=measures.asks_count(spelled),
        units=measures.asked(text),
        lasted=measures.still_after(text),
        whole_question=bool(_WHOLE_QUESTION.search(text)),
        timing=timing(text),
        asking=_asking(text),
        whole=whole,
        about=_about(spelled, words),
    )
    if not previous or vocabulary is None:
        return question
    question = replace(question, chat=vocabulary.spelled(normal(previous)))
    if not continued and len(spelled.split()) > FOLLOW_UP_WORDS:
        return question
    before = read(previous, vocabulary)
    if not continued and not _continues(question, before):
        return question
    # A topic of the documents' own is what the message asks about; else the turn before's case.
    own_topic = any(vocabulary.knows(w) for w in question.topic)
    carried = question if own_topic else before
    return Question(
        normal=question.normal,
        spelled=question.spelled,
        words=question.words,
        topic=question.topic,
        covered=vocabulary.coverage(
            [*question.words, *before.words], [*question.topic, *before.topic]
        ),
        paired=question.paired,
        # "I have rosacea" then "can I still have it?": the case told in the turn before is
        # what the message asks about, unless it names a topic of the documents ("is the change
        # visible soon?" after a question on breastfeeding asks about results).
        situations=tuple(dict.fromkeys((*question.situations, *carried.situations))),
        ended=tuple(dict.fromkeys((*question.ended, *carried.ended))),
        asks_amount=question.asks_amount or before.asks_amount,
        asks_duration=question.asks_duration,
        asks_count=question.asks_count,
        units=question.units,
        lasted=question.lasted,
        whole_question=question.whole_question,
        timing=question.timing or before.timing,
        previous=before,
        chat=question.chat,
    )


def _frames(text: str, vocabulary: Vocabulary) -> tuple[str, str, str]:
    """The normal text without a place the documents do not name, then also without a letter's
    frame, then what it asks: without who reports it and what it sets aside. Triage reads the
    words set aside and the reporting too (they may be a sign); a greeting or a sign-off never
    is one."""
    text = without_place(text, vocabulary.knows)
    framed = without_letter_frame(text, vocabulary.knows)
    asked = without_reported_frame(_SET_ASIDE.sub(" ", framed), vocabulary.knows)
    return text, framed, asked


def asked_words(message: str, vocabulary: Vocabulary) -> tuple[str, ...]:
    """The content words of what a message asks, as `read` finds them (a letter's frame, who
    reports the question and what it sets aside left out), with no model call: the words the
    not-covered decision weighs, which the staff page shows when the documents lack them."""
    _, _, asked = _frames(normal(message), vocabulary)
    words, _ = vocabulary.content(vocabulary.spelled(asked))
    return tuple(words)


def _about(spelled: str, words: list[str]) -> tuple[str, ...]:
    """The content words of the topic a message only asks for information on (`_ABOUT`), read
    from its spelled words (a letter's greeting left out, misspellings mended)."""
    found = _ABOUT.match(spelled)
    if found is None:
        return ()
    named = WORD.findall(next(g for g in found.groups() if g is not None))
    if len(named) > ABOUT_WORDS:
        return ()
    return tuple(w for w in words if w in named)


def asks(question: Question) -> bool:
    """Whether the message is a question: a question mark, or an opening question word."""
    return bool(_ASKS.search(question.normal))


def points_at_subject(question: Question) -> bool:
    """Whether a question with no content word asks about what "it" stands for ("who shouldnt
    have it?", "what is it?"), not a greeting or a thanks."""
    return bool(_ASKS.search(question.normal) and POINTS_BACK.search(question.spelled))


def naming(question: Question, name: str) -> str:
    """The question with its first pointing word replaced by a name."""
    return POINTS_BACK.sub(name, question.normal, count=1)


def _ended(text: str) -> tuple[str, ...]:
    """The situations a lower-case text names after a word that denies them, at most two words
    before ("not pregnant", "no longer on accutane"), or that ends them when the message does
    not date the end ("done with pregnancies"), those named as what something came from
    (`_CAUSE`), and those joined to such a one ("... or nursing")."""
    ended: list[str] = []
    joined_to: int | None = None  # where the last ended situation stops
    dated: bool | None = None  # read once, when a stop needs it
    for m in SITUATIONS.finditer(text):
        joined = joined_to is not None and _JOINED.fullmatch(text, joined_to, m.start())
        ends = _ENDS.search(text, 0, m.start())
        if ends and ends.group("stopped") and dated is None:
            dated = _DATED.search(text) is not None
        cause = _CAUSE.search(text, 0, m.start()) is not None
        if joined or cause or (ends and not (ends.group("stopped") and dated)):
            ended.append(m.group())
            joined_to = m.end()
    return tuple(ended)


def _asking(text: str) -> str:
    """The sentences of a message that end in a question mark, if others do not."""
    sentences = [s for s in _SENTENCE_END.split(text) if s.strip()]
    asking = [s for s in sentences if s.rstrip().endswith("?")]
    return " ".join(asking) if 0 < len(asking) < len(sentences) else ""


def asks_gap(text: str) -> bool:
    """Whether a lower-case question asks the time between things or of a whole series ("how
    long between my visits?"), not how long one thing takes."""
    return bool(ASKS_QUANTITY.search(text) and ASKS_GAP.search(text))


def timing(text: str) -> int:
    """-1 when a lower-case text is set before something ("what to avoid before it"), 1 after
    it ("aftercare", "post-treatment"), 0 when neither or both."""
    return int(bool(AFTER.search(text))) - int(bool(BEFORE.search(text)))


def _continues(question: Question, before: Question) -> bool:
    """Whether a short message continues the turn before instead of asking anew.

    A fragment ("and the puffiness?", "and for lasers?", "what about the neck", a short phrase
    such as "on my neck?") always continues it, and so do a question with no word of its own
    ("what else?") and one that points at what the turn before said ("what is that based on?",
    "the older ones too?"), and so does one that says "they" (the treatment is one thing: "are they
    thrown away after?" after the needles). A message that points back with "it" continues it unless
    it names a topic of its own that the documents cover ("will it hurt loads?" after a question
    on redness is a new question: "it" is the treatment), and "it" as what one has or gets ("and
    who should not get it done?") is always the treatment. So does one that asks an amount with
    nothing but its frame words ("how long?", "how often?"). Any other message is a question of
    its own, even one whose words the documents do not use ("could my sister come along to
    watch?" after redness is not about redness).
    """
    words = question.spelled.split()
    if _FRAGMENT.search(question.spelled) and not _JOINED_QUESTION.search(question.spelled):
        return True
    if _PHRASE.search(question.spelled) and len(words) <= PHRASE_WORDS:
        return True
    if _POINTS_AT_ANSWER.search(question.normal) and not (
        question.whole_question and _ADDING.search(question.normal)
    ):
        return True
    # A question whose only "it" is the treatment one has or gets asks of the treatment.
    pointing = POINTS_BACK.search(HAVING_IT.sub(" ", question.spelled))
    if not question.words and _ASKS.search(question.normal):
        # "what else?", "which of them?": a question with no word of its own
        return pointing is not None or not HAVING_IT.search(question.spelled)
    if not pointing:
        # "how long?", "how often?": asking an amount with no word but those that frame one, it
        # has nothing of its own to count; "how many treatments?" names what it counts.
        return question.asks_amount and all(
            w in AMOUNT_FRAME and w not in AMOUNT_SUBJECTS for w in question.words
        )
    if _THEY.search(question.spelled):
        # Not the treatment: what the turn before spoke of, or the staff, in that turn's frame.
        return True
    own = [w for w in question.focus if w not in before.topic]
    return question.covered == 0 or not own
