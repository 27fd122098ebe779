"""Triage before retrieval: red flags, personal medical situations, and the referral texts.

Three signals: the red-flag concepts (`red_flags.py`, a table with examples on both sides), their
clinical context (`context.py`: negated, hypothetical, past or someone else's signs do not
count), and a learned classifier over the question's embedding for what no table lists
(`classifier.py`). A general question that names a red flag ("can it cause blisters?") is
answered from the documents, with a referral that says whom to contact if it happens.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

import numpy as np
from numpy.typing import ArrayLike

from assistant.answering.question import Question, read
from assistant.answering.triage import personal
from assistant.answering.triage.classifier import clauses, combined, fitted, reading
from assistant.answering.triage.context import general_question
from assistant.config import Settings


class Triage(Enum):
    ROUTINE = "routine"
    PERSONAL = "personal"  # a personal medical situation: answer, and refer firmly
    # A general question naming a complication ("can it cause blisters?"): answer, and say whom
    # to contact if it happens. Not "your own health": the question told of none.
    RISK = "risk"
    URGENT = "urgent"
    EMERGENCY = "emergency"  # urgent, and the breathing/airway kind: emergency services first
    CRISIS = "crisis"  # urgent, and thoughts of self-harm or suicide: a person to talk to, now
    NO_ADVICE = "no_advice"  # asks for a diagnosis or a dose: never answered from leaflets
    INSTRUCTIONS = "instructions"  # tries to give the assistant orders: nothing to answer

    @property
    def urgent(self) -> bool:
        """A level whose reply is the urgent instruction, never an answer."""
        return self in (Triage.URGENT, Triage.EMERGENCY, Triage.CRISIS)

    @property
    def answered(self) -> bool:
        """A level whose message is answered from the documents (with its own referral)."""
        return self in (Triage.ROUTINE, Triage.PERSONAL, Triage.RISK)


# A sign the concept table finds asserted is evidence of its own: the model need not fully agree.
# Cross-validated over 3,772 training messages at the fitted recall (0.986): 0.5 -> 0.8 took false
# alarms from 58 to 53 with no more misses; 1.0 was no better than 0.8. Over 4,472 (with the
# played-down and "is it normal" reports of triage_train6) 0.5 to 0.8 were flat (67 to 69 false
# alarms); below 0.65 an airway case more was missed, and at 0.8 the model, now wary of bare
# keywords, left "i think it got infected" below its share: 0.7.
RULE_SHARE = 0.7
# P(urgent) the model alone needs for a general-knowledge question (`context.general_question`).
# MedQuAD's encyclopedic questions the model alarmed scored 0.48-0.58 (urgent threshold 0.47)
# before the question sets' tuning halves joined its training (26th round); now a second guard;
# reports worded as such questions, with no pronoun ("what is wrong, left eye cant see
# properly") 0.70 and over, and no urgent message of the triage sets reads as one at all.
GENERAL_QUESTION_THRESHOLD = 0.65
# A red-flag word asked about in general ("can it cause blisters?"): answered, and told whom to
# contact if it happens (`Triage.RISK`).
_MENTION = re.compile(
    r"\b(infection|infected|pus|fever|blisters?|burns?|bleed\w*|swell\w*|swollen|rash|hives|"
    r"allergic|pain\w*|vision|breath\w*)\b"
)
_NO_ADVICE = re.compile(
    r"\b(how (much|many)|what|which)\b.{0,30}\b(dose|dosage|mg|milligrams?|tablets?|pills?|"
    r"ibuprofen|paracetamol|acetaminophen|tylenol|advil|aspirin|antibiotics?|antihistamines?|"
    r"benadryl|painkillers?)\b.{0,30}\b(take|give|use|have)?"
    r"|\b(diagnose|diagnosis)\b|\bwhat(?:'s| is) wrong with (my|me)\b"
    # "Do I have an infection?" asks for a diagnosis; "do I have to …" does not.
    r"|\b(do|could|might) i have (an? |some )?(infection|rash|allergy|allergic reaction|rosacea|"
    r"eczema|herpes|cellulitis|keloids?|scarring|melasma|psoriasis|dermatitis|disease|condition)\b"
)


# Orders aimed at the assistant rather than questions for the clinic. Answers are quotes only,
# so such text can change nothing; it gets the plain "not covered" reply.
_INSTRUCTIONS = re.compile(
    r"\b(ignore|disregard|forget|override)\b.{0,30}\b(instructions?|rules?|prompt|previous|above)\b"
    r"|\b(system|developer|admin|jailbreak|dan) ?(prompt|mode|message)\b|^\s*system\s*:"
    r"|\b(pretend|act as|roleplay|you are now)\b"
)


@dataclass(frozen=True, slots=True)
class Rules:
    """What the rules read in a message (or, as arrays, in many): an asserted red flag, an
    asserted airway or breathing sign, asserted self-harm thoughts; and whether it asks
    about a thing in general (`context.general_question`)."""

    urgent: ArrayLike
    emergency: ArrayLike
    crisis: ArrayLike
    general: ArrayLike


def decide(
    p: tuple[ArrayLike, ArrayLike, ArrayLike],
    rules: Rules,
    thresholds: tuple[float, float, float],
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(urgent, emergency, crisis) from the heads' P(urgent), P(emergency) and P(crisis), what the
    rules read, and the heads' thresholds: for one message (`triage`) or for arrays of them
    (`tools/fit_triage.py` chooses the thresholds with the same decision)."""
    p_urgent, p_emergency, p_crisis = (np.asarray(x) for x in p)
    urgent_rule, emergency_rule, crisis_rule, general = (
        np.asarray(x, dtype=bool)
        for x in (rules.urgent, rules.emergency, rules.crisis, rules.general)
    )
    needed = thresholds[0] * np.where(urgent_rule, RULE_SHARE, 1.0)
    # A question about a thing in general, no one having it: the model alone must be sure, and a
    # sign the table finds in it is no one's, so it lowers nothing ("what does anaphylaxis look
    # like?" read 0.46 once clipped reports naming it joined the training: 35th round, out of
    # fold 308 -> 307 false alarms, no report missed).
    needed = np.where(general, np.maximum(thresholds[0], GENERAL_QUESTION_THRESHOLD), needed)
    # Thoughts of self-harm the table finds asserted, or the crisis head, decide alone, as an
    # airway sign does (a person must see them even when the urgent head has not learned their
    # wording); a general question about them ("what is suicidal ideation?") does not.
    crisis = ~general & (crisis_rule | (p_crisis >= thresholds[2]))
    # An airway sign the table finds asserted decides alone too, but not in a general question
    # ("what does anaphylaxis look like?"): the model decides that, as it does a crisis word.
    airway = emergency_rule & ~general
    urgent = airway | crisis | (p_urgent >= needed)
    emergency = airway | (urgent & (p_emergency >= thresholds[1]))
    return urgent, emergency, crisis


