"""Places: toponyms in the text resolved against the offline gazetteer (placeholder)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from wirecoder.models import Article, PlaceMention


@dataclass
class Geoparser:
    """Finds and resolves the places an article names."""

    @classmethod
    def load(cls) -> Geoparser:
        """Open the gazetteer index built by `make setup`."""
        return cls()

    def find(self, doc: Doc, article: Article) -> list[PlaceMention]:
        """Every toponym and demonym mention in the article, in text order."""
        return []
