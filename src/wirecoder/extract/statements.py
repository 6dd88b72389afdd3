"""Statements: who said what, one `Statement` per cue, with evidence spans for every field.

One pass over the parsed article finds cues (reporting verbs, trailing participles, "according to", noun cues),
reads speaker, content and target off the dependency tree, and widens content to the quotation it touches.
Quotations no cue claims become follow-on statements of the previous speaker. Attributions nested inside
a quotation or inside another statement's content are dropped (an outlet relaying them is marked "relay").
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from wirecoder.extract import cues
from wirecoder.extract.quotes import QuoteIndex, find_quotations
from wirecoder.extract.statement_acts import (
    ActReading,
    content_reading,
    cue_reading,
    is_agent_like,
    stance_object,
)
from wirecoder.extract.statement_parts import (
    CONTENT_CLAUSE_DEPS,
    RELATIVE_PRONOUNS,
    SETTING_PREPS,
    Region,
    agent_of,
    appositive_of,
    breaks_before,
    content_children,
    cue_tokens,
    cut_at_participle,
    is_circumstance,
    is_conjoined_cue,
    is_participial_cue,
    noun_phrase,
    phrasal_particle,
    region_of,
    speaker_head,
    subject_of,
    trim_region,
    within_sentence,
    written_cue,
)
from wirecoder.models import Statement, StatementKind, TextSpan
from wirecoder.nlp.datelines import dateline_end
from wirecoder.nlp.model import TITLE_ABBREVIATIONS
from wirecoder.nlp.text import doc_text
from wirecoder.resolve.speakers import ResolvedSpeaker, SpeakerResolver

_RESPONSE_OPENERS = ("in response", "responding", "in reply", "reacting", "in a rebuttal", "hitting back")
_RESPONSE_VERBS = frozenset({"respond", "reply", "retort", "rebut", "react", "counter"})
_SET_OFF = (",", "\u2014", "--")  # marks that set a parenthetical cue off from the clause around it
SPEECH_PREPS = frozenset({"as", "of", "about", "for", "against", "on", "to"})
COMPLEMENT_DEPS = frozenset({"pobj", "pcomp", "relcl", "acl"})  # content reached through an object
_DASHES = ("\u2015", "\u2014", "\u2013", "--", "-")
MIN_FOLLOW_ON_WORDS = 4
MIN_CONTENT_WORDS = 2


@dataclass(slots=True)
class _Draft:
    """A statement being assembled, with the tokens it came from."""

    anchor: int  # character offset that orders statements in the text
    sentence: int  # start token of the cue's sentence
    spans: list[tuple[int, int]]
    verb: Token | None = None
    cue: list[Token] = field(default_factory=list)
    cue_chars: tuple[int, int] | None = None  # a cue that is not whole tokens (a dash glued to a quote mark)
    speaker_mention: Span | None = None
    speaker: ResolvedSpeaker = field(default_factory=lambda: ResolvedSpeaker(None))
    reading: ActReading = field(default_factory=lambda: ActReading("state"))
    parent: _Draft | None = None
    marker: str | None = None
    source_chain: list[str] = field(default_factory=list)
    confidence: float = 0.7
    dropped: bool = False


def extract_statements(doc: Doc) -> list[Statement]:
    """Every attribution in the article, one statement per cue, in text order."""
    return _ArticleReader(doc).read()


@dataclass(slots=True)
class _ArticleReader:
    """Reads the statements of one parsed article."""

    doc: Doc
    text: str = field(init=False)  # `doc.text` rebuilds the string on every access, so it is read once
    quotes: QuoteIndex = field(init=False)
    resolver: SpeakerResolver = field(init=False)
    drafts: list[_Draft] = field(default_factory=list)
    relays: dict[int, list[str]] = field(default_factory=dict)  # sentence start -> outlets relaying it
    acronyms: dict[str, tuple[int, int]] = field(init=False)  # "ABC" -> span of the name it abbreviates

    def __post_init__(self) -> None:
        self.text = doc_text(self.doc)
        self.acronyms = defined_acronyms(self.text)
        self.quotes = QuoteIndex(find_quotations(self.text))
        self.resolver = SpeakerResolver(self.doc)

    def read(self) -> list[Statement]:
        """Cue statements, then follow-on quotations, ordered and linked."""
        heads: dict[int, _Draft] = {}
        for token in self.doc:
            if self.quotes.covering(token.idx) is not None:
                continue  # attributions inside a quotation belong to the quoted speaker's story
            draft = self._draft_at(token, heads)
            if draft is not None:
                self.drafts.append(draft)
                heads[token.i] = draft
        self._add_colon_statements()
        self._drop_nested()
        self._apply_relays()
        self._add_follow_ons()
        kept = sorted((d for d in self.drafts if not d.dropped), key=lambda d: d.anchor)
        return self._finish(kept)

    # -- finding cues --------------------------------------------------------------------------------------

    def _draft_at(self, token: Token, heads: dict[int, _Draft]) -> _Draft | None:
        lower = token.lower_
        if lower == "according" and token.i + 1 < len(self.doc) and self.doc[token.i + 1].lower_ == "to":
            return self._according_to(token)
        lemma = token.lemma_.lower()
        if token.pos_ in ("VERB", "AUX") and (cues.is_cue_verb(lemma) or _document_reads(token)
                                               or stance_object(token) is not None):
            if self._is_relay_clause(token):
                return None
            return self._verb_statement(token, heads)
        if token.pos_ == "NOUN" and lemma in cues.noun_cues():
            return self._noun_statement(token)
        return None

    def _is_relay_clause(self, verb: Token) -> bool:
        """"..., as reported by Radio X": the outlet joins the source chain of the sentence's statements."""
        if verb.lemma_.lower() not in cues.relay_verbs():
            return False
        if not any(child.dep_ == "mark" and child.lower_ == "as" for child in verb.children):
            return False
        agent = agent_of(verb)
        if agent is not None:
            self.relays.setdefault(verb.sent.start, []).append(_strip_the(noun_phrase_span(agent).text))
        return True

    def _verb_statement(self, verb: Token, heads: dict[int, _Draft]) -> _Draft | None:
        """A reporting verb's statement, or None when the verb is not used as speech here."""
        participle = is_participial_cue(verb)
        quoted_speaker = _quoted_as_saying(verb)
        if verb.dep_ in ("amod", "compound") or (not participle and quoted_speaker is None
                                                  and _is_other_participle(verb)):
            return None
        if _quotes_someone_as(verb):
            # "the agency quoted a spokesman as denying ...": the spokesman's cue tells it; the agency relays it
            relayer = subject_of(verb)
            if relayer is not None:
                self.relays.setdefault(verb.sent.start, []).append(_strip_the(noun_phrase_span(relayer).text))
            return None
        if _describes_document(verb) or _agentless_attribute(verb) or self._credit_line(verb):
            return None
        if _frames_following_cue(verb):
            return None
        particle = phrasal_particle(verb)
        children = self._verb_content_children(verb, particle)
        lemma = verb.lemma_.lower()
        if lemma in cues.clause_only_verbs() and not self._speech_like(verb, children) and not _as_clause(verb) \
                and not _evidence_subject(verb) and (children or not self._nearby_quotation(verb)) \
                and not (not any(c.dep_ in CONTENT_CLAUSE_DEPS for c in children) and self._split_off_content(verb)):
            return None
        if _negated_without_clause(verb, children) or _asks_anonymity(children) or _nobody_speaks(verb) \
                or _purpose_of_a_crowd(verb) or _raised_passive(verb):
            return None
        spans = self._content_spans(verb, children)
        if not spans or sum(len(self.text[low:high].split()) for low, high in spans) < MIN_CONTENT_WORDS:
            return None
        if not participle and _belief_without_believer(verb):
            return None
        if lemma in cues.intention_verbs() and not self._quotes_in(spans):
            return None  # "the party plans to ...": an intention, speech only when it quotes someone
        draft = _Draft(anchor=verb.idx, sentence=verb.sent.start, spans=spans, verb=verb, cue=cue_tokens(verb),
                       reading=cue_reading(verb, particle))
        stance = stance_object(verb)
        if stance is not None:
            self._voice_stance(draft, stance)
        if participle:
            draft.parent = (heads.get(verb.head.i) or self._governing_draft(verb, heads)
                            or _quoted_cue_draft(verb.head, heads))
        self._attach_speaker(draft, verb)
        if is_conjoined_cue(verb) and verb.head.i not in heads:
            self._share_speaker(draft, self._governing_draft(verb, heads))
        return draft

    def _credit_line(self, verb: Token) -> bool:
        """"(Reporting by X; Editing by Y)": the agency's credit line names its staff, not a source."""
        if verb.tag_ != "VBG" or verb.i + 1 >= len(self.doc) or self.doc[verb.i + 1].lower_ != "by":
            return False
        line_start = self.text.rfind("\n", 0, verb.idx) + 1
        return self.text[line_start:verb.idx].strip(" \t\u00a0") in ("", "(")

    def _voice_stance(self, draft: _Draft, noun: Token) -> None:
        """"expressed deep concern about X": the cue runs to the stance noun and its preposition, the
        content is what the stance is about."""
        preposition = next((child for child in noun.rights if child.dep_ == "prep" and child.i == noun.i + 1), None)
        topic = None if preposition is None else next(
            (child for child in preposition.children if child.dep_ in ("pobj", "pcomp")), None)
        last = preposition if topic is not None else noun
        draft.cue = [self.doc[i] for i in range(draft.cue[0].i, last.i + 1)]
        if topic is not None:
            region = within_sentence(self.doc, Region(topic.left_edge.i, topic.right_edge.i + 1), noun)
            region = trim_region(self.doc, cut_at_participle(self.doc, region, noun.i))
            if region.end > region.start:
                draft.spans = self._widen_to_quotes(_char_span(self.doc, region))

    def _share_speaker(self, draft: _Draft, first: _Draft | None) -> None:
        """"X said A and warned B" parsed with "warned" inside A: the second cue is X's too."""
        if first is not None and first.verb is not None and first.sentence == draft.sentence:
            draft.speaker, draft.speaker_mention = first.speaker, first.speaker_mention

    def _verb_content_children(self, verb: Token, particle: Token | None) -> list[Token]:
        """The verb's content dependents: past an addressee or blamed object, into a phrasal particle."""
        through_particle = particle is not None and particle.dep_ == "prep"
        skip_object = verb.lemma_.lower() in cues.addressee_object_verbs() or through_particle
        children = [_clause_of_object(child) for child in content_children(verb, skip_object=skip_object)]
        if through_particle:
            children = [child for child in children if child.i != particle.i]
            children += [child for child in particle.children if child.dep_ in ("pobj", "pcomp")]
        if skip_object:
            children += _object_complements(verb, children)
        return sorted(children, key=lambda child: child.i)

    def _speech_like(self, verb: Token, children: list[Token]) -> bool:
        """A clause, a quotation, an `as`-phrase or a particle cue: what makes "added" or "noted" speech."""
        if any(child.dep_ in CONTENT_CLAUSE_DEPS | COMPLEMENT_DEPS for child in children):
            return True  # a clause, or the object of a preposition hanging off the addressee ("warned X of Y")
        if phrasal_particle(verb) is not None:
            return True
        lemma = verb.lemma_.lower()
        if lemma in cues.preposition_speech_verbs() and lemma not in cues.topic_verbs() and any(
                child.dep_ == "prep" and child.lower_ in SPEECH_PREPS for child in children):
            return True
        if lemma == "claim" and any(child.lemma_.lower() in ("responsibility", "credit") for child in children):
            return True
        sentence = verb.sent
        return bool(self.quotes.overlapping(sentence.start_char, sentence.end_char))

    def _governing_draft(self, verb: Token, heads: dict[int, _Draft]) -> _Draft | None:
        head = verb.head
        for _ in range(4):
            if head.i in heads:
                return heads[head.i]
            if head.head.i == head.i:
                break
            head = head.head
        return None

    def _according_to(self, token: Token) -> _Draft | None:
        to = self.doc[token.i + 1]
        source = next((child for child in to.children if child.dep_ == "pobj"), None)
        if source is None:
            return None
        source = self._name_after_abbreviated_title(source)
        phrase_end = source.right_edge.i + 1
        sentence = token.sent
        before = trim_region(self.doc, within_sentence(self.doc, Region(sentence.start, token.i), token))
        after = trim_region(self.doc, within_sentence(self.doc, Region(phrase_end, sentence.end), token))
        region = after if (after.end - after.start) > (before.end - before.start) else before
        if region.end <= region.start:
            return None
        spans = self._widen_to_quotes(_char_span(self.doc, region))
        draft = _Draft(anchor=token.idx, sentence=sentence.start, spans=spans, cue=[token, to],
                       confidence=0.7)
        self._set_speaker(draft, _issuer(source))
        return draft

    def _name_after_abbreviated_title(self, source: Token) -> Token:
        """"according to Brig. Gen. Osman Ali": the parser may take the abbreviation for the source and hang
        the name elsewhere; the person named right after it is the source."""
        if source.text.rstrip(".") not in TITLE_ABBREVIATIONS:
            return source
        for token in self.doc[source.i + 1:source.i + 5]:
            if token.ent_type_ == "PERSON":
                ent = next(ent for ent in self.doc.ents if ent.start <= token.i < ent.end)
                return ent.root
        return source

    def _noun_statement(self, noun: Token) -> _Draft | None:
        """"X's claim that ...", "an allegation by X that ...", "Indian claims alleging ...": kept, marked
        "noun" (left out of the evaluation output)."""
        region = _noun_content(noun)
        if region is None:
            return None
        region = trim_region(self.doc, region)
        if region.end <= region.start:
            return None
        draft = _Draft(anchor=noun.idx, sentence=noun.sent.start, spans=self._widen_to_quotes(
            _char_span(self.doc, region)), cue=[noun], marker="noun", confidence=0.5)
        draft.reading = ActReading(cues.act_of(noun.lemma_.lower()))
        owner = _noun_owner(noun)
        if owner is not None:
            self._set_speaker(draft, owner)
        return draft

    # -- content -------------------------------------------------------------------------------------------

    def _content_spans(self, verb: Token, children: list[Token]) -> list[tuple[int, int]]:
        """Content on the verb's far side from the speaker: a fronted quotation, what follows, or both
        ("“A,” he said, “B.”"), never the speaker and cue between them."""
        left = [child for child in children if child.i < verb.i]
        right = [child for child in children if child.i > verb.i]
        if left and not any(child.dep_ in CONTENT_CLAUSE_DEPS or self._quoted(child) for child in right):
            right = []
        spans: list[tuple[int, int]] = []
        for side in (left, right):
            region = self._side_region(verb, side)
            if region is not None:
                spans += self._widen_to_quotes(_char_span(self.doc, region))
        if not spans and not children:
            spans = self._parenthetical(verb)
        if not spans and not any(child.dep_ in CONTENT_CLAUSE_DEPS for child in children):
            spans = self._split_off_content(verb)
        return _merge(spans) if spans else self._nearby_quotation(verb)

    def _split_off_content(self, verb: Token) -> list[tuple[int, int]]:
        """"A happened, Inspector General (X range) | Ana Ruiz told Reuters.": a long title fooled the sentence
        splitter; the cue's content is the previous "sentence" up to its last comma."""
        sentence = verb.sent
        subject = subject_of(verb)
        if sentence.start == 0 or subject is None or subject.left_edge.i != sentence.start or subject.i > verb.i:
            return []
        previous = self.doc[sentence.start - 1].sent
        last = previous[-1]
        while last.is_space and last.i > previous.start:
            last = self.doc[last.i - 1]
        gap = self.text[previous.start_char:sentence.start_char]
        if last.text in (".", "!", "?", ":", "\u201d", '"') or "\n" in gap:
            return []
        commas = [token.i for token in previous if token.text == "," and self.quotes.covering(token.idx) is None]
        if not commas:
            return []
        region = trim_region(self.doc, Region(previous.start, commas[-1]))
        if region.end - region.start < 4:
            return []
        return self._widen_to_quotes(_char_span(self.doc, region))

    def _side_region(self, verb: Token, side: list[Token]) -> Region | None:
        region = region_of(side)
        if region is None:
            return None
        if region.start > verb.i and any(breaks_before(self.doc, index) and self.doc[index - 1].text != ":"
                                         for index in range(verb.i + 2, region.start + 1)):
            return None  # "“A,” X said in a statement. “B”": the parser hung the next sentence on the cue
        region = within_sentence(self.doc, region, verb)
        region = _past_leading_setting(self.doc, region, verb)
        region = self._cut_at_semicolon(region, verb)
        region = trim_region(self.doc, cut_at_participle(self.doc, region, verb.i))
        return region if region.end > region.start else None

    def _cut_at_semicolon(self, region: Region, verb: Token) -> Region:
        """Unquoted reported speech stops at a semicolon on the cue's side ("said A; B", "A; B, he said")."""
        low, high = min(region.start, verb.i), max(region.end, verb.i + 1)
        semicolons = [index for index in range(low, high)
                      if self.doc[index].text == ";" and self.quotes.covering(self.doc[index].idx) is None]
        if not semicolons:
            return region
        if region.start > verb.i:
            return Region(region.start, max(region.start, semicolons[0]))
        if region.end <= verb.i:
            return Region(min(semicolons[-1] + 1, region.end), region.end)
        return region

    def _quotes_in(self, spans: list[tuple[int, int]]) -> bool:
        """Does any of the spans touch a quotation?"""
        return any(self.quotes.overlapping(low, high) for low, high in spans)

    def _quoted(self, token: Token) -> bool:
        return bool(self.quotes.overlapping(token.left_edge.idx, token.right_edge.idx + 1))

    def _parenthetical(self, verb: Token) -> list[tuple[int, int]]:
        """"The plan, he said, will fail": the clause around a cue set off by commas is its content."""
        head = verb.head
        if head.i == verb.i or verb.dep_ not in ("parataxis", "ccomp", "advcl", "conj"):
            return []
        edge = verb.left_edge
        set_off = edge.text in _SET_OFF or (edge.i > 0 and self.doc[edge.i - 1].text in _SET_OFF) or _as_clause(verb)
        if head.pos_ not in ("VERB", "AUX") or not set_off:
            return []
        clause = within_sentence(self.doc, Region(head.left_edge.i, head.right_edge.i + 1), verb)
        spans = []
        for region in (Region(clause.start, verb.left_edge.i), Region(verb.right_edge.i + 1, clause.end)):
            region = trim_region(self.doc, region)
            if region.end > region.start:
                spans += self._widen_to_quotes(_char_span(self.doc, region))
        return spans

    def _nearby_quotation(self, verb: Token) -> list[tuple[int, int]]:
        """A cue without a parsed complement takes the quotation in (or ending just before) its sentence."""
        sentence = verb.sent
        numbers = self.quotes.overlapping(sentence.start_char, sentence.end_char)
        if not numbers and sentence.start > 0:
            previous = self.doc[sentence.start - 1].sent
            numbers = [n for n in self.quotes.overlapping(previous.start_char, previous.end_char)
                       if self.quotes.quotations[n].end >= previous.end_char - 3]
        if not numbers:
            return []
        nearest = min(numbers, key=lambda n: _distance(self.quotes.quotations[n], verb.idx))
        return [(piece.start, piece.end) for piece in self.quotes.quotations[nearest].pieces]

    def _widen_to_quotes(self, span: tuple[int, int]) -> list[tuple[int, int]]:
        """Content widened to every quotation it touches, one span per paragraph, quote marks left out."""
        start, end = span
        pieces = [(start, end)]
        for number in self.quotes.overlapping(start, end):
            pieces += [(piece.start, piece.end) for piece in self.quotes.quotations[number].pieces]
        pieces.sort()
        merged: list[tuple[int, int]] = []
        text = self.text
        for low, high in pieces:
            if merged and low <= merged[-1][1] + 2 and "\n" not in text[merged[-1][1]:low]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], high))
            else:
                merged.append((low, high))
        return [_strip_marks(text, low, high) for low, high in merged if high > low]

    # -- speaker ---------------------------------------------------------------------------------------------

    def _attach_speaker(self, draft: _Draft, verb: Token) -> None:
        if draft.parent is not None and not any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children):
            # ", citing ...": a trailing participle is said by its statement's speaker, wherever the parser hung it
            draft.speaker, draft.speaker_mention = draft.parent.speaker, draft.parent.speaker_mention
            return
        subject = subject_of(verb)
        quoted = _quoted_as_saying(verb)
        if quoted is not None:
            subject = quoted
        elif subject is not None and subject.dep_ in ("nsubjpass", "csubjpass"):
            subject = agent_of(subject.head)
            draft.confidence = 0.6
        if subject is None and draft.parent is None:
            subject = _bare_subject(verb)
        subject = _issuer(subject) if subject is not None else None
        if subject is None or subject.pos_ in ("VERB", "AUX") or subject.lower_ in ("there",):
            if draft.parent is not None:
                draft.speaker, draft.speaker_mention = draft.parent.speaker, draft.parent.speaker_mention
            return
        if subject.lower_ == "it" and subject.dep_ == "nsubjpass":
            return
        self._set_speaker(draft, subject)

    def _set_speaker(self, draft: _Draft, subject: Token) -> None:
        head = self._past_dateline(speaker_head(subject))
        if head is None:
            return
        region = self._after_dateline(noun_phrase(head))
        if region.end <= region.start:
            return
        mention = self.doc[region.start:region.end]
        appositive = appositive_of(head)
        appositive_span = None
        if appositive is not None:
            appositive_region = noun_phrase(appositive)
            appositive_span = self.doc[appositive_region.start:appositive_region.end]
        if appositive is None:
            region = _with_bare_apposition(head, region)
            mention = self.doc[region.start:region.end]
        draft.speaker_mention = mention
        # "a war crime that must ...": a relative clause's thing is no speaker to refer back to later.
        doubtful = subject.lower_ in RELATIVE_PRONOUNS and not is_agent_like(head)
        draft.speaker = self.resolver.resolve(head, mention, appositive_span, remember=not doubtful)

    def _past_dateline(self, head: Token) -> Token | None:
        """A subject the parser found in the dateline ("SRINAGAR, India \u2014 Police said") gives way to
        the phrase it hung after the dateline; a dateline place is never a speaker."""
        if not self.resolver.in_dateline(head.idx):
            return head
        return next((child for child in head.rights
                     if child.dep_ == "appos" and not self.resolver.in_dateline(child.idx)), None)

    def _after_dateline(self, region: Region) -> Region:
        """A mention without the dateline the parser glued to its front ("Raipur, Apr 16 (PTI) Security forces")."""
        start = region.start
        while start < region.end and self.resolver.in_dateline(self.doc[start].idx):
            start += 1
        return Region(start, region.end) if start > region.start else region

    # -- cleaning up -----------------------------------------------------------------------------------------

    def _drop_nested(self) -> None:
        """Drop cues inside another statement's content of the same sentence; a relaying outer one is marked."""
        by_sentence: dict[int, list[_Draft]] = {}
        for draft in self.drafts:
            by_sentence.setdefault(draft.sentence, []).append(draft)
        for group in by_sentence.values():
            for inner in group:
                for outer in group:
                    if outer is inner or outer.dropped or not _inside(inner.anchor, outer.spans):
                        continue
                    if outer.verb is not None and outer.verb.lemma_.lower() in cues.relay_verbs():
                        outer.marker = "relay"
                        if outer.speaker.name:
                            inner.source_chain.append(outer.speaker.name)
                        continue
                    inner.dropped = True
                    break
            self._demote_according_to(group)

    def _demote_according_to(self, group: list[_Draft]) -> None:
        """"X said ..., according to Dawn": the outlet relays, it is not a second statement."""
        others = [d for d in group if not d.dropped and d.marker is None and not _is_according(d)]
        for draft in group:
            if draft.dropped or not _is_according(draft):
                continue
            # "..., according to Gen. Ali, who said ...": the source's own further words do not make it a relay
            speakers = [d for d in others if not d.dropped and d.speaker.name != draft.speaker.name]
            if speakers and draft.speaker.name:
                draft.dropped = True
                for other in speakers:
                    other.source_chain.append(draft.speaker.name)

    def _apply_relays(self) -> None:
        for draft in self.drafts:
            draft.source_chain += self.relays.get(draft.sentence, [])

    def _add_follow_ons(self) -> None:
        """Quotations no cue claimed, standing as a sentence of their own: the previous speaker's words."""
        claimed = [span for draft in self.drafts if not draft.dropped for span in draft.spans]
        claimed.sort()
        ordered = sorted((d for d in self.drafts if not d.dropped and d.marker is None), key=lambda d: d.anchor)
        for quotation in self.quotes.quotations:
            if any(low < quotation.end and quotation.start < high for low, high in claimed):
                continue
            if not self._stands_alone(quotation.start, quotation.end):
                continue
            draft = _Draft(anchor=quotation.start, sentence=-1,
                           spans=[(piece.start, piece.end) for piece in quotation.pieces], confidence=0.55)
            if not self._dash_attribution(draft, quotation.end):
                previous = [d for d in ordered if d.anchor < quotation.start]
                if previous:
                    draft.speaker = previous[-1].speaker
            self.drafts.append(draft)

    def _add_colon_statements(self) -> None:
        """Transcript and headline attributions: a paragraph opening "NAME: what they said". A name in
        capitals counts only when it opens two or more paragraphs (a transcript), so a dateline never does."""
        candidates = list(self._colon_candidates())
        turns = Counter(match.group("name") for match, _, _ in candidates if match.group("name").isupper())
        headline_end = self.text.find("\n")
        for match, name, is_person in candidates:
            written = match.group("name")
            in_headline = match.start() < headline_end and _headline_speaker(name)
            if not is_person and turns[written] < 2 and not in_headline:
                continue
            colon = self._token_at(match.start("colon"))
            low, high = _strip_marks(self.text, *match.span("content"))
            inside_quotation = self.quotes.covering(match.start("name")) is not None
            if colon is None or high <= low or (inside_quotation and not written.isupper()):
                continue
            # A transcript turn is its own paragraph: it never widens to the quotation around the transcript.
            draft = _Draft(anchor=match.start("name"), sentence=colon.sent.start, spans=[(low, high)],
                           cue=[colon], confidence=0.6)
            self._set_speaker(draft, name.root)
            self.drafts.append(draft)

    def _colon_candidates(self) -> Iterator[tuple[re.Match[str], Span, bool]]:
        """Paragraphs opening with a short name and a colon: the match, the name's tokens, whether a person."""
        for match in _colon_pattern().finditer(self.text):
            name = self.doc.char_span(*match.span("name"), alignment_mode="contract")
            if name is None or len(name) == 0 or any(t.ent_type_ in ("GPE", "LOC", "DATE", "TIME") for t in name):
                continue
            is_person = all(t.ent_type_ in ("PERSON", "") for t in name) and any(t.ent_type_ == "PERSON" for t in name)
            yield match, name, is_person

    def _stands_alone(self, start: int, end: int) -> bool:
        """Does the quotation open its sentence and hold a sentence's worth of words?"""
        text = self.text
        if len(text[start:end].split()) < MIN_FOLLOW_ON_WORDS:
            return False
        token = self._token_at(start)
        if token is None:
            return False
        paragraph_start = text.rfind("\n", 0, start) + 1
        lead = text[max(token.sent.start_char, paragraph_start):start]
        # A sentence the parser ran on from the one before ("... posted on X. “We ...") starts after its stop.
        lead = re.split(r"[.!?][\"'\u201d\u2019]?\s", lead)[-1]
        return not lead.strip(" \t\n\u00a0\"'\u201c\u201d\u2018\u2019(")

    def _dash_attribution(self, draft: _Draft, quote_end: int) -> bool:
        """"... ” ― Name": a dash right after the closing mark names the speaker."""
        text = self.text
        tail = text[quote_end:quote_end + 6]
        stripped = tail.lstrip("\"'\u201d\u2019 .,\u00a0")
        dash = next((d for d in _DASHES if stripped.startswith(d)), None)
        if dash is None:
            return False
        dash_start = quote_end + (len(tail) - len(stripped))
        name_start = dash_start + len(dash)
        while name_start < len(text) and text[name_start] in " \t\u00a0":
            name_start += 1
        name_token = self._token_at(name_start)
        if name_token is None or not name_token.text[:1].isupper():
            return False
        draft.cue_chars = (dash_start, dash_start + len(dash))
        head = name_token
        while head.dep_ == "compound" and head.head.i > head.i and "\n" not in text[head.idx:head.head.idx]:
            head = head.head
        self._set_speaker(draft, head)
        return True

    def _token_at(self, offset: int) -> Token | None:
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        if span is None or len(span) == 0:
            for probe in range(offset, min(offset + 4, len(self.text))):
                span = self.doc.char_span(probe, probe + 1, alignment_mode="expand")
                if span is not None and len(span):
                    return span[0]
            return None
        return span[0]

    # -- output ----------------------------------------------------------------------------------------------

    def _finish(self, drafts: list[_Draft]) -> list[Statement]:
        statements: list[Statement] = []
        index_of: dict[int, int] = {}
        for draft in drafts:
            self._settle_act(draft)
            statement = self._statement(draft)
            statement.responds_to = self._answered(draft, statements)
            if statement.responds_to is not None:
                _as_rebuttal(statement, statements[statement.responds_to])
                _rebuts_speaker(statement, statements[statement.responds_to])
                draft.reading = ActReading(statement.act, draft.reading.target)
            index_of[id(draft)] = len(statements)
            statements.append(statement)
        for draft in drafts:
            if draft.parent is not None and id(draft.parent) in index_of:
                _inherit(statements[index_of[id(draft)]], statements[index_of[id(draft.parent)]])
        return statements

    def _settle_act(self, draft: _Draft) -> None:
        """Refine a neutral or accusing cue by what its content says."""
        if draft.reading.act not in ("state", "accuse"):
            return
        if draft.reading.act == "accuse" and draft.reading.target is None and draft.verb is not None:
            named = self._named_party(draft, outside_content=True)
            if named is not None:
                draft.reading = ActReading("accuse", named)
                return
        tokens = self._content_tokens(draft.spans)
        refined = content_reading(tokens)
        if refined is not None and (draft.reading.act == "state"
                                    or (refined.act == "accuse" and draft.reading.target is None)):
            draft.reading = ActReading(refined.act, refined.target or draft.reading.target)
        if draft.reading.act == "accuse" and draft.reading.target is None and draft.verb is not None:
            draft.reading = ActReading("accuse", self._earlier_target(draft)
                                       or self._named_party(draft, outside_content=False))

    def _named_party(self, draft: _Draft, *, outside_content: bool) -> Region | None:
        """Whom an accusation with no object aims at: a group or person the cue's sentence names ("condemned
        the campaign, without naming X"), outside the content first, else inside it; never the speaker."""
        assert draft.verb is not None
        speaker = draft.speaker_mention
        for ent in draft.verb.sent.ents:
            if ent.label_ not in ("ORG", "NORP", "PERSON"):
                continue
            if speaker is not None and ent.start < speaker.end and speaker.start < ent.end:
                continue
            if draft.speaker.name and draft.speaker.name.lower() in ent.text.lower():
                continue
            if ent.root.head.lower_ in ("against", "on", "to", "for"):
                continue  # "the campaign against X": the one wronged or addressed, not the one blamed
            inside = _inside(ent.start_char, draft.spans)
            if inside != outside_content:
                return Region(ent.start, ent.end)
        return None

    def _earlier_target(self, draft: _Draft) -> Region | None:
        """The party the same speaker accused just before (a follow-up condemnation names it no more)."""
        if not draft.speaker.name:
            return None
        earlier = [d for d in self.drafts if d.anchor < draft.anchor and not d.dropped and d.marker is None]
        for previous in reversed(earlier[-3:]):
            if previous.speaker.name != draft.speaker.name:
                return None
            if previous.reading.act == "accuse" and previous.reading.target is not None:
                return previous.reading.target
        return None

    def _content_tokens(self, spans: list[tuple[int, int]]) -> list[Token]:
        tokens: list[Token] = []
        for low, high in spans:
            span = self.doc.char_span(low, high, alignment_mode="expand")
            if span is not None:
                tokens.extend(span)
        return tokens

    def _statement(self, draft: _Draft) -> Statement:
        text = self.text
        spans = list(draft.spans)
        if spans and dateline_end(text, spans[0][0]) < spans[0][1]:
            spans[0] = (dateline_end(text, spans[0][0]), spans[0][1])
        content_spans = [TextSpan.of(text, low, high) for low, high in spans]
        cue_span = TextSpan.of(text, *draft.cue_chars) if draft.cue_chars else None
        if draft.cue and cue_span is None:
            cue = self._cue_as_written(draft)
            cue_span = TextSpan.of(text, cue[0].idx, cue[-1].idx + len(cue[-1].text))
        speaker_span = None
        if draft.speaker_mention is not None:
            speaker_span = TextSpan.of(text, draft.speaker_mention.start_char, draft.speaker_mention.end_char)
        target_span = None
        if draft.reading.target is not None and draft.reading.target.end > draft.reading.target.start:
            target = self.doc[draft.reading.target.start:draft.reading.target.end]
            low, high = self._spelled_out(target.start_char, target.end_char)
            target_span = TextSpan.of(text, low, high)
        return Statement(
            content=" ".join(span.text for span in content_spans),
            content_spans=content_spans,
            kind=self._kind(spans),
            speaker=draft.speaker.name,
            speaker_span=speaker_span,
            speaker_title=draft.speaker.title,
            cue=cue_span.text if cue_span else None,
            cue_span=cue_span,
            act=draft.reading.act,
            target=target_span.text if target_span else None,
            target_span=target_span,
            source_chain=list(dict.fromkeys(draft.source_chain)),
            marker=draft.marker,
            confidence=draft.confidence,
        )

    def _cue_as_written(self, draft: _Draft) -> list[Token]:
        """A verb cue widened over the adverbs or colon written between it and its content."""
        if draft.verb is None or draft.verb not in draft.cue:
            return draft.cue
        cue_end = draft.cue[-1].idx + len(draft.cue[-1].text)
        following = [low for low, _ in draft.spans if low >= cue_end]
        return written_cue(self.text, draft.cue, draft.verb, min(following) if following else None)

    def _spelled_out(self, start: int, end: int) -> tuple[int, int]:
        """An acronym target replaced by the full name the article defines for it ("Long Name (LN)")."""
        written = _strip_the(self.text[start:end])
        if not written.isupper() or written not in self.acronyms:
            return start, end
        return self.acronyms[written]

    def _kind(self, spans: list[tuple[int, int]]) -> StatementKind:
        inside = total = 0
        for low, high in spans:
            quoted, letters = self.quotes.quoted_share(self.text, low, high)
            inside, total = inside + quoted, total + letters
        if total and inside >= total:
            return "direct"
        return "indirect" if inside == 0 else "mixed"

    def _answered(self, draft: _Draft, earlier: list[Statement]) -> int | None:
        """The statement this one answers ("In response, X said ..."), if it is a response."""
        if draft.verb is None or draft.parent is not None:
            return None
        sentence_text = draft.verb.sent.text.lstrip().lower()
        explicit = sentence_text.startswith(_RESPONSE_OPENERS) or draft.verb.lemma_.lower() in _RESPONSE_VERBS
        # A denial with no response phrase answers the last charge, threat or demand by someone else.
        charges = ("accuse", "threaten", "demand") if draft.reading.act == "deny" and not explicit else None
        if not explicit and charges is None:
            return None
        for wanted in (("accuse",), charges) if charges else (None,):
            for index in range(len(earlier) - 1, -1, -1):
                candidate = earlier[index]
                if candidate.marker is not None or not candidate.speaker or candidate.speaker == draft.speaker.name:
                    continue
                if wanted is None or candidate.act in wanted:
                    return index
        return None


