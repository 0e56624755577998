"""The Python API against the CLI's output on the same texts, and its safety in workers."""

import json
import os
import pickle
import subprocess

import pyarrow as pa
import pytest

import newslens
from articles import articles

TEXTS = [
    "Mr. Blinken landed in Kyiv on Tuesday. He met Zelensky and praised the brave soldiers.",
    "Zelensky’s 🙂 plan: Mr. Blinken met him in Kyiv on May 3, 2024.\n\nIt cost $1.2 billion. 東京。",
    "Café owners in Zürich are furious 😡 about the new tax, said Anne-Marie Dupont.",
    "",
    "   \n\n  ",
    "\u0000\u0001 binary \ufffd junk \U0001F600\U0001F600 ok",
] + articles(20, seed=1)


def cli_analyses(cli, texts, options):
    lines = "".join(json.dumps({"id": i, "text": text}) + "\n" for i, text in enumerate(texts))
    out = subprocess.run(
        [cli, "analyze", "--jsonl", "--offsets", "codepoints", "--options", json.dumps(options), "-"],
        input=lines.encode(), capture_output=True, check=True,
    )
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [row["id"] for row in rows] == list(range(len(texts)))
    return [row["analysis"] for row in rows]


@pytest.mark.parametrize("options", [{}, {"tokens": False, "keyphrases": 3}])
def test_analyze_equals_the_cli_on_the_same_texts(cli, options):
    expected = cli_analyses(cli, TEXTS, options)
    for text, want in zip(TEXTS, expected):
        assert newslens.analyze(text, **options) == want


def test_offsets_are_code_points_python_slices_by():
    text = TEXTS[1]
    analysis = newslens.analyze(text)
    for item in analysis["tokens"] + analysis["sentences"] + analysis["mentions"]:
        assert text[item["start"]:item["end"]] == item["text"]
    assert any(mention["text"] == "Blinken" for mention in analysis["mentions"])


def test_analyze_many_equals_analyze_in_order_on_any_number_of_threads():
    texts = TEXTS * 3
    expected = [newslens.analyze(text, tokens=False) for text in texts]
    for threads in (1, 2, 7, 200):
        assert newslens.analyze_many(texts, threads=threads, tokens=False) == expected
    assert newslens.analyze_many([], threads=4) == []
    assert newslens.analyze_many(iter(TEXTS[:2])) == [newslens.analyze(t) for t in TEXTS[:2]]


def test_a_lone_surrogate_becomes_one_replacement_character():
    text = "Mr. Blinken\ud800 landed in Kyiv.\udfff He met Zelensky."
    analysis = newslens.analyze(text)
    repaired = text.replace("\ud800", "\ufffd").replace("\udfff", "\ufffd")
    assert analysis == newslens.analyze(repaired)
    for token in analysis["tokens"]:
        assert repaired[token["start"]:token["end"]] == token["text"]
    assert newslens.analyze_many([text], threads=2) == [analysis]


def test_bad_options_and_arguments_are_refused_with_a_clear_error():
    with pytest.raises(ValueError, match="keyphrase"):
        newslens.analyze("text", keyphrase=5)
    with pytest.raises(ValueError, match="expected a boolean"):
        newslens.Analyzer(tokens="yes")
    with pytest.raises(ValueError, match="threads"):
        newslens.analyze_many(["a"], threads=0)
    with pytest.raises(TypeError):
        newslens.analyze(b"bytes")


def test_an_analyzer_is_immutable_and_pickles():
    analyzer = newslens.Analyzer(tokens=False, keyphrases=4)
    with pytest.raises(AttributeError):
        analyzer.options = {}
    copy = pickle.loads(pickle.dumps(analyzer))
    assert copy.options == {"tokens": False, "keyphrases": 4}
    assert copy.analyze(TEXTS[0]) == newslens.analyze(TEXTS[0], tokens=False, keyphrases=4)


