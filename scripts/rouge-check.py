"""Scores the predictions that `newslens eval summary FILE --predictions OUT` writes with Google's
rouge-score package, to check the Rust ROUGE against it on the same texts.

    python3 -m venv /tmp/rouge && /tmp/rouge/bin/pip install rouge-score
    /tmp/rouge/bin/python scripts/rouge-check.py OUT

Prints, per system, the mean F1 (x100) of ROUGE-1, ROUGE-2 and ROUGE-Lsum over the articles
(Porter stemmer on, one sentence a line for Lsum), as `newslens eval summary` prints them.
"""
import json
import sys
from collections import defaultdict

from rouge_score import rouge_scorer


def main(path):
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    sums = defaultdict(lambda: [0.0, 0.0, 0.0, 0])
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            item = json.loads(line)
            reference = item["reference"]
            # tokenise the whole text, so the line breaks of Lsum change nothing there.
            scores = scorer.score(reference, item["prediction"])
            total = sums[item["system"]]
            for k, name in enumerate(["rouge1", "rouge2", "rougeLsum"]):
                total[k] += 100 * scores[name].fmeasure
            total[3] += 1
    for system, (r1, r2, rl, n) in sums.items():
        print(f"{system:<24} {r1 / n:7.2f} {r2 / n:7.2f} {rl / n:7.2f}  ({n} articles)")


if __name__ == "__main__":
    main(sys.argv[1])