def _object_complements(verb: Token, chosen: list[Token]) -> list[Token]:
    """The preposition or clause hanging off a skipped object ("accused X of Y": Y) when the verb has none."""
    if any(child.dep_ in CONTENT_CLAUSE_DEPS or child.dep_ == "prep" for child in chosen):
        return []
    for child in verb.children:
        if child.dep_ != "dobj":
            continue
        for grand in child.rights:
            if grand.dep_ == "prep" and grand.lower_ in ("of", "for", "over"):
                objects = [c for c in grand.children if c.dep_ in ("pobj", "pcomp")]
                return objects or [grand]
            if grand.dep_ in ("relcl", "acl") and grand.tag_ in ("VBG", "VB") and child.i + 1 == grand.left_edge.i:
                return [grand]
        for token in child.subtree:
            # "told a meeting of leaders that ...": a that-clause the parser hung on the addressee.
            if token.dep_ in ("relcl", "acl", "ccomp") and _opens_with_that(token):
                return [token]
    return []


def _with_bare_apposition(head: Token, region: Region) -> Region:
    """"regional head Ana Ruiz said": a name the parser hung on the title as an apposition without a comma
    belongs to the mention."""
    for child in head.rights:
        if child.dep_ == "appos" and child.left_edge.i == region.end and child.pos_ == "PROPN" \
                and "\n" not in head.doc[region.start:child.i + 1].text:
            return Region(region.start, child.i + 1)
    return region


