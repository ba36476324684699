#!/usr/bin/env bash
# The project's CI: formatting, lints, the test suite (the README's test command), and
# polyguide's own lint of this repository's workspace, which must exit 0.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== cargo fmt --check"
cargo fmt --check

echo "== cargo clippy --all-targets -- -D warnings"
cargo clippy --all-targets -- -D warnings

echo "== cargo test"
cargo test

echo "== polyguide lint (this repository's workspace)"
cargo run --quiet -- lint --deny-warnings
