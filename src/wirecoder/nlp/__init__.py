"""The spaCy side of wirecoder: loading the English model once per process."""

from wirecoder.nlp.model import DEFAULT_MODEL, load_nlp

__all__ = ["DEFAULT_MODEL", "load_nlp"]
