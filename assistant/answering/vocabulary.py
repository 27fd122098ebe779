"""The corpus's `Vocabulary`: its words, stems and how common each stem is, for spelling a
question's words as the documents spell them and for telling topic words apart.

Computed from the index's sentences when an index version is loaded, so a clinic's new document
changes it with no code change. `question.py` reads a message with it.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Collection, Iterable, Sequence

import numpy as np
import Stemmer
from wordfreq import zipf_frequency

from assistant.answering.bridge import Bridge
from assistant.answering.lexicon import (
    CURRENCIES,
    ENGLISH_STOP_WORDS,
    FILLERS,
    PARTICLES,
    STOPWORDS,
    WRITTEN_OUT,
)
from assistant.answering.spelling import (
    COMMON_ZIPF,
    Speller,
    english_spelling,
    prepare_english,
)

WORD = re.compile(r"[a-z0-9][a-z0-9'-]*")
_CURRENCY = re.compile("|".join(re.escape(sign) for sign in CURRENCIES))
_WRITTEN = re.compile(
    r"\b(" + "|".join(re.escape(p) for p in sorted(WRITTEN_OUT, key=len, reverse=True)) + r")\b"
)
# Words this common are basic vocabulary ("want", "wrong", "look"): the model's neighbours of
# them are words of the same kind or opposites ("wrong" -> "right"), so they cross no bridge.
BASIC_ZIPF = 5.0


def basic_english(word: str) -> bool:
    """Whether a word is basic English vocabulary (wordfreq's Zipf scale, `BASIC_ZIPF`)."""
    return zipf_frequency(word, "en") >= BASIC_ZIPF


# The shortest part of a joined word read as two of the documents' words ("sun" of "suncream").
SPLIT_PART = 3
# The fewest letters a clipped word leaves off the documents' word ("microderm" of
# "microdermabrasion"): a word one or two letters short is a typo's or an inflection's.
CLIP_REST = 3
# A word the documents do not use but reach across the bridge counts this much as covered: a
# near word is evidence, not proof, that they speak of it ("botox" is near "fillers").
BRIDGED_SHARE = 0.5
SPELLINGS_REMEMBERED = 100_000
# Cosine similarity at which the model places a word English text uses beside the common word
# it nearly spells: a known misspelling ("recomend" 0.66, "definately" 0.64), not a word of
# its own ("atopic" and "topic" 0.17).
TYPO_SIMILARITY = 0.5
# Zipf levels (log10 of uses per billion words) by which a misspelling is rarer than the word it
# misspells: 2 is a hundredth ("apointment" 1.1 against "appointment" 4.6); English words that
# difflib finds one or two letters from a corpus word are of their own ("hypopigmentation" 1.4
# against "hyperpigmentation" 2.1).
TYPO_RARITY = 2.0
# A word in more than this share of sentences says nothing about which one answers.
UBIQUITOUS_SHARE = 0.12
# Two of the documents' words are forms of one word that the stemmer keeps apart ("pregnant" and
# "pregnancy", "retinol" and "retinoids") when their stems share a start of at least KIN_PREFIX
# letters, each goes on from it by at most KIN_ENDING, and the model places the two words at
# least the bridge's floor apart: not "dermatitis" and "dermatologist" (stems "dermat" and
# "dermatolog"), nor "produce" and "product" (0.44).
KIN_PREFIX = 5
KIN_ENDING = 3


# The word a run of characters between spaces ends with, and the one it starts with.
_LAST_WORD = re.compile(r"[a-z0-9][a-z0-9'-]*$")
_FIRST_WORD = re.compile(r"^[a-z0-9][a-z0-9'-]*")


class _Pairs:
    """A set of word pairs kept as their sorted 64-bit hashes (a set of the strings took about
    90 bytes a pair: 100 MB for a store of 100,000 sentences)."""

    def __init__(self, keys: Iterable[int]) -> None:
        self._keys = np.unique(np.fromiter(keys, dtype=np.int64))

    def __contains__(self, key: int) -> bool:
        at = int(np.searchsorted(self._keys, key))
        return at < len(self._keys) and int(self._keys[at]) == key


def _pair_key(first: str, second: str) -> int:
    return hash((first, second))


def _written_pairs(text: str) -> _Pairs:
    """Each two words side by side in the text, as a search for "first second" meets them:
    the word a run of characters between single spaces ends with ("(the" ends with "the", "end."
    with none), and the word the next run starts with ("notice." starts with "notice"). Unlike
    the search, a word inside a longer one is not met ("bathe" does not end with "the")."""
    runs = text.split(" ")
    lasts = [_LAST_WORD.search(run) for run in runs]
    firsts = [_FIRST_WORD.match(run) for run in runs]
    return _Pairs(
        _pair_key(last.group(), first.group())
        for last, first in zip(lasts, firsts[1:], strict=False)
        if last is not None and first is not None
    )


def written_out(text: str) -> str:
    """The text with its short forms and currency signs written out ("appt" -> "appointment",
    "£" -> "pounds")."""
    text = _CURRENCY.sub(lambda match: f" {CURRENCIES[match.group()]} ", text)
    return _WRITTEN.sub(lambda match: WRITTEN_OUT[match.group()], text)


class Vocabulary:
    """The corpus's words and stems, for spelling and for telling topic words apart."""

    def __init__(
        self,
        texts: Iterable[str],
        *,
        glossary: dict[str, str] | None = None,
        embed_texts: Callable[[list[str]], np.ndarray] | None = None,
    ) -> None:
        """`embed_texts`, when given, builds the bridge over the corpus's own words."""
        texts = [t.lower() for t in texts]
        # The clinic's glossary (corpus/glossary.jsonl): its patients' words -> its documents'.
        self.glossary = glossary or {}
        self.stemmer = Stemmer.Stemmer("english")
        # The glossary's words by stem, for their other forms ("scabbing" as "scabs").
        self._glossary_stems = {
            self.stem(word): words for word, words in self.glossary.items() if " " not in word
        }
        self.words = sorted({w for t in texts for w in WORD.findall(t)})
        frequency: dict[str, int] = {}
        for text in texts:
            for stem in set(self.stemmer.stemWords(WORD.findall(text))):
                frequency[stem] = frequency.get(stem, 0) + 1
        self.stems = set(frequency)
        self.ubiquitous = {s for s, n in frequency.items() if n > UBIQUITOUS_SHARE * len(texts)}
        self.text = " ".join(texts)
        self._pairs = _written_pairs(self.text)
        self._vocabulary_words = set(self.words)
        self._known = self._vocabulary_words | set(STOPWORDS) | set(self.glossary)
        # The corpus's hyphenated words as patients type them joined ("breastfeeding").
        self._joined = {w.replace("-", ""): w for w in self.words if "-" in w.strip("-")}
        self._spellings: dict[str, str] = {}
        self._typos: dict[str, str] = {}
        self._corpus_typos: dict[str, bool] = {}
        # A misspelling is matched against a hyphenated word as patients type it joined too
        # ("makup" is one letter from "makeup", two from "make-up"), and spelled as written.
        self._speller = Speller([*self.words, *self._joined])
        # The corpus's words embedded once, for the words it does not use (see bridge.py).
        self.bridge = (
            Bridge(
                (
                    w
                    for w in self.words
                    if w.isalpha()
                    and len(w) > 2
                    and w not in ENGLISH_STOP_WORDS
                    and w not in STOPWORDS
                ),
                embed_texts,
            )
            if embed_texts is not None
            else None
        )
        if self.bridge is not None:
            prepare_english()  # once per process (0.3 s), before a question needs it
        self._kin = self._kin_stems()

    def stem(self, word: str) -> str:
        return str(self.stemmer.stemWord(word))

    def spelled(self, text: str) -> str:
        """Words of a normal text, short forms written out, misspellings replaced."""
        return " ".join(
            self._spelled_word(w) for w in self._joined_pairs(WORD.findall(written_out(text)))
        )

    def _joined_pairs(self, words: list[str]) -> list[str]:
        """Two typed words the documents write as one word ("make up" -> "makeup", "top up"
        -> "top-up"), joined; a pair of words the documents use as they are stays apart."""
        out: list[str] = []
        i = 0
        while i < len(words):
            if i + 1 < len(words) and words[i] not in STOPWORDS:
                first, second = words[i], words[i + 1]
                joined = next(
                    (
                        form
                        for form in (first + second, f"{first}-{second}")
                        if form in self._vocabulary_words
                    ),
                    None,
                )
                if joined is not None and not self.writes(first, second):
                    out.append(joined)
                    i += 2
                    continue
            out.append(words[i])
            i += 1
        return out

    def _spelled_word(self, word: str) -> str:
        # A word the glossary speaks for, in any form, is the patient's word, not a misspelling.
        if word in self._known or self.glossed(word) is not None:
            return word
        joined = self._joined.get(word.replace("-", ""))
        if joined is not None:
            return joined
        if len(word) >= 5 and not _common(word):
            split = self._split(word)
            if split is not None:
                return split
            clipped = self._clipped(word)
            if clipped is not None:
                return clipped
            spelled = self.respelled(word)
            if spelled != word and self._misspells(word, spelled):
                return spelled
            # A misspelled English word the documents do not use ("diffrence") is that word,
            # not a rare subject of its own: the not-covered decision weighs unknown words by
            # their rarity, and a typo is as rare as a disease's name.
            return self._english_spelled(word)
        if len(word) == 4 and not _common(word):
            # A four-letter string English text (nearly) never uses is a typo of the documents'
            # word one insertion, deletion, swap or neighbouring key away ("typs", "lomg"), if
            # there is one and it is a hundred times commoner: difflib's cutoff lets no more
            # through at this length. (The English list is not read: too many short words lie
            # that near.)
            spelled = self.respelled(word)
            rarity = zipf_frequency(word, "en")
            if spelled != word and (
                rarity == 0.0 or zipf_frequency(spelled, "en") - rarity >= TYPO_RARITY
            ):
                return spelled
        return word

    def _clipped(self, word: str) -> str | None:
        """The documents' word a typed word clips ("microderm" -> "microdermabrasion"): English
        shortens a long word by its end. Only when every word of theirs that starts with it, and
        is `CLIP_REST` letters longer or more, is one word in its forms (one stem; "derma" starts
        "dermal" and "dermatologist"), and the model places the two beside each other, as it
        does a misspelling and its word: "physio" is a physiotherapist, not "physiological"
        (0.34; "microderm" 0.66)."""
        if self.bridge is None:  # without the model, no word is placed beside another
            return None
        at = bisect.bisect_left(self.words, word)
        longer = []
        for other in itertools.islice(self.words, at, None):
            if not other.startswith(word):
                break
            if len(other) >= len(word) + CLIP_REST:
                longer.append(other)
        if not longer or len({self.stem(w) for w in longer}) > 1:
            return None
        full = min(longer, key=len)
        return full if self._beside(word, full) else None

    def _beside(self, word: str, other: str) -> bool:
        """Whether the model places a typed word beside one it may stand for (a misspelling and
        its word, a clipped word and the whole): `TYPO_SIMILARITY`; never without the bridge."""
        return self.bridge is not None and self.bridge.similarity(word, other) >= TYPO_SIMILARITY

    def _split(self, word: str) -> str | None:
        """Two content words of the documents typed as one ("suncream" -> "sun cream"), each
        of at least `SPLIT_PART` letters; the first such split from the left."""
        for at in range(SPLIT_PART, len(word) - SPLIT_PART + 1):
            first, second = word[:at], word[at:]
            if all(
                part in self._vocabulary_words and part not in ENGLISH_STOP_WORDS
                for part in (first, second)
            ):
                return f"{first} {second}"
        return None

    def _misspells(self, word: str, spelled: str) -> bool:
        """Whether the word misspells the corpus word difflib found for it: a string no English
        text uses ("sesions"), one a hundred times rarer than that word ("permanant"), or one the
        model places beside it ("moisturise"); not an English word of its own
        ("hypopigmentation" is not "hyperpigmentation", "tiredness" not "redness", "gagging"
        not "sagging")."""
        rarity = zipf_frequency(word, "en")
        if rarity == 0.0 or zipf_frequency(spelled, "en") - rarity >= TYPO_RARITY:
            return True
        known = self._corpus_typos.get(word)
        if known is None:
            known = self._beside(word, spelled)
            if len(self._corpus_typos) < SPELLINGS_REMEMBERED:
                self._corpus_typos[word] = known
        return known

    def _english_spelled(self, word: str) -> str:
        """The common English word a word misspells, when it is a misspelling: a string no
        English text uses ("sesions"), or one a hundred times rarer than the word that the model
        places beside it ("recomend"); not a rare word of its own that is one letter from a
        common one ("atopic", "topic"), however alike the model finds two words it barely knows
        (a disease's name: "celiac" is not "celia", nor "strep" "streep")."""
        close = english_spelling(word)
        rarity = zipf_frequency(word, "en")
        if close == word or rarity == 0.0:
            return close
        if zipf_frequency(close, "en") - rarity < TYPO_RARITY:
            return word
        known = self._typos.get(word)
        if known is None:
            known = close if self._beside(word, close) else word
            if len(self._typos) < SPELLINGS_REMEMBERED:
                self._typos[word] = known
        return known

    def respelled(self, word: str) -> str:
        """difflib's closest vocabulary word (or word itself), remembered per word."""
        known = self._spellings.get(word)
        if known is not None:
            return known
        known = self._speller.closest(word) or word
        known = self._joined.get(known, known)
        if len(self._spellings) < SPELLINGS_REMEMBERED:
            self._spellings[word] = known
        return known

    def content(self, spelled: str) -> tuple[list[str], list[str]]:
        """(content words, topic words): topic words leave out those in nearly every text."""
        words = [
            w
            for w in spelled.split()
            if w not in ENGLISH_STOP_WORDS
            and w not in FILLERS
            and w not in STOPWORDS
            and not any(c.isdigit() for c in w)
            and len(w) > 2
        ]
        return words, [w for w in words if self.stem(w) not in self.ubiquitous]

    def coverage(self, words: list[str], topic: list[str], paired: Collection[str] = ()) -> float:
        """Share of the topic words the corpus uses (directly or across the vocabulary bridge).

        "Is it costly?" has one topic word, "costly", in no document: 0.0. With no topic word, a
        question of content words only found everywhere is covered. A word the documents use
        does not count when it is one of `paired`: "the opening hours on saturdays" are not
        the "hours" of "48 hours' notice".
        """
        if not topic:
            return 0.0 if not words else 1.0
        known = sum(
            1.0 if self.knows(w) and w not in paired else BRIDGED_SHARE * bool(self.near(w))
            for w in topic
        )
        return known / len(topic)

    def paired(self, spelled: str) -> set[str]:
        """Known words right after a content word the documents neither use nor reach across
        the bridge, as a pair the documents never write."""
        found: set[str] = set()
        for first, second in itertools.pairwise(spelled.split()):
            # A content word, not basic English ("good", "new" modify nothing in particular).
            if not first.isalpha() or first in STOPWORDS or first in ENGLISH_STOP_WORDS:
                continue
            if basic_english(first):
                continue
            if self.knows(first) or self.near(first) or not self.knows(second):
                continue
            if not self.writes(first, second):
                found.add(second)
        return found

    def writes(self, first: str, second: str) -> bool:
        """Whether the documents write the two words side by side, as `f"{first} {second}" in
        text` reads it ("48 hours' notice" writes no "hours notice"), but looked up: the search
        read the whole text on a miss (0.7 ms over 1.4 MB; `paired` alone took 0.25 ms a
        question at 10,000 sentences, growing with the corpus)."""
        if " " in first or " " in second:
            return f"{first} {second}" in self.text
        return _pair_key(first, second) in self._pairs

    def knows(self, word: str) -> bool:
        return self.glossed(word) is not None or self.stem(word) in self.stems

    def uses(self, word: str) -> bool:
        """Whether the documents use the word in some form (the glossary aside)."""
        return self.stem(word.lower()) in self.stems

    def unfamiliar(self, words: Iterable[str]) -> list[str]:
        """Of a question's content words (`question.asked_words`), those the documents do not
        use and the glossary does not give: those a glossary line could teach (the staff page).
        Rarest in general English first: "contraindications" before "happens"."""
        unknown = dict.fromkeys(w for w in words if not self.knows(w))
        return sorted(unknown, key=lambda w: zipf_frequency(w, "en"))

    def names_unknown(self, words: Iterable[str]) -> bool:
        """Whether a word names something the documents never speak of: one they do not use
        that is not basic English ("botox", "aunt"; not "far", "kind")."""
        return any(not self.knows(w) and not basic_english(w) for w in words)

    def glossed(self, word: str) -> str | None:
        """The documents' words the clinic's glossary gives for the word, or for another form
        of it when the documents do not use the word ("scabbing" as "scabs"; not "time" as
        "times", which the glossary reads as sessions)."""
        found = self.glossary.get(word)
        if found is None and " " not in word and self.stem(word) not in self.stems:
            found = self._glossary_stems.get(self.stem(word))
        return found

    def prepare(self, words: Iterable[str], *, also: Sequence[str] = ()) -> None:
        """Send the words the bridge will be asked about to it in one batch (one model call),
        with `also` (the question's own text) in the same call."""
        if self.bridge is not None:
            self.bridge.prepare(
                (
                    w
                    for w in words
                    if self.glossed(w) is None
                    and self.stem(w) not in self.stems
                    and not basic_english(w)
                ),
                also=also,
            )

    def glossary_words(self, word: str) -> tuple[str, ...]:
        """The documents' words the clinic's glossary gives for a word (`glossed`), or none."""
        glossed = self.glossed(word)
        return tuple(glossed.split()) if glossed is not None else ()

    def near(self, word: str, *, basic: bool = False) -> tuple[str, ...]:
        """The corpus's words for a word (or phrase, `basic`): the clinic's glossary first, else
        across the bridge for a word the corpus does not use (none before the bridge is built)."""
        if self.glossed(word) is not None:
            return self.glossary_words(word)
        if self.bridge is None or self.stem(word) in self.stems:
            return ()
        if not basic and basic_english(word):
            return ()
        return self.bridge.near(word)

    def expanded(self, spelled: str) -> str:
        """The words with the documents' words for those the documents never use, and for
        phrasal verbs ("work out" -> exercise) whose words alone say nothing."""
        words = spelled.split()
        glossary = self.glossary
        near = [
            n
            for w in words
            if self.glossed(w) is not None
            or (len(w) > 2 and w not in ENGLISH_STOP_WORDS and w not in STOPWORDS)
            for n in self.near(w)
        ]
        # The clinic's glossary phrases ("time off") as typed.
        padded = f" {spelled} "
        near += [
            n for p in glossary if " " in p and f" {p} " in padded for n in glossary[p].split()
        ]
        phrases = [
            f"{w} {p}"
            for w, p in itertools.pairwise(words)
            if p in PARTICLES and w not in ENGLISH_STOP_WORDS and not self.writes(w, p)
        ]
        near += [n for phrase in phrases for n in self.near(phrase, basic=True)]
        return " ".join([spelled, *near])

    def mentions(self, text: str, words: Iterable[str]) -> bool:
        """Whether the text uses one of the words, in any form (by stem, or a stem's kin)."""
        stems = set(self.stemmer.stemWords(WORD.findall(text.lower())))
        return any(self.kin(self.stem(w)) & stems for w in words)

    def kin(self, stem: str) -> frozenset[str]:
        """The stem with the documents' other stems of the same word (see KIN_PREFIX)."""
        return self._kin.get(stem, frozenset((stem,)))

    def _kin_stems(self) -> dict[str, frozenset[str]]:
        """Each of the documents' stems with kin (KIN_PREFIX), to its kin and itself; {}
        without the bridge's vectors."""
        if self.bridge is None:
            return {}
        bridge = self.bridge
        shortest: dict[str, str] = {}  # a stem's shortest word, for its vector
        for word in bridge.words:
            stem = self.stem(word)
            if len(stem) < KIN_PREFIX:
                continue
            if stem not in shortest or len(word) < len(shortest[stem]):
                shortest[stem] = word
        starting: dict[str, list[str]] = {}
        for stem in shortest:
            starting.setdefault(stem[:KIN_PREFIX], []).append(stem)
        kin: dict[str, set[str]] = {}
        for stems in starting.values():
            for first, second in itertools.combinations(stems, 2):
                shared = next(
                    (i for i, (a, b) in enumerate(zip(first, second, strict=False)) if a != b),
                    min(len(first), len(second)),
                )
                if max(len(first), len(second)) - shared > KIN_ENDING:
                    continue
                vectors = bridge.vector(shortest[first]), bridge.vector(shortest[second])
                if float(vectors[0] @ vectors[1]) >= bridge.floor:
                    kin.setdefault(first, {first}).add(second)
                    kin.setdefault(second, {second}).add(first)
        return {stem: frozenset(found) for stem, found in kin.items()}


def _common(word: str) -> bool:
    return zipf_frequency(word, "en") >= COMMON_ZIPF
