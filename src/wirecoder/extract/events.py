"""Events: what the article reports as having happened, coded as an ACLED coder would.

Three steps. Mentions: every sentence's trigger words (`event_types.find_triggers`) become at most one mention per
family and status, with the sentence's casualty figures, its date (`event_dates`), the place `event_location` ties
to it, and its actors. Generic and habitual plurals ("attacks within the country", "recent attacks"), running
totals ("127 killed so far this year") and definite event nouns that only date another ("hours after the blast")
are not mentions; denied, threatened, planned and hypothetical ones keep their `status`. Coreference
(`event_coref`) groups the mentions of one event. Coding: the merged text of the event's mentions is typed
(`event_types.classify`), casualties take `casualties.best_count`, an undated just-reported event takes the
publication date, and an event dated well before publication is background (`core=False`).
"""
from __future__ import annotations

import functools
import logging
import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from wirecoder.extract.casualties import FigureGroup, best_count, find_figure_groups, side_of, vague_kinds
from wirecoder.extract.event_actors import (
    attacked_target,
    claimed_by,
    force_against,
    generic_perpetrator,
    instrument_agent,
    means_owner,
    perpetrator_of,
    protesters_of,
    sides_of_fight,
    target_of,
)
from wirecoder.extract.event_coref import (
    FAMILY_PRIORITY,
    FOLDED_INTO_VIOLENCE,
    EventCluster,
    absorb_side_developments,
    aftermath,
    corefer,
    weekend_days,
)
from wirecoder.extract.event_dates import (
    days_from_told_event,
    default_date,
    is_background,
    mention_date,
    told_event_came_after,
)
from wirecoder.extract.event_types import (
    ARMED_WORDS,
    PLURAL_NOUN_TRIGGERS,
    TriggerFamily,
    TriggerMatch,
    classify,
    find_triggers,
)
from wirecoder.models import Actor, Article, Event, EventStatus, Place, PlaceMention, ResolvedDate, Statement, TextSpan
from wirecoder.nlp.datelines import dateline_bounds
from wirecoder.nlp.text import doc_text, sentence_starts
from wirecoder.resolve.event_place import care_place, event_location, off_scene
from wirecoder.resolve.time import TimeMention, find_time_expressions

logger = logging.getLogger(__name__)

# Words that report an event only alongside a casualty figure or an object ("killed two", "fired at a post").
WEAK_TRIGGERS = frozenset(
    "killed killing died injured wounded fired firing shot shooting martyred operation fighting captured went "
    "encounter pounded targeted targeting body bodies seized freed recovered incident destroyed struck".split()
)
# Words with an everyday figurative sense: an event only beside weapons, armed actors or casualties.
FIGURATIVE_TRIGGERS = frozenset(
    "attack attacks attacked attacking assault assaulted fired firing fire shot shooting exploded explosion "
    "explode explodes fighting fought storm stormed hit raid raided seized targeted bombed struck fell".split()
)
DENY_LEMMAS = frozenset({"deny", "reject", "refute", "dismiss", "rebut"})
THREAT_LEMMAS = frozenset({"threaten", "warn", "vow", "threat", "warning"})
# Verbs (and any noun: "plans to attack") after which an infinitive event has not happened ("tried to storm").
INTENT_LEMMAS = frozenset({"plan", "want", "intend", "try", "attempt", "aim", "seek", "hope", "threaten", "vow",
                           "prepare", "plot", "decide", "need", "wish", "expect", "order", "urge", "call", "ask",
                           "allow", "use", "allocate", "mean", "set", "be"})
PLAN_LEMMAS = frozenset({"plan", "plot", "prepare", "intend", "conspire", "foil", "thwart", "try", "attempt",
                         "scheme", "aim"})
ALLEGE_LEMMAS = frozenset({"accuse", "allege"})
# Verbs whose object event is asked for, not reported ("demanded the arrest of the killers").
DEMAND_LEMMAS = frozenset({"demand", "urge", "seek", "request"})
MODAL_FUTURE = frozenset({"will", "shall", "'ll", "’ll"})
MODAL_HYPOTHETICAL = frozenset({"would", "could", "might", "may", "should", "can"})
GENERIC_HEADS = frozenset({"rise", "surge", "spate", "wave", "series", "increase", "fight", "war", "campaign",
                           "threat", "string", "kind", "type", "number", "cycle", "history"})
AGREE_LEMMAS = frozenset({"sign", "agree", "reach", "announce", "declare", "conclude", "broker", "strike", "ink",
                          "finalize", "finalise", "accept"})
# A campaign is an event only as an operation on people ("a deportation campaign"), not a media or election one.
CAMPAIGN_KINDS = frozenset({"deportation", "eviction", "military", "bombing", "demolition", "arrest", "expulsion",
                            "repatriation", "counterterrorism", "counter-terrorism", "security", "air", "crackdown"})
# Verbs that make a plural into occurrences when in the past ("carried out air strikes").
CONDUCT_LEMMAS = frozenset({"carry", "launch", "conduct", "stage", "mount", "unleash", "execute"})
LAUNCH_LEMMAS = frozenset({"launch", "initiate", "begin", "start", "announce", "impose", "order", "declare"})
# Nouns under which an event is taken as given ("denied involvement in the attack", "condemned the bombing").
PRESUPPOSING_NOUNS = frozenset({"involvement", "responsibility", "role", "link", "part", "hand", "connection",
                                "participation", "wake", "aftermath", "victim", "perpetrator"})
MAX_STATUS_STEPS = 6


@dataclass(slots=True)
class EventMention:
    """One sentence's report of an event, before mentions of the same event are merged."""

    sentence: Span
    trigger: TextSpan
    token: Token
    family: TriggerFamily
    status: EventStatus
    figures: list[FigureGroup] = field(default_factory=list)
    date: ResolvedDate | None = None
    location: PlaceMention | None = None
    perpetrator: Actor | None = None
    target: Actor | None = None
    separate: bool = False  # the sentence opens another incident ("in a separate attack")
    background: bool = False  # told as an earlier incident ("Earlier this month, ...", "in a similar raid")
    aftermath: bool = False  # only tells what became of victims already reported ("the toll rose to 30")
    anaphoric: bool = False  # "the incident", "the operation": refers back, never an event of its own
    definite: bool = False  # "the grenade was hurled", "the strikes had targeted": names an event already told
    participants: bool = False  # "the protesters were demanding ...": the people of a protest already told
    days_from_told: int | None = None  # "Two days before the assault, ...": dated from the event already told
    points_back: bool = False  # "the incident", "who led the operation": the event told last
    weak: bool = False  # told by a weak word only ("were killed"): figures of the event just told


