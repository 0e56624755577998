"""Spark: ``analyze(df)`` runs newslens over a DataFrame's text column through ``mapInArrow``.

Each Python worker analyses its Arrow batches as they come (``newslens.arrow.analyze``), one
thread per worker, so Spark's own parallelism (one task per core) is the only one. The result
has the id column, then the fields of ``SCHEMA`` (``newslens.arrow.SCHEMA`` as Spark types).
A row that cannot be analysed (a null text, invalid UTF-8, more than ``max_chars`` characters)
keeps its id, has ``error`` set and the other fields null; the job goes on.
"""

from __future__ import annotations

from typing import Any, Iterator, Optional

import pyarrow as pa
from pyspark.sql import DataFrame
from pyspark.sql.pandas.types import from_arrow_type, to_arrow_schema
from pyspark.sql.types import StructField, StructType

from . import _options_json, arrow

#: The analysis columns as Spark types, in order (the output adds the id column before them).
SCHEMA: StructType = StructType(
    [StructField(field.name, from_arrow_type(field.type), nullable=True) for field in arrow.SCHEMA]
)

#: Texts longer than this (in characters) give an error row instead of an analysis: one
#: article is far shorter, and a 10 MB "article" is usually a dump that would only cost memory.
MAX_CHARS = 1_000_000

NULL_TEXT = "null text"


def analyze(
    df: DataFrame,
    text_col: str = "text",
    id_col: str = "id",
    *,
    max_chars: Optional[int] = MAX_CHARS,
    **options: Any,
) -> DataFrame:
    """``df``'s ``id_col`` and the analysis of its ``text_col`` (see ``SCHEMA``), one row per
    input row. Options are ``newslens.analyze``'s (``tokens=False`` keeps ``json`` small)."""
    options_json = _options_json(options)
    arrow.analyze(pa.array([""]), options_json)  # a bad option fails here, on the driver
    out = StructType([df.schema[id_col]] + list(SCHEMA.fields))
    large = (df.sparkSession.conf.get("spark.sql.execution.arrow.useLargeVarTypes", "false") or "").lower() == "true"
    target = to_arrow_schema(out, prefers_large_types=large)

    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        for batch in batches:
            rows = arrow.analyze(
                batch.column(text_col), options_json, max_chars=max_chars, null_error=NULL_TEXT
            )
            columns = [batch.column(id_col)] + rows.flatten()
            yield pa.RecordBatch.from_arrays(columns, names=out.names).cast(target)

    return df.select(id_col, text_col).mapInArrow(run, out)
