"""Extractors: one module per kind of record, each a function from a parsed article to typed records.

`wirecoder.extract` is also the one-call API, `wirecoder.extract(text, published=..., title=...)`: the name is
both this package and that function, so the package module is made callable.
"""

from __future__ import annotations

import sys
import types
from typing import Any


class _CallableExtractPackage(types.ModuleType):
    def __call__(self, text: str, **options: Any) -> Any:
        from wirecoder.pipeline import extract

        return extract(text, **options)


# The import system binds `wirecoder.extract` to this package once any extractor is imported, which would hide
# the `extract` function; a callable package keeps both spellings working.
sys.modules[__name__].__class__ = _CallableExtractPackage