@dataclass(frozen=True, slots=True)
class ArticleContext:
    """What every mention of one article is read against."""

    doc: Doc
    article: Article
    places: list[PlaceMention]
    times: list[TimeMention]
    statements: list[Statement]
    implied_places: list[PlaceMention] = field(default_factory=list)  # see `Geoparser.implied`
    demonym_countries: dict[int, str] = field(default_factory=dict)  # a demonym's start -> its country's name


def extract_events(
    doc: Doc, *, article: Article, places: list[PlaceMention], statements: list[Statement],
    implied_places: list[PlaceMention] | None = None,
) -> list[Event]:
    """Events the article reports, in text order; `implied_places` place those the text does not."""
    countries = {place.span.start: place.place.name for place in places if place.is_demonym and place.place}
    context = ArticleContext(doc, article, places, _time_mentions(article), statements, implied_places or [],
                             countries)
    sentences = list(doc.sents)
    mentions = [mention for sentence in sentences for mention in sentence_mentions(context, sentence)]
    clusters = absorb_side_developments(corefer(mentions))
    quiet = _quiet_followers(sentences, mentions)
    events = [event_of(cluster, context, quiet) for cluster in clusters]
    _credit_claim(events, claimed_by(doc, sentences))
    _place_nearby_sequels(events, doc)
    return events


def _place_nearby_sequels(events: list[Event], doc: Doc) -> None:
    """ "Troops arrested three suspects in a nearby village", "strikes on fighters fleeing the area": a sequel
    told as near the event before it happened where that one did, unless its own sentence names a place."""
    starts = sentence_starts(doc)
    for earlier, event in zip(events, events[1:], strict=False):
        if earlier.location is None or earlier.location.basis != "named" or event.trigger is None:
            continue
        token = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        if token is None:
            continue
        sentence = doc[starts[token.start]:token.sent.end]
        own = event.location is not None and sentence.start_char <= event.location.span.start < sentence.end_char
        if _nearby_pattern().search(sentence.text) and not own:
            event.location = earlier.location


@functools.cache
def _nearby_pattern() -> re.Pattern[str]:
    return re.compile(r"\b(?:a|the)\s+(?:nearby|neighbouring|neighboring|adjacent)\s+(?:village|town|area|hamlet"
                      r"|settlement|locality|neighbourhood|neighborhood|forest|hideout|compound)s?\b"
                      r"|\b(?:fleeing|fled|around|near|in)\s+the\s+(?:same\s+)?(?:area|region|vicinity|scene)\b",
                      re.IGNORECASE)


def _credit_claim(events: list[Event], claim: Actor | None) -> None:
    """A claim of responsibility told apart from the attack ("The BLF claimed responsibility for the attack in a
    statement") names who carried out the article's first attack, unless its own words name someone."""
    if claim is None:
        return
    first = next((event for event in events if event.core and event.status == "happened"
                  and event.event_type in CLAIMABLE_EVENT_TYPES), None)
    if first is None:
        return
    named = first.perpetrator
    if named is None or (named.kind != "claimed" and side_of(named.name) != "victims"):
        first.perpetrator = claim


def _quiet_followers(sentences: list[Span], mentions: list[EventMention]) -> dict[int, Span]:
    """For each sentence with a mention, the next sentence when it has none ("Pakistani forces retaliated"):
    it still tells how the event went, for typing."""
    mentioned = {mention.sentence.start for mention in mentions}
    return {sentence.start: following for sentence, following in zip(sentences, sentences[1:])
            if sentence.start in mentioned and following.start not in mentioned}


def _time_mentions(article: Article) -> list[TimeMention]:
    """The article's time expressions; none when the resolver fails on odd input (never the whole article)."""
    try:
        return find_time_expressions(article.text, article.published)
    except (ValueError, OverflowError, TypeError):
        logger.warning("%s: time expressions could not be resolved", article.id)
        return []


# Event types whose first report may be claimed by a group.
CLAIMABLE_EVENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


# ----------------------------------------------------------------------------------------------------------
# Mentions


def sentence_mentions(context: ArticleContext, sentence: Span) -> list[EventMention]:
    """The sentence's event mentions: one per family and status, the most specific trigger standing for it."""
    tallies = tally_verbs(sentence)
    figures = [] if tallies else find_figure_groups(_without_dateline(sentence), sentence.start_char,
                                                    source=_figure_source(sentence, context))
    counted = any(group.kind in {"killed", "wounded", "abducted"} and group.total > 0 for group in figures)
    candidates: dict[tuple[TriggerFamily, EventStatus], tuple[TriggerMatch, Token]] = {}
    came_after = told_event_came_after(sentence.text)
    for trigger in find_triggers(sentence.text, sentence.start_char):
        if came_after is not None and trigger.start < sentence.start_char + came_after[0]:
            continue  # "The attack came a day after ...": the event told again, not a new one
        token = _trigger_token(context.doc, trigger)
        if token is None or _clause_verb(token).i in tallies or _time_anchor(token):
            continue
        if not (_reports_event(trigger, token, counted) or _refers_back(trigger, token)):
            continue
        status = trigger_status(token, trigger, context.statements)
        key = (trigger.family, status)
        if key not in candidates or _better_trigger(trigger, token, *candidates[key]):
            candidates[key] = (trigger, token)
    earlier = {key: is_background(_candidate_date(context, sentence, *value), context.article.published)
               for key, value in candidates.items()}
    candidates = _fold_families(_raids_into_arrests(candidates, counted), earlier)
    if not candidates and counted and not _modal_pattern().search(sentence.text):
        return [_figures_only_mention(context, sentence, figures)]
    mentions = []
    happened = [trigger for (_, status), (trigger, _) in candidates.items() if status == "happened"]
    for (family, status), (trigger, token) in candidates.items():
        mention = EventMention(sentence, TextSpan(trigger.start, trigger.end, trigger.text), token, family, status,
                               figures=_own_figures(figures, trigger, happened) if status == "happened" else [])
        mention.date = mention_date(context, mention)
        mention.location = mention_location(context, mention)
        mention.perpetrator = (perpetrator_of(context.doc, token) or claimed_by(context.doc, [sentence])
                               or instrument_agent(context.doc, sentence)
                               or means_owner(context.doc, token, context.demonym_countries))
        mention.target = target_of(context.doc, token)
        mention.background = bool(_background_pattern().search(sentence.text)) or _in_since_clause(token)
        mention.aftermath = any(group.toll_update for group in mention.figures)
        mention.weak = _specificity(trigger) == 0
        mention.points_back = mention.weak and _refers_back(trigger, token)
        mention.anaphoric = mention.points_back and not counted
        mention.participants = _definite_participants(token)
        mention.days_from_told = came_after[1] if came_after is not None else days_from_told_event(sentence.text)
        if came_after is not None:
            mention.date = None  # dated from the event told, when the clusters are known
        mention.separate = _opens_incident(mention) or _sequel(mention) or mention.days_from_told is not None
        mention.definite = _definite(token)
        mentions.append(mention)
    return sorted(mentions, key=lambda item: item.trigger.start)