def _bare_subject(verb: Token) -> Token | None:
    """"A happened, the ministry said": the noun phrase right before a sentence's main cue when the parser
    hung it elsewhere (on the clause before) and left the cue without a subject."""
    if verb.dep_ != "ROOT" or verb.i == verb.sent.start or not any(
            child.dep_ in ("ccomp", "parataxis") and child.i < verb.i for child in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    if before.pos_ not in ("NOUN", "PROPN") or before.dep_ not in ("conj", "appos") or before.right_edge.i != before.i:
        return None
    left = before.left_edge.i
    return before if left > verb.sent.start and verb.doc[left - 1].text == "," else None


def _noun_content(noun: Token) -> Region | None:
    """What a noun cue attributes: its that-clause, or what a reporting participle after it says."""
    for child in noun.rights:
        if child.dep_ in ("acl", "ccomp") and any(g.dep_ == "mark" and g.lower_ == "that" for g in child.children):
            return Region(child.left_edge.i, child.right_edge.i + 1)
        if child.dep_ == "acl" and child.tag_ == "VBG" and cues.is_cue_verb(child.lemma_.lower()):
            if child.right_edge.i > child.i:
                return Region(child.i + 1, child.right_edge.i + 1)
    return None


def _noun_owner(noun: Token) -> Token | None:
    """Whose claim it is: the possessor, the agent of "by", or a nationality adjective ("Indian claims")."""
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ == "amod" and child.ent_type_ == "NORP"):
            return child
        if child.dep_ == "prep" and child.lower_ == "by":
            return next((grand for grand in child.children if grand.dep_ == "pobj"), None)
    return None


