"""Lexicons of attribution cues: reporting verbs with their speech act, noun cues, and the words around them.

Every lexicon is a frozenset or dict built once on first use (functools.cache); lookups are by lemma.
"""

from __future__ import annotations

import functools

from wirecoder.models import StatementAct

# Reporting verbs by the act they perform when nothing in the content says otherwise.
_VERBS_BY_ACT: dict[StatementAct, str] = {
    "state": """say tell add state assert declare announce note explain emphasize emphasise stress insist maintain
        reiterate disclose reveal confirm report write tweet post argue suggest indicate acknowledge admit
        mention observe remark comment recall predict estimate describe continue conclude reply respond answer
        testify inform contend affirm recount concede clarify highlight underline underscore opine cite quote
        signal repeat reaffirm caution announce explain predict forecast advise brief boast lament complain
        speculate acknowledge hint contend muse joke quip retort counter insist wonder ask
        promise pledge vow guarantee assure reassure forecast agree disagree concur declare proclaim
        characterize characterise portray describe term dub label brand call publish release""",
    "accuse": """accuse blame allege charge condemn criticize criticise denounce slam blast fault lambast lambaste
        censure decry attack attribute question slander malign chide rebuke scold berate castigate deride mock
        ridicule disparage belittle""",
    "deny": "deny reject rebut dismiss refute dispute contradict disown repudiate",
    "threaten": "threaten warn",
    "demand": "demand urge request appeal implore plead press exhort encourage order instruct direct",
    "claim": "claim",
    "state_talk": """talk speak rail brag point show find believe think expect fear hope suspect feel propose
        rule discuss know understand want plan intend liken compare echo""",
    "support": """praise back support welcome endorse hail applaud commend condole congratulate thank laud
        salute defend tout""",
}
# Verbs that need a clause or quotation after them to be speech ("added that", not "added salt").
_CLAUSE_ONLY = """add continue indicate suggest signal explain observe recall estimate predict forecast
    maintain agree disagree concur wonder support back attack release publish post answer respond reply
    write boast ask hint complain lament advise caution brief guarantee assure reassure tell
    characterize characterise portray term dub label brand call counter claim warn appeal press talk speak rail
    brag point encourage compare liken echo tout show find believe think expect fear hope suspect feel rule know
    understand want plan intend order instruct direct"""
# Verbs whose direct object is the person addressed or blamed, not the content ("told reporters that ...",
# "accused the party of ...").
_ADDRESSEE_OBJECT = """tell inform assure reassure brief advise urge ask warn remind caution press implore exhort
    accuse charge order instruct direct"""
# Verbs whose direct object is the one blamed or backed, the content following in a preposition.
_TARGET_OBJECT = """accuse blame charge condemn criticize criticise denounce slam blast fault lambast lambaste
    censure rebuke chide scold berate castigate praise commend hail laud congratulate thank threaten warn
    urge press call implore exhort attack support back defend endorse applaud salute order instruct direct"""
# Participial cues that carry their own content when they hang off another verb ("..., warning of ...").
_PARTICIPIAL = """warn accuse blame attribute label brand call term describe hint suggest insist urge demand
    threaten claim allege deny reject vow pledge promise add note say stress emphasize emphasise argue
    complain condemn criticize criticise dismiss question express saying encourage compare liken cite explain
    acknowledge admit announce declare predict recall reiterate maintain point"""
_NOUN_CUES = """claim allegation accusation assertion statement remark comment warning threat denial demand call
    announcement charge contention insistence assurance pledge promise vow admission suggestion"""
# Media through which something was said: "in a statement", "on Twitter", "in a post".
_MEDIUM_NOUNS = """statement interview post tweet message speech address conference briefing letter remarks
    broadcast video release communique communiqué note email e-mail call appearance televised op-ed column
    article report rally meeting event session hearing podcast show programme program twitter facebook
    x instagram telegram radio television tv channel website blog platform media medium talk session chat"""
# Non-human sources whose findings are attributed like speech ("a new poll shows ...").
_EVIDENCE_NOUNS = """poll survey study analysis report data video footage figures statistics research review
    investigation inquiry probe audit assessment estimate estimates document documents record records census
    tally count autopsy test tests findings evidence images footage photos average model forecast"""
