#!/usr/bin/env bash
# Installs what building and testing newslens needs, and nothing twice.
#   scripts/setup.sh          the wasm toolchain, wasm-bindgen-cli and node_modules
#   scripts/setup.sh browser  also Debian's chromium, for the browser tests, and for the Python
#                             tests pyspark, pyarrow, pytest and a Java 17 runtime
# Both make the Python venv .cache/python with maturin, which builds the wheel.
# Quick when everything is there. Writes .cache/wasm-route (rustup or debian) for build.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .cache

say() { printf 'setup: %s\n' "$*" >&2; }
fail() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

export PATH="$HOME/.cargo/bin:$PATH"
command -v cargo >/dev/null || fail "cargo not found. Install Rust with rustup (https://rustup.rs), then run this again."
# The Node floor is stated once, in package.json's "engines" (the oldest Node the dev tools run
# on: Vite 7 needs 20.19); this reads it from there.
floor=$(sed -n 's/^ *"node": ">=\([0-9.]*\)".*/\1/p' package.json | head -n 1)
[ -n "$floor" ] || fail "cannot read the Node floor (engines.node) from package.json"
command -v node >/dev/null || fail "node not found. Install Node.js $floor or later (https://nodejs.org, or Debian's nodejs if new enough)."
node -e '
  const [have, want] = [process.versions.node, process.argv[1]].map((v) => v.split(".").map(Number));
  for (let i = 0; i < 3; i++) if ((have[i] ?? 0) !== (want[i] ?? 0)) process.exit((have[i] ?? 0) > (want[i] ?? 0) ? 0 : 1);
' "$floor" || fail "Node.js $(node --version) is too old: newslens needs $floor or later (package.json engines)."

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo -n "$@"; else return 1; fi
}

apt_install() {
  say "installing Debian packages: $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@" >/dev/null 2>&1 || {
    as_root apt-get update >/dev/null 2>&1 || true
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@" >/dev/null
  }
}

# 1. A Rust toolchain that targets wasm32: rustup's target, or Debian's rustc-web route.
route=rustup
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target with rustup"
  if ! rustup target add wasm32-unknown-unknown >&2; then
    say "rustup could not add the wasm32 target; falling back to Debian's rustc-web (Rust with std sources, built with -Z build-std)"
    route=debian
  fi
fi
if [ "$route" = debian ]; then
  if ! dpkg -s rustc-web cargo-web rust-web-src rust-web-llvm lld-22 >/dev/null 2>&1; then
    apt_install rustc-web cargo-web rust-web-src rust-web-llvm lld-22 ||
      fail "neither rustup's wasm32 target nor Debian's rustc-web could be installed; the wasm build cannot run here"
  fi
fi
echo "$route" > .cache/wasm-route

# 2. wasm-bindgen-cli, exactly the version of the wasm-bindgen crate in Cargo.lock.
wanted=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
[ -n "$wanted" ] || fail "cannot read the wasm-bindgen version from Cargo.lock"
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$wanted" ]; then
  say "installing wasm-bindgen-cli $wanted (about 3 minutes, once)"
  # --locked: the CLI's own Cargo.lock, so a new release of one of its dependencies cannot
  # break the install on a fresh machine.
  cargo install wasm-bindgen-cli --version "=$wanted" --locked >&2 ||
    fail "cargo install wasm-bindgen-cli --version =$wanted --locked failed (see above)"
fi

# 3. node_modules, as package-lock.json pins them.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund >&2 || fail "npm ci failed (see above)"
fi

# 4. Chromium, only for the browser tests.
if [ "${1:-}" = browser ] && [ ! -x /usr/bin/chromium ]; then
  apt_install chromium || fail "could not install Debian's chromium (needed by the browser tests); run: apt-get install chromium"
fi
# 5. The Python venv: maturin (builds the wheel); for the tests pyspark, pyarrow and pytest, as
# pinned in python/requirements-*.txt. Each list is installed once (a copy of it marks it done).
command -v python3 >/dev/null || apt_install python3 python3-venv || fail "could not install python3"
if [ ! -x .cache/python/bin/pip ]; then
  say "making the Python venv .cache/python"
  python3 -m venv .cache/python || { apt_install python3-venv && python3 -m venv .cache/python; } ||
    fail "python3 -m venv failed; install python3-venv"
fi
pip_install() {
  if ! cmp -s "python/requirements-$1.txt" ".cache/python/requirements-$1.txt"; then
    say "installing the Python packages of python/requirements-$1.txt"
    .cache/python/bin/pip install --quiet --disable-pip-version-check -r "python/requirements-$1.txt" >&2 ||
      fail "pip install -r python/requirements-$1.txt failed (see above)"
    cp "python/requirements-$1.txt" ".cache/python/requirements-$1.txt"
  fi
}
pip_install build
if [ "${1:-}" = browser ]; then
  pip_install test
  # pyspark 4 runs on a Java 17 (or later) runtime.
  if ! command -v java >/dev/null; then
    apt_install openjdk-17-jre-headless || fail "could not install Debian's openjdk-17-jre-headless (pyspark needs Java 17)"
  fi
fi
exit 0
