"""Cue lexicons and the parse helpers, on plain strings and hand-built docs (no model needed)."""

from __future__ import annotations

import functools

import pytest
import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from wirecoder.extract import cues
from wirecoder.extract.statement_acts import content_reading, cue_reading, is_agent_like
from wirecoder.extract.statement_parts import (
    Region,
    cue_tokens,
    is_participial_cue,
    noun_phrase,
    subject_of,
    trim_region,
    within_sentence,
)


@pytest.mark.parametrize(
    ("lemma", "particle", "act"),
    [
        ("say", None, "state"),
        ("assert", None, "state"),
        ("accuse", None, "accuse"),
        ("condemn", None, "accuse"),
        ("deny", None, "deny"),
        ("reject", None, "deny"),
        ("warn", None, "threaten"),
        ("urge", None, "demand"),
        ("call", "for", "demand"),
        ("call", None, "state"),
        ("praise", None, "support"),
        ("mumble", None, "state"),
    ],
)
def test_cues_act_of_lemma(lemma, particle, act):
    assert cues.act_of(lemma, particle) == act


@pytest.mark.parametrize(("lemma", "expected"), [("say", True), ("disclose", True), ("eat", False), ("run", False)])
def test_cues_is_cue_verb(lemma, expected):
    assert cues.is_cue_verb(lemma) is expected


def test_cues_lexicons_keep_object_roles_apart():
    assert "tell" in cues.addressee_object_verbs()
    assert "accuse" in cues.target_object_verbs()
    assert "add" in cues.clause_only_verbs()
    assert "say" not in cues.clause_only_verbs()
    assert "warn" in cues.participial_verbs()
    assert "claim" in cues.noun_cues()
    assert "statement" in cues.medium_nouns()
    assert "poll" in cues.evidence_nouns()


@functools.cache
def _english_vocab() -> Vocab:
    """A blank English vocabulary: lexical attributes (lower case, punctuation) without any model."""
    return spacy.blank("en").vocab


def _doc(words, heads, deps, tags=None, lemmas=None, pos=None, ents=None):
    """A parsed doc built by hand: `heads` are absolute token indices."""
    return Doc(_english_vocab(), words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas, pos=pos, ents=ents)


def _said_doc():
    # "The minister has also said that talks will resume ."
    words = ["The", "minister", "has", "also", "said", "that", "talks", "will", "resume", "."]
    heads = [1, 4, 4, 4, 4, 8, 8, 8, 4, 4]
    deps = ["det", "nsubj", "aux", "advmod", "ROOT", "mark", "nsubj", "aux", "ccomp", "punct"]
    tags = ["DT", "NN", "VBZ", "RB", "VBN", "IN", "NNS", "MD", "VB", "."]
    pos = ["DET", "NOUN", "AUX", "ADV", "VERB", "SCONJ", "NOUN", "AUX", "VERB", "PUNCT"]
    lemmas = ["the", "minister", "have", "also", "say", "that", "talk", "will", "resume", "."]
    return _doc(words, heads, deps, tags, lemmas, pos)


def test_statement_parts_cue_takes_auxiliaries_and_adverbs_before_the_verb():
    doc = _said_doc()
    assert [token.text for token in cue_tokens(doc[4])] == ["has", "also", "said"]


def test_statement_parts_subject_and_noun_phrase():
    doc = _said_doc()
    subject = subject_of(doc[4])
    assert subject is not None and subject.text == "minister"
    assert noun_phrase(subject) == Region(0, 2)


def test_statement_parts_trim_region_drops_complementiser_and_punctuation():
    doc = _said_doc()
    assert trim_region(doc, Region(5, 10)) == Region(6, 9)


def test_statement_parts_subject_borrowed_by_trailing_participle():
    # "Police arrested him , warning of action ."
    words = ["Police", "arrested", "him", ",", "warning", "of", "action", "."]
    heads = [1, 1, 1, 1, 1, 4, 5, 1]
    deps = ["nsubj", "ROOT", "dobj", "punct", "advcl", "prep", "pobj", "punct"]
    tags = ["NNP", "VBD", "PRP", ",", "VBG", "IN", "NN", "."]
    lemmas = ["police", "arrest", "he", ",", "warn", "of", "action", "."]
    doc = _doc(words, heads, deps, tags, lemmas)
    assert is_participial_cue(doc[4])
    assert subject_of(doc[4]).text == "Police"


def test_statement_parts_region_stops_at_a_missed_sentence_break():
    # "He said it was over . Then he left ." parsed as one sentence
    words = ["He", "said", "it", "was", "over", ".", "Then", "he", "left", "."]
    heads = [1, 1, 3, 1, 3, 1, 8, 8, 3, 1]
    deps = ["nsubj", "ROOT", "nsubj", "ccomp", "acomp", "punct", "advmod", "nsubj", "conj", "punct"]
    doc = _doc(words, heads, deps)
    assert within_sentence(doc, Region(2, 9), doc[1]) == Region(2, 6)


def test_statement_acts_threat_read_from_content():
    # "Offenders will not be permitted to stay"
    words = ["Offenders", "will", "not", "be", "permitted", "to", "stay"]
    heads = [4, 4, 4, 4, 4, 6, 4]
    deps = ["nsubjpass", "aux", "neg", "auxpass", "ROOT", "aux", "xcomp"]
    pos = ["NOUN", "AUX", "PART", "AUX", "VERB", "PART", "VERB"]
    lemmas = ["offender", "will", "not", "be", "permit", "to", "stay"]
    doc = _doc(words, heads, deps, pos=pos, lemmas=lemmas)
    reading = content_reading(list(doc))
    assert reading is not None and reading.act == "threaten" and reading.target == Region(0, 1)


def test_statement_acts_accusation_read_from_content():
    # "Terrorism comes from Ruritania"
    words = ["Terrorism", "comes", "from", "Ruritania"]
    heads = [1, 1, 1, 2]
    deps = ["nsubj", "ROOT", "prep", "pobj"]
    lemmas = ["terrorism", "come", "from", "Ruritania"]
    doc = _doc(words, heads, deps, lemmas=lemmas, ents=["O", "O", "O", "B-GPE"])
    reading = content_reading(list(doc))
    assert reading is not None and reading.act == "accuse" and reading.target == Region(3, 4)


def test_statement_acts_cue_reading_takes_blamed_object_as_target():
    # "She blamed the rebels"
    words = ["She", "blamed", "the", "rebels"]
    doc = _doc(words, [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"], lemmas=["she", "blame", "the", "rebel"],
               pos=["PRON", "VERB", "DET", "NOUN"])
    reading = cue_reading(doc[1], None)
    assert reading.act == "accuse" and reading.target == Region(2, 4)


@pytest.mark.parametrize(
    ("word", "lemma", "pos", "expected"),
    [("ministers", "minister", "NOUN", True), ("investment", "investment", "NOUN", False),
     ("them", "they", "PRON", True), ("campaign", "campaign", "NOUN", False)],
)
def test_statement_acts_agent_like_nouns(word, lemma, pos, expected):
    doc = _doc([word], [0], ["ROOT"], lemmas=[lemma], pos=[pos])
    assert is_agent_like(doc[0]) is expected