_SECTION_LABELS = frozenset({"analysis", "update", "breaking", "watch", "explainer", "opinion", "editorial",
                             "exclusive", "live", "video", "photos", "factbox", "timeline", "q&a", "comment",
                             "review", "interview", "poll", "report", "study", "survey"})


def _headline_speaker(name: Span) -> bool:
    """"Name: what they said" as a headline: a proper name, not a section label ("Analysis:") or a dateline."""
    if name[0].lower_ in _SECTION_LABELS or name.text.isupper():
        return False
    return all(token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "NORP") for token in name)


def _past_leading_setting(doc: Doc, region: Region, verb: Token) -> Region:
    """"said on Friday (that) ...", "wrote on social media that ...": a time or medium phrase between the
    cue and its clause is setting, not content (the parser often hangs it inside the clause)."""
    start = region.start
    if start != verb.i + 1 or doc[start].dep_ != "prep" or doc[start].lower_ not in SETTING_PREPS:
        return region
    objects = [child for child in doc[start].children if child.dep_ == "pobj"]
    if not objects or not all(is_circumstance(doc[start]) or _is_setting_word(obj) for obj in objects):
        return region
    end = doc[start].right_edge.i + 1
    if end >= region.end - 1:
        return region
    return Region(end, region.end)


def _is_setting_word(token: Token) -> bool:
    return token.ent_type_ in ("DATE", "TIME") or token.lemma_.lower() in cues.medium_nouns()


