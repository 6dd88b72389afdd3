"""Places: toponyms and demonyms in the text, resolved against the offline GeoNames gazetteer.

Place data: GeoNames (https://www.geonames.org), CC BY 4.0; see `docs/gazetteer.md`.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from wirecoder.models import Article, PlaceMention
from wirecoder.resolve.gazetteer import Gazetteer, load_gazetteer
from wirecoder.resolve.geo_resolve import resolve_toponyms
from wirecoder.resolve.toponyms import find_toponyms


@dataclass
class Geoparser:
    """Finds and resolves the places an article names."""

    gazetteer: Gazetteer

    @classmethod
    def load(cls) -> Geoparser:
        """Open the gazetteer index built by `make setup` (built now, with a log line, when missing)."""
        return cls(load_gazetteer())

    def find(self, doc: Doc, article: Article) -> list[PlaceMention]:
        """Every toponym and demonym mention in the article, in text order."""
        return resolve_toponyms(find_toponyms(doc, self.gazetteer), self.gazetteer, doc.text)
