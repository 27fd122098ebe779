"""The not-covered decision: mixed questions stay in, other subjects stay out, and the same code
answers from other documents (another clinic's leaflets, a price list the clinic adds)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from assistant.answering import coverage as coverage_module
from assistant.answering import money
from assistant.answering.amounts import states_price
from assistant.answering.coverage import Decision, fitted
from assistant.answering.coverage_signals import FEATURES
from assistant.answering.engine import Engine
from assistant.answering.keys import NONE_ANSWERED
from assistant.answering.question import Question, read
from assistant.answering.retrieval import PRICE_BOOST, Candidates, Retriever
from assistant.config import PROJECT_ROOT
from assistant.index.embedding import Embedder
from assistant.ingest.calibration import asks_of_their_topics
from assistant.ingest.corpus import ALSO_ASKED
from assistant.ingest.indexing import ingest
from tests.helpers import copy_corpus, make_settings
from tools.eval import figures, score, with_paragraph

PRICES = PROJECT_ROOT / "eval" / "prices"
FAQREAL = PROJECT_ROOT / "eval" / "faqreal"
PORTABILITY = PROJECT_ROOT / "eval" / "portability"
HOURS = "Our opening hours are Monday to Friday, 9am to 6pm."
# The five wordings of a price question.
PRICE_WORDINGS = (
    "how much does it cost",
    "whats the price",
    "how much is a session",
    "price of a course of 3?",
    "is it expensive",
)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        pytest.param(
            "could I still book it during a course of chemotherapy?", "answer", id="chemo"
        ),
        pytest.param("would it do anything for my psoriasis", "answer", id="psoriasis"),
        pytest.param("what causes gout and how do doctors test for it", "not_found", id="cause"),
        pytest.param("which side effects do metformin tablets have", "not_found", id="drug"),
        pytest.param("who won the cup final this year", "not_found", id="chit-chat"),
        pytest.param("what time do you open on a sunday", "not_found", id="hours"),
        # No document states a price: a money question is not answered with the sessions'
        # number (an amount of something else is: dev's "how many sessions").
        pytest.param("what would one session cost me", "not_found", id="price-unstated"),
        # The patient's own case, nothing else named: refused before the personal route read
        # it as a question about having the treatment.
        pytest.param("we take aspirin every day, will that matter", "answer", id="own-case"),
        pytest.param(
            "my son is on antibiotics, can he still come tomorrow", "answer", id="own-case-carer"
        ),
    ],
)
def test_coverage_mixed_questions_stay_in(engine: Engine, question: str, kind: str) -> None:
    reply = engine.reply(question)
    assert reply.kind == kind
    if kind == "answer":
        assert "your own health" in reply.referral  # the personal route's firm referral


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        pytest.param("what do you charge", True, id="charge"),
        pytest.param("is it pricey", True, id="pricey"),
        pytest.param("£ for three?", True, id="currency"),
        pytest.param("do students get money off", True, id="discount"),
        pytest.param("what's the deposit", True, id="deposit"),
        pytest.param("can i spread the payments over a few months", True, id="instalments"),
        pytest.param("what do you do if I go for a run the next day", False, id="run-activity"),
        pytest.param("how much time does it take", False, id="how-much-time"),
        pytest.param("how much does the redness spread", False, id="how-much-redness"),
        pytest.param("am i free to wear makeup the day after", False, id="free-other-sense"),
        pytest.param("does it leave a mark", False, id="no-price"),
    ],
)
def test_coverage_question_asks_price(engine: Engine, question: str, asks: bool) -> None:
    retriever = engine.retriever()
    assert retriever.asks_price(read(question, retriever.vocabulary)) is asks


def test_coverage_words_of_asking_a_price(engine: Engine) -> None:
    # The money decision read one word at a time: the words that ask, not what is priced.
    retriever = engine.retriever()
    asking = retriever.asking_words(["fee", "cheaper", "afford", "course", "neck", "redness"])
    assert asking == {"fee", "cheaper", "afford"}


def test_coverage_refuses_money_unsure_of_it_only_by_the_model(engine: Engine) -> None:
    # No document here states a price. A question the money model reads as money only at its
    # fitted point ("package" is money talk, here it means the course) is not refused on that
    # word alone: the not-covered decision judges it, and the documents' word on the number of
    # sessions answers it.
    retriever = engine.retriever()
    unsure = "how many sessions make up the full package?"
    question = read(unsure, retriever.vocabulary)
    probability = retriever.price_probability(question)
    assert retriever.asks_price(question) and not money.fitted().says(probability, sure=True)
    coverage = engine.coverage()
    assert not coverage.unpriced(question, retriever.rank(question))
    reply = engine.reply(unsure)
    assert reply.kind == "answer"
    assert any(s in reply.answer for s in ("three to five", "series of treatments", "sessions"))
    # A question it is sure of is still refused outright.
    sure = "how much does a session cost"
    asked = read(sure, retriever.vocabulary)
    assert money.fitted().says(retriever.price_probability(asked), sure=True)
    assert coverage.unpriced(asked, retriever.rank(asked))
    assert engine.reply(sure).kind == "not_found"


def test_coverage_follow_up_asking_money_is_read_by_its_own_words(engine: Engine) -> None:
    # A whole question after another asks about money by its own words; read with the turn
    # before (the numbing cream) it reads as money no more, and was answered with that turn's
    # sentence. A fragment is read with the turn before only.
    retriever = engine.retriever()
    first = "what does the numbing cream do?"
    follow_up = read("Can I claim that back on my insurance?", retriever.vocabulary, previous=first)
    assert follow_up.previous is not None and follow_up.whole_question
    joined = read(retriever.query_text(follow_up), retriever.vocabulary)
    assert not retriever.asks_price(joined) and retriever.asks_price(follow_up)
    engine.forget_answers()
    assert engine.reply(first, session_id="money-follow-up").kind == "answer"
    reply = engine.reply("Can I claim that back on my insurance?", session_id="money-follow-up")
    assert reply.kind == "not_found"
    fragment = read("and if it's not?", retriever.vocabulary, previous=first)
    assert fragment.previous is not None and not fragment.whole_question


def test_coverage_leniency_only_without_the_answered_signal(engine: Engine) -> None:
    # A question the clinic's answered questions do not speak for is held to MedQuAD's bar
    # alone: its score is the probability raised by the leniency; one they speak for, not. The
    # fit never makes the bar stricter (leniency 0 when MedQuAD's bar read that way is higher).
    assert 0.0 <= fitted().leniency < fitted().threshold
    fit = fitted()
    decision = Decision(fit.features, fit.baseline, fit.trees, fit.threshold, 0.05)
    retriever = engine.retriever()
    question = read("how long does the redness last", retriever.vocabulary)
    signals = engine.coverage().signals(question, retriever.rank(question))
    at = FEATURES.index("answered")
    # The session's index holds the seeded answered questions, and they ask this one.
    assert signals[at] > 0.8
    assert decision.score(signals) == decision.probability(signals)
    absent = signals.copy()
    absent[at] = NONE_ANSWERED
    assert decision.score(absent) == pytest.approx(decision.probability(absent) + decision.leniency)
    assert Decision.from_dict(decision.to_dict()).leniency == decision.leniency


def test_coverage_plain_signals_read_the_sentences_as_embedded(engine: Engine) -> None:
    # `raw` and `centroid` are plain cosines (the corpus's subject included), unlike the centred
    # `sentence` signal: to the nearest sentence and to the sentences' mean, as embedded.
    retriever = engine.retriever()
    question = read("how long does the redness last", retriever.vocabulary)
    signals = engine.coverage().signals(question, retriever.rank(question))
    vectors = np.stack([r.embedding for r in retriever.sentences]).astype(np.float64)
    units = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    asked = retriever.query_vector(question).astype(np.float64)
    asked /= np.linalg.norm(asked)
    mean = vectors.mean(axis=0)
    raw, centroid = FEATURES.index("raw"), FEATURES.index("centroid")
    assert signals[raw] == pytest.approx(float((units @ asked).max()), abs=1e-5)
    assert signals[centroid] == pytest.approx(float(mean @ asked / np.linalg.norm(mean)), abs=1e-5)
    assert signals[raw] != pytest.approx(signals[FEATURES.index("sentence")], abs=1e-3)


def test_coverage_decision_explains(engine: Engine) -> None:
    decision = fitted()
    retriever = engine.retriever()
    question = read("how long does the redness last", retriever.vocabulary)
    signals = engine.coverage().signals(question, retriever.rank(question))
    shares = decision.explain(signals)
    assert set(shares) == set(FEATURES)
    # The shares are the logit's path from the trees' start to the question's leaves.
    start = decision.baseline + sum(tree.value[0] for tree in decision.trees)
    p = decision.probability(signals)
    assert start + sum(shares.values()) == pytest.approx(np.log(p / (1 - p)), abs=0.01)
    assert Decision.from_dict(decision.to_dict()) == decision


def test_coverage_no_topic_word_of_theirs_is_weighed_not_a_gate(engine: Engine) -> None:
    # An adverb the documents never use is the only topic word: the model weighs that with the
    # rest (it was a gate before the model, and refused these). ("what exactly is it" was here
    # too: at the operating point that also bounds other out-of-domain questions it is refused.)
    retriever = engine.retriever()
    for text in ("how soon do results show",):
        question = read(text, retriever.vocabulary)
        assert question.covered == 0.0, text
        assert engine.reply(text).kind == "answer", text
    # A subject of its own the documents never name stays out.
    assert engine.reply("how soon will amebiasis clear up").kind == "not_found"


def test_coverage_rules_yield_to_a_sure_model(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "working out" reads as half of a pair the documents never write (`unsaid`); the model,
    # which has read their sentences on exercise, is sure it is covered, and it is answered.
    retriever, coverage = engine.retriever(), engine.coverage()
    text = "when can i resume working out"
    question = read(text, retriever.vocabulary)
    ranked = retriever.rank(question)
    assert coverage.unsaid(question)
    assert coverage.score(question, ranked) >= coverage_module.SURE_COVERED
    assert engine.reply(text).kind == "answer"
    # Not so when the rules had the last word.
    monkeypatch.setattr(coverage_module, "SURE_COVERED", 1.01)
    assert not coverage.covers(question, ranked)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Mentioned in one sentence each ("serums containing ... vitamin C"; "not recommended
        # if you are pregnant"): a mention is no information about the topic.
        pytest.param("what is vitamin c", "not_found", id="mentioned"),
        pytest.param("any information about pregnancy?", "not_found", id="mentioned-situation"),
        # Spoken of: in many sentences, or named by a heading.
        pytest.param("tell me about collagen", "answer", id="many-sentences"),
        pytest.param("what is the downtime", "answer", id="heading"),
        # Two sentences, one of them an item labelled "Course of treatment:".
        pytest.param("tell me about a course", "answer", id="item-label"),
        pytest.param("info on aftercare", "answer", id="heading-info"),
        pytest.param("what is microneedling", "answer", id="title"),
        # A sentence opens with it and more ("Research shows that ..."): not its theme.
        pytest.param("what is research", "not_found", id="opens-with-more"),
    ],
)
def test_coverage_information_on_a_topic_they_only_mention_is_refused(
    engine: Engine, text: str, kind: str
) -> None:
    retriever, coverage = engine.retriever(), engine.coverage()
    question = read(text, retriever.vocabulary)
    assert question.about  # each only asks for information on a topic
    assert coverage.untreated(question) is (kind == "not_found")
    assert engine.reply(text).kind == kind


@pytest.fixture(scope="module")
def hours_engine(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Engine:
    """The corpus with a line on opening hours typed into the FAQ's introduction."""
    root = tmp_path_factory.mktemp("hours")
    faq = copy_corpus(root) / "microneedling-faq.md"
    faq.write_text(with_paragraph(faq.read_text(encoding="utf-8"), HOURS), encoding="utf-8")
    return _engine_over(root, embedder)


