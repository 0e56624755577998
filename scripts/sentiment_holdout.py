"""Splits SST-2 train into a training set and held-out whole sentences without leaks, for the
network experiment (`scripts/sentiment_dan.py`).

    python scripts/sentiment_holdout.py DATA WORK

Held out: every fourth (from the third) of the treebank lines of 15 tokens or more that are no
part of a longer line (whole sentences). Dropped from training: every line that is a run of 3
or more tokens of a held-out sentence (its phrases). Writes WORK/heldout.tsv, WORK/ho.txt (its
sentences, one a line) and WORK/data/, a data folder like DATA whose sst2/train.tsv is the rest
(the other folders are links), for `newslens train sentiment WORK/data --out WORK/model`.
"""
import os
import sys

data, out = sys.argv[1], sys.argv[2]
lines = open(f"{data}/sst2/train.tsv", encoding="utf-8").read().split("\n")[1:]
rows = [line.rsplit("\t", 1) for line in lines if "\t" in line]

inner = set()
for sentence, _ in rows:
    tokens = sentence.split()
    if len(tokens) > 15:
        for a in range(len(tokens)):
            for b in range(a + 15, len(tokens) + 1):
                if b - a < len(tokens):
                    inner.add(" ".join(tokens[a:b]))
whole = [i for i, (s, _) in enumerate(rows) if len(s.split()) >= 15 and " ".join(s.split()) not in inner]
held = set(whole[2::4])

phrases = set()
for i in held:
    tokens = rows[i][0].split()
    for a in range(len(tokens)):
        for b in range(a + 3, len(tokens) + 1):
            phrases.add(" ".join(tokens[a:b]))
keep, held_out = [], []
for i, (sentence, label) in enumerate(rows):
    if i in held:
        held_out.append((sentence, label))
    elif " ".join(sentence.split()) not in phrases:
        keep.append((sentence, label))

os.makedirs(f"{out}/data/sst2", exist_ok=True)
for name in ["lexicons", "conll2003", "sst2/dev.tsv"]:
    link = f"{out}/data/{name}"
    if not os.path.lexists(link):
        os.symlink(os.path.abspath(f"{data}/{name}"), link)
with open(f"{out}/data/sst2/train.tsv", "w", encoding="utf-8") as f:
    f.write("sentence\tlabel\n")
    f.writelines(f"{s}\t{y}\n" for s, y in keep)
with open(f"{out}/heldout.tsv", "w", encoding="utf-8") as f:
    f.write("sentence\tlabel\n")
    f.writelines(f"{s}\t{y}\n" for s, y in held_out)
with open(f"{out}/ho.txt", "w", encoding="utf-8") as f:
    f.writelines(f"{s}\n" for s, _ in held_out)
print(f"{len(rows)} lines, {len(whole)} whole long sentences, {len(held_out)} held out, "
      f"{len(rows) - len(keep) - len(held_out)} dropped as their phrases")
