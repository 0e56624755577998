"""Helpers shared by the scripts that derive the tagger's name lists (derive_ner_*.py)."""

import hashlib


def sha256(path):
    """The SHA-256 of a file, in hex."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_list(path, title, command, source, items):
    """Writes a list file: a `#` header (title, format, command, source), then one item a line."""
    with open(path, "w") as f:
        f.write(f"# {title}\n")
        f.write("# format: 1\n")
        f.write(f"# command: {command}\n")
        f.write(f"# source: {source}\n")
        for item in items:
            f.write(item + "\n")
