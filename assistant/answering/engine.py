"""The assistant itself: triage, follow-ups, retrieval and the answer template, over one index.

Loaded once per process (the API's lifespan, the evaluation, the benchmark); it follows the
published index version by itself, so a finished ingest is served without a restart.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from threadpoolctl import threadpool_limits

from assistant.answering import measures
from assistant.answering.answer import Citation, Quote, amount_views, choose, cite
from assistant.answering.compound import questions_in, refers_back
from assistant.answering.coverage import Coverage, decision_of
from assistant.answering.letter import courtesy_only
from assistant.answering.lexicon import (
    PERSONAL_GUIDANCE,
    SITUATION_QUALIFIERS,
    first_names,
)
from assistant.answering.places import place_names
from assistant.answering.question import Question, asks, naming, points_at_subject, read
from assistant.answering.retrieval import Retriever, Scored
from assistant.answering.sessions import Sessions
from assistant.answering.triage.classifier import without_denied
from assistant.answering.triage.personal import (
    asks_for_oneself,
    only_points_back,
    set_aside,
    without_unnamed,
)
from assistant.answering.triage.personal import fitted as personal_model
from assistant.answering.triage.safety import Triage, Wording, triage
from assistant.answering.vectors import QueryVectors
from assistant.config import Settings
from assistant.errors import AssistantError, IndexNotReady
from assistant.index.embedding import ENCODER_IDS, MODEL_NAME, Embedder
from assistant.index.retired import Retired
from assistant.index.store import Store

log = logging.getLogger(__name__)

# A sentence naming the patient's situation goes first when it scores this share of the best:
# what the documents say about their own situation ("not recommended if you are pregnant") is
# what they need to read, even when another sentence matches their other words better.
SITUATION_SHARE = 0.4
# The documents' guidance sentences for a situation they do not name: those scoring this share of
# the best for the guidance query, of which the question's own ranking picks the lead (tuning
# halves: +2 hits at 0.5 to 0.7; at 0.4 a list of treated concerns joins them, -1 key fact).
GUIDANCE_SHARE = 0.6
POINTER_CHECK_S = 2.0
ANSWER_CACHE = 4096
TYPED = "typed"  # the answer cache's key for a message as typed (others: its triage level)
# A message read with the turn before only because alone it is not covered is answered so only
# when the answer comes from one of the turn before's own best passages: a request for an
# appointment next week after a question on safety, joined, met the course's spacing ("sessions
# spaced 4-6 weeks apart"), which speaks of neither. Twenty-ninth round, on the four
# follow-up sets' tuning halves (235 chats): within the best 1 / 3 / 5 passages, 3 / 3 / 2 wrong
# answers refused and 1 / 0 / 0 right ones.
TURN_BEFORE_PASSAGES = 3
# A message asking several things quotes each part's best two quotes: three parts answered in
# full ran to 159 words. Thirty-seventh round, compound tuning: citation precision 0.909 ->
# 0.918 and concise 0.959 -> 0.980 with the same parts answered (one quote each: 0.949, but a
# key fact lost there and on questions11).
PART_QUOTES = 2


@dataclass(frozen=True, slots=True)
class Reply:
    kind: str  # "answer", "not_found" or "urgent"
    answer: str
    citations: tuple[Citation, ...]
    referral: str
    text: str
    # Said when a message asks several things and the documents cover only some: the answer
    # quotes what they cover, and this tells the patient the rest goes to the clinic.
    not_covered: str = ""
    # The message asked nothing ("hello", "thanks!"): the reply prompts for a question, and no
    # gap in the documents is shown by it.
    asked_nothing: bool = False


class Engine:
    """Answers questions from the published index; thread-safe."""

    def __init__(self, settings: Settings, *, embedder: Embedder | None = None) -> None:
        self.settings = settings
        self.store = Store(settings.index_path, settings.chroma_url)
        self.embedder = embedder or Embedder(settings.model_dir, encoder=settings.encoder)
        self.wording = Wording(settings)
        self.sessions = Sessions(max_sessions=settings.sessions_max, ttl_s=settings.session_ttl_s)
        self._retriever: Retriever | None = None
        self._coverage: Coverage | None = None
        self._version: str | None = None
        self._checked_at = 0.0
        self._lock = threading.Lock()
        # A version left behind is closed once no request can still read it: a request's
        # deadline is `request_timeout_s`, and twice that is waited.
        self._retired = Retired(grace_s=2 * settings.request_timeout_s)
        self.vectors = QueryVectors(self.embedder)
        # (index version, "typed" or the triage level, the message as typed or as read)
        self._answers: OrderedDict[tuple[str, str, str], Reply] = OrderedDict()
        self._cache_lock = threading.Lock()

    # -- the index ---------------------------------------------------------------------------

    def retriever(self) -> Retriever:
        """The retriever of the published version, reloaded when a new one is published."""
        now = time.monotonic()
        if self._retriever is not None and now - self._checked_at < POINTER_CHECK_S:
            return self._retriever
        with self._lock:
            if self._retriever is not None and now - self._checked_at < POINTER_CHECK_S:
                return self._retriever
            current = self.store.current()
            if current is None:
                raise IndexNotReady("no index has been built yet: run `python ingest.py`")
            if current != self._version or self._retriever is None:
                log.info("loading index version %s", current)
                built_with = (self.store.manifest(current) or {}).get("encoder", "float")
                if built_with != ENCODER_IDS[self.embedder.encoder]:
                    log.warning(
                        "index version %s was embedded with the %s encoder, questions with %s: "
                        "run the ingest to embed it again",
                        current,
                        built_with,
                        ENCODER_IDS[self.embedder.encoder],
                    )
                manifest = self.store.manifest(current) or {}
                retriever = Retriever(
                    self.store.open(current),
                    self.vectors.embed_query,
                    embed_texts=self.vectors.embed_texts,
                    glossary=manifest.get("glossary") or {},
                    held=manifest.get("declined_held") or [],
                )
                decision = decision_of(self.store.manifest(current))
                self._coverage = Coverage(retriever, decision)
                if self._retriever is not None:
                    self._retired.add(self._retriever.version, now)
                self._retriever = retriever
                self._version = current
            self._retired.close_due(now)
            self._checked_at = now
            return self._retriever

    @property
    def version(self) -> str | None:
        """The index version being served (None before the first question)."""
        return self._version

    def status(self) -> dict[str, Any]:
        self.store.heartbeat()
        retriever = self.retriever()
        manifest = self.store.manifest(self._version or "") or {}
        return {
            "documents": len(manifest.get("documents", {})),
            "chunks": len(retriever.passages) + len(retriever.sentences),
            "model": MODEL_NAME,
            "index_version": self._version,
        }

    # -- questions ---------------------------------------------------------------------------

    def warm(self) -> None:
        """Load what a first question would otherwise wait for: the model and the index (one
        question asked), and the tables a message is read past with, which load on first use (a
        patient's introduction, 0.3 s; a place name, 0.5 s).

        And BLAS computes on the calling thread alone: a serving process answers one question
        per thread, and the products a question takes (a thousand sentences, a few thousand
        keys) cost less than waking BLAS's other thread for them. Replies are the same to the
        byte (4,433 tuning-half and dev replies compared); in-process they took 10.9 -> 10.2 ms
        each (docs/evaluation.md, fifty-third round)."""
        threadpool_limits(limits=1, user_api="blas")
        first_names()
        place_names()
        self.reply("warm up")

    def reply(self, message: str, session_id: str | None = None) -> Reply:
        """The reply to a patient's message, through the answer template."""
        # Counted while it is answered: a question embedded while another is answered beside
        # it leaves the other core to that one's Python (`Embedder.answering`).
        with self.embedder.answering():
            return self._cached_reply(message, session_id)

    def _cached_reply(self, message: str, session_id: str | None) -> Reply:
        """A message repeated as typed, from the answer cache; any other through `_reply`."""
        previous = self.sessions.previous(session_id) if session_id else None
        try:
            retriever: Retriever | None = self.retriever()
        except AssistantError:
            # Triage needs no index: a red flag is answered even while none is loaded.
            retriever = None
        if previous is not None or retriever is None:
            return self._reply(message, session_id, previous, retriever)
        # FAQ traffic repeats word for word (the welcome's examples): a message without a turn
        # before it is looked up as typed, before it is read and triaged, which a repeat found
        # by its reading pays for again (1.2-1.4 ms in process against a few microseconds).
        key = (retriever.version.name, TYPED, message)
        reply = self._cached_answer(key)
        if reply is None:
            reply = self._reply(message, session_id, previous, retriever)
            self._keep_answer(key, reply)
        elif session_id and reply.kind == "answer":
            self.sessions.remember(session_id, message[:300])
        return reply

    def _reply(
        self,
        message: str,
        session_id: str | None,
        previous: str | None,
        retriever: Retriever | None,
    ) -> Reply:
        vocabulary = retriever.vocabulary if retriever else None
        question = read(message, vocabulary, previous=previous)
        # Triage reads the question's embedding, the same vector retrieval uses next (cached),
        # so a question is still embedded once (a long message's clauses too, in one call; one
        # that sets words aside is embedded whole for triage too); the embedder needs no index.
        level = triage(question, self.vectors.embed_query(question.told), embed=self.embedder.embed)
        if level.urgent:
            urgent = self.wording.urgent(level)
            return Reply("urgent", "", (), urgent, urgent)
        if level in (Triage.NO_ADVICE, Triage.INSTRUCTIONS):
            text = (
                self.wording.no_advice() if level is Triage.NO_ADVICE else self.wording.not_found()
            )
            return self._not_found(level, text)
        if retriever is None:
            retriever = self.retriever()  # raises the reason again
        asks_nothing = not question.words or courtesy_only(question.normal)
        # "It" read as the thing the turn before named: the message is remembered with that turn.
        carried = False
        if level is Triage.ROUTINE and asks_nothing and not _asks_of_turn_before(question):
            # No word that asks anything ("hello", "thanks!", "ok"), or only courtesy ("thanks a
            # lot", `letter.courtesy_only`): a prompt, not "the documents do not cover that
            # question", and never the previous answer again. A question whose only subject is
            # "it" ("who shouldnt have it?") asks about the documents' subject: read with its
            # name.
            subject = self.coverage().profile.subject.name
            if question.previous is not None or not subject or not points_at_subject(question):
                prompt = self._not_found(level, self.wording.prompt(retriever.titles))
                return replace(prompt, asked_nothing=True)
            # In a chat on another treatment the documents name, "it" is that one.
            thing = retriever.chat_thing(question, subject)
            carried = thing is not None
            question = read(naming(question, thing or subject), retriever.vocabulary)
        # FAQ traffic repeats: a question without a turn before it is answered once per index
        # version. The answer depends on the message only through its reading, so the key is
        # the folded text; the triage level is part of the key.
        key: tuple[str, str, str] | None = None
        if previous is None:
            key = (retriever.version.name, level.name, question.normal)
            cached = self._cached_answer(key)
            if cached is not None:
                if session_id and cached.kind == "answer":
                    self.sessions.remember(session_id, message[:300])
                return cached
        # The signs the patient says they do not have are no part of what they ask.
        asked = without_denied(question.normal)
        if asked != question.normal:
            question = read(asked, retriever.vocabulary, previous=previous)
        reply = self._answer(question, level, retriever)
        # A message asking several things; in a chat, one read alone (not as a follow-up).
        parts = (
            questions_in(question.normal, retriever.vocabulary) if question.previous is None else []
        )
        if parts:
            reply = self._reply_to_parts(parts, reply, level, retriever, chat=previous is not None)
        if (
            reply.kind == "not_found"
            and previous
            and question.previous is None
            and not retriever.vocabulary.names_unknown(question.words)
        ):
            # Not covered alone, a message in a chat may still ask of the turn before in words
            # the rules of `read` do not take for a follow-up ("how exactly?", "which sort?"):
            # read with it, it is answered when that reading is covered. Not one that names a
            # subject of its own the documents never speak of ("also do you offer botox?" after
            # pores): what they say of pores is no answer.
            joined = read(asked, retriever.vocabulary, previous=previous, continued=True)
            # A case the turn before told ("I have rosacea", then "may I go ahead and have
            # it?") is what the message asks about: a personal question, answered on that case.
            told_before = bool(joined.situations) and not question.situations
            personal = told_before and level is Triage.ROUTINE
            again = self._answer(joined, Triage.PERSONAL if personal else level, retriever)
            if again.kind == "answer" and (
                told_before or _from_turn_before(again, previous, retriever)
            ):
                question, reply = joined, again
        if session_id and reply.kind == "answer":
            # A follow-up is remembered with the turn it continues, so a third turn keeps both;
            # so is a message asking of the thing the turn before named ("is it ok in
            # pregnancy?" after a question on another treatment): the third turn asks of it too.
            continues = (
                question.previous is not None or carried or retriever.carries_chat_thing(question)
            )
            remembered = f"{message} {previous}" if continues and previous else message
            self.sessions.remember(session_id, remembered[:300])
        if key is not None:
            self._keep_answer(key, reply)
        return reply

    def forget_answers(self) -> None:
        """Empty the answer cache (a measurement that changes what the retriever learnt from)."""
        with self._cache_lock:
            self._answers.clear()

    def _cached_answer(self, key: tuple[str, str, str]) -> Reply | None:
        with self._cache_lock:
            cached = self._answers.get(key)
            if cached is not None:
                self._answers.move_to_end(key)
            return cached

    def _keep_answer(self, key: tuple[str, str, str], reply: Reply) -> None:
        with self._cache_lock:
            self._answers[key] = reply
            while len(self._answers) > ANSWER_CACHE:
                self._answers.popitem(last=False)

    def _answer(self, question: Question, level: Triage, retriever: Retriever) -> Reply:
        return self._reply_quoting(self._quotes(question, level, retriever), level, retriever)

    def _reply_to_parts(
        self,
        parts: list[Question],
        whole: Reply,
        level: Triage,
        retriever: Retriever,
        *,
        chat: bool,
    ) -> Reply:
        """The reply to a message asking several things: each part answered alone, their quotes
        cited together in order when two or more are; a part the documents do not cover, said.

        A part is said not to be covered when, read alone, it is not and it names something the
        documents never speak of ("is there a loyalty scheme"): a vaguer part that names no
        other subject may be what the whole's reading answers. A whole the documents do not
        cover is answered in part only when such a part explains the refusal, and only from
        parts that name nothing of the kind (alone, a part asking whether one bruises more, after
        a question on another treatment, met the redness sentences: outscope tuning).

        In a chat after its first message, a covered whole keeps its own quotes: there, on
        followups4's tuning half, quoting the parts cost precision 0.804 -> 0.774 for no answer
        gained (parts asking one thing twice).
        """
        each = self._quotes_each(parts, level, retriever)
        unknown = [retriever.vocabulary.names_unknown(part.words) for part in parts]
        other = any(not quotes and u for quotes, u in zip(each, unknown, strict=True))
        if whole.kind == "answer":
            answered = [quotes for quotes in each if quotes]
            reply = (
                whole
                if chat or len(answered) < 2
                else self._quoting_parts(answered, level, retriever)
            )
        elif not other:
            return whole  # no part explains the refusal
        else:
            answered, after_refused = [], False
            for quotes, part, u in zip(each, parts, unknown, strict=True):
                # After a part not answered, "it" may be what that part named.
                blind = after_refused and refers_back(part.normal)
                if quotes and not u and not blind:
                    answered.append(quotes)
                after_refused = after_refused or not quotes
            if not answered:
                return whole
            reply = self._quoting_parts(answered, level, retriever)
        if not other:
            return reply
        note = self.wording.not_covered_part()
        return replace(reply, not_covered=note, text=f"{reply.answer} {note} {reply.referral}")

    def _quoting_parts(
        self, answered: list[list[Quote]], level: Triage, retriever: Retriever
    ) -> Reply:
        """The parts' best quotes, cited together in order."""
        return self._reply_quoting(
            [q for quotes in answered for q in quotes[:PART_QUOTES]], level, retriever
        )

    def _quotes_each(
        self, parts: list[Question], level: Triage, retriever: Retriever
    ) -> list[list[Quote]]:
        """A message asking several things (`compound.py`): what answers each part alone, in
        order; a sentence two parts would quote is quoted once, for the first."""
        found: list[list[Quote]] = []
        taken: set[str] = set()
        for part in parts:
            quotes = [
                q
                for q in self._quotes(part, level, retriever)
                if taken.isdisjoint(u.record.id for u in q.units)
            ]
            taken.update(u.record.id for q in quotes for u in q.units)
            found.append(quotes)
        return found

    def _reply_quoting(self, quotes: list[Quote], level: Triage, retriever: Retriever) -> Reply:
        if not quotes:
            return self._not_found(level, self.wording.not_found())
        cited = cite(quotes, lambda passage_id: retriever.passage(passage_id).text)
        referral = self.wording.referral(level)
        return Reply(
            "answer", cited.answer, cited.citations, referral, f"{cited.answer} {referral}"
        )

    def _quotes(self, question: Question, level: Triage, retriever: Retriever) -> list[Quote]:
        """What answers the question, or [] when the documents do not."""
        if retriever.declined_as_asked(question):
            # The staff marked this question out of scope against these documents.
            return []
        ranked = self._covered(question, retriever)
        # A personal question the clinic attached to a passage ("also asked as") is answered
        # from the ranking its key leads, though none of its topic words is the documents':
        # the staff have said which passage answers it.
        if level is Triage.PERSONAL and not (
            question.covered == 0.0 and retriever.answers_as_asked(question)
        ):
            if question.covered == 0.0:
                # None of its topic words is the documents' ("i'm on sertraline, is it allowed
                # for me?"): what ranks best matches the rest of the sentence, not the case.
                ranked = []
            if not ranked and not self._about_documents(question, retriever):
                return []
            ranked = self._about_situation(question, ranked, retriever)
        scored = ranked
        about: Callable[[Scored], bool] | None = None
        if question.previous is not None:
            # A follow-up is about its own new words: "and bruising?" wants bruising, not redness.
            # Asking "how long will that carry on?" names no new topic: only frame words, which say
            # nothing.
            focus = question.focus
            if (
                focus
                and question.swaps_topic
                and retriever.vocabulary.coverage(list(focus), list(focus)) == 0.0
            ):
                # It asks the same of another topic, none of the documents' ("and dysport?" after a
                # question on results): they do not speak of it, whatever they said of the turn
                # before. A narrowing phrase ("on my calves?") still asks of that turn's topic.
                return []
            if focus:
                mentioned = [s for s in ranked if retriever.mentions(s.record, focus)]
                spoken = retriever.spoken_of(question, mentioned)
                if mentioned and not spoken:
                    # Only what is said of another thing speaks of it (a fragment asking of
                    # bruising after a question on a treatment whose leaflet never names it).
                    return []
                if spoken:
                    ranked = spoken
                    about = _mentioning(retriever, focus)
        if not ranked:
            return []
        return choose(
            ranked,
            scored=scored,
            views_of=amount_views(question, retriever),
            about=about,
            asked=lambda sentence, word: retriever.mentions(sentence.record, (word,)),
            asked_words=question.focus if question.previous is not None else question.topic,
        )

    def _about_situation(
        self, question: Question, ranked: list[Scored], retriever: Retriever
    ) -> list[Scored]:
        """For a personal situation: the sentences that name it first ("not recommended if you
        are pregnant"); a situation the documents never name ("I have rosacea") gets their
        words on medical history and suitability, with the firmer referral."""
        vocabulary = retriever.vocabulary
        current = [t for t in question.situations if t not in question.ended]
        typed = [w for t in current for w in t.split() if w not in SITUATION_QUALIFIERS]
        # As the documents spell them ("breastfeeding" -> "breast-feeding").
        words = vocabulary.spelled(" ".join(typed)).split()
        # Named in the documents' words, or across the bridge (tretinoin -> retinol).
        words += [m for w in words for m in vocabulary.near(w)]
        named = any(vocabulary.stem(w) in vocabulary.stems for w in words)
        if not ranked and named:
            # Not covered as asked ("my son uses roaccutane, could he come in?"), but
            # the documents name the situation in their words: what they say of it.
            ranked = retriever.rank(read(" ".join(words), vocabulary), learned=False)
        # What another thing's leaflet says of the situation is not said of this one:
        # "epilepsy and microneedling?" is not answered by another treatment's line on epilepsy.
        ranked = retriever.spoken_of(question, ranked)
        if not ranked or (words and not named):
            return _guidance(ranked, retriever)
        floor = SITUATION_SHARE * ranked[0].score
        naming = [
            s
            for s in ranked
            if s.score >= floor and retriever.mentions(s.record, words, heading=True)
        ]
        if words and not naming:
            # No sentence that answers speaks of the situation: what does answer is about the
            # treatment in general ("it is safe and well tolerated"), not about them.
            return _guidance(ranked, retriever)
        return naming + [s for s in ranked if s not in naming]

    def _about_documents(self, question: Question, retriever: Retriever) -> bool:
        """Whether a personal question asks about what the documents cover once its situation
        is set aside: "is it allowed during chemotherapy?" does; "what causes diabetes?"
        does not, and is not answered with the documents' words on medical history; nor does
        a question that only asks for information on the situation, which they do not speak of
        ("any information on pregnancy?": `Coverage.untreated`)."""
        if self.coverage().untreated(question):
            return False
        asked = set_aside(question, retriever.vocabulary)
        if asked is None:
            # A situation the learned decision read and no list names ("i'm on sertraline, is
            # microneedling allowed?"): its words are those the documents never use, and
            # what is left must name the documents' subject or only point at it. (Left to the
            # not-covered decision or the own-case rule, "what special instructions should i
            # follow with <drug>?" was covered: 0.045 of MedQuAD answered.)
            asked = without_unnamed(question, retriever.vocabulary)
            if asked is None or not self._surely_personal(question):
                return False
            return only_points_back(asked) or self._names_subject(asked)
        if only_points_back(asked) or asks_for_oneself(asked, retriever.vocabulary):
            return True
        if self._names_subject(asked):
            return True
        # What is left is covered by the documents only if one of the question's own topic words
        # is theirs: "which treatments exist for <condition>?" keeps only frame words.
        return question.covered > 0.0 and bool(self._covered(asked, retriever))

    def _surely_personal(self, question: Question) -> bool:
        """The learned decision at its sure operating point (precision 0.97 out of fold): the
        question's vector is the one triage read, remembered."""
        vector = self.vectors.embed_query(question.told)
        return personal_model().sure(vector, question.normal)

    def _names_subject(self, asked: Question) -> bool:
        """Whether the question names the documents' subject (`Subject.named_in`): "can I have
        this therapy while on chemotherapy?" does, "would hormone therapy clear my acne?" does
        not."""
        return self.coverage().profile.subject.named_in(asked.spelled)

    def _not_found(self, level: Triage, text: str) -> Reply:
        referral = self.wording.referral(level)
        return Reply("not_found", "", (), referral, f"{text} {referral}")

    def coverage(self) -> Coverage:
        """The not-covered decision of the published version."""
        self.retriever()
        assert self._coverage is not None  # set with the retriever
        return self._coverage

    def _covered(self, question: Question, retriever: Retriever) -> list[Scored]:
        """Ranked sentences, or [] when the documents do not cover the question (the decision
        of `coverage.py`, fitted and calibrated for this index version; a question the clinic or
        a document asks, and a follow-up swapped to a topic of theirs, are covered)."""
        ranked = retriever.rank(question)
        coverage = self._coverage
        if coverage is None or coverage.retriever is not retriever:
            coverage = self.coverage()
        judged = coverage.judged(question, ranked)
        if judged.priced:
            # A price asked of what the documents price is answered by a sentence stating one
            # ("microneedling price £?" matches the sentence defining microneedling best).
            return sorted(ranked, key=lambda s: not retriever.priced(s.record))
        if judged.score >= coverage.decision.threshold:
            # An amount asked in a unit is answered by a sentence stating one of its kind ("how
            # many mm?" by "depths between 0.5 mm and 1.5 mm"), as a price is. Not a time:
            # the ranking's amount rules read those (sorted so, questions13 lost an answer).
            wanted = question.units - {measures.TIME}
            if wanted:
                return sorted(ranked, key=lambda s: not retriever.states_measure(s.record, wanted))
            return ranked
        # The clinic attached this question to a passage ("also asked as"), or a document asks it
        # in a heading: it is covered. Not when the thing it asks of is the chat's and what
        # answers it best is said of another ("does it hurt?" in a chat on another treatment):
        # the clinic answered that wording of its own treatment.
        chats_of_other = judged.elsewhere and not retriever.own_names(question)
        if ranked and not chats_of_other and retriever.answers_as_asked(question):
            return ranked
        swapped = question.focus if question.swaps_topic else ()
        if swapped and retriever.vocabulary.coverage(list(swapped), list(swapped)) == 1.0:
            # "and bruising?" after "will it sting": the decision reads the two turns joined,
            # vaguer than either, and can refuse what the documents plainly speak of. A topic
            # all of whose words are theirs is answered by what they say of it (35th round:
            # followups tuning false abstention 0.038 -> 0, hit +1; no other half moved).
            return [
                s
                for s in retriever.spoken_of(question, ranked)
                if retriever.mentions(s.record, swapped)
            ]
        return []


def _guidance(ranked: list[Scored], retriever: Retriever) -> list[Scored]:
    """The documents' words on medical history and suitability (`PERSONAL_GUIDANCE`), led by
    the one of them nearest the question as asked: "would someone have to check it suits my
    goals?" gets the need for a professional evaluation, not the general advice to be honest
    about one's history."""
    general = retriever.rank(read(PERSONAL_GUIDANCE, retriever.vocabulary), learned=False)
    if not general:
        return general
    near = {s.record.id: s.score for s in ranked}
    floor = GUIDANCE_SHARE * general[0].score
    pool = [s for s in general if s.score >= floor and s.record.id in near]
    if not pool:
        return general
    lead = max(pool, key=lambda s: near[s.record.id])
    return [lead, *(s for s in general if s is not lead)]


def _mentioning(retriever: Retriever, words: tuple[str, ...]) -> Callable[[Scored], bool]:
    """Whether a ranked sentence mentions one of the words (a follow-up's own topic)."""
    return lambda scored: retriever.mentions(scored.record, words)


def _from_turn_before(reply: Reply, previous: str, retriever: Retriever) -> bool:
    """Whether the reply's first quote lies in one of the `TURN_BEFORE_PASSAGES` passages that
    rank best for the turn before alone (`read` as it was asked)."""
    first = reply.citations[0]
    best: list[str] = []
    for scored in retriever.rank(read(previous, retriever.vocabulary)):
        if scored.record.passage_id not in best:
            best.append(scored.record.passage_id)
            passage = retriever.passage(scored.record.passage_id)
            if passage.source == first.source and passage.start <= first.start < passage.end:
                return True
        if len(best) >= TURN_BEFORE_PASSAGES:
            break
    return False


def _asks_of_turn_before(question: Question) -> bool:
    """A message with no word of its own that asks something of the turn before ("how often?"
    after a question on sessions, "what else?"): answered with it, not prompted. A thanks
    asks nothing."""
    return question.previous is not None and asks(question)
