from typing import Any, Iterable, Optional

import pyarrow

__version__: str

class Analyzer:
    """Analysis options, checked once; immutable and picklable."""

    def __init__(self, *, tokens: bool = ..., keyphrases: int = ..., summary: int = ..., quotes: bool = ..., **options: Any) -> None: ...
    @property
    def options(self) -> dict[str, Any]: ...
    def analyze(self, text: str) -> dict[str, Any]: ...
    def analyze_many(self, texts: Iterable[str], threads: int = 1) -> list[dict[str, Any]]: ...
    def analyze_arrow(
        self, array: pyarrow.Array | pyarrow.ChunkedArray, *, threads: int = 1, max_chars: Optional[int] = None
    ) -> pyarrow.StructArray: ...

def analyze(text: str, *, tokens: bool = ..., keyphrases: int = ..., summary: int = ..., quotes: bool = ..., **options: Any) -> dict[str, Any]: ...
def analyze_many(
    texts: Iterable[str], threads: int = 1, *, tokens: bool = ..., keyphrases: int = ..., summary: int = ..., quotes: bool = ..., **options: Any
) -> list[dict[str, Any]]: ...
def analyze_arrow(
    array: pyarrow.Array | pyarrow.ChunkedArray,
    *,
    threads: int = 1,
    max_chars: Optional[int] = None,
    tokens: bool = ...,
    keyphrases: int = ...,
    summary: int = ...,
    quotes: bool = ...,
    **options: Any,
) -> pyarrow.StructArray: ...
