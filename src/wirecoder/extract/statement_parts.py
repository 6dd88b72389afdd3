"""The parts of one attribution read off the dependency parse: the cue's words, the speaker's noun phrase,
the content region and the target noun phrase.

Each function looks only at one cue's neighbourhood in the tree, so the whole pass stays linear in the article.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from wirecoder.extract import cues

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
# Dependents of a cue verb that are never its content.
NON_CONTENT_DEPS = frozenset(
    {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl", "aux", "auxpass", "neg", "punct", "cc", "conj", "mark",
     "prt", "agent", "dative", "intj", "meta", "dep", "case", "preconj", "appos", "relcl", "acl"}
)
CONTENT_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "parataxis", "oprd", "attr"})
# Parts of a noun phrase that are not the mention itself ("Asif, who ..." keeps only "Asif").
NP_CUT_DEPS = frozenset({"relcl", "acl", "appos", "punct", "advcl", "parataxis"})
TIME_ENTS = frozenset({"DATE", "TIME"})
_RELATIVE_HEADED = frozenset({"those", "anyone", "anybody", "whoever", "all", "everyone", "people", "one"})
_OBJECT_FIRST = frozenset({"accuse", "blame", "criticize", "criticise", "describe", "hail", "plead"})
SETTING_PREPS = frozenset({"in", "on", "at", "during", "via", "through", "after", "before", "while", "since"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
AUDIENCE_NOUNS = frozenset({"reporter", "journalist", "medium", "press", "correspondent"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})


@dataclass(frozen=True, slots=True)
class Region:
    """A contiguous stretch of tokens `doc[start:end]` (token indices, end exclusive)."""

    start: int
    end: int


def cue_tokens(verb: Token) -> list[Token]:
    """The cue as written: auxiliaries (an infinitive's "to" too), negation and adverbs glued before the verb,
    the verb, its particle."""
    doc = verb.doc
    carrier = _cue_carrier(verb)
    first = _prefix_start(carrier if carrier is not None else verb)
    last = verb.i
    particle = phrasal_particle(verb)
    if particle is not None and particle.i == verb.i + 1:
        last = particle.i
    elif last + 1 < len(doc) and _cue_span_prep(verb, doc[last + 1]):
        last += 1
    return [doc[i] for i in range(first, last + 1)]


_OPENING_MARKS = " \t\n\u00a0\"'\u201c\u2018,"
# Adverbs after a verb that open or qualify what follows rather than the telling ("said so", "said only that").
_CLAUSE_ADVERBS = frozenset({"so", "as", "only", "just", "also", "even", "not", "instead", "thus", "otherwise"})
_TIME_PREPOSITIONS = frozenset({"before", "after", "since", "until", "than"})


def written_cue(text: str, cue: list[Token], verb: Token, content_start: int | None) -> list[Token]:
    """The cue widened over what is written between it and its content: adverbs of the verb ("said
    sarcastically", "complained bitterly that") and, when the content follows, an introducing colon ("said: ...").
    A time phrase ("said Friday that") stays out: it tells when, not how it was said. `content_start` is the
    character offset of content that follows the cue, or None when the content comes before it; `text` is the
    document's text (read once by the caller, as `Doc.text` rebuilds it)."""
    doc = verb.doc
    last = _past_adverbs(verb, cue[-1].i, content_start)
    if content_start is not None and last + 1 < len(doc) and doc[last + 1].text == ":" and _opens_content(
            text, doc[last + 1].idx + 1, content_start):
        last += 1
    return [doc[i] for i in range(cue[0].i, last + 1)]


def _past_adverbs(verb: Token, last: int, content_start: int | None) -> int:
    """Index of the last adverb of the verb written right after the cue ("said sarcastically")."""
    doc = verb.doc
    while last + 1 < len(doc):
        token = doc[last + 1]
        if content_start is not None and token.idx >= content_start:
            break
        if token.head.i != verb.i or token.dep_ != "advmod" or token.pos_ != "ADV":
            break
        if token.lower_ in _QUESTION_ADVERBS or token.lower_ in _CLAUSE_ADVERBS:
            break
        if last + 2 < len(doc) and doc[last + 2].lower_ in _TIME_PREPOSITIONS:
            break  # "published shortly before ...": the adverb measures the phrase after it
        last += 1
    return last


def _opens_content(text: str, start: int, content_start: int) -> bool:
    """Does only space or an opening quotation mark stand between `start` and the content?"""
    return content_start >= start and text[start:content_start].strip(_OPENING_MARKS) == ""


def _cue_span_prep(verb: Token, token: Token) -> bool:
    """A preposition right after the verb that is written into its cue ("asked about")."""
    return token.head.i == verb.i and token.dep_ in ("prep", "prt") and token.lower_ in cues.cue_span_preps(
        verb.lemma_.lower())


def _cue_carrier(verb: Token) -> Token | None:
    """The raising, aspect or semi-modal verb a cue hangs from ("went on to say", "appeared to suggest",
    "keeps saying", "had to admit", "won't be able to say")."""
    semi_modal = _semi_modal(verb)
    if semi_modal is not None:
        return semi_modal
    head = verb.head
    if verb.dep_ not in ("xcomp", "advcl") or head.i >= verb.i or verb.i - head.i > 3:
        return None
    if head.lemma_.lower() not in cues.cue_carrier_verbs():
        return None
    between = verb.doc[head.i + 1:verb.i]
    if any(token.lower_ not in ("to", "on") and token.dep_ not in ("prt", "aux", "advmod") for token in between):
        return None
    return head


def _semi_modal(verb: Token) -> Token | None:
    """The semi-modal right before a cue's "to", which is written into the cue like an auxiliary ("had to
    admit", "needs to explain", "was able to show": the "be" of "able")."""
    head = verb.head
    if verb.dep_ != "xcomp" or not 0 < verb.i - head.i <= 2 or verb.doc[verb.i - 1].lower_ != "to":
        return None
    lemma = head.lemma_.lower()
    if lemma in cues.semi_modal_verbs() and head.pos_ in ("VERB", "AUX"):
        return head
    if lemma in cues.semi_modal_adjectives() and head.dep_ == "acomp" and head.head.i == head.i - 1:
        return head.head
    return None


_QUESTION_ADVERBS = frozenset({"when", "where", "how", "why"})


def _prefix_start(verb: Token) -> int:
    """Index of the first word of the cue: auxiliaries, negation and adverbs glued before the verb."""
    doc = verb.doc
    first = verb.i
    while first > verb.sent.start:
        before = doc[first - 1]
        if before.is_space and "\n" not in before.text and first - 1 > verb.sent.start:
            # A non-breaking space between auxiliary and verb is its own token ("has\u00a0said").
            if doc[first - 2].dep_ not in cues.cue_prefix_deps() or doc[first - 2].head.i != verb.i:
                break
            first -= 1
            continue
        attached = before.head.i == verb.i or (before.dep_ == "advmod" and before.head.dep_ == "advmod"
                                               and before.head.head.i == verb.i)  # "once again"
        if not attached or before.dep_ not in cues.cue_prefix_deps():
            break
        if before.dep_ == "advmod" and before.ent_type_ in TIME_ENTS:
            break
        if before.lower_ in _QUESTION_ADVERBS:
            break  # "when pressed", "as noted": a clause link, not part of the reporting phrase
        first -= 1
    return first


def phrasal_particle(verb: Token) -> Token | None:
    """The particle or preposition making one cue with the verb ("called for", "pointed out"), if any."""
    allowed = cues.phrasal_preps(verb.lemma_.lower())
    if not allowed:
        return None
    for child in verb.rights:
        if child.dep_ in ("prep", "prt") and child.lower_ in allowed and child.i <= verb.i + 2:
            # Blaming verbs take the preposition into the cue only when no object sits between them
            # ("was accused of", but "accused the party of").
            if verb.lemma_.lower() in _OBJECT_FIRST and child.i != verb.i + 1:
                return None
            return child
    return None


def subject_of(verb: Token) -> Token | None:
    """The grammatical subject of `verb`, borrowed from the governing verb for conjuncts, participles and
    control verbs ("he left, warning ...", "appeared to suggest")."""
    current = verb
    for _ in range(6):  # a short walk up is enough; deeper chains are parse noise
        subjects = [child for child in current.children if child.dep_ in SUBJECT_DEPS]
        if subjects:
            # The subject nearest the verb: a dateline ("CITY: ...") can hang off the verb as a second one.
            return min(subjects, key=lambda child: abs(child.i - current.i))
        if current.dep_ in ("conj", "xcomp", "advcl", "acl", "pcomp") and current.head.i != current.i:
            current = current.head
            if current.pos_ in ("NOUN", "PROPN") and current.dep_ in ("dobj", "pobj"):
                current = current.head
            continue
        return None
    return None


def speaker_head(subject: Token) -> Token:
    """The noun a relative pronoun stands for ("Smith, who said" -> Smith; "Auta, a farmer who said" -> Auta);
    the subject itself otherwise."""
    if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
        noun = subject.head.head
        return noun.head if noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON" else noun
    return subject


def agent_of(verb: Token) -> Token | None:
    """The `by` agent of a passive verb, if any."""
    for child in verb.rights:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def noun_phrase(head: Token, *, keep_preps: bool = True) -> Region:
    """The mention headed by `head`: its modifiers without relative clauses, appositions or trailing commas
    (and without prepositional phrases after the head unless `keep_preps`)."""
    low = high = head.i
    stack = [head]
    # "those who planned it": a bare pronoun or determiner is only a mention with its relative clause.
    keep_relative = head.lower_ in _RELATIVE_HEADED
    while stack:
        token = stack.pop()
        for child in token.children:
            if child.dep_ == "relcl" and keep_relative and token.i == head.i:
                pass
            elif child.dep_ in NP_CUT_DEPS and not (child.dep_ == "punct" and low < child.i < high):
                continue
            if not keep_preps and child.dep_ == "prep" and child.i > head.i:
                continue
            if child.dep_ in ("cc", "conj") and token.i == head.i and child.i > head.i and child.pos_ == "VERB":
                continue
            low, high = min(low, child.left_edge.i if child.i < head.i else child.i), max(high, child.i)
            stack.append(child)
    return _trim(head.doc, _glued(head.doc, _same_line(head, Region(low, high + 1))))


def _glued(doc, region: Region) -> Region:
    """A region widened over hyphen-joined pieces the parser split off ("Jamaat" "-" "e" "-" "Islami")."""
    start, end = region.start, region.end
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha:
        start -= 2
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and doc[end + 1].is_alpha:
        end += 2
    return Region(start, end)


def _same_line(head: Token, region: Region) -> Region:
    """The part of a region on the head's line (a mis-parse must not join two paragraphs)."""
    doc = head.doc
    start, end = region.start, region.end
    for index in range(head.i - 1, start - 1, -1):
        if "\n" in doc[index].text:
            start = index + 1
            break
    for index in range(head.i + 1, end):
        if "\n" in doc[index].text:
            end = index
            break
    return Region(start, end)


def appositive_of(head: Token) -> Token | None:
    """The apposition attached to a mention ("Asif, the defence minister,"), if any; of several, the one that
    names a person ("Inspector General of Police, Kashmir, Rajesh Kumar Bhatt")."""
    found = [child for child in head.rights if child.dep_ == "appos" and _plain_phrase(child) and _after_comma(child)]
    return next((child for child in found if child.ent_type_ == "PERSON"), found[0] if found else None)


def _plain_phrase(token: Token) -> bool:
    """A short phrase without verbs, quotation marks or line breaks (a title, not a mis-attached clause)."""
    subtree = list(token.subtree)
    if len(subtree) > 12:
        return False
    return not any(t.pos_ in ("VERB", "AUX") or t.is_quote or "\n" in t.text for t in subtree)


def _trim(doc, region: Region) -> Region:
    """Drop punctuation and possessive endings at the edges of a region."""
    start, end = region.start, region.end
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].dep_ == "case"):
        end -= 1
    return Region(start, end)


