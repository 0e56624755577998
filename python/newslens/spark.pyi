from typing import Any, Optional

from pyspark.sql import DataFrame
from pyspark.sql.types import StructType

SCHEMA: StructType
MAX_CHARS: int
NULL_TEXT: str

def analyze(
    df: DataFrame,
    text_col: str = "text",
    id_col: str = "id",
    *,
    max_chars: Optional[int] = 1_000_000,
    tokens: bool = ...,
    keyphrases: int = ...,
    summary: int = ...,
    quotes: bool = ...,
    **options: Any,
) -> DataFrame: ...
