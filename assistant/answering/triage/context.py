"""Clinical context of a sign: is it the patient's own, present, and asserted?

The ConText algorithm (Harkema et al. 2009, the one medSpaCy implements): trigger phrases
(`context_rules.py`) modify the signs within their scope, forward ("no fever"), backward ("eyes
are fine") or over the whole sentence ("last year"), and a scope ends at a termination word
("but", "now") or the end of the clause. Pseudo-triggers (phrases with a trigger's words that
trigger nothing), negations inside a sign and quoted signs are read here.

medSpaCy itself was measured out: on Python 3.11 it pins spaCy < 3.8, whose thinc needs
numpy < 2, and this project runs numpy 2. The algorithm is small, so it lives here, its rules
as data beside it.
"""

from __future__ import annotations

import re

from assistant.answering.triage.concept import Sign
from assistant.answering.triage.context_rules import RULES, Direction, Modifier, Rule

# Where a scope ends before its words run out.
_TERMINATION = re.compile(
    r"\b(but|however|though|although|except|apart from|and|now|yet|still|just|only)\b|[,;:]"
)
_TERMINATION_BUT_AND = re.compile(
    r"\b(but|however|though|although|except|apart from|now|yet|still|just|only)\b|[,;:]"
)
_SENTENCE = re.compile(r"[^.!?\n]+")
_CLAUSE_BREAK = re.compile(r"\b(anyway|anyhow|but|however|although|though|whereas)\b|;")
_COMPILED = tuple((rule, re.compile(rule.pattern)) for rule in RULES)
_UNLESS = {rule: re.compile(rule.unless) for rule in RULES if rule.unless}
_OTHER_PATTERNS = tuple(pattern for rule, pattern in _COMPILED if rule.modifier is Modifier.OTHER)
# ConText's pseudo-triggers: phrases that contain a trigger's words but trigger nothing ("not
# sure if it is pus", "wondering if this is normal": an embedded question, not a condition).
_PSEUDO = re.compile(
    r"\b((not (sure|certain)|no (idea|clue)|unsure|wonder\w*|ask\w*|check\w*|know|see|tell (me|us)|"
    r"curious|question is|idk) (if|whether)|not (sure|certain|only|just)|no (idea|doubt|clue)|"
    r"(all )?at once|once (it|they|the|i|we|she|he|you)"
    # Playing a report down is not denying it: "probably nothing", "don't want to overreact".
    r"|(probably|prob|likely|maybe|hopefully|most likely|it'?s) (nothing|not (serious|a big deal|an "
    r"emergency|anything|urgent))|not (a )?(big deal|emergency|biggie)|no (big deal|rush|biggie|"
    r"need to \w+)|(don'?t|dont|do not|not) (want|mean|wanna|trying) to (\w+ )?(panic|overreact|"
    r"bother|fuss|worry|alarm|be|sound|waste|freak|make)( (anyone|anybody|someone|people|you|"
    r"the clinic))?|not to (be|sound) \w+)\b"
)
# A negation between a sign's own words ("lips aren't swollen", "redness isn't spreading"); not
# one that denies an end ("bleeding isn't stopping": the sign persists), nor one that ends the
# sign's own match ("bleeding won't ...": the pattern needed it).
_INNER_NEGATION = re.compile(
    r"\b(not|isn'?t|aren'?t|wasn'?t|weren'?t|never|no longer|hasn'?t( been)?|haven'?t( been)?|"
    r"didn'?t|doesn'?t|don'?t)\b(?= )"
    r"(?! (stop\w*|settl\w*|go\w* (down|away)|improv\w*|(getting |any )?better|easing|calm\w*|"
    # a remedy that does not help: "the inhaler isn't helping"; a sign made of a negation:
    # "he didn't know where he was"
    r"help\w*|work\w*|touch\w*|(\w+ )?difference|know where|recogni[sz]e|"
    # a wish made of a negation: "i don't want to wake up"
    r"(really )?want\w* to))"
)
_FIRST_PERSON = re.compile(r"\b(me|myself|my self)\b")
# Who a clause is about: the writer, or a third person. A sign's experiencer is the person named
# last before it in its sentence ("my friend booked us in and i'm the one wheezing": the writer).
# The writer as a subject ("i", "ive"), or owning the sign ("my lips", "my poor face"); not
# "me" or a "my" of something else ("someone in my group posted ..." is someone's).
_WRITER = re.compile(r"\b(i|i'?m|i'?ve|i'?d|i'?ll)\b|\bmy (\w+ )?$")
_THIRD_PERSON = re.compile(r"\b(s?he|her|his|hers|him|they|them|their|theirs|s?he'?s|they'?re)\b")
# A sign told as happening this moment ("has just collapsed", "is currently ...", "... right
# now"): whoever has it, the writer is beside them and must call for help.
_NOW_BEFORE = re.compile(r"\b(just|right now|currently)\s*$")
_NOW_AFTER = re.compile(r"^\s*((right|just) )?now\b(?! and (then|again))|^\s*as we speak\b")
# A sign in quotation marks is named, not had ("does mine count as 'severe pain'?").
_QUOTED = re.compile(r"(?:^|(?<=[\s(]))(['\"])(?=\w)[^'\"\n]{1,60}?(?<=[\w.?!])\1(?!\w)")


