#!/usr/bin/env bash
# Link time and table bytes per relocation: the "link" and "tables" sections
# of scripts/bench.sh, printed to stdout (docs/benchmarks.md is left alone).
#
#   scripts/bench-link.sh [--objects N] [--runs R] [--quick]
exec bash "$(dirname "$0")/bench.sh" --only link,tables "$@"
