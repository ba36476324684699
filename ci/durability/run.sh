#!/usr/bin/env bash
# CI-only durability check: what the README promises about a crash or power loss is what
# polyguide asks of the kernel. Under strace, `accept` and `export` must, for every file they
# replace, fsync the temporary file before renaming it over the target, and fsync the
# target's directory after the rename (without that, a power loss right after the rename can
# undo it). Needs strace (installed with apt-get when missing); a missing tool is a failure
# naming it, never a skip.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
fail() {
	echo "durability: $*" >&2
	exit 1
}
if ! command -v strace >/dev/null; then
	echo "== durability: apt-get install strace"
	{ apt-get update -qq && apt-get install -y -qq strace >/dev/null; } ||
		fail "strace is not installed and apt-get could not install it"
fi
command -v strace >/dev/null || fail "strace is not installed"
command -v python3 >/dev/null || fail "python3 is not installed (it reads the strace log)"

target_dir=${CARGO_TARGET_DIR:-target}
case $target_dir in /*) ;; *) target_dir=$repo/$target_dir ;; esac
cargo build --quiet
polyguide=$target_dir/debug/polyguide

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -R ci/interop/fixture "$tmp/ws"
trace() {
	strace -f -qq -e trace=openat,fsync,fdatasync,rename,renameat,renameat2,close -o "$tmp/$1.log" \
		"$polyguide" --workspace "$tmp/ws" "${@:2}" >/dev/null ||
		fail "polyguide ${*:2} failed under strace"
}
trace accept accept fr --all
trace export export --out "$tmp/dist"
for log in accept export; do
	echo "== durability: $log"
	python3 ci/durability/check_strace.py "$tmp/$log.log" || fail "$log does not sync as promised (see above)"
done
echo "durability: ok"