# ConText's experiencer and temporality over a whole message: a question that opens with a question
# word and names no one it happens to (no pronoun) and no time it happened ("What does malaria do
# to the liver?", "How to diagnose ringworm?") asks for general knowledge. Not one of 2,556 urgent
# messages of the triage sets and training files reads so (fourteen of MedQuAD's 713 got the urgent
# reply before, nine of them from the model alone). "Can't get air" is no question word; "is it
# normal to ...?" opens with none of these, nor does "why is the treated area turning black?" (why
# asks of something happening).
_QUESTION_WORD = re.compile(r"^\W*(what|how(?! come)|which)\b")
_EXPERIENCER = re.compile(
    r"\b(i|i'?m|i'?ve|i'?d|i'?ll|me|my|mine|myself|we|our|us|you|your|u|ur|he|she|his|her|him|"
    r"they|their|them|it|its|this|that|these|those|someone|somebody|anyone|anybody)\b"
)
_TEMPORAL = re.compile(
    r"\d|\b(after|since|ago|today|tonight|yesterday|now|still|just|already|again|anymore|hours?|"
    r"hrs?|days?|minutes?|mins?|weeks?|morning|evening|night|post|getting|keeps?)\b"
)


def general_question(text: str) -> bool:
    """Whether a normal text asks about a thing in general, not of anyone's present."""
    return bool(
        _QUESTION_WORD.search(text) and not _EXPERIENCER.search(text) and not _TEMPORAL.search(text)
    )


def cues(text: str) -> set[Modifier]:
    """The modifiers whose triggers occur anywhere in a normal text (whether or not a sign is
    in their scope): the classifier reads them as features."""
    return {rule.modifier for rule, pattern in _COMPILED if _triggered(rule, pattern, text)}


def _triggered(rule: Rule, pattern: re.Pattern[str], text: str) -> bool:
    unless = _UNLESS.get(rule)
    return pattern.search(text) is not None and not (unless and unless.search(text))


def modifiers(text: str, sign: Sign) -> set[Modifier]:
    """The ConText modifiers that apply to a sign in a normal text."""
    found: set[Modifier] = {
        rule.modifier
        for rule, pattern in _COMPILED
        if rule.direction is Direction.MESSAGE
        and (rule.airway or not sign.concept.emergency or sign.concept.standing)
        and _triggered(rule, pattern, text)
    }
    said = text[: sign.start]  # the sign's sentence up to it, as written
    for sentence in _SENTENCE.finditer(text):
        if not sentence.start() <= sign.start < sentence.end():
            continue
        said = text[sentence.start() : sign.start]
        before = _PSEUDO.sub(_blank, said)
        after = _PSEUDO.sub(_blank, text[sign.end : sentence.end()])
        whole = _PSEUDO.sub(_blank, text[sentence.start() : sentence.end()])
        if _INNER_NEGATION.search(text[sign.start : sign.end]):
            found.add(Modifier.NEGATED)
        offset = sign.start - sentence.start(), sign.end - sentence.start()
        if any(q.start() <= offset[0] and offset[1] <= q.end() for q in _QUOTED.finditer(whole)):
            found.add(Modifier.HYPOTHETICAL)
        for rule, pattern in _COMPILED:
            unless = _UNLESS.get(rule)
            if rule.direction is Direction.MESSAGE or (unless and unless.search(whole)):
                continue
            if rule.direction is Direction.SENTENCE:
                hit = pattern.search(_clause(whole, *offset)) is not None
            elif rule.direction is Direction.FORWARD:
                hit = any(
                    # the trigger's scope runs from it to the sign with no termination between
                    len(before[m.end() :].split()) <= rule.scope
                    and not (_TERMINATION_BUT_AND if rule.through_and else _TERMINATION).search(
                        before[m.end() :]
                    )
                    for m in pattern.finditer(before)
                )
            else:
                hit = pattern.search(after.lstrip(" ,")) is not None
            if hit:
                found.add(rule.modifier)
    if Modifier.OTHER in found and _writers_to_act_on(text, sign, said):
        found.discard(Modifier.OTHER)
    if sign.concept.crisis:
        # Thoughts of self-harm framed as a condition or a question are still had now.
        found -= {Modifier.HYPOTHETICAL, Modifier.PRE_TREATMENT, Modifier.ILLNESS}
    return found


def _writers_to_act_on(text: str, sign: Sign, said: str) -> bool:
    """Whether a sign some other person is named around is still the writer's to act on (`said`:
    its sentence up to it): its own words name the writer ("swelling on me"); the writer is the
    person named last before it, ConText's experiencer being whoever its clause is about ("my
    friend booked us both in and i'm the one wheezing"); or it is told as happening this moment
    ("my friend has just collapsed"; not "just" before another verb, "my friend just told me she
    collapsed once"), when the writer is beside whoever has it."""
    if _FIRST_PERSON.search(text[sign.start : sign.end]):
        return True

    def last(patterns: tuple[re.Pattern[str], ...]) -> int:
        return max((m.start() for pattern in patterns for m in pattern.finditer(said)), default=-1)

    if last((_WRITER,)) > last((*_OTHER_PATTERNS, _THIRD_PERSON)):
        return True
    return bool(_NOW_BEFORE.search(said) or _NOW_AFTER.search(text[sign.end :]))


def _clause(sentence: str, start: int, end: int) -> str:
    """The part of a sentence between the clause breaks around a sign: a sentence-wide trigger
    ("last summer", "my friend") does not reach past "anyway" or "but" in a run-on message
    (ConText's termination, for the sentence-wide rules too)."""
    left, right = 0, len(sentence)
    for match in _CLAUSE_BREAK.finditer(sentence):
        if match.end() <= start:
            left = match.end()
        elif match.start() >= end:
            right = match.start()
            break
    return sentence[left:right]


def _blank(match: re.Match[str]) -> str:
    """A pseudo-trigger replaced by spaces: offsets stay, its words trigger nothing."""
    return " " * len(match.group())


def asserted(text: str, sign: Sign) -> bool:
    """A sign counts when no modifier applies: the patient's own, present, stated."""
    return not modifiers(text, sign)