def triage(
    question: Question,
    vector: np.ndarray | None = None,
    *,
    embed: Callable[[list[str]], np.ndarray] | None = None,
) -> Triage:
    """Classify a patient's message before any retrieval.

    The learned decision weighs the concepts of the table found in the message and their
    clinical context (the patient's own, present, asserted) with the question's embedding
    (`vector`, the one retrieval uses) and its word n-grams. A sign the table finds asserted
    needs less of the model's usual evidence (RULE_SHARE). An urgent message is an emergency when
    the airway head's probability reaches its (low) threshold: the emergency sentence is
    conditional ("call ... if you have trouble breathing"), so naming it for a few other urgent
    cases costs little, and an airway case must never lack it. (An airway head free to make a
    message urgent on its own was measured: on the folds it named no more airway cases and
    turned negated and hypothetical airway questions into false alarms.) An airway or breathing
    sign the table finds asserted is an emergency whatever the model says, but in a general
    question ("what does anaphylaxis look like?"), where the model decides. A long message is
    also scored clause by clause (`classifier.clauses`, embedded with `embed` in one call), so a
    sign told after a paragraph of chat is not lost in it. A general-knowledge question ("how
    is throat cancer staged?", `context.general_question`) needs the model surer
    (GENERAL_QUESTION_THRESHOLD), whether or not the table finds a sign in it. Thoughts of
    self-harm or suicide (the table's, asserted, or the crisis head's) are urgent on their own
    and get the crisis reply, as does an urgent message that names them at all. Without a vector
    (the model cannot run) the rules decide alone.
    """
    text = question.normal
    rules = reading(text)
    urgent, emergency, crisis = rules.urgent, rules.emergency, rules.crisis
    if vector is not None:
        model = fitted()
        p_urgent, p_emergency, p_crisis = model.probabilities(vector, rules.features, text)
        parts = clauses(text) if embed is not None else []
        if embed is not None and parts:
            vectors = embed([read(part).told for part in parts])
            clause = max(
                model.probabilities(row, reading(part).features, part)[0]
                for row, part in zip(vectors, parts, strict=True)
            )
            p_urgent = combined(p_urgent, clause)
        said = decide(
            (p_urgent, p_emergency, p_crisis),
            Rules(rules.urgent, rules.emergency, rules.crisis, general_question(text)),
            (model.urgent_threshold, model.emergency_threshold, model.crisis_threshold),
        )
        urgent, emergency, crisis = (bool(verdict) for verdict in said)
    if crisis or (urgent and rules.crisis_named):
        # Thoughts of self-harm or suicide, the writer's or someone's with them.
        return Triage.CRISIS
    if emergency:
        return Triage.EMERGENCY
    if urgent:
        return Triage.URGENT
    if _NO_ADVICE.search(text):
        return Triage.NO_ADVICE
    if _INSTRUCTIONS.search(text):
        return Triage.INSTRUCTIONS
    if question.situations:
        return Triage.PERSONAL
    # A situation no list names ("i take sertraline"): the learned decision (personal.py).
    if vector is not None and personal.fitted().personal(vector, text):
        return Triage.PERSONAL
    if rules.features.any() and _MENTION.search(text):
        return Triage.RISK
    return Triage.ROUTINE