_RELAY_VERBS = "report quote cite relay carry"
# Words that fold into the cue as written: auxiliaries, negation and adverbs right before the verb.
_CUE_PREFIX_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})
# Prepositions that make one phrasal cue with their verb ("called for", "warned against").
_PHRASAL_PREPS: dict[str, frozenset[str]] = {
    "call": frozenset({"for", "on", "upon"}),
    "point": frozenset({"to", "out"}),
    "warn": frozenset({"against"}),
    "push": frozenset({"for"}),
    "accuse": frozenset({"of"}),
    "blame": frozenset({"for"}),
    "criticize": frozenset({"for"}),
    "criticise": frozenset({"for"}),
    "describe": frozenset({"as"}),
    "hail": frozenset({"as"}),
    "plead": frozenset({"for"}),
    "talk": frozenset({"about", "of"}),
    "rail": frozenset({"against", "at"}),
    "brag": frozenset({"about", "of"}),
    "complain": frozenset({"about", "of"}),
    "comment": frozenset({"on", "about"}),
    "write": frozenset({"about", "of"}),
    "boast": frozenset({"about", "of"}),
    "speak": frozenset({"of", "about", "out", "against"}),
    "appeal": frozenset({"for", "to"}),
    "press": frozenset({"for"}),
    "ask": frozenset({"for"}),
}
# Prepositions written as part of the cue right after their verb that do not change what the content is
# ("asked about", "agreed with", "was described as"): they widen the cue span only.
_CUE_SPAN_PREPS: dict[str, frozenset[str]] = {
    "ask": frozenset({"about"}),
    "agree": frozenset({"with", "on"}),
    "tell": frozenset({"about"}),
    "mention": frozenset({"as"}),
    "criticize": frozenset({"as"}),
    "criticise": frozenset({"as"}),
    "know": frozenset({"about", "of"}),
}
_ACT_OF_PHRASAL: dict[tuple[str, str], StatementAct] = {
    ("call", "for"): "demand",
    ("call", "on"): "demand",
    ("call", "upon"): "demand",
    ("push", "for"): "demand",
    ("press", "for"): "demand",
    ("ask", "for"): "demand",
    ("appeal", "for"): "demand",
    ("appeal", "to"): "demand",
    ("warn", "against"): "threaten",
}


_ACTS = frozenset({"state", "accuse", "deny", "threaten", "demand", "claim", "support"})


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@functools.cache
def verb_acts() -> dict[str, StatementAct]:
    """Lemma of each reporting verb -> its default act (a later act never overrides an earlier one)."""
    acts: dict[str, StatementAct] = {}
    for act, words in _VERBS_BY_ACT.items():
        for word in words.split():
            acts.setdefault(word, act if act in _ACTS else "state")
    # A stronger act listed later wins over the neutral default for the same lemma.
    for act in ("accuse", "deny", "threaten", "demand", "claim", "support"):
        for word in _VERBS_BY_ACT[act].split():
            acts[word] = act
    return acts


@functools.cache
def clause_only_verbs() -> frozenset[str]:
    """Verbs that are speech only with a clause, quotation or preposition after them."""
    return _words(_CLAUSE_ONLY)


@functools.cache
def addressee_object_verbs() -> frozenset[str]:
    """Verbs whose direct object is the addressee or the one blamed, never the content."""
    return _words(_ADDRESSEE_OBJECT)


@functools.cache
def target_object_verbs() -> frozenset[str]:
    """Verbs whose direct object is the target of the act."""
    return _words(_TARGET_OBJECT)


@functools.cache
def participial_verbs() -> frozenset[str]:
    """Verbs that, as a trailing participle, make a statement of their own."""
    return _words(_PARTICIPIAL)


@functools.cache
def noun_cues() -> frozenset[str]:
    """Nouns that attribute content ("his claim that ...")."""
    return _words(_NOUN_CUES)


@functools.cache
def medium_nouns() -> frozenset[str]:
    """Nouns naming the medium of a statement ("in a statement", "on Twitter")."""
    return _words(_MEDIUM_NOUNS)


_BELIEF = "believe think expect fear hope suspect feel consider know assume estimate understand want plan intend"
# Clause-only verbs that are speech with a prepositional complement ("warned of", "described as").
_PREPOSITION_SPEECH = """complain warn boast brag lament caution hint talk speak write comment agree disagree press
    appeal call label brand describe term dub characterize characterise portray ask counter defend vow pledge
    promise rail point compare liken"""


@functools.cache
def preposition_speech_verbs() -> frozenset[str]:
    """Clause-only verbs that a preposition alone makes speech ("complained about", "warned of")."""
    return _words(_PREPOSITION_SPEECH)


@functools.cache
def topic_verbs() -> frozenset[str]:
    """Verbs that are speech with a preposition only through their own particles ("spoke about")."""
    return _words("talk speak rail brag point comment write boast")


# Verbs of wanting, planning and knowing: an intention or a state of mind, not a communication, unless the
# content is quoted speech.
_INTENTION = "want plan intend hope wish aim know understand"
# Verbs that carry a cue in their infinitive and belong to the cue as written ("went on to say",
# "appeared to suggest", "continued to insist", "keeps saying").
_CUE_CARRIERS = "go appear seem continue keep begin start proceed"