def test_coverage_a_topic_a_sentence_opens_with_is_spoken_of(hours_engine: Engine) -> None:
    # One sentence uses "opening hours", and it is theirs: it states what they are.
    asked = "any information on your opening hours"
    question = read(asked, hours_engine.retriever().vocabulary)
    assert question.about == ("opening", "hours")
    assert not hours_engine.coverage().untreated(question)
    reply = hours_engine.reply(asked)
    assert reply.kind == "answer"
    assert [c.quote for c in reply.citations] == [HOURS]


def test_question_about_is_only_a_request_for_information_on_a_topic() -> None:
    assert read("Have you got any information on Hay Fever").about == ("hay", "fever")
    assert read("What is (are) Chilblains ?").about == ("chilblains",)
    assert read("tell me more about the aftercare").about == ("aftercare",)
    # A question that asks something of the topic, or names more than a topic, is not one.
    assert read("what is the right age for a first session").about == ()
    assert read("does the pinkness fade by the weekend").about == ()


def _engine_over(root: Path, embedder: Embedder) -> Engine:
    settings = make_settings(root)
    ingest(settings, embed=embedder.embed)
    return Engine(settings, embedder=embedder)


def _price_quoted(engine: Engine, question: str) -> bool:
    reply = engine.reply(question)
    return reply.kind == "answer" and "£" in reply.answer


