"""The verdict of comparing one field of two event reports: evidence for or against their being one event."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class FieldVerdict:
    """How one field of two reports compares: a score to add, or a veto that keeps them apart."""

    field: str
    score: float
    reason: str
    veto: bool = False

    @classmethod
    def apart(cls, field: str, reason: str) -> FieldVerdict:
        """A disagreement no other evidence can outweigh."""
        return cls(field, 0.0, reason, veto=True)

    def describe(self) -> str:
        """`place +3: same location` or `date VETO: 3 days apart`, for logs and tests."""
        weight = "VETO" if self.veto else f"{self.score:+g}"
        return f"{self.field} {weight}: {self.reason}"
