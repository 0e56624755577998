"""newslens.spark on a local[2] SparkSession: every id out exactly once, each row equal to
newslens.analyze, small Arrow batches, large var types, and bad rows that do not stop the job."""

import json
import os
import sys

import pytest

pyspark = pytest.importorskip("pyspark")  # installed by scripts/test.sh; the step fails without it
from pyspark.sql import SparkSession, functions as F  # noqa: E402

import newslens  # noqa: E402
import newslens.spark  # noqa: E402
from articles import articles  # noqa: E402

ARTICLES = 3000


@pytest.fixture(scope="module")
def spark():
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("newslens-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "100")
        .config("spark.driver.memory", "1g")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.mark.parametrize("large", [False, True], ids=["string", "large_string"])
def test_every_id_comes_out_once_and_each_row_equals_analyze(spark, large):
    spark.conf.set("spark.sql.execution.arrow.useLargeVarTypes", "true" if large else "false")
    count = ARTICLES if not large else ARTICLES // 3
    texts = articles(count, seed=11 if large else 5)
    df = spark.createDataFrame(list(enumerate(texts)), "id long, text string").repartition(4)
    out = newslens.spark.analyze(df, tokens=False)
    assert out.schema.names == ["id"] + newslens.spark.SCHEMA.names
    rows = out.collect()
    assert sorted(row.id for row in rows) == list(range(count))
    for row in rows:
        analysis = newslens.analyze(texts[row.id], tokens=False)
        assert row.error is None
        assert json.loads(row.json) == analysis
        assert row.sentiment.score == analysis["sentiment"]["score"]
        assert [e.name for e in row.entities] == [e["name"] for e in analysis["entities"]]
        assert [k.text for k in row.keyphrases] == [k["text"] for k in analysis["keyphrases"]]


def test_bad_rows_give_a_row_with_an_error_and_the_job_goes_on(spark):
    spark.conf.set("spark.sql.execution.arrow.useLargeVarTypes", "false")
    huge = "word " * 2_100_000  # 10.5 MB
    rows = [
        (0, "Mr. Blinken landed in Kyiv."),
        (1, None),
        (2, ""),
        (3, huge),
        (4, "Mr. Blinken\ud800 landed in Kyiv."),
        (5, "He met Zelensky."),
    ]
    df = spark.createDataFrame(rows, "id long, text string")
    # Invalid UTF-8 inside a Spark string: bytes cast to string are not checked.
    df = df.union(spark.range(6, 7).select("id", F.unhex(F.lit("4BC328")).cast("string").alias("text")))
    out = {row.id: row for row in newslens.spark.analyze(df, tokens=False).collect()}
    assert sorted(out) == list(range(7))
    assert out[1].error == newslens.spark.NULL_TEXT and out[1].json is None
    assert out[2].error is None and out[2].words == 0
    assert out[3].error.startswith("text too long: 10500000 characters")
    assert out[6].error == "invalid UTF-8 at byte 1"
    # The lone surrogate reaches the worker as Spark stored it; whatever that is, it is analysed.
    assert out[4].error is None and out[4].entities[0].name == "Blinken"
    for key in (0, 5):
        assert out[key].error is None
        assert json.loads(out[key].json) == newslens.analyze(rows[key][1], tokens=False)
