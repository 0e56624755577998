#!/usr/bin/env bash
# The Python and Spark benchmark (`npm run bench -- --spark`): articles per second per core through
# Spark local mode, against the CLI on one thread and spaCy's en_core_web_sm (nlp.pipe) on the
# same articles in the same run, and the peak memory of a Python worker. A benchmark, not a
# test: it prints figures and checks nothing.
#   bash bench/spark.sh [--articles N] [--spacy-articles N]
# Its own venv, .cache/bench-python: python/requirements-test.txt plus the pinned spaCy of
# bench/requirements-spacy.txt, installed once.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
bash scripts/build.sh >/dev/null
[ -x target/release/newslens ] || cargo build --release
venv=.cache/bench-python
[ -x "$venv/bin/pip" ] || python3 -m venv "$venv"
cat python/requirements-test.txt bench/requirements-spacy.txt > .cache/bench-requirements.txt
if ! cmp -s .cache/bench-requirements.txt "$venv/requirements.txt"; then
  "$venv/bin/pip" install --quiet --disable-pip-version-check -r .cache/bench-requirements.txt
  cp .cache/bench-requirements.txt "$venv/requirements.txt"
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check --force-reinstall --no-deps target/wheels/newslens-*-abi3-*.whl
[ -f .cache/bench/brown-press.txt ] || node bench/corpus.mjs >/dev/null
exec "$venv/bin/python" bench/spark.py "$@"
