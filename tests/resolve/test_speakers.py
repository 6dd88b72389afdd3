"""Speaker resolution within one article, on hand-built docs (no model needed)."""

from __future__ import annotations

import functools

import pytest
import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from wirecoder.resolve.speakers import (
    SpeakerResolver,
    capital_states,
    datelines,
    name_after_title,
    person_name,
    title_before,
)


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


def _titled(words: list[str], ents: list[str]) -> Doc:
    """"<Place> <Title> <First> <Last> said": every word a compound of the last name, the subject of "said"."""
    n = len(words)
    heads = [n - 2] * (n - 2) + [n - 1, n - 1]
    deps = ["compound"] * (n - 2) + ["nsubj", "ROOT"]
    pos = ["PROPN"] * (n - 1) + ["VERB"]
    lemmas = [word.lower() for word in words[:-1]] + ["say"]
    return _doc(words, heads, deps, ents, pos, lemmas)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Herat", "Gov.", "Nasir", "Rahimi", "said"], "Nasir Rahimi"),
        (["Tumaco", "Mayor", "Lina", "Rojas", "said"], "Lina Rojas"),
        (["regional", "head", "Ivan", "Koval", "said"], "Ivan Koval"),
    ],
)
def test_speakers_name_after_title_leaves_the_place_in_the_title(words, expected):
    doc = _titled(words, ["O"] * len(words))
    name = name_after_title(doc[0:len(words) - 1], doc[len(words) - 2])
    assert name is not None and name.text == expected


def test_speakers_place_tagged_as_a_person_before_a_title_is_not_the_speaker():
    words = ["Herat", "Gov.", "Nasir", "Rahimi", "said"]
    doc = _titled(words, ["B-PERSON", "O", "B-PERSON", "I-PERSON", "O"])
    resolved = SpeakerResolver(doc).resolve(doc[3], doc[0:4])
    assert (resolved.name, resolved.title) == ("Nasir Rahimi", "Herat Gov.")


def test_speakers_inner_surname_resolves_to_the_full_name():
    # "Carla Vega Ortiz spoke . Vega left ."
    words = ["Carla", "Vega", "Ortiz", "spoke", ".", "Vega", "left", "."]
    heads = [2, 2, 3, 3, 3, 6, 6, 6]
    deps = ["compound", "compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct"]
    ents = ["B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "B-PERSON", "O", "O"]
    pos = ["PROPN", "PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT"]
    doc = _doc(words, heads, deps, ents, pos)
    assert SpeakerResolver(doc).resolve(doc[5], doc[5:6]).name == "Carla Vega Ortiz"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MOSUL, Iraq \u2014 Police said ...", "MOSUL, Iraq \u2014 "),
        ("Pune, Jun 2 (PTI) Police said ...", "Pune, Jun 2 (PTI) "),
        ("Police said on Monday ...", None),
    ],
)
def test_speakers_datelines_span_the_opening_dateline(text, expected):
    spans = datelines(text)
    assert (text[spans[0][0]:spans[0][1]] if spans else None) == expected
