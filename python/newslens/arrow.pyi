from typing import Optional

import pyarrow

SENTIMENT: pyarrow.StructType
ENTITY: pyarrow.StructType
KEYPHRASE: pyarrow.StructType
QUOTE: pyarrow.StructType
SCHEMA: pyarrow.StructType

def analyze(
    array: pyarrow.Array | pyarrow.ChunkedArray,
    options_json: str = "{}",
    *,
    threads: int = 1,
    max_chars: Optional[int] = None,
    null_error: Optional[str] = None,
) -> pyarrow.StructArray: ...
