"""The document a question names by its title: the question is read within it.

A clinic's leaflets each speak of one thing and name it in their titles ("Thread Lift", "The
HydraFacial at ..."). A question that names it ("thread lift then exercise?") is mostly that
name to the model and to BM25, so the sentences that restate the name (a leaflet's opening line,
a price row) outrank the one that answers what is asked (the aftercare line on exercise). When
the question uses a word of one title only, the ranking reads it within that document as the
document's own sentences are read:
- the dense side also compares question and sentence with the title's direction taken out of
  both (the model's vector of the title's own words, computed when a version is loaded); when
  the question names the document by its name, the dense side reads it with "it" for that name
  instead ("does fat freezing hurt?" as "does it hurt?": the leaflet's line on what the cold
  feels like, not its opening definition; sixty-eighth round, the other clinics' tuning halves
  hit 387 -> 401 of 628, docs/evaluation.md);
- BM25 credits the naming words to every sentence of that document, as if each restated its
  title, and to other documents' sentences only where they use them (a price list's row naming
  the treatment).
A word every title shares ("microneedling" in this clinic's four) names no document: a corpus of
documents on one subject is ranked as before. Computed from the titles alone, so another
clinic's leaflets bring their own names with no code change.

The same titles say what a document is not about (`Scopes.elsewhere`): a question naming one
treatment is not answered from a leaflet on another that never speaks of it, computed from the
titles and how often each document uses their words.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

import numpy as np

from assistant.answering.lexicon import TOKEN
from assistant.answering.subject import PASSING_SENTENCES, title_words
from assistant.answering.vectors import unit
from assistant.index.records import Record

# Share of the dense sentence similarity read with the named title's direction taken out (the
# rest is the plain similarity). Sixty-first round, the portability fixtures' tuning halves
# (portability3, portability4, portability, portability2), with the words chosen as stems in one
# title only: hit 107 -> 117 of 188 at 1.0 and 118 at 0.5, abstention 58 -> 59 of 109 at 1.0
# and 58 at 0.5; with `title_words` choosing them (kept: `subject.py`'s rule) 117 and 58 at
# 0.5. This clinic's tuning halves and dev unchanged at each.
SUBJECT_FREE_SHARE = 0.5
# Words that go with a name and not with "it" in its place: "it" replaces "the fat freezing".
_DETERMINERS = frozenset({"a", "an", "the", "my", "your", "our", "their", "his", "her", "this"})
# A word's punctuation before and after it ("(hifu?)"), kept around the "it" that replaces it.
_EDGES = re.compile(r"^(\W*)(.*?)(\W*)$", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Scope:
    """The documents a question names: their sentences, their naming stems, and an orthonormal
    basis of their titles' directions (rows, centred as the sentences are)."""

    inside: np.ndarray  # bool, one per sentence
    stems: frozenset[str]
    basis: np.ndarray
    # The naming stems that are a title's whole name: a one-word title's word ("dermaplaning")
    # or an acronym a title writes ("HIFU"; `read_as_it`).
    whole_names: frozenset[str]
    documents: int  # how many documents the question names by name (`read_as_it`)

    def similarity(self, sentences: np.ndarray, query: np.ndarray) -> np.ndarray:
        """Cosines of the centred sentence vectors to the centred query, each with the titles'
        directions taken out."""
        return unit(_rejected(sentences, self.basis)) @ unit(_rejected(query, self.basis))

    def read_as_it(self, text: str, tokens: Callable[[str], list[str]]) -> str | None:
        """The question with "it" for the document's name ("does it hurt?" of "does fat
        freezing hurt?"), when it names one document and asks something of it beyond the name
        (`tokens`: BM25's content stems); else None. A name is a run of words giving two or
        more of the title's own stems ("fat freezing", "fat-freezing"), or a whole name
        (`whole_names`). One of a longer title's words is often a topic every document speaks
        of (the title "Collagen Induction Therapy" gives "collagen"), or another word (the
        title "Mole Removal" gives "remove")."""
        if self.documents != 1:
            return None
        words = text.split()
        stems = [tokens(word) for word in words]
        naming = [bool(s) and all(stem in self.stems for stem in s) for s in stems]
        read: list[str] = []
        replaced, i = False, 0
        while i < len(words):
            end = i
            while end < len(words) and naming[end]:
                end += 1
            run = [stem for s in stems[i:end] for stem in s]
            if len(run) > 1 or (run and set(run) <= self.whole_names):
                if read and read[-1].lower() in _DETERMINERS:
                    read.pop()  # "the thread lift" is "it", not "the it"
                before = _edges(words[i])[0]
                _, last, after = _edges(words[end - 1])
                pronoun = "its" if last.lower().endswith(("'s", "\u2019s")) else "it"
                read.append(f"{before}{pronoun}{after}")
                replaced, i = True, end
            else:
                read.append(words[i])
                i += 1
        as_it = " ".join(read)
        return as_it if replaced and tokens(as_it) else None

    def lexical(self, scores: np.ndarray, naming: np.ndarray) -> np.ndarray:
        """BM25 scores with the naming words' part (`naming`: their scores alone) given to every
        sentence of the named documents at its best there."""
        best = float(naming[self.inside].max()) if self.inside.any() else 0.0
        return scores - naming + np.where(self.inside, best, naming)


