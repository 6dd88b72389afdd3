"""Event actors: who carried an event out (perpetrator) and who or what it was aimed at (target).

Read from the parse around the trigger: a claim of responsibility ("X claimed responsibility") first, then the
passive agent ("shot dead by gunmen"), the subject of an active trigger ("militants attacked"), the owner of the
weapon ("Pakistani military aircraft bombed", "a Russian missile struck" -> Russia, "a terrorist assault" ->
terrorists), and a generic attacker noun in the same sentence ("a suicide bomber"). A protest or riot is carried
out by those who took part ("Dozens of residents marched"). The target is the object of the trigger ("attacked a
post", "the assault on a security forces post") or the subject of a passive one, else what the event's sentences
say was attacked or who suffered ("a bomb struck their vehicle", "killing three soldiers"). Names keep their
surface form, without "the", counts or "banned"; members or a faction of a named group are the group.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Span, Token

from wirecoder.models import Actor, TextSpan
from wirecoder.nlp.datelines import dateline_bounds
from wirecoder.nlp.text import doc_text

LEADING_WORDS = frozenset({"a", "an", "the", "their", "his", "her", "its", "some", "two", "several", "this", "that",
                           "banned", "outlawed", "proscribed", "defunct"})
# Hedges and descriptions dropped before a proper name ("suspected Maoists", "the paramilitary Rapid Support
# Forces"), kept before a common noun ("suspected militants").
NAME_QUALIFIERS = frozenset({"suspected", "alleged", "paramilitary", "notorious", "so-called"})
AGE_AND_STATE_WORDS = frozenset({"dead", "alive", "year", "years", "old", "month", "months", "more", "than", "least",
                                 "at", "nearly", "almost", "around", "about", "over", "up", "to"})
CLAIM_NEGATORS = frozenset({"no", "none", "nobody", "not", "neither"})
# "JNIM claimed the attack": the event nouns a group claims as its own.
CLAIMED_EVENT_NOUNS = frozenset({"attack", "assault", "bombing", "blast", "ambush", "raid", "killing", "explosion",
                                 "abduction", "kidnapping", "strike", "massacre"})
TARGET_PREPOSITIONS = frozenset({"on", "against", "at", "targeting", "targetting"})
ATTACK_VERBS = frozenset({"attack", "target", "ambush", "raid", "storm", "assault", "strike", "hit", "shell", "bomb",
                          "kill", "shoot", "injure", "wound", "kidnap", "abduct", "gun", "pound"})
# "The army said it had recaptured the town": the verbs by which a force reports its own act.
SELF_REPORT_VERBS = frozenset({"say", "claim", "announce", "report", "state", "confirm", "tell"})
# "Carried out an attack": the verbs whose subject, with the event noun as object, did the event; a speaker who
# "condemned the blast" did not.
AGENCY_VERBS = frozenset({"carry", "launch", "conduct", "stage", "mount", "execute", "perpetrate", "commit",
                          "orchestrate", "mastermind", "plant", "detonate", "trigger", "set", "plan", "lead",
                          "unleash", "initiate", "undertake", "make"})
# "Detonated by remote control", "killed by a device": the means of an event, never its agent.
INSTRUMENT_LEMMAS = frozenset({"control", "remote", "device", "bomb", "explosive", "explosion", "blast", "mine",
                               "landmine", "ied", "timer", "strike", "airstrike", "missile", "rocket", "shell",
                               "mortar", "grenade", "bullet", "fire", "gunfire", "drone", "vehicle", "car",
                               "motorcycle", "detonator", "attack", "bombing", "shelling", "jet", "aircraft",
                               "warplane", "plane", "helicopter", "gunship", "artillery"})
# "A military airstrike", "a police raid": a modifier naming the state force that carried the event out.
FORCE_MODIFIERS = frozenset({"military", "army", "police", "navy", "naval", "government", "security"})
# "A terrorist assault", "an insurgent attack": the kind of attacker, named by the adjective.
ATTACKER_MODIFIERS = {"terrorist": "terrorists", "militant": "militants", "insurgent": "insurgents",
                      "rebel": "rebels", "jihadist": "jihadists", "separatist": "separatists",
                      "guerrilla": "guerrillas", "bandit": "bandits", "islamist": "Islamists"}
# Protests and riots: the verbs whose subject took part, and the nouns for those who did.
PROTEST_VERBS = frozenset({"march", "protest", "rally", "demonstrate", "gather", "block", "stage", "chant", "riot",
                           "storm", "burn", "torch", "throw", "pelt", "hurl", "assemble", "converge", "picket",
                           "barricade", "vandalise", "vandalize", "ransack", "loot", "set", "hold", "take", "place",
                           "attack", "lynch", "beat", "stone"})
PROTESTER_LEMMAS = frozenset({"protester", "protestor", "demonstrator", "rioter", "mob", "marcher"})
# Words that name no one in particular as a target ("killing two others").
NOBODY_IN_PARTICULAR = frozenset({"others", "other", "one", "some", "many", "more"})
# "Hundreds of women", "a group of students": the people, not their number.
CROWD_QUANTIFIERS = frozenset({"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "score", "scores",
                               "group", "crowd", "number", "band"})
FORCE_LEMMAS = frozenset({"police", "policeman", "officer", "troop", "soldier", "force", "ranger", "army",
                          "military", "guard", "personnel", "agency", "authority", "paramilitary"})



# "killing four militants", "three IS militants", "neutralised dozens of terrorists": counted or acted upon.
_COUNTED_BEFORE = re.compile(
    r"(?:\d\s*|\b(?i:killed|killing|neutrali[sz]ed|neutrali[sz]ing|eliminated|arrested|detained)\s+(?:\S+\s+){0,2}"
    r"|\b(?i:killed|killing)\s*|\b(?i:dozens|scores|hundreds)\s+of\s+)$")


@functools.cache
def _generic_attacker_pattern() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:(?:unidentified|unknown|armed|suspected|masked|heavily|armed|two|three|several|some)\s+){0,3}"
        r"(?:suicide\s+bombers?|suicide\s+attackers?|gunmen|militants|terrorists|assailants|attackers|insurgents"
        r"|armed\s+men|miscreants|kidnappers)\b",
        re.IGNORECASE,
    )


def claimed_by(doc: Doc, sentences: list[Span]) -> Actor | None:
    """The group that claimed responsibility in these sentences ("the TTP claimed responsibility", "JNIM claimed
    the attack")."""
    for sentence in sentences:
        for token in sentence:
            if token.lemma_.lower() != "claim" or not any(
                    child.lower_ in {"responsibility", "credit"} or (child.dep_ == "dobj" and child.lemma_.lower()
                                                                     in CLAIMED_EVENT_NOUNS)
                    for child in token.children):
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
    blamed = _blamed_on(doc, trigger)
    if blamed is not None:
        return blamed
    verb = trigger.head if trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB" else trigger
    if verb is not trigger and verb.lemma_.lower() not in AGENCY_VERBS:
        return None
    if verb.pos_ == "VERB":
        subjects = [child for child in verb.children if child.dep_ == "nsubj"]
        subject = _past_dateline(doc, subjects, verb)
        speaker = _speaker_of(doc, verb) if subject is not None and _speaks_of_itself(subject) else None
        if speaker is not None:
            return speaker
        if subject is not None and subject.pos_ != "PRON" and not subject.like_num and not _instrument(subject):
            return _actor(doc, subject)
    return None


def _speaks_of_itself(subject: Token) -> bool:
    """ "The army said it had recaptured the town", "... said its fighters ambushed a convoy": the speaker
    tells of its own act."""
    if subject.lower_ in {"it", "they"}:
        return True
    return any(child.dep_ == "poss" and child.lower_ in {"its", "their"} for child in subject.children)


def _speaker_of(doc: Doc, verb: Token) -> Actor | None:
    """The subject of the speech verb the clause hangs on ("the Somali National Army said it ...")."""
    speech = next((ancestor for ancestor in verb.ancestors if ancestor.pos_ == "VERB"
                   and ancestor.lemma_.lower() in SELF_REPORT_VERBS), None)
    if speech is None:
        return None
    subject = next((child for child in speech.children if child.dep_ == "nsubj" and child.pos_ != "PRON"), None)
    if subject is None or not (subject.ent_type_ in {"ORG", "NORP"} or _is_force(subject)):
        return None  # "a spokesman said they ...": a person speaks for a body the sentence does not name
    return _actor(doc, subject)


def _blamed_on(doc: Doc, trigger: Token) -> Actor | None:
    """ "Shelling blamed on Houthi rebels killed three": whom the event is blamed on."""
    holders = [trigger] + ([child for child in trigger.children if child.dep_ in {"nsubj", "csubj"}]
                           if trigger.pos_ == "VERB" else [])
    for holder in holders:
        # "Shelling blamed on rebels killed ...": the participle hangs on the event noun, or heads the subject
        blamers = [holder] if holder.dep_ == "csubj" else [child for child in holder.children if child.dep_ == "acl"]
        if holder is trigger and trigger.dep_ in {"nsubj", "nsubjpass", "auxpass"}:
            blamers.append(trigger.head)  # the parser made the event noun the participle's subject
        for child in blamers:
            if child.lemma_.lower() in {"blame", "attribute"}:
                for prep in child.children:
                    if prep.dep_ == "prep" and prep.lower_ in {"on", "to"}:
                        target = next((grand for grand in prep.children if grand.dep_ == "pobj"), None)
                        if target is not None:
                            return _actor(doc, target)
    return None


def sides_of_fight(doc: Doc, trigger: Token) -> tuple[Actor | None, Actor | None]:
    """ "Clashes between Turkish-backed factions and SDF fighters": the first side and the second."""
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ == "between":
            first = next((grand for grand in child.children if grand.dep_ == "pobj"), None)
            if first is None:
                return None, None
            second = next((grand for grand in first.children if grand.dep_ == "conj"), None)
            return _actor(doc, first), _actor(doc, second) if second is not None else None
    return None, None


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
        before = sentence.text[max(0, match.start() - 24):match.start()]
        # Counted or acted upon ("killed four militants", "neutralised dozens of terrorists"): victims, not agents.
        if _COUNTED_BEFORE.search(before) or re.match(r"(?:two|three|several|some)\b", match.group(0),
                                                       re.IGNORECASE):
            continue
        start = sentence.start_char + match.start()
        return Actor(name=match.group(0), span=TextSpan(start, start + len(match.group(0)), match.group(0)),
                     kind="generic")
    return None


def target_of(doc: Doc, trigger: Token) -> Actor | None:
    """What the trigger was aimed at: its "on"/"at"/"against" phrase, its object, or its passive subject."""
    if trigger.dep_ == "compound":
        trigger = trigger.head  # "an ambush attack on their vehicle": the phrase hangs on the head noun
    other_side = sides_of_fight(doc, trigger)[1]
    if other_side is not None:
        return other_side
    return next((actor for head in _target_heads(trigger) if (actor := _actor(doc, head)) is not None), None)


# Verbs and nouns whose object is what an attack was aimed at ("struck a police van", "an attack on a post"),
# before the verbs whose object is only who suffered ("killing three soldiers").
AIMING_VERBS = frozenset({"attack", "target", "ambush", "raid", "storm", "assault", "strike", "hit", "shell", "bomb",
                          "pound", "overrun", "besiege"})
SUFFERING_VERBS = frozenset({"kill", "shoot", "injure", "wound", "kidnap", "abduct", "gun", "behead", "execute"})
AIMED_NOUNS = frozenset({"attack", "assault", "ambush", "raid", "strike", "airstrike", "bombing", "offensive",
                         "shelling"})


def attacked_target(doc: Doc, sentences: list[Span], places: frozenset[int] = frozenset()) -> Actor | None:
    """What the event's sentences say was attacked, for an event whose trigger names nothing: the object of an
    attack verb or noun ("a bomb struck a police van", "an attack on a checkpoint"), else who was killed,
    wounded or seized ("killing three soldiers"); never a town by its name (`places`: toponym starts)."""
    for verbs in (AIMING_VERBS, SUFFERING_VERBS):
        for sentence in sentences:
            for token in sentence:
                lemma = token.lemma_.lower()
                if token.pos_ == "VERB" and lemma in verbs:
                    heads = _objects(token)
                elif verbs is AIMING_VERBS and token.pos_ == "NOUN" and lemma in AIMED_NOUNS:
                    heads = [grand for child in token.children
                             if child.dep_ == "prep" and child.lower_ in TARGET_PREPOSITIONS
                             for grand in child.children if grand.dep_ == "pobj"]
                else:
                    continue
                actor = next((actor for head in _people_named(heads) if head.idx not in places
                              and (actor := _actor(doc, head)) is not None), None)
                if actor is not None:
                    return actor
    return None


def _target_heads(trigger: Token) -> list[Token]:
    """Candidate heads of the target, best first."""
    holders = [trigger, trigger.head] if trigger.dep_ in {"nsubj", "dobj", "nsubjpass"} else [trigger]
    heads = []
    objects = _objects(trigger) if trigger.pos_ == "VERB" and trigger.lemma_.lower() in ATTACK_VERBS else []
    if not any(head.lemma_.lower() in {"people", "person"} for head in objects):
        # "ambushed an army convoy on a highway", "abducted a soldier on leave": what was attacked before where;
        # but "killed 40 people at a funeral": the funeral before anonymous people
        heads.extend(objects)
    for child in (child for holder in holders for child in holder.children):
        if child.dep_ == "prep" and child.lower_ in TARGET_PREPOSITIONS:
            heads.extend(grand for grand in child.children if grand.dep_ == "pobj")
        if child.dep_ == "acl" and child.lemma_.lower() in {"target", "targette"}:
            heads.extend(grand for grand in child.children if grand.dep_ == "dobj")
    heads.extend(head for head in objects if head not in heads)
    return _people_named(heads)


def _objects(verb: Token) -> list[Token]:
    """What the verb was done to: its object, or its passive subject, never a bare count."""
    return [child for child in verb.children if child.dep_ in {"dobj", "nsubjpass"} and not child.like_num]


def _people_named(heads: list[Token]) -> list[Token]:
    """The heads as the people they name ("scores of fighters" -> fighters), without "others" and the like."""
    return [members for head in heads if (members := _crowd_members(head)) is not None
            and members.lower_ not in NOBODY_IN_PARTICULAR]


def _actor(doc: Doc, head: Token, kind: str | None = None) -> Actor | None:
    """The noun phrase headed by `head` without leading determiners and trailing clauses, as written; never a
    date ("on Friday") or a place name alone."""
    if head.ent_type_ in {"DATE", "TIME", "GPE", "CARDINAL"} or head.pos_ == "PRON":
        return None
    left = head.left_edge.i
    while left < head.i and (doc[left].lower_ in LEADING_WORDS | AGE_AND_STATE_WORDS or doc[left].is_punct
                             or doc[left].like_num
                             or (doc[left].lower_ in NAME_QUALIFIERS and head.pos_ == "PROPN")):
        left += 1  # "shot dead two men", "a 7-year-old girl": the people, not their count, age or fate
    right = head.i
    for child in head.rights:
        # "Tehreek-e-Taliban Pakistan (TTP)" and flat names run on; clauses and locations do not.
        if child.dep_ in {"compound", "flat", "appos"} and child.i == right + 1 and child.pos_ == "PROPN":
            right = child.i
        else:
            break
    while (right + 2 < len(doc) and doc[right + 1].text == "-" and not doc[right].whitespace_
           and not doc[right + 1].whitespace_):
        right += 2  # "Lashkar-e-Jhangvi", which the parser splits at its hyphens
    right = max(right, _title_case_name_end(head), _mostly_clause_end(head, right))
    group = _named_group(head)
    if group is not None:
        # "Suspected members of the Dawlah Islamiyah", "a faction of the X group": the group is who acted.
        left, right = group.left_edge.i, group.right_edge.i
        while left < group.i and doc[left].lower_ in LEADING_WORDS:
            left += 1
        right = next((token.i - 1 for token in doc[group.i:right + 1] if token.text in {",", "(", ";"}), right)
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


NAME_LINKS = frozenset({"of", "for", "the", "and", "&"})
MOSTLY_WORDS = frozenset({"primarily", "mostly", "mainly", "largely", "chiefly", "predominantly"})


def _mostly_clause_end(head: Token, right: int) -> int:
    """ "illegal refugees, primarily Afghans": who the group mostly is belongs to its name; `right` otherwise."""
    doc = head.doc
    if right + 3 >= len(doc) or doc[right + 1].text != "," or doc[right + 2].lower_ not in MOSTLY_WORDS:
        return right
    end = right + 2
    while end + 1 < len(doc) and (doc[end + 1].pos_ in {"PROPN", "NOUN", "ADJ"} or doc[end + 1].lower_ == "and"):
        end += 1
    return end if end > right + 2 and doc[end].lower_ != "and" else right


def _title_case_name_end(head: Token) -> int:
    """Where a capitalised name running on through "of" or "for" ends ("the Group for the Support of Islam and
    Muslims", "Army of the Republic"); the head's own index when it does not run on."""
    if not head.text[:1].isupper():
        return head.i
    for child in head.rights:
        if child.dep_ != "prep" or child.lower_ not in {"of", "for"} or child.i != head.i + 1:
            break
        end = head.i
        for word in child.subtree:  # in text order; the name stops at a bracket or a lower-case word
            if word.text[:1].isupper():
                end = word.i
            elif word.lower_ not in NAME_LINKS:
                break
        return end
    return head.i


# Nouns for people of a group, which the group's name after "of" identifies.
MEMBER_NOUNS = frozenset({"member", "fighter", "militant", "gunman", "supporter", "cadre", "operative", "loyalist",
                          "follower", "commander", "remnant", "faction", "wing", "splinter", "unit", "cell",
                          "affiliate", "branch", "offshoot"})


def _named_group(head: Token) -> Token | None:
    """The named group after "members of" ("fighters of the Islamic State"), if any."""
    if head.lemma_.lower() not in MEMBER_NOUNS:
        return None
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            group = next((grand for grand in child.children if grand.dep_ == "pobj"), None)
            if group is not None and (group.pos_ == "PROPN" or group.ent_type_ in {"ORG", "NORP"}
                                      or any(part.dep_ == "compound" and part.pos_ == "PROPN"
                                             for part in group.children)):  # "the Hafiz Gul Bahadur group"
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


def means_owner(doc: Doc, trigger: Token, countries: dict[int, str]) -> Actor | None:
    """Whose weapon or force the trigger names: the force ("Pakistani military aircraft bombed" -> Pakistani
    military, "a military airstrike" -> military) or the country ("a Russian missile struck", "an Israeli
    airstrike" -> Russia, Israel; `countries` maps a demonym's start to its country's name)."""
    heads = [] if trigger.pos_ == "VERB" else [trigger]
    verb = trigger
    if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in AGENCY_VERBS:
        verb = trigger.head  # "Iraqi F-16 jets carried out air strikes": the weapon is the subject
    if verb.pos_ == "VERB":
        if not any(child.dep_ == "nsubj" for child in verb.children) and verb.dep_ in {"advcl", "conj", "xcomp"}:
            verb = verb.head  # "drones hit a car, killing two": the weapon is the subject of the verb it follows
        subject = _past_dateline(doc, [child for child in verb.children if child.dep_ == "nsubj"], verb)
        heads += [subject] if subject is not None and _instrument(subject) else []
    for head in heads:
        modifiers = _modifiers_before(head)
        forces = [modifier for modifier in modifiers if modifier.lower_ in FORCE_MODIFIERS]
        if forces:  # who, not what: "Pakistani military aircraft" were the Pakistani military's
            return _actor_between(doc, modifiers[0], forces[-1], "state forces")
        group = next((modifier for modifier in modifiers if modifier.pos_ == "PROPN" and modifier.idx not in countries
                      and (modifier.ent_type_ == "ORG" or (modifier.text.isupper() and len(modifier.text) > 1))),
                     None)
        if group is not None and head is trigger:  # "an RSF attack", "a Taliban raid"
            return _actor_between(doc, group, modifiers[-1] if modifiers[-1].pos_ == "PROPN" else group, "group")
        owner = next((modifier for modifier in modifiers if modifier.idx in countries), None)
        if owner is not None:  # "a Russian missile", "an Israeli airstrike": the country's
            span = TextSpan(owner.idx, owner.idx + len(owner.text), owner.text)
            return Actor(name=countries[owner.idx], span=span, kind="state", canonical=countries[owner.idx])
        attacker = next((modifier for modifier in modifiers if modifier.lower_ in ATTACKER_MODIFIERS), None)
        if attacker is not None:  # "a terrorist assault": terrorists carried it out
            span = TextSpan(attacker.idx, attacker.idx + len(attacker.text), attacker.text)
            return Actor(name=ATTACKER_MODIFIERS[attacker.lower_], span=span, kind="generic")
    return None


def _modifiers_before(head: Token) -> list[Token]:
    """The adjectives and nouns right before `head` that modify it or its compounds ("a Turkish drone strike")."""
    linked = {child.i for child in head.children if child.dep_ in {"amod", "compound"}}
    linked |= {grand.i for child in head.children if child.dep_ == "compound" for grand in child.children
               if grand.dep_ in {"amod", "compound"}}
    doc, index = head.doc, head.i - 1
    while index >= 0 and index in linked:
        index -= 1
    return list(doc[index + 1:head.i])


def _actor_between(doc: Doc, first: Token, last: Token, kind: str) -> Actor:
    start, end = doc[first.i].idx, doc[last.i].idx + len(doc[last.i].text)
    text = doc_text(doc)[start:end]
    return Actor(name=text, span=TextSpan(start, end, text), kind=kind)


def protesters_of(doc: Doc, sentences: list[Span]) -> Actor | None:
    """Who protested or rioted: the subject of a protest verb ("Dozens of residents marched"), else a noun for
    them ("the demonstrators", "a mob"); never the police that met them."""
    for sentence in sentences:
        for token in sentence:
            if token.pos_ != "VERB" or token.lemma_.lower() not in PROTEST_VERBS:
                continue
            subject = next((child for child in token.children if child.dep_ == "nsubj"), None)
            people = _crowd_members(subject) if subject is not None else None
            if people is not None and people.pos_ in {"NOUN", "PROPN"} and not _is_force(people):
                actor = _actor(doc, people)
                if actor is not None:
                    return actor
    return next((actor for sentence in sentences for token in sentence
                 if token.lemma_.lower() in PROTESTER_LEMMAS and (actor := _actor(doc, token)) is not None), None)


def force_against(doc: Doc, sentences: list[Span]) -> Actor | None:
    """The force that broke up or fired on a protest: the first police or troops subject in the sentences."""
    for sentence in sentences:
        for token in sentence:
            if token.dep_ == "nsubj" and _is_force(token) and token.head.pos_ == "VERB":
                actor = _actor(doc, token)
                if actor is not None:
                    return actor
    return None


def _crowd_members(subject: Token) -> Token | None:
    """ "Hundreds of women" are the women; a bare number ("thousands took to the streets") names nobody."""
    if subject.lemma_.lower() not in CROWD_QUANTIFIERS and subject.lower_ not in CROWD_QUANTIFIERS:
        return subject
    for child in subject.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((grand for grand in child.children if grand.dep_ == "pobj"), None)
    return None


def _is_force(token: Token) -> bool:
    return token.lemma_.lower() in FORCE_LEMMAS or token.lower_ in FORCE_LEMMAS
