"""Event location: which of the article's places is where an event happened.

The place in the trigger's own clause wins ("the attack on a post in North Waziristan district"): the fewer
dependency steps from the trigger, the better, more so after "in", "at" or "near". A place where someone spoke
("at a news conference in Sialkot") or the dateline is only a fallback, a country gives way to a more precise place
of the same country in the next sentences, and a demonym is never an event location.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from wirecoder.models import Place, PlaceMention, TextSpan
from wirecoder.nlp.datelines import dateline_places
from wirecoder.nlp.parse import dependency_steps
from wirecoder.nlp.text import doc_text, sentence_numbers, sentence_starts

LOCATIVE_PREPOSITIONS = {"in", "at", "near", "outside", "inside", "across", "within", "around", "into", "on"}
SPEECH_NOUNS = {"conference", "address", "briefing", "speech", "statement", "interview", "ceremony", "meeting",
                "summit", "session", "presser", "talk", "talks", "seminar", "gathering", "visit"}
# Where the wounded or dead were taken ("taken to a hospital in Bannu", "airlifted to Nairobi for treatment")
# is not where the event happened.
CARE_NOUNS = {"hospital", "clinic", "treatment", "morgue", "mortuary", "facility", "centre", "center"}
TRANSFER_VERBS = {"take", "shift", "rush", "evacuate", "airlift", "transfer", "move", "fly", "admit", "bring",
                  "carry", "ferry"}
FUNERAL_WORDS = {"funeral", "burial", "bury", "janaza", "mourner", "mourn"}
# The same words as written, to test a whole sentence at once.
_FUNERAL_KEY = "wirecoder.funeral_sentences"
_FUNERAL_TEXT = re.compile(r"\b(?:funerals?|burials?|bur(?:y|ied|ies|ying)|janazah?|mourn(?:ers?|ed|ing|s)?)\b",
                           re.IGNORECASE)
DATELINE_PENALTY = 4.0
SPEECH_VERBS = {"say", "tell", "speak", "emphasize", "emphasise", "announce", "address", "state", "add", "claim",
                "assert", "reiterate", "disclose", "stress", "warn", "remark", "note"}
PRECISION_SCORE = {"location": 3.0, "admin2": 3.0, "admin1": 1.5, "country": 0.0}
# Regions beyond any one country ("West Africa", "the Sahel", "the Gulf") say less than a country does.
BROAD_REGION_CODES = {"RGN", "CONT", "OCN", "SEA", "PEN"}
BROAD_REGION_SCORE = -1.0
SENTENCE_WINDOW = 2  # how many sentences after (and one before) the trigger's may supply the place
MAX_DEPENDENCY_STEPS = 8
REFINE_MARGIN = 4.0
# Below this a mention is only a place the story passed by (where someone spoke, far off, a stray reading): no
# answer is better, and the article's own place is the fallback.
MIN_SCORE = -4.0
# An unresolved name ("Sherhenoorjehan area of Karachi") says nothing about the division: a resolved place
# nearby is the better answer, and the unresolved one stands only when nothing else is there.
UNRESOLVED_SCORE = -6.0
# An unresolved name needs the trigger's clause and a place role to stand for where it happened.
LOCALITY_MIN_SCORE = UNRESOLVED_SCORE + 2.0


@dataclass(frozen=True, slots=True)
class _Scored:
    """A mention with its score as the event's place."""

    score: float
    order: int
    mention: PlaceMention
    same_sentence: bool = False
    in_dateline: bool = False


def event_location(doc: Doc, trigger: TextSpan, mentions: list[PlaceMention]) -> PlaceMention | None:
    """The place tied to the event whose trigger is `trigger`, or None; never a demonym."""
    anchor = _trigger_token(doc, trigger)
    if anchor is None:
        return None
    numbers = sentence_numbers(doc)
    here = numbers[anchor.i]
    scored = []
    for order, mention in enumerate(mentions):
        if mention.is_demonym:
            continue
        span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        if span is None or span.start <= anchor.i < span.end or _where_victims_were_taken(span.root, anchor) \
                or _names_whose(span, mention):
            continue
        distance = numbers[span.root.i] - here
        broad = mention.place is not None and mention.place.feature_code in BROAD_REGION_CODES
        if -1 <= distance <= SENTENCE_WINDOW and not (broad and distance != 0):
            scored.append(_Scored(_score(mention, span, anchor, distance, doc), order, mention, distance == 0,
                                  _in_dateline(span, doc)))
    locality = _unknown_locality(scored)
    scored = [item for item in scored if item.score >= MIN_SCORE]
    if not scored:
        return None
    best = max(scored, key=lambda item: (item.score, -item.order))
    if best.mention.place is None:
        # An unknown name scored best: place it in the best resolved area, if the text resolves any.
        areas = [item for item in scored if item.mention.place is not None]
        if not areas:
            return _in_article_area(best.mention, [m for m in mentions if not care_place(doc, m)])
        best = max(areas, key=lambda item: (item.score, -item.order))
    best = _refine_coarse(best, scored)
    return _within_area(locality, best.mention, doc) if locality is not None else best.mention


