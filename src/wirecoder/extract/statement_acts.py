"""The speech act of a statement and its target: the cue's default act, refined by what the content says.

A neutral cue ("said", "asserted") becomes a threat when the content announces sanctions ("will not be
permitted", "will face action"), an accusation when it traces violence or wrongdoing to someone ("terrorism
emanates from X"), a demand when it says what someone must do, a denial when it rejects involvement.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from wirecoder.extract import cues
from wirecoder.extract.statement_parts import Region, noun_phrase
from wirecoder.models import StatementAct

_WRONGDOING = """terrorism terrorist terror attack attacks violence militant militancy propaganda smear conspiracy
    interference aggression violation sabotage infiltration insurgency extremism extremist bombing killing
    genocide atrocity crime corruption incursion provocation cross-border plot"""
_SOURCE_PREPS = frozenset({"from", "by", "behind"})
_SOURCE_VERBS = """emanate originate come stem sponsor back support harbour harbor fund finance arm train
    orchestrate plan mastermind facilitate shelter direct launch"""
_SANCTION_VERBS = """punish retaliate avenge crush eliminate destroy expel deport arrest prosecute hunt strike
    respond act target wipe face pay regret pursue chase dismantle defeat drive root"""
_SUFFERING_VERBS = frozenset({"face", "pay", "regret", "escape"})  # their subject is the one threatened
_FORBID_VERBS = "permit allow tolerate spare accept escape"
# "will not go unanswered": a wrong that will not stay without a response.
_UNANSWERED = frozenset({"unanswered", "unpunished", "unavenged"})
_DENIAL_NOUNS = "involvement role hand link links connection responsibility truth basis"
_AGENT_NOUNS = """government authority authorities official minister ministry leader party group militant
    force forces police army military administration regime opposition state country nation people man woman
    critic rival enemy neighbour neighbor side camp team member members activist protester worker agency
    spokesman spokesperson spokeswoman president premier chief commander president cleric court judge media
    organisation organization movement faction wing council committee board body establishment resident
    citizen public youth student tribesman tribesmen refugee migrant national rebel insurgent militia
    separatist guerrilla extremist terrorist jihadist gunman gunmen attacker troops soldier"""
_AGENT_SUFFIXES = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians")
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you"})
_DISMISSIVE = frozenset({"baseless", "unfounded", "false", "fabricated", "untrue", "absurd", "ridiculous",
                         "misleading", "groundless", "concocted", "propaganda", "fake"})
_CHARGE_NOUNS = frozenset({"allegation", "claim", "charge", "accusation", "report", "assertion", "remark"})
_RETALIATION_NOUNS = frozenset({"response", "retaliation", "revenge", "action", "consequences", "crackdown",
                                "reprisal", "punishment", "retribution"})
_PLEDGE_VERBS = frozenset({"vow", "promise", "pledge", "threaten", "warn"})
# "Operations against terrorists would be intensified": more force against someone is a threat to them.
_ESCALATION_VERBS = frozenset({"intensify", "step", "escalate", "expand", "widen", "launch", "continue"})
# "We appeal to people not to believe rumours": the speaker's own request.
_APPEAL_VERBS = frozenset({"appeal", "urge", "request", "implore", "beg"})
_STRONG_MODALS = frozenset({"will", "would", "shall", "'ll"})


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@functools.cache
def agent_nouns() -> frozenset[str]:
    """Common nouns for people and bodies that can be the target of an act."""
    return _words(_AGENT_NOUNS)


@functools.cache
def wrongdoing_words() -> frozenset[str]:
    """Lemmas that name violence or wrongdoing someone can be blamed for."""
    return _words(_WRONGDOING)


@functools.cache
def source_verbs() -> frozenset[str]:
    """Verbs that trace something to its origin or backer ("emanates from", "sponsored by")."""
    return _words(_SOURCE_VERBS)


@functools.cache
def sanction_verbs() -> frozenset[str]:
    """Verbs that, under `will`, announce action against someone."""
    return _words(_SANCTION_VERBS)


@functools.cache
def forbid_verbs() -> frozenset[str]:
    """Verbs that, negated under `will`, forbid ("will not be permitted")."""
    return _words(_FORBID_VERBS)


@functools.cache
def denial_nouns() -> frozenset[str]:
    """Nouns that, negated, reject a charge ("no involvement", "no role")."""
    return _words(_DENIAL_NOUNS)


@dataclass(frozen=True, slots=True)
class ActReading:
    """An act and, when the text names one, the region of its target."""

    act: StatementAct
    target: Region | None = None


def cue_reading(verb: Token | None, particle: Token | None) -> ActReading:
    """The act the cue itself carries, with its object as target for blaming and backing verbs."""
    if verb is None:
        return ActReading("state")
    lemma = verb.lemma_.lower()
    stance = stance_object(verb)
    if stance is not None:
        return ActReading(cues.stance_act(stance.lemma_.lower()) or "state", _addressee_of_stance(stance))
    act = cues.act_of(lemma, particle.lower_ if particle is not None else None)
    if act == "claim" and not (_mentions_responsibility(verb) or _claims_an_attack(verb)):
        act = "state"
    if lemma == "ask" and any(child.dep_ == "xcomp" for child in verb.children):
        act = "demand"  # "asked the police to submit a report"
    target = None
    if lemma in cues.target_object_verbs() or act in ("accuse", "support", "demand", "deny", "threaten"):
        target = _object_region(verb, particle)
    if target is None and act == "demand":
        target = _asked_party(verb, particle)
    if target is None and act in ("accuse", "deny"):
        target = _agent_in_object(verb)
    return ActReading(act, target)


def stance_object(verb: Token) -> Token | None:
    """The stance noun a verb voices ("expressed concern", "offered condolences"), if it is one."""
    if verb.lemma_.lower() not in cues.stance_verbs():
        return None
    return next((child for child in verb.children
                 if child.dep_ == "dobj" and cues.stance_act(child.lemma_.lower()) is not None), None)


def _addressee_of_stance(noun: Token) -> Region | None:
    """Whom a voiced stance is for or with ("support for the teachers", "condolences to the families")."""
    for token in (noun, noun.head):
        for child in token.rights:
            if child.dep_ == "prep" and child.lower_ in ("for", "to", "with", "over", "at"):
                target = next((grand for grand in child.children if grand.dep_ == "pobj"), None)
                if target is not None:
                    return noun_phrase(target)
    return None


def _asked_party(verb: Token, particle: Token | None) -> Region | None:
    """Who is asked to act: the object before a to-infinitive ("asked the provinces to cooperate"), the
    object of "called on", or the subject of a demanded that-clause ("demanded that the council resign")."""
    if particle is not None and particle.lower_ in ("on", "upon"):
        target = next((child for child in particle.children if child.dep_ == "pobj"), None)
        if target is not None:
            return noun_phrase(target, keep_preps=False)
    has_infinitive = any(child.dep_ in ("xcomp", "ccomp") and child.tag_ == "VB" for child in verb.children)
    for child in verb.children:
        if child.dep_ == "dobj" and has_infinitive and child.pos_ in ("NOUN", "PROPN", "PRON"):
            return noun_phrase(child, keep_preps=False)
        if child.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in child.children):
            subject = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.pos_ in ("NOUN", "PROPN"):
                return noun_phrase(subject, keep_preps=False)
        if child.dep_ == "ccomp" and child.tag_ == "VB" and has_infinitive:
            # "urged the council to resign" parsed with the council as the infinitive's subject
            subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ in ("NOUN", "PROPN", "PRON"):
                return noun_phrase(subject, keep_preps=False)
    return None


def _agent_in_object(verb: Token) -> Region | None:
    """The doer named inside the object ("condemned the arrest by the police", "rejected the allegations
    made by the opposition", "rejected India's claims")."""
    for child in verb.children:
        if child.dep_ == "dobj" and (agent := _agent_of_noun(child)) is not None:
            return agent
    return None


def _agent_of_noun(noun: Token) -> Region | None:
    """Whose the noun is ("India's claims") or by whom it was done ("the arrest by the police"), if named."""
    for token in noun.subtree:
        if token.dep_ == "poss" and token.head.i == noun.i and is_agent_like(token) and token.pos_ != "PRON":
            return noun_phrase(token, keep_preps=False)
        if token.lower_ == "by" and token.dep_ in ("agent", "prep"):
            agent = next((grand for grand in token.children if grand.dep_ == "pobj"), None)
            if agent is not None and is_agent_like(agent):
                return noun_phrase(agent, keep_preps=False)
    return None


def content_reading(tokens: list[Token]) -> ActReading | None:
    """An act read from the content itself (threat, accusation, demand, denial), or None when neutral."""
    for reader in (_threat_in, _accusation_in, _denial_in, _demand_in):
        reading = reader(tokens)
        if reading is not None:
            return reading
    return None


def _mentions_responsibility(verb: Token) -> bool:
    return any(child.lemma_.lower() in ("responsibility", "credit") for child in verb.children)


# Verbs of an armed act that a group claims to have done ("claimed its fighters had killed three soldiers").
_ATTACK_CLAIM_VERBS = frozenset({"kill", "attack", "destroy", "shoot", "down", "bomb", "target", "capture", "seize",
                                 "ambush", "strike", "fire", "execute", "behead", "overrun", "storm"})


def _claims_an_attack(verb: Token) -> bool:
    """"Claimed that its fighters had killed three soldiers", "claimed it had overrun the base and killed
    dozens": a claim of an armed act, not an assertion."""
    clauses = [child for child in verb.children if child.dep_ in ("ccomp", "xcomp")]
    acts = clauses + [conj for clause in clauses for conj in clause.conjuncts]
    return any(act.lemma_.lower() in _ATTACK_CLAIM_VERBS for act in acts)


def _object_region(verb: Token, particle: Token | None) -> Region | None:
    """The direct object (or the object of a phrasal particle: "called on X") when it names someone."""
    for child in verb.children:
        if child.dep_ == "dobj" and is_agent_like(child):
            return noun_phrase(child, keep_preps=False)
    if particle is not None:
        for child in particle.children:
            if child.dep_ == "pobj" and is_agent_like(child):
                return noun_phrase(child, keep_preps=False)
    return None


def is_agent_like(token: Token) -> bool:
    """Does the noun name a person, group, organisation or state (something that can be blamed or backed)?"""
    if token.lower_ in _OBJECT_PRONOUNS:
        return True
    if token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    if any(child.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") and child.dep_ in ("compound", "poss", "amod")
           for child in token.children):
        return True
    lemma = token.lemma_.lower()
    return lemma in agent_nouns() or (token.pos_ == "NOUN" and lemma.endswith(_AGENT_SUFFIXES))


def _threat_in(tokens: list[Token]) -> ActReading | None:
    for token in tokens:
        pledged = token.dep_ == "dobj" and token.head.lemma_.lower() in _PLEDGE_VERBS
        if pledged and token.lemma_.lower() in _RETALIATION_NOUNS:
            return ActReading("threaten")  # "vowed a strong response"
    for token in tokens:
        if token.pos_ not in ("VERB", "AUX") or not _has_modal(token):
            continue
        lemma = token.lemma_.lower()
        negated = any(child.dep_ == "neg" for child in token.children)
        brought_to_justice = lemma == "bring" and any(t.lower_ == "justice" for t in token.subtree)
        unanswered = negated and any(child.lower_ in _UNANSWERED for child in token.children)
        stepped_up = lemma in _ESCALATION_VERBS and any(t.lower_ == "against" for t in token.subtree)
        if (negated and lemma in forbid_verbs()) or unanswered \
                or (not negated and (lemma in sanction_verbs() or brought_to_justice or stepped_up)):
            return ActReading("threaten", _clause_target(token))
    for token in tokens[:3]:
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in _PLEDGE_VERBS \
                and token.lemma_.lower() in sanction_verbs():
            return ActReading("threaten", _clause_target(token))  # "vowed to retaliate"
    return None


def _has_modal(verb: Token) -> bool:
    """A `will`/`would` on the verb, or on the first verb of its coordination ("will track and punish")."""
    while True:
        if any(child.dep_ == "aux" and child.lower_ in _STRONG_MODALS for child in verb.children):
            return True
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return False
        verb = verb.head


def _clause_target(verb: Token) -> Region | None:
    """Who a threat is aimed at: the passive subject (or the subject of "will face"), the object of
    `against`, or the object."""
    for child in verb.children:
        if child.dep_ == "nsubjpass" or (child.dep_ == "nsubj" and verb.lemma_.lower() in _SUFFERING_VERBS):
            return noun_phrase(child)
    for token in verb.subtree:
        if token.lower_ == "against":
            for child in token.children:
                if child.dep_ == "pobj":
                    return noun_phrase(child)
    for child in verb.children:
        if child.dep_ == "dobj":
            return noun_phrase(child)
    return None


def _accusation_in(tokens: list[Token]) -> ActReading | None:
    if not any(token.lemma_.lower() in wrongdoing_words() for token in tokens):
        return None
    for token in tokens:
        if token.lower_ not in _SOURCE_PREPS:
            continue
        source = token.head.lemma_.lower()
        if token.lower_ != "behind" and source not in source_verbs() and token.head.dep_ not in ("attr", "pobj"):
            continue
        for child in token.children:
            if child.dep_ == "pobj" and child.ent_type_ in ("GPE", "ORG", "NORP"):
                return ActReading("accuse", noun_phrase(child))
    return None


def _denial_in(tokens: list[Token]) -> ActReading | None:
    lemmas = {token.lemma_.lower() for token in tokens}
    for token in tokens:
        if token.lemma_.lower() in denial_nouns() and any(child.lower_ == "no" for child in token.children):
            return ActReading("deny")
        if token.lower_ == "nothing" and "do" in lemmas and "with" in lemmas:
            return ActReading("deny")  # "had nothing to do with"
        if token.lemma_.lower() == "involve" and _negated_or_none(token):
            return ActReading("deny")  # "none of its members were involved", "was not involved"
        if token.lower_ == "behind" and _negated_or_none(token.head):
            return ActReading("deny")  # "the group was not behind the killing"
    if lemmas & _DISMISSIVE and lemmas & _CHARGE_NOUNS:
        return ActReading("deny", _charge_maker(tokens))  # "the allegations were baseless"
    return None


def _negated_or_none(verb: Token) -> bool:
    return any(child.dep_ == "neg" or (child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in ("none", "nobody"))
               for child in verb.children)


def _charge_maker(tokens: list[Token]) -> Region | None:
    """Who made the charge being dismissed ("the allegations levelled by the opposition", "India's claims")."""
    for token in tokens:
        if token.lemma_.lower() in _CHARGE_NOUNS and (agent := _agent_of_noun(token)) is not None:
            return agent
    return None


def _demand_in(tokens: list[Token]) -> ActReading | None:
    if any(_is_imperative(token, opens=index == 0) for index, token in enumerate(tokens)):
        return ActReading("demand")  # "Release them or charge them."
    for token in tokens:
        if token.lemma_.lower() in _APPEAL_VERBS and token.pos_ == "VERB" and any(
                child.dep_ == "nsubj" and child.lower_ in ("we", "i") for child in token.children):
            return ActReading("demand", _appealed_to(token))  # "We appeal to people not to believe rumours"
    for token in tokens[:12]:
        if token.lower_ in ("must", "should") and token.dep_ == "aux" and token.head.pos_ in ("VERB", "AUX"):
            subject = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.lower_ not in ("we", "i", "us"):
                return ActReading("demand", noun_phrase(subject))
    return None


def _appealed_to(verb: Token) -> Region | None:
    """Whom an appeal addresses: its object, or the object of its "to"."""
    for child in verb.children:
        if child.dep_ == "dobj":
            return noun_phrase(child, keep_preps=False)
        if child.dep_ == "prep" and child.lower_ in ("to", "on"):
            target = next((grand for grand in child.children if grand.dep_ == "pobj"), None)
            if target is not None:
                return noun_phrase(target, keep_preps=False)
    return None


def _is_imperative(verb: Token, *, opens: bool) -> bool:
    """A sentence's main verb in the bare form with no subject or auxiliary ("Produce them in court"); a
    quotation that `opens` with it may be parsed as the cue's complement."""
    if not (verb.dep_ == "ROOT" or opens) or verb.tag_ != "VB" or verb.pos_ != "VERB":
        return False
    if any(child.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for child in verb.children):
        return False
    # An order acts on someone or something ("release them"); "think of that", "tell that to ..." only argue.
    if not any(child.dep_ == "dobj" and child.pos_ in ("PRON", "NOUN", "PROPN") for child in verb.children):
        return False
    return verb.lemma_.lower() not in _ARGUING_IMPERATIVES


_ARGUING_IMPERATIVES = frozenset({"let", "see", "look", "imagine", "think", "tell", "say", "remember", "consider",
                                  "thank", "take", "ask", "get", "make", "mark", "note", "forget"})
