#!/usr/bin/env bash
# Sets everything up and runs every test: formatting, clippy, the training build, Rust (unit,
# golden, property, CLI), wasm under Node, the built npm package as a user imports it, and the
# page in headless Chromium. Tests that read ../shared/data skip with one line when it is absent,
# unless NEWSLENS_REQUIRE_DATA=1 (which .ci/run sets), when they fail instead.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

step() { printf '\n== %s\n' "$*" >&2; }

step "setup and build"
bash scripts/setup.sh browser
bash scripts/build.sh

step "formatting (cargo fmt --all --check)"
cargo fmt --all --check

step "lints (cargo clippy --all-targets --all-features -- -D warnings, and of python/)"
cargo clippy --all-targets --all-features -- -D warnings
cargo clippy -p newslens-python --all-targets -- -D warnings

step "the training code and benches compile (cargo check --features train --all-targets)"
cargo check --features train --all-targets

step "Rust tests"
cargo test

step "Python tests (the wheel in .cache/python: the API against the CLI, Spark local[2])"
.cache/python/bin/pip install --quiet --disable-pip-version-check --force-reinstall --no-deps target/wheels/newslens-*-abi3-*.whl
# The CLI the tests compare with: cargo test above built target/debug/newslens.
NEWSLENS_CLI=target/debug/newslens .cache/python/bin/python -m pytest python/tests -q -p no:cacheprovider

step "wasm tests under Node"
if [ "$(cat .cache/wasm-route)" = debian ]; then
  RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR=target/debian-web /usr/bin/cargo test \
    --no-default-features --target wasm32-unknown-unknown -Z build-std=std,panic_abort --test wasm
else
  cargo test --no-default-features --target wasm32-unknown-unknown --test wasm
fi

step "package tests (Node)"
node --test tests/js/

step "npm package tests (pack, install, Node, esbuild, Vite, plain ESM, worker, tsc)"
node --test tests/package/

step "browser tests (Chromium)"
node --test tests/browser/

step "all tests passed"
