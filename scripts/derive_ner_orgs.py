#!/usr/bin/env python3
"""Derives models/ner/companies.txt, names of listed companies, from pytickersymbols.

Usage (from the project root; the wheel and WordNet's Debian package, checked against the
SHA-256 sums below; WordNet serves to leave out common words):
    pip download --no-deps -d DL pytickersymbols==1.17.10
    (cd DL && apt-get download wordnet-base=1:3.0-37)
    python3 scripts/derive_ner_orgs.py DL models/ner

Each company of the 20 stock indices in `pytickersymbols/indices_data.py` (S&P 500, FTSE 100,
DAX, CAC 40, Nikkei 225, ...) gives its name in lower case, without a leading "the" and
without the legal forms and commas at its end (`org-suffixes.txt`, and "company",
"corporation", "holdings", "group" there): "BioLife Solutions, Inc." is "biolife solutions".
Names of one word are left out when WordNet writes the word in lower case (common words:
"target", "visa") or when it is a listed place, given name or surname; names with characters
other than letters, digits, "&", "'", "." and "-" are left out. Deterministic: sorted.
"""
import ast
import os
import re
import subprocess
import sys
import tempfile
import zipfile

from derive_common import sha256, write_list

PACKAGES = {
    "pytickersymbols-1.17.10-py3-none-any.whl": "126ba59039f62fbde99d02b49eb180f0eb7987120aa8daaa25fe4b1c1651eb57",
    "wordnet-base_1%3a3.0-37_all.deb": "61060d960f9ada8fa120872312eccd3ecebfbab8c4579e4f5a74e1cf67620752",
}
COMMAND = "python3 scripts/derive_ner_orgs.py DL models/ner"
WORD = re.compile(r"^[a-z0-9][a-z0-9&'.-]*$")
TRAILING = {"company", "corporation", "holdings", "holding", "group", "co", "co.", "&", "and", "se", "ag", "sa", "nv",
            "plc", "ltd", "inc", "spa", "asa", "ab", "oyj", "kgaa", "bhd", "lp", "llc", "corp"}



def listed(out, name):
    return {line.strip() for line in open(os.path.join(out, name)) if line.strip() and not line.startswith("#")}


def lower_case_words(deb):
    words = set()
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["dpkg", "-x", deb, tmp], check=True)
        for pos in ("noun", "verb", "adj", "adv"):
            for line in open(os.path.join(tmp, "usr", "share", "wordnet", "data." + pos), encoding="latin-1"):
                if line.startswith(" "):
                    continue
                fields = line.split()
                for i in range(int(fields[3], 16)):
                    for word in re.sub(r"\(.*\)$", "", fields[4 + 2 * i]).split("_"):
                        if word.islower():
                            words.add(word)
    return words


def companies(wheel):
    with zipfile.ZipFile(wheel) as z:
        source = z.read("pytickersymbols/indices_data.py").decode("utf-8")
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "INDICES" for t in node.targets):
            indices = ast.literal_eval(node.value)
            break
    else:
        sys.exit("no INDICES in indices_data.py")
    names = set()
    for index in indices.values():
        for company in index["companies"] if isinstance(index, dict) else index:
            names.add(company["name"])
    return names


def main():
    dl, out = sys.argv[1], sys.argv[2]
    for name, expected in PACKAGES.items():
        if sha256(os.path.join(dl, name)) != expected:
            sys.exit(f"{name}: sha256 differs from {expected}")
    common = lower_case_words(os.path.join(dl, "wordnet-base_1%3a3.0-37_all.deb"))
    suffixes = listed(out, "org-suffixes.txt") | TRAILING
    known = (listed(out, "places.txt") | listed(out, "countries.txt") | listed(out, "given-names.txt")
             | listed(out, "surnames.txt"))
    names = companies(os.path.join(dl, "pytickersymbols-1.17.10-py3-none-any.whl"))
    kept = set()
    for name in names:
        words = name.lower().replace(",", " ").split()
        if words and words[0] == "the":
            words = words[1:]
        while len(words) > 1 and (words[-1] in suffixes or words[-1].rstrip(".") in suffixes):
            words.pop()
        if not words or not all(WORD.match(w) for w in words):
            continue
        if len(words) == 1 and (words[0] in common or words[0] in known or len(words[0]) < 3):
            continue
        kept.add(" ".join(words))
    write_list(
        os.path.join(out, "companies.txt"),
        "Companies: names of the members of 20 stock indices, without legal forms",
        COMMAND,
        "PyPI pytickersymbols 1.17.10 (MIT), pytickersymbols/indices_data.py, sha256 "
        f"{PACKAGES['pytickersymbols-1.17.10-py3-none-any.whl']}; common words from WordNet 3.0 "
        f"(Debian wordnet-base 1:3.0-37, sha256 {PACKAGES['wordnet-base_1%3a3.0-37_all.deb']})",
        sorted(kept),
    )
    print(f"{len(names)} companies, {len(kept)} names kept")


if __name__ == "__main__":
    main()
