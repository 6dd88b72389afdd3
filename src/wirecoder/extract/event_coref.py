"""Event coreference: which mentions of one article tell the same event.

A mention joins the earlier event of a compatible family whose date and stated place do not conflict (the one
sharing most words with it), unless its sentence opens a new incident or tells strikes from the air beside other
means. Toll updates, "the incident ..." sentences and definite references ("the grenade was hurled ...") join
the event they name, figures told by a weak word ("two rebels were killed") the event told just before; arrests
and seizures told beside a violent event are part of it. A new incident opened by "two days before the assault"
is dated from the event told.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wirecoder.extract.event_types import TriggerFamily, cues, remote_violence_type
from wirecoder.models import PlaceMention, ResolvedDate
from wirecoder.nlp.text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from wirecoder.extract.events import EventMention

# Weak words that only tell what became of victims already reported ("the victim died on Sunday").
AFTERMATH_TRIGGERS = frozenset({"died", "succumbed", "body", "bodies", "found"})
# Families folded into a violent event told in the same article (arrests after a raid, hideouts destroyed).
FOLDED_INTO_VIOLENCE = frozenset({"arrest", "looting", "disruption"})
FAMILY_PRIORITY: tuple[TriggerFamily, ...] = (
    "protest", "riot", "violence", "agreement", "looting", "disruption", "arrest", "other"
)
# Words too common in attack reports to tell two events apart.
COMMON_WORDS = frozenset("said says that with were from have been their they this when which after also killed "
                         "attack attacks injured wounded police officials people area district security forces "
                         "according told there other others more than".split())


@dataclass(slots=True)
class EventCluster:
    """Mentions of one event."""

    mentions: list[EventMention]

    @property
    def family(self) -> TriggerFamily:
        """The leading family among the mentions (violence over the arrests folded into it)."""
        families = {mention.family for mention in self.mentions}
        return next(family for family in FAMILY_PRIORITY if family in families)

    @property
    def lead(self) -> EventMention:
        """The first mention of the event's own family: its trigger stands for the event."""
        family = self.family
        return next(mention for mention in self.mentions if mention.family == family)


def corefer(mentions: list[EventMention]) -> list[EventCluster]:
    """Mentions grouped into events: each joins the compatible earlier event whose sentences share the most
    words with its own (the first on a tie), else starts its own."""
    clusters: list[EventCluster] = []
    last: EventCluster | None = None  # the event of the mention before, for figures told right after it
    for mention in mentions:
        home = _told_event(mention, clusters, last)
        if home is not None:
            home.mentions.append(mention)
            last = home
            continue
        if mention.anaphoric:
            continue  # refers back to nothing told: not an event of its own
        if mention.date is None and mention.separate and clusters and _same_day_sequel(mention):
            mention.date = _latest_reported_date(clusters)
        if mention.date is None and mention.days_from_told is not None:
            mention.date = _shifted_from_told(clusters, mention.days_from_told)
        last = EventCluster([mention])
        clusters.append(last)
    return clusters


def _told_event(mention: EventMention, clusters: list[EventCluster], last: EventCluster | None) -> EventCluster | None:
    """The earlier event this mention tells again, if any."""
    if last is not None and _ensuing(mention) and last.lead.status == mention.status \
            and _families_match(last.family, mention.family):
        return last  # "gunmen ambushed a patrol ... killed three attackers in the ensuing firefight"
    candidates = [] if mention.separate else [cluster for cluster in clusters if compatible(cluster, mention)]
    if not candidates and aftermath(mention):
        candidates = [cluster for cluster in clusters if cluster.family == "violence"
                      and cluster.lead.status == mention.status]
        if last in candidates and _right_after(last, mention):
            return last  # "Two rebels were killed, the army said" after the clash it counts
    if not candidates and mention.definite and not mention.separate:
        candidates = [cluster for cluster in clusters if _same_kind_and_time(cluster, mention)]
        if not candidates:
            candidates = _named_event(clusters, mention)
    if not candidates and mention.participants:
        candidates = _participants_event(clusters, mention)
    if not candidates and not mention.separate:
        candidates = _protest_toll_told_again(clusters, mention)
    if not candidates:
        return None
    if mention.points_back:
        return candidates[-1]  # "the operation", "the incident": the event told last
    generic = mention.definite and mention.trigger.text.lower() in GENERIC_EVENT_NOUNS
    if (mention.weak or generic) and last in candidates and _right_after(last, mention):
        # "Hours later, troops clashed ... Two rebels were killed": the clash's dead; "a drone struck Nyala ...
        # The RSF blamed the army for the attack": the event told just before.
        return last
    return max(candidates, key=lambda cluster: (_overlap(cluster, mention), -clusters.index(cluster)))


# "The attack", "the incident": nouns that name whichever event was told just before.
GENERIC_EVENT_NOUNS = frozenset({"attack", "incident", "assault", "violence"})


def _retaking(mention: EventMention) -> bool:
    """The mention's word is one of taking a place back ("retook", "regained control"), the typing cue's words."""
    return cues()["recaptured"].fullmatch(mention.trigger.text) is not None


