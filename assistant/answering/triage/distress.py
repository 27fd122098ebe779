"""Red-flag concepts of the mind: thoughts of self-harm or suicide, whose reply is the crisis
text (`Concept.crisis`): the emergency number and a person to talk to, not a complication.

Clinical language, not any clinic's documents: the table holds for every clinic, and
`tests/unit/answering/triage/test_red_flags.py` is generated from it. A figure of speech
("the cost is killing me", "i could kill myself for forgetting") matches no pattern, or its
context (`context.py`) says so. However they are framed ("if it doesn't work i'll want to
die", "may i still have it while having suicidal thoughts?"), a person must see them: `context.py`
reads no hypothetical or before-the-treatment framing into this concept (`Concept.crisis`).
Someone else's thoughts are the learned decision's to weigh (a friend at risk now, or a film's
plot); when it finds them urgent, the reply is still the crisis text (`safety.triage`).
"""

from __future__ import annotations

from assistant.answering.triage.concept import Concept

_SELF = r"(my ?self|him ?self|her ?self|them ?sel(f|ves))\b"
_HARM = r"(hurt\w*|harm\w*|cut\w*|kill\w*|injur\w*|burn\w*|starv\w*|punish\w*)"
_PILLS = r"(pills|tablets|meds|medication|paracetamol|sleeping \w+|antidepressants)"

DISTRESS: tuple[Concept, ...] = (
    Concept(
        "self-harm or suicide",
        (
            r"\bself[- ]?harm\w*\b(?! (scars?|marks?))|\bsuicid\w*\b(?! (mission|squad|run|"
            r"prevention|awareness))|"
            r"\bkill\w* (my|him|her|them) ?sel(f|ves)\b(?! (for|laughing|lol|haha|with|over|at))",
            # Thoughts, urges or intent to harm oneself, however they are put.
            rf"\b(thoughts?|thinking|urges?|urged|want\w*|wanna|tempted|feel(ing)? like|(am|'m|is|"
            rf"'s|are|'re) (going to|gonna)|(i|she|he|they)( will|'ll))\b( \w+){{0,2}} (of |about "
            rf"|to )?{_HARM} {_SELF}",
            # Acts, ongoing or on purpose (not "i cut myself shaving", "will i hurt myself?").
            rf"\b(been|keep|kept|started|start|still|again)( \w+)? (hurting|harming|cutting|"
            rf"burning|starving) {_SELF}|\b{_HARM} {_SELF} (on purpose|deliberately|again)\b|"
            r"\b(cut|cuts|cutting|slit|slash\w*) (my|his|her|their) wrists?|\bcutting (my|his|her) "
            r"(arms?|thighs?|legs?)\b|"
            r"\b(thinking about|urge to|want to|started) cutting again\b",
            # Life itself: ending it, not wanting it, others better off without it.
            r"\b(end|take|ending|taking) (my|his|her|their|my own|his own|her own) li(fe|ves)\b"
            r"(?! (back|in))|"
            r"\b(end|ending) (it all|everything|it tonight|it this)\b|\b(thinking|thought|think|"
            r"thoughts) (about|of) (just )?(ending it|dying\b(?! (my|your|her|his|the|it|them)\b)|"
            r"not (being here|existing|"
            r"waking up))|\bnot (want|wanting) to (live|be alive|be here|exist|wake up|go on)|"
            r"\b(don'?t|do not|dont|doesn'?t|didn'?t) (really )?want to (live|be alive|be here any ?"
            r"more|exist|wake up|go on)|\b(want|wants|wanted|wanting) (to )?(die\b(?! (of|from|"
            r"laughing|for|my|your|her|his|the|it|them)\b)|be dead|disappear for good|not exist)\b|"
            r"\bwish(es|ed)? (i|she|he|they) ((was|were|'?d|could be) (dead|never born)|"
            r"(wasn'?t|weren'?t) (alive|here|born))|\brather be dead\b|\bbetter off "
            r"(without (me|her|him|them)|dead|if i (was|were)n'?t (here|around))|\bno (point|reason) "
            r"(in |to )?(living|being alive|to live)|\bwhat'?s the point of (living|being alive)|"
            r"\bli(fe|ving) (is not|isn'?t|isnt|is no longer) worth "
            r"(living|it)|\b(sleep|go to sleep) and never wake up|\bsuicide (note|letter)s?\b",
            # Means at hand or taken.
            # (an overdose had, not one asked about: "can you overdose on vitamin c?")
            rf"\b(i|i'?ve|i have|she|she'?s|he|he'?s|they|they'?ve)( have| has)?( just)? "
            rf"(taken |took |had )?(an |a )?overdos\w*|\btook (a |an |the whole |a whole )?(load|lot|"
            rf"bunch|handful|bottle|box|pack|packet|stack|heap|fistful)( \w+)? of (\w+ )?{_PILLS}|"
            rf"\btook ([1-9]\d+|way more of (my|her|his)) (\w+ )?{_PILLS}|"
            rf"\b(saving|collecting|stockpiling|hoarding) (up )?(my |her |his )?(\w+ )?{_PILLS}",
        ),
        (
            "i have been thinking about hurting myself",
            "the urge to cut myself is back",
            "sometimes i want to end my life",
            "my family is better off without me",
            "some days i don't want to wake up",
            "i took an overdose",
            "i have been self harming again",
            "honestly i want to die",
            "my brother is going to kill himself",
            "she took a handful of her sleeping pills",
            "i have been stockpiling tablets",
            "life isn't worth living with these scars",
        ),
        (
            "the cost is killing me",
            "i could kill myself for forgetting the sunscreen",
            "i am dying to get booked in",
            "will i hurt myself using a roller at home",
            "my old self harm scars",
            "i'd die of embarrassment",
            "the cream wore off and it hurt me a bit",
            "a suicide mission getting through traffic",
            "i took my tablets this morning as usual",
            "a suicide prevention charity",
            "the dog's leg has a cut",
            "thinking about dying my hair before the session",
            "i want to die my hair red",
            "i'd want to die of embarrassment",
            "no point going on with the sessions if nothing changes",
            "what's the point of anything if it doesn't last",
            "i won't be here after tonight, flying out",
            "writing a goodbye note for a colleague",
            "i took 2 paracetamol for the sting",
            "i took all my antibiotics as prescribed",
            "can you overdose on vitamin c serum",
            "i want to take my life back from my skin",
            "i wish i was gone on holiday already",
            "wish i was alive in the sixties",
        ),
        crisis=True,
    ),
)
