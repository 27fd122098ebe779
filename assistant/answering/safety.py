"""Triage before retrieval: red-flag symptoms, personal medical situations, and the referral texts.

Red flags are matched on the patient's words with patterns that tolerate common misspellings
("puss", "feaver", "cant breath"). A red flag stated about the patient ("my", "I", "since",
"now") is urgent; the same word inside a general question ("what are the chances of
infection?") is answered from the documents with a firmer referral instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from assistant.answering.question import Question
from assistant.config import Settings


class Triage(Enum):
    ROUTINE = "routine"
    PERSONAL = "personal"  # a personal medical situation: answer, and refer firmly
    URGENT = "urgent"
    EMERGENCY = "emergency"  # urgent, and the breathing/airway kind: emergency services first
    NO_ADVICE = "no_advice"  # asks for a diagnosis or a dose: never answered from leaflets
    INSTRUCTIONS = "instructions"  # tries to give the assistant orders: nothing to answer


def _any(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


# Signs that need a person now, whatever the phrasing.
_EMERGENCY = _any(
    r"\b(can ?'?(no)?t|cannot|hard to|trouble|difficult(y)?|struggling to|unable to|short of|"
    r"shortness of) ?(breath|breathe|breathing|brething|breth|breathin|swallow)",
    r"\bwheez",
    r"\bthroat\b.{0,25}\b(clos|tight|swell|swol)",
    r"\banaphyla",
    r"\b(lips?|tongue|mouth)\b.{0,30}\b(swell|swol|puff|bigger|huge)",
    r"\b(swell|swol|puff)\w*\b.{0,30}\b(lips?|tongue|throat)\b",
)
_STRONG = _any(
    r"\bpu+s+\b",
    r"\bpuss?y? ?(filled|coming)",
    r"\bpustul",
    r"\bo+zing|\booz(e|es|ed)\b",
    r"\b(yellow|green|cloudy|smelly|white)\w* ?(crust\w*|discharge|fluid|stuff|goo\w*|gunk|liquid|"
    r"gross|bumps?|heads?)",
    r"\bfill(ing|ed)? (up )?with\b",
    r"\bdischarge\b",
    r"\bfea?v[eaio]?r|\bfevr|\bfeverish|\bchills?\b|\bshiver|\bhigh temp",
    r"\btemp(erature)?\b.{0,20}\b(3[89]|4[0-2]|10[0-6])\b",
    r"\b(bad|foul|weird|strange|awful) (smell|odou?r)|\bsmells?\b|\bstinks?\b",
    r"\bhives\b|\bwelts\b|\ballergic reaction|\brash(es)?\b|\bitchy (bumps|spots|lumps|blotches)",
    r"\bbl[ie]+s?ter",
    r"(?<!sun)\bburn(s|ed|t)\b|\bburn(s|ed|t)? (mark|wound)|\bchemical burn",
    r"\b(vision|visi?on|eyesight|sight)\b",
    r"\bblur+(y|ed)\b|\bblurr?y",
    r"\bsee(ing)? double\b",
    r"\bdouble vision\b",
    r"\beyes?\b.{0,20}\b(pain|hurt|sore|burn|sting)",
    r"\b(pain|hurt)\w* .{0,10}\beyes?\b",
    r"\b(red|pink|dark) (streak|line)s?",
    r"\bstreaks?\b",
    r"\b(red(ness)?|rash|swelling|infection)\b.{0,30}\b(spread|getting (bigger|worse|larger)|growing|expanding)",
    r"\bspreading\b",
    r"\bble+d+(ing)?\b.{0,40}\b(won'?t|wont|will not|doesn'?t|does not|not|can'?t|cannot|hasn'?t|"
    r"keeps?|still|non ?stop|a lot|heavily|heavy)",
    r"\b(won'?t|wont|will not|can'?t|cannot) stop (the )?ble+d",
    r"\b(keeps?|kept|keep on|still|constantly|continuous\w*|non ?stop|not stopp?ing) ble+d",
    r"\bble+d\w*\b.{0,50}\b(since|for (hours|ages|ever|a while|an hour|\d+ ?(hours?|hrs?))|"
    r"all (day|night|morning|evening)|been going|going on|ongoing|continu\w*|through (the|my))\b",
    r"\bblood\b.{0,30}\b(keeps?|won'?t stop|wont stop|everywhere|dripping|pouring|running|soak\w*)",
    r"\b(soak\w*|drench\w*) .{0,30}\b(tissues?|pads?|gauze|towels?|pillow)",
    # Blisters, told the way patients see them.
    r"\bfluid[- ]?fill\w*|\bbubbl(e|es|y|ing)\b|\bblebs?\b|\bweep(ing|s|y)\b|\braw and\b",
    # Redness or swelling that moves or grows.
    r"\bspread(s|ed)?\b|\b(crept|creep\w*|travel\w*|moving|moved|extend\w*)\b.{0,20}"
    r"\b(down|up|onto|into|across|over|to my)\b",
    r"\b(now|gone|went|reached|all over|down to|up to)\b.{0,15}\b(my )?(neck|chest|ears?|scalp|"
    r"eyes?|throat|jaw|shoulders?)\b.{0,30}\b(red|swol|swell|warm|hot|rash)",
    r"\b(red|swol|swell|rash)\w*\b.{0,40}\b(now|gone|went|reached|all over|down to|up to)\b.{0,15}"
    r"\b(my )?(neck|chest|ears?|scalp|throat|jaw|shoulders?)\b",
    r"\b(neck|chest|ears?|scalp|throat|jaw|shoulders?)\b.{0,12}\b(is|are|'s|has|have|got|gone|went|"
    r"turned|looks?)\b.{0,12}\b(red|swol|swell|rash|warm|hot)\w*.{0,20}\b(too|also|as well|now)\b",
    r"\b(neck|chest|ears?|scalp|throat|jaw|shoulders?)\b.{0,20}\b(now|too|also)\b.{0,20}"
    r"\b(red|swol|swell|rash|warm|hot)",
    # Warmth of the skin, without the warm water or hot shower of aftercare questions.
    r"\b(it'?s|its|is|feels?|feeling|gone|getting|turned|now) (very |really |so |quite |super |all "
    r"|kinda |a bit |abit |like )?(warm|hot|burning up)\b(?! (water|shower|bath|compress|weather|"
    r"drinks?|tea|coffee|yoga|climate|day|room|tub))",
    r"\bheavy ble+d|\bhemorrhag|\bhaemorrhag",
    r"\b(severe|extreme|unbearable|excruciating|intense|terrible|horrible|agonizing|awful|"
    r"killing me|worst)\w*\b.{0,25}\b(pain|hurt|ache|aching|sore)",
    r"\b(pain|hurt|hurts|hurting|ache|sore|swelling|swollen|redness|burning|throbbing)\w*\b.{0,35}"
    r"\b(getting worse|worse|worsening|unbearable|severe|excruciating|increasing|killing me|so bad)",
    r"\b(very|really|so|extremely|super) (painful|sore|hot)\b",
    r"\bhot to (the )?touch|\bwarm to (the )?touch|\b(skin|face|area)\b.{0,20}\b(is|feels?|feeling) "
    r"(very |really |so )?(hot|warm)\b",
    r"\bon fire\b",
    r"\binfected\b|\binfektion|\binfecton",
    r"\b(have|got|getting|developed|developing|think i have|signs? of|caught) (an? )?infection",
)
# The same words, asked as general information rather than told about oneself.
_PERSONAL = re.compile(
    r"\b(i|i'?m|im|i'?ve|ive|my|me|mine|myself|we|our|she|he|her|his|they|their|"
    r"since|yesterday|today|tonight|now|still|right now|this morning|last night|"
    r"days? (after|ago|later)|hours? (after|ago|later)|after my)\b"
)
_GENERAL = re.compile(
    r"^\s*(can|could|does|do|is|are|will|would|what|whats|what's|how (likely|common|often)|any|"
    r"risk|chance)\b.{0,80}\b(cause|risk|risks|chance|chances|possible|common|normal|side effects?|"
    r"happen|likely|get|lead to|spread)\b"
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


def triage(question: Question) -> Triage:
    """Classify a patient's message before any retrieval."""
    text = question.normal
    if _EMERGENCY.search(text):
        return Triage.EMERGENCY
    if _STRONG.search(text):
        general = _GENERAL.search(text) and not _PERSONAL.search(text)
        if not general:
            return Triage.URGENT
    if _NO_ADVICE.search(text):
        return Triage.NO_ADVICE
    if _INSTRUCTIONS.search(text):
        return Triage.INSTRUCTIONS
    if question.situations or _STRONG.search(text):
        return Triage.PERSONAL
    return Triage.ROUTINE


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
        if level in (Triage.URGENT, Triage.EMERGENCY):
            return self.urgent(level)
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
        first = (
            f"If you have trouble breathing or swallowing, or swelling of your lips, tongue or "
            f"throat, call {self.settings.emergency_number} now. "
        )
        return (
            (first if level is Triage.EMERGENCY else "")
            + f"What you describe can be a sign of a complication that needs prompt care: "
            f"please contact {self._clinic} now{self._where}, without waiting for your next "
            f"appointment. If you cannot reach the clinic or your symptoms get worse, call "
            f"{self.settings.emergency_number} or go to the nearest emergency department."
        )

    def not_found(self) -> str:
        return (
            f"I'm sorry, the clinic's documents do not cover that question, so I can't answer "
            f"it here. Please contact {self._clinic}{self._where}; the team will be glad to help."
        )

    def no_advice(self) -> str:
        return (
            "I can't give a diagnosis or advise on medicines or doses: that needs a licensed "
            "professional who can examine you."
        )