@pytest.mark.parametrize("kind", [pa.string(), pa.large_string(), pa.string_view()])
def test_analyze_arrow_gives_one_row_per_value_and_nulls_for_nulls(kind):
    quoted = [  # a quote with no speaker, a speaker with no entity, another language
        "“It is over.” The crowd went home. “We will not give up,” Mr. Blinken said in Kyiv.",
        "Critics called the plan “a disaster waiting to happen” and left.",
        "Der Bundeskanzler sagte am Dienstag in Berlin, dass die Regierung die Steuern nicht erhöhen werde und die Wirtschaft wachse.",
    ]
    values = TEXTS[:3] + [None, ""] + quoted
    result = newslens.analyze_arrow(pa.array(values, type=kind), tokens=False)
    assert isinstance(result, pa.StructArray)
    assert result.type == newslens.arrow.SCHEMA
    rows = result.to_pylist()
    assert rows[3] is None
    for text, row in zip(values, rows):
        if text is None:
            continue
        analysis = newslens.analyze(text, tokens=False)
        assert row["error"] is None
        assert json.loads(row["json"]) == analysis
        assert row["sentiment"] == {"score": analysis["sentiment"]["score"], "label": analysis["sentiment"]["label"]}
        assert row["words"] == analysis["stats"]["words"]
        assert row["sentences"] == analysis["stats"]["sentences"]
        assert [k["text"] for k in row["keyphrases"]] == [k["text"] for k in analysis["keyphrases"]]
        assert [(e["name"], e["type"], e["salience"], e["count"], e["sentiment"], e["sentiment_label"])
                for e in row["entities"]] == [
            (e["name"], e["type"], e["salience"], e["count"], e["sentiment"]["score"], e["sentiment"]["label"])
            for e in analysis["entities"]]
        assert row["quotes"] == [
            {"speaker": q["speaker"]["text"] if q["speaker"] else None, "entity": q["entity"],
             "text": q["text"], "direct": q["direct"]}
            for q in analysis["quotes"]]
        assert row["summary"] == [s["text"] for s in analysis["summary"]]
        assert row["language"] == analysis["language"]["code"]
    assert rows[0]["entities"][0]["name"] == "Blinken"
    assert rows[5]["quotes"][0] == {"speaker": None, "entity": None, "text": "It is over.", "direct": True}
    assert rows[5]["quotes"][1]["speaker"] == "Mr. Blinken" and rows[5]["quotes"][1]["entity"] is not None
    assert rows[6]["quotes"][0]["speaker"] == "Critics" and rows[6]["quotes"][0]["entity"] is None
    assert rows[7]["language"] == "de" and rows[0]["language"] == "en"
    assert rows[0]["summary"][0] == "Mr. Blinken landed in Kyiv on Tuesday."


def test_analyze_arrow_rows_invalid_utf8_and_long_texts_as_errors():
    values = pa.array([b"ok text", b"bad \xc3\x28 bytes", b"x" * 50, None], type=pa.binary())
    rows = newslens.arrow.analyze(values, max_chars=20, null_error="null text").to_pylist()
    assert rows[0]["error"] is None and rows[0]["words"] == 2
    assert rows[1]["error"] == "invalid UTF-8 at byte 4" and rows[1]["json"] is None
    assert rows[2]["error"].startswith("text too long: 50 characters")
    assert rows[3]["error"] == "null text"
    chunked = pa.chunked_array([["a b"], ["c"]])
    assert len(newslens.analyze_arrow(chunked, threads=2)) == 2
    with pytest.raises(TypeError):
        newslens.analyze_arrow(pa.array([1, 2]))


def test_a_process_forked_after_threads_ran_analyses_again():
    texts = TEXTS * 4
    expected = newslens.analyze_many(texts, threads=4, tokens=False)
    pid = os.fork()
    if pid == 0:  # the child: exits 0 only if analysing on threads still works after the fork
        try:
            ok = newslens.analyze_many(texts, threads=4, tokens=False) == expected
            os._exit(0 if ok else 1)
        except BaseException:
            os._exit(2)
    deadline_ok = False
    for _ in range(600):  # 60 s: a deadlocked child would never exit
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            deadline_ok = True
            break
        import time
        time.sleep(0.1)
    if not deadline_ok:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
    assert deadline_ok, "the forked child hung"
    assert os.waitstatus_to_exitcode(status) == 0