def _opens_incident(mention: EventMention) -> bool:
    """ "In a separate attack, ...", "Earlier this month, ...": the sentence tells another incident."""
    separation = _separation_pattern().search(mention.sentence.text)
    opens = mention.background or separation is not None
    # "Hours later, soldiers clashed ... killing two": an opening that moves on in time separates any trigger
    leads = separation is not None and not mention.sentence.text[:separation.start()].strip(" \"'“‘(")
    return opens and (not mention.weak or mention.background or leads)


def _sequel(mention: EventMention) -> bool:
    """Arrests or seizures "hours after the blast": a development of their own, not part of the violence."""
    return mention.family in FOLDED_INTO_VIOLENCE and bool(_sequel_pattern().search(mention.sentence.text))


def _own_figures(figures: list[FigureGroup], trigger: TriggerMatch, triggers: list[TriggerMatch]) -> list[FigureGroup]:
    """The figures of a sentence that tells two events: each group goes to the nearest trigger ("set fire to
    cars ... for a classmate killed last month": the death is the killing's)."""
    if len(triggers) < 2:
        return figures
    return [group for group in figures if min(triggers, key=lambda other: _distance(group, other)) == trigger]


def _distance(group: FigureGroup, trigger: TriggerMatch) -> int:
    start, end = group.figures[0].span.start, group.figures[-1].span.end
    return max(0, start - trigger.end, trigger.start - end)


@functools.cache
def _period_pattern() -> re.Pattern[str]:
    """A span of time over which deaths are tallied ("so far this year", "since 1989", "in recent years")."""
    return re.compile(
        r"\b(?:since\s+(?:\d{4}|the\s+(?:insurgency|conflict|war|start|beginning|outbreak|uprising|rebellion))"
        r"|so\s+far\s+(?:this|in)|this\s+year\s+alone|to\s+date|in\s+recent\s+(?:years|months|weeks|decades)"
        r"|over\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years|months|decades))\b",
        re.IGNORECASE,
    )


def tally_verbs(sentence: Span) -> set[int]:
    """Verbs in the present perfect that a period of time governs ("127 militants have been killed so far this
    year", "an insurgency that has killed thousands since 1989") or that count thousands: a running total, never
    one event."""
    verbs: set[int] = {token.i for token in sentence if token.pos_ == "VERB" and _large_tally(token)}
    for match in _period_pattern().finditer(sentence.text):
        span = sentence.doc.char_span(sentence.start_char + match.start(), sentence.start_char + match.end(),
                                      alignment_mode="expand")
        if span is None or not len(span):
            continue
        for node in list(span.root.ancestors)[:6]:
            if node.pos_ == "ADJ":
                break  # "the deadliest so far this year": the period qualifies a word, not the killing
            if node.pos_ in {"VERB", "AUX"} and _present_perfect(node):
                verbs.add(node.i)
                break
            if node.pos_ == "VERB" and node.dep_ not in {"advcl", "conj"}:
                break
    return verbs


# Objects of a killing that count a long campaign's dead, not one event's ("has killed thousands of civilians").
TALLY_OBJECTS = frozenset({"thousands", "hundreds", "millions", "tens"})
TALLY_MINIMUM = 1000


def _large_tally(verb: Token) -> bool:
    """ "The insurgency has killed more than 6,000 people", "the group has killed thousands": a present perfect
    killing of a campaign's size is a running total even with no period named."""
    if verb.lemma_.lower() not in {"kill", "claim", "displace"} or not _present_perfect(verb):
        return False
    for child in verb.children:
        if child.dep_ != "dobj":
            continue
        if child.lower_ in TALLY_OBJECTS:
            return True
        numbers = [grand.text.replace(",", "") for grand in child.children if grand.dep_ == "nummod"]
        if any(number.isdigit() and int(number) >= TALLY_MINIMUM for number in numbers):
            return True
    return False


def _present_perfect(verb: Token) -> bool:
    return any(child.dep_ in {"aux", "auxpass"} and child.lemma_.lower() == "have" and child.tag_ in {"VBP", "VBZ"}
               for child in verb.children)


def _clause_verb(token: Token) -> Token:
    """The verb a conjoined trigger shares its auxiliaries with ("have killed ... and kidnapped")."""
    return token.head if token.dep_ == "conj" and token.head.pos_ == "VERB" else token


@functools.cache
def _modal_pattern() -> re.Pattern[str]:
    """A sentence about what would or could happen ("a tax that would hurt people")."""
    return re.compile(r"\b(?:would|could|might|may|will|if|unless)\b|’ll|'ll", re.IGNORECASE)


def _figures_only_mention(context: ArticleContext, sentence: Span, figures: list[FigureGroup]) -> EventMention:
    """A sentence that gives casualties with no event word ("the death toll rose to 30"): it updates the event
    told before it, or stands for an event of its own when none was."""
    number = figures[0].figures[0].span
    token = _trigger_token(context.doc, TriggerMatch(number.start, number.end, number.text, "violence"))
    mention = EventMention(sentence, number, token or sentence.root, "violence", "happened", figures=figures,
                           aftermath=True)
    mention.date = mention_date(context, mention)
    mention.location = mention_location(context, mention)
    return mention