@pytest.fixture(scope="module", params=["leaflet", "paragraph"])
def priced_engine(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
) -> Engine:
    """The corpus with the clinic's prices added, as a leaflet or as a paragraph of the FAQ."""
    root = tmp_path_factory.mktemp(f"prices-{request.param}")
    corpus = copy_corpus(root)
    if request.param == "leaflet":
        shutil.copy(PRICES / "prices-and-booking.md", corpus)
    else:
        faq = corpus / "microneedling-faq.md"
        paragraph = (PRICES / "faq-paragraph.md").read_text(encoding="utf-8")
        faq.write_text(with_paragraph(faq.read_text(encoding="utf-8"), paragraph), "utf-8")
    return _engine_over(root, embedder)


def test_coverage_prices_added_by_the_clinic(priced_engine: Engine) -> None:
    engine = priced_engine
    # A price question lifts exactly the sentences that state a price.
    retriever = engine.retriever()
    asked = read("how much is a course of three", retriever.vocabulary)
    lifted = retriever.candidates(asked)
    # The same question with the money decision saying no.
    plain = _unpriced_candidates(retriever, asked)
    assert retriever.asks_price(asked) and lifted is not None and plain is not None
    stating = np.array([states_price(retriever.sentences[r].text) for r in lifted.rows])
    assert stating.any()
    lift = lifted.fused - plain.fused
    assert (lift[stating] > 0).all() and np.allclose(lift[stating], PRICE_BOOST)
    assert np.allclose(lift[~stating], 0.0)
    # Asked in words the price text never uses ("charge", "fee") too.
    # "info" is the short form of "information": basic English, which names nothing to price.
    asked = ("what do you charge", "whats the fee for one", "price info?", "price list please")
    # Asked of those who come back: the price sentences lead (PRICE_BOOST) the sentences on
    # courses and sessions its words match too.
    asked += ("do people who come back after the course pay less?",)
    for wording in (*PRICE_WORDINGS, *asked):
        assert _price_quoted(engine, wording), wording
    for uncovered in (
        "are you open late on fridays",
        "when are you open",
        "how much do lip fillers cost",
        "what do you charge for botox",
    ):
        assert engine.reply(uncovered).kind == "not_found"


