"""Event triggers and ACLED typing: which words report an event, and which of the 25 sub-event types it is.

Pure regular expressions, no model. `find_triggers` finds trigger words and their family (violence, arrest,
protest, riot, looting, agreement, disruption, other); `classify` codes an event from the text of all its
mentions, following the ACLED codebook's precedence:

1. suicide bomber => Suicide bomb (even when gunmen joined); chemical agents => Chemical weapon;
2. air strike, drone, jets, gunships => Air/drone strike;
3. remote means (shelling, rockets, grenade, IED, bomb) used in a two-sided fight ("exchange of fire",
   "returned fire") => Battles/Armed clash; otherwise shelling/mortar/rocket/missile => Shelling/artillery/
   missile attack, grenade => Grenade, IED/bomb/blast/landmine => Remote explosive/landmine/IED; rocket-propelled
   grenades carried into a ground assault are no remote means;
4. a fight to rescue captives => Battles/Armed clash; kidnap/abduct with nobody killed => Abduction/forced
   disappearance; rape => Sexual violence; a body found, with no fight told => Violence against civilians/Attack;
5. territory captured => Non-state actor overtakes territory, or recaptured => Government regains territory
   ("fell to" takes the captor after it);
6. armed actors on both sides (soldiers, police, a post, militants as victims), a clash, or a raid by state
   forces => Battles/Armed clash; unarmed victims of armed actors (also in rebels' raid) => Violence against
   civilians/Attack;
7. protests, riots and strategic developments by their own cues.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Literal

# "The body of an abducted engineer was found": someone killed out of any fight.
_BODY_FOUND = re.compile(r"\bbod(?:y|ies)\s+of\b[^.;]{0,80}?\b(?:found|recovered|discovered|dumped)\b", re.IGNORECASE)

TriggerFamily = Literal["violence", "arrest", "protest", "riot", "looting", "agreement", "disruption", "other"]

TRIGGER_WORDS: dict[TriggerFamily, str] = {
    # Longest, most specific first: "seized a cache of weapons" is a seizure before "seized" is a capture.
    "disruption": (
        r"defused|foiled|thwarted|(?:seized|recovered|found|discovered|confiscated|intercepted|captured|unearthed)"
        r"(?:\s+\S+){0,6}?\s+(?:weapons|arms|ammunition|explosives?|firearms|guns|rifles|pistols|bullets|devices"
        r"|ieds?|bombs?|cache|stash)|(?:cache|stash|haul)\s+of\s+(?:\w+\s+)?(?:weapons|arms|ammunition|explosives"
        r"|firearms)|(?:weapons|ammunition|explosives?|firearms|devices|pistols|bullets|guns|bombs?)(?:\s+\S+){0,8}?"
        r"\s+(?:were|was|have\s+been|has\s+been)\s+(?:seized|found|recovered|discovered|captured|confiscated"
        r"|intercepted|defused)"
    ),
    "violence": (
        r"(?:captured|seized|freed|liberated|retook|recaptured|regained|overran)(?=\s)|took\s+(?:back\s+)?control"
        r"|taken\s+control|"
        r"attack(?:s|ed|ing)?|assault(?:s|ed)?|storm(?:ed|ing|s)?|ambush(?:ed|es)?|raid(?:s|ed)?|opened\s+fire"
        r"|open\s+fire|fired|firing"
        r"|shot\s+dead|shot|shooting|gunned\s+down|killed|killing|clash(?:es|ed)?|encounter|exchange\s+of\s+fire"
        r"|gun\s*battle|firefight|shoot-?out|fighting|blast(?:s)?|explosion(?:s)?|exploded|explode[sd]?"
        r"|bomb(?:ing|ed|s)?"
        r"|ieds?|landmines?|suicide\s+(?:attack|bombing|bomber|blast)|air\s*strikes?|airstrikes?|drone\s+strikes?"
        r"|(?:artillery|missile|rocket|mortar|helicopter|naval|aerial)\s+(?:strikes?|bombardment)"
        r"|shelling|shelled|mortars?|rockets?|missiles?|grenades?|pounded|bombarded|blew\s+up|blown\s+up|went\s+off"
        r"|(?:blew|blow)\s+(?:him|her|them)sel(?:f|ves)\s+up|blew\s+(?:it|them)\s+up|destroyed"
        r"|detonated|struck|fell\s+(?:in)?to(?=\s+(?:the\s+)?(?:hands\s+of\s+)?(?:(?-i:[A-Z])|al-|(?:militants|rebels"
        r"|insurgents|jihadists|fighters|troops|forces|government|army)\b))|dropped\s+(?:\w+\s+)?(?:explosives?|bombs?|grenades?|munitions)|kidnapp(?:ed|ing)|kidnapped|abduct(?:ed|ion|ing)|taken\s+hostage|martyred|died|injured|wounded"
        r"|lynched|beheaded|tortured|raped|targeted\s+killing|stabbed|hacked\s+to\s+death|captured|overran"
        r"|recaptured|retook|retaken|regained\s+control|seized\s+control|took\s+control|search\s+operation|operation"
        r"|murder(?:ed)?"
        r"|targeted|targeting|bod(?:y|ies)|found\s+dead|gunfight|incident"
    ),
    "arrest": r"arrest(?:ed|s)?|detained|apprehended|taken\s+into\s+custody|nabbed|rounded\s+up",
    "protest": (
        r"protest(?:s|ed|ers|ing)?|demonstrat(?:ion|ions|ors|ed)|rall(?:y|ies|ied)|sit-in|marched|staged\s+a\s+march"
        r"|(?:took|take|taking|takes)\s+to\s+the\s+streets"
        r"|dispersed?|tear\s*gas|baton-?charged?|lathi-?charged?|water\s+cannons?"
        r"|block(?:ed|ing|aded|ading)\s+(?:\S+\s+){0,3}?(?:highways?|roads?|motorway|railway\s+tracks?|traffic|streets?)\b"
    ),
    "riot": r"riot(?:s|ed|ers|ing)?|mob|rampage|vandali[sz]ed",
    "looting": r"loot(?:ed|ing)|ransack(?:ed)?|torched|set\s+(?:on\s+)?fire|set\s+ablaze|arson|burn(?:ed|t)\s+down",
    "agreement": (
        r"agreement|cease-?fire|truce|peace\s+deal|peace\s+accord|signed\s+an?\s+(?:accord|deal|pact)"
        r"|agreed\s+(?:to\s+|on\s+)?(?:an?\s+|the\s+)?(?:cease-?fire|truce|peace)"
        r"|prisoners?\s+(?:swap|exchange)|exchanged?\s+(?:of\s+)?prisoners|peace\s+talks"
    ),
    "other": (
        r"campaign|crackdown|curfew|surrender(?:ed)?|laid\s+down\s+(?:their\s+|his\s+)?arms|defected|merged"
        r"|disbanded|withdr[ae]wn?|pulled\s+out|pulled\s+back|handed\s+over|(?:set\s+up|established|establishing"
        r"|created|built|opened)\s+(?:\S+\s+){0,5}?(?:bases?|posts?|points?|checkpoints?|outposts?|headquarters"
        r"|camps?)"
    ),
}
# Plural nouns that name a kind of event rather than one ("attacks within the country"): generic unless
# a number, a casualty figure or "the" ties them to one occurrence.
PLURAL_NOUN_TRIGGERS = frozenset(
    "attacks assaults ambushes raids clashes blasts explosions bombs bombings ieds landmines rockets missiles "
    "mortars grenades protests demonstrations rallies riots".split()
)


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    """A trigger word in a text: its character offsets, surface form and family."""

    start: int
    end: int
    text: str
    family: TriggerFamily


@dataclass(frozen=True, slots=True)
class EventTyping:
    """An ACLED event type and sub-event type."""

    event_type: str
    sub_event_type: str


@functools.cache
def _trigger_pattern() -> re.Pattern[str]:
    groups = "|".join(f"(?P<{family}>{words})" for family, words in TRIGGER_WORDS.items())
    return re.compile(rf"\b(?:{groups})\b", re.IGNORECASE)


def find_triggers(text: str, offset: int = 0) -> list[TriggerMatch]:
    """Every trigger word in `text`, offsets shifted by `offset`, in text order."""
    triggers = []
    for match in _trigger_pattern().finditer(text):
        family = next(name for name, value in match.groupdict().items() if value)
        start, end = offset + match.start(), offset + match.end()
        triggers.append(TriggerMatch(start, end, match.group(0), family))  # type: ignore[arg-type]
    return triggers


# "An operation", never the "Internal Security Operations Command" or an "operations room".
_OPERATION = r"operation(?!s?\s+(?:command|cent(?:re|er)|room|department|directorate|wing|unit)\b)"
# Typing cues, searched in the text of all of an event's mentions.
CUE_PATTERNS: dict[str, str] = {
    "territory": (
        r"(?:captured|seized|took\s+(?:back\s+)?control\s+of|taken\s+control\s+of|seized\s+control\s+of|freed"
        r"|liberated|retook|retaken|recaptured|regained(?:\s+control\s+of)?|overran|took\s+over"
        r"|drove\s+\S+(?:\s+\S+)?\s+out\s+of|recovered|fell\s+to)\s+(?:\S+\s+){0,6}?(?:towns?|villages?|city|cities"
        r"|district|areas?|territory|neighbou?rhoods?|port|crossing|border\s+point|region|province|bases?|hills?"
        r"|positions?|airport|highway|regions|parts)\b"
    ),
    # "The town fell to al-Shabaab": the captor follows.
    "fell_to": r"fell\s+(?:in)?to\s+(?:the\s+)?(?:hands\s+of\s+)?",
    "regain_words": r"recaptured|regained|retook|retaken|liberated|freed|took\s+back|recovered",
    "state_forces": (
        r"government\s+forces|army|troops|security\s+forces|military|soldiers|police|armed\s+forces|national\s+army"
        r"|forces\s+loyal"
    ),
    "non_state": (
        r"rebels?|militants?|insurgents?|islamic\s+state|isis|isil|daesh|taliban|al-shabaab|shabaab|terrorists?"
        r"|jihadists?|fighters|militia|separatists?|huthi|houthi|guerrillas?|armed\s+groups?"
    ),
    "suicide": (
        r"suicide|(?:blew|blow|blown)\s+(?:him|her|them)sel(?:f|ves)\s+up|self-detonat|explosive\s+vest|kamikaze"
    ),
    "chemical": (
        r"chemical\s+(?:weapon|attack|agent)|chlorine|sarin|nerve\s+agent|(?:poison(?:ous)?|toxic|mustard)\s+gas"
        r"|asphyxia|suffocat"
    ),
    "air": (
        r"air\s*strikes?|airstrikes?|aerial|arial|airal|drones?|fighter\s+(?:jets?|aircraft|planes?)|jets?\b"
        r"|warplanes?|(?:military|war|fighter)\s+planes?|aircrafts?\b|gunships?|helicopters?|air\s+raids?"
        # "bombers" alone are mostly people who planted or carried bombs; aircraft come with a kind of plane
        r"|(?:jet|fighter|heavy|strategic|stealth|b-\d+)\s+bombers\b"
        r"|(?:air\s*force)(?!\s+(?:camp|base|station|academy|headquarters|officer|official|personnel|employee|colony))"
    ),
    "shelling": r"shell(?:s|ing|ed)\b|mortars?|artillery|rockets?|missiles?|rocket-propelled|howitzer",
    "grenade": r"grenades?",
    "explosive": (
        r"ieds?\b|improvised\s+explosive|bomb|blasts?\b|explosions?|explod|explosives?|landmines?|\bmines?\b"
        r"|blew\s+up|blown\s+up|blew\s+(?:it|them)\s+up|went\s+off|detonat|booby"
    ),
    "two_sided": (
        r"exchange\s+of\s+(?:gun)?fire|exchanged\s+(?:heavy\s+)?fire|returned\s+fire|return\s+fire|retaliat"
        r"|gun\s*battle|gunfight|firefight|shoot-?out|clash|encounter|traded\s+(?:gun)?fire|fierce\s+fighting|fought"
        r"|responded|fired\s+back|firing\s+back|fire\s+exchange|each\s+other|confrontation"
    ),
    "security_operation": rf"search\s+operation|{_OPERATION}|raid|cordon",
    "clash": (
        r"exchange\s+of\s+fire|exchanged\s+fire|returned\s+fire|retaliat|gun\s*battle|firefight|shoot-?out|clash"
        rf"|encounter|traded\s+(?:gun)?fire|fighting|fought|battle|search\s+operation|{_OPERATION}|raid|cordon|ambush"
        r"|confrontation"
    ),
    # The agent nouns ("a clash with the kidnappers") name who, not an abduction told here.
    "abduction": (
        r"kidnap(?!pers?\b)|abduct(?!ors?\b)|taken\s+hostage|hostage|forced\s+disappear|went\s+missing"
        r"|enforced\s+disappear"
        # "seized more than 130 pupils": people seized are abducted
        r"|(?:seized|snatched|grabbed|whisked\s+away)\s+(?:\S+\s+){0,3}?(?:pupils|students|schoolgirls"
        r"|schoolchildren|children|women|girls|boys|villagers|passengers|people|worshippers|farmers|workers|men"
        r"|travell?ers|residents)\b"
    ),
    "rescue": r"rescu|freed\s+(?:\w+\s+){0,3}(?:hostages?|captives?)",
    "sexual": r"rape|raped|sexual(?:ly)?\s+(?:assault|abus|violen)|gang-?raped",
    "recaptured": r"recaptured|regained\s+control|retook|retaken|cleared\s+(?:the\s+)?(?:area|town|village)|liberated",
    "intervention": (
        r"tear\s*gas|baton|lathi|water\s+cannon|dispersed(?!\s+(?:peacefully|quietly|on\s+their\s+own|after))"
        r"|rubber\s+bullets|baton-charged|arrested|detained"
        r"|police\s+(?:charged|intervened|stopped)"
    ),
    "excessive": (
        r"(?:police|troops|forces|soldiers)\s+(?:opened\s+fire|fired\s+(?:live|on|at)|shot)"
        r"|live\s+(?:ammunition|fire|bullets|rounds)|protesters?\s+(?:were\s+)?killed|protesters?\s+died"
        r"|killing\s+\S+\s+(?:protesters?|demonstrators?|people)|excessive\s+force|violently\s+suppress|brutally"
        r"|shot\s+dead|(?:protesters?|demonstrators?|marchers)\s+(?:\S+\s+){0,4}?(?:were\s+)?killed"
    ),
    "violent_demo": (
        r"pelted|stones?|torched|set\s+(?:on\s+)?fire|vandali|clash|ransack|burn(?:ed|t|ing)\s"
        r"|violent\s+(?:protest|demonstration)|turned\s+violent|rioters?|riot|molotov|petrol\s+bombs?"
        r"|throw(?:ing|n)?\s+(?:stones|rocks|bottles)|hurl(?:ed|ing)\s+(?:stones|rocks|bottles)"
    ),
    "mob": r"\bmob\b|lynch",
    "armed_attackers": (
        r"gunmen|unknown\s+(?:persons|men|assailants|attackers)"
        r"|unidentified\s+(?:persons|men|assailants|attackers|gunmen)|militants\s+(?:attacked|opened\s+fire)"
        r"|armed\s+men"
    ),
    "hq": (
        r"(?:set\s+up|established|establishing|created|built|opened)\s+(?:\S+\s+){0,5}?"
        r"(?:bases?|posts?|points?|checkpoints?|outposts?|headquarters|camps?)"
    ),
    "group_change": (
        r"merged\s+with|split\s+from|formation\s+of\s+a\s+new|rebranded|disband|joined\s+forces|defected"
        r"|were\s+formed|deployed|dispatched|reinforc|mobili[sz]"
    ),
    "surrender": r"surrender|laid\s+down\s+(?:their\s+|his\s+)?arms|defect",
    "transfer": r"withdr[ae]wn?|handed\s+over|pulled\s+out|pulled\s+back|pull\s+back|vacated",
}


@functools.cache
def cues() -> dict[str, re.Pattern[str]]:
    """The typing cues, each compiled to match at a word start."""
    return {name: re.compile(rf"\b(?:{pattern})", re.IGNORECASE) for name, pattern in CUE_PATTERNS.items()}


ARMED_WORDS = frozenset(
    "soldier soldiers troops army military security forces force personnel police policeman policemen constable "
    "constables cop cops officer officers fc frontier corps levies rangers khasadar checkpost checkpoint post posts "
    "convoy patrol militants militant terrorists terrorist fighters fighter commander commanders guard guards "
    "militia militiamen paramilitary jawans sepoy lashkar insurgents insurgent rebels rebel gunmen camp base "
    "cantonment garrison sho dsp inspector sub-inspector asi si superintendent taliban sepoys lashkar-e-jhangvi "
    "commandant subedar naik havaldar".split()
)
CIVILIAN_WORDS = frozenset(
    "civilian civilians people persons person worshippers passengers children child women woman men man boy boys "
    "girl girls students student villagers shopkeeper shopkeepers doctor doctors worker workers activist activists "
    "leader leaders journalist journalists teacher teachers passerby passersby family families pilgrims tribesmen "
    "elders elder residents resident labourers laborers farmers driver drivers traders trader cleric clerics "
    "scholar lawyer lawyers mosque church school market bazaar shop hospital bus van car university college "
    "temple shrine wedding funeral hotel restaurant village villages home house households worshipers".split()
)


def _has(text: str, name: str) -> bool:
    return bool(cues()[name].search(text))


def _words(phrases: list[str]) -> set[str]:
    return {word for phrase in phrases for word in re.findall(r"[a-z-]+", phrase.lower())}


def victims_are_armed(victims: list[str]) -> bool | None:
    """True when the victims or target are armed (soldiers, police, a post, militants), False when unarmed, None
    when the text does not say."""
    if victims:
        first = _words(victims[:1])  # the target, when known, decides: "stormed a university, killing a guard"
        if first & ARMED_WORDS:
            return True
        if first & CIVILIAN_WORDS:
            return False
    words = _words(victims)
    if words & ARMED_WORDS:
        return True
    if words & CIVILIAN_WORDS:
        return False
    return None


def classify(text: str, family: TriggerFamily, victims: list[str] | None = None) -> EventTyping:
    """The ACLED type of an event whose mentions read `text`, by the precedence in the module docstring."""
    if family == "violence":
        return classify_violence(text, victims or [])
    if family == "protest":
        return classify_protest(text, victims or [])
    if family == "riot":
        return EventTyping("Riots", "Mob violence" if _has(text, "mob") else "Violent demonstration")
    simple = {
        "arrest": "Arrests",
        "looting": "Looting/property destruction",
        "agreement": "Agreement",
        "disruption": "Disrupted weapons use",
    }
    if family in simple:
        return EventTyping("Strategic developments", simple[family])
    return classify_other(text)


def classify_violence(text: str, victims: list[str]) -> EventTyping:
    """Battles, Explosions/Remote violence or Violence against civilians."""
    if _has(text, "chemical"):
        return EventTyping("Explosions/Remote violence", "Chemical weapon")
    territory = territory_type(text)
    if territory is not None:
        return EventTyping("Battles", territory)
    remote = remote_violence_type(text)
    if remote is not None:
        return EventTyping("Explosions/Remote violence", remote)
    if _has(text, "sexual"):
        return EventTyping("Violence against civilians", "Sexual violence")
    if _has(text, "rescue") and _has(text, "two_sided"):
        return EventTyping("Battles", "Armed clash")  # a fight to free captives: the forces against the captors
    if _has(text, "abduction") and not re.search(r"\b(?:killed|dead|bodies|body)\b", text, re.IGNORECASE):
        return EventTyping("Violence against civilians", "Abduction/forced disappearance")
    if _BODY_FOUND.search(text) and not (_has(text, "clash") or _has(text, "two_sided")):
        return EventTyping("Violence against civilians", "Attack")  # a captive killed, armed or not
    armed = victims_are_armed(victims)
    if armed or (armed is None and _has(text, "clash")):
        return EventTyping("Battles", "Armed clash")
    if armed is False and (_has(text, "two_sided") or _state_operation(text)):
        return EventTyping("Battles", "Armed clash")
    return EventTyping("Violence against civilians", "Attack")


def _state_operation(text: str) -> bool:
    """A raid or operation by state forces ("police raided the hideout"), not rebels' raid on a village: the
    last actor named before the word is a state force."""
    match = cues()["security_operation"].search(text)
    if match is None:
        return False
    before = text[max(0, match.start() - 150):match.start()]
    return _last_position(before, "state_forces") >= _last_position(before, "non_state")


_BACKED_BY = re.compile(r",?\s*\b(?:backed|supported|aided|assisted|joined)\s+by\s+[^,.;]+,?", re.IGNORECASE)


def territory_type(text: str) -> str | None:
    """Government regains territory or Non-state actor overtakes territory, when a place changed hands: who took
    it is read from the words before the capture."""
    match = cues()["territory"].search(text)
    if match is None:
        return _fell_to_type(text)
    # "troops, backed by local clan militias, recaptured": the backers are not who took it
    before = _BACKED_BY.sub(" ", text[max(0, match.start() - 120):match.start()])
    state = _last_position(before, "state_forces")
    rebels = _last_position(before, "non_state")
    if state > rebels or (state == rebels and _has(match.group(0), "regain_words")):
        return "Government regains territory"
    return "Non-state actor overtakes territory"


def _fell_to_type(text: str) -> str | None:
    """ "The town fell to the rebels" (Non-state actor overtakes territory) or "fell to government troops"."""
    match = cues()["fell_to"].search(text)
    if match is None:
        return None
    captor = text[match.end():match.end() + 40]
    if _has(captor, "non_state"):
        return "Non-state actor overtakes territory"
    return "Government regains territory" if _has(captor, "state_forces") else None


def _last_position(text: str, name: str) -> int:
    """Where the cue last occurs in `text` (-1 when absent)."""
    return max((match.start() for match in cues()[name].finditer(text)), default=-1)


# Infantry weapons carried into a ground assault ("armed with rifles and rocket-propelled grenades"): no remote means.
_INFANTRY_WEAPONS = re.compile(r"\brocket[\s-]propelled\s+grenades?|\bRPGs?\b", re.IGNORECASE)
# Weapons found or seized afterwards ("recovered two grenades") tell what was recovered, not how the event
# was carried out.
_RECOVERED_WEAPONS = re.compile(
    r"\b(?:seiz|recover|retriev|found|confiscat|captur)\w*\s+(?:\S+\s+){0,8}?(?:grenades?|explosives?|ieds?|bombs?"
    r"|rockets?|mortars?|suicide\s+vests?)\b", re.IGNORECASE)
# A militant's suicide blast inside a fight that forces began ("blew himself up during a gunfight with troops",
# "rather than be captured"): the event is the battle.
_SUICIDE_IN_FIGHT = re.compile(
    r"\b(?:in\s+the\s+(?:midst|middle|course)\s+of|during|amid)\s+(?:a|an|the)\s+(?:\w+\s+){0,2}(?:battle|raid"
    r"|clash|gunfight|firefight|encounter|exchange\s+of\s+fire|search\s+operation|operation|shoot-?out)"
    r"|\brather\s+than\s+(?:be(?:ing)?\s+)?(?:captured|arrested|caught)", re.IGNORECASE)


def remote_violence_type(text: str) -> str | None:
    """The Explosions/Remote violence sub-event type, or None when the means were not remote (or were part of
    a two-sided fight)."""
    # Weapons recovered afterwards, and air support backing a ground fight, are not the event's means.
    text = _BACKED_BY.sub(" ", _RECOVERED_WEAPONS.sub(" ", _INFANTRY_WEAPONS.sub(" ", text)))
    if _has(text, "suicide"):
        return None if _SUICIDE_IN_FIGHT.search(text) else "Suicide bomb"
    if _has(text, "chemical"):
        return "Chemical weapon"
    if _has(text, "air"):
        return "Air/drone strike"
    if _has(text, "grenade"):
        return "Grenade"
    if _has(text, "two_sided"):
        return None
    if _has(text, "shelling"):
        return "Shelling/artillery/missile attack"
    if _has(text, "grenade"):
        return "Grenade"
    if _has(text, "explosive"):
        return "Remote explosive/landmine/IED"
    return None


_PROTESTERS_WEAPONS = re.compile(
    r"\b(?:petrol|gasoline|fire|molotov)[\s-]*(?:bombs?|cocktails?)|\bfirebombs?|\bfire\s*crackers?", re.IGNORECASE)


def classify_protest(text: str, victims: list[str]) -> EventTyping:
    """Peaceful protest, intervention, excessive force, or a violent demonstration (a riot); an armed group's
    attack on protesters is violence against them."""
    armed = _PROTESTERS_WEAPONS.sub(" ", text)  # petrol bombs and firecrackers are a riot's, not a bombing's
    if _has(armed, "armed_attackers") or any(_has(armed, cue) for cue in ("suicide", "explosive", "grenade", "air")):
        return classify_violence(text, victims)
    if _has(text, "mob"):
        return EventTyping("Riots", "Mob violence")
    if _has(text, "violent_demo"):  # demonstrators' own violence makes it a riot, however it was met
        return EventTyping("Riots", "Violent demonstration")
    if _has(text, "excessive"):
        return EventTyping("Protests", "Excessive force against protesters")
    if _has(text, "intervention"):
        return EventTyping("Protests", "Protest with intervention")
    return EventTyping("Protests", "Peaceful protest")


def classify_other(text: str) -> EventTyping:
    """The remaining strategic developments by their cues."""
    ordered = (("hq", "Headquarters or base established"), ("transfer", "Non-violent transfer of territory"),
               ("group_change", "Change to group/activity"), ("surrender", "Change to group/activity"))
    for cue, sub_event in ordered:
        if _has(text, cue):
            return EventTyping("Strategic developments", sub_event)
    return EventTyping("Strategic developments", "Other")