# Verbs that, joined by "and" to a reporting clause, report a second thing said ("... and warned that ...");
# verbs that also describe deeds ("charged", "attacked", "backed") are left out.
_CONJOINED_SPEECH = """say tell add insist note stress emphasize emphasise urge warn vow pledge promise argue
    suggest encourage accuse deny reject condemn criticize criticise praise demand threaten claim call
    declare announce explain predict dismiss denounce ask"""


@functools.cache
def conjoined_speech_verbs() -> frozenset[str]:
    """Speech verbs that start a second statement when conjoined to a first."""
    return _words(_CONJOINED_SPEECH)


# "expressed support for", "offered condolences to", "lodged a protest with": a verb that voices a stance
# named by its object noun; the noun gives the act.
_STANCE_VERBS = "express extend offer convey voice register lodge"
_STANCE_NOUNS: dict[str, StatementAct] = {
    "support": "support", "condolence": "support", "condolences": "support", "sympathy": "support",
    "solidarity": "support", "gratitude": "support", "appreciation": "support", "congratulation": "support",
    "congratulations": "support", "concern": "state", "regret": "state", "grief": "state", "hope": "state",
    "protest": "accuse", "displeasure": "accuse", "anger": "accuse", "outrage": "accuse", "objection": "deny",
}


@functools.cache
def stance_verbs() -> frozenset[str]:
    """Verbs that voice the stance their object names ("expressed concern")."""
    return _words(_STANCE_VERBS)


def stance_act(noun_lemma: str) -> StatementAct | None:
    """The act of a voiced stance noun ("condolences" -> support), or None when it is no stance."""
    return _STANCE_NOUNS.get(noun_lemma)


@functools.cache
def intention_verbs() -> frozenset[str]:
    """Verbs of intention or knowledge that attribute a plan, wish or state of mind, not speech."""
    return _words(_INTENTION)


# Semi-modals whose "to"-infinitive is the reporting verb and which are written into the cue like an auxiliary
# ("had to concede", "needed to explain", "was unable to say").
_SEMI_MODALS = "have need ought"
_SEMI_MODAL_ADJECTIVES = "able unable"


@functools.cache
def semi_modal_verbs() -> frozenset[str]:
    """Semi-modal verbs that carry a cue in their infinitive ("had to admit")."""
    return _words(_SEMI_MODALS)


@functools.cache
def semi_modal_adjectives() -> frozenset[str]:
    """Adjectives that, after "be", carry a cue in their infinitive ("was able to show")."""
    return _words(_SEMI_MODAL_ADJECTIVES)


@functools.cache
def cue_carrier_verbs() -> frozenset[str]:
    """Raising and aspect verbs whose infinitive or gerund complement is the reporting verb."""
    return _words(_CUE_CARRIERS)


@functools.cache
def belief_verbs() -> frozenset[str]:
    """Verbs of thinking and expecting: attributions of belief, not of speech."""
    return _words(_BELIEF)


@functools.cache
def evidence_nouns() -> frozenset[str]:
    """Nouns for polls, studies, footage and records that "show" or "find" things."""
    return _words(_EVIDENCE_NOUNS)


@functools.cache
def document_nouns() -> frozenset[str]:
    """Documents that speak for whoever issued them ("a statement issued by the party")."""
    return _words("statement post tweet message letter release communique communiqué note notice circular "
                  "report email e-mail memo memorandum declaration")


@functools.cache
def relay_verbs() -> frozenset[str]:
    """Verbs by which an outlet relays someone else's words."""
    return _words(_RELAY_VERBS)


def cue_prefix_deps() -> frozenset[str]:
    """Dependency labels of the words that belong to the cue before its verb."""
    return _CUE_PREFIX_DEPS


def phrasal_preps(lemma: str) -> frozenset[str]:
    """Prepositions that join `lemma` into one cue."""
    return _PHRASAL_PREPS.get(lemma, frozenset())


def cue_span_preps(lemma: str) -> frozenset[str]:
    """Prepositions written into the cue of `lemma` when they follow it directly ("asked about")."""
    return _CUE_SPAN_PREPS.get(lemma, frozenset())


def act_of(lemma: str, particle: str | None = None) -> StatementAct:
    """The default act of a cue verb, its particle included ("call for" is a demand)."""
    if particle is not None and (lemma, particle) in _ACT_OF_PHRASAL:
        return _ACT_OF_PHRASAL[(lemma, particle)]
    return verb_acts().get(lemma, "state")


def is_cue_verb(lemma: str) -> bool:
    """Is `lemma` a reporting verb?"""
    return lemma in verb_acts()