def _trigger_token(doc: Doc, trigger: TriggerMatch) -> Token | None:
    span = doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _reports_event(trigger: TriggerMatch, token: Token, counted: bool) -> bool:
    """Whether the trigger reports one occurrence: weak words need a figure or an object, plurals a tie, words
    with a figurative sense ("attacked her opponent", "fired employees") a sign of physical violence."""
    word = trigger.text.lower().split()[0]
    if _habitual_present(token) or _names_people(token) or _diplomatic_protest(token):
        return False
    if word in FIGURATIVE_TRIGGERS and not counted and not _physical_violence(token.sent, trigger):
        return False
    if word == "struck" and _natural_subject(token):
        return False
    if word == "marched" and any(child.dep_ == "dobj" for child in token.children):
        return False  # "marched them into the bush": led captives, no protest march
    if word in {"rally", "rallies", "rallied"}:
        return bool(_protest_cause_pattern().search(token.sent.text))
    if trigger.family == "other" and trigger.text.lower() in {"campaign", "crackdown", "curfew"}:
        return _governing_verb(token) in LAUNCH_LEMMAS and (trigger.text.lower() != "campaign" or any(
            child.dep_ in {"compound", "amod"} and child.lemma_.lower() in CAMPAIGN_KINDS for child in token.children))
    if word in {"body", "bodies"}:
        return any(ancestor.lemma_.lower() in {"find", "recover", "dump", "discover"} for ancestor in
                   [token.head, *token.head.ancestors][:3])
    if trigger.family == "agreement" and trigger.text.lower() in {"agreement", "ceasefire", "cease-fire", "truce"}:
        return _governing_verb(token) in AGREE_LEMMAS
    if word in {"withdrew", "withdrawn", "withdraw", "pulled"}:
        # "withdrew from the town", "withdrew its troops": a transfer; "withdrew into the orchards": a retreat
        return any((child.dep_ == "prep" and child.lower_ in {"from", "out"}) or child.dep_ == "dobj"
                   for child in token.children)
    if word in {"storm", "storms"} and token.pos_ != "VERB":
        return False  # the weather, not an assault
    if word in {"targeted", "targeting", "destroyed"}:
        # "targeted officials with sanctions" is no attack: it needs casualties or armed hands ("troops targeted")
        return counted or _armed_subject(token)
    if word in WEAK_TRIGGERS:
        # "struck fleeing fighters": the object may hang on a participle the parser made the verb's complement
        children = [*token.children, *(grand for child in token.children if child.dep_ == "xcomp"
                                       for grand in child.children)]
        return counted or any((child.dep_ in {"dobj", "nsubjpass"} and child.pos_ != "PRON")
                              or (child.dep_ == "prep" and child.lower_ in {"at", "on", "upon"})
                              for child in children)
    if trigger.text.lower() in PLURAL_NOUN_TRIGGERS and token.pos_ in {"NOUN", "PROPN"}:
        return not _habitual_plural(token) and (counted or _tied_plural(token))
    return not _under_generic_head(token)


# People and things an event noun can describe without any event being told ("protest organisers").
DESCRIBED_NOUNS = frozenset({"organiser", "organizer", "leader", "group", "movement", "committee", "site", "song",
                             "slogan", "season", "network", "cell", "wing"})


# "Lodged a protest with the envoy": what a government does with a protest note.
DIPLOMATIC_PROTEST_VERBS = frozenset({"lodge", "register", "convey", "file", "deliver", "submit", "issue", "express",
                                      "voice", "hand"})


def _diplomatic_protest(token: Token) -> bool:
    """ "Summoned the envoy to lodge a protest": a formal complaint, no demonstration."""
    return (token.lemma_.lower() == "protest" and token.pos_ == "NOUN" and token.dep_ == "dobj"
            and token.head.lemma_.lower() in DIPLOMATIC_PROTEST_VERBS)


def _names_people(token: Token) -> bool:
    """ "Protest organisers called for a strike": an event noun that only describes who someone is."""
    return token.dep_ == "compound" and token.head.lemma_.lower() in DESCRIBED_NOUNS


def _habitual_present(token: Token) -> bool:
    """ "Armed gangs raid villages and schools", "children are being killed": a simple or progressive present after
    the opening sentence tells what happens as a rule (an opening in the present is headline style: "Gunmen kill
    five")."""
    if token.pos_ != "VERB" or token.sent.start == 0:
        return False
    children = {(child.dep_, child.lower_) for child in token.children}
    if ("auxpass", "being") in children and children & {("aux", "are"), ("aux", "is"), ("aux", "am")}:
        return True  # "their children are being killed": what goes on, not one event
    return token.tag_ in {"VBP", "VBZ"} and not any(dep in {"aux", "auxpass"} for dep, _word in children)


NATURAL_HAZARDS = frozenset({"earthquake", "quake", "storm", "flood", "floods", "lightning", "cyclone", "tremor",
                             "hurricane", "typhoon", "disease", "outbreak", "tragedy", "disaster"})


def _natural_subject(token: Token) -> bool:
    """ "An earthquake struck the region": a hazard, not an attack."""
    return any(child.dep_ == "nsubj" and child.lemma_.lower() in NATURAL_HAZARDS for child in token.children)


def _armed_subject(token: Token) -> bool:
    """The verb's subject is an armed actor ("troops", "militants", "jets") or the armed sides of "each other"."""
    words = {child.lower_ for child in token.subtree if child.dep_ in {"nsubj", "compound", "amod", "dobj", "det"}}
    return bool(words & (ARMED_WORDS | {"jets", "aircraft", "drones", "other"}))


def _governing_verb(token: Token) -> str:
    """The lemma of the verb a noun trigger is the object of ("launched a campaign")."""
    head = token.head
    return head.lemma_.lower() if token.dep_ in {"dobj", "nsubjpass"} and head.pos_ == "VERB" else ""


@functools.cache
def _physical_pattern() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:guns?|gunmen|gunfire|gunshots?|firearms?|rifles?|militants?|terrorists?|insurgents?|rebels?|bombs?"
        r"|blasts?|explosives?|suicide|killed|dead|wounded|injured|soldiers?|troops|police(?:men)?|army|forces"
        r"|armed|rockets?|missiles?|mortars?|shells?|grenades?|hostages?|knife|stabbed|checkpoints?|check\s*posts?"
        r"|convoy|patrol|camp|barracks|bullets?|ambush|militia|fighters|jets|drones?|weapons?|assailants?"
        r"|attackers?|gangs?|cartels?|artillery|explosive\s+devices)\b",
        re.IGNORECASE,
    )


def _physical_violence(sentence: Span, trigger: TriggerMatch) -> bool:
    """A word of weapons, armed actors or casualties in the sentence besides the trigger itself."""
    text = sentence.text
    local = trigger.start - sentence.start_char
    blanked = text[:local] + " " * (trigger.end - trigger.start) + text[local + trigger.end - trigger.start:]
    return bool(_physical_pattern().search(blanked))


@functools.cache
def _protest_cause_pattern() -> re.Pattern[str]:
    """A rally that is a protest ("rallied against the tax"), not a campaign event."""
    return re.compile(r"\b(?:against|demand(?:s|ing|ed)?|protest\w*|demonstrat\w*|slogans?|chant\w*|condemn\w*)\b",
                      re.IGNORECASE)


def _better_trigger(trigger: TriggerMatch, token: Token, held: TriggerMatch, held_token: Token) -> bool:
    """Whether `trigger` stands for the sentence's event better than the one held: a word that tells the event
    beats one naming an earlier event in passing ("jets struck a hideout ... linked to the raid"), then the more
    specific word wins."""
    passing, held_passing = _named_in_passing(token), _named_in_passing(held_token)
    if passing != held_passing:
        return held_passing
    return _specificity(trigger) > _specificity(held)