def test_coverage_a_declined_question_retires_only_for_a_sentence_that_may_answer_it(
    priced_engine: Engine,
) -> None:
    # Questions the clinic declined before its prices came: the price text answers the first
    # now (its line is near), and is merely the nearest text to the second, which keeps its say.
    vectors = priced_engine.embedder.embed(
        ["what does a single session cost?", "do you give a discount to nurses?"]
    )
    retired, kept = priced_engine.retriever().quoted_nearest(vectors)
    assert not retired and kept


def _unpriced_candidates(retriever: Retriever, question: Question) -> Candidates | None:
    """The candidates as ranked for a question the money decision reads as asking none."""
    patched = pytest.MonkeyPatch()
    patched.setattr(retriever, "asks_price", lambda _question: False)
    try:
        return retriever.candidates(question)
    finally:
        patched.undo()


def test_coverage_price_asked_in_the_documents_own_words_is_priced(priced_engine: Engine) -> None:
    # "time" is not the price text's word, but the documents use it: it names no other thing
    # to price (the 49th round's rule; before it, the question was refused).
    engine = priced_engine
    retriever, coverage = engine.retriever(), engine.coverage()
    question = "cost for doing it one time only"
    asked = read(question, retriever.vocabulary)
    ranked = retriever.rank(asked)
    passage = retriever.price_passage(ranked)
    assert passage is not None
    rest = coverage._rest(asked)
    unnamed = [w for w in rest if not coverage.profile.in_passage(w, passage, framed=True)]
    assert unnamed and not coverage._names_other(unnamed)
    assert coverage.judged(asked, ranked).priced and not coverage.unpriced(asked, ranked)
    assert _price_quoted(engine, question)
    # A word the documents never use still names another thing.
    assert engine.reply("cost for doing botox one time only").kind == "not_found"


