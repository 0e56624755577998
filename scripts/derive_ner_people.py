#!/usr/bin/env python3
"""Derives models/ner/famous-surnames.txt, the surnames of famous people, from WordNet 3.0.

Usage (from the project root; Debian 12's package, checked against the SHA-256 sum below):
    mkdir DL && (cd DL && apt-get download wordnet-base=1:3.0-37)
    python3 scripts/derive_ner_people.py DL models/ner

The people are WordNet's instances of persons (noun synsets in lexicographer file 18,
noun.person, with an instance-of pointer `@i`: "Joseph Stalin", "Albert Einstein"). Each
name's last capitalised word is kept ("Stalin", "Einstein"; a one-word name whole), except
words WordNet also writes in lower case anywhere (common words: "death", "python", "young"),
their plurals ("aides"), words of fewer than three letters, roman numerals and words of the place lists (the tagger's
place features already speak for "Washington"). Deterministic: sorted, one word a line.
"""
import os
import re
import subprocess
import sys
import tempfile

from derive_common import sha256, write_list

PACKAGE = ("wordnet-base_1%3a3.0-37_all.deb", "61060d960f9ada8fa120872312eccd3ecebfbab8c4579e4f5a74e1cf67620752")
COMMAND = "python3 scripts/derive_ner_people.py DL models/ner"
WORD = re.compile(r"^[A-Z][a-z]+(?:[-'][A-Za-z][a-z]+)*$|^(?:Mc|Mac|De|Di|Le|La|O')[A-Z][a-z]+$")
ROMAN = re.compile(r"^[IVXLC]+$")



def synsets(path):
    """(lexicographer file, lemmas, pointer symbols) of each synset of a WordNet data file."""
    for line in open(path, encoding="latin-1"):
        if line.startswith(" "):
            continue
        fields = line.split()
        count = int(fields[3], 16)
        lemmas = [re.sub(r"\(.*\)$", "", fields[4 + 2 * i]) for i in range(count)]
        at = 4 + 2 * count
        pointers = [fields[at + 1 + 4 * i] for i in range(int(fields[at]))]
        yield int(fields[1]), lemmas, pointers


def listed(out, name):
    return {line.strip() for line in open(os.path.join(out, name)) if line.strip() and not line.startswith("#")}


def main():
    dl, out = sys.argv[1], sys.argv[2]
    deb = os.path.join(dl, PACKAGE[0])
    if sha256(deb) != PACKAGE[1]:
        sys.exit(f"{deb}: sha256 differs from {PACKAGE[1]}")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["dpkg", "-x", deb, tmp], check=True)
        data = os.path.join(tmp, "usr", "share", "wordnet")
        lower = set()
        for pos in ("noun", "verb", "adj", "adv"):
            for _, lemmas, _ in synsets(os.path.join(data, "data." + pos)):
                for lemma in lemmas:
                    for word in lemma.split("_"):
                        if word.islower():
                            lower.add(word)
        people = [lemmas for lexfile, lemmas, pointers in synsets(os.path.join(data, "data.noun"))
                  if lexfile == 18 and "@i" in pointers]
    places = listed(out, "places.txt") | listed(out, "countries.txt")
    surnames = set()
    for lemmas in people:
        for lemma in lemmas:
            words = [w for w in lemma.split("_") if not ROMAN.match(w) and w not in ("Jr.", "Sr.")]
            last = next((w for w in reversed(words) if w[:1].isupper()), None)
            if last is None or not WORD.match(last) or len(last) < 3:
                continue
            key = last.lower()
            if key in lower or key in places or (key.endswith("s") and key[:-1] in lower):
                continue
            surnames.add(key)
    write_list(
        os.path.join(out, "famous-surnames.txt"),
        "Surnames of famous people: WordNet 3.0 person instances, last word of each name",
        COMMAND,
        "Debian 12 wordnet-base 1:3.0-37 (WordNet 3.0 licence, Princeton University), "
        f"usr/share/wordnet/data.noun, sha256 {PACKAGE[1]}",
        sorted(surnames),
    )
    print(f"{len(people)} person instances, {len(surnames)} surnames")


if __name__ == "__main__":
    main()