class Scopes:
    """The titles of an index version's documents, the words naming each one alone, and the
    things titles name with what each document speaks of."""

    def __init__(
        self,
        passages: Sequence[Record],
        sentences: Sequence[Record],
        *,
        stem: Callable[[str], str],
        embed_query: Callable[[str], np.ndarray],
        mean: np.ndarray,
    ) -> None:
        titles = dict.fromkeys(p.title for p in passages if p.title)
        # A hyphened name is two words, as BM25 reads it ("anti-wrinkle").
        words = {title: title_words(title.replace("-", " ")) for title in titles}
        in_titles = Counter(w for ws in words.values() for w in ws)
        # Each document's own words: in its title and in no other title.
        own = {title: sorted(w for w in ws if in_titles[w] == 1) for title, ws in words.items()}
        self._titles = [title for title in titles if own[title]] if len(titles) > 1 else []
        self._stems = [frozenset(stem(w) for w in own[title]) for title in self._titles]
        # A title's whole names: the title's one word ("Dermaplaning"), or an acronym it writes
        # ("HIFU", "IPL"). Not the one word a title has of its own beside the subject's name
        # ("benefits" of "Microneedling and its Benefits"): that names a side of the subject.
        self._whole = [
            stems if len(words[title]) == 1 else stems & {stem(a) for a in _acronyms(title)}
            for title, stems in zip(self._titles, self._stems, strict=True)
        ]
        number = {title: i for i, title in enumerate(self._titles)}
        self._documents = np.array([number.get(r.title, -1) for r in sentences])
        self._things, self._own_names, self._spoken = _things(passages, sentences, words, stem)
        if self._titles:
            # The title's own words, as the title writes them ("HydraFacial", not "The
            # HydraFacial at Birchgate Skin Clinic", whose clinic name every leaflet shares):
            # one model call a document, when a version is loaded.
            texts = [
                " ".join(w for w in TOKEN.findall(title) if w.lower() in own[title])
                for title in self._titles
            ]
            self._directions = unit(np.stack([embed_query(text) for text in texts]) - mean)
        else:
            self._directions = np.zeros((0, len(mean)), dtype=np.float32)

    def elsewhere(self, named: Collection[str], title: str) -> bool:
        """Whether a question naming these things (`names`) is asked of something the document
        titled `title` speaks of none of: a price asked of one treatment is not answered by
        another's price list, nor the new treatment's suitability in pregnancy by microneedling's
        line on it."""
        return bool(named) and not any(self.speaks_of(title, name) for name in named)

    def speaks_of(self, title: str, stem: str) -> bool:
        """Whether the document titled `title` speaks of the stem (`_things`)."""
        return stem in self._spoken.get(title, frozenset())

    def names(self, stems: Sequence[str]) -> set[str]:
        """The names of the things a question's stems (its BM25 tokens) name. A thing one title
        alone names goes by all that title's own names: a question on "the vein treatment" names
        sclerotherapy, which a price list names."""
        asked = set(stems)
        named = {w for thing in self._things for w in thing & asked}
        for thing, own in zip(self._things, self._own_names, strict=True):
            if own & asked:
                # Named by a word of its own, the thing is not named by those it shares with
                # other titles ("therapy" in two titles: the LED leaflet's and the collagen one's).
                named = (named - (thing - own)) | own
        return named

    def named(self, stems: Sequence[str]) -> Scope | None:
        """The scope of a question's stems (BM25's tokens), or None when it names no document
        alone."""
        asked = set(stems)
        named = [i for i, own in enumerate(self._stems) if own & asked]
        if not named:
            return None
        basis, _ = np.linalg.qr(self._directions[named].T)
        return Scope(
            inside=np.isin(self._documents, named),
            stems=frozenset().union(*(self._stems[i] for i in named)) & asked,
            basis=basis.T,
            whole_names=frozenset().union(*(self._whole[i] for i in named)),
            # Named by name: "lash lift" names the lash leaflet so, and not the HIFU leaflet,
            # whose title's "lifting" it shares.
            documents=sum(
                bool(self._whole[i] & asked) or len(self._stems[i] & asked) > 1 for i in named
            ),
        )


