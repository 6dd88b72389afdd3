"""Speakers within one article: the canonical name and title behind each mention next to a cue.

Pronouns go to the last person (or group) that spoke, descriptions ("the minister") to the last person with
that title, surnames to the full name used elsewhere in the article, capitals to their state ("Islamabad" ->
"Pakistan"). Titles found anywhere in the article ("Defense Minister Khawaja Asif", "Asif, the defence
minister,") stay with the name.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from wirecoder.nlp.datelines import dateline_bounds, dateline_end
from wirecoder.nlp.text import doc_text

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
# Honorifics that tell a person's gender; first names are not guessed (unknowable offline).
HONORIFIC_GENDER = {"mr": "m", "mr.": "m", "sir": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f",
                    "miss": "f", "madam": "f"}
GROUP_PRONOUNS = frozenset({"they", "them", "it", "we"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "gen", "gen.", "lt", "sen", "sen.",
                        "rep", "rep.", "gov", "gov.", "prof", "prof."})
# Nouns of an office or role written before a name ("Taiz Gov. Ali Saleh", "regional head Olena Bondar"); a
# place before one of them belongs to the title, the name is what follows.
TITLE_NOUNS = frozenset("""
gov gov. governor mayor minister president premier chancellor spokesman spokesperson spokeswoman chief head
commander secretary ambassador envoy official officer inspector superintendent commissioner director chairman
chairperson chairwoman chair leader administrator deputy senator sen sen. lawmaker mp judge prosecutor attorney
general gen gen. col col. colonel maj maj. major capt capt. captain lt lt. lieutenant brig brig. brigadier
sergeant sgt sgt. cmdr commodore marshal admiral constable sheriff king queen prince emir sheikh cleric imam
bishop pope rep rep. representative councillor councilor coordinator adviser advisor aide analyst researcher
activist resident witness doctor dr dr. nurse surgeon teacher mufti maulana qari mullah pastor priest ceo
founder editor correspondent
""".split())
# Nouns for a person (not an office) whom an apposition may name ("one of them, Ana Ruiz").
PERSON_NOUNS = frozenset({"one", "man", "woman", "resident", "villager", "farmer", "mother", "father", "brother",
                          "sister", "son", "daughter", "relative", "survivor", "student", "worker", "driver",
                          "witness", "neighbour", "neighbor", "shopkeeper", "trader", "victim", "friend", "wife",
                          "husband", "uncle", "aunt", "cousin", "elder", "passenger", "teacher"})
# Documents that speak for whoever issued them ("the statement said", "the communique added").
DOCUMENT_NOUNS = frozenset({"statement", "communique", "communiqué", "release", "message", "post", "letter",
                            "notice", "video", "audio", "recording"})
# Nouns for a group that a later "the group" or "they" refers back to.
GROUP_NOUNS = frozenset({"group", "organisation", "organization", "outfit", "movement", "militia", "faction",
                         "insurgency", "rebels", "militants", "network", "party", "alliance", "coalition"})

# Seats of government used for the state itself in news copy ("Islamabad said", "talks with Kabul").
_CAPITALS = """Islamabad=Pakistan|New Delhi=India|Delhi=India|Kabul=Afghanistan|Washington=United States|
    Moscow=Russia|Beijing=China|Tehran=Iran|Teheran=Iran|Riyadh=Saudi Arabia|Ankara=Turkey|Dhaka=Bangladesh|
    Kyiv=Ukraine|Kiev=Ukraine|London=United Kingdom|Paris=France|Berlin=Germany|Tokyo=Japan|Seoul=South Korea|
    Pyongyang=North Korea|Jerusalem=Israel|Tel Aviv=Israel|Damascus=Syria|Baghdad=Iraq|Cairo=Egypt|
    Doha=Qatar|Abu Dhabi=United Arab Emirates|Kathmandu=Nepal|Colombo=Sri Lanka|Tashkent=Uzbekistan|
    Dushanbe=Tajikistan|Ashgabat=Turkmenistan|Beirut=Lebanon|Amman=Jordan|Sanaa=Yemen|Muscat=Oman|
    Brussels=European Union|Ottawa=Canada|Canberra=Australia|Brasilia=Brazil|Caracas=Venezuela|
    Havana=Cuba|Mexico City=Mexico|Rome=Italy|Madrid=Spain|Warsaw=Poland|Minsk=Belarus|Tbilisi=Georgia|
    Baku=Azerbaijan|Yerevan=Armenia|Nairobi=Kenya|Addis Ababa=Ethiopia|Khartoum=Sudan|Tripoli=Libya|
    Manila=Philippines|Jakarta=Indonesia|Hanoi=Vietnam|Bangkok=Thailand|Naypyidaw=Myanmar|Dhaka=Bangladesh"""


@functools.cache
def capital_states() -> dict[str, str]:
    """Lower-cased capital -> the state it stands for."""
    pairs = (item.split("=") for item in _CAPITALS.replace("\n", "").split("|") if "=" in item)
    return {capital.strip().lower(): state.strip() for capital, state in pairs}


@dataclass(frozen=True, slots=True)
class ResolvedSpeaker:
    """Who a mention refers to: canonical name, title, and whether it is a person."""

    name: str | None
    title: str | None = None
    is_person: bool = False


@dataclass(slots=True)
class SpeakerResolver:
    """Resolves speaker mentions of one article, remembering who spoke last."""

    doc: Doc
    _full_names: dict[str, str] = field(default_factory=dict)  # surname or full name, lower -> full name
    _titles: dict[str, str] = field(default_factory=dict)  # full name -> title
    _orgs: list[str] = field(default_factory=list)
    _last_person: ResolvedSpeaker | None = None
    _last_person_at: int = -1  # token index of the last person speaker's mention
    _last_group: ResolvedSpeaker | None = None
    _subject_people: list[tuple[int, Span]] = field(default_factory=list)  # people named as a clause's subject
    _people_seen: list[ResolvedSpeaker] = field(default_factory=list)
    _person_at: dict[int, Span] = field(default_factory=dict)  # token index -> the PERSON entity covering it
    _group_at: dict[int, Span] = field(default_factory=dict)  # token index -> the ORG/GPE/NORP entity covering it
    _gender: dict[str, str] = field(default_factory=dict)  # canonical name -> "m"/"f", from honorifics or pronouns
    _name_parts: dict[str, str] = field(default_factory=dict)  # inner word of a long name, lower -> full name
    _subject_groups: list[tuple[int, Span]] = field(default_factory=list)  # groups named as a clause's subject
    _last_group_at: int = -1

    _datelines: list[tuple[int, int]] = field(default_factory=list)  # character spans of datelines

    def __post_init__(self) -> None:
        self._datelines = datelines(doc_text(self.doc))
        for ent in self.doc.ents:
            if self.in_dateline(ent.start_char):
                continue  # "RAIPUR, Apr 16 (PTI)": the place an agency files from is never anyone
            if ent.label_ == "PERSON" and _modifies_title(ent):
                continue  # "Taiz Gov. Ali Saleh": a place the recogniser took for a name, part of the title
            if ent.label_ == "PERSON" and not _plural_name(ent):
                self._index_person(ent)
                if ent.root.dep_ in ("nsubj", "nsubjpass"):
                    self._subject_people.append((ent.start, ent))
                for index in range(ent.start, ent.end):
                    self._person_at[index] = ent
            elif ent.label_ in ("ORG", "NORP", "GPE", "PERSON"):  # a plural "person" is a group ("the Houthis")
                self._orgs.append(_strip_determiner(ent.text))
                if ent.label_ != "GPE" and ent.root.dep_ in ("nsubj", "nsubjpass"):
                    self._subject_groups.append((ent.start, ent))
                for index in range(ent.start, ent.end):
                    self._group_at[index] = ent
        for token in self.doc:
            if _untagged_acronym_subject(token):  # "ISWAP gave a different account": the model missed the group
                self._subject_groups.append((token.i, self.doc[token.i:token.i + 1]))
        self._subject_groups.sort(key=lambda item: item[0])

    def _index_person(self, ent: Span) -> None:
        name = person_name(ent)
        if not name:
            return
        words = name.split()
        if len(words) == 1 and words[0].lower() in self._name_parts and name.lower() not in self._full_names:
            # "Restrepo" after "Ivan Restrepo Mejia": a double surname is cited by its first part.
            name = self._name_parts[words[0].lower()]
            words = name.split()
        for key in (name.lower(), words[-1].lower()):
            known = self._full_names.get(key)
            # The first full name wins: news introduces a person in full, later forms are shorter or epithets.
            if known is None or (len(known.split()) == 1 and len(words) > 1):
                self._full_names[key] = name
        for part in (word for word in words[1:-1] if word[:1].isupper() and len(word) > 2):
            self._name_parts.setdefault(part.lower(), name)
            if self._full_names.get(part.lower(), part).lower() == part.lower():
                self._full_names[part.lower()] = name
        title = title_before(ent) or _appositive_title(ent)
        canonical = self._full_names.get(name.lower(), name)
        gender = honorific_gender(ent)
        if gender is not None:
            self._gender.setdefault(canonical, gender)
        if title and canonical not in self._titles:
            self._titles[canonical] = title

    def canonical_person(self, surface: str) -> str:
        """The article's fullest name for `surface` ("Asif" -> "Khawaja Asif")."""
        cleaned = " ".join(word for word in surface.split() if word.lower() not in HONORIFICS) or surface
        for key in (cleaned.lower(), cleaned.split()[-1].lower()):
            if key in self._full_names:
                return self._full_names[key]
        return self._name_parts.get(cleaned.lower(), cleaned)

    def in_dateline(self, offset: int) -> bool:
        """Does character `offset` fall inside a dateline ("SRINAGAR, India \u2014")?"""
        return any(low <= offset < high for low, high in self._datelines)

    def resolve(self, head: Token, mention: Span, appositive: Span | None = None, *,
                remember: bool = True) -> ResolvedSpeaker:
        """The speaker a mention (and its apposition, if any) refers to; remembered for later pronouns
        unless `remember` is false (a doubtful mention must not become the antecedent of later ones)."""
        resolved = self._resolve(head, mention, appositive)
        if remember:
            self.remember(resolved, head.i)
        return resolved

    def remember(self, speaker: ResolvedSpeaker, at: int = -1) -> None:
        """Note `speaker` (mentioned at token `at`) as the last to speak."""
        if speaker.name is None:
            return
        if speaker.is_person:
            self._last_person, self._last_person_at = speaker, max(at, self._last_person_at)
            self._people_seen.append(speaker)
        else:
            self._last_group, self._last_group_at = speaker, max(at, self._last_group_at)

    def _resolve(self, head: Token, mention: Span, appositive: Span | None) -> ResolvedSpeaker:
        lower = head.lower_
        if lower in PERSON_PRONOUNS and len(mention) == 1:
            return self._antecedent(head.i, PRONOUN_GENDER[lower]) or self._last_group or ResolvedSpeaker(None)
        if lower in GROUP_PRONOUNS and len(mention) == 1:
            return (self._plural_subject(head) if lower == "they" else None) or self._recent_group(head.i) \
                or self._last_person or ResolvedSpeaker(None)
        person = (self._person_of(mention, head) or self._person_in(appositive)
                  or self._named_apposition(head, appositive))
        if person is not None:
            return self._named_person(person, mention, appositive)
        surname = self._full_names.get(head.lower_) if head.pos_ == "PROPN" or head.text[:1].isupper() else None
        if surname is not None and len(mention) <= 2:
            return ResolvedSpeaker(surname, self._titles.get(surname), is_person=True)
        state = capital_states().get(_strip_determiner(mention.text).lower())
        if state is not None:
            return ResolvedSpeaker(state)
        group = self._group_heading(mention, head)
        if group is not None:
            name = _strip_determiner(group.text)
            return ResolvedSpeaker(capital_states().get(name.lower(), name))
        if any(t.ent_type_ in ("ORG", "GPE") for t in mention):
            return ResolvedSpeaker(_strip_determiner(mention.text))
        return self._described(head, mention)

    def _named_person(self, person: Span, mention: Span, appositive: Span | None) -> ResolvedSpeaker:
        name = self.canonical_person(person_name(person) or person.text)
        self._learn_name(name)
        title = title_before(person) if person.start > mention.start or person.doc is None else None
        if title is None and appositive is not None and self._person_in(appositive) is None:
            title = _strip_determiner(appositive.text)
        if title is None and appositive is not None and self._person_in(appositive) is not None:
            title = _strip_determiner(mention.text) if self._person_in(mention) is None else None
        title = title or self._titles.get(name)
        if title and name not in self._titles:
            self._titles[name] = title
        return ResolvedSpeaker(name, title, is_person=True)

    def _learn_name(self, name: str) -> None:
        """Remember a full name the recogniser missed, so that its surname alone resolves to it later."""
        words = name.split()
        if len(words) < 2:
            return
        self._full_names.setdefault(name.lower(), name)
        for word in (word for word in words[1:] if word[:1].isupper() and len(word) > 2):
            known = self._full_names.get(word.lower())
            # "Tomas Aguirre" tagged, "Salcedo" missed: the longer form found after a title is the full name.
            if known is None or set(known.split()) < set(words):
                self._full_names[word.lower()] = name

    def _antecedent(self, at: int, gender: str | None = None) -> ResolvedSpeaker | None:
        """The person a he/she at token `at` refers to: whoever was named last as a clause's subject, or
        spoke last, whichever came later; a candidate of the other known gender is passed over."""
        candidates = self._candidates_before(at)
        chosen = next((c for c in candidates if self._gender.get(c.name or "", gender) == gender), None)
        if chosen is not None and chosen.name and gender is not None and chosen is candidates[0]:
            # The nearest candidate taking the pronoun fixes its gender for later, ambiguous pronouns.
            self._gender.setdefault(chosen.name, gender)
        return chosen

    def _candidates_before(self, at: int) -> list[ResolvedSpeaker]:
        """People a pronoun at token `at` may refer to, nearest first (subjects named since the last
        speaker, then the last speaker, then earlier speakers)."""
        candidates: list[ResolvedSpeaker] = []
        position = bisect.bisect_left(self._subject_people, at, key=lambda item: item[0]) - 1
        while position >= 0 and self._subject_people[position][0] > self._last_person_at:
            ent = self._subject_people[position][1]
            name = self.canonical_person(person_name(ent) or ent.text)
            candidates.append(ResolvedSpeaker(name, self._titles.get(name), is_person=True))
            position -= 1
        if self._last_person is not None:
            candidates.append(self._last_person)
        candidates += reversed(self._people_seen[-6:])
        return candidates

    def _person_of(self, mention: Span, head: Token) -> Span | None:
        """The person a mention names: the name entity at its head, else a name after a title ("Mayor Ana
        Ruiz") the recogniser missed, else any name in it that is not inside a prepositional phrase."""
        ent = self._person_at.get(head.i)
        if ent is not None and ent.start >= mention.start and ent.end <= mention.end:
            return None if _plural_name(ent) else ent
        titled = name_after_title(mention, head) or _name_after_split_title(mention, head)
        if titled is not None:
            return titled
        person = self._person_in(mention)
        if person is not None and person.root.dep_ == "pobj" and not person.start <= person.root.head.i < person.end:
            return None  # "an official in Boni", "a spokesman for Ali": the name only modifies the speaker
        if person is not None and person.root.dep_ == "poss" and person.root.head.i == head.i:
            return None  # "Khan's spokesman": the owner is not the one speaking
        return person

    def _named_apposition(self, head: Token, appositive: Span | None) -> Span | None:
        """"one of them, Ana Ruiz": a capitalised apposition to a person noun names the person even when the
        recogniser did not tag it."""
        if appositive is None or not (head.lemma_.lower() in TITLE_NOUNS or head.lemma_.lower() in PERSON_NOUNS):
            return None
        words = [t for t in appositive if not t.is_punct]
        if len(words) < 2 or any(not t.text[:1].isupper() or t.pos_ != "PROPN" for t in words):
            return None
        if any(t.ent_type_ in ("ORG", "GPE", "NORP", "LOC") for t in words):
            return None
        return appositive

    def _last_speaker(self) -> ResolvedSpeaker | None:
        """Whoever spoke last, person or group."""
        if self._last_person is not None and (self._last_group is None or self._last_person_at >= self._last_group_at):
            return self._last_person
        return self._last_group

    def _recent_group(self, at: int) -> ResolvedSpeaker | None:
        """The group "it", "they" or "the group" at token `at` refers to: the last group that spoke, or one
        named as a clause's subject since, whichever came later."""
        position = bisect.bisect_left(self._subject_groups, at, key=lambda item: item[0]) - 1
        if position >= 0 and self._subject_groups[position][0] > self._last_group_at:
            ent = self._subject_groups[position][1]
            if at - ent.start < 120:  # about two sentences: further back, the last speaker is the safer guess
                name = _strip_determiner(ent.text)
                return ResolvedSpeaker(capital_states().get(name.lower(), name))
        return self._last_group

    def _plural_subject(self, pronoun: Token) -> ResolvedSpeaker | None:
        """"Students stormed the office as they demanded ...": "they" in a clause hung on another clause is
        that clause's plural subject."""
        verb = pronoun.head
        if verb.dep_ not in ("advcl", "conj") or verb.head.i == verb.i:
            return None
        governor = verb.head
        subject = next((c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        while subject is None and governor.dep_ in ("conj", "xcomp") and governor.head.i != governor.i:
            governor = governor.head  # "X used a truck to ram the gate and set fire ..., as they demanded"
            subject = next((c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and self.in_dateline(subject.idx):
            subject = next((c for c in subject.rights if c.dep_ == "appos" and not self.in_dateline(c.idx)), None)
        if subject is None or subject.tag_ not in ("NNS", "NNPS") or subject.i > pronoun.i:
            return None
        words = [t for t in subject.subtree if t.dep_ not in ("relcl", "appos", "punct") and t.i < governor.i]
        if not words:
            return None
        name = _strip_determiner(self.doc[words[0].i:words[-1].i + 1].text)
        return ResolvedSpeaker(name or None)

    def _person_in(self, span: Span | None) -> Span | None:
        """The first person entity inside `span` (looked up by token: `Span.ents` scans the whole doc)."""
        if span is None:
            return None
        for index in range(span.start, span.end):
            ent = self._person_at.get(index)
            if ent is not None and ent.start >= span.start and ent.end <= span.end:
                return ent
        return None

    def _group_heading(self, mention: Span, head: Token) -> Span | None:
        """The organisation or state entity that is the mention's head ("the banned Tehreek-e-Taliban
        Pakistan" -> the entity), not one that only modifies it ("Taliban spokesman")."""
        ent = self._group_at.get(head.i)
        if ent is None or ent.start < mention.start or ent.end > mention.end:
            return None
        chain = _proper_chain(mention, head)
        named = chain if chain.start < ent.start else ent
        while named.start < named.end - 1 and named[0].text.lower().endswith(_LOCATOR_SUFFIXES):
            named = named[1:]  # "the Britain-based Syrian Observatory": where it sits is not its name
        return _with_name_tail(mention, named)

    def _described(self, head: Token, mention: Span) -> ResolvedSpeaker:
        """A description ("the minister", "the foreign office"): the last matching person or organisation."""
        words = [token.lower_ for token in mention if token.lower_ not in DETERMINERS]
        if mention[0].lower_ in ("the", "this") and head.pos_ == "NOUN":
            noun = head.lemma_.lower()
            for person in reversed(self._people_seen):
                if person.title and noun == person.title.lower().split()[-1]:
                    return person  # "the minister" is the Defense Minister; "the army" is not its spokesman
            phrase = " ".join(words)
            for org in self._orgs:
                if phrase and phrase in org.lower() and org.lower() != phrase:
                    return ResolvedSpeaker(org)
            if len(words) == 1 and noun in GROUP_NOUNS:
                group = self._recent_group(head.i)
                if group is not None:
                    return group
            if len(words) == 1 and noun in DOCUMENT_NOUNS:
                return self._last_speaker() or ResolvedSpeaker(None)  # "the statement said": whoever issued it
        is_person = head.lemma_.lower() in TITLE_NOUNS and head.tag_ in ("NN", "NNP")
        return ResolvedSpeaker(_strip_determiner(mention.text) or None, is_person=is_person)


def datelines(text: str) -> list[tuple[int, int]]:
    """Character spans of the story's dateline and of any paragraph opening with one."""
    spans = []
    start, end = dateline_bounds(text)
    if end > start:
        spans.append((start, end))
    for opening in [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]:
        close = dateline_end(text, opening)
        if close > opening:
            spans.append((opening, close))
    return spans


def _untagged_acronym_subject(token: Token) -> bool:
    """An acronym in capitals ("ISWAP", "JNIM") that is a clause's subject and that no entity covers."""
    letters = token.text.replace("-", "")
    return (token.dep_ in ("nsubj", "nsubjpass") and not token.ent_type_ and len(letters) >= 3
            and letters.isalpha() and letters.isupper() and token.pos_ == "PROPN")


def _plural_name(ent: Span) -> bool:
    """"the Houthis", "the Kurds": a plural proper noun names a group, not a person."""
    return ent.root.tag_ == "NNPS" or (ent.root.text.endswith("s") and ent.start > 0
                                       and ent.doc[ent.start - 1].lower_ == "the" and len(ent) == 1)


def _modifies_title(ent: Span) -> bool:
    """A name entity directly followed by a title noun in the same phrase ("Taiz Gov.", "Jamundi Mayor")."""
    doc = ent.doc
    if ent.end >= len(doc):
        return False
    after = doc[ent.end]
    return after.lower_ in TITLE_NOUNS and after.text[:1].isupper() and ent.root.dep_ == "compound"


def name_after_title(mention: Span, head: Token) -> Span | None:
    """The capitalised name after the last title word of a mention ("Jamundi Mayor Ana Ruiz" -> "Ana Ruiz"),
    when the mention's head is that name."""
    if head.pos_ != "PROPN" or not head.text[:1].isupper() or head.lower_ in TITLE_NOUNS:
        return None
    doc = head.doc
    start = head.i
    while start > mention.start:
        before = doc[start - 1]
        if before.lower_ in TITLE_NOUNS or not (before.text[:1].isupper() or before.text == "-"):
            break
        start -= 1
    if start == mention.start or doc[start - 1].lower_ not in TITLE_NOUNS:
        return None
    return doc[start:head.i + 1]


def _name_after_split_title(mention: Span, head: Token) -> Span | None:
    """"Army spokesman Maj. | Adamu Sani denied": a capitalised name right after a title the sentence
    splitter cut off."""
    doc = head.doc
    before = mention.start - 1
    if before > 0 and doc[before].text == ".":
        before -= 1  # "Maj." tokenised as "Maj" and "."
    if before < 0 or doc[before].lower_ not in TITLE_NOUNS or head.pos_ != "PROPN":
        return None
    words = [t for t in mention if t.text != "-"]
    if len(words) < 2 or any(t.pos_ != "PROPN" or not t.text[:1].isupper() or t.lower_ in TITLE_NOUNS for t in words):
        return None
    if any(t.ent_type_ in ("ORG", "GPE", "NORP", "LOC", "FAC") for t in words):
        return None
    return mention


def person_name(ent: Span) -> str:
    """A person entity's name without a possessive ending or honorifics."""
    tokens = [token for token in ent if token.dep_ != "case" and token.text not in ("'s", "\u2019s")]
    words = [token.text for token in tokens if token.lower_ not in HONORIFICS]
    return " ".join(words).strip(" ,")


def honorific_gender(ent: Span) -> str | None:
    """"m" or "f" when an honorific opens or directly precedes the name ("Mr. Baig", "Ms Noor")."""
    first = ent.doc[ent.start - 1] if ent.start > 0 else None
    for token in (ent[0], first):
        if token is not None and token.lower_ in HONORIFIC_GENDER:
            return HONORIFIC_GENDER[token.lower_]
    return None


def title_before(ent: Span) -> str | None:
    """The title written right before a name in the same noun phrase ("Defense Minister Khawaja Asif")."""
    doc = ent.doc
    start = ent.start
    while start > 0:
        before = doc[start - 1]
        if before.dep_ not in ("compound", "amod", "nmod", "poss", "case", "det") or before.is_punct or before.is_space:
            break
        if not start <= before.head.i < ent.end:
            break
        start -= 1
    while start < ent.start and (doc[start].lower_ in DETERMINERS or doc[start].dep_ in ("case", "punct")):
        start += 1
    if start >= ent.start:
        return None
    title = doc[start:ent.start].text.strip(" ,")
    return title if any(char.isalpha() for char in title) else None




def _appositive_title(ent: Span) -> str | None:
    """"Mohammad Ali, a shopkeeper,": a short apposition without a name is the person's title."""
    for child in ent.root.rights:
        if child.dep_ != "appos" or child.ent_type_ == "PERSON" or not _after_comma(child):
            continue
        words = list(child.subtree)
        if len(words) > 8 or any(t.pos_ in ("VERB", "AUX") or t.is_quote or "\n" in t.text for t in words):
            return None
        start = next((t.i for t in words if t.lower_ not in DETERMINERS), child.i)
        return ent.doc[start:words[-1].i + 1].text.strip(" ,") or None
    return None


def _after_comma(token: Token) -> bool:
    """Is the phrase headed by `token` set off by a comma before it ("Ali, a shopkeeper")?"""
    left = token.left_edge.i
    return left > 0 and token.doc[left - 1].text == ","


_LOCATOR_SUFFIXES = ("-based", "-backed", "-led", "-run", "-allied", "-linked", "-aligned")


def _with_name_tail(mention: Span, name: Span) -> Span:
    """A group name with the "of"/"for" phrase of capitalised words that completes it and that the recogniser
    cut off ("Syrian Observatory" + "for Human Rights")."""
    doc = name.doc
    end = name.end
    if end + 1 >= mention.end or doc[end].lower_ not in ("for", "of", "on") or not doc[end + 1].text[:1].isupper():
        return name
    end += 1
    while end < mention.end and (doc[end].text[:1].isupper() or doc[end].lower_ in ("and", "of", "the", "for")):
        end += 1
    while doc[end - 1].lower_ in ("and", "of", "the", "for"):
        end -= 1
    return doc[name.start:end]


def _proper_chain(mention: Span, head: Token) -> Span:
    """The run of capitalised words and hyphens ending at the head ("Tehreek-e-Taliban Pakistan"), which
    the entity recogniser sometimes cuts into pieces."""
    doc = head.doc
    start = head.i
    while start > mention.start:
        before = doc[start - 1]
        if before.text == "-" or (before.text[:1].isupper() and before.pos_ in ("PROPN", "NOUN", "X", "")) \
                or (before.text.islower() and start - 2 >= mention.start and doc[start - 2].text == "-"):
            start -= 1
            continue
        break
    while start < head.i and doc[start].text == "-":
        start += 1
    return doc[start:head.i + 1]


def _strip_determiner(text: str) -> str:
    words = text.split()
    while words and words[0].lower() in DETERMINERS:
        words.pop(0)
    return " ".join(words)
