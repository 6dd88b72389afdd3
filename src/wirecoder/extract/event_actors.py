"""Event actors: who carried an event out (perpetrator) and who or what it was aimed at (target).

Read from the parse around the trigger: a claim of responsibility ("X claimed responsibility") first, then the
passive agent ("shot dead by gunmen"), the subject of an active trigger ("militants attacked"), and a generic
attacker noun in the same sentence ("a suicide bomber"). The target is the object of the trigger ("attacked a
post", "the assault on a security forces post") or the subject of a passive one. Names keep their surface form.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Span, Token

from wirecoder.models import Actor, TextSpan
from wirecoder.nlp.datelines import dateline_bounds
from wirecoder.nlp.text import doc_text

LEADING_WORDS = frozenset({"a", "an", "the", "their", "his", "her", "its", "some", "two", "several", "this", "that"})
AGE_AND_STATE_WORDS = frozenset({"dead", "alive", "year", "years", "old", "month", "months", "more", "than", "least",
                                 "nearly", "almost", "around", "about"})
CLAIM_NEGATORS = frozenset({"no", "none", "nobody", "not", "neither"})
TARGET_PREPOSITIONS = frozenset({"on", "against", "at", "targeting", "targetting"})
ATTACK_VERBS = frozenset({"attack", "target", "ambush", "raid", "storm", "assault", "strike", "hit", "shell", "bomb",
                          "kill", "shoot", "injure", "wound", "kidnap", "abduct", "gun", "pound"})
# "Carried out an attack": the verbs whose subject, with the event noun as object, did the event; a speaker who
# "condemned the blast" did not.
AGENCY_VERBS = frozenset({"carry", "launch", "conduct", "stage", "mount", "execute", "perpetrate", "commit",
                          "orchestrate", "mastermind", "plant", "detonate", "trigger", "set", "plan", "lead",
                          "unleash", "initiate", "undertake", "make"})
# "Detonated by remote control", "killed by a device": the means of an event, never its agent.
INSTRUMENT_LEMMAS = frozenset({"control", "remote", "device", "bomb", "explosive", "explosion", "blast", "mine",
                               "landmine", "ied", "timer", "strike", "airstrike", "missile", "rocket", "shell",
                               "mortar", "grenade", "bullet", "fire", "gunfire", "drone", "vehicle", "car",
                               "motorcycle", "detonator", "attack", "bombing", "shelling"})



@functools.cache
def _generic_attacker_pattern() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:(?:unidentified|unknown|armed|suspected|masked|heavily|armed|two|three|several|some)\s+){0,3}"
        r"(?:suicide\s+bombers?|suicide\s+attackers?|gunmen|militants|terrorists|assailants|attackers|insurgents"
        r"|armed\s+men|miscreants|kidnappers)\b",
        re.IGNORECASE,
    )


def claimed_by(doc: Doc, sentences: list[Span]) -> Actor | None:
    """The group that claimed responsibility in these sentences ("the TTP claimed responsibility")."""
    for sentence in sentences:
        for token in sentence:
            if token.lemma_.lower() != "claim" or not any(child.lower_ == "responsibility" for child in token.children):
                continue
            subject = next((child for child in token.children if child.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is not None and not _negated_subject(subject):
                return _actor(doc, subject, kind="claimed")
    return None


def _negated_subject(subject: Token) -> bool:
    return subject.lower_ in CLAIM_NEGATORS or any(child.lower_ in CLAIM_NEGATORS for child in subject.children)


def perpetrator_of(doc: Doc, trigger: Token) -> Actor | None:
    """The agent or subject of the trigger, when it names who acted."""
    for child in trigger.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            objects = [grand for grand in child.children if grand.dep_ == "pobj" and not _instrument(grand)]
            if objects:
                return _actor(doc, objects[0])
    verb = trigger.head if trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB" else trigger
    if verb is not trigger and verb.lemma_.lower() not in AGENCY_VERBS:
        return None
    if verb.pos_ == "VERB":
        subjects = [child for child in verb.children if child.dep_ == "nsubj"]
        subject = _past_dateline(doc, subjects, verb)
        if subject is not None and subject.pos_ != "PRON" and not subject.like_num and not _instrument(subject):
            return _actor(doc, subject)
    return None


def _past_dateline(doc: Doc, subjects: list[Token], verb: Token) -> Token | None:
    """The first subject outside the dateline, or, when the parser made the dateline ("KABUL, March 3 (Reuters)
    - Pakistani aircraft bombed ...") the subject, the last noun after the dateline and before the verb."""
    start, end = dateline_bounds(doc_text(doc))
    outside = [subject for subject in subjects if not start <= subject.idx < end]
    if outside or not subjects:
        return outside[0] if outside else None
    after = [token for token in subjects[0].subtree
             if token.idx >= end and token.i < verb.i and token.pos_ in {"NOUN", "PROPN"}]
    return after[-1] if after else None


def generic_perpetrator(doc: Doc, sentence: Span) -> Actor | None:
    """A generic attacker noun in the sentence ("unidentified gunmen", "a suicide bomber"), unless counted as a
    casualty ("four militants were killed")."""
    for match in _generic_attacker_pattern().finditer(sentence.text):
        before = sentence.text[max(0, match.start() - 12):match.start()]
        if re.search(r"\d\s*$|\b(?:killed|killing)\s*$", before) or re.match(r"(?:two|three|several|some)\b",
                                                                          match.group(0), re.IGNORECASE):
            continue
        start = sentence.start_char + match.start()
        return Actor(name=match.group(0), span=TextSpan(start, start + len(match.group(0)), match.group(0)),
                     kind="generic")
    return None


def target_of(doc: Doc, trigger: Token) -> Actor | None:
    """What the trigger was aimed at: its "on"/"at"/"against" phrase, its object, or its passive subject."""
    if trigger.dep_ == "compound":
        trigger = trigger.head  # "an ambush attack on their vehicle": the phrase hangs on the head noun
    return next((actor for head in _target_heads(trigger) if (actor := _actor(doc, head)) is not None), None)


def _target_heads(trigger: Token) -> list[Token]:
    """Candidate heads of the target, best first."""
    holders = [trigger, trigger.head] if trigger.dep_ in {"nsubj", "dobj", "nsubjpass"} else [trigger]
    heads = []
    for child in (child for holder in holders for child in holder.children):
        if child.dep_ == "prep" and child.lower_ in TARGET_PREPOSITIONS:
            heads.extend(grand for grand in child.children if grand.dep_ == "pobj")
        if child.dep_ == "acl" and child.lemma_.lower() in {"target", "targette"}:
            heads.extend(grand for grand in child.children if grand.dep_ == "dobj")
    if trigger.pos_ == "VERB" and trigger.lemma_.lower() in ATTACK_VERBS:
        heads.extend(child for child in trigger.children
                     if child.dep_ in {"dobj", "nsubjpass"} and not child.like_num)
    return heads


def _actor(doc: Doc, head: Token, kind: str | None = None) -> Actor | None:
    """The noun phrase headed by `head` without leading determiners and trailing clauses, as written; never a
    date ("on Friday") or a place name alone."""
    if head.ent_type_ in {"DATE", "TIME", "GPE", "CARDINAL"} or head.pos_ == "PRON":
        return None
    left = head.left_edge.i
    while left < head.i and (doc[left].lower_ in LEADING_WORDS | AGE_AND_STATE_WORDS or doc[left].is_punct
                             or doc[left].like_num):
        left += 1  # "shot dead two men", "a 7-year-old girl": the people, not their count, age or fate
    right = head.i
    for child in head.rights:
        # "Tehreek-e-Taliban Pakistan (TTP)" and flat names run on; clauses and locations do not.
        if child.dep_ in {"compound", "flat", "appos"} and child.i == right + 1 and child.pos_ == "PROPN":
            right = child.i
        else:
            break
    group = _named_group(head)
    if group is not None:
        right = group.right_edge.i  # "suspected members of the Dawlah Islamiyah": whose members
    span = doc[left:right + 1]
    article = doc_text(doc)
    dateline_start, dateline_end = dateline_bounds(article)
    if dateline_start <= span.start_char and span.end_char <= dateline_end:
        return None  # "QUETTA" of the dateline is where the story was filed, not who acted
    # A dateline run into the first sentence ("KADUNA, Nigeria - Gunmen ..."): the actor starts after its dash.
    start = dateline_end if span.start_char < dateline_end < span.end_char else span.start_char
    text = article[start:span.end_char].strip()
    if not text or len(text) > 80:
        return None
    start = article.index(text, start)
    return Actor(name=text, span=TextSpan(start, start + len(text), text), kind=kind)


# Nouns for people of a group, which the group's name after "of" identifies.
MEMBER_NOUNS = frozenset({"member", "fighter", "militant", "gunman", "supporter", "cadre", "operative", "loyalist",
                          "follower", "commander", "remnant"})


def _named_group(head: Token) -> Token | None:
    """The named group after "members of" ("fighters of the Islamic State"), if any."""
    if head.lemma_.lower() not in MEMBER_NOUNS:
        return None
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            group = next((grand for grand in child.children if grand.dep_ == "pobj"), None)
            if group is not None and (group.pos_ == "PROPN" or group.ent_type_ in {"ORG", "NORP"}):
                return group
    return None


def instrument_agent(doc: Doc, sentence: Span) -> Actor | None:
    """ "Shells fired by the Houthi militia hit ...": the agent of a participle describing the weapon."""
    for token in sentence:
        if token.dep_ != "acl" or token.tag_ != "VBN" or not _instrument(token.head):
            continue
        for child in token.children:
            if child.dep_ == "agent":
                objects = [grand for grand in child.children if grand.dep_ == "pobj" and not _instrument(grand)]
                if objects:
                    return _actor(doc, objects[0])
    return None


def _instrument(token: Token) -> bool:
    """ "By remote control", "the device": a means, not an actor."""
    return token.lemma_.lower() in INSTRUMENT_LEMMAS or token.lower_ in INSTRUMENT_LEMMAS

