#!/usr/bin/env bash
# Sets everything up and runs every test: Rust (unit, golden, property, CLI), wasm under Node,
# the built npm package as a user imports it, and the page in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

step() { printf '\n== %s\n' "$*" >&2; }

step "setup and build"
bash scripts/setup.sh browser
bash scripts/build.sh

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
