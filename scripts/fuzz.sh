#!/usr/bin/env bash
# Runs one fuzz target for a set time, niced, on one core, and prints how many inputs it ran.
#   scripts/fuzz.sh analyze 600    # analyze(): any text, any options
#   scripts/fuzz.sh model 600      # the sentiment model loader and lexicon parser, corrupted input
#   scripts/fuzz.sh tagger_model 600  # the name tagger's model loader, corrupted model files
# Extra libFuzzer flags go in FUZZ_FLAGS, e.g. FUZZ_FLAGS="-max_len=65536 -len_control=0" for
# long inputs from the start (libFuzzer otherwise grows the length limit slowly from the seeds).
# Needs cargo-fuzz (`cargo install cargo-fuzz`); runs on the stable toolchain through
# RUSTC_BOOTSTRAP. No sanitizer: the crate has no unsafe code, and without one the run is about
# twice as fast; overflow checks and debug assertions stay on. A crash leaves its input in
# fuzz/artifacts/TARGET/; turn it into a regression test in tests/gallery.rs.
set -euo pipefail
target=${1:?usage: scripts/fuzz.sh TARGET SECONDS}
seconds=${2:?usage: scripts/fuzz.sh TARGET SECONDS}
cd "$(dirname "$0")/../fuzz"
export PATH="$HOME/.cargo/bin:$PATH" RUSTC_BOOTSTRAP=1 CARGO_BUILD_JOBS=1
mkdir -p "corpus/$target" "artifacts/$target"
cp -n "seeds/$target"/* "corpus/$target/" 2>/dev/null || true
flags=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1)
[ -f "$target.dict" ] && flags+=(-dict="$target.dict")
read -r -a extra <<< "${FUZZ_FLAGS:-}"
flags+=("${extra[@]}")
log=$(mktemp)
status=0
nice -n 19 cargo fuzz run --sanitizer none "$target" "corpus/$target" -- "${flags[@]}" 2>&1 | tee "$log" | grep -v '^#[0-9]*	\(NEW\|REDUCE\|pulse\)' || status=$?
runs=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | tail -1 || true)
echo "fuzz $target: ${runs:-no final count (see the log above)}"
rm -f "$log"
exit "$status"