def _unknown_locality(scored: list[_Scored]) -> _Scored | None:
    """The best unresolved name in the trigger's own sentence, in a place role ("in the town of Boni")."""
    unknown = [item for item in scored if item.mention.place is None and item.same_sentence
               and item.score >= LOCALITY_MIN_SCORE]
    return max(unknown, key=lambda item: (item.score, -item.order), default=None)


def _in_article_area(locality: PlaceMention, mentions: list[PlaceMention]) -> PlaceMention:
    """An unknown name with no resolved place near it, placed in the country the article's places mostly lie in
    and in that country's most named province ("near the Sambisa forest" in a story of Borno towns)."""
    places = [m.place for m in mentions if m.place is not None and not m.is_demonym
              and m.place.feature_code not in BROAD_REGION_CODES]
    countries = Counter(place.country for place in places if place.country)
    if not countries:
        return locality
    country = countries.most_common(1)[0][0]
    # A national capital is where governments speak, not a hint at where a remote event happened.
    provinces = Counter(place.admin1 for place in places
                        if place.country == country and place.admin1 and place.feature_code != "PPLC")
    admin1 = provinces.most_common(1)[0][0] if provinces else None
    return PlaceMention(locality.span, Place(locality.span.text, country=country, admin1=admin1),
                        confidence=locality.confidence)


def _within_area(locality: _Scored, area: PlaceMention, doc: Doc) -> PlaceMention:
    """A town the gazetteer does not know, named where the event happened, placed in the country, province or
    district the text resolves it to ("Mali's army ... in the central town of Boni", "in Domel, Bannu district"):
    the name is kept, with no coordinates."""
    place = area.place
    if place is None:
        return area
    precision = "admin2" if place.precision == "location" and _called_district(area, doc) else place.precision
    if precision not in {"country", "admin1", "admin2"}:
        return area
    admin1 = place.admin1 if precision != "country" else None
    admin2 = place.name if precision == "admin2" else None
    inside = Place(locality.mention.span.text, country=place.country, admin1=admin1, admin2=admin2)
    return PlaceMention(locality.mention.span, inside, confidence=min(area.confidence, locality.mention.confidence))


def _called_district(area: PlaceMention, doc: Doc) -> bool:
    """ "In Macomia district": a name the index knows as a town that the text calls a district."""
    following = doc_text(doc)[area.span.end:area.span.end + 14].lower().split()
    return bool(following) and following[0].strip(",.") in {"district", "county", "municipality", "tehsil"}


def _refine_coarse(best: _Scored, scored: list[_Scored]) -> _Scored:
    """A country gives way to a more precise place of that country nearby ("attacks within Pakistan" ... "in
    North Waziristan district"), and a province to a place inside it in the same sentence ("an operation in
    Balochistan killed three militants in Loralai"), unless that place is far less likely (where someone spoke)
    or is the dateline's (where the story was filed)."""
    place = best.mention.place
    if place is None or place.precision not in {"country", "admin1"}:
        return best
    finer = [item for item in scored if item.mention.place is not None and _inside(item.mention.place, place)
             and (place.precision == "country" or item.same_sentence) and item.score > best.score - REFINE_MARGIN
             and not item.in_dateline]
    return max(finer, key=lambda item: (item.score, -item.order)) if finer else best


def _inside(place: Place, area: Place) -> bool:
    """A place finer than the country or province `area` and within it."""
    if place.country != area.country or place.precision in {"country", area.precision}:
        return False
    return area.precision == "country" or (place.precision != "admin1" and place.admin1 == area.admin1)