def trim_region(doc, region: Region) -> Region:
    """A content region without leading complementisers, colons, commas or quote marks and trailing punctuation."""
    start, end = region.start, region.end
    while start < end and (doc[start].is_punct or doc[start].is_space or _is_complementiser(doc[start])):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].lower_ in ("and", "but")):
        end -= 1
    return Region(start, end)


def _is_complementiser(token: Token) -> bool:
    """"that"/"whether" opening a reported clause (also when the parser took it for a relative pronoun)."""
    if token.dep_ == "mark" and token.lower_ in ("that", "whether", "if"):
        return True
    return token.lower_ == "that" and token.dep_ == "dobj" and token.head.dep_ in ("relcl", "acl")


def is_circumstance(child: Token) -> bool:
    """A dependent that says when, where or through what something was said, not what."""
    if child.dep_ in ("npadvmod", "advmod", "tmod"):
        return True
    if child.dep_ != "prep":
        return False
    objects = [grand for grand in child.children if grand.dep_ in ("pobj", "pcomp")]
    preposition = child.lower_
    if preposition in SETTING_PREPS and any(_is_setting(obj) for obj in objects):
        return True
    if preposition in ("to", "with") and any(_is_audience(obj) for obj in objects):
        return True
    if preposition in ("in", "during", "at") and child.i < child.head.i + 3 and _followed_by_content(child):
        # "said at a rally", "said in Lahore": a setting right after the verb, before the content proper.
        nouns = [obj for obj in objects if obj.pos_ in ("NOUN", "PROPN")]
        return bool(nouns) and not any(obj.lemma_.lower() in ("response", "reply") for obj in nouns)
    return False


