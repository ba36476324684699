#!/usr/bin/env bash
# Regenerates the README's screenshots (docs/site-fr-360.png, docs/site-ar-360.png): builds
# polyguide and runs the CI browser step, which saves them while it checks the pages.
set -euo pipefail
cd "$(dirname "$0")/../.."
target_dir=${CARGO_TARGET_DIR:-target}
case $target_dir in /*) ;; *) target_dir=$PWD/$target_dir ;; esac
cargo build --quiet
SCREENSHOT_DIR=$PWD/docs bash ci/site/run.sh "$target_dir/debug/polyguide"