def _frames_following_cue(verb: Token) -> bool:
    """"Citing security, the police said ...": a fronted participle only frames the speech that follows."""
    head = verb.head
    return (verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i < head.i
            and (cues.is_cue_verb(head.lemma_.lower()) or stance_object(head) is not None))


def _as_clause(verb: Token) -> bool:
    """"As the mayor noted, ...": a cue in an `as` clause frames the clause it hangs on as the speech."""
    return verb.dep_ == "advcl" and any(child.dep_ == "mark" and child.lower_ == "as" for child in verb.children)


def _agentless_attribute(verb: Token) -> bool:
    """"attacks blamed on rebels", "a video said to show": a passive participle describing a noun, with no
    one named behind it, attributes nothing to anyone."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or head.i > verb.i or agent_of(verb) is not None:
        return False
    # After a name it is a misparsed main verb ("Ana Ruiz, a lecturer, compared ...").
    return not _has_object(verb) and head.pos_ != "PROPN" and head.ent_type_ not in ("PERSON", "ORG", "NORP")


def _nobody_speaks(verb: Token) -> bool:
    """"No one has claimed responsibility": a negated subject reports that nothing was said."""
    subject = subject_of(verb)
    return subject is not None and (subject.lower_ in ("nobody", "none") or (
        subject.lower_ in ("one", "group") and any(child.lower_ == "no" for child in subject.children)))


# Movements of a crowd whose purpose infinitive ("took to the streets to demand ...") tells why it moved.
_CROWD_VERBS = frozenset({"take", "gather", "march", "rally", "assemble", "converge", "block", "stage", "protest",
                          "pour", "throng", "flock"})


def _purpose_of_a_crowd(verb: Token) -> bool:
    """"Thousands took to the streets to demand justice": a protest's aim, not a statement."""
    return (any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)
            and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.lemma_.lower() in _CROWD_VERBS)


