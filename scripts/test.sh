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

step "formatting (cargo fmt --check)"
cargo fmt --check

step "lints (cargo clippy --all-targets --all-features -- -D warnings)"
cargo clippy --all-targets --all-features -- -D warnings

step "the training code and benches compile (cargo check --features train --all-targets)"
cargo check --features train --all-targets

step "Rust tests"
cargo test

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
