"""Comparisons of event type, casualty figures and perpetrator between two reports of possibly one event."""

from __future__ import annotations

from functools import lru_cache

from wirecoder.merge.verdict import FieldVerdict
from wirecoder.resolve.actors import GENERIC_KINDS, ActorIdentity, canonical_actor, name_tokens

# One attack is coded differently by different outlets: a raid on a post is a clash to one and a bombing to
# another; a market blast is an explosion or an attack on civilians. These sub-type pairs across event types
# may be one happening (no evidence either way); other pairs across violent types count against, and pairs
# across violence, demonstrations and strategic developments are different happenings.
GROUND_BOMBS = frozenset({"Suicide bomb", "Remote explosive/landmine/IED", "Grenade"})
REMOTE_FIRE = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
CODED_TWO_WAYS = frozenset(
    {frozenset({"Armed clash", sub})
     for sub in GROUND_BOMBS | REMOTE_FIRE | {"Attack", "Abduction/forced disappearance"}}
    | {frozenset({"Attack", sub}) for sub in GROUND_BOMBS}
    | {frozenset({"Mob violence", "Attack"}), frozenset({"Excessive force against protesters", "Attack"})}
)
VIOLENCE = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
DEMONSTRATIONS = frozenset({"Protests", "Riots"})
# Explosive means outlets confuse with each other (a suicide blast reported as an IED), and those they do not
# (a mortar round is not a car bomb).
EXPLOSIVE_MEANS = (GROUND_BOMBS, REMOTE_FIRE, frozenset({"Chemical weapon"}))
SAME_SUB_TYPE_SCORE = 2.0
SAME_TYPE_SCORE = 1.0
OTHER_MEANS_SCORE = -2.0

EQUAL_TOLL_SCORE = 2.0
NO_DEATHS_BOTH_SCORE = 0.5
CLOSE_TOLL_SCORE = 1.0
UPDATED_TOLL_SCORE = 0.5
CONFLICTING_TOLL_SCORE = -2.0
WOUNDED_WEIGHT = 0.5  # the wounded count drifts more between outlets than the toll
SAME_PERPETRATOR_SCORE = 0.5  # one group often does most of the attacks in an area
OTHER_PERPETRATOR_SCORE = -3.0
NAMED_ACTOR_KINDS = frozenset({"rebel or militant group", "state forces", "political party", "government"})
STATE_KINDS = frozenset({"state forces", "government"})
# Violence against civilians has civilian victims by definition (ACLED); an attack on police or soldiers does not.
OTHER_VICTIMS_SCORE = -3.0
VICTIM_KINDS = frozenset({"civilians", "state forces"})


def compare_types(first_type: str, first_sub: str, second_type: str, second_sub: str) -> FieldVerdict:
    """Same sub-event type: strong; same type, or one attack coded two ways: compatible; other means: against."""
    if first_sub == second_sub:
        return FieldVerdict("type", SAME_SUB_TYPE_SCORE, "same sub-event type")
    if frozenset({first_sub, second_sub}) in CODED_TWO_WAYS:
        return FieldVerdict("type", 0.0, f"one happening coded as {first_sub} and {second_sub}")
    if first_type == "Strategic developments" or second_type == "Strategic developments":
        return FieldVerdict.apart("type", "different strategic developments")
    if first_type == second_type == "Explosions/Remote violence" and not _same_means(first_sub, second_sub):
        return FieldVerdict("type", OTHER_MEANS_SCORE, f"{first_sub} and {second_sub} are different means")
    if first_type == second_type or {first_type, second_type} <= DEMONSTRATIONS:
        return FieldVerdict("type", SAME_TYPE_SCORE if first_type == second_type else 0.0, "same kind of event")
    if {first_type, second_type} <= VIOLENCE:
        return FieldVerdict("type", OTHER_MEANS_SCORE, f"{first_sub} and {second_sub} are different means")
    return FieldVerdict.apart("type", f"{first_type} and {second_type} are different happenings")


def _same_means(first_sub: str, second_sub: str) -> bool:
    return any(first_sub in family and second_sub in family for family in EXPLOSIVE_MEANS)


def figures_close(first: int, second: int) -> bool:
    """Outlets' figures that differ by at most 2 or a fifth of the larger: the same count, reported loosely."""
    return abs(first - second) <= max(2, round(0.2 * max(first, second)))