def _raised_passive(verb: Token) -> bool:
    """"Two of them were stated to be in critical condition": a passive with no one stating, only a state."""
    return (verb.tag_ == "VBN" and any(child.dep_ == "auxpass" for child in verb.children)
            and agent_of(verb) is None
            and any(child.dep_ == "xcomp" and any(grand.lower_ == "to" for grand in child.children)
                    for child in verb.children))


def _negated_without_clause(verb: Token, children: list[Token]) -> bool:
    """"did not mention the attack", "did not comment": a negated cue with no reported clause says nothing."""
    negated = any(child.dep_ == "neg" for child in verb.children)
    return negated and verb.lemma_.lower() in _SILENCE_VERBS and not any(
        child.dep_ in CONTENT_CLAUSE_DEPS for child in children)


# Cues whose negation reports silence ("did not mention the attack"), not a statement.
_SILENCE_VERBS = frozenset({"mention", "comment", "specify", "elaborate", "disclose", "reveal", "give",
                            "provide", "confirm"})


_NAMING_VERBS = frozenset({"name", "identify"})


def _asks_anonymity(children: list[Token]) -> bool:
    """"asked not to be named", "requested anonymity", "spoke on condition of anonymity" with nothing else: a
    condition on the source, not something said."""
    if children and all(child.dep_ == "prep" and any(token.lemma_.lower() == "anonymity" for token in child.subtree)
                        for child in children):
        return True
    for child in children:
        if child.dep_ == "xcomp" and child.lemma_.lower() in _NAMING_VERBS \
                and any(grand.dep_ == "auxpass" for grand in child.children):
            return True
        if child.lemma_.lower() == "anonymity":
            return True
    return False