def _things(
    passages: Sequence[Record],
    sentences: Sequence[Record],
    words: dict[str, set[str]],
    stem: Callable[[str], str],
) -> tuple[list[frozenset[str]], list[frozenset[str]], dict[str, frozenset[str]]]:
    """Each title's names of its thing, those of them no other title uses, and the stems each
    document speaks of.

    A document speaks of its title's and headings' words and of those more than
    `PASSING_SENTENCES` of its sentences use. A title word its own document speaks of so, and
    that some title lacks, names a thing: "Dermaplaning", an acronym ("LED") however common the
    word it spells; not "Frequently Asked Questions", nor a word every title shares."""
    used: dict[str, Counter[str]] = {}
    for record in sentences:
        used.setdefault(record.title, Counter()).update(
            {stem(w) for w in TOKEN.findall(record.text.lower())}
        )
    titled = {title: {stem(w) for w in ws | _acronyms(title)} for title, ws in words.items()}
    headed: dict[str, set[str]] = {}
    for passage in passages:
        headed.setdefault(passage.title, set()).update(
            stem(w) for w in TOKEN.findall(f"{passage.title} {passage.heading}".lower())
        )
    spoken = {
        title: frozenset(
            headed.get(title, set())
            | titled.get(title, set())
            | {w for w, n in counts.items() if n > PASSING_SENTENCES}
        )
        for title, counts in used.items()
    }
    shared = set.intersection(*titled.values()) if len(titled) > 1 else set()
    things = {
        title: frozenset(
            w for w in stems - shared if used.get(title, Counter())[w] > PASSING_SENTENCES
        )
        for title, stems in titled.items()
    }
    named = [title for title, thing in things.items() if thing]
    own = [
        things[title] - {w for other, stems in titled.items() if other != title for w in stems}
        for title in named
    ]
    return [things[title] for title in named], own, spoken


def _acronyms(title: str) -> set[str]:
    """A title's words written in capitals ("LED", "IPL"), lower-cased."""
    return {w.lower() for w in TOKEN.findall(title) if w.isupper() and w.isalpha()}


def _rejected(vectors: np.ndarray, basis: np.ndarray) -> np.ndarray:
    return vectors - (vectors @ basis.T) @ basis


def _edges(word: str) -> tuple[str, str, str]:
    """A word's punctuation before it, the word, and its punctuation after it."""
    found = _EDGES.match(word)
    assert found is not None  # the pattern matches any text
    return found.group(1), found.group(2), found.group(3)
