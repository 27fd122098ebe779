from __future__ import annotations

import pytest

from assistant.answering.triage.classifier import reading
from assistant.answering.triage.context import asserted, cues, general_question, modifiers
from assistant.answering.triage.context_rules import Modifier
from assistant.answering.triage.red_flags import signs


def _modifiers(text: str) -> set[Modifier]:
    [sign, *_] = signs(text)
    return modifiers(text, sign)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("no fever and i feel well", Modifier.NEGATED, id="no"),
        pytest.param("there is nothing oozing at all", Modifier.NEGATED, id="nothing"),
        pytest.param("i don't have hives, only dry skin", Modifier.NEGATED, id="dont-have"),
        pytest.param("if i get hives can i take something", Modifier.HYPOTHETICAL, id="if"),
        pytest.param(
            "is it bad if my lips swell after?", Modifier.HYPOTHETICAL, id="is-it-bad-if-to-come"
        ),
        pytest.param(
            "is it normal if i get hives later on", Modifier.HYPOTHETICAL, id="is-it-normal-if-get"
        ),
        pytest.param(
            "what happens if the bleeding won't stop", Modifier.HYPOTHETICAL, id="what-if"
        ),
        pytest.param("can microneedling give you a fever?", Modifier.HYPOTHETICAL, id="general"),
        pytest.param("what are the signs of infected skin", Modifier.HYPOTHETICAL, id="signs-of"),
        pytest.param("i had a fever years ago after a jab", Modifier.HISTORICAL, id="years-ago"),
        pytest.param("my friend had blisters after hers", Modifier.OTHER, id="friend"),
        pytest.param("my colleague said it smells bad", Modifier.OTHER, id="colleague"),
        pytest.param("my lips aren't swollen at all", Modifier.NEGATED, id="inside-the-sign"),
        pytest.param(
            "where is the line for 'severe pain' exactly", Modifier.HYPOTHETICAL, id="quoted"
        ),
        pytest.param("could the serum make my throat swell", Modifier.HYPOTHETICAL, id="can-the"),
        pytest.param("how common is an allergic reaction", Modifier.HYPOTHETICAL, id="how-common"),
        pytest.param("in theory, if my tongue swelled up", Modifier.HYPOTHETICAL, id="in-theory"),
        pytest.param("say i got hives at night, then what", Modifier.HYPOTHETICAL, id="say-i"),
        pytest.param("the first time i had a fever after it", Modifier.HISTORICAL, id="first-time"),
        pytest.param("i had chills on sunday but i'm fine now", Modifier.HISTORICAL, id="over-now"),
        pytest.param("watched a video where it was oozing pus", Modifier.OTHER, id="a-video"),
        pytest.param("a client whose lips swelled up", Modifier.OTHER, id="whose"),
        pytest.param("what if i go red and then get hives", Modifier.HYPOTHETICAL, id="if-and"),
        pytest.param("my mate's face came out in hives", Modifier.OTHER, id="mate"),
        pytest.param(
            "she had pus in a spot but she's fine now", Modifier.HISTORICAL, id="shes-fine"
        ),
        pytest.param("i had an infected spot and it healed", Modifier.HISTORICAL, id="healed"),
        pytest.param("i get a bit wheezy in the winter", Modifier.HISTORICAL, id="seasonal"),
        pytest.param("i can't breathe from laughing", Modifier.FIGURATIVE, id="from-laughing"),
        pytest.param("my eyes don't hurt at all", Modifier.NEGATED, id="dont-inside"),
        pytest.param("the puffiness hasn't got worse, day 2", Modifier.NEGATED, id="hasnt"),
        pytest.param("an influencer showed her pus spots", Modifier.OTHER, id="influencer"),
        pytest.param("i had a blister but it's healed", Modifier.HISTORICAL, id="its-healed"),
        pytest.param(
            "my lip swelled a bit but it went down by the evening",
            Modifier.HISTORICAL,
            id="it-went-down",
        ),
        pytest.param("would my tongue swell from the cream", Modifier.HYPOTHETICAL, id="would-my"),
        pytest.param("one review says they had pus", Modifier.OTHER, id="a-review"),
        # ... and a third person named after the writer takes the sign back.
        pytest.param(
            "i asked my colleague and she had hives after hers", Modifier.OTHER, id="other-last"
        ),
        pytest.param(
            "someone in my book club had pus after hers", Modifier.OTHER, id="my-of-something-else"
        ),
        pytest.param(
            "my friend just told me she fainted at hers", Modifier.OTHER, id="just-another-verb"
        ),
        pytest.param(
            "a colleague fainted now and then as a teen", Modifier.OTHER, id="now-and-then"
        ),
        pytest.param(
            "i collapsed into bed after work, is that normal?", Modifier.FIGURATIVE, id="into-bed"
        ),
        pytest.param(
            "there's an infected spot on my chin, should i reschedule?",
            Modifier.PRE_TREATMENT,
            id="before-reschedule",
        ),
        pytest.param(
            "got a bit of a fever, is it ok to have the treatment on monday?",
            Modifier.PRE_TREATMENT,
            id="before-is-it-ok",
        ),
        pytest.param(
            "he has a fever today, can he have microneedling?",
            Modifier.PRE_TREATMENT,
            id="before-can-he-have",
        ),
        pytest.param(
            "a small blister came up and healed completely", Modifier.HISTORICAL, id="healed-fully"
        ),
        pytest.param(
            "a forum thread described pus after home needling", Modifier.OTHER, id="a-thread"
        ),
        pytest.param("is it normal for it to blister?", Modifier.HYPOTHETICAL, id="normal-for-it"),
        pytest.param(
            "is it common for the face to blister?", Modifier.HYPOTHETICAL, id="common-for-the"
        ),
        pytest.param(
            "i'm nervous about getting hives from the serum", Modifier.HYPOTHETICAL, id="fear-of"
        ),
        pytest.param(
            "wheezy from a cold all week, can i still come in tomorrow?",
            Modifier.PRE_TREATMENT,
            id="before-standing-wheeze",
        ),
        pytest.param(
            "i had an asthma attack when i was twelve", Modifier.HISTORICAL, id="asthma-as-a-child"
        ),
        pytest.param(
            "a history of anaphylaxis to wasp stings", Modifier.HISTORICAL, id="history-of"
        ),
        pytest.param(
            "i went dizzy and passed out at a concert at fifteen",
            Modifier.HISTORICAL,
            id="an-age-as-a-time",
        ),
        pytest.param(
            "i sometimes get dizzy if i skip lunch", Modifier.HISTORICAL, id="from-time-to-time"
        ),
        pytest.param(
            "my throat tightens just thinking about needles",
            Modifier.FIGURATIVE,
            id="from-a-thought",
        ),
        pytest.param("breathless at how good my skin looks", Modifier.FIGURATIVE, id="at-how-good"),
        pytest.param("out of breath after running for the bus", Modifier.FIGURATIVE, id="exertion"),
        pytest.param(
            "in a film a character's lips swelled up", Modifier.OTHER, id="fiction-character"
        ),
        pytest.param(
            "blisters from shingles still there, my appointment is on the 20th",
            Modifier.PRE_TREATMENT,
            id="before-appointment-is-on",
        ),
        pytest.param(
            "her cheeks are red and hot from a rosacea flare, she's booked next week, can she "
            "still come?",
            Modifier.PRE_TREATMENT,
            id="before-next-week",
        ),
        pytest.param(
            "i have a temperature, can we move my appointment?",
            Modifier.PRE_TREATMENT,
            id="before-move",
        ),
        pytest.param(
            "a spot with a bit of pus on my chin, is that ok for my session on tuesday?",
            Modifier.PRE_TREATMENT,
            id="before-ok-for-my-session",
        ),
        pytest.param(
            "still a bit of pus in one spot, ok to come in thursday?",
            Modifier.PRE_TREATMENT,
            id="before-ok-to-come-in",
        ),
        pytest.param(
            "i've caught a horrible cold and i'm a bit feverish, how much is a peel?",
            Modifier.ILLNESS,
            id="illness-cold",
        ),
        pytest.param(
            "been throwing up with a stomach bug, when are you open?",
            Modifier.ILLNESS,
            id="illness-bug",
        ),
        pytest.param(
            "is a fever a recognised side effect of the serum?",
            Modifier.HYPOTHETICAL,
            id="known-effect",
        ),
        pytest.param(
            "are blisters common after a deep treatment?", Modifier.HYPOTHETICAL, id="common-after"
        ),
        pytest.param(
            "had a fever on saturday, it's gone now, can i book?",
            Modifier.HISTORICAL,
            id="gone-now-after-comma",
        ),
        pytest.param("what is anaphylaxis?", Modifier.HYPOTHETICAL, id="named-what-is"),
        pytest.param(
            "what's an allergic reaction, exactly?", Modifier.HYPOTHETICAL, id="named-whats-an"
        ),
    ],
)
def test_context_modifiers_found(text: str, expected: Modifier) -> None:
    assert expected in _modifiers(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("my cheek has pus in it since this morning", id="own-present"),
        pytest.param("my daughter has a fever after her session", id="carer"),
        pytest.param("no idea why but it smells bad", id="no-before-termination"),
        pytest.param("the pain is not going away and now it's 9/10", id="not-inside-scope-end"),
        pytest.param("is it normal to have pus on day 5?", id="asks-if-normal"),
        pytest.param("wondering if it's normal to have yellow gunk", id="pseudo-if"),
        pytest.param("not sure if this counts but i have hives", id="pseudo-not-sure"),
        pytest.param("the bleeding isn't stopping at all", id="negated-end"),
        pytest.param("can you help, my lips are swelling", id="request-to-clinic"),
        pytest.param("can you call me back my lips are swelling", id="request-no-comma"),
        pytest.param("not great and my lips are swelling", id="negation-ends-at-and"),
        pytest.param("there's pus and it hasn't healed", id="not-healed"),
        pytest.param("the bleeding doesn't stop", id="does-not-stop"),
        pytest.param("it hasn't stopped bleeding since lunch", id="hasnt-stopped"),
        pytest.param("it doesn't stop bleeding", id="does-not-stop-before"),
        pytest.param("i can't breathe with my lips this swollen", id="with-not-figurative"),
        pytest.param("lips and tongue swelling all at once", id="at-once-is-not-past"),
        pytest.param("it is oozing and he's gone pale", id="gone-pale-is-not-over"),
        pytest.param(
            "had it on monday, now there's pus, should i cancel my next session?",
            id="after-the-treatment-not-before",
        ),
        pytest.param(
            "my lips are swelling up, should i cancel my appointment?", id="airway-before"
        ),
        pytest.param("fever and chills, what should i do?", id="what-should-i-do"),
        pytest.param(
            "a blister that wasn't there before the session, should i reschedule?",
            id="not-there-before",
        ),
        pytest.param("the blister hasn't healed completely", id="not-healed-completely"),
        pytest.param("the post-treatment serum gave me hives", id="post-treatment-is-not-a-post"),
        pytest.param(
            "is it normal for it to sting more today than yesterday? it hurts more now",
            id="normal-for-it-now",
        ),
        pytest.param("is it normal for this to blister so much on day two", id="normal-day-n"),
        pytest.param("is it common for the face to blister 3 days after?", id="common-n-days"),
        pytest.param("don't want to bother anyone, my tongue feels huge", id="bother-anyone"),
        pytest.param("i'm scared about my tongue, it feels too big", id="fear-of-the-present"),
        pytest.param("probably nothing my lips feel fat", id="played-down"),
        pytest.param("dont want to overreact my throat is tight", id="played-down-no-comma"),
        pytest.param("the blue inhaler isn't helping at all", id="remedy-not-helping"),
        pytest.param(
            "my chest is tight, should i cancel my appointment?", id="acute-breathing-before"
        ),
        pytest.param("my lips swell more each time i look", id="each-time-is-not-habitual"),
        pytest.param("i can't breathe, thinking of calling an ambulance", id="thinking-of-help"),
        pytest.param(
            "pus again since my last session, should i postpone the next one?",
            id="next-one-after-a-session",
        ),
        pytest.param("out of breath just sitting on the sofa", id="breathless-at-rest"),
        # A question whether a present state is bad reports the state.
        pytest.param(
            "is it bad if my throat feels like it's closing? took an antihistamine",
            id="is-it-bad-if-present",
        ),
        pytest.param("is it normal if my lips are this swollen", id="is-it-normal-if-present"),
        # A sentence-wide trigger ends at a turn of a run-on message.
        pytest.param(
            "we came in for a facial back in may, my friend had one too, anyway since my session "
            "there is pus in the dots",
            id="past-and-friend-before-anyway",
        ),
        pytest.param("my mum had a rash once but now my face has hives", id="other-before-but"),
        # An illness does not excuse a sign once the treatment has happened.
        pytest.param(
            "i've got a cold and a fever since my treatment yesterday", id="illness-after-treatment"
        ),
        pytest.param(
            "a fever and chills from a bug, had microneedling two days ago",
            id="illness-after-microneedling",
        ),
        # Asked what it is of something present: a report.
        pytest.param("what is this swelling in my throat", id="what-is-this"),
        pytest.param("what is happening, my throat is closing", id="what-is-happening"),
        # A known effect asked about by someone who has it.
        pytest.param(
            "is a fever a recognised side effect? i have one since this morning",
            id="known-effect-mine",
        ),
        pytest.param("the fever is back, it's not gone now", id="not-gone-now"),
        # The person named last before a sign is whose it is: a friend named first does not
        # make the writer's sign the friend's.
        pytest.param(
            "my sister drove me here and now i've got a rash of hives all over",
            id="writer-after-other",
        ),
        pytest.param("my neighbour drove me in and my lips are swelling", id="my-own-lips"),
        # Anyone's sign told as happening this moment: the writer is beside them.
        pytest.param("my neighbour has just fainted in the car park", id="other-just-now"),
        pytest.param("a coworker passed out right now at the next desk", id="other-right-now"),
        pytest.param("i fainted at 14:00 and feel dizzy still", id="a-clock-time-is-not-an-age"),
    ],
)
def test_context_asserted_signs_count(text: str) -> None:
    assert all(asserted(text, sign) for sign in signs(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("is it safe to book it while i have a cold sore", True, id="before"),
        pytest.param("since my session i have a cold sore, should i postpone", False, id="since"),
        pytest.param("my skin is dry, any tips", False, id="no-question-of-treatment"),
        pytest.param("a cold sore, is that ok for my appointment on monday", True, id="ok-for-my"),
        pytest.param("a cold sore, ok to come in friday?", True, id="ok-to-come-in"),
        pytest.param("day 3 and a cold sore, ok to come in friday?", False, id="ok-after"),
        pytest.param("is the room ok for my mum's wheelchair", False, id="ok-for-not-a-visit"),
    ],
)
def test_context_cues_before_the_treatment(text: str, expected: bool) -> None:
    assert (Modifier.PRE_TREATMENT in cues(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("how is throat cancer staged?", True),
        ("how to diagnose hay fever?", True),
        ("which tests show a blood clot?", True),
        ("what causes my lips to swell?", False),  # someone's own
        ("what is this rash?", False),  # points at something present
        ("what to do, swelling since the session", False),  # a time it happened
        ("what causes swelling after 2 days?", False),
        ("is it normal to have pus?", False),  # no question word of general knowledge
        ("can't get air, throat closing", False),
        ("why is the treated area turning black?", False),  # why asks of something happening
        ("how come the redness is spreading?", False),
    ],
)
def test_context_general_question(text: str, expected: bool) -> None:
    assert general_question(text) is expected


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        # chat short forms are written out before the rules read the times ("last yr")
        pytest.param("got blisters from a wax last yr", False, id="short-form-year"),
        pytest.param("swollen lips 5 months back", False, id="months-back"),
        # over, told in a clipped message
        pytest.param("pus on my chin 3 wks ago, all cleared", False, id="clipped-all-cleared"),
        pytest.param("fever last week, gone now", False, id="clipped-gone-now"),
        pytest.param("fainted laughing at the invoice", False, id="laughing"),
        # still the patient's now: a clause after the sign that is not over, a recent "back"
        pytest.param("pus again, all over my cheek", True, id="all-over-is-not-over"),
        pytest.param("fever 2 days back and still hot", True, id="days-back-is-recent"),
        pytest.param("hives everywhere, gone red and angry", True, id="gone-red-is-not-gone"),
    ],
)
def test_context_clipped_times_and_figures(text: str, urgent: bool) -> None:
    assert reading(text).urgent is urgent
