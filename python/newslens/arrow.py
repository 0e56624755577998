"""Arrow: the analysis of a whole string column as one ``pyarrow.StructArray``.

``SCHEMA`` (a ``pyarrow.struct``) holds the fields people filter on, and ``json``, the complete
analysis (what ``newslens.analyze`` returns) as text:

- ``error`` (string): why the value could not be analysed (invalid UTF-8, longer than
  ``max_chars``); null when it was, and then only ``error`` is set;
- ``sentiment`` (struct<score: double, label: string>): the document's;
- ``entities`` (list<struct<name, type, salience, count, sentiment, sentiment_label>>), most
  salient first;
- ``keyphrases`` (list<struct<text, score>>), best first;
- ``words``, ``sentences`` (int64);
- ``quotes`` (list<struct<speaker: string, entity: int64, text: string, direct: bool>>), in
  text order: ``speaker`` as written and ``entity`` (its index in ``entities``)
  are null when no speaker was found;
- ``summary`` (list<string>): the summary's sentence texts, in document order;
- ``language`` (string): the language's code (``"en"``);
- ``json`` (string).

Scores are rounded to 4 decimals, as in the JSON. Adding a field: add it to ``SCHEMA`` here,
to ``Row`` in ``python/src/row.rs`` (which fills it), to ``arrow.pyi`` and to the README's
table; ``newslens.spark.SCHEMA`` follows from this one.
"""

from __future__ import annotations

from typing import Any, Optional

import pyarrow as pa

from . import _newslens

_string = pa.string()
_float = pa.float64()
_int = pa.int64()

SENTIMENT = pa.struct([("score", _float), ("label", _string)])
ENTITY = pa.struct(
    [
        ("name", _string),
        ("type", _string),
        ("salience", _float),
        ("count", _int),
        ("sentiment", _float),
        ("sentiment_label", _string),
    ]
)
KEYPHRASE = pa.struct([("text", _string), ("score", _float)])
QUOTE = pa.struct([("speaker", _string), ("entity", _int), ("text", _string), ("direct", pa.bool_())])

SCHEMA = pa.struct(
    [
        ("error", _string),
        ("sentiment", SENTIMENT),
        ("entities", pa.list_(ENTITY)),
        ("keyphrases", pa.list_(KEYPHRASE)),
        ("words", _int),
        ("sentences", _int),
        ("quotes", pa.list_(QUOTE)),
        ("summary", pa.list_(_string)),
        ("language", _string),
        ("json", _string),
    ]
)

_AS_BINARY = {
    pa.string(): pa.binary(),
    pa.large_string(): pa.large_binary(),
    pa.binary(): pa.binary(),
    pa.large_binary(): pa.large_binary(),
}


def _values(array: Any) -> list:
    """The values as ``bytes`` (or ``None``), without decoding them in Python: invalid UTF-8
    becomes an error row rather than an exception."""
    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks()
    if not isinstance(array, pa.Array):
        raise TypeError(f"expected a pyarrow Array of strings, got {type(array).__name__}")
    kind = array.type
    if kind in _AS_BINARY:
        return array.view(_AS_BINARY[kind]).to_pylist()
    if hasattr(pa, "string_view") and kind in (pa.string_view(), pa.binary_view()):
        return array.to_pylist() if kind == pa.binary_view() else array.view(pa.binary_view()).to_pylist()
    raise TypeError(f"expected an Arrow string array (string, large_string or string_view), got {kind}")


def analyze(
    array: Any,
    options_json: str = "{}",
    *,
    threads: int = 1,
    max_chars: Optional[int] = None,
    null_error: Optional[str] = None,
) -> pa.StructArray:
    """The rows of ``array`` (see the module's doc). ``null_error``, when given, makes a null
    value an error row with that message instead of a null."""
    rows = _newslens.analyze_rows(_values(array), options_json, threads, max_chars, null_error)
    return pa.array(rows, type=SCHEMA)
