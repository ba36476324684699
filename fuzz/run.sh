#!/usr/bin/env bash
# Runs every fuzz target for SECONDS (default 600) each, one after the other, on the seed
# corpus in fuzz/corpus/<target>. Needs cargo-fuzz (`cargo install cargo-fuzz`); the stable
# toolchain builds it with RUSTC_BOOTSTRAP=1. Crashes land in fuzz/artifacts/<target>/.
set -uo pipefail
cd "$(dirname "$0")"
SECONDS_EACH=${1:-600}
# New inputs go to a scratch corpus; the committed seeds in corpus/<target> stay as they are.
work=${FUZZ_WORK:-/tmp/polyguide-fuzz}
for target in ftl_file yaml_guide stamp_file alignment; do
    echo "== $target ($SECONDS_EACH s)"
    mkdir -p "$work/$target"
    RUSTC_BOOTSTRAP=1 cargo fuzz run -O "$target" "$work/$target" "corpus/$target" -- \
        -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 2>&1 | tail -25 \
        || echo "== $target stopped early: see fuzz/artifacts/$target/"
done
