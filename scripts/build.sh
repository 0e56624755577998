#!/usr/bin/env bash
# Builds the wasm package: pkg/ (what the npm package ships) and www/pkg/ (what the page loads),
# the Python wheel into target/wheels/, then dist/newslens.html, the whole page in one file that works opened from disk.
# Runs setup first; quick when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf 'build: %s\n' "$*" >&2; }

route=$(cat .cache/wasm-route)
# wasm SIMD (Chrome 91, Firefox 89, Safari 16.4, Node 16.4): rustc's wasm32 target already turns
# on bulk-memory, nontrapping-fptoint, sign-ext, mutable-globals, multivalue and reference-types.
# For the wasm target only (both routes), so the native CLI and tests build as before.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-C target-feature=+simd128"
if [ "$route" = debian ]; then
  say "compiling to wasm with Debian's rustc-web (-Z build-std)"
  RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR=target/debian-web \
    /usr/bin/cargo build --lib --release --no-default-features --target wasm32-unknown-unknown -Z build-std=std,panic_abort
  wasm=target/debian-web/wasm32-unknown-unknown/release/newslens.wasm
else
  cargo build --lib --release --no-default-features --target wasm32-unknown-unknown
  wasm=target/wasm32-unknown-unknown/release/newslens.wasm
fi

# wasm-bindgen and wasm-opt only when the compiled module changed.
stamp=.cache/wasm.sha256
# -O3 rather than -Oz: the analysis speed matters more than the few KB it costs. -ocimfs=500: by
# default wasm-opt inlines every function that has one caller, whatever its size, which made one
# 161 KB function of the whole pipeline; V8 tiers it up to TurboFan during the first analyze()
# (331 ms of compiling), and Node cannot exit until that is done (0.56 s wall for a one-paragraph
# script instead of 0.17 s). Capped, the biggest function is 31 KB and the speed is the same.
opt_flags="-O3 -ocimfs=500 --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-simd --enable-mutable-globals --enable-reference-types --enable-multivalue"
sum="$(sha256sum "$wasm" | cut -d' ' -f1) $opt_flags"
if [ ! -f pkg/newslens_bg.wasm ] || [ ! -f www/pkg/newslens_bg.wasm ] || [ "$(cat "$stamp" 2>/dev/null)" != "$sum" ]; then
  rm -rf pkg
  wasm-bindgen --target web --experimental-reset-state-function --out-dir pkg --out-name newslens "$wasm"
  if [ -x node_modules/.bin/wasm-opt ]; then
    # shellcheck disable=SC2086
    node_modules/.bin/wasm-opt $opt_flags pkg/newslens_bg.wasm -o pkg/newslens_bg.wasm.opt
    mv pkg/newslens_bg.wasm.opt pkg/newslens_bg.wasm
  else
    say "wasm-opt not found in node_modules; the module is left unoptimised"
  fi
  rm -f pkg/.gitignore pkg/package.json
  mkdir -p www/pkg
  cp pkg/newslens.js pkg/newslens_bg.wasm www/pkg/
  echo "$sum" > "$stamp"
  raw=$(stat -c %s pkg/newslens_bg.wasm)
  gz=$(gzip -9 -c pkg/newslens_bg.wasm | wc -c)
  say "pkg/newslens_bg.wasm: $raw bytes, $gz gzip -9"
fi

# The page runs the package's own JS (its worker protocol, id map and recovery): js/ is copied
# to www/js/, where it finds the glue and the wasm at ../pkg/ as it does in the package.
mkdir -p www/js
cp js/api.js js/index.js js/worker.js js/worker-thread.js www/js/

# The Python wheel (python/, abi3: one wheel for CPython 3.9 and later) into target/wheels/.
# Cargo rebuilds nothing when nothing changed; the wheel is repacked (a second).
rm -f target/wheels/newslens-*.whl
.cache/python/bin/maturin build --quiet -m python/Cargo.toml --out target/wheels >&2

# The single-file page: www/ bundled, the worker and the wasm inlined (a second or two).
node scripts/build-single.mjs dist/newslens.html