# "Linked to the raid", "in retaliation for the attack": words that name an event already told in passing.
PASSING_REFERENCE_HEADS = frozenset({"link", "connect", "connection", "retaliation", "response", "revenge",
                                     "responsible", "involve", "involvement", "blame", "suspect", "related"})


def _named_in_passing(token: Token) -> bool:
    """A definite event noun after "linked to", "in retaliation for", "suspected in": an earlier event."""
    if token.pos_ != "NOUN" or token.dep_ != "pobj" or not any(
            child.lower_ in {"the", "this", "that", "last", "previous"} for child in token.children):
        return False
    head = token.head.head  # the word the preposition hangs on
    return head.lemma_.lower() in PASSING_REFERENCE_HEADS


def _refers_back(trigger: TriggerMatch, token: Token) -> bool:
    """ "The incident took place on Saturday", "the attack hit the village late on Monday": a definite weak noun,
    or a definite event noun as the subject, that points at an event already told."""
    if token.pos_ != "NOUN" or not any(child.lower_ in {"the", "this", "that"} for child in token.children):
        return False
    weak_noun = trigger.text.lower() in {"incident", "operation", "encounter", "fighting"}
    return weak_noun or (token.dep_ in {"nsubj", "nsubjpass"} and token.lemma_.lower() in EVENT_NOUNS)


# Modifiers that make a plural event noun a kind or a habit ("recent attacks", "sporadic attacks").
HABITUAL_MODIFIERS = frozenset({"recent", "sporadic", "frequent", "repeated", "occasional", "regular", "past",
                                "previous", "similar", "such", "future", "further", "periodic", "continued",
                                "continuing", "ongoing", "growing", "numerous", "countless"})


def _habitual_plural(token: Token) -> bool:
    """ "A commander behind recent attacks", "still carry out sporadic attacks": no one occurrence, unless counted
    ("two recent attacks")."""
    children = list(token.children)
    return (any(child.dep_ == "amod" and child.lower_ in HABITUAL_MODIFIERS for child in children)
            and not any(child.dep_ == "nummod" for child in children))


PARTICIPANT_TRIGGERS = frozenset({"protesters", "demonstrators", "rioters", "mob", "protester", "demonstrator"})


def _definite_participants(token: Token) -> bool:
    """ "The protesters were demanding ...", "the mob dispersed": the people of an event already told."""
    return token.lower_ in PARTICIPANT_TRIGGERS and any(child.dep_ in {"det", "poss"} and child.lower_ in
                                                        DEFINITE_WORDS | {"its", "their"} for child in token.children)


def _tied_plural(token: Token) -> bool:
    """ "the attacks", "two blasts", "carried out air strikes": a plural tied to particular occurrences."""
    if any(child.dep_ == "nummod" or child.lower_ in {"the", "these", "those", "both", "twin", "several"}
           for child in token.children):
        return True
    head = token.head
    return token.dep_ == "dobj" and head.lemma_.lower() in CONDUCT_LEMMAS and head.tag_ == "VBD"


def _under_generic_head(token: Token) -> bool:
    """ "a rise in terrorist attacks", "the fight against terrorism": the kind, not an occurrence."""
    head = token.head
    if head.dep_ == "prep":
        head = head.head
    return head.i != token.i and head.lemma_.lower() in GENERIC_HEADS


def _specificity(trigger: TriggerMatch) -> int:
    """Event nouns and specific verbs beat plurals, and plurals beat weak words, as the sentence's trigger."""
    if trigger.text.lower().split()[0] in WEAK_TRIGGERS:
        return 0
    return 1 if trigger.text.lower() in PLURAL_NOUN_TRIGGERS else 2


ARREST_MEANS = re.compile(r"(?:search\s+)?operations?|raid(?:s|ed)?|crackdown|sweep", re.IGNORECASE)


def _raids_into_arrests(
    candidates: dict[tuple[TriggerFamily, EventStatus], tuple[TriggerMatch, Token]], counted: bool,
) -> dict[tuple[TriggerFamily, EventStatus], tuple[TriggerMatch, Token]]:
    """ "Arrested five suspects in raids": with nobody killed or hurt, the raid is how the arrests were made, not
    a violent event of its own."""
    if counted:
        return candidates
    for family, status in list(candidates):
        trigger = candidates[(family, status)][0]
        if family == "violence" and ("arrest", status) in candidates and ARREST_MEANS.fullmatch(trigger.text):
            del candidates[(family, status)]
    return candidates


def _candidate_date(context: ArticleContext, sentence: Span, trigger: TriggerMatch,
                    token: Token) -> ResolvedDate | None:
    """The date a trigger of the sentence would take as a mention of its own."""
    probe = EventMention(sentence, TextSpan(trigger.start, trigger.end, trigger.text), token, trigger.family,
                         "happened")
    return mention_date(context, probe)


def _fold_families(
    candidates: dict[tuple[TriggerFamily, EventStatus], tuple[TriggerMatch, Token]],
    earlier: dict[tuple[TriggerFamily, EventStatus], bool] | None = None,
) -> dict[tuple[TriggerFamily, EventStatus], tuple[TriggerMatch, Token]]:
    """One sentence reporting violence with arrests or destruction is one violent mention; protest with
    violence is one protest (the violence is how it was met). A trigger dated well before the others ("set fire
    to cars on Thursday ... for a classmate killed last month": `earlier`) stays apart."""
    earlier = earlier or {}
    for status in {status for _, status in candidates}:
        families = {family for family, other in candidates if other == status}
        leader = next((family for family in FAMILY_PRIORITY if family in families), None)
        if leader is None:
            continue
        folded = FOLDED_INTO_VIOLENCE | {"violence", "riot"} if leader in {"protest", "riot"} else (
            FOLDED_INTO_VIOLENCE | {"other"} if leader == "violence" else set())
        for family in families - {leader}:
            if family in folded and earlier.get((family, status), False) == earlier.get((leader, status), False):
                trigger = candidates.pop((family, status))
                if (leader, status) not in candidates:
                    candidates[(leader, status)] = trigger
    return candidates