def _ensuing(mention: EventMention) -> bool:
    """ "The ensuing firefight", "the resulting clash": the fight that followed the event told just before."""
    return any(child.lower_ in {"ensuing", "subsequent", "resulting", "ensued"} for child in mention.token.children)


def _right_after(cluster: EventCluster, mention: EventMention) -> bool:
    """The mention's sentence follows the cluster's last sentence directly."""
    previous = cluster.mentions[-1].sentence
    return 0 <= mention.sentence.start - previous.end <= 1


def _latest_reported_date(clusters: list[EventCluster]) -> ResolvedDate | None:
    """The date of the last event reported as happening now (not a background deal or campaign)."""
    for cluster in reversed(clusters):
        if cluster.lead.family != "agreement" and not cluster.lead.background and cluster.lead.status == "happened":
            return cluster.lead.date
    return clusters[-1].lead.date if clusters else None


def _shifted_from_told(clusters: list[EventCluster], days: int) -> ResolvedDate | None:
    """The latest told event's day, shifted by `days`."""
    for cluster in reversed(clusters):
        date = next((mention.date for mention in cluster.mentions if mention.date is not None), None)
        if date is not None and date.precision == "day":
            shifted = dt.date.fromisoformat(date.value) + dt.timedelta(days=days)
            return ResolvedDate(shifted.isoformat(), "day", span=date.span)
    return None


def _participants_event(clusters: list[EventCluster], mention: EventMention) -> list[EventCluster]:
    """ "The protesters were demanding ...": the latest protest told, whatever date the sentence's other clauses
    give (the mention's own date is dropped); none when no protest was told, and the mention stands alone."""
    told = [cluster for cluster in clusters if cluster.lead.status == mention.status
            and _families_match(cluster.family, mention.family)]
    if told:
        mention.date = None
    return told[-1:]


def _protest_toll_told_again(clusters: list[EventCluster], mention: EventMention) -> list[EventCluster]:
    """ "Police fired live bullets at protesters, killing two people ... two men were shot dead in the capital":
    the same deaths told again as a killing belong to the protest that counted them."""
    killed = _killed(mention)
    if mention.family != "violence" or not killed:
        return []
    return [cluster for cluster in clusters if cluster.family == "protest" and cluster.lead.status == mention.status
            and any(_killed(other) == killed for other in cluster.mentions)
            and all(dates_compatible(other.date, mention.date) for other in cluster.mentions)]


def _killed(mention: EventMention) -> int:
    return sum(group.total for group in mention.figures if group.kind == "killed")


def _named_event(clusters: list[EventCluster], mention: EventMention) -> list[EventCluster]:
    """ "The group said none of its members were involved in the ambush": a definite noun names the latest told
    event of its kind even when its sentence dates something else; that date is not the event's."""
    told = [cluster for cluster in clusters if cluster.lead.status == mention.status
            and _families_match(cluster.family, mention.family) and not cluster.lead.background]
    if told and mention.figures == []:
        mention.date = None
        return told[-1:]
    return []


def _same_kind_and_time(cluster: EventCluster, mention: EventMention) -> bool:
    """A definite mention ("the grenade was hurled at shoppers") names the told event of its kind even when the
    place read from its own sentence differs (a landmark, a street): only kind, status and date must agree."""
    return (cluster.lead.status == mention.status and _families_match(cluster.family, mention.family)
            and all(dates_compatible(other.date, mention.date) for other in cluster.mentions if not other.aftermath))


def _content_words(text: str) -> set[str]:
    return {word for word in re.findall(r"[a-z]{4,}", text.lower()) if word not in COMMON_WORDS}


def _overlap(cluster: EventCluster, mention: EventMention) -> int:
    """Content words the mention's sentence shares with the cluster's ("the convoy bombing" -> the convoy)."""
    words = _content_words(mention.sentence.text)
    return len(words & set().union(*(_content_words(other.sentence.text) for other in cluster.mentions)))


def _same_day_sequel(mention: EventMention) -> bool:
    """ "Hours later, gunmen ambushed ...", "arrested three suspects hours after the blast": a new event on the day
    of the one before."""
    return bool(re.search(r"\b(?:an?\s+hour|hours|minutes)\s+(?:later|earlier|after)\b"
                          r"|^\W*later\s+(?:that|the\s+same)\s+day",
                          mention.sentence.text, re.IGNORECASE))


def absorb_side_developments(clusters: list[EventCluster]) -> list[EventCluster]:
    """Arrests, seizures and destruction told beside a violent event (before or after it) are part of it."""
    violent = [cluster for cluster in clusters if cluster.family == "violence"]
    kept = []
    for cluster in clusters:
        home = None
        if cluster.family in FOLDED_INTO_VIOLENCE and not cluster.lead.separate:
            home = next((other for other in violent if all(compatible(other, mention) for mention in cluster.mentions)),
                        None)
        if home is None:
            kept.append(cluster)
        else:
            home.mentions.extend(cluster.mentions)
            home.mentions.sort(key=lambda mention: mention.trigger.start)
    return kept


