#!/usr/bin/env bash
# The relocator bindings' host test (rust/rrld-relocator/tests/load.rs):
# a Rust caller loading the images named in RRLD_TEST_IMAGES through the
# C ABI.  Needs BUILD, SRC, CARGO, RUSTC.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/env.sh"
export RRLD
cd "$SRC/rust/rrld-relocator"
exec "$CARGO" test --offline -- --nocapture