def test_coverage_price_asked_is_answered_by_a_price(priced_engine: Engine) -> None:
    # The sentence defining the treatment matches "£ for <treatment>" best; a price answers it.
    reply = priced_engine.reply("£ for microneedling?")
    assert reply.kind == "answer" and states_price(reply.citations[0].quote)


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("how much do you charge for a lip filler", id="charge"),
        pytest.param("what are your fees for a laser facial", id="fees"),
    ],
)
def test_coverage_price_of_what_no_document_prices_is_refused(
    priced_engine: Engine, question: str
) -> None:
    assert priced_engine.reply(question).kind == "not_found"


@pytest.mark.parametrize(
    "question",
    [
        pytest.param("do you take cash", id="payment-method"),
        pytest.param("can i pay with my credit card", id="card"),
        pytest.param("do you give discounts", id="discount"),
        pytest.param("can i get finance", id="finance"),
    ],
)
def test_coverage_terms_of_paying_no_document_states_are_refused(
    priced_engine: Engine, question: str
) -> None:
    # Every word is a word of money, so the price list "speaks of everything else": only the
    # second decision tells that it asks how to pay, which the prices do not say.
    retriever = priced_engine.retriever()
    asked = read(question, retriever.vocabulary)
    assert retriever.asks_price(asked) and retriever.asks_terms(asked)
    assert priced_engine.reply(question).kind == "not_found"


def test_coverage_terms_the_price_text_states_are_priced(priced_engine: Engine) -> None:
    # The price text states a deposit, in the paragraph as the last clause of a long sentence:
    # a question on it names no word beyond basic English that the text does not.
    retriever = priced_engine.retriever()
    question = "must i put down a deposit?"
    assert retriever.asks_terms(read(question, retriever.vocabulary))
    assert _price_quoted(priced_engine, question)


def test_coverage_passage_names_a_word_by_itself_not_across_the_bridge(engine: Engine) -> None:
    # The terms rule asks whether a price passage names a word itself: the bridge's nearest
    # term for a word the documents lack can be any of theirs.
    retriever, profile = engine.retriever(), engine.coverage().profile
    word = "refundable"
    near = retriever.vocabulary.near(word)
    assert near and not retriever.vocabulary.knows(word)
    passage = next(p.id for p in retriever.passages if profile.in_passage(near[0], p.id))
    assert profile.in_passage(word, passage)
    assert not profile.in_passage(word, passage, bridged=False)


def test_coverage_amounts_are_not_terms(priced_engine: Engine) -> None:
    retriever = priced_engine.retriever()
    for question in ("what's the deposit amount", "what does a top-up session cost"):
        assert not retriever.asks_terms(read(question, retriever.vocabulary)), question
        assert _price_quoted(priced_engine, question), question
    # Terms the documents do state are still answered, by the not-covered model: the leaflet
    # says a deposit is not refunded at short notice (the paragraph does not).
    if any("not refunded" in s.text for s in retriever.sentences):
        assert priced_engine.reply("will i get my deposit back if i cancel late").kind == "answer"