def _trigger_token(doc: Doc, trigger: TextSpan) -> Token | None:
    span = doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _score(mention: PlaceMention, span: Span, anchor: Token, distance: int, doc: Doc) -> float:
    place = mention.place
    value = UNRESOLVED_SCORE if place is None else (
        BROAD_REGION_SCORE if place.feature_code in BROAD_REGION_CODES else PRECISION_SCORE[place.precision])
    if distance == 0:
        steps = dependency_steps(span.root, anchor)
        value += 4.0 - 0.5 * min(steps, MAX_DEPENDENCY_STEPS)
    else:
        value -= 1.5 * abs(distance) + (1.0 if distance < 0 else 0.0)
    if _locative(span.root):
        value += 2.0
    if _where_someone_spoke(span.root, anchor):
        value -= 6.0
    if _in_dateline(span, doc):
        value -= DATELINE_PENALTY
    return value


def _locative(token: Token) -> bool:
    """The place is the object of "in", "at", "near" ..., or of a compound ("in North Waziristan district")."""
    head = token.head
    if head.dep_ == "compound" or token.dep_ == "compound":
        head = head.head
    if head.lower_ == "of" and head.head.pos_ == "NOUN":
        head = head.head.head  # "near the town of Jilib": the preposition governs the noun before "of"
    return head.lower_ in LOCATIVE_PREPOSITIONS and head.i < token.i


def _where_someone_spoke(token: Token, anchor: Token) -> bool:
    """ "At a news conference in Sialkot", "he told reporters in Islamabad": the place of a statement."""
    return governed_by_speech(token, anchor, max_steps=4, nouns=SPEECH_NOUNS, verbs=SPEECH_VERBS)


def governed_by_speech(
    token: Token, anchor: Token, *, max_steps: int, nouns: AbstractSet[str], verbs: AbstractSet[str]
) -> bool:
    """Whether a speech noun, or a speech verb as the nearest verb, governs `token` before the path reaches
    `anchor` (the event's trigger) within `max_steps` heads."""
    for steps, ancestor in enumerate(token.ancestors):
        if ancestor.i == anchor.i or steps > max_steps:
            return False
        if ancestor.lemma_.lower() in nouns:
            return True
        if ancestor.pos_ == "VERB":
            return ancestor.lemma_.lower() in verbs
    return False


def care_place(doc: Doc, mention: PlaceMention) -> bool:
    """The mention names where the wounded or dead were taken, never where the event happened."""
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and _where_victims_were_taken(span.root, None)


def off_scene(doc: Doc, mention: PlaceMention) -> bool:
    """The mention names where the wounded or dead were taken, or whose forces or weapons acted ("a US drone",
    "the Pak Army"): not where the event happened, though the second still tells the story's country."""
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and (_where_victims_were_taken(span.root, None)
                                                   or _names_whose(span, mention))


def _names_whose(span: Span, mention: PlaceMention) -> bool:
    """A country written as a modifier of a noun ("a US drone", "Pakistan Army"): whose, not where."""
    root = span.root
    return (mention.place is not None and mention.place.precision == "country"
            and root.dep_ in {"compound", "amod", "nmod"} and root.head.pos_ in {"NOUN", "PROPN"}
            and root.head.i > root.i)


def _funeral_sentences(doc: Doc) -> frozenset[int]:
    """The first tokens of the sentences that tell of a funeral or burial (asked for every place of every event)."""
    found = doc.user_data.get(_FUNERAL_KEY)
    if found is None:
        found = doc.user_data[_FUNERAL_KEY] = frozenset(
            sentence.start for sentence in doc.sents if _FUNERAL_TEXT.search(sentence.text))
    return found


def _where_victims_were_taken(token: Token, anchor: Token | None) -> bool:
    """ "Taken to a hospital in Bannu", "airlifted to Nairobi for treatment", a funeral "in Bannu": where the
    wounded or the dead went."""
    starts = sentence_starts(token.doc)
    if starts[token.i] in _funeral_sentences(token.doc):
        return anchor is None or starts[anchor.i] != starts[token.i] or anchor.lemma_.lower() in FUNERAL_WORDS
    towards = False  # a transfer verb counts only through "to": "a van carrying workers in Awaran" is no transfer
    for steps, ancestor in enumerate(token.ancestors):
        if (anchor is not None and ancestor.i == anchor.i) or steps > 4:
            return False
        if ancestor.lemma_.lower() in CARE_NOUNS:
            return True
        towards = towards or ancestor.lower_ == "to"
        if ancestor.pos_ == "VERB":
            return towards and ancestor.lemma_.lower() in TRANSFER_VERBS
    return False


def _in_dateline(span: Span, doc: Doc) -> bool:
    """The dateline opens the story ("PESHAWAR, Pakistan —", "Raipur, Apr 16 (PTI)"): where it was filed."""
    return any(start <= span.start_char and span.end_char <= end for start, end in dateline_places(doc_text(doc)))