def _describes_document(verb: Token) -> bool:
    """"in a statement posted on X": a participle describing a document or medium is not a cue of its own."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or head.i > verb.i or _has_object(verb):
        return False
    return head.lemma_.lower() in cues.document_nouns() or head.lemma_.lower() in cues.medium_nouns()


def _has_object(verb: Token) -> bool:
    """An object or clause: a participle that has one is more likely a misparsed main verb ("the doctor who
    sent the letter called Oz a quack")."""
    return any(child.dep_ in ("dobj", "ccomp", "xcomp", "oprd", "nsubj") for child in verb.children)


def _document_reads(verb: Token) -> bool:
    """"The statement read: ...": a document as subject makes "read" (or "state") a cue."""
    if verb.lemma_.lower() not in ("read", "go"):
        return False
    subject = subject_of(verb)
    return subject is not None and subject.lemma_.lower() in cues.document_nouns()


def _is_other_participle(verb: Token) -> bool:
    """A trailing participle that is not a cue of its own ("..., citing sources"), "saying" excepted."""
    return (verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl", "pcomp") and verb.i > verb.head.i
            and verb.lemma_.lower() != "say")


def _belief_without_believer(verb: Token) -> bool:
    """A passive of belief with no one behind it ("is expected to", "is believed to")."""
    subject = subject_of(verb)
    if subject is None or subject.dep_ != "nsubjpass" or agent_of(subject.head) is not None:
        return False
    return verb.lemma_.lower() in cues.belief_verbs()


def _quotes_someone_as(verb: Token) -> bool:
    """A relay verb with "as" and a cue participle ("quoted a spokesman as denying")."""
    return verb.lemma_.lower() in cues.relay_verbs() and any(
        child.lower_ == "as" and any(grand.tag_ == "VBG" and cues.is_cue_verb(grand.lemma_.lower())
                                     for grand in child.children) for child in verb.children)


def _quoted_cue_draft(relay: Token, heads: dict[int, _Draft]) -> _Draft | None:
    """The statement of the cue a relay verb quotes someone with: a later ", saying ..." is that speaker's too."""
    for child in relay.children:
        if child.lower_ == "as":
            for grand in child.children:
                if grand.i in heads:
                    return heads[grand.i]
    return None


def _quoted_as_saying(verb: Token) -> Token | None:
    """"state media quoted X as saying ...": X is the speaker of "saying"."""
    if verb.tag_ != "VBG" or verb.head.lower_ != "as":
        return None
    quoting = verb.head.head
    if quoting.lemma_.lower() not in cues.relay_verbs():
        return None
    # Active "media quoted X as saying", or passive "X was quoted as saying".
    return next((child for child in quoting.children if child.dep_ in ("dobj", "nsubjpass")), None)


def _issuer(source: Token) -> Token:
    """Who stands behind a document named as the source: "a statement issued by the party" -> the party,
    "the ISPR statement" -> ISPR; anything else is its own source."""
    if source.lemma_.lower() not in cues.document_nouns():
        return source
    for child in source.children:
        if child.dep_ == "acl":
            agent = agent_of(child)
            if agent is not None:
                return agent
        if child.dep_ in ("compound", "poss") and is_agent_like(child):
            return child
    return source


def _evidence_subject(verb: Token) -> bool:
    """Is the subject a poll, study or record ("a new poll shows Smith ahead")?"""
    subject = subject_of(verb)
    return subject is not None and subject.lemma_.lower() in cues.evidence_nouns()


def _clause_of_object(child: Token) -> Token:
    """"reiterated the stance that ...": the that-clause of an abstract object is the content."""
    if child.dep_ != "dobj" or child.ent_type_ or child.lemma_.lower() in cues.noun_cues():
        return child  # "rejected the claim that ...": the claim itself is what is rejected
    for grand in child.rights:
        if grand.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in grand.children):
            return grand
    return child


