"""Distances in the dependency parse."""

from __future__ import annotations

from spacy.tokens import Token

UNRELATED_STEPS = 99  # two tokens with no common ancestor (different sentences)


def dependency_steps(token: Token, anchor: Token) -> int:
    """Edges on the dependency path between two tokens of one sentence; `UNRELATED_STEPS` otherwise."""
    up_from_token = {ancestor.i: steps for steps, ancestor in enumerate([token, *token.ancestors])}
    for steps, ancestor in enumerate([anchor, *anchor.ancestors]):
        if ancestor.i in up_from_token:
            return steps + up_from_token[ancestor.i]
    return UNRELATED_STEPS
