"""wirecoder: news reports in, verifiable events and statements out."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Pipeline", "extract", "__version__"]

if TYPE_CHECKING:
    from wirecoder.pipeline import Pipeline, extract  # noqa: F401


def __getattr__(name: str) -> Any:
    # Importing spaCy costs about a second; only pay it when the pipeline is actually used.
    if name == "Pipeline":
        from wirecoder.pipeline import Pipeline

        return Pipeline
    if name == "extract":
        import wirecoder.extract  # a callable package: see its docstring

        return wirecoder.extract
    raise AttributeError(f"module 'wirecoder' has no attribute {name!r}")
