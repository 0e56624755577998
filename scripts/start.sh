#!/usr/bin/env bash
# Sets everything up, builds, and serves the page on localhost.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
exec node scripts/serve.mjs "$@"