def trigger_status(token: Token, trigger: TriggerMatch, statements: list[Statement]) -> EventStatus:
    """Happened, or denied/threatened/planned/hypothetical/alleged by the words governing the trigger."""
    for statement in statements:
        if statement.act in {"deny", "threaten"} and _inside(trigger, statement):
            return "denied" if statement.act == "deny" else "threatened"
    if token.dep_ == "dobj" and token.head.lemma_.lower() in DEMAND_LEMMAS:
        return "hypothetical"  # "demanding the arrest of the attackers": asked for, not done
    previous = token
    for steps, node in enumerate([token, *token.ancestors]):
        if steps > MAX_STATUS_STEPS:
            break
        if steps > 0 and node.lemma_.lower() in PRESUPPOSING_NOUNS:
            return "happened"  # "denied involvement in the attack": the attack itself is not in doubt
        # "Police, who baton-charged protesters, tried to ...": what a subject did is not what it tried or denied
        status = None if previous.dep_ in {"nsubj", "nsubjpass", "csubj"} else _status_of_node(node, steps)
        previous = node
        if status == "alleged" and not _denial_in(token.doc, statements):
            return "happened"  # an accusation alone does not put the event in doubt, only one that is denied
        if status is not None:
            return status
        if node.dep_ in {"ROOT"} or (steps > 0 and node.dep_ in {"advcl", "relcl"}):
            break
    return "happened"


def _denial_in(doc: Doc, statements: list[Statement]) -> bool:
    """Whether the article reports a denial at all ("the group denied the charge")."""
    return any(statement.act == "deny" for statement in statements) or any(
        token.lemma_.lower() in DENY_LEMMAS for token in doc)


def _lemma_status(lemma: str) -> EventStatus | None:
    """The status a governing word gives an event under it ("denied firing", "threatened to attack")."""
    for lemmas, status in ((DENY_LEMMAS, "denied"), (THREAT_LEMMAS, "threatened"), (PLAN_LEMMAS, "planned"),
                           (ALLEGE_LEMMAS, "alleged")):
        if lemma in lemmas:
            return status  # type: ignore[return-value]
    return None


def _status_of_node(node: Token, steps: int) -> EventStatus | None:
    if steps > 0 and (status := _lemma_status(node.lemma_.lower())) is not None:
        return status
    for child in node.children:
        word = child.lower_
        if child.dep_ == "neg" and node.pos_ in {"VERB", "AUX"}:
            return "denied"
        if child.dep_ == "aux" and word in MODAL_FUTURE:
            return "planned"
        if child.dep_ == "aux" and word in MODAL_HYPOTHETICAL:
            return "hypothetical"
        if child.dep_ == "mark" and word in {"if", "unless"}:
            return "hypothetical"
        if child.dep_ == "aux" and word == "to" and node.pos_ == "VERB" and _intended(node):
            return _lemma_status(node.head.lemma_.lower()) or "hypothetical"
    return None


def _intended(verb: Token) -> bool:
    """ "plans to attack", "tried to storm": an infinitive of intent, not "claim to have killed"."""
    if any(child.lower_ == "have" and child.dep_ == "aux" for child in verb.children):
        return False
    head = verb.head
    if head.lemma_.lower() == "use" and head.tag_ == "VBD" and any(child.dep_ == "dobj" for child in head.children):
        return False  # "used a hijacked truck to ram the gate": the means of what was done
    return head.pos_ in {"NOUN", "PROPN"} or head.lemma_.lower() in INTENT_LEMMAS


def _inside(trigger: TriggerMatch, statement: Statement) -> bool:
    """The trigger opens what was denied or threatened ("denied [firing] rockets"), not "denied involvement in
    the attack", where the attack itself is not in doubt."""
    return any(span.start <= trigger.start and trigger.end <= span.end
               and len(span.text[:trigger.start - span.start].split()) <= 2 for span in statement.content_spans)


@functools.cache
def _separation_pattern() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:in\s+(?:a|another)\s+(?:separate|similar|second|different)\s+(?:incident|attack|blast|clash|development)"
        r"|in\s+another\s+(?:incident|attack)|separately|meanwhile|elsewhere|another\s+(?:attack|blast|explosion|bomb"
        r"|clash|suicide)|a\s+(?:second|separate)\s+(?:attack|blast|explosion|bomb|clash))\b"
        r"|^\W*(?:later|(?:about\s+|some\s+|nearly\s+)?(?:an?\s+hour|hours|minutes)\s+(?:later|earlier)"
        r"|also\s+on\s+\w+day|shortly\s+(?:after|afterwards)"
        r"|afterwards|subsequently|the\s+(?:next|following)\s+day|a\s+day\s+later)\b",
        re.IGNORECASE,
    )


@functools.cache
def _sequel_pattern() -> re.Pattern[str]:
    """A development told as coming after the event ("hours after the blast", "the next day"): its own event."""
    return re.compile(
        r"\b(?:(?:hours|minutes|days?|a\s+day|weeks?)\s+(?:after|later)|the\s+(?:next|following)\s+day"
        r"|(?:after|following)\s+the\s+(?:attack|blast|bombing|explosion|ambush|raid|shooting|killing|assault))\b",
        re.IGNORECASE,
    )


EVENT_NOUNS = frozenset({"attack", "blast", "bombing", "explosion", "bomb", "grenade", "strike", "airstrike",
                         "shelling", "ambush", "raid", "assault", "shooting", "killing", "clash", "fighting",
                         "battle", "protest", "demonstration", "riot", "abduction", "kidnapping", "incident"})
DEFINITE_WORDS = frozenset({"the", "this", "that", "these", "those"})
ANCHOR_PREPOSITIONS = frozenset({"after", "before", "following", "since", "ahead"})


def _definite_event_noun(token: Token) -> bool:
    return token.lemma_.lower() in EVENT_NOUNS and any(child.dep_ == "det" and child.lower_ in DEFINITE_WORDS
                                                       for child in token.children)


def _definite(token: Token) -> bool:
    """ "The grenade was hurled", "the strikes had targeted hideouts": the trigger, or the subject of the trigger
    verb, is a definite event noun that names an event already told."""
    if token.pos_ in {"NOUN", "PROPN"}:
        return _definite_event_noun(token.head if token.dep_ == "compound" else token)
    return any(child.dep_ in {"nsubj", "nsubjpass"} and _definite_event_noun(child) for child in token.children)


def _time_anchor(token: Token) -> bool:
    """ "Hours after the blast", "before the attack": a definite event noun that only dates the sentence's own
    event by one already told."""
    head = token.head if token.dep_ == "compound" else token
    return (head.dep_ == "pobj" and head.head.lower_ in ANCHOR_PREPOSITIONS
            and any(child.dep_ == "det" and child.lower_ in DEFINITE_WORDS for child in head.children))


def _in_since_clause(token: Token) -> bool:
    """ "on high alert since militants launched attacks": the clause after "since" tells an earlier event."""
    for node in [token, *token.ancestors][:4]:
        if any(child.dep_ == "mark" and child.lower_ == "since" for child in node.children):
            return True
        if node.dep_ == "pobj" and node.head.lower_ == "since":
            return True
    return False