def aftermath(mention: EventMention) -> bool:
    """ "The victim died on Sunday": a later fate of people hurt in an event already told, not a new event."""
    return mention.aftermath or (mention.family == "violence"
                                 and mention.trigger.text.lower().split()[0] in AFTERMATH_TRIGGERS)


def compatible(cluster: EventCluster, mention: EventMention) -> bool:
    """Same kind of event, same status, and no conflict of date or place."""
    first = cluster.mentions[0]
    if first.status != mention.status or not _families_match(cluster.family, mention.family):
        return False
    if not mention.aftermath and any(not dates_compatible(other.date, mention.date)
                                     for other in cluster.mentions if not other.aftermath):
        return False
    if _means_conflict(cluster, mention) or _retaken_after(cluster, mention):
        return False
    return all(places_compatible(_stated_place(other), _stated_place(mention)) for other in cluster.mentions)


def _retaken_after(cluster: EventCluster, mention: EventMention) -> bool:
    """ "Gang members stormed the town ... police had retaken the town": taking a place back is an event of its
    own, not more of the attack that took it."""
    retaking = _retaking(mention)
    retaken = any(_retaking(other) for other in cluster.mentions)
    # The figures told after a retaking ("one officer was wounded") still join it.
    return retaking != retaken and not (retaken and (mention.weak or aftermath(mention)))


AIR_MEANS = "Air/drone strike"
GROUND_MEANS = frozenset({"Shelling/artillery/missile attack", "Suicide bomb"})


def _means(mention: EventMention) -> str | None:
    return remote_violence_type(mention.sentence.text) if mention.family == "violence" else None


def _means_conflict(cluster: EventCluster, mention: EventMention) -> bool:
    """ "Artillery shelled a market ... the ministry said militants had targeted army positions with drones":
    strikes from the air and from the ground, or from the air beside a ground attack, told without a definite
    "the", are two events."""
    mine = _means(mention)
    if mine is None or mention.definite or (mine != AIR_MEANS and mine not in GROUND_MEANS):
        return False
    theirs = next((means for other in cluster.mentions if (means := _means(other)) is not None), None)
    if theirs is None:
        # "Gunmen abducted 40 villagers ... an airstrike on a bandit hideout killed dozens": a strike from the air
        # beside an event told with no remote means is another event.
        return mine == AIR_MEANS
    return AIR_MEANS in {mine, theirs} and bool({mine, theirs} & GROUND_MEANS)


def _stated_place(mention: EventMention) -> PlaceMention | None:
    """The mention's place only when its own sentence states it after "in", "at", "near" ...: a place borrowed
    from a neighbouring sentence or named in passing never splits an event."""
    location = mention.location
    sentence = mention.sentence
    if location is None or not (sentence.start_char <= location.span.start < sentence.end_char):
        return None
    before = doc_text(sentence.doc)[max(sentence.start_char, location.span.start - 40):location.span.start]
    if re.search(r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?$", before, re.IGNORECASE):
        return None  # "70 km southwest of Mogadishu": a bearing from a landmark, not where it happened
    if _in_apposition(sentence.doc, location):
        return None  # "the group, an affiliate in the region, said": describes an actor
    stated = r"\b(?:in|at|near|outside|inside|of|through|across)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$"
    return location if re.search(stated, before, re.IGNORECASE) else None


def _in_apposition(doc: Doc, location: PlaceMention) -> bool:
    span = doc.char_span(location.span.start, location.span.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and any(ancestor.dep_ == "appos"
                                                      for ancestor in list(span.root.ancestors)[:4])


def _families_match(home: TriggerFamily, family: TriggerFamily) -> bool:
    if home == family:
        return True
    if home == "violence":
        return family in FOLDED_INTO_VIOLENCE
    return {home, family} <= {"protest", "riot", "looting"}  # crowds torching cars are the protest's riot


def dates_compatible(first: ResolvedDate | None, second: ResolvedDate | None) -> bool:
    """Two dates of one event: equal at the coarser precision, a weekend and one of its days, or either unknown."""
    if first is None or second is None:
        return True
    if second.value in weekend_days(first) or first.value in weekend_days(second):
        return True
    shared = min(len(first.value), len(second.value))
    return first.value[:shared] == second.value[:shared]


def weekend_days(date: ResolvedDate) -> set[str]:
    """The two days "the weekend" covers (it resolves to its Saturday); none for any other date."""
    if date.span is None or date.precision != "day" or "weekend" not in date.span.text.lower():
        return set()
    saturday = dt.date.fromisoformat(date.value)
    return {saturday.isoformat(), (saturday + dt.timedelta(days=1)).isoformat()}


def places_compatible(first: PlaceMention | None, second: PlaceMention | None) -> bool:
    """Two places of one event: unknown, the same, or one inside the other's first-level division."""
    if first is None or second is None or first.place is None or second.place is None:
        return True
    a, b = first.place, second.place
    if a.country and b.country and a.country != b.country:
        return False
    if a.precision == "country" or b.precision == "country":
        return True
    return not (a.admin1 and b.admin1 and a.admin1 != b.admin1)