def test_coverage_how_much_of_something_else_is_no_money(priced_engine: Engine) -> None:
    retriever, coverage = priced_engine.retriever(), priced_engine.coverage()

    def unpriced(text: str) -> bool:
        question = read(text, retriever.vocabulary)
        return coverage.unpriced(question, retriever.rank(question))

    # "How much" of money is a question the price list must name; of an after-effect it is not.
    assert unpriced("how much do you charge for a lip filler")
    assert not unpriced("how much lip swelling is normal after it")


VOUCHERS = """# Gift vouchers

## Are gift vouchers on sale?

Yes, gift vouchers are available from reception and can be used towards any treatment at the \
clinic. They are valid for twelve months from the date of purchase.
"""


def _engine_with(
    tmp_path_factory: pytest.TempPathFactory,
    embedder: Embedder,
    name: str,
    text: str,
    attached: tuple[dict[str, str], ...] = (),
) -> Engine:
    """This clinic's documents with one more, `name`, as the clinic would add it, and the
    questions it `attached` to passages (`also-asked.jsonl` lines)."""
    root = tmp_path_factory.mktemp(name.removesuffix(".md"))
    corpus = copy_corpus(root)
    (corpus / name).write_text(text, encoding="utf-8")
    if attached:
        lines = "".join(json.dumps(line) + "\n" for line in attached)
        (corpus / ALSO_ASKED).write_text(lines, encoding="utf-8")
    return _engine_over(root, embedder)