@functools.cache
def _background_pattern() -> re.Pattern[str]:
    return re.compile(
        r"^\W*(?:earlier|previously|last\s+(?:week|month|year)|in\s+(?:an?\s+)?(?:earlier|previous|similar)\b)"
        r"|\b(?:so\s+far\s+this\s+year|this\s+year\s+alone|since\s+the\s+(?:start|beginning)\s+of)\b"
        r"|\bcomes?\s+(?:just\s+|only\s+)?(?:a\s+|two\s+|three\s+|several\s+|few\s+)?(?:days?|weeks?|months?)\s+after\b"
        r"|\bin\s+an?\s+(?:earlier|previous|similar)\s+(?:\w+\s+)?"
        r"(?:attack|incident|raid|blast|bombing|clash|operation)",
        re.IGNORECASE,
    )


def _figure_source(sentence: Span, context: ArticleContext) -> str | None:
    """Who gave the sentence's figures: the speaker of a statement covering it, or "according to X"."""
    for statement in context.statements:
        if statement.speaker and any(span.start <= sentence.start_char < span.end or
                                     sentence.start_char <= span.start < sentence.end_char
                                     for span in statement.content_spans):
            return statement.speaker
    match = re.search(r"\baccording\s+to\s+(?:the\s+)?((?:[A-Za-z][\w-]*\s?){1,4})", sentence.text)
    return match.group(1).strip() if match else _speaking_subject(sentence)