def _opens_with_that(clause: Token) -> bool:
    """Does the clause start with a complementiser "that" (not a relative pronoun acting as its subject)?"""
    first = clause.left_edge
    return first.lower_ == "that" and first.dep_ not in ("nsubj", "nsubjpass") and first.head.i == clause.i


def _inherit(statement: Statement, parent: Statement) -> None:
    """A trailing participle shares its head's speaker, and its act and target when it names none."""
    if statement.speaker is None:
        statement.speaker, statement.speaker_title = parent.speaker, parent.speaker_title
    if statement.act == "state" and parent.act != "state":
        statement.act = parent.act
    if statement.target is None and parent.target is not None:
        statement.target, statement.target_span = parent.target, parent.target_span


def _rebuts_speaker(statement: Statement, answered: Statement) -> None:
    """A denial with no target of its own is aimed at whoever made the charge it answers."""
    if statement.act == "deny" and statement.target is None and answered.speaker:
        statement.target, statement.target_span = answered.speaker, answered.speaker_span


def _as_rebuttal(statement: Statement, answered: Statement) -> None:
    """Answering an accusation or threat with criticism is a denial."""
    if answered.act in ("accuse", "threaten") and statement.act in ("state", "accuse"):
        statement.act = "deny"


def noun_phrase_span(token: Token) -> Span:
    """The noun phrase headed by `token` as a span."""
    region = noun_phrase(token)
    return token.doc[region.start:region.end]


def _char_span(doc: Doc, region: Region) -> tuple[int, int]:
    last = doc[region.end - 1]
    return doc[region.start].idx, last.idx + len(last.text)


def _strip_marks(text: str, low: int, high: int) -> tuple[int, int]:
    """A span without quotation marks or white space at its edges."""
    edge = " \t\n\u00a0\"\u201c\u201d\u2018\u201e`"
    while low < high and text[low] in edge:
        low += 1
    while high > low and (text[high - 1] in edge
                          or (text[high - 1] == "\u2019" and high >= 2 and not text[high - 2].isalpha())):
        high -= 1
    return low, high


@functools.cache
def _acronym_pattern() -> re.Pattern[str]:
    """A capitalised name of up to seven words, an optional possessive, then an acronym in brackets."""
    return re.compile(r"(?P<name>[A-Z][\w\u2019'-]*(?:[ \t]+(?:of|and|for|the|[A-Z][\w\u2019'-]*)){0,6})"
                      r"(?:\u2019s|'s)?[ \t]*\((?P<short>[A-Z][A-Z-]{1,7})\)")


def defined_acronyms(text: str) -> dict[str, tuple[int, int]]:
    """Acronyms the text spells out ("Pakistan Democratic Front (PDF)") -> span of the full name; the
    name is trimmed from the left to the words whose initials make the acronym."""
    found: dict[str, tuple[int, int]] = {}
    for match in _acronym_pattern().finditer(text):
        short = match.group("short").replace("-", "")
        span = _initials_span(text, match.start("name"), match.end("name"), short)
        if span is not None:
            found.setdefault(match.group("short"), span)
    return found


def _initials_span(text: str, start: int, end: int, short: str) -> tuple[int, int] | None:
    """The shortest tail of `text[start:end]` whose capitalised word pieces start with the acronym's letters."""
    name = text[start:end]
    if name.endswith(("\u2019s", "'s")):
        name = name[:-2]
    words = [(m.start(), m.group()) for m in re.finditer(r"[^\s]+", name)]
    for first in range(len(words) - 1, -1, -1):
        pieces = [piece for _, word in words[first:] for piece in re.split(r"-", word) if piece]
        initials = "".join(piece[0] for piece in pieces if piece[0].isupper())
        if initials.upper() == short.upper() or "".join(p[0] for p in pieces).upper() == short.upper():
            return start + words[first][0], start + len(name)
    return None


@functools.cache
def _colon_pattern() -> re.Pattern[str]:
    """A paragraph that opens with a short name and a colon."""
    return re.compile(r"^[ \t\u00a0\"\u201c]*(?P<name>[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3})"
                      r"[ \t]*(?P<colon>:)[ \t]+(?P<content>[^\n]+)", re.MULTILINE)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlaps joined."""
    merged: list[tuple[int, int]] = []
    for low, high in sorted(spans):
        if merged and low <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], high))
        else:
            merged.append((low, high))
    return merged


def _is_according(draft: _Draft) -> bool:
    return bool(draft.cue) and draft.cue[0].lower_ == "according"


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(low <= offset < high for low, high in spans)


def _distance(quotation, offset: int) -> int:
    if quotation.start <= offset < quotation.end:
        return 0
    return min(abs(quotation.start - offset), abs(quotation.end - offset))


def _strip_the(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text