def _is_setting(token: Token) -> bool:
    """A time, a place, or a medium ("on Sunday", "in Lahore", "in a statement")."""
    return token.ent_type_ in TIME_ENTS | PLACE_ENTS or token.lemma_.lower() in cues.medium_nouns()


def _is_audience(token: Token) -> bool:
    """Whom something was said to ("to reporters", "with Reuters")."""
    return token.lemma_.lower() in AUDIENCE_NOUNS or token.ent_type_ == "ORG"


def _followed_by_content(prep: Token) -> bool:
    """Is there a clause or quotation dependent of the same verb after this preposition?"""
    return any(sibling.i > prep.i and sibling.dep_ in CONTENT_CLAUSE_DEPS | {"dobj"} for sibling in prep.head.rights)


def is_participial_cue(token: Token) -> bool:
    """A trailing participle that makes a statement of its own ("..., warning of action")."""
    if token.tag_ != "VBG" or token.dep_ not in ("advcl", "xcomp", "conj", "acl", "pcomp"):
        return False
    if token.lemma_.lower() not in cues.participial_verbs():
        return False
    first = token.i
    # ", even suggesting ...", ", again warning ...": adverbs of the participle sit between it and the comma.
    while first > 0 and token.doc[first - 1].dep_ == "advmod" and token.doc[first - 1].head.i == token.i:
        first -= 1
    previous = token.doc[first - 1] if first > 0 else None
    return token.i > token.head.i and previous is not None and previous.text in (",", ";", "\u2014", "-", "--")