def _speaking_subject(sentence: Span) -> str | None:
    """ "The group said in a statement that its fighters killed 30 soldiers": the subject of the sentence's
    speech verb gives its figures, even when no statement was extracted."""
    for token in sentence:
        if token.pos_ == "VERB" and token.lemma_.lower() in {"say", "claim", "tell", "announce", "report"}:
            subject = next((child for child in token.children if child.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ != "PRON":
                return " ".join(word.text for word in subject.subtree)[:80]
    return None


def _without_dateline(sentence: Span) -> str:
    """The sentence's text with the story's dateline, and a headline run into it, blanked (same length): "March 7"
    there is no head count, and the headline's toll is the body's told again."""
    start, end = dateline_bounds(doc_text(sentence.doc))
    if end == 0 or not sentence.start_char <= start < sentence.end_char:
        return sentence.text
    cut = end - sentence.start_char
    return " " * cut + sentence.text[cut:]


def mention_location(context: ArticleContext, mention: EventMention) -> PlaceMention | None:
    """`event_location`'s answer, else the nearest resolved non-demonym place in the sentence."""
    try:
        found = event_location(context.doc, mention.trigger, context.places)
    except (ValueError, IndexError):
        found = None
    if found is not None:
        return found
    sentence = mention.sentence
    inside = [place for place in context.places if place.place is not None and not place.is_demonym
              and sentence.start_char <= place.span.start < sentence.end_char
              and not off_scene(context.doc, place)]
    return min(inside, key=lambda place: abs(place.span.start - mention.trigger.start), default=None)


# ----------------------------------------------------------------------------------------------------------
# Coding


def event_of(cluster: EventCluster, context: ArticleContext, quiet: dict[int, Span] | None = None) -> Event:
    """The coded event of a cluster of mentions (`quiet`: sentences without mentions that follow its own)."""
    mentions = cluster.mentions
    first = cluster.lead
    sentences = list(dict.fromkeys(mention.sentence for mention in mentions))
    # The lead tells the event even in a weak word ("a drone struck the city ... the attack killed four").
    strong = [mention for mention in mentions if not aftermath(mention)
              and (not mention.weak or mention is first)] or mentions
    told = [mention.sentence for mention in strong]
    told += [(quiet or {})[sentence.start] for sentence in told if sentence.start in (quiet or {})]
    text = " ".join(dict.fromkeys(sentence.text for sentence in told))
    figures = distinct_groups([group for mention in mentions for group in mention.figures])
    target = first.target or next((mention.target for mention in mentions if mention.target), None)
    victims = _victims(figures, first.target) + ([target.name] if target and not first.target else [])
    typing = classify(text, cluster.family, victims + attacked_objects(sentences))
    date = _event_date(mentions)
    core = not (first.background or is_background(date, context.article.published))
    killed = best_count(figures, "killed")
    event = Event(
        event_type=typing.event_type,
        sub_event_type=typing.sub_event_type,
        trigger=first.trigger,
        date=date or default_date(context.article, core),
        location=_best_location(mentions) if core else next((m.location for m in mentions if m.location), None),
        killed=killed if killed is not None else (
            0 if (core or cluster.family == "violence") and not _toll_unknown(sentences) else None),
        wounded=best_count(figures, "wounded"),
        casualties=[figure for group in figures for figure in group.figures],
        perpetrator=_perpetrator([first, *(mention for mention in mentions if mention is not first)], context),
        target=target,
        status=first.status,
        core=core,
        confidence=min(0.9, 0.5 + 0.1 * len(mentions) + (0.1 if figures else 0.0)),
    )
    if event.event_type in {"Protests", "Riots"}:
        _protest_actors(event, sentences, context.doc)
    elif event.target is None and event.event_type in CLAIMABLE_EVENT_TYPES:
        event.target = attacked_target(context.doc, told, frozenset(place.span.start for place in context.places))
    if event.location is None:
        # Only the article's country may be left: a modifier ("Pak Army") still tells it.
        named = _article_place([place for place in context.places if not care_place(context.doc, place)],
                               context.article.country)
        event.location = (_refined_by_implied(named, context.implied_places) if core
                          else _country_of(named, context.places))
    elif core:
        event.location = _locality_in_implied_area(event.location, context.implied_places)
    return event


def _protest_actors(event: Event, sentences: list[Span], doc: Doc) -> None:
    """A protest or riot is carried out by those who took part; force against protesters by the police or
    troops, aimed at the protesters."""
    protesters = protesters_of(doc, sentences)
    if event.sub_event_type == "Excessive force against protesters":
        event.perpetrator = force_against(doc, sentences) or event.perpetrator
        event.target = protesters or event.target
    elif protesters is not None:
        event.perpetrator = protesters


def distinct_groups(groups: list[FigureGroup]) -> list[FigureGroup]:
    """Each figure group once, even when two mentions of one sentence both found it: a toll read twice from the
    same words ("three soldiers" seen by "bomb" and by "killed") is one toll, never two."""
    seen: dict[tuple[str, tuple[tuple[int, int], ...]], FigureGroup] = {}
    for group in groups:
        key = (group.kind, tuple((figure.span.start, figure.span.end) for figure in group.figures))
        seen.setdefault(key, group)
    return list(seen.values())


def _toll_unknown(sentences: list[Span]) -> bool:
    """ "Several were killed", "the toll is not yet known": deaths without a number are unknown, not none."""
    return "killed" in vague_kinds(" ".join(sentence.text for sentence in sentences))


def _victims(figures: list[FigureGroup], target: Actor | None) -> list[str]:
    """Who suffered: every counted group (militants killed by troops are victims of the fight too), the target."""
    victims = [figure.group for group in figures if group.kind != "arrested"
               for figure in group.figures if figure.group]
    return [target.name, *victims] if target is not None else victims


ATTACKED_LEMMAS = frozenset({"attack", "target", "ambush", "shoot", "kill", "gun", "kidnap", "abduct", "storm",
                             "injure", "wound", "murder", "intercept", "raid"})


def attacked_objects(sentences: list[Span]) -> list[str]:
    """What the sentences' attack verbs were done to ("targeted a Levies official"), for telling armed victims
    from unarmed ones."""
    objects = []
    for sentence in sentences:
        for token in sentence:
            if token.pos_ == "VERB" and token.lemma_.lower() in ATTACKED_LEMMAS:
                objects.extend(" ".join(word.text for word in child.subtree)[:80] for child in token.children
                               if child.dep_ in {"dobj", "nsubjpass"})
    return objects


PRECISION_RANK = {"location": 3, "admin2": 2, "admin1": 1, "country": 0}


def _best_location(mentions: list[EventMention]) -> PlaceMention | None:
    """The most precise resolved place among the mentions that lies inside the first one's (the first when
    equally precise): a later mention's place elsewhere ("treated in Bannu") never replaces the event's own."""
    located = [mention.location for mention in mentions if mention.location is not None]
    start, end = dateline_bounds(doc_text(mentions[0].sentence.doc)) if mentions else (0, 0)
    # The dateline tells where the story was filed: any place the mentions state is the event's before it.
    stated = [location for location in located if not start <= location.span.start < end]
    located = stated or located
    resolved = [location for location in located if location.place is not None]
    if not resolved:
        return located[0] if located else None
    inside = [location for location in resolved if _within(location.place, resolved[0].place)]
    return max(inside, key=lambda location: (PRECISION_RANK[location.place.precision], -located.index(location)))


def _within(place: Place, area: Place) -> bool:
    """`place` is `area` or lies inside it, as far as their divisions tell."""
    if place.country != area.country:
        return False
    if area.precision == "admin2":
        return place.geonameid == area.geonameid or (place.admin2 is not None and place.admin2 in {area.admin2,
                                                                                               area.name})
    if area.precision == "admin1":
        return place.admin1 == area.admin1
    if area.precision == "location":
        return place.geonameid == area.geonameid or PRECISION_RANK[place.precision] < PRECISION_RANK["location"]
    return True


def _article_place(places: list[PlaceMention], focus_country: str | None = None) -> PlaceMention | None:
    """The article's first resolved place finer than a country, else its first resolved place, in the country
    the article names most (a lone stray reading, such as a word of an outlet's name, never wins), or in the
    collection's country when it has one: there "a US drone" names the drone's owner, not the event's place."""
    resolved = [place for place in places if place.place is not None and not place.is_demonym]
    leading = focus_country or _leading_country(resolved)
    resolved = [place for place in resolved if place.place.country == leading]
    finer = [place for place in resolved if place.place.precision != "country"]
    return (finer or resolved or [None])[0]


def _refined_by_implied(named: PlaceMention | None, implied: list[PlaceMention]) -> PlaceMention | None:
    """A place finer than a country stands; else the division of a regional actor named, in the country of
    the place if there is one ("MQM" in a story placed only in Pakistan is Sindh); else the place; else the
    collection's country."""
    if named is not None and named.place is not None and named.place.precision != "country":
        return named
    country = named.place.country if named is not None and named.place is not None else None
    areas = [mention for mention in implied if mention.basis in {"actor", "operation"}
             and mention.place is not None and country in (None, mention.place.country)]
    if areas:
        return areas[0]
    if named is not None:
        return named
    return next((mention for mention in implied if mention.basis == "collection"), None)


def _event_date(mentions: list[EventMention]) -> ResolvedDate | None:
    """The first date the mentions give; a weekend is narrowed to the day a later mention names ("at the
    weekend ... The attack on Sunday")."""
    dates = [mention.date for mention in mentions if mention.date is not None]
    if not dates:
        return None
    days = weekend_days(dates[0])
    return next((date for date in dates[1:] if date.value in days), dates[0])


def _country_of(named: PlaceMention | None, places: list[PlaceMention]) -> PlaceMention | None:
    """A background event's country: the article's, where the article names it, and nothing finer (a remark
    about "refugees last year" is not placed in the town the story is about)."""
    if named is None or named.place is None or named.place.precision == "country":
        return named
    return next((mention for mention in places if mention.place is not None and not mention.is_demonym
                 and mention.place.precision == "country" and mention.place.country == named.place.country), None)


def _locality_in_implied_area(location: PlaceMention, implied: list[PlaceMention]) -> PlaceMention:
    """A town the gazetteer does not know and the text places nowhere ("in Domel") is placed in the division of
    a regional actor the article names, else in the collection's country; its name is kept."""
    place = location.place
    if place is not None and (place.feature_code is not None or place.admin1 is not None):
        return location
    country = place.country if place is not None else None
    area = next((mention.place for mention in implied if mention.place is not None
                 and country in (None, mention.place.country)), None)
    if area is None:
        return location
    admin1 = area.admin1 if area.precision != "country" else None
    inside = Place(location.span.text, country=area.country, admin1=admin1)
    return PlaceMention(location.span, inside, confidence=location.confidence)


def _leading_country(resolved: list[PlaceMention]) -> str | None:
    """The country most of the places belong to (the first named on a tie)."""
    countries = Counter(place.place.country for place in resolved if place.place is not None)
    return max(countries, key=lambda country: countries[country], default=None)


def _perpetrator(mentions: list[EventMention], context: ArticleContext) -> Actor | None:
    """A claim of responsibility, else the first named agent or subject (the lead mention's first), else a
    generic attacker noun, else the lead mention's own agent or subject."""
    sentences = list(dict.fromkeys(mention.sentence for mention in mentions))
    claim = claimed_by(context.doc, sentences)
    if claim is not None:
        return claim
    named = next((mention.perpetrator for mention in mentions if mention.perpetrator
                  and side_of(mention.perpetrator.name) != "unknown"), None)
    if named is not None:
        return named
    generic = next((actor for sentence in sentences if (actor := generic_perpetrator(context.doc, sentence))), None)
    # Else whoever the lead mention's own verb says acted ("Pakistani military aircraft bombed ..."), else the
    # side named first in "clashes between X and Y".
    return generic or mentions[0].perpetrator or sides_of_fight(context.doc, mentions[0].token)[0]