@pytest.fixture(scope="module")
def voucher_engine(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Engine:
    """The corpus with an entry on gift vouchers that states no price."""
    return _engine_with(tmp_path_factory, embedder, "gift-vouchers.md", VOUCHERS)


def test_coverage_terms_a_document_states_need_no_price_list(voucher_engine: Engine) -> None:
    retriever = voucher_engine.retriever()
    assert not retriever.states_prices
    asked = "could i get a voucher as a birthday present for a friend"
    assert retriever.asks_terms(read(asked, retriever.vocabulary))
    reply = voucher_engine.reply(asked)
    assert reply.kind == "answer" and "voucher" in reply.citations[0].quote
    # Every word of it a word of paying: those words name what it asks of.
    coverage = voucher_engine.coverage()
    for bare in ("selling any gift vouchers?", "gift vouchers for sale?"):
        question = read(bare, retriever.vocabulary)
        assert retriever.asks_terms(question) and not coverage._rest(question), bare
        reply = voucher_engine.reply(bare)
        assert reply.kind == "answer" and "voucher" in reply.citations[0].quote, bare
    # An amount no document states, and terms no document speaks of, are still refused.
    for question in ("what would one session cost me", "can i pay with my credit card"):
        assert voucher_engine.reply(question).kind == "not_found", question


@pytest.fixture(scope="module")
def faq_engine(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Engine:
    """Another clinic's FAQ, one `## question` per entry, titled "Brightwater Dental Care
    Patient FAQ"."""
    root = tmp_path_factory.mktemp("faqreal")
    shutil.copytree(FAQREAL / "corpus", root / "corpus")
    return _engine_over(root, embedder)


def test_coverage_money_passage_is_read_with_its_title(faq_engine: Engine) -> None:
    # Its finance paragraph never says "dental", its title does.
    engine = faq_engine
    for question in ("dental finance options", "is there dental finance with no interest?"):
        reply = engine.reply(question)
        assert reply.kind == "answer", question
        assert "0% interest finance" in reply.citations[0].quote, question
    # A thing the title does not name is still no word of theirs.
    assert engine.reply("how much is botox").kind == "not_found"


def test_calibration_leaves_out_probes_on_the_documents_topics(faq_engine: Engine) -> None:
    vocabulary = faq_engine.retriever().vocabulary
    assert asks_of_their_topics(read("what causes tooth decay", vocabulary))
    assert not asks_of_their_topics(read("what time is it in tokyo", vocabulary))
    assert not asks_of_their_topics(read("who should take olanzapine", vocabulary))
    # Counted as out of domain, the dental FAQ's own topics among the probes (cavities,
    # pregnancy care, smoking and surgery) raised its threshold from the fitted 0.36 to 0.68.
    # (The FAQ has no answered questions: its questions are held to the threshold less the
    # leniency, fitted at 0.32.)
    decision = faq_engine.coverage().decision
    assert decision.threshold - decision.leniency < 0.6


def test_situation_named_by_the_heading_leads(faq_engine: Engine) -> None:
    # The entry "Can I have dental treatment while I'm pregnant?" says "pregnancy", not
    # "pregnant"; another entry's sentence says "pregnant" in passing (amalgam fillings).
    for question in ("is a check-up ok when pregnant", "can i have a filling when pregnant"):
        reply = faq_engine.reply(question)
        assert reply.kind == "answer", question
        assert "safe during pregnancy" in reply.citations[0].quote, question


# A second treatment's leaflet, as a clinic adds one beside its microneedling documents
# (written for this test): it prices its treatment and says nothing of pregnancy or make-up.
SECOND_TREATMENT = """# Dermaplaning at our clinic

Dermaplaning is a gentle exfoliating treatment: a trained practitioner uses a sterile blade to
remove dead skin cells and fine vellus hair from the face.

## What happens during a dermaplaning session?

Your skin is cleansed and dried. The practitioner strokes the blade across the cheeks, chin and
forehead. A dermaplaning session takes about 30 minutes.

## Does vellus hair regrow coarser after dermaplaning?

No. Vellus hair grows back at the same thickness within about four weeks.

## Price

A single dermaplaning session costs £65.
"""


@pytest.fixture(scope="module")
def second_treatment_engine(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Engine:
    return _engine_with(tmp_path_factory, embedder, "dermaplaning.md", SECOND_TREATMENT, (STINGS,))


# A question the clinic attached to microneedling's line on discomfort.
STINGS = {
    "question": "will it sting a lot?",
    "source": "corpus/medical-grade-microneedling.md",
    "quote": "most individuals report that it is manageable",
}


def test_coverage_what_is_said_of_one_treatment_does_not_answer_for_another(
    second_treatment_engine: Engine,
) -> None:
    engine = second_treatment_engine
    # The only price is the other treatment's: it led both answers.
    assert engine.reply("microneedling session cost roughly?").kind == "not_found"
    assert engine.reply("price for one microneedling visit?").kind == "not_found"
    reply = engine.reply("dermaplaning fee?")
    assert reply.kind == "answer" and "£65" in reply.answer
    # Microneedling's line on pregnancy is not the new leaflet's.
    for asked in ("pregnant - ok to have dermaplaning?", "dermaplaning when pregnant, fine?"):
        reply = engine.reply(asked)
        assert all("pregnant" not in c.quote for c in reply.citations), asked
    # In a chat, a follow-up naming no thing asks of the turn before's, and one naming another
    # thing asks of that one.
    assert engine.reply("what does dermaplaning remove", session_id="removes").kind == "answer"
    assert engine.reply("and the flaking?", session_id="removes").kind == "not_found"
    assert engine.reply("dermaplaning fee?", session_id="fee").kind == "answer"
    assert engine.reply("and microneedling?", session_id="fee").kind == "not_found"
    # A question read alone ("it" is the treatment) asks of the treatment the chat is about.
    assert engine.reply("what does dermaplaning remove", session_id="it").kind == "answer"
    reply = engine.reply("is it ok in pregnancy?", session_id="it")
    assert reply.kind == "answer" and all("pregnant" not in c.quote for c in reply.citations)
    # Answered, it is remembered with the turn that named the treatment.
    assert "dermaplaning" in (engine.sessions.previous("it") or "")
    assert engine.reply("microneedling: sessions needed?", session_id="mn").kind == "answer"
    reply = engine.reply("is it ok in pregnancy?", session_id="mn")
    assert any("pregnant" in c.quote for c in reply.citations)
    # The clinic's answer to a question as asked is its answer for microneedling.
    assert "manageable" in engine.reply("will it sting a lot?").answer
    assert engine.reply("what does dermaplaning remove", session_id="stings").kind == "answer"
    reply = engine.reply("will it sting a lot?", session_id="stings")
    assert all(c.source.endswith("dermaplaning.md") for c in reply.citations)
    # A message whose only subject is "it" asks of the treatment the chat is on, not of the
    # documents' subject.
    engine.reply("what does dermaplaning remove", session_id="only-it")
    reply = engine.reply("how often should we do it?", session_id="only-it")
    assert reply.kind == "answer"
    assert all(c.source.endswith("dermaplaning.md") for c in reply.citations)
    assert "dermaplaning" in (engine.sessions.previous("only-it") or "")
    reply = engine.reply("and when breastfeeding?", session_id="only-it")
    assert all("breast" not in c.quote for c in reply.citations)
    engine.reply("microneedling: sessions needed?", session_id="only-it-mn")
    reply = engine.reply("how often should we do it?", session_id="only-it-mn")
    assert "sessions is typically" in reply.answer
    # The chat's treatment outlives a turn that does not name it: the third turn asks of it too.
    reply = engine.reply("and when breastfeeding?", session_id="it")
    assert all("breast" not in c.quote for c in reply.citations)
    reply = engine.reply("and when breastfeeding?", session_id="mn")
    assert any("breast" in c.quote for c in reply.citations)
    # Its own questions are answered from it.
    reply = engine.reply("minutes needed for dermaplaning")
    assert reply.kind == "answer" and "30 minutes" in reply.answer


def test_coverage_portability_fixture(tmp_path: Path, embedder: Embedder) -> None:
    shutil.copytree(PORTABILITY / "corpus", tmp_path / "corpus")
    engine = _engine_over(tmp_path, embedder)
    items = [
        json.loads(line)
        for line in (PORTABILITY / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    ]

    def read_source(source: str) -> str | None:
        path = tmp_path / source
        return path.read_text(encoding="utf-8") if path.is_file() else None

    numbers = figures(score(items, lambda q: _as_dict(engine, q), read_source))
    assert numbers["false_abstention"] is not None and numbers["false_abstention"] <= 0.05
    assert numbers["hit"] is not None and numbers["hit"] >= 0.75
    assert numbers["verbatim"] == 1.0
    assert numbers["abstention"] is not None and numbers["abstention"] >= 0.4


def _as_dict(engine: Engine, question: str) -> dict[str, object]:
    from assistant.service.convert import reply_to_dict

    return reply_to_dict(engine.reply(question))


def test_coverage_local_signal_is_the_share_the_best_passage_uses(engine: Engine) -> None:
    retriever, coverage = engine.retriever(), engine.coverage()
    local = FEATURES.index("local")

    def signal(text: str) -> float:
        question = read(text, retriever.vocabulary)
        return float(coverage.signals(question, retriever.rank(question))[local])

    asked = signal("how long does redness last")
    # A word no passage uses lowers it; words none uses leave nothing.
    assert asked > signal("how long does redness last on a zebra") > 0.0
    assert signal("what is the weather in paris") == 0.0
    question = read("how long does redness last", retriever.vocabulary)
    best = retriever.rank(question)[0].record.passage_id
    assert coverage.profile.in_passage("redness", best)
    assert not coverage.profile.in_passage("zebra", best)


def test_coverage_price_of_a_price_list_reads_the_keys_by_plain_cosine(
    priced_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No answered question quotes a price list: a price question's keys are read by plain
    # cosines (as before the keys were centred), any other question's centred.
    retriever = priced_engine.retriever()
    seen: list[bool] = []
    read_keys = retriever.keys.read
    monkeypatch.setattr(
        retriever.keys,
        "read",
        lambda raw, *, plain=False, **reading: (
            seen.append(plain) or read_keys(raw, plain=plain, **reading)
        ),
    )
    for text in ("how much is a course of three", "how long does the redness last"):
        retriever.candidates(read(text, retriever.vocabulary))
    assert seen == [True, False]