def content_children(verb: Token, *, skip_object: bool) -> list[Token]:
    """The dependents of a cue verb that make up what was said, in text order."""
    chosen: list[Token] = []
    for child in verb.children:
        if child.dep_ in NON_CONTENT_DEPS or (child.dep_ == "dobj" and skip_object) or child.dep_ == "prt":
            continue
        if child.i < verb.i and child.dep_ not in ("ccomp", "parataxis", "dobj", "xcomp"):
            continue  # a left dependent is setting ("In a speech, he said") unless it is the quoted clause
        if is_circumstance(child) or is_participial_cue(child):
            continue
        if chosen and child.i > verb.i and child.dep_ in ("prep", "npadvmod") and _after_comma(child):
            continue  # ", without naming anyone": an aside after the content, not part of it
        if child.dep_ == "prep" and child.lower_ == "without" and child.i > verb.i and _after_comma(child):
            continue  # "..., he said, without giving figures": the content is the clause before the cue
        chosen.append(child)
    return chosen


def _after_comma(token: Token) -> bool:
    left = token.left_edge.i
    return left > 0 and token.doc[left - 1].text == ","


def region_of(children: list[Token]) -> Region | None:
    """The span covering the subtrees of `children`, or None when there are none."""
    if not children:
        return None
    return Region(min(child.left_edge.i for child in children), max(child.right_edge.i for child in children) + 1)


CLOSING_MARKS = frozenset({"\u201d", '"', "''", "\u2019"})


def within_sentence(doc, region: Region, verb: Token) -> Region:
    """The piece of a region on the verb's side of any sentence break the parser missed (a new line, or
    a full stop, possibly inside a closing quote mark, before a capital)."""
    breaks = [index for index in range(region.start + 1, region.end) if breaks_before(doc, index)]
    if not breaks:
        return region
    if region.start > verb.i:
        return Region(region.start, breaks[0])
    if region.end <= verb.i:
        return Region(breaks[-1], region.end)
    before = [b for b in breaks if b <= verb.i]
    after = [b for b in breaks if b > verb.i]
    return Region(before[-1] if before else region.start, after[0] if after else region.end)


def breaks_before(doc, index: int) -> bool:
    """Does a sentence start at token `index` although the parser did not split there?"""
    token, previous = doc[index], doc[index - 1]
    if previous.is_space and "\n" in previous.text:
        return True
    if not (token.text[:1].isupper() or token.text in ("\u201c", '"')):
        return False
    if (token.text == "\u201c" or token.tag_ == "``") and len(previous.text) > 1 and previous.text.endswith("."):
        return True  # "posted on X. “We ...": the tokenizer kept the full stop on a one-letter name
    if previous.text in CLOSING_MARKS and index >= 2 and doc[index - 2].text in (".", "!", "?"):
        return True
    return previous.text in (".", "!", "?", ":") and index >= 2 and not doc[index - 2].is_space


def cut_at_participle(doc, region: Region, after: int) -> Region:
    """End a content region before a participial cue or a new reporting clause of its own (", adding ...",
    "... and warned that ...")."""
    for index in range(max(region.start, after + 1), region.end):
        token = doc[index]
        if is_participial_cue(token) and token.i > region.start + 1:
            return Region(region.start, token.left_edge.i)
        if is_conjoined_cue(token) and token.i > region.start + 2:
            return Region(region.start, index - 1)
    return region


def is_conjoined_cue(token: Token) -> bool:
    """A speech verb joined by "and" with no subject of its own ("said X and warned that Y"): the speaker's
    second statement, even where the parser hung it inside the first one's content."""
    if token.dep_ != "conj" or token.pos_ != "VERB" or token.i < 2 or token.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    if token.lemma_.lower() not in cues.conjoined_speech_verbs() or token.doc[token.i - 1].dep_ != "cc":
        return False
    return not any(child.dep_ in SUBJECT_DEPS for child in token.children)
