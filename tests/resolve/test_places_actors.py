"""Country evidence from the curated actors an article names, and how it steers toponym resolution."""

from __future__ import annotations

import pytest

from wirecoder.resolve.geo_actors import actor_countries


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two FC men were hurt when TTP fighters fired on their post.", {"PK": 2}),
        ("Frontier Corps and Levies personnel searched the hills for a week.", {"PK": 2}),
        ("Tehrik-i-Taliban Pakistan said its men planted the device.", {"PK": 1}),
        ("Indian troops and the Rangers traded fire along the border.", {"IN": 1, "PK": 1}),
        ("Hezbollah fighters fired rockets overnight.", {"LB": 1}),
        ("Al-Shabaab gunmen stormed a hotel by the sea.", {"SO": 1}),
        # "fc" in lower case is not the Frontier Corps; a football club is not an actor.
        ("the fc scored twice before half time.", {}),
        # Governments and news agencies are named after places or say nothing about where news happened.
        ("Reuters reported that the Pakistani government was silent.", {}),
        ("A quiet day in the village, with nobody named at all.", {}),
    ],
)
def test_actor_countries_counts_distinct_placed_actors(text, expected):
    assert dict(actor_countries(text)) == expected