def compare_killed(first: int | None, second: int | None, *, second_is_later: bool | None) -> FieldVerdict:
    """Equal tolls: strong; close or a later higher toll (an update): compatible; an earlier higher toll: against.

    `second_is_later` says whether the report giving `second` was published after the one giving `first`
    (None when neither is known to be later).
    """
    if first is None or second is None:
        return FieldVerdict("killed", 0.0, "a toll is unknown")
    if first == second:
        score = EQUAL_TOLL_SCORE if first else NO_DEATHS_BOTH_SCORE
        return FieldVerdict("killed", score, "same toll")
    if first == 0 or second == 0:
        # A report that mentions no deaths (a follow-up, a claim) is silent, not contradictory.
        return FieldVerdict("killed", 0.0, "one report mentions no deaths")
    if figures_close(first, second):
        return FieldVerdict("killed", CLOSE_TOLL_SCORE, "close tolls")
    if second_is_later is not None:
        later, earlier = (second, first) if second_is_later else (first, second)
        if later > earlier:
            return FieldVerdict("killed", UPDATED_TOLL_SCORE, "a later report raises the toll")
    return FieldVerdict("killed", CONFLICTING_TOLL_SCORE, f"tolls {first} and {second} conflict")


def compare_wounded(first: int | None, second: int | None) -> FieldVerdict:
    """Equal or close wounded counts: mild evidence; far apart: mildly against (counts grow, so never a veto)."""
    if not first or not second:
        return FieldVerdict("wounded", 0.0, "a wounded count is unknown or zero")
    if first == second:
        return FieldVerdict("wounded", 2 * WOUNDED_WEIGHT, "same wounded count")
    if figures_close(first, second):
        return FieldVerdict("wounded", WOUNDED_WEIGHT, "close wounded counts")
    return FieldVerdict("wounded", 0.0, "different wounded counts")


@lru_cache(maxsize=4096)
def _actor(name: str) -> ActorIdentity:
    """The canonical actor of a perpetrator name, remembered: the store compares the same names many times."""
    return canonical_actor(name)


def compare_perpetrators(first: str | None, second: str | None) -> FieldVerdict:
    """Two different named groups (TTP and BLA) are strong evidence of two events; generic names say nothing."""
    if not first or not second:
        return FieldVerdict("perpetrator", 0.0, "a perpetrator is unnamed")
    a, b = _actor(first), _actor(second)
    if not (a.known and b.known and a.kind in NAMED_ACTOR_KINDS and b.kind in NAMED_ACTOR_KINDS):
        return FieldVerdict("perpetrator", 0.0, "a perpetrator is generic or unknown")
    if a.canonical == b.canonical or (a.family and a.family == b.family):
        # A branch and its parent (IS-K and Islamic State) claim the same attacks.
        return FieldVerdict("perpetrator", SAME_PERPETRATOR_SCORE, f"{a.canonical} and {b.canonical}: one group")
    if a.kind in STATE_KINDS and b.kind in STATE_KINDS and a.country and a.country == b.country:
        # "The military" and "the air force" of one state: one outlet is only more specific than the other.
        return FieldVerdict("perpetrator", 0.0, f"{a.canonical} and {b.canonical}: one state's forces")
    return FieldVerdict("perpetrator", OTHER_PERPETRATOR_SCORE, f"{a.canonical} and {b.canonical}")


def target_kind(target: str | None) -> str | None:
    """The kind of a target: its canonical actor's, else the first word that names one ("police mobile")."""
    if not target:
        return None
    kind = _actor(target).kind
    if kind:
        return kind
    return next((GENERIC_KINDS[token] for token in name_tokens(target) if token in GENERIC_KINDS), None)


def compare_victims(first_type: str, first_target: str | None, second_type: str, second_target: str | None,
                    *, small_tolls: bool = False) -> FieldVerdict:
    """Civilian victims in one report and security forces in the other count strongly against one event, and
    keep them apart when `small_tolls` (both tolls of one or two: the dead themselves differ)."""
    first = _victim_kind(first_type, first_target)
    second = _victim_kind(second_type, second_target)
    if first in VICTIM_KINDS and second in VICTIM_KINDS and first != second:
        reason = f"{first} in one report, {second} in the other"
        if small_tolls:
            return FieldVerdict.apart("victims", reason)
        return FieldVerdict("victims", OTHER_VICTIMS_SCORE, reason)
    return FieldVerdict("victims", 0.0, "no contradicting victims")


def _victim_kind(event_type: str, target: str | None) -> str | None:
    kind = target_kind(target)
    if kind is None and event_type == "Violence against civilians":
        return "civilians"
    return kind