# Titles a prompt names before "and more".
PROMPT_TITLES = 4


@dataclass(frozen=True, slots=True)
class Wording:
    """The fixed texts of the answer template, filled from the clinic's profile."""

    settings: Settings

    @property
    def _clinic(self) -> str:
        contact = self.settings.clinic_name
        if self.settings.clinic_phone:
            contact += f" on {self.settings.clinic_phone}"
        return contact

    @property
    def _where(self) -> str:
        return f" ({self.settings.clinic_url})" if self.settings.clinic_url else ""

    def referral(self, level: Triage) -> str:
        if level.urgent:
            return self.urgent(level)
        if level is Triage.RISK:
            return (
                f"This is general information from {self.settings.clinic_name}'s documents, not "
                f"medical advice: if you notice this after a treatment, please contact a licensed "
                f"medical professional at {self._clinic} promptly."
            )
        if level in (Triage.PERSONAL, Triage.NO_ADVICE):
            return (
                f"Because this concerns your own health, please discuss it with a licensed "
                f"medical professional at {self._clinic} before booking or changing anything; "
                f"they can review your medical history and medications."
            )
        return (
            f"This is general information from {self.settings.clinic_name}'s documents, not "
            f"medical advice: for questions about your own skin or health, please ask a "
            f"licensed medical professional at {self._clinic}."
        )

    def urgent(self, level: Triage) -> str:
        """The urgent reply. Every one opens with the emergency number: an airway case the
        airway head missed still reads it first (the conditional costs the others one line), and
        so does fainting or confusion (a numbing cream's toxicity or a reaction can show so)."""
        if level is Triage.CRISIS:
            return self._crisis()
        number = self.settings.emergency_number
        # The emergency head learnt every emergency of its training, not the airway's alone (a
        # collapse, a seizure, bleeding that will not stop): its sentence names none of them.
        first = (
            f"Call {number} now: this can be an emergency. "
            if level is Triage.EMERGENCY
            else f"Call {number} now if you have trouble breathing or swallowing, swelling of "
            f"your lips, tongue or throat, or if you faint or become confused. "
        )
        return (
            first + f"What you describe can be a sign of a complication that needs prompt care: "
            f"please contact {self._clinic} now{self._where}, without waiting for your next "
            f"appointment. If you cannot reach the clinic or your symptoms get worse, call "
            f"{number} or go to the nearest emergency department."
        )

    def _crisis(self) -> str:
        """Thoughts of self-harm or suicide: the emergency number first (a plan or an act is an
        emergency), the clinic's crisis line when it has one, then the clinic: a person, now."""
        number = self.settings.emergency_number
        line = f" or {self.settings.crisis_line}" if self.settings.crisis_line else ""
        return (
            f"If you, or someone with you, are thinking about self-harm or ending a life, please "
            f"call {number}{line} now: you do not have to face this alone. Please also contact "
            f"{self._clinic} now{self._where} so that someone can talk with you, and if you can, "
            f"stay with a person you trust until you have spoken to someone."
        )

    def not_found(self) -> str:
        return (
            f"I'm sorry, the clinic's documents do not cover that question, so I can't answer "
            f"it here. Please contact {self._clinic}{self._where}; the team will be glad to help."
        )

    def not_covered_part(self) -> str:
        """Said beside an answer to a message whose other question the documents do not cover."""
        return (
            f"Part of your message may be something the clinic's documents do not cover: for "
            f"anything this answer leaves out, please contact {self._clinic}{self._where}."
        )

    def prompt(self, titles: list[str]) -> str:
        """The reply to a message that asks nothing (a greeting, thanks): what can be asked."""
        shown = [f"“{title}”" for title in titles[:PROMPT_TITLES]]
        if len(titles) > len(shown):
            shown.append("more")
        about = (
            f" ({', '.join(shown[:-1])} and {shown[-1]})"
            if len(shown) > 1
            else (f" ({shown[0]})" if shown else "")
        )
        return (
            f"I answer questions from {self.settings.clinic_name}'s documents{about}, "
            f"quoting the passages I use. What would you like to know? For anything else, "
            f"please contact {self._clinic}{self._where}."
        )

    def no_advice(self) -> str:
        return (
            "I can't give a diagnosis or advise on medicines or doses: that needs a licensed "
            "professional who can examine you."
        )
