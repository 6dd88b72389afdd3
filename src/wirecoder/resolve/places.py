"""Places: toponyms and demonyms in the text, resolved against the offline GeoNames gazetteer.

Place data: GeoNames (https://www.geonames.org), CC BY 4.0; see `docs/gazetteer.md`.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from wirecoder.models import Article, Place, PlaceMention, TextSpan
from wirecoder.nlp.text import doc_text
from wirecoder.resolve.gazetteer import Gazetteer, load_gazetteer
from wirecoder.resolve.geo_actors import ActorMention, countries_of, find_actors, find_operations
from wirecoder.resolve.geo_resolve import resolve_toponyms
from wirecoder.resolve.toponyms import Toponym, find_toponyms


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
        text = doc_text(doc)
        actors = _actors_in(doc)
        toponyms = _not_actor_names(find_toponyms(doc, self.gazetteer), actors)
        return resolve_toponyms(toponyms, self.gazetteer, text, countries_of(actors), focus_country=article.country)


    def implied(self, doc: Doc, article: Article) -> list[PlaceMention]:
        """Places the article implies without naming them, for events it does not place: the division of each
        regional actor ("Sindh Police" -> Sindh) and named operation it names, then the collection's country."""
        text = doc_text(doc)
        implied = []
        for actor in _actors_in(doc):
            division = self._division(actor.area, actor.country) if actor.area else None
            if division is not None:
                implied.append(PlaceMention(TextSpan.of(text, actor.start, actor.end), division, basis="actor"))
        for operation in find_operations(text):
            division = self._division(operation.area, operation.country)
            if division is not None:
                implied.append(PlaceMention(TextSpan.of(text, operation.start, operation.end), division,
                                            basis="operation"))
        country = self.gazetteer.country(article.country)
        if country is not None:
            implied.append(PlaceMention(TextSpan(0, 0, ""), country.place, basis="collection"))
        return implied

    def _division(self, name: str, country: str) -> Place | None:
        return next((candidate.place for candidate in self.gazetteer.lookup(name)
                     if candidate.place.feature_code == "ADM1" and candidate.place.country == country), None)


_ACTORS_KEY = "wirecoder.geo_actors"


def _actors_in(doc: Doc) -> list[ActorMention]:
    """The curated actors the doc names, found once per doc (both `find` and `implied` need them)."""
    if _ACTORS_KEY not in doc.user_data:
        doc.user_data[_ACTORS_KEY] = find_actors(doc_text(doc))
    return doc.user_data[_ACTORS_KEY]


def _not_actor_names(toponyms: list[Toponym], actors: list[ActorMention]) -> list[Toponym]:
    """ "BLA" or "FC" is the armed group or the force, not the village spelled alike; a place name inside an
    actor's name ("Pakistan" in "Pakistan Army") stays a toponym."""
    names = {(actor.start, actor.end) for actor in actors}
    return [toponym for toponym in toponyms if (toponym.span.start, toponym.span.end) not in names]
