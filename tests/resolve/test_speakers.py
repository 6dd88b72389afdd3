"""Speaker resolution within one article, on hand-built docs (no model needed)."""

from __future__ import annotations

import functools

import pytest
import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from wirecoder.resolve.speakers import SpeakerResolver, capital_states, person_name, title_before


@functools.cache
def _english_vocab() -> Vocab:
    return spacy.blank("en").vocab


def _doc(words, heads, deps, ents, pos=None, lemmas=None) -> Doc:
    return Doc(_english_vocab(), words=words, heads=heads, deps=deps, ents=ents, pos=pos, lemmas=lemmas)


@pytest.mark.parametrize(
    ("capital", "state"),
    [("islamabad", "Pakistan"), ("new delhi", "India"), ("kabul", "Afghanistan"), ("washington", "United States")],
)
def test_speakers_capital_states(capital, state):
    assert capital_states()[capital] == state


def _article() -> Doc:
    # "Defence Minister Omar Baig spoke . Baig left . He returned . The minister waved ."
    words = ["Defence", "Minister", "Omar", "Baig", "spoke", ".", "Baig", "left", ".", "He", "returned", ".",
             "The", "minister", "waved", "."]
    heads = [1, 3, 3, 4, 4, 4, 7, 7, 7, 10, 10, 10, 13, 14, 14, 14]
    deps = ["compound", "compound", "compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct", "nsubj", "ROOT",
            "punct", "det", "nsubj", "ROOT", "punct"]
    ents = ["O", "O", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "O", "O", "O", "O", "O", "O", "O", "O", "O"]
    pos = ["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT", "PRON", "VERB", "PUNCT",
           "DET", "NOUN", "VERB", "PUNCT"]
    lemmas = ["Defence", "Minister", "Omar", "Baig", "speak", ".", "Baig", "leave", ".", "he", "return", ".", "the",
              "minister", "wave", "."]
    return _doc(words, heads, deps, ents, pos, lemmas)


def test_speakers_title_before_a_name():
    doc = _article()
    assert title_before(doc.ents[0]) == "Defence Minister"
    assert person_name(doc.ents[0]) == "Omar Baig"


def test_speakers_full_name_title_surname_pronoun_and_description():
    doc = _article()
    resolver = SpeakerResolver(doc)
    first = resolver.resolve(doc[3], doc[0:4])
    surname = resolver.resolve(doc[6], doc[6:7])
    pronoun = resolver.resolve(doc[9], doc[9:10])
    description = resolver.resolve(doc[13], doc[12:14])
    assert (first.name, first.title) == ("Omar Baig", "Defence Minister")
    assert (surname.name, surname.title) == ("Omar Baig", "Defence Minister")
    assert pronoun.name == "Omar Baig"
    assert description.name == "Omar Baig"


def test_speakers_pronoun_without_antecedent_is_unresolved():
    doc = _doc(["He", "left"], [1, 1], ["nsubj", "ROOT"], ["O", "O"], pos=["PRON", "VERB"])
    assert SpeakerResolver(doc).resolve(doc[0], doc[0:1]).name is None


def test_speakers_capital_stands_for_its_state():
    doc = _doc(["Kabul", "said"], [1, 1], ["nsubj", "ROOT"], ["B-GPE", "O"], pos=["PROPN", "VERB"])
    assert SpeakerResolver(doc).resolve(doc[0], doc[0:1]).name == "Afghanistan"


def test_speakers_organisation_keeps_its_name_without_article():
    words = ["The", "Finance", "Ministry", "said"]
    doc = _doc(words, [2, 2, 3, 3], ["det", "compound", "nsubj", "ROOT"], ["O", "B-ORG", "I-ORG", "O"],
               pos=["DET", "PROPN", "PROPN", "VERB"])
    assert SpeakerResolver(doc).resolve(doc[2], doc[0:3]).name == "Finance Ministry"


def _two_people(first_honorific: str, pronoun: str) -> Doc:
    # "<honorific> Noor spoke . Mr. Baig left . <pronoun> returned ."
    words = [first_honorific, "Noor", "spoke", ".", "Mr.", "Baig", "left", ".", pronoun, "returned", "."]
    heads = [1, 2, 2, 2, 5, 6, 6, 6, 9, 9, 9]
    deps = ["compound", "nsubj", "ROOT", "punct", "compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct"]
    ents = ["O", "B-PERSON", "O", "O", "O", "B-PERSON", "O", "O", "O", "O", "O"]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT", "PRON", "VERB", "PUNCT"]
    return _doc(words, heads, deps, ents, pos)


@pytest.mark.parametrize(
    ("honorific", "pronoun", "expected"),
    [("Ms.", "She", "Noor"), ("Mrs", "She", "Noor"), ("Ms.", "He", "Baig"), ("Mr.", "He", "Baig"),
     ("Dr.", "She", "Noor")],
)
def test_speakers_pronoun_skips_the_person_of_the_other_gender(honorific, pronoun, expected):
    doc = _two_people(honorific, pronoun)
    resolver = SpeakerResolver(doc)
    resolver.resolve(doc[1], doc[0:2])
    assert resolver.resolve(doc[8], doc[8:9]).name == expected


def test_speakers_gender_unknown_keeps_the_nearest_person():
    doc = _two_people("Dr.", "He")
    resolver = SpeakerResolver(doc)
    resolver.resolve(doc[1], doc[0:2])
    assert resolver.resolve(doc[8], doc[8:9]).name == "Baig"
