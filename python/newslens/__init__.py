"""newslens: who and what a news article talks about, how it feels and what it is about.

The analysis is newslens's Rust core, the same as the CLI's: ``analyze(text)`` returns the
dict that ``newslens analyze --offsets codepoints`` prints as JSON, so ``text[e["start"]:e["end"]]``
is each item's text. Options are the CLI's (``tokens=False``, ``keyphrases=5``), in snake_case.

Nothing runs at import: no thread pool is created (``analyze_many`` starts its threads per call
and joins them), and an ``Analyzer`` is immutable and picklable, so the package is safe in
forked workers (Spark, multiprocessing, Ray, Dask).
"""

from __future__ import annotations

import json as _json
from typing import Any, Iterable, Optional

from . import _newslens

__all__ = ["Analyzer", "analyze", "analyze_many", "analyze_arrow", "__version__"]

__version__: str = _newslens.version()


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _options_json(options: dict) -> str:
    """The options as the CLI's ``--options`` JSON; the core rejects unknown names."""
    return _json.dumps({_camel(name): value for name, value in options.items()})


class Analyzer:
    """Analysis options, checked once; immutable and picklable (it holds only the options).

    >>> Analyzer(tokens=False).analyze("Mr. Blinken landed in Kyiv.")["entities"][0]["name"]
    'Blinken'
    """

    __slots__ = ("_options", "_json")

    def __init__(self, **options: Any) -> None:
        text = _options_json(options)
        _newslens.analyze_json("", text)  # rejects a bad option here, not at the first text
        object.__setattr__(self, "_options", dict(options))
        object.__setattr__(self, "_json", text)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("an Analyzer is immutable; make a new one with other options")

    def __reduce__(self):
        return (_rebuild, (self._options,))

    def __repr__(self) -> str:
        args = ", ".join(f"{name}={value!r}" for name, value in self._options.items())
        return f"Analyzer({args})"

    @property
    def options(self) -> dict:
        return dict(self._options)

    def analyze(self, text: str) -> dict:
        return _json.loads(_newslens.analyze_json(text, self._json))

    def analyze_many(self, texts: Iterable[str], threads: int = 1) -> list:
        texts = texts if isinstance(texts, list) else list(texts)
        return [_json.loads(out) for out in _newslens.analyze_many_json(texts, self._json, _threads(threads))]

    def analyze_arrow(self, array: Any, *, threads: int = 1, max_chars: Optional[int] = None) -> Any:
        from . import arrow

        return arrow.analyze(array, self._json, threads=threads, max_chars=max_chars)


def _rebuild(options: dict) -> Analyzer:
    return Analyzer(**options)


def _threads(threads: int) -> int:
    if not isinstance(threads, int) or threads < 1:
        raise ValueError(f"threads must be a positive int, got {threads!r}")
    return threads


def analyze(text: str, **options: Any) -> dict:
    """The analysis of ``text``: the CLI's JSON as a dict, offsets in code points.

    >>> analyze("Mr. Blinken landed in Kyiv. He met Zelensky.", tokens=False)["stats"]["sentences"]
    2
    """
    return _json.loads(_newslens.analyze_json(text, _options_json(options)))


def analyze_many(texts: Iterable[str], threads: int = 1, **options: Any) -> list:
    """The analysis of each text, in order, on ``threads`` threads with the GIL released."""
    return Analyzer(**options).analyze_many(texts, threads)


def analyze_arrow(array: Any, *, threads: int = 1, max_chars: Optional[int] = None, **options: Any) -> Any:
    """The analysis of each value of an Arrow string array as a ``pyarrow.StructArray`` of
    type ``newslens.arrow.SCHEMA``; a null gives a null. See ``newslens.arrow``."""
    return Analyzer(**options).analyze_arrow(array, threads=threads, max_chars=max_chars)
